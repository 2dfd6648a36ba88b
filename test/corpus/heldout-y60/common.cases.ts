// heldout-y60: common providers, each rendered twice through rotating contexts.
import type { CorpusCase } from "../types.ts";
import { type Spec, type Gen, rotate, AN, HX, B64, URL64 } from "./_gen.ts";

const c = (...xs: string[]) => xs.join("");

const specs: Spec[] = [
  // ai
  { p: "OpenAI project key", g: "ai", e: "OPENAI_API_KEY", m: (g: Gen) => c("sk", "-proj-", g.u64(74), "T3Blbk", "FJ", g.u64(74)) },
  { p: "OpenAI service account key", g: "ai", e: "OPENAI_SVC_KEY", m: (g) => c("sk", "-svcacct-", g.u64(74), "T3Blbk", "FJ", g.u64(74)) },
  { p: "OpenAI admin key", g: "ai", e: "OPENAI_ADMIN_KEY", m: (g) => c("sk", "-admin-", g.u64(74), "T3Blbk", "FJ", g.u64(74)) },
  { p: "Anthropic API key", g: "ai", e: "ANTHROPIC_API_KEY", h: "x-api-key", m: (g) => c("sk", "-ant-api03-", g.u64(93), "AA") },
  { p: "Anthropic admin key", g: "ai", e: "ANTHROPIC_ADMIN_KEY", h: "x-api-key", m: (g) => c("sk", "-ant-admin01-", g.u64(93), "AA") },
  { p: "Hugging Face token", g: "ai", e: "HF_TOKEN", m: (g) => c("h", "f_", g.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")) },
  { p: "Groq API key", g: "ai", e: "GROQ_API_KEY", m: (g) => c("gs", "k_", g.an(52)) },
  { p: "Google Gemini API key", g: "ai", e: "GEMINI_API_KEY", h: "x-goog-api-key", m: (g) => c("AI", "za", g.u64(35)) },
  { p: "Replicate API token", g: "ai", e: "REPLICATE_API_TOKEN", m: (g) => c("r", "8_", g.an(37)) },
  { p: "Perplexity API key", g: "ai", e: "PERPLEXITY_API_KEY", m: (g) => c("pp", "lx-", g.an(48)) },
  { p: "xAI API key", g: "ai", e: "XAI_API_KEY", m: (g) => c("xa", "i-", g.an(80)) },
  { p: "OpenRouter key", g: "ai", e: "OPENROUTER_API_KEY", m: (g) => c("sk", "-or-v1-", g.hex(64)) },
  { p: "DeepSeek API key", g: "ai", e: "DEEPSEEK_API_KEY", m: (g) => c("sk", "-", g.hex(32)) },
  { p: "Mistral API key", g: "ai", e: "MISTRAL_API_KEY", m: (g) => g.an(32) },
  { p: "Cohere API key", g: "ai", e: "COHERE_API_KEY", m: (g) => g.an(40) },
  { p: "LangSmith API key", g: "ai", e: "LANGSMITH_API_KEY", h: "x-api-key", m: (g) => c("ls", "v2_pt_", g.hex(32), "_", g.hex(10)) },
  { p: "Pinecone API key", g: "ai", e: "PINECONE_API_KEY", h: "Api-Key", m: (g) => c("pc", "sk_", g.an(5), "_", g.an(63)) },
  // auth
  { p: "GitHub classic PAT", g: "auth", e: "GITHUB_TOKEN", m: (g) => c("gh", "p_", g.an(36)) },
  { p: "GitHub fine-grained PAT", g: "auth", e: "GH_PAT", m: (g) => c("github", "_pat_", "11A", g.up(19), "_", g.an(59)) },
  { p: "GitHub OAuth token", g: "auth", e: "GITHUB_OAUTH_TOKEN", m: (g) => c("gh", "o_", g.an(36)) },
  { p: "GitHub App installation token", g: "auth", e: "GH_INSTALLATION_TOKEN", m: (g) => c("gh", "s_", g.an(36)) },
  { p: "Okta API token", g: "auth", e: "OKTA_API_TOKEN", h: "Authorization: SSWS", m: (g) => c("00", g.u64(40)) },
  { p: "Auth0 client secret", g: "auth", e: "AUTH0_CLIENT_SECRET", m: (g) => g.u64(64) },
  { p: "Google OAuth client secret", g: "auth", e: "GOOGLE_CLIENT_SECRET", m: (g) => c("GO", "CSPX-", g.u64(28)) },
  { p: "JWT signing secret", g: "auth", e: "JWT_SECRET", m: (g) => g.b64bytes(48) },
  { p: "Session cookie secret", g: "auth", e: "SESSION_SECRET", m: (g) => g.hex(64) },
  { p: "Clerk secret key", g: "auth", e: "CLERK_SECRET_KEY", m: (g) => c("sk", "_live_", g.an(40)) },
  // cloud
  { p: "AWS access key id", g: "cloud", e: "AWS_ACCESS_KEY_ID", m: (g) => c("AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")) },
  { p: "AWS secret access key", g: "cloud", e: "AWS_SECRET_ACCESS_KEY", m: (g) => g.str(40, B64) },
  { p: "AWS STS session token", g: "cloud", e: "AWS_SESSION_TOKEN", m: (g) => c("IQoJb3JpZ2luX2Vj", "EJ", g.b64(340), "==") },
  { p: "Google Cloud API key", g: "cloud", e: "GCP_API_KEY", h: "X-Goog-Api-Key", m: (g) => c("AI", "za", g.u64(35)) },
  { p: "Azure storage connection string", g: "cloud", e: "AZURE_STORAGE_CONNECTION_STRING", m: (g) => c("DefaultEndpointsProtocol=https;AccountName=acme", g.lo(6), ";Account", "Key=", g.b64bytes(64), ";EndpointSuffix=core.windows.net") },
  { p: "Azure AD client secret", g: "cloud", e: "AZURE_CLIENT_SECRET", m: (g) => c(g.an(3), "8Q~", g.u64(34)) },
  { p: "DigitalOcean PAT", g: "cloud", e: "DIGITALOCEAN_TOKEN", m: (g) => c("dop", "_v1_", g.hex(64)) },
  { p: "Cloudflare API token", g: "cloud", e: "CLOUDFLARE_API_TOKEN", m: (g) => g.u64(40) },
  { p: "Heroku API key", g: "cloud", e: "HEROKU_API_KEY", m: (g) => c("HR", "KU-AA", g.u64(58)) },
  { p: "Vercel token", g: "cloud", e: "VERCEL_TOKEN", m: (g) => c("ver", "cel_", g.an(24)) },
  { p: "Netlify PAT", g: "cloud", e: "NETLIFY_AUTH_TOKEN", m: (g) => c("nf", "p_", g.an(36)) },
  { p: "Fly.io token", g: "cloud", e: "FLY_API_TOKEN", m: (g) => c("Fly", "V1 fm2_", g.b64(140)) },
  // comms
  { p: "Slack bot token", g: "comms", e: "SLACK_BOT_TOKEN", m: (g) => c("xo", "xb-", g.dig(12), "-", g.dig(13), "-", g.an(24)) },
  { p: "Slack user token", g: "comms", e: "SLACK_USER_TOKEN", m: (g) => c("xo", "xp-", g.dig(12), "-", g.dig(12), "-", g.dig(13), "-", g.hex(32)) },
  { p: "Slack webhook URL", g: "comms", e: "SLACK_WEBHOOK_URL", m: (g) => c("https://hooks.", "slack.com/services/T", g.up(10), "/B", g.up(10), "/", g.an(24)) },
  { p: "Discord bot token", g: "comms", e: "DISCORD_BOT_TOKEN", h: "Authorization: Bot", m: (g) => c("MT", g.an(24), ".", g.u64(6), ".", g.u64(38)) },
  { p: "Discord webhook URL", g: "comms", e: "DISCORD_WEBHOOK", m: (g) => c("https://discord.com/api/", "webhooks/", g.dig(19), "/", g.u64(68)) },
  { p: "Telegram bot token", g: "comms", e: "TELEGRAM_BOT_TOKEN", m: (g) => c(g.dig(10), ":AA", g.u64(33)) },
  { p: "Twilio auth token", g: "comms", e: "TWILIO_AUTH_TOKEN", m: (g) => g.hex(32) },
  { p: "Twilio API key secret", g: "comms", e: "TWILIO_API_SECRET", m: (g) => g.an(32) },
  { p: "SendGrid API key", g: "comms", e: "SENDGRID_API_KEY", m: (g) => c("S", "G.", g.u64(22), ".", g.u64(43)) },
  { p: "Mailgun API key", g: "comms", e: "MAILGUN_API_KEY", m: (g) => c("key", "-", g.hex(32)) },
  { p: "Mailchimp API key", g: "comms", e: "MAILCHIMP_API_KEY", m: (g) => c(g.hex(32), "-us", String(g.range(2, 21))) },
  // data
  { p: "Postgres URL with password", g: "data", e: "DATABASE_URL", m: (g) => c("postgres", "ql://app_user:", g.an(24), "@db-prod.internal.acme.io:5432/orders") },
  { p: "MongoDB Atlas URI", g: "data", e: "MONGODB_URI", m: (g) => c("mongodb", "+srv://svc:", g.an(20), "@cluster0.", g.lo(5), ".mongodb.net/app?retryWrites=true") },
  { p: "Redis URL with password", g: "data", e: "REDIS_URL", m: (g) => c("redis", "s://default:", g.an(32), "@redis-1", g.dig(4), ".c1.us-east-1-2.ec2.cloud.redislabs.com:1", g.dig(4)) },
  { p: "MySQL DSN", g: "data", e: "MYSQL_DSN", m: (g) => c("root:", g.an(20), "@tcp(mysql.prod.svc:3306)/shop?parseTime=true") },
  { p: "Supabase service role key", g: "data", e: "SUPABASE_SERVICE_ROLE_KEY", m: (g) => g.jwt({ iss: "supabase", ref: g.lo(20), role: "service_role", iat: 1710000000, exp: 2025576000 }) },
  { p: "PlanetScale password", g: "data", e: "PLANETSCALE_PASSWORD", m: (g) => c("pscale", "_pw_", g.u64(43)) },
  { p: "Neon connection string", g: "data", e: "NEON_DATABASE_URL", m: (g) => c("postgresql://neondb_owner:npg_", g.an(12), "@ep-", g.lo(6), "-", g.lo(8), ".us-east-2.aws.neon.tech/neondb?sslmode=require") },
  { p: "Upstash Redis REST token", g: "data", e: "UPSTASH_REDIS_REST_TOKEN", m: (g) => c("AX", g.u64(58), "=") },
  { p: "Snowflake password", g: "data", e: "SNOWFLAKE_PASSWORD", m: (g) => g.str(20, `${AN}!#%`) },
  { p: "Databricks PAT", g: "data", e: "DATABRICKS_TOKEN", m: (g) => c("dap", "i", g.hex(32)) },
  // devtools
  { p: "GitLab PAT", g: "devtools", e: "GITLAB_TOKEN", h: "PRIVATE-TOKEN", m: (g) => c("gl", "pat-", g.u64(20)) },
  { p: "npm automation token", g: "devtools", e: "NPM_TOKEN", m: (g) => c("np", "m_", g.an(36)) },
  { p: "PyPI upload token", g: "devtools", e: "PYPI_TOKEN", m: (g) => c("py", "pi-AgEIcHlwaS5vcmc", g.u64(140)) },
  { p: "Docker Hub PAT", g: "devtools", e: "DOCKERHUB_TOKEN", m: (g) => c("dck", "r_pat_", g.u64(27)) },
  { p: "Bitbucket app password", g: "devtools", e: "BITBUCKET_APP_PASSWORD", m: (g) => c("AT", "BB", g.an(32)) },
  { p: "Terraform Cloud token", g: "devtools", e: "TFE_TOKEN", m: (g) => c(g.an(14), ".at", "lasv1.", g.an(67)) },
  { p: "HashiCorp Vault token", g: "devtools", e: "VAULT_TOKEN", h: "X-Vault-Token", m: (g) => c("hv", "s.", g.u64(90)) },
  { p: "Doppler service token", g: "devtools", e: "DOPPLER_TOKEN", m: (g) => c("dp", ".st.prd.", g.an(43)) },
  { p: "CircleCI personal token", g: "devtools", e: "CIRCLE_TOKEN", h: "Circle-Token", m: (g) => c("CCI", "PAT_", g.an(22), "_", g.hex(40)) },
  { p: "Postman API key", g: "devtools", e: "POSTMAN_API_KEY", h: "X-Api-Key", m: (g) => c("PM", "AK-", g.hex(24), "-", g.hex(34)) },
  // observability
  { p: "Datadog API key", g: "observability", e: "DD_API_KEY", h: "DD-API-KEY", m: (g) => g.hex(32) },
  { p: "Datadog application key", g: "observability", e: "DD_APP_KEY", h: "DD-APPLICATION-KEY", m: (g) => g.hex(40) },
  { p: "New Relic user key", g: "observability", e: "NEW_RELIC_API_KEY", h: "Api-Key", m: (g) => c("NR", "AK-", g.up(27)) },
  { p: "New Relic license key", g: "observability", e: "NEW_RELIC_LICENSE_KEY", m: (g) => c(g.hex(36), "NR", "AL") },
  { p: "Sentry auth token", g: "observability", e: "SENTRY_AUTH_TOKEN", m: (g) => c("sn", "trys_", g.u64(100)) },
  { p: "Grafana service account token", g: "observability", e: "GRAFANA_TOKEN", m: (g) => c("gl", "sa_", g.an(32), "_", g.hex(8)) },
  // payment
  { p: "Stripe secret key", g: "payment", e: "STRIPE_SECRET_KEY", m: (g) => c("sk", "_live_", "51", g.an(97)) },
  { p: "Stripe restricted key", g: "payment", e: "STRIPE_RESTRICTED_KEY", m: (g) => c("rk", "_live_", "51", g.an(97)) },
  { p: "Stripe webhook secret", g: "payment", e: "STRIPE_WEBHOOK_SECRET", m: (g) => c("wh", "sec_", g.an(32)) },
  { p: "Square access token", g: "payment", e: "SQUARE_ACCESS_TOKEN", m: (g) => c("EA", "AA", g.u64(60)) },
  { p: "PayPal client secret", g: "payment", e: "PAYPAL_CLIENT_SECRET", m: (g) => c("E", g.u64(79)) },
  { p: "Braintree access token", g: "payment", e: "BRAINTREE_ACCESS_TOKEN", m: (g) => c("access", "_token$production$", g.lo(16), "$", g.hex(32)) },
  { p: "Shopify admin token", g: "payment", e: "SHOPIFY_ACCESS_TOKEN", h: "X-Shopify-Access-Token", m: (g) => c("sh", "pat_", g.hex(32)) },
  { p: "Shopify app secret", g: "payment", e: "SHOPIFY_API_SECRET", m: (g) => c("sh", "pss_", g.hex(32)) },
  // saas
  { p: "Atlassian API token", g: "saas", e: "JIRA_API_TOKEN", m: (g) => c("AT", "ATT3x", g.u64(180), "=", g.hex(8).toUpperCase()) },
  { p: "Linear API key", g: "saas", e: "LINEAR_API_KEY", m: (g) => c("lin", "_api_", g.an(40)) },
  { p: "Notion integration secret", g: "saas", e: "NOTION_TOKEN", m: (g) => c("nt", "n_", g.dig(11), g.an(35)) },
  { p: "Airtable PAT", g: "saas", e: "AIRTABLE_API_KEY", m: (g) => c("pat", g.an(14), ".", g.hex(64)) },
  { p: "Figma PAT", g: "saas", e: "FIGMA_TOKEN", h: "X-Figma-Token", m: (g) => c("fig", "d_", g.u64(40)) },
  { p: "HubSpot private app token", g: "saas", e: "HUBSPOT_ACCESS_TOKEN", m: (g) => c("pa", "t-na1-", g.uuid()) },
  { p: "Algolia admin key", g: "saas", e: "ALGOLIA_ADMIN_KEY", h: "X-Algolia-API-Key", m: (g) => g.hex(32) },
  { p: "Mapbox secret token", g: "saas", e: "MAPBOX_SECRET_TOKEN", m: (g) => c("s", "k.eyJ1IjoiYWNtZSIsImEiOiJ", g.an(20), "In0.", g.u64(22)) },
  { p: "Contentful management token", g: "saas", e: "CONTENTFUL_MANAGEMENT_TOKEN", m: (g) => c("CF", "PAT-", g.u64(43)) },
  { p: "Dropbox access token", g: "saas", e: "DROPBOX_ACCESS_TOKEN", m: (g) => c("s", "l.", g.u64(138)) },
];

// every spec once, then every second spec again through a different context
export const cases: CorpusCase[] = rotate(specs, 0x60c0, "y60-c", "heldouty60-sec", 0, 2)
  .filter((_, i) => i < specs.length || (i - specs.length) % 2 === 0)
  .map((x, i) => ({ ...x, id: `y60-c-${String(i + 1).padStart(3, "0")}` }));
void HX; void URL64;
