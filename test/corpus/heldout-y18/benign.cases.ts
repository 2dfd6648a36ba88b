// heldout-y18 benign look-alikes: identifiers, digests, public material, placeholders, references
// and encrypted blobs, in the same contexts as the positives (rotated) plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { build, G, type KV, type Spec } from "./_gen.ts";

const g = new G(0x18b301);
const one = (k: string, f: (g: G) => string) => (x: G): KV => [[k, f(x)]];
const S = (prov: string, kv: (g: G) => KV): Spec => ({ grp: "benign", prov, kv });
const X = (n: number) => "X".repeat(n);

const specs: Spec[] = [
  S("git commit SHA", one("GIT_COMMIT_SHA", (x) => x.h(40))),
  S("short build SHA and version", (x) => [["APP_VERSION", "2026.11." + x.range(1, 30)], ["BUILD_SHA", x.h(12)]]),
  S("container image digest", one("IMAGE_DIGEST", (x) => "sha256:" + x.h(64))),
  S("pinned image reference", one("BASE_IMAGE", (x) => "ghcr.io/acme/base@sha256:" + x.h(64))),
  S("npm lockfile integrity", one("PKG_INTEGRITY", (x) => "sha512-" + x.b64(86) + "==")),
  S("tenant and request UUIDs", (x) => [["TENANT_ID", x.uuid()], ["REQUEST_ID", x.uuid()]]),
  S("Azure subscription and tenant ids", (x) => [["AZURE_SUBSCRIPTION_ID", x.uuid()], ["AZURE_TENANT_ID", x.uuid()]]),
  S("W3C traceparent", one("TRACEPARENT", (x) => "00-" + x.h(32) + "-" + x.h(16) + "-01")),
  S("Stripe publishable key", one("STRIPE_PUBLISHABLE_KEY", (x) => "pk" + "_live_" + x.a(99))),
  S("Stripe object ids", (x) => [["CUSTOMER_ID", "cus_" + x.a(14)], ["PAYMENT_INTENT", "pi_" + x.a(24)], ["PRICE_ID", "price_" + x.a(24)]]),
  S("Stripe connected account id", one("STRIPE_ACCOUNT_ID", (x) => "acct_" + x.a(16))),
  S("Anthropic message id", one("LAST_MESSAGE_ID", (x) => "msg_01" + x.a(22))),
  S("OpenAI completion and assistant ids", (x) => [["COMPLETION_ID", "chatcmpl-" + x.a(29)], ["ASSISTANT_ID", "asst_" + x.a(24)], ["THREAD_ID", "thread_" + x.a(24)]]),
  S("OpenAI org and project ids", (x) => [["OPENAI_ORG_ID", "org-" + x.a(24)], ["OPENAI_PROJECT_ID", "proj_" + x.a(24)]]),
  S("AWS resource ids", (x) => [["AMI_ID", "ami-0" + x.h(16)], ["VPC_ID", "vpc-0" + x.h(16)], ["SUBNET_ID", "subnet-0" + x.h(16)], ["SG_ID", "sg-0" + x.h(16)]]),
  S("AWS ARNs", (x) => [["ROLE_ARN", `arn:aws:iam::${x.d(12)}:role/github-deploy`], ["KMS_KEY_ARN", `arn:aws:kms:eu-west-1:${x.d(12)}:key/${x.uuid()}`]]),
  S("AWS Secrets Manager reference", one("DB_PASSWORD_SECRET_ARN", (x) => `arn:aws:secretsmanager:us-east-1:${x.d(12)}:secret:prod/orders/db-${x.a(6)}`)),
  S("SSM parameter reference", one("API_KEY_PARAM", () => "ssm:/prod/payments/stripe/secret_key")),
  S("GCP Secret Manager reference", one("OPENAI_API_KEY_SECRET", (x) => `projects/acme-prod-${x.d(6)}/secrets/openai-api-key/versions/latest`)),
  S("Azure Key Vault reference", one("ConnectionStrings__Db", (x) => `@Microsoft.KeyVault(SecretUri=https://kv-acme-${x.l(4)}.vault.azure.net/secrets/db-conn/${x.h(32)})`)),
  S("1Password secret references", (x) => [["STRIPE_SECRET_KEY", "op://Production/Stripe/secret_key"], ["GITHUB_TOKEN", "op://CI/github-bot/token"], ["ITEM_ID", x.l(26)]]),
  S("Vault path reference", one("DATABASE_PASSWORD", () => "vault:secret/data/prod/orders#password")),
  S("Doppler and env interpolation", (x) => [["OPENAI_API_KEY", "${OPENAI_API_KEY}"], ["ANTHROPIC_API_KEY", "${ANTHROPIC_API_KEY:?missing}"], ["RUN_ID", x.d(10)]]),
  S("GitHub Actions secret expressions", (x) => [["NPM_TOKEN", "${{ secrets.NPM_TOKEN }}"], ["AWS_ROLE", "${{ vars.AWS_ROLE }}"], ["CACHE_KEY", "deps-" + x.h(64)]]),
  S("masked OpenAI key", one("OPENAI_API_KEY", (x) => "sk-proj-" + x.a(4) + "*".repeat(24) + x.a(4))),
  S("masked Stripe key", one("STRIPE_SECRET_KEY", () => "sk_live_" + "•".repeat(24))),
  S("placeholder GitHub token", one("GITHUB_TOKEN", () => "ghp_" + X(36))),
  S("placeholder angle brackets", (x) => [["ANTHROPIC_API_KEY", "<your-anthropic-api-key>"], ["SLACK_BOT_TOKEN", "<xoxb-token-here>"], ["PORT", String(x.range(3000, 9000))]]),
  S("placeholder changeme", (x) => [["POSTGRES_PASSWORD", "changeme"], ["REDIS_PASSWORD", ""], ["SESSION_TTL", String(x.range(600, 7200))]]),
  S("secret file path", (x) => [["POSTGRES_PASSWORD_FILE", "/run/secrets/db_password"], ["TLS_KEY_PATH", "/etc/ssl/private/api.key"], ["WORKERS", String(x.range(2, 16))]]),
  S("SOPS encrypted value", one("STRIPE_SECRET_KEY", (x) => `ENC[AES256_GCM,data:${x.b64(60)}=,iv:${x.b64(43)}=,tag:${x.b64(22)}==,type:str]`)),
  S("bcrypt hash", one("ADMIN_PASSWORD_HASH", (x) => "$2b$12$" + x.str(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))),
  S("argon2 hash", one("ROOT_PASSWORD_HASH", (x) => `$argon2id$v=19$m=65536,t=3,p=4$${x.b64(22)}$${x.b64(43)}`)),
  S("Ethereum address", one("TREASURY_ADDRESS", (x) => "0x" + x.h(40))),
  S("Ethereum transaction hash", one("DEPLOY_TX_HASH", (x) => "0x" + x.h(64))),
  S("MongoDB ObjectId", one("DEFAULT_ORG_OBJECT_ID", (x) => x.h(24))),
  S("Google OAuth client id", one("GOOGLE_CLIENT_ID", (x) => x.d(12) + "-" + x.l(32) + ".apps.googleusercontent.com")),
  S("GitHub App ids", (x) => [["GITHUB_APP_ID", x.d(6)], ["GITHUB_CLIENT_ID", "Iv23li" + x.a(14)], ["GITHUB_INSTALLATION_ID", x.d(8)]]),
  S("Slack workspace and channel ids", (x) => [["SLACK_TEAM_ID", "T0" + x.u(9)], ["SLACK_CHANNEL_ID", "C0" + x.u(9)], ["SLACK_APP_ID", "A0" + x.u(9)]]),
  S("age public key", one("SOPS_AGE_RECIPIENTS", (x) => "age1" + x.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))),
  S("WireGuard public key", one("WG_PEER_PUBLIC_KEY", (x) => x.b64(43) + "=")),
  S("SSH host key fingerprint", one("SSH_HOST_FINGERPRINT", (x) => "SHA256:" + x.b64(43))),
  S("GPG key fingerprint", one("GPG_SIGNING_KEY_FPR", (x) => x.H(40))),
  S("Terraform state lineage", (x) => [["TF_STATE_LINEAGE", x.uuid()], ["TF_STATE_SERIAL", String(x.range(10, 900))]]),
  S("Cloudflare zone and account ids", (x) => [["CLOUDFLARE_ZONE_ID", x.h(32)], ["CLOUDFLARE_ACCOUNT_ID", x.h(32)]]),
  S("Google Analytics measurement id", one("GA_MEASUREMENT_ID", (x) => "G-" + x.u(10))),
  S("Kafka cluster id", one("KAFKA_CLUSTER_ID", (x) => x.bu(22))),
  S("ETag and cache key", (x) => [["LAST_ETAG", `W/"${x.h(32)}"`], ["ASSET_HASH", x.h(20)]]),
  S("checksum of release tarball", one("RELEASE_SHA256", (x) => x.h(64))),
  S("pip hash pin", one("PIP_REQUIRE_HASH", (x) => "requests==2.32.3 --hash=sha256:" + x.h(64))),
  S("go.sum hash", one("GO_MODULE_SUM", (x) => "h1:" + x.b64(43) + "=")),
  S("idempotency key", one("IDEMPOTENCY_KEY", (x) => x.uuid())),
  S("Sentry release and event ids", (x) => [["SENTRY_RELEASE", "api@" + x.h(12)], ["LAST_EVENT_ID", x.h(32)]]),
  S("Datadog trace and span ids", (x) => [["DD_TRACE_ID", x.d(19)], ["DD_SPAN_ID", x.d(19)]]),
  S("Snowflake account locator", (x) => [["SNOWFLAKE_ACCOUNT", x.U(7) + "-" + x.U(7)], ["SNOWFLAKE_WAREHOUSE", "ANALYTICS_WH"]]),
  S("Supabase project ref and URL", (x) => { const r = x.L(20); return [["SUPABASE_PROJECT_REF", r], ["SUPABASE_URL", `https://${r}.supabase.co`]]; }),
  S("database URL without password", one("DATABASE_URL", (x) => `postgres://${x.user()}@${x.host()}:5432/orders?sslmode=verify-full`)),
  S("database URL with env password", one("DATABASE_URL", (x) => `postgres://app:\${DB_PASSWORD}@${x.host()}:5432/orders`)),
  S("Twilio messaging service SID lookalike as UUID", one("MESSAGE_TEMPLATE_ID", (x) => x.uuid())),
  S("HMAC-SHA256 test vector output", one("EXPECTED_SIGNATURE", (x) => "t=1764000000,v1=" + x.h(64))),
  S("Docker build cache digest", one("CACHE_FROM", (x) => "type=registry,ref=ghcr.io/acme/api:buildcache@sha256:" + x.h(64))),
  S("Nix store path", one("NODE_STORE_PATH", (x) => "/nix/store/" + x.str(32, "0123456789abcdfghijklmnpqrsvwxyz") + "-nodejs-22.11.0")),
  S("random feature seed", (x) => [["AB_TEST_SEED", String(x.d(9))], ["EXPERIMENT_ID", "exp_" + x.l(12)]]),
  S("Kubernetes UIDs", (x) => [["POD_UID", x.uuid()], ["RESOURCE_VERSION", x.d(8)]]),
  S("Vercel project and team ids", (x) => [["VERCEL_PROJECT_ID", "prj_" + x.a(28)], ["VERCEL_ORG_ID", "team_" + x.a(24)]]),
];

const rotated = build(g, specs, "y18-b", () => "heldouty18-benign", "benign", 3, "value");

const out: CorpusCase[] = [];
const add = (note: string, text: string) =>
  out.push({ id: `y18-bk-${String(out.length + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty18-benign", label: "benign", text, note });
const cert = () => g.pem("CERTIFICATE", 14);

add("PEM certificate chain pasted in chat body", JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: `is this chain in the right order?\n\n${cert()}\n${cert()}\n` }] }));
add("PEM public key in JWT verifier config (JSON)", JSON.stringify({ issuer: "https://auth.acme.io", audience: "orders-api", publicKey: g.pem("PUBLIC KEY", 6) }, null, 2));
add("SSH public key in authorized_keys written by tool call", JSON.stringify({ role: "assistant", content: [{ type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} maria@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(200)}= ci@runner\n` } }] }));
add("GPG public key block in Markdown", "## Verifying releases\n\nImport our signing key:\n\n```\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + Array.from({ length: 8 }, () => g.b64(64)).join("\n") + "\n=" + g.b64(4) + "\n-----END PGP PUBLIC KEY BLOCK-----\n```\n");
add("ansible-vault encrypted file", "$ANSIBLE_VAULT;1.1;AES256\n" + Array.from({ length: 10 }, () => g.h(80)).join("\n") + "\n");
add("Bitnami SealedSecret encryptedData", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: stripe\n  namespace: payments\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.b64(400)}==\n    WEBHOOK_SECRET: AgC${g.b64(380)}=\n`);
add("SOPS-encrypted YAML file with metadata", `stripe:\n    secret_key: ENC[AES256_GCM,data:${g.b64(64)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n    age:\n        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${g.b64(64)}\n            ${g.b64(40)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2026-11-02T10:11:12Z"\n    mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n    version: 3.9.1\n`);
add("k8s Secret with secretKeyRef / external secret reference", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: openai\nspec:\n  secretStoreRef:\n    name: aws-secretsmanager\n    kind: ClusterSecretStore\n  target:\n    name: openai-credentials\n  data:\n    - secretKey: OPENAI_API_KEY\n      remoteRef:\n        key: prod/ai/openai\n        property: api_key\n`);
add("k8s Deployment env valueFrom secretKeyRef", `      containers:\n        - name: api\n          image: ghcr.io/acme/api@sha256:${g.h(64)}\n          env:\n            - name: STRIPE_SECRET_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: stripe\n                  key: secret_key\n            - name: GIT_SHA\n              value: "${g.h(40)}"\n`);
add("curl with env var token", `curl -sS https://api.github.com/repos/acme/api/actions/runs?per_page=5 \\\n  -H "Authorization: Bearer $GITHUB_TOKEN" \\\n  -H "X-GitHub-Api-Version: 2022-11-28" | jq '.workflow_runs[].head_sha'`);
add("raw HTTP response with request ids and ETag", `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: req_${g.a(24)}\r\nETag: "${g.h(40)}"\r\nX-Amzn-Trace-Id: Root=1-${g.h(8)}-${g.h(24)}\r\ncf-ray: ${g.h(16)}-FRA\r\n\r\n{"id":"ch_${g.a(24)}","object":"charge","amount":4200}`);
add("Anthropic API response body with ids", JSON.stringify({ id: "msg_01" + g.a(22), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "text", text: "Done — the migration ran." }], stop_reason: "end_turn", usage: { input_tokens: 1422, output_tokens: 18 } }));
add("OpenAI file and batch ids in tool result", JSON.stringify({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: JSON.stringify({ object: "batch", id: "batch_" + g.a(24), input_file_id: "file-" + g.a(22), status: "completed", request_counts: { total: 500, completed: 500, failed: 0 } }) }] } }));
add("minified JavaScript bundle excerpt", `!function(e,t){"object"==typeof exports?module.exports=t():e.${g.L(3)}=t()}(this,function(){var e="${g.a(32)}",t=function(n){return n.split("").reverse().join("")};function r(n,o){for(var i=0,a=n.length;i<a;i++)o(n[i],i)}return{v:"4.2.1",h:"${g.h(40)}",k:t(e),each:r}});\n//# sourceMappingURL=app.${g.h(8)}.js.map`);
add("CSS with hashed class names and data URI", `.btn_${g.a(5)}{display:inline-flex;padding:.5rem 1rem;border-radius:6px}\n.card_${g.a(5)} .title_${g.a(5)}{font:600 1rem/1.4 Inter,sans-serif}\n.icon_${g.a(5)}{background-image:url("data:image/svg+xml;base64,${Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M${g.d(2)} ${g.d(2)}L4 4"/></svg>`).toString("base64")}")}\n`);
add("base64 PNG in HTML img tag", `<img alt="logo" width="32" height="32" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64(300)}AAAAAElFTkSuQmCC">`);
add("Jupyter notebook output with base64 image", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 7, metadata: {}, source: ["df.plot()"], outputs: [{ output_type: "display_data", data: { "image/png": "iVBORw0KGgoAAAANSUhEUgAA" + g.b64(400) + "=", "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }] }], nbformat: 4, nbformat_minor: 5 }));
add("package-lock.json excerpt", JSON.stringify({ packages: { "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + g.b64(86) + "==" }, "node_modules/undici": { version: "6.21.0", resolved: "https://registry.npmjs.org/undici/-/undici-6.21.0.tgz", integrity: "sha512-" + g.b64(86) + "==" } } }, null, 2));
add("Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.41.1"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n`);
add("CI log with commit SHAs and digests", `${g.ts()} HEAD is now at ${g.h(7)} fix(api): retry on 429\n${g.ts()} Checking out ${g.h(40)}\n${g.ts()} #12 pushing manifest for ghcr.io/acme/api:1.14.2@sha256:${g.h(64)}\n${g.ts()} Artifact sha256: ${g.h(64)}\n${g.ts()} Cache saved with key: node-cache-Linux-x64-npm-${g.h(64)}`);
add("git log --oneline output in tool result", JSON.stringify({ role: "tool", tool_call_id: "call_" + g.a(24), content: Array.from({ length: 6 }, () => `${g.h(40)} ${g.pick(["fix", "feat", "chore", "refactor"])}: ${g.pick(["bump deps", "handle empty cart", "add retries", "rename env vars", "drop legacy auth"])}`).join("\n") }));
add("placeholder .env.example", `# Copy to .env and fill in\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=sk-ant-...\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nGITHUB_TOKEN=<your-github-token>\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ\n`);
add("Markdown docs with masked keys", "## Authentication\n\nPass your key in the `Authorization` header:\n\n```bash\ncurl https://api.acme.io/v1/orders \\\n  -H \"Authorization: Bearer $ACME_API_KEY\"\n```\n\nKeys look like `acme_live_••••••••••••3f9a` in the dashboard; only the last four characters are shown.\n");
add("Terraform with variable references and sensitive outputs", `resource "aws_db_instance" "main" {\n  identifier          = "orders-prod"\n  username            = "app"\n  password            = var.db_password\n  kms_key_id          = "arn:aws:kms:eu-west-1:${g.d(12)}:key/${g.uuid()}"\n  snapshot_identifier = "rds:orders-prod-2026-11-01-03-10"\n}\n\noutput "db_password" {\n  value     = random_password.db.result\n  sensitive = true\n}\n`);
add("Terraform plan output with (sensitive value)", `  # aws_secretsmanager_secret_version.stripe will be updated in-place\n  ~ resource "aws_secretsmanager_secret_version" "stripe" {\n        id            = "arn:aws:secretsmanager:us-east-1:${g.d(12)}:secret:stripe-${g.a(6)}|${g.uuid()}"\n      ~ secret_string = (sensitive value)\n        version_id    = "${g.uuid()}"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`);
add("SQL with UUID keys and bcrypt hash seed", `INSERT INTO users (id, email, password_hash, created_at) VALUES\n  ('${g.uuid()}', 'admin@acme.io', '$2b$12$${g.str(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}', now()),\n  ('${g.uuid()}', 'ops@acme.io', '$2b$12$${g.str(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}', now());\n`);
add("Python test asserting HMAC digest", `def test_signature():\n    body = b'{"id": "evt_${g.a(24)}"}'\n    sig = hmac.new(os.environ["WEBHOOK_SECRET"].encode(), body, hashlib.sha256).hexdigest()\n    assert len(sig) == 64\n    assert sig != "${g.h(64)}"\n`);
add("Go code with UUID constants and hashes", `var (\n\tDefaultTenant = uuid.MustParse("${g.uuid()}")\n\tSchemaHash    = "${g.h(64)}"\n\tBuildCommit   = "${g.h(40)}"\n)\n\nfunc apiKey() string { return os.Getenv("ACME_API_KEY") }\n`);
add("crash dump with redacted headers", `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x${g.h(7)}]\n\ngoroutine 42 [running]:\nmain.(*Client).Do(0xc000${g.h(6)}, {0xc000${g.h(6)}, 0x2a})\n\t/app/client.go:88 +0x1f4\nrequest headers: map[Authorization:[Bearer [REDACTED]] X-Request-Id:[${g.uuid()}]]`);
add("shell history with secret manager CLI", `: 1764${g.d(6)}:0;export OPENAI_API_KEY=$(op read "op://Dev/OpenAI/credential")\n: 1764${g.d(6)}:0;aws secretsmanager get-secret-value --secret-id prod/orders/db --query SecretString --output text | jq -r .password >/dev/null\n: 1764${g.d(6)}:0;gh secret set NPM_TOKEN < /dev/stdin\n: 1764${g.d(6)}:0;docker pull ghcr.io/acme/api@sha256:${g.h(64)}`);
add("diff rotating a key to a reference", `diff --git a/config/prod.yaml b/config/prod.yaml\n--- a/config/prod.yaml\n+++ b/config/prod.yaml\n@@ -3,4 +3,4 @@ payments:\n   provider: stripe\n-  secret_key: "\${STRIPE_SECRET_KEY}"\n+  secret_key: "vault:secret/data/payments#stripe_secret_key"\n   account: acct_${g.a(16)}\n`);
add("XML Maven settings with server password placeholders", `<settings>\n  <servers>\n    <server>\n      <id>github</id>\n      <username>\${env.GITHUB_ACTOR}</username>\n      <password>\${env.GITHUB_TOKEN}</password>\n    </server>\n  </servers>\n  <!-- checksum ${g.h(40)} -->\n</settings>\n`);
add("Spring properties with placeholder references", `spring.datasource.url=jdbc:postgresql://db:5432/orders\nspring.datasource.username=app\nspring.datasource.password=\${DB_PASSWORD}\napp.jwt.public-key-location=classpath:keys/jwt.pub\napp.build.commit=${g.h(40)}\n`);
add("chat message with masked key and ids", `[11:02] dev.oliver: rotated the openai key, it's in 1Password now (op://Prod/OpenAI). old one ended in ...${g.a(4)}\n[11:03] maria.k: ok, failing run was ${g.d(11)}, commit ${g.h(7)}, trace ${g.h(32)}`);
add("HAR entry with cookie-less request and trace ids", JSON.stringify({ log: { entries: [{ request: { method: "GET", url: `https://api.acme.io/v1/orders/${g.uuid()}?expand=items`, headers: [{ name: "traceparent", value: `00-${g.h(32)}-${g.h(16)}-01` }, { name: "If-None-Match", value: `"${g.h(32)}"` }] }, response: { status: 304 } }] } }, null, 1));
add("Stripe webhook event payload (object ids only)", JSON.stringify({ id: "evt_" + g.a(24), object: "event", type: "invoice.paid", data: { object: { id: "in_" + g.a(24), customer: "cus_" + g.a(14), subscription: "sub_" + g.a(24), payment_intent: "pi_" + g.a(24) } }, livemode: true }, null, 2));

export const cases: CorpusCase[] = [...rotated, ...out];
