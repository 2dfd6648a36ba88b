// heldout-y51 positives, common providers: each token rotated through the shared renderers.
import type { CorpusCase } from "../types.ts";
import { AN, B32, B64, DIG, HEX, HEXU, LAN, LO, Rng, UAN, UP, URLS, j, rotate, type Tok } from "./_gen.ts";

const r = new Rng(0x5151c0);

const jwt = (r: Rng, iss: string) => {
  const h = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
  const p = Buffer.from(JSON.stringify({ iss, sub: r.s(12, LAN), role: "service_role", iat: 1764500000 + r.n(100000), exp: 2079860000 })).toString("base64url");
  return `${h}.${p}.${r.s(43, URLS)}`;
};

const toks: Tok[] = [
  // ai
  { provider: "OpenAI project key", group: "ai", slot: "OPENAI_API_KEY", host: "api.openai.com", gen: (r) => j("sk", "-proj-", r.s(74, URLS), "T3Blbk", "FJ", r.s(74, URLS)) },
  { provider: "OpenAI service account key", group: "ai", slot: "OPENAI_API_KEY", host: "api.openai.com", gen: (r) => j("sk", "-svcacct-", r.s(74, URLS), "T3Blbk", "FJ", r.s(74, URLS)) },
  { provider: "OpenAI admin key", group: "ai", slot: "OPENAI_ADMIN_KEY", host: "api.openai.com", gen: (r) => j("sk", "-admin-", r.s(74, URLS), "T3Blbk", "FJ", r.s(74, URLS)) },
  { provider: "Anthropic API key", group: "ai", slot: "ANTHROPIC_API_KEY", header: "x-api-key", host: "api.anthropic.com", gen: (r) => j("sk", "-ant-", "api03-", r.s(93, URLS), "AA") },
  { provider: "Anthropic admin key", group: "ai", slot: "ANTHROPIC_ADMIN_KEY", header: "x-api-key", host: "api.anthropic.com", gen: (r) => j("sk", "-ant-", "admin01-", r.s(93, URLS), "AA") },
  { provider: "Hugging Face token", group: "ai", slot: "HF_TOKEN", host: "huggingface.co", gen: (r) => j("h", "f_", r.s(34, UP + LO)) },
  { provider: "Google Gemini API key", group: "ai", slot: "GEMINI_API_KEY", header: "x-goog-api-key", host: "generativelanguage.googleapis.com", gen: (r) => j("AI", "za", "Sy", r.s(33, URLS)) },
  { provider: "Groq API key", group: "ai", slot: "GROQ_API_KEY", host: "api.groq.com", gen: (r) => j("gs", "k_", r.s(52, AN)) },
  { provider: "Replicate token", group: "ai", slot: "REPLICATE_API_TOKEN", host: "api.replicate.com", gen: (r) => j("r", "8_", r.s(37, AN)) },
  { provider: "Perplexity API key", group: "ai", slot: "PERPLEXITY_API_KEY", host: "api.perplexity.ai", gen: (r) => j("pp", "lx-", r.s(48, AN)) },
  { provider: "xAI API key", group: "ai", slot: "XAI_API_KEY", host: "api.x.ai", gen: (r) => j("xa", "i-", r.s(80, AN)) },
  { provider: "OpenRouter key", group: "ai", slot: "OPENROUTER_API_KEY", host: "openrouter.ai", gen: (r) => j("sk", "-or-v1-", r.s(64, HEX)) },
  { provider: "Mistral API key", group: "ai", slot: "MISTRAL_API_KEY", host: "api.mistral.ai", gen: (r) => r.s(32, AN) },
  { provider: "Cohere API key", group: "ai", slot: "COHERE_API_KEY", host: "api.cohere.com", gen: (r) => r.s(40, AN) },
  { provider: "DeepSeek API key", group: "ai", slot: "DEEPSEEK_API_KEY", host: "api.deepseek.com", gen: (r) => j("sk", "-", r.s(32, HEX)) },
  { provider: "LangSmith API key", group: "ai", slot: "LANGSMITH_API_KEY", header: "x-api-key", host: "api.smith.langchain.com", gen: (r) => j("lsv2", "_pt_", r.s(32, HEX), "_", r.s(10, HEX)) },
  // auth
  { provider: "Okta API token", group: "auth", slot: "OKTA_API_TOKEN", header: "Authorization", host: "acme.okta.com", gen: (r) => j("00", r.s(40, URLS)) },
  { provider: "Auth0 client secret", group: "auth", slot: "AUTH0_CLIENT_SECRET", host: "acme.eu.auth0.com", gen: (r) => r.s(64, URLS) },
  { provider: "Google OAuth client secret", group: "auth", slot: "GOOGLE_CLIENT_SECRET", host: "oauth2.googleapis.com", gen: (r) => j("GO", "CSPX-", r.s(28, URLS)) },
  { provider: "Google OAuth refresh token", group: "auth", slot: "GOOGLE_REFRESH_TOKEN", host: "oauth2.googleapis.com", gen: (r) => j("1", "//0", r.s(2, AN), r.s(100, URLS)) },
  { provider: "Supabase service role JWT", group: "auth", slot: "SUPABASE_SERVICE_ROLE_KEY", header: "apikey", host: "xyzcompany.supabase.co", gen: (r) => jwt(r, "supabase") },
  { provider: "Azure AD client secret", group: "auth", slot: "AZURE_CLIENT_SECRET", host: "login.microsoftonline.com", gen: (r) => j(r.s(3, AN), "8Q~", r.s(34, AN + "_-.~")) },
  { provider: "JWT signing secret", group: "auth", slot: "JWT_SECRET", gen: (r) => r.s(64, HEX) },
  { provider: "NextAuth secret", group: "auth", slot: "NEXTAUTH_SECRET", gen: (r) => r.b64(32) },
  // cloud
  { provider: "AWS access key pair", group: "cloud", slot: "AWS_SECRET_ACCESS_KEY", host: "sts.amazonaws.com", gen: (r) => `${j("AK", "IA", r.s(16, B32))} ${r.s(40, B64)}` },
  { provider: "AWS secret access key", group: "cloud", slot: "AWS_SECRET_ACCESS_KEY", host: "s3.amazonaws.com", gen: (r) => r.s(40, B64) },
  { provider: "AWS STS session", group: "cloud", slot: "AWS_ACCESS_KEY_ID", host: "sts.amazonaws.com", gen: (r) => j("AS", "IA", r.s(16, B32)) },
  { provider: "Azure storage account key", group: "cloud", slot: "AZURE_STORAGE_KEY", host: "acmeprod.blob.core.windows.net", gen: (r) => r.b64(64) },
  { provider: "Azure storage connection string", group: "cloud", slot: "AZURE_STORAGE_CONNECTION_STRING", gen: (r) => `DefaultEndpointsProtocol=https;AccountName=acmeprod${r.s(4, LAN)};AccountKey=${r.b64(64)};EndpointSuffix=core.windows.net` },
  { provider: "Google Cloud API key", group: "cloud", slot: "GOOGLE_API_KEY", header: "x-goog-api-key", host: "translation.googleapis.com", gen: (r) => j("AI", "za", r.s(35, URLS)) },
  { provider: "DigitalOcean PAT", group: "cloud", slot: "DIGITALOCEAN_TOKEN", host: "api.digitalocean.com", gen: (r) => j("do", "p_v1_", r.s(64, HEX)) },
  { provider: "Heroku API key", group: "cloud", slot: "HEROKU_API_KEY", host: "api.heroku.com", gen: (r) => j("HR", "KU-", r.uuid()) },
  { provider: "Cloudflare API token", group: "cloud", slot: "CLOUDFLARE_API_TOKEN", host: "api.cloudflare.com", gen: (r) => r.s(40, URLS) },
  { provider: "Vercel token", group: "cloud", slot: "VERCEL_TOKEN", host: "api.vercel.com", gen: (r) => r.s(24, AN) },
  { provider: "Netlify token", group: "cloud", slot: "NETLIFY_AUTH_TOKEN", host: "api.netlify.com", gen: (r) => j("nf", "p_", r.s(36, AN)) },
  { provider: "Fly.io token", group: "cloud", slot: "FLY_API_TOKEN", host: "api.fly.io", gen: (r) => j("Fly", "V1 ", "fm2_", r.s(120, URLS)) },
  // comms
  { provider: "Slack bot token", group: "comms", slot: "SLACK_BOT_TOKEN", host: "slack.com", gen: (r) => j("xo", "xb-", r.s(12, DIG), "-", r.s(13, DIG), "-", r.s(24, AN)) },
  { provider: "Slack user token", group: "comms", slot: "SLACK_USER_TOKEN", host: "slack.com", gen: (r) => j("xo", "xp-", r.s(12, DIG), "-", r.s(12, DIG), "-", r.s(13, DIG), "-", r.s(32, HEX)) },
  { provider: "Slack webhook URL", group: "comms", slot: "SLACK_WEBHOOK_URL", gen: (r) => j("https://hooks.", "slack.com/services/T", r.s(10, UAN), "/B", r.s(10, UAN), "/", r.s(24, AN)) },
  { provider: "Slack app-level token", group: "comms", slot: "SLACK_APP_TOKEN", gen: (r) => j("xa", "pp-1-A", r.s(10, UAN), "-", r.s(13, DIG), "-", r.s(64, HEX)) },
  { provider: "Discord bot token", group: "comms", slot: "DISCORD_TOKEN", host: "discord.com", gen: (r) => j("MT", r.s(24, AN), ".", r.s(6, URLS), ".", r.s(38, URLS)) },
  { provider: "Discord webhook", group: "comms", slot: "DISCORD_WEBHOOK_URL", gen: (r) => j("https://discord.com/api/", "webhooks/", r.s(19, DIG), "/", r.s(68, URLS)) },
  { provider: "Telegram bot token", group: "comms", slot: "TELEGRAM_BOT_TOKEN", host: "api.telegram.org", gen: (r) => j(r.s(10, DIG), ":AA", r.s(33, URLS)) },
  { provider: "Twilio auth token", group: "comms", slot: "TWILIO_AUTH_TOKEN", host: "api.twilio.com", gen: (r) => r.s(32, HEX) },
  { provider: "Twilio API key secret", group: "comms", slot: "TWILIO_API_SECRET", host: "api.twilio.com", gen: (r) => r.s(32, AN) },
  { provider: "SendGrid API key", group: "comms", slot: "SENDGRID_API_KEY", host: "api.sendgrid.com", gen: (r) => j("S", "G.", r.s(22, URLS), ".", r.s(43, URLS)) },
  { provider: "Mailgun API key", group: "comms", slot: "MAILGUN_API_KEY", host: "api.mailgun.net", gen: (r) => j("key", "-", r.s(32, HEX)) },
  { provider: "Mailchimp API key", group: "comms", slot: "MAILCHIMP_API_KEY", host: "us21.api.mailchimp.com", gen: (r) => j(r.s(32, HEX), "-us", String(1 + r.n(21))) },
  // data
  { provider: "Postgres URL", group: "data", slot: "DATABASE_URL", gen: (r) => j("postgres", "ql://app_user:", r.s(24, AN), "@db-prod.internal.acme.io:5432/orders") },
  { provider: "MySQL URL", group: "data", slot: "MYSQL_URL", gen: (r) => j("mys", "ql://root:", r.s(20, AN), "@10.0.3.17:3306/shop") },
  { provider: "MongoDB Atlas URI", group: "data", slot: "MONGODB_URI", gen: (r) => j("mongodb", "+srv://svc:", r.s(16, AN), "@cluster0.", r.s(5, LAN), ".mongodb.net/app?retryWrites=true&w=majority") },
  { provider: "Redis URL", group: "data", slot: "REDIS_URL", gen: (r) => j("red", "iss://default:", r.s(32, AN), "@redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com:12345") },
  { provider: "PlanetScale password", group: "data", slot: "DATABASE_PASSWORD", gen: (r) => j("psc", "ale_pw_", r.s(43, URLS)) },
  { provider: "Neon connection string", group: "data", slot: "NEON_DATABASE_URL", gen: (r) => j("postgres", "ql://neondb_owner:", "npg_", r.s(12, AN), "@ep-", r.s(6, LO), "-", r.s(6, LO), "-a1b2c3d4.us-east-2.aws.neon.tech/neondb?sslmode=require") },
  { provider: "Upstash Redis REST token", group: "data", slot: "UPSTASH_REDIS_REST_TOKEN", gen: (r) => j("AX", r.s(4, AN), "AAIjcDE", r.s(50, AN)) },
  { provider: "Snowflake password", group: "data", slot: "SNOWFLAKE_PASSWORD", gen: (r) => r.s(20, AN + "!#%") },
  { provider: "Databricks PAT", group: "data", slot: "DATABRICKS_TOKEN", host: "adb-1234567890123456.7.azuredatabricks.net", gen: (r) => j("da", "pi", r.s(32, HEX)) },
  { provider: "Pinecone API key", group: "data", slot: "PINECONE_API_KEY", header: "Api-Key", host: "api.pinecone.io", gen: (r) => j("pc", "sk_", r.s(6, AN), "_", r.s(60, AN)) },
  // devtools
  { provider: "GitHub classic PAT", group: "devtools", slot: "GITHUB_TOKEN", host: "api.github.com", gen: (r) => j("gh", "p_", r.s(36, AN)) },
  { provider: "GitHub fine-grained PAT", group: "devtools", slot: "GH_TOKEN", host: "api.github.com", gen: (r) => j("github", "_pat_", "11", r.s(20, UAN), "_", r.s(59, AN)) },
  { provider: "GitHub OAuth token", group: "devtools", slot: "GITHUB_OAUTH_TOKEN", host: "api.github.com", gen: (r) => j("gh", "o_", r.s(36, AN)) },
  { provider: "GitHub App installation token", group: "devtools", slot: "GITHUB_APP_TOKEN", host: "api.github.com", gen: (r) => j("gh", "s_", r.s(36, AN)) },
  { provider: "GitLab PAT", group: "devtools", slot: "GITLAB_TOKEN", header: "PRIVATE-TOKEN", host: "gitlab.com", gen: (r) => j("gl", "pat-", r.s(20, URLS)) },
  { provider: "npm automation token", group: "devtools", slot: "NPM_TOKEN", host: "registry.npmjs.org", gen: (r) => j("np", "m_", r.s(36, AN)) },
  { provider: "PyPI upload token", group: "devtools", slot: "PYPI_TOKEN", host: "upload.pypi.org", gen: (r) => j("py", "pi-", "AgEIcHlwaS5vcmc", r.s(60, URLS)) },
  { provider: "Docker Hub PAT", group: "devtools", slot: "DOCKERHUB_TOKEN", host: "hub.docker.com", gen: (r) => j("dc", "kr_pat_", r.s(27, URLS)) },
  { provider: "Atlassian API token", group: "devtools", slot: "JIRA_API_TOKEN", host: "acme.atlassian.net", gen: (r) => j("AT", "ATT3xFfGF0", r.s(180, URLS), "=", r.s(8, HEXU)) },
  { provider: "Bitbucket app password", group: "devtools", slot: "BITBUCKET_APP_PASSWORD", host: "api.bitbucket.org", gen: (r) => j("AT", "BB", r.s(24, AN), r.s(8, HEXU)) },
  { provider: "Terraform Cloud token", group: "devtools", slot: "TF_TOKEN_app_terraform_io", host: "app.terraform.io", gen: (r) => j(r.s(14, AN), ".at", "lasv1.", r.s(67, AN)) },
  { provider: "HashiCorp Vault token", group: "devtools", slot: "VAULT_TOKEN", header: "X-Vault-Token", host: "vault.internal.acme.io:8200", gen: (r) => j("hv", "s.", r.s(90, URLS)) },
  { provider: "Postman API key", group: "devtools", slot: "POSTMAN_API_KEY", header: "X-Api-Key", host: "api.getpostman.com", gen: (r) => j("PM", "AK-", r.s(24, HEX), "-", r.s(34, HEX)) },
  { provider: "CircleCI token", group: "devtools", slot: "CIRCLECI_TOKEN", header: "Circle-Token", host: "circleci.com", gen: (r) => j("CC", "IPAT_", r.s(22, AN), "_", r.s(40, HEX)) },
  // keys
  { provider: "Doppler service token", group: "keys", slot: "DOPPLER_TOKEN", host: "api.doppler.com", gen: (r) => j("dp", ".st.", "prd.", r.s(43, AN)) },
  { provider: "1Password service account token", group: "keys", slot: "OP_SERVICE_ACCOUNT_TOKEN", gen: (r) => j("op", "s_", "eyJzaWduSW5BZGRyZXNzIjoi", r.s(200, URLS)) },
  { provider: "age secret key", group: "keys", slot: "SOPS_AGE_KEY", gen: (r) => j("AGE-", "SECRET-KEY-1", r.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")) },
  // observability
  { provider: "Datadog API key", group: "observability", slot: "DD_API_KEY", header: "DD-API-KEY", host: "api.datadoghq.com", gen: (r) => r.s(32, HEX) },
  { provider: "New Relic user key", group: "observability", slot: "NEW_RELIC_API_KEY", header: "Api-Key", host: "api.newrelic.com", gen: (r) => j("NR", "AK-", r.s(27, UAN)) },
  { provider: "New Relic license key", group: "observability", slot: "NEW_RELIC_LICENSE_KEY", gen: (r) => j(r.s(36, HEX), "NR", "AL") },
  { provider: "Sentry auth token", group: "observability", slot: "SENTRY_AUTH_TOKEN", host: "sentry.io", gen: (r) => j("sn", "trys_", "eyJpYXQiOjE3", r.s(100, URLS)) },
  { provider: "Grafana service account token", group: "observability", slot: "GRAFANA_TOKEN", host: "acme.grafana.net", gen: (r) => j("gl", "sa_", r.s(32, AN), "_", r.s(8, HEX)) },
  // payment
  { provider: "Stripe secret key", group: "payment", slot: "STRIPE_SECRET_KEY", host: "api.stripe.com", gen: (r) => j("sk", "_live_", "51", r.s(97, AN)) },
  { provider: "Stripe restricted key", group: "payment", slot: "STRIPE_API_KEY", host: "api.stripe.com", gen: (r) => j("rk", "_live_", "51", r.s(97, AN)) },
  { provider: "Stripe webhook secret", group: "payment", slot: "STRIPE_WEBHOOK_SECRET", gen: (r) => j("wh", "sec_", r.s(32, AN)) },
  { provider: "Square access token", group: "payment", slot: "SQUARE_ACCESS_TOKEN", host: "connect.squareup.com", gen: (r) => j("EA", "AA", r.s(60, URLS)) },
  { provider: "PayPal client secret", group: "payment", slot: "PAYPAL_CLIENT_SECRET", host: "api-m.paypal.com", gen: (r) => j("E", r.s(79, URLS)) },
  { provider: "Braintree access token", group: "payment", slot: "BRAINTREE_ACCESS_TOKEN", gen: (r) => j("access_", "token$production$", r.s(16, LAN), "$", r.s(32, HEX)) },
  { provider: "Shopify admin token", group: "payment", slot: "SHOPIFY_ACCESS_TOKEN", header: "X-Shopify-Access-Token", host: "acme-store.myshopify.com", gen: (r) => j("sh", "pat_", r.s(32, HEX)) },
  // saas
  { provider: "Notion integration secret", group: "saas", slot: "NOTION_TOKEN", host: "api.notion.com", gen: (r) => j("nt", "n_", r.s(11, DIG), r.s(35, AN)) },
  { provider: "Linear API key", group: "saas", slot: "LINEAR_API_KEY", host: "api.linear.app", gen: (r) => j("lin", "_api_", r.s(40, AN)) },
  { provider: "Airtable PAT", group: "saas", slot: "AIRTABLE_TOKEN", host: "api.airtable.com", gen: (r) => j("pa", "t", r.s(14, AN), ".", r.s(64, HEX)) },
  { provider: "Figma PAT", group: "saas", slot: "FIGMA_TOKEN", header: "X-Figma-Token", host: "api.figma.com", gen: (r) => j("fig", "d_", r.s(40, URLS)) },
  { provider: "HubSpot private app token", group: "saas", slot: "HUBSPOT_ACCESS_TOKEN", host: "api.hubapi.com", gen: (r) => j("pa", "t-na1-", r.uuid()) },
  { provider: "Contentful management token", group: "saas", slot: "CONTENTFUL_MANAGEMENT_TOKEN", host: "api.contentful.com", gen: (r) => j("CF", "PAT-", r.s(43, URLS)) },
  { provider: "Algolia admin key", group: "saas", slot: "ALGOLIA_ADMIN_API_KEY", header: "X-Algolia-API-Key", host: "ABCD1234EF-dsn.algolia.net", gen: (r) => r.s(32, HEX) },
  { provider: "Mapbox secret token", group: "saas", slot: "MAPBOX_SECRET_TOKEN", host: "api.mapbox.com", gen: (r) => j("s", "k.eyJ1Ijoi", r.s(30, URLS), ".", r.s(22, URLS)) },
  { provider: "PostHog personal API key", group: "saas", slot: "POSTHOG_PERSONAL_API_KEY", host: "us.posthog.com", gen: (r) => j("ph", "x_", r.s(43, AN)) },
  { provider: "Dropbox access token", group: "saas", slot: "DROPBOX_ACCESS_TOKEN", host: "api.dropboxapi.com", gen: (r) => j("s", "l.", r.s(135, URLS)) },
  { provider: "Asana PAT", group: "saas", slot: "ASANA_ACCESS_TOKEN", host: "app.asana.com", gen: (r) => j("2/", r.s(16, DIG), "/", r.s(16, DIG), ":", r.s(32, HEX)) },
];

export const cases: CorpusCase[] = rotate(toks, 150, r, "y51-c", "heldouty51-sec", 0);
