// Handcrafted: private key material, connection strings and credential files in agent traffic.
import type { CorpusCase } from "../types.ts";
import { AN, ANL, B64U, Gen, mk, pad } from "./_gen.ts";

const g = new Gen(0x97ce75);
const K = "heldouty97-sec-keys";
const D = "heldouty97-sec-data";
const A = "heldouty97-sec-auth";
const C = "heldouty97-sec-cloud";
const jesc = (s: string) => JSON.stringify(s);

const rsa = g.pem(["RSA", "PRIVATE KEY"].join(" "), 1190);
const ec = g.pem(["EC", "PRIVATE KEY"].join(" "), 121);
const pk8 = g.pem(["PRIVATE", "KEY"].join(" "), 1218);
const ossh = g.pem(["OPENSSH", "PRIVATE KEY"].join(" "), 400);
const pgp = ["-----BEGIN PGP ", "PRIVATE KEY BLOCK-----\n\n", g.b64(900).replace(/(.{64})/g, "$1\n"), "\n=", g.s(4, AN), "\n-----END PGP PRIVATE KEY BLOCK-----"].join("");
const ageKey = ["AGE-SECRET-", "KEY-1"].join("") + g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L");
const saEmail = `deployer@acme-prod-${g.range(100000, 999999)}.iam.gserviceaccount.com`;
const saJson = JSON.stringify({ type: "service_account", project_id: "acme-prod", private_key_id: g.hex(40), private_key: g.pem(["PRIVATE", "KEY"].join(" "), 1218) + "\n", client_email: saEmail, client_id: g.s(21, "0123456789"), token_uri: "https://oauth2.googleapis.com/token" }, null, 2);

const list: [string, string, string][] = [
  [K, "RSA private key in Anthropic tool_use write_file", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.s(22), name: "write_file", input: { path: "deploy/id_rsa", content: rsa + "\n" } })],
  [K, "EC private key pasted in chat body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: "openssl says 'unable to load key', is this file broken?\n\n" + ec }] })],
  [K, "PKCS#8 key in Node code", `import { createSign } from "node:crypto";\n\nconst PRIVATE_KEY = \`${pk8}\`;\n\nexport function sign(payload: string) {\n  return createSign("SHA256").update(payload).sign(PRIVATE_KEY, "base64");\n}`],
  [K, "OpenSSH private key via shell heredoc tool call", JSON.stringify({ tool: "bash", arguments: { command: `mkdir -p ~/.ssh && cat > ~/.ssh/id_ed25519 <<'KEY'\n${ossh}\nKEY\nchmod 600 ~/.ssh/id_ed25519` } })],
  [K, "PGP private key block in CI secret echo log", `Run echo "$GPG_PRIVATE_KEY" | gpg --batch --import\n${pgp}\ngpg: key ${g.hex(16).toUpperCase()}: secret key imported`],
  [K, "age secret key in SOPS keys.txt", `# created: 2026-10-02T11:20:03Z\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${ageKey}`],
  [C, "GCP service account JSON pasted in MCP result", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: saJson }] } })],
  [K, "RSA key inside k8s TLS secret (stringData)", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${rsa.split("\n").map((l) => "    " + l).join("\n")}`],
  [K, "PKCS#8 key JSON-escaped in env JSON", JSON.stringify({ APP_ID: "381223", GITHUB_APP_PRIVATE_KEY: pk8 })],
  [D, ".pgpass file", `# ~/.pgpass\ndb-prod.internal:5432:billing:billing_rw:${g.s(22, AN)}\n*:5432:*:replicator:${g.s(18, AN)}`],
  [D, ".netrc written by tool call", JSON.stringify({ name: "write_file", arguments: { path: "/home/dev/.netrc", content: `machine api.heroku.com\n  login ops@acme-corp.io\n  password ${g.uuid()}\nmachine git.acme-corp.io\n  login ci\n  password ${g.s(32, AN)}\n` } })],
  [D, "JDBC URL with password in Spring YAML", `spring:\n  datasource:\n    url: jdbc:sqlserver://sql-prod.database.windows.net:1433;database=orders;user=orders_app;password=${g.s(18, AN)}!;encrypt=true\n    hikari:\n      maximum-pool-size: 10`],
  [D, "AMQP URL in Celery config", `# celeryconfig.py\nbroker_url = "amqps://svc_worker:${g.s(24, AN)}@b-${g.uuid()}.mq.eu-west-1.amazonaws.com:5671/prod"\nresult_backend = "rpc://"\ntask_serializer = "json"`],
  [D, "MSSQL ADO.NET connection string in appsettings.json", JSON.stringify({ ConnectionStrings: { Default: `Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crm_admin;Password=${g.s(20, AN)};Encrypt=True;` }, Logging: { LogLevel: { Default: "Warning" } } }, null, 2)],
  [A, "basic auth in git remote URL (shell history)", `  311  git remote set-url origin https://deploy-bot:${["gh", "p_"].join("") + g.s(36, AN)}@github.com/acme/infra.git\n  312  git push origin main`],
  [A, "Authorization Basic header in curl -v dump", `> GET /api/v1/admin/users HTTP/2\n> Host: admin.acme-corp.io\n> authorization: Basic ${btoa("admin:" + g.s(20, AN))}\n> user-agent: curl/8.7.1\n> accept: */*\n>\n< HTTP/2 200`],
  [A, "npmrc with registry auth token", `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${["gh", "p_"].join("") + g.s(36, AN)}\n//registry.npmjs.org/:_authToken=${["np", "m_"].join("") + g.s(36, AN)}`],
  [A, "docker config.json auths", JSON.stringify({ auths: { "registry.acme-corp.io": { auth: btoa("ci-pusher:" + g.s(28, AN)) }, "ghcr.io": { auth: btoa("acme-bot:" + ["gh", "p_"].join("") + g.s(36, AN)) } } }, null, 2)],
  [A, "OAuth access token in URL fragment (HAR)", JSON.stringify({ log: { entries: [{ request: { method: "GET", url: `https://app.acme-corp.io/callback#access_token=${["ya", "29."].join("") + g.s(140, B64U)}&token_type=Bearer&expires_in=3599` }, response: { status: 200 } }] } })],
  [A, "systemd unit Environment=", `[Unit]\nDescription=ingest worker\n\n[Service]\nEnvironment="INGEST_SHARED_SECRET=${g.hex(48)}"\nExecStart=/usr/local/bin/ingest --prod\nRestart=always`],
  [C, "Azure SAS URL in azcopy command", `azcopy copy ./dist "https://acmeprodassets.blob.core.windows.net/web?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-06-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.b64(32))}" --recursive`],
  [C, "AWS keys in ~/.aws/credentials via cat (CI log)", `$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${["AK", "IA"].join("") + g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}\naws_secret_access_key = ${g.s(40, AN + "/+")}\n[staging]\nregion = us-east-2`],
  [A, "crontab with token in curl", `# m h dom mon dow command\n*/15 * * * * curl -fsS -H "X-Api-Token: ${g.s(40, ANL)}" https://ops.acme-corp.io/heartbeat >/dev/null\n0 3 * * * /opt/backup.sh`],
  [A, "CLI positional password arg", `mysqldump -h db-prod.internal -u backup -p${g.s(20, AN)} --single-transaction orders > orders.sql`],
];

export const cases: CorpusCase[] = list.map(([cat, note, text], i) => mk(`y97-k-${pad(i + 1)}`, cat, "positive", text, note));
void jesc; void ANL;
