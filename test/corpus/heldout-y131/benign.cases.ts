// heldout-y131: benign look-alikes (digests, ids, public keys, certificates, references, encrypted
// blobs, masks, placeholders), rotated through the same renderers, plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { b64, BECH32, BENIGN, Gen, rotate, S, type Spec } from "./_gen.ts";

const g = new Gen(131_004);
const CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const NIX = "0123456789abcdfghijklmnpqrsvwxyz";
const colonHex = (x: Gen, n: number) => Array.from({ length: n }, () => x.HEX(2)).join(":");

// g (group) is unused for benign specs; "keys" is a placeholder.
const B = (p: string, slot: string, make: (r: Gen) => string, auth = "none", extra?: (r: Gen) => [string, string][]): Spec => S(p, "keys", slot, make, auth, extra);

const specs: Spec[] = [
  B("git commit SHA", "GIT_COMMIT_SHA", (r) => r.hex(40), "h:X-Build-Commit"),
  B("container image digest", "IMAGE_DIGEST", (r) => "sha256:" + r.hex(64)),
  B("npm package integrity (sha512)", "PACKAGE_INTEGRITY", (r) => "sha512-" + r.b64(86) + "=="),
  B("subresource integrity hash", "SCRIPT_INTEGRITY", (r) => "sha384-" + r.b64(64)),
  B("Go module checksum", "MODULE_SUM", (r) => "h1:" + r.b64(43) + "="),
  B("request id (UUID)", "REQUEST_ID", (r) => r.uuid(), "h:X-Request-Id"),
  B("W3C traceparent", "TRACEPARENT", (r) => `00-${r.hex(32)}-${r.hex(16)}-01`, "h:traceparent"),
  B("distributed trace id", "TRACE_ID", (r) => r.hex(32), "h:X-B3-TraceId"),
  B("Stripe customer id", "STRIPE_CUSTOMER_ID", (r) => "cus_" + r.an(14)),
  B("Stripe PaymentIntent id", "PAYMENT_INTENT_ID", (r) => "pi_3" + r.an(23)),
  B("Stripe price id", "STRIPE_PRICE_ID", (r) => "price_1" + r.an(23)),
  B("Stripe publishable key (public by design)", "STRIPE_PUBLISHABLE_KEY", (r) => "pk_" + "live_51" + r.an(97)),
  B("OpenAI chat completion id", "COMPLETION_ID", (r) => "chatcmpl-" + r.an(29)),
  B("Anthropic message id", "MESSAGE_ID", (r) => "msg_01" + r.an(22)),
  B("OpenAI organization id", "OPENAI_ORG_ID", (r) => "org-" + r.an(24), "h:OpenAI-Organization"),
  B("OpenAI project id", "OPENAI_PROJECT_ID", (r) => "proj_" + r.an(24), "h:OpenAI-Project"),
  B("OpenAI file id", "TRAINING_FILE_ID", (r) => "file-" + r.an(22)),
  B("AWS account id", "AWS_ACCOUNT_ID", (r) => r.dig(12)),
  B("IAM role ARN", "AWS_ROLE_ARN", (r) => `arn:aws:iam::${r.dig(12)}:role/github-actions-deploy`),
  B("KMS key ARN", "KMS_KEY_ARN", (r) => `arn:aws:kms:eu-west-1:${r.dig(12)}:key/${r.uuid()}`),
  B("S3 object ETag", "OBJECT_ETAG", (r) => `"${r.hex(32)}"`, "h:If-None-Match"),
  B("Cloudflare Ray ID", "CF_RAY", (r) => `${r.hex(16)}-FRA`, "h:CF-Ray"),
  B("Sentry event id", "SENTRY_EVENT_ID", (r) => r.hex(32)),
  B("MongoDB ObjectId", "ORDER_OBJECT_ID", (r) => r.hex(24)),
  B("ULID job id", "JOB_ULID", (r) => "01J" + r.str(23, CROCK)),
  B("KSUID event id", "EVENT_KSUID", (r) => "2" + r.an(26)),
  B("Slack channel id", "SLACK_CHANNEL_ID", (r) => "C0" + r.up(9)),
  B("Discord guild id", "DISCORD_GUILD_ID", (r) => r.dig(18)),
  B("GitHub App and installation ids", "GITHUB_INSTALLATION_ID", (r) => r.dig(8), "none", (r) => [["GITHUB_APP_ID", r.dig(6)]]),
  B("Google OAuth client id (public)", "GOOGLE_CLIENT_ID", (r) => `${r.dig(12)}-${r.lo(32)}.apps.googleusercontent.com`),
  B("Azure subscription and tenant ids", "AZURE_SUBSCRIPTION_ID", (r) => r.uuid(), "none", (r) => [["AZURE_TENANT_ID", r.uuid()]]),
  B("Ethereum treasury address", "TREASURY_ADDRESS", (r) => "0x" + r.hex(40)),
  B("Ethereum deployment tx hash", "DEPLOY_TX_HASH", (r) => "0x" + r.hex(64)),
  B("Bitcoin payout address (bech32)", "PAYOUT_ADDRESS", (r) => "bc1q" + r.str(38, BECH32)),
  B("IPFS CID", "METADATA_CID", (r) => "bafybei" + r.str(52, "abcdefghijklmnopqrstuvwxyz234567")),
  B("SSH ed25519 public key", "DEPLOY_SSH_PUBLIC_KEY", (r) => r.sshEd25519Public("deploy@ci")),
  B("SSH host key fingerprint", "SSH_HOST_FINGERPRINT", (r) => "SHA256:" + r.b64(43)),
  B("GPG key fingerprint", "GPG_FINGERPRINT", (r) => r.HEX(40)),
  B("TLS certificate SHA-256 fingerprint", "CERT_SHA256_FINGERPRINT", (r) => colonHex(r, 32)),
  B("age recipient (public key)", "SOPS_AGE_RECIPIENTS", (r) => "age1" + r.str(58, BECH32)),
  B("WireGuard peer public key", "WG_PEER_PUBLIC_KEY", (r) => r.b64(42) + "k="),
  B("Vault path reference in a password slot", "DB_PASSWORD", () => "vault:secret/data/prod/orders-db#password"),
  B("GitHub Actions secrets expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"),
  B("1Password secret reference", "STRIPE_SECRET_KEY", () => "op://Production/Stripe/secret key"),
  B("AWS SSM parameter reference", "DATABASE_PASSWORD_PARAM", (r) => `arn:aws:ssm:eu-west-1:${r.dig(12)}:parameter/prod/orders/db-password`),
  B("Azure Key Vault reference", "API_KEY", () => "@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.example.net/secrets/partner-api-key/)"),
  B("SOPS-encrypted value", "DB_PASSWORD", (r) => `ENC[AES256_GCM,data:${r.b64(24)},iv:${r.b64(43)}=,tag:${r.b64(22)}==,type:str]`),
  B("Vault transit ciphertext", "CARD_CIPHERTEXT", (r) => "vault:v1:" + r.b64(88)),
  B("AWS KMS ciphertext blob", "CIPHERTEXT_BLOB", (r) => "AQICAHh" + r.b64(180) + "=="),
  B("dotenvx-encrypted value with its public key", "OPENAI_API_KEY", (r) => "encrypted:" + "B" + r.b64(200) + "=", "none", (r) => [["DOTENV_PUBLIC_KEY", "03" + r.hex(64)]]),
  B("masked key in a support form", "OPENAI_API_KEY", (r) => "sk-proj-" + "*".repeat(40) + r.an(4)),
  B("placeholder in a sample config", "SENDGRID_API_KEY", () => "<your-sendgrid-api-key>"),
  B("placeholder in a README snippet", "AWS_SECRET_ACCESS_KEY", () => "YOUR_SECRET_ACCESS_KEY_HERE"),
  B("shell variable reference", "GITHUB_TOKEN", () => "${GITHUB_TOKEN}"),
  B("inline PNG data URI", "AVATAR_DATA_URI", (r) => "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA" + r.b64(180) + "AAAAASUVORK5CYII="),
  B("hashed bundle filename", "MAIN_BUNDLE", (r) => `/assets/main.${r.hex(20)}.js`),
  B("Terraform provider lock hash", "PROVIDER_HASH", (r) => "zh:" + r.hex(64)),
  B("wheel sha256", "WHEEL_SHA256", (r) => "sha256:" + r.hex(64)),
  B("Git LFS object id", "LFS_OID", (r) => "sha256:" + r.hex(64)),
  B("Nix store path", "NIX_STORE_PATH", (r) => `/nix/store/${r.str(32, NIX)}-openssl-3.0.14`),
  B("Kubernetes pod uid", "POD_UID", (r) => r.uuid()),
  B("CSP nonce", "CSP_NONCE", (r) => r.b64(22) + "=="),
  B("idempotency key (UUID)", "IDEMPOTENCY_KEY", (r) => r.uuid(), "h:Idempotency-Key"),
  B("Google Analytics measurement id", "GA_MEASUREMENT_ID", (r) => "G-" + r.up(10)),
  B("Stripe event id", "STRIPE_EVENT_ID", (r) => "evt_1" + r.an(23)),
  B("Stripe Checkout session id", "CHECKOUT_SESSION_ID", (r) => "cs_" + "live_a1" + r.an(56)),
  B("Vercel deployment id", "VERCEL_DEPLOYMENT_ID", (r) => "dpl_" + r.an(28)),
  B("Supabase project ref", "SUPABASE_PROJECT_REF", (r) => r.str(20, "abcdefghijklmnopqrstuvwxyz")),
  B("Cognito user pool id", "COGNITO_USER_POOL_ID", (r) => "eu-west-1_" + r.an(9)),
  B("Firebase web app id", "FIREBASE_APP_ID", (r) => `1:${r.dig(12)}:web:${r.hex(22)}`),
  B("HTTP Content-Digest", "CONTENT_DIGEST", (r) => `sha-256=:${r.b64(43)}=:`, "h:Content-Digest"),
  B("Android signing certificate SHA-1", "ANDROID_CERT_SHA1", (r) => colonHex(r, 20)),
  B("Sigstore Rekor entry UUID", "REKOR_ENTRY_UUID", (r) => "24296fb24b8ad77a" + r.hex(64)),
];

const rotated = rotate(specs, g, { idPrefix: "y131-b", category: () => BENIGN, offset: 5, label: "benign" }).map((c) => ({ ...c, note: `benign look-alike: ${c.note}` }));

// ---------------------------------------------------------------- handcrafted benign

const crt = () => g.certificate();
const hand: [string, () => string][] = [
  ["PEM certificate chain pasted in a chat asking about a TLS error", () => JSON.stringify({ messages: [{ role: "user", content: `curl says "unable to get local issuer certificate". Here is the chain the server sends:\n\n${crt()}\n${crt()}` }] })],
  ["authorized_keys file read via MCP (public keys only)", () => JSON.stringify({ jsonrpc: "2.0", id: 5, result: { content: [{ type: "text", text: [g.sshEd25519Public("alice@laptop"), g.sshEd25519Public("bob@desk"), g.sshEd25519Public("ci@runner")].join("\n") + "\n" }] } })],
  ["hashed known_hosts lines", () => Array.from({ length: 3 }, () => `|1|${g.b64(27)}=|${g.b64(27)}= ${g.sshEd25519Public("").trim()}`).join("\n")],
  ["PGP public key block uploaded to a keyserver", () => { const lbl = ["PGP", "PUBLIC", "KEY", "BLOCK"].join(" "); return `POST /pks/add HTTP/1.1\nHost: keys.example.org\nContent-Type: application/x-www-form-urlencoded\n\nkeytext=${encodeURIComponent(`-----BEGIN ${lbl}-----\n\n${b64(Uint8Array.from([0x99, 0x01, 0x0d, 0x04, ...Array.from(g.bytes(300))])).replace(/(.{64})/g, "$1\n").replace(/\n$/, "")}\n=${g.b64(4)}\n-----END ${lbl}-----`)}`; }],
  ["signed git commit object (PGP signature)", () => `tree ${g.hex(40)}\nparent ${g.hex(40)}\nauthor Dana Ruiz <dana@example.com> 1718200000 +0200\ncommitter Dana Ruiz <dana@example.com> 1718200000 +0200\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n ${b64(g.bytes(280)).replace(/(.{64})/g, "$1\n ")}\n =${g.b64(4)}\n -----END PGP SIGNATURE-----\n\nfix: handle empty cart on checkout`],
  ["SSH signature file for a release artifact", () => `-----BEGIN SSH SIGNATURE-----\n${b64(Uint8Array.from([...Array.from(Buffer.from("SSHSIG")), 0, 0, 0, 1, ...Array.from(g.bytes(200))])).replace(/(.{70})/g, "$1\n").replace(/\n$/, "")}\n-----END SSH SIGNATURE-----`],
  ["package-lock.json excerpt with integrity hashes", () => JSON.stringify({ packages: { "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + g.b64(86) + "==" }, "node_modules/undici": { version: "6.19.8", resolved: "https://registry.npmjs.org/undici/-/undici-6.19.8.tgz", integrity: "sha512-" + g.b64(86) + "==" } } }, null, 2)],
  ["go.sum lines", () => ["golang.org/x/net v0.28.0", "golang.org/x/sys v0.24.0", "github.com/stretchr/testify v1.9.0"].map((m) => `${m} h1:${g.b64(43)}=\n${m}/go.mod h1:${g.b64(43)}=`).join("\n")],
  ["Cargo.lock checksums", () => ["serde", "tokio", "reqwest"].map((n) => `[[package]]\nname = "${n}"\nversion = "1.${g.range(0, 40)}.${g.range(0, 9)}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"`).join("\n\n")],
  ["Dockerfile pinned by digest", () => `FROM node:20-bookworm-slim@sha256:${g.hex(64)} AS build\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nFROM gcr.io/distroless/nodejs20-debian12@sha256:${g.hex(64)}\nCOPY --from=build /app /app\nCMD ["dist/server.js"]`],
  ["k8s Secret holding only non-secret data (CA cert, namespace, flags)", () => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: upstream-ca\ntype: Opaque\ndata:\n  ca.crt: ${b64(crt())}\n  namespace: ${b64("payments")}\n  verify_hostname: ${b64("true")}\n`],
  ["SOPS-encrypted secrets.yaml", () => `db_password: ENC[AES256_GCM,data:${g.b64(20)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nstripe_key: ENC[AES256_GCM,data:${g.b64(140)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n    age:\n        - recipient: age1${g.str(58, BECH32)}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${g.b64(64)}\n            ${g.b64(64)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2025-03-01T10:00:00Z"\n    mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n    version: 3.9.0\n`],
  ["Ansible Vault encrypted file", () => `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.hex(80)).join("\n")}`],
  ["Bitnami SealedSecret manifest", () => `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    API_TOKEN: AgB${g.b64(600)}==\n    DB_PASSWORD: AgC${g.b64(600)}==\n`],
  [".env.example with placeholders only", () => `# Copy to .env and fill in\nOPENAI_API_KEY=sk-...\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ\nJWT_SECRET=change-me\n`],
  ["GitHub Actions workflow that only references secrets", () => `jobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${g.hex(40)} # v4.1.7\n      - uses: actions/setup-node@${g.hex(40)} # v4.0.3\n        with:\n          registry-url: https://registry.npmjs.org\n      - run: npm publish --provenance\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n`],
  ["curl using shell variables for credentials", () => `curl -sS https://api.example.com/v1/reports \\\n  -H "Authorization: Bearer $API_TOKEN" \\\n  -H "X-Request-Id: ${g.uuid()}" \\\n  -u "$SERVICE_USER:$SERVICE_PASSWORD"`],
  ["JWKS document with public RSA keys", () => JSON.stringify({ keys: [0, 1].map(() => ({ kty: "RSA", use: "sig", alg: "RS256", kid: g.hex(16), n: g.b64u(342), e: "AQAB" })) }, null, 2)],
  ["billing docs page listing masked keys", () => `Your API keys\n\n| Name | Key | Created |\n|---|---|---|\n| Production | sk_live_••••••••••••${g.an(4)} | 2025-01-12 |\n| CI | rk_live_••••••••••••${g.an(4)} | 2025-02-03 |\n\nSecret keys are only shown once when created.`],
  ["git log output with SHAs and trailers", () => Array.from({ length: 3 }, (_v, k) => `commit ${g.hex(40)}\nAuthor: Dev ${k} <dev${k}@example.com>\nDate:   Tue Mar ${k + 4} 10:12:00 2025 +0100\n\n    chore: bump deps\n\n    Change-Id: I${g.hex(40)}\n    Reviewed-on: https://review.example.org/c/${g.dig(5)}`).join("\n\n")],
  ["docker inspect RepoDigests and Id", () => JSON.stringify([{ Id: "sha256:" + g.hex(64), RepoTags: ["registry.example.com/acme/api:2.3.0"], RepoDigests: ["registry.example.com/acme/api@sha256:" + g.hex(64)], Created: "2025-03-02T09:00:00Z" }], null, 2)],
  ["terraform plan output with sensitive values hidden", () => `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "db-${g.up(26)}"\n      ~ password = (sensitive value)\n        arn      = "arn:aws:rds:eu-west-1:${g.dig(12)}:db:orders-prod"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`],
  ["CI log with masked secrets", () => `2025-04-01T08:00:01.000Z Run ./deploy.sh\n2025-04-01T08:00:01.100Z   AWS_SECRET_ACCESS_KEY: ***\n2025-04-01T08:00:01.100Z   SLACK_BOT_TOKEN: ***\n2025-04-01T08:00:03.000Z Deployed revision ${g.hex(40)} to prod (image sha256:${g.hex(64)})`],
  ["minified JS bundle fragment", () => `!function(){"use strict";var e="${g.an(32)}",t={id:"${g.hex(24)}",v:"${g.b64u(22)}"};function n(n){return e+n.split("").reverse().join("")}window.__CHUNK_${g.hex(8)}__=n(t.v)}();\n//# sourceMappingURL=app.${g.hex(20)}.js.map`],
  [".terraform.lock.hcl", () => `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.62.0"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${g.b64(43)}=",\n${Array.from({ length: 4 }, () => `    "zh:${g.hex(64)}",`).join("\n")}\n  ]\n}`],
  ["PGP-encrypted message sent in a chat", () => `Here is the encrypted handover note for the on-call, decrypt with your own key:\n\n-----BEGIN PGP MESSAGE-----\n\n${b64(Uint8Array.from([0x85, 0x02, 0x0c, 0x03, ...Array.from(g.bytes(420))])).replace(/(.{64})/g, "$1\n").replace(/\n$/, "")}\n=${g.b64(4)}\n-----END PGP MESSAGE-----`],
  ["age-encrypted armored file", () => `-----BEGIN AGE ENCRYPTED FILE-----\n${b64(Uint8Array.from([...Array.from(Buffer.from("age-encryption.org/v1\n-> X25519 ")), ...Array.from(g.bytes(260))])).replace(/(.{64})/g, "$1\n").replace(/\n$/, "")}\n-----END AGE ENCRYPTED FILE-----`],
  ["Jupyter output cell with a base64 PNG plot", () => JSON.stringify({ cell_type: "code", execution_count: 7, outputs: [{ output_type: "display_data", data: { "image/png": "iVBORw0KGgoAAAANSUhEUgAAAfQAAAEsCAYAAAA" + g.b64(900) + "AAAAAElFTkSuQmCC", "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }], source: ["df.plot()"] })],
];

export const cases: CorpusCase[] = [
  ...rotated,
  ...hand.map(([note, make], i) => ({ id: `y131-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets" as const, category: BENIGN, label: "benign" as const, text: make(), note: `benign look-alike: ${note} (handcrafted)` })),
];
