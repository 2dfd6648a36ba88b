// heldout-y136: benign look-alikes. Rotated specs (y136-b-*) go through the same renderers as the
// positives but sit in slots whose names say what they are (digest, id, fingerprint, public key);
// handcrafted cases (y136-bk-*) cover key-shaped public material, references, placeholders, masks
// and encrypted blobs. Seed 136004 / 136005.
import type { CorpusCase } from "../types.ts";
import { build, cat, Gen, hand, pem, S, type Spec } from "./_gen.ts";

const crock = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const colonHex = (g: Gen, n: number) => Array.from({ length: n }, () => g.HEX(2)).join(":");

const specs: Spec[] = [
  S("git", "devtools", "GIT_COMMIT_SHA", "commit SHA", g => g.hex(40)),
  S("release pipeline", "devtools", "ARTIFACT_SHA256", "artifact checksum", g => g.hex(64), { sec: "artifact", leaf: "sha256" }),
  S("container registry", "devtools", "IMAGE_DIGEST", "image digest", g => `sha256:${g.hex(64)}`, { sec: "image", leaf: "digest" }),
  S("npm", "devtools", "PACKAGE_INTEGRITY", "SRI integrity hash", g => `sha512-${g.b64(64)}`, { sec: "package", leaf: "integrity" }),
  S("API gateway", "devtools", "REQUEST_ID", "request id", g => g.uuid(), { hdr: "X-Request-Id: ", sec: "request", leaf: "id" }),
  S("OpenTelemetry", "observability", "TRACEPARENT", "W3C trace context", g => `00-${g.hex(32)}-${g.hex(16)}-01`, { hdr: "traceparent: ", sec: "otel", leaf: "traceparent" }),
  S("Stripe", "payment", "STRIPE_CUSTOMER_ID", "customer id", g => cat("cu", "s_", g.an(14))),
  S("Stripe", "payment", "STRIPE_PUBLISHABLE_KEY", "publishable key", g => cat("pk", "_live_", "51", g.an(97))),
  S("OpenAI", "ai", "LAST_COMPLETION_ID", "chat completion id", g => cat("chatcmpl-", g.an(29)), { sec: "openai", leaf: "completion_id" }),
  S("Anthropic", "ai", "ANTHROPIC_MESSAGE_ID", "message id", g => cat("msg_", "01", g.an(22))),
  S("GitHub Actions", "devtools", "GITHUB_RUN_ID", "workflow run id", g => g.dig(11)),
  S("Cloudflare", "cloud", "CLOUDFLARE_ZONE_ID", "zone id", g => g.hex(32), { q: "zone_id" }),
  S("Cloudflare", "cloud", "CLOUDFLARE_ACCOUNT_ID", "account id", g => g.hex(32)),
  S("Azure", "cloud", "AZURE_TENANT_ID", "tenant id", g => g.uuid()),
  S("Azure", "cloud", "AZURE_SUBSCRIPTION_ID", "subscription id", g => g.uuid()),
  S("Algolia", "saas", "ALGOLIA_APP_ID", "application id", g => g.uan(10)),
  S("Google OAuth", "auth", "GOOGLE_CLIENT_ID", "OAuth client id", g => `${g.dig(12)}-${g.lan(32)}.apps.googleusercontent.com`),
  S("GnuPG", "keys", "GPG_FINGERPRINT", "key fingerprint", g => g.HEX(40), { sec: "gpg", leaf: "fingerprint" }),
  S("OpenSSH", "keys", "SSH_HOST_FINGERPRINT", "host key fingerprint", g => `SHA256:${g.b64(32).replace(/=+$/, "")}`, { sec: "ssh", leaf: "host_fingerprint" }),
  S("Ethereum", "keys", "TREASURY_WALLET_ADDRESS", "wallet address", g => `0x${g.hex(40)}`, { sec: "treasury", leaf: "wallet_address" }),
  S("Bitcoin", "keys", "BTC_PAYOUT_ADDRESS", "payout address", g => cat("bc1", "q", g.bech(38)), { sec: "btc", leaf: "payout_address" }),
  S("Solana", "keys", "SOLANA_PROGRAM_ID", "program id", g => g.b58(44)),
  S("IPFS", "data", "IPFS_ASSET_CID", "content id", g => cat("bafy", "bei", g.str(52, "abcdefghijklmnopqrstuvwxyz234567")), { q: "cid", sec: "ipfs", leaf: "asset_cid" }),
  S("age", "keys", "SOPS_AGE_RECIPIENTS", "age recipient (public)", g => cat("age", "1", g.bech(58)), { sec: "sops", leaf: "age_recipients" }),
  S("Sentry", "observability", "SENTRY_RELEASE", "release name", g => `api@${g.hex(12)}`),
  S("AWS", "cloud", "AWS_ACCOUNT_ID", "account id", g => g.dig(12)),
  S("AWS", "cloud", "AWS_ROLE_ARN", "role ARN", g => `arn:aws:iam::${g.dig(12)}:role/gha-deploy-${g.lan(6)}`),
  S("Amazon S3", "cloud", "S3_OBJECT_VERSION_ID", "object version id", g => g.url(32)),
  S("HTTP cache", "devtools", "RESOURCE_ETAG", "ETag", g => `"${g.hex(32)}"`, { hdr: "If-None-Match: ", sec: "resource", leaf: "etag" }),
  S("HTTP upload", "devtools", "UPLOAD_CONTENT_MD5", "Content-MD5 digest", g => g.b64(16), { hdr: "Content-MD5: ", sec: "upload", leaf: "content_md5" }),
  S("GitHub webhooks", "devtools", "DELIVERY_SIGNATURE_256", "HMAC signature of a delivery", g => `sha256=${g.hex(64)}`, { hdr: "X-Hub-Signature-256: ", sec: "delivery", leaf: "signature_256" }),
  S("GitHub webhooks", "devtools", "GITHUB_DELIVERY_ID", "delivery id", g => g.uuid(), { hdr: "X-GitHub-Delivery: " }),
  S("Slack", "comms", "SLACK_CHANNEL_ID", "channel id", g => cat("C0", g.uan(9))),
  S("Slack", "comms", "SLACK_TEAM_ID", "workspace id", g => cat("T0", g.uan(9))),
  S("Firebase", "saas", "FIREBASE_PROJECT_ID", "project id", g => `acme-prod-${g.lan(5)}`),
  S("Datadog APM", "observability", "DD_TRACE_ID", "trace id", g => g.dig(19), { sec: "datadog", leaf: "trace_id" }),
  S("Go modules", "devtools", "GOSUM_LINE_HASH", "go.sum hash", g => `h1:${g.b64(32)}`, { sec: "gosum", leaf: "line_hash" }),
  S("OpenTelemetry", "observability", "OTEL_SERVICE_INSTANCE_ID", "service instance id", g => g.uuid(), { sec: "otel", leaf: "service_instance_id" }),
  S("Kubernetes", "cloud", "POD_UID", "pod UID", g => g.uuid(), { sec: "pod", leaf: "uid" }),
  S("build cache", "devtools", "BUILD_CACHE_HASH", "cache content hash", g => g.hex(40), { sec: "build", leaf: "cache_hash" }),
  S("Maven Central", "devtools", "ARTIFACT_SHA1", "artifact SHA-1 checksum", g => g.hex(40), { sec: "artifact", leaf: "sha1" }),
  S("Terraform", "cloud", "PROVIDER_LOCK_HASH", "provider lock hash", g => `zh:${g.hex(64)}`, { sec: "provider", leaf: "lock_hash" }),
  S("Apple", "devtools", "APPLE_TEAM_ID", "developer team id", g => g.uan(10)),
  S("Android", "keys", "ANDROID_CERT_SHA256", "signing certificate fingerprint", g => colonHex(g, 32), { sec: "android", leaf: "cert_sha256" }),
  S("TLS", "keys", "TLS_CERT_SERIAL", "certificate serial number", g => colonHex(g, 16), { sec: "tls", leaf: "cert_serial" }),
  S("MongoDB", "data", "ORDER_OBJECT_ID", "document ObjectId", g => g.hex(24), { sec: "order", leaf: "object_id" }),
  S("event store", "data", "EVENT_ULID", "ULID", g => g.str(26, crock), { sec: "event", leaf: "ulid" }),
  S("Segment", "data", "EVENT_KSUID", "KSUID", g => g.an(27), { sec: "event", leaf: "ksuid" }),
  S("link shortener", "saas", "SHORT_LINK_ID", "nanoid", g => g.url(21), { q: "id", sec: "short", leaf: "link_id" }),
  S("Stripe", "payment", "STRIPE_PRICE_ID", "price id", g => cat("pri", "ce_", g.an(24))),
  S("Stripe", "payment", "STRIPE_PAYMENT_INTENT_ID", "payment intent id", g => cat("p", "i_", g.an(24))),
  S("PayPal", "payment", "PAYPAL_ORDER_ID", "order id", g => g.uan(17)),
  S("Shopify", "payment", "SHOPIFY_PRODUCT_GID", "product GID", g => `gid://shopify/Product/${g.dig(13)}`),
  S("Notion", "saas", "NOTION_DATABASE_ID", "database id", g => g.hex(32)),
  S("Airtable", "saas", "AIRTABLE_BASE_ID", "base id", g => cat("ap", "p", g.an(14))),
  S("YouTube", "saas", "YOUTUBE_VIDEO_ID", "video id", g => g.url(11), { q: "v" }),
  S("Google Analytics", "saas", "GA_MEASUREMENT_ID", "measurement id", g => cat("G-", g.uan(10))),
  S("Linear", "saas", "LINEAR_TEAM_ID", "team id", g => g.uuid()),
  S("Nix", "devtools", "NIX_STORE_PATH", "store path", g => `/nix/store/${g.str(32, "0123456789abcdfghijklmnpqrsvwxyz")}-nodejs-22.11.0`, { sec: "nix", leaf: "store_path" }),
  S("Docker", "devtools", "BASE_IMAGE_ID", "image id", g => `sha256:${g.hex(64)}`, { sec: "base", leaf: "image_id" }),
  S("Sentry", "observability", "SENTRY_EVENT_ID", "event id", g => g.hex(32)),
  S("Git LFS", "devtools", "LFS_OBJECT_OID", "LFS object id", g => `sha256:${g.hex(64)}`, { sec: "lfs", leaf: "object_oid" }),
];

const rotated = build(specs, { seed: 136004, prefix: "b", benign: true, step: 5, off: 2, category: "heldouty136-benign" });

// ---------------------------------------------------------------- handcrafted benign
const g = new Gen(136005);
const out: CorpusCase[] = [];
let n = 0;
const add = (text: string, note: string) => out.push(hand("bk", ++n, "benign", text, note));
const chat = (text: string) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: text }] });
const mcp = (text: string) => JSON.stringify({ jsonrpc: "2.0", id: g.range(3, 99), result: { content: [{ type: "text", text }], isError: false } });
const PUB = cat("PUB", "LIC KEY");

add(JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.an(22)}`, name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 ${cat("AAAAC3NzaC1lZDI1NTE5AAAAI", g.b64(33).slice(0, 43))} ops@laptop\nssh-rsa ${cat("AAAAB3NzaC1yc2EAAAADAQABAAABgQ", g.b64(380))} ci@builder\n` } }] }] }), "SSH public keys written to authorized_keys by a tool_use");
add(chat(`Is this chain in the right order? nginx says "certificate verify failed".\n\n${pem("CERTIFICATE", cat("MIIFazCCA1OgAwIBAgIR", g.b64(1000)))}${pem("CERTIFICATE", cat("MIIEkjCCA3qgAwIBAgIQ", g.b64(860)))}`), "PEM certificate chain pasted in chat");
add(`# config/jwt.yml\nissuer: https://auth.example.com\naudience: orders-api\nverification_key: |\n${pem(PUB, cat("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", g.b64(230), "IDAQAB")).trimEnd().split("\n").map(l => `  ${l}`).join("\n")}\n`, "RSA public key (SPKI PEM) as JWT verification key");
add(JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(16), alg: "RS256", n: g.b64u(256), e: "AQAB" }, { kty: "EC", use: "sig", kid: g.hex(16), crv: "P-256", x: g.b64u(32), y: g.b64u(32) }] }), "public JWKS (n/e and x/y only, no private members) served from /.well-known/jwks.json");
add(`-----BEGIN PGP ${PUB} BLOCK-----\n\n${(cat("mQINBGX", g.b64(1200)).match(/.{1,64}/g) ?? []).join("\n")}\n=${g.b64s(4)}\n-----END PGP ${PUB} BLOCK-----\n`, "PGP public key block (for encrypting bug reports)");
add(`api:\n    stripe_secret_key: ENC[AES256_GCM,data:${g.b64(40)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n    db_password: ENC[AES256_GCM,data:${g.b64(18)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\nsops:\n    age:\n        - recipient: ${cat("age", "1", g.bech(58))}\n          enc: |\n${pem("AGE ENCRYPTED FILE", g.b64(200)).trimEnd().split("\n").map(l => `            ${l}`).join("\n")}\n    lastmodified: "2026-11-02T10:11:12Z"\n    mac: ENC[AES256_GCM,data:${g.b64(64)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n    version: 3.9.1\n`, "SOPS-encrypted secrets.yaml (values are ENC[...] ciphertext)");
add(`# group_vars/prod/vault.yml\ndb_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n${(g.hex(320).match(/.{1,80}/g) ?? []).map(l => `  ${l}`).join("\n")}\n`, "ansible-vault encrypted variable");
add(`name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n      STRIPE_SECRET_KEY: \${{ secrets.STRIPE_SECRET_KEY }}\n      DATABASE_URL: \${{ secrets.DATABASE_URL }}\n    steps:\n      - uses: actions/checkout@${g.hex(40)} # v4.2.2\n      - run: npm ci && npm run deploy\n`, "GitHub Actions secrets references plus a pinned action SHA");
add(chat(`Can you write the README section explaining setup? Here's our .env.example:\n\n\`\`\`\nOPENAI_API_KEY=sk-proj-your-key-here\nANTHROPIC_API_KEY=<your-anthropic-key>\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSLACK_BOT_TOKEN=xoxb-your-bot-token\nJWT_SECRET=change-me-to-a-long-random-string\n\`\`\``), ".env.example with placeholders only");
add(mcp(`$ stripe config --list\n[default]\ndevice_name = build-07\nlive_mode_api_key = 'sk_live_${"*".repeat(20)}${g.an(4)}'\nlive_mode_key_expires_at = '2027-02-28'\naccount_id = 'acct_${g.an(16)}'\n`), "Stripe CLI config listing with the live key masked (only last 4 visible)");
add(`$ doppler secrets --only-names\n┌──────────────────────┐\n│ NAME                 │\n├──────────────────────┤\n│ DATABASE_URL         │\n│ SENDGRID_API_KEY     │\n│ SENTRY_AUTH_TOKEN    │\n└──────────────────────┘\n$ gh secret list\nNPM_TOKEN        Updated 2026-10-12\nPYPI_API_TOKEN   Updated 2026-09-30\n`, "secret names only (doppler / gh secret list)");
add(`# .env.tpl (1Password CLI: op inject -i .env.tpl -o .env)\nOPENAI_API_KEY=op://Engineering/OpenAI Prod/credential\nAWS_SECRET_ACCESS_KEY=op://Engineering/AWS deploy/secret access key\nPOSTGRES_PASSWORD=op://Engineering/Postgres prod/password\n`, "1Password op:// secret references");
add(JSON.stringify({ family: "api", containerDefinitions: [{ name: "api", image: `registry.example.com/acme/api@sha256:${g.hex(64)}`, secrets: [{ name: "DATABASE_URL", valueFrom: `arn:aws:secretsmanager:eu-west-1:${g.dig(12)}:secret:prod/api/database-url-${g.an(6)}` }, { name: "STRIPE_SECRET_KEY", valueFrom: `arn:aws:ssm:eu-west-1:${g.dig(12)}:parameter/prod/stripe/secret-key` }] }] }, null, 2), "ECS task definition: secrets via Secrets Manager / SSM ARNs, image by digest");
add(JSON.stringify({ properties: { siteConfig: { appSettings: [{ name: "SqlConnection", value: "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.example.net/secrets/SqlConnection/)" }, { name: "SendGridApiKey", value: "@Microsoft.KeyVault(VaultName=acme-kv;SecretName=SendGridApiKey)" }] } } }), "Azure App Service Key Vault references");
add(`{{- with secret "secret/data/prod/payments" -}}\nexport STRIPE_SECRET_KEY="{{ .Data.data.stripe_secret_key }}"\nexport ADYEN_API_KEY="{{ .Data.data.adyen_api_key }}"\n{{- end }}\n`, "Vault agent template (references only)");
add(`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/acme/api@sha256:${g.hex(64)}\n          env:\n            - name: DATABASE_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: api-db\n                  key: password\n            - name: GIT_SHA\n              value: "${g.hex(40)}"\n`, "k8s Deployment with secretKeyRef and digest-pinned image");
add(`apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: payments\nspec:\n  secretStoreRef:\n    name: aws-secrets-manager\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/payments\n        property: stripe_secret_key\n`, "ExternalSecret manifest (remote references)");
add(JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "19.0.0", resolved: "https://registry.example.org/react/-/react-19.0.0.tgz", integrity: `sha512-${g.b64(64)}` }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.example.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${g.b64(64)}` } } }, null, 2), "package-lock.json integrity hashes");
add(`example.com/lib/uuid v1.6.0 h1:${g.b64(32)}\nexample.com/lib/uuid v1.6.0/go.mod h1:${g.b64(32)}\nexample.org/x/crypto v0.31.0 h1:${g.b64(32)}\n`, "go.sum lines");
add(`[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://index.crates.example.org"\nchecksum = "${g.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.42.0"\nsource = "registry+https://index.crates.example.org"\nchecksum = "${g.hex(64)}"\n`, "Cargo.lock checksums");
add(chat(`Why is the CSP blocking this?\n\n<script src="https://cdn.example.com/lib/htmx-2.0.3.min.js" integrity="sha384-${g.b64(48)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="/assets/app-${g.hex(8)}.css" integrity="sha256-${g.b64(32)}">`), "HTML SRI integrity attributes in chat");
add(JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: [{ type: "text", text: "What's wrong with this chart?" }, { type: "image_url", image_url: { url: `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAZAAAAEsCAYAAAA${g.b64(1200)}` } }] }] }), "base64 PNG image in a chat-completion content part");
add(`!function(){"use strict";var e={${g.pick(["7", "3"])}${g.dig(3)}:function(e,t,n){n.d(t,{Z:function(){return r}})}};self.webpackChunk_N_E=self.webpackChunk_N_E||[];var t=["static/chunks/${g.hex(16)}.js","static/chunks/pages/_app-${g.hex(16)}.js","static/css/${g.hex(16)}.css"];e.p="/_next/";}();`, "minified webpack bundle with hashed chunk names");
add(`<div class="Header_root__${g.url(5)} Header_sticky__${g.url(5)}"><nav class="Nav_list__${g.url(5)}"><a class="Nav_link__${g.url(5)} Nav_active__${g.url(5)}" href="/pricing">Pricing</a></nav></div>`, "CSS-module class names in HTML");
add(mcp(`$ git log --oneline -5\n${g.hex(7)} fix: retry on 429\n${g.hex(7)} feat(api): add batch endpoint\n${g.hex(7)} chore(deps): bump zod\n$ git rev-parse HEAD\n${g.hex(40)}\n$ git cat-file -p HEAD\ntree ${g.hex(40)}\nparent ${g.hex(40)}\nauthor Dev <dev@example.com> 1764920000 +0100\ncommitter Dev <dev@example.com> 1764920000 +0100\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n ${(g.b64(280).match(/.{1,64}/g) ?? []).join("\n ")}\n =${g.b64s(4)}\n -----END PGP SIGNATURE-----\n\nfix: retry on 429\n`), "git log / rev-parse / cat-file output with SHAs and a PGP signature");
add(`$ docker images --digests\nREPOSITORY          TAG     DIGEST                                                                    IMAGE ID       CREATED\nregistry.example.com/acme/api    2.4.1   sha256:${g.hex(64)}   ${g.hex(12)}   2 days ago\nregistry.example.com/acme/web    2.4.1   sha256:${g.hex(64)}   ${g.hex(12)}   2 days ago\n`, "docker images --digests output");
add(`Terraform will perform the following actions:\n\n  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "db-${g.uan(26)}"\n      ~ password = (sensitive value)\n        username = "app"\n    }\n\n  # random_password.api will be created\n  + resource "random_password" "api" {\n      + result = (sensitive value)\n      + length = 32\n    }\n`, "terraform plan with (sensitive value) redactions");
add(`2026-12-01T07:44:10.118Z INFO  http  POST https://api.example.com/v1/charges headers={"Authorization":"Bearer [REDACTED]","X-Request-Id":"${g.uuid()}"} status=200 duration_ms=212`, "log line with a redacted bearer token and ids");
add(`<script src="https://js.stripe.example.com/v3/"></script>\n<script>\n  const stripe = Stripe("${cat("pk", "_live_", "51", g.an(97))}");\n  const elements = stripe.elements({ clientSecret: window.__CHECKOUT__.clientSecretFromServer });\n</script>\n`, "Stripe publishable key in a checkout page (browser-facing by design)");
add(JSON.stringify({ CiphertextBlob: `AQICAH${g.b64(180)}`, KeyId: `arn:aws:kms:eu-west-1:${g.dig(12)}:key/${g.uuid()}`, EncryptionAlgorithm: "SYMMETRIC_DEFAULT" }), "AWS KMS Encrypt response (ciphertext blob)");
add(`${g.hex(64)}  toolkit-v1.8.0-linux-amd64.tar.gz\n${g.hex(64)}  toolkit-v1.8.0-darwin-arm64.tar.gz\n${g.hex(64)}  toolkit-v1.8.0-windows-amd64.zip\n`, "SHA256SUMS release file");
add(`$ openssl x509 -in server.crt -noout -fingerprint -sha256 -serial\nsha256 Fingerprint=${colonHex(g, 32)}\nserial=${g.HEX(32)}\n`, "openssl fingerprint / serial output");
add(`POST /webhooks/github HTTP/1.1\r\nHost: hooks.example.com\r\nX-GitHub-Event: push\r\nX-GitHub-Delivery: ${g.uuid()}\r\nX-GitHub-Hook-ID: ${g.dig(9)}\r\nX-Hub-Signature-256: sha256=${g.hex(64)}\r\nContent-Type: application/json\r\n\r\n{"ref":"refs/heads/main","after":"${g.hex(40)}","before":"${g.hex(40)}"}`, "GitHub webhook delivery headers (HMAC signature, ids, SHAs)");
add(`openapi: 3.1.0\ninfo: { title: Orders API, version: "2.0" }\ncomponents:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key\n      description: Send your key as \`X-API-Key: YOUR_API_KEY\`.\nsecurity:\n  - ApiKeyAuth: []\n`, "OpenAPI spec securitySchemes with placeholder");
add(chat(`Refactor this to pydantic-settings:\n\n\`\`\`python\nimport os\nOPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\nSTRIPE_SECRET_KEY = os.getenv("STRIPE_SECRET_KEY")\nDATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///dev.db")\n\`\`\``), "code reading secrets from the environment (no values)");
add(JSON.stringify({ channel: "C05ABCDEF12", text: "The Stripe prod key lives in 1Password → Engineering → \"Stripe live\"; ask @maria for access, don't paste it here." }), "chat message pointing to a vault item (no value)");
add(`$ echo -n abc | sha256sum\nba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  -\n$ echo -n abc | md5sum\n900150983cd24fb0d6963f7d28e17f72  -\n`, "well-known test-vector digests");
add(`[{\n  "relation": ["delegate_permission/common.handle_all_urls"],\n  "target": {\n    "namespace": "android_app",\n    "package_name": "com.example.shop",\n    "sha256_cert_fingerprints": ["${colonHex(g, 32)}"]\n  }\n}]`, "Android assetlinks.json certificate fingerprint");
add(`# ~/.ssh/known_hosts\ngit.example.com ssh-ed25519 ${cat("AAAAC3NzaC1lZDI1NTE5AAAAI", g.b64(33).slice(0, 43))}\n|1|${g.b64(20)}|${g.b64(20)} ecdsa-sha2-nistp256 ${cat("AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB", g.b64(64))}\n`, "known_hosts entries (host public keys, hashed hostnames)");
add(`-----BEGIN CERTIFICATE REQUEST-----\n${(cat("MIICvDCCAaQCAQAwdzELMAkGA1UEBhMCREUx", g.b64(640)).match(/.{1,64}/g) ?? []).join("\n")}\n-----END CERTIFICATE REQUEST-----\n`, "PEM certificate signing request");
add(`Outputs:\n\nbucket_arn = "arn:aws:s3:::acme-assets-${g.lan(6)}"\ncluster_id = "${g.uuid()}"\ndistribution_id = "E${g.uan(13)}"\nvpc_id = "vpc-${g.hex(17)}"\nsubnet_ids = ["subnet-${g.hex(17)}", "subnet-${g.hex(17)}"]\n`, "terraform outputs with resource ids");
add(`$ aws sts get-caller-identity\n{\n    "UserId": "AROA${g.b32(17)}:gha-${g.dig(10)}",\n    "Account": "${g.dig(12)}",\n    "Arn": "arn:aws:sts::${g.dig(12)}:assumed-role/gha-deploy/gha-${g.dig(10)}"\n}\n`, "aws sts get-caller-identity output (role unique id, account, ARN)");
add(JSON.stringify({ id: cat("msg_", "01", g.an(22)), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "text", text: "Done." }], usage: { input_tokens: 812, output_tokens: 4 }, request_id: cat("req_", "01", g.an(22)) }), "Anthropic message object echoed back (message and request ids)");
add(`$ npx wrangler secret list\n[\n  { "name": "DATABASE_URL", "type": "secret_text" },\n  { "name": "OPENAI_API_KEY", "type": "secret_text" }\n]\n$ npx wrangler deployments list\nDeployment ID: ${g.uuid()}\nVersion ID:    ${g.uuid()}\nAuthor:        dev@example.com\n`, "wrangler secret names and deployment ids");

export const cases: CorpusCase[] = [...rotated, ...out];
