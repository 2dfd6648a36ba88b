// Common providers, each rotated through two contexts. Values built at run time (seed 50101).
import type { CorpusCase } from "../types.ts";
import { ALNUM, B32, B64URL, DIG, HEX, LO, LOWNUM, UP, UPNUM, Gen, build, j, type Tok } from "./_gen.ts";

const T = (provider: string, group: string, slot: string, make: (g: Gen) => string): Tok => ({ provider, group, slot, make });

const toks: Tok[] = [
  // ai
  T("OpenAI project key", "ai", "OPENAI_API_KEY", (g) => j("sk-", "proj-", g.s(74, B64URL), "T3Blbk", "FJ", g.s(74, B64URL))),
  T("OpenAI service account key", "ai", "OPENAI_API_KEY", (g) => j("sk-", "svcacct-", g.s(74, B64URL), "T3Blbk", "FJ", g.s(74, B64URL))),
  T("OpenAI admin key", "ai", "OPENAI_ADMIN_KEY", (g) => j("sk-", "admin-", g.s(74, B64URL), "T3Blbk", "FJ", g.s(74, B64URL))),
  T("Anthropic API key", "ai", "ANTHROPIC_API_KEY", (g) => j("sk-", "ant-api03-", g.s(93, B64URL), "AA")),
  T("Anthropic admin key", "ai", "ANTHROPIC_ADMIN_KEY", (g) => j("sk-", "ant-admin01-", g.s(93, B64URL), "AA")),
  T("Hugging Face user token", "ai", "HF_TOKEN", (g) => j("h", "f_", g.s(34, ALNUM))),
  T("Google Gemini API key", "ai", "GEMINI_API_KEY", (g) => j("AI", "za", g.s(35, B64URL))),
  T("Groq API key", "ai", "GROQ_API_KEY", (g) => j("gs", "k_", g.s(52, ALNUM))),
  T("Replicate API token", "ai", "REPLICATE_API_TOKEN", (g) => j("r", "8_", g.s(37, ALNUM))),
  T("Perplexity API key", "ai", "PERPLEXITY_API_KEY", (g) => j("pp", "lx-", g.s(48, ALNUM))),
  T("xAI API key", "ai", "XAI_API_KEY", (g) => j("xa", "i-", g.s(80, ALNUM))),
  T("OpenRouter key", "ai", "OPENROUTER_API_KEY", (g) => j("sk-", "or-v1-", g.hex(64))),
  T("DeepSeek API key", "ai", "DEEPSEEK_API_KEY", (g) => j("sk-", g.hex(32))),
  T("Mistral API key", "ai", "MISTRAL_API_KEY", (g) => g.s(32, ALNUM)),
  T("Cohere API key", "ai", "COHERE_API_KEY", (g) => g.s(40, ALNUM)),
  T("LangSmith API key", "ai", "LANGSMITH_API_KEY", (g) => j("lsv2", "_pt_", g.hex(32), "_", g.hex(10))),
  // auth
  T("Okta API token", "auth", "OKTA_API_TOKEN", (g) => j("00", g.s(40, B64URL))),
  T("Auth0 client secret", "auth", "AUTH0_CLIENT_SECRET", (g) => g.s(64, B64URL)),
  T("Google OAuth client secret", "auth", "GOOGLE_CLIENT_SECRET", (g) => j("GOC", "SPX-", g.s(28, B64URL))),
  T("Google OAuth refresh token", "auth", "GOOGLE_REFRESH_TOKEN", (g) => j("1//", "0", g.s(100, B64URL))),
  T("JWT signing secret", "auth", "JWT_SECRET", (g) => g.b64(48)),
  T("session JWT (HS256)", "auth", "SESSION_TOKEN", (g) => g.jwt({ sub: g.uuid(), role: "admin", iat: 1767225600, exp: 1798761600 })),
  T("Clerk secret key", "auth", "CLERK_SECRET_KEY", (g) => j("sk_", "live_", g.s(40, ALNUM))),
  // cloud
  T("AWS access key pair", "cloud", "AWS_SECRET_ACCESS_KEY", (g) => j("AK", "IA", g.s(16, B32), " / ", g.s(40, ALNUM + "/+"))),
  T("AWS STS session key id", "cloud", "AWS_ACCESS_KEY_ID", (g) => j("AS", "IA", g.s(16, B32))),
  T("Azure storage connection string", "cloud", "AZURE_STORAGE_CONNECTION_STRING", (g) => j("DefaultEndpointsProtocol=https;AccountName=acmeprod", g.s(4, LOWNUM), ";AccountKey=", g.b64(64), ";EndpointSuffix=core.windows.net")),
  T("Azure AD client secret", "cloud", "AZURE_CLIENT_SECRET", (g) => j(g.s(3, ALNUM), "8Q", "~", g.s(34, ALNUM + "~._-"))),
  T("DigitalOcean PAT", "cloud", "DIGITALOCEAN_TOKEN", (g) => j("dop", "_v1_", g.hex(64))),
  T("Cloudflare API token", "cloud", "CLOUDFLARE_API_TOKEN", (g) => g.s(40, B64URL)),
  T("Heroku API key", "cloud", "HEROKU_API_KEY", (g) => j("HRK", "U-AA", g.s(58, B64URL))),
  T("Vercel token", "cloud", "VERCEL_TOKEN", (g) => g.s(24, ALNUM)),
  T("Netlify PAT", "cloud", "NETLIFY_AUTH_TOKEN", (g) => j("nf", "p_", g.s(36, ALNUM))),
  T("Fly.io token", "cloud", "FLY_API_TOKEN", (g) => j("Fly", "V1 fm2_", g.s(180, B64URL))),
  T("GCP API key (server)", "cloud", "GOOGLE_API_KEY", (g) => j("AI", "za", g.s(35, B64URL))),
  // comms
  T("Slack bot token", "comms", "SLACK_BOT_TOKEN", (g) => j("xo", "xb-", g.digits(12), "-", g.digits(13), "-", g.s(24))),
  T("Slack user token", "comms", "SLACK_USER_TOKEN", (g) => j("xo", "xp-", g.digits(12), "-", g.digits(13), "-", g.digits(13), "-", g.hex(32))),
  T("Slack webhook URL", "comms", "SLACK_WEBHOOK_URL", (g) => j("https://hooks.", "slack.com/services/T", g.s(10, UPNUM), "/B", g.s(10, UPNUM), "/", g.s(24))),
  T("Discord bot token", "comms", "DISCORD_TOKEN", (g) => j("MT", g.s(24, ALNUM), ".", g.s(6, B64URL), ".", g.s(38, B64URL))),
  T("Discord webhook URL", "comms", "DISCORD_WEBHOOK_URL", (g) => j("https://discord.", "com/api/webhooks/", g.digits(19), "/", g.s(68, B64URL))),
  T("Telegram bot token", "comms", "TELEGRAM_BOT_TOKEN", (g) => j(g.digits(10), ":AA", g.s(33, B64URL))),
  T("Twilio auth token", "comms", "TWILIO_AUTH_TOKEN", (g) => g.hex(32)),
  T("Twilio API key secret", "comms", "TWILIO_API_SECRET", (g) => g.s(32, ALNUM)),
  T("SendGrid API key", "comms", "SENDGRID_API_KEY", (g) => j("S", "G.", g.s(22, B64URL), ".", g.s(43, B64URL))),
  T("Mailgun API key", "comms", "MAILGUN_API_KEY", (g) => j("key", "-", g.hex(32))),
  T("Mailchimp API key", "comms", "MAILCHIMP_API_KEY", (g) => j(g.hex(32), "-us", String(g.range(1, 21)))),
  T("Postmark server token", "comms", "POSTMARK_SERVER_TOKEN", (g) => g.uuid()),
  // data
  T("Postgres URL with password", "data", "DATABASE_URL", (g) => j("postgres", "ql://app_rw:", g.s(24, ALNUM), "@db-prod.internal:5432/orders")),
  T("MongoDB Atlas URI", "data", "MONGODB_URI", (g) => j("mongodb", "+srv://svc_api:", g.s(20, ALNUM), "@cluster0.", g.s(5, LOWNUM), ".mongodb.net/app?retryWrites=true")),
  T("Redis URL with password", "data", "REDIS_URL", (g) => j("redis", "s://default:", g.s(32, ALNUM), "@cache-prod.internal:6380/0")),
  T("Supabase service role key", "data", "SUPABASE_SERVICE_ROLE_KEY", (g) => g.jwt({ iss: "supabase", ref: g.s(20, "abcdefghijklmnopqrst"), role: "service_role", iat: 1767225600, exp: 2082758400 })),
  T("PlanetScale password", "data", "DATABASE_PASSWORD", (g) => j("pscale", "_pw_", g.s(43, B64URL))),
  T("Neon database URL", "data", "NEON_DATABASE_URL", (g) => j("postgresql://neondb_owner:", "npg_", g.s(12, ALNUM), "@ep-", g.s(6, LO), "-", g.s(8, LOWNUM), ".eu-central-1.aws.neon.tech/neondb?sslmode=require")),
  T("Snowflake password", "data", "SNOWFLAKE_PASSWORD", (g) => g.s(20, ALNUM + "!#%")),
  T("Databricks PAT", "data", "DATABRICKS_TOKEN", (g) => j("dap", "i", g.hex(32))),
  T("Upstash Redis REST token", "data", "UPSTASH_REDIS_REST_TOKEN", (g) => j("AX", g.s(4, ALNUM), "AAIjcDE", g.s(56, B64URL))),
  T("Pinecone API key", "data", "PINECONE_API_KEY", (g) => j("pc", "sk_", g.s(5, LOWNUM), "_", g.s(64, ALNUM))),
  // devtools
  T("GitHub classic PAT", "devtools", "GITHUB_TOKEN", (g) => j("gh", "p_", g.s(36))),
  T("GitHub fine-grained PAT", "devtools", "GH_TOKEN", (g) => j("github", "_pat_", g.s(22, ALNUM), "_", g.s(59, ALNUM))),
  T("GitHub OAuth token", "devtools", "GITHUB_OAUTH_TOKEN", (g) => j("gh", "o_", g.s(36))),
  T("GitHub app installation token", "devtools", "GITHUB_APP_TOKEN", (g) => j("gh", "s_", g.s(36))),
  T("GitLab PAT", "devtools", "GITLAB_TOKEN", (g) => j("gl", "pat-", g.s(20, B64URL))),
  T("npm automation token", "devtools", "NPM_TOKEN", (g) => j("np", "m_", g.s(36))),
  T("PyPI API token", "devtools", "PYPI_TOKEN", (g) => j("pypi-", "AgEIcHlwaS5vcmc", g.s(120, B64URL))),
  T("Docker Hub PAT", "devtools", "DOCKERHUB_TOKEN", (g) => j("dck", "r_pat_", g.s(27, B64URL))),
  T("Bitbucket app password", "devtools", "BITBUCKET_APP_PASSWORD", (g) => j("ATB", "B", g.s(28, ALNUM), g.hex(8).toUpperCase())),
  T("Atlassian API token", "devtools", "JIRA_API_TOKEN", (g) => j("ATA", "TT3xFfGF0", g.s(176, B64URL), "=", g.hex(8).toUpperCase())),
  T("Terraform Cloud token", "devtools", "TFE_TOKEN", (g) => j(g.s(14, ALNUM), ".atlas", "v1.", g.s(67, ALNUM))),
  T("HashiCorp Vault token", "devtools", "VAULT_TOKEN", (g) => j("hv", "s.", g.s(90, B64URL))),
  T("Doppler service token", "devtools", "DOPPLER_TOKEN", (g) => j("dp", ".st.", "prd.", g.s(43, ALNUM))),
  T("CircleCI personal token", "devtools", "CIRCLECI_TOKEN", (g) => j("CCI", "PAT_", g.s(22, ALNUM), "_", g.hex(40))),
  // keys
  T("RSA private key (PEM)", "keys", "TLS_PRIVATE_KEY", (g) => j("-----BEGIN RSA ", "PRIVATE KEY-----\\n", "MIIEpAIBAAKCAQEA", g.s(48, ALNUM + "+/"), "\\n", g.s(64, ALNUM + "+/"), "\\n", g.s(64, ALNUM + "+/"), "\\n-----END RSA ", "PRIVATE KEY-----")),
  T("OpenSSH private key", "keys", "DEPLOY_SSH_KEY", (g) => j("-----BEGIN OPENSSH ", "PRIVATE KEY-----\\n", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\\n", g.s(70, ALNUM + "+/"), "\\n-----END OPENSSH ", "PRIVATE KEY-----")),
  T("age secret key", "keys", "SOPS_AGE_KEY", (g) => j("AGE-", "SECRET-KEY-1", g.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))),
  // observability
  T("Datadog API key", "observability", "DD_API_KEY", (g) => g.hex(32)),
  T("Datadog application key", "observability", "DD_APP_KEY", (g) => g.hex(40)),
  T("New Relic license key", "observability", "NEW_RELIC_LICENSE_KEY", (g) => j(g.hex(36), "NRAL")),
  T("New Relic user API key", "observability", "NEW_RELIC_API_KEY", (g) => j("NR", "AK-", g.s(27, UPNUM))),
  T("Sentry auth token", "observability", "SENTRY_AUTH_TOKEN", (g) => j("sn", "trys_", g.b64url(90))),
  T("Grafana service account token", "observability", "GRAFANA_TOKEN", (g) => j("gl", "sa_", g.s(32, ALNUM), "_", g.hex(8))),
  // payment
  T("Stripe secret key", "payment", "STRIPE_SECRET_KEY", (g) => j("sk", "_live_", g.s(99, ALNUM))),
  T("Stripe restricted key", "payment", "STRIPE_RESTRICTED_KEY", (g) => j("rk", "_live_", g.s(99, ALNUM))),
  T("Stripe webhook secret", "payment", "STRIPE_WEBHOOK_SECRET", (g) => j("wh", "sec_", g.s(32, ALNUM))),
  T("Square access token", "payment", "SQUARE_ACCESS_TOKEN", (g) => j("EAAA", "E", g.s(59, B64URL))),
  T("PayPal client secret", "payment", "PAYPAL_CLIENT_SECRET", (g) => j("E", g.s(79, B64URL))),
  T("Braintree access token", "payment", "BRAINTREE_ACCESS_TOKEN", (g) => j("access_token", "$production$", g.s(16, LOWNUM), "$", g.hex(32))),
  T("Shopify admin access token", "payment", "SHOPIFY_ACCESS_TOKEN", (g) => j("shp", "at_", g.hex(32))),
  // saas
  T("Notion integration secret", "saas", "NOTION_TOKEN", (g) => j("nt", "n_", g.s(46, ALNUM))),
  T("Linear API key", "saas", "LINEAR_API_KEY", (g) => j("lin", "_api_", g.s(40, ALNUM))),
  T("Airtable PAT", "saas", "AIRTABLE_TOKEN", (g) => j("pat", g.s(14, ALNUM), ".", g.hex(64))),
  T("Figma PAT", "saas", "FIGMA_TOKEN", (g) => j("fig", "d_", g.s(40, B64URL))),
  T("Postman API key", "saas", "POSTMAN_API_KEY", (g) => j("PM", "AK-", g.hex(24), "-", g.hex(34))),
  T("HubSpot private app token", "saas", "HUBSPOT_ACCESS_TOKEN", (g) => j("pat", "-na1-", g.uuid())),
  T("Algolia admin key", "saas", "ALGOLIA_ADMIN_KEY", (g) => g.hex(32)),
  T("Contentful management token", "saas", "CONTENTFUL_MANAGEMENT_TOKEN", (g) => j("CFP", "AT-", g.s(43, B64URL))),
  T("Mapbox secret token", "saas", "MAPBOX_SECRET_TOKEN", (g) => j("s", "k.", g.b64url(60), ".", g.s(22, B64URL))),
  T("LaunchDarkly SDK server key", "saas", "LAUNCHDARKLY_SDK_KEY", (g) => j("sdk", "-", g.uuid())),
  T("PostHog personal API key", "saas", "POSTHOG_PERSONAL_API_KEY", (g) => j("ph", "x_", g.s(47, ALNUM))),
  T("Dropbox access token", "saas", "DROPBOX_ACCESS_TOKEN", (g) => j("sl", ".u.", g.s(140, B64URL))),
];

void DIG; void HEX; void UP;
const first = build(toks, 50101, "y50-c", "heldouty50-sec", 0);
const second = build(toks.filter((_, i) => i % 7 === 0 || i % 7 === 3), 50102, "y50-cc", "heldouty50-sec", 17);

export const cases: CorpusCase[] = [...first, ...second];
