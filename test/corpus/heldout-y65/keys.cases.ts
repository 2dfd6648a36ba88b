// Handcrafted key material and odd credential placements. Values built at run time.
import { AN, B64, Gen, HEX, URLB64, esc } from "./_gen.ts";
import type { CorpusCase } from "../types.ts";

const g = new Gen(0x65c0_0003);
const DASH = "-----";
const pem = (label: string, bytes: number) => {
  const body = g.str(bytes, B64);
  const lines = body.match(/.{1,64}/g)!.join("\n");
  return `${DASH}BEGIN ${label}${DASH}\n${lines}\n${DASH}END ${label}${DASH}`;
};
const rsa = () => pem("RSA " + "PRIVATE KEY", 1588);
const ec = () => pem("EC " + "PRIVATE KEY", 160);
const pkcs8 = () => pem("PRIV" + "ATE KEY", 1620);
const ossh = () => {
  const body = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ" + g.str(340, B64);
  return `${DASH}BEGIN OPENSSH ${"PRIVATE"} KEY${DASH}\n${body.match(/.{1,70}/g)!.join("\n")}\n${DASH}END OPENSSH ${"PRIVATE"} KEY${DASH}`;
};
const pgp = () => `${DASH}BEGIN PGP ${"PRIVATE"} KEY BLOCK${DASH}\n\n${g.str(640, B64).match(/.{1,64}/g)!.join("\n")}\n=${g.str(4, B64)}\n${DASH}END PGP ${"PRIVATE"} KEY BLOCK${DASH}`;

let n = 0;
const out: CorpusCase[] = [];
const add = (group: string, note: string, text: string) =>
  out.push({ id: `y65-k-${String(++n).padStart(3, "0")}`, kind: "secrets", category: `heldouty65-sec-${group}`, label: "positive", text, note });

add("keys", "RSA private key (PKCS#1) pasted into an LLM chat body, JSON-escaped", JSON.stringify({ model: "gpt-4.1-mini", messages: [{ role: "user", content: `ssh says bad permissions, this is deploy_key:\n\n${rsa()}\n\nhow do I fix?` }] }));
add("keys", "EC private key written by a write_file tool call", JSON.stringify({ type: "tool_use", id: `toolu_01${g.an(22)}`, name: "write_file", input: { path: "certs/server.key", content: ec() + "\n" } }));
add("keys", "PKCS#8 private key inside a GCP service-account JSON", JSON.stringify({ type: "service_account", project_id: "acme-prod-4821", private_key_id: g.hex(40), private_key: pkcs8() + "\n", client_email: "ci-deployer@acme-prod-4821.iam.gserviceaccount.com", client_id: g.str(21, "0123456789"), token_uri: "https://oauth2.googleapis.com/token" }, null, 2));
add("keys", "OpenSSH private key echoed by an MCP read_file result", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: ossh() + "\n" }] } }));
add("keys", "PGP private key block in a shell heredoc", `cat > /tmp/signing.asc <<'KEY'\n${pgp()}\nKEY\ngpg --batch --import /tmp/signing.asc`);
add("keys", "RSA private key in a Kubernetes Secret via YAML block scalar", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-origin\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${ec().split("\n").map((l) => "    " + l).join("\n")}\n`);
add("keys", "age secret key in a SOPS keys.txt pasted in chat", `# created: 2026-03-11T09:12:44Z\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${"AGE-SECRET-KEY-"}1${g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}`);
add("keys", "PKCS#8 key as escaped \\n string in a .env", `FIREBASE_PROJECT_ID=acme-web\nFIREBASE_CLIENT_EMAIL=firebase-adminsdk-x1@acme-web.iam.gserviceaccount.com\nFIREBASE_PRIVATE_KEY="${pkcs8().replace(/\n/g, "\\n")}\\n"`);
add("keys", "JWT signing secret in a Go test fixture", `func TestIssue(t *testing.T) {\n\tsigner := jwt.NewSigner([]byte("${g.str(64, HEX)}"))\n\ttok, err := signer.Issue(claims)\n\trequire.NoError(t, err)\n\t_ = tok\n}`);
add("auth", "basic auth credentials in a git remote URL from shell history", `  88  git remote -v\n  89  git remote set-url origin https://deploy-bot:${g.t("gh", "p_", [36, AN])}@github.com/acme/infra.git\n  90  git push origin main`);
add("auth", ".netrc with machine password", `machine api.heroku.com\n  login ops@acme.dev\n  password ${g.t("HR", "KU-AA", [58, URLB64])}\nmachine git.heroku.com\n  login ops@acme.dev\n  password ${g.t("HR", "KU-AA", [58, URLB64])}\n`);
add("data", ".pgpass line in a crash report", `FATAL: could not connect to server\nconfig dump:\n  PGPASSFILE=/home/app/.pgpass\n  contents: db-prod.internal:5432:orders:orders_rw:${g.an(26)}\n`);
add("devtools", ".npmrc auth token written via tool call", JSON.stringify({ name: "write_file", arguments: { path: ".npmrc", content: `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${g.t("gh", "p_", [36, AN])}\n//registry.npmjs.org/:_authToken=${g.t("np", "m_", [36, AN])}\n` } }));
add("devtools", "docker config.json auths (base64 user:token)", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: Buffer.from(`acmeci:${g.t("dc", "kr_pat_", [27, URLB64])}`).toString("base64") } } }, null, 2));
add("cloud", "Azure SAS URL in a curl upload", `curl -X PUT -T build.zip -H "x-ms-blob-type: BlockBlob" "https://acmeartifacts.blob.core.windows.net/releases/build.zip?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.str(43, B64) + "=")}"`);
add("ai", "OpenAI key inside a JSON-escaped pasted Python file in an Anthropic request", JSON.stringify({ model: "claude-opus-4-1", messages: [{ role: "user", content: [{ type: "text", text: esc(`client = OpenAI(api_key="${g.t("sk-", "proj-", [74, URLB64], "T3Blbk", "FJ", [74, URLB64])}")`) }] }] }));

export const cases: CorpusCase[] = out;
