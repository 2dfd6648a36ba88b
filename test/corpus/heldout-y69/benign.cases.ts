// heldout-y69: hard benign look-alikes in the same contexts (rotated renderers + handcrafted).
import { AN, B64, DG, HX, LO, RENDERERS, URL64, Gen, b64enc, type Vars } from "./_gen.ts";
import type { CorpusCase } from "../types.ts";

const g = new Gen(0x69b2);
// Renderers whose wording does not imply the value authenticates anything.
const SAFE = RENDERERS.filter((r) => !/curl|raw HTTP|form-urlencoded|Python code|team chat|Markdown|Kubernetes Secret/.test(r.name));

type B = { what: string; prov: string; vars: () => Vars };
const V = (what: string, prov: string, vars: () => Vars): B => ({ what, prov, vars });

const rotated: B[] = [
  V("git commit SHA", "build", () => [["GIT_SHA", g.hex(40)], ["BUILD_NUMBER", String(g.range(1000, 9999))]]),
  V("container image digest", "deploy", () => [["IMAGE_DIGEST", `sha256:${g.hex(64)}`]]),
  V("OpenTelemetry trace id", "tracing", () => [["OTEL_TRACE_ID", g.hex(32)], ["OTEL_SPAN_ID", g.hex(16)]]),
  V("request id UUID", "api", () => [["LAST_REQUEST_ID", g.uuid()]]),
  V("Stripe customer and price ids", "billing", () => [["STRIPE_CUSTOMER_ID", g.tok("cus_", [14, AN])], ["STRIPE_PRICE_ID", g.tok("price_", "1", [23, AN])]]),
  V("Stripe publishable key", "billing", () => [["STRIPE_PUBLISHABLE_KEY", g.tok("pk_", "live_", "51", [97, AN])]]),
  V("OpenAI completion/assistant ids", "llm", () => [["LAST_COMPLETION_ID", g.tok("chatcmpl-", [29, AN])], ["ASSISTANT_ID", g.tok("asst_", [24, AN])]]),
  V("Anthropic message id", "llm", () => [["LAST_MESSAGE_ID", g.tok("msg_01", [22, AN])]]),
  V("AWS ARN and account id", "aws", () => [["ROLE_ARN", `arn:aws:iam::${g.tok([12, DG])}:role/deploy-role`], ["AWS_REGION", "eu-west-1"]]),
  V("masked OpenAI key", "llm", () => [["OPENAI_API_KEY", "sk-proj-...XXXX"]]),
  V("angle-bracket placeholder", "llm", () => [["ANTHROPIC_API_KEY", "<your-anthropic-key>"]]),
  V("shell variable reference", "github", () => [["GITHUB_TOKEN", "${GITHUB_TOKEN}"]]),
  V("GitHub Actions secrets expression", "ci", () => [["NPM_TOKEN", "${{ secrets.NPM_TOKEN }}"]]),
  V("1Password reference", "payments", () => [["STRIPE_SECRET_KEY", "op://Production/Stripe/secret_key"]]),
  V("AWS Secrets Manager ARN", "aws", () => [["DB_PASSWORD_SECRET_ARN", `arn:aws:secretsmanager:eu-west-1:${g.tok([12, DG])}:secret:prod/db-password-${g.tok([6, AN])}`]]),
  V("Azure Key Vault reference", "azure", () => [["SQL_PASSWORD", "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sql-password/)"]]),
  V("GCP Secret Manager resource name", "gcp", () => [["API_KEY_SECRET", "projects/acme-prod/secrets/api-key/versions/latest"]]),
  V("Vault path reference", "vault", () => [["DATABASE_PASSWORD", "vault:secret/data/prod/db#password"]]),
  V("redacted value", "sendgrid", () => [["SENDGRID_API_KEY", "SG.****************************"]]),
  V("placeholder with x's", "slack", () => [["SLACK_BOT_TOKEN", "xoxb-xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx"]]),
  V("empty value with TODO", "twilio", () => [["TWILIO_AUTH_TOKEN", ""], ["TODO", "fill-in-from-vault"]]),
  V("SRI integrity hash", "cdn", () => [["SCRIPT_INTEGRITY", `sha384-${g.tok([64, B64])}`]]),
  V("npm lockfile integrity", "npm", () => [["PKG_INTEGRITY", `sha512-${g.tok([86, B64])}==`]]),
  V("content hash of build artefact", "build", () => [["BUNDLE_HASH", g.hex(20)], ["ASSET_MANIFEST_SHA256", g.hex(64)]]),
  V("Sentry event id", "errors", () => [["LAST_EVENT_ID", g.hex(32)]]),
  V("Datadog trace id (decimal)", "apm", () => [["DD_TRACE_ID", g.tok("1", [18, DG])], ["DD_SPAN_ID", g.tok("5", [18, DG])]]),
  V("GitHub run and node ids", "ci", () => [["GITHUB_RUN_ID", g.tok("1", [10, DG])], ["PR_NODE_ID", g.tok("PR_kwDO", [18, URL64])]]),
  V("Slack channel and team ids", "slack", () => [["SLACK_CHANNEL_ID", g.tok("C0", [9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"])], ["SLACK_TEAM_ID", g.tok("T0", [8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"])]]),
  V("Google Analytics measurement id", "analytics", () => [["GA_MEASUREMENT_ID", g.tok("G-", [10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"])]]),
  V("Kubernetes object UID and resourceVersion", "k8s", () => [["POD_UID", g.uuid()], ["RESOURCE_VERSION", g.tok([8, DG])]]),
  V("Docker container id", "docker", () => [["CONTAINER_ID", g.hex(64)]]),
  V("Terraform resource ids", "terraform", () => [["VPC_ID", g.tok("vpc-", [17, HX])], ["SUBNET_ID", g.tok("subnet-", [17, HX])], ["SG_ID", g.tok("sg-", [17, HX])]]),
  V("Azure subscription and tenant ids", "azure", () => [["AZURE_SUBSCRIPTION_ID", g.uuid()], ["AZURE_TENANT_ID", g.uuid()]]),
  V("S3 ETag", "storage", () => [["LAST_ETAG", `"${g.hex(32)}-${g.range(2, 40)}"`]]),
  V("Mongo ObjectId", "db", () => [["ADMIN_USER_OBJECT_ID", g.hex(24)]]),
  V("ULID and KSUID", "events", () => [["EVENT_ULID", g.tok("01H", [23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"])], ["BATCH_KSUID", g.tok("2", [26, AN])]]),
  V("PayPal order id and Square location id", "checkout", () => [["PAYPAL_ORDER_ID", g.tok("5", [16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"])], ["SQUARE_LOCATION_ID", g.tok("L", [12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"])]]),
  V("Vercel deployment and project ids", "vercel", () => [["VERCEL_PROJECT_ID", g.tok("prj_", [28, AN])], ["VERCEL_ORG_ID", g.tok("team_", [24, AN])]]),
  V("Cloudflare zone and account ids", "cloudflare", () => [["CF_ZONE_ID", g.hex(32)], ["CF_ACCOUNT_ID", g.hex(32)]]),
  V("Sentry DSN public key only (no secret)", "errors", () => [["SENTRY_DSN", `https://${g.hex(32)}@o${g.tok([6, DG])}.ingest.us.sentry.io/${g.tok([7, DG])}`]]),
  V("OAuth client id only", "auth", () => [["GOOGLE_CLIENT_ID", g.tok([12, DG], "-", [32, LO], ".apps.googleusercontent.com")]]),
  V("Auth0 domain and audience", "auth", () => [["AUTH0_DOMAIN", "acme.eu.auth0.com"], ["AUTH0_AUDIENCE", "https://api.acme.io"]]),
  V("SOPS-encrypted value", "secrets", () => [["DB_PASSWORD", `ENC[AES256_GCM,data:${g.tok([32, B64])},iv:${g.tok([43, B64])}=,tag:${g.tok([22, B64])}==,type:str]`]]),
  V("Go module checksum", "go", () => [["MODULE_SUM", `h1:${g.tok([43, B64])}=`]]),
  V("Git tree and blob ids", "git", () => [["TREE_SHA", g.hex(40)], ["BLOB_SHA", g.hex(40)]]),
  V("Chrome extension id", "ext", () => [["EXTENSION_ID", g.tok([32, "abcdefghijklmnop"])]]),
  V("OpenAI file and vector store ids", "llm", () => [["FILE_ID", g.tok("file-", [22, AN])], ["VECTOR_STORE_ID", g.tok("vs_", [24, AN])]]),
  V("Anthropic batch id and request id", "llm", () => [["BATCH_ID", g.tok("msgbatch_01", [22, AN])], ["REQUEST_ID", g.tok("req_011C", [20, AN])]]),
  V("feature flag key and experiment id", "flags", () => [["FLAG_KEY", "new-checkout-flow"], ["EXPERIMENT_ID", g.uuid()]]),
  V("Twilio message SID", "sms", () => [["LAST_MESSAGE_SID", g.tok("SM", [32, HX])]]),
  V("checksum of downloaded binary", "tools", () => [["TERRAFORM_SHA256", g.hex(64)], ["TERRAFORM_VERSION", "1.9.5"]]),
  V("cache key", "ci", () => [["CACHE_KEY", `node-modules-${g.hex(64)}`]]),
  V("Helm chart digest", "helm", () => [["CHART_DIGEST", `sha256:${g.hex(64)}`], ["CHART_VERSION", "4.11.2"]]),
  V("random-looking public bucket name", "storage", () => [["ASSETS_BUCKET", `acme-static-${g.tok([12, LO])}`]]),
  V("password env var set to env reference", "db", () => [["POSTGRES_PASSWORD", "$(cat /run/secrets/pg_password)"]]),
];

const out: CorpusCase[] = rotated.map((b, i) => {
  const r = SAFE[i % SAFE.length]!;
  return {
    id: `y69-b-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: "heldouty69-benign",
    label: "benign",
    text: r.fn({ vars: b.vars(), prov: b.prov, host: "api.example.com", hdr: "X-Request-Id", g }),
    note: `benign ${b.what} in ${r.name}`,
  };
});

const pem = (label: string, lines: number, first: string) =>
  `-----BEGIN ${label}-----\n${first}${g.b64(64 - first.length)}\n${Array.from({ length: lines }, () => g.b64(64)).join("\n")}\n${g.b64(20)}==\n-----END ${label}-----`;

const hand: [string, string][] = [
  ["PEM certificate in nginx config pasted into chat", JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `nginx says the cert chain is wrong:\n\n${pem("CERTIFICATE", 14, "MIIFazCCA1OgAwIBAgIU")}\n\nssl_certificate /etc/nginx/tls/fullchain.pem;` }] })],
  ["PEM public key in JWT verifier config", `jwt:\n  algorithm: RS256\n  issuer: https://auth.acme.io/\n  public_key: |\n${pem("PUBLIC KEY", 5, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA").split("\n").map((l) => "    " + l).join("\n")}`],
  ["SSH public key in authorized_keys written by tool", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.tok([22, AN]), name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.tok([43, B64])} deploy@ci\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.tok([300, B64])}= alice@laptop\n` } })],
  ["SOPS-encrypted YAML file", `db:\n    password: ENC[AES256_GCM,data:${g.b64(24)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n    user: ENC[AES256_GCM,data:${g.b64(8)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n    age:\n        - recipient: age1${g.tok([58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"])}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${g.b64(64)}\n            ${g.b64(64)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2026-02-11T09:12:44Z"\n    mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n    version: 3.9.1`],
  ["Bitnami SealedSecret", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: Ag${g.b64(360)}==\n    DATABASE_URL: Ag${g.b64(420)}=\n  template:\n    metadata:\n      name: api-credentials`],
  ["ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.hex(80)).join("\n")}`],
  ["ansible-vault inline variable", `db_user: app\ndb_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          ${g.hex(64)}\n          ${g.hex(64)}\n          ${g.hex(64)}\n          ${g.hex(32)}`],
  ["minified JS bundle chunk", `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.p="/static/",n.h="${g.hex(20)}",n(n.s="${g.tok([8, LO])}")}({"${g.tok([6, LO])}":function(e,t){e.exports="${g.tok([48, AN])}"},"${g.tok([6, LO])}":function(e,t,n){"use strict";n.r(t);var r=n("q1tI"),o=n.n(r);t.default=function(){return o.a.createElement("div",{className:"${g.tok("css-", [7, LO])}"})}}});`],
  ["CSS with hashed class names and data URI", `.Button_root__${g.tok([5, URL64])}{display:inline-flex;padding:.5rem 1rem}\n.Button_primary__${g.tok([5, URL64])}{background:#4f46e5;color:#fff}\n.css-${g.tok([7, LO])}{margin:0}\n.icon{background-image:url("data:image/svg+xml;base64,${g.b64(160)}")}`],
  ["base64 PNG image in chat body", JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgoAAAANSUhEUgAA" + g.b64(900) + "=" } }, { type: "text", text: "Why is this button misaligned?" }] }] })],
  ["package-lock.json entries", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.org/react/-/react-18.3.1.tgz", integrity: `sha512-${g.b64(86)}==` }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${g.b64(86)}==` } } }, null, 2)],
  ["go.sum lines", `github.com/google/uuid v1.6.0 h1:${g.b64(43)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64(43)}=\ngolang.org/x/sys v0.25.0 h1:${g.b64(43)}=\ngolang.org/x/sys v0.25.0/go.mod h1:${g.b64(43)}=`],
  ["pip requirements with hashes", `requests==2.32.3 \\\n    --hash=sha256:${g.hex(64)} \\\n    --hash=sha256:${g.hex(64)}\nurllib3==2.2.3 \\\n    --hash=sha256:${g.hex(64)}`],
  ["Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"`],
  ["git log output", Array.from({ length: 4 }, () => `commit ${g.hex(40)}\nAuthor: Dev <dev@acme.io>\nDate:   Tue Mar 3 10:1${g.range(0, 9)}:00 2026 +0000\n\n    fix: handle empty cart\n`).join("\n")],
  ["OpenAI chat completion response", JSON.stringify({ id: g.tok("chatcmpl-", [29, AN]), object: "chat.completion", created: 1767000000, model: "gpt-4o-2024-08-06", system_fingerprint: g.tok("fp_", [10, HX]), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3, total_tokens: 815 } })],
  ["Anthropic messages response", JSON.stringify({ id: g.tok("msg_01", [22, AN]), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: g.tok("toolu_01", [22, AN]), name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use", usage: { input_tokens: 2048, output_tokens: 61 } })],
  ["Stripe webhook event payload (object ids only)", JSON.stringify({ id: g.tok("evt_", "1", [23, AN]), object: "event", type: "payment_intent.succeeded", data: { object: { id: g.tok("pi_", "3", [23, AN]), customer: g.tok("cus_", [14, AN]), latest_charge: g.tok("ch_", "3", [23, AN]), payment_method: g.tok("pm_", "1", [23, AN]), amount: 4200, currency: "eur" } } }, null, 2)],
  ["Kubernetes Deployment with image digest", `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    metadata:\n      annotations:\n        checksum/config: ${g.hex(64)}\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api@sha256:${g.hex(64)}\n          envFrom:\n            - secretRef:\n                name: api-credentials`],
  ["k8s Secret with non-secret data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${b64enc("info")}\n  REGION: ${b64enc("eu-west-1")}\n  FEATURE_FLAGS: ${b64enc("checkout_v2,new_nav")}`],
  ["External Secrets manifest", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: stripe\nspec:\n  secretStoreRef:\n    name: aws-secrets-manager\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/stripe\n        property: secret_key`],
  ["Terraform referencing secret manager", `data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/db"\n}\n\nresource "aws_db_instance" "main" {\n  identifier = "prod-${g.tok([6, LO])}"\n  username   = "app"\n  password   = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]\n  kms_key_id = "arn:aws:kms:eu-west-1:${g.tok([12, DG])}:key/${g.uuid()}"\n}`],
  ["GitHub Actions workflow using secrets", `name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${g.hex(40)} # v4.2.2\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n      - run: ./deploy.sh\n        env:\n          AWS_ROLE_ARN: arn:aws:iam::${g.tok([12, DG])}:role/gha-deploy`],
  ["CI log with masked secrets", `2026-03-02T11:00:01.000Z ##[group]Run aws sts get-caller-identity\n2026-03-02T11:00:01.001Z env:\n2026-03-02T11:00:01.002Z   AWS_ACCESS_KEY_ID: ***\n2026-03-02T11:00:01.003Z   AWS_SECRET_ACCESS_KEY: ***\n2026-03-02T11:00:01.004Z ##[endgroup]\n2026-03-02T11:00:02.331Z {"UserId": "AROA${g.tok([17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"])}:gha", "Account": "${g.tok([12, DG])}"}`],
  ["Docs with placeholder keys", `## Configuration\n\nSet the following in \`.env\`:\n\n\`\`\`\nOPENAI_API_KEY=sk-...\nSTRIPE_SECRET_KEY=sk_live_<your key here>\nSLACK_BOT_TOKEN=xoxb-your-token\nGITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\n\`\`\`\n\nNever commit real values.`],
  ["Python code reading secrets from env only", `import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nstripe_key = os.getenv("STRIPE_SECRET_KEY")  # set in Vault\nassert stripe_key, "STRIPE_SECRET_KEY missing"\nRUN_ID = "${g.uuid()}"`],
  ["TypeScript code with env refs and hashed ids", `const cfg = {\n  apiKey: process.env.ANTHROPIC_API_KEY!,\n  webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? "",\n  buildId: "${g.hex(40)}",\n  cspNonce: "${g.b64(22)}==",\n};\nexport default cfg;`],
  ["HTTP response headers with ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${g.uuid()}\nx-amzn-trace-id: Root=1-${g.hex(8)}-${g.hex(24)}\ncf-ray: ${g.hex(16)}-FRA\netag: W/"${g.hex(40)}"\nx-cache: Hit from cloudfront\nx-amz-cf-id: ${g.tok([54, URL64])}==`],
  ["curl with placeholder token", `curl https://api.github.com/user \\\n  -H "Authorization: Bearer $GITHUB_TOKEN" \\\n  -H "X-GitHub-Api-Version: 2022-11-28" \\\n  -H "X-Request-Id: ${g.uuid()}"`],
  ["MCP tool result listing files with hashes", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `sha256sum dist/*\n${g.hex(64)}  dist/app-linux-amd64\n${g.hex(64)}  dist/app-darwin-arm64\n${g.hex(64)}  dist/app-windows-amd64.exe` }] } })],
  ["JWKS public keys", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(40), alg: "RS256", n: g.tok([342, URL64]), e: "AQAB" }] }, null, 2)],
  ["GPG public key block in docs", `Import the release signing key:\n\n\`\`\`\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG${g.b64(58)}\n${Array.from({ length: 6 }, () => g.b64(64)).join("\n")}\n=${g.b64(4)}\n-----END PGP PUBLIC KEY BLOCK-----\n\`\`\`\n\nFingerprint: ${Array.from({ length: 10 }, () => g.str(4, "0123456789ABCDEF")).join(" ")}`],
  ["SQL migration with hashed passwords (bcrypt) and UUIDs", `INSERT INTO users (id, email, password_hash) VALUES\n  ('${g.uuid()}', 'admin@acme.io', '$2b$12$${g.tok([53, AN + "./"])}'),\n  ('${g.uuid()}', 'ops@acme.io', '$2b$12$${g.tok([53, AN + "./"])}');`],
  ["argon2 hash in seed fixture", `{\n  "users": [\n    { "id": "${g.uuid()}", "passwordHash": "$argon2id$v=19$m=65536,t=3,p=4$${g.b64(22)}$${g.b64(43)}" }\n  ]\n}`],
  ["Jupyter notebook output with hashes", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 5, metadata: {}, source: ["import hashlib\n", "hashlib.sha256(b'data').hexdigest()"], outputs: [{ output_type: "execute_result", execution_count: 5, data: { "text/plain": [`'${g.hex(64)}'`] }, metadata: {} }] }], nbformat: 4, nbformat_minor: 5 })],
  ["diff bumping action SHA pins", `--- a/.github/workflows/ci.yml\n+++ b/.github/workflows/ci.yml\n@@ -12,7 +12,7 @@\n     steps:\n-      - uses: actions/checkout@${g.hex(40)} # v4.1.7\n+      - uses: actions/checkout@${g.hex(40)} # v4.2.2\n-      - uses: actions/setup-node@${g.hex(40)} # v4.0.3\n+      - uses: actions/setup-node@${g.hex(40)} # v4.1.0`],
  ["crash dump with memory addresses and build id", `Thread 0 Crashed:\n0   libsystem_kernel.dylib  0x${g.hex(16)} __pthread_kill + 8\n1   app                     0x${g.hex(16)} main + 412\nBinary Images:\n0x${g.hex(9)} - 0x${g.hex(9)} app arm64 <${g.hex(32)}> /Applications/App.app\nBuild ID: ${g.hex(40)}`],
  ["shell history with hashes and env refs", `  201  sha256sum release.tar.gz\n  202  echo ${g.hex(64)}\n  203  export AWS_PROFILE=prod\n  204  aws s3 cp release.tar.gz s3://acme-releases/\n  205  git tag -v v2.3.0\n  206  docker pull ghcr.io/acme/api@sha256:${g.hex(64)}`],
  ["chat message about an object id", `[09:12] lee: which payment failed?\n[09:13] ana: pi_3${g.tok([23, AN])} for cus_${g.tok([14, AN])}, trace ${g.hex(32)}\n[09:14] lee: thx`],
  ["XML Maven settings with env interpolation", `<settings>\n  <servers>\n    <server>\n      <id>github</id>\n      <username>\${env.GITHUB_ACTOR}</username>\n      <password>\${env.GITHUB_TOKEN}</password>\n    </server>\n  </servers>\n</settings>`],
  ["Android signing config referencing gradle properties", `android {\n  signingConfigs {\n    release {\n      storeFile file(RELEASE_STORE_FILE)\n      storePassword RELEASE_STORE_PASSWORD\n      keyAlias "upload"\n      keyPassword RELEASE_KEY_PASSWORD\n    }\n  }\n  namespace "io.acme.app"\n}\n// build ${g.hex(12)}`],
  ["Webpack stats with chunk hashes", JSON.stringify({ hash: g.hex(20), assets: [{ name: `main.${g.hex(8)}.js`, size: 182331 }, { name: `vendors.${g.hex(8)}.js`, size: 902113 }, { name: `styles.${g.hex(8)}.css`, size: 12001 }] }, null, 2)],
  ["Multipart upload of a PNG (binary as base64)", `POST /v1/files HTTP/1.1\nHost: uploads.example.com\nContent-Type: multipart/form-data; boundary=XyZ\n\n--XyZ\nContent-Disposition: form-data; name="file"; filename="logo.png"\nContent-Transfer-Encoding: base64\n\niVBORw0KGgoAAAANSUhEUgAA${g.b64(76)}\n${g.b64(76)}\n${g.b64(40)}=\n--XyZ--`],
  ["WebAuthn credential id and COSE public key", `{\n  "credentialId": "${g.tok([86, URL64])}",\n  "publicKey": "pQECAyYgASFYI${g.tok([60, URL64])}",\n  "signCount": 12\n}`],
];
hand.forEach(([what, text], i) => {
  out.push({ id: `y69-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty69-benign", label: "benign", text, note: `benign ${what}` });
});

export const cases: CorpusCase[] = out;
