// heldout-y47 handcrafted positives: key material and credential files that do not fit the
// one-slot renderers (built at run time from a fixed seed).
import type { CorpusCase } from "../types.ts";
import { G, j } from "./_gen.ts";

const g = new G(47003);
const pemBody = (lines: number) => Array.from({ length: lines }, () => g.b64(64)).join("\n");
const B = "-----BEGIN ";
const E = "-----END ";
const PK = "PRIVATE KEY-----";

const raw: Array<[string, string, string]> = [
  ["keys", "OpenSSH private key pasted into chat body", JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: `ssh keeps saying bad permissions, this is ~/.ssh/id_ed25519:\n\n${B}OPENSSH ${PK}\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n${pemBody(3)}\n${E}OPENSSH ${PK}\n\nwhat chmod do I need?` }] })],
  ["keys", "EC private key written by write_file tool call", JSON.stringify({ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: "certs/server.key", content: `${B}EC ${PK}\nMHcCAQEEI${g.b64(55)}\n${g.b64(64)}\n${g.b64(16)}==\n${E}EC ${PK}\n` } }, null, 2)],
  ["keys", "GCP service account JSON (private_key) in MCP result", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: JSON.stringify({ type: "service_account", project_id: "acme-analytics-prod", private_key_id: g.h(40), private_key: `${B}${PK}\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQC${g.b64(13)}\n${pemBody(6)}\n${E}${PK}\n`, client_email: "etl-runner@acme-analytics-prod.iam.gserviceaccount.com", client_id: g.d(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2) }] } })],
  ["keys", "PGP private key block in shell heredoc", `$ cat > /tmp/signing.asc <<'KEY'\n${B}PGP PRIVATE KEY BLOCK-----\n\nlQVYBG${g.b64(58)}\n${pemBody(4)}\n=${g.b64(4)}\n${E}PGP PRIVATE KEY BLOCK-----\nKEY\n$ gpg --batch --import /tmp/signing.asc`],
  ["keys", "PKCS#8 key in Kubernetes Secret (base64 data)", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-origin\ntype: kubernetes.io/tls\ndata:\n  tls.key: ${Buffer.from(`${B}${PK}\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC${g.b64(32)}\n${pemBody(4)}\n${E}${PK}\n`).toString("base64")}`],
  ["keys", "Ethereum wallet private key in Hardhat config", `// hardhat.config.ts\nimport "@nomicfoundation/hardhat-toolbox";\n\nexport default {\n  solidity: "0.8.24",\n  networks: {\n    mainnet: {\n      url: "https://eth-mainnet.g.alchemy.com/v2/" + process.env.ALCHEMY_KEY,\n      accounts: [process.env.DEPLOYER_PK ?? "0x${g.h(64)}"],\n    },\n  },\n};`],
  ["keys", "WireGuard interface PrivateKey in wg0.conf", `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${g.b64bytes(32)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.b64bytes(32)}\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0`],
  ["auth", ".netrc with machine password in cat output", `$ cat ~/.netrc\nmachine api.heroku.com\n  login ops@acme.io\n  password ${g.uuid()}\nmachine git.acme.io\n  login deploy\n  password ${j("glp", "at-")}${g.b64u(20)}`],
  ["data", ".pgpass line in tool result", JSON.stringify({ tool_call_id: `call_${g.a(24)}`, role: "tool", content: `$ cat ~/.pgpass\ndb-prod.acme.internal:5432:orders:app_rw:${g.a(22)}\nlocalhost:5432:*:postgres:postgres\n` })],
  ["devtools", "git credential store file", `$ cat ~/.git-credentials\nhttps://deploy-bot:${j("gh", "p_")}${g.a(36)}@github.com\nhttps://ci:${g.a(20)}@bitbucket.acme.io`],
  ["devtools", ".npmrc with registry _authToken", `; .npmrc\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${j("gh", "p_")}${g.a(36)}\n//registry.npmjs.org/:_authToken=${j("np", "m_")}${g.a(36)}\nalways-auth=true`],
  ["devtools", "docker config.json auths", JSON.stringify({ auths: { "registry.acme.io": { auth: Buffer.from(`robot$ci:${g.a(32)}`).toString("base64") } }, credsStore: "" }, null, 2)],
  ["auth", "basic auth in URL inside curl -v dump", `$ curl -v https://admin:${g.a(18)}@jenkins.acme.io/job/deploy/build\n*   Trying 10.2.0.14:443...\n* Connected to jenkins.acme.io (10.2.0.14) port 443\n> POST /job/deploy/build HTTP/2\n> Host: jenkins.acme.io\n> Authorization: Basic ${Buffer.from(`admin:${g.a(18)}`).toString("base64")}\n> user-agent: curl/8.5.0\n< HTTP/2 201`],
  ["cloud", "Azure Blob SAS URL in CI log", `2026-11-30T08:11:02Z upload: azcopy copy ./dist 'https://acmeartifacts.blob.core.windows.net/releases?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-06-01T00:00:00Z&st=2026-11-30T00:00:00Z&spr=https&sig=${encodeURIComponent(g.b64bytes(32))}' --recursive\n2026-11-30T08:11:09Z upload: 214 files transferred`],
  ["cloud", "AWS credentials file via cat in tool call", JSON.stringify({ role: "tool", name: "bash", content: `[default]\naws_access_key_id = ${j("AK", "IA")}${g.s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}\naws_secret_access_key = ${g.b64(40)}\nregion = us-west-2\n` })],
];

export const cases: CorpusCase[] = raw.map(([group, note, text], i) => ({
  id: `y47-k-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty47-sec-${group}`,
  label: "positive",
  text,
  note,
}));
