// heldout-y27 benign look-alikes: non-secret ids, digests, public material, placeholders, masks,
// secret-manager references and encrypted blobs, in the same contexts as the positives.
import type { CorpusCase } from "../types.ts";
import { ALNUM, B64, DIG, Gen, HEX, HEXU, LOWNUM, UP, UPNUM, URLSAFE, renderers, type Slot } from "./_gen.ts";

const x = new Gen(0x27c0_0004);
const LOW = "abcdefghijklmnopqrstuvwxyz";
// Renderers whose surrounding prose or code would imply the value is a credential are not used.
const benignRenderers = renderers.filter((r) => !/Python code|Rust|Slack-style|Markdown setup|Kubernetes Secret/.test(r.name));

type B = { prov: string; env: string; header: string; v: (g: Gen) => string; what: string };
const B = (prov: string, env: string, header: string, what: string, v: (g: Gen) => string): B => ({ prov, env, header, v, what });
const ulidAlpha = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const slots: B[] = [
  B("Git", "GIT_COMMIT_SHA", "X-Git-Commit", "git commit SHA-1", (g) => g.hex(40)),
  B("Docker", "IMAGE_DIGEST", "X-Image-Digest", "OCI image digest", (g) => "sha256:" + g.hex(64)),
  B("CI", "BUILD_ID", "X-Build-Id", "build UUID", (g) => g.uuid()),
  B("OpenTelemetry", "TRACEPARENT", "traceparent", "W3C traceparent", (g) => `00-${g.hex(32)}-${g.hex(16)}-01`),
  B("API gateway", "REQUEST_ID", "X-Request-Id", "request id", (g) => "req_" + g.s(24)),
  B("Stripe", "STRIPE_CUSTOMER_ID", "X-Customer-Id", "Stripe customer object id", (g) => "cus_" + g.s(14)),
  B("Stripe", "STRIPE_PRICE_ID", "X-Price-Id", "Stripe price object id", (g) => "price_1" + g.s(23)),
  B("Stripe", "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", "X-Stripe-Publishable-Key", "Stripe publishable key (public by design)", (g) => ["pk", "_live_"].join("") + g.s(99)),
  B("OpenAI", "OPENAI_ASSISTANT_ID", "OpenAI-Assistant", "OpenAI assistant object id", (g) => "asst_" + g.s(24)),
  B("OpenAI", "OPENAI_ORG_ID", "OpenAI-Organization", "OpenAI organization id", (g) => "org-" + g.s(24)),
  B("OpenAI", "OPENAI_PROJECT_ID", "OpenAI-Project", "OpenAI project id", (g) => "proj_" + g.s(24)),
  B("Anthropic", "LAST_MESSAGE_ID", "X-Message-Id", "Anthropic message id", (g) => "msg_01" + g.s(22)),
  B("OpenAI", "COMPLETION_ID", "X-Completion-Id", "chat completion id", (g) => "chatcmpl-" + g.s(29)),
  B("Sentry", "SENTRY_RELEASE", "X-Release", "release = commit SHA", (g) => g.hex(40)),
  B("Release", "ARTIFACT_SHA256", "X-Checksum-Sha256", "artifact SHA-256 checksum", (g) => g.hex(64)),
  B("npm", "PACKAGE_INTEGRITY", "X-Integrity", "SRI sha512 integrity", (g) => "sha512-" + g.b64(64)),
  B("AWS", "AWS_ROLE_ARN", "X-Role-Arn", "IAM role ARN", (g) => `arn:aws:iam::${g.s(12, DIG)}:role/github-deploy`),
  B("AWS", "AWS_KMS_KEY_ARN", "X-Kms-Key", "KMS key ARN (id, not key material)", (g) => `arn:aws:kms:us-east-1:${g.s(12, DIG)}:key/${g.uuid()}`),
  B("AWS S3", "LAST_UPLOAD_ETAG", "If-Match", "S3 ETag (MD5)", (g) => g.hex(32)),
  B("Slack", "SLACK_CHANNEL_ID", "X-Slack-Channel", "Slack channel id", (g) => "C0" + g.s(9, UPNUM)),
  B("Google", "GOOGLE_CLIENT_ID", "X-Client-Id", "OAuth client id (public)", (g) => `${g.s(12, DIG)}-${g.s(32, LOWNUM)}.apps.googleusercontent.com`),
  B("Azure", "AZURE_TENANT_ID", "X-Tenant-Id", "Azure tenant id", (g) => g.uuid()),
  B("Azure", "AZURE_SUBSCRIPTION_ID", "X-Subscription-Id", "Azure subscription id", (g) => g.uuid()),
  B("placeholder", "OPENAI_API_KEY", "X-Api-Key", "angle-bracket placeholder", () => "<your-openai-api-key>"),
  B("placeholder", "ANTHROPIC_API_KEY", "X-Api-Key", "shell variable reference", () => "${ANTHROPIC_API_KEY}"),
  B("mask", "OPENAI_API_KEY", "X-Api-Key", "masked key sk-...XXXX", (g) => "sk-proj-" + "*".repeat(20) + g.s(4)),
  B("mask", "STRIPE_SECRET_KEY", "X-Api-Key", "masked Stripe key", (g) => "sk_live_" + "•".repeat(16) + g.s(4)),
  B("AWS Secrets Manager", "STRIPE_SECRET_KEY", "X-Secret-Ref", "Secrets Manager ARN reference", (g) => `arn:aws:secretsmanager:us-east-1:${g.s(12, DIG)}:secret:prod/stripe-${g.s(6)}`),
  B("Vault", "DB_PASSWORD", "X-Secret-Ref", "Vault path reference", () => "vault:secret/data/prod/db#password"),
  B("GitHub Actions", "GITHUB_TOKEN", "X-Secret-Ref", "Actions secrets expression", () => "${{ secrets.GITHUB_TOKEN }}"),
  B("1Password", "SENDGRID_API_KEY", "X-Secret-Ref", "1Password secret reference", () => "op://Production/SendGrid/credential"),
  B("Azure Key Vault", "DATABASE_PASSWORD", "X-Secret-Ref", "Key Vault reference", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/db-password/)"),
  B("GCP Secret Manager", "OPENAI_API_KEY", "X-Secret-Ref", "Secret Manager resource name", () => "projects/acme-prod/secrets/openai-api-key/versions/latest"),
  B("AWS SSM", "DB_PASSWORD", "X-Secret-Ref", "CloudFormation dynamic reference", () => "{{resolve:ssm-secure:/prod/db/password:3}}"),
  B("SOPS", "SLACK_BOT_TOKEN", "X-Encrypted", "SOPS-encrypted value", (g) => `ENC[AES256_GCM,data:${g.b64(42)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]`),
  B("placeholder", "JWT_SECRET", "X-Secret-Ref", "changeme placeholder", () => "change-me-in-production"),
  B("placeholder", "API_TOKEN", "X-Api-Key", "xxxx placeholder", () => "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
  B("ULID", "JOB_ID", "X-Job-Id", "ULID", (g) => "01J" + g.s(23, ulidAlpha)),
  B("KSUID", "EVENT_ID", "X-Event-Id", "KSUID", (g) => "2" + g.s(26, ALNUM)),
  B("MongoDB", "TENANT_OBJECT_ID", "X-Tenant", "MongoDB ObjectId", (g) => "6" + g.hex(23)),
  B("SSH", "HOST_KEY_FINGERPRINT", "X-Host-Key", "SSH host key SHA256 fingerprint", (g) => "SHA256:" + g.b64(32).replace(/=+$/, "")),
  B("GPG", "SIGNING_KEY_FINGERPRINT", "X-Signing-Key", "OpenPGP key fingerprint", (g) => g.s(40, HEXU)),
  B("Datadog", "DD_TRACE_ID", "x-datadog-trace-id", "Datadog trace id", (g) => g.s(19, DIG)),
  B("AWS X-Ray", "XRAY_TRACE", "X-Amzn-Trace-Id", "X-Ray trace header", (g) => `Root=1-${g.hex(8)}-${g.hex(24)}`),
  B("Cloudflare", "CF_ZONE_ID", "X-Zone-Id", "Cloudflare zone id", (g) => g.hex(32)),
  B("Cloudflare", "CF_ACCOUNT_ID", "X-Account-Id", "Cloudflare account id", (g) => g.hex(32)),
  B("Vercel", "VERCEL_PROJECT_ID", "X-Project-Id", "Vercel project id", (g) => "prj_" + g.s(28)),
  B("Vercel", "VERCEL_ORG_ID", "X-Org-Id", "Vercel team id", (g) => "team_" + g.s(24)),
  B("GitHub", "GITHUB_RUN_ID", "X-Run-Id", "Actions run id", (g) => g.s(11, DIG)),
  B("Linear", "LINEAR_ISSUE_ID", "X-Issue-Id", "Linear issue UUID", (g) => g.uuid()),
  B("Notion", "NOTION_DATABASE_ID", "X-Database-Id", "Notion database id", (g) => g.hex(32)),
  B("Airtable", "AIRTABLE_BASE_ID", "X-Base-Id", "Airtable base id", (g) => "app" + g.s(14)),
  B("Firebase", "FIREBASE_PROJECT_ID", "X-Project", "Firebase project id", (g) => "acme-prod-" + g.s(5, LOWNUM)),
  B("Shopify", "SHOPIFY_ORDER_GID", "X-Order", "Shopify GraphQL GID", (g) => "gid://shopify/Order/" + g.s(13, DIG)),
  B("Twilio", "TWILIO_MESSAGE_SID", "X-Message-Sid", "Twilio message SID", (g) => "SM" + g.hex(32)),
  B("Webhook", "LAST_SIGNATURE", "X-Hub-Signature-256", "webhook HMAC digest (not the secret)", (g) => "sha256=" + g.hex(64)),
  B("Cache", "CACHE_KEY", "If-None-Match", "ETag / cache key", (g) => `W/"${g.hex(40)}"`),
  B("Nix", "NIX_STORE_PATH", "X-Store-Path", "Nix store hash path", (g) => `/nix/store/${g.s(32, "0123456789abcdfghijklmnpqrsvwxyz")}-nodejs-22.11.0`),
  B("Go", "GOSUMDB_HASH", "X-Go-Sum", "go.sum h1 hash", (g) => "h1:" + g.b64(32)),
  B("Helm", "CHART_DIGEST", "X-Chart-Digest", "Helm chart digest", (g) => "sha256:" + g.hex(64)),
  B("AWS", "AWS_ACCOUNT_ID", "X-Account", "AWS account id", (g) => g.s(12, DIG)),
  B("Kafka", "KAFKA_CLUSTER_ID", "X-Cluster", "Kafka cluster id", (g) => g.s(22, URLSAFE)),
  B("Postgres", "MIGRATION_CHECKSUM", "X-Migration", "Flyway migration checksum", (g) => "-" + g.s(10, DIG)),
  B("Terraform", "TF_STATE_LINEAGE", "X-Lineage", "Terraform state lineage UUID", (g) => g.uuid()),
  B("Sentry", "SENTRY_EVENT_ID", "X-Sentry-Event", "Sentry event id", (g) => g.hex(32)),
  B("Unsplash", "PHOTO_ID", "X-Photo", "vendor object id", (g) => g.s(11, URLSAFE)),
  B("YouTube", "YOUTUBE_VIDEO_ID", "X-Video", "YouTube video id", (g) => g.s(11, URLSAFE)),
  B("Segment", "ANONYMOUS_ID", "X-Anonymous-Id", "analytics anonymous id", (g) => g.uuid()),
];

const rotated: CorpusCase[] = slots.map((b, i) => {
  const slot: Slot = { prov: b.prov, env: b.env, value: b.v(x), header: b.header };
  const r = benignRenderers[(i * 5 + 3) % benignRenderers.length]!;
  return {
    id: `y27-b-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets" as const,
    category: "heldouty27-benign",
    label: "benign" as const,
    text: r.render(slot),
    note: `${b.prov} ${b.what} (${b.env}) in ${r.name}`,
  };
});

const wrap64 = (s: string) => s.replace(/(.{64})/g, "$1\n").trimEnd();
const pemBlock = (label: string, n: number) => ["-----BEGIN ", label, "-----\n", wrap64(x.b64(n)), "\n-----END ", label, "-----"].join("");

type C = { id: string; note: string; text: string };
const hand: C[] = [
  { id: "y27-bk-001", note: "PEM certificate chain pasted into a chat body (public)", text: JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `nginx says "certificate verify failed"; fullchain.pem is:\n\n${pemBlock("CERTIFICATE", 900)}\n${pemBlock("CERTIFICATE", 780)}\n` }] }) },
  { id: "y27-bk-002", note: "SSH public key in authorized_keys via write_file tool call", text: JSON.stringify({ type: "tool_use", id: "toolu_03", name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${x.s(43, B64)} deploy@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${x.s(500, B64)}= ci@build\n` } }) },
  { id: "y27-bk-003", note: "PEM public key (JWT verification) in a YAML config", text: `auth:\n  issuer: https://auth.acme.io\n  audience: api\n  jwt_public_key: |\n${pemBlock("PUBLIC KEY", 294).split("\n").map((l) => `    ${l}`).join("\n")}\n` },
  { id: "y27-bk-004", note: "SOPS-encrypted YAML file with sops metadata", text: `db_password: ENC[AES256_GCM,data:${x.b64(18)},iv:${x.b64(32)},tag:${x.b64(16)},type:str]\nstripe_key: ENC[AES256_GCM,data:${x.b64(40)},iv:${x.b64(32)},tag:${x.b64(16)},type:str]\nsops:\n    age:\n        - recipient: age1${x.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${x.b64(48)}\n            ${x.b64(30)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2026-10-30T11:02:44Z"\n    mac: ENC[AES256_GCM,data:${x.b64(64)},iv:${x.b64(32)},tag:${x.b64(16)},type:str]\n    version: 3.9.1\n` },
  { id: "y27-bk-005", note: "Bitnami SealedSecret manifest (encrypted data)", text: `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    OPENAI_API_KEY: Ag${x.s(340, B64)}==\n    DATABASE_URL: Ag${x.s(380, B64)}=\n  template:\n    type: Opaque\n` },
  { id: "y27-bk-006", note: "ansible-vault encrypted vars file in a diff", text: `diff --git a/group_vars/prod/vault.yml b/group_vars/prod/vault.yml\n--- a/group_vars/prod/vault.yml\n+++ b/group_vars/prod/vault.yml\n@@ -1,6 +1,6 @@\n $ANSIBLE_VAULT;1.1;AES256\n-${x.hex(80)}\n+${x.hex(80)}\n ${x.hex(80)}\n ${x.hex(80)}\n ${x.hex(42)}\n` },
  { id: "y27-bk-007", note: "base64 PNG data URI in CSS", text: `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${x.s(420, B64)}AAAAAElFTkSuQmCC");\n}\n` },
  { id: "y27-bk-008", note: "minified JS bundle chunk with hashed module ids", text: `"use strict";(self.webpackChunkapp=self.webpackChunkapp||[]).push([[${x.s(3, DIG)}],{${x.s(5, DIG)}:(e,t,n)=>{n.d(t,{Z:()=>o});var r=n(${x.s(5, DIG)}),a="${x.hex(20)}",o=function(e){return(0,r.jsx)("div",{className:"c_${x.s(6, LOWNUM)} ${x.s(8, URLSAFE)}",children:e.children,"data-h":a})}}}]);\n//# sourceMappingURL=${x.s(3, DIG)}.${x.hex(20)}.js.map` },
  { id: "y27-bk-009", note: "CSS modules / Tailwind build output with hashed class names", text: `.Button_root__${x.s(5, URLSAFE)}{display:inline-flex;align-items:center}.Button_primary__${x.s(5, URLSAFE)}{background:#0f62fe;color:#fff}.css-${x.s(6, LOWNUM)}{margin:0 auto;max-width:72rem}\n/*# sourceMappingURL=data:application/json;base64,${x.b64(120)} */` },
  { id: "y27-bk-010", note: "package-lock.json entries with integrity hashes", text: JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.org/react/-/react-18.3.1.tgz", integrity: "sha512-" + x.b64(64) }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + x.b64(64) } } }, null, 2) },
  { id: "y27-bk-011", note: "go.sum lines", text: `github.com/google/uuid v1.6.0 h1:${x.b64(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:${x.b64(32)}\ngolang.org/x/crypto v0.28.0 h1:${x.b64(32)}\ngolang.org/x/crypto v0.28.0/go.mod h1:${x.b64(32)}\n` },
  { id: "y27-bk-012", note: "poetry.lock file hashes", text: `[[package]]\nname = "httpx"\nversion = "0.27.2"\ndescription = "The next generation HTTP client."\noptional = false\npython-versions = ">=3.8"\nfiles = [\n    {file = "httpx-0.27.2-py3-none-any.whl", hash = "sha256:${x.hex(64)}"},\n    {file = "httpx-0.27.2.tar.gz", hash = "sha256:${x.hex(64)}"},\n]\n` },
  { id: "y27-bk-013", note: "git log --oneline and git show header in an MCP tool result", text: JSON.stringify({ jsonrpc: "2.0", id: 21, result: { content: [{ type: "text", text: `${x.hex(7)} fix: retry on 429\n${x.hex(7)} chore(deps): bump zod\n${x.hex(7)} feat: add export endpoint\n\ncommit ${x.hex(40)}\nMerge: ${x.hex(7)} ${x.hex(7)}\nAuthor: Dana Lee <dana@acme.io>\nDate:   Tue Nov 3 10:22:01 2026 +0100` }] } }) },
  { id: "y27-bk-014", note: "docker pull output with layer and manifest digests", text: `$ docker pull ghcr.io/acme/api:1.14.2\n1.14.2: Pulling from acme/api\n${x.hex(12)}: Pull complete\n${x.hex(12)}: Pull complete\n${x.hex(12)}: Pull complete\nDigest: sha256:${x.hex(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api:1.14.2\n` },
  { id: "y27-bk-015", note: "terraform plan with sensitive values redacted", text: `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id                  = "db-${x.s(26, UP)}"\n      ~ password            = (sensitive value)\n        engine              = "postgres"\n        kms_key_id          = "arn:aws:kms:us-east-1:${x.s(12, DIG)}:key/${x.uuid()}"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.` },
  { id: "y27-bk-016", note: ".env.example with placeholders only", text: `# Copy to .env and fill in\nOPENAI_API_KEY=sk-proj-your-key-here\nANTHROPIC_API_KEY=<your-anthropic-key>\nSTRIPE_SECRET_KEY=sk_live_${"x".repeat(24)}\nDATABASE_URL=postgres://user:password@localhost:5432/app\nGITHUB_TOKEN=ghp_${"X".repeat(36)}\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ\n` },
  { id: "y27-bk-017", note: "GitHub Actions log with *** masked secrets", text: `2026-11-02T17:40:11.2231290Z ##[group]Run npm publish\n2026-11-02T17:40:11.2232005Z env:\n2026-11-02T17:40:11.2232201Z   NODE_AUTH_TOKEN: ***\n2026-11-02T17:40:11.2232410Z   OPENAI_API_KEY: ***\n2026-11-02T17:40:11.2232620Z ##[endgroup]\n2026-11-02T17:40:14.0113208Z + web@4.2.0\n2026-11-02T17:40:14.0114401Z npm notice Publishing to https://registry.npmjs.org/ with tag latest` },
  { id: "y27-bk-018", note: "curl with Authorization header built from env var (no literal)", text: `curl -sS https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "OpenAI-Organization: org-${x.s(24)}" | jq '.data[].id'` },
  { id: "y27-bk-019", note: "Python code reading keys from env without defaults", text: `import os\nfrom openai import OpenAI\nfrom anthropic import Anthropic\n\nopenai_client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nclaude = Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))\nMODEL_HASH = "${x.hex(64)}"\n` },
  { id: "y27-bk-020", note: "OpenAI chat completion response (ids, fingerprint, no secrets)", text: JSON.stringify({ id: "chatcmpl-" + x.s(29), object: "chat.completion", created: 1762101201, model: "gpt-4o-2024-08-06", system_fingerprint: "fp_" + x.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3, total_tokens: 815 } }) },
  { id: "y27-bk-021", note: "Stripe webhook event JSON (object ids only)", text: JSON.stringify({ id: "evt_1" + x.s(23), object: "event", type: "payment_intent.succeeded", data: { object: { id: "pi_3" + x.s(23), object: "payment_intent", amount: 4900, currency: "usd", customer: "cus_" + x.s(14), latest_charge: "ch_3" + x.s(23), payment_method: "pm_1" + x.s(23), client_secret: null } }, livemode: true }, null, 2) },
  { id: "y27-bk-022", note: "Jupyter notebook output with base64 PNG image", text: JSON.stringify({ cells: [{ cell_type: "code", execution_count: 7, metadata: {}, source: ["df.plot()"], outputs: [{ output_type: "display_data", data: { "image/png": "iVBORw0KGgoAAAANSUhEUgAAAjAAAAGwCAYAAAC" + x.s(600, B64) + "=", "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }] }], nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { id: "y27-bk-023", note: "Cargo.lock checksums", text: `[[package]]\nname = "serde"\nversion = "1.0.214"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${x.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.41.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${x.hex(64)}"\n` },
  { id: "y27-bk-024", note: "kubectl get secret -o yaml with non-secret data (hostnames, ports)", text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-endpoint\n  namespace: prod\n  uid: ${x.uuid()}\n  resourceVersion: "${x.s(8, DIG)}"\ntype: Opaque\ndata:\n  DB_HOST: ${Buffer.from("pg-main.acme.internal").toString("base64")}\n  DB_PORT: ${Buffer.from("5432").toString("base64")}\n  DB_NAME: ${Buffer.from("orders").toString("base64")}\n` },
  { id: "y27-bk-025", note: "SQL query with UUID and hash columns", text: `SELECT id, email_sha256, created_at\nFROM users\nWHERE id = '${x.uuid()}'\n  AND password_reset_token_hash = '${x.hex(64)}'\n  AND deleted_at IS NULL;\n` },
  { id: "y27-bk-026", note: "bcrypt/argon2 password hashes in a seed fixture (hashes, not passwords)", text: `INSERT INTO users (email, password_hash) VALUES\n  ('alice@example.com', '$2b$12$${x.s(53, `${ALNUM}./`)}'),\n  ('bob@example.com', '$argon2id$v=19$m=65536,t=3,p=4$${x.b64(16).replace(/=+$/, "")}$${x.b64(32).replace(/=+$/, "")}');\n` },
  { id: "y27-bk-027", note: "Markdown doc with masked example and variable reference", text: `## Configure the SDK\n\nSet your key in the environment, never in code:\n\n\`\`\`bash\nexport ACME_API_KEY="<paste key from dashboard>"\n\`\`\`\n\nThe dashboard shows keys as \`acme_live_••••••••${x.s(4)}\`. Rotate them under **Settings → API keys**.\n` },
  { id: "y27-bk-028", note: "HTTP response headers with trace/request ids and cache digests", text: `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${x.uuid()}\nx-amzn-trace-id: Root=1-${x.hex(8)}-${x.hex(24)}\ncf-ray: ${x.hex(16)}-FRA\netag: "${x.hex(32)}"\nx-cache: Hit from cloudfront\nx-amz-cf-id: ${x.s(54, URLSAFE)}==\n` },
  { id: "y27-bk-029", note: "Subresource integrity attributes in HTML", text: `<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${x.b64(48)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="/assets/app.${x.hex(8)}.css" integrity="sha256-${x.b64(32)}">` },
  { id: "y27-bk-030", note: "age public recipient and SSH CA public key in config (public material)", text: `# .sops.yaml\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: age1${x.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n# trusted CA\n# @cert-authority *.acme.internal ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${x.s(43, B64)}\n` },
  { id: "y27-bk-031", note: "JWKS public keys (n, e only) in an MCP result", text: JSON.stringify({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: x.hex(16), alg: "RS256", n: x.b64url(256), e: "AQAB" }] }) }] } }) },
  { id: "y27-bk-032", note: "Crash dump with memory addresses and build id", text: `thread 'main' panicked at src/cache.rs:88:14:\ncalled \`Option::unwrap()\` on a \`None\` value\nstack backtrace:\n   0: 0x${x.hex(12)} - std::panicking::begin_panic_handler\n   1: 0x${x.hex(12)} - core::panicking::panic_fmt\n   2: 0x${x.hex(12)} - cache::Store::get\nbuild-id: ${x.hex(40)}\n` },
];
void LOW;
void HEX;

export const cases: CorpusCase[] = [
  ...rotated,
  ...hand.map((c) => ({ ...c, kind: "secrets" as const, category: "heldouty27-benign", label: "benign" as const })),
];
