// heldout-y92 benign look-alikes: hashes, ids, public material, placeholders, references, encrypted blobs.
import type { CorpusCase } from "../types.ts";
import { Gen, j, renderers, type Spec } from "./_gen.ts";

const r = new Gen(0x92b9);
// Renderers whose wording implies a secret (chat message, runbook, credential table) or a header slot are skipped.
const skip = new Set(["chat message", "Markdown doc", "SQL seed insert"]);
const rs = renderers.filter((x) => !x.http && !skip.has(x.name));

const specs: Spec[] = [
  { p: "git commit SHA", g: "", env: "GIT_COMMIT", make: (r) => r.h(40) },
  { p: "container image digest", g: "", env: "IMAGE_DIGEST", make: (r) => j("sha256:", r.h(64)) },
  { p: "build UUID", g: "", env: "BUILD_ID", make: (r) => r.uuid() },
  { p: "W3C traceparent", g: "", env: "TRACEPARENT", make: (r) => `00-${r.h(32)}-${r.h(16)}-01` },
  { p: "Stripe publishable key", g: "", env: "STRIPE_PUBLISHABLE_KEY", make: (r) => j("pk", "_live_", "51", r.a(97)) },
  { p: "Stripe customer id", g: "", env: "STRIPE_CUSTOMER_ID", make: (r) => j("cus_", r.a(14)) },
  { p: "Stripe price id", g: "", env: "STRIPE_PRICE_ID", make: (r) => j("price_", "1", r.a(23)) },
  { p: "OpenAI assistant id", g: "", env: "OPENAI_ASSISTANT_ID", make: (r) => j("asst_", r.a(24)) },
  { p: "OpenAI organization id", g: "", env: "OPENAI_ORG_ID", make: (r) => j("org-", r.a(24)) },
  { p: "Anthropic message id", g: "", env: "LAST_MESSAGE_ID", make: (r) => j("msg_01", r.a(22)) },
  { p: "env var reference placeholder", g: "", env: "OPENAI_API_KEY", make: () => "${OPENAI_API_KEY}" },
  { p: "angle-bracket placeholder", g: "", env: "ANTHROPIC_API_KEY", make: () => "<your-anthropic-api-key>" },
  { p: "masked key", g: "", env: "STRIPE_SECRET_KEY", make: (r) => j("sk_live_", "*".repeat(20), r.d(4)) },
  { p: "masked OpenAI key", g: "", env: "OPENAI_API_KEY", make: (r) => j("sk-", "...", r.up(4)) },
  { p: "1Password reference", g: "", env: "STRIPE_SECRET_KEY", make: () => "op://Production/Stripe/secret_key" },
  { p: "Vault path reference", g: "", env: "DATADOG_API_KEY", make: () => "vault:secret/data/observability#dd_api_key" },
  { p: "AWS Secrets Manager ARN", g: "", env: "DB_PASSWORD_SECRET_ARN", make: (r) => `arn:aws:secretsmanager:eu-west-1:${r.d(12)}:secret:prod/db-password-${r.a(6)}` },
  { p: "GCP Secret Manager resource name", g: "", env: "OPENAI_KEY_SECRET", make: (r) => `projects/acme-prod-${r.d(6)}/secrets/openai-api-key/versions/latest` },
  { p: "Azure Key Vault reference", g: "", env: "SENDGRID_API_KEY", make: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/SendGridApiKey/)" },
  { p: "SSM parameter reference", g: "", env: "SLACK_BOT_TOKEN", make: () => "{{resolve:ssm-secure:/prod/notifier/slack-bot-token:3}}" },
  { p: "SOPS encrypted value", g: "", env: "GITHUB_TOKEN", make: (r) => `ENC[AES256_GCM,data:${r.b64bytes(30)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]` },
  { p: "npm integrity hash", g: "", env: "PKG_INTEGRITY", make: (r) => j("sha512-", r.b64bytes(64)) },
  { p: "release checksum", g: "", env: "RELEASE_SHA256", make: (r) => r.h(64) },
  { p: "GPG key fingerprint", g: "", env: "GPG_SIGNING_FINGERPRINT", make: (r) => r.H(40) },
  { p: "AWS role ARN", g: "", env: "AWS_ROLE_ARN", make: (r) => `arn:aws:iam::${r.d(12)}:role/github-actions-deploy` },
  { p: "Postgres URL with password reference", g: "", env: "DATABASE_URL", make: () => "postgres://app:${DB_PASSWORD}@db:5432/app?sslmode=disable" },
  { p: "SSH public key", g: "", env: "DEPLOY_PUBLIC_KEY", make: (r) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(43)} deploy@ci` },
  { p: "VAPID public key", g: "", env: "VAPID_PUBLIC_KEY", make: (r) => j("B", r.u(86)) },
  { p: "Ethereum address", g: "", env: "TREASURY_ADDRESS", make: (r) => j("0x", r.h(40)) },
  { p: "Google OAuth client id", g: "", env: "GOOGLE_CLIENT_ID", make: (r) => `${r.d(12)}-${r.lo(32)}.apps.googleusercontent.com` },
  { p: "Slack channel id", g: "", env: "SLACK_ALERT_CHANNEL", make: (r) => j("C0", r.up(9)) },
  { p: "Stripe webhook endpoint id", g: "", env: "STRIPE_WEBHOOK_ENDPOINT_ID", make: (r) => j("we_", "1", r.a(23)) },
  { p: "GitHub Actions secrets expression", g: "", env: "NPM_TOKEN", make: () => "${{ secrets.NPM_TOKEN }}" },
  { p: "Helm template reference", g: "", env: "SENTRY_AUTH_TOKEN", make: () => "{{ .Values.sentry.authToken }}" },
  { p: "JWK thumbprint key id", g: "", env: "JWT_KID", make: (r) => r.u(43) },
  { p: "asset content hash", g: "", env: "ASSET_VERSION", make: (r) => r.h(20) },
  { p: "OpenAI chat completion id", g: "", env: "LAST_COMPLETION_ID", make: (r) => j("chatcmpl-", r.a(29)) },
  { p: "Datadog site placeholder", g: "", env: "DD_API_KEY", make: () => "REPLACE_WITH_YOUR_DATADOG_API_KEY" },
  { p: "x-mask placeholder", g: "", env: "TWILIO_AUTH_TOKEN", make: () => "x".repeat(32) },
  { p: "git tree/blob SHA-256 object", g: "", env: "SOURCE_TREE_OID", make: (r) => r.h(64) },
];

const rot: CorpusCase[] = [];
for (let i = 0; i < 64; i++) {
  const s = specs[i % specs.length]!;
  const rd = rs[(i * 5 + 1) % rs.length]!;
  const v = s.make(r);
  rot.push({ id: `y92-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty92-benign", label: "benign", text: rd.f({ s, v, r }), note: `${s.p} (${s.env}) in ${rd.name}` });
}

const D = "-----";
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const cert = () => `${D}BEGIN CERTIFICATE${D}\n${wrap("MIIDdzCCAl+gAwIBAgIE" + r.b64bytes(820))}\n${D}END CERTIFICATE${D}`;
const pub = () => `${D}BEGIN PUBLIC KEY${D}\n${wrap("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + r.b64bytes(240))}\n${D}END PUBLIC KEY${D}`;

const hand: [string, () => string][] = [
  ["PEM certificate pasted in chat body (JSON-escaped)", () => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `nginx says 'no start line' for this cert, what's wrong?\n\n${cert()}\n` }] })],
  ["PEM public key in JSON config", () => JSON.stringify({ issuer: "https://auth.acme.io", audience: "api", publicKey: pub() }, null, 2)],
  ["authorized_keys via write_file tool_use", () => JSON.stringify({ type: "tool_use", id: `toolu_01${r.a(22)}`, name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r.b64(368)} ops@laptop\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(43)} ci@runner\n` } })],
  ["known_hosts in MCP tool result", () => JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(43)}\ngitlab.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${r.b64(88)}=\n` }] } })],
  ["base64 PNG data URI in CSS", () => `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${r.b64bytes(240)}");\n}`],
  ["minified JS bundle chunk", () => `(self.webpackChunkapp=self.webpackChunkapp||[]).push([[${r.range(100, 999)}],{${r.range(1000, 9999)}:(e,t,n)=>{"use strict";n.d(t,{Z:()=>o});var r=n(${r.range(100, 999)}),a="${r.a(32)}",o=function(e){return(0,r.jsx)("div",{className:"c-${r.lo(6)}",children:e.children,"data-h":a})}}}]);\n//# sourceMappingURL=${r.range(100, 999)}.${r.h(20)}.js.map`],
  ["CSS modules with hashed class names", () => `.Button_root__${r.a(5)}{display:inline-flex;padding:8px 12px}.Button_primary__${r.a(5)}{background:#${r.h(6)}}.Card_wrap__${r.a(5)}{border:1px solid #${r.h(6)};border-radius:8px}`],
  ["SOPS-encrypted YAML file in chat body", () => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: `sops -d fails with MAC mismatch on this file:\n\nstripe_secret_key: ENC[AES256_GCM,data:${r.b64bytes(80)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]\nopenai_api_key: ENC[AES256_GCM,data:${r.b64bytes(120)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]\nsops:\n    age:\n        - recipient: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n    lastmodified: \"2026-11-02T10:11:12Z\"\n    mac: ENC[AES256_GCM,data:${r.b64bytes(64)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]\n    version: 3.9.1` }] })],
  ["SealedSecret manifest", () => `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: billing-env\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${r.b64bytes(520)}\n    DATABASE_URL: AgC${r.b64bytes(560)}`],
  ["ansible-vault encrypted file", () => `# group_vars/prod/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n${wrap(r.h(640), 80)}`],
  ["package-lock.json integrity", () => `"node_modules/express": {\n  "version": "4.21.1",\n  "resolved": "https://registry.npmjs.org/express/-/express-4.21.1.tgz",\n  "integrity": "sha512-${r.b64bytes(64)}",\n  "license": "MIT"\n}`],
  ["go.sum lines", () => `github.com/stripe/stripe-go/v79 v79.12.0 h1:${r.b64bytes(32)}\ngithub.com/stripe/stripe-go/v79 v79.12.0/go.mod h1:${r.b64bytes(32)}\ngolang.org/x/crypto v0.31.0 h1:${r.b64bytes(32)}`],
  ["Cargo.lock checksums", () => `[[package]]\nname = "reqwest"\nversion = "0.12.9"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.h(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.42.0"\nchecksum = "${r.h(64)}"`],
  ["pip requirements with hashes", () => `requests==2.32.3 \\\n    --hash=sha256:${r.h(64)} \\\n    --hash=sha256:${r.h(64)}\nurllib3==2.2.3 \\\n    --hash=sha256:${r.h(64)}`],
  [".terraform.lock.hcl hashes", () => `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.80.0"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${r.b64bytes(32)}",\n    "zh:${r.h(64)}",\n    "zh:${r.h(64)}",\n  ]\n}`],
  ["docker pull output digests", () => `latest: Pulling from acme/api\n${r.h(12)}: Pull complete\n${r.h(12)}: Pull complete\nDigest: sha256:${r.h(64)}\nStatus: Downloaded newer image for acme/api:latest`],
  ["OpenAI chat completion response", () => JSON.stringify({ id: j("chatcmpl-", r.a(29)), object: "chat.completion", created: 1794000000 + r.range(0, 9999), model: "gpt-4o-2024-08-06", system_fingerprint: j("fp_", r.h(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 212, completion_tokens: 3, total_tokens: 215 } }, null, 2)],
  ["Anthropic response headers and body", () => `HTTP/2 200\nrequest-id: req_011C${r.a(20)}\nanthropic-organization-id: ${r.uuid()}\ncontent-type: application/json\n\n{"id":"msg_01${r.a(22)}","type":"message","role":"assistant","model":"claude-sonnet-4-5","stop_reason":"end_turn","usage":{"input_tokens":1024,"output_tokens":88}}`],
  ["Stripe webhook event payload", () => JSON.stringify({ id: j("evt_", "1", r.a(23)), object: "event", type: "payment_intent.succeeded", data: { object: { id: j("pi_", "3", r.a(23)), customer: j("cus_", r.a(14)), latest_charge: j("ch_", "3", r.a(23)), amount: 4900, currency: "eur" } } }, null, 2)],
  ["HTTP response headers with ids", () => `HTTP/1.1 200 OK\nx-request-id: ${r.uuid()}\ncf-ray: ${r.h(16)}-AMS\netag: W/"${r.h(32)}"\nx-amzn-trace-id: Root=1-${r.h(8)}-${r.h(24)}\nx-cache: Hit from cloudfront`],
  [".env.example with placeholders", () => `# Copy to .env and fill in\nOPENAI_API_KEY=sk-your-key-here\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nSLACK_BOT_TOKEN=<slack-bot-token>\nDATABASE_URL=postgres://user:password@localhost:5432/app`],
  ["GitHub Actions workflow with secrets expressions", () => `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n    steps:\n      - uses: actions/checkout@${r.h(40)}\n      - run: npm publish`],
  ["ExternalSecret manifest", () => `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api-keys\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: OPENAI_API_KEY\n      remoteRef:\n        key: prod/api/openai\n        property: api_key`],
  ["JWKS public keys", () => JSON.stringify({ keys: [{ kty: "RSA", use: "sig", alg: "RS256", kid: r.u(43), n: r.u(342), e: "AQAB" }, { kty: "EC", crv: "P-256", kid: r.h(16), x: r.u(43), y: r.u(43) }] }, null, 2)],
  ["k8s Secret with non-secret data", () => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  APP_ENV: ${Buffer.from("production").toString("base64")}\n  PORT: ${Buffer.from("8080").toString("base64")}\n  LOG_FORMAT: ${Buffer.from("json").toString("base64")}`],
  ["CI log with masked secrets", () => `2026-11-20T10:01:02.1Z Run npm publish\n2026-11-20T10:01:02.1Z env:\n  NPM_TOKEN: ***\n  GIT_SHA: ${r.h(40)}\n2026-11-20T10:01:09.8Z + @acme/sdk@3.4.1\n2026-11-20T10:01:09.8Z npm notice shasum: ${r.h(40)}`],
  ["HTML with SRI script tags", () => `<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${r.b64bytes(48)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="/assets/app.${r.h(8)}.css" integrity="sha256-${r.b64bytes(32)}">`],
  ["Jupyter output with image/png", () => JSON.stringify({ cell_type: "code", execution_count: 7, outputs: [{ output_type: "display_data", data: { "image/png": r.b64bytes(300), "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }], source: ["df.plot()\n"] }, null, 1)],
  ["git log output in chat message", () => JSON.stringify({ role: "user", content: `which of these broke the build?\n\ncommit ${r.h(40)}\nAuthor: Dana <dana@acme.io>\n    fix retry\n\ncommit ${r.h(40)}\nAuthor: Lee <lee@acme.io>\n    bump deps (${r.h(7)})` })],
  ["SQL with uuid and hash columns", () => `INSERT INTO uploads (id, owner_id, sha256, etag)\nVALUES ('${r.uuid()}', '${r.uuid()}', '${r.h(64)}', '${r.h(32)}');`],
  ["Markdown doc describing key format with placeholder", () => `### Configuring Stripe\n\nSet \`STRIPE_SECRET_KEY\` to your live secret key (it starts with \`sk_live_\`). Never commit it; use\n\`\`\`bash\nexport STRIPE_SECRET_KEY=\"$(op read op://Prod/Stripe/secret_key)\"\n\`\`\``],
  ["Python code reading env without default", () => `import os\nimport anthropic\n\nclient = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\nMODEL = "claude-sonnet-4-5"\nCACHE_KEY = "${r.h(40)}"  # content hash of the system prompt`],
  ["diff bumping lockfile hashes", () => `--- a/yarn.lock\n+++ b/yarn.lock\n@@ -120,7 +120,7 @@ axios@^1.7.0:\n-  integrity sha512-${r.b64bytes(64)}\n+  integrity sha512-${r.b64bytes(64)}\n   dependencies:\n     follow-redirects "^1.15.6"`],
  ["Go test vectors (hash outputs)", () => `var vectors = []struct{ in, want string }{\n\t{"abc", "${r.h(64)}"},\n\t{"hello", "${r.h(64)}"},\n}`],
  ["Sentry event with ids", () => JSON.stringify({ event_id: r.h(32), release: `web@${r.h(12)}`, contexts: { trace: { trace_id: r.h(32), span_id: r.h(16) } }, level: "error", message: "TypeError: cannot read properties of undefined" }, null, 2)],
  ["Terraform state outputs (non-sensitive ids)", () => JSON.stringify({ version: 4, terraform_version: "1.9.8", serial: 41, lineage: r.uuid(), outputs: { vpc_id: { value: j("vpc-", r.h(17)), type: "string" }, bucket_arn: { value: "arn:aws:s3:::acme-prod-assets", type: "string" } } }, null, 2)],
];

export const cases: CorpusCase[] = [
  ...rot,
  ...hand.map(([note, f], i): CorpusCase => ({ id: `y92-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty92-benign", label: "benign", text: f(), note })),
];
