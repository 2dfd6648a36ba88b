// heldout-y83 benign look-alikes: non-secret values through the same renderers, plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { Gen, RENDERERS, type Slot } from "./_gen.ts";

const CAT = "heldouty83-benign";
const g = new Gen(0x83b0);

// [slot-name provider, env, template-or-builder, what it is]
type B = [string, string, string | ((g: Gen) => string), string];
const slots: B[] = [
  ["build", "GIT_COMMIT_SHA", "{H:40}", "git commit SHA"],
  ["build", "IMAGE_DIGEST", "sha256:{H:64}", "container image digest"],
  ["build", "BUILD_ID", "{G}", "build UUID"],
  ["tracing", "TRACE_ID", "{H:32}", "W3C trace id"],
  ["tracing", "TRACEPARENT", "00-{H:32}-{H:16}-01", "traceparent header value"],
  ["Stripe", "STRIPE_PUBLISHABLE_KEY", "pk" + "_live_51{A:97}", "Stripe publishable key"],
  ["Stripe", "STRIPE_CUSTOMER_ID", "cus" + "_{A:14}", "Stripe customer id"],
  ["Stripe", "STRIPE_PRICE_ID", "price" + "_1{A:23}", "Stripe price id"],
  ["Stripe", "LAST_PAYMENT_INTENT", "pi" + "_3{A:23}", "Stripe PaymentIntent id"],
  ["OpenAI", "OPENAI_API_KEY", "sk-" + "...{A:4}", "masked key (last four)"],
  ["OpenAI", "OPENAI_API_KEY", "<your-openai-api-key>", "placeholder"],
  ["OpenAI", "OPENAI_API_KEY", "${OPENAI_API_KEY}", "variable reference"],
  ["OpenAI", "OPENAI_ORG_ID", "org-" + "{A:24}", "OpenAI organization id"],
  ["OpenAI", "LAST_COMPLETION_ID", "chatcmpl-" + "{A:29}", "chat completion id"],
  ["OpenAI", "ASSISTANT_ID", "asst" + "_{A:24}", "assistant id"],
  ["Anthropic", "LAST_MESSAGE_ID", "msg" + "_01{A:22}", "message id"],
  ["Anthropic", "ANTHROPIC_API_KEY", "sk-" + "ant-api03-****************************", "masked key"],
  ["AWS", "AWS_SECRET_ACCESS_KEY", "{{resolve:secretsmanager:prod/app:SecretString:aws_secret}}", "CloudFormation dynamic reference"],
  ["AWS", "DB_PASSWORD_ARN", "arn:aws:secretsmanager:us-east-1:{D:12}:secret:prod/db-password-{A:6}", "Secrets Manager ARN"],
  ["AWS", "KMS_KEY_ID", "{G}", "KMS key id"],
  ["AWS", "AMI_ID", "ami-" + "{H:17}", "AMI id"],
  ["AWS", "AWS_ACCESS_KEY_ID", "AKIA" + "XXXXXXXXXXXXXXXX", "masked access key id"],
  ["Vault", "STRIPE_SECRET_KEY", "vault:secret/data/prod/stripe#secret_key", "Vault reference"],
  ["1Password", "GITHUB_TOKEN", "op://Engineering/GitHub CI/credential", "1Password secret reference"],
  ["Azure", "SQL_PASSWORD", "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sql-password/)", "Key Vault reference"],
  ["GCP", "OPENAI_API_KEY", "projects/acme-prod/secrets/openai-api-key/versions/latest", "GCP Secret Manager resource name"],
  ["GitHub", "GITHUB_TOKEN", "${{ secrets.GITHUB_TOKEN }}", "Actions secret expression"],
  ["npm", "NPM_TOKEN", "${NPM_TOKEN}", "env reference"],
  ["npm", "LOCKFILE_INTEGRITY", "sha512-" + "{B:86}==", "npm integrity hash"],
  ["Slack", "SLACK_CHANNEL_ID", "C0{U:9}", "Slack channel id"],
  ["Slack", "SLACK_BOT_TOKEN", "xoxb-" + "your-bot-token", "placeholder"],
  ["Sentry", "SENTRY_RELEASE", "{H:40}", "release SHA"],
  ["Sentry", "LAST_EVENT_ID", "{H:32}", "Sentry event id"],
  ["Datadog", "DD_TRACE_ID", "{D:19}", "Datadog trace id"],
  ["Datadog", "DD_API_KEY", "<DATADOG_API_KEY>", "placeholder"],
  ["Vercel", "VERCEL_PROJECT_ID", "prj" + "_{A:28}", "Vercel project id"],
  ["Vercel", "VERCEL_ORG_ID", "team" + "_{A:24}", "Vercel team id"],
  ["Supabase", "SUPABASE_URL", "https://{L:20}.supabase.co", "project URL"],
  ["Postgres", "DATABASE_URL", "postgres://app:${DB_PASSWORD}@db:5432/app", "URL with password variable"],
  ["Postgres", "DATABASE_URL", "postgres://app@localhost:5432/app_test", "URL without password"],
  ["Redis", "REDIS_URL", "redis://localhost:6379/0", "local URL without password"],
  ["Twilio", "TWILIO_MESSAGING_SERVICE_SID", "MG" + "{H:32}", "messaging service SID"],
  ["Shopify", "SHOPIFY_STORE_DOMAIN", "acme-outfitters.myshopify.com", "store domain"],
  ["Google", "GOOGLE_CLIENT_ID", "{D:12}-{L:32}.apps.googleusercontent.com", "OAuth client id"],
  ["Auth0", "AUTH0_CLIENT_ID", "{A:32}", "client id (public)"],
  ["Azure", "AZURE_TENANT_ID", "{G}", "tenant id"],
  ["Azure", "AZURE_CLIENT_ID", "{G}", "application (client) id"],
  ["Cloudflare", "CF_ZONE_ID", "{H:32}", "zone id"],
  ["Cloudflare", "CF_ACCOUNT_ID", "{H:32}", "account id"],
  ["Docker", "BASE_IMAGE", "node@sha256:{H:64}", "pinned image digest"],
  ["Git", "PREVIOUS_SHA", "{H:40}", "previous commit SHA"],
  ["App", "ETAG", "W/\"{H:32}\"", "ETag"],
  ["App", "CSP_NONCE", (x) => x.b64(16), "CSP nonce"],
  ["App", "ASSET_HASH", "{H:20}", "asset content hash"],
  ["Age", "SOPS_AGE_RECIPIENTS", "age1" + "{C:58}", "age public recipient"],
];

const usable = RENDERERS.filter((r) => !/chat message|SQL|Terraform|Kubernetes Secret|curl command|raw HTTP|Python env|TypeScript env/.test(r.ctx));
const rotated: CorpusCase[] = slots.map(([provider, env, tpl, what], i) => {
  const r = usable[(i * 5 + 2) % usable.length]!;
  const slot: Slot = { provider, env, value: typeof tpl === "string" ? g.fill(tpl) : tpl(g) };
  return {
    id: `y83-b-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: CAT,
    label: "benign",
    text: r.render(slot, g),
    note: `${provider} ${env}: ${what} in ${r.ctx}`,
  };
});

const b64lines = (n: number) => g.b64(n).match(/.{1,64}/g)!.join("\n");
const hand: [string, string][] = [];
const add = (note: string, text: string) => hand.push([note, text]);
const enc = () => `ENC[AES256_GCM,data:${g.b64(24)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]`;

add("SOPS-encrypted secrets.yaml pasted in chat body", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `sops won't decrypt this, why?\n\nstripe_key: ${enc()}\ndb_password: ${enc()}\nsops:\n    age:\n        - recipient: age1${g.fill("{C:58}")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${g.b64(48)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: \"2026-11-20T10:11:12Z\"\n    mac: ${enc()}\n    version: 3.9.1\n` }] }));
add("Bitnami SealedSecret manifest in write_file", JSON.stringify({ name: "write_file", input: { path: "k8s/sealed-api.yaml", content: `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: Ag${g.b64(360)}\n    DATABASE_URL: Ag${g.b64(300)}\n` } }));
add("ansible-vault encrypted vars file", `$ cat group_vars/prod/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.fill("{H:80}")).join("\n")}`);
add("PEM certificate in nginx config tool result", JSON.stringify({ jsonrpc: "2.0", id: 11, result: { content: [{ type: "text", text: `$ cat /etc/nginx/certs/api.crt\n-----BEGIN CERTIFICATE-----\n${b64lines(900)}\n-----END CERTIFICATE-----` }] } }));
add("SSH public keys in authorized_keys", `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.fill("{B:43}")} dana@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.fill("{B:500}")} ci@build-01\n`);
add("PEM public key in JWT verifier config", `jwt:\n  issuer: https://auth.acme.io/\n  public_key: |\n    -----BEGIN PUBLIC KEY-----\n${b64lines(294).split("\n").map((l) => "    " + l).join("\n")}\n    -----END PUBLIC KEY-----\n`);
add("JWKS public keys (n, e only)", JSON.stringify({ keys: [{ kty: "RSA", kid: g.fill("{H:16}"), use: "sig", alg: "RS256", n: Buffer.from(g.bytes(256)).toString("base64url"), e: "AQAB" }] }, null, 2));
add("base64 PNG data URI in CSS", `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64(420)}");\n}\n`);
add("minified JS bundle excerpt", `!function(e,t){"object"==typeof exports?module.exports=t():e.acme=t()}(this,function(){var e="${g.fill("{A:40}")}",t=function(n){return n.split("").map(function(r){return r.charCodeAt(0)^42}).join(",")};return{v:"3.2.1",h:e,x:t,k:"${g.fill("{H:32}")}"}});\n//# sourceMappingURL=acme.min.js.map`);
add("CSS modules hashed class names", `.Button_root__${g.fill("{S:5}")}{display:inline-flex;padding:8px 12px}\n.Button_primary__${g.fill("{S:5}")}{background:#0b5fff;color:#fff}\n.Card_wrapper__${g.fill("{A:5}")}_${g.fill("{A:3}")}{border-radius:8px}\n.css-${g.fill("{L:6}")}{margin:0 auto}\n`);
add("package-lock.json integrity entries", JSON.stringify({ packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: g.fill("sha512-{B:86}==") }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: g.fill("sha512-{B:86}==") } } }, null, 2));
add("go.sum lines", `github.com/google/uuid v1.6.0 h1:${g.b64(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64(32)}\ngolang.org/x/crypto v0.28.0 h1:${g.b64(32)}\n`);
add("docker pull output with digests", `$ docker pull ghcr.io/acme/api:1.14.2\n1.14.2: Pulling from acme/api\n${g.fill("{H:12}")}: Pull complete\n${g.fill("{H:12}")}: Pull complete\nDigest: sha256:${g.fill("{H:64}")}\nStatus: Downloaded newer image for ghcr.io/acme/api:1.14.2`);
add("git log --oneline pasted in chat body", JSON.stringify({ model: "claude-sonnet-4", messages: [{ role: "user", content: `which of these broke the build?\n${Array.from({ length: 6 }, (_, i) => `${g.fill("{H:7}")} fix: step ${i + 1}`).join("\n")}\nfull sha of the suspect: ${g.fill("{H:40}")}` }] }));
add("k8s Secret with non-secret data values", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: feature-flags\ntype: Opaque\ndata:\n  ENABLE_BETA: ${Buffer.from("true").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  LOG_LEVEL: ${Buffer.from("debug").toString("base64")}\n`);
add("GitHub Actions workflow using secrets expressions", `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${g.fill("{H:40}")}\n      - run: ./deploy.sh\n        env:\n          STRIPE_SECRET_KEY: \${{ secrets.STRIPE_SECRET_KEY }}\n          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n          OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n`);
add(".env.example with placeholders", `# copy to .env and fill in\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your-anthropic-key>\nSTRIPE_SECRET_KEY=${"sk" + "_live_" + "x".repeat(24)}\nGITHUB_TOKEN=${"gh" + "p_" + "X".repeat(36)}\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ\n`);
add("CI log with masked secrets", `2026-11-30T10:41:02.0000000Z Run ./scripts/publish.sh\n2026-11-30T10:41:02.0100000Z   NPM_TOKEN: ***\n2026-11-30T10:41:02.0200000Z   PYPI_TOKEN: ***\n2026-11-30T10:41:03.0000000Z + npm publish --access public\n2026-11-30T10:41:05.0000000Z + @acme/sdk@2.4.0 (sha ${g.fill("{H:40}")})`);
add("Stripe webhook event JSON (ids only)", JSON.stringify({ id: g.fill("evt_1{A:23}"), object: "event", type: "payment_intent.succeeded", data: { object: { id: g.fill("pi_3{A:23}"), customer: g.fill("cus_{A:14}"), latest_charge: g.fill("ch_3{A:23}"), amount: 4200, currency: "eur" } }, request: { id: g.fill("req_{A:14}"), idempotency_key: g.fill("{G}") } }, null, 2));
add("OpenAI chat completion response", JSON.stringify({ id: g.fill("chatcmpl-{A:29}"), object: "chat.completion", created: 1764500000, model: "gpt-4.1-2025-04-14", system_fingerprint: g.fill("fp_{H:10}"), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 120, completion_tokens: 3 } }));
add("Anthropic message response with tool_use id", JSON.stringify({ id: g.fill("msg_01{A:22}"), type: "message", role: "assistant", model: "claude-sonnet-4-20250514", content: [{ type: "tool_use", id: g.fill("toolu_01{A:22}"), name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use" }));
add("Terraform plan with sensitive values hidden", `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "db-${g.fill("{U:26}")}"\n      ~ password = (sensitive value)\n        kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/${g.fill("{G}")}"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`);
add("GitHub webhook request with HMAC signature header", `POST /hooks/github HTTP/1.1\nHost: ci.acme.io\nX-GitHub-Event: push\nX-GitHub-Delivery: ${g.fill("{G}")}\nX-Hub-Signature-256: sha256=${g.fill("{H:64}")}\nContent-Type: application/json\n\n{"ref":"refs/heads/main","after":"${g.fill("{H:40}")}"}`);
add("HTML with SRI integrity attributes", `<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${g.b64(48)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="/assets/app.${g.fill("{H:8}")}.css" integrity="sha256-${g.b64(32)}">`);
add("Git LFS pointer file", `version https://git-lfs.github.com/spec/v1\noid sha256:${g.fill("{H:64}")}\nsize 48213377\n`);
add("curl -v response headers with request ids", `< HTTP/2 200\n< content-type: application/json\n< x-amz-request-id: ${g.fill("{U:16}")}\n< x-amz-id-2: ${g.b64(56)}\n< x-amz-cf-id: ${g.fill("{S:56}")}==\n< etag: "${g.fill("{H:32}")}"\n< x-request-id: ${g.fill("{G}")}`);
add("ExternalSecret manifest referencing a store", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: stripe\nspec:\n  refreshInterval: 1h\n  secretStoreRef:\n    name: aws-secrets-manager\n    kind: ClusterSecretStore\n  target:\n    name: stripe\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/stripe\n        property: secret_key\n`);
add("Vault agent template", `template {\n  destination = "/etc/app/.env"\n  contents = <<EOT\n{{ with secret "secret/data/prod/app" }}\nSTRIPE_SECRET_KEY={{ .Data.data.stripe_key }}\nDATABASE_URL={{ .Data.data.database_url }}\n{{ end }}\nEOT\n}\n`);
add("Python code reading key from env only", `import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nresp = client.chat.completions.create(model="gpt-4.1", messages=[{"role": "user", "content": "hi"}])\nprint(resp.id)  # e.g. ${g.fill("chatcmpl-{A:29}")}\n`);
add("masked key in dashboard screenshot text", `API keys\nName            Key                     Created\nci-deploy       sk-proj-...${g.fill("{A:4}")}          2026-10-02\nlocal-dev       sk-proj-...${g.fill("{A:4}")}          2026-11-12\nadmin           sk-admin-...${g.fill("{A:4}")}         2026-08-30`);
add("GPG key listing with fingerprint", `$ gpg --list-secret-keys --keyid-format=long\nsec   ed25519/${g.fill("{X:16}")} 2025-03-01 [SC]\n      ${g.fill("{X:40}")}\nuid                 [ultimate] Dana Ops <dana@acme.io>\nssb   cv25519/${g.fill("{X:16}")} 2025-03-01 [E]`);
add("SQL with UUID primary keys", `INSERT INTO orders (id, customer_id, status) VALUES\n  ('${g.fill("{G}")}', '${g.fill("{G}")}', 'paid'),\n  ('${g.fill("{G}")}', '${g.fill("{G}")}', 'refunded');\n`);
add("Jupyter output with dataframe hashes", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 5, source: ["df['row_hash'] = df.apply(lambda r: hashlib.sha256(str(r).encode()).hexdigest(), axis=1)\n", "df.head(2)"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`   id  row_hash\n0   1  ${g.fill("{H:64}")}\n1   2  ${g.fill("{H:64}")}`] } }] }], nbformat: 4, nbformat_minor: 5 }, null, 1));
add("Helm values referencing existing secret", `api:\n  image:\n    repository: ghcr.io/acme/api\n    digest: sha256:${g.fill("{H:64}")}\n  env:\n    - name: STRIPE_SECRET_KEY\n      valueFrom:\n        secretKeyRef:\n          name: stripe\n          key: secret_key\n`);
add("docker-compose with env interpolation", `services:\n  worker:\n    image: acme/worker@sha256:${g.fill("{H:64}")}\n    environment:\n      OPENAI_API_KEY: \${OPENAI_API_KEY:?set it}\n      REDIS_URL: redis://redis:6379\n`);
add("Markdown doc with placeholder key", "## Authentication\n\nPass your key in the header:\n\n```bash\ncurl https://api.acme.io/v1/me -H \"Authorization: Bearer $ACME_API_KEY\"\n```\n\nKeys look like `acme_live_...` and are shown once at creation.\n");
add("unified diff removing a key in favour of env var", `diff --git a/src/config.ts b/src/config.ts\n--- a/src/config.ts\n+++ b/src/config.ts\n@@ -1,3 +1,3 @@\n-export const apiKey = process.env.API_KEY ?? "";\n+export const apiKey = requireEnv("API_KEY");\n export const commit = "${g.fill("{H:40}")}";\n`);
add("Sentry sourcemap upload log with release SHA", `> sentry-cli sourcemaps upload --release ${g.fill("{H:40}")} dist\n> Found 14 files\n> Bundle ID: ${g.fill("{G}")}\n> Artifact Bundle ID: ${g.fill("{H:32}")}\n> Uploaded files to Sentry`);
add("Azure DevOps pipeline log with run ids", `##[section]Starting: Build\nAgent: ${g.fill("Hosted Agent {D:4}")}\nBuild ID: ${g.fill("{D:6}")}\nCommit: ${g.fill("{H:40}")}\nPipeline run id: ${g.fill("{G}")}\n##[section]Finishing: Build`);
add("AWS IAM policy JSON with ARNs", JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["secretsmanager:GetSecretValue"], Resource: g.fill("arn:aws:secretsmanager:eu-west-1:{D:12}:secret:prod/stripe-{A:6}") }, { Effect: "Allow", Action: ["kms:Decrypt"], Resource: g.fill("arn:aws:kms:eu-west-1:{D:12}:key/{G}") }] }, null, 2));
add("MCP tool result listing secret names only", JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: `$ gh secret list\nAWS_ACCESS_KEY_ID      Updated 2026-11-02\nNPM_TOKEN              Updated 2026-10-14\nOPENAI_API_KEY         Updated 2026-11-28\nSTRIPE_SECRET_KEY      Updated 2026-09-30` }] } }));
add("webpack manifest with content hashes", JSON.stringify({ "main.js": `/static/js/main.${g.fill("{H:20}")}.js`, "vendor.js": `/static/js/vendor.${g.fill("{H:20}")}.js`, "main.css": `/static/css/main.${g.fill("{H:8}")}.css` }, null, 2));
add("Python crash dump with ids, no secret", `Traceback (most recent call last):\n  File "/app/charge.py", line 31, in charge\n    stripe.PaymentIntent.confirm(intent_id)\nstripe.error.CardError: Your card was declined.\n\nLocals:\n    intent_id = '${g.fill("pi_3{A:23}")}'\n    request_id = '${g.fill("req_{A:14}")}'\n    idempotency_key = '${g.fill("{G}")}'`);
add("Slack incoming message payload with ids", JSON.stringify({ token_type: "event_callback", team_id: g.fill("T0{U:9}"), api_app_id: g.fill("A0{U:9}"), event: { type: "message", channel: g.fill("C0{U:9}"), user: g.fill("U0{U:9}"), text: "deploy done", ts: "1764500000.123456", client_msg_id: g.fill("{G}") }, event_id: g.fill("Ev0{U:9}") }));
add("Rust Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.fill("{H:64}")}"\n\n[[package]]\nname = "tokio"\nversion = "1.41.1"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.fill("{H:64}")}"\n`);

export const cases: CorpusCase[] = [
  ...rotated,
  ...hand.map(([note, text], i): CorpusCase => ({
    id: `y83-bk-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: CAT,
    label: "benign",
    text,
    note,
  })),
];
