// heldout-y38 benign look-alikes in the same contexts. Values built at run time (mulberry32, fixed seed).
import type { CorpusCase } from "../types.ts";
import { Gen, RENDERERS, j, B64, AN } from "./_gen.ts";

const g = new Gen(0x38b3);

// Renderers whose wrapping does not itself claim the value is a credential (no auth header, no "key rotated").
const SAFE = RENDERERS.filter((r) => !/curl|HTTP request|form-encoded|chat message|multipart/.test(r.name));

type BV = { what: string; env: string; make: () => string };
const rotated: BV[] = [
  { what: "git commit SHA", env: "GIT_COMMIT_SHA", make: () => g.h(40) },
  { what: "sha256 artifact digest", env: "ARTIFACT_SHA256", make: () => g.h(64) },
  { what: "container image digest", env: "IMAGE_DIGEST", make: () => j("sha256:", g.h(64)) },
  { what: "request UUID", env: "REQUEST_ID", make: () => g.uuid() },
  { what: "OpenTelemetry trace id", env: "TRACE_ID", make: () => g.h(32) },
  { what: "Stripe customer id", env: "STRIPE_CUSTOMER_ID", make: () => j("cus_", g.a(14)) },
  { what: "Stripe price id", env: "STRIPE_PRICE_ID", make: () => j("price_", "1", g.a(23)) },
  { what: "Stripe publishable key", env: "STRIPE_PUBLISHABLE_KEY", make: () => j("pk_", "live_", "51", g.a(22), g.a(75)) },
  { what: "OpenAI assistant id", env: "OPENAI_ASSISTANT_ID", make: () => j("asst_", g.a(24)) },
  { what: "OpenAI org id", env: "OPENAI_ORG_ID", make: () => j("org-", g.a(24)) },
  { what: "Anthropic message id", env: "LAST_MESSAGE_ID", make: () => j("msg_", "01", g.a(22)) },
  { what: "Vercel project id", env: "VERCEL_PROJECT_ID", make: () => j("prj_", g.a(28)) },
  { what: "AWS KMS key ARN", env: "KMS_KEY_ARN", make: () => j("arn:aws:kms:us-east-1:", g.d(12), ":key/", g.uuid()) },
  { what: "AWS Secrets Manager ARN reference", env: "DB_SECRET_ARN", make: () => j("arn:aws:secretsmanager:eu-west-1:", g.d(12), ":secret:prod/db-", g.a(6)) },
  { what: "SSM parameter reference", env: "API_KEY_PARAM", make: () => "/prod/payments/api-key" },
  { what: "1Password secret reference", env: "OPENAI_API_KEY", make: () => "op://Engineering/OpenAI/credential" },
  { what: "Vault path reference", env: "STRIPE_SECRET_KEY", make: () => "vault:secret/data/payments#stripe_key" },
  { what: "env interpolation placeholder", env: "GITHUB_TOKEN", make: () => "${GITHUB_TOKEN}" },
  { what: "masked key", env: "OPENAI_API_KEY", make: () => j("sk-", "proj-", "****************************", g.a(4)) },
  { what: "placeholder", env: "ANTHROPIC_API_KEY", make: () => "<your-anthropic-api-key>" },
  { what: "placeholder", env: "SLACK_BOT_TOKEN", make: () => j("xo", "xb-your-bot-token-here") },
  { what: "Sentry public DSN host id", env: "SENTRY_RELEASE", make: () => j("web@", g.h(12)) },
  { what: "npm lockfile integrity", env: "PKG_INTEGRITY", make: () => j("sha512-", g.b64(86), "==") },
  { what: "Google Analytics measurement id", env: "GA_MEASUREMENT_ID", make: () => j("G-", g.u(10)) },
  { what: "Twilio account SID (identifier)", env: "TWILIO_MESSAGING_SERVICE_SID", make: () => j("MG", g.h(32)) },
  { what: "Azure subscription id", env: "AZURE_SUBSCRIPTION_ID", make: () => g.uuid() },
  { what: "GCP project number", env: "GCP_PROJECT_NUMBER", make: () => g.d(12) },
  { what: "Docker build cache key", env: "CACHE_KEY", make: () => j("node-modules-Linux-", g.h(64)) },
  { what: "Slack channel id", env: "SLACK_CHANNEL_ID", make: () => j("C0", g.u(9)) },
  { what: "Kubernetes resource uid", env: "POD_UID", make: () => g.uuid() },
  { what: "ETag", env: "LAST_ETAG", make: () => j("W/\"", g.h(32), "\"") },
  { what: "feature flag key", env: "FLAG_KEY", make: () => "enable-new-checkout-flow-v2" },
  { what: "MD5 of upload", env: "UPLOAD_MD5", make: () => g.h(32) },
  { what: "Go module sum", env: "GO_SUM_HASH", make: () => j("h1:", g.b64(43), "=") },
  { what: "Datadog trace id decimal", env: "DD_TRACE_ID", make: () => g.d(19) },
  { what: "Shopify shop domain", env: "SHOPIFY_SHOP", make: () => j("acme-", g.l(6), ".myshopify.com") },
  { what: "GitHub Actions run id", env: "GITHUB_RUN_ID", make: () => g.d(11) },
  { what: "Hugging Face model revision", env: "MODEL_REVISION", make: () => g.h(40) },
  { what: "ULID event id", env: "EVENT_ID", make: () => j("01J", g.str(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")) },
  { what: "Azure Key Vault reference", env: "DB_PASSWORD", make: () => "@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.net/secrets/db-password/)" },
  { what: "GitHub Actions secrets expression", env: "NPM_TOKEN", make: () => "${{ secrets.NPM_TOKEN }}" },
  { what: "Kubernetes secretKeyRef name", env: "DATABASE_URL_SECRET", make: () => "app-db-credentials" },
  { what: "empty-password local DB URL template", env: "DATABASE_URL", make: () => "postgres://postgres:${POSTGRES_PASSWORD}@localhost:5432/dev" },
  { what: "masked Stripe key", env: "STRIPE_SECRET_KEY", make: () => j("sk", "_live_", "••••••••••••", g.a(4)) },
  { what: "redacted token", env: "HF_TOKEN", make: () => "[REDACTED]" },
  { what: "Mapbox public style URL", env: "MAPBOX_STYLE", make: () => j("mapbox://styles/acme/", g.l(25)) },
  { what: "Cloudflare zone id", env: "CLOUDFLARE_ZONE_ID", make: () => g.h(32) },
  { what: "Cloudflare account id", env: "CLOUDFLARE_ACCOUNT_ID", make: () => g.h(32) },
  { what: "Algolia app id", env: "ALGOLIA_APP_ID", make: () => g.u(10) },
  { what: "Auth0 client id (public)", env: "AUTH0_CLIENT_ID", make: () => g.a(32) },
  { what: "Google OAuth client id", env: "GOOGLE_CLIENT_ID", make: () => j(g.d(12), "-", g.l(32), ".apps.googleusercontent.com") },
  { what: "SRI hash", env: "SCRIPT_INTEGRITY", make: () => j("sha384-", g.b64(64)) },
  { what: "Terraform state lineage", env: "TF_LINEAGE", make: () => g.uuid() },
  { what: "Sealed-secrets controller cert fingerprint", env: "SEALED_CERT_FP", make: () => Array.from({ length: 20 }, () => g.H(2)).join(":") },
  { what: "Nix store hash path", env: "NODE_PATH_STORE", make: () => j("/nix/store/", g.str(32, "0123456789abcdfghijklmnpqrsvwxyz"), "-nodejs-20.11.1") },
  { what: "placeholder", env: "AWS_SECRET_ACCESS_KEY", make: () => "YOUR_AWS_SECRET_ACCESS_KEY" },
  { what: "placeholder", env: "ADMIN_PASSWORD", make: () => "<set-in-vault>" },
  { what: "Docker image tag", env: "IMAGE_TAG", make: () => j("v2.14.3-", g.h(7)) },
  { what: "PostHog project key (public)", env: "POSTHOG_PROJECT_ID", make: () => g.d(5) },
  { what: "Git tree hash", env: "TREE_SHA", make: () => g.h(40) },
];

const out: CorpusCase[] = [];
let n = 0;
const push = (text: string, note: string) => {
  n++;
  out.push({ id: `y38-b-${String(n).padStart(3, "0")}`, kind: "secrets", category: "heldouty38-benign", label: "benign", text, note });
};

rotated.forEach((b, i) => {
  const r = SAFE[(i * 5) % SAFE.length]!;
  push(r.render(g, { env: b.env, value: b.make(), provider: "app", extra: {} }), `${b.what} in ${b.env}, context: ${r.name}`);
});

const pem = (label: string, lines: number) => {
  const body: string[] = [];
  const head = label === "PUBLIC KEY" ? "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" : "MIIF" + g.pick(["DTCC", "jTCC", "tzCC"]) + "A" + g.pick(["3W", "1W", "5W"]) + "gAwIBAgI";
  body.push(head + g.b64(64 - head.length));
  for (let i = 1; i < lines; i++) body.push(g.b64(64));
  body.push(g.b64(28) + "==");
  return [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join("\n");
};

// Handcrafted look-alikes.
push(`# deploy/certs/ca.crt\n${pem("CERTIFICATE", 12)}\n`, "PEM CA certificate pasted in a tool result");
push(JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `Why does nginx reject this cert chain?\n\n${pem("CERTIFICATE", 8)}\n${pem("CERTIFICATE", 8)}` }] }), "certificate chain in an OpenAI chat body");
push(`$ cat ~/.ssh/id_ed25519.pub\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} dev@laptop\n`, "SSH ed25519 public key in a shell transcript");
push(`# ~/.ssh/authorized_keys\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(300)} deploy@ci\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} ops@bastion\n`, "authorized_keys public keys");
push(`const JWKS_PUBLIC = ${JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.h(16), alg: "RS256", n: g.u64(342), e: "AQAB" }] }, null, 2)};\n`, "JWKS public RSA key in TypeScript");
push(`jwt:\n  algorithm: RS256\n  public_key: |\n    ${pem("PUBLIC KEY", 5).split("\n").join("\n    ")}\n`, "PEM public key in YAML");
push(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\nstringData:\n  OPENAI_API_KEY: ENC[AES256_GCM,data:${g.b64(120)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n  age:\n    - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        ${g.b64(64)}\n        ${g.b64(40)}\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: "${g.ts()}"\n  mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n  version: 3.9.1\n`, "SOPS-encrypted k8s Secret with age recipient");
push(`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: stripe\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: Ag${g.b64(350)}==\n`, "Bitnami SealedSecret encryptedData");
push(`# group_vars/prod/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.h(80)).join("\n")}\n`, "ansible-vault encrypted file");
push(`db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${g.h(80)}\n  ${g.h(80)}\n  ${g.h(40)}\n`, "ansible-vault inline value");
push(`!function(e,t){"object"==typeof exports?module.exports=t():e.lib=t()}(this,function(){var e="${g.a(40)}",t=function(n){return n.replace(/${"[^a-z]"}/g,"")};return{k:e,t:t,v:"${g.h(8)}"}});`, "minified JS bundle with a random-looking constant");
push(`.css-${g.l(6)}{display:flex}.css-${g.l(6)}{color:#${g.h(6)}}.sc-${g.a(6)}-0.${g.a(6)}{margin:0 auto;background:url(data:image/svg+xml;base64,${g.b64(80)})}`, "CSS-in-JS class names and inline svg");
push(`<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA${g.b64(400)}" />`, "base64 PNG data URI in HTML");
push(JSON.stringify({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: `commit ${g.h(40)}\nAuthor: Dev <dev@acme.dev>\nDate:   Tue Nov 4 10:11:12 2026 +0000\n\n    fix: retry on 429\n\ncommit ${g.h(40)}\nMerge: ${g.h(7)} ${g.h(7)}` }] } }), "git log output in an MCP tool result");
push(`{\n  "name": "left-pad",\n  "version": "1.3.0",\n  "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",\n  "integrity": "sha512-${g.b64(86)}==",\n  "dev": true\n}`, "package-lock entry with integrity");
push(`FROM node:20-alpine@sha256:${g.h(64)}\nRUN apk add --no-cache git\n`, "Dockerfile pinned by digest");
push(`${g.ts()} INFO request completed request_id=${g.uuid()} trace_id=${g.h(32)} span_id=${g.h(16)} status=200 duration_ms=${g.range(3, 400)}`, "log line with request/trace/span ids");
push(`curl -s https://api.stripe.com/v1/customers/cus_${g.a(14)} \\\n  -u "$STRIPE_SECRET_KEY:"`, "curl with env-var reference, object id in URL");
push(`curl -H "Authorization: Bearer $OPENAI_API_KEY" https://api.openai.com/v1/models`, "curl with shell variable reference");
push(`export OPENAI_API_KEY="$(op read op://Private/OpenAI/api-key)"\nexport GITHUB_TOKEN="$(gh auth token)"\n`, "shell exports from secret-manager commands");
push(`# .env.example\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=sk-ant-...\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\n`, ".env.example with masks and placeholders");
push(`## Configuration\n\nSet \`OPENAI_API_KEY\` to your key (it starts with \`sk-proj-\`). Never commit it.\n\n| variable | example |\n|---|---|\n| \`STRIPE_SECRET_KEY\` | \`sk_live_…\` |\n| \`SLACK_BOT_TOKEN\` | \`xoxb-…\` |\n`, "README describing key prefixes without values");
push(`provider "aws" {\n  region     = var.region\n  access_key = var.aws_access_key\n  secret_key = var.aws_secret_key\n}\n\nvariable "aws_secret_key" {\n  type      = string\n  sensitive = true\n}\n`, "Terraform referencing variables");
push(`env:\n  - name: DATABASE_URL\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: url\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: openai\n        key: api-key\n`, "k8s secretKeyRef");
push(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("checkout-v2,dark-mode").toString("base64")}\n`, "k8s Secret with non-secret base64 data");
push(JSON.stringify({ id: "chatcmpl-" + g.a(29), object: "chat.completion", created: 1762000000, model: "gpt-4.1-2025-04-14", system_fingerprint: "fp_" + g.h(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 120, completion_tokens: 3 } }), "OpenAI completion response ids");
push(JSON.stringify({ id: "msg_01" + g.a(22), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: "toolu_01" + g.a(22), name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use" }), "Anthropic response with message/tool ids");
push(JSON.stringify({ id: "evt_" + g.a(24), object: "event", type: "payment_intent.succeeded", data: { object: { id: "pi_" + g.a(24), client_secret: null, customer: "cus_" + g.a(14), payment_method: "pm_" + g.a(24), latest_charge: "ch_" + g.a(24) } } }, null, 2), "Stripe webhook event object ids");
push(`const stripe = loadStripe("${j("pk_", "live_", "51", g.a(22), g.a(75))}");\n`, "Stripe publishable key in browser code");
push(`-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG${g.b64(58)}\n${Array.from({ length: 10 }, () => g.b64(64)).join("\n")}\n=${g.b64(4)}\n-----END PGP PUBLIC KEY BLOCK-----\n`, "PGP public key block");
push(`[user]\n  name = Dev\n  email = dev@acme.dev\n  signingkey = ${g.H(16)}\n[commit]\n  gpgsign = true\n`, "gitconfig GPG signing key id");
push(`gem 'rails', '7.1.3'\n\nGEM\n  remote: https://rubygems.org/\n  specs:\n    nokogiri (1.16.2-x86_64-linux)\n\nCHECKSUMS\n  nokogiri (1.16.2-x86_64-linux) sha256=${g.h(64)}\n`, "Gemfile.lock checksums");
push(`github.com/aws/aws-sdk-go-v2 v1.30.3 h1:${g.b64(43)}=\ngithub.com/aws/aws-sdk-go-v2 v1.30.3/go.mod h1:${g.b64(43)}=\n`, "go.sum lines");
push(`[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n`, "Cargo.lock checksum");
push(`SELECT id, email, password_hash FROM users WHERE id = 42;\n-- 42 | a@acme.dev | $argon2id$v=19$m=65536,t=3,p=4$${g.b64(22)}$${g.b64(43)}\n`, "argon2 password hash in SQL output");
push(`admin:$2b$12$${g.str(53, AN + "./")}\n`, "bcrypt hash in htpasswd");
push(JSON.stringify({ cells: [{ cell_type: "code", source: ["import os\n", "key = os.environ[\"OPENAI_API_KEY\"]\n"], outputs: [{ output_type: "stream", name: "stdout", text: [`run id: ${g.uuid()}\n`, `checkpoint sha256: ${g.h(64)}\n`] }] }], nbformat: 4, nbformat_minor: 5 }), "notebook reading key from env, printing ids");
push(`diff --git a/.env.example b/.env.example\n--- a/.env.example\n+++ b/.env.example\n@@ -1,2 +1,3 @@\n OPENAI_API_KEY=\n+ANTHROPIC_API_KEY=<set-me>\n+GROQ_API_KEY=\n`, "diff adding empty placeholder vars");
push(`- name: Login to GHCR\n  uses: docker/login-action@${g.h(40)}\n  with:\n    registry: ghcr.io\n    username: \${{ github.actor }}\n    password: \${{ secrets.GITHUB_TOKEN }}\n`, "GitHub Actions pinned SHA and secrets expression");
push(`2026-11-03T10:00:01.000Z ##[group]Run actions/checkout@v4\n2026-11-03T10:00:01.100Z   token: ***\n2026-11-03T10:00:02.000Z Syncing repository: acme/api\n2026-11-03T10:00:03.000Z HEAD is now at ${g.h(7)} chore: bump deps\n2026-11-03T10:00:04.000Z OPENAI_API_KEY: ***\n`, "CI log with masked secrets");
push(`services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n`, "compose with secret files");
push(`{\n  "mcpServers": {\n    "github": {\n      "command": "npx",\n      "args": ["-y", "@modelcontextprotocol/server-github"],\n      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "\${env:GITHUB_TOKEN}" }\n    }\n  }\n}`, "MCP config with env reference");
push(`Exception in thread "main" java.lang.IllegalStateException: missing config key app.stripe.secret-key\n\tat com.acme.Config.require(Config.java:${g.range(10, 99)})\n\tat com.acme.Main.main(Main.java:12)\nCaused by: lookup id=${g.uuid()} hash=${g.h(40)}\n`, "Java stack trace with ids");
push(`const COLORS = { primary: "#${g.h(6)}", accent: "#${g.h(6)}" };\nexport const BUILD_ID = "${g.h(20)}";\nexport const ASSET_HASH = "${g.a(20)}";\n`, "build ids in generated code");
push(`{"sessionId":"${g.uuid()}","csrfCookieName":"XSRF-TOKEN","nonce":"${g.b64(22)}","buildHash":"${g.h(40)}"}`, "frontend bootstrap with nonce and build hash");

export const cases = out;
