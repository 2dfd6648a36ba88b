// Handcrafted positives: private key material and credential files whose shape does not fit the
// shared single-value renderers. Every credential-shaped value is built at run time.
import type { CorpusCase } from "../types.ts";
import { G, j } from "./_gen.ts";

const g = new G(0x61d3);
const B = "-----" + "BEGIN ";
const E = "-----" + "END ";
const pem = (label: string, lines: number) => `${B}${label}-----\n${g.pemBody(lines)}\n${E}${label}-----`;

const raw: Array<[string, string, string]> = [];
const add = (group: string, note: string, text: string) => raw.push([group, note, text]);

add("keys", "RSA private key (PKCS#1) in write_file tool call", JSON.stringify({ type: "tool_use", id: "toolu_01Vb9", name: "write_file", input: { path: "deploy/id_rsa", content: pem("RSA " + "PRIVATE KEY", 25) + "\n" } }));
add("keys", "PKCS#8 private key in GCP service-account JSON pasted into chat body", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: "why does auth fail with this sa.json?\n" + JSON.stringify({ type: "service_account", project_id: "acme-prod-4411", private_key_id: g.hex(40), private_key: pem("PRIVATE" + " KEY", 25) + "\n", client_email: "ci-deployer@acme-prod-4411.iam.gserviceaccount.com", client_id: g.dig(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2) }] }));
add("keys", "EC private key in Kubernetes Secret stringData", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-signer\ntype: Opaque\nstringData:\n  signer.key: |\n    ${pem("EC " + "PRIVATE KEY", 2).split("\n").join("\n    ")}\n`);
add("keys", "OpenSSH private key in shell heredoc", `cat > ~/.ssh/deploy_ed25519 <<'KEY'\n${pem("OPENSSH " + "PRIVATE KEY", 6)}\nKEY\nchmod 600 ~/.ssh/deploy_ed25519`);
add("keys", "PGP private key block in CI log", `2026-11-20T10:01:02Z Importing signing key\n2026-11-20T10:01:02Z ${B}PGP PRIVATE KEY BLOCK-----\n\n${g.pemBody(12)}\n=${g.b64(4)}\n${E}PGP PRIVATE KEY BLOCK-----\n2026-11-20T10:01:03Z gpg: key imported`);
add("keys", "age secret key in SOPS keys.txt via MCP result", JSON.stringify({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: `# created: 2026-05-01T10:00:00Z\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${j("AGE-SECRET-", "KEY-1", g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))}\n` }] } }));
add("keys", "PuTTY private key file in diff", `diff --git a/ops/keys/bastion.ppk b/ops/keys/bastion.ppk\nnew file mode 100644\n--- /dev/null\n+++ b/ops/keys/bastion.ppk\n@@ -0,0 +1,9 @@\n+PuTTY-User-Key-File-3: ssh-ed25519\n+Encryption: none\n+Comment: bastion\n+Public-Lines: 2\n+${g.b64(64)}\n+${g.b64(16)}\n+Private-Lines: 1\n+${g.b64(44)}\n+Private-MAC: ${g.hex(64)}`);
add("keys", "RSA private key in Python triple-quoted string (paramiko)", `DEPLOY_KEY = """${pem("RSA " + "PRIVATE KEY", 12)}"""\n\nparamiko.RSAKey.from_private_key(io.StringIO(DEPLOY_KEY))`);
add("keys", "WireGuard PrivateKey in wg0.conf", `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${g.b64(43)}=\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.b64(43)}=\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0`);
add("keys", "Solana keypair JSON array in write_file", JSON.stringify({ name: "write_file", arguments: { path: "wallet/id.json", content: JSON.stringify(Array.from(g.bytes(64))) } }));
add("keys", "Ethereum private key in .env (hardhat)", `ALCHEMY_URL=https://eth-mainnet.g.alchemy.com/v2/${g.b64u(32)}\nDEPLOYER_PRIVATE_KEY=0x${g.hex(64)}\n`);
add("cloud", "AWS credentials file via cat in shell tool result", `$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${j("AK", "IA", g.b32(16))}\naws_secret_access_key = ${g.b64(40)}\n\n[prod]\naws_access_key_id = ${j("AK", "IA", g.b32(16))}\naws_secret_access_key = ${g.b64(40)}\nregion = eu-central-1`);
add("cloud", "AWS STS session triple in exported env (shell history)", `  88  export AWS_ACCESS_KEY_ID=${j("AS", "IA", g.b32(16))}\n  89  export AWS_SECRET_ACCESS_KEY=${g.b64(40)}\n  90  export AWS_SESSION_TOKEN=${j("IQoJb3JpZ2luX2Vj", g.b64(300))}\n  91  aws s3 ls`);
add("cloud", "Azure SAS URL in curl upload", `curl -X PUT -T build.zip -H "x-ms-blob-type: BlockBlob" "https://acmeartifacts.blob.core.windows.net/builds/build.zip?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.b64(43) + "=")}"`);
add("cloud", "kubeconfig with bearer token pasted in chat", JSON.stringify({ role: "user", content: `kubectl says unauthorized, config:\napiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.0.0.12:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    token: ${g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "kube-system", sub: "system:serviceaccount:kube-system:admin" })}\n` }));
add("devtools", ".npmrc with registry auth token", `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${j("np", "m_", g.an(36))}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${j("gh", "p_", g.an(36))}`);
add("devtools", "docker config.json auths in MCP file read", JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from("acme-bot:" + j("gh", "p_", g.an(36))).toString("base64") } } }, null, 2) }] } }));
add("devtools", "git remote URL with PAT in CI log", `Run git push https://x-access-token:${j("gh", "s_", g.an(36))}@github.com/acme/site.git HEAD:gh-pages\nEnumerating objects: 12, done.\nTo https://github.com/acme/site.git\n   3f1c2a9..8b0d4e1  HEAD -> gh-pages`);
add("auth", ".netrc machine entry", `machine api.heroku.com\n  login ops@acme.io\n  password ${j("HR", "KU-", "AA", g.b64u(58))}\nmachine git.heroku.com\n  login ops@acme.io\n  password ${j("HR", "KU-", "AA", g.b64u(58))}`);
add("data", ".pgpass line", `# hostname:port:database:username:password\ndb-prod.internal:5432:orders:svc_orders:${g.b64u(26)}\n`);
add("data", "JDBC URL with password in application.yml", `spring:\n  datasource:\n    url: jdbc:mysql://mysql-prod.internal:3306/shop?user=shop_rw&password=${g.an(20)}&useSSL=true\n    hikari:\n      maximum-pool-size: 20`);
add("data", "ClickHouse password in CLI positional args", `$ clickhouse-client --host ch.internal --user analytics --password '${g.b64u(22)}' --query "SELECT count() FROM events"`);
add("auth", "HTTP Basic header (base64 user:password) in HAR entry", JSON.stringify({ request: { method: "GET", url: "https://jenkins.acme.io/api/json", headers: [{ name: "Authorization", value: "Basic " + Buffer.from("deploy:" + j("11", g.hex(32))).toString("base64") }, { name: "Accept", value: "application/json" }] } }, null, 2));
add("auth", "OAuth refresh token in token response echoed by tool", JSON.stringify({ tool: "http_request", result: { status: 200, body: { access_token: j("ya", "29.", "a0", g.b64u(150)), expires_in: 3599, refresh_token: j("1//", "0g", g.b64u(100)), scope: "https://www.googleapis.com/auth/drive", token_type: "Bearer" } } }));
add("comms", "Slack webhook in crontab", `# m h dom mon dow command\n*/15 * * * * /opt/check.sh || curl -s -X POST -d '{"text":"check failed"}' ${j("https://hooks.", "slack.com/services/T0", g.uan(8), "/B0", g.uan(8), "/", g.an(24))}`);
add("payment", "Stripe live key in systemd unit Environment", `[Service]\nExecStart=/usr/bin/node /srv/billing/index.js\nEnvironment=NODE_ENV=production\nEnvironment=STRIPE_KEY=${j("sk", "_live_", "51", g.an(97))}\nRestart=always`);

export const cases: CorpusCase[] = raw.map(([group, note, text], i) => ({
  id: `y61-k-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty61-sec-${group}`,
  label: "positive",
  text,
  note,
}));
