// Benign look-alikes in the same contexts: digests, ids, public material, placeholders,
// references, encrypted blobs. Built at run time from a fixed seed, like the positives.
import type { CorpusCase } from "../types.ts";
import { AN, B64, Gen, HEX, LAN, LO, UAN, UP, URL64, build, renderers, type Spec } from "./_gen.ts";

const P = (...xs: string[]) => xs.join("");
const B = "heldouty77-benign";

const specs: Spec[] = [
  { g: "b", p: "git commit SHA", env: "GIT_COMMIT_SHA", make: (r) => r.hex(40) },
  { g: "b", p: "container image digest", env: "IMAGE_DIGEST", make: (r) => P("sha256:", r.hex(64)) },
  { g: "b", p: "artifact SHA-256 checksum", env: "ARTIFACT_SHA256", make: (r) => r.hex(64) },
  { g: "b", p: "request id UUID", env: "REQUEST_ID", make: (r) => r.uuid() },
  { g: "b", p: "W3C traceparent", env: "TRACEPARENT", hdr: ["traceparent", ""], make: (r) => P("00-", r.hex(32), "-", r.hex(16), "-01") },
  { g: "b", p: "Stripe publishable key", env: "STRIPE_PUBLISHABLE_KEY", hdr: ["X-Publishable-Key", ""], make: (r) => P("pk", "_live_", "51", r.s(97)) },
  { g: "b", p: "Stripe customer id", env: "STRIPE_CUSTOMER_ID", hdr: ["X-Customer", ""], make: (r) => P("cus_", r.s(14)) },
  { g: "b", p: "Stripe price id", env: "STRIPE_PRICE_ID", hdr: ["X-Price", ""], make: (r) => P("price_", "1", r.s(23)) },
  { g: "b", p: "OpenAI completion id", env: "LAST_COMPLETION_ID", hdr: ["X-Completion-Id", ""], make: (r) => P("chatcmpl-", r.s(29)) },
  { g: "b", p: "Anthropic message id", env: "ANTHROPIC_MESSAGE_ID", hdr: ["X-Message-Id", ""], make: (r) => P("msg_01", r.s(22)) },
  { g: "b", p: "OpenAI assistant id", env: "OPENAI_ASSISTANT_ID", hdr: ["X-Assistant-Id", ""], make: (r) => P("asst_", r.s(24)) },
  { g: "b", p: "placeholder angle brackets", env: "OPENAI_API_KEY", make: () => "<your-openai-api-key>" },
  { g: "b", p: "masked key", env: "ANTHROPIC_API_KEY", hdr: ["x-api-key", ""], make: (r) => P("sk-ant-", "api03-", "...", r.s(4, UP)) },
  { g: "b", p: "asterisk mask", env: "STRIPE_SECRET_KEY", make: (r) => P("sk_", "live_", "*".repeat(24), r.s(4)) },
  { g: "b", p: "shell variable reference", env: "GITHUB_TOKEN", make: () => "${GITHUB_TOKEN}" },
  { g: "b", p: "GitHub Actions secrets expression", env: "NPM_TOKEN", make: () => "${{ secrets.NPM_TOKEN }}" },
  { g: "b", p: "1Password secret reference", env: "DATABASE_PASSWORD", make: () => "op://Production/orders-db/password" },
  { g: "b", p: "Vault path reference", env: "SENDGRID_API_KEY", make: () => "vault:secret/data/prod/sendgrid#api_key" },
  { g: "b", p: "AWS Secrets Manager ARN", env: "DB_SECRET_ARN", make: (r) => P("arn:aws:secretsmanager:eu-west-1:", r.digits(12), ":secret:prod/orders-db-", r.s(6)) },
  { g: "b", p: "Azure Key Vault reference", env: "COSMOS_KEY", make: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/cosmos-key/)" },
  { g: "b", p: "GCP Secret Manager resource name", env: "SLACK_TOKEN_SECRET", make: (r) => P("projects/", r.digits(12), "/secrets/slack-bot-token/versions/latest") },
  { g: "b", p: "SOPS encrypted value", env: "TWILIO_AUTH_TOKEN", make: (r) => P("ENC[AES256_GCM,data:", r.b64(32), ",iv:", r.b64(32), ",tag:", r.b64(16), ",type:str]") },
  { g: "b", p: "SSH ed25519 public key", env: "DEPLOY_PUBLIC_KEY", make: (r) => P("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", r.s(43, AN + "+/"), " deploy@ci") },
  { g: "b", p: "age public key recipient", env: "SOPS_AGE_RECIPIENTS", make: (r) => P("age1", r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")) },
  { g: "b", p: "npm lockfile integrity", env: "PACKAGE_INTEGRITY", make: (r) => P("sha512-", r.b64(64)) },
  { g: "b", p: "SRI hash", env: "SCRIPT_INTEGRITY", make: (r) => P("sha384-", r.b64(48)) },
  { g: "b", p: "HTTP ETag", env: "CACHE_ETAG", hdr: ["If-None-Match", ""], make: (r) => P('W/"', r.hex(32), '"') },
  { g: "b", p: "Azure tenant id", env: "AZURE_TENANT_ID", make: (r) => r.uuid() },
  { g: "b", p: "AWS IAM role ARN", env: "AWS_ROLE_ARN", make: (r) => P("arn:aws:iam::", r.digits(12), ":role/github-actions-deploy") },
  { g: "b", p: "Slack channel id", env: "SLACK_ALERT_CHANNEL", hdr: ["X-Channel", ""], make: (r) => P("C0", r.s(9, UAN)) },
  { g: "b", p: "MongoDB ObjectId", env: "DEFAULT_ORG_ID", hdr: ["X-Org-Id", ""], make: (r) => r.hex(24) },
  { g: "b", p: "ULID", env: "JOB_ID", hdr: ["X-Job-Id", ""], make: (r) => P("01", r.str(24, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")) },
  { g: "b", p: "Datadog trace id (decimal)", env: "DD_TRACE_ID", hdr: ["x-datadog-trace-id", ""], make: (r) => r.digits(19) },
  { g: "b", p: "AWS X-Ray trace id", env: "XRAY_TRACE", hdr: ["X-Amzn-Trace-Id", ""], make: (r) => P("Root=1-", r.hex(8), "-", r.hex(24), ";Sampled=1") },
  { g: "b", p: "Sealed Secrets encrypted value", env: "SEALED_DB_PASSWORD", make: (r) => P("AgB", r.s(340, B64), "=") },
  { g: "b", p: "Docker image reference with digest", env: "BASE_IMAGE", make: (r) => P("ghcr.io/acme/base@sha256:", r.hex(64)) },
  { g: "b", p: "GitHub Actions run id", env: "GITHUB_RUN_ID", hdr: ["X-Run-Id", ""], make: (r) => r.digits(11) },
  { g: "b", p: "Vercel deployment id", env: "VERCEL_DEPLOYMENT_ID", hdr: ["X-Deployment", ""], make: (r) => P("dpl_", r.s(28)) },
  { g: "b", p: "Content-hashed asset name", env: "MAIN_BUNDLE", make: (r) => P("/static/js/main.", r.hex(8), ".chunk.js") },
  { g: "b", p: "Subresource cache key (md5)", env: "CACHE_KEY", hdr: ["X-Cache-Key", ""], make: (r) => P("node-modules-", r.hex(32)) },
  { g: "b", p: "PayPal order id", env: "PAYPAL_ORDER_ID", hdr: ["X-Order", ""], make: (r) => r.s(17, UAN) },
  { g: "b", p: "Sentry event id", env: "SENTRY_EVENT_ID", hdr: ["X-Sentry-Event", ""], make: (r) => r.hex(32) },
  { g: "b", p: "OpenAI project id", env: "OPENAI_PROJECT_ID", hdr: ["OpenAI-Project", ""], make: (r) => P("proj_", r.s(24)) },
  { g: "b", p: "OpenAI org id", env: "OPENAI_ORG_ID", hdr: ["OpenAI-Organization", ""], make: (r) => P("org-", r.s(24)) },
  { g: "b", p: "placeholder your-key-here", env: "MAILGUN_API_KEY", make: () => "your-mailgun-api-key-here" },
  { g: "b", p: "x-mask placeholder", env: "AWS_ACCESS_KEY_ID", make: () => "AKIAXXXXXXXXXXXXXXXX" },
  { g: "b", p: "Helm template reference", env: "REDIS_PASSWORD", make: () => '{{ .Values.redis.auth.password | quote }}' },
  { g: "b", p: "Terraform variable reference", env: "DD_API_KEY", make: () => "var.datadog_api_key" },
  { g: "b", p: "Kubernetes secretKeyRef name", env: "SECRET_NAME", make: () => "payments-stripe-credentials" },
  { g: "b", p: "Jaeger span id", env: "SPAN_ID", hdr: ["uber-trace-id", ""], make: (r) => P(r.hex(16), ":", r.hex(16), ":0:1") },
  { g: "b", p: "Git tree SHA-256", env: "TREE_OID", make: (r) => r.hex(64) },
  { g: "b", p: "Cloudflare Ray id", env: "CF_RAY", hdr: ["cf-ray", ""], make: (r) => P(r.hex(16), "-FRA") },
  { g: "b", p: "AWS request id", env: "AMZ_REQUEST_ID", hdr: ["x-amzn-RequestId", ""], make: (r) => r.uuid() },
  { g: "b", p: "Shopify product GID", env: "FEATURED_PRODUCT", make: (r) => P("gid://shopify/Product/", r.digits(13)) },
  { g: "b", p: "Stripe payment intent id", env: "LAST_PAYMENT_INTENT", hdr: ["X-Payment-Intent", ""], make: (r) => P("pi_", "3", r.s(23)) },
  { g: "b", p: "Twilio message SID", env: "LAST_MESSAGE_SID", hdr: ["X-Message-Sid", ""], make: (r) => P("SM", r.hex(32)) },
  { g: "b", p: "Firebase project number", env: "GCP_PROJECT_NUMBER", make: (r) => r.digits(12) },
  { g: "b", p: "Nonce (CSP)", env: "CSP_NONCE_EXAMPLE", hdr: ["X-Nonce", ""], make: (r) => r.b64(16) },
  { g: "b", p: "Docker layer id", env: "LAYER_ID", make: (r) => r.hex(12) },
  { g: "b", p: "base32 TOTP issuer label", env: "TOTP_ISSUER", make: () => "Acme%20Cloud%20Console" },
  { g: "b", p: "Go module sum", env: "GOSUM_LINE", make: (r) => P("h1:", r.b64(32)) },
  { g: "b", p: "Ethereum contract address", env: "TOKEN_CONTRACT", make: (r) => P("0x", r.hex(40)) },
  { g: "b", p: "bucket name with hash suffix", env: "ARTIFACT_BUCKET", make: (r) => P("acme-artifacts-", r.hex(12)) },
  { g: "b", p: "Linear issue id", env: "TRACKING_ISSUE", make: (r) => r.uuid() },
  { g: "b", p: "Notion page id", env: "NOTION_DATABASE_ID", hdr: ["X-Database", ""], make: (r) => r.hex(32) },
  { g: "b", p: "Airtable base id", env: "AIRTABLE_BASE_ID", hdr: ["X-Base", ""], make: (r) => P("app", r.s(14)) },
  { g: "b", p: "Algolia app id", env: "ALGOLIA_APP_ID", hdr: ["X-Algolia-Application-Id", ""], make: (r) => r.s(10, UAN) },
  { g: "b", p: "Google OAuth client id", env: "GOOGLE_CLIENT_ID", make: (r) => P(r.digits(12), "-", r.s(32, LAN), ".apps.googleusercontent.com") },
  { g: "b", p: "GitHub App id", env: "GITHUB_APP_ID", make: (r) => r.digits(6) },
  { g: "b", p: "Azure subscription id", env: "ARM_SUBSCRIPTION_ID", make: (r) => r.uuid() },
];

const safe = renderers.filter(([n]) => n !== "chat message" && n !== "Markdown setup doc");
const gen = build(specs, 0x77b0, "y77-b", () => B, 1, 3, "benign", safe, ["X-Request-Id", ""]);

// handcrafted look-alikes
const r = new Gen(0x77b9);
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const cert = P("-----BEGIN CERTIFICATE-----\n", wrap("MIIDdzCCAl+gAwIBAgIU" + r.b64(860)), "\n-----END CERTIFICATE-----\n");
const pub = P("-----BEGIN PUBLIC KEY-----\n", wrap("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + r.b64(240)), "\n-----END PUBLIC KEY-----\n");
const png = P("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h", r.b64(300));
const vaultLines = Array.from({ length: 8 }, () => r.hex(80)).join("\n");
const sopsFile = `api_key: ENC[AES256_GCM,data:${r.b64(40)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\nsops:\n    kms: []\n    age:\n        - recipient: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${r.b64(48)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2026-02-01T10:11:12Z"\n    mac: ENC[AES256_GCM,data:${r.b64(64)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\n    version: 3.9.1\n`;
const minified = `!function(e,t){"object"==typeof exports?module.exports=t():e.lib=t()}(this,function(){var e="${r.s(40, LO + UP)}",t=function(n){return n.replace(/[A-Z]/g,function(r){return"-"+r.toLowerCase()})};return{k:e,h:t,v:"${r.hex(8)}"}});`;
const css = `.btn-primary-${r.hex(6)}{color:#${r.hex(6)};background:#${r.hex(6)}}\n.css-${r.s(6, LAN)}{display:flex;gap:8px}\n.sc-${r.s(6, AN)}{margin:0 auto;max-width:1200px}\n.x${r.hex(10)}{font:12px/1.4 Inter,sans-serif}\n`;
const jwk = JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: r.hex(40), alg: "RS256", e: "AQAB", n: r.b64url(256) }] }, null, 2);
const k8sPlain = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  ENVIRONMENT: ${Buffer.from("production").toString("base64")}\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n`;
const yarnLock = Array.from({ length: 4 }, (_, i) => `"pkg-${i}@^1.${i}.0":\n  version "1.${i}.${r.range(0, 9)}"\n  resolved "https://registry.yarnpkg.com/pkg-${i}/-/pkg-${i}-1.${i}.3.tgz#${r.hex(40)}"\n  integrity sha512-${r.b64(64)}\n`).join("\n");
const gitLog = Array.from({ length: 6 }, () => `${r.hex(40)} ${r.pick(["fix", "feat", "chore", "refactor"])}: ${r.pick(["bump deps", "retry on 502", "tidy config loader", "add metrics"])}`).join("\n");

type K = [string, string];
const hand: K[] = [
  ["PEM certificate pasted in LLM chat body", JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: "is this cert expired?\n\n" + cert }] })],
  ["PEM public key in write_file tool call", JSON.stringify({ type: "tool_use", id: "toolu_01" + r.s(22), name: "write_file", input: { path: "keys/jwt_public.pem", content: pub } })],
  ["base64 PNG data URI in CSS", `.logo {\n  width: 16px;\n  background-image: url(${png});\n}\n`],
  ["ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${vaultLines}\n`],
  ["SOPS-encrypted YAML file", sopsFile],
  ["minified JS bundle line", minified],
  ["CSS-in-JS hashed class names", css],
  ["JWKS public key set", jwk],
  ["non-secret k8s Secret data (base64 of plain config)", k8sPlain],
  ["yarn.lock with resolved SHAs and integrity", yarnLock],
  ["git log --oneline in MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: gitLog }] } })],
  ["Docker pull output with digests", `latest: Pulling from acme/api\n${r.hex(12)}: Pull complete\n${r.hex(12)}: Pull complete\nDigest: sha256:${r.hex(64)}\nStatus: Downloaded newer image for acme/api:latest\n`],
  ["CI log with masked secrets", `2026-02-17T11:02:44Z   NPM_TOKEN: ***\n2026-02-17T11:02:44Z   AWS_SECRET_ACCESS_KEY: ***\n2026-02-17T11:02:45Z Run npm publish --provenance\n2026-02-17T11:02:51Z + acme-sdk@4.2.0 (sha512-${r.b64(64)})\n`],
  ["curl with env var references", `curl -sS https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "OpenAI-Organization: $OPENAI_ORG_ID"\n`],
  [".env.example with placeholders", `# copy to .env and fill in\nOPENAI_API_KEY=sk-...\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nGITHUB_TOKEN=ghp_your_token_here\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ\n`],
  ["Python code reading secrets from env only", `import os\n\nstripe.api_key = os.environ["STRIPE_SECRET_KEY"]\nopenai_client = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))\nsession_secret = os.environ.get("SESSION_SECRET") or secrets.token_hex(32)\n`],
  ["Terraform output with sensitive masked", `Outputs:\n\ndb_endpoint = "orders.cluster-${r.s(12, LAN)}.eu-west-1.rds.amazonaws.com"\ndb_password = <sensitive>\nkms_key_arn = "arn:aws:kms:eu-west-1:${r.digits(12)}:key/${r.uuid()}"\n`],
  ["SQL migration with UUID and hash columns", `INSERT INTO files (id, sha256, etag, uploaded_by) VALUES\n  ('${r.uuid()}', '${r.hex(64)}', '${r.hex(32)}', '${r.uuid()}'),\n  ('${r.uuid()}', '${r.hex(64)}', '${r.hex(32)}', '${r.uuid()}');\n`],
  ["package-lock excerpt", JSON.stringify({ "node_modules/left-pad": { version: "1.3.0", resolved: "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz", integrity: "sha512-" + r.b64(64) } }, null, 2)],
  ["Go go.sum lines", Array.from({ length: 4 }, (_, i) => `github.com/acme/lib${i} v1.${i}.0 h1:${r.b64(32)}\ngithub.com/acme/lib${i} v1.${i}.0/go.mod h1:${r.b64(32)}`).join("\n") + "\n"],
  ["HTTP response headers with ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: req_${r.s(24)}\nopenai-processing-ms: 812\nx-ratelimit-remaining-tokens: 79812\ncf-ray: ${r.hex(16)}-AMS\netag: "${r.hex(40)}"\n`],
  ["Markdown doc with redacted key", `## Authentication\n\nPass your key in the \`Authorization\` header:\n\n\`\`\`\nAuthorization: Bearer <YOUR_API_KEY>\n\`\`\`\n\nKeys look like \`sk_live_…\` and are shown once in the dashboard.\n`],
  ["diff rotating a secret reference", `--- a/deploy/secrets.tf\n+++ b/deploy/secrets.tf\n@@ -3,3 +3,3 @@\n-  secret_id = "prod/stripe-${r.s(6)}"\n+  secret_id = "prod/stripe-v2-${r.s(6)}"\n   version_stage = "AWSCURRENT"\n`],
  ["Jupyter output with random sample hashes", JSON.stringify({ cell_type: "code", outputs: [{ output_type: "stream", name: "stdout", text: Array.from({ length: 5 }, () => `${r.hex(32)}  ${r.pick(["train", "valid", "test"])}/${r.range(1000, 9999)}.jpg\n`) }], source: ["!md5sum data/*/*.jpg | head -5"] })],
  ["Crash dump with memory addresses and build id", `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x${r.hex(7)}]\n\ngoroutine 17 [running]:\nmain.(*Syncer).push(0xc000${r.hex(6)}, {0x${r.hex(7)}, 0x1a})\n\t/src/sync.go:88 +0x${r.hex(3)}\nbuild id: ${r.hex(40)}\n`],
  ["Slack-style chat with commit and PR links", `[11:02] ana: deployed ${r.hex(40).slice(0, 12)} to prod\n[11:03] raj: image is ghcr.io/acme/api@sha256:${r.hex(64)}\n[11:03] ana: trace for the slow request: ${r.hex(32)}\n`],
  ["Kubernetes envFrom secretKeyRef manifest", `env:\n  - name: STRIPE_SECRET_KEY\n    valueFrom:\n      secretKeyRef:\n        name: payments-stripe\n        key: secret-key\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: llm-keys\n        key: openai\n`],
  ["OpenAI response body with ids", JSON.stringify({ id: "chatcmpl-" + r.s(29), object: "chat.completion", created: 1767000000, model: "gpt-4.1-2025-04-14", system_fingerprint: "fp_" + r.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] })],
  ["Authenticode/GPG fingerprint in README", `Release artifacts are signed. Verify with:\n\n    gpg --recv-keys ${r.hex(40).toUpperCase()}\n    sha256sum -c SHA256SUMS\n\n${r.hex(64)}  acme-cli_2.1.0_linux_amd64.tar.gz\n${r.hex(64)}  acme-cli_2.1.0_darwin_arm64.tar.gz\n`],
  ["SSH known_hosts entries", `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.s(43, AN + "+/")}\n|1|${r.b64(20)}|${r.b64(20)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${r.s(86, AN + "+/")}=\n`],
];
void HEX; void URL64;

export const cases: CorpusCase[] = [
  ...gen,
  ...hand.map(([note, text], i) => ({
    id: `y77-bk-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets" as const,
    category: B,
    label: "benign" as const,
    text,
    note: `benign: ${note}`,
  })),
];
