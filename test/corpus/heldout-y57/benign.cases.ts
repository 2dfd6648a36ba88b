// Benign look-alikes in the same contexts as the positives (rotated renderers + handcrafted).
import type { CorpusCase } from "../types.ts";
import { AN, ANL, ANU, B64, DG, Gen, HEX, jesc, RENDERERS, type Slots, URLS } from "./_gen.ts";

const g = new Gen(5704);
const CAT = "heldouty57-benign";

type B = { what: string; make: (g: Gen) => Slots };
const B_ = (what: string, make: (g: Gen) => Slots): B => ({ what, make });

const rotated: B[] = [
  B_("git commit SHA + build number", (g) => [["GIT_COMMIT_SHA", g.s(40, HEX)], ["BUILD_NUMBER", g.s(4, DG)]]),
  B_("container image digest", (g) => [["IMAGE_DIGEST", "sha256:" + g.s(64, HEX)], ["IMAGE_TAG", "v2.18.3"]]),
  B_("request id UUID", (g) => [["REQUEST_ID", g.uuid()], ["REGION", "us-east-1"]]),
  B_("W3C trace id and span id", (g) => [["TRACE_ID", g.s(32, HEX)], ["SPAN_ID", g.s(16, HEX)]]),
  B_("Stripe publishable key", (g) => [["STRIPE_PUBLISHABLE_KEY", "pk" + "_live_" + "51" + g.s(97, AN)]]),
  B_("Stripe object ids", (g) => [["STRIPE_CUSTOMER_ID", "cus_" + g.s(14, AN)], ["STRIPE_PRICE_ID", "price_" + "1" + g.s(23, AN)]]),
  B_("placeholder OpenAI key mask", () => [["OPENAI_API_KEY", "sk-...XXXX"]]),
  B_("angle-bracket placeholder", () => [["ANTHROPIC_API_KEY", "<your-anthropic-api-key>"]]),
  B_("shell variable reference", () => [["GITHUB_TOKEN", "${GITHUB_TOKEN}"]]),
  B_("GitHub Actions secrets expression", () => [["NPM_TOKEN", "${{ secrets.NPM_TOKEN }}"]]),
  B_("1Password secret reference", () => [["STRIPE_SECRET_KEY", "op://Production/Stripe/secret_key"]]),
  B_("Vault path reference", () => [["DATABASE_PASSWORD", "vault:secret/data/prod/db#password"]]),
  B_("AWS Secrets Manager ARN", (g) => [["DB_SECRET_ARN", `arn:aws:secretsmanager:eu-west-1:${g.s(12, DG)}:secret:prod/db-${g.s(6, AN)}`]]),
  B_("GCP Secret Manager resource name", (g) => [["SENDGRID_API_KEY_SECRET", `projects/acme-prod-${g.s(6, DG)}/secrets/sendgrid-api-key/versions/latest`]]),
  B_("Azure Key Vault reference", () => [["TWILIO_AUTH_TOKEN", "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/twilio-auth-token/)"]]),
  B_("SOPS encrypted value", (g) => [["SLACK_BOT_TOKEN", `ENC[AES256_GCM,data:${g.b64(42)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]`]]),
  B_("masked token in log", (g) => [["SLACK_BOT_TOKEN", "xoxb-****-****-" + "*".repeat(20) + g.s(4, AN)]]),
  B_("masked AWS key id", (g) => [["AWS_ACCESS_KEY_ID", "AKIA************" + g.s(4, ANU)]]),
  B_("npm lockfile integrity", (g) => [["PACKAGE_INTEGRITY", "sha512-" + g.b64(64)]]),
  B_("MongoDB ObjectId", (g) => [["TENANT_OBJECT_ID", g.s(24, HEX)]]),
  B_("OpenAI response ids", (g) => [["LAST_COMPLETION_ID", "chatcmpl-" + g.s(29, AN)], ["ASSISTANT_ID", "asst_" + g.s(24, AN)]]),
  B_("Anthropic message/request ids", (g) => [["MESSAGE_ID", "msg_01" + g.s(22, AN)], ["REQUEST_ID", "req_01" + g.s(22, AN)]]),
  B_("AWS account id + KMS key ARN", (g) => [["KMS_KEY_ARN", `arn:aws:kms:us-east-1:${g.s(12, DG)}:key/${g.uuid()}`]]),
  B_("Algolia app id + index name", (g) => [["ALGOLIA_APP_ID", g.s(10, ANU)], ["ALGOLIA_INDEX", "products_prod"]]),
  B_("GPG key fingerprint", (g) => [["GPG_SIGNING_FINGERPRINT", g.s(40, HEX).toUpperCase()]]),
  B_("Git LFS oid", (g) => [["LFS_OID", "sha256:" + g.s(64, HEX)], ["LFS_SIZE", g.s(7, DG)]]),
  B_("Go module sum hash", (g) => [["GOSUM_H1", "h1:" + g.b64(32)]]),
  B_("feature flag ids", (g) => [["EXPERIMENT_ID", "exp_" + g.s(20, ANL)], ["VARIANT", "treatment"]]),
  B_("Slack channel and team ids", (g) => [["SLACK_CHANNEL_ID", "C0" + g.s(9, ANU)], ["SLACK_TEAM_ID", "T0" + g.s(9, ANU)]]),
  B_("GitHub node id + run id", (g) => [["PR_NODE_ID", "PR_kwDO" + g.s(16, URLS)], ["GITHUB_RUN_ID", g.s(11, DG)]]),
  B_("Sentry event id", (g) => [["SENTRY_EVENT_ID", g.s(32, HEX)], ["SENTRY_RELEASE", "api@1.42.0"]]),
  B_("Azure tenant/subscription ids", (g) => [["AZURE_TENANT_ID", g.uuid()], ["AZURE_SUBSCRIPTION_ID", g.uuid()]]),
  B_("content hash for cache busting", (g) => [["ASSET_HASH", g.s(20, HEX)], ["CDN_BASE", "https://cdn.example.com/assets"]]),
  B_("Kubernetes resourceVersion + uid", (g) => [["POD_UID", g.uuid()], ["RESOURCE_VERSION", g.s(9, DG)]]),
  B_("idempotency key (uuid)", (g) => [["IDEMPOTENCY_KEY", g.uuid()]]),
  B_("env var name only, empty value", () => [["OPENAI_API_KEY", ""], ["ANTHROPIC_API_KEY", ""]]),
  B_("redacted value", () => [["STRIPE_SECRET_KEY", "[REDACTED]"], ["SENDGRID_API_KEY", "[REDACTED]"]]),
  B_("x placeholder of token length", () => [["GITHUB_TOKEN", "ghp_" + "x".repeat(36)]]),
  B_("Terraform data source reference", () => [["db_password", "data.aws_secretsmanager_secret_version.db.secret_string"]]),
  B_("Docker build cache key", (g) => [["CACHE_KEY", `linux-node-20-${g.s(64, HEX)}`]]),
  B_("Shopify product GID", (g) => [["PRODUCT_GID", "gid://shopify/Product/" + g.s(13, DG)]]),
  B_("blake3 file checksum", (g) => [["ARTIFACT_BLAKE3", g.s(64, HEX)], ["ARTIFACT_NAME", "cli-linux-amd64.tar.gz"]]),
  B_("Kubernetes secretKeyRef style names", () => [["DB_PASSWORD_SECRET_NAME", "postgres-credentials"], ["DB_PASSWORD_SECRET_KEY", "password"]]),
  B_("Doppler config reference", () => [["DOPPLER_PROJECT", "backend"], ["DOPPLER_CONFIG", "prd"]]),
  B_("OAuth public client id", (g) => [["GOOGLE_CLIENT_ID", g.s(12, DG) + "-" + g.s(32, ANL) + ".apps.googleusercontent.com"]]),
  B_("S3 ETag", (g) => [["UPLOAD_ETAG", g.s(32, HEX) + "-" + g.s(2, DG)]]),
  B_("Datadog trace/span ids (decimal)", (g) => [["DD_TRACE_ID", g.s(19, DG)], ["DD_SPAN_ID", g.s(19, DG)]]),
  B_("Vercel deployment and project ids", (g) => [["VERCEL_PROJECT_ID", "prj_" + g.s(28, AN)], ["VERCEL_DEPLOYMENT_ID", "dpl_" + g.s(28, AN)]]),
  B_("Twilio message SID", (g) => [["LAST_MESSAGE_SID", "SM" + g.s(32, HEX)]]),
  B_("semantic version + commit short sha", (g) => [["APP_VERSION", "3.11.2+" + g.s(7, HEX)]]),
  B_("ULID job id", (g) => [["JOB_ID", "01" + g.s(24, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")]]),
  B_("Stripe payment intent id", (g) => [["PAYMENT_INTENT", "pi_" + "3" + g.s(23, AN)]]),
  B_("Hugging Face model revision", (g) => [["MODEL_REVISION", g.s(40, HEX)], ["MODEL_ID", "meta-llama/Llama-3.1-8B-Instruct"]]),
  B_("CSRF cookie name and header", () => [["CSRF_HEADER", "X-CSRF-Token"], ["CSRF_COOKIE", "__Host-csrf"]]),
  B_("public VAPID-less webpush id", (g) => [["PUSH_SUBSCRIPTION_ID", g.uuid()]]),
  B_("Grafana dashboard uid", (g) => [["DASHBOARD_UID", g.s(14, URLS)]]),
  B_("Cloudflare zone and account ids", (g) => [["CLOUDFLARE_ZONE_ID", g.s(32, HEX)], ["CLOUDFLARE_ACCOUNT_ID", g.s(32, HEX)]]),
  B_("ngrok-style public url", (g) => [["PUBLIC_URL", `https://${g.s(4, HEX)}-${g.s(2, DG)}-${g.s(3, DG)}.ngrok-free.app`]]),
  B_("secret name pointing to secret store", () => [["SECRETS_PROVIDER", "aws-secrets-manager"], ["SECRET_ID", "prod/payments/stripe"]]),
  B_("checksum of a release file", (g) => [["SHA256SUM", g.s(64, HEX) + "  terraform_1.9.5_linux_amd64.zip"]]),
];

const out: CorpusCase[] = [];
let n = 0;
let ri = 11;
for (const b of rotated) {
  const rd = RENDERERS[ri++ % RENDERERS.length]!;
  n++;
  out.push({ id: `y57-b-${String(n).padStart(3, "0")}`, kind: "secrets", category: CAT, label: "benign", text: rd.render(b.make(g), g), note: `benign: ${b.what}; context: ${rd.name}` });
}

// handcrafted
const pemLines = (k: number, w = 64) => Array.from({ length: k }, () => g.s(w, B64));
const certPem = () => ["-----BEGIN CERTIFICATE-----", "MIID" + g.s(60, B64), ...pemLines(16), g.s(40, B64) + "==", "-----END CERTIFICATE-----"].join("\n");
const pubPem = () => ["-----BEGIN PUBLIC KEY-----", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + g.s(20, B64), ...pemLines(5), g.s(8, B64) + "IDAQAB", "-----END PUBLIC KEY-----"].join("\n");
const vaultBlob = () => Array.from({ length: 8 }, () => g.s(80, "0123456789abcdef")).join("\n");

const hand: [string, () => string][] = [
  ["PEM certificate in write_file tool call", () => JSON.stringify({ type: "tool_use", id: "toolu_01" + g.s(22, AN), name: "write_file", input: { path: "certs/ca.crt", content: certPem() + "\n" } })],
  ["PEM public key in JWKS setup doc", () => "## Verifying tokens\n\nThe gateway verifies with this public key:\n\n```\n" + pubPem() + "\n```\n"],
  ["SSH ed25519 public key in authorized_keys via shell", () => `$ echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, B64)} deploy@ci" >> ~/.ssh/authorized_keys\n$ chmod 600 ~/.ssh/authorized_keys`],
  ["SSH RSA public key in cloud-init YAML", () => `#cloud-config\nusers:\n  - name: ops\n    ssh_authorized_keys:\n      - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.s(500, B64)} ops@laptop\n`],
  ["ansible-vault encrypted file", () => `$ANSIBLE_VAULT;1.1;AES256\n${vaultBlob()}\n`],
  ["Sealed secret encryptedData", () => `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.s(340, B64)}==\n    OPENAI_API_KEY: AgC${g.s(340, B64)}==\n`],
  ["SOPS-encrypted YAML with sops metadata", () => `db_password: ENC[AES256_GCM,data:${g.b64(24)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\napi_token: ENC[AES256_GCM,data:${g.b64(40)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\nsops:\n  kms:\n    - arn: arn:aws:kms:eu-west-1:${g.s(12, DG)}:key/${g.uuid()}\n      created_at: "2026-10-01T09:00:00Z"\n      enc: AQICAHh${g.s(180, B64)}==\n  lastmodified: "2026-10-01T09:00:00Z"\n  mac: ENC[AES256_GCM,data:${g.b64(48)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n  version: 3.9.0\n`],
  ["base64 PNG data URI in HTML", () => `<img alt="logo" width="32" height="32" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.s(400, B64)}AAAAAElFTkSuQmCC" />`],
  ["minified JS bundle", () => `!function(e,t){"object"==typeof exports?module.exports=t():e.${g.s(6, "abcdefghij")}=t()}(this,function(){var e="${g.s(40, AN)}",t=function(n){return n.split("").reverse().join("")},r={k:"${g.s(32, AN)}",v:"1.4.2"};return{id:e,rev:t,cfg:r}});\n//# sourceMappingURL=app.${g.s(20, HEX)}.js.map`],
  ["CSS with hashed class names", () => `.Button_root__${g.s(5, URLS)}{display:inline-flex;padding:8px 12px}.Button_primary__${g.s(5, URLS)}{background:#${g.s(6, HEX)};color:#fff}.Card_shadow__${g.s(5, URLS)}{box-shadow:0 1px 2px rgba(0,0,0,.1)}\n/*# sourceMappingURL=data:application/json;base64,${g.s(120, B64)} */`],
  ["package-lock entries", () => JSON.stringify({ packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: "sha512-" + g.b64(64) }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + g.b64(64) } } }, null, 2)],
  ["yarn.lock / go.sum", () => `github.com/stretchr/testify v1.9.0 h1:${g.b64(32)}\ngithub.com/stretchr/testify v1.9.0/go.mod h1:${g.b64(32)}\ngolang.org/x/sys v0.25.0 h1:${g.b64(32)}\n`],
  ["Cargo.lock checksums", () => `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.s(64, HEX)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.s(64, HEX)}"\n`],
  ["Dockerfile with pinned digests", () => `FROM node:20-alpine@sha256:${g.s(64, HEX)} AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nFROM gcr.io/distroless/nodejs20@sha256:${g.s(64, HEX)}\nCOPY --from=build /app /app\n`],
  ["GitHub Actions pinned by SHA", () => `steps:\n  - uses: actions/checkout@${g.s(40, HEX)} # v4.2.2\n  - uses: actions/setup-node@${g.s(40, HEX)} # v4.1.0\n    with:\n      node-version: 20\n  - run: npm test\n    env:\n      GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}\n`],
  ["chat body: user asks about placeholders in .env.example", () => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: "Is this .env.example fine to commit?\n\n```\nOPENAI_API_KEY=sk-your-key-here\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nAWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX\nAWS_SECRET_ACCESS_KEY=<aws-secret>\nSLACK_BOT_TOKEN=xoxb-your-token\n```" }] })],
  ["MCP tool result with git log", () => JSON.stringify({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: Array.from({ length: 6 }, () => `${g.s(40, HEX)} ${g.pick(["fix: retry on 502", "chore: bump deps", "feat: add export", "docs: readme", "refactor: split client"])}`).join("\n") }] } })],
  ["curl with env-var references only", () => `curl -sS https://api.openai.com/v1/chat/completions \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "Content-Type: application/json" \\\n  -d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"hi"}]}'`],
  ["HTTP response with ids", () => `HTTP/1.1 200 OK\ncontent-type: application/json\nx-request-id: req_${g.s(24, AN)}\nopenai-organization: user-${g.s(24, ANL)}\nx-ratelimit-remaining-tokens: 149984\ncf-ray: ${g.s(16, HEX)}-FRA\n\n{"id":"chatcmpl-${g.s(29, AN)}","object":"chat.completion","created":1764990000,"model":"gpt-4o-mini-2024-07-18","system_fingerprint":"fp_${g.s(10, HEX)}"}`],
  ["Python code reading env vars", () => `import os\nfrom anthropic import Anthropic\n\nclient = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\nstripe_key = os.getenv("STRIPE_SECRET_KEY")\nif not stripe_key:\n    raise RuntimeError("STRIPE_SECRET_KEY is not set")\n`],
  ["TypeScript masking helper test", () => `import { mask } from "./mask";\n\ntest("masks keys", () => {\n  expect(mask("sk-" + "a".repeat(40))).toBe("sk-...aaaa");\n  expect(mask("")).toBe("");\n});\n`],
  ["Go code with hash constants", () => `package release\n\nvar checksums = map[string]string{\n\t"linux-amd64":  "${g.s(64, HEX)}",\n\t"darwin-arm64": "${g.s(64, HEX)}",\n}\n`],
  ["SQL migration with uuid ids", () => `INSERT INTO tenants (id, slug, created_at) VALUES\n  ('${g.uuid()}', 'acme', NOW()),\n  ('${g.uuid()}', 'globex', NOW());\nINSERT INTO api_keys (id, tenant_id, key_prefix, key_sha256) VALUES\n  ('${g.uuid()}', 'acme', 'ak_live_${g.s(4, ANL)}', '${g.s(64, HEX)}');`],
  ["CI log with masked secrets", () => `2026-11-30T10:12:04Z ##[group]Run ./deploy.sh\n2026-11-30T10:12:04Z env:\n2026-11-30T10:12:04Z   AWS_ACCESS_KEY_ID: ***\n2026-11-30T10:12:04Z   AWS_SECRET_ACCESS_KEY: ***\n2026-11-30T10:12:04Z   GITHUB_SHA: ${g.s(40, HEX)}\n2026-11-30T10:12:04Z ##[endgroup]\n2026-11-30T10:12:09Z Uploaded artifact sha256:${g.s(64, HEX)}`],
  ["Terraform plan with sensitive masked", () => `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "db-${g.s(26, ANU)}"\n      ~ password = (sensitive value)\n        arn      = "arn:aws:rds:eu-west-1:${g.s(12, DG)}:db:main"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`],
  ["Jupyter output with embedded image", () => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 7, source: ["plt.plot(x, y)\n"], outputs: [{ output_type: "display_data", data: { "image/png": g.s(600, B64) + "\n", "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }] }], nbformat: 4, nbformat_minor: 5 })],
  ["Markdown docs with placeholder config", () => "## Configuration\n\n| variable | example |\n|---|---|\n| `OPENAI_API_KEY` | `sk-proj-...` |\n| `GITHUB_TOKEN` | `ghp_<redacted>` |\n| `DATABASE_URL` | `postgres://user:password@localhost:5432/app` |\n\nSet them in your shell, never commit them.\n"],
  ["diff removing a secret reference", () => `diff --git a/config.yaml b/config.yaml\n--- a/config.yaml\n+++ b/config.yaml\n@@ -4,3 +4,3 @@\n-stripe_key: \${STRIPE_SECRET_KEY}\n+stripe_key: \${env:STRIPE_SECRET_KEY}\n webhook_path: /hooks/stripe\n`],
  ["k8s Secret with non-secret data", () => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("search,export").toString("base64")}\n`],
  ["ExternalSecret manifest", () => `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: stripe\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/payments/stripe\n        property: secret_key\n`],
  ["shell history using secret manager CLI", () => `  301  aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text | jq -r .password > /dev/null\n  302  op read "op://Private/OpenAI/credential" >/dev/null\n  303  vault kv get -field=token secret/ci/npm >/dev/null\n  304  git log -1 --format=%H`],
  ["crash dump with ids and hashes", () => `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x${g.s(7, HEX)}]\n\ngoroutine 42 [running]:\nmain.(*Worker).handle(0xc000${g.s(6, HEX)}, {0x${g.s(7, HEX)}, 0xc000${g.s(6, HEX)}})\n\t/src/worker.go:118 +0x1c4\ntrace_id=${g.s(32, HEX)} request_id=${g.uuid()} build=${g.s(40, HEX)}`],
  ["XML with hashes and public cert thumbprint", () => `<configuration>\n  <system.serviceModel>\n    <behaviors><serviceBehaviors><behavior><serviceCredentials>\n      <serviceCertificate findValue="${g.s(40, HEX).toUpperCase()}" storeLocation="LocalMachine" x509FindType="FindByThumbprint" />\n    </serviceCredentials></behavior></serviceBehaviors></behaviors>\n  </system.serviceModel>\n</configuration>`],
  ["HCL referencing variables", () => `variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\nresource "aws_db_instance" "main" {\n  username = "app"\n  password = var.db_password\n  kms_key_id = "arn:aws:kms:eu-west-1:${g.s(12, DG)}:key/${g.uuid()}"\n}\n`],
  ["properties with Spring placeholders", () => `spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.username=\${DB_USER}\nspring.datasource.password=\${DB_PASSWORD}\nstripe.api-key=\${STRIPE_SECRET_KEY:}\nmanagement.endpoints.web.exposure.include=health,info\n`],
  ["team chat sharing a commit and digest", () => `[14:02] lee: deployed ${g.s(7, HEX)} to prod\n[14:02] lee: image sha256:${g.s(64, HEX)}\n[14:03] ana: 👍 request id for the 500 was ${g.uuid()}`],
  ["OpenAI tool call reading secret from store", () => JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + g.s(24, AN), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: "export OPENAI_API_KEY=$(op read op://dev/openai/key) && npm run eval" }) } }] })],
  ["JWT public JWKS document", () => JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.s(43, URLS), alg: "RS256", n: g.s(342, URLS), e: "AQAB" }] }, null, 2)],
  ["Age public recipient in .sops.yaml", () => `creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`],
  ["WebAuthn credential public key id", () => JSON.stringify({ credentialId: g.s(86, URLS), publicKey: "pQECAyYgASFYI" + g.s(80, URLS), signCount: 12, transports: ["internal", "hybrid"] })],
];
for (const [what, mk] of hand) {
  n++;
  out.push({ id: `y57-bk-${String(n).padStart(3, "0")}`, kind: "secrets", category: CAT, label: "benign", text: mk(), note: `benign: ${what}` });
}
void jesc;
void ANL;

export const cases: CorpusCase[] = out;
