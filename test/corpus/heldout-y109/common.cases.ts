// heldout-y109 — well-known providers, rotated through the shared renderers, plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { ALNUM, Gen, b64, build, hc, pem, type Spec } from "./_gen.ts";

const g = new Gen(0x109c0de1);
const j = (...p: string[]) => p.join("");

const awsId = (x: Gen) => j("AK", "IA", x.b32(16));
const awsSecret = (x: Gen) => x.str(40, `${ALNUM}/+`);

const specs: Spec[] = [
  // ---- ai
  { p: "OpenAI project key", cat: "ai", slot: "OPENAI_API_KEY", make: (x) => j("sk-", "proj-", x.bu(74), "T3Blbk", "FJ", x.bu(74)) },
  { p: "Anthropic API key", cat: "ai", slot: "ANTHROPIC_API_KEY", make: (x) => j("sk-", "ant-", "api03-", x.bu(93), "AA"), hdr: "x-api-key: %s" },
  { p: "OpenAI service account key", cat: "ai", slot: "OPENAI_API_KEY", make: (x) => j("sk-", "svcacct-", x.bu(74), "T3Blbk", "FJ", x.bu(74)) },
  { p: "OpenAI admin key", cat: "ai", slot: "OPENAI_ADMIN_KEY", make: (x) => j("sk-", "admin-", x.bu(74), "T3Blbk", "FJ", x.bu(74)) },
  { p: "OpenAI legacy user key", cat: "ai", slot: "OPENAI_KEY", make: (x) => j("sk-", x.a(20), "T3Blbk", "FJ", x.a(20)) },
  { p: "Anthropic admin key", cat: "ai", slot: "ANTHROPIC_ADMIN_KEY", make: (x) => j("sk-", "ant-", "admin01-", x.bu(93), "AA"), hdr: "x-api-key: %s" },
  { p: "Hugging Face token", cat: "ai", slot: "HF_TOKEN", make: (x) => j("h", "f_", x.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")) },
  { p: "Cohere API key", cat: "ai", slot: "COHERE_API_KEY", make: (x) => x.a(40) },
  { p: "Mistral API key", cat: "ai", slot: "MISTRAL_API_KEY", make: (x) => x.a(32) },
  { p: "Groq API key", cat: "ai", slot: "GROQ_API_KEY", make: (x) => j("gs", "k_", x.a(52)) },
  { p: "Replicate API token", cat: "ai", slot: "REPLICATE_API_TOKEN", make: (x) => j("r8", "_", x.a(37)) },
  { p: "Perplexity API key", cat: "ai", slot: "PERPLEXITY_API_KEY", make: (x) => j("pp", "lx-", x.a(48)) },
  { p: "Gemini API key (server)", cat: "ai", slot: "GEMINI_API_KEY", make: (x) => j("AI", "za", x.bu(35)), hdr: "x-goog-api-key: %s", qp: "key" },
  { p: "xAI API key", cat: "ai", slot: "XAI_API_KEY", make: (x) => j("xa", "i-", x.a(80)) },
  { p: "OpenRouter key", cat: "ai", slot: "OPENROUTER_API_KEY", make: (x) => j("sk-", "or-", "v1-", x.h(64)) },
  { p: "DeepSeek API key", cat: "ai", slot: "DEEPSEEK_API_KEY", make: (x) => j("sk", "-", x.h(32)) },
  { p: "LangSmith API key", cat: "ai", slot: "LANGSMITH_API_KEY", make: (x) => j("lsv2", "_pt_", x.h(32), "_", x.h(10)), hdr: "x-api-key: %s" },
  { p: "Weights & Biases key", cat: "ai", slot: "WANDB_API_KEY", make: (x) => x.h(40) },
  { p: "Pinecone API key", cat: "ai", slot: "PINECONE_API_KEY", make: (x) => j("pc", "sk_", x.a(5), "_", x.a(64)), hdr: "Api-Key: %s" },
  { p: "Azure OpenAI key", cat: "ai", slot: "AZURE_OPENAI_API_KEY", make: (x) => x.h(32), hdr: "api-key: %s", with: [["AZURE_OPENAI_ENDPOINT", () => "https://contoso-ai.openai.example.com/"]] },
  // ---- auth
  { p: "Okta API token", cat: "auth", slot: "OKTA_API_TOKEN", make: (x) => j("0", "0", x.bu(40)), hdr: "Authorization: SSWS %s" },
  { p: "Auth0 client secret", cat: "auth", slot: "AUTH0_CLIENT_SECRET", make: (x) => x.bu(64), qp: "client_secret", with: [["AUTH0_CLIENT_ID", (x) => x.a(32)]] },
  { p: "Google OAuth client secret", cat: "auth", slot: "GOOGLE_CLIENT_SECRET", make: (x) => j("GOC", "SPX-", x.bu(28)), qp: "client_secret", with: [["GOOGLE_CLIENT_ID", (x) => `${x.d(12)}-${x.l(32)}.apps.googleusercontent.com`]] },
  { p: "Google OAuth refresh token", cat: "auth", slot: "GOOGLE_REFRESH_TOKEN", make: (x) => j("1", "//0", x.bu(100)), qp: "refresh_token" },
  { p: "Google OAuth access token", cat: "auth", slot: "GOOGLE_ACCESS_TOKEN", make: (x) => j("ya", "29.", x.bu(150)), qp: "access_token" },
  { p: "GitHub OAuth app client secret", cat: "auth", slot: "GITHUB_CLIENT_SECRET", make: (x) => x.h(40), qp: "client_secret", with: [["GITHUB_CLIENT_ID", (x) => j("Ov23li", x.a(14))]] },
  { p: "JWT signing secret", cat: "auth", slot: "JWT_SECRET", make: (x) => x.h(64), nohttp: true },
  { p: "NextAuth secret", cat: "auth", slot: "NEXTAUTH_SECRET", make: (x) => x.raw64(32), nohttp: true },
  { p: "Clerk secret key", cat: "auth", slot: "CLERK_SECRET_KEY", make: (x) => j("sk", "_live_", x.a(40)) },
  { p: "Azure AD client secret", cat: "auth", slot: "AZURE_CLIENT_SECRET", make: (x) => j(x.a(3), "8Q", "~", x.str(31, `${ALNUM}_.~-`)), qp: "client_secret", with: [["AZURE_CLIENT_ID", (x) => x.uuid()], ["AZURE_TENANT_ID", (x) => x.uuid()]] },
  { p: "Supabase service role key", cat: "auth", slot: "SUPABASE_SERVICE_ROLE_KEY", make: (x) => x.jwt({ iss: "supabase", ref: x.l(20), role: "service_role", iat: 1719000000, exp: 2034576000 }), hdr: "apikey: %s" },
  { p: "Django SECRET_KEY", cat: "auth", slot: "DJANGO_SECRET_KEY", make: (x) => (x.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)")), nohttp: true },
  { p: "Rails secret_key_base", cat: "auth", slot: "SECRET_KEY_BASE", make: (x) => x.h(128), nohttp: true },
  // ---- cloud
  { p: "AWS access key pair", cat: "cloud", slot: "AWS_SECRET_ACCESS_KEY", make: awsSecret, with: [["AWS_ACCESS_KEY_ID", awsId], ["AWS_DEFAULT_REGION", () => "eu-central-1"]], nohttp: true },
  { p: "AWS STS session credentials", cat: "cloud", slot: "AWS_SESSION_TOKEN", make: (x) => j("IQoJb3Jp", "Z2luX2Vj", x.b64(340)), with: [["AWS_ACCESS_KEY_ID", (x) => j("AS", "IA", x.b32(16))], ["AWS_SECRET_ACCESS_KEY", awsSecret]], nohttp: true },
  { p: "GCP API key (server)", cat: "cloud", slot: "GOOGLE_API_KEY", make: (x) => j("AI", "za", x.bu(35)), qp: "key", hdr: "X-Goog-Api-Key: %s" },
  { p: "Azure storage connection string", cat: "cloud", slot: "AZURE_STORAGE_CONNECTION_STRING", make: (x) => j("DefaultEndpointsProtocol=https;AccountName=stprod", x.l(8), ";Account", "Key=", x.raw64(64), ";EndpointSuffix=core.windows.net"), nohttp: true },
  { p: "Azure storage account key", cat: "cloud", slot: "AZURE_STORAGE_KEY", make: (x) => x.raw64(64), with: [["AZURE_STORAGE_ACCOUNT", (x) => `stlogs${x.l(6)}`]], nohttp: true },
  { p: "Azure Service Bus connection string", cat: "cloud", slot: "SERVICEBUS_CONNECTION", make: (x) => j("Endpoint=sb://orders-", x.l(6), ".servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccess", "Key=", x.raw64(32)), nohttp: true },
  { p: "DigitalOcean token", cat: "cloud", slot: "DIGITALOCEAN_TOKEN", make: (x) => j("do", "p_v1_", x.h(64)) },
  { p: "Heroku API key", cat: "cloud", slot: "HEROKU_API_KEY", make: (x) => j("HR", "KU-", x.uuid()) },
  { p: "Netlify personal token", cat: "cloud", slot: "NETLIFY_AUTH_TOKEN", make: (x) => j("nf", "p_", x.a(36)) },
  { p: "Fly.io token", cat: "cloud", slot: "FLY_API_TOKEN", make: (x) => j("Fly", "V1 fm2_", x.b64(180)), hdr: "Authorization: %s" },
  { p: "Cloudflare API token", cat: "cloud", slot: "CLOUDFLARE_API_TOKEN", make: (x) => x.bu(40) },
  { p: "Cloudflare global API key", cat: "cloud", slot: "CF_API_KEY", make: (x) => x.h(37), hdr: "X-Auth-Key: %s", with: [["CF_API_EMAIL", () => "ops@example.com"]] },
  { p: "Terraform Cloud token", cat: "cloud", slot: "TFE_TOKEN", make: (x) => j(x.a(14), ".atlas", "v1.", x.a(67)) },
  { p: "HashiCorp Vault token", cat: "cloud", slot: "VAULT_TOKEN", make: (x) => j("hv", "s.", x.bu(90)), hdr: "X-Vault-Token: %s" },
  { p: "Doppler service token", cat: "cloud", slot: "DOPPLER_TOKEN", make: (x) => j("dp", ".st.", "prd.", x.a(40)) },
  { p: "1Password service account token", cat: "cloud", slot: "OP_SERVICE_ACCOUNT_TOKEN", make: (x) => j("op", "s_", "eyJ", x.bu(300)) },
  { p: "Pulumi access token", cat: "cloud", slot: "PULUMI_ACCESS_TOKEN", make: (x) => j("pu", "l-", x.h(40)), hdr: "Authorization: token %s" },
  { p: "Alibaba Cloud AccessKey", cat: "cloud", slot: "ALIBABA_CLOUD_ACCESS_KEY_SECRET", make: (x) => x.a(30), with: [["ALIBABA_CLOUD_ACCESS_KEY_ID", (x) => j("LT", "AI", x.a(20))]], nohttp: true },
  // ---- comms
  { p: "Slack bot token", cat: "comms", slot: "SLACK_BOT_TOKEN", make: (x) => j("xo", "xb-", x.d(12), "-", x.d(13), "-", x.a(24)) },
  { p: "Slack user token", cat: "comms", slot: "SLACK_USER_TOKEN", make: (x) => j("xo", "xp-", x.d(12), "-", x.d(13), "-", x.d(13), "-", x.h(32)) },
  { p: "Slack app-level token", cat: "comms", slot: "SLACK_APP_TOKEN", make: (x) => j("xa", "pp-1-", "A0", x.u(9), "-", x.d(13), "-", x.h(64)) },
  { p: "Telegram bot token", cat: "comms", slot: "TELEGRAM_BOT_TOKEN", make: (x) => j(x.d(10), ":", "AA", x.bu(33)), nohttp: true },
  { p: "Discord bot token", cat: "comms", slot: "DISCORD_BOT_TOKEN", make: (x) => j("MT", x.a(24), ".", x.bu(6), ".", x.bu(38)), hdr: "Authorization: Bot %s" },
  { p: "Twilio auth token", cat: "comms", slot: "TWILIO_AUTH_TOKEN", make: (x) => x.h(32), nohttp: true, with: [["TWILIO_ACCOUNT_SID", (x) => j("A", "C", x.h(32))]] },
  { p: "Twilio API key secret", cat: "comms", slot: "TWILIO_API_SECRET", make: (x) => x.a(32), nohttp: true, with: [["TWILIO_API_KEY", (x) => j("S", "K", x.h(32))]] },
  { p: "SendGrid API key", cat: "comms", slot: "SENDGRID_API_KEY", make: (x) => j("S", "G.", x.bu(22), ".", x.bu(43)) },
  { p: "Mailgun API key", cat: "comms", slot: "MAILGUN_API_KEY", make: (x) => j("ke", "y-", x.h(32)), nohttp: true },
  { p: "Mailchimp API key", cat: "comms", slot: "MAILCHIMP_API_KEY", make: (x) => j(x.h(32), "-us", String(x.range(2, 21))) },
  { p: "Postmark server token", cat: "comms", slot: "POSTMARK_SERVER_TOKEN", make: (x) => x.uuid(), hdr: "X-Postmark-Server-Token: %s" },
  { p: "Resend API key", cat: "comms", slot: "RESEND_API_KEY", make: (x) => j("r", "e_", x.a(8), "_", x.a(24)) },
  // ---- data
  { p: "Postgres URL", cat: "data", slot: "DATABASE_URL", make: (x) => `postgres://app_rw:${x.a(24)}@db-prod.internal.example.com:5432/orders?sslmode=require`, nohttp: true },
  { p: "MySQL URL", cat: "data", slot: "MYSQL_URL", make: (x) => `mysql://shop:${x.a(20)}@mysql-1.example.net:3306/shop`, nohttp: true },
  { p: "MongoDB SRV URI", cat: "data", slot: "MONGODB_URI", make: (x) => `mongodb+srv://svc-api:${x.a(22)}@cluster0.${x.l(5)}.example.net/prod?retryWrites=true&w=majority`, nohttp: true },
  { p: "Redis TLS URL", cat: "data", slot: "REDIS_URL", make: (x) => `rediss://default:${x.a(32)}@cache-prod.example.com:6380/0`, nohttp: true },
  { p: "RabbitMQ AMQP URL", cat: "data", slot: "AMQP_URL", make: (x) => `amqps://events:${x.a(26)}@mq.example.org:5671/prod`, nohttp: true },
  { p: "Snowflake password", cat: "data", slot: "SNOWFLAKE_PASSWORD", make: (x) => x.str(22, `${ALNUM}!#%`), with: [["SNOWFLAKE_ACCOUNT", (x) => `xy${x.d(5)}.eu-central-1`], ["SNOWFLAKE_USER", () => "ETL_SVC"]], nohttp: true },
  { p: "Databricks PAT", cat: "data", slot: "DATABRICKS_TOKEN", make: (x) => j("da", "pi", x.h(32)), with: [["DATABRICKS_HOST", (x) => `https://adb-${x.d(16)}.7.azuredatabricks.example.net`]] },
  { p: "PlanetScale password", cat: "data", slot: "PLANETSCALE_PASSWORD", make: (x) => j("pscale", "_pw_", x.bu(43)), nohttp: true },
  { p: "Neon Postgres URL", cat: "data", slot: "NEON_DATABASE_URL", make: (x) => `postgresql://neondb_owner:${j("np", "g_", x.a(12))}@ep-${x.l(6)}-${x.l(8)}.eu-central-1.aws.neon.example.com/neondb?sslmode=require`, nohttp: true },
  { p: "Upstash Redis REST token", cat: "data", slot: "UPSTASH_REDIS_REST_TOKEN", make: (x) => j("A", "X", x.a(4), "AAIjcDE", x.a(60)) },
  { p: "Elastic Cloud API key", cat: "data", slot: "ELASTIC_API_KEY", make: (x) => b64(`${x.bu(20)}:${x.bu(22)}`), hdr: "Authorization: ApiKey %s" },
  { p: "Algolia admin API key", cat: "data", slot: "ALGOLIA_ADMIN_API_KEY", make: (x) => x.h(32), hdr: "X-Algolia-API-Key: %s", with: [["ALGOLIA_APP_ID", (x) => x.u(10)]] },
  // ---- devtools
  { p: "GitHub classic PAT", cat: "devtools", slot: "GITHUB_TOKEN", make: (x) => j("gh", "p_", x.a(36)), hdr: "Authorization: token %s" },
  { p: "GitHub fine-grained PAT", cat: "devtools", slot: "GH_TOKEN", make: (x) => j("git", "hub_pat_", "11A", x.u(19), "_", x.a(59)) },
  { p: "GitHub OAuth token", cat: "devtools", slot: "GITHUB_OAUTH_TOKEN", make: (x) => j("gh", "o_", x.a(36)) },
  { p: "GitHub App installation token", cat: "devtools", slot: "GITHUB_APP_TOKEN", make: (x) => j("gh", "s_", x.a(36)) },
  { p: "GitLab PAT", cat: "devtools", slot: "GITLAB_TOKEN", make: (x) => j("gl", "pat-", x.bu(20)), hdr: "PRIVATE-TOKEN: %s", qp: "private_token" },
  { p: "GitLab runner token", cat: "devtools", slot: "CI_RUNNER_TOKEN", make: (x) => j("gl", "rt-", x.bu(20)), nohttp: true },
  { p: "Bitbucket app password", cat: "devtools", slot: "BITBUCKET_APP_PASSWORD", make: (x) => j("AT", "BB", x.a(28), x.H(8)), with: [["BITBUCKET_USERNAME", () => "ci-bot"]], nohttp: true },
  { p: "npm automation token", cat: "devtools", slot: "NPM_TOKEN", make: (x) => j("np", "m_", x.a(36)) },
  { p: "PyPI API token", cat: "devtools", slot: "PYPI_TOKEN", make: (x) => j("py", "pi-", "AgEIcHlwaS5vcmc", x.bu(140)), nohttp: true },
  { p: "Docker Hub PAT", cat: "devtools", slot: "DOCKERHUB_TOKEN", make: (x) => j("dc", "kr_pat_", x.bu(27)), with: [["DOCKERHUB_USERNAME", () => "acmebuild"]], nohttp: true },
  { p: "CircleCI personal token", cat: "devtools", slot: "CIRCLECI_TOKEN", make: (x) => j("CCI", "PAT_", x.a(22), "_", x.h(40)), hdr: "Circle-Token: %s" },
  { p: "Postman API key", cat: "devtools", slot: "POSTMAN_API_KEY", make: (x) => j("PM", "AK-", x.h(24), "-", x.h(34)), hdr: "X-Api-Key: %s" },
  { p: "Atlassian API token", cat: "devtools", slot: "JIRA_API_TOKEN", make: (x) => j("ATA", "TT3xFfGF0", x.bu(180), "=", x.H(8)), with: [["JIRA_EMAIL", () => "dev@example.com"]] },
  { p: "Linear API key", cat: "devtools", slot: "LINEAR_API_KEY", make: (x) => j("lin", "_api_", x.a(40)), hdr: "Authorization: %s" },
  { p: "RubyGems API key", cat: "devtools", slot: "GEM_HOST_API_KEY", make: (x) => j("ruby", "gems_", x.h(48)), hdr: "Authorization: %s" },
  { p: "NuGet API key", cat: "devtools", slot: "NUGET_API_KEY", make: (x) => j("oy", "2", x.l(43)), hdr: "X-NuGet-ApiKey: %s" },
  { p: "Azure DevOps PAT", cat: "devtools", slot: "AZURE_DEVOPS_PAT", make: (x) => j(x.a(52), "AZDO", x.a(28)), hdr: "Authorization: Basic %s" },
  // ---- observability
  { p: "Datadog API + app key", cat: "observability", slot: "DD_APP_KEY", make: (x) => x.h(40), hdr: "DD-APPLICATION-KEY: %s", with: [["DD_API_KEY", (x) => x.h(32)]] },
  { p: "New Relic user key", cat: "observability", slot: "NEW_RELIC_API_KEY", make: (x) => j("NR", "AK-", x.u(27)), hdr: "API-Key: %s" },
  { p: "New Relic license key", cat: "observability", slot: "NEW_RELIC_LICENSE_KEY", make: (x) => j(x.h(36), "NR", "AL"), nohttp: true },
  { p: "Sentry org auth token", cat: "observability", slot: "SENTRY_AUTH_TOKEN", make: (x) => j("sn", "trys_", "eyJpYXQiOjE3", x.bu(80), "_", x.bu(43)) },
  { p: "Grafana service account token", cat: "observability", slot: "GRAFANA_TOKEN", make: (x) => j("gl", "sa_", x.a(32), "_", x.h(8)) },
  { p: "Grafana Cloud access policy token", cat: "observability", slot: "GRAFANA_CLOUD_TOKEN", make: (x) => j("gl", "c_", "eyJvIjoi", x.b64(120), "=") },
  { p: "Honeycomb API key", cat: "observability", slot: "HONEYCOMB_API_KEY", make: (x) => j("hc", "aik_", x.l(58)), hdr: "X-Honeycomb-Team: %s" },
  { p: "PagerDuty API key", cat: "observability", slot: "PAGERDUTY_TOKEN", make: (x) => j("u+", x.bu(18)), hdr: "Authorization: Token token=%s" },
  // ---- payment
  { p: "Stripe live secret key", cat: "payment", slot: "STRIPE_SECRET_KEY", make: (x) => j("sk", "_live_", "51", x.a(97)) },
  { p: "Stripe restricted key", cat: "payment", slot: "STRIPE_RESTRICTED_KEY", make: (x) => j("rk", "_live_", "51", x.a(97)) },
  { p: "Stripe webhook secret", cat: "payment", slot: "STRIPE_WEBHOOK_SECRET", make: (x) => j("wh", "sec_", x.a(32)), nohttp: true },
  { p: "Square access token", cat: "payment", slot: "SQUARE_ACCESS_TOKEN", make: (x) => j("EA", "AA", x.bu(60)) },
  { p: "PayPal client secret", cat: "payment", slot: "PAYPAL_CLIENT_SECRET", make: (x) => j("E", x.bu(79)), qp: "client_secret", with: [["PAYPAL_CLIENT_ID", (x) => j("A", x.bu(79))]] },
  { p: "Braintree access token", cat: "payment", slot: "BRAINTREE_ACCESS_TOKEN", make: (x) => j("access_", "token$production$", x.l(16), "$", x.h(32)) },
  { p: "Shopify Admin API token", cat: "payment", slot: "SHOPIFY_ACCESS_TOKEN", make: (x) => j("sh", "pat_", x.h(32)), hdr: "X-Shopify-Access-Token: %s" },
  { p: "Shopify app shared secret", cat: "payment", slot: "SHOPIFY_API_SECRET", make: (x) => j("sh", "pss_", x.h(32)), nohttp: true },
  { p: "Adyen API key", cat: "payment", slot: "ADYEN_API_KEY", make: (x) => j("AQ", "Ew", x.bu(60), "==-", x.bu(43), "=-", x.bu(16)), hdr: "X-API-Key: %s" },
  { p: "Plaid secret", cat: "payment", slot: "PLAID_SECRET", make: (x) => x.h(30), with: [["PLAID_CLIENT_ID", (x) => x.h(24)], ["PLAID_ENV", () => "production"]], nohttp: true },
  { p: "Coinbase CDP API secret", cat: "payment", slot: "CDP_API_KEY_SECRET", make: (x) => x.raw64(64), with: [["CDP_API_KEY_ID", (x) => x.uuid()]], nohttp: true },
  // ---- saas
  { p: "Notion integration token", cat: "saas", slot: "NOTION_TOKEN", make: (x) => j("nt", "n_", x.d(12), x.a(34)) },
  { p: "Airtable PAT", cat: "saas", slot: "AIRTABLE_API_KEY", make: (x) => j("p", "at", x.a(14), ".", x.h(64)) },
  { p: "HubSpot private app token", cat: "saas", slot: "HUBSPOT_ACCESS_TOKEN", make: (x) => j("pa", "t-na1-", x.uuid()) },
  { p: "Asana PAT", cat: "saas", slot: "ASANA_TOKEN", make: (x) => j("2/", x.d(16), "/", x.d(16), ":", x.h(32)) },
  { p: "ClickUp API token", cat: "saas", slot: "CLICKUP_API_TOKEN", make: (x) => j("p", "k_", x.d(8), "_", x.u(32)), hdr: "Authorization: %s" },
  { p: "Trello API token", cat: "saas", slot: "TRELLO_TOKEN", make: (x) => j("AT", "TA", x.h(64), x.H(8)), qp: "token", with: [["TRELLO_KEY", (x) => x.h(32)]] },
  { p: "Zendesk API token", cat: "saas", slot: "ZENDESK_API_TOKEN", make: (x) => x.a(40), with: [["ZENDESK_EMAIL", () => "support-bot@example.com"]], nohttp: true },
  { p: "Contentful management token", cat: "saas", slot: "CONTENTFUL_MANAGEMENT_TOKEN", make: (x) => j("CF", "PAT-", x.bu(43)) },
  { p: "Dropbox access token", cat: "saas", slot: "DROPBOX_ACCESS_TOKEN", make: (x) => j("sl", ".u.", x.bu(140)) },
  { p: "Mapbox secret token", cat: "saas", slot: "MAPBOX_SECRET_TOKEN", make: (x) => j("sk", ".eyJ1Ijoi", x.bu(40), ".", x.bu(22)), qp: "access_token" },
  { p: "LaunchDarkly server SDK key", cat: "saas", slot: "LAUNCHDARKLY_SDK_KEY", make: (x) => j("sd", "k-", x.uuid()), hdr: "Authorization: %s" },
  { p: "PostHog personal API key", cat: "saas", slot: "POSTHOG_PERSONAL_API_KEY", make: (x) => j("ph", "x_", x.a(47)) },
  { p: "Salesforce session token", cat: "saas", slot: "SF_ACCESS_TOKEN", make: (x) => j("00D", x.a(12), "!", "AR", x.a(8), ".", x.bu(90)) },
  { p: "Typeform PAT", cat: "saas", slot: "TYPEFORM_TOKEN", make: (x) => j("tf", "p_", x.bu(44), "_", x.bu(14)) },
];

// Every sixth provider type (including the most common ones at the top of each block) gets a second context.
const rotated = build(g, specs, { idPrefix: "y109-c-", start: 0, times: (i) => (i % 6 === 0 ? 2 : 1) });

// ---------------------------------------------------------------- handcrafted
const P = (a: string, b: string) => a + b;
const RSA = P("RSA PRIVATE", " KEY");
const EC = P("EC PRIVATE", " KEY");
const PK8 = P("PRIVATE", " KEY");
const OSSH = P("OPENSSH PRIVATE", " KEY");
const rsaBody = () => j("MIIEow", "IBAAKCAQEA", g.b64(1560));
const ecBody = () => j("MHcCAQEE", "I", g.b64(100), "oAoGCCqGSM49AwEHoUQDQgAE", g.b64(86), "==");
const pk8Body = () => j("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", "BKcwggSjAgEAAoIBAQ", g.b64(1570));
const osshBody = () => j("b3BlbnNzaC1rZXktdjEAAAAA", "BG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA", g.b64(300), "=");
const pgpBody = () => wrap(g.b64(1200));
const wrap = (s: string) => s.match(/.{1,64}/g)!.join("\n");
const dash = "-----";

const saJson = () =>
  JSON.stringify(
    {
      type: "service_account",
      project_id: `billing-prod-${g.d(6)}`,
      private_key_id: g.h(40),
      private_key: `${pem(PK8, pk8Body())}\n`,
      client_email: `deployer@billing-prod-${g.d(6)}.iam.gserviceaccount.com`,
      client_id: g.d(21),
      auth_uri: "https://accounts.google.com/o/oauth2/auth",
      token_uri: "https://oauth2.googleapis.com/token",
    },
    null,
    2,
  );

const hand: Array<[string, string, string]> = [
  ["keys", chatText(`Why does ssh say "bad permissions"? here's the key file:\n\n${pem(RSA, rsaBody())}\n`), "RSA PEM private key (PKCS#1); pasted id_rsa in chat completion body (JSON-escaped)"],
  ["keys", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\n  namespace: edge\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${b64(`${dash}BEGIN CERTIFICATE${dash}\n${wrap(g.b64(800))}\n${dash}END CERTIFICATE${dash}\n`)}\n  tls.key: ${b64(`${pem(EC, ecBody())}\n`)}\n`, "EC PEM private key; base64 tls.key in k8s TLS Secret"],
  ["keys", `# .env\nAPP_ENV=production\nJWT_PRIVATE_KEY="${pem(PK8, pk8Body()).replace(/\n/g, "\\n")}"\nJWT_ISSUER=https://auth.example.com\n`, "PKCS#8 private key; .env with \\n-escaped PEM"],
  ["keys", JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: "/home/dev/.ssh/id_ed25519", content: `${pem(OSSH, osshBody())}\n` } }] }] }), "OpenSSH ed25519 private key; Anthropic tool_use write_file"],
  ["keys", JSON.stringify({ jsonrpc: "2.0", id: 14, result: { content: [{ type: "text", text: `${dash}BEGIN PGP PRIVATE KEY BLOCK${dash}\nComment: release-signing\n\n${pgpBody()}\n=${g.b64(4)}\n${dash}END PGP PRIVATE KEY BLOCK${dash}\n` }] } }), "PGP private key block; MCP tool result"],
  ["keys", `# created: 2025-03-02T11:04:51Z\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${j("AGE-SECRET", "-KEY-1", g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))}\n`, "age identity (AGE-SECRET-KEY-1); keys.txt"],
  ["keys", `[Interface]\nAddress = 10.8.0.2/32\nPrivateKey = ${g.raw64(32)}\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ${g.raw64(32)}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\n`, "WireGuard PrivateKey; wg0.conf"],
  ["cloud", chatText(`Terraform can't auth to GCP. This is the key file I downloaded:\n\n${saJson()}`), "GCP service-account JSON (private_key); pasted in chat (JSON-escaped twice over the PEM newlines)"],
  ["cloud", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "assistant", content: null, tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "secrets/gcp-sa.json", content: saJson() }) } }] }] }), "GCP service-account JSON; OpenAI tool_calls arguments (double-escaped)"],
  ["cloud", `$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${j("AK", "IA", g.b32(16))}\naws_secret_access_key = ${awsSecret(g)}\n\n[prod-admin]\naws_access_key_id = ${j("AK", "IA", g.b32(16))}\naws_secret_access_key = ${awsSecret(g)}\nregion = us-west-2\n`, "AWS credentials file, two profiles; shell output"],
  ["auth", `machine api.example.com\n  login deploy-bot\n  password ${g.a(32)}\nmachine git.example.org login jdoe password ${g.str(18, `${ALNUM}!@#`)}\n`, ".netrc with two machines"],
  ["data", `# ~/.pgpass\ndb-prod.example.com:5432:orders:app_rw:${g.a(28)}\n*:5432:*:replicator:${g.a(24)}\n`, ".pgpass entries"],
  ["devtools", `registry=https://npm.example.com/\n//npm.example.com/:_authToken=${j("np", "m_", g.a(36))}\n@acme:registry=https://npm.example.com/\nalways-auth=true\n`, ".npmrc _authToken for a private registry"],
  ["devtools", JSON.stringify({ auths: { "registry.example.com": { auth: b64(`ci-pusher:${g.a(32)}`) }, "ghcr.example.com": { auth: b64(`octo:${j("gh", "p_", g.a(36))}`) } }, credsStore: "" }, null, 2), "docker config.json auths (base64 user:password, one GitHub PAT)"],
  ["data", `spring.datasource.url=jdbc:postgresql://pg.example.com:5432/ledger?user=ledger_app&password=${g.a(22)}&ssl=true\nspring.jpa.hibernate.ddl-auto=validate\n`, "JDBC URL with password query parameter; .properties"],
  ["data", JSON.stringify({ ConnectionStrings: { Default: `Server=tcp:sql-prod.example.net,1433;Initial Catalog=Sales;User ID=sales_app;Password=${g.str(20, `${ALNUM}!$`)};Encrypt=True;` } }, null, 2), "ADO.NET SQL Server connection string; appsettings.json"],
  ["data", `sasl.mechanism=PLAIN\nsecurity.protocol=SASL_SSL\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${g.u(16)}" password="${g.b64(64)}";\nbootstrap.servers=pkc-${g.l(5)}.eu-west-1.aws.confluent.example.com:9092\n`, "Kafka SASL JAAS password (Confluent-style API secret); client.properties"],
  ["devtools", `$ git remote -v\norigin\thttps://x-access-token:${j("gh", "s_", g.a(36))}@git.example.com/acme/payments.git (fetch)\norigin\thttps://x-access-token:${j("gh", "s_", g.a(36))}@git.example.com/acme/payments.git (push)\n`, "GitHub App token embedded in git remote URL; git output"],
  ["devtools", `[global]\nindex-url = https://pypi-reader:${g.a(30)}@pypi.example.com/simple/\ntimeout = 60\n`, "pip.conf index-url with password"],
  ["devtools", `<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <username>deployer</username>\n      <password>${g.a(24)}</password>\n    </server>\n  </servers>\n</settings>\n`, "Maven settings.xml server password"],
  ["cloud", JSON.stringify({ version: 4, terraform_version: "1.9.5", resources: [{ mode: "managed", type: "azurerm_storage_account", name: "logs", instances: [{ attributes: { name: "stlogsprod", primary_access_key: g.raw64(64), primary_connection_string: `DefaultEndpointsProtocol=https;AccountName=stlogsprod;AccountKey=${g.raw64(64)};EndpointSuffix=core.windows.net` } }] }] }, null, 2), "Azure storage key in terraform.tfstate"],
  ["auth", `[web]\n10.0.3.11\n10.0.3.12\n\n[web:vars]\nansible_user=deploy\nansible_become_password=${g.str(20, `${ALNUM}#%&`)}\n`, "ansible inventory become password"],
  ["cloud", `[r2]\ntype = s3\nprovider = Cloudflare\naccess_key_id = ${g.h(32)}\nsecret_access_key = ${g.h(64)}\nendpoint = https://${g.h(32)}.r2.example.com\n`, "rclone.conf S3-compatible secret_access_key (R2 shape)"],
  ["cloud", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.example.com:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${b64(`${dash}BEGIN CERTIFICATE${dash}\n${wrap(g.b64(600))}\n${dash}END CERTIFICATE${dash}\n`)}\n    client-key-data: ${b64(`${pem(RSA, rsaBody())}\n`)}\n- name: ci\n  user:\n    token: ${g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", sub: "system:serviceaccount:ci:deployer" }, "RS256", 342)}\n`, "kubeconfig client-key-data and service-account token"],
  ["comms", `EMAIL_URL=smtp://postmaster%40mg.example.com:${g.h(32)}-${g.h(8)}-${g.h(8)}@smtp.example.com:587\nDEFAULT_FROM_EMAIL=noreply@example.com\n`, "SMTP URL with Mailgun-style SMTP password; .env"],
  ["data", `  88  redis-cli -h cache-prod.example.com -p 6380 --tls -a '${g.a(32)}' INFO keyspace\n  89  redis-cli -h cache-prod.example.com -p 6380 --tls --no-auth-warning -a '${g.a(32)}' DBSIZE\n`, "Redis password as CLI argument; shell history"],
  ["ai", `import anthropic\n\n# split so the linter stops complaining\nKEY = (\n    "${j("sk-", "ant-", "api03-")}${g.bu(46)}"\n    "${g.bu(47)}AA"\n)\nclient = anthropic.Anthropic(api_key=KEY)\n`, "Anthropic key split across two Python string literals (new idea)"],
  ["auth", `otpauth://totp/Example:ops-admin@example.com?secret=${g.b32(32)}&issuer=Example&algorithm=SHA1&digits=6&period=30`, "TOTP seed in otpauth URI (new idea)"],
  ["devtools", `https://jdoe:${j("gh", "p_", g.a(36))}@git.example.com\nhttps://ci:${j("gl", "pat-", g.bu(20))}@gitlab.example.org\n`, "~/.git-credentials store file"],
  ["payment", `  Started POST "/webhooks/stripe" for 10.0.4.7\n  Parameters: {"id"=>"evt_${g.a(24)}", "type"=>"invoice.paid"}\nStripe::Webhook.construct_event(payload, sig_header, "${j("wh", "sec_", g.a(32))}")\n  Completed 200 OK in 12ms\n`, "Stripe webhook signing secret in Rails log line (new idea)"],
  ["cloud", `$ aws configure export-credentials --profile prod --format env\nexport AWS_ACCESS_KEY_ID=${j("AS", "IA", g.b32(16))}\nexport AWS_SECRET_ACCESS_KEY=${awsSecret(g)}\nexport AWS_SESSION_TOKEN=${j("IQoJb3Jp", "Z2luX2Vj", g.b64(380))}\nexport AWS_CREDENTIAL_EXPIRATION=2025-09-14T18:22:05+00:00\n`, "AWS STS credentials exported by aws CLI; terminal output"],
];

function chatText(content: string): string {
  return JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content }] });
}

const handcrafted: CorpusCase[] = hand.map(([cat, text, note], i) => hc(`y109-ck-${String(i + 1).padStart(3, "0")}`, cat, "positive", text, note));

export const cases: CorpusCase[] = [...rotated, ...handcrafted];
