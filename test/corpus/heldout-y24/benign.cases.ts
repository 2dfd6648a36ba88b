// heldout-y24 benign look-alikes: identifiers, digests, public material, placeholders,
// references and encrypted blobs in the same outbound contexts as the positives.
import type { CorpusCase } from "../types.ts";
import { Gen, renderers, ctxFor, type Spec } from "./_gen.ts";

const g = new Gen(0x2424bb);
const B = (provider: string, slot: string, mk: (g: Gen) => string, host?: string): Spec =>
  ({ group: "saas", provider, slot, mk, hdr: "X-Request-Id", ...(host ? { host } : {}) });

// Renderers whose surrounding prose does not itself claim the value is a secret, and which never
// put the value in an auth header.
const SAFE = ["openai-chat-pasted-env", "anthropic-tool-use-write-file", "openai-tool-call-shell", "mcp-tool-result",
  "curl-verbose-dump", "http-request-json", "url-query", "form-body", "multipart", "yaml-config", "toml-config", "ini-config",
  "java-properties", "json-config", "hcl-terraform", "xml-config", "python-sdk", "js-env-default", "go-client", "java-code",
  "csharp-code", "ruby-code", "php-code", "rust-code", "ci-log", "shell-history", "python-crash-locals", "jupyter-notebook",
  "sql-seed", "git-diff", "docker-run", "dockerfile", "github-actions", "k8s-secret"];

const specs: Spec[] = [
  B("git commit SHA", "GIT_COMMIT_SHA", (g) => g.h(40)),
  B("short git SHA", "BUILD_REVISION", (g) => g.h(12)),
  B("container image digest", "IMAGE_DIGEST", (g) => `sha256:${g.h(64)}`),
  B("SHA-256 artifact checksum", "ARTIFACT_SHA256", (g) => g.h(64)),
  B("SHA-512 SRI integrity", "ASSET_INTEGRITY", (g) => `sha512-${g.b64bytes(64)}`),
  B("MD5 ETag", "CACHE_ETAG", (g) => g.h(32)),
  B("request UUID", "REQUEST_ID", (g) => g.uuid()),
  B("W3C traceparent", "TRACEPARENT", (g) => `00-${g.h(32)}-${g.h(16)}-01`),
  B("OpenTelemetry trace id", "OTEL_TRACE_ID", (g) => g.h(32)),
  B("Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (g) => g.j("pk", "_live_", "51", g.a(97)), "js.stripe.com"),
  B("Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => g.j("cus_", g.a(14))),
  B("Stripe price id", "STRIPE_PRICE_ID", (g) => g.j("price_", "1", g.a(23))),
  B("Stripe payment intent id", "PAYMENT_INTENT_ID", (g) => g.j("pi_", "3", g.a(23))),
  B("OpenAI completion id", "COMPLETION_ID", (g) => g.j("chatcmpl-", g.a(29))),
  B("OpenAI assistant id", "OPENAI_ASSISTANT_ID", (g) => g.j("asst_", g.a(24))),
  B("OpenAI organization id", "OPENAI_ORG_ID", (g) => g.j("org-", g.a(24))),
  B("OpenAI project id", "OPENAI_PROJECT_ID", (g) => g.j("proj_", g.a(24))),
  B("Anthropic message id", "LAST_MESSAGE_ID", (g) => g.j("msg_", "01", g.a(22))),
  B("Anthropic request id", "UPSTREAM_REQUEST_ID", (g) => g.j("req_", "011C", g.a(20))),
  B("AWS account id", "AWS_ACCOUNT_ID", (g) => g.d(12)),
  B("AWS role ARN", "AWS_ROLE_ARN", (g) => `arn:aws:iam::${g.d(12)}:role/github-actions-deploy`),
  B("AWS KMS key id", "KMS_KEY_ID", (g) => g.uuid()),
  B("Cloudflare zone id", "CLOUDFLARE_ZONE_ID", (g) => g.h(32)),
  B("Cloudflare account id", "CLOUDFLARE_ACCOUNT_ID", (g) => g.h(32)),
  B("Azure tenant id", "AZURE_TENANT_ID", (g) => g.uuid()),
  B("Azure subscription id", "AZURE_SUBSCRIPTION_ID", (g) => g.uuid()),
  B("GCP project number", "GCP_PROJECT_NUMBER", (g) => g.d(12)),
  B("Slack channel id", "SLACK_CHANNEL_ID", (g) => g.j("C0", g.U(9))),
  B("GitHub Actions run id", "GITHUB_RUN_ID", (g) => g.d(11)),
  B("GitHub node id", "PR_NODE_ID", (g) => g.j("PR_kwDO", g.u64(16))),
  B("Datadog trace/span id", "DD_TRACE_ID", (g) => g.d(19)),
  B("Sentry event id", "SENTRY_EVENT_ID", (g) => g.h(32)),
  B("MongoDB ObjectId", "TENANT_OBJECT_ID", (g) => g.h(24)),
  B("ULID", "JOB_ULID", (g) => g.j("01J", g.str(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))),
  B("npm shasum", "PACKAGE_SHASUM", (g) => g.h(40)),
  B("Idempotency key", "IDEMPOTENCY_KEY", (g) => g.uuid()),
  B("Placeholder angle brackets", "OPENAI_API_KEY", () => "<your-openai-api-key>"),
  B("Placeholder env reference", "ANTHROPIC_API_KEY", () => "${ANTHROPIC_API_KEY}"),
  B("Placeholder masked key", "OPENAI_API_KEY", () => "sk-proj-...XXXX"),
  B("Masked GitHub token", "GITHUB_TOKEN", () => "ghp_" + "*".repeat(36)),
  B("Placeholder changeme", "DB_PASSWORD", () => "changeme"),
  B("Placeholder x-run", "STRIPE_SECRET_KEY", () => "sk_live_" + "x".repeat(24)),
  B("Actions secret expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"),
  B("Helm/Jinja template", "SLACK_BOT_TOKEN", () => "{{ .Values.slack.botToken }}"),
  B("Vault reference", "DATABASE_PASSWORD", () => "vault:secret/data/prod/db#password"),
  B("1Password reference", "STRIPE_SECRET_KEY", () => "op://Production/Stripe/secret key"),
  B("AWS Secrets Manager ARN", "DB_SECRET_ARN", (g) => `arn:aws:secretsmanager:us-east-1:${g.d(12)}:secret:prod/db-${g.a(6)}`),
  B("Azure Key Vault reference", "SENDGRID_API_KEY", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid/)"),
  B("GCP Secret Manager path", "GEMINI_API_KEY", (g) => `projects/${g.d(12)}/secrets/gemini-api-key/versions/latest`),
  B("SSM parameter path", "DD_API_KEY", () => "ssm:/prod/datadog/api_key"),
  B("Doppler reference", "TWILIO_AUTH_TOKEN", () => "${{ doppler.TWILIO_AUTH_TOKEN }}"),
  B("Redacted value", "SENTRY_AUTH_TOKEN", () => "[REDACTED]"),
  B("Webpack content hash", "BUNDLE_HASH", (g) => g.h(20)),
  B("Docker image tag with digest", "API_IMAGE", (g) => `ghcr.io/acme/api@sha256:${g.h(64)}`),
  B("Nonce-free CSP hash", "CSP_SCRIPT_HASH", (g) => `'sha256-${g.b64bytes(32)}'`),
  B("age public recipient", "SOPS_AGE_RECIPIENTS", (g) => `age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`),
  B("GPG key fingerprint", "GPG_FINGERPRINT", (g) => g.H(40)),
  B("Terraform state lineage", "TF_STATE_LINEAGE", (g) => g.uuid()),
  B("Kubernetes resourceVersion / uid", "POD_UID", (g) => g.uuid()),
  B("Feature flag key", "FLAG_KEY", () => "enable-new-checkout-flow-v2"),
  B("Pinned Go module hash", "GOSUMDB_HASH", (g) => `h1:${g.b64bytes(32)}`),
  B("Content-addressed cache key", "CACHE_KEY", (g) => `node-modules-Linux-${g.h(64)}`),
];

const rotated: CorpusCase[] = specs.map((s, i) => {
  const rname = SAFE[(i * 5 + 2) % SAFE.length]!;
  const val = s.mk(g);
  return {
    id: `y24-b-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: "heldouty24-benign",
    label: "benign",
    text: renderers[rname]!(ctxFor(g, s, val)),
    note: `${s.provider}, ${s.slot}, ${rname}`,
  };
});

const hand: Array<[string, string]> = [];
const add = (note: string, text: string) => hand.push([note, text]);
const CERT = "CERTIFICATE";

add("SOPS-encrypted YAML (ENC[AES256_GCM]) in a write_file tool call",
  JSON.stringify({ name: "write_file", arguments: JSON.stringify({ path: "secrets/prod.enc.yaml", content: `stripe_secret_key: ENC[AES256_GCM,data:${g.b64bytes(60)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\ndb_password: ENC[AES256_GCM,data:${g.b64bytes(18)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\nsops:\n    age:\n        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${g.b64bytes(48)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2026-10-01T09:00:00Z"\n    mac: ENC[AES256_GCM,data:${g.b64bytes(32)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\n    version: 3.9.1\n` }) }));
add("Bitnami SealedSecret encryptedData",
  ["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: api-credentials", "  namespace: prod", "spec:", "  encryptedData:", `    OPENAI_API_KEY: ${g.b64bytes(370)}`, `    DATABASE_URL: ${g.b64bytes(400)}`].join("\n"));
add("ansible-vault encrypted vars file",
  ["$ANSIBLE_VAULT;1.1;AES256", ...g.h(640).match(/.{1,80}/g)!].join("\n"));
add("PEM certificate chain pasted in chat",
  JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `is this cert chain in the right order?\n\n${g.pem(CERT, 900)}\n${g.pem(CERT, 850)}` }] }));
add("SSH public key in authorized_keys via shell tool call",
  JSON.stringify({ tool: "shell", command: `echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} deploy@ci' >> ~/.ssh/authorized_keys` }));
add("RSA public key PEM in JSON config (JWT verification)",
  JSON.stringify({ issuer: "https://auth.acme.io", audience: "api", publicKey: g.pem("PUBLIC KEY", 294) }, null, 2));
add("JWKS public keys endpoint response",
  JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.h(40), alg: "RS256", n: g.u64(342), e: "AQAB" }, { kty: "EC", use: "sig", kid: g.h(40), crv: "P-256", x: g.u64(43), y: g.u64(43) }] }, null, 2));
add("PGP public key block in README",
  ["## Reporting security issues", "", "Encrypt reports with our key:", "", "```", "-----BEGIN PGP PUBLIC KEY BLOCK-----", "", ...("mQINBGY" + g.b64(700)).match(/.{1,64}/g)!, `=${g.b64(4)}`, "-----END PGP PUBLIC KEY BLOCK-----", "```"].join("\n"));
add("minified JS bundle chunk",
  `!function(e,t){"object"==typeof exports?module.exports=t():e.${g.str(6, "abcdefghijklmnopqrstuvwxyz")}=t()}(this,function(){var e="${g.a(40)}",t=function(n){return n.split("").map(function(r,i){return String.fromCharCode(r.charCodeAt(0)^e.charCodeAt(i%e.length))}).join("")};return{h:t,v:"${g.h(8)}"}});\n//# sourceMappingURL=main.${g.h(20)}.js.map`);
add("CSS with hashed class names and base64 font",
  `.Button_root__${g.u64(5)}{display:inline-flex;padding:.5rem 1rem}.Button_primary__${g.u64(5)}{background:#635bff}\n@font-face{font-family:Inter;src:url(data:font/woff2;base64,${g.b64bytes(300)}) format("woff2")}`);
add("base64 PNG data URI in HTML written by tool",
  JSON.stringify({ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: "public/index.html", content: `<link rel="icon" href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${g.b64bytes(240)}">\n<script src="/assets/app.${g.h(8)}.js" integrity="sha384-${g.b64bytes(48)}" crossorigin="anonymous"></script>` } }));
add("package-lock.json integrity fields",
  JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "19.1.0", resolved: "https://registry.npmjs.org/react/-/react-19.1.0.tgz", integrity: `sha512-${g.b64bytes(64)}` }, "node_modules/zod": { version: "3.24.2", resolved: "https://registry.npmjs.org/zod/-/zod-3.24.2.tgz", integrity: `sha512-${g.b64bytes(64)}` } } }, null, 2));
add("go.sum lines",
  [`github.com/aws/aws-sdk-go-v2 v1.36.3 h1:${g.b64bytes(32)}`, `github.com/aws/aws-sdk-go-v2 v1.36.3/go.mod h1:${g.b64bytes(32)}`, `golang.org/x/crypto v0.37.0 h1:${g.b64bytes(32)}`].join("\n"));
add("Cargo.lock checksums",
  ["[[package]]", 'name = "serde"', 'version = "1.0.219"', 'source = "registry+https://github.com/rust-lang/crates.io-index"', `checksum = "${g.h(64)}"`, "", "[[package]]", 'name = "tokio"', 'version = "1.44.2"', 'source = "registry+https://github.com/rust-lang/crates.io-index"', `checksum = "${g.h(64)}"`].join("\n"));
add("docker pull output with layer digests",
  ["$ docker pull ghcr.io/acme/api:1.14.2", ...Array.from({ length: 4 }, () => `${g.h(12)}: Pull complete`), `Digest: sha256:${g.h(64)}`, "Status: Downloaded newer image for ghcr.io/acme/api:1.14.2"].join("\n"));
add("git log --oneline with full SHAs in CI log",
  Array.from({ length: 5 }, (_, i) => `commit ${g.h(40)}\nAuthor: dev${i} <dev${i}@acme.io>\n    fix: retry on 429`).join("\n"));
add("Terraform plan with sensitive values masked",
  ["  # aws_db_instance.main will be updated in-place", '  ~ resource "aws_db_instance" "main" {', `        id       = "db-${g.U(26)}"`, "      ~ password = (sensitive value)", `        arn      = "arn:aws:rds:us-east-1:${g.d(12)}:db:main"`, "    }", "", "Plan: 0 to add, 1 to change, 0 to destroy."].join("\n"));
add(".env.example with placeholders, chat body",
  JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: "document these vars in the README:\n\nOPENAI_API_KEY=sk-your-key-here\nSTRIPE_SECRET_KEY=sk_live_REPLACE_ME\nSLACK_BOT_TOKEN=xoxb-your-bot-token\nDATABASE_URL=postgres://user:password@localhost:5432/app\nGITHUB_TOKEN=<github-personal-access-token>\n" }] }));
add("CI log with masked secrets",
  ["2026-11-02T10:01:12Z Run npm publish", "2026-11-02T10:01:12Z env:", "2026-11-02T10:01:12Z   NODE_AUTH_TOKEN: ***", "2026-11-02T10:01:12Z   NPM_CONFIG_PROVENANCE: true", `2026-11-02T10:01:20Z + @acme/sdk@4.2.0 (shasum ${g.h(40)})`].join("\n"));
add("Kubernetes Secret with non-secret data",
  ["apiVersion: v1", "kind: Secret", "metadata:", "  name: app-settings", "type: Opaque", "data:", `  LOG_LEVEL: ${Buffer.from("info").toString("base64")}`, `  FEATURE_SEARCH: ${Buffer.from("true").toString("base64")}`, `  REGION: ${Buffer.from("eu-west-1").toString("base64")}`].join("\n"));
add("SQL with UUID primary keys and bcrypt-free hashes of files",
  ["INSERT INTO uploads (id, owner_id, sha256, etag) VALUES", ...Array.from({ length: 3 }, () => `  ('${g.uuid()}', '${g.uuid()}', '${g.h(64)}', '${g.h(32)}'),`), "  ('00000000-0000-0000-0000-000000000000', NULL, NULL, NULL);"].join("\n"));
add("Jupyter output with dataframe of hashes",
  JSON.stringify({ cell_type: "code", execution_count: 7, outputs: [{ output_type: "execute_result", data: { "text/plain": ["   user_id                            email_sha256\n", ...Array.from({ length: 3 }, (_, i) => `${i}  ${g.d(7)}  ${g.h(64)}\n`)] } }], source: ["df[['user_id','email_sha256']].head(3)"] }, null, 1));
add("OpenAI API response metadata (ids only)",
  JSON.stringify({ id: `chatcmpl-${g.a(29)}`, object: "chat.completion", created: 1767000000, model: "gpt-4.1-2025-04-14", system_fingerprint: `fp_${g.h(10)}`, choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3 } }));
add("HTTP response headers with request/trace ids",
  ["HTTP/2 200", "content-type: application/json", `x-request-id: ${g.uuid()}`, `x-amzn-trace-id: Root=1-${g.h(8)}-${g.h(24)}`, `cf-ray: ${g.h(16)}-FRA`, `etag: W/"${g.h(32)}"`, `x-cloud-trace-context: ${g.h(32)}/${g.d(19)};o=1`].join("\n"));
add("Markdown doc: rotate keys with masked example",
  ["## Rotating the Stripe key", "", "1. Create a new restricted key in the dashboard.", "2. Store it: `aws secretsmanager put-secret-value --secret-id prod/stripe --secret-string \"$NEW_KEY\"`", "3. The old key looks like `rk_live_••••••••••••3xQa` in the dashboard; roll it.", "", "Never paste the key into tickets."].join("\n"));
add("Python code reading secrets from env, no values",
  ["import os", "from openai import OpenAI", "", "client = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])", "stripe_key = os.getenv(\"STRIPE_SECRET_KEY\")", "if not stripe_key:", "    raise RuntimeError(\"STRIPE_SECRET_KEY is not set\")"].join("\n"));
add("Git diff replacing a literal with env var reference",
  ["--- a/src/config.ts", "+++ b/src/config.ts", "@@ -3,3 +3,3 @@", "-export const slackToken = \"\";", "+export const slackToken = process.env.SLACK_BOT_TOKEN ?? \"\";", ` // checked at boot, see ${g.h(7)}`].join("\n"));
add("Sourcemap mappings segment",
  JSON.stringify({ version: 3, file: `main.${g.h(8)}.js`, sources: ["../src/index.ts"], names: [], mappings: g.str(400, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/;,") }));
add("SVG path data in a component",
  `export const Logo = () => (<svg viewBox="0 0 24 24"><path d="M${g.d(2)}.${g.d(3)} ${g.d(1)}.${g.d(2)}c${g.d(1)}.${g.d(3)}-${g.d(1)}.${g.d(2)} ${g.d(2)}.${g.d(2)}-${g.d(1)}.${g.d(3)}z" fill="#111"/></svg>);`);
add("HashiCorp Vault response metadata without secret data",
  JSON.stringify({ request_id: g.uuid(), lease_id: "", renewable: false, lease_duration: 0, data: { keys: ["api", "db", "stripe"] }, wrap_info: null, warnings: null, auth: null }, null, 2));
add("Encrypted Rails credentials file content",
  JSON.stringify({ tool: "read_file", path: "config/credentials.yml.enc", content: `${g.b64bytes(300)}--${g.b64bytes(12)}--${g.b64bytes(16)}` }));
add("Azure resource ids in ARM output",
  JSON.stringify({ id: `/subscriptions/${g.uuid()}/resourceGroups/rg-prod/providers/Microsoft.Web/sites/acme-api`, identity: { principalId: g.uuid(), tenantId: g.uuid(), type: "SystemAssigned" } }, null, 2));
add("bcrypt-free password policy config (no secrets)",
  ["[security]", "min_password_length = 14", "hash_algorithm = argon2id", `pepper_secret_ref = "vault:secret/data/auth#pepper"`, "session_ttl = 3600"].join("\n"));

const handCases: CorpusCase[] = hand.map(([note, text], i) => ({
  id: `y24-bk-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty24-benign",
  label: "benign",
  text,
  note,
}));

export const cases: CorpusCase[] = [...rotated, ...handCases];
