// heldout-y117: common providers, each spec rendered twice through the rotating contexts.
import type { CorpusCase } from "../types.ts";
import { rotate, type Group, type Kind, type Rng, type Spec } from "./_gen.ts";

const S = (
  provider: string,
  group: Group,
  kind: Kind,
  desc: string,
  vars: (r: Rng) => [string, string][],
  header?: string,
  path?: string,
): Spec => ({ provider, group, kind, desc, vars, ...(header ? { header } : {}), ...(path ? { path } : {}) });

const j = (...xs: string[]) => xs.join("");

const specs: Spec[] = [
  // ai
  S("OpenAI", "ai", "key", "OpenAI project API key", (r) => [["OPENAI_API_KEY", j("sk-", "proj-", r.b64u(58), "T3Blbk", "FJ", r.b64u(58))]], "Authorization: Bearer {v}", "/v1/models"),
  S("OpenAI", "ai", "key", "OpenAI service-account key", (r) => [["OPENAI_API_KEY", j("sk-", "svcacct-", r.b64u(58), "T3Blbk", "FJ", r.b64u(58))], ["OPENAI_ORG_ID", j("org-", r.an(24))]], "Authorization: Bearer {v}", "/v1/files"),
  S("OpenAI", "ai", "key", "OpenAI admin key", (r) => [["OPENAI_ADMIN_KEY", j("sk-", "admin-", r.b64u(58), "T3Blbk", "FJ", r.b64u(58))]], "Authorization: Bearer {v}", "/v1/organization/users"),
  S("Anthropic", "ai", "key", "Anthropic API key", (r) => [["ANTHROPIC_API_KEY", j("sk-", "ant-", "api03-", r.b64u(93), "AA")]], "x-api-key: {v}", "/v1/messages"),
  S("Anthropic", "ai", "key", "Anthropic admin key", (r) => [["ANTHROPIC_ADMIN_KEY", j("sk-", "ant-", "admin01-", r.b64u(93), "AA")]], "x-api-key: {v}", "/v1/organizations/api_keys"),
  S("Google Gemini", "ai", "key", "Gemini API key", (r) => [["GEMINI_API_KEY", j("AI", "za", "Sy", r.b64u(33))]], "x-goog-api-key: {v}", "/v1beta/models"),
  S("Hugging Face", "ai", "token", "Hugging Face write token", (r) => [["HF_TOKEN", j("hf", "_", r.alpha(34))]], "Authorization: Bearer {v}", "/api/whoami-v2"),
  S("Groq", "ai", "key", "Groq API key", (r) => [["GROQ_API_KEY", j("gs", "k_", r.an(52))]], "Authorization: Bearer {v}", "/openai/v1/models"),
  S("Replicate", "ai", "token", "Replicate API token", (r) => [["REPLICATE_API_TOKEN", j("r8", "_", r.an(37))]], "Authorization: Token {v}", "/v1/predictions"),
  S("Perplexity", "ai", "key", "Perplexity API key", (r) => [["PERPLEXITY_API_KEY", j("pp", "lx-", r.an(48))]], "Authorization: Bearer {v}", "/chat/completions"),
  S("OpenRouter", "ai", "key", "OpenRouter API key", (r) => [["OPENROUTER_API_KEY", j("sk-", "or-", "v1-", r.hex(64))]], "Authorization: Bearer {v}", "/api/v1/auth/key"),
  S("Azure OpenAI", "ai", "key", "Azure OpenAI resource key", (r) => [["AZURE_OPENAI_API_KEY", r.hex(32)], ["AZURE_OPENAI_DEPLOYMENT", "gpt-4o-prod"]], "api-key: {v}", "/openai/deployments/gpt-4o-prod/chat/completions"),
  S("Mistral", "ai", "key", "Mistral API key", (r) => [["MISTRAL_API_KEY", r.an(32)]], "Authorization: Bearer {v}", "/v1/models"),
  S("Cohere", "ai", "key", "Cohere production key", (r) => [["COHERE_API_KEY", r.an(40)]], "Authorization: Bearer {v}", "/v2/embed"),
  // auth
  S("Okta", "auth", "token", "Okta API token", (r) => [["OKTA_API_TOKEN", j("00", r.b64u(40))], ["OKTA_ORG_URL", "https://acme.okta.example.com"]], "Authorization: SSWS {v}", "/api/v1/users"),
  S("Auth0", "auth", "secret", "Auth0 client secret", (r) => [["AUTH0_CLIENT_SECRET", r.b64u(64)], ["AUTH0_CLIENT_ID", r.an(32)], ["AUTH0_DOMAIN", "login.example.com"]]),
  S("Google OAuth", "auth", "secret", "Google OAuth client secret", (r) => [["GOOGLE_CLIENT_SECRET", j("GOC", "SPX-", r.b64u(28))], ["GOOGLE_CLIENT_ID", `${r.dig(12)}-${r.lo(32)}.apps.googleusercontent.com`]]),
  S("Microsoft Entra ID", "auth", "secret", "Azure AD app client secret", (r) => [["AZURE_CLIENT_SECRET", j(r.an(3), "8Q", "~", r.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.~-"))], ["AZURE_TENANT_ID", r.uuid()], ["AZURE_CLIENT_ID", r.uuid()]]),
  S("JWT (HS256)", "auth", "secret", "JWT signing secret", (r) => [["JWT_SECRET", r.hex(64)], ["JWT_EXPIRES_IN", "15m"]]),
  S("NextAuth", "auth", "secret", "NextAuth session secret", (r) => [["NEXTAUTH_SECRET", r.b64(32)], ["NEXTAUTH_URL", "https://app.example.com"]]),
  S("Clerk", "auth", "key", "Clerk secret key", (r) => [["CLERK_SECRET_KEY", j("sk", "_live_", r.an(42))]], "Authorization: Bearer {v}", "/v1/users"),
  // cloud
  S("AWS", "cloud", "secret", "AWS access key pair", (r) => [["AWS_SECRET_ACCESS_KEY", r.b64s(40)], ["AWS_ACCESS_KEY_ID", j("AK", "IA", r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))], ["AWS_DEFAULT_REGION", "eu-central-1"]]),
  S("AWS STS", "cloud", "token", "AWS temporary session credentials", (r) => [["AWS_SESSION_TOKEN", j("IQoJb3JpZ2luX2Vj", "EP", r.b64s(340))], ["AWS_ACCESS_KEY_ID", j("AS", "IA", r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))], ["AWS_SECRET_ACCESS_KEY", r.b64s(40)]]),
  S("DigitalOcean", "cloud", "token", "DigitalOcean personal access token", (r) => [["DIGITALOCEAN_TOKEN", j("do", "p_v1_", r.hex(64))]], "Authorization: Bearer {v}", "/v2/droplets"),
  S("Cloudflare", "cloud", "token", "Cloudflare API token", (r) => [["CLOUDFLARE_API_TOKEN", r.b64u(40)], ["CLOUDFLARE_ACCOUNT_ID", r.hex(32)]], "Authorization: Bearer {v}", "/client/v4/user/tokens/verify"),
  S("Vercel", "cloud", "token", "Vercel access token", (r) => [["VERCEL_TOKEN", r.an(24)], ["VERCEL_ORG_ID", j("team_", r.an(24))]], "Authorization: Bearer {v}", "/v9/projects"),
  S("Netlify", "cloud", "token", "Netlify personal access token", (r) => [["NETLIFY_AUTH_TOKEN", j("nf", "p_", r.an(36))]], "Authorization: Bearer {v}", "/api/v1/sites"),
  S("Heroku", "cloud", "key", "Heroku API key", (r) => [["HEROKU_API_KEY", j("HR", "KU-", "AA", r.b64u(58))]], "Authorization: Bearer {v}", "/apps"),
  S("Supabase", "cloud", "key", "Supabase service-role key", (r) => [["SUPABASE_SERVICE_ROLE_KEY", r.jwt({ iss: "supabase", ref: r.lo(20), role: "service_role", iat: 1718000000 + r.range(0, 9999999), exp: 2033576000 })], ["SUPABASE_URL", "https://db.example.com"]], "apikey: {v}", "/rest/v1/profiles"),
  S("HCP Terraform", "cloud", "token", "Terraform Cloud user token", (r) => [["TF_TOKEN_app_terraform_io", j(r.an(14), ".atlas", "v1.", r.an(67))]], "Authorization: Bearer {v}", "/api/v2/organizations"),
  S("HashiCorp Vault", "cloud", "token", "Vault service token", (r) => [["VAULT_TOKEN", j("hv", "s.", r.b64u(90))], ["VAULT_ADDR", "https://vault.example.net:8200"]], "X-Vault-Token: {v}", "/v1/secret/data/app"),
  S("Doppler", "cloud", "token", "Doppler service token", (r) => [["DOPPLER_TOKEN", j("dp", ".st.", "prd.", r.an(43))]], "Authorization: Bearer {v}", "/v3/configs/config/secrets"),
  // comms
  S("Slack", "comms", "token", "Slack bot token", (r) => [["SLACK_BOT_TOKEN", j("xo", "xb-", r.dig(12), "-", r.dig(13), "-", r.an(24))]], "Authorization: Bearer {v}", "/api/chat.postMessage"),
  S("Slack", "comms", "token", "Slack user token", (r) => [["SLACK_USER_TOKEN", j("xo", "xp-", r.dig(12), "-", r.dig(12), "-", r.dig(13), "-", r.hex(32))]], "Authorization: Bearer {v}", "/api/users.list"),
  S("Slack", "comms", "webhook", "Slack incoming webhook URL", (r) => [["SLACK_WEBHOOK_URL", j("https://hooks.", "slack.com/services/T", r.up(10), "/B", r.up(10), "/", r.an(24))]]),
  S("Discord", "comms", "token", "Discord bot token", (r) => [["DISCORD_BOT_TOKEN", j(Buffer.from(r.dig(19)).toString("base64url"), ".", r.b64u(6), ".", r.b64u(38))]], "Authorization: Bot {v}", "/api/v10/users/@me"),
  S("Discord", "comms", "webhook", "Discord webhook URL", (r) => [["DISCORD_WEBHOOK_URL", j("https://discord.com/api/", "webhooks/", r.dig(19), "/", r.b64u(68))]]),
  S("Telegram", "comms", "token", "Telegram bot token", (r) => [["TELEGRAM_BOT_TOKEN", j(r.dig(10), ":AA", r.b64u(33))], ["TELEGRAM_CHAT_ID", `-100${r.dig(10)}`]]),
  S("Twilio", "comms", "token", "Twilio auth token", (r) => [["TWILIO_AUTH_TOKEN", r.hex(32)], ["TWILIO_ACCOUNT_SID", j("A", "C", r.hex(32))]]),
  S("SendGrid", "comms", "key", "SendGrid API key", (r) => [["SENDGRID_API_KEY", j("S", "G.", r.b64u(22), ".", r.b64u(43))]], "Authorization: Bearer {v}", "/v3/mail/send"),
  S("Mailgun", "comms", "key", "Mailgun private API key", (r) => [["MAILGUN_API_KEY", j(r.hex(32), "-", r.hex(8), "-", r.hex(8))], ["MAILGUN_DOMAIN", "mg.example.com"]]),
  S("Mailchimp", "comms", "key", "Mailchimp marketing API key", (r) => [["MAILCHIMP_API_KEY", j(r.hex(32), "-us", String(r.range(2, 21)))]], "Authorization: apikey {v}", "/3.0/lists"),
  // data
  S("PostgreSQL", "data", "conn", "Postgres connection URL with password", (r) => [["DATABASE_URL", `postgres://app_rw:${r.genpass(22)}@db-primary.example.net:5432/orders?sslmode=require`]]),
  S("MongoDB Atlas", "data", "conn", "MongoDB SRV URI with password", (r) => [["MONGODB_URI", `mongodb+srv://svc_orders:${r.an(20)}@cluster0.${r.lo(5)}.example.net/orders?retryWrites=true&w=majority`]]),
  S("Redis", "data", "conn", "Redis URL with password", (r) => [["REDIS_URL", `rediss://default:${r.an(32)}@cache.example.net:6380/0`]]),
  S("PlanetScale", "data", "password", "PlanetScale database password", (r) => [["DATABASE_PASSWORD", j("psc", "ale_pw_", r.b64u(43))], ["DATABASE_USERNAME", r.lo(12)], ["DATABASE_HOST", "aws.connect.example.net"]]),
  S("Databricks", "data", "token", "Databricks personal access token", (r) => [["DATABRICKS_TOKEN", j("da", "pi", r.hex(32))], ["DATABRICKS_HOST", "https://adb-7421.example.net"]], "Authorization: Bearer {v}", "/api/2.0/clusters/list"),
  S("Snowflake", "data", "password", "Snowflake service user password", (r) => [["SNOWFLAKE_PASSWORD", r.password()], ["SNOWFLAKE_USER", "SVC_DBT"], ["SNOWFLAKE_ACCOUNT", "acme-xy12345"]]),
  // devtools
  S("GitHub", "devtools", "token", "GitHub classic personal access token", (r) => [["GITHUB_TOKEN", j("gh", "p_", r.an(36))]], "Authorization: token {v}", "/user/repos"),
  S("GitHub", "devtools", "token", "GitHub fine-grained PAT", (r) => [["GH_TOKEN", j("github", "_pat_", "11", r.up(20), "_", r.an(59))]], "Authorization: Bearer {v}", "/repos/acme/api/actions/runs"),
  S("GitHub", "devtools", "token", "GitHub App installation token", (r) => [["GITHUB_APP_TOKEN", j("gh", "s_", r.an(36))]], "Authorization: Bearer {v}", "/installation/repositories"),
  S("GitLab", "devtools", "token", "GitLab personal access token", (r) => [["GITLAB_TOKEN", j("gl", "pat-", r.b64u(20))]], "PRIVATE-TOKEN: {v}", "/api/v4/projects"),
  S("npm", "devtools", "token", "npm automation token", (r) => [["NPM_TOKEN", j("np", "m_", r.an(36))]]),
  S("PyPI", "devtools", "token", "PyPI upload token", (r) => [["TWINE_PASSWORD", j("py", "pi-", "AgEIcHlwaS5vcmc", r.b64u(150))], ["TWINE_USERNAME", "__token__"]]),
  S("Docker Hub", "devtools", "token", "Docker Hub personal access token", (r) => [["DOCKERHUB_TOKEN", j("dck", "r_pat_", r.b64u(27))], ["DOCKERHUB_USERNAME", "acmebuild"]]),
  S("Atlassian", "devtools", "token", "Atlassian (Jira) API token", (r) => [["JIRA_API_TOKEN", j("ATA", "TT3xFfGF0", r.b64u(170), "=", r.HEX(8))], ["JIRA_EMAIL", "ci-bot@example.com"]]),
  S("Bitbucket", "devtools", "password", "Bitbucket app password", (r) => [["BITBUCKET_APP_PASSWORD", j("AT", "BB", r.an(28), r.HEX(8))], ["BITBUCKET_USERNAME", "acme-ci"]]),
  S("CircleCI", "devtools", "token", "CircleCI personal API token", (r) => [["CIRCLE_TOKEN", j("CCI", "PAT_", r.an(22), "_", r.hex(40))]], "Circle-Token: {v}", "/api/v2/me"),
  // observability
  S("Datadog", "observability", "key", "Datadog API + application keys", (r) => [["DD_API_KEY", r.hex(32)], ["DD_APP_KEY", r.hex(40)], ["DD_ENV", "prod"]], "DD-API-KEY: {v}", "/api/v1/validate"),
  S("New Relic", "observability", "key", "New Relic user API key", (r) => [["NEW_RELIC_API_KEY", j("NR", "AK-", r.str(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))]], "Api-Key: {v}", "/graphql"),
  S("Sentry", "observability", "token", "Sentry org auth token", (r) => [["SENTRY_AUTH_TOKEN", j("sn", "trys_", Buffer.from(JSON.stringify({ iat: 1718000000 + r.range(0, 9999999), url: "https://sentry.example.com", region_url: "https://sentry.example.com", org: "acme" })).toString("base64url"), "_", r.b64s(43))]], "Authorization: Bearer {v}", "/api/0/organizations/acme/releases/"),
  S("Grafana", "observability", "token", "Grafana service account token", (r) => [["GRAFANA_SA_TOKEN", j("gl", "sa_", r.an(32), "_", r.hex(8))], ["GRAFANA_URL", "https://grafana.example.net"]], "Authorization: Bearer {v}", "/api/dashboards/home"),
  // payment
  S("Stripe", "payment", "key", "Stripe live secret key", (r) => [["STRIPE_SECRET_KEY", j("sk", "_live_", "51", r.an(97))]], "Authorization: Bearer {v}", "/v1/charges"),
  S("Stripe", "payment", "key", "Stripe restricted live key", (r) => [["STRIPE_RESTRICTED_KEY", j("rk", "_live_", "51", r.an(97))]], "Authorization: Bearer {v}", "/v1/payment_intents"),
  S("Stripe", "payment", "secret", "Stripe webhook signing secret", (r) => [["STRIPE_WEBHOOK_SECRET", j("wh", "sec_", r.an(32))]]),
  S("Shopify", "payment", "token", "Shopify Admin API access token", (r) => [["SHOPIFY_ACCESS_TOKEN", j("sh", "pat_", r.hex(32))], ["SHOPIFY_SHOP", "acme-outdoor"]], "X-Shopify-Access-Token: {v}", "/admin/api/2025-01/orders.json"),
  S("Square", "payment", "token", "Square production access token", (r) => [["SQUARE_ACCESS_TOKEN", j("EA", "AA", r.b64u(60))]], "Authorization: Bearer {v}", "/v2/locations"),
  S("PayPal", "payment", "secret", "PayPal REST client secret", (r) => [["PAYPAL_CLIENT_SECRET", j("E", r.b64u(79))], ["PAYPAL_CLIENT_ID", j("A", r.b64u(79))], ["PAYPAL_MODE", "live"]]),
  S("Braintree", "payment", "token", "Braintree production access token", (r) => [["BRAINTREE_ACCESS_TOKEN", j("access_", "token$production$", r.lo(16), "$", r.hex(32))]]),
  // saas
  S("Notion", "saas", "token", "Notion integration token", (r) => [["NOTION_TOKEN", j("nt", "n_", r.dig(12), r.an(34))]], "Authorization: Bearer {v}", "/v1/search"),
  S("Airtable", "saas", "token", "Airtable personal access token", (r) => [["AIRTABLE_PAT", j("pa", "t", r.an(14), ".", r.hex(64))]], "Authorization: Bearer {v}", "/v0/meta/bases"),
  S("Linear", "saas", "key", "Linear personal API key", (r) => [["LINEAR_API_KEY", j("lin", "_api_", r.an(40))]], "Authorization: {v}", "/graphql"),
  S("HubSpot", "saas", "token", "HubSpot private app token", (r) => [["HUBSPOT_ACCESS_TOKEN", j("pat", "-na1-", r.uuid())]], "Authorization: Bearer {v}", "/crm/v3/objects/contacts"),
  S("Figma", "saas", "token", "Figma personal access token", (r) => [["FIGMA_TOKEN", j("fi", "gd_", r.b64u(40))]], "X-Figma-Token: {v}", "/v1/me"),
  S("Algolia", "saas", "key", "Algolia admin API key", (r) => [["ALGOLIA_ADMIN_API_KEY", r.hex(32)], ["ALGOLIA_APP_ID", r.up(10)]], "X-Algolia-API-Key: {v}", "/1/indexes"),
];

export const cases: CorpusCase[] = rotate(0x117c0, specs, 52, "y117-c");
