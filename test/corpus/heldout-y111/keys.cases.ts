// Handcrafted positives: private key material, credential files, connection strings, CLI args.
import type { CorpusCase } from "../types.ts";
import { Gen, j, type Group, AN } from "./_gen.ts";

const g = new Gen(111_0003);

const D5 = "-".repeat(5);
const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

function wrap(s: string, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
  return out.join("\n");
}
function block(label: string, body: string, width = 64): string {
  return `${D5}BEGIN ${label}${D5}\n${wrap(body, width)}\n${D5}END ${label}${D5}`;
}
const rsaPkcs1 = () => block(j("RSA PRIV", "ATE KEY"), j("MIIEow", "IBAAKCAQEA", g.b64(1572), "="));
const rsaPkcs8 = () => block(j("PRIV", "ATE KEY"), j("MIIEvQ", "IBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", g.b64(1570), "=="));
const ecSec1 = () => block(j("EC PRIV", "ATE KEY"), j("MHcC", "AQEEI", g.b64(43), "oAoGCCqGSM49AwEHoUQDQgAE", g.b64(88)));
const openssh = () =>
  block(j("OPENSSH PRIV", "ATE KEY"), j("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", "QyNTUxOQAAACA", g.b64(43), "AAAAJg", g.b64(8), "AAAAAtzc2gtZWQyNTUxOQAAACA", g.b64(43), "AAAAEA", g.b64(86), "AAAADmRlcGxveUBidWlsZC0wMQECAwQFBg=="), 70);

// outbound wrappers
const chat = (text: string, model = "gpt-4o") => JSON.stringify({ model, messages: [{ role: "user", content: text }] });
const claude = (text: string) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: text }] });
const toolUse = (path: string, content: string) => {
  const id = "toolu_01" + g.an(22);
  return JSON.stringify({
    model: "claude-sonnet-4-5",
    max_tokens: 4096,
    messages: [
      { role: "user", content: "set up the deploy box" },
      { role: "assistant", content: [{ type: "tool_use", id, name: "write_file", input: { path, content } }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "ok" }] },
    ],
  });
};
const mcpResult = (tool: string, path: string, text: string) => {
  const id = "call_" + g.an(24);
  return JSON.stringify({
    model: "gpt-4.1",
    messages: [
      { role: "user", content: `what's in ${path}?` },
      { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: tool, arguments: JSON.stringify({ path }) } }] },
      { role: "tool", tool_call_id: id, content: JSON.stringify({ content: [{ type: "text", text }] }) },
    ],
  });
};
const shellCall = (command: string) => {
  const id = "call_" + g.an(24);
  return JSON.stringify({
    model: "gpt-4o-mini",
    messages: [{ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: "bash", arguments: JSON.stringify({ command }) } }] }],
  });
};
const upload = (path: string, body: string) => `PUT /api/v1/files${path} HTTP/1.1\r\nHost: backup.example.net\r\nContent-Type: application/octet-stream\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
const paste = (name: string, body: string) => JSON.stringify({ description: "config for review", public: false, files: { [name]: { content: body } } });

const ghp = () => j("gh", "p_", g.an(36));
const npm = () => j("np", "m_", g.an(36));
const dckr = () => j("dc", "kr_pat_", g.b64u(27));
const awsKid = () => j("AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
const awsSec = () => g.str(40, AN + "/+");
const pw = (n = 20) => g.an(n);

type H = [Group, string, () => string];

const hand: H[] = [
  ["keys", "RSA PKCS#1 private key pasted in an OpenAI chat body", () => chat(`ssh says "invalid format" for this key, is it corrupted?\n\n${rsaPkcs1()}\n`)],
  ["keys", "OpenSSH ed25519 private key written by tool_use write_file ~/.ssh/id_ed25519", () => toolUse("/home/deploy/.ssh/id_ed25519", openssh() + "\n")],
  ["keys", "EC (SEC1) private key in an MCP read_file result sent back to the model", () => mcpResult("read_file", "certs/server.key", ecSec1() + "\n")],
  ["keys", "PKCS#8 private key uploaded raw (HTTP PUT body)", () => upload("/tls/api.key", rsaPkcs8() + "\n")],
  ["keys", "PGP private key block posted to a paste API", () => paste("signing.asc", `${D5}BEGIN PGP PRIV${"ATE"} KEY BLOCK${D5}\n\n${wrap(j("lQdGBGa", g.b64(1900)), 64)}\n=${g.b64(4)}\n${D5}END PGP PRIV${"ATE"} KEY BLOCK${D5}\n`)],
  ["keys", "PuTTY .ppk v3 private key in a Claude chat", () => claude(`WinSCP rejects this key file, why?\n\nPuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build-01\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(39)}\n${g.b64(20)}\nPrivate-Lines: 1\nAAAAI${g.b64(43)}\nPrivate-MAC: ${g.hex(64)}\n`)],
  ["keys", "age secret key file (keys.txt) in tool_use write_file", () => toolUse("/root/.config/sops/age/keys.txt", `# created: 2025-02-11T10:04:55Z\n# public key: age1${g.str(58, BECH32)}\n${j("AGE-SECRET", "-KEY-1", g.str(58, BECH32.toUpperCase()))}\n`)],
  ["keys", "WireGuard wg0.conf [Interface] PrivateKey in a chat body", () => chat(`tunnel comes up but no handshake:\n\n[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${g.b64bytes(32)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.b64bytes(32)}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\n`)],
  ["keys", "Ethereum deployer private key in hardhat .env (shell tool call)", () => shellCall(`cat > .env <<'EOF'\nRPC_URL=https://rpc.example.org/v1/mainnet\nDEPLOYER_PRIVATE_KEY=0x${g.hex(64)}\nEOF\nnpx hardhat run scripts/deploy.ts --network mainnet`)],
  ["keys", "Solana keypair JSON (64-byte secret) written via tool_use", () => toolUse("wallets/payer.json", JSON.stringify(Array.from(g.bytes(64))))],
  ["keys", "Nostr nsec private key in a bot config (JSON)", () => JSON.stringify({ relays: ["wss://relay.example.com"], nsec: j("nsec", "1", g.str(58, BECH32)), display_name: "release-bot" }, null, 2)],
  ["keys", "BIP-39 wallet mnemonic in WALLET_MNEMONIC env (chat)", () => {
    const words = ["orbit", "velvet", "cabin", "tunnel", "scout", "hazard", "ripple", "mango", "bronze", "lecture", "puzzle", "canyon", "fossil", "whisper", "gather", "noble", "pepper", "island", "timber", "salad", "vivid", "escape", "jungle", "anchor"];
    const m = Array.from({ length: 12 }, () => g.pick(words)).join(" ");
    return chat(`my script can't derive the right address, here's the env:\nWALLET_MNEMONIC="${m}"\nDERIVATION_PATH="m/44'/60'/0'/0/0"`);
  }],
  ["keys", "private EC JWK (with d) in a JWKS-signing config", () => JSON.stringify({ issuer: "https://auth.example.com", signing_key: { kty: "EC", crv: "P-256", kid: g.hex(16), use: "sig", x: g.b64ubytes(32), y: g.b64ubytes(32), d: g.b64ubytes(32) } }, null, 2)],
  ["cloud", "GCP service-account JSON pasted in a Claude chat", () => claude(`getting invalid_grant with this SA:\n${JSON.stringify({ type: "service_account", project_id: "acme-prod-4412", private_key_id: g.hex(40), private_key: rsaPkcs8() + "\n", client_email: "ci-deployer@acme-prod-4412.iam.gserviceaccount.com", client_id: g.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }, null, 2)}`)],
  ["cloud", "kubeconfig with client-key-data and bearer token (MCP result)", () => mcpResult("read_file", "~/.kube/config", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${g.b64(120)}\n    server: https://k8s.example.com:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${g.b64(160)}\n    client-key-data: ${Buffer.from(rsaPkcs1()).toString("base64")}\n- name: ci\n  user:\n    token: ${g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", sub: "system:serviceaccount:ci:deployer" }, "RS256")}\ncontexts:\n- context: {cluster: prod, user: admin}\n  name: prod\ncurrent-context: prod\n`)],
  ["cloud", "~/.aws/credentials INI in a chat body", () => chat(`aws cli says SignatureDoesNotMatch, my credentials file:\n\n[default]\naws_access_key_id = ${awsKid()}\naws_secret_access_key = ${awsSec()}\n\n[prod]\naws_access_key_id = ${awsKid()}\naws_secret_access_key = ${awsSec()}\nregion = us-east-1\n`)],
  ["cloud", "Azure Service Bus connection string in appsettings.json", () => JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, ServiceBus: { ConnectionString: j("Endpoint=sb://acme-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccess", "Key=", g.b64bytes(32)) } }, null, 2)],
  ["cloud", "Azure Event Hubs connection string in Java properties", () => `spring.cloud.azure.eventhubs.connection-string=${j("Endpoint=sb://acme-telemetry.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccess", "Key=", g.b64bytes(32), ";EntityPath=events")}\nspring.cloud.azure.eventhubs.processor.checkpoint-store.container-name=checkpoints\n`],
  ["cloud", "Terraform state with sensitive RDS master password", () => JSON.stringify({ version: 4, terraform_version: "1.9.5", serial: 42, lineage: g.uuid(), resources: [{ mode: "managed", type: "aws_db_instance", name: "main", provider: 'provider["registry.terraform.io/hashicorp/aws"]', instances: [{ schema_version: 2, attributes: { identifier: "orders-prod", engine: "postgres", username: "orders_admin", password: j(g.an(18), "#", g.an(6)), port: 5432 }, sensitive_attributes: [[{ type: "get_attr", value: "password" }]] }] }] }, null, 2)],
  ["cloud", "Terraform CLI credentials.tfrc.json in tool_use", () => toolUse("/home/ci/.terraform.d/credentials.tfrc.json", JSON.stringify({ credentials: { "app.terraform.io": { token: j(g.an(14), ".atlas", "v1.", g.an(67)) } } }, null, 2))],
  ["cloud", "Vault token file (~/.vault-token) read via MCP", () => mcpResult("read_file", "/root/.vault-token", j("hv", "s.", g.b64u(91)))],
  ["data", ".pgpass entries in a chat body", () => chat(`psql still prompts for a password, ~/.pgpass is:\n\ndb-primary.example.com:5432:orders:orders_rw:${pw(24)}\ndb-replica.example.com:5432:*:readonly:${pw(18)}\n`)],
  ["data", "Azure Cosmos DB connection string in .env", () => `COSMOS_CONNECTION_STRING=${j("AccountEndpoint=https://acme-catalog.documents.azure.com:443/;Account", "Key=", g.b64bytes(64), ";")}\nCOSMOS_DATABASE=catalog\n`],
  ["data", "SQL Server ADO.NET connection string with Password= (appsettings)", () => JSON.stringify({ ConnectionStrings: { Default: `Server=tcp:sql.example.com,1433;Initial Catalog=Billing;Persist Security Info=False;User ID=billing_app;Password=${pw(16)}!;Encrypt=True;TrustServerCertificate=False;` } }, null, 2)],
  ["data", "JDBC URL with password parameter (Spring YAML)", () => `spring:\n  datasource:\n    url: jdbc:mysql://mysql.example.net:3306/inventory?user=inv_app&password=${pw(22)}&useSSL=true\n    hikari:\n      maximum-pool-size: 10\n`],
  ["data", "Kafka SASL/PLAIN JAAS config with password", () => `bootstrap.servers=kafka-1.example.com:9093\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${g.upn(16)}" password="${g.b64(64)}";\n`],
  ["data", "redis-cli -a password in shell history", () => `  611  kubectl port-forward svc/redis 6379:6379 &\n  612  redis-cli -h 127.0.0.1 -p 6379 -a '${pw(32)}' --no-auth-warning INFO keyspace\n  613  history\n`],
  ["data", "mysql -p<password> in a CI log", () => `2025-03-02T11:20:14.5Z + mysql -h mysql.example.net -u migrator -p${pw(18)} orders < migrations/0042_add_index.sql\n2025-03-02T11:20:15.0Z ERROR 1061 (42000) at line 3: Duplicate key name 'idx_orders_created'\n`],
  ["devtools", ".netrc with GitHub token (chat)", () => chat(`go get fails on private module, ~/.netrc:\n\nmachine github.com\n  login ci-bot\n  password ${ghp()}\nmachine api.github.com\n  login ci-bot\n  password ${ghp()}\n`)],
  ["devtools", ".npmrc with registry.npmjs.org _authToken (tool_use)", () => toolUse(".npmrc", `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${npm()}\nsave-exact=true\n`)],
  ["devtools", "docker config.json auths (base64 user:PAT) in MCP result", () => mcpResult("read_file", "~/.docker/config.json", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: Buffer.from(`acmebuild:${dckr()}`).toString("base64") } }, credsStore: "" }, null, "\t"))],
  ["devtools", ".git-credentials line with GitHub PAT", () => upload("/home/ci/.git-credentials", `https://ci-bot:${ghp()}@github.com\n`)],
  ["devtools", "git remote URL with basic-auth password", () => shellCall(`git remote set-url origin https://deploy:${pw(24)}@git.example.com/acme/platform.git && git push origin main`)],
  ["devtools", "docker login -p with Docker Hub PAT", () => shellCall(`docker login -u acmebuild -p ${dckr()} && docker push acme/api:1.8.2`)],
  ["devtools", "composer auth.json github-oauth token", () => paste("auth.json", JSON.stringify({ "github-oauth": { "github.com": ghp() }, "http-basic": {} }, null, 4))],
  ["devtools", "Cargo credentials.toml registry token", () => toolUse("/home/dev/.cargo/credentials.toml", `[registry]\ntoken = "${j("ci", "o", g.an(32))}"\n`)],
  ["devtools", ".pypirc with PyPI API token", () => chat(`twine upload gives 403, here's ~/.pypirc:\n\n[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${j("py", "pi-", "AgEIcHlwaS5vcmc", g.b64u(150))}\n`)],
  ["devtools", "RubyGems ~/.gem/credentials", () => upload("/home/dev/.gem/credentials", `---\n:rubygems_api_key: ${j("rubygems", "_", g.hex(48))}\n`)],
  ["comms", "Telegram bot token inside the Bot API URL path (curl)", () => `curl -s -X POST 'https://api.telegram.org/bot${g.dig(10)}:A${"A"}${g.b64u(33)}/sendMessage' -d chat_id=-100${g.dig(10)} -d text='deploy finished'`],
  ["comms", "SMTP URL with password in Django settings", () => `EMAIL_URL = "smtp+tls://postmaster%40mg.example.com:${pw(32)}@smtp.example.com:587"\nDEFAULT_FROM_EMAIL = "noreply@example.com"\n`],
  ["comms", "Slack signing secret in a Bolt app snippet (chat)", () => chat(`const app = new App({\n  token: process.env.SLACK_BOT_TOKEN,\n  signingSecret: "${g.hex(32)}",\n});\n\nwhy does request verification fail?`)],
  ["auth", "LDAP bind password in sssd.conf", () => mcpResult("read_file", "/etc/sssd/sssd.conf", `[domain/example.com]\nid_provider = ldap\nldap_uri = ldaps://ldap.example.com\nldap_default_bind_dn = cn=svc-sssd,ou=services,dc=example,dc=com\nldap_default_authtok_type = password\nldap_default_authtok = ${pw(20)}\n`)],
  ["observability", "Prometheus remote_write basic_auth password", () => `remote_write:\n  - url: https://metrics.example.com/api/prom/push\n    basic_auth:\n      username: "${g.dig(6)}"\n      password: "${j("gl", "c_", Buffer.from(JSON.stringify({ o: g.dig(6), n: "stack-" + g.dig(6) + "-hm-write-prom", k: g.an(24), m: { r: "prod-us-east-0" } })).toString("base64"))}"\n`],
  ["observability", "Filebeat output.elasticsearch password", () => `output.elasticsearch:\n  hosts: ["https://es.example.com:9243"]\n  username: "beats_writer"\n  password: "${pw(24)}"\nsetup.ilm.enabled: false\n`],
];

export const cases: CorpusCase[] = hand.map(([grp, note, fn], i) => ({
  id: `y111-k-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty111-sec-${grp}`,
  label: "positive",
  text: fn(),
  note,
}));
