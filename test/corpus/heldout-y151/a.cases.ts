// heldout-y151 positives (rotated): 90 provider specs, each rendered into 3 different carriers.
import type { CorpusCase } from "../types.ts";
import { Rng, j, render, AN, type Spec } from "./_gen.ts";

const r = new Rng(151001);

const SPECS: Spec[] = [
  // ---- ai ----
  { cat: "ai", name: "OpenAI project key", env: "OPENAI_API_KEY", make: (r) => j("sk", "-proj-", r.b64u(74), "T3Blbk", "FJ", r.b64u(74)) },
  { cat: "ai", name: "Anthropic API key", env: "ANTHROPIC_API_KEY", scheme: "x-api-key", make: (r) => j("sk", "-ant-", "api03-", r.b64u(93), "AA") },
  { cat: "ai", name: "Hugging Face token", env: "HF_TOKEN", make: (r) => j("h", "f_", r.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")) },
  { cat: "ai", name: "Groq key", env: "GROQ_API_KEY", make: (r) => j("gs", "k_", r.an(52)) },
  { cat: "ai", name: "Replicate token", env: "REPLICATE_API_TOKEN", make: (r) => j("r", "8_", r.an(37)) },
  { cat: "ai", name: "Perplexity key", env: "PERPLEXITY_API_KEY", make: (r) => j("pp", "lx-", r.an(48)) },
  { cat: "ai", name: "OpenRouter key", env: "OPENROUTER_API_KEY", make: (r) => j("sk", "-or-", "v1-", r.hex(64)) },
  { cat: "ai", name: "xAI key", env: "XAI_API_KEY", make: (r) => j("xa", "i-", r.an(80)) },
  { cat: "ai", name: "Mistral key", env: "MISTRAL_API_KEY", make: (r) => r.an(32) },
  { cat: "ai", name: "LangSmith key", env: "LANGSMITH_API_KEY", scheme: "x-api-key", make: (r) => j("lsv2", "_pt_", r.hex(32), "_", r.hex(10)) },
  // ---- auth ----
  { cat: "auth", name: "Okta API token", env: "OKTA_API_TOKEN", scheme: "Authorization: SSWS", make: (r) => j("0", "0", r.str(40, AN + "-_")) },
  { cat: "auth", name: "Auth0 client secret", env: "AUTH0_CLIENT_SECRET", make: (r) => r.b64u(64) },
  { cat: "auth", name: "JWT signing secret", env: "JWT_SECRET", make: (r) => r.b64(48) },
  { cat: "auth", name: "Clerk secret key", env: "CLERK_SECRET_KEY", make: (r) => j("s", "k_", "live_", r.an(40)) },
  { cat: "auth", name: "Supabase service role key", env: "SUPABASE_SERVICE_ROLE_KEY", make: (r) => r.jwt({ iss: "supabase", ref: r.low(20), role: "service_role", iat: 1727000000, exp: 2042576000 }) },
  { cat: "auth", name: "NextAuth secret", env: "NEXTAUTH_SECRET", make: (r) => r.b64bytes(32) },
  { cat: "auth", name: "Google OAuth client secret", env: "GOOGLE_CLIENT_SECRET", make: (r) => j("GOC", "SPX-", r.b64u(28)) },
  { cat: "auth", name: "Stytch secret", env: "STYTCH_SECRET", make: (r) => j("secret-", "live-", r.b64u(36)) },
  { cat: "auth", name: "Keycloak client secret", env: "KEYCLOAK_CLIENT_SECRET", make: (r) => r.an(32) },
  { cat: "auth", name: "Django SECRET_KEY", env: "DJANGO_SECRET_KEY", make: (r) => j("django-", "insecure-", r.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)")) },
  // ---- cloud ----
  { cat: "cloud", name: "AWS secret access key", env: "AWS_SECRET_ACCESS_KEY", make: (r) => r.str(40, AN + "/+") },
  { cat: "cloud", name: "AWS access key id", env: "AWS_ACCESS_KEY_ID", make: (r) => j("AK", "IA", r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")) },
  { cat: "cloud", name: "Google API key", env: "GOOGLE_API_KEY", make: (r) => j("AI", "za", r.b64u(35)) },
  { cat: "cloud", name: "Azure AD client secret", env: "AZURE_CLIENT_SECRET", make: (r) => j(r.an(3), r.dig(1), "Q~", r.str(34, AN + "~._-")) },
  { cat: "cloud", name: "DigitalOcean token", env: "DIGITALOCEAN_TOKEN", make: (r) => j("do", "p_v1_", r.hex(64)) },
  { cat: "cloud", name: "Cloudflare API token", env: "CLOUDFLARE_API_TOKEN", make: (r) => r.b64u(40) },
  { cat: "cloud", name: "Alibaba Cloud AccessKey", env: "ALIBABA_CLOUD_ACCESS_KEY_ID", make: (r) => j("LT", "AI", r.an(20)) },
  { cat: "cloud", name: "Tencent Cloud SecretId", env: "TENCENTCLOUD_SECRET_ID", make: (r) => j("AK", "ID", r.an(32)) },
  { cat: "cloud", name: "Hetzner Cloud token", env: "HCLOUD_TOKEN", make: (r) => r.an(64) },
  { cat: "cloud", name: "Fly.io token", env: "FLY_API_TOKEN", make: (r) => j("Fly", "V1 ", "fm2_", r.b64(180)) },
  // ---- comms ----
  { cat: "comms", name: "Slack bot token", env: "SLACK_BOT_TOKEN", make: (r) => j("xo", "xb-", r.dig(12), "-", r.dig(13), "-", r.an(24)) },
  { cat: "comms", name: "Slack user token", env: "SLACK_USER_TOKEN", make: (r) => j("xo", "xp-", r.dig(12), "-", r.dig(12), "-", r.dig(13), "-", r.hex(32)) },
  { cat: "comms", name: "Slack webhook", env: "SLACK_WEBHOOK_URL", make: (r) => j("https://hooks.", "slack.com/services/", "T", r.up(10), "/B", r.up(10), "/", r.an(24)) },
  { cat: "comms", name: "Discord bot token", env: "DISCORD_BOT_TOKEN", scheme: "Authorization: Bot", make: (r) => j("MT", r.b64u(24), ".", r.b64u(6), ".", r.b64u(38)) },
  { cat: "comms", name: "Telegram bot token", env: "TELEGRAM_BOT_TOKEN", make: (r) => j(String(r.range(1, 7)), r.dig(9), ":AA", r.b64u(33)) },
  { cat: "comms", name: "Twilio auth token", env: "TWILIO_AUTH_TOKEN", make: (r) => r.hex(32) },
  { cat: "comms", name: "SendGrid key", env: "SENDGRID_API_KEY", make: (r) => j("S", "G.", r.b64u(22), ".", r.b64u(43)) },
  { cat: "comms", name: "Mailgun key", env: "MAILGUN_API_KEY", make: (r) => j("ke", "y-", r.hex(32)) },
  { cat: "comms", name: "Resend key", env: "RESEND_API_KEY", make: (r) => j("r", "e_", r.an(8), "_", r.an(24)) },
  { cat: "comms", name: "Mailchimp key", env: "MAILCHIMP_API_KEY", make: (r) => j(r.hex(32), "-us", String(r.range(2, 21))) },
  // ---- data ----
  { cat: "data", name: "Postgres URL", env: "DATABASE_URL", make: (r) => j("postgres", "ql://app_user:", r.an(24), "@db.prod.internal:5432/orders") },
  { cat: "data", name: "MongoDB Atlas URI", env: "MONGODB_URI", make: (r) => j("mongodb", "+srv://svc-api:", r.an(20), "@cluster0.", r.low(5), ".mongodb.net/app?retryWrites=true") },
  { cat: "data", name: "Redis URL", env: "REDIS_URL", make: (r) => j("redis", "s://default:", r.an(32), "@redis-", r.dig(5), ".c1.cloud.redislabs.com:", r.dig(5)) },
  { cat: "data", name: "MySQL URL", env: "MYSQL_URL", make: (r) => j("mysql", "://root:", r.an(18), "@10.0.3.14:3306/shop") },
  { cat: "data", name: "Databricks token", env: "DATABRICKS_TOKEN", make: (r) => j("da", "pi", r.hex(32)) },
  { cat: "data", name: "PlanetScale password", env: "PLANETSCALE_PASSWORD", make: (r) => j("pscale", "_pw_", r.b64u(43)) },
  { cat: "data", name: "Snowflake password", env: "SNOWFLAKE_PASSWORD", make: (r) => r.str(20, AN + "!#%") },
  { cat: "data", name: "Upstash Redis REST token", env: "UPSTASH_REDIS_REST_TOKEN", make: (r) => j("A", r.b64u(3), "AAIjcD", r.b64u(60)) },
  { cat: "data", name: "Neon connection string", env: "NEON_DATABASE_URL", make: (r) => j("postgres", "ql://neondb_owner:", "npg_", r.an(12), "@ep-", r.low(6), "-", r.low(8), ".eu-central-1.aws.neon.tech/neondb?sslmode=require") },
  { cat: "data", name: "Elasticsearch API key", env: "ELASTIC_API_KEY", scheme: "Authorization: ApiKey", make: (r) => Buffer.from(`${r.b64u(20)}:${r.b64u(22)}`).toString("base64") },
  // ---- devtools ----
  { cat: "devtools", name: "GitHub classic PAT", env: "GITHUB_TOKEN", make: (r) => j("gh", "p_", r.an(36)) },
  { cat: "devtools", name: "GitHub fine-grained PAT", env: "GH_TOKEN", make: (r) => j("github", "_pat_", "11", r.up(20), "_", r.an(59)) },
  { cat: "devtools", name: "GitLab PAT", env: "GITLAB_TOKEN", scheme: "PRIVATE-TOKEN", make: (r) => j("gl", "pat-", r.b64u(20)) },
  { cat: "devtools", name: "npm token", env: "NPM_TOKEN", make: (r) => j("np", "m_", r.an(36)) },
  { cat: "devtools", name: "PyPI token", env: "PYPI_API_TOKEN", make: (r) => j("pypi-", "AgEIcHlwaS5vcmc", r.b64u(140)) },
  { cat: "devtools", name: "Docker Hub PAT", env: "DOCKERHUB_TOKEN", make: (r) => j("dc", "kr_pat_", r.b64u(27)) },
  { cat: "devtools", name: "Terraform Cloud token", env: "TFE_TOKEN", make: (r) => j(r.an(14), ".atlas", "v1.", r.an(67)) },
  { cat: "devtools", name: "Vault token", env: "VAULT_TOKEN", scheme: "X-Vault-Token", make: (r) => j("hv", "s.", r.b64u(92)) },
  { cat: "devtools", name: "Postman API key", env: "POSTMAN_API_KEY", scheme: "X-Api-Key", make: (r) => j("PM", "AK-", r.hex(24), "-", r.hex(34)) },
  { cat: "devtools", name: "Doppler service token", env: "DOPPLER_TOKEN", make: (r) => j("dp", ".st.", "prd.", r.an(43)) },
  // ---- observability ----
  { cat: "observability", name: "Datadog API key", env: "DD_API_KEY", scheme: "DD-API-KEY", make: (r) => r.hex(32) },
  { cat: "observability", name: "Datadog app key", env: "DD_APP_KEY", scheme: "DD-APPLICATION-KEY", make: (r) => r.hex(40) },
  { cat: "observability", name: "New Relic user key", env: "NEW_RELIC_API_KEY", scheme: "Api-Key", make: (r) => j("NR", "AK-", r.up(27)) },
  { cat: "observability", name: "Sentry user auth token", env: "SENTRY_AUTH_TOKEN", make: (r) => j("sntr", "yu_", r.hex(64)) },
  { cat: "observability", name: "Grafana service account token", env: "GRAFANA_TOKEN", make: (r) => j("gl", "sa_", r.an(32), "_", r.hex(8)) },
  { cat: "observability", name: "Dynatrace token", env: "DT_API_TOKEN", scheme: "Authorization: Api-Token", make: (r) => j("dt0", "c01.", r.up(24), ".", r.up(64)) },
  { cat: "observability", name: "Honeycomb key", env: "HONEYCOMB_API_KEY", scheme: "X-Honeycomb-Team", make: (r) => j("hc", "aik_", r.low(58)) },
  { cat: "observability", name: "PagerDuty API key", env: "PAGERDUTY_API_TOKEN", scheme: "Authorization: Token token=", make: (r) => j("u+", r.b64u(18)) },
  { cat: "observability", name: "Rollbar server token", env: "ROLLBAR_ACCESS_TOKEN", scheme: "X-Rollbar-Access-Token", make: (r) => r.hex(32) },
  { cat: "observability", name: "Axiom token", env: "AXIOM_TOKEN", make: (r) => j("xa", "at-", r.uuid()) },
  // ---- payment ----
  { cat: "payment", name: "Stripe secret key", env: "STRIPE_SECRET_KEY", make: (r) => j("s", "k_", "live_", "51", r.an(97)) },
  { cat: "payment", name: "Stripe restricted key", env: "STRIPE_API_KEY", make: (r) => j("r", "k_", "live_", "51", r.an(97)) },
  { cat: "payment", name: "Stripe webhook secret", env: "STRIPE_WEBHOOK_SECRET", make: (r) => j("wh", "sec_", r.an(32)) },
  { cat: "payment", name: "Square access token", env: "SQUARE_ACCESS_TOKEN", make: (r) => j("EA", "AA", r.b64u(60)) },
  { cat: "payment", name: "PayPal client secret", env: "PAYPAL_CLIENT_SECRET", make: (r) => j("E", r.b64u(79)) },
  { cat: "payment", name: "Braintree access token", env: "BRAINTREE_ACCESS_TOKEN", make: (r) => j("access_token", "$production$", r.low(16), "$", r.hex(32)) },
  { cat: "payment", name: "Razorpay key secret", env: "RAZORPAY_KEY_SECRET", make: (r) => r.an(24) },
  { cat: "payment", name: "Paystack secret", env: "PAYSTACK_SECRET_KEY", make: (r) => j("s", "k_", "live_", r.hex(40)) },
  { cat: "payment", name: "Flutterwave secret", env: "FLW_SECRET_KEY", make: (r) => j("FLW", "SECK-", r.hex(32), "-X") },
  { cat: "payment", name: "Mollie live key", env: "MOLLIE_API_KEY", make: (r) => j("li", "ve_", r.an(30)) },
  // ---- saas ----
  { cat: "saas", name: "Shopify admin token", env: "SHOPIFY_ACCESS_TOKEN", scheme: "X-Shopify-Access-Token", make: (r) => j("sh", "pat_", r.hex(32)) },
  { cat: "saas", name: "Notion integration token", env: "NOTION_TOKEN", make: (r) => j("nt", "n_", r.dig(11), r.an(35)) },
  { cat: "saas", name: "Linear API key", env: "LINEAR_API_KEY", scheme: "Authorization", make: (r) => j("lin", "_api_", r.an(40)) },
  { cat: "saas", name: "Atlassian API token", env: "JIRA_API_TOKEN", make: (r) => j("ATA", "TT3xFfGF0", r.b64u(180), "=", r.HEX(8)) },
  { cat: "saas", name: "Airtable PAT", env: "AIRTABLE_API_KEY", make: (r) => j("p", "at", r.an(14), ".", r.hex(64)) },
  { cat: "saas", name: "Figma token", env: "FIGMA_TOKEN", scheme: "X-Figma-Token", make: (r) => j("fi", "gd_", r.b64u(40)) },
  { cat: "saas", name: "HubSpot private app token", env: "HUBSPOT_ACCESS_TOKEN", make: (r) => j("pat-", "eu1-", r.uuid()) },
  { cat: "saas", name: "Contentful management token", env: "CONTENTFUL_MANAGEMENT_TOKEN", make: (r) => j("CF", "PAT-", r.b64u(43)) },
  { cat: "saas", name: "Mapbox secret token", env: "MAPBOX_SECRET_TOKEN", make: (r) => j("s", "k.eyJ1Ijoi", r.b64u(30), "IiwiYSI6I", r.b64u(20), ".", r.b64u(22)) },
  { cat: "saas", name: "Dropbox access token", env: "DROPBOX_ACCESS_TOKEN", make: (r) => j("s", "l.", r.b64u(136)) },
];

export const cases: CorpusCase[] = [];
let n = 0;
let ri = 0;
for (const s of SPECS) {
  for (let k = 0; k < 3; k++) {
    n++;
    const id = `y151-a-${String(n).padStart(3, "0")}`;
    cases.push(render(id, `heldouty151-sec-${s.cat}`, s, s.make(r), ri, r));
    ri += 7; // co-prime stride through the renderer list so each provider gets three unlike carriers
  }
}
