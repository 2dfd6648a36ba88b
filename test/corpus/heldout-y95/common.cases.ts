// heldout-y95 common providers: each spec rendered twice through rotating contexts.
import type { CorpusCase } from "../types.ts";
import { Gen, j, build, type Spec } from "./_gen.ts";

const g = new Gen(0x79501);

const specs: Spec[] = [
  // ai
  { group: "ai", provider: "OpenAI", env: "OPENAI_API_KEY", make: (g) => j("sk-", "proj-", g.url64(58), "T3Blbk", "FJ", g.url64(58)) },
  { group: "ai", provider: "OpenAI", env: "OPENAI_ADMIN_KEY", make: (g) => j("sk-", "admin-", g.url64(58), "T3Blbk", "FJ", g.url64(58)) },
  { group: "ai", provider: "OpenAI", env: "OPENAI_SVC_KEY", make: (g) => j("sk-", "svcacct-", g.url64(58), "T3Blbk", "FJ", g.url64(58)) },
  { group: "ai", provider: "Anthropic", env: "ANTHROPIC_API_KEY", header: "x-api-key", make: (g) => j("sk-", "ant-", "api03-", g.url64(93), "AA") },
  { group: "ai", provider: "Anthropic", env: "ANTHROPIC_ADMIN_KEY", header: "x-api-key", make: (g) => j("sk-", "ant-", "admin01-", g.url64(93), "AA") },
  { group: "ai", provider: "HuggingFace", env: "HF_TOKEN", make: (g) => j("h", "f_", g.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")) },
  { group: "ai", provider: "Groq", env: "GROQ_API_KEY", make: (g) => j("gs", "k_", g.a(52)) },
  { group: "ai", provider: "Gemini", env: "GEMINI_API_KEY", header: "x-goog-api-key", make: (g) => j("AI", "za", "Sy", g.url64(33)) },
  { group: "ai", provider: "Replicate", env: "REPLICATE_API_TOKEN", make: (g) => j("r", "8_", g.a(37)) },
  { group: "ai", provider: "Perplexity", env: "PERPLEXITY_API_KEY", make: (g) => j("pp", "lx-", g.a(48)) },
  { group: "ai", provider: "xAI", env: "XAI_API_KEY", make: (g) => j("xa", "i-", g.a(80)) },
  { group: "ai", provider: "OpenRouter", env: "OPENROUTER_API_KEY", make: (g) => j("sk-", "or-", "v1-", g.h(64)) },
  { group: "ai", provider: "LangSmith", env: "LANGSMITH_API_KEY", header: "x-api-key", make: (g) => j("lsv2", "_pt_", g.h(32), "_", g.h(10)) },
  { group: "ai", provider: "Pinecone", env: "PINECONE_API_KEY", header: "Api-Key", make: (g) => j("pc", "sk_", g.a(5), "_", g.a(63)) },
  // auth
  { group: "auth", provider: "Okta", env: "OKTA_API_TOKEN", header: "Authorization: SSWS", make: (g) => j("00", g.url64(40)) },
  { group: "auth", provider: "Auth0", env: "AUTH0_CLIENT_SECRET", make: (g) => g.url64(64) },
  { group: "auth", provider: "Google OAuth", env: "GOOGLE_CLIENT_SECRET", make: (g) => j("GO", "CSPX-", g.url64(28)) },
  { group: "auth", provider: "Google OAuth", env: "GOOGLE_REFRESH_TOKEN", make: (g) => j("1/", "/0", g.url64(100)) },
  { group: "auth", provider: "Session", env: "SESSION_SECRET", make: (g) => g.b64(44) },
  { group: "auth", provider: "JWT", env: "JWT_SIGNING_SECRET", make: (g) => g.h(64) },
  { group: "auth", provider: "Clerk", env: "CLERK_SECRET_KEY", make: (g) => j("sk", "_live_", g.a(43)) },
  // cloud
  { group: "cloud", provider: "AWS", env: "AWS_ACCESS_KEY_ID", make: (g) => j("AK", "IA", g.b32(16)) },
  { group: "cloud", provider: "AWS STS", env: "AWS_SESSION_TOKEN", make: (g) => j("IQoJb3JpZ2lu", "X2Vj", g.b64(300)) },
  { group: "cloud", provider: "Azure Storage", env: "AZURE_STORAGE_CONNECTION_STRING", make: (g) => j("DefaultEndpointsProtocol=https;AccountName=acme", g.l(6), ";Account", "Key=", g.b64(86), "==;EndpointSuffix=core.windows.net") },
  { group: "cloud", provider: "Azure AD", env: "AZURE_CLIENT_SECRET", make: (g) => j(g.a(3), "8Q~", g.url64(34)) },
  { group: "cloud", provider: "GCP", env: "GOOGLE_API_KEY", header: "x-goog-api-key", make: (g) => j("AI", "za", "Sy", g.url64(33)) },
  { group: "cloud", provider: "DigitalOcean", env: "DIGITALOCEAN_TOKEN", make: (g) => j("do", "p_v1_", g.h(64)) },
  { group: "cloud", provider: "Heroku", env: "HEROKU_API_KEY", make: (g) => j("HR", "KU-AA", g.url64(58)) },
  { group: "cloud", provider: "Vercel", env: "VERCEL_TOKEN", make: (g) => g.a(24) },
  { group: "cloud", provider: "Netlify", env: "NETLIFY_AUTH_TOKEN", make: (g) => j("nf", "p_", g.a(36)) },
  { group: "cloud", provider: "Fly.io", env: "FLY_API_TOKEN", make: (g) => j("Fly", "V1 ", "fm2_", g.url64(120)) },
  { group: "cloud", provider: "Cloudflare", env: "CLOUDFLARE_API_TOKEN", make: (g) => g.url64(40) },
  { group: "cloud", provider: "Supabase", env: "SUPABASE_SERVICE_ROLE_KEY", make: (g) => g.jwt({ iss: "supabase", ref: g.l(20), role: "service_role", iat: 1731000000, exp: 2046576000 }) },
  // comms
  { group: "comms", provider: "Slack", env: "SLACK_BOT_TOKEN", make: (g) => j("xo", "xb-", g.d(12), "-", g.d(13), "-", g.a(24)) },
  { group: "comms", provider: "Slack", env: "SLACK_USER_TOKEN", make: (g) => j("xo", "xp-", g.d(12), "-", g.d(12), "-", g.d(13), "-", g.h(32)) },
  { group: "comms", provider: "Slack", env: "SLACK_WEBHOOK_URL", make: (g) => j("https://hooks.", "slack.com/services/T", g.u(10), "/B", g.u(10), "/", g.a(24)) },
  { group: "comms", provider: "Discord", env: "DISCORD_BOT_TOKEN", header: "Authorization: Bot", make: (g) => j("MT", g.url64(24), ".", g.url64(6), ".", g.url64(38)) },
  { group: "comms", provider: "Discord", env: "DISCORD_WEBHOOK_URL", make: (g) => j("https://discord.com/api/", "webhooks/", g.d(19), "/", g.url64(68)) },
  { group: "comms", provider: "Telegram", env: "TELEGRAM_BOT_TOKEN", make: (g) => j(g.d(10), ":AA", g.url64(33)) },
  { group: "comms", provider: "Twilio", env: "TWILIO_AUTH_TOKEN", make: (g) => j("AC", g.h(32), ":", g.h(32)) },
  { group: "comms", provider: "SendGrid", env: "SENDGRID_API_KEY", make: (g) => j("S", "G.", g.url64(22), ".", g.url64(43)) },
  { group: "comms", provider: "Mailgun", env: "MAILGUN_API_KEY", make: (g) => j("key", "-", g.h(32)) },
  { group: "comms", provider: "Mailchimp", env: "MAILCHIMP_API_KEY", make: (g) => j(g.h(32), "-us", String(g.range(2, 21))) },
  // data
  { group: "data", provider: "Postgres", env: "DATABASE_URL", make: (g) => j("postgres://", "app_rw:", g.a(24), "@db-prod.internal.acme.io:5432/app") },
  { group: "data", provider: "MySQL", env: "MYSQL_URL", make: (g) => j("mysql://", "root:", g.a(18), "@10.0.3.12:3306/shop") },
  { group: "data", provider: "Redis", env: "REDIS_URL", make: (g) => j("rediss://", "default:", g.a(32), "@cache.acme.io:6380") },
  { group: "data", provider: "MongoDB Atlas", env: "MONGODB_URI", make: (g) => j("mongodb+srv://", "svc:", g.a(20), "@cluster0.", g.l(5), ".mongodb.net/prod?retryWrites=true") },
  { group: "data", provider: "PlanetScale", env: "PLANETSCALE_PASSWORD", make: (g) => j("psc", "ale_pw_", g.url64(43)) },
  { group: "data", provider: "Neon", env: "NEON_API_KEY", make: (g) => j("nap", "i_", g.l(60)) },
  { group: "data", provider: "Snowflake", env: "SNOWFLAKE_PASSWORD", make: (g) => g.a(20) + "!" + g.d(3) },
  { group: "data", provider: "Databricks", env: "DATABRICKS_TOKEN", make: (g) => j("dap", "i", g.h(32)) },
  { group: "data", provider: "Upstash", env: "UPSTASH_REDIS_REST_TOKEN", make: (g) => j("AX", g.a(2), "AAIjcDE", g.a(50)) },
  // devtools
  { group: "devtools", provider: "GitHub", env: "GITHUB_TOKEN", header: "Authorization: token", make: (g) => j("gh", "p_", g.a(36)) },
  { group: "devtools", provider: "GitHub", env: "GH_FINE_GRAINED_PAT", make: (g) => j("github", "_pat_", "11", g.u(20), "_", g.a(59)) },
  { group: "devtools", provider: "GitHub App", env: "GITHUB_INSTALL_TOKEN", make: (g) => j("gh", "s_", g.a(36)) },
  { group: "devtools", provider: "GitLab", env: "GITLAB_TOKEN", header: "PRIVATE-TOKEN", make: (g) => j("gl", "pat-", g.url64(20)) },
  { group: "devtools", provider: "npm", env: "NPM_TOKEN", make: (g) => j("np", "m_", g.a(36)) },
  { group: "devtools", provider: "PyPI", env: "PYPI_API_TOKEN", make: (g) => j("pyp", "i-", "AgEIcHlwaS5vcmc", g.url64(70)) },
  { group: "devtools", provider: "Docker Hub", env: "DOCKERHUB_TOKEN", make: (g) => j("dck", "r_pat_", g.url64(27)) },
  { group: "devtools", provider: "Terraform Cloud", env: "TFE_TOKEN", make: (g) => j(g.a(14), ".at", "lasv1.", g.a(67)) },
  { group: "devtools", provider: "HashiCorp Vault", env: "VAULT_TOKEN", header: "X-Vault-Token", make: (g) => j("hv", "s.", g.url64(90)) },
  { group: "devtools", provider: "Doppler", env: "DOPPLER_TOKEN", make: (g) => j("dp", ".st.", "prd.", g.a(43)) },
  // keys
  { group: "keys", provider: "RSA private key", env: "TLS_PRIVATE_KEY", make: (g) => j("-----BEGIN ", "RSA PRIVATE KEY-----\\n", "MIIEpAIBAAKCAQEA", g.b64(64), "\\n", g.b64(64), "\\n", g.b64(64), "\\n-----END ", "RSA PRIVATE KEY-----") },
  { group: "keys", provider: "OpenSSH private key", env: "DEPLOY_SSH_KEY", make: (g) => j("-----BEGIN ", "OPENSSH PRIVATE KEY-----\\n", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", "\\n", g.b64(70), "\\n", g.b64(70), "\\n-----END ", "OPENSSH PRIVATE KEY-----") },
  { group: "keys", provider: "age", env: "SOPS_AGE_KEY", make: (g) => j("AGE-", "SECRET-KEY-1", g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")) },
  // observability
  { group: "observability", provider: "Datadog", env: "DD_API_KEY", header: "DD-API-KEY", make: (g) => g.h(32) },
  { group: "observability", provider: "New Relic", env: "NEW_RELIC_LICENSE_KEY", make: (g) => j(g.h(36), "NR", "AL") },
  { group: "observability", provider: "New Relic", env: "NEW_RELIC_USER_KEY", header: "Api-Key", make: (g) => j("NR", "AK-", g.u(27)) },
  { group: "observability", provider: "Sentry", env: "SENTRY_AUTH_TOKEN", make: (g) => j("sntr", "ys_", "eyJpYXQiOjE3M", g.url64(60), "_", g.url64(43)) },
  { group: "observability", provider: "Grafana Cloud", env: "GRAFANA_SA_TOKEN", make: (g) => j("gl", "sa_", g.a(32), "_", g.h(8)) },
  // payment
  { group: "payment", provider: "Stripe", env: "STRIPE_SECRET_KEY", make: (g) => j("sk", "_live_", "51", g.a(97)) },
  { group: "payment", provider: "Stripe", env: "STRIPE_RESTRICTED_KEY", make: (g) => j("rk", "_live_", "51", g.a(97)) },
  { group: "payment", provider: "Stripe", env: "STRIPE_WEBHOOK_SECRET", make: (g) => j("wh", "sec_", g.a(32)) },
  { group: "payment", provider: "Square", env: "SQUARE_ACCESS_TOKEN", make: (g) => j("EA", "AA", g.url64(60)) },
  { group: "payment", provider: "PayPal", env: "PAYPAL_CLIENT_SECRET", make: (g) => j("E", g.url64(79)) },
  { group: "payment", provider: "Shopify", env: "SHOPIFY_ADMIN_TOKEN", header: "X-Shopify-Access-Token", make: (g) => j("sh", "pat_", g.h(32)) },
  // saas
  { group: "saas", provider: "Atlassian", env: "JIRA_API_TOKEN", make: (g) => j("AT", "ATT3x", g.url64(180), "=", g.H(8)) },
  { group: "saas", provider: "Linear", env: "LINEAR_API_KEY", make: (g) => j("lin", "_api_", g.a(40)) },
  { group: "saas", provider: "Notion", env: "NOTION_TOKEN", make: (g) => j("nt", "n_", g.d(11), g.a(35)) },
  { group: "saas", provider: "Airtable", env: "AIRTABLE_PAT", make: (g) => j("pa", "t", g.a(14), ".", g.h(64)) },
  { group: "saas", provider: "Figma", env: "FIGMA_TOKEN", header: "X-Figma-Token", make: (g) => j("fig", "d_", g.url64(40)) },
  { group: "saas", provider: "Postman", env: "POSTMAN_API_KEY", header: "X-Api-Key", make: (g) => j("PM", "AK-", g.h(24), "-", g.h(34)) },
  { group: "saas", provider: "HubSpot", env: "HUBSPOT_ACCESS_TOKEN", make: (g) => j("pat", "-na1-", g.uuid()) },
];

const first = build(specs, g, { idPrefix: "y95-c", categoryPrefix: "heldouty95-sec" });
// second pass over every other spec, different contexts
const second = build(specs.filter((_, i) => i % 2 === 0), g, { idPrefix: "y95-c", categoryPrefix: "heldouty95-sec", offset: 5, start: first.length });
export const cases: CorpusCase[] = [...first, ...second];
