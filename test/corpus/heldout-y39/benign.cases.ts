// heldout-y39 benign look-alikes: hashes, ids, public material, placeholders, references, encrypted blobs.
import type { CorpusCase } from "../types.ts";
import { ALNUM, B64U, DIG, HEX, LOWNUM, R, UPNUM, j, renderers } from "./_gen.ts";

const r = new R(3921);
const out: CorpusCase[] = [];
let n = 0;
const add = (id: string, text: string, note: string) =>
  out.push({ id: `${id}-${String(++n).padStart(3, "0")}`, kind: "secrets", category: "heldouty39-benign", label: "benign", text, note });

// Rotated: non-secret values in slots named for what they are, through config/log/code renderers only.
const SAFE = new Set([
  "chat body with pasted .env", "OpenAI chat body with pasted log", "MCP tool result echoed back", "docker-compose YAML",
  "TOML config", "INI config", ".properties file", "JSON config file", "XML config", "TypeScript env default", "Go constant",
  "Java field", "Ruby initializer", "PHP config array", "GitHub Actions CI log", "GitHub Actions workflow", "shell history",
  "Dockerfile", "unified diff", "Markdown setup doc", "docker run -e",
]);
const safe = renderers.filter((x) => SAFE.has(x.name));
const vals: { d: string; env: string; make: () => string }[] = [
  { d: "git commit SHA", env: "GIT_COMMIT_SHA", make: () => r.s(40, HEX) },
  { d: "short git SHA build tag", env: "BUILD_REVISION", make: () => r.s(12, HEX) },
  { d: "sha256 artifact checksum", env: "ARTIFACT_SHA256", make: () => r.s(64, HEX) },
  { d: "docker image digest", env: "BASE_IMAGE_DIGEST", make: () => j("sha256:", r.s(64, HEX)) },
  { d: "UUID tenant id", env: "TENANT_ID", make: () => r.uuid() },
  { d: "Azure subscription id (UUID)", env: "AZURE_SUBSCRIPTION_ID", make: () => r.uuid() },
  { d: "OpenTelemetry trace id", env: "OTEL_TRACE_ID", make: () => r.s(32, HEX) },
  { d: "AWS account id", env: "AWS_ACCOUNT_ID", make: () => r.s(12, DIG) },
  { d: "S3 bucket ARN", env: "EXPORT_BUCKET_ARN", make: () => j("arn:aws:s3:::acme-exports-", r.s(8, LOWNUM)) },
  { d: "Stripe publishable key", env: "STRIPE_PUBLISHABLE_KEY", make: () => j("pk", "_live_", r.s(99)) },
  { d: "Stripe price id", env: "STRIPE_PRICE_ID", make: () => j("price_", r.s(24)) },
  { d: "Stripe customer id", env: "DEFAULT_CUSTOMER_ID", make: () => j("cus_", r.s(14)) },
  { d: "placeholder masked OpenAI key", env: "OPENAI_API_KEY", make: () => j("sk-", "proj-", "...", "XXXX") },
  { d: "angle-bracket placeholder", env: "ANTHROPIC_API_KEY", make: () => "<your-anthropic-key>" },
  { d: "shell variable reference", env: "GITHUB_TOKEN", make: () => "${GITHUB_TOKEN}" },
  { d: "GitHub Actions secrets expression", env: "NPM_TOKEN", make: () => "${{ secrets.NPM_TOKEN }}" },
  { d: "Vault reference", env: "DATABASE_PASSWORD", make: () => "vault:secret/data/prod/db#password" },
  { d: "1Password reference", env: "STRIPE_SECRET_KEY", make: () => "op://Production/Stripe/secret_key" },
  { d: "AWS Secrets Manager ARN", env: "DB_SECRET_ARN", make: () => j("arn:aws:secretsmanager:eu-west-1:", r.s(12, DIG), ":secret:prod/db-", r.s(6, ALNUM)) },
  { d: "Azure Key Vault reference", env: "SENDGRID_API_KEY", make: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid/)" },
  { d: "GCP Secret Manager path", env: "SLACK_BOT_TOKEN", make: () => "projects/acme-prod/secrets/slack-bot-token/versions/latest" },
  { d: "masked token in log", env: "SLACK_BOT_TOKEN", make: () => j("xo", "xb-", "****************") },
  { d: "empty env default", env: "TWILIO_AUTH_TOKEN", make: () => "changeme" },
  { d: "npm package integrity", env: "LOCK_INTEGRITY", make: () => j("sha512-", r.b64(64)) },
  { d: "Sentry release id", env: "SENTRY_RELEASE", make: () => j("api@", r.s(40, HEX)) },
  { d: "Google Analytics measurement id", env: "GA_MEASUREMENT_ID", make: () => j("G-", r.s(10, UPNUM)) },
  { d: "Kubernetes pod UID", env: "POD_UID", make: () => r.uuid() },
  { d: "request id", env: "LAST_REQUEST_ID", make: () => j("req_", r.s(24, ALNUM)) },
  { d: "OpenAI assistant id", env: "OPENAI_ASSISTANT_ID", make: () => j("asst_", r.s(24)) },
  { d: "OpenAI org id", env: "OPENAI_ORG_ID", make: () => j("org-", r.s(24)) },
  { d: "Vercel project id", env: "VERCEL_PROJECT_ID", make: () => j("prj_", r.s(28)) },
  { d: "Slack channel id", env: "SLACK_CHANNEL_ID", make: () => j("C0", r.s(9, UPNUM)) },
  { d: "Auth0 client id (public)", env: "AUTH0_CLIENT_ID", make: () => r.s(32, ALNUM) },
  { d: "Google OAuth client id", env: "GOOGLE_CLIENT_ID", make: () => j(r.s(12, DIG), "-", r.s(32, LOWNUM), ".apps.googleusercontent.com") },
  { d: "GPG key fingerprint", env: "SIGNING_KEY_FINGERPRINT", make: () => r.s(40, "0123456789ABCDEF") },
  { d: "content hash for cache busting", env: "ASSET_HASH", make: () => r.s(20, HEX) },
  { d: "Terraform state lineage UUID", env: "TF_STATE_LINEAGE", make: () => r.uuid() },
  { d: "Datadog trace id decimal", env: "DD_TRACE_ID", make: () => r.s(19, DIG) },
  { d: "md5 file checksum", env: "DATASET_MD5", make: () => r.s(32, HEX) },
  { d: "sealed-secrets placeholder", env: "API_KEY", make: () => "REPLACE_ME" },
  { d: "AWS KMS key ARN", env: "KMS_KEY_ARN", make: () => j("arn:aws:kms:us-east-1:", r.s(12, DIG), ":key/", r.uuid()) },
  { d: "Cloudflare zone id", env: "CLOUDFLARE_ZONE_ID", make: () => r.s(32, HEX) },
  { d: "Mapbox public token placeholder", env: "MAPBOX_TOKEN", make: () => "pk.<public-token>" },
  { d: "Twilio account SID-shaped placeholder", env: "TWILIO_AUTH_TOKEN", make: () => "your_auth_token_here" },
  { d: "base64 of non-secret JSON", env: "FEATURE_CONFIG_B64", make: () => Buffer.from(JSON.stringify({ theme: "dark", beta: true, max: 20 })).toString("base64") },
];
for (let i = 0; i < vals.length; i++) {
  const v = vals[i]!;
  for (let k = 0; k < 1 + (i % 3 === 0 ? 1 : 0); k++) {
    const rd = safe[(i * 5 + k * 11) % safe.length]!;
    add("y39-b", rd.f({ env: v.env, key: v.env.toLowerCase(), val: v.make(), p: v.d, r }), `benign: ${v.d} in slot ${v.env}, context: ${rd.name}`);
  }
}

// Handcrafted benign look-alikes.
n = 0;
const pem = (label: string, nb: number) => j("-----BEGIN ", label, "-----\n", r.b64(nb).replace(/(.{64})/g, "$1\n").trimEnd(), "\n-----END ", label, "-----");
const h = (text: string, note: string) => add("y39-bk", text, note);
h(JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `nginx says the chain is incomplete, here is fullchain.pem:\n${pem("CERTIFICATE", 900)}\n` }] }), "PEM certificate pasted in chat body");
h(`$ cat ~/.ssh/id_ed25519.pub\nssh-ed25519 ${j("AAAAC3NzaC1lZDI1NTE5AAAAI", r.s(43, ALNUM + "+/"))} dev@laptop\n`, "SSH ed25519 public key in MCP shell output");
h(`# authorized_keys\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r.s(500, ALNUM + "+/")}= deploy@ci\n`, "SSH RSA public key in authorized_keys");
h(`jwt:\n  issuer: https://auth.acme.io\n  public_key: |\n${pem("PUBLIC KEY", 294).split("\n").map((l) => "    " + l).join("\n")}\n`, "PEM public key in YAML config");
h(`db_password: ENC[AES256_GCM,data:${r.b64(24)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\napi_token: ENC[AES256_GCM,data:${r.b64(30)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\nsops:\n  kms:\n    - arn: arn:aws:kms:eu-west-1:${r.s(12, DIG)}:key/${r.uuid()}\n  lastmodified: "2026-01-10T12:00:00Z"\n  mac: ENC[AES256_GCM,data:${r.b64(48)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\n  version: 3.9.1\n`, "SOPS-encrypted YAML values");
h(`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: ${r.b64(300)}\n    OPENAI_API_KEY: ${r.b64(300)}\n`, "Bitnami SealedSecret encryptedData");
h(`$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => r.s(80, HEX)).join("\n")}\n`, "ansible-vault encrypted file");
h(`!function(e,t){"use strict";var n="${r.s(40, ALNUM)}",o=function(e){return e.replace(/[A-Z]/g,function(e){return"-"+e.toLowerCase()})};e.__cfg={h:"${r.s(32, HEX)}",v:"4.2.1"},t.exports=o}(window,module);`, "minified JS bundle with hash constants");
h(`.btn-primary_${r.s(5, LOWNUM)}{color:#fff;background:#0d6efd}.css-${r.s(6, LOWNUM)}-${r.s(8, ALNUM)}{display:flex;gap:8px}.sc-${r.s(6, ALNUM)}{margin:0 auto}`, "CSS with hashed class names");
h(`<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h${r.s(300, ALNUM + "+/")}AAAAAElFTkSuQmCC" />`, "base64 PNG data URI in HTML");
h(`<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${r.b64(48)}" crossorigin="anonymous"></script>`, "SRI integrity hash");
h(JSON.stringify({ name: "app", lockfileVersion: 3, packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: "sha512-" + r.b64(64) } } }, null, 2), "package-lock.json integrity");
h(`golang.org/x/crypto v0.31.0 h1:${r.b64(32)}\ngolang.org/x/crypto v0.31.0/go.mod h1:${r.b64(32)}\n`, "go.sum hashes");
h(JSON.stringify({ id: "chatcmpl-" + r.s(29), object: "chat.completion", created: 1767000000, model: "gpt-4o-2024-08-06", system_fingerprint: "fp_" + r.s(10, HEX), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] }), "OpenAI response with chatcmpl id and fingerprint");
h(JSON.stringify({ id: "msg_01" + r.s(22), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "text", text: "Here is the fix." }], usage: { input_tokens: 812, output_tokens: 96 } }), "Anthropic response with msg id");
h(JSON.stringify({ id: "pi_" + r.s(24), object: "payment_intent", amount: 4200, currency: "eur", customer: "cus_" + r.s(14), latest_charge: "ch_" + r.s(24), client_secret: null, status: "succeeded" }, null, 2), "Stripe payment intent object ids");
h(`2026-03-02T08:11:09Z INFO request completed trace_id=${r.s(32, HEX)} span_id=${r.s(16, HEX)} request_id=${r.uuid()} status=200 dur_ms=41\n2026-03-02T08:11:09Z INFO cache hit key=user:${r.s(24, HEX)}`, "log line with trace/span/request ids");
h(`$ docker pull ghcr.io/acme/api:2.4.0\n2.4.0: Pulling from acme/api\nDigest: sha256:${r.s(64, HEX)}\nStatus: Downloaded newer image for ghcr.io/acme/api:2.4.0\n`, "docker pull output with digest");
h(`commit ${r.s(40, HEX)}\nMerge: ${r.s(7, HEX)} ${r.s(7, HEX)}\nAuthor: Dev <dev@acme.io>\n\n    Merge pull request #412 from acme/fix-retry\n`, "git log output with SHAs");
h(JSON.stringify({ tool: "read_file", result: "OPENAI_API_KEY=\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=sk_live_...\n# fill these in from 1Password" }), ".env.example with empty values and mask in tool result");
h(`curl https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY"`, "curl with env-var bearer reference");
h(`export AWS_ACCESS_KEY_ID=$(aws configure get aws_access_key_id --profile prod)\nexport AWS_SECRET_ACCESS_KEY=$(aws configure get aws_secret_access_key --profile prod)\n`, "shell exporting from command substitution");
h(`env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password\n  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef: { name: api, key: token }\n`, "k8s secretKeyRef references");
h(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("search,beta-ui").toString("base64")}\n`, "k8s Secret with non-secret base64 data");
h(`data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/db"\n}\n\nresource "aws_db_instance" "main" {\n  password = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]\n}\n`, "Terraform reading secret from Secrets Manager");
h(`## Configuration\n\n| Variable | Example |\n|---|---|\n| \`OPENAI_API_KEY\` | \`sk-proj-xxxxxxxxxxxxxxxxxxxxxxxx\` |\n| \`STRIPE_SECRET_KEY\` | \`sk_live_************************\` |\n| \`GITHUB_TOKEN\` | \`ghp_<redacted>\` |\n`, "README table with masked examples");
h(`[core]\n\teditor = vim\n[user]\n\tname = Dev\n\temail = dev@acme.io\n\tsigningkey = ${r.s(16, "0123456789ABCDEF")}\n[commit]\n\tgpgsign = true\n`, "gitconfig GPG signing key id");
h(JSON.stringify({ kty: "RSA", use: "sig", kid: r.s(43, B64U), alg: "RS256", n: r.s(342, B64U), e: "AQAB" }, null, 2), "JWKS public key (n, e only)");
h(`-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${r.b64(600).replace(/(.{64})/g, "$1\n")}\n=${r.s(4, ALNUM)}\n-----END PGP PUBLIC KEY BLOCK-----\n`, "PGP public key block");
h(`{\n  "recipients": ["age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}"],\n  "note": "public recipient only"\n}`, "age public recipient");
h(`UPDATE users SET password_hash = '$2b$12$${r.s(53, ALNUM + "./")}' WHERE id = 42;`, "bcrypt password hash in SQL");
h(`admin:$argon2id$v=19$m=65536,t=3,p=4$${r.s(22, ALNUM + "+/")}$${r.s(43, ALNUM + "+/")}\n`, "argon2 hash in htpasswd-style file");
h(`- uses: actions/checkout@${r.s(40, HEX)} # v4.2.2\n- uses: actions/setup-node@${r.s(40, HEX)} # v4.1.0\n`, "pinned action SHAs in workflow");
h(`{"cells":[{"cell_type":"code","outputs":[{"output_type":"display_data","data":{"image/png":"iVBORw0KGgoAAAANSUhEUgAAAoAAAAHg${r.s(400, ALNUM + "+/")}"}}],"source":["plt.plot(x, y)"]}]}`, "notebook output with base64 plot image");
h(`diff --git a/yarn.lock b/yarn.lock\n@@ -120,3 +120,3 @@\n-  integrity sha512-${r.b64(64)}\n+  integrity sha512-${r.b64(64)}\n`, "yarn.lock integrity diff");
h(`WARN token expired for client ${r.uuid()} (key_id=${j("key_", r.s(16, LOWNUM))}), fingerprint=SHA256:${r.s(43, ALNUM + "+/")}`, "log with key id and SSH fingerprint");
h(`from vault import Client\n\nclient = Client(url="https://vault.internal:8200", token=os.environ["VAULT_TOKEN"])\nsecret = client.read("secret/data/payments/stripe")["data"]["data"]["secret_key"]\n`, "Python reading token from env and secret from Vault");
h(`const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2025-01-27.acacia" });\nconst pk = "${j("pk", "_live_", r.s(99))}";\n`, "TS code with env-sourced secret and publishable key literal");
h(`x-amz-request-id: ${r.s(16, UPNUM)}\nx-amz-id-2: ${r.b64(56)}\nETag: "${r.s(32, HEX)}"\n`, "S3 response headers with request ids and ETag");
h(`{"kid":"${r.uuid()}","thumbprint":"${r.s(40, "0123456789ABCDEF")}","notAfter":"2027-06-01T00:00:00Z"}`, "certificate thumbprint metadata");
h(`token: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=secret/data/ci:token') }}"\npassword: "{{ vault_db_password }}"\n`, "Ansible vault lookups and variables");
h(`spring.datasource.password=\${DB_PASSWORD}\nspring.datasource.url=jdbc:postgresql://db:5432/app\nmanagement.endpoints.web.exposure.include=health\n`, "Spring properties with placeholder");
h(`SELECT id, sha256(email) AS email_hash FROM users LIMIT 3;\n id |                          email_hash\n----+------------------------------------------------------------------\n  1 | ${r.s(64, HEX)}\n  2 | ${r.s(64, HEX)}\n`, "SQL output with sha256 hashes");
h(`Error: invalid api key provided: sk_live_****${r.s(4, ALNUM)}\n    at Stripe._request (node_modules/stripe/cjs/RequestSender.js:210:17)\n`, "stack trace with masked key (last 4 only)");
h(`{"workspace_id":"${r.uuid()}","dataset":"ds_${r.s(20, LOWNUM)}","cursor":"${r.b64(45)}"}`, "API pagination cursor and object ids");
h(`diff --git a/src/icon.svg b/src/icon.svg\n+<path d="M${r.s(3, DIG)}.5 12.3c0-${r.s(2, DIG)}.1 ${r.s(200, DIG + " .-")}z"/>\n`, "SVG path data in diff");
h(`Wi-Fi QR: WIFI:T:WPA;S:acme-guest;P:<ask-front-desk>;;\nconference bridge: ${r.s(10, DIG)}#`, "placeholder in chat message");
h(`uuidgen output: ${r.uuid()}\nopenssl rand -hex 4 -> (used as file suffix) ${r.s(8, HEX)}`, "short random suffix and UUID in shell history");
export const cases: CorpusCase[] = out;
void B64U;
