// heldout-y47 benign look-alikes: hashes, ids, public material, placeholders, secret-manager
// references and encrypted blobs, in the same contexts as the positives (built at run time).
import type { CorpusCase } from "../types.ts";
import { G, RENDERERS, ctxFor, j, type Spec } from "./_gen.ts";

const g = new G(47004);

// Renderers that put the value in a neutral slot (no auth header, no "credential" wording).
const SAFE = new Set([
  "OpenAI chat body with pasted .env", "Anthropic tool_use write_file", "OpenAI tool_calls shell export",
  "MCP tool result echoed (read_file)", ".env file", "YAML config", "TOML config", "INI config",
  "Java properties", "JSON config file", "XML config", "Ruby code", "PHP code", "Rust code",
  "GitHub Actions log", "shell history", "Python crash dump with locals", "Jupyter notebook cell",
  "unified diff", "docker-compose", "OpenAI chat body with pasted log", "URL query string", "Java code",
]);
const safe = RENDERERS.filter((r) => SAFE.has(r.name));

type BSpec = Omit<Spec, "group">;
const bspecs: BSpec[] = [
  { provider: "git", env: "GIT_COMMIT_SHA", slot: "commit SHA", make: (g) => g.h(40) },
  { provider: "OCI registry", env: "IMAGE_DIGEST", slot: "image digest", make: (g) => j("sha256:", g.h(64)) },
  { provider: "build system", env: "BUILD_ID", slot: "build UUID", make: (g) => g.uuid() },
  { provider: "OpenTelemetry", env: "TRACE_ID", slot: "trace id", make: (g) => g.h(32) },
  { provider: "Stripe", env: "STRIPE_PUBLISHABLE_KEY", slot: "publishable key", make: (g) => j("pk", "_live_", "51", g.a(97)) },
  { provider: "Stripe", env: "STRIPE_CUSTOMER_ID", slot: "customer object id", make: (g) => j("cus_", g.a(14)) },
  { provider: "Stripe", env: "STRIPE_PRICE_ID", slot: "price object id", make: (g) => j("price_", "1", g.a(23)) },
  { provider: "OpenAI", env: "LAST_COMPLETION_ID", slot: "chat completion id", make: (g) => j("chatcmpl-", g.a(29)) },
  { provider: "OpenAI", env: "OPENAI_ASSISTANT_ID", slot: "assistant id", make: (g) => j("asst_", g.a(24)) },
  { provider: "Anthropic", env: "ANTHROPIC_MESSAGE_ID", slot: "message id", make: (g) => j("msg_01", g.a(22)) },
  { provider: "npm", env: "PACKAGE_INTEGRITY", slot: "SRI integrity hash", make: (g) => j("sha512-", g.b64(86), "==") },
  { provider: "placeholder", env: "OPENAI_API_KEY", slot: "masked key", make: (g) => j("sk-", "proj-", "••••••••••••", g.a(4)) },
  { provider: "placeholder", env: "STRIPE_SECRET_KEY", slot: "template placeholder", make: () => "<your-stripe-secret-key>" },
  { provider: "placeholder", env: "GITHUB_TOKEN", slot: "variable reference", make: () => "${GITHUB_TOKEN}" },
  { provider: "AWS Secrets Manager", env: "DB_PASSWORD_SECRET_ARN", slot: "secret ARN reference", make: (g) => j("arn:aws:secretsmanager:us-east-1:", g.d(12), ":secret:prod/orders/db-", g.a(6)) },
  { provider: "1Password", env: "ANTHROPIC_API_KEY", slot: "op:// reference", make: () => "op://Engineering/Anthropic API/credential" },
  { provider: "HashiCorp Vault", env: "SLACK_BOT_TOKEN", slot: "vault reference", make: () => "vault:secret/data/prod/slack#bot_token" },
  { provider: "GCP Secret Manager", env: "SENDGRID_API_KEY", slot: "secret version reference", make: () => "projects/acme-prod/secrets/sendgrid-api-key/versions/latest" },
  { provider: "SOPS", env: "DATABASE_PASSWORD", slot: "SOPS-encrypted value", make: (g) => j("ENC[AES256_GCM,data:", g.b64(32), ",iv:", g.b64(43), "=,tag:", g.b64(22), "==,type:str]") },
  { provider: "SSH", env: "DEPLOY_PUBLIC_KEY", slot: "ed25519 public key", make: (g) => j("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", g.b64(43), " deploy@ci") },
  { provider: "Go modules", env: "GOSUMDB_HASH", slot: "go.sum h1 hash", make: (g) => j("h1:", g.b64(43), "=") },
  { provider: "Kubernetes", env: "POD_UID", slot: "object uid", make: (g) => g.uuid() },
  { provider: "AWS", env: "AWS_REQUEST_ID", slot: "x-amzn-RequestId", make: (g) => g.uuid() },
  { provider: "Git LFS", env: "LFS_OID", slot: "LFS object id", make: (g) => j("sha256:", g.h(64)) },
  { provider: "Ethereum", env: "TREASURY_ADDRESS", slot: "public wallet address", make: (g) => j("0x", g.h(40)) },
  { provider: "Slack", env: "SLACK_CHANNEL_ID", slot: "channel id", make: (g) => j("C0", g.u(9)) },
  { provider: "Twilio", env: "TWILIO_MESSAGE_SID", slot: "message SID", make: (g) => j("SM", g.h(32)) },
  { provider: "Sentry", env: "SENTRY_RELEASE", slot: "release hash", make: (g) => j("orders@", g.h(12)) },
  { provider: "placeholder", env: "AWS_SECRET_ACCESS_KEY", slot: "asterisk mask", make: () => "****************************************" },
  { provider: "placeholder", env: "SENDGRID_API_KEY", slot: "fill-me placeholder", make: () => "REPLACE_WITH_YOUR_SENDGRID_KEY" },
];

const gen: CorpusCase[] = [];
let ri = 0;
for (let rep = 0; rep < 2; rep++) {
  for (const s of bspecs) {
    const r = safe[ri % safe.length]!;
    ri += 5;
    const v = s.make(g);
    gen.push({
      id: `y47-b-${String(gen.length + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: "heldouty47-benign",
      label: "benign",
      text: r.f(ctxFor({ ...s, group: "benign" }, v, g)),
      note: `${s.provider} ${s.slot} (${s.env}) in ${r.name}`,
    });
  }
}

const B = "-----BEGIN ";
const E = "-----END ";
const lines = (n: number, w = 64) => Array.from({ length: n }, () => g.b64(w)).join("\n");

const hand: Array<[string, string]> = [
  ["PEM certificate pasted in chat body", JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `is this cert expired?\n\n${B}CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIU${g.b64(44)}\n${lines(8)}\n${E}CERTIFICATE-----` }] })],
  ["PEM public key in config", `# jwt.yaml\nissuer: https://auth.acme.io\naudience: orders-api\npublic_key: |\n  ${B}PUBLIC KEY-----\n  MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${g.b64(20)}\n  ${lines(5).split("\n").join("\n  ")}\n  ${E}PUBLIC KEY-----`],
  ["SSH RSA public key in authorized_keys write_file", JSON.stringify({ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(360)} maya@laptop\n` } })],
  ["ansible-vault encrypted file", `$ cat group_vars/prod/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.h(80)).join("\n")}`],
  ["Bitnami SealedSecret manifest", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: orders-db\n  namespace: prod\nspec:\n  encryptedData:\n    DB_PASSWORD: AgB${g.b64(340)}==\n    API_TOKEN: AgC${g.b64(340)}==\n  template:\n    metadata:\n      name: orders-db`],
  ["SOPS-encrypted YAML file", `db:\n    password: ENC[AES256_GCM,data:${g.b64(24)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n    user: ENC[AES256_GCM,data:${g.b64(8)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n    age:\n        - recipient: age1${g.l(58)}\n          enc: |\n            ${B}AGE ENCRYPTED FILE-----\n            ${g.b64(64)}\n            ${g.b64(64)}\n            ${E}AGE ENCRYPTED FILE-----\n    lastmodified: \"2026-11-20T10:02:11Z\"\n    mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n    version: 3.9.1`],
  ["package-lock.json entries with integrity", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${g.b64(86)}==` }, "node_modules/ms": { version: "2.1.3", resolved: "https://registry.npmjs.org/ms/-/ms-2.1.3.tgz", integrity: `sha512-${g.b64(86)}==` } } }, null, 2)],
  ["Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"`],
  ["go.sum lines", `github.com/google/uuid v1.6.0 h1:${g.b64(43)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64(43)}=\ngolang.org/x/sync v0.8.0 h1:${g.b64(43)}=`],
  ["HTTP response headers with request/trace ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: req_${g.a(24)}\nx-amzn-requestid: ${g.uuid()}\nx-amz-cf-id: ${g.b64u(56)}==\ntraceparent: 00-${g.h(32)}-${g.h(16)}-01\netag: W/"${g.h(32)}"\n\n{"ok":true}`],
  ["Stripe API response with object ids", JSON.stringify({ id: `pi_3${g.a(23)}`, object: "payment_intent", amount: 4200, currency: "eur", customer: `cus_${g.a(14)}`, latest_charge: `ch_3${g.a(23)}`, payment_method: `pm_1${g.a(23)}`, client_secret: null, status: "succeeded" }, null, 2)],
  ["OpenAI chat completion response", JSON.stringify({ id: `chatcmpl-${g.a(29)}`, object: "chat.completion", created: 1764500000, model: "gpt-4o-2024-08-06", system_fingerprint: `fp_${g.h(10)}`, choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 120, completion_tokens: 2, total_tokens: 122 } }, null, 2)],
  ["Anthropic messages response with ids", JSON.stringify({ id: `msg_01${g.a(22)}`, type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "read_file", input: { path: "README.md" } }], stop_reason: "tool_use", usage: { input_tokens: 812, output_tokens: 44 } }, null, 2)],
  ["base64 PNG data URI in CSS", `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64(300)}AAAAAElFTkSuQmCC");\n}`],
  ["minified JavaScript bundle chunk", `!function(e,t){"object"==typeof exports?module.exports=t():e.lib=t()}(this,function(){var n="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=function(e){return e.split("").map(function(c){return c.charCodeAt(0)^42})};return{k:n,h:"${g.h(64)}",enc:r}});\n//# sourceMappingURL=vendor.${g.h(8)}.js.map`],
  ["Tailwind/CSS-module class names", `<div class="css-${g.l(6)} css-${g.l(7)}">\n  <button class="_btn_${g.a(5)}_1 _primary_${g.a(5)}_7" data-testid="submit">Save</button>\n</div>\n<style>.css-${g.l(6)}{display:flex;gap:8px}</style>`],
  ["placeholders in .env.example", `# .env.example — copy to .env and fill in\nOPENAI_API_KEY=sk-...XXXX\nANTHROPIC_API_KEY=<your-anthropic-key>\nSTRIPE_SECRET_KEY=${"sk_"}live_${"x".repeat(24)}\nGITHUB_TOKEN=${"gh"}p_${"X".repeat(36)}\nDATABASE_URL=postgres://user:password@localhost:5432/app\nAWS_SECRET_ACCESS_KEY=\nSLACK_BOT_TOKEN=your-slack-bot-token`],
  ["GitHub Actions workflow using secrets expressions", `name: deploy\non: { push: { branches: [main] } }\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n    steps:\n      - uses: actions/checkout@${g.h(40)} # v4.2.2\n      - run: npm ci && npm publish`],
  ["CI log with masked secrets", `2026-11-30T14:02:11.4830000Z + export SLACK_BOT_TOKEN=***\n2026-11-30T14:02:11.4831000Z + export STRIPE_SECRET_KEY=***\n2026-11-30T14:02:12.0011000Z Run id ${g.d(11)}, commit ${g.h(40)}\n2026-11-30T14:02:12.0020000Z cache key: node-modules-${g.h(64)}`],
  ["docker pull output with digests", `$ docker pull ghcr.io/acme/api:1.14.0\n1.14.0: Pulling from acme/api\n${g.h(12)}: Pull complete\n${g.h(12)}: Pull complete\nDigest: sha256:${g.h(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api:1.14.0`],
  ["git log output", `commit ${g.h(40)}\nAuthor: Maya Chen <maya@acme.io>\nDate:   Sat Nov 29 10:12:44 2026 +0000\n\n    fix: retry token refresh on 401\n\ncommit ${g.h(40)}\nMerge: ${g.h(7)} ${g.h(7)}\nAuthor: ci-bot <ci@acme.io>\n\n    Merge pull request #4412`],
  ["Terraform state with resource ids", JSON.stringify({ version: 4, terraform_version: "1.9.5", serial: 41, lineage: g.uuid(), resources: [{ mode: "managed", type: "aws_s3_bucket", name: "assets", instances: [{ attributes: { arn: "arn:aws:s3:::acme-assets-prod", id: "acme-assets-prod", hosted_zone_id: `Z${g.u(13)}` } }] }] }, null, 2)],
  ["Azure Key Vault reference in app settings", JSON.stringify({ name: "orders-api", properties: { siteConfig: { appSettings: [{ name: "SQL_PASSWORD", value: "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sql-password/)" }, { name: "APPINSIGHTS_INSTRUMENTATIONKEY_REF", value: "@Microsoft.KeyVault(VaultName=acme-kv;SecretName=ai-key)" }] } } }, null, 2)],
  ["Kubernetes ExternalSecret manifest", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: payments\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/payments/stripe\n        property: secret_key`],
  ["Python code reading keys from env only", `import os\nfrom openai import OpenAI\nfrom anthropic import Anthropic\n\nopenai_client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nclaude = Anthropic(api_key=os.getenv("ANTHROPIC_API_KEY"))\nMODEL_HASH = "${g.h(64)}"`],
  ["SQL with hashed passwords (bcrypt) and uuids", `INSERT INTO users (id, email, password_hash, created_at) VALUES\n ('${g.uuid()}', 'a@acme.io', '$2b$12$${g.s(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}', NOW()),\n ('${g.uuid()}', 'b@acme.io', '$2b$12$${g.s(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}', NOW());`],
  ["Markdown doc with placeholder key", `## Configuration\n\nSet your key before running:\n\n\`\`\`bash\nexport OPENAI_API_KEY="sk-proj-<YOUR_KEY_HERE>"\nexport HF_TOKEN="hf_********"\n\`\`\`\n\nThe SHA-256 of the release tarball is \`${g.h(64)}\`.`],
  ["Jupyter notebook output with model hash and run id", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 5, source: ["run = wandb.init(project='ranker')\n", "print(run.id, model_sha)\n"], outputs: [{ output_type: "stream", name: "stdout", text: [`${g.l(8)} ${g.h(40)}\n`] }] }], nbformat: 4, nbformat_minor: 5 }, null, 1)],
  ["MCP tool result listing file hashes", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: `${g.h(64)}  dist/app.js\n${g.h(64)}  dist/app.css\n${g.h(64)}  dist/index.html\n` }] } })],
  ["diff updating a checksum", `diff --git a/.github/actions-lock.yml b/.github/actions-lock.yml\n--- a/.github/actions-lock.yml\n+++ b/.github/actions-lock.yml\n@@ -1,3 +1,3 @@\n actions/setup-node:\n-  sha: ${g.h(40)}\n+  sha: ${g.h(40)}\n   version: v4.1.0`],
  ["curl with secret from env variable", `$ curl -sS https://api.openai.com/v1/models \\\n    -H "Authorization: Bearer $OPENAI_API_KEY" \\\n    -H "OpenAI-Organization: org-${g.a(24)}" | jq '.data[].id'`],
  ["HTTP request with CSRF nonce and idempotency key", `POST /v1/orders HTTP/1.1\nHost: shop.acme.io\nIdempotency-Key: ${g.uuid()}\nX-Correlation-Id: ${g.h(32)}\nContent-Type: application/json\n\n{"sku":"TSHIRT-M","qty":2}`],
  ["Go test with fixed UUID and hash fixtures", `func TestHash(t *testing.T) {\n\tid := uuid.MustParse("${g.uuid()}")\n\twant := "${g.h(64)}"\n\tif got := HashID(id); got != want {\n\t\tt.Fatalf("got %s", got)\n\t}\n}`],
  ["Crash dump with session id and redacted token", `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x${g.h(7)}]\n\ngoroutine 42 [running]:\nmain.(*Client).Do(0xc000${g.h(6)}, {0x${g.h(6)}, 0xc00${g.h(7)}})\n\t/src/client.go:88 +0x1f4\nrequest_id=${g.uuid()} token=[REDACTED]`],
  ["IPFS CID and content hash in JSON", JSON.stringify({ name: "asset-42", image: `ipfs://bafybei${g.s(52, "abcdefghijklmnopqrstuvwxyz234567")}`, sha256: g.h(64), owner: `0x${g.h(40)}` }, null, 2)],
  ["Chat message sharing a commit SHA and PR link", JSON.stringify({ channel: "C04DEVOPS", user: "U02MAYA", text: `deployed ${g.h(40)} to staging, build https://ci.acme.io/builds/${g.uuid()} — traces: ${g.h(32)}`, ts: `${g.d(10)}.${g.d(6)}` })],
  ["HCL with variable references only", `provider "datadog" {\n  api_key = var.datadog_api_key\n  app_key = var.datadog_app_key\n}\n\nresource "aws_instance" "web" {\n  ami           = "ami-${g.h(17)}"\n  instance_type = "t3.small"\n}`],
  ["XML with SAML signature digest", `<ds:Reference URI="#_${g.h(40)}">\n  <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>\n  <ds:DigestValue>${g.b64bytes(32)}</ds:DigestValue>\n</ds:Reference>\n<ds:SignatureValue>${g.b64bytes(128)}</ds:SignatureValue>`],
  ["properties with Spring placeholders", `spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.password=\${DB_PASSWORD}\napp.jwt.secret=\${JWT_SECRET:}\napp.build.sha=${g.h(40)}`],
];

const handCases: CorpusCase[] = hand.map(([note, text], i) => ({
  id: `y47-bk-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty47-benign",
  label: "benign",
  text,
  note,
}));

export const cases: CorpusCase[] = [...gen, ...handCases];
