// heldout-y144, hard benign look-alikes. Part one rotates look-alike values through the same
// renderers as the positives, either in a slot that is not named as a secret (ids, digests, hashes,
// public keys) or, for references/placeholders/masks, in a secret-named slot that holds no secret.
// Part two is handcrafted files and outputs full of credential-shaped non-secrets.
import type { CorpusCase } from "../types.ts";
import { b64, b64url, BENIGN, build, Gen, J, J2, pad, type Spec } from "./_gen.ts";

const bech = (g: Gen, n: number) => g.str(n, "qpzry9x8gf2tvdw0s3jn54khce6mua7l");
const PK_LIVE = "pk" + "_live_";
const SK_LIVE = "sk" + "_live_";

// look-alikes in neutral slots (never sent as a credential header unless `h` names a neutral header)
const look: Spec[] = [
  { p: "git commit SHA", cat: "devtools", env: "GIT_COMMIT_SHA", h: "X-Build-Commit: ", q: "sha", host: "api.github.com", path: "/repos/org/app/statuses", v: (g) => g.sha() },
  { p: "container image digest", cat: "devtools", env: "IMAGE_DIGEST", v: (g) => `sha256:${g.h(64)}` },
  { p: "SRI integrity hash", cat: "devtools", env: "ASSET_INTEGRITY", v: (g) => `sha384-${g.b64(48)}` },
  { p: "artifact SHA-256 checksum", cat: "devtools", env: "ARTIFACT_SHA256", v: (g) => g.h(64) },
  { p: "request id (UUID)", cat: "observability", env: "REQUEST_ID", h: "X-Request-Id: ", v: (g) => g.uuid() },
  { p: "W3C traceparent", cat: "observability", env: "TRACEPARENT", h: "traceparent: ", v: (g) => `00-${g.h(32)}-${g.h(16)}-01` },
  { p: "ETag", cat: "devtools", env: "CACHE_ETAG", h: "If-None-Match: ", v: (g) => g.h(32) },
  { p: "Stripe customer id", cat: "payment", env: "STRIPE_CUSTOMER_ID", q: "customer", host: "dashboard.stripe.com", path: "/customers", v: (g) => `cus_${g.a(14)}` },
  { p: "Stripe price id", cat: "payment", env: "STRIPE_PRICE_ID", v: (g) => `price_1${g.a(23)}` },
  { p: "OpenAI completion id", cat: "ai", env: "LAST_COMPLETION_ID", v: (g) => `chatcmpl-${g.a(29)}` },
  { p: "Anthropic message id", cat: "ai", env: "LAST_MESSAGE_ID", v: (g) => `msg_01${g.a(22)}` },
  { p: "MongoDB ObjectId", cat: "data", env: "TENANT_ID", v: (g) => g.h(24) },
  { p: "IAM role ARN", cat: "cloud", env: "DEPLOY_ROLE_ARN", v: (g) => `arn:aws:iam::${g.d(12)}:role/github-actions-deploy` },
  { p: "Google OAuth client id", cat: "auth", env: "GOOGLE_CLIENT_ID", v: (g) => `${g.d(12)}-${g.l(32)}.apps.googleusercontent.com` },
  { p: "Stripe publishable key", cat: "payment", env: "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", v: (g) => `${PK_LIVE}51${g.a(97)}` },
  { p: "Clerk publishable key", cat: "auth", env: "NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", v: (g) => `${PK_LIVE}${b64(`clerk.${g.domain()}$`)}` },
  { p: "Azure tenant id", cat: "cloud", env: "AZURE_TENANT_ID", v: (g) => g.uuid() },
  { p: "Azure subscription id", cat: "cloud", env: "AZURE_SUBSCRIPTION_ID", v: (g) => g.uuid() },
  { p: "GitHub OAuth app client id", cat: "devtools", env: "GITHUB_CLIENT_ID", v: (g) => `Ov23li${g.a(14)}` },
  { p: "Slack channel id", cat: "comms", env: "SLACK_CHANNEL_ID", q: "channel", host: "slack.com", path: "/api/conversations.history", v: (g) => `C0${g.u(9)}` },
  { p: "Cloudflare zone id", cat: "cloud", env: "CLOUDFLARE_ZONE_ID", v: (g) => g.h(32) },
  { p: "Cloudflare account id", cat: "cloud", env: "CLOUDFLARE_ACCOUNT_ID", v: (g) => g.h(32) },
  { p: "Vercel project id", cat: "cloud", env: "VERCEL_PROJECT_ID", v: (g) => `prj_${g.a(28)}` },
  { p: "SSH host key fingerprint", cat: "keys", env: "SSH_HOST_FINGERPRINT", v: (g) => `SHA256:${g.b64(32).replace(/=+$/, "")}` },
  { p: "DVC data version md5", cat: "data", env: "DATASET_MD5", v: (g) => `${g.h(32)}.dir` },
  { p: "KMS key ARN", cat: "cloud", env: "KMS_KEY_ARN", v: (g) => `arn:aws:kms:${g.region()}:${g.d(12)}:key/${g.uuid()}` },
  { p: "Datadog trace id", cat: "observability", env: "DD_TRACE_ID", v: (g) => g.d(19) },
  { p: "Kafka cluster id", cat: "data", env: "KAFKA_CLUSTER_ID", v: (g) => g.b64u(16) },
  { p: "GCP project number", cat: "cloud", env: "GCP_PROJECT_NUMBER", v: (g) => g.d(12) },
  { p: "Sentry release name", cat: "observability", env: "SENTRY_RELEASE", v: (g) => `${g.project()}@${g.ver()}+${g.h(7)}` },
  { p: "Hugging Face model revision", cat: "ai", env: "HF_MODEL_REVISION", v: (g) => g.sha() },
  { p: "W&B run id", cat: "ai", env: "WANDB_RUN_ID", v: (g) => g.l(8) },
  { p: "npm package integrity", cat: "devtools", env: "PACKAGE_INTEGRITY", v: (g) => `sha512-${g.b64(64)}` },
  { p: "container id", cat: "devtools", env: "CONTAINER_ID", v: (g) => g.h(64) },
  { p: "CloudFront request id", cat: "observability", env: "CF_REQUEST_ID", h: "X-Amz-Cf-Id: ", v: (g) => g.b64(42) },
  { p: "Ethereum transaction hash", cat: "keys", env: "LAST_TX_HASH", q: "txhash", host: "api.etherscan.io", path: "/api", v: (g) => `0x${g.h(64)}` },
  { p: "Ethereum contract address", cat: "keys", env: "CONTRACT_ADDRESS", q: "address", host: "api.etherscan.io", path: "/api", v: (g) => `0x${g.h(40)}` },
  { p: "Solana program id", cat: "keys", env: "PROGRAM_ID", v: (g) => g.b58(44) },
  { p: "Bitcoin payout address", cat: "keys", env: "PAYOUT_ADDRESS", v: (g) => `bc1q${bech(g, 38)}` },
  { p: "age recipient (public key)", cat: "keys", env: "SOPS_AGE_RECIPIENTS", v: (g) => `age1${bech(g, 58)}` },
  { p: "WireGuard peer public key", cat: "keys", env: "WG_PEER_PUBLIC_KEY", v: (g) => g.b64(32) },
  { p: "Stripe webhook endpoint id", cat: "payment", env: "STRIPE_WEBHOOK_ENDPOINT_ID", v: (g) => `we_1${g.a(23)}` },
  { p: "OpenAI organization id", cat: "ai", env: "OPENAI_ORG_ID", h: "OpenAI-Organization: ", host: "api.openai.com", path: "/v1/models", v: (g) => `org-${g.a(24)}` },
  { p: "OpenAI project id", cat: "ai", env: "OPENAI_PROJECT_ID", h: "OpenAI-Project: ", host: "api.openai.com", path: "/v1/models", v: (g) => `proj_${g.a(24)}` },
];

// secret-named slots holding no secret: placeholders, references, masks
const refs: Spec[] = [
  { p: "placeholder", cat: "ai", env: "OPENAI_API_KEY", sn: true, host: "api.openai.com", path: "/v1/chat/completions", v: () => "your-api-key-here" },
  { p: "placeholder", cat: "ai", env: "ANTHROPIC_API_KEY", sn: true, h: "x-api-key: ", host: "api.anthropic.com", path: "/v1/messages", v: () => "<YOUR_ANTHROPIC_API_KEY>" },
  { p: "placeholder with live prefix", cat: "payment", env: "STRIPE_SECRET_KEY", sn: true, host: "api.stripe.com", path: "/v1/charges", v: () => SK_LIVE + "x".repeat(24) },
  { p: "placeholder with PAT prefix", cat: "devtools", env: "GITHUB_TOKEN", sn: true, h: "Authorization: token ", host: "api.github.com", path: "/user", v: () => "gh" + "p_" + "X".repeat(36) },
  { p: "placeholder", cat: "comms", env: "SLACK_BOT_TOKEN", sn: true, host: "slack.com", path: "/api/chat.postMessage", v: () => "xo" + "xb-your-bot-token" },
  { p: "placeholder with HF prefix", cat: "ai", env: "HF_TOKEN", sn: true, host: "huggingface.co", path: "/api/whoami-v2", v: () => "h" + "f_" + "x".repeat(34) },
  { p: "shell variable reference", cat: "cloud", env: "AWS_SECRET_ACCESS_KEY", sn: true, nh: true, v: () => "${AWS_SECRET_ACCESS_KEY}", only: /docker-compose|shell script|docker run|YAML|GitLab|Markdown|\.env|zsh/ },
  { p: "URL with password variable", cat: "data", env: "DATABASE_URL", sn: true, kind: "dsn", v: (g) => `postgres://app:\${DB_PASSWORD}@db.internal:5432/${g.project().replace(/-/g, "_")}`, only: /docker-compose|shell script|docker run|YAML|GitLab|Markdown|\.env|zsh/ },
  { p: "Vault reference", cat: "comms", env: "SENDGRID_API_KEY", sn: true, nh: true, v: () => "vault:secret/data/mail#sendgrid_api_key", only: /YAML|JSON config|TOML|HCL|Kubernetes|\.env|GitLab|INI|properties|docker-compose/ },
  { p: "AWS Secrets Manager ARN", cat: "payment", env: "STRIPE_WEBHOOK_SECRET", sn: true, nh: true, v: (g) => `arn:aws:secretsmanager:${g.region()}:${g.d(12)}:secret:prod/stripe-webhook-${g.a(6)}`, only: /YAML|JSON config|TOML|HCL|Kubernetes|\.env|GitLab|INI|properties|docker-compose/ },
  { p: "1Password reference", cat: "ai", env: "OPENAI_API_KEY", sn: true, nh: true, v: () => "op://Engineering/OpenAI Production/credential", only: /\.env|shell script|docker-compose|YAML|Markdown|GitHub Actions workflow/ },
  { p: "GCP Secret Manager resource name", cat: "comms", env: "SLACK_SIGNING_SECRET", sn: true, nh: true, v: (g) => `projects/${g.project()}-prod/secrets/slack-signing-secret/versions/latest`, only: /YAML|JSON config|TOML|HCL|Kubernetes|\.env|GitLab|INI|properties|docker-compose/ },
  { p: "Azure Key Vault reference", cat: "comms", env: "TWILIO_AUTH_TOKEN", sn: true, nh: true, v: () => "@Microsoft.KeyVault(SecretUri=https://kv-prod-weu.vault.azure.net/secrets/TwilioAuthToken/)", only: /JSON config|XML|YAML|HCL|\.env/ },
  { p: "GitHub Actions secrets expression", cat: "devtools", env: "NPM_TOKEN", sn: true, nh: true, v: () => "${{ secrets.NPM_TOKEN }}", only: /GitHub Actions workflow/ },
  { p: "command substitution from a secret file", cat: "data", env: "DB_PASSWORD", sn: true, nh: true, v: () => "$(cat /run/secrets/db_password)", only: /shell script|Markdown|docker run|zsh/ },
  { p: "CloudFormation SSM dynamic reference", cat: "data", env: "DB_PASSWORD", sn: true, nh: true, v: () => "{{resolve:ssm-secure:/prod/db/password:3}}", only: /YAML|JSON config/ },
  { p: "masked key", cat: "ai", env: "ANTHROPIC_API_KEY", sn: true, nh: true, v: () => "s" + "k-ant-api03-" + "•".repeat(20) + "k9Qw", only: /GitHub Actions log|structured JSON log|hand-over|crash report|tool_result|MCP|chat body/ },
  { p: "masked key", cat: "ai", env: "OPENAI_API_KEY", sn: true, nh: true, v: () => "s" + "k-proj-" + "*".repeat(40) + "Zt3A", only: /GitHub Actions log|structured JSON log|hand-over|crash report|tool_result|MCP|chat body/ },
  { p: "mask", cat: "observability", env: "DD_API_KEY", sn: true, nh: true, v: () => "********************************", only: /GitHub Actions log|structured JSON log|hand-over|crash report|tool_result|MCP|chat body/ },
  { p: "redaction marker", cat: "comms", env: "MAILGUN_API_KEY", sn: true, nh: true, v: () => "[REDACTED]", only: /GitHub Actions log|structured JSON log|hand-over|crash report|tool_result|MCP|chat body/ },
  { p: "ERB reference", cat: "auth", env: "SECRET_KEY_BASE", sn: true, nh: true, v: () => '<%= ENV.fetch("SECRET_KEY_BASE") %>', only: /YAML/ },
  { p: "Ansible/Jinja variable", cat: "comms", env: "TWILIO_AUTH_TOKEN", sn: true, nh: true, v: () => "{{ twilio_auth_token }}", only: /YAML|INI|properties|systemd|TOML|XML/ },
  { p: "required-variable expansion", cat: "devtools", env: "SENTRY_AUTH_TOKEN", sn: true, nh: true, v: () => "${SENTRY_AUTH_TOKEN:?SENTRY_AUTH_TOKEN is not set}", only: /shell script|docker-compose|docker run|Markdown|GitLab/ },
];

// look-alikes never travel in a credential header: only those with a neutral `h` may use HTTP renderers
const rotated = build({ seed: 144004, prefix: "y144-b-", specs: [...look.map((s) => ({ ...s, nh: s.h ? s.nh : true })), ...refs], label: "benign", start: 9 });

// ---- handcrafted benign ---------------------------------------------------------------------------

const g = new Gen(144005);
const BEGIN = "-----BEGIN ";
const END = "-----END ";
const wrap = (s: string, n: number) => (s.match(new RegExp(`.{1,${n}}`, "g")) ?? []).join("\n");
const armour = (label: string, body: string) => `${BEGIN}${label}-----\n${body}\n${END}${label}-----`;
const cert = () => armour("CERTIFICATE", wrap("MIIF" + g.b64(1380).slice(4), 64));
const chat = (text: string) => J({ model: g.pick(["gpt-4o", "gpt-4.1"]), messages: [{ role: "user", content: text }] });
const mcp = (text: string) => J({ jsonrpc: "2.0", id: g.range(2, 80), result: { content: [{ type: "text", text }], isError: false } });
function sshStr(d: Uint8Array | string): Buffer {
  const buf = Buffer.from(d);
  const l = Buffer.alloc(4);
  l.writeUInt32BE(buf.length);
  return Buffer.concat([l, buf]);
}
const edPub = (c: string) => `ssh-ed25519 ${b64(Buffer.concat([sshStr("ssh-ed25519"), sshStr(g.bytes(32))]))} ${c}`;
const rsaPub = (c: string) => `ssh-rsa ${b64(Buffer.concat([sshStr("ssh-rsa"), sshStr(Buffer.from([1, 0, 1])), sshStr(Buffer.concat([Buffer.from([0]), Buffer.from(g.bytes(256))]))]))} ${c}`;
const sha512 = () => `sha512-${g.b64(64)}`;
const enc = (n: number) => `ENC[AES256_GCM,data:${g.b64(n)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]`;

const person = () => { const n = g.name(); return `${n} <${n}@${g.domain()}>`; };
const hand: { note: string; text: () => string }[] = [
  {
    note: "package-lock.json excerpt: sha512 integrity and resolved URLs",
    text: () => {
      const pk = (name: string, ver: string) => `    "node_modules/${name}": {\n      "version": "${ver}",\n      "resolved": "https://registry.npmjs.org/${name}/-/${name.split("/").pop()}-${ver}.tgz",\n      "integrity": "${sha512()}",\n      "license": "MIT"\n    }`;
      return `{\n  "name": "${g.project()}",\n  "lockfileVersion": 3,\n  "requires": true,\n  "packages": {\n${[pk("zod", "3.23.8"), pk("undici", "6.19.8"), pk("@types/node", "22.7.4"), pk("pino", "9.4.0")].join(",\n")}\n  }\n}\n`;
    },
  },
  {
    note: "pnpm-lock.yaml packages with integrity hashes, pasted in a chat body",
    text: () => chat(`pnpm install keeps rewriting these lines, is that normal?\n\n\`\`\`yaml\npackages:\n\n  '@esbuild/linux-x64@0.23.1':\n    resolution: {integrity: ${sha512()}}\n    engines: {node: '>=18'}\n    cpu: [x64]\n    os: [linux]\n\n  fastify@4.28.1:\n    resolution: {integrity: ${sha512()}}\n\n  ioredis@5.4.1:\n    resolution: {integrity: ${sha512()}}\n    engines: {node: '>=12.22.0'}\n\`\`\``),
  },
  {
    note: "go.sum lines (h1: base64 module hashes)",
    text: () => ["github.com/aws/aws-sdk-go-v2 v1.32.2", "github.com/jackc/pgx/v5 v5.7.1", "golang.org/x/crypto v0.28.0", "google.golang.org/grpc v1.67.1"].flatMap((m) => [`${m} h1:${g.b64(32)}`, `${m}/go.mod h1:${g.b64(32)}`]).join("\n") + "\n",
  },
  {
    note: "Cargo.lock entries with checksums, via MCP read_file",
    text: () => mcp(["serde 1.0.210", "tokio 1.40.0", "reqwest 0.12.8", "ring 0.17.8"].map((p) => { const [n, v] = p.split(" "); return `[[package]]\nname = "${n}"\nversion = "${v}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n`; }).join("\n")),
  },
  {
    note: "pip-compile requirements.txt with --hash=sha256 pins",
    text: () => `#\n# This file is autogenerated by pip-compile with Python 3.12\n#\n${["boto3==1.35.36", "pydantic==2.9.2", "httpx==0.27.2"].map((p) => `${p} \\\n    --hash=sha256:${g.h(64)} \\\n    --hash=sha256:${g.h(64)}`).join("\n")}\n`,
  },
  {
    note: "Dockerfile pinned by image digest, secrets via BuildKit --mount=type=secret",
    text: () => `# syntax=docker/dockerfile:1.7\nFROM python:3.12-slim@sha256:${g.h(64)} AS base\nWORKDIR /app\nCOPY requirements.txt .\nRUN --mount=type=secret,id=pip_index_token \\\n    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_index_token)@pypi.${g.domain()}/simple" \\\n    pip install --no-cache-dir -r requirements.txt\nCOPY . .\nUSER 10001\nCMD ["gunicorn", "app:app"]\n`,
  },
  {
    note: "GitHub Actions workflow using ${{ secrets.* }} and SHA-pinned actions",
    text: () => `name: release\non:\n  push:\n    tags: ["v*"]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    permissions:\n      id-token: write\n      contents: read\n    steps:\n      - uses: actions/checkout@${g.sha()} # v4.2.1\n      - uses: actions/setup-node@${g.sha()} # v4.0.4\n        with:\n          node-version: 22\n          registry-url: https://registry.npmjs.org\n      - run: npm ci && npm publish --provenance\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n      - uses: aws-actions/configure-aws-credentials@${g.sha()} # v4\n        with:\n          role-to-assume: arn:aws:iam::${g.d(12)}:role/release\n          aws-region: ${g.region()}\n`,
  },
  {
    note: "SOPS-encrypted secrets YAML (ENC[...] values, age recipient, mac)",
    text: () => `database:\n    password: ${enc(24)}\n    url: ${enc(70)}\nstripe:\n    secret_key: ${enc(80)}\nsops:\n    kms: []\n    age:\n        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n${armour("AGE ENCRYPTED FILE", wrap(g.b64(190), 64)).split("\n").map((l) => "            " + l).join("\n")}\n    lastmodified: "${g.iso().slice(0, 19)}Z"\n    mac: ENC[AES256_GCM,data:${g.b64(64)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n    unencrypted_suffix: _unencrypted\n    version: 3.9.1\n`,
  },
  {
    note: "Ansible Vault encrypted file (hex payload) in an MCP result",
    text: () => mcp(`$ANSIBLE_VAULT;1.1;AES256\n${wrap(g.h(640), 80)}\n`),
  },
  {
    note: "Bitnami SealedSecret manifest (encryptedData)",
    text: () => `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: ${g.project()}-env\n  namespace: prod\nspec:\n  encryptedData:\n    DATABASE_URL: AgB${g.b64(560).slice(3)}\n    STRIPE_SECRET_KEY: AgC${g.b64(540).slice(3)}\n  template:\n    metadata:\n      name: ${g.project()}-env\n      namespace: prod\n    type: Opaque\n`,
  },
  {
    note: ".env.example with placeholders, written through a tool_use",
    text: () => J({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: ".env.example", content: `# Copy to .env and fill in\nDATABASE_URL=postgres://user:password@localhost:5432/app\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=your-anthropic-key\nSTRIPE_SECRET_KEY=${SK_LIVE}...\nSTRIPE_WEBHOOK_SECRET=whsec_...\nGITHUB_TOKEN=<github-token>\nSENTRY_DSN=\n` } }] }] }),
  },
  {
    note: "authorized_keys with ed25519 and RSA public keys",
    text: () => `# managed by ansible — do not edit\n${edPub(`${g.name()}@${g.domain()}`)}\n${rsaPub(`deploy@${g.project()}`)}\n${edPub("ci-runner")}\n`,
  },
  {
    note: "PGP public key block shared in a chat (Spanish prose)",
    text: () => chat(`¿Puedes añadir mi clave pública al keyring del repo de releases? Es esta:\n\n${BEGIN}PGP PUBLIC KEY BLOCK-----\n\nmDMEZ${wrap(g.b64(420), 64).slice(5)}\n=${g.b64(3)}\n${END}PGP PUBLIC KEY BLOCK-----`),
  },
  {
    note: "nginx TLS config with a PEM certificate chain",
    text: () => `server {\n    listen 443 ssl http2;\n    server_name ${g.project()}.${g.domain()};\n    ssl_certificate     /etc/nginx/tls/fullchain.pem;\n    ssl_certificate_key /etc/nginx/tls/privkey.pem;\n}\n\n# /etc/nginx/tls/fullchain.pem\n${cert()}\n${cert()}\n`,
  },
  {
    note: "HTML/CSS with base64 data URIs (PNG, WOFF2)",
    text: () => `<style>\n@font-face { font-family: "Inter"; src: url(data:font/woff2;base64,d09GMgABAAAA${g.b64(300)}) format("woff2"); }\n.logo { background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${g.b64(240)}"); }\n</style>\n<img alt="spinner" src="data:image/gif;base64,R0lGODlhEAAQAPIAAP${g.b64(120)}">\n`,
  },
  {
    note: "minified JS bundle chunk with hashed identifiers and a source map URL",
    text: () => `"use strict";(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[${g.range(100, 999)}],{${g.range(10000, 99999)}:function(e,t,n){n.d(t,{Z:function(){return o}});var r=n(${g.range(1000, 9999)}),a="${g.a(32)}",i={buildId:"${g.c64u(21)}",hash:"${g.h(20)}"};function o(e){return(0,r.jsx)("div",{className:"${g.l(6)}_${g.c64u(5)} "+e.className,"data-v":a,children:e.children})}}}]);\n//# sourceMappingURL=${g.h(16)}.js.map\n`,
  },
  {
    note: "Stripe API JSON response (cus_, pi_, ch_, pm_ ids, request id) pasted into a chat",
    text: () => chat(`Why is this PaymentIntent stuck in requires_action?\n\n${J2({ id: `pi_3${g.a(23)}`, object: "payment_intent", amount: 4900, currency: "eur", customer: `cus_${g.a(14)}`, latest_charge: `ch_3${g.a(23)}`, payment_method: `pm_1${g.a(23)}`, client_secret_present: false, status: "requires_action", livemode: true, metadata: { order_id: g.uuid() } })}\n\nRequest-Id: req_${g.a(14)}`),
  },
  {
    note: "OpenAI chat.completion response (chatcmpl-, fp_) in a bug report",
    text: () => `### Bug: empty content on streaming end\n\nRaw final response:\n\n\`\`\`json\n${J2({ id: `chatcmpl-${g.a(29)}`, object: "chat.completion", created: g.epoch(), model: "gpt-4o-2024-08-06", system_fingerprint: `fp_${g.h(10)}`, choices: [{ index: 0, message: { role: "assistant", content: "" }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 0, total_tokens: 812 } })}\n\`\`\`\n\nx-request-id: req_${g.h(32)}\n`,
  },
  {
    note: "Anthropic message response (msg_, toolu_ ids) in an MCP debug log",
    text: () => mcp(`[${g.iso()}] upstream response:\n${J({ id: `msg_01${g.a(22)}`, type: "message", role: "assistant", model: "claude-sonnet-4-5-20250929", content: [{ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use", usage: { input_tokens: 2211, output_tokens: 64 } })}\nrequest-id: req_011${g.a(21)}\n`),
  },
  {
    note: "aws sts get-caller-identity output (IAM unique id, account, ARN)",
    text: (acct = g.d(12)) => `$ aws sts get-caller-identity\n{\n    "UserId": "AIDA${g.str(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}",\n    "Account": "${acct}",\n    "Arn": "arn:aws:iam::${acct}:user/${g.name()}"\n}\n`,
  },
  {
    note: "HTTP response headers (ETag, x-amz-request-id, x-amz-id-2, cf-ray, traceparent)",
    text: () => `HTTP/2 200\ncontent-type: application/octet-stream\netag: "${g.h(32)}"\nlast-modified: ${new Date(g.epoch() * 1000).toUTCString()}\nx-amz-request-id: ${g.u(16)}\nx-amz-id-2: ${g.b64(57)}\nx-amz-version-id: ${g.c64u(32)}\ncf-ray: ${g.h(16)}-FRA\ntraceparent: 00-${g.h(32)}-${g.h(16)}-01\n`,
  },
  {
    note: "git log output with SHAs, Gerrit Change-Id and trailers",
    text: () => `commit ${g.sha()}\nAuthor: ${person()}\nDate:   ${new Date(g.epoch() * 1000).toUTCString()}\n\n    fix(auth): refresh the JWKS cache on kid miss\n\n    Change-Id: I${g.h(40)}\n    Reviewed-on: https://review.${g.domain()}/c/platform/+/${g.range(10000, 99999)}\n    Signed-off-by: ${person()}\n\ncommit ${g.sha()}\nMerge: ${g.h(7)} ${g.h(7)}\nAuthor: ${person()}\n\n    Merge pull request #${g.range(100, 4000)} from org/renovate/lockfile\n`,
  },
  {
    note: "kubectl describe pod output (image digests, containerd ids, uid)",
    text: (p = g.project(), rs = g.l(9)) => `Name:             ${p}-${rs}-${g.l(5)}\nNamespace:        prod\nLabels:           pod-template-hash=${rs}\nAnnotations:      kubectl.kubernetes.io/restartedAt: ${g.iso()}\nStatus:           Running\nIP:               ${g.ip()}\nControlled By:    ReplicaSet/${p}-${rs}\nContainers:\n  app:\n    Container ID:   containerd://${g.h(64)}\n    Image:          ghcr.io/org/${p}:${g.h(7)}\n    Image ID:       ghcr.io/org/${p}@sha256:${g.h(64)}\n    State:          Running\n    Environment Variables from:\n      ${p}-env  Secret  Optional: false\n`,
  },
  {
    note: "terraform plan output with (sensitive value) and resource ids",
    text: () => `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id                     = "db-${g.u(26)}"\n      ~ instance_class         = "db.t4g.medium" -> "db.r7g.large"\n        password               = (sensitive value)\n        vpc_security_group_ids = [\n            "sg-${g.h(17)}",\n        ]\n        kms_key_id             = "arn:aws:kms:${g.region()}:${g.d(12)}:key/${g.uuid()}"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n`,
  },
  {
    note: "Kubernetes Deployment referencing secrets (secretKeyRef, envFrom)",
    text: (p = g.project()) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${p}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/org/${p}@sha256:${g.h(64)}\n          envFrom:\n            - secretRef:\n                name: ${p}-env\n          env:\n            - name: STRIPE_SECRET_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: stripe\n                  key: secret-key\n            - name: OPENAI_API_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: llm-keys\n                  key: openai\n`,
  },
  {
    note: "docker-compose with file-based secrets and required-variable interpolation, in a chat",
    text: () => chat(`Does this compose file leak anything if I commit it?\n\n\`\`\`yaml\nservices:\n  api:\n    image: ghcr.io/org/${g.project()}:latest\n    environment:\n      DATABASE_URL: postgres://app:\${POSTGRES_PASSWORD:?set it}@db:5432/app\n      OPENAI_API_KEY: \${OPENAI_API_KEY}\n    secrets:\n      - stripe_key\nsecrets:\n  stripe_key:\n    file: ./secrets/stripe_key.txt\n\`\`\``),
  },
  {
    note: "CI log with masked secrets (***) and a truncated key mask",
    text: (t0 = g.iso().slice(0, 19)) => [`##[group]Run ./scripts/smoke.sh`, `env:`, `  OPENAI_API_KEY: ***`, `  DATABASE_URL: ***`, `##[endgroup]`, `Using OpenAI key s${"k-pr"}…${g.a(4)} (project ${`proj_${g.a(24)}`})`, `smoke: 12 passed, 0 failed`].map((l, i, _a, ts = t0) => `${ts}.${String(3000000 + i * 97).slice(1)}Z ${l}`).join("\n") + "\n",
  },
  {
    note: "Python reading credentials from AWS Secrets Manager by ARN",
    text: () => `import json\n\nimport boto3\n\n_sm = boto3.client("secretsmanager", region_name="${g.region()}")\n\n\ndef stripe_key() -> str:\n    resp = _sm.get_secret_value(SecretId="arn:aws:secretsmanager:${g.region()}:${g.d(12)}:secret:prod/stripe-${g.a(6)}")\n    return json.loads(resp["SecretString"])["secret_key"]\n`,
  },
  {
    note: "JWKS document with public RSA keys only (n, e)",
    text: () => J2({ keys: [0, 1].map(() => ({ kty: "RSA", use: "sig", alg: "RS256", kid: g.c64u(43), n: b64url(g.bytes(256)), e: "AQAB" })) }),
  },
  {
    note: "JWT verification config with a PEM public key",
    text: () => `# config/jwt.yml\nissuer: https://auth.${g.domain()}/\naudience: ${g.project()}\nalgorithms: [RS256]\npublic_key: |\n${armour("PUBLIC KEY", wrap("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + g.b64(250).slice(44), 64)).split("\n").map((l) => "  " + l).join("\n")}\n`,
  },
  {
    note: ".sops.yaml creation rules (age recipients, KMS ARNs, PGP fingerprints)",
    text: () => `creation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n    kms: arn:aws:kms:${g.region()}:${g.d(12)}:key/${g.uuid()}\n    age: >-\n      age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")},\n      age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n  - path_regex: secrets/dev/.*\n    pgp: ${g.H(40)},${g.H(40)}\n`,
  },
  {
    note: "WireGuard config loading its private key from a file; peers' public keys only",
    text: () => `[Interface]\nAddress = 10.66.0.1/24\nListenPort = 51820\nPostUp = wg set %i private-key /etc/wireguard/private.key\n\n[Peer]\n# ${g.name()}-laptop\nPublicKey = ${g.b64(32)}\nAllowedIPs = 10.66.0.2/32\n\n[Peer]\n# ci-runner\nPublicKey = ${g.b64(32)}\nAllowedIPs = 10.66.0.3/32\n`,
  },
  {
    note: "ethers deploy script output (contract address, tx hashes, block hash)",
    text: () => `$ npx hardhat run scripts/deploy.ts --network sepolia\nDeploying Vault with account 0x${g.h(40)}\n  tx hash:    0x${g.h(64)}\n  block hash: 0x${g.h(64)}\n  gas used:   ${g.range(800000, 2400000)}\nVault deployed to 0x${g.h(40)}\nVerifying on Etherscan... https://sepolia.etherscan.io/tx/0x${g.h(64)}\n`,
  },
  {
    note: "gh auth status output with a masked token",
    text: () => `$ gh auth status\ngithub.com\n  ✓ Logged in to github.com account ${g.name()} (keyring)\n  - Active account: true\n  - Git operations protocol: https\n  - Token: gh${"o_"}************************************\n  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'\n`,
  },
  {
    note: ".npmrc using an environment-variable reference for the auth token",
    text: () => `@${g.domain().split(".")[0]}:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=\${GITHUB_PACKAGES_TOKEN}\n//registry.npmjs.org/:_authToken=\${NPM_TOKEN}\nengine-strict=true\n`,
  },
  {
    note: "hand-over note about a rotated key, naming only its last characters (Japanese prose)",
    text: () => `引き継ぎメモ：昨日の漏えい報告を受けて OpenAI のキーをローテーションしました。旧キー（末尾 …${g.a(4)}）は失効済み、新しいキーは 1Password の「Engineering / OpenAI Production」に入っています。リポジトリには何も入れていません。\nproject id: proj_${g.a(24)} / org: org-${g.a(24)}`,
  },
];

const handcrafted: CorpusCase[] = hand.map((h, i) => ({
  id: `y144-bk-${pad(i + 1)}`,
  kind: "secrets" as const,
  category: BENIGN,
  label: "benign" as const,
  text: h.text(),
  note: h.note,
}));

export const cases: CorpusCase[] = [...rotated, ...handcrafted];
