// heldout-y13 handcrafted positives: private key material and multi-part credentials in odd
// syntaxes and wrappings. Every key-shaped value is assembled at run time (seed fixed per file).
import { Gen, P, jsonEsc, B64 } from "./_gen.ts";
import type { CorpusCase } from "../types.ts";

const g = new Gen(0x13c0_0003);
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const B = (label: string) => P("-----BEGIN ", label, " KEY-----");
const E = (label: string) => P("-----END ", label, " KEY-----");
const rsa1 = () => `${B("RSA PRIVATE")}\n${wrap(P("MIIEpAIBAAKCAQEA", g.b64(1560)))}\n${E("RSA PRIVATE")}`;
const pkcs8 = () => `${B("PRIVATE")}\n${wrap(P("MIIEvgIBADANBgkqhkiG9w0BAQEFAASC", g.b64(1580)))}\n${E("PRIVATE")}`;
const ec = () => `${B("EC PRIVATE")}\n${wrap(P("MHcCAQEEI", g.b64(43), "oAoGCCqGSM49AwEHoUQDQgAE", g.b64(86), "=="))}\n${E("EC PRIVATE")}`;
const ossh = () => `${B("OPENSSH PRIVATE")}\n${wrap(P("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", "QyNTUxOQAAACA", g.b64(300)), 70)}\n${E("OPENSSH PRIVATE")}`;
const p8 = () => `${B("PRIVATE")}\n${wrap(P("MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", g.b64(140)))}\n${E("PRIVATE")}`;
const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const WORDS = ["abandon", "ability", "able", "about", "above", "absent", "absorb", "abstract", "absurd", "abuse", "access", "accident", "account", "accuse", "achieve", "acid", "acoustic", "acquire", "across", "act", "action", "actor", "actress", "actual", "adapt", "add", "addict", "address", "adjust", "admit", "adult", "advance", "advice", "aerobic", "affair", "afford", "afraid", "again", "age", "agent", "agree", "ahead", "aim", "air", "airport", "aisle", "alarm", "album"];
const akid = () => P("AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));

type H = [string, string, string, () => string];
const H_: H[] = [
  ["keys", "RSA private key (PKCS#1)", "Ansible group_vars block scalar (plain, not vault)", () => `---\ntls_cert_path: /etc/ssl/app.crt\ntls_private_key: |\n  ${rsa1().split("\n").join("\n  ")}\n`],
  ["keys", "EC private key", "Elixir config with ~S sigil heredoc", () => `config :joken, default_signer: [\n  signer_alg: "ES256",\n  key_pem: ~S"""\n${ec()}\n"""\n]\n`],
  ["keys", "OpenSSH private key", "LLM chat body, JSON-escaped paste", () => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `ssh says "invalid format" for this deploy key, what's wrong?\n\n${ossh()}\n` }] })],
  ["keys", "GCP service account JSON", "Slack message pasting the key file", () => `here's the SA json for the exporter, paste it into the secret pls\n\`\`\`\n${JSON.stringify({ type: "service_account", project_id: "acme-prod-3141", private_key_id: g.h(40), private_key: pkcs8() + "\n", client_email: "exporter@acme-prod-3141.iam.gserviceaccount.com", client_id: g.d(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2)}\n\`\`\``],
  ["keys", "PGP private key block", "Markdown runbook", () => `### Signing key (release)\n\nImport with \`gpg --import\`:\n\n\`\`\`\n${P("-----BEGIN PGP ", "PRIVATE KEY BLOCK-----")}\n\n${wrap(P("lQdGBGV", g.b64(1200)))}\n=${g.b64(4)}\n${P("-----END PGP ", "PRIVATE KEY BLOCK-----")}\n\`\`\`\n`],
  ["keys", "age secret key", "Teams message, German prose", () => `Für SOPS brauchst du den Schlüssel aus keys.txt: ${P("AGE-SECRET-", "KEY-1", g.str(58, BECH.toUpperCase()))} – bitte nicht weiterleiten.`],
  ["keys", "WireGuard private key", "wg0.conf INI", () => `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${g.b64(42)}${g.pick(["A", "E", "I", "M"])}=\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.b64(43)}=\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\n`],
  ["keys", "Ethereum private key", "hardhat.config.js accounts", () => `module.exports = {\n  solidity: "0.8.24",\n  networks: {\n    mainnet: {\n      url: "https://eth.llamarpc.com",\n      accounts: ["0x${g.h(64)}"],\n    },\n  },\n};\n`],
  ["keys", "BIP39 wallet mnemonic", ".env", () => `NETWORK=mainnet\nWALLET_MNEMONIC="${Array.from({ length: 12 }, () => g.pick(WORDS)).join(" ")}"\nRPC_URL=https://rpc.example.net\n`],
  ["keys", "JWK with private exponent d", "JSON config (JWKS signing key)", () => JSON.stringify({ keys: [{ kty: "RSA", kid: g.h(16), use: "sig", alg: "RS256", n: g.url(342), e: "AQAB", d: g.url(342), p: g.url(171), q: g.url(171), dp: g.url(171), dq: g.url(171), qi: g.url(171) }] }, null, 2)],
  ["keys", "kubeconfig client-key-data", "kubeconfig YAML", () => `apiVersion: v1\nkind: Config\nusers:\n- name: admin@prod\n  user:\n    client-certificate-data: ${Buffer.from(P("-----BEGIN ", "CERTIFICATE-----\n", g.b64(300), "\n-----END CERTIFICATE-----\n")).toString("base64")}\n    client-key-data: ${Buffer.from(rsa1() + "\n").toString("base64")}\n`],
  ["keys", "Apple App Store Connect .p8 key", "fastlane Ruby heredoc", () => `app_store_connect_api_key(\n  key_id: "${g.u(10)}",\n  issuer_id: "${g.uuid()}",\n  key_content: <<~KEY\n    ${p8().split("\n").join("\n    ")}\n  KEY\n)\n`],
  ["keys", "Solana keypair (byte array)", "shell: writing id.json", () => `mkdir -p ~/.config/solana && echo '[${Array.from(g.bytes(64)).join(",")}]' > ~/.config/solana/id.json\nsolana config set --keypair ~/.config/solana/id.json\n`],
  ["keys", "PuTTY private key", "PowerShell here-string", () => `$ppk = @'\nPuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build\nPublic-Lines: 2\n${wrap(P("AAAAC3NzaC1lZDI1NTE5AAAAI", g.b64(43)), 64)}\nPrivate-Lines: 1\n${P("AAAAI", g.b64(43))}\nPrivate-MAC: ${g.h(64)}\n'@\nSet-Content -Path "$HOME\\.ssh\\deploy.ppk" -Value $ppk\n`],
  ["keys", "RSA private key (PKCS#8)", "Java .properties with \\n escapes and line continuation", () => { const k = pkcs8().split("\n"); return `jwt.issuer=relay\njwt.private-key=${k.join("\\n\\\n    ")}\n`; }],
  ["keys", "Nostr secret key (nsec)", "chat message, English prose", () => `for the relay bot use this identity: ${P("nsec", "1", g.str(58, BECH))} (npub is in the README)`],
  ["keys", "Bitcoin WIF private key", "Python constant", () => `# cold wallet sweep\nWIF = "${P("K", g.pick(["w", "x", "y", "z"]), g.str(50, B58))}"\nnetwork = "mainnet"\n`],
  ["keys", "TLS private key in k8s Secret", "Kubernetes Secret (base64 tls.key)", () => `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nmetadata:\n  name: ingress-tls\ndata:\n  tls.crt: ${Buffer.from(P("-----BEGIN ", "CERTIFICATE-----\n", g.b64(200), "\n-----END CERTIFICATE-----\n")).toString("base64").slice(0, 200)}\n  tls.key: ${Buffer.from(ec() + "\n").toString("base64")}\n`],
  ["keys", "EC private key", "Dhall multi-line Text literal", () => `let signingKey =\n      ''\n      ${ec().split("\n").join("\n      ")}\n      ''\n\nin  { issuer = "relay", signingKey }\n`],
  ["keys", "OpenSSH private key", "MCP tool result (read_file) echoed back", () => JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: ossh() + "\n" }] } })],
  ["keys", "RSA private key", "Python split over concatenated literals", () => { const k = rsa1().split("\n"); return `PRIVATE_KEY = (\n${k.map((l) => `    "${l}\\n"`).join("\n")}\n)\n`; }],
  ["keys", "Firebase Admin SA", "Android app/src/main/assets file written by tool call", () => JSON.stringify({ type: "tool_use", id: `toolu_${g.a(24)}`, name: "write_file", input: { path: "app/src/main/assets/firebase-admin.json", content: JSON.stringify({ type: "service_account", project_id: "relay-app-9", private_key_id: g.h(40), private_key: pkcs8() + "\n", client_email: "firebase-adminsdk-x1y2z@relay-app-9.iam.gserviceaccount.com" }, null, 2) } })],
  // multi-part credentials in odd places
  ["cloud", "AWS (key pair)", "PowerShell heredoc writing ~/.aws/credentials", () => `@"\n[profile-prod]\naws_access_key_id = ${akid()}\naws_secret_access_key = ${g.b64(40)}\nregion = eu-central-1\n"@ | Out-File -Encoding ascii $HOME\\.aws\\credentials\n`],
  ["cloud", "AWS (STS session)", "Erlang sys.config", () => `[{erlcloud, [\n  {aws_access_key_id, "${P("AS", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}"},\n  {aws_secret_access_key, "${g.b64(40)}"},\n  {aws_security_token, "${P("IQoJb3JpZ2luX2Vj", g.b64(360))}"}\n]}].\n`],
  ["comms", "Twilio (Account SID + auth token)", "Jira comment, Spanish prose", () => `Para reproducir: SID ${P("A", "C", g.h(32))} y token ${g.h(32)}, luego envía un SMS de prueba al número de QA.`],
  ["cloud", "AWS (key pair)", "JSON inside YAML inside JSON (CloudFormation parameter)", () => JSON.stringify({ StackName: "relay", Parameters: [{ ParameterKey: "Overrides", ParameterValue: `creds: '${JSON.stringify({ accessKeyId: akid(), secretAccessKey: g.b64(40) })}'` }] })],
  ["data", "PostgreSQL (password)", ".pgpass inside heredoc in Dockerfile RUN", () => `RUN cat <<EOF > /root/.pgpass\ndb-prod.internal:5432:app:app_rw:${g.a(26)}\nEOF\nRUN chmod 600 /root/.pgpass\n`],
  ["auth", "Basic auth (.netrc)", "shell history printf", () => `printf 'machine api.example.net\\n  login deploy\\n  password ${g.a(28)}\\n' > ~/.netrc\ncurl -n https://api.example.net/v1/status\n`],
  ["devtools", "GitHub (classic PAT)", "git remote URL in Groovy Jenkinsfile", () => `pipeline {\n  agent any\n  stages {\n    stage('push') {\n      steps {\n        sh "git push https://ci-bot:${P("gh", "p_", g.a(36))}@github.com/acme/relay.git HEAD:main"\n      }\n    }\n  }\n}\n`],
  ["payment", "Stripe (secret key)", "base64 of whole .env in a chat message", () => `can you decode this and tell me why stripe fails? it's our .env base64'd:\n${Buffer.from(`APP_ENV=production\nSTRIPE_SECRET_KEY=${P("sk", "_live_", "51", g.a(97))}\nSTRIPE_API_VERSION=2024-06-20\n`).toString("base64")}`],
];

export const cases: CorpusCase[] = H_.map(([group, provider, ctx, f], i) => ({
  id: `y13-k-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty13-sec-${group}`,
  label: "positive",
  text: f(),
  note: `${provider} in ${ctx}`,
}));
void jsonEsc; void B64;
