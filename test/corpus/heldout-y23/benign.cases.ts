// heldout-y23 benign look-alikes: same renderers as the positives plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { build, Gen, type Spec } from "./_gen.ts";

const B = (p: string, slot: string, shape: string | ((r: Gen) => string), hdr?: string): Spec => ({
  g: "saas", p, slot, shape, hdr: hdr ?? `X-${slot.toLowerCase().replace(/_/g, "-")}: $`, host: "api.acme.io",
});

const SPECS: Spec[] = [
  B("git commit SHA", "GIT_COMMIT_SHA", "{h:40}", "X-Commit-Sha: $"),
  B("container image digest", "IMAGE_DIGEST", "sha256:{h:64}", "Docker-Content-Digest: $"),
  B("build id", "BUILD_ID", "{uuid}", "X-Build-Id: $"),
  B("W3C trace id", "TRACE_ID", "{h:32}", "traceparent: 00-$-0af7651916cd43dd-01"),
  B("span id", "SPAN_ID", "{h:16}", "X-B3-SpanId: $"),
  B("Anthropic request id", "LAST_REQUEST_ID", "req|_011C{a:20}", "request-id: $"),
  B("Stripe customer id", "STRIPE_CUSTOMER_ID", "cus|_{a:14}", "Stripe-Customer: $"),
  B("Stripe price id", "STRIPE_PRICE_ID", "price|_1{a:23}", "X-Price: $"),
  B("Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", "pk|_live_51{a:97}", "X-Stripe-Publishable: $"),
  B("OpenAI assistant id", "OPENAI_ASSISTANT_ID", "asst|_{a:24}", "OpenAI-Assistant: $"),
  B("OpenAI completion id", "COMPLETION_ID", "chatcmpl|-{a:29}", "X-Completion-Id: $"),
  B("Anthropic message id", "MESSAGE_ID", "msg|_01{a:22}", "X-Message-Id: $"),
  B("OpenAI org/project ids", "OPENAI_ORG_ID", "org|-{a:24}", "OpenAI-Organization: $"),
  B("Vercel project id", "VERCEL_PROJECT_ID", "prj|_{a:28}", "X-Vercel-Project: $"),
  B("masked OpenAI key", "OPENAI_API_KEY", (r) => `sk-proj-${"*".repeat(40)}${r.str(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}`),
  B("masked Anthropic key", "ANTHROPIC_API_KEY", () => "sk-ant-api03-...XXXX", "x-api-key: $"),
  B("masked Stripe key", "STRIPE_SECRET_KEY", () => `sk_live_${"X".repeat(24)}`),
  B("placeholder angle", "SENDGRID_API_KEY", () => "<your-sendgrid-api-key>", "Authorization: Bearer $"),
  B("shell var reference", "GITHUB_TOKEN", () => "${GITHUB_TOKEN}", "Authorization: Bearer $"),
  B("Actions secrets expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"),
  B("Helm/Go template", "DATADOG_API_KEY", () => "{{ .Values.datadog.apiKey }}", "DD-API-KEY: $"),
  B("changeme placeholder", "DB_PASSWORD", () => "changeme"),
  B("REPLACE_ME placeholder", "SLACK_BOT_TOKEN", () => "REPLACE_ME", "Authorization: Bearer $"),
  B("x-run placeholder", "TWILIO_AUTH_TOKEN", () => "x".repeat(32)),
  B("Vault reference", "STRIPE_SECRET_KEY", () => "vault:secret/data/prod/stripe#secret_key"),
  B("1Password reference", "OPENAI_API_KEY", () => "op://Engineering/OpenAI Prod/credential"),
  B("AWS Secrets Manager ARN", "DB_SECRET_ARN", (r) => `arn:aws:secretsmanager:eu-west-1:${r.str(12, "0123456789")}:secret:prod/orders/db-${r.str(6, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")}`),
  B("Azure Key Vault reference", "ApiKey", () => "@Microsoft.KeyVault(SecretUri=https://acme-prod-kv.vault.azure.net/secrets/PaymentsApiKey/)"),
  B("GCP Secret Manager path", "API_KEY_SECRET", (r) => `projects/${r.str(12, "0123456789")}/secrets/payments-api-key/versions/latest`),
  B("SSM parameter reference", "SENTRY_AUTH_TOKEN", () => "{{resolve:ssm-secure:/prod/sentry/auth-token:3}}"),
  B("Doppler reference", "DATABASE_URL", () => "${doppler:prd/DATABASE_URL}"),
  B("SOPS encrypted value", "STRIPE_SECRET_KEY", (r) => `ENC[AES256_GCM,data:${r.b64(42)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]`),
  B("npm integrity", "PACKAGE_INTEGRITY", (r) => `sha512-${r.b64(64)}`),
  B("SRI hash", "SCRIPT_INTEGRITY", (r) => `sha384-${r.b64(48)}`),
  B("MD5 checksum", "ARTIFACT_MD5", "{h:32}", "Content-MD5: $"),
  B("SHA-1 checksum", "ARCHIVE_SHA1", "{h:40}"),
  B("SHA-256 checksum", "RELEASE_SHA256", "{h:64}", "X-Checksum-Sha256: $"),
  B("Azure tenant id", "AZURE_TENANT_ID", "{uuid}", "X-Tenant-Id: $"),
  B("AWS account id", "AWS_ACCOUNT_ID", "{d:12}", "X-Account: $"),
  B("IAM role ARN", "AWS_ROLE_ARN", "arn:aws:iam::{d:12}:role/github-actions-deploy"),
  B("ETag", "CACHED_ETAG", "W/\"{h:32}\"", "If-None-Match: $"),
  B("Ethereum contract address", "CONTRACT_ADDRESS", "0x{h:40}"),
  B("Bitcoin txid", "FUNDING_TXID", "{h:64}"),
  B("Kubernetes object uid", "POD_UID", "{uuid}"),
  B("hashed asset filename", "MAIN_BUNDLE", "/static/js/main.{h:8}.js"),
  B("Slack channel id", "SLACK_CHANNEL_ID", "C0{u:9}"),
  B("Google Analytics id", "GA_MEASUREMENT_ID", "G-{u:10}"),
  B("ssh-ed25519 public key", "DEPLOY_PUBLIC_KEY", (r) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).slice(0, 43)} deploy@ci`),
  B("age recipient", "SOPS_AGE_RECIPIENTS", (r) => `age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`),
  B("GitHub webhook delivery id", "X_GITHUB_DELIVERY", "{uuid}", "X-GitHub-Delivery: $"),
  B("incoming webhook signature", "RECEIVED_SIGNATURE", "sha256={h:64}", "X-Hub-Signature-256: $"),
  B("Sentry event id", "SENTRY_EVENT_ID", "{h:32}"),
  B("LaunchDarkly flag key", "FEATURE_FLAG", () => "enable-new-checkout-flow"),
  B("PayPal order id", "PAYPAL_ORDER_ID", "{u:17}"),
  B("Twilio message SID", "LAST_MESSAGE_SID", "SM{h:32}"),
  B("Shopify product GID", "PRODUCT_GID", "gid://shopify/Product/{d:13}"),
  B("Notion page id", "NOTION_PAGE_ID", "{h:32}"),
  B("Airtable base id", "AIRTABLE_BASE_ID", "app{a:14}"),
  B("Figma file key", "FIGMA_FILE_KEY", "{a:22}"),
  B("docker image id", "IMAGE_ID", "{h:12}"),
  B("nonce", "CSP_NONCE_EXAMPLE_HASH", "'sha256-{b:43}='"),
  B("Go module sum", "GOSUM_LINE", "h1:{b:43}="),
  B("Cargo.lock checksum", "CRATE_CHECKSUM", "{h:64}"),
  B("ULID", "JOB_ID", "01J{U:23}"),
  B("KSUID", "EVENT_ID", "2{a:26}"),
  B("Mongo ObjectId", "USER_OBJECT_ID", "{h:24}"),
  B("Snowflake id", "DISCORD_CHANNEL_ID", "{d:19}"),
  B("ARN of KMS key", "SOPS_KMS_ARN", "arn:aws:kms:eu-west-1:{d:12}:key/{uuid}"),
  B("GPG key fingerprint", "SIGNING_KEY_FPR", "{H:40}"),
  B("env var name only", "AWS_SECRET_ACCESS_KEY", () => "AWS_SECRET_ACCESS_KEY"),
];

const rotated = build(SPECS, {
  seed: 0x23b19e11,
  idp: "y23-b",
  cat: () => "heldouty23-benign",
  per: () => 1,
  start: 5,
  label: "benign",
});

const r = new Gen(0x23b19e12);
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const esc = (s: string) => JSON.stringify(s).slice(1, -1);
const hand: CorpusCase[] = [];
const add = (text: string, note: string) =>
  hand.push({ id: `y23-bk-${String(hand.length + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty23-benign", label: "benign", text, note });
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

add(`$ANSIBLE_VAULT;1.1;AES256\n${wrap(r.hex(640), 80)}\n`, "ansible-vault encrypted file — group_vars/prod/vault.yml");
add(`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${r.b64(520)}\n    OPENAI_API_KEY: AgC${r.b64(520)}\n`, "Bitnami SealedSecret encryptedData");
add(`stripe:\n    secret_key: ENC[AES256_GCM,data:${r.b64(80)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-1:${r.str(12, "0123456789")}:key/${r.uuid()}\n          created_at: "2026-01-04T10:00:00Z"\n          enc: AQICAHh${r.b64(150)}\n          aws_profile: ""\n    lastmodified: "2026-01-04T10:00:01Z"\n    mac: ENC[AES256_GCM,data:${r.b64(64)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\n    version: 3.9.1\n`, "SOPS-encrypted secrets.enc.yaml");
add(`-----BEGIN CERTIFICATE-----\n${wrap("MIIDdzCCAl+gAwIBAgIU" + r.b64(800))}\n-----END CERTIFICATE-----\n`, "PEM certificate — ca.crt");
add(`{"role":"user","content":"${esc(`here's the public key for the JWT verifier:\n-----BEGIN PUBLIC KEY-----\n${wrap("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + r.b64(230))}\n-----END PUBLIC KEY-----`)}"}`, "RSA public key PEM — LLM chat message");
add(`# ~/.ssh/authorized_keys\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r.b64(380)} alice@laptop\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(32).slice(0, 43)} ci@runner\n`, "SSH public keys — authorized_keys");
add(`<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe${r.b64(600)}" />`, "base64 PNG data URI in HTML");
add(`!function(e,t){"object"==typeof exports?module.exports=t():e.lib=t()}(this,function(){var e="${r.str(40, B64)}",t=function(n){return n.split("").map(function(c){return c.charCodeAt(0)^${r.range(10, 99)}})};return{k:e,d:t,v:"${r.hex(8)}"}});\n//# sourceMappingURL=lib.min.js.map`, "minified JS bundle with an opaque string constant");
add(`.css-${r.str(6, "abcdefghijklmnopqrstuvwxyz0123456789")}{display:flex;align-items:center}.css-${r.str(6, "abcdefghijklmnopqrstuvwxyz0123456789")}-Button{padding:8px 16px;background:#${r.hex(6)}}.sc-${r.str(10, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")}{color:#${r.hex(6)}}`, "generated CSS class names");
add(`"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-${r.b64(64)}",\n  "license": "MIT"\n},\n"node_modules/zod": {\n  "version": "3.23.8",\n  "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",\n  "integrity": "sha512-${r.b64(64)}"\n}`, "package-lock.json integrity hashes");
add(`commit ${r.hex(40)}\nMerge: ${r.hex(7)} ${r.hex(7)}\nAuthor: Dana <dana@acme.io>\nDate:   Tue Mar 3 10:12:01 2026 +0000\n\n    fix: rotate webhook signing secret (value now in Vault)\n\ncommit ${r.hex(40)}\nAuthor: bot <bot@acme.io>\n`, "git log output with SHAs and a commit message mentioning a secret");
add(`HTTP/1.1 200 OK\nContent-Type: application/json\nx-request-id: ${r.uuid()}\nopenai-processing-ms: ${r.range(100, 900)}\n\n{"id":"chatcmpl-${r.str(29, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}","object":"chat.completion","created":1767225600,"model":"gpt-4.1-2025-04-14","system_fingerprint":"fp_${r.hex(10)}","choices":[{"index":0,"message":{"role":"assistant","content":"Done."},"finish_reason":"stop"}]}`, "OpenAI completion response with ids and fingerprint");
add(`{"id":"msg_01${r.str(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}","type":"message","role":"assistant","content":[{"type":"tool_use","id":"toolu_01${r.str(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}","name":"read_file","input":{"path":".env.example"}}],"stop_reason":"tool_use","usage":{"input_tokens":${r.range(1000, 9000)},"output_tokens":${r.range(10, 90)}}}`, "Anthropic response with msg/toolu ids");
add(`# .env.example\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=sk_live_...\nDATABASE_URL=postgres://user:password@localhost:5432/app\nREDIS_URL=redis://localhost:6379\nJWT_SECRET=<generate with: openssl rand -hex 32>\n`, ".env.example with placeholders");
add(`{"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text","text":"${esc(`Secrets in project (values hidden):\n  STRIPE_SECRET_KEY   ••••••••••••${r.str(4, "abcdefghijklmnopqrstuvwxyz0123456789")}   updated 2026-02-01\n  OPENAI_API_KEY      ••••••••••••${r.str(4, "abcdefghijklmnopqrstuvwxyz0123456789")}   updated 2026-01-18\n  SENTRY_AUTH_TOKEN   ••••••••••••${r.str(4, "abcdefghijklmnopqrstuvwxyz0123456789")}   updated 2025-12-30`)}"}]}}`, "MCP tool result listing masked secrets");
add(`2026-03-14T08:14:09.3Z Run aws sts get-caller-identity\n{\n    "UserId": "AROA${r.str(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}:gha-${r.range(1000000000, 9999999999)}",\n    "Account": "${r.str(12, "0123456789")}",\n    "Arn": "arn:aws:sts::${r.str(12, "0123456789")}:assumed-role/github-deploy/gha"\n}\n2026-03-14T08:14:10.0Z OIDC token exchanged, credentials masked: ***`, "CI log with AWS role unique id (AROA) and masked creds");
add(`resource "aws_secretsmanager_secret_version" "db" {\n  secret_id     = aws_secretsmanager_secret.db.id\n  secret_string = jsonencode({\n    username = "app"\n    password = random_password.db.result\n  })\n}\n\nresource "random_password" "db" {\n  length  = 32\n  special = true\n}\n`, "Terraform with generated password reference");
add(`SELECT id, email, password_hash FROM users WHERE id = 42;\n id |      email       |                         password_hash\n----+------------------+--------------------------------------------------------------\n 42 | dana@acme.io     | $argon2id$v=19$m=65536,t=3,p=4$${r.b64(16).replace(/=+$/, "")}$${r.b64(32).replace(/=+$/, "")}\n`, "argon2 password hash in SQL result");
add(`$ docker images --digests\nREPOSITORY            TAG       DIGEST                                                                    IMAGE ID       CREATED\nghcr.io/acme/api      1.14.0    sha256:${r.hex(64)}   ${r.hex(12)}   2 days ago\nghcr.io/acme/worker   1.14.0    sha256:${r.hex(64)}   ${r.hex(12)}   2 days ago`, "docker images digests");
add(`{\n "cells": [{\n  "cell_type": "code",\n  "source": ["import os\\n", "openai.api_key = os.environ[\\"OPENAI_API_KEY\\"]\\n"],\n  "outputs": [{"output_type": "stream", "name": "stdout", "text": ["run id: ${r.uuid()}\\n", "checkpoint sha: ${r.hex(40)}\\n"]}]\n }],\n "nbformat": 4\n}`, "notebook reading key from env, output ids");
add(`diff --git a/.env b/.env.example\nsimilarity index 60%\nrename from .env\nrename to .env.example\n--- a/.env\n+++ b/.env.example\n@@ -1,3 +1,3 @@\n-OPENAI_API_KEY=\${OPENAI_API_KEY}\n+OPENAI_API_KEY=your-openai-key-here\n-STRIPE_SECRET_KEY=\${STRIPE_SECRET_KEY}\n+STRIPE_SECRET_KEY=your-stripe-key-here\n`, "diff replacing references with placeholders");
add(`-----BEGIN PGP SIGNATURE-----\n\n${wrap("iQIzBAABCgAdFiEE" + r.b64(520))}\n=${r.b64(3).slice(0, 4)}\n-----END PGP SIGNATURE-----\n`, "PGP signature block (signed tag)");
add(`<?xml version="1.0"?>\n<ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#">\n  <ds:SignedInfo><ds:DigestValue>${r.b64(32)}</ds:DigestValue></ds:SignedInfo>\n  <ds:SignatureValue>${r.b64(256)}</ds:SignatureValue>\n  <ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIC${r.b64(600)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>\n</ds:Signature>`, "SAML XML signature and certificate");
add(`# README\n\nAuthenticate with \`export GITHUB_TOKEN=$(gh auth token)\` then run:\n\n\`\`\`bash\ncurl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user\n\`\`\`\n`, "Markdown doc with env var indirection");
add(`{"keys":[{"kty":"RSA","use":"sig","kid":"${r.hex(40)}","alg":"RS256","n":"${r.str(342, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}","e":"AQAB"}]}`, "JWKS public key set");
add(`const headers = {\n  "Authorization": \`Bearer \${await getToken()}\`,\n  "Idempotency-Key": "${r.uuid()}",\n  "X-Correlation-Id": "${r.hex(32)}",\n};\n`, "code with token from function and idempotency key");
add(`[core]\n\trepositoryformatversion = 0\n[user]\n\tsigningkey = ${r.str(16, "0123456789ABCDEF")}\n[gpg]\n\tformat = openpgp\n[commit]\n\tgpgsign = true\n`, "git config signing key id");
add(`kubectl get secret app-secrets -o yaml\napiVersion: v1\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("checkout_v2,search_v3").toString("base64")}\nkind: Secret\nmetadata:\n  name: app-secrets\n  resourceVersion: "${r.range(1000000, 9999999)}"\n  uid: ${r.uuid()}\n`, "k8s Secret with non-secret base64 data");
add(`Wallet public address: 0x${r.hex(40)}\nTx hash: 0x${r.hex(64)}\nBlock: ${r.range(19000000, 21000000)}`, "Ethereum address and tx hash");

export const cases: CorpusCase[] = [...rotated, ...hand];
