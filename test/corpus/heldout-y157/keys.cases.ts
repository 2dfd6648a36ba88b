// Key material and credential files, handcrafted carriers. Seed 157002.
import type { CorpusCase } from "../types.ts";
import { AN, LOW, URLS, Rng, j } from "./_gen.ts";

const r = new Rng(157002);
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const B = "-----BEGIN ", E = "-----END ", D = "-----";
const pem = (label: string, head: string, n: number) => `${B}${label}${D}\n${wrap(head + Buffer.from(r.bytes(n)).toString("base64"))}\n${E}${label}${D}`;

type K = { name: string; body: string };
const keys: (() => K)[] = [
  () => ({ name: "RSA private key (PKCS#1)", body: pem("RSA PRIVATE KEY", j("MIIEo", "wIBAAKCAQEA"), 1180) }),
  () => ({ name: "PKCS#8 private key", body: pem("PRIVATE KEY", j("MIIEvg", "IBADANBgkqhkiG9w0BAQEFAASC"), 1190) }),
  () => ({ name: "EC private key", body: pem("EC PRIVATE KEY", j("MHcC", "AQEEI"), 110) }),
  () => ({ name: "OpenSSH private key", body: `${B}OPENSSH PRIVATE KEY${D}\n${wrap(j("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", "QyNTUxOQAAACD") + Buffer.from(r.bytes(300)).toString("base64"), 70)}\n${E}OPENSSH PRIVATE KEY${D}` }),
  () => ({ name: "Ed25519 PKCS#8", body: pem("PRIVATE KEY", j("MC4CAQAw", "BQYDK2VwBCIEI"), 32) }),
  () => ({ name: "Encrypted PKCS#8", body: pem("ENCRYPTED PRIVATE KEY", j("MIIFHDBOBgkqhkiG9w0BBQ0w", "QTApBgkqhkiG9w0BBQwwHAQI"), 1250) }),
  () => ({ name: "PGP private key block", body: `${B}PGP PRIVATE KEY BLOCK${D}\n\n${wrap(j("lQdGBG", r.s(4)) + Buffer.from(r.bytes(900)).toString("base64"))}\n=${r.s(4, AN)}\n${E}PGP PRIVATE KEY BLOCK${D}` }),
  () => ({ name: "DSA private key", body: pem("DSA PRIVATE KEY", j("MIIBuw", "IBAAKBgQ"), 420) }),
];

const JWK = () => { const b = (n: number) => Buffer.from(r.bytes(n)).toString("base64url"); return JSON.stringify({ kty: "EC", crv: "P-256", kid: r.hex(8), x: b(32), y: b(32), d: b(32) }, null, 2); };
const JWK_RSA = () => { const b = (n: number) => Buffer.from(r.bytes(n)).toString("base64url"); return JSON.stringify({ keys: [{ kty: "RSA", kid: r.hex(16), use: "sig", n: b(256), e: "AQAB", d: b(256), p: b(128), q: b(128), dp: b(128), dq: b(128), qi: b(128) }] }); };
const SA = () => { const k = pem("PRIVATE KEY", j("MIIEvQ", "IBADANBgkqhkiG9w0BAQEFAASC"), 1190); return JSON.stringify({ type: "service_account", project_id: "acme-ml-prod", private_key_id: r.hex(40), private_key: k + "\n", client_email: "trainer@acme-ml-prod.iam.gserviceaccount.com", client_id: r.s(21, "0123456789"), token_uri: "https://oauth2.googleapis.com/token" }, null, 2); };

type C = { text: string; needle: string; ctx: string };
const carriers: ((k: string, name: string) => C)[] = [
  (k) => ({ text: JSON.stringify({ type: "tool_use", id: "toolu_01X", name: "write_file", input: { path: "deploy/keys/id_deploy", content: k + "\n" } }), needle: JSON.stringify(k.split("\n")[1]).slice(1, -1), ctx: "tool_use write_file (JSON-escaped)" }),
  (k) => ({ text: `cat > ~/.ssh/id_deploy <<'EOF'\n${k}\nEOF\nchmod 600 ~/.ssh/id_deploy`, needle: k.split("\n")[1]!, ctx: "shell heredoc" }),
  (k) => { const b = Buffer.from(k).toString("base64"); return { text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-signing\ntype: Opaque\ndata:\n  signing.key: ${b}`, needle: b, ctx: "k8s secret base64 of PEM" }; },
  (k, n) => ({ text: JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `Este ${n} no funciona con mi servidor, ¿qué está mal?\n\n${k}` }] }), needle: JSON.stringify(k.split("\n")[2]).slice(1, -1), ctx: "openai chat paste (Spanish)" }),
  (k) => { const esc = k.replace(/\n/g, "\\n"); return { text: `JWT_PRIVATE_KEY="${esc}"\nJWT_ISSUER=https://auth.example.com`, needle: esc.slice(0, 120), ctx: ".env with \\n-escaped PEM" }; },
  (k) => ({ text: JSON.stringify({ version: 4, resources: [{ type: "tls_private_key", name: "ci", instances: [{ attributes: { algorithm: "RSA", private_key_pem: k + "\n" } }] }] }, null, 2), needle: JSON.stringify(k.split("\n")[1]).slice(1, -1), ctx: "terraform state" }),
  (k) => ({ text: `diff --git a/certs/server.key b/certs/server.key\nnew file mode 100644\n--- /dev/null\n+++ b/certs/server.key\n@@ -0,0 +1,${k.split("\n").length} @@\n${k.split("\n").map((l) => "+" + l).join("\n")}`, needle: k.split("\n")[1]!, ctx: "diff adding key" }),
  (k) => ({ text: `この鍵でサーバーに接続できません。\n\`\`\`\n${k}\n\`\`\``, needle: k.split("\n")[1]!, ctx: "chat paste (Japanese)" }),
];

const out: CorpusCase[] = [];
let n = 0;
const add = (category: string, text: string, needle: string, note: string) => {
  if (!text.includes(needle)) throw new Error(`needle missing ${note}`);
  n++;
  out.push({ id: `y157-k-157-${String(n).padStart(3, "0")}`, kind: "secrets", category, label: "positive", text, note });
};

for (let i = 0; i < 20; i++) {
  const kk = keys[i % keys.length]!();
  const c = carriers[(i * 3 + 1) % carriers.length]!(kk.body, kk.name);
  add("heldouty157-sec-keys", c.text, c.needle, `${kk.name} / ${c.ctx}`);
}
{ const jw = JWK(); const d = JSON.parse(jw).d as string; add("heldouty157-sec-keys", `// src/auth/keys.ts\nexport const SIGNING_JWK = ${jw};`, d, "EC JWK with d / TS module"); }
{ const jw = JWK_RSA(); const d = JSON.parse(jw).keys[0].d as string; add("heldouty157-sec-keys", JSON.stringify({ jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "upload_file", arguments: { path: "jwks-private.json", content: jw } } }), d.slice(0, 40), "RSA JWK set with private members / MCP tools/call"); }
{ const sa = SA(); const b = Buffer.from(sa).toString("base64"); add("heldouty157-sec-keys", `gcloud secrets versions add sa-key --data-file=- <<< "$(echo '${b}' | base64 -d)"`, b, "GCP service account JSON base64 / shell"); }
{ const sa = SA(); const pk = JSON.parse(sa).private_key as string; add("heldouty157-sec-keys", `Voici mon fichier de compte de service, l'authentification échoue :\n${sa}`, JSON.stringify(pk.split("\n")[1]).slice(1, -1), "GCP service account JSON / chat (French)"); }
{ const v = j("AGE-SECRET-", "KEY-1", r.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")); add("heldouty157-sec-keys", `# created: 2026-11-02T10:11:12Z\n# public key: age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${v}`, v, "age identity file"); }
{ const v = Buffer.from(r.bytes(32)).toString("base64"); add("heldouty157-sec-keys", `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${v}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${Buffer.from(r.bytes(32)).toString("base64")}\nEndpoint = vpn.example.com:51820\nAllowedIPs = 0.0.0.0/0`, v, "WireGuard config"); }
{ const v = Buffer.from(r.bytes(1200)).toString("base64"); add("heldouty157-sec-keys", `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy@ci\nPublic-Lines: 6\n${wrap(Buffer.from(r.bytes(270)).toString("base64"))}\nPrivate-Lines: 14\n${wrap(v)}\nPrivate-MAC: ${r.hex(64)}`, wrap(v).split("\n")[0]!, "PuTTY ppk"); }
{ const kk = keys[0]!(); const b = Buffer.from(kk.body).toString("base64"); add("heldouty157-sec-keys", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.0.0.1:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${Buffer.from(r.bytes(600)).toString("base64")}\n    client-key-data: ${b}\ncontexts:\n- context: {cluster: prod, user: admin}\n  name: prod`, b, "kubeconfig client-key-data"); }
{ const v = r.hex(64); add("heldouty157-sec-keys", `const wallet = new ethers.Wallet("0x${v}", provider);\nawait wallet.sendTransaction({ to, value });`, v, "ethereum private key / ethers"); }
{ const v = j("xprv", "9s21ZrQH143K", r.s(99, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")); add("heldouty157-sec-keys", `BIP32_ROOT=${v}\nNETWORK=mainnet`, v, "bitcoin xprv / env"); }

// credential files (categorised by what they unlock)
{ const v = j("np", "m_", r.s(36)); add("heldouty157-sec-devtools", `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${v}\nalways-auth=true`, v, ".npmrc"); }
{ const v = r.s(20); add("heldouty157-sec-auth", `machine api.heroku.com\n  login deploy@example.com\n  password ${v}\nmachine git.example.com\n  login ci\n  password ${r.s(24)}`, v, ".netrc"); }
{ const v = r.s(22); add("heldouty157-sec-data", `# ~/.pgpass\ndb.prod.internal:5432:orders:orders_rw:${v}\n*:5432:*:readonly:${r.s(16)}`, v, ".pgpass"); }
{ const v = j("eyJhbGciOiJSUzI1NiIsImtpZCI6Ij", r.s(20, URLS), ".", Buffer.from(JSON.stringify({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", sub: "system:serviceaccount:ci:deployer" })).toString("base64url"), ".", r.s(342, URLS)); add("heldouty157-sec-cloud", `apiVersion: v1\nkind: Config\nusers:\n- name: deployer\n  user:\n    token: ${v}\nclusters:\n- name: eks\n  cluster:\n    server: https://ABC.gr7.eu-west-1.eks.amazonaws.com`, v, "kubeconfig bearer token"); }
{ const pw = j("dck", "r_pat_", r.s(27, URLS)); const a = Buffer.from(`acmebot:${pw}`).toString("base64"); add("heldouty157-sec-devtools", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: a } } }, null, 2), a, "docker config.json auth"); }
{ const v = j("gh", "p_", r.s(36)); add("heldouty157-sec-devtools", `$ cat ~/.git-credentials\nhttps://octo-bot:${v}@github.com`, v, ".git-credentials"); }
{ const v = r.s(40, AN + "/+"); add("heldouty157-sec-cloud", `[default]\naws_access_key_id = ${j("AK", "IA", r.s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}\naws_secret_access_key = ${v}\n\n[staging]\nregion = us-west-2`, v, "~/.aws/credentials"); }
{ const v = j("1/", "/0g", r.s(100, URLS)); add("heldouty157-sec-auth", JSON.stringify({ client_id: "32555940559.apps.googleusercontent.com", client_secret: j("GOC", "SPX-", r.s(28, URLS)), refresh_token: v, type: "authorized_user" }, null, 2), v, "gcloud application_default_credentials.json"); }
{ const v = j("pypi-", "AgEIcHlwaS5vcmc", r.s(140, URLS)); add("heldouty157-sec-devtools", `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${v}`, v, ".pypirc"); }
{ const v = r.s(18); add("heldouty157-sec-devtools", `<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deployment</username>\n      <password>${v}</password>\n    </server>\n  </servers>\n</settings>`, v, "maven settings.xml"); }
{ const v = j("gl", "pat-", r.s(20, URLS)); add("heldouty157-sec-devtools", JSON.stringify({ "gitlab-token": { "gitlab.example.com": v }, "http-basic": { "repo.packagist.com": { username: "token", password: r.hex(40) } } }, null, 4), v, "composer auth.json"); }
{ const v = r.s(40, AN + "/+"); add("heldouty157-sec-cloud", `[access_key]\n[default]\naccess_key = ${j("AK", "IA", r.s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}\nsecret_key = ${v}\nhost_base = s3.amazonaws.com`, v, ".s3cfg"); }
{ const v = r.s(22); add("heldouty157-sec-data", `define( 'DB_NAME', 'wp_shop' );\ndefine( 'DB_USER', 'wp_shop' );\ndefine( 'DB_PASSWORD', '${v}' );\ndefine( 'DB_HOST', 'localhost' );`, v, "wp-config.php"); }
{ const v = r.s(20); add("heldouty157-sec-data", `[client]\nuser=backup\npassword="${v}"\nhost=mysql-primary`, v, ".my.cnf"); }
{ const v = r.s(32, LOW); add("heldouty157-sec-data", `bind 0.0.0.0\nport 6379\nrequirepass ${v}\nmaxmemory 2gb`, v, "redis.conf"); }
{ const v = r.s(24); add("heldouty157-sec-payment", `Hola, ¿por qué falla el webhook? Mi código:\n\`\`\`python\nstripe.api_key = "${j("sk", "_live_")}" + "${v}"\n\`\`\``, v, "Stripe key split across string concat / chat (Spanish)"); }
{ const v = j("xo", "xb-", r.s(12, "0123456789"), "-", r.s(13, "0123456789"), "-", r.s(24)); const u = Array.from(v).map((c) => "%" + c.charCodeAt(0).toString(16).padStart(2, "0")).join(""); add("heldouty157-sec-comms", `GET /proxy?target=https%3A%2F%2Fslack.com%2Fapi%2Fchat.postMessage&token=${u}`, u, "Slack bot token fully percent-encoded"); }
{ const v = j("sk-", "proj-", r.s(74, URLS), "T3Blbk", "FJ", r.s(74, URLS)); const rev = wrap(v, 40); add("heldouty157-sec-ai", `OPENAI_API_KEY="${rev.split("\n").join("\\\n")}"`, rev.split("\n")[0]!, "OpenAI key wrapped with backslash-newline continuations"); }
{ const v = j("AI", "za", r.s(35, URLS)); const b = Buffer.from(JSON.stringify({ apiKey: v, project: "acme-maps-backend" })).toString("base64"); add("heldouty157-sec-cloud", `X-Config: ${b}\nX-Env: production`, b, "GCP API key in base64 JSON header"); }
{ const v = j("hf", "_", r.s(34)); add("heldouty157-sec-ai", `{"text":"${JSON.stringify(JSON.stringify({ env: { HF_TOKEN: v } })).slice(1, -1)}"}`, v, "HF token double-escaped JSON"); }

export const cases = out;
