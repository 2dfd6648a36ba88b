// heldout-y89 benign look-alikes in the same outbound contexts: digests, ids, public material,
// placeholders, masks, secret-manager references, encrypted blobs, minified code, images.
import type { CorpusCase } from "../types.ts";
import { Gen, RENDERERS } from "./_gen.ts";

const g = new Gen(0x89be);
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const HEX = "0123456789abcdef";
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");

// Renderers where the slot is only a named value (no auth header / "key" wording around it).
const SAFE = [
  "OpenAI chat body with pasted .env", "Anthropic tool_use write_file .env.production", "MCP tool result echoing config.yaml",
  "URL query string in access log", ".env file", "docker-compose YAML", "TOML config", "INI config", "Java .properties",
  "JSON config file", "XML app config", "Go code constant", "Java code", "Ruby code", "PHP code", "Rust code",
  "GitHub Actions CI log", "shell history", "Python crash report with locals", "Jupyter notebook cell", "SQL seed insert",
  "unified diff", "k8s Secret stringData", "docker run -e", "Helm values.yaml", "Terraform HCL",
];
const R = RENDERERS.filter((r) => SAFE.includes(r.ctx));

const slots: Array<[string, string, string]> = [
  ["GIT_COMMIT_SHA", "{h40}", "git commit SHA"],
  ["BUILD_SHA", "{h40}", "git commit SHA"],
  ["IMAGE_DIGEST", "sha256:{h64}", "OCI image digest"],
  ["BASE_IMAGE", "node:20-alpine@sha256:{h64}", "pinned image digest"],
  ["ARTIFACT_SHA256", "{h64}", "artifact SHA-256 checksum"],
  ["TARBALL_SHA512", "{h128}", "SHA-512 checksum"],
  ["SRI_INTEGRITY", "sha384-{b64}", "subresource integrity hash"],
  ["LOCK_INTEGRITY", "sha512-{b86}==", "lockfile integrity"],
  ["MD5_CHECKSUM", "{h32}", "MD5 file checksum"],
  ["DEPLOYMENT_ID", "{u}", "deployment UUID"],
  ["TENANT_ID", "{u}", "Azure tenant id (UUID)"],
  ["AZURE_SUBSCRIPTION_ID", "{u}", "Azure subscription id"],
  ["AZURE_CLIENT_ID", "{u}", "Azure AD application (client) id"],
  ["TRACE_ID", "{h32}", "W3C trace id"],
  ["TRACEPARENT", "00-{h32}-{h16}-01", "W3C traceparent header value"],
  ["SPAN_ID", "{h16}", "span id"],
  ["REQUEST_ID", "req_{a24}", "vendor request id"],
  ["CORRELATION_ID", "{u}", "correlation id"],
  ["STRIPE_CUSTOMER_ID", "cus_{a14}", "Stripe customer object id"],
  ["STRIPE_PRICE_ID", "price_1{a23}", "Stripe price object id"],
  ["PAYMENT_INTENT_ID", "pi_3{a23}", "Stripe PaymentIntent id"],
  ["STRIPE_PUBLISHABLE_KEY", "pk_" + "live_51{a22}{a75}", "Stripe publishable key (public by design)"],
  ["OPENAI_ASSISTANT_ID", "asst_{a24}", "OpenAI assistant object id"],
  ["OPENAI_COMPLETION_ID", "chatcmpl-{a29}", "OpenAI completion id"],
  ["ANTHROPIC_MESSAGE_ID", "msg_01{a22}", "Anthropic message id"],
  ["OPENAI_ORG_ID", "org-{a24}", "OpenAI organization id"],
  ["VERCEL_PROJECT_ID", "prj_{a28}", "Vercel project id"],
  ["SLACK_CHANNEL_ID", "C0{U9}", "Slack channel id"],
  ["GITHUB_RUN_ID", "{d11}", "Actions run id"],
  ["ULID", "01J{U23}", "ULID"],
  ["KMS_KEY_ARN", "arn:aws:kms:eu-west-1:{d12}:key/{u}", "KMS key ARN (reference, not key material)"],
  ["DB_SECRET_ARN", "arn:aws:secretsmanager:us-east-1:{d12}:secret:prod/db-{a6}", "Secrets Manager ARN reference"],
  ["CERT_ARN", "arn:aws:acm:us-east-1:{d12}:certificate/{u}", "ACM certificate ARN"],
  ["SSM_PARAM", "ssm:/prod/orders/api_key", "SSM parameter reference"],
  ["OPENAI_API_KEY", "${OPENAI_API_KEY}", "env interpolation placeholder"],
  ["STRIPE_SECRET_KEY", "<your-stripe-secret-key>", "angle-bracket placeholder"],
  ["GITHUB_TOKEN", "${{ secrets.GITHUB_TOKEN }}", "Actions secrets expression"],
  ["ANTHROPIC_API_KEY", "sk-ant-...{U4}", "masked key suffix"],
  ["SENDGRID_API_KEY", "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "all-x placeholder"],
  ["DATABASE_PASSWORD", "op://Engineering/orders-db/password", "1Password secret reference"],
  ["VAULT_SECRET_PATH", "vault:secret/data/prod/payments#api_key", "Vault reference"],
  ["AZURE_KEYVAULT_REF", "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/ApiKey/{h32})", "Key Vault reference with version id"],
  ["GCP_SECRET", "projects/{d12}/secrets/stripe-key/versions/latest", "GCP Secret Manager resource name"],
  ["REDIS_URL", "redis://localhost:6379/0", "local Redis URL without password"],
  ["DATABASE_URL", "postgres://postgres:postgres@localhost:5432/dev", "local default docker credentials"],
  ["API_KEY", "changeme", "changeme placeholder"],
  ["JWT_SECRET", "REPLACE_ME_WITH_64_HEX_CHARS", "replace-me placeholder"],
  ["SESSION_SECRET", "********", "masked value"],
  ["SSH_HOST_FINGERPRINT", "SHA256:{b43}", "SSH host key fingerprint"],
  ["GPG_KEY_ID", "{H16}", "GPG key id"],
  ["CONFIG_CONTENT_HASH", "{h64}", "content hash of a config file"],
  ["ETAG", "W/\"{h32}\"", "HTTP ETag"],
  ["CACHE_KEY", "node-modules-Linux-{h64}", "CI cache key (lockfile hash)"],
  ["ASSET_HASH", "main.{h20}.js", "bundle filename hash"],
  ["NPM_PACKAGE_VERSION", "1.{d2}.{d1}-canary.{h7}", "prerelease version with sha"],
  ["GOOGLE_CLOUD_PROJECT", "acme-prod-{d6}", "GCP project id"],
  ["SENTRY_RELEASE", "orders@{h40}", "release name with SHA"],
  ["NONCE", "{d10}", "numeric nonce / timestamp"],
  ["AGE_RECIPIENT", "age1{l58}", "age public recipient"],
  ["WIREGUARD_PUBLIC_KEY", "{b43}=", "WireGuard peer public key"],
];

const gen: CorpusCase[] = slots.map(([env, tpl, what], i) => {
  const r = R[i % R.length]!;
  return {
    id: `y89-b-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: "heldouty89-benign",
    label: "benign",
    text: r.f(env, g.t(tpl), "api.example.com", g),
    note: `${what}; slot ${env}; context: ${r.ctx}`,
  };
});

const H = (i: number, text: string, note: string): CorpusCase => ({
  id: `y89-bk-${String(i).padStart(3, "0")}`, kind: "secrets", category: "heldouty89-benign", label: "benign", text, note,
});
const CERT = "CERTIFICATE";
const PUB = "PUBLIC KEY";

const hand: CorpusCase[] = [
  H(1, `-----BEGIN ${CERT}-----\n${wrap("MIID" + g.s(1180, B64))}\n-----END ${CERT}-----\n`, "PEM X.509 certificate; pasted into chat"),
  H(2, JSON.stringify({ type: "tool_use", id: "toolu_01" + g.s(22), name: "write_file", input: { path: "certs/jwt-public.pem", content: `-----BEGIN ${PUB}-----\n${wrap("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + g.s(320, B64))}IDAQAB\n-----END ${PUB}-----\n` } }), "RSA public key PEM; tool_use write_file"),
  H(3, `$ cat ~/.ssh/id_ed25519.pub\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, B64)} dev@laptop\n`, "SSH ed25519 public key; shell output"),
  H(4, `# ~/.ssh/authorized_keys\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.s(540, B64)}= deploy@ci\n`, "SSH RSA public key in authorized_keys"),
  H(5, `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA${g.s(600, B64)}AAAAAElFTkSuQmCC" />`, "base64 PNG data URI in HTML"),
  H(6, `!function(e,t){"object"==typeof exports?module.exports=t():e.${g.s(2, "abcdefghij")}=t()}(this,function(){var e="${g.s(40, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}",t=function(n){for(var r=0,o=0;o<n.length;o++)r=(r<<5)-r+n.charCodeAt(o)|0;return r};return{h:t,k:e.split("").reverse().join("")}});`, "minified JS bundle with an internal alphabet table"),
  H(7, `.btn-${g.s(8, HEX)}{color:#1a73e8;background:url(/static/media/bg.${g.s(20, HEX)}.webp)}\n.css-${g.s(6, "abcdefghijklmnopqrstuvwxyz")}-Button{padding:4px 8px;border-radius:4px}\n.sc-${g.s(6, "abcdefghijABCDEFGHIJ")}{display:flex}`, "generated CSS class names and hashed asset URL"),
  H(8, `db_password: ENC[AES256_GCM,data:${g.s(32, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\napi_key: ENC[AES256_GCM,data:${g.s(48, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\nsops:\n    age:\n        - recipient: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n    lastmodified: "2026-11-30T10:12:55Z"\n    mac: ENC[AES256_GCM,data:${g.s(86, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\n    version: 3.9.1\n`, "SOPS-encrypted YAML"),
  H(9, `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: payments\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.s(680, B64)}==\n`, "Bitnami SealedSecret encryptedData"),
  H(10, `vault_db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${Array.from({ length: 5 }, () => g.s(80, "0123456789abcdef")).join("\n  ")}\n`, "ansible-vault encrypted variable"),
  H(11, `"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-${g.s(86, B64)}=="\n},\n"node_modules/zod": {\n  "version": "3.23.8",\n  "integrity": "sha512-${g.s(86, B64)}=="\n}`, "package-lock integrity hashes"),
  H(12, `github.com/google/uuid v1.6.0 h1:${g.s(43, B64)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.s(43, B64)}=\ngolang.org/x/sys v0.21.0 h1:${g.s(43, B64)}=\n`, "go.sum module hashes"),
  H(13, `[[package]]\nname = "serde"\nversion = "1.0.203"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.s(64, HEX)}"\n`, "Cargo.lock checksum"),
  H(14, `${g.s(64, HEX)}  orders-linux-amd64.tar.gz\n${g.s(64, HEX)}  orders-darwin-arm64.tar.gz\n${g.s(64, HEX)}  orders-windows-amd64.zip\n`, "SHA256SUMS release file"),
  H(15, `spec:\n  containers:\n    - name: api\n      image: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/api@sha256:${g.s(64, HEX)}\n      envFrom:\n        - secretRef:\n            name: api-env\n`, "k8s manifest with ECR image digest and secretRef"),
  H(16, JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `commit ${g.s(40, HEX)}\nAuthor: Dana <dana@acme.io>\nDate:   Thu Dec 3 10:02:11 2026 +0000\n\n    fix(billing): retry idempotent charges\n\ncommit ${g.s(40, HEX)}\nMerge: ${g.s(7, HEX)} ${g.s(7, HEX)}\n` }] } }), "MCP tool result with commit SHAs"),
  H(17, `{"level":"info","ts":"2026-12-05T11:02:44Z","msg":"request done","trace_id":"${g.s(32, HEX)}","span_id":"${g.s(16, HEX)}","request_id":"${g.uuid()}","status":200,"latency_ms":${g.int(3, 900)}}`, "structured log with trace/request ids"),
  H(18, `curl -s https://api.stripe.com/v1/customers/cus_${g.s(14)} \\\n  -u "$STRIPE_SECRET_KEY:"`, "curl with env-var reference and vendor object id"),
  H(19, `## Configuration\n\n| variable | example |\n|---|---|\n| \`OPENAI_API_KEY\` | \`sk-proj-XXXXXXXXXXXXXXXXXXXXXXXX\` |\n| \`STRIPE_SECRET_KEY\` | \`sk_live_...\` |\n| \`SLACK_BOT_TOKEN\` | \`xoxb-your-token-here\` |\n`, "README table of masked placeholders"),
  H(20, `env:\n  OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n  AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n  AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\nsteps:\n  - uses: actions/checkout@${g.s(40, HEX)}\n`, "GitHub Actions secrets references and pinned action SHA"),
  H(21, `2026-12-05T14:22:11.0000000Z Run aws sts get-caller-identity\n2026-12-05T14:22:11.0000000Z   AWS_ACCESS_KEY_ID: ***\n2026-12-05T14:22:11.0000000Z   AWS_SECRET_ACCESS_KEY: ***\n2026-12-05T14:22:12.0000000Z {"UserId": "AROA${g.s(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}:gha", "Account": "${g.s(12, "0123456789")}"}`, "CI log with masked secrets and role unique id"),
  H(22, `resource "aws_iam_role" "ci" {\n  name               = "ci-deployer"\n  assume_role_policy = data.aws_iam_policy_document.ci.json\n}\n\ndata "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/orders/db"\n}\n\nlocals {\n  db_password = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]\n}\n`, "Terraform reading from Secrets Manager"),
  H(23, `import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nresp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])\nprint(resp.id)  # chatcmpl-${g.s(29)}\n`, "SDK code reading key from env; completion id in comment"),
  H(24, JSON.stringify({ id: "msg_01" + g.s(22), type: "message", role: "assistant", model: "claude-sonnet-4", content: [{ type: "text", text: "Set `ANTHROPIC_API_KEY` in your shell, e.g. `export ANTHROPIC_API_KEY=<your key>`." }], usage: { input_tokens: 512, output_tokens: 40 } }), "Anthropic response with placeholder advice"),
  H(25, `{\n  "cells": [{"cell_type": "code", "source": ["import hashlib\\n", "hashlib.sha256(b'data').hexdigest()"], "outputs": [{"output_type": "execute_result", "data": {"text/plain": ["'${g.s(64, HEX)}'"]}, "execution_count": 1}]}],\n  "metadata": {}, "nbformat": 4, "nbformat_minor": 5\n}`, "notebook output of a SHA-256 digest"),
  H(26, `INSERT INTO users (id, email, password_hash, created_at) VALUES\n ('${g.uuid()}', 'a@acme.io', '$2b$12$${g.s(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}', NOW());`, "bcrypt password hash in seed SQL"),
  H(27, `user:$argon2id$v=19$m=65536,t=3,p=4$${g.s(22, B64)}$${g.s(43, B64)}`, "argon2id password hash (htpasswd-like)"),
  H(28, `diff --git a/.env.example b/.env.example\n--- a/.env.example\n+++ b/.env.example\n@@ -1,3 +1,4 @@\n OPENAI_API_KEY=\n+ANTHROPIC_API_KEY=your-anthropic-key\n STRIPE_SECRET_KEY=sk_test_replace_me\n`, "diff of .env.example placeholders"),
  H(29, `[profile prod]\nsso_start_url = https://acme.awsapps.com/start\nsso_region = eu-west-1\nsso_account_id = ${g.s(12, "0123456789")}\nsso_role_name = AdministratorAccess\ncredential_process = aws-vault exec prod --json\n`, "AWS config SSO profile (no keys)"),
  H(30, `<configuration>\n  <connectionStrings>\n    <add name="Default" connectionString="Server=tcp:acme.database.windows.net;Database=orders;Authentication=Active Directory Managed Identity;User Id=${g.uuid()}" />\n  </connectionStrings>\n</configuration>`, "SQL connection string with managed identity (no password)"),
  H(31, `PS> Get-FileHash .\\setup.exe -Algorithm SHA256\n\nAlgorithm       Hash                                                                   Path\n---------       ----                                                                   ----\nSHA256          ${g.s(64, "0123456789ABCDEF")}       C:\\dl\\setup.exe`, "PowerShell file hash output"),
  H(32, `{"kty":"RSA","use":"sig","kid":"${g.s(40, HEX)}","alg":"RS256","n":"${g.s(342, B64.replace("+/", "-_"))}","e":"AQAB"}`, "JWKS public key (no private members)"),
  H(33, `PUT /v1/objects/report.csv HTTP/1.1\nHost: storage.example.com\nContent-MD5: ${g.s(22, B64)}==\nx-amz-content-sha256: ${g.s(64, HEX)}\nx-amz-request-id: ${g.s(16, "0123456789ABCDEF")}\nAuthorization: Bearer $TOKEN\n`, "HTTP request with content hashes and unexpanded token var"),
  H(34, `{\n  "name": "@acme/ui",\n  "version": "4.2.0",\n  "dist": {\n    "shasum": "${g.s(40, HEX)}",\n    "tarball": "https://registry.npmjs.org/@acme/ui/-/ui-4.2.0.tgz",\n    "integrity": "sha512-${g.s(86, B64)}=="\n  }\n}`, "npm registry metadata shasum/integrity"),
  H(35, `mapboxgl.accessToken = process.env.NEXT_PUBLIC_MAPBOX_TOKEN; // public token, set in Vercel\nconst style = "mapbox://styles/acme/${g.s(25, "abcdefghijklmnopqrstuvwxyz0123456789")}";`, "env reference and map style id"),
  H(36, `$ kubectl get secret api-env -o jsonpath='{.data}'\n{"LOG_LEVEL":"${Buffer.from("info").toString("base64")}","REGION":"${Buffer.from("eu-west-1").toString("base64")}","FEATURE_FLAGS":"${Buffer.from("search,beta").toString("base64")}"}`, "k8s Secret data with non-secret base64 values"),
  H(37, `Crash report\nThread 0 Crashed:\n0   libsystem_kernel.dylib  0x00000001${g.s(8, HEX)} __pthread_kill + 8\n1   Orders                  0x00000001${g.s(8, HEX)} main + 212\nBinary Images:\n0x1${g.s(8, HEX)} - 0x1${g.s(8, HEX)} Orders arm64  <${g.s(32, HEX)}> /Applications/Orders.app\n`, "crash dump addresses and binary UUID"),
  H(38, `$ openssl x509 -in server.crt -noout -fingerprint -sha256\nsha256 Fingerprint=${Array.from({ length: 32 }, () => g.s(2, "0123456789ABCDEF")).join(":")}`, "certificate fingerprint"),
  H(39, `const config = {\n  apiKey: process.env.API_KEY!, // never hardcode\n  secret: getSecret("payments/stripe"),\n  webhookSecret: await vault.read("secret/data/stripe#webhook"),\n};`, "code resolving secrets via references"),
  H(40, `hey, rotated the datadog key. new one is in 1Password under "Datadog / prod API key" and in SSM at /prod/datadog/api_key. ping me if the agent still can't ship logs (request id ${g.uuid()})`, "chat message pointing at a secret store"),
];

export const cases: CorpusCase[] = [...gen, ...hand];
