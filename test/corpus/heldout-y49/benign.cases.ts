// heldout-y49: benign look-alikes in the same contexts (hashes, ids, public material, placeholders,
// references, encrypted blobs). Values built at run time so the generator matches the positives.
import type { CorpusCase } from "../types.ts";
import { ALNUM, B64, B64URL, Gen, HEX, LOWNUM, UPNUM, RENDERERS, type Tok } from "./_gen.ts";

const g = new Gen(0x49b1);
type Spec = [what: string, slot: string, build: () => string];

// Rotated: look-alike values in credential-ish or id-ish slots.
const rotSpecs: Spec[] = [
  ["git commit SHA", "GIT_COMMIT_SHA", () => g.hex(40)],
  ["sha256 digest", "ARTIFACT_SHA256", () => g.hex(64)],
  ["container image digest", "IMAGE_DIGEST", () => g.j("sha256:", g.hex(64))],
  ["UUID request id", "REQUEST_ID", () => g.uuid()],
  ["W3C traceparent", "TRACEPARENT", () => g.j("00-", g.hex(32), "-", g.hex(16), "-01")],
  ["npm integrity", "INTEGRITY", () => g.j("sha512-", g.s(86, B64), "==")],
  ["env var reference", "OPENAI_API_KEY", () => "${OPENAI_API_KEY}"],
  ["placeholder", "ANTHROPIC_API_KEY", () => "<your-anthropic-api-key>"],
  ["masked key", "STRIPE_SECRET_KEY", () => g.j("sk", "_live_", "••••••••••••", g.s(4))],
  ["masked key with dots", "OPENAI_API_KEY", () => g.j("sk-", "proj-", "...", g.s(4))],
  ["XXXX placeholder", "GITHUB_TOKEN", () => g.j("gh", "p_", "X".repeat(36))],
  ["Vault reference", "DATABASE_PASSWORD", () => "vault:secret/data/prod/db#password"],
  ["AWS SSM reference", "SLACK_BOT_TOKEN", () => "{{resolve:ssm-secure:/prod/slack/bot-token:3}}"],
  ["1Password reference", "SENDGRID_API_KEY", () => "op://Engineering/SendGrid/credential"],
  ["Azure Key Vault reference", "AZURE_CLIENT_SECRET", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/client-secret/)"],
  ["GCP Secret Manager reference", "DD_API_KEY", () => "sm://acme-prod/datadog-api-key/latest"],
  ["GitHub Actions secrets expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"],
  ["Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", () => g.j("pk", "_live_", "51", g.s(97, ALNUM))],
  ["Stripe customer id", "STRIPE_CUSTOMER_ID", () => g.j("cu", "s_", g.s(14))],
  ["Stripe payment intent id", "PAYMENT_INTENT", () => g.j("p", "i_", "3", g.s(23))],
  ["OpenAI completion id", "COMPLETION_ID", () => g.j("chat", "cmpl-", g.s(29))],
  ["Anthropic message id", "MESSAGE_ID", () => g.j("ms", "g_01", g.s(22))],
  ["OpenAI org id", "OPENAI_ORG_ID", () => g.j("or", "g-", g.s(24))],
  ["Slack channel id", "SLACK_CHANNEL_ID", () => g.j("C0", g.s(9, UPNUM))],
  ["Grafana dashboard uid", "DASHBOARD_UID", () => g.s(14, LOWNUM)],
  ["AWS account id", "AWS_ACCOUNT_ID", () => g.dig(12)],
  ["AWS ARN", "ROLE_ARN", () => g.j("arn:aws:iam::", g.dig(12), ":role/deploy-", g.s(6, LOWNUM))],
  ["ULID", "JOB_ID", () => g.s(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")],
  ["Google OAuth client id", "GOOGLE_CLIENT_ID", () => g.j(g.dig(12), "-", g.s(32, LOWNUM), ".apps.googleusercontent.com")],
  ["Kafka consumer group id", "KAFKA_GROUP_ID", () => g.j("orders-consumer-", g.hex(12))],
  ["Datadog trace id", "DD_TRACE_ID", () => g.dig(19)],
  ["Docker build cache key", "CACHE_KEY", () => g.j("linux-node20-", g.hex(64))],
  ["Cloud Run revision", "K_REVISION", () => g.j("api-000", g.dig(2), "-", g.s(3, LOWNUM))],
  ["SOPS encrypted value", "DB_PASSWORD", () => g.j("ENC[AES256_GCM,data:", g.s(32, B64), "=,iv:", g.s(43, B64), "=,tag:", g.s(22, B64), "==,type:str]")],
  ["Kubernetes secretKeyRef", "API_KEY", () => "valueFrom.secretKeyRef(name=api-secrets,key=api-key)"],
  ["env default empty", "MAILGUN_API_KEY", () => ""],
  ["changeme placeholder", "ADMIN_PASSWORD", () => "changeme"],
  ["redacted", "AWS_SECRET_ACCESS_KEY", () => "[REDACTED]"],
  ["stars mask", "TWILIO_AUTH_TOKEN", () => "********************************"],
  ["Git LFS oid", "LFS_OID", () => g.j("sha256:", g.hex(64))],
  ["MD5 checksum", "MD5SUM", () => g.hex(32)],
  ["base64 SHA-256 (CSP hash)", "CSP_SCRIPT_HASH", () => g.j("'sha256-", g.s(43, B64), "='")],
  ["Firebase project id", "FIREBASE_PROJECT_ID", () => g.j("acme-prod-", g.s(5, LOWNUM))],
  ["Mongo ObjectId", "TENANT_OBJECT_ID", () => g.hex(24)],
  ["semver + build metadata", "APP_VERSION", () => g.j("4.18.2+build.", g.hex(7))],
  ["template expression", "HF_TOKEN", () => "{{ .Values.huggingface.token }}"],
  ["Terraform variable ref", "CLOUDFLARE_API_TOKEN", () => "var.cloudflare_api_token"],
  ["shell command substitution", "GITLAB_TOKEN", () => "$(cat /run/secrets/gitlab_token)"],
  ["Docker secret file path", "POSTGRES_PASSWORD_FILE", () => "/run/secrets/postgres_password"],
  ["OpenAI file id", "TRAINING_FILE_ID", () => g.j("fi", "le-", g.s(22))],
  ["Assistants id", "ASSISTANT_ID", () => g.j("as", "st_", g.s(24))],
  ["Vercel project id", "VERCEL_PROJECT_ID", () => g.j("pr", "j_", g.s(28))],
  ["Idempotency key uuid", "IDEMPOTENCY_KEY", () => g.uuid()],
  ["Salesforce record id", "SF_ACCOUNT_ID", () => g.j("001", g.s(15, ALNUM))],
  ["Azure tenant id", "AZURE_TENANT_ID", () => g.uuid()],
  ["Azure subscription id", "AZURE_SUBSCRIPTION_ID", () => g.uuid()],
  ["GitHub run id", "GITHUB_RUN_ID", () => g.dig(11)],
  ["pip hash", "PIP_HASH", () => g.j("--hash=sha256:", g.hex(64))],
  ["Cargo.lock checksum", "CHECKSUM", () => g.hex(64)],
  ["OpenTelemetry span id", "SPAN_ID", () => g.hex(16)],
];

const toks: Tok[] = rotSpecs.map(([what, slot, build]) => ({ provider: what, slot, value: build(), group: "benign" }));
const rotated: CorpusCase[] = toks.map((t, i) => {
  const rd = RENDERERS[(i * 3 + 5) % RENDERERS.length]!;
  return {
    id: `y49-b-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: "heldouty49-benign",
    label: "benign",
    text: rd.render(t, g),
    note: `benign: ${t.provider} (${t.slot}) in ${rd.name}`,
  };
});

const sshPub = (type: string, bytes: number) => g.j(type, " AAAA", g.s(bytes, B64), " deploy@ci-runner");
const cert = () => g.pem("CERTIFICATE", 700);
const pubKey = () => g.pem("PUBLIC KEY", 294);

const hand: [string, string][] = [
  ["PEM certificate in chat body", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `nginx says the chain is incomplete, this is my fullchain.pem:\n\n${cert()}\n${cert()}` }] })],
  ["PEM public key in JSON config", JSON.stringify({ issuer: "https://auth.acme.io", jwtVerificationKey: pubKey(), audience: "api" }, null, 2)],
  ["SSH ed25519 public key in authorized_keys", `${sshPub("ssh-ed25519", 64)}\n${sshPub("ssh-rsa", 368)}\n`],
  ["SSH public key in cloud-init", `#cloud-config\nusers:\n  - name: deploy\n    groups: sudo\n    ssh_authorized_keys:\n      - ${sshPub("ssh-ed25519", 64)}\n`],
  ["known_hosts", `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA${g.s(44, B64)}\ngitlab.acme.io ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAI${g.s(140, B64)}=\n`],
  ["SOPS-encrypted YAML", `db:\n    password: ENC[AES256_GCM,data:${g.s(24, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\n    user: ENC[AES256_GCM,data:${g.s(8, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\nsops:\n    age:\n        - recipient: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${g.s(64, B64)}\n            ${g.s(40, B64)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2026-11-20T09:12:44Z"\n    mac: ENC[AES256_GCM,data:${g.s(88, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\n    version: 3.9.1\n`],
  ["SealedSecret manifest", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-secrets\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.s(380, B64)}==\n    DATABASE_URL: AgC${g.s(420, B64)}=\n`],
  ["ansible-vault blob", `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${g.hex(80)}\n  ${g.hex(80)}\n  ${g.hex(80)}\n  ${g.hex(40)}\n`],
  ["minified JS bundle", `!function(e,t){"object"==typeof exports?module.exports=t():e.${g.s(6, "abcdefghij")}=t()}(this,function(){var n="${g.s(40, B64URL)}",r=function(e){return e.split("").map(function(e){return e.charCodeAt(0).toString(16)}).join("")};return{h:r,k:n,v:"3.2.1"}});\n//# sourceMappingURL=app.${g.hex(20)}.js.map`],
  ["CSS with hashed class names", `.Button_root__${g.s(5, B64URL)}{display:inline-flex;padding:.5rem 1rem}.Button_primary__${g.s(5, B64URL)}{background:#${g.hex(6)};color:#fff}\n.css-${g.s(7, LOWNUM)}{margin:0;font-family:Inter,sans-serif}\n@font-face{font-family:Inter;src:url(/_next/static/media/${g.hex(16)}.woff2) format("woff2")}`],
  ["base64 PNG data URI in HTML", `<img alt="logo" width="32" height="32" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.s(400, B64)}AAAAAElFTkSuQmCC" />`],
  ["package-lock entry", JSON.stringify({ "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: `sha512-${g.s(86, B64)}==`, license: "MIT" } }, null, 2)],
  ["go.sum lines", `github.com/stretchr/testify v1.9.0 h1:${g.s(43, B64)}=\ngithub.com/stretchr/testify v1.9.0/go.mod h1:${g.s(43, B64)}=\n`],
  ["git log output", `commit ${g.hex(40)}\nAuthor: Dana <dana@acme.io>\nDate:   Thu Nov 27 10:22:01 2026 +0000\n\n    fix(api): retry on 429\n\ncommit ${g.hex(40)}\nMerge: ${g.hex(7)} ${g.hex(7)}\n`],
  ["docker pull output", `latest: Pulling from acme/api\n${g.hex(12)}: Pull complete\n${g.hex(12)}: Pull complete\nDigest: sha256:${g.hex(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api:latest`],
  ["Stripe webhook event payload (ids only)", JSON.stringify({ id: g.j("ev", "t_", "1", g.s(23)), object: "event", type: "invoice.paid", data: { object: { id: g.j("in", "_", "1", g.s(23)), customer: g.j("cu", "s_", g.s(14)), subscription: g.j("su", "b_", "1", g.s(23)) } }, request: { id: g.j("re", "q_", g.s(14)), idempotency_key: g.uuid() } }, null, 2)],
  ["OpenAI response body", JSON.stringify({ id: g.j("chat", "cmpl-", g.s(29)), object: "chat.completion", created: 1764400000, model: "gpt-4.1-2025-04-14", system_fingerprint: g.j("fp_", g.hex(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] })],
  ["HTTP response headers with ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${g.uuid()}\ncf-ray: ${g.hex(16)}-FRA\nx-amzn-trace-id: Root=1-${g.hex(8)}-${g.hex(24)}\netag: W/"${g.hex(32)}"\nx-cache: Hit from cloudfront\nx-amz-cf-id: ${g.s(56, B64URL)}==`],
  ["curl with env var header", `curl -sS https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "OpenAI-Organization: ${g.j("or", "g-", g.s(24))}"`],
  ["docs placeholder snippet", `## Configure\n\n\`\`\`bash\nexport ANTHROPIC_API_KEY="sk-ant-..."\nexport GITHUB_TOKEN=<your-token-here>\nexport AWS_SECRET_ACCESS_KEY=YOUR_SECRET_ACCESS_KEY\n\`\`\`\n`],
  ["JWKS public keys", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(40), alg: "RS256", n: g.s(342, B64URL), e: "AQAB" }] }, null, 2)],
  ["CSP header with nonce and hashes", `Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-${g.s(22, B64)}==' 'sha256-${g.s(43, B64)}='; style-src 'self' 'unsafe-inline'`],
  ["SRI script tag", `<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${g.s(64, B64)}" crossorigin="anonymous"></script>`],
  ["Terraform state without secrets", JSON.stringify({ version: 4, terraform_version: "1.9.8", serial: 42, lineage: g.uuid(), resources: [{ mode: "managed", type: "aws_s3_bucket", name: "logs", instances: [{ attributes: { arn: "arn:aws:s3:::acme-logs-prod", id: "acme-logs-prod", hosted_zone_id: g.s(14, UPNUM) } }] }] }, null, 2)],
  ["k8s Secret with non-secret data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("debug").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("beta,new-nav").toString("base64")}\n`],
  ["PGP public key block", g.pem("PGP PUBLIC KEY BLOCK", 400)],
  ["age recipient (public)", `# .sops.yaml\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`],
  ["Python test with fake hex hashes", `def test_digest():\n    assert sha256(b"hello") == "${g.hex(64)}"\n    assert md5(b"hello") == "${g.hex(32)}"\n`],
  ["CI log with cache keys and SHAs", `Run actions/cache@v4\nCache restored from key: Linux-pnpm-store-${g.hex(64)}\nHEAD is now at ${g.hex(7)} chore: bump deps\nUploading artifact dist (sha256 ${g.hex(64)})\n`],
  ["nonce and CSRF form field (rendered HTML)", `<form method="post" action="/settings">\n  <input type="hidden" name="form_build_id" value="form-${g.s(43, B64URL)}">\n  <input type="submit" value="Save">\n</form>`],
  ["Go struct with obfuscated mask", `cfg := Config{\n\tAPIKey:  os.Getenv("DATADOG_API_KEY"),\n\tAppKey:  mustSecret(ctx, "projects/acme/secrets/dd-app-key/versions/latest"),\n\tSite:    "datadoghq.eu",\n}\nlog.Printf("using key %s", mask(cfg.APIKey)) // prints ****${g.hex(4)}\n`],
  ["SQL with hashed passwords (bcrypt)", `INSERT INTO users (id, email, password_hash) VALUES\n  (1, 'ana@acme.io', '$2b$12$${g.s(53, ALNUM + "./")}'),\n  (2, 'bo@acme.io', '$2b$12$${g.s(53, ALNUM + "./")}');\n`],
  ["Argon2 hash in config", `admin:\n  username: root\n  password_hash: "$argon2id$v=19$m=65536,t=3,p=4$${g.s(22, B64.slice(0, 64))}$${g.s(43, B64.slice(0, 64))}"\n`],
  ["Notebook output with dataframe hashes", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 7, source: ["df.head()"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`   user_id                              hashed_email\n0  ${g.dig(6)}  ${g.hex(64)}\n1  ${g.dig(6)}  ${g.hex(64)}`] } }] }], nbformat: 4, nbformat_minor: 5 })],
  ["Android keystore SHA-1 fingerprint", `Certificate fingerprints:\n\t SHA1: ${Array.from({ length: 20 }, () => g.hex(2).toUpperCase()).join(":")}\n\t SHA256: ${Array.from({ length: 32 }, () => g.hex(2).toUpperCase()).join(":")}\nSignature algorithm name: SHA256withRSA`],
  ["Git diff of lockfile", `diff --git a/yarn.lock b/yarn.lock\n@@ -1201,7 +1201,7 @@\n react@^18.3.1:\n-  resolved "https://registry.yarnpkg.com/react/-/react-18.3.0.tgz#${g.hex(40)}"\n-  integrity sha512-${g.s(86, B64)}==\n+  resolved "https://registry.yarnpkg.com/react/-/react-18.3.1.tgz#${g.hex(40)}"\n+  integrity sha512-${g.s(86, B64)}==\n`],
  ["MCP result listing secret names only", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: "NAME                 TYPE     DATA   AGE\nstripe-keys          Opaque   2      41d\nopenai               Opaque   1      12d\nregistry-pull        kubernetes.io/dockerconfigjson 1 300d" }] } })],
  ["tool call writing .env.example", JSON.stringify({ type: "tool_use", id: `toolu_01${g.s(22)}`, name: "write_file", input: { path: ".env.example", content: "OPENAI_API_KEY=\nSTRIPE_SECRET_KEY=sk_live_replace_me\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSLACK_BOT_TOKEN=xoxb-your-token\n" } })],
  ["UUID list in JSON", JSON.stringify({ deleted: Array.from({ length: 6 }, () => g.uuid()), next_cursor: g.s(32, B64URL) })],
  ["HCL with data source refs", `data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/db/password"\n}\n\nresource "aws_db_instance" "main" {\n  password = data.aws_secretsmanager_secret_version.db.secret_string\n  kms_key_id = "arn:aws:kms:eu-west-1:${g.dig(12)}:key/${g.uuid()}"\n}\n`],
  ["XML with thumbprint and ids", `<configuration>\n  <appSettings>\n    <add key="CertificateThumbprint" value="${g.hex(40).toUpperCase()}" />\n    <add key="TenantId" value="${g.uuid()}" />\n    <add key="ApiKey" value="#{ApiKey}#" />\n  </appSettings>\n</configuration>`],
];

const handCases: CorpusCase[] = hand.map(([what, text], i) => ({
  id: `y49-bk-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty49-benign",
  label: "benign",
  text,
  note: `benign: ${what}`,
}));

export const cases: CorpusCase[] = [...rotated, ...handCases];
void HEX;
