// Hard look-alikes that are not secrets as text, through the same renderers, plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { build, Gen, S, type Spec } from "./_gen.ts";

const B = (p: string, env: string, mk: Spec["mk"], hdr?: string, url = false): Spec =>
  S("benign", p, env, mk, { hdr: hdr ?? "X-" + env.toLowerCase().split("_").map((w) => w[0]!.toUpperCase() + w.slice(1)).join("-"), url });
const CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const BECH = "023456789acdefghjklmnpqrstuvwxyz";

export const specs: Spec[] = [
  B("git commit SHA", "GIT_COMMIT_SHA", (g) => g.h(40), "X-Commit-Sha"),
  B("OCI image digest", "IMAGE_DIGEST", (g) => "sha256:" + g.h(64), "Docker-Content-Digest"),
  B("request id (UUID)", "REQUEST_ID", (g) => g.uuid(), "X-Request-Id"),
  B("W3C traceparent", "TRACEPARENT", (g) => `00-${g.h(32)}-${g.h(16)}-01`, "traceparent"),
  B("Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => "cu" + "s_" + g.a(14)),
  B("Stripe price id", "STRIPE_PRICE_ID", (g) => "price" + "_1" + g.a(23)),
  B("Stripe connected account id", "STRIPE_ACCOUNT_ID", (g) => "ac" + "ct_1" + g.a(15), "Stripe-Account"),
  B("OpenAI chat completion id", "COMPLETION_ID", (g) => "chat" + "cmpl-" + g.a(29)),
  B("Anthropic message id", "ANTHROPIC_MESSAGE_ID", (g) => "msg" + "_01" + g.a(22)),
  B("OpenAI organization id", "OPENAI_ORG_ID", (g) => "or" + "g-" + g.a(24), "OpenAI-Organization"),
  B("Azure tenant id", "AZURE_TENANT_ID", (g) => g.uuid()),
  B("Azure subscription id", "AZURE_SUBSCRIPTION_ID", (g) => g.uuid()),
  B("AWS IAM role ARN", "AWS_ROLE_ARN", (g) => `arn:aws:iam::${g.d(12)}:role/${g.word()}-deploy`),
  B("Subresource Integrity hash", "SCRIPT_INTEGRITY", (g) => "sha384-" + g.rawB64(48)),
  B("npm lockfile integrity", "PACKAGE_INTEGRITY", (g) => "sha512-" + g.rawB64(64)),
  B("go.sum module hash", "MODULE_HASH", (g) => "h1:" + g.rawB64(32)),
  B("HTTP ETag", "CACHED_ETAG", (g) => `W/"${g.h(32)}"`, "If-None-Match"),
  B("GitHub webhook HMAC signature header", "DELIVERY_SIGNATURE", (g) => "sha256=" + g.h(64), "X-Hub-Signature-256"),
  B("MongoDB ObjectId", "ORDER_OBJECT_ID", (g) => g.h(24)),
  B("ULID", "EVENT_ULID", (g) => "01J" + g.str(23, CROCK)),
  B("Discord guild id", "DISCORD_GUILD_ID", (g) => g.d(19)),
  B("Slack channel id", "SLACK_CHANNEL_ID", (g) => "C0" + g.u(9)),
  B("SSH host key fingerprint", "SSH_HOST_FINGERPRINT", (g) => "SHA256:" + g.rawB64(32).replace(/=+$/, "")),
  B("GPG key fingerprint", "GPG_FINGERPRINT", (g) => g.H(40)),
  B("Ethereum wallet address (public)", "TREASURY_ADDRESS", (g) => "0x" + g.h(40)),
  B("Ethereum transaction hash", "DEPLOY_TX_HASH", (g) => "0x" + g.h(64)),
  B("IPFS CID", "ASSET_CID", (g) => "bafybei" + g.str(52, "abcdefghijklmnopqrstuvwxyz234567")),
  B("WireGuard peer public key", "WG_PEER_PUBLIC_KEY", (g) => g.rawB64(32)),
  B("age recipient (public key)", "AGE_RECIPIENT", (g) => "age1" + g.str(58, BECH)),
  B("Google OAuth client id", "GOOGLE_CLIENT_ID", (g) => `${g.d(12)}-${g.l(32)}.apps.googleusercontent.com`),
  B("CSP script hash", "CSP_SCRIPT_HASH", (g) => `'sha256-${g.rawB64(32)}'`),
  B("PKCE code_challenge (S256, public)", "CODE_CHALLENGE", (g) => Buffer.from(g.bytes(32)).toString("base64url")),
  B("Idempotency key (UUID)", "IDEMPOTENCY_KEY", (g) => g.uuid(), "Idempotency-Key"),
  B("S3 payload SHA-256", "PAYLOAD_SHA256", (g) => g.h(64), "x-amz-content-sha256"),
  B("Terraform provider lock hash", "PROVIDER_HASH", (g) => "zh:" + g.h(64)),
  B("base64 PNG data URI", "LOGO_DATA_URI", (g) => "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + g.b64(220) + "==", undefined, true),
  B("Sentry event id", "SENTRY_EVENT_ID", (g) => g.h(32)),
  B("Kubernetes object uid", "POD_UID", (g) => g.uuid()),
  B("CloudFront distribution id", "CLOUDFRONT_DISTRIBUTION_ID", (g) => "E" + g.u(13)),
  // references, placeholders, masks and encrypted values in secret-named slots
  B("GitHub Actions secrets reference", "OPENAI_API_KEY", () => "${{ secrets.OPENAI_API_KEY }}"),
  B("HashiCorp Vault path reference", "DB_PASSWORD", (g) => `vault:secret/data/${g.word()}/db#password`),
  B("1Password secret reference", "STRIPE_SECRET_KEY", (g) => `op://Production/${g.word()}-stripe/secret key`),
  B("AWS SSM dynamic reference", "DATABASE_PASSWORD", (g) => `{{resolve:ssm-secure:/prod/${g.word()}/db-password:${g.range(1, 9)}}}`),
  B("Azure Key Vault reference", "SENDGRID_API_KEY", (g) => `@Microsoft.KeyVault(VaultName=kv-${g.word()};SecretName=SendGridApiKey)`),
  B("angle-bracket placeholder", "ANTHROPIC_API_KEY", () => "<your-anthropic-api-key>"),
  B("masked key", "OPENAI_API_KEY", (g) => "sk-" + "proj-" + "*".repeat(24) + g.a(4)),
  B("SOPS-encrypted value", "DB_PASSWORD", (g) => `ENC[AES256_GCM,data:${g.rawB64(18)},iv:${g.rawB64(32)},tag:${g.rawB64(16)},type:str]`),
  B("shell variable interpolation", "SLACK_BOT_TOKEN", () => "${SLACK_BOT_TOKEN:?missing}"),
  B("redacted value", "GITHUB_TOKEN", () => "[REDACTED]"),
  B("Postgres URL without password (IAM auth)", "DATABASE_URL", (g) => `postgres://app_${g.word()}@db.example.com:5432/orders?sslmode=verify-full`, undefined, true),
];

const g = new Gen(0x13421);
const wrap = (s: string) => s.replace(/(.{64})/g, "$1\n").trim();
const pem = (label: string, body: string) => `-----BEGIN ${label}-----\n${wrap(body)}\n-----END ${label}-----`;

const hand: Array<[string, string]> = [
  ["SSH public key in authorized_keys via tool_use", JSON.stringify({ type: "tool_use", id: `toolu_${g.a(24)}`, name: "append_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} ci@runner-${g.range(1, 9)}\n` } })],
  ["RSA SSH public key pasted in chat (German)", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `Bitte diesen Schlüssel auf dem Bastion-Host eintragen:\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(540)} jan@laptop` }] })],
  ["PEM certificate in nginx ssl upload", `curl -X PUT https://lb.example.com/api/certs/www -F "name=www" -F "certificate=${pem("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU" + g.b64(1180))}"`],
  ["PEM public key in JWKS-style config", JSON.stringify({ issuer: "https://auth.example.com", audience: "api", public_key: pem("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + g.b64(348) + "IDAQAB") }, null, 2)],
  ["WireGuard config with only the peer's public key", `[Peer]\nPublicKey = ${g.rawB64(32)}\nAllowedIPs = 10.8.0.0/24\nEndpoint = vpn.example.net:51820\nPersistentKeepalive = 25\n`],
  ["Sealed Secret (encrypted with controller cert)", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-creds\n  namespace: prod\nspec:\n  encryptedData:\n    API_KEY: AgB${g.b64(680)}==\n`],
  ["Ansible Vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${g.h(80)}\n${g.h(80)}\n${g.h(80)}\n${g.h(40)}`],
  ["k8s Deployment with secretKeyRef", `env:\n  - name: STRIPE_SECRET_KEY\n    valueFrom:\n      secretKeyRef:\n        name: stripe-credentials\n        key: secret-key\n  - name: BUILD_SHA\n    value: "${g.h(40)}"\n`],
  ["package-lock.json excerpt", JSON.stringify({ "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.example.org/lodash/-/lodash-4.17.21.tgz", integrity: "sha512-" + g.rawB64(64) } }, null, 2)],
  ["Docker pull output with digests", `latest: Pulling from example/api\n${g.h(12)}: Pull complete\n${g.h(12)}: Pull complete\nDigest: sha256:${g.h(64)}\nStatus: Downloaded newer image for registry.example.com/example/api:latest`],
  ["git log --format with SHAs and GPG key ids", `${g.h(40)} Fix retry budget (Good signature, key ${g.H(16)})\n${g.h(40)} Bump deps\n${g.h(40)} Merge pull request #${g.range(100, 999)}`],
  ["minified JS bundle chunk", `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.p="/static/",n.h="${g.h(20)}"}({"${g.a(6)}":function(e,t){e.exports="${g.b64(60)}"}});`],
];

export const cases: CorpusCase[] = [
  ...build(0x13422, specs, "y134-b", "heldouty134", "benign", 3, 1),
  ...build(0x13423, specs.filter((_, i) => i % 4 !== 1), "y134-b2", "heldouty134", "benign", 24, 1),
  ...hand.map(([note, text], i) => ({ id: `y134-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets" as const, category: "heldouty134-benign", label: "benign" as const, text, note: `handcrafted benign: ${note}` })),
];
