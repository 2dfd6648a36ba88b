// heldout-y103: well-known providers, each rotated through the shared renderers, plus handcrafted
// key material / credential files. All values assembled at run time (seeded PRNG, split prefixes).
import type { CorpusCase } from "../types.ts";
import { CAT, Gen, HEXL, B32, BECH, ALNUM, LO, UP, DIG, j, pemBody, rotate, type Spec } from "./_gen.ts";

const g = new Gen(0x1030c0);

const oaiTail = (g: Gen, n: number) => j(g.u(n), "T3Blbk", "FJ", g.u(n));

const specs: Spec[] = [
  // ai
  { provider: "OpenAI project key", cat: "ai", slot: "OPENAI_API_KEY", gen: (g) => j("sk-", "proj-", oaiTail(g, 74)) },
  { provider: "OpenAI legacy user key", cat: "ai", slot: "OPENAI_KEY", gen: (g) => j("sk-", g.a(20), "T3Blbk", "FJ", g.a(20)) },
  { provider: "OpenAI admin key", cat: "ai", slot: "OPENAI_ADMIN_KEY", gen: (g) => j("sk-", "admin-", oaiTail(g, 58)) },
  { provider: "OpenAI service account key", cat: "ai", slot: "OPENAI_API_KEY", gen: (g) => j("sk-", "svcacct-", oaiTail(g, 74)) },
  { provider: "Anthropic API key", cat: "ai", slot: "ANTHROPIC_API_KEY", h: "x-api-key: ", gen: (g) => j("sk-", "ant-", "api03-", g.u(93), "AA") },
  { provider: "Anthropic admin key", cat: "ai", slot: "ANTHROPIC_ADMIN_KEY", h: "x-api-key: ", gen: (g) => j("sk-", "ant-", "admin01-", g.u(93), "AA") },
  { provider: "Hugging Face token", cat: "ai", slot: "HF_TOKEN", gen: (g) => j("h", "f_", g.str(34, UP + LO)) },
  { provider: "Cohere API key", cat: "ai", slot: "CO_API_KEY", gen: (g) => g.a(40) },
  { provider: "Mistral API key", cat: "ai", slot: "MISTRAL_API_KEY", gen: (g) => g.a(32) },
  { provider: "Groq API key", cat: "ai", slot: "GROQ_API_KEY", gen: (g) => j("gs", "k_", g.a(52)) },
  { provider: "Replicate API token", cat: "ai", slot: "REPLICATE_API_TOKEN", h: "Authorization: Token ", gen: (g) => j("r8", "_", g.a(37)) },
  { provider: "Perplexity API key", cat: "ai", slot: "PERPLEXITY_API_KEY", gen: (g) => j("pp", "lx-", g.a(48)) },
  { provider: "Google Gemini API key", cat: "ai", slot: "GEMINI_API_KEY", h: "x-goog-api-key: ", p: "key", gen: (g) => j("AI", "za", g.str(35, ALNUM + "-_")) },
  { provider: "xAI API key", cat: "ai", slot: "XAI_API_KEY", gen: (g) => j("xa", "i-", g.a(80)) },
  { provider: "OpenRouter key", cat: "ai", slot: "OPENROUTER_API_KEY", gen: (g) => j("sk-", "or-", "v1-", g.h(64)) },
  { provider: "DeepSeek API key", cat: "ai", slot: "DEEPSEEK_API_KEY", gen: (g) => j("sk-", g.h(32)) },
  { provider: "LangSmith API key", cat: "ai", slot: "LANGSMITH_API_KEY", h: "x-api-key: ", gen: (g) => j("lsv2", "_pt_", g.h(32), "_", g.h(10)) },
  { provider: "Weights & Biases API key", cat: "ai", slot: "WANDB_API_KEY", h: null, gen: (g) => g.h(40) },
  { provider: "Pinecone API key", cat: "ai", slot: "PINECONE_API_KEY", h: "Api-Key: ", gen: (g) => j("pc", "sk_", g.a(5), "_", g.a(63)) },
  { provider: "Azure OpenAI key", cat: "ai", slot: "AZURE_OPENAI_API_KEY", h: "api-key: ", gen: (g) => g.h(32) },
  { provider: "Voyage AI key", cat: "ai", slot: "VOYAGE_API_KEY", gen: (g) => j("pa", "-", g.u(43)) },
  { provider: "Together AI key", cat: "ai", slot: "TOGETHER_API_KEY", gen: (g) => j("tg", "p_v1_", g.u(43)) },
  // auth
  { provider: "Okta API token", cat: "auth", slot: "OKTA_API_TOKEN", h: "Authorization: SSWS ", gen: (g) => j("00", g.u(40)) },
  { provider: "Auth0 client secret", cat: "auth", slot: "AUTH0_CLIENT_SECRET", h: null, p: "client_secret", gen: (g) => g.u(64) },
  { provider: "Auth0 management token", cat: "auth", slot: "AUTH0_MGMT_TOKEN", gen: (g) => g.jwt({ iss: "https://tenant.example.com/", sub: j(g.a(20), "@clients"), aud: "https://tenant.example.com/api/v2/", iat: 1735689600, exp: 1767225600, scope: "read:users update:users", gty: "client-credentials" }) },
  { provider: "Google OAuth client secret", cat: "auth", slot: "GOOGLE_CLIENT_SECRET", h: null, p: "client_secret", gen: (g) => j("GOC", "SPX-", g.u(28)) },
  { provider: "Google OAuth refresh token", cat: "auth", slot: "GOOGLE_REFRESH_TOKEN", h: null, p: "refresh_token", gen: (g) => j("1", "//0", g.u(2), "-", g.u(96)) },
  { provider: "Google OAuth access token", cat: "auth", slot: "GOOGLE_ACCESS_TOKEN", gen: (g) => j("ya", "29.", g.u(150)) },
  { provider: "Azure AD client secret", cat: "auth", slot: "AZURE_CLIENT_SECRET", h: null, p: "client_secret", gen: (g) => j(g.a(3), "8Q~", g.str(34, ALNUM + "_.~-")) },
  { provider: "Clerk secret key", cat: "auth", slot: "CLERK_SECRET_KEY", gen: (g) => j("sk_", "live_", g.a(40)) },
  { provider: "Supabase service role key", cat: "auth", slot: "SUPABASE_SERVICE_ROLE_KEY", h: "apikey: ", gen: (g) => g.jwt({ iss: "supabase", ref: g.str(20, LO), role: "service_role", iat: 1730000000, exp: 2045576000 }) },
  { provider: "Supabase secret key", cat: "auth", slot: "SUPABASE_SECRET_KEY", h: "apikey: ", gen: (g) => j("sb_", "secret_", g.u(32)) },
  { provider: "JWT signing secret", cat: "auth", slot: "JWT_SECRET", h: null, gen: (g) => g.b64bytes(48) },
  { provider: "Session secret", cat: "auth", slot: "SESSION_SECRET", h: null, gen: (g) => g.h(64) },
  { provider: "NextAuth secret", cat: "auth", slot: "NEXTAUTH_SECRET", h: null, gen: (g) => g.b64bytes(32) },
  { provider: "Rails secret_key_base", cat: "auth", slot: "SECRET_KEY_BASE", h: null, gen: (g) => g.h(128) },
  { provider: "Django SECRET_KEY", cat: "auth", slot: "DJANGO_SECRET_KEY", h: null, gen: (g) => g.str(50, LO + DIG + "!@#%^&*(-_=+)") },
  // cloud
  { provider: "AWS secret access key", cat: "cloud", slot: "AWS_SECRET_ACCESS_KEY", h: null, gen: (g) => g.str(40, ALNUM + "/+") },
  { provider: "AWS session token", cat: "cloud", slot: "AWS_SESSION_TOKEN", h: "X-Amz-Security-Token: ", gen: (g) => j("IQo", "Jb3JpZ2luX2Vj", g.b(340), "==") },
  { provider: "Azure storage account key", cat: "cloud", slot: "AZURE_STORAGE_KEY", h: null, gen: (g) => g.b64bytes(64) },
  { provider: "Google Cloud API key", cat: "cloud", slot: "GOOGLE_API_KEY", p: "key", h: "X-Goog-Api-Key: ", gen: (g) => j("AI", "za", g.str(35, ALNUM + "-_")) },
  { provider: "DigitalOcean token", cat: "cloud", slot: "DIGITALOCEAN_TOKEN", gen: (g) => j("do", "p_v1_", g.h(64)) },
  { provider: "Cloudflare API token", cat: "cloud", slot: "CLOUDFLARE_API_TOKEN", gen: (g) => g.u(40) },
  { provider: "Cloudflare global API key", cat: "cloud", slot: "CF_API_KEY", h: "X-Auth-Key: ", gen: (g) => g.h(37) },
  { provider: "Heroku API key", cat: "cloud", slot: "HEROKU_API_KEY", gen: (g) => j("HRK", "U-AA", g.u(58)) },
  { provider: "Vercel token", cat: "cloud", slot: "VERCEL_TOKEN", gen: (g) => g.a(24) },
  { provider: "Netlify token", cat: "cloud", slot: "NETLIFY_AUTH_TOKEN", gen: (g) => j("nf", "p_", g.a(36)) },
  { provider: "Fly.io token", cat: "cloud", slot: "FLY_API_TOKEN", gen: (g) => j("Fly", "V1 ", "fm2_", g.b(200)) },
  { provider: "Alibaba Cloud access key secret", cat: "cloud", slot: "ALIBABA_CLOUD_ACCESS_KEY_SECRET", h: null, gen: (g) => g.a(30) },
  { provider: "Linode token", cat: "cloud", slot: "LINODE_TOKEN", gen: (g) => g.h(64) },
  { provider: "Hetzner Cloud token", cat: "cloud", slot: "HCLOUD_TOKEN", gen: (g) => g.a(64) },
  { provider: "Terraform Cloud token", cat: "cloud", slot: "TFE_TOKEN", gen: (g) => j(g.a(14), ".atlas", "v1.", g.u(67)) },
  { provider: "Tailscale auth key", cat: "cloud", slot: "TS_AUTHKEY", h: null, gen: (g) => j("tskey-", "auth-", "k", g.a(11), "CNTRL-", g.a(33)) },
  // comms
  { provider: "Slack bot token", cat: "comms", slot: "SLACK_BOT_TOKEN", gen: (g) => j("xo", "xb-", g.d(12), "-", g.d(13), "-", g.a(24)) },
  { provider: "Slack user token", cat: "comms", slot: "SLACK_USER_TOKEN", gen: (g) => j("xo", "xp-", g.d(12), "-", g.d(12), "-", g.d(13), "-", g.h(32)) },
  { provider: "Slack app-level token", cat: "comms", slot: "SLACK_APP_TOKEN", gen: (g) => j("xa", "pp-1-", "A0", g.up(9), "-", g.d(13), "-", g.h(64)) },
  { provider: "Slack incoming webhook", cat: "comms", slot: "SLACK_WEBHOOK_URL", h: null, gen: (g) => j("https://hooks.", "slack.com/services/", "T0", g.up(8), "/B0", g.up(8), "/", g.a(24)) },
  { provider: "Discord bot token", cat: "comms", slot: "DISCORD_BOT_TOKEN", h: "Authorization: Bot ", gen: (g) => j("MT", g.str(24, ALNUM), ".", g.u(6), ".", g.u(38)) },
  { provider: "Discord webhook", cat: "comms", slot: "DISCORD_WEBHOOK_URL", h: null, gen: (g) => j("https://discord.", "com/api/webhooks/", g.d(19), "/", g.u(68)) },
  { provider: "Telegram bot token", cat: "comms", slot: "TELEGRAM_BOT_TOKEN", h: null, gen: (g) => j(g.d(10), ":AA", g.u(33)) },
  { provider: "Twilio auth token", cat: "comms", slot: "TWILIO_AUTH_TOKEN", h: null, gen: (g) => g.h(32) },
  { provider: "Twilio API key secret", cat: "comms", slot: "TWILIO_API_SECRET", h: null, gen: (g) => g.a(32) },
  { provider: "SendGrid API key", cat: "comms", slot: "SENDGRID_API_KEY", gen: (g) => j("S", "G.", g.u(22), ".", g.u(43)) },
  { provider: "Mailgun API key", cat: "comms", slot: "MAILGUN_API_KEY", h: null, gen: (g) => j(g.h(32), "-", g.h(8), "-", g.h(8)) },
  { provider: "Mailchimp API key", cat: "comms", slot: "MAILCHIMP_API_KEY", h: "Authorization: apikey ", gen: (g) => j(g.h(32), "-us", String(g.range(2, 21))) },
  { provider: "Microsoft Teams webhook", cat: "comms", slot: "TEAMS_WEBHOOK_URL", h: null, gen: (g) => j("https://acme.webhook.", "office.com/webhookb2/", g.uuid(), "@", g.uuid(), "/IncomingWebhook/", g.h(32), "/", g.uuid(), "/V2", g.u(40)) },
  // data
  { provider: "PostgreSQL URL", cat: "data", slot: "DATABASE_URL", h: null, gen: (g) => j("postgres", "ql://app_rw:", g.pw(24), "@db-primary.example.net:5432/orders?sslmode=require") },
  { provider: "MySQL URL", cat: "data", slot: "MYSQL_URL", h: null, gen: (g) => j("mysql", "://root:", g.pw(20), "@mysql.internal.test:3306/shop") },
  { provider: "MongoDB Atlas SRV URI", cat: "data", slot: "MONGODB_URI", h: null, gen: (g) => j("mongodb", "+srv://svc-api:", g.a(22), "@cluster0.", g.lo(5), ".example.net/app?retryWrites=true&w=majority") },
  { provider: "Redis URL", cat: "data", slot: "REDIS_URL", h: null, gen: (g) => j("redis", "s://default:", g.a(32), "@cache.example.org:6380/0") },
  { provider: "Upstash Redis REST token", cat: "data", slot: "UPSTASH_REDIS_REST_TOKEN", gen: (g) => j("A", g.u(5), "AAIjcDE", g.u(60)) },
  { provider: "PlanetScale password", cat: "data", slot: "PLANETSCALE_PASSWORD", h: null, gen: (g) => j("pscale", "_pw_", g.u(43)) },
  { provider: "Neon connection string", cat: "data", slot: "NEON_DATABASE_URL", h: null, gen: (g) => j("postgres", "ql://neondb_owner:", j("npg", "_"), g.a(12), "@ep-", g.word(), "-", g.lo(8), ".eu-central-1.aws.example.net/neondb?sslmode=require") },
  { provider: "Snowflake password", cat: "data", slot: "SNOWFLAKE_PASSWORD", h: null, gen: (g) => g.pw(22) },
  { provider: "Databricks PAT", cat: "data", slot: "DATABRICKS_TOKEN", gen: (g) => j("dap", "i", g.h(32), "-", String(g.range(2, 3))) },
  { provider: "Elasticsearch API key", cat: "data", slot: "ELASTIC_API_KEY", h: "Authorization: ApiKey ", gen: (g) => Buffer.from(j(g.u(20), ":", g.u(22))).toString("base64") },
  { provider: "MSSQL connection string", cat: "data", slot: "ConnectionStrings__Default", h: null, gen: (g) => j("Server=tcp:sql-prod.example.net,1433;Database=crm;User ID=crm_app;", "Password=", g.pw(20), ";Encrypt=True;") },
  { provider: "RabbitMQ AMQP URL", cat: "data", slot: "AMQP_URL", h: null, gen: (g) => j("amqp", "s://orders:", g.a(26), "@mq.example.org:5671/prod") },
  // devtools
  { provider: "GitHub classic PAT", cat: "devtools", slot: "GITHUB_TOKEN", h: "Authorization: token ", gen: (g) => j("gh", "p_", g.a(36)) },
  { provider: "GitHub fine-grained PAT", cat: "devtools", slot: "GH_TOKEN", gen: (g) => j("github", "_pat_", "11", g.up(9), "0", g.a(12), "_", g.a(59)) },
  { provider: "GitHub OAuth token", cat: "devtools", slot: "GITHUB_OAUTH_TOKEN", gen: (g) => j("gh", "o_", g.a(36)) },
  { provider: "GitHub App installation token", cat: "devtools", slot: "GITHUB_APP_TOKEN", gen: (g) => j("gh", "s_", g.a(36)) },
  { provider: "GitHub refresh token", cat: "devtools", slot: "GITHUB_REFRESH_TOKEN", h: null, p: "refresh_token", gen: (g) => j("gh", "r_", g.a(76)) },
  { provider: "GitLab PAT", cat: "devtools", slot: "GITLAB_TOKEN", h: "PRIVATE-TOKEN: ", gen: (g) => j("gl", "pat-", g.u(20)) },
  { provider: "GitLab runner token", cat: "devtools", slot: "CI_RUNNER_TOKEN", h: null, gen: (g) => j("gl", "rt-", g.u(20)) },
  { provider: "Bitbucket app password", cat: "devtools", slot: "BITBUCKET_APP_PASSWORD", h: null, gen: (g) => j("ATB", "B", g.a(28), g.H(8)) },
  { provider: "npm automation token", cat: "devtools", slot: "NPM_TOKEN", gen: (g) => j("np", "m_", g.a(36)) },
  { provider: "PyPI API token", cat: "devtools", slot: "PYPI_TOKEN", h: null, gen: (g) => j("pypi-", "AgEIcHlwaS5vcmc", g.u(150)) },
  { provider: "Docker Hub PAT", cat: "devtools", slot: "DOCKERHUB_TOKEN", h: null, gen: (g) => j("dc", "kr_pat_", g.u(27)) },
  { provider: "CircleCI token", cat: "devtools", slot: "CIRCLECI_TOKEN", h: "Circle-Token: ", gen: (g) => j("CCI", "PAT_", g.a(22), "_", g.h(40)) },
  { provider: "HashiCorp Vault token", cat: "devtools", slot: "VAULT_TOKEN", h: "X-Vault-Token: ", gen: (g) => j("hv", "s.", g.u(90)) },
  { provider: "Doppler service token", cat: "devtools", slot: "DOPPLER_TOKEN", gen: (g) => j("dp", ".st.", "prd.", g.a(43)) },
  { provider: "1Password service account token", cat: "devtools", slot: "OP_SERVICE_ACCOUNT_TOKEN", h: null, gen: (g) => j("op", "s_", g.b64url(180)) },
  { provider: "Postman API key", cat: "devtools", slot: "POSTMAN_API_KEY", h: "X-Api-Key: ", gen: (g) => j("PM", "AK-", g.h(24), "-", g.h(34)) },
  { provider: "Atlassian API token", cat: "devtools", slot: "JIRA_API_TOKEN", h: null, gen: (g) => j("ATA", "TT3x", g.u(180), "=", g.H(8)) },
  { provider: "Sentry auth token", cat: "observability", slot: "SENTRY_AUTH_TOKEN", gen: (g) => j("sntr", "ys_", g.b64url(96).replace(/[-_]/g, "A"), "_", g.u(43)) },
  // observability
  { provider: "Datadog API key", cat: "observability", slot: "DD_API_KEY", h: "DD-API-KEY: ", gen: (g) => g.h(32) },
  { provider: "Datadog application key", cat: "observability", slot: "DD_APP_KEY", h: "DD-APPLICATION-KEY: ", gen: (g) => g.h(40) },
  { provider: "New Relic user key", cat: "observability", slot: "NEW_RELIC_API_KEY", h: "Api-Key: ", gen: (g) => j("NR", "AK-", g.up(27)) },
  { provider: "New Relic license key", cat: "observability", slot: "NEW_RELIC_LICENSE_KEY", h: null, gen: (g) => j(g.h(36), "NR", "AL") },
  { provider: "Grafana Cloud token", cat: "observability", slot: "GRAFANA_CLOUD_TOKEN", gen: (g) => j("gl", "c_", Buffer.from(JSON.stringify({ o: g.d(6), n: `stack-${g.d(6)}-hm-read`, k: g.a(24), m: { r: "prod-eu-west-2" } })).toString("base64")) },
  { provider: "Grafana service account token", cat: "observability", slot: "GRAFANA_SA_TOKEN", gen: (g) => j("gl", "sa_", g.a(32), "_", g.h(8)) },
  { provider: "Honeycomb API key", cat: "observability", slot: "HONEYCOMB_API_KEY", h: "X-Honeycomb-Team: ", gen: (g) => j("hc", "aik_01", g.lo(58)) },
  // payment
  { provider: "Stripe secret key", cat: "payment", slot: "STRIPE_SECRET_KEY", gen: (g) => j("sk", "_live_", "51", g.a(22), g.a(75)) },
  { provider: "Stripe restricted key", cat: "payment", slot: "STRIPE_API_KEY", gen: (g) => j("rk", "_live_", "51", g.a(97)) },
  { provider: "Stripe webhook secret", cat: "payment", slot: "STRIPE_WEBHOOK_SECRET", h: null, gen: (g) => j("wh", "sec_", g.a(32)) },
  { provider: "Square access token", cat: "payment", slot: "SQUARE_ACCESS_TOKEN", gen: (g) => j("EA", "AA", g.u(60)) },
  { provider: "PayPal client secret", cat: "payment", slot: "PAYPAL_CLIENT_SECRET", h: null, gen: (g) => j("E", g.u(79)) },
  { provider: "Braintree access token", cat: "payment", slot: "BRAINTREE_ACCESS_TOKEN", gen: (g) => j("access_", "token$production$", g.lo(16), "$", g.h(32)) },
  { provider: "Adyen API key", cat: "payment", slot: "ADYEN_API_KEY", h: "X-API-Key: ", gen: (g) => j("AQE", g.a(3), "mfxJ", g.u(80), "=-", g.u(40)) },
  { provider: "Shopify admin token", cat: "payment", slot: "SHOPIFY_ACCESS_TOKEN", h: "X-Shopify-Access-Token: ", gen: (g) => j("sh", "pat_", g.h(32)) },
  { provider: "Shopify app secret", cat: "payment", slot: "SHOPIFY_API_SECRET", h: null, gen: (g) => j("sh", "pss_", g.h(32)) },
  { provider: "Coinbase API secret", cat: "payment", slot: "COINBASE_API_SECRET", h: null, gen: (g) => g.b64bytes(64) },
  { provider: "Plaid secret", cat: "payment", slot: "PLAID_SECRET", h: null, gen: (g) => g.h(30) },
  // saas
  { provider: "Notion integration token", cat: "saas", slot: "NOTION_TOKEN", gen: (g) => j("nt", "n_", g.d(11), g.a(35)) },
  { provider: "Notion legacy secret", cat: "saas", slot: "NOTION_API_KEY", gen: (g) => j("sec", "ret_", g.a(43)) },
  { provider: "Linear API key", cat: "saas", slot: "LINEAR_API_KEY", h: "Authorization: ", gen: (g) => j("lin", "_api_", g.a(40)) },
  { provider: "Airtable PAT", cat: "saas", slot: "AIRTABLE_TOKEN", gen: (g) => j("pat", g.a(14), ".", g.h(64)) },
  { provider: "Figma PAT", cat: "saas", slot: "FIGMA_TOKEN", h: "X-Figma-Token: ", gen: (g) => j("fig", "d_", g.u(40)) },
  { provider: "HubSpot private app token", cat: "saas", slot: "HUBSPOT_ACCESS_TOKEN", gen: (g) => j("pat", "-na1-", g.uuid()) },
  { provider: "Salesforce access token", cat: "saas", slot: "SF_ACCESS_TOKEN", gen: (g) => j("00D", g.a(12), "!", g.a(15), ".", g.u(80)) },
  { provider: "Contentful management token", cat: "saas", slot: "CONTENTFUL_MANAGEMENT_TOKEN", gen: (g) => j("CF", "PAT-", g.u(43)) },
  { provider: "Algolia admin key", cat: "saas", slot: "ALGOLIA_ADMIN_KEY", h: "X-Algolia-API-Key: ", gen: (g) => g.h(32) },
  { provider: "Mapbox secret token", cat: "saas", slot: "MAPBOX_SECRET_TOKEN", p: "access_token", gen: (g) => j("s", "k.", "eyJ1Ijoi", g.u(40), ".", g.u(22)) },
  { provider: "LaunchDarkly SDK key", cat: "saas", slot: "LD_SDK_KEY", h: "Authorization: ", gen: (g) => j("sd", "k-", g.uuid()) },
  { provider: "LaunchDarkly API token", cat: "saas", slot: "LD_API_TOKEN", h: "Authorization: ", gen: (g) => j("ap", "i-", g.uuid()) },
  { provider: "PostHog personal API key", cat: "saas", slot: "POSTHOG_PERSONAL_API_KEY", gen: (g) => j("ph", "x_", g.a(47)) },
  { provider: "Dropbox access token", cat: "saas", slot: "DROPBOX_ACCESS_TOKEN", gen: (g) => j("sl.", "B", g.u(137)) },
  { provider: "Zendesk API token", cat: "saas", slot: "ZENDESK_API_TOKEN", h: null, gen: (g) => g.a(40) },
  { provider: "Intercom access token", cat: "saas", slot: "INTERCOM_ACCESS_TOKEN", gen: (g) => j("dG9rOj", g.b(50), "=") },
  { provider: "Asana PAT", cat: "saas", slot: "ASANA_PAT", gen: (g) => j("2/", g.d(16), "/", g.d(16), ":", g.h(32)) },
];

const rotated = rotate(g, specs, { idPrefix: "y103-c", start: 1, offset: 0, label: "positive", catPrefix: `${CAT}-sec` });

// ---- handcrafted ----
const B = "-----BEGIN ";
const E = "-----END ";
const pk = (kind: string, body: string) => `${B}${kind}-----\n${body}\n${E}${kind}-----\n`;

const rsa = pk(j("RSA PRIVATE ", "KEY"), pemBody(g, "MIIEpAIBAAKCAQEA", 1180));
const ec = pk(j("EC PRIVATE ", "KEY"), pemBody(g, "MHcCAQEEI", 114));
const p8 = pk(j("PRIVATE ", "KEY"), pemBody(g, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1170));
const ossh = pk(j("OPENSSH PRIVATE ", "KEY"), pemBody(g, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA", 300));
const pgp = `${B}PGP PRIVATE ${"KEY BLOCK"}-----\n\n${pemBody(g, "lQVYBGXa", 1500)}\n=${g.b(4)}\n${E}PGP PRIVATE ${"KEY BLOCK"}-----\n`;
const awsId = () => j("AK", "IA", g.str(16, B32));
const awsSecret = () => g.str(40, ALNUM + "/+");
const gcpSa = JSON.stringify(
  {
    type: "service_account",
    project_id: `acme-data-${g.d(6)}`,
    private_key_id: g.h(40),
    private_key: pk(j("PRIVATE ", "KEY"), pemBody(g, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 1170)),
    client_email: `etl-runner@acme-data.iam.gserviceaccount.com`,
    client_id: g.d(21),
    auth_uri: "https://accounts.google.com/o/oauth2/auth",
    token_uri: "https://oauth2.googleapis.com/token",
  },
  null,
  2,
);

interface H { cat: string; text: string; note: string }
const hand: H[] = [
  { cat: "keys", text: JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `ssh keeps saying "invalid format" for this key, what's wrong?\n\n${rsa}` }] }), note: "RSA PKCS#1 private key | PEM pasted in chat-completion user message (JSON-escaped)" },
  { cat: "keys", text: `$ cat certs/tls.key\n${ec}$ openssl ec -in certs/tls.key -noout -check\n`, note: "EC private key | PEM in terminal transcript" },
  { cat: "keys", text: JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: p8 }] } }), note: "PKCS#8 private key | MCP read_file tool result" },
  { cat: "keys", text: JSON.stringify({ type: "tool_use", id: j("tool", "u_01", g.a(22)), name: "write_file", input: { path: "/home/dev/.ssh/id_ed25519", content: ossh } }), note: "OpenSSH ed25519 private key | tool_use write_file input" },
  { cat: "keys", text: `## Release signing\n\nImport the signing key on the build box:\n\n${"```"}\n${pgp}${"```"}\n`, note: "PGP private key block | Markdown doc" },
  { cat: "keys", text: `# created: 2025-01-09T10:11:12Z\n# public key: age1${g.str(58, BECH.toLowerCase())}\n${j("AGE-", "SECRET-", "KEY-1")}${g.str(58, BECH)}\n`, note: "age secret key | keys.txt file" },
  { cat: "keys", text: `[Interface]\nAddress = 10.8.0.2/32\nPrivateKey = ${g.b64bytes(32)}\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ${g.b64bytes(32)}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\n`, note: "WireGuard PrivateKey | wg0.conf" },
  { cat: "cloud", text: JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `BigQuery auth fails with this key file, why?\n${gcpSa}` }] }), note: "GCP service-account JSON | Anthropic messages body (JSON-escaped)" },
  { cat: "cloud", text: `[default]\naws_access_key_id = ${awsId()}\naws_secret_access_key = ${awsSecret()}\nregion = us-east-1\n\n[prod]\naws_access_key_id = ${awsId()}\naws_secret_access_key = ${awsSecret()}\n`, note: "AWS key pair | ~/.aws/credentials file" },
  { cat: "cloud", text: JSON.stringify({ id: j("call_", g.a(24)), type: "function", function: { name: "bash", arguments: JSON.stringify({ command: `AWS_ACCESS_KEY_ID=${awsId()} AWS_SECRET_ACCESS_KEY=${awsSecret()} aws s3 sync ./dist s3://acme-web-assets --delete` }) } }), note: "AWS key pair | OpenAI tool_calls arguments inline env (double-escaped)" },
  { cat: "cloud", text: `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmelogs${g.lo(4)};${j("Account", "Key=")}${g.b64bytes(64)};EndpointSuffix=core.windows.net"\n`, note: "Azure storage connection string | .env line" },
  { cat: "auth", text: `machine api.example.com\n  login deploy-bot\n  password ${g.pw(28)}\nmachine uploads.example.org login ci password ${g.a(32)}\n`, note: ".netrc password | file contents" },
  { cat: "data", text: `# ~/.pgpass\ndb-primary.example.net:5432:orders:app_rw:${g.pw(24)}\nreplica.example.net:5432:*:readonly:${g.pw(18)}\n`, note: ".pgpass password | file contents" },
  { cat: "devtools", text: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${j("np", "m_", g.a(36))}\n@acme:registry=https://npm.pkg.example.com/\nalways-auth=true\n`, note: "npm token | .npmrc _authToken" },
  { cat: "devtools", text: JSON.stringify({ auths: { "registry.example.com": { auth: Buffer.from(`ci-pusher:${g.pw(26)}`).toString("base64") }, "https://index.docker.io/v1/": { auth: Buffer.from(`acmebot:${j("dc", "kr_pat_", g.u(27))}`).toString("base64") } } }, null, 2), note: "Docker registry basic auth | ~/.docker/config.json auths (base64 user:pass)" },
  { cat: "data", text: `spring.datasource.url=jdbc:mysql://mysql.internal.test:3306/billing?user=billing&${j("pass", "word=")}${g.pw(20)}&useSSL=true\n`, note: "MySQL JDBC URL with password param | .properties" },
  { cat: "data", text: JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `prisma says P1001 can't reach database. DATABASE_URL="postgresql://postgres:${g.pw(22)}@db.${g.lo(20)}.example.net:5432/postgres"` }] }), note: "Postgres URL with password | chat-completion user message" },
  { cat: "devtools", text: `$ cat ~/.git-credentials\nhttps://ci-bot:${j("gh", "p_", g.a(36))}@github.example.com\nhttps://oauth2:${j("gl", "pat-", g.u(20))}@gitlab.example.org\n`, note: "GitHub PAT + GitLab PAT | ~/.git-credentials in terminal" },
  { cat: "devtools", text: `$ git remote -v\norigin\thttps://x-access-token:${j("gh", "s_", g.a(36))}@github.example.com/acme/api.git (fetch)\norigin\thttps://x-access-token:${j("gh", "s_", g.a(36))}@github.example.com/acme/api.git (push)\n`, note: "GitHub App token | git remote URL userinfo (new idea)" },
  { cat: "devtools", text: `[global]\nindex-url = https://__token__:${j("pypi-", "AgEIcHlwaS5vcmc", g.u(120))}@pypi.example.org/simple\ntimeout = 60\n`, note: "PyPI token | pip.conf index-url userinfo" },
  { cat: "cloud", text: `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.example.net:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    token: ${j("eyJhbGciOiJSUzI1NiIsImtpZCI6Ij", g.u(40), ".", g.b64url(200), ".", g.b64url(256))}\ncontexts:\n- context: {cluster: prod, user: admin}\n  name: prod\ncurrent-context: prod\n`, note: "Kubernetes service-account bearer token | kubeconfig user.token" },
  { cat: "cloud", text: JSON.stringify({ version: 4, terraform_version: "1.9.5", resources: [{ mode: "managed", type: "aws_iam_access_key", name: "ci", instances: [{ attributes: { id: awsId(), secret: awsSecret(), user: "ci-deployer", status: "Active" } }] }] }, null, 2), note: "AWS secret in Terraform state | terraform.tfstate attributes" },
  { cat: "auth", text: `[webservers]\nweb1.example.net ansible_user=deploy ansible_password=${g.pw(20)} ansible_become_pass=${g.pw(20)}\n`, note: "SSH/sudo passwords | Ansible inventory" },
  { cat: "devtools", text: `<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>deployer</username>\n      <password>${g.pw(24)}</password>\n    </server>\n  </servers>\n</settings>\n`, note: "Maven repository password | settings.xml" },
  { cat: "cloud", text: `[s3-backup]\ntype = s3\nprovider = AWS\naccess_key_id = ${awsId()}\nsecret_access_key = ${awsSecret()}\nregion = eu-west-1\n`, note: "AWS key pair | rclone.conf" },
  { cat: "comms", text: `MAIL_URL=smtps://apikey:${j("S", "G.", g.u(22), ".", g.u(43))}@smtp.example.net:465\n`, note: "SendGrid key as SMTP password | URL userinfo in env" },
  { cat: "payment", text: `POST /v1/charges HTTP/1.1\r\nHost: api.example.com\r\nAuthorization: Basic ${Buffer.from(`${j("sk", "_live_")}${g.a(99)}:`).toString("base64")}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\namount=2000&currency=usd`, note: "Stripe secret key | HTTP Basic auth (base64 key:) header (new idea)" },
  { cat: "auth", text: `>>> import jwt\n>>> jwt.encode({"sub": "admin", "role": "owner"}, "${g.b64bytes(40)}", algorithm="HS256")\n`, note: "JWT HMAC signing secret | Python REPL session" },
  { cat: "ai", text: `data: ${JSON.stringify({ type: "content_block_delta", index: 0, delta: { type: "input_json_delta", partial_json: `{"path": ".env", "content": "ANTHROPIC_API_KEY=${j("sk-", "ant-", "api03-", g.u(93), "AA")}\\n` } })}\n\n`, note: "Anthropic API key | streamed tool input_json_delta echoed in a request log (new idea)" },
  { cat: "data", text: `$ redis-cli -u rediss://default:${g.a(32)}@cache.example.org:6380 ping\nPONG\n$ mongosh "mongodb://admin:${g.pw(20)}@mongo-0.internal.test:27017/?authSource=admin"\n`, note: "Redis + MongoDB URL passwords | shell history" },
];

const handcrafted: CorpusCase[] = hand.map((h, i) => ({
  id: `y103-ck-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `${CAT}-sec-${h.cat}`,
  label: "positive",
  text: h.text,
  note: h.note,
}));

export const cases: CorpusCase[] = [...rotated, ...handcrafted];
void HEXL;
