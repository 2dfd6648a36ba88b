// Benign look-alikes in the same contexts: digests, ids, public material, placeholders, references,
// encrypted blobs. Values built at run time from the same PRNG.
import type { CorpusCase } from "../types.ts";
import { AN, B64, DIG, Gen, HEX, LAN, UAN, build, type Spec } from "./_gen.ts";

const g = new Gen(0x44be);

const specs: Spec[] = [
  ["-", "git commit SHA", "GIT_COMMIT_SHA", "commit_sha", () => g.hex(40)],
  ["-", "SHA-256 artifact digest", "ARTIFACT_SHA256", "artifact_sha256", () => g.hex(64)],
  ["-", "container image digest", "IMAGE_DIGEST", "image_digest", () => "sha256:" + g.hex(64)],
  ["-", "SRI integrity hash", "BUNDLE_INTEGRITY", "integrity", () => "sha384-" + g.b64(48)],
  ["-", "npm lockfile integrity", "LOCK_INTEGRITY", "integrity", () => "sha512-" + g.b64(64)],
  ["-", "UUID correlation id", "CORRELATION_ID", "correlation_id", () => g.uuid()],
  ["-", "W3C traceparent", "TRACEPARENT", "traceparent", () => `00-${g.hex(32)}-${g.hex(16)}-01`],
  ["-", "AWS request id", "AWS_REQUEST_ID", "request_id", () => g.uuid()],
  ["-", "Stripe customer id", "STRIPE_CUSTOMER_ID", "customer_id", () => "cus_" + g.s(14)],
  ["-", "Stripe payment intent id", "PAYMENT_INTENT_ID", "payment_intent", () => "pi_" + g.s(24)],
  ["-", "Stripe price id", "STRIPE_PRICE_ID", "price_id", () => "price_" + g.s(24)],
  ["-", "Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", "publishable_key", () => ["pk", "_live_"].join("") + g.s(99)],
  ["-", "OpenAI chat completion id", "LAST_COMPLETION_ID", "completion_id", () => "chatcmpl-" + g.s(29)],
  ["-", "Anthropic message id", "LAST_MESSAGE_ID", "message_id", () => "msg_01" + g.s(22)],
  ["-", "OpenAI assistant id", "OPENAI_ASSISTANT_ID", "assistant_id", () => "asst_" + g.s(24)],
  ["-", "OpenAI org id", "OPENAI_ORG_ID", "organization", () => "org-" + g.s(24)],
  ["-", "AWS KMS key ARN", "KMS_KEY_ARN", "kms_key_arn", () => `arn:aws:kms:eu-west-1:${g.s(12, DIG)}:key/${g.uuid()}`],
  ["-", "AWS Secrets Manager ARN reference", "DB_PASSWORD_SECRET_ARN", "db_password_secret_arn", () => `arn:aws:secretsmanager:us-east-1:${g.s(12, DIG)}:secret:prod/db/password-${g.s(6)}`],
  ["-", "GitHub Actions secret reference", "STRIPE_SECRET_KEY", "stripe_secret_key", () => "${{ secrets.STRIPE_SECRET_KEY }}"],
  ["-", "env var interpolation", "OPENAI_API_KEY", "openai_api_key", () => "${OPENAI_API_KEY}"],
  ["-", "Vault reference", "DATABASE_PASSWORD", "database_password", () => "vault:secret/data/prod/db#password"],
  ["-", "1Password reference", "ANTHROPIC_API_KEY", "anthropic_api_key", () => "op://Engineering/Anthropic/credential"],
  ["-", "Azure Key Vault reference", "SENDGRID_API_KEY", "sendgrid_api_key", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid-key/)"],
  ["-", "GCP Secret Manager reference", "SLACK_BOT_TOKEN", "slack_bot_token", () => "sm://acme-prod/slack-bot-token/latest"],
  ["-", "placeholder angle brackets", "OPENAI_API_KEY", "openai_api_key", () => "<your-openai-api-key>"],
  ["-", "masked key", "OPENAI_API_KEY", "openai_api_key", () => "sk-...XXXX"],
  ["-", "masked Stripe key", "STRIPE_SECRET_KEY", "stripe_secret_key", () => ["sk", "_live_"].join("") + "••••••••••••" + g.s(4)],
  ["-", "redacted token", "GITHUB_TOKEN", "github_token", () => "[REDACTED]"],
  ["-", "asterisk mask", "AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", () => "****************************************"],
  ["-", "changeme placeholder", "DB_PASSWORD", "db_password", () => "changeme"],
  ["-", "x placeholder", "SLACK_WEBHOOK_URL", "webhook_url", () => "https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX"],
  ["-", "empty value", "SENTRY_AUTH_TOKEN", "sentry_auth_token", () => ""],
  ["-", "PostHog host URL", "NEXT_PUBLIC_POSTHOG_HOST", "posthog_host", () => "https://eu.i.posthog.com"],
  ["-", "SOPS encrypted value", "DATABASE_PASSWORD", "database_password", () => `ENC[AES256_GCM,data:${g.b64(24)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]`],
  ["-", "Go module sum", "GOSUM_LINE", "go_sum", () => `h1:${g.b64(32)}`],
  ["-", "Docker build cache key", "CACHE_KEY", "cache_key", () => `node-modules-${g.hex(64)}`],
  ["-", "GitHub run id", "GITHUB_RUN_ID", "run_id", () => g.s(11, DIG)],
  ["-", "Datadog trace id", "DD_TRACE_ID", "trace_id", () => g.s(19, DIG)],
  ["-", "Google Analytics measurement id", "GA_MEASUREMENT_ID", "measurement_id", () => "G-" + g.s(10, UAN)],
  ["-", "Sentry event id", "SENTRY_EVENT_ID", "event_id", () => g.hex(32)],
  ["-", "Auth0 client id (public)", "AUTH0_CLIENT_ID", "client_id", () => g.s(32)],
  ["-", "Google OAuth client id (public)", "GOOGLE_CLIENT_ID", "client_id", () => `${g.s(12, DIG)}-${g.s(32, LAN)}.apps.googleusercontent.com`],
  ["-", "Azure tenant id", "AZURE_TENANT_ID", "tenant_id", () => g.uuid()],
  ["-", "AWS account id", "AWS_ACCOUNT_ID", "account_id", () => g.s(12, DIG)],
  ["-", "Slack channel id", "SLACK_CHANNEL_ID", "channel_id", () => "C0" + g.s(9, UAN)],
  ["-", "Twilio messaging service id", "TWILIO_MESSAGING_SERVICE_SID", "messaging_service_sid", () => "MG" + g.hex(32)],
  ["-", "Shopify store domain", "SHOPIFY_STORE_DOMAIN", "shop_domain", () => `acme-${g.s(6, LAN)}.myshopify.com`],
  ["-", "Mapbox style URL", "MAPBOX_STYLE", "style_url", () => `mapbox://styles/acme/${g.s(25, LAN)}`],
  ["-", "Cloudflare zone id", "CF_ZONE_ID", "zone_id", () => g.hex(32)],
  ["-", "Kubernetes pod uid", "POD_UID", "pod_uid", () => g.uuid()],
  ["-", "base64 of non-secret config", "APP_CONFIG_B64", "app_config_b64", () => Buffer.from(JSON.stringify({ theme: "dark", locale: "en-GB", pageSize: 50 })).toString("base64")],
  ["-", "ETag", "LAST_ETAG", "etag", () => `W/"${g.hex(32)}"`],
  ["-", "Ansible vault reference", "DB_PASSWORD", "db_password", () => "{{ vault_db_password }}"],
  ["-", "Helm template value", "REDIS_PASSWORD", "redis_password", () => '{{ .Values.redis.auth.password | quote }}'],
  ["-", "Terraform variable reference", "DATADOG_API_KEY", "datadog_api_key", () => "var.datadog_api_key"],
  ["-", "npm package version hash", "BUILD_ID", "build_id", () => `${g.s(8, LAN)}-${g.hex(7)}`],
  ["-", "IPFS CID", "IPFS_CID", "cid", () => "bafybei" + g.s(52, "abcdefghijklmnopqrstuvwxyz234567")],
  ["-", "Ethereum address", "TREASURY_ADDRESS", "treasury_address", () => "0x" + g.hex(40)],
  ["-", "Ethereum tx hash", "DEPLOY_TX", "deploy_tx", () => "0x" + g.hex(64)],
  ["-", "semver + sha version string", "APP_VERSION", "version", () => `4.12.${g.range(0, 40)}+${g.hex(12)}`],
  ["-", "S3 object key with hash", "ASSET_KEY", "asset_key", () => `static/js/main.${g.hex(20)}.js`],
  ["-", "ULID", "JOB_ID", "job_id", () => "01J" + g.s(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")],
  ["-", "MongoDB ObjectId", "DEFAULT_TENANT_ID", "tenant_id", () => g.hex(24)],
  ["-", "Vercel project id", "VERCEL_PROJECT_ID", "project_id", () => "prj_" + g.s(28)],
  ["-", "Vercel org id", "VERCEL_ORG_ID", "org_id", () => "team_" + g.s(24)],
  ["-", "feature flag key", "FLAG_KEY", "flag_key", () => "new-checkout-flow-v2"],
];

const extra: CorpusCase[] = [];
let n = 0;
const add = (note: string, text: string) => {
  n++;
  extra.push({ id: `y44-bk-${String(n).padStart(3, "0")}`, kind: "secrets", category: "heldouty44-benign", label: "benign", text, note });
};
const CERT = "CERTIFICATE";
const PUB = ["PUBLIC", " KEY"].join("");
add("PEM certificate; chat body JSON-escaped", JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: "is this cert expired?\n\n" + g.pem(CERT, 900) + "\n" }] }));
add("PEM public key; JWKS verify code", `const PUBLIC_KEY = \`${g.pem(PUB, 294)}\`;\njwt.verify(token, PUBLIC_KEY, { algorithms: ["RS256"] });\n`);
add("SSH public key; authorized_keys write via tool call", JSON.stringify({ name: "run_shell", arguments: JSON.stringify({ command: `echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, AN + "+/")} deploy@ci" >> ~/.ssh/authorized_keys` }) }));
add("SSH RSA public key; cloud-init YAML", `#cloud-config\nusers:\n  - name: ops\n    ssh_authorized_keys:\n      - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.s(500, AN + "+/")}= ops@laptop\n`);
add("age public key; .sops.yaml", `creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`);
add("SOPS-encrypted YAML file", `db:\n  password: ENC[AES256_GCM,data:${g.b64(18)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n  api_key: ENC[AES256_GCM,data:${g.b64(40)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\nsops:\n  kms: []\n  age:\n    - recipient: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        ${g.b64(60)}\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: "2026-11-02T10:11:12Z"\n  mac: ENC[AES256_GCM,data:${g.b64(64)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n  version: 3.9.1\n`);
add("SealedSecret manifest", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: Ag${g.b64(380)}\n    OPENAI_API_KEY: Ag${g.b64(380)}\n`);
add("ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.hex(80)).join("\n")}\n`);
add("minified JS bundle fragment", `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n.c=t,n.h="${g.hex(20)}",n.p="/static/"}({"${g.s(12, LAN)}":function(e,t){e.exports="${g.s(40, AN)}"}});`);
add("CSS with hashed class names", `.${"css-" + g.s(6, LAN)}{display:flex;color:#${g.hex(6)}}.${"sc-" + g.s(6, AN)}{margin:0 auto}\n.${"_" + g.s(20, AN + "_-")}{background:url(data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString("base64")})}\n`);
add("base64 PNG data URI in HTML", `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${g.b64(300)}" />`);
add("package-lock.json entries", JSON.stringify({ packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: "sha512-" + g.b64(64) }, "node_modules/zod": { version: "3.23.8", integrity: "sha512-" + g.b64(64) } } }, null, 2));
add("Dockerfile pinned by digest", `FROM node:22-alpine@sha256:${g.hex(64)} AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\n`);
add("git log output in MCP result", JSON.stringify({ jsonrpc: "2.0", id: 11, result: { content: [{ type: "text", text: Array.from({ length: 5 }, () => `commit ${g.hex(40)}\nAuthor: Dev <dev@acme.io>\n\n    fix: tidy\n`).join("\n") }] } }));
add("JWT with alg none-free public claims in docs (id_token header only)", `The header of our id tokens decodes to:\n\n\`\`\`\n${Buffer.from(JSON.stringify({ alg: "RS256", kid: g.hex(40), typ: "JWT" })).toString("base64url")}\n\`\`\`\n\nwhich is {"alg":"RS256","kid":"…"}.`);
add("OpenAI API response with ids and usage", JSON.stringify({ id: "chatcmpl-" + g.s(29), object: "chat.completion", created: 1733001122, model: "gpt-4.1-2025-04-14", system_fingerprint: "fp_" + g.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 4, total_tokens: 816 } }));
add("Anthropic response headers dump", `HTTP/2 200\ncontent-type: application/json\nrequest-id: req_01${g.s(22)}\nanthropic-organization-id: ${g.uuid()}\nanthropic-ratelimit-requests-remaining: 3999\ncf-ray: ${g.hex(16)}-LHR\n`);
add("Stripe webhook event payload (object ids only)", JSON.stringify({ id: "evt_" + g.s(24), object: "event", type: "payment_intent.succeeded", data: { object: { id: "pi_" + g.s(24), customer: "cus_" + g.s(14), latest_charge: "ch_" + g.s(24), amount: 4200, currency: "gbp" } } }, null, 2));
add("curl with env var reference header", `curl https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"`);
add("GitHub Actions workflow with secret references", `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n    steps:\n      - uses: actions/checkout@${g.hex(40)}\n`);
add("CI log with masked secrets", `2026-11-30T10:21:03.4411502Z   NPM_TOKEN: ***\n2026-11-30T10:21:03.4411790Z   GITHUB_TOKEN: ***\n2026-11-30T10:21:05.0012311Z Uploading artifact sha256:${g.hex(64)}\n`);
add(".env.example with placeholders", `OPENAI_API_KEY=sk-your-key-here\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=<stripe-secret>\nDATABASE_URL=postgres://user:password@localhost:5432/app\nREDIS_URL=redis://localhost:6379\n`);
add("Terraform state fragment with sensitive values redacted", JSON.stringify({ version: 4, terraform_version: "1.9.8", serial: 42, lineage: g.uuid(), resources: [{ type: "aws_iam_access_key", name: "ci", instances: [{ attributes: { id: "(sensitive value)", secret: null, status: "Active" }, sensitive_attributes: [[{ type: "get_attr", value: "secret" }]] }] }] }, null, 2));
add("SQL migration with hashed passwords (bcrypt)", `INSERT INTO users (email, password_hash) VALUES\n  ('a@acme.io', '$2b$12$${g.s(53, AN + "./")}'),\n  ('b@acme.io', '$2b$12$${g.s(53, AN + "./")}');\n`);
add("argon2 hash in fixture", `export const fixtureUser = {\n  email: "test@acme.io",\n  passwordHash: "$argon2id$v=19$m=65536,t=3,p=4$${g.b64(16).replace(/=+$/, "")}$${g.b64(32).replace(/=+$/, "")}",\n};\n`);
add("Python traceback with request ids only", `Traceback (most recent call last):\n  File "/app/worker.py", line 41, in run\n    raise RetryError(job_id)\nRetryError: job 01J${g.s(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")} failed (trace_id=${g.hex(32)}, span_id=${g.hex(16)})\n`);
add("Jupyter output with image/png base64", JSON.stringify({ cell_type: "code", outputs: [{ output_type: "display_data", data: { "image/png": "iVBORw0KGgoAAAANSUhEUgAA" + g.b64(400), "text/plain": ["<Figure size 640x480>"] } }], source: ["plt.plot(x, y)\n"] }));
add("Go checksum file", Array.from({ length: 4 }, (_, i) => `github.com/acme/lib${i} v1.${i}.0 h1:${g.b64(32)}`).join("\n"));
add("Markdown doc describing key format with mask", "## API keys\n\nKeys look like `sk-proj-…` followed by a long random string. Never paste them here; use `op read op://Eng/OpenAI/key` instead. Example masked: `sk-proj-****************abcd`.\n");
add("diff rotating secret to a reference", `--- a/.env.production\n+++ b/.env.production\n@@ -1,3 +1,3 @@\n-SENDGRID_API_KEY=<removed>\n+SENDGRID_API_KEY=\${SENDGRID_API_KEY}\n APP_URL=https://acme.io\n`);
add("Kubernetes ConfigMap with non-secret checksums", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  annotations:\n    checksum/config: ${g.hex(64)}\ndata:\n  BUILD_SHA: "${g.hex(40)}"\n  ASSET_HOST: "https://cdn.acme.io"\n`);
add("HAR entry with cookie-less public request", JSON.stringify({ request: { method: "GET", url: `https://cdn.jsdelivr.net/npm/react@18.3.1/umd/react.production.min.js`, headers: [{ name: "If-None-Match", value: `"${g.hex(40)}"` }, { name: "Accept", value: "*/*" }] }, response: { status: 304, headers: [{ name: "x-served-by", value: "cache-lhr" + g.s(4, DIG) }] } }));
add("XML with signature digest value", `<ds:Reference URI="#_${g.hex(40)}">\n  <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>\n  <ds:DigestValue>${g.b64(32)}</ds:DigestValue>\n</ds:Reference>`);
add("shell history with env var use only", `  610  export OPENAI_API_KEY=$(op read "op://Eng/OpenAI/credential")\n  611  aws sts get-caller-identity\n  612  kubectl get secret app-env -o jsonpath='{.data}' | wc -c\n`);

export const cases: CorpusCase[] = [...build("y44-b", "heldouty44-benign", specs, g, 1, 3, "benign"), ...extra];
