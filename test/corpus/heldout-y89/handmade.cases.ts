// heldout-y89 handcrafted positives: key material and multi-part credentials in outbound contexts.
import type { CorpusCase } from "../types.ts";
import { Gen } from "./_gen.ts";

const g = new Gen(0x89d2);
const B = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const pem = (label: string, len: number) => ["-----BEGIN " + label + "-----", wrap("MII" + g.s(len, B)), "-----END " + label + "-----"].join("\n");
const P = (i: number, group: string, text: string, note: string): CorpusCase => ({
  id: `y89-k-${String(i).padStart(3, "0")}`, kind: "secrets", category: `heldouty89-sec-${group}`, label: "positive", text, note,
});
const RSA = "RSA PRIV" + "ATE KEY";
const PK8 = "PRIV" + "ATE KEY";
const EC = "EC PRIV" + "ATE KEY";
const OSSH = "OPENSSH PRIV" + "ATE KEY";

const ak = () => "AK" + "IA" + g.s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");

export const cases: CorpusCase[] = [
  P(1, "keys", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.s(22), name: "write_file", input: { path: "deploy/id_rsa", content: pem(RSA, 1580) + "\n" } }), "RSA private key PEM; Anthropic tool_use write_file"),
  P(2, "keys", JSON.stringify({ model: "claude-sonnet-4", messages: [{ role: "user", content: "ssh keeps saying invalid format, this is the key file:\n\n" + ["-----BEGIN " + OSSH + "-----", wrap("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + g.s(330, B), 70), "-----END " + OSSH + "-----"].join("\n") }] }), "OpenSSH ed25519 private key; chat body JSON-escaped"),
  P(3, "keys", `# terraform.tfvars\ntls_key = <<EOT\n${pem(EC, 150)}\nEOT\n`, "EC private key PEM; Terraform tfvars heredoc"),
  P(4, "cloud", JSON.stringify({ type: "service_account", project_id: "acme-prod-" + g.s(6, "0123456789"), private_key_id: g.s(40, "0123456789abcdef"), private_key: pem(PK8, 1620) + "\n", client_email: "deployer@acme-prod.iam.gserviceaccount.com", client_id: g.s(21, "0123456789"), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }, null, 2), "GCP service account JSON with PKCS#8 private key; pasted config"),
  P(5, "cloud", `$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${ak()}\naws_secret_access_key = ${g.s(40, B)}\nregion = us-east-1\n`, "AWS credentials file key pair; shell output in tool result"),
  P(6, "devtools", `machine api.heroku.com\n  login ops@acme.io\n  password ${g.t("{u}")}\nmachine git.heroku.com\n  login ops@acme.io\n  password ${g.t("{u}")}\n`, "Heroku API key in .netrc; file content"),
  P(7, "data", `# ~/.pgpass\ndb.prod.internal:5432:orders:app_user:${g.t("{a22}")}\n`, ".pgpass password; file content"),
  P(8, "devtools", `//registry.npmjs.org/:_authToken=${"np" + "m_" + g.s(36)}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${"gh" + "p_" + g.s(36)}\n`, "npm + GitHub Packages tokens in .npmrc"),
  P(9, "devtools", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: Buffer.from("acmebot:" + "dckr_" + "pat_" + g.t("{w27}")).toString("base64") } } }, null, 2), "Docker Hub PAT base64 in docker config.json auth"),
  P(10, "data", `$ psql "postgresql://analytics:${g.t("{a18}")}@warehouse.acme.internal:5432/dw" -c "select count(*) from events"`, "Postgres password in CLI connection URL; shell command"),
  P(11, "auth", `apiVersion: v1\nkind: Config\nusers:\n- name: ci-deployer\n  user:\n    token: ${g.t("eyJhbGciOiJSUzI1NiIsImtpZCI6I{w40}.eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Ii{w220}.{w342}")}\nclusters:\n- name: prod\n  cluster:\n    server: https://k8s.acme.io:6443\n`, "Kubernetes SA bearer token in kubeconfig"),
  P(12, "keys", `-----BEGIN PGP PRIV` + `ATE KEY BLOCK-----\n\n${wrap("lQdGBGV" + g.s(900, B))}\n=${g.s(4, B)}\n-----END PGP PRIV` + `ATE KEY BLOCK-----\n`, "PGP private key block; pasted into chat"),
];
