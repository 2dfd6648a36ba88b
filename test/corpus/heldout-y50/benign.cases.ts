// Benign look-alikes in the same contexts: digests, ids, public material, placeholders, references,
// encrypted blobs. Values built at run time (seed 50301).
import type { CorpusCase } from "../types.ts";
import { ALNUM, B64URL, HEX, LOWNUM, UPNUM, Gen, j, renderers } from "./_gen.ts";

const g = new Gen(50301);
const out: CorpusCase[] = [];
let n = 0;
const add = (text: string, note: string) => {
  n++;
  out.push({ id: `y50-b-${String(n).padStart(3, "0")}`, kind: "secrets", category: "heldouty50-benign", label: "benign", text, note });
};

// 1) Rotated through the shared renderers: non-secret values in non-secret slots.
const rotated: [string, string, (g: Gen) => string][] = [
  ["GIT_COMMIT_SHA", "git commit SHA", (g) => g.hex(40)],
  ["IMAGE_DIGEST", "container image digest", (g) => j("sha256:", g.hex(64))],
  ["REQUEST_ID", "request id UUID", (g) => g.uuid()],
  ["TRACE_ID", "W3C trace id", (g) => g.hex(32)],
  ["STRIPE_PUBLISHABLE_KEY", "Stripe publishable key (browser-facing)", (g) => j("pk", "_live_", g.s(99, ALNUM))],
  ["STRIPE_CUSTOMER_ID", "Stripe customer object id", (g) => j("cus_", g.s(14, ALNUM))],
  ["PAYMENT_INTENT_ID", "Stripe PaymentIntent id", (g) => j("pi_", g.s(24, ALNUM))],
  ["OPENAI_API_KEY", "env reference placeholder", () => "${OPENAI_API_KEY}"],
  ["ANTHROPIC_API_KEY", "angle-bracket placeholder", () => "<your-anthropic-api-key>"],
  ["GITHUB_TOKEN", "Actions secrets expression", () => "${{ secrets.GITHUB_TOKEN }}"],
  ["AWS_SECRET_ACCESS_KEY", "masked value", () => "****************************************"],
  ["STRIPE_SECRET_KEY", "masked key with prefix", () => j("sk", "_live_", "…", "XXXX")],
  ["DATABASE_PASSWORD", "Vault reference", () => "vault:secret/data/prod/db#password"],
  ["SLACK_BOT_TOKEN", "1Password reference", () => "op://Engineering/Slack Bot/credential"],
  ["DD_API_KEY", "AWS SSM parameter reference", () => "{{resolve:ssm-secure:/prod/datadog/api-key:3}}"],
  ["SENTRY_DSN_PUBLIC", "package integrity hash", (g) => j("sha512-", g.b64(64))],
  ["BUILD_ID", "CI build id", (g) => String(g.range(1e9, 9e9))],
  ["OPENAI_RESPONSE_ID", "OpenAI chat completion id", (g) => j("chatcmpl-", g.s(29, ALNUM))],
  ["ANTHROPIC_MESSAGE_ID", "Anthropic message id", (g) => j("msg_01", g.s(22, ALNUM))],
  ["ASSISTANT_ID", "OpenAI assistant id", (g) => j("asst_", g.s(24, ALNUM))],
  ["VERCEL_PROJECT_ID", "Vercel project id", (g) => j("prj_", g.s(28, ALNUM))],
  ["CACHE_KEY", "cache key digest", (g) => j("node-modules-", g.hex(64))],
  ["ETAG", "HTTP ETag", (g) => j('W/"', g.hex(32), '"')],
  ["ARTIFACT_MD5", "artifact MD5 checksum", (g) => g.hex(32)],
  ["ORG_ID", "OpenAI organisation id", (g) => j("org-", g.s(24, ALNUM))],
  ["KMS_KEY_ARN", "KMS key ARN", (g) => j("arn:aws:kms:eu-west-1:", g.digits(12), ":key/", g.uuid())],
  ["SUBNET_ID", "AWS subnet id", (g) => j("subnet-", g.hex(17))],
  ["GPG_FINGERPRINT", "PGP key fingerprint", (g) => g.hex(40).toUpperCase()],
  ["SESSION_COOKIE_NAME", "cookie name", () => "__Host-session"],
  ["API_KEY", "empty default with TODO", () => "changeme"],
  ["SECRET_KEY", "env lookup in value", () => "$(cat /run/secrets/secret_key)"],
  ["AZURE_CLIENT_ID", "Azure app (client) id", (g) => g.uuid()],
  ["NPM_TOKEN", "npm token placeholder via env", () => "${NPM_TOKEN}"],
  ["JWT_PUBLIC_KEY_ID", "JWKS kid", (g) => g.s(43, B64URL)],
  ["SHOPIFY_STORE", "shop domain", () => "acme-outfitters.myshopify.com"],
  ["ENCRYPTED_PASSWORD", "SOPS-encrypted value", (g) => j("ENC[AES256_GCM,data:", g.b64(24), ",iv:", g.b64(32), ",tag:", g.b64(16), ",type:str]")],
  ["SEALED_TOKEN", "redacted in log", () => "[REDACTED]"],
  ["POSTHOG_PROJECT_KEY", "PostHog project key (browser-facing)", (g) => j("ph", "c_", g.s(43, ALNUM))],
  ["GOOGLE_CLOUD_PROJECT", "GCP project id", (g) => j("acme-prod-", g.digits(6))],
  ["UPLOAD_CHECKSUM", "SHA-1 checksum", (g) => g.hex(40)],
];
// Renderers that put any value in a credential slot (auth header, api_key=, "key is") are left out.
const slotted = renderers.filter((r) => !/Authorization|custom header|SDK constructor|crash dump|chat message/.test(r.name));
rotated.forEach(([slot, what, make], i) => {
  const r = slotted[(i * 7 + 3) % slotted.length]!;
  add(r.render(slot, make(g), g, "Example"), `${what} (${slot}) in ${r.name}`);
});

// 2) Handcrafted files and payloads.
add(`{\n  "name": "web",\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/lodash": {\n      "version": "4.17.21",\n      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n      "integrity": "sha512-${g.b64(64)}"\n    }\n  }\n}`, "package-lock integrity hashes");
add(`ssh-ed25519 ${j("AAAAC3NzaC1lZDI1NTE5AAAAI", g.s(43, ALNUM + "+/"))} dev@laptop\nssh-rsa ${j("AAAAB3NzaC1yc2EAAAADAQABAAABgQ", g.s(300, ALNUM + "+/"))} ci@runner`, "authorized_keys public keys");
add(j("-----BEGIN CERTIFICATE-----\n", "MIIDdzCCAl+gAwIBAgIE", g.s(44, ALNUM + "+/"), "\n", g.s(64, ALNUM + "+/"), "\n", g.s(64, ALNUM + "+/"), "\n", g.s(30, ALNUM + "+/"), "=\n-----END CERTIFICATE-----\n"), "PEM certificate (public)");
add(j("-----BEGIN PUBLIC KEY-----\n", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", g.s(20, ALNUM + "+/"), "\n", g.s(64, ALNUM + "+/"), "\n", g.s(40, ALNUM + "+/"), "IDAQAB\n-----END PUBLIC KEY-----\n"), "PEM public key for JWT verification");
add(`$ANSIBLE_VAULT;1.1;AES256\n${g.hex(80)}\n${g.hex(80)}\n${g.hex(80)}\n${g.hex(48)}\n`, "ansible-vault encrypted file");
add(`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: ${j("AgB", g.s(300, ALNUM + "+/"))}==\n`, "SealedSecret encrypted data");
add(`stripe_secret_key: ENC[AES256_GCM,data:${g.b64(60)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\nsops:\n    kms:\n        - arn: arn:aws:kms:us-east-1:${g.digits(12)}:key/${g.uuid()}\n    lastmodified: "2026-01-04T12:00:00Z"\n    mac: ENC[AES256_GCM,data:${g.b64(32)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n    version: 3.9.1\n`, "SOPS-encrypted YAML");
add(`<img alt="logo" src="data:image/png;base64,${j("iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA", g.s(240, ALNUM + "+/"))}=" />`, "base64 PNG data URI");
add(`!function(e,t){"object"==typeof exports?module.exports=t():e.lib=t()}(this,function(){var e="${g.s(40, ALNUM)}",t=function(n){return n.split("").map(function(c){return c.charCodeAt(0)^42}).join("")};return{h:e,f:t,v:"${g.hex(8)}"}});`, "minified JS bundle");
add(`.btn-primary_${g.s(5, LOWNUM)}{color:#1f6feb;background:#0d1117}.card__${g.s(8, ALNUM)}{padding:12px}\n.css-${g.s(6, LOWNUM)}{display:flex;gap:8px}.sc-${g.s(10, ALNUM)}{margin:0 auto}`, "CSS hashed class names");
add(JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: `here's the .env.example, please document each var:\n\nOPENAI_API_KEY=sk-...\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nGITHUB_TOKEN=<your-github-token>\nDATABASE_URL=postgres://user:password@localhost:5432/app\n` }] }), "chat body with .env.example placeholders");
add(`curl -H "Authorization: Bearer $GITHUB_TOKEN" \\\n  -H "Accept: application/vnd.github+json" \\\n  https://api.github.com/repos/acme/web/commits/${g.hex(40)}`, "curl with env var token and commit SHA");
add(`2026-03-14T10:00:01Z INFO request_id=${g.uuid()} trace_id=${g.hex(32)} span_id=${g.hex(16)} method=GET path=/v1/orders status=200 duration_ms=${g.range(3, 300)}`, "structured log with ids");
add(`commit ${g.hex(40)}\nMerge: ${g.hex(7)} ${g.hex(7)}\nAuthor: Dana Lee <dana@acme.dev>\nDate:   Tue Feb 10 14:22:31 2026 +0000\n\n    Merge pull request #4412 from acme/fix-retry\n`, "git log output");
add(`FROM python:3.12-slim@sha256:${g.hex(64)}\nRUN pip install --require-hashes -r requirements.txt\n`, "Dockerfile pinned digest");
add(`requests==2.32.3 \\\n    --hash=sha256:${g.hex(64)} \\\n    --hash=sha256:${g.hex(64)}\n`, "pip requirements hashes");
add(`resource "aws_secretsmanager_secret_version" "db" {\n  secret_id     = aws_secretsmanager_secret.db.id\n  secret_string = var.db_password\n}\n\ndata "aws_secretsmanager_secret_version" "stripe" {\n  secret_id = "prod/stripe/secret-key"\n}\n`, "Terraform secret references");
add(`apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: OPENAI_API_KEY\n      remoteRef:\n        key: prod/openai\n        property: api_key\n`, "ExternalSecret manifest");
add(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("search,beta-ui").toString("base64")}\n`, "k8s Secret with non-secret data");
add(`{"id":"${j("evt_", g.s(24, ALNUM))}","object":"event","type":"invoice.paid","data":{"object":{"id":"${j("in_", g.s(24, ALNUM))}","customer":"${j("cus_", g.s(14, ALNUM))}","charge":"${j("ch_", g.s(24, ALNUM))}","amount_paid":4900}}}`, "Stripe webhook event with object ids");
add(`const stripe = Stripe("${j("pk", "_live_", g.s(99, ALNUM))}");\nconst elements = stripe.elements({ clientSecret: window.__CLIENT_SECRET__ });\n`, "frontend with Stripe publishable key");
add(`$ docker images --digests\nREPOSITORY         TAG     DIGEST                                                                    IMAGE ID       SIZE\nacme/api           1.14.2  sha256:${g.hex(64)}   ${g.hex(12)}   212MB\nacme/worker        1.14.2  sha256:${g.hex(64)}   ${g.hex(12)}   198MB`, "docker images output");
add(JSON.stringify({ type: "tool_result", tool_use_id: `toolu_01${g.s(22, ALNUM)}`, content: `$ git rev-parse HEAD\n${g.hex(40)}\n$ sha256sum dist/app.tar.gz\n${g.hex(64)}  dist/app.tar.gz\n` }), "tool result with SHA and checksum");
add(`-- migration 20260301_add_api_keys\nCREATE TABLE api_keys (\n  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n  key_prefix text NOT NULL,\n  key_hash bytea NOT NULL,\n  created_at timestamptz DEFAULT now()\n);\nINSERT INTO api_keys (id, key_prefix, key_hash) VALUES ('${g.uuid()}', 'ak_7f3', decode('${g.hex(64)}', 'hex'));\n`, "SQL with hashed key and prefix only");
add(`| Variable | Description | Example |\n|---|---|---|\n| \`OPENAI_API_KEY\` | OpenAI key | \`sk-proj-...\` |\n| \`ANTHROPIC_API_KEY\` | Anthropic key | \`sk-ant-api03-xxxxxxxx\` |\n| \`SLACK_BOT_TOKEN\` | Slack bot token | \`xoxb-your-token\` |\n`, "Markdown env var table with placeholders");
add(`diff --git a/.env.example b/.env.example\n--- a/.env.example\n+++ b/.env.example\n@@ -1,3 +1,4 @@\n APP_ENV=development\n+SENDGRID_API_KEY=\n+STRIPE_SECRET_KEY=sk_test_replace_me\n PORT=3000\n`, "diff adding empty/placeholder vars");
add(`import hashlib\n\nFIXTURE_SHA256 = "${g.hex(64)}"\n\ndef test_checksum(tmp_path):\n    p = tmp_path / "blob.bin"\n    p.write_bytes(b"hello")\n    assert hashlib.sha256(p.read_bytes()).hexdigest() != FIXTURE_SHA256\n`, "Python test with checksum constant");
add(`package main\n\nconst (\n\tUserAgent = "acme-cli/2.4.1"\n\tBuildCommit = "${g.hex(40)}"\n\tSchemaID = "${g.uuid()}"\n)\n`, "Go constants with commit and schema id");
add(`{\n  "cells": [{"cell_type": "display_data", "outputs": [{"data": {"image/png": "${j("iVBORw0KGgoAAAANSUhEUgAAAoAAAAHg", g.s(400, ALNUM + "+/"))}"}}]}],\n  "metadata": {"kernelspec": {"name": "python3"}}\n}`, "notebook with base64 plot output");
add(`Run actions/cache@v4\nCache restored from key: Linux-pnpm-store-${g.hex(64)}\nReceived ${g.range(1e6, 9e7)} of ${g.range(1e8, 2e8)} (61.2%), 52.1 MBs/sec\n***\nEnv: GITHUB_TOKEN=***`, "CI log with cache key and masked secret");
add(`[remote "origin"]\n\turl = git@github.com:acme/web.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n[user]\n\tsigningkey = ${g.hex(16).toUpperCase()}\n[commit]\n\tgpgsign = true\n`, ".git/config with GPG key id");
add(`{\n  "keys": [{\n    "kty": "RSA", "use": "sig", "alg": "RS256",\n    "kid": "${g.s(27, B64URL)}",\n    "n": "${g.s(342, B64URL)}",\n    "e": "AQAB"\n  }]\n}`, "JWKS public key set");
add(`x-amz-request-id: ${g.s(16, UPNUM)}\nx-amz-id-2: ${g.s(76, ALNUM + "+/")}=\nx-amz-version-id: ${g.s(32, B64URL)}\nETag: "${g.hex(32)}"\n`, "S3 response headers");
add(`<PackageReference Include="Newtonsoft.Json" Version="13.0.3" />\n<!-- nuget.lock.json -->\n"contentHash": "${g.b64(64)}"`, "NuGet content hash");
add(`const config = {\n  apiKey: process.env.STRIPE_SECRET_KEY!,\n  webhookSecret: process.env.STRIPE_WEBHOOK_SECRET ?? "",\n  requestId: "${j("req_", g.s(14, ALNUM))}",\n};\n`, "TS reading secrets from env, vendor request id");
add(`Crash report\n  thread: main\n  pc: 0x${g.hex(16)} sp: 0x${g.hex(16)}\n  build-id: ${g.hex(40)}\n  x0: 0x${g.hex(16)} x1: 0x${g.hex(16)}\n  x2: 0x${g.hex(16)} x3: 0x${g.hex(16)}`, "native crash dump registers");
add(`[tool.poetry.dependencies]\npython = "^3.12"\n\n[[package]]\nname = "httpx"\nversion = "0.28.1"\nfiles = [\n    {file = "httpx-0.28.1-py3-none-any.whl", hash = "sha256:${g.hex(64)}"},\n]\n`, "poetry.lock hashes");
add(`<configuration>\n  <connectionStrings>\n    <add name="Default" connectionString="Server=db;Database=app;Integrated Security=true;" />\n  </connectionStrings>\n  <appSettings>\n    <add key="ApiKey" value="#{ApiKey}#" />\n  </appSettings>\n</configuration>`, "XML with integrated auth and token replacement placeholder");
add(`history | tail -4\n 2041  aws sts get-caller-identity\n 2042  aws secretsmanager get-secret-value --secret-id prod/api --query SecretString\n 2043  export OPENAI_API_KEY=$(op read op://Dev/OpenAI/credential)\n 2044  npm run dev`, "shell history with secret-manager lookups");
add(`Subresource integrity:\n<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.4" integrity="sha384-${g.b64(48)}" crossorigin="anonymous"></script>`, "SRI script tag");
add(`spring.datasource.password=\${DB_PASSWORD}\nspring.security.oauth2.client.registration.google.client-secret=\${GOOGLE_CLIENT_SECRET}\nmanagement.endpoints.web.exposure.include=health\n`, "properties with env placeholders");
add(`[database]\nhost = "localhost"\npassword_file = "/run/secrets/db_password"\n\n[auth]\njwt_secret = { env = "JWT_SECRET" }\n`, "TOML with secret file/env refs");
add(`POST /v1/messages HTTP/1.1\nHost: api.anthropic.com\nx-api-key: \${ANTHROPIC_API_KEY}\nanthropic-version: 2023-06-01\ncontent-type: application/json\n`, "HTTP request template with env placeholder");
add(`{"object":"list","data":[{"id":"${j("file-", g.s(22, ALNUM))}","object":"file","bytes":${g.range(1000, 90000)},"purpose":"assistants"},{"id":"${j("batch_", g.s(24, ALNUM))}","object":"batch"}]}`, "OpenAI file/batch object ids");
add(`Verification code: ${g.digits(6)}\nBackup fingerprint: ${g.hex(8)}-${g.hex(8)}\nDevice id: ${g.uuid()}`, "one-off code, fingerprint and device id");
add(`git lfs pointer\nversion https://git-lfs.github.com/spec/v1\noid sha256:${g.hex(64)}\nsize ${g.range(1e5, 9e7)}\n`, "git LFS pointer");
add(`Azure Key Vault reference:\n  "ConnectionStrings__Db": "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/db-conn/${g.hex(32)})"`, "Azure Key Vault reference with version id");
add(`mutation { createWebhook(input: { url: "https://api.acme.dev/hooks/stripe", events: ["invoice.paid"], id: "${g.uuid()}" }) { webhook { id createdAt } } }`, "GraphQL mutation with ids");
add(`# age public recipient, safe to commit\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: ${j("age1", g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))}\n`, ".sops.yaml with age public recipient");
add(`{"level":"info","msg":"token refreshed","token_sha256":"${g.hex(64)}","expires_in":3600,"kid":"${g.hex(16)}"}`, "log with token hash only");
add(`-----BEGIN PGP SIGNATURE-----\n\n${g.s(64, ALNUM + "+/")}\n${g.s(64, ALNUM + "+/")}\n${g.s(20, ALNUM + "+/")}=\n=${g.s(4, ALNUM + "+/")}\n-----END PGP SIGNATURE-----`, "PGP signature block");
add(`Sentry issue ${g.hex(32)}\nEvent ID: ${g.hex(32)}\nRelease: web@${g.hex(12)}\nUser: id=${g.range(1000, 99999)} ip=10.0.0.x`, "Sentry issue/event ids");
add(`# .npmrc\n//registry.npmjs.org/:_authToken=\${NPM_TOKEN}\nalways-auth=true\nregistry=https://registry.npmjs.org/\n`, ".npmrc with env reference");
add(`Host bastion\n  HostName 203.0.113.10\n  User deploy\n  IdentityFile ~/.ssh/id_ed25519\n  # HostKey SHA256:${g.b64(32).replace(/=+$/, "")}\n`, "ssh config with host key fingerprint");
add(`{"mcpServers":{"github":{"command":"npx","args":["-y","@modelcontextprotocol/server-github"],"env":{"GITHUB_PERSONAL_ACCESS_TOKEN":"\${env:GITHUB_TOKEN}"}}}}`, "MCP config with env interpolation");
add(`const wasm = Uint8Array.from(atob("${j("AGFzbQEAAAAB", g.s(200, ALNUM + "+/"))}"), c => c.charCodeAt(0));`, "inlined wasm base64");
add(`export const ICON_HASHES = {\n  home: "${g.hex(20)}",\n  settings: "${g.hex(20)}",\n  user: "${g.hex(20)}",\n};\n`, "icon content hashes");
add(`Slack message permalink: https://acme.slack.com/archives/C0${g.s(8, UPNUM)}/p${g.digits(16)}\nthread_ts: ${g.digits(10)}.${g.digits(6)}`, "Slack permalink and ts");
add(`Cloudflare zone id: ${g.hex(32)}\nAccount id: ${g.hex(32)}\nRay ID: ${g.hex(16)}-AMS`, "Cloudflare zone/account/ray ids");
add(`The Twilio Account SID is in the console; set TWILIO_AUTH_TOKEN via \`fly secrets set\`, never in fly.toml.\n\n\`\`\`\nfly secrets set TWILIO_AUTH_TOKEN=<paste from console>\n\`\`\``, "docs with placeholder instruction");
add(`{"hash":"${g.hex(64)}","previousHash":"${g.hex(64)}","nonce":${g.range(1e5, 9e6)},"merkleRoot":"${g.hex(64)}"}`, "blockchain block hashes");
add(`hcl: vault_generic_secret reference\ndata "vault_generic_secret" "stripe" {\n  path = "secret/prod/stripe"\n}\nlocals { stripe_key = data.vault_generic_secret.stripe.data["secret_key"] }\n`, "HCL Vault data source");
add(`Recovery: token fingerprint ${j("sk", "-", "****", g.s(4, ALNUM))} revoked at 2026-02-01T00:00:00Z by admin`, "masked key fingerprint in audit log");
add(`font-src data:;\n@font-face{font-family:Inter;src:url(data:font/woff2;base64,${j("d09GMgABAAAAA", g.s(200, ALNUM + "+/"))}) format("woff2")}`, "CSS inlined font");
add(`const uuidNamespace = "${g.uuid()}";\nconst tenantId = "${g.uuid()}";\nconst correlationId = crypto.randomUUID();\n`, "code with namespace/tenant UUIDs");
add(`$ gh run view ${g.range(1e9, 9e9)} --log | grep digest\nbuild  push  digest: sha256:${g.hex(64)} size: 2412\n`, "gh CLI log with image digest");
add(`[mysqld]\nssl-ca=/etc/mysql/ca.pem\nssl-cert=/etc/mysql/server-cert.pem\nssl-key=/etc/mysql/server-key.pem\ninnodb_buffer_pool_size=2G\n`, "MySQL config with key file paths");

void HEX;
export const cases: CorpusCase[] = out;
