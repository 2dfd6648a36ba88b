// heldout-y84 benign look-alikes in the same contexts as the positives.
import type { CorpusCase } from "../types.ts";
import { A, B64, D, H, L, U, URL64, Gen, RENDERERS } from "./_gen.ts";

const g = new Gen(0x84b9);
type R = [note: string, slot: string, make: (g: Gen) => string, hdr?: string];
const UL = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const rotated: R[] = [
  ["git commit SHA", "GIT_COMMIT_SHA", (g) => g.s(40, H), "X-Build-Commit: "],
  ["SHA-256 artifact checksum", "ARTIFACT_SHA256", (g) => g.s(64, H), "X-Checksum-Sha256: "],
  ["container image digest", "IMAGE_DIGEST", (g) => `sha256:${g.s(64, H)}`, "Docker-Content-Digest: "],
  ["npm lockfile SRI integrity", "PACKAGE_INTEGRITY", (g) => `sha512-${g.b64(64)}`],
  ["request id (UUID)", "REQUEST_ID", (g) => g.uuid(), "X-Request-Id: "],
  ["W3C traceparent", "TRACEPARENT", (g) => `00-${g.s(32, H)}-${g.s(16, H)}-01`, "traceparent: "],
  ["Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (g) => g.j("pk", "_live_", "51", g.s(97))],
  ["Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => g.j("cus", "_", g.s(14))],
  ["Stripe payment intent id", "PAYMENT_INTENT_ID", (g) => g.j("pi", "_3", g.s(23))],
  ["OpenAI chat completion id", "COMPLETION_ID", (g) => g.j("chatcmpl", "-", g.s(29)), "X-Completion-Id: "],
  ["Anthropic message id", "MESSAGE_ID", (g) => g.j("msg", "_01", g.s(22))],
  ["OpenAI organization id", "OPENAI_ORG_ID", (g) => g.j("org", "-", g.s(24)), "OpenAI-Organization: "],
  ["Slack channel id", "SLACK_CHANNEL_ID", (g) => g.j("C0", g.s(9, U))],
  ["AWS Secrets Manager ARN reference", "DB_PASSWORD_SECRET_ARN", (g) => `arn:aws:secretsmanager:us-east-1:${g.s(12, D)}:secret:prod/db/password-${g.s(6, A)}`],
  ["Vault path reference", "API_KEY", () => "vault:secret/data/prod/payments#api_key"],
  ["1Password secret reference", "OPENAI_API_KEY", () => "op://Engineering/OpenAI Prod/credential"],
  ["env var interpolation placeholder", "ANTHROPIC_API_KEY", () => "${ANTHROPIC_API_KEY}", "x-api-key: "],
  ["angle-bracket placeholder", "STRIPE_SECRET_KEY", () => "<your-stripe-secret-key>"],
  ["masked OpenAI key", "OPENAI_API_KEY", (g) => g.j("sk-", "...", g.s(4))],
  ["masked key with asterisks", "SENDGRID_API_KEY", () => "SG.****************************"],
  ["placeholder text", "GITHUB_TOKEN", () => "your_github_token_here"],
  ["GitHub Actions secrets expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"],
  ["Azure Key Vault reference", "AZURE_CLIENT_SECRET", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/client-secret/)"],
  ["CloudFormation SSM dynamic reference", "DB_PASSWORD", () => "{{resolve:ssm-secure:/prod/db/password:3}}"],
  ["MongoDB ObjectId", "DOCUMENT_ID", (g) => g.s(24, H)],
  ["ULID", "EVENT_ID", (g) => g.j("01J", g.s(23, UL))],
  ["Sentry event id", "SENTRY_EVENT_ID", (g) => g.s(32, H)],
  ["Cloudflare zone id", "CLOUDFLARE_ZONE_ID", (g) => g.s(32, H)],
  ["GPG key fingerprint", "GPG_FINGERPRINT", (g) => g.s(40, H).toUpperCase()],
  ["SSH host key fingerprint", "HOST_KEY_FINGERPRINT", (g) => `SHA256:${g.b64(32).replace(/=+$/, "")}`],
  ["webpack content hash", "BUNDLE_HASH", (g) => g.s(20, H)],
  ["S3 multipart ETag", "UPLOAD_ETAG", (g) => `${g.s(32, H)}-${g.range(2, 40)}`, "ETag: "],
  ["Docker image id", "IMAGE_ID", (g) => g.s(12, H)],
  ["Kubernetes pod uid", "POD_UID", (g) => g.uuid()],
  ["OpenAI assistant id", "ASSISTANT_ID", (g) => g.j("asst", "_", g.s(24))],
  ["Vercel project id", "VERCEL_PROJECT_ID", (g) => g.j("prj", "_", g.s(28))],
  ["Google Cloud project number", "GCP_PROJECT_NUMBER", (g) => g.s(12, D)],
  ["Datadog trace id (decimal)", "DD_TRACE_ID", (g) => g.s(19, D), "x-datadog-trace-id: "],
  ["Azure subscription id", "AZURE_SUBSCRIPTION_ID", (g) => g.uuid()],
  ["Azure tenant id", "AZURE_TENANT_ID", (g) => g.uuid()],
  ["OAuth client id (public)", "GOOGLE_CLIENT_ID", (g) => `${g.s(12, D)}-${g.s(32, L)}.apps.googleusercontent.com`],
  ["Auth0 domain and client id", "AUTH0_CLIENT_ID", (g) => g.s(32)],
  ["HMAC-signed webhook signature header value", "STRIPE_SIGNATURE", (g) => `t=1767225600,v1=${g.s(64, H)}`, "Stripe-Signature: "],
  ["GitHub webhook delivery signature", "X_HUB_SIGNATURE", (g) => `sha256=${g.s(64, H)}`, "X-Hub-Signature-256: "],
  ["Idempotency key", "IDEMPOTENCY_KEY", (g) => g.uuid(), "Idempotency-Key: "],
  ["Linear issue id", "LINEAR_ISSUE_ID", (g) => g.uuid()],
  ["Sentry DSN public key only placeholder", "SENTRY_DSN", () => "${SENTRY_DSN}"],
  ["Doppler secret reference", "DATABASE_URL", () => "${{ doppler.prd.DATABASE_URL }}"],
  ["Postgres URL with env placeholder password", "DATABASE_URL", () => "postgres://app:${DB_PASSWORD}@db:5432/app"],
  ["Redis URL without credentials", "REDIS_URL", () => "redis://localhost:6379/0"],
  ["SOPS-encrypted value", "STRIPE_SECRET_KEY", (g) => `ENC[AES256_GCM,data:${g.b64(40)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]`],
  ["Kubernetes secretKeyRef-style name", "API_KEY_SECRET_NAME", () => "payments-api-credentials"],
  ["Etherscan tx hash", "TX_HASH", (g) => `0x${g.s(64, H)}`],
  ["Ethereum address (public)", "TREASURY_ADDRESS", (g) => `0x${g.s(40, H)}`],
  ["age public recipient", "SOPS_AGE_RECIPIENTS", (g) => `age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`],
  ["WireGuard public key", "WG_PEER_PUBLIC_KEY", (g) => g.b64(32)],
  ["base64 of non-secret JSON config", "FEATURE_FLAGS_B64", () => Buffer.from(JSON.stringify({ darkMode: true, beta: ["search", "export"], rollout: 25 })).toString("base64")],
  ["Twilio messaging service SID placeholder", "TWILIO_MESSAGING_SERVICE_SID", () => "MGxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  ["Stripe price id", "STRIPE_PRICE_ID", (g) => g.j("price", "_1", g.s(23))],
  ["OpenAI file id", "TRAINING_FILE_ID", (g) => g.j("file", "-", g.s(24))],
  ["Grafana dashboard uid", "DASHBOARD_UID", (g) => g.s(14, URL64)],
  ["Cloud Run revision name", "K_REVISION", (g) => `api-000${g.range(10, 99)}-${g.s(3, L)}`],
  ["HubSpot portal id", "HUBSPOT_PORTAL_ID", (g) => g.s(8, D)],
  ["Algolia application id", "ALGOLIA_APP_ID", (g) => g.s(10, U)],
  ["masked Stripe key in log", "STRIPE_SECRET_KEY", (g) => g.j("sk", "_live_", "...", g.s(4))],
  ["redacted value", "SLACK_BOT_TOKEN", () => "[REDACTED]"],
];

const out: CorpusCase[] = rotated.map(([note, slot, make, hdr], i) => {
  const [rname, fn] = RENDERERS[(i * 5 + 3) % RENDERERS.length]!;
  return { id: `y84-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty84-benign", label: "benign", text: fn({ slot, v: make(g), hdr: hdr ?? "Authorization: Bearer ", host: "api.example-partner.com", g }), note: `${note}; slot ${slot}; context: ${rname}` };
});

const BEGIN = "-----BEGIN ";
const END = "-----END ";
const block = (label: string, body: string) => `${BEGIN}${label}-----\n${body.match(/.{1,64}/g)!.join("\n")}\n${END}${label}-----`;
const hand: [string, string][] = [
  ["PEM certificate chain; pasted in chat body", JSON.stringify({ messages: [{ role: "user", content: `nginx says "certificate verify failed", here's fullchain.pem:\n\n${block("CERTIFICATE", "MIIFazCCA1OgAwIBAgIR" + g.b64(1000).slice(0, 1300))}\n` }] })],
  ["RSA public key PEM; JWT verifier config (YAML)", `jwt:\n  issuer: https://auth.acme.io/\n  audience: api\n  public_key: |\n${block("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + g.b64(260).slice(0, 316) + "IDAQAB").split("\n").map((l) => "    " + l).join("\n")}`],
  ["SSH ed25519 public key; authorized_keys write_file tool call", JSON.stringify({ type: "tool_use", id: `toolu_01${g.s(22)}`, name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, A + "+/")} ci@build-01\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(360).slice(0, 480)} ops@laptop\n` } })],
  ["Sealed Secret encryptedData; k8s manifest", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: payments-api\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.b64(520).replace(/=+$/, "")}\n    DATABASE_URL: AgA${g.b64(540).replace(/=+$/, "")}\n  template:\n    metadata:\n      name: payments-api`],
  ["ansible-vault encrypted file; cat output in MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `$ANSIBLE_VAULT;1.1;AES256\n${g.s(640, H).match(/.{1,80}/g)!.join("\n")}\n` }] } })],
  ["SOPS-encrypted YAML file with sops metadata", `db:\n    password: ENC[AES256_GCM,data:${g.b64(24)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n    user: ENC[AES256_GCM,data:${g.b64(8)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\nsops:\n    age:\n        - recipient: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            ${BEGIN}AGE ENCRYPTED FILE-----\n            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB${g.s(40, A)}\n            ${END}AGE ENCRYPTED FILE-----\n    lastmodified: "2026-01-11T10:20:31Z"\n    mac: ENC[AES256_GCM,data:${g.b64(64)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n    version: 3.9.1`],
  ["minified JavaScript bundle chunk", `!function(e,t){"use strict";var n="${g.s(32, A)}",r=function(e){return e.replace(/[A-Z]/g,function(e){return"-"+e.toLowerCase()})};e.__chunk_${g.s(8, H)}={id:"${g.s(20, H)}",h:n,m:r,v:"${g.b64(48)}"}}(window,document);`],
  ["CSS with hashed class names and data URI font", `.btn_${g.s(8, URL64)}{color:#1a73e8;background:url(data:image/svg+xml;base64,${g.b64(90)})}\n.card_${g.s(8, URL64)}:hover{box-shadow:0 1px 3px rgba(0,0,0,.2)}\n@font-face{font-family:Inter;src:url(data:font/woff2;base64,d09GMgABAAAAA${g.b64(180)}) format("woff2")}`],
  ["base64 PNG in a chat body (image content block)", JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgoAAAANSUhEUgAA" + g.b64(900) } }, { type: "text", text: "why is this chart cut off?" }] }] })],
  ["package-lock.json entries with integrity hashes", JSON.stringify({ packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: `sha512-${g.b64(64)}` }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${g.b64(64)}` } } }, null, 2)],
  ["go.sum lines", `github.com/google/uuid v1.6.0 h1:${g.b64(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64(32)}\ngolang.org/x/crypto v0.31.0 h1:${g.b64(32)}`],
  ["Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.217"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.s(64, H)}"\n\n[[package]]\nname = "tokio"\nversion = "1.42.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.s(64, H)}"`],
  ["CI log with commit SHA, run id and masked secrets", `2026-02-03T10:01:11.2200Z Checking out ${g.s(40, H)}\n2026-02-03T10:01:12.0010Z env:\n2026-02-03T10:01:12.0011Z   NPM_TOKEN: ***\n2026-02-03T10:01:12.0012Z   AWS_SECRET_ACCESS_KEY: ***\n2026-02-03T10:01:15.4412Z Uploaded artifact ${g.s(10, D)} digest sha256:${g.s(64, H)}`],
  ["k8s Deployment with secretKeyRef", `env:\n  - name: STRIPE_SECRET_KEY\n    valueFrom:\n      secretKeyRef:\n        name: payments-api\n        key: stripe-secret-key\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: llm-keys\n        key: openai`],
  ["Terraform referencing secret data sources", `data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/db/password"\n}\n\nresource "aws_db_instance" "main" {\n  identifier = "orders-prod"\n  username   = "app"\n  password   = data.aws_secretsmanager_secret_version.db.secret_string\n}`],
  ["docs with documented placeholders", `## Configuration\n\n| Variable | Example |\n|---|---|\n| \`OPENAI_API_KEY\` | \`sk-...\` |\n| \`STRIPE_SECRET_KEY\` | \`sk_live_...\` |\n| \`GITHUB_TOKEN\` | \`<your-token>\` |\n\nNever commit real values; use \`.env.local\`.`],
  [".env.example with empty values", `# Copy to .env and fill in\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=\nDATABASE_URL=postgres://user:password@localhost:5432/dev\nREDIS_URL=redis://localhost:6379`],
  ["Python code reading secrets from env only", `import os\n\nfrom openai import OpenAI\nfrom anthropic import Anthropic\n\nopenai = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nclaude = Anthropic(api_key=os.getenv("ANTHROPIC_API_KEY"))\nstripe.api_key = os.environ.get("STRIPE_SECRET_KEY")`],
  ["OpenAI API response with ids and fingerprint", JSON.stringify({ id: `chatcmpl-${g.s(29)}`, object: "chat.completion", created: 1767225600, model: "gpt-4o-2024-08-06", system_fingerprint: `fp_${g.s(10, H)}`, choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3, total_tokens: 815 } }, null, 2)],
  ["Anthropic API response headers", `HTTP/2 200\ncontent-type: application/json\nrequest-id: req_011${g.s(21)}\nanthropic-organization-id: ${g.uuid()}\nanthropic-ratelimit-requests-remaining: 3999\ncf-ray: ${g.s(16, H)}-FRA`],
  ["Stripe webhook event body with object ids", JSON.stringify({ id: `evt_1${g.s(23)}`, object: "event", type: "payment_intent.succeeded", data: { object: { id: `pi_3${g.s(23)}`, customer: `cus_${g.s(14)}`, payment_method: `pm_1${g.s(23)}`, amount: 4200, currency: "eur", latest_charge: `ch_3${g.s(23)}` } } }, null, 2)],
  ["SQL migration with hashed tokens column", `CREATE TABLE api_tokens (\n  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n  token_sha256 char(64) NOT NULL,\n  last4 char(4) NOT NULL\n);\nINSERT INTO api_tokens (id, token_sha256, last4) VALUES ('${g.uuid()}', '${g.s(64, H)}', '${g.s(4)}');`],
  ["Jupyter notebook output with image/png and hashes", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 4, source: ["df.plot()"], outputs: [{ output_type: "display_data", data: { "image/png": "iVBORw0KGgoAAAANSUhEUgAA" + g.b64(600), "text/plain": ["<Figure size 640x480>"] }, metadata: {} }] }], nbformat: 4, nbformat_minor: 5 })],
  ["git diff of lockfile hash change", `diff --git a/yarn.lock b/yarn.lock\n@@ -120,7 +120,7 @@\n "@types/node@^20":\n   version "20.17.10"\n-  resolved "https://registry.yarnpkg.com/@types/node/-/node-20.17.9.tgz#${g.s(40, H)}"\n-  integrity sha512-${g.b64(64)}\n+  resolved "https://registry.yarnpkg.com/@types/node/-/node-20.17.10.tgz#${g.s(40, H)}"\n+  integrity sha512-${g.b64(64)}`],
  ["crash dump with redacted headers", `Traceback (most recent call last):\n  File "/app/client.py", line 44, in call\n    raise APIError(resp.status_code)\nclient.APIError: 401\n\nLocals:\n    headers = {'Authorization': 'Bearer [FILTERED]', 'X-Request-Id': '${g.uuid()}'}\n    trace_id = '${g.s(32, H)}'`],
  ["shell history with hash commands", `  812  sha256sum dist/app.tar.gz\n  813  echo ${g.s(64, H)}  dist/app.tar.gz | sha256sum -c\n  814  git tag -s v2.3.0 -u ${g.s(16, H).toUpperCase()}\n  815  docker pull ghcr.io/acme/api@sha256:${g.s(64, H)}`],
  ["chat message with masked key", `[14:02] lee: which key is prod using?\n[14:03] sam: the one ending in ...${g.s(4)}, shown as sk-proj-****${g.s(4)} in the dashboard. it's in 1Password under "OpenAI Prod"`],
  ["XML with SAML certificate (public)", `<md:EntityDescriptor entityID="https://sso.acme.io">\n  <md:IDPSSODescriptor>\n    <md:KeyDescriptor use="signing">\n      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIDpDCCAoygAwIBAgIGAY${g.b64(700).slice(0, 900)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>\n    </md:KeyDescriptor>\n  </md:IDPSSODescriptor>\n</md:EntityDescriptor>`],
  ["Go test with fixed UUID and hex fixtures", `func TestHash(t *testing.T) {\n\tid := uuid.MustParse("${g.uuid()}")\n\twant := "${g.s(64, H)}"\n\tif got := HashID(id); got != want {\n\t\tt.Fatalf("got %s want %s", got, want)\n\t}\n}`],
  ["curl with env var expansion", `curl https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "OpenAI-Organization: org-${g.s(24)}"`],
  ["TOML config with secret references", `[database]\nurl = "env:DATABASE_URL"\n\n[stripe]\nsecret_key = { from_env = "STRIPE_SECRET_KEY" }\npublishable_key = "${["pk", "_live_"].join("")}51${g.s(97)}"`],
  ["INI with keyring reference", `[pypi]\nusername = __token__\npassword = %(keyring:pypi)s\n\n[testpypi]\nrepository = https://test.pypi.org/legacy/`],
  ["properties with Jasypt-encrypted value", `spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.username=app\nspring.datasource.password=ENC(${g.b64(48)})\njasypt.encryptor.algorithm=PBEWITHHMACSHA512ANDAES_256`],
  ["HAR entry with cookies redacted and ETag", JSON.stringify({ request: { method: "GET", url: "https://app.acme.io/api/me", headers: [{ name: "cookie", value: "[redacted]" }, { name: "x-request-id", value: g.uuid() }] }, response: { status: 304, headers: [{ name: "etag", value: `W/"${g.s(40, H)}"` }] } }, null, 2)],
];
hand.forEach(([note, text], i) => out.push({ id: `y84-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty84-benign", label: "benign", text, note }));

export const cases: CorpusCase[] = out;
