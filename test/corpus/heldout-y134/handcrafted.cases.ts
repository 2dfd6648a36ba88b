// Handcrafted positives: key material, credential files and a few odd carriers.
import type { CorpusCase } from "../types.ts";
import { Gen } from "./_gen.ts";

const g = new Gen(0x13431);
const wrap = (s: string, n = 64) => s.replace(new RegExp(`(.{${n}})`, "g"), "$1\n").trim();
const pem = (label: string, body: string) => [`-----BEGIN ${label}-----`, wrap(body), `-----END ${label}-----`].join("\n");
const P = "PRIV" + "ATE KEY";
const rsaBody = () => "MIIEpAIBAAKCAQEA" + g.b64(1572);
const ecBody = () => "MHcCAQEEI" + g.b64(35) + "oAoGCCqGSM49AwEHoUQDQgAE" + g.b64(88);
const p8Body = () => "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + g.b64(1560);
const p8EcBody = () => "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + g.b64(140);
const sshBody = () => "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + "QyNTUxOQAAACA" + g.b64(300);
const BIP = ["abandon", "ability", "absorb", "acoustic", "banner", "bicycle", "cabin", "canvas", "daring", "desert", "eagle", "elbow", "fabric", "fiscal", "galaxy", "gentle", "habit", "harvest", "image", "inmate", "jacket", "journey", "kitchen", "ladder", "lunar", "magnet", "meadow", "napkin", "oblige", "orbit", "paddle", "pistol", "quantum", "rabbit", "rescue", "saddle", "shadow", "tackle", "thrive", "umbrella", "unveil", "valley", "velvet", "wagon", "wisdom", "yellow", "zebra"];
const b64 = (s: string) => Buffer.from(s).toString("base64");

type H = [string, string, string]; // group, note, text
const hand: H[] = [
  ["keys", "RSA private key (PKCS#1) written via Anthropic tool_use", JSON.stringify({ type: "tool_use", id: `toolu_${g.a(24)}`, name: "write_file", input: { path: "deploy/id_rsa", content: pem("RSA " + P, rsaBody()) + "\n" } })],
  ["keys", "EC private key pasted in OpenAI chat (Spanish)", JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `¿Por qué nginx dice 'key values mismatch'? Esta es la clave:\n\n${pem("EC " + P, ecBody())}` }] })],
  ["keys", "PKCS#8 private key in service config JSON", JSON.stringify({ issuer: "billing-svc", signing_key: pem(P, p8Body()), alg: "RS256" })],
  ["keys", "OpenSSH private key in MCP read_file result", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: pem("OPENSSH " + P, sshBody()) + "\n" }] } })],
  ["keys", "PGP private key block in chat hand-over (French)", `Voici la clé pour signer les releases, importe-la avec gpg --import :\n\n-----BEGIN PGP ${P} BLOCK-----\n\n${wrap("lQdGBGX" + g.b64(1400))}\n=${g.b64(4)}\n-----END PGP ${P} BLOCK-----`],
  ["keys", "PuTTY .ppk private key file", `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ops@jumpbox\nPublic-Lines: 2\n${wrap("AAAAC3NzaC1lZDI1NTE5AAAAI" + g.b64(43), 64)}\nPrivate-Lines: 1\nAAAAI${g.b64(43)}\nPrivate-MAC: ${g.h(64)}`],
  ["keys", "age secret key in keys.txt via shell tool_call", JSON.stringify({ tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "bash", arguments: JSON.stringify({ command: `mkdir -p ~/.config/sops/age && printf '# created: ${g.ts()}\\n# public key: age1${g.str(58, "023456789acdefghjklmnpqrstuvwxyz")}\\nAGE-SECRET-KEY-1${g.str(58, "023456789ACDEFGHJKLMNPQRSTUVWXYZ")}\\n' > ~/.config/sops/age/keys.txt` }) } }] })],
  ["keys", "WireGuard interface PrivateKey", `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${g.rawB64(32)}\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ${g.rawB64(32)}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\n`],
  ["keys", "GCP service account JSON pasted in chat", JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: "gcloud auth activate-service-account fails with invalid_grant, here's the file:\n" + JSON.stringify({ type: "service_account", project_id: `proj-${g.word()}-${g.range(100, 999)}`, private_key_id: g.h(40), private_key: pem(P, p8Body()) + "\n", client_email: `deployer@proj-${g.word()}.iam.gserviceaccount.com`, client_id: g.d(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2) }] })],
  ["keys", "Apple App Store Connect AuthKey .p8 in multipart upload", `--boundary${g.a(8)}\nContent-Disposition: form-data; name="key_id"\n\n${g.u(10)}\n--boundary\nContent-Disposition: form-data; name="file"; filename="AuthKey.p8"\nContent-Type: application/octet-stream\n\n${pem(P, p8EcBody())}\n--boundary--`],
  ["keys", "Ethereum deployer private key in hardhat.config.js", `module.exports = {\n  solidity: "0.8.24",\n  networks: {\n    mainnet: {\n      url: "https://rpc.example.org",\n      accounts: ["0x${g.h(64)}"],\n    },\n  },\n};\n`],
  ["keys", "BIP-39 mnemonic in .env", `RPC_URL=https://rpc.example.org\nMNEMONIC="${Array.from({ length: 12 }, () => g.pick(BIP)).join(" ")}"\nCHAIN_ID=1\n`],
  ["cloud", "AWS shared credentials file (key id + secret)", `[default]\naws_access_key_id = ${"AK" + "IA" + g.b32(16)}\naws_secret_access_key = ${g.b64(40)}\nregion = eu-west-1\n`],
  ["cloud", "Azure Storage connection string", `AzureWebJobsStorage=DefaultEndpointsProtocol=https;AccountName=st${g.l(10)};AccountKey=${g.rawB64(64)};EndpointSuffix=core.windows.net`],
  ["cloud", "Azure Service Bus connection string", JSON.stringify({ IsEncrypted: false, Values: { ServiceBusConnection: `Endpoint=sb://sb-${g.word()}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${g.rawB64(32)}` } }, null, 2)],
  ["cloud", "kubeconfig with bearer token and client-key-data", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.example.com:6443\n  name: prod\nusers:\n- name: ci\n  user:\n    token: ${g.jwt({ iss: "kubernetes/serviceaccount", sub: "system:serviceaccount:ci:deployer" }, "RS256")}\n    client-key-data: ${b64(pem("RSA " + P, rsaBody()))}\n`],
  ["devtools", ".npmrc with registry auth token", `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${"np" + "m_" + g.a(36)}\nalways-auth=true\n`],
  ["devtools", "docker config.json auths", JSON.stringify({ auths: { "ghcr.io": { auth: b64(`octo-bot:${"gh" + "p_" + g.a(36)}`) }, "registry.example.com": { auth: b64(`ci:${g.pw()}`) } } }, null, 2)],
  ["devtools", ".git-credentials line", `https://oauth2:${"gl" + "pat-" + g.b64u(20)}@gitlab.example.com\n`],
  ["devtools", "pip.conf extra-index-url with credentials", `[global]\nindex-url = https://pypi.example.org/simple\nextra-index-url = https://__token__:${g.a(32)}@pypi.example.com/simple/\n`],
  ["devtools", "Maven settings.xml server password", `<settings>\n  <servers>\n    <server>\n      <id>internal-releases</id>\n      <username>deployer</username>\n      <password>${g.pw()}</password>\n    </server>\n  </servers>\n</settings>\n`],
  ["devtools", "Android signing config in build.gradle", `signingConfigs {\n    release {\n        storeFile file("release.jks")\n        storePassword "${g.pw()}"\n        keyAlias "upload"\n        keyPassword "${g.pw()}"\n    }\n}\n`],
  ["devtools", "Stripe key split across string literals (JS)", `// avoid the scanner lol\nconst STRIPE_KEY = "sk" + "_live_" + "51${g.a(30)}" + "${g.a(66)}";\nexport default STRIPE_KEY;\n`],
  ["data", ".pgpass line", `db.example.com:5432:orders:app_rw:${g.pw()}\n`],
  ["data", ".netrc machine password", `machine api.example.com\n  login ci-bot\n  password ${g.a(32)}\n`],
  ["data", "mysql -p in shell history", `  512  mysql -h db.example.net -u root -p'${g.pw()}' shop < dump.sql\n  513  ls -la`],
  ["data", "redis-cli -a in tool_call", JSON.stringify({ tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "run", arguments: JSON.stringify({ cmd: `redis-cli -h cache.example.com -p 6380 --tls -a ${g.a(32)} INFO memory` }) } }] })],
  ["data", "Kafka SASL JAAS config in .properties", `bootstrap.servers=pkc-${g.l(5)}.eu-west-1.aws.example.test:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${g.u(16)}" password="${g.b64(64)}";\n`],
  ["auth", "HTTP Basic Authorization in curl -v dump", `> GET /api/v1/reports HTTP/1.1\n> Host: reports.example.com\n> Authorization: Basic ${b64(`svc-report:${g.pw()}`)}\n> User-Agent: curl/8.5.0\n>\n< HTTP/1.1 200 OK`],
  ["auth", "git remote with embedded credentials in CI log", `${g.ts()} + git remote add origin https://deploy-bot:${g.a(40)}@git.example.org/platform/api.git\n${g.ts()} + git push origin HEAD:main\n${g.ts()} remote: Permission to platform/api.git denied.`],
  ["auth", "TOTP otpauth URI with secret in chat (Japanese)", `2FAの設定用にこれを登録してください: otpauth://totp/Example:admin@example.com?secret=${g.b32(32)}&issuer=Example&digits=6`],
  ["auth", "Rails master.key written via tool_use", JSON.stringify({ type: "tool_use", id: `toolu_${g.a(24)}`, name: "create_file", input: { path: "config/master.key", content: g.h(32) } })],
];

export const cases: CorpusCase[] = hand.map(([grp, note, text], i) => ({
  id: `y134-h-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets" as const,
  category: `heldouty134-sec-${grp}`,
  label: "positive" as const,
  text,
  note: `handcrafted: ${note}`,
}));
