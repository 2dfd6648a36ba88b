// heldout-y84 handcrafted cases: private key material and multi-value credential files.
import type { CorpusCase } from "../types.ts";
import { A, B32, D, H, URL64, Gen, esc } from "./_gen.ts";

const g = new Gen(0x84e7);
const BEGIN = "-----BEGIN ";
const END = "-----END ";
const block = (label: string, body: string) => `${BEGIN}${label}-----\n${body.match(/.{1,64}/g)!.join("\n")}\n${END}${label}-----`;
const rsaBody = () => "MIIEow" + "IBAAKCAQEA" + g.b64(1180).slice(0, 1570);
const pkcs8Body = () => "MIIEvg" + "IBADANBgkqhkiG9w0BAQEFAASC" + g.b64(1200).slice(0, 1580);
const ecBody = () => "MHcCAQEE" + "I" + g.b64(160).slice(0, 210);
const opensshBody = () => "b3BlbnNzaC1rZXktdjEAAAAA" + "BG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA" + g.b64(300).slice(0, 340);

type C = [group: string, note: string, text: string];
const rows: C[] = [];
const add = (group: string, note: string, text: string) => rows.push([group, note, text]);

add("keys", "RSA private key (PKCS#1); pasted into an LLM chat body (JSON-escaped)",
  JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `why does paramiko say "not a valid RSA private key file"? here is deploy_key:\n\n${block("RSA PRIVATE KEY", rsaBody())}\n` }] }, null, 2));
add("keys", "PKCS#8 private key; Anthropic tool_use write_file of certs/server.key",
  JSON.stringify({ type: "tool_use", id: `toolu_01${g.s(22)}`, name: "write_file", input: { path: "certs/server.key", content: block("PRIVATE KEY", pkcs8Body()) + "\n" } }, null, 2));
add("keys", "EC private key; Kubernetes TLS secret YAML (literal block)",
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${block("EC PRIVATE KEY", ecBody()).split("\n").map((l) => "    " + l).join("\n")}\n`);
add("keys", "OpenSSH ed25519 private key; shell heredoc in a tool call",
  `cat > ~/.ssh/id_ed25519 <<'KEY'\n${block("OPENSSH PRIVATE KEY", opensshBody())}\nKEY\nchmod 600 ~/.ssh/id_ed25519\nssh -T git@github.com`);
add("keys", "GCP service account JSON private_key; pasted file in chat message",
  `here's the service account file, the deploy step fails with invalid_grant:\n\n${JSON.stringify({ type: "service_account", project_id: "acme-prod-4412", private_key_id: g.s(40, H), private_key: block("PRIVATE KEY", pkcs8Body()) + "\n", client_email: "ci-deployer@acme-prod-4412.iam.gserviceaccount.com", client_id: g.s(21, D), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }, null, 2)}`);
add("keys", "PGP private key block; Markdown doc for release signing",
  `### Release signing\n\nImport the CI signing key:\n\n\`\`\`\n${BEGIN}PGP PRIVATE KEY BLOCK-----\n\nlQVYBG${g.b64(900).match(/.{1,64}/g)!.join("\n")}\n=${g.s(4, A)}\n${END}PGP PRIVATE KEY BLOCK-----\n\`\`\``);
add("keys", "age secret key; SOPS key file in a tool result",
  JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: `# created: 2026-01-03T10:22:41Z\n# public key: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${["AGE-SECRET", "-KEY-1"].join("")}${g.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}\n` }] } }));
add("keys", "WireGuard private key; wg0.conf",
  `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${g.b64(32)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.b64(32)}\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0`);
add("keys", "kubeconfig client-key-data; pasted kubeconfig in chat body",
  JSON.stringify({ messages: [{ role: "user", content: `kubectl says Unauthorized, my kubeconfig:\n\napiVersion: v1\nkind: Config\nusers:\n- name: admin@prod\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t${g.s(60, A)}\n    client-key-data: ${Buffer.from(block("RSA PRIVATE KEY", rsaBody())).toString("base64")}\n` }] }));
add("keys", "Ethereum private key (hex); .env in a diff",
  `diff --git a/.env b/.env\n--- a/.env\n+++ b/.env\n@@ -1,2 +1,3 @@\n RPC_URL=https://mainnet.infura.io/v3/${g.s(32, H)}\n+DEPLOYER_PRIVATE_KEY=0x${g.s(64, H)}\n CHAIN_ID=1`);
add("keys", "Solana keypair byte array; Python script",
  `from solders.keypair import Keypair\n\nSECRET = [${Array.from(g.bytes(64)).join(", ")}]\nkp = Keypair.from_bytes(bytes(SECRET))\nprint(kp.pubkey())`);
add("keys", "JWK with private exponent d; JSON config",
  JSON.stringify({ keys: [{ kty: "RSA", kid: g.s(16, A), use: "sig", alg: "RS256", n: g.b64url(256), e: "AQAB", d: g.b64url(256), p: g.b64url(128), q: g.b64url(128), dp: g.b64url(128), dq: g.b64url(128), qi: g.b64url(128) }] }, null, 2));
add("keys", "PuTTY PPK private lines; file content in crash report",
  `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy@build-01\nPublic-Lines: 6\n${g.b64(270).match(/.{1,64}/g)!.slice(0, 6).join("\n")}\nPrivate-Lines: 14\n${g.b64(700).match(/.{1,64}/g)!.slice(0, 14).join("\n")}\nPrivate-MAC: ${g.s(64, H)}`);
add("keys", "Bitcoin WIF private key; Go test fixture",
  `func TestSignTx(t *testing.T) {\n\twif, err := btcutil.DecodeWIF("${"K"}${g.s(51, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")}")\n\tif err != nil {\n\t\tt.Fatal(err)\n\t}\n\t_ = wif\n}`);
add("keys", "SSH private key echoed in a CI log",
  `2026-01-20T09:12:03.1100Z Run echo "$DEPLOY_KEY" | tee /tmp/key\n2026-01-20T09:12:03.1201Z ${BEGIN}OPENSSH PRIVATE KEY-----\n${opensshBody().match(/.{1,70}/g)!.map((l) => "2026-01-20T09:12:03.1201Z " + l).join("\n")}\n2026-01-20T09:12:03.1202Z ${END}OPENSSH PRIVATE KEY-----`);
add("keys", "TOTP seed (base32) in otpauth URI; Python test",
  `TOTP_URI = "otpauth://totp/Acme:admin@acme.io?secret=${g.s(32, B32)}&issuer=Acme"\n\ndef test_login_2fa(client):\n    code = pyotp.parse_uri(TOTP_URI).now()\n    assert client.login("admin@acme.io", code).ok`);
// multi-value credential files
add("cloud", "AWS access key id + secret; ~/.aws/credentials via cat in tool result",
  JSON.stringify({ role: "tool", tool_call_id: `call_${g.s(24)}`, content: `[default]\naws_access_key_id = ${["AK", "IA"].join("")}${g.s(16, B32)}\naws_secret_access_key = ${g.s(40, A + "/+")}\nregion = us-east-1\n` }));
add("cloud", "AWS STS temporary credentials; JSON output of aws sts assume-role",
  JSON.stringify({ Credentials: { AccessKeyId: ["AS", "IA"].join("") + g.s(16, B32), SecretAccessKey: g.s(40, A + "/+"), SessionToken: "IQoJb3JpZ2luX2VjE" + g.s(360, A + "/+") + "=", Expiration: "2026-02-01T12:00:00Z" }, AssumedRoleUser: { Arn: "arn:aws:sts::123456789012:assumed-role/deploy/ci" } }, null, 2));
add("devtools", "npm auth token; .npmrc",
  `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${["np", "m_"].join("")}${g.s(36)}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${["gh", "p_"].join("")}${g.s(36)}`);
add("devtools", "Docker registry auth (base64 user:token); ~/.docker/config.json",
  JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: Buffer.from(`acmebot:${["dc", "kr_pat_"].join("")}${g.s(27, URL64)}`).toString("base64") } } }, null, 2));
add("data", "Postgres password; ~/.pgpass",
  `# hostname:port:database:username:password\ndb-prod.internal:5432:orders:app_rw:${g.s(22)}\nlocalhost:5432:*:postgres:postgres`);
add("auth", "machine password; ~/.netrc",
  `machine api.heroku.com\n  login ops@acme.io\n  password ${g.uuid()}\nmachine git.heroku.com\n  login ops@acme.io\n  password ${g.uuid()}`);
add("devtools", "GitHub token in git remote URL; shell command",
  `git remote set-url origin https://x-access-token:${["gh", "s_"].join("")}${g.s(36)}@github.com/acme/platform.git && git push origin HEAD:release`);
add("auth", "HTTP Basic credentials; curl -v dump with Authorization header",
  `> GET /api/v2/users HTTP/2\n> Host: admin.acme.io\n> user-agent: curl/8.5.0\n> authorization: Basic ${Buffer.from(`admin:${g.s(20)}`).toString("base64")}\n> accept: */*\n>\n< HTTP/2 200\n< content-type: application/json`);
add("data", "Redis password; redis.conf",
  `bind 0.0.0.0\nport 6379\nrequirepass ${g.s(32)}\nmaxmemory 2gb\nmaxmemory-policy allkeys-lru`);
add("auth", "SMTP password; Django settings.py",
  `EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"\nEMAIL_HOST = "smtp.office365.com"\nEMAIL_PORT = 587\nEMAIL_HOST_USER = "noreply@acme.io"\nEMAIL_HOST_PASSWORD = "${g.s(16)}"\nEMAIL_USE_TLS = True\nSECRET_KEY = "django-insecure-${esc(g.s(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)"))}"`);

export const cases: CorpusCase[] = rows.map(([group, note, text], i) => ({
  id: `y84-k-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty84-sec-${group}`,
  label: "positive",
  text,
  note,
}));
