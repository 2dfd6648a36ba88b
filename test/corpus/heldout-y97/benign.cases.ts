// Benign look-alikes in the same contexts: digests, ids, public material, placeholders,
// references and encrypted blobs. Rotated through the non-auth renderers, plus handcrafted cases.
import type { CorpusCase } from "../types.ts";
import { AN, ANL, ANU, B64, DIG, Gen, HEX, LO, RENDERERS, mk, pad, type Tok } from "./_gen.ts";

const g = new Gen(0x97be11);
const B = "heldouty97-benign";
const T = (provider: string, env: string, v: string): Tok => ({ provider, group: "benign", env, v });
// Renderers that would put the value into an auth slot are left out for benign values.
const SAFE = RENDERERS.filter((r) => !/Bearer|Authorization|curl header|crash dump|pasted log|Slack paste/.test(r.name));

const sha256 = () => g.hex(64);
const toks: Tok[] = [
  T("git commit SHA", "GIT_COMMIT_SHA", g.hex(40)),
  T("short git SHA", "BUILD_REVISION", g.hex(12)),
  T("sha256 artifact digest", "ARTIFACT_SHA256", sha256()),
  T("container image digest", "IMAGE_DIGEST", "sha256:" + sha256()),
  T("npm integrity (SRI)", "BUNDLE_INTEGRITY", "sha512-" + g.b64(64)),
  T("md5 checksum", "ARCHIVE_MD5", g.hex(32)),
  T("sha1 file checksum", "CHECKSUM_SHA1", g.hex(40)),
  T("UUID request id", "REQUEST_ID", g.uuid()),
  T("OpenTelemetry trace id", "TRACE_ID", g.hex(32)),
  T("W3C traceparent", "TRACEPARENT", `00-${g.hex(32)}-${g.hex(16)}-01`),
  T("Stripe customer id", "STRIPE_CUSTOMER_ID", "cus_" + g.s(14, AN)),
  T("Stripe payment intent id", "PAYMENT_INTENT_ID", "pi_" + g.s(24, AN)),
  T("Stripe price id", "STRIPE_PRICE_ID", "price_" + g.s(24, AN)),
  T("Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", ["pk", "_live_"].join("") + g.s(99, AN)),
  T("OpenAI chat completion id", "LAST_COMPLETION_ID", "chatcmpl-" + g.s(29, AN)),
  T("Anthropic message id", "LAST_MESSAGE_ID", "msg_01" + g.s(22, AN)),
  T("OpenAI assistant id", "OPENAI_ASSISTANT_ID", "asst_" + g.s(24, AN)),
  T("OpenAI organization id", "OPENAI_ORG_ID", "org-" + g.s(24, AN)),
  T("Vercel project id", "VERCEL_PROJECT_ID", "prj_" + g.s(28, AN)),
  T("Slack channel id", "SLACK_CHANNEL_ID", "C0" + g.s(9, ANU)),
  T("AWS ARN", "TASK_ROLE_ARN", `arn:aws:iam::${g.s(12, DIG)}:role/ecs-task-${g.s(6, ANL)}`),
  T("AWS KMS key id", "KMS_KEY_ID", g.uuid()),
  T("Sentry DSN public key id", "SENTRY_RELEASE", g.hex(40)),
  T("Google Analytics id", "GA_MEASUREMENT_ID", "G-" + g.s(10, ANU)),
  T("Azure tenant id", "AZURE_TENANT_ID", g.uuid()),
  T("Azure subscription id", "AZURE_SUBSCRIPTION_ID", g.uuid()),
  T("GCP project number", "GCP_PROJECT_NUMBER", g.s(12, DIG)),
  T("Cloudflare zone id", "CLOUDFLARE_ZONE_ID", g.hex(32)),
  T("Cloudflare account id", "CLOUDFLARE_ACCOUNT_ID", g.hex(32)),
  T("Datadog trace id (decimal)", "DD_TRACE_ID", g.s(19, DIG)),
  T("placeholder", "OPENAI_API_KEY", "<your-openai-key>"),
  T("masked key", "ANTHROPIC_API_KEY", "sk-ant-...XXXX"),
  T("env interpolation", "STRIPE_SECRET_KEY", "${STRIPE_SECRET_KEY}"),
  T("GitHub Actions secret ref", "GITHUB_TOKEN", "${{ secrets.GITHUB_TOKEN }}"),
  T("Vault reference", "DATABASE_PASSWORD", "vault:secret/data/prod/db#password"),
  T("1Password reference", "SENDGRID_API_KEY", "op://Production/SendGrid/credential"),
  T("AWS SSM reference", "SLACK_BOT_TOKEN", "{{resolve:ssm-secure:/prod/slack/bot-token:3}}"),
  T("Azure Key Vault reference", "TWILIO_AUTH_TOKEN", "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/twilio-auth/)"),
  T("GCP Secret Manager reference", "DB_PASSWORD", "sm://acme-prod/db-password/latest"),
  T("changeme placeholder", "ADMIN_PASSWORD", "changeme"),
  T("redacted value", "AWS_SECRET_ACCESS_KEY", "****************"),
  T("empty placeholder", "MAILGUN_API_KEY", "REPLACE_ME"),
  T("doppler reference", "HF_TOKEN", "${{ doppler.HF_TOKEN }}"),
  T("k8s secretKeyRef", "GITLAB_TOKEN", "valueFrom.secretKeyRef(gitlab-creds, token)"),
  T("semver + build hash", "APP_VERSION", `4.12.${g.range(0, 9)}+${g.hex(8)}`),
  T("yarn lock resolution hash", "YARN_CHECKSUM", "10c0/" + g.hex(128)),
  T("ETag", "LAST_ETAG", `W/"${g.hex(32)}"`),
  T("Mongo ObjectId", "DEFAULT_TENANT_ID", g.hex(24)),
  T("ULID", "EVENT_ID", "01J" + g.str(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")),
  T("Firebase project id", "FIREBASE_PROJECT_ID", "acme-prod-" + g.s(5, ANL)),
  T("Shopify store domain", "SHOPIFY_STORE_DOMAIN", "acme-" + g.s(6, LO) + ".myshopify.com"),
  T("Twilio phone number", "TWILIO_FROM_NUMBER", "+1" + g.s(10, DIG)),
  T("Auth0 domain + audience", "AUTH0_AUDIENCE", "https://api.acme-corp.io/"),
  T("Docker image tag", "IMAGE_TAG", "main-" + g.hex(7) + "-" + g.s(10, DIG)),
  T("Terraform state lineage", "TF_LINEAGE", g.uuid()),
  T("nonce used in CSP", "CSP_NONCE_LENGTH", "16"),
  T("public RSA modulus fingerprint", "SSH_HOST_FINGERPRINT", "SHA256:" + g.b64(32).replace(/=+$/, "")),
  T("GPG key id", "GPG_SIGNING_KEY_ID", g.hex(16).toUpperCase()),
  T("Sentry DSN org id", "SENTRY_ORG_SLUG", "acme-corp"),
  T("Grafana dashboard uid", "GRAFANA_DASHBOARD_UID", g.s(14, AN)),
];

const rotated: CorpusCase[] = toks.map((t, i) => {
  const rr = SAFE[i % SAFE.length]!;
  return mk(`y97-b-${pad(i + 1)}`, B, "benign", rr.r(t, g), `benign ${t.provider}: ${t.env} in ${rr.name}`);
});

const sshPub = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.s(43, AN + "+/") + " deploy@ci";
const certPem = g.pem("CERTIFICATE", 900);
const pubPem = g.pem("PUBLIC KEY", 294);
const sopsVal = (n: number) => `ENC[AES256_GCM,data:${g.b64(n)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]`;
const vault = "$ANSIBLE_VAULT;1.1;AES256\n" + g.hex(640).replace(/(.{80})/g, "$1\n").trim();
const pngB64 = "iVBORw0KGgoAAAANSUhEUgAA" + g.b64(600);

const hand: [string, string][] = [
  ["SSH public key in authorized_keys write_file tool call", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.s(22), name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: sshPub + "\n" } })],
  ["PEM certificate in chat body", JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: "nginx says 'certificate verify failed' — here's the chain:\n\n" + certPem }] })],
  ["PEM public key in JWT verifier config (YAML)", `jwt:\n  issuer: https://auth.acme-corp.io\n  algorithms: [RS256]\n  public_key: |\n${pubPem.split("\n").map((l) => "    " + l).join("\n")}`],
  ["SOPS-encrypted YAML", `db:\n  password: ${sopsVal(24)}\n  api_key: ${sopsVal(48)}\nsops:\n  kms:\n    - arn: arn:aws:kms:eu-west-1:${g.s(12, DIG)}:key/${g.uuid()}\n      created_at: "2026-10-01T10:00:00Z"\n      enc: ${g.b64(150)}\n  lastmodified: "2026-10-01T10:00:00Z"\n  mac: ${sopsVal(32)}\n  version: 3.9.0`],
  ["Bitnami SealedSecret", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: Ag${g.b64(400)}\n    SENDGRID_API_KEY: Ag${g.b64(380)}`],
  ["ansible-vault blob in group_vars", `# group_vars/prod/vault.yml\n${vault}`],
  ["ansible inline !vault", `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${g.hex(64)}\n  ${g.hex(64)}\n  ${g.hex(64)}\n  ${g.hex(40)}`],
  ["base64 PNG data URI in CSS", `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,${pngB64}");\n}`],
  ["minified JS bundle chunk", `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.h="${g.hex(20)}",n.p="/static/",n(n.s="${g.s(8, ANL)}")}({"${g.hex(8)}":function(e,t){e.exports="${g.s(40, AN)}"}});\n//# sourceMappingURL=main.${g.hex(8)}.js.map`],
  ["CSS modules class names", `.Button_root__${g.s(5, AN)}{display:flex}.Button_primary__${g.s(5, AN)}{background:#${g.hex(6)}}.Card_wrap__${g.s(5, AN)}{padding:8px}.css-${g.s(6, ANL)}{margin:0}`],
  ["package-lock integrity entries", JSON.stringify({ packages: { "node_modules/react": { version: "19.0.0", resolved: "https://registry.npmjs.org/react/-/react-19.0.0.tgz", integrity: "sha512-" + g.b64(64) }, "node_modules/zod": { version: "3.24.1", resolved: "https://registry.npmjs.org/zod/-/zod-3.24.1.tgz", integrity: "sha512-" + g.b64(64) } } }, null, 2)],
  ["go.sum lines", `github.com/google/uuid v1.6.0 h1:${g.b64(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64(32)}\ngolang.org/x/sync v0.10.0 h1:${g.b64(32)}`],
  ["k8s Secret with non-secret data (base64 of config flags)", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: feature-flags\ntype: Opaque\ndata:\n  LOG_LEVEL: ${btoa("debug")}\n  REGION: ${btoa("eu-west-1")}\n  FEATURE_NEW_CHECKOUT: ${btoa("true")}`],
  ["docs placeholder key in curl", `curl https://api.openai.com/v1/chat/completions \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "Content-Type: application/json" \\\n  -d '{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"}]}'`],
  ["masked keys in CLI output", `$ stripe config --list\nlive_mode_api_key = "sk_live_************************${g.s(4, AN)}"\naccount_id = "acct_${g.s(16, AN)}"\n$ gh auth status\n  ✓ Logged in to github.com account acme-bot\n  - Token: gho_************************************`],
  ["CI log with masked secrets", `2026-11-20T09:12:03Z env:\n2026-11-20T09:12:03Z   AWS_ACCESS_KEY_ID: ***\n2026-11-20T09:12:03Z   AWS_SECRET_ACCESS_KEY: ***\n2026-11-20T09:12:03Z   NPM_TOKEN: ***\n2026-11-20T09:12:04Z Published @acme/ui@2.1.0 (shasum ${g.hex(40)})`],
  ["Terraform plan with sensitive values", `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "db-${g.s(26, ANU)}"\n      ~ password = (sensitive value)\n        engine   = "postgres"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`],
  ["git log style output with SHAs", `commit ${g.hex(40)}\nMerge: ${g.hex(7)} ${g.hex(7)}\nAuthor: Dev <dev@acme-corp.io>\n\n    Rotate keys (values moved to Vault)\n\ncommit ${g.hex(40)}\n    Bump deps`],
  ["Docker build output digests", `#12 exporting layers 2.3s done\n#12 writing image sha256:${g.hex(64)} done\n#12 naming to ghcr.io/acme/api:1.9.0 done\n#13 pushing layers\n1.9.0: digest: sha256:${g.hex(64)} size: 2419`],
  ["SQL with hashed passwords (bcrypt)", `INSERT INTO users (id, email, password_hash) VALUES\n  ('${g.uuid()}', 'a@acme-corp.io', '$2b$12$${g.s(53, AN + "./")}'),\n  ('${g.uuid()}', 'b@acme-corp.io', '$2b$12$${g.s(53, AN + "./")}');`],
  ["argon2 hash in test fixture", `export const fixtureUser = {\n  email: "fixture@example.test",\n  passwordHash: "$argon2id$v=19$m=65536,t=3,p=4$${g.b64(16).replace(/=+$/, "")}$${g.b64(32).replace(/=+$/, "")}",\n};`],
  ["Stripe webhook event JSON with object ids", JSON.stringify({ id: "evt_" + g.s(24, AN), object: "event", type: "checkout.session.completed", data: { object: { id: "cs_live_" + g.s(58, AN), customer: "cus_" + g.s(14, AN), payment_intent: "pi_" + g.s(24, AN) } }, request: { id: "req_" + g.s(14, AN) } }, null, 2)],
  ["OpenAI response object", JSON.stringify({ id: "chatcmpl-" + g.s(29, AN), object: "chat.completion", model: "gpt-4.1-2025-04-14", system_fingerprint: "fp_" + g.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3 } })],
  ["HTTP response headers with request ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${g.uuid()}\ncf-ray: ${g.hex(16)}-FRA\nx-amz-cf-id: ${g.s(56, AN + "_-")}==\netag: "${g.hex(32)}"\nx-amzn-trace-id: Root=1-${g.hex(8)}-${g.hex(24)}`],
  ["S3 presign-free public URL with version id", `https://acme-public-assets.s3.eu-west-1.amazonaws.com/logo.svg?versionId=${g.s(32, AN + "._")}`],
  ["Jupyter output with model hash", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 4, source: ["model.fingerprint()\n"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`'${g.hex(64)}'`] } }] }], nbformat: 4, nbformat_minor: 5 })],
  ["Markdown docs with placeholders", `## Configuration\n\n| variable | example |\n|---|---|\n| \`OPENAI_API_KEY\` | \`sk-proj-...\` |\n| \`STRIPE_SECRET_KEY\` | \`sk_live_<redacted>\` |\n| \`SLACK_BOT_TOKEN\` | \`xoxb-your-token-here\` |\n\nNever commit real values; use \`.env.local\`.`],
  ["diff removing a secret in favour of env ref", `--- a/config.ts\n+++ b/config.ts\n@@ -1,3 +1,3 @@\n-export const token = process.env.API_TOKEN!;\n+export const token = requireEnv("API_TOKEN");\n export const region = "eu-west-1";`],
  ["Python settings reading env only", `import os\n\nSECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\nDATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "PASSWORD": os.environ.get("DB_PASSWORD", "")}}\nSTATIC_VERSION = "${g.hex(10)}"`],
  ["HCL with variable refs and sensitive", `variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\nresource "aws_db_instance" "main" {\n  password = var.db_password\n  kms_key_id = "arn:aws:kms:eu-west-1:${g.s(12, DIG)}:key/${g.uuid()}"\n}`],
  ["Subresource Integrity script tag", `<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.4/dist/htmx.min.js" integrity="sha384-${g.b64(48)}" crossorigin="anonymous"></script>`],
  ["lockfile Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.42.0"\nchecksum = "${g.hex(64)}"`],
  ["age public recipient in .sops.yaml", `creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`],
  ["JWKS public keys", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(40), alg: "RS256", n: g.b64url(256), e: "AQAB" }] }, null, 2)],
  ["webpack chunk hashes in manifest", JSON.stringify({ "main.js": `/static/js/main.${g.hex(8)}.js`, "vendor.js": `/static/js/vendor.${g.hex(8)}.js`, "main.css": `/static/css/main.${g.hex(8)}.css`, buildHash: g.hex(20) }, null, 2)],
  ["Ethereum address and tx hash in log", `[indexer] block=${g.range(19000000, 21000000)} tx=0x${g.hex(64)} from=0x${g.hex(40)} to=0x${g.hex(40)} status=ok`],
  ["pip requirements with hashes", `requests==2.32.3 \\\n    --hash=sha256:${g.hex(64)} \\\n    --hash=sha256:${g.hex(64)}\nurllib3==2.2.3 \\\n    --hash=sha256:${g.hex(64)}`],
  ["Sentry event payload ids", JSON.stringify({ event_id: g.hex(32), release: "api@" + g.hex(40), contexts: { trace: { trace_id: g.hex(32), span_id: g.hex(16) } }, user: { id: g.uuid() } })],
  ["GitHub webhook delivery headers", `POST /hooks/github HTTP/1.1\nX-GitHub-Delivery: ${g.uuid()}\nX-GitHub-Event: push\nX-GitHub-Hook-ID: ${g.s(9, DIG)}\nX-Hub-Signature-256: sha256=${g.hex(64)}\nContent-Type: application/json`],
  ["Windows crash dump module GUIDs", `Loaded modules:\n  ntdll.dll  ${g.hex(32).toUpperCase()}1\n  app.exe    ${g.hex(32).toUpperCase()}1\nException 0xc0000005 at 0x${g.hex(16)}`],
  ["base64-encoded non-secret JSON config in env", `APP_FEATURES_B64=${btoa(JSON.stringify({ darkMode: true, maxUploadMb: 25, regions: ["eu", "us"] }))}`],
  ["Go test fixture with fake-marked key", `func TestParse(t *testing.T) {\n\tin := "id=${g.uuid()} sha=${g.hex(40)}"\n\tgot := Parse(in)\n\tif got.SHA == "" {\n\t\tt.Fatal("empty sha")\n\t}\n}`],
];

const handCases = hand.map(([note, text], i) => mk(`y97-bk-${pad(i + 1)}`, B, "benign", text, `benign: ${note}`));
export const cases: CorpusCase[] = [...rotated, ...handCases];
void ANU; void B64; void HEX;
