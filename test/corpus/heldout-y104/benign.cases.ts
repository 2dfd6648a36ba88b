// heldout-y104: hard benign look-alikes, rotated through the non-secret-worded renderers, plus
// handcrafted files full of digests, ids, public material, ciphertext, references and masks.
import type { CorpusCase } from "../types.ts";
import { buildRotated, Gen, mk, P, pem, type Spec } from "./_gen.ts";

const g = new Gen(104_003);
const CAT = "heldouty104-benign";
const B32L = "abcdefghijklmnopqrstuvwxyz234567";
const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

const specs: Spec[] = [
  { p: "git commit SHA", slot: "GIT_COMMIT_SHA", v: (x) => x.h(40), host: "ci" },
  { p: "sha256 artifact digest", slot: "ARTIFACT_SHA256", v: (x) => x.h(64), host: "releases" },
  { p: "OCI image digest", slot: "IMAGE_DIGEST", v: (x) => "sha256:" + x.h(64), host: "registry" },
  { p: "pinned base image", slot: "BASE_IMAGE", v: (x) => `registry.example.com/library/node@sha256:${x.h(64)}`, host: "registry" },
  { p: "ETag", slot: "CACHED_ETAG", v: (x) => x.h(32), hdr: "If-None-Match: {v}", host: "cdn" },
  { p: "W3C traceparent", slot: "TRACEPARENT", v: (x) => `00-${x.h(32)}-${x.h(16)}-01`, hdr: "traceparent: {v}", host: "orders" },
  { p: "request id UUID", slot: "REQUEST_ID", v: (x) => x.uuid(), hdr: "X-Request-Id: {v}", host: "orders" },
  { p: "Stripe customer id", slot: "STRIPE_CUSTOMER_ID", v: (x) => P("cu", "s_") + x.a(14), host: "billing" },
  { p: "Stripe price id", slot: "STRIPE_PRICE_ID", v: (x) => P("pri", "ce_") + "1" + x.a(23), host: "billing" },
  { p: "Stripe publishable key", slot: "STRIPE_PUBLISHABLE_KEY", v: (x) => P("pk", "_live_") + "51" + x.a(97), host: "checkout" },
  { p: "Anthropic message id", slot: "LAST_MESSAGE_ID", v: (x) => P("ms", "g_") + "01" + x.a(22), host: "assistant" },
  { p: "OpenAI completion id", slot: "COMPLETION_ID", v: (x) => P("chat", "cmpl-") + x.a(29), host: "assistant" },
  { p: "Anthropic tool_use id", slot: "TOOL_USE_ID", v: (x) => P("to", "olu_") + "01" + x.a(22), host: "assistant" },
  { p: "OpenAI organization id", slot: "OPENAI_ORG_ID", v: (x) => P("or", "g-") + x.a(24), host: "assistant" },
  { p: "OpenAI project id", slot: "OPENAI_PROJECT_ID", v: (x) => P("pro", "j_") + x.a(24), host: "assistant" },
  { p: "OpenAI assistant id", slot: "ASSISTANT_ID", v: (x) => P("as", "st_") + x.a(24), host: "assistant" },
  { p: "OpenAI file id", slot: "TRAINING_FILE_ID", v: (x) => P("fi", "le-") + x.a(22), host: "assistant" },
  { p: "IAM role ARN", slot: "DEPLOY_ROLE_ARN", v: (x) => `arn:aws:iam::${x.d(12)}:role/gha-deploy-${x.word()}`, host: "aws" },
  { p: "KMS key ARN", slot: "KMS_KEY_ARN", v: (x) => `arn:aws:kms:eu-west-1:${x.d(12)}:key/${x.uuid()}`, host: "aws" },
  { p: "Azure tenant + client ids", slot: "AZURE_CLIENT_ID", v: (x) => x.uuid(), w: [["AZURE_TENANT_ID", (x) => x.uuid()], ["AZURE_SUBSCRIPTION_ID", (x) => x.uuid()]], host: "azure" },
  { p: "Google OAuth client id", slot: "GOOGLE_CLIENT_ID", v: (x) => `${x.d(12)}-${x.l(32)}.apps.googleusercontent.example.com`, host: "google" },
  { p: "GitHub App client id", slot: "GITHUB_APP_CLIENT_ID", v: (x) => P("Iv", "1.") + x.h(16), w: [["GITHUB_APP_ID", (x) => x.d(6)]], host: "github" },
  { p: "Clerk publishable key", slot: "CLERK_PUBLISHABLE_KEY", v: () => P("pk", "_live_") + Buffer.from("clerk.shop.example.com$").toString("base64"), host: "clerk" },
  { p: "Cloudflare zone + account ids", slot: "CLOUDFLARE_ZONE_ID", v: (x) => x.h(32), w: [["CLOUDFLARE_ACCOUNT_ID", (x) => x.h(32)]], host: "cloudflare" },
  { p: "Algolia application id + index", slot: "ALGOLIA_APP_ID", v: (x) => x.u(10), w: [["ALGOLIA_INDEX", () => "products_prod"]], host: "algolia" },
  { p: "GPG fingerprint", slot: "RELEASE_GPG_FINGERPRINT", v: (x) => x.H(40), host: "releases" },
  { p: "Ethereum tx hash", slot: "DEPLOY_TX_HASH", v: (x) => "0x" + x.h(64), host: "chain" },
  { p: "Ethereum contract address", slot: "CONTRACT_ADDRESS", v: (x) => "0x" + x.h(40), host: "chain" },
  { p: "npm integrity", slot: "PACKAGE_INTEGRITY", v: (x) => "sha512-" + x.raw64(64), host: "npm" },
  { p: "SRI hash", slot: "SCRIPT_SRI", v: (x) => "sha384-" + x.raw64(48), host: "cdn" },
  { p: "Go module sum", slot: "MODULE_SUM", v: (x) => "h1:" + x.raw64(32), host: "goproxy" },
  { p: "SSH public key", slot: "SSH_PUBLIC_KEY", v: (x) => `ssh-ed25519 ${Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from("ssh-ed25519"), Buffer.from([0, 0, 0, 32]), Buffer.from(x.bytes(32))]).toString("base64")} ci@example.com`, host: "infra" },
  { p: "age recipient (public)", slot: "SOPS_AGE_RECIPIENTS", v: (x) => "age1" + x.str(58, BECH), host: "sops" },
  { p: "WireGuard peer public key", slot: "WG_PEER_PUBLIC_KEY", v: (x) => x.raw64(32), host: "vpn" },
  { p: "MongoDB ObjectId", slot: "DEFAULT_TENANT_OBJECT_ID", v: (x) => x.h(24), host: "tenants" },
  { p: "Vercel project/team ids", slot: "VERCEL_PROJECT_ID", v: (x) => P("pr", "j_") + x.a(28), w: [["VERCEL_ORG_ID", (x) => P("te", "am_") + x.a(24)]], host: "vercel" },
  { p: "Netlify site id", slot: "NETLIFY_SITE_ID", v: (x) => x.uuid(), host: "netlify" },
  { p: "Supabase project ref", slot: "SUPABASE_PROJECT_REF", v: (x) => x.str(20, "abcdefghijklmnopqrstuvwxyz"), host: "supabase" },
  { p: "Hugging Face model revision", slot: "MODEL_REVISION", v: (x) => x.h(40), w: [["MODEL_ID", () => "acme-ml/ranker-small"]], host: "models" },
  { p: "IPFS CID", slot: "METADATA_CID", v: (x) => "bafybei" + x.str(52, B32L), host: "ipfs" },
  { p: "AWS account id", slot: "AWS_ACCOUNT_ID", v: (x) => x.d(12), w: [["AWS_REGION", () => "eu-west-1"]], host: "aws" },
  { p: "Slack channel/team ids", slot: "SLACK_CHANNEL_ID", v: (x) => "C0" + x.u(9), w: [["SLACK_TEAM_ID", (x) => "T0" + x.u(8)]], host: "slack" },
  { p: "Discord guild id", slot: "DISCORD_GUILD_ID", v: (x) => x.d(19), host: "discord" },
  { p: "Stripe webhook endpoint id", slot: "STRIPE_WEBHOOK_ENDPOINT_ID", v: (x) => P("w", "e_") + "1" + x.a(23), host: "billing" },
  { p: "OpenTelemetry span id", slot: "PARENT_SPAN_ID", v: (x) => x.h(16), hdr: "X-B3-SpanId: {v}", host: "orders" },
  { p: "webpack build hash", slot: "BUILD_HASH", v: (x) => x.h(20), host: "web" },
  { p: "Secrets Manager ARN reference", slot: "DB_SECRET_ARN", v: (x) => `arn:aws:secretsmanager:eu-west-1:${x.d(12)}:secret:prod/orders/db-${x.a(6)}`, host: "aws" },
  { p: "GitHub Actions secret expression", slot: "OPENAI_API_KEY", v: () => "${{ secrets.OPENAI_API_KEY }}", host: "openai" },
  { p: "1Password reference", slot: "STRIPE_SECRET_KEY", v: () => "op://Production/Stripe/secret key", host: "stripe" },
  { p: "URL with interpolated password", slot: "DATABASE_URL", v: () => "postgres://app:${DB_PASSWORD}@db.example.net:5432/app", host: "postgres" },
  { p: "masked GitHub token", slot: "GITHUB_TOKEN", v: () => P("gh", "p_") + "*".repeat(36), host: "github" },
  { p: "truncated display key", slot: "ANTHROPIC_API_KEY", v: (x) => P("sk-", "ant-") + "..." + x.a(4), host: "anthropic" },
  { p: "angle-bracket placeholder", slot: "AWS_SECRET_ACCESS_KEY", v: () => "<your-secret-access-key>", w: [["AWS_ACCESS_KEY_ID", () => "<your-access-key-id>"]], host: "aws" },
  { p: "doc placeholder", slot: "SLACK_BOT_TOKEN", v: () => P("xo", "xb-") + "your-bot-token-here", host: "slack" },
  { p: "GCP Secret Manager resource name", slot: "DB_PASSWORD_SECRET", v: (x) => `projects/${x.word()}-prod/secrets/db-password/versions/latest`, host: "gcp" },
  { p: "Key Vault reference", slot: "PAYMENTS_API_KEY", v: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.example.net/secrets/payments-api-key/)", host: "azure" },
  { p: "SOPS encrypted value", slot: "JWT_SECRET", v: (x) => `ENC[AES256_GCM,data:${x.raw64(48)},iv:${x.raw64(32)},tag:${x.raw64(16)},type:str]`, host: "sops" },
  { p: "Vault path reference", slot: "SENDGRID_API_KEY", v: () => "vault:secret/data/prod/sendgrid#api_key", host: "vault" },
  { p: "Jinja variable", slot: "TWILIO_AUTH_TOKEN", v: () => "{{ vault_twilio_auth_token }}", host: "twilio" },
  { p: "shell required-var expansion", slot: "HF_TOKEN", v: () => "${HF_TOKEN:?HF_TOKEN must be set}", host: "huggingface" },
  { p: "all-X placeholder", slot: "STRIPE_SECRET_KEY", v: () => P("sk", "_live_") + "X".repeat(24), host: "stripe" },
  { p: "REPLACE_ME placeholder", slot: "OPENAI_API_KEY", v: () => P("sk-", "proj-") + "REPLACE_ME", host: "openai" },
  { p: "asterisk mask", slot: "DD_API_KEY", v: () => "*".repeat(32), host: "datadog" },
  { p: "password-less local Redis URL", slot: "REDIS_URL", v: () => "redis://localhost:6379/0", host: "redis" },
  { p: "k8s secretKeyRef name", slot: "DATABASE_PASSWORD_SECRET_NAME", v: () => "orders-db-credentials", host: "k8s" },
];

const rotated = buildRotated({ specs, g, idPrefix: "y104-b", label: "benign", offset: 5, category: CAT });

// ---- handcrafted
const cert = (n: number) => pem("CERTIFICATE", Buffer.concat([Buffer.from([0x30, 0x82, 0x05, 0x1c, 0x30, 0x82, 0x04, 0x04, 0xa0, 0x03, 0x02, 0x01, 0x02]), Buffer.from(g.bytes(n))]).toString("base64"));
const pubkey = () => pem(P("PUBLIC", " KEY"), Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00]), Buffer.from(g.bytes(270))]).toString("base64"));
const fp = () => Array.from({ length: 32 }, () => g.H(2)).join(":");

const hand: [string, string][] = [
  ["git log --oneline + git show header (SHAs)", `$ git log --format='%H %s' -5\n${[0, 1, 2, 3, 4].map(() => `${g.h(40)} ${g.pick(["fix: retry on 429", "chore: bump deps", "feat: add invoices export", "refactor: split worker", "docs: update README"])}`).join("\n")}\n$ git show --stat HEAD | head -3\ncommit ${g.h(40)}\nMerge: ${g.h(7)} ${g.h(7)}\nAuthor: Dev <dev@example.com>\n`],
  ["package-lock.json integrity entries", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.example.org/react/-/react-18.3.1.tgz", integrity: "sha512-" + g.raw64(64) }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.example.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + g.raw64(64) } } }, null, 2)],
  ["yarn.lock (berry) checksums", `"lodash@npm:^4.17.21":\n  version: 4.17.21\n  resolution: "lodash@npm:4.17.21"\n  checksum: 10c0/${g.h(128)}\n  languageName: node\n  linkType: hard\n\n"ms@npm:2.1.3":\n  version: 2.1.3\n  checksum: 10c0/${g.h(128)}\n`],
  ["Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.example.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nchecksum = "${g.h(64)}"\n`],
  ["go.sum lines", `github.example.com/google/uuid v1.6.0 h1:${g.raw64(32)}\ngithub.example.com/google/uuid v1.6.0/go.mod h1:${g.raw64(32)}\ngolang.example.org/x/sync v0.8.0 h1:${g.raw64(32)}\n`],
  ["requirements.txt with --hash pins", `requests==2.32.3 \\\n    --hash=sha256:${g.h(64)} \\\n    --hash=sha256:${g.h(64)}\nurllib3==2.2.3 \\\n    --hash=sha256:${g.h(64)}\n`],
  ["docker images --digests output", `REPOSITORY                         TAG       DIGEST                                                                    IMAGE ID       CREATED\nregistry.example.com/orders-api    2.4.1     sha256:${g.h(64)}   ${g.h(12)}   3 days ago\nregistry.example.com/worker        latest    sha256:${g.h(64)}   ${g.h(12)}   5 weeks ago\n`],
  ["OCI manifest list JSON", JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests: [{ mediaType: "application/vnd.oci.image.manifest.v1+json", digest: "sha256:" + g.h(64), size: 1613, platform: { architecture: "amd64", os: "linux" } }, { mediaType: "application/vnd.oci.image.manifest.v1+json", digest: "sha256:" + g.h(64), size: 1613, platform: { architecture: "arm64", os: "linux" } }] }, null, 2)],
  ["HTML with SRI script/link tags", `<link rel="stylesheet" href="https://cdn.example.com/bootstrap.min.css" integrity="sha384-${g.raw64(48)}" crossorigin="anonymous">\n<script src="https://cdn.example.com/htmx.min.js" integrity="sha384-${g.raw64(48)}" crossorigin="anonymous"></script>\n`],
  ["PEM certificate chain (public)", `# ca-bundle.pem\n${cert(1290)}\n${cert(1100)}\n`],
  ["PEM public key + JWKS", `${pubkey()}\n\n${JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.h(40), alg: "RS256", n: g.raw64url(256), e: "AQAB" }] }, null, 2)}`],
  ["authorized_keys + known_hosts", `ssh-ed25519 ${Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from("ssh-ed25519"), Buffer.from([0, 0, 0, 32]), Buffer.from(g.bytes(32))]).toString("base64")} maria@laptop\nssh-rsa ${Buffer.concat([Buffer.from([0, 0, 0, 7]), Buffer.from("ssh-rsa"), Buffer.from(g.bytes(270))]).toString("base64")} ci@build\n|1|${g.raw64(20)}|${g.raw64(20)} ecdsa-sha2-nistp256 ${g.raw64(104)}\n`],
  ["gpg --list-keys output", `pub   ed25519 2024-02-11 [SC] [expires: 2027-02-10]\n      ${g.H(40)}\nuid           [ultimate] Release Bot <release@example.com>\nsub   cv25519 2024-02-11 [E] [expires: 2027-02-10]\n`],
  ["ssh-keygen -lf fingerprints", `256 SHA256:${g.raw64(32).replace(/=+$/, "")} deploy@ci (ED25519)\n3072 SHA256:${g.raw64(32).replace(/=+$/, "")} maria@laptop (RSA)\n`],
  ["Android assetlinks.json with cert fingerprint", JSON.stringify([{ relation: ["delegate_permission/common.handle_all_urls"], target: { namespace: "android_app", package_name: "com.example.shop", sha256_cert_fingerprints: [fp()] } }], null, 2)],
  ["SealedSecret manifest", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: orders-db\n  namespace: prod\nspec:\n  encryptedData:\n    DATABASE_URL: AgB${g.b64(600)}==\n    STRIPE_SECRET_KEY: AgC${g.b64(420)}==\n  template:\n    metadata:\n      name: orders-db\n`],
  ["SOPS-encrypted YAML with metadata", `stripe_secret_key: ENC[AES256_GCM,data:${g.raw64(80)},iv:${g.raw64(32)},tag:${g.raw64(16)},type:str]\ndb_password: ENC[AES256_GCM,data:${g.raw64(20)},iv:${g.raw64(32)},tag:${g.raw64(16)},type:str]\nsops:\n    age:\n        - recipient: age1${g.str(58, BECH)}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${g.raw64(48)}\n            ${g.raw64(48)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "${g.iso()}"\n    mac: ENC[AES256_GCM,data:${g.raw64(64)},iv:${g.raw64(32)},tag:${g.raw64(16)},type:str]\n    version: 3.9.0\n`],
  ["ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.h(80)).join("\n")}\n`],
  ["Stripe webhook event payload (ids only)", JSON.stringify({ id: P("ev", "t_") + "1" + g.a(23), object: "event", type: "payment_intent.succeeded", livemode: true, data: { object: { id: P("p", "i_") + "3" + g.a(23), customer: P("cu", "s_") + g.a(14), latest_charge: P("c", "h_") + "3" + g.a(23), client_secret: null, amount: 4900, currency: "eur" } } }, null, 2)],
  ["OpenAI chat completion response", JSON.stringify({ id: P("chat", "cmpl-") + g.a(29), object: "chat.completion", created: g.ts(), model: "gpt-4o-2024-08-06", system_fingerprint: "fp_" + g.h(10), choices: [{ index: 0, message: { role: "assistant", content: "Use a connection pool.", tool_calls: [{ id: "call_" + g.a(24), type: "function", function: { name: "read_file", arguments: JSON.stringify({ path: "src/db.ts" }) } }] }, finish_reason: "tool_calls" }] })],
  ["Anthropic messages response with tool_use", JSON.stringify({ id: P("ms", "g_") + "01" + g.a(22), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: P("to", "olu_") + "01" + g.a(22), name: "bash", input: { command: "git rev-parse HEAD" } }], stop_reason: "tool_use", usage: { input_tokens: 812, output_tokens: 44 } })],
  ["data URI PNG in CSS", `.logo {\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAB${g.b64(900)}=");\n}\n`],
  ["minified JS bundle excerpt", `!function(e,t){"use strict";var n="${g.a(40)}",r=function(e){return e.replace(/[A-Z]/g,"-$&")};e.__chunk_${g.h(8)}=function(){return{h:"${g.h(20)}",m:"${g.b64u(32)}",r:r}}}(window,document);\n//# sourceMappingURL=main.${g.h(20)}.js.map\n`],
  ["CSS modules / emotion class hashes in HTML", `<div class="Header_root__${g.b64u(5)} css-${g.l(7)} sc-${g.a(6)}"><nav class="Nav_link__${g.b64u(5)} _${g.a(6)}_${g.l(5)}">Home</nav></div>`],
  ["terraform plan excerpt (sensitive masked, ids)", `  # aws_db_instance.orders will be updated in-place\n  ~ resource "aws_db_instance" "orders" {\n        id                  = "db-${g.u(26)}"\n        arn                 = "arn:aws:rds:eu-west-1:${g.d(12)}:db:orders"\n      ~ password            = (sensitive value)\n        kms_key_id          = "arn:aws:kms:eu-west-1:${g.d(12)}:key/${g.uuid()}"\n    }\n`],
  ["aws sts get-caller-identity output", JSON.stringify({ UserId: P("AI", "DA") + g.b32(17), Account: g.d(12), Arn: `arn:aws:iam::${g.d(12)}:user/ci-deployer` }, null, 4)],
  ["Ethereum tx receipt JSON", JSON.stringify({ jsonrpc: "2.0", id: 1, result: { transactionHash: "0x" + g.h(64), blockHash: "0x" + g.h(64), blockNumber: "0x" + g.h(7), from: "0x" + g.h(40), to: "0x" + g.h(40), status: "0x1", logsBloom: "0x" + "0".repeat(200) + g.h(56) } })],
  ["OTLP span export JSON", JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: g.h(32), spanId: g.h(16), parentSpanId: g.h(16), name: "POST /checkout", startTimeUnixNano: String(g.ts()) + "000000000", attributes: [{ key: "http.request.header.x-request-id", value: { stringValue: g.uuid() } }] }] }] }] })],
  ["HTTP response headers (ETag, cf-ray, x-amz ids)", `HTTP/2 200\ncontent-type: application/json\netag: W/"${g.h(40)}"\ncf-ray: ${g.h(16)}-AMS\nx-amz-request-id: ${g.u(16)}\nx-amz-id-2: ${g.b64(76)}\nx-request-id: ${g.uuid()}\n`],
  [".env.example with placeholders", `# copy to .env and fill in\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=your-anthropic-key\nSTRIPE_SECRET_KEY=${P("sk", "_live_")}...\nDATABASE_URL=postgres://user:password@localhost:5432/app\nAWS_ACCESS_KEY_ID=<aws-access-key-id>\nAWS_SECRET_ACCESS_KEY=<aws-secret-access-key>\n`],
  ["GitHub Actions workflow with secrets refs + OIDC role", `jobs:\n  deploy:\n    permissions:\n      id-token: write\n    steps:\n      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          role-to-assume: arn:aws:iam::${g.d(12)}:role/gha-oidc\n          aws-region: eu-west-1\n      - run: ./deploy.sh\n        env:\n          STRIPE_SECRET_KEY: \${{ secrets.STRIPE_SECRET_KEY }}\n          SLACK_WEBHOOK_URL: \${{ secrets.SLACK_WEBHOOK_URL }}\n`],
  ["ExternalSecret manifest (remote refs)", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: payments\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/payments/stripe\n        property: secret_key\n`],
  [".gitconfig with signing key id", `[user]\n\tname = Maria Dev\n\temail = maria@example.com\n\tsigningkey = ${g.H(16)}\n[commit]\n\tgpgsign = true\n[gpg \"ssh\"]\n\tallowedSignersFile = ~/.config/git/allowed_signers\n`],
  ["CI log with masked values", `${g.iso()} Run ./scripts/release.sh\n${g.iso()}   env:\n${g.iso()}     NPM_TOKEN: ***\n${g.iso()}     GITHUB_TOKEN: ***\n${g.iso()} Published @acme/ui@3.2.0 (integrity sha512-${g.raw64(64)})\n`],
  ["OAuth authorize URL with PKCE challenge + state", `https://auth.example.com/authorize?response_type=code&client_id=${g.a(32)}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&code_challenge=${g.raw64url(32)}&code_challenge_method=S256&state=${g.h(32)}&nonce=${g.h(16)}`],
  ["SQL seed with UUID primary keys", `INSERT INTO tenants (id, slug, plan, created_at) VALUES\n  ('${g.uuid()}', 'acme', 'pro', now()),\n  ('${g.uuid()}', 'globex', 'free', now()),\n  ('${g.uuid()}', 'initech', 'enterprise', now());\n`],
  ["Next.js build manifest ids", JSON.stringify({ buildId: g.b64u(21), pages: { "/_app": [`static/chunks/pages/_app-${g.h(16)}.js`], "/": [`static/chunks/pages/index-${g.h(16)}.js`, `static/css/${g.h(16)}.css`] } }, null, 2)],
];

const handCases = hand.map(([note, text], i) => mk(`y104-bk-${String(i + 1).padStart(3, "0")}`, CAT, "benign", text, `benign handcrafted: ${note}`));

export const cases: CorpusCase[] = [...rotated, ...handCases];
