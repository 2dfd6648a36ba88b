// heldout-y51 benign look-alikes: ids, digests, public material, placeholders, references and
// encrypted blobs in the same contexts as the positives.
import type { CorpusCase } from "../types.ts";
import { AN, B64, DIG, HEX, HEXU, LAN, LO, RENDERERS, Rng, UAN, UP, URLS, j, type Ctx } from "./_gen.ts";

const r = new Rng(0x5151b9);
const J = (x: unknown, _r?: null, sp?: number) => JSON.stringify(x, null, sp);
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");

interface BTok {
  what: string;
  slot: string;
  gen: (r: Rng) => string;
}

// Renderers whose wording does not itself call the value a credential.
const NEUTRAL = new Set([
  ".env file", "docker-compose YAML", "TOML config", "INI config", "Java .properties", "JSON config file", "Terraform HCL",
  "XML config", "Ruby code", "PHP code", "Java code", "Go code", "CI log (GitHub Actions)", "shell history",
  "Jupyter notebook JSON", "SQL seed insert", "unified diff", "docker run -e", "test fixture (jest)",
  "LLM chat body, pasted .env (JSON-escaped)", "Anthropic tool_use write_file config.yaml",
  "OpenAI tool_calls shell export (double-escaped arguments)", "MCP tool result echoing .env.local",
  "raw HTTP request JSON body", "URL query string", "form-encoded body", "multipart form-data",
]);
const RS = RENDERERS.filter((x) => NEUTRAL.has(x.name));

const btoks: BTok[] = [
  { what: "git commit SHA", slot: "GIT_COMMIT_SHA", gen: (r) => r.s(40, HEX) },
  { what: "container image digest", slot: "IMAGE_DIGEST", gen: (r) => `sha256:${r.s(64, HEX)}` },
  { what: "SRI integrity hash", slot: "BUNDLE_INTEGRITY", gen: (r) => `sha384-${r.s(64, B64)}` },
  { what: "OpenTelemetry trace id", slot: "TRACE_ID", gen: (r) => r.s(32, HEX) },
  { what: "request id UUID", slot: "REQUEST_ID", gen: (r) => r.uuid() },
  { what: "Stripe customer id", slot: "STRIPE_CUSTOMER_ID", gen: (r) => j("cus", "_", r.s(14, AN)) },
  { what: "Stripe price id", slot: "STRIPE_PRICE_ID", gen: (r) => j("price", "_1", r.s(23, AN)) },
  { what: "Stripe publishable key", slot: "STRIPE_PUBLISHABLE_KEY", gen: (r) => j("pk", "_live_", "51", r.s(97, AN)) },
  { what: "masked OpenAI key", slot: "OPENAI_API_KEY", gen: (r) => j("sk", "-proj-", "...", r.s(4, AN)) },
  { what: "placeholder in angle brackets", slot: "ANTHROPIC_API_KEY", gen: () => "<your-anthropic-api-key>" },
  { what: "shell variable reference", slot: "GITHUB_TOKEN", gen: () => "${GH_PAT}" },
  { what: "GitHub Actions secrets expression", slot: "AWS_SECRET_ACCESS_KEY", gen: () => "${{ secrets.AWS_SECRET_ACCESS_KEY }}" },
  { what: "DB URL with password from env", slot: "DATABASE_URL", gen: () => "postgresql://app_user:${DB_PASSWORD}@db-prod.internal:5432/orders" },
  { what: "1Password secret reference", slot: "SLACK_BOT_TOKEN", gen: () => "op://Engineering/slack-bot/credential" },
  { what: "AWS Secrets Manager ARN", slot: "STRIPE_SECRET_KEY_ARN", gen: (r) => `arn:aws:secretsmanager:us-east-1:${r.s(12, DIG)}:secret:prod/stripe-${r.s(6, AN)}` },
  { what: "Vault path reference", slot: "SENDGRID_API_KEY", gen: () => "vault:secret/data/prod/sendgrid#api_key" },
  { what: "Azure Key Vault reference", slot: "AZURE_STORAGE_KEY", gen: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/storage-key/)" },
  { what: "GCP Secret Manager resource name", slot: "DATADOG_API_KEY_SECRET", gen: () => "projects/acme-prod/secrets/datadog-api-key/versions/latest" },
  { what: "SOPS encrypted value", slot: "TWILIO_AUTH_TOKEN", gen: (r) => `ENC[AES256_GCM,data:${r.s(44, B64)},iv:${r.s(43, B64)}=,tag:${r.s(22, B64)}==,type:str]` },
  { what: "OpenAI organization id", slot: "OPENAI_ORG_ID", gen: (r) => j("org", "-", r.s(24, AN)) },
  { what: "Twilio Account SID", slot: "TWILIO_ACCOUNT_SID", gen: (r) => j("A", "C", r.s(32, HEX)) },
  { what: "Cloudflare zone id", slot: "CLOUDFLARE_ZONE_ID", gen: (r) => r.s(32, HEX) },
  { what: "Slack channel id", slot: "SLACK_CHANNEL_ID", gen: (r) => j("C0", r.s(9, UAN)) },
  { what: "Google OAuth client id", slot: "GOOGLE_CLIENT_ID", gen: (r) => `${r.s(12, DIG)}-${r.s(32, LAN)}.apps.googleusercontent.com` },
  { what: "Azure tenant id", slot: "AZURE_TENANT_ID", gen: (r) => r.uuid() },
  { what: "GitHub App id", slot: "GITHUB_APP_ID", gen: (r) => r.s(7, DIG) },
  { what: "masked GitHub token", slot: "GITHUB_TOKEN", gen: (r) => j("gh", "p_", "****************************", r.s(4, AN)) },
  { what: "npm token placeholder", slot: "NPM_TOKEN", gen: () => j("np", "m_", "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX") },
  { what: "age public key", slot: "SOPS_AGE_RECIPIENTS", gen: (r) => j("age", "1", r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")) },
  { what: "AWS KMS key ARN", slot: "KMS_KEY_ARN", gen: (r) => `arn:aws:kms:eu-west-1:${r.s(12, DIG)}:key/${r.uuid()}` },
  { what: "file SHA-256 checksum", slot: "ARTIFACT_SHA256", gen: (r) => r.s(64, HEX) },
  { what: "S3 ETag (MD5)", slot: "UPLOAD_ETAG", gen: (r) => r.s(32, HEX) },
  { what: "redacted value", slot: "DATADOG_API_KEY", gen: () => "[REDACTED]" },
  { what: "empty value with comment", slot: "MAILGUN_API_KEY", gen: () => "changeme" },
  { what: "Anthropic message id", slot: "LAST_MESSAGE_ID", gen: (r) => j("msg", "_01", r.s(22, AN)) },
  { what: "Mongo URI without credentials", slot: "MONGODB_URI", gen: (r) => `mongodb+srv://cluster0.${r.s(5, LAN)}.mongodb.net/app?authMechanism=MONGODB-AWS` },
];

const rot: CorpusCase[] = [];
for (let i = 0; i < 72; i++) {
  const t = btoks[i % btoks.length]!;
  const rd = RS[(i * 5 + 3) % RS.length]!;
  const ctx: Ctx = { slot: t.slot, v: t.gen(r), provider: "app", header: "X-Trace", host: "api.example.com", r };
  rot.push({
    id: `y51-b-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: "heldouty51-benign",
    label: "benign",
    text: rd.f(ctx),
    note: `${t.what} (${t.slot}) in ${rd.name}`,
  });
}

const B = (n: number, text: string, note: string): CorpusCase => ({
  id: `y51-bk-${String(n).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty51-benign",
  label: "benign",
  text,
  note,
});

const cert = () => `${j("-----BEGIN ", "CERTIFICATE-----")}\n${wrap(r.b64(900))}\n${j("-----END ", "CERTIFICATE-----")}`;
const pub = () => `${j("-----BEGIN ", "PUBLIC KEY-----")}\n${wrap(r.b64(294))}\n${j("-----END ", "PUBLIC KEY-----")}`;
const sshPub = () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.s(43, B64)} ops@laptop`;

const hand: CorpusCase[] = [
  B(1, J({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: `nginx rejects this cert, can you check the chain?\n\n${cert()}\n` }] }), "PEM certificate pasted in an LLM chat body"),
  B(2, `# jwt verification key\nJWT_PUBLIC_KEY="${pub().replace(/\n/g, "\\n")}"\n`, "PEM public key in .env"),
  B(3, `$ cat ~/.ssh/authorized_keys\n${sshPub()}\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r.s(500, B64)} deploy@ci\n`, "SSH public keys in authorized_keys"),
  B(4, `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    OPENAI_API_KEY: AgB${r.s(600, B64)}==\n    STRIPE_SECRET_KEY: AgC${r.s(600, B64)}==\n`, "Bitnami SealedSecret encrypted data"),
  B(5, `# group_vars/prod/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n${wrap(r.s(640, HEX), 80)}\n`, "ansible-vault encrypted file"),
  B(6, `db:\n    password: ENC[AES256_GCM,data:${r.s(28, B64)},iv:${r.s(43, B64)}=,tag:${r.s(22, B64)}==,type:str]\nsops:\n    kms: []\n    age:\n        - recipient: ${j("age", "1", r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${r.s(64, B64)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2026-11-29T08:12:01Z"\n    mac: ENC[AES256_GCM,data:${r.s(88, B64)},iv:${r.s(43, B64)}=,tag:${r.s(22, B64)}==,type:str]\n    version: 3.9.1\n`, "SOPS-encrypted YAML file"),
  B(7, `!function(e,t){"object"==typeof exports?module.exports=t():e.lib=t()}(this,function(){var e="${r.s(40, AN)}",t=function(n){return n.split("").reverse().join("")};return{k:e,r:t,v:"${r.s(32, HEX)}"}});`, "minified JS bundle with random-looking identifiers"),
  B(8, `.css-${r.s(6, LAN)}{display:flex;align-items:center}.css-${r.s(6, LAN)}:hover{color:#${r.s(6, HEX)}}\n.sc-${r.s(6, AN)}-0.${r.s(6, AN)}{margin:0 auto;background:url(data:image/svg+xml;base64,${r.b64(90)})}\n`, "CSS-in-JS class names and an inline SVG data URI"),
  B(9, `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${r.b64(240)}" />`, "base64 PNG data URI in HTML"),
  B(10, J({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "19.0.0", resolved: "https://registry.npmjs.org/react/-/react-19.0.0.tgz", integrity: `sha512-${r.s(86, B64)}==` }, "node_modules/zod": { version: "3.24.1", resolved: "https://registry.npmjs.org/zod/-/zod-3.24.1.tgz", integrity: `sha512-${r.s(86, B64)}==` } } }, null, 2), "package-lock integrity hashes"),
  B(11, `github.com/google/uuid v1.6.0 h1:${r.s(43, B64)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${r.s(43, B64)}=\ngolang.org/x/crypto v0.31.0 h1:${r.s(43, B64)}=\n`, "go.sum hashes"),
  B(12, `curl https://api.openai.com/v1/chat/completions \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "Content-Type: application/json" \\\n  -d '{"model":"gpt-4.1-mini","messages":[{"role":"user","content":"hi"}]}'`, "curl with the key from an env var"),
  B(13, `GET /v1/models HTTP/1.1\nHost: api.anthropic.com\nx-api-key: <ANTHROPIC_API_KEY>\nanthropic-version: 2023-06-01\n`, "HTTP request with a placeholder key header"),
  B(14, J({ keys: [{ kty: "RSA", use: "sig", kid: r.s(43, URLS), alg: "RS256", n: r.s(342, URLS), e: "AQAB" }] }, null, 2), "JWKS public key set"),
  B(15, `commit ${r.s(40, HEX)}\nAuthor: Dana Lee <dana@acme.io>\nDate:   Fri Nov 28 16:02:11 2026 +0000\n\n    fix: retry on 429\n\ncommit ${r.s(40, HEX)}\nAuthor: Sam Ortiz <sam@acme.io>\nDate:   Thu Nov 27 09:40:57 2026 +0000\n\n    chore: bump deps\n`, "git log output with commit SHAs"),
  B(16, `$ docker pull ghcr.io/acme/api:2.3.1\n2.3.1: Pulling from acme/api\n${r.s(12, HEX)}: Pull complete\n${r.s(12, HEX)}: Pull complete\nDigest: sha256:${r.s(64, HEX)}\nStatus: Downloaded newer image for ghcr.io/acme/api:2.3.1\n`, "docker pull output with layer ids and digest"),
  B(17, `  # aws_iam_access_key.deployer will be created\n  + resource "aws_iam_access_key" "deployer" {\n      + create_date = (known after apply)\n      + id          = (known after apply)\n      + secret      = (sensitive value)\n      + user        = "deployer"\n    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.\n`, "Terraform plan with a sensitive value hidden"),
  B(18, `env:\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: llm-credentials\n        key: openai-api-key\n  - name: BUILD_SHA\n    value: "${r.s(40, HEX)}"\n`, "k8s env from secretKeyRef plus a build SHA"),
  B(19, `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${r.s(40, HEX)} # v4.2.2\n      - run: ./deploy.sh\n        env:\n          STRIPE_SECRET_KEY: \${{ secrets.STRIPE_SECRET_KEY }}\n          SENTRY_AUTH_TOKEN: \${{ secrets.SENTRY_AUTH_TOKEN }}\n`, "GitHub Actions workflow with secrets refs and a pinned action SHA"),
  B(20, `import os\n\nclient = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\nstripe.api_key = os.getenv("STRIPE_SECRET_KEY")\n`, "Python reading keys from the environment"),
  B(21, `# .env.example\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=${j("sk", "_live_")}your_key_here\nDATABASE_URL=postgres://user:password@localhost:5432/app\n`, ".env.example with empty and placeholder values"),
  B(22, `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.s(64, HEX)}"\n`, "Cargo.lock checksum"),
  B(23, `<script src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js" integrity="sha384-${r.s(64, B64)}" crossorigin="anonymous"></script>`, "SRI script tag"),
  B(24, J({ id: j("evt", "_1", r.s(23, AN)), object: "event", type: "payment_intent.succeeded", data: { object: { id: j("pi", "_3", r.s(23, AN)), latest_charge: j("ch", "_3", r.s(23, AN)), customer: j("cus", "_", r.s(14, AN)), amount: 4900, currency: "usd" } } }, null, 2), "Stripe webhook event JSON with object ids"),
  B(25, J({ id: j("chatcmpl", "-", r.s(29, AN)), object: "chat.completion", model: "gpt-4.1-2025-04-14", system_fingerprint: `fp_${r.s(10, HEX)}`, choices: [{ index: 0, message: { role: "assistant", content: "Done." } }], usage: { prompt_tokens: 412, completion_tokens: 3 } }), "OpenAI completion response with ids"),
  B(26, `2026-11-30T10:14:02Z INFO request completed method=POST path=/v1/orders status=201 trace_id=${r.s(32, HEX)} span_id=${r.s(16, HEX)} request_id=${r.uuid()} duration_ms=84\n`, "structured log line with trace/span/request ids"),
  B(27, `-- users table\nINSERT INTO users (id, email, password_hash) VALUES\n  ('${r.uuid()}', 'dev@acme.io', NULL),\n  ('${r.uuid()}', 'qa@acme.io', NULL);\n`, "SQL seed with UUIDs and no secrets"),
  B(28, `| variable | description |\n|---|---|\n| \`OPENAI_API_KEY\` | your key from platform.openai.com, looks like \`sk-proj-...\` |\n| \`SLACK_BOT_TOKEN\` | bot token (\`xoxb-...\`) |\n`, "Markdown docs describing key shapes with ellipses"),
  B(29, `Application Insights connection string is read from Key Vault.\nAPPLICATIONINSIGHTS_CONNECTION_STRING=@Microsoft.KeyVault(VaultName=acme-kv;SecretName=appinsights-conn)\nAZURE_CLIENT_ID=${r.uuid()}\nAZURE_SUBSCRIPTION_ID=${r.uuid()}\n`, "Key Vault reference plus Azure ids"),
  B(30, J({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: `git rev-parse HEAD\n${r.s(40, HEX)}\n\nsha256sum dist/app.tar.gz\n${r.s(64, HEX)}  dist/app.tar.gz\n` }] } }), "MCP shell result with a HEAD SHA and a sha256sum"),
];

export const cases: CorpusCase[] = [...rot, ...hand];
