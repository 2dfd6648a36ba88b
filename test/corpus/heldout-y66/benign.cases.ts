// heldout-y66 benign look-alikes: rotated through the same renderers, plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { Gen, caseFrom, renderers, B64 } from "./_gen.ts";

const g = new Gen(0x66c0_0004);
const j = (...xs: string[]) => xs.join("");
const CAT = "heldouty66-benign";

interface BSpec { what: string; slot: string; make: (g: Gen) => string }

const specs: BSpec[] = [
  { what: "git commit SHA", slot: "GIT_COMMIT_SHA", make: (g) => g.h(40) },
  { what: "short git SHA", slot: "BUILD_REVISION", make: (g) => g.h(12) },
  { what: "sha256 file digest", slot: "ARTIFACT_SHA256", make: (g) => g.h(64) },
  { what: "OCI image digest", slot: "IMAGE_DIGEST", make: (g) => j("sha256:", g.h(64)) },
  { what: "npm lockfile integrity", slot: "PACKAGE_INTEGRITY", make: (g) => j("sha512-", g.b64bytes(64)) },
  { what: "SRI hash", slot: "SCRIPT_INTEGRITY", make: (g) => j("sha384-", g.b64bytes(48)) },
  { what: "md5 checksum", slot: "CHECKSUM_MD5", make: (g) => g.h(32) },
  { what: "UUID tenant id", slot: "TENANT_ID", make: (g) => g.uuid() },
  { what: "Azure subscription id", slot: "AZURE_SUBSCRIPTION_ID", make: (g) => g.uuid() },
  { what: "OpenTelemetry trace id", slot: "TRACE_ID", make: (g) => g.h(32) },
  { what: "request id", slot: "X_REQUEST_ID", make: (g) => j("req_", g.a(24)) },
  { what: "Stripe customer id", slot: "STRIPE_CUSTOMER_ID", make: (g) => j("cus_", g.a(14)) },
  { what: "Stripe price id", slot: "STRIPE_PRICE_ID", make: (g) => j("price_", "1", g.a(23)) },
  { what: "Stripe publishable key", slot: "STRIPE_PUBLISHABLE_KEY", make: (g) => j("pk", "_live_", "51", g.a(97)) },
  { what: "OpenAI chat completion id", slot: "COMPLETION_ID", make: (g) => j("chatcmpl-", g.a(29)) },
  { what: "Anthropic message id", slot: "MESSAGE_ID", make: (g) => j("msg_", "01", g.a(22)) },
  { what: "OpenAI assistant id", slot: "OPENAI_ASSISTANT_ID", make: (g) => j("asst_", g.a(24)) },
  { what: "OpenAI org id", slot: "OPENAI_ORG_ID", make: (g) => j("org-", g.a(24)) },
  { what: "Vercel project id", slot: "VERCEL_PROJECT_ID", make: (g) => j("prj_", g.a(28)) },
  { what: "Slack channel id", slot: "SLACK_CHANNEL_ID", make: (g) => j("C0", g.U(9)) },
  { what: "AWS account id", slot: "AWS_ACCOUNT_ID", make: (g) => g.d(12) },
  { what: "AWS IAM role ARN", slot: "AWS_ROLE_ARN", make: (g) => j("arn:aws:iam::", g.d(12), ":role/github-deploy") },
  { what: "GCP project number", slot: "GCP_PROJECT_NUMBER", make: (g) => g.d(12) },
  { what: "Sentry DSN public key", slot: "SENTRY_DSN", make: (g) => j("https://", g.h(32), "@o", g.d(6), ".ingest.sentry.io/", g.d(7)) },
  { what: "Google OAuth client id", slot: "GOOGLE_CLIENT_ID", make: (g) => j(g.d(12), "-", g.l(32), ".apps.googleusercontent.com") },
  { what: "GitHub app id and installation id", slot: "GITHUB_APP_INSTALLATION_ID", make: (g) => g.d(8) },
  { what: "env var reference", slot: "OPENAI_API_KEY", make: () => "${OPENAI_API_KEY}" },
  { what: "GitHub Actions secret reference", slot: "NPM_TOKEN", make: () => "${{ secrets.NPM_TOKEN }}" },
  { what: "placeholder", slot: "ANTHROPIC_API_KEY", make: () => "<your-anthropic-api-key>" },
  { what: "masked key", slot: "STRIPE_SECRET_KEY", make: (g) => j("sk", "_live_", "…", g.a(4)) },
  { what: "masked key with stars", slot: "GITHUB_TOKEN", make: (g) => j("gh", "p_", "*".repeat(32), g.a(4)) },
  { what: "redacted value", slot: "SLACK_BOT_TOKEN", make: () => "[REDACTED]" },
  { what: "changeme placeholder", slot: "DB_PASSWORD", make: () => "changeme" },
  { what: "xxx placeholder", slot: "SENDGRID_API_KEY", make: () => "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" },
  { what: "AWS Secrets Manager ARN", slot: "DB_SECRET_ARN", make: (g) => j("arn:aws:secretsmanager:us-east-1:", g.d(12), ":secret:prod/db/password-", g.a(6)) },
  { what: "SSM parameter reference", slot: "API_KEY_PARAM", make: () => "{{resolve:ssm-secure:/prod/payments/api-key:3}}" },
  { what: "1Password reference", slot: "DATADOG_API_KEY", make: () => "op://Engineering/Datadog/credential" },
  { what: "Vault path reference", slot: "VAULT_SECRET_PATH", make: () => "vault:secret/data/payments#stripe_key" },
  { what: "Azure Key Vault reference", slot: "SENDGRID_API_KEY", make: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid/)" },
  { what: "GCP Secret Manager resource name", slot: "SECRET_NAME", make: (g) => j("projects/", g.d(12), "/secrets/stripe-key/versions/latest") },
  { what: "SOPS-encrypted value", slot: "STRIPE_SECRET_KEY", make: (g) => j("ENC[AES256_GCM,data:", g.b64bytes(60), ",iv:", g.b64bytes(32), ",tag:", g.b64bytes(16), ",type:str]") },
  { what: "SSH public key", slot: "DEPLOY_PUBLIC_KEY", make: (g) => j("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", g.str(43, B64), " deploy@ci") },
  { what: "age recipient (public)", slot: "SOPS_AGE_RECIPIENTS", make: (g) => j("age1", g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")) },
  { what: "Ethereum address", slot: "TREASURY_ADDRESS", make: (g) => j("0x", g.h(40)) },
  { what: "semantic version and build", slot: "APP_VERSION", make: (g) => j("3.", String(g.range(0, 20)), ".", String(g.range(0, 9)), "+build.", g.d(6)) },
  { what: "base64 nonce in CSP", slot: "CSP_NONCE_EXAMPLE", make: () => "'nonce-'+generated-per-request" },
  { what: "Docker image tag", slot: "IMAGE", make: (g) => j("ghcr.io/acme/api:sha-", g.h(7)) },
  { what: "Mongo ObjectId", slot: "DEFAULT_ORG_OBJECT_ID", make: (g) => g.h(24) },
  { what: "ULID", slot: "JOB_ID", make: (g) => j("01J", g.str(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")) },
  { what: "Twilio messaging service SID", slot: "TWILIO_MESSAGING_SERVICE_SID", make: (g) => j("MG", g.h(32)) },
  { what: "Cloudflare zone id", slot: "CLOUDFLARE_ZONE_ID", make: (g) => g.h(32) },
  { what: "Datadog site", slot: "DD_SITE", make: () => "datadoghq.eu" },
  { what: "Kafka topic name", slot: "KAFKA_TOPIC", make: (g) => j("orders.v2.", g.l(8)) },
  { what: "bcrypt-like feature flag hash id", slot: "EXPERIMENT_BUCKET_SEED", make: (g) => g.d(10) },
  { what: "Pinecone index host", slot: "PINECONE_INDEX_HOST", make: (g) => j("https://docs-", g.h(7), ".svc.aped-4627-b74a.pinecone.io") },
  { what: "Algolia application id", slot: "ALGOLIA_APP_ID", make: (g) => g.U(10) },
  { what: "Supabase project URL", slot: "SUPABASE_URL", make: (g) => j("https://", g.l(20), ".supabase.co") },
  { what: "Firebase project id", slot: "FIREBASE_PROJECT_ID", make: (g) => j("acme-prod-", g.l(5)) },
  { what: "HuggingFace model revision", slot: "MODEL_REVISION", make: (g) => g.h(40) },
  { what: "Terraform state lock id", slot: "TF_LOCK_ID", make: (g) => g.uuid() },
];

export const cases: CorpusCase[] = [];
let n = 0;
specs.forEach((sp, i) => {
  const r = renderers[(3 + i * 5) % renderers.length]!;
  cases.push(caseFrom(`y66-b-${String(++n).padStart(3, "0")}`, CAT, "benign", r.render(sp.slot, sp.make(g), g, sp.what), `benign: ${sp.what}, ${sp.slot}, ${r.name}`));
});

let k = 0;
const add = (text: string, note: string) => cases.push(caseFrom(`y66-bk-${String(++k).padStart(3, "0")}`, CAT, "benign", text, `benign: ${note}`));
const pemPub = (label: string, bytes: number) => g.pem(label, bytes);

add(JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: `is this cert chain in the right order?\n\n${pemPub("CERTIFICATE", 900)}\n${pemPub("CERTIFICATE", 1000)}\n` }] }), "PEM certificate chain pasted in chat body");
add(`# jwks public key\n${pemPub("PUBLIC KEY", 294)}\n`, "PEM public key in config");
add(`$ cat ~/.ssh/id_rsa.pub\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.str(540, B64)} dev@laptop\n`, "SSH RSA public key, shell output");
add(`{\n  "name": "web",\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/lodash": {\n      "version": "4.17.21",\n      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n      "integrity": "sha512-${g.b64bytes(64)}"\n    },\n    "node_modules/zod": {\n      "version": "3.23.8",\n      "integrity": "sha512-${g.b64bytes(64)}"\n    }\n  }\n}\n`, "package-lock.json integrity hashes");
add(`go.opentelemetry.io/otel v1.28.0 h1:${g.b64bytes(32)}\ngo.opentelemetry.io/otel v1.28.0/go.mod h1:${g.b64bytes(32)}\ngolang.org/x/net v0.27.0 h1:${g.b64bytes(32)}\n`, "go.sum hashes");
add(`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: payments\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: ${g.b64bytes(380)}\n    DATABASE_URL: ${g.b64bytes(400)}\n`, "Bitnami SealedSecret encryptedData");
add(`db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n${g.h(400).match(/.{1,80}/g)!.map((l) => "  " + l).join("\n")}\n`, "ansible-vault encrypted variable");
add(`stripe_key: ENC[AES256_GCM,data:${g.b64bytes(80)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\nsops:\n  age:\n    - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        ${g.b64bytes(150)}\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: "2024-11-02T10:00:00Z"\n  mac: ENC[AES256_GCM,data:${g.b64bytes(64)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\n  version: 3.9.0\n`, "SOPS-encrypted YAML file");
add(`<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA${g.str(600, B64)}AAAAAElFTkSuQmCC" />`, "base64 PNG data URI in HTML");
add(`!function(e,t){"object"==typeof exports?module.exports=t():e.lib=t()}(this,function(){var n="${g.a(64)}",r=function(e){for(var t=0,o=e.length;t<o;t++)n=n.slice(1)+e[t];return n};return{mix:r,v:"${g.h(40)}"}});`, "minified JS with long lookup string and build hash");
add(`.css-${g.l(6)}{display:flex}.css-${g.l(6)}-${g.a(10)}{color:#1a73e8;background:url(/assets/bg.${g.h(20)}.webp)}.sc-${g.a(6)}.${g.a(8)}{margin:0}`, "CSS-in-JS class names and hashed asset");
add(JSON.stringify({ id: "chatcmpl-" + g.a(29), object: "chat.completion", created: 1733400000, model: "gpt-4.1-2025-04-14", system_fingerprint: "fp_" + g.h(10), choices: [{ index: 0, message: { role: "assistant", content: "Rotate the key and store it in your secret manager; never commit it." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 24 } }), "OpenAI response with ids and fingerprint");
add(JSON.stringify({ id: "msg_01" + g.a(22), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: "toolu_01" + g.a(22), name: "bash", input: { command: "git log -1 --format=%H && sha256sum dist/app.tar.gz" } }], stop_reason: "tool_use" }), "Anthropic response with message and tool ids");
add(`commit ${g.h(40)}\nMerge: ${g.h(7)} ${g.h(7)}\nAuthor: Dana <dana@acme.io>\nDate:   Thu Nov 7 10:02:11 2024 +0000\n\n    Merge pull request #1842 from acme/fix/retry\n\n    Change-Id: I${g.h(40)}\n`, "git log with commit SHA and Gerrit Change-Id");
add(`# .env.example\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nDATABASE_URL=postgres://user:password@localhost:5432/app\nGITHUB_TOKEN=<github-token>\n`, ".env.example placeholders");
add(`export OPENAI_API_KEY="$(op read op://Private/OpenAI/credential)"\nexport AWS_PROFILE=prod-readonly\nexport GITHUB_TOKEN="$(gh auth token)"\nexport DB_PASSWORD="$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)"\n`, "shell exports reading secrets at run time");
add(`apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api-keys\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/payments\n        property: stripe_secret_key\n`, "ExternalSecret references");
add(`resource "aws_iam_access_key" "ci" {\n  user = aws_iam_user.ci.name\n}\n\noutput "ci_secret" {\n  value     = aws_iam_access_key.ci.secret\n  sensitive = true\n}\n`, "Terraform reference to a sensitive output (no value)");
add(`2024-12-01T08:14:55.120Z INFO  request completed method=POST path=/v1/charges status=201 request_id=req_${g.a(14)} trace_id=${g.h(32)} span_id=${g.h(16)} duration_ms=184 idempotency_key=${g.uuid()}`, "structured log with request/trace/span ids");
add(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("checkout_v2,search_v3").toString("base64")}\n`, "k8s Secret with non-secret base64 data");
add(`Authorization: Bearer <token>\nX-Api-Key: {{apiKey}}\nCookie: session=<redacted>\n`, "templated/redacted headers in docs");
add(`| Field | Example |\n|---|---|\n| id | \`evt_${g.a(24)}\` |\n| object | event |\n| request.id | \`req_${g.a(14)}\` |\n| data.object.customer | \`cus_${g.a(14)}\` |\n`, "Markdown table of vendor object ids");
add(`INSERT INTO files (id, name, sha256, etag, uploaded_by) VALUES\n  ('${g.uuid()}', 'report.pdf', '${g.h(64)}', '"${g.h(32)}"', 17),\n  ('${g.uuid()}', 'logo.svg', '${g.h(64)}', '"${g.h(32)}-2"', 17);\n`, "SQL insert with UUIDs, digests and ETags");
add(JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `Found 3 workflow runs:\n#9123 ${g.h(40)} success\n#9122 ${g.h(40)} failure\n#9121 ${g.h(40)} success` }] } }), "MCP tool result listing run SHAs");
add(`[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nchecksum = "${g.h(64)}"\n`, "Cargo.lock checksums");
add(`wheel==0.44.0 \\\n    --hash=sha256:${g.h(64)} \\\n    --hash=sha256:${g.h(64)}\n`, "pip requirements hashes");
add(`const STRIPE_PUBLISHABLE_KEY = "${j("pk", "_live_", "51", g.a(97))}";\nconst stripe = Stripe(STRIPE_PUBLISHABLE_KEY);\n`, "Stripe publishable key in front-end code");
add(`Password: ${"•".repeat(16)}\nAPI key: sk-proj-****************************************${g.a(4)}\nLast used: 2 hours ago\n`, "masked values copied from a dashboard");
add(`-----BEGIN PGP SIGNATURE-----\n\n${g.b64bytes(280).match(/.{1,64}/g)!.join("\n")}\n=${g.b64(4)}\n-----END PGP SIGNATURE-----\n`, "PGP signature block");
add(`const hash = crypto.createHmac("sha256", process.env.WEBHOOK_SECRET!).update(body).digest("hex");\n// expected: ${g.h(64)}\nif (!timingSafeEqual(Buffer.from(hash), Buffer.from(sig))) throw new Error("bad signature");\n`, "HMAC code reading secret from env, with expected digest");
add(`diff --git a/config/app.yml b/config/app.yml\n--- a/config/app.yml\n+++ b/config/app.yml\n@@ -1,3 +1,3 @@\n-api_key: "${"{{"} .Values.apiKey {{"}}"}"\n+api_key: "${"{{"} required \\"apiKey\\" .Values.apiKey {{"}}"}"\n`, "Helm template references in diff");
add(`"cells": [{"cell_type": "code", "source": ["from google.colab import userdata\\n", "key = userdata.get('HF_TOKEN')\\n"], "outputs": [{"output_type": "stream", "text": ["model sha: ${g.h(40)}\\n"]}]}]`, "notebook reading token from secret store; prints model sha");
add(`WARNING: image verification\n  Digest: sha256:${g.h(64)}\n  Signature: MEUCIQ${g.b64(60)}==\n  Rekor log index: ${g.d(8)}\n`, "cosign verification output (signature, digest)");
add(`<?xml version="1.0"?>\n<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">\n  <ds:DigestValue>${g.b64bytes(32)}</ds:DigestValue>\n  <ds:SignatureValue>${g.b64bytes(256)}</ds:SignatureValue>\n</ds:Signature>\n`, "XML-DSig digest and signature values");
add(`curl -H "Authorization: Bearer $GITHUB_TOKEN" -H "X-GitHub-Api-Version: 2022-11-28" https://api.github.com/repos/acme/api/commits/${g.h(40)}/status`, "curl with env var token and commit SHA");
add(`password_hash = "$argon2id$v=19$m=65536,t=3,p=4$${g.b64bytes(16).replace(/=+$/, "")}$${g.b64bytes(32).replace(/=+$/, "")}"\n`, "argon2 password hash (stored hash, not a secret)");
add(`INFO  Uploaded build to https://storage.googleapis.com/acme-builds/app-${g.h(12)}.tar.gz?generation=${g.d(16)}\nINFO  md5=${g.b64bytes(16)} crc32c=${g.b64bytes(4)}\n`, "CI log with GCS object generation and checksums");
add(`{"kid":"${g.us(43)}","kty":"RSA","alg":"RS256","use":"sig","n":"${g.us(342)}","e":"AQAB"}`, "JWK public key");
add(`# Fonts\n<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>\n<link href="https://fonts.googleapis.com/css2?family=Inter:wght@400;600&display=swap" rel="stylesheet">\n<script src="/static/js/main.${g.h(8)}.js" integrity="sha384-${g.b64bytes(48)}"></script>\n`, "HTML with hashed bundle and SRI");
