// Benign look-alikes: identifiers, digests, public material, placeholders, references and
// encrypted blobs, in the same contexts as the positives (rotated) plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { Gen, renderers, type Tok, B64 } from "./_gen.ts";

const g = new Gen(0x68c0_0003);

// Renderers whose wording does not itself claim the value is a credential.
const SAFE = new Set([
  "chat body with pasted .env (JSON-escaped)", "Anthropic tool_use write_file config.yaml", "OpenAI tool_calls shell export (double-escaped)",
  "MCP tool result echoing a file", "URL query string in fetch log", "multipart form upload", "JSON request body", ".env file via write_file",
  "docker-compose YAML", "TOML config", "INI config", "Java .properties", "JSON config file", "Terraform HCL", "XML config",
  "Ruby code", "PHP code", "GitHub Actions CI log", "shell history", "Jupyter notebook cell",
  "unified diff", "docker run -e", "Kubernetes Secret (base64 data)",
]);
const safe = renderers.filter((r) => SAFE.has(r.name));

type B = [env: string, what: string, make: () => string];
const specs: B[] = [
  ["GIT_COMMIT_SHA", "git commit SHA", () => g.h(40)],
  ["IMAGE_DIGEST", "container image digest", () => `sha256:${g.h(64)}`],
  ["BUILD_ID", "build UUID", () => g.uuid()],
  ["TRACE_ID", "OpenTelemetry trace id", () => g.h(32)],
  ["TRACEPARENT", "W3C traceparent", () => `00-${g.h(32)}-${g.h(16)}-01`],
  ["REQUEST_ID", "vendor request id", () => ["re", "q_", g.a(24)].join("")],
  ["STRIPE_PUBLISHABLE_KEY", "Stripe publishable key", () => ["pk", "_live_", "51", g.a(95)].join("")],
  ["STRIPE_CUSTOMER_ID", "Stripe customer id", () => ["cu", "s_", g.a(14)].join("")],
  ["STRIPE_PRICE_ID", "Stripe price id", () => ["pri", "ce_", "1", g.a(23)].join("")],
  ["PAYMENT_INTENT_ID", "Stripe PaymentIntent id", () => ["p", "i_", "3", g.a(23)].join("")],
  ["OPENAI_API_KEY", "masked OpenAI key", () => ["sk-", "proj-", "...", "XXXX"].join("")],
  ["OPENAI_API_KEY", "angle-bracket placeholder", () => "<your-openai-api-key>"],
  ["ANTHROPIC_API_KEY", "shell variable reference", () => "${ANTHROPIC_API_KEY}"],
  ["NPM_TOKEN", "GitHub Actions secrets reference", () => "${{ secrets.NPM_TOKEN }}"],
  ["STRIPE_SECRET_KEY", "1Password secret reference", () => "op://Engineering/Stripe Production/secret_key"],
  ["DB_PASSWORD_ARN", "AWS Secrets Manager ARN", () => `arn:aws:secretsmanager:us-east-1:${g.d(12)}:secret:prod/db/password-${g.a(6)}`],
  ["SSM_PARAM", "SSM parameter path", () => "/prod/payments/stripe_secret_key"],
  ["VAULT_PATH", "Vault KV path", () => "vault:secret/data/payments#api_key"],
  ["API_KEY", "SOPS encrypted value", () => `ENC[AES256_GCM,data:${g.b(44)}=,iv:${g.b(43)}=,tag:${g.b(22)}==,type:str]`],
  ["KMS_KEY_ID", "AWS KMS key id", () => g.uuid()],
  ["AWS_ACCOUNT_ID", "AWS account id", () => g.d(12)],
  ["SENTRY_EVENT_ID", "Sentry event id", () => g.h(32)],
  ["ETAG", "HTTP ETag", () => `W/"${g.h(32)}"`],
  ["PACKAGE_INTEGRITY", "npm SRI integrity", () => `sha512-${g.b(86)}==`],
  ["GO_SUM_HASH", "go.sum h1 hash", () => `h1:${g.b(43)}=`],
  ["CHAT_COMPLETION_ID", "OpenAI completion id", () => ["chat", "cmpl-", g.a(29)].join("")],
  ["ASSISTANT_ID", "OpenAI assistant id", () => ["as", "st_", g.a(24)].join("")],
  ["MESSAGE_ID", "Anthropic message id", () => ["ms", "g_01", g.a(22)].join("")],
  ["SLACK_CHANNEL_ID", "Slack channel id", () => ["C0", g.U(9)].join("")],
  ["GA_MEASUREMENT_ID", "GA4 measurement id (public)", () => ["G-", g.U(10)].join("")],
  ["SSH_PUBLIC_KEY", "ed25519 public key", () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b(43)} deploy@ci`],
  ["CONTENT_HASH", "sha256 file checksum", () => g.h(64)],
  ["MD5_CHECKSUM", "md5 checksum", () => g.h(32)],
  ["RELEASE_SHA_SHORT", "short commit SHA", () => g.h(7)],
  ["FIREBASE_PROJECT_ID", "project id", () => `${g.word()}-prod-${g.d(5)}`],
  ["AZURE_TENANT_ID", "Azure tenant id", () => g.uuid()],
  ["AZURE_CLIENT_ID", "Azure client id", () => g.uuid()],
  ["DB_PASSWORD", "Azure Key Vault reference", () => `@Microsoft.KeyVault(SecretUri=https://${g.word()}-kv.vault.azure.net/secrets/db-password/)`],
  ["GITHUB_TOKEN", "masked CI value", () => "***"],
  ["SLACK_BOT_TOKEN", "placeholder with prefix", () => ["xo", "xb-", "your-bot-token-here"].join("")],
  ["AWS_SECRET_ACCESS_KEY", "redaction marker", () => "[REDACTED]"],
  ["DATABASE_URL", "URL with variable password", () => "postgres://app:${DB_PASSWORD}@db.internal:5432/app"],
  ["CSS_CLASSES", "generated CSS module class names", () => `css-${g.l(6)} css-${g.l(6)} _${g.a(5)}_${g.l(4)}`],
  ["LOCALE_BUNDLE_HASH", "webpack chunk hash", () => `main.${g.h(20)}.js`],
  ["OBJECT_KEY", "S3 object key", () => `uploads/2026/11/${g.uuid()}.png`],
  ["HUBSPOT_PORTAL_ID", "HubSpot portal id", () => g.d(8)],
  ["TERRAFORM_LOCK_HASH", "terraform lock hash", () => `zh:${g.h(64)}`],
  ["DOCKER_CONTENT_TRUST_ROOT", "notary key id", () => g.h(64)],
  ["ENCRYPTED_DATA", "sealed-secrets ciphertext", () => `AgB${g.b(340)}==`],
  ["PUBLIC_JWK_N", "RSA public modulus (JWKS n)", () => g.u(342)],
  ["ORG_ID", "OpenAI organization id", () => ["or", "g-", g.a(24)].join("")],
  ["VERCEL_PROJECT_ID", "Vercel project id", () => ["pr", "j_", g.a(28)].join("")],
  ["NEXT_BUILD_ID", "Next.js build id", () => g.u(21)],
  ["CF_RAY", "Cloudflare ray id", () => `${g.h(16)}-FRA`],
  ["GRAFANA_DASHBOARD_UID", "dashboard uid", () => g.u(14)],
  ["DATADOG_MONITOR_ID", "monitor id", () => g.d(9)],
  ["KAFKA_CLUSTER_ID", "cluster id", () => g.u(22)],
  ["CERT_FINGERPRINT", "certificate SHA-256 fingerprint", () => Array.from({ length: 32 }, () => g.H(2)).join(":")],
  ["GPG_KEY_ID", "GPG key id", () => g.H(16)],
  ["ANSIBLE_VAULT_ID", "vault id label", () => "prod@prompt"],
  ["GITHUB_RUN_ID", "Actions run id", () => g.d(11)],
  ["PIPELINE_UUID", "Bitbucket pipeline uuid", () => `{${g.uuid()}}`],
  ["SHOPIFY_STORE_DOMAIN", "store domain", () => `${g.word()}-${g.l(4)}.myshopify.com`],
  ["PLAID_ITEM_ID", "Plaid item id", () => g.a(37)],
  ["SENTRY_RELEASE", "release name", () => `${g.word()}@${g.range(1, 9)}.${g.range(0, 30)}.${g.range(0, 9)}+${g.h(12)}`],
  ["AUTH_TOKEN", "empty env fallback", () => ""],
  ["OPENAI_API_KEY", "ellipsis mask", () => ["sk", "-...", g.a(4)].join("")],
  ["WEBHOOK_SECRET", "placeholder text", () => "replace-me-with-a-real-secret"],
  ["LOG_SAMPLE_ID", "ULID", () => g.str(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")],
  ["NONCE_EXAMPLE_ALPHABET", "alphabet constant", () => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"],
];

const rotated: CorpusCase[] = specs.map(([env, what, make], i) => {
  const r = safe[i % safe.length]!;
  const t: Tok = { group: "benign", provider: what, env, value: make() };
  return { id: `y68-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty68-benign", label: "benign", text: r.render(t, g), note: `${what} in ${env} in ${r.name}` };
});

const pemCert = () => g.pem("CERTIFICATE", 900);
const pubKey = () => g.pem("PUBLIC KEY", 294);
const vaultLines = () => g.h(640).match(/.{1,80}/g)!.join("\n");

const hand: [string, () => string][] = [
  ["SOPS-encrypted secrets.yaml in write_file tool call", () => JSON.stringify({ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: "secrets.enc.yaml", content:
    `stripe_secret_key: ENC[AES256_GCM,data:${g.b(140)},iv:${g.b(43)}=,tag:${g.b(22)}==,type:str]\ndb_password: ENC[AES256_GCM,data:${g.b(32)},iv:${g.b(43)}=,tag:${g.b(22)}==,type:str]\nsops:\n    kms: []\n    age:\n        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${g.b(64)}\n            ${g.b(40)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2026-11-20T10:14:55Z"\n    mac: ENC[AES256_GCM,data:${g.b(88)},iv:${g.b(43)}=,tag:${g.b(22)}==,type:str]\n    version: 3.9.1\n` } }, null, 2)],
  ["Bitnami SealedSecret manifest", () => `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.b(360)}==\n    DATABASE_URL: AgC${g.b(420)}=\n  template:\n    metadata:\n      name: api-credentials`],
  ["ansible-vault encrypted file pasted in chat", () => JSON.stringify({ role: "user", content: `ansible says "Decryption failed" on this file, any idea?\n\n$ANSIBLE_VAULT;1.1;AES256\n${vaultLines()}\n` })],
  ["k8s Secret with non-secret base64 data", () => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  APP_ENV: ${Buffer.from("production").toString("base64")}\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}`],
  ["package-lock.json excerpt", () => JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${g.b(86)}==` }, "node_modules/undici": { version: "6.21.0", resolved: "https://registry.npmjs.org/undici/-/undici-6.21.0.tgz", integrity: `sha512-${g.b(86)}==` } } }, null, 2)],
  ["go.sum lines", () => Array.from({ length: 6 }, (_, i) => `github.com/${g.word()}/${g.word()} v1.${i}.${g.range(0, 9)} h1:${g.b(43)}=\ngithub.com/${g.word()}/${g.word()} v1.${i}.0/go.mod h1:${g.b(43)}=`).join("\n")],
  [".terraform.lock.hcl", () => `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.80.0"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${g.b(43)}=",\n    "zh:${g.h(64)}",\n    "zh:${g.h(64)}",\n    "zh:${g.h(64)}",\n  ]\n}`],
  ["minified CSS", () => `.btn-${g.l(5)}{display:inline-flex;padding:.5rem 1rem}.c-${g.h(8)}{color:#${g.h(6)};background:url(data:image/svg+xml;base64,${g.b(120)})}.x${g.a(6)}{margin:0}`],
  ["minified JS bundle chunk", () => `"use strict";(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[${g.range(100, 999)}],{${g.d(5)}:function(e,t,n){n.d(t,{Z:function(){return r}});var r=function(e){return e.replace(/[${g.a(6)}]/g,"")},o="${g.u(40)}",a="${g.h(32)}"}}]);`],
  ["HTML with base64 PNG", () => `<img alt="logo" width="32" height="32" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b(300)}AAAAAElFTkSuQmCC">`],
  ["PEM certificate in chat body", () => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `is this cert expired? it's the public cert from our load balancer\n\n${pemCert()}\n` }] })],
  ["authorized_keys file", () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b(43)} alice@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b(500)} bob@workstation`],
  ["public key PEM in JSON config", () => JSON.stringify({ issuer: "https://auth.example.com", audience: "api", publicKey: pubKey() }, null, 2)],
  ["JWKS endpoint response", () => JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.u(43), alg: "RS256", n: g.u(342), e: "AQAB" }] }, null, 2)],
  ["known_hosts", () => `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b(43)}\n|1|${g.b(27)}=|${g.b(27)}= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${g.b(86)}=`],
  ["GitHub Actions workflow using secrets refs", () => `name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n      STRIPE_SECRET_KEY: \${{ secrets.STRIPE_SECRET_KEY }}\n    steps:\n      - uses: actions/checkout@${g.h(40)} # v4.2.2\n      - run: ./deploy.sh`],
  ["CI log with masked secrets", () => `2026-11-21T08:01:0${g.range(0, 9)}.${g.d(7)}Z Run npm publish\n2026-11-21T08:01:0${g.range(0, 9)}.${g.d(7)}Z   NODE_AUTH_TOKEN: ***\n2026-11-21T08:01:1${g.range(0, 9)}.${g.d(7)}Z npm notice shasum: ${g.h(40)}\n2026-11-21T08:01:1${g.range(0, 9)}.${g.d(7)}Z npm notice integrity: sha512-${g.b(20)}[...]${g.b(10)}==\n2026-11-21T08:01:1${g.range(0, 9)}.${g.d(7)}Z + @acme/ui@4.2.0`],
  [".env.example with placeholders", () => `# copy to .env\nOPENAI_API_KEY=<your-openai-key>\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=${["sk", "_live_"].join("")}xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nGITHUB_TOKEN=${["gh", "p_"].join("")}XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`],
  ["OpenAI chat completion response", () => JSON.stringify({ id: ["chat", "cmpl-"].join("") + g.a(29), object: "chat.completion", created: 1795000000 + g.range(0, 99999), model: "gpt-4.1-2025-04-14", system_fingerprint: `fp_${g.h(10)}`, choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3 } }, null, 2)],
  ["Stripe webhook event body", () => JSON.stringify({ id: ["ev", "t_"].join("") + "1" + g.a(23), object: "event", type: "payment_intent.succeeded", data: { object: { id: ["p", "i_"].join("") + "3" + g.a(23), customer: ["cu", "s_"].join("") + g.a(14), client_secret: null, latest_charge: ["c", "h_"].join("") + "3" + g.a(23), amount: 4200, currency: "usd" } }, request: { id: ["re", "q_"].join("") + g.a(14), idempotency_key: g.uuid() } }, null, 2)],
  ["AWS CLI sts get-caller-identity output", () => JSON.stringify({ UserId: ["AR", "OA"].join("") + g.U(17) + ":botocore-session-" + g.d(10), Account: g.d(12), Arn: `arn:aws:sts::${g.d(12)}:assumed-role/DeployRole/botocore-session-${g.d(10)}` }, null, 4)],
  ["git log output", () => Array.from({ length: 4 }, () => `commit ${g.h(40)}\nAuthor: Dev <dev@example.com>\nDate:   Fri Nov 20 1${g.range(0, 9)}:0${g.range(0, 9)}:00 2026 +0000\n\n    ${g.pick(["fix flaky test", "bump deps", "refactor auth middleware", "add retry to uploader"])}\n`).join("\n")],
  ["docker pull output", () => `latest: Pulling from library/node\n${g.h(12)}: Pull complete\n${g.h(12)}: Pull complete\n${g.h(12)}: Pull complete\nDigest: sha256:${g.h(64)}\nStatus: Downloaded newer image for node:22-alpine`],
  ["curl with env var bearer", () => `curl -sS https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "OpenAI-Organization: ${["or", "g-"].join("")}${g.a(24)}"`],
  ["Helm values with existingSecret", () => `postgresql:\n  auth:\n    existingSecret: pg-credentials\n    secretKeys:\n      adminPasswordKey: postgres-password\nimage:\n  digest: sha256:${g.h(64)}\nexternalSecrets:\n  remoteRef: /prod/app/STRIPE_SECRET_KEY`],
  ["appsettings.json with Key Vault references", () => JSON.stringify({ ConnectionStrings: { Default: `@Microsoft.KeyVault(VaultName=${g.word()}-kv;SecretName=sql-conn)` }, AzureAd: { TenantId: g.uuid(), ClientId: g.uuid(), ClientSecret: "@Microsoft.KeyVault(SecretUri=https://app-kv.vault.azure.net/secrets/aad-client-secret/)" } }, null, 2)],
  ["Vault agent template", () => `template {\n  destination = "/etc/app/.env"\n  contents = <<EOT\n{{ with secret "secret/data/app" }}\nSTRIPE_SECRET_KEY={{ .Data.data.stripe_key }}\nDATABASE_URL={{ .Data.data.db_url }}\n{{ end }}\nEOT\n}`],
  ["Python traceback with ids", () => `Traceback (most recent call last):\n  File "/app/jobs/sync.py", line 88, in run\n    order = client.orders.get("${g.uuid()}")\nKeyError: 'shipment'\n\ntrace_id=${g.h(32)} span_id=${g.h(16)} request_id=${["re", "q_"].join("")}${g.a(24)}`],
  ["SQL with UUID keys and sha256 checksums", () => `INSERT INTO artifacts (id, name, sha256, created_at) VALUES\n  ('${g.uuid()}', 'app-linux-amd64.tar.gz', '${g.h(64)}', NOW()),\n  ('${g.uuid()}', 'app-darwin-arm64.tar.gz', '${g.h(64)}', NOW());`],
  ["Markdown doc with placeholders", () => `## Authentication\n\nPass your key in the \`Authorization\` header:\n\n\`\`\`bash\ncurl https://api.example.com/v1/me \\\n  -H "Authorization: Bearer <YOUR_API_KEY>"\n\`\`\`\n\nKeys look like \`${["sk", "_live_"].join("")}...\` and are shown once in the dashboard.`],
  ["diff moving literal-free config to env", () => `--- a/src/config.ts\n+++ b/src/config.ts\n@@ -3,4 +3,4 @@\n-export const apiKey = process.env.API_KEY || "";\n+export const apiKey = requireEnv("API_KEY");\n export const buildSha = "${g.h(40)}";`],
  ["PGP public key block", () => g.pem("PGP PUBLIC KEY BLOCK", 400).replace("-----\n", "-----\n\n")],
  ["Jupyter output with model hashes", () => JSON.stringify({ cells: [{ cell_type: "code", source: ["!sha256sum model.safetensors\n"], outputs: [{ output_type: "stream", name: "stdout", text: [`${g.h(64)}  model.safetensors\n`, `${g.h(64)}  tokenizer.json\n`] }] }], nbformat: 4, nbformat_minor: 5 }, null, 1)],
  ["MCP tool result listing vendor object ids", () => JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: JSON.stringify([{ id: ["ms", "g_01"].join("") + g.a(22), batch: ["msgbatch", "_01"].join("") + g.a(22) }, { file: ["fil", "e-"].join("") + g.a(22), vector_store: ["v", "s_"].join("") + g.a(24) }]) }] } })],
];

const handCases: CorpusCase[] = hand.map(([what, make], i) => ({ id: `y68-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty68-benign", label: "benign", text: make(), note: `benign: ${what}` }));

export const cases: CorpusCase[] = [...rotated, ...handCases];
void B64;
