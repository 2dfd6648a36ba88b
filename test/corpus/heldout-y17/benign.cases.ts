// heldout-y17 benign: hard look-alikes in the same contexts (ids, digests, public material,
// placeholders, masks, secret-manager references, encrypted blobs, minified code, images).
import type { CorpusCase } from "../types.ts";
import { A, B64, D, Gen, H, HU, L, LO, U, UR, build, type Spec } from "./_gen.ts";

const r = new Gen(0x17be);
const P = (...p: string[]) => p.join("");
const CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const b = (p: string, slot: string, v: (r: Gen) => string, h?: string, host?: string): Spec => ({ g: "saas", p, slot, v, h: h ?? `X-${slot.split("_").map((w) => w[0] + w.slice(1).toLowerCase()).join("-")}: {}`, host });

const specs: Spec[] = [
  // digests, hashes, SHAs
  b("git commit SHA", "GIT_COMMIT_SHA", (r) => r.s(40, H)),
  b("artifact SHA-256 checksum", "ARTIFACT_SHA256", (r) => r.s(64, H)),
  b("container image digest", "IMAGE_DIGEST", (r) => P("sha256:", r.s(64, H))),
  b("npm SRI integrity hash", "PACKAGE_INTEGRITY", (r) => P("sha512-", r.b64(64))),
  b("Go module sum", "GO_SUM_HASH", (r) => P("h1:", r.b64(32))),
  b("Content-MD5", "CONTENT_MD5", (r) => r.b64(16), "Content-MD5: {}"),
  b("HTTP ETag", "CACHE_ETAG", (r) => `W/"${r.s(32, H)}"`, "If-None-Match: {}"),
  b("git LFS object id", "LFS_OID", (r) => P("sha256:", r.s(64, H))),
  b("SHA-1 build fingerprint", "BUILD_FINGERPRINT", (r) => r.s(40, HU)),
  // request / trace ids
  b("request id (UUID)", "REQUEST_ID", (r) => r.uuid(), "X-Request-Id: {}"),
  b("W3C traceparent", "TRACEPARENT", (r) => P("00-", r.s(32, H), "-", r.s(16, H), "-01"), "traceparent: {}"),
  b("AWS X-Ray trace id", "AMZN_TRACE_ID", (r) => P("Root=1-", r.s(8, H), "-", r.s(24, H)), "X-Amzn-Trace-Id: {}"),
  b("Cloudflare Ray id", "CF_RAY", (r) => P(r.s(16, H), "-FRA"), "cf-ray: {}"),
  b("idempotency key", "IDEMPOTENCY_KEY", (r) => r.uuid(), "Idempotency-Key: {}"),
  b("OpenTelemetry span id", "OTEL_SPAN_ID", (r) => r.s(16, H)),
  b("Datadog trace id", "DD_TRACE_ID", (r) => r.s(19, D), "x-datadog-trace-id: {}"),
  b("ULID event id", "EVENT_ID", (r) => P("01J", r.s(23, CROCK))),
  b("KSUID", "SEGMENT_MESSAGE_ID", (r) => r.s(27, A)),
  b("Nano ID short link", "SHORT_LINK_ID", (r) => r.s(21, UR)),
  b("MongoDB ObjectId", "ORDER_ID", (r) => r.s(24, H)),
  b("Kubernetes object uid", "POD_UID", (r) => r.uuid()),
  // vendor object ids
  b("Stripe customer id", "STRIPE_CUSTOMER_ID", (r) => P("cus", "_", r.s(14, A))),
  b("Stripe price id", "STRIPE_PRICE_ID", (r) => P("price", "_1", r.s(23, A))),
  b("Stripe payment intent id", "PAYMENT_INTENT_ID", (r) => P("pi", "_3", r.s(23, A))),
  b("Stripe webhook endpoint id", "STRIPE_WEBHOOK_ENDPOINT_ID", (r) => P("we", "_1", r.s(23, A))),
  b("OpenAI chat completion id", "COMPLETION_ID", (r) => P("chatcmpl-", r.s(29, A))),
  b("Anthropic message id", "LAST_MESSAGE_ID", (r) => P("msg", "_01", r.s(22, A))),
  b("OpenAI file id", "OPENAI_FILE_ID", (r) => P("file-", r.s(22, A))),
  b("OpenAI assistant id", "OPENAI_ASSISTANT_ID", (r) => P("asst", "_", r.s(24, A))),
  b("OpenAI organization id", "OPENAI_ORG_ID", (r) => P("org-", r.s(24, A)), "OpenAI-Organization: {}"),
  b("Twilio message SID", "TWILIO_MESSAGE_SID", (r) => P("SM", r.s(32, H))),
  b("Slack channel id", "SLACK_CHANNEL_ID", (r) => P("C0", r.s(9, U))),
  b("Azure tenant id", "AZURE_TENANT_ID", (r) => r.uuid()),
  b("Azure client (application) id", "AZURE_CLIENT_ID", (r) => r.uuid()),
  b("AWS IAM role ARN", "AWS_ROLE_ARN", (r) => P("arn:aws:iam::", r.s(12, D), ":role/github-actions-deploy")),
  b("AWS KMS key ARN", "KMS_KEY_ARN", (r) => P("arn:aws:kms:us-east-1:", r.s(12, D), ":key/", r.uuid())),
  b("Cloudflare zone id", "CLOUDFLARE_ZONE_ID", (r) => r.s(32, H)),
  b("Vercel project id", "VERCEL_PROJECT_ID", (r) => P("prj", "_", r.s(28, A))),
  b("Vercel deployment id", "VERCEL_DEPLOYMENT_ID", (r) => P("dpl", "_", r.s(28, A))),
  b("Google Analytics measurement id", "GA_MEASUREMENT_ID", (r) => P("G-", r.s(10, U))),
  b("Algolia application id", "ALGOLIA_APP_ID", (r) => r.s(10, U)),
  b("GitHub App id and installation id", "GITHUB_INSTALLATION_ID", (r) => r.s(8, D)),
  b("Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (r) => P("pk", "_live_", r.s(99, A))),
  b("SSH public key", "DEPLOY_PUBLIC_KEY", (r) => P("ssh-", "ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", r.s(43, `${A}+/`), " deploy@ci")),
  b("age public recipient", "SOPS_AGE_RECIPIENTS", (r) => P("age1", r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))),
  // placeholders and masks in credential slots
  b("masked OpenAI key", "OPENAI_API_KEY", () => "sk-...XXXX", "Authorization: Bearer {}", "api.openai.com"),
  b("angle-bracket placeholder", "ANTHROPIC_API_KEY", () => "<your-anthropic-api-key>", "x-api-key: {}", "api.anthropic.com"),
  b("env interpolation", "STRIPE_SECRET_KEY", () => "${STRIPE_SECRET_KEY}", "Authorization: Bearer {}", "api.stripe.com"),
  b("GitHub Actions secrets expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}", "Authorization: Bearer {}", "registry.npmjs.org"),
  b("redacted value", "GITHUB_TOKEN", () => "***", "Authorization: Bearer {}", "api.github.com"),
  b("bullet-masked key with last four", "SENDGRID_API_KEY", (r) => P("SG.", "••••••••••••", r.s(4, A)), "Authorization: Bearer {}", "api.sendgrid.com"),
  b("placeholder text", "SLACK_BOT_TOKEN", () => "your-slack-bot-token-here", "Authorization: Bearer {}", "slack.com"),
  b("x-filled placeholder", "DD_API_KEY", () => "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "DD-API-KEY: {}", "api.datadoghq.com"),
  b("Helm/Jinja template", "TWILIO_AUTH_TOKEN", () => "{{ .Values.twilio.authToken }}", "Authorization: Basic {}", "api.twilio.com"),
  // secret-manager references
  b("1Password secret reference", "OPENAI_API_KEY", () => "op://Engineering/OpenAI Prod/credential", "Authorization: Bearer {}", "api.openai.com"),
  b("Vault path reference", "DATABASE_PASSWORD", () => "vault:secret/data/prod/orders-db#password"),
  b("AWS Secrets Manager ARN", "STRIPE_SECRET_ARN", (r) => P("arn:aws:secretsmanager:us-east-1:", r.s(12, D), ":secret:prod/stripe/secret-key-", r.s(6, A))),
  b("Azure Key Vault reference", "SendGridApiKey", () => "@Microsoft.KeyVault(SecretUri=https://acme-prod-kv.vault.azure.net/secrets/SendGridApiKey/)"),
  b("GCP Secret Manager resource name", "ANTHROPIC_KEY_SECRET", (r) => P("projects/", r.s(12, D), "/secrets/anthropic-api-key/versions/latest")),
  b("SSM parameter reference", "DB_PASSWORD_PARAM", () => "ssm:/prod/orders/db_password"),
  b("SOPS-encrypted value", "SLACK_WEBHOOK_URL", (r) => P("ENC[AES256_GCM,data:", r.b64(60), ",iv:", r.b64(32), ",tag:", r.b64(16), ",type:str]")),
];

const gen = build(specs, r, "y17-b", "heldouty17-benign", "benign", 1, 3, 1);

const pem = (label: string, n: number) => [P("-----BEGIN ", label, "-----"), ...(r.b64(n).match(/.{1,64}/g) ?? []), P("-----END ", label, "-----")].join("\n");
const hand: [string, string][] = [
  ["ansible-vault encrypted vars file in MCP result", JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => r.s(80, H)).join("\n")}\n` }] } })],
  ["Bitnami SealedSecret encryptedData", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: orders-db\n  namespace: prod\nspec:\n  encryptedData:\n    DATABASE_PASSWORD: AgB${r.s(600, `${A}+/`)}==\n    STRIPE_SECRET_KEY: AgC${r.s(600, `${A}+/`)}==\n`],
  ["SOPS-encrypted YAML file with metadata", `stripe:\n    secret_key: ENC[AES256_GCM,data:${r.b64(80)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\n    webhook_secret: ENC[AES256_GCM,data:${r.b64(40)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\nsops:\n    age:\n        - recipient: age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${r.b64(48)}\n            ${r.b64(48)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2026-04-02T10:00:00Z"\n    mac: ENC[AES256_GCM,data:${r.b64(64)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\n    version: 3.9.0\n`],
  ["PEM certificate pasted in chat body", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `is this cert chain in the right order?\n\n${pem("CERTIFICATE", 900)}\n${pem("CERTIFICATE", 840)}\n` }] })],
  ["PEM public key in JWT verifier config", `jwt:\n  issuer: https://auth.acme.io\n  algorithms: [RS256]\n  public_key: |\n${pem("PUBLIC KEY", 294).split("\n").map((l) => "    " + l).join("\n")}\n`],
  ["PGP public key block in README", `## Verifying releases\n\nImport the release signing key:\n\n\`\`\`\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${(r.b64(700).match(/.{1,64}/g) ?? []).join("\n")}\n=${r.s(4, `${A}+/`)}\n-----END PGP PUBLIC KEY BLOCK-----\n\`\`\`\n`],
  ["JWKS public keys response", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: r.s(40, H), alg: "RS256", n: r.b64u(256), e: "AQAB" }, { kty: "EC", use: "sig", kid: r.s(40, H), crv: "P-256", x: r.b64u(32), y: r.b64u(32) }] }, null, 2)],
  ["authorized_keys written by tool call", JSON.stringify({ type: "tool_use", id: `toolu_01${r.s(22)}`, name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.s(43, `${A}+/`)} alice@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r.s(500, `${A}+/`)}= ci@buildkite\n` } })],
  ["known_hosts lines", `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.s(43, `${A}+/`)}\n|1|${r.b64(20)}|${r.b64(20)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${r.s(88, `${A}+/`)}=\n`],
  ["minified JS bundle chunk", `"use strict";(self.webpackChunkapp=self.webpackChunkapp||[]).push([[${r.s(3, D)}],{${r.s(5, D)}:(e,t,n)=>{n.d(t,{Z:()=>o});var r=n(${r.s(4, D)}),a="${r.s(32, H)}",i=function(e){return e.replace(/[A-Z]/g,function(e){return"-"+e.toLowerCase()})};const o={key:a,hash:"${r.s(40, UR)}",fmt:i,v:"${r.s(8, H)}"}}}]);\n//# sourceMappingURL=${r.s(20, H)}.js.map`],
  ["source map mappings", JSON.stringify({ version: 3, file: "main.js", sources: ["src/index.ts"], names: ["init", "client"], mappings: Array.from({ length: 12 }, () => r.s(18, `${A}+/`)).join(";") + ";" + r.s(40, `${A}+/,`) })],
  ["CSS with hashed class names and data URI font", `.Header_root__${r.s(5, UR)}{display:flex;gap:8px}.Button_primary__${r.s(5, UR)}{background:#${r.s(6, H)};color:#fff}\n@font-face{font-family:Inter;src:url(data:font/woff2;base64,${r.b64(240)}) format("woff2")}\n.icon-${r.s(8, H)}{mask:url("/static/${r.s(20, H)}.svg")}`],
  ["base64 PNG image in chat body", JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type: "image/png", data: P("iVBORw0KGgoAAAANSUhEUgAA", r.b64(900)) } }, { type: "text", text: "why is this button misaligned?" }] }] })],
  ["package-lock.json entries", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/left-pad": { version: "1.3.0", resolved: "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz", integrity: P("sha512-", r.b64(64)) }, "node_modules/ms": { version: "2.1.3", resolved: "https://registry.npmjs.org/ms/-/ms-2.1.3.tgz", integrity: P("sha512-", r.b64(64)) } } }, null, 2)],
  ["Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.s(64, H)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.s(64, H)}"\n`],
  ["Terraform lock file hashes", `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.70.0"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${r.b64(32)}",\n    "zh:${r.s(64, H)}",\n    "zh:${r.s(64, H)}",\n  ]\n}\n`],
  ["go.sum lines", `github.com/google/uuid v1.6.0 h1:${r.b64(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:${r.b64(32)}\ngolang.org/x/sync v0.8.0 h1:${r.b64(32)}\n`],
  ["git log output in CI", `2026-06-01T10:00:01.0000000Z + git log --oneline -3\n2026-06-01T10:00:01.1000000Z ${r.s(7, H)} fix: retry on 429\n2026-06-01T10:00:01.1000000Z ${r.s(7, H)} chore(deps): bump axios\n2026-06-01T10:00:01.1000000Z ${r.s(7, H)} feat: bulk export\n2026-06-01T10:00:01.2000000Z HEAD is ${r.s(40, H)}\n2026-06-01T10:00:02.0000000Z docker push ghcr.io/acme/api@sha256:${r.s(64, H)}`],
  ["docker pull output", `latest: Pulling from library/postgres\n${r.s(12, H)}: Already exists\n${r.s(12, H)}: Pull complete\n${r.s(12, H)}: Pull complete\nDigest: sha256:${r.s(64, H)}\nStatus: Downloaded newer image for postgres:16`],
  ["Stripe webhook event payload (object ids only)", JSON.stringify({ id: P("evt", "_1", r.s(23, A)), object: "event", type: "payment_intent.succeeded", data: { object: { id: P("pi", "_3", r.s(23, A)), customer: P("cus", "_", r.s(14, A)), latest_charge: P("ch", "_3", r.s(23, A)), payment_method: P("pm", "_1", r.s(23, A)), amount: 4200, currency: "eur" } }, request: { id: P("req", "_", r.s(14, A)), idempotency_key: r.uuid() } }, null, 2)],
  ["OpenAI API response with ids", JSON.stringify({ id: P("chatcmpl-", r.s(29, A)), object: "chat.completion", created: 1767225600, model: "gpt-4.1-2025-04-14", system_fingerprint: P("fp_", r.s(10, H)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3 } })],
  ["Anthropic response headers", `HTTP/2 200\ncontent-type: application/json\nrequest-id: req_011C${r.s(20, A)}\nanthropic-organization-id: ${r.uuid()}\ncf-ray: ${r.s(16, H)}-SJC\nx-envoy-upstream-service-time: 1840\n\n{"id":"msg_01${r.s(22, A)}","type":"message","role":"assistant","stop_reason":"end_turn"}`],
  ["GitHub Actions workflow using secrets expressions", `name: release\non:\n  push:\n    tags: ["v*"]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${r.s(40, H)} # v4.2.2\n      - uses: actions/setup-node@${r.s(40, H)} # v4.1.0\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n          AWS_ROLE_ARN: arn:aws:iam::${r.s(12, D)}:role/release\n`],
  [".env.example with placeholders", `# copy to .env and fill in\nOPENAI_API_KEY=sk-your-key-here\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=sk_live_REPLACE_ME\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSLACK_BOT_TOKEN=xoxb-your-token\nSENTRY_ENVIRONMENT=development\n`],
  ["Kubernetes ExternalSecret referencing remote keys", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: orders\nspec:\n  refreshInterval: 1h\n  secretStoreRef:\n    name: aws-secrets-manager\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/orders/stripe\n        property: secret_key\n    - secretKey: DATABASE_URL\n      remoteRef:\n        key: prod/orders/db\n`],
  ["Kubernetes Secret data with non-secret values", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("new-nav,bulk-export").toString("base64")}\n`],
  ["terraform plan with sensitive values masked", `  # aws_db_instance.orders will be updated in-place\n  ~ resource "aws_db_instance" "orders" {\n        id                  = "orders-prod"\n      ~ password            = (sensitive value)\n        kms_key_id          = "arn:aws:kms:us-east-1:${r.s(12, D)}:key/${r.uuid()}"\n        resource_id         = "db-${r.s(26, U)}"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`],
  ["masked secrets in CI log", `2026-07-02T08:00:00.0000000Z ##[group]Run ./deploy.sh\n2026-07-02T08:00:00.0000000Z env:\n2026-07-02T08:00:00.0000000Z   STRIPE_SECRET_KEY: ***\n2026-07-02T08:00:00.0000000Z   OPENAI_API_KEY: ***\n2026-07-02T08:00:00.0000000Z   GITHUB_SHA: ${r.s(40, H)}\n2026-07-02T08:00:00.0000000Z ##[endgroup]\n2026-07-02T08:00:03.0000000Z deployed build ${r.s(12, H)} to prod`],
  ["Python code reading keys from env only", `import os\nfrom openai import OpenAI\nfrom anthropic import Anthropic\n\nopenai_client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nclaude = Anthropic(api_key=os.getenv("ANTHROPIC_API_KEY"))\nPROJECT_ID = "${r.uuid()}"\nCACHE_KEY = hashlib.sha256(prompt.encode()).hexdigest()  # e.g. ${r.s(64, H)}\n`],
  ["SQL with hashed passwords (bcrypt) and UUIDs", `INSERT INTO users (id, email, password_hash, api_key_prefix) VALUES\n  ('${r.uuid()}', 'alice@acme.io', '$2b$12$${r.s(53, `${A}./`)}', 'ak_live_${r.s(4, A)}'),\n  ('${r.uuid()}', 'bob@acme.io', '$2b$12$${r.s(53, `${A}./`)}', 'ak_live_${r.s(4, A)}');\n`],
  ["argon2 hash in config", `[admin]\nusername = "ops"\npassword_hash = "$argon2id$v=19$m=65536,t=3,p=4$${r.b64(16).replace(/=+$/, "")}$${r.b64(32).replace(/=+$/, "")}"\n`],
  ["HMAC signature header on outbound webhook", `POST /hooks/orders HTTP/1.1\nHost: partner.example.net\nContent-Type: application/json\nX-Signature-256: sha256=${r.s(64, H)}\nX-Delivery-Id: ${r.uuid()}\nX-Timestamp: 1767225600\n\n{"event":"order.created","order_id":"${r.s(24, H)}"}`],
  ["AWS SigV4 signed request (signature, not key)", `GET /?Action=DescribeInstances&Version=2016-11-15 HTTP/1.1\nHost: ec2.us-east-1.amazonaws.com\nX-Amz-Date: 20260601T100000Z\nX-Amz-Content-Sha256: ${r.s(64, H)}\nAuthorization: AWS4-HMAC-SHA256 Credential=[redacted]/20260601/us-east-1/ec2/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=${r.s(64, H)}\n`],
  ["Jupyter notebook output with hashes and image", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, source: ["df['row_hash'] = df.apply(hash_row, axis=1)\n", "df.head(2)"], outputs: [{ output_type: "execute_result", execution_count: 3, data: { "text/plain": [`   id  row_hash\n0   1  ${r.s(40, H)}\n1   2  ${r.s(40, H)}`] }, metadata: {} }, { output_type: "display_data", data: { "image/png": P("iVBORw0KGgoAAAANSUhEUgAA", r.b64(600)) }, metadata: {} }] }], metadata: {}, nbformat: 4, nbformat_minor: 5 })],
  ["git diff rotating a placeholder to a vault reference", `diff --git a/config/prod.yaml b/config/prod.yaml\n--- a/config/prod.yaml\n+++ b/config/prod.yaml\n@@ -8,3 +8,3 @@ payments:\n-  stripe_secret_key: "<set-me>"\n+  stripe_secret_key: "vault:secret/data/prod/payments#stripe_secret_key"\n   currency: eur\n`],
  ["Markdown doc with masked example values", "## Authentication\n\nSend your key in the `Authorization` header:\n\n```bash\ncurl https://api.acme.io/v1/me \\\n  -H \"Authorization: Bearer $ACME_API_KEY\"\n```\n\nKeys look like `acme_live_••••••••••••` in the dashboard; only the last four characters are shown after creation.\n"],
  ["crash dump with redacted locals", `Traceback (most recent call last):\n  File "/app/sync.py", line 61, in push\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error\n\nLocals at frame push:\n    api_key = '[REDACTED]'\n    request_id = '${r.uuid()}'\n    payload_sha = '${r.s(64, H)}'\n    url = 'https://api.acme.io/v2/batch'`],
  ["shell history with env references only", `  210  export OPENAI_API_KEY=$(op read "op://Dev/OpenAI/credential")\n  211  export GITHUB_TOKEN=$(gh auth token)\n  212  aws sso login --profile prod\n  213  docker build -t acme/api:${r.s(7, H)} .\n  214  sha256sum dist/app.tar.gz\n`],
  ["XML with Key Vault and config-builder references", `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="StripeSecretKey" value="@Microsoft.KeyVault(VaultName=acme-prod;SecretName=StripeSecretKey)" />\n    <add key="InstrumentationId" value="${r.uuid()}" />\n    <add key="BuildHash" value="${r.s(40, H)}" />\n  </appSettings>\n</configuration>`],
];
const hc: CorpusCase[] = hand.map(([note, text], i) => ({ id: `y17-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty17-benign", label: "benign", text, note }));

export const cases: CorpusCase[] = [...gen, ...hc];
