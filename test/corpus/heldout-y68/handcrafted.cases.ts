// Handcrafted positives: credential files and multi-part credentials that the rotated renderers
// do not express well (key material, DSNs, dotfiles, registry auth).
import type { CorpusCase } from "../types.ts";
import { Gen } from "./_gen.ts";

const g = new Gen(0x68c0_0004);
const pk = (label: string, n: number) => g.pem(label, n);

const hand: [group: string, note: string, make: () => string][] = [
  ["keys", "GCP service account JSON private_key in chat body (JSON-escaped)", () => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: "gcloud auth fails with this key file, what's wrong?\n\n" + JSON.stringify({ type: "service_account", project_id: `${g.word()}-prod-${g.d(5)}`, private_key_id: g.h(40), private_key: pk("PRIVATE KEY", 1216) + "\n", client_email: `deployer@${g.word()}-prod.iam.gserviceaccount.com`, client_id: g.d(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2) }] })],
  ["keys", "OpenSSH private key written by a tool call", () => JSON.stringify({ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: "/home/dev/.ssh/id_ed25519", content: pk("OPENSSH PRIVATE KEY", 300).replace(/\n/, "\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW") + "\n" } })],
  ["keys", "RSA private key in a Python crash dump local", () => `Traceback (most recent call last):\n  File "/srv/signer.py", line 41, in sign\n    key = serialization.load_pem_private_key(pem, password=None)\nValueError: Could not deserialize key data.\n\nLocals:\n  pem = b'${pk("RSA PRIVATE KEY", 600).replace(/\n/g, "\\n")}'`],
  ["keys", "PGP private key block in MCP tool result", () => JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: pk("PGP PRIVATE KEY BLOCK", 700).replace("-----\n", "-----\n\n") }] } })],
  ["keys", "encrypted-less EC key in Terraform heredoc", () => `resource "tls_locally_signed_cert" "svc" {\n  ca_private_key_pem = <<EOT\n${pk("EC PRIVATE KEY", 121)}\nEOT\n  validity_period_hours = 8760\n}`],
  ["data", ".pgpass file via shell", () => `$ cat > ~/.pgpass <<'EOF'\ndb-${g.word()}.internal:5432:app:app_owner:${g.a(22)}\nEOF\n$ chmod 600 ~/.pgpass`],
  ["data", "JDBC URL with password in Spring YAML", () => `spring:\n  datasource:\n    url: jdbc:postgresql://pg-prod.${g.word()}.internal:5432/orders?user=orders_rw&password=${g.a(20)}\n    hikari:\n      maximum-pool-size: 20`],
  ["data", "SQL Server connection string in appsettings.json", () => JSON.stringify({ ConnectionStrings: { Default: `Server=tcp:${g.word()}-sql.database.windows.net,1433;Initial Catalog=app;User ID=sqladmin;Password=${g.a(18)}!;Encrypt=True;` } }, null, 2)],
  ["data", "Redis AUTH in redis-cli shell history", () => ` 511  redis-cli -h cache-prod.${g.word()}.internal -p 6380 --tls -a '${g.a(32)}' INFO keyspace\n 512  exit`],
  ["data", "Elasticsearch basic auth URL in Python", () => `from elasticsearch import Elasticsearch\nes = Elasticsearch("https://elastic:${g.a(24)}@${g.h(32)}.us-east-1.aws.found.io:443")`],
  ["auth", ".netrc with machine password", () => `machine api.heroku.com\n  login dev@example.com\n  password ${g.uuid()}\nmachine git.${g.word()}.internal\n  login ci-bot\n  password ${g.a(32)}`],
  ["auth", "basic auth credentials in curl -u", () => `curl -u "admin:${g.a(20)}" -X PUT https://jenkins.${g.word()}.internal/credentials/store/system/domain/_/createCredentials`],
  ["auth", "OAuth client credentials form body", () => `POST /oauth2/v1/token HTTP/1.1\nHost: ${g.word()}.okta.com\nContent-Type: application/x-www-form-urlencoded\nAuthorization: Basic ${Buffer.from(`0oa${g.a(17)}:${g.u(40)}`).toString("base64")}\n\ngrant_type=client_credentials&scope=api.read`],
  ["auth", "Keycloak client secret in Quarkus properties", () => `quarkus.oidc.auth-server-url=https://sso.${g.word()}.com/realms/prod\nquarkus.oidc.client-id=orders-api\nquarkus.oidc.credentials.secret=${g.a(32)}`],
  ["devtools", ".npmrc with registry authToken", () => `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${["gh", "p_"].join("")}${g.a(36)}\n//registry.npmjs.org/:_authToken=${["np", "m_"].join("")}${g.a(36)}`],
  ["devtools", "docker config.json auth blob", () => JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from(`ci-bot:${["gh", "p_"].join("")}${g.a(36)}`).toString("base64") }, "registry.gitlab.com": { auth: Buffer.from(`deploy:${["gl", "pat-"].join("")}${g.u(20)}`).toString("base64") } } }, null, 2)],
  ["devtools", ".pypirc upload credentials", () => `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${["py", "pi-"].join("")}AgEIcHlwaS5vcmc${g.u(120)}`],
  ["devtools", "git remote URL with token", () => `$ git remote -v\norigin\thttps://oauth2:${["gl", "pat-"].join("")}${g.u(20)}@gitlab.com/${g.word()}/${g.word()}.git (fetch)\norigin\thttps://oauth2:${["gl", "pat-"].join("")}${g.u(20)}@gitlab.com/${g.word()}/${g.word()}.git (push)`],
  ["cloud", "AWS credentials file pair in chat body", () => JSON.stringify({ messages: [{ role: "user", content: `my ~/.aws/credentials looks like this and boto still says InvalidClientTokenId:\n\n[default]\naws_access_key_id = ${["AK", "IA"].join("")}${g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}\naws_secret_access_key = ${g.str(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")}\nregion = us-east-2\n` }] })],
  ["cloud", "Azure SAS URL in a log line", () => `INFO upload blob -> https://${g.word()}store${g.d(3)}.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.b(43) + "=")}`],
  ["comms", "Twilio SID + auth token in Node code", () => `const twilio = require("twilio");\nconst client = twilio("AC${g.h(32)}", "${g.h(32)}");\nawait client.messages.create({ to: "+15555550100", from: "+15555550199", body: "deploy done" });`],
  ["payment", "Stripe secret key in Stripe CLI shell history", () => ` 88  stripe listen --forward-to localhost:3000/webhooks --api-key ${["sk", "_live_"].join("")}51${g.a(95)}`],
];

export const cases: CorpusCase[] = hand.map(([group, note, make], i) => ({
  id: `y68-h-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: `heldouty68-sec-${group}`, label: "positive", text: make(), note,
}));
