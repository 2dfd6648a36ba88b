// heldout-y39 common providers: each token rotated through the shared renderers in _gen.ts.
import type { CorpusCase } from "../types.ts";
import { ALNUM, B32, B64, B64U, DIG, HEX, LO, LOWNUM, R, UP, UPNUM, gen, j, type Tok } from "./_gen.ts";

const toks: Tok[] = [
  // ai
  { p: "OpenAI project key", g: "ai", env: "OPENAI_API_KEY", make: (r) => j("sk-", "proj-", r.s(58, B64U), "T3Blbk", "FJ", r.s(58, B64U)) },
  { p: "OpenAI legacy user key", g: "ai", env: "OPENAI_API_KEY", make: (r) => j("sk-", r.s(20), "T3Blbk", "FJ", r.s(20)) },
  { p: "OpenAI service account key", g: "ai", env: "OPENAI_SVC_KEY", make: (r) => j("sk-", "svcacct-", r.s(58, B64U), "T3Blbk", "FJ", r.s(58, B64U)) },
  { p: "OpenAI admin key", g: "ai", env: "OPENAI_ADMIN_KEY", make: (r) => j("sk-", "admin-", r.s(58, B64U), "T3Blbk", "FJ", r.s(58, B64U)) },
  { p: "Anthropic API key", g: "ai", env: "ANTHROPIC_API_KEY", make: (r) => j("sk-", "ant-", "api03-", r.s(93, B64U), "AA") },
  { p: "Anthropic admin key", g: "ai", env: "ANTHROPIC_ADMIN_KEY", make: (r) => j("sk-", "ant-", "admin01-", r.s(93, B64U), "AA") },
  { p: "Hugging Face token", g: "ai", env: "HF_TOKEN", make: (r) => j("h", "f_", r.s(34, ALNUM)) },
  { p: "Groq API key", g: "ai", env: "GROQ_API_KEY", make: (r) => j("gs", "k_", r.s(52, ALNUM)) },
  { p: "Replicate API token", g: "ai", env: "REPLICATE_API_TOKEN", make: (r) => j("r", "8_", r.s(37, ALNUM)) },
  { p: "Perplexity API key", g: "ai", env: "PERPLEXITY_API_KEY", make: (r) => j("ppl", "x-", r.s(48, ALNUM)) },
  { p: "Google Gemini API key", g: "ai", env: "GEMINI_API_KEY", make: (r) => j("AI", "za", r.s(35, B64U)) },
  { p: "xAI API key", g: "ai", env: "XAI_API_KEY", make: (r) => j("xa", "i-", r.s(80, ALNUM)) },
  { p: "OpenRouter key", g: "ai", env: "OPENROUTER_API_KEY", make: (r) => j("sk-", "or-v1-", r.s(64, HEX)) },
  { p: "LangSmith key", g: "ai", env: "LANGSMITH_API_KEY", make: (r) => j("lsv2", "_pt_", r.s(32, HEX), "_", r.s(10, HEX)) },
  { p: "Mistral API key", g: "ai", env: "MISTRAL_API_KEY", make: (r) => r.s(32, ALNUM) },
  { p: "Cohere API key", g: "ai", env: "COHERE_API_KEY", make: (r) => r.s(40, ALNUM) },
  // cloud
  { p: "AWS secret access key", g: "cloud", env: "AWS_SECRET_ACCESS_KEY", make: (r) => r.s(40, ALNUM + "/+") },
  { p: "AWS access key id", g: "cloud", env: "AWS_ACCESS_KEY_ID", make: (r) => j("AK", "IA", r.s(16, B32)) },
  { p: "AWS STS session key id", g: "cloud", env: "AWS_ACCESS_KEY_ID", make: (r) => j("AS", "IA", r.s(16, B32)) },
  { p: "Azure storage account key", g: "cloud", env: "AZURE_STORAGE_KEY", make: (r) => r.b64(64) },
  { p: "Azure storage connection string", g: "cloud", env: "AZURE_STORAGE_CONNECTION_STRING", make: (r) => j("DefaultEndpointsProtocol=https;AccountName=acme", r.s(6, LOWNUM), ";AccountKey=", r.b64(64), ";EndpointSuffix=core.windows.net") },
  { p: "Azure AD client secret", g: "cloud", env: "AZURE_CLIENT_SECRET", make: (r) => j(r.s(3, ALNUM), "8Q~", r.s(34, ALNUM + "._~-")) },
  { p: "GCP API key", g: "cloud", env: "GOOGLE_API_KEY", make: (r) => j("AI", "za", r.s(35, B64U)) },
  { p: "DigitalOcean PAT", g: "cloud", env: "DIGITALOCEAN_TOKEN", make: (r) => j("dop", "_v1_", r.s(64, HEX)) },
  { p: "Cloudflare API token", g: "cloud", env: "CLOUDFLARE_API_TOKEN", make: (r) => r.s(40, B64U) },
  { p: "Heroku API key", g: "cloud", env: "HEROKU_API_KEY", make: (r) => j("HRK", "U-AA", r.s(58, B64U)) },
  { p: "Vercel token", g: "cloud", env: "VERCEL_TOKEN", make: (r) => r.s(24, ALNUM) },
  { p: "Netlify PAT", g: "cloud", env: "NETLIFY_AUTH_TOKEN", make: (r) => j("nf", "p_", r.s(36, ALNUM)) },
  { p: "Fly.io token", g: "cloud", env: "FLY_API_TOKEN", make: (r) => j("Fly", "V1 fm2_", r.s(120, B64U)) },
  { p: "Alibaba Cloud AccessKey", g: "cloud", env: "ALIBABA_CLOUD_ACCESS_KEY_SECRET", make: (r) => r.s(30, ALNUM) },
  // devtools
  { p: "GitHub classic PAT", g: "devtools", env: "GITHUB_TOKEN", make: (r) => j("gh", "p_", r.s(36)) },
  { p: "GitHub fine-grained PAT", g: "devtools", env: "GH_TOKEN", make: (r) => j("github", "_pat_", r.s(22, UPNUM), "_", r.s(59, ALNUM)) },
  { p: "GitHub OAuth token", g: "devtools", env: "GITHUB_OAUTH_TOKEN", make: (r) => j("gh", "o_", r.s(36)) },
  { p: "GitHub app installation token", g: "devtools", env: "GITHUB_APP_TOKEN", make: (r) => j("gh", "s_", r.s(36)) },
  { p: "GitLab PAT", g: "devtools", env: "GITLAB_TOKEN", make: (r) => j("gl", "pat-", r.s(20, B64U)) },
  { p: "GitLab runner token", g: "devtools", env: "CI_RUNNER_TOKEN", make: (r) => j("gl", "rt-", r.s(20, B64U)) },
  { p: "npm automation token", g: "devtools", env: "NPM_TOKEN", make: (r) => j("np", "m_", r.s(36)) },
  { p: "PyPI upload token", g: "devtools", env: "TWINE_PASSWORD", make: (r) => j("pypi-", "AgEIcHlwaS5vcmc", r.s(70, B64U)) },
  { p: "Docker Hub PAT", g: "devtools", env: "DOCKERHUB_TOKEN", make: (r) => j("dck", "r_pat_", r.s(27, B64U)) },
  { p: "Bitbucket app password", g: "devtools", env: "BITBUCKET_APP_PASSWORD", make: (r) => j("ATB", "B", r.s(28, ALNUM), r.s(8, HEX.toUpperCase())) },
  { p: "Postman API key", g: "devtools", env: "POSTMAN_API_KEY", make: (r) => j("PM", "AK-", r.s(24, HEX), "-", r.s(34, HEX)) },
  { p: "Terraform Cloud token", g: "devtools", env: "TFE_TOKEN", make: (r) => j(r.s(14, ALNUM), ".at", "lasv1.", r.s(67, ALNUM)) },
  { p: "CircleCI personal token", g: "devtools", env: "CIRCLECI_TOKEN", make: (r) => j("CC", "IPAT_", r.s(22, ALNUM), "_", r.s(40, HEX)) },
  // comms
  { p: "Slack bot token", g: "comms", env: "SLACK_BOT_TOKEN", make: (r) => j("xo", "xb-", r.s(12, DIG), "-", r.s(13, DIG), "-", r.s(24)) },
  { p: "Slack user token", g: "comms", env: "SLACK_USER_TOKEN", make: (r) => j("xo", "xp-", r.s(12, DIG), "-", r.s(12, DIG), "-", r.s(13, DIG), "-", r.s(32, HEX)) },
  { p: "Slack incoming webhook", g: "comms", env: "SLACK_WEBHOOK_URL", make: (r) => j("https://hooks.", "slack.com/services/T", r.s(10, UPNUM), "/B", r.s(10, UPNUM), "/", r.s(24)) },
  { p: "Discord bot token", g: "comms", env: "DISCORD_TOKEN", make: (r) => j("MT", r.s(24, ALNUM), ".", r.s(6, B64U), ".", r.s(38, B64U)) },
  { p: "Discord webhook", g: "comms", env: "DISCORD_WEBHOOK_URL", make: (r) => j("https://discord.com/api/", "webhooks/", r.s(19, DIG), "/", r.s(68, B64U)) },
  { p: "Telegram bot token", g: "comms", env: "TELEGRAM_BOT_TOKEN", make: (r) => j(r.s(10, DIG), ":AA", r.s(33, B64U)) },
  { p: "Twilio auth token", g: "comms", env: "TWILIO_AUTH_TOKEN", make: (r) => r.s(32, HEX) },
  { p: "Twilio API key secret", g: "comms", env: "TWILIO_API_SECRET", make: (r) => r.s(32, ALNUM) },
  { p: "SendGrid API key", g: "comms", env: "SENDGRID_API_KEY", make: (r) => j("S", "G.", r.s(22, B64U), ".", r.s(43, B64U)) },
  { p: "Mailgun API key", g: "comms", env: "MAILGUN_API_KEY", make: (r) => j("key", "-", r.s(32, HEX)) },
  { p: "Mailchimp API key", g: "comms", env: "MAILCHIMP_API_KEY", make: (r) => j(r.s(32, HEX), "-us", String(r.n(20) + 1)) },
  // payment
  { p: "Stripe secret key", g: "payment", env: "STRIPE_SECRET_KEY", make: (r) => j("sk", "_live_", r.s(99)) },
  { p: "Stripe restricted key", g: "payment", env: "STRIPE_RESTRICTED_KEY", make: (r) => j("rk", "_live_", r.s(99)) },
  { p: "Stripe webhook secret", g: "payment", env: "STRIPE_WEBHOOK_SECRET", make: (r) => j("wh", "sec_", r.s(32)) },
  { p: "Square access token", g: "payment", env: "SQUARE_ACCESS_TOKEN", make: (r) => j("EAAA", "E", r.s(59, B64U)) },
  { p: "PayPal client secret", g: "payment", env: "PAYPAL_CLIENT_SECRET", make: (r) => j("E", r.s(79, B64U)) },
  { p: "Braintree access token", g: "payment", env: "BRAINTREE_ACCESS_TOKEN", make: (r) => j("access_token", "$production$", r.s(16, LOWNUM), "$", r.s(32, HEX)) },
  { p: "Shopify admin token", g: "payment", env: "SHOPIFY_ADMIN_TOKEN", make: (r) => j("shp", "at_", r.s(32, HEX)) },
  { p: "Shopify shared secret", g: "payment", env: "SHOPIFY_API_SECRET", make: (r) => j("shp", "ss_", r.s(32, HEX)) },
  { p: "Plaid secret", g: "payment", env: "PLAID_SECRET", make: (r) => r.s(30, HEX) },
  // data
  { p: "Postgres URL with password", g: "data", env: "DATABASE_URL", make: (r) => j("postgres", "ql://app_rw:", r.s(24, ALNUM), "@db-prod.", r.s(8, LOWNUM), ".eu-west-1.rds.amazonaws.com:5432/app") },
  { p: "MySQL URL with password", g: "data", env: "MYSQL_URL", make: (r) => j("my", "sql://root:", r.s(20, ALNUM), "@10.0.", String(r.n(255)), ".12:3306/shop") },
  { p: "MongoDB Atlas URI", g: "data", env: "MONGODB_URI", make: (r) => j("mongodb", "+srv://svc:", r.s(18, ALNUM), "@cluster0.", r.s(5, LOWNUM), ".mongodb.net/prod?retryWrites=true") },
  { p: "Redis URL with password", g: "data", env: "REDIS_URL", make: (r) => j("re", "diss://default:", r.s(32, ALNUM), "@redis-", r.s(5, DIG), ".c1.us-east-1-2.ec2.cloud.redislabs.com:", r.s(5, DIG)) },
  { p: "Supabase service role key", g: "data", env: "SUPABASE_SERVICE_ROLE_KEY", make: (r) => j("sb_", "secret_", r.s(32, B64U)) },
  { p: "PlanetScale password", g: "data", env: "PLANETSCALE_PASSWORD", make: (r) => j("pscale", "_pw_", r.s(43, B64U)) },
  { p: "Neon connection string", g: "data", env: "NEON_DATABASE_URL", make: (r) => j("postgres", "ql://neondb_owner:npg_", r.s(12, ALNUM), "@ep-", r.s(6, LO), "-", r.s(6, LO), "-", r.s(8, LOWNUM), ".us-east-2.aws.neon.tech/neondb?sslmode=require") },
  { p: "Upstash Redis REST token", g: "data", env: "UPSTASH_REDIS_REST_TOKEN", make: (r) => j("A", r.s(3, UP), "ASQgN", r.s(60, B64U), "=") },
  { p: "Snowflake password", g: "data", env: "SNOWFLAKE_PASSWORD", make: (r) => r.s(22, ALNUM + "!#%") },
  { p: "Databricks PAT", g: "data", env: "DATABRICKS_TOKEN", make: (r) => j("dap", "i", r.s(32, HEX)) },
  // auth
  { p: "Okta API token", g: "auth", env: "OKTA_API_TOKEN", make: (r) => j("00", r.s(40, B64U)) },
  { p: "Auth0 client secret", g: "auth", env: "AUTH0_CLIENT_SECRET", make: (r) => r.s(64, B64U) },
  { p: "Google OAuth client secret", g: "auth", env: "GOOGLE_CLIENT_SECRET", make: (r) => j("GOC", "SPX-", r.s(28, B64U)) },
  { p: "Google OAuth refresh token", g: "auth", env: "GOOGLE_REFRESH_TOKEN", make: (r) => j("1//", "0", r.s(2, ALNUM), "Cg", r.s(99, B64U)) },
  { p: "JWT signing secret", g: "auth", env: "JWT_SECRET", make: (r) => r.s(48, ALNUM) },
  { p: "Django SECRET_KEY", g: "auth", env: "DJANGO_SECRET_KEY", make: (r) => j("django-", "insecure-", r.s(50, LOWNUM + "!@#$%^&*(-_=+)")) },
  { p: "Rails secret_key_base", g: "auth", env: "SECRET_KEY_BASE", make: (r) => r.s(128, HEX) },
  { p: "HashiCorp Vault token", g: "auth", env: "VAULT_TOKEN", make: (r) => j("hv", "s.", r.s(90, B64U)) },
  { p: "Doppler service token", g: "auth", env: "DOPPLER_TOKEN", make: (r) => j("dp", ".st.", "prd.", r.s(43, ALNUM)) },
  { p: "1Password service account token", g: "auth", env: "OP_SERVICE_ACCOUNT_TOKEN", make: (r) => j("ops", "_eyJ", r.s(160, B64U)) },
  { p: "NextAuth secret", g: "auth", env: "NEXTAUTH_SECRET", make: (r) => r.b64(32) },
  // observability
  { p: "Datadog API key", g: "observability", env: "DD_API_KEY", make: (r) => r.s(32, HEX) },
  { p: "Datadog application key", g: "observability", env: "DD_APP_KEY", make: (r) => r.s(40, HEX) },
  { p: "New Relic user key", g: "observability", env: "NEW_RELIC_API_KEY", make: (r) => j("NR", "AK-", r.s(27, UPNUM)) },
  { p: "New Relic license key", g: "observability", env: "NEW_RELIC_LICENSE_KEY", make: (r) => j(r.s(36, HEX), "NR", "AL") },
  { p: "Sentry auth token", g: "observability", env: "SENTRY_AUTH_TOKEN", make: (r) => j("sn", "tryu_", r.s(64, HEX)) },
  { p: "Sentry org token", g: "observability", env: "SENTRY_AUTH_TOKEN", make: (r) => j("sn", "trys_", "eyJpYXQiOjE3", r.s(120, B64U), "_", r.s(43, B64U)) },
  { p: "Grafana service account token", g: "observability", env: "GRAFANA_TOKEN", make: (r) => j("gl", "sa_", r.s(32), "_", r.s(8, HEX)) },
  { p: "Grafana Cloud token", g: "observability", env: "GRAFANA_CLOUD_TOKEN", make: (r) => j("gl", "c_", "eyJvIjoi", r.s(100, B64U), "=") },
  { p: "PostHog personal key", g: "observability", env: "POSTHOG_PERSONAL_API_KEY", make: (r) => j("ph", "x_", r.s(43)) },
  // saas
  { p: "Atlassian API token", g: "saas", env: "JIRA_API_TOKEN", make: (r) => j("ATA", "TT3xFfGF0", r.s(180, B64U), "=", r.s(8, HEX.toUpperCase())) },
  { p: "Linear API key", g: "saas", env: "LINEAR_API_KEY", make: (r) => j("lin", "_api_", r.s(40)) },
  { p: "Notion integration token", g: "saas", env: "NOTION_TOKEN", make: (r) => j("nt", "n_", r.s(11, DIG), r.s(35)) },
  { p: "Airtable PAT", g: "saas", env: "AIRTABLE_TOKEN", make: (r) => j("pat", r.s(14), ".", r.s(64, HEX)) },
  { p: "Figma PAT", g: "saas", env: "FIGMA_TOKEN", make: (r) => j("fig", "d_", r.s(40, B64U)) },
  { p: "HubSpot private app token", g: "saas", env: "HUBSPOT_ACCESS_TOKEN", make: (r) => j("pat-", "na1-", r.uuid()) },
  { p: "Contentful management token", g: "saas", env: "CONTENTFUL_MANAGEMENT_TOKEN", make: (r) => j("CF", "PAT-", r.s(43, B64U)) },
  { p: "Algolia admin key", g: "saas", env: "ALGOLIA_ADMIN_KEY", make: (r) => r.s(32, HEX) },
  { p: "Mapbox secret token", g: "saas", env: "MAPBOX_SECRET_TOKEN", make: (r) => j("s", "k.eyJ1Ijoi", r.s(40, B64U), ".", r.s(22, B64U)) },
  { p: "Dropbox access token", g: "saas", env: "DROPBOX_ACCESS_TOKEN", make: (r) => j("sl.", "B", r.s(140, B64U)) },
  { p: "Zendesk API token", g: "saas", env: "ZENDESK_API_TOKEN", make: (r) => r.s(40, ALNUM) },
  { p: "Asana PAT", g: "saas", env: "ASANA_ACCESS_TOKEN", make: (r) => j("2/", r.s(16, DIG), "/", r.s(16, DIG), ":", r.s(32, HEX)) },
  { p: "LaunchDarkly SDK key", g: "saas", env: "LAUNCHDARKLY_SDK_KEY", make: (r) => j("sd", "k-", r.uuid()) },
];

const rotated = gen("y39-c", "heldouty39-sec", toks, 3901, 1);
const rotated2 = gen("y39-cc", "heldouty39-sec", toks.filter((_, i) => i % 3 === 0), 3902, 1);
void B64;
export const cases: CorpusCase[] = [...rotated, ...rotated2, ...handcrafted()];

// Handcrafted key material and multi-part credentials.
function handcrafted(): CorpusCase[] {
  const r = new R(3903);
  const out: CorpusCase[] = [];
  let n = 0;
  const add = (g: string, text: string, note: string) =>
    out.push({ id: `y39-ck-${String(++n).padStart(3, "0")}`, kind: "secrets", category: `heldouty39-sec-${g}`, label: "positive", text, note });
  const pem = (label: string, nb: number) => {
    const body = r.b64(nb).replace(/(.{64})/g, "$1\n").trimEnd();
    return j("-----BEGIN ", label, "-----\n", body, "\n-----END ", label, "-----");
  };
  add("keys", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `deploy fails with 'invalid key format'. here's deploy_key:\n${pem("RSA PRIVATE KEY", 1190)}\n` }] }), "RSA private key (PKCS#1) pasted into OpenAI chat body, JSON-escaped newlines");
  add("keys", `$ cat ~/.ssh/id_ed25519\n${pem("OPENSSH PRIVATE KEY", 300)}\n$ ssh -T git@github.com`, "OpenSSH ed25519 private key in MCP shell output");
  add("keys", `resource "tls_private_key" "x" {}\n\nlocals {\n  signing_key = <<-EOT\n${pem("EC PRIVATE KEY", 121)}\n  EOT\n}\n`, "EC private key in Terraform heredoc");
  add("keys", JSON.stringify({ type: "service_account", project_id: "acme-prod-" + r.s(6, "0123456789"), private_key_id: r.s(40, HEX), private_key: pem("PRIVATE KEY", 1218) + "\n", client_email: "ci-deployer@acme-prod.iam.gserviceaccount.com", client_id: r.s(21, DIG), token_uri: "https://oauth2.googleapis.com/token" }, null, 2), "GCP service account JSON with PKCS#8 private key (cloud key material)");
  add("keys", `write_file path=keys/release.asc\n${pem("PGP PRIVATE KEY BLOCK", 900)}`, "PGP private key block in a write_file tool call");
  add("keys", `# created: 2026-01-14T10:00:00Z\n# public key: age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${j("AGE-SECRET-", "KEY-1", r.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))}\n`, "age secret key file (keys.txt) pasted in chat");
  add("keys", `diff --git a/certs/server.key b/certs/server.key\nnew file mode 100600\n--- /dev/null\n+++ b/certs/server.key\n${pem("ENCRYPTED PRIVATE KEY", 600).split("\n").map((l) => "+" + l).join("\n")}\n`, "PKCS#8 encrypted private key committed in diff (still key material)");
  add("auth", `machine api.heroku.com\n  login ops@acme.io\n  password ${r.s(8, HEX)}-${r.s(4, HEX)}-${r.s(4, HEX)}-${r.s(4, HEX)}-${r.s(12, HEX)}\nmachine github.com\n  login acme-bot\n  password ${j("gh", "p_", r.s(36))}\n`, ".netrc with Heroku and GitHub passwords");
  add("data", `db-prod.internal:5432:billing:billing_rw:${r.s(26, ALNUM)}\n`, ".pgpass line with password");
  add("auth", `git clone https://acme-bot:${r.s(20, ALNUM)}@git.acme.io/platform/infra.git`, "basic auth credentials in git clone URL (shell tool call)");
  add("devtools", `//registry.npmjs.org/:_authToken=${j("np", "m_", r.s(36))}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${j("gh", "p_", r.s(36))}\n`, ".npmrc with npm and GitHub package tokens");
  add("devtools", JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from("acme-bot:" + j("gh", "p_", r.s(36))).toString("base64") } } }, null, 2), "docker config.json auth (base64 user:ghp token)");
  add("cloud", `[default]\naws_access_key_id = ${j("AK", "IA", r.s(16, B32))}\naws_secret_access_key = ${r.s(40, ALNUM + "/+")}\nregion = eu-central-1\n`, "AWS credentials file key pair");
  add("cloud", `https://acmeassets.blob.core.windows.net/exports/report.csv?sv=2022-11-02&ss=b&srt=o&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(r.b64(32))}`, "Azure SAS URL with signature in chat message");
  add("auth", `Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.${Buffer.from(JSON.stringify({ sub: "svc-billing", role: "admin", iat: 1767000000, exp: 1899000000 })).toString("base64url")}.${r.s(43, B64U)}`, "long-lived admin JWT in HTTP Authorization header");
  add("auth", `[Service]\nEnvironment=API_TOKEN=${r.s(40, HEX)}\nEnvironment=SESSION_SECRET=${r.s(64, HEX)}\nExecStart=/usr/local/bin/api\n`, "systemd unit Environment= session secret and API token");
  return out;
}
void LOWNUM;
