// Key material and credential files, handcrafted carriers (seed 148002).
import type { CorpusCase } from "../types.ts";
import { Rng, j, mkCase, ALNUM, HEX, LO, DIG, URLSAFE } from "./_gen.ts";

const r = new Rng(148002);
const C = "heldouty148-sec-keys";
const pemBody = (n: number) => r.b64(n).replace(/(.{64})/g, "$1\n").trim();
const pem = (label: string, n: number) => { const b = pemBody(n); return { pem: j("-----BEGIN ", label, "-----\n", b, "\n-----END ", label, "-----"), body: b.slice(0, 64) }; };
const PK = j("PRIV", "ATE KEY");
const out: CorpusCase[] = [];
let n = 0;
const add = (text: string, needle: string, note: string) => { n++; out.push(mkCase(`y148-k-${String(n).padStart(3, "0")}`, C, text, needle, note)); };

{ const k = pem(j("RSA ", PK), 1190); add(JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `Why does paramiko reject this key?\n\n${k.pem}\n` }] }), JSON.stringify(k.body).slice(1, -1), "RSA PEM in chat JSON"); }
{ const k = pem(j("EC ", PK), 121); add(`$ cat certs/server.key\n${k.pem}\n$ openssl ec -in certs/server.key -noout -check`, k.body, "EC PEM in shell output"); }
{ const k = pem(PK, 1218); add(JSON.stringify({ type: "tool_use", name: "write_file", input: { path: "secrets/signing.pem", content: k.pem } }), JSON.stringify(k.body).slice(1, -1), "PKCS8 PEM in tool_use"); }
{ const b = j("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", "QyNTUxOQAAACD", r.b64(300).replace(/(.{70})/g, "$1\n")); const t = j("-----BEGIN OPENSSH ", PK, "-----\n", b, "\n-----END OPENSSH ", PK, "-----"); add(`# ~/.ssh/id_ed25519 (deploy key for the runner)\n${t}\n`, b.slice(0, 60), "OpenSSH private key file"); }
{ const b = pemBody(900); const t = j("-----BEGIN PGP ", "PRIVATE KEY BLOCK-----\n\n", b, "\n=", r.str(4, ALNUM), "\n-----END PGP ", "PRIVATE KEY BLOCK-----"); add(`gpg --import <<'EOF'\n${t}\nEOF`, b.slice(0, 64), "PGP private key block in heredoc"); }
{ const k = pem(PK, 1218); const sa = { type: "service_account", project_id: "acme-ml-prod", private_key_id: r.str(40, HEX), private_key: k.pem + "\n", client_email: "trainer@acme-ml-prod.iam.gserviceaccount.com", client_id: r.str(21, DIG), token_uri: "https://oauth2.googleapis.com/token" }; const t = JSON.stringify(sa, null, 2); add(t, JSON.stringify(k.body).slice(1, -1), "GCP service-account JSON"); }
{ const k = pem(PK, 1218); const sa = JSON.stringify({ type: "service_account", project_id: "acme-app", private_key_id: r.str(40, HEX), private_key: k.pem, client_email: "ci@acme-app.iam.gserviceaccount.com" }); const b = Buffer.from(sa).toString("base64"); add(`env:\n  GOOGLE_APPLICATION_CREDENTIALS_JSON: ${b}\n`, b.slice(0, 80), "base64 service-account JSON in CI env"); }
{ const d = r.str(43, URLSAFE); add(JSON.stringify({ keys: [{ kty: "EC", crv: "P-256", kid: "sig-2026", x: r.str(43, URLSAFE), y: r.str(43, URLSAFE), d }] }, null, 2), d, "EC JWK with private d"); }
{ const d = r.str(43, URLSAFE); add(`const jwk = {"kty":"OKP","crv":"Ed25519","x":"${r.str(43, URLSAFE)}","d":"${d}"};\nawait importJWK(jwk, "EdDSA");`, d, "Ed25519 JWK in JS"); }
{ const v = j("AGE-SECRET", "-KEY-1", r.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")); add(`# created: 2026-11-30T10:02:11Z\n# public key: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${v}\n`, v, "age identity file"); }
{ const v = j("np", "m_", r.str(36, ALNUM)); add(`$ cat ~/.npmrc\n//registry.npmjs.org/:_authToken=${v}\n@acme:registry=https://npm.pkg.github.com\n`, v, ".npmrc authToken"); }
{ const v = r.str(24, ALNUM); add(`machine api.heroku.com\n  login dev@acme.io\n  password ${v}\nmachine git.heroku.com\n  login dev@acme.io\n  password ${v}\n`, v, ".netrc"); }
{ const v = r.str(20, ALNUM); add(`# ~/.pgpass\ndb-prod.acme.internal:5432:orders:app_rw:${v}\n`, v, ".pgpass"); }
{ const t = r.b64(600); add(`apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.0.0.1:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${r.b64(600)}\n    client-key-data: ${t}\n`, t, "kubeconfig client-key-data"); }
{ const v = jwtLike(); add(`users:\n- name: ci-bot\n  user:\n    token: ${v}\ncontexts:\n- context: {cluster: prod, user: ci-bot}\n  name: prod\n`, v, "kubeconfig SA token"); }
{ const a = Buffer.from(`acmebot:${j("dckr", "_pat_", r.str(27, URLSAFE))}`).toString("base64"); add(JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: a } } }, null, 2), a, "docker config.json auth"); }
{ const id = j("AK", "IA", r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")); const sec = r.str(40, ALNUM + "/+"); add(`[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${sec}\nregion = eu-west-1\n`, sec, "~/.aws/credentials"); }
{ const v = j("gh", "p_", r.str(36, ALNUM)); add(`$ cat ~/.git-credentials\nhttps://octo-dev:${v}@github.com\n`, v, ".git-credentials"); }
{ const v = j("py", "pi-", "AgEIcHlwaS5vcmc", r.str(80, URLSAFE)); add(`[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${v}\n`, v, ".pypirc"); }
{ const sig = encodeURIComponent(r.b64(32)); add(`az storage blob upload --file model.onnx --blob-url "https://acmeml.blob.core.windows.net/models/model.onnx?sv=2022-11-02&ss=b&srt=co&sp=rwdlacup&se=2027-01-01T00:00:00Z&st=2026-12-01T00:00:00Z&spr=https&sig=${sig}"`, sig, "Azure SAS URL"); }
{ const k = r.b64(32); add(`[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${k}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${r.b64(32)}\nEndpoint = vpn.acme.io:51820\n`, k, "WireGuard config"); }
{ const k = pem(j("RSA ", PK), 1190); const e = Buffer.from(k.pem).toString("base64"); add(`apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nmetadata: {name: web-tls}\ndata:\n  tls.crt: ${r.b64(900)}\n  tls.key: ${e}\n`, e.slice(0, 80), "k8s TLS secret with base64 PEM key"); }
{ const k = pem(PK, 1218); const args = JSON.stringify({ command: `cat > /tmp/key.pem <<'EOF'\n${k.pem}\nEOF\nchmod 600 /tmp/key.pem` }); add(JSON.stringify({ tool_calls: [{ type: "function", function: { name: "bash", arguments: args } }] }), JSON.stringify(JSON.stringify(k.body).slice(1, -1)).slice(1, -1), "PKCS8 PEM double-escaped in tool call"); }
{ const b = r.b64(700).replace(/(.{64})/g, "$1\n"); add(`PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy@acme\nPublic-Lines: 6\n${r.b64(270).replace(/(.{64})/g, "$1\n")}\nPrivate-Lines: 14\n${b}\nPrivate-MAC: ${r.str(64, HEX)}\n`, b.slice(0, 64), "PuTTY ppk"); }
{ const v = r.str(32, ALNUM); add(`$ psql "host=db.acme.internal user=report password=${v} dbname=analytics sslmode=require"`, v, "libpq conninfo password"); }
{ const v = r.str(26, LO + DIG); add(`git remote set-url origin https://oauth2:${j("gl", "pat-", v)}@gitlab.acme.io/platform/infra.git`, v, "GitLab token in remote URL"); }

function jwtLike(): string { return j("eyJhbGciOiJSUzI1NiIsImtpZCI6I", r.str(40, URLSAFE), ".", "eyJpc3MiOiJrdWJlcm5ldGVzL3NlcnZpY2VhY2NvdW50Ii", r.str(300, URLSAFE), ".", r.str(342, URLSAFE)); }

export const cases = out;
