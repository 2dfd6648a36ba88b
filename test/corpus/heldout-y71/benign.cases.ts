// heldout-y71: benign look-alikes in the same contexts as the positives.
import type { CorpusCase } from "../types.ts";
import { A, B64U, D, Gen, H, L, U, renderers, type Tok } from "./_gen.ts";

const g = new Gen(0x71be);

type Spec = [string, string, (g: Gen) => string];

const specs: Spec[] = [
  ["git commit SHA", "GIT_COMMIT_SHA", (g) => g.s(40, H)],
  ["sha256 file digest", "ARTIFACT_SHA256", (g) => g.s(64, H)],
  ["container image digest", "IMAGE_DIGEST", (g) => `sha256:${g.s(64, H)}`],
  ["SRI integrity hash", "BUNDLE_INTEGRITY", (g) => `sha512-${g.b64(64)}`],
  ["UUID request id", "REQUEST_ID", (g) => g.uuid()],
  ["W3C traceparent", "TRACEPARENT", (g) => `00-${g.s(32, H)}-${g.s(16, H)}-01`],
  ["Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => g.j("cus", "_", g.s(14, A))],
  ["Stripe price id", "STRIPE_PRICE_ID", (g) => g.j("price", "_1", g.s(23, A))],
  ["OpenAI completion id", "LAST_COMPLETION_ID", (g) => g.j("chatcmpl-", g.s(29, A))],
  ["Anthropic message id", "LAST_MESSAGE_ID", (g) => g.j("msg", "_01", g.s(22, A))],
  ["OpenAI assistant id", "OPENAI_ASSISTANT_ID", (g) => g.j("asst", "_", g.s(24, A))],
  ["AWS account ARN", "ROLE_ARN", (g) => `arn:aws:iam::${g.s(12, D)}:role/deploy-${g.s(6, L)}`],
  ["Slack channel id", "SLACK_CHANNEL_ID", (g) => g.j("C0", g.s(9, U))],
  ["GCP project number", "GCP_PROJECT_NUMBER", (g) => g.s(12, D)],
  ["Sentry DSN-less release", "SENTRY_RELEASE", (g) => `api@${g.range(1, 9)}.${g.range(0, 30)}.${g.range(0, 9)}+${g.s(7, H)}`],
  ["placeholder angle brackets", "OPENAI_API_KEY", () => "<your-openai-api-key>"],
  ["placeholder env interpolation", "STRIPE_SECRET_KEY", () => "${STRIPE_SECRET_KEY}"],
  ["masked key", "ANTHROPIC_API_KEY", (g) => `sk-ant-...${g.s(4, A)}`],
  ["masked with X", "GITHUB_TOKEN", () => ["gh", "p_", "X".repeat(36)].join("")],
  ["asterisk mask", "DATABASE_PASSWORD", () => "********"],
  ["changeme placeholder", "JWT_SECRET", () => "changeme"],
  ["Vault reference", "DB_PASSWORD", (g) => `vault:secret/data/prod/db-${g.s(4, L)}#password`],
  ["AWS SSM reference", "API_TOKEN", (g) => `{{resolve:ssm-secure:/prod/api/token-${g.s(4, L)}:1}}`],
  ["1Password reference", "SLACK_BOT_TOKEN", () => "op://Engineering/slack-bot/credential"],
  ["Azure Key Vault reference", "SENDGRID_API_KEY", (g) => `@Microsoft.KeyVault(SecretUri=https://kv-prod-${g.s(4, L)}.vault.azure.net/secrets/sendgrid/)`],
  ["GitHub Actions secret expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"],
  ["SOPS encrypted value", "DATABASE_URL", (g) => `ENC[AES256_GCM,data:${g.b64(48)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]`],
  ["SSH public key", "DEPLOY_PUBKEY", (g) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, `${A}+/`)} ci@build`],
  ["Stripe publishable-style object id (payment intent)", "PAYMENT_INTENT_ID", (g) => g.j("pi", "_3", g.s(23, A))],
  ["npm package version lock", "LOCKFILE_HASH", (g) => g.s(32, H)],
  ["k8s resource uid", "POD_UID", (g) => g.uuid()],
  ["ULID event id", "EVENT_ID", (g) => g.j("01J", g.s(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))],
  ["base64 nonce (public)", "CSP_NONCE_EXAMPLE", () => "rAnd0m"],
  ["MongoDB ObjectId", "TENANT_OBJECT_ID", (g) => g.s(24, H)],
  ["Datadog trace id", "DD_TRACE_ID", (g) => g.s(19, D)],
  ["feature flag key", "FEATURE_FLAG", (g) => `checkout-v2-${g.s(6, L)}`],
  ["Docker build cache key", "CACHE_KEY", (g) => `node-modules-${g.s(64, H)}`],
  ["localhost URL without creds", "DATABASE_URL", () => "postgres://localhost:5432/app_dev"],
  ["URL with env interpolated password", "REDIS_URL", () => "redis://default:${REDIS_PASSWORD}@redis:6379/0"],
];

// Renderers that keep the slot name next to the value (a header or bare constructor argument would
// make any opaque value an arguable credential).
const SKIP = new Set(["curl command header", "raw HTTP request header", "Rust test fixture", "chat message to teammate", "Python code env default"]);
const pool = renderers.filter(([name]) => !SKIP.has(name));

function asBenign(i: number, s: Spec): CorpusCase {
  const [what, env, make] = s;
  const t: Tok = { provider: what, group: "benign", env, value: make(g) };
  const [ctx, r] = pool[(i * 7 + 3) % pool.length]!;
  return {
    id: `y71-b-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: "heldouty71-benign",
    label: "benign",
    text: r(t, g),
    note: `benign ${what} in ${env} slot, ${ctx}`,
  };
}

const rotated: CorpusCase[] = [];
for (let k = 0; k < 2; k++) for (const s of specs) rotated.push(asBenign(rotated.length, s));

const hand: [string, (g: Gen) => string][] = [
  ["PEM certificate pasted in chat body", (g) => JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `why does nginx reject this cert?\n\n${g.pem("CERTIFICATE", 700)}` }] })],
  ["PEM public key in JSON config", (g) => JSON.stringify({ jwt: { issuer: "https://auth.acme-corp.io", algorithm: "RS256", publicKey: g.pem("PUBLIC KEY", 294) } }, null, 2)],
  ["ansible-vault blob in group_vars", (g) => `db_user: app\ndb_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 6 }, () => "  " + g.s(80, H)).join("\n")}`],
  ["SOPS-encrypted YAML file", (g) => `api_key: ENC[AES256_GCM,data:${g.b64(40)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\nsops:\n  kms: []\n  age:\n    - recipient: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n  lastmodified: "2026-11-02T10:00:00Z"\n  mac: ENC[AES256_GCM,data:${g.b64(64)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n  version: 3.9.1`],
  ["base64 PNG data URI in CSS", (g) => `.logo {\n  width: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAg${g.s(400, `${A}+/`)}==");\n}`],
  ["minified JS bundle chunk", (g) => `!function(e,t){"use strict";var n=${JSON.stringify(g.s(40, A))},r=function(e){return e.split("").reverse().join("")};e.__chunk_${g.s(8, H)}=function(o){return r(n)+o.id};t.hash="${g.s(20, H)}"}(window,document);`],
  ["Tailwind CSS with hashed class names", (g) => Array.from({ length: 6 }, () => `.css-${g.s(6, L)}{display:flex;color:#${g.s(6, H)}}`).join("\n")],
  ["package-lock integrity entries", (g) => JSON.stringify({ packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: `sha512-${g.b64(64)}` }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${g.b64(64)}` } } }, null, 2)],
  ["go.sum lines", (g) => `github.com/google/uuid v1.6.0 h1:${g.b64(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64(32)}\ngolang.org/x/net v0.30.0 h1:${g.b64(32)}`],
  ["git log oneline pasted", (g) => Array.from({ length: 6 }, () => `${g.s(7, H)} ${g.pick(["fix: retry on 502", "chore: bump deps", "feat: add export", "refactor: split worker", "docs: update readme"])}`).join("\n")],
  ["CI log with digests and run ids", (g) => `Run docker/build-push-action@v6\n#12 exporting manifest sha256:${g.s(64, H)} done\n#12 pushing layers ${g.s(12, H)}\nrun_id=${g.s(10, D)} attempt=1\nworkflow sha ${g.s(40, H)}`],
  ["HTTP response with request ids", (g) => `HTTP/1.1 200 OK\nx-request-id: req_${g.s(24, A)}\nx-amzn-trace-id: Root=1-${g.s(8, H)}-${g.s(24, H)}\ncf-ray: ${g.s(16, H)}-FRA\netag: W/"${g.s(32, H)}"\n\n{"ok":true}`],
  ["Terraform state with masked sensitive", (g) => `# aws_db_instance.main:\nresource "aws_db_instance" "main" {\n    arn      = "arn:aws:rds:eu-west-1:${g.s(12, D)}:db:main"\n    id       = "db-${g.s(26, U)}"\n    password = (sensitive value)\n    username = "app"\n}`],
  ["k8s Secret referencing external secret", (g) => `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api-keys\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/stripe-${g.s(4, L)}\n        property: secret_key`],
  ["SealedSecret manifest", (g) => `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: app\nspec:\n  encryptedData:\n    API_TOKEN: AgB${g.s(340, `${A}+/`)}==\n    DB_PASSWORD: AgC${g.s(340, `${A}+/`)}==`],
  ["Python code reading env without defaults", () => `import os\n\nOPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\nSTRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY")\nif not STRIPE_SECRET_KEY:\n    raise RuntimeError("set STRIPE_SECRET_KEY")`],
  ["Markdown doc with placeholder values", () => "## Configure\n\n```bash\nexport ANTHROPIC_API_KEY=\"sk-ant-...\"\nexport SLACK_BOT_TOKEN=\"xoxb-your-token-here\"\nexport AWS_SECRET_ACCESS_KEY=\"<secret>\"\n```"],
  ["SQL with hashed passwords (bcrypt)", (g) => `INSERT INTO users (id, email, password_hash) VALUES\n  (1, 'a@acme-corp.io', '$2b$12$${g.s(53, `${A}./`)}'),\n  (2, 'b@acme-corp.io', '$2b$12$${g.s(53, `${A}./`)}');`],
  ["Jupyter output with tensor hash", (g) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, outputs: [{ output_type: "stream", name: "stdout", text: [`model checksum: ${g.s(64, H)}\n`, `run: ${g.uuid()}\n`] }], source: ["print(checksum(model))"] }] })],
  ["MCP result listing object ids", (g) => JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: JSON.stringify({ customers: [g.j("cus", "_", g.s(14, A)), g.j("cus", "_", g.s(14, A))], invoices: [g.j("in", "_1", g.s(23, A))] }) }] } })],
  ["diff rotating to secret reference", (g) => `--- a/.env.example\n+++ b/.env.example\n@@ -1,3 +1,3 @@\n-API_KEY=\n+API_KEY=<paste from 1Password>\n BUILD=${g.s(40, H)}`],
  ["Crash dump with hashes only", (g) => `panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.process(0xc000${g.s(6, H)}, 0x3)\n\t/app/main.go:42 +0x${g.s(3, H)}\nbuild id: ${g.s(40, H)}`],
  ["Anthropic tool_use writing .env.example", () => JSON.stringify({ type: "tool_use", id: "toolu_01AbCdEfGh", name: "write_file", input: { path: ".env.example", content: "OPENAI_API_KEY=\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/db\n" } })],
  ["JWT header-only debug print", () => `decoded header: ${JSON.stringify({ alg: "RS256", kid: "k1", typ: "JWT" })}\nsignature: <redacted>`],
];

const handCases: CorpusCase[] = hand.map(([what, make], i) => ({
  id: `y71-bk-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty71-benign",
  label: "benign",
  text: make(g),
  note: `benign ${what}`,
}));

export const cases: CorpusCase[] = [...rotated, ...handCases];
