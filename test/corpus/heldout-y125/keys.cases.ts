// Handcrafted positives: key material, credential files, CLI arguments and a few odd carriers.
import type { CorpusCase } from "../types.ts";
import { Gen, hc, b64, B64U } from "./_gen.ts";

const g = new Gen(0x125e0003);
const out: CorpusCase[] = [];
let n = 0;
const add = (group: Parameters<typeof hc>[1], text: string, note: string) => {
  n++;
  out.push(hc(`y125-k-${String(n).padStart(3, "0")}`, group, "positive", text, note));
};
const chat = (user: string, model = "gpt-4.1") => JSON.stringify({ model, messages: [{ role: "user", content: user }] });
const toolWrite = (path: string, content: string) =>
  JSON.stringify({
    model: "claude-sonnet-4-5",
    max_tokens: 2048,
    messages: [
      { role: "user", content: "set this up on the box please" },
      { role: "assistant", content: [{ type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path, content } }] },
    ],
  });
const shellCall = (command: string) =>
  JSON.stringify({ model: "gpt-4o", messages: [{ role: "assistant", content: null, tool_calls: [{ id: "call_" + g.a(24), type: "function", function: { name: "bash", arguments: JSON.stringify({ command }) } }] }] });
const mcpResult = (text: string) => JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 60), result: { content: [{ type: "text", text }] } });
const ghp = () => g.ck30("gh" + "p_");
const npm = () => g.ck30("np" + "m_");
const pw = (n = 16) => g.a(n - 2) + g.pick(["!", "#", "%", "^"]) + g.d(1);

// ---- private keys ----
add("keys", chat(`Convert this to a JWK for our JWT signer, keep kid "svc-2026":\n\n${g.rsaPkcs1()}`), "RSA PKCS#1 private key; pasted PEM; openai chat body");
add("keys", mcpResult(`$ cat ~/.ssh/id_ed25519\n${g.sshKey()}\n`), "OpenSSH ed25519 private key; file content; MCP tool result");
add("keys", toolWrite("/etc/nginx/tls/api.key", g.pkcs8()), "PKCS#8 private key; TLS key file; anthropic tool_use write_file");
add("keys", chat(`Warum schlägt die Signatur fehl? Hier der Schlüssel aus dem HSM-Export:\n\n${g.ecKey()}`, "gpt-4o"), "EC private key (SEC1); pasted PEM; German chat body");
{
  const body = "lQOYBGa" + g.b(900);
  const lines = body.match(/.{1,64}/g)!.join("\n");
  add("keys", `curl -X POST https://paste.example.org/api/v1/pastes -d 'content=-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${lines}\n=${g.b(4)}\n-----END PGP PRIVATE KEY BLOCK-----'`, "PGP private key block; paste body; curl -d");
}
add("keys", `# created: 2026-02-14T10:22:41Z\n# public key: age1${g.bech(58)}\n` + "AGE-SECRET" + "-KEY-1" + g.bech(58).toUpperCase() + "\n", "age secret key; keys.txt content; plain file upload");
add("keys", shellCall(`sudo tee /etc/wireguard/wg0.conf >/dev/null <<'EOF'\n[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${g.raw64(32)}\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ${g.raw64(32)}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\nEOF`), "WireGuard interface PrivateKey; wg0.conf heredoc; openai tool_calls bash");
add("keys", JSON.stringify({ keys: [{ kty: "EC", crv: "P-256", kid: "signer-" + g.h(8), use: "sig", x: g.raw64u(32), y: g.raw64u(32), d: g.raw64u(32) }] }, null, 2), "EC JWK with private d; jwks file body");
add("keys", `// hardhat.config.ts\nimport { HardhatUserConfig } from "hardhat/config";\n\nconst DEPLOYER_PRIVATE_KEY = "0x${g.h(64)}";\n\nconst config: HardhatUserConfig = {\n  networks: { mainnet: { url: "https://rpc.example.net", accounts: [DEPLOYER_PRIVATE_KEY] } },\n};\nexport default config;\n`, "Ethereum deployer private key; hardhat config; TS code");
add("keys", toolWrite("~/.config/solana/id.json", JSON.stringify(Array.from(g.bytes(64)))), "Solana keypair byte array; id.json; tool_use write_file");
add("keys", chat(`mi clave de nostr para el bot es nsec1${g.bech(58)} — ¿cómo firmo un evento kind 1 con nostr-tools?`), "Nostr nsec private key; Spanish chat message; openai chat body");
add("keys", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${b64("-----BEGIN CERTIFICATE-----\nMIID" + g.b(120) + "\n-----END CERTIFICATE-----\n")}\n  tls.key: ${b64(g.pkcs8())}\n`, "TLS private key; k8s tls Secret base64 data; manifest");
add("keys", `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build-07\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI${g.b(43)}\n${g.b(20)}\nPrivate-Lines: 1\nAAAAI${g.b(39)}=\nPrivate-MAC: ${g.h(64)}\n`, "PuTTY PPK v3 unencrypted private key; .ppk file upload");
add("keys", `from bitcoinlib.keys import Key\n\nWIF = "${g.pick(["K", "L"])}${g.b58(51)}"\nk = Key(WIF)\nprint(k.address())\n`, "Bitcoin WIF private key; Python code");
{
  const W = "abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport aisle alarm album alcohol alert alien alley allow almost alone alpha already also alter always amateur amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce annual another answer antenna antique anxiety".split(" ");
  const words = Array.from({ length: 12 }, () => g.pick(W)).join(" ");
  add("keys", `# .env.local\nRPC_URL=https://rpc.example.net\nWALLET_MNEMONIC="${words}"\nCHAIN_ID=8453\n`, "BIP39 wallet mnemonic; WALLET_MNEMONIC; .env");
}
add("keys", `ENCRYPTION_KEY=${g.raw64u(32)}\n# ^ Fernet key, generated with Fernet.generate_key()\nDATABASE_URL=postgres://localhost/app\n`, "Fernet encryption key; ENCRYPTION_KEY; .env");
{
  const issuer = g.uuid();
  const p8 = g.pem("PRIVATE", "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 200);
  add("devtools", toolWrite("fastlane/api_key.json", JSON.stringify({ key_id: g.u(10), issuer_id: issuer, key: p8, in_house: false }, null, 2)), "App Store Connect .p8 key; fastlane api_key.json; tool_use write_file");
}
{
  const sa = { type: "service_account", project_id: "orders-prod-" + g.d(6), private_key_id: g.h(40), private_key: g.pkcs8() + "\n", client_email: "deployer@orders-prod.iam.gserviceaccount.com", client_id: g.d(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" };
  add("cloud", JSON.stringify({ cells: [{ cell_type: "code", source: ["import json, os\n", `sa = ${JSON.stringify(sa)}\n`, "creds = service_account.Credentials.from_service_account_info(sa)\n"], outputs: [], metadata: {}, execution_count: 1 }], nbformat: 4, nbformat_minor: 5, metadata: {} }), "GCP service account JSON with private_key; Jupyter notebook JSON");
}
{
  const key = g.rsaPkcs1();
  add("cloud", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${b64("-----BEGIN CERTIFICATE-----\nMIIC" + g.b(100) + "\n-----END CERTIFICATE-----\n")}\n    server: https://k8s.example.net:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${b64("-----BEGIN CERTIFICATE-----\nMIIC" + g.b(100) + "\n-----END CERTIFICATE-----\n")}\n    client-key-data: ${b64(key)}\ncontexts:\n- context: {cluster: prod, user: admin}\n  name: prod\ncurrent-context: prod\n`, "kubeconfig client-key-data (base64 RSA key); kubeconfig file");
}
// ---- credential files ----
add("devtools", mcpResult(`$ cat ~/.npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${npm()}\nsave-exact=true\n`), "npm token; .npmrc _authToken; MCP tool result");
add("devtools", toolWrite("~/.docker/config.json", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: b64("buildbot:" + "dckr" + "_pat_" + g.bu(27)) }, "ghcr.io": { auth: b64("buildbot:" + ghp()) } } }, null, 2)), "Docker Hub PAT + GHCR token; docker config.json auths base64; tool_use");
add("data", `$ cat ~/.pgpass\ndb-prod.example.net:5432:orders:app_rw:${pw(20)}\nreplica.example.net:5432:*:readonly:${pw(18)}\n`, "Postgres passwords; .pgpass; terminal paste");
add("devtools", `machine git.example.com\n  login ci-bot\n  password ${"glp" + "at-" + g.bu(20)}\nmachine artifacts.example.org\n  login deploy\n  password ${pw(22)}\n`, "GitLab PAT + artifact password; .netrc file");
add("devtools", shellCall(`echo 'https://oauth2:${"glp" + "at-" + g.bu(20)}@gitlab.example.com' >> ~/.git-credentials && git config --global credential.helper store`), "GitLab PAT in git-credentials URL; tool_calls bash");
add("devtools", `[global]\nindex-url = https://pypi-reader:${pw(24)}@pypi.example.com/simple\ntrusted-host = pypi.example.com\ntimeout = 60\n`, "private index password; pip.conf index-url; INI");
add("devtools", `<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <username>deployer</username>\n      <password>${pw(20)}</password>\n    </server>\n  </servers>\n</settings>\n`, "Maven repository password; settings.xml; XML");
add("cloud", chat(`my ~/.aws/credentials, why does the prod profile get AccessDenied?\n\n[default]\nregion = us-east-1\n\n[prod]\naws_access_key_id = ${"AK" + "IA" + g.b32(16)}\naws_secret_access_key = ${g.str(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")}\n`), "AWS key pair; ~/.aws/credentials; openai chat body");
add("cloud", `[r2]\ntype = s3\nprovider = Cloudflare\naccess_key_id = ${g.h(32)}\nsecret_access_key = ${g.h(64)}\nendpoint = https://acct.r2.example.com\n`, "Cloudflare R2 S3 key pair; rclone.conf");
add("devtools", `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${"py" + "pi-AgEIcHlwaS5vcmcCJD" + g.bu(150)}\n`, "PyPI token; .pypirc password; INI");
add("devtools", JSON.stringify({ "http-basic": { "repo.example.com": { username: "composer", password: pw(24) } }, "github-oauth": { "github.com": ghp() } }, null, 4), "Composer auth.json http-basic password + GitHub token");
add("devtools", `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSourceCredentials>\n    <internal>\n      <add key="Username" value="build" />\n      <add key="ClearTextPassword" value="${g.l(52)}" />\n    </internal>\n  </packageSourceCredentials>\n</configuration>\n`, "Azure Artifacts PAT; NuGet.Config ClearTextPassword; XML");
add("devtools", `npmScopes:\n  acme:\n    npmRegistryServer: "https://npm.pkg.github.com"\n    npmAuthToken: "${ghp()}"\n`, "GitHub PAT; .yarnrc.yml npmAuthToken; YAML");
add("devtools", `[registry]\ntoken = "${"ci" + "o" + g.a(32)}"\n`, "crates.io token; ~/.cargo/credentials.toml");
add("devtools", mcpResult(`$ cat ~/.config/gh/hosts.yml\ngithub.com:\n    user: octo-dev\n    oauth_token: ${g.ck30("gh" + "o_")}\n    git_protocol: ssh\n`), "GitHub OAuth token; gh hosts.yml; MCP result");
add("cloud", JSON.stringify({ credentials: { "app.terraform.io": { token: g.a(14) + ".atlas" + "v1." + g.a(67) } } }, null, 2), "Terraform Cloud token; credentials.tfrc.json");
// ---- CLI args and odd carriers ----
add("data", shellCall(`mysql -h mysql.internal.example.com -u root -p'${pw(16)}' shop -e 'SELECT COUNT(*) FROM orders'`), "MySQL password; mysql -p CLI arg; tool_calls bash");
add("auth", `  812  sshpass -p '${pw(14)}' ssh admin@10.20.0.14 'sudo systemctl restart app'\n  813  exit\n`, "SSH password; sshpass -p; shell history");
add("data", shellCall(`redis-cli -h cache.example.net -p 6380 --tls -a ${g.a(32)} --no-auth-warning KEYS 'session:*'`), "Redis password; redis-cli -a; tool_calls bash");
add("auth", `GET /admin/api/reports HTTP/1.1\r\nHost: intranet.example.org\r\nAuthorization: Basic ${b64("svc-reports:" + pw(18))}\r\nAccept: */*\r\n\r\n`, "HTTP Basic credentials; Authorization header base64; raw HTTP");
add("devtools", `2026-03-04T11:02:17.112Z + git remote set-url origin https://x-access-token:${g.ck30("gh" + "s_")}@github.com/example/api.git\n2026-03-04T11:02:17.400Z + git push origin HEAD:release\n`, "GitHub App installation token in remote URL; CI log (set -x)");
add("data", `spring.datasource.url=jdbc:postgresql://db.example.net:5432/app?user=app&password=${pw(20)}&ssl=true\nspring.jpa.open-in-view=false\n`, "Postgres password; JDBC URL parameter; .properties");
add("auth", `# settings/production.py\nDEBUG = False\nALLOWED_HOSTS = ["app.example.com"]\nSECRET_KEY = "${g.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)")}"\n`, "Django SECRET_KEY; settings.py; Python code");
add("auth", chat(`Rails no arranca en producción, ¿qué falta?\n\nproduction:\n  secret_key_base: ${g.h(128)}\n`, "gpt-4o"), "Rails secret_key_base; credentials YAML; Spanish chat body");
add("auth", `APP_NAME=Shop\nAPP_ENV=production\nAPP_KEY=base64:${g.raw64(32)}\nAPP_DEBUG=false\n`, "Laravel APP_KEY; .env");
add("auth", `ctrl_interface=/run/wpa_supplicant\nnetwork={\n    ssid="Office-5G"\n    psk="${pw(14)}"\n    key_mgmt=WPA-PSK\n}\n`, "Wi-Fi PSK; wpa_supplicant.conf");
add("auth", `[web]\n10.0.3.11\n10.0.3.12\n\n[web:vars]\nansible_user=deploy\nansible_become_password=${pw(16)}\n`, "sudo password; Ansible inventory ansible_become_password");
add("auth", `Navigated to https://app.example.com/oauth/callback#access_token=${"ya" + "29." + g.bu(160)}&token_type=Bearer&expires_in=3599&scope=openid%20email`, "Google OAuth access token; URL fragment; browser log");
add("auth", `curl 'https://admin.example.com/api/users?page=3' \\\n  -H 'accept: application/json' \\\n  -H 'cookie: csrftoken=${g.a(32)}; sessionid=${g.l(32)}' \\\n  --compressed`, "Django session cookie; Cookie header; curl copied from devtools");
const iat = g.ts();
add("auth", shellCall(`grpcurl -H 'authorization: Bearer ${g.jwt({ sub: "svc-billing", aud: "ledger", iat, exp: iat + 3600 }, "RS256", 342)}' ledger.example.net:443 ledger.v1.Ledger/ListEntries`), "JWT bearer; grpcurl metadata; tool_calls bash");
add("auth", `$ vault operator init -key-shares=3 -key-threshold=2\nUnseal Key 1: ${g.raw64(32)}\nUnseal Key 2: ${g.raw64(32)}\nUnseal Key 3: ${g.raw64(32)}\n\nInitial Root Token: ${"hv" + "s." + g.a(24)}\n\nVault initialized with 3 key shares and a key threshold of 2.`, "Vault unseal keys + root token; vault operator init output");
add("observability", `[security]\nadmin_user = admin\nadmin_password = ${pw(18)}\nsecret_key = ${g.a(32)}\n\n[server]\nhttp_port = 3000\n`, "Grafana admin password + secret_key; grafana.ini");
add("observability", `api_key: ${g.h(32)}\nsite: datadoghq.eu\nlogs_enabled: true\napm_config:\n  enabled: true\n`, "Datadog API key; datadog.yaml agent config");
add("observability", `remote_write:\n  - url: https://prometheus.example.net/api/prom/push\n    basic_auth:\n      username: "${g.d(6)}"\n      password: "${"gl" + "c_" + "eyJvIjoi" + g.bu(100) + "In19"}"\n`, "Grafana Cloud token as remote_write basic_auth password; prometheus.yml");
add("payment", `>>> import stripe\n>>> stripe.api_key = "${"sk" + "_live_51" + g.a(97)}"\n>>> stripe.Charge.list(limit=3)\n<ListObject list at 0x7f3a2c1b9e50> JSON: {\n  "data": [],\n  "has_more": false\n}`, "Stripe secret key; Python REPL session");
add("payment", `METHOD=GetBalance&VERSION=204&USER=payments_api1.example.com&PWD=${g.U(16)}&SIGNATURE=${g.bu(56)}`, "PayPal NVP API password + signature; form body");
add("comms", shellCall(`curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC${g.h(32)}/Messages.json -u SK${g.h(32)}:${g.a(32)} --data-urlencode 'To=+15555550123' --data-urlencode 'Body=deploy done'`), "Twilio API key secret; curl -u; tool_calls bash");
add("comms", `*/15 * * * * /usr/local/bin/check-backups || curl -s -X POST -H 'Content-type: application/json' --data '{"text":"backup check failed"}' ${"https://hooks.slack.com/" + "services/T0" + g.u(8) + "/B0" + g.u(9) + "/" + g.a(24)}\n`, "Slack webhook URL; crontab line");
add("comms", `MAILER_DSN=smtps://postmaster%40mg.example.com:${g.h(32)}-${g.h(8)}-${g.h(8)}@smtp.mailgun.org:465\n`, "Mailgun SMTP password; Symfony MAILER_DSN; .env");
add("data", `sasl.mechanism=PLAIN\nsecurity.protocol=SASL_SSL\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${g.U(16)}" password="${g.str(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}";\nbootstrap.servers=pkc-12345.eu-west-1.example.net:9092\n`, "Confluent API secret; Kafka JAAS config; client.properties");
add("data", shellCall(`mongosh "mongodb://admin:${pw(20)}@mongo-0.example.net:27017,mongo-1.example.net:27017/admin?replicaSet=rs0" --eval 'db.stats()'`), "MongoDB password; mongosh connection string; tool_calls bash");
add("ai", JSON.stringify({ query: "mutation Save($input: IntegrationInput!) { saveIntegration(input: $input) { id } }", variables: { input: { provider: "OPENAI", apiKey: "sk-" + "proj-" + g.bu(74) + "T3Blbk" + "FJ" + g.bu(74), orgId: "org-" + g.a(24) } } }), "OpenAI project key; GraphQL mutation variables");
add("ai", `GET /v1/realtime?model=gpt-4o-realtime-preview HTTP/1.1\r\nHost: realtime.example.com\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${g.raw64(16)}\r\nSec-WebSocket-Protocol: realtime, openai-insecure-api-key.${"sk-" + "proj-" + g.bu(74) + "T3Blbk" + "FJ" + g.bu(74)}\r\n\r\n`, "OpenAI key in WebSocket subprotocol header; raw HTTP upgrade");
add("saas", chat(`${"ここに Notion のトークンを貼ります："} ${"nt" + "n_" + g.d(11) + g.a(35)} 。データベースを一覧するスクリプトを書いて。`), "Notion token; Japanese chat message; openai chat body");
add("comms", `[bot]\ntoken = ${g.d(10)}:AA${g.str(33, B64U)}\nchat_id = -100${g.d(10)}\n`, "Telegram bot token; INI config");

export const cases: CorpusCase[] = out;
