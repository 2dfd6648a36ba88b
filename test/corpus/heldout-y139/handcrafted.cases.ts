// Handcrafted positives: key material, credential files and a few unusual outbound shapes.
// Every credential-shaped value is generated at run time from one seeded stream.
import type { CorpusCase } from "../types.ts";
import { CAT, Gen, hc, j } from "./_gen.ts";

const g = new Gen(139003);
const J = (o: unknown) => JSON.stringify(o);
let n = 0;
const id = () => `y139-k-${String(++n).padStart(3, "0")}`;
const out: CorpusCase[] = [];
const add = (group: string, text: string, note: string) => out.push(hc(id(), CAT(group), "positive", text, note));

const BEGIN = (l: string) => j("-----BEGIN ", l, "-----");
const END = (l: string) => j("-----END ", l, "-----");
const DER: Record<string, string> = {
  [j("RSA PRIV", "ATE KEY")]: "MIIEpAIBAAKCAQEA",
  [j("EC PRIV", "ATE KEY")]: "MHcCAQEEI",
  [j("PRIV", "ATE KEY")]: "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ",
  [j("OPENSSH PRIV", "ATE KEY")]: "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA",
  CERTIFICATE: "MIIDdzCCAl+gAwIBAgIU",
};
const pemOf = (label: string, bytes: number) => `${BEGIN(label)}\n${g.pemPrefixed(DER[label] ?? "", bytes)}\n${END(label)}\n`;
const rsaLabel = j("RSA PRIV", "ATE KEY");
const ecLabel = j("EC PRIV", "ATE KEY");
const p8Label = j("PRIV", "ATE KEY");
const sshLabel = j("OPENSSH PRIV", "ATE KEY");
const pgpLabel = j("PGP PRIVATE ", "KEY BLOCK");
const tu = () => `toolu_01${g.an(22)}`;

// 1 RSA deploy key written by an agent tool_use
add(
  "keys",
  J({ role: "assistant", content: [{ type: "tool_use", id: tu(), name: "write_file", input: { path: "deploy/keys/id_rsa", content: pemOf(rsaLabel, 1190) } }] }),
  "RSA private key (PKCS#1 PEM) — slot file deploy/keys/id_rsa — anthropic tool_use write_file",
);

// 2 EC key pasted in a chat asking about ES256
add(
  "keys",
  J({ model: "gpt-4o", messages: [{ role: "user", content: `jose keeps throwing "invalid key" when I sign with this, what's wrong?\n\n${pemOf(ecLabel, 121)}\nconst key = await importPKCS8(pem, 'ES256')` }] }),
  "EC private key (SEC1 PEM) — pasted into an openai chat body",
);

// 3 GCP service account JSON returned from an MCP read_file
{
  const sa = {
    type: "service_account",
    project_id: "acme-analytics-prod",
    private_key_id: g.hex(40),
    private_key: pemOf(p8Label, 1218),
    client_email: "etl-runner@acme-analytics-prod.iam.gserviceaccount.com",
    client_id: g.dig(21),
    auth_uri: "https://accounts.google.com/o/oauth2/auth",
    token_uri: "https://oauth2.googleapis.com/token",
  };
  add(
    "cloud",
    J({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: JSON.stringify(sa, null, 2) }] } }),
    "GCP service-account key (PKCS#8 private_key) — slot private_key — MCP tools/call result of read_file",
  );
}

// 4 OpenSSH key echoed back as a tool message (cat ~/.ssh/id_ed25519)
const call4 = `call_${g.an(24)}`;
add(
  "keys",
  J({
    model: "gpt-4.1",
    messages: [
      { role: "assistant", content: null, tool_calls: [{ id: call4, type: "function", function: { name: "shell", arguments: J({ cmd: "cat ~/.ssh/id_ed25519" }) } }] },
      { role: "tool", tool_call_id: call4, content: pemOf(sshLabel, 300) },
    ],
  }),
  "OpenSSH private key — tool result content of `cat ~/.ssh/id_ed25519` in an openai messages body",
);

// 5 PGP private key block in a release handover (German prose)
add(
  "keys",
  J({ channel: `C0${g.up(9)}`, text: `Hier ist der Signaturschlüssel für das Release, Passphrase kommt separat:\n\`\`\`\n${BEGIN(pgpLabel)}\n\n${g.pemPrefixed("lQVYBGX", 1650)}\n=${g.b64(4)}\n${END(pgpLabel)}\n\`\`\`` }),
  "PGP private key block — Slack chat.postMessage handover (prose: de)",
);

// 6 age identity file
add(
  "keys",
  J({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: `sops -d fails with "no identity matched any of the recipients". my keys.txt:\n\n# created: 2025-03-02T10:11:12Z\n# public key: age1${g.bech(58)}\n${j("AGE-SECRET-", "KEY-1")}${g.bech(58).toUpperCase()}\n` }] }),
  "age X25519 identity (AGE-SECRET-KEY-1…) — keys.txt pasted into an anthropic messages body",
);

// 7 WireGuard config
add(
  "keys",
  J({ jsonrpc: "2.0", id: 31, method: "tools/call", params: { name: "write_file", arguments: { path: "/etc/wireguard/wg0.conf", content: `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${g.rawB64(32)}\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ${g.rawB64(32)}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\n` } } }),
  "WireGuard interface PrivateKey — wg0.conf in an MCP write_file request",
);

// 8 Ethereum deployer key in hardhat config
add(
  "keys",
  J({ model: "gpt-4o", messages: [{ role: "user", content: `Deploy to sepolia works but mainnet says insufficient funds?\n\n\`\`\`ts\nconst config: HardhatUserConfig = {\n  solidity: "0.8.24",\n  networks: {\n    mainnet: {\n      url: "https://rpc.example.com/eth",\n      accounts: ["0x${g.hex(64)}"],\n    },\n  },\n};\n\`\`\`` }] }),
  "Ethereum deployer private key (0x + 64 hex) — networks.mainnet.accounts in hardhat.config.ts, openai chat body",
);

// 9 Solana keypair file
{
  const arr = Array.from(g.bytes(64)).join(",");
  add(
    "keys",
    J({ type: "tool_use", id: tu(), name: "bash", input: { command: `echo '[${arr}]' > ~/.config/solana/id.json && solana config set --keypair ~/.config/solana/id.json` } }),
    "Solana keypair (64-byte JSON array) — echoed into id.json in an anthropic bash tool_use",
  );
}

// 10 BIP39 mnemonic in an .env (Spanish prose)
{
  const W = ["harbor", "velvet", "tunnel", "orbit", "canyon", "pistol", "monkey", "ribbon", "oxygen", "lizard", "bamboo", "frozen", "gravity", "humble", "jacket", "kitten", "ladder", "magnet", "napkin", "object", "pepper", "rabbit", "salmon", "tackle", "umbrella", "vacuum", "walnut", "yellow", "zebra", "anchor", "cactus", "dolphin", "eagle", "fabric", "galaxy", "hollow", "island", "jungle", "kingdom", "lemon", "marble", "noble", "olive", "panda", "puzzle", "random", "saddle", "tiger", "unveil", "vendor", "wagon", "wisdom", "youth", "badge", "copper", "drift", "elbow", "fiscal", "glove", "hockey"];
  const m = Array.from({ length: 12 }, () => g.pick(W)).join(" ");
  add(
    "keys",
    J({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `El script de retiro no firma las transacciones, ¿qué falta?\n\n\`\`\`env\nRPC_URL=https://rpc.example.org\nWALLET_MNEMONIC="${m}"\nCHAIN_ID=137\n\`\`\`` }] }),
    "BIP39 wallet mnemonic — slot WALLET_MNEMONIC in a pasted .env, anthropic messages body (prose: es)",
  );
}

// 11 APNs .p8 auth key in a Node config
add(
  "keys",
  J({ description: "push config", public: false, files: { "apns.js": { content: `module.exports = {\n  token: {\n    key: \`${pemOf(p8Label, 138)}\`,\n    keyId: "${g.up(10)}",\n    teamId: "${g.up(10)}",\n  },\n  production: true,\n};\n` } } }),
  "Apple APNs auth key (.p8 PKCS#8 PEM) — token.key in apns.js, GitHub gist create body",
);

// 12 private JWK (EC, with d)
add(
  "keys",
  J({ model: "gpt-4.1", input: `Why does my DPoP proof get rejected? signing with this JWK:\n${J({ kty: "EC", crv: "P-256", kid: g.b64u(43), x: g.rawB64u(32), y: g.rawB64u(32), d: g.rawB64u(32), use: "sig", alg: "ES256" })}` }),
  "private EC JWK (d parameter) — pasted in an OpenAI Responses API input",
);

// 13 kubeconfig with client-key-data and token
{
  const kc = [
    "apiVersion: v1",
    "kind: Config",
    "clusters:",
    "- cluster:",
    `    certificate-authority-data: ${Buffer.from(pemOf("CERTIFICATE", 600)).toString("base64")}`,
    "    server: https://k8s-prod.example.com:6443",
    "  name: prod",
    "users:",
    "- name: ci-deployer",
    "  user:",
    `    client-key-data: ${Buffer.from(pemOf(ecLabel, 121)).toString("base64")}`,
    `    token: ${g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", "kubernetes.io/serviceaccount/service-account.name": "deployer", sub: "system:serviceaccount:ci:deployer" }, "RS256", 342)}`,
    "contexts:",
    "- context: {cluster: prod, user: ci-deployer}",
    "  name: prod",
    "current-context: prod",
  ].join("\n");
  add(
    "cloud",
    J({ model: "gpt-4o-mini", messages: [{ role: "user", content: `kubectl says Unauthorized with this kubeconfig:\n\n${kc}` }] }),
    "kubeconfig client-key-data (base64 PEM) and service-account token — pasted in an openai chat body",
  );
}

// 14 Coinbase CDP API key JSON
add(
  "payment",
  J({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: JSON.stringify({ name: `organizations/${g.uuid()}/apiKeys/${g.uuid()}`, privateKey: pemOf(ecLabel, 121) }, null, 2) }] } }),
  "Coinbase CDP API key (EC private key PEM) — cdp_api_key.json in an MCP tools/call result",
);

// 15 .npmrc
add(
  "devtools",
  J({ type: "tool_use", id: tu(), name: "write_file", input: { path: ".npmrc", content: `@acme:registry=https://npm.pkg.example.com/\n${j("//registry.npmjs.org/:_auth", "Token=")}${j("np", "m_", g.an(36))}\nalways-auth=true\n` } }),
  "npm token in .npmrc _authToken — anthropic tool_use write_file",
);

// 16 docker config.json (base64 user:token)
add(
  "devtools",
  J({ model: "gpt-4o", messages: [{ role: "user", content: `docker push still says denied, here's ~/.docker/config.json:\n${JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: Buffer.from(`acmebuild:${j("dc", "kr_pat_", g.b64u(27))}`).toString("base64") } } }, null, 2)}` }] }),
  "Docker Hub PAT inside auths.auth (base64 user:token) of docker config.json — openai chat body",
);

// 17 .netrc
add(
  "auth",
  J({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: `curl -n doesn't pick this up?\n\n~/.netrc:\nmachine api.example.com\n  login deploy\n  password ${g.an(26)}\nmachine uploads.example.net login ci password ${g.an(20)}\n` }] }),
  ".netrc machine passwords — pasted in an anthropic messages body",
);

// 18 .pgpass (French prose)
add(
  "data",
  J({ body: `pg_dump demande encore le mot de passe malgré ce ~/.pgpass :\n\`\`\`\ndb-primary.example.com:5432:orders:orders_app:${g.an(24)}\n*:5432:*:replicator:${g.an(20)}\n\`\`\`` }),
  ".pgpass password fields — GitHub issue comment body (prose: fr)",
);

// 19 .git-credentials
add(
  "devtools",
  J({ tool_calls: [{ id: `call_${g.an(24)}`, type: "function", function: { name: "shell", arguments: J({ command: `printf 'https://ci-bot:${j("gh", "p_", g.an(36))}@github.com\\n' > ~/.git-credentials && git config --global credential.helper store` }) } }] }),
  "GitHub PAT in a .git-credentials URL — openai tool_calls shell arguments",
);

// 20 pip.conf with password in index-url
add(
  "devtools",
  `[global]\nindex-url = https://build:${g.an(32)}@pypi.example.com/simple/\ntimeout = 60\n`,
  "private index password in pip.conf index-url — raw file sent as upload body",
);

// 21 ~/.aws/credentials (Portuguese prose)
add(
  "cloud",
  J({ model: "gpt-4o", messages: [{ role: "user", content: `O terraform usa o perfil errado, segue meu ~/.aws/credentials:\n\n[default]\naws_access_key_id = ${j("AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}\naws_secret_access_key = ${g.str(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")}\n\n[prod]\nrole_arn = arn:aws:iam::${g.dig(12)}:role/admin\nsource_profile = default\n` }] }),
  "AWS access key pair in ~/.aws/credentials — openai chat body (prose: pt)",
);

// 22 gh hosts.yml
add(
  "devtools",
  J({ jsonrpc: "2.0", id: 5, result: { content: [{ type: "text", text: `github.com:\n    users:\n        octo-dev:\n            oauth_token: ${j("gh", "o_", g.an(36))}\n    git_protocol: https\n    user: octo-dev\n    oauth_token: ${j("gh", "o_", g.an(36))}\n` }] } }),
  "GitHub OAuth token in ~/.config/gh/hosts.yml — MCP read_file result",
);

// 23 .pypirc
add(
  "devtools",
  J({ model: "mistral-large-latest", messages: [{ role: "user", content: `twine upload returns 403:\n\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${j("py", "pi-", "AgEIcHlwaS5vcmc", g.b64u(150))}\n` }] }),
  "PyPI API token in .pypirc password — Mistral chat body",
);

// 24 gradle.properties
add(
  "devtools",
  J({ role: "user", content: [{ type: "tool_result", tool_use_id: tu(), content: `org.gradle.jvmargs=-Xmx4g\nsigning.keyId=${g.HEX(8)}\nsigning.password=${g.an(18)}\nsigning.secretKeyRingFile=/home/ci/.gnupg/secring.gpg\nossrhUsername=acme-release\nossrhPassword=${g.an(22)}\n` }] }),
  "signing.password and ossrhPassword in gradle.properties — anthropic tool_result",
);

// 25 Maven settings.xml
add(
  "devtools",
  `<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>deployer</username>\n      <password>${g.an(24)}</password>\n    </server>\n  </servers>\n</settings>\n`,
  "Maven settings.xml server password — raw XML body",
);

// 26 composer auth.json
add(
  "devtools",
  J({ model: "gpt-4o-mini", messages: [{ role: "user", content: `composer install can't reach the private repo:\n${JSON.stringify({ "http-basic": { "repo.example.com": { username: "ci", password: g.an(28) } }, "github-oauth": { "github.com": j("gh", "p_", g.an(36)) } }, null, 4)}` }] }),
  "composer auth.json http-basic password and github-oauth token — openai chat body",
);

// 27 wp-config.php (Japanese prose)
{
  const salt = () => g.str(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*()-_[]{}<>~+=,.;:/?|");
  add(
    "auth",
    J({ contents: [{ role: "user", parts: [{ text: `移行後にログインできません。wp-config.php です：\n<?php\ndefine( 'DB_NAME', 'wp_prod' );\ndefine( 'DB_USER', 'wp_app' );\ndefine( 'DB_PASSWORD', '${g.an(24)}' );\ndefine( 'DB_HOST', 'db.example.com' );\ndefine( 'AUTH_KEY',         '${salt()}' );\ndefine( 'SECURE_AUTH_KEY',  '${salt()}' );\n` }] }] }),
    "WordPress DB_PASSWORD and AUTH_KEY salts in wp-config.php — Gemini generateContent body (prose: ja)",
  );
}

// 28 proxy credentials in a CI log
add(
  "auth",
  J({ body: `apt-get fails behind the proxy:\n\`\`\`\n$ env | grep -i proxy\nhttp_proxy=http://svc-build:${g.an(18)}@proxy.example.com:3128\nhttps_proxy=http://svc-build:${g.an(18)}@proxy.example.com:3128\nno_proxy=localhost,127.0.0.1,.internal.test\n\`\`\`` }),
  "proxy password in http_proxy URL — GitHub issue comment body",
);

// 29 rclone.conf with OAuth token JSON
add(
  "cloud",
  J({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: `rclone sync stops after an hour:\n\n[gdrive]\ntype = drive\nscope = drive\ntoken = ${J({ access_token: j("ya", "29.", g.b64u(160)), token_type: "Bearer", refresh_token: j("1/", "/0", g.b64u(100)), expiry: "2025-06-01T12:00:00.000Z" })}\n` }] }),
  "Google Drive OAuth access + refresh token in rclone.conf — anthropic messages body",
);

// 30 VAPID keys for web push
add(
  "keys",
  J({ jsonrpc: "2.0", id: 44, method: "tools/call", params: { name: "write_file", arguments: { path: "server/push.ts", content: `webpush.setVapidDetails(\n  "mailto:ops@example.com",\n  "B${g.b64u(86)}",\n  "${g.b64u(43)}",\n);\n` } } }),
  "VAPID private key (second argument of setVapidDetails) — MCP write_file request",
);

// 31 asciinema cast where the token is typed (new idea)
{
  const tok = j("gl", "pat-", g.b64u(20));
  const ev = [[0.52, "o", "$ "], [1.9, "o", "export GITLAB_TOKEN="], [2.4, "o", tok], [2.9, "o", "\r\n$ "], [3.6, "o", "glab mr list\r\n"]];
  add(
    "devtools",
    [J({ version: 2, width: 120, height: 32, timestamp: 1740000000, env: { SHELL: "/bin/zsh", TERM: "xterm-256color" } }), ...ev.map((e) => J(e))].join("\n") + "\n",
    "GitLab PAT typed in an asciinema v2 cast uploaded as a recording",
  );
}

// 32 gRPC metadata log (new idea)
add(
  "ai",
  `2025-04-11T08:22:10.331Z DEBUG grpc.client call=/inference.v1.Generate/Stream\n  metadata: {\n    "user-agent": "grpc-go/1.64.0",\n    "authorization": "Bearer ${j("sk-", "proj-", g.b64u(74), "T3Blbk", "FJ", g.b64u(74))}",\n    "x-request-id": "${g.uuid()}"\n  }\n`,
  "OpenAI project key in gRPC metadata debug log — log upload body",
);

// 33 tls_private_key in terraform state (JSON-escaped PEM)
add(
  "keys",
  J({ model: "gpt-4o", messages: [{ role: "user", content: `state pull output, why is it recreating the key?\n${JSON.stringify({ version: 4, resources: [{ mode: "managed", type: "tls_private_key", name: "bastion", instances: [{ attributes: { algorithm: "RSA", rsa_bits: 4096, private_key_pem: pemOf(rsaLabel, 1190), public_key_fingerprint_md5: Array.from(g.bytes(16), (b) => b.toString(16).padStart(2, "0")).join(":") } }] }] }, null, 2)}` }] }),
  "RSA private key in terraform state private_key_pem — openai chat body",
);

export const cases: CorpusCase[] = out;
