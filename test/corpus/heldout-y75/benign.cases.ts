// Benign look-alikes: non-secret values in the same contexts as the positives.
import type { CorpusCase } from "../types.ts";
import { AN, B64, DIG, Gen, HEX, LAN, LO, RENDERERS, UAN, URL64, j, spec, type Spec } from "./_gen.ts";

const g = new Gen(7503);

// Rotated benign values: each is a non-secret in a slot named for what it is.
const specs: Spec[] = [
  spec("b", "git commit SHA", "GIT_COMMIT_SHA", (g) => g.hex(40), "commit"),
  spec("b", "short git SHA", "BUILD_REVISION", (g) => g.hex(12), "revision"),
  spec("b", "sha256 artifact digest", "ARTIFACT_SHA256", (g) => g.hex(64), "sha256"),
  spec("b", "container image digest", "IMAGE_DIGEST", (g) => j("sha256:", g.hex(64)), "image_digest"),
  spec("b", "md5 checksum", "TARBALL_MD5", (g) => g.hex(32), "md5"),
  spec("b", "npm integrity", "PACKAGE_INTEGRITY", (g) => j("sha512-", g.b64(64)), "integrity"),
  spec("b", "UUID tenant id", "TENANT_ID", (g) => g.uuid(), "tenant_id"),
  spec("b", "Azure subscription id", "AZURE_SUBSCRIPTION_ID", (g) => g.uuid(), "subscription_id"),
  spec("b", "OpenTelemetry trace id", "TRACE_ID", (g) => g.hex(32), "trace_id"),
  spec("b", "request id", "REQUEST_ID", (g) => j("req_", g.mix(24)), "request_id"),
  spec("b", "Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => j("cus_", g.mix(14)), "customer_id"),
  spec("b", "Stripe price id", "STRIPE_PRICE_ID", (g) => j("price_", "1", g.mix(23)), "price_id"),
  spec("b", "Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (g) => j("pk", "_live_", "51", g.mix(97)), "publishable_key"),
  spec("b", "OpenAI assistant id", "ASSISTANT_ID", (g) => j("asst_", g.mix(24)), "assistant_id"),
  spec("b", "OpenAI org id", "OPENAI_ORG_ID", (g) => j("org-", g.mix(24)), "organization"),
  spec("b", "Anthropic message id", "LAST_MESSAGE_ID", (g) => j("msg_", "01", g.mix(22)), "message_id"),
  spec("b", "Vercel project id", "VERCEL_PROJECT_ID", (g) => j("prj_", g.mix(28)), "project_id"),
  spec("b", "AWS account id", "AWS_ACCOUNT_ID", (g) => g.s(12, DIG), "account_id"),
  spec("b", "AWS ARN", "ROLE_ARN", (g) => j("arn:aws:iam::", g.s(12, DIG), ":role/deploy-", g.s(6, LO)), "role_arn"),
  spec("b", "Slack channel id", "SLACK_CHANNEL_ID", (g) => j("C0", g.s(9, UAN)), "channel_id"),
  spec("b", "Google OAuth client id", "GOOGLE_CLIENT_ID", (g) => j(g.s(12, DIG), "-", g.s(32, LAN), ".apps.googleusercontent.com"), "client_id"),
  spec("b", "Sentry DSN public key", "SENTRY_DSN", (g) => j("https://", g.hex(32), "@o", g.s(6, DIG), ".ingest.sentry.io/", g.s(7, DIG)), "dsn"),
  spec("b", "env var reference", "STRIPE_SECRET_KEY", () => "${STRIPE_SECRET_KEY}", "secret_key"),
  spec("b", "placeholder", "OPENAI_API_KEY", () => "<your-openai-api-key>", "api_key"),
  spec("b", "masked key", "ANTHROPIC_API_KEY", (g) => j("sk-", "ant-", "api03-", "••••••••••••", g.s(4, AN)), "api_key"),
  spec("b", "masked X key", "GITHUB_TOKEN", () => j("gh", "p_", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"), "token"),
  spec("b", "Vault reference", "DATABASE_PASSWORD", () => "vault:secret/data/prod/db#password", "password"),
  spec("b", "AWS SSM reference", "SLACK_BOT_TOKEN", () => "{{resolve:ssm-secure:/prod/slack/bot-token:3}}", "bot_token"),
  spec("b", "1Password reference", "TWILIO_AUTH_TOKEN", () => "op://Engineering/Twilio/auth-token", "auth_token"),
  spec("b", "Azure Key Vault reference", "SENDGRID_API_KEY", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid-key/)", "api_key"),
  spec("b", "GCP Secret Manager reference", "DD_API_KEY", () => "sm://acme-prod/datadog-api-key/latest", "api_key"),
  spec("b", "GitHub Actions secret expr", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}", "token"),
  spec("b", "SOPS encrypted value", "DB_PASSWORD", (g) => j("ENC[AES256_GCM,data:", g.b64(24), ",iv:", g.b64(32), ",tag:", g.b64(16), ",type:str]"), "password"),
  spec("b", "public key fingerprint", "SSH_HOST_FINGERPRINT", (g) => j("SHA256:", g.b64(32).replace(/=+$/, "")), "fingerprint"),
  spec("b", "GPG key id", "GPG_SIGNING_KEY_ID", (g) => g.s(16, "0123456789ABCDEF"), "signingkey"),
  spec("b", "feature flag name", "FEATURE_FLAGS", (g) => j("checkout_v2_", g.s(6, LO), ",new_nav,dark_mode"), "flags"),
  spec("b", "Docker image tag", "IMAGE_TAG", (g) => j("main-", g.hex(7), "-", g.s(10, DIG)), "image_tag"),
  spec("b", "ETag", "CACHE_ETAG", (g) => j('W/"', g.hex(8), "-", g.mix(27, URL64), '"'), "etag"),
  spec("b", "Kafka cluster id", "KAFKA_CLUSTER_ID", (g) => g.mix(22, URL64), "cluster_id"),
  spec("b", "Sentry release hash", "SENTRY_RELEASE", (g) => j("web@", g.hex(40)), "release"),
  spec("b", "Segment write key placeholder", "SEGMENT_WRITE_KEY", () => "changeme", "write_key"),
  spec("b", "example key from docs masked", "MAILGUN_API_KEY", () => "key-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "api_key"),
  spec("b", "Postgres URL with env password", "DATABASE_URL", () => "postgresql://app:${DB_PASSWORD}@db:5432/app", "url"),
  spec("b", "Redis URL no auth", "REDIS_URL", () => "redis://localhost:6379/0", "url"),
  spec("b", "Intercom app id", "INTERCOM_APP_ID", (g) => g.s(8, LAN), "app_id"),
  spec("b", "Algolia app id", "ALGOLIA_APP_ID", (g) => g.s(10, UAN), "app_id"),
  spec("b", "Datadog monitor id", "DD_MONITOR_ID", (g) => g.s(9, DIG), "monitor_id"),
  spec("b", "Twilio messaging service sid masked", "TWILIO_MESSAGING_SERVICE", () => "MGxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "messaging_service_sid"),
  spec("b", "content hash filename", "ASSET_MANIFEST", (g) => j("/static/js/main.", g.hex(20), ".chunk.js"), "main_js"),
  spec("b", "Terraform state serial lineage", "TF_LINEAGE", (g) => g.uuid(), "lineage"),
  spec("b", "OIDC nonce", "OIDC_NONCE_LENGTH", () => "32", "nonce_length"),
  spec("b", "cron expression", "BACKUP_SCHEDULE", () => "0 */6 * * *", "schedule"),
  spec("b", "chatcmpl id", "LAST_COMPLETION_ID", (g) => j("chatcmpl-", g.mix(29)), "completion_id"),
  spec("b", "ULID", "JOB_ID", (g) => j("01J", g.s(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")), "job_id"),
  spec("b", "base64 of non-secret JSON", "DEFAULT_FILTER", () => Buffer.from(JSON.stringify({ status: "open", page: 1, sort: "created_at" })).toString("base64"), "filter"),
  spec("b", "Google Analytics measurement id", "GA_MEASUREMENT_ID", (g) => j("G-", g.s(10, UAN)), "measurement_id"),
  spec("b", "semver build metadata", "APP_VERSION", (g) => j("4.", String(g.int(20)), ".", String(g.int(20)), "+build.", g.hex(10)), "version"),
  spec("b", "Kubernetes resource uid", "POD_UID", (g) => g.uuid(), "uid"),
  spec("b", "Mongo ObjectId", "DEFAULT_ORG_OBJECT_ID", (g) => g.hex(24), "org_id"),
  spec("b", "Shopify store domain", "SHOPIFY_STORE", (g) => j("acme-", g.s(6, LO), ".myshopify.com"), "shop"),
];

// Only renderers whose surrounding text does not itself call the value a credential.
const UNSAFE = new Set(["curl with header", "raw HTTP request header", "C# code", "Python crash dump with locals", "chat message (Slack paste)", "Markdown doc", "Rust test fixture", "form-urlencoded body", "MCP tool result echoed back", "k8s Secret stringData"]);
const SAFE = RENDERERS.filter((r) => !UNSAFE.has(r.name));
const rot: CorpusCase[] = specs.map((s, i) => {
  const r = SAFE[(i * 5 + 1) % SAFE.length]!;
  return {
    id: `y75-b-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: "heldouty75-benign",
    label: "benign",
    text: r.render(s, s.make(g), g),
    note: `${s.provider} (${s.env}) in ${r.name}`,
  };
});

const wrap = (b64: string) => b64.match(/.{1,64}/g)!.join("\n");
const hand: Array<[string, string]> = [
  ["SSH public key in authorized_keys write_file", JSON.stringify({ type: "tool_use", id: `toolu_01${g.s(22)}`, name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.mix(43, AN + "+/")} dana@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.mix(500, AN + "+/")} ci@build\n` } }, null, 2)],
  ["PEM certificate in nginx conf", `server {\n  listen 443 ssl;\n  server_name api.acme.io;\n  ssl_certificate /etc/nginx/tls/api.crt;\n}\n# api.crt\n-----BEGIN CERTIFICATE-----\nMIID${wrap(g.b64(900)).slice(4)}\n-----END CERTIFICATE-----`],
  ["PEM public key in JWT verifier config", `jwt:\n  issuer: https://auth.acme.io/\n  algorithms: [RS256]\n  public_key: |\n    -----BEGIN PUBLIC KEY-----\n    MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${wrap(g.b64(260)).replace(/\n/g, "\n    ")}\n    -----END PUBLIC KEY-----\n`],
  ["JWKS public keys", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(40), alg: "RS256", n: g.b64url(256), e: "AQAB" }] }, null, 2)],
  ["SOPS-encrypted YAML", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  STRIPE_SECRET_KEY: ENC[AES256_GCM,data:${g.b64(80)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n  DATABASE_URL: ENC[AES256_GCM,data:${g.b64(60)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\nsops:\n  age:\n    - recipient: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        ${wrap(g.b64(180)).replace(/\n/g, "\n        ")}\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: "2026-11-02T10:00:00Z"\n  mac: ENC[AES256_GCM,data:${g.b64(64)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n  version: 3.9.1\n`],
  ["SealedSecret manifest", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    OPENAI_API_KEY: ${g.b64(360)}\n    SLACK_BOT_TOKEN: ${g.b64(330)}\n  template:\n    metadata:\n      name: api-keys\n`],
  ["ansible-vault encrypted vars", `# group_vars/prod/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 10 }, () => g.hex(80)).join("\n")}\n`],
  ["ansible inline vault value", `db_host: db.internal\ndb_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${Array.from({ length: 5 }, () => g.hex(80)).join("\n  ")}\n`],
  ["minified JS bundle", `!function(e,t){"object"==typeof exports?module.exports=t():e.lib=t()}(this,function(){var e="${g.mix(40, AN)}",t=function(n){return n.split("").map(function(r){return r.charCodeAt(0).toString(16)}).join("")};return{id:e,hex:t,v:"3.2.1",h:"${g.hex(40)}"}});\n//# sourceMappingURL=lib.min.js.map`],
  ["CSS module class names", `.Button_root__${g.mix(5, URL64)}{display:inline-flex;padding:.5rem 1rem}.Button_primary__${g.mix(5, URL64)}{background:#1d4ed8}.Card_wrap__${g.mix(5, URL64)}{border-radius:8px}\n/* build ${g.hex(20)} */`],
  ["base64 PNG data URI in markdown", `![logo](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe${g.b64(300)})\n\nThe logo above is embedded for offline docs.`],
  ["base64 font in CSS", `@font-face{font-family:"Inter";src:url(data:font/woff2;base64,d09GMgABAAAAA${g.b64(420)}) format("woff2");font-weight:400}`],
  ["package-lock integrity entries", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.org/react/-/react-18.3.1.tgz", integrity: `sha512-${g.b64(64)}` }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${g.b64(64)}` } } }, null, 2)],
  ["go.sum lines", `github.com/google/uuid v1.6.0 h1:${g.b64(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64(32)}\ngolang.org/x/sys v0.26.0 h1:${g.b64(32)}\n`],
  ["Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nchecksum = "${g.hex(64)}"\n`],
  ["CI log with SHAs and digests", `2026-11-14T08:12:04.1Z HEAD is now at ${g.hex(7)} fix: retry on 429\n2026-11-14T08:12:09.4Z #12 pushing layers\n2026-11-14T08:12:12.0Z #12 pushing manifest for ghcr.io/acme/api:main@sha256:${g.hex(64)}\n2026-11-14T08:12:12.3Z cache key: node-modules-${g.hex(64)}\n2026-11-14T08:12:13.0Z ::add-mask::***\n2026-11-14T08:12:13.1Z STRIPE_SECRET_KEY: ***`],
  ["HTTP response with trace/request ids", `HTTP/1.1 200 OK\ncontent-type: application/json\nx-request-id: ${g.uuid()}\ntraceparent: 00-${g.hex(32)}-${g.hex(16)}-01\nx-amz-cf-id: ${g.mix(56, URL64)}==\netag: "${g.hex(32)}"\n\n{"ok":true}`],
  ["OpenAI API response ids", JSON.stringify({ id: `chatcmpl-${g.mix(29)}`, object: "chat.completion", created: 1764990000, model: "gpt-4.1-2025-04-14", system_fingerprint: `fp_${g.hex(10)}`, choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] }, null, 2)],
  ["Anthropic response ids", JSON.stringify({ id: `msg_01${g.mix(22)}`, type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: `toolu_01${g.mix(22)}`, name: "read_file", input: { path: "README.md" } }], stop_reason: "tool_use" }, null, 2)],
  ["Stripe webhook event ids", JSON.stringify({ id: `evt_1${g.mix(23)}`, object: "event", type: "payment_intent.succeeded", data: { object: { id: `pi_3${g.mix(23)}`, customer: `cus_${g.mix(14)}`, latest_charge: `ch_3${g.mix(23)}`, client_secret: null } } }, null, 2)],
  [".env.example with placeholders", `# Copy to .env and fill in\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your-anthropic-key>\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nGITHUB_TOKEN=\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ\n`],
  ["masked key listing from CLI", `$ acme keys list\nNAME        PREFIX        CREATED      LAST USED\nci-deploy   sk-...${g.s(4, AN)}     2026-09-02   2h ago\nlocal-dev   sk-...${g.s(4, AN)}     2026-10-11   never\nprod        sk-****${g.s(4, AN)}    2026-11-01   5m ago`],
  ["Helm values with secretKeyRef", `env:\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: openai\n        key: api-key\n  - name: DATABASE_URL\n    valueFrom:\n      secretKeyRef: { name: db, key: url }\nimage:\n  digest: sha256:${g.hex(64)}\n`],
  ["Terraform with variable refs and data sources", `variable "stripe_secret_key" {\n  type      = string\n  sensitive = true\n}\n\ndata "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/db/password"\n}\n\nresource "aws_lambda_function" "api" {\n  function_name    = "api"\n  source_code_hash = "${g.b64(32)}"\n  environment {\n    variables = { STRIPE_KEY = var.stripe_secret_key }\n  }\n}\n`],
  ["Python code reading env", `import os\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nstripe.api_key = os.getenv("STRIPE_SECRET_KEY")\nCACHE_KEY = "${g.hex(40)}"  # sha1 of schema version\n`],
  ["Go test with hash fixtures", `func TestDigest(t *testing.T) {\n\twant := "${g.hex(64)}"\n\tgot := Digest([]byte("hello world\\n"))\n\tif got != want {\n\t\tt.Fatalf("got %s", got)\n\t}\n}\n`],
  ["SQL migration with UUIDs", `INSERT INTO plans (id, slug, stripe_price_id) VALUES\n  ('${g.uuid()}', 'pro', 'price_1${g.mix(23)}'),\n  ('${g.uuid()}', 'team', 'price_1${g.mix(23)}');\n`],
  ["git diff of lockfile", `diff --git a/yarn.lock b/yarn.lock\n@@ -88,7 +88,7 @@ axios@^1.7.0:\n-  resolved "https://registry.yarnpkg.com/axios/-/axios-1.7.4.tgz#${g.hex(40)}"\n-  integrity sha512-${g.b64(64)}\n+  resolved "https://registry.yarnpkg.com/axios/-/axios-1.7.7.tgz#${g.hex(40)}"\n+  integrity sha512-${g.b64(64)}\n`],
  ["Jupyter output with image/png", JSON.stringify({ cell_type: "code", execution_count: 7, metadata: {}, outputs: [{ output_type: "display_data", data: { "image/png": `iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA${g.b64(400)}`, "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }], source: ["df.plot()"] }, null, 1)],
  ["PGP public key block in README", `## Security contact\n\nEncrypt reports to security@acme.io:\n\n\`\`\`\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG${wrap(g.b64(600))}\n=${g.b64(3)}\n-----END PGP PUBLIC KEY BLOCK-----\n\`\`\`\n`],
  ["age public recipient", `# .sops.yaml\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml\n    age: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`],
  ["WireGuard public keys", `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = \${WG_PRIVATE_KEY}\n\n[Peer]\nPublicKey = ${g.b64(32)}\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 10.8.0.0/24\n`],
  ["shell history with secret refs only", `  610  aws sts get-caller-identity\n  611  export GITHUB_TOKEN=$(gh auth token)\n  612  export OPENAI_API_KEY="$(op read op://dev/openai/key)"\n  613  sha256sum dist/app.tar.gz\n  614  git tag v2.4.0 ${g.hex(40)}\n`],
  ["crash dump with hashes", `panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.handle(0xc000${g.hex(6)}, {0xc0001${g.hex(5)}, 0x40})\n\t/src/main.go:42 +0x1d4\nbuild id: ${g.hex(40)}\nmodule sum: h1:${g.b64(32)}`],
  ["Docker inspect output", JSON.stringify([{ Id: g.hex(64), RepoDigests: [`nginx@sha256:${g.hex(64)}`], Config: { Env: ["PATH=/usr/local/sbin:/usr/local/bin", "NGINX_VERSION=1.27.2", `PKG_RELEASE=1~bookworm`, `NJS_VERSION=0.8.7`] } }], null, 2)],
  ["XML with signature digest", `<ds:SignedInfo>\n  <ds:Reference URI="#_${g.hex(40)}">\n    <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>\n    <ds:DigestValue>${g.b64(32)}</ds:DigestValue>\n  </ds:Reference>\n</ds:SignedInfo>\n<ds:SignatureValue>${g.b64(256)}</ds:SignatureValue>`],
  ["Java properties with placeholders", `spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.password=\${DB_PASSWORD}\nstripe.api-key=\${STRIPE_SECRET_KEY:}\napp.build.commit=${g.hex(40)}\n`],
  ["chat body asking about a hash", JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: `why does sha256sum give ${g.hex(64)} on linux but a different value on my mac for the same file?` }] }, null, 2)],
  ["MCP result listing git objects", JSON.stringify({ jsonrpc: "2.0", id: 41, result: { content: [{ type: "text", text: `${g.hex(40)} refs/heads/main\n${g.hex(40)} refs/tags/v1.2.0\n${g.hex(40)} refs/tags/v1.3.0` }] } }, null, 2)],
  ["curl with env var header", `curl -sS https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "OpenAI-Organization: org-${g.mix(24)}"`],
];

const handCases: CorpusCase[] = hand.map(([note, text], i) => ({
  id: `y75-bk-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty75-benign",
  label: "benign",
  text,
  note,
}));

void [B64, HEX];
export const cases: CorpusCase[] = [...rot, ...handCases];
