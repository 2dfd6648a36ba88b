// heldout-y98: handcrafted private key material and multi-part secrets in outbound contexts.
import type { CorpusCase } from "../types.ts";
import { Gen } from "./_gen.ts";

const g = new Gen(0x4b9e98);
const D = "-----";
const pem = (label: string, nBytes: number) => {
  const body = g.b64(nBytes).replace(/(.{64})/g, "$1\n").trim();
  return `${D}BEGIN ${label}${D}\n${body}\n${D}END ${label}${D}`;
};
const rsa = () => pem(["RSA", "PRIVATE", "KEY"].join(" "), 1190);
const ec = () => pem(["EC", "PRIVATE", "KEY"].join(" "), 121);
const pk8 = () => pem(["PRIVATE", "KEY"].join(" "), 1218);
const ossh = () => {
  const body = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + g.b64(300)).replace(/(.{70})/g, "$1\n").trim();
  return `${D}BEGIN ${["OPENSSH", "PRIVATE", "KEY"].join(" ")}${D}\n${body}\n${D}END ${["OPENSSH", "PRIVATE", "KEY"].join(" ")}${D}`;
};
const pgp = () => {
  const l = ["PGP", "PRIVATE", "KEY", "BLOCK"].join(" ");
  return `${D}BEGIN ${l}${D}\n\nlQVYBGV${g.b64(900).replace(/(.{64})/g, "$1\n").trim()}\n=${g.b64(3)}\n${D}END ${l}${D}`;
};

type K = [string, string, string, () => string];
const list: K[] = [
  ["keys", "RSA private key", "Anthropic tool_use write_file deploy/id_rsa", () =>
    JSON.stringify({ type: "tool_use", id: "toolu_07", name: "write_file", input: { path: "deploy/keys/id_rsa", content: rsa() + "\n" } })],
  ["keys", "EC private key", "Kubernetes Secret stringData tls.key", () =>
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${ec().split("\n").map((x) => "    " + x).join("\n")}\n`],
  ["keys", "GCP service account JSON private_key (PKCS#8)", "OpenAI chat body with pasted credentials.json", () =>
    JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "gcloud says invalid_grant with this SA file, what's wrong?\n\n" + JSON.stringify({ type: "service_account", project_id: "acme-analytics-prod", private_key_id: g.hex(40), private_key: pk8() + "\n", client_email: "etl-runner@acme-analytics-prod.iam.gserviceaccount.com", client_id: g.x("{D21}"), token_uri: "https://oauth2.googleapis.com/token" }, null, 2) }] })],
  ["keys", "OpenSSH private key", "shell heredoc in tool call", () =>
    JSON.stringify({ tool: "bash", input: { command: `mkdir -p ~/.ssh && cat > ~/.ssh/id_ed25519 <<'KEY'\n${ossh()}\nKEY\nchmod 600 ~/.ssh/id_ed25519 && ssh -T git@github.com` } })],
  ["keys", "PGP private key block", "Markdown doc for release signing", () =>
    `# Release signing\n\nImport the team signing key on the release box:\n\n\`\`\`\n${pgp()}\n\`\`\`\n\nthen run \`gpg --import\`.\n`],
  ["keys", "age secret key", "SOPS keys.txt pasted in chat message", () =>
    JSON.stringify({ role: "user", content: `sops can't decrypt, my ~/.config/sops/age/keys.txt is:\n# created: 2026-10-02T11:03:44Z\n# public key: age1${g.x("{c58}")}\n${["AGE", "SECRET", "KEY"].join("-")}-1${g.x("{C58}")}` })],
  ["keys", "WireGuard private key", "wg0.conf INI", () =>
    `[Interface]\nAddress = 10.8.0.2/32\nPrivate${"Key"} = ${g.b64(32)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.b64(32)}\nEndpoint = vpn.acme.net:51820\nAllowedIPs = 0.0.0.0/0\n`],
  ["keys", "Ethereum private key", "Hardhat config JS", () =>
    `require("@nomicfoundation/hardhat-toolbox");\n\nmodule.exports = {\n  solidity: "0.8.24",\n  networks: {\n    mainnet: {\n      url: "https://eth-mainnet.g.alchemy.com/v2/" + process.env.ALCHEMY_KEY,\n      accounts: ["0x${g.hex(64)}"],\n    },\n  },\n};\n`],
  ["keys", "JWK private key (d param)", "JSON config for OIDC signer", () =>
    JSON.stringify({ keys: [{ kty: "EC", crv: "P-256", kid: "signer-2026", use: "sig", x: g.x("{b43}"), y: g.x("{b43}"), d: g.x("{b43}") }] }, null, 2)],
  ["keys", "RSA private key in CI log", "GitLab CI job log echoing deploy key", () =>
    `$ echo "$DEPLOY_KEY" | tee /tmp/key && ssh-add /tmp/key\n${rsa()}\nIdentity added: /tmp/key (/tmp/key)\n$ ansible-playbook -i inventory/prod site.yml\n`],
  ["keys", "Solana keypair array", "Python constant", () =>
    `from solders.keypair import Keypair\n\nPAYER_SECRET = [${Array.from(g.bytes(64)).join(", ")}]\npayer = Keypair.from_bytes(bytes(PAYER_SECRET))\n`],
  ["keys", "PKCS#8 private key", "Go test fixture", () =>
    `package signer\n\nconst testPrivateKeyPEM = \`${pk8()}\`\n\nfunc init() { mustParse(testPrivateKeyPEM) }\n`],
  ["auth", "netrc credentials", "MCP tool result of cat ~/.netrc", () =>
    JSON.stringify({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: `machine api.heroku.com\n  login ops@acme.io\n  password ${g.uuid()}\nmachine git.acme-internal.net\n  login ci-bot\n  password ${g.x("{A32}")}\n` }] } })],
  ["data", ".pgpass", "shell tool call writing ~/.pgpass", () =>
    JSON.stringify({ name: "run_shell", arguments: JSON.stringify({ command: `echo 'db-prod.acme.internal:5432:orders:orders_rw:${g.x("{A22}")}' >> ~/.pgpass && chmod 600 ~/.pgpass` }) })],
  ["devtools", "npmrc auth token", ".npmrc file", () =>
    `registry=https://registry.npmjs.org/\n@acme:registry=https://npm.pkg.github.com/\n//npm.pkg.github.com/:_authToken=${g.x("gh|p_{A36}")}\nalways-auth=true\n`],
  ["devtools", "docker config.json auth", "docker config.json", () =>
    JSON.stringify({ auths: { "registry.acme.io": { auth: Buffer.from(`ci-robot:${g.x("{A32}")}`).toString("base64") } }, credsStore: "" }, null, 2)],
  ["cloud", "Azure SAS URL", "curl upload command", () =>
    `curl -X PUT -T build.tar.gz -H "x-ms-blob-type: BlockBlob" \\\n  "https://acmeartifacts.blob.core.windows.net/builds/build.tar.gz?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&${"sig"}=${encodeURIComponent(g.b64(32))}"`],
  ["cloud", "AWS key pair", "~/.aws/credentials INI", () =>
    `[default]\naws_access_key_id = ${g.x("AK|IA{Z16}")}\naws_secret_access_key = ${g.x("{A30}/{A9}")}\nregion = eu-central-1\n`],
];

export const cases: CorpusCase[] = list.map(([group, prov, ctx, make], i) => ({
  id: `y98-k-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty98-sec-${group}`,
  label: "positive",
  text: make(),
  note: `${prov}, context: ${ctx}`,
}));
