// Handcrafted positives: private key material, credential files and URLs with embedded secrets.
import type { CorpusCase } from "../types.ts";
import { AN, Gen, HEX, LAN, URL64, cat } from "./_gen.ts";

const r = new Gen(0x77e3);
const P = (...xs: string[]) => xs.join("");
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const pem = (label: string, lead: string, nbytes: number) =>
  P("-----BEGIN ", label, " KEY-----\n", wrap(lead + r.b64(nbytes)), "\n-----END ", label, " KEY-----\n");

const rsa = pem(P("RSA ", "PRIVATE"), "MIIEowIBAAKCAQEA", 1180);
const ec = pem(P("EC ", "PRIVATE"), "MHcCAQEEI", 110);
const pkcs8 = pem("PRIVATE", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 1200);
const openssh = pem(P("OPENSSH ", "PRIVATE"), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 330);
const pgp = P("-----BEGIN PGP ", "PRIVATE KEY BLOCK-----\n\n", wrap("lQOYBG" + r.b64(900)), "\n=", r.s(4, AN), "\n-----END PGP ", "PRIVATE KEY BLOCK-----\n");
const age = P("AGE-", "SECRET-KEY-", "1", r.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"));
const gcpSa = JSON.stringify({
  type: "service_account",
  project_id: "acme-analytics-prod",
  private_key_id: r.hex(40),
  private_key: pem("PRIVATE", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC", 1200),
  client_email: "etl-runner@acme-analytics-prod.iam.gserviceaccount.com",
  client_id: r.digits(21),
  auth_uri: "https://accounts.google.com/o/oauth2/auth",
  token_uri: "https://oauth2.googleapis.com/token",
}, null, 2);
const dockerAuth = Buffer.from(P("ci-bot:", "dckr_pat_", r.s(27, URL64))).toString("base64");
const npmTok = P("np", "m_", r.s(36));
const ghTok = P("gh", "p_", r.s(36));
const pgPass = r.s(22);
const netrcPass = r.s(28);
const smtpPass = r.s(16, AN + "!@#");
const ldapPass = r.s(20);
const wgKey = r.b64(32);
const sasSig = encodeURIComponent(r.b64(32));

type K = [string, string, string];
const items: K[] = [
  ["RSA private key in Anthropic tool_use write_file", "keys", JSON.stringify({ type: "tool_use", id: "toolu_01" + r.s(22), name: "write_file", input: { path: "deploy/keys/id_rsa", content: rsa } })],
  ["EC private key pasted in LLM chat body", "keys", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: "nginx says 'key values mismatch', here's the key:\n\n" + ec + "\nand the cert is in /etc/ssl/site.crt" }] })],
  ["PKCS#8 private key in k8s TLS Secret manifest", "keys", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${pkcs8.trimEnd().split("\n").map((l) => "    " + l).join("\n")}\n`],
  ["OpenSSH private key in shell heredoc tool call", "keys", `cat > ~/.ssh/deploy_ed25519 <<'KEY'\n${openssh}KEY\nchmod 600 ~/.ssh/deploy_ed25519 && ssh -i ~/.ssh/deploy_ed25519 deploy@10.0.4.12\n`],
  ["PGP private key block in MCP tool result", "keys", JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: "$ gpg --export-secret-keys --armor release@acme.dev\n" + pgp }] } })],
  ["age secret key in keys.txt printed by cat", "keys", `$ cat ~/.config/sops/age/keys.txt\n# created: 2026-01-12T08:31:00Z\n# public key: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${age}\n`],
  ["GCP service-account JSON in write_file", "cloud", JSON.stringify({ name: "write_file", arguments: { path: "secrets/gcp-sa.json", content: gcpSa } })],
  ["Docker config.json auth (base64 user:token)", "devtools", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: dockerAuth } } }, null, 2) + "\n"],
  ["npm token in .npmrc", "devtools", `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${npmTok}\nalways-auth=true\n`],
  ["GitHub PAT in git remote URL", "devtools", `$ git remote -v\norigin\thttps://x-access-token:${ghTok}@github.com/acme/platform.git (fetch)\norigin\thttps://x-access-token:${ghTok}@github.com/acme/platform.git (push)\n`],
  ["Postgres password in .pgpass", "data", `# hostname:port:database:username:password\ndb-prod.internal:5432:orders:orders_rw:${pgPass}\n`],
  [".netrc machine password", "auth", `machine api.heroku.com\n  login ops@acme.dev\n  password ${netrcPass}\nmachine git.heroku.com\n  login ops@acme.dev\n  password ${netrcPass}\n`],
  ["SMTP password in Django settings.py", "comms", `EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"\nEMAIL_HOST = "smtp.office365.com"\nEMAIL_PORT = 587\nEMAIL_HOST_USER = "noreply@acme.dev"\nEMAIL_HOST_PASSWORD = "${smtpPass}"\nEMAIL_USE_TLS = True\n`],
  ["LDAP bind password in Spring application.yml", "auth", `spring:\n  ldap:\n    urls: ldaps://ldap.corp.acme.dev:636\n    base: dc=acme,dc=dev\n    username: cn=svc-portal,ou=services,dc=acme,dc=dev\n    password: ${ldapPass}\n`],
  ["WireGuard PrivateKey in wg0.conf", "keys", `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${wgKey}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${r.b64(32)}\nEndpoint = vpn.acme.dev:51820\nAllowedIPs = 0.0.0.0/0\n`],
  ["Azure Blob SAS URL in curl upload", "cloud", `curl -X PUT -T backup.tar.gz -H "x-ms-blob-type: BlockBlob" \\\n  "https://acmebackups.blob.core.windows.net/nightly/backup.tar.gz?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=${sasSig}"\n`],
  ["MySQL DSN with password in Go sql.Open", "data", `db, err := sql.Open("mysql", "app:${r.s(18)}@tcp(mysql-primary.internal:3306)/shop?parseTime=true")\nif err != nil {\n\tlog.Fatal(err)\n}\n`],
  ["AMQP URL with password in Celery config", "data", `CELERY_BROKER_URL = "amqps://worker:${r.s(24)}@b-${r.uuid()}.mq.eu-west-1.amazonaws.com:5671/prod"\n`],
  ["HTTP Basic auth header from curl -v dump", "auth", `> GET /api/v2/reports HTTP/2\n> Host: reports.acme.dev\n> authorization: Basic ${Buffer.from("svc-reports:" + r.s(20)).toString("base64")}\n> user-agent: curl/8.5.0\n> accept: */*\n>\n< HTTP/2 200\n`],
  ["Generic webhook signing secret in Node code", "auth", `const WEBHOOK_SIGNING_SECRET = "${r.hex(64)}";\nconst sig = crypto.createHmac("sha256", WEBHOOK_SIGNING_SECRET).update(rawBody).digest("hex");\n`],
];
void HEX; void LAN;

export const cases: CorpusCase[] = items.map(([note, g, text], i) => ({
  id: `y77-k-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: cat(g),
  label: "positive",
  text,
  note,
}));
