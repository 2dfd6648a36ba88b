// heldout-y85 benign look-alikes: hashes, ids, public material, placeholders, references, encrypted blobs.
import type { CorpusCase } from "../types.ts";
import { AN, B64, DIG, Gen, HEX, LO, R, UP, URLB64 } from "./_gen.ts";

const r = new Gen(0x85b9);
type B = { slot: string; p: string; note: string; v: (r: Gen) => string };
const B_ = (slot: string, p: string, note: string, v: (r: Gen) => string): B => ({ slot, p, note, v });

// Values that look random but are not secrets, rendered through the same contexts as positives.
const rotated: B[] = [
  B_("GIT_COMMIT_SHA", "build", "git commit SHA", (r) => r.sha()),
  B_("BUILD_SHA256", "artifacts", "sha256 artifact digest", (r) => r.s(64, HEX)),
  B_("IMAGE_DIGEST", "registry", "container image digest", (r) => `sha256:${r.s(64, HEX)}`),
  B_("PACKAGE_INTEGRITY", "npm", "SRI sha512 integrity", (r) => `sha512-${r.b64(64)}`),
  B_("REQUEST_ID", "gateway", "request UUID", (r) => r.uuid()),
  B_("TRACE_ID", "otel", "W3C trace id", (r) => r.s(32, HEX)),
  B_("TRACEPARENT", "otel", "traceparent header value", (r) => `00-${r.s(32, HEX)}-${r.s(16, HEX)}-01`),
  B_("STRIPE_PUBLISHABLE_KEY", "Stripe", "Stripe publishable key (public by design)", (r) => `${["pk", "_live_"].join("")}${r.s(99)}`),
  B_("STRIPE_CUSTOMER_ID", "Stripe", "Stripe customer object id", (r) => `cus_${r.s(14)}`),
  B_("PAYMENT_INTENT_ID", "Stripe", "Stripe PaymentIntent id", (r) => `pi_${r.s(24)}`),
  B_("OPENAI_RESPONSE_ID", "OpenAI", "chat completion id", (r) => `chatcmpl-${r.s(29)}`),
  B_("ANTHROPIC_MESSAGE_ID", "Anthropic", "message id", (r) => `msg_01${r.s(22)}`),
  B_("ASSISTANT_ID", "OpenAI", "assistant object id", (r) => `asst_${r.s(24)}`),
  B_("OPENAI_FILE_ID", "OpenAI", "file object id", (r) => `file-${r.s(22)}`),
  B_("OPENAI_API_KEY", "OpenAI", "masked key as shown in dashboard", (r) => `sk-proj-...${r.s(4)}`),
  B_("GITHUB_TOKEN", "GitHub", "masked token with asterisks", () => `ghp_${"*".repeat(36)}`),
  B_("ANTHROPIC_API_KEY", "Anthropic", "placeholder in angle brackets", () => "<your-anthropic-api-key>"),
  B_("STRIPE_SECRET_KEY", "Stripe", "env var interpolation", () => "${STRIPE_SECRET_KEY}"),
  B_("SLACK_BOT_TOKEN", "Slack", "GitHub Actions secrets expression", () => "${{ secrets.SLACK_BOT_TOKEN }}"),
  B_("DATABASE_PASSWORD", "Vault", "Vault reference", () => "vault:secret/data/prod/db#password"),
  B_("SENDGRID_API_KEY", "1Password", "1Password secret reference", () => "op://Engineering/SendGrid/credential"),
  B_("DB_SECRET_ARN", "AWS", "Secrets Manager ARN", (r) => `arn:aws:secretsmanager:eu-west-1:${r.s(12, DIG)}:secret:prod/db-${r.s(6)}`),
  B_("API_KEY_SECRET_NAME", "GCP", "Secret Manager resource name", (r) => `projects/acme-prod-${r.int(999)}/secrets/api-key/versions/latest`),
  B_("ConnectionString", "Azure", "Key Vault reference", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sql-conn/)"),
  B_("DB_PASSWORD", "SOPS", "SOPS-encrypted value", (r) => `ENC[AES256_GCM,data:${r.b64(24)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]`),
  B_("KMS_CIPHERTEXT", "AWS KMS", "KMS ciphertext blob (encrypted)", (r) => `AQICAHh${r.b64(150)}`),
  B_("GOOGLE_OAUTH_CLIENT_ID", "Google", "OAuth client id (public)", (r) => `${r.s(12, DIG)}-${r.s(32, LO)}.apps.googleusercontent.com`),
  B_("ETH_TREASURY_ADDRESS", "Ethereum", "public wallet address", (r) => `0x${r.s(40, HEX)}`),
  B_("IPFS_CID", "IPFS", "content id", (r) => `bafybei${r.s(52, "abcdefghijklmnopqrstuvwxyz234567")}`),
  B_("ETAG", "CDN", "ETag", (r) => `W/"${r.s(27, HEX)}"`),
  B_("NEXT_CURSOR", "API", "pagination cursor (base64 JSON)", (r) => Buffer.from(JSON.stringify({ offset: r.int(9999), ts: 1780000000 + r.int(9999) })).toString("base64")),
  B_("CSP_NONCE_SEED_HASH", "web", "CSP script hash", (r) => `sha256-${r.b64(32)}`),
  B_("GO_SUM_HASH", "Go", "go.sum h1 hash", (r) => `h1:${r.b64(32)}`),
  B_("K8S_UID", "Kubernetes", "object uid", (r) => r.uuid()),
  B_("SENTRY_EVENT_ID", "Sentry", "event id", (r) => r.s(32, HEX)),
  B_("DATADOG_TRACE_ID", "Datadog", "trace id decimal", (r) => r.s(19, DIG)),
  B_("VERCEL_DEPLOYMENT_ID", "Vercel", "deployment id", (r) => `dpl_${r.s(28)}`),
  B_("PRISMA_MIGRATION_CHECKSUM", "Prisma", "migration checksum", (r) => r.s(64, HEX)),
  B_("WEBPACK_CHUNK_HASH", "webpack", "content hash", (r) => r.s(20, HEX)),
  B_("CLOUDFRONT_REQUEST_ID", "AWS", "CloudFront request id", (r) => `${r.s(20, URLB64)}==`.replace(/==$/, "") + r.s(36, URLB64)),
  B_("BUILD_ID", "CI", "CI build id", (r) => `${r.s(8, LO)}-${r.s(4, LO)}-${r.s(4, LO)}`),
  B_("MODEL_VERSION", "Replicate", "model version hash", (r) => r.s(64, HEX)),
  B_("SSH_HOST_FINGERPRINT", "SSH", "host key fingerprint", (r) => `SHA256:${r.b64(32).replace(/=+$/, "")}`),
  B_("GPG_KEY_ID", "GPG", "long key id (public)", (r) => r.s(16, UP.replace(/[G-Z]/g, ""))),
  B_("AWS_ACCOUNT_ID", "AWS", "account id", (r) => r.s(12, DIG)),
  B_("SLACK_CHANNEL_ID", "Slack", "channel id", (r) => `C${r.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}`),
  B_("NOTION_PAGE_ID", "Notion", "page id", (r) => r.s(32, HEX)),
  B_("AIRTABLE_BASE_ID", "Airtable", "base id", (r) => `app${r.s(14)}`),
  B_("LINEAR_ISSUE_ID", "Linear", "issue uuid", (r) => r.uuid()),
  B_("SUBSCRIPTION_ID", "Stripe", "subscription id", (r) => `sub_${r.s(24)}`),
  B_("API_KEY", "generic", "placeholder text", () => "your_api_key_here"),
  B_("WEBHOOK_SECRET", "generic", "REPLACE_ME placeholder", () => "REPLACE_ME"),
  B_("TWILIO_AUTH_TOKEN", "Twilio", "Helm template reference", () => "{{ .Values.twilio.authToken }}"),
  B_("CONTENT_MD5", "S3", "Content-MD5 header", (r) => r.b64(16)),
  B_("LOCKFILE_HASH", "Poetry", "content-hash in poetry.lock", (r) => r.s(64, HEX)),
  B_("OTEL_SPAN_ID", "otel", "span id", (r) => r.s(16, HEX)),
  B_("MONGO_OBJECT_ID", "MongoDB", "ObjectId", (r) => r.s(24, HEX)),
  B_("SHOPIFY_PRODUCT_GID", "Shopify", "GraphQL global id", (r) => `gid://shopify/Product/${r.s(13, DIG)}`),
  B_("HF_MODEL_REVISION", "Hugging Face", "model revision sha", (r) => r.sha()),
  B_("CHECKSUM_CRC32C", "GCS", "crc32c checksum", (r) => `${r.b64(4)}`),
];

// Renderers whose wording would make any value look like a credential are skipped.
const SKIP = new Set(["curl header", "form-urlencoded body", "C# client setup", "SQL seed insert", "Markdown setup doc", "chat message to teammate"]);
const RB = R.filter((x) => !SKIP.has(x.ctx));

const out: CorpusCase[] = [];
rotated.forEach((b, i) => {
  const ren = RB[(i * 5) % RB.length]!;
  out.push({ id: `y85-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty85-benign", label: "benign", text: ren.f(r, b.slot, b.v(r), b.p), note: `${b.p}: ${b.note} (${b.slot}) in ${ren.ctx}` });
});

// Handcrafted benign documents.
const BEGIN = ["-----BEG", "IN "].join("");
const END = ["-----EN", "D "].join("");
const pem = (label: string, n: number) => `${BEGIN}${label}-----\n${r.b64(n).replace(/(.{64})/g, "$1\n").trim()}\n${END}${label}-----`;
const hand: Array<[string, string]> = [
  ["SSH public key in authorized_keys tool call", JSON.stringify({ name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.s(43, B64)} deploy@ci\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r.s(500, B64)} ops@laptop\n` } })],
  ["PEM certificate pasted in chat body", JSON.stringify({ messages: [{ role: "user", content: `is this cert expired?\n${pem("CERTIFICATE", 900)}` }] })],
  ["PEM public key in JWKS config", `jwt:\n  issuer: https://auth.acme.dev\n  public_key: |\n${pem("PUBLIC KEY", 294).split("\n").map((l) => "    " + l).join("\n")}\n`],
  ["age public recipient in .sops.yaml", `creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`],
  ["SOPS-encrypted YAML file", `db:\n  password: ENC[AES256_GCM,data:${r.b64(18)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\n  user: ENC[AES256_GCM,data:${r.b64(6)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\nsops:\n  kms: []\n  age:\n    - recipient: age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n      enc: |\n        ${BEGIN}AGE ENCRYPTED FILE-----\n        ${r.b64(48)}\n        ${END}AGE ENCRYPTED FILE-----\n  lastmodified: "2026-11-02T10:11:12Z"\n  mac: ENC[AES256_GCM,data:${r.b64(64)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\n  version: 3.9.1\n`],
  ["SealedSecret manifest", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${r.b64(540)}\n    OPENAI_API_KEY: AgC${r.b64(540)}\n`],
  ["ansible-vault encrypted vars", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => r.s(80, HEX)).join("\n")}\n`],
  ["base64 PNG data URI in CSS", `.logo {\n  width: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${r.s(300, B64)}=");\n}\n`],
  ["minified JS bundle excerpt", `!function(e,t){"object"==typeof exports?module.exports=t():e.lib=t()}(this,function(){var n="${r.s(40, AN)}",r=function(e){return e.split("").map(function(c){return c.charCodeAt(0)^7}).join("")};return{h:r,k:n.length,v:"4.${r.int(9)}.1"}});\n//# sourceMappingURL=lib.min.js.map`],
  ["CSS with hashed class names", `.Button_root__${r.s(5, AN)}{display:inline-flex}.Button_primary__${r.s(5, AN)}{background:#${r.s(6, HEX)};color:#fff}.Card_wrap__${r.s(5, AN)}{border:1px solid #${r.s(6, HEX)}}\n`],
  ["package-lock.json integrity entries", JSON.stringify({ packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: `sha512-${r.b64(64)}` }, "node_modules/zod": { version: "3.23.8", integrity: `sha512-${r.b64(64)}` } } }, null, 2)],
  ["Terraform lock file hashes", `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.72.1"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${r.b64(32)}",\n    "zh:${r.s(64, HEX)}",\n    "zh:${r.s(64, HEX)}",\n  ]\n}\n`],
  ["CI log with git SHAs and digests", `#12 pushing layers\n#12 pushing manifest for registry.acme.dev/api:${r.s(7, HEX)}@sha256:${r.s(64, HEX)}\n#12 DONE 3.1s\nHEAD is now at ${r.s(40, HEX)} fix: retry on 429\nCache key: node-modules-${r.s(64, HEX)}\n`],
  ["Stripe webhook event JSON (ids only)", JSON.stringify({ id: `evt_${r.s(24)}`, object: "event", type: "payment_intent.succeeded", data: { object: { id: `pi_${r.s(24)}`, customer: `cus_${r.s(14)}`, latest_charge: `ch_${r.s(24)}`, amount: 4200 } }, request: { id: `req_${r.s(14)}` } }, null, 2)],
  ["OpenAI response body with ids", JSON.stringify({ id: `chatcmpl-${r.s(29)}`, object: "chat.completion", model: "gpt-4.1-2025-04-14", system_fingerprint: `fp_${r.s(10, HEX)}`, choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3 } })],
  ["Anthropic response with msg id and tool ids", JSON.stringify({ id: `msg_01${r.s(22)}`, type: "message", role: "assistant", content: [{ type: "tool_use", id: `toolu_01${r.s(22)}`, name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use", usage: { input_tokens: 2048, output_tokens: 61 } })],
  ["HTTP response headers with request ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${r.uuid()}\nx-amz-cf-id: ${r.s(56, URLB64)}==\nx-cloud-trace-context: ${r.s(32, HEX)}/${r.s(19, DIG)};o=1\netag: "${r.s(32, HEX)}"\ncf-ray: ${r.s(16, HEX)}-FRA\n`],
  [".env.example with placeholders", `# copy to .env and fill in\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your-key>\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nAWS_SECRET_ACCESS_KEY=\n`],
  ["docker-compose using env interpolation", `services:\n  api:\n    image: acme/api:latest\n    environment:\n      OPENAI_API_KEY: \${OPENAI_API_KEY}\n      DATABASE_URL: \${DATABASE_URL:?required}\n      REDIS_PASSWORD: \${REDIS_PASSWORD}\n    secrets:\n      - stripe_key\nsecrets:\n  stripe_key:\n    external: true\n`],
  ["Kubernetes secretKeyRef manifest", `env:\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: llm-keys\n        key: openai\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: password\n`],
  ["External Secrets manifest", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/stripe\n        property: secret_key\n`],
  ["Python code reading secrets from env only", `import os\nimport stripe\n\nstripe.api_key = os.environ["STRIPE_SECRET_KEY"]\nopenai_key = os.getenv("OPENAI_API_KEY")\nif not openai_key:\n    raise RuntimeError("OPENAI_API_KEY missing")\n`],
  ["TypeScript code with redacted log", `logger.info({ key: redact(process.env.OPENAI_API_KEY) }, "client ready");\n// output: {"key":"sk-proj-****${r.s(4)}","msg":"client ready"}\n`],
  ["GitHub Actions workflow with secrets refs", `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${r.sha()}\n      - run: ./deploy.sh\n        env:\n          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n`],
  ["CI log with masked secrets", `2026-11-20T08:12:01.2200000Z env:\n2026-11-20T08:12:01.2200000Z   NPM_TOKEN: ***\n2026-11-20T08:12:01.2200000Z   SLACK_WEBHOOK_URL: ***\n2026-11-20T08:12:02.0000000Z npm notice publishing @acme/ui@2.4.1 shasum ${r.sha()}\n2026-11-20T08:12:02.1000000Z npm notice integrity: sha512-${r.s(20, B64)}[...]${r.s(6, B64)}==\n`],
  ["git diff of lockfile (hashes only)", `diff --git a/go.sum b/go.sum\n--- a/go.sum\n+++ b/go.sum\n@@ -40,2 +40,2 @@\n-github.com/google/uuid v1.6.0 h1:${r.b64(32)}\n+github.com/google/uuid v1.6.1 h1:${r.b64(32)}\n github.com/google/uuid v1.6.0/go.mod h1:${r.b64(32)}\n`],
  ["SQL migration with uuid and hash columns", `INSERT INTO releases (id, commit_sha, artifact_sha256, created_by)\nVALUES ('${r.uuid()}', '${r.sha()}', '${r.s(64, HEX)}', '${r.uuid()}');\n`],
  ["Jupyter notebook output with hashes", JSON.stringify({ cells: [{ cell_type: "code", source: ["hashlib.sha256(data).hexdigest()"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`'${r.s(64, HEX)}'`] } }] }], nbformat: 4, nbformat_minor: 5 })],
  ["Markdown doc describing key format with placeholder", "## Auth\n\nSend your key in the `Authorization` header:\n\n```\nAuthorization: Bearer $ACME_API_KEY\n```\n\nKeys look like `acme_live_` followed by 32 characters. Never commit them.\n"],
  ["Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.s(64, HEX)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nchecksum = "${r.s(64, HEX)}"\n`],
  ["MCP tool result listing git log", JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: Array.from({ length: 5 }, () => `${r.s(40, HEX)} ${r.pick(["fix: null check", "feat: add retries", "chore: bump deps", "docs: readme", "refactor: client"])}`).join("\n") }] } })],
  ["JWKS JSON (public RSA key)", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: r.s(43, URLB64), alg: "RS256", n: r.s(342, URLB64), e: "AQAB" }] }, null, 2)],
  ["Python crash dump with ids only", `Traceback (most recent call last):\n  File "/app/jobs.py", line 51, in handle\n    order = fetch(order_id)\nKeyError: '${r.uuid()}'\n\nLocals:\n  order_id = '${r.uuid()}'\n  request_id = 'req_${r.s(14)}'\n  commit = '${r.s(12, HEX)}'\n`],
  ["Vault CLI output (metadata, no secret value)", `$ vault kv metadata get secret/prod/api\n======= Metadata =======\ncreated_time     2026-09-01T10:00:00.${r.s(6, DIG)}Z\ncurrent_version  7\nrequest_id       ${r.uuid()}\naccessor         ${r.s(24, AN)}\n`],
  ["Helm values with existingSecret", `postgresql:\n  auth:\n    existingSecret: pg-credentials\n    secretKeys:\n      adminPasswordKey: postgres-password\nredis:\n  auth:\n    existingSecret: redis-auth\n`],
  ["tool call: shell using env var not value", JSON.stringify({ tool_calls: [{ id: "call_" + r.s(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: 'curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user' }) } }] })],
  ["Azure ARM template with Key Vault param reference", JSON.stringify({ parameters: { adminPassword: { reference: { keyVault: { id: `/subscriptions/${r.uuid()}/resourceGroups/rg-prod/providers/Microsoft.KeyVault/vaults/kv-prod` }, secretName: "sqlAdminPassword" } } } }, null, 2)],
  ["Java properties with placeholder expressions", `spring.datasource.password=\${DB_PASSWORD}\nstripe.secret-key=\${vcap.services.stripe.credentials.secret}\napp.build.commit=${r.sha()}\n`],
  ["XML pom with checksum and placeholder", `<server>\n  <id>central</id>\n  <username>\${env.MAVEN_USER}</username>\n  <password>\${env.MAVEN_PASSWORD}</password>\n</server>\n<!-- sha1: ${r.sha()} -->\n`],
  ["PGP public key block in README", `Release signing key:\n\n${pem("PGP PUBLIC KEY BLOCK", 600)}\n`],
];
hand.forEach(([note, text], i) => out.push({ id: `y85-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty85-benign", label: "benign", text, note }));

export const cases: CorpusCase[] = out;
