// Common providers, each token drawn twice and rotated through the shared renderers.
import type { CorpusCase } from "../types.ts";
import { Gen, rotate, type Tok, AN, LO, UP } from "./_gen.ts";

const g = new Gen(0x68c0_0001);
type Spec = [group: string, provider: string, env: string, make: () => string];

const specs: Spec[] = [
  // ai
  ["ai", "OpenAI project key", "OPENAI_API_KEY", () => ["sk-", "proj-", g.u(58), "T3Blbk", "FJ", g.u(58)].join("")],
  ["ai", "OpenAI service account key", "OPENAI_API_KEY", () => ["sk-", "svcacct-", g.u(58), "T3Blbk", "FJ", g.u(58)].join("")],
  ["ai", "Anthropic API key", "ANTHROPIC_API_KEY", () => ["sk-", "ant-", "api03-", g.u(93), "AA"].join("")],
  ["ai", "Anthropic admin key", "ANTHROPIC_ADMIN_KEY", () => ["sk-", "ant-", "admin01-", g.u(93), "AA"].join("")],
  ["ai", "Hugging Face token", "HF_TOKEN", () => ["h", "f_", g.str(34, UP + LO)].join("")],
  ["ai", "Groq API key", "GROQ_API_KEY", () => ["gs", "k_", g.a(52)].join("")],
  ["ai", "Replicate token", "REPLICATE_API_TOKEN", () => ["r8", "_", g.a(37)].join("")],
  ["ai", "Perplexity key", "PERPLEXITY_API_KEY", () => ["pp", "lx-", g.a(48)].join("")],
  ["ai", "Google Gemini API key", "GEMINI_API_KEY", () => ["AI", "za", "Sy", g.u(33)].join("")],
  ["ai", "xAI key", "XAI_API_KEY", () => ["xa", "i-", g.a(80)].join("")],
  ["ai", "OpenRouter key", "OPENROUTER_API_KEY", () => ["sk-", "or-", "v1-", g.h(64)].join("")],
  ["ai", "LangSmith key", "LANGSMITH_API_KEY", () => ["lsv2", "_pt_", g.h(32), "_", g.h(10)].join("")],
  ["ai", "Cohere key", "COHERE_API_KEY", () => g.a(40)],
  ["ai", "Mistral key", "MISTRAL_API_KEY", () => g.a(32)],
  // auth
  ["auth", "Okta API token", "OKTA_API_TOKEN", () => ["0", "0", g.u(40)].join("")],
  ["auth", "Auth0 client secret", "AUTH0_CLIENT_SECRET", () => g.u(64)],
  ["auth", "Google OAuth client secret", "GOOGLE_CLIENT_SECRET", () => ["GOC", "SPX-", g.u(28)].join("")],
  ["auth", "Google OAuth refresh token", "GOOGLE_REFRESH_TOKEN", () => ["1/", "/0", g.u(10), "CgYIARAAGA", "SNwF-L9Ir", g.u(60)].join("")],
  ["auth", "HashiCorp Vault token", "VAULT_TOKEN", () => ["hv", "s.", "CAESI", g.u(85)].join("")],
  ["auth", "Doppler service token", "DOPPLER_TOKEN", () => ["dp", ".st.", "prd.", g.a(43)].join("")],
  ["auth", "JWT signing secret", "JWT_SECRET", () => g.b(64)],
  ["auth", "Session secret", "SESSION_SECRET", () => g.h(64)],
  ["auth", "Clerk secret key", "CLERK_SECRET_KEY", () => ["sk", "_live_", g.a(42)].join("")],
  // cloud
  ["cloud", "AWS access key pair", "AWS_SECRET_ACCESS_KEY", () => g.str(40, AN + "/+")],
  ["cloud", "AWS access key id", "AWS_ACCESS_KEY_ID", () => ["AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")].join("")],
  ["cloud", "AWS STS session token", "AWS_SESSION_TOKEN", () => ["IQoJb3JpZ2luX2Vj", "EJr//////////wEaCXVzLWVhc3QtMSJH", g.b(300)].join("")],
  ["cloud", "Azure storage connection string", "AZURE_STORAGE_CONNECTION_STRING", () => `DefaultEndpointsProtocol=https;AccountName=${g.word()}store${g.d(3)};AccountKey=${g.b(86)}==;EndpointSuffix=core.windows.net`],
  ["cloud", "Azure AD client secret", "AZURE_CLIENT_SECRET", () => [g.u(3), g.d(1), "Q", "~", g.u(31)].join("")],
  ["cloud", "DigitalOcean token", "DIGITALOCEAN_TOKEN", () => ["do", "p_v1_", g.h(64)].join("")],
  ["cloud", "Heroku API key", "HEROKU_API_KEY", () => ["HR", "KU-", "AA", g.u(58)].join("")],
  ["cloud", "Cloudflare API token", "CLOUDFLARE_API_TOKEN", () => g.u(40)],
  ["cloud", "Netlify token", "NETLIFY_AUTH_TOKEN", () => ["nf", "p_", g.a(36)].join("")],
  ["cloud", "Vercel token", "VERCEL_TOKEN", () => g.a(24)],
  ["cloud", "Terraform Cloud token", "TFE_TOKEN", () => [g.a(14), ".atlas", "v1.", g.a(67)].join("")],
  ["cloud", "Supabase access token", "SUPABASE_ACCESS_TOKEN", () => ["sb", "p_", g.h(40)].join("")],
  ["cloud", "Fly.io token", "FLY_API_TOKEN", () => ["Fly", "V1 ", "fm2_", g.b(180)].join("")],
  // comms
  ["comms", "Slack bot token", "SLACK_BOT_TOKEN", () => ["xo", "xb-", g.d(12), "-", g.d(13), "-", g.a(24)].join("")],
  ["comms", "Slack user token", "SLACK_USER_TOKEN", () => ["xo", "xp-", g.d(12), "-", g.d(13), "-", g.d(13), "-", g.h(32)].join("")],
  ["comms", "Slack app token", "SLACK_APP_TOKEN", () => ["xa", "pp-1-", "A0", g.U(9), "-", g.d(13), "-", g.h(64)].join("")],
  ["comms", "Slack webhook URL", "SLACK_WEBHOOK_URL", () => ["https://hooks.", "slack.com/services/", "T0", g.U(8), "/B0", g.U(8), "/", g.a(24)].join("")],
  ["comms", "Discord bot token", "DISCORD_BOT_TOKEN", () => ["MT", g.a(24), ".", g.u(6), ".", g.u(38)].join("")],
  ["comms", "Discord webhook URL", "DISCORD_WEBHOOK_URL", () => ["https://discord.com/api/", "webhooks/", "1", g.d(18), "/", g.u(68)].join("")],
  ["comms", "Telegram bot token", "TELEGRAM_BOT_TOKEN", () => [g.range(6, 7), g.d(9), ":", "AA", g.u(33)].join("")],
  ["comms", "Twilio auth token", "TWILIO_AUTH_TOKEN", () => g.h(32)],
  ["comms", "Twilio API key secret", "TWILIO_API_SECRET", () => g.a(32)],
  ["comms", "SendGrid key", "SENDGRID_API_KEY", () => ["S", "G.", g.u(22), ".", g.u(43)].join("")],
  ["comms", "Mailgun key", "MAILGUN_API_KEY", () => ["ke", "y-", g.h(32)].join("")],
  ["comms", "Mailchimp key", "MAILCHIMP_API_KEY", () => [g.h(32), "-us", g.range(1, 21)].join("")],
  // data
  ["data", "Postgres URL", "DATABASE_URL", () => `postgres://app_user:${g.a(24)}@db-${g.word()}.internal:5432/app?sslmode=require`],
  ["data", "MySQL URL", "MYSQL_URL", () => `mysql://root:${g.a(20)}@10.0.${g.range(0, 9)}.${g.range(2, 250)}:3306/shop`],
  ["data", "Redis URL", "REDIS_URL", () => `rediss://default:${g.a(32)}@${g.word()}-${g.d(5)}.upstash.io:6379`],
  ["data", "MongoDB Atlas URI", "MONGODB_URI", () => `mongodb+srv://admin:${g.a(16)}@cluster0.${g.l(5)}.mongodb.net/prod?retryWrites=true&w=majority`],
  ["data", "PlanetScale password", "DATABASE_PASSWORD", () => ["psc", "ale_pw_", g.u(43)].join("")],
  ["data", "Neon password", "PGPASSWORD", () => ["np", "g_", g.a(12)].join("")],
  ["data", "Databricks token", "DATABRICKS_TOKEN", () => ["da", "pi", g.h(32)].join("")],
  ["data", "Pinecone key", "PINECONE_API_KEY", () => ["pc", "sk_", g.a(5), "_", g.a(64)].join("")],
  ["data", "Snowflake password", "SNOWFLAKE_PASSWORD", () => g.str(20, AN + "!#%")],
  ["data", "Upstash REST token", "UPSTASH_REDIS_REST_TOKEN", () => ["AX", g.a(4), "AAIj", g.u(60)].join("")],
  // devtools
  ["devtools", "GitHub classic PAT", "GITHUB_TOKEN", () => ["gh", "p_", g.a(36)].join("")],
  ["devtools", "GitHub fine-grained PAT", "GH_TOKEN", () => ["github", "_pat_", "11", g.U(20), "_", g.a(59)].join("")],
  ["devtools", "GitHub OAuth token", "GITHUB_OAUTH_TOKEN", () => ["gh", "o_", g.a(36)].join("")],
  ["devtools", "GitHub app installation token", "GITHUB_APP_TOKEN", () => ["gh", "s_", g.a(36)].join("")],
  ["devtools", "GitLab PAT", "GITLAB_TOKEN", () => ["gl", "pat-", g.u(20)].join("")],
  ["devtools", "Bitbucket app password", "BITBUCKET_APP_PASSWORD", () => ["AT", "BB", g.a(32)].join("")],
  ["devtools", "npm token", "NPM_TOKEN", () => ["np", "m_", g.a(36)].join("")],
  ["devtools", "PyPI token", "PYPI_TOKEN", () => ["py", "pi-", "AgEIcHlwaS5vcmc", g.u(70)].join("")],
  ["devtools", "Docker Hub PAT", "DOCKERHUB_TOKEN", () => ["dck", "r_pat_", g.u(27)].join("")],
  ["devtools", "Postman API key", "POSTMAN_API_KEY", () => ["PM", "AK-", g.h(24), "-", g.h(34)].join("")],
  ["devtools", "CircleCI token", "CIRCLECI_TOKEN", () => ["CCI", "PAT_", g.a(22), "_", g.h(40)].join("")],
  ["devtools", "Sentry user auth token", "SENTRY_AUTH_TOKEN", () => ["sn", "tryu_", g.h(64)].join("")],
  // keys
  ["keys", "RSA private key", "PRIVATE_KEY", () => g.pem("RSA PRIVATE KEY", 600)],
  ["keys", "PKCS#8 private key", "SIGNING_KEY", () => g.pem("PRIVATE KEY", 300)],
  ["keys", "OpenSSH private key", "DEPLOY_KEY", () => g.pem("OPENSSH PRIVATE KEY", 290).replace(/\n/, "\nb3BlbnNzaC1rZXktdjEAAAAA")],
  ["keys", "EC private key", "EC_KEY", () => g.pem("EC PRIVATE KEY", 121)],
  ["keys", "age secret key", "SOPS_AGE_KEY", () => ["AGE-", "SECRET-KEY-1", g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")].join("")],
  // observability
  ["observability", "Datadog API key", "DD_API_KEY", () => g.h(32)],
  ["observability", "Datadog application key", "DD_APP_KEY", () => g.h(40)],
  ["observability", "New Relic user key", "NEW_RELIC_API_KEY", () => ["NR", "AK-", g.U(27)].join("")],
  ["observability", "New Relic license key", "NEW_RELIC_LICENSE_KEY", () => [g.h(36), "NRAL"].join("")],
  ["observability", "Grafana service account token", "GRAFANA_TOKEN", () => ["gl", "sa_", g.a(32), "_", g.h(8)].join("")],
  ["observability", "Grafana Cloud token", "GRAFANA_CLOUD_TOKEN", () => ["gl", "c_", g.seg({ o: g.d(6), n: "stack-" + g.d(6) + "-hm-write", k: g.a(24), m: { r: "prod-us-east-0" } })].join("")],
  // payment
  ["payment", "Stripe secret key", "STRIPE_SECRET_KEY", () => ["sk", "_live_", "51", g.a(22), g.a(75)].join("")],
  ["payment", "Stripe restricted key", "STRIPE_RESTRICTED_KEY", () => ["rk", "_live_", "51", g.a(95)].join("")],
  ["payment", "Stripe webhook secret", "STRIPE_WEBHOOK_SECRET", () => ["wh", "sec_", g.a(32)].join("")],
  ["payment", "Square access token", "SQUARE_ACCESS_TOKEN", () => ["EA", "AA", g.u(60)].join("")],
  ["payment", "PayPal client secret", "PAYPAL_CLIENT_SECRET", () => ["E", g.u(79)].join("")],
  ["payment", "Braintree access token", "BRAINTREE_ACCESS_TOKEN", () => ["access_token", "$production$", g.l(16), "$", g.h(32)].join("")],
  ["payment", "Shopify admin token", "SHOPIFY_ACCESS_TOKEN", () => ["sh", "pat_", g.h(32)].join("")],
  ["payment", "Plaid secret", "PLAID_SECRET", () => g.h(30)],
  // saas
  ["saas", "Atlassian API token", "JIRA_API_TOKEN", () => ["ATA", "TT3xFfGF0", g.u(170), "=", g.H(8)].join("")],
  ["saas", "Linear API key", "LINEAR_API_KEY", () => ["lin", "_api_", g.a(40)].join("")],
  ["saas", "Notion integration token", "NOTION_TOKEN", () => ["nt", "n_", g.d(11), g.a(35)].join("")],
  ["saas", "Airtable PAT", "AIRTABLE_TOKEN", () => ["pa", "t", g.a(14), ".", g.h(64)].join("")],
  ["saas", "Figma PAT", "FIGMA_TOKEN", () => ["fig", "d_", g.u(40)].join("")],
  ["saas", "HubSpot private app token", "HUBSPOT_ACCESS_TOKEN", () => ["pa", "t-na1-", g.uuid()].join("")],
  ["saas", "Contentful management token", "CONTENTFUL_MANAGEMENT_TOKEN", () => ["CFP", "AT-", g.u(43)].join("")],
  ["saas", "Algolia admin key", "ALGOLIA_ADMIN_KEY", () => g.h(32)],
  ["saas", "Mapbox secret token", "MAPBOX_SECRET_TOKEN", () => ["s", "k.", g.seg({ u: g.word() + g.d(3), a: "cl" + g.l(23) }), ".", g.u(22)].join("")],
  ["saas", "PostHog personal API key", "POSTHOG_PERSONAL_API_KEY", () => ["ph", "x_", g.a(43)].join("")],
  ["saas", "Dropbox access token", "DROPBOX_ACCESS_TOKEN", () => ["s", "l.", g.u(136)].join("")],
];

const toks: Tok[] = [];
for (let round = 0; round < 2; round++)
  for (const [group, provider, env, make] of specs)
    if (round === 0 || toks.length < 100) toks.push({ group, provider, env, value: make() });

export const cases: CorpusCase[] = rotate("y68-c", "heldouty68-sec", toks, g);
