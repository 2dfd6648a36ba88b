// heldout-y85 handcrafted positives: private key material and credential files, built at run time.
import type { CorpusCase } from "../types.ts";
import { B32, Gen, HEX, LO, je } from "./_gen.ts";

const r = new Gen(0x85e1);
const BEGIN = ["-----BEG", "IN "].join("");
const END = ["-----EN", "D "].join("");
const pem = (label: string, nbytes: number) => {
  const body = r.b64(nbytes).replace(/(.{64})/g, "$1\n").trim();
  return `${BEGIN}${label}-----\n${body}\n${END}${label}-----`;
};
const RSA = ["RSA PRIV", "ATE KEY"].join("");
const EC = ["EC PRIV", "ATE KEY"].join("");
const P8 = ["PRIV", "ATE KEY"].join("");
const OSSH = ["OPENSSH PRIV", "ATE KEY"].join("");
const PGP = ["PGP PRIVATE KEY ", "BLOCK"].join("");
const bech = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

type H = { id: string; g: string; note: string; text: string };
const hs: H[] = [];
const add = (g: string, note: string, text: string) => hs.push({ id: `y85-k-${String(hs.length + 1).padStart(3, "0")}`, g, note, text });

add("keys", "RSA private key PEM in Anthropic write_file tool_use", JSON.stringify({ type: "tool_use", id: "toolu_01" + r.s(22), name: "write_file", input: { path: "deploy/id_rsa", content: pem(RSA, 1190) + "\n" } }));
add("keys", "EC private key pasted in OpenAI chat body", JSON.stringify({ model: "gpt-4.1-mini", messages: [{ role: "user", content: `nginx says key mismatch, this is server.key:\n\n${pem(EC, 121)}\n\nand the cert is from letsencrypt` }] }));
add("keys", "OpenSSH private key in shell heredoc tool call", `cat > ~/.ssh/deploy_ed25519 <<'KEY'\n${pem(OSSH, 400)}\nKEY\nchmod 600 ~/.ssh/deploy_ed25519`);
add("keys", "GCP service account JSON with PKCS#8 private_key", JSON.stringify({ type: "service_account", project_id: `acme-data-${r.int(999)}`, private_key_id: r.s(40, HEX), private_key: pem(P8, 1216) + "\n", client_email: `etl@acme-data-${r.int(999)}.iam.gserviceaccount.com`, client_id: r.s(21, "0123456789"), token_uri: "https://oauth2.googleapis.com/token" }, null, 2));
add("keys", "PGP private key block in MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `$ gpg --export-secret-keys --armor release@acme.dev\n${pem(PGP, 900)}` }] } }));
add("keys", "age secret key in keys.txt", `# created: 2026-10-02T11:04:55Z\n# public key: age1${r.s(58, bech)}\n${["AGE-SECRET", "-KEY-1"].join("")}${r.s(58, bech.toUpperCase())}\n`);
add("keys", "WireGuard PrivateKey in wg0.conf", `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${r.b64(32)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${r.b64(32)}\nEndpoint = vpn.acme.dev:51820\nAllowedIPs = 0.0.0.0/0\n`);
add("keys", "Ethereum deployer private key in hardhat config", `require("@nomicfoundation/hardhat-toolbox");\n\nmodule.exports = {\n  solidity: "0.8.24",\n  networks: {\n    mainnet: {\n      url: "https://eth-mainnet.g.alchemy.com/v2/${r.s(32)}",\n      accounts: ["0x${r.s(64, HEX)}"],\n    },\n  },\n};\n`);
add("keys", "RSA key JSON-escaped inside a CI log pasted to chat", JSON.stringify({ messages: [{ role: "user", content: `CI fails at ssh step:\n${je("+ echo \"$SSH_KEY\" > key\n" + pem(RSA, 1190))}` }] }));
add("keys", "PKCS#8 key in Kubernetes TLS secret stringData", `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nmetadata:\n  name: api-tls\nstringData:\n  tls.key: |\n${pem(P8, 1216).split("\n").map((l) => "    " + l).join("\n")}\n`);
add("auth", ".netrc with machine password", `machine api.heroku.com\n  login ops@acme.dev\n  password ${r.uuid()}\nmachine git.internal.acme.dev\n  login ci-bot\n  password ${r.s(32)}\n`);
add("data", ".pgpass line", `# hostname:port:database:username:password\ndb-prod-1.internal:5432:orders:app_rw:${r.s(26)}\n`);
add("auth", "basic auth credentials in git remote URL (shell output)", `$ git remote -v\norigin  https://deploy-bot:${r.s(20)}@git.acme.dev/platform/api.git (fetch)\norigin  https://deploy-bot:${r.s(20)}@git.acme.dev/platform/api.git (push)`);
add("cloud", "Azure Blob SAS URL in curl upload", `curl -X PUT -T build.zip -H "x-ms-blob-type: BlockBlob" "https://acmeartifacts.blob.core.windows.net/builds/build.zip?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=${encodeURIComponent(r.b64(32))}"`);
add("devtools", ".npmrc _authToken for private registry", `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${["gh", "p_"].join("")}${r.s(36)}\nalways-auth=true\n`);
add("devtools", "docker config.json auths", JSON.stringify({ auths: { "registry.acme.dev": { auth: Buffer.from(`ci:${r.s(28)}`).toString("base64") } } }, null, 2));
add("devtools", "git credential store file", `https://oauth2:${["gl", "pat-"].join("")}${r.s(20)}@gitlab.com\n`);
add("auth", "systemd unit Environment password", `[Service]\nExecStart=/usr/local/bin/collector\nEnvironment=COLLECTOR_PASSWORD=${r.s(24)}\nRestart=always\n`);
add("data", "JDBC URL with password in Spring YAML", `spring:\n  datasource:\n    url: jdbc:sqlserver://sql-prod.acme.local:1433;databaseName=ledger;user=ledger_app;password=${r.s(18)}!\n`);
add("cloud", "AWS credentials file pasted in chat", JSON.stringify({ role: "user", content: `[default]\naws_access_key_id = ${["AK", "IA"].join("")}${r.s(16, B32)}\naws_secret_access_key = ${r.s(40)}\nregion = us-east-1\n` }));
add("keys", "OpenSSH key in Ansible vars (unencrypted)", `deploy_user: ubuntu\ndeploy_ssh_key: |\n${pem(OSSH, 400).split("\n").map((l) => "  " + l).join("\n")}\n`);
add("data", "Redis AUTH in crash dump argv", `FATAL worker crashed (signal 11)\nargv: ["/usr/bin/worker","--redis","redis://:${r.s(40, LO)}@cache-1:6379/0","--queue","emails"]\npid=4411 uptime=3h12m`);

export const cases: CorpusCase[] = hs.map((h) => ({ id: h.id, kind: "secrets", category: `heldouty85-sec-${h.g}`, label: "positive", text: h.text, note: h.note }));
