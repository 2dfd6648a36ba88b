// heldout-y24 handcrafted positives: key material and credential files that the rotating
// renderers do not cover.
import type { CorpusCase } from "../types.ts";
import { Gen } from "./_gen.ts";

const g = new Gen(0x2424aa);
const P = "PRIV" + "ATE KEY";
const list: Array<[CorpusCase["category"], string, string]> = [];
const add = (group: string, note: string, text: string) => list.push([`heldouty24-sec-${group}`, note, text]);

add("keys", "RSA private key (PKCS#1), write_file tool call for deploy key",
  JSON.stringify({ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: "deploy/keys/id_rsa", content: g.pem(`RSA ${P}`, 1190) + "\n" } }, null, 2));
add("keys", "EC private key (SEC1), pasted in chat body",
  JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `nginx says "key values mismatch" with this key, what's wrong?\n\n${g.pem(`EC ${P}`, 121)}` }] }));
add("keys", "PKCS#8 private key inside GCP service-account JSON (MCP read_file result)",
  JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: JSON.stringify({ type: "service_account", project_id: "acme-prod-3121", private_key_id: g.h(40), private_key: g.pem(P, 1218) + "\n", client_email: "ci-deployer@acme-prod-3121.iam.gserviceaccount.com", client_id: g.d(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2) }] } }));
add("keys", "OpenSSH private key, cat output in shell tool result",
  ["$ cat ~/.ssh/id_ed25519", `-----BEGIN OPENSSH ${P}-----`, ...("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + g.b64(300)).match(/.{1,70}/g)!, `-----END OPENSSH ${P}-----`].join("\n"));
add("keys", "PGP private key block in a CI secret-import step log",
  ["+ echo \"$GPG_KEY\" | gpg --batch --import", `-----BEGIN PGP ${P} BLOCK-----`, "", ...("lQOYBGY" + g.b64(900)).match(/.{1,64}/g)!, `=${g.b64(4)}`, `-----END PGP ${P} BLOCK-----`, "gpg: key 7A3F1C2B9E: secret key imported"].join("\n"));
add("keys", "age secret key in a SOPS keys.txt written by tool call",
  JSON.stringify({ name: "write_file", arguments: JSON.stringify({ path: ".config/sops/age/keys.txt", content: `# created: 2026-10-02T11:03:55Z\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${"AGE-SECRET-" + "KEY-1"}${g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}\n` }) }));
add("keys", "kubeconfig client-key-data (base64 PEM) in chat body",
  JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `kubectl fails with x509, here is my kubeconfig:\n\napiVersion: v1\nkind: Config\nusers:\n- name: admin@prod\n  user:\n    client-certificate-data: ${Buffer.from(g.pem("CERTIFICATE", 600)).toString("base64")}\n    client-key-data: ${Buffer.from(g.pem(`RSA ${P}`, 1190)).toString("base64")}\n` }] }));
add("cloud", "AWS shared credentials file, MCP read_file result",
  JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: `[default]\naws_access_key_id = ${"AK" + "IA" + g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}\naws_secret_access_key = ${g.b64(40)}\nregion = us-east-1\n` }] } }));
add("cloud", "AWS STS session credentials, `aws sts assume-role` output pasted in chat",
  JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: JSON.stringify({ Credentials: { AccessKeyId: "AS" + "IA" + g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), SecretAccessKey: g.b64(40), SessionToken: "IQoJb3JpZ2luX2VjE" + g.b64(380), Expiration: "2026-11-03T10:00:00Z" } }, null, 2) + "\n\nwhy can't terraform use these?" }] }));
add("devtools", "GitHub PAT in .netrc, shell tool output",
  ["$ cat ~/.netrc", "machine github.com", "  login ci-bot", `  password ${"gh" + "p_" + g.a(36)}`, "machine api.heroku.com", "  login ops@acme.io", `  password ${"HR" + "KU-AA" + g.u64(58)}`].join("\n"));
add("data", "PostgreSQL password in .pgpass written via shell tool call",
  JSON.stringify({ tool: "shell", command: `printf '%s\\n' 'db-prod.internal:5432:billing:billing_rw:${g.a(22)}' > ~/.pgpass && chmod 600 ~/.pgpass` }));
add("devtools", "Docker config.json auths (base64 user:token)",
  JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: Buffer.from(`acmeci:${"dc" + "kr_pat_" + g.u64(27)}`).toString("base64") }, "ghcr.io": { auth: Buffer.from(`acme-bot:${"gh" + "p_" + g.a(36)}`).toString("base64") } } }, null, 2));
add("devtools", ".npmrc with registry authToken, git diff",
  ["diff --git a/.npmrc b/.npmrc", "new file mode 100644", "--- /dev/null", "+++ b/.npmrc", "@@ -0,0 +1,2 @@", "+@acme:registry=https://registry.npmjs.org/", `+//registry.npmjs.org/:_authToken=${"np" + "m_" + g.a(36)}`].join("\n"));
add("data", "basic-auth credentials in a git remote URL (shell history)",
  ["  88  git remote -v", `  89  git remote set-url origin https://deploy-bot:${"glp" + "at-" + g.u64(20)}@gitlab.acme.io/platform/api.git`, "  90  git push origin main"].join("\n"));
add("auth", "Basic auth header with password (curl -u expanded, verbose log)",
  ["> GET /api/v2/reports HTTP/1.1", "> Host: reports.acme.io", `> Authorization: Basic ${Buffer.from(`svc-reporting:${g.a(20)}`).toString("base64")}`, "> User-Agent: python-requests/2.32.3", "< HTTP/1.1 200 OK"].join("\n"));

export const cases: CorpusCase[] = list.map(([category, note, text], i) => ({
  id: `y24-k-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category,
  label: "positive",
  text,
  note,
}));
