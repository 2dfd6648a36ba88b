// heldout-y37 handcrafted positives: private key material and credential files whose shape
// does not fit the single-slot renderers (PEM blocks, SA JSON, .netrc, .pgpass, npmrc ...).
import type { CorpusCase } from "../types.ts";
import { AL, B64, HX, LO, R, URL64, j } from "./_gen.ts";

const r = new R(37201);
const B = "-----BEGIN ";
const E = "-----END ";
const D = "-----";
const pem = (label: string, lead: string, n: number) => `${B}${label}${D}\n${r.wrapped(n, 64, B64, lead)}\n${E}${label}${D}`;
const rsa = () => pem(j("RSA PRIVATE", " KEY"), "MIIEpAIBAAKCAQEA", 1580);
const ec = () => pem(j("EC PRIVATE", " KEY"), "MHcCAQEEI", 220);
const pkcs8 = () => pem(j("PRIVATE", " KEY"), "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 1620);
const openssh = () => pem(j("OPENSSH PRIVATE", " KEY"), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 340);

const cases0: Omit<CorpusCase, "id" | "kind">[] = [];
const add = (category: string, note: string, text: string) => cases0.push({ category: `heldouty37-sec-${category}`, label: "positive", note, text });

add("keys", "RSA private key (PKCS#1); slot deploy key; context: Anthropic tool_use write_file", JSON.stringify({ role: "assistant", content: [{ type: "tool_use", id: "toolu_01Xk", name: "write_file", input: { path: "deploy/id_rsa", content: rsa() + "\n" } }] }));
add("keys", "EC private key; slot TLS key; context: OpenAI chat body with pasted nginx ssl files", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: "nginx says key values mismatch. cert is fine, here's the key file:\n\n" + ec() + "\n\nwhat am I doing wrong?" }] }));
add("keys", "PKCS#8 private key; slot GCP service account JSON private_key; context: MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: JSON.stringify({ type: "service_account", project_id: "acme-prod-4411", private_key_id: r.s(40, HX), private_key: pkcs8() + "\n", client_email: "ci-deployer@acme-prod-4411.iam.gserviceaccount.com", client_id: r.s(21, "0123456789"), token_uri: "https://oauth2.googleapis.com/token" }, null, 2) }] } }));
add("keys", "OpenSSH private key; slot SSH_PRIVATE_KEY; context: GitHub Actions workflow with inline key", `name: deploy\non: push\njobs:\n  ship:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          mkdir -p ~/.ssh\n          cat > ~/.ssh/id_ed25519 <<'KEY'\n${openssh().split("\n").map((l) => "          " + l).join("\n")}\n          KEY\n          chmod 600 ~/.ssh/id_ed25519\n`);
add("keys", "PGP private key block; slot signing key; context: shell history gpg import", `  880  cat <<'EOF' | gpg --import\n${B}PGP PRIVATE KEY BLOCK${D}\n\n${r.wrapped(1400, 64, B64, "lQdGBGW")}\n=${r.s(4, B64)}\n${E}PGP PRIVATE KEY BLOCK${D}\nEOF\n  881  git config user.signingkey 4AF2C1D8`);
add("keys", "age secret key; slot SOPS_AGE_KEY; context: .env pasted in chat", `Can you check why sops can't decrypt? my env:\n\nSOPS_AGE_KEY=${j("AGE-SECRET", "-KEY-1", r.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))}\nSOPS_CONFIG=.sops.yaml`);
add("keys", "RSA private key in Kubernetes TLS Secret (stringData); context: kubectl apply via tool call", JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_k8s", type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `kubectl apply -f - <<'YAML'\napiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${rsa().split("\n").map((l) => "    " + l).join("\n")}\nYAML` }) } }] }));
add("keys", "PKCS#8 private key; slot JWT_PRIVATE_KEY (escaped \\n in .env); context: diff", `diff --git a/.env b/.env\n--- a/.env\n+++ b/.env\n@@ -1,2 +1,3 @@\n APP_URL=https://app.acme.io\n+JWT_PRIVATE_KEY="${pkcs8().replace(/\n/g, "\\n")}"\n SESSION_TTL=3600\n`);
add("auth", ".netrc machine password; context: MCP read_file result", JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: `machine api.heroku.com\n  login ops@acme.io\n  password ${j("HR", "KU-AA", r.s(58, URL64))}\nmachine git.acme.internal\n  login deploy\n  password ${r.s(24, AL)}\n` }] } }));
add("data", ".pgpass line; context: shell tool call cat output", `$ cat ~/.pgpass\ndb-prod.acme.internal:5432:orders:app_rw:${r.s(26, AL)}\nlocalhost:5432:*:postgres:postgres`);
add("devtools", ".npmrc with registry auth token; context: Dockerfile heredoc", `FROM node:22\nWORKDIR /app\nRUN echo "//registry.npmjs.org/:_authToken=${j("np", "m_", r.s(36, AL))}" > .npmrc && \\\n    echo "@acme:registry=https://npm.pkg.github.com" >> .npmrc\nCOPY . .\nRUN npm ci`);
add("devtools", "Docker config.json auth (base64 user:token); context: chat body", JSON.stringify({ model: "gpt-4.1-mini", messages: [{ role: "user", content: "push fails with denied. ~/.docker/config.json:\n" + JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from("acme-bot:" + j("gh", "p_", r.s(36, AL))).toString("base64") } } }, null, 2) }] }));
add("auth", "HTTP basic auth credentials in URL; context: git remote in CI log", `2026-11-30T09:01:12Z + git remote set-url origin https://deploy-bot:${j("gl", "pat-", r.s(20, URL64))}@gitlab.com/acme/platform.git\n2026-11-30T09:01:13Z + git push origin HEAD:main\n2026-11-30T09:01:15Z To gitlab.com:acme/platform.git`);
add("auth", "Authorization Basic header (base64 client_id:client_secret); context: curl -v dump", `* Connected to auth.acme.io (203.0.113.10) port 443\n> POST /oauth2/token HTTP/2\n> Host: auth.acme.io\n> authorization: Basic ${Buffer.from(`svc-reporting:${r.s(40, URL64)}`).toString("base64")}\n> content-type: application/x-www-form-urlencoded\n>\n< HTTP/2 200`);
add("cloud", "Azure Storage SAS URL with signature; context: Python code", `from azure.storage.blob import BlobClient\n\nblob = BlobClient.from_blob_url(\n    "https://acmebackups.blob.core.windows.net/db/nightly.bak?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=${encodeURIComponent(r.s(43, B64) + "=")}"\n)\nblob.upload_blob(open("nightly.bak", "rb"), overwrite=True)\n`);
add("keys", "WireGuard private key; slot PrivateKey; context: INI wg0.conf written by tool", JSON.stringify({ tool: "write_file", args: { path: "/etc/wireguard/wg0.conf", content: `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${r.s(43, B64)}=\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${r.s(43, B64)}=\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0\n` } }));
void LO;

export const cases: CorpusCase[] = cases0.map((c, i) => ({ id: `y37-k-${String(i + 1).padStart(3, "0")}`, kind: "secrets", ...c }));
