// Benign look-alikes: values rotated through the same renderers in non-secret slots, plus
// handcrafted hard cases (placeholders, masks, references, encrypted blobs, public material).
import type { CorpusCase } from "../types.ts";
import { Gen, j, rotate, type Spec } from "./_gen.ts";

const CAT = "heldouty36-benign";

const specs: Spec[] = [
  { g: "b", p: "git", env: "GIT_COMMIT_SHA", mk: (g) => g.h(40), hdr: "X-Commit-Sha" },
  { g: "b", p: "Docker", env: "IMAGE_DIGEST", mk: (g) => j("sha256:", g.h(64)), hdr: "Docker-Content-Digest" },
  { g: "b", p: "build", env: "BUILD_ID", mk: (g) => g.uuid(), hdr: "X-Build-Id" },
  { g: "b", p: "tracing", env: "TRACE_ID", mk: (g) => g.h(32), hdr: "X-Trace-Id" },
  { g: "b", p: "W3C trace context", env: "TRACEPARENT", mk: (g) => `00-${g.h(32)}-${g.h(16)}-01`, hdr: "traceparent" },
  { g: "b", p: "request", env: "REQUEST_ID", mk: (g) => j("req_", g.a(24)), hdr: "X-Request-Id" },
  { g: "b", p: "Stripe", env: "STRIPE_PUBLISHABLE_KEY", mk: (g) => j("pk", "_live_", "51", g.a(97)), hdr: "X-Stripe-Publishable-Key" },
  { g: "b", p: "Stripe customer id", env: "STRIPE_CUSTOMER_ID", mk: (g) => j("cus_", g.a(14)), hdr: "X-Customer-Id" },
  { g: "b", p: "Stripe price id", env: "STRIPE_PRICE_ID", mk: (g) => j("price_", "1", g.a(23)), hdr: "X-Price-Id" },
  { g: "b", p: "OpenAI assistant id", env: "OPENAI_ASSISTANT_ID", mk: (g) => j("asst_", g.a(24)), hdr: "X-Assistant-Id" },
  { g: "b", p: "OpenAI org id", env: "OPENAI_ORG_ID", mk: (g) => j("org-", g.a(24)), hdr: "OpenAI-Organization" },
  { g: "b", p: "Anthropic message id", env: "LAST_MESSAGE_ID", mk: (g) => j("msg_01", g.a(22)), hdr: "X-Message-Id" },
  { g: "b", p: "Sentry event", env: "SENTRY_RELEASE", mk: (g) => j("api@", g.h(12)), hdr: "X-Release" },
  { g: "b", p: "AWS", env: "AWS_ROLE_ARN", mk: (g) => `arn:aws:iam::${g.d(12)}:role/deploy-${g.l(6)}`, hdr: "X-Role-Arn" },
  { g: "b", p: "AWS request", env: "AWS_REQUEST_ID", mk: (g) => g.uuid(), hdr: "x-amzn-RequestId" },
  { g: "b", p: "Azure", env: "AZURE_SUBSCRIPTION_ID", mk: (g) => g.uuid(), hdr: "X-Subscription" },
  { g: "b", p: "Azure", env: "AZURE_TENANT_ID", mk: (g) => g.uuid(), hdr: "X-Tenant" },
  { g: "b", p: "npm lockfile", env: "PACKAGE_INTEGRITY", mk: (g) => j("sha512-", g.b64bytes(64)), hdr: "X-Integrity" },
  { g: "b", p: "SRI", env: "SCRIPT_INTEGRITY", mk: (g) => j("sha384-", g.b64bytes(48)), hdr: "X-SRI" },
  { g: "b", p: "Go sum", env: "MODULE_HASH", mk: (g) => j("h1:", g.b64bytes(32)), hdr: "X-Module-Hash" },
  { g: "b", p: "MongoDB", env: "DEFAULT_TENANT_OBJECT_ID", mk: (g) => g.h(24), hdr: "X-Tenant-Id" },
  { g: "b", p: "Kubernetes", env: "POD_UID", mk: (g) => g.uuid(), hdr: "X-Pod-Uid" },
  { g: "b", p: "Google Analytics", env: "GA_MEASUREMENT_ID", mk: (g) => j("G-", g.u(10)), hdr: "X-GA-Id" },
  { g: "b", p: "Slack channel", env: "SLACK_CHANNEL_ID", mk: (g) => j("C0", g.u(9)), hdr: "X-Channel" },
  { g: "b", p: "Slack team", env: "SLACK_TEAM_ID", mk: (g) => j("T0", g.u(9)), hdr: "X-Team" },
  { g: "b", p: "placeholder", env: "OPENAI_API_KEY", mk: () => "<your-openai-api-key>", hdr: "X-Example" },
  { g: "b", p: "env reference", env: "STRIPE_SECRET_KEY", mk: () => "${STRIPE_SECRET_KEY}", hdr: "X-Example" },
  { g: "b", p: "mask", env: "ANTHROPIC_API_KEY", mk: (g) => j("sk-", "ant-", "...", g.a(4)), hdr: "X-Masked" },
  { g: "b", p: "mask", env: "GITHUB_TOKEN", mk: () => j("gh", "p_", "*".repeat(36)), hdr: "X-Masked" },
  { g: "b", p: "GitHub Actions expression", env: "NPM_TOKEN", mk: () => "${{ secrets.NPM_TOKEN }}", hdr: "X-Example" },
  { g: "b", p: "1Password reference", env: "DATABASE_PASSWORD", mk: () => "op://Production/postgres-main/password", hdr: "X-Ref" },
  { g: "b", p: "Vault reference", env: "SENDGRID_API_KEY", mk: () => "vault:secret/data/prod/sendgrid#api_key", hdr: "X-Ref" },
  { g: "b", p: "AWS Secrets Manager ARN", env: "DB_SECRET_ARN", mk: (g) => `arn:aws:secretsmanager:us-east-1:${g.d(12)}:secret:prod/db-${g.a(6)}`, hdr: "X-Ref" },
  { g: "b", p: "GCP Secret Manager", env: "API_KEY_SECRET_NAME", mk: (g) => `projects/acme-prod-${g.d(4)}/secrets/partner-api-key/versions/latest`, hdr: "X-Ref" },
  { g: "b", p: "redaction", env: "TWILIO_AUTH_TOKEN", mk: () => "[REDACTED]", hdr: "X-Masked" },
  { g: "b", p: "changeme", env: "ADMIN_PASSWORD", mk: () => "<set-from-vault>", hdr: "X-Example" },
  { g: "b", p: "Cargo.lock", env: "CRATE_CHECKSUM", mk: (g) => g.h(64), hdr: "X-Checksum" },
  { g: "b", p: "Git LFS", env: "LFS_OID", mk: (g) => j("sha256:", g.h(64)), hdr: "X-Lfs-Oid" },
  { g: "b", p: "ETag", env: "ASSET_ETAG", mk: (g) => `W/"${g.h(32)}"`, hdr: "ETag" },
  { g: "b", p: "Datadog trace", env: "DD_TRACE_ID", mk: (g) => g.d(19), hdr: "x-datadog-trace-id" },
  { g: "b", p: "Sentry DSN public id", env: "SENTRY_PROJECT_ID", mk: (g) => g.d(7), hdr: "X-Project" },
  { g: "b", p: "feature flag", env: "FLAG_VARIATION_ID", mk: (g) => g.uuid(), hdr: "X-Variation" },
  { g: "b", p: "content hash", env: "BUNDLE_HASH", mk: (g) => g.h(20), hdr: "X-Bundle" },
  { g: "b", p: "base64 nonce", env: "CSP_NONCE_EXAMPLE", mk: () => "rAnd0mN0nc3", hdr: "X-Nonce" },
  { g: "b", p: "PayPal order id", env: "LAST_ORDER_ID", mk: (g) => g.u(17), hdr: "X-Order" },
  { g: "b", p: "Shopify product gid", env: "FEATURED_PRODUCT", mk: (g) => `gid://shopify/Product/${g.d(13)}`, hdr: "X-Product" },
  { g: "b", p: "Twilio message SID", env: "LAST_MESSAGE_SID", mk: (g) => j("SM", g.h(32)), hdr: "X-Message-Sid" },
  { g: "b", p: "OpenAI completion id", env: "COMPLETION_ID", mk: (g) => j("chatcmpl-", g.a(29)), hdr: "X-Completion-Id" },
  { g: "b", p: "Hugging Face revision", env: "MODEL_REVISION", mk: (g) => g.h(40), hdr: "X-Revision" },
  { g: "b", p: "Nix store", env: "NIX_STORE_PATH", mk: (g) => `/nix/store/${g.str(32, "0123456789abcdfghijklmnpqrsvwxyz")}-nodejs-20.11.1`, hdr: "X-Store-Path" },
];

const SKIP = ["chat message in an agent conversation", "Markdown setup doc", "Java static field", "C# options", "Go const", "Rust const"];

function handcrafted(): CorpusCase[] {
  const g = new Gen(36_0501);
  const out: CorpusCase[] = [];
  let n = 0;
  const add = (text: string, note: string) =>
    out.push({ id: `y36-bk-${String(++n).padStart(3, "0")}`, kind: "secrets", category: CAT, label: "benign", text, note });
  const pem = (label: string, bytes: number) => g.pem(label, bytes);

  add(`ssh-ed25519 ${j("AAAAC3NzaC1lZDI1NTE5AAAAI", g.b64(43))} dev@laptop`, "SSH ed25519 public key — authorized_keys in a tool_result");
  add(`ssh-rsa ${j("AAAAB3NzaC1yc2EAAAADAQABAAABgQ", g.b64(510))} ci@build-runner`, "SSH RSA public key — pasted in chat");
  add(["# ca.crt", pem("CERTIFICATE", 900)].join("\n"), "PEM certificate — CA bundle written by write_file");
  add(["# jwt verify key", pem("PUBLIC KEY", 294)].join("\n"), "PEM public key — JWKS verification key in config");
  add(JSON.stringify({ keys: [{ kty: "RSA", kid: g.h(16), use: "sig", alg: "RS256", n: g.us(342), e: "AQAB" }] }, null, 2), "JWKS public RSA key (no private members) — HTTP response");
  add(["-----BEGIN PGP PUBLIC KEY BLOCK-----", "", g.b64bytes(600).replace(/(.{64})/g, "$1\n").trim(), `=${g.b64(4)}`, "-----END PGP PUBLIC KEY BLOCK-----"].join("\n"), "PGP public key block — Markdown doc");
  add(`# age public key only\nrecipients:\n  - age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`, "age public recipient — .sops.yaml");
  add(
    [
      `stripe_secret_key: ENC[AES256_GCM,data:${g.b64bytes(80)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]`,
      `sops:`,
      `    kms:`,
      `        - arn: arn:aws:kms:us-east-1:${g.d(12)}:key/${g.uuid()}`,
      `          enc: ${g.b64bytes(180)}`,
      `    lastmodified: "2026-11-20T10:00:00Z"`,
      `    mac: ENC[AES256_GCM,data:${g.b64bytes(32)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]`,
      `    version: 3.9.1`,
    ].join("\n"),
    "SOPS-encrypted YAML — values encrypted",
  );
  add(
    [`$ANSIBLE_VAULT;1.1;AES256`, ...Array.from({ length: 8 }, () => g.h(80))].join("\n"),
    "ansible-vault encrypted file — cat in shell tool result",
  );
  add(
    [
      `apiVersion: bitnami.com/v1alpha1`,
      `kind: SealedSecret`,
      `metadata:`,
      `  name: api-keys`,
      `  namespace: prod`,
      `spec:`,
      `  encryptedData:`,
      `    OPENAI_API_KEY: ${j("AgB", g.b64(690))}`,
      `    STRIPE_SECRET_KEY: ${j("AgC", g.b64(690))}`,
    ].join("\n"),
    "Bitnami SealedSecret encryptedData — k8s manifest",
  );
  add(`<img alt="logo" src="data:image/png;base64,${j("iVBORw0KGgoAAAANSUhEUgAAA", g.b64bytes(600))}" />`, "base64 PNG data URI — HTML in a diff");
  add(`!function(e,t){"object"==typeof exports?module.exports=t():e.${g.l(6)}=t()}(this,function(){var e="${g.a(40)}",t=[${Array.from({ length: 6 }, () => `"${g.a(12)}"`).join(",")}];return function(n){return e.indexOf(n)>-1?t[n.length%6]:null}});`, "minified JS bundle with random-looking string tables");
  add(`.css-${g.l(7)}{display:flex}.css-${g.l(7)}{margin:0 auto}.sc-${g.a(6)}.${g.a(6)}{color:#${g.h(6)}}.${j("_", g.us(20))}{padding:4px}`, "CSS-in-JS hashed class names");
  add(JSON.stringify({ name: "acme-web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.org/react/-/react-18.3.1.tgz", integrity: j("sha512-", g.b64bytes(64)) } } }, null, 2), "package-lock.json integrity hashes");
  add(`OPENAI_API_KEY=sk-...XXXX\nANTHROPIC_API_KEY=sk-ant-...XXXX\nSTRIPE_SECRET_KEY=sk_live_...XXXX`, "masked placeholders — .env.example");
  add(`export GITHUB_TOKEN=<your-github-token>\nexport NPM_TOKEN=<paste-npm-token-here>\nexport AWS_SECRET_ACCESS_KEY=YOUR_SECRET_ACCESS_KEY`, "angle-bracket placeholders — Markdown setup doc");
  add(`env:\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: openai\n        key: api-key`, "k8s secretKeyRef — deployment manifest");
  add(`resource "aws_db_instance" "main" {\n  username = "app"\n  password = var.db_password\n  manage_master_user_password = true\n}\n\ndata "aws_secretsmanager_secret_version" "stripe" {\n  secret_id = "prod/stripe/secret-key"\n}`, "Terraform variable and Secrets Manager references");
  add(`{\n  "ConnectionStrings": {\n    "Default": "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sql-conn/${g.h(32)})"\n  }\n}`, "Azure Key Vault reference — appsettings.json");
  add(JSON.stringify({ id: j("chatcmpl-", g.a(29)), object: "chat.completion", created: 1764979200, model: "gpt-4o-2024-08-06", system_fingerprint: j("fp_", g.h(10)), usage: { prompt_tokens: 812, completion_tokens: 144 } }), "OpenAI response ids and fingerprint — MCP result");
  add(JSON.stringify({ id: j("msg_01", g.a(22)), type: "message", role: "assistant", model: "claude-sonnet-4-5", stop_reason: "end_turn", content: [{ type: "text", text: "Done." }], usage: { input_tokens: 2011, output_tokens: 9 } }), "Anthropic response message id — chat log");
  add(JSON.stringify({ id: j("pi_", "3", g.a(23)), object: "payment_intent", amount: 4200, currency: "eur", customer: j("cus_", g.a(14)), latest_charge: j("ch_", "3", g.a(23)), client_secret: null, status: "succeeded" }, null, 2), "Stripe object ids — webhook payload echoed by tool");
  add(`commit ${g.h(40)}\nMerge: ${g.h(7)} ${g.h(7)}\nAuthor: Dev <dev@acme.io>\n\n    fix: rotate cache keys (tree ${g.h(40)})`, "git log output with SHAs");
  add(`FROM node:20-alpine@sha256:${g.h(64)}\nCOPY --from=builder@sha256:${g.h(64)} /app /app\nRUN npm ci --omit=dev`, "Dockerfile pinned image digests");
  add(`2026-12-01T10:22:31.118Z INFO request completed trace_id=${g.h(32)} span_id=${g.h(16)} request_id=${g.uuid()} duration_ms=42`, "log line with trace/span/request ids");
  add(`Content-Security-Policy: script-src 'self' 'sha256-${g.b64bytes(32)}' 'nonce-${g.b64bytes(16)}'`, "CSP header hashes and nonce");
  add(`-----BEGIN CERTIFICATE REQUEST-----\n${g.b64bytes(600).replace(/(.{64})/g, "$1\n").trim()}\n-----END CERTIFICATE REQUEST-----`, "CSR (public) — openssl output in shell tool result");
  add(`GET /v1/files/${j("file-", g.a(24))}/content HTTP/1.1\nHost: api.openai.com\nAuthorization: Bearer \${OPENAI_API_KEY}\nOpenAI-Organization: ${j("org-", g.a(24))}`, "HTTP request with env placeholder auth and object ids");
  add(`curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/repos/acme/web/commits/${g.h(40)}`, "curl with shell variable token and commit SHA");
  add(`import os\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nassistant_id = "${j("asst_", g.a(24))}"\nthread_id = "${j("thread_", g.a(24))}"`, "Python reading key from env with object ids");
  add(`uuid,created_at,sha\n${Array.from({ length: 5 }, () => `${g.uuid()},2026-11-0${g.range(1, 9)},${g.h(40)}`).join("\n")}`, "CSV of UUIDs and SHAs — pasted data");
  add(JSON.stringify({ cells: [{ cell_type: "code", source: ["from getpass import getpass\n", "api_key = getpass('HF token: ')\n"], outputs: [{ output_type: "display_data", data: { "image/png": g.b64bytes(400) } }] }], nbformat: 4, nbformat_minor: 5 }), "notebook using getpass with a base64 PNG output");
  add(`INSERT INTO api_keys (id, user_id, key_hash, key_prefix, created_at) VALUES\n  (1, 42, '${g.h(64)}', 'sk_${g.l(4)}', NOW());`, "SQL seed with hashed key and short display prefix");
  add(`| field | value |\n|---|---|\n| API key | \`sk-proj-****************${g.a(4)}\` |\n| Org | \`${j("org-", g.a(24))}\` |`, "Markdown table with a masked key");
  add(`diff --git a/.env.example b/.env.example\n@@ -1,3 +1,4 @@\n OPENAI_API_KEY=\n+ANTHROPIC_API_KEY=\n+SENTRY_DSN=\n DATABASE_URL=postgres://user:password@localhost:5432/dev`, "diff adding empty env vars; localhost dev URL with placeholder password");
  add(`#!/usr/bin/env bash\n: "\${DATADOG_API_KEY:?set DATADOG_API_KEY}"\nexport DD_SITE=datadoghq.eu\nsha256sum dist/*.tar.gz  # ${g.h(64)}`, "shell script requiring env var, with checksum");
  add(JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `Created webhook ${j("we_", g.a(24))} (secret shown once in dashboard)\nendpoint: https://acme.io/hooks/stripe` }] } }), "MCP result with vendor webhook object id, no secret");
  add(`[core]\n\trepositoryformatversion = 0\n[remote "origin"]\n\turl = git@github.com:acme/platform.git\n[user]\n\temail = dev@acme.io`, "git config with SSH remote, no credential");
  add(`PGPASSWORD=\nexport PGPASSFILE=~/.pgpass\npsql "host=db.internal dbname=orders user=readonly sslmode=verify-full sslrootcert=/etc/ssl/rds-ca.pem"`, "psql with password file reference, no password");
  add(`<link rel="stylesheet" href="/static/app.${g.h(8)}.css" integrity="sha384-${g.b64bytes(48)}" crossorigin="anonymous">`, "HTML link with hashed filename and SRI");
  return out;
}

export const cases: CorpusCase[] = [
  ...rotate(specs, { prefix: "y36-b", cat: CAT, seed: 36_0401, count: 60, offset: 5, benign: true, skip: SKIP }),
  ...handcrafted(),
];

