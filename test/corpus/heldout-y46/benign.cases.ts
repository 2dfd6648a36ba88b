// heldout-y46 benign look-alikes in the same outbound contexts as the positives.
import type { CorpusCase } from "../types.ts";
import { ALNUM, B64, DIG, HEX, LO, LOWNUM, UPNUM, URLSAFE, Rng, renderers } from "./_gen.ts";

const r = new Rng(0x46b9);
// Renderers whose wording does not itself claim a credential (no bearer header, no "secret" column, no k8s Secret).
const SAFE = [0, 1, 2, 3, 5, 7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 28, 30, 32, 33];

type B = [string, string, (r: Rng) => string];
const rotated: B[] = [
  ["git commit SHA", "GIT_SHA", (r) => r.hex(40)],
  ["SHA-256 artifact digest", "ARTIFACT_SHA256", (r) => r.hex(64)],
  ["OCI image digest", "IMAGE_DIGEST", (r) => `sha256:${r.hex(64)}`],
  ["npm SRI integrity", "PACKAGE_INTEGRITY", (r) => `sha512-${r.b64(64)}`],
  ["request id UUID", "REQUEST_ID", (r) => r.uuid()],
  ["W3C trace id", "TRACE_ID", (r) => r.hex(32)],
  ["traceparent header value", "TRACEPARENT", (r) => `00-${r.hex(32)}-${r.hex(16)}-01`],
  ["Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (r) => ["pk", "_live_", "51", r.s(97)].join("")],
  ["Stripe customer id", "STRIPE_CUSTOMER_ID", (r) => ["cu", "s_", r.s(14)].join("")],
  ["Stripe payment intent id", "PAYMENT_INTENT_ID", (r) => ["p", "i_", "3", r.s(23)].join("")],
  ["Stripe price id", "STRIPE_PRICE_ID", (r) => ["pri", "ce_", "1", r.s(23)].join("")],
  ["OpenAI chat completion id", "COMPLETION_ID", (r) => ["chatcmpl-", r.s(29)].join("")],
  ["Anthropic message id", "MESSAGE_ID", (r) => ["ms", "g_", "01", r.s(22)].join("")],
  ["OpenAI assistant id", "ASSISTANT_ID", (r) => ["as", "st_", r.s(24)].join("")],
  ["OpenAI org id", "OPENAI_ORG_ID", (r) => ["or", "g-", r.s(24)].join("")],
  ["Vercel project id", "VERCEL_PROJECT_ID", (r) => ["pr", "j_", r.s(28)].join("")],
  ["AWS account id", "AWS_ACCOUNT_ID", (r) => r.s(12, DIG)],
  ["AWS role ARN", "AWS_ROLE_ARN", (r) => `arn:aws:iam::${r.s(12, DIG)}:role/github-deploy`],
  ["AWS Secrets Manager ARN reference", "DB_SECRET_ARN", (r) => `arn:aws:secretsmanager:us-east-1:${r.s(12, DIG)}:secret:prod/db-${r.s(6)}`],
  ["GCP Secret Manager reference", "API_KEY_SECRET_REF", (r) => `projects/acme-prod/secrets/api-key-${r.s(4, LO)}/versions/latest`],
  ["1Password op:// reference", "OPENAI_API_KEY", () => "op://Engineering/OpenAI/credential"],
  ["Vault path reference", "DATABASE_PASSWORD", () => "vault:secret/data/prod/db#password"],
  ["Azure Key Vault reference", "STRIPE_SECRET_KEY", (r) => `@Microsoft.KeyVault(SecretUri=https://acme-kv-${r.s(4, LO)}.vault.azure.net/secrets/stripe-key/)`],
  ["env var interpolation", "ANTHROPIC_API_KEY", () => "${ANTHROPIC_API_KEY}"],
  ["GitHub Actions secrets expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"],
  ["angle-bracket placeholder", "OPENAI_API_KEY", () => "<your-openai-api-key>"],
  ["masked key", "OPENAI_API_KEY", (r) => `sk-proj-...${r.s(4)}`],
  ["masked key with X", "STRIPE_SECRET_KEY", () => "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX"],
  ["asterisk mask", "GITHUB_TOKEN", () => "ghp_************************************"],
  ["changeme placeholder", "DB_PASSWORD", () => "changeme"],
  ["SOPS encrypted value", "SLACK_BOT_TOKEN", (r) => `ENC[AES256_GCM,data:${r.b64(42)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]`],
  ["git LFS oid", "LFS_OID", (r) => `sha256:${r.hex(64)}`],
  ["Go module checksum", "GOSUM_H1", (r) => `h1:${r.b64(32)}`],
  ["Docker build cache key", "CACHE_KEY", (r) => `Linux-pnpm-store-${r.hex(64)}`],
  ["Terraform state lineage", "TF_LINEAGE", (r) => r.uuid()],
  ["Sentry event id", "SENTRY_EVENT_ID", (r) => r.hex(32)],
  ["MongoDB ObjectId", "DOCUMENT_ID", (r) => r.hex(24)],
  ["Segment message id", "MESSAGE_ID", (r) => `ajs-next-${r.hex(32)}`],
  ["Slack channel id", "SLACK_CHANNEL_ID", (r) => `C${r.s(10, UPNUM)}`],
  ["Slack team id", "SLACK_TEAM_ID", (r) => `T${r.s(10, UPNUM)}`],
  ["GitHub node id", "PR_NODE_ID", (r) => `PR_kwDO${r.s(20, URLSAFE)}`],
  ["GitHub Actions run id", "GITHUB_RUN_ID", (r) => r.s(11, DIG)],
  ["Cloudflare zone id", "CLOUDFLARE_ZONE_ID", (r) => r.hex(32)],
  ["Cloudflare account id", "CLOUDFLARE_ACCOUNT_ID", (r) => r.hex(32)],
  ["Datadog monitor id", "DD_MONITOR_ID", (r) => r.s(9, DIG)],
  ["Azure tenant id", "AZURE_TENANT_ID", (r) => r.uuid()],
  ["Azure subscription id", "AZURE_SUBSCRIPTION_ID", (r) => r.uuid()],
  ["Google OAuth client id", "GOOGLE_CLIENT_ID", (r) => `${r.s(12, DIG)}-${r.s(32, LOWNUM)}.apps.googleusercontent.com`],
  ["Auth0 domain", "AUTH0_DOMAIN", (r) => `acme-${r.s(6, LO)}.us.auth0.com`],
  ["Sentry release name", "SENTRY_RELEASE", (r) => `api@${r.hex(12)}`],
  ["Docker image reference with digest", "IMAGE", (r) => `ghcr.io/acme/api@sha256:${r.hex(64)}`],
  ["base64 nonce in CSP", "CSP_NONCE_SAMPLE", (r) => r.b64(16)],
  ["content hash in asset filename", "MAIN_BUNDLE", (r) => `/assets/main.${r.hex(8)}.js`],
  ["ULID", "JOB_ID", (r) => `01J${r.s(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")}`],
  ["KSUID", "EVENT_ID", (r) => r.s(27, ALNUM)],
  ["MD5 of file", "FILE_MD5", (r) => r.hex(32)],
  ["SHA-1 fingerprint", "CERT_FINGERPRINT", (r) => (r.hex(40).toUpperCase().match(/../g) ?? []).join(":")],
  ["SSH host key fingerprint", "HOST_FINGERPRINT", (r) => `SHA256:${r.b64(32).replace(/=+$/, "")}`],
  ["Kubernetes resource uid", "POD_UID", (r) => r.uuid()],
  ["Twilio message SID", "MESSAGE_SID", (r) => ["S", "M", r.hex(32)].join("")],
  ["Shopify GID", "PRODUCT_GID", (r) => `gid://shopify/Product/${r.s(13, DIG)}`],
  ["Notion page id", "NOTION_PAGE_ID", (r) => r.hex(32)],
  ["Airtable base id", "AIRTABLE_BASE_ID", (r) => `app${r.s(14)}`],
  ["HubSpot portal id", "HUBSPOT_PORTAL_ID", (r) => r.s(8, DIG)],
  ["Algolia app id", "ALGOLIA_APP_ID", (r) => r.s(10, UPNUM)],
  ["Linear issue id", "LINEAR_ISSUE_ID", (r) => r.uuid()],
  ["PostHog project id", "POSTHOG_PROJECT_ID", (r) => r.s(5, DIG)],
  ["Webpack chunk hash", "CHUNK_HASH", (r) => r.hex(20)],
];

const benign = (n: number, note: string, text: string): CorpusCase => ({
  id: `y46-b-${String(n).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty46-benign",
  label: "benign",
  text,
  note,
});

const out: CorpusCase[] = [];
rotated.forEach(([what, env, make], i) => {
  const rend = renderers[SAFE[i % SAFE.length]!]!;
  const { ctx, text } = rend(env, make(r), r, {});
  out.push(benign(out.length + 1, `${what} (${env}) in ${ctx}`, text));
});

const wrap = (s: string) => (s.match(/.{1,64}/g) ?? []).join("\n");
const pubPem = (label: string, head: string, n: number) => `-----BEGIN ${label}-----\n${wrap(head + r.b64(n).replace(/=+$/, ""))}\n-----END ${label}-----`;

const hand: [string, string][] = [
  ["SSH ed25519 public key in authorized_keys via tool call", JSON.stringify({ name: "run_shell", arguments: JSON.stringify({ command: `echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.s(43, ALNUM + "+/")} dev@laptop' >> ~/.ssh/authorized_keys` }) })],
  ["SSH RSA public key in Terraform", `resource "aws_key_pair" "deployer" {\n  key_name   = "deployer"\n  public_key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r.s(500, ALNUM + "+/")} deploy@ci"\n}`],
  ["PEM certificate in chat body", JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: `is this cert expired?\n${pubPem("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIE", 880)}` }] })],
  ["PEM public key in JWKS setup code", `const PUBLIC_KEY = \`${pubPem("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 270)}\`;\n\nexport const verify = (t: string) => jwt.verify(t, PUBLIC_KEY, { algorithms: ["RS256"] });`],
  ["PGP public key block in README", `## Verifying releases\n\nImport our signing key:\n\n\`\`\`\n${pubPem("PGP PUBLIC KEY BLOCK", "mQINBGV", 1000)}\n\`\`\``],
  ["JWKS public JSON", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: r.hex(16), alg: "RS256", n: r.s(342, URLSAFE), e: "AQAB" }] }, null, 2)],
  ["ansible-vault encrypted file", `# group_vars/prod/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 10 }, () => r.hex(80)).join("\n")}`],
  ["SealedSecret encryptedData", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    OPENAI_API_KEY: AgB${r.s(680, ALNUM + "+/")}==\n    STRIPE_SECRET_KEY: AgC${r.s(680, ALNUM + "+/")}==`],
  ["SOPS-encrypted YAML file with metadata", `stripe_secret_key: ENC[AES256_GCM,data:${r.b64(80)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\nsops:\n    kms:\n        - arn: arn:aws:kms:us-east-1:${r.s(12, DIG)}:key/${r.uuid()}\n          created_at: "2026-10-01T10:00:00Z"\n    lastmodified: "2026-10-01T10:00:00Z"\n    mac: ENC[AES256_GCM,data:${r.b64(64)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\n    version: 3.9.0`],
  ["base64 PNG data URI in CSS", `.logo {\n  width: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${r.s(400, ALNUM + "+/")}=");\n}`],
  ["minified JS bundle", `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n.c=t,n.d=function(e,t,r){n.o(e,t)||Object.defineProperty(e,t,{enumerable:!0,get:r})},n.h="${r.hex(20)}",n.p="/static/",n(n.s="${r.s(6, LOWNUM)}")}({"${r.s(8, LOWNUM)}":function(e,t){e.exports="${r.s(40, URLSAFE)}"}});`],
  ["CSS module class names", `.Button_root__${r.s(5, URLSAFE)}{display:inline-flex}.Button_primary__${r.s(5, URLSAFE)}{background:#${r.hex(6)}}.Card_wrap__${r.s(5, URLSAFE)}{padding:8px}`],
  ["package-lock.json entry", JSON.stringify({ "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: `sha512-${r.b64(64)}` } }, null, 2)],
  ["yarn.lock / Cargo.lock checksum", `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.hex(64)}"`],
  ["k8s secretKeyRef (no value)", `env:\n  - name: STRIPE_SECRET_KEY\n    valueFrom:\n      secretKeyRef:\n        name: stripe\n        key: secret-key\n  - name: DATABASE_URL\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: url`],
  ["GitHub Actions workflow using secrets", `- name: Publish\n  run: npm publish\n  env:\n    NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n    OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}`],
  [".env.example with placeholders", `OPENAI_API_KEY=sk-your-key-here\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=sk_live_<redacted>\nDATABASE_URL=postgres://user:password@localhost:5432/app\nGITHUB_TOKEN=<github-token>`],
  ["masked CI log", `2026-11-29T10:11:12.000Z Run ./deploy.sh\n2026-11-29T10:11:12.100Z   env:\n2026-11-29T10:11:12.100Z     AWS_ACCESS_KEY_ID: ***\n2026-11-29T10:11:12.100Z     AWS_SECRET_ACCESS_KEY: ***\n2026-11-29T10:11:13.000Z Deploying commit ${r.hex(40)}`],
  ["git log output", Array.from({ length: 4 }, () => `commit ${r.hex(40)}\nAuthor: Dev <dev@acme-corp.com>\nDate:   Mon Nov 30 10:00:00 2026 +0000\n\n    fix: handle retry\n`).join("\n")],
  ["docker pull output with digests", `latest: Pulling from library/node\n${r.hex(12)}: Pull complete\n${r.hex(12)}: Pull complete\nDigest: sha256:${r.hex(64)}\nStatus: Downloaded newer image for node:22`],
  ["S3 ETag and version ids", `{"ETag": "\\"${r.hex(32)}\\"", "VersionId": "${r.s(32, URLSAFE)}", "ServerSideEncryption": "AES256"}`],
  ["HTTP response headers with request ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${r.uuid()}\nx-amzn-trace-id: Root=1-${r.hex(8)}-${r.hex(24)}\ncf-ray: ${r.hex(16)}-FRA\netag: W/"${r.hex(40)}"`],
  ["OpenAI API response body ids", JSON.stringify({ id: `chatcmpl-${r.s(29)}`, object: "chat.completion", created: 1764500000, model: "gpt-4.1", system_fingerprint: `fp_${r.hex(10)}`, choices: [{ index: 0, message: { role: "assistant", content: "Done." } }] })],
  ["Anthropic API response ids", JSON.stringify({ id: `msg_01${r.s(22)}`, type: "message", role: "assistant", content: [{ type: "tool_use", id: `toolu_01${r.s(22)}`, name: "read_file", input: { path: "README.md" } }], stop_reason: "tool_use" })],
  ["Stripe webhook event payload ids", JSON.stringify({ id: `evt_${r.s(24)}`, object: "event", type: "payment_intent.succeeded", data: { object: { id: `pi_${r.s(24)}`, customer: `cus_${r.s(14)}`, latest_charge: `ch_${r.s(24)}` } } }, null, 2)],
  ["SQL query with UUID and tenant id", `SELECT id, email, created_at\nFROM users\nWHERE id = '${r.uuid()}'\n  AND tenant_id = ${r.range(1, 999)};`],
  ["Jupyter output with base64 image", JSON.stringify({ output_type: "display_data", data: { "image/png": `iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzk${r.s(600, ALNUM + "+/")}`, "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} })],
  ["diff bumping image digest", `-    image: ghcr.io/acme/api@sha256:${r.hex(64)}\n+    image: ghcr.io/acme/api@sha256:${r.hex(64)}`],
  ["Python hashing code", `import hashlib\n\nEXPECTED = "${r.hex(64)}"\n\ndef verify(path):\n    return hashlib.sha256(open(path, "rb").read()).hexdigest() == EXPECTED`],
  ["Go test vector for HMAC (labelled test vector)", `func TestHMAC(t *testing.T) {\n\tgot := hex.EncodeToString(mac([]byte("message")))\n\twant := "${r.hex(64)}"\n\tif got != want { t.Fatal(got) }\n}`],
  ["HTML script tag with nonce and SRI hash", `<script nonce="${r.b64(16)}" src="/static/app.${r.hex(8)}.js" integrity="sha384-${r.b64(48)}" crossorigin="anonymous"></script>`],
  ["Helm values with existingSecret", `auth:\n  existingSecret: redis-auth\n  existingSecretPasswordKey: redis-password\nimage:\n  digest: sha256:${r.hex(64)}`],
  ["terraform plan with sensitive masked", `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "db-${r.s(26, UPNUM)}"\n      ~ password = (sensitive value)\n    }`],
];
for (const [note, text] of hand) out.push(benign(out.length + 1, note, text));

void B64;
void HEX;
export const cases: CorpusCase[] = out;
