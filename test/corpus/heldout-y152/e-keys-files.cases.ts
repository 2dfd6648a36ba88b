// heldout-y152 file e: key material, credential files and hard carriers (seed 152005).
import type { CorpusCase } from "../types.ts";
import { AN, B64, HEX, LOAN, LO, UP, UPAN, URLSAFE, Rng, j, mkCase, prose } from "./_gen.ts";

const r = new Rng(152005);
const dash = "-----";
const begin = (l: string) => j(dash, "BEGIN ", l, " KEY", dash);
const end = (l: string) => j(dash, "END ", l, " KEY", dash);
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
/** A PEM block: fixed DER-prefix base64 plus random bytes; returns the block and one inner line. */
function pem(label: string, prefix: string, nbytes: number) {
  const body = wrap(prefix + Buffer.from(r.bytes(nbytes)).toString("base64"));
  const lines = body.split("\n");
  return { block: `${begin(label)}\n${body}\n${end(label)}\n`, line: lines[Math.floor(lines.length / 2)]! };
}
const rsa = () => pem("RSA PRIVATE", "MIIEowIBAAKCAQEA", 1180);
const ec = () => pem("EC PRIVATE", "MHcCAQEEI", 110);
const p8 = () => pem("PRIVATE", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", 1200);
const p8ec = () => pem("PRIVATE", "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg", 100);
function openssh() {
  const body = wrap("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACD" + Buffer.from(r.bytes(260)).toString("base64"), 70);
  const lines = body.split("\n");
  return { block: `${begin("OPENSSH PRIVATE")}\n${body}\n${end("OPENSSH PRIVATE")}\n`, line: lines[2]! };
}
const esc = (s: string) => JSON.stringify(s).slice(1, -1);
const cases: CorpusCase[] = [];
let n = 0;
const add = (cat: string, text: string, needle: string | string[], note: string) => {
  n++;
  cases.push(mkCase(`y152-e-${String(n).padStart(3, "0")}`, `heldouty152-sec-${cat}`, text, needle, note));
};
const ghp = () => j("gh", "p_", r.s(36));
const awsId = () => j("AK", "IA", r.s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
const awsSecret = () => r.s(40, B64);

// ---- key material
{
  const k = rsa();
  add("keys", JSON.stringify({ type: "tool_use", id: `toolu_${r.s(24)}`, name: "write_file", input: { path: "deploy/keys/jwt_signing.pem", content: k.block } }), k.line, "RSA PKCS#1 in a write_file tool call (JSON-escaped newlines)");
}
{
  const k = ec();
  add("keys", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.crt: |\n    ${j(dash, "BEGIN CERTIFICATE", dash)}\n    MIIB${r.s(60, B64)}\n    ${j(dash, "END CERTIFICATE", dash)}\n  tls.key: |\n${k.block.trimEnd().split("\n").map((l) => "    " + l).join("\n")}\n`, k.line, "EC private key in a k8s TLS secret");
}
{
  const k = p8();
  add("keys", `# settings.py\nJWT_PRIVATE_KEY = """\n${k.block}"""\nJWT_ALGORITHM = "RS256"\n`, k.line, "PKCS#8 in Python settings");
}
{
  const k = openssh();
  add("keys", `${prose(r)}\n\n~/.ssh/id_ed25519:\n\`\`\`\n${k.block}\`\`\`\nand the server says Permission denied (publickey).`, k.line, "OpenSSH private key pasted in chat");
}
{
  const body = wrap("lQOYBGZ" + Buffer.from(r.bytes(700)).toString("base64"));
  const line = body.split("\n")[3]!;
  add("keys", `Run echo "$GPG_PRIVATE_KEY" | gpg --batch --import\n${j(dash, "BEGIN PGP PRIVATE", " KEY BLOCK", dash)}\n\n${body}\n=${r.s(4, B64)}\n${j(dash, "END PGP PRIVATE", " KEY BLOCK", dash)}\ngpg: key ${r.hex(16).toUpperCase()}: secret key imported`, line, "PGP private key block echoed in a CI log");
}
{
  const d = r.b64url(256);
  add("keys", JSON.stringify({ keys: [{ kty: "RSA", kid: r.s(12), use: "sig", alg: "RS256", n: r.b64url(256), e: "AQAB", d, p: r.b64url(128), q: r.b64url(128), dp: r.b64url(128), dq: r.b64url(128), qi: r.b64url(128) }] }, null, 2), d, "private JWK set (d/p/q present)");
}
{
  const k = p8();
  const sa = { type: "service_account", project_id: `acme-prod-${r.digits(6)}`, private_key_id: r.hex(40), private_key: k.block, client_email: `etl-runner@acme-prod.iam.gserviceaccount.com`, client_id: r.digits(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" };
  add("keys", JSON.stringify({ role: "user", content: `${prose(r)}\n\nservice-account.json:\n${JSON.stringify(sa, null, 2)}` }), k.line, "GCP service-account JSON inside a chat message (double escaped)");
}
{
  const k = p8();
  const sa = JSON.stringify({ type: "service_account", project_id: "acme-ml", private_key_id: r.hex(40), private_key: k.block, client_email: "trainer@acme-ml.iam.gserviceaccount.com" });
  const b = Buffer.from(sa).toString("base64");
  add("keys", `# .github/workflows/train.yml\n      - name: auth\n        env:\n          GOOGLE_CREDENTIALS_B64: ${b}\n        run: echo "$GOOGLE_CREDENTIALS_B64" | base64 -d > /tmp/sa.json`, b, "base64 service-account JSON in a workflow");
}
{
  const v = j("AGE-SECRET-", "KEY-1", r.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"));
  add("keys", `# created: ${r.ts()}\n# public key: age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${v}\n`, v, "age identity file");
}
{
  const priv = r.s(64, B64);
  add("keys", `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy@build\nPublic-Lines: 6\n${wrap(r.s(372, B64))}\nPrivate-Lines: 14\n${priv}\n${wrap(r.s(800, B64))}\nPrivate-MAC: ${r.hex(64)}`, priv, "unencrypted PuTTY .ppk");
}
{
  const k = p8ec();
  add("keys", `// fastlane/Fastfile\napp_store_connect_api_key(\n  key_id: "${r.s(10, UPAN)}",\n  issuer_id: "${r.uuid()}",\n  key_content: "${esc(k.block)}",\n  in_house: false\n)`, k.line, "App Store Connect .p8 in Fastfile");
}
{
  const k = ec();
  add("keys", JSON.stringify({ name: `organizations/${r.uuid()}/apiKeys/${r.uuid()}`, privateKey: k.block }, null, 2), k.line, "Coinbase CDP API key JSON");
}
{
  const v = r.b64(32);
  add("keys", `[Interface]\nPrivateKey = ${v}\nAddress = 10.8.0.${r.range(2, 200)}/24\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${r.b64(32)}\nEndpoint = vpn.acme.dev:51820\nAllowedIPs = 0.0.0.0/0\n`, v, "WireGuard config");
}
{
  const v = j("0x", r.hex(64));
  add("keys", `// hardhat.config.ts\nconst config: HardhatUserConfig = {\n  solidity: "0.8.24",\n  networks: {\n    mainnet: { url: "https://eth-mainnet.g.alchemy.com/v2/${r.s(32, URLSAFE)}", accounts: ["${v}"] },\n  },\n};`, v, "EVM private key in hardhat config");
}
{
  const k = rsa();
  add("keys", `resource "tls_private_key" "imported" {}\n\nlocals {\n  deploy_key = <<-EOT\n${k.block.trimEnd().split("\n").map((l) => "    " + l).join("\n")}\n  EOT\n}`, k.line, "RSA key in a Terraform heredoc");
}
{
  const k = openssh();
  add("keys", JSON.stringify({ jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "ssh_exec", arguments: { host: "10.0.3.14", user: "ubuntu", private_key: k.block, command: "sudo systemctl restart api" } } }), k.line, "OpenSSH key in MCP tools/call arguments");
}
// ---- credential files
{
  const v = j("np", "m_", r.s(36));
  add("keys", `$ cat ~/.npmrc\n//registry.npmjs.org/:_authToken=${v}\n@acme:registry=https://npm.pkg.github.com\nalways-auth=true`, v, ".npmrc");
}
{
  const v = r.s(20, AN);
  add("keys", `machine api.heroku.com\n  login ci@acme.dev\n  password ${v}\nmachine git.acme.dev\n  login deploy\n  password ${r.s(18)}\n`, v, ".netrc");
}
{
  const v = j(r.s(6, UP), r.s(12, LO + "0123456789"));
  add("keys", `# ~/.pgpass\ndb-prod.acme.internal:5432:orders:app_rw:${v}\nlocalhost:5432:*:postgres:postgres\n`, v, ".pgpass");
}
{
  const key = Buffer.from(rsa().block).toString("base64");
  const tok = r.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", sub: "system:serviceaccount:ci:deployer" }, "RS256");
  add("keys", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${r.b64(300)}\n    server: https://k8s.acme.dev:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${r.b64(300)}\n    client-key-data: ${key}\n- name: deployer\n  user:\n    token: ${tok}\ncontexts:\n- context: {cluster: prod, user: admin}\n  name: prod\ncurrent-context: prod\n`, [key, tok], "kubeconfig with client-key-data and SA token");
}
{
  const pass = r.s(24);
  const a = Buffer.from(`acmebot:${pass}`).toString("base64");
  add("keys", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: a }, "ghcr.io": { auth: Buffer.from(`acme-ci:${ghp()}`).toString("base64") } } }, null, 2), a, "docker config.json");
}
{
  const v = j("py", "pi-", "AgEIcHlwaS5vcmc", r.s(140, URLSAFE));
  add("keys", `[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ${v}\n`, v, ".pypirc");
}
{
  const v = ghp();
  add("keys", `$ cat ~/.git-credentials\nhttps://octo-dev:${v}@github.com\n`, v, ".git-credentials");
}
{
  const id = awsId();
  const s = awsSecret();
  add("keys", `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${s}\nregion = us-east-1\n\n[prod]\nrole_arn = arn:aws:iam::${r.digits(12)}:role/deploy\nsource_profile = default\n`, [id, s], "~/.aws/credentials");
}
{
  const s = awsSecret();
  add("keys", `[r2]\ntype = s3\nprovider = Cloudflare\naccess_key_id = ${r.hex(32)}\nsecret_access_key = ${r.hex(64)}\nendpoint = https://${r.hex(32)}.r2.cloudflarestorage.com\n\n[s3]\ntype = s3\nprovider = AWS\naccess_key_id = ${awsId()}\nsecret_access_key = ${s}\n`, s, "rclone.conf");
}
{
  const rt = j("1/", "/0", r.s(101, URLSAFE));
  add("keys", JSON.stringify({ client_id: `${r.digits(12)}-${r.s(32, LOAN)}.apps.googleusercontent.com`, client_secret: j("d-", r.s(22, URLSAFE)), refresh_token: rt, type: "authorized_user" }, null, 2), rt, "gcloud application_default_credentials.json");
}
{
  const v = r.s(16, AN);
  add("keys", `android {\n    signingConfigs {\n        release {\n            storeFile file("../keystore/release.jks")\n            storePassword "${v}"\n            keyAlias "upload"\n            keyPassword "${v}"\n        }\n    }\n}`, v, "Android release keystore passwords in build.gradle");
}

// ---- hard carriers (split, wrapped, encoded), filed under their provider's category
{
  const v = ghp();
  const a = v.slice(0, 17);
  const b = v.slice(17);
  add("devtools", `// scripts/release.js\nconst token = "${a}" +\n  "${b}";\nawait octokit.auth({ type: "token", token });`, [a, b], "GitHub PAT split across a string concatenation");
}
{
  const v = j("s", "k_live_", "51", r.s(97));
  const w = wrap(v, 60);
  add("payment", `2026-03-02T10:11:12Z worker-3 stripe client init\n  key=${w.split("\n").join("\n      ")}\n  api_version=2024-06-20`, w.split("\n"), "Stripe key hard-wrapped in a log");
}
{
  const v = j("s", "k-ant-api03-", r.s(93, URLSAFE), "AA");
  const cfg = Buffer.from(JSON.stringify({ provider: "anthropic", apiKey: v, model: "claude-sonnet-4-5" })).toString("base64");
  add("ai", `${prose(r)}\n\nThe extension stores its settings as base64: ${cfg}`, cfg, "Anthropic key inside base64 JSON");
}
{
  const v = j("xo", "xb-", r.digits(12), "-", r.digits(13), "-", r.s(24));
  const st = encodeURIComponent(JSON.stringify({ team: "T0ACME", bot_token: v, redirect: "/settings" }));
  add("comms", `GET /oauth/callback?code=${r.digits(12)}.${r.digits(13)}&state=${st} HTTP/1.1\nHost: app.acme.dev`, st, "Slack bot token URL-encoded inside an OAuth state param");
}
{
  const v = j("s", "k-proj-", r.s(74, URLSAFE), "T3Blbk", "FJ", r.s(74, URLSAFE));
  const inner = JSON.stringify({ command: `echo 'export OPENAI_API_KEY="${v}"' >> ~/.zshrc` });
  add("ai", JSON.stringify({ type: "function_call", call_id: `call_${r.s(24)}`, name: "shell", arguments: inner }), v, "OpenAI key in a Responses API function_call (double-escaped)");
}
{
  const v = j("gl", "pat-", r.s(20, URLSAFE));
  add("devtools", `$ git remote set-url origin https://oauth2:${v}@gitlab.com/acme/mobile-app.git\n$ git push origin main`, v, "GitLab token in a git remote URL");
}
{
  const v = awsSecret();
  const id = awsId();
  add("cloud", `import boto3\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="${id.slice(0, 10)}" "${id.slice(10)}",\n    aws_secret_access_key="${v}",\n)\n`, [v, id.slice(0, 10)], "AWS keys in boto3 call, key id split by implicit concatenation");
}
{
  const v = j("SG", ".", r.s(22, URLSAFE), ".", r.s(43, URLSAFE));
  const hex = Buffer.from(v).toString("hex");
  add("comms", `# mailer.conf (hex-encoded to keep it off one line, please decode)\nsendgrid_api_key_hex = ${hex}\n`, hex, "SendGrid key hex-encoded in a named slot");
}
{
  const v = j("dd", "", r.hex(32)).slice(2);
  add("observability", `:authority: http-intake.logs.datadoghq.eu\n:method: POST\n:path: /api/v2/logs\ncontent-type: application/json\ndd-api-key: ${v}\nuser-agent: datadog-agent/7.54.0`, v, "Datadog key in an HTTP/2 header dump");
}
{
  const v = j("nt", "n_", r.s(46));
  add("saas", JSON.stringify({ role: "tool", tool_call_id: `call_${r.s(24)}`, content: JSON.stringify({ stdout: `NOTION_TOKEN=${v}\nNOTION_DB=${r.hex(32)}\n`, exit_code: 0 }) }), v, "Notion token in a tool result (double-escaped)");
}
{
  const pw = r.s(20);
  add("data", `jdbc:postgresql://pg.acme.internal:5432/analytics?user=etl&password=${pw}&ssl=true`, pw, "Postgres JDBC URL with password parameter");
}
{
  const v = j("hv", "s.", "CAESI", r.s(86, URLSAFE));
  add("auth", `<!-- debug panel -->\n<script>window.__ENV__ = {"VAULT_ADDR":"https://vault.acme.internal:8200","VAULT_TOKEN":"${v}"};</script>`, v, "Vault token in inlined SSR env");
}

export { cases };
