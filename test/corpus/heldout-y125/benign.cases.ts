// Benign look-alikes: ids, digests, public keys, references, placeholders, masks, encrypted blobs.
// Rotated ones sit in slots whose names do not claim a secret; handcrafted ones below.
import type { CorpusCase } from "../types.ts";
import { Gen, type Spec, hc, renderAll, b64 } from "./_gen.ts";

const B = (id: string, provider: string, env: string, make: (g: Gen) => string, header: string | null = null): Spec => ({ id, group: "saas", provider, env, make, header });
const CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const specs: Spec[] = [
  B("git-sha", "git commit SHA", "GIT_COMMIT_SHA", (g) => g.h(40)),
  B("image-digest", "container image digest", "IMAGE_DIGEST", (g) => "sha256:" + g.h(64)),
  B("build-id", "CI build id (UUID)", "BUILD_ID", (g) => g.uuid()),
  B("trace-id", "W3C trace id", "TRACE_ID", (g) => g.h(32), "X-Trace-Id: "),
  B("request-id", "request id", "REQUEST_ID", (g) => g.uuid(), "X-Request-Id: "),
  B("stripe-cus", "Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => "cus" + "_" + g.a(14)),
  B("stripe-price", "Stripe price id", "STRIPE_PRICE_ID", (g) => "price" + "_1" + g.a(23)),
  B("stripe-pk", "Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (g) => "pk" + "_live_51" + g.a(97)),
  B("openai-org", "OpenAI organization id", "OPENAI_ORG_ID", (g) => "org-" + g.a(24)),
  B("openai-proj-id", "OpenAI project id", "OPENAI_PROJECT_ID", (g) => "proj" + "_" + g.a(24)),
  B("openai-asst", "OpenAI assistant id", "ASSISTANT_ID", (g) => "asst" + "_" + g.a(24)),
  B("anthropic-msg", "Anthropic message id", "LAST_MESSAGE_ID", (g) => "msg" + "_01" + g.a(22)),
  B("chatcmpl", "OpenAI completion id", "COMPLETION_ID", (g) => "chatcmpl-" + g.a(29)),
  B("vercel-prj", "Vercel project id", "VERCEL_PROJECT_ID", (g) => "prj" + "_" + g.a(28)),
  B("vercel-team", "Vercel team id", "VERCEL_ORG_ID", (g) => "team" + "_" + g.a(24)),
  B("sentry-event", "Sentry event id", "SENTRY_EVENT_ID", (g) => g.h(32)),
  B("azure-tenant", "Azure tenant id", "AZURE_TENANT_ID", (g) => g.uuid()),
  B("aws-role", "AWS IAM role ARN", "AWS_ROLE_ARN", (g) => "arn:aws:iam::" + g.d(12) + ":role/github-actions-deploy"),
  B("gcp-number", "GCP project number", "GOOGLE_CLOUD_PROJECT_NUMBER", (g) => g.d(12)),
  B("google-client-id", "Google OAuth client id", "GOOGLE_CLIENT_ID", (g) => g.d(12) + "-" + g.l(32) + ".apps.googleusercontent.com"),
  B("auth0-client-id", "Auth0 client id", "AUTH0_CLIENT_ID", (g) => g.a(32)),
  B("slack-channel", "Slack channel id", "SLACK_CHANNEL_ID", (g) => "C0" + g.u(9)),
  B("discord-guild", "Discord guild id", "DISCORD_GUILD_ID", (g) => "1" + g.d(18)),
  B("twilio-mg", "Twilio messaging service SID", "TWILIO_MESSAGING_SERVICE_SID", (g) => "MG" + g.h(32)),
  B("npm-integrity", "npm package integrity", "PACKAGE_INTEGRITY", (g) => "sha512-" + g.raw64(64)),
  B("sri", "subresource integrity hash", "SCRIPT_INTEGRITY", (g) => "sha384-" + g.raw64(48)),
  B("asset-hash", "webpack content hash", "ASSET_HASH", (g) => g.h(20)),
  B("etag", "HTTP ETag", "CACHED_ETAG", (g) => `W/"${g.h(40)}"`, "If-None-Match: "),
  B("cache-key", "CI cache key", "CACHE_KEY", (g) => "node-modules-Linux-" + g.h(64)),
  B("go-sum", "Go module hash", "MODULE_HASH", (g) => "h1:" + g.raw64(32)),
  B("tenant-uuid", "tenant id", "TENANT_ID", (g) => g.uuid()),
  B("pod-uid", "Kubernetes pod UID", "POD_UID", (g) => g.uuid()),
  B("s3-object", "S3 object key", "S3_OBJECT_KEY", (g) => "uploads/2026/03/" + g.uuid() + ".png"),
  B("eth-address", "Ethereum address", "TREASURY_ADDRESS", (g) => "0x" + g.h(40)),
  B("sol-pubkey", "Solana public key", "SOLANA_PUBKEY", (g) => g.b58(44)),
  B("ipfs-cid", "IPFS CID", "IPFS_CID", (g) => "bafy" + g.str(55, "abcdefghijklmnopqrstuvwxyz234567")),
  B("host-fp", "SSH host key fingerprint", "HOST_KEY_FINGERPRINT", (g) => "SHA256:" + g.raw64(32).replace(/=+$/, "")),
  B("gpg-fp", "GPG key fingerprint", "GPG_FINGERPRINT", (g) => g.H(40)),
  B("cert-thumb", "certificate thumbprint", "CERT_THUMBPRINT", (g) => g.H(40)),
  B("android-fp", "Android signing cert SHA-256 fingerprint", "SIGNING_CERT_SHA256", (g) => Array.from({ length: 32 }, () => g.H(2)).join(":")),
  B("hub-signature", "webhook delivery signature", "DELIVERY_SIGNATURE", (g) => "sha256=" + g.h(64), "X-Hub-Signature-256: "),
  B("traceparent", "W3C traceparent", "TRACEPARENT", (g) => "00-" + g.h(32) + "-" + g.h(16) + "-01", "traceparent: "),
  B("object-id", "MongoDB ObjectId", "ORDER_ID", (g) => g.h(24)),
  B("ulid", "ULID event id", "EVENT_ID", (g) => "01J" + g.str(23, CROCK)),
  B("algolia-app", "Algolia application id", "ALGOLIA_APP_ID", (g) => g.u(10)),
  B("supabase-ref", "Supabase project ref", "SUPABASE_PROJECT_REF", (g) => g.lw(20)),
  B("stripe-we", "Stripe webhook endpoint id", "STRIPE_WEBHOOK_ENDPOINT_ID", (g) => "we" + "_1" + g.a(23)),
  B("stripe-pi", "Stripe PaymentIntent id", "LAST_PAYMENT_INTENT", (g) => "pi" + "_3" + g.a(23)),
  B("stripe-acct", "Stripe connected account id", "STRIPE_ACCOUNT_ID", (g) => "acct" + "_1" + g.a(15)),
  B("paypal-order", "PayPal order id", "PAYPAL_ORDER_ID", (g) => g.u(17)),
  B("gh-node", "GitHub GraphQL node id", "PR_NODE_ID", (g) => "PR_kwDO" + g.bu(16)),
  B("shopify-gid", "Shopify product GID", "FEATURED_PRODUCT_GID", (g) => "gid://shopify/Product/" + g.d(13)),
  B("clerk-pk", "Clerk publishable key", "CLERK_PUBLISHABLE_KEY", (g) => "pk" + "_live_" + b64("clerk.example.com$")),
  B("tx-hash", "Ethereum transaction hash", "DEPLOY_TX_HASH", (g) => "0x" + g.h(64)),
  B("ami", "AMI id", "BASE_AMI_ID", (g) => "ami-" + g.h(17)),
  B("kms-arn", "KMS key ARN (a reference, not key material)", "KMS_KEY_ARN", (g) => `arn:aws:kms:eu-west-1:${g.d(12)}:key/${g.uuid()}`),
  B("tf-lock", "Terraform provider lock hash", "PROVIDER_LOCK_HASH", (g) => "zh:" + g.h(64)),
  B("lambda-version", "Lambda code SHA-256", "CODE_SHA256", (g) => g.raw64(32)),
];

const rotated = renderAll(0x125b0004, specs, "y125-b", "benign", 3);

// ---------------- handcrafted ----------------
const g = new Gen(0x125b0005);
const hand: CorpusCase[] = [];
let n = 0;
const add = (text: string, note: string) => {
  n++;
  hand.push(hc(`y125-bk-${String(n).padStart(3, "0")}`, "benign", "benign", text, note));
};
const chat = (user: string) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: user }] });
const toolWrite = (path: string, content: string) =>
  JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "assistant", content: [{ type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path, content } }] }] });
const pemBlock = (label: string, prefix: string, n: number) => {
  const body = (prefix + g.b(n)).match(/.{1,64}/g)!.join("\n");
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
};

add(toolWrite("/home/deploy/.ssh/authorized_keys", `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b(43)} alice@laptop\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b(43)} ci@build-02\n`), "SSH public keys; authorized_keys; tool_use write_file");
add(`#cloud-config\nusers:\n  - name: ops\n    sudo: ALL=(ALL) NOPASSWD:ALL\n    ssh_authorized_keys:\n      - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b(510)}= ops@example.org\n`, "SSH RSA public key; cloud-init user-data");
add(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: trust-bundle\ndata:\n  ca.crt: |\n${pemBlock("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU", 1100).split("\n").map((l) => "    " + l).join("\n")}\n`, "PEM CA certificate; k8s ConfigMap");
add(`JWT_ISSUER=https://auth.example.com/\nJWT_PUBLIC_KEY="${pemBlock("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 330).replace(/\n/g, "\\n")}"\n`, "RSA public key for JWT verification; .env");
add(JSON.stringify({ keys: [{ kty: "RSA", kid: g.h(16), use: "sig", alg: "RS256", n: g.raw64u(256), e: "AQAB" }] }), "public JWKS (n, e only); jwks.json");
add(`creation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n    age: age1${g.bech(58)}\n  - path_regex: secrets/dev/.*\\.yaml$\n    age: age1${g.bech(58)}\n`, "age recipient public keys; .sops.yaml");
add(`[Peer]\n# office gateway\nPublicKey = ${g.raw64(32)}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 10.8.0.0/24\nPersistentKeepalive = 25\n`, "WireGuard peer public key only; wg peer snippet");
add(pemBlock("PGP PUBLIC KEY BLOCK", "\nmQINBGX", 1200), "PGP public key block; uploaded to keyserver");
{
  const enc = (n: number) => `ENC[AES256_GCM,data:${g.raw64(n)},iv:${g.raw64(32)},tag:${g.raw64(16)},type:str]`;
  add(chat(`why does sops say "no matching creation rules"?\n\nstripe_secret_key: ${enc(40)}\ndatabase_password: ${enc(18)}\nsops:\n    age:\n        - recipient: age1${g.bech(58)}\n    lastmodified: "2026-03-01T09:14:22Z"\n    mac: ${enc(32)}\n    version: 3.9.1\n`), "SOPS-encrypted values; YAML in chat body");
}
add(`db_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 5 }, () => "          " + g.h(80)).join("\n")}\n`, "ansible-vault encrypted variable; group_vars YAML");
add(`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.b(680)}==\n`, "Bitnami SealedSecret encryptedData; manifest");
add(`name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      STRIPE_SECRET_KEY: \${{ secrets.STRIPE_SECRET_KEY }}\n      OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm run deploy\n`, "GitHub Actions secrets references; workflow YAML");
add(`          env:\n            - name: DATABASE_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: db-credentials\n                  key: password\n            - name: OPENAI_API_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: llm\n                  key: openai\n`, "k8s secretKeyRef references; Deployment snippet");
add(`apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: payments\nspec:\n  secretStoreRef:\n    name: aws-secrets-manager\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/payments/stripe\n        property: secret_key\n`, "ExternalSecret remoteRef; manifest");
add(`# .env.tpl (op inject -i .env.tpl -o .env)\nOPENAI_API_KEY=op://Engineering/OpenAI/credential\nDATABASE_URL=op://Engineering/Postgres prod/connection string\nSLACK_BOT_TOKEN=op://Engineering/Slack bot/token\n`, "1Password secret references; .env.tpl");
add(`{{ with secret "secret/data/payments/stripe" }}\nSTRIPE_SECRET_KEY={{ .Data.data.secret_key }}\n{{ end }}\n{{ with secret "database/creds/app-rw" }}\nDB_USER={{ .Data.username }}\nDB_PASSWORD={{ .Data.password }}\n{{ end }}\n`, "Vault agent template references");
add(JSON.stringify({ family: "api", containerDefinitions: [{ name: "api", image: `${g.d(12)}.dkr.ecr.eu-west-1.amazonaws.com/api@sha256:${g.h(64)}`, secrets: [{ name: "DB_PASSWORD", valueFrom: `arn:aws:secretsmanager:eu-west-1:${g.d(12)}:secret:prod/db-${g.a(6)}` }, { name: "STRIPE_SECRET_KEY", valueFrom: `arn:aws:ssm:eu-west-1:${g.d(12)}:parameter/prod/stripe/secret` }] }] }, null, 2), "ECS task definition secrets valueFrom ARNs + image digest");
add(JSON.stringify([{ name: "StripeSecretKey", value: "@Microsoft.KeyVault(VaultName=kv-payments-prod;SecretName=stripe-secret-key)", slotSetting: true }, { name: "ConnectionStrings__Default", value: "@Microsoft.KeyVault(SecretUri=https://kv-payments-prod.example.net/secrets/sql-conn/)", slotSetting: false }]), "Azure Key Vault references; App Service settings JSON");
add(`# Copy to .env and fill in\nOPENAI_API_KEY=sk-your-key-here\nANTHROPIC_API_KEY=<your-anthropic-key>\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ\n`, "placeholders; .env.example");
add(`2026-03-04T10:11:02.118Z ##[group]Run ./deploy.sh\n2026-03-04T10:11:02.119Z env:\n2026-03-04T10:11:02.119Z   OPENAI_API_KEY: ***\n2026-03-04T10:11:02.119Z   STRIPE_SECRET_KEY: ***\n2026-03-04T10:11:02.120Z ##[endgroup]\n2026-03-04T10:11:04.551Z using key sk-proj-****${g.a(4)} (masked)\n`, "masked values; GitHub Actions log");
add(`curl https://api.example.com/v1/chat/completions \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "Content-Type: application/json" \\\n  -d '{"model":"gpt-4.1","messages":[{"role":"user","content":"hi"}]}'`, "env var reference in header; curl");
add(`import os\nimport pytest\n\nAPI_KEY = os.environ["PAYMENTS_API_KEY"]\n\n@pytest.fixture\ndef client():\n    return Client(api_key="test-key", base_url="http://localhost:8080")\n`, "env lookup without default + test placeholder; Python");
add(JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "19.1.0", resolved: "https://registry.npmjs.org/react/-/react-19.1.0.tgz", integrity: "sha512-" + g.raw64(64) }, "node_modules/zod": { version: "3.25.1", resolved: "https://registry.npmjs.org/zod/-/zod-3.25.1.tgz", integrity: "sha512-" + g.raw64(64) } } }, null, 2), "npm lockfile integrity hashes; package-lock.json");
add(`[[package]]\nname = "serde"\nversion = "1.0.219"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.45.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n`, "Cargo.lock checksums");
add(`github.com/google/uuid v1.6.0 h1:${g.raw64(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.raw64(32)}\ngolang.org/x/net v0.38.0 h1:${g.raw64(32)}\n`, "go.sum hashes");
add(`requests==2.32.3 \\\n    --hash=sha256:${g.h(64)} \\\n    --hash=sha256:${g.h(64)}\nurllib3==2.4.0 \\\n    --hash=sha256:${g.h(64)}\n`, "pip requirements hashes");
add(chat(`Which of these commits broke the build?\n\n${Array.from({ length: 5 }, () => `${g.h(40)} ${g.pick(["fix: retry on 429", "chore: bump deps", "feat: add export", "refactor: split client", "test: flaky timeout"])}`).join("\n")}\n\ngpg: Signature made Tue 03 Mar 2026 09:12:44 UTC\ngpg:                using EDDSA key ${g.H(40)}\ngpg: Good signature from "Dev <dev@example.com>"`), "git SHAs and GPG key fingerprint; chat body");
add(`$ docker pull ghcr.io/example/api:2.4.1\n2.4.1: Pulling from example/api\n${Array.from({ length: 4 }, () => `${g.h(12)}: Pull complete`).join("\n")}\nDigest: sha256:${g.h(64)}\nStatus: Downloaded newer image for ghcr.io/example/api:2.4.1\n`, "docker pull output with layer ids and digest");
add(`  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id                = "db-${g.U(26)}"\n      ~ password          = (sensitive value)\n        kms_key_id        = "arn:aws:kms:eu-west-1:${g.d(12)}:key/${g.uuid()}"\n        resource_id       = "db-${g.U(26)}"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n`, "Terraform plan with sensitive value hidden and ARNs");
add(chat(`this webhook payload fails our handler, why?\n\n${JSON.stringify({ id: "evt" + "_1" + g.a(23), object: "event", type: "payment_intent.succeeded", data: { object: { id: "pi" + "_3" + g.a(23), customer: "cus" + "_" + g.a(14), latest_charge: "ch" + "_3" + g.a(23), amount: 4200, currency: "eur" } } }, null, 2)}`), "Stripe event JSON (object ids only); chat body");
add(JSON.stringify({ id: "chatcmpl-" + g.a(29), object: "chat.completion", created: 1772000000, model: "gpt-4.1-2025-04-14", system_fingerprint: "fp_" + g.h(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 120, completion_tokens: 3 } }), "OpenAI response JSON (ids, fingerprint); tool result");
add(JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgoAAAANSUhEUgAA" + g.b(1400) + "==" } }, { type: "text", text: "What does this error dialog say?" }] }] }), "base64 PNG screenshot; anthropic image block");
add(`!function(){"use strict";var e={${Array.from({ length: 6 }, () => `"${g.h(20)}":function(t,n,r){r.d(n,{Z:function(){return ${g.lw(1)}}})}`).join(",")}};window.__CHUNK_${g.H(8)}__=e}();\n//# sourceMappingURL=main.${g.h(20)}.js.map`, "minified JS chunk with content hashes");
add(`Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-${g.raw64(16)}' 'sha256-${g.raw64(32)}'; object-src 'none'`, "CSP header with nonce and script hash");
add(`apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${b64(pemBlock("CERTIFICATE", "MIIDBTCCAe2gAwIBAgII", 700) + "\n")}\n    server: https://k8s.example.net\n  name: prod\nusers:\n- name: eks-admin\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, prod]\n`, "kubeconfig with CA data and exec plugin only (no credential)");
add(`GET https://auth.example.com/authorize?response_type=code&client_id=${g.a(32)}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&scope=openid%20profile&state=${g.raw64u(24)}&code_challenge=${g.raw64u(32)}&code_challenge_method=S256&nonce=${g.raw64u(16)}`, "OAuth authorize URL with PKCE challenge, state, nonce (no secret)");
add(chat(`the deploy tx ${"0x" + g.h(64)} reverted with "Ownable: caller is not the owner" — contract is at ${"0x" + g.h(40)}. what did I miss?`), "Ethereum tx hash and contract address; chat body");
add(`auth:\n  password_policy:\n    min_length: 12\n    require_symbols: true\n    hash_algorithm: argon2id\n  token_ttl: 3600\n  secret_rotation_days: 90\n  api_key_prefix: "acme_"\n`, "password/secret policy settings without values");
add(`$ npm token list\n┌────────┬─────────────────┬────────────┬──────────┬────────────────┐\n│ id     │ token           │ created    │ readonly │ CIDR whitelist │\n├────────┼─────────────────┼────────────┼──────────┼────────────────┤\n│ ${g.h(6)} │ npm_${g.a(4)}…  │ 2026-01-12 │ no       │                │\n│ ${g.h(6)} │ npm_${g.a(4)}…  │ 2025-11-02 │ yes      │                │\n└────────┴─────────────────┴────────────┴──────────┴────────────────┘\n`, "npm token list with truncated tokens");
add(`{"level":"info","msg":"webhook verified","delivery":"${g.uuid()}","event":"push","signature":"sha256=${g.h(64)}","hook_id":${g.d(9)}}`, "webhook delivery log with HMAC signature (not the secret)");
add(`STRIPE_PUBLISHABLE_KEY=${"pk" + "_live_51" + g.a(97)}\nSTRIPE_SECRET_KEY=\${STRIPE_SECRET_KEY}\nNEXT_PUBLIC_APP_URL=https://shop.example.com\n`, "Stripe publishable key with secret left as env interpolation; .env");
add(`-----BEGIN ENCRYPTED PRIVATE KEY-----\n${("MIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI" + g.b(1600)).match(/.{1,64}/g)!.join("\n")}\n-----END ENCRYPTED PRIVATE KEY-----\n`, "PKCS#8 encrypted private key (passphrase not included)");

export const cases: CorpusCase[] = [...rotated, ...hand];
