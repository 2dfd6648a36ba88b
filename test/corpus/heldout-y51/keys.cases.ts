// heldout-y51 positives, handcrafted: private key material and credential files in agent traffic.
import type { CorpusCase } from "../types.ts";
import { AN, B32, DIG, HEX, LAN, Rng, URLS, j } from "./_gen.ts";

const r = new Rng(0x51513e);
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const pem = (label: string, nbytes: number) => {
  const begin = j("-----BEGIN ", label, " KEY-----");
  const end = j("-----END ", label, " KEY-----");
  return `${begin}\n${wrap(r.b64(nbytes))}\n${end}`;
};
const J = (x: unknown, _r?: null, sp?: number) => JSON.stringify(x, null, sp);

const P = (id: string, group: string, text: string, note: string): CorpusCase => ({
  id,
  kind: "secrets",
  category: `heldouty51-sec-${group}`,
  label: "positive",
  text,
  note,
});

export const cases: CorpusCase[] = [
  P("y51-k-001", "keys", J({ model: "gpt-4.1", messages: [{ role: "user", content: `why does ssh say "invalid format" for this key?\n\n${pem(j("OPEN", "SSH PRIVATE"), 400)}\n` }] }), "OpenSSH private key pasted in an OpenAI chat body (JSON-escaped)"),
  P("y51-k-002", "keys", J({ type: "tool_use", id: `toolu_01${r.s(22)}`, name: "write_file", input: { path: "certs/server.key", content: `${pem(j("RSA ", "PRIVATE"), 1190)}\n` } }), "RSA private key in an Anthropic write_file tool call"),
  P("y51-k-003", "keys", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-edge\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${pem("EC PRIVATE", 121).split("\n").map((l) => "    " + l).join("\n")}\n`, "EC private key in a Kubernetes TLS Secret stringData"),
  P("y51-k-004", "keys", `const signer = crypto.createSign("RSA-SHA256");\nconst PRIVATE_KEY = \`${pem("PRIVATE", 1218)}\`;\nexport const sign = (d: string) => signer.update(d).sign(PRIVATE_KEY, "base64");\n`, "PKCS#8 private key in TypeScript source"),
  P("y51-k-005", "keys", `$ gpg --export-secret-keys --armor ops@acme.io\n${j("-----BEGIN PGP ", "PRIVATE KEY BLOCK-----")}\n\n${wrap(r.b64(900))}\n=${r.s(4, AN)}\n${j("-----END PGP ", "PRIVATE KEY BLOCK-----")}\n`, "PGP private key block in shell output"),
  P("y51-k-006", "cloud", J({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: J({ type: "service_account", project_id: "acme-prod-381211", private_key_id: r.s(40, HEX), private_key: `${pem("PRIVATE", 1218)}\n`, client_email: "deployer@acme-prod-381211.iam.gserviceaccount.com", client_id: r.s(21, DIG), token_uri: "https://oauth2.googleapis.com/token" }, null, 2) }] } }), "GCP service-account JSON echoed in an MCP read_file result"),
  P("y51-k-007", "auth", `$ cat ~/.netrc\nmachine api.heroku.com\n  login ops@acme.io\n  password ${r.uuid()}\nmachine git.heroku.com\n  login ops@acme.io\n  password ${r.uuid()}\n`, "Heroku credentials in .netrc printed in a shell session"),
  P("y51-k-008", "data", `# ~/.pgpass\ndb-prod.internal.acme.io:5432:orders:app_rw:${r.s(22, AN)}\nlocalhost:5432:*:postgres:postgres\n`, ".pgpass with a production password"),
  P("y51-k-009", "cloud", `[default]\naws_access_key_id = ${j("AK", "IA", r.s(16, B32))}\naws_secret_access_key = ${r.s(40, AN + "+/")}\nregion = us-east-1\n`, "AWS credentials file (INI)"),
  P("y51-k-010", "devtools", `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${j("np", "m_", r.s(36, AN))}\nalways-auth=true\n`, "npm token in .npmrc"),
  P("y51-k-011", "devtools", J({ auths: { "ghcr.io": { auth: Buffer.from(`acme-bot:${j("gh", "p_", r.s(36, AN))}`).toString("base64") } } }, null, 2), "GHCR basic auth (base64 user:ghp_) in docker config.json"),
  P("y51-k-012", "keys", `apiVersion: v1\nkind: Config\nclusters:\n- name: prod\n  cluster:\n    server: https://10.20.0.1:6443\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${r.b64(300)}\n    client-key-data: ${Buffer.from(pem(j("RSA ", "PRIVATE"), 600)).toString("base64")}\n`, "kubeconfig client-key-data (base64 PEM private key)"),
  P("y51-k-013", "data", `2026-11-30 09:12:44,118 ERROR sqlalchemy.pool could not connect: ${j("postgres", "ql://analytics:", r.s(18, AN), "@warehouse.acme.io:5432/dw")} (timeout)\n`, "Postgres URL with password in an error log line"),
  P("y51-k-014", "auth", `git remote -v\norigin  https://x-access-token:${j("gh", "s_", r.s(36, AN))}@github.com/acme/platform.git (fetch)\norigin  https://x-access-token:${j("gh", "s_", r.s(36, AN))}@github.com/acme/platform.git (push)\n`, "GitHub App token embedded in a git remote URL"),
  P("y51-k-015", "keys", `[Service]\nEnvironment=VAULT_ADDR=https://vault.acme.io\nEnvironment=VAULT_TOKEN=${j("hv", "s.", r.s(24, AN))}\nExecStart=/usr/local/bin/agent -config /etc/agent.hcl\n`, "legacy Vault token in a systemd unit"),
  P("y51-k-016", "auth", `SESSION_SECRET=${r.s(48, URLS)}\nCOOKIE_SIGNING_KEY=${r.s(64, HEX)}\n`, "session / cookie signing secrets in .env"),
];
