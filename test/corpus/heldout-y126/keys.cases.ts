// Handcrafted positives: key material, credential files and a few less usual outbound shapes.
import type { CorpusCase } from "../types.ts";
import { Gen, L_EC, L_OPENSSH, L_PGP, L_PKCS8, L_RSA, pad3 } from "./_gen.ts";

const g = new Gen(1_260_003);
const j = (...xs: string[]) => xs.join("");
const out: CorpusCase[] = [];
const add = (group: string, note: string, text: string) =>
  out.push({ id: `y126-k-${pad3(out.length + 1)}`, kind: "secrets", category: `heldouty126-sec-${group}`, label: "positive", text, note });

const wrap = (s: string, w: number) => s.match(new RegExp(`.{1,${w}}`, "g"))!.join("\n");
const D = "-----";
const rsaPem = () => g.pem(L_RSA, "MIIEpAIBAAKCAQEA", 1624);
const ecPem = () => g.pem(L_EC, "MHcCAQEEI", 160);
const pkcs8Pem = () => g.pem(L_PKCS8, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 1624);
const opensshPem = () => `${D}BEGIN ${L_OPENSSH}${D}\n${wrap("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACD" + g.b64(300) + "=", 70)}\n${D}END ${L_OPENSSH}${D}`;
const certPem = () => g.pem("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU", 1200, "=");
const ghp = () => j("gh", "p_", g.alnum(36));
const npmTok = () => j("np", "m_", g.alnum(36));
const akia = () => j("AK", "IA", g.b32(16));
const awsSecret = () => g.str(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
const BIP = "abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult advance advice aerobic affair afford afraid again agent agree ahead aim air airport aisle alarm album alcohol alert alien alley allow almost alone alpha already also alter always amateur amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce annual another answer antenna antique anxiety apart apology appear apple approve april arch arctic area arena argue armed armor army around arrange arrest arrive arrow artefact artist artwork aspect assault asset assist assume asthma athlete atom attack attend attitude attract auction audit august aunt author auto autumn average avocado avoid awake aware awesome awful awkward axis".split(" ");

// 1 RSA key pasted into a chat completion
add("keys", "RSA private key (PKCS#1); slot pasted id_rsa; context OpenAI chat body asking about ssh error", JSON.stringify({
  model: "gpt-4o",
  messages: [{ role: "user", content: `ssh says "Load key \\"deploy_key\\": invalid format" when the pipeline runs. this is the key file, is it corrupted?\n\n${rsaPem()}\n` }],
}));
// 2 OpenSSH key written by tool_use
add("keys", "OpenSSH ed25519 private key; slot ~/.ssh/id_ed25519 content; context anthropic tool_use write_file", JSON.stringify({
  model: "claude-sonnet-4-20250514",
  max_tokens: 1024,
  messages: [
    { role: "user", content: "put the deploy key on the build box" },
    { role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.alnum(22)}`, name: "write_file", input: { path: "/home/ci/.ssh/id_ed25519", mode: "0600", content: opensshPem() + "\n" } }] },
  ],
}));
// 3 EC key in a k8s TLS secret (base64 data)
add("keys", "EC private key; slot tls.key (base64 data); context kubectl apply of kubernetes.io/tls Secret", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-example-com-tls\n  namespace: ingress\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${Buffer.from(certPem() + "\n").toString("base64")}\n  tls.key: ${Buffer.from(ecPem() + "\n").toString("base64")}\n`);
// 4 GCP service account JSON in chat
{
  const sa = { type: "service_account", project_id: "acme-analytics-prod", private_key_id: g.hex(40), private_key: pkcs8Pem() + "\n", client_email: "bq-loader@acme-analytics-prod.iam.gserviceaccount.com", client_id: g.digits(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" };
  add("cloud", "GCP service account key JSON; slot private_key + private_key_id; context chat body (de prose) pasting credentials.json", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `BigQuery meldet "invalid_grant". Hier ist die credentials.json, die der Loader benutzt:\n\n\`\`\`json\n${JSON.stringify(sa, null, 2)}\n\`\`\`` }] }));
}
// 5 PGP secret key export in MCP result
add("keys", "PGP private key block; slot gpg --export-secret-keys output; context MCP tools/call result", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: `$ gpg --export-secret-keys --armor release@example.com\n${D}BEGIN ${L_PGP}${D}\n\n${g.pemBody("lQVYBGc", 2400)}\n=${g.b64(4)}\n${D}END ${L_PGP}${D}\n` }] } }));
// 6 age identity file uploaded as multipart
{
  const B = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
  const b = `------------------------${g.hex(16)}`;
  add("keys", "age identity (AGE-SECRET-KEY-1); slot keys.txt file part; context curl multipart upload to paste service", `POST /api/paste HTTP/1.1\r\nHost: paste.example.net\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n--${b}\r\nContent-Disposition: form-data; name="file"; filename="keys.txt"\r\nContent-Type: text/plain\r\n\r\n# created: 2025-02-11T09:14:55+01:00\n# public key: age1${g.str(58, B)}\n${j("AGE-SECRET-", "KEY-1", g.str(58, B).toUpperCase())}\n\r\n--${b}--\r\n`);
}
// 7 WireGuard config handed over in chat
add("keys", "WireGuard PrivateKey and PresharedKey; slot wg0.conf [Interface]; context Slack message (fr prose)", JSON.stringify({ channel: `D0${g.upper(9)}`, text: `Voici la conf VPN pour ton poste, à mettre dans /etc/wireguard/wg0.conf :\n\`\`\`\n[Interface]\nAddress = 10.44.0.${2 + g.int(200)}/32\nPrivateKey = ${g.b64bytes(32)}\nDNS = 10.44.0.1\n\n[Peer]\nPublicKey = ${g.b64bytes(32)}\nPresharedKey = ${g.b64bytes(32)}\nEndpoint = vpn.example.com:51820\nAllowedIPs = 10.44.0.0/16\n\`\`\`` }));
// 8 hardhat config
add("keys", "Ethereum private key; slot accounts array in hardhat.config.js; context code pasted in tool_calls edit_file", JSON.stringify({ model: "gpt-4o", messages: [{ role: "assistant", content: null, tool_calls: [{ id: `call_${g.alnum(24)}`, type: "function", function: { name: "edit_file", arguments: JSON.stringify({ path: "hardhat.config.js", new_content: `require("@nomicfoundation/hardhat-toolbox");\n\nmodule.exports = {\n  solidity: "0.8.24",\n  networks: {\n    sepolia: {\n      url: "https://rpc.example.org/sepolia",\n      accounts: ["0x${g.hex(64)}"],\n    },\n  },\n};\n` }) } }] }] }));
// 9 Solana keypair
add("keys", "Solana keypair (64-byte array); slot ~/.config/solana/id.json; context shell tool_calls cat > file", JSON.stringify({ tool: "bash", input: { command: `mkdir -p ~/.config/solana && cat > ~/.config/solana/id.json <<'EOF'\n[${Array.from(g.bytes(64)).join(",")}]\nEOF\nsolana config set --keypair ~/.config/solana/id.json` } }));
// 10 BIP39 mnemonic
add("keys", "BIP39 wallet mnemonic; slot MNEMONIC in .env; context chat body pasting .env", JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `why does ethers throw "invalid mnemonic"?\n\n.env:\nNETWORK=mainnet\nMNEMONIC="${Array.from({ length: 12 }, () => g.pick(BIP)).join(" ")}"\nGAS_LIMIT=3000000` }] }));
// 11 JWK private key
{
  const jwk = { kty: "RSA", kid: g.hex(16), use: "sig", alg: "RS256", n: g.b64url(342), e: "AQAB", d: g.b64url(342), p: g.b64url(171), q: g.b64url(171), dp: g.b64url(171), dq: g.b64url(171), qi: g.b64url(171) };
  add("keys", "RSA private JWK (d, p, q, dp, dq, qi); slot keys[0] in jwks-private.json; context PUT to config service", `PUT /v1/config/auth/signing-keys HTTP/1.1\r\nHost: config.example.com\r\nContent-Type: application/json\r\n\r\n${JSON.stringify({ keys: [jwk] })}`);
}
// 12 PuTTY ppk
add("keys", "PuTTY PPK v3 private key; slot Private-Lines; context support email attachment inline", `From: dev@example.com\r\nTo: hosting-support@example.net\r\nSubject: Cannot log in with my key\r\n\r\nThe key below is rejected by the server, can you check?\r\n\r\nPuTTY-User-Key-File-3: ssh-ed25519\r\nEncryption: none\r\nComment: dev@laptop\r\nPublic-Lines: 2\r\nAAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)}\r\n${g.b64(20)}\r\nPrivate-Lines: 1\r\nAAAAI${g.b64(39)}\r\nPrivate-MAC: ${g.hex(64)}\r\n`);
// 13 .netrc
add("devtools", ".netrc password; slot machine/login/password; context MCP result cat ~/.netrc", JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: `machine git.example.com\n  login ci-bot\n  password ${ghp()}\nmachine api.example.com login deploy password ${g.pw(22)}\n` }] } }));
// 14 .pgpass
add("data", ".pgpass password; slot fifth field; context shell tool_calls echo >> ~/.pgpass", JSON.stringify({ tool_calls: [{ type: "function", function: { name: "shell", arguments: JSON.stringify({ cmd: `echo 'db.prod.example.com:5432:orders:report_ro:${g.pw(20)}' >> ~/.pgpass && chmod 600 ~/.pgpass` }) } }] }));
// 15 .npmrc
add("devtools", "npm token; slot //registry.npmjs.org/:_authToken in .npmrc; context anthropic tool_use write_file", JSON.stringify({ messages: [{ role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.alnum(22)}`, name: "write_file", input: { path: ".npmrc", content: `@acme:registry=https://npm.example.com/\n//registry.npmjs.org/:_authToken=${npmTok()}\nalways-auth=true\n` } }] }] }));
// 16 docker config.json
add("devtools", "Docker Hub PAT; slot auths.auth (base64 user:token) in ~/.docker/config.json; context chat body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `pull fails with "unauthorized" on the runner, here's ~/.docker/config.json:\n${JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: Buffer.from(`acmebuild:${j("dc", "kr_pat_", g.b64url(27))}`).toString("base64") } }, credsStore: "" }, null, 2)}` }] }));
// 17 .git-credentials
add("devtools", "GitHub App installation token; slot userinfo in ~/.git-credentials; context git credential debug log", `15:02:11.482371 git.c:463               trace: built-in: git credential-store get\n15:02:11.482912 run-command.c:657       trace: run_command: 'git credential-store get'\n$ cat ~/.git-credentials\nhttps://x-access-token:${j("gh", "s_", g.alnum(36))}@github.com\n`);
// 18 aws credentials file
add("cloud", "AWS access key pairs; slot aws_secret_access_key in ~/.aws/credentials; context MCP read_file result", JSON.stringify({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: `[default]\naws_access_key_id = ${akia()}\naws_secret_access_key = ${awsSecret()}\n\n[prod-admin]\naws_access_key_id = ${akia()}\naws_secret_access_key = ${awsSecret()}\nregion = us-east-1\n` }] } }));
// 19 kubeconfig client-key-data
add("keys", "RSA client key; slot users[].user.client-key-data (base64 PEM) in kubeconfig; context chat body (ja prose)", JSON.stringify({ model: "claude-sonnet-4-20250514", max_tokens: 2048, messages: [{ role: "user", content: `kubectl が "Unauthorized" を返します。kubeconfig を貼ります：\n\napiVersion: v1\nkind: Config\nclusters:\n- name: prod\n  cluster:\n    server: https://k8s.example.com:6443\n    certificate-authority-data: ${Buffer.from(certPem()).toString("base64")}\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${Buffer.from(certPem()).toString("base64")}\n    client-key-data: ${Buffer.from(rsaPem()).toString("base64")}\ncontexts:\n- name: prod\n  context: {cluster: prod, user: admin}\ncurrent-context: prod\n` }] }));
// 20 kubeconfig token
add("cloud", "Kubernetes service-account bearer token; slot users[].user.token in kubeconfig; context git diff", `diff --git a/ci/kubeconfig.yaml b/ci/kubeconfig.yaml\nnew file mode 100644\n--- /dev/null\n+++ b/ci/kubeconfig.yaml\n@@ -0,0 +1,14 @@\n+apiVersion: v1\n+kind: Config\n+clusters:\n+- name: staging\n+  cluster:\n+    server: https://k8s-staging.example.com\n+users:\n+- name: ci-deployer\n+  user:\n+    token: ${g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", "kubernetes.io/serviceaccount/service-account.name": "deployer", sub: "system:serviceaccount:ci:deployer" }, "RS256")}\n+contexts:\n+- name: staging\n+  context: {cluster: staging, user: ci-deployer}\n+current-context: staging\n`);
// 21 .pypirc
add("devtools", "PyPI API token; slot password in ~/.pypirc; context shell history heredoc", `cat > ~/.pypirc <<EOF\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${j("py", "pi-", "AgEIcHlwaS5vcmc", g.b64url(140))}\nEOF\npython -m build && twine upload dist/*\n`);
// 22 Maven settings.xml
add("devtools", "Nexus deploy password; slot <server><password> in settings.xml; context chat body (es prose)", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `mvn deploy devuelve 401 contra nuestro Nexus. Este es mi ~/.m2/settings.xml:\n\n<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>deployment</username>\n      <password>${g.pw(24)}</password>\n    </server>\n  </servers>\n</settings>` }] }));
// 23 gradle.properties
add("devtools", "Sonatype and signing passwords; slot ossrhPassword / signing.password in gradle.properties; context MCP result", JSON.stringify({ jsonrpc: "2.0", id: 21, result: { content: [{ type: "text", text: `org.gradle.jvmargs=-Xmx2g\nsigning.keyId=${g.HEX(8)}\nsigning.password=${g.pw(18)}\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\nossrhUsername=acme-release\nossrhPassword=${g.pw(24)}\n` }] } }));
// 24 Android keystore.properties
add("devtools", "Android upload keystore passwords; slot storePassword / keyPassword; context tool_use write_file", JSON.stringify({ messages: [{ role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.alnum(22)}`, name: "write_file", input: { path: "android/keystore.properties", content: `storeFile=../keys/upload.jks\nstorePassword=${g.pw(16)}\nkeyAlias=upload\nkeyPassword=${g.pw(16)}\n` } }] }] }));
// 25 wp-config.php
add("auth", "WordPress DB password and auth salts; slot DB_PASSWORD / AUTH_KEY in wp-config.php; context chat body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `Error establishing a database connection after migrating hosts. wp-config.php:\n\n<?php\ndefine( 'DB_NAME', 'wp_prod' );\ndefine( 'DB_USER', 'wp_user' );\ndefine( 'DB_PASSWORD', '${g.pw(20)}' );\ndefine( 'DB_HOST', 'mysql.example.com' );\ndefine( 'AUTH_KEY',         '${g.str(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}<>~+=,.;:/?|")}' );\ndefine( 'SECURE_AUTH_KEY',  '${g.str(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}<>~+=,.;:/?|")}' );\n$table_prefix = 'wp_';\n` }] }));
// 26 Rails master.key
add("auth", "Rails master key; slot config/master.key; context tool_calls run_shell echo", JSON.stringify({ model: "gpt-4o", messages: [{ role: "assistant", content: null, tool_calls: [{ id: `call_${g.alnum(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `echo -n '${g.hex(32)}' > config/master.key && bin/rails credentials:show` }) } }] }] }));
// 27 gh hosts.yml
add("devtools", "GitHub OAuth token; slot oauth_token in ~/.config/gh/hosts.yml; context crash report attachment", JSON.stringify({ event_id: g.hex(32), level: "error", message: "gh auth status failed", extra: { "hosts.yml": `github.com:\n    user: octo-dev\n    oauth_token: ${j("gh", "o_", g.alnum(36))}\n    git_protocol: https\n` } }));
// 28 gcloud ADC authorized_user
add("auth", "Google OAuth refresh token + client secret; slot application_default_credentials.json; context HTTP POST to internal paste API", `POST /v1/snippets HTTP/1.1\r\nHost: paste.internal.test\r\nContent-Type: application/json\r\n\r\n${JSON.stringify({ title: "adc", content: JSON.stringify({ client_id: `${g.digits(12)}-${g.lower(32)}.apps.googleusercontent.com`, client_secret: j("GOC", "SPX-", g.b64url(28)), refresh_token: j("1//0", "9", g.b64url(98)), type: "authorized_user" }, null, 1) })}`);
// 29 az ad sp create-for-rbac output
add("cloud", "Azure service principal password; slot password in az ad sp create-for-rbac output; context GitHub Actions log", `2025-03-02T11:04:17.5521190Z ##[group]Run az ad sp create-for-rbac --name gh-deployer --role contributor\n2025-03-02T11:04:21.0038211Z Creating 'contributor' role assignment under scope '/subscriptions/${g.uuid()}'\n2025-03-02T11:04:22.9120093Z {\n2025-03-02T11:04:22.9120871Z   "appId": "${g.uuid()}",\n2025-03-02T11:04:22.9121290Z   "displayName": "gh-deployer",\n2025-03-02T11:04:22.9121716Z   "password": "${g.alnum(3)}8Q~${g.str(31, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-")}",\n2025-03-02T11:04:22.9122142Z   "tenant": "${g.uuid()}"\n2025-03-02T11:04:22.9122569Z }\n`);
// 30 Terraform credentials.tfrc.json
add("cloud", "Terraform Cloud API token; slot credentials.app.terraform.io.token in credentials.tfrc.json; context MCP result", JSON.stringify({ jsonrpc: "2.0", id: 5, result: { content: [{ type: "text", text: JSON.stringify({ credentials: { "app.terraform.io": { token: j(g.alnum(14), ".atlas", "v1.", g.alnum(67)) } } }, null, 2) }] } }));
// 31 cargo credentials
add("devtools", "crates.io token; slot [registry] token in ~/.cargo/credentials.toml; context issue body", JSON.stringify({ title: "cargo publish: 403 Forbidden", body: `\`cargo publish\` fails with 403. My \`~/.cargo/credentials.toml\`:\n\n\`\`\`toml\n[registry]\ntoken = "${j("ci", "o", g.alnum(32))}"\n\`\`\`\n` }));
// 32 git remote with glpat
add("devtools", "GitLab PAT; slot userinfo of git remote URL; context shell output of git remote -v", `$ git remote -v\norigin\thttps://oauth2:${j("gl", "pat-", g.b64url(20))}@gitlab.example.com/platform/infra.git (fetch)\norigin\thttps://oauth2:REDACTED@gitlab.example.com/platform/infra.git (push)\n`);
// 33 Basic auth header
add("auth", "HTTP Basic credentials; slot Authorization: Basic (base64 user:password); context raw HTTP request", `POST /api/v2/reports/export HTTP/1.1\r\nHost: reports.example.com\r\nAuthorization: Basic ${Buffer.from(`svc-export:${g.pw(22)}`).toString("base64")}\r\nContent-Type: application/json\r\n\r\n{"from":"2025-01-01","to":"2025-01-31"}`);
// 34 redis-cli -a and mysql -p in history
add("data", "Redis and MySQL passwords; slot redis-cli -a / mysql -p arguments; context ~/.zsh_history", `: 1738912211:0;redis-cli -h cache.example.net -p 6380 --tls -a '${g.pw(28)}' INFO keyspace\n: 1738912340:0;mysql -h mysql.example.net -u admin -p'${g.pw(18)}' shop -e 'select count(*) from orders'\n: 1738912402:0;git status\n`);
// 35 Vault KV write with SSH key
add("keys", "RSA private key (escaped) + Vault token; slot data.private_key in Vault KV v2 write; context curl", `curl -sS -H "X-Vault-Token: ${j("hv", "s.", g.b64url(90))}" -X POST https://vault.example.com:8200/v1/secret/data/deploy/ssh -d '${JSON.stringify({ data: { username: "deploy", private_key: rsaPem() + "\n" } })}'`);
// 36 base64 env blob in CI log
add("payment", "Stripe live secret key inside base64 .env blob; slot ENV_FILE_B64; context GitLab CI job log", `$ echo "ENV_FILE_B64=$ENV_FILE_B64" # debug\nENV_FILE_B64=${Buffer.from(`NODE_ENV=production\nSTRIPE_SECRET_KEY=${j("sk", "_live_", "51", g.alnum(97))}\nLOG_LEVEL=info\n`).toString("base64")}\n$ echo "$ENV_FILE_B64" | base64 -d > .env\nJob succeeded\n`);
// 37 OAuth implicit fragment
add("auth", "Google OAuth access token; slot #access_token URL fragment; context browser-automation tool result URL", JSON.stringify({ type: "tool_result", tool_use_id: `toolu_01${g.alnum(22)}`, content: `Navigated. Current URL: https://app.example.com/oauth/callback#state=${g.alnum(16)}&access_token=${j("ya", "29.", "a0A", g.b64url(160))}&token_type=Bearer&expires_in=3599&scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive.readonly` }));
// 38 Slack webhook in Terraform
add("comms", "Slack incoming webhook URL; slot webhook_url in Terraform resource; context chat body", JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `convert this to use a variable:\n\nresource "datadog_integration_slack_channel" "alerts" {\n  account_name = "acme"\n  channel_name = "#alerts-prod"\n}\n\nlocals {\n  webhook_url = "https://hooks.slack.com/services/T0${g.upper(8)}/B0${g.upper(9)}/${g.alnum(24)}"\n}\n` }] }));
// 39 Discord webhook in python bot
add("comms", "Discord webhook URL; slot WEBHOOK constant in Python; context openai tool_calls write_file", JSON.stringify({ messages: [{ role: "assistant", content: null, tool_calls: [{ id: `call_${g.alnum(24)}`, type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "bot/notify.py", content: `import requests\n\nWEBHOOK = "https://discord.com/api/webhooks/${g.digits(19)}/${g.b64url(68)}"\n\n\ndef notify(msg: str) -> None:\n    requests.post(WEBHOOK, json={"content": msg}, timeout=5)\n` }) } }] }] }));
// 40 Ansible inventory
add("auth", "SSH and become passwords; slot ansible_password / ansible_become_pass in inventory; context MCP result", JSON.stringify({ jsonrpc: "2.0", id: 33, result: { content: [{ type: "text", text: `[web]\nweb01.example.com ansible_user=deploy ansible_password=${g.pw(16)}\nweb02.example.com ansible_user=deploy ansible_password=${g.pw(16)}\n\n[web:vars]\nansible_become_pass=${g.pw(20)}\n` }] } }));
// 41 dbt profiles.yml
add("data", "Postgres warehouse password; slot outputs.prod.password in dbt profiles.yml; context chat body (pt prose)", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `O dbt não conecta no warehouse de produção. Meu profiles.yml:\n\nanalytics:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: warehouse.example.com\n      user: dbt_prod\n      password: ${g.pw(22)}\n      port: 5432\n      dbname: analytics\n      schema: marts\n      threads: 8\n` }] }));
// 42 ssh key printed in CI log
{
  const lines = rsaPem().split("\n");
  let ms = 0;
  const t = () => `2025-04-09T07:31:${String(10 + Math.floor((ms += 3) / 1000)).padStart(2, "0")}.${String(ms % 1000).padStart(3, "0")}${g.digits(4)}Z`;
  add("keys", "RSA private key; slot SSH_DEPLOY_KEY printed by cat in CI; context GitHub Actions raw log", `${t()} ##[group]Run echo "$SSH_DEPLOY_KEY" > key && cat key\n${t()} ##[endgroup]\n${lines.map((l) => `${t()} ${l}`).join("\n")}\n${t()} Warning: Permanently added 'deploy.example.com' (ED25519) to the list of known hosts.\n`);
}
// 43 Tink keyset
add("keys", "Tink cleartext AES-GCM keyset; slot key[].keyData.value; context TypeScript test fixture sent in chat", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `decrypt() throws "decryption failed" with this keyset, why?\n\nconst keyset = ${JSON.stringify({ primaryKeyId: 1_000_000_000 + g.int(999_999_999), key: [{ keyData: { typeUrl: "type.googleapis.com/google.crypto.tink.AesGcmKey", value: "GiA" + g.b64(40) + "=", keyMaterialType: "SYMMETRIC" }, status: "ENABLED", keyId: 1_000_000_000 + g.int(999_999_999), outputPrefixType: "TINK" }] })};` }] }));
// 44 keytool -storepass
add("keys", "Java keystore password; slot keytool -storepass/-keypass; context bash_history", `keytool -genkeypair -alias api -keyalg RSA -keysize 2048 -keystore api.p12 -storetype PKCS12 -storepass '${g.pw(18)}' -keypass '${g.pw(18)}' -dname "CN=api.example.com"\nkeytool -list -keystore api.p12\n`);
// 45 OpenVPN profile with inline key and tls-auth
add("keys", "OpenVPN client private key + static tls-auth key; slot <key> / <tls-auth> in .ovpn; context tool_use write_file", JSON.stringify({ messages: [{ role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.alnum(22)}`, name: "write_file", input: { path: "vpn/office.ovpn", content: `client\ndev tun\nproto udp\nremote vpn.example.com 1194\nkey-direction 1\n<ca>\n${certPem()}\n</ca>\n<key>\n${pkcs8Pem()}\n</key>\n<tls-auth>\n${D}BEGIN OpenVPN Static key V1${D}\n${Array.from({ length: 16 }, () => g.hex(32)).join("\n")}\n${D}END OpenVPN Static key V1${D}\n</tls-auth>\n` } }] }] }));
// 46 ssh-key input in workflow
add("keys", "OpenSSH private key; slot ssh-private-key literal block in workflow; context git diff", `diff --git a/.github/workflows/deploy.yml b/.github/workflows/deploy.yml\n--- a/.github/workflows/deploy.yml\n+++ b/.github/workflows/deploy.yml\n@@ -12,3 +12,9 @@ jobs:\n       - uses: webfactory/ssh-agent@v0.9.0\n         with:\n-          ssh-private-key: \${{ secrets.DEPLOY_KEY }}\n+          ssh-private-key: |\n${opensshPem().split("\n").map((l) => `+            ${l}`).join("\n")}\n`);
// 47 IAM access keys CSV
add("cloud", "AWS access key pair; slot accessKeys.csv columns; context multipart upload to ticket", `--${"b" + g.hex(12)}\r\nContent-Disposition: form-data; name="attachment"; filename="ci-deployer_accessKeys.csv"\r\nContent-Type: text/csv\r\n\r\nAccess key ID,Secret access key\r\n${akia()},${awsSecret()}\r\n`);
// 48 Postman environment
add("payment", "Stripe live secret key; slot values[].value (type secret) in Postman environment export; context PUT to Postman-like API", JSON.stringify({ environment: { name: "Payments Prod", values: [{ key: "baseUrl", value: "https://api.example.com", type: "default", enabled: true }, { key: "stripe_sk", value: j("sk", "_live_", "51", g.alnum(97)), type: "secret", enabled: true }] } }));
// 49 rclone.conf
add("cloud", "S3-compatible secret key; slot secret_access_key in rclone.conf; context chat body (ru prose)", JSON.stringify({ model: "claude-3-7-sonnet-20250219", max_tokens: 1024, messages: [{ role: "user", content: `rclone sync падает с SignatureDoesNotMatch. Конфиг:\n\n[backup]\ntype = s3\nprovider = Minio\naccess_key_id = ${g.upper(20)}\nsecret_access_key = ${g.alnum(40)}\nendpoint = https://minio.example.com\n` }] }));
// 50 docker login --password-stdin in history
add("devtools", "GitHub PAT used for ghcr login; slot echo | docker login --password-stdin; context bash_history", `echo ${ghp()} | docker login ghcr.io -u octo-dev --password-stdin\ndocker push ghcr.io/acme/api:1.4.2\n`);
// 51 SMTP AUTH PLAIN
add("comms", "SMTP password; slot AUTH PLAIN base64(\\0user\\0password); context SMTP transcript in a debug log", `S: 220 smtp.example.com ESMTP ready\nC: EHLO build-07\nS: 250-smtp.example.com\nS: 250 AUTH PLAIN LOGIN\nC: AUTH PLAIN ${Buffer.from(`\u0000alerts@example.com\u0000${g.pw(20)}`).toString("base64")}\nS: 235 2.7.0 Authentication successful\nC: MAIL FROM:<alerts@example.com>\n`);
// 52 FTP transcript
add("auth", "FTP password; slot PASS command; context curl -v trace", `* Connected to ftp.example.net (203.0.113.7) port 21\n< 220 (vsFTPd 3.0.5)\n> USER backup\n< 331 Please specify the password.\n> PASS ${g.pw(18)}\n< 230 Login successful.\n> PWD\n< 257 "/home/backup" is the current directory\n`);
// 53 ldapsearch -w
add("auth", "LDAP bind password; slot ldapsearch -w; context openai tool_calls run_shell", JSON.stringify({ messages: [{ role: "assistant", content: null, tool_calls: [{ id: `call_${g.alnum(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `ldapsearch -x -H ldaps://ldap.example.com -D "cn=svc-sync,ou=services,dc=example,dc=com" -w '${g.pw(20)}' -b "ou=people,dc=example,dc=com" "(mail=*)" mail` }) } }] }] }));
// 54 handover in chat (zh)
add("data", "MongoDB password; slot labelled fields in chat handover; context Slack message (zh prose)", JSON.stringify({ channel: `C0${g.upper(9)}`, text: `生产库的连接信息如下，用完记得删掉这条消息：\n主机：mongo-prod.example.net:27017\n用户名：app_rw\n密码：${g.pw(20)}\n数据库：orders` }));

export const cases: CorpusCase[] = out;
