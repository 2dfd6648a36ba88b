// Handcrafted positives: key material, credential files, and a few odd carriers.
import type { CorpusCase } from "../types.ts";
import { AN, B32, Gen, LD, UD, hand, j, type Hand } from "./_gen.ts";

const g = new Gen(0x119a5);

function wrap(b: string, w = 64): string {
  const out: string[] = [];
  for (let i = 0; i < b.length; i += w) out.push(b.slice(i, i + w));
  return out.join("\n");
}
/** PEM block whose base64 body starts with a realistic DER prefix. */
function pemB(r: Gen, label: string, derPrefix: string, n: number): string {
  const body = derPrefix + r.b64(n - derPrefix.length);
  const pad = body.length % 4 === 0 ? body : body + "=".repeat(4 - (body.length % 4));
  return `-----BEGIN ${label}-----\n${wrap(pad)}\n-----END ${label}-----`;
}
const rsa = (r: Gen) => pemB(r, j("RSA PRI", "VATE KEY"), "MIIEpAIBAAKCAQEA", 1588);
const pkcs8 = (r: Gen) => pemB(r, j("PRI", "VATE KEY"), "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1624);
const ecKey = (r: Gen) => pemB(r, j("EC PRI", "VATE KEY"), "MHcCAQEEI", 164);
const p8 = (r: Gen) => pemB(r, j("PRI", "VATE KEY"), "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", 184);
const opensshEd = (r: Gen) =>
  `-----BEGIN ${j("OPENSSH PRI", "VATE KEY")}-----\n${wrap("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACD" + r.b64(316) + "==", 70)}\n-----END ${j("OPENSSH PRI", "VATE KEY")}-----`;
const cert = (r: Gen) => pemB(r, "CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU", 1120);
const akia = (r: Gen) => j("AK", "IA", r.s(16, B32));
const awsSecret = (r: Gen) => r.s(40, AN + "+/");
const ghp = (r: Gen) => j("gh", "p_", r.s(36));
const npmT = (r: Gen) => j("np", "m_", r.s(36));
const BIP = "abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult advance advice aerobic affair afford afraid again agent agree ahead aim air airport aisle alarm album alcohol alert alien alley allow almost alone alpha already alter always amateur amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce annual another answer antenna antique anxiety apart apology appear apple approve april arch arctic arena argue armed armor army around arrange arrest arrive arrow artefact artist artwork aspect assault asset assist assume asthma athlete atom attack attend attitude attract auction audit august aunt author auto autumn average avocado avoid awake aware awesome awful awkward axis".split(" ");

const hs: Hand[] = [
  // ---- key material
  {
    g: "keys", note: "RSA PKCS#1 private key; file deploy/id_rsa; anthropic tool_use write_file",
    text: (r) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "assistant", content: [{ type: "tool_use", id: "toolu_01" + r.s(22), name: "write_file", input: { path: "deploy/id_rsa", content: rsa(r) + "\n" } }] }] }),
  },
  {
    g: "keys", note: "EC private key (P-256); pasted in chat asking why JWT ES256 verification fails",
    text: (r) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `My ES256 tokens don't verify on the gateway. This is the signing key we load:\n\n${ecKey(r)}\n\nand the gateway has the matching public key. What am I missing?` }] }),
  },
  {
    g: "keys", note: "PKCS#8 private key + certificate; k8s TLS Secret stringData tls.key; kubectl apply via MCP",
    text: (r) => JSON.stringify({ jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "kubectl_apply", arguments: { manifest: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.crt: |\n${cert(r).split("\n").map((l) => "    " + l).join("\n")}\n  tls.key: |\n${pkcs8(r).split("\n").map((l) => "    " + l).join("\n")}\n` } } }),
  },
  {
    g: "keys", note: "OpenSSH ed25519 private key; MCP read_file result of ~/.ssh/id_ed25519",
    text: (r) => JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: opensshEd(r) + "\n" }] } }),
  },
  {
    g: "keys", note: "PGP private key block; chat message (French) asking to import it in CI",
    text: (r) => {
      const k = j("PGP PRI", "VATE KEY BLOCK");
      return JSON.stringify({ messages: [{ role: "user", content: `Comment importer cette clé dans GitHub Actions pour signer les releases ?\n\n-----BEGIN ${k}-----\n\n${wrap("lQVYBG" + r.b64(1800), 64)}\n=${r.b64(4)}\n-----END ${k}-----` }] });
    },
  },
  {
    g: "keys", note: "GCP service account JSON (private_key, JSON-escaped) pasted in chat",
    text: (r) => {
      const sa = { type: "service_account", project_id: `acme-prod-${r.d(6)}`, private_key_id: r.hex(40), private_key: pkcs8(r) + "\n", client_email: `deployer@acme-prod.iam.gserviceaccount.com`, client_id: r.d(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" };
      return JSON.stringify({ model: "gpt-4.1-mini", messages: [{ role: "user", content: "gcloud auth activate-service-account fails with invalid_grant using this file:\n" + JSON.stringify(sa, null, 2) }] });
    },
  },
  {
    g: "keys", note: "age secret key; keys.txt written via tool_use (SOPS setup)",
    text: (r) => JSON.stringify({ type: "tool_use", id: "toolu_01" + r.s(22), name: "write_file", input: { path: ".config/sops/age/keys.txt", content: `# created: 2025-03-04T10:22:13+01:00\n# public key: age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${j("AGE-SECRET", "-KEY-1")}${r.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}\n` } }),
  },
  {
    g: "keys", note: "WireGuard interface PrivateKey; wg0.conf in chat (German)",
    text: (r) => JSON.stringify({ messages: [{ role: "user", content: `Der Tunnel kommt nicht hoch, hier meine wg0.conf:\n\n[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${r.b64(42)}${r.pick(["A", "E", "I", "M"])}=\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${r.b64(43)}=\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0` }] }),
  },
  {
    g: "keys", note: "Ethereum deployer private key; hardhat.config.js in tool_calls write_file",
    text: (r) => JSON.stringify({ tool_calls: [{ id: "call_" + r.s(24), type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "hardhat.config.js", content: `require("@nomicfoundation/hardhat-toolbox");\nmodule.exports = {\n  solidity: "0.8.24",\n  networks: { sepolia: { url: "https://rpc.example.org", accounts: ["0x${r.hex(64)}"] } },\n};\n` }) } }] }),
  },
  {
    g: "keys", note: "BIP39 wallet mnemonic; MNEMONIC in .env pasted in chat (Spanish)",
    text: (r) => JSON.stringify({ messages: [{ role: "user", content: `No consigo desplegar el contrato, este es mi .env:\n\nRPC_URL=https://rpc.example.org\nMNEMONIC="${Array.from({ length: 12 }, () => r.pick(BIP)).join(" ")}"\nCHAIN_ID=11155111` }] }),
  },
  {
    g: "keys", note: "Solana keypair id.json (64-byte secret array); MCP read_file result",
    text: (r) => JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: `$ cat ~/.config/solana/id.json\n${JSON.stringify(Array.from(r.bytes(64)))}\n$ solana config get\nKeypair Path: ~/.config/solana/id.json` }] } }),
  },
  {
    g: "keys", note: "Apple APNs .p8 auth key with key id and team id; chat message",
    text: (r) => `APNs push stopped working. Key ID ${r.s(10, UD)}, Team ID ${r.s(10, UD)}, the AuthKey .p8 is:\n\n${p8(r)}\n\nIs the key revoked or is our JWT wrong?`,
  },
  {
    g: "keys", note: "GitHub App private key in .env with \\n escapes; docker compose env_file via MCP result",
    text: (r) => JSON.stringify({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: `GITHUB_APP_ID=${r.d(6)}\nGITHUB_APP_PRIVATE_KEY="${rsa(r).replace(/\n/g, "\\n")}"\nWEBHOOK_PATH=/api/github/webhooks\n` }] } }),
  },
  {
    g: "keys", note: "kubeconfig user with client-key-data (base64 PEM); chat (Japanese)",
    text: (r) => `kubectl が Unauthorized を返します。kubeconfig は以下です：\n\napiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.example.net:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${Buffer.from(cert(r)).toString("base64")}\n    client-key-data: ${Buffer.from(rsa(r)).toString("base64")}\ncontexts:\n- context: {cluster: prod, user: admin}\n  name: prod\ncurrent-context: prod\n`,
  },
  // ---- cloud
  {
    g: "cloud", note: "AWS credentials file (key id + secret); MCP read_file ~/.aws/credentials",
    text: (r) => JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: `[default]\naws_access_key_id = ${akia(r)}\naws_secret_access_key = ${awsSecret(r)}\n\n[prod]\naws_access_key_id = ${akia(r)}\naws_secret_access_key = ${awsSecret(r)}\nregion = eu-west-1\n` }] } }),
  },
  {
    g: "cloud", note: "rclone.conf S3 remote with secret_access_key; chat (Portuguese)",
    text: (r) => JSON.stringify({ messages: [{ role: "user", content: `o rclone sync dá 403, segue meu rclone.conf:\n\n[backup]\ntype = s3\nprovider = Other\naccess_key_id = ${r.s(20, UD)}\nsecret_access_key = ${awsSecret(r)}\nendpoint = https://s3.example.com\n` }] }),
  },
  {
    g: "cloud", note: "Tailscale auth key in cloud-init user-data sent to a VPS create API",
    text: (r) => JSON.stringify({ name: "edge-03", region: "fra1", size: "s-1vcpu-1gb", user_data: `#cloud-config\nruncmd:\n  - curl -fsSL https://tailscale.example.com/install.sh | sh\n  - tailscale up --authkey=${j("tskey-", "auth-", r.s(11), "CNTRL-", r.s(33))} --ssh\n` }),
  },
  {
    g: "cloud", note: "HashiCorp Vault token file ~/.vault-token; agent bash tool output",
    text: (r) => JSON.stringify({ type: "tool_result", tool_use_id: "toolu_01" + r.s(22), content: `$ cat ~/.vault-token\n${j("hv", "s.", "CAESI", r.b64u(85))}\n$ vault status\nSealed          false` }),
  },
  // ---- devtools
  {
    g: "devtools", note: "npm registry token in .npmrc (registry.npmjs.org); gist create",
    text: (r) => JSON.stringify({ files: { ".npmrc": { content: `@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${npmT(r)}\nalways-auth=true\n` } }, public: false }),
  },
  {
    g: "devtools", note: "docker config.json auths (base64 user:token for Docker Hub); chat",
    text: (r) => JSON.stringify({ messages: [{ role: "user", content: `docker pull says unauthorized even though I'm logged in:\n\n${JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: Buffer.from(`acmebot:${j("dckr", "_pat_", r.b64u(27))}`).toString("base64") } } }, null, 2)}` }] }),
  },
  {
    g: "devtools", note: "~/.git-credentials line with GitHub PAT; shell output in tool_result",
    text: (r) => JSON.stringify({ type: "tool_result", tool_use_id: "toolu_01" + r.s(22), content: `$ cat ~/.git-credentials\nhttps://octo-dev:${ghp(r)}@github.com\n` }),
  },
  {
    g: "devtools", note: "GitLab PAT embedded in git remote URL; git remote -v in CI log",
    text: (r) => `$ git remote -v\norigin\thttps://oauth2:${j("gl", "pat-", r.b64u(20))}@gitlab.example.com/platform/infra.git (fetch)\norigin\thttps://oauth2:${j("gl", "pat-", r.b64u(20))}@gitlab.example.com/platform/infra.git (push)\n`,
  },
  {
    g: "devtools", note: "PyPI token in ~/.pypirc; chat (Italian)",
    text: (r) => `twine upload fallisce con 403, ecco il mio ~/.pypirc:\n\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${j("py", "pi-", "AgEIcHlwaS5vcmc", r.b64u(150))}\n`,
  },
  {
    g: "devtools", note: "gh CLI hosts.yml oauth_token; MCP read_file",
    text: (r) => JSON.stringify({ jsonrpc: "2.0", id: 21, result: { content: [{ type: "text", text: `github.com:\n    users:\n        octo-dev:\n            oauth_token: ${j("gh", "o_", r.s(36))}\n    git_protocol: https\n    oauth_token: ${j("gh", "o_", r.s(36))}\n    user: octo-dev\n` }] } }),
  },
  {
    g: "devtools", note: "GitHub PAT split across string concatenation in JS source (chat)",
    text: (r) => {
      const t = ghp(r);
      return JSON.stringify({ messages: [{ role: "user", content: `is this enough to stop secret scanning?\n\nconst token = "${t.slice(0, 14)}" + "${t.slice(14, 27)}" + "${t.slice(27)}";\nconst octokit = new Octokit({ auth: token });` }] });
    },
  },
  {
    g: "devtools", note: "Maven settings.xml server password (Nexus deploy); tool_calls write_file",
    text: (r) => JSON.stringify({ tool_calls: [{ id: "call_" + r.s(24), type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "/root/.m2/settings.xml", content: `<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>ci-deployer</username>\n      <password>${r.pw(22)}</password>\n    </server>\n  </servers>\n</settings>\n` }) } }] }),
  },
  {
    g: "devtools", note: "Yarn Berry .yarnrc.yml npmAuthToken for private registry; diff",
    text: (r) => `--- a/.yarnrc.yml\n+++ b/.yarnrc.yml\n@@ -1,2 +1,5 @@\n nodeLinker: node-modules\n+npmScopes:\n+  acme:\n+    npmRegistryServer: "https://npm.example.com"\n+    npmAuthToken: "${npmT(r)}"\n`,
  },
  // ---- data
  {
    g: "data", note: "~/.pgpass line with password; chat (Russian)",
    text: (r) => `psql всё равно спрашивает пароль, хотя есть ~/.pgpass:\n\ndb.example.net:5432:billing:billing_app:${r.pw(20)}\n*:*:*:postgres:${r.pw(16)}\n\nправа 0600 стоят.`,
  },
  {
    g: "data", note: "MySQL ~/.my.cnf [client] password; MCP read_file",
    text: (r) => JSON.stringify({ jsonrpc: "2.0", id: 5, result: { content: [{ type: "text", text: `[client]\nuser=report_ro\npassword="${r.pw(18)}"\nhost=mysql.example.com\n` }] } }),
  },
  {
    g: "data", note: "PGPASSWORD inline on pg_dump command; openai tool_calls run_shell",
    text: (r) => JSON.stringify({ tool_calls: [{ id: "call_" + r.s(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `PGPASSWORD='${r.pw(20)}' pg_dump -h db.example.net -U analytics -d warehouse -Fc -f /tmp/wh.dump` }) } }] }),
  },
  {
    g: "data", note: "redis.conf requirepass + masterauth; gist create",
    text: (r) => { const pw = r.s(32); return JSON.stringify({ files: { "redis.conf": { content: `bind 0.0.0.0\nport 6379\nrequirepass ${pw}\nmasterauth ${pw}\nmaxmemory 2gb\n` } } }); },
  },
  // ---- auth
  {
    g: "auth", note: ".netrc machine entry with password; chat (Dutch)",
    text: (r) => `curl --netrc werkt niet meer, dit is mijn ~/.netrc:\n\nmachine api.example.com\n  login deploy-bot\n  password ${r.pw(24)}\n`,
  },
  {
    g: "auth", note: "HTTP Basic authorization header (user:password base64); raw HTTP",
    text: (r) => `POST /api/v1/import HTTP/1.1\r\nHost: erp.example.com\r\nAuthorization: Basic ${Buffer.from(`integration:${r.pw(20)}`).toString("base64")}\r\nContent-Type: application/json\r\n\r\n{"batch":${r.range(1, 999)}}`,
  },
  {
    g: "auth", note: "Django session cookie in Cookie header; curl copied from devtools",
    text: (r) => `curl 'https://app.example.com/admin/users/' -H 'accept: text/html' -H 'cookie: csrftoken=${r.s(32)}; sessionid=${r.s(32, LD)}' --compressed`,
  },
  {
    g: "auth", note: "OAuth implicit-flow access_token in URL fragment; chat asking about redirect",
    text: (r) => `after login I land on https://app.example.com/callback#access_token=${r.jwt({ iss: "https://id.example.com", sub: r.uuid(), aud: "spa", scope: "openid profile api", exp: 1760000000 }, "RS256")}&token_type=Bearer&expires_in=3600 and the SPA doesn't pick it up, why?`,
  },
  {
    g: "auth", note: "TOTP seed in otpauth:// URI; Slack message handing over the 2FA for a shared admin account",
    text: (r) => JSON.stringify({ channel: "C0" + r.s(9, UD), text: `2FA for the shared registrar admin, add it to your authenticator: otpauth://totp/Registrar:admin@example.com?secret=${r.s(32, B32)}&issuer=Registrar&digits=6` }),
  },
  {
    g: "auth", note: "HTTPS_PROXY with embedded credentials; Dockerfile ENV",
    text: (r) => `FROM python:3.12-slim\nENV HTTPS_PROXY=http://svc-build:${r.pw(18)}@proxy.example.net:3128\nRUN pip install -r requirements.txt\n`,
  },
  {
    g: "auth", note: "FileZilla sitemanager.xml Pass (base64-encoded password); chat (Polish)",
    text: (r) => `FileZilla nie łączy się z serwerem, oto sitemanager.xml:\n\n<FileZilla3>\n  <Servers>\n    <Server>\n      <Host>ftp.example.com</Host>\n      <Port>21</Port>\n      <User>webmaster</User>\n      <Pass encoding="base64">${Buffer.from(r.pw(14)).toString("base64")}</Pass>\n    </Server>\n  </Servers>\n</FileZilla3>`,
  },
  {
    g: "auth", note: "JetBrains HTTP client .http file with @token variable; tool_use create_file",
    text: (r) => JSON.stringify({ type: "tool_use", id: "toolu_01" + r.s(22), name: "create_file", input: { path: "requests/orders.http", content: `@host = https://api.example.com\n@token = ${r.jwt({ sub: "svc-orders", scope: "orders:write", iat: 1730000000, exp: 1793072000 })}\n\n### List orders\nGET {{host}}/orders\nAuthorization: Bearer {{token}}\n` } }),
  },
  {
    g: "auth", note: "Postman environment export with secret value; upload to team workspace",
    text: (r) => JSON.stringify({ environment: { name: "prod", values: [{ key: "baseUrl", value: "https://api.example.com", enabled: true }, { key: "clientSecret", value: r.b64u(40), type: "secret", enabled: true }] } }),
  },
  {
    g: "auth", note: "LDAP bind password in application.yml; chat (Korean)",
    text: (r) => `LDAP 로그인이 안 됩니다. 설정은 아래와 같아요.\n\nspring:\n  ldap:\n    urls: ldaps://ldap.example.com:636\n    base: dc=example,dc=com\n    username: cn=svc-app,ou=services,dc=example,dc=com\n    password: ${r.pw(20)}\n`,
  },
  {
    g: "auth", note: "WordPress wp-config.php DB_PASSWORD and AUTH_KEY salt; gist",
    text: (r) => JSON.stringify({ files: { "wp-config.php": { content: `<?php\ndefine( 'DB_NAME', 'wp_prod' );\ndefine( 'DB_USER', 'wp_user' );\ndefine( 'DB_PASSWORD', '${r.pw(20)}' );\ndefine( 'DB_HOST', 'db.example.com' );\ndefine( 'AUTH_KEY', '${r.s(64, AN + "!@#$%^&*()-_[]{}<>~+=,.;:/?|")}' );\n` } } }),
  },
  {
    g: "auth", note: "cloud-init chpasswd plaintext password; VM create request body",
    text: (r) => JSON.stringify({ hostname: "build-runner-2", image: "ubuntu-24.04", user_data: `#cloud-config\nchpasswd:\n  expire: false\n  users:\n    - name: ubuntu\n      password: ${r.pw(16)}\n      type: text\nssh_pwauth: true\n` }),
  },
];


export const cases: CorpusCase[] = hand(g, "y119-h", hs);
