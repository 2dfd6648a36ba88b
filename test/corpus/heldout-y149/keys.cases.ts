// Handcrafted positives: key material (PEM, OpenSSH, PGP, age, JWK, PPK, WireGuard), credential
// files (.npmrc, .netrc, .pgpass, kubeconfig, docker config.json, ...), secret-manager CLI output,
// and hard carriers (escaped JSON, base64, URL-encoded, split or wrapped values).
import type { CorpusCase } from "../types.ts";
import { B64U, P, Rng, b64, b64url, mk, prose, type Out } from "./_gen.ts";

const r = new Rng(149003);
const C = "heldouty149-sec-";
const PK = ["PRIV", "ATE KEY"].join("");
const wrap = (s: string, n = 64): string => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const der = (head: number[], n: number, tail: number[] = [], n2 = 0): string =>
  b64(new Uint8Array([...head, ...r.bytes(n), ...tail, ...r.bytes(n2)]));
const pem = (label: string, body: string): string => `-----BEGIN ${label}-----\n${wrap(body)}\n-----END ${label}-----`;
const mid = (body: string): string => wrap(body).split("\n")[3]!; // one full body line

const rsa1 = (): string => der([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], 1180);
const pkcs8 = (): string => der([0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa7, 0x30, 0x82, 0x04, 0xa3, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], 1180);
const ec = (): string => der([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20], 32, [0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04], 64);
const ecP8 = (): string => der([0x30, 0x81, 0x93, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x04, 0x79, 0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20], 32, [0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04], 64);
const ed8 = (): string => der([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20], 32);
const u32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const sshStr = (b: number[] | Uint8Array): number[] => [...u32(b.length), ...b];
const ascii = (s: string): number[] => [...Buffer.from(s)];
function openssh(comment: string): string {
  const pub = r.bytes(32);
  const pubBlob = [...sshStr(ascii("ssh-ed25519")), ...sshStr(pub)];
  const chk = r.bytes(4);
  const priv = [...chk, ...chk, ...sshStr(ascii("ssh-ed25519")), ...sshStr(pub), ...sshStr([...r.bytes(32), ...pub]), ...sshStr(ascii(comment)), 1, 2, 3, 4, 5, 6, 7].slice(0);
  const all = [...ascii("openssh-key-v1"), 0, ...sshStr(ascii("none")), ...sshStr(ascii("none")), ...sshStr([]), ...u32(1), ...sshStr(pubBlob), ...sshStr(priv)];
  return b64(new Uint8Array(all));
}
const sshPem = (body: string): string => `-----BEGIN OPENSSH ${PK}-----\n${wrap(body, 70)}\n-----END OPENSSH ${PK}-----`;
function pgp(): { text: string; line: string } {
  const body = b64(new Uint8Array([0x95, 0x03, 0xc6, 0x04, ...r.bytes(900)]));
  const w = wrap(body);
  return { text: `-----BEGIN PGP ${PK} BLOCK-----\n\n${w}\n=${r.b64(4)}\n-----END PGP ${PK} BLOCK-----`, line: w.split("\n")[4]! };
}
const age = (): string => P("AGE-SECRET", "-KEY-1", r.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"));
const wg = (): string => b64(r.bytes(32));
const rnd64u = (n: number): string => b64url(r.bytes(n));

type H = { cat: string; note: string; mk: () => Out };
const one = (text: string, ...carried: string[]): Out => ({ text, carried });

const H: H[] = [
  // ---------- keys ----------
  { cat: "keys", note: "RSA PKCS#1 PEM pasted in chat", mk: () => { const b = rsa1(); return one(JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `${prose(r)}\n\n${pem(`RSA ${PK}`, b)}` }] }), mid(b)); } },
  { cat: "keys", note: "RSA PKCS#1 PEM via cat in shell transcript", mk: () => { const b = rsa1(); return one(`$ cat /etc/ssl/private/api.${r.word()}.key\n${pem(`RSA ${PK}`, b)}\n$ openssl rsa -in api.key -check -noout`, mid(b)); } },
  { cat: "keys", note: "GitHub App private key in k8s Secret stringData", mk: () => { const b = rsa1(); return one(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: github-app\nstringData:\n  GITHUB_APP_ID: "${r.dig(6)}"\n  GITHUB_APP_PRIVATE_KEY: |\n${pem(`RSA ${PK}`, b).split("\n").map((l) => "    " + l).join("\n")}\n`, mid(b)); } },
  { cat: "keys", note: "PKCS#8 RSA key as single-line env with \\n escapes", mk: () => { const b = pkcs8(); return one(`JWT_PRIVATE_KEY="${pem(PK, b).replace(/\n/g, "\\n")}"\nJWT_ISSUER=https://auth.northwind.dev`, mid(b)); } },
  { cat: "keys", note: "PKCS#8 RSA SAML SP key in anthropic tool_use write_file", mk: () => { const b = pkcs8(); return one(JSON.stringify({ type: "tool_use", id: `toolu_${r.an(24)}`, name: "write_file", input: { path: "certs/saml-sp.key", content: pem(PK, b) + "\n" } }), mid(b)); } },
  { cat: "keys", note: "python3-saml settings.json with bare base64 SP privateKey", mk: () => { const b = pkcs8(); return one(JSON.stringify({ strict: true, sp: { entityId: "https://app.acme.io/saml/metadata", assertionConsumerService: { url: "https://app.acme.io/saml/acs" }, x509cert: "", privateKey: b }, idp: { entityId: "http://www.okta.com/exk" + r.an(13) } }, null, 2), b); } },
  { cat: "keys", note: "PKCS#8 RSA key in terraform state (tls_private_key)", mk: () => { const b = pkcs8(); return one(JSON.stringify({ version: 4, resources: [{ type: "tls_private_key", name: "jwt", instances: [{ attributes: { algorithm: "RSA", rsa_bits: 2048, private_key_pem: pem(PK, b) + "\n" } }] }] }, null, 2), mid(b)); } },
  { cat: "keys", note: "EC private key (SEC1) pasted into markdown runbook", mk: () => { const b = ec(); return one(`### Webhook signer key (prod)\n\n${prose(r)}\n\n\`\`\`\n${pem(`EC ${PK}`, b)}\n\`\`\`\n`, b.slice(0, 64)); } },
  { cat: "keys", note: "EC key in nginx TLS setup heredoc", mk: () => { const b = ec(); return one(`cat > /etc/nginx/tls/pay.key <<'KEY'\n${pem(`EC ${PK}`, b)}\nKEY\nchmod 600 /etc/nginx/tls/pay.key && nginx -s reload`, b.slice(0, 64)); } },
  { cat: "keys", note: "Apple Sign in with Apple .p8 key in .env (escaped)", mk: () => { const b = ecP8(); return one(`APPLE_TEAM_ID=${r.up(10)}\nAPPLE_KEY_ID=${r.up(10)}\nAPPLE_PRIVATE_KEY="${pem(PK, b).replace(/\n/g, "\\n")}"`, b.slice(0, 64)); } },
  { cat: "keys", note: "Ed25519 PKCS#8 JWT signing key in JSON config", mk: () => { const b = ed8(); return one(JSON.stringify({ jwt: { alg: "EdDSA", kid: r.hex(16), privateKeyPem: pem(PK, b) } }, null, 2), b); } },
  { cat: "keys", note: "OpenSSH ed25519 key written by tool call", mk: () => { const b = openssh(`deploy@${r.word()}`); return one(JSON.stringify({ role: "assistant", tool_calls: [{ id: `call_${r.an(24)}`, type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "/home/ci/.ssh/id_ed25519", content: sshPem(b) + "\n", mode: "0600" }) } }] }), b.slice(0, 70)); } },
  { cat: "keys", note: "OpenSSH key in GitHub Actions secret step", mk: () => { const b = openssh("gha-deploy"); return one(`- name: Configure SSH\n  run: |\n    mkdir -p ~/.ssh\n    cat > ~/.ssh/id_ed25519 <<'EOF'\n${sshPem(b).split("\n").map((l) => "    " + l).join("\n")}\n    EOF\n    chmod 600 ~/.ssh/id_ed25519`, b.slice(0, 70)); } },
  { cat: "keys", note: "OpenSSH key in chat (German prose)", mk: () => { const b = openssh("bastion"); return one(`Warum sagt ssh "invalid format" bei diesem Schlüssel?\n\n${sshPem(b)}`, b.slice(70, 140)); } },
  { cat: "keys", note: "OpenSSH key base64 in CI variable", mk: () => { const b = openssh("runner"); const e = b64(sshPem(b) + "\n"); return one(`SSH_PRIVATE_KEY_B64=${e}\n# decode: echo "$SSH_PRIVATE_KEY_B64" | base64 -d > ~/.ssh/id_ed25519`, e); } },
  { cat: "keys", note: "PGP private key block for package signing", mk: () => { const g = pgp(); return one(`$ gpg --armor --export-secret-keys releases@acme.io\n${g.text}`, g.line); } },
  { cat: "keys", note: "PGP private key in gitlab-ci variable file", mk: () => { const g = pgp(); return one(`variables:\n  GPG_SIGNING_KEY: |\n${g.text.split("\n").map((l) => "    " + l).join("\n")}\n`, g.line); } },
  { cat: "keys", note: "age identity file", mk: () => { const k = age(); return one(`# created: ${r.ts()}\n# public key: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${k}\n`, k); } },
  { cat: "keys", note: "age key for SOPS in env (Spanish prose)", mk: () => { const k = age(); return one(`Configura SOPS en el runner con esta clave:\nexport SOPS_AGE_KEY=${k}\nsops -d secrets/prod.enc.yaml`, k); } },
  { cat: "keys", note: "age key in docker run", mk: () => { const k = age(); return one(`docker run --rm -e SOPS_AGE_KEY='${k}' -v $PWD:/w ghcr.io/getsops/sops:v3.9.0 -d /w/secrets.enc.json`, k); } },
  { cat: "keys", note: "RSA private JWK (d, p, q) in JWKS file", mk: () => { const d = rnd64u(256); return one(JSON.stringify({ keys: [{ kty: "RSA", kid: r.hex(16), use: "sig", alg: "RS256", n: rnd64u(256), e: "AQAB", d, p: rnd64u(128), q: rnd64u(128), dp: rnd64u(128), dq: rnd64u(128), qi: rnd64u(128) }] }, null, 2), d); } },
  { cat: "keys", note: "EC P-256 private JWK in env", mk: () => { const d = rnd64u(32); return one(`OIDC_SIGNING_JWK='${JSON.stringify({ kty: "EC", crv: "P-256", kid: r.hex(8), x: rnd64u(32), y: rnd64u(32), d })}'`, d); } },
  { cat: "keys", note: "OKP Ed25519 private JWK in tool result", mk: () => { const d = rnd64u(32); return one(JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: JSON.stringify({ kty: "OKP", crv: "Ed25519", x: rnd64u(32), d, kid: "signer-2026" }, null, 2) }] } }), d); } },
  { cat: "keys", note: "symmetric oct JWK (HS256 key)", mk: () => { const k = rnd64u(32); return one(JSON.stringify({ keys: [{ kty: "oct", kid: "hmac-1", alg: "HS256", k }] }), k); } },
  { cat: "keys", note: "WireGuard interface config", mk: () => { const k = wg(); return one(`[Interface]\nPrivateKey = ${k}\nAddress = 10.8.0.${2 + r.int(200)}/32\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${wg()}\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0`, k); } },
  { cat: "keys", note: "PuTTY PPK v3 key", mk: () => { const k = b64(r.bytes(36)); return one(`PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ${r.word()}-admin\nPublic-Lines: 2\n${wrap(b64(r.bytes(51)), 64)}\nPrivate-Lines: 1\n${k}\nPrivate-MAC: ${r.hex(64)}`, k); } },
  { cat: "keys", note: "kubeconfig client-key-data (base64 PEM)", mk: () => { const e = b64(pem(`EC ${PK}`, ec()) + "\n"); return one(`apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.prod.acme.io:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${b64("-----BEGIN CERTIFICATE-----\n" + wrap(b64(r.bytes(300))) + "\n-----END CERTIFICATE-----\n")}\n    client-key-data: ${e}\n`, e); } },
  { cat: "keys", note: "PKCS#12 keystore base64 in spring env", mk: () => { const e = b64(new Uint8Array([0x30, 0x82, 0x0a, 0x5c, 0x02, 0x01, 0x03, 0x30, 0x82, 0x0a, 0x16, ...r.bytes(1200)])); return one(`SERVER_SSL_KEY_STORE_TYPE=PKCS12\nSERVER_SSL_KEY_STORE_PASSWORD=${r.an(16)}\nKEYSTORE_P12_BASE64=${e}`, e); } },
  { cat: "keys", note: "PKCS#8 Ed25519 key URL-encoded in admin form post", mk: () => { const b = ed8(); const e = encodeURIComponent(pem(PK, b)); return one(`POST /admin/signing-keys HTTP/1.1\nHost: auth.northwind.dev\nContent-Type: application/x-www-form-urlencoded\n\nkid=${r.hex(8)}&alg=EdDSA&pem=${e}`, e); } },
  { cat: "keys", note: "GCP service account JSON (cloud)", mk: () => { const b = pkcs8(); return one(JSON.stringify({ type: "service_account", project_id: `acme-${r.word()}-prod`, private_key_id: r.hex(40), private_key: pem(PK, b) + "\n", client_email: `${r.word()}-sa@acme-prod.iam.gserviceaccount.com`, client_id: r.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }, null, 2), mid(b)); } },
  { cat: "keys", note: "minisign secret key file", mk: () => { const k = b64(new Uint8Array([0x45, 0x64, 0x42, 0x32, 0x00, 0x00, ...r.bytes(152)])); return one(`untrusted comment: minisign encrypted secret key\n${k}\n`, k); } },
  // ---------- credential files and CLI output (themed + cross-section) ----------
  { cat: "devtools", note: "vault operator init output (unseal keys + root token)", mk: () => { const ks = Array.from({ length: 5 }, () => b64(r.bytes(33))); const root = P("hv", "s.", r.an(24)); return one(`$ vault operator init\n${ks.map((k, i) => `Unseal Key ${i + 1}: ${k}`).join("\n")}\n\nInitial Root Token: ${root}\n\nVault initialized with 5 key shares and a key threshold of 3.`, ks[0]!, root); } },
  { cat: "devtools", note: "vault operator unseal with key on command line", mk: () => { const k = b64(r.bytes(33)); return one(`for pod in vault-0 vault-1 vault-2; do kubectl exec -n vault $pod -- vault operator unseal ${k}; done`, k); } },
  { cat: "devtools", note: "~/.vault-token file contents", mk: () => { const k = P("hv", "s.", r.an(24)); return one(`$ cat ~/.vault-token\n${k}$ vault token lookup`, k); } },
  { cat: "devtools", note: "vault login JSON response", mk: () => { const k = P("hv", "s.", "CAES", r.str(88, B64U)); return one(JSON.stringify({ request_id: r.uuid(), auth: { client_token: k, accessor: r.an(24), policies: ["default", "payments-rw"], lease_duration: 2764800, renewable: true } }, null, 2), k); } },
  { cat: "devtools", note: "op signin session export", mk: () => { const k = r.str(43, B64U); return one(`$ op signin --account acme\nexport OP_SESSION_acme="${k}"\n# This command is meant to be used with your shell's eval function.`, k); } },
  { cat: "devtools", note: "bw unlock output", mk: () => { const k = b64(r.bytes(64)); return one(`$ bw unlock\n? Master password: [hidden]\nYour vault is now unlocked!\n\nTo unlock your vault, set your session key to the \`BW_SESSION\` environment variable. ex:\n$ export BW_SESSION="${k}"`, k); } },
  { cat: "devtools", note: "doppler configure debug output", mk: () => { const k = P("dp", ".ct.", r.an(43)); return one(`$ doppler configure --all\nKEY      VALUE                                                       SCOPE\ntoken    ${k}   /\napi-host https://api.doppler.com                                     /`, k); } },
  { cat: "devtools", note: ".npmrc with auth token", mk: () => { const k = P("np", "m_", r.an(36)); return one(`@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${k}\nalways-auth=true\n`, k); } },
  { cat: "devtools", note: "docker config.json auths (base64 user:token)", mk: () => { const e = b64(`acmebot:${P("dckr", "_pat_", r.str(27, B64U))}`); return one(JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: e } }, credsStore: "" }, null, 2), e); } },
  { cat: "devtools", note: ".git-credentials", mk: () => { const k = P("gh", "p_", r.an(36)); return one(`$ cat ~/.git-credentials\nhttps://acme-ci:${k}@github.com\n`, k); } },
  { cat: "devtools", note: "pip.conf index-url with creds", mk: () => { const k = r.an(32); return one(`[global]\nindex-url = https://deploy:${k}@pypi.internal.acme.io/simple/\ntrusted-host = pypi.internal.acme.io`, k); } },
  { cat: "devtools", note: "Maven settings.xml server password", mk: () => { const k = r.str(60, B64U); return one(`<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>ci-publisher</username>\n      <password>${k}</password>\n    </server>\n  </servers>\n</settings>`, k); } },
  { cat: "devtools", note: "composer auth.json github-oauth", mk: () => { const k = P("gh", "o_", r.an(36)); return one(JSON.stringify({ "github-oauth": { "github.com": k }, "http-basic": {} }, null, 4), k); } },
  { cat: "devtools", note: "cargo credentials.toml", mk: () => { const k = P("cio", r.an(32)); return one(`# ~/.cargo/credentials.toml\n[registry]\ntoken = "${k}"\n`, k); } },
  { cat: "devtools", note: ".pypirc", mk: () => { const k = P("pypi", "-AgEIcHlwaS5vcmc", r.str(140, B64U)); return one(`[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${k}\n`, k); } },
  { cat: "data", note: ".pgpass line", mk: () => { const k = r.an(20); return one(`$ cat ~/.pgpass\ndb.prod.internal:5432:ledger:ledger_rw:${k}\n*:5432:*:readonly:${r.an(18)}`, k); } },
  { cat: "data", note: ".netrc for database API host", mk: () => { const k = r.an(28); return one(`machine api.snowflakecomputing.com\n  login ETL_SVC\n  password ${k}\n`, k); } },
  { cat: "cloud", note: "~/.aws/credentials profile", mk: () => { const k = r.str(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+"); return one(`[payments-prod]\naws_access_key_id = ${P("AK", "IA", r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}\naws_secret_access_key = ${k}\nregion = eu-west-1\n`, k); } },
  { cat: "cloud", note: "kubeconfig with service account bearer token", mk: () => { const k = `eyJhbGciOiJSUzI1NiIsImtpZCI6I${r.str(30, B64U)}.${b64url(JSON.stringify({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "payments", sub: "system:serviceaccount:payments:deployer" }))}.${r.str(342, B64U)}`; return one(`apiVersion: v1\nkind: Config\nusers:\n- name: deployer\n  user:\n    token: ${k}\ncontexts:\n- context: {cluster: prod, user: deployer}\n  name: prod`, k); } },
  { cat: "cloud", note: ".netrc for Heroku", mk: () => { const k = P("HRKU", "-AA", r.str(58, B64U)); return one(`machine api.heroku.com\n  login ops@acme.io\n  password ${k}\nmachine git.heroku.com\n  login ops@acme.io\n  password ${k}\n`, k); } },
  // ---------- payments / auth hard carriers ----------
  { cat: "payment", note: "stripe listen CLI output with webhook secret", mk: () => { const k = P("wh", "sec_", r.an(32)); return one(`$ stripe listen --forward-to localhost:4242/webhooks\n> Ready! You are using Stripe API Version [2025-09-30]. Your webhook signing secret is ${k} (^C to quit)`, k); } },
  { cat: "payment", note: "Stripe key split across concatenated string literals", mk: () => { const a = P("sk", "_live_", "51", r.an(30)); const b = r.an(67); return one(`// split so the scanner in CI doesn't complain\nconst stripeKey = "${a}" +\n  "${b}";\nexport const stripe = new Stripe(stripeKey);`, a, b); } },
  { cat: "payment", note: "Adyen API key wrapped at 76 columns in a log", mk: () => { const k = P("AQE", r.b64(5), "fx", r.b64(80), "==-", r.b64(43), "=-", r.an(16)); const w = wrap(k, 76).split("\n"); return one(`[adyen-client] init merchant=AcmeECOM x-api-key=\n${w.join("\n")}\n[adyen-client] POST /v71/payments 401`, ...w); } },
  { cat: "payment", note: "Braintree gateway Ruby initializer", mk: () => { const k = r.hex(32); return one(`Braintree::Configuration.environment = :production\nBraintree::Configuration.merchant_id = "${r.lo(16)}"\nBraintree::Configuration.public_key = "${r.lo(16)}"\nBraintree::Configuration.private_key = "${k}"`, k); } },
  { cat: "payment", note: "Razorpay basic auth header (base64 id:secret)", mk: () => { const e = b64(`${P("rzp", "_live_", r.an(14))}:${r.an(24)}`); return one(`curl -X POST https://api.razorpay.com/v1/orders -H "Authorization: Basic ${e}" -H "content-type: application/json" -d '{"amount":50000,"currency":"INR"}'`, e); } },
  { cat: "payment", note: "PayPal OAuth client credentials via curl -u", mk: () => { const s = P("E", r.str(79, B64U)); return one(`curl -v https://api-m.paypal.com/v1/oauth2/token \\\n  -u "${P("A", r.str(79, B64U))}:${s}" \\\n  -d "grant_type=client_credentials"`, s); } },
  { cat: "payment", note: "Mollie key double-escaped in tool call arguments (Portuguese prose)", mk: () => { const k = P("live", "_", r.an(30)); return one(JSON.stringify({ role: "assistant", content: "Vou testar a chave de produção.", tool_calls: [{ id: `call_${r.an(24)}`, type: "function", function: { name: "http_request", arguments: JSON.stringify({ url: "https://api.mollie.com/v2/payments", headers: { Authorization: `Bearer ${k}` } }) } }] }), k); } },
  { cat: "payment", note: "Checkout.com secret in .NET user-secrets list", mk: () => { const k = P("sk", "_", r.str(26, "abcdefghijklmnopqrstuvwxyz234567")); return one(`$ dotnet user-secrets list\nCheckout:SecretKey = ${k}\nCheckout:ProcessingChannelId = pc_${r.lo(26)}`, k); } },
  { cat: "payment", note: "Square token URL-encoded in query string of a log", mk: () => { const k = P("EA", "AA", r.str(60, B64U)); return one(`${r.ts()} WARN proxy GET /square/v2/locations?access_token=${encodeURIComponent(k)} 401`, encodeURIComponent(k)); } },
  { cat: "auth", note: "Entra ID secret in az CLI output", mk: () => { const k = P(r.an(3), "8Q~", r.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-")); return one(`$ az ad app credential reset --id ${r.uuid()} --append\n{\n  "appId": "${r.uuid()}",\n  "password": "${k}",\n  "tenant": "${r.uuid()}"\n}`, k); } },
  { cat: "auth", note: "Keycloak realm export client secret", mk: () => { const k = r.an(32); return one(JSON.stringify({ realm: "payments", clients: [{ clientId: "ledger-api", enabled: true, clientAuthenticatorType: "client-secret", secret: k, redirectUris: ["https://ledger.acme.io/*"] }] }, null, 2), k); } },
  { cat: "auth", note: "Okta SCIM provisioning settings (French prose)", mk: () => { const k = r.b64u(48); return one(`Voici la config SCIM que j'ai mise dans Okta, le provisioning renvoie 403 :\nBase URL: https://app.acme.io/scim/v2\nAuth mode: HTTP Header\nAuthorization: Bearer ${k}`, k); } },
  { cat: "auth", note: "Cognito client secret in SECRET_HASH snippet", mk: () => { const k = r.lo(52); return one(`import hmac, hashlib, base64\nCLIENT_ID = "${r.lo(26)}"\nCLIENT_SECRET = "${k}"\ndef secret_hash(username):\n    msg = username + CLIENT_ID\n    return base64.b64encode(hmac.new(CLIENT_SECRET.encode(), msg.encode(), hashlib.sha256).digest()).decode()`, k); } },
  { cat: "auth", note: "Auth0 client secret in form-encoded token request, HAR", mk: () => { const k = r.str(64, B64U); return one(JSON.stringify({ request: { method: "POST", url: "https://acme.eu.auth0.com/oauth/token", postData: { mimeType: "application/x-www-form-urlencoded", text: `grant_type=client_credentials&client_id=${r.an(32)}&client_secret=${encodeURIComponent(k)}&audience=https%3A%2F%2Fapi.acme.io` } } }), encodeURIComponent(k)); } },
  { cat: "auth", note: "JWT signing secret in Japanese chat", mk: () => { const k = b64(r.bytes(48)); return one(`本番のトークン検証が失敗します。設定はこれです：\njwt:\n  algorithm: HS512\n  secret: "${k}"`, k); } },
];

export const cases: CorpusCase[] = H.map((h, i) => {
  const id = `y149-k-${String(i + 1).padStart(3, "0")}`;
  const o = h.mk();
  return mk(id, C + h.cat, "positive", o.text, o.carried, h.note);
});
