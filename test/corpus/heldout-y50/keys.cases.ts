// Handcrafted private key material and multi-part credentials (seed 50401).
import type { CorpusCase } from "../types.ts";
import { ALNUM, Gen, j } from "./_gen.ts";

const g = new Gen(50401);
const B = ALNUM + "+/";
const lines = (n: number, last: number) => [...Array.from({ length: n }, () => g.s(64, B)), g.s(last, B)].join("\n");
const pem = (label: string, first: string, n: number) => j("-----BEGIN ", label, " KEY-----\n", first, g.s(64 - first.length, B), "\n", lines(n, 40), "=\n-----END ", label, " KEY-----");
const out: CorpusCase[] = [];
let n = 0;
const add = (category: string, text: string, note: string) => {
  n++;
  out.push({ id: `y50-k-${String(n).padStart(3, "0")}`, kind: "secrets", category: `heldouty50-sec-${category}`, label: "positive", text, note });
};

add("keys", JSON.stringify({ type: "tool_use", id: `toolu_01${g.s(22, ALNUM)}`, name: "write_file", input: { path: "certs/server.key", content: pem("EC PRIVATE", "MHcCAQEEI", 2) + "\n" } }), "EC private key (PEM) in tool_use write_file");
add("keys", `$ cat ~/.ssh/id_ed25519\n${j("-----BEGIN OPENSSH ", "PRIVATE KEY-----\n", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n", "QyNTUxOQAAACA", g.s(51, B), "\n", g.s(70, B), "\n", g.s(70, B), "\n", g.s(24, B), "=\n-----END OPENSSH ", "PRIVATE KEY-----")}\n$ `, "OpenSSH ed25519 private key in terminal output");
add("keys", JSON.stringify({ type: "service_account", project_id: "acme-data-prod", private_key_id: g.hex(40), private_key: pem("PRIVATE", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC", 5) + "\n", client_email: "etl-runner@acme-data-prod.iam.gserviceaccount.com", client_id: g.digits(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2), "GCP service account JSON private_key");
add("keys", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.0.0.1:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${g.b64(90)}\n    client-key-data: ${Buffer.from(pem("RSA PRIVATE", "MIIEowIBAAKCAQEA", 4)).toString("base64")}\n`, "kubeconfig client-key-data (base64 PEM)");
add("keys", j("-----BEGIN PGP ", "PRIVATE KEY BLOCK-----\n\n", "lQOYBGW", g.s(57, B), "\n", lines(5, 30), "\n=", g.s(4, B), "\n-----END PGP ", "PRIVATE KEY BLOCK-----\n"), "PGP private key block pasted raw");
add("keys", `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy@build\nPublic-Lines: 2\n${j("AAAAB3NzaC1yc2EAAAADAQABAAABAQ", g.s(34, B))}\n${g.s(64, B)}\nPrivate-Lines: 3\n${j("AAABAQ", g.s(58, B))}\n${g.s(64, B)}\n${g.s(40, B)}\nPrivate-MAC: ${g.hex(64)}\n`, "PuTTY private key file");
add("keys", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `nginx won't start, here's ssl config:\n\nssl_certificate /etc/nginx/cert.pem;\nssl_certificate_key /etc/nginx/key.pem;\n\n$ cat /etc/nginx/key.pem\n${pem("PRIVATE", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 4)}\n` }] }), "PKCS#8 private key in chat body (JSON-escaped)");
add("keys", `import jwt\n\nPRIVATE_KEY = """${pem("RSA PRIVATE", "MIIEpQIBAAKCAQEA", 5)}"""\n\ntoken = jwt.encode({"sub": "svc"}, PRIVATE_KEY, algorithm="RS256")\n`, "RSA private key in Python code");
add("keys", `# GitHub App\nGITHUB_APP_ID=${g.range(100000, 999999)}\nGITHUB_APP_PRIVATE_KEY="${pem("RSA PRIVATE", "MIIEowIBAAKCAQEA", 3).replace(/\n/g, "\\n")}"\n`, "GitHub App private key in .env (escaped newlines)");
add("auth", `machine api.heroku.com\n  login ops@acme.dev\n  password ${g.uuid()}\nmachine git.heroku.com\n  login ops@acme.dev\n  password ${g.uuid()}\n`, "Heroku credentials in .netrc");
add("data", `db-prod.internal:5432:orders:app_rw:${g.s(22, ALNUM)}\nreplica.internal:5432:*:readonly:${g.s(18, ALNUM)}\n`, "Postgres .pgpass passwords");
add("devtools", JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from(`ci-bot:${j("gh", "p_", g.s(36, ALNUM))}`).toString("base64") } } }, null, 2), "docker config.json auth (base64 user:GitHub PAT)");

export const cases: CorpusCase[] = out;
