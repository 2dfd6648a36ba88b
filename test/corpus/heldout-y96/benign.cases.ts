// heldout-y96 benign look-alikes: hashes, ids, public material, placeholders, references, encrypted blobs.
import type { CorpusCase } from "../types.ts";
import { AL, B64, DIG, Gen, HX, LO, RENDERERS, UP, URLB64 } from "./_gen.ts";

const g = new Gen(0x96b3);
type Mk = (g: Gen) => string;

// Renderers whose surroundings do not imply the value is used as a credential.
const SAFE = [0, 1, 2, 3, 6, 9, 10, 11, 12, 13, 14, 15, 17, 26, 27, 29, 31, 32, 33, 34];

const rotated: [string, string, Mk][] = [
  ["git commit SHA", "GIT_COMMIT_SHA", (g) => g.hex(40)],
  ["short git SHA", "BUILD_REVISION", (g) => g.hex(12)],
  ["container image digest", "IMAGE_DIGEST", (g) => "sha256:" + g.hex(64)],
  ["release tarball sha256", "RELEASE_SHA256", (g) => g.hex(64)],
  ["asset md5", "ASSET_MD5", (g) => g.hex(32)],
  ["npm integrity", "LOCK_INTEGRITY", (g) => "sha512-" + g.str(86, B64) + "=="],
  ["SRI hash", "SCRIPT_INTEGRITY", (g) => "sha384-" + g.str(64, B64)],
  ["build UUID", "BUILD_ID", (g) => g.uuid()],
  ["tenant UUID", "TENANT_ID", (g) => g.uuid()],
  ["W3C trace id", "TRACE_ID", (g) => g.hex(32)],
  ["traceparent", "TRACEPARENT", (g) => `00-${g.hex(32)}-${g.hex(16)}-01`],
  ["request id", "LAST_REQUEST_ID", (g) => "req_" + g.str(24, AL)],
  ["Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => "cus_" + g.str(14, AL)],
  ["Stripe payment intent id", "PAYMENT_INTENT_ID", (g) => "pi_" + g.str(24, AL)],
  ["Stripe price id", "STRIPE_PRICE_ID", (g) => "price_" + g.str(24, AL)],
  ["Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (g) => ["pk", "_live_"].join("") + g.str(99, AL)],
  ["OpenAI assistant id", "OPENAI_ASSISTANT_ID", (g) => "asst_" + g.str(24, AL)],
  ["OpenAI chat completion id", "LAST_COMPLETION_ID", (g) => "chatcmpl-" + g.str(29, AL)],
  ["Anthropic message id", "LAST_MESSAGE_ID", (g) => "msg_01" + g.str(22, AL)],
  ["OpenAI org id", "OPENAI_ORG_ID", (g) => "org-" + g.str(24, AL)],
  ["Vercel project id", "VERCEL_PROJECT_ID", (g) => "prj_" + g.str(28, AL)],
  ["AWS account id", "AWS_ACCOUNT_ID", (g) => g.str(12, DIG)],
  ["AWS KMS key ARN", "KMS_KEY_ARN", (g) => `arn:aws:kms:us-east-1:${g.str(12, DIG)}:key/${g.uuid()}`],
  ["Azure subscription id", "AZURE_SUBSCRIPTION_ID", (g) => g.uuid()],
  ["Slack channel id", "SLACK_CHANNEL_ID", (g) => "C0" + g.str(9, UP)],
  ["Google OAuth client id", "GOOGLE_CLIENT_ID", (g) => g.str(12, DIG) + "-" + g.str(32, LO) + ".apps.googleusercontent.com"],
  ["masked OpenAI key", "OPENAI_API_KEY", () => "sk-...XXXX"],
  ["angle placeholder", "ANTHROPIC_API_KEY", () => "<your-key>"],
  ["shell var reference", "STRIPE_SECRET_KEY", () => "${STRIPE_SECRET_KEY}"],
  ["GitHub Actions secret ref", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"],
  ["placeholder text", "SENDGRID_API_KEY", () => "your_sendgrid_api_key_here"],
  ["x-mask", "GITHUB_TOKEN", () => ["gh", "p_"].join("") + "x".repeat(36)],
  ["asterisk mask", "DATABASE_PASSWORD", () => "********"],
  ["REDACTED marker", "SLACK_BOT_TOKEN", () => "[REDACTED]"],
  ["1Password reference", "OPENAI_API_KEY", () => "op://Engineering/OpenAI/credential"],
  ["Vault reference", "DB_PASSWORD", () => "vault:secret/data/prod/db#password"],
  ["AWS Secrets Manager ARN", "DB_SECRET_ARN", (g) => `arn:aws:secretsmanager:eu-west-1:${g.str(12, DIG)}:secret:prod/db-${g.str(6, AL)}`],
  ["SSM parameter path", "API_KEY_PARAM", () => "ssm:/prod/payments/stripe_secret_key"],
  ["Azure Key Vault reference", "StorageConnection", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/storage-conn/)"],
  ["GCP Secret Manager ref", "JWT_SECRET", () => "sm://projects/acme-prod/secrets/jwt-secret/versions/latest"],
  ["Doppler/env interpolation", "REDIS_URL", () => "redis://${REDIS_HOST}:6379/0"],
  ["SOPS encrypted value", "STRIPE_SECRET_KEY", (g) => `ENC[AES256_GCM,data:${g.str(40, B64)}=,iv:${g.str(43, B64)}=,tag:${g.str(22, B64)}==,type:str]`],
  ["Postgres URL without password", "DATABASE_URL", () => "postgres://app@localhost:5432/app_dev"],
  ["Docker image ref with digest", "BASE_IMAGE", (g) => "node@sha256:" + g.hex(64)],
  ["Terraform state lineage", "TF_LINEAGE", (g) => g.uuid()],
  ["ETag", "LAST_ETAG", (g) => `W/"${g.hex(32)}"`],
  ["Sentry release", "SENTRY_RELEASE", (g) => "web@" + g.hex(40)],
  ["Cloudflare zone id", "CLOUDFLARE_ZONE_ID", (g) => g.hex(32)],
  ["Cloudflare account id", "CLOUDFLARE_ACCOUNT_ID", (g) => g.hex(32)],
  ["Datadog site", "DD_SITE", () => "datadoghq.eu"],
  ["Algolia app id", "ALGOLIA_APP_ID", (g) => g.str(10, UP)],
  ["Auth0 client id", "AUTH0_CLIENT_ID", (g) => g.str(32, AL)],
  ["Firebase project id", "FIREBASE_PROJECT_ID", (g) => "acme-prod-" + g.str(5, LO)],
  ["Mongo ObjectId", "SEED_USER_ID", (g) => g.hex(24)],
  ["ULID", "JOB_ID", (g) => "01J" + g.str(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")],
  ["KSUID-like event id", "EVENT_ID", (g) => "evt_" + g.str(24, AL)],
  ["Go module sum", "GOSUM_H1", (g) => "h1:" + g.str(43, B64) + "="],
  ["age public key", "AGE_RECIPIENT", (g) => "age1" + g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")],
  ["SSH host key fingerprint", "HOST_FINGERPRINT", (g) => "SHA256:" + g.str(43, B64)],
  ["GPG key id", "SIGNING_KEY_ID", (g) => g.str(16, "0123456789ABCDEF")],
  ["Kubernetes resource uid", "POD_UID", (g) => g.uuid()],
  ["Nonce for CSP", "CSP_NONCE_EXAMPLE", () => "{{ request.csp_nonce }}"],
  ["Checksum in lockfile", "CARGO_CHECKSUM", (g) => g.hex(64)],
  ["Empty value", "TWILIO_AUTH_TOKEN", () => ""],
  ["Env default fallback placeholder", "MAILGUN_API_KEY", () => "${MAILGUN_API_KEY:-}"],
  ["Helm template reference", "API_KEY", () => '{{ .Values.apiKey | quote }}'],
  ["Base64 of a non-secret word", "APP_ENV_B64", () => Buffer.from("production").toString("base64")],
  ["IPFS CID", "ASSET_CID", (g) => "bafybei" + g.str(52, "abcdefghijklmnopqrstuvwxyz234567")],
  ["Google Analytics id", "GA_MEASUREMENT_ID", (g) => "G-" + g.str(10, UP)],
  ["Sentry project id", "SENTRY_PROJECT_ID", (g) => g.str(7, DIG)],
];

const cases_: CorpusCase[] = [];
let n = 1;
rotated.forEach(([what, slot, mk], i) => {
  const ri = SAFE[(i * 7) % SAFE.length]!;
  const [rname, r] = RENDERERS[ri]!;
  cases_.push({ id: `y96-b-${String(n++).padStart(3, "0")}`, kind: "secrets", category: "heldouty96-benign", label: "benign", text: r(slot, mk(g), g), note: `benign ${what}; slot ${slot}; context ${rname}` });
});

const pem = (label: string, lines: number) => [`-----BEGIN ${label}-----`, ...Array.from({ length: lines }, () => g.str(64, B64)), g.str(20, B64) + "==", `-----END ${label}-----`].join("\n");
const sshPub = () => "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.str(43, B64) + " deploy@ci";
const hand: [string, string][] = [
  ["PEM certificate pasted in chat", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `is this cert expired?\n\n${pem("CERTIFICATE", 12)}\n\nopenssl says notAfter=Jan 10 2026` }] }, null, 2)],
  ["PEM public key in config", `jwt:\n  issuer: https://auth.acme.dev\n  public_key: |\n${pem("PUBLIC KEY", 6).split("\n").map((l) => "    " + l).join("\n")}\n`],
  ["SSH authorized_keys write_file", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.str(22, AL), name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: sshPub() + "\n" + "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + g.str(300, B64) + " ops@laptop\n" } }, null, 2)],
  ["PGP public key block in README", `## Verifying releases\n\nImport our signing key:\n\n\`\`\`\n${pem("PGP PUBLIC KEY BLOCK", 10)}\n\`\`\`\n`],
  ["JWKS public keys", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(16), alg: "RS256", e: "AQAB", n: g.str(342, URLB64) }] }, null, 2)],
  ["SealedSecret manifest", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.str(340, B64)}==\n    DATABASE_URL: AgC${g.str(300, B64)}=\n`],
  ["ansible-vault file", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.str(80, "0123456789abcdef")).join("\n")}\n`],
  ["SOPS-encrypted YAML", `db_password: ENC[AES256_GCM,data:${g.str(24, B64)},iv:${g.str(43, B64)}=,tag:${g.str(22, B64)}==,type:str]\napi_token: ENC[AES256_GCM,data:${g.str(56, B64)},iv:${g.str(43, B64)}=,tag:${g.str(22, B64)}==,type:str]\nsops:\n  kms:\n    - arn: arn:aws:kms:us-east-1:${g.str(12, DIG)}:key/${g.uuid()}\n      created_at: "2026-02-01T10:00:00Z"\n      enc: AQICAH${g.str(160, B64)}==\n  lastmodified: "2026-02-01T10:00:01Z"\n  mac: ENC[AES256_GCM,data:${g.str(88, B64)},iv:${g.str(43, B64)}=,tag:${g.str(22, B64)}==,type:str]\n  version: 3.9.1\n`],
  ["minified JS bundle", `!function(e,t){"object"==typeof exports?module.exports=t():e.lib=t()}(this,function(){var e="${g.str(40, AL)}",t=function(n){return n.split("").map(function(r){return r.charCodeAt(0).toString(16)}).join("")};return{id:e,h:t,v:"3.2.1",k:"${g.hex(32)}"}});\n//# sourceMappingURL=app.${g.hex(20)}.js.map`],
  ["CSS with hashed class names", `.btn_${g.str(5, AL)}{color:#1f2937;background:#${g.hex(6)}}\n.card__${g.str(8, AL)}_${g.str(6, AL)}{box-shadow:0 1px 2px rgba(0,0,0,.05)}\n@font-face{font-family:Inter;src:url(/fonts/inter.${g.hex(20)}.woff2) format("woff2")}\n`],
  ["base64 PNG data URI", `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.str(400, B64)}AAAAAElFTkSuQmCC" />`],
  ["package-lock excerpt", JSON.stringify({ packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: "sha512-" + g.str(86, B64) + "==" }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + g.str(86, B64) + "==" } } }, null, 2)],
  ["go.sum lines", `github.com/google/uuid v1.6.0 h1:${g.str(43, B64)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.str(43, B64)}=\ngolang.org/x/net v0.30.0 h1:${g.str(43, B64)}=\n`],
  ["yarn.lock entry", `"react@^18.3.1":\n  version "18.3.1"\n  resolved "https://registry.yarnpkg.com/react/-/react-18.3.1.tgz#${g.hex(40)}"\n  integrity sha512-${g.str(86, B64)}==\n`],
  ["k8s Secret with non-secret data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-settings\ntype: Opaque\ndata:\n  APP_ENV: ${Buffer.from("production").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n`],
  ["docker pull output", `$ docker pull ghcr.io/acme/api:1.14.2\n1.14.2: Pulling from acme/api\n${g.hex(12)}: Pull complete\n${g.hex(12)}: Pull complete\nDigest: sha256:${g.hex(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api:1.14.2\n`],
  ["terraform plan with sensitive values", `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "db-${g.str(26, UP)}"\n      ~ password = (sensitive value)\n        username = "app"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n`],
  ["masked CI log", `2026-03-04T10:11:02.1Z ##[group]Run npm publish\n2026-03-04T10:11:02.1Z env:\n2026-03-04T10:11:02.1Z   NODE_AUTH_TOKEN: ***\n2026-03-04T10:11:02.1Z   GITHUB_SHA: ${g.hex(40)}\n2026-03-04T10:11:04.0Z + acme-sdk@2.4.0\n`],
  [".env.example with empty values", `# copy to .env\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=${["sk", "_live_"].join("")}...\nDATABASE_URL=postgres://user:password@localhost:5432/app\n`],
  ["OpenAPI security scheme doc", `components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key\n      description: "Pass your key as X-API-Key: <API_KEY>"\nsecurity:\n  - ApiKeyAuth: []\n`],
  ["curl with env var", `curl -sS https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "OpenAI-Organization: org-${g.str(24, AL)}"\n`],
  ["Python reading key from env", `import os\nfrom anthropic import Anthropic\n\nclient = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\nmsg = client.messages.create(model="claude-sonnet-4-5", max_tokens=512, messages=[{"role": "user", "content": "hi"}])\nprint(msg.id)  # msg_01${g.str(22, AL)}\n`],
  ["Stripe webhook event payload", JSON.stringify({ id: "evt_" + g.str(24, AL), object: "event", type: "payment_intent.succeeded", data: { object: { id: "pi_" + g.str(24, AL), customer: "cus_" + g.str(14, AL), latest_charge: "ch_" + g.str(24, AL), client_secret: null, amount: 4200, currency: "eur" } } }, null, 2)],
  ["HTTP response with ids", `HTTP/1.1 200 OK\nContent-Type: application/json\nX-Request-Id: ${g.uuid()}\nETag: "${g.hex(40)}"\nx-amz-cf-id: ${g.str(56, URLB64)}==\ncf-ray: ${g.hex(16)}-FRA\n\n{"ok":true}`],
  ["git log excerpt pasted", `commit ${g.hex(40)}\nAuthor: Dana Li <dana@acme.dev>\nDate:   Tue Mar 3 10:00:00 2026 +0000\n\n    fix: retry on 429\n\ncommit ${g.hex(40)}\nMerge: ${g.hex(7)} ${g.hex(7)}\n`],
  ["Jupyter output with base64 image", JSON.stringify({ cell_type: "code", execution_count: 7, outputs: [{ output_type: "display_data", data: { "image/png": "iVBORw0KGgoAAAANSUhEUgAA" + g.str(600, B64) + "=", "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }], source: ["df.plot()"] }, null, 1)],
  ["Vault CLI output (accessor/metadata)", `Key                  Value\n---                  -----\ntoken_accessor       ${g.str(24, AL)}\ntoken_duration       768h\ntoken_policies       ["default"]\ncreated_time         2026-02-20T10:00:00Z\nrequest_id           ${g.uuid()}\n`],
  ["Helm values with secret refs", `env:\n  - name: STRIPE_SECRET_KEY\n    valueFrom:\n      secretKeyRef:\n        name: payments\n        key: stripe-secret-key\n  - name: BUILD_SHA\n    value: "${g.hex(40)}"\n`],
  ["SQL with hashed passwords", `INSERT INTO users (id, email, password_hash) VALUES\n  ('${g.uuid()}', 'a@acme.dev', '$argon2id$v=19$m=65536,t=3,p=4$${g.str(22, B64)}$${g.str(43, B64)}'),\n  ('${g.uuid()}', 'b@acme.dev', '$2b$12$${g.str(53, "./" + AL)}');\n`],
  ["Dockerfile with build args", `FROM python:3.12-slim@sha256:${g.hex(64)}\nARG PIP_INDEX_URL\nARG GIT_SHA\nLABEL org.opencontainers.image.revision=$GIT_SHA\nRUN --mount=type=secret,id=pypi_token pip install -r requirements.txt\n`],
];
hand.forEach(([what, text], i) => {
  cases_.push({ id: `y96-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty96-benign", label: "benign", text, note: `benign ${what}` });
});

export const cases: CorpusCase[] = cases_;
