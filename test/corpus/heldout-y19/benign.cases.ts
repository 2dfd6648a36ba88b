// heldout-y19 benign: hard look-alikes in the same contexts (digests, ids, public material,
// placeholders, secret-manager references, encrypted blobs, minified code, images).
import type { CorpusCase } from "../types.ts";
import { Gen, j, rotate, RENDERERS, type Spec, B32 } from "./_gen.ts";

const g = new Gen(0x19be);
const B = (provider: string, env: string, value: string, hdr?: string, host?: string): Spec => ({ group: "benign", provider, env, value, hdr, host: host ?? "api.acme-internal.io", svc: "app" });
const RID = "X-Request-Id: ";

const EXCLUDE = new Set([
  "chat message to agent",
  "Markdown setup doc",
  "jest test fixture",
  "Anthropic tool_use write_file config.yaml",
  "Terraform HCL",
  "Kubernetes Secret stringData",
  "MCP tool result echoing a file",
]);
const SAFE = RENDERERS.filter((r) => !EXCLUDE.has(r.name));

const ulid = () => j("01J", g.s(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"));

const specs: Spec[] = [
  B("git commit SHA", "GIT_COMMIT_SHA", g.h(40), "X-Build-Commit: "),
  B("git short SHA", "BUILD_REVISION", g.h(12), "X-Build-Revision: "),
  B("SHA-256 artifact digest", "ARTIFACT_SHA256", g.h(64), "X-Checksum-Sha256: "),
  B("OCI image digest", "IMAGE_DIGEST", j("sha256:", g.h(64)), "Docker-Content-Digest: "),
  B("SRI integrity hash", "BUNDLE_INTEGRITY", j("sha384-", g.b64bytes(48)), "X-Integrity: "),
  B("npm lockfile integrity", "LOCK_INTEGRITY", j("sha512-", g.b64bytes(64)), "X-Integrity: "),
  B("MD5 ETag", "CACHE_ETAG", g.h(32), "If-None-Match: "),
  B("request id UUID", "REQUEST_ID", g.uuid(), RID),
  B("W3C traceparent", "TRACEPARENT", j("00-", g.h(32), "-", g.h(16), "-01"), "traceparent: "),
  B("OpenTelemetry trace id", "OTEL_TRACE_ID", g.h(32), "X-Trace-Id: "),
  B("AWS request id", "AWS_REQUEST_ID", g.uuid(), "x-amzn-RequestId: "),
  B("Cloudflare ray id", "CF_RAY", j(g.h(16), "-FRA"), "cf-ray: "),
  B("ULID job id", "JOB_ID", ulid(), "X-Job-Id: "),
  B("Stripe customer id", "STRIPE_CUSTOMER_ID", j("cus", "_", g.a(14)), "X-Customer: "),
  B("Stripe payment intent id", "PAYMENT_INTENT_ID", j("pi", "_", g.a(24)), "Idempotency-Key: "),
  B("Stripe price id", "STRIPE_PRICE_ID", j("price", "_", g.a(24)), "X-Price: "),
  B("Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", j("pk", "_live_", g.a(99)), "X-Stripe-Publishable: "),
  B("OpenAI completion id", "LAST_COMPLETION_ID", j("chatcmpl", "-", g.a(29)), RID),
  B("OpenAI assistant id", "OPENAI_ASSISTANT_ID", j("asst", "_", g.a(24)), "X-Assistant: "),
  B("OpenAI org id", "OPENAI_ORG_ID", j("org", "-", g.a(24)), "OpenAI-Organization: "),
  B("OpenAI project id", "OPENAI_PROJECT_ID", j("proj", "_", g.a(24)), "OpenAI-Project: "),
  B("Anthropic message id", "LAST_MESSAGE_ID", j("msg", "_01", g.a(22)), RID),
  B("Anthropic request id", "ANTHROPIC_REQUEST_ID", j("req", "_011C", g.a(20)), "request-id: "),
  B("Slack channel id", "SLACK_CHANNEL_ID", j("C0", g.u(9)), "X-Channel: "),
  B("Slack team id", "SLACK_TEAM_ID", j("T0", g.u(8)), "X-Team: "),
  B("Twilio message SID", "LAST_MESSAGE_SID", j("SM", g.h(32)), RID),
  B("AWS IAM role ARN", "AWS_ROLE_ARN", j("arn:aws:iam::", g.d(12), ":role/ci-deployer"), "X-Role: "),
  B("AWS KMS key id", "KMS_KEY_ID", j("arn:aws:kms:us-east-1:", g.d(12), ":key/", g.uuid()), "X-Kms-Key: "),
  B("GCP project number", "GCP_PROJECT_NUMBER", g.d(12), "X-Goog-User-Project: "),
  B("Azure subscription id", "AZURE_SUBSCRIPTION_ID", g.uuid(), "X-Subscription: "),
  B("Azure tenant id", "AZURE_TENANT_ID", g.uuid(), "X-Tenant: "),
  B("Vercel deployment id", "VERCEL_DEPLOYMENT_ID", j("dpl", "_", g.a(28)), "x-vercel-id: "),
  B("Vercel project id", "VERCEL_PROJECT_ID", j("prj", "_", g.a(28)), "X-Project: "),
  B("GitHub Actions run id", "GITHUB_RUN_ID", g.d(11), "X-Run: "),
  B("GitHub node id", "REPO_NODE_ID", j("R_kgDO", g.ub(8)), "X-Node: "),
  B("npm package shasum", "PKG_SHASUM", g.h(40), "X-Shasum: "),
  B("Go module sum", "GOSUM_HASH", j("h1:", g.b64bytes(32)), "X-Gosum: "),
  B("Nix store hash", "NIX_STORE_PATH", j("/nix/store/", g.s(32, "0123456789abcdfghijklmnpqrsvwxyz"), "-nodejs-22.11.0"), "X-Store: "),
  B("Docker container id", "CONTAINER_ID", g.h(64), "X-Container: "),
  B("Kubernetes pod uid", "POD_UID", g.uuid(), "X-Pod: "),
  B("MongoDB ObjectId", "LAST_ORDER_ID", g.h(24), "X-Order: "),
  B("Segment anonymous id", "ANONYMOUS_ID", g.uuid(), "X-Anon: "),
  B("Datadog trace id (decimal)", "DD_TRACE_ID", g.d(19), "x-datadog-trace-id: "),
  B("Elastic document id", "ES_DOC_ID", g.ub(20), "X-Doc: "),
  B("base32 build label", "APP_BUILD_LABEL", j("build-", g.s(16, B32).toLowerCase()), "X-Build: "),
  B("masked OpenAI key", "OPENAI_API_KEY", j("sk-", "proj-", "...XXXX")),
  B("placeholder Anthropic key", "ANTHROPIC_API_KEY", "<your-anthropic-key>", "x-api-key: "),
  B("env interpolation", "STRIPE_SECRET_KEY", "${STRIPE_SECRET_KEY}"),
  B("GitHub Actions secret reference", "NPM_TOKEN", "${{ secrets.NPM_TOKEN }}"),
  B("1Password reference", "DATABASE_PASSWORD", "op://Production/orders-db/password", "X-Ref: "),
  B("AWS Secrets Manager ARN", "DB_SECRET_ARN", j("arn:aws:secretsmanager:eu-west-1:", g.d(12), ":secret:prod/orders/db-", g.a(6)), "X-Ref: "),
  B("GCP Secret Manager path", "API_KEY_SECRET", "projects/acme-prod-4471/secrets/payments-api-key/versions/latest", "X-Ref: "),
  B("Azure Key Vault reference", "SENDGRID_API_KEY", "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid-key/)", "X-Ref: "),
  B("Vault path reference", "SLACK_BOT_TOKEN", "vault:secret/data/slack#bot_token", "X-Ref: "),
  B("SSM parameter reference", "GITHUB_TOKEN", "{{resolve:ssm-secure:/ci/github-token:3}}", "X-Ref: "),
  B("redacted value", "TWILIO_AUTH_TOKEN", "********", "X-Ref: "),
  B("SOPS-encrypted value", "DD_API_KEY", j("ENC[AES256_GCM,data:", g.b64bytes(24), ",iv:", g.b64bytes(32), ",tag:", g.b64bytes(16), ",type:str]"), "X-Ref: "),
  B("empty placeholder with hint", "MAILGUN_API_KEY", "changeme", "X-Ref: "),
  B("Doppler CLI reference", "RESEND_API_KEY", "$(doppler secrets get RESEND_API_KEY --plain)", "X-Ref: "),
  B("masked Slack token", "SLACK_BOT_TOKEN", j("xo", "xb-", "****-****-", "*".repeat(8)), "X-Ref: "),
];

const nb = rotate(specs, "y19-b", "", "benign", 0, "heldouty19-benign", SAFE);
// Notes name the look-alike kind, slot and context; mark them as benign.
for (const c of nb) c.note = `benign: ${c.note}`;

// Handcrafted benign cases.
const cert = g.pem("CERTIFICATE", 900);
const pub = g.pem("PUBLIC KEY", 294);
const sshpub = j("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", g.b64(43), " dev@laptop");
const sshrsa = j("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ", g.b64(540), " ci@build-01");
const png = g.b64bytes(300);
const av = Array.from({ length: 8 }, () => g.h(80)).join("\n");
const sealed = g.b64bytes(420);
const sopsData = g.b64bytes(40);
const hand: { note: string; text: string }[] = [
  { note: "benign: PEM certificate chain in nginx config write_file tool call", text: JSON.stringify({ type: "tool_use", id: "toolu_08", name: "write_file", input: { path: "/etc/nginx/tls/fullchain.pem", content: `${cert}\n` } }, null, 2) },
  { note: "benign: SPKI public key in JWT verify code (Node)", text: `import { createPublicKey, verify } from "node:crypto";\n\nconst PUBLIC_KEY = \`${pub}\`;\n\nexport const key = createPublicKey(PUBLIC_KEY);` },
  { note: "benign: SSH public keys in authorized_keys via shell tool", text: JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_3", type: "function", function: { name: "bash", arguments: JSON.stringify({ command: `cat >> ~/.ssh/authorized_keys <<'EOF'\n${sshpub}\n${sshrsa}\nEOF` }) } }] }, null, 2) },
  { note: "benign: base64 PNG data URI in CSS", text: `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAg${png}");\n  background-size: contain;\n}` },
  { note: "benign: ansible-vault encrypted file in MCP read result", text: JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: `$ANSIBLE_VAULT;1.1;AES256\n${av}\n` }] } }, null, 2) },
  { note: "benign: Bitnami SealedSecret encryptedData", text: `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: ${j("AgB", sealed)}\n  template:\n    metadata:\n      name: api-credentials` },
  { note: "benign: SOPS-encrypted YAML with sops metadata", text: `stripe:\n    secret_key: ENC[AES256_GCM,data:${sopsData},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-1:${g.d(12)}:key/${g.uuid()}\n          created_at: "2026-11-02T10:11:12Z"\n    lastmodified: "2026-11-02T10:11:13Z"\n    mac: ENC[AES256_GCM,data:${g.b64bytes(32)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\n    version: 3.9.1` },
  { note: "benign: package-lock entries with integrity hashes", text: JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "19.0.0", resolved: "https://registry.npmjs.org/react/-/react-19.0.0.tgz", integrity: j("sha512-", g.b64bytes(64)) }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: j("sha512-", g.b64bytes(64)) } } }, null, 2) },
  { note: "benign: go.sum lines", text: `github.com/google/uuid v1.6.0 h1:${g.b64bytes(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64bytes(32)}\ngolang.org/x/sys v0.27.0 h1:${g.b64bytes(32)}` },
  { note: "benign: k8s Deployment pinned image digests", text: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api@sha256:${g.h(64)}\n        - name: sidecar\n          image: envoyproxy/envoy@sha256:${g.h(64)}` },
  { note: "benign: git log output in shell tool result", text: `$ git log --oneline -5\n${g.h(7)} fix: retry on 429\n${g.h(7)} chore(deps): bump zod\n${g.h(7)} feat: webhook signature verification\n${g.h(7)} docs: update README\n${g.h(7)} ci: cache pnpm store\n$ git rev-parse HEAD\n${g.h(40)}` },
  { note: "benign: Stripe webhook event JSON (object ids only)", text: JSON.stringify({ id: j("evt", "_", g.a(24)), object: "event", type: "payment_intent.succeeded", data: { object: { id: j("pi", "_", g.a(24)), customer: j("cus", "_", g.a(14)), latest_charge: j("ch", "_", g.a(24)), amount: 4200, currency: "eur" } }, request: { id: j("req", "_", g.a(14)), idempotency_key: g.uuid() } }, null, 2) },
  { note: "benign: OpenAI chat completion response with ids", text: JSON.stringify({ id: j("chatcmpl", "-", g.a(29)), object: "chat.completion", created: 1733400000, model: "gpt-4o-2024-08-06", system_fingerprint: j("fp", "_", g.h(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 120, completion_tokens: 3 } }, null, 2) },
  { note: "benign: minified JS bundle fragment", text: `!function(e,t){"object"==typeof exports?module.exports=t():e.acme=t()}(this,function(){var e="${g.a(24)}",t=function(n){return n.split("").reverse().join("")};return{v:"4.2.1",h:"${g.h(40)}",r:t,k:e.length}});\n//# sourceMappingURL=app.${g.h(8)}.js.map` },
  { note: "benign: CSS-in-JS hashed class names", text: `.css-${g.l(6)}{display:flex;gap:8px}.css-${g.l(6)}-Button{padding:4px 12px;border-radius:6px}.sc-${g.a(6)}.${g.a(6)}{color:#1f2937}\n.__jsx-style-${g.d(10)}{margin:0}` },
  { note: "benign: JWKS public keys (RSA n/e) from discovery endpoint in curl output", text: `$ curl -s https://acme.us.auth0.com/.well-known/jwks.json\n${JSON.stringify({ keys: [{ kty: "RSA", use: "sig", alg: "RS256", kid: g.ub(27), n: g.ub(342), e: "AQAB", x5t: g.ub(27) }] }, null, 2)}` },
  { note: "benign: .env.example with placeholders", text: `# Copy to .env and fill in\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=your-anthropic-key-here\nSTRIPE_SECRET_KEY=${j("sk", "_live_", "x".repeat(24))}\nGITHUB_TOKEN=<github-token>\nDATABASE_URL=postgres://user:password@localhost:5432/app` },
  { note: "benign: CI log with masked secrets", text: `2026-12-03T11:02:10.0000000Z ##[group]Run npm publish\n2026-12-03T11:02:10.0001000Z env:\n2026-12-03T11:02:10.0001100Z   NODE_AUTH_TOKEN: ***\n2026-12-03T11:02:10.0001200Z   OPENAI_API_KEY: ***\n2026-12-03T11:02:12.4410000Z + @acme/sdk@2.8.0\n2026-12-03T11:02:12.4420000Z shasum: ${g.h(40)}\n2026-12-03T11:02:12.4430000Z integrity: sha512-${g.b64bytes(18)}[...]${g.b64(6)}==` },
  { note: "benign: Terraform using data sources for secrets", text: `data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/orders/db"\n}\n\nresource "aws_db_instance" "orders" {\n  identifier     = "orders-prod"\n  engine         = "postgres"\n  username       = "app"\n  password       = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]\n  kms_key_id     = "arn:aws:kms:eu-west-1:${g.d(12)}:key/${g.uuid()}"\n}` },
  { note: "benign: Python code reading keys from env only", text: `import os\nfrom openai import OpenAI\nfrom anthropic import Anthropic\n\nopenai = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nclaude = Anthropic(api_key=os.getenv("ANTHROPIC_API_KEY"))\nRUN_ID = "${g.uuid()}"` },
  { note: "benign: SQL rows with UUIDs and hashes", text: `INSERT INTO uploads (id, owner_id, sha256, etag, created_at) VALUES\n  ('${g.uuid()}', '${g.uuid()}', '${g.h(64)}', '"${g.h(32)}"', NOW()),\n  ('${g.uuid()}', '${g.uuid()}', '${g.h(64)}', '"${g.h(32)}"', NOW());` },
  { note: "benign: bcrypt and argon2 password hashes in a fixture (not reversible)", text: `export const users = [\n  { email: "a@example.com", passwordHash: "$2b$12$${g.s(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}" },\n  { email: "b@example.com", passwordHash: "$argon2id$v=19$m=65536,t=3,p=4$${g.b64(22)}$${g.b64(43)}" },\n];` },
  { note: "benign: Jupyter output with model checkpoint hashes", text: JSON.stringify({ cells: [{ cell_type: "code", execution_count: 7, metadata: {}, outputs: [{ output_type: "stream", name: "stdout", text: [`checkpoint sha256=${g.h(64)}\n`, `run id: ${g.h(8)}\n`] }], source: ["ckpt = load('model.safetensors')\n"] }], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 2) },
  { note: "benign: HTTP response headers with ids and digests", text: `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${g.uuid()}\nx-amz-cf-id: ${g.ub(56)}==\netag: W/"${g.h(32)}"\ndigest: sha-256=${g.b64bytes(32)}\nstrict-transport-security: max-age=63072000` },
  { note: "benign: Markdown doc describing key format with masked example", text: `## API keys\n\nKeys look like \`sk-proj-…\` followed by a long random string. Never paste them here; in logs we show only the last four characters, e.g. \`sk-proj-****a1b2\`.\n\nSet \`OPENAI_API_KEY\` in your shell profile or use \`op run --env-file=.env.tpl\`.` },
  { note: "benign: diff replacing literal with env reference", text: `--- a/src/config.ts\n+++ b/src/config.ts\n@@ -1,4 +1,4 @@\n export const config = {\n-  stripeKey: process.env.STRIPE_SECRET_KEY ?? "",\n+  stripeKey: requireEnv("STRIPE_SECRET_KEY"),\n   webhookPath: "/hooks/stripe",\n };` },
  { note: "benign: Helm values with existingSecret references", text: `postgresql:\n  auth:\n    existingSecret: orders-db\n    secretKeys:\n      adminPasswordKey: postgres-password\n      userPasswordKey: password\nredis:\n  auth:\n    existingSecret: redis-auth\n    existingSecretPasswordKey: redis-password\nimage:\n  digest: sha256:${g.h(64)}` },
  { note: "benign: Java test with UUID and hex constants", text: `class IdsTest {\n    private static final UUID TENANT = UUID.fromString("${g.uuid()}");\n    private static final String SHA1 = "${g.h(40)}";\n\n    @Test void parses() {\n        assertEquals(40, SHA1.length());\n    }\n}` },
  { note: "benign: crash dump with memory addresses and build id", text: `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x${g.h(7)}]\n\ngoroutine 42 [running]:\nmain.(*Worker).flush(0xc000${g.h(6)})\n\t/src/worker.go:88 +0x${g.h(3)}\nbuild id: ${g.h(40)}\nvcs.revision=${g.h(40)}` },
  { note: "benign: Docker build output with layer digests", text: `#5 [2/6] WORKDIR /app\n#5 CACHED\n#9 exporting layers 0.4s done\n#9 writing image sha256:${g.h(64)} done\n#9 naming to ghcr.io/acme/api:1.14.2 done\n#10 pushing layers\n#10 digest: sha256:${g.h(64)} size: 1785` },
  { note: "benign: chat body asking about a hash mismatch (pasted checksums)", text: JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `checksum mismatch on download, expected ${g.h(64)} got ${g.h(64)}. is the mirror stale?` }] }, null, 2) },
  { note: "benign: TOML with public keys and secret references", text: `[signing]\npublic_key = "age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}"\nminisign_pubkey = "RWQ${g.b64(53)}"\n\n[secrets]\nprovider = "doppler"\nproject = "api"\nconfig = "prd"` },
  { note: "benign: cosign / sigstore signature bundle fields", text: JSON.stringify({ mediaType: "application/vnd.dev.sigstore.bundle.v0.3+json", verificationMaterial: { certificate: { rawBytes: g.b64bytes(120) } }, messageSignature: { messageDigest: { algorithm: "SHA2_256", digest: g.b64bytes(32) }, signature: g.b64bytes(70) } }, null, 2) },
  { note: "benign: GitHub Actions pinned action SHAs", text: `steps:\n  - uses: actions/checkout@${g.h(40)} # v4.2.2\n  - uses: actions/setup-node@${g.h(40)} # v4.1.0\n    with:\n      node-version: 22\n  - run: npm ci\n    env:\n      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}` },
  { note: "benign: C# assembly public key token and GUIDs", text: `[assembly: Guid("${g.uuid()}")]\n[assembly: InternalsVisibleTo("Acme.Tests, PublicKey=0024000004800000940000000602000000240000525341310004000001000100${g.h(256)}")]` },
  { note: "benign: HTML with CSP nonce and SRI", text: `<script nonce="${g.b64bytes(16)}" src="https://cdn.acme.io/app.${g.h(8)}.js" integrity="sha384-${g.b64bytes(48)}" crossorigin="anonymous"></script>` },
  { note: "benign: Ruby Gemfile.lock checksums", text: `CHECKSUMS\n  rack (3.1.8) sha256=${g.h(64)}\n  rails (8.0.0) sha256=${g.h(64)}\n  zeitwerk (2.7.1) sha256=${g.h(64)}` },
  { note: "benign: PHP composer.lock dist shasum and reference", text: JSON.stringify({ packages: [{ name: "guzzlehttp/guzzle", version: "7.9.2", source: { type: "git", url: "https://github.com/guzzle/guzzle.git", reference: g.h(40) }, dist: { type: "zip", shasum: "" } }] }, null, 2) },
  { note: "benign: WebAuthn credential public key (COSE, base64url) in API log", text: `2026-12-04 09:12:44 INFO webauthn.register credentialId=${g.ub(43)} publicKey=pQECAyYgASFYI${g.ub(80)} aaguid=${g.uuid()}` },
];

export const cases: CorpusCase[] = [
  ...nb,
  ...hand.map((h, i) => ({
    id: `y19-bk-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets" as const,
    category: "heldouty19-benign",
    label: "benign" as const,
    text: h.text,
    note: h.note,
  })),
];
