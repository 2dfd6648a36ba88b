// heldout-y151 positives (handcrafted): private key material, credential files and hard carriers
// (escaped JSON, base64, URL-encoded, split / wrapped values).
import type { CorpusCase } from "../types.ts";
import { Rng, j, contains, prose, AN } from "./_gen.ts";

const r = new Rng(151002);
const BEGIN = "-----BEG" + "IN ";
const END = "-----EN" + "D ";
const wrap = (s: string, w = 64) => s.match(new RegExp(`.{1,${w}}`, "g"))!.join("\n");
const b64 = (s: string | Uint8Array) => Buffer.from(s).toString("base64");

function pem(label: string, head: string, nBytes: number): { pem: string; body: string } {
  const body = head + r.b64bytes(nBytes);
  return { pem: `${BEGIN}${label}-----\n${wrap(body)}\n${END}${label}-----`, body: body.slice(0, 60) };
}
const rsa = () => pem("RSA PRIVATE" + " KEY", "MIIEpAIBAAKCAQEA", 1180);
const pkcs8 = () => pem("PRIVATE" + " KEY", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 1170);
const ec = () => pem("EC PRIVATE" + " KEY", "MHcCAQEEI", 110);
const openssh = () => pem("OPENSSH PRIVATE" + " KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 300);
const pgp = () => pem("PGP PRIVATE KEY" + " BLOCK", "lQVYBGV", 1800);

export const cases: CorpusCase[] = [];
let n = 0;
function add(cat: string, text: string, needle: string, note: string) {
  n++;
  const id = `y151-b-${String(n).padStart(3, "0")}`;
  contains(text, needle, id);
  cases.push({ id, kind: "secrets", category: `heldouty151-sec-${cat}`, label: "positive", text, note });
}
const jesc = (s: string) => JSON.stringify(s).slice(1, -1);

// ---------------- keys ----------------
{ const k = rsa(); add("keys", JSON.stringify({ type: "tool_use", id: `toolu_${r.an(24)}`, name: "write_file", input: { path: "deploy/keys/id_rsa", content: k.pem + "\n" } }), jesc(k.body), "RSA PEM in tool_use write_file (JSON-escaped)"); }
{ const k = openssh(); add("keys", `${prose(r)}\n\n~/.ssh/id_ed25519:\n\n${k.pem}\n`, k.body, "OpenSSH key pasted into chat"); }
{ const k = ec(); add("keys", `# tls/values.yaml\ningress:\n  tls:\n    key: |\n${k.pem.split("\n").map((l) => "      " + l).join("\n")}\n`, k.body, "EC key in Helm values block scalar"); }
{ const k = pkcs8(); const e = b64(k.pem); add("keys", `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nmetadata:\n  name: api-tls\ndata:\n  tls.crt: ${b64("cert placeholder")}\n  tls.key: ${e}\n`, e, "PKCS#8 key base64 in k8s TLS Secret"); }
{ const k = rsa(); add("keys", `import jwt\n\nPRIVATE_KEY = """${k.pem}"""\n\ntoken = jwt.encode(claims, PRIVATE_KEY, algorithm="RS256")\n`, k.body, "RSA key in Python triple-quoted string"); }
{ const k = openssh(); add("keys", `name: deploy\non: [push]\njobs:\n  ssh:\n    runs-on: ubuntu-latest\n    env:\n      SSH_PRIVATE_KEY: |\n${k.pem.split("\n").map((l) => "        " + l).join("\n")}\n    steps:\n      - run: ./deploy.sh\n`, k.body, "OpenSSH key inline in workflow env"); }
{ const k = pkcs8(); const flat = k.pem.replace(/\n/g, "\\n"); add("keys", `FIREBASE_PRIVATE_KEY="${flat}"\nFIREBASE_CLIENT_EMAIL=firebase-adminsdk-x1@myapp.iam.gserviceaccount.com`, k.body, "PKCS#8 key with literal \\n in .env"); }
{ const k = pkcs8(); const sa = { type: "service_account", project_id: `shop-${r.low(6)}`, private_key_id: r.hex(40), private_key: k.pem + "\n", client_email: `ci-runner@shop-${r.low(6)}.iam.gserviceaccount.com`, client_id: r.dig(21), token_uri: "https://oauth2.googleapis.com/token" }; add("keys", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `${prose(r)}\n\n${JSON.stringify(sa, null, 2)}` }] }), k.body.slice(0, 40), "GCP service-account JSON pasted into chat body"); }
{ const d = r.b64u(43); const jwk = { kty: "EC", crv: "P-256", x: r.b64u(43), y: r.b64u(43), d, kid: r.hex(16), use: "sig" }; add("keys", `// src/auth/keys.ts\nexport const signingJwk = ${JSON.stringify(jwk, null, 2)};\n`, d, "EC JWK with private d"); }
{ const d = r.b64u(342); const jwk = { kty: "RSA", n: r.b64u(342), e: "AQAB", d, p: r.b64u(171), q: r.b64u(171), dp: r.b64u(171), dq: r.b64u(171), qi: r.b64u(171) }; add("keys", JSON.stringify({ keys: [jwk] }), d, "RSA JWK set with private members"); }
{ const a = j("AGE-SECRET", "-KEY-1", r.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")); add("keys", `# created: 2026-10-02T11:04:12Z\n# public key: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${a}\n`, a, "age identity file"); }
{ const k = pgp(); add("keys", `gpg --import <<'EOF'\n${k.pem}\nEOF\ngit config --global user.signingkey ${r.HEX(16)}`, k.body, "PGP private key heredoc"); }
{ const k = ec(); const e = b64(k.pem); add("keys", `apiVersion: v1\nkind: Config\nclusters:\n- name: prod\n  cluster:\n    server: https://10.20.0.1:6443\n    certificate-authority-data: ${b64("ca")}\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${b64("crt-" + r.an(20))}\n    client-key-data: ${e}\ncontexts:\n- name: prod\n  context: {cluster: prod, user: admin}\ncurrent-context: prod\n`, e, "kubeconfig client-key-data"); }
{ const k = rsa(); add("keys", `resource "tls_private_key" "bastion" {}\n\n# terraform show -json (excerpt)\n${JSON.stringify({ values: { private_key_pem: k.pem + "\n", algorithm: "RSA" } })}`, jesc(k.body), "RSA key in terraform state JSON"); }
{ const k = openssh(); add("keys", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `$ cat ~/.ssh/deploy_key\n${k.pem}\n` }] } }), jesc(k.body), "OpenSSH key in MCP tool result"); }
{ const k = rsa(); add("keys", `${prose(r)}\n\n\`\`\`\n$ heroku config:set JWT_PRIVATE_KEY="${k.pem}"\n\`\`\``, k.body, "RSA key in heroku config:set"); }
{ const k = pkcs8(); add("keys", `<?php\n$privateKey = <<<KEY\n${k.pem}\nKEY;\n$jwt = JWT::encode($payload, $privateKey, 'RS256');\n`, k.body, "PKCS#8 key in PHP heredoc"); }
{ const k = ec(); add("keys", `let pem = """\n${k.pem}\n"""\nlet key = try P256.Signing.PrivateKey(pemRepresentation: pem)\n`, k.body, "EC key in Swift source (APNs)"); }
{ const k = pem("ENCRYPTED PRIVATE" + " KEY", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI", 1250); const pw = r.an(16); add("keys", `openssl pkey -in server.key -passin pass:${pw} -out plain.key\n\nserver.key:\n${k.pem}`, pw, "encrypted PKCS#8 with its passphrase on the command line"); }
{ const k = rsa(); const e = encodeURIComponent(k.pem); add("keys", `POST /api/settings HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nname=deploy&ssh_key=${e}`, e.slice(0, 80), "RSA key URL-encoded in form body"); }
{ const k = openssh(); const e = b64(k.pem); add("keys", `SSH_KEY_B64=${e}\n# decoded in entrypoint: echo "$SSH_KEY_B64" | base64 -d > ~/.ssh/id_ed25519`, e, "OpenSSH key base64 in env"); }
{ const k = pkcs8(); add("keys", `2026-11-19 03:12:45,881 DEBUG signer: loaded key material\n${k.pem}\n2026-11-19 03:12:45,902 INFO signer ready`, k.body, "PKCS#8 key dumped in a log"); }
{ const k = rsa(); add("keys", `diff --git a/certs/server.key b/certs/server.key\nnew file mode 100644\nindex 0000000..${r.hex(7)}\n--- /dev/null\n+++ b/certs/server.key\n@@ -0,0 +1,27 @@\n${k.pem.split("\n").map((l) => "+" + l).join("\n")}\n`, k.body, "RSA key added in a diff"); }
{ const seed = r.b64bytes(32); add("keys", `# Solana / ed25519 signer seed\nSIGNER_PRIVATE_KEY_BASE64=${seed}\nSIGNER_PUBLIC_KEY=${r.b64bytes(32)}`, seed, "ed25519 seed in env slot"); }
{ const hex = r.hex(64); add("keys", JSON.stringify({ role: "user", content: `deploy script:\nconst wallet = new ethers.Wallet("0x${hex}", provider);` }), hex, "Ethereum private key in chat"); }
{ const k = pem("DSA PRIVATE" + " KEY", "MIIBuwIBAAKBgQ", 420); add("keys", `- name: install legacy host key\n  copy:\n    dest: /etc/ssh/ssh_host_dsa_key\n    content: |\n${k.pem.split("\n").map((l) => "      " + l).join("\n")}\n`, k.body, "DSA key in Ansible copy task"); }
{ const k = pem("PRIVATE" + " KEY", "MC4CAQAwBQYDK2VwBCIEI", 32); add("keys", `const key = crypto.createPrivateKey(\`${k.pem}\`);\n`, k.body, "ed25519 PKCS#8 in JS template literal"); }
{ const k = pem("PRIVATE" + " KEY", "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg", 90); add("keys", JSON.stringify({ apple: { teamId: r.up(10), keyId: r.up(10), privateKey: k.pem } }), jesc(k.body), "Apple .p8 key in JSON config"); }

// ---------------- credential files ----------------
{ const t = j("np", "m_", r.an(36)); add("devtools", `//registry.npmjs.org/:_authToken=${t}\n@acme:registry=https://npm.pkg.github.com\nalways-auth=true\n`, t, ".npmrc authToken"); }
{ const p = r.an(22); add("devtools", `machine api.heroku.com\n  login dev@example.com\n  password ${j(r.hex(8), "-", r.hex(4), "-", r.hex(4), "-", r.hex(4), "-", r.hex(12))}\nmachine git.internal.example.com\n  login ci\n  password ${p}\n`, p, ".netrc"); }
{ const p = r.an(20); add("data", `# ~/.pgpass\ndb.prod.internal:5432:orders:app_rw:${p}\nlocalhost:5432:*:postgres:postgres\n`, p, ".pgpass"); }
{ const au = b64(`ci-bot:${r.an(24)}`); add("devtools", JSON.stringify({ auths: { "registry.gitlab.com": { auth: au }, "https://index.docker.io/v1/": { auth: b64("deploy:" + j("dc", "kr_pat_", r.b64u(27))) } } }, null, 2), au, "docker config.json auths"); }
{ const sk = r.str(40, AN + "/+"); add("cloud", `[default]\naws_access_key_id = ${j("AK", "IA", r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}\naws_secret_access_key = ${sk}\nregion = ap-southeast-2\n`, sk, "~/.aws/credentials"); }
{ const t = j("gh", "p_", r.an(36)); add("devtools", `https://octo-ci:${t}@github.com\n`, t, ".git-credentials"); }
{ const p = r.an(18); add("data", `[client]\nuser=backup\npassword=${p}\nhost=mysql-primary.internal\n`, p, "~/.my.cnf"); }
{ const t = j("pypi-", "AgEIcHlwaS5vcmc", r.b64u(120)); add("devtools", `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${t}\n`, t, ".pypirc"); }
// ---------------- hard carriers ----------------
{ const a = j("sk", "-ant-", "api03-"), b = r.b64u(93) + "AA"; add("ai", `const key = "${a}" +\n  "${b.slice(0, 50)}" +\n  "${b.slice(50)}";`, b.slice(0, 50), "Anthropic key split across concatenated literals"); }
{ const t = j("xo", "xb-", r.dig(12), "-", r.dig(13), "-", r.an(24)); const e = encodeURIComponent(JSON.stringify({ token: t })); add("comms", `https://bot.example.dev/install?state=${e}`, e, "Slack token in URL-encoded JSON state"); }
{ const t = j("s", "k_", "live_", "51", r.an(97)); const e = b64(JSON.stringify({ stripe: { secret: t } })); add("payment", JSON.stringify({ role: "tool", tool_call_id: `call_${r.an(24)}`, content: `config blob: ${e}` }), e, "Stripe key inside base64 JSON in tool output"); }
{ const t = j("gl", "pat-", r.b64u(20)); const dbl = JSON.stringify(JSON.stringify({ cmd: `git clone https://oauth2:${t}@gitlab.com/acme/infra.git` })); add("devtools", `{"tool":"bash","arguments":${dbl}}`, t, "GitLab token double-escaped in tool args"); }
{ const t = j("sk", "-proj-", r.b64u(74), "T3Blbk", "FJ", r.b64u(74)); const w = wrap(t, 40); add("ai", `OPENAI_API_KEY=\\\n${w.split("\n").join("\\\n")}`, t.slice(0, 40), "OpenAI key wrapped with line continuations"); }
{ const t = j("AI", "za", r.b64u(35)); const hexd = Buffer.from(`GOOGLE_API_KEY=${t}`).toString("hex"); add("cloud", `printf '%s' ${hexd} | xxd -r -p >> .env`, hexd, "Google API key hex-encoded"); }
