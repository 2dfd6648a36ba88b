// heldout-y55 benign look-alikes: same renderers and contexts, values that are not live secrets.
import type { CorpusCase } from "../types.ts";
import { AN, B64, DIG, Gen, HEX, URL64, ctx, renderers } from "./_gen.ts";

const g = new Gen(0x55b3);

interface BSpec {
  what: string;
  env: string;
  host?: string;
  make: (g: Gen) => string;
}

const specs: BSpec[] = [
  { what: "git commit SHA", env: "GIT_COMMIT_SHA", make: (g) => g.hex(40) },
  { what: "sha256 artifact digest", env: "ARTIFACT_SHA256", make: (g) => g.hex(64) },
  { what: "container image digest", env: "IMAGE_DIGEST", make: (g) => "sha256:" + g.hex(64) },
  { what: "request id UUID", env: "REQUEST_ID", make: (g) => g.uuid() },
  { what: "W3C trace id", env: "TRACE_ID", make: (g) => g.hex(32) },
  { what: "Stripe publishable key", env: "STRIPE_PUBLISHABLE_KEY", make: (g) => g.j(["pk", "_live_", "51"], 97) },
  { what: "Stripe customer id", env: "STRIPE_CUSTOMER_ID", make: (g) => g.j(["cu", "s_"], 14) },
  { what: "Stripe payment intent id", env: "PAYMENT_INTENT_ID", make: (g) => g.j(["p", "i_", "3"], 23) },
  { what: "OpenAI chat completion id", env: "COMPLETION_ID", make: (g) => g.j(["chat", "cmpl-"], 29) },
  { what: "Anthropic message id", env: "MESSAGE_ID", make: (g) => g.j(["ms", "g_01"], 22) },
  { what: "OpenAI assistant id", env: "OPENAI_ASSISTANT_ID", make: (g) => g.j(["as", "st_"], 24) },
  { what: "OpenAI org id", env: "OPENAI_ORG_ID", make: (g) => g.j(["or", "g-"], 24) },
  { what: "masked OpenAI key", env: "OPENAI_API_KEY", host: "api.openai.com", make: () => "sk-proj-...XXXX" },
  { what: "placeholder <your-key>", env: "ANTHROPIC_API_KEY", host: "api.anthropic.com", make: () => "<your-anthropic-api-key>" },
  { what: "env var reference ${VAR}", env: "GITHUB_TOKEN", host: "api.github.com", make: () => "${GITHUB_TOKEN}" },
  { what: "GitHub Actions secret expression", env: "NPM_TOKEN", make: () => "${{ secrets.NPM_TOKEN }}" },
  { what: "Vault reference", env: "DATABASE_PASSWORD", make: () => "vault:secret/data/prod/db#password" },
  { what: "1Password reference", env: "STRIPE_SECRET_KEY", make: () => "op://Production/Stripe/secret-key" },
  { what: "AWS SSM parameter reference", env: "SLACK_BOT_TOKEN", make: () => "{{resolve:ssm-secure:/prod/slack/bot-token:3}}" },
  { what: "Azure Key Vault reference", env: "SENDGRID_API_KEY", make: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid/)" },
  { what: "redacted value", env: "DD_API_KEY", host: "api.datadoghq.com", make: () => "********" },
  { what: "npm integrity SRI", env: "PACKAGE_INTEGRITY", make: (g) => "sha512-" + g.s(86, B64) + "==" },
  { what: "AWS role ARN", env: "AWS_ROLE_ARN", make: (g) => `arn:aws:iam::${g.s(12, DIG)}:role/github-deploy` },
  { what: "Slack channel id", env: "SLACK_CHANNEL_ID", make: (g) => "C0" + g.s(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") },
  { what: "Sentry event id", env: "SENTRY_EVENT_ID", make: (g) => g.hex(32) },
  { what: "Google OAuth client id", env: "GOOGLE_CLIENT_ID", make: (g) => `${g.s(12, DIG)}-${g.s(32, "abcdefghijklmnopqrstuvwxyz0123456789")}.apps.googleusercontent.com` },
  { what: "Vercel project id", env: "VERCEL_PROJECT_ID", make: (g) => g.j(["pr", "j_"], 28) },
  { what: "Cloudflare zone id", env: "CLOUDFLARE_ZONE_ID", make: (g) => g.hex(32) },
  { what: "base64 PNG thumbnail", env: "PLACEHOLDER_IMAGE", make: (g) => "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ" + g.s(120, B64) + "=" },
  { what: "SOPS encrypted value", env: "DB_PASSWORD", make: (g) => `ENC[AES256_GCM,data:${g.s(32, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]` },
  { what: "Docker image tag with hash", env: "IMAGE", make: (g) => `ghcr.io/acme/api:${g.hex(12)}` },
  { what: "Stripe price id", env: "STRIPE_PRICE_ID", make: (g) => g.j(["pri", "ce_1"], 23) },
  { what: "Twilio account SID-free messaging service ref", env: "TWILIO_MESSAGING_SERVICE", make: () => "notifications-prod" },
  { what: "Auth0 client id (public)", env: "AUTH0_CLIENT_ID", make: (g) => g.s(32, AN) },
];

const rotated: CorpusCase[] = [];
const N = 72;
for (let i = 0; i < N; i++) {
  const sp = specs[i % specs.length]!;
  const r = renderers[(i * 5 + 1) % renderers.length]!;
  rotated.push({
    id: `y55-b-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: "heldouty55-benign",
    label: "benign",
    text: r.f(g, sp.host ? ctx(sp) : { ...ctx(sp), hdr: "X-" + sp.env.toLowerCase().replace(/_/g, "-") + ":" }, sp.make(g)),
    note: `${sp.what} in ${sp.env} — ${r.name}`,
  });
}

const hand = (id: number, note: string, text: string): CorpusCase => ({
  id: `y55-bk-${String(id).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty55-benign",
  label: "benign",
  text,
  note,
});

const cert = g.pem("CERTIFICATE", 18);
const pub = g.pem("PUBLIC KEY", 6);
const sshPub = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, B64)} deploy@ci`;
const rsaPub = `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.s(500, B64)} alice@laptop`;

const handcrafted: CorpusCase[] = [
  hand(1, "PEM certificate chain — chat body pasting ca.crt", JSON.stringify({ messages: [{ role: "user", content: `curl says unable to get local issuer certificate, here's the CA bundle:\n${cert}\n` }] })),
  hand(2, "PEM public key — JWT verify config (JSON)", JSON.stringify({ issuer: "https://auth.acme.io/", audience: "api", jwks_cache_ttl: 600, public_key: pub }, null, 2)),
  hand(3, "SSH ed25519 public key — authorized_keys write_file tool call", JSON.stringify({ type: "tool_use", name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: sshPub + "\n" } })),
  hand(4, "SSH RSA public key — cloud-init YAML", `#cloud-config\nusers:\n  - name: alice\n    groups: sudo\n    ssh_authorized_keys:\n      - ${rsaPub}\n`),
  hand(5, "Sealed secret — Bitnami SealedSecret encryptedData", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-secrets\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.s(680, B64)}==\n    DATABASE_URL: AgC${g.s(560, B64)}=\n`),
  hand(6, "ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 10 }, () => g.hex(80)).join("\n")}\n`),
  hand(7, "SOPS YAML with metadata — MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: `api_key: ENC[AES256_GCM,data:${g.s(60, B64)}=,iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\nsops:\n    age:\n        - recipient: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n    lastmodified: "2026-02-03T10:00:00Z"\n    mac: ENC[AES256_GCM,data:${g.s(88, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\n    version: 3.9.0\n` }] } })),
  hand(8, "minified JS bundle chunk", `!function(e,t){"use strict";var n="${g.s(40, URL64)}",r=function(e){return e.replace(/[A-Z]/g,function(e){return"-"+e.toLowerCase()})};e.__chunk_${g.hex(8)}=function(o){var i=t.createElement("div");i.className="c-"+n.slice(0,6)+" "+r(o.k);return i}}(window,document);\n//# sourceMappingURL=main.${g.hex(20)}.js.map`),
  hand(9, "CSS with hashed class names and inline svg", `.Button_root__${g.s(5, URL64)}{display:inline-flex;padding:8px 12px}\n.Button_primary__${g.s(5, URL64)}{background:#${g.hex(6)};color:#fff}\n.icon{background-image:url("data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHZpZXdCb3g9IjAgMCAyNCAyNCI+PHBhdGggZD0iTTEyIDJ${g.s(80, B64)}"); }\n`),
  hand(10, "package-lock.json integrity entries", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: "sha512-" + g.s(86, B64) + "==" }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + g.s(86, B64) + "==" } } }, null, 2)),
  hand(11, "go.sum lines", `github.com/google/uuid v1.6.0 h1:${g.s(43, B64)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.s(43, B64)}=\ngolang.org/x/sync v0.8.0 h1:${g.s(43, B64)}=\n`),
  hand(12, "git log output with SHAs in CI log", `2026-04-01T10:00:00.0000000Z commit ${g.hex(40)}\n2026-04-01T10:00:00.0000001Z Merge: ${g.hex(7)} ${g.hex(7)}\n2026-04-01T10:00:00.0000002Z Author: Dana <dana@acme.io>\n2026-04-01T10:00:00.0000003Z     fix: retry on 429 (#${g.range(100, 999)})\n`),
  hand(13, "Terraform state resource ids", JSON.stringify({ version: 4, terraform_version: "1.9.5", serial: 41, lineage: g.uuid(), resources: [{ mode: "managed", type: "aws_s3_bucket", name: "logs", instances: [{ attributes: { id: "acme-logs-" + g.hex(8), arn: "arn:aws:s3:::acme-logs", hosted_zone_id: "Z3AQBSTGFYJSTF" } }] }] }, null, 2)),
  hand(14, "HAR entry with ETag and cache headers", JSON.stringify({ request: { method: "GET", url: "https://cdn.acme.io/static/app." + g.hex(16) + ".js", headers: [{ name: "If-None-Match", value: `W/"${g.hex(32)}"` }] }, response: { status: 304, headers: [{ name: "x-amz-cf-id", value: g.s(56, URL64) + "==" }, { name: "x-request-id", value: g.uuid() }] } }, null, 2)),
  hand(15, "Python placeholder in docs", "```python\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])  # never hard-code: sk-...\n```\n"),
  hand(16, ".env.example with empty and placeholder values", `# copy to .env\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=your-key-here\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nREDIS_URL=redis://localhost:6379\n`),
  hand(17, "k8s secret referencing external secret store", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/stripe\n        property: secret_key\n`),
  hand(18, "Jupyter output with base64 PNG", JSON.stringify({ cell_type: "code", execution_count: 12, outputs: [{ output_type: "display_data", data: { "image/png": "iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzk" + g.s(400, B64) + "=", "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }], source: ["plt.plot(df.ts, df.latency)"] })),
  hand(19, "SQL with UUID primary keys and hashes", `INSERT INTO users (id, email, password_hash, created_at) VALUES\n('${g.uuid()}', 'a@acme.io', '$argon2id$v=19$m=65536,t=3,p=4$${g.s(22, B64)}$${g.s(43, B64)}', now()),\n('${g.uuid()}', 'b@acme.io', '$2b$12$${g.s(53, "./" + AN)}', now());\n`),
  hand(20, "curl with env-var reference in header", `curl https://api.anthropic.com/v1/messages \\\n  -H "x-api-key: $ANTHROPIC_API_KEY" \\\n  -H "anthropic-version: 2023-06-01" \\\n  -H "content-type: application/json" \\\n  -d '{"model":"claude-sonnet-4-5","max_tokens":256,"messages":[{"role":"user","content":"hi"}]}'`),
  hand(21, "Kubernetes Secret with non-secret data (base64 of config flags)", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-flags\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("beta_ui,fast_checkout").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n`),
  hand(22, "OpenAI response body with ids and usage", JSON.stringify({ id: g.j(["chat", "cmpl-"], 29), object: "chat.completion", created: 1767225600, model: "gpt-4.1-2025-04-14", system_fingerprint: "fp_" + g.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3 } })),
  hand(23, "Stripe webhook event payload (object ids, no secret)", JSON.stringify({ id: g.j(["ev", "t_1"], 23), object: "event", type: "payment_intent.succeeded", data: { object: { id: g.j(["p", "i_3"], 23), customer: g.j(["cu", "s_"], 14), latest_charge: g.j(["c", "h_3"], 23), amount: 4200 } }, request: { id: g.j(["re", "q_"], 14), idempotency_key: g.uuid() } }, null, 2)),
  hand(24, "Subresource integrity in HTML", `<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${g.s(64, B64)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="/assets/app.${g.hex(8)}.css">`),
  hand(25, "Docker build output with layer digests", `#5 [2/5] WORKDIR /app\n#5 CACHED\n#8 exporting layers\n#8 writing image sha256:${g.hex(64)} done\n#8 naming to ghcr.io/acme/api:${g.hex(7)} done\n#9 pushing layers ${g.hex(12)}\n`),
  hand(26, "MFA doc with 1Password reference for recovery codes", `# MFA enrolment doc\nScan the QR code shown in the admin console. The label will read "Acme (alice@acme.io)".\nRecovery codes are stored in 1Password under op://Employees/alice/mfa-recovery.\n`),
  hand(27, "GPG public key block", `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${Array.from({ length: 8 }, () => g.s(64, B64)).join("\n")}\n=${g.s(4, B64)}\n-----END PGP PUBLIC KEY BLOCK-----\n`),
  hand(28, "Helm values with secret-manager refs", `image:\n  repository: ghcr.io/acme/api\n  tag: "${g.hex(40)}"\nenv:\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: openai\n        key: api-key\n`),
];

export const cases: CorpusCase[] = [...rotated, ...handcrafted];
