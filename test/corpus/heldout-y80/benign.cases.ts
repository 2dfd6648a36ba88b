// Benign look-alikes in the same contexts: ids, digests, public material, placeholders, references,
// encrypted blobs. Built at run time from a fixed seed like the positives.
import type { CorpusCase } from "../types.ts";
import type { Spec } from "./_gen.ts";
import { AN, ANL, ANU, B32, B64, DIG, HEX, j, LO, R, RENDERERS, UP } from "./_gen.ts";

const r = new R(80_003);
const CAT = "heldouty80-benign";

// Neutral renderers only (no auth header wiring, no "secret_value" column, no "new key is" chat).
const NEUTRAL = [".env file", "YAML config", "TOML config", "INI config", "Java .properties", "JSON config file", "XML config", "Go code", "GitHub Actions CI log", "shell history", "unified diff", "Dockerfile", "docker run -e", "Jupyter notebook cell", "HTTP query string", "JSON request body", "chat body with pasted .env", "MCP tool result echoed back", "Terraform HCL", "Java code", "Ruby code", "PHP code"].map((n) => {
  const f = RENDERERS.find((x) => x.name === n);
  if (!f) throw new Error(`no renderer ${n}`);
  return f;
});

const b = (p: string, v: string, mk: (r: R) => string): Spec => ({ p, g: "benign", v, mk });
const specs: Spec[] = [
  b("git commit SHA", "GIT_COMMIT_SHA", (r) => r.h(40)),
  b("short git SHA build tag", "BUILD_REF", (r) => r.h(12)),
  b("SHA-256 artifact digest", "ARTIFACT_SHA256", (r) => r.h(64)),
  b("container image digest", "IMAGE_DIGEST", (r) => j("sha256:", r.h(64))),
  b("pinned image reference by digest", "BASE_IMAGE", (r) => j("ghcr.io/acme/base@sha256:", r.h(64))),
  b("tenant UUID", "TENANT_ID", (r) => r.uuid()),
  b("Azure tenant id", "AZURE_TENANT_ID", (r) => r.uuid()),
  b("Azure subscription id", "AZURE_SUBSCRIPTION_ID", (r) => r.uuid()),
  b("Azure client (application) id", "AZURE_CLIENT_ID", (r) => r.uuid()),
  b("AWS KMS key ARN", "KMS_KEY_ARN", (r) => j("arn:aws:kms:eu-west-1:", r.d(12), ":key/", r.uuid())),
  b("AWS Secrets Manager ARN reference", "DB_SECRET_ARN", (r) => j("arn:aws:secretsmanager:us-east-1:", r.d(12), ":secret:prod/db/password-", r.a(6))),
  b("AWS account id", "AWS_ACCOUNT_ID", (r) => r.d(12)),
  b("GCP Secret Manager reference", "API_KEY_SECRET_REF", (r) => j("projects/acme-prod-", r.d(3), "/secrets/stripe-api-key/versions/latest")),
  b("1Password secret reference", "STRIPE_SECRET_KEY", () => "op://Production/Stripe/credential"),
  b("Vault path reference", "DATABASE_PASSWORD", () => "vault:secret/data/prod/db#password"),
  b("Azure Key Vault reference", "OPENAI_API_KEY", (r) => j("@Microsoft.KeyVault(SecretUri=https://acme-kv-", r.l(4), ".vault.azure.net/secrets/openai-key/)")),
  b("env interpolation placeholder", "GITHUB_TOKEN", () => "${GITHUB_TOKEN}"),
  b("GitHub Actions secrets expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"),
  b("angle-bracket placeholder", "ANTHROPIC_API_KEY", () => "<your-anthropic-api-key>"),
  b("masked OpenAI key", "OPENAI_API_KEY", (r) => j("sk-", "proj-", "...", r.a(4))),
  b("masked Stripe key", "STRIPE_SECRET_KEY", (r) => j("sk", "_live_", "*".repeat(20), r.a(4))),
  b("x-filled placeholder", "SLACK_BOT_TOKEN", () => j("xo", "xb-", "xxxxxxxxxxxx-xxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx")),
  b("changeme placeholder", "DB_PASSWORD", () => "changeme"),
  b("W3C trace id", "TRACE_ID", (r) => r.h(32)),
  b("traceparent header value", "TRACEPARENT", (r) => j("00-", r.h(32), "-", r.h(16), "-01")),
  b("AWS X-Ray trace id", "AMZN_TRACE_ID", (r) => j("Root=1-", r.h(8), "-", r.h(24))),
  b("request id", "REQUEST_ID", (r) => j("req_", r.a(24))),
  b("Stripe customer id", "STRIPE_CUSTOMER_ID", (r) => j("cus_", r.a(14))),
  b("Stripe price id", "STRIPE_PRICE_ID", (r) => j("price_", r.a(24))),
  b("Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (r) => j("pk", "_live_", r.a(99))),
  b("OpenAI organization id", "OPENAI_ORG_ID", (r) => j("org-", r.a(24))),
  b("OpenAI assistant id", "ASSISTANT_ID", (r) => j("asst_", r.a(24))),
  b("OpenAI vector store id", "VECTOR_STORE_ID", (r) => j("vs_", r.a(24))),
  b("Anthropic message id", "LAST_MESSAGE_ID", (r) => j("msg_01", r.a(22))),
  b("Slack channel id", "SLACK_CHANNEL_ID", (r) => j("C0", r.u(9))),
  b("Discord guild snowflake", "DISCORD_GUILD_ID", (r) => r.d(19)),
  b("Google OAuth client id", "GOOGLE_CLIENT_ID", (r) => j(r.d(12), "-", r.l(32), ".apps.googleusercontent.com")),
  b("GitHub App installation id", "GITHUB_APP_INSTALLATION_ID", (r) => r.d(8)),
  b("Kubernetes object uid", "POD_UID", (r) => r.uuid()),
  b("npm lockfile integrity", "PKG_INTEGRITY", (r) => j("sha512-", r.b(86), "==")),
  b("Go module sum", "GOSUM_LINE", (r) => j("h1:", r.b(43), "=")),
  b("Ethereum contract address", "CONTRACT_ADDRESS", (r) => j("0x", r.h(40))),
  b("TLS certificate SHA-256 fingerprint", "CERT_FINGERPRINT", (r) => Array.from({ length: 32 }, () => r.H(2)).join(":")),
  b("SSH host key fingerprint", "HOST_KEY_FINGERPRINT", (r) => j("SHA256:", r.b(43))),
  b("age public recipient", "SOPS_AGE_RECIPIENTS", (r) => j("age1", r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))),
  b("Git LFS oid", "LFS_OID", (r) => j("sha256:", r.h(64))),
  b("IPFS CID", "IPFS_CID", (r) => j("bafybei", r.s(52, "abcdefghijklmnopqrstuvwxyz234567"))),
  b("webpack chunk hash", "ASSET_MANIFEST_MAIN", (r) => j("static/js/main.", r.h(8), ".js")),
  b("Terraform state lineage", "TF_STATE_LINEAGE", (r) => r.uuid()),
  b("Sentry release name", "SENTRY_RELEASE", (r) => j("web@", r.h(40))),
  b("Datadog trace id (decimal)", "DD_TRACE_ID", (r) => r.d(19)),
  b("Docker image id", "IMAGE_ID", (r) => r.h(12)),
];

const gen: CorpusCase[] = specs.map((s, i) => {
  const v = s.mk(r);
  const rd = NEUTRAL[i % NEUTRAL.length]!;
  return { id: `y80-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: CAT, label: "benign", text: rd.f(s, v, r), note: `${s.p} (${s.v}) in ${rd.name}` };
});

const pem = (label: string, n: number) => [`-----BEGIN ${label}-----`, r.b64bytes(n).match(/.{1,64}/g)!.join("\n"), `-----END ${label}-----`].join("\n");
const sopsEnc = (n: number) => `ENC[AES256_GCM,data:${r.b64bytes(n)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]`;
const vaultBlob = () => ["$ANSIBLE_VAULT;1.1;AES256", ...Array.from({ length: 5 }, () => r.h(80))].join("\n");
const pngB64 = () => j("iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA", r.b(300), "AAAAAElFTkSuQmCC");
const k = (n: number, note: string, text: string): CorpusCase => ({ id: `y80-bk-${String(n).padStart(3, "0")}`, kind: "secrets", category: CAT, label: "benign", text, note });

const hand: CorpusCase[] = [
  k(1, "SOPS-encrypted YAML secrets file written by write_file", JSON.stringify({ type: "tool_use", id: `toolu_01${r.a(22)}`, name: "write_file", input: { path: "secrets/prod.enc.yaml", content: `stripe_secret_key: ${sopsEnc(80)}\nopenai_api_key: ${sopsEnc(120)}\nsops:\n    age:\n        - recipient: age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${r.b64bytes(48)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2026-11-02T10:11:12Z"\n    mac: ${sopsEnc(32)}\n    version: 3.9.1\n` } })),
  k(2, "ansible-vault encrypted var in group_vars", `db_user: app\ndb_password: !vault |\n${vaultBlob().split("\n").map((l) => "  " + l).join("\n")}\n`),
  k(3, "Bitnami SealedSecret encryptedData", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    OPENAI_API_KEY: AgB${r.b(400)}\n    STRIPE_SECRET_KEY: AgA${r.b(380)}\n`),
  k(4, "SSH public key in authorized_keys via tool call", JSON.stringify({ tool_calls: [{ id: `call_${r.a(24)}`, type: "function", function: { name: "bash", arguments: JSON.stringify({ command: `echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b(43)} deploy@ci' >> ~/.ssh/authorized_keys` }) } }] })),
  k(5, "RSA SSH public key in cloud-init", `#cloud-config\nusers:\n  - name: ops\n    ssh_authorized_keys:\n      - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r.b(500)} ops@laptop\n`),
  k(6, "PEM certificate chain pasted into chat", JSON.stringify({ messages: [{ role: "user", content: `nginx says the chain is incomplete, here's fullchain.pem:\n\n${pem("CERTIFICATE", 900)}\n${pem("CERTIFICATE", 800)}\n` }] })),
  k(7, "PEM public key in a JWT verifier config", `jwt:\n  issuer: https://auth.acme.io\n  public_key: |\n${pem("PUBLIC KEY", 294).split("\n").map((l) => "    " + l).join("\n")}\n`),
  k(8, "PGP public key block in a README", `## Verifying releases\n\nImport our signing key:\n\n\`\`\`\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${r.b64bytes(600).match(/.{1,64}/g)!.join("\n")}\n=${r.b(4)}\n-----END PGP PUBLIC KEY BLOCK-----\n\`\`\`\n`),
  k(9, "base64 PNG data URI in CSS", `.logo {\n  width: 16px;\n  height: 16px;\n  background-image: url("data:image/png;base64,${pngB64()}");\n}\n`),
  k(10, "minified JS bundle chunk", `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n.c=t,n.p="/static/",n.h="${r.h(20)}",n(n.s="${r.h(8)}")}({"${r.h(8)}":function(e,t,n){"use strict";var r=n("${r.h(4)}"),o=n.n(r);t.a=function(e){return o()(e,"${r.a(12)}")}}});\n//# sourceMappingURL=main.${r.h(8)}.js.map`),
  k(11, "CSS-in-JS hashed class names", `.css-${r.l(6)}{display:flex;align-items:center}.css-${r.l(6)}-Button{padding:8px 12px;border-radius:6px;color:#${r.h(6)}}.sc-${r.a(6)}.${r.a(6)}{margin:0 auto;max-width:1200px}\n.jsx-${r.d(10)}{font-family:Inter,system-ui,sans-serif}`),
  k(12, "package-lock.json excerpt with integrity hashes", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "19.1.0", resolved: "https://registry.npmjs.org/react/-/react-19.1.0.tgz", integrity: j("sha512-", r.b(86), "==") }, "node_modules/zod": { version: "3.24.1", resolved: "https://registry.npmjs.org/zod/-/zod-3.24.1.tgz", integrity: j("sha512-", r.b(86), "==") } } }, null, 2)),
  k(13, "Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.h(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.42.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.h(64)}"\n`),
  k(14, "go.sum lines", `github.com/google/uuid v1.6.0 h1:${r.b(43)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${r.b(43)}=\ngolang.org/x/net v0.33.0 h1:${r.b(43)}=\n`),
  k(15, "HTTP response headers with request/trace ids (curl -v)", `< HTTP/2 200\n< content-type: application/json\n< x-request-id: ${r.uuid()}\n< x-amzn-requestid: ${r.uuid()}\n< x-amzn-trace-id: Root=1-${r.h(8)}-${r.h(24)}\n< cf-ray: ${r.h(16)}-FRA\n< etag: W/"${r.h(32)}"\n< openai-organization: org-${r.a(24)}\n< x-ratelimit-remaining-tokens: 149820\n`),
  k(16, "OpenAI chat completion response with ids", JSON.stringify({ id: j("chatcmpl-", r.a(29)), object: "chat.completion", created: 1764000000, model: "gpt-4.1-2025-04-14", system_fingerprint: j("fp_", r.h(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3, total_tokens: 815 } })),
  k(17, "Anthropic response with msg and toolu ids", JSON.stringify({ id: j("msg_01", r.a(22)), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: j("toolu_01", r.a(22)), name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use", usage: { input_tokens: 2211, output_tokens: 41 } })),
  k(18, "Stripe webhook event body (object ids only)", JSON.stringify({ id: j("evt_", r.a(24)), object: "event", type: "payment_intent.succeeded", data: { object: { id: j("pi_", r.a(24)), customer: j("cus_", r.a(14)), latest_charge: j("ch_", r.a(24)), payment_method: j("pm_", r.a(24)), amount: 4200, currency: "eur" } }, request: { id: j("req_", r.a(14)) } }, null, 2)),
  k(19, "Stripe publishable key in frontend config (public by design)", `export const stripeConfig = {\n  publishableKey: "${j("pk", "_live_", r.a(99))}",\n  locale: "auto",\n};\n`),
  k(20, ".env.example with placeholders", `# copy to .env and fill in\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your-key>\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nAWS_SECRET_ACCESS_KEY=\n`),
  k(21, "docker-compose with ${VAR} interpolation", `services:\n  api:\n    image: ghcr.io/acme/api:2.4.0\n    environment:\n      OPENAI_API_KEY: \${OPENAI_API_KEY}\n      STRIPE_SECRET_KEY: \${STRIPE_SECRET_KEY:?missing}\n      DATABASE_URL: postgres://app:\${DB_PASSWORD}@db:5432/app\n`),
  k(22, "GitHub Actions workflow using secrets context", `jobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${r.h(40)} # v4.2.2\n      - uses: actions/setup-node@${r.h(40)} # v4.1.0\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n`),
  k(23, "CI log with masked secrets", `2026-11-20T10:11:12.${r.d(7)}Z Run ./deploy.sh\n2026-11-20T10:11:12.${r.d(7)}Z   STRIPE_SECRET_KEY: ***\n2026-11-20T10:11:12.${r.d(7)}Z   OPENAI_API_KEY: ***\n2026-11-20T10:11:13.${r.d(7)}Z Deploying ${r.h(40)} to prod\n2026-11-20T10:11:40.${r.d(7)}Z Done in 27.4s\n`),
  k(24, "Python code reading keys from env only", `import os\nfrom openai import OpenAI\nfrom anthropic import Anthropic\n\nopenai = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nclaude = Anthropic(api_key=os.getenv("ANTHROPIC_API_KEY"))\nstripe_key = os.environ.get("STRIPE_SECRET_KEY", "")\n`),
  k(25, "Terraform referencing secret manager data source", `data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/db/password"\n}\n\nresource "aws_db_instance" "main" {\n  identifier = "app-prod"\n  password   = data.aws_secretsmanager_secret_version.db.secret_string\n  kms_key_id = "arn:aws:kms:eu-west-1:${r.d(12)}:key/${r.uuid()}"\n}\n`),
  k(26, "Kubernetes ExternalSecret manifest", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api\nspec:\n  secretStoreRef:\n    name: vault\n    kind: ClusterSecretStore\n  data:\n    - secretKey: OPENAI_API_KEY\n      remoteRef:\n        key: secret/data/prod/openai\n        property: api_key\n`),
  k(27, "Kubernetes Secret with non-secret base64 data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("search,beta-ui,new-billing").toString("base64")}\n`),
  k(28, "git log --oneline pasted into chat", JSON.stringify({ messages: [{ role: "user", content: `which of these broke the build?\n\n${Array.from({ length: 6 }, () => `${r.h(7)} ${r.pick(["fix: retry on 429", "chore(deps): bump zod", "feat: add export", "refactor: split billing", "test: cover webhooks", "ci: cache pnpm store"])}`).join("\n")}\n` }] })),
  k(29, "docker images listing (image ids and digests)", `$ docker images --digests\nREPOSITORY          TAG     DIGEST                                                                    IMAGE ID       SIZE\nghcr.io/acme/api    2.4.0   sha256:${r.h(64)}   ${r.h(12)}   182MB\nghcr.io/acme/web    1.9.3   sha256:${r.h(64)}   ${r.h(12)}   96.4MB\n`),
  k(30, "sha256sum output in a release script", `$ sha256sum dist/*\n${r.h(64)}  dist/cli-linux-amd64\n${r.h(64)}  dist/cli-darwin-arm64\n${r.h(64)}  dist/cli-windows-amd64.exe\n`),
  k(31, "Subresource integrity in HTML", `<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.4/dist/htmx.min.js" integrity="sha384-${r.b(64)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="/assets/app.${r.h(8)}.css" integrity="sha256-${r.b(43)}=">\n`),
  k(32, "UUID primary keys in SQL seed", `INSERT INTO organizations (id, name, created_at) VALUES\n  ('${r.uuid()}', 'Acme', NOW()),\n  ('${r.uuid()}', 'Globex', NOW()),\n  ('${r.uuid()}', 'Initech', NOW());\n`),
  k(33, "SQL query output showing truncated key prefixes only", `SELECT id, email, api_key_prefix, last_used_at FROM api_keys LIMIT 3;\n id | email            | api_key_prefix | last_used_at\n----+------------------+----------------+---------------------\n  1 | ana@acme.io      | sk_live_${r.a(4)}…  | 2026-11-19 08:12:44\n  2 | bo@acme.io       | sk_live_${r.a(4)}…  | 2026-11-18 17:01:09\n`),
  k(34, "Python crash dump with only ids and hashes in locals", `Traceback (most recent call last):\n  File "/srv/app/worker.py", line 88, in handle\n    job = queue.get(job_id)\nKeyError: '${r.uuid()}'\n\nLocals:\n  job_id = '${r.uuid()}'\n  commit = '${r.h(40)}'\n  trace_id = '${r.h(32)}'\n  checksum = '${r.h(64)}'\n`),
  k(35, "Jupyter notebook output with base64 PNG", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 4, metadata: {}, source: ["df.plot()\n"], outputs: [{ output_type: "display_data", data: { "image/png": pngB64(), "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }] }], nbformat: 4, nbformat_minor: 5 }, null, 1)),
  k(36, "Markdown doc telling reader to set key (no value)", `## Configuration\n\nSet these in your shell before running:\n\n\`\`\`bash\nexport OPENAI_API_KEY="<paste your key here>"\nexport STRIPE_SECRET_KEY="$(op read op://Prod/Stripe/credential)"\nexport GITHUB_TOKEN="$(gh auth token)"\n\`\`\`\n`),
  k(37, "diff rotating a secret reference (no literal)", `--- a/.env.production\n+++ b/.env.production\n@@ -3,3 +3,3 @@\n-OPENAI_API_KEY=vault:secret/data/prod/openai#v3\n+OPENAI_API_KEY=vault:secret/data/prod/openai#v4\n APP_VERSION=${r.h(12)}\n`),
  k(38, "MCP tool result listing files with hashes", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: Array.from({ length: 5 }, () => `${r.h(40)}  src/${r.pick(["app", "db", "api", "ui", "auth"])}/${r.l(6)}.ts`).join("\n") }] } })),
  k(39, "Sentry event payload ids", JSON.stringify({ event_id: r.h(32), release: `web@${r.h(40)}`, contexts: { trace: { trace_id: r.h(32), span_id: r.h(16) } }, tags: { tenant: r.uuid() } })),
  k(40, "Terraform plan output with ids only", `  # aws_s3_bucket.assets will be updated in-place\n  ~ resource "aws_s3_bucket" "assets" {\n        id       = "acme-assets-${r.l(8)}"\n      ~ tags     = {\n          ~ "commit" = "${r.h(40)}" -> "${r.h(40)}"\n        }\n        # (10 unchanged attributes hidden)\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n`),
  k(41, "Vault CLI output with accessor and lease ids (token redacted)", `$ vault login -method=oidc\nSuccess! You are now authenticated.\n\nKey                  Value\n---                  -----\ntoken                n/a (stored in token helper)\ntoken_accessor       ${r.a(24)}\ntoken_duration       8h\ntoken_policies       ["default" "dev"]\n`),
  k(42, "curl with header from env var (no literal)", `curl -sS https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "OpenAI-Organization: org-${r.a(24)}"`),
  k(43, "HTTP request with CSRF/etag style hashes only", `GET /api/v1/projects?cursor=${r.w(32)} HTTP/1.1\nHost: app.acme.io\nIf-None-Match: "${r.h(40)}"\nX-Request-Id: ${r.uuid()}\nAccept: application/json\n`),
  k(44, "YAML with SOPS-encrypted values only", `db:\n  host: db.internal\n  password: ${sopsEnc(24)}\napi:\n  key: ${sopsEnc(52)}\n`),
  k(45, "C# appsettings with Key Vault reference", JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, KeyVault: { Uri: "https://acme-kv.vault.azure.net/" }, ConnectionStrings: { Default: "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/db-conn/)" }, ApplicationInsights: { ConnectionString: "@Microsoft.KeyVault(VaultName=acme-kv;SecretName=appinsights)" } }, null, 2)),
  k(46, "Go code with test vectors (SHA-256 of known strings)", `var vectors = []struct{ in, want string }{\n\t{"", "${r.h(64)}"},\n\t{"abc", "${r.h(64)}"},\n\t{"hello world", "${r.h(64)}"},\n}\n`),
  k(47, "Java properties with placeholder syntax", `spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.username=\${DB_USER}\nspring.datasource.password=\${DB_PASSWORD}\nstripe.api-key=\${STRIPE_SECRET_KEY:}\n`),
  k(48, "Ruby Gemfile.lock with checksums", `GEM\n  remote: https://rubygems.org/\n  specs:\n    rack (3.1.8)\n    rails (8.0.1)\n\nCHECKSUMS\n  rack (3.1.8) sha256=${r.h(64)}\n  rails (8.0.1) sha256=${r.h(64)}\n`),
  k(49, "Chat message with shortened commit and PR ids", JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `standup: merged #4821 (${r.h(7)}), reverted ${r.h(7)}, deploy run ${r.d(11)} is green. trace ${r.h(32)} still slow.` }] })),
  k(50, "XML with certificate thumbprint", `<configuration>\n  <system.serviceModel>\n    <behaviors>\n      <serviceCredentials>\n        <serviceCertificate findValue="${r.H(40)}" storeLocation="LocalMachine" x509FindType="FindByThumbprint" />\n      </serviceCredentials>\n    </behaviors>\n  </system.serviceModel>\n</configuration>`),
];

export const cases: CorpusCase[] = [...gen, ...hand];
