// Benign hard look-alikes: rotated through the same renderers (neutral slot names, no "secret" contexts)
// plus handcrafted files with public keys, certificates, encrypted blobs, references, masks and digests.
import type { CorpusCase } from "../types.ts";
import { BENIGN, Gen, hc, j, rotate, type Spec } from "./_gen.ts";

const ts = 1740000000;
const B = (n: string, p: string, d: string, v: Spec["v"], h?: [string, string, string?], q?: string, u?: boolean): Spec => ({ p, g: "data", n, d, v, ...(h ? { h } : {}), ...(q ? { q } : {}), ...(u ? { u } : {}) });

const specs: Spec[] = [
  B("GIT_COMMIT_SHA", "git", "release commit SHA", (g) => g.hex(40), ["X-Git-Sha", ""], "commit"),
  B("IMAGE_DIGEST", "OCI registry", "image digest", (g) => `sha256:${g.hex(64)}`, ["Docker-Content-Digest", ""], "digest"),
  B("BUILD_ID", "CI", "build id", (g) => g.uuid(), ["X-Build-Id", ""], "build"),
  B("TRACEPARENT", "W3C trace context", "traceparent", (g) => `00-${g.hex(32)}-${g.hex(16)}-01`, ["traceparent", ""], "trace"),
  B("STRIPE_PUBLISHABLE_KEY", "Stripe", "publishable key", (g) => j("pk", "_live_", "51", g.an(97)), ["X-Stripe-Publishable-Key", ""], "publishable_key"),
  B("CLERK_PUBLISHABLE_KEY", "Clerk", "publishable key", () => j("pk", "_live_", Buffer.from("clerk.example.com$").toString("base64")), ["X-Clerk-Publishable-Key", ""], "publishable_key"),
  B("PAYSTACK_PUBLIC_KEY", "Paystack", "public key", (g) => j("pk", "_live_", g.hex(40)), ["X-Paystack-Public-Key", ""], "public_key"),
  B("DEPLOY_SSH_PUBLIC_KEY", "OpenSSH", "deploy public key", (g) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} deploy@ci`, undefined, undefined, true),
  B("WG_PEER_PUBLIC_KEY", "WireGuard", "peer public key", (g) => g.rawB64(32), ["X-Peer-Public-Key", ""], "peer_public_key"),
  B("AGE_RECIPIENT", "age", "age recipient", (g) => `age1${g.bech(58)}`, ["X-Age-Recipient", ""], "recipient"),
  B("NOSTR_PUBKEY", "Nostr", "npub", (g) => `npub1${g.bech(58)}`, ["X-Nostr-Pubkey", ""], "npub"),
  B("TREASURY_ADDRESS", "Ethereum", "treasury address", (g) => `0x${g.hex(40)}`, ["X-Wallet-Address", ""], "address"),
  B("LAST_TX_HASH", "Ethereum", "transaction hash", (g) => `0x${g.hex(64)}`, ["X-Tx-Hash", ""], "tx"),
  B("BTC_PAYOUT_ADDRESS", "Bitcoin", "payout address", (g) => `bc1q${g.bech(38)}`, ["X-Payout-Address", ""], "address"),
  B("ASSET_CID", "IPFS", "content id", (g) => `bafybei${g.str(52, "abcdefghijklmnopqrstuvwxyz234567")}`, ["X-Ipfs-Cid", ""], "cid"),
  B("SCRIPT_INTEGRITY", "SRI", "subresource integrity hash", (g) => `sha384-${g.rawB64(48)}`, ["X-Integrity", ""], "integrity"),
  B("LOCK_INTEGRITY", "npm lockfile", "package integrity", (g) => `sha512-${g.rawB64(64)}`, ["X-Integrity", ""], "integrity"),
  B("GO_SUM_HASH", "Go modules", "go.sum hash", (g) => `h1:${g.rawB64(32)}`, ["X-Module-Hash", ""], "h"),
  B("NIX_OUTPUT_HASH", "Nix", "fixed-output hash", (g) => `sha256-${g.rawB64(32)}`, ["X-Nar-Hash", ""], "hash"),
  B("CRATE_CHECKSUM", "Cargo.lock", "crate checksum", (g) => g.hex(64), ["X-Checksum-Sha256", ""], "checksum"),
  B("CONTAINER_ID", "Docker", "container id", (g) => g.hex(64), ["X-Container-Id", ""], "container"),
  B("POD_UID", "Kubernetes", "pod uid", (g) => g.uuid(), ["X-Pod-Uid", ""], "uid"),
  B("COMPLETION_ID", "OpenAI", "chat completion id", (g) => `chatcmpl-${g.an(29)}`, ["X-Completion-Id", ""], "completion_id"),
  B("UPLOADED_FILE_ID", "OpenAI", "file id", (g) => `file-${g.an(22)}`, ["X-File-Id", ""], "file_id"),
  B("ASSISTANT_ID", "OpenAI", "assistant id", (g) => `asst_${g.an(24)}`, ["OpenAI-Assistant", ""], "assistant_id"),
  B("LAST_MESSAGE_ID", "Anthropic", "message id", (g) => `msg_01${g.an(22)}`, ["X-Message-Id", ""], "message_id"),
  B("TOOL_USE_ID", "Anthropic", "tool_use id", (g) => `toolu_01${g.an(22)}`, ["X-Tool-Use-Id", ""], "tool_use_id"),
  B("STRIPE_CUSTOMER_ID", "Stripe", "customer id", (g) => `cus_${g.an(14)}`, ["X-Customer", ""], "customer"),
  B("PAYMENT_INTENT_ID", "Stripe", "payment intent id", (g) => `pi_3${g.an(23)}`, ["X-Payment-Intent", ""], "payment_intent"),
  B("STRIPE_EVENT_ID", "Stripe", "event id", (g) => `evt_1${g.an(23)}`, ["X-Event-Id", ""], "event"),
  B("ALERTS_CHANNEL_ID", "Slack", "channel id", (g) => `C0${g.up(9)}`, ["X-Slack-Channel", ""], "channel"),
  B("DISCORD_GUILD_ID", "Discord", "guild id", (g) => g.dig(19), ["X-Guild-Id", ""], "guild_id"),
  B("TELEGRAM_CHAT_ID", "Telegram", "chat id", (g) => `-100${g.dig(10)}`, ["X-Chat-Id", ""], "chat_id"),
  B("GITHUB_NODE_ID", "GitHub", "GraphQL node id", (g) => Buffer.from(`04:User${g.dig(8)}`).toString("base64"), ["X-Node-Id", ""], "node_id"),
  B("DEPLOY_ROLE_ARN", "AWS IAM", "role ARN", (g) => `arn:aws:iam::${g.dig(12)}:role/github-actions-deploy`, ["X-Role-Arn", ""], "role_arn"),
  B("GOOGLE_OAUTH_CLIENT_ID", "Google OAuth", "OAuth client id", (g) => `${g.dig(12)}-${g.lo(32)}.apps.googleusercontent.com`, ["X-Client-Id", ""], "client_id"),
  B("AZURE_TENANT_ID", "Entra ID", "tenant id", (g) => g.uuid(), ["X-Tenant-Id", ""], "tenant"),
  B("SENTRY_EVENT_ID", "Sentry", "event id", (g) => g.hex(32), ["X-Sentry-Event", ""], "event_id"),
  B("CF_RAY", "Cloudflare", "ray id", (g) => `${g.hex(16)}-FRA`, ["CF-Ray", ""], "ray"),
  B("RELEASE_GPG_FINGERPRINT", "GnuPG", "signing key fingerprint", (g) => g.HEX(40), ["X-Gpg-Fingerprint", ""], "fingerprint"),
  B("CERT_THUMBPRINT", "X.509", "certificate thumbprint", (g) => g.HEX(40), ["X-Cert-Thumbprint", ""], "thumbprint"),
  B("ORDER_OBJECT_ID", "MongoDB", "ObjectId", (g) => g.hex(24), ["X-Order-Id", ""], "order_id"),
  B("JOB_ULID", "queue", "job ULID", (g) => `01${g.str(24, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")}`, ["X-Job-Id", ""], "job"),
  B("TF_STATE_LINEAGE", "Terraform", "state lineage", (g) => g.uuid(), ["X-Lineage", ""], "lineage"),
  B("CACHED_ETAG", "HTTP", "ETag", (g) => `"${g.hex(32)}"`, ["If-None-Match", ""], "etag"),
  B("BODY_MD5", "HTTP", "Content-MD5", (g) => g.rawB64(16), ["Content-MD5", ""], "md5"),
  B("PAYLOAD_SHA256", "S3", "payload hash", (g) => g.hex(64), ["x-amz-content-sha256", ""], "sha256"),
  B("GITHUB_RUN_ID", "GitHub Actions", "run id", (g) => g.dig(11), ["X-Run-Id", ""], "run_id"),
  B("PKCE_CODE_CHALLENGE", "OAuth PKCE", "code challenge", (g) => g.b64u(43), ["X-Code-Challenge", ""], "code_challenge"),
  B("DELIVERY_SIGNATURE", "GitHub webhooks", "delivery signature", (g) => `sha256=${g.hex(64)}`, ["X-Hub-Signature-256", ""], "signature"),
  B("STRIPE_EVENT_SIGNATURE", "Stripe webhooks", "signature header", (g) => `t=${ts},v1=${g.hex(64)}`, ["Stripe-Signature", ""], "sig"),
  B("SLACK_REQUEST_SIGNATURE", "Slack", "request signature", (g) => `v0=${g.hex(64)}`, ["X-Slack-Signature", ""], "sig"),
  B("SSH_HOST_FINGERPRINT", "OpenSSH", "host key fingerprint", (g) => `SHA256:${g.rawB64(32).replace(/=+$/, "")}`, ["X-Host-Fingerprint", ""], "fingerprint"),
  B("ANDROID_CERT_SHA1", "Android", "signing cert SHA-1", (g) => Array.from(g.bytes(20), (b) => b.toString(16).toUpperCase().padStart(2, "0")).join(":"), ["X-Cert-Sha1", ""], "sha1"),
  B("APPLE_TEAM_ID", "Apple", "team id", (g) => g.up(10), ["X-Team-Id", ""], "team"),
  B("SOLANA_PROGRAM_ID", "Solana", "program id", (g) => g.b58(44), ["X-Program-Id", ""], "program"),
  B("LFS_OBJECT_OID", "Git LFS", "object oid", (g) => `sha256:${g.hex(64)}`, ["X-Lfs-Oid", ""], "oid"),
  B("MAIN_BUNDLE", "webpack", "hashed asset path", (g) => `static/js/main.${g.hex(8)}.${g.hex(20)}.js`, ["X-Asset", ""], "asset"),
  B("DD_TRACE_ID", "Datadog APM", "trace id", (g) => g.dig(19), ["x-datadog-trace-id", ""], "trace_id"),
  B("VAPID_PUBLIC_KEY", "Web Push", "VAPID public key", (g) => `B${g.b64u(86)}`, ["X-Vapid-Public-Key", ""], "applicationServerKey"),
  B("JWKS_KID", "JWKS", "key id (thumbprint)", (g) => g.b64u(43), ["X-Kid", ""], "kid"),
  B("STRIPE_REQUEST_ID", "Stripe", "request id", (g) => `req_${g.an(14)}`, ["Request-Id", ""], "request_id"),
  B("OPENAI_ORG_ID", "OpenAI", "organization id", (g) => `org-${g.an(24)}`, ["OpenAI-Organization", ""], "organization"),
  B("OPENAI_PROJECT_ID", "OpenAI", "project id", (g) => `proj_${g.an(24)}`, ["OpenAI-Project", ""], "project"),
  B("FIREBASE_APP_ID", "Firebase", "app id", (g) => `1:${g.dig(12)}:web:${g.hex(22)}`, ["X-Firebase-App", ""], "app_id"),
  B("NPM_SHASUM", "npm", "tarball shasum", (g) => g.hex(40), ["X-Shasum", ""], "shasum"),
  B("BASE_IMAGE", "Docker", "pinned base image", (g) => `node:20-alpine@sha256:${g.hex(64)}`, undefined, undefined, true),
  B("CHECKOUT_SESSION_ID", "Stripe", "checkout session id", (g) => `cs_live_${g.an(58)}`, ["X-Checkout-Session", ""], "session_id"),
];

const rotated = rotate({ specs, seed: 139004, idPrefix: "y139-b", category: () => BENIGN, label: "benign", offset: 5 });

// ---- handcrafted benign
const g = new Gen(139005);
const J = (o: unknown) => JSON.stringify(o);
let n = 0;
const out: CorpusCase[] = [];
const add = (text: string, note: string) => out.push(hc(`y139-bk-${String(++n).padStart(3, "0")}`, BENIGN, "benign", text, note));
const BEGIN = (l: string) => `-----BEGIN ${l}-----`;
const END = (l: string) => `-----END ${l}-----`;
const DER: Record<string, string> = { CERTIFICATE: "MIIFazCCA1OgAwIBAgIR", "PUBLIC KEY": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" };
const pemOf = (label: string, bytes: number) => `${BEGIN(label)}\n${DER[label] ? g.pemPrefixed(DER[label]!, bytes) : g.pemBody(bytes)}\n${END(label)}\n`;

add(
  J({ model: "gpt-4o", messages: [{ role: "user", content: `nginx says "certificate verify failed", chain below:\n\n${pemOf("CERTIFICATE", 1300)}${pemOf("CERTIFICATE", 1100)}\nssl_certificate /etc/nginx/tls/fullchain.pem;` }] }),
  "PEM certificate chain (public) — openai chat body",
);
add(
  J({ type: "tool_use", id: `toolu_01${g.an(22)}`, name: "write_file", input: { path: "config/jwt_public.pem", content: pemOf("PUBLIC KEY", 294) } }),
  "SPKI public key PEM for JWT verification — anthropic tool_use write_file",
);
add(
  J({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} alice@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(512)} build@ci\necdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${g.b64(86)}= bob@desk\n` }] } }),
  "authorized_keys (SSH public keys) — MCP read_file result",
);
add(
  J({ body: `Release artifacts are signed with this key:\n\n${BEGIN("PGP PUBLIC KEY BLOCK")}\n\n${g.pemPrefixed("mQINBGX", 1200)}\n=${g.b64(4)}\n${END("PGP PUBLIC KEY BLOCK")}` }),
  "PGP public key block — GitHub issue comment",
);
add(
  J2({ keys: [{ kty: "RSA", use: "sig", alg: "RS256", kid: g.b64u(43), n: g.rawB64u(256), e: "AQAB" }, { kty: "EC", crv: "P-256", use: "sig", kid: g.b64u(43), x: g.rawB64u(32), y: g.rawB64u(32) }] }),
  "public JWKS (RSA n/e, EC x/y, no private members) — raw JSON",
);
function J2(o: unknown) {
  return JSON.stringify(o, null, 2);
}
{
  const enc = (len: number) => `ENC[AES256_GCM,data:${g.rawB64(len)},iv:${g.rawB64(32)},tag:${g.rawB64(16)},type:str]`;
  add(
    J({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: `Is this sops file layout right?\n\nstripe_secret_key: ${enc(80)}\ndatabase_password: ${enc(24)}\nsops:\n    age:\n        - recipient: age1${g.bech(58)}\n          enc: |\n            ${BEGIN("AGE ENCRYPTED FILE")}\n            ${g.rawB64(48)}\n            ${END("AGE ENCRYPTED FILE")}\n    lastmodified: "2025-03-01T10:00:00Z"\n    mac: ENC[AES256_GCM,data:${g.rawB64(48)},iv:${g.rawB64(32)},tag:${g.rawB64(16)},type:str]\n    version: 3.9.1\n` }] }),
    "SOPS-encrypted values (ENC[AES256_GCM…]) under secret-named keys — anthropic messages body",
  );
}
add(
  J({ model: "gpt-4o", messages: [{ role: "user", content: `ansible-vault view works locally but not in CI:\n\ndb_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n          ${g.hex(80)}\n          ${g.hex(80)}\n          ${g.hex(80)}\n          ${g.hex(40)}\n` }] }),
  "Ansible Vault encrypted variable — openai chat body",
);
add(
  J({ jsonrpc: "2.0", id: 14, method: "tools/call", params: { name: "kubectl_apply", arguments: { manifest: `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: Ag${g.b64(700)}==\n    DATABASE_URL: Ag${g.b64(700)}==\n` } } }),
  "SealedSecret encryptedData (asymmetrically encrypted) — MCP kubectl_apply call",
);
add(
  J({ channel: `C0${g.up(9)}`, text: `encrypted the handover notes for you:\n\`\`\`\n${BEGIN("PGP MESSAGE")}\n\n${g.pemBody(600)}\n=${g.b64(4)}\n${END("PGP MESSAGE")}\n\`\`\`` }),
  "PGP-encrypted message — Slack chat.postMessage",
);
add(
  J({ type: "tool_use", id: `toolu_01${g.an(22)}`, name: "write_file", input: { path: "secrets/prod.env.age", content: pemOf("AGE ENCRYPTED FILE", 400) } }),
  "age-encrypted file (armored) — anthropic tool_use write_file",
);
add(
  J({ title: "chore: add env template", head: "chore/env-example", base: "main", body: "Adds a template.\n\n```env\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your-anthropic-key>\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app\nSLACK_BOT_TOKEN=xoxb-your-bot-token\nGITHUB_TOKEN=\n```" }),
  ".env.example placeholders (sk-..., <your-…>, xxxx, USER:PASSWORD) — GitHub PR create body",
);
add(
  J({ message: "ci: deploy workflow", content: Buffer.from("jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n    steps:\n      - uses: actions/checkout@v4\n").toString("base64") }),
  "GitHub Actions ${{ secrets.* }} references — contents API body (base64)",
);
add(
  `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: orders\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: DATABASE_PASSWORD\n      remoteRef:\n        key: prod/orders/db\n        property: password\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: arn:aws:secretsmanager:eu-west-1:${g.dig(12)}:secret:prod/stripe-${g.an(6)}\n`,
  "ExternalSecret remoteRef references to a secret store — raw manifest",
);
add(
  J({ model: "gpt-4o-mini", messages: [{ role: "user", content: "compose refuses to start:\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}\n  api:\n    environment:\n      DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app\n      JWT_SECRET: ${JWT_SECRET}\n" }] }),
  "docker-compose ${VAR} interpolation in secret slots — openai chat body",
);
add(
  J({ type: "tool_use", id: `toolu_01${g.an(22)}`, name: "bash", input: { command: "cat > .env.tpl <<'EOF'\nDATABASE_PASSWORD=op://Prod/orders-db/password\nSTRIPE_SECRET_KEY=op://Prod/stripe/credential\nSENTRY_AUTH_TOKEN=op://Prod/sentry/token\nEOF\nop run --env-file=.env.tpl -- npm start" } }),
  "1Password op:// secret references — anthropic bash tool_use",
);
add(
  J2({ properties: { siteConfig: { appSettings: [{ name: "DbPassword", value: "@Microsoft.KeyVault(VaultName=kv-orders-prod;SecretName=DbPassword)" }, { name: "StripeSecretKey", value: "@Microsoft.KeyVault(VaultName=kv-orders-prod;SecretName=StripeSecretKey;SecretVersion=" + g.hex(32) + ")" }] } } }),
  "Azure Key Vault references in App Service settings — ARM PATCH body",
);
add(
  J({ body: `env is configured, output of \`vercel env ls\`:\n\`\`\`\n name                     value        environments\n STRIPE_SECRET_KEY        Encrypted    Production\n OPENAI_API_KEY           Encrypted    Production, Preview\n DATABASE_URL             Encrypted    Production\n\`\`\`\nand the dashboard shows sk_live_••••••••••••••••${g.an(4)} for Stripe.` }),
  "masked/encrypted listing (Encrypted, sk_live_••••) — issue comment body",
);
add(
  [
    `2025-05-02T10:11:12Z INFO  auth: using token ghp_****************************${g.an(4)}`,
    "2025-05-02T10:11:12Z INFO  db: connecting to postgres://app:********@db.example.com:5432/app",
    "2025-05-02T10:11:13Z DEBUG headers: {'Authorization': '[REDACTED]', 'X-Api-Key': '<redacted>'}",
    "",
  ].join("\n"),
  "redacted/masked credentials in log lines — log upload body",
);
add(
  J({ model: "gpt-4o", messages: [{ role: "user", content: `Why does plan want to replace this?\n\n  # aws_db_instance.main must be replaced\n-/+ resource "aws_db_instance" "main" {\n      ~ password            = (sensitive value)\n      ~ master_user_secret  = [] -> (known after apply)\n      ~ id                  = "db-${g.up(26)}" -> (known after apply)\n        # (21 unchanged attributes hidden)\n    }` }] }),
  "terraform plan with (sensitive value) and resource ids — openai chat body",
);
{
  const pkgs = ["react", "react-dom", "scheduler", "loose-envify"];
  const lock = Object.fromEntries(pkgs.map((p) => [`node_modules/${p}`, { version: `18.${g.int(4)}.${g.int(9)}`, resolved: `https://registry.npmjs.org/${p}/-/${p}-18.3.1.tgz`, integrity: `sha512-${g.rawB64(64)}` }]));
  add(J({ type: "tool_use", id: `toolu_01${g.an(22)}`, name: "str_replace_based_edit_tool", input: { command: "view", path: "package-lock.json", view_range: [1, 40] }, result: J2({ lockfileVersion: 3, packages: lock }) }), "package-lock.json integrity hashes — tool_use payload");
}
add(
  Array.from({ length: 6 }, () => {
    const m = g.pick(["github.com/google/uuid", "golang.org/x/net", "github.com/stretchr/testify", "go.uber.org/zap", "github.com/spf13/cobra"]);
    return `${m} v1.${g.int(20)}.${g.int(9)} h1:${g.rawB64(32)}\n${m} v1.${g.int(20)}.${g.int(9)}/go.mod h1:${g.rawB64(32)}`;
  }).join("\n") + "\n",
  "go.sum module hashes — raw file upload",
);
add(
  J({ contents: [{ role: "user", parts: [{ text: `cargo says checksum changed for these:\n\n[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n` }] }] }),
  "Cargo.lock checksums — Gemini generateContent body",
);
add(
  `${g.hex(64)}  toolkit-linux-amd64.tar.gz\n${g.hex(64)}  toolkit-linux-arm64.tar.gz\n${g.hex(64)}  toolkit-darwin-arm64.tar.gz\n${g.hex(64)}  toolkit-windows-amd64.zip\n`,
  "SHA256SUMS release file — release asset upload body",
);
add(
  J({ role: "user", content: [{ type: "tool_result", tool_use_id: `toolu_01${g.an(22)}`, content: `commit ${g.hex(40)}\ngpgsig ${BEGIN("PGP SIGNATURE")}\n \n ${g.pemBody(400).split("\n").join("\n ")}\n =${g.b64(4)}\n ${END("PGP SIGNATURE")}\nAuthor: Dana <dana@example.com>\nDate:   Tue Apr 1 10:00:00 2025 +0200\n\n    fix: retry on 429\n\ncommit ${g.hex(40)}\nMerge: ${g.hex(7)} ${g.hex(7)}\n` }] }),
  "git log --show-signature output (commit SHAs, PGP signature) — anthropic tool_result",
);
add(
  J({ jsonrpc: "2.0", id: 21, result: { content: [{ type: "text", text: J2([{ Id: `sha256:${g.hex(64)}`, RepoTags: ["registry.example.com/api:1.14.2"], RepoDigests: [`registry.example.com/api@sha256:${g.hex(64)}`], Created: "2025-04-30T09:12:44Z", Config: { Env: ["PATH=/usr/local/bin:/usr/bin", "NODE_VERSION=20.12.2"] } }]) }] } }),
  "docker image inspect (image id, repo digests) — MCP tool result",
);
add(
  J({ model: "gpt-4o", messages: [{ role: "user", content: `Why is this logo blurry?\n<img alt="logo" width="32" height="32" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64(600)}AAAAAElFTkSuQmCC">` }] }),
  "base64 PNG data URI — openai chat body",
);
add(
  `Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-${g.rawB64(32)}' 'sha256-${g.rawB64(32)}'; style-src 'self' 'sha384-${g.rawB64(48)}'; report-uri https://csp.example.com/r/${g.hex(24)}\r\n`,
  "CSP header with script hashes — raw response header sent back in a bug report",
);
add(
  J({ id: `chatcmpl-${g.an(29)}`, object: "chat.completion", created: ts, model: "gpt-4o-2024-08-06", system_fingerprint: `fp_${g.hex(10)}`, choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3, total_tokens: 815 } }),
  "OpenAI completion response JSON (ids, system_fingerprint) echoed into a log sink",
);
add(
  J({ id: `evt_1${g.an(23)}`, object: "event", type: "payment_intent.succeeded", livemode: true, data: { object: { id: `pi_3${g.an(23)}`, object: "payment_intent", amount: 4200, currency: "eur", customer: `cus_${g.an(14)}`, latest_charge: `ch_3${g.an(23)}`, payment_method: `pm_1${g.an(23)}` } }, request: { id: `req_${g.an(14)}`, idempotency_key: g.uuid() } }),
  "Stripe webhook event body (evt_/pi_/cus_/ch_/pm_ ids, idempotency key) — forwarded to an internal queue",
);
add(
  `<EntityDescriptor entityID="https://sso.example.com/saml" xmlns="urn:oasis:names:tc:SAML:2.0:metadata">\n  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">\n    <KeyDescriptor use="signing">\n      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">\n        <ds:X509Data><ds:X509Certificate>MIIC${g.rawB64(780).slice(4)}</ds:X509Certificate></ds:X509Data>\n      </ds:KeyInfo>\n    </KeyDescriptor>\n  </IDPSSODescriptor>\n</EntityDescriptor>\n`,
  "SAML IdP metadata X509Certificate (public) — raw XML upload",
);
add(
  J({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: `Das Secret existiert, aber der Pod findet es nicht:\n\nenv:\n  - name: DATABASE_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: orders-db\n        key: password\n  - name: GIT_SHA\n    value: "${g.hex(40)}"\n` }] }),
  "k8s secretKeyRef reference plus a git SHA — anthropic messages body (prose: de)",
);

export const cases: CorpusCase[] = [...rotated, ...out];
