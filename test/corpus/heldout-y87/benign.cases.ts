// Benign look-alikes in the same renderers and files as the positives.
import type { CorpusCase } from "../types.ts";
import { AN, B64, B64U, Gen, HX, LD, UD, p, renderers } from "./_gen.ts";

const g = new Gen(0x87b9);

type B = [slot: string, what: string, make: (g: Gen) => string];

const rotated: B[] = [
  ["IMAGE_DIGEST", "container image digest", (g) => "sha256:" + g.hex(64)],
  ["GIT_SHA", "git commit SHA", (g) => g.hex(40)],
  ["BUILD_COMMIT", "short git SHA", (g) => g.hex(12)],
  ["ARTIFACT_SHA256", "artifact sha256 checksum", (g) => g.hex(64)],
  ["CHECKSUM_MD5", "md5 checksum", (g) => g.hex(32)],
  ["INTEGRITY", "SRI integrity hash", (g) => "sha512-" + g.s(86, B64) + "=="],
  ["REQUEST_ID", "request id UUID", (g) => g.uuid()],
  ["TRACE_ID", "W3C traceparent", (g) => `00-${g.hex(32)}-${g.hex(16)}-01`],
  ["CORRELATION_ID", "correlation id", (g) => "req_" + g.s(24)],
  ["STRIPE_CUSTOMER_ID", "Stripe customer id", (g) => p("cu", "s_") + g.s(14)],
  ["PAYMENT_INTENT", "Stripe PaymentIntent id", (g) => p("p", "i_") + "3" + g.s(23)],
  ["CHARGE_ID", "Stripe charge id", (g) => p("c", "h_") + "3" + g.s(23)],
  ["STRIPE_PUBLISHABLE_KEY", "Stripe publishable key", (g) => p("p", "k_live_") + "51" + g.s(97)],
  ["COMPLETION_ID", "OpenAI completion id", (g) => "chatcmpl-" + g.s(29)],
  ["MESSAGE_ID", "Anthropic message id", (g) => "msg_01" + g.s(22)],
  ["ASSISTANT_ID", "OpenAI assistant id", (g) => "asst_" + g.s(24)],
  ["OPENAI_ORG", "OpenAI organization id", (g) => "org-" + g.s(24)],
  ["VERCEL_PROJECT_ID", "Vercel project id", (g) => "prj_" + g.s(28)],
  ["TWILIO_ACCOUNT_SID_MASKED", "masked Twilio SID", (g) => "AC" + "*".repeat(26) + g.hex(4)],
  ["OPENAI_API_KEY", "masked OpenAI key", (g) => p("sk-", "proj-") + "..." + g.s(4, UD)],
  ["ANTHROPIC_API_KEY", "placeholder", () => "<your-anthropic-key>"],
  ["GITHUB_TOKEN", "GitHub Actions expression", () => "${{ secrets.GITHUB_TOKEN }}"],
  ["DATABASE_URL", "env var reference", () => "${DATABASE_URL}"],
  ["AWS_SECRET_ACCESS_KEY", "Vault reference", () => "vault:secret/data/prod/aws#secret_access_key"],
  ["STRIPE_SECRET_KEY", "1Password reference", () => "op://Production/Stripe/secret_key"],
  ["SLACK_BOT_TOKEN", "AWS SSM reference", () => "{{resolve:ssm-secure:/prod/slack/bot-token:3}}"],
  ["SENDGRID_API_KEY", "Azure Key Vault reference", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid/)"],
  ["DD_API_KEY", "SOPS-encrypted value", (g) => `ENC[AES256_GCM,data:${g.s(44, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]`],
  ["NPM_TOKEN", "npmrc env interpolation", () => "${NPM_TOKEN}"],
  ["JWT_SECRET", "masked value", () => "********"],
  ["API_KEY", "redacted marker", () => "[REDACTED]"],
  ["HF_TOKEN", "masked HF token", (g) => p("h", "f_") + "****" + g.s(4)],
  ["SSH_HOST_FINGERPRINT", "SSH key fingerprint", (g) => "SHA256:" + g.s(43, B64)],
  ["GPG_KEY_ID", "GPG key fingerprint", (g) => g.hex(40).toUpperCase()],
  ["ETAG", "HTTP ETag", (g) => `W/"${g.hex(32)}"`],
  ["S3_OBJECT_VERSION", "S3 version id", (g) => g.s(32, B64U.replace("-", "."))],
  ["CLOUDFRONT_DISTRIBUTION", "CloudFront distribution id", (g) => "E" + g.s(13, UD)],
  ["AWS_ACCOUNT_ID", "AWS account id", (g) => g.s(12, "0123456789")],
  ["AWS_ROLE_ARN", "IAM role ARN", (g) => `arn:aws:iam::${g.s(12, "0123456789")}:role/deploy-${g.s(6, LD)}`],
  ["GCP_PROJECT_NUMBER", "GCP project number", (g) => g.s(12, "0123456789")],
  ["AZURE_TENANT_ID", "Azure tenant id", (g) => g.uuid()],
  ["AZURE_CLIENT_ID", "Azure client id", (g) => g.uuid()],
  ["SENTRY_RELEASE", "Sentry release name", (g) => "web@" + g.hex(40)],
  ["CACHE_KEY", "CI cache key", (g) => "node-modules-Linux-" + g.hex(64)],
  ["LOCKFILE_HASH", "lockfile hash", (g) => g.hex(64)],
  ["DOCKER_IMAGE", "pinned image ref", (g) => "ghcr.io/acme/api@sha256:" + g.hex(64)],
  ["FEATURE_FLAG_KEY", "feature flag key", () => "enable-new-checkout-flow"],
  ["MIGRATION_ID", "migration id", (g) => "20261130101500_" + g.hex(8)],
  ["CONTENT_HASH", "webpack content hash", (g) => g.hex(20)],
  ["KMS_KEY_ID", "KMS key ARN (id, not secret)", (g) => `arn:aws:kms:us-east-1:${g.s(12, "0123456789")}:key/${g.uuid()}`],
  ["SESSION_ID_EXAMPLE", "placeholder", () => "changeme"],
  ["MONGODB_URI", "URI without credentials", (g) => `mongodb://localhost:27017/app_${g.s(4, LD)}`],
  ["POSTGRES_URL", "password from env", () => "postgres://app:${POSTGRES_PASSWORD}@db:5432/app"],
  ["REDIS_URL", "local redis without auth", () => "redis://127.0.0.1:6379/0"],
  ["GOOGLE_CLIENT_ID", "OAuth client id (public)", (g) => g.digits(12) + "-" + g.s(32, "abcdefghijklmnopqrstuvwxyz0123456789") + ".apps.googleusercontent.com"],
  ["SLACK_TEAM_ID", "Slack team id", (g) => "T0" + g.s(9, UD)],
  ["SLACK_CHANNEL", "Slack channel id", (g) => "C0" + g.s(9, UD)],
  ["DISCORD_APPLICATION_ID", "Discord application id", (g) => g.digits(19)],
  ["TELEGRAM_CHAT_ID", "Telegram chat id", (g) => "-100" + g.digits(10)],
  ["NPM_PACKAGE_SHASUM", "npm shasum", (g) => g.hex(40)],
  ["WEBHOOK_DELIVERY_ID", "GitHub webhook delivery id", (g) => g.uuid()],
  ["CURSOR", "pagination cursor", (g) => Buffer.from(JSON.stringify({ id: Number(g.digits(7)), ts: 1730000000 })).toString("base64")],
  ["PUBLIC_KEY_FINGERPRINT", "PGP public key id", (g) => g.hex(16).toUpperCase()],
  ["IDEMPOTENCY_KEY", "idempotency key UUID", (g) => g.uuid()],
  ["COLOR_PRIMARY", "CSS color", () => "#1f6feb"],
];

const rotatedCases: CorpusCase[] = rotated.map(([slot, what, make], i) => {
  const v = make(g);
  const r = renderers[(i * 7 + 3) % renderers.length]!;
  const { ctx, text } = r(slot, v, g);
  return { id: `y87-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty87-benign", label: "benign", text, note: `benign: ${what}, slot ${slot}, context: ${ctx}` };
});

const pemPub = (label: string, lines: number) => g.pem(label, lines);
const png = () => "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA" + g.s(300, B64) + "AAAAAElFTkSuQmCC";

const hand: [string, string][] = [
  ["SSH public key in authorized_keys", `# ~/.ssh/authorized_keys\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, B64)} dev@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.s(300, B64)}= ci@runner`],
  ["PEM certificate in chat body", JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "is this cert chain ok?\n" + pemPub("CERTIFICATE", 14) }] })],
  ["PEM public key in JWKS config", `jwt:\n  issuer: https://auth.acme.dev\n  public_key: |\n    ${pemPub("PUBLIC KEY", 6).split("\n").join("\n    ")}\n`],
  ["JWKS public RSA key", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(16), alg: "RS256", n: g.s(342, B64U), e: "AQAB" }] }, null, 2)],
  ["ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.hex(80)).join("\n")}`],
  ["Bitnami SealedSecret", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.s(600, B64)}==\n    OPENAI_API_KEY: AgC${g.s(600, B64)}==\n`],
  ["SOPS YAML file", `openai_api_key: ENC[AES256_GCM,data:${g.s(80, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\nsops:\n    kms: []\n    age:\n        - recipient: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${g.s(64, B64)}\n            ${g.s(40, B64)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2026-11-30T10:00:00Z"\n    mac: ENC[AES256_GCM,data:${g.s(88, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\n    version: 3.9.1\n`],
  ["base64 PNG data URI in CSS", `.logo {\n  width: 16px;\n  height: 16px;\n  background-image: url("data:image/png;base64,${png()}");\n}\n`],
  ["minified JS bundle", `!function(e,t){"object"==typeof exports?module.exports=t():e.${g.s(6, "abcdefghij")}=t()}(this,function(){var e="${g.s(64, AN)}",t=[${Array.from({ length: 6 }, () => `"${g.hex(8)}"`).join(",")}];return function(n){for(var r=0,o=0;o<n.length;o++)r=(r<<5)-r+n.charCodeAt(o)|0;return e.slice(r&31)+t[r&5]}});\n//# sourceMappingURL=app.${g.hex(20)}.js.map`],
  ["CSS with hashed class names", `.css-${g.s(6, LD)}{display:flex}.css-${g.s(6, LD)}:hover{color:#${g.hex(6)}}._${g.s(20, AN)}{margin:0 auto}.sc-${g.s(6, AN)}-0.${g.s(6, AN)}{padding:4px}`],
  ["package-lock.json entry", JSON.stringify({ "node_modules/left-pad": { version: "1.3.0", resolved: "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz", integrity: "sha512-" + g.s(86, B64) + "==" } }, null, 2)],
  ["go.sum lines", `github.com/acme/lib v1.4.2 h1:${g.s(43, B64)}=\ngithub.com/acme/lib v1.4.2/go.mod h1:${g.s(43, B64)}=\n`],
  ["Cargo.lock checksum", `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n`],
  ["pip requirements hashes", `requests==2.32.3 \\\n    --hash=sha256:${g.hex(64)} \\\n    --hash=sha256:${g.hex(64)}\n`],
  ["git log output in tool result", JSON.stringify({ type: "tool_result", tool_use_id: "toolu_01" + g.s(22), content: `commit ${g.hex(40)}\nAuthor: Dev <dev@acme.dev>\nDate:   Mon Nov 30 10:00:00 2026\n\n    fix: retry on 502\n\ncommit ${g.hex(40)}\nMerge: ${g.hex(7)} ${g.hex(7)}\n` })],
  ["k8s Secret with non-secret data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("us-east-1").toString("base64")}\n  FEATURE_X: ${Buffer.from("true").toString("base64")}\n`],
  ["docs with placeholders", "## Configure\n\n```bash\nexport OPENAI_API_KEY=<your-key>\nexport STRIPE_SECRET_KEY=" + p("sk", "_live_") + "XXXXXXXXXXXXXXXXXXXXXXXX\nexport GITHUB_TOKEN=" + p("gh", "p_") + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n```\n"],
  ["masked key in CLI output", `$ acme auth status\nLogged in as dev@acme.dev\nToken: ${p("gh", "p_")}************************${g.s(4)}\nScopes: repo, workflow\n`],
  ["Stripe API response with object ids", JSON.stringify({ id: p("p", "i_") + "3" + g.s(23), object: "payment_intent", amount: 2000, currency: "usd", customer: p("cu", "s_") + g.s(14), latest_charge: p("c", "h_") + "3" + g.s(23), client_secret: null, livemode: true }, null, 2)],
  ["OpenAI response body", JSON.stringify({ id: "chatcmpl-" + g.s(29), object: "chat.completion", created: 1764500000, model: "gpt-4o-2024-08-06", system_fingerprint: "fp_" + g.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] })],
  ["HTTP response headers with ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${g.uuid()}\nx-amzn-trace-id: Root=1-${g.hex(8)}-${g.hex(24)}\ncf-ray: ${g.hex(16)}-IAD\netag: "${g.hex(32)}"\n`],
  ["curl with env var header", `curl -s https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" | jq '.data[].id'`],
  ["Terraform with variable refs", `resource "aws_secretsmanager_secret_version" "api" {\n  secret_id     = aws_secretsmanager_secret.api.id\n  secret_string = var.api_key\n}\n\ndata "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/db/password"\n}\n`],
  ["GitHub Actions with secrets refs", `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${g.hex(40)}\n      - run: ./deploy.sh\n        env:\n          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n`],
  ["CI log with masked secrets", `2026-11-30T10:12:01.1Z + export NPM_TOKEN=***\n2026-11-30T10:12:01.2Z + npm publish --access public\n2026-11-30T10:12:04.9Z + acme-lib@2.1.0\n2026-11-30T10:12:05.0Z shasum: ${g.hex(40)}\n2026-11-30T10:12:05.0Z integrity: sha512-${g.s(20, B64)}[...]${g.s(10, B64)}==`],
  ["Python code reading env", `import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nCACHE_SALT_DIGEST = "${g.hex(64)}"\n`],
  ["Go test with hash fixture", `func TestHash(t *testing.T) {\n\tgot := sha256Hex([]byte("hello"))\n\twant := "${g.hex(64)}"\n\tif got != want {\n\t\tt.Fatalf("got %s", got)\n\t}\n}\n`],
  ["SQL with uuid keys", `INSERT INTO orders (id, user_id, trace_id) VALUES\n  ('${g.uuid()}', '${g.uuid()}', '${g.hex(32)}'),\n  ('${g.uuid()}', '${g.uuid()}', '${g.hex(32)}');\n`],
  ["diff bumping image digest", `-    image: ghcr.io/acme/api@sha256:${g.hex(64)}\n+    image: ghcr.io/acme/api@sha256:${g.hex(64)}\n`],
  ["Jupyter output with dataframe hashes", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 1, metadata: {}, source: ["df['hash'].head()"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`0    ${g.hex(40)}\n`, `1    ${g.hex(40)}\n`] }, execution_count: 1, metadata: {} }] }], nbformat: 4, nbformat_minor: 5, metadata: {} })],
  ["crash dump with ids", `panic: runtime error: index out of range [3] with length 3\n\ngoroutine 42 [running]:\nmain.process(0xc000${g.hex(6)})\n\t/app/main.go:88 +0x1a4\nrequest_id=${g.uuid()} span_id=${g.hex(16)} build=${g.hex(40)}`],
  ["MCP result with public key", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: "deploy key (public):\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.s(43, B64) + " deploy@acme" }] } })],
  ["age public recipient", `# .sops.yaml\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`],
  ["Helm values with existingSecret", `auth:\n  existingSecret: api-credentials\n  existingSecretKey: api-key\npostgresql:\n  auth:\n    existingSecret: pg-credentials\n`],
  ["env example file", `# .env.example\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=your-anthropic-key-here\nDATABASE_URL=postgres://user:password@localhost:5432/dev\nSTRIPE_SECRET_KEY=${p("sk", "_live_")}...\n`],
  ["Base64 font in CSS", `@font-face{font-family:"Inter";src:url(data:font/woff2;base64,d09GMgABAAAA${g.s(400, B64)}) format("woff2")}`],
];

const handCases: CorpusCase[] = hand.map(([what, text], i) => ({
  id: `y87-bk-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty87-benign",
  label: "benign",
  text,
  note: `benign: ${what}`,
}));

export const cases: CorpusCase[] = [...rotatedCases, ...handCases];
void [HX];
