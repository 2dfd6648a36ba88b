// heldout-y137: handcrafted positives: key material, credential files, passwords in commands and
// a few unusual carriers. Every value is assembled at run time from one seeded stream.
import type { CorpusCase } from "../types.ts";
import { BIP39, Gen, hc, keys } from "./_gen.ts";

const g = new Gen(0x137f5);
const cat = (grp: string) => `heldouty137-sec-${grp}`;
const out: CorpusCase[] = [];
let n = 0;
const add = (grp: string, note: string, text: string) => {
  n += 1;
  out.push(hc(`y137-k-${String(n).padStart(3, "0")}`, cat(grp), "positive", note, text));
};

const claude = "claude-sonnet-4-20250514";
const ghp = () => ["gh", "p_", g.a(36)].join("");
const awsId = () => ["AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")].join("");

// --- keys -------------------------------------------------------------------------------------
add("keys", "RSA private key (PKCS#1); Anthropic tool_use write_file deploy/id_rsa", JSON.stringify({
  model: claude, max_tokens: 1024,
  messages: [
    { role: "user", content: "add the deploy key to the repo so CI can pull the submodule" },
    { role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: "deploy/id_rsa", content: `${keys.rsaPkcs1(g)}\n` } }] },
  ],
}));
add("keys", "EC P-256 private key (SEC1); OpenAI chat message asking why JWT signing fails", JSON.stringify({
  model: "gpt-4o",
  messages: [{ role: "user", content: `jose throws "invalid key" with this key, what's wrong?\n\n${keys.ecSec1(g)}` }],
}));
add("keys", "PKCS#8 RSA private key; heredoc in a shell tool call", JSON.stringify({
  tool: "bash",
  input: { command: `mkdir -p /etc/nginx/tls && cat > /etc/nginx/tls/api.key <<'EOF'\n${keys.rsaPkcs8(g)}\nEOF\nchmod 600 /etc/nginx/tls/api.key && nginx -s reload` },
}));
add("keys", "OpenSSH ed25519 private key; MCP read_file result for ~/.ssh/id_ed25519", JSON.stringify({
  jsonrpc: "2.0", id: 7,
  result: { content: [{ type: "text", text: `${keys.openssh(g, "dev@laptop")}\n` }] },
}));
add("keys", "Ed25519 private key (PKCS#8); Go test fixture in a pasted diff", `diff --git a/auth/signer_test.go b/auth/signer_test.go\n--- a/auth/signer_test.go\n+++ b/auth/signer_test.go\n@@ -1,3 +1,10 @@\n package auth\n \n${("const signingKeyPEM = \`" + keys.ed25519Pkcs8(g) + "\`").split("\n").map((l) => `+${l}`).join("\n")}\n+\n+func TestSign(t *testing.T) {\n+\tk := mustParse(t, signingKeyPEM)\n`);
add("keys", "EC private key (PKCS#8); Apple App Store Connect .p8 in a k8s Secret stringData", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: appstore-connect\ntype: Opaque\nstringData:\n  ASC_KEY_ID: ${g.up(10)}\n  ASC_ISSUER_ID: ${g.uuid()}\n  AuthKey.p8: |\n${keys.ecPkcs8(g).split("\n").map((l) => `    ${l}`).join("\n")}\n`);
{
  const body = wrapLines(g.bb(900), 64);
  add("keys", "PGP private key block; pasted into a chat asking to import it on the build box", `Can you import this on the build server so the release script can sign tags?\n\n-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQdGBGZ${g.b64(57)}\n${body}\n=${g.b64(4)}\n-----END PGP PRIVATE KEY BLOCK-----\n`);
}
add("keys", "age secret key; keys.txt written via a tool call", JSON.stringify({
  tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "~/.config/sops/age/keys.txt", content: `# created: 2024-09-12T10:21:33+02:00\n# public key: age1${g.bech(58)}\n${["AGE-", "SECRET-KEY-1"].join("")}${g.bech(58).toUpperCase()}\n` }) } }],
}));
add("keys", "WireGuard interface PrivateKey; wg0.conf in a chat message", `my tunnel won't come up, here is wg0.conf:\n\n[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${g.bb(32)}\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ${g.bb(32)}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\n`);
add("keys", "PuTTY .ppk private key; pasted into Jira comment body", JSON.stringify({ body: `Key for the Windows jump host (from Vlad's machine):\n\nPuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: jump-host\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)}\n${g.b64(20)}\nPrivate-Lines: 1\nAAAAI${g.b64(43)}\nPrivate-MAC: ${g.h(64)}` }));
add("keys", "RSA private JWK (d, p, q); jwks-private.json in a config upload", JSON.stringify({ keys: [{ kty: "RSA", kid: g.h(16), use: "sig", alg: "RS256", n: g.b64u(342), e: "AQAB", d: g.b64u(342), p: g.b64u(171), q: g.b64u(171), dp: g.b64u(171), dq: g.b64u(171), qi: g.b64u(171) }] }, null, 2));
add("keys", "Ethereum private key; Hardhat .env in a chat body", JSON.stringify({ model: "gpt-4.1-mini", messages: [{ role: "user", content: `deploy script says insufficient funds, my env:\n\nPRIVATE_KEY=0x${g.h(64)}\nRPC_URL=https://sepolia.example.org/v3/rpc\nETHERSCAN_NETWORK=sepolia` }] }));
add("keys", "Solana keypair JSON (64-byte array); id.json via tool_use", JSON.stringify({ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: "~/.config/solana/id.json", content: JSON.stringify(Array.from(g.bytes(64))) } }));
add("keys", "BIP-39 seed phrase; MNEMONIC in a .env pasted into chat (es prose)", `Hola, el despliegue del contrato falla con "invalid mnemonic". Este es mi .env:\n\nMNEMONIC="${Array.from({ length: 12 }, () => g.pick(BIP39)).join(" ")}"\nNETWORK=polygon-amoy\n`);
add("keys", "kubeconfig with client-key-data (base64 PEM) and client cert; cluster admin", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${Buffer.from(keys.cert(g)).toString("base64").slice(0, 300)}\n    server: https://k8s-prod.example.com:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${Buffer.from(keys.cert(g)).toString("base64").slice(0, 300)}\n    client-key-data: ${Buffer.from(keys.rsaPkcs1(g)).toString("base64")}\ncontexts:\n- context: {cluster: prod, user: admin}\n  name: prod\ncurrent-context: prod\n`);
add("keys", "GCP service-account JSON with private_key; MCP result", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: JSON.stringify({ type: "service_account", project_id: `acme-data-${g.d(6)}`, private_key_id: g.h(40), private_key: `${keys.rsaPkcs8(g)}\n`, client_email: "etl-runner@acme-data.iam.gserviceaccount.example.com", client_id: g.d(21), auth_uri: "https://accounts.google.example.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.example.com/token" }, null, 2) }] } }));

// --- credential files ---------------------------------------------------------------------------
add("cloud", "AWS shared credentials file; cat ~/.aws/credentials in a shell tool result", JSON.stringify({ role: "tool", tool_call_id: `call_${g.a(24)}`, content: `[default]\naws_access_key_id = ${awsId()}\naws_secret_access_key = ${g.b64(40)}\nregion = us-east-1\n\n[prod-admin]\naws_access_key_id = ${awsId()}\naws_secret_access_key = ${g.b64(40)}\n` }));
add("auth", "gcloud application_default_credentials.json (authorized_user); pasted in chat", `why does my local run use the wrong project?\n\n${JSON.stringify({ client_id: `${g.d(12)}-${g.lo(32)}.apps.googleusercontent.com`, client_secret: ["GOC", "SPX-", g.b64u(28)].join(""), refresh_token: ["1/", "/0", g.b64u(101)].join(""), type: "authorized_user", quota_project_id: "acme-dev" }, null, 2)}`);
add("devtools", ".npmrc with registry _authToken", `# ~/.npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${["np", "m_", g.a(36)].join("")}\n@acme:registry=https://npm.pkg.github.com/\nalways-auth=true\n`);
add("devtools", "docker config.json auths (base64 user:token) for ghcr.io", JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from(`ci-bot:${ghp()}`).toString("base64") }, "registry.example.com": { auth: Buffer.from(`deploy:${g.pw()}`).toString("base64") } } }, null, 2));
add("devtools", ".pypirc with PyPI token password", `[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ${["pypi", "-AgEIcHlwaS5vcmc", "CJ", g.b64u(140)].join("")}\n`);
add("auth", ".netrc machine/login/password; heredoc in a CI step", `- name: configure netrc\n  run: |\n    cat > ~/.netrc <<EOF\n    machine artifacts.example.com\n    login svc-build\n    password ${g.pw()}\n    EOF\n    chmod 600 ~/.netrc\n`);
add("data", ".pgpass line; echoed in shell history", `  88  echo "db-prod.example.com:5432:billing:billing_app:${g.upw()}" >> ~/.pgpass\n  89  chmod 600 ~/.pgpass\n  90  psql -h db-prod.example.com -U billing_app billing`);
add("devtools", ".git-credentials with GitLab PAT", `https://oauth2:${["gl", "pat-", g.b64u(20)].join("")}@git.example.com\nhttps://builder:${g.upw()}@git.example.org\n`);
add("devtools", "GitHub Enterprise gh CLI hosts.yml oauth_token", `github.example.com:\n    users:\n        mchen:\n            oauth_token: ${["gh", "o_", g.a(36)].join("")}\n    git_protocol: https\n    oauth_token: ${["gh", "o_", g.a(36)].join("")}\n    user: mchen\n`);
add("cloud", "rclone.conf S3 remote with secret_access_key", `[backup-s3]\ntype = s3\nprovider = Other\naccess_key_id = ${g.up(20)}\nsecret_access_key = ${g.b64(40)}\nendpoint = https://s3.storage.example.net\nacl = private\n`);
add("cloud", "Terraform credentials.tfrc.json for app.terraform.io", JSON.stringify({ credentials: { "app.terraform.io": { token: [g.a(14), ".atlas", "v1.", g.a(67)].join("") } } }, null, 2));
add("devtools", "Cargo credentials.toml registry token", `# ~/.cargo/credentials.toml\n[registry]\ntoken = "${["ci", "o", g.a(32)].join("")}"\n\n[registries.internal]\ntoken = "Bearer ${g.b64u(40)}"\n`);
add("devtools", "Maven settings.xml server password", `<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deployment</username>\n      <password>${g.pw()}</password>\n    </server>\n  </servers>\n</settings>`);
add("devtools", "gradle.properties signing and OSSRH passwords", `org.gradle.jvmargs=-Xmx2g\nsigning.keyId=${g.H(8)}\nsigning.password=${g.pw()}\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\nossrhUsername=acme-release\nossrhPassword=${g.pw()}\n`);
add("devtools", "Android signingConfigs storePassword/keyPassword in build.gradle diff", `@@ -22,6 +22,12 @@ android {\n+    signingConfigs {\n+        release {\n+            storeFile file("release.jks")\n+            storePassword "${g.pw()}"\n+            keyAlias "upload"\n+            keyPassword "${g.pw()}"\n+        }\n+    }`);
add("devtools", "composer auth.json with GitLab token", JSON.stringify({ "gitlab-token": { "git.example.com": ["gl", "pat-", g.b64u(20)].join("") }, "http-basic": { "repo.packagist.example.com": { username: "token", password: g.h(40) } } }, null, 2));

// --- passwords and DSNs in commands / configs -------------------------------------------------
add("data", "JDBC URL with password parameter; Spring Boot properties", `spring.datasource.url=jdbc:mysql://mysql.example.com:3306/inventory?user=inv_app&password=${g.upw()}&useSSL=true\nspring.jpa.hibernate.ddl-auto=validate\n`);
add("data", "SQL Server connection string with Password; appsettings.json", JSON.stringify({ ConnectionStrings: { Default: `Server=tcp:sql-prod.example.net,1433;Initial Catalog=Payroll;User ID=payroll_svc;Password=${g.upw()};Encrypt=True;` }, Logging: { LogLevel: { Default: "Warning" } } }, null, 2));
add("data", "mysql -p password in a tool_calls shell command", JSON.stringify({ tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "bash", arguments: JSON.stringify({ command: `mysql -h mysql.example.com -u root -p'${g.upw()}' -e 'SHOW PROCESSLIST'` }) } }] }));
add("data", "redis-cli -a password in CI log", `2024-08-14T02:11:09.3321Z + redis-cli -h cache.example.net -p 6379 -a ${g.a(32)} --no-auth-warning FLUSHDB\n2024-08-14T02:11:09.4018Z OK`);
add("data", "ALTER ROLE ... PASSWORD in a migration file", `-- migrations/20240611_create_reporting_role.sql\nCREATE ROLE reporting LOGIN;\nALTER ROLE reporting WITH PASSWORD '${g.upw()}';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;`);
add("data", "Kafka SASL JAAS config password", `bootstrap.servers=kafka-1.example.net:9094\nsecurity.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="orders-producer" password="${g.upw()}";\n`);
add("data", "RabbitMQ AMQP URL with password; Celery broker in Python settings", `CELERY_BROKER_URL = "amqps://celery:${g.upw()}@mq.example.com:5671/prod"\nCELERY_RESULT_BACKEND = "rpc://"\n`);
add("data", "Elasticsearch basic-auth URL; Logstash output", `output {\n  elasticsearch {\n    hosts => ["https://elastic:${g.upw()}@es.example.net:9243"]\n    index => "app-%{+YYYY.MM.dd}"\n  }\n}\n`);
add("auth", "LDAP bind password in sssd.conf", `[domain/corp.example.com]\nid_provider = ldap\nldap_uri = ldaps://ldap.corp.example.com\nldap_default_bind_dn = cn=svc-sssd,ou=svc,dc=corp,dc=example,dc=com\nldap_default_authtok_type = password\nldap_default_authtok = ${g.pw()}\n`);
add("auth", "Django EMAIL_HOST_PASSWORD (SMTP) in settings.py", `EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"\nEMAIL_HOST = "smtp.example.com"\nEMAIL_PORT = 587\nEMAIL_HOST_USER = "noreply@example.com"\nEMAIL_HOST_PASSWORD = "${g.pw()}"\nEMAIL_USE_TLS = True\n`);
add("auth", "sshpass -p password in a deploy script", `#!/usr/bin/env bash\nset -euo pipefail\nsshpass -p '${g.pw()}' rsync -az dist/ deploy@web-01.example.com:/var/www/app/\n`);
add("auth", "Grafana admin_password in grafana.ini", `[security]\nadmin_user = admin\nadmin_password = ${g.pw()}\ndisable_gravatar = true\n`);
add("auth", "wpa_supplicant psk (hex PSK)", `network={\n    ssid="Acme-Office"\n    psk=${g.h(64)}\n    key_mgmt=WPA-PSK\n}\n`);
add("auth", "Consul ACL token header in curl", `curl -sS --header "X-Consul-Token: ${g.uuid()}" https://consul.example.com:8501/v1/kv/config/app?recurse`);

// --- unusual carriers -------------------------------------------------------------------------
add("auth", "TOTP seed in an otpauth:// URI handed over in chat (de prose)", `Hier der 2FA-Seed für das gemeinsame Ops-Konto, bitte in 1Password eintragen:\notpauth://totp/Acme:ops@example.com?secret=${g.b32(32)}&issuer=Acme&digits=6`);
add("auth", "Django session cookie in a raw HTTP request", `GET /admin/ HTTP/1.1\r\nHost: app.example.com\r\nCookie: csrftoken=${g.a(32)}; sessionid=${g.lo(32)}\r\nUser-Agent: Mozilla/5.0\r\n\r\n`);
add("auth", "Google OAuth access token in a URL fragment (implicit flow redirect)", `https://app.example.com/oauth/callback#access_token=${["ya", "29.", "a0A", g.b64u(160)].join("")}&token_type=Bearer&expires_in=3599&scope=email%20profile`);
add("devtools", "git http.extraheader basic auth in CI log", `[command]/usr/bin/git config --local http.https://git.example.com/.extraheader "AUTHORIZATION: basic ${Buffer.from(`x-access-token:${ghp()}`).toString("base64")}"`);
add("devtools", "GitLab PAT embedded in git remote URL", `$ git remote add origin https://oauth2:${["gl", "pat-", g.b64u(20)].join("")}@git.example.com/platform/payments.git\n$ git push -u origin main`);
add("auth", "Basic Authorization header (user:password) in HTTPie command", `http POST https://registry.example.com/v2/token Authorization:"Basic ${Buffer.from(`release:${g.pw()}`).toString("base64")}"`);
{
  const tok = ["xo", "xb-", g.d(13), "-", g.d(13), "-", g.a(24)].join("");
  add("comms", "Slack bot token split across two chat lines (fr prose)", `Le jeton est trop long pour Slack mobile, je le coupe en deux :\npartie 1 : ${tok.slice(0, 30)}\npartie 2 : ${tok.slice(30)}\nRecolle-les et mets-le dans SLACK_BOT_TOKEN.\n\nJeton complet pour vérifier : ${tok}`);
}
add("cloud", "Azure Storage account key passed as az CLI --account-key", `az storage blob download --account-name acmebackups --account-key "${g.bb(64)}" -c db -n nightly.bak -f nightly.bak`);
add("observability", "Sentry auth token in sentry-cli properties file", `# sentry.properties\ndefaults.url=https://sentry.example.com/\ndefaults.org=acme\ndefaults.project=web\nauth.token=${["sn", "tryu_", g.h(64)].join("")}\n`);
add("payment", "Stripe live secret key in Stripe CLI config.toml", `[default]\n  device_name = "mbp-lena"\n  live_mode_api_key = "${["sk", "_live_", "51", g.a(97)].join("")}"\n  live_mode_publishable_key = "${["pk", "_live_", "51", g.a(97)].join("")}"\n`);
add("ai", "OpenAI key in Python notebook cell output (echoed by print)", JSON.stringify({ cell_type: "code", execution_count: 4, outputs: [{ name: "stdout", output_type: "stream", text: [`using key ${["sk-", "proj-", g.b64u(58), "T3Blbk", "FJ", g.b64u(58)].join("")}\n`] }], source: ["print('using key', client.api_key)"] }));
add("ai", "Anthropic key in Claude Desktop MCP server config env", JSON.stringify({ mcpServers: { "repo-search": { command: "npx", args: ["-y", "@acme/repo-search-mcp"], env: { ANTHROPIC_API_KEY: ["sk-", "ant-", "api03-", g.b64u(93), "AA"].join(""), REPO_ROOT: "/Users/lena/src" } } } }, null, 2));

function wrapLines(s: string, w: number): string {
  const o: string[] = [];
  for (let i = 0; i < s.length; i += w) o.push(s.slice(i, i + w));
  return o.join("\n");
}

export const cases: CorpusCase[] = out;
