// heldout-y34: handcrafted key material and credential files (shapes need their own framing).
import type { CorpusCase } from "../types.ts";
import { Gen } from "./_gen.ts";

const g = new Gen(0x34c0_0003);
const out: CorpusCase[] = [];
let n = 0;
const add = (category: string, note: string, text: string) => {
  n++;
  out.push({ id: `y34-k-${String(n).padStart(3, "0")}`, kind: "secrets", category: `heldouty34-sec-${category}`, label: "positive", text, note });
};
const BEGIN = "-----BEGIN ";
const PRIV = "PRIVATE KEY-----";

const rsa = g.pem("RSA " + "PRIVATE KEY", 24);
add("keys", "RSA private key (PKCS#1) in Anthropic tool_use write_file", JSON.stringify({
  type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file",
  input: { path: "deploy/keys/app.pem", content: rsa + "\n" } }, null, 2));

const ec = [BEGIN + "EC " + PRIV, g.b64(64), g.b64(64), g.b64(40) + "==", "-----END EC " + PRIV].join("\n");
add("keys", "EC private key pasted in chat body (JSON-escaped)", JSON.stringify({
  model: "gpt-4.1", messages: [{ role: "user", content: `why does openssl say "unable to load key"? the key file is:\n\n${ec}\n` }] }));

const ossh = [BEGIN + "OPENSSH " + PRIV, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", g.b64(70), g.b64(70), g.b64(70), g.b64(46) + "=", "-----END OPENSSH " + PRIV].join("\n");
add("keys", "OpenSSH private key written via shell heredoc tool call", JSON.stringify({
  tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "bash",
    arguments: JSON.stringify({ command: `mkdir -p ~/.ssh && cat > ~/.ssh/id_ed25519 <<'KEY'\n${ossh}\nKEY\nchmod 600 ~/.ssh/id_ed25519` }) } }] }, null, 2));

const pk8 = g.pem(PRIV.replace("-----", ""), 16);
add("keys", "PKCS#8 private key in k8s Secret stringData (TLS)", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${pk8.split("\n").map((l) => "    " + l).join("\n")}\n`);

add("keys", "PGP private key block in CI log (gpg import step)", `2026-11-20T10:02:11.102Z ##[group]Run echo "$GPG_KEY" | gpg --import\n2026-11-20T10:02:11.104Z echo "${BEGIN}PGP ${PRIV.replace("KEY", "KEY BLOCK")}\n\n${g.b64(64)}\n${g.b64(64)}\n${g.b64(64)}\n${g.b64(64)}\n=${g.b64(4)}\n-----END PGP PRIVATE KEY BLOCK-----" | gpg --import\n2026-11-20T10:02:11.391Z gpg: key ${g.H(16)}: secret key imported`);

const saKey = g.pem(PRIV.replace("-----", ""), 20).replace(/\n/g, "\\n");
add("cloud", "GCP service account JSON (private_key) in MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text",
  text: `{\n  "type": "service_account",\n  "project_id": "acme-prod-${g.d(6)}",\n  "private_key_id": "${g.h(40)}",\n  "private_key": "${saKey}\\n",\n  "client_email": "deployer@acme-prod.iam.gserviceaccount.com",\n  "client_id": "${g.d(21)}",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}` }] } }, null, 2));

add("keys", "age secret key in keys.txt shown by cat in shell output", `$ cat ~/.config/sops/age/keys.txt\n# created: 2026-10-02T11:20:44Z\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${"AGE-SECRET-" + "KEY-1"}${g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}`);

add("keys", "kubeconfig client-key-data (base64 PEM) in YAML", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.0.12.4:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${Buffer.from(g.pem("CERTIFICATE", 6)).toString("base64")}\n    client-key-data: ${Buffer.from(g.pem("RSA " + "PRIVATE KEY", 12)).toString("base64")}\n`);

add("auth", ".netrc with machine password in write_file tool call", JSON.stringify({ name: "write_file", input: { path: "/home/ci/.netrc",
  content: `machine api.heroku.com\n  login ops@acme.io\n  password ${g.uuid()}\nmachine git.acme.internal\n  login deploy\n  password ${g.a(24)}\n` } }, null, 2));

add("data", ".pgpass line in shell history", `  311  echo 'db-prod.acme.internal:5432:app:app_owner:${g.str(22, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789!%")}' >> ~/.pgpass\n  312  chmod 600 ~/.pgpass\n  313  psql -h db-prod.acme.internal -U app_owner app`);

add("devtools", "basic auth in git remote URL (GitLab PAT) in CI log", `$ git remote -v\norigin\thttps://oauth2:${"gl" + "pat-" + g.b64u(20)}@gitlab.com/acme/platform.git (fetch)\norigin\thttps://oauth2:[MASKED]@gitlab.com/acme/platform.git (push)`);

add("keys", "PuTTY private key file in chat body", JSON.stringify({ role: "user", content:
  `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy@bastion\nPublic-Lines: 2\n${g.b64(64)}\n${g.b64(40)}\nPrivate-Lines: 3\n${g.b64(64)}\n${g.b64(64)}\n${g.b64(30)}\nPrivate-MAC: ${g.h(64)}\n\nhow do I convert this to openssh?` }));

add("keys", "WireGuard PrivateKey in wg0.conf diff", `--- /dev/null\n+++ b/infra/wg0.conf\n@@ -0,0 +1,8 @@\n+[Interface]\n+Address = 10.8.0.1/24\n+ListenPort = 51820\n+PrivateKey = ${g.b64(43)}=\n+\n+[Peer]\n+PublicKey = ${g.b64(43)}=\n+AllowedIPs = 10.8.0.2/32`);

add("auth", "HMAC webhook signing secret in Go test fixture", `func TestVerifySignature(t *testing.T) {\n\tsecret := []byte("${g.h(64)}")\n\tbody := []byte(\`{"event":"order.paid"}\`)\n\tif !Verify(secret, body, sign(secret, body)) {\n\t\tt.Fatal("signature mismatch")\n\t}\n}`);

add("cloud", "AWS key pair in ~/.aws/credentials printed in MCP result", JSON.stringify({ jsonrpc: "2.0", id: 31, result: { content: [{ type: "text",
  text: `[default]\naws_access_key_id = ${"AK" + "IA" + g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}\naws_secret_access_key = ${g.str(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")}\nregion = eu-central-1\n` }] } }));

add("cloud", "Azure SAS URL with sig in curl upload", `curl -X PUT -T build.zip -H "x-ms-blob-type: BlockBlob" \\\n  "https://acmeartifacts.blob.core.windows.net/releases/build.zip?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.b64(43) + "=")}"`);

export const cases = out;
