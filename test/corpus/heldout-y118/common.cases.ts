// Common providers, each rotated through two DevOps/data contexts. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { B32, Gen, j, rotate, type Spec } from "./_gen.ts";

const g = new Gen(0x79118c01);
const bearer = (v: string[]) => `-H "Authorization: Bearer ${v[0]}"`;
const oai = (g: Gen, kind: string) => j("sk-", kind) + g.b64u(74) + j("T3Blbk", "FJ") + g.b64u(74);

const specs: Spec[] = [
  // ai
  { provider: "OpenAI project key", group: "ai", vars: (g) => [["OPENAI_API_KEY", oai(g, "proj-")]], auth: bearer },
  { provider: "OpenAI service-account key", group: "ai", vars: (g) => [["OPENAI_API_KEY", oai(g, "svcacct-")], ["OPENAI_PROJECT", "proj_" + g.an(24)]] },
  { provider: "Anthropic API key", group: "ai", vars: (g) => [["ANTHROPIC_API_KEY", j("sk-ant-", "api03-") + g.b64u(93) + "AA"]], auth: (v) => `-H "x-api-key: ${v[0]}" -H "anthropic-version: 2023-06-01"` },
  { provider: "Hugging Face token", group: "ai", vars: (g) => [["HF_TOKEN", j("h", "f_") + g.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")]], auth: bearer },
  { provider: "Gemini API key", group: "ai", vars: (g) => [["GEMINI_API_KEY", j("AI", "za") + g.b64u(35)]] },
  { provider: "Groq API key", group: "ai", vars: (g) => [["GROQ_API_KEY", j("gs", "k_") + g.an(52)]], auth: bearer },
  { provider: "Mistral API key", group: "ai", vars: (g) => [["MISTRAL_API_KEY", g.an(32)]] },
  { provider: "Cohere API key", group: "ai", vars: (g) => [["CO_API_KEY", g.an(40)]] },
  { provider: "Replicate API token", group: "ai", vars: (g) => [["REPLICATE_API_TOKEN", j("r8", "_") + g.an(37)]], auth: bearer },
  { provider: "LangSmith API key", group: "ai", vars: (g) => [["LANGCHAIN_API_KEY", j("lsv2", "_pt_") + g.hex(32) + "_" + g.hex(10)], ["LANGCHAIN_PROJECT", "etl-agents"]] },
  { provider: "Azure OpenAI key", group: "ai", vars: (g) => [["AZURE_OPENAI_API_KEY", g.hex(32)], ["AZURE_OPENAI_DEPLOYMENT", "gpt-4o-prod"]] },
  { provider: "Weights & Biases API key", group: "ai", vars: (g) => [["WANDB_API_KEY", g.hex(40)], ["WANDB_PROJECT", "churn-model"]] },
  // auth
  { provider: "Okta API token", group: "auth", vars: (g) => [["OKTA_API_TOKEN", j("0", "0") + g.b64u(40)]], auth: (v) => `-H "Authorization: SSWS ${v[0]}"` },
  { provider: "Auth0 client secret", group: "auth", vars: (g) => [["AUTH0_CLIENT_ID", g.an(32)], ["AUTH0_CLIENT_SECRET", g.b64u(64)]] },
  { provider: "Azure AD client secret", group: "auth", vars: (g) => [["ARM_TENANT_ID", g.uuid()], ["ARM_CLIENT_ID", g.uuid()], ["ARM_CLIENT_SECRET", g.an(3) + j("8Q", "~") + g.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.~-")]] },
  { provider: "Google OAuth client secret", group: "auth", vars: (g) => [["GOOGLE_CLIENT_ID", `${g.dig(12)}-${g.lan(32)}.apps.googleusercontent.com`], ["GOOGLE_CLIENT_SECRET", j("GOC", "SPX-") + g.b64u(28)]] },
  { provider: "HashiCorp Vault token", group: "auth", vars: (g) => [["VAULT_ADDR", "https://vault.example.net:8200"], ["VAULT_TOKEN", j("hv", "s.") + "CAESI" + g.b64u(86)]], auth: (v) => `-H "X-Vault-Token: ${v[1]}"` },
  { provider: "Doppler service token", group: "auth", vars: (g) => [["DOPPLER_TOKEN", j("dp.", "st.") + "prd." + g.an(40)]] },
  { provider: "Django SECRET_KEY", group: "auth", vars: (g) => [["DJANGO_SECRET_KEY", g.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)")]] },
  // cloud
  { provider: "AWS access key pair", group: "cloud", vars: (g) => [["AWS_ACCESS_KEY_ID", j("AK", "IA") + g.str(16, B32)], ["AWS_SECRET_ACCESS_KEY", g.b64(40)], ["AWS_DEFAULT_REGION", "us-east-1"]] },
  { provider: "AWS STS session credentials", group: "cloud", vars: (g) => [["AWS_ACCESS_KEY_ID", j("AS", "IA") + g.str(16, B32)], ["AWS_SECRET_ACCESS_KEY", g.b64(40)], ["AWS_SESSION_TOKEN", j("IQoJb3JpZ2lu", "X2VjE") + g.b64(360)]] },
  { provider: "Azure Storage connection string", group: "cloud", vars: (g) => [["AZURE_STORAGE_CONNECTION_STRING", `DefaultEndpointsProtocol=https;AccountName=acmelake${g.lan(4)};AccountKey=${g.b64bytes(64)};${j("EndpointSuffix=core.", "windows.net")}`]] },
  { provider: "DigitalOcean token", group: "cloud", vars: (g) => [["DIGITALOCEAN_TOKEN", j("dop", "_v1_") + g.hex(64)]], auth: bearer },
  { provider: "Cloudflare API token", group: "cloud", vars: (g) => [["CLOUDFLARE_API_TOKEN", g.b64u(40)], ["CLOUDFLARE_ZONE_ID", g.hex(32)]], auth: bearer },
  { provider: "Heroku API key", group: "cloud", vars: (g) => [["HEROKU_API_KEY", j("HRKU", "-AA") + g.b64u(58)]], auth: bearer },
  { provider: "Alibaba Cloud AccessKey", group: "cloud", vars: (g) => [["ALIBABA_CLOUD_ACCESS_KEY_ID", j("LT", "AI") + g.an(20)], ["ALIBABA_CLOUD_ACCESS_KEY_SECRET", g.an(30)]] },
  { provider: "Linode token", group: "cloud", vars: (g) => [["LINODE_TOKEN", g.hex(64)]], auth: bearer },
  // comms
  { provider: "Slack bot token", group: "comms", vars: (g) => [["SLACK_BOT_TOKEN", j("xo", "xb-") + g.dig(11) + "-" + g.dig(13) + "-" + g.an(24)]], auth: bearer },
  { provider: "Slack incoming webhook", group: "comms", vars: (g) => [["SLACK_WEBHOOK_URL", j("https://hooks.sl", "ack.com/services/") + "T" + g.uan(10) + "/B" + g.uan(10) + "/" + g.an(24)]] },
  { provider: "Discord webhook", group: "comms", vars: (g) => [["DISCORD_WEBHOOK_URL", j("https://discord.com/api/", "webhooks/") + g.dig(19) + "/" + g.b64u(68)]] },
  { provider: "Telegram bot token", group: "comms", vars: (g) => [["TELEGRAM_BOT_TOKEN", g.dig(10) + ":" + j("A", "A") + g.b64u(33)], ["TELEGRAM_CHAT_ID", "-100" + g.dig(10)]] },
  { provider: "Twilio API key and secret", group: "comms", vars: (g) => [["TWILIO_API_KEY", j("S", "K") + g.hex(32)], ["TWILIO_API_SECRET", g.an(32)]], auth: (v) => `-u "${v[0]}:${v[1]}"` },
  { provider: "SendGrid API key", group: "comms", vars: (g) => [["SENDGRID_API_KEY", j("S", "G.") + g.b64u(22) + "." + g.b64u(43)]], auth: bearer },
  { provider: "Mailgun API key", group: "comms", vars: (g) => [["MAILGUN_API_KEY", g.hex(32) + "-" + g.hex(8) + "-" + g.hex(8)], ["MAILGUN_DOMAIN", "mg.example.com"]], auth: (v) => `-u "api:${v[0]}"` },
  // data
  { provider: "PostgreSQL URL with password", group: "data", url: true, vars: (g) => [["DATABASE_URL", `postgresql://etl_rw:${g.an(24)}@pg-prod.internal.test:5432/warehouse?sslmode=require`]] },
  { provider: "MySQL URL with password", group: "data", url: true, vars: (g) => [["MYSQL_URL", `mysql://orders_app:${g.an(20)}@mysql-prod.example.net:3306/orders`]] },
  { provider: "MongoDB SRV URL with password", group: "data", url: true, vars: (g) => [["MONGODB_URI", `mongodb+srv://ingest:${g.an(16)}@cluster0.${g.lan(5)}.example.net/?retryWrites=true&w=majority&appName=ingest`]] },
  { provider: "Redis URL with password", group: "data", url: true, vars: (g) => [["REDIS_URL", `rediss://default:${g.an(32)}@cache-prod.example.net:6380/0`]] },
  { provider: "Snowflake password", group: "data", vars: (g) => [["SNOWFLAKE_ACCOUNT", "acme-" + g.lo(2) + g.dig(5)], ["SNOWFLAKE_USER", "LOADER_SVC"], ["SNOWFLAKE_PASSWORD", g.an(14) + g.pick(["!", "#", "%", "@"]) + g.an(5)]] },
  { provider: "Databricks PAT", group: "data", vars: (g) => [["DATABRICKS_HOST", `https://adb-${g.dig(16)}.7.example.net`], ["DATABRICKS_TOKEN", j("da", "pi") + g.hex(32)]], auth: (v) => `-H "Authorization: Bearer ${v[1]}"` },
  { provider: "Supabase service-role key", group: "data", vars: (g) => { const ref = g.lo(20); return [["SUPABASE_URL", `https://${ref}.example.co`.replace(".co", ".net")], ["SUPABASE_SERVICE_ROLE_KEY", g.jwt({ iss: "supabase", ref, role: "service_role", iat: 1718000000 + g.int(9000000), exp: 2033000000 + g.int(9000000) })]]; } },
  { provider: "PlanetScale service token", group: "data", vars: (g) => [["PLANETSCALE_SERVICE_TOKEN_ID", g.lan(12)], ["PLANETSCALE_SERVICE_TOKEN", j("pscale", "_tkn_") + g.b64u(43)]] },
  { provider: "Pinecone API key", group: "data", vars: (g) => [["PINECONE_API_KEY", j("pc", "sk_") + g.an(5) + "_" + g.an(63)], ["PINECONE_INDEX", "docs-embeddings"]] },
  // devtools
  { provider: "GitHub classic PAT", group: "devtools", vars: (g) => [["GITHUB_TOKEN", j("gh", "p_") + g.an(36)]], auth: (v) => `-H "Authorization: token ${v[0]}"` },
  { provider: "GitHub fine-grained PAT", group: "devtools", vars: (g) => [["GH_TOKEN", j("github", "_pat_") + "11" + g.uan(20) + "_" + g.an(59)]], auth: bearer },
  { provider: "GitLab PAT", group: "devtools", vars: (g) => [["GITLAB_TOKEN", j("gl", "pat-") + g.b64u(20)]], auth: (v) => `-H "PRIVATE-TOKEN: ${v[0]}"` },
  { provider: "npm automation token", group: "devtools", vars: (g) => [["NPM_TOKEN", j("np", "m_") + g.an(36)]] },
  { provider: "PyPI API token", group: "devtools", vars: (g) => [["TWINE_USERNAME", "__token__"], ["TWINE_PASSWORD", j("pypi-", "AgEIcHlwaS5vcmc") + g.b64u(150)]] },
  { provider: "Docker Hub PAT", group: "devtools", vars: (g) => [["DOCKERHUB_USERNAME", "acmeci"], ["DOCKERHUB_TOKEN", j("dckr", "_pat_") + g.b64u(27)]] },
  { provider: "Terraform Cloud token", group: "devtools", vars: (g) => [["TFE_TOKEN", g.an(14) + j(".atlas", "v1.") + g.an(67)]], auth: bearer },
  { provider: "CircleCI personal token", group: "devtools", vars: (g) => [["CIRCLE_TOKEN", j("CCI", "PAT_") + g.an(22) + "_" + g.hex(40)]], auth: (v) => `-H "Circle-Token: ${v[0]}"` },
  { provider: "Bitbucket app password", group: "devtools", vars: (g) => [["BITBUCKET_USERNAME", "acme-deploy"], ["BITBUCKET_APP_PASSWORD", j("AT", "BB") + g.an(28) + g.HEX(8)]], auth: (v) => `-u "acme-deploy:${v[1]}"` },
  // observability
  { provider: "Datadog API and application keys", group: "observability", vars: (g) => [["DD_API_KEY", g.hex(32)], ["DD_APP_KEY", g.hex(40)], ["DD_ENV", "prod"]], auth: (v) => `-H "DD-API-KEY: ${v[0]}" -H "DD-APPLICATION-KEY: ${v[1]}"` },
  { provider: "New Relic user key", group: "observability", vars: (g) => [["NEW_RELIC_API_KEY", j("NR", "AK-") + g.uan(27)], ["NEW_RELIC_ACCOUNT_ID", g.dig(7)]], auth: (v) => `-H "API-Key: ${v[0]}"` },
  { provider: "Sentry org auth token", group: "observability", vars: (g) => [["SENTRY_AUTH_TOKEN", j("sntry", "s_") + Buffer.from(JSON.stringify({ iat: 1720000000 + g.int(20000000), url: "https://sentry.example.com", region_url: "https://sentry.example.com", org: "acme" })).toString("base64") + "_" + g.an(43)], ["SENTRY_ORG", "acme"]] },
  { provider: "Grafana service account token", group: "observability", vars: (g) => [["GRAFANA_URL", "https://grafana.example.net"], ["GRAFANA_SA_TOKEN", j("gl", "sa_") + g.an(32) + "_" + g.hex(8)]], auth: (v) => `-H "Authorization: Bearer ${v[1]}"` },
  { provider: "PagerDuty REST API token", group: "observability", vars: (g) => [["PAGERDUTY_API_TOKEN", g.b64u(20)]], auth: (v) => `-H "Authorization: Token token=${v[0]}"` },
  // payment
  { provider: "Stripe live secret key", group: "payment", vars: (g) => [["STRIPE_SECRET_KEY", j("sk", "_live_") + "51" + g.an(97)]], auth: (v) => `-u "${v[0]}:"` },
  { provider: "Stripe webhook signing secret", group: "payment", vars: (g) => [["STRIPE_WEBHOOK_SECRET", j("wh", "sec_") + g.an(32)]] },
  { provider: "Square access token", group: "payment", vars: (g) => [["SQUARE_ACCESS_TOKEN", j("EA", "AA") + g.b64u(60)], ["SQUARE_ENVIRONMENT", "production"]], auth: bearer },
  { provider: "PayPal client secret", group: "payment", vars: (g) => [["PAYPAL_CLIENT_ID", "A" + g.b64u(79)], ["PAYPAL_CLIENT_SECRET", "E" + g.b64u(79)]], auth: (v) => `-u "${v[0]}:${v[1]}"` },
  { provider: "Shopify Admin API token", group: "payment", vars: (g) => [["SHOPIFY_STORE", "acme-outdoors.myshop.example.com"], ["SHOPIFY_ADMIN_TOKEN", j("sh", "pat_") + g.hex(32)]], auth: (v) => `-H "X-Shopify-Access-Token: ${v[1]}"` },
  // saas
  { provider: "Atlassian API token", group: "saas", vars: (g) => [["JIRA_USER", "ci-bot@example.com"], ["JIRA_API_TOKEN", j("ATAT", "T3xFfGF0") + g.b64u(176) + "=" + g.HEX(8)]], auth: (v) => `-u "${v[0]}:${v[1]}"` },
  { provider: "Linear API key", group: "saas", vars: (g) => [["LINEAR_API_KEY", j("lin", "_api_") + g.an(40)]], auth: (v) => `-H "Authorization: ${v[0]}"` },
  { provider: "Notion integration token", group: "saas", vars: (g) => [["NOTION_TOKEN", j("nt", "n_") + g.dig(11) + g.an(35)]], auth: bearer },
  { provider: "Airtable PAT", group: "saas", vars: (g) => [["AIRTABLE_PAT", j("pa", "t") + g.an(14) + "." + g.hex(64)], ["AIRTABLE_BASE_ID", "app" + g.an(14)]], auth: bearer },
  { provider: "HubSpot private app token", group: "saas", vars: (g) => [["HUBSPOT_ACCESS_TOKEN", j("pat-", "na1-") + g.uuid()]], auth: bearer },
  { provider: "Figma PAT", group: "saas", vars: (g) => [["FIGMA_TOKEN", j("fig", "d_") + g.b64u(40)]], auth: (v) => `-H "X-Figma-Token: ${v[0]}"` },
];

export const cases: CorpusCase[] = rotate({ g, specs, per: 2, idPrefix: "c" });
