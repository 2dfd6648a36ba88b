// heldout-y15 handcrafted positives: key material and credentials whose shape lives in the
// surrounding file format (PEM blocks, SA JSON, kubeconfig, .netrc, .pgpass, basic auth URLs).
import type { CorpusCase } from "../types.ts";
import { Gen, j } from "./_gen.ts";

const g = new Gen(0x15a7);
const wrap = (s: string, w = 64) => s.match(new RegExp(`.{1,${w}}`, "g"))!.join("\n");
const pem = (label: string, lead: string, n: number) =>
  [j("-----BEGIN ", label, "-----"), wrap(lead + g.b64bytes(n)), j("-----END ", label, "-----")].join("\n");

type H = [provider: string, group: string, context: string, text: () => string];
const hs: H[] = [
  ["PKCS#8 RSA private key", "keys", "LLM chat body asking about a TLS error (JSON-escaped)", () => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: "nginx says key values mismatch, here is server.key:\n\n" + pem(j("PRI", "VATE KEY"), "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 900) + "\n\nand the cert is from letsencrypt" }] })],
  ["RSA private key (PKCS#1)", "keys", "write_file tool call", () => JSON.stringify({ type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "deploy/id_rsa", content: pem(j("RSA PRI", "VATE KEY"), "MIIEpAIBAAKCAQEA", 1150) + "\n" } })],
  ["EC private key", "keys", "Kubernetes TLS Secret stringData", () => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${pem(j("EC PRI", "VATE KEY"), "MHcCAQEEI", 110).split("\n").map((l) => "    " + l).join("\n")}\n`],
  ["OpenSSH private key", "keys", "shell: cat ~/.ssh/id_ed25519 (MCP tool result)", () => JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: "$ cat ~/.ssh/id_ed25519\n" + pem(j("OPENSSH PRI", "VATE KEY"), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA", 300) + "\n" }] } })],
  ["PGP private key block", "keys", "CI log printing a signing key", () => `2026-12-05T09:01:11Z + echo "$GPG_SIGNING_KEY" | gpg --import\n2026-12-05T09:01:11Z ${j("-----BEGIN PGP PRI", "VATE KEY BLOCK-----")}\n2026-12-05T09:01:11Z \n${wrap("lQVYBGV" + g.b64bytes(600)).split("\n").map((l) => "2026-12-05T09:01:11Z " + l).join("\n")}\n2026-12-05T09:01:11Z ${j("-----END PGP PRI", "VATE KEY BLOCK-----")}\n2026-12-05T09:01:12Z gpg: key imported`],
  ["age secret key", "keys", "SOPS age keys.txt pasted in chat", () => `I can't decrypt secrets.enc.yaml, my ~/.config/sops/age/keys.txt is:\n\n# created: 2026-11-02T10:11:12Z\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${j("AGE-SECRET", "-KEY-1")}${g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}\n\nwhat am I doing wrong?`],
  ["GCP service account JSON", "cloud", "JSON key file in write_file", () => JSON.stringify({ name: "write_file", arguments: { path: "infra/sa.json", content: JSON.stringify({ type: "service_account", project_id: "acme-prod-42", private_key_id: g.h(40), private_key: pem(j("PRI", "VATE KEY"), "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 900) + "\n", client_email: "deployer@acme-prod-42.iam.gserviceaccount.com", client_id: g.d(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2) } })],
  ["kubeconfig client key + token", "auth", "kubeconfig YAML", () => `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.20.0.1:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-key-data: ${Buffer.from(pem(j("RSA PRI", "VATE KEY"), "MIIEowIBAAKCAQEA", 400)).toString("base64")}\n    token: ${g.l(6)}.${g.l(16)}\ncontexts:\n- context: {cluster: prod, user: admin}\n  name: prod\ncurrent-context: prod\n`],
  [".netrc password", "auth", ".netrc via shell tool result", () => `$ cat ~/.netrc\nmachine api.heroku.com\n  login ops@acme.io\n  password ${g.uuid()}\nmachine git.acme.internal\n  login deploy\n  password ${g.a(28)}\n`],
  [".pgpass entry", "data", ".pgpass in chat", () => `psql keeps prompting even though I have ~/.pgpass:\n\ndb-prod.internal:5432:orders:app_rw:${g.a(22)}\n\nperms are 0600, any idea?`],
  ["basic auth in URL", "auth", "git remote -v output", () => `$ git remote -v\norigin\thttps://deploy-bot:${j("gh", "p_", g.a(36))}@github.com/acme/infra.git (fetch)\norigin\thttps://deploy-bot:${j("gh", "p_", g.a(36))}@github.com/acme/infra.git (push)`],
  ["HTTP Basic Authorization header", "auth", "curl -v dump", () => `> GET /api/v1/admin/users HTTP/2\n> Host: internal.acme.io\n> user-agent: curl/8.5.0\n> authorization: Basic ${Buffer.from("admin:" + g.a(20)).toString("base64")}\n> accept: */*\n>\n< HTTP/2 200\n< content-type: application/json`],
  ["Azure Storage SAS URL", "cloud", "Python code with a SAS URL", () => `BLOB_URL = (\n    "https://acmeprodlogs.blob.core.windows.net/exports/daily.csv"\n    "?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-06-01T00:00:00Z&st=2026-12-01T00:00:00Z&spr=https"\n    "&${j("sig", "=")}${encodeURIComponent(g.b64bytes(32))}"\n)\nresp = requests.put(BLOB_URL, data=payload, headers={"x-ms-blob-type": "BlockBlob"})\n`],
  ["AWS key pair in ~/.aws/credentials", "cloud", "INI credentials file in write_file", () => JSON.stringify({ tool: "write_file", input: { path: "/home/dev/.aws/credentials", content: `[default]\naws_access_key_id = ${j("AK", "IA", g.b32(16))}\naws_secret_access_key = ${g.b(40)}\nregion = eu-west-1\n` } })],
  ["Docker config.json auth", "devtools", "docker config.json", () => JSON.stringify({ auths: { "registry.gitlab.com": { auth: Buffer.from("ci-deployer:" + j("gl", "pat-", g.bu(20))).toString("base64") } }, credsStore: "" }, null, 2)],
  [".npmrc auth token", "devtools", ".npmrc via shell heredoc", () => `cat > .npmrc <<'EOF2'\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${j("np", "m_", g.a(36))}\nalways-auth=true\nEOF2\nnpm publish --access public`],
  ["Slack webhook in CLI positional arg", "comms", "shell history", () => `  88  ./notify.sh ${j("https://hooks.", "slack.com/services/T", g.u(10), "/B", g.u(10), "/", g.a(24))} "deploy done"\n  89  history | tail`],
  ["systemd unit Environment", "data", "systemd unit file", () => `[Unit]\nDescription=orders worker\nAfter=network.target\n\n[Service]\nEnvironment=DATABASE_URL=postgres://orders:${g.a(26)}@10.1.0.5:5432/orders\nExecStart=/usr/local/bin/orders-worker\nRestart=always\n\n[Install]\nWantedBy=multi-user.target\n`],
  ["Anthropic admin key", "ai", "crontab with inline env", () => `# m h dom mon dow command\nANTHROPIC_ADMIN_KEY=${j("sk-", "ant-", "admin01-", g.bu(93), "AA")}\n0 3 * * * /opt/scripts/usage-report.sh >> /var/log/usage.log 2>&1\n`],
  ["OpenAI key split across concatenation", "ai", "JavaScript code concatenating a key", () => `// TODO move to vault\nconst k = "${j("sk-", "proj-", g.bu(40))}" +\n  "${g.bu(34)}T3Blbk${"FJ"}${g.bu(74)}";\nconst openai = new OpenAI({ apiKey: k });\n`],
  ["Stripe key in GitHub Actions secret misuse", "payment", "GitHub Actions step with inline key", () => `      - name: Sync products\n        run: |\n          curl https://api.stripe.com/v1/products \\\n            -u ${j("sk", "_live_", "51", g.a(97))}: \\\n            -d limit=100 > products.json\n`],
];

export const cases: CorpusCase[] = hs.map(([provider, group, context, text], i) => ({
  id: `y15-k-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty15-sec-${group}`,
  label: "positive",
  text: text(),
  note: `${provider}; context: ${context}`,
}));
