// heldout-y86 handcrafted key material and multi-part credentials in outbound contexts.
import { G, j } from "./_gen.ts";
import type { CorpusCase } from "../types.ts";

const r = new G(860_003);
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const pem = (label: string, bytes: number) => j("-----BEGIN ", label, "-----\n", wrap(r.b64pad(bytes)), "\n-----END ", label, "-----");
const pos = (id: string, group: string, note: string, text: string): CorpusCase =>
  ({ id: `y86-k-${id}`, kind: "secrets", category: `heldouty86-sec-${group}`, label: "positive", text, note });

const rsa = pem(j("RSA PRI", "VATE KEY"), 1190);
const ec = pem(j("EC PRI", "VATE KEY"), 121);
const pk8 = pem(j("PRI", "VATE KEY"), 1218);
const ossh = pem(j("OPENSSH PRI", "VATE KEY"), 400);
const pgp = j("-----BEGIN PGP PRI", "VATE KEY BLOCK-----\n\n", wrap(r.b64pad(900)), "\n=", r.a(4), "\n-----END PGP PRI", "VATE KEY BLOCK-----");
const sa = {
  type: "service_account", project_id: `${r.word()}-prod-${r.d(6)}`, private_key_id: r.h(40),
  private_key: pk8 + "\n", client_email: `deployer@${r.word()}-prod.iam.gserviceaccount.com`, client_id: r.d(21),
  auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token",
};
const awsId = j("AS", "IA", r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));

export const cases: CorpusCase[] = [
  pos("001", "keys", "RSA private key (PKCS#1 PEM), tool_use write_file", JSON.stringify({ type: "tool_use", id: `toolu_01${r.a(22)}`, name: "write_file", input: { path: "deploy/id_rsa", content: rsa + "\n" } })),
  pos("002", "keys", "EC private key PEM pasted in a chat body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `nginx says key mismatch, here's server.key:\n${ec}\n` }] })),
  pos("003", "keys", "OpenSSH private key in shell heredoc tool call", `cat > ~/.ssh/deploy_ed25519 <<'KEY'\n${ossh}\nKEY\nchmod 600 ~/.ssh/deploy_ed25519`),
  pos("004", "keys", "PGP private key block in a CI log", `Run gpg --batch --import <<< "$GPG_KEY"\n${pgp.split("\n").map((l) => "  " + l).join("\n")}\ngpg: key ${r.H(16)}: secret key imported`),
  pos("005", "cloud", "GCP service account JSON in MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: JSON.stringify(sa, null, 2) }] } })),
  pos("006", "keys", "age secret key in keys.txt write", `# created: 2026-10-02T11:22:33Z\n# public key: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${j("AGE-SECRET", "-KEY-1", r.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))}\n`),
  pos("007", "keys", "WireGuard interface private key in wg0.conf", `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${r.b64pad(32)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${r.b64pad(32)}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\n`),
  pos("008", "keys", "kubeconfig client-key-data (base64 PEM)", `apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${Buffer.from(j("-----BEGIN CERT", "IFICATE-----\n", r.b64pad(300), "\n-----END CERT", "IFICATE-----")).toString("base64")}\n    client-key-data: ${Buffer.from(rsa).toString("base64")}\n`),
  pos("009", "keys", "JWK private key (d, p, q) in JSON config", JSON.stringify({ keys: [{ kty: "RSA", kid: r.h(16), use: "sig", alg: "RS256", n: r.u(342), e: "AQAB", d: r.u(342), p: r.u(171), q: r.u(171), dp: r.u(171), dq: r.u(171), qi: r.u(171) }] }, null, 2)),
  pos("010", "keys", "PKCS#8 private key in a Python constant", `SIGNING_KEY = """${pk8}"""\n\ndef sign(payload: bytes) -> bytes:\n    return _sign(SIGNING_KEY, payload)\n`),
  pos("011", "cloud", "AWS STS triple in ~/.aws/credentials echoed by a tool", `$ cat ~/.aws/credentials\n[prod]\naws_access_key_id = ${awsId}\naws_secret_access_key = ${r.b(40)}\naws_session_token = ${j("IQoJb3JpZ2luX2Vj", r.b(300))}\n`),
  pos("012", "data", "postgres password in .pgpass", `db.${r.word()}.internal:5432:prod:app_owner:${r.a(22)}\n`),
  pos("013", "auth", ".netrc machine password", `machine api.heroku.com\n  login ops@example.org\n  password ${r.uuid()}\nmachine git.heroku.com\n  login ops@example.org\n  password ${r.uuid()}\n`),
  pos("014", "devtools", ".npmrc authToken for a private registry", `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${j("gh", "p_", r.a(36))}\n`),
  pos("015", "devtools", "docker config.json auth (base64 user:token)", JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from(`ci-bot:${j("gh", "p_", r.a(36))}`).toString("base64") } } }, null, 2)),
  pos("016", "auth", "basic auth in URL inside git remote -v output", ((u) => `origin\t${u} (fetch)\norigin\t${u} (push)`)(`https://deploy:${r.a(20)}@git.${r.word()}.io/platform/api.git`)),
];
