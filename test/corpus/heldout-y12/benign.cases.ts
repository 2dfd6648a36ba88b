// heldout-y12: hard benign look-alikes from the same files and contexts as the positives.
// No case holds a credential: only digests, ids, public keys/certs, references, masks, placeholders.
import type { CorpusCase } from "../types.ts";
import { mk, build, AN, UN, LN, HX, B64, U64, DG, type T } from "./_gen.ts";

const g = mk(0xbe9_1112);
const B = "heldouty12-benign";
const b = (t: T): [string, T] => [B, t];
const NOH = { no: ["hdr", "url"] };
const sha = () => g.hex(40);

const toks: [string, T][] = [
  b({ p: "build", k: "GIT_SHA", v: sha(), x: [["BUILD_NUMBER", String(g.int(1000, 9999))]], ...NOH }),
  b({ p: "build", k: "SOURCE_COMMIT", v: sha(), ...NOH }),
  b({ p: "build", k: "ARTIFACT_SHA256", v: g.hex(64), ...NOH }),
  b({ p: "build", k: "IMAGE_DIGEST", v: "sha256:" + g.hex(64), x: [["IMAGE", "ghcr.io/acme/api"]], ...NOH }),
  b({ p: "build", k: "SENTRY_RELEASE", v: "api@" + sha(), ...NOH }),
  b({ p: "Stripe", k: "STRIPE_PUBLISHABLE_KEY", v: ["pk", "_live_"].join("") + "51" + g.s(97, AN), ...NOH }),
  b({ p: "Stripe", k: "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", v: ["pk", "_live_"].join("") + g.s(24, AN), ...NOH }),
  b({ p: "Stripe", k: "STRIPE_CUSTOMER_ID", v: "cus_" + g.s(14, AN), x: [["STRIPE_PRICE_ID", "price_1" + g.s(23, AN)]], ...NOH }),
  b({ p: "Stripe", k: "payment_intent", v: "pi_3" + g.s(23, AN), x: [["charge", "ch_3" + g.s(23, AN)]], ...NOH }),
  b({ p: "OpenAI", k: "OPENAI_API_KEY", v: "${OPENAI_API_KEY}", ...NOH }),
  b({ p: "OpenAI", k: "OPENAI_API_KEY", v: "sk-...", x: [["OPENAI_MODEL", "gpt-4o-mini"]], ...NOH }),
  b({ p: "OpenAI", k: "OPENAI_API_KEY", v: "sk-proj-****************************Qw3F", ...NOH }),
  b({ p: "Anthropic", k: "ANTHROPIC_API_KEY", v: "<your-anthropic-api-key>", ...NOH }),
  b({ p: "Anthropic", k: "ANTHROPIC_API_KEY", v: "sk-ant-api03-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", ...NOH }),
  b({ p: "GitHub", k: "GITHUB_TOKEN", v: "${{ secrets.GITHUB_TOKEN }}", ...NOH }),
  b({ p: "GitHub", k: "GH_TOKEN", v: "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", ...NOH }),
  b({ p: "AWS", k: "AWS_SECRET_ACCESS_KEY", v: "arn:aws:secretsmanager:eu-west-1:" + g.s(12, DG) + ":secret:prod/aws-" + g.s(6, AN), x: [["AWS_ACCOUNT_ID", g.s(12, DG)]], ...NOH }),
  b({ p: "AWS", k: "DB_PASSWORD_PARAM", v: "/prod/billing/db/password", x: [["KMS_KEY_ID", g.uuid()]], ...NOH }),
  b({ p: "AWS", k: "AMI_ID", v: "ami-0" + g.hex(16), x: [["SUBNET_ID", "subnet-0" + g.hex(16)], ["SECURITY_GROUP_ID", "sg-0" + g.hex(16)]], ...NOH }),
  b({ p: "1Password", k: "STRIPE_SECRET_KEY", v: "op://Production/Stripe/credential", ...NOH }),
  b({ p: "Vault", k: "DATABASE_PASSWORD", v: "vault:secret/data/prod/db#password", ...NOH }),
  b({ p: "Doppler", k: "SENDGRID_API_KEY", v: "${{ doppler.SENDGRID_API_KEY }}", ...NOH }),
  b({ p: "GCP", k: "GOOGLE_APPLICATION_CREDENTIALS", v: "/var/run/secrets/gcp/sa.json", x: [["GCP_PROJECT", "acme-analytics-prod"]], ...NOH }),
  b({ p: "GCP", k: "GCP_SECRET_REF", v: "projects/" + g.s(12, DG) + "/secrets/openai-key/versions/latest", ...NOH }),
  b({ p: "Azure", k: "AZURE_CLIENT_SECRET", v: "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/graph-client/)", x: [["AZURE_TENANT_ID", g.uuid()], ["AZURE_CLIENT_ID", g.uuid()]], ...NOH }),
  b({ p: "Azure", k: "AZURE_SUBSCRIPTION_ID", v: g.uuid(), ...NOH }),
  b({ p: "tracing", k: "TRACE_ID", v: g.hex(32), x: [["SPAN_ID", g.hex(16)]], ...NOH }),
  b({ p: "tracing", k: "REQUEST_ID", v: "req_" + g.s(24, AN), ...NOH }),
  b({ p: "Anthropic", k: "LAST_MESSAGE_ID", v: "msg_01" + g.s(22, AN), ...NOH }),
  b({ p: "OpenAI", k: "completion_id", v: "chatcmpl-" + g.s(29, AN), ...NOH }),
  b({ p: "OpenAI", k: "OPENAI_ORG_ID", v: "org-" + g.s(24, AN), x: [["OPENAI_PROJECT_ID", "proj_" + g.s(24, AN)]], ...NOH }),
  b({ p: "OpenAI", k: "ASSISTANT_ID", v: "asst_" + g.s(24, AN), x: [["VECTOR_STORE_ID", "vs_" + g.s(24, AN)]], ...NOH }),
  b({ p: "Slack", k: "SLACK_CHANNEL_ID", v: "C0" + g.s(9, UN), x: [["SLACK_TEAM_ID", "T0" + g.s(9, UN)]], ...NOH }),
  b({ p: "Twilio", k: "TWILIO_MESSAGE_SID", v: "SM" + g.hex(32), ...NOH }),
  b({ p: "Mapbox", k: "MAPBOX_STYLE", v: "mapbox://styles/acme-maps/c" + g.s(24, LN), ...NOH }),
  b({ p: "app", k: "CSP_NONCE_ALGO", v: "sha384-" + g.s(64, B64), ...NOH }),
  b({ p: "Sentry", k: "SENTRY_ORG", v: "acme-corp", x: [["SENTRY_PROJECT_ID", g.s(7, DG)]], ...NOH }),
  b({ p: "Datadog", k: "DD_API_KEY", v: "ENC[AES256_GCM,data:" + g.s(44, B64) + "=,iv:" + g.s(43, B64) + "=,tag:" + g.s(22, B64) + "==,type:str]", ...NOH }),
  b({ p: "Datadog", k: "DD_TRACE_ID", v: g.s(19, DG), x: [["DD_SERVICE", "checkout"], ["DD_VERSION", sha().slice(0, 12)]], ...NOH }),
  b({ p: "app", k: "ASSET_HASH", v: g.hex(20), ...NOH }),
  b({ p: "PostgreSQL", k: "DATABASE_URL", v: "postgres://app:${DB_PASSWORD}@db.internal:5432/app", ...NOH }),
  b({ p: "Redis", k: "REDIS_URL", v: "redis://redis.default.svc.cluster.local:6379/0", ...NOH }),
  b({ p: "MongoDB", k: "MONGODB_URI", v: "mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/", ...NOH }),
  b({ p: "Twilio", k: "TWILIO_ACCOUNT_SID", v: "AC" + g.hex(32), x: [["TWILIO_FROM", "+15005550006"]], ...NOH }),
  b({ p: "Hugging Face", k: "HF_MODEL_REVISION", v: sha(), x: [["HF_MODEL", "mistralai/Mistral-7B-Instruct-v0.3"]], ...NOH }),
  b({ p: "npm", k: "NODE_AUTH_TOKEN", v: "${{ secrets.NPM_TOKEN }}", ...NOH }),
  b({ p: "Kubernetes", k: "CONFIG_CHECKSUM", v: g.hex(64), x: [["LOG_FORMAT", "json"]], ...NOH }),
  b({ p: "Cloudflare", k: "CLOUDFLARE_ZONE_ID", v: g.hex(32), x: [["CLOUDFLARE_ACCOUNT_ID", g.hex(32)]], ...NOH }),
  b({ p: "Algolia", k: "ALGOLIA_INDEX", v: "prod_products", x: [["ALGOLIA_APP_ID", g.s(10, UN)]], ...NOH }),
  b({ p: "Shopify", k: "SHOPIFY_STORE_DOMAIN", v: "acme-store.myshopify.com", x: [["SHOPIFY_API_VERSION", "2025-01"]], ...NOH }),
  b({ p: "Supabase", k: "SUPABASE_URL", v: "https://" + g.s(20, "abcdefghijklmnopqrstuvwxyz") + ".supabase.co", x: [["SUPABASE_PROJECT_REF", g.s(20, "abcdefghijklmnopqrstuvwxyz")]], ...NOH }),
  b({ p: "Vercel", k: "VERCEL_PROJECT_ID", v: "prj_" + g.s(28, AN), x: [["VERCEL_ORG_ID", "team_" + g.s(24, AN)]], ...NOH }),
  b({ p: "Google OAuth", k: "GOOGLE_CLIENT_ID", v: `${g.s(12, DG)}-${g.s(32, LN)}.apps.googleusercontent.com`, ...NOH }),
  b({ p: "Discord", k: "DISCORD_APPLICATION_ID", v: "1" + g.s(18, DG), x: [["DISCORD_GUILD_ID", "1" + g.s(18, DG)]], ...NOH }),
  b({ p: "Segment", k: "SEGMENT_SOURCE_ID", v: g.s(22, AN), ...NOH }),
  b({ p: "LaunchDarkly", k: "LD_FLAG_KEY", v: "checkout-v2-" + g.hex(8), x: [["LD_PROJECT", "default"]], ...NOH }),
  b({ p: "Terraform", k: "TF_STATE_LOCK_ID", v: g.uuid(), x: [["TF_WORKSPACE", "prod"]], ...NOH }),
  b({ p: "Stripe", k: "STRIPE_WEBHOOK_SECRET", v: "${STRIPE_WEBHOOK_SECRET:?must be set}", ...NOH }),
  b({ p: "Auth0", k: "AUTH0_CLIENT_SECRET", v: "[redacted]", x: [["AUTH0_DOMAIN", "acme-prod.eu.auth0.com"]], ...NOH }),
  b({ p: "Slack", k: "SLACK_BOT_TOKEN", v: "xoxb-***", ...NOH }),
];

const built = build("y12-b", toks, g, "benign", 3);

const chat = (content: string) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content }] });
const sshPub = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, B64)} deploy@ci`;
const rsaPub = `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.s(500, B64)}= jdoe@laptop`;
const cert = ["-----BEGIN CERTIFICATE-----", "MIIDdzCCAl+gAwIBAgIE" + g.s(44, B64), ...Array.from({ length: 16 }, () => g.s(64, B64)), g.s(28, B64) + "=", "-----END CERTIFICATE-----"].join("\n");
const pubPem = ["-----BEGIN PUBLIC KEY-----", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + g.s(20, B64), ...Array.from({ length: 5 }, () => g.s(64, B64)), "IDAQAB", "-----END PUBLIC KEY-----"].join("\n");
const png = "iVBORw0KGgoAAAANSUhEUgAAAB" + g.s(400, B64) + "AAAAAElFTkSuQmCC";
const extra: string[] = [
  chat(`why does ssh still ask for a password? I added this to authorized_keys on the box:\n\n${sshPub}\n${rsaPub}`),
  JSON.stringify({ type: "tool_use", id: "toolu_01" + g.s(22, AN), name: "write_file", input: { path: "certs/origin-ca.pem", content: cert + "\n" } }),
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: jwt-verify\ndata:\n  issuer: https://auth.acme-corp.io\n  public.pem: |\n${pubPem.split("\n").map((l) => "    " + l).join("\n")}\n`,
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-settings\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("debug").toString("base64")}\n  API_BASE_URL: ${Buffer.from("https://api.acme-corp.io/v2").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("checkout_v2,new_nav,dark_mode").toString("base64")}\n  TIMEZONE: ${Buffer.from("Europe/Berlin").toString("base64")}\n`,
  `"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-${g.s(86, B64)}=="\n},\n"node_modules/zod": {\n  "version": "3.23.8",\n  "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",\n  "integrity": "sha512-${g.s(86, B64)}=="\n}`,
  `<script src="https://cdn.jsdelivr.net/npm/chart.js@4.4.1/dist/chart.umd.min.js" integrity="sha384-${g.s(64, B64)}" crossorigin="anonymous"></script>`,
  `<img alt="logo" src="data:image/png;base64,${png}">`,
  `!function(e,t){"use strict";var n_${g.s(8, AN)}=function(r){return r.${g.s(12, AN)}||e.${g.s(14, AN)}},i="${g.hex(20)}";t.exports={k:n_${g.s(8, AN)},v:i}}(window,module);`,
  `<div class="css-${g.s(6, LN)} e1${g.s(6, LN)}0 sc-${g.s(6, AN)}-${g.int(0, 9)} ${g.s(6, AN)} ${g.s(24, AN)}">Checkout</div>`,
  `${g.hex(7)} (HEAD -> main, origin/main) fix: retry on 429\n${g.hex(7)} chore(deps): bump axios\ncommit ${sha()}\nMerge: ${g.hex(7)} ${g.hex(7)}\nTree: ${sha()}`,
  chat(`Stripe webhook handler logs this, is it a bug?\n\n{"id":"evt_1${g.s(23, AN)}","object":"event","data":{"object":{"id":"pi_3${g.s(23, AN)}","customer":"cus_${g.s(14, AN)}","latest_charge":"ch_3${g.s(23, AN)}","payment_method":"pm_1${g.s(23, AN)}","client_secret":null}},"request":{"id":"req_${g.s(14, AN)}","idempotency_key":"${g.uuid()}"}}`),
  JSON.stringify({ id: "msg_01" + g.s(22, AN), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "text", text: "Done — the migration ran." }], usage: { input_tokens: 1822, output_tokens: 41 }, request_id: "req_011C" + g.s(20, AN) }),
  JSON.stringify({ id: "chatcmpl-" + g.s(29, AN), object: "chat.completion", created: 1719000000, model: "gpt-4o-2024-08-06", system_fingerprint: "fp_" + g.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "ok" }, finish_reason: "stop" }] }),
  `curl -sS https://api.openai.com/v1/chat/completions \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "OpenAI-Organization: org-${g.s(24, AN)}" \\\n  -H "X-Request-ID: ${g.uuid()}" \\\n  -d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"ping"}]}'`,
  `> GET /repos/acme-corp/api/commits/${sha()} HTTP/2\n> Host: api.github.com\n> Authorization: Bearer \${GH_TOKEN}\n> If-None-Match: W/"${g.hex(64)}"\n< HTTP/2 304\n< x-github-request-id: ${g.s(4, HX).toUpperCase()}:${g.s(5, HX).toUpperCase()}:${g.s(7, HX).toUpperCase()}:${g.s(8, HX).toUpperCase()}:${g.s(8, HX).toUpperCase()}\n< etag: "${g.hex(64)}"`,
  JSON.stringify({ log: { entries: [{ request: { method: "GET", url: `https://api.stripe.com/v1/customers/cus_${g.s(14, AN)}`, headers: [{ name: "Authorization", value: "Bearer [REDACTED]" }, { name: "Idempotency-Key", value: g.uuid() }, { name: "traceparent", value: `00-${g.hex(32)}-${g.hex(16)}-01` }] }, response: { status: 200, headers: [{ name: "request-id", value: "req_" + g.s(14, AN) }] } }] } }),
  `name: release\non: push\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${sha()} # v4.1.7\n      - uses: actions/setup-node@${sha()} # v4.0.3\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n          AWS_ROLE_ARN: arn:aws:iam::${g.s(12, DG)}:role/gh-release`,
  `# terraform plan\n  ~ resource "aws_lambda_function" "api" {\n      ~ source_code_hash = "${g.s(43, B64)}=" -> "${g.s(43, B64)}="\n        id               = "api-prod"\n      ~ environment {\n          ~ variables = {\n              ~ "OPENAI_API_KEY" = (sensitive value)\n              ~ "RELEASE"        = "${sha().slice(0, 12)}" -> "${sha().slice(0, 12)}"\n            }\n        }\n    }`,
  JSON.stringify({ version: 4, serial: 42, lineage: g.uuid(), resources: [{ type: "aws_kms_key", name: "main", instances: [{ attributes: { arn: `arn:aws:kms:eu-west-1:${g.s(12, DG)}:key/${g.uuid()}`, key_id: g.uuid(), policy: "{}" } }] }, { type: "random_id", name: "suffix", instances: [{ attributes: { hex: g.hex(8), b64_url: g.s(11, U64) } }] }] }, null, 2),
  `${new Date(1719000000000).toISOString()} ERROR [http] trace_id=${g.hex(32)} span_id=${g.hex(16)} req=req_${g.s(24, AN)} user=usr_${g.s(16, AN)} etag=${g.hex(40)} status=502 upstream=payments latency_ms=3011`,
  `Exception in thread "main" com.acme.billing.InvoiceException: duplicate idempotency key ${g.uuid()}\n\tat com.acme.billing.Invoicer.submit(Invoicer.java:211)\n\tat com.acme.billing.Job.run(Job.java:88)\nCaused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "invoices_hash_key"\n  Detail: Key (hash)=(${g.hex(64)}) already exists.`,
  JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, source: ["import hashlib\n", "h = hashlib.sha256(open('data.parquet','rb').read()).hexdigest()\n", "h"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`'${g.hex(64)}'`] }, execution_count: 3, metadata: {} }] }, { cell_type: "code", execution_count: 4, metadata: {}, source: ["api_key = os.environ['OPENAI_API_KEY']\n"], outputs: [] }], nbformat: 4, nbformat_minor: 5 }),
  `INSERT INTO api_keys (id, user_id, name, prefix, key_hash, last_four, created_at) VALUES\n  ('${g.uuid()}', ${g.int(100, 9999)}, 'ci', 'ak_live', '$argon2id$v=19$m=65536,t=3,p=4$${g.s(22, B64)}$${g.s(43, B64)}', '${g.s(4, AN)}', NOW()),\n  ('${g.uuid()}', ${g.int(100, 9999)}, 'zapier', 'ak_live', 'sha256:${g.hex(64)}', '${g.s(4, AN)}', NOW());`,
  `diff --git a/package-lock.json b/package-lock.json\nindex ${g.hex(7)}..${g.hex(7)} 100644\n@@ -2411,7 +2411,7 @@\n     "node_modules/undici": {\n-      "version": "6.19.2",\n-      "integrity": "sha512-${g.s(86, B64)}==",\n+      "version": "6.19.8",\n+      "integrity": "sha512-${g.s(86, B64)}==",`,
  JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: `Keys for project acme-api:\n- name: ci-deploy   prefix: sk-proj-...${g.s(4, AN)}   created: 2025-03-02   last used: 2025-06-11\n- name: local-dev   prefix: sk-proj-...${g.s(4, AN)}   created: 2025-05-19   last used: never` }] } }),
  chat(`here's my .env, only the non-secret bits (the secrets come from Doppler):\n\nNODE_ENV=production\nAPP_VERSION=${sha().slice(0, 12)}\nBUILD_ID=${g.uuid()}\nASSET_CDN=https://cdn.acme-corp.io/${g.hex(20)}/\nSTRIPE_PUBLISHABLE_KEY=${["pk", "_live_"].join("")}${g.s(24, AN)}\nSENTRY_RELEASE=${sha()}\nPOSTHOG_HOST=https://eu.posthog.com\nSTRIPE_SECRET_KEY=\nOPENAI_API_KEY=`),
  `version: "3.9"\nservices:\n  web:\n    image: ghcr.io/acme/web@sha256:${g.hex(64)}\n    environment:\n      DATABASE_URL: \${DATABASE_URL}\n      SECRET_KEY_BASE: \${SECRET_KEY_BASE:?}\n      BUILD_SHA: ${sha()}\n    secrets:\n      - stripe_key\nsecrets:\n  stripe_key:\n    external: true`,
  `import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nresp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])\nprint(resp.id)  # e.g. chatcmpl-${g.s(29, AN)}\n`,
  `const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });\nconst pk = "${["pk", "_live_"].join("")}51${g.s(97, AN)}"; // publishable, safe in the bundle\nconst session = await stripe.checkout.sessions.retrieve("cs_live_a1${g.s(56, AN)}");`,
  `[url "https://github.com/"]\n\tinsteadOf = git@github.com:\n[user]\n\tname = Jane Doe\n\temail = jane@acme-corp.io\n\tsigningkey = ${g.hex(16).toUpperCase()}\n[commit]\n\tgpgsign = true\n[credential]\n\thelper = osxkeychain`,
  `curl -fsSL https://get.acme-corp.io/install.sh -o install.sh\necho "${g.hex(64)}  install.sh" | sha256sum -c -\nbash install.sh --version 2.3.1 --checksum sha512:${g.hex(128)}`,
];
const extraCases: CorpusCase[] = extra.map((t, i) => ({ id: `y12-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: B, label: "benign", text: t }));

export const cases: CorpusCase[] = [...built, ...extraCases];
