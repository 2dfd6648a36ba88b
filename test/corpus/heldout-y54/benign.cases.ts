// heldout-y54: benign look-alikes in the same contexts as the positives (rotated renderers plus
// handcrafted cases). No value here is a usable credential.
import type { CorpusCase } from "../types.ts";
import { AN, B64, DIG, Gen, HEX, LAN, LO, RENDERERS, UAN, URL64, j, type Spec } from "./_gen.ts";

interface B {
  what: string;
  env: string;
  make: (g: Gen) => string;
}
const B = (what: string, env: string, make: (g: Gen) => string): B => ({ what, env, make });

const rotatedSpecs: B[] = [
  B("git commit SHA", "GIT_COMMIT_SHA", (g) => g.sha()),
  B("image digest", "IMAGE_DIGEST", (g) => `sha256:${g.hex(64)}`),
  B("SRI integrity hash", "BUNDLE_INTEGRITY", (g) => `sha512-${g.s(86, B64)}==`),
  B("request id UUID", "REQUEST_ID", (g) => g.uuid()),
  B("trace id", "TRACE_ID", (g) => g.hex(32)),
  B("span id", "PARENT_SPAN_ID", (g) => g.hex(16)),
  B("Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => j("cus", "_", g.s(14, AN))),
  B("Stripe price id", "STRIPE_PRICE_ID", (g) => j("price", "_1", g.s(23, AN))),
  B("Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (g) => j("pk", "_live_", "51", g.s(97, AN))),
  B("OpenAI response id", "LAST_COMPLETION_ID", (g) => j("chatcmpl-", g.s(29, AN))),
  B("Anthropic message id", "LAST_MESSAGE_ID", (g) => j("msg", "_01", g.s(22, AN))),
  B("OpenAI assistant id", "OPENAI_ASSISTANT_ID", (g) => j("asst", "_", g.s(24, AN))),
  B("OpenAI org id", "OPENAI_ORG_ID", (g) => j("org-", g.s(24, AN))),
  B("Vercel project id", "VERCEL_PROJECT_ID", (g) => j("prj", "_", g.s(28, AN))),
  B("Slack channel id", "SLACK_CHANNEL_ID", (g) => j("C0", g.s(9, UAN))),
  B("AWS account id", "AWS_ACCOUNT_ID", (g) => g.s(12, DIG)),
  B("AWS KMS key ARN", "KMS_KEY_ARN", (g) => `arn:aws:kms:us-east-1:${g.s(12, DIG)}:key/${g.uuid()}`),
  B("Azure tenant id", "AZURE_TENANT_ID", (g) => g.uuid()),
  B("Azure client id", "AZURE_CLIENT_ID", (g) => g.uuid()),
  B("GCP project number", "GOOGLE_CLOUD_PROJECT_NUMBER", (g) => g.s(12, DIG)),
  B("Cloudflare zone id", "CLOUDFLARE_ZONE_ID", (g) => g.hex(32)),
  B("env var reference", "OPENAI_API_KEY", () => "${OPENAI_API_KEY}"),
  B("placeholder", "ANTHROPIC_API_KEY", () => "<your-anthropic-key>"),
  B("mask", "STRIPE_SECRET_KEY", (g) => j("sk", "_live_", "••••••••", g.s(4, AN))),
  B("redacted", "GITHUB_TOKEN", () => "[REDACTED]"),
  B("Vault reference", "DB_PASSWORD", () => "vault:secret/data/prod/db#password"),
  B("1Password reference", "SLACK_BOT_TOKEN", () => "op://Engineering/Slack Bot/credential"),
  B("AWS SSM reference", "DATADOG_API_KEY", () => "{{resolve:ssm-secure:/prod/datadog/api-key:3}}"),
  B("Azure Key Vault reference", "SENDGRID_API_KEY", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid/)"),
  B("GitHub Actions secret expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"),
  B("GCP Secret Manager reference", "TWILIO_AUTH_TOKEN", () => "sm://acme-prod/twilio-auth-token/latest"),
  B("SOPS-encrypted value", "PAYSTACK_SECRET_KEY", (g) => `ENC[AES256_GCM,data:${g.s(40, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]`),
  B("empty value", "MAILGUN_API_KEY", () => ""),
  B("changeme placeholder", "JWT_SECRET", () => "changeme"),
  B("x-filled placeholder", "OPENAI_API_KEY", () => j("sk-", "proj-", "X".repeat(48))),
  B("documentation ellipsis", "HF_TOKEN", () => j("h", "f_", "...")),
  B("npm package version", "SDK_VERSION", (g) => `${g.range(1, 9)}.${g.range(0, 30)}.${g.range(0, 30)}`),
  B("build number", "BUILD_ID", (g) => `${g.s(4, DIG)}.${g.s(3, DIG)}`),
  B("Docker image tag", "IMAGE", (g) => `ghcr.io/acme/api:${g.hex(12)}`),
  B("CSS hash class name", "CSS_MODULE_CLASS", (g) => `_button_${g.s(5, LAN)}_${g.range(1, 99)}`),
  B("lockfile resolved hash", "RESOLVED", (g) => `https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz#${g.hex(40)}`),
  B("public RSA exponent and modulus fragment", "JWKS_N", (g) => g.s(342, URL64)),
  B("content hash filename", "ASSET", (g) => `/static/js/main.${g.hex(8)}.chunk.js`),
  B("ETag", "LAST_ETAG", (g) => `W/"${g.hex(32)}"`),
  B("MD5 checksum", "ARCHIVE_MD5", (g) => g.hex(32)),
  B("SHA-256 checksum", "CHECKSUM_SHA256", (g) => g.hex(64)),
  B("Mapbox style URL", "MAPBOX_STYLE_ID", (g) => `mapbox://styles/acme/${g.s(25, LAN)}`),
  B("Shopify store domain", "SHOPIFY_STORE", (g) => `acme-${g.s(6, LAN)}.myshopify.com`),
  B("Twilio messaging service SID placeholder", "TWILIO_ACCOUNT_SID", () => "ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
  B("Kubernetes namespace UID", "NAMESPACE_UID", (g) => g.uuid()),
  B("Google Analytics measurement id", "GA_MEASUREMENT_ID", (g) => `G-${g.s(10, UAN)}`),
  B("PostHog project id", "POSTHOG_PROJECT_ID", (g) => g.s(5, DIG)),
  B("Firebase app id", "FIREBASE_APP_ID", (g) => `1:${g.s(12, DIG)}:web:${g.hex(22)}`),
  B("Auth0 domain", "AUTH0_DOMAIN", (g) => `acme-${g.s(4, LAN)}.us.auth0.com`),
  B("Okta client id (public)", "OKTA_ISSUER", (g) => `https://acme.okta.com/oauth2/aus${g.s(17, AN)}`),
  B("Datadog site", "DD_SITE", () => "datadoghq.eu"),
  B("Terraform state lineage", "TF_LINEAGE", (g) => g.uuid()),
  B("git tree hash", "TREE_SHA", (g) => g.sha()),
  B("Ansible vault reference", "DEPLOY_PASSWORD", () => "{{ vault_deploy_password }}"),
  B("Helm template value", "REDIS_PASSWORD", () => "{{ .Values.redis.auth.password }}"),
];

const g = new Gen(0x54b0);
const rotated: CorpusCase[] = rotatedSpecs.map((b, i) => {
  const [ctx, r] = RENDERERS[(i * 5 + 3) % RENDERERS.length]!;
  const sp: Spec = { group: "benign", provider: "Acme", env: b.env, make: b.make };
  return {
    id: `y54-b-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: "heldouty54-benign",
    label: "benign",
    text: r(g, b.env, b.make(g), sp),
    note: `benign: ${b.what} in ${ctx}`,
  };
});

const hk = (n: number, text: string, note: string): CorpusCase => ({ id: `y54-bk-${String(n).padStart(3, "0")}`, kind: "secrets", category: "heldouty54-benign", label: "benign", text, note: `benign: ${note}` });
const pem = (label: string, n: number) => {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) lines.push(g.s(64, B64));
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n${g.s(20, B64)}==\n-----END ${label}-----`;
};
const png = `iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${g.s(200, B64)}AAAAAElFTkSuQmCC`;

const handcrafted: CorpusCase[] = [
  hk(1, `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, B64)} dev@laptop\n`, "OpenSSH ed25519 public key in authorized_keys"),
  hk(2, `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.s(500, B64)} ci@runner\n`, "OpenSSH RSA public key"),
  hk(3, `tls:\n  ca.crt: |\n    ${pem("CERTIFICATE", 8).split("\n").join("\n    ")}\n`, "PEM certificate in Helm values"),
  hk(4, `{"keys":[{"kty":"RSA","use":"sig","kid":"${g.hex(40)}","alg":"RS256","n":"${g.s(342, URL64)}","e":"AQAB"}]}`, "JWKS public key set"),
  hk(5, `${pem("PUBLIC KEY", 6)}\n`, "PEM public key pasted in chat"),
  hk(6, `<img alt="logo" src="data:image/png;base64,${png}" />`, "base64 PNG data URI in HTML"),
  hk(7, `!function(e,t){"use strict";var n="${g.s(40, AN)}",r=function(e){return e.replace(/[A-Z]/g,function(e){return"-"+e.toLowerCase()})};t.exports={k:n,r:r,h:"${g.hex(32)}"}}(window,module);`, "minified JS bundle with hash-like strings"),
  hk(8, `.btn_${g.s(6, LAN)}{color:#1a73e8;background:url(data:image/svg+xml;base64,${g.s(120, B64)})}\n.card_${g.s(6, LAN)}{padding:8px}`, "CSS with module hash classes and inline SVG"),
  hk(9, `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-secrets\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.s(300, B64)}==\n    DATABASE_URL: AgC${g.s(280, B64)}=\n`, "Bitnami SealedSecret encrypted data"),
  hk(10, `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 6 }, () => g.hex(80)).join("\n")}\n`, "ansible-vault encrypted file"),
  hk(11, `stripe_api_key: ENC[AES256_GCM,data:${g.s(60, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\nsops:\n  kms:\n  - arn: arn:aws:kms:eu-west-1:${g.s(12, DIG)}:key/${g.uuid()}\n    enc: AQICAH${g.s(160, B64)}\n  lastmodified: "2026-02-01T10:00:00Z"\n  mac: ENC[AES256_GCM,data:${g.s(60, B64)},type:str]\n  version: 3.9.0\n`, "SOPS-encrypted YAML"),
  hk(12, `"node_modules/react": {\n  "version": "18.3.1",\n  "resolved": "https://registry.npmjs.org/react/-/react-18.3.1.tgz",\n  "integrity": "sha512-${g.s(86, B64)}=="\n}`, "package-lock integrity"),
  hk(13, `commit ${g.sha()}\nAuthor: Dev <dev@acme.io>\nDate:   Tue Mar 3 10:00:00 2026 +0000\n\n    fix: retry on 429\n\nMerge: ${g.hex(7)} ${g.hex(7)}\n`, "git log output with SHAs"),
  hk(14, `{"id":"${j("pi", "_3", g.s(23, AN))}","object":"payment_intent","amount":4200,"currency":"eur","customer":"${j("cus", "_", g.s(14, AN))}","latest_charge":"${j("ch", "_3", g.s(23, AN))}","status":"succeeded"}`, "Stripe API response object ids"),
  hk(15, `{"id":"${j("msg", "_01", g.s(22, AN))}","type":"message","role":"assistant","model":"claude-sonnet-4-5","content":[{"type":"text","text":"Done."}],"usage":{"input_tokens":812,"output_tokens":4}}`, "Anthropic response with message id"),
  hk(16, `HTTP/1.1 200 OK\r\nx-request-id: ${g.uuid()}\r\ncf-ray: ${g.hex(16)}-FRA\r\nx-amz-cf-id: ${g.s(56, URL64)}==\r\netag: "${g.hex(32)}"\r\ntraceparent: 00-${g.hex(32)}-${g.hex(16)}-01\r\n\r\n`, "HTTP response headers with request and trace ids"),
  hk(17, `# .env.example\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\n`, ".env.example placeholders"),
  hk(18, `{"model":"gpt-4.1","messages":[{"role":"user","content":"${"our key is shown in the dashboard as sk-proj-****************************Qx3A, is that the old one?".replace(/"/g, '\\"')}"}]}`, "masked OpenAI key in chat body"),
  hk(19, `resource "aws_secretsmanager_secret_version" "db" {\n  secret_id     = aws_secretsmanager_secret.db.id\n  secret_string = var.db_password\n}\n\nvariable "db_password" {\n  type      = string\n  sensitive = true\n}\n`, "Terraform reading a secret from a variable"),
  hk(20, `env:\n  - name: DATABASE_URL\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: url\n  - name: STRIPE_SECRET_KEY\n    valueFrom:\n      secretKeyRef:\n        name: stripe\n        key: secret\n`, "k8s secretKeyRef references"),
  hk(21, `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("new-checkout,dark-mode").toString("base64")}\n`, "k8s Secret with non-secret base64 data"),
  hk(22, `[user]\n  name = Dev\n  email = dev@acme.io\n  signingkey = ${g.s(16, "0123456789ABCDEF")}\n[commit]\n  gpgsign = true\n`, "gitconfig GPG key id"),
  hk(23, `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINB${g.s(59, B64)}\n${g.s(64, B64)}\n${g.s(64, B64)}\n=${g.s(4, B64)}\n-----END PGP PUBLIC KEY BLOCK-----\n`, "PGP public key block"),
  hk(24, `FROM node:20-alpine@sha256:${g.hex(64)}\nRUN apk add --no-cache curl=8.5.0-r0\nCOPY --from=builder@sha256:${g.hex(64)} /app /app\n`, "Dockerfile pinned image digests"),
  hk(25, `2026-03-04T10:00:01.221Z INFO  request_id=${g.uuid()} trace_id=${g.hex(32)} span_id=${g.hex(16)} user=${j("usr", "_", g.s(20, AN))} status=200 latency_ms=43\n`, "structured log line with ids"),
  hk(26, `{"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text","text":"${esc2(`Found 3 files:\nsrc/a.ts  ${g.sha()}\nsrc/b.ts  ${g.sha()}\nsrc/c.ts  ${g.sha()}\n`)}"}]}}`, "MCP result listing blob SHAs"),
  hk(27, `age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`, "age public recipient"),
  hk(28, `const publicKey = "${j("pk", "_live_", "51", g.s(97, AN))}";\nconst stripe = Stripe(publicKey);\n`, "Stripe publishable key in browser code"),
  hk(29, `{"cells":[{"cell_type":"display_data","outputs":[{"data":{"image/png":"${png}"},"output_type":"display_data"}]}]}`, "notebook output PNG"),
  hk(30, `{"type":"tool_use","id":"toolu_01${g.s(22)}","name":"write_file","input":{"path":"src/config.ts","content":"export const config = {\\n  apiKey: process.env.OPENAI_API_KEY!,\\n  stripeKey: process.env.STRIPE_SECRET_KEY ?? \\"\\",\\n};\\n"}}`, "write_file reading keys from env"),
  hk(31, `curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/repos/acme/api/commits/${g.sha()}`, "curl with shell variable and commit SHA"),
  hk(32, `| key | value |\n|---|---|\n| build | ${g.hex(12)} |\n| checksum | ${g.hex(64)} |\n| uuid | ${g.uuid()} |\n`, "Markdown table of build metadata"),
  hk(33, `INSERT INTO users (id, email, password_hash) VALUES (1, 'a@acme.io', '$argon2id$v=19$m=65536,t=3,p=4$${g.s(22, AN + "+/")}$${g.s(43, AN + "+/")}');\n`, "SQL seed with argon2 password hash"),
  hk(34, `- name: Configure AWS\n  uses: aws-actions/configure-aws-credentials@${g.sha()}\n  with:\n    role-to-assume: arn:aws:iam::${g.s(12, DIG)}:role/gha-deploy\n    aws-region: eu-west-1\n`, "GitHub Actions OIDC role with pinned action SHA"),
  hk(35, `export const SENTRY_RELEASE = "${g.sha()}";\nexport const BUILD_HASH = "${g.hex(64)}";\n`, "code constants with release hashes"),
  hk(36, `-----BEGIN CERTIFICATE REQUEST-----\n${g.s(64, B64)}\n${g.s(64, B64)}\n${g.s(30, B64)}==\n-----END CERTIFICATE REQUEST-----\n`, "certificate signing request"),
  hk(37, `diff --git a/yarn.lock b/yarn.lock\n-  integrity sha512-${g.s(86, B64)}==\n+  integrity sha512-${g.s(86, B64)}==\n`, "lockfile diff integrity"),
  hk(38, `{"role":"tool","tool_call_id":"call_${g.s(24)}","content":"${esc2(`NAME        DIGEST\napi         sha256:${g.hex(64)}\nworker      sha256:${g.hex(64)}\n`)}"}`, "tool output with image digests"),
];

function esc2(s: string): string {
  return JSON.stringify(s).slice(1, -1);
}

export const cases: CorpusCase[] = [...rotated, ...handcrafted];
