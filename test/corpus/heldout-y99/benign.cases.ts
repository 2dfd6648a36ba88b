// heldout-y99: hard benign look-alikes in the same contexts as the positives.
import type { CorpusCase } from "../types.ts";
import { AN, ANL, B64, Gen, HEX, j, RENDERERS, type Tok } from "./_gen.ts";

const g = new Gen(0x79904);
const out: CorpusCase[] = [];
let n = 0;
let m = 0;
const push = (id: string, text: string, note: string) =>
  out.push({ id, kind: "secrets", category: "heldouty99-benign", label: "benign", text, note });

// Renderers whose wording does not claim the value is a credential.
const SAFE = [
  "LLM chat body with pasted .env (JSON-escaped)",
  "Anthropic tool_use write_file",
  "MCP tool result echoed back",
  "shell history export",
  "docker run -e",
  "URL query string",
  "JSON request body",
  "YAML config",
  "TOML config",
  "INI config",
  "Java .properties",
  "HCL terraform variables",
  "XML config",
  "GitHub Actions CI log",
  "GitHub Actions workflow",
  "Python crash dump with locals",
  "Jupyter notebook cell",
  "Markdown doc",
  "unified diff",
  "docker-compose environment",
  "structured log line",
].map((nm) => RENDERERS.find((r) => r.name === nm)!);

const B = (provider: string, env: string, value: string): Tok => ({ provider, group: "benign", env, value });
const rotated: Tok[] = [
  B("git", "GIT_COMMIT_SHA", g.hex(40)),
  B("git", "SOURCE_VERSION", g.hex(40)),
  B("git short", "BUILD_REF", g.hex(12)),
  B("OCI image digest", "IMAGE_DIGEST", j("sha256:", g.hex(64))),
  B("artifact checksum", "ARTIFACT_SHA256", g.hex(64)),
  B("file md5", "ASSET_MD5", g.hex(32)),
  B("SRI", "SCRIPT_INTEGRITY", j("sha384-", g.b64bytes(48))),
  B("npm lockfile integrity", "PACKAGE_INTEGRITY", j("sha512-", g.b64bytes(64))),
  B("UUID", "TENANT_ID", g.uuid()),
  B("UUID", "DEPLOYMENT_ID", g.uuid()),
  B("W3C traceparent", "TRACEPARENT", j("00-", g.hex(32), "-", g.hex(16), "-01")),
  B("trace id", "OTEL_TRACE_ID", g.hex(32)),
  B("request id", "LAST_REQUEST_ID", j("req_", g.s(24, AN))),
  B("Stripe customer id", "STRIPE_CUSTOMER_ID", j("cus_", g.s(14, AN))),
  B("Stripe price id", "STRIPE_PRICE_ID", j("price_", g.s(24, AN))),
  B("Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", j("pk_", "live_", g.s(99, AN))),
  B("Stripe payment intent", "PAYMENT_INTENT_ID", j("pi_", g.s(24, AN))),
  B("OpenAI chat completion id", "LAST_COMPLETION_ID", j("chatcmpl-", g.s(29, AN))),
  B("OpenAI assistant id", "OPENAI_ASSISTANT_ID", j("asst_", g.s(24, AN))),
  B("OpenAI org id", "OPENAI_ORG_ID", j("org-", g.s(24, AN))),
  B("Anthropic message id", "LAST_MESSAGE_ID", j("msg_01", g.s(22, AN))),
  B("Vercel project id", "VERCEL_PROJECT_ID", j("prj_", g.s(28, AN))),
  B("Vercel org id", "VERCEL_ORG_ID", j("team_", g.s(24, AN))),
  B("Twilio messaging service SID", "TWILIO_MESSAGING_SERVICE_SID", j("MG", g.hex(32))),
  B("Slack channel id", "SLACK_CHANNEL_ID", j("C0", g.s(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))),
  B("AWS account id", "AWS_ACCOUNT_ID", g.num(12)),
  B("AWS ARN", "ROLE_ARN", j("arn:aws:iam::", g.num(12), ":role/ci-deployer")),
  B("AWS KMS key id", "KMS_KEY_ID", g.uuid()),
  B("GCP project number", "GCP_PROJECT_NUMBER", g.num(12)),
  B("Azure subscription id", "AZURE_SUBSCRIPTION_ID", g.uuid()),
  B("Sentry DSN public", "SENTRY_RELEASE", j("api@", g.hex(40))),
  B("Datadog trace id", "DD_TRACE_ID", g.num(19)),
  B("env reference", "OPENAI_API_KEY", "${OPENAI_API_KEY}"),
  B("env reference", "STRIPE_SECRET_KEY", "${{ secrets.STRIPE_SECRET_KEY }}"),
  B("Vault reference", "DATABASE_PASSWORD", "vault:secret/data/prod/db#password"),
  B("1Password reference", "GITHUB_TOKEN", "op://Engineering/GitHub CI/credential"),
  B("AWS SSM reference", "SENDGRID_API_KEY", "{{resolve:ssm-secure:/prod/sendgrid/api_key:3}}"),
  B("Azure Key Vault reference", "AZURE_CLIENT_SECRET", "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/client-secret/)"),
  B("GCP Secret Manager ref", "ANTHROPIC_API_KEY", "sm://acme-prod/anthropic-api-key/latest"),
  B("placeholder", "ANTHROPIC_API_KEY", "<your-anthropic-key>"),
  B("placeholder", "SLACK_BOT_TOKEN", "xoxb-your-token-here"),
  B("mask", "OPENAI_API_KEY", j("sk-", "proj-", "****************************", "3f9a")),
  B("mask", "GITHUB_TOKEN", j("gh", "p_", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX")),
  B("placeholder", "AWS_SECRET_ACCESS_KEY", "changeme"),
  B("redacted", "DATABASE_URL", "postgres://app:[REDACTED]@db.prod.internal:5432/app"),
  B("empty", "SENDGRID_API_KEY", ""),
  B("SOPS encrypted", "STRIPE_SECRET_KEY", j("ENC[AES256_GCM,data:", g.b64bytes(60), ",iv:", g.b64bytes(32), ",tag:", g.b64bytes(16), ",type:str]")),
  B("feature flag env key", "LD_ENVIRONMENT", "production"),
  B("semver + build", "APP_VERSION", j("4.18.2+build.", g.hex(8))),
  B("ETag", "CACHE_ETAG", j("W/\"", g.hex(32), "\"")),
  B("Docker image ref", "IMAGE", j("ghcr.io/acme/api@sha256:", g.hex(64))),
  B("Go module sum", "GOSUM_LINE", j("h1:", g.b64bytes(32))),
  B("Ethereum address", "TREASURY_ADDRESS", j("0x", g.hex(40))),
  B("Bitcoin tx id", "LAST_TX_HASH", g.hex(64)),
  B("IPFS CID", "ASSET_CID", j("bafybei", g.s(52, "abcdefghijklmnopqrstuvwxyz234567"))),
  B("Mongo ObjectId", "DEFAULT_ORG_OBJECT_ID", g.hex(24)),
  B("ULID", "EVENT_ID", j("01J", g.s(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))),
  B("Firebase project id", "FIREBASE_PROJECT_ID", "acme-prod-7f3c2"),
  B("Google Analytics id", "GA_MEASUREMENT_ID", j("G-", g.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))),
  B("Supabase project URL", "SUPABASE_URL", j("https://", g.s(20, "abcdefghijklmnopqrstuvwxyz"), ".supabase.co")),
  B("public key fingerprint", "SSH_HOST_FINGERPRINT", j("SHA256:", g.b64bytes(32).replace(/=+$/, ""))),
  B("GPG key id", "GPG_SIGNING_KEY_ID", g.hex(16).toUpperCase()),
];
rotated.forEach((t, i) => {
  const r = SAFE[(i * 5) % SAFE.length]!;
  push(`y99-b-${String(++n).padStart(3, "0")}`, r.f(t, g), `benign ${t.provider} (${t.env}) in ${r.name}`);
});

const H = (text: string, note: string) => push(`y99-bk-${String(++m).padStart(3, "0")}`, text, note);
const wrap = (s: string, w = 64) => s.match(new RegExp(`.{1,${w}}`, "g"))!.join("\n");

H(`-----BEGIN CERTIFICATE-----\n${wrap(j("MIID", g.b64(1100)))}\n-----END CERTIFICATE-----\n`, "PEM certificate (public)");
H(JSON.stringify({ role: "user", content: `is this the right public key for the JWT verifier?\n-----BEGIN PUBLIC KEY-----\n${wrap(j("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", g.b64(330), "IDAQAB"))}\n-----END PUBLIC KEY-----` }), "PEM public key in chat body");
H(`# ~/.ssh/authorized_keys\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} dev@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(500)} ci@runner\n`, "SSH public keys in authorized_keys");
H(`$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:${g.b64bytes(32).replace(/=+$/, "")} dev@laptop (ED25519)\n$ cat ~/.ssh/known_hosts | head -2\ngithub.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n|1|${g.b64bytes(20)}|${g.b64bytes(20)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${g.b64(120)}=\n`, "SSH fingerprints and known_hosts");
H(`# age recipients (public)\nage1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\nage1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`, "age public recipients");
H(`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-secrets\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: ${j("AgB", g.b64(680))}\n    DATABASE_URL: ${j("AgC", g.b64(700))}\n`, "SealedSecret encryptedData");
H(`$ANSIBLE_VAULT;1.1;AES256\n${wrap(g.hex(640), 80)}\n`, "ansible-vault encrypted file");
H(`db_password: ENC[AES256_GCM,data:${g.b64bytes(24)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-1:${g.num(12)}:key/${g.uuid()}\n          created_at: "2026-10-11T09:12:44Z"\n          enc: ${g.b64(240)}\n    lastmodified: "2026-10-11T09:12:45Z"\n    mac: ENC[AES256_GCM,data:${g.b64bytes(32)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\n    version: 3.9.0\n`, "SOPS encrypted YAML");
H(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("beta,new-checkout").toString("base64")}\n`, "k8s Secret with non-secret base64 data");
H(`<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA${g.b64(900)}=" />`, "base64 PNG data URI");
H(`!function(e,t){"object"==typeof exports?module.exports=t():e.${g.s(6, "abcdefghijklmnopqrstuvwxyz")}=t()}(this,function(){var n="${g.s(64, AN + "+/")}",r=n.split("").map(function(c){return c.charCodeAt(0)});return{t:r,v:"3.2.1",h:"${g.hex(40)}"}});`, "minified JS with an alphabet-like string and a hash");
H(`.${j("css-", g.s(7, ANL))}{display:flex}.${j("sc-", g.s(6, AN))}-${g.s(8, AN)}{color:#1a2b3c;background:url(data:image/svg+xml;base64,${g.b64(200)})}\n.${j("tw-", g.s(10, ANL))}{margin:0}`, "CSS with generated class names and inline SVG");
H(`{\n  "name": "acme-web",\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/lodash": {\n      "version": "4.17.21",\n      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n      "integrity": "sha512-${g.b64bytes(64)}"\n    },\n    "node_modules/zod": {\n      "version": "3.23.8",\n      "integrity": "sha512-${g.b64bytes(64)}"\n    }\n  }\n}`, "package-lock.json integrity hashes");
H(`github.com/stretchr/testify v1.9.0 h1:${g.b64bytes(32)}\ngithub.com/stretchr/testify v1.9.0/go.mod h1:${g.b64bytes(32)}\ngolang.org/x/crypto v0.28.0 h1:${g.b64bytes(32)}\n`, "go.sum lines");
H(`[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nchecksum = "${g.hex(64)}"\n`, "Cargo.lock checksums");
H(`commit ${g.hex(40)}\nMerge: ${g.hex(7)} ${g.hex(7)}\nAuthor: Dana Kim <dana@acme.dev>\n\n    fix(billing): retry idempotent webhook deliveries\n\n    Refs: ${g.hex(40)}\n`, "git commit text pasted (SHAs)");
H(JSON.stringify({ id: j("chatcmpl-", g.s(29, AN)), object: "chat.completion", created: 1764921600, model: "gpt-4.1-2025-04-14", system_fingerprint: j("fp_", g.hex(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3 } }), "OpenAI response with ids and fingerprint");
H(JSON.stringify({ id: j("msg_01", g.s(22, AN)), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: j("toolu_01", g.s(22, AN)), name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use" }), "Anthropic response with msg_ and toolu_ ids");
H(`HTTP/1.1 200 OK\nx-request-id: ${g.uuid()}\nx-amzn-requestid: ${g.uuid()}\nx-amz-cf-id: ${g.b64url(56)}==\ncf-ray: ${g.hex(16)}-FRA\netag: "${g.hex(32)}"\ntraceparent: 00-${g.hex(32)}-${g.hex(16)}-01\n`, "HTTP response headers with request/trace ids");
H(`{"id":"${j("evt_", g.s(24, AN))}","object":"event","type":"invoice.paid","data":{"object":{"id":"${j("in_", g.s(24, AN))}","customer":"${j("cus_", g.s(14, AN))}","subscription":"${j("sub_", g.s(24, AN))}","payment_intent":"${j("pi_", g.s(24, AN))}","charge":"${j("ch_", g.s(24, AN))}"}}}`, "Stripe webhook event payload with object ids");
H(`<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("${j("pk_", "live_", g.s(99, AN))}");\n</script>`, "Stripe publishable key in HTML");
H(`# .env.example\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your-key>\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nGITHUB_TOKEN=\nDATABASE_URL=postgres://user:password@localhost:5432/app\nAWS_ACCESS_KEY_ID=YOUR_ACCESS_KEY_ID\nAWS_SECRET_ACCESS_KEY=YOUR_SECRET_ACCESS_KEY\n`, ".env.example placeholders");
H(`OPENAI_API_KEY=${j("sk-", "proj-", "••••••••••••••••••••", "Qx7A")}\nSTRIPE_SECRET_KEY=${j("sk", "_live_", "…", "4242")}\nGITHUB_TOKEN=${j("gh", "p_", "****", "****", "****")}\n`, "masked values as displayed by a dashboard");
H(`env:\n  OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n  NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n  AWS_ROLE_ARN: arn:aws:iam::${g.num(12)}:role/gha-oidc\nsteps:\n  - uses: actions/checkout@${g.hex(40)} # v4.2.2\n  - uses: aws-actions/configure-aws-credentials@${g.hex(40)}\n`, "GitHub Actions secret refs and pinned action SHAs");
H(`resource "aws_secretsmanager_secret_version" "db" {\n  secret_id     = aws_secretsmanager_secret.db.id\n  secret_string = var.db_password\n}\n\ndata "vault_generic_secret" "stripe" {\n  path = "secret/prod/stripe"\n}\n\nlocals {\n  kms_key_arn = "arn:aws:kms:us-east-1:${g.num(12)}:key/${g.uuid()}"\n}\n`, "Terraform secret references and KMS ARN");
H(`apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: OPENAI_API_KEY\n      remoteRef:\n        key: prod/openai\n        property: api_key\n`, "ExternalSecret references");
H(`2026-12-01T09:14:22.118Z INFO  request completed request_id=${g.uuid()} trace_id=${g.hex(32)} span_id=${g.hex(16)} user_id=${g.uuid()} duration_ms=${g.int(900)}\n2026-12-01T09:14:22.301Z INFO  cache hit key=sha1:${g.hex(40)}\n`, "log lines with ids and hashes");
H(`-- migrations/0042_add_api_key_hash.sql\nALTER TABLE api_keys ADD COLUMN key_hash CHAR(64) NOT NULL;\nINSERT INTO api_keys (id, prefix, key_hash, last4) VALUES ('${g.uuid()}', 'ak_live', '${g.hex(64)}', '${g.s(4, AN)}');\n`, "SQL storing only a key hash and last4");
H(`$2b$12$${g.s(53, AN + "./")}`.replace(/^/, "admin_password_hash = \"") + "\"", "bcrypt hash of a password in config");
H(`{"keys":[{"kty":"RSA","use":"sig","kid":"${g.hex(40)}","alg":"RS256","n":"${g.b64url(342)}","e":"AQAB"},{"kty":"EC","crv":"P-256","kid":"${g.hex(16)}","x":"${g.b64url(43)}","y":"${g.b64url(43)}"}]}`, "JWKS public keys");
H(`{\n "cells": [\n  {"cell_type": "code", "execution_count": 7, "metadata": {}, "outputs": [{"output_type": "display_data", "data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzk${g.b64(600)}"}, "metadata": {}}], "source": ["df.plot()"]}\n ],\n "nbformat": 4, "nbformat_minor": 5\n}`, "notebook with base64 PNG output");
H(`## Authentication\n\nSet your key in the environment:\n\n\`\`\`bash\nexport ACME_API_KEY="<your-api-key>"\n\`\`\`\n\nKeys look like \`acme_live_\` followed by 32 characters. Never commit them; use \`\${ACME_API_KEY}\` in configs.\n`, "Markdown doc with placeholder");
H(`const HASHES = {\n  "main.js": "${g.hex(64)}",\n  "vendor.js": "${g.hex(64)}",\n  "styles.css": "${g.hex(64)}",\n};\nexport const BUILD_ID = "${g.s(21, AN + "-_")}";\n`, "build manifest with content hashes and Next.js build id");
H(`2026-11-30T10:14:03Z Pulling image ghcr.io/acme/api:2.3.1\n2.3.1: Pulling from acme/api\n${g.hex(12)}: Pull complete\n${g.hex(12)}: Pull complete\nDigest: sha256:${g.hex(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api:2.3.1\n`, "docker pull log with layer ids and digest");
H(`<?xml version="1.0"?>\n<Signature xmlns="http://www.w3.org/2000/09/xmldsig#">\n  <SignedInfo>\n    <Reference URI="#assertion"><DigestValue>${g.b64bytes(32)}</DigestValue></Reference>\n  </SignedInfo>\n  <SignatureValue>${g.b64bytes(256)}</SignatureValue>\n  <KeyInfo><X509Data><X509Certificate>MIIC${g.b64(800)}</X509Certificate></X509Data></KeyInfo>\n</Signature>`, "SAML XML signature with certificate");
H(`diff --git a/yarn.lock b/yarn.lock\n@@ -120,7 +120,7 @@\n "@babel/core@^7.24.0":\n-  version "7.24.0"\n-  integrity sha512-${g.b64bytes(64)}\n+  version "7.25.2"\n+  integrity sha512-${g.b64bytes(64)}\n`, "yarn.lock diff with integrity hashes");
H(JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: `Found 3 webhooks:\n- id: we_${g.s(24, AN)} url: https://acme.dev/hooks/stripe status: enabled secret: whsec_••••••••\n- id: we_${g.s(24, AN)} url: https://acme.dev/hooks/billing status: disabled` }] } }), "MCP result listing webhook ids with masked secret");
H(`# Pinned base images\nFROM node:22-alpine@sha256:${g.hex(64)} AS build\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\nFROM gcr.io/distroless/nodejs22@sha256:${g.hex(64)}\n`, "Dockerfile with digests and secret mount (no value)");
H(`uuid,created_at,status\n${Array.from({ length: 6 }, () => `${g.uuid()},2026-11-${10 + g.int(19)}T0${g.int(9)}:00:00Z,${g.pick(["ok", "failed", "retry"])}`).join("\n")}\n`, "CSV of UUIDs");
H(`Recovery codes were stored in 1Password: op://Private/acme-admin/recovery codes\nTOTP secret is in Bitwarden item ${g.uuid()} (do not paste here)\n`, "secret-manager item references in a chat message");
H(`const pub = "-----BEGIN PUBLIC KEY-----\\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${g.b64(86)}==\\n-----END PUBLIC KEY-----";\nexport function verify(sig: string, body: string) {\n  return crypto.verify("sha256", Buffer.from(body), pub, Buffer.from(sig, "base64"));\n}\n`, "EC public key in TypeScript code");

export const cases = out;
