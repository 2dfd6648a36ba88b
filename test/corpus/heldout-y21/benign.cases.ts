// heldout-y21 benign look-alikes: identifiers, digests, public material, references, encrypted
// blobs and placeholders, rendered through the same contexts as the positives (auth-header
// renderers excluded) plus handcrafted files. Built at run time from a seeded stream.
import type { CorpusCase } from "../types.ts";
import { AN, B64, BENIGN, DG, Gen, LN, LO, UN, URL64, j, renderAll, type KV, type Spec } from "./_gen.ts";

const r = new Gen(0x2104);
const sp = (p: string, kv: KV): Spec => ({ g: "benign", p, kv });
const sha256 = () => r.h(64);

const specs: Spec[] = [
  sp("git commit SHA", [["GIT_SHA", r.h(40)]]),
  sp("container image digest", [["IMAGE_DIGEST", j("sha256:", sha256())]]),
  sp("npm integrity (SRI)", [["PACKAGE_INTEGRITY", j("sha512-", r.b64(64))]]),
  sp("request id", [["REQUEST_ID", r.uuid()]]),
  sp("W3C trace id", [["TRACE_ID", r.h(32)], ["SPAN_ID", r.h(16)]]),
  sp("traceparent", [["TRACEPARENT", j("00-", r.h(32), "-", r.h(16), "-01")]]),
  sp("Stripe publishable key", [["STRIPE_PUBLISHABLE_KEY", j("pk", "_live_", "51", r.s(97))]]),
  sp("Stripe customer id", [["STRIPE_CUSTOMER_ID", j("cus", "_", r.s(14))], ["STRIPE_PRICE_ID", j("price", "_", "1", r.s(23))]]),
  sp("OpenAI org + project ids", [["OPENAI_ORGANIZATION", j("org", "-", r.s(24))], ["OPENAI_PROJECT", j("proj", "_", r.s(24))]]),
  sp("OpenAI completion id", [["LAST_COMPLETION_ID", j("chatcmpl", "-", r.s(29))]]),
  sp("Anthropic message id", [["MESSAGE_ID", j("msg", "_01", r.s(22))]]),
  sp("file md5 checksum", [["ARTIFACT_MD5", r.h(32)]]),
  sp("file sha1 checksum", [["ARCHIVE_SHA1", r.h(40)]]),
  sp("sha256 checksum of release", [["RELEASE_SHA256", sha256()]]),
  sp("Go module sum", [["GO_SUM_H1", j("h1:", r.b64(32))]]),
  sp("Azure subscription id", [["AZURE_SUBSCRIPTION_ID", r.uuid()], ["AZURE_RESOURCE_GROUP", "rg-prod-weu"]]),
  sp("AWS account id + role ARN", [["AWS_ROLE_ARN", j("arn:aws:iam::", r.s(12, DG), ":role/github-oidc-deploy")], ["AWS_REGION", "us-east-1"]]),
  sp("AWS resource ids", [["VPC_ID", j("vpc-", r.h(17))], ["SUBNET_ID", j("subnet-", r.h(17))], ["AMI_ID", j("ami-", r.h(17))]]),
  sp("GCP project number", [["GCP_PROJECT_NUMBER", r.s(12, DG)], ["GCP_PROJECT_ID", "acme-prod-31337"]]),
  sp("Slack channel/user ids", [["SLACK_CHANNEL_ID", j("C0", r.s(9, UN))], ["SLACK_TEAM_ID", j("T0", r.s(9, UN))]]),
  sp("placeholder angle brackets", [["OPENAI_API_KEY", "<your-openai-api-key>"]]),
  sp("placeholder env interpolation", [["STRIPE_SECRET_KEY", "${STRIPE_SECRET_KEY}"]]),
  sp("masked key", [["ANTHROPIC_API_KEY", j("sk-", "ant-", "...", "XXXX")]]),
  sp("masked GitHub token", [["GITHUB_TOKEN", j("gh", "p_", "*".repeat(32), r.s(4))]]),
  sp("redacted marker", [["DATABASE_PASSWORD", "[REDACTED]"]]),
  sp("placeholder text", [["SENDGRID_API_KEY", "your_sendgrid_api_key_here"]]),
  sp("GitHub Actions secret expression", [["NPM_TOKEN", "${{ secrets.NPM_TOKEN }}"]]),
  sp("1Password reference", [["DATABASE_URL", "op://Production/orders-db/connection-string"]]),
  sp("AWS Secrets Manager ARN", [["DB_SECRET_ARN", j("arn:aws:secretsmanager:eu-west-1:", r.s(12, DG), ":secret:prod/orders/db-", r.s(6))]]),
  sp("Vault path reference", [["VAULT_SECRET_PATH", "secret/data/prod/payments#stripe_key"]]),
  sp("GCP Secret Manager reference", [["STRIPE_KEY_SECRET", "projects/acme-prod-31337/secrets/stripe-secret-key/versions/latest"]]),
  sp("Azure Key Vault reference", [["ConnectionStrings__Default", "@Microsoft.KeyVault(SecretUri=https://kv-acme-prod.vault.azure.net/secrets/sql-conn/)"]]),
  sp("SSM parameter reference", [["SLACK_BOT_TOKEN", "{{resolve:ssm-secure:/prod/slack/bot-token:3}}"]]),
  sp("SOPS encrypted value", [["API_KEY", j("ENC[AES256_GCM,data:", r.b64(30), ",iv:", r.b64(32), ",tag:", r.b64(16), ",type:str]")]]),
  sp("ULID order id", [["ORDER_ID", j("01J", r.s(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))]]),
  sp("webpack content hash", [["MAIN_BUNDLE", j("main.", r.h(20), ".js")]]),
  sp("ETag", [["LAST_ETAG", j('W/"', r.h(32), '"')]]),
  sp("Google OAuth client id (public)", [["GOOGLE_CLIENT_ID", j(r.s(12, DG), "-", r.s(32, LN), ".apps.googleusercontent.com")]]),
  sp("Kubernetes pod uid", [["POD_UID", r.uuid()], ["RESOURCE_VERSION", r.s(9, DG)]]),
  sp("GPG key fingerprint", [["GPG_FINGERPRINT", r.h(40).toUpperCase()]]),
  sp("Docker build cache key", [["CACHE_KEY", j("node-modules-linux-", sha256())]]),
  sp("Sentry event id", [["SENTRY_EVENT_ID", r.h(32)], ["SENTRY_RELEASE", j("api@", r.h(12))]]),
  sp("Datadog trace id decimal", [["DD_TRACE_ID", r.s(19, DG)], ["DD_SPAN_ID", r.s(19, DG)]]),
  sp("Vercel deployment id", [["VERCEL_DEPLOYMENT_ID", j("dpl", "_", r.s(28))], ["VERCEL_GIT_COMMIT_SHA", r.h(40)]]),
  sp("Shopify product gid", [["PRODUCT_GID", j("gid://shopify/Product/", r.s(13, DG))]]),
  sp("Twilio message SID", [["LAST_MESSAGE_SID", j("SM", r.h(32))]]),
  sp("Terraform state lineage", [["TF_STATE_LINEAGE", r.uuid()], ["TF_STATE_SERIAL", String(r.range(10, 900))]]),
  sp("pip hash", [["REQUIREMENTS_HASH", j("--hash=sha256:", sha256())]]),
  sp("nanoid share slug", [["SHARE_SLUG", r.s(21, URL64)]]),
  sp("base64 public salt label", [["CSP_NONCE_EXAMPLE_FORMAT", "base64(16 random bytes), generated per request"]]),
  sp("content hash in asset URL", [["LOGO_URL", j("https://cdn.acme.dev/assets/logo.", r.h(8), ".svg")]]),
  sp("Mongo ObjectId", [["DEFAULT_TENANT_ID", r.h(24)]]),
  sp("Stripe payment intent id", [["PAYMENT_INTENT_ID", j("pi", "_3", r.s(23))]]),
  sp("GitHub run id + node id", [["GITHUB_RUN_ID", r.s(11, DG)], ["PR_NODE_ID", j("PR_kw", "DO", r.s(8, URL64), "s5", r.s(6, URL64))]]),
  sp("AWS request id", [["AWS_REQUEST_ID", r.uuid()], ["AMZ_CF_ID", j(r.s(40, URL64), "==")]]),
  sp("Cloudflare ray id", [["CF_RAY", j(r.h(16), "-FRA")], ["ZONE_ID", r.h(32)]]),
  sp("empty secret slot", [["REDIS_PASSWORD", ""], ["REDIS_HOST", "redis.internal"]]),
  sp("Age recipient (public)", [["AGE_RECIPIENT", j("age1", r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))]]),
  sp("SSH host key fingerprint", [["SSH_HOST_FINGERPRINT", j("SHA256:", r.b64(32).replace(/=+$/, ""))]]),
  sp("npm lockfile resolved URL", [["RESOLVED", j("https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz#", r.h(40))]]),
];

const out: CorpusCase[] = renderAll(specs, { prefix: "y21-b", category: () => BENIGN, label: "benign", r, offset: 4 });

let n = 1;
const add = (text: string, note: string) =>
  out.push({ id: `y21-bk-${String(n++).padStart(3, "0")}`, kind: "secrets", category: BENIGN, label: "benign", text, note });

const dashes = "-".repeat(5);
add(r.pem("CERTIFICATE", 900), "PEM X.509 certificate; context: ca.crt file content");
add(`${r.pem("PUBLIC KEY", 294)}\n`, "PEM public key (SPKI); context: JWT verifier config");
add(`$ cat ~/.ssh/id_ed25519.pub\nssh-ed25519 ${j("AAAAC3NzaC1lZDI1NTE5AAAAI", r.s(43, B64))} dana@laptop`, "SSH ed25519 public key; context: shell output");
add(`# authorized_keys\nssh-rsa ${j("AAAAB3NzaC1yc2EAAAADAQABAAABgQ", r.s(520, B64))} deploy@ci\n`, "SSH RSA public key; context: authorized_keys");
add(JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: r.h(40), alg: "RS256", n: r.b64url(256), e: "AQAB" }] }, null, 2), "JWKS public key (no private members); context: /.well-known/jwks.json response");
add(`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: payments\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: ${j("AgB", r.b64(400))}\n    DATABASE_URL: ${j("AgC", r.b64(300))}\n`, "SealedSecret encryptedData; context: k8s manifest");
add(`$ANSIBLE_VAULT;1.1;AES256\n${r.h(640).match(/.{1,80}/g)!.join("\n")}\n`, "ansible-vault encrypted file; context: group_vars/prod/vault.yml");
add(`stripe_secret_key: ${j("ENC[AES256_GCM,data:", r.b64(80), ",iv:", r.b64(32), ",tag:", r.b64(16), ",type:str]")}\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-1:${r.s(12, DG)}:key/${r.uuid()}\n          created_at: "2026-09-01T10:00:00Z"\n          enc: ${r.b64(180)}\n    lastmodified: "2026-09-01T10:00:00Z"\n    mac: ${j("ENC[AES256_GCM,data:", r.b64(64), ",iv:", r.b64(32), ",tag:", r.b64(16), ",type:str]")}\n    version: 3.9.1\n`, "SOPS-encrypted YAML; context: secrets.enc.yaml");
add(`language: node_js\nenv:\n  global:\n    - secure: "${r.b64(256)}"\n`, "Travis CI encrypted env (secure:); context: .travis.yml");
add(`!function(e,t){"use strict";var n=${JSON.stringify(r.s(40, AN))},r=function(e){return e.split("").reverse().join("")};e.__h=function(t){for(var o=0,i=0;i<t.length;i++)o=(o<<5)-o+t.charCodeAt(i)|0;return o.toString(36)},e.__k=n.slice(0,8)}(window);\n//# sourceMappingURL=app.${r.h(8)}.js.map`, "minified JS with random-looking string; context: bundle file content");
add(`.btn_${r.s(5, LO)}{color:#${r.h(6)};background:linear-gradient(90deg,#${r.h(6)},#${r.h(6)})}\n.css-${r.s(6, LN)}{display:flex}\n.Header_nav__${r.s(5, AN)}{padding:0 16px}\n`, "CSS-in-JS hashed class names and colours; context: stylesheet");
add(`<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAB${r.b64(600)}" />`, "base64 PNG data URI; context: HTML");
add(JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `my key looks like sk-proj-...${r.s(4)} in the dashboard, is that the right project? (not pasting the full thing)` }] }), "masked OpenAI key (last four); context: chat body");
add(`| Name | Key | Created |\n|---|---|---|\n| ci-deploy | ${j("sk_", "live_", "••••", r.s(4))} | 2026-03-02 |\n| reporting | ${j("rk_", "live_", "••••", r.s(4))} | 2026-06-11 |\n`, "masked Stripe keys in dashboard table; context: Markdown doc");
add(`export const env = {\n  STRIPE_SECRET_KEY: process.env.STRIPE_SECRET_KEY!,\n  OPENAI_API_KEY: process.env.OPENAI_API_KEY!,\n  DATABASE_URL: process.env.DATABASE_URL!,\n};\n`, "env reads without values; context: TypeScript");
add(`# .env.example\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=${j("sk", "_live_", "x".repeat(24))}\nDATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB\n`, "template env file with empty/xxx placeholders; context: .env.example");
add(`{\n  "name": "api",\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/zod": {\n      "version": "3.23.8",\n      "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",\n      "integrity": "${j("sha512-", r.b64(64))}"\n    },\n    "node_modules/undici": {\n      "version": "6.19.8",\n      "integrity": "${j("sha512-", r.b64(64))}"\n    }\n  }\n}`, "npm lockfile integrity hashes; context: package-lock.json");
add(`${r.h(64)}  dist/cli-linux-amd64.tar.gz\n${r.h(64)}  dist/cli-darwin-arm64.tar.gz\n${r.h(64)}  dist/cli-windows-amd64.zip\n`, "sha256sums file; context: release artifacts");
add(`commit ${r.h(40)}\nMerge: ${r.h(7)} ${r.h(7)}\nAuthor: Dana Lee <dana@acme.dev>\nDate:   Tue Nov 4 10:12:33 2026 +0000\n\n    Merge pull request #812 from acme/fix-retry\n\ncommit ${r.h(40)}\nAuthor: Sam Ortiz <sam@acme.dev>\n`, "git log output; context: shell");
add(`2026-11-20T10:11:12.345Z INFO  request completed method=POST path=/v1/charges status=200 request_id=req_${r.s(14)} trace_id=${r.h(32)} span_id=${r.h(16)} duration_ms=${r.range(10, 500)} idempotency_key=${r.uuid()}`, "structured log with request/trace/idempotency ids; context: app log");
add(JSON.stringify({ id: j("chatcmpl-", r.s(29)), object: "chat.completion", created: 1764950000, model: "gpt-4.1-2025-04-14", system_fingerprint: j("fp_", r.h(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3, total_tokens: 815 } }), "OpenAI response ids and fingerprint; context: API response echoed");
add(JSON.stringify({ id: j("evt_", "1", r.s(23)), object: "event", type: "payment_intent.succeeded", data: { object: { id: j("pi_", "3", r.s(23)), customer: j("cus_", r.s(14)), payment_method: j("pm_", "1", r.s(23)), latest_charge: j("ch_", "3", r.s(23)) } } }, null, 2), "Stripe webhook event object ids; context: webhook payload");
add(`resource "aws_s3_bucket" "logs" {\n  bucket = "acme-prod-logs-${r.s(8, LN)}"\n}\n\nresource "aws_kms_key" "logs" {\n  description = "logs"\n  # key id ${r.uuid()}\n}\n\ndata "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/orders/db"\n}\n`, "Terraform with ids and secret references only; context: main.tf");
add(`services:\n  api:\n    image: ghcr.io/acme/api@sha256:${sha256()}\n    environment:\n      DATABASE_URL: \${DATABASE_URL}\n      OPENAI_API_KEY: \${OPENAI_API_KEY:?set me}\n    secrets:\n      - stripe_key\nsecrets:\n  stripe_key:\n    external: true\n`, "compose file with interpolation and pinned digest; context: docker-compose.yml");
add(`{"level":"info","msg":"uploaded","bucket":"acme-media","key":"avatars/${r.uuid()}.webp","etag":"\\"${r.h(32)}\\"","versionId":"${r.s(32, URL64)}"}`, "S3 upload log with etag/versionId; context: JSON log line");
add(`-- migration 20261104_add_api_keys\nCREATE TABLE api_keys (\n  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n  prefix text NOT NULL,          -- first 8 chars shown in UI\n  key_hash bytea NOT NULL,        -- sha256 of the key\n  created_at timestamptz DEFAULT now()\n);\nINSERT INTO api_keys (prefix, key_hash) VALUES ('ak_${r.s(4, LN)}', '\\x${r.h(64)}');\n`, "hashed API key storage; context: SQL migration");
add(`[core]\n\trepositoryformatversion = 0\n[remote "origin"]\n\turl = git@github.com:acme/api.git\n[user]\n\tsigningkey = ${r.h(16).toUpperCase()}\n[gpg]\n\tformat = openpgp\n`, "git config with GPG key id; context: .git/config");
add(`{\n  "version": 4,\n  "terraform_version": "1.9.5",\n  "serial": ${r.range(3, 90)},\n  "lineage": "${r.uuid()}",\n  "outputs": {\n    "db_password": { "value": "", "type": "string", "sensitive": true },\n    "api_url": { "value": "https://api.acme.dev", "type": "string" }\n  }\n}`, "terraform state with sensitive output emptied; context: state file");
add(`Cargo.lock\n[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${sha256()}"\n`, "Cargo.lock checksum; context: lockfile");
add(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M${r.range(1, 9)}.${r.s(3, DG)} ${r.range(1, 20)}.${r.s(3, DG)}l${r.range(1, 9)}.${r.s(2, DG)}-${r.range(1, 9)}.${r.s(2, DG)}Z" fill="#${r.h(6)}"/><defs><linearGradient id="g_${r.s(10, AN)}"/></defs></svg>`, "SVG with generated ids; context: asset file");
add(JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: `Listed 3 keys:\n- name: ci (id ${j("key_", r.s(24, LN))}) last4 ${r.s(4)}\n- name: backup (id ${j("key_", r.s(24, LN))}) last4 ${r.s(4)}\n- name: local (id ${j("key_", r.s(24, LN))}) revoked` }] } }), "key listing with ids and last-four only; context: MCP tool result");
add(`$ kubectl get secret app-credentials -o yaml\napiVersion: v1\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("beta_checkout,new_nav").toString("base64")}\nkind: Secret\nmetadata:\n  name: app-credentials\n  uid: ${r.uuid()}\n  resourceVersion: "${r.s(8, DG)}"\n`, "k8s Secret with non-secret data values; context: kubectl output");
add(`- name: Configure AWS\n  uses: aws-actions/configure-aws-credentials@${r.h(40)}\n  with:\n    role-to-assume: arn:aws:iam::${r.s(12, DG)}:role/gha-deploy\n    aws-region: us-east-1\n- run: npm publish\n  env:\n    NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n`, "workflow with pinned action SHA and secret expressions; context: GitHub Actions YAML");
add(`Authorization: Bearer <token>\nX-Api-Key: {{API_KEY}}\nCookie: session=<redacted>\n`, "placeholder headers; context: API docs snippet");
add(`import hashlib\n\nEXPECTED = "${sha256()}"\n\ndef verify(path):\n    h = hashlib.sha256(open(path, "rb").read()).hexdigest()\n    assert h == EXPECTED, h\n`, "expected file hash constant; context: Python");
add(`const SALT_ROUNDS = 12;\nconst HMAC_ALGO = "sha256";\nconst STRIPE_API_VERSION = "2025-09-30.clover";\nconst SESSION_COOKIE = "__Host-sid";\nconst CSRF_HEADER = "x-csrf-token";\n`, "security-related constants that are names, not secrets; context: TypeScript");
add(`\`\`\`\nerror: could not verify signature\n  expected: ${j("sha256=", r.h(64))}\n  received: ${j("sha256=", r.h(64))}\n  delivery: ${r.uuid()}\n\`\`\``, "webhook signature mismatch digests; context: Markdown error report");
add(`-----BEGIN CERTIFICATE REQUEST-----\n${r.b64(600).match(/.{1,64}/g)!.join("\n")}\n-----END CERTIFICATE REQUEST-----\n`, "PEM CSR; context: file content");
add(`${dashes}BEGIN PGP PUBLIC KEY BLOCK${dashes}\n\n${r.b64(700).match(/.{1,64}/g)!.join("\n")}\n=${r.s(4, AN)}\n${dashes}END PGP PUBLIC KEY BLOCK${dashes}\n`, "PGP public key block; context: KEYS file");

export const cases: CorpusCase[] = out;
