// heldout-y53 benign look-alikes: the same renderers and contexts, values that are not secrets.
import type { CorpusCase } from "../types.ts";
import { AN, B64, B64U, DIG, Gen, LO, RENDERERS, UP, j, type Slot } from "./_gen.ts";
import { wrap } from "./common.cases.ts";

const g = new Gen(53004);
type B = [note: string, key: string, make: (g: Gen) => string];

// Rotated through the renderers: non-secret values in honestly named slots.
const rotated: B[] = [
  ["git commit SHA", "GIT_COMMIT_SHA", (g) => g.hex(40)],
  ["short git SHA build tag", "BUILD_REF", (g) => g.hex(12)],
  ["sha256 artifact digest", "ARTIFACT_SHA256", (g) => g.hex(64)],
  ["container image digest", "IMAGE_DIGEST", (g) => j("sha256:", g.hex(64))],
  ["npm lockfile integrity", "PACKAGE_INTEGRITY", (g) => j("sha512-", g.b64(64))],
  ["SRI hash", "SCRIPT_INTEGRITY", (g) => j("sha384-", g.b64(48))],
  ["UUID tenant id", "TENANT_ID", (g) => g.uuid()],
  ["Azure subscription id", "AZURE_SUBSCRIPTION_ID", (g) => g.uuid()],
  ["Azure AD client (application) id", "AZURE_CLIENT_ID", (g) => g.uuid()],
  ["request id", "LAST_REQUEST_ID", (g) => j("req_", g.s(24))],
  ["W3C traceparent", "TRACEPARENT", (g) => j("00-", g.hex(32), "-", g.hex(16), "-01")],
  ["AWS X-Ray trace id", "XRAY_TRACE_ID", (g) => j("1-", g.hex(8), "-", g.hex(24))],
  ["Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => j("cus_", g.s(14))],
  ["Stripe price id", "STRIPE_PRICE_ID", (g) => j("price_", "1", g.s(23))],
  ["Stripe publishable live key", "STRIPE_PUBLISHABLE_KEY", (g) => j("pk_", "live_", "51", g.s(97))],
  ["OpenAI chat completion id", "COMPLETION_ID", (g) => j("chatcmpl-", g.s(29))],
  ["Anthropic message id", "MESSAGE_ID", (g) => j("msg_01", g.s(22))],
  ["OpenAI org id", "OPENAI_ORG_ID", (g) => j("org-", g.s(24))],
  ["OpenAI assistant id", "ASSISTANT_ID", (g) => j("asst_", g.s(24))],
  ["Slack channel id", "SLACK_CHANNEL_ID", (g) => j("C0", g.s(9, UP))],
  ["Twilio account SID (identifier)", "TWILIO_ACCOUNT_SID_REF", (g) => j("MG", g.hex(32))],
  ["AWS account id", "AWS_ACCOUNT_ID", (g) => g.s(12, DIG)],
  ["AWS IAM role ARN", "DEPLOY_ROLE_ARN", (g) => j("arn:aws:iam::", g.s(12, DIG), ":role/github-deploy")],
  ["KMS key ARN", "KMS_KEY_ARN", (g) => j("arn:aws:kms:eu-west-1:", g.s(12, DIG), ":key/", g.uuid())],
  ["GCP project number", "GCP_PROJECT_NUMBER", (g) => g.s(12, DIG)],
  ["Sentry public DSN (no secret)", "SENTRY_DSN", (g) => j("https://", g.hex(32), "@o", g.s(6, DIG), ".ingest.sentry.io/", g.s(7, DIG))],
  ["env var reference", "OPENAI_API_KEY", () => "${OPENAI_API_KEY}"],
  ["placeholder in angle brackets", "ANTHROPIC_API_KEY", () => "<your-anthropic-key>"],
  ["masked key", "STRIPE_SECRET_KEY", () => j("sk", "_live_", "••••••••••••", "4xQ2")],
  ["masked with X", "OPENAI_API_KEY", () => j("sk-", "proj-", "XXXXXXXXXXXXXXXXXXXXXXXXXXXX")],
  ["elided key", "GITHUB_TOKEN", () => j("gh", "p_", "...", "redacted")],
  ["AWS Secrets Manager ARN reference", "DB_PASSWORD_SECRET_ARN", (g) => j("arn:aws:secretsmanager:us-east-1:", g.s(12, DIG), ":secret:prod/db/password-", g.s(6))],
  ["SSM parameter reference", "SLACK_BOT_TOKEN", () => "{{resolve:ssm-secure:/prod/slack/bot-token:3}}"],
  ["1Password secret reference", "STRIPE_SECRET_KEY", () => "op://Production/Stripe/secret_key"],
  ["Vault reference", "DATABASE_PASSWORD", () => "vault:secret/data/prod/db#password"],
  ["Azure Key Vault reference", "SENDGRID_API_KEY", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid-key/)"],
  ["GitHub Actions secret expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"],
  ["Doppler reference", "DATADOG_API_KEY", () => "${doppler:prd.DATADOG_API_KEY}"],
  ["empty value with comment", "HF_TOKEN", () => "# set in CI"],
  ["changeme placeholder", "JWT_SECRET", () => "changeme-in-production"],
  ["SOPS encrypted value", "API_KEY", (g) => j("ENC[AES256_GCM,data:", g.b64(40), ",iv:", g.b64(32), ",tag:", g.b64(16), ",type:str]")],
  ["file path to key", "GOOGLE_APPLICATION_CREDENTIALS", () => "/var/run/secrets/gcp/sa.json"],
  ["Mapbox public token", "MAPBOX_PUBLIC_TOKEN", (g) => j("pk", ".", Buffer.from(JSON.stringify({ u: "acme-maps", a: g.s(25, LO) })).toString("base64url"), ".", g.s(22, B64U))],
  ["Clerk publishable key", "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", (g) => j("pk_", "live_", Buffer.from("clerk.acme.example$").toString("base64"))],
  ["Algolia application id", "ALGOLIA_APP_ID", (g) => g.s(10, UP)],
  ["Pusher app key (public)", "PUSHER_APP_KEY", (g) => g.hex(20)],
  ["PostHog project key (public)", "NEXT_PUBLIC_POSTHOG_KEY", (g) => j("phc", "_", g.s(43))],
  ["Etag header value", "LAST_ETAG", (g) => j("W/\"", g.hex(32), "\"")],
  ["content hash in filename", "BUNDLE_FILE", (g) => j("main.", g.hex(20), ".js")],
  ["Docker container id", "CONTAINER_ID", (g) => g.hex(64)],
  ["semver + build metadata", "APP_VERSION", (g) => j("4.12.0+build.", g.s(7, DIG), ".", g.hex(7))],
  ["Kafka cluster id", "KAFKA_CLUSTER_ID", (g) => g.s(22, B64U)],
  ["Google Analytics measurement id", "GA_MEASUREMENT_ID", (g) => j("G-", g.s(10, UP))],
  ["Firebase project id", "FIREBASE_PROJECT_ID", (g) => j("acme-prod-", g.s(5, LO))],
  ["Cloudflare zone id", "CLOUDFLARE_ZONE_ID", (g) => g.hex(32)],
  ["Cloudflare account id", "CLOUDFLARE_ACCOUNT_ID", (g) => g.hex(32)],
  ["Vercel project id", "VERCEL_PROJECT_ID", (g) => j("prj_", g.s(28))],
  ["Vercel team id", "VERCEL_ORG_ID", (g) => j("team_", g.s(24))],
  ["Datadog site setting", "DD_SITE", () => "datadoghq.eu"],
  ["Heroku app id", "HEROKU_APP_ID", (g) => g.uuid()],
  ["Linear issue id", "LINEAR_ISSUE", (g) => j("ENG-", g.s(4, DIG))],
  ["Notion page id", "NOTION_PAGE_ID", (g) => g.hex(32)],
  ["Airtable base id", "AIRTABLE_BASE_ID", (g) => j("app", g.s(14))],
  ["Shopify store domain", "SHOPIFY_STORE", () => "acme-outfitters.myshopify.com"],
  ["Mailchimp list id", "MAILCHIMP_AUDIENCE_ID", (g) => g.hex(10)],
  ["Hugging Face model revision", "MODEL_REVISION", (g) => g.hex(40)],
];

// Handcrafted look-alikes in their natural form.
const hand: [string, (g: Gen) => string][] = [
  ["SSH public key in authorized_keys via tool call", (g) => JSON.stringify({ type: "tool_use", name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: j("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", g.s(43, AN + "+/"), " ops@laptop\n") } })],
  ["RSA public key PEM in JWKS config", (g) => j("-----BEGIN PUBLIC KEY-----\n", wrap(j("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", g.b64(256)), 64), "\n-----END PUBLIC KEY-----\n")],
  ["PEM certificate chain pasted in chat", (g) => JSON.stringify({ role: "user", content: j("nginx says the chain is incomplete:\n-----BEGIN CERTIFICATE-----\n", wrap(j("MIIFazCCA1OgAwIBAgIR", g.b64(900)), 64), "\n-----END CERTIFICATE-----\n") })],
  ["JWKS public keys (no d)", (g) => JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(16), alg: "RS256", n: g.b64u(256), e: "AQAB" }] }, null, 2)],
  ["base64 PNG data URI in CSS", (g) => j(".logo {\n  background-image: url(\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h", g.b64(300), "\");\n  width: 16px;\n}\n")],
  ["minified JS bundle chunk", (g) => j("!function(e,t){\"use strict\";var n=\"", g.s(40, AN), "\",r=function(e){return e.replace(/[^a-z]/g,\"\")};t.h=function(){return n.split(\"\").reverse().join(\"\")};e.exports={r:r}}(module,exports);\n//# sourceMappingURL=app.", g.hex(20), ".js.map")],
  ["CSS-in-JS hashed class names", (g) => j(".css-", g.s(6, LO), "{display:flex}.css-", g.s(6, LO), "-Button{padding:4px 8px}.sc-", g.s(6, AN), "{color:#1a1a1a}\n")],
  ["Ansible vault encrypted variable", (g) => j("db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ", Array.from({ length: 6 }, () => g.hex(80)).join("\n  "), "\n")],
  ["Bitnami SealedSecret", (g) => j("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: Ag", g.s(300, B64), "==\n")],
  ["SOPS-encrypted YAML file", (g) => j("stripe_key: ENC[AES256_GCM,data:", g.b64(60), ",iv:", g.b64(32), ",tag:", g.b64(16), ",type:str]\nsops:\n  age:\n    - recipient: age1", g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), "\n  lastmodified: \"2026-11-01T10:00:00Z\"\n  mac: ENC[AES256_GCM,data:", g.b64(48), ",type:str]\n")],
  ["k8s Secret with non-secret base64 config", (g) => j("apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ndata:\n  LOG_LEVEL: ", Buffer.from("debug").toString("base64"), "\n  REGION: ", Buffer.from("eu-west-1").toString("base64"), "\n  FEATURES: ", Buffer.from("search,billing,exports").toString("base64"), "\n")],
  ["go.sum lines", (g) => j("github.com/aws/aws-sdk-go-v2 v1.32.2 h1:", g.b64(32), "\ngithub.com/aws/aws-sdk-go-v2 v1.32.2/go.mod h1:", g.b64(32), "\n")],
  ["Cargo.lock checksum", (g) => j("[[package]]\nname = \"serde\"\nversion = \"1.0.215\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"", g.hex(64), "\"\n")],
  ["git log output in CI", (g) => j("$ git log --oneline -3\n", g.hex(7), " fix: retry on 429\n", g.hex(7), " chore: bump deps\n", g.hex(7), " feat: export csv\n$ git rev-parse HEAD\n", g.hex(40))],
  ["docker pull output with digests", (g) => j("latest: Pulling from library/node\n", g.hex(12), ": Pull complete\n", g.hex(12), ": Pull complete\nDigest: sha256:", g.hex(64), "\nStatus: Downloaded newer image for node:22\n")],
  ["HTTP response with trace headers", (g) => j("HTTP/2 200\ncontent-type: application/json\nx-request-id: ", g.uuid(), "\nx-amzn-trace-id: Root=1-", g.hex(8), "-", g.hex(24), "\ncf-ray: ", g.hex(16), "-FRA\netag: \"", g.hex(32), "\"\n")],
  ["OpenAI response body with ids", (g) => JSON.stringify({ id: j("chatcmpl-", g.s(29)), object: "chat.completion", created: 1764500000, model: "gpt-4o-2024-08-06", system_fingerprint: j("fp_", g.hex(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] })],
  ["Stripe webhook event JSON (object ids only)", (g) => JSON.stringify({ id: j("evt_", "1", g.s(23)), type: "payment_intent.succeeded", data: { object: { id: j("pi_", "3", g.s(23)), customer: j("cus_", g.s(14)), latest_charge: j("ch_", "3", g.s(23)), payment_method: j("pm_", "1", g.s(23)) } } }, null, 2)],
  ["curl with env-var placeholder header", () => "curl https://api.openai.com/v1/models -H \"Authorization: Bearer $OPENAI_API_KEY\""],
  ["README with docs-style placeholders", () => "## Configuration\n\n| var | example |\n|---|---|\n| `STRIPE_SECRET_KEY` | `sk_live_...` |\n| `SLACK_BOT_TOKEN` | `xoxb-your-token` |\n| `OPENAI_API_KEY` | `<your-key>` |\n"],
  ["Python code reading secrets from env only", () => "import os\n\nclient = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])\nstripe.api_key = os.getenv(\"STRIPE_SECRET_KEY\")\n"],
  ["Terraform using variables", () => "resource \"aws_db_instance\" \"main\" {\n  engine   = \"postgres\"\n  username = \"app\"\n  password = var.db_password\n}\n\nvariable \"db_password\" {\n  type      = string\n  sensitive = true\n}\n"],
  ["CI log with masked secrets", (g) => j("2026-11-30T10:14:02Z Run ./deploy.sh\n2026-11-30T10:14:02Z   NPM_TOKEN: ***\n2026-11-30T10:14:02Z   AWS_SECRET_ACCESS_KEY: ***\n2026-11-30T10:14:05Z published @acme/ui@", "3.2.", g.s(1, DIG), "\n")],
  ["diff rotating a key to a reference", () => "-STRIPE_SECRET_KEY=\n+STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY:?missing}\n"],
  ["SQL with password hashes (bcrypt)", (g) => j("INSERT INTO users (email, password_hash) VALUES ('a@acme.io', '$2b$12$", g.s(53, AN + "./"), "');\n")],
  ["argon2 hash in fixture", (g) => j("const FIXTURE_HASH = \"$argon2id$v=19$m=65536,t=3,p=4$", g.b64(16).replace(/=+$/, ""), "$", g.b64(32).replace(/=+$/, ""), "\";\n")],
  ["Jupyter output with dataframe hashes", (g) => JSON.stringify({ cell_type: "code", outputs: [{ output_type: "stream", name: "stdout", text: [j("user_hash  ", g.hex(32), "\n"), j("user_hash  ", g.hex(32), "\n")] }], source: ["df[['user_hash']].head(2)"] })],
  ["Webpack chunk manifest", (g) => JSON.stringify({ "main.js": j("/static/js/main.", g.hex(8), ".js"), "vendor.js": j("/static/js/vendor.", g.hex(8), ".js"), "runtime.js": j("/static/js/runtime.", g.hex(8), ".js") }, null, 2)],
  ["Crash dump with addresses and build id", (g) => j("Thread 0 Crashed:\n0   libsystem_kernel.dylib  0x", g.hex(16), " __pthread_kill + 8\n1   app                     0x", g.hex(16), " main + 212\nBuild ID: ", g.hex(40), "\n")],
  ["Nonce and CSP hashes in HTML", (g) => j("<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'nonce-", g.b64(16), "' 'sha256-", g.b64(32), "'\">\n<script nonce=\"", g.b64(16), "\">init()</script>\n")],
  ["GPG key fingerprint in git config", (g) => j("[user]\n  name = Dev\n  email = dev@acme.io\n  signingkey = ", g.hex(16).toUpperCase(), "\n[commit]\n  gpgsign = true\n")],
  ["MCP tool result listing secret names only", () => JSON.stringify({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: "NAME                 UPDATED\nSTRIPE_SECRET_KEY    2026-11-02\nOPENAI_API_KEY       2026-10-19\nSLACK_BOT_TOKEN      2026-09-30\n" }] } })],
  ["age public recipient", (g) => j("creation_rules:\n  - path_regex: secrets/.*\\.yaml\n    age: age1", g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), "\n")],
  ["WireGuard peer public key only", (g) => j("[Peer]\nPublicKey = ", g.b64(32), "\nAllowedIPs = 10.8.0.0/24\nEndpoint = vpn.acme.example:51820\n")],
  ["Ethereum address and tx hash", (g) => j("Deployed Vault at 0x", g.hex(40), "\ntx: 0x", g.hex(64), "\ngas used: 1203441\n")],
];

// Renderers that frame the value as a credential (Bearer header, SDK apiKey, "new key is", secret
// columns) are left out for benign values: there a hash or id would be arguable.
const CREDENTIAL_FRAMED = new Set([
  "curl command with header", "raw HTTP request headers", "C# code", "Python code env default",
  "TypeScript SDK constructor", "Rust test fixture", "team chat message", "Markdown setup doc",
  "SQL seed insert", "Go code", "Java code", "JSON request body", "form-urlencoded body",
  "Terraform HCL", "Kubernetes Secret stringData",
]);
const SAFE = RENDERERS.filter((r) => !CREDENTIAL_FRAMED.has(r.name));

const out: CorpusCase[] = [];
rotated.forEach(([note, key, make], i) => {
  const r = SAFE[(i * 5 + 3) % SAFE.length]!;
  const slot: Slot = { provider: "config", key, value: make(g) };
  out.push({ id: `y53-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty53-benign", label: "benign", text: r.render(slot, g), note: `${note} (${key}) in ${r.name}` });
});
hand.forEach(([note, f], i) => {
  out.push({ id: `y53-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty53-benign", label: "benign", text: f(g), note });
});
void B64;
export const cases: CorpusCase[] = out;
