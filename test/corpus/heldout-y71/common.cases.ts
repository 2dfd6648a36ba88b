// heldout-y71: common providers, each rendered twice through the rotating context renderers.
import type { CorpusCase } from "../types.ts";
import { A, B32, B64, B64U, D, Gen, H, HU, L, U, renderCases, type Tok } from "./_gen.ts";

const g = new Gen(0x71c0);

type Spec = [string, string, string, (g: Gen) => string, string?, ((g: Gen) => [string, string][])?];

const specs: Spec[] = [
  // ai
  ["OpenAI project key", "ai", "OPENAI_API_KEY", (g) => g.j("sk-", "proj-", g.s(58, B64U), "T3Blbk", "FJ", g.s(58, B64U))],
  ["OpenAI service account key", "ai", "OPENAI_API_KEY", (g) => g.j("sk-", "svcacct-", g.s(58, B64U), "T3Blbk", "FJ", g.s(58, B64U))],
  ["OpenAI admin key", "ai", "OPENAI_ADMIN_KEY", (g) => g.j("sk-", "admin-", g.s(58, B64U), "T3Blbk", "FJ", g.s(58, B64U))],
  ["Anthropic API key", "ai", "ANTHROPIC_API_KEY", (g) => g.j("sk-", "ant-api03-", g.s(93, B64U), "AA"), "x-api-key"],
  ["Anthropic admin key", "ai", "ANTHROPIC_ADMIN_KEY", (g) => g.j("sk-", "ant-admin01-", g.s(93, B64U), "AA"), "x-api-key"],
  ["Hugging Face token", "ai", "HF_TOKEN", (g) => g.j("hf", "_", g.s(34, A))],
  ["Google Gemini API key", "ai", "GEMINI_API_KEY", (g) => g.j("AI", "za", g.s(35, B64U)), "x-goog-api-key"],
  ["Groq API key", "ai", "GROQ_API_KEY", (g) => g.j("gs", "k_", g.s(52, A))],
  ["Replicate API token", "ai", "REPLICATE_API_TOKEN", (g) => g.j("r8", "_", g.s(37, A))],
  ["Perplexity API key", "ai", "PERPLEXITY_API_KEY", (g) => g.j("pp", "lx-", g.s(48, A))],
  ["xAI API key", "ai", "XAI_API_KEY", (g) => g.j("xa", "i-", g.s(80, A))],
  ["OpenRouter key", "ai", "OPENROUTER_API_KEY", (g) => g.j("sk-", "or-v1-", g.s(64, H))],
  ["Mistral API key", "ai", "MISTRAL_API_KEY", (g) => g.s(32, A)],
  ["Cohere API key", "ai", "COHERE_API_KEY", (g) => g.s(40, A)],
  ["DeepSeek API key", "ai", "DEEPSEEK_API_KEY", (g) => g.j("sk-", g.s(32, H))],
  ["LangSmith API key", "ai", "LANGSMITH_API_KEY", (g) => g.j("lsv2", "_pt_", g.s(32, H), "_", g.s(10, H))],
  ["Pinecone API key", "ai", "PINECONE_API_KEY", (g) => g.j("pc", "sk_", g.s(5, L), "_", g.s(62, A))],
  // auth
  ["Okta API token", "auth", "OKTA_API_TOKEN", (g) => g.j("00", g.s(40, B64U))],
  ["Auth0 client secret", "auth", "AUTH0_CLIENT_SECRET", (g) => g.s(64, B64U), undefined, (g) => [["AUTH0_CLIENT_ID", g.s(32, A)], ["AUTH0_DOMAIN", `acme-${g.s(4, L)}.eu.auth0.com`]]],
  ["Google OAuth client secret", "auth", "GOOGLE_CLIENT_SECRET", (g) => g.j("GOCS", "PX-", g.s(28, B64U)), undefined, (g) => [["GOOGLE_CLIENT_ID", `${g.s(12, D)}-${g.s(32, L)}.apps.googleusercontent.com`]]],
  ["Azure AD client secret", "auth", "AZURE_CLIENT_SECRET", (g) => g.j(g.s(3, A), "8Q~", g.s(34, `${A}_.~-`)), undefined, (g) => [["AZURE_TENANT_ID", g.uuid()], ["AZURE_CLIENT_ID", g.uuid()]]],
  ["JWT signing secret", "auth", "JWT_SECRET", (g) => g.s(64, H)],
  ["Session cookie secret", "auth", "SESSION_SECRET", (g) => g.b64(48)],
  ["Clerk secret key", "auth", "CLERK_SECRET_KEY", (g) => g.j("sk", "_live_", g.s(40, A))],
  ["Google OAuth refresh token", "auth", "GOOGLE_REFRESH_TOKEN", (g) => g.j("1//", "0", g.s(1, A), g.s(100, B64U))],
  // cloud
  ["AWS access key pair", "cloud", "AWS_SECRET_ACCESS_KEY", (g) => g.s(40, `${A}/+`), undefined, (g) => [["AWS_ACCESS_KEY_ID", g.j("AK", "IA", g.s(16, B32))]]],
  ["AWS STS session", "cloud", "AWS_SESSION_TOKEN", (g) => g.j("IQoJb3JpZ2luX2Vj", g.s(300, B64)), undefined, (g) => [["AWS_ACCESS_KEY_ID", g.j("AS", "IA", g.s(16, B32))], ["AWS_SECRET_ACCESS_KEY", g.s(40, `${A}/+`)]]],
  ["GCP API key", "cloud", "GOOGLE_API_KEY", (g) => g.j("AI", "za", g.s(35, B64U)), "x-goog-api-key"],
  ["Azure storage connection string", "cloud", "AZURE_STORAGE_CONNECTION_STRING", (g) => `DefaultEndpointsProtocol=https;AccountName=acme${g.s(6, L)};AccountKey=${g.b64(64)};EndpointSuffix=core.windows.net`],
  ["DigitalOcean PAT", "cloud", "DIGITALOCEAN_TOKEN", (g) => g.j("do", "p_v1_", g.s(64, H))],
  ["Heroku API key", "cloud", "HEROKU_API_KEY", (g) => g.j("HR", "KU-AA", g.s(58, B64U))],
  ["Cloudflare API token", "cloud", "CLOUDFLARE_API_TOKEN", (g) => g.s(40, B64U)],
  ["Vercel token", "cloud", "VERCEL_TOKEN", (g) => g.j("vc", "p_", g.s(56, A))],
  ["Netlify PAT", "cloud", "NETLIFY_AUTH_TOKEN", (g) => g.j("nf", "p_", g.s(36, A))],
  ["Fly.io token", "cloud", "FLY_API_TOKEN", (g) => g.j("Fly", "V1 fm2_", g.s(200, B64U))],
  ["Alibaba Cloud AccessKey", "cloud", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", (g) => g.s(30, A), undefined, (g) => [["ALIBABA_CLOUD_ACCESS_KEY_ID", g.j("LT", "AI", g.s(20, A))]]],
  // comms
  ["Slack bot token", "comms", "SLACK_BOT_TOKEN", (g) => g.j("xo", "xb-", g.s(12, D), "-", g.s(13, D), "-", g.s(24, A))],
  ["Slack user token", "comms", "SLACK_USER_TOKEN", (g) => g.j("xo", "xp-", g.s(12, D), "-", g.s(12, D), "-", g.s(13, D), "-", g.s(32, H))],
  ["Slack incoming webhook", "comms", "SLACK_WEBHOOK_URL", (g) => g.j("https://hooks.", "slack.com/services/T", g.s(10, U), "/B", g.s(10, U), "/", g.s(24, A))],
  ["Discord bot token", "comms", "DISCORD_BOT_TOKEN", (g) => g.j("MT", g.s(24, A), ".", g.s(6, B64U), ".", g.s(38, B64U)), "Authorization"],
  ["Telegram bot token", "comms", "TELEGRAM_BOT_TOKEN", (g) => g.j(g.s(10, D), ":AA", g.s(33, B64U))],
  ["Twilio auth token", "comms", "TWILIO_AUTH_TOKEN", (g) => g.s(32, H), undefined, (g) => [["TWILIO_ACCOUNT_SID", g.j("AC", g.s(32, H))]]],
  ["SendGrid API key", "comms", "SENDGRID_API_KEY", (g) => g.j("SG", ".", g.s(22, B64U), ".", g.s(43, B64U))],
  ["Mailgun API key", "comms", "MAILGUN_API_KEY", (g) => g.j(g.s(32, H), "-", g.s(8, H), "-", g.s(8, H))],
  ["Mailchimp API key", "comms", "MAILCHIMP_API_KEY", (g) => g.j(g.s(32, H), "-us", String(g.range(2, 21)))],
  ["Postmark server token", "comms", "POSTMARK_SERVER_TOKEN", (g) => g.uuid(), "X-Postmark-Server-Token"],
  // data
  ["Postgres URL", "data", "DATABASE_URL", (g) => `postgres://app_${g.s(4, L)}:${g.s(24, A)}@db-prod.${g.s(6, L)}.eu-west-1.rds.amazonaws.com:5432/app`],
  ["MongoDB Atlas URI", "data", "MONGODB_URI", (g) => `mongodb+srv://svc:${g.s(20, A)}@cluster0.${g.s(5, L)}.mongodb.net/prod?retryWrites=true&w=majority`],
  ["Redis URL", "data", "REDIS_URL", (g) => `rediss://default:${g.s(32, A)}@redis-${g.range(10000, 19999)}.c${g.range(1, 300)}.eu-central-1-1.ec2.redns.redis-cloud.com:${g.range(10000, 19999)}`],
  ["Supabase service role key", "data", "SUPABASE_SERVICE_ROLE_KEY", (g) => g.jwt({ iss: "supabase", ref: g.s(20, "abcdefghijklmnopqrstuvwxyz"), role: "service_role", iat: 1730000000, exp: 2045576000 })],
  ["PlanetScale password", "data", "DATABASE_PASSWORD", (g) => g.j("pscale", "_pw_", g.s(43, B64U))],
  ["Neon connection string", "data", "NEON_DATABASE_URL", (g) => `postgresql://neondb_owner:${g.j("npg", "_", g.s(12, A))}@ep-${g.s(5, "abcdefghijklmnopqrstuvwxyz")}-${g.s(5, "abcdefghijklmnopqrstuvwxyz")}-${g.s(8, L)}.eu-central-1.aws.neon.tech/neondb?sslmode=require`],
  ["Upstash Redis REST token", "data", "UPSTASH_REDIS_REST_TOKEN", (g) => g.j("AX", g.s(3, A), "AAIjcDE", g.s(40, A))],
  ["Snowflake password", "data", "SNOWFLAKE_PASSWORD", (g) => g.s(20, `${A}!#%`), undefined, (g) => [["SNOWFLAKE_ACCOUNT", `${g.s(7, U)}-${g.s(7, U)}`], ["SNOWFLAKE_USER", "ETL_SVC"]]],
  ["Databricks PAT", "data", "DATABRICKS_TOKEN", (g) => g.j("dap", "i", g.s(32, H))],
  // devtools
  ["GitHub classic PAT", "devtools", "GITHUB_TOKEN", (g) => g.j("gh", "p_", g.s(36, A))],
  ["GitHub fine-grained PAT", "devtools", "GH_TOKEN", (g) => g.j("github", "_pat_", "11", g.s(20, U), "_", g.s(59, A))],
  ["GitHub OAuth token", "devtools", "GITHUB_OAUTH_TOKEN", (g) => g.j("gh", "o_", g.s(36, A))],
  ["GitHub app installation token", "devtools", "GITHUB_APP_TOKEN", (g) => g.j("gh", "s_", g.s(36, A))],
  ["GitLab PAT", "devtools", "GITLAB_TOKEN", (g) => g.j("gl", "pat-", g.s(20, B64U)), "PRIVATE-TOKEN"],
  ["npm token", "devtools", "NPM_TOKEN", (g) => g.j("np", "m_", g.s(36, A))],
  ["PyPI upload token", "devtools", "TWINE_PASSWORD", (g) => g.j("pyp", "i-AgEIcHlwaS5vcmc", g.s(70, B64U))],
  ["Docker Hub PAT", "devtools", "DOCKERHUB_TOKEN", (g) => g.j("dck", "r_pat_", g.s(27, B64U))],
  ["Terraform Cloud token", "devtools", "TFE_TOKEN", (g) => g.j(g.s(14, A), ".at", "lasv1.", g.s(67, A))],
  ["HashiCorp Vault token", "devtools", "VAULT_TOKEN", (g) => g.j("hv", "s.", g.s(24, A)), "X-Vault-Token"],
  ["Doppler service token", "devtools", "DOPPLER_TOKEN", (g) => g.j("dp", ".st.", "prd.", g.s(43, A))],
  ["Postman API key", "devtools", "POSTMAN_API_KEY", (g) => g.j("PM", "AK-", g.s(24, H), "-", g.s(34, H)), "X-Api-Key"],
  // keys
  ["RSA private key", "keys", "TLS_PRIVATE_KEY", (g) => g.pem(["RSA", "PRIVATE KEY"].join(" "), 600)],
  ["OpenSSH private key", "keys", "DEPLOY_SSH_KEY", (g) => g.pem(["OPENSSH", "PRIVATE KEY"].join(" "), 300)],
  ["EC private key", "keys", "SIGNING_KEY", (g) => g.pem(["EC", "PRIVATE KEY"].join(" "), 121)],
  ["age secret key", "keys", "SOPS_AGE_KEY", (g) => g.j("AGE-", "SECRET-KEY-1", g.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))],
  // observability
  ["Datadog API key", "observability", "DD_API_KEY", (g) => g.s(32, H), "DD-API-KEY", (g) => [["DD_APP_KEY", g.s(40, H)]]],
  ["New Relic license key", "observability", "NEW_RELIC_LICENSE_KEY", (g) => g.j(g.s(36, H), "NRAL")],
  ["New Relic user key", "observability", "NEW_RELIC_API_KEY", (g) => g.j("NR", "AK-", g.s(27, U)), "Api-Key"],
  ["Sentry auth token", "observability", "SENTRY_AUTH_TOKEN", (g) => g.j("sntry", "s_", g.b64url(120))],
  ["Grafana service account token", "observability", "GRAFANA_TOKEN", (g) => g.j("gl", "sa_", g.s(32, A), "_", g.s(8, H))],
  // payment
  ["Stripe secret key", "payment", "STRIPE_SECRET_KEY", (g) => g.j("sk", "_live_", "51", g.s(97, A))],
  ["Stripe restricted key", "payment", "STRIPE_API_KEY", (g) => g.j("rk", "_live_", "51", g.s(97, A))],
  ["Stripe webhook secret", "payment", "STRIPE_WEBHOOK_SECRET", (g) => g.j("wh", "sec_", g.s(32, A))],
  ["Square access token", "payment", "SQUARE_ACCESS_TOKEN", (g) => g.j("EAAA", "l", g.s(59, B64U))],
  ["PayPal client secret", "payment", "PAYPAL_CLIENT_SECRET", (g) => g.j("E", g.s(79, B64U)), undefined, (g) => [["PAYPAL_CLIENT_ID", g.j("A", g.s(79, B64U))]]],
  ["Braintree access token", "payment", "BRAINTREE_ACCESS_TOKEN", (g) => g.j("access_", "token$production$", g.s(16, L), "$", g.s(32, H))],
  ["Shopify admin token", "payment", "SHOPIFY_ADMIN_TOKEN", (g) => g.j("shp", "at_", g.s(32, H)), "X-Shopify-Access-Token"],
  // saas
  ["Atlassian API token", "saas", "JIRA_API_TOKEN", (g) => g.j("ATA", "TT3xFfGF0", g.s(180, B64U), "=", g.s(8, HU))],
  ["Linear API key", "saas", "LINEAR_API_KEY", (g) => g.j("lin", "_api_", g.s(40, A)), "Authorization"],
  ["Notion integration token", "saas", "NOTION_TOKEN", (g) => g.j("nt", "n_", g.s(46, A))],
  ["Airtable PAT", "saas", "AIRTABLE_TOKEN", (g) => g.j("pat", g.s(14, A), ".", g.s(64, H))],
  ["Figma PAT", "saas", "FIGMA_TOKEN", (g) => g.j("fig", "d_", g.s(40, B64U)), "X-Figma-Token"],
  ["HubSpot private app token", "saas", "HUBSPOT_ACCESS_TOKEN", (g) => g.j("pat", "-na1-", g.uuid())],
  ["Contentful management token", "saas", "CONTENTFUL_MANAGEMENT_TOKEN", (g) => g.j("CFP", "AT-", g.s(43, B64U))],
  ["Algolia admin key", "saas", "ALGOLIA_ADMIN_KEY", (g) => g.s(32, H), "X-Algolia-API-Key", (g) => [["ALGOLIA_APP_ID", g.s(10, U)]]],
  ["Mapbox secret token", "saas", "MAPBOX_SECRET_TOKEN", (g) => g.j("sk", ".eyJ1Ijoi", g.s(40, B64U), ".", g.s(22, B64U))],
  ["Dropbox access token", "saas", "DROPBOX_ACCESS_TOKEN", (g) => g.j("sl", ".u.", g.s(140, B64U))],
  ["Intercom access token", "saas", "INTERCOM_ACCESS_TOKEN", (g) => g.j("dG9r", "Oj", g.s(54, A), "=")],
];

function toTok(s: Spec): Tok {
  const [provider, group, env, make, header, extra] = s;
  return { provider, group, env, value: make(g), header, extra: extra?.(g) };
}

const first = specs.map(toTok);
const second = specs.filter((_, i) => i % 3 === 0).map(toTok);

export const cases: CorpusCase[] = [
  ...renderCases(first, g, "y71-c", 0),
  ...renderCases(second, g, "y71-c", 17).map((c, i) => ({ ...c, id: `y71-c-${String(first.length + i + 1).padStart(3, "0")}` })),
];
