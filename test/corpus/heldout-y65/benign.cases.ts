// Hard look-alikes (no live secret) in the same contexts as the positives. Built at run time.
import { AN, B64, DIG, Gen, HEX, LO, UP, URLB64, renderers, type Spec } from "./_gen.ts";
import type { CorpusCase } from "../types.ts";

const g = new Gen(0x65c0_0004);

// Renderers whose framing does not by itself assert that the value is a credential.
const NEUTRAL = new Set([
  "chat body with pasted .env", "Anthropic tool_use write_file", "MCP tool result echoed back", "URL query string in a fetch log",
  "JSON request body", "docker-compose YAML", "TOML config", "INI config", "Java .properties", "JSON config file", "Terraform HCL",
  "XML config", "TypeScript env default", "Go source constant", "Ruby initializer", "PHP config array", "Rust source",
  "GitHub Actions CI log", "shell history", "Python crash dump with locals", "Jupyter notebook cell", "SQL seed insert",
  "Markdown setup doc", "unified diff", "docker run command", "OpenAI tool_calls shell command",
]);
const neutral = renderers.filter((r) => NEUTRAL.has(r.ctx));

type B = { slot: string; what: string; make: (g: Gen) => string };
const b64std = (n: number) => g.str(n, B64);

const specs: B[] = [
  { slot: "GIT_COMMIT_SHA", what: "git commit SHA-1", make: (g) => g.hex(40) },
  { slot: "IMAGE_DIGEST", what: "OCI image digest", make: (g) => `sha256:${g.hex(64)}` },
  { slot: "BUILD_ID", what: "build UUID", make: (g) => g.uuid() },
  { slot: "TRACE_ID", what: "W3C trace id", make: (g) => g.hex(32) },
  { slot: "TRACEPARENT", what: "W3C traceparent header value", make: (g) => `00-${g.hex(32)}-${g.hex(16)}-01` },
  { slot: "REQUEST_ID", what: "Anthropic request id", make: (g) => `req_011C${g.an(20)}` },
  { slot: "STRIPE_CUSTOMER_ID", what: "Stripe customer object id", make: (g) => `cus_${g.an(14)}` },
  { slot: "STRIPE_PRICE_ID", what: "Stripe price object id", make: (g) => `price_1${g.an(23)}` },
  { slot: "PAYMENT_INTENT_ID", what: "Stripe PaymentIntent id", make: (g) => `pi_3${g.an(23)}` },
  { slot: "OPENAI_ASSISTANT_ID", what: "OpenAI assistant object id", make: (g) => `asst_${g.an(24)}` },
  { slot: "OPENAI_ORG_ID", what: "OpenAI organization id", make: (g) => `org-${g.an(24)}` },
  { slot: "LAST_MESSAGE_ID", what: "Anthropic message id", make: (g) => `msg_01${g.an(22)}` },
  { slot: "AZURE_TENANT_ID", what: "Azure tenant id (GUID)", make: (g) => g.uuid() },
  { slot: "AZURE_CLIENT_ID", what: "Azure app/client id (GUID)", make: (g) => g.uuid() },
  { slot: "AWS_ACCOUNT_ID", what: "AWS account number", make: (g) => g.str(12, DIG) },
  { slot: "AWS_ROLE_ARN", what: "IAM role ARN", make: (g) => `arn:aws:iam::${g.str(12, DIG)}:role/github-oidc-deployer` },
  { slot: "KMS_KEY_ARN", what: "KMS key ARN", make: (g) => `arn:aws:kms:us-east-1:${g.str(12, DIG)}:key/${g.uuid()}` },
  { slot: "ARTIFACT_SHA256", what: "release artifact checksum", make: (g) => g.hex(64) },
  { slot: "SRI_INTEGRITY", what: "subresource integrity hash", make: (g) => `sha384-${b64std(64)}` },
  { slot: "LFS_OID", what: "git-lfs object id", make: (g) => `sha256:${g.hex(64)}` },
  { slot: "GOOGLE_CLOUD_PROJECT_NUMBER", what: "GCP project number", make: (g) => g.str(12, DIG) },
  { slot: "SLACK_CHANNEL_ID", what: "Slack channel id", make: (g) => `C0${g.str(9, UP)}` },
  { slot: "DISCORD_GUILD_ID", what: "Discord snowflake guild id", make: (g) => `1${g.str(18, DIG)}` },
  { slot: "TWILIO_ACCOUNT_SID", what: "Twilio Account SID (identifier)", make: (g) => `AC${g.hex(32)}` },
  { slot: "STRIPE_PUBLISHABLE_KEY", what: "Stripe publishable key", make: (g) => `pk_live_51${g.an(97)}` },
  { slot: "OPENAI_API_KEY", what: "masked key placeholder", make: (g) => `sk-proj-...${g.str(4, UP)}` },
  { slot: "ANTHROPIC_API_KEY", what: "angle-bracket placeholder", make: () => "<your-anthropic-api-key>" },
  { slot: "GITHUB_TOKEN", what: "env interpolation reference", make: () => "${GITHUB_TOKEN}" },
  { slot: "STRIPE_SECRET_KEY", what: "GitHub Actions secrets reference", make: () => "${{ secrets.STRIPE_SECRET_KEY }}" },
  { slot: "DATABASE_PASSWORD", what: "1Password secret reference", make: () => "op://Production/orders-db/password" },
  { slot: "SENDGRID_API_KEY", what: "AWS Secrets Manager ARN reference", make: (g) => `arn:aws:secretsmanager:eu-west-1:${g.str(12, DIG)}:secret:prod/sendgrid-${g.an(6)}` },
  { slot: "SLACK_BOT_TOKEN", what: "GCP Secret Manager resource name", make: () => "projects/acme-prod/secrets/slack-bot-token/versions/latest" },
  { slot: "DATADOG_API_KEY", what: "Azure Key Vault reference", make: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/datadog-api-key/)" },
  { slot: "TWILIO_AUTH_TOKEN", what: "Vault path reference", make: () => "vault:secret/data/prod/twilio#auth_token" },
  { slot: "AWS_SECRET_ACCESS_KEY", what: "asterisk mask", make: () => "****************************************" },
  { slot: "NPM_TOKEN", what: "redacted marker", make: () => "[REDACTED]" },
  { slot: "DB_PASSWORD", what: "SOPS-encrypted value", make: (g) => `ENC[AES256_GCM,data:${b64std(24)},iv:${b64std(43)}=,tag:${b64std(22)}==,type:str]` },
  { slot: "HF_TOKEN", what: "masked HF token", make: (g) => `hf_${"*".repeat(30)}${g.str(4, AN)}` },
  { slot: "CONTENT_HASH", what: "webpack content hash", make: (g) => g.hex(20) },
  { slot: "NEXT_BUILD_ID", what: "Next.js build id", make: (g) => g.str(21, URLB64) },
  { slot: "SESSION_ID_EXAMPLE", what: "ULID record id", make: (g) => `01J${g.str(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")}` },
  { slot: "CLOUDFLARE_ZONE_ID", what: "Cloudflare zone id", make: (g) => g.hex(32) },
  { slot: "CLOUDFLARE_ACCOUNT_ID", what: "Cloudflare account id", make: (g) => g.hex(32) },
  { slot: "VERCEL_PROJECT_ID", what: "Vercel project id", make: (g) => `prj_${g.an(28)}` },
  { slot: "VERCEL_ORG_ID", what: "Vercel team id", make: (g) => `team_${g.an(24)}` },
  { slot: "SUPABASE_URL", what: "Supabase project URL", make: (g) => `https://${g.str(20, "abcdefghijklmnopqrstuvwxyz")}.supabase.co` },
  { slot: "SENTRY_RELEASE", what: "release name with SHA", make: (g) => `api@2026.3.1+${g.hex(12)}` },
  { slot: "GH_RUN_ID", what: "GitHub Actions run id", make: (g) => g.str(11, DIG) },
  { slot: "K8S_POD_UID", what: "Kubernetes pod UID", make: (g) => g.uuid() },
  { slot: "CONTAINER_ID", what: "Docker container id", make: (g) => g.hex(64) },
  { slot: "GPG_SIGNING_KEY_ID", what: "GPG key fingerprint", make: (g) => g.str(40, "0123456789ABCDEF") },
  { slot: "ETAG", what: "HTTP ETag", make: (g) => `W/"${g.hex(32)}"` },
  { slot: "LICENSE_CHECKSUM", what: "MD5 checksum", make: (g) => g.hex(32) },
  { slot: "MONGO_OBJECT_ID", what: "MongoDB ObjectId", make: (g) => g.hex(24) },
  { slot: "FIREBASE_APP_ID", what: "Firebase app id", make: (g) => `1:${g.str(12, DIG)}:web:${g.hex(22)}` },
  { slot: "DEPLOY_NONCE", what: "CSP nonce", make: (g) => b64std(22) + "==" },
  { slot: "SQS_QUEUE_URL", what: "SQS queue URL", make: (g) => `https://sqs.us-east-1.amazonaws.com/${g.str(12, DIG)}/orders-dlq` },
  { slot: "OTEL_EXPORTER_OTLP_ENDPOINT", what: "OTLP endpoint", make: () => "http://otel-collector.observability.svc:4318" },
  { slot: "SPAN_ID", what: "span id", make: (g) => g.hex(16) },
  { slot: "CHAT_COMPLETION_ID", what: "OpenAI completion id", make: (g) => `chatcmpl-${g.an(29)}` },
];

const out: CorpusCase[] = [];
let n = 0;
let k = 5;
for (const s of specs) {
  const r = neutral[k % neutral.length]!;
  k += 5;
  const spec: Spec = { provider: "Internal", group: "benign", slot: s.slot, make: s.make };
  out.push({ id: `y65-b-${String(++n).padStart(3, "0")}`, kind: "secrets", category: "heldouty65-benign", label: "benign", text: r.r(s.slot, s.make(g), spec, g), note: `${s.what} in ${r.ctx}` });
}

// Handcrafted look-alikes.
let m = 0;
const add = (note: string, text: string) =>
  out.push({ id: `y65-bk-${String(++m).padStart(3, "0")}`, kind: "secrets", category: "heldouty65-benign", label: "benign", text, note });
const DASH = "-----";
const wrap = (s: string, w = 64) => s.match(new RegExp(`.{1,${w}}`, "g"))!.join("\n");

add("PEM certificate in a chat body", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `is this cert expired?\n${DASH}BEGIN CERTIFICATE${DASH}\nMIID${wrap(b64std(1100))}\n${DASH}END CERTIFICATE${DASH}` }] }));
add("PEM public key written by tool call", JSON.stringify({ type: "tool_use", id: `toolu_01${g.an(22)}`, name: "write_file", input: { path: "keys/jwt_public.pem", content: `${DASH}BEGIN PUBLIC KEY${DASH}\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${wrap(b64std(330))}\n${DASH}END PUBLIC KEY${DASH}\n` } }));
add("SSH ed25519 public key in authorized_keys via shell", `echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64std(43)} deploy@ci" >> ~/.ssh/authorized_keys`);
add("SSH RSA public key in cloud-init YAML", `#cloud-config\nusers:\n  - name: ops\n    ssh_authorized_keys:\n      - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${b64std(360)} ops@laptop\n`);
add("age public recipient in .sops.yaml", `creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`);
add("SOPS-encrypted YAML file", `db:\n    password: ENC[AES256_GCM,data:${b64std(28)},iv:${b64std(43)}=,tag:${b64std(22)}==,type:str]\n    api_key: ENC[AES256_GCM,data:${b64std(60)},iv:${b64std(43)}=,tag:${b64std(22)}==,type:str]\nsops:\n    kms: []\n    age:\n        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            ${DASH}BEGIN AGE ENCRYPTED FILE${DASH}\n            ${b64std(64)}\n            ${b64std(40)}\n            ${DASH}END AGE ENCRYPTED FILE${DASH}\n    lastmodified: "2026-02-14T10:21:07Z"\n    mac: ENC[AES256_GCM,data:${b64std(88)},iv:${b64std(43)}=,tag:${b64std(22)}==,type:str]\n    version: 3.9.1\n`);
add("Bitnami SealedSecret manifest", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${b64std(600)}\n    OPENAI_API_KEY: AgC${b64std(600)}\n`);
add("ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.hex(80)).join("\n")}\n`);
add("ansible vars with !vault inline value", `db_user: app\ndb_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${g.hex(80)}\n  ${g.hex(80)}\n  ${g.hex(40)}\n`);
add("package-lock integrity hashes", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "19.1.0", resolved: "https://registry.npmjs.org/react/-/react-19.1.0.tgz", integrity: `sha512-${b64std(86)}==` }, "node_modules/zod": { version: "3.25.1", resolved: "https://registry.npmjs.org/zod/-/zod-3.25.1.tgz", integrity: `sha512-${b64std(86)}==` } } }, null, 2));
add("go.sum lines", `github.com/google/uuid v1.6.0 h1:${b64std(43)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${b64std(43)}=\ngolang.org/x/sys v0.30.0 h1:${b64std(43)}=\n`);
add("Terraform lock file hashes", `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.92.0"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${b64std(43)}=",\n    "zh:${g.hex(64)}",\n    "zh:${g.hex(64)}",\n  ]\n}\n`);
add("Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.219"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.44.1"\nchecksum = "${g.hex(64)}"\n`);
add("base64 PNG data URI in CSS", `.logo {\n  width: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${b64std(400)}AAAAAElFTkSuQmCC");\n}\n`);
add("minified JS bundle excerpt", `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n.c=t,n.h="${g.hex(20)}",n.p="/static/js/",n(n.s="${g.an(8)}")}([function(e,t){e.exports="${g.str(48, AN)}"}]);\n//# sourceMappingURL=main.${g.hex(8)}.js.map`);
add("CSS-in-JS hashed class names", `.css-${g.str(6, LO)}{display:flex;gap:8px}.css-${g.str(6, LO)}-Button{padding:4px 12px}.sc-${g.str(6, AN)}.${g.str(6, AN)}{color:#1f2937}\n`);
add("curl with Stripe customer id and idempotency key (uuid)", `curl https://api.stripe.com/v1/customers/cus_${g.an(14)} \\\n  -H "Authorization: Bearer $STRIPE_SECRET_KEY" \\\n  -H "Idempotency-Key: ${g.uuid()}"`);
add("HTTP response headers with request/trace ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${g.uuid()}\ncf-ray: ${g.hex(16)}-FRA\nx-amzn-trace-id: Root=1-${g.hex(8)}-${g.hex(24)}\netag: "${g.hex(32)}"\n`);
add("GitHub Actions log with masked secrets", `2026-03-02T11:04:17.2210Z env:\n2026-03-02T11:04:17.2211Z   AWS_ACCESS_KEY_ID: ***\n2026-03-02T11:04:17.2211Z   AWS_SECRET_ACCESS_KEY: ***\n2026-03-02T11:04:17.2212Z   GITHUB_SHA: ${g.hex(40)}\n2026-03-02T11:04:17.3019Z Run actions/checkout@${g.hex(40)}\n`);
add("docs with placeholder keys", `## Configure\n\nSet the following in \`.env\`:\n\n\`\`\`env\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=your_anthropic_key_here\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nGITHUB_TOKEN=<your-github-token>\n\`\`\`\n`);
add("k8s ExternalSecret referencing a store", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: OPENAI_API_KEY\n      remoteRef:\n        key: prod/api/openai\n        property: api_key\n`);
add("Terraform referencing secret data source", `data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/orders/db"\n}\n\nresource "aws_db_instance" "orders" {\n  identifier = "orders-prod"\n  password   = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]\n}\n`);
add("Python reading key from env only", `import os\nfrom anthropic import Anthropic\n\nclient = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\nmsg = client.messages.create(model="claude-sonnet-4-5", max_tokens=512, messages=[{"role": "user", "content": "hi"}])\nprint(msg.id)  # msg_01${g.an(22)}\n`);
add("SQL with password hash column and UUIDs", `INSERT INTO users (id, email, created_at, avatar_sha)\nVALUES ('${g.uuid()}', 'dev@acme.dev', NOW(), '${g.hex(40)}'),\n       ('${g.uuid()}', 'qa@acme.dev', NOW(), '${g.hex(40)}');\n`);
add("git log output with SHAs and signatures", `commit ${g.hex(40)}\ngpg: Signature made Tue 03 Mar 2026 10:12:44 UTC\ngpg:                using EDDSA key ${g.str(40, "0123456789ABCDEF")}\nAuthor: Dev <dev@acme.dev>\n\n    fix: retry on 429\n\ncommit ${g.hex(40)}\n`);
add("docker pull output with digests", `latest: Pulling from acme/api\n${g.hex(12)}: Pull complete\n${g.hex(12)}: Pull complete\nDigest: sha256:${g.hex(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api:latest\n`);
add("MCP tool result listing S3 object ETags and version ids", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: JSON.stringify([{ Key: "exports/2026-03.csv", ETag: `"${g.hex(32)}"`, VersionId: g.str(32, URLB64) }, { Key: "exports/2026-02.csv", ETag: `"${g.hex(32)}-4"`, VersionId: g.str(32, URLB64) }]) }] } }));
add("JWT-looking but unsigned example header only in docs", `The token header decodes to \`{"alg":"RS256","kid":"${g.hex(16)}"}\`; we verify with the JWKS at https://auth.acme.dev/.well-known/jwks.json (kid ${g.hex(16)}).`);
add("JWKS public key set", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(16), alg: "RS256", n: g.str(342, URLB64), e: "AQAB" }] }, null, 2));
add("notebook output with a dataframe of hashes", JSON.stringify({ cell_type: "code", execution_count: 9, outputs: [{ output_type: "execute_result", data: { "text/plain": [`   file_id                                sha256\n0  ${g.uuid()}  ${g.hex(64)}\n1  ${g.uuid()}  ${g.hex(64)}`] } }], source: ["df.head(2)"] }));
add("Slack message with a redacted token", JSON.stringify({ channel: "C07QX2K9L", text: "rotated the bot token, new one is in 1Password (xoxb-…redacted). Old one `xoxb-****` is revoked." }));
add("HCL with variable references only", `provider "datadog" {\n  api_key = var.datadog_api_key\n  app_key = var.datadog_app_key\n}\n\nvariable "datadog_api_key" {\n  type      = string\n  sensitive = true\n}\n`);
add("Base64-encoded non-secret k8s ConfigMap binaryData", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: favicon\nbinaryData:\n  favicon.ico: AAABAAEAEBAAAAEAIABoBAAAFgAAACgAAAAQAAAAIAAAAAEAIAAAAAAAAAQAAA${b64std(200)}\n`);
add("Android signing config using env references", `android {\n  signingConfigs {\n    release {\n      storeFile file("release.jks")\n      storePassword System.getenv("KEYSTORE_PASSWORD")\n      keyAlias "upload"\n      keyPassword System.getenv("KEY_PASSWORD")\n    }\n  }\n}\n`);
add("Crash dump with memory addresses and build id", `Thread 0 Crashed:\n0   libsystem_kernel.dylib  0x00000001${g.hex(8)} __pthread_kill + 8\n1   api                     0x00000001${g.hex(8)} main + 412\nBinary Images:\n0x10${g.hex(7)} - 0x10${g.hex(7)} api arm64 <${g.hex(32)}> /usr/local/bin/api\n`);
add("Diff bumping a lockfile hash", `--- a/flake.lock\n+++ b/flake.lock\n@@ -5,7 +5,7 @@\n       "locked": {\n-        "narHash": "sha256-${b64std(43)}=",\n-        "rev": "${g.hex(40)}",\n+        "narHash": "sha256-${b64std(43)}=",\n+        "rev": "${g.hex(40)}",\n         "type": "github"\n`);
add("Properties file with Spring placeholders", `spring.datasource.url=jdbc:postgresql://db:5432/orders\nspring.datasource.username=\${DB_USER}\nspring.datasource.password=\${DB_PASSWORD}\napp.jwt.secret=\${JWT_SECRET:}\n`);
add("XML with assembly public key token and strong name", `<dependentAssembly>\n  <assemblyIdentity name="Newtonsoft.Json" publicKeyToken="${g.hex(16)}" culture="neutral" />\n  <bindingRedirect oldVersion="0.0.0.0-13.0.0.0" newVersion="13.0.0.0" />\n</dependentAssembly>\n`);

export const cases: CorpusCase[] = out;
