// heldout-y16: benign look-alikes in the same contexts as the positives. Rotated values go
// through the shared renderers (minus the ones whose wording frames the value as a credential);
// the rest are handcrafted files.
import type { CorpusCase } from "../types.ts";
import { B64, DG, HX, LO, LOD, RENDERERS, UP, UPD, URLS, b64, j, rng, s, uuid, type Ctx, type R } from "./_gen.ts";

const r = rng(0x16b0);
const js = (x: unknown) => JSON.stringify(x, null, 2);

type Mk = (r: R) => Array<[string, string]>;
const rot: Array<{ p: string; mk: Mk }> = [
  { p: "git commit SHA", mk: (r) => [["GIT_COMMIT_SHA", s(r, 40, HX)], ["GIT_BRANCH", "main"]] },
  { p: "container image digest", mk: (r) => [["IMAGE_DIGEST", `sha256:${s(r, 64, HX)}`], ["IMAGE_TAG", "1.14.2"]] },
  { p: "request and trace ids", mk: (r) => [["REQUEST_ID", uuid(r)], ["TRACEPARENT", `00-${s(r, 32, HX)}-${s(r, 16, HX)}-01`]] },
  { p: "Stripe publishable key and price id", mk: (r) => [["STRIPE_PUBLISHABLE_KEY", j("pk", "_live_", "51", s(r, 97))], ["STRIPE_PRICE_ID", j("price_", "1", s(r, 23))]] },
  { p: "Stripe object ids", mk: (r) => [["DEFAULT_CUSTOMER_ID", j("cus_", s(r, 14))], ["LAST_PAYMENT_INTENT", j("pi_", "3", s(r, 23))]] },
  { p: "OpenAI object ids", mk: (r) => [["ASSISTANT_ID", j("asst_", s(r, 24))], ["VECTOR_STORE_ID", j("vs_", s(r, 24))]] },
  { p: "Anthropic message and request ids", mk: (r) => [["LAST_MESSAGE_ID", j("msg_", "01", s(r, 22))], ["LAST_REQUEST_ID", j("req_", "011C", s(r, 20))]] },
  { p: "AWS account, KMS key id, role ARN", mk: (r) => [["AWS_ACCOUNT_ID", s(r, 12, DG)], ["KMS_KEY_ID", uuid(r)], ["DEPLOY_ROLE_ARN", `arn:aws:iam::${s(r, 12, DG)}:role/github-deploy`]] },
  { p: "Azure subscription / tenant ids", mk: (r) => [["AZURE_SUBSCRIPTION_ID", uuid(r)], ["AZURE_TENANT_ID", uuid(r)], ["AZURE_LOCATION", "westeurope"]] },
  { p: "placeholder values", mk: () => [["OPENAI_API_KEY", "<your-openai-api-key>"], ["ANTHROPIC_API_KEY", "your-anthropic-key-here"]] },
  { p: "env var references", mk: () => [["STRIPE_SECRET_KEY", "${STRIPE_SECRET_KEY}"], ["DATABASE_URL", "${DATABASE_URL:?must be set}"]] },
  { p: "masked key", mk: () => [["OPENAI_API_KEY", "sk-proj-...a9Xq"], ["GITHUB_TOKEN", "ghp_************************************"]] },
  { p: "secret manager references", mk: (r) => [["DB_PASSWORD", `arn:aws:secretsmanager:eu-west-1:${s(r, 12, DG)}:secret:prod/db/password-${s(r, 6)}`], ["API_TOKEN", "op://Platform/acme-api/credential"]] },
  { p: "Vault and GCP secret paths", mk: () => [["VAULT_SECRET_PATH", "secret/data/prod/payments"], ["GCP_SECRET", "projects/acme-prod/secrets/stripe-key/versions/latest"]] },
  { p: "Slack channel / team ids", mk: (r) => [["SLACK_CHANNEL_ID", j("C0", s(r, 9, UPD))], ["SLACK_TEAM_ID", j("T0", s(r, 9, UPD))]] },
  { p: "Sentry event id and release", mk: (r) => [["SENTRY_RELEASE", `web@${s(r, 12, HX)}`], ["LAST_EVENT_ID", s(r, 32, HX)]] },
  { p: "Mongo ObjectId and ULID", mk: (r) => [["SEED_ORG_ID", s(r, 24, HX)], ["SEED_JOB_ID", j("01J", s(r, 23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))]] },
  { p: "content hashes of build assets", mk: (r) => [["ASSET_MANIFEST_HASH", s(r, 20, HX)], ["BUNDLE_SHA384", `sha384-${s(r, 64, B64)}`]] },
  { p: "Ethereum address and tx hash", mk: (r) => [["TREASURY_ADDRESS", `0x${s(r, 40, HX)}`], ["DEPLOY_TX_HASH", `0x${s(r, 64, HX)}`]] },
  { p: "GPG key id and fingerprint", mk: (r) => [["GPG_KEY_ID", s(r, 16, "0123456789ABCDEF")], ["GPG_FINGERPRINT", s(r, 40, "0123456789ABCDEF")]] },
  { p: "SSH host key fingerprint", mk: (r) => [["BASTION_HOST_KEY_FP", `SHA256:${s(r, 43, B64)}`], ["BASTION_HOST", "bastion.acme.io"]] },
  { p: "Google OAuth client id (public)", mk: (r) => [["GOOGLE_CLIENT_ID", `${s(r, 12, DG)}-${s(r, 32, LOD)}.apps.googleusercontent.com`], ["GOOGLE_REDIRECT_URI", "https://app.acme.io/auth/callback"]] },
  { p: "Kubernetes uid and resourceVersion", mk: (r) => [["POD_UID", uuid(r)], ["RESOURCE_VERSION", s(r, 9, DG)]] },
  { p: "Datadog trace ids", mk: (r) => [["DD_TRACE_ID", s(r, 19, DG)], ["DD_SPAN_ID", s(r, 19, DG)], ["DD_ENV", "prod"]] },
  { p: "SOPS-encrypted values", mk: (r) => [["DB_PASSWORD", `ENC[AES256_GCM,data:${s(r, 28, B64)},iv:${s(r, 43, B64)}=,tag:${s(r, 22, B64)}==,type:str]`]] },
  { p: "Twilio Messaging Service SID and phone", mk: (r) => [["TWILIO_MESSAGING_SERVICE_SID", j("MG", s(r, 32, HX))], ["TWILIO_FROM", "+14155550123"]] },
  { p: "PostHog/analytics public project key", mk: (r) => [["NEXT_PUBLIC_POSTHOG_HOST", "https://eu.i.posthog.com"], ["ANALYTICS_PROJECT_ID", s(r, 6, DG)]] },
  { p: "checksums", mk: (r) => [["CLI_SHA256", s(r, 64, HX)], ["CLI_VERSION", "2.31.0"]] },
  { p: "GitHub workflow run ids", mk: (r) => [["GITHUB_RUN_ID", s(r, 11, DG)], ["GITHUB_SHA", s(r, 40, HX)], ["GITHUB_REF", "refs/heads/main"]] },
  { p: "IPFS CID and Git LFS oid", mk: (r) => [["MODEL_CID", j("bafybei", s(r, 52, "abcdefghijklmnopqrstuvwxyz234567"))], ["WEIGHTS_OID", `sha256:${s(r, 64, HX)}`]] },
];

// Renderers whose wording frames any value as a credential are not used for benign values.
const SKIP = new Set(["SQL seed insert", "chat message in LLM body", "Markdown setup doc", "form-encoded POST body", "k8s Secret (base64 data)", "Java field", "curl command with header", "raw HTTP request headers", "URL query string in fetch log", "multipart upload field"]);
const OK = RENDERERS.filter((x) => !SKIP.has(x.name));

const out: CorpusCase[] = [];
let n = 0;
for (let pass = 0; pass < 2; pass++) {
  for (const b of rot) {
    const rd = OK[(n * 5 + pass) % OK.length]!;
    const pairs = b.mk(r);
    const c: Ctx = { pairs, env: pairs[0]![0], key: pairs[0]![0].toLowerCase(), val: pairs[0]![1], p: b.p, h: "", host: "api.acme.io", r };
    n++;
    out.push({ id: `y16-b-${String(n).padStart(3, "0")}`, kind: "secrets", category: "heldouty16-benign", label: "benign", text: rd.f(c), note: `${b.p} in ${rd.name}` });
  }
}

const cert = ["-----BEGIN CERTIFICATE-----", "MIIDdzCCAl+gAwIBAgIUY" + s(r, 43, B64), ...Array.from({ length: 16 }, () => s(r, 64, B64)), s(r, 20, B64) + "==", "-----END CERTIFICATE-----"].join("\n");
const pub = ["-----BEGIN PUBLIC KEY-----", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + s(r, 20, B64), ...Array.from({ length: 5 }, () => s(r, 64, B64)), s(r, 6, B64) + "IDAQAB", "-----END PUBLIC KEY-----"].join("\n");
const sshPub = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${s(r, 43, B64)} deploy@acme-ci`;
const sshRsaPub = `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${s(r, 500, B64)}= dev@laptop`;
const vault = ["$ANSIBLE_VAULT;1.1;AES256", ...Array.from({ length: 8 }, () => s(r, 80, HX))].join("\n");
const png = `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${s(r, 300, B64)}AAAAAElFTkSuQmCC`;

const hand: Array<[string, string]> = [
  ["PEM certificate pasted in a chat body", js({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: `is this cert expired? openssl says unable to get local issuer\n\n${cert}` }] })],
  ["PEM public key in a JWT verifier config (YAML)", `auth:\n  issuer: https://auth.acme.io/\n  audience: api\n  jwt_public_key: |\n${pub.split("\n").map((l) => `    ${l}`).join("\n")}\n`],
  ["SSH ed25519 public key in authorized_keys via tool call", js({ type: "tool_use", id: "toolu_01" + s(r, 22), name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `${sshPub}\n` } })],
  ["SSH RSA public key in cloud-init user-data", `#cloud-config\nusers:\n  - name: ops\n    groups: sudo\n    shell: /bin/bash\n    ssh_authorized_keys:\n      - ${sshRsaPub}\n`],
  ["ansible-vault encrypted file", `# group_vars/prod/vault.yml\n${vault}\n`],
  ["SOPS-encrypted YAML with sops metadata", `db:\n    password: ENC[AES256_GCM,data:${s(r, 24, B64)},iv:${s(r, 43, B64)}=,tag:${s(r, 22, B64)}==,type:str]\n    user: ENC[AES256_GCM,data:${s(r, 8, B64)},iv:${s(r, 43, B64)}=,tag:${s(r, 22, B64)}==,type:str]\nsops:\n    kms: []\n    age:\n        - recipient: age1${s(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${s(r, 64, B64)}\n            ${s(r, 64, B64)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2026-11-20T10:11:12Z"\n    mac: ENC[AES256_GCM,data:${s(r, 88, B64)},iv:${s(r, 43, B64)}=,tag:${s(r, 22, B64)}==,type:str]\n    version: 3.9.1\n`],
  ["Bitnami SealedSecret", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-creds\n  namespace: prod\nspec:\n  encryptedData:\n    API_TOKEN: AgB${s(r, 600, B64)}==\n  template:\n    metadata:\n      name: api-creds\n`],
  ["base64 PNG data URI in CSS", `.logo {\n  width: 16px;\n  height: 16px;\n  background-image: url("${png}");\n}\n`],
  ["minified JS bundle excerpt", `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n.c=t,n.d=function(e,t,r){n.o(e,t)||Object.defineProperty(e,t,{enumerable:!0,get:r})},n.p="/static/",n.h="${s(r, 20, HX)}",n(n.s="${s(r, 4, HX)}")}({"${s(r, 4, HX)}":function(e,t){e.exports={version:"4.2.0",build:"${s(r, 20, HX)}"}}});\n//# sourceMappingURL=main.${s(r, 8, HX)}.js.map`],
  ["CSS modules with hashed class names", `.Button_root__${s(r, 5, `${LO}${UP}_`)}{display:inline-flex;padding:0 12px}.Button_primary__${s(r, 5, `${LO}${UP}_`)}{background:#0a66c2}.css-${s(r, 6, LOD)}{margin:0;font:inherit}.sc-${s(r, 6, `${LO}${UP}`)}{color:rgba(0,0,0,.87)}`],
  ["package-lock.json integrity hashes", js({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.org/react/-/react-18.3.1.tgz", integrity: `sha512-${s(r, 86, B64)}==` }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${s(r, 86, B64)}==` } } })],
  ["go.sum lines", `github.com/aws/aws-sdk-go-v2 v1.32.4 h1:${s(r, 43, B64)}=\ngithub.com/aws/aws-sdk-go-v2 v1.32.4/go.mod h1:${s(r, 43, B64)}=\ngolang.org/x/crypto v0.29.0 h1:${s(r, 43, B64)}=\n`],
  ["Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${s(r, 64, HX)}"\n\n[[package]]\nname = "tokio"\nversion = "1.41.1"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${s(r, 64, HX)}"\n`],
  ["SHA256SUMS file in a CI log", `2026-11-30T10:00:01Z + sha256sum dist/*\n2026-11-30T10:00:01Z ${s(r, 64, HX)}  dist/cli-darwin-arm64\n2026-11-30T10:00:01Z ${s(r, 64, HX)}  dist/cli-linux-amd64\n2026-11-30T10:00:02Z ${s(r, 64, HX)}  dist/cli-windows-amd64.exe`],
  ["docker push output with digests", `The push refers to repository [ghcr.io/acme/api]\n${s(r, 12, HX)}: Pushed\n${s(r, 12, HX)}: Layer already exists\n1.14.2: digest: sha256:${s(r, 64, HX)} size: 1786`],
  ["git log --oneline via MCP result", js({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: Array.from({ length: 6 }, (_, i) => `${s(r, 40, HX)} ${["fix: retry on 429", "chore(deps): bump zod", "feat: export csv", "docs: readme", "refactor: client", "test: flaky sync"][i]}`).join("\n") }] } })],
  ["OpenAI chat completion response ids", js({ id: j("chatcmpl-", s(r, 29)), object: "chat.completion", created: 1733400000, model: "gpt-4.1-2025-04-14", system_fingerprint: j("fp_", s(r, 10, HX)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3, total_tokens: 815 } })],
  ["Anthropic response with message id and tool_use id", js({ id: j("msg_", "01", s(r, 22)), type: "message", role: "assistant", model: "claude-sonnet-4-5-20250929", content: [{ type: "tool_use", id: j("toolu_", "01", s(r, 22)), name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use", usage: { input_tokens: 2048, output_tokens: 61 } })],
  ["Stripe webhook event payload (object ids only)", js({ id: j("evt_", "1", s(r, 23)), object: "event", type: "invoice.paid", data: { object: { id: j("in_", "1", s(r, 23)), customer: j("cus_", s(r, 14)), subscription: j("sub_", "1", s(r, 23)), charge: j("ch_", "3", s(r, 23)), amount_paid: 4900 } }, request: { id: j("req_", s(r, 14)), idempotency_key: uuid(r) } })],
  ["HTTP response headers with request ids and ETag", `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${uuid(r)}\nx-amzn-trace-id: Root=1-${s(r, 8, HX)}-${s(r, 24, HX)}\netag: W/"${s(r, 32, HX)}"\ncf-ray: ${s(r, 16, HX)}-FRA\nstrict-transport-security: max-age=63072000`],
  ["CSP nonce and SRI hashes in HTML", `<!doctype html>\n<html>\n<head>\n  <meta http-equiv="Content-Security-Policy" content="script-src 'nonce-${s(r, 22, B64)}=='">\n  <script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3" integrity="sha384-${s(r, 64, B64)}" crossorigin="anonymous"></script>\n</head>\n<body></body>\n</html>`],
  ["GitHub Actions workflow using secrets references", `name: deploy\non: { push: { branches: [main] } }\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${s(r, 40, HX)} # v4.2.2\n      - run: ./deploy.sh\n        env:\n          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          STRIPE_SECRET_KEY: \${{ secrets.STRIPE_SECRET_KEY }}\n`],
  ["CI log with masked secrets", `2026-11-30T09:14:02.121Z + export OPENAI_API_KEY=***\n2026-11-30T09:14:02.121Z + export NPM_TOKEN=***\n2026-11-30T09:14:02.340Z + npm publish --access public\n2026-11-30T09:14:06.001Z + @acme/sdk@4.2.0`],
  [".env.example with placeholders", `# Copy to .env and fill in\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your-anthropic-key>\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nGITHUB_TOKEN=\nDATABASE_URL=postgresql://USER:PASSWORD@localhost:5432/app\n`],
  ["Azure Key Vault references in App Service settings", js([{ name: "SqlPassword", value: "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sql-password/)", slotSetting: false }, { name: "StorageKey", value: "@Microsoft.KeyVault(VaultName=acme-kv;SecretName=storage-key)", slotSetting: false }])],
  ["external-secrets ExternalSecret", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: payments\nspec:\n  refreshInterval: 1h\n  secretStoreRef: { name: aws-sm, kind: ClusterSecretStore }\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef: { key: prod/payments, property: stripe_secret_key }\n`],
  ["Terraform referencing variables and data sources", `variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\ndata "aws_secretsmanager_secret_version" "api" {\n  secret_id = "prod/api-token"\n}\n\nresource "aws_db_instance" "main" {\n  identifier = "app-${s(r, 6, LOD)}"\n  password   = var.db_password\n  kms_key_id = "arn:aws:kms:eu-west-1:${s(r, 12, DG)}:key/${uuid(r)}"\n}\n`],
  ["Python code reading keys from env (no values)", `import os\nfrom anthropic import Anthropic\nfrom openai import OpenAI\n\nanthropic = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\nopenai = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))\nREQUEST_ID = "${uuid(r)}"\n`],
  ["Jupyter output with a dataframe of hashes", js({ cells: [{ cell_type: "code", execution_count: 7, source: ["df[['file', 'sha256']].head(3)"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`   file  sha256\n0  a.parquet  ${s(r, 64, HX)}\n1  b.parquet  ${s(r, 64, HX)}\n2  c.parquet  ${s(r, 64, HX)}`] } }] }] })],
  ["SQL with UUID primary keys and hashes", `INSERT INTO artifacts (id, project_id, sha256, size_bytes) VALUES\n  ('${uuid(r)}', '${uuid(r)}', '${s(r, 64, HX)}', 1048576),\n  ('${uuid(r)}', '${uuid(r)}', '${s(r, 64, HX)}', 2097152);\n`],
  ["Markdown doc with masked key and env var instructions", `## Authentication\n\nSet \`ACME_API_KEY\` in your environment. Keys look like \`acme_live_••••••••3f9a\` in the dashboard; never commit them.\n\n\`\`\`bash\nexport ACME_API_KEY="<paste key from dashboard>"\n\`\`\`\n`],
  ["diff rotating a key to a secret manager reference", `--- a/config/prod.yaml\n+++ b/config/prod.yaml\n@@ -4,3 +4,3 @@ payments:\n   provider: stripe\n-  secret_key: \${STRIPE_SECRET_KEY}\n+  secret_key: vault:secret/data/prod/payments#stripe_secret_key\n   webhook_path: /hooks/stripe`],
  ["Sentry stack trace with event and trace ids", `Sentry event ${s(r, 32, HX)}\ntrace_id=${s(r, 32, HX)} span_id=${s(r, 16, HX)}\nTypeError: Cannot read properties of undefined (reading 'id')\n    at handler (/app/dist/server.js:1:${s(r, 5, DG)})\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)`],
  ["Kubernetes ConfigMap with build metadata", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: build-info\ndata:\n  commit: ${s(r, 40, HX)}\n  image: ghcr.io/acme/api@sha256:${s(r, 64, HX)}\n  build_id: "${s(r, 10, DG)}"\n`],
  ["Slack API response with object ids", js({ ok: true, channel: j("C0", s(r, 9, UPD)), ts: `${s(r, 10, DG)}.${s(r, 6, DG)}`, message: { type: "message", user: j("U0", s(r, 9, UPD)), bot_id: j("B0", s(r, 9, UPD)), team: j("T0", s(r, 9, UPD)), text: "deploy finished" } })],
  ["JWKS public keys (no private parts)", js({ keys: [{ kty: "RSA", kid: s(r, 16, LOD), use: "sig", alg: "RS256", n: s(r, 342, URLS), e: "AQAB" }, { kty: "EC", kid: s(r, 16, LOD), crv: "P-256", x: s(r, 43, URLS), y: s(r, 43, URLS) }] })],
  ["age public recipient and Ethereum address in config", `[encryption]\nrecipient = "age1${s(r, 58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}"\n\n[wallet]\npayout_address = "0x${s(r, 40, HX)}"\nchain_id = 8453\n`],
  ["WireGuard peer public key only", `[Peer]\n# laptop\nPublicKey = ${s(r, 43, B64)}=\nAllowedIPs = 10.8.0.3/32\n`],
  ["Base64-encoded non-secret JSON in a ConfigMap", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: features\nbinaryData:\n  flags.json: ${b64(JSON.stringify({ newCheckout: true, maxUploadMb: 50, regions: ["eu", "us"] }))}\n`],
  ["yarn.lock resolved entries", `"@babel/core@^7.24.0":\n  version "7.26.0"\n  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.26.0.tgz#${s(r, 40, HX)}"\n  integrity sha512-${s(r, 86, B64)}==\n`],
  ["MCP tool result listing files with hashes", js({ jsonrpc: "2.0", id: 31, result: { content: [{ type: "text", text: Array.from({ length: 4 }, (_, i) => `${["models/encoder.onnx", "models/tokenizer.json", "data/train.parquet", "data/eval.parquet"][i]}\tsha1:${s(r, 40, HX)}\t${s(r, 7, DG)} bytes`).join("\n") }] } })],
];

for (const [note, text] of hand) {
  out.push({ id: `y16-bk-${String(out.length - 2 * rot.length + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty16-benign", label: "benign", text, note });
}

export const cases: CorpusCase[] = out;
