// heldout-y73 handcrafted positives: private key material and credential files with a fixed shape.
import type { CorpusCase } from "../types.ts";
import { A, B64, D, Gen, H, L, URL, b64enc } from "./_gen.ts";

const g = new Gen(0x7303);

const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const pem = (label: string, n: number) => `-----BEGIN ${label}-----\n${wrap(g.b64(n))}\n-----END ${label}-----`;
const rsaBody = () => `MIIEpAIBAAKCAQEA${g.str(1560, B64)}`;
const pkcs8 = () => `MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${g.str(1600, B64)}`;

let n = 0;
const mk = (group: string, note: string, text: string): CorpusCase => ({
  id: `y73-k-${String(++n).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty73-sec-${group}`,
  label: "positive",
  text,
  note,
});

const saJson = () =>
  JSON.stringify({ type: "service_account", project_id: "acme-prod-381204", private_key_id: g.str(40, H), private_key: `-----BEGIN PRIVATE KEY-----\n${wrap(pkcs8())}\n-----END PRIVATE KEY-----\n`, client_email: "deployer@acme-prod-381204.iam.gserviceaccount.com", client_id: g.str(21, D), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }, null, 2);

export const cases: CorpusCase[] = [
  mk("keys", "RSA private key (PKCS#1) in write_file tool_use", JSON.stringify({ type: "tool_use", id: `toolu_01${g.str(22, A)}`, name: "write_file", input: { path: "deploy/id_rsa", content: `-----BEGIN RSA ${"PRIVATE KEY"}-----\n${wrap(rsaBody())}\n-----END RSA ${"PRIVATE KEY"}-----\n` } }, null, 2)),
  mk("keys", "EC private key pasted in a chat message", JSON.stringify({ messages: [{ role: "user", content: `nginx says key values mismatch, here's the key:\n${pem(`EC ${"PRIVATE KEY"}`, 160)}\nand the cert is from letsencrypt` }] })),
  mk("keys", "OpenSSH private key in shell heredoc", `cat > ~/.ssh/deploy_ed25519 <<'KEY'\n-----BEGIN OPENSSH ${"PRIVATE KEY"}-----\n${wrap(`b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW${g.str(300, B64)}`, 70)}\n-----END OPENSSH ${"PRIVATE KEY"}-----\nKEY\nchmod 600 ~/.ssh/deploy_ed25519`),
  mk("keys", "PKCS#8 private key in Helm values YAML", `tls:\n  enabled: true\n  key: |\n${`-----BEGIN ${"PRIVATE KEY"}-----\n${wrap(pkcs8())}\n-----END ${"PRIVATE KEY"}-----`.split("\n").map((l) => `    ${l}`).join("\n")}\n`),
  mk("keys", "PGP private key block in CI secret setup log", `Run echo "$GPG_KEY" | gpg --import\n-----BEGIN PGP ${"PRIVATE KEY"} BLOCK-----\n\n${wrap(`lQVYBGV${g.str(900, B64)}`)}\n=${g.str(4, B64)}\n-----END PGP ${"PRIVATE KEY"} BLOCK-----\ngpg: key ${g.str(16, "0123456789ABCDEF")}: secret key imported`),
  mk("keys", "age secret key in sops key file", `# created: 2026-10-02T11:32:09Z\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${"AGE-SECRET"}-KEY-1${g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}\n`),
  mk("cloud", "GCP service account JSON in chat body", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `BigQuery auth fails with invalid_grant, this is the key file:\n${saJson()}` }] })),
  mk("cloud", "AWS credentials file via MCP read_file result", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `[default]\naws_access_key_id = ${g.t("AK", "IA", [16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"])}\naws_secret_access_key = ${g.str(40, `${A}/+`)}\nregion = eu-central-1\n` }] } })),
  mk("cloud", "kubeconfig user token", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.20.0.1:6443\n  name: prod\nusers:\n- name: ci-deployer\n  user:\n    token: ${g.t("eyJhbGciOiJSUzI1NiIsImtpZCI6I", [40, URL], ".", [400, URL], ".", [342, URL])}\ncontexts:\n- context: {cluster: prod, user: ci-deployer}\n  name: prod\ncurrent-context: prod\n`),
  mk("devtools", ".npmrc with registry _authToken", `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${g.t("gh", "p_", [36, A])}\n//registry.npmjs.org/:_authToken=${g.t("np", "m_", [36, A])}\nalways-auth=true\n`),
  mk("devtools", "docker config.json auths (base64 user:pass)", JSON.stringify({ auths: { "registry.acme.io": { auth: b64enc(`ci-bot:${g.str(24, A)}`) }, "https://index.docker.io/v1/": { auth: b64enc(`acmeci:${g.t("dck", "r_pat_", [27, URL])}`) } } }, null, 2)),
  mk("data", ".pgpass line", `# hostname:port:database:username:password\ndb-prod.internal:5432:orders:orders_rw:${g.str(22, A)}\n*:*:*:replicator:${g.str(22, A)}\n`),
  mk("auth", ".netrc machine entry", `machine api.heroku.com\n  login ops@acme.io\n  password ${g.uuid()}\nmachine git.acme.io\n  login deploy\n  password ${g.str(28, A)}\n`),
  mk("auth", "basic auth in git remote URL", `$ git remote -v\norigin\thttps://deploy-bot:${g.t("gh", "p_", [36, A])}@github.com/acme/platform.git (fetch)\norigin\thttps://deploy-bot:${g.str(0, A)}REDACTED@github.com/acme/platform.git (push)\n`),
  mk("auth", "HTTP Basic header (base64 user:pass) in curl -v", `> POST /api/v2/jobs HTTP/1.1\n> Host: jenkins.acme.io\n> Authorization: Basic ${b64enc(`admin:${g.str(20, A)}`)}\n> Content-Type: application/json\n>\n< HTTP/1.1 201 Created`),
  mk("auth", "JWT HS256 secret plus issued token in Go test fixture", `func TestAuth(t *testing.T) {\n\tsecret := []byte("${g.str(48, URL)}")\n\ttok := issue(secret, "user-${g.range(100, 999)}")\n\tif _, err := verify(secret, tok); err != nil {\n\t\tt.Fatal(err)\n\t}\n}\n`),
  mk("data", "MSSQL connection string in appsettings.json", JSON.stringify({ ConnectionStrings: { Default: `Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=orders;User ID=app_admin;Password=${g.str(20, `${A}!@#`)};Encrypt=True;` }, Logging: { LogLevel: { Default: "Information" } } }, null, 2)),
  mk("data", "AMQP URL with password in systemd unit", `[Service]\nEnvironment=AMQP_URL=amqps://worker:${g.str(26, A)}@rabbit.${g.str(6, L)}.cloudamqp.com/prod\nExecStart=/usr/local/bin/worker --concurrency 8\nRestart=always\n`),
];
