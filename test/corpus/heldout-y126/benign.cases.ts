// Benign look-alikes: ids, digests, public keys, certificates, references to secret stores,
// placeholders, masks and encrypted blobs, in the same outbound contexts as the positives.
// No value that reads as random key material sits in a slot whose name says it is a secret;
// secret-named slots only hold references, placeholders, masks or ciphertext.
import type { CorpusCase } from "../types.ts";
import { BENIGN, Gen, type Spec, pad3, rotate } from "./_gen.ts";

const g = new Gen(1_260_004);
const j = (...xs: string[]) => xs.join("");
const B = (provider: string, env: string, value: string, o: Partial<Spec> = {}): Spec => ({ provider, group: "benign", env, value, kind: "id", ...o });
const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
const D = "-----";

const specs: Spec[] = [
  B("git commit SHA", "GIT_COMMIT_SHA", g.hex(40), { q: "sha", header: "X-Commit-Sha: %s" }),
  B("container image digest", "IMAGE_DIGEST", j("sha256:", g.hex(64))),
  B("release artifact SHA-256", "ARTIFACT_SHA256", g.hex(64), { q: "checksum" }),
  B("request id (UUID)", "REQUEST_ID", g.uuid(), { header: "X-Request-Id: %s" }),
  B("W3C trace id", "TRACE_ID", g.hex(32), { header: `traceparent: 00-%s-${g.hex(16)}-01` }),
  B("Stripe customer id", "STRIPE_CUSTOMER_ID", j("cus_", g.alnum(14)), { q: "customer" }),
  B("Stripe price id", "STRIPE_PRICE_ID", j("price_1", g.alnum(23))),
  B("Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", j("pk", "_live_", "51", g.alnum(97))),
  B("OpenAI organization id", "OPENAI_ORG_ID", j("org-", g.alnum(24)), { header: "OpenAI-Organization: %s" }),
  B("OpenAI project id", "OPENAI_PROJECT_ID", j("proj_", g.alnum(24))),
  B("OpenAI assistant id", "OPENAI_ASSISTANT_ID", j("asst_", g.alnum(24))),
  B("OpenAI vector store id", "VECTOR_STORE_ID", j("vs_", g.alnum(24))),
  B("Anthropic message id", "LAST_MESSAGE_ID", j("msg_01", g.alnum(22))),
  B("Azure tenant id", "AZURE_TENANT_ID", g.uuid()),
  B("Azure subscription id", "AZURE_SUBSCRIPTION_ID", g.uuid()),
  B("Google OAuth client id (public)", "GOOGLE_CLIENT_ID", `${g.digits(12)}-${g.lower(32)}.apps.googleusercontent.com`, { q: "client_id" }),
  B("GitHub App installation id", "GITHUB_INSTALLATION_ID", g.digits(8)),
  B("Sentry release (commit SHA)", "SENTRY_RELEASE", g.hex(40)),
  B("Notion database id", "NOTION_DATABASE_ID", g.hex(32)),
  B("Airtable base id", "AIRTABLE_BASE_ID", j("app", g.alnum(14))),
  B("Cloudflare zone id", "CLOUDFLARE_ZONE_ID", g.hex(32)),
  B("Cloudflare account id", "CLOUDFLARE_ACCOUNT_ID", g.hex(32)),
  B("Vercel project id", "VERCEL_PROJECT_ID", j("prj_", g.alnum(28))),
  B("Netlify site id", "NETLIFY_SITE_ID", g.uuid()),
  B("GA4 measurement id", "GA_MEASUREMENT_ID", j("G-", g.upper(10))),
  B("AWS IAM role ARN", "AWS_ROLE_ARN", `arn:aws:iam::${g.digits(12)}:role/gh-oidc-deployer`),
  B("Route 53 hosted zone id", "HOSTED_ZONE_ID", j("Z0", g.upper(19))),
  B("AMI id", "AMI_ID", j("ami-0", g.hex(16))),
  B("SSH host key fingerprint", "SSH_HOST_FINGERPRINT", j("SHA256:", g.b64(43))),
  B("GPG key fingerprint", "GPG_FINGERPRINT", g.HEX(40)),
  B("certificate thumbprint", "CERT_THUMBPRINT", g.HEX(40)),
  B("SSH public key", "DEPLOY_PUBKEY", j("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", g.b64(43), " ci@example.com")),
  B("age public key (recipient)", "SOPS_AGE_RECIPIENTS", j("age1", g.str(58, BECH))),
  B("WireGuard peer public key", "WG_PEER_PUBLIC_KEY", g.b64bytes(32)),
  B("Ethereum contract address", "TOKEN_CONTRACT_ADDRESS", j("0x", g.hex(40))),
  B("IPFS CID", "IPFS_CID", j("bafybei", g.str(52, "abcdefghijklmnopqrstuvwxyz234567")), { q: "cid" }),
  B("npm integrity hash", "EXPECTED_INTEGRITY", j("sha512-", g.b64(86), "==")),
  B("webpack content hash", "ASSET_HASH", g.hex(20)),
  B("Postgres URL without password", "DATABASE_URL", "postgresql://app@db.prod.example.com:5432/app?sslmode=require", { kind: "conn" }),
  B("Redis URL without auth", "REDIS_URL", "redis://cache.internal.test:6379/0", { kind: "conn" }),
  B("Postgres URL with env reference", "DATABASE_URL", "postgresql://app:${DB_PASSWORD}@db.prod.example.com:5432/app", { kind: "conn" }),
  B("GitHub Actions secret reference", "OPENAI_API_KEY", "${{ secrets.OPENAI_API_KEY }}", { kind: "conn" }),
  B("1Password secret reference", "STRIPE_SECRET_KEY", "op://Engineering/Stripe Live/secret key", { kind: "conn" }),
  B("fully masked value", "AWS_SECRET_ACCESS_KEY", "****************************************", { kind: "conn" }),
  B("placeholder", "SLACK_BOT_TOKEN", "<your-slack-bot-token>", { kind: "conn" }),
  B("SOPS-encrypted value", "DD_API_KEY", `ENC[AES256_GCM,data:${g.b64(43)}=,iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]`, { kind: "conn" }),
  B("Vault path reference", "JWT_SECRET", "vault:secret/data/api#jwt_secret", { kind: "conn" }),
  B("Azure Key Vault reference", "AZURE_CLIENT_SECRET", "@Microsoft.KeyVault(VaultName=kv-prod-weu;SecretName=graph-client-secret)", { kind: "conn" }),
  B("masked Anthropic key (prefix + last 4)", "ANTHROPIC_API_KEY", j("sk-", "ant-", "api03-", "••••••••••••••••", g.alnum(4)), { kind: "conn" }),
  B("masked Stripe key", "STRIPE_SECRET_KEY", j("sk", "_live_", "*".repeat(24), g.alnum(4)), { kind: "conn" }),
  B("AWS Secrets Manager ARN", "DB_PASSWORD_SECRET_ARN", `arn:aws:secretsmanager:eu-west-1:${g.digits(12)}:secret:prod/orders/db-${g.alnum(6)}`, { kind: "conn" }),
  B("Mongo URI with <password> placeholder", "MONGODB_URI", "mongodb+srv://app:<password>@cluster0.mongo.example.net/?retryWrites=true&w=majority", { kind: "conn" }),
  B("image reference pinned by digest", "WORKER_IMAGE", `registry.example.com/worker@sha256:${g.hex(64)}`),
  B("Subresource Integrity hash", "SCRIPT_INTEGRITY", j("sha384-", g.b64(64))),
  B("Datadog trace id (decimal)", "DD_TRACE_ID", g.digits(19), { header: "x-datadog-trace-id: %s" }),
  B("ETag", "CACHED_ETAG", g.hex(32), { header: 'If-None-Match: W/"%s"' }),
  B("Stripe PaymentIntent id", "PAYMENT_INTENT_ID", j("pi_3", g.alnum(24)), { q: "payment_intent" }),
  B("OpenAI file id", "UPLOADED_FILE_ID", j("file-", g.alnum(22))),
  B("Slack channel id", "SLACK_ALERTS_CHANNEL", j("C0", g.upper(9))),
  B("Telegram chat id", "TELEGRAM_CHAT_ID", j("-100", g.digits(10))),
  B("Go module hash", "MODULE_SUM", j("h1:", g.b64(43), "=")),
  B("VAPID public key", "VAPID_PUBLIC_KEY", j("B", g.b64url(86))),
  B("Hugging Face model revision", "HF_MODEL_REVISION", g.hex(40), { q: "revision" }),
  B("Terraform state lineage", "TF_STATE_LINEAGE", g.uuid()),
];

const rotated = rotate(g, specs, "y126-b", "benign", () => BENIGN, 5, (r) => /handing|Secret manifest/.test(r.name));

// ---------------------------------------------------------------------------------------------
// Handcrafted benign cases

const out: CorpusCase[] = [];
const add = (note: string, text: string) => out.push({ id: `y126-bk-${pad3(out.length + 1)}`, kind: "secrets", category: BENIGN, label: "benign", text, note });
const cert = () => g.pem("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU", 1200, "=");
const spki = () => g.pem("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 392, "IDAQAB");

add("SSH public keys; authorized_keys; anthropic tool_use write_file", JSON.stringify({ messages: [{ role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.alnum(22)}`, name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} alice@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(500)}= bob@workstation\necdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${g.b64(86)}= ci@build\n` } }] }] }));
add("PEM certificate chain; fullchain.pem; chat body asking about expiry", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `nginx says "certificate verify failed". Is this chain in the right order?\n\n${cert()}\n${cert()}\n` }] }));
add("PEM public key (SPKI); JWT verifier config; config.yml", `auth:\n  issuer: https://login.example.com/\n  audience: orders-api\n  verify_key: |\n${spki().split("\n").map((l) => "    " + l).join("\n")}\n`);
add("JWKS with public RSA members only (n, e); MCP result of fetching /.well-known/jwks.json", JSON.stringify({ jsonrpc: "2.0", id: 8, result: { content: [{ type: "text", text: JSON.stringify({ keys: [{ kty: "RSA", use: "sig", alg: "RS256", kid: g.hex(16), n: g.b64url(342), e: "AQAB" }, { kty: "EC", use: "sig", alg: "ES256", kid: g.hex(16), crv: "P-256", x: g.b64url(43), y: g.b64url(43) }] }) }] } }));
add("PGP public key block; release signing key; GitHub issue body", JSON.stringify({ title: "Release signature does not verify", body: `Imported the key from the README:\n\n\`\`\`\n${D}BEGIN PGP PUBLIC KEY BLOCK${D}\n\n${g.pemBody("mQINBGc", 1800)}\n=${g.b64(4)}\n${D}END PGP PUBLIC KEY BLOCK${D}\n\`\`\`\n\n\`gpg --verify\` says BAD signature.` }));
add("SOPS-encrypted secrets.yaml (ENC values, age recipient, encrypted mac); chat body", JSON.stringify({ model: "claude-sonnet-4-20250514", max_tokens: 1024, messages: [{ role: "user", content: `sops -d fails with "no key could decrypt the data key". File:\n\nstripe_secret_key: ENC[AES256_GCM,data:${g.b64(140)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\ndatabase_password: ENC[AES256_GCM,data:${g.b64(32)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n    age:\n        - recipient: age1${g.str(58, BECH)}\n          enc: |\n            ${D}BEGIN AGE ENCRYPTED FILE${D}\n            ${g.b64(64)}\n            ${g.b64(64)}\n            ${g.b64(40)}\n            ${D}END AGE ENCRYPTED FILE${D}\n    lastmodified: "2025-02-03T10:11:12Z"\n    mac: ENC[AES256_GCM,data:${g.b64(86)}=,iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n    version: 3.9.4\n` }] }));
add("ansible-vault encrypted file; group_vars/prod/vault.yml; MCP result", JSON.stringify({ jsonrpc: "2.0", id: 14, result: { content: [{ type: "text", text: `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 10 }, () => g.hex(80)).join("\n")}\n${g.hex(34)}\n` }] } }));
add("Bitnami SealedSecret encryptedData; kubectl apply body", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: orders-db\n  namespace: prod\nspec:\n  encryptedData:\n    DATABASE_PASSWORD: AgB${g.b64(680)}==\n    STRIPE_SECRET_KEY: AgC${g.b64(680)}==\n  template:\n    metadata:\n      name: orders-db\n`);
add("AWS KMS ciphertext blob; aws kms decrypt command; openai tool_calls", JSON.stringify({ messages: [{ role: "assistant", content: null, tool_calls: [{ id: `call_${g.alnum(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `aws kms decrypt --ciphertext-blob fileb://<(echo 'AQICAHh${g.b64(300)}' | base64 -d) --query Plaintext --output text | base64 -d | wc -c` }) } }] }] }));
add("age-encrypted armored file; backup.tar.age; multipart upload", `--${g.hex(16)}\r\nContent-Disposition: form-data; name="file"; filename="backup.tar.age"\r\nContent-Type: text/plain\r\n\r\n${D}BEGIN AGE ENCRYPTED FILE${D}\n${Array.from({ length: 8 }, () => g.b64(64)).join("\n")}\n${g.b64(30)}\n${D}END AGE ENCRYPTED FILE${D}\r\n`);
add("PGP encrypted message; email body", `From: ops@example.com\r\nTo: security@example.net\r\nSubject: Report (encrypted)\r\n\r\n${D}BEGIN PGP MESSAGE${D}\r\n\r\n${g.pemBody("hQIMA", 1100).replace(/\n/g, "\r\n")}\r\n=${g.b64(4)}\r\n${D}END PGP MESSAGE${D}\r\n`);
add("package-lock.json integrity hashes; chat body", JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `npm ci fails with EINTEGRITY for these, why?\n\n"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-${g.b64(86)}=="\n},\n"node_modules/zod": {\n  "version": "3.23.8",\n  "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",\n  "integrity": "sha512-${g.b64(86)}=="\n}` }] }));
add("go.sum hashes; git diff", `diff --git a/go.sum b/go.sum\n--- a/go.sum\n+++ b/go.sum\n@@ -40,2 +40,4 @@\n+github.com/google/uuid v1.6.0 h1:${g.b64(43)}=\n+github.com/google/uuid v1.6.0/go.mod h1:${g.b64(43)}=\n golang.org/x/net v0.30.0 h1:${g.b64(43)}=\n golang.org/x/net v0.30.0/go.mod h1:${g.b64(43)}=\n`);
add("Cargo.lock checksums; MCP result", JSON.stringify({ jsonrpc: "2.0", id: 2, result: { content: [{ type: "text", text: `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n` }] } }));
add("pip --hash=sha256 pins; requirements.txt; tool_use write_file", JSON.stringify({ messages: [{ role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.alnum(22)}`, name: "write_file", input: { path: "requirements.txt", content: `requests==2.32.3 \\\n    --hash=sha256:${g.hex(64)} \\\n    --hash=sha256:${g.hex(64)}\nurllib3==2.2.3 \\\n    --hash=sha256:${g.hex(64)}\n` } }] }] }));
add("Deployment with image digests and pod uid; kubectl get -o yaml excerpt", `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\n  uid: ${g.uuid()}\n  resourceVersion: "${g.digits(8)}"\nspec:\n  template:\n    spec:\n      containers:\n      - name: api\n        image: registry.example.com/api@sha256:${g.hex(64)}\n      - name: envoy\n        image: envoyproxy/envoy@sha256:${g.hex(64)}\nstatus:\n  observedGeneration: 14\n`);
add("git log output with commit SHAs; chat body (de prose)", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `Welcher dieser Commits hat den Fehler eingeführt?\n\n${Array.from({ length: 5 }, (_, i) => `${g.hex(40)} fix(api): ${["retry on 502", "bump deps", "handle empty cart", "log request ids", "drop legacy flag"][i]}`).join("\n")}` }] }));
add("SHA256SUMS file; curl upload", `curl -sS -X PUT --data-binary @- https://releases.example.com/v1.8.2/SHA256SUMS <<'EOF'\n${g.hex(64)}  toolkit_1.8.2_linux_amd64.tar.gz\n${g.hex(64)}  toolkit_1.8.2_linux_arm64.tar.gz\n${g.hex(64)}  toolkit_1.8.2_darwin_arm64.tar.gz\nEOF`);
add("HTML with SRI integrity attributes; tool_use write_file", JSON.stringify({ messages: [{ role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.alnum(22)}`, name: "write_file", input: { path: "public/index.html", content: `<!doctype html>\n<html><head>\n<script src="https://cdn.example.net/react@18.3.1/umd/react.production.min.js" integrity="sha384-${g.b64(64)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="/assets/main.${g.hex(8)}.css" integrity="sha256-${g.b64(43)}=">\n</head><body><div id="root"></div></body></html>\n` } }] }] }));
add("GitHub Actions workflow using ${{ secrets.* }} references; git diff", `diff --git a/.github/workflows/release.yml b/.github/workflows/release.yml\n--- a/.github/workflows/release.yml\n+++ b/.github/workflows/release.yml\n@@ -20,6 +20,10 @@ jobs:\n       - run: npm publish\n         env:\n-          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n+          NODE_AUTH_TOKEN: \${{ secrets.NPM_AUTOMATION_TOKEN }}\n+      - uses: aws-actions/configure-aws-credentials@v4\n+        with:\n+          role-to-assume: arn:aws:iam::${g.digits(12)}:role/release\n+          aws-region: us-east-1\n`);
add("k8s env from secretKeyRef; Deployment manifest", `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: billing\nspec:\n  template:\n    spec:\n      containers:\n      - name: billing\n        image: registry.example.com/billing:2.3.1\n        env:\n        - name: STRIPE_SECRET_KEY\n          valueFrom:\n            secretKeyRef:\n              name: billing-secrets\n              key: stripe-secret-key\n        - name: DATABASE_URL\n          valueFrom:\n            secretKeyRef:\n              name: billing-db\n              key: url\n`);
add("Vault Agent template referencing secrets; tool_use write_file", JSON.stringify({ messages: [{ role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.alnum(22)}`, name: "write_file", input: { path: "deploy/vault/app.env.tpl", content: `{{ with secret "secret/data/prod/orders" }}\nDATABASE_URL=postgresql://orders:{{ .Data.data.db_password }}@db.example.com/orders\nSTRIPE_SECRET_KEY={{ .Data.data.stripe_key }}\n{{ end }}\n` } }] }] }));
add(".env.example with placeholders; chat body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: "Write a README section explaining these variables:\n\n# .env.example\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=your-anthropic-key-here\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgresql://USER:PASSWORD@localhost:5432/app\nGITHUB_TOKEN=<github personal access token>\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ\n" }] }));
add("GitHub Actions log with *** masks; crash/CI log", `2025-05-14T09:12:01.1120000Z ##[group]Run ./scripts/deploy.sh\n2025-05-14T09:12:01.1124000Z env:\n2025-05-14T09:12:01.1124500Z   AWS_ACCESS_KEY_ID: ***\n2025-05-14T09:12:01.1125000Z   AWS_SECRET_ACCESS_KEY: ***\n2025-05-14T09:12:01.1125500Z   DATADOG_API_KEY: ***\n2025-05-14T09:12:01.1126000Z ##[endgroup]\n2025-05-14T09:12:04.2210000Z Deploying ${g.hex(40)} to prod\n2025-05-14T09:12:09.9012000Z curl -H "Authorization: Bearer ***" https://api.example.com/deploys\n`);
add("API key listing with redacted values and key ids; MCP result", JSON.stringify({ jsonrpc: "2.0", id: 19, result: { content: [{ type: "text", text: JSON.stringify({ data: [{ object: "organization.project.api_key", id: j("key_", g.alnum(16)), name: "ci", redacted_value: j("sk-", "proj-", "****", g.alnum(4)), created_at: g.epoch() }, { object: "organization.project.api_key", id: j("key_", g.alnum(16)), name: "batch", redacted_value: j("sk-", "proj-", "****", g.alnum(4)), created_at: g.epoch() }] }) }] } }));
add("base64 PNG image input; chat body image_url", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: [{ type: "text", text: "What's wrong with this chart's legend?" }, { type: "image_url", image_url: { url: `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzk${g.b64(1400)}AAAAAElFTkSuQmCC` } }] }] }));
add("minified JS bundle chunk; tool result of reading dist file", JSON.stringify({ type: "tool_result", tool_use_id: `toolu_01${g.alnum(22)}`, content: `"use strict";(self.webpackChunkapp=self.webpackChunkapp||[]).push([[${g.int(900)}],{${g.digits(5)}:(e,t,n)=>{n.d(t,{Z:()=>r});const r={container:"Header_container__${g.b64url(5)}",title:"Header_title__${g.b64url(5)}",hash:"${g.hex(20)}"};var o=n(${g.digits(4)}),a="${g.b64url(24)}";function i(e){return e.replace(/[A-Z]/g,(e=>"-"+e.toLowerCase()))}}}]);\n//# sourceMappingURL=${g.int(900)}.${g.hex(16)}.js.map` }));
add("Stripe webhook event payload (ids only) replayed to local endpoint; curl", `curl -sS -X POST http://localhost:4242/webhooks/stripe -H 'Content-Type: application/json' -d '${JSON.stringify({ id: j("evt_3", g.alnum(24)), object: "event", type: "payment_intent.succeeded", data: { object: { id: j("pi_3", g.alnum(24)), object: "payment_intent", amount: 4200, currency: "eur", customer: j("cus_", g.alnum(14)), latest_charge: j("ch_3", g.alnum(24)), payment_method: j("pm_1", g.alnum(23)) } }, livemode: true })}'`);
add("OpenAI chat.completion response ids in conversation history; chat body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `Can you parse this response and tell me why usage is so high?\n\n${JSON.stringify({ id: j("chatcmpl-", g.alnum(29)), object: "chat.completion", created: g.epoch(), model: "gpt-4o-2024-08-06", system_fingerprint: j("fp_", g.hex(10)), usage: { prompt_tokens: 18211, completion_tokens: 412, total_tokens: 18623 } }, null, 2)}` }] }));
add("Anthropic response with msg_ and toolu_ ids echoed; MCP result", JSON.stringify({ jsonrpc: "2.0", id: 41, result: { content: [{ type: "text", text: JSON.stringify({ id: j("msg_01", g.alnum(22)), type: "message", role: "assistant", model: "claude-sonnet-4-20250514", content: [{ type: "tool_use", id: j("toolu_01", g.alnum(22)), name: "get_weather", input: { city: "Lisbon" } }], stop_reason: "tool_use", usage: { input_tokens: 512, output_tokens: 64 } }) }] } }));
add("Terraform state excerpt with ids/ARNs and sensitive values omitted; chat body", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `why does terraform want to replace this?\n\n${JSON.stringify({ version: 4, terraform_version: "1.9.5", serial: 112, lineage: g.uuid(), resources: [{ mode: "managed", type: "aws_db_instance", name: "orders", instances: [{ attributes: { id: "db-" + g.upper(26), arn: `arn:aws:rds:eu-west-1:${g.digits(12)}:db:orders-prod`, resource_id: "db-" + g.upper(26), password: null, username: "orders" }, sensitive_attributes: [[{ type: "get_attr", value: "password" }]] }] }] }, null, 1)}` }] }));
add("docker inspect output: container id, image digest; MCP result", JSON.stringify({ jsonrpc: "2.0", id: 6, result: { content: [{ type: "text", text: JSON.stringify([{ Id: g.hex(64), Created: g.iso(), Image: j("sha256:", g.hex(64)), Name: "/api-1", RepoDigests: [`registry.example.com/api@sha256:${g.hex(64)}`], Config: { Env: ["PATH=/usr/local/bin:/usr/bin", "NODE_ENV=production"] } }], null, 1) }] } }));
add("Slack API response (channel, team, bot, app ids, ts); tool result", JSON.stringify({ type: "tool_result", tool_use_id: `toolu_01${g.alnum(22)}`, content: JSON.stringify({ ok: true, channel: j("C0", g.upper(9)), ts: `${g.epoch()}.${g.digits(6)}`, message: { bot_id: j("B0", g.upper(9)), app_id: j("A0", g.upper(9)), team: j("T0", g.upper(8)), text: "Deploy finished", user: j("U0", g.upper(9)) } }) }));
add("Sentry event ids, trace ids and release SHA; crash report", JSON.stringify({ event_id: g.hex(32), release: `api@${g.hex(40)}`, contexts: { trace: { trace_id: g.hex(32), span_id: g.hex(16) } }, exception: { values: [{ type: "TimeoutError", value: "upstream timed out after 30000ms" }] }, tags: { request_id: g.uuid() } }));
add("Nix store paths; nix build output in chat", JSON.stringify({ model: "claude-3-5-sonnet-20241022", max_tokens: 1024, messages: [{ role: "user", content: `nix build keeps rebuilding openssl:\n\n/nix/store/${g.str(32, "0123456789abcdfghijklmnpqrsvwxyz")}-openssl-3.0.14.drv\n/nix/store/${g.str(32, "0123456789abcdfghijklmnpqrsvwxyz")}-openssl-3.0.14\n/nix/store/${g.str(32, "0123456789abcdfghijklmnpqrsvwxyz")}-curl-8.9.1-bin` }] }));
add(".terraform.lock.hcl provider hashes; git diff", `diff --git a/.terraform.lock.hcl b/.terraform.lock.hcl\n--- a/.terraform.lock.hcl\n+++ b/.terraform.lock.hcl\n@@ -2,8 +2,8 @@\n provider "registry.terraform.io/hashicorp/aws" {\n-  version = "5.70.0"\n+  version = "5.72.1"\n   hashes = [\n+    "h1:${g.b64(43)}=",\n+    "zh:${g.hex(64)}",\n+    "zh:${g.hex(64)}",\n   ]\n }\n`);
add("OCI image manifest with layer digests; registry PUT body", `PUT /v2/acme/api/manifests/1.9.0 HTTP/1.1\r\nHost: registry.example.com\r\nContent-Type: application/vnd.oci.image.manifest.v1+json\r\n\r\n${JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.manifest.v1+json", config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: `sha256:${g.hex(64)}`, size: 7023 }, layers: [1, 2, 3].map(() => ({ mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: `sha256:${g.hex(64)}`, size: 1000 + g.int(9_000_000) })) })}`);
add("rotation notice naming only last 4 chars and key id; Slack message", JSON.stringify({ channel: j("C0", g.upper(9)), text: `Rotated the Datadog API key this morning. Old key (id ${g.uuid()}, ending …${g.hex(4)}) is revoked; new one is in Vault under secret/observability/datadog. Nothing to change in your services if you use the agent sidecar.` }));
add("npm publish log with shasum and integrity; CI log", `npm notice 📦  @acme/ui@4.2.0\nnpm notice Tarball Details\nnpm notice name:          @acme/ui\nnpm notice version:       4.2.0\nnpm notice filename:      acme-ui-4.2.0.tgz\nnpm notice package size:  48.1 kB\nnpm notice shasum:        ${g.hex(40)}\nnpm notice integrity:     sha512-${g.b64(20)}[...]${g.b64(10)}==\nnpm notice total files:   112\n+ @acme/ui@4.2.0\n`);
add("Kubernetes Secret holding only a CA certificate (base64); kubectl apply", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: internal-ca\n  namespace: prod\ntype: Opaque\ndata:\n  ca.crt: ${Buffer.from(cert() + "\n").toString("base64")}\n`);
add("GitHub webhook delivery signature header (HMAC output, not the secret); redelivery request", `POST /hooks/github HTTP/1.1\r\nHost: ci.example.com\r\nX-GitHub-Event: push\r\nX-GitHub-Delivery: ${g.uuid()}\r\nX-Hub-Signature-256: sha256=${g.hex(64)}\r\nContent-Type: application/json\r\n\r\n{"ref":"refs/heads/main","after":"${g.hex(40)}"}`);
add("Stripe-Signature header (timestamp + HMAC v1, not the signing secret); curl replay", `curl -X POST https://api.example.com/webhooks/stripe -H 'Stripe-Signature: t=${g.epoch()},v1=${g.hex(64)}' -H 'Content-Type: application/json' --data @event.json`);
add("cosign public key and signature bundle digest; chat body (ko prose)", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `cosign verify 가 실패합니다. 공개 키와 다이제스트는 다음과 같습니다:\n\n${g.pem("PUBLIC KEY", "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE", 124)}\n\nimage: registry.example.com/api@sha256:${g.hex(64)}` }] }));

export const cases: CorpusCase[] = [...rotated, ...out];
