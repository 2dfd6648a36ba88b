// heldout-y98: benign look-alikes (digests, ids, public material, placeholders, references,
// encrypted blobs, minified code) in the same outbound contexts as the positives.
import type { CorpusCase } from "../types.ts";
import { CONTEXTS, Gen } from "./_gen.ts";

const g = new Gen(0xbe98a1);

// Contexts whose wording itself claims the value is a credential are not used for benign values.
const CREDENTIAL_WORDED = /Bearer|X-Api-Key|SDK constructor|Rust test fixture|SQL seed|Markdown setup|chat message in user turn/;
const ctxs = CONTEXTS.filter((c) => !CREDENTIAL_WORDED.test(c.name));

type B = [what: string, slot: string, pattern: string];
const rotated: B[] = [
  ["git commit SHA", "GIT_SHA", "{H40}"],
  ["container image digest", "IMAGE_DIGEST", "sha256:{H64}"],
  ["artifact SHA-256 checksum", "ARTIFACT_SHA256", "{H64}"],
  ["request id (UUID)", "REQUEST_ID", "{UUID}"],
  ["W3C trace id", "TRACE_ID", "{H32}"],
  ["span id", "PARENT_SPAN_ID", "{H16}"],
  ["SRI integrity hash", "BUNDLE_INTEGRITY", "sha384-{B64}"],
  ["npm lockfile integrity", "LOCK_INTEGRITY", "sha512-{B86}=="],
  ["Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", "pk|_live_51{A22}{A75}"],
  ["Stripe customer id", "STRIPE_CUSTOMER_ID", "cus_{A14}"],
  ["Stripe payment intent id", "PAYMENT_INTENT_ID", "pi_3{A23}"],
  ["OpenAI completion id", "LAST_COMPLETION_ID", "chatcmpl-{A29}"],
  ["Anthropic message id", "LAST_MESSAGE_ID", "msg_01{A22}"],
  ["OpenAI assistant id", "OPENAI_ASSISTANT_ID", "asst_{A24}"],
  ["masked OpenAI key", "OPENAI_API_KEY", "sk-proj-...{A4}"],
  ["placeholder OpenAI key", "OPENAI_API_KEY", "<your-openai-api-key>"],
  ["env interpolation", "STRIPE_SECRET_KEY", "${STRIPE_SECRET_KEY}"],
  ["GitHub Actions secret expression", "GITHUB_TOKEN", "${{ secrets.GITHUB_TOKEN }}"],
  ["AWS Secrets Manager ARN", "API_KEY_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:{D12}:secret:prod/payments/api-key-{A6}"],
  ["Vault path reference", "SENDGRID_API_KEY", "vault:secret/data/prod/sendgrid#api_key"],
  ["1Password reference", "ANTHROPIC_API_KEY", "op://Engineering/Anthropic API/credential"],
  ["Azure Key Vault reference", "TwilioAuthToken", "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/twilio-auth/{H32})"],
  ["GCP Secret Manager resource", "OPENAI_KEY_SECRET", "projects/acme-prod/secrets/openai-key/versions/latest"],
  ["SSM dynamic reference", "DB_PASSWORD", "{{resolve:ssm-secure:/prod/orders/db-password:3}}"],
  ["SOPS-encrypted value", "DATADOG_API_KEY", "ENC[AES256_GCM,data:{B44},iv:{B43}=,tag:{B22}==,type:str]"],
  ["Slack channel id", "SLACK_ALERT_CHANNEL", "C0{U9}"],
  ["Azure tenant id", "AZURE_TENANT_ID", "{UUID}"],
  ["Azure client (app) id", "AZURE_CLIENT_ID", "{UUID}"],
  ["Cloudflare zone id", "CLOUDFLARE_ZONE_ID", "{H32}"],
  ["Cloudflare account id", "CLOUDFLARE_ACCOUNT_ID", "{H32}"],
  ["Google OAuth client id", "GOOGLE_CLIENT_ID", "{D12}-{l32}.apps.googleusercontent.com"],
  ["masked Stripe key", "STRIPE_SECRET_KEY", "sk_live_••••••••••••••••{A4}"],
  ["X-mask GitHub token placeholder", "GITHUB_TOKEN", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"],
  ["AWS key id mask", "AWS_ACCESS_KEY_ID", "AKIA****************"],
  ["DB URL with env password", "DATABASE_URL", "postgres://orders:${DB_PASSWORD}@db-prod.internal:5432/orders"],
  ["Redis URL without credentials", "REDIS_URL", "redis://cache.internal:6379/2"],
  ["HTTP ETag", "LAST_ETAG", "W/{H32}"],
  ["MongoDB ObjectId", "TENANT_OBJECT_ID", "{H24}"],
  ["KMS key ARN", "KMS_KEY_ARN", "arn:aws:kms:eu-west-1:{D12}:key/{UUID}"],
  ["SSH ed25519 public key", "DEPLOY_PUBLIC_KEY", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{B43} deploy@ci"],
  ["age recipient (public)", "SOPS_AGE_RECIPIENTS", "age1{c58}"],
  ["Ethereum address", "TREASURY_ADDRESS", "0x{H40}"],
  ["Ethereum tx hash", "DEPLOY_TX_HASH", "0x{H64}"],
  ["Twilio Account SID", "TWILIO_ACCOUNT_SID", "AC{H32}"],
  ["Plaid client id", "PLAID_CLIENT_ID", "{H24}"],
  ["Algolia application id", "ALGOLIA_APP_ID", "{U10}"],
  ["go.sum hash", "MODULE_HASH", "h1:{B43}="],
  ["MD5 checksum", "UPLOAD_MD5", "{H32}"],
  ["Terraform state lineage", "TF_STATE_LINEAGE", "{UUID}"],
  ["GPG key fingerprint", "RELEASE_SIGNING_FINGERPRINT", "{X40}"],
  ["Nix SRI hash", "SRC_HASH", "sha256-{B43}="],
  ["Sentry event id", "LAST_SENTRY_EVENT", "{H32}"],
  ["Datadog trace id (decimal)", "DD_TRACE_ID", "{D19}"],
  ["empty placeholder", "SENDGRID_API_KEY", "changeme"],
  ["angle placeholder", "ANTHROPIC_API_KEY", "<ANTHROPIC_API_KEY>"],
  ["docs-style redaction", "SLACK_BOT_TOKEN", "xoxb-REDACTED"],
  ["Kubernetes secretKeyRef", "SECRET_REF", "secretKeyRef:app-secrets/STRIPE_SECRET_KEY"],
  ["AWS IAM unique user id", "CALLER_USER_ID", "AIDA{Z17}"],
  ["AWS account id", "AWS_ACCOUNT_ID", "{D12}"],
  ["Docker build cache key", "CACHE_KEY", "node-modules-{H64}"],
];

const out: CorpusCase[] = [];
const push = (text: string, note: string, pre: string) =>
  out.push({ id: `y98-${pre}-${String(out.filter((c) => c.id.startsWith(`y98-${pre}-`)).length + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty98-benign", label: "benign", text, note });

rotated.forEach(([what, slot, pat], i) => {
  const ctx = ctxs[(i * 5) % ctxs.length]!;
  push(ctx.render(g.x(pat), slot, "Acme", g), `benign: ${what}, slot ${slot}, context: ${ctx.name}`, "b");
});

const D = "-----";
const pemBody = (n: number) => g.b64(n).replace(/(.{64})/g, "$1\n").trim();
const cert = () => `${D}BEGIN CERTIFICATE${D}\nMIID${pemBody(880)}\n${D}END CERTIFICATE${D}`;
const pub = () => `${D}BEGIN PUBLIC KEY${D}\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${pemBody(250)}\n${D}END PUBLIC KEY${D}`;

const hand: [string, () => string][] = [
  ["PEM certificate pasted in OpenAI chat body", () => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `is this cert chain valid for api.acme.io?\n\n${cert()}\n` }] })],
  ["PEM public key in JSON config", () => JSON.stringify({ jwt: { issuer: "https://auth.acme.io", audience: "orders", publicKey: pub() } }, null, 2)],
  ["authorized_keys via shell tool call", () => JSON.stringify({ name: "run_shell", arguments: JSON.stringify({ command: `echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(32).slice(0, 43)} alice@laptop' >> ~/.ssh/authorized_keys` }) })],
  ["SOPS-encrypted YAML file (write_file)", () => JSON.stringify({ type: "tool_use", id: "toolu_0b", name: "write_file", input: { path: "secrets/prod.enc.yaml", content: `stripe_secret_key: ENC[AES256_GCM,data:${g.b64(80)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\ndb_password: ENC[AES256_GCM,data:${g.b64(24)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\nsops:\n    age:\n        - recipient: age1${g.x("{c58}")}\n          enc: |\n            ${D}BEGIN AGE ENCRYPTED FILE${D}\n            ${g.b64(48)}\n            ${D}END AGE ENCRYPTED FILE${D}\n    lastmodified: "2026-11-20T10:11:12Z"\n    mac: ENC[AES256_GCM,data:${g.b64(64)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n    version: 3.9.1\n` } })],
  ["Bitnami SealedSecret manifest", () => `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: payments\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: Ag${g.b64(360)}\n    WEBHOOK_SECRET: Ag${g.b64(300)}\n  template:\n    metadata:\n      name: payments\n`],
  ["ansible-vault encrypted file", () => `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.hex(80)).join("\n")}\n`],
  ["minified JS bundle excerpt", () => `!function(e,t){"object"==typeof exports?module.exports=t():e.acme=t()}(this,function(){var e="${g.x("{A32}")}".split(""),t=function(n){return n.map(function(r,o){return e[(r^o)%e.length]}).join("")};return{h:t,v:"3.2.1",k:"${g.x("{H40}")}"}});\n//# sourceMappingURL=app.${g.hex(8)}.js.map`],
  ["CSS with hashed module class names", () => `.Button_root__${g.x("{b5}")}{display:inline-flex;padding:8px 12px}\n.Button_primary__${g.x("{b5}")}{background:#${g.hex(6)};color:#fff}\n.css-${g.x("{l7}")}{margin:0 auto;max-width:72rem}\n@font-face{font-family:Inter;src:url(/fonts/inter.${g.hex(20)}.woff2) format("woff2")}`],
  ["base64 PNG data URI in HTML", () => `<img alt="logo" width="32" height="32" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64(240)}AAAAAElFTkSuQmCC" />`],
  ["package-lock.json excerpt", () => JSON.stringify({ "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${g.b64(64)}`, license: "MIT" } }, null, 2)],
  ["go.sum lines", () => `github.com/google/uuid v1.6.0 h1:${g.b64(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64(32)}\ngolang.org/x/sync v0.8.0 h1:${g.b64(32)}\n`],
  ["docker pull output with digests", () => `latest: Pulling from acme/api\n${g.hex(12)}: Pull complete\n${g.hex(12)}: Pull complete\nDigest: sha256:${g.hex(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api:latest`],
  ["git oneline output in MCP result", () => JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: Array.from({ length: 5 }, (_, i) => `${g.hex(7)} ${["fix: retry on 429", "feat: add export", "chore: bump deps", "docs: readme", "refactor: client"][i]}`).join("\n") }] } })],
  ["k8s Secret with non-secret data", () => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  DB_HOST: ${Buffer.from("db-prod.internal").toString("base64")}\n  DB_PORT: ${Buffer.from("5432").toString("base64")}\n  FEATURE_SEARCH: ${Buffer.from("true").toString("base64")}\n`],
  [".env.example with placeholders", () => `# copy to .env and fill in\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=your-anthropic-key-here\nSTRIPE_SECRET_KEY=sk_live_xxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nGITHUB_TOKEN=<github-pat>\n`],
  ["GitHub Actions workflow with secret expressions", () => `name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${g.hex(40)}\n      - run: ./deploy.sh\n        env:\n          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n`],
  ["Terraform with secret manager data source", () => `data "aws_secretsmanager_secret_version" "stripe" {\n  secret_id = "prod/stripe/secret-key"\n}\n\nresource "aws_lambda_function" "billing" {\n  function_name = "billing"\n  environment {\n    variables = {\n      STRIPE_SECRET_KEY = data.aws_secretsmanager_secret_version.stripe.secret_string\n      SOURCE_HASH       = "${g.hex(64)}"\n    }\n  }\n}\n`],
  ["Stripe webhook event JSON (object ids)", () => JSON.stringify({ id: `evt_3${g.x("{A23}")}`, object: "event", type: "payment_intent.succeeded", data: { object: { id: `pi_3${g.x("{A23}")}`, customer: `cus_${g.x("{A14}")}`, latest_charge: `ch_3${g.x("{A23}")}`, amount: 4200, currency: "eur" } }, request: { id: `req_${g.x("{A14}")}` } }, null, 2)],
  ["OpenAI chat completion response", () => JSON.stringify({ id: `chatcmpl-${g.x("{A29}")}`, object: "chat.completion", created: 1764500000, model: "gpt-4o-2024-08-06", system_fingerprint: `fp_${g.hex(10)}`, choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] })],
  ["Anthropic response with tool_use id", () => JSON.stringify({ id: `msg_01${g.x("{A22}")}`, type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: `toolu_01${g.x("{A22}")}`, name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use" })],
  ["structured log lines with trace/span ids", () => Array.from({ length: 4 }, (_, i) => JSON.stringify({ ts: `2026-12-01T10:00:0${i}Z`, level: "info", msg: "request done", trace_id: g.hex(32), span_id: g.hex(16), request_id: g.uuid(), status: 200 })).join("\n")],
  ["Python reading keys from env", () => `import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nstripe_key = os.getenv("STRIPE_SECRET_KEY")\nassert stripe_key, "set STRIPE_SECRET_KEY"\n`],
  ["CLI output with masked key", () => `$ acme auth status\nLogged in to api.acme.io as dev@acme.io\nToken: sk-proj-****************************${g.x("{A4}")}\nScopes: read, write\nExpires: 2027-01-01`],
  ["vercel env ls output", () => `> Environment Variables found for acme/web [212ms]\n\n name                 value        environments\n OPENAI_API_KEY       Encrypted    Production, Preview\n STRIPE_SECRET_KEY    Encrypted    Production\n DATABASE_URL         Encrypted    Production`],
  ["aws sts get-caller-identity output", () => JSON.stringify({ UserId: `AROA${g.x("{Z17}")}:ci-session`, Account: g.x("{D12}"), Arn: `arn:aws:sts::${g.x("{D12}")}:assumed-role/ci-deployer/ci-session` }, null, 4)],
  ["yarn.lock entry", () => `"lodash@^4.17.21":\n  version "4.17.21"\n  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#${g.hex(40)}"\n  integrity sha512-${g.b64(64)}\n`],
  ["HTML script tag with SRI", () => `<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${g.b64(48)}" crossorigin="anonymous"></script>`],
  ["Cargo.lock entries", () => `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.41.1"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n`],
  ["SQL migration with UUID keys", () => `INSERT INTO tenants (id, name, plan) VALUES\n  ('${g.uuid()}', 'acme', 'pro'),\n  ('${g.uuid()}', 'globex', 'free'),\n  ('${g.uuid()}', 'initech', 'enterprise');\n`],
  ["ConfigMap with checksum annotations", () => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    metadata:\n      annotations:\n        checksum/config: ${g.hex(64)}\n        checksum/secret: ${g.hex(64)}\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api@sha256:${g.hex(64)}\n`],
  ["Helm values with existingSecret", () => `postgresql:\n  auth:\n    existingSecret: orders-db\n    secretKeys:\n      adminPasswordKey: postgres-password\n      userPasswordKey: password\nredis:\n  auth:\n    existingSecret: redis-auth\n    existingSecretPasswordKey: redis-password\n`],
  ["Spring properties with placeholders", () => `spring.datasource.url=jdbc:postgresql://db:5432/orders\nspring.datasource.username=\${DB_USER}\nspring.datasource.password=\${DB_PASSWORD}\napp.stripe.secret-key=\${STRIPE_SECRET_KEY:}\n`],
  ["Vault agent template", () => `{{ with secret "secret/data/prod/payments" }}\nSTRIPE_SECRET_KEY={{ .Data.data.stripe_secret_key }}\nWEBHOOK_SECRET={{ .Data.data.webhook_secret }}\n{{ end }}\n`],
  ["Ethereum tx receipt JSON", () => JSON.stringify({ transactionHash: `0x${g.hex(64)}`, blockHash: `0x${g.hex(64)}`, blockNumber: 21000000, from: `0x${g.hex(40)}`, to: `0x${g.hex(40)}`, gasUsed: "0x5208", status: "0x1", logsBloom: `0x${"0".repeat(64)}` }, null, 2)],
  ["CSS @font-face base64 woff2", () => `@font-face {\n  font-family: "Icons";\n  src: url("data:font/woff2;base64,d09GMgABAAAAA${g.b64(300)}") format("woff2");\n  font-display: block;\n}`],
  ["Stripe.js init with publishable key (server-rendered template)", () => `<script>\n  window.__CONFIG__ = { stripePk: "${g.x("pk|_live_51{A22}{A75}")}", release: "${g.hex(40)}" };\n</script>`],
  ["diff of a lockfile integrity bump", () => `--- a/package-lock.json\n+++ b/package-lock.json\n@@ -120,7 +120,7 @@\n       "version": "5.4.11",\n-      "integrity": "sha512-${g.b64(64)}",\n+      "integrity": "sha512-${g.b64(64)}",\n       "dev": true\n`],
  ["notebook output with content hashes", () => JSON.stringify({ cell_type: "code", execution_count: 7, outputs: [{ output_type: "stream", name: "stdout", text: Array.from({ length: 3 }, () => `${g.hex(64)}  data/part-${g.range(0, 99)}.parquet\n`) }], source: ["!sha256sum data/*.parquet"] })],
  ["AWS CLI describe output with ids", () => JSON.stringify({ Reservations: [{ Instances: [{ InstanceId: `i-${g.hex(17)}`, ImageId: `ami-${g.hex(17)}`, SubnetId: `subnet-${g.hex(17)}`, VpcId: `vpc-${g.hex(17)}`, SecurityGroups: [{ GroupId: `sg-${g.hex(17)}` }] }] }] }, null, 2)],
  ["JWKS public keys", () => JSON.stringify({ keys: [{ kty: "RSA", kid: g.hex(16), use: "sig", alg: "RS256", n: g.x("{b342}"), e: "AQAB" }] }, null, 2)],
  ["pre-commit config with pinned revs", () => `repos:\n  - repo: https://github.com/gitleaks/gitleaks\n    rev: ${g.hex(40)}\n    hooks:\n      - id: gitleaks\n  - repo: https://github.com/psf/black\n    rev: ${g.hex(40)}\n    hooks:\n      - id: black\n`],
];
hand.forEach(([note, make]) => push(make(), `benign: ${note}`, "bk"));

export const cases: CorpusCase[] = out;
