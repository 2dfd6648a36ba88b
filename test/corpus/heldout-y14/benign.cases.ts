// heldout-y14: benign look-alikes in the same contexts as the positives: digests, SHAs, ids,
// publishable keys, public key material, placeholders, masks, secret-manager references and
// encrypted blobs. Rotated cases reuse the positive renderers (minus the ones that frame the value
// as a credential); handcrafted ones cover whole files.
import type { CorpusCase } from "../types.ts";
import { A, L, LO, UD, Rng, buildBenign, type Look } from "./_gen.ts";

const one = (k: string, f: (r: Rng) => string) => (r: Rng): [string, string][] => [[k, f(r)]];
const CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const looks: Look[] = [
  { p: "git commit SHA", mk: one("GIT_COMMIT_SHA", (r) => r.hex(40)), hdr: "X-Build-Commit", q: "ref" },
  { p: "artifact SHA-256", mk: one("ARTIFACT_SHA256", (r) => r.hex(64)), q: "sha256" },
  { p: "container image digest", mk: one("IMAGE_DIGEST", (r) => "sha256:" + r.hex(64)), slot: true },
  { p: "request id (UUID)", mk: one("REQUEST_ID", (r) => r.uuid()) },
  { p: "W3C traceparent", mk: one("TRACEPARENT", (r) => `00-${r.hex(32)}-${r.hex(16)}-01`), hdr: "traceparent" },
  { p: "trace id (32 hex)", mk: one("OTEL_TRACE_ID", (r) => r.hex(32)) },
  { p: "Stripe customer id", mk: one("STRIPE_CUSTOMER_ID", (r) => "cus_" + r.s(14)), q: "customer" },
  { p: "Stripe price id", mk: one("STRIPE_PRICE_ID", (r) => "price_1" + r.s(23)), q: "price" },
  { p: "Stripe publishable key", mk: one("STRIPE_PUBLISHABLE_KEY", (r) => "pk_" + "live_51" + r.s(97)), slot: true },
  { p: "OpenAI assistant id", mk: one("OPENAI_ASSISTANT_ID", (r) => "asst_" + r.s(24)), hdr: "OpenAI-Beta-Assistant", q: "assistant_id" },
  { p: "OpenAI organization id", mk: one("OPENAI_ORG_ID", (r) => "org-" + r.s(24)), hdr: "OpenAI-Organization", q: "organization" },
  { p: "OpenAI project id", mk: one("OPENAI_PROJECT_ID", (r) => "proj_" + r.s(24)), hdr: "OpenAI-Project", q: "project" },
  { p: "Anthropic message id", mk: one("LAST_MESSAGE_ID", (r) => "msg_01" + r.s(22)), q: "message_id" },
  { p: "Slack channel id", mk: one("SLACK_CHANNEL_ID", (r) => "C0" + r.s(9, UD)), q: "channel" },
  { p: "AWS KMS key ARN", mk: one("KMS_KEY_ARN", (r) => `arn:aws:kms:eu-west-1:${r.digits(12)}:key/${r.uuid()}`), slot: true },
  { p: "AWS IAM role ARN", mk: one("DEPLOY_ROLE_ARN", (r) => `arn:aws:iam::${r.digits(12)}:role/github-deploy-${r.s(6, L)}`), slot: true },
  { p: "Azure subscription id", mk: one("AZURE_SUBSCRIPTION_ID", (r) => r.uuid()), slot: true },
  { p: "Cloudflare zone id", mk: one("CLOUDFLARE_ZONE_ID", (r) => r.hex(32)), q: "zone_id" },
  { p: "Cloudflare account id", mk: one("CLOUDFLARE_ACCOUNT_ID", (r) => r.hex(32)), slot: true },
  { p: "Sentry release (commit SHA)", mk: one("SENTRY_RELEASE", (r) => r.hex(40)), slot: true },
  { p: "npm package integrity (sha512)", mk: one("PKG_INTEGRITY", (r) => "sha512-" + r.b64(64)), slot: true },
  { p: "Content-MD5", mk: one("CONTENT_MD5", (r) => r.b64(16)), hdr: "Content-MD5" },
  { p: "ETag", mk: one("LAST_ETAG", (r) => `W/"${r.hex(32)}"`), hdr: "If-None-Match" },
  { p: "SSH host key fingerprint", mk: one("SSH_HOST_FINGERPRINT", (r) => "SHA256:" + r.b64(32).replace(/=+$/, "")), slot: true },
  { p: "GPG signing key id", mk: one("GIT_SIGNING_KEY_ID", (r) => r.s(16, "0123456789ABCDEF")), slot: true },
  { p: "ULID", mk: one("ORDER_ID", (r) => "01J" + r.s(23, CROCK)), q: "order_id" },
  { p: "MongoDB ObjectId", mk: one("TENANT_OBJECT_ID", (r) => r.hex(24)), q: "tenant" },
  { p: "idempotency key (UUID)", mk: one("IDEMPOTENCY_KEY", (r) => r.uuid()), hdr: "Idempotency-Key" },
  { p: "Stripe event id", mk: one("LAST_EVENT_ID", (r) => "evt_1" + r.s(23)), q: "event" },
  { p: "Vercel project id", mk: one("VERCEL_PROJECT_ID", (r) => "prj_" + r.s(28)), slot: true },
  { p: "Vercel org id", mk: one("VERCEL_ORG_ID", (r) => "team_" + r.s(24)), slot: true },
  { p: "Supabase project ref", mk: one("SUPABASE_PROJECT_REF", (r) => r.s(20, LO)), slot: true },
  { p: "Hugging Face model revision", mk: one("MODEL_REVISION", (r) => r.hex(40)), q: "revision" },
  { p: "Terraform state lineage", mk: one("TF_STATE_LINEAGE", (r) => r.uuid()), slot: true },
  { p: "GitHub Actions cache key", mk: one("CACHE_KEY", (r) => "Linux-node-modules-" + r.hex(64)), slot: true },
  { p: "Ethereum transaction hash", mk: one("SETTLEMENT_TX_HASH", (r) => "0x" + r.hex(64)), q: "tx" },
  { p: "Datadog trace id (decimal)", mk: one("DD_TRACE_ID", (r) => r.digits(19)), hdr: "x-datadog-trace-id" },
  { p: "AWS X-Ray trace id", mk: one("XRAY_TRACE", (r) => `Root=1-${r.hex(8)}-${r.hex(24)};Parent=${r.hex(16)};Sampled=1`), hdr: "X-Amzn-Trace-Id" },
  { p: "Google Cloud trace context", mk: one("CLOUD_TRACE", (r) => `${r.hex(32)}/${r.digits(19)};o=1`), hdr: "X-Cloud-Trace-Context" },
  { p: "OpenAI chat completion id", mk: one("LAST_COMPLETION_ID", (r) => "chatcmpl-" + r.s(29)), q: "completion" },
  { p: "SHA-1 file checksum", mk: one("FIRMWARE_SHA1", (r) => r.hex(40)), slot: true },
  { p: "Nix narHash", mk: one("NAR_HASH", (r) => "sha256-" + r.b64(32)), slot: true },
  { p: "Git LFS oid", mk: one("LFS_OID", (r) => "sha256:" + r.hex(64)), slot: true },
  { p: "PayPal order id", mk: one("PAYPAL_ORDER_ID", (r) => r.s(17, UD)), q: "token" },
  { p: "Shopify GID", mk: one("SHOPIFY_PRODUCT_GID", (r) => `gid://shopify/Product/${r.digits(13)}`), slot: true },
  { p: "Twilio message SID callback id", mk: one("LAST_MESSAGE_SID", (r) => "SM" + r.hex(32)), q: "MessageSid" },
  { p: "Kubernetes pod UID", mk: one("POD_UID", (r) => r.uuid()), slot: true },
  { p: "build id (hex)", mk: one("BUILD_ID", (r) => r.hex(20)), hdr: "X-Build-Id" },
  { p: "Mapbox public style URL", mk: one("MAPBOX_STYLE", (r) => `mapbox://styles/acme-maps/${r.s(25, L)}`), slot: true },
  { p: "JWKS key id", mk: one("JWKS_KID", (r) => r.b64url(32)), slot: true },
  { p: "Sigstore/Rekor entry UUID", mk: one("REKOR_ENTRY", (r) => r.hex(80)), slot: true },
  { p: "Docker image id", mk: one("IMAGE_ID", (r) => "sha256:" + r.hex(64)), hdr: "Docker-Content-Digest" },
  { p: "S3 version id", mk: one("S3_VERSION_ID", (r) => r.s(32, A + "._")), q: "versionId" },
  { p: "Cloudinary public id", mk: one("HERO_IMAGE_PUBLIC_ID", (r) => `marketing/hero_${r.s(20, L)}`), slot: true },
  { p: "content hash in a CDN asset URL", mk: one("ASSET_URL", (r) => `https://cdn.acme.io/assets/app.${r.hex(20)}.js`), slot: true },
  { p: "Google Analytics measurement id", mk: one("GA_MEASUREMENT_ID", (r) => "G-" + r.s(10, UD)), slot: true },
  { p: "correlation id (base32)", mk: one("CORRELATION_ID", (r) => r.s(26, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")), hdr: "X-Correlation-Id" },
  { p: "Sentry event id", mk: one("SENTRY_EVENT_ID", (r) => r.hex(32)), q: "event_id" },
  { p: "Postgres advisory lock / snapshot id", mk: one("PG_SNAPSHOT", (r) => `${r.hex(8).toUpperCase()}-${r.hex(8).toUpperCase()}-1`), slot: true },
  { p: "Stripe payment intent id", mk: one("PAYMENT_INTENT_ID", (r) => "pi_3" + r.s(23)), q: "payment_intent" },
];

const rotated = buildBenign(looks, 0x14c0_0004, "y14-b", 5);

const r = new Rng(0x14c0_0005);
const hand: CorpusCase[] = [];
const add = (note: string, text: string) =>
  hand.push({ id: `y14-bk-${String(hand.length + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty14-benign", label: "benign", text, note: `benign: ${note}` });

add("placeholders in .env.example; context: write_file tool call", JSON.stringify({
  type: "tool_use",
  id: "toolu_01" + r.s(22),
  name: "write_file",
  input: { path: ".env.example", content: "OPENAI_API_KEY=<your-openai-key>\nANTHROPIC_API_KEY=your-anthropic-key-here\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nGITHUB_TOKEN=\nSLACK_BOT_TOKEN=xoxb-your-token\n" },
}));
add("masked keys in a CLI listing; context: MCP tool result", JSON.stringify({
  jsonrpc: "2.0",
  id: 4,
  result: { content: [{ type: "text", text: `NAME            KEY                  CREATED\nprod-backend    sk-proj-...${r.s(4)}      2026-09-12\nci              sk-...XXXX           2026-10-01\nanalytics       sk-svcacct-****${r.s(4)}   2026-11-02\n` }] },
}));
add("env var interpolation in docker-compose; context: Anthropic chat body", JSON.stringify({
  model: "claude-sonnet-4-5",
  max_tokens: 2048,
  messages: [{ role: "user", content: "services:\n  api:\n    image: ghcr.io/acme/api:latest\n    environment:\n      OPENAI_API_KEY: ${OPENAI_API_KEY}\n      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?missing}\n      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app\n\nwhy does compose complain the variable is missing?" }],
}));
add("GitHub Actions secrets expressions", `name: release\non:\n  push:\n    tags: ["v*"]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${r.hex(40)} # v4.2.2\n      - uses: actions/setup-node@${r.hex(40)} # v4.1.0\n        with:\n          registry-url: https://registry.npmjs.org\n      - run: npm publish --provenance\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n          SENTRY_AUTH_TOKEN: \${{ secrets.SENTRY_AUTH_TOKEN }}\n`);
add("Kubernetes secretKeyRef and Vault agent annotations", `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: billing\nspec:\n  template:\n    metadata:\n      annotations:\n        vault.hashicorp.com/agent-inject: "true"\n        vault.hashicorp.com/agent-inject-secret-stripe: "secret/data/prod/stripe"\n    spec:\n      containers:\n        - name: billing\n          image: ghcr.io/acme/billing@sha256:${r.hex(64)}\n          env:\n            - name: STRIPE_SECRET_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: stripe-credentials\n                  key: secret-key\n`);
add("1Password op:// references in .env; context: shell history", `  401  cat .env.tpl\n  402  op run --env-file=.env.tpl -- npm start\n\n# .env.tpl\nOPENAI_API_KEY=op://Engineering/OpenAI Prod/credential\nSTRIPE_SECRET_KEY=op://Engineering/Stripe/secret key\nDATABASE_URL=op://Engineering/Postgres Prod/connection string\n`);
add("AWS Secrets Manager ARN and SSM parameter paths; context: Terraform", `data "aws_secretsmanager_secret_version" "stripe" {\n  secret_id = "arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:prod/stripe-${r.s(6)}"\n}\n\ndata "aws_ssm_parameter" "openai" {\n  name            = "/prod/api/openai_api_key"\n  with_decryption = true\n}\n\nresource "aws_lambda_function" "api" {\n  function_name = "api"\n  environment {\n    variables = {\n      OPENAI_KEY_PARAM = data.aws_ssm_parameter.openai.name\n    }\n  }\n}\n`);
add("Azure Key Vault references in app settings JSON", JSON.stringify([
  { name: "OpenAI__ApiKey", value: "@Microsoft.KeyVault(SecretUri=https://acme-prod-kv.vault.azure.net/secrets/openai-api-key/)", slotSetting: false },
  { name: "ConnectionStrings__Db", value: "@Microsoft.KeyVault(VaultName=acme-prod-kv;SecretName=db-connection)", slotSetting: false },
  { name: "WEBSITE_RUN_FROM_PACKAGE", value: "1", slotSetting: false },
], null, 2));
add("SOPS-encrypted YAML", `api:\n    openai_api_key: ENC[AES256_GCM,data:${r.b64(120)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\n    stripe_secret_key: ENC[AES256_GCM,data:${r.b64(80)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\nsops:\n    age:\n        - recipient: age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${r.b64(48)}\n            ${r.b64(48)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2026-11-03T10:22:41Z"\n    mac: ENC[AES256_GCM,data:${r.b64(64)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\n    version: 3.9.1\n`);
add("Bitnami SealedSecret", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    OPENAI_API_KEY: AgB${r.b64(380)}\n    DATABASE_URL: AgC${r.b64(380)}\n  template:\n    metadata:\n      name: api-credentials\n`);
add("ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 10 }, () => r.hex(80)).join("\n")}\n`);
add("minified JavaScript bundle chunk", `"use strict";(self.webpackChunkapp=self.webpackChunkapp||[]).push([[${r.range(100, 999)}],{${r.range(1000, 9999)}:(e,t,n)=>{n.d(t,{Z:()=>o});var r=n(${r.range(1000, 9999)}),a=n.n(r);const i="${r.s(32, A)}";function o(e){const[t,n]=(0,r.useState)(null);return(0,r.useEffect)((()=>{fetch("/api/session?v="+i).then((e=>e.json())).then(n)}),[]),a().createElement("div",{className:"Hero_root__${r.s(5, A)}"},t?.name)}},${r.range(1000, 9999)}:e=>{e.exports="data:image/svg+xml;base64,${r.b64(90)}"}}]);\n//# sourceMappingURL=${r.range(100, 999)}.${r.hex(20)}.js.map\n`);
add("CSS modules output with hashed class names", `.Button_primary__${r.s(5, A)}{background:#${r.hex(6)};border-radius:6px}\n.Button_ghost__${r.s(5, A)}{color:#${r.hex(6)}}\n.Layout_grid__${r.s(5, A)}{display:grid;grid-template-columns:repeat(12,1fr)}\n@font-face{font-family:Inter;src:url(data:font/woff2;base64,${r.b64(150)}) format("woff2")}\n`);
add("base64 PNG in a Markdown doc", `# Architecture\n\n![diagram](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAMgAAABkCAYAAAD${r.b64(420)})\n\nThe gateway fans out to three workers.\n`);
add("PEM certificate in an nginx config paste; context: OpenAI chat body", JSON.stringify({
  model: "gpt-4.1",
  messages: [{ role: "user", content: `nginx says the cert chain is incomplete, this is fullchain.pem:\n\n${r.pem("CERTIFICATE", 900)}\n${r.pem("CERTIFICATE", 850)}\n` }],
}));
add("PEM public key (SPKI) in a JWT verifier config", `jwt:\n  issuer: https://auth.acme.io\n  algorithms: [RS256]\n  public_key: |\n${r.pem("PUBLIC KEY", 294).split("\n").map((l) => "    " + l).join("\n")}\n`);
add("SSH authorized_keys with public keys", `# ~/.ssh/authorized_keys on bastion\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).replace(/=+$/, "")} alice@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r.b64(380).replace(/=+$/, "")} deploy@ci\necdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${r.b64(64)} bob@desktop\n`);
add("PGP public key block in SECURITY.md", `## Reporting a vulnerability\n\nEncrypt reports to security@acme.io with this key:\n\n\`\`\`\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG${r.b64(700).replace(/(.{64})/g, "$1\n").trimEnd()}\n=${r.s(4)}\n-----END PGP PUBLIC KEY BLOCK-----\n\`\`\`\n`);
add("package-lock.json integrity hashes", JSON.stringify({
  name: "web",
  lockfileVersion: 3,
  packages: {
    "node_modules/react": { version: "19.0.0", resolved: "https://registry.npmjs.org/react/-/react-19.0.0.tgz", integrity: "sha512-" + r.b64(64), license: "MIT" },
    "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + r.b64(64), license: "MIT" },
  },
}, null, 2));
add("go.sum lines", `github.com/aws/aws-sdk-go-v2 v1.32.4 h1:${r.b64(32)}\ngithub.com/aws/aws-sdk-go-v2 v1.32.4/go.mod h1:${r.b64(32)}\ngithub.com/stripe/stripe-go/v81 v81.1.0 h1:${r.b64(32)}\ngolang.org/x/crypto v0.29.0 h1:${r.b64(32)}\n`);
add("Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.41.1"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.hex(64)}"\n`);
add("docker pull output with digests; context: CI log", `$ docker pull ghcr.io/acme/api:2.3.1\n2.3.1: Pulling from acme/api\n${r.hex(12)}: Pull complete\n${r.hex(12)}: Pull complete\n${r.hex(12)}: Pull complete\nDigest: sha256:${r.hex(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api:2.3.1\n`);
add("git log --oneline and signed commit info", `$ git log --show-signature -3 --format='%H %s'\ngpg: Signature made Tue Nov 18 10:02:11 2026 UTC\ngpg:                using EDDSA key ${r.s(40, "0123456789ABCDEF")}\ngpg: Good signature from "Dev One <dev@acme.io>"\n${r.hex(40)} fix(api): retry on 429\n${r.hex(40)} chore(deps): bump zod\n${r.hex(40)} feat: webhooks v2\n`);
add("Terraform plan output with sensitive values hidden", `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id                   = "db-${r.s(26, UD)}"\n      ~ password             = (sensitive value)\n        resource_id          = "db-${r.s(26, UD)}"\n        tags                 = {}\n        # (42 unchanged attributes hidden)\n    }\n\n  # random_password.api will be created\n  + resource "random_password" "api" {\n      + id     = (known after apply)\n      + result = (sensitive value)\n    }\n`);
add("public JWKS document", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", alg: "RS256", kid: r.b64url(32), n: r.b64url(256), e: "AQAB" }, { kty: "EC", use: "sig", crv: "P-256", kid: r.b64url(32), x: r.b64url(32), y: r.b64url(32) }] }, null, 2));
add(".sops.yaml with age recipients (public keys)", `creation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n    age: >-\n      age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")},\n      age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n  - path_regex: secrets/dev/.*\n    pgp: ${r.s(40, "0123456789ABCDEF")}\n`);
add("OpenAI API response with ids and headers", `HTTP/2 200\ncontent-type: application/json\nx-request-id: req_${r.hex(32)}\nopenai-organization: user-${r.s(24, L)}\nopenai-processing-ms: 812\n\n${JSON.stringify({ id: "chatcmpl-" + r.s(29), object: "chat.completion", created: 1763900000, model: "gpt-4.1-2025-04-14", system_fingerprint: "fp_" + r.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3 } })}\n`);
add("Anthropic API response with message and request ids", JSON.stringify({ id: "msg_01" + r.s(22), type: "message", role: "assistant", model: "claude-sonnet-4-5-20250929", content: [{ type: "tool_use", id: "toolu_01" + r.s(22), name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use", usage: { input_tokens: 2113, output_tokens: 61 }, _request_id: "req_011C" + r.s(20) }));
add("Stripe webhook event payload and signature header", `POST /webhooks/stripe HTTP/1.1\nHost: api.acme.io\nStripe-Signature: t=1763901234,v1=${r.hex(64)},v0=${r.hex(64)}\nContent-Type: application/json\n\n${JSON.stringify({ id: "evt_1" + r.s(23), object: "event", type: "invoice.paid", data: { object: { id: "in_1" + r.s(23), customer: "cus_" + r.s(14), subscription: "sub_1" + r.s(23), amount_paid: 4900 } }, livemode: true })}\n`);
add("SRI integrity attributes in HTML", `<!doctype html>\n<html>\n<head>\n  <script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${r.b64(48)}" crossorigin="anonymous"></script>\n  <link rel="stylesheet" href="/assets/app.${r.hex(8)}.css" integrity="sha256-${r.b64(32)}">\n</head>\n<body><div id="app"></div></body>\n</html>\n`);
add("redacted Authorization header in a debug log", `${"2026-11-21T08:01:12.554Z"} DEBUG http > POST https://api.openai.com/v1/chat/completions\n  authorization: Bearer [REDACTED]\n  openai-organization: org-${r.s(24)}\n  x-stainless-retry-count: 0\n  content-length: 1822\n`);
add("CI log with masked secrets (***)", `2026-11-21T09:15:02.118Z ##[group]Run ./scripts/publish.sh\n2026-11-21T09:15:02.118Z env:\n2026-11-21T09:15:02.118Z   NPM_TOKEN: ***\n2026-11-21T09:15:02.118Z   PYPI_TOKEN: ***\n2026-11-21T09:15:02.118Z ##[endgroup]\n2026-11-21T09:15:05.901Z + npm publish --access public\n2026-11-21T09:15:09.334Z + @acme/sdk@4.2.0 (shasum ${r.hex(40)})\n`);
add("flake.lock narHash and revs", JSON.stringify({ nodes: { nixpkgs: { locked: { lastModified: 1763000000, narHash: "sha256-" + r.b64(32), owner: "NixOS", repo: "nixpkgs", rev: r.hex(40), type: "github" } } }, root: "root", version: 7 }, null, 2));
add("Git LFS pointer file", `version https://git-lfs.github.com/spec/v1\noid sha256:${r.hex(64)}\nsize ${r.range(100000, 90000000)}\n`);
add("Jupyter output with base64 PNG", JSON.stringify({ cell_type: "code", execution_count: 7, metadata: {}, outputs: [{ output_type: "display_data", data: { "image/png": "iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA" + r.b64(600), "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }], source: ["df.plot()"] }, null, 1));
add("SQL migration with UUIDs and hashes", `INSERT INTO releases (id, version, commit_sha, artifact_sha256, created_at) VALUES\n  ('${r.uuid()}', '4.2.0', '${r.hex(40)}', '${r.hex(64)}', NOW()),\n  ('${r.uuid()}', '4.2.1', '${r.hex(40)}', '${r.hex(64)}', NOW());\n`);
add("Python placeholder and env lookup code", `import os\n\n# Never hard-code keys: read them from the environment.\nOPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\nSTRIPE_KEY = os.getenv("STRIPE_SECRET_KEY", "")\nassert not OPENAI_API_KEY.startswith("sk-your"), "set a real key in .env"\n`);
add("Ethereum wallet address and tx in a bot log", `2026-11-19 14:02:33 INFO  payout sent to 0x${r.hex(40)} tx=0x${r.hex(64)} gas=21000 block=${r.digits(8)}\n`);
add("Ruby Gemfile.lock and bundler checksums", `GEM\n  remote: https://rubygems.org/\n  specs:\n    rails (8.0.0)\n    stripe (13.2.0)\n\nCHECKSUMS\n  rails (8.0.0) sha256=${r.hex(64)}\n  stripe (13.2.0) sha256=${r.hex(64)}\n\nBUNDLED WITH\n   2.5.22\n`);
add("Windows crash dump module list with GUIDs and hashes", `Crash dump: api.exe (pid 4120)\nException: 0xC0000005 ACCESS_VIOLATION at 0x00007FF6${r.hex(8).toUpperCase()}\nModules:\n  api.exe        {${r.uuid().toUpperCase()}} pdb age 1  sha1 ${r.hex(40)}\n  ntdll.dll      {${r.uuid().toUpperCase()}} pdb age 1  sha1 ${r.hex(40)}\n  KERNEL32.DLL   {${r.uuid().toUpperCase()}} pdb age 1  sha1 ${r.hex(40)}\n`);
add("Stripe publishable key in frontend config; context: diff", `diff --git a/web/src/config.ts b/web/src/config.ts\n--- a/web/src/config.ts\n+++ b/web/src/config.ts\n@@ -1,4 +1,4 @@\n export const config = {\n-  stripePublishableKey: "pk_${"live_51"}${r.s(97)}",\n+  stripePublishableKey: "pk_${"live_51"}${r.s(97)}",\n   apiBase: "https://api.acme.io",\n };\n`);


export const cases: CorpusCase[] = [...rotated, ...hand];
