// heldout-y136: handcrafted positives — key material, credential files and a few unusual carriers.
// Seed 136003; every credential-shaped value is assembled at run time.
import type { CorpusCase } from "../types.ts";
import { cat, Gen, hand, pem } from "./_gen.ts";

const g = new Gen(136003);
const PRIV = cat("PRIV", "ATE KEY");
const out: CorpusCase[] = [];
let n = 0;
const add = (group: Parameters<typeof hand>[2], text: string, note: string) => out.push(hand("k", ++n, group, text, note));
const chat = (text: string) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: text }] });
const anth = (text: string) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: [{ type: "text", text }] }] });
const toolWrite = (path: string, content: string) => {
  const id = `toolu_01${g.an(22)}`;
  return JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [
    { role: "user", content: "Set up the deploy machine for me." },
    { role: "assistant", content: [{ type: "tool_use", id, name: "write_file", input: { path, content } }] },
    { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: `Wrote ${path}` }] },
  ] });
};
const mcp = (text: string) => JSON.stringify({ jsonrpc: "2.0", id: g.range(3, 99), result: { content: [{ type: "text", text }], isError: false } });
const shellCall = (command: string) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "assistant", content: null, tool_calls: [{ id: `call_${g.an(24)}`, type: "function", function: { name: "bash", arguments: JSON.stringify({ command }) } }] }] });

const rsaPem = () => pem(`RSA ${PRIV}`, cat("MIIEow", "IBAAKCAQEA", g.b64(1180)));
const pkcs8Pem = () => pem(PRIV, cat("MIIEvQ", "IBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", g.b64(1180)));
const ecPem = () => pem(`EC ${PRIV}`, cat("MHcCAQEEI", g.b64(32), "oAoGCCqGSM49AwEHoUQDQgAE", g.b64(64)));
const p8Pem = () => pem(PRIV, cat("MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", g.b64(32), "oAoGCCqGSM49AwEHoUQDQgAE", g.b64(64)));
const sshPem = () => pem(`OPENSSH ${PRIV}`, cat("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", "QyNTUxOQAAACA", g.b64(290)));

// ---- keys
add("keys", anth(`ssh keeps saying "invalid format" for this key, what's wrong with it?\n\n${rsaPem()}`), "RSA private key (PKCS#1 PEM) pasted in an Anthropic chat body");
add("keys", toolWrite("/home/deploy/.ssh/id_ed25519", sshPem()), "OpenSSH ed25519 private key written by a tool_use write_file call");
{
  const crt = Buffer.from(pem("CERTIFICATE", cat("MIIBszCCAVmgAwIBAgIU", g.b64(400)))).toString("base64");
  const key = Buffer.from(ecPem()).toString("base64");
  add("keys", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\n  namespace: ingress\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${crt}\n  tls.key: ${key}\n`, "EC private key (SEC1) base64-encoded as tls.key in a k8s TLS Secret, next to its certificate");
}
{
  const sa = { type: "service_account", project_id: "acme-data-prod", private_key_id: g.hex(40), private_key: pkcs8Pem(), client_email: "etl-runner@acme-data-prod.iam.gserviceaccount.com", client_id: g.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" };
  add("keys", chat(`Why does BigQuery return 403 with this service account?\n\n\`\`\`json\n${JSON.stringify(sa, null, 2)}\n\`\`\``), "GCP service-account JSON (PKCS#8 private_key with escaped newlines) in a chat-completion body");
}
{
  const sa = { type: "service_account", project_id: "acme-mobile-7f2c1", private_key_id: g.hex(40), private_key: pkcs8Pem(), client_email: "firebase-adminsdk-x1b2c@acme-mobile-7f2c1.iam.gserviceaccount.com" };
  add("keys", mcp(`$ cat firebase-admin.json\n${JSON.stringify(sa, null, 2)}\n`), "Firebase Admin SDK service-account JSON echoed in an MCP tool result");
}
add("keys", `From: release@example.org\r\nTo: build-farm@example.net\r\nSubject: signing key for the apt repo\r\n\r\nImport this on the new builder (gpg --import), passphrase-less:\r\n\r\n-----BEGIN PGP ${PRIV} BLOCK-----\r\n\r\n${(cat("lQVYBGX", g.b64(1400)).match(/.{1,64}/g) ?? []).join("\r\n")}\r\n=${g.b64s(4)}\r\n-----END PGP ${PRIV} BLOCK-----\r\n`, "PGP private key block in an outgoing email");
add("keys", shellCall(`mkdir -p ~/.config/sops/age && cat > ~/.config/sops/age/keys.txt <<'EOF'\n# created: 2026-10-02T11:04:51Z\n# public key: age1${g.bech(58)}\n${cat("AGE-SECRET", "-KEY-1", g.bech(58).toUpperCase())}\nEOF`), "age secret key written to sops keys.txt via an OpenAI tool_calls shell command");
add("keys", chat(`Мой WireGuard не поднимает туннель, вот конфиг клиента:\n\n[Interface]\nPrivateKey = ${g.b64(32)}\nAddress = 10.8.0.5/32\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.b64(32)}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\nPersistentKeepalive = 25`), "WireGuard [Interface] PrivateKey in a chat body (Russian prose)");
add("keys", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `Fix the deploy script, hardhat fails on sepolia:\n\n\`\`\`js\nrequire("@nomicfoundation/hardhat-toolbox");\nmodule.exports = {\n  solidity: "0.8.24",\n  networks: {\n    mainnet: {\n      url: "https://eth-mainnet.rpc.example.com/v2/public",\n      accounts: ["0x${g.hex(64)}"],\n    },\n  },\n};\n\`\`\`` }] }), "Ethereum deployer private key in hardhat.config.js accounts[] pasted into a chat");
add("keys", mcp(`$ cat ~/.config/solana/id.json\n[${Array.from(g.bytes(64)).join(",")}]\n`), "Solana CLI keypair file (64-byte JSON array) echoed in an MCP result");
add("keys", shellCall(`electrum --offline restore ${g.pick(["K", "L"])}${g.b58(51)} && electrum daemon -d`), "Bitcoin WIF private key as a CLI positional argument in a tool call");
add("keys", JSON.stringify({ relays: ["wss://relay.example.org"], profile: { name: "acme-bot" }, [cat("ns", "ec")]: cat("ns", "ec1", g.bech(58)) }, null, 2), "Nostr nsec private key in a bot config JSON");
add("keys", JSON.stringify({ channel: "C07QWERTY12", text: `2FA for the shared support@ inbox, add it to your authenticator:\notpauth://totp/Acme:support%40example.com?secret=${g.b32(32)}&issuer=Acme&digits=6` }), "TOTP seed in an otpauth:// URI handed over in a Slack message");
add("keys", JSON.stringify({ description: "bastion key", public: false, files: { "bastion.ppk": { content: `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: rsa-key-20261103\nPublic-Lines: 6\n${(g.b64(270).match(/.{1,64}/g) ?? []).join("\n")}\nPrivate-Lines: 14\n${(g.b64(880).match(/.{1,64}/g) ?? []).join("\n")}\nPrivate-MAC: ${g.hex(64)}\n` } } }), "PuTTY .ppk private key (unencrypted) uploaded as a gist");
add("keys", JSON.stringify({ issuer: "https://auth.example.com", signing_key: { kty: "RSA", kid: g.hex(16), use: "sig", alg: "RS256", n: g.b64u(256), e: "AQAB", d: g.b64u(256), p: g.b64u(128), q: g.b64u(128), dp: g.b64u(128), dq: g.b64u(128), qi: g.b64u(128) } }), "RSA private JWK (d, p, q present) in an auth-server config POST body");
{
  const kc = `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: ${g.b64(600)}\n    server: https://k8s.example.net:6443\n  name: prod\ncontexts:\n- context:\n    cluster: prod\n    user: admin\n  name: prod\ncurrent-context: prod\nkind: Config\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${g.b64(600)}\n    client-key-data: ${Buffer.from(rsaPem()).toString("base64")}\n`;
  add("keys", mcp(`$ kubectl config view --raw\n${kc}`), "kubeconfig with client-key-data (base64 RSA key) from kubectl config view --raw in an MCP result");
}
add("keys", `2026-11-30T09:12:01.4410Z ##[group]Run webfactory/ssh-agent@v0.9.0\n2026-11-30T09:12:01.4411Z with:\n2026-11-30T09:12:01.4412Z   ssh-private-key: ${Buffer.from(sshPem()).toString("base64")}\n2026-11-30T09:12:01.4413Z ##[endgroup]\n2026-11-30T09:12:02.0170Z Adding private key(s) to agent\n`, "SSH private key (base64 of OpenSSH PEM) leaked in a GitHub Actions log");
add("payment", chat(`Can you port this to Python? It authenticates to the Coinbase Advanced API.\n\n${JSON.stringify({ name: `organizations/${g.uuid()}/apiKeys/${g.uuid()}`, privateKey: ecPem() }, null, 2)}`), "Coinbase CDP API key JSON (EC private key) in a chat");
add("devtools", toolWrite("fastlane/api_key.json", JSON.stringify({ key_id: g.uan(10), issuer_id: g.uuid(), key: p8Pem(), in_house: false }, null, 2)), "App Store Connect .p8 API key in fastlane api_key.json via write_file");
add("devtools", `# .env\nGITHUB_APP_ID=${g.dig(6)}\nGITHUB_APP_PRIVATE_KEY="${rsaPem().trimEnd().replaceAll("\n", "\\n")}"\nGITHUB_WEBHOOK_SECRET=${g.hex(40)}\n`, "GitHub App private key as a \\n-escaped PEM in .env, plus webhook secret");
add("devtools", `# android/gradle.properties\norg.gradle.jvmargs=-Xmx4g\nMYAPP_UPLOAD_STORE_FILE=upload-keystore.jks\nMYAPP_UPLOAD_KEY_ALIAS=upload\nMYAPP_UPLOAD_STORE_PASSWORD=${g.pw()}\nMYAPP_UPLOAD_KEY_PASSWORD=${g.pw()}\n`, "Android upload keystore passwords in gradle.properties");
add("data", anth(`dbt can't read the key, the passphrase is right though:\n\n\`\`\`yaml\nacme:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      account: xy12345.eu-central-1\n      user: DBT_SVC\n      private_key: |\n${pem(`ENCRYPTED ${PRIV}`, cat("MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI", g.b64(1200))).trimEnd().split("\n").map(l => `        ${l}`).join("\n")}\n      private_key_passphrase: ${g.pw()}\n\`\`\``), "Snowflake encrypted PKCS#8 key together with its passphrase in dbt profiles.yml (chat)");

// ---- credential files
add("cloud", chat(`Which profile does boto3 pick here?\n\n~/.aws/credentials\n[default]\naws_access_key_id = ${cat("AK", "IA", g.b32(16))}\naws_secret_access_key = ${g.b64s(40)}\n\n[prod]\naws_access_key_id = ${cat("AK", "IA", g.b32(16))}\naws_secret_access_key = ${g.b64s(40)}\nregion = us-east-1`), "~/.aws/credentials with two profiles in a chat");
add("devtools", mcp(`$ cat ~/.npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${cat("np", "m_", g.an(36))}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${cat("gh", "p_", g.an(36))}\n`), ".npmrc with npm and GitHub Packages tokens in an MCP result");
add("devtools", toolWrite("/root/.docker/config.json", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: Buffer.from(`acmebot:${cat("dckr", "_pat_", g.url(27))}`).toString("base64") }, "registry.example.com": { auth: Buffer.from(`ci:${g.pw()}`).toString("base64") } } }, null, 2)), "docker config.json auths (base64 user:token) via write_file");
add("data", shellCall(`cat > ~/.pgpass <<'EOF'\ndb-primary.example.net:5432:billing:billing_app:${g.pw()}\n*:5432:*:readonly:${g.pw()}\nEOF\nchmod 600 ~/.pgpass`), ".pgpass lines written via a shell tool call");
add("auth", `machine api.example.com\n  login deploy-bot\n  password ${g.pw()}\nmachine ftp.example.org login mirror password ${g.an(18)}\n`, ".netrc with two machines");
add("devtools", mcp(`$ cat ~/.git-credentials\nhttps://oauth2:${cat("gl", "pat-", g.url(20))}@gitlab.example.com\n`), ".git-credentials with a GitLab token in the URL");
add("devtools", `# /etc/pip.conf\n[global]\nindex-url = https://ci-reader:${g.an(24)}@pypi.internal.example.com/simple/\ntimeout = 60\n`, "pip.conf index-url with basic-auth password");
add("devtools", gistOf("auth.json", JSON.stringify({ "http-basic": { "repo.packagist.example.com": { username: "acme", password: g.an(32) } }, "github-oauth": { "github.com": cat("gh", "o_", g.an(36)) } }, null, 4)), "composer auth.json (http-basic password + github-oauth token) uploaded as a gist");
add("devtools", `<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>deployer</username>\n      <password>${g.pw()}</password>\n    </server>\n  </servers>\n</settings>\n`, "Maven settings.xml server password");
add("cloud", anth(`rclone sync fails with SignatureDoesNotMatch:\n\n[r2]\ntype = s3\nprovider = Cloudflare\naccess_key_id = ${g.hex(32)}\nsecret_access_key = ${g.hex(64)}\nendpoint = https://${g.hex(32)}.r2.example.net\n`), "rclone.conf S3-compatible (R2) keys in an Anthropic chat");
add("cloud", `[default]\naccess_key = ${g.uan(20)}\nsecret_key = ${g.b64s(40)}\nhost_base = s3.example.net\nhost_bucket = %(bucket)s.s3.example.net\nuse_https = True\n`, ".s3cfg access/secret key pair");
add("devtools", `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${cat("pypi-", "AgEIcHlwaS5vcmc", g.url(150))}\n`, ".pypirc with PyPI token");
add("devtools", mcp(`$ git remote -v\norigin\thttps://x-access-token:${cat("gh", "s_", g.an(36))}@github.example.com/acme/platform.git (fetch)\norigin\thttps://x-access-token:${cat("gh", "s_", g.an(36))}@github.example.com/acme/platform.git (push)\n`), "GitHub App installation token embedded in git remote URLs (git remote -v)");
add("auth", `GET /api/v2/reports/daily HTTP/1.1\r\nHost: reports.example.com\r\nAuthorization: Basic ${Buffer.from(`svc-reports:${g.pw()}`).toString("base64")}\r\nAccept: text/csv\r\n\r\n`, "HTTP Basic Authorization header (base64 user:password)");
add("auth", shellCall(`curl -fsS -X POST 'https://jenkins-admin:${g.an(16)}@ci.example.com/job/release/buildWithParameters?TAG=v2.4.1'`), "basic-auth userinfo in a curl URL inside a tool call");
add("data", `  812  redis-cli -h cache.example.net -p 6380 --tls -a '${g.an(28)}' INFO keyspace\n  813  redis-cli -h cache.example.net -p 6380 --tls -a '${g.an(28)}' FLUSHDB\n`, "redis-cli -a password in shell history");
add("data", shellCall(`mysqldump -h mysql.example.net -u root -p'${g.pw()}' --single-transaction shop > /tmp/shop.sql`), "mysqldump -p password in an OpenAI shell tool call");
add("data", JSON.stringify({ mcpServers: { postgres: { command: "npx", args: ["-y", "@modelcontextprotocol/server-postgres", `postgresql://analytics:${g.an(20)}@warehouse.example.net:5432/events`] } } }, null, 2), "Postgres connection URL with password as MCP server arg in claude_desktop_config.json");
add("devtools", JSON.stringify({ mcpServers: { github: { command: "docker", args: ["run", "-i", "--rm", "-e", "GITHUB_PERSONAL_ACCESS_TOKEN", "registry.example.com/github/github-mcp-server"], env: { GITHUB_PERSONAL_ACCESS_TOKEN: cat("github", "_pat_", "11", g.uan(20), "_", g.an(59)) } } } }, null, 2), "fine-grained GitHub PAT in .mcp.json server env");
add("ai", toolWrite(".cursor/mcp.json", JSON.stringify({ mcpServers: { "brave-search": { command: "npx", args: ["-y", "@modelcontextprotocol/server-brave-search"], env: { BRAVE_API_KEY: cat("BS", "A", g.an(28)) } } } }, null, 2)), "Brave Search API key in .cursor/mcp.json written by a tool call");
add("payment", shellCall(`curl https://api.stripe.example.com/v1/charges -u ${cat("sk", "_live_", "51", g.an(97))}: -d amount=2000 -d currency=eur -d source=tok_visa`), "Stripe live secret key as curl -u user in a tool call");
add("comms", `// app.js (Bolt)\nconst { App } = require("@slack/bolt");\nconst app = new App({\n  token: "${cat("xo", "xb-", g.dig(12), "-", g.dig(13), "-", g.an(24))}",\n  signingSecret: "${g.hex(32)}",\n});\n`, "Slack Bolt app with bot token and signing secret inline");
add("comms", chat(`Our SMS job crashes, traceback:\n\nTraceback (most recent call last):\n  File "notify.py", line 14, in <module>\n    client = Client("${cat("A", "C", g.hex(32))}", "${g.hex(32)}")\n  File ".../twilio/rest/__init__.py", line 54, in __init__\ntwilio.base.exceptions.TwilioException: Credentials are required to create a TwilioClient`), "Twilio account SID + auth token in a traceback pasted to chat");
add("saas", `curl -X POST ${cat("https://hooks.zapier.com/hooks/", "catch/", g.dig(7), "/", g.lan(7), "/")} -d '{"order": 1182, "total": "49.00"}'`, "Zapier catch-hook URL (secret path) in a curl POST");
add("comms", JSON.stringify({ url: cat("https://chat.googleapis.com/v1/spaces/AAAA", g.url(7), "/messages?key=", "AI", "za", g.url(35), "&token=", g.url(43), "%3D"), body: { text: "nightly backup finished" } }), "Google Chat space webhook URL (key + token) in a webhook tool payload");
add("comms", shellCall(`curl -i -X POST -H 'Content-Type: application/json' -d '{"text": "release 4.2 is out"}' https://mattermost.example.com/hooks/${g.lan(26)}`), "Mattermost incoming webhook URL in a tool call");
add("devtools", `// eslint-disable-next-line\nconst token = "${cat("gh", "p_")}" + "${g.an(18)}" + "${g.an(18)}";\nconst octokit = new Octokit({ auth: token });\n`, "GitHub PAT split across string concatenation in JS (whole token present in text)");
add("cloud", JSON.stringify({ type: "navigation", url: cat("https://app.example.com/oauth/callback#access_token=", "ya29.", "a0A", g.url(150), "&token_type=Bearer&expires_in=3599&scope=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive") }), "Google OAuth access token in a URL fragment (browser navigation tool)");
add("data", `spring.datasource.url=jdbc:postgresql://db.example.net:5432/app?user=app_rw&password=${encodeURIComponent(g.pw())}&ssl=true\nspring.jpa.open-in-view=false\n`, "JDBC URL with percent-encoded password query parameter in application.properties");
add("data", `spring:\n  datasource:\n    url: jdbc:oracle:thin:@//ora.example.net:1521/ORCLPDB1\n    username: HR_APP\n    password: ${g.pw()}\n`, "Spring datasource password (Oracle) in application.yml");
add("ai", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, source: ["print(session.headers)"], outputs: [{ output_type: "stream", name: "stdout", text: [`{'User-Agent': 'python-requests/2.32.3', 'Authorization': 'Bearer ${cat("sk-", "proj-", g.url(74), "T3Blbk", "FJ", g.url(74))}'}\n`] }] }], metadata: {}, nbformat: 4, nbformat_minor: 5 }), "OpenAI key printed in a Jupyter cell output (session.headers)");
add("observability", mcp(`$ cat /proc/1/environ | tr '\\0' '\\n'\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\nHOSTNAME=agent-7d9f\nDD_SITE=datadog.example.eu\nDD_API_KEY=${g.hex(32)}\nDD_ENV=prod\n`), "Datadog API key from /proc/1/environ dump in an MCP result");
add("devtools", JSON.stringify({ event_id: g.hex(32), platform: "python", level: "error", exception: { values: [{ type: "HTTPError", value: "401 Client Error" }] }, request: { url: "https://gitlab.example.com/api/v4/projects/12/pipeline", method: "POST", headers: { "PRIVATE-TOKEN": cat("gl", "pat-", g.url(20)), "User-Agent": "python-gitlab/4.4.0" } } }), "GitLab PAT in request headers of an error-tracking event payload");
add("auth", `# inventory/prod.ini\n[web]\nweb1.example.net\nweb2.example.net\n\n[web:vars]\nansible_user=deploy\nansible_password=${g.pw()}\nansible_become_password=${g.pw()}\n`, "Ansible inventory with plaintext ansible_password / become password");
add("comms", `[smtp]\nhost = smtp.gmail.example.com\nport = 587\nuser = alerts@example.com\napp_password = ${[g.lo(4), g.lo(4), g.lo(4), g.lo(4)].join(" ")}\n`, "Google app password (4x4 letters) in an INI [smtp] section");
add("cloud", JSON.stringify({ version: 4, terraform_version: "1.9.8", resources: [{ mode: "managed", type: "random_password", name: "db", instances: [{ attributes: { id: "none", length: 24, result: g.pw(), special: true } }] }, { mode: "managed", type: "aws_db_instance", name: "main", instances: [{ attributes: { username: "app", password: g.pw(), endpoint: "main.abc123.eu-west-1.rds.example.net:5432" } }] }] }, null, 2), "Terraform state JSON with random_password result and RDS password");
add("payment", JSON.stringify({ message: "add env for staging", branch: "setup", content: Buffer.from(`STRIPE_SECRET_KEY=${cat("sk", "_live_", "51", g.an(97))}\nSTRIPE_WEBHOOK_SECRET=${cat("whs", "ec_", g.an(32))}\n`).toString("base64") }), "Stripe keys inside a base64 .env in a GitHub contents-API PUT body");
add("comms", chat(`帮我看下为什么 Telegram 机器人没反应：\n\n\`\`\`python\nimport requests\nrequests.post("https://api.telegram.org/bot${g.dig(10)}:AA${g.url(33)}/sendMessage", json={"chat_id": -100${g.dig(10)}, "text": "hi"})\n\`\`\``), "Telegram bot token inside the Bot API URL in code (Chinese prose)");
add("auth", chat(`Le token d'accès de notre API interne expire jamais, c'est normal ?\n\nAuthorization: Bearer ${g.jwt({ sub: "svc-billing", iss: "https://auth.example.com", aud: "internal-api", scope: "billing:write admin", iat: 1764800000, exp: 4102444800 }, "RS256", 342)}`), "long-lived internal API bearer JWT in a chat (French prose)");

function gistOf(name: string, content: string): string {
  return JSON.stringify({ description: name, public: false, files: { [name]: { content } } });
}

export const cases: CorpusCase[] = out;
