// heldout-y152 file f: benign look-alikes (seed 152006).
import type { CorpusCase } from "../types.ts";
import { AN, B64, HEX, LOAN, LO, UP, UPAN, URLSAFE, Rng, j, prose } from "./_gen.ts";

const r = new Rng(152006);
const dash = "-----";
type G = { id: string; fn: () => [string, string] };
const sha256 = () => r.hex(64);
const x = (n: number) => "x".repeat(n);

const gens: G[] = [
  { id: "env-angle-placeholder", fn: () => { const v = "<your-openai-api-key>"; return [`# .env.example\nOPENAI_API_KEY=${v}\nANTHROPIC_API_KEY=<your-anthropic-key>\nDATABASE_URL=postgres://user:password@localhost:5432/dev`, v]; } },
  { id: "env-xxxx", fn: () => { const v = j("s", "k-", x(r.range(20, 40))); return [`${prose(r)}\n\n\`\`\`\nOPENAI_API_KEY=${v}\nSTRIPE_SECRET_KEY=${j("s", "k_live_", x(24))}\n\`\`\``, v]; } },
  { id: "compose-var-interp", fn: () => { const v = "${STRIPE_SECRET_KEY}"; return [`services:\n  api:\n    environment:\n      STRIPE_SECRET_KEY: ${v}\n      SENDGRID_API_KEY: \${SENDGRID_API_KEY:?missing}\n      GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}`, v]; } },
  { id: "gha-secrets-ref", fn: () => { const v = "${{ secrets.NPM_TOKEN }}"; return [`      - run: npm publish --access public\n        env:\n          NODE_AUTH_TOKEN: ${v}\n          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}`, v]; } },
  { id: "changeme", fn: () => { const v = r.pick(["changeme", "CHANGE_ME", "password123", "REPLACE_ME", "your_api_key_here", "TODO"]); return [`# values.yaml (defaults, override in prod)\nauth:\n  adminPassword: ${v}\n  jwtSecret: ${v}\npostgresql:\n  password: ${v}`, v]; } },
  { id: "code-env-read", fn: () => { const v = 'process.env.OPENAI_API_KEY'; return [`import OpenAI from "openai";\nconst client = new OpenAI({ apiKey: ${v}, organization: process.env.OPENAI_ORG });\nif (!${v}) throw new Error("OPENAI_API_KEY is not set");`, v]; } },
  { id: "python-environ-read", fn: () => { const v = 'os.environ["AWS_SECRET_ACCESS_KEY"]'; return [`session = boto3.Session(\n    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],\n    aws_secret_access_key=${v},\n    region_name="eu-west-1",\n)`, v]; } },
  { id: "vault-refs", fn: () => { const v = `vault:secret/data/${r.pick(["payments", "api", "ml"])}#stripe_key`; return [`STRIPE_SECRET_KEY=${v}\nOPENAI_API_KEY=op://Engineering/OpenAI/credential\nDB_PASSWORD=arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:prod/db-${r.s(6)}`, v]; } },
  { id: "k8s-secretkeyref", fn: () => { const v = "secretKeyRef"; return [`        env:\n          - name: DATABASE_PASSWORD\n            valueFrom:\n              ${v}:\n                name: pg-credentials\n                key: password\n          - name: SENTRY_DSN\n            valueFrom: { secretKeyRef: { name: sentry, key: dsn } }`, v]; } },
  { id: "sops", fn: () => { const v = `ENC[AES256_GCM,data:${r.b64(30)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]`; return [`stripe_secret_key: ${v}\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-1:${r.digits(12)}:key/${r.uuid()}\n    lastmodified: "${r.ts()}"\n    mac: ENC[AES256_GCM,data:${r.b64(48)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\n    version: 3.9.0`, v]; } },
  { id: "sha256sums", fn: () => { const v = sha256(); return [`${v}  toolkit-linux-amd64.tar.gz\n${sha256()}  toolkit-darwin-arm64.tar.gz\n${sha256()}  toolkit-windows-amd64.zip`, v]; } },
  { id: "git-log", fn: () => { const v = r.sha(); return [`commit ${v}\nAuthor: Dana Kim <dana@acme.dev>\nDate:   Tue Mar 3 10:12:44 2026 +0100\n\n    fix(auth): stop logging the bearer header\n\ncommit ${r.sha()}\nMerge: ${r.hex(7)} ${r.hex(7)}`, v]; } },
  { id: "package-lock-integrity", fn: () => { const v = `sha512-${r.b64(64)}`; return [`    "node_modules/zod": {\n      "version": "3.23.8",\n      "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",\n      "integrity": "${v}",\n      "license": "MIT"\n    }`, v]; } },
  { id: "yarn-lock", fn: () => { const v = `sha512-${r.b64(64)}`; return [`"@babel/core@^7.24.0":\n  version "7.24.5"\n  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.24.5.tgz#${r.sha()}"\n  integrity ${v}`, v]; } },
  { id: "cargo-lock", fn: () => { const v = sha256(); return [`[[package]]\nname = "tokio"\nversion = "1.38.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${v}"`, v]; } },
  { id: "go-sum", fn: () => { const v = `h1:${r.b64(32)}`; return [`github.com/google/uuid v1.6.0 ${v}\ngithub.com/google/uuid v1.6.0/go.mod h1:${r.b64(32)}`, v]; } },
  { id: "image-digest", fn: () => { const v = `sha256:${sha256()}`; return [`image: ghcr.io/acme/api@${v}\n# pinned by renovate`, v]; } },
  { id: "etag-md5", fn: () => { const v = r.hex(32); return [`HTTP/1.1 200 OK\nContent-Type: application/octet-stream\nETag: "${v}"\nx-amz-request-id: ${r.s(16, UPAN)}\nx-amz-id-2: ${r.b64(48)}`, v]; } },
  { id: "request-ids-log", fn: () => { const v = r.uuid(); return [JSON.stringify({ level: "info", msg: "request completed", request_id: v, trace_id: r.hex(32), span_id: r.hex(16), status: 200, duration_ms: r.range(3, 900) }), v]; } },
  { id: "idempotency-key", fn: () => { const v = r.uuid(); return [`await stripe.paymentIntents.create(\n  { amount: 2000, currency: "eur", customer: "cus_${r.s(14)}" },\n  { idempotencyKey: "${v}" },\n);`, v]; } },
  { id: "vendor-object-ids", fn: () => { const v = `pi_${r.s(24)}`; return [JSON.stringify({ id: v, object: "payment_intent", customer: `cus_${r.s(14)}`, latest_charge: `ch_${r.s(24)}`, payment_method: `pm_${r.s(24)}`, status: "succeeded" }), v]; } },
  { id: "openai-response-ids", fn: () => { const v = `chatcmpl-${r.s(29)}`; return [JSON.stringify({ id: v, object: "chat.completion", created: 1760000000 + r.int(9e6), model: "gpt-4o-2024-08-06", system_fingerprint: `fp_${r.hex(10)}`, choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] }), v]; } },
  { id: "anthropic-msg-ids", fn: () => { const v = `msg_01${r.s(22)}`; return [JSON.stringify({ id: v, type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: `toolu_01${r.s(22)}`, name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use" }), v]; } },
  { id: "ssh-public-key", fn: () => { const v = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.s(43, B64)} dev@laptop`; return [`$ cat ~/.ssh/authorized_keys\n${v}\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r.s(300, B64)} ci@build`, v]; } },
  { id: "pem-public-key", fn: () => { const v = r.s(64, B64); return [`const JWT_PUBLIC_KEY = \`${j(dash, "BEGIN PUBLIC KEY", dash)}\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r.s(20, B64)}\n${v}\n${r.s(64, B64)}\n${r.s(20, B64)}IDAQAB\n${j(dash, "END PUBLIC KEY", dash)}\`;`, v]; } },
  { id: "pem-certificate", fn: () => { const v = r.s(64, B64); return [`ssl_certificate_chain: |\n  ${j(dash, "BEGIN CERTIFICATE", dash)}\n  MIIDdzCCAl+gAwIBAgIE${r.s(44, B64)}\n  ${v}\n  ${r.s(64, B64)}\n  ${j(dash, "END CERTIFICATE", dash)}`, v]; } },
  { id: "stripe-publishable", fn: () => { const v = j("p", "k_live_", "51", r.s(97)); return [`// public, safe for the browser\nconst stripe = await loadStripe("${v}");`, v]; } },
  { id: "jwks-public", fn: () => { const v = r.b64url(256); return [JSON.stringify({ keys: [{ kty: "RSA", kid: r.s(16), use: "sig", alg: "RS256", n: v, e: "AQAB" }] }), v]; } },
  { id: "clerk-publishable", fn: () => { const v = j("p", "k_live_", Buffer.from("clerk.acme.dev$").toString("base64")); return [`NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=${v}\nCLERK_SECRET_KEY=\n`, v]; } },
  { id: "mapbox-public", fn: () => { const v = j("p", "k.eyJ", Buffer.from(JSON.stringify({ u: "acme", a: r.s(25, LOAN) })).toString("base64url").slice(3), ".", r.s(22, URLSAFE)); return [`mapboxgl.accessToken = "${v}"; // public token, URL-restricted to acme.dev`, v]; } },
  { id: "docs-token-format", fn: () => { const v = "ghp_"; return [`## Token formats\n\nGitHub classic personal access tokens start with \`${v}\` followed by 36 base62 characters; fine-grained ones start with \`github_pat_\`. Slack bot tokens begin with \`xoxb-\`. Never commit them; store them in the secret manager.`, v]; } },
  { id: "docs-aws-format", fn: () => { const v = "AKIA"; return [`AWS access key IDs are 20 characters and begin with ${v} (long-term) or ASIA (temporary STS). The secret access key is 40 characters and is shown only once at creation.`, v]; } },
  { id: "redacted-openai", fn: () => { const v = j("s", "k-proj-…", r.s(4, LOAN)); return [`Key ${v} was disabled at ${r.ts()} after it appeared in a public repo. Create a new one in the dashboard.`, v]; } },
  { id: "redacted-stars", fn: () => { const v = j("gh", "p_", "*".repeat(36)); return [`remote: Invalid username or token.\nfatal: Authentication failed for 'https://github.com/acme/api.git/'\n[credential] token=${v}`, v]; } },
  { id: "redacted-masked-ci", fn: () => { const v = "***"; return [`Run aws s3 sync ./dist s3://acme-web --delete\n  env:\n    AWS_ACCESS_KEY_ID: ${v}\n    AWS_SECRET_ACCESS_KEY: ${v}\nupload: dist/index.html to s3://acme-web/index.html`, v]; } },
  { id: "redacted-prefix-suffix", fn: () => { const v = j("xo", "xb-", "…", r.s(4)); return [`Slack app installed. Bot token ends in ${v.slice(-4)} (${v}), stored in Secrets Manager as prod/slack/bot.`, v]; } },
  { id: "aws-doc-example", fn: () => { const v = j("AK", "IAIOSFODNN7", "EXAMPLE"); return [`# Example from the AWS docs — not a real key\n[default]\naws_access_key_id = ${v}\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY${"EXAMPLE"}KEY`, v]; } },
  { id: "labelled-test-fixture", fn: () => { const v = `test-token-${r.s(6, LOAN)}-not-real`; return [`// __tests__/client.test.ts — fixture values, not credentials\nconst FAKE_TOKEN = "${v}";\nit("sends the bearer header", async () => {\n  await client.get("/me", { token: FAKE_TOKEN });\n  expect(fetchMock).toHaveBeenCalled();\n});`, v]; } },
  { id: "short-ids", fn: () => { const v = `C0${r.s(9, UPAN)}`; return [`Posted release notes to channel ${v} (ts ${r.digits(10)}.${r.digits(6)}); Jira ACME-${r.range(100, 9999)}; run #${r.digits(10)}.`, v]; } },
  { id: "csrf-form", fn: () => { const v = r.b64url(32); return [`<form method="post" action="/settings/profile">\n  <input type="hidden" name="csrfmiddlewaretoken" value="${v}">\n  <input name="display_name" value="Dana">\n  <button>Save</button>\n</form>`, v]; } },
  { id: "rails-authenticity", fn: () => { const v = r.b64(64); return [`<meta name="csrf-param" content="authenticity_token" />\n<meta name="csrf-token" content="${v}" />`, v]; } },
  { id: "commit-message", fn: () => { const v = `rotate ${r.pick(["Stripe", "SendGrid", "Datadog", "OpenAI"])} key`; return [`git commit -m "chore(secrets): ${v}; old key revoked, new one lives in Vault"`, v]; } },
  { id: "base64-png", fn: () => { const v = `iVBORw0KGgoAAAANSUhEUgAA${r.s(120, B64)}`; return [`<img alt="logo" src="data:image/png;base64,${v}=" />`, v]; } },
  { id: "css-hash-classes", fn: () => { const v = `css-${r.s(6, LOAN)}`; return [`<div class="${v} Header_root__${r.s(5, URLSAFE)} sc-${r.s(6, AN)}"><span class="_${r.hex(6)}">Dashboard</span></div>`, v]; } },
  { id: "webpack-chunks", fn: () => { const v = `main.${r.hex(20)}.js`; return [`asset ${v} 412 KiB [emitted] [immutable] [minimized] (name: main)\nasset vendors.${r.hex(20)}.js 1.2 MiB [emitted] [immutable]`, v]; } },
  { id: "sri-script", fn: () => { const v = `sha384-${r.b64(48)}`; return [`<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="${v}" crossorigin="anonymous"></script>`, v]; } },
  { id: "tf-plan-sensitive", fn: () => { const v = "(sensitive value)"; return [`  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n      ~ password = ${v}\n        id       = "acme-prod-${r.s(6, LOAN)}"\n    }`, v]; } },
  { id: "eth-address", fn: () => { const v = j("0x", r.hex(40)); return [`Deployed AcmeToken at ${v} (tx ${j("0x", r.hex(64))}), block ${r.digits(8)}.`, v]; } },
  { id: "recaptcha-site-key", fn: () => { const v = j("6L", r.s(38, URLSAFE)); return [`<div class="g-recaptcha" data-sitekey="${v}"></div>`, v]; } },
  { id: "ga-measurement", fn: () => { const v = `G-${r.s(10, UPAN)}`; return [`<script async src="https://www.googletagmanager.com/gtag/js?id=${v}"></script>\n<script>gtag('config', '${v}');</script>`, v]; } },
  { id: "k8s-nonsecret-data", fn: () => { const v = Buffer.from("info").toString("base64"); return [`apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-flags\ndata:\n  LOG_LEVEL: ${v}\n  FEATURE_NEW_CHECKOUT: ${Buffer.from("true").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}`, v]; } },
  { id: "empty-env-example", fn: () => { const v = "SENTRY_AUTH_TOKEN="; return [`# copy to .env and fill in\n${v}\nDD_API_KEY=\nSLACK_WEBHOOK_URL=\nMONGODB_URI=mongodb://localhost:27017/dev`, v]; } },
  { id: "localhost-db-url", fn: () => { const v = "postgres://postgres:postgres@localhost:5432/app_test"; return [`# docker-compose.test.yml uses throwaway creds\nDATABASE_URL=${v}`, v]; } },
  { id: "pagination-cursor", fn: () => { const v = Buffer.from(JSON.stringify({ id: r.range(1000, 99999), ts: r.ts() })).toString("base64url"); return [JSON.stringify({ data: [{ id: r.range(1, 9999) }], next_cursor: v, has_more: true }), v]; } },
  { id: "hf-revision", fn: () => { const v = r.sha(); return [`model = AutoModel.from_pretrained("BAAI/bge-small-en-v1.5", revision="${v}")`, v]; } },
  { id: "wandb-run-id", fn: () => { const v = r.s(8, LOAN); return [`wandb: Syncing run fluent-river-${r.range(1, 300)}\nwandb: ⭐️ View project at https://wandb.ai/acme/retrieval\nwandb: 🚀 View run at https://wandb.ai/acme/retrieval/runs/${v}`, v]; } },
  { id: "uuid-migration", fn: () => { const v = r.uuid(); return [`-- migration ${r.digits(14)}\nINSERT INTO tenants (id, name) VALUES ('${v}', 'acme');`, v]; } },
  { id: "build-id", fn: () => { const v = r.hex(12); return [`Build ${v} finished: 312 tests passed, 0 failed (cache key linux-node22-${sha256().slice(0, 16)})`, v]; } },
  { id: "chat-question-no-value", fn: () => { const v = "STRIPE_WEBHOOK_SECRET"; return [JSON.stringify({ model: "gpt-4.1-mini", messages: [{ role: "user", content: `${prose(r)} Where should ${v} come from in the Next.js route handler, and how do I verify signatures?` }] }), v]; } },
  { id: "android-manifest", fn: () => { const v = "${MAPS_API_KEY}"; return [`<meta-data\n    android:name="com.google.android.geo.API_KEY"\n    android:value="${v}" />`, v]; } },
  { id: "datadog-rum-client-token", fn: () => { const v = j("pub", r.hex(32)); return [`datadogRum.init({\n  applicationId: "${r.uuid()}",\n  clientToken: "${v}", // RUM client token, public by design\n  site: "datadoghq.eu",\n});`, v]; } },
  { id: "supabase-url-only", fn: () => { const v = `https://${r.s(20, LO)}.supabase.co`; return [`NEXT_PUBLIC_SUPABASE_URL=${v}\n# anon key lives in Vercel env`, v]; } },
];

const cases: CorpusCase[] = [];
let n = 0;
for (let pass = 0; pass < 2; pass++) {
  for (const g of gens) {
    if (pass === 1 && n >= 100) break;
    const [text, v] = g.fn();
    if (!text.includes(v)) throw new Error(`benign ${g.id}: value not in text`);
    n++;
    cases.push({ id: `y152-f-${String(n).padStart(3, "0")}`, kind: "secrets", category: "heldouty152-benign", label: "benign", text, note: g.id });
  }
}
export { cases };
