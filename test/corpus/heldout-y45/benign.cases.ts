// heldout-y45: hard look-alikes (no live secret) in the same contexts as the positives.
import type { CorpusCase } from "../types.ts";
import { Gen, RENDERERS, ctxFor, j } from "./_gen.ts";

const r = new Gen(450004);

interface B { d: string; env: string; mk: (r: Gen) => string; hdr?: string; q?: string }

const specs: B[] = [
  { d: "git commit SHA", env: "GIT_COMMIT_SHA", mk: (r) => r.h(40) },
  { d: "short git SHA build tag", env: "BUILD_REVISION", mk: (r) => r.h(12) },
  { d: "container image digest", env: "IMAGE_DIGEST", mk: (r) => j("sha256:", r.h(64)) },
  { d: "artifact sha256 checksum", env: "ARTIFACT_SHA256", mk: (r) => r.h(64) },
  { d: "request id UUID", env: "REQUEST_ID", hdr: "X-Request-Id: ", q: "request_id", mk: (r) => r.uuid() },
  { d: "W3C traceparent", env: "TRACEPARENT", hdr: "traceparent: ", mk: (r) => j("00-", r.h(32), "-", r.h(16), "-01") },
  { d: "idempotency key UUID", env: "IDEMPOTENCY_KEY", hdr: "Idempotency-Key: ", mk: (r) => r.uuid() },
  { d: "Stripe publishable live key", env: "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", mk: (r) => j("pk", "_live_", "51", r.a(97)) },
  { d: "Stripe customer id", env: "DEFAULT_CUSTOMER_ID", q: "customer", mk: (r) => j("cus_", r.a(14)) },
  { d: "Stripe price id", env: "STRIPE_PRICE_ID_PRO", mk: (r) => j("price_", "1", r.a(23)) },
  { d: "Stripe payment intent id", env: "LAST_PAYMENT_INTENT", q: "payment_intent", mk: (r) => j("pi_", "3", r.a(23)) },
  { d: "Anthropic message id", env: "LAST_MESSAGE_ID", mk: (r) => j("msg_", "01", r.a(22)) },
  { d: "OpenAI chat completion id", env: "COMPLETION_ID", mk: (r) => j("chatcmpl-", r.a(29)) },
  { d: "OpenAI assistant id", env: "OPENAI_ASSISTANT_ID", mk: (r) => j("asst_", r.a(24)) },
  { d: "OpenAI file id", env: "TRAINING_FILE_ID", mk: (r) => j("file-", r.a(22)) },
  { d: "Slack channel id", env: "SLACK_ALERTS_CHANNEL", mk: (r) => j("C0", r.U(9)) },
  { d: "AWS role ARN", env: "AWS_ROLE_ARN", mk: (r) => j("arn:aws:iam::", r.d(12), ":role/github-actions-deploy") },
  { d: "AWS Secrets Manager ARN reference", env: "DB_SECRET_ARN", mk: (r) => j("arn:aws:secretsmanager:eu-west-1:", r.d(12), ":secret:prod/db/password-", r.a(6)) },
  { d: "SSM parameter reference", env: "API_KEY_PARAM", mk: () => "ssm:/prod/payments/stripe_secret_key" },
  { d: "Vault path reference", env: "STRIPE_SECRET_KEY", mk: () => "vault:secret/data/prod/stripe#secret_key" },
  { d: "1Password secret reference", env: "OPENAI_API_KEY", mk: () => "op://Engineering/OpenAI Prod/credential" },
  { d: "GCP Secret Manager resource name", env: "ANTHROPIC_API_KEY_SECRET", mk: () => "projects/acme-prod/secrets/anthropic-api-key/versions/latest" },
  { d: "Azure Key Vault reference", env: "SENDGRID_API_KEY", mk: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid-key/)" },
  { d: "GitHub Actions secrets expression", env: "NPM_TOKEN", mk: () => "${{ secrets.NPM_TOKEN }}" },
  { d: "shell variable reference", env: "GITHUB_TOKEN", mk: () => "${GH_PAT}" },
  { d: "angle-bracket placeholder", env: "OPENAI_API_KEY", mk: () => "<your-openai-api-key>" },
  { d: "masked key", env: "ANTHROPIC_API_KEY", mk: (r) => j("sk-ant-", "...", r.a(4)) },
  { d: "masked key with X run", env: "STRIPE_SECRET_KEY", mk: () => "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX" },
  { d: "asterisk mask", env: "SLACK_BOT_TOKEN", mk: (r) => j("xoxb-", "****************", r.a(4)) },
  { d: "changeme placeholder", env: "DB_PASSWORD", mk: () => "changeme" },
  { d: "redacted marker", env: "AWS_SECRET_ACCESS_KEY", mk: () => "[REDACTED]" },
  { d: "SOPS encrypted value", env: "DATABASE_PASSWORD", mk: (r) => j("ENC[AES256_GCM,data:", r.b64b(24), ",iv:", r.b64b(32), ",tag:", r.b64b(16), ",type:str]") },
  { d: "npm lockfile integrity", env: "PKG_INTEGRITY", mk: (r) => j("sha512-", r.b64b(64)) },
  { d: "SRI hash", env: "SCRIPT_INTEGRITY", mk: (r) => j("sha384-", r.b64b(48)) },
  { d: "Go module sum", env: "GOSUM_LINE", mk: (r) => j("h1:", r.b64b(32)) },
  { d: "SSH ed25519 public key", env: "DEPLOY_PUBLIC_KEY", mk: (r) => j("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", r.b64(43), " deploy@ci") },
  { d: "age public recipient", env: "SOPS_AGE_RECIPIENTS", mk: (r) => j("age1", r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")) },
  { d: "S3 ETag", env: "LAST_UPLOAD_ETAG", mk: (r) => r.h(32) },
  { d: "CSP nonce", env: "CSP_NONCE_SAMPLE", mk: (r) => r.b64b(16) },
  { d: "Kubernetes pod UID", env: "POD_UID", mk: (r) => r.uuid() },
  { d: "Sentry event id", env: "SENTRY_EVENT_ID", mk: (r) => r.h(32) },
  { d: "Datadog trace id (decimal)", env: "DD_TRACE_ID", hdr: "x-datadog-trace-id: ", mk: (r) => j(String(r.range(1, 9)), r.d(18)) },
  { d: "cache key hash", env: "CACHE_KEY", mk: (r) => j("node-modules-Linux-", r.h(64)) },
  { d: "feature flag env id (public)", env: "FEATURE_ENV_NAME", mk: () => "production-eu" },
  { d: "public OAuth client id", env: "GOOGLE_CLIENT_ID", mk: (r) => j(r.d(12), "-", r.l(32), ".apps.googleusercontent.com") },
  { d: "GitHub App id / installation id", env: "GITHUB_APP_INSTALLATION_ID", mk: (r) => r.d(8) },
  { d: "webhook delivery id", env: "LAST_DELIVERY_ID", hdr: "X-GitHub-Delivery: ", mk: (r) => r.uuid() },
  { d: "Twilio message SID-like id in log field", env: "LAST_SMS_ID", mk: (r) => j("SM", r.h(32)) },
  { d: "MongoDB ObjectId", env: "DEFAULT_ORG_ID", q: "org", mk: (r) => r.h(24) },
  { d: "ULID", env: "JOB_ID", q: "job", mk: (r) => r.str(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ") },
];

// Renderers whose surrounding prose claims a live secret are left out for benign values.
const SKIP = new Set(["Python SDK constructor", "pytest fixture", "team chat message", "Markdown doc", "Java code", "Python crash dump with locals", "SQL seed insert"]);
const usable = RENDERERS.filter((x) => !SKIP.has(x.name));

const out: CorpusCase[] = [];
let ri = 0;
for (let pass = 0; pass < 2; pass++) {
  // Second pass renders two specs in three again, in new contexts.
  for (const s of pass === 0 ? specs : specs.filter((_, i) => i % 3 !== 2)) {
    let rend = usable[ri % usable.length]!;
    while (rend.hdr && !s.hdr && !s.q) { ri++; rend = usable[ri % usable.length]!; }
    ri++;
    const v = s.mk(r);
    const c = ctxFor({ env: s.env, hdr: s.hdr, q: s.q, p: s.d }, v, r);
    const text = rend.fn(c);
    out.push({ id: `y45-b-${String(out.length + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty45-benign", label: "benign", text, note: `benign ${s.d} in ${s.env} slot; context: ${rend.name}` });
  }
}

// Handcrafted look-alikes.
const b64line = (n: number) => Buffer.from(r.bytes(n)).toString("base64");
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const hand: Array<[string, string]> = [
  ["PEM certificate pasted into an LLM chat body", JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: `is this cert chain in the right order?\n\n-----BEGIN CERTIFICATE-----\n${wrap(j("MIIDdzCCAl+gAwIBAgIE", b64line(700)))}\n-----END CERTIFICATE-----` }] })],
  ["PEM public key in a YAML config", `jwt:\n  issuer: https://auth.acme.io\n  public_key: |\n    -----BEGIN PUBLIC KEY-----\n${wrap(j("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", b64line(250))).split("\n").map((l) => `    ${l}`).join("\n")}\n    -----END PUBLIC KEY-----`],
  ["ansible-vault encrypted file via write_file", JSON.stringify({ type: "tool_use", id: j("toolu_01", r.a(22)), name: "write_file", input: { path: "group_vars/prod/vault.yml", content: `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => r.h(80)).join("\n")}\n` } })],
  ["Bitnami SealedSecret encryptedData", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: ${j("AgB", r.b64(360))}\n    OPENAI_API_KEY: ${j("AgC", r.b64(360))}`],
  ["base64 PNG data URI in CSS", `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${r.b64(400)}AAAAAElFTkSuQmCC");\n}`],
  ["minified JS bundle chunk", `!function(e,t){"object"==typeof exports?module.exports=t():e.${r.l(6)}=t()}(this,function(){var e="${r.a(40)}",t=function(n){return n.split("").map(function(c){return c.charCodeAt(0)^7}).join(",")};return{v:"3.2.1",h:e,enc:t}});\n//# sourceMappingURL=vendor.${r.h(20)}.js.map`],
  ["CSS module class names", `.${r.a(8)}_${r.a(5)}{display:flex}.Button_root__${r.a(5)}{padding:8px 12px;border-radius:6px}.Card_${r.bu(20)}{box-shadow:0 1px 2px rgba(0,0,0,.2)}`],
  ["package-lock.json entry with integrity and resolved", JSON.stringify({ "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: j("sha512-", b64line(64)) } }, null, 2)],
  ["OpenAI API response with ids and usage (no key)", JSON.stringify({ id: j("chatcmpl-", r.a(29)), object: "chat.completion", created: 1767225600, model: "gpt-4.1-2025-04-14", system_fingerprint: j("fp_", r.h(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3, total_tokens: 815 } }, null, 2)],
  ["Stripe webhook event payload (object ids only)", JSON.stringify({ id: j("evt_", "1", r.a(23)), object: "event", type: "invoice.paid", data: { object: { id: j("in_", "1", r.a(23)), customer: j("cus_", r.a(14)), subscription: j("sub_", "1", r.a(23)), charge: j("ch_", "3", r.a(23)) } }, request: { id: j("req_", r.a(14)) } }, null, 2)],
  ["known_hosts lines", `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(43)}\ngitlab.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${r.b64(88)}=`],
  ["git log --oneline in CI log", Array.from({ length: 6 }, (_, i) => `2026-03-01T10:0${i}:00Z ${r.h(40)} ${["fix: retry on 429", "chore: bump deps", "feat: export csv", "docs: readme", "refactor: split client", "test: add fixtures"][i]}`).join("\n")],
  ["Terraform state with sensitive values redacted", `# module.db.aws_db_instance.main:\nresource "aws_db_instance" "main" {\n    arn      = "arn:aws:rds:eu-west-1:${r.d(12)}:db:ledger-prod"\n    id       = "db-${r.U(26)}"\n    password = (sensitive value)\n    username = "ledger"\n}`],
  ["docker pull output with digests", `latest: Pulling from acme/api\n${r.h(12)}: Pull complete\n${r.h(12)}: Pull complete\nDigest: sha256:${r.h(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api:latest`],
  ["HMAC signature header on inbound webhook (computed, not a key) in request log", `POST /webhooks/github HTTP/1.1\nHost: hooks.acme.io\nX-GitHub-Event: push\nX-GitHub-Delivery: ${r.uuid()}\nX-Hub-Signature-256: sha256=${r.h(64)}\nContent-Type: application/json`],
  [".env.example with placeholders", `# copy to .env and fill in\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=your-anthropic-key-here\nSTRIPE_SECRET_KEY=sk_live_...\nDATABASE_URL=postgresql://user:password@localhost:5432/app\nAWS_SECRET_ACCESS_KEY=<aws-secret>`],
];
for (const [note, text] of hand) {
  out.push({ id: `y45-bk-${String(out.length + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty45-benign", label: "benign", text, note: `benign ${note}` });
}

export const cases: CorpusCase[] = out;
