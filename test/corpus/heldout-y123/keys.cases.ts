// Handcrafted key material: PEM/OpenSSH/PGP/PuTTY private keys, JWK, wallet keys and seed
// phrases, service-account and vendor key files, each inside an outbound payload.
import type { CorpusCase } from "../types.ts";
import { Gen, b64of, j, mk } from "./_gen.ts";

const g = new Gen(0x123e7);
const cases: CorpusCase[] = [];
let n = 0;
const add = (group: Parameters<typeof mk>[0], text: string, note: string) => {
  n++;
  cases.push(mk(group, `y123-k-${String(n).padStart(3, "0")}`, text, note));
};
const wrap = (s: string, w: number) => (s.match(new RegExp(`.{1,${w}}`, "g")) ?? []).join("\n");

function opensshKey(): string {
  const u32 = (x: number) => Buffer.from([(x >>> 24) & 255, (x >>> 16) & 255, (x >>> 8) & 255, x & 255]);
  const s = (t: string) => Buffer.concat([u32(t.length), Buffer.from(t)]);
  const pub = Buffer.from(g.bytes(32));
  const pubBlob = Buffer.concat([s("ssh-ed25519"), u32(32), pub]);
  const check = Buffer.from(g.bytes(4));
  const priv = Buffer.concat([check, check, s("ssh-ed25519"), u32(32), pub, u32(64), Buffer.from(g.bytes(32)), pub, s("deploy@build-07"), Buffer.from([1, 2, 3, 4, 5])]);
  const body = Buffer.concat([Buffer.from("openssh-key-v1\0"), s("none"), s("none"), u32(0), u32(1), u32(pubBlob.length), pubBlob, u32(priv.length), priv]);
  return [j("-----BEGIN OPENSSH PRIV", "ATE KEY-----"), wrap(body.toString("base64"), 70), j("-----END OPENSSH PRIV", "ATE KEY-----")].join("\n");
}

// 1 RSA key pasted into an OpenAI chat
{
  const key = g.rsaKey();
  add("keys", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `ssh keeps saying "invalid format" for this deploy key, can you see what's wrong with it?\n\n${key}\n` }] }), "RSA private key (PKCS#1 PEM); slot: pasted in user message; context: OpenAI chat body");
}
// 2 PKCS#8 key written by tool_use
{
  const key = g.pkcs8();
  add("keys", JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "assistant", content: [{ type: "tool_use", id: j("toolu_01", g.a(22)), name: "write_file", input: { path: "certs/server.key", content: key + "\n" } }] }] }), "PKCS#8 private key PEM; slot: write_file content certs/server.key; context: Anthropic tool_use");
}
// 3 EC key in a k8s TLS secret (base64 data)
{
  const crt = g.cert();
  const key = g.ecKey();
  add("keys", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\n  namespace: ingress\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${b64of(crt + "\n")}\n  tls.key: ${b64of(key + "\n")}\n`, "EC private key PEM base64-encoded; slot: tls.key; context: kubernetes.io/tls Secret manifest");
}
// 4 OpenSSH key via heredoc in an OpenAI tool call
{
  const key = opensshKey();
  add("keys", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "assistant", content: null, tool_calls: [{ id: j("call_", g.a(24)), type: "function", function: { name: "bash", arguments: JSON.stringify({ command: `mkdir -p ~/.ssh && cat > ~/.ssh/id_ed25519 <<'EOF'\n${key}\nEOF\nchmod 600 ~/.ssh/id_ed25519 && ssh -T git@git.example.com` }) } }] }] }), "OpenSSH ed25519 private key; slot: heredoc to ~/.ssh/id_ed25519; context: OpenAI tool_calls bash arguments (double-escaped)");
}
// 5 PGP private key block in a CI script
{
  const body = wrap(j("lQdGBGZ", g.b64(1400)), 64);
  add("keys", `# .github/scripts/import-signing-key.sh\nset -euo pipefail\ngpg --batch --import <<'KEY'\n${j("-----BEGIN PGP PRIV", "ATE KEY BLOCK-----")}\n\n${body}\n=${g.b64(4)}\n${j("-----END PGP PRIV", "ATE KEY BLOCK-----")}\nKEY\ngpg --list-secret-keys\n`, "PGP private key block; slot: gpg --import heredoc; context: CI shell script");
}
// 6 JWK private key (EC with d)
{
  const jwk = { kty: "EC", crv: "P-256", kid: `sig-${g.lo(8)}`, use: "sig", alg: "ES256", x: g.b64u(43), y: g.b64u(43), d: g.b64u(43) };
  add("keys", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: `$ cat config/jwt-signing.json\n${JSON.stringify({ issuer: "https://auth.example.com", signingKey: jwk }, null, 2)}` }] } }), "JWK EC private key (d member); slot: signingKey; context: MCP tools/call result");
}
// 7 Solana id.json
{
  const arr = Array.from(g.bytes(64)).join(",");
  add("keys", JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Why does \`solana program deploy\` say insufficient funds? Here is my ~/.config/solana/id.json:\n[${arr}]` }] }), "Solana keypair byte array (id.json); slot: pasted file; context: chat completion");
}
// 8 BIP39 mnemonic in hardhat .env
{
  add("keys", JSON.stringify({ model: "claude-opus-4-1", max_tokens: 2048, messages: [{ role: "user", content: `Hardhat no encuentra la cuenta del deployer, ¿qué falta?\n\n.env\nMNEMONIC="${g.words(12)}"\nALCHEMY_URL=https://eth-mainnet.example.org/v2\nETHERSCAN_NETWORK=mainnet\n` }] }), "BIP39 seed phrase; slot: MNEMONIC; context: Anthropic body, Spanish prose, pasted .env");
}
// 9 PuTTY PPK
{
  const pubB = b64of(Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from("ssh-ed25519"), Buffer.from([0, 0, 0, 32]), Buffer.from(g.bytes(32))]));
  const privB = b64of(Buffer.concat([Buffer.from([0, 0, 0, 32]), Buffer.from(g.bytes(32))]));
  add("keys", JSON.stringify({ body: `Windows agent can't connect. Attaching the key file it uses (build-agent.ppk):\n\n\`\`\`\nPuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-20240611\nPublic-Lines: 2\n${wrap(pubB, 64)}\nPrivate-Lines: 1\n${privB}\nPrivate-MAC: ${g.h(64)}\n\`\`\`` }), "PuTTY PPK v3 unencrypted private key; slot: Private-Lines; context: GitHub issue comment API body");
}
// 10 WireGuard config
{
  add("keys", `[Interface]\nAddress = 10.8.0.2/32\nPrivateKey = ${g.rb64(32)}\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ${g.rb64(32)}\nPresharedKey = ${g.rb64(32)}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\nPersistentKeepalive = 25\n`, "WireGuard PrivateKey + PresharedKey; slot: wg0.conf [Interface]; context: config file sent as payload");
}
// 11 GCP service-account JSON in chat
{
  const sa = { type: "service_account", project_id: "acme-prod-418207", private_key_id: g.h(40), private_key: g.pkcs8() + "\n", client_email: "deployer@acme-prod-418207.iam.gserviceaccount.com", client_id: g.d(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token", universe_domain: "googleapis.com" };
  add("cloud", JSON.stringify({ model: "gemini-2.5-pro", contents: [{ role: "user", parts: [{ text: `Terraform says "invalid_grant". This is the key file I exported:\n${JSON.stringify(sa, null, 2)}` }] }] }), "GCP service-account key JSON (private_key); slot: pasted key file; context: Gemini generateContent body");
}
// 12 Coinbase CDP API key JSON
{
  const key = { name: `organizations/${g.uuid()}/apiKeys/${g.uuid()}`, privateKey: g.ecKey() + "\n" };
  add("payment", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `Integrating Coinbase Advanced Trade. Here's cdp_api_key.json, generate the JWT signer in TypeScript:\n${JSON.stringify(key, null, 2)}` }] }), "Coinbase CDP API key (EC privateKey); slot: cdp_api_key.json; context: OpenAI chat body");
}
// 13 APNs .p8 key
{
  const key = g.pem(j("PRIV", "ATE KEY"), [0x30, 0x81, 0x93, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01], 130);
  add("keys", `// push/config.ts\nexport const apns = {\n  teamId: "${g.up(10)}",\n  keyId: "${g.up(10)}",\n  bundleId: "com.example.orders",\n  key: \`${key}\`,\n};\n`, "Apple APNs .p8 signing key (PKCS#8 EC); slot: apns.key template literal; context: TypeScript source");
}
// 14 kubeconfig with client-key-data and token
{
  add("cloud", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${b64of(g.cert())}\n    server: https://k8s-prod.example.com:6443\n  name: prod\ncontexts:\n- context:\n    cluster: prod\n    user: admin\n  name: prod\ncurrent-context: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${b64of(g.cert())}\n    client-key-data: ${b64of(g.rsaKey())}\n`, "kubeconfig client-key-data (base64 RSA key); slot: users[].user.client-key-data; context: kubeconfig pasted as payload");
}
// 15 GitHub App private key in .env (escaped newlines)
{
  const key = g.rsaKey().replace(/\n/g, "\\n");
  add("devtools", `# .env\nGITHUB_APP_ID=${g.d(6)}\nGITHUB_APP_INSTALLATION_ID=${g.d(8)}\nGITHUB_APP_PRIVATE_KEY="${key}"\nWEBHOOK_PROXY_URL=https://smee.example.com/abc\n`, "GitHub App RSA private key with \\n escapes; slot: GITHUB_APP_PRIVATE_KEY; context: .env");
}
// 16 OCI API signing key + config
{
  add("cloud", JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: `==> ~/.oci/config <==\n[DEFAULT]\nuser=ocid1.user.oc1..${g.lo(60)}\nfingerprint=${Array.from({ length: 16 }, () => g.h(2)).join(":")}\ntenancy=ocid1.tenancy.oc1..${g.lo(60)}\nregion=eu-frankfurt-1\nkey_file=~/.oci/oci_api_key.pem\n\n==> ~/.oci/oci_api_key.pem <==\n${g.pkcs8()}\n` }] } }), "OCI API signing key PEM; slot: ~/.oci/oci_api_key.pem; context: MCP result from `head` on two files");
}
// 17 Android signing passwords in gradle
{
  add("devtools", `// app/build.gradle.kts\nandroid {\n    signingConfigs {\n        create("release") {\n            storeFile = file("../keystore/release.jks")\n            storePassword = "${g.pw(18)}"\n            keyAlias = "orders-release"\n            keyPassword = "${g.pw(18)}"\n        }\n    }\n}\n`, "Android keystore storePassword/keyPassword; slot: signingConfigs.release; context: Gradle Kotlin DSL");
}
// 18 SSH key in a Japanese chat handover
{
  const key = opensshKey();
  add("keys", JSON.stringify({ channel: j("D0", g.up(9)), text: `踏み台サーバー用の鍵です。~/.ssh/bastion に保存してください。\n\`\`\`\n${key}\n\`\`\`` }), "OpenSSH private key; slot: chat message code block; context: Slack DM, Japanese prose");
}

export { cases };
