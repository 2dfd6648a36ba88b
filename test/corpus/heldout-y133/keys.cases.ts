// Handcrafted positives: key material, credential files, connection strings, multi-part cloud
// credentials and a few less common leak paths (GitHub contents API, sfdx auth URL, JWK, PPK).
import type { CorpusCase } from "../types.ts";
import { Gen, PK_LABEL, b64, j, hc, pad3 } from "./_gen.ts";

const g = new Gen(0x133e1);
const out: CorpusCase[] = [];
let n = 0;
const add = (group: Parameters<typeof hc>[1], text: string, note: string) => out.push(hc(`y133-k-${pad3(++n)}`, group, text, note));

const akid = () => j("AK", "IA", g.B32(16));
const awsSecret = () => g.B64(40);
const rsaPem = () => g.pem(PK_LABEL("RSA"), [0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], 1180);
const pkcs8 = () => g.pem(PK_LABEL(""), [0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa8], 1190);
const ecPem = () => g.pem(PK_LABEL("EC"), [0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20], 114);
const p8ec = () => g.pem(PK_LABEL(""), [0x30, 0x81, 0x87, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x04, 0x6d, 0x30, 0x6b, 0x02, 0x01, 0x01, 0x04, 0x20], 102);
const chat = (content: string) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content }] });
const claudeWrite = (path: string, content: string, text = "Writing the file.") => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [
  { role: "assistant", content: [{ type: "text", text }, { type: "tool_use", id: `toolu_01${g.A(22)}`, name: "write_file", input: { path, content } }] }] });
const shellCall = (command: string) => JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: `call_${g.A(24)}`, type: "function", function: { name: "bash", arguments: JSON.stringify({ command }) } }] });

// ---- key material -----------------------------------------------------------------------------
add("keys", chat(`Our TLS handshake fails with "key values mismatch". This is the key nginx loads:\n\n${rsaPem()}\n\nand ssl_certificate points to /etc/nginx/certs/api.crt.`), "RSA PKCS#1 private key pasted in OpenAI chat body (nginx debugging)");
add("keys", claudeWrite("certs/webhook-signer.key", `${ecPem()}\n`, "Saving the signing key next to the service."), "EC private key written via Anthropic tool_use write_file");
{
  const body = new Uint8Array([..."openssh-key-v1\0"].map((c) => c.charCodeAt(0)).concat([0, 0, 0, 4, 110, 111, 110, 101, 0, 0, 0, 4, 110, 111, 110, 101, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0x33, 0, 0, 0, 0x0b]).concat([..."ssh-ed25519"].map((c) => c.charCodeAt(0))));
  const all = new Uint8Array(body.length + 300); all.set(body); all.set(g.bytes(300), body.length);
  const lines = b64(all).match(/.{1,70}/g) ?? [];
  const pemText = `-----BEGIN ${PK_LABEL("OPENSSH")}-----\n${lines.join("\n")}\n-----END ${PK_LABEL("OPENSSH")}-----`;
  add("keys", shellCall(`mkdir -p ~/.ssh && cat > ~/.ssh/id_ed25519_deploy <<'EOF'\n${pemText}\nEOF\nchmod 600 ~/.ssh/id_ed25519_deploy && ssh -i ~/.ssh/id_ed25519_deploy deploy@build.example.net true`), "OpenSSH ed25519 private key in heredoc inside tool_calls bash arguments");
}
{
  const body = g.pem("PGP PRIVATE KEY BLOCK", [0x95, 0x05, 0x86, 0x04], 640).replace("-----\n", "-----\n\n").replace("\n-----END", `\n=${g.B64(4)}\n-----END`);
  add("keys", `## Release signing\n\nImport this on the new build agent with \`gpg --import\`:\n\n\`\`\`\n${body}\n\`\`\`\n`, "PGP private key block in Markdown handover");
}
add("keys", claudeWrite(".config/sops/age/keys.txt", `# created: 2025-02-11T09:14:55+01:00\n# public key: age1${g.bech(58)}\n${j("AGE-SECRET", "-KEY-1", g.bech(58).toUpperCase())}\n`), "age secret key (sops keys.txt) via write_file tool_use");
add("keys", `Voici la conf WireGuard du bastion, tu peux l'ajouter au playbook :\n\n[Interface]\nAddress = 10.8.0.1/24\nListenPort = 51820\nPrivateKey = ${j(g.B64(42), "A=")}\n\n[Peer]\nPublicKey = ${j(g.B64(42), "c=")}\nAllowedIPs = 10.8.0.2/32\n`, "WireGuard interface PrivateKey in wg0.conf, French chat prose");
add("keys", chat(`hardhat deploy keeps saying "insufficient funds", here's my .env:\n\nRPC_URL=https://rpc.example.org/v1/mainnet\nDEPLOYER_PRIVATE_KEY=0x${g.H(64)}\nETHERSCAN_NETWORK=mainnet\n`), "Ethereum deployer private key (0x + 64 hex) in pasted .env");
{
  const W = ["abandon", "bracket", "crystal", "dolphin", "eager", "fabric", "galaxy", "harvest", "icon", "jungle", "kitchen", "ladder", "marble", "napkin", "orbit", "pepper", "quarter", "rabbit", "saddle", "tackle", "umbrella", "velvet", "wagon", "yellow", "zebra", "anchor", "butter", "cactus", "denial", "elbow", "fossil", "gentle", "hollow", "inmate", "jacket", "kidney", "lumber", "mango", "noble", "oyster", "panda", "quiz", "ripple", "salmon", "timber", "useful", "vessel", "wisdom"];
  const words = Array.from({ length: 12 }, () => g.pick(W)).join(" ");
  add("keys", shellCall(`cat >> .env.local <<'EOF'\nWALLET_MNEMONIC="${words}"\nCHAIN_ID=137\nEOF`), "BIP39 wallet mnemonic appended to .env.local via tool_calls");
}
add("keys", claudeWrite("keys/payer.json", JSON.stringify(Array.from(g.bytes(64)))), "Solana keypair JSON (64 byte array) via write_file");
add("keys", JSON.stringify({ jsonrpc: "2.0", id: 31, result: { content: [{ type: "text", text: JSON.stringify({ keys: [{ kty: "RSA", kid: g.H(16), use: "sig", alg: "RS256", n: g.B64U(342), e: "AQAB", d: g.B64U(342), p: g.B64U(171), q: g.B64U(171), dp: g.B64U(171), dq: g.B64U(171), qi: g.B64U(171) }] }, null, 2) }] } }), "JWK set containing RSA private parameters (d,p,q) in MCP result");
add("keys", `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@ci-runner\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI${g.B64(43)}\n${g.B64(8)}\nPrivate-Lines: 1\nAAAAI${g.B64(43)}\nPrivate-MAC: ${g.H(64)}\n`, "PuTTY PPK v3 unencrypted private key file");
add("keys", JSON.stringify({ relays: ["wss://relay.example.org"], bot: { name: "release-notifier", nsec: j("ns", "ec1", g.bech(58)) } }, null, 2), "Nostr nsec private key in bot JSON config");
add("keys", `# fastlane/Appfile + APNs setup\napns:\n  key_id: "${g.U(10)}"\n  team_id: "${g.U(10)}"\n  key: |\n${p8ec().split("\n").map((l) => "    " + l).join("\n")}\n`, "Apple APNs .p8 (PKCS#8 EC) key inlined in YAML");
add("keys", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.example.net:6443\n  name: staging\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${g.b64bytes(96)}\n    client-key-data: ${b64(rsaPem() + "\n")}\ncontexts:\n- context: {cluster: staging, user: admin}\n  name: staging\ncurrent-context: staging\n`, "kubeconfig client-key-data (base64 PEM private key)");
add("keys", shellCall(`electrum --offline importprivkey ${j(g.pick(["K", "L"]), g.B58(51))}`), "Bitcoin WIF private key on CLI in tool_calls");
add("devtools", shellCall(`gh secret set APP_PRIVATE_KEY --repo acme/release-bot --body "${pkcs8()}"`), "GitHub App PKCS#8 private key passed to gh secret set --body");

// ---- cloud multi-part credentials ---------------------------------------------------------------
add("cloud", chat(`Why does boto3 say SignatureDoesNotMatch? ~/.aws/credentials:\n\n[default]\naws_access_key_id = ${akid()}\naws_secret_access_key = ${awsSecret()}\nregion = eu-west-1\n`), "AWS access key pair in pasted ~/.aws/credentials");
add("cloud", JSON.stringify({ Credentials: { AccessKeyId: j("AS", "IA", g.B32(16)), SecretAccessKey: awsSecret(), SessionToken: j("IQoJb3JpZ2luX2Vj", g.B64(360)), Expiration: "2025-05-02T11:20:31+00:00" }, AssumedRoleUser: { AssumedRoleId: j("AROA", g.B32(17), ":ci"), Arn: "arn:aws:sts::123456789012:assumed-role/deploy/ci" } }, null, 4), "AWS STS assume-role output with secret key and session token");
add("cloud", `2025-04-02T08:01:17.0023Z ##[group]Run aws s3 sync ./dist s3://assets-bucket\n2025-04-02T08:01:17.0031Z env:\n2025-04-02T08:01:17.0032Z   AWS_ACCESS_KEY_ID: ${akid()}\n2025-04-02T08:01:17.0033Z   AWS_SECRET_ACCESS_KEY: ${awsSecret()}\n2025-04-02T08:01:17.0034Z   AWS_DEFAULT_REGION: us-east-1\n2025-04-02T08:01:17.0040Z ##[endgroup]\n`, "AWS key pair echoed in GitHub Actions step env (CI log)");
{
  const sa = { type: "service_account", project_id: "acme-analytics-prod", private_key_id: g.H(40), private_key: pkcs8() + "\n", client_email: "etl-runner@acme-analytics-prod.iam.gserviceaccount.com", client_id: g.D(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" };
  add("cloud", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: JSON.stringify(sa, null, 2) }] } }), "GCP service account JSON (private_key) in MCP read_file result");
}
add("cloud", JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, ConnectionStrings: { Blob: j("DefaultEndpointsProtocol=https;AccountName=acmeassets;AccountKey=", g.B64(86), "==;EndpointSuffix=core.windows.net") } }, null, 2), "Azure Storage connection string AccountKey in appsettings.json");
add("cloud", `SERVICEBUS_CONNECTION=${j("Endpoint=sb://acme-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=", g.B64(43), "=")}\n`, "Azure Service Bus SharedAccessKey connection string in .env");
add("cloud", shellCall(`az login --service-principal -u ${g.uuid()} -p '${j(g.A(3), "8Q~", g.B64U(34))}' --tenant ${g.uuid()}`), "Azure service principal secret on az login command line");
add("cloud", JSON.stringify({ current: "default", profiles: [{ name: "default", mode: "AK", access_key_id: j("LT", "AI", g.A(20)), access_key_secret: g.A(30), region_id: "cn-hangzhou", output_format: "json" }] }, null, 2), "Alibaba Cloud aliyun CLI config.json with AccessKey pair");
add("cloud", `# 腾讯云 COS 上传脚本\nfrom qcloud_cos import CosConfig, CosS3Client\n\nconfig = CosConfig(Region="ap-guangzhou", SecretId="${j("AK", "ID", g.A(32))}", SecretKey="${g.A(32)}")\nclient = CosS3Client(config)\n`, "Tencent Cloud SecretId/SecretKey in Python SDK code, Chinese comment");
{
  const st = { version: 4, terraform_version: "1.8.5", resources: [{ mode: "managed", type: "random_password", name: "db", instances: [{ attributes: { id: "none", length: 32, result: g.pw(32), special: true }, sensitive_attributes: [[{ type: "get_attr", value: "result" }]] }] }] };
  add("cloud", chat(`terraform plan wants to replace the DB, can you see why from the state?\n\n${JSON.stringify(st, null, 2)}`), "Terraform state random_password result (DB password) pasted in chat");
}

// ---- credential files -------------------------------------------------------------------------
add("auth", claudeWrite("/home/ci/.netrc", `machine artifacts.example.com\n  login ci-bot\n  password ${g.pw(24)}\n`), ".netrc password via write_file");
add("data", `db-replica.example.net:5432:analytics:report_ro:${g.pw(20)}\n`, ".pgpass line with password");
add("devtools", `registry=https://registry.npmjs.org/\n${j("//registry.npmjs.org/:_auth", "Token=", "np", "m_", g.A(36))}\n@acme:registry=https://npm.example.com/\nalways-auth=true\n`, ".npmrc with npm _authToken");
add("devtools", `[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ${j("py", "pi-", "AgEIcHlwaS5vcmc", g.B64U(150))}\n`, ".pypirc with PyPI upload token");
add("devtools", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: b64(j("acmebuild:", "dckr", "_pat_", g.B64U(27))) }, "registry.example.com": { auth: b64(`ci:${g.pw(18)}`) } } }, null, 2), "docker config.json auths (base64 user:token)");
add("devtools", shellCall(`git remote set-url origin https://oauth2:${j("gl", "pat-", g.B64U(20))}@gitlab.example.com/acme/platform.git && git push origin HEAD`), "GitLab PAT embedded in git remote URL in tool_calls");
add("devtools", `https://x-access-token:${j("gh", "s_", g.A(36))}@github.example.com\nhttps://build-bot:${j("gl", "pat-", g.B64U(20))}@gitlab.example.com\n`, ".git-credentials store with tokens");
add("auth", `[domain/corp]\nid_provider = ldap\nldap_uri = ldaps://ldap.example.com\nldap_default_bind_dn = cn=sssd,ou=svc,dc=example,dc=com\nldap_default_authtok_type = password\nldap_default_authtok = ${g.pw(22)}\n`, "sssd.conf LDAP bind password");
add("auth", shellCall(`sshpass -p '${g.pw(16)}' ssh -o StrictHostKeyChecking=no root@10.20.0.14 'systemctl restart api'`), "sshpass -p root password in tool_calls");
add("auth", `[agent] navigated: https://app.example.com/oauth/callback#access_token=${j("ya", "29.", "a0A", g.B64U(150))}&token_type=Bearer&expires_in=3599&scope=openid%20email\n`, "Google OAuth access token in URL fragment of OAuth callback");

// ---- connection strings and passwords ---------------------------------------------------------
add("data", `spring:\n  datasource:\n    url: jdbc:postgresql://pg.example.net:5432/billing?user=billing_app&password=${g.pw(20)}&ssl=true\n    hikari:\n      maximum-pool-size: 10\n`, "JDBC URL with password parameter in application.yml");
add("data", `"ConnectionStrings": {\n  "Default": "Server=tcp:sql-prod.example.net,1433;Initial Catalog=Orders;User ID=orders_app;Password=${g.pw(20)};Encrypt=True;"\n}`, "SQL Server ADO.NET connection string with Password=");
add("data", `COSMOS_CONNECTION_STRING="AccountEndpoint=https://acme-catalog.documents.azure.com:443/;AccountKey=${g.B64(86)}==;"\n`, "Azure Cosmos DB connection string AccountKey");
add("data", `  812  mysql -h mysql.example.net -u root -p'${g.pw(16)}' ledger < dump.sql\n  813  ls -la\n`, "mysql -p password in shell history");
add("data", `2025-05-07T13:02:11.8Z + PGPASSWORD=${g.pw(18)} psql -h pg.example.net -U migrator -d app -f migrations/0042.sql\n2025-05-07T13:02:12.4Z psql: error: connection to server failed: FATAL: password authentication failed\n`, "PGPASSWORD inline in CI log");
add("data", `$ redis-cli -h cache.example.com -p 6379\ncache.example.com:6379> AUTH ${g.A(32)}\nOK\ncache.example.com:6379> KEYS session:*\n`, "redis-cli AUTH password in session transcript");
add("data", JSON.stringify({ "sqltools.connections": [{ name: "prod-ro", driver: "MySQL", server: "mysql.example.net", port: 3306, database: "shop", username: "readonly", password: g.pw(18) }] }, null, 2), "VS Code settings.json SQLTools connection password");

// ---- comms ------------------------------------------------------------------------------------
{
  const mk = j(g.H(32), "-", g.H(8), "-", g.H(8));
  add("comms", `$ curl -v --user 'api:${mk}' https://api.mailgun.example.net/v3/mg.example.com/messages\n> POST /v3/mg.example.com/messages HTTP/1.1\n> Host: api.mailgun.example.net\n> Authorization: Basic ${b64(`api:${mk}`)}\n> User-Agent: curl/8.5.0\n`, "Mailgun key in curl --user plus Basic header in curl -v dump");
}
add("comms", shellCall(`curl -X POST https://api.twilio.example.com/2010-04-01/Accounts/AC${g.H(32)}/Messages.json -u AC${g.H(32)}:${g.H(32)} --data-urlencode 'To=+15005550006' --data-urlencode 'Body=deploy ok'`), "Twilio Account SID + auth token in curl -u");
add("comms", `$webhook = "${j("https://acme.webhook.office.com/webhookb2/", g.uuid(), "@", g.uuid(), "/IncomingWebhook/", g.H(32), "/", g.uuid(), "/V2", g.B64U(43))}"\nInvoke-RestMethod -Method Post -Uri $webhook -ContentType 'application/json' -Body '{"text":"nightly build failed"}'\n`, "Microsoft Teams incoming webhook URL in PowerShell");
add("comms", `GCHAT_WEBHOOK=${j("https://chat.googleapis.com/v1/spaces/AAAA", g.B64U(7), "/messages?key=", "AI", "za", g.B64U(35), "&token=", g.B64U(43), "%3D")}\n`, "Google Chat space webhook URL with token");
add("comms", `# settings/production.py\nEMAIL_HOST = "smtp.example.com"\nEMAIL_PORT = 587\nEMAIL_HOST_USER = "notifications@example.com"\nEMAIL_HOST_PASSWORD = "${g.pw(16)}"\nEMAIL_USE_TLS = True\n`, "Django SMTP EMAIL_HOST_PASSWORD");
add("comms", `const admin = require("firebase-admin");\nconst FCM_SERVER_KEY = "${j("AAAA", g.B64U(7), ":APA91b", g.B64U(134))}";\n`, "Firebase FCM legacy server key in Node code");
add("comms", JSON.stringify({ channel: "D07" + g.U(8), text: `メールサーバーのパスワードです。共有フォルダには置かないでください。\nIMAP: imap.example.jp / user: support@example.jp / pass: ${g.pw(14)}` }), "IMAP password handed over in Japanese Slack DM payload");

// ---- payment / saas / ai ------------------------------------------------------------------------
add("payment", claudeWrite("cdp_api_key.json", JSON.stringify({ name: `organizations/${g.uuid()}/apiKeys/${g.uuid()}`, privateKey: ecPem() + "\n" }, null, 2)), "Coinbase CDP API key JSON with EC privateKey");
add("saas", shellCall(`curl -u 'deploy-bot:${Array.from({ length: 6 }, () => g.A(4)).join(" ")}' -X POST https://blog.example.com/wp-json/wp/v2/posts -d 'title=Release notes'`), "WordPress application password (spaced groups) in curl -u");
add("saas", `SFDX_AUTH_URL=${j("force://PlatformCLI::", "5Aep8", g.B64U(80).replace(/[-_]/g, "."), "@acme.my.salesforce.com")}\n`, "Salesforce sfdx auth URL with refresh token");
add("ai", JSON.stringify({ info: { name: "LLM gateway", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, auth: { type: "bearer", bearer: [{ key: "token", value: j("sk-", "ant-", "api03-", g.B64U(93), "AA"), type: "string" }] }, item: [{ name: "messages", request: { method: "POST", url: "https://llm.example.com/v1/messages" } }] }, null, 2), "Anthropic key in exported Postman collection auth.bearer");
add("ai", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 2, source: ["import os\n", "{k: v for k, v in os.environ.items() if 'KEY' in k}"], outputs: [{ output_type: "execute_result", execution_count: 2, data: { "text/plain": [`{'OPENAI_API_KEY': '${j("sk-", "proj-", g.B64U(58), "T3Blbk", "FJ", g.B64U(58))}',\n`, ` 'HOME_KEYBOARD': 'us'}`] }, metadata: {} }], metadata: {} }], metadata: {}, nbformat: 4, nbformat_minor: 5 }), "OpenAI key printed in Jupyter execute_result output");
{
  const env = `STRIPE_SECRET_KEY=${j("sk", "_live_", "51", g.A(97))}\nSENTRY_ENVIRONMENT=production\n`;
  add("payment", `PUT /repos/acme/shop/contents/.env.production HTTP/1.1\r\nHost: api.github.example.com\r\nContent-Type: application/json\r\n\r\n${JSON.stringify({ message: "chore: add prod env", content: b64(env), branch: "main" })}`, "Stripe live key inside base64 file content of GitHub contents API PUT");
}
add("ai", `grpcurl -H 'authorization: Bearer ${j("gs", "k_", g.A(52))}' -d '{"model":"llama-3.1-70b"}' inference.example.net:443 inference.v1.Chat/Complete`, "Groq API key in grpcurl authorization metadata");
add("saas", `0 */6 * * * curl -fsS -H "X-Api-Key: ${j("ph", "x_", g.A(43))}" https://analytics.example.com/api/projects/2/insights/refresh >/dev/null\n`, "PostHog personal API key in crontab line");

export const cases: CorpusCase[] = out;
