// Hard look-alikes that are not live credentials. Seed 150003.
import type { CorpusCase } from "../types.ts";
import { Rng, j, mk, prose, renderers, B32 } from "./_gen.ts";

const r = new Rng(150003);
const out: CorpusCase[] = [];
let n = 0;
const add = (text: string, needle: string | string[], note: string) => {
  n++;
  out.push(mk(`y150-b-${String(n).padStart(3, "0")}`, "benign", "benign", text, needle, note));
};
const J = (o: unknown) => JSON.stringify(o);

// ---- placeholders and references through the same renderers as the positives ----
const slots = ["OPENAI_API_KEY", "STRIPE_SECRET_KEY", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY", "SLACK_BOT_TOKEN", "DATABASE_PASSWORD", "DD_API_KEY", "SENDGRID_API_KEY", "NOTION_TOKEN", "ANTHROPIC_API_KEY", "TWILIO_AUTH_TOKEN", "SUPABASE_SERVICE_ROLE_KEY"];
const placeholders = [
  () => "<your-api-key>",
  () => "${API_KEY}",
  () => "changeme",
  () => "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
  () => "YOUR_TOKEN_HERE",
  () => "{{ .Values.apiKey }}",
  () => "${{ secrets.API_TOKEN }}",
  () => "op://Engineering/api-credentials/credential",
  () => "arn:aws:secretsmanager:eu-west-1:" + r.dig(12) + ":secret:prod/app-" + r.an(6),
  () => "REPLACE_ME",
  () => "****************",
  () => "vault:secret/data/app#api_key",
  () => "<redacted>",
  () => "$(cat /run/secrets/api_key)",
  () => "%API_KEY%",
  () => "ENC[AES256_GCM,data:" + r.b64bytes(24) + ",iv:" + r.b64bytes(32) + ",tag:" + r.b64bytes(16) + ",type:str]",
  () => "dummy",
  () => "",
];
for (let i = 0; i < 32; i++) {
  const rend = renderers[(i * 11 + 3) % renderers.length]!;
  const slot = slots[i % slots.length]!;
  const value = placeholders[i % placeholders.length]!();
  const o = rend({ r, slot, value, provider: "Example", header: i % 3 === 0 ? "X-Api-Key" : "Authorization" });
  add(o.text, o.needle, `placeholder '${value.slice(0, 30)}' in ${slot} via ${o.ctx}`);
}

// ---- handcrafted ----
const sha = (n = 40) => r.hex(n);
add(J({ name: "web", lockfileVersion: 3, packages: { "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + r.b64bytes(64) }, "node_modules/undici": { version: "6.19.2", resolved: "https://registry.npmjs.org/undici/-/undici-6.19.2.tgz", integrity: "sha512-" + r.b64bytes(64) } } }), "sha512-", "package-lock integrity");
add(`"@babel/core@^7.24.0":\n  version "7.24.5"\n  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.24.5.tgz#${sha()}"\n  integrity sha512-${r.b64bytes(64)}\n`, "integrity", "yarn.lock entry");
{ const s = [sha(), sha(), sha()]; add(`$ git log --oneline -3\n${s[0]!.slice(0, 7)} chore: rotate leaked GitHub token (old one revoked)\n${s[1]!.slice(0, 7)} fix(auth): read STRIPE_SECRET_KEY from env instead of config\n${s[2]!.slice(0, 7)} docs: explain how to create an OpenAI project key\n`, s[0]!.slice(0, 7), "git log with security-ish commit messages"); }
add(`commit ${sha()}\nAuthor: Dev <dev@acme.dev>\nDate:   Tue Nov 24 10:02:11 2026 +0100\n\n    Remove hard-coded API key from settings.py\n\n    The key was rotated in the dashboard; we now load it via os.environ.\n`, "Remove hard-coded", "commit message about removing a key");
add(`FROM python:3.12-slim@sha256:${sha(64)}\nCOPY --from=ghcr.io/astral-sh/uv@sha256:${sha(64)} /uv /bin/uv\n`, "@sha256:", "image digests");
add(`<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${r.b64bytes(48)}" crossorigin="anonymous"></script>`, "sha384-", "SRI integrity");
add(`${sha(64)}  toolkit-linux-amd64.tar.gz\n${sha(64)}  toolkit-darwin-arm64.tar.gz\n${sha(64)}  toolkit-windows-amd64.zip\n`, "tar.gz", "SHA256SUMS");
add(`md5sum data/*.parquet\n${sha(32)}  data/train.parquet\n${sha(32)}  data/valid.parquet\n`, "train.parquet", "md5 checksums");
add([J({ level: "info", msg: "request completed", request_id: r.uuid(), trace_id: sha(32), span_id: sha(16), status: 200, duration_ms: 41 }), J({ level: "warn", msg: "retrying", request_id: r.uuid(), attempt: 2 })].join("\n"), "request_id", "log with request/trace ids");
{ const pk = j("pk", "_live_", "51", r.an(97)); add(`// checkout.tsx\nimport { loadStripe } from "@stripe/stripe-js";\nconst stripePromise = loadStripe("${pk}");\n`, pk, "Stripe publishable key in frontend"); }
{ const pk = j("pk", ".eyJ1Ijoi", r.b64url(24), "IiwiYSI6I", r.url(20), ".", r.url(22)); add(`mapboxgl.accessToken = "${pk}"; // public token, URL-restricted to *.acme.app\n`, pk, "Mapbox public pk. token"); }
{ const pk = j("pk", "_live_", Buffer.from("clerk.acme.app$").toString("base64")); add(`NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=${pk}\nCLERK_SECRET_KEY=\${CLERK_SECRET_KEY}\n`, pk, "Clerk publishable key + secret ref"); }
add(`$ cat ~/.ssh/id_ed25519.pub\nssh-ed25519 ${Buffer.from(j("\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 ")).toString("base64").slice(0, 20)}${r.b64bytes(33)} dev@laptop\n`, "ssh-ed25519", "SSH public key");
add(`ssh-rsa ${r.b64bytes(279)} deploy@ci\nssh-ed25519 ${r.b64bytes(51)} alice@mbp\n`, "ssh-rsa", "authorized_keys");
add(`-----BEGIN CERTIFICATE-----\n${(r.b64bytes(900).match(/.{1,64}/g) ?? []).join("\n")}\n-----END CERTIFICATE-----\n`, "BEGIN CERTIFICATE", "PEM certificate");
add(`-----BEGIN PUBLIC KEY-----\n${(("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + r.b64bytes(258)).match(/.{1,64}/g) ?? []).join("\n")}\n-----END PUBLIC KEY-----\n`, "BEGIN PUBLIC KEY", "PEM public key");
add(JSON.stringify({ keys: [{ kty: "RSA", kid: sha(16), use: "sig", alg: "RS256", n: r.b64url(256), e: "AQAB" }, { kty: "EC", crv: "P-256", kid: sha(16), x: r.b64url(32), y: r.b64url(32) }] }, null, 2), "AQAB", "public JWKS");
add(`## Token formats\n\nGitHub classic personal access tokens start with \`ghp_\` followed by 36 base62 characters; fine-grained ones start with \`github_pat_\`. Slack bot tokens begin with \`xoxb-\`. Our scanner flags these shapes in commits.\n`, "Token formats", "docs describing token formats");
add(`| Variable | Required | Description |\n|---|---|---|\n| \`OPENAI_API_KEY\` | yes | Project key from platform.openai.com (starts with \`sk-proj-\`) |\n| \`STRIPE_SECRET_KEY\` | yes | Secret key, \`sk_live_…\` in prod |\n| \`SENTRY_DSN\` | no | Error reporting |\n`, "Variable", "env var docs table");
add(`Your key ${j("sk-", "proj-")}…${r.an(4)} was last used 3 days ago. Keys are shown only once at creation.`, "was last used", "redacted OpenAI key in dashboard text");
add(`[2026-12-01 09:14:02] auth ok token=${j("gh", "p_")}****************************${r.an(4)} scopes=repo,workflow`, "scopes=repo", "masked GitHub token in log");
add(`> Authorization: Bearer [REDACTED]\n> x-api-key: ***\n< HTTP/2 200\n< x-request-id: req_${r.an(24)}\n`, "[REDACTED]", "redacted headers in curl dump");
add(`// __tests__/fixtures.ts — FAKE values for unit tests, never valid\nexport const FAKE_STRIPE_KEY = "${j("sk", "_test_", "0".repeat(24))}";\nexport const FAKE_GH_TOKEN = "${j("gh", "p_", "x".repeat(36))}";\n`, "FAKE values", "labelled low-entropy test fixtures");
add(`AWS_ACCESS_KEY_ID=${j("AK", "IA", "X".repeat(16))}\nAWS_SECRET_ACCESS_KEY=${"X".repeat(40)}\n# fill these in from the IAM console\n`, "fill these in", "X-filled AWS placeholders");
add(`<form method="post" action="/settings/profile">\n  <input type="hidden" name="csrfmiddlewaretoken" value="${r.an(64)}">\n  <input name="display_name" value="Ana">\n  <button>Save</button>\n</form>`, "csrfmiddlewaretoken", "CSRF token in same-site form");
add(`<meta name="csrf-token" content="${r.b64url(32)}">\n<meta name="csrf-param" content="authenticity_token">`, "csrf-token", "Rails CSRF meta");
add(`Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-${r.b64bytes(16)}' 'sha256-${r.b64bytes(32)}'`, "nonce-", "CSP nonce and hash");
add(`https://accounts.google.com/o/oauth2/v2/auth?client_id=${r.dig(12)}-${r.lo(32)}.apps.googleusercontent.com&redirect_uri=https%3A%2F%2Fapp.acme.dev%2Fcallback&response_type=code&scope=openid%20email&state=${r.url(32)}&code_challenge=${r.url(43)}&code_challenge_method=S256`, "code_challenge", "OAuth authorize URL with state and PKCE challenge");
add(J({ id: "chatcmpl-" + r.an(29), object: "chat.completion", model: "gpt-4o-2024-08-06", system_fingerprint: "fp_" + sha(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." } }] }), "chatcmpl-", "OpenAI response ids");
add(J({ id: "msg_01" + r.an(22), type: "message", role: "assistant", content: [{ type: "tool_use", id: "toolu_01" + r.an(22), name: "read_file", input: { path: "README.md" } }], stop_reason: "tool_use" }), "msg_01", "Anthropic message/tool ids");
add(J({ id: "cus_" + r.an(14), object: "customer", default_source: "card_" + r.an(24), invoice_settings: { default_payment_method: "pm_" + r.an(24) }, subscriptions: { data: [{ id: "sub_" + r.an(24), items: { data: [{ price: { id: "price_" + r.an(24) } }] } }] } }), "cus_", "Stripe object ids");
add(`X-Hub-Signature-256: sha256=${sha(64)}\nX-GitHub-Delivery: ${r.uuid()}\nX-GitHub-Event: push`, "X-Hub-Signature-256", "webhook signature header (digest)");
add(`Stripe-Signature: t=1733050000,v1=${sha(64)},v0=${sha(64)}`, "Stripe-Signature", "Stripe signature header");
add(`$ git rev-parse HEAD\n${sha()}\n$ git describe --tags\nv2.4.1-3-g${sha(7)}`, "rev-parse", "git SHAs");
add(`github.com/stretchr/testify v1.9.0 h1:${r.b64bytes(32)}\ngithub.com/stretchr/testify v1.9.0/go.mod h1:${r.b64bytes(32)}\n`, "testify", "go.sum");
add(`[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${sha(64)}"\n`, "checksum", "Cargo.lock");
add(`provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.70.0"\n  hashes = [\n    "h1:${r.b64bytes(32)}",\n    "zh:${sha(64)}",\n  ]\n}\n`, "hashicorp/aws", ".terraform.lock.hcl");
add(`services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:?set it in .env}\n      POSTGRES_USER: app\n`, "POSTGRES_PASSWORD", "compose env interpolation");
add(`DATABASE_URL=postgresql://postgres:postgres@localhost:5432/app_dev\nREDIS_URL=redis://localhost:6379/0\n`, "localhost", "local dev default URLs");
add(`# .env.example\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=sk_live_...\nDATABASE_URL=postgres://user:password@host:5432/db\n`, ".env.example", ".env.example");
add(`//registry.npmjs.org/:_authToken=\${NPM_TOKEN}\nalways-auth=true\n`, "${NPM_TOKEN}", ".npmrc with env reference");
add(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ndata:\n  ENVIRONMENT: ${Buffer.from("production").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n`, "ENVIRONMENT", "k8s Secret with non-secret data");
add(`$ANSIBLE_VAULT;1.1;AES256\n${(sha(480).match(/.{1,80}/g) ?? []).join("\n")}\n`, "$ANSIBLE_VAULT", "ansible-vault encrypted blob");
add(`db_password: ENC[AES256_GCM,data:${r.b64bytes(18)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]\nsops:\n  kms:\n    - arn: arn:aws:kms:eu-west-1:${r.dig(12)}:key/${r.uuid()}\n  mac: ENC[AES256_GCM,data:${r.b64bytes(32)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]\n`, "sops:", "SOPS file");
add(`<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h${r.b64bytes(180)}">`, "data:image/png", "base64 PNG data URI");
add(`.btn_${r.lo(6)}{color:#fff}.card_${r.lo(6)}{padding:4px}/*# sourceMappingURL=main.${sha(8)}.css.map */`, "sourceMappingURL", "hashed CSS classes");
add(`<link rel="stylesheet" href="/assets/index-${r.url(8)}.css">\n<script type="module" src="/assets/index-${r.url(8)}.js"></script>`, "/assets/index-", "hashed asset names");
add(`Transaction ${j("0", "x", sha(64))} confirmed in block 21,402,117.\nFrom: 0x${sha(40)}\nTo: 0x${sha(40)}\nhttps://etherscan.io/tx/0x${sha(64)}`, "etherscan", "Ethereum tx hash and addresses");
add(`Send testnet funds to tb1q${r.str(38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`, "testnet", "bitcoin address");
add(`# public key: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\nrecipients:\n  - age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`, "recipients", "age recipients (public)");
add(`[Peer]\n# laptop\nPublicKey = ${r.b64bytes(32)}\nAllowedIPs = 10.8.0.3/32\nPersistentKeepalive = 25\n`, "PublicKey", "WireGuard peer public key only");
add(`DISCORD_APPLICATION_ID=1${r.dig(18)}\nDISCORD_PUBLIC_KEY=${sha(64)}\n# the public key verifies interaction signatures; it is not secret\n`, "DISCORD_PUBLIC_KEY", "Discord interactions public key");
add(`AZURE_TENANT_ID=${r.uuid()}\nAZURE_CLIENT_ID=${r.uuid()}\nAZURE_SUBSCRIPTION_ID=${r.uuid()}\n# client secret comes from managed identity, none needed\n`, "AZURE_TENANT_ID", "Azure ids without secret");
add(`GOOGLE_CLIENT_ID=${r.dig(12)}-${r.lo(32)}.apps.googleusercontent.com\nGITHUB_APP_ID=${r.dig(6)}\nGITHUB_CLIENT_ID=Iv23${r.an(16)}\n`, "GOOGLE_CLIENT_ID", "public OAuth client ids");
add(`arn:aws:iam::${r.dig(12)}:role/github-actions-deploy\narn:aws:kms:us-east-1:${r.dig(12)}:key/${r.uuid()}\narn:aws:s3:::acme-${r.word()}-artifacts`, "arn:aws:iam", "AWS ARNs");
add(`gpg: key ${r.uhex(16)}: public key "Release Bot <release@acme.dev>" imported\nPrimary key fingerprint: ${(r.uhex(40).match(/.{4}/g) ?? []).join(" ")}`, "fingerprint", "GPG fingerprint");
add(`github.com ssh-ed25519 ${r.b64bytes(51)}\ngitlab.com ecdsa-sha2-nistp256 ${r.b64bytes(104)}\n`, "github.com ssh-ed25519", "known_hosts");
add(J({ info: { name: "Acme API" }, auth: { type: "apikey", apikey: [{ key: "value", value: "{{apiKey}}" }, { key: "key", value: "X-API-Key" }] }, variable: [{ key: "baseUrl", value: "https://api.acme.dev" }] }), "{{apiKey}}", "Postman collection with variable");
add(`import secrets\n\ndef new_api_key() -> str:\n    return "ak_" + secrets.token_urlsafe(32)\n`, "token_urlsafe", "code generating keys");
add(`Password policy: at least 14 characters, one symbol, no reuse of the last 5 passwords. Tokens expire after 90 days.`, "Password policy", "policy text");
add(J({ run_id: sha(32), experiment_id: r.dig(15), artifact_uri: `s3://mlflow/${r.dig(3)}/${sha(32)}/artifacts`, metrics: { loss: 0.213, f1: 0.874 } }), "artifact_uri", "MLflow run ids");
add(`wandb: 🚀 View run at https://wandb.ai/acme/${r.word()}/runs/${r.lo(8)}\nwandb: Run history: loss ▇▅▃▂▁\n`, "wandb", "W&B run output");
add(`from transformers import AutoModel\nmodel = AutoModel.from_pretrained("sentence-transformers/all-MiniLM-L6-v2", revision="${sha()}")\n`, "revision", "HF revision SHA");
add(`npm notice 📦  @acme/ui@4.2.0\nnpm notice shasum: ${sha()}\nnpm notice integrity: sha512-${r.b64bytes(12)}[...]${r.b64bytes(6)}\n+ @acme/ui@4.2.0`, "shasum", "npm publish output");
add(`ETag: W/"${sha(32)}"\nCache-Control: max-age=3600\nX-Cache: HIT\nX-Amz-Cf-Id: ${r.url(56)}==`, "ETag", "response cache headers");
add(`kind: Deployment\nspec:\n  template:\n    metadata:\n      annotations:\n        checksum/config: ${sha(64)}\n        checksum/secret: ${sha(64)}\n`, "checksum/config", "helm checksum annotations");
add(`QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG is the old CID; the new one is bafybei${r.str(52, "abcdefghijklmnopqrstuvwxyz234567")}`, "bafybei", "IPFS CIDs");
add(`${prose(r)}\nThe failing id is ${r.uuid()} and the job id is ${r.lo(20)}.`, "failing id", "prose with ids");
add(`Este es un ejemplo de clave: \`<tu-clave-de-api>\`. Nunca pegues la clave real en el chat; usa la variable de entorno OPENAI_API_KEY.`, "tu-clave", "Spanish doc with placeholder");
add(`APIキーは環境変数 ANTHROPIC_API_KEY から読み込まれます。例: export ANTHROPIC_API_KEY=<あなたのキー>`, "ANTHROPIC_API_KEY", "Japanese doc with placeholder");
add(`Der Token wurde widerrufen und neu erzeugt. Bitte im Passwortmanager unter "CI/GitLab" nachsehen, nicht hier posten.`, "widerrufen", "German note: rotated, no value");
add(`totp_issuer: Acme\nGA_MEASUREMENT_ID=G-${r.up(10)}\nNEXT_PUBLIC_POSTHOG_KEY=phc_${r.an(43)}\n`, "GA_MEASUREMENT_ID", "analytics public ids (PostHog project key is client-side)");
add(`Otp code sent. Request id: ${r.hex(24)}. It expires in 5 minutes.`, "Request id", "request id hex");
add(J({ ok: true, channel: "C0" + r.up(9), ts: "1733051234.000200", message: { user: "U0" + r.up(9), team: "T0" + r.up(8), bot_id: "B0" + r.up(9), text: "deploy finished" } }), "bot_id", "Slack API response ids");
add(`The sample JWT from jwt.io uses header {"alg":"HS256"} and the secret "your-256-bit-secret"; never use it in production.`, "your-256-bit-secret", "docs about sample JWT secret");
add(`- name: Configure AWS credentials\n  uses: aws-actions/configure-aws-credentials@v4\n  with:\n    role-to-assume: arn:aws:iam::${r.dig(12)}:role/gha\n    aws-region: eu-west-1\n`, "role-to-assume", "OIDC role, no static keys");
add(`B32 example alphabet: ${B32}. Base32 encodes 5 bits per character.`, "Base32", "alphabet listing");
add(`sha1: ${sha()}\nsha256: ${sha(64)}\nblake3: ${sha(64)}`, "blake3", "bare digests");

export const cases: CorpusCase[] = out;
