// heldout-y33 benign look-alikes in the same contexts as the positives.
import type { CorpusCase } from "../types.ts";
import { G, type Spec, renderSpecs } from "./_gen.ts";

const g = new G(0x33b9);
const b = (provider: string, slot: string, make: (g: G) => string): Spec => ({ group: "benign", provider, slot, make });

const specs: Spec[] = [
  b("git commit SHA", "GIT_SHA", (g) => g.hex(40)),
  b("short git SHA", "BUILD_COMMIT", (g) => g.hex(12)),
  b("container image digest", "IMAGE_DIGEST", (g) => "sha256:" + g.hex(64)),
  b("SRI integrity hash", "BUNDLE_INTEGRITY", (g) => "sha384-" + g.b64(64)),
  b("file checksum", "ARTIFACT_SHA256", (g) => g.hex(64)),
  b("MD5 of upload", "CONTENT_MD5", (g) => g.hex(32)),
  b("UUID tenant id", "TENANT_ID", (g) => g.uuid()),
  b("Azure subscription id", "AZURE_SUBSCRIPTION_ID", (g) => g.uuid()),
  b("W3C trace id", "TRACE_ID", (g) => g.hex(32)),
  b("request id", "REQUEST_ID", (g) => "req_" + g.an(24)),
  b("Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => "cus_" + g.an(14)),
  b("Stripe price id", "STRIPE_PRICE_ID", (g) => "price_" + g.an(24)),
  b("Stripe publishable live key", "STRIPE_PUBLISHABLE_KEY", (g) => "pk_" + "live_" + g.an(99)),
  b("OpenAI chat completion id", "LAST_COMPLETION_ID", (g) => "chatcmpl-" + g.an(29)),
  b("OpenAI assistant id", "OPENAI_ASSISTANT_ID", (g) => "asst_" + g.an(24)),
  b("OpenAI org id", "OPENAI_ORG_ID", (g) => "org-" + g.an(24)),
  b("Anthropic message id", "LAST_MESSAGE_ID", (g) => "msg_01" + g.an(22)),
  b("Vercel project id", "VERCEL_PROJECT_ID", (g) => "prj_" + g.an(28)),
  b("AWS KMS key ARN", "KMS_KEY_ARN", (g) => `arn:aws:kms:us-east-1:${g.dig(12)}:key/${g.uuid()}`),
  b("AWS role ARN", "AWS_ROLE_ARN", (g) => `arn:aws:iam::${g.dig(12)}:role/github-deploy`),
  b("Secrets Manager reference", "DB_PASSWORD", (g) => `arn:aws:secretsmanager:eu-west-1:${g.dig(12)}:secret:prod/db-${g.an(6)}`),
  b("env var reference", "OPENAI_API_KEY", () => "${OPENAI_API_KEY}"),
  b("GitHub Actions secret expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"),
  b("1Password reference", "STRIPE_SECRET_KEY", () => "op://Production/Stripe/secret key"),
  b("Vault path reference", "DATABASE_PASSWORD", () => "vault:secret/data/prod/db#password"),
  b("SSM parameter reference", "SLACK_BOT_TOKEN", () => "{{resolve:ssm-secure:/prod/slack/bot-token:3}}"),
  b("Azure Key Vault reference", "SENDGRID_API_KEY", () => "@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/sendgrid/)"),
  b("angle-bracket placeholder", "ANTHROPIC_API_KEY", () => "<your-anthropic-api-key>"),
  b("masked key", "OPENAI_API_KEY", (g) => "sk-...".concat(g.up(4))),
  b("asterisk mask", "GITHUB_TOKEN", () => "ghp_************************************"),
  b("changeme placeholder", "JWT_SECRET", () => "changeme"),
  b("x-filled placeholder", "STRIPE_SECRET_KEY", () => "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"),
  b("REPLACE_ME placeholder", "AWS_SECRET_ACCESS_KEY", () => "REPLACE_ME"),
  b("empty value", "SENTRY_AUTH_TOKEN", () => ""),
  b("redacted value", "DD_API_KEY", () => "[REDACTED]"),
  b("SOPS encrypted value", "API_TOKEN", (g) => `ENC[AES256_GCM,data:${g.b64(44)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]`),
  b("Grafana dashboard UID", "GRAFANA_DASHBOARD_UID", (g) => g.an(14)),
  b("npm package integrity", "LOCK_INTEGRITY", (g) => "sha512-" + g.b64(86) + "=="),
  b("Docker image tag", "IMAGE", (g) => `ghcr.io/acme/api:sha-${g.hex(7)}`),
  b("semantic version", "APP_VERSION", (g) => `${g.range(1, 9)}.${g.range(0, 30)}.${g.range(0, 99)}`),
  b("hex color", "BRAND_PRIMARY", (g) => "#" + g.hex(6)),
  b("Google Analytics measurement id", "GA_MEASUREMENT_ID", (g) => "G-" + g.up(10)),
  b("Slack channel id", "SLACK_CHANNEL_ID", (g) => "C0" + g.up(9)),
  b("Slack team id", "SLACK_TEAM_ID", (g) => "T0" + g.up(9)),
  b("Discord guild id", "DISCORD_GUILD_ID", (g) => "1" + g.dig(18)),
  b("Auth0 domain", "AUTH0_DOMAIN", (g) => `acme-${g.lo(6)}.eu.auth0.com`),
  b("OAuth client id (public)", "GOOGLE_CLIENT_ID", (g) => `${g.dig(12)}-${g.lo(32)}.apps.googleusercontent.com`),
  b("Cognito user pool id", "COGNITO_USER_POOL_ID", (g) => "us-east-1_" + g.an(9)),
  b("S3 bucket name", "S3_BUCKET", (g) => `acme-prod-artifacts-${g.lo(6)}`),
  b("ULID event id", "EVENT_ID", (g) => "01J" + g.str(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")),
  b("Mongo ObjectId", "DEFAULT_ORG_OBJECT_ID", (g) => g.hex(24)),
  b("Kafka topic", "KAFKA_TOPIC", () => "orders.v2.created"),
  b("feature flag key", "FLAG_KEY", () => "checkout-new-flow-2026"),
  b("DB URL without password", "DATABASE_URL", () => "postgres://app_user@localhost:5432/app_dev"),
  b("DB URL with env interpolation", "DATABASE_URL", () => "postgres://app:${DB_PASSWORD}@db:5432/app"),
  b("Redis local URL", "REDIS_URL", () => "redis://localhost:6379/0"),
  b("timestamp nonce", "CACHE_BUSTER", (g) => "v" + g.dig(13)),
  b("Terraform state lock id", "TF_LOCK_ID", (g) => g.uuid()),
  b("Datadog site", "DD_SITE", () => "datadoghq.eu"),
  b("GitHub run id", "GITHUB_RUN_ID", (g) => g.dig(11)),
  b("Mailchimp list id", "MAILCHIMP_AUDIENCE_ID", (g) => g.hex(10)),
  b("Algolia app id", "ALGOLIA_APP_ID", (g) => g.up(10)),
  b("Shopify store domain", "SHOPIFY_STORE", (g) => `acme-${g.lo(5)}.myshopify.com`),
  b("Twilio phone number", "TWILIO_FROM_NUMBER", (g) => "+1415" + g.dig(7)),
  b("Pinecone index host", "PINECONE_HOST", (g) => `products-${g.lo(7)}.svc.aped-4627-b74a.pinecone.io`),
  b("hashed password in fixture (bcrypt)", "ADMIN_PASSWORD_HASH", (g) => "$2b$12$" + g.str(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")),
  b("argon2 hash", "USER_PW_HASH", (g) => `$argon2id$v=19$m=65536,t=3,p=4$${g.b64(22)}$${g.b64(43)}`),
  b("age public recipient", "SOPS_AGE_RECIPIENTS", (g) => "age1" + g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")),
  b("SSH host key fingerprint", "KNOWN_HOST_FP", (g) => "SHA256:" + g.b64(43)),
  b("Stripe webhook endpoint id", "STRIPE_WEBHOOK_ENDPOINT", (g) => "we_" + g.an(24)),
];

const hand: [string, string][] = [];
const add = (note: string, text: string) => hand.push([note, text]);

add("SSH public key; authorized_keys; context: write_file tool call", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.an(22), name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} ci@build\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(300)} dev@laptop\n` } }));
add("PEM certificate; context: MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: ["-----BEGIN CERTIFICATE-----", "MIIDdzCCAl+gAwIBAgIE" + g.b64(44), ...Array.from({ length: 16 }, () => g.b64(64)), g.b64(30) + "==", "-----END CERTIFICATE-----"].join("\n") }] } }));
add("PEM public key; JWT verifier config; context: YAML", `jwt:\n  issuer: https://auth.acme.io/\n  audience: api\n  public_key: |\n    -----BEGIN PUBLIC KEY-----\n    MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${g.b64(20)}\n${Array.from({ length: 5 }, () => "    " + g.b64(64)).join("\n")}\n    ${g.b64(14)}IDAQAB\n    -----END PUBLIC KEY-----\n`);
add("JWKS public keys; context: HTTP response", `HTTP/1.1 200 OK\nContent-Type: application/json\n\n${JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.an(43), alg: "RS256", n: g.us(342), e: "AQAB" }] }, null, 2)}`);
add("SealedSecret encrypted data; context: k8s manifest", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.b64(600)}\n    DATABASE_URL: AgC${g.b64(500)}\n`);
add("ansible-vault blob; context: group_vars", `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 6 }, () => "  " + g.hex(80)).join("\n")}\n  ${g.hex(40)}\n`);
add("SOPS file metadata; context: YAML", `api_key: ENC[AES256_GCM,data:${g.b64(60)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n  kms: []\n  age:\n    - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        ${g.b64(64)}\n        ${g.b64(64)}\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: "2026-11-02T10:11:12Z"\n  mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n  version: 3.9.1\n`);
add("package-lock integrity fields; context: diff", `--- a/package-lock.json\n+++ b/package-lock.json\n@@ -1201,7 +1201,7 @@\n     "node_modules/undici": {\n-      "version": "6.19.2",\n-      "integrity": "sha512-${g.b64(86)}==",\n+      "version": "6.21.0",\n+      "integrity": "sha512-${g.b64(86)}==",\n       "license": "MIT"\n`);
add("go.sum hashes; context: chat body", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `go mod verify fails:\n\ngithub.com/google/uuid v1.6.0 h1:${g.b64(43)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64(43)}=\ngolang.org/x/net v0.30.0 h1:${g.b64(43)}=\n` }] }));
add("base64 PNG data URI; context: HTML", `<img alt="logo" width="32" height="32" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64(400)}AAAAAElFTkSuQmCC" />`);
add("minified JS bundle; context: tool result", JSON.stringify({ jsonrpc: "2.0", id: 11, result: { content: [{ type: "text", text: `!function(e,t){"object"==typeof exports?module.exports=t():e.${g.lo(2)}=t()}(this,function(){var e="${g.an(32)}",t=function(n){return n.split("").map(function(r){return r.charCodeAt(0).toString(16)}).join("")};return{h:t,v:"${g.hex(8)}",k:e.length}});` }] } }));
add("CSS with hashed class names; context: write_file", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.an(22), name: "write_file", input: { path: "dist/app.css", content: `.btn_${g.an(5)}{color:#${g.hex(6)};padding:4px 8px}.card_${g.an(5)}{box-shadow:0 1px 2px rgba(0,0,0,.2)}@font-face{font-family:Inter;src:url(/assets/inter-${g.hex(8)}.woff2) format("woff2")}` } }));
add("Cargo.lock checksums; context: TOML", `[[package]]\nname = "serde"\nversion = "1.0.214"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.41.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n`);
add("CI log with masked secrets; context: GitHub Actions", `2026-11-20T14:02:11.0000000Z ##[group]Run npm publish\n2026-11-20T14:02:11.0000000Z env:\n2026-11-20T14:02:11.0000000Z   NODE_AUTH_TOKEN: ***\n2026-11-20T14:02:12.0000000Z npm notice shasum: ${g.hex(40)}\n2026-11-20T14:02:12.0000000Z npm notice integrity: sha512-${g.b64(20)}[...]${g.b64(10)}==\n2026-11-20T14:02:13.0000000Z + @acme/sdk@3.4.1\n`);
add("Stripe object ids in webhook payload; context: HTTP request", `POST /webhooks/stripe HTTP/1.1\nHost: api.acme.io\nStripe-Signature: t=1731000000,v1=${g.hex(64)}\nContent-Type: application/json\n\n${JSON.stringify({ id: "evt_" + g.an(24), type: "payment_intent.succeeded", data: { object: { id: "pi_" + g.an(24), customer: "cus_" + g.an(14), latest_charge: "ch_" + g.an(24), amount: 4200 } } }, null, 2)}`);
add("OpenAI response ids; context: API response", JSON.stringify({ id: "chatcmpl-" + g.an(29), object: "chat.completion", created: 1731000000, model: "gpt-4.1-2025-04-14", system_fingerprint: "fp_" + g.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 4 } }, null, 2));
add("Anthropic response with request id; context: curl -i", `HTTP/2 200\ncontent-type: application/json\nrequest-id: req_011C${g.an(20)}\nanthropic-organization-id: ${g.uuid()}\n\n{"id":"msg_01${g.an(22)}","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[{"type":"text","text":"ok"}],"stop_reason":"end_turn"}`);
add("Terraform plan with sensitive values hidden", `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id                = "db-${g.up(26)}"\n      ~ password          = (sensitive value)\n        kms_key_id        = "arn:aws:kms:us-east-1:${g.dig(12)}:key/${g.uuid()}"\n        tags              = {}\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n`);
add("Docker compose with env interpolation; context: YAML", `services:\n  api:\n    image: acme/api@sha256:${g.hex(64)}\n    environment:\n      STRIPE_SECRET_KEY: \${STRIPE_SECRET_KEY:?missing}\n      OPENAI_API_KEY: \${OPENAI_API_KEY}\n      DATABASE_URL: postgres://app:\${DB_PASSWORD}@db:5432/app\n`);
add(".env.example placeholders; context: chat body", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: "document these vars for me:\n\nOPENAI_API_KEY=sk-proj-your-key-here\nANTHROPIC_API_KEY=sk-ant-...\nSTRIPE_SECRET_KEY=sk_live_<redacted>\nGITHUB_TOKEN=<github-pat>\nAWS_SECRET_ACCESS_KEY=YOUR_SECRET_ACCESS_KEY\n" }] }));
add("Python code reading keys from env only", `import os\nfrom openai import OpenAI\nfrom anthropic import Anthropic\n\nopenai_client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nclaude = Anthropic(api_key=os.getenv("ANTHROPIC_API_KEY"))\nstripe.api_key = settings.STRIPE_SECRET_KEY\n`);
add("git log output; context: shell tool result", JSON.stringify({ jsonrpc: "2.0", id: 5, result: { content: [{ type: "text", text: Array.from({ length: 5 }, () => `commit ${g.hex(40)}\nAuthor: Dev <dev@acme.io>\nDate:   Tue Nov 18 10:0${g.range(0, 9)}:00 2026 +0000\n\n    fix: retry on 429\n`).join("\n") }] } }));
add("SQL with UUID keys and hashes", `INSERT INTO users (id, email, password_hash, api_key_prefix, created_at) VALUES\n  ('${g.uuid()}', 'ana@acme.io', '$2b$12$${g.str(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}', 'ak_${g.lo(4)}', NOW()),\n  ('${g.uuid()}', 'li@acme.io', '$2b$12$${g.str(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}', 'ak_${g.lo(4)}', NOW());\n`);
add("Jupyter output with base64 PNG", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 4, source: ["df.plot()"], outputs: [{ output_type: "display_data", data: { "image/png": "iVBORw0KGgoAAAANSUhEUgAAAYAAAAEgCAYAAAC" + g.b64(700) + "=", "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }] }], nbformat: 4, nbformat_minor: 5 }));
add("GPG key id and fingerprint in gitconfig", `[user]\n\tname = Dev\n\temail = dev@acme.io\n\tsigningkey = ${g.HEX(16)}\n[commit]\n\tgpgsign = true\n# fingerprint ${g.HEX(40)}\n`);
add("Crash dump with memory addresses", `Thread 0 Crashed:: Dispatch queue: com.apple.main-thread\n0   libsystem_kernel.dylib        0x${g.hex(16)} __pthread_kill + 8\n1   libsystem_pthread.dylib       0x${g.hex(16)} pthread_kill + 288\n2   node                          0x${g.hex(16)} node::Abort() + 36\nBinary Images:\n0x${g.hex(9)} - 0x${g.hex(9)} node (22.11.0) <${g.uuid().toUpperCase()}> /usr/local/bin/node\n`);
add("Kubernetes Secret with non-secret data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("checkout,search-v2").toString("base64")}\n`);
add("Markdown doc with placeholder key in curl", "## Quick start\n\n```bash\ncurl https://api.acme.io/v1/items \\\n  -H \"Authorization: Bearer $ACME_API_KEY\"\n```\n\nReplace `$ACME_API_KEY` with the key from **Settings → API keys**. Keys look like `ak_live_XXXXXXXXXXXXXXXX`.\n");
add("yarn.lock resolution hashes", `"@babel/core@^7.26.0":\n  version "7.26.0"\n  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.26.0.tgz#${g.hex(40)}"\n  integrity sha512-${g.b64(86)}==\n`);
add("AWS request ids in CLI debug log", `2026-11-19 08:14:02,113 - MainThread - botocore.parsers - DEBUG - Response headers: {'x-amzn-RequestId': '${g.uuid()}', 'x-amz-id-2': '${g.b64(76)}', 'Content-Type': 'text/xml'}\n2026-11-19 08:14:02,114 - MainThread - botocore.hooks - DEBUG - Event needs-retry.s3.ListObjectsV2: calling handler\n`);

const handCases: CorpusCase[] = hand.map(([note, text], i) => ({ id: `y33-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty33-benign", label: "benign", text, note }));

export const cases: CorpusCase[] = [...renderSpecs(g, specs, "y33-b", "heldouty33", "benign", 3, 1), ...handCases];
