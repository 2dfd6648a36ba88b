// heldout-y73 benign look-alikes: identifiers, digests, public material, placeholders, references,
// encrypted blobs and assets, in the same contexts as the positives.
import type { CorpusCase } from "../types.ts";
import { A, B64, D, Gen, H, HU, L, U, URL, RENDERERS, b64enc, type Spec } from "./_gen.ts";

const g = new Gen(0x7304);
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");

// Renderers that would put the value in an auth or secret slot whatever its key (or call it a key)
// are left out for benign values.
const SAFE = RENDERERS.filter((r) => !["C# code", "Jest test fixture", "chat message", "SQL seed insert", "Python code", "TypeScript code",
  "JSON request body", "Rust code", "Ruby code", "Markdown setup doc", "Terraform HCL", "k8s Secret (base64 data)"].includes(r.name));

type Row = [what: string, k: string, mk: () => string, hdr?: string];
const rows: Row[] = [
  ["git commit SHA", "GIT_SHA", () => g.str(40, H), "X-Build-Commit: "],
  ["container image digest", "IMAGE_DIGEST", () => `sha256:${g.str(64, H)}`, "X-Image-Digest: "],
  ["request id UUID", "REQUEST_ID", () => g.uuid(), "X-Request-Id: "],
  ["trace id", "TRACE_ID", () => g.str(32, H), "X-B3-TraceId: "],
  ["W3C traceparent", "TRACEPARENT", () => `00-${g.str(32, H)}-${g.str(16, H)}-01`, "traceparent: "],
  ["Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", () => g.t("pk", "_live_", "51", [14, A], [83, A]), "X-Publishable-Key: "],
  ["Stripe customer id", "STRIPE_CUSTOMER_ID", () => g.t("cus_", [14, A]), "X-Customer: "],
  ["Stripe price id", "STRIPE_PRICE_ID", () => g.t("price_", "1", [23, A]), "X-Price: "],
  ["OpenAI assistant id", "OPENAI_ASSISTANT_ID", () => g.t("asst_", [24, A]), "X-Assistant: "],
  ["OpenAI organization id", "OPENAI_ORG_ID", () => g.t("org-", [24, A]), "OpenAI-Organization: "],
  ["OpenAI project id", "OPENAI_PROJECT_ID", () => g.t("proj_", [24, A]), "OpenAI-Project: "],
  ["Anthropic message id", "LAST_MESSAGE_ID", () => g.t("msg_01", [22, A]), "X-Message-Id: "],
  ["chat completion id", "COMPLETION_ID", () => g.t("chatcmpl-", [29, A]), "X-Completion-Id: "],
  ["SRI integrity hash", "BUNDLE_INTEGRITY", () => `sha384-${g.str(64, B64)}`, "X-Integrity: "],
  ["npm lockfile integrity", "LOCK_INTEGRITY", () => `sha512-${g.str(86, B64)}==`, "X-Integrity: "],
  ["Go sum hash", "GOSUM_H1", () => `h1:${g.str(43, B64)}=`, "X-Sum: "],
  ["Cloudflare zone id", "CLOUDFLARE_ZONE_ID", () => g.str(32, H), "X-Zone: "],
  ["Cloudflare account id", "CLOUDFLARE_ACCOUNT_ID", () => g.str(32, H), "X-Account: "],
  ["Azure tenant id", "AZURE_TENANT_ID", () => g.uuid(), "X-Tenant: "],
  ["Azure subscription id", "AZURE_SUBSCRIPTION_ID", () => g.uuid(), "X-Subscription: "],
  ["Google OAuth client id", "GOOGLE_CLIENT_ID", () => `${g.str(12, D)}-${g.str(32, L)}.apps.googleusercontent.com`, "X-Client-Id: "],
  ["AWS account id", "AWS_ACCOUNT_ID", () => g.str(12, D), "X-Account: "],
  ["AWS IAM role ARN", "AWS_ROLE_ARN", () => `arn:aws:iam::${g.str(12, D)}:role/github-actions-deploy`, "X-Role: "],
  ["KMS key ARN", "KMS_KEY_ARN", () => `arn:aws:kms:us-east-1:${g.str(12, D)}:key/${g.uuid()}`, "X-Kms-Key: "],
  ["S3 ETag", "LAST_ETAG", () => `"${g.str(32, H)}"`, "If-None-Match: "],
  ["idempotency key", "IDEMPOTENCY_KEY", () => g.uuid(), "Idempotency-Key: "],
  ["GitHub node id", "GITHUB_REPO_NODE_ID", () => g.t("R_kgDO", [8, URL]), "X-Node: "],
  ["Slack channel id", "SLACK_CHANNEL_ID", () => g.t("C0", [9, U]), "X-Channel: "],
  ["GPG key fingerprint", "GPG_FINGERPRINT", () => g.str(40, HU), "X-Signer: "],
  ["Git LFS oid", "LFS_OID", () => `sha256:${g.str(64, H)}`, "X-Lfs-Oid: "],
  ["Docker build cache key", "CACHE_KEY", () => `node-modules-${g.str(64, H)}`, "X-Cache-Key: "],
  ["Sentry release", "SENTRY_RELEASE", () => `web@${g.str(12, H)}`, "X-Release: "],
  ["Datadog RUM application id", "DD_RUM_APPLICATION_ID", () => g.uuid(), "X-App: "],
  ["Mongo ObjectId", "DEFAULT_TENANT_ID", () => g.str(24, H), "X-Tenant: "],
  ["ULID", "JOB_ID", () => g.str(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"), "X-Job-Id: "],
  ["Firebase project id", "FIREBASE_PROJECT_ID", () => `acme-prod-${g.str(5, L)}`, "X-Project: "],
  ["Vercel project id", "VERCEL_PROJECT_ID", () => g.t("prj_", [28, A]), "X-Project: "],
  ["Stripe webhook endpoint id", "STRIPE_WEBHOOK_ENDPOINT", () => g.t("we_", "1", [23, A]), "X-Endpoint: "],
  ["Twilio message SID", "LAST_MESSAGE_SID", () => g.t("SM", [32, H]), "X-Message-Sid: "],
  ["PayPal order id", "PAYPAL_ORDER_ID", () => g.str(17, U), "X-Order: "],
  // placeholders, masks and references in secret slots
  ["masked OpenAI key", "OPENAI_API_KEY", () => "sk-proj-...XXXX"],
  ["angle-bracket placeholder", "ANTHROPIC_API_KEY", () => "<your-anthropic-api-key>"],
  ["shell variable reference", "STRIPE_SECRET_KEY", () => "${STRIPE_SECRET_KEY}"],
  ["GitHub Actions secrets expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"],
  ["Vault reference", "DATABASE_PASSWORD", () => "vault:secret/data/prod/db#password"],
  ["1Password reference", "SENDGRID_API_KEY", () => "op://Production/SendGrid/credential"],
  ["AWS Secrets Manager ARN", "DB_SECRET_ARN", () => `arn:aws:secretsmanager:us-east-1:${g.str(12, D)}:secret:prod/db-${g.str(6, A)}`],
  ["GCP Secret Manager path", "API_KEY_SECRET", () => `projects/${g.str(12, D)}/secrets/vendor-api-key/versions/latest`],
  ["Azure Key Vault reference", "ConnectionString", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sql-conn/)"],
  ["SSM parameter reference", "SLACK_BOT_TOKEN", () => "{{resolve:ssm-secure:/prod/slack/bot-token:3}}"],
  ["SOPS encrypted value", "TWILIO_AUTH_TOKEN", () => `ENC[AES256_GCM,data:${g.str(44, B64)},iv:${g.str(43, B64)}=,tag:${g.str(22, B64)}==,type:str]`],
  ["bullet mask", "STRIPE_SECRET_KEY", () => "sk_live_••••••••••••••••4242"],
  ["asterisk mask", "AWS_SECRET_ACCESS_KEY", () => "****************************************"],
  ["changeme placeholder", "POSTGRES_PASSWORD", () => "changeme"],
  ["redacted marker", "GITHUB_TOKEN", () => "[REDACTED]"],
  ["empty-with-comment placeholder", "DATADOG_API_KEY", () => "your_datadog_api_key_here"],
  ["Doppler reference", "HEROKU_API_KEY", () => "${doppler:HEROKU_API_KEY}"],
  ["k8s secretKeyRef style name", "REDIS_PASSWORD_SECRET", () => "redis-credentials/password"],
  ["Helm template value", "SENTRY_AUTH_TOKEN", () => "{{ .Values.sentry.authToken }}"],
  ["env-file indirection", "MAILGUN_API_KEY", () => "file:/run/secrets/mailgun_api_key"],
];

const rotated: CorpusCase[] = rows.map(([what, k, mk, hdr], i) => {
  const s: Spec = { p: what, g: "benign", k, v: mk(), hdr: hdr ?? "Authorization: Bearer " };
  const r = SAFE[(i + 3) % SAFE.length]!;
  return { id: `y73-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty73-benign", label: "benign", text: r.f(s, g), note: `benign: ${what} (${k}) in ${r.name}` };
});

let n = 0;
const bk = (note: string, text: string): CorpusCase => ({ id: `y73-bk-${String(++n).padStart(3, "0")}`, kind: "secrets", category: "heldouty73-benign", label: "benign", text, note: `benign: ${note}` });

const certBody = () => `MIIF${g.str(1700, B64)}`;
const png = () => `iVBORw0KGgoAAAANSUhEUgAAA${g.str(600, B64)}AAAAAElFTkSuQmCC`;

const handcrafted: CorpusCase[] = [
  bk("PEM certificate chain in chat body", JSON.stringify({ messages: [{ role: "user", content: `is this cert chain in the right order?\n-----BEGIN CERTIFICATE-----\n${wrap(certBody())}\n-----END CERTIFICATE-----\n-----BEGIN CERTIFICATE-----\n${wrap(certBody())}\n-----END CERTIFICATE-----` }] })),
  bk("PEM public key in JWKS config", `jwt:\n  issuer: https://auth.acme.io/\n  public_key: |\n    -----BEGIN PUBLIC KEY-----\n${wrap(`MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${g.str(330, B64)}IDAQAB`).split("\n").map((l) => `    ${l}`).join("\n")}\n    -----END PUBLIC KEY-----\n`),
  bk("ssh-ed25519 authorized_keys via tool call", JSON.stringify({ tool_calls: [{ id: `call_${g.str(24, A)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.str(43, B64)} ci@runner' >> ~/.ssh/authorized_keys` }) } }] })),
  bk("ssh-rsa public key in cloud-init", `#cloud-config\nusers:\n  - name: deploy\n    groups: sudo\n    ssh_authorized_keys:\n      - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.str(500, B64)}= deploy@laptop\n`),
  bk("JWKS document with public RSA modulus", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.str(43, URL), alg: "RS256", n: g.str(342, URL), e: "AQAB" }] }, null, 2)),
  bk("age public recipient in .sops.yaml", `creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n    pgp: ${g.str(40, HU)}\n`),
  bk("SOPS-encrypted YAML file", `db:\n    password: ENC[AES256_GCM,data:${g.str(32, B64)},iv:${g.str(43, B64)}=,tag:${g.str(22, B64)}==,type:str]\n    user: ENC[AES256_GCM,data:${g.str(8, B64)},iv:${g.str(43, B64)}=,tag:${g.str(22, B64)}==,type:str]\nsops:\n    age:\n        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n${wrap(g.str(300, B64)).split("\n").map((l) => `            ${l}`).join("\n")}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2026-11-03T10:12:44Z"\n    mac: ENC[AES256_GCM,data:${g.str(88, B64)},iv:${g.str(43, B64)}=,tag:${g.str(22, B64)}==,type:str]\n    version: 3.9.1\n`),
  bk("ansible-vault encrypted vars", `---\n# group_vars/prod/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n${wrap(g.str(640, H), 80)}\n`),
  bk("Bitnami SealedSecret", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    OPENAI_API_KEY: AgB${g.str(680, B64)}==\n    STRIPE_SECRET_KEY: AgC${g.str(680, B64)}==\n`),
  bk("base64 PNG data URI in HTML", `<img alt="logo" width="32" height="32" src="data:image/png;base64,${png()}" />`),
  bk("base64 PNG in notebook output", JSON.stringify({ cell_type: "code", execution_count: 4, outputs: [{ output_type: "display_data", data: { "image/png": png(), "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }], source: ["df.plot()"] })),
  bk("minified JS bundle", `!function(e,t){"object"==typeof exports?module.exports=t():e.ui=t()}(this,function(){var n="${g.str(40, A)}",r={${Array.from({ length: 8 }, () => `${g.str(2, L)}:"${g.str(20, URL)}"`).join(",")}};return function(e){return r[e]||n}});\n//# sourceMappingURL=app.${g.str(20, H)}.js.map`),
  bk("CSS-in-JS generated class names", `.css-${g.str(7, L)}{display:flex;gap:8px}.css-${g.str(7, L)}{color:#${g.str(6, H)};font:500 14px/1.4 Inter}.sc-${g.str(6, A)}-0.${g.str(6, A)}{margin:0}\n.${g.str(20, A)}{background:url(data:image/svg+xml;base64,${b64enc(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><path d="M0 0h${g.range(2, 8)}v${g.range(2, 8)}H0z"/></svg>`)})}`),
  bk("package-lock.json entries", JSON.stringify({ packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: `sha512-${g.str(86, B64)}==` }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${g.str(86, B64)}==` } } }, null, 2)),
  bk("Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.str(64, H)}"\n\n[[package]]\nname = "tokio"\nversion = "1.41.1"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.str(64, H)}"\n`),
  bk("go.sum lines", `github.com/google/uuid v1.6.0 h1:${g.str(43, B64)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.str(43, B64)}=\ngolang.org/x/crypto v0.29.0 h1:${g.str(43, B64)}=\n`),
  bk("git log output with SHAs", `commit ${g.str(40, H)}\nAuthor: Dana Ortiz <dana@acme.io>\nDate:   Tue Nov 24 10:02:11 2026 +0000\n\n    fix: retry on 429\n\ncommit ${g.str(40, H)}\nMerge: ${g.str(7, H)} ${g.str(7, H)}\nAuthor: CI <ci@acme.io>\n\n    Merge pull request #${g.range(100, 999)}\n`),
  bk("GitHub Actions log with masked secrets", `2026-11-20T09:14:22.1Z Run ./deploy.sh\n2026-11-20T09:14:22.1Z env:\n2026-11-20T09:14:22.1Z   AWS_ACCESS_KEY_ID: ***\n2026-11-20T09:14:22.1Z   AWS_SECRET_ACCESS_KEY: ***\n2026-11-20T09:14:22.1Z   IMAGE: ghcr.io/acme/api@sha256:${g.str(64, H)}\n2026-11-20T09:14:31.8Z Deployed revision ${g.str(40, H)}\n`),
  bk("Terraform plan with sensitive values hidden", `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id                = "db-${g.str(26, U)}"\n      ~ password          = (sensitive value)\n        kms_key_id        = "arn:aws:kms:us-east-1:${g.str(12, D)}:key/${g.uuid()}"\n        tags              = {}\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`),
  bk("Stripe webhook signature header", `POST /webhooks/stripe HTTP/1.1\nHost: api.acme.io\nStripe-Signature: t=${g.range(1790000000, 1799999999)},v1=${g.str(64, H)},v0=${g.str(64, H)}\nContent-Type: application/json\n\n{"id":"evt_${g.str(24, A)}","type":"invoice.paid","data":{"object":{"id":"in_${g.str(24, A)}","customer":"cus_${g.str(14, A)}"}}}`),
  bk("GitHub webhook signature header", `X-GitHub-Delivery: ${g.uuid()}\nX-GitHub-Event: push\nX-Hub-Signature-256: sha256=${g.str(64, H)}\nX-GitHub-Hook-ID: ${g.str(9, D)}`),
  bk("AWS SigV4 Authorization header (signature only)", `> GET /?list-type=2 HTTP/1.1\n> Host: acme-assets.s3.amazonaws.com\n> X-Amz-Date: 20261120T091422Z\n> X-Amz-Content-Sha256: ${g.str(64, H)}\n> Authorization: AWS4-HMAC-SHA256 Credential=ASIA/20261120/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=${g.str(64, H)}`),
  bk("bcrypt hashes in SQL seed", `INSERT INTO users (email, password_hash) VALUES\n  ('admin@acme.io', '$2b$12$${g.str(53, `${A}./`)}'),\n  ('qa@acme.io', '$2b$12$${g.str(53, `${A}./`)}');\n`),
  bk("argon2 hash in Django fixture", JSON.stringify([{ model: "auth.user", pk: 1, fields: { username: "admin", password: `argon2$argon2id$v=19$m=102400,t=2,p=8$${g.str(22, B64)}$${g.str(43, B64)}` } }], null, 2)),
  bk("OpenAI chat completion response ids", JSON.stringify({ id: `chatcmpl-${g.str(29, A)}`, object: "chat.completion", created: 1795000000, model: "gpt-4.1-2025-04-14", system_fingerprint: `fp_${g.str(10, H)}`, choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] }, null, 2)),
  bk("Anthropic response with ids", JSON.stringify({ id: `msg_01${g.str(22, A)}`, type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: `toolu_01${g.str(22, A)}`, name: "read_file", input: { path: "README.md" } }], stop_reason: "tool_use", usage: { input_tokens: 1532, output_tokens: 41 } })),
  bk("Stripe API object dump", JSON.stringify({ id: `pi_${g.str(24, A)}`, object: "payment_intent", amount: 4900, client_secret: null, customer: `cus_${g.str(14, A)}`, latest_charge: `ch_${g.str(24, A)}`, payment_method: `pm_${g.str(24, A)}`, livemode: true }, null, 2)),
  bk("docker inspect digests", `[\n  {\n    "Id": "sha256:${g.str(64, H)}",\n    "RepoDigests": ["ghcr.io/acme/api@sha256:${g.str(64, H)}"],\n    "Parent": "",\n    "Created": "2026-11-20T09:10:02.1Z"\n  }\n]`),
  bk("Kubernetes pod with uid and image digest", `apiVersion: v1\nkind: Pod\nmetadata:\n  name: api-${g.str(10, L)}-${g.str(5, L)}\n  uid: ${g.uuid()}\n  resourceVersion: "${g.str(8, D)}"\nspec:\n  containers:\n    - name: api\n      image: ghcr.io/acme/api@sha256:${g.str(64, H)}\n      env:\n        - name: OPENAI_API_KEY\n          valueFrom:\n            secretKeyRef: {name: api-keys, key: openai}\n`),
  bk("Markdown docs with placeholder keys", `## Configuration\n\n| variable | example |\n|---|---|\n| \`OPENAI_API_KEY\` | \`sk-...\` |\n| \`STRIPE_SECRET_KEY\` | \`sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\` |\n| \`GITHUB_TOKEN\` | \`ghp_<40 chars>\` |\n\nNever commit real values; use \`op run -- npm start\`.`),
  bk(".env.example with empty and placeholder values", `# copy to .env\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=your-key-here\nDATABASE_URL=postgres://user:password@localhost:5432/app\nREDIS_URL=redis://localhost:6379\nSENTRY_DSN=\n`),
  bk("diff replacing a literal with env lookup", `-API_TOKEN = os.environ.get("API_TOKEN", "REPLACE_ME")\n+API_TOKEN = os.environ["API_TOKEN"]\n+# fetched at startup from AWS Secrets Manager: arn:aws:secretsmanager:eu-west-1:${g.str(12, D)}:secret:api-token-${g.str(6, A)}`),
  bk("crash dump with hashes and ids only", `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x${g.str(7, H)}]\n\ngoroutine ${g.range(10, 900)} [running]:\nmain.(*Handler).Serve(0xc000${g.str(6, H)}, {0x${g.str(7, H)}, 0xc000${g.str(6, H)}})\n\t/src/handler.go:88 +0x${g.str(3, H)}\nrequest_id=${g.uuid()} trace=${g.str(32, H)} build=${g.str(40, H)}`),
  bk("MCP tool result listing S3 objects with ETags", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: Array.from({ length: 4 }, () => `2026-11-2${g.range(0, 9)} 10:${g.range(10, 59)}  ${g.range(1000, 99999)}  exports/${g.str(8, H)}.parquet  etag=${g.str(32, H)}`).join("\n") }] } })),
  bk("curl with Google OAuth client id and PKCE challenge", `curl "https://accounts.google.com/o/oauth2/v2/auth?client_id=${g.str(12, D)}-${g.str(32, L)}.apps.googleusercontent.com&redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fcb&response_type=code&code_challenge=${g.str(43, URL)}&code_challenge_method=S256&state=${g.str(16, H)}"`),
  bk("Subresource integrity script tags", `<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${g.str(64, B64)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="/assets/app.${g.str(8, H)}.css" integrity="sha256-${g.str(43, B64)}=">`),
  bk("PGP public key block in README", `Verify releases with our signing key:\n\n\`\`\`\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${wrap(`mDMEZ${g.str(400, B64)}`)}\n=${g.str(4, B64)}\n-----END PGP PUBLIC KEY BLOCK-----\n\`\`\``),
  bk("HCL with variable and data-source references", `resource "aws_lambda_function" "api" {\n  function_name = "api"\n  environment {\n    variables = {\n      STRIPE_SECRET_KEY = var.stripe_secret_key\n      DB_PASSWORD       = data.aws_secretsmanager_secret_version.db.secret_string\n      SOURCE_HASH       = "${g.str(64, H)}"\n    }\n  }\n}\n`),
  bk("Java properties with Spring placeholders", `spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.password=\${DB_PASSWORD}\napp.stripe.secret-key=\${vcap.services.stripe.credentials.secret_key}\napp.build.commit=${g.str(40, H)}\n`),
  bk("XML with encrypted config section", `<configuration>\n  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">\n    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">\n      <CipherData>\n        <CipherValue>${g.str(344, B64)}</CipherValue>\n      </CipherData>\n    </EncryptedData>\n  </connectionStrings>\n</configuration>`),
];

export const cases: CorpusCase[] = [...rotated, ...handcrafted];
