// Benign hard look-alikes in the same contexts: digests, ids, placeholders, references, public
// material, encrypted blobs. Non-placeholder values only go through renderers that do not put
// the value in an auth slot.
import type { CorpusCase } from "../types.ts";
import { Gen, RENDERERS, AN, B64, UAN } from "./_gen.ts";

const g = new Gen(70401);
const P = (...parts: string[]) => parts.join("");
const out: CorpusCase[] = [];
const add = (x: string, note: string, text: string) =>
  out.push({ id: `y70-${x}-${String(out.filter((c) => c.id.startsWith(`y70-${x}-`)).length + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty70-benign", label: "benign", text, note });

const SAFE = new Set([
  "chat body with pasted .env", "OpenAI tool_calls shell command", "Anthropic tool_use write_file .env.local",
  "MCP tool result echoed (read_file config.yaml)", "URL query string in log line", "JSON config file", "docker-compose YAML",
  "TOML config", "INI config", "Java .properties", "XML config", "Ruby initializer", "PHP config array",
  "GitHub Actions CI log", "shell history", "Python crash dump with locals", "Jupyter notebook cell", "Markdown doc",
  "unified diff", "chat body with pasted CI log (JSON-escaped)", "Dockerfile ENV",
]);
const safeR = RENDERERS.filter((r) => SAFE.has(r.name));

type B = [string, string, (g: Gen) => string];
// look-alike values (not secrets) in descriptively named slots
const LOOK: B[] = [
  ["git commit SHA", "GIT_COMMIT_SHA", (g) => g.hex(40)],
  ["container image digest", "IMAGE_DIGEST", (g) => P("sha256:", g.hex(64))],
  ["artifact SHA-256 checksum", "ARTIFACT_SHA256", (g) => g.hex(64)],
  ["MD5 checksum of upload", "UPLOAD_MD5", (g) => g.hex(32)],
  ["request id UUID", "LAST_REQUEST_ID", (g) => g.uuid()],
  ["W3C trace id", "OTEL_TRACE_ID", (g) => g.hex(32)],
  ["Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => P("cus_", g.an(14))],
  ["Stripe price id", "STRIPE_PRICE_ID", (g) => P("price_", g.an(24))],
  ["Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (g) => P("pk_", "live_", "51", g.an(97))],
  ["OpenAI assistant id", "OPENAI_ASSISTANT_ID", (g) => P("asst_", g.an(24))],
  ["OpenAI organization id", "OPENAI_ORG_ID", (g) => P("org-", g.an(24))],
  ["OpenAI vector store id", "VECTOR_STORE_ID", (g) => P("vs_", g.an(24))],
  ["Anthropic message id", "LAST_MESSAGE_ID", (g) => P("msg_01", g.an(22))],
  ["AWS role ARN", "AWS_ROLE_ARN", (g) => P("arn:aws:iam::", g.dig(12), ":role/ci-deployer")],
  ["AWS KMS key id", "KMS_KEY_ID", (g) => g.uuid()],
  ["Azure subscription id", "AZURE_SUBSCRIPTION_ID", (g) => g.uuid()],
  ["GCP project number", "GCP_PROJECT_NUMBER", (g) => g.dig(12)],
  ["Slack channel id", "SLACK_CHANNEL_ID", (g) => P("C0", g.str(9, UAN))],
  ["Discord guild snowflake", "DISCORD_GUILD_ID", (g) => P("1", g.dig(18))],
  ["Go module sum hash", "GOSUM_HASH", (g) => P("h1:", g.str(43, AN + "+/"), "=")],
  ["npm integrity", "PKG_INTEGRITY", (g) => P("sha512-", g.str(86, B64), "==")],
  ["Docker container id", "CONTAINER_ID", (g) => g.hex(64)],
  ["Git LFS oid", "LFS_OID", (g) => P("sha256:", g.hex(64))],
  ["Sentry event id", "SENTRY_EVENT_ID", (g) => g.hex(32)],
  ["Datadog RUM application id", "DD_RUM_APPLICATION_ID", (g) => g.uuid()],
  ["k8s object uid", "POD_UID", (g) => g.uuid()],
  ["Cloudflare zone id", "CLOUDFLARE_ZONE_ID", (g) => g.hex(32)],
  ["Cloudflare account id", "CLOUDFLARE_ACCOUNT_ID", (g) => g.hex(32)],
  ["Vercel project id", "VERCEL_PROJECT_ID", (g) => P("prj_", g.an(28))],
  ["GitHub Actions run id", "GITHUB_RUN_ID", (g) => g.dig(11)],
  ["base64 of non-secret JSON", "FEATURE_FLAGS_B64", (g) => Buffer.from(JSON.stringify({ darkMode: true, beta: ["search", "export"], rollout: g.range(1, 99) })).toString("base64")],
  ["SOPS encrypted value", "DB_PASSWORD", (g) => P("ENC[AES256_GCM,data:", g.b64(32), ",iv:", g.b64(43), "=,tag:", g.b64(22), "==,type:str]")],
  ["Vault reference", "STRIPE_SECRET_KEY", () => "vault:secret/data/prod/payments#stripe_secret_key"],
  ["1Password reference", "OPENAI_API_KEY", () => "op://Engineering/OpenAI Prod/credential"],
  ["AWS Secrets Manager ARN", "DATABASE_PASSWORD", (g) => P("arn:aws:secretsmanager:us-east-1:", g.dig(12), ":secret:prod/db/password-", g.an(6))],
  ["Azure Key Vault reference", "SENDGRID_API_KEY", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid-api-key/)"],
  ["GCP Secret Manager path", "ANTHROPIC_API_KEY", (g) => P("projects/", g.dig(12), "/secrets/anthropic-api-key/versions/latest")],
  ["SSM parameter path", "SLACK_BOT_TOKEN", () => "ssm:/prod/notifier/slack-bot-token"],
  ["Semantic version + build hash", "APP_VERSION", (g) => P("4.12.0+build.", g.hex(12))],
  ["Etag", "LAST_ETAG", (g) => P("W/\"", g.hex(40), "\"")],
];
// placeholders / masks in credential slots: can go through any renderer (auth headers included)
const PH: B[] = [
  ["masked OpenAI key", "OPENAI_API_KEY", (g) => P("sk-proj-", "****************", g.an(4))],
  ["angle-bracket placeholder", "ANTHROPIC_API_KEY", () => "<your-anthropic-api-key>"],
  ["shell variable reference", "GITHUB_TOKEN", () => "${GITHUB_TOKEN}"],
  ["GitHub Actions secret expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"],
  ["x-masked Stripe key", "STRIPE_SECRET_KEY", () => P("sk_live_", "x".repeat(24))],
  ["changeme placeholder", "DB_PASSWORD", () => "changeme"],
  ["REPLACE_ME placeholder", "SENDGRID_API_KEY", () => "REPLACE_ME"],
  ["redacted marker", "SLACK_BOT_TOKEN", () => "[REDACTED]"],
  ["asterisk mask", "AWS_SECRET_ACCESS_KEY", () => "****************************************"],
  ["ellipsis mask", "HF_TOKEN", (g) => P("hf_", "...", g.an(4))],
  ["Helm template reference", "DATADOG_API_KEY", () => "{{ .Values.datadog.apiKey }}"],
  ["docker-compose default syntax", "REDIS_PASSWORD", () => "${REDIS_PASSWORD:?set REDIS_PASSWORD}"],
  ["Jinja/Ansible vault var", "TWILIO_AUTH_TOKEN", () => "{{ vault_twilio_auth_token }}"],
  ["Terraform var reference", "CLOUDFLARE_API_TOKEN", () => "var.cloudflare_api_token"],
  ["your-token-here placeholder", "LINEAR_API_KEY", () => "your-linear-api-key-here"],
  ["env() lookup", "MAILGUN_API_KEY", () => "env(MAILGUN_API_KEY)"],
  ["k8s secretKeyRef description", "DATABRICKS_TOKEN", () => "valueFrom:secretKeyRef:databricks/token"],
  ["Dotenv-vault style reference", "GROQ_API_KEY", () => "dotenv://:key_from_ci@dotenv.org/vault/.env.vault?environment=production"],
  ["empty assignment with comment", "SENTRY_AUTH_TOKEN", () => "\"\"  # set in CI"],
  ["XXXX masked GitHub token", "GH_TOKEN", () => P("ghp_", "X".repeat(36))],
];

LOOK.forEach(([note, env, mk], i) => {
  const r = safeR[i % safeR.length]!;
  add("b", `${note} (${env}) in ${r.name}`, r.render(env, mk(g), g, []));
});
// a second pass of look-alikes through a shifted renderer order
LOOK.filter((_, i) => i % 2 === 1).forEach(([note, env, mk], i) => {
  const r = safeR[(i + 7) % safeR.length]!;
  add("b", `${note} (${env}) in ${r.name}`, r.render(env, mk(g), g, []));
});
PH.forEach(([note, env, mk], i) => {
  const r = RENDERERS[(i * 2 + 3) % RENDERERS.length]!;
  add("b", `${note} (${env}) in ${r.name}`, r.render(env, mk(g), g, []));
});

// handcrafted
const cert = () => g.pem("CERTIFICATE", 900);
add("bk", "PEM certificate chain in nginx config written by write_file", JSON.stringify({ role: "assistant", content: [{ type: "tool_use", id: P("toolu_01", g.an(22)), name: "write_file", input: { path: "certs/fullchain.pem", content: cert() + "\n" + cert() + "\n" } }] }, null, 2));
add("bk", "PEM public key in JWT verifier config (YAML)", `auth:\n  issuer: https://auth.acme.dev\n  audience: api\n  public_key: |\n${g.pem("PUBLIC KEY", 294).split("\n").map((l) => "    " + l).join("\n")}`);
add("bk", "SSH public keys in authorized_keys via shell tool call", JSON.stringify({ role: "assistant", tool_calls: [{ id: P("call_", g.an(24)), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: P("echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", g.b64(43), " dev@laptop' >> ~/.ssh/authorized_keys") }) } }] }));
add("bk", "ssh-rsa public key in cloud-init user-data", P("#cloud-config\nusers:\n  - name: deploy\n    groups: sudo\n    shell: /bin/bash\n    ssh_authorized_keys:\n      - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ", g.b64(368), " deploy@ci\n"));
add("bk", "PGP public key block in Markdown", `## Verify releases\n\n\`\`\`\n${g.pem("PGP PUBLIC KEY BLOCK", 600)}\n\`\`\`\n`);
add("bk", "SOPS-encrypted YAML file", P("database:\n    password: ENC[AES256_GCM,data:", g.b64(24), ",iv:", g.b64(43), "=,tag:", g.b64(22), "==,type:str]\n    user: ENC[AES256_GCM,data:", g.b64(8), ",iv:", g.b64(43), "=,tag:", g.b64(22), "==,type:str]\nsops:\n    age:\n        - recipient: age1", g.lan(58), "\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ", g.b64(64), "\n            ", g.b64(40), "\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: \"2026-11-20T10:00:00Z\"\n    mac: ENC[AES256_GCM,data:", g.b64(88), ",iv:", g.b64(43), "=,tag:", g.b64(22), "==,type:str]\n    version: 3.9.1\n"));
add("bk", "Bitnami SealedSecret manifest", P("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: Ag", g.b64(680), "==\n    OPENAI_API_KEY: Ag", g.b64(680), "==\n"));
add("bk", "ansible-vault encrypted vars file", P("$ANSIBLE_VAULT;1.1;AES256\n", Array.from({ length: 8 }, () => g.hex(80)).join("\n"), "\n"));
add("bk", "minified JS bundle chunk", P("!function(){\"use strict\";var e={", String(g.range(100, 999)), ":function(e,t,n){n.d(t,{Z:function(){return r}});var r=function(e){return e.replace(/[A-Z]/g,function(e){return\"-\"+e.toLowerCase()})}}},t={};function n(r){var o=t[r];if(void 0!==o)return o.exports;var i=t[r]={exports:{}};return e[r](i,i.exports,n),i.exports}n.h=function(){return\"", g.hex(20), "\"},n.p=\"/_next/static/chunks/", g.hex(16), ".js\"}();"));
add("bk", "CSS with hashed module class names", P(".Header_root__", g.u64(5), "{display:flex;align-items:center}\n.Header_logo__", g.u64(5), "{width:32px;height:32px;background:url(data:image/svg+xml;base64,", Buffer.from("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'><circle cx='5' cy='5' r='4'/></svg>").toString("base64"), ")}\n.btn-", g.hex(8), ":hover{color:#", g.hex(6), "}"));
add("bk", "base64 PNG data URI in chat body", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: [{ type: "text", text: "why is this icon blurry?" }, { type: "image_url", image_url: { url: P("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA", g.b64(600), "=") } }] }] }));
add("bk", "package-lock.json integrity entries", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.org/react/-/react-18.3.1.tgz", integrity: P("sha512-", g.b64(86), "==") }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: P("sha512-", g.b64(86), "==") } } }, null, 2));
add("bk", "go.sum lines", P("github.com/google/uuid v1.6.0 h1:", g.b64(43), "=\ngithub.com/google/uuid v1.6.0/go.mod h1:", g.b64(43), "=\ngolang.org/x/crypto v0.29.0 h1:", g.b64(43), "=\n"));
add("bk", "pip requirements with hashes", P("requests==2.32.3 \\\n    --hash=sha256:", g.hex(64), " \\\n    --hash=sha256:", g.hex(64), "\nurllib3==2.2.3 \\\n    --hash=sha256:", g.hex(64), "\n"));
add("bk", "Terraform plan with sensitive values hidden", P("  # aws_db_instance.main will be updated in-place\n  ~ resource \"aws_db_instance\" \"main\" {\n        id       = \"db-", g.str(26, UAN), "\"\n      ~ password = (sensitive value)\n        tags     = {}\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n"));
add("bk", "GitHub Actions workflow using secrets expressions", "name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@" + g.hex(40) + "\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n          OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n");
add("bk", ".env.example with placeholders pasted in chat", JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: "fill in the README section for this .env.example:\n\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your-key>\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ\n" }] }));
add("bk", "k8s Deployment with secretKeyRef", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api@sha256:" + g.hex(64) + "\n          env:\n            - name: OPENAI_API_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: llm-keys\n                  key: openai\n");
add("bk", "masked key in CLI output via MCP result", JSON.stringify({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: P("$ stripe config --list\nlive_mode_api_key = 'sk_live_*********************", g.an(4), "'\nlive_mode_pub_key = 'pk_live_51", g.an(97), "'\naccount_id = 'acct_", g.an(16), "'\n") }] } }));
add("bk", "HTTP response headers with ids and ETag", P("HTTP/2 200\ncontent-type: application/json\netag: \"", g.hex(32), "\"\nx-request-id: req_", g.an(24), "\nopenai-organization: org-", g.an(24), "\nx-amz-cf-id: ", g.u64(56), "==\ncf-ray: ", g.hex(16), "-FRA\n\n{\"id\":\"chatcmpl-", g.an(29), "\",\"object\":\"chat.completion\"}"));
add("bk", "GitHub webhook delivery with signature header", P("POST /hooks/github HTTP/1.1\nHost: ci.acme.dev\nX-GitHub-Event: push\nX-GitHub-Delivery: ", g.uuid(), "\nX-Hub-Signature-256: sha256=", g.hex(64), "\nContent-Type: application/json\n\n{\"ref\":\"refs/heads/main\",\"after\":\"", g.hex(40), "\"}"));
add("bk", "Stripe webhook event with object ids", JSON.stringify({ id: P("evt_", g.an(24)), object: "event", type: "payment_intent.succeeded", data: { object: { id: P("pi_", g.an(24)), customer: P("cus_", g.an(14)), latest_charge: P("ch_", g.an(24)), client_secret: null, amount: 4200, currency: "eur" } } }, null, 2));
add("bk", "Dockerfile pinned by digest", P("FROM python:3.12-slim@sha256:", g.hex(64), "\nCOPY requirements.txt .\nRUN pip install --require-hashes -r requirements.txt\nCOPY . /app\nCMD [\"gunicorn\", \"app:app\"]\n"));
add("bk", "HTML with SRI integrity and CSP nonce", P("<link rel=\"stylesheet\" href=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/css/bootstrap.min.css\" integrity=\"sha384-", g.b64(64), "\" crossorigin=\"anonymous\">\n<script nonce=\"", g.b64(22), "==\" src=\"/static/app.", g.hex(8), ".js\"></script>"));
add("bk", "Cargo.lock checksums", P("[[package]]\nname = \"serde\"\nversion = \"1.0.215\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"", g.hex(64), "\"\n\n[[package]]\nname = \"tokio\"\nversion = \"1.41.1\"\nchecksum = \"", g.hex(64), "\"\n"));
add("bk", "Jupyter output with base64 PNG", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 5, source: ["df.plot()"], outputs: [{ output_type: "display_data", data: { "image/png": P("iVBORw0KGgoAAAANSUhEUgAA", g.b64(500), "\n"), "text/plain": ["<Figure size 640x480>"] }, metadata: {} }] }], nbformat: 4, nbformat_minor: 5 }));
add("bk", "SQL with password hashes (bcrypt/argon2)", P("INSERT INTO users (id, email, password_hash) VALUES\n  (1, 'a@acme.dev', '$2b$12$", g.str(53, AN + "./"), "'),\n  (2, 'b@acme.dev', '$argon2id$v=19$m=65536,t=3,p=4$", g.b64(22), "$", g.b64(43), "');"));
add("bk", "Python log with trace/span ids and commit SHA", P("2026-11-30 09:12:33,120 INFO [trace_id=", g.hex(32), " span_id=", g.hex(16), "] handled GET /healthz in 3ms (build ", g.hex(40), ")"));
add("bk", "git diff of lockfile hash update", P("diff --git a/yarn.lock b/yarn.lock\n--- a/yarn.lock\n+++ b/yarn.lock\n@@ -102,7 +102,7 @@\n lodash@^4.17.21:\n   version \"4.17.21\"\n-  resolved \"https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#", g.hex(40), "\"\n+  resolved \"https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#", g.hex(40), "\"\n   integrity sha512-", g.b64(86), "==\n"));
add("bk", "Terraform state public outputs (ids, ARNs)", JSON.stringify({ version: 4, terraform_version: "1.9.8", serial: 42, lineage: g.uuid(), outputs: { vpc_id: { value: P("vpc-", g.hex(17)), type: "string" }, bucket_arn: { value: "arn:aws:s3:::acme-artifacts-prod", type: "string" }, db_password: { value: "", type: "string", sensitive: true } } }, null, 2));

export const cases: CorpusCase[] = out;
