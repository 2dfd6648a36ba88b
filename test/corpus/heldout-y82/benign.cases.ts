// heldout-y82 benign: hard look-alikes in the same outbound contexts (rotated slots + handcrafted).
import type { CorpusCase } from "../types.ts";
import { AL, DIG, Gen, HX, HXU, LO, NEUTRAL, UP } from "./_gen.ts";

const g = new Gen(0x82b3);
const out: CorpusCase[] = [];

// [provider/what, env name, value]
const SLOTS: Array<[string, string, (g: Gen) => string]> = [
  ["git commit SHA", "GIT_COMMIT_SHA", (g) => g.s(40, HX)],
  ["build artifact SHA-256", "ARTIFACT_SHA256", (g) => g.s(64, HX)],
  ["container image digest", "IMAGE_DIGEST", (g) => "sha256:" + g.s(64, HX)],
  ["request id", "REQUEST_ID", (g) => g.uuid()],
  ["OpenTelemetry trace id", "TRACE_ID", (g) => g.s(32, HX)],
  ["OpenTelemetry span id", "PARENT_SPAN_ID", (g) => g.s(16, HX)],
  ["Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => g.j("cus", "_", g.s(14, AL))],
  ["Stripe price id", "STRIPE_PRICE_ID", (g) => g.j("price", "_1", g.s(23, AL))],
  ["Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (g) => g.j("pk", "_live_", g.s(99, AL))],
  ["OpenAI completion id", "LAST_COMPLETION_ID", (g) => g.j("chatcmpl", "-", g.s(29, AL))],
  ["Anthropic message id", "LAST_MESSAGE_ID", (g) => g.j("msg", "_01", g.s(22, AL))],
  ["OpenAI assistant id", "OPENAI_ASSISTANT_ID", (g) => g.j("asst", "_", g.s(24, AL))],
  ["OpenAI vector store id", "VECTOR_STORE_ID", (g) => g.j("vs", "_", g.s(24, AL))],
  ["AWS account id", "AWS_ACCOUNT_ID", (g) => g.s(12, DIG)],
  ["AWS KMS key ARN", "KMS_KEY_ARN", (g) => `arn:aws:kms:eu-west-1:${g.s(12, DIG)}:key/${g.uuid()}`],
  ["AWS Secrets Manager ARN", "DB_SECRET_ARN", (g) => `arn:aws:secretsmanager:us-east-1:${g.s(12, DIG)}:secret:prod/db/password-${g.s(6, AL)}`],
  ["EC2 AMI id", "BASE_AMI", (g) => "ami-" + g.s(17, HX)],
  ["VPC subnet id", "SUBNET_ID", (g) => "subnet-" + g.s(17, HX)],
  ["CloudFront distribution id", "CLOUDFRONT_DISTRIBUTION_ID", (g) => "E" + g.s(13, UP)],
  ["GCP Secret Manager reference", "DB_PASSWORD", (g) => `projects/acme-prod-${g.s(6, DIG)}/secrets/db-password/versions/latest`],
  ["1Password secret reference", "STRIPE_SECRET_KEY", () => "op://Engineering/Stripe Live/credential"],
  ["Vault path reference", "GITHUB_TOKEN", () => "vault:secret/data/ci/github#token"],
  ["Azure Key Vault reference", "SENDGRID_API_KEY", (g) => `@Microsoft.KeyVault(SecretUri=https://kv-acme-prod.vault.azure.net/secrets/sendgrid-key/${g.s(32, HX)})`],
  ["env interpolation placeholder", "OPENAI_API_KEY", () => "${OPENAI_API_KEY}"],
  ["angle-bracket placeholder", "ANTHROPIC_API_KEY", () => "<your-anthropic-api-key>"],
  ["masked key", "OPENAI_API_KEY", (g) => "sk-...." + g.s(4, AL)],
  ["masked Stripe key", "STRIPE_SECRET_KEY", (g) => "sk_live_" + "*".repeat(20) + g.s(4, AL)],
  ["redaction marker", "SLACK_BOT_TOKEN", () => "[REDACTED]"],
  ["GitHub Actions secret expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"],
  ["Helm template reference", "DATABASE_PASSWORD", () => '{{ .Values.db.existingSecret | quote }}'],
  ["SRI integrity hash", "SCRIPT_INTEGRITY", (g) => "sha384-" + g.b64(48)],
  ["npm lockfile integrity", "PKG_INTEGRITY", (g) => "sha512-" + g.b64(64)],
  ["MD5 content hash", "CONTENT_MD5", (g) => g.s(32, HX)],
  ["S3 ETag", "OBJECT_ETAG", (g) => `"${g.s(32, HX)}-4"`],
  ["webpack chunk hash", "BUNDLE_HASH", (g) => g.s(20, HX)],
  ["Ethereum contract address", "CONTRACT_ADDRESS", (g) => "0x" + g.s(40, HX)],
  ["Ethereum transaction hash", "DEPLOY_TX_HASH", (g) => "0x" + g.s(64, HX)],
  ["Slack channel id", "SLACK_ALERT_CHANNEL", (g) => "C0" + g.s(9, UP)],
  ["Discord guild id", "DISCORD_GUILD_ID", (g) => g.s(19, DIG)],
  ["Sentry event id", "SENTRY_EVENT_ID", (g) => g.s(32, HX)],
  ["Terraform state lineage", "TF_STATE_LINEAGE", (g) => g.uuid()],
  ["Docker image id", "IMAGE_ID", (g) => g.s(12, HX)],
  ["Go module sum", "MODULE_SUM", (g) => "h1:" + g.b64(32)],
  ["Cloudflare zone id", "CLOUDFLARE_ZONE_ID", (g) => g.s(32, HX)],
  ["Google Analytics measurement id", "GA_MEASUREMENT_ID", (g) => "G-" + g.s(10, UP)],
  ["Auth0 client id (public)", "AUTH0_CLIENT_ID", (g) => g.s(32, AL)],
  ["OAuth public client id", "GOOGLE_CLIENT_ID", (g) => `${g.s(12, DIG)}-${g.s(32, LO)}.apps.googleusercontent.com`],
  ["Azure tenant id", "AZURE_TENANT_ID", (g) => g.uuid()],
  ["Kubernetes pod UID", "POD_UID", (g) => g.uuid()],
  ["GitHub run id", "GITHUB_RUN_ID", (g) => g.s(11, DIG)],
  ["feature flag id", "EXPERIMENT_ID", (g) => "exp_" + g.s(20, LO)],
  ["SOPS encrypted value", "DB_PASSWORD", (g) => `ENC[AES256_GCM,data:${g.b64(24)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]`],
  ["IPFS CID", "ASSET_CID", (g) => "bafybei" + g.s(52, "abcdefghijklmnopqrstuvwxyz234567")],
  ["semantic release version + sha", "RELEASE", (g) => `v3.14.2+${g.s(7, HX)}`],
  ["placeholder of x", "TWILIO_AUTH_TOKEN", () => "x".repeat(32)],
  ["changeme default", "ADMIN_PASSWORD", () => "changeme"],
  ["Hugging Face model revision", "MODEL_REVISION", (g) => g.s(40, HX)],
  ["Datadog trace id (decimal)", "DD_TRACE_ID", (g) => g.s(19, DIG)],
  ["public VAPID key", "VAPID_PUBLIC_KEY", (g) => "B" + g.b64url(64)],
  ["upper-hex checksum", "FIRMWARE_CRC", (g) => g.s(8, HXU)],
];

let k = 3;
SLOTS.forEach(([what, env, make], i) => {
  const rend = NEUTRAL[k++ % NEUTRAL.length]!;
  out.push({
    id: `y82-b-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: "heldouty82-benign",
    label: "benign",
    text: rend.r({ provider: what, env, value: make(g) }, g),
    note: `${what} (${env}) in ${rend.name}`,
  });
});

const D = "-----";
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const cert = () => `${D}BEGIN CERTIFICATE${D}\n${wrap("MIID" + g.b64(700))}\n${D}END CERTIFICATE${D}`;
const pub = () => `${D}BEGIN PUBLIC KEY${D}\n${wrap("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + g.b64(230))}\n${D}END PUBLIC KEY${D}`;
const H: Array<[string, string]> = [];
const add = (note: string, text: string) => H.push([note, text]);

add("PEM certificate chain pasted in chat body", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `is this chain in the right order?\n${cert()}\n${cert()}\n` }] }));
add("PEM public key in a JWT verifier config (YAML)", `auth:\n  issuer: https://auth.acme.io/\n  audience: api\n  public_key: |\n${pub().split("\n").map((l) => "    " + l).join("\n")}\n`);
add("SSH public key in authorized_keys via write_file", JSON.stringify({ type: "tool_use", id: "toolu_01" + "Pq", name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(32).slice(0, 43)} deploy@ci\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(380)} alice@laptop\n` } }));
add("PGP public key block in Markdown SECURITY.md", `# Security\n\nEncrypt reports to security@acme.io:\n\n\`\`\`\n${D}BEGIN PGP PUBLIC KEY BLOCK${D}\n\n${wrap("mQINB" + g.b64(500))}\n=${g.s(4, AL)}\n${D}END PGP PUBLIC KEY BLOCK${D}\n\`\`\`\n`);
add("JWKS public keys JSON (MCP tool result)", JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.s(16, HX), alg: "RS256", n: g.b64url(256), e: "AQAB" }, { kty: "EC", crv: "P-256", kid: g.s(16, HX), x: g.b64url(32), y: g.b64url(32) }] }) }] } }));
add("SOPS-encrypted secrets.yaml", `db:\n    password: ENC[AES256_GCM,data:${g.b64(18)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n    user: ENC[AES256_GCM,data:${g.b64(6)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\nsops:\n    age:\n        - recipient: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            ${D}BEGIN AGE ENCRYPTED FILE${D}\n            ${g.b64(48)}\n            ${D}END AGE ENCRYPTED FILE${D}\n    lastmodified: "2026-11-02T10:11:12Z"\n    mac: ENC[AES256_GCM,data:${g.b64(64)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n    version: 3.9.1\n`);
add("Bitnami SealedSecret manifest", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: Ag${g.b64(360)}\n    OPENAI_API_KEY: Ag${g.b64(360)}\n`);
add("ansible-vault encrypted vars file", `$ANSIBLE_VAULT;1.1;AES256\n${wrap(g.s(640, HX), 80)}\n`);
add("base64 PNG data URI in CSS", `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAg${g.b64(600)}");\n}\n`);
add("minified JS bundle chunk", `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.p="/static/",n.h="${g.s(20, HX)}",n(n.s="${g.s(8, HX)}")}({"${g.s(8, HX)}":function(e,t,n){"use strict";e.exports={root:"_root_${g.s(5, AL)}_1",title:"_title_${g.s(5, AL)}_7",sha:"${g.s(40, HX)}"}}});`);
add("CSS-in-JS generated class names", `.css-${g.s(7, LO)}{display:flex}.sc-${g.s(6, AL)}-0.${g.s(6, AL)}{color:#1a1a1a}.css-${g.s(7, LO)}-MuiButton-root{padding:6px 16px}.emotion-${g.s(10, LO)}{margin:0}`);
add("package-lock.json entries with integrity", JSON.stringify({ packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: "sha512-" + g.b64(64) }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + g.b64(64) } } }, null, 2));
add("go.sum lines", `github.com/google/uuid v1.6.0 h1:${g.b64(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64(32)}\ngolang.org/x/sync v0.8.0 h1:${g.b64(32)}\n`);
add("Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.s(64, HX)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.s(64, HX)}"\n`);
add("pip requirements with --hash", `requests==2.32.3 \\\n    --hash=sha256:${g.s(64, HX)} \\\n    --hash=sha256:${g.s(64, HX)}\nurllib3==2.2.3 \\\n    --hash=sha256:${g.s(64, HX)}\n`);
add("docker pull output with digests", `$ docker pull ghcr.io/acme/api:1.9.0\n1.9.0: Pulling from acme/api\n${g.s(12, HX)}: Pull complete\n${g.s(12, HX)}: Pull complete\nDigest: sha256:${g.s(64, HX)}\nStatus: Downloaded newer image for ghcr.io/acme/api:1.9.0`);
add("git log --oneline pasted in chat", JSON.stringify({ role: "user", content: `which of these broke the build?\n${[0, 1, 2, 3, 4].map((i) => `${g.s(7, HX)} ${["fix: retry on 503", "chore(deps): bump zod", "feat: add export", "refactor auth middleware", "ci: cache pnpm store"][i]}`).join("\n")}` }));
add("Terraform plan with sensitive values hidden", `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id                = "db-${g.s(26, UP)}"\n      ~ password          = (sensitive value)\n        kms_key_id        = "arn:aws:kms:us-east-1:${g.s(12, DIG)}:key/${g.uuid()}"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`);
add("GitHub Actions workflow using secrets expressions", `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${g.s(40, HX)} # v4.2.2\n      - run: ./deploy.sh\n        env:\n          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          STRIPE_SECRET_KEY: \${{ secrets.STRIPE_SECRET_KEY }}\n`);
add("CI log with masked secrets", `2026-11-30T10:14:02Z + curl -H 'Authorization: Bearer ***' https://api.acme.io/deploy\n2026-11-30T10:14:02Z + export NPM_TOKEN=***\n2026-11-30T10:14:03Z npm notice Publishing to https://registry.npmjs.org/ with tag latest\n2026-11-30T10:14:05Z + @acme/sdk@4.2.0`);
add(".env.example with placeholders (write_file)", JSON.stringify({ type: "tool_use", id: "toolu_01" + "Ex", name: "write_file", input: { path: ".env.example", content: "OPENAI_API_KEY=sk-your-key-here\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nGITHUB_TOKEN=<github-token>\nDATABASE_URL=postgres://user:password@localhost:5432/app\n" } }));
add("curl using shell variable for token", `curl -sS https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "OpenAI-Organization: $OPENAI_ORG_ID"`);
add("Kubernetes secretKeyRef deployment", `env:\n  - name: STRIPE_SECRET_KEY\n    valueFrom:\n      secretKeyRef:\n        name: payments\n        key: stripe-secret-key\n  - name: DATADOG_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: observability\n        key: dd-api-key\n`);
add("ExternalSecret manifest referencing AWS Secrets Manager", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: OPENAI_API_KEY\n      remoteRef:\n        key: prod/api/openai\n        property: api_key\n`);
add("Stripe webhook signature header (HMAC, not a key)", `POST /webhooks/stripe HTTP/1.1\nHost: api.acme.io\nStripe-Signature: t=1764497000,v1=${g.s(64, HX)},v0=${g.s(64, HX)}\nContent-Type: application/json\n\n{"id":"evt_${g.s(24, AL)}","type":"invoice.paid"}`);
add("GitHub webhook delivery headers", `X-GitHub-Delivery: ${g.uuid()}\nX-GitHub-Event: push\nX-Hub-Signature-256: sha256=${g.s(64, HX)}\nX-GitHub-Hook-ID: ${g.s(9, DIG)}`);
add("OpenAI API response with ids (no secrets)", JSON.stringify({ id: "chatcmpl-" + g.s(29, AL), object: "chat.completion", created: 1764497000, model: "gpt-4.1-2025-04-14", system_fingerprint: "fp_" + g.s(10, HX), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3 } }));
add("Anthropic response headers with request id", `HTTP/2 200\ncontent-type: application/json\nrequest-id: req_011${g.s(21, AL)}\nanthropic-organization-id: ${g.uuid()}\nanthropic-ratelimit-requests-remaining: 3999\ncf-ray: ${g.s(16, HX)}-FRA`);
add("Stripe API response JSON with object ids", JSON.stringify({ id: "pi_" + g.s(24, AL), object: "payment_intent", amount: 2000, currency: "eur", customer: "cus_" + g.s(14, AL), latest_charge: "ch_" + g.s(24, AL), payment_method: "pm_" + g.s(24, AL), client_secret: null, status: "succeeded" }, null, 2));
add("SQL migration with UUID primary keys and hashes", `INSERT INTO files (id, sha256, etag, uploaded_by) VALUES\n  ('${g.uuid()}', '${g.s(64, HX)}', '${g.s(32, HX)}', '${g.uuid()}'),\n  ('${g.uuid()}', '${g.s(64, HX)}', '${g.s(32, HX)}', '${g.uuid()}');`);
add("bcrypt/argon2 password hashes in fixtures (not reversible)", `users:\n  - email: alice@example.com\n    password_hash: "$argon2id$v=19$m=65536,t=3,p=4$${g.b64(16).replace(/=+$/, "")}$${g.b64(32).replace(/=+$/, "")}"\n  - email: bob@example.com\n    password_hash: "$2b$12$${g.s(53, AL + "./")}"\n`);
add("Python crash dump with locals that are ids only", `Traceback (most recent call last):\n  File "/app/jobs/reindex.py", line 41, in run\n    idx.upsert(batch)\nTimeoutError: upsert timed out\n\nLocals at frame run:\n    batch_id = '${g.uuid()}'\n    checksum = '${g.s(40, HX)}'\n    trace_id = '${g.s(32, HX)}'`);
add("Jupyter notebook output with a base64 PNG", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 5, metadata: {}, source: ["df.plot()\n"], outputs: [{ output_type: "display_data", data: { "image/png": "iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzk" + g.b64(900), "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }] }], nbformat: 4, nbformat_minor: 5 }, null, 1));
add("Markdown docs with placeholder tokens", `## Authentication\n\nPass your key in the header:\n\n\`\`\`bash\ncurl https://api.acme.io/v1/me -H "Authorization: Bearer YOUR_API_KEY"\n\`\`\`\n\nKeys look like \`acme_live_XXXXXXXXXXXXXXXX\`. Never commit them.\n`);
add("diff rotating a secret into a secret-manager reference", `--- a/config/prod.yaml\n+++ b/config/prod.yaml\n@@ -4,3 +4,3 @@ payments:\n-  stripe_key: \${STRIPE_SECRET_KEY}\n+  stripe_key: aws-sm://prod/payments/stripe#secret_key\n   currency: eur\n`);
add("Azure app settings with Key Vault references (JSON)", JSON.stringify([{ name: "OPENAI_API_KEY", value: "@Microsoft.KeyVault(VaultName=kv-acme;SecretName=openai-key)", slotSetting: false }, { name: "WEBSITE_RUN_FROM_PACKAGE", value: "1", slotSetting: false }], null, 2));
add("Windows crash dump module list with GUIDs", `Loaded modules:\n  00007ff6'1a2b0000 app.exe     {${g.uuid().toUpperCase()}} pdb age 1\n  00007ffa'33c40000 ntdll.dll   {${g.uuid().toUpperCase()}} pdb age 1\nException code: 0xC0000005 at 00007ff6'1a2b${g.s(4, HX)}`);
add("HCL with data source for secret (no value)", `data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/db/password"\n}\n\nresource "aws_db_instance" "main" {\n  password   = data.aws_secretsmanager_secret_version.db.secret_string\n  kms_key_id = "arn:aws:kms:us-east-1:${g.s(12, DIG)}:key/${g.uuid()}"\n}\n`);
add("Java properties with Spring placeholders", `spring.datasource.url=jdbc:postgresql://db:5432/orders\nspring.datasource.username=\${DB_USER}\nspring.datasource.password=\${DB_PASSWORD}\napp.build.sha=${g.s(40, HX)}\n`);
add("XML with assembly public key token and strong name", `<dependentAssembly>\n  <assemblyIdentity name="Newtonsoft.Json" publicKeyToken="${g.s(16, HX)}" culture="neutral" />\n  <bindingRedirect oldVersion="0.0.0.0-13.0.0.0" newVersion="13.0.0.0" />\n</dependentAssembly>\n<PublicKey>0024000004800000940000000602000000240000525341310004000001000100${g.s(256, HX)}</PublicKey>`);

H.forEach(([note, text], i) =>
  out.push({ id: `y82-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty82-benign", label: "benign", text, note }),
);

export const cases: CorpusCase[] = out;
