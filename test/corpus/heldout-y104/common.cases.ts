// heldout-y104: well-known providers, rotated through the shared renderers, plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { buildRotated, CAT_PREFIX, Gen, mk, P, pem, type Spec } from "./_gen.ts";

const g = new Gen(104_001);
const akid = (x: Gen) => P("AK", "IA") + x.b32(16);
const awsSecret = (x: Gen) => x.b64(40);

const specs: Spec[] = [
  // ---- AI
  { p: "OpenAI project key", cat: "ai", slot: "OPENAI_API_KEY", v: (x) => P("sk-", "proj-") + x.b64u(74) + P("T3Blbk", "FJ") + x.b64u(74), hdr: "Authorization: Bearer {v}" },
  { p: "OpenAI service-account key", cat: "ai", slot: "OPENAI_API_KEY", v: (x) => P("sk-", "svcacct-") + x.b64u(74) + P("T3Blbk", "FJ") + x.b64u(74), hdr: "Authorization: Bearer {v}" },
  { p: "OpenAI admin key", cat: "ai", slot: "OPENAI_ADMIN_KEY", v: (x) => P("sk-", "admin-") + x.b64u(74) + P("T3Blbk", "FJ") + x.b64u(74), hdr: "Authorization: Bearer {v}" },
  { p: "Anthropic API key", cat: "ai", slot: "ANTHROPIC_API_KEY", v: (x) => P("sk-", "ant-", "api03-") + x.b64u(93) + "AA", hdr: "x-api-key: {v}" },
  { p: "Anthropic admin key", cat: "ai", slot: "ANTHROPIC_ADMIN_KEY", v: (x) => P("sk-", "ant-", "admin01-") + x.b64u(93) + "AA", hdr: "x-api-key: {v}" },
  { p: "Hugging Face user access token", cat: "ai", slot: "HF_TOKEN", v: (x) => P("h", "f_") + x.a(34), hdr: "Authorization: Bearer {v}" },
  { p: "Cohere API key", cat: "ai", slot: "COHERE_API_KEY", v: (x) => x.a(40), hdr: "Authorization: Bearer {v}" },
  { p: "Mistral API key", cat: "ai", slot: "MISTRAL_API_KEY", v: (x) => x.a(32), hdr: "Authorization: Bearer {v}" },
  { p: "Groq API key", cat: "ai", slot: "GROQ_API_KEY", v: (x) => P("gs", "k_") + x.a(52), hdr: "Authorization: Bearer {v}" },
  { p: "Replicate API token", cat: "ai", slot: "REPLICATE_API_TOKEN", v: (x) => P("r", "8_") + x.a(37), hdr: "Authorization: Bearer {v}" },
  { p: "Perplexity API key", cat: "ai", slot: "PERPLEXITY_API_KEY", v: (x) => P("pp", "lx-") + x.a(48), hdr: "Authorization: Bearer {v}" },
  { p: "Google Gemini API key", cat: "ai", slot: "GEMINI_API_KEY", v: (x) => P("AI", "za") + x.b64u(35), hdr: "x-goog-api-key: {v}" },
  { p: "xAI API key", cat: "ai", slot: "XAI_API_KEY", v: (x) => P("xa", "i-") + x.a(80), hdr: "Authorization: Bearer {v}" },
  { p: "OpenRouter API key", cat: "ai", slot: "OPENROUTER_API_KEY", v: (x) => P("sk-", "or-", "v1-") + x.h(64), hdr: "Authorization: Bearer {v}" },
  { p: "DeepSeek API key", cat: "ai", slot: "DEEPSEEK_API_KEY", v: (x) => P("s", "k-") + x.h(32), hdr: "Authorization: Bearer {v}" },
  { p: "LangSmith API key", cat: "ai", slot: "LANGSMITH_API_KEY", v: (x) => P("lsv2", "_pt_") + x.h(32) + "_" + x.h(10), hdr: "x-api-key: {v}" },
  { p: "Weights & Biases API key", cat: "ai", slot: "WANDB_API_KEY", v: (x) => x.h(40) },
  { p: "Pinecone API key", cat: "ai", slot: "PINECONE_API_KEY", v: (x) => P("pc", "sk_") + x.a(5) + "_" + x.a(60), hdr: "Api-Key: {v}" },
  { p: "Azure OpenAI key", cat: "ai", slot: "AZURE_OPENAI_API_KEY", v: (x) => x.h(32), w: [["AZURE_OPENAI_ENDPOINT", (x) => `https://${x.word()}-oai.openai.example.com/`]], hdr: "api-key: {v}" },
  // ---- auth
  { p: "Okta API token", cat: "auth", slot: "OKTA_API_TOKEN", v: (x) => "00" + x.b64u(40), hdr: "Authorization: SSWS {v}", w: [["OKTA_ORG_URL", (x) => `https://${x.word()}.okta.example.com`]] },
  { p: "Auth0 client secret", cat: "auth", slot: "AUTH0_CLIENT_SECRET", v: (x) => x.b64u(64), w: [["AUTH0_CLIENT_ID", (x) => x.a(32)]] },
  { p: "Auth0 Management API token", cat: "auth", slot: "AUTH0_MGMT_TOKEN", v: (x) => x.jwt({ iss: "https://tenant.auth0.example.com/", sub: `${x.a(32)}@clients`, aud: "https://tenant.auth0.example.com/api/v2/", iat: 1735000000, exp: 1835086400, scope: "read:users update:users delete:users", gty: "client-credentials" }, "RS256"), hdr: "Authorization: Bearer {v}" },
  { p: "Google OAuth client secret", cat: "auth", slot: "GOOGLE_CLIENT_SECRET", v: (x) => P("GOC", "SPX-") + x.b64u(28), w: [["GOOGLE_CLIENT_ID", (x) => `${x.d(12)}-${x.l(32)}.apps.googleusercontent.example.com`]] },
  { p: "Google OAuth refresh token", cat: "auth", slot: "GOOGLE_REFRESH_TOKEN", v: (x) => P("1", "//0") + x.b64u(101) },
  { p: "Google OAuth access token", cat: "auth", slot: "GOOGLE_ACCESS_TOKEN", v: (x) => P("ya", "29.") + "a0" + x.b64u(170), hdr: "Authorization: Bearer {v}" },
  { p: "Azure AD client secret", cat: "auth", slot: "AZURE_CLIENT_SECRET", v: (x) => x.a(3) + String(x.int(10)) + P("Q", "~") + x.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_~.-"), w: [["AZURE_TENANT_ID", (x) => x.uuid()], ["AZURE_CLIENT_ID", (x) => x.uuid()]] },
  { p: "JWT signing secret", cat: "auth", slot: "JWT_SECRET", v: (x) => x.h(64) },
  { p: "Django SECRET_KEY", cat: "auth", slot: "DJANGO_SECRET_KEY", v: (x) => x.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)") },
  { p: "Rails secret_key_base", cat: "auth", slot: "SECRET_KEY_BASE", v: (x) => x.h(128) },
  { p: "Live bearer JWT (user access token)", cat: "auth", slot: "API_ACCESS_TOKEN", v: (x) => x.jwt({ sub: x.uuid(), email: "ops@example.com", role: "admin", iss: "https://auth.example.com", iat: 1760000000, exp: 1860000000 }, "RS256"), hdr: "Authorization: Bearer {v}" },
  { p: "Clerk secret key", cat: "auth", slot: "CLERK_SECRET_KEY", v: (x) => P("sk", "_live_") + x.a(40), hdr: "Authorization: Bearer {v}" },
  { p: "GitHub OAuth app client secret", cat: "auth", slot: "GITHUB_CLIENT_SECRET", v: (x) => x.h(40), w: [["GITHUB_CLIENT_ID", (x) => P("Ov", "23li") + x.a(14)]] },
  // ---- cloud
  { p: "AWS access key pair", cat: "cloud", slot: "AWS_SECRET_ACCESS_KEY", v: awsSecret, w: [["AWS_ACCESS_KEY_ID", akid]] },
  { p: "AWS STS session credentials", cat: "cloud", slot: "AWS_SESSION_TOKEN", v: (x) => P("IQoJb3JpZ2lu", "X2Vj") + x.b64(340), w: [["AWS_ACCESS_KEY_ID", (x) => P("AS", "IA") + x.b32(16)], ["AWS_SECRET_ACCESS_KEY", awsSecret]] },
  { p: "GCP API key (server)", cat: "cloud", slot: "GOOGLE_API_KEY", v: (x) => P("AI", "za") + x.b64u(35) },
  { p: "Azure storage account key", cat: "cloud", slot: "AZURE_STORAGE_KEY", v: (x) => x.raw64(64), w: [["AZURE_STORAGE_ACCOUNT", (x) => `${x.word()}prodstore`]] },
  { p: "Azure storage connection string", cat: "cloud", slot: "AZURE_STORAGE_CONNECTION_STRING", v: (x) => `DefaultEndpointsProtocol=https;AccountName=${x.word()}data;AccountKey=${x.raw64(64)};EndpointSuffix=core.example.net` },
  { p: "Azure Service Bus connection string", cat: "cloud", slot: "SERVICEBUS_CONNECTION", v: (x) => `Endpoint=sb://${x.word()}-bus.servicebus.example.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${x.raw64(32)}` },
  { p: "Azure Cosmos DB key", cat: "cloud", slot: "COSMOS_KEY", v: (x) => x.raw64(64), w: [["COSMOS_ENDPOINT", (x) => `https://${x.word()}.documents.example.com:443/`]] },
  { p: "DigitalOcean personal access token", cat: "cloud", slot: "DIGITALOCEAN_TOKEN", v: (x) => P("do", "p_v1_") + x.h(64), hdr: "Authorization: Bearer {v}" },
  { p: "Heroku API key", cat: "cloud", slot: "HEROKU_API_KEY", v: (x) => P("HR", "KU-") + "AA" + x.b64u(58), hdr: "Authorization: Bearer {v}" },
  { p: "Netlify personal access token", cat: "cloud", slot: "NETLIFY_AUTH_TOKEN", v: (x) => P("nf", "p_") + x.a(36), hdr: "Authorization: Bearer {v}" },
  { p: "Vercel token", cat: "cloud", slot: "VERCEL_TOKEN", v: (x) => x.a(24), hdr: "Authorization: Bearer {v}" },
  { p: "Fly.io token", cat: "cloud", slot: "FLY_API_TOKEN", v: (x) => P("Fly", "V1 ") + P("fm", "2_") + x.b64(180), hdr: "Authorization: {v}" },
  { p: "Cloudflare API token", cat: "cloud", slot: "CLOUDFLARE_API_TOKEN", v: (x) => x.b64u(40), hdr: "Authorization: Bearer {v}" },
  { p: "Cloudflare global API key", cat: "cloud", slot: "CF_API_KEY", v: (x) => x.h(37), w: [["CF_API_EMAIL", () => "ops@example.com"]], hdr: "X-Auth-Key: {v}" },
  { p: "Terraform Cloud token", cat: "cloud", slot: "TFE_TOKEN", v: (x) => x.a(14) + P(".atl", "asv1.") + x.a(67), hdr: "Authorization: Bearer {v}" },
  { p: "HashiCorp Vault service token", cat: "cloud", slot: "VAULT_TOKEN", v: (x) => P("hv", "s.") + "CAESI" + x.b64u(90), hdr: "X-Vault-Token: {v}" },
  { p: "Doppler service token", cat: "cloud", slot: "DOPPLER_TOKEN", v: (x) => P("dp", ".st.", "prd.") + x.a(43), hdr: "Authorization: Bearer {v}" },
  { p: "1Password service account token", cat: "cloud", slot: "OP_SERVICE_ACCOUNT_TOKEN", v: (x) => P("op", "s_") + "eyJzaWduSW5BZGRyZXNzIjoi" + x.b64(300) },
  { p: "Pulumi access token", cat: "cloud", slot: "PULUMI_ACCESS_TOKEN", v: (x) => P("pu", "l-") + x.h(40) },
  { p: "Databricks personal access token", cat: "cloud", slot: "DATABRICKS_TOKEN", v: (x) => P("da", "pi") + x.h(32), w: [["DATABRICKS_HOST", (x) => `https://adb-${x.d(16)}.7.databricks.example.net`]], hdr: "Authorization: Bearer {v}" },
  // ---- comms
  { p: "Slack bot token", cat: "comms", slot: "SLACK_BOT_TOKEN", v: (x) => P("xo", "xb-") + x.d(12) + "-" + x.d(13) + "-" + x.a(24), hdr: "Authorization: Bearer {v}" },
  { p: "Slack user token", cat: "comms", slot: "SLACK_USER_TOKEN", v: (x) => P("xo", "xp-") + x.d(12) + "-" + x.d(12) + "-" + x.d(13) + "-" + x.h(32), hdr: "Authorization: Bearer {v}" },
  { p: "Slack app-level token", cat: "comms", slot: "SLACK_APP_TOKEN", v: (x) => P("xa", "pp-1-") + "A0" + x.u(9) + "-" + x.d(13) + "-" + x.h(64) },
  { p: "Slack incoming webhook", cat: "comms", slot: "SLACK_WEBHOOK_URL", v: (x) => `https://hooks.slack.example.com/services/T0${x.u(8)}/B0${x.u(9)}/${x.a(24)}` },
  { p: "Discord bot token", cat: "comms", slot: "DISCORD_BOT_TOKEN", v: (x) => x.pick(["MT", "MTI", "MTM"]) + x.a(23) + "." + x.b64u(6) + "." + x.b64u(38), hdr: "Authorization: Bot {v}" },
  { p: "Discord webhook", cat: "comms", slot: "DISCORD_WEBHOOK_URL", v: (x) => `https://discord.example.com/api/webhooks/${x.d(19)}/${x.b64u(68)}` },
  { p: "Telegram bot token", cat: "comms", slot: "TELEGRAM_BOT_TOKEN", v: (x) => x.d(10) + P(":", "AA") + x.b64u(33) },
  { p: "Twilio API key secret", cat: "comms", slot: "TWILIO_API_SECRET", v: (x) => x.a(32), w: [["TWILIO_API_KEY", (x) => P("S", "K") + x.h(32)]], hdr: "Authorization: Basic {b}" },
  { p: "Twilio auth token", cat: "comms", slot: "TWILIO_AUTH_TOKEN", v: (x) => x.h(32) },
  { p: "SendGrid API key", cat: "comms", slot: "SENDGRID_API_KEY", v: (x) => P("S", "G.") + x.b64u(22) + "." + x.b64u(43), hdr: "Authorization: Bearer {v}" },
  { p: "Mailgun API key", cat: "comms", slot: "MAILGUN_API_KEY", v: (x) => x.h(32) + "-" + x.h(8) + "-" + x.h(8), w: [["MAILGUN_DOMAIN", () => "mg.example.com"]] },
  { p: "Mailchimp API key", cat: "comms", slot: "MAILCHIMP_API_KEY", v: (x) => x.h(32) + "-us" + (1 + x.int(21)) },
  { p: "Microsoft Teams incoming webhook", cat: "comms", slot: "TEAMS_WEBHOOK_URL", v: (x) => `https://${x.word()}.webhook.office.example.com/webhookb2/${x.uuid()}@${x.uuid()}/IncomingWebhook/${x.h(32)}/${x.uuid()}/V2${x.b64u(40)}` },
  // ---- data
  { p: "PostgreSQL URL", cat: "data", slot: "DATABASE_URL", v: (x) => `postgres://app_user:${x.a(24)}@db-${x.word()}.internal.example.net:5432/app_prod?sslmode=require` },
  { p: "MySQL URL", cat: "data", slot: "MYSQL_URL", v: (x) => `mysql://root:${x.b64u(20)}@mysql.${x.word()}.example.net:3306/shop` },
  { p: "MongoDB SRV URI", cat: "data", slot: "MONGODB_URI", v: (x) => `mongodb+srv://svc_api:${x.a(20)}@cluster0.${x.l(5)}.mongodb.example.net/prod?retryWrites=true&w=majority` },
  { p: "Redis URL", cat: "data", slot: "REDIS_URL", v: (x) => `rediss://default:${x.a(32)}@cache-${x.word()}.example.net:6380/0` },
  { p: "AMQP URL", cat: "data", slot: "AMQP_URL", v: (x) => `amqps://ingest:${x.a(22)}@mq.example.net:5671/prod` },
  { p: "MSSQL connection string", cat: "data", slot: "SQLSERVER_CONNECTION", v: (x) => `Server=tcp:sql-${x.word()}.database.example.net,1433;Initial Catalog=orders;User ID=orders_app;Password=${x.a(18)}!;Encrypt=True;` },
  { p: "Supabase service role key", cat: "data", slot: "SUPABASE_SERVICE_ROLE_KEY", v: (x) => x.jwt({ iss: "supabase", ref: x.l(20), role: "service_role", iat: 1720000000, exp: 2035576000 }), hdr: "apikey: {v}" },
  { p: "Supabase secret key", cat: "data", slot: "SUPABASE_SECRET_KEY", v: (x) => P("sb_", "secret_") + x.b64u(31) },
  { p: "PlanetScale password", cat: "data", slot: "PLANETSCALE_PASSWORD", v: (x) => P("psc", "ale_pw_") + x.b64u(43), w: [["PLANETSCALE_USERNAME", (x) => x.l(20)]] },
  { p: "Neon API key", cat: "data", slot: "NEON_API_KEY", v: (x) => P("na", "pi_") + x.l(64), hdr: "Authorization: Bearer {v}" },
  { p: "MongoDB Atlas API private key", cat: "data", slot: "MONGODB_ATLAS_PRIVATE_KEY", v: (x) => x.uuid(), w: [["MONGODB_ATLAS_PUBLIC_KEY", (x) => x.l(8)]] },
  { p: "Upstash Redis REST token", cat: "data", slot: "UPSTASH_REDIS_REST_TOKEN", v: (x) => "A" + x.pick(["X", "Y", "Z"]) + x.b64u(58) + "=", hdr: "Authorization: Bearer {v}" },
  { p: "Snowflake password", cat: "data", slot: "SNOWFLAKE_PASSWORD", v: (x) => x.a(16) + "#" + x.a(4), w: [["SNOWFLAKE_ACCOUNT", (x) => `${x.l(7)}-${x.l(7)}`], ["SNOWFLAKE_USER", () => "ETL_SVC"]] },
  { p: "Elasticsearch API key", cat: "data", slot: "ELASTIC_API_KEY", v: (x) => Buffer.from(`${x.b64u(20)}:${x.b64u(22)}`).toString("base64"), hdr: "Authorization: ApiKey {v}" },
  // ---- devtools
  { p: "GitHub classic PAT", cat: "devtools", slot: "GITHUB_TOKEN", v: (x) => P("gh", "p_") + x.a(36), hdr: "Authorization: token {v}" },
  { p: "GitHub fine-grained PAT", cat: "devtools", slot: "GH_TOKEN", v: (x) => P("github", "_pat_") + "11" + x.u(20) + "_" + x.a(59), hdr: "Authorization: Bearer {v}" },
  { p: "GitHub OAuth token", cat: "devtools", slot: "GITHUB_OAUTH_TOKEN", v: (x) => P("gh", "o_") + x.a(36), hdr: "Authorization: Bearer {v}" },
  { p: "GitHub App installation token", cat: "devtools", slot: "GITHUB_APP_TOKEN", v: (x) => P("gh", "s_") + x.a(36), hdr: "Authorization: Bearer {v}" },
  { p: "GitLab personal access token", cat: "devtools", slot: "GITLAB_TOKEN", v: (x) => P("gl", "pat-") + x.b64u(20), hdr: "PRIVATE-TOKEN: {v}" },
  { p: "GitLab runner token", cat: "devtools", slot: "CI_RUNNER_TOKEN", v: (x) => P("gl", "rt-") + x.b64u(20) },
  { p: "GitLab deploy token", cat: "devtools", slot: "GITLAB_DEPLOY_TOKEN", v: (x) => P("gl", "dt-") + x.b64u(20), w: [["GITLAB_DEPLOY_USER", (x) => `gitlab+deploy-token-${x.d(6)}`]] },
  { p: "Bitbucket app password", cat: "devtools", slot: "BITBUCKET_APP_PASSWORD", v: (x) => P("AT", "BB") + x.a(28) + x.H(8), w: [["BITBUCKET_USERNAME", () => "ci-bot"]] },
  { p: "Atlassian API token", cat: "devtools", slot: "JIRA_API_TOKEN", v: (x) => P("ATA", "TT3xFfGF0") + x.b64u(180) + "=" + x.H(8), w: [["JIRA_EMAIL", () => "ci@example.com"]], hdr: "Authorization: Basic {b}" },
  { p: "npm access token", cat: "devtools", slot: "NPM_TOKEN", v: (x) => P("np", "m_") + x.a(36) },
  { p: "PyPI API token", cat: "devtools", slot: "PYPI_TOKEN", v: (x) => P("pyp", "i-", "AgEIcHlwaS5vcmc") + x.b64u(150) },
  { p: "Docker Hub access token", cat: "devtools", slot: "DOCKERHUB_TOKEN", v: (x) => P("dck", "r_pat_") + x.b64u(27), w: [["DOCKERHUB_USERNAME", () => "acmebuild"]] },
  { p: "CircleCI personal token", cat: "devtools", slot: "CIRCLECI_TOKEN", v: (x) => P("CCI", "PAT_") + x.a(22) + "_" + x.h(40), hdr: "Circle-Token: {v}" },
  { p: "Postman API key", cat: "devtools", slot: "POSTMAN_API_KEY", v: (x) => P("PM", "AK-") + x.h(24) + "-" + x.h(34), hdr: "X-Api-Key: {v}" },
  { p: "Sentry user auth token", cat: "devtools", slot: "SENTRY_AUTH_TOKEN", v: (x) => P("sntr", "yu_") + x.h(64), hdr: "Authorization: Bearer {v}" },
  { p: "Sentry org auth token", cat: "devtools", slot: "SENTRY_AUTH_TOKEN", v: (x) => P("sntr", "ys_") + Buffer.from(JSON.stringify({ iat: 1750000000.1, url: "https://sentry.example.com", region_url: "https://us.sentry.example.com", org: "acme" })).toString("base64").replace(/=+$/, "") + "_" + x.b64(43) },
  { p: "Shopify admin access token", cat: "saas", slot: "SHOPIFY_ACCESS_TOKEN", v: (x) => P("shp", "at_") + x.h(32), hdr: "X-Shopify-Access-Token: {v}" },
  { p: "Shopify app shared secret", cat: "saas", slot: "SHOPIFY_API_SECRET", v: (x) => P("shp", "ss_") + x.h(32), w: [["SHOPIFY_API_KEY", (x) => x.h(32)]] },
  // ---- observability
  { p: "Datadog API + app keys", cat: "observability", slot: "DD_APP_KEY", v: (x) => x.h(40), w: [["DD_API_KEY", (x) => x.h(32)]], hdr: "DD-APPLICATION-KEY: {v}" },
  { p: "New Relic user API key", cat: "observability", slot: "NEW_RELIC_API_KEY", v: (x) => P("NR", "AK-") + x.u(27), hdr: "Api-Key: {v}" },
  { p: "New Relic license key", cat: "observability", slot: "NEW_RELIC_LICENSE_KEY", v: (x) => x.h(36) + P("NR", "AL") },
  { p: "Grafana service account token", cat: "observability", slot: "GRAFANA_TOKEN", v: (x) => P("gl", "sa_") + x.a(32) + "_" + x.h(8), hdr: "Authorization: Bearer {v}" },
  { p: "Grafana Cloud access policy token", cat: "observability", slot: "GRAFANA_CLOUD_TOKEN", v: (x) => P("gl", "c_") + Buffer.from(JSON.stringify({ o: x.d(6), n: "stack-write", k: x.a(24), m: { r: "prod-eu-west-2" } })).toString("base64") },
  // ---- payment
  { p: "Stripe secret key", cat: "payment", slot: "STRIPE_SECRET_KEY", v: (x) => P("sk", "_live_") + "51" + x.a(22) + x.a(75), hdr: "Authorization: Bearer {v}" },
  { p: "Stripe restricted key", cat: "payment", slot: "STRIPE_RESTRICTED_KEY", v: (x) => P("rk", "_live_") + "51" + x.a(97), hdr: "Authorization: Bearer {v}" },
  { p: "Stripe webhook signing secret", cat: "payment", slot: "STRIPE_WEBHOOK_SECRET", v: (x) => P("wh", "sec_") + x.a(32) },
  { p: "Square access token", cat: "payment", slot: "SQUARE_ACCESS_TOKEN", v: (x) => P("EA", "AA") + x.b64u(60), hdr: "Authorization: Bearer {v}" },
  { p: "Square OAuth secret", cat: "payment", slot: "SQUARE_APP_SECRET", v: (x) => P("sq0", "csp-") + x.b64u(43), w: [["SQUARE_APP_ID", (x) => P("sq0", "idp-") + x.b64u(22)]] },
  { p: "Braintree access token", cat: "payment", slot: "BRAINTREE_ACCESS_TOKEN", v: (x) => P("access", "_token$production$") + x.l(16) + "$" + x.h(32) },
  { p: "Braintree private key", cat: "payment", slot: "BRAINTREE_PRIVATE_KEY", v: (x) => x.h(32), w: [["BRAINTREE_MERCHANT_ID", (x) => x.l(16)], ["BRAINTREE_PUBLIC_KEY", (x) => x.l(16)]] },
  { p: "PayPal REST client secret", cat: "payment", slot: "PAYPAL_CLIENT_SECRET", v: (x) => "E" + x.b64u(79), w: [["PAYPAL_CLIENT_ID", (x) => "A" + x.b64u(79)]], hdr: "Authorization: Basic {b}" },
  // ---- saas
  { p: "Linear API key", cat: "saas", slot: "LINEAR_API_KEY", v: (x) => P("lin", "_api_") + x.a(40), hdr: "Authorization: {v}" },
  { p: "Notion integration token", cat: "saas", slot: "NOTION_TOKEN", v: (x) => P("nt", "n_") + x.d(11) + x.a(35), hdr: "Authorization: Bearer {v}" },
  { p: "Airtable personal access token", cat: "saas", slot: "AIRTABLE_TOKEN", v: (x) => P("pa", "t") + x.a(14) + "." + x.h(64), hdr: "Authorization: Bearer {v}" },
  { p: "Figma personal access token", cat: "saas", slot: "FIGMA_TOKEN", v: (x) => P("fi", "gd_") + x.b64u(40), hdr: "X-Figma-Token: {v}" },
  { p: "HubSpot private app token", cat: "saas", slot: "HUBSPOT_ACCESS_TOKEN", v: (x) => P("pat", "-na1-") + x.uuid(), hdr: "Authorization: Bearer {v}" },
  { p: "Contentful management token", cat: "saas", slot: "CONTENTFUL_MANAGEMENT_TOKEN", v: (x) => P("CF", "PAT-") + x.b64u(43) },
  { p: "Algolia admin API key", cat: "saas", slot: "ALGOLIA_ADMIN_KEY", v: (x) => x.h(32), w: [["ALGOLIA_APP_ID", (x) => x.u(10)]], hdr: "X-Algolia-API-Key: {v}" },
  { p: "Mapbox secret token", cat: "saas", slot: "MAPBOX_SECRET_TOKEN", v: (x) => P("s", "k.") + Buffer.from(JSON.stringify({ u: "acme-maps", a: x.l(25) })).toString("base64url") + "." + x.b64u(22) },
  { p: "LaunchDarkly server SDK key", cat: "saas", slot: "LAUNCHDARKLY_SDK_KEY", v: (x) => P("sd", "k-") + x.uuid() },
  { p: "PostHog personal API key", cat: "saas", slot: "POSTHOG_PERSONAL_API_KEY", v: (x) => P("ph", "x_") + x.a(43), hdr: "Authorization: Bearer {v}" },
  { p: "Dropbox access token", cat: "saas", slot: "DROPBOX_ACCESS_TOKEN", v: (x) => P("s", "l.") + "u." + x.b64u(140), hdr: "Authorization: Bearer {v}" },
  { p: "Asana personal access token", cat: "saas", slot: "ASANA_PAT", v: (x) => `2/${x.d(16)}/${x.d(16)}:${x.h(32)}`, hdr: "Authorization: Bearer {v}" },
  { p: "Zendesk API token", cat: "saas", slot: "ZENDESK_API_TOKEN", v: (x) => x.a(40), w: [["ZENDESK_EMAIL", () => "support-bot@example.com"]] },
  { p: "Intercom access token", cat: "saas", slot: "INTERCOM_ACCESS_TOKEN", v: (x) => Buffer.from(`${P("to", "k:")}${x.uuid()}:1:0`).toString("base64").replace(/=+$/, "") + "=", hdr: "Authorization: Bearer {v}" },
];

const rotated = buildRotated({ specs, g, idPrefix: "y104-c", label: "positive", offset: 0 });

// ---- handcrafted
const K = (s: string) => CAT_PREFIX + s;
const der = (head: number[], n: number) => Buffer.concat([Buffer.from(head), Buffer.from(g.bytes(n))]).toString("base64");
const rsaPem = () => pem(P("RSA ", "PRIVATE", " KEY"), der([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], 1180));
const pkcs8Pem = () => pem(P("PRIVATE", " KEY"), der([0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa7], 1190));
const ecPem = () => pem(P("EC ", "PRIVATE", " KEY"), Buffer.concat([Buffer.from([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]), Buffer.from(g.bytes(32)), Buffer.from([0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04]), Buffer.from(g.bytes(64))]).toString("base64"));
const p8Ec = () => pem(P("PRIVATE", " KEY"), der([0x30, 0x81, 0x93, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x04, 0x79, 0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20], 114));
function opensshPem(): string {
  const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
  const str = (s: string | Buffer) => { const b = typeof s === "string" ? Buffer.from(s) : s; return Buffer.concat([u32(b.length), b]); };
  const pub = Buffer.from(g.bytes(32));
  const pubBlob = Buffer.concat([str("ssh-ed25519"), str(pub)]);
  const check = Buffer.from(g.bytes(4));
  const priv = Buffer.concat([check, check, str("ssh-ed25519"), str(pub), str(Buffer.concat([Buffer.from(g.bytes(32)), pub])), str("deploy@ci-runner"), Buffer.from([1, 2, 3, 4, 5])]);
  const blob = Buffer.concat([Buffer.from(P("openssh", "-key-v1"), "latin1"), Buffer.from([0]), str("none"), str("none"), str(""), u32(1), str(pubBlob), str(priv)]);
  const lines = blob.toString("base64").match(/.{1,70}/g) ?? [];
  return [P("-----BEGIN OPENSSH ", "PRIVATE", " KEY-----"), ...lines, P("-----END OPENSSH ", "PRIVATE", " KEY-----")].join("\n");
}
const pgpBlock = () => [P("-----BEGIN PGP ", "PRIVATE", " KEY BLOCK-----"), "", ...(Buffer.concat([Buffer.from([0x95, 0x05, 0x86, 0x04]), Buffer.from(g.bytes(1300))]).toString("base64").match(/.{1,64}/g) ?? []), "=" + g.b64(4), P("-----END PGP ", "PRIVATE", " KEY BLOCK-----")].join("\n");

const saJson = () => JSON.stringify({
  type: P("service", "_account"),
  project_id: `${g.word()}-prod-${g.d(6)}`,
  private_key_id: g.h(40),
  private_key: pkcs8Pem() + "\n",
  client_email: `deployer@${g.word()}-prod.iam.gserviceaccount.example.com`,
  client_id: g.d(21),
  auth_uri: "https://accounts.example.com/o/oauth2/auth",
  token_uri: "https://oauth2.example.com/token",
}, null, 2);

const hand: [string, string, string][] = [
  ["keys", `chat paste of id_rsa (openai chat body, JSON-escaped)`, JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `ssh keeps saying 'invalid format' for this key, is it corrupted?\n\n${rsaPem()}\n` }] })],
  ["keys", `PKCS#8 RSA key in a Python module (JWT signer)`, `SIGNING_KEY = """${pkcs8Pem()}"""\n\ndef sign(claims):\n    return jwt.encode(claims, SIGNING_KEY, algorithm="RS256")\n`],
  ["keys", `EC PRIVATE KEY in a tool_use write_file`, JSON.stringify({ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: "certs/server.key", content: ecPem() + "\n" } })],
  ["keys", `OpenSSH ed25519 private key in an MCP read_file result`, JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: opensshPem() + "\n" }] } })],
  ["keys", `PGP private key block pasted into a markdown doc`, `### Release signing key (do not lose)\n\n\`\`\`\n${pgpBlock()}\n\`\`\`\n`],
  ["keys", `age secret key in a keys.txt (sops)`, `# created: ${g.iso()}\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${P("AGE-SECRET", "-KEY-1")}${g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}\n`],
  ["keys", `WireGuard interface private key in wg0.conf`, `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${g.raw64(32)}\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ${g.raw64(32)}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\n`],
  ["cloud", `GCP service-account JSON in a chat request (JSON-escaped)`, JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: `gcloud auth activate-service-account fails with this key file:\n${saJson()}` }] })],
  ["keys", `APNs .p8 auth key with key id in a Node config`, `module.exports = {\n  apn: {\n    keyId: "${g.u(10)}",\n    teamId: "${g.u(10)}",\n    key: \`${p8Ec()}\`,\n    production: true,\n  },\n};\n`],
  ["cloud", `~/.aws/credentials with two profiles (shell cat output)`, `$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${akid(g)}\naws_secret_access_key = ${awsSecret(g)}\n\n[prod-admin]\naws_access_key_id = ${akid(g)}\naws_secret_access_key = ${awsSecret(g)}\nregion = us-east-1\n`],
  ["auth", `.netrc with machine password`, `machine api.example.com\n  login deploy\n  password ${g.a(28)}\nmachine git.example.org login ci password ${P("gh", "p_")}${g.a(36)}\n`],
  ["data", `.pgpass lines`, `# hostname:port:database:username:password\ndb-primary.example.net:5432:billing:billing_rw:${g.a(22)}\n*:5432:*:replicator:${g.b64u(26)}\n`],
  ["devtools", `.npmrc with registry auth token`, `registry=https://registry.npmjs.example.org/\n@acme:registry=https://npm.pkg.example.com/\n//npm.pkg.example.com/:_authToken=${P("gh", "p_")}${g.a(36)}\n//registry.npmjs.example.org/:_authToken=${P("np", "m_")}${g.a(36)}\nalways-auth=true\n`],
  ["devtools", `docker config.json with base64 auth`, JSON.stringify({ auths: { "registry.example.com": { auth: Buffer.from(`ci-bot:${P("dck", "r_pat_")}${g.b64u(27)}`).toString("base64") }, "ghcr.example.com": { auth: Buffer.from(`acme:${P("gh", "p_")}${g.a(36)}`).toString("base64") } } }, null, 2)],
  ["data", `JDBC URL with password in application.properties`, `spring.datasource.url=jdbc:postgresql://pg.example.net:5432/orders?user=orders&password=${g.a(20)}&ssl=true\nspring.datasource.hikari.maximum-pool-size=20\n`],
  ["devtools", `~/.git-credentials store file`, `https://ci-bot:${P("gl", "pat-")}${g.b64u(20)}@gitlab.example.com\nhttps://octo:${P("gh", "p_")}${g.a(36)}@git.example.org\n`],
  ["cloud", `kubeconfig with a bearer token user`, `apiVersion: v1\nkind: Config\nclusters:\n- name: prod\n  cluster:\n    server: https://k8s.example.net:6443\n    certificate-authority-data: ${g.raw64(300)}\ncontexts:\n- name: prod\n  context: {cluster: prod, user: admin}\ncurrent-context: prod\nusers:\n- name: admin\n  user:\n    token: ${g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "kube-system", "kubernetes.io/serviceaccount/service-account.name": "admin-sa", sub: "system:serviceaccount:kube-system:admin-sa" }, "RS256")}\n`],
  ["devtools", `pip.conf index-url with credentials`, `[global]\nindex-url = https://__token__:${P("pyp", "i-", "AgEIcHlwaS5vcmc")}${g.b64u(140)}@pypi.example.org/simple/\ntimeout = 60\n`],
  ["devtools", `Maven settings.xml server password`, `<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>deployer</username>\n      <password>${g.a(12)}${g.pick(["!", "#", "%"])}${g.a(8)}</password>\n    </server>\n  </servers>\n</settings>\n`],
  ["cloud", `rclone.conf S3 remote`, `[prod-s3]\ntype = s3\nprovider = AWS\naccess_key_id = ${akid(g)}\nsecret_access_key = ${awsSecret(g)}\nregion = eu-west-1\n`],
  ["auth", `Cookie header with live session token (devtools copy as cURL)`, `curl 'https://app.example.com/api/billing/invoices' \\\n  -H 'accept: application/json' \\\n  -H 'cookie: _ga=GA1.1.${g.d(9)}.${g.d(10)}; __Secure-next-auth.session-token=${g.jwt({ sub: g.uuid(), name: "Ops Admin", iat: 1760000000, exp: 1890000000, jti: g.uuid() })}; theme=dark'`],
  ["data", `shell history with mysql -p and redis-cli -a`, ` 2201  mysql -h db.example.net -u admin -p'${g.a(16)}' shop\n 2202  redis-cli -h cache.example.net -a ${g.a(32)} --tls ping\n 2203  exit\n`],
  ["devtools", `composer auth.json github-oauth`, JSON.stringify({ "github-oauth": { "github.example.com": P("gh", "o_") + g.a(36) }, "http-basic": { "repo.example.com": { username: "acme", password: g.a(24) } } }, null, 4)],
  ["devtools", `.pypirc upload credentials`, `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${P("pyp", "i-", "AgEIcHlwaS5vcmc")}${g.b64u(150)}\n`],
  ["saas", `Postman environment export with live values`, JSON.stringify({ id: g.uuid(), name: "prod", values: [{ key: "baseUrl", value: "https://api.example.com", enabled: true }, { key: "apiKey", value: P("PM", "AK-") + g.h(24) + "-" + g.h(34), type: "secret", enabled: true }, { key: "stripeKey", value: P("sk", "_live_") + "51" + g.a(97), type: "secret", enabled: true }], _postman_variable_scope: "environment" }, null, 2)],
  ["cloud", `Terraform state resource with a sensitive attribute (MCP tool result)`, JSON.stringify({ jsonrpc: "2.0", id: 44, result: { content: [{ type: "text", text: JSON.stringify({ version: 4, resources: [{ mode: "managed", type: "aws_iam_access_key", name: "ci", instances: [{ attributes: { id: akid(g), secret: awsSecret(g), status: "Active", user: "ci-deployer" } }] }] }, null, 2) }] } })],
  ["comms", `sshpass + SMTP password in a deploy script`, `#!/usr/bin/env bash\nset -euo pipefail\nsshpass -p '${g.a(14)}' ssh deploy@web1.example.net 'sudo systemctl restart app'\nswaks --server smtp.example.com:587 --auth-user alerts@example.com --auth-password '${g.a(20)}' --to oncall@example.com\n`],
];

const handCases = hand.map(([cat, note, text], i) => mk(`y104-ck-${String(i + 1).padStart(3, "0")}`, K(cat), "positive", text, note));

export const cases: CorpusCase[] = [...rotated, ...handCases];
