// heldout-y95 benign look-alikes in the same contexts as the positives.
import type { CorpusCase } from "../types.ts";
import { Gen, j, RENDERERS, type Spec } from "./_gen.ts";

const g = new Gen(0x79503);
const CAT = "heldouty95-benign";

type B = { env: string; what: string; make: (g: Gen) => string };

// Non-secret values in neutrally named slots: hashes, ids, public material.
const neutral: B[] = [
  { env: "GIT_COMMIT_SHA", what: "git commit SHA", make: (g) => g.h(40) },
  { env: "IMAGE_DIGEST", what: "container image digest", make: (g) => j("sha256:", g.h(64)) },
  { env: "ARTIFACT_SHA256", what: "artifact sha256", make: (g) => g.h(64) },
  { env: "ASSET_MD5", what: "asset md5", make: (g) => g.h(32) },
  { env: "TENANT_ID", what: "Azure tenant UUID", make: (g) => g.uuid() },
  { env: "SUBSCRIPTION_ID", what: "Azure subscription UUID", make: (g) => g.uuid() },
  { env: "REQUEST_ID", what: "request id", make: (g) => j("req_", g.a(24)) },
  { env: "TRACEPARENT", what: "W3C traceparent", make: (g) => j("00-", g.h(32), "-", g.h(16), "-01") },
  { env: "STRIPE_CUSTOMER_ID", what: "Stripe customer id", make: (g) => j("cus_", g.a(14)) },
  { env: "STRIPE_PRICE_ID", what: "Stripe price id", make: (g) => j("price_", "1", g.a(23)) },
  { env: "PAYMENT_INTENT_ID", what: "Stripe PaymentIntent id", make: (g) => j("pi_", "3", g.a(23)) },
  { env: "STRIPE_PUBLISHABLE_KEY", what: "Stripe publishable key", make: (g) => j("pk_", "live_", "51", g.a(97)) },
  { env: "OPENAI_ASSISTANT_ID", what: "OpenAI assistant id", make: (g) => j("asst_", g.a(24)) },
  { env: "OPENAI_ORG_ID", what: "OpenAI organization id", make: (g) => j("org-", g.a(24)) },
  { env: "LAST_COMPLETION_ID", what: "OpenAI chat completion id", make: (g) => j("chatcmpl-", g.a(29)) },
  { env: "ANTHROPIC_MESSAGE_ID", what: "Anthropic message id", make: (g) => j("msg_", "01", g.a(22)) },
  { env: "VERCEL_PROJECT_ID", what: "Vercel project id", make: (g) => j("prj_", g.a(28)) },
  { env: "SLACK_CHANNEL_ID", what: "Slack channel id", make: (g) => j("C0", g.u(9)) },
  { env: "AWS_ROLE_ARN", what: "AWS role ARN", make: (g) => j("arn:aws:iam::", g.d(12), ":role/deploy-ci") },
  { env: "KMS_KEY_ID", what: "AWS KMS key id (not key material)", make: (g) => g.uuid() },
  { env: "GPG_FINGERPRINT", what: "GPG key fingerprint", make: (g) => g.H(40) },
  { env: "SSH_HOST_FINGERPRINT", what: "SSH host key fingerprint", make: (g) => j("SHA256:", g.b64(43)) },
  { env: "DEPLOY_SSH_PUBKEY", what: "SSH ed25519 public key", make: (g) => j("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", g.b64(43), " ci@acme") },
  { env: "AGE_RECIPIENT", what: "age public recipient", make: (g) => j("age1", g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")) },
  { env: "WG_PEER_PUBLIC_KEY", what: "WireGuard peer public key", make: (g) => j(g.b64(42), "o=") },
  { env: "ETH_CONTRACT_ADDRESS", what: "Ethereum contract address", make: (g) => j("0x", g.h(40)) },
  { env: "IPFS_CID", what: "IPFS CID", make: (g) => j("bafybei", g.str(52, "abcdefghijklmnopqrstuvwxyz234567")) },
  { env: "SRI_HASH", what: "subresource integrity hash", make: (g) => j("sha384-", g.b64(64)) },
  { env: "LOCKFILE_INTEGRITY", what: "npm lockfile integrity", make: (g) => j("sha512-", g.b64(86), "==") },
  { env: "GO_SUM_HASH", what: "go.sum h1 hash", make: (g) => j("h1:", g.b64(43), "=") },
  { env: "LFS_OID", what: "Git LFS object id", make: (g) => j("sha256:", g.h(64)) },
  { env: "ETAG", what: "HTTP ETag", make: (g) => j('W/"', g.h(32), '"') },
  { env: "BUILD_ID", what: "CI build UUID", make: (g) => g.uuid() },
  { env: "SENTRY_RELEASE", what: "Sentry release (git sha)", make: (g) => j("api@", g.h(40)) },
  { env: "CHUNK_HASH", what: "webpack chunk hash filename", make: (g) => j("main.", g.h(8), ".", g.h(20), ".js") },
  { env: "DATADOG_TRACE_ID", what: "Datadog trace id", make: (g) => g.d(19) },
  { env: "CORRELATION_ID", what: "correlation id", make: (g) => j(g.h(8), "-", g.h(4), "-", g.h(4), "-", g.h(4), "-", g.h(12)) },
  { env: "GITHUB_RUN_ID", what: "GitHub run id", make: (g) => g.d(11) },
  { env: "CLOUDFLARE_ZONE_ID", what: "Cloudflare zone id", make: (g) => g.h(32) },
  { env: "CLOUDFLARE_ACCOUNT_ID", what: "Cloudflare account id", make: (g) => g.h(32) },
  { env: "FIREBASE_PROJECT_NUMBER", what: "GCP project number", make: (g) => g.d(12) },
  { env: "DOCKER_CONTENT_DIGEST", what: "OCI manifest digest", make: (g) => j("sha256:", g.h(64)) },
  { env: "NIX_STORE_PATH", what: "Nix store path hash", make: (g) => j("/nix/store/", g.str(32, "0123456789abcdfghijklmnpqrsvwxyz"), "-openssl-3.3.2") },
  { env: "TERRAFORM_STATE_LINEAGE", what: "Terraform state lineage UUID", make: (g) => g.uuid() },
  { env: "SHOPIFY_ORDER_GID", what: "Shopify order gid", make: (g) => j("gid://shopify/Order/", g.d(13)) },
];

// Placeholders, masks, references and encrypted values sitting in secret-named slots.
const slot: B[] = [
  { env: "OPENAI_API_KEY", what: "masked OpenAI key", make: () => j("sk-", "...", "XXXX") },
  { env: "ANTHROPIC_API_KEY", what: "placeholder", make: () => "<your-anthropic-key>" },
  { env: "STRIPE_SECRET_KEY", what: "masked Stripe key", make: () => j("sk_", "live_", "••••••••••••", "4242") },
  { env: "GITHUB_TOKEN", what: "Actions secret reference", make: () => "${{ secrets.GITHUB_TOKEN }}" },
  { env: "DATABASE_URL", what: "env interpolation", make: () => "postgres://${DB_USER}:${DB_PASSWORD}@${DB_HOST}:5432/app" },
  { env: "SLACK_BOT_TOKEN", what: "placeholder", make: () => j("xo", "xb-", "your-bot-token") },
  { env: "AWS_SECRET_ACCESS_KEY", what: "env reference", make: () => "${AWS_SECRET_ACCESS_KEY}" },
  { env: "SENDGRID_API_KEY", what: "1Password reference", make: () => "op://Engineering/SendGrid/credential" },
  { env: "DB_PASSWORD", what: "Vault reference", make: () => "vault:secret/data/prod/db#password" },
  { env: "TWILIO_AUTH_TOKEN", what: "AWS Secrets Manager ARN", make: (g) => j("arn:aws:secretsmanager:us-east-1:", g.d(12), ":secret:prod/twilio-", g.a(6)) },
  { env: "API_SECRET", what: "GCP Secret Manager path", make: () => "projects/acme-prod/secrets/api-secret/versions/latest" },
  { env: "SQL_PASSWORD", what: "Azure Key Vault reference", make: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sql-password/)" },
  { env: "REDIS_PASSWORD", what: "SSM parameter reference", make: () => "{{resolve:ssm-secure:/prod/redis/password:1}}" },
  { env: "JWT_SECRET", what: "SOPS encrypted value", make: (g) => j("ENC[AES256_GCM,data:", g.b64(60), "=,iv:", g.b64(43), "=,tag:", g.b64(22), "==,type:str]") },
  { env: "HF_TOKEN", what: "placeholder", make: () => j("h", "f_", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") },
  { env: "NPM_TOKEN", what: "npmrc env reference", make: () => "${NPM_TOKEN}" },
  { env: "DATADOG_API_KEY", what: "placeholder", make: () => "your_datadog_api_key_here" },
  { env: "SESSION_SECRET", what: "redacted", make: () => "[REDACTED]" },
  { env: "MAILGUN_API_KEY", what: "masked", make: () => j("key", "-", "********************************") },
  { env: "GROQ_API_KEY", what: "Doppler reference", make: () => "${doppler:GROQ_API_KEY}" },
  { env: "CLIENT_SECRET", what: "k8s secretKeyRef", make: () => "valueFrom.secretKeyRef{name: oauth, key: client-secret}" },
  { env: "PAYPAL_CLIENT_SECRET", what: "Helm template", make: () => '{{ .Values.paypal.clientSecret | quote }}' },
  { env: "LINEAR_API_KEY", what: "placeholder", make: () => j("lin", "_api_", "<redacted>") },
  { env: "SHOPIFY_ADMIN_TOKEN", what: "masked", make: () => j("sh", "pat_", "…", "a91f") },
  { env: "VAULT_TOKEN", what: "Vault agent file reference", make: () => "file:///vault/secrets/token" },
  { env: "SUPABASE_SERVICE_ROLE_KEY", what: "placeholder", make: () => "<service-role-key>" },
  { env: "ENCRYPTION_KEY", what: "Terraform variable reference", make: () => "var.encryption_key" },
  { env: "MONGODB_URI", what: "example with placeholder credentials", make: () => "mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/" },
  { env: "GOOGLE_CLIENT_SECRET", what: "env reference", make: () => "%GOOGLE_CLIENT_SECRET%" },
  { env: "DISCORD_BOT_TOKEN", what: "placeholder", make: () => "REPLACE_ME" },
  { env: "SMTP_PASSWORD", what: "ansible var reference", make: () => "{{ vault_smtp_password }}" },
  { env: "SECRET_KEY_BASE", what: "Rails credentials reference", make: () => "<%= Rails.application.credentials.secret_key_base %>" },
];

const NEUTRAL_RENDERERS = RENDERERS.filter((r) =>
  !["MCP tool result echo", "curl header", "form body", "C# appsettings use", "SQL seed insert", "chat message", "k8s Secret base64", "Python crash dump with locals"].includes(r.name),
);
const SLOT_RENDERERS = RENDERERS.filter((r) => r.name !== "k8s Secret base64" && r.name !== "chat message");
const fakeSpec = (env: string): Spec => ({ group: "benign", provider: "Acme", env, make: () => "" });

const out: CorpusCase[] = [];
let n = 0;
const push = (id: string, text: string, note: string) => out.push({ id, kind: "secrets", category: CAT, label: "benign", text, note });
neutral.forEach((b, i) => {
  const r = NEUTRAL_RENDERERS[(i * 5) % NEUTRAL_RENDERERS.length]!;
  push(`y95-b-${String(++n).padStart(3, "0")}`, r.render(b.env, b.make(g), fakeSpec(b.env), g), `${b.what} (${b.env}) in ${r.name}`);
});
slot.forEach((b, i) => {
  const r = SLOT_RENDERERS[(i * 7 + 3) % SLOT_RENDERERS.length]!;
  push(`y95-b-${String(++n).padStart(3, "0")}`, r.render(b.env, b.make(g), fakeSpec(b.env), g), `${b.what} (${b.env}) in ${r.name}`);
});

// Handcrafted look-alikes.
const pem = (label: string, lines: number) => {
  const body: string[] = [];
  for (let i = 0; i < lines; i++) body.push(g.b64(64));
  return [j("-----BEGIN ", label, "-----"), ...body, g.b64(24) + "==", j("-----END ", label, "-----")].join("\n");
};
const vaultHex = () => { const l: string[] = []; for (let i = 0; i < 6; i++) l.push(g.h(80)); return l.join("\n"); };
const hand: [string, string][] = [
  ["PEM certificate in nginx config pasted into chat", JSON.stringify({ role: "user", content: `nginx won't start, cert file:\n${pem("CERTIFICATE", 8)}\n\nssl_certificate /etc/nginx/tls/fullchain.pem;` })],
  ["PEM public key in JWT verifier config", `jwt:\n  issuer: https://auth.acme.io/\n  algorithms: [RS256]\n  public_key: |\n    ${pem("PUBLIC KEY", 5).split("\n").join("\n    ")}`],
  ["ansible-vault encrypted file via write_file", JSON.stringify({ type: "tool_use", id: "toolu_01Bn", name: "write_file", input: { path: "group_vars/prod/vault.yml", content: `$ANSIBLE_VAULT;1.1;AES256\n${vaultHex()}\n` } })],
  ["Bitnami SealedSecret encryptedData", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.b64(300)}==\n    DATABASE_URL: AgA${g.b64(280)}=`],
  ["base64 PNG data URI in CSS", `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64(240)}AAAAAElFTkSuQmCC");\n}`],
  ["minified JS bundle", `!function(e,t){"object"==typeof exports?module.exports=t():e.${g.str(6, "abcdefghijklmnopqrstuvwxyz")}=t()}(this,function(){var n="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2z",r=function(e){return e.split("").map(function(c){return c.charCodeAt(0)^42})};return{k:n,r:r,v:"${g.h(12)}"}});\n//# sourceMappingURL=app.${g.h(20)}.js.map`],
  ["Tailwind/CSS-module class names", `<div class="_container_${g.l(5)}_1 css-${g.l(7)} sc-${g.a(6)}-0 ${g.a(6)}">\n  <button class="btn_${g.h(8)} primary">Save</button>\n</div>\n<style>.css-${g.l(7)}{display:flex;gap:8px}</style>`],
  ["package-lock entry", JSON.stringify({ "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: j("sha512-", g.b64(86), "=="), license: "MIT" } }, null, 2)],
  ["Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.41.1"\nchecksum = "${g.h(64)}"`],
  ["git log output with SHAs in CI log", `$ git log --oneline -3\n${g.h(7)} fix retry loop\n${g.h(7)} bump deps\n${g.h(7)} add healthcheck\nHEAD is now at ${g.h(40)}`],
  ["HTTP response headers with ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${g.uuid()}\nx-amzn-trace-id: Root=1-${g.h(8)}-${g.h(24)}\ncf-ray: ${g.h(16)}-FRA\netag: "${g.h(32)}"`],
  ["MCP tool result listing Stripe objects", JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: JSON.stringify({ data: [{ id: j("ch_", "3", g.a(23)), customer: j("cus_", g.a(14)), payment_intent: j("pi_", "3", g.a(23)), balance_transaction: j("txn_", "3", g.a(23)) }] }) }] } })],
  ["known_hosts / authorized_keys", `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)}\nci-runner ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(200)} deploy@ci`],
  ["Docker pull log with digests", `latest: Pulling from acme/api\n${g.h(12)}: Pull complete\n${g.h(12)}: Pull complete\nDigest: sha256:${g.h(64)}\nStatus: Downloaded newer image for acme/api:latest`],
  ["pip hash-pinned requirements", `requests==2.32.3 \\\n    --hash=sha256:${g.h(64)} \\\n    --hash=sha256:${g.h(64)}\nurllib3==2.2.3 \\\n    --hash=sha256:${g.h(64)}`],
  ["SQL with UUIDs and hashes", `INSERT INTO uploads (id, owner_id, sha256, etag) VALUES\n  ('${g.uuid()}', '${g.uuid()}', '${g.h(64)}', '${g.h(32)}'),\n  ('${g.uuid()}', '${g.uuid()}', '${g.h(64)}', '${g.h(32)}');`],
  ["Markdown doc with placeholder curl", "## Auth\n\n```bash\ncurl https://api.acme.io/v1/items \\\n  -H \"Authorization: Bearer $ACME_API_KEY\"\n```\n\nReplace `$ACME_API_KEY` with the key from Settings → API (it starts with `ak_live_`)."],
  ["notebook output with dataframe hashes", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 7, metadata: {}, source: ["df[['user_id','email_sha256']].head(2)"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`   user_id  email_sha256\n0  ${g.d(6)}  ${g.h(64)}\n1  ${g.d(6)}  ${g.h(64)}`] } }] }], nbformat: 4, nbformat_minor: 5 })],
  ["OpenAI response body ids", JSON.stringify({ id: j("chatcmpl-", g.a(29)), object: "chat.completion", created: 1764990000, model: "gpt-4o-2024-08-06", system_fingerprint: j("fp_", g.h(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] })],
  ["Anthropic response body ids", JSON.stringify({ id: j("msg_", "01", g.a(22)), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: j("toolu_", "01", g.a(22)), name: "read_file", input: { path: "README.md" } }], stop_reason: "tool_use" })],
];
let k = 0;
for (const [what, text] of hand) push(`y95-bk-${String(++k).padStart(3, "0")}`, text, what);

export const cases: CorpusCase[] = out;
