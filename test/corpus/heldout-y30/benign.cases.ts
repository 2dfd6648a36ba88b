// heldout-y30 benign: hard look-alikes in the same contexts as the positives (digests, ids,
// public keys, publishable keys, placeholders, masks, secret-manager references, encrypted blobs,
// minified code, CSS, base64 images). Rendered through the shared renderers plus handcrafted.
import type { CorpusCase } from "../types.ts";
import { AN, B64U, Gen, HEX, j, LO, RENDERERS } from "./_gen.ts";

const CAT = "heldouty30-benign";

interface BSpec { p: string; k: string; v: (r: Gen) => string; h?: string; host?: string }

const specs: BSpec[] = [
  { p: "git commit SHA", k: "GIT_SHA", h: "X-Build-Commit", v: (r) => r.hex(40) },
  { p: "SHA-256 artifact digest", k: "ARTIFACT_SHA256", h: "X-Checksum-Sha256", v: (r) => r.hex(64) },
  { p: "container image digest", k: "IMAGE_DIGEST", h: "Docker-Content-Digest", v: (r) => j("sha256:", r.hex(64)) },
  { p: "tenant UUID", k: "TENANT_ID", h: "X-Tenant-Id", v: (r) => r.uuid() },
  { p: "request id", k: "REQUEST_ID", h: "X-Request-Id", v: (r) => j("req_", r.an(24)) },
  { p: "W3C traceparent", k: "TRACEPARENT", h: "traceparent", v: (r) => j("00-", r.hex(32), "-", r.hex(16), "-01") },
  { p: "Stripe publishable key", k: "STRIPE_PUBLISHABLE_KEY", h: "X-Publishable-Key", v: (r) => j("pk", "_live_", "51", r.an(97)) },
  { p: "Stripe customer id", k: "STRIPE_CUSTOMER_ID", h: "X-Customer", v: (r) => j("cus_", r.an(14)) },
  { p: "Stripe price id", k: "STRIPE_PRICE_ID", h: "X-Price", v: (r) => j("price_", "1", r.an(23)) },
  { p: "OpenAI assistant id", k: "OPENAI_ASSISTANT_ID", h: "X-Assistant-Id", v: (r) => j("asst_", r.an(24)) },
  { p: "OpenAI file id", k: "TRAINING_FILE_ID", h: "X-File-Id", v: (r) => j("file-", r.an(22)) },
  { p: "Anthropic message id", k: "LAST_MESSAGE_ID", h: "X-Message-Id", v: (r) => j("msg_01", r.an(22)) },
  { p: "npm integrity (SRI sha512)", k: "PACKAGE_INTEGRITY", h: "X-Integrity", v: (r) => j("sha512-", r.b64bytes(64)) },
  { p: "Go module sum hash", k: "GOSUM_H1", h: "X-Go-Sum", v: (r) => j("h1:", r.b64bytes(32)) },
  { p: "MongoDB ObjectId", k: "DEFAULT_ORG_OBJECT_ID", h: "X-Org", v: (r) => r.hex(24) },
  { p: "AWS KMS key ARN", k: "KMS_KEY_ARN", h: "X-Kms-Key", v: (r) => j("arn:aws:kms:us-east-1:", r.dig(12), ":key/", r.uuid()) },
  { p: "AWS Secrets Manager ARN reference", k: "DB_SECRET_ARN", h: "X-Secret-Ref", v: (r) => j("arn:aws:secretsmanager:eu-west-1:", r.dig(12), ":secret:prod/app/db-", r.an(6)) },
  { p: "1Password secret reference", k: "STRIPE_SECRET_KEY", h: "X-Secret-Ref", v: (r) => j("op://", r.pick(["Engineering", "Platform", "Payments"]), "/Stripe ", r.word(), "/credential") },
  { p: "GCP Secret Manager reference", k: "OPENAI_API_KEY", h: "X-Secret-Ref", v: (r) => j("projects/", r.dig(12), "/secrets/openai-api-key/versions/latest") },
  { p: "Azure Key Vault reference", k: "SENDGRID_API_KEY", h: "X-Secret-Ref", v: (r) => j("@Microsoft.KeyVault(SecretUri=https://kv-", r.word(), "-prod.vault.azure.net/secrets/sendgrid-api-key/)") },
  { p: "Vault path reference", k: "DATABASE_PASSWORD", h: "X-Secret-Ref", v: () => "vault:secret/data/prod/postgres#password" },
  { p: "env var interpolation placeholder", k: "ANTHROPIC_API_KEY", h: "X-Api-Key", v: () => "${ANTHROPIC_API_KEY}" },
  { p: "angle-bracket placeholder", k: "GITHUB_TOKEN", v: () => "<your-github-token>" },
  { p: "masked OpenAI key", k: "OPENAI_API_KEY", v: (r) => j("sk-", "proj-", "****************", r.an(4)) },
  { p: "masked Stripe key", k: "STRIPE_SECRET_KEY", v: (r) => j("sk", "_live_", "...", r.an(4)) },
  { p: "XXXX placeholder", k: "SLACK_BOT_TOKEN", v: () => "xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX" },
  { p: "SOPS encrypted value", k: "DB_PASSWORD", v: (r) => j("ENC[AES256_GCM,data:", r.b64bytes(24), ",iv:", r.b64bytes(32), ",tag:", r.b64bytes(16), ",type:str]") },
  { p: "Sealed Secrets ciphertext", k: "API_TOKEN", v: (r) => j("AgB", r.b64(400)) },
  { p: "Ethereum address (public)", k: "TREASURY_ADDRESS", h: "X-Wallet", v: (r) => j("0x", r.hex(40)) },
  { p: "age public recipient", k: "SOPS_AGE_RECIPIENTS", v: (r) => j("age1", r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")) },
  { p: "Google OAuth client id (public)", k: "GOOGLE_CLIENT_ID", h: "X-Client-Id", v: (r) => j(r.dig(12), "-", r.lo(32), ".apps.googleusercontent.com") },
  { p: "TLS certificate SHA-256 fingerprint", k: "PINNED_CERT_SHA256", h: "X-Pin", v: (r) => Array.from({ length: 32 }, () => r.str(2, "0123456789ABCDEF")).join(":") },
  { p: "GPG key fingerprint", k: "RELEASE_SIGNING_KEY_FPR", v: (r) => r.str(40, "0123456789ABCDEF") },
  { p: "webpack content hash bundle name", k: "MAIN_BUNDLE", v: (r) => j("static/js/main.", r.hex(8), ".chunk.js") },
  { p: "GitHub Actions run id", k: "GITHUB_RUN_ID", h: "X-Run-Id", v: (r) => r.dig(11) },
  { p: "Datadog trace id (decimal)", k: "DD_TRACE_ID", h: "x-datadog-trace-id", v: (r) => r.dig(19) },
  { p: "Slack channel id", k: "SLACK_ALERT_CHANNEL", v: (r) => j("C0", r.up(9)) },
  { p: "Nix store hash", k: "NIX_OUTPUT_HASH", v: (r) => j("sha256-", r.b64bytes(32)) },
  { p: "Helm checksum annotation", k: "CONFIG_CHECKSUM", v: (r) => r.hex(64) },
  { p: "Cloudflare zone id", k: "CLOUDFLARE_ZONE_ID", h: "X-Zone", v: (r) => r.hex(32) },
  { p: "Cloudflare account id", k: "CLOUDFLARE_ACCOUNT_ID", h: "X-Account", v: (r) => r.hex(32) },
  { p: "Sentry event id", k: "LAST_SENTRY_EVENT", h: "X-Sentry-Event", v: (r) => r.hex(32) },
  { p: "Terraform state lineage", k: "TF_STATE_LINEAGE", v: (r) => r.uuid() },
  { p: "Vercel project id", k: "VERCEL_PROJECT_ID", h: "X-Project", v: (r) => j("prj_", r.an(28)) },
  { p: "Vercel org id", k: "VERCEL_ORG_ID", h: "X-Team", v: (r) => j("team_", r.an(24)) },
  { p: "Auth0 client id (public)", k: "AUTH0_CLIENT_ID", h: "X-Client-Id", v: (r) => r.an(32) },
  { p: "Algolia application id", k: "ALGOLIA_APP_ID", h: "X-Algolia-Application-Id", v: (r) => r.up(10) },
  { p: "Firebase project number", k: "FIREBASE_MESSAGING_SENDER_ID", v: (r) => r.dig(12) },
  { p: "Docker image tag with short sha", k: "IMAGE", v: (r) => j("ghcr.io/acme/api:", "sha-", r.hex(7)) },
  { p: "password placeholder", k: "DB_PASSWORD", v: () => "changeme" },
  { p: "empty-value template", k: "OPENAI_API_KEY", v: () => "your_openai_api_key_here" },
  { p: "GitHub Actions secret expression", k: "NPM_TOKEN", v: () => "${{ secrets.NPM_TOKEN }}" },
  { p: "Kubernetes secretKeyRef name", k: "DATABASE_URL_SECRET_NAME", v: () => "postgres-credentials" },
  { p: "semantic version with build metadata", k: "APP_VERSION", h: "X-App-Version", v: (r) => j("3.", String(r.range(0, 20)), ".", String(r.range(0, 9)), "+build.", r.hex(12)) },
  { p: "AWS AMI id", k: "BASE_AMI", v: (r) => j("ami-0", r.hex(16)) },
  { p: "Twitch / OAuth redirect state nonce in URL (public)", k: "OAUTH_CALLBACK", v: (r) => j("https://app.acme.io/callback?state=", r.hex(16)) },
];

void AN; void B64U; void HEX; void LO;

function rotated(): CorpusCase[] {
  const r = new Gen(30_003);
  return specs.map((s, i) => {
    const idx = (i * 11 + 2) % RENDERERS.length;
    const v = s.v(r);
    const { ctx, text } = RENDERERS[idx]!(r, s.k, v, { p: s.p, h: s.h ?? "X-Correlation-Value", host: s.host });
    return { id: `y30-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets" as const, category: CAT, label: "benign" as const, text, note: `${s.p}; slot ${s.k}; ${ctx}` };
  });
}

function handcrafted(): CorpusCase[] {
  const r = new Gen(30_004);
  const pem = (label: string, n: number, lead = "") => { const b = lead + r.b64bytes(n); return j("-----BEGIN ", label, "-----\n", (b.match(/.{1,64}/g) ?? []).join("\n"), "\n-----END ", label, "-----"); };
  const cert = pem("CERTIFICATE", 900, "MIIDdzCCAl+gAwIBAgIU");
  const pub = pem("PUBLIC KEY", 270, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA");
  const ssh = j("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", r.b64(43), " dev@laptop");
  const sshRsa = j("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ", r.b64(500), "= ci@runner");
  const png = j("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA", r.b64(300), "AAAAAElFTkSuQmCC");
  const vault = ["$ANSIBLE_VAULT;1.1;AES256", ...Array.from({ length: 8 }, () => r.hex(80))].join("\n");
  const c: Array<[string, string]> = [
    ["PEM certificate; pasted into chat body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `nginx says "certificate verify failed", here's the chain:\n\n${cert}` }] })],
    ["PEM public key; JWT verifier config (JSON)", JSON.stringify({ issuer: "https://auth.acme.io", audience: "api", publicKey: pub }, null, 2)],
    ["SSH ed25519 public key; authorized_keys via write_file", JSON.stringify({ type: "tool_use", id: `toolu_01${r.an(22)}`, name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `${ssh}\n${sshRsa}\n` } })],
    ["SSH public key; Terraform", `resource "aws_key_pair" "deployer" {\n  key_name   = "deployer"\n  public_key = "${sshRsa}"\n}\n`],
    ["base64 PNG data URI; CSS", `.logo {\n  width: 16px;\n  height: 16px;\n  background-image: url("${png}");\n}\n`],
    ["ansible-vault encrypted file; MCP read result", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: vault + "\n" }] } })],
    ["SOPS-encrypted YAML (values and MAC)", `db:\n    password: ENC[AES256_GCM,data:${r.b64bytes(18)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]\n    user: ENC[AES256_GCM,data:${r.b64bytes(6)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]\nsops:\n    age:\n        - recipient: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n    lastmodified: "2026-03-02T11:20:14Z"\n    mac: ENC[AES256_GCM,data:${r.b64bytes(32)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]\n    version: 3.9.1\n`],
    ["SealedSecret manifest", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${r.b64(420)}\n    OPENAI_API_KEY: AgC${r.b64(420)}\n`],
    ["minified JS bundle", `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n.c=t,n.p="/static/",n.h="${r.hex(20)}",n(n.s="${r.hex(8)}")}({"${r.hex(8)}":function(e,t){e.exports={a:"${r.b64u(32)}",v:"${r.hex(7)}"}}});\n//# sourceMappingURL=main.${r.hex(8)}.js.map`],
    ["CSS modules hashed class names", `.Button_root__${r.an(5)}{display:inline-flex}.Button_primary__${r.an(5)}{background:#${r.hex(6)}}.Card_wrap__${r.b64u(8)}{padding:12px}.t_${r.hex(32)}{color:#111}`],
    ["package-lock.json integrity", JSON.stringify({ name: "app", lockfileVersion: 3, packages: { "node_modules/left-pad": { version: "1.3.0", resolved: "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz", integrity: j("sha512-", r.b64bytes(64)) }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: j("sha512-", r.b64bytes(64)) } } }, null, 2)],
    ["yarn.lock checksum", `"react@npm:^18.3.1":\n  version: 18.3.1\n  resolution: "react@npm:18.3.1"\n  checksum: ${r.hex(128)}\n  languageName: node\n  linkType: hard\n`],
    ["go.sum lines", `github.com/google/uuid v1.6.0 h1:${r.b64bytes(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:${r.b64bytes(32)}\n`],
    ["Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.hex(64)}"\n`],
    ["git log with SHAs; shell", `$ git log --oneline -5\n${r.hex(7)} fix: retry on 502\n${r.hex(7)} chore(deps): bump zod\n${r.hex(7)} feat: add webhook handler\n$ git rev-parse HEAD\n${r.hex(40)}`],
    ["Docker pull output with digests", `latest: Pulling from library/postgres\n${r.hex(12)}: Pull complete\n${r.hex(12)}: Pull complete\nDigest: sha256:${r.hex(64)}\nStatus: Downloaded newer image for postgres:16`],
    ["OpenAI chat completion response ids", JSON.stringify({ id: `chatcmpl-${r.an(29)}`, object: "chat.completion", created: 1760000000, model: "gpt-4o-2024-08-06", system_fingerprint: `fp_${r.hex(10)}`, choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3, total_tokens: 815 } })],
    ["Anthropic response with ids", JSON.stringify({ id: `msg_01${r.an(22)}`, type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: `toolu_01${r.an(22)}`, name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use", usage: { input_tokens: 2048, output_tokens: 61 } })],
    ["Stripe event JSON with object ids", JSON.stringify({ id: `evt_1${r.an(23)}`, object: "event", type: "payment_intent.succeeded", data: { object: { id: `pi_3${r.an(23)}`, customer: `cus_${r.an(14)}`, latest_charge: `ch_3${r.an(23)}`, payment_method: `pm_1${r.an(23)}`, client_secret: null, amount: 4200, currency: "eur" } } }, null, 2)],
    ["Stripe publishable key in frontend env", `# .env.local (exposed to the browser)\nNEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${j("pk", "_live_", "51", r.an(97))}\nNEXT_PUBLIC_APP_URL=https://shop.acme.io\n`],
    ["placeholders in .env.example", `# copy to .env and fill in\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your-anthropic-key>\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgresql://user:password@localhost:5432/app\nAWS_SECRET_ACCESS_KEY=\n`],
    ["masked keys in CLI output", `$ vercel env ls\n  name                 value               environments\n  OPENAI_API_KEY       Encrypted           Production, Preview\n  STRIPE_SECRET_KEY    Encrypted           Production\n$ gh secret list\nNPM_TOKEN      Updated 2026-02-11\nSENTRY_AUTH_TOKEN  Updated 2026-01-30\n$ heroku config:get STRIPE_KEY\nsk_live_••••••••••••${r.an(4)}`],
    ["CI log with masked secrets", `2026-04-02T09:12:31.${r.dig(7)}Z env:\n2026-04-02T09:12:31.${r.dig(7)}Z   AWS_ACCESS_KEY_ID: ***\n2026-04-02T09:12:31.${r.dig(7)}Z   AWS_SECRET_ACCESS_KEY: ***\n2026-04-02T09:12:31.${r.dig(7)}Z   GITHUB_TOKEN: ***\n2026-04-02T09:12:32.${r.dig(7)}Z Run id: ${r.dig(11)} sha: ${r.hex(40)}\n`],
    ["GitHub Actions workflow with secret expressions", `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n    steps:\n      - uses: actions/checkout@${r.hex(40)} # v4.2.2\n      - run: make deploy\n`],
    ["Kubernetes Secret with non-secret data (base64 of config flags)", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-central-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("beta,new-checkout,dark-mode").toString("base64")}\n`],
    ["External Secrets manifest (references only)", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: app\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/payments/stripe\n        property: secret_key\n`],
    ["Terraform plan with sensitive values hidden", `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "db-${r.up(26)}"\n      ~ password = (sensitive value)\n        arn      = "arn:aws:rds:us-east-1:${r.dig(12)}:db:main"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`],
    ["Python hashlib test vectors", `import hashlib\n\n\ndef test_digest():\n    assert hashlib.sha256(b"hello").hexdigest() == "${r.hex(64)}"\n    assert hashlib.sha1(b"hello").hexdigest() == "${r.hex(40)}"\n    assert hashlib.md5(b"hello").hexdigest() == "${r.hex(32)}"\n`],
    ["UUIDs in SQL seed", `INSERT INTO organizations (id, name, created_at) VALUES\n  ('${r.uuid()}', 'Acme', now()),\n  ('${r.uuid()}', 'Globex', now()),\n  ('${r.uuid()}', 'Initech', now());\n`],
    ["request/trace ids in JSON logs", [0, 1, 2].map(() => JSON.stringify({ ts: r.ts(), level: "info", msg: "request completed", request_id: r.uuid(), trace_id: r.hex(32), span_id: r.hex(16), status: 200, duration_ms: r.range(3, 400) })).join("\n")],
    ["HTTP response headers with ids and etags", `HTTP/2 200\ncontent-type: application/json\netag: W/"${r.hex(40)}"\nx-request-id: ${r.uuid()}\nx-amz-cf-id: ${r.b64u(56)}==\nx-amz-request-id: ${r.up(16)}\ncf-ray: ${r.hex(16)}-FRA\nstrict-transport-security: max-age=63072000\n`],
    ["S3 presigned-free object listing with ETags", `2026-03-01 10:12:44     48213 reports/${r.hex(32)}.pdf\n2026-03-01 10:12:45     11802 reports/${r.hex(32)}.pdf\n$ aws s3api head-object --bucket acme-reports --key reports/x.pdf --query ETag\n"\\"${r.hex(32)}\\""`],
    ["Jupyter notebook output with embedded PNG", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 4, metadata: {}, source: ["df.plot()\n"], outputs: [{ output_type: "display_data", data: { "image/png": r.b64(900), "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }] }], nbformat: 4, nbformat_minor: 5 })],
    ["WireGuard peer public keys only", `[Peer]\n# laptop\nPublicKey = ${r.b64bytes(32)}\nAllowedIPs = 10.8.0.3/32\n\n[Peer]\n# phone\nPublicKey = ${r.b64bytes(32)}\nAllowedIPs = 10.8.0.4/32\n`],
    ["JWKS public keys", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: r.hex(16), alg: "RS256", e: "AQAB", n: r.b64u(342) }, { kty: "EC", use: "sig", kid: r.hex(16), crv: "P-256", x: r.b64u(43), y: r.b64u(43) }] }, null, 2)],
    ["Markdown doc with redacted key example", `## Authentication\n\nSend your key in the \`Authorization\` header:\n\n\`\`\`bash\ncurl https://api.acme.io/v1/items \\\n  -H "Authorization: Bearer \$ACME_API_KEY"\n\`\`\`\n\nKeys look like \`acme_live_…\` and are shown once in the dashboard.\n`],
    ["diff rotating key to secret manager reference", `--- a/config/prod.yaml\n+++ b/config/prod.yaml\n@@ -4,3 +4,3 @@\n payments:\n-  stripe_key: \${STRIPE_KEY}\n+  stripe_key: secretsmanager://prod/payments/stripe#secret_key\n   webhook_path: /hooks/stripe\n`],
    ["C# project GUIDs and assembly hashes", `Project("{${r.uuid().toUpperCase()}}") = "Acme.Api", "src\\Acme.Api\\Acme.Api.csproj", "{${r.uuid().toUpperCase()}}"\nEndProject\n<PackageReference Include="Newtonsoft.Json" Version="13.0.3" />\n<!-- sha512: ${r.b64bytes(64)} -->`],
    ["Java Maven checksums", `Downloaded from central: https://repo.maven.apache.org/maven2/com/google/guava/guava/33.2.1-jre/guava-33.2.1-jre.jar (3.1 MB)\nguava-33.2.1-jre.jar.sha1: ${r.hex(40)}\nguava-33.2.1-jre.jar.sha256: ${r.hex(64)}`],
    ["crash dump with memory addresses", `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x${r.hex(7)}]\n\ngoroutine 42 [running]:\nmain.(*Handler).ServeHTTP(0xc000${r.hex(6)}, {0x${r.hex(7)}, 0xc000${r.hex(6)}}, 0xc000${r.hex(6)})\n\t/app/handler.go:88 +0x${r.hex(3)}\nbuild id: ${r.hex(40)}`],
    ["Bitcoin and Solana public addresses", `payouts:\n  btc: bc1q${r.str(38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n  sol: ${r.str(44, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")}\n  eth: 0x${r.hex(40)}\n`],
  ];
  return c.map(([note, text], i) => ({ id: `y30-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets" as const, category: CAT, label: "benign" as const, text, note }));
}

export const cases: CorpusCase[] = [...rotated(), ...handcrafted()];
