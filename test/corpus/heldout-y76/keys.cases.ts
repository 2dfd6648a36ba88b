// heldout-y76: handcrafted positives — private key material and credential files. Built at run time.
import type { CorpusCase } from "../types.ts";
import { Gen, j, AN } from "./_gen.ts";

const g = new Gen(0x76e2);
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const pem = (label: string, bytes: number, head = "") => {
  const body = head + g.b64bytes(bytes);
  return [j("-----BEGIN ", label, "-----"), wrap(body), j("-----END ", label, "-----")].join("\n");
};
const esc = (s: string) => JSON.stringify(s);

const list: Array<[string, string, string]> = [];
const add = (group: string, note: string, text: string) => list.push([group, note, text]);

{ const k = pem(j("RSA PRIV", "ATE KEY"), 600, "MIIEowIBAAKCAQEA"); add("keys", "RSA private key pasted in chat body (JSON-escaped)", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `ssh keeps saying bad permissions on this key, can you check the format?\n\n${k}\n` }] })); }
{ const k = pem(j("OPENSSH PRIV", "ATE KEY"), 300, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"); add("keys", "OpenSSH private key written by a write_file tool call", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "deploy/id_ed25519", content: k + "\n" } })); }
{ const k = pem(j("EC PRIV", "ATE KEY"), 90, "MHcCAQEEI"); add("keys", "EC private key in a k8s Secret stringData", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: signer\nstringData:\n  signing.pem: |\n${k.split("\n").map((l) => "    " + l).join("\n")}\n`); }
{ const k = pem(j("PRIV", "ATE KEY"), 1190, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC"); add("keys", "GCP service account JSON (PKCS#8 private_key) in curl --data", `curl -X POST https://vault.internal/v1/secret/data/gcp \\\n  -H "X-Vault-Token: $VAULT_TOKEN" \\\n  --data '${JSON.stringify({ data: { type: "service_account", project_id: "acme-analytics", private_key_id: g.h(40), private_key: k + "\n", client_email: "etl@acme-analytics.iam.gserviceaccount.com", client_id: g.d(21) } })}'`); }
{ const k = pem(j("PGP PRIVATE ", "KEY BLOCK"), 900, "lQdGBGX"); add("keys", "PGP private key block in a CI log", `2026-11-30T08:01:12Z + echo "$GPG_PRIVATE_KEY" | gpg --batch --import\n2026-11-30T08:01:12Z ${k.split("\n").join("\n2026-11-30T08:01:12Z ")}\n2026-11-30T08:01:13Z gpg: key 3AA5C34371567BD2: secret key imported`); }
{ const k = pem(j("ENCRYPTED PRIV", "ATE KEY"), 1200, "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI"); const pw = g.a(20); add("keys", "encrypted PKCS#8 key with its passphrase in a Python snippet", `from cryptography.hazmat.primitives import serialization\n\nKEY_PASSPHRASE = b"${pw}"\nKEY_PEM = b"""${k}"""\n\nkey = serialization.load_pem_private_key(KEY_PEM, password=KEY_PASSPHRASE)\n`); }
{ const k = pem(j("RSA PRIV", "ATE KEY"), 1190, "MIIEpAIBAAKCAQEA"); add("keys", "RSA key as a one-line escaped env var in .env (JWT_PRIVATE_KEY)", `APP_URL=https://app.acme.io\nJWT_PRIVATE_KEY="${k.replace(/\n/g, "\\n")}"\nJWT_ISSUER=acme\n`); }
{ const k = pem(j("DSA PRIV", "ATE KEY"), 440, "MIIBuwIBAAKBgQ"); add("keys", "DSA private key in an MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: `$ cat ~/.ssh/legacy_dsa\n${k}\n` }] } })); }
add("cloud", "AWS credentials file pasted in a chat body", chat(`why does boto pick the wrong profile?\n\n~/.aws/credentials:\n[default]\naws_access_key_id = ${j("AK", "IA", g.b32(16))}\naws_secret_access_key = ${g.str(40, AN + "/+")}\n\n[prod]\naws_access_key_id = ${j("AK", "IA", g.b32(16))}\naws_secret_access_key = ${g.str(40, AN + "/+")}\nregion = eu-central-1`));
add("cloud", "AWS STS session credentials in a crash dump", `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x4a1f2c]\n\ngoroutine 1 [running]:\nmain.upload(0xc000120000, {AccessKeyID:${j("AS", "IA", g.b32(16))} SecretAccessKey:${g.str(40, AN + "/+")} SessionToken:${j("IQoJb3JpZ2luX2Vj", g.b64(300))} Source:EnvConfigCredentials})\n\t/src/cmd/uploader/main.go:71 +0x1a4`);
add("cloud", "Azure SAS URL in a shell command", `azcopy copy ./dist "https://acmeassets.blob.core.windows.net/web?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&${j("s", "ig=")}${encodeURIComponent(g.b64bytes(32))}" --recursive`);
add("auth", ".netrc pasted in a chat message", JSON.stringify({ text: `here's my ~/.netrc in case it matters:\nmachine api.heroku.com\n  login dev@acme.io\n  password ${j("HRK", "U-AA", g.b64u(58))}\nmachine git.acme.internal\n  login ci-bot\n  password ${g.a(28)}` }));
add("data", ".pgpass file written via a shell heredoc", `cat > ~/.pgpass <<'EOF2'\ndb-prod.acme.internal:5432:app:app_rw:${g.str(22, AN + "!%")}\nEOF2\nchmod 600 ~/.pgpass`);
add("devtools", ".npmrc with auth token in a Dockerfile", `FROM node:22-alpine\nWORKDIR /app\nRUN echo "//registry.npmjs.org/:${j("_auth", "Token=")}${j("np", "m_", g.a(36))}" > .npmrc\nCOPY package*.json ./\nRUN npm ci --omit=dev\n`);
add("devtools", "docker config.json auths in a tool result", JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from(j("acme-ci:", "gh", "p_", g.a(36))).toString("base64") }, "https://index.docker.io/v1/": { auth: Buffer.from(j("acmebot:", "dck", "r_pat_", g.b64u(27))).toString("base64") } } }, null, 2));
add("devtools", "git credential URL in a shell history", `  88  git remote set-url origin https://oauth2:${j("gl", "pat-", g.b64u(20))}@gitlab.com/acme/platform.git\n  89  git push origin main\n`);
add("cloud", "kubeconfig user token", `apiVersion: v1\nkind: Config\nclusters:\n- name: prod\n  cluster:\n    server: https://10.20.0.1:6443\nusers:\n- name: deployer\n  user:\n    token: ${g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", sub: "system:serviceaccount:ci:deployer" }).replace("HS256", "RS256")}\ncontexts:\n- name: prod\n  context: { cluster: prod, user: deployer }\ncurrent-context: prod\n`);
add("auth", "basic auth credentials in a URL in a Python requests call", `resp = requests.get("https://svc-reporting:${g.a(26)}@reports.acme.io/api/v1/export?format=csv", timeout=30)\n`);
add("auth", "HTTP Basic Authorization header (base64 user:password) in a HAR entry", JSON.stringify({ request: { method: "GET", url: "https://jenkins.acme.io/job/deploy/api/json", headers: [{ name: "Authorization", value: "Basic " + Buffer.from(j("deploy-bot:", g.a(22))).toString("base64") }, { name: "Accept", value: "application/json" }] } }, null, 2));
add("keys", "WireGuard private key in a wg0.conf", `[Interface]\nAddress = 10.8.0.2/24\n${j("Private", "Key")} = ${g.b64bytes(32)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.b64bytes(32)}\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0\n`);
add("keys", "Solana keypair JSON array written by a tool call", JSON.stringify({ name: "write_file", arguments: { path: "wallet/deployer.json", content: JSON.stringify(Array.from(g.bytes(64))) } }));

function chat(content: string) { return JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content }] }); }
void esc;

export const cases: CorpusCase[] = list.map(([group, note, text], i) => ({
  id: `y76-k-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty76-sec-${group}`,
  label: "positive",
  text,
  note,
}));
