// Benign look-alikes: digests, ids, public keys, references, placeholders, masks, encrypted blobs.
// The rotated ones go through the same renderers as the positives; none sits in a slot whose name
// says it holds a secret unless the value is visibly a reference, placeholder, mask or ciphertext.
import type { CorpusCase } from "../types.ts";
import { Gen, j, rotate, type Spec, HEXU } from "./_gen.ts";

const g = new Gen(111_0004);
const CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const D5 = "-".repeat(5);

const sopsEnc = (g: Gen) => `ENC[AES256_GCM,data:${g.b64bytes(g.range(24, 48))},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]`;
const colonHex = (g: Gen, n: number) => Array.from({ length: n }, () => g.str(2, HEXU)).join(":");

const rotated: Spec[] = [
  { p: "git commit SHA", g: "devtools", env: "BUILD_COMMIT_SHA", mk: (g) => g.hex(40), http: { h: "X-Build-Sha" } },
  { p: "abbreviated git SHA", g: "devtools", env: "GIT_REV", mk: (g) => g.hex(12), http: null },
  { p: "container image digest", g: "devtools", env: "IMAGE_DIGEST", mk: (g) => j("sha256:", g.hex(64)), http: null },
  { p: "artifact SHA-256 checksum", g: "devtools", env: "ARTIFACT_SHA256", mk: (g) => g.hex(64), http: null },
  { p: "npm tarball integrity (SRI sha512)", g: "devtools", env: "TARBALL_INTEGRITY", mk: (g) => j("sha512-", g.b64bytes(64)), http: null },
  { p: "script SRI hash (sha384)", g: "devtools", env: "CDN_SCRIPT_INTEGRITY", mk: (g) => j("sha384-", g.b64bytes(48)), http: null },
  { p: "request id (UUID)", g: "observability", env: "REQUEST_ID", mk: (g) => g.uuid(), http: { h: "X-Request-Id" } },
  { p: "W3C traceparent", g: "observability", env: "TRACEPARENT", mk: (g) => `00-${g.hex(32)}-${g.hex(16)}-01`, http: { h: "traceparent" } },
  { p: "ULID correlation id", g: "observability", env: "CORRELATION_ID", mk: (g) => g.str(26, CROCK), http: { q: "correlation_id" } },
  { p: "idempotency key (UUID, not a credential)", g: "payment", env: "IDEMPOTENCY_KEY", mk: (g) => g.uuid(), http: { h: "Idempotency-Key" } },
  { p: "Stripe customer id", g: "payment", env: "STRIPE_CUSTOMER_ID", mk: (g) => j("cus", "_", g.an(14)), http: null },
  { p: "Stripe price id", g: "payment", env: "STRIPE_PRICE_ID", mk: (g) => j("price", "_1", g.an(23)), http: null },
  { p: "Stripe publishable key", g: "payment", env: "STRIPE_PUBLISHABLE_KEY", mk: (g) => j("pk", "_live_", "51", g.an(97)), http: null },
  { p: "OpenAI organization id", g: "ai", env: "OPENAI_ORG_ID", mk: (g) => j("org", "-", g.an(24)), http: { h: "OpenAI-Organization" } },
  { p: "OpenAI project id", g: "ai", env: "OPENAI_PROJECT_ID", mk: (g) => j("proj", "_", g.an(24)), http: { h: "OpenAI-Project" } },
  { p: "Anthropic message id", g: "ai", env: "LAST_MESSAGE_ID", mk: (g) => j("msg", "_01", g.an(22)), http: null },
  { p: "OpenAI assistant id", g: "ai", env: "OPENAI_ASSISTANT_ID", mk: (g) => j("asst", "_", g.an(24)), http: null },
  { p: "OpenAI file id", g: "ai", env: "TRAINING_FILE_ID", mk: (g) => j("file", "-", g.an(22)), http: null },
  { p: "SSH ed25519 public key", g: "keys", env: "DEPLOY_SSH_PUBLIC_KEY", mk: (g) => j("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", g.b64(43), " deploy@ci"), http: null },
  { p: "WireGuard peer public key", g: "keys", env: "WG_PEER_PUBLIC_KEY", mk: (g) => g.b64bytes(32), http: null },
  { p: "age recipient (public key)", g: "keys", env: "SOPS_AGE_RECIPIENTS", mk: (g) => j("age", "1", g.str(58, BECH32)), http: null },
  { p: "GPG key fingerprint", g: "keys", env: "GPG_FINGERPRINT", mk: (g) => g.HEX(40), http: null },
  { p: "VAPID public key", g: "keys", env: "VAPID_PUBLIC_KEY", mk: (g) => j("B", g.b64ubytes(64)), http: null },
  { p: "TLS certificate SHA-256 fingerprint", g: "keys", env: "TLS_CERT_FINGERPRINT", mk: (g) => colonHex(g, 32), http: null },
  { p: "Azure certificate thumbprint", g: "keys", env: "SIGNING_CERT_THUMBPRINT", mk: (g) => g.HEX(40), http: null },
  { p: "Google OAuth client id", g: "auth", env: "GOOGLE_CLIENT_ID", mk: (g) => j(g.dig(12), "-", g.lo(32), ".apps.googleusercontent.com"), http: null },
  { p: "Azure tenant id", g: "cloud", env: "AZURE_TENANT_ID", mk: (g) => g.uuid(), http: null },
  { p: "AWS IAM role ARN", g: "cloud", env: "AWS_ROLE_ARN", mk: (g) => `arn:aws:iam::${g.dig(12)}:role/gha-deploy-${g.lo(6)}`, http: null },
  { p: "AWS SNS topic ARN", g: "cloud", env: "ALERTS_TOPIC_ARN", mk: (g) => `arn:aws:sns:eu-west-1:${g.dig(12)}:alerts-${g.lo(5)}`, http: null },
  { p: "GCP project number", g: "cloud", env: "GCP_PROJECT_NUMBER", mk: (g) => g.dig(12), http: null },
  { p: "Slack channel id", g: "comms", env: "SLACK_ALERT_CHANNEL", mk: (g) => j("C0", g.upn(9)), http: null },
  { p: "Discord guild id (snowflake)", g: "comms", env: "DISCORD_GUILD_ID", mk: (g) => g.dig(19), http: null },
  { p: "MongoDB ObjectId", g: "data", env: "DEFAULT_TENANT_OBJECT_ID", mk: (g) => g.hex(24), http: null },
  { p: "Sentry release (git SHA)", g: "observability", env: "SENTRY_RELEASE", mk: (g) => `api@${g.hex(40)}`, http: null },
  { p: "Datadog trace id (decimal)", g: "observability", env: "DD_TRACE_ID", mk: (g) => g.dig(19), http: null },
  { p: "asset content hash", g: "devtools", env: "ASSET_HASH", mk: (g) => g.hex(20), http: { q: "v" } },
  { p: "HTTP ETag", g: "devtools", env: "CACHED_ETAG", mk: (g) => `W/"${g.hex(32)}"`, http: { h: "If-None-Match" } },
  { p: "Content-MD5 (base64 digest)", g: "data", env: "UPLOAD_CONTENT_MD5", mk: (g) => g.b64bytes(16), http: { h: "Content-MD5" } },
  { p: "WebSocket handshake key (random nonce, not a credential)", g: "comms", env: "WS_HANDSHAKE_NONCE", mk: (g) => g.b64bytes(16), http: { h: "Sec-WebSocket-Key" } },
  { p: "CSP nonce", g: "devtools", env: "CSP_NONCE", mk: (g) => g.b64bytes(16), http: null },
  { p: "Docker container id", g: "devtools", env: "CONTAINER_ID", mk: (g) => g.hex(64), http: null },
  { p: "Kubernetes pod UID", g: "cloud", env: "POD_UID", mk: (g) => g.uuid(), http: null },
  { p: "KSUID event id", g: "data", env: "LAST_EVENT_ID", mk: (g) => g.an(27), http: { h: "Last-Event-ID" } },
  { p: "npm shasum (SHA-1)", g: "devtools", env: "PACKAGE_SHASUM", mk: (g) => g.hex(40), http: null },
  // references, placeholders, masks, ciphertext in secret-named slots
  { p: "GitHub Actions secrets reference", g: "data", env: "DB_PASSWORD", mk: () => "${{ secrets.DB_PASSWORD }}", http: null },
  { p: "1Password secret reference", g: "ai", env: "OPENAI_API_KEY", mk: () => "op://Engineering/OpenAI API/credential", http: null },
  { p: "AWS Secrets Manager ARN reference", g: "payment", env: "STRIPE_SECRET_KEY", mk: (g) => `arn:aws:secretsmanager:us-east-1:${g.dig(12)}:secret:prod/stripe/secret-key-${g.an(6)}`, http: null },
  { p: "Azure Key Vault reference (App Service)", g: "comms", env: "SENDGRID_API_KEY", mk: () => "@Microsoft.KeyVault(SecretUri=https://acme-prod-kv.vault.azure.net/secrets/sendgrid-api-key/)", http: null },
  { p: "shell env interpolation", g: "devtools", env: "GITHUB_TOKEN", mk: () => "${GITHUB_TOKEN}", http: null },
  { p: "DB URL with interpolated password", g: "data", env: "DATABASE_URL", mk: () => "postgres://app:${DB_PASSWORD}@db.example.com:5432/app", http: null },
  { p: "Vault path reference", g: "comms", env: "SLACK_BOT_TOKEN", mk: () => "vault:secret/data/prod/slack#bot_token", http: null },
  { p: "GCP Secret Manager resource name", g: "cloud", env: "ANTHROPIC_KEY_SECRET_NAME", mk: () => "projects/acme-prod/secrets/anthropic-api-key/versions/latest", http: null },
  { p: "angle-bracket placeholder", g: "ai", env: "ANTHROPIC_API_KEY", mk: () => "<your-anthropic-api-key>", http: null },
  { p: "REPLACE_ME placeholder", g: "cloud", env: "AWS_SECRET_ACCESS_KEY", mk: () => "REPLACE_ME", http: null },
  { p: "masked Stripe key (last 4)", g: "payment", env: "STRIPE_SECRET_KEY", mk: (g) => j("sk", "_live_", "•".repeat(20), g.an(4)), http: null },
  { p: "masked GitHub token", g: "devtools", env: "GH_TOKEN", mk: () => j("gh", "p_", "*".repeat(36)), http: null },
  { p: "SOPS-encrypted value", g: "auth", env: "JWT_SECRET", mk: sopsEnc, http: null },
  { p: "SOPS-encrypted value", g: "data", env: "REDIS_PASSWORD", mk: sopsEnc, http: null },
];

const CERT = () => j("MIIDazCCAlOgAwIBAgIU", g.b64(20), "MA0GCSqGSIb3DQEBCwUAMEUxCzAJBgNVBAYTAkFVMRMwEQYDVQQIDApTb21lLVN0YXRlMSEwHwYDVQQKDBhJbnRlcm5ldCBXaWRnaXRzIFB0eSBMdGQw", g.b64(1020), "==");
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const pemCert = () => `${D5}BEGIN CERTIFICATE${D5}\n${wrap(CERT())}\n${D5}END CERTIFICATE${D5}`;
const pemPub = () => `${D5}BEGIN PUBLIC KEY${D5}\n${wrap(j("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", g.b64(314), "IDAQAB"))}\n${D5}END PUBLIC KEY${D5}`;
const chat = (text: string) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: text }] });
const toolResult = (tool: string, text: string) => {
  const id = "toolu_01" + g.an(22);
  return JSON.stringify({
    model: "claude-sonnet-4-5",
    max_tokens: 2048,
    messages: [
      { role: "assistant", content: [{ type: "tool_use", id, name: tool, input: {} }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: text }] },
    ],
  });
};

const hand: [string, () => string][] = [
  ["PEM certificate chain pasted in a chat body", () => chat(`is this chain in the right order?\n\n${pemCert()}\n${pemCert()}\n`)],
  ["PEM public key in JWT verifier config (YAML)", () => `jwt:\n  issuer: https://auth.example.com\n  audience: orders-api\n  public_key: |\n${pemPub().split("\n").map((l) => "    " + l).join("\n")}\n`],
  ["authorized_keys written by tool_use", () => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "assistant", content: [{ type: "tool_use", id: "toolu_01" + g.an(22), name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} alice@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(510)}= bob@workstation\n` } }] }] })],
  ["known_hosts lines (host public keys)", () => `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)}\ngit.example.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${g.b64(86)}=\n`],
  ["JWKS with public RSA keys only (n, e)", () => JSON.stringify({ keys: [0, 1].map(() => ({ kty: "RSA", use: "sig", alg: "RS256", kid: g.b64u(27), n: g.b64ubytes(256), e: "AQAB" })) }, null, 2)],
  ["git log output pasted in chat", () => chat(`which of these broke the build?\n\n${Array.from({ length: 5 }, () => `commit ${g.hex(40)}\nAuthor: Dev <dev@example.com>\nDate:   Tue Mar 4 10:${g.range(10, 59)}:02 2025 +0100\n\n    ${g.pick(["fix flaky test", "bump deps", "refactor client", "add retries", "update docs"])}\n`).join("\n")}`)],
  ["package-lock.json fragment (resolved + integrity)", () => JSON.stringify({ packages: { "node_modules/undici": { version: "6.21.1", resolved: "https://registry.npmjs.org/undici/-/undici-6.21.1.tgz", integrity: j("sha512-", g.b64bytes(64)), license: "MIT" }, "node_modules/zod": { version: "3.24.2", resolved: "https://registry.npmjs.org/zod/-/zod-3.24.2.tgz", integrity: j("sha512-", g.b64bytes(64)) } } }, null, 2)],
  ["go.sum lines", () => Array.from({ length: 4 }, (_, i) => `golang.org/x/${["net", "sys", "text", "crypto"][i]} v0.3${i}.0 h1:${g.b64bytes(32)}\ngolang.org/x/${["net", "sys", "text", "crypto"][i]} v0.3${i}.0/go.mod h1:${g.b64bytes(32)}`).join("\n") + "\n"],
  ["Cargo.lock checksums", () => Array.from({ length: 3 }, () => `[[package]]\nname = "${g.pick(["serde", "tokio", "hyper", "rand", "bytes"])}"\nversion = "1.${g.range(0, 40)}.${g.range(0, 9)}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n`).join("\n")],
  ["k8s Deployment pinned by image digest", () => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api@sha256:${g.hex(64)}\n        - name: proxy\n          image: envoyproxy/envoy@sha256:${g.hex(64)}\n`],
  ["docker ps / images output (container and image ids)", () => chat(`\`\`\`\nCONTAINER ID   IMAGE          STATUS\n${g.hex(12)}   acme/api:1.4   Up 3 hours\n${g.hex(12)}   redis:7        Up 3 hours\n$ docker inspect --format '{{.Id}}' api\n${g.hex(64)}\n\`\`\`\nwhy is api using 2GB?`)],
  ["base64 PNG data URI in a vision request", () => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: [{ type: "text", text: "what does this chart show?" }, { type: "image_url", image_url: { url: `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${g.b64(1400)}AAAAAElFTkSuQmCC` } }] }] })],
  ["minified JS bundle fragment", () => `!function(e){var t={};function n(r){if(t[r])return t[r].exports}n.p="/static/",n.h="${g.hex(20)}"}({"${g.hex(8)}":function(e,t,n){"use strict";e.exports={id:"${g.b64u(21)}",v:"${g.hex(32)}"}}});\n//# sourceMappingURL=main.${g.hex(8)}.js.map`],
  ["CSS-in-JS class names in HTML", () => `<div class="css-${g.lo(6)} e1${g.lo(6)}0"><button class="sc-${g.alpha(6)} ${g.alpha(6)} MuiButton-root MuiButton-${g.b64u(12)}">Pay</button></div>`],
  ["webpack asset manifest with chunk hashes", () => JSON.stringify({ "main.js": `/static/js/main.${g.hex(20)}.js`, "vendor.js": `/static/js/vendor.${g.hex(20)}.js`, "main.css": `/static/css/main.${g.hex(8)}.css`, "runtime.js": `/static/js/runtime.${g.hex(20)}.js` }, null, 2)],
  ["aws sts get-caller-identity output in a tool result", () => toolResult("bash", JSON.stringify({ UserId: j("AI", "DA", g.str(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")), Account: g.dig(12), Arn: `arn:aws:iam::${g.dig(12)}:user/ci-deployer` }, null, 4))],
  ["Stripe API response (object ids) returned as tool result", () => toolResult("stripe_get_charge", JSON.stringify({ id: j("ch", "_3", g.an(23)), object: "charge", amount: 4200, currency: "eur", customer: j("cus", "_", g.an(14)), payment_intent: j("pi", "_3", g.an(23)), balance_transaction: j("txn", "_3", g.an(23)), livemode: true, status: "succeeded" }, null, 2))],
  ["OpenAI chat completion response echoed in a log", () => JSON.stringify({ id: j("chatcmpl", "-", g.an(29)), object: "chat.completion", created: g.ts(), model: "gpt-4o-2024-08-06", system_fingerprint: j("fp", "_", g.hex(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3 } })],
  ["Slack API conversations.history response (ids, ts)", () => toolResult("slack_history", JSON.stringify({ ok: true, messages: [{ type: "message", user: j("U0", g.upn(9)), text: "deploy done", ts: `${g.ts()}.${g.dig(6)}`, team: j("T0", g.upn(9)), client_msg_id: g.uuid() }], channel: j("C0", g.upn(9)) }))],
  ["k8s Secret with non-secret data (base64 config)", () => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  config.yaml: ${Buffer.from("log_level: info\nregion: eu-west-1\nfeature_new_checkout: true\n").toString("base64")}\n  ca.crt: ${Buffer.from(pemCert()).toString("base64")}\n`],
  ["Deployment env from secretKeyRef (references only)", () => `env:\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: openai\n        key: api-key\n  - name: DATABASE_URL\n    valueFrom:\n      secretKeyRef:\n        name: db\n        key: url\n`],
  ["GitHub Actions workflow with secrets.* references", () => `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n    steps:\n      - uses: actions/checkout@${g.hex(40)} # v4.2.2\n      - uses: aws-actions/configure-aws-credentials@${g.hex(40)}\n`],
  ["Terraform reading a secret from Secrets Manager (no values)", () => `variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\ndata "aws_secretsmanager_secret_version" "stripe" {\n  secret_id = "prod/stripe/secret-key"\n}\n\nresource "aws_db_instance" "main" {\n  password = var.db_password\n}\n`],
  [".env.example with placeholders", () => `OPENAI_API_KEY=your-openai-api-key\nSTRIPE_SECRET_KEY=sk_live_...\nDATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB\nSLACK_WEBHOOK_URL=<slack-incoming-webhook-url>\nJWT_SECRET=\n`],
  ["log with masked credentials", () => `2025-02-14T08:12:01Z INFO  http: POST https://api.example.com/v1/charges Authorization: Bearer *** status=200\n2025-02-14T08:12:01Z DEBUG config loaded api_key=${j("sk", "-proj-", "****", g.an(4))} db_password=[REDACTED] token=<masked>\n`],
  ["SOPS-encrypted YAML file (with sops metadata)", () => `db:\n    password: ${sopsEnc(g)}\n    user: ${sopsEnc(g)}\nsops:\n    age:\n        - recipient: age1${g.str(58, BECH32)}\n          enc: |\n            ${D5}BEGIN AGE ENCRYPTED FILE${D5}\n            ${g.b64(64)}\n            ${g.b64(64)}\n            ${D5}END AGE ENCRYPTED FILE${D5}\n    lastmodified: "2025-01-20T10:11:12Z"\n    mac: ${sopsEnc(g)}\n    version: 3.9.1\n`],
  ["Ansible Vault encrypted variable", () => `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 5 }, () => "  " + g.hex(80)).join("\n")}\n`],
  ["Bitnami SealedSecret manifest", () => `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: stripe\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.b64(680)}==\n`],
  ["age-encrypted armored file", () => `${D5}BEGIN AGE ENCRYPTED FILE${D5}\n${wrap("YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOS" + g.b64(400))}\n${D5}END AGE ENCRYPTED FILE${D5}\n`],
  ["PGP public key block", () => `${D5}BEGIN PGP PUBLIC KEY BLOCK${D5}\n\n${wrap("mDMEZ" + g.b64(600))}\n=${g.b64(4)}\n${D5}END PGP PUBLIC KEY BLOCK${D5}\n`],
  ["signed git commit (gpgsig signature) from git cat-file", () => `tree ${g.hex(40)}\nparent ${g.hex(40)}\nauthor Dev <dev@example.com> ${g.ts()} +0100\ncommitter Dev <dev@example.com> ${g.ts()} +0100\ngpgsig ${D5}BEGIN PGP SIGNATURE${D5}\n \n ${wrap("iQIzBAABCAAdFiEE" + g.b64(700)).split("\n").join("\n ")}\n =${g.b64(4)}\n ${D5}END PGP SIGNATURE${D5}\n\nfix: retry on 502\n`],
  ["CSP header with nonce and hashes", () => `Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-${g.b64bytes(16)}' 'sha256-${g.b64bytes(32)}'; style-src 'self' 'sha256-${g.b64bytes(32)}'`],
  ["OAuth authorize URL with PKCE challenge (no secret)", () => `https://auth.example.com/authorize?response_type=code&client_id=${g.an(32)}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&scope=openid%20profile&state=${g.b64u(22)}&code_challenge=${g.b64ubytes(32)}&code_challenge_method=S256`],
  ["Ethereum transaction JSON (addresses and hashes)", () => JSON.stringify({ hash: "0x" + g.hex(64), blockHash: "0x" + g.hex(64), blockNumber: "0x" + g.hex(7), from: "0x" + g.hex(40), to: "0x" + g.hex(40), value: "0x0", input: "0xa9059cbb" + g.hex(128) }, null, 2)],
  ["Bitcoin addresses and txids", () => `withdrawals:\n  - address: bc1q${g.str(38, BECH32)}\n    txid: ${g.hex(64)}\n  - address: bc1p${g.str(58, BECH32)}\n    txid: ${g.hex(64)}\n`],
  ["IPFS CIDs in a pinning request", () => JSON.stringify({ cids: [0, 1, 2].map(() => "bafybei" + g.str(52, "abcdefghijklmnopqrstuvwxyz234567")), name: "site-build-1402" })],
  ["Nix flake.lock narHash entries", () => JSON.stringify({ nodes: { nixpkgs: { locked: { lastModified: g.ts(), narHash: `sha256-${g.b64bytes(32)}`, owner: "NixOS", repo: "nixpkgs", rev: g.hex(40), type: "github" } } }, version: 7 }, null, 2)],
  ["S3 ListObjectsV2 XML with ETags", () => `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult><Name>acme-artifacts</Name>${[0, 1].map(() => `<Contents><Key>builds/${g.hex(40)}/app.tar.gz</Key><ETag>&quot;${g.hex(32)}-${g.range(2, 9)}&quot;</ETag><Size>${g.dig(8)}</Size><StorageClass>STANDARD</StorageClass></Contents>`).join("")}</ListBucketResult>`],
  ["sha256sum output pasted in chat", () => chat(`checksums don't match the release page:\n\n${g.hex(64)}  toolkit-linux-amd64.tar.gz\n${g.hex(64)}  toolkit-darwin-arm64.tar.gz\n`)],
  ["HTTP response headers echoed in a tool result", () => toolResult("http_get", `HTTP/2 200\ncontent-type: application/json\netag: "${g.hex(40)}"\nx-request-id: ${g.uuid()}\ncf-ray: ${g.hex(16)}-FRA\nx-amz-cf-id: ${g.b64u(54)}==\nstrict-transport-security: max-age=63072000\n`)],
  ["SQL insert with UUID / ULID primary keys", () => `INSERT INTO orders (id, external_ref, customer_id, created_at) VALUES\n  ('${g.uuid()}', '${g.str(26, CROCK)}', '${g.hex(24)}', NOW()),\n  ('${g.uuid()}', '${g.str(26, CROCK)}', '${g.hex(24)}', NOW());`],
  ["Mongo query with ObjectIds (MCP call)", () => JSON.stringify({ jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "mongo_find", arguments: { collection: "invoices", filter: { _id: { $in: [g.hex(24), g.hex(24)] }, account: g.hex(24) } } } })],
  [".env.vault style encrypted env blob reference", () => `# encrypted with dotenv-vault; key lives in the CI secret store\nDOTENV_VAULT_PRODUCTION="${g.b64(180)}=="\nDOTENV_VAULT_PRODUCTION_VERSION=3\n`],
];

export const cases: CorpusCase[] = [
  ...rotate(rotated, g, "y111-b", "benign", () => "heldouty111-benign"),
  ...hand.map(([note, fn], i): CorpusCase => ({
    id: `y111-bk-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: "heldouty111-benign",
    label: "benign",
    text: fn(),
    note: `benign: ${note}`,
  })),
];
