// Benign look-alikes in the same contexts: rotated through the shared renderers, plus handcrafted.
import type { CorpusCase } from "../types.ts";
import { ALNUM, B64, DIG, Gen, LOWNUM, URLSAFE, renderers, type Tok } from "./_gen.ts";

const g = new Gen(0x5603);
const CAT = "heldouty56-benign";
const T = (provider: string, env: string, value: string, what: string): Tok & { what: string } =>
  ({ provider, group: "benign", env, value, what, header: `X-${env.toLowerCase().split("_").map((w) => w[0]!.toUpperCase() + w.slice(1)).join("-")}`, scheme: "" });

// Renderers whose framing would make a look-alike arguable (a Secret object, a "here is the new key" chat,
// a setup doc calling it a credential, an SDK constructor) are not used for benign values.
const EXCLUDE = new Set(["chat message (Slack paste)", "Markdown setup doc", "Rust test fixture", "k8s Secret stringData", "Terraform HCL"]);
const rds = renderers.filter((r) => !EXCLUDE.has(r.name));

const toks = [
  T("git", "GIT_COMMIT_SHA", g.hex(40), "git commit SHA"),
  T("build", "BUILD_SHA256", g.hex(64), "sha256 artifact digest"),
  T("Docker", "IMAGE_DIGEST", g.j("sha256:", g.hex(64)), "image digest"),
  T("npm", "PACKAGE_INTEGRITY", g.j("sha512-", g.s(86, B64), "=="), "SRI integrity hash"),
  T("app", "TENANT_ID", g.uuid(), "tenant UUID"),
  T("tracing", "TRACE_ID", g.hex(32), "W3C trace id"),
  T("tracing", "TRACEPARENT", g.j("00-", g.hex(32), "-", g.hex(16), "-01"), "traceparent header value"),
  T("OpenAI", "OPENAI_API_KEY", g.j("sk-", "proj-", "...", "XXXX"), "masked key"),
  T("Anthropic", "ANTHROPIC_API_KEY", "<your-anthropic-api-key>", "placeholder"),
  T("Stripe", "STRIPE_SECRET_KEY", "${STRIPE_SECRET_KEY}", "env var reference"),
  T("GitHub", "GITHUB_TOKEN", "${{ secrets.GITHUB_TOKEN }}", "Actions secret reference"),
  T("AWS", "AWS_SECRET_ACCESS_KEY", "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/aws-creds-AbCdEf", "Secrets Manager ARN"),
  T("Vault", "DATABASE_PASSWORD", "vault:secret/data/prod/db#password", "Vault reference"),
  T("1Password", "SENDGRID_API_KEY", "op://Engineering/SendGrid/credential", "1Password reference"),
  T("Azure", "AZURE_CLIENT_SECRET", "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/client-secret/)", "Key Vault reference"),
  T("GCP", "DB_PASSWORD", "sm://acme-prod/db-password/latest", "Secret Manager reference"),
  T("Stripe", "STRIPE_CUSTOMER_ID", g.j("cus", "_", g.s(14, ALNUM)), "Stripe customer id"),
  T("Stripe", "PAYMENT_INTENT_ID", g.j("pi", "_", "3", g.s(23, ALNUM)), "PaymentIntent id"),
  T("OpenAI", "COMPLETION_ID", g.j("chatcmpl-", g.s(29, ALNUM)), "completion id"),
  T("Anthropic", "MESSAGE_ID", g.j("msg", "_01", g.s(22, ALNUM)), "message id"),
  T("Anthropic", "REQUEST_ID", g.j("req", "_01", g.s(22, ALNUM)), "request id"),
  T("Slack", "SLACK_CHANNEL_ID", g.j("C0", g.s(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")), "channel id"),
  T("Twilio", "TWILIO_MESSAGE_SID", g.j("SM", g.hex(32)), "message SID"),
  T("Sentry", "SENTRY_EVENT_ID", g.hex(32), "event id"),
  T("AWS", "AWS_REQUEST_ID", g.uuid(), "request id"),
  T("Kubernetes", "POD_UID", g.uuid(), "pod UID"),
  T("Datadog", "DD_API_KEY", "********************************", "masked value"),
  T("Generic", "API_KEY", "changeme", "placeholder"),
  T("Generic", "SECRET_KEY", "REPLACE_ME", "placeholder"),
  T("Generic", "JWT_SECRET", "your-jwt-secret-here", "placeholder"),
  T("OpenAI", "OPENAI_API_KEY", "sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "x-filled placeholder"),
  T("GitHub", "GH_TOKEN", g.j("gh", "p_", "<redacted>"), "redacted"),
  T("Datadog", "DD_TRACE_ID", g.s(19, DIG), "decimal trace id"),
  T("Mongo", "ORDER_OBJECT_ID", g.hex(24), "MongoDB ObjectId"),
  T("Stripe", "STRIPE_PUBLISHABLE_KEY", g.j("pk", "_live_", "51", g.s(97, ALNUM)), "publishable key"),
  T("Algolia", "ALGOLIA_APP_ID", g.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "application id"),
  T("Auth0", "AUTH0_CLIENT_ID", g.s(32, ALNUM), "OAuth client id (public)"),
  T("Google OAuth", "GOOGLE_CLIENT_ID", g.j(g.s(12, DIG), "-", g.s(32, LOWNUM), ".apps.googleusercontent.com"), "OAuth client id"),
  T("AWS", "AWS_ACCOUNT_ID", g.s(12, DIG), "account id"),
  T("Azure", "AZURE_SUBSCRIPTION_ID", g.uuid(), "subscription id"),
  T("Sentry", "SENTRY_RELEASE", g.hex(40), "release = commit SHA"),
  T("Vercel", "VERCEL_GIT_COMMIT_SHA", g.hex(40), "commit SHA"),
  T("Generic", "ETAG", g.j('W/"', g.hex(32), '"'), "ETag"),
  T("Generic", "CONTENT_MD5", g.b64(24), "Content-MD5"),
  T("Generic", "CACHE_KEY", g.j("v2-deps-", g.hex(64)), "CI cache key"),
  T("Terraform", "TF_STATE_LINEAGE", g.uuid(), "state lineage"),
  T("npm", "NPM_TOKEN", "${NPM_TOKEN}", "env reference in npmrc-like slot"),
  T("Heroku", "HEROKU_API_KEY", "$(heroku auth:token)", "command substitution"),
  T("AWS", "AWS_SECRET_ACCESS_KEY", "{{ resolve:secretsmanager:prod/aws:SecretString:secret }}", "CloudFormation dynamic ref"),
  T("Kubernetes", "DB_PASSWORD", "valueFrom.secretKeyRef(db-creds/password)", "secretKeyRef"),
  T("Generic", "SESSION_SECRET", "<generate with: openssl rand -hex 32>", "instructional placeholder"),
  T("Slack", "SLACK_BOT_TOKEN", g.j("xo", "xb-", "your-bot-token"), "placeholder with prefix"),
  T("Generic", "FONT_HASH", g.j("Inter-", g.hex(8), ".woff2"), "hashed asset name"),
  T("Generic", "BUNDLE", g.j("main.", g.hex(20), ".js"), "hashed bundle name"),
  T("Generic", "IDEMPOTENCY_KEY", g.uuid(), "idempotency key"),
  T("GitHub", "GITHUB_RUN_ID", g.s(11, DIG), "workflow run id"),
  T("OpenAI", "OPENAI_ORG_ID", g.j("org-", g.s(24, ALNUM)), "organization id"),
  T("OpenAI", "ASSISTANT_ID", g.j("asst", "_", g.s(24, ALNUM)), "assistant id"),
  T("Vercel", "VERCEL_PROJECT_ID", g.j("prj", "_", g.s(28, ALNUM)), "project id"),
  T("Shopify", "SHOPIFY_STORE_DOMAIN", "acme-store.myshopify.com", "store domain"),
  T("Generic", "NONCE_LENGTH", "32", "config number"),
  T("Generic", "PUBLIC_KEY_FINGERPRINT", g.j("SHA256:", g.s(43, B64)), "SSH key fingerprint"),
];

const rotated: CorpusCase[] = toks.map((t, i) => {
  const rd = rds[(i * 7 + 3) % rds.length]!;
  return { id: `y56-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: CAT, label: "benign", text: rd.render(t, g), note: `${t.provider} ${t.what} (${t.env}), in ${rd.name}` };
});

const pem = (n: number) => g.s(n, B64).match(/.{1,64}/g)!.join("\n");
const hand: { note: string; text: string }[] = [
  { note: "SSH public key in authorized_keys via write_file", text: JSON.stringify({ name: "write_file", arguments: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, B64)} ci@build\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.s(500, B64)}= ops@laptop\n` } }) },
  { note: "PEM certificate in nginx config chat paste", text: JSON.stringify({ messages: [{ role: "user", content: `is this cert chain right?\n-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE${pem(1100)}\n-----END CERTIFICATE-----\n` }] }) },
  { note: "PEM public key (SPKI) in JWT verifier config", text: `jwt:\n  issuer: https://auth.acme.io/\n  public_key: |\n    -----BEGIN PUBLIC KEY-----\n    MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${g.s(20, B64)}\n    ${g.s(64, B64)}\n    ${g.s(64, B64)}\n    ${g.s(64, B64)}\n    ${g.s(30, B64)}IDAQAB\n    -----END PUBLIC KEY-----\n` },
  { note: "JWKS public keys (n, e) JSON response", text: JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(40), alg: "RS256", n: g.s(342, URLSAFE), e: "AQAB" }] }, null, 2) },
  { note: "SOPS-encrypted YAML values", text: `db:\n    password: ENC[AES256_GCM,data:${g.s(24, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\nsops:\n    kms:\n        - arn: arn:aws:kms:us-east-1:123456789012:key/${g.uuid()}\n          enc: ${g.s(180, B64)}\n    lastmodified: "2026-03-02T10:11:12Z"\n    mac: ENC[AES256_GCM,data:${g.s(60, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\n    version: 3.9.0\n` },
  { note: "Bitnami SealedSecret encryptedData", text: `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-creds\n  namespace: prod\nspec:\n  encryptedData:\n    API_KEY: Ag${g.s(680, B64)}==\n` },
  { note: "ansible-vault encrypted file", text: `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.hex(80)).join("\n")}\n` },
  { note: "base64 PNG data URI in CSS", text: `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.s(400, B64)}AAAAAElFTkSuQmCC");\n}\n` },
  { note: "minified JS bundle chunk", text: `!function(e,t){"object"==typeof exports?module.exports=t():e.lib=t()}(this,function(){var n="${g.s(40, ALNUM)}",r=function(e){return e.replace(/[${"^"}a-z]/g,"")};return{v:"4.2.1",h:n,r:r,k:"${g.hex(32)}"}});\n//# sourceMappingURL=lib.${g.hex(8)}.min.js.map` },
  { note: "CSS module hashed class names", text: `.Button_root__${g.s(5, URLSAFE)}{display:flex}.Button_primary__${g.s(5, URLSAFE)}{background:#0a66c2}.Card_wrap__${g.s(5, URLSAFE)}{padding:16px}.css-${g.s(6, LOWNUM)}{margin:0}` },
  { note: "package-lock integrity entries in diff", text: `@@ -120,7 +120,7 @@\n     "node_modules/react": {\n-      "version": "18.2.0",\n-      "integrity": "sha512-${g.s(86, B64)}==",\n+      "version": "18.3.1",\n+      "integrity": "sha512-${g.s(86, B64)}==",\n       "license": "MIT"\n` },
  { note: "go.sum hashes", text: `github.com/google/uuid v1.6.0 h1:${g.s(43, B64)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.s(43, B64)}=\ngolang.org/x/net v0.25.0 h1:${g.s(43, B64)}=\n` },
  { note: "Docker pull log with layer digests", text: `latest: Pulling from acme/api\n${g.hex(12)}: Pull complete\n${g.hex(12)}: Pull complete\nDigest: sha256:${g.hex(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api:latest` },
  { note: "git log output with SHAs in MCP tool result", text: JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: `commit ${g.hex(40)}\nAuthor: Dana <dana@acme.io>\nDate:   Tue Mar 3 10:12:44 2026 +0000\n\n    fix: retry on 429\n\ncommit ${g.hex(40)}\nMerge: ${g.hex(7)} ${g.hex(7)}\n` }] } }) },
  { note: "HTTP response headers with request/trace ids", text: `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${g.uuid()}\nx-amzn-trace-id: Root=1-${g.hex(8)}-${g.hex(24)}\ncf-ray: ${g.hex(16)}-FRA\netag: "${g.hex(32)}"\n` },
  { note: "Stripe webhook event JSON (object ids only)", text: JSON.stringify({ id: g.j("evt", "_", "1", g.s(23, ALNUM)), object: "event", type: "charge.succeeded", data: { object: { id: g.j("ch", "_", "3", g.s(23, ALNUM)), customer: g.j("cus", "_", g.s(14, ALNUM)), payment_intent: g.j("pi", "_", "3", g.s(23, ALNUM)), amount: 4200 } } }, null, 2) },
  { note: "OpenAI chat completion response (ids, fingerprint)", text: JSON.stringify({ id: g.j("chatcmpl-", g.s(29, ALNUM)), object: "chat.completion", created: 1767225600, model: "gpt-4.1-2025-04-14", system_fingerprint: g.j("fp", "_", g.hex(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] }) },
  { note: ".env.example with empty and placeholder values", text: `# copy to .env and fill in\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=sk-ant-...\nSTRIPE_SECRET_KEY=sk_live_xxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nREDIS_URL=redis://localhost:6379\n` },
  { note: "docker-compose using env interpolation", text: `services:\n  api:\n    image: acme/api\n    environment:\n      OPENAI_API_KEY: \${OPENAI_API_KEY}\n      DATABASE_URL: postgres://app:\${POSTGRES_PASSWORD}@db:5432/app\n      STRIPE_SECRET_KEY: \${STRIPE_SECRET_KEY:?required}\n` },
  { note: "GitHub Actions log with masked secrets", text: `2026-04-02T11:02:13.4410000Z ##[group]Run ./deploy.sh\n2026-04-02T11:02:13.4413000Z env:\n2026-04-02T11:02:13.4414000Z   AWS_ACCESS_KEY_ID: ***\n2026-04-02T11:02:13.4415000Z   AWS_SECRET_ACCESS_KEY: ***\n2026-04-02T11:02:13.4416000Z   NPM_TOKEN: ***\n2026-04-02T11:02:13.4420000Z ##[endgroup]\n` },
  { note: "Terraform plan with sensitive values hidden", text: `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "db-${g.s(26, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}"\n      ~ password = (sensitive value)\n        tags     = {}\n    }\n` },
  { note: "k8s Secret with non-secret data (base64 of config words)", text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("debug").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE: ${Buffer.from("search-v2").toString("base64")}\n` },
  { note: "Python code reading key from env, no default", text: `import os\nfrom anthropic import Anthropic\n\nclient = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\nmsg = client.messages.create(model="claude-sonnet-4-5", max_tokens=512, messages=[{"role": "user", "content": "hi"}])\n` },
  { note: "Go code: HMAC computing a signature (hex output in test vector)", text: `func TestSign(t *testing.T) {\n\tgot := Sign([]byte("payload"), []byte(os.Getenv("SIGNING_KEY")))\n\tif len(got) != 64 {\n\t\tt.Fatalf("bad length %d", len(got))\n\t}\n\t// example digest from docs: ${g.hex(64)}\n}\n` },
  { note: "SQL with UUID primary keys and hashed password column (bcrypt)", text: `INSERT INTO users (id, email, password_hash) VALUES\n('${g.uuid()}', 'a@acme.io', '$2b$12$${g.s(53, ALNUM + "./")}'),\n('${g.uuid()}', 'b@acme.io', '$2b$12$${g.s(53, ALNUM + "./")}');\n` },
  { note: "Markdown doc telling user where to put key", text: `## Configuration\n\nSet \`OPENAI_API_KEY\` in your shell:\n\n\`\`\`bash\nexport OPENAI_API_KEY="<paste your key here>"\n\`\`\`\n\nNever commit the key. Keys look like \`sk-proj-…\`.\n` },
  { note: "Jupyter notebook using getpass", text: JSON.stringify({ cells: [{ cell_type: "code", source: ["import getpass, os\n", "os.environ['HF_TOKEN'] = getpass.getpass('HF token: ')\n"], outputs: [{ output_type: "stream", name: "stdout", text: ["HF token: ········\n"] }] }], nbformat: 4 }) },
  { note: "Sentry DSN-less crash report with event id and hashes", text: `Traceback (most recent call last):\n  File "/app/worker.py", line 88, in handle\n    raise ValueError(f"checksum mismatch {expected} != {actual}")\nValueError: checksum mismatch ${g.hex(64)} != ${g.hex(64)}\nSentry event: ${g.hex(32)}\n` },
  { note: "Helm values with existingSecret references", text: `postgresql:\n  auth:\n    existingSecret: pg-credentials\n    secretKeys:\n      adminPasswordKey: postgres-password\nredis:\n  auth:\n    existingSecret: redis-auth\n    existingSecretPasswordKey: password\n` },
  { note: "Ed25519 public key hex in config (TOML)", text: `[signing]\nalgorithm = "ed25519"\npublic_key = "${g.hex(64)}"\nkey_id = "${g.uuid()}"\n` },
  { note: "Age public recipient and GPG key id in .sops.yaml", text: `creation_rules:\n  - path_regex: secrets/.*\\.yaml\n    age: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n    pgp: ${g.hex(40).toUpperCase()}\n` },
  { note: "curl with header from env var", text: `curl -sS https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY" | jq '.data[].id'` },
  { note: "Anthropic tool_use writing config with placeholder", text: JSON.stringify({ type: "tool_use", id: g.j("toolu", "_01", g.s(22, ALNUM)), name: "write_file", input: { path: ".env.example", content: "SLACK_BOT_TOKEN=xoxb-your-token\nSLACK_SIGNING_SECRET=your-signing-secret\n" } }) },
  { note: "UUIDs and request ids in a structured log line", text: `{"level":"info","ts":"2026-05-02T09:12:01Z","msg":"request done","request_id":"${g.uuid()}","span_id":"${g.hex(16)}","trace_id":"${g.hex(32)}","user_id":"${g.uuid()}","latency_ms":41}` },
  { note: "Subresource Integrity in HTML script tag", text: `<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${g.s(64, B64)}" crossorigin="anonymous"></script>` },
  { note: "XML config with encrypted connection string (DPAPI section)", text: `<connectionStrings configProtectionProvider="DataProtectionConfigurationProvider">\n  <EncryptedData>\n    <CipherData>\n      <CipherValue>AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA${g.s(300, B64)}==</CipherValue>\n    </CipherData>\n  </EncryptedData>\n</connectionStrings>` },
  { note: "shell history with sha256sum and uuidgen", text: `  611  sha256sum dist/app.tar.gz\n  612  # ${g.hex(64)}  dist/app.tar.gz\n  613  uuidgen\n  614  # ${g.uuid()}\n` },
  { note: "Java properties using placeholders", text: `spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.username=\${DB_USER}\nspring.datasource.password=\${DB_PASSWORD}\napp.stripe.secret=\${STRIPE_SECRET:}\n` },
  { note: "Slack message with masked token", text: JSON.stringify({ channel: "C05ABCDEF12", text: "rotated the bot token, new one ends in …f3k9 (stored in Vault at secret/slack/bot)" }) },
];
const handCases: CorpusCase[] = hand.map((h, i) => ({ id: `y56-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: CAT, label: "benign", text: h.text, note: h.note }));

export const cases: CorpusCase[] = [...rotated, ...handCases];
