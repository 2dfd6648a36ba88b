// heldout-y110: hard benign look-alikes in the same renderers, plus handcrafted non-secret files.
import type { CorpusCase } from "../types.ts";
import { Gen, Rotor, ben, j, slotOf } from "./_gen.ts";

const g = new Gen(0x110be);

interface B { provider: string; env: string; make: (g: Gen) => string; hdr?: string; param?: string }
const B = (provider: string, env: string, make: (g: Gen) => string, o: { hdr?: string; param?: string } = {}): B => ({ provider, env, make, ...o });
const crock = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const SPECS: B[] = [
  B("git commit SHA", "GIT_COMMIT_SHA", (g) => g.h(40), { hdr: "X-Build-Sha: {v}", param: "ref" }),
  B("sha256 artifact digest", "ARTIFACT_SHA256", (g) => g.h(64), { hdr: "X-Checksum-Sha256: {v}", param: "sha256" }),
  B("sha512 checksum", "RELEASE_SHA512", (g) => g.h(128)),
  B("OCI image digest", "IMAGE_DIGEST", (g) => j("sha256:", g.h(64)), { param: "digest" }),
  B("HTTP ETag", "CACHE_ETAG", (g) => g.h(32), { hdr: 'If-None-Match: "{v}"' }),
  B("W3C trace id", "OTEL_TRACE_ID", (g) => g.h(32), { hdr: "traceparent: 00-{v}-" + "b7ad6b7169203331" + "-01" }),
  B("request id UUID", "LAST_REQUEST_ID", (g) => g.uuid(), { hdr: "X-Request-Id: {v}" }),
  B("idempotency key", "IDEMPOTENCY_KEY", (g) => g.uuid(), { hdr: "Idempotency-Key: {v}" }),
  B("Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => j("cu", "s_", g.a(14)), { param: "customer" }),
  B("Stripe price id", "STRIPE_PRICE_ID", (g) => j("pri", "ce_", "1", g.a(23)), { param: "price" }),
  B("Stripe PaymentIntent id", "LAST_PAYMENT_INTENT", (g) => j("p", "i_", "3", g.a(23)), { param: "payment_intent" }),
  B("Stripe connected account id", "STRIPE_ACCOUNT_ID", (g) => j("ac", "ct_", "1", g.a(15)), { hdr: "Stripe-Account: {v}" }),
  B("Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (g) => j("p", "k_live_", "51", g.a(97))),
  B("Anthropic message id", "LAST_MESSAGE_ID", (g) => j("ms", "g_01", g.a(22))),
  B("OpenAI completion id", "COMPLETION_ID", (g) => j("chat", "cmpl-", g.a(29))),
  B("Anthropic tool_use id", "TOOL_USE_ID", (g) => j("to", "olu_01", g.a(22))),
  B("OpenAI tool call id", "TOOL_CALL_ID", (g) => j("cal", "l_", g.a(24))),
  B("OpenAI assistant id", "OPENAI_ASSISTANT_ID", (g) => j("as", "st_", g.a(24)), { param: "assistant_id" }),
  B("OpenAI organization id", "OPENAI_ORG_ID", (g) => j("or", "g-", g.a(24)), { hdr: "OpenAI-Organization: {v}" }),
  B("OpenAI project id", "OPENAI_PROJECT_ID", (g) => j("pro", "j_", g.a(24)), { hdr: "OpenAI-Project: {v}" }),
  B("OpenAI file id", "TRAINING_FILE_ID", (g) => j("fi", "le-", g.a(22)), { param: "file_id" }),
  B("AWS IAM role ARN", "AWS_ROLE_ARN", (g) => j("arn:aws:iam::", g.d(12), ":role/github-actions-deploy")),
  B("AWS KMS key ARN", "KMS_KEY_ARN", (g) => j("arn:aws:kms:eu-west-1:", g.d(12), ":key/", g.uuid())),
  B("AWS account id", "AWS_ACCOUNT_ID", (g) => g.d(12)),
  B("Azure tenant id", "AZURE_TENANT_ID", (g) => g.uuid()),
  B("Azure client id", "AZURE_CLIENT_ID", (g) => g.uuid(), { param: "client_id" }),
  B("Azure subscription id", "AZURE_SUBSCRIPTION_ID", (g) => g.uuid()),
  B("Google OAuth client id", "GOOGLE_CLIENT_ID", (g) => j(g.d(12), "-", g.lo(32), ".apps.googleusercontent.com"), { param: "client_id" }),
  B("GitHub App client id", "GITHUB_APP_CLIENT_ID", (g) => j("Iv23", "li", g.a(14)), { param: "client_id" }),
  B("Cloudflare zone id", "CF_ZONE_ID", (g) => g.h(32)),
  B("Cloudflare account id", "CLOUDFLARE_ACCOUNT_ID", (g) => g.h(32)),
  B("Sentry event id", "SENTRY_EVENT_ID", (g) => g.h(32), { param: "event_id" }),
  B("Slack channel id", "SLACK_CHANNEL_ID", (g) => j("C0", g.up(9)), { param: "channel" }),
  B("npm integrity", "PACKAGE_INTEGRITY", (g) => j("sha512-", g.b64bytes(64))),
  B("SRI hash", "SCRIPT_INTEGRITY", (g) => j("sha384-", g.b64bytes(48))),
  B("go.sum hash", "MODULE_HASH", (g) => j("h1:", g.b64bytes(32))),
  B("GPG fingerprint", "GPG_KEY_FINGERPRINT", (g) => g.H(40)),
  B("GPG key id", "GIT_SIGNING_KEY_ID", (g) => g.H(16)),
  B("Ethereum tx hash", "DEPLOY_TX_HASH", (g) => j("0x", g.h(64)), { param: "txhash" }),
  B("Ethereum contract address", "CONTRACT_ADDRESS", (g) => j("0x", g.h(40)), { param: "address" }),
  B("IPFS CID", "IPFS_CID", (g) => j("bafy", "bei", g.str(52, "abcdefghijklmnopqrstuvwxyz234567"))),
  B("MongoDB ObjectId", "DEFAULT_TENANT_OBJECT_ID", (g) => g.h(24), { param: "tenant" }),
  B("ULID", "LAST_EVENT_ID", (g) => j("01J", g.str(23, crock)), { hdr: "Last-Event-ID: {v}" }),
  B("KSUID", "DELIVERY_ID", (g) => g.a(27), { hdr: "X-Delivery-Id: {v}" }),
  B("Twilio message SID", "LAST_MESSAGE_SID", (g) => j("S", "M", g.h(32)), { param: "MessageSid" }),
  B("Notion page id", "NOTION_DATABASE_ID", (g) => g.h(32)),
  B("Airtable base id", "AIRTABLE_BASE_ID", (g) => j("ap", "p", g.a(14))),
  B("Google Sheet id", "REPORT_SPREADSHEET_ID", (g) => j("1", g.u(43)), { param: "spreadsheetId" }),
  B("Vercel project id", "VERCEL_PROJECT_ID", (g) => j("pr", "j_", g.a(28))),
  B("Vercel team id", "VERCEL_ORG_ID", (g) => j("tea", "m_", g.a(24))),
  B("Netlify site id", "NETLIFY_SITE_ID", (g) => g.uuid()),
  B("GA4 measurement id", "GA_MEASUREMENT_ID", (g) => j("G-", g.up(10))),
  B("PKCE code challenge", "PKCE_CODE_CHALLENGE", (g) => g.u(43), { param: "code_challenge" }),
  B("Go pseudo-version", "SDK_VERSION", (g) => j("v0.0.0-20250412093011-", g.h(12))),
  B("webpack content hash", "MAIN_BUNDLE", (g) => j("main.", g.h(20), ".js")),
  B("Content-MD5", "BODY_MD5", (g) => g.b64bytes(16), { hdr: "Content-MD5: {v}" }),
  B("placeholder env reference", "OPENAI_API_KEY", () => "${OPENAI_API_KEY}"),
  B("angle placeholder", "STRIPE_SECRET_KEY", () => "<your-stripe-secret-key>"),
  B("x-filled placeholder", "GITHUB_TOKEN", () => j("gh", "p_", "x".repeat(36))),
  B("masked value", "ANTHROPIC_API_KEY", (g) => j("sk-", "ant-", "...", g.a(4))),
  B("asterisk mask", "DATADOG_API_KEY", (g) => j("*".repeat(28), g.h(4))),
  B("REPLACE_ME placeholder", "SENDGRID_API_KEY", () => "REPLACE_ME"),
  B("AWS Secrets Manager ARN", "DB_PASSWORD_SECRET_ARN", (g) => j("arn:aws:secretsmanager:us-east-1:", g.d(12), ":secret:prod/db/password-", g.a(6))),
  B("Vault path reference", "STRIPE_KEY_REF", () => "vault:secret/data/payments/stripe#secret_key"),
  B("1Password reference", "OPENAI_API_KEY", () => "op://Engineering/OpenAI Prod/credential"),
  B("GCP Secret Manager name", "GEMINI_KEY_SECRET", (g) => j("projects/", g.d(12), "/secrets/gemini-api-key/versions/latest")),
  B("Key Vault reference", "ConnectionStrings__Db", () => "@Microsoft.KeyVault(VaultName=kv-prod-weu;SecretName=sql-conn)"),
  B("GitHub Actions secret expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"),
  B("SSM parameter path", "SLACK_BOT_TOKEN_PARAM", () => "ssm:/prod/chatops/slack-bot-token"),
  B("Shopify order gid", "LAST_ORDER_GID", (g) => j("gid://shopify/Order/", g.d(13))),
  B("Salesforce record id", "DEFAULT_ACCOUNT_ID", (g) => j("001", g.a(15))),
  B("docker image tag with digest", "BASE_IMAGE", (g) => j("node:20-alpine@sha256:", g.h(64))),
];

const rotor = new Rotor(5, true);
const rotated: CorpusCase[] = SPECS.map((sp, k) => {
  const value = sp.make(g);
  const r = rotor.next(sp.hdr !== undefined || sp.param !== undefined);
  const slot = slotOf(sp, value);
  if (!sp.hdr) slot.hdr = `X-Ref: ${value}`;
  return ben(`y110-b-${String(k + 1).padStart(3, "0")}`, r.render(slot, g), `${sp.provider}; slot ${sp.env}; context ${r.name}`);
});

// ---- handcrafted ----
const bk: CorpusCase[] = [];
let n = 0;
const add = (text: string, note: string) => bk.push(ben(`y110-bk-${String(++n).padStart(3, "0")}`, text, note));
const pemPub = (label: string, bytes: number, lead = "") => g.pem(label, bytes, lead);

add(Array.from({ length: 6 }, () => `commit ${g.h(40)}\nAuthor: Dana Lee <dana@example.com>\nDate:   Tue Apr 8 10:${g.range(10, 59)}:00 2025 +0200\n\n    ${g.pick(["fix: retry on 429", "chore: bump deps", "feat: export csv", "docs: update readme"])}\n`).join("\n"), "git log output with full SHAs");
add(JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.org/react/-/react-18.3.1.tgz", integrity: j("sha512-", g.b64bytes(64)) }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: j("sha512-", g.b64bytes(64)) } } }, null, 2), "package-lock.json integrity hashes");
add(`<script src="https://cdn.example.net/lib/htmx.min.js" integrity="sha384-${g.b64bytes(48)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="/app.${g.h(8)}.css" integrity="sha256-${g.b64bytes(32)}">`, "HTML SRI attributes");
add(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} dana@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(500)} ci@build-01\n`, "authorized_keys public keys");
add(pemPub("CERTIFICATE", 900, "MIIDdzCCAl+gAwIBAgIU"), "PEM X.509 certificate in a chat paste");
add(JSON.stringify({ role: "user", content: `verify with this public key:\n${pemPub("PUBLIC KEY", 294, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA")}` }), "PEM public key inside a chat message (JSON-escaped)");
add(`${"-----BEGIN PGP " + "PUBLIC KEY BLOCK-----"}\n\n${g.b64bytes(600).match(/.{1,64}/g)!.join("\n")}\n=${g.b64(4)}\n${"-----END PGP " + "PUBLIC KEY BLOCK-----"}\n`, "PGP public key block");
add(`$ gpg --list-keys --fingerprint\npub   ed25519 2024-01-15 [SC]\n      ${g.H(40).replace(/(.{4})/g, "$1 ").trim()}\nuid           [ultimate] Dana Lee <dana@example.com>\nsub   cv25519 2024-01-15 [E]\n`, "gpg fingerprint listing");
add(`[user]\n\tname = Dana Lee\n\temail = dana@example.com\n\tsigningkey = ${g.H(16)}\n[commit]\n\tgpgsign = true\n`, "gitconfig signingkey (a GPG key id)");
add(`<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA${g.b64bytes(600)}">`, "base64 PNG data URI");
add(`!function(e,t){"use strict";var n="${g.a(40)}",r=function(e){return e.replace(/${g.a(6)}/g,"")};e.__APP__={build:"${g.h(20)}",chunk:"${g.a(32)}"}}(window,document);`, "minified JS bundle with hashed identifiers");
add(`.Button_root__${g.u(5)}{display:flex}.Card_title__${g.u(5)}{font-weight:600}.css-${g.lo(6)}{margin:0}.sc-${g.L(6)}-0.${g.L(6)}{color:#333}`, "CSS modules / styled-components class hashes");
add(`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: app-env\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.b64(700)}==\n    DATABASE_URL: AgC${g.b64(540)}==\n`, "SealedSecret ciphertext");
add(`stripe_secret_key: ENC[AES256_GCM,data:${g.b64bytes(80)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\nsops:\n    kms:\n        - arn: arn:aws:kms:us-east-1:${g.d(12)}:key/${g.uuid()}\n    lastmodified: "2025-04-01T10:00:00Z"\n    mac: ENC[AES256_GCM,data:${g.b64bytes(48)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\n    version: 3.9.1\n`, "SOPS-encrypted YAML");
add(`db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 5 }, () => "  " + g.h(80)).join("\n")}\n`, "ansible-vault inline ciphertext");
add(JSON.stringify({ id: j("chat", "cmpl-", g.a(29)), object: "chat.completion", created: 1744100000, model: "gpt-4o-2024-08-06", choices: [{ index: 0, message: { role: "assistant", content: null, tool_calls: [{ id: j("cal", "l_", g.a(24)), type: "function", function: { name: "lookup_order", arguments: JSON.stringify({ order_id: j("ord_", g.a(20)) }) } }] }, finish_reason: "tool_calls" }], system_fingerprint: j("fp_", g.h(10)) }), "OpenAI chat.completion response with vendor ids");
add(JSON.stringify({ id: j("ms", "g_01", g.a(22)), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: j("to", "olu_01", g.a(22)), name: "get_weather", input: { city: "Lisbon" } }], stop_reason: "tool_use", usage: { input_tokens: 412, output_tokens: 37 } }), "Anthropic message response with msg_/toolu_ ids");
add(JSON.stringify({ id: j("p", "i_", "3", g.a(23)), object: "payment_intent", amount: 4200, currency: "eur", customer: j("cu", "s_", g.a(14)), latest_charge: j("c", "h_", "3", g.a(23)), payment_method: j("p", "m_", "1", g.a(23)), client_secret: null, invoice: j("i", "n_", "1", g.a(23)), status: "succeeded" }, null, 2), "Stripe PaymentIntent object (ids only, client_secret null)");
add(`$ az account show\n${JSON.stringify({ environmentName: "AzureCloud", id: g.uuid(), isDefault: true, name: "Prod", state: "Enabled", tenantId: g.uuid(), user: { name: "dana@example.com", type: "user" } }, null, 2)}`, "az account show output (subscription / tenant UUIDs)");
add(`$ aws sts get-caller-identity\n{\n    "UserId": "${j("AR", "OA", g.b32(17))}:dana",\n    "Account": "${g.d(12)}",\n    "Arn": "arn:aws:sts::${g.d(12)}:assumed-role/Admin/dana"\n}`, "aws sts get-caller-identity (role unique id, ARN)");
add(`# Cargo.lock\n[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n`, "Cargo.lock checksums");
add(`github.com/stretchr/testify v1.9.0 h1:${g.b64bytes(32)}\ngithub.com/stretchr/testify v1.9.0/go.mod h1:${g.b64bytes(32)}\ngolang.org/x/net v0.28.0 h1:${g.b64bytes(32)}\n`, "go.sum lines");
add(`Transaction ${j("0x", g.h(64))} confirmed in block 20${g.d(6)}\nfrom: ${j("0x", g.h(40))}\nto:   ${j("0x", g.h(40))}\ngas used: 51234`, "Ethereum transaction receipt");
add(`# age recipients (public)\nage1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\nage1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`, "age public recipients file");
add(`[Peer]\n# laptop\nPublicKey = ${g.b64bytes(32)}\nAllowedIPs = 10.8.0.3/32\n\n[Peer]\n# phone\nPublicKey = ${g.b64bytes(32)}\nAllowedIPs = 10.8.0.4/32\n`, "WireGuard server peers (public keys only)");
add(`apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api\nspec:\n  secretStoreRef: { name: aws-sm, kind: ClusterSecretStore }\n  data:\n    - secretKey: OPENAI_API_KEY\n      remoteRef: { key: prod/api/openai, property: key }\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef: { key: prod/api/stripe, property: secret }\n`, "ExternalSecret references");
add(`  # module.api.aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "db-${g.up(26)}"\n      ~ password = (sensitive value)\n        tags     = {}\n    }\n`, "terraform plan with sensitive value masked");
add(`docker pull registry.example.com/acme/api@sha256:${g.h(64)}\nDigest: sha256:${g.h(64)}\nStatus: Downloaded newer image for registry.example.com/acme/api@sha256:${g.h(64)}`, "docker pull output with image digests");
add(`OPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=sk-ant-...\nSTRIPE_SECRET_KEY=sk_live_••••••••••••${g.a(4)}\nGITHUB_TOKEN=ghp_************************************\nAWS_SECRET_ACCESS_KEY=\n`, ".env.example with truncated/masked values");
add(`# GitHub OAuth app\nGITHUB_CLIENT_ID=Ov23li${g.a(14)}\nGITHUB_CLIENT_SECRET=\${GITHUB_CLIENT_SECRET}\nGOOGLE_CLIENT_ID=${g.d(12)}-${g.lo(32)}.apps.googleusercontent.com\n`, "OAuth client ids with secret left as a variable");
add(`2025-04-08T10:12:33.120Z INFO request completed trace_id=${g.h(32)} span_id=${g.h(16)} request_id=${g.uuid()} user=usr_${g.a(16)} duration_ms=84 commit=${g.h(40)}`, "structured log line with trace/span/request ids and a commit SHA");

export const cases: CorpusCase[] = [...rotated, ...bk];
