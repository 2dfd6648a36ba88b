// heldout-y129: handcrafted positives: key material, credential files and a few odd shapes.
import type { CorpusCase } from "../types.ts";
import {
  b64, b64url, BIP39, ecSec1Body, Gen, type Group, opensshEd25519Body, pem, pkcs8EcBody, pkcs8RsaBody, PRIV, rsaPkcs1Body, certBody, wrap,
} from "./_gen.ts";

const g = new Gen(0x129ca4d1);
export const cases: CorpusCase[] = [];
const P = (grp: Group, note: string, text: string): void => {
  cases.push({ id: `y129-k-${String(cases.length + 1).padStart(3, "0")}`, kind: "secrets", category: `heldouty129-sec-${grp}`, label: "positive", text, note });
};
const J = (x: unknown): string => JSON.stringify(x);
const ghp = (): string => ["gh", "p_", g.an(36)].join("");
const akia = (): string => ["AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")].join("");

// ---------------------------------------------------------------- keys
P("keys", "RSA private key (PKCS#1) pasted into an OpenAI chat body asking why ssh rejects it; context: chat-completion JSON",
  J({ model: "gpt-4o", messages: [{ role: "user", content: `ssh says "invalid format" for this deploy key, what is wrong with it?\n\n${pem(PRIV("RSA"), rsaPkcs1Body(g))}\n` }] }));

P("keys", "OpenSSH ed25519 private key returned by an MCP read_file tool and echoed back; context: MCP tools/call result",
  J({ jsonrpc: "2.0", id: 14, result: { content: [{ type: "text", text: `~/.ssh/id_ed25519\n${pem(PRIV("OPENSSH"), opensshEd25519Body(g), 70)}\n` }] } }));

{
  const key = pem(PRIV(), pkcs8RsaBody(g));
  const crt = pem("CERTIFICATE", certBody(g));
  P("keys", "PKCS#8 private key base64-encoded in a kubernetes.io/tls Secret data block (tls.key), with its certificate; context: kubectl apply manifest",
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\n  namespace: ingress\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${b64(crt)}\n  tls.key: ${b64(key)}\n`);
}

P("keys", "APNs auth key (.p8, PKCS#8 EC) written by an Anthropic tool_use write_file call; context: request history",
  J({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.an(22)}`, name: "write_file", input: { path: `certs/AuthKey_${g.up(10)}.p8`, content: pem(PRIV(), pkcs8EcBody(g)) + "\n" } }] }] }));

P("keys", "EC P-256 private key (SEC1) for ES256 JWT signing inside a JSON config with escaped newlines; context: config PUT request body",
  `PUT /api/v1/tenants/acme/signing HTTP/1.1\nHost: admin.example.com\nContent-Type: application/json\n\n${J({ alg: "ES256", kid: g.hex(16), private_key_pem: pem(PRIV("EC"), ecSec1Body(g)) + "\n" })}`);

{
  const body = "lQVYBGY" + g.b64(1600);
  const lbl = ["PGP", PRIV(), "BLOCK"].join(" ");
  const armored = [`-----${"BEGIN"} ${lbl}-----`, "", wrap(body, 64), "=" + g.b64(4), `-----${"END"} ${lbl}-----`].join("\n");
  P("keys", "PGP private key block uploaded as a CI secret with curl --data-urlencode; context: shell command in tool_calls",
    J({ role: "assistant", tool_calls: [{ id: `call_${g.an(24)}`, type: "function", function: { name: "shell", arguments: J({ cmd: `curl -X PUT https://ci.example.com/api/projects/acme/secrets/GPG_SIGNING_KEY --data-urlencode "value=${armored}"` }) } }] }));
}

{
  const sa = { type: "service_account", project_id: "acme-analytics-prod", private_key_id: g.hex(40), private_key: pem(PRIV(), pkcs8RsaBody(g)) + "\n", client_email: "bq-loader@acme-analytics-prod.iam.gserviceaccount.com", client_id: g.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" };
  P("keys", "GCP service-account JSON key (private_key + private_key_id) pasted in an Anthropic messages body; context: chat JSON with escaped PEM",
    J({ model: "claude-opus-4-1", max_tokens: 2048, messages: [{ role: "user", content: `BigQuery load job says "invalid_grant". Here is the key file I'm using:\n\n${JSON.stringify(sa, null, 2)}` }] }));
}

P("keys", "private EC JWK (with d) for an OIDC provider signing key; context: JSON config in a deploy payload",
  J({ issuer: "https://id.example.com", signing_keys: [{ kty: "EC", crv: "P-256", kid: g.hex(8), use: "sig", alg: "ES256", x: g.b64u(43), y: g.b64u(43), d: g.b64u(43) }] }));

P("keys", "Solana keypair (id.json, 64-byte secret array); context: tool_result in an agent transcript",
  J({ type: "tool_result", tool_use_id: `toolu_01${g.an(22)}`, content: `$ cat ~/.config/solana/id.json\n[${Array.from(g.bytes(64)).join(",")}]` }));

P("keys", "BIP39 12-word wallet mnemonic in a Hardhat .env; context: .env pasted to chat (Spanish prose)",
  J({ model: "gpt-4.1", messages: [{ role: "user", content: `No puedo desplegar el contrato en Sepolia, ¿qué falta?\n\n.env:\nALCHEMY_URL=https://eth-sepolia.example.com/v2/demo\nMNEMONIC="${Array.from({ length: 12 }, () => g.pick(BIP39)).join(" ")}"\nETHERSCAN_NETWORK=sepolia` }] }));

P("keys", "Bitcoin WIF private key (compressed) in a Python wallet script; context: code pasted to chat",
  `import bit\n\n# hot wallet used by the payout worker\nWIF = "${g.pick(["K", "L"])}${g.b58(51)}"\nkey = bit.PrivateKey(WIF)\nprint(key.address, key.get_balance("btc"))\n`);

P("keys", "PuTTY .ppk (v3, ed25519) with private lines; context: chat message asking to convert it",
  `Can you convert this to OpenSSH format for me?\n\nPuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: build-server\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)}\n${g.b64(8)}\nPrivate-Lines: 1\nAAAAI${g.b64(42)}=\nPrivate-MAC: ${g.hex(64)}\n`);

{
  const ckd = b64(pem(PRIV("RSA"), rsaPkcs1Body(g)));
  P("keys", "kubeconfig with client-key-data (base64 PEM) and a user token; context: kubeconfig uploaded in multipart form",
    `--b0undary\r\nContent-Disposition: form-data; name="file"; filename="kubeconfig"\r\nContent-Type: application/yaml\r\n\r\napiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.example.net:6443\n  name: prod\ncontexts:\n- context: {cluster: prod, user: admin}\n  name: prod\ncurrent-context: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${b64(pem("CERTIFICATE", certBody(g)))}\n    client-key-data: ${ckd}\n- name: ci\n  user:\n    token: ${g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", sub: "system:serviceaccount:ci:deployer" }, "RS256")}\n\r\n--b0undary--\r\n`);
}

P("keys", "GitHub App private key as a one-line env var with literal \\n escapes; context: raw .env file text",
  `GITHUB_APP_ID=${g.dig(6)}\nGITHUB_APP_PRIVATE_KEY="${pem(PRIV("RSA"), rsaPkcs1Body(g)).replace(/\n/g, "\\n")}"\nGITHUB_WEBHOOK_PROXY=https://smee.example.com/acme\n`);

P("keys", "Snowflake key-pair auth: PKCS#8 private key inline in dbt profiles.yml; context: YAML in a review diff",
  `diff --git a/profiles.yml b/profiles.yml\n+acme:\n+  target: prod\n+  outputs:\n+    prod:\n+      type: snowflake\n+      account: ${g.lower(7)}-${g.lower(7)}\n+      user: DBT_PROD\n+      private_key: |\n${pem(PRIV(), pkcs8RsaBody(g)).split("\n").map((l) => `+        ${l}`).join("\n")}\n+      warehouse: TRANSFORMING\n`);

// ---------------------------------------------------------------- credential files
P("cloud", "~/.aws/credentials with two profiles (key id + secret); context: cat output in a tool_result",
  J({ type: "tool_result", tool_use_id: `toolu_01${g.an(22)}`, content: `[default]\naws_access_key_id = ${akia()}\naws_secret_access_key = ${g.b64(40)}\n\n[prod-admin]\naws_access_key_id = ${akia()}\naws_secret_access_key = ${g.b64(40)}\nregion = eu-central-1\n` }));

P("devtools", ".npmrc with an npm automation token for registry.npmjs.org; context: raw .npmrc file text",
  `@acme:registry=https://npm.pkg.example.com/\n//registry.npmjs.org/:_authToken=${["np", "m_", g.an(36)].join("")}\nalways-auth=true\n`);

P("devtools", "docker config.json with base64 user:token auths for Docker Hub and GHCR; context: JSON pasted in chat (French prose)",
  `docker pull échoue en CI avec "unauthorized", voici le config.json du runner :\n${JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: b64(`acmebuild:${["dckr", "_pat_", g.b64u(27)].join("")}`) }, "ghcr.io": { auth: b64(`acme-bot:${ghp()}`) } } }, null, 2)}`);

P("devtools", ".pypirc with a PyPI API token as password; context: shell heredoc in tool_calls",
  J({ tool_calls: [{ id: `call_${g.an(24)}`, type: "function", function: { name: "run", arguments: J({ command: `cat > ~/.pypirc <<'EOF'\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${["py", "pi-", "AgEIcHlwaS5vcmc", g.b64u(150)].join("")}\nEOF\ntwine upload dist/*` }) } }] }));

P("auth", ".netrc with login/password for an internal API host; context: raw file text",
  `machine api.example.com\n  login deploy-bot\n  password ${g.pw(22)}\nmachine files.example.org login backup password ${g.pw(18)}\n`);

P("data", ".pgpass with two entries; context: chat asking why psql still prompts (Polish prose)",
  `psql nadal pyta o hasło, mimo że mam ~/.pgpass z chmod 600:\n\ndb-primary.example.com:5432:app:app_owner:${g.pw(20)}\n*:5432:*:readonly:${g.pw(16)}\n`);

P("devtools", ".git-credentials with a GitHub PAT in the URL; context: MCP read_file result",
  J({ jsonrpc: "2.0", id: 31, result: { content: [{ type: "text", text: `https://octo-deployer:${ghp()}@github.com\nhttps://gitlab-ci-token:${["gl", "pat-", g.b64u(20)].join("")}@gitlab.com\n` }] } }));

P("devtools", "gh CLI hosts.yml with oauth_token; context: YAML pasted in chat",
  `github.com:\n    git_protocol: https\n    users:\n        octo-dev:\n            oauth_token: ${["gh", "o_", g.an(36)].join("")}\n    user: octo-dev\n    oauth_token: ${["gh", "o_", g.an(36)].join("")}\n`);

P("devtools", "Cargo credentials.toml with a crates.io token; context: TOML in a diff",
  `--- /dev/null\n+++ b/.cargo/credentials.toml\n@@ -0,0 +1,2 @@\n+[registry]\n+token = "${["ci", "o", g.an(32)].join("")}"\n`);

P("devtools", "composer auth.json with github-oauth and http-basic password; context: JSON file body",
  JSON.stringify({ "github-oauth": { "github.com": ghp() }, "http-basic": { "repo.example.com": { username: "ci", password: g.pw(20) } } }, null, 4));

P("cloud", ".terraformrc credentials block for app.terraform.io; context: HCL written by a shell tool call",
  J({ name: "bash", input: { command: `cat > ~/.terraformrc <<EOF\ncredentials "app.terraform.io" {\n  token = "${[g.an(14), ".atlas", "v1.", g.an(67)].join("")}"\n}\nEOF` } }));

P("devtools", "Maven settings.xml server password for a private repository; context: XML pasted in chat",
  `<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>deployer</username>\n      <password>${g.pw(24)}</password>\n    </server>\n  </servers>\n</settings>\n`);

P("data", "wp-config.php with DB_PASSWORD and auth salts; context: PHP file in a support chat",
  `<?php\ndefine( 'DB_NAME', 'wp_prod' );\ndefine( 'DB_USER', 'wp_admin' );\ndefine( 'DB_PASSWORD', '${g.pw(20)}' );\ndefine( 'DB_HOST', 'mysql.example.net' );\ndefine( 'AUTH_KEY',         '${g.str(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^*()-_[]{}<>~+=,.;:/?|")}' );\ndefine( 'SECURE_AUTH_KEY',  '${g.str(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^*()-_[]{}<>~+=,.;:/?|")}' );\n$table_prefix = 'wp_';\n`);

P("auth", "Laravel APP_KEY (base64:32 bytes) in .env; context: .env in chat (Turkish prose)",
  `Laravel "No application encryption key" hatası veriyor ama anahtar var:\n\nAPP_NAME=Acme\nAPP_ENV=production\nAPP_KEY=base64:${b64(g.bytes(32))}\nAPP_DEBUG=false\n`);

P("auth", "Django SECRET_KEY in settings.py; context: Python file in review request",
  `# settings/prod.py\nDEBUG = False\nALLOWED_HOSTS = ["app.example.com"]\nSECRET_KEY = "${g.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)")}"\nDATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "app"}}\n`);

P("auth", "Rails config/master.key written by a tool_use call; context: Anthropic request history",
  J({ messages: [{ role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.an(22)}`, name: "write_file", input: { path: "config/master.key", content: g.hex(32) } }] }] }));

P("auth", "gcloud application_default_credentials.json (authorized_user: client_secret + refresh_token); context: JSON in chat",
  JSON.stringify({ account: "", client_id: `${g.dig(12)}-${g.lo(32)}.apps.googleusercontent.com`, client_secret: ["GOC", "SPX-", g.b64u(28)].join(""), quota_project_id: "acme-dev", refresh_token: ["1/", "/0", "g", g.b64u(100)].join(""), type: "authorized_user", universe_domain: "googleapis.com" }, null, 2));

P("auth", "HTTP Basic Authorization header (base64 user:password) in a curl -v dump; context: verbose curl output",
  `> GET /api/v1/exports HTTP/1.1\n> Host: reports.example.com\n> Authorization: Basic ${b64(`reporting:${g.pw(18)}`)}\n> User-Agent: curl/8.5.0\n> Accept: */*\n>\n< HTTP/1.1 403 Forbidden\n< Content-Length: 0\n`);

P("auth", "HTTPS_PROXY with user:password in the URL; context: GitHub Actions workflow env",
  `jobs:\n  build:\n    runs-on: [self-hosted, corp]\n    env:\n      HTTPS_PROXY: http://svc-build:${g.pw(16)}@proxy.example.com:3128\n      NO_PROXY: localhost,.example.net\n`);

P("data", "JDBC URL with password query parameter; context: Spring application.properties",
  `spring.datasource.url=jdbc:postgresql://pg.example.net:5432/ledger?user=ledger_app&password=${g.pw(20)}&ssl=true\nspring.jpa.hibernate.ddl-auto=validate\n`);

P("auth", "session cookie in a devtools \"Copy as cURL\" command; context: curl pasted in chat",
  `curl 'https://app.example.com/api/admin/users?page=2' \\\n  -H 'accept: application/json' \\\n  -H 'cookie: _ga=GA1.1.${g.dig(9)}.${g.dig(10)}; __Host-session=${g.b64u(64)}; theme=dark' \\\n  -H 'x-csrf-token: ${g.b64u(32)}'`);

P("devtools", "GitHub PAT split across lines via Python implicit string concatenation; context: code in chat",
  (() => { const t = ghp(); return `# split so the push protection doesn't catch it (temporary!)\nTOKEN = (\n    "${t.slice(0, 14)}"\n    "${t.slice(14, 28)}"\n    "${t.slice(28)}"\n)\nrequests.post(URL, headers={"Authorization": f"token {TOKEN}"})\n`; })());

{
  const env = `AWS_ACCESS_KEY_ID=${akia()}\nAWS_SECRET_ACCESS_KEY=${g.b64(40)}\nAWS_REGION=eu-west-1\n`;
  P("cloud", "AWS key pair inside a base64-encoded .env committed through the GitHub contents API; context: JSON PUT body",
    J({ message: "add env for preview", branch: "preview", content: b64(env) }));
}

P("data", "URL-encoded password in a Postgres URL; context: Render/Heroku-style config var set command",
  `$ heroku config:set DATABASE_URL='postgres://reporting:${encodeURIComponent(g.pw(8) + "@" + g.pw(6) + "/" + g.pw(6))}@pg.example.org:5432/reports' -a acme-reports\nSetting DATABASE_URL and restarting acme-reports... done, v212`);

P("auth", "Google OAuth access token in a URL fragment of an implicit-flow redirect; context: browser log line",
  `[nav] https://app.example.com/oauth/callback#state=${g.b64u(16)}&access_token=${["ya", "29.", "a0A", g.b64u(150)].join("")}&token_type=Bearer&expires_in=3599&scope=email%20profile`);

P("data", "database password handed over in a Japanese chat message; context: Slack message payload",
  J({ channel: `C0${g.up(9)}`, text: `本番DBの読み取り専用ユーザーです。\nホスト: db-ro.example.com\nユーザー: analytics_ro\nパスワード: ${g.pw(18)}\n使い終わったら教えてください。` }));

P("devtools", "Postman collection export with a bearer token in collection auth; context: JSON file body",
  JSON.stringify({ info: { name: "Acme API", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, auth: { type: "bearer", bearer: [{ key: "token", value: ["gh", "p_", g.an(36)].join(""), type: "string" }] }, item: [{ name: "List repos", request: { method: "GET", url: "https://api.example.com/user/repos" } }] }, null, 2));

P("data", "Terraform state fragment with an RDS master password attribute; context: state JSON in chat",
  JSON.stringify({ version: 4, terraform_version: "1.8.5", resources: [{ mode: "managed", type: "aws_db_instance", name: "main", instances: [{ attributes: { identifier: "acme-prod", engine: "postgres", username: "acme_admin", password: g.pw(24), port: 5432 }, sensitive_attributes: [[{ type: "get_attr", value: "password" }]] }] }] }, null, 2));

P("payment", "Stripe secret key in kubectl create secret --from-literal; context: shell history",
  `  88  kubectl config use-context prod\n  89  kubectl -n payments create secret generic stripe --from-literal=STRIPE_SECRET_KEY=${["sk", "_live_", "51", g.an(97)].join("")}\n  90  kubectl -n payments rollout restart deploy/checkout`);

P("data", "MySQL and PGPASSWORD passwords on the command line; context: shell history (German note)",
  `# Verlauf vom Bastion-Host, bitte prüfen warum der Dump leer ist\n  12  mysqldump -h mysql.example.net -u backup -p'${g.pw(16)}' shop > shop.sql\n  13  PGPASSWORD='${g.pw(18)}' pg_dump -h pg.example.net -U app app > app.sql\n  14  ls -la *.sql`);

P("observability", "Datadog API key in a crontab curl heartbeat; context: crontab -l output",
  `# m h dom mon dow command\n*/5 * * * * curl -s -X POST "https://http-intake.example.com/api/v2/series" -H "DD-API-KEY: ${g.hex(32)}" -H "Content-Type: application/json" -d @/var/lib/heartbeat.json >/dev/null\n`);

P("saas", "Shopify app HMAC shared secret plus admin token in a Remix app .env; context: tool_calls write_file arguments",
  J({ tool_calls: [{ id: `call_${g.an(24)}`, type: "function", function: { name: "write_file", arguments: J({ path: ".env", content: `SHOPIFY_API_KEY=${g.hex(32)}\nSHOPIFY_API_SECRET=${["shp", "ss_", g.hex(32)].join("")}\nSHOPIFY_ADMIN_TOKEN=${["shp", "at_", g.hex(32)].join("")}\n` }) } }] }));

P("keys", "Android release signing passwords in gradle.properties; context: properties file in chat",
  `RELEASE_STORE_FILE=../keystore/release.jks\nRELEASE_STORE_PASSWORD=${g.pw(20)}\nRELEASE_KEY_ALIAS=acme-release\nRELEASE_KEY_PASSWORD=${g.pw(20)}\n`);

P("comms", "SMTP URL with password in Django EMAIL_URL; context: .env in a review diff",
  `-EMAIL_URL=consolemail://\n+EMAIL_URL=smtp+tls://postmaster%40mg.example.com:${g.hex(32)}-${g.hex(8)}-${g.hex(8)}@smtp.example.com:587\n`);

P("auth", "jwt.io-style HS256 token plus the signing secret pasted for debugging; context: chat body",
  J({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Why does verification fail?\nsecret used by the API: ${g.b64u(48)}\ntoken: ${g.jwt({ sub: "42", role: "admin", iat: g.epoch() })}` }] }));

void b64url;
