// Benign look-alikes in the same contexts: ids, digests, public material, placeholders, references.
import type { CorpusCase } from "../types.ts";
import { AN, ANL, B64, DG, Gen, HX, pad, renderBenign, URLS, type KV } from "./_gen.ts";

const g = new Gen(0xbe9_1942);
const U = () => g.uuid();
const dash = "-----";

// [what, kv builder]
const ROT: [string, () => KV[]][] = [
  ["git commit SHA", () => [["GIT_COMMIT_SHA", g.sha()]]],
  ["sha256 artifact digest", () => [["ARTIFACT_SHA256", g.str(64, HX)]]],
  ["container image digest", () => [["IMAGE", "ghcr.io/acme/api@sha256:" + g.str(64, HX)]]],
  ["request id UUID", () => [["REQUEST_ID", U()]]],
  ["W3C traceparent", () => [["TRACEPARENT", `00-${g.str(32, HX)}-${g.str(16, HX)}-01`]]],
  ["Stripe customer id", () => [["STRIPE_CUSTOMER_ID", "cus_" + g.str(14, AN)]]],
  ["Stripe price id", () => [["STRIPE_PRICE_ID", "price_1" + g.str(23, AN)]]],
  ["Stripe publishable key", () => [["STRIPE_PUBLISHABLE_KEY", "pk_" + "live_51" + g.str(95, AN)]]],
  ["OpenAI chat completion id", () => [["LAST_COMPLETION_ID", "chatcmpl-" + g.str(29, AN)]]],
  ["Anthropic message id", () => [["LAST_MESSAGE_ID", "msg_01" + g.str(22, AN)]]],
  ["OpenAI assistant id", () => [["ASSISTANT_ID", "asst_" + g.str(24, AN)]]],
  ["OpenAI org id", () => [["OPENAI_ORG_ID", "org-" + g.str(24, AN)]]],
  ["Vercel project id", () => [["VERCEL_PROJECT_ID", "prj_" + g.str(28, AN)]]],
  ["env var reference", () => [["OPENAI_API_KEY", "${OPENAI_API_KEY}"], ["STRIPE_SECRET_KEY", "${STRIPE_SECRET_KEY}"]]],
  ["masked key", () => [["ANTHROPIC_API_KEY", "sk-ant-...XXXX"]]],
  ["angle-bracket placeholder", () => [["GITHUB_TOKEN", "<your-github-token>"]]],
  ["changeme placeholder", () => [["DB_PASSWORD", "changeme"], ["JWT_SECRET", "replace-me-in-production"]]],
  ["AWS Secrets Manager ARN", () => [["DB_SECRET_ARN", `arn:aws:secretsmanager:eu-west-1:${g.str(12, DG)}:secret:prod/db-${g.str(6, AN)}`]]],
  ["Vault path reference", () => [["DATABASE_PASSWORD", "vault:secret/data/prod/db#password"]]],
  ["1Password reference", () => [["SLACK_BOT_TOKEN", "op://Engineering/Slack Bot/credential"]]],
  ["SSM parameter reference", () => [["API_KEY", "{{resolve:ssm-secure:/prod/api/key:3}}"]]],
  ["Azure Key Vault reference", () => [["SendGridKey", "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid/)"]]],
  ["npm integrity hash", () => [["INTEGRITY", "sha512-" + g.b64(64)]]],
  ["SRI hash", () => [["SCRIPT_INTEGRITY", "sha384-" + g.b64(48)]]],
  ["Sentry environment and release", () => [["SENTRY_ENVIRONMENT", "production"], ["SENTRY_RELEASE", "api@" + g.str(12, HX)]]],
  ["semver + build id", () => [["BUILD_ID", `2026.11.${g.range(1, 30)}-${g.str(8, HX)}`]]],
  ["Kubernetes pod uid", () => [["POD_UID", U()]]],
  ["Datadog trace id (decimal)", () => [["DD_TRACE_ID", g.str(19, DG)]]],
  ["Slack channel and team ids", () => [["SLACK_CHANNEL_ID", "C0" + g.str(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")], ["SLACK_TEAM_ID", "T0" + g.str(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")]]],
  ["GitHub run id and node id", () => [["GITHUB_RUN_ID", g.str(11, DG)], ["PR_NODE_ID", "PR_kwDO" + g.str(16, URLS)]]],
  ["MongoDB ObjectId", () => [["TENANT_ID", g.str(24, HX)]]],
  ["Google Analytics measurement id", () => [["GA_MEASUREMENT_ID", "G-" + g.str(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")]]],
  ["ULID", () => [["EVENT_ID", "01J" + g.str(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")]]],
  ["ETag", () => [["CACHE_ETAG", `W/"${g.str(32, HX)}"`]]],
  ["md5 file checksum", () => [["CHECKSUM_MD5", g.str(32, HX)]]],
  ["SOPS encrypted value", () => [["DB_PASSWORD", `ENC[AES256_GCM,data:${g.b64(24)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]`]]],
  ["Ansible vault reference", () => [["db_password", "{{ vault_db_password }}"]]],
  ["Helm template value", () => [["API_KEY", "{{ .Values.api.key }}"]]],
  ["GitHub Actions secret expression", () => [["NPM_TOKEN", "${{ secrets.NPM_TOKEN }}"]]],
  ["empty value", () => [["STRIPE_SECRET_KEY", ""], ["OPENAI_API_KEY", ""]]],
  ["Twilio phone number and messaging service sid", () => [["TWILIO_FROM", "+1415555" + g.str(4, DG)], ["FEATURE_ID", "feat-" + g.str(6, ANL)]]],
  ["Cloudflare zone id", () => [["CLOUDFLARE_ZONE_ID", g.str(32, HX)]]],
  ["AWS account id and region", () => [["AWS_ACCOUNT_ID", g.str(12, DG)], ["AWS_REGION", "us-east-1"]]],
  ["GCP project number", () => [["GCP_PROJECT_NUMBER", g.str(12, DG)], ["GCP_PROJECT_ID", "acme-prod-" + g.str(6, DG)]]],
  ["Stripe payment intent id", () => [["PAYMENT_INTENT", "pi_3" + g.str(23, AN)]]],
  ["Docker image tag", () => [["IMAGE_TAG", "sha-" + g.str(7, HX)]]],
  ["feature flag key", () => [["FLAG_KEY", "enable-new-checkout-" + g.str(4, ANL)]]],
  ["redacted secret", () => [["SENDGRID_API_KEY", "[REDACTED]"], ["AWS_SECRET_ACCESS_KEY", "****************"]]],
  ["Postgres URL without password", () => [["DATABASE_URL", "postgresql://app@localhost:5432/app_dev"]]],
  ["bcrypt hash fixture", () => [["ADMIN_PASSWORD_HASH", "$2b$12$" + g.str(53, AN + "./")]]],
  ["Firebase project id", () => [["FIREBASE_PROJECT_ID", "acme-web-" + g.str(5, ANL)]]],
  ["OAuth client id only", () => [["GOOGLE_CLIENT_ID", g.str(12, DG) + "-" + g.str(32, ANL) + ".apps.googleusercontent.com"]]],
  ["Kafka consumer group + topic", () => [["KAFKA_GROUP_ID", "orders-consumer-" + g.str(8, HX)]]],
  ["Cosign signature digest", () => [["SIGNATURE_DIGEST", "sha256-" + g.str(64, HX) + ".sig"]]],
  ["Terraform state lock id", () => [["TF_LOCK_ID", U()]]],
  ["Intercom app id", () => [["INTERCOM_APP_ID", g.str(8, ANL)]]],
  ["example.com URL", () => [["WEBHOOK_URL", "https://example.com/webhooks/" + g.str(8, ANL)]]],
  ["Algolia search-only app id", () => [["ALGOLIA_APP_ID", g.str(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")], ["ALGOLIA_INDEX", "products_prod"]]],
  ["Jira issue key and version", () => [["RELEASE_TICKET", "OPS-" + g.range(1000, 9999)], ["VERSION", "4." + g.range(1, 40) + ".0"]]],
  ["GitHub App id and installation id", () => [["GITHUB_APP_ID", g.str(6, DG)], ["GITHUB_INSTALLATION_ID", g.str(8, DG)]]],
];

const out: CorpusCase[] = [];
ROT.forEach(([what, kv], i) => out.push(renderBenign(g, kv(), what, i * 5 + 2, `y42-b-${pad(i + 1)}`, "heldouty42-benign")));

const hk: [string, string][] = [];
hk.push(["SSH public key in authorized_keys via tool call", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.str(22, AN), name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.str(43, B64)} ci@acme\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.str(340, B64)}= ops@laptop\n` } })]);
hk.push(["PEM certificate in YAML", `tls:\n  ca.crt: |\n${g.pem("CERTIFICATE", 800).split("\n").map((l) => "    " + l).join("\n")}`]);
hk.push(["PEM public key in chat body", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `verify JWTs with this public key:\n${g.pem("PUBLIC KEY", 294)}\nwhat algorithm should I set?` }] })]);
hk.push(["JWKS public keys JSON", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.str(40, HX), alg: "RS256", n: Buffer.from(g.bytes(256)).toString("base64url"), e: "AQAB" }] }, null, 2)]);
hk.push(["base64 PNG data URI in CSS", `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64(420)}");\n}`]);
hk.push(["minified JS bundle excerpt", `!function(e,t){"object"==typeof exports?module.exports=t():e.lib=t()}(this,function(){var e="${g.str(40, AN)}",t=function(n){return n.split("").map(function(r){return r.charCodeAt(0)^${g.range(1, 99)}}).join("")};return{h:e,x:t,v:"3.${g.range(1, 9)}.${g.range(1, 9)}"}});\n//# sourceMappingURL=lib.min.js.map`]);
hk.push(["CSS module hashed class names", `.Button_root__${g.str(5, URLS)}{display:inline-flex}.Button_primary__${g.str(5, URLS)}{background:#0a66c2}.Card_wrap__${g.str(5, URLS)}{padding:16px}`]);
hk.push(["Sealed secret encrypted data", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: Ag${g.str(340, B64)}==\n    OPENAI_API_KEY: Ag${g.str(340, B64)}==`]);
hk.push(["ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.str(80, HX)).join("\n")}`]);
hk.push(["SOPS encrypted YAML", `db:\n  password: ENC[AES256_GCM,data:${g.b64(18)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\nsops:\n  kms:\n  - arn: arn:aws:kms:eu-west-1:${g.str(12, DG)}:key/${U()}\n  lastmodified: "2026-11-20T10:00:00Z"\n  mac: ENC[AES256_GCM,data:${g.b64(48)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n  version: 3.9.1`]);
hk.push(["package-lock integrity entries", JSON.stringify({ packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: "sha512-" + g.b64(64) }, "node_modules/zod": { version: "3.23.8", integrity: "sha512-" + g.b64(64) } } }, null, 2)]);
hk.push(["go.sum lines", `github.com/stretchr/testify v1.9.0 h1:${g.b64(32)}\ngithub.com/stretchr/testify v1.9.0/go.mod h1:${g.b64(32)}\ngolang.org/x/net v0.30.0 h1:${g.b64(32)}`]);
hk.push(["git log output with SHAs", Array.from({ length: 5 }, () => `commit ${g.sha()}\nAuthor: Dev <dev@acme.io>\n\n    fix: handle retry on 429\n`).join("\n")]);
hk.push(["docker pull output with digests", `latest: Pulling from acme/api\n${g.str(12, HX)}: Pull complete\n${g.str(12, HX)}: Pull complete\nDigest: sha256:${g.str(64, HX)}\nStatus: Downloaded newer image for acme/api:latest`]);
hk.push(["OpenAI response body with ids", JSON.stringify({ id: "chatcmpl-" + g.str(29, AN), object: "chat.completion", created: 1764900000, model: "gpt-4.1-2025-04-14", system_fingerprint: "fp_" + g.str(10, HX), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 4 } })]);
hk.push(["Stripe webhook event payload (ids only)", JSON.stringify({ id: "evt_1" + g.str(23, AN), object: "event", type: "payment_intent.succeeded", data: { object: { id: "pi_3" + g.str(23, AN), customer: "cus_" + g.str(14, AN), latest_charge: "ch_3" + g.str(23, AN), amount: 4200 } } }, null, 2)]);
hk.push(["HTTP response headers with request ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${U()}\ncf-ray: ${g.str(16, HX)}-AMS\nx-amz-cf-id: ${g.str(56, URLS)}==\netag: "${g.str(32, HX)}"\nstrict-transport-security: max-age=63072000`]);
hk.push(["Markdown doc with placeholder key", "## Configure\n\nSet your key in `.env`:\n\n```bash\nOPENAI_API_KEY=sk-proj-XXXXXXXXXXXXXXXXXXXXXXXX\nANTHROPIC_API_KEY=<your-anthropic-key>\n```\n\nNever commit real keys."]);
hk.push(["curl with env var expansion", `curl -sS https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "OpenAI-Organization: org-${g.str(24, AN)}"`]);
hk.push(["GitHub Actions workflow with secrets expressions", "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@" + g.sha() + "\n      - run: ./deploy.sh\n        env:\n          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}"]);
hk.push(["Terraform plan with sensitive values hidden", `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "db-${g.str(26, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}"\n      ~ password = (sensitive value)\n        tags     = { "commit" = "${g.sha()}" }\n    }`]);
hk.push(["Python test with fake hex fixture names", `def test_hash_file(tmp_path):\n    p = tmp_path / "a.txt"\n    p.write_text("hello")\n    assert sha256_file(p) == "${g.str(64, HX)}"\n    assert md5_file(p) == "${g.str(32, HX)}"`]);
hk.push(["SQL with UUID primary keys", `INSERT INTO orders (id, customer_id, total) VALUES\n  ('${U()}', '${U()}', 4200),\n  ('${U()}', '${U()}', 1999);`]);
hk.push(["crash dump with memory addresses", `Thread 0 Crashed:\n0   libsystem_kernel.dylib  0x${g.str(16, HX)} __pthread_kill + 8\n1   libsystem_pthread.dylib 0x${g.str(16, HX)} pthread_kill + 288\n2   App                     0x${g.str(16, HX)} main + 120\nBinary Images: 0x${g.str(9, HX)} - 0x${g.str(9, HX)} App <${U().toUpperCase()}>`]);
hk.push(["Jupyter output with base64 plot", JSON.stringify({ cell_type: "code", outputs: [{ output_type: "display_data", data: { "image/png": "iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzk" + g.b64(600), "text/plain": ["<Figure size 640x480 with 1 Axes>"] } }], source: ["plt.plot(xs, ys)"] })]);
hk.push(["diff bumping lockfile hashes", `diff --git a/poetry.lock b/poetry.lock\n@@ -120,7 +120,7 @@\n files = [\n-    {file = "requests-2.32.2-py3-none-any.whl", hash = "sha256:${g.str(64, HX)}"},\n+    {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:${g.str(64, HX)}"},\n ]`]);
hk.push(["Kubernetes Secret with non-secret base64 data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("search,export,beta-ui").toString("base64")}`]);
hk.push(["MCP tool result listing files with hashes", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: Array.from({ length: 4 }, (_, i) => `${g.str(64, HX)}  dist/chunk-${i}.${g.str(8, HX)}.js`).join("\n") }] } })]);
hk.push(["Shopify store domain and product GID", `# storefront (public, shipped to browser)\nSHOPIFY_STORE_DOMAIN=acme-store.myshopify.com\nSHOPIFY_API_VERSION=2025-01\nSHOPIFY_PRODUCT_GID=gid://shopify/Product/${g.str(13, DG)}`]);
hk.push(["Gradle dependency verification metadata", `<component group="com.squareup.okhttp3" name="okhttp" version="4.12.0">\n   <artifact name="okhttp-4.12.0.jar">\n      <sha256 value="${g.str(64, HX)}" origin="Generated by Gradle"/>\n   </artifact>\n</component>`]);
hk.push(["Chat message with masked token in log", `seeing this in the logs, token looks truncated?\n\n  [auth] using key sk-proj-****${g.str(4, AN)} (len=164)\n  [auth] 401 from api.openai.com, request_id=req_${g.str(32, HX)}`]);
hk.push(["Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.str(64, HX)}"`]);
hk.push(["SVG path data", `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm${g.range(1, 9)}.${g.range(10, 99)} 14.${g.range(10, 99)}L9 13.5V7h2v5.${g.range(10, 99)}l4 2.${g.range(10, 99)}z"/></svg>`]);
hk.push(["Python requirements with hashes", `requests==2.32.3 \\\n    --hash=sha256:${g.str(64, HX)} \\\n    --hash=sha256:${g.str(64, HX)}\nurllib3==2.2.3 \\\n    --hash=sha256:${g.str(64, HX)}`]);
hk.push(["age public recipient in .sops.yaml", `creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`]);
hk.push(["GPG public key fingerprint in git config", `[user]\n  name = Dev\n  email = dev@acme.io\n[gpg]\n  format = openpgp\n[commit]\n  gpgsign = true\n# fingerprint: ${g.str(40, "0123456789ABCDEF").replace(/(.{4})/g, "$1 ").trim()}`]);
hk.push(["Rust test with hex vectors", `#[test]\nfn sha256_vector() {\n    let got = hex::encode(Sha256::digest(b"abc"));\n    assert_eq!(got, "${g.str(64, HX)}");\n}`]);
hk.push(["Go struct with trace ids", `span := trace.SpanContextConfig{\n\tTraceID: mustTraceID("${g.str(32, HX)}"),\n\tSpanID:  mustSpanID("${g.str(16, HX)}"),\n}`]);
hk.forEach(([what, text], i) => out.push({ id: `y42-bk-${pad(i + 1)}`, kind: "secrets", category: "heldouty42-benign", label: "benign", text, note: `benign: ${what}` }));

export const cases: CorpusCase[] = out;
