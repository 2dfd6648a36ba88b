// heldout-y53 handcrafted positives: key material, credential files, URLs with embedded secrets.
import type { CorpusCase } from "../types.ts";
import { AN, B64U, DIG, Gen, LO, UP, j } from "./_gen.ts";
import { pem, wrap } from "./common.cases.ts";

const g = new Gen(53003);
type H = [group: string, note: string, text: (g: Gen) => string];

const hs: H[] = [
  ["keys", "PGP private key block in a chat body (JSON-escaped)", (g) => JSON.stringify({ messages: [{ role: "user", content: j("why does gpg --import fail on this?\n\n-----BEGIN PGP ", "PRIVATE KEY BLOCK-----\n\n", wrap(g.b64(600), 64), "\n=", g.s(4), "\n-----END PGP PRIVATE KEY BLOCK-----\n") }] })],
  ["keys", "PuTTY private key file written via tool call", (g) => JSON.stringify({ type: "tool_use", name: "write_file", input: { path: "keys/bastion.ppk", content: j("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ops@bastion\nPublic-Lines: 2\n", wrap(g.b64(51), 64), "\nPrivate-Lines: 1\n", g.b64(48), "\nPrivate-MAC: ", g.hex(64), "\n") } })],
  ["keys", "kubeconfig client-key-data", (g) => j("apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.0.0.1:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t", g.b64(120), "\n    client-key-data: ", Buffer.from(pem("RSA PRIVATE KEY", g, 1190)).toString("base64"), "\n")],
  ["keys", "Ed25519 OpenSSH key in shell heredoc", (g) => j("cat > ~/.ssh/id_ed25519 <<'EOF'\n-----BEGIN OPENSSH ", "PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACA", g.s(40, AN), "\n", wrap(g.b64(260), 70), "\n-----END OPENSSH PRIVATE KEY-----\nEOF\nchmod 600 ~/.ssh/id_ed25519")],
  ["keys", "encrypted-at-rest? no: JWK private key (d parameter) in JSON config", (g) => JSON.stringify({ keys: [{ kty: "EC", crv: "P-256", kid: "sig-2026", use: "sig", x: g.b64u(32), y: g.b64u(32), d: g.b64u(32) }] }, null, 2)],
  ["keys", "WireGuard private key in wg0.conf", (g) => j("[Interface]\nAddress = 10.8.0.2/24\nPrivate", "Key = ", g.b64(32), "\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ", g.b64(32), "\nEndpoint = vpn.acme.example:51820\nAllowedIPs = 0.0.0.0/0\n")],
  ["keys", "Solana keypair JSON array written by agent", (g) => j("$ solana-keygen new -o deployer.json --no-bip39-passphrase\n$ cat deployer.json\n[", Array.from(g.bytes(64)).join(","), "]")],
  ["keys", "Ethereum private key in hardhat config", (g) => j("module.exports = {\n  solidity: \"0.8.24\",\n  networks: {\n    mainnet: {\n      url: \"https://eth-mainnet.g.alchemy.com/v2/", g.s(32, B64U), "\",\n      accounts: [\"0x", g.hex(64), "\"],\n    },\n  },\n};\n")],
  ["auth", ".netrc with machine password", (g) => j("machine api.heroku.com\n  login ops@acme.io\n  password ", g.uuid(), "\nmachine git.acme-internal.net\n  login deploy\n  password ", g.s(24), "\n")],
  ["data", ".pgpass line", (g) => j("# ~/.pgpass\ndb-prod.internal:5432:orders:app_rw:", g.s(26), "\n")],
  ["auth", "basic auth in git remote URL", (g) => j("$ git remote -v\norigin\thttps://deploy-bot:", j("gh", "p_", g.s(36)), "@github.com/acme/infra.git (fetch)\n")],
  ["cloud", "Azure SAS URL with sig", (g) => j("az storage blob upload --file dump.sql.gz --blob-url \"https://acmebackups.blob.core.windows.net/db/dump.sql.gz?sv=2022-11-02&ss=b&srt=o&sp=rwdlac&se=2027-01-31T00:00:00Z&st=2026-12-01T00:00:00Z&spr=https&sig=", encodeURIComponent(g.b64(32)), "\"")],
  ["devtools", ".npmrc auth token", (g) => j("registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_auth", "Token=", j("np", "m_", g.s(36)), "\n@acme:registry=https://npm.pkg.github.com\n")],
  ["devtools", "docker config.json auths", (g) => JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from(j("acme-ci:", j("gh", "p_", g.s(36)))).toString("base64") }, "registry.gitlab.com": { auth: Buffer.from(j("deploy:", j("gl", "pat-", g.s(20, B64U)))).toString("base64") } } }, null, 2)],
  ["devtools", "git credential store file", (g) => j("https://oauth2:", j("gl", "pat-", g.s(20, B64U)), "@gitlab.com\nhttps://x-access-token:", j("gh", "s_", g.s(36)), "@github.com\n")],
  ["cloud", "AWS credentials file pair via MCP read_file result", (g) => JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: j("[default]\naws_access_key_id = ", "AK", "IA", g.s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), "\naws_secret_access_key = ", g.s(40, AN + "/+"), "\nregion = us-east-1\n") }] } })],
  ["data", "JDBC URL with password in Spring YAML", (g) => j("spring:\n  datasource:\n    url: jdbc:postgresql://pg.internal:5432/ledger?user=ledger&password=", g.s(20), "&sslmode=require\n    hikari:\n      maximum-pool-size: 10\n")],
  ["data", "AMQP URL in Celery settings", (g) => j("CELERY_BROKER_URL = \"amqps://worker:", g.s(28), "@b-", g.uuid(), ".mq.eu-west-1.amazonaws.com:5671/prod\"\n")],
  ["auth", "systemd unit Environment= with token", (g) => j("[Service]\nExecStart=/usr/local/bin/agent --config /etc/agent.yaml\nEnvironment=\"AGENT_TOKEN=", g.s(48, B64U), "\"\nRestart=always\n")],
  ["devtools", "crontab with token in URL", (g) => j("*/15 * * * * curl -fsS -X POST \"https://ci.acme.example/job/nightly/build?token=", g.s(32), "\" >/dev/null\n")],
  ["comms", "Slack webhook split across a Python string concat", (g) => j("WEBHOOK = (\n    \"https://hooks.slack.com/services/\"\n    \"T0", g.s(8, UP), "/B0", g.s(8, UP), "/\"\n    \"", g.s(24), "\"\n)\n")],
  ["auth", "CLI positional argument with token", (g) => j("$ vault login ", j("hv", "s.", g.s(90, B64U)), "\nSuccess! You are now authenticated.\n")],
  ["cloud", "GCP OAuth access token in URL fragment", (g) => j("Redirecting to https://app.acme.example/callback#access_token=", j("ya", "29.", "a0A", g.s(140, B64U)), "&token_type=Bearer&expires_in=3599")],
  ["saas", "Jira basic auth header base64(email:token)", (g) => j("GET /rest/api/3/myself HTTP/1.1\nHost: acme.atlassian.net\nAuthorization: Basic ", Buffer.from(j("dev@acme.io:", "ATAT", "T3xFfGF0", g.s(180, B64U), "=", g.s(8, UP))).toString("base64"), "\nAccept: application/json\n")],
  ["ai", "Anthropic key in HAR entry header", (g) => JSON.stringify({ log: { entries: [{ request: { method: "POST", url: "https://api.anthropic.com/v1/messages", headers: [{ name: "x-api-key", value: j("sk-", "ant-", "api03-", g.s(93, B64U), "AA") }, { name: "anthropic-version", value: "2023-06-01" }] }, response: { status: 200 } }] } })],
  ["payment", "Stripe key in PowerShell profile", (g) => j("$env:STRIPE_API_KEY = \"", "sk", "_live_", g.s(99), "\"\nSet-Location C:\\src\\billing\n")],
  ["data", "Redis AUTH in redis-cli history", (g) => j("redis-cli -h cache.prod.internal -p 6380 --tls -a '", g.s(32), "' INFO keyspace")],
  ["observability", "Datadog key in agent datadog.yaml pasted to chat", (g) => JSON.stringify({ role: "user", content: j("agent won't report, datadog.yaml:\n```yaml\napi_key: ", g.hex(32), "\nsite: datadoghq.eu\nlogs_enabled: true\n```") })],
  ["comms", "Twilio SID:auth token in curl -u", (g) => j("curl -X POST https://api.twilio.com/2010-04-01/Accounts/AC", g.hex(32), "/Messages.json \\\n  --data-urlencode \"Body=deploy done\" \\\n  -u AC", g.hex(32), ":", g.hex(32))],
  ["devtools", "Terraform state with sensitive output", (g) => JSON.stringify({ version: 4, terraform_version: "1.9.5", outputs: { db_password: { value: g.s(24, AN + "!#$"), type: "string", sensitive: true } }, resources: [] }, null, 2)],
];

export const cases: CorpusCase[] = hs.map(([group, note, f], i) => ({
  id: `y53-h-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets" as const,
  category: `heldouty53-sec-${group}`,
  label: "positive" as const,
  text: f(g),
  note,
}));
void DIG; void LO;
