// Benign look-alikes in the same contexts: digests, ids, public material, placeholders, references,
// encrypted blobs. Rotated through the slot-neutral renderers of _gen.ts, plus handcrafted cases.
import type { CorpusCase } from "../types.ts";
import { Gen, j, renderers, type Spec } from "./_gen.ts";

const g = new Gen(0x67b0);
const SAFE = new Set([
  "openai chat body, pasted .env", "anthropic tool_use write_file .env", "openai tool_calls shell export",
  "MCP tool result echoed", "URL query string", "form body", "multipart form", "JSON request body", "YAML config",
  "TOML config", "INI config", "Java .properties", "XML config", "Go code", "Ruby code", "PHP code",
  "GitHub Actions log", "shell history", "Python crash dump with locals", "Jupyter notebook cell", "git diff",
  "docker run", "docker-compose",
]);
const safe = renderers.filter((r) => SAFE.has(r.name));

type B = { p: string; env: string; mk: () => string };
const rotated: B[] = [
  { p: "git commit SHA", env: "GIT_COMMIT_SHA", mk: () => g.H(40) },
  { p: "short git SHA", env: "BUILD_REVISION", mk: () => g.H(12) },
  { p: "docker image digest", env: "IMAGE_DIGEST", mk: () => j("sha256:", g.H(64)) },
  { p: "sha256 artifact checksum", env: "ARTIFACT_SHA256", mk: () => g.H(64) },
  { p: "md5 checksum", env: "ASSET_MD5", mk: () => g.H(32) },
  { p: "npm integrity SRI", env: "PACKAGE_INTEGRITY", mk: () => j("sha512-", g.b64bytes(64)) },
  { p: "UUID", env: "TENANT_ID", mk: () => g.uuid() },
  { p: "W3C traceparent", env: "TRACEPARENT", mk: () => j("00-", g.H(32), "-", g.H(16), "-01") },
  { p: "AWS X-Ray trace id", env: "TRACE_ID", mk: () => j("Root=1-", g.H(8), "-", g.H(24)) },
  { p: "request id", env: "REQUEST_ID", mk: () => j("req_", g.A(24)) },
  { p: "Stripe customer id", env: "STRIPE_CUSTOMER_ID", mk: () => j("cus_", g.A(14)) },
  { p: "Stripe price id", env: "STRIPE_PRICE_ID", mk: () => j("price_", g.A(24)) },
  { p: "Stripe publishable key", env: "STRIPE_PUBLISHABLE_KEY", mk: () => j("pk", "_live_", g.A(99)) },
  { p: "OpenAI chat completion id", env: "LAST_COMPLETION_ID", mk: () => j("chatcmpl-", g.A(29)) },
  { p: "Anthropic message id", env: "LAST_MESSAGE_ID", mk: () => j("msg_01", g.A(22)) },
  { p: "OpenAI assistant id", env: "OPENAI_ASSISTANT_ID", mk: () => j("asst_", g.A(24)) },
  { p: "placeholder angle brackets", env: "OPENAI_API_KEY", mk: () => "<your-openai-api-key>" },
  { p: "masked key", env: "ANTHROPIC_API_KEY", mk: () => j("sk-ant-", "...", "XXXX") },
  { p: "shell variable reference", env: "GITHUB_TOKEN", mk: () => "${GH_PAT}" },
  { p: "GitHub Actions secret expression", env: "NPM_TOKEN", mk: () => "${{ secrets.NPM_TOKEN }}" },
  { p: "1Password reference", env: "STRIPE_SECRET_KEY", mk: () => "op://Production/Stripe/secret-key" },
  { p: "AWS Secrets Manager ARN", env: "DB_PASSWORD_SECRET_ARN", mk: () => j("arn:aws:secretsmanager:us-east-1:", g.D(12), ":secret:prod/db/password-", g.A(6)) },
  { p: "SOPS encrypted value", env: "SLACK_BOT_TOKEN", mk: () => j("ENC[AES256_GCM,data:", g.b64bytes(42), ",iv:", g.b64bytes(32), ",tag:", g.b64bytes(16), ",type:str]") },
  { p: "GCP Secret Manager path", env: "API_KEY_SECRET", mk: () => j("projects/", g.D(12), "/secrets/payments-api-key/versions/latest") },
  { p: "Azure Key Vault reference", env: "SENDGRID_API_KEY", mk: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid-key/)" },
  { p: "redacted value", env: "DATADOG_API_KEY", mk: () => "********************************" },
  { p: "AWS account id", env: "AWS_ACCOUNT_ID", mk: () => g.D(12) },
  { p: "S3 ETag", env: "UPLOAD_ETAG", mk: () => j('"', g.H(32), '-', String(g.int(9) + 2), '"') },
  { p: "age public key", env: "SOPS_AGE_RECIPIENTS", mk: () => j("age1", g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")) },
  { p: "Go module sum", env: "GOSUMDB_HASH", mk: () => j("h1:", g.b64bytes(32)) },
  { p: "Vault path reference", env: "VAULT_SECRET_PATH", mk: () => "secret/data/prod/payments#api_key" },
  { p: "Cloudflare ray id", env: "CF_RAY", mk: () => j(g.H(16), "-FRA") },
  { p: "Kubernetes pod uid", env: "POD_UID", mk: () => g.uuid() },
  { p: "feature flag hash seed", env: "CACHE_BUST", mk: () => g.H(20) },
  { p: "Sentry event id", env: "SENTRY_EVENT_ID", mk: () => g.H(32) },
  { p: "empty placeholder", env: "AWS_SECRET_ACCESS_KEY", mk: () => "changeme" },
];

const cases: CorpusCase[] = [];
let n = 0;
const push = (p: string, ctx: string, text: string, prefix = "y67-b") => {
  n++;
  cases.push({ id: `${prefix}-${String(n).padStart(3, "0")}`, kind: "secrets", category: "heldouty67-benign", label: "benign", text, note: `benign: ${p}; ${ctx}` });
};
for (let t = 0; t < 2; t++) {
  rotated.forEach((b, i) => {
    const r = safe[(i * 5 + t * 11) % safe.length]!;
    const s: Spec = { p: b.p, g: "benign", env: b.env, mk: () => "" };
    push(b.p, `slot ${b.env}; ${r.name}`, r.f(g, s, b.mk()));
  });
}

// handcrafted
n = 0;
const hk = (p: string, ctx: string, text: string) => push(p, ctx, text, "y67-bk");
const pem = (label: string, body: string) => j("-----BEGIN ", label, "-----\n", body.match(/.{1,64}/g)!.join("\n"), "\n-----END ", label, "-----");

hk("SSH public key", "authorized_keys via tool call", JSON.stringify({ name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64bytes(24)} ci@build\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64bytes(380)} dana@laptop\n` } }));
hk("PEM certificate", "nginx ssl cert pasted in chat", JSON.stringify({ role: "user", content: `nginx says the chain is wrong, here's fullchain.pem:\n\n${pem("CERTIFICATE", "MIIF" + g.b64bytes(1000))}\n` }));
hk("PEM public key", "JWT verification key in config.yaml", `auth:\n  issuer: https://auth.example.com\n  public_key: |\n    ${pem("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + g.b64bytes(240)).split("\n").join("\n    ")}\n`);
hk("JWKS public keys", "HTTP response body", `HTTP/1.1 200 OK\nContent-Type: application/json\n\n${JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.H(16), alg: "RS256", e: "AQAB", n: g.b64bytes(256, true) }] }, null, 2)}`);
hk("PGP public key block", "Markdown security.md", `## Reporting vulnerabilities\n\nEncrypt reports to security@example.com with this key:\n\n\`\`\`\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${g.b64bytes(600).match(/.{1,64}/g)!.join("\n")}\n=${g.b64bytes(3)}\n-----END PGP PUBLIC KEY BLOCK-----\n\`\`\`\n`);
hk("Ansible vault blob", "group_vars file in diff", `diff --git a/group_vars/prod/vault.yml b/group_vars/prod/vault.yml\n--- a/group_vars/prod/vault.yml\n+++ b/group_vars/prod/vault.yml\n@@ -1,6 +1,6 @@\n $ANSIBLE_VAULT;1.1;AES256\n-${g.H(80)}\n+${g.H(80)}\n ${g.H(80)}\n ${g.H(80)}\n ${g.H(64)}`);
hk("Sealed secret", "k8s manifest via write_file", JSON.stringify({ tool: "write_file", path: "k8s/sealed-db.yaml", content: `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db-creds\n  namespace: prod\nspec:\n  encryptedData:\n    password: AgB${g.b64bytes(500)}\n    username: AgC${g.b64bytes(300)}\n` }));
hk("SOPS encrypted YAML", "secrets.enc.yaml pasted", `api_key: ENC[AES256_GCM,data:${g.b64bytes(36)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\ndb_password: ENC[AES256_GCM,data:${g.b64bytes(20)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\nsops:\n  age:\n    - recipient: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        ${g.b64bytes(180).match(/.{1,64}/g)!.join("\n        ")}\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: "2026-10-30T12:00:00Z"\n  mac: ENC[AES256_GCM,data:${g.b64bytes(64)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\n  version: 3.9.1\n`);
hk("package-lock integrity", "lockfile excerpt", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.org/react/-/react-18.3.1.tgz", integrity: "sha512-" + g.b64bytes(64) }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + g.b64bytes(64) } } }, null, 2));
hk("pip hashes", "requirements.txt", `requests==2.32.3 \\\n    --hash=sha256:${g.H(64)} \\\n    --hash=sha256:${g.H(64)}\nurllib3==2.2.3 \\\n    --hash=sha256:${g.H(64)}\n`);
hk("Cargo.lock checksums", "Cargo.lock", `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.H(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.H(64)}"\n`);
hk("go.sum", "go.sum file", `github.com/google/uuid v1.6.0 h1:${g.b64bytes(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64bytes(32)}\ngolang.org/x/net v0.30.0 h1:${g.b64bytes(32)}\n`);
hk("base64 PNG", "CSS data URI", `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64bytes(400)}");\n}\n`);
hk("minified JS", "bundle excerpt in chat", JSON.stringify({ role: "user", content: `this chunk throws in Safari:\n\n!function(e,t){"object"==typeof exports?module.exports=t():e.${g.s(6, "abcdefghij")}=t()}(this,function(){var e="${g.A(40)}",t=function(n){return n.split("").map(function(r){return r.charCodeAt(0).toString(16)}).join("")};return{h:t,k:e.length,v:"4.${g.int(9)}.${g.int(9)}"}});` }));
hk("CSS modules class names", "compiled CSS", `.Button_root__${g.A(5)}{display:inline-flex;padding:8px 12px}\n.Button_primary__${g.A(5)}{background:#${g.H(6)};color:#fff}\n.Card_wrapper__${g.A(8)}{border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.${g.int(9)})}\n`);
hk("git log output", "shell tool result", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: Array.from({ length: 5 }, () => `commit ${g.H(40)}\nAuthor: Dana <dana@example.com>\n\n    fix: handle empty cursor\n`).join("\n") }] } }));
hk("docker pull log", "CI log", `Run docker pull ghcr.io/example/api:1.9.3\n1.9.3: Pulling from example/api\n${g.H(12)}: Pull complete\n${g.H(12)}: Pull complete\nDigest: sha256:${g.H(64)}\nStatus: Downloaded newer image for ghcr.io/example/api:1.9.3`);
hk("Stripe webhook event", "JSON payload with object ids", JSON.stringify({ id: "evt_" + g.A(24), object: "event", type: "invoice.paid", data: { object: { id: "in_" + g.A(24), customer: "cus_" + g.A(14), subscription: "sub_" + g.A(24), payment_intent: "pi_" + g.A(24), charge: "ch_" + g.A(24) } } }, null, 2));
hk("OpenAI response ids", "API response body", JSON.stringify({ id: "chatcmpl-" + g.A(29), object: "chat.completion", created: 1731000000, model: "gpt-4o-2024-08-06", system_fingerprint: "fp_" + g.H(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3 } }));
hk("Anthropic response ids", "API response body", JSON.stringify({ id: "msg_01" + g.A(22), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: "toolu_01" + g.A(22), name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use" }));
hk("HTTP response headers with ids", "curl -v dump", `< HTTP/2 200\n< content-type: application/json\n< x-request-id: ${g.uuid()}\n< x-amzn-trace-id: Root=1-${g.H(8)}-${g.H(24)}\n< etag: W/"${g.H(40)}"\n< cf-ray: ${g.H(16)}-AMS\n< traceparent: 00-${g.H(32)}-${g.H(16)}-01\n`);
hk("env file with references only", ".env via write_file", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.A(22), name: "write_file", input: { path: ".env.example", content: "OPENAI_API_KEY=<your-openai-key>\nSTRIPE_SECRET_KEY=sk_live_...\nDATABASE_URL=postgres://user:password@localhost:5432/app\nGITHUB_TOKEN=${GITHUB_TOKEN}\nSLACK_BOT_TOKEN=xoxb-your-token-here\n" } }));
hk("GitHub Actions secrets refs", "workflow YAML", `name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${g.H(40)}\n      - run: ./deploy.sh\n        env:\n          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          SENTRY_AUTH_TOKEN: \${{ secrets.SENTRY_AUTH_TOKEN }}\n`);
hk("Terraform secret data source", "HCL", `data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "arn:aws:secretsmanager:eu-west-1:${g.D(12)}:secret:prod/db-${g.A(6)}"\n}\n\nresource "aws_db_instance" "main" {\n  identifier = "orders-prod"\n  password   = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]\n}\n`);
hk("k8s secretKeyRef", "Deployment manifest", `env:\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: llm-keys\n        key: openai\n  - name: POD_UID\n    valueFrom:\n      fieldRef:\n        fieldPath: metadata.uid\n  - name: BUILD_SHA\n    value: "${g.H(40)}"\n`);
hk("Vault agent template", "HCL template", `template {\n  destination = "/etc/app/env"\n  contents    = <<EOT\n{{ with secret "secret/data/prod/app" }}\nSTRIPE_SECRET_KEY={{ .Data.data.stripe_key }}\nDATABASE_URL={{ .Data.data.db_url }}\n{{ end }}\nEOT\n}\n`);
hk("masked CLI output", "shell tool result", `$ gh auth status\ngithub.com\n  ✓ Logged in to github.com account dana (keyring)\n  - Active account: true\n  - Git operations protocol: https\n  - Token: gho_************************************\n  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'`);
hk("masked key in docs", "Markdown", `### Rotating keys\n\nYour dashboard shows keys masked like \`sk-proj-...a1B2\` or \`sk_live_••••••••4242\`. Never paste the full value into tickets; reference it as \`op://Engineering/OpenAI/credential\` instead.\n`);
hk("UUIDs in SQL", "SQL seed", `INSERT INTO tenants (id, name, region) VALUES\n  ('${g.uuid()}', 'acme', 'eu'),\n  ('${g.uuid()}', 'globex', 'us'),\n  ('${g.uuid()}', 'initech', 'ap');\n`);
hk("hash column", "SQL query result", `  id  |                              sha256                              | size\n------+------------------------------------------------------------------+-------\n 1041 | ${g.H(64)} | 20481\n 1042 | ${g.H(64)} |  9921\n(2 rows)`);
hk("bcrypt hash fixture", "test fixture", `export const users = [\n  { email: "alice@example.test", passwordHash: "$2b$12$${g.s(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}" },\n];\n`);
hk("Jupyter output with image", "notebook", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, source: ["df.plot()"], outputs: [{ output_type: "display_data", data: { "image/png": g.b64bytes(600), "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }] }], nbformat: 4, nbformat_minor: 5 }));
hk("Python crash with ids", "traceback", `Traceback (most recent call last):\n  File "/app/billing.py", line 52, in charge\n    stripe.PaymentIntent.confirm(intent_id)\nstripe.error.CardError: Your card was declined.\n\nLocal variables:\n    intent_id = 'pi_${g.A(24)}'\n    customer = 'cus_${g.A(14)}'\n    idempotency_key = '${g.uuid()}'\n    request_id = 'req_${g.A(14)}'`);
hk("publishable keys in frontend config", "Next.js env", `NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${j("pk", "_live_", g.A(99))}\nNEXT_PUBLIC_APP_URL=https://app.example.com\nNEXT_PUBLIC_BUILD_ID=${g.H(12)}\n`);
hk("Docker config with credsStore", "~/.docker/config.json", JSON.stringify({ auths: { "ghcr.io": {}, "https://index.docker.io/v1/": {} }, credsStore: "osxkeychain", currentContext: "desktop-linux" }, null, 2));
hk("npmrc with env reference", ".npmrc", "@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${NODE_AUTH_TOKEN}\n");
hk("Azure subscription and tenant ids", "az account show output", JSON.stringify({ environmentName: "AzureCloud", id: g.uuid(), isDefault: true, name: "Production", state: "Enabled", tenantId: g.uuid(), user: { name: "dana@example.com", type: "user" } }, null, 2));
hk("GCP project number and SA email", "gcloud output", `$ gcloud projects describe acme-prod\ncreateTime: '2023-04-11T09:12:44.102Z'\nlifecycleState: ACTIVE\nname: acme-prod\nprojectId: acme-prod\nprojectNumber: '${g.D(12)}'\n`);
hk("HMAC signature header", "webhook request log", `POST /webhooks/github HTTP/1.1\nX-GitHub-Delivery: ${g.uuid()}\nX-GitHub-Event: push\nX-Hub-Signature-256: sha256=${g.H(64)}\nContent-Type: application/json\n\n{"ref":"refs/heads/main","after":"${g.H(40)}"}`);
hk("S3 presigned-looking URL without credentials", "log line", `2026-11-03T12:00:01Z INFO uploaded s3://acme-artifacts/builds/${g.H(40)}/app.tar.gz etag=${g.H(32)} version=${g.A(32)}`);
hk("OpenAI file and thread ids", "Python code", `thread = client.beta.threads.retrieve("thread_${g.A(24)}")\nrun = client.beta.threads.runs.retrieve(thread_id=thread.id, run_id="run_${g.A(24)}")\nfile_id = "file-${g.A(22)}"\n`);
hk("certificate fingerprint", "openssl output", `$ openssl x509 -in server.crt -noout -fingerprint -sha256\nsha256 Fingerprint=${Array.from({ length: 32 }, () => g.HU(2)).join(":")}\n$ openssl x509 -in server.crt -noout -serial\nserial=${g.HU(32)}`);
hk("ULIDs and nanoids", "JSON log", Array.from({ length: 4 }, () => JSON.stringify({ level: "info", msg: "job done", job: g.s(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"), span: g.H(16), nano: g.BU(21) })).join("\n"));
hk("Helm values with existingSecret", "values.yaml", `postgresql:\n  auth:\n    existingSecret: pg-credentials\n    secretKeys:\n      adminPasswordKey: postgres-password\nimage:\n  digest: sha256:${g.H(64)}\n`);

export { cases };
