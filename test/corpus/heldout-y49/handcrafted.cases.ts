// heldout-y49: handcrafted positives for file formats the rotation does not cover
// (credential files, key material in structured documents, URL-embedded secrets).
import type { CorpusCase } from "../types.ts";
import { ALNUM, B32, B64, B64URL, Gen, LOWNUM } from "./_gen.ts";

const g = new Gen(0x49d3);
const P = (group: string, note: string, text: string) => ({ group, note, text });

const saPem = g.pem("PRIVATE KEY", 1216);
const items = [
  P("cloud", "GCP service account JSON private_key pasted into a chat body", JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: `gcloud auth fails with this key file, can you see why?\n${JSON.stringify({ type: "service_account", project_id: "acme-prod-" + g.s(5, LOWNUM), private_key_id: g.hex(40), private_key: saPem + "\n", client_email: "deployer@acme-prod.iam.gserviceaccount.com", client_id: g.dig(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2)}` }] })),
  P("cloud", "AWS ~/.aws/credentials file via MCP read_file result", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `[default]\naws_access_key_id = ${g.j("AK", "IA", g.s(16, B32))}\naws_secret_access_key = ${g.s(40, ALNUM + "/+")}\nregion = us-east-1\n\n[prod]\naws_access_key_id = ${g.j("AK", "IA", g.s(16, B32))}\naws_secret_access_key = ${g.s(40, ALNUM + "/+")}\n` }] } })),
  P("auth", ".netrc written by a tool call", JSON.stringify({ type: "tool_use", id: `toolu_01${g.s(22)}`, name: "write_file", input: { path: "/home/dev/.netrc", content: `machine api.heroku.com\n  login dev@acme.io\n  password ${g.uuid()}\nmachine git.heroku.com\n  login dev@acme.io\n  password ${g.uuid()}\n` } })),
  P("data", ".pgpass in shell heredoc", `cat > ~/.pgpass <<'EOF2'\ndb-prod.acme.internal:5432:orders:app_rw:${g.s(28, ALNUM)}\nreplica.acme.internal:5432:*:readonly:${g.s(24, ALNUM)}\nEOF2\nchmod 600 ~/.pgpass`),
  P("devtools", "git-credentials store line in shell history", ` 2201  git config --global credential.helper store\n 2202  echo "https://dev-acme:${g.j("gh", "p_", g.s(36))}@github.com" >> ~/.git-credentials\n 2203  git push origin feature/retry\n`),
  P("devtools", ".npmrc _authToken for private registry", `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${g.j("gh", "p_", g.s(36))}\n//registry.npmjs.org/:_authToken=${g.j("np", "m_", g.s(36))}\nalways-auth=true\n`),
  P("devtools", "docker config.json auth (base64 user:token)", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: Buffer.from("acmebot:" + g.j("dck", "r_pat_", g.s(27, B64URL))).toString("base64") }, "ghcr.io": { auth: Buffer.from("acme-ci:" + g.j("gh", "p_", g.s(36))).toString("base64") } } }, null, 2)),
  P("devtools", "pip.conf extra-index-url with token", `[global]\nindex-url = https://pypi.org/simple\nextra-index-url = https://__token__:${g.j("pyp", "i-", "AgEIcHlwaS5vcmc", g.s(120, B64URL))}@pypi.acme.io/simple\ntimeout = 60\n`),
  P("cloud", "kubeconfig user token in a pasted kubeconfig", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.acme.io:6443\n  name: prod\nusers:\n- name: ci-deployer\n  user:\n    token: ${g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", "kubernetes.io/serviceaccount/secret.name": "deployer-token-" + g.s(5, LOWNUM), sub: "system:serviceaccount:ci:deployer" }, "RS256")}\ncontexts:\n- context: {cluster: prod, user: ci-deployer}\n  name: prod\ncurrent-context: prod\n`),
  P("data", "basic auth in AMQP URL inside Java properties", `spring.rabbitmq.addresses=${g.j("amq", "ps://orders:", g.s(22, ALNUM), "@b-", g.uuid(), ".mq.eu-west-1.amazonaws.com:5671")}\nspring.rabbitmq.virtual-host=/\n`),
  P("keys", "PuTTY private key file in chat message", `here's the ppk the vendor sent, can you convert it to openssh?\n\nPuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: vendor-sftp\nPublic-Lines: 6\n${Array.from({ length: 6 }, () => g.s(64, B64)).join("\n")}\nPrivate-Lines: 14\n${Array.from({ length: 14 }, () => g.s(64, B64)).join("\n")}\nPrivate-MAC: ${g.hex(64)}\n`),
  P("keys", "JWK private key (d parameter) in JSON config", JSON.stringify({ signing: { kty: "EC", crv: "P-256", kid: "2026-11", x: g.s(43, B64URL), y: g.s(43, B64URL), d: g.s(43, B64URL) } }, null, 2)),
  P("keys", "PKCS#1 RSA private key in a Go test fixture (raw string literal)", `package auth\n\nconst testKey = \`${g.pem("RSA PRIVATE KEY", 1190)}\`\n\nfunc TestSign(t *testing.T) { _ = parseKey(testKey) }\n`),
  P("auth", "HTTP Basic auth header in HAR entry", JSON.stringify({ request: { method: "GET", url: "https://jenkins.acme.io/job/deploy/api/json", headers: [{ name: "Authorization", value: "Basic " + Buffer.from("svc-deploy:" + g.j("11", g.hex(32))).toString("base64") }, { name: "Accept", value: "application/json" }] }, response: { status: 200 } }, null, 2)),
  P("comms", "SMTP password in Django settings", `EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"\nEMAIL_HOST = "email-smtp.eu-west-1.amazonaws.com"\nEMAIL_PORT = 587\nEMAIL_HOST_USER = "${g.j("AK", "IA", g.s(16, B32))}"\nEMAIL_HOST_PASSWORD = "${g.j("BA", g.s(42, ALNUM + "/+"))}"\nEMAIL_USE_TLS = True\n`),
  P("auth", "TOTP seed in an otpauth URI inside a Markdown runbook", `### Break-glass admin\n\nAdd to the shared authenticator:\n\n\`otpauth://totp/Acme:root@acme.io?secret=${g.s(32, B32)}&issuer=Acme\`\n`),
  P("data", "Redis password in a CLI invocation inside a crash report", `panic: dial tcp: i/o timeout\n\ngoroutine 1 [running]:\nmain.main()\n\t/src/main.go:41 +0x1f4\nexit status 2\n\ncommand line: /usr/local/bin/worker --redis-addr=cache.acme.io:6380 --redis-password=${g.s(32, ALNUM)} --tls\n`),
  P("cloud", "Azure SAS URL in a curl upload", `curl -X PUT -T backup.tar.gz -H "x-ms-blob-type: BlockBlob" "https://acmebackups.blob.core.windows.net/db/backup.tar.gz?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.s(43, B64) + "=")}"`),
];

export const cases: CorpusCase[] = items.map((it, i) => ({
  id: `y49-ck-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty49-sec-${it.group}`,
  label: "positive",
  text: it.text,
  note: it.note,
}));
void B64;
