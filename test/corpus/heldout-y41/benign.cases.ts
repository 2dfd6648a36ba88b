// heldout-y41 benign look-alikes: digests, ids, public material, placeholders, references,
// encrypted blobs, minified code. Same renderers as the positives, plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { Gen, j, renderers as all } from "./_gen.ts";

// Benign values go only into slots named after what they are, never into auth slots.
const renderers = all.filter((x) => !x.bearer);

const g = new Gen(41003);
const CAT = "heldouty41-benign";
const out: CorpusCase[] = [];
const add = (id: string, text: string, note: string) => out.push({ id, kind: "secrets", category: CAT, label: "benign", text, note });

type B = { what: string; env: string; make: (g: Gen) => string };
const rotated: B[] = [
  { what: "git commit SHA", env: "GIT_COMMIT_SHA", make: (g) => g.sha() },
  { what: "container image digest", env: "IMAGE_DIGEST", make: (g) => j("sha256:", g.hex(64)) },
  { what: "build UUID", env: "BUILD_ID", make: (g) => g.uuid() },
  { what: "W3C trace id", env: "TRACE_ID", make: (g) => g.hex(32) },
  { what: "Stripe customer id", env: "STRIPE_CUSTOMER_ID", make: (g) => j("cus", "_", g.an(14)) },
  { what: "Stripe payment intent id", env: "PAYMENT_INTENT_ID", make: (g) => j("pi", "_3", g.an(23)) },
  { what: "Stripe publishable key", env: "STRIPE_PUBLISHABLE_KEY", make: (g) => j("pk", "_live_", "51", g.an(97)) },
  { what: "OpenAI completion id", env: "LAST_COMPLETION_ID", make: (g) => j("chatcmpl-", g.an(29)) },
  { what: "Anthropic message id", env: "LAST_MESSAGE_ID", make: (g) => j("msg_01", g.an(22)) },
  { what: "placeholder sk-...XXXX", env: "OPENAI_API_KEY", make: () => "sk-proj-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX" },
  { what: "placeholder <your-key>", env: "ANTHROPIC_API_KEY", make: () => "<your-anthropic-api-key>" },
  { what: "env reference ${VAR}", env: "GITHUB_TOKEN", make: () => "${GITHUB_TOKEN}" },
  { what: "masked key", env: "STRIPE_SECRET_KEY", make: (g) => j("sk_live_", "••••••••••••", g.an(4)) },
  { what: "1Password reference", env: "DATABASE_PASSWORD", make: () => "op://Engineering/prod-postgres/password" },
  { what: "AWS Secrets Manager ARN", env: "DB_SECRET_ARN", make: (g) => `arn:aws:secretsmanager:us-east-1:${g.dig(12)}:secret:prod/app/db-${g.an(6)}` },
  { what: "Vault path reference", env: "VAULT_SECRET_PATH", make: () => "vault:secret/data/payments#stripe_key" },
  { what: "SOPS-encrypted value", env: "SLACK_BOT_TOKEN", make: (g) => `ENC[AES256_GCM,data:${g.b64(60)},iv:${g.b64(42)}=,tag:${g.b64(22)}==,type:str]` },
  { what: "npm integrity hash", env: "PACKAGE_INTEGRITY", make: (g) => j("sha512-", g.b64(86), "==") },
  { what: "S3 ETag", env: "ARTIFACT_ETAG", make: (g) => g.hex(32) + "-" + g.range(2, 40) },
  { what: "GitHub Actions secrets expression", env: "NPM_TOKEN", make: () => "${{ secrets.NPM_TOKEN }}" },
  { what: "Slack channel id", env: "SLACK_CHANNEL_ID", make: (g) => j("C0", g.up(9)) },
  { what: "Twilio message SID", env: "LAST_MESSAGE_SID", make: (g) => j("SM", g.hex(32)) },
  { what: "age public recipient", env: "SOPS_AGE_RECIPIENTS", make: (g) => j("age1", g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")) },
  { what: "Go module checksum", env: "MODULE_SUM", make: (g) => j("h1:", g.b64(43), "=") },
  { what: "k8s resource uid", env: "POD_UID", make: (g) => g.uuid() },
  { what: "Sentry event id", env: "SENTRY_EVENT_ID", make: (g) => g.hex(32) },
  { what: "GCP project number", env: "GCP_PROJECT_NUMBER", make: (g) => g.dig(12) },
  { what: "content hash filename", env: "BUNDLE_FILE", make: (g) => `main.${g.hex(20)}.js` },
  { what: "Kubernetes secretKeyRef name", env: "API_KEY_SECRET_NAME", make: () => "projects/acme-prod/secrets/api-key/versions/latest" },
  { what: "Azure Key Vault reference", env: "ConnectionStrings__Db", make: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/db-conn/)" },
];
let r = 5;
let k = 1;
for (const b of rotated) {
  for (let i = 0; i < 2; i++) {
    const rd = renderers[r % renderers.length]!;
    r += 11;
    add(`y41-b-${String(k++).padStart(3, "0")}`, rd.fn(b.env, b.make(g), g, "api.acme.io"), `${b.what} (${b.env}) in ${rd.name}`);
  }
}

// handcrafted
const hc: [string, (g: Gen) => string][] = [
  ["SSH public key in authorized_keys via tool call", (g) => JSON.stringify({ type: "tool_use", id: "toolu_01" + g.an(22), name: "write_file", input: { path: "provision/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} deploy@ci\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(300)} ops@laptop\n` } }, null, 2)],
  ["PEM certificate chain in chat", (g) => JSON.stringify({ messages: [{ role: "user", content: "nginx says the chain is incomplete, here's fullchain.pem:\n\n" + g.pem("CERTIFICATE", 18) + "\n" + g.pem("CERTIFICATE", 14) }] })],
  ["PEM public key in Go code", (g) => `package auth\n\nconst verifyKey = \`${g.pem("PUBLIC KEY", 6)}\`\n\nfunc Verifier() (*rsa.PublicKey, error) { return parse(verifyKey) }`],
  ["PGP public key block in README", (g) => `## Verifying releases\n\nImport our signing key:\n\n\`\`\`\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG${g.b64(58)}\n${g.b64(64)}\n${g.b64(64)}\n${g.b64(64)}\n=${g.b64(4)}\n-----END PGP PUBLIC KEY BLOCK-----\n\`\`\``],
  ["JWKS public keys JSON", (g) => JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(40), alg: "RS256", n: g.b64u(342), e: "AQAB" }] }, null, 2)],
  ["ansible-vault encrypted file", (g) => `$ANSIBLE_VAULT;1.1;AES256\n${[1, 2, 3, 4, 5, 6, 7, 8].map(() => g.hex(80)).join("\n")}`],
  ["Bitnami SealedSecret", (g) => `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.b64(330)}==\n    DATABASE_URL: AgA${g.b64(300)}=\n`],
  ["SOPS-encrypted YAML file", (g) => `db_password: ENC[AES256_GCM,data:${g.b64(24)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\napi_token: ENC[AES256_GCM,data:${g.b64(52)}=,iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n    age:\n        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n    lastmodified: "2026-10-11T08:00:00Z"\n    mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n    version: 3.9.1`],
  ["package-lock entries", (g) => `    "node_modules/lodash": {\n      "version": "4.17.21",\n      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n      "integrity": "sha512-${g.b64(86)}=="\n    },\n    "node_modules/zod": {\n      "version": "3.23.8",\n      "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",\n      "integrity": "sha512-${g.b64(86)}=="\n    }`],
  ["go.sum", (g) => [1, 2, 3, 4, 5, 6].map((i) => `github.com/acme/lib${i} v1.${i}.0 h1:${g.b64(43)}=\ngithub.com/acme/lib${i} v1.${i}.0/go.mod h1:${g.b64(43)}=`).join("\n")],
  ["Cargo.lock checksums", (g) => [1, 2, 3].map((i) => `[[package]]\nname = "crate${i}"\nversion = "0.${i}.4"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"`).join("\n\n")],
  [".terraform.lock.hcl", (g) => `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.72.1"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${g.b64(43)}=",\n    "zh:${g.hex(64)}",\n    "zh:${g.hex(64)}",\n  ]\n}`],
  ["base64 PNG data URI in CSS", (g) => `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64(400)}AAAAAElFTkSuQmCC");\n}`],
  ["minified JS bundle", (g) => `!function(e,t){"object"==typeof exports?module.exports=t():e.${g.lo(6)}=t()}(this,function(){var e="${g.b64u(48)}",t=function(n){return n.split("").map(function(r){return r.charCodeAt(0)^42}).join(",")};return{h:e,t:t,v:"${g.hex(8)}"}});\n//# sourceMappingURL=app.${g.hex(20)}.js.map`],
  ["Tailwind/CSS module class names", (g) => `<div class="_container_${g.an(5)}_1 _header_${g.an(5)}_7 css-${g.lo(6)}">\n  <span class="sc-${g.an(6)} ${g.an(6)}">Dashboard</span>\n</div>\n<style>.css-${g.lo(6)}{display:flex;gap:8px}</style>`],
  ["curl with env var reference", () => `curl -sS https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "OpenAI-Organization: $OPENAI_ORG_ID"`],
  ["docs placeholder key", () => `## Authentication\n\nPass your key in the \`X-Api-Key\` header:\n\n\`\`\`bash\ncurl https://api.acme.io/v1/me -H "X-Api-Key: YOUR_API_KEY"\n\`\`\`\n\nReplace \`YOUR_API_KEY\` with the key from **Settings → API**.`],
  [".env.example with placeholders", () => `# copy to .env and fill in\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgresql://user:password@localhost:5432/app\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ`],
  ["k8s secretKeyRef", () => `env:\n  - name: DATABASE_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: postgres-credentials\n        key: password\n  - name: STRIPE_SECRET_KEY\n    valueFrom:\n      secretKeyRef:\n        name: stripe\n        key: secret-key`],
  ["ExternalSecret manifest", () => `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: app\nspec:\n  secretStoreRef:\n    name: aws-secrets-manager\n    kind: ClusterSecretStore\n  data:\n    - secretKey: OPENAI_API_KEY\n      remoteRef:\n        key: prod/app/openai\n        property: api_key`],
  ["Python reading key from env", () => `import os\nfrom anthropic import Anthropic\n\nclient = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\nmsg = client.messages.create(model="claude-sonnet-4-5", max_tokens=512, messages=[{"role": "user", "content": "hi"}])`],
  ["CI log with masked secrets", (g) => `2026-11-02T10:01:0${g.range(0, 9)}.${g.dig(7)}Z Run npm publish\n2026-11-02T10:01:0${g.range(0, 9)}.${g.dig(7)}Z   NODE_AUTH_TOKEN: ***\n2026-11-02T10:01:1${g.range(0, 9)}.${g.dig(7)}Z npm notice shasum: ${g.sha()}\n2026-11-02T10:01:1${g.range(0, 9)}.${g.dig(7)}Z npm notice integrity: sha512-${g.b64(20)}[...]${g.b64(10)}==\n2026-11-02T10:01:1${g.range(0, 9)}.${g.dig(7)}Z + @acme/sdk@2.4.1`],
  ["git log output", (g) => [1, 2, 3, 4].map(() => `commit ${g.sha()}\nAuthor: Dev <dev@acme.io>\nDate:   Mon Nov 2 10:${g.range(10, 59)}:00 2026 +0000\n\n    fix: retry on 429\n`).join("\n")],
  ["docker images output", (g) => `REPOSITORY            TAG       IMAGE ID       CREATED        SIZE\nghcr.io/acme/api      1.14.2    ${g.hex(12)}   2 hours ago    212MB\nghcr.io/acme/worker   1.14.2    ${g.hex(12)}   2 hours ago    198MB\nDigest: sha256:${g.hex(64)}`],
  ["HTTP response with request ids", (g) => `HTTP/2 200\ncontent-type: application/json\nx-request-id: req_${g.an(24)}\nx-amzn-requestid: ${g.uuid()}\ncf-ray: ${g.hex(16)}-FRA\netag: W/"${g.hex(40)}"\ntraceparent: 00-${g.hex(32)}-${g.hex(16)}-01`],
  ["Stripe webhook event body (object ids)", (g) => JSON.stringify({ id: "evt_" + g.an(24), object: "event", type: "payment_intent.succeeded", data: { object: { id: "pi_" + g.an(24), customer: "cus_" + g.an(14), latest_charge: "ch_" + g.an(24), payment_method: "pm_" + g.an(24), amount: 4900, currency: "eur" } } }, null, 2)],
  ["OpenAI assistants ids in MCP result", (g) => JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: JSON.stringify({ assistant_id: "asst_" + g.an(24), thread_id: "thread_" + g.an(24), run_id: "run_" + g.an(24), file_id: "file-" + g.an(22), vector_store_id: "vs_" + g.an(24) }) }] } })],
  ["Terraform plan with sensitive values hidden", (g) => `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id                  = "db-${g.up(26)}"\n      ~ password            = (sensitive value)\n        arn                 = "arn:aws:rds:eu-west-1:${g.dig(12)}:db:prod"\n        # (42 unchanged attributes hidden)\n    }`],
  ["SQL insert with uuids and key ids", (g) => `INSERT INTO users (id, email, api_key_id, created_at) VALUES\n  ('${g.uuid()}', 'a@acme.io', 'key_${g.an(20)}', NOW()),\n  ('${g.uuid()}', 'b@acme.io', 'key_${g.an(20)}', NOW());`],
  ["diff replacing literal with env lookup", () => `diff --git a/src/client.ts b/src/client.ts\n--- a/src/client.ts\n+++ b/src/client.ts\n@@ -1,4 +1,4 @@\n import OpenAI from "openai";\n-const client = new OpenAI({ apiKey: "<redacted>" });\n+const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\n export default client;`],
  ["notebook output with hashes", (g) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 4, source: ["import hashlib\n", "hashlib.sha256(open('data.parquet','rb').read()).hexdigest()\n"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`'${g.hex(64)}'`] }, execution_count: 4, metadata: {} }], metadata: {} }], nbformat: 4, nbformat_minor: 5 })],
  ["GitHub Actions pinned action SHAs", (g) => `steps:\n  - uses: actions/checkout@${g.sha()} # v4.2.2\n  - uses: actions/setup-node@${g.sha()} # v4.1.0\n    with:\n      node-version: 22\n  - run: npm ci\n    env:\n      NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}`],
  ["Helm values with existingSecret", () => `postgresql:\n  auth:\n    existingSecret: app-postgres\n    secretKeys:\n      adminPasswordKey: postgres-password\nredis:\n  auth:\n    existingSecret: app-redis\n    existingSecretPasswordKey: redis-password`],
  ["docker-compose with env_file", () => `services:\n  api:\n    image: ghcr.io/acme/api:1.14.2\n    env_file: .env\n    environment:\n      - OPENAI_API_KEY=\${OPENAI_API_KEY:?missing}\n      - DATABASE_URL=\${DATABASE_URL}\n    secrets:\n      - stripe_key\nsecrets:\n  stripe_key:\n    file: ./secrets/stripe_key.txt`],
  ["AWS CLI output with ids", (g) => JSON.stringify({ Reservations: [{ Instances: [{ InstanceId: "i-" + g.hex(17), ImageId: "ami-" + g.hex(17), SubnetId: "subnet-" + g.hex(17), VpcId: "vpc-" + g.hex(17), SecurityGroups: [{ GroupId: "sg-" + g.hex(17) }] }], OwnerId: g.dig(12), ReservationId: "r-" + g.hex(17) }] }, null, 2)],
  ["Rust crash with hex addresses", (g) => `thread 'main' panicked at src/main.rs:42:9:\ncalled \`Result::unwrap()\` on an \`Err\` value: Io(Os { code: 2 })\nstack backtrace:\n   0: 0x${g.hex(12)} - std::backtrace_rs::backtrace::libunwind::trace\n   1: 0x${g.hex(12)} - core::panicking::panic_fmt\n   2: 0x${g.hex(12)} - app::main\nbuild-id: ${g.hex(40)}`],
  ["webpack stats chunk hashes", (g) => `asset main.${g.hex(20)}.js 412 KiB [emitted] [immutable] (name: main)\nasset vendor.${g.hex(20)}.js 1.2 MiB [emitted] [immutable] (name: vendor)\nasset styles.${g.hex(20)}.css 38 KiB [emitted] [immutable]\nwebpack 5.95.0 compiled successfully in 8123 ms (hash ${g.hex(20)})`],
  ["SRI script tags", (g) => `<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${g.b64(64)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="/app.css" integrity="sha256-${g.b64(43)}=">`],
  ["Git LFS pointer", (g) => `version https://git-lfs.github.com/spec/v1\noid sha256:${g.hex(64)}\nsize ${g.range(100000, 9000000)}`],
  ["Python code redacting key for logs", () => `def redact(key: str) -> str:\n    return key[:7] + "..." + key[-4:]\n\nlog.info("using key %s", redact(os.environ["STRIPE_SECRET_KEY"]))  # e.g. sk_live...a1b2`],
  ["Vault CLI command referencing path", () => `vault kv get -field=api_key secret/prod/openai\nvault kv put secret/prod/stripe secret_key=@stripe.txt\naws ssm get-parameter --name /prod/app/db-password --with-decryption --query Parameter.Value --output text`],
  ["password-less DB URL", () => `DATABASE_URL=postgresql://app@localhost:5432/app_dev?sslmode=disable\nREDIS_URL=redis://localhost:6379/0\nMONGO_URL=mongodb://127.0.0.1:27017/test`],
  ["Java properties with placeholders", () => `spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.username=\${DB_USER}\nspring.datasource.password=\${DB_PASSWORD}\napp.stripe.secret-key=\${STRIPE_SECRET_KEY:}\napp.jwt.secret=\${vault.jwt.secret}`],
  ["HCL variable without default", () => `variable "cloudflare_api_token" {\n  type      = string\n  sensitive = true\n}\n\nprovider "cloudflare" {\n  api_token = var.cloudflare_api_token\n}`],
  ["UUID-heavy JSON API response", (g) => JSON.stringify({ data: [1, 2, 3].map(() => ({ id: g.uuid(), workspace_id: g.uuid(), etag: g.hex(32), created_by: g.uuid() })), next_cursor: g.b64u(40) }, null, 2)],
];
let h = 1;
for (const [what, fn] of hc) add(`y41-bk-${String(h++).padStart(3, "0")}`, fn(g), `benign: ${what}`);

export const cases: CorpusCase[] = out;
