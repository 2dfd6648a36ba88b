// heldout-y62 benign look-alikes: same renderers and contexts as the positives, values that are
// not secrets (digests, ids, public material, placeholders, references, encrypted blobs).
import type { CorpusCase } from "../types.ts";
import { Gen, renderers } from "./_gen.ts";

const P = (...parts: string[]) => parts.join("");

interface BSpec { p: string; v: string; hdr: string; t: (r: Gen) => string }

// Slots are named for what they really hold; values are look-alikes.
const bspecs: BSpec[] = [
  { p: "git commit SHA", v: "GIT_COMMIT_SHA", hdr: "X-Commit: ", t: (r) => r.h(40) },
  { p: "SHA-256 artifact digest", v: "ARTIFACT_SHA256", hdr: "X-Content-SHA256: ", t: (r) => r.h(64) },
  { p: "container image digest", v: "IMAGE_DIGEST", hdr: "Docker-Content-Digest: ", t: (r) => P("sha256:", r.h(64)) },
  { p: "request id UUID", v: "REQUEST_ID", hdr: "X-Request-Id: ", t: (r) => r.uuid() },
  { p: "W3C traceparent", v: "TRACEPARENT", hdr: "traceparent: ", t: (r) => P("00-", r.h(32), "-", r.h(16), "-01") },
  { p: "AWS X-Ray trace id", v: "TRACE_ID", hdr: "X-Amzn-Trace-Id: ", t: (r) => P("Root=1-", r.h(8), "-", r.h(24)) },
  { p: "Stripe customer id", v: "STRIPE_CUSTOMER_ID", hdr: "X-Customer: ", t: (r) => P("cus", "_", r.a(14)) },
  { p: "Stripe payment intent id", v: "PAYMENT_INTENT_ID", hdr: "X-Payment-Intent: ", t: (r) => P("pi", "_", "3", r.a(23)) },
  { p: "Stripe publishable key", v: "STRIPE_PUBLISHABLE_KEY", hdr: "X-Stripe-Publishable: ", t: (r) => P("pk", "_live_", "51", r.a(97)) },
  { p: "OpenAI chat completion id", v: "COMPLETION_ID", hdr: "X-Completion-Id: ", t: (r) => P("chatcmpl-", r.a(29)) },
  { p: "Anthropic message id", v: "MESSAGE_ID", hdr: "X-Message-Id: ", t: (r) => P("msg", "_01", r.a(22)) },
  { p: "Anthropic request id", v: "ANTHROPIC_REQUEST_ID", hdr: "request-id: ", t: (r) => P("req", "_011", r.a(21)) },
  { p: "OpenAI organization id", v: "OPENAI_ORG_ID", hdr: "OpenAI-Organization: ", t: (r) => P("org-", r.a(24)) },
  { p: "Slack channel id", v: "SLACK_CHANNEL_ID", hdr: "X-Slack-Channel: ", t: (r) => P("C0", r.ua(9)) },
  { p: "Twilio messaging service SID", v: "TWILIO_MESSAGING_SERVICE_SID", hdr: "X-Messaging-Service: ", t: (r) => P("MG", r.h(32)) },
  { p: "npm lockfile integrity", v: "PACKAGE_INTEGRITY", hdr: "X-Integrity: ", t: (r) => P("sha512-", r.b64bytes(64)) },
  { p: "Datadog trace id (decimal)", v: "DD_TRACE_ID", hdr: "x-datadog-trace-id: ", t: (r) => P(String(r.range(1, 9)), r.d(18)) },
  { p: "Sentry event id", v: "SENTRY_EVENT_ID", hdr: "X-Sentry-Event: ", t: (r) => r.h(32) },
  { p: "ETag", v: "CACHE_ETAG", hdr: "If-None-Match: ", t: (r) => P('W/"', r.h(32), '"') },
  { p: "MongoDB ObjectId", v: "TENANT_OBJECT_ID", hdr: "X-Tenant: ", t: (r) => r.h(24) },
  { p: "Vercel deployment id", v: "VERCEL_DEPLOYMENT_ID", hdr: "X-Vercel-Deployment: ", t: (r) => P("dpl", "_", r.a(28)) },
  { p: "AWS KMS key ARN", v: "KMS_KEY_ARN", hdr: "X-Kms-Key: ", t: (r) => P("arn:aws:kms:eu-west-1:", r.d(12), ":key/", r.uuid()) },
  { p: "Secrets Manager ARN reference", v: "DB_PASSWORD_SECRET_ARN", hdr: "X-Secret-Ref: ", t: (r) => P("arn:aws:secretsmanager:us-east-1:", r.d(12), ":secret:prod/db/password-", r.a(6)) },
  { p: "Vault path reference", v: "STRIPE_SECRET_KEY", hdr: "X-Secret-Ref: ", t: () => "vault:secret/data/prod/stripe#secret_key" },
  { p: "1Password secret reference", v: "OPENAI_API_KEY", hdr: "X-Secret-Ref: ", t: () => "op://Engineering/OpenAI Production/credential" },
  { p: "env var interpolation placeholder", v: "GITHUB_TOKEN", hdr: "Authorization: Bearer ", t: () => "${GITHUB_TOKEN}" },
  { p: "GitHub Actions secrets expression", v: "NPM_TOKEN", hdr: "Authorization: Bearer ", t: () => "${{ secrets.NPM_TOKEN }}" },
  { p: "angle-bracket placeholder", v: "ANTHROPIC_API_KEY", hdr: "x-api-key: ", t: () => "<your-anthropic-api-key>" },
  { p: "masked OpenAI key", v: "OPENAI_API_KEY", hdr: "Authorization: Bearer ", t: (r) => P("sk-", "proj-", "...", r.a(4).replace(/./g, "X")) },
  { p: "masked key with asterisks", v: "SENDGRID_API_KEY", hdr: "Authorization: Bearer ", t: (r) => P("SG", ".", "****************", r.a(4)) },
  { p: "redacted marker", v: "SLACK_BOT_TOKEN", hdr: "Authorization: Bearer ", t: () => "[REDACTED]" },
  { p: "GCP Secret Manager reference", v: "DATABASE_PASSWORD", hdr: "X-Secret-Ref: ", t: (r) => P("sm://projects/acme-prod-", r.d(4), "/secrets/db-password/versions/latest") },
  { p: "Azure Key Vault reference", v: "STORAGE_KEY", hdr: "X-Secret-Ref: ", t: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/storage-key/)" },
  { p: "SSM parameter reference", v: "API_TOKEN", hdr: "X-Secret-Ref: ", t: () => "{{resolve:ssm-secure:/prod/api/token:3}}" },
  { p: "Kubernetes secretKeyRef-style env reference", v: "REDIS_PASSWORD", hdr: "X-Secret-Ref: ", t: () => "$(REDIS_PASSWORD)" },
  { p: "semantic version + build metadata", v: "BUILD_VERSION", hdr: "X-Build: ", t: (r) => P("4.18.", String(r.range(0, 40)), "+build.", r.d(5), ".", r.h(7)) },
  { p: "Docker image reference with digest", v: "WORKER_IMAGE", hdr: "X-Image: ", t: (r) => P("ghcr.io/acme/worker@sha256:", r.h(64)) },
  { p: "GPG key fingerprint", v: "RELEASE_SIGNING_KEY_FPR", hdr: "X-Signing-Key: ", t: (r) => r.uh(40) },
  { p: "SSH host key fingerprint", v: "SSH_HOST_FINGERPRINT", hdr: "X-Host-Key: ", t: (r) => P("SHA256:", r.b64bytes(32).replace(/=+$/, "")) },
  { p: "analytics session id", v: "ANALYTICS_SESSION_ID", hdr: "X-Session: ", t: (r) => P("sess_", r.la(24)) },
  { p: "Google Analytics measurement id", v: "GA_MEASUREMENT_ID", hdr: "X-GA: ", t: (r) => P("G-", r.ua(10)) },
  { p: "AWS account id", v: "AWS_ACCOUNT_ID", hdr: "X-Account: ", t: (r) => r.d(12) },
  { p: "GCP project number", v: "GOOGLE_PROJECT_NUMBER", hdr: "X-Goog-User-Project: ", t: (r) => r.d(12) },
  { p: "Idempotency key UUID", v: "IDEMPOTENCY_KEY", hdr: "Idempotency-Key: ", t: (r) => r.uuid() },
  { p: "Git tree/blob SHA in short+long", v: "BASE_REF_SHA", hdr: "X-Base-Ref: ", t: (r) => r.h(40) },
  { p: "Content-MD5", v: "UPLOAD_MD5", hdr: "Content-MD5: ", t: (r) => r.b64bytes(16) },
  { p: "Cloudflare Ray id", v: "CF_RAY", hdr: "CF-Ray: ", t: (r) => P(r.h(16), "-FRA") },
  { p: "Azure correlation id", v: "CORRELATION_ID", hdr: "x-ms-correlation-request-id: ", t: (r) => r.uuid() },
  { p: "Shopify product GID", v: "SHOPIFY_PRODUCT_GID", hdr: "X-Product: ", t: (r) => P("gid://shopify/Product/", r.d(13)) },
  { p: "Linear issue id", v: "LINEAR_ISSUE_ID", hdr: "X-Issue: ", t: (r) => r.uuid() },
  { p: "Notion page id", v: "NOTION_PAGE_ID", hdr: "X-Notion-Page: ", t: (r) => r.h(32) },
  { p: "Airtable base id", v: "AIRTABLE_BASE_ID", hdr: "X-Airtable-Base: ", t: (r) => P("app", r.a(14)) },
  { p: "HubSpot portal id", v: "HUBSPOT_PORTAL_ID", hdr: "X-Portal: ", t: (r) => r.d(8) },
  { p: "OpenAI assistant id", v: "OPENAI_ASSISTANT_ID", hdr: "X-Assistant: ", t: (r) => P("asst", "_", r.a(24)) },
  { p: "Vercel project id", v: "VERCEL_PROJECT_ID", hdr: "X-Project: ", t: (r) => P("prj", "_", r.a(28)) },
  { p: "Terraform run id", v: "TFC_RUN_ID", hdr: "X-Run: ", t: (r) => P("run-", r.a(16)) },
  { p: "Stripe price id", v: "STRIPE_PRICE_ID", hdr: "X-Price: ", t: (r) => P("price", "_1", r.a(23)) },
  { p: "Datadog RUM application id (public)", v: "DD_RUM_APPLICATION_ID", hdr: "X-RUM-App: ", t: (r) => r.uuid() },
  { p: "AMI id", v: "BASE_AMI", hdr: "X-AMI: ", t: (r) => P("ami-", r.h(17)) },
  { p: "SRI hash of CDN script", v: "CDN_SRI", hdr: "X-SRI: ", t: (r) => P("sha384-", r.b64bytes(48)) },
];

const r = new Gen(6220);

function rotated(): CorpusCase[] {
  const out: CorpusCase[] = [];
  let k = 5;
  for (const s of bspecs) {
    const [rname, fn] = renderers[k % renderers.length]!;
    k += 7;
    const text = fn({ v: s.v, val: s.t(r), hdr: s.hdr, host: "api.example.com", r });
    out.push({ id: `y62-b-${String(out.length + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty62-benign", label: "benign", text, note: `${s.p}; slot ${s.v}; context: ${rname}` });
  }
  return out;
}

function handcrafted(): CorpusCase[] {
  const hc: Array<[string, string]> = [];
  const cert = r.pem("CERTIFICATE", 900);
  hc.push(["PEM certificate in write_file tool call (public)", JSON.stringify({ type: "tool_use", id: "toolu_01" + r.a(22), name: "write_file", input: { path: "certs/ca.crt", content: cert + "\n" } })]);
  hc.push(["PEM public key in JWT verifier config (YAML)", `auth:\n  issuer: https://auth.acme.io\n  audience: api\n  public_key: |\n    ${r.pem("PUBLIC KEY", 294).split("\n").join("\n    ")}\n`]);
  hc.push(["SSH public key in authorized_keys via shell tool", `echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(43)} deploy@ci' >> ~/.ssh/authorized_keys`]);
  hc.push(["SSH RSA public key in Terraform", `resource "aws_key_pair" "deployer" {\n  key_name   = "deployer-key"\n  public_key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r.b64(500)} ops@laptop"\n}\n`]);
  hc.push(["age public recipient in .sops.yaml", `creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`]);
  // SOPS
  const sopsVal = (n: number) => P("ENC[AES256_GCM,data:", r.b64bytes(n), ",iv:", r.b64bytes(32), ",tag:", r.b64bytes(16), ",type:str]");
  hc.push(["SOPS-encrypted YAML", `stripe_secret_key: ${sopsVal(80)}\nopenai_api_key: ${sopsVal(120)}\nsops:\n  age:\n    - recipient: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        ${r.b64bytes(180).replace(/(.{64})/g, "$1\n        ")}\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: "2026-02-11T09:14:02Z"\n  mac: ${sopsVal(32)}\n  version: 3.9.1\n`]);
  hc.push(["SOPS-encrypted dotenv pasted in chat body", JSON.stringify({ messages: [{ role: "user", content: `is this file safe to commit?\n\nDATABASE_URL=${sopsVal(90)}\nJWT_SECRET=${sopsVal(48)}\nsops_version=3.9.1\nsops_mac=${sopsVal(32)}` }] })]);
  hc.push(["Bitnami SealedSecret", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: Ag${r.b64(700)}==\n    SLACK_BOT_TOKEN: Ag${r.b64(600)}=\n`]);
  const vault = r.h(600).replace(/(.{80})/g, "$1\n");
  hc.push(["ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${vault}`]);
  hc.push(["ansible-vault inline variable in group_vars", `db_user: app\ndb_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${r.h(320).replace(/(.{64})/g, "$1\n  ")}\n`]);
  hc.push(["git-crypt / GPG armored message (encrypted, no key)", `-----BEGIN PGP MESSAGE-----\n\nhQIMA${r.b64(60)}\n${r.b64bytes(300).replace(/(.{64})/g, "$1\n")}\n=${r.b64(4)}\n-----END PGP MESSAGE-----`]);
  // placeholders / masks
  hc.push([".env.example with placeholders", `# Copy to .env and fill in\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your-key>\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSLACK_BOT_TOKEN=xoxb-your-token-here\n`]);
  hc.push(["masked keys in CLI list output", `$ acme keys list\nNAME          KEY                 CREATED\nprod-ingest   sk-proj-...${r.a(4)}     2026-01-03\nci            sk-proj-...${r.a(4)}     2026-02-17\nlocal-dev     ********${r.a(4)}        2026-03-01`]);
  hc.push(["GitHub Actions workflow using secrets refs", `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n    steps:\n      - uses: actions/checkout@${r.h(40)} # v4.2.2\n      - run: npm publish\n`]);
  hc.push(["CI log with masked secrets", `2026-03-14T09:12:41.0000000Z env:\n2026-03-14T09:12:41.0000000Z   OPENAI_API_KEY: ***\n2026-03-14T09:12:41.0000000Z   STRIPE_SECRET_KEY: ***\n2026-03-14T09:12:42.0000000Z Checking out ${r.h(40)}\n2026-03-14T09:12:43.0000000Z Using cache key node-modules-${r.h(64)}`]);
  hc.push(["docker-compose with env interpolation", `services:\n  api:\n    image: acme/api@sha256:${r.h(64)}\n    environment:\n      OPENAI_API_KEY: \${OPENAI_API_KEY:?missing}\n      DATABASE_URL: postgres://app:\${POSTGRES_PASSWORD}@db:5432/app\n      SENTRY_RELEASE: ${r.h(40)}\n`]);
  hc.push(["Helm values referencing existing secret", `externalSecrets:\n  enabled: true\n  secretStoreRef:\n    name: aws-secrets-manager\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/payments\n        property: stripe_secret_key\n`]);
  hc.push(["Python code reading from env without default", `import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nresp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "ping"}])\nprint(resp.id)  # chatcmpl-${r.a(29)}\n`]);
  hc.push(["Go code reading key from secret manager", `secret, err := sm.AccessSecretVersion(ctx, &smpb.AccessSecretVersionRequest{\n\tName: "projects/acme-prod/secrets/stripe-secret-key/versions/latest",\n})\nif err != nil {\n\treturn err\n}\nstripe.Key = string(secret.Payload.Data)\n`]);
  // lockfiles, digests, hashes
  hc.push(["package-lock.json entries", JSON.stringify({ packages: { "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: P("sha512-", r.b64bytes(64)) }, "node_modules/undici": { version: "6.19.2", resolved: "https://registry.npmjs.org/undici/-/undici-6.19.2.tgz", integrity: P("sha512-", r.b64bytes(64)) } } }, null, 2)]);
  hc.push(["go.sum lines", `github.com/google/uuid v1.6.0 h1:${r.b64bytes(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:${r.b64bytes(32)}\ngolang.org/x/crypto v0.31.0 h1:${r.b64bytes(32)}\n`]);
  hc.push(["Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.h(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.h(64)}"\n`]);
  hc.push(["poetry.lock hashes", `[[package]]\nname = "requests"\nversion = "2.32.3"\nfiles = [\n    {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:${r.h(64)}"},\n    {file = "requests-2.32.3.tar.gz", hash = "sha256:${r.h(64)}"},\n]\n`]);
  hc.push(["git log output in MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: `commit ${r.h(40)}\nAuthor: Dana <dana@acme.io>\nDate:   Tue Mar 10 14:02:11 2026 +0000\n\n    fix(billing): retry idempotent charges\n\ncommit ${r.h(40)}\nMerge: ${r.h(7)} ${r.h(7)}\n` }] } })]);
  hc.push(["Terraform state resource ids (non-secret attributes)", JSON.stringify({ resources: [{ type: "aws_s3_bucket", name: "exports", instances: [{ attributes: { id: "acme-exports-prod", arn: "arn:aws:s3:::acme-exports-prod", hosted_zone_id: "Z" + r.ua(13), bucket_regional_domain_name: "acme-exports-prod.s3.eu-west-1.amazonaws.com" } }] }] }, null, 2)]);
  hc.push(["Kubernetes Secret with non-secret base64 data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("beta,export,new-billing").toString("base64")}\n`]);
  // minified code, CSS, images
  hc.push(["minified JS bundle chunk", `!function(e,t){"object"==typeof exports?module.exports=t():e.${r.a(6)}=t()}(this,function(){var e="${r.a(48)}",t=function(n){return n.split("").map(function(c){return c.charCodeAt(0)^${r.range(10, 99)}}).join(",")};return{id:e,enc:t,v:"${r.h(8)}"}});\n//# sourceMappingURL=main.${r.h(20)}.js.map`]);
  hc.push(["CSS modules / Tailwind output", `.Button_root__${r.a(5)}{display:inline-flex;align-items:center}.Button_primary__${r.a(5)}{background:#${r.h(6)};color:#fff}.css-${r.la(6)}{margin:0 auto}\n@font-face{font-family:Inter;src:url(/fonts/inter.${r.h(20)}.woff2) format("woff2")}`]);
  hc.push(["base64 PNG data URI in HTML", `<img alt="logo" width="32" height="32" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${r.b64bytes(240)}" />`]);
  hc.push(["base64 font in CSS", `@font-face{font-family:"Icons";src:url(data:font/woff2;base64,d09GMgABAAAAA${r.b64bytes(300)}) format("woff2")}`]);
  hc.push(["webpack content hashes in build log", `asset main.${r.h(20)}.js 412 KiB [emitted] [immutable] [minimized] (name: main)\nasset vendors.${r.h(20)}.js 1.2 MiB [emitted] [immutable] [minimized]\nasset styles.${r.h(20)}.css 38 KiB [emitted] [immutable]\nwebpack 5.94.0 compiled successfully in 18231 ms`]);
  hc.push(["HTTP response headers with ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${r.uuid()}\nx-amzn-trace-id: Root=1-${r.h(8)}-${r.h(24)}\netag: "${r.h(32)}"\ncf-ray: ${r.h(16)}-AMS\nx-cache: Hit from cloudfront\nx-amz-cf-id: ${r.u(56)}==`]);
  hc.push(["OpenAI API response body (ids only)", JSON.stringify({ id: P("chatcmpl-", r.a(29)), object: "chat.completion", created: 1741234567, model: "gpt-4o-2024-08-06", system_fingerprint: P("fp_", r.h(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3, total_tokens: 815 } }, null, 2)]);
  hc.push(["Stripe webhook event payload (object ids)", JSON.stringify({ id: P("evt", "_1", r.a(23)), object: "event", type: "payment_intent.succeeded", data: { object: { id: P("pi", "_3", r.a(23)), customer: P("cus", "_", r.a(14)), latest_charge: P("ch", "_3", r.a(23)), amount: 4200, currency: "eur" } } }, null, 2)]);
  hc.push(["Stripe.js init with publishable key", `import { loadStripe } from "@stripe/stripe-js";\n\nexport const stripePromise = loadStripe("${P("pk", "_live_", "51", r.a(97))}");\n`]);
  hc.push(["JWT example header only / JWKS public key", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: r.h(40), alg: "RS256", n: r.u(342), e: "AQAB" }] }, null, 2)]);
  hc.push(["UUIDs in SQL migration", `INSERT INTO plans (id, name, price_cents) VALUES\n  ('${r.uuid()}', 'starter', 900),\n  ('${r.uuid()}', 'team', 4900),\n  ('${r.uuid()}', 'enterprise', 0);\n`]);
  hc.push(["Jupyter output with hashes", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 7, metadata: {}, source: ["import hashlib\n", "hashlib.sha256(open('model.bin','rb').read()).hexdigest()"], outputs: [{ output_type: "execute_result", execution_count: 7, data: { "text/plain": [`'${r.h(64)}'`] }, metadata: {} }] }], nbformat: 4, nbformat_minor: 5 })]);
  hc.push(["Markdown doc describing key format without a key", "## API keys\n\nKeys start with `sk_live_` for production and are 24+ characters. Never paste them into issues;\nreference them as `${STRIPE_SECRET_KEY}` and load from Vault (`vault kv get secret/prod/stripe`).\n"]);
  hc.push(["diff rotating to a secret reference", `diff --git a/.env.production b/.env.production\n--- a/.env.production\n+++ b/.env.production\n@@ -1,3 +1,3 @@\n APP_ENV=production\n-SENTRY_RELEASE=${r.h(40)}\n+SENTRY_RELEASE=${r.h(40)}\n-OPENAI_API_KEY=\n+OPENAI_API_KEY=op://Engineering/OpenAI/credential\n`]);
  hc.push(["SSH known_hosts entry", `|1|${r.b64bytes(20)}|${r.b64bytes(20)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${r.b64(88)}=`]);
  hc.push(["Anthropic API response with message/request ids", `HTTP/1.1 200 OK\nrequest-id: ${P("req", "_011", r.a(21))}\nanthropic-organization-id: ${r.uuid()}\n\n` + JSON.stringify({ id: P("msg", "_01", r.a(22)), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "text", text: "ok" }], stop_reason: "end_turn" })]);
  hc.push(["random alnum in test snapshot name (not a secret slot)", `exports[\`Button renders ${r.a(8)} 1\`] = \`\n<button\n  class="btn btn-primary css-${r.la(7)}"\n  data-testid="submit-${r.a(20)}"\n>\n  Save\n</button>\n\`;`]);
  return hc.map(([note, text], i) => ({ id: `y62-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets" as const, category: "heldouty62-benign", label: "benign" as const, text, note }));
}

export const cases: CorpusCase[] = [...rotated(), ...handcrafted()];
