// Common providers, each token rendered in two rotated contexts. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { AN, B32, B64, DIG, HEX, LAN, LO, UAN, UP, URL64, build, cat, type Spec } from "./_gen.ts";

const P = (...xs: string[]) => xs.join("");

const specs: Spec[] = [
  // ai
  { g: "ai", p: "OpenAI", env: "OPENAI_API_KEY", make: (r) => P("sk-", "proj-", r.s(58, URL64), "T3Blb", "kFJ", r.s(58, URL64)) },
  { g: "ai", p: "OpenAI", env: "OPENAI_ADMIN_KEY", make: (r) => P("sk-", "admin-", r.s(58, URL64), "T3Blb", "kFJ", r.s(58, URL64)) },
  { g: "ai", p: "OpenAI", env: "OPENAI_SVC_KEY", make: (r) => P("sk-", "svcacct-", r.s(58, URL64), "T3Blb", "kFJ", r.s(58, URL64)) },
  { g: "ai", p: "Anthropic", env: "ANTHROPIC_API_KEY", hdr: ["x-api-key", ""], make: (r) => P("sk-", "ant-", "api03-", r.s(93, URL64), "AA") },
  { g: "ai", p: "Anthropic", env: "ANTHROPIC_ADMIN_KEY", hdr: ["x-api-key", ""], make: (r) => P("sk-", "ant-", "admin01-", r.s(93, URL64), "AA") },
  { g: "ai", p: "Hugging Face", env: "HF_TOKEN", make: (r) => P("h", "f_", r.s(34, UP + LO)) },
  { g: "ai", p: "Google Gemini", env: "GEMINI_API_KEY", hdr: ["x-goog-api-key", ""], make: (r) => P("AI", "za", "Sy", r.s(33, URL64)) },
  { g: "ai", p: "Groq", env: "GROQ_API_KEY", make: (r) => P("gs", "k_", r.s(52)) },
  { g: "ai", p: "Replicate", env: "REPLICATE_API_TOKEN", make: (r) => P("r", "8_", r.s(37)) },
  { g: "ai", p: "Perplexity", env: "PERPLEXITY_API_KEY", make: (r) => P("pp", "lx-", r.s(48)) },
  { g: "ai", p: "xAI", env: "XAI_API_KEY", make: (r) => P("x", "ai-", r.s(80)) },
  { g: "ai", p: "OpenRouter", env: "OPENROUTER_API_KEY", make: (r) => P("sk-", "or-", "v1-", r.hex(64)) },
  { g: "ai", p: "LangSmith", env: "LANGSMITH_API_KEY", hdr: ["x-api-key", ""], make: (r) => P("lsv2", "_pt_", r.hex(32), "_", r.hex(10)) },
  { g: "ai", p: "Cohere", env: "COHERE_API_KEY", make: (r) => r.s(40) },
  { g: "ai", p: "Mistral", env: "MISTRAL_API_KEY", make: (r) => r.s(32) },
  { g: "ai", p: "DeepSeek", env: "DEEPSEEK_API_KEY", make: (r) => P("sk", "-", r.hex(32)) },
  // auth
  { g: "auth", p: "Okta", env: "OKTA_API_TOKEN", hdr: ["Authorization", "SSWS "], make: (r) => P("00", r.s(40, URL64)) },
  { g: "auth", p: "Auth0", env: "AUTH0_CLIENT_SECRET", make: (r) => r.s(64, URL64) },
  { g: "auth", p: "Google OAuth", env: "GOOGLE_CLIENT_SECRET", make: (r) => P("GOC", "SPX-", r.s(28, URL64)) },
  { g: "auth", p: "Google OAuth", env: "GOOGLE_REFRESH_TOKEN", make: (r) => P("1", "//0", r.s(2, AN), "-", r.s(96, URL64)) },
  { g: "auth", p: "Azure AD", env: "AZURE_CLIENT_SECRET", make: (r) => P(r.s(3, AN), "8Q~", r.s(34, AN + "_-.~")) },
  { g: "auth", p: "JWT signing", env: "JWT_SECRET", make: (r) => r.b64(48) },
  { g: "auth", p: "Session", env: "SESSION_SECRET", make: (r) => r.hex(64) },
  { g: "auth", p: "Clerk", env: "CLERK_SECRET_KEY", make: (r) => P("sk", "_live_", r.s(40)) },
  // cloud
  { g: "cloud", p: "AWS", env: "AWS_ACCESS_KEY_ID", make: (r) => P("AK", "IA", r.s(16, B32)) },
  { g: "cloud", p: "AWS", env: "AWS_SECRET_ACCESS_KEY", make: (r) => r.s(40, AN + "/+") },
  { g: "cloud", p: "AWS STS", env: "AWS_SESSION_TOKEN", make: (r) => P("IQo", "Jb3JpZ2luX2Vj", r.s(300, B64)) },
  { g: "cloud", p: "Azure Storage", env: "AZURE_STORAGE_CONNECTION_STRING", make: (r) => P("DefaultEndpointsProtocol=https;AccountName=acme", r.s(6, LAN), ";Account", "Key=", r.b64(64), ";EndpointSuffix=core.windows.net") },
  { g: "cloud", p: "GCP", env: "GOOGLE_API_KEY", hdr: ["x-goog-api-key", ""], make: (r) => P("AI", "za", "Sy", r.s(33, URL64)) },
  { g: "cloud", p: "DigitalOcean", env: "DIGITALOCEAN_TOKEN", make: (r) => P("do", "p_v1_", r.hex(64)) },
  { g: "cloud", p: "Cloudflare", env: "CLOUDFLARE_API_TOKEN", make: (r) => r.s(40, URL64) },
  { g: "cloud", p: "Heroku", env: "HEROKU_API_KEY", make: (r) => P("HR", "KU-", "AA", r.s(58, URL64)) },
  { g: "cloud", p: "Vercel", env: "VERCEL_TOKEN", make: (r) => r.s(24) },
  { g: "cloud", p: "Netlify", env: "NETLIFY_AUTH_TOKEN", make: (r) => P("nf", "p_", r.s(36)) },
  { g: "cloud", p: "Fly.io", env: "FLY_API_TOKEN", make: (r) => P("Fly", "V1 ", "fm2_", r.s(120, B64)) },
  { g: "cloud", p: "Supabase", env: "SUPABASE_SERVICE_ROLE_KEY", make: (r) => r.jwt({ iss: "supabase", ref: r.s(20, LO), role: "service_role", iat: 1712000000, exp: 2027576000 }) },
  // comms
  { g: "comms", p: "Slack", env: "SLACK_BOT_TOKEN", make: (r) => P("xo", "xb-", r.digits(12), "-", r.digits(13), "-", r.s(24)) },
  { g: "comms", p: "Slack", env: "SLACK_USER_TOKEN", make: (r) => P("xo", "xp-", r.digits(12), "-", r.digits(13), "-", r.digits(13), "-", r.hex(32)) },
  { g: "comms", p: "Slack", env: "SLACK_WEBHOOK_URL", make: (r) => P("https://hooks.", "slack.com/services/T", r.s(10, UAN), "/B", r.s(10, UAN), "/", r.s(24)) },
  { g: "comms", p: "Discord", env: "DISCORD_WEBHOOK_URL", make: (r) => P("https://discord.com/api/", "webhooks/", r.digits(19), "/", r.s(68, URL64)) },
  { g: "comms", p: "Telegram", env: "TELEGRAM_BOT_TOKEN", make: (r) => P(r.digits(10), ":AA", r.s(33, URL64)) },
  { g: "comms", p: "Twilio", env: "TWILIO_AUTH_TOKEN", make: (r) => r.hex(32) },
  { g: "comms", p: "Twilio", env: "TWILIO_API_SECRET", make: (r) => r.s(32) },
  { g: "comms", p: "SendGrid", env: "SENDGRID_API_KEY", make: (r) => P("S", "G.", r.s(22, URL64), ".", r.s(43, URL64)) },
  { g: "comms", p: "Mailgun", env: "MAILGUN_API_KEY", hdr: ["Authorization", "Basic "], make: (r) => P("key-", r.hex(32)) },
  { g: "comms", p: "Mailchimp", env: "MAILCHIMP_API_KEY", make: (r) => P(r.hex(32), "-us", String(r.range(2, 21))) },
  // data
  { g: "data", p: "PostgreSQL", env: "DATABASE_URL", make: (r) => P("postgres", "ql://app_rw:", r.s(24), "@db-prod.", r.s(6, LAN), ".eu-west-1.rds.amazonaws.com:5432/app") },
  { g: "data", p: "MongoDB Atlas", env: "MONGODB_URI", make: (r) => P("mongodb", "+srv://svc:", r.s(20), "@cluster0.", r.s(5, LAN), ".mongodb.net/prod?retryWrites=true") },
  { g: "data", p: "Redis", env: "REDIS_URL", make: (r) => P("redi", "ss://default:", r.s(32), "@redis-", r.digits(5), ".c1.us-east-1-2.ec2.cloud.redislabs.com:", r.digits(5)) },
  { g: "data", p: "PlanetScale", env: "PLANETSCALE_PASSWORD", make: (r) => P("pscale", "_pw_", r.s(43, URL64)) },
  { g: "data", p: "Neon", env: "NEON_API_KEY", make: (r) => P("napi", "_", r.s(64, LAN)) },
  { g: "data", p: "Snowflake", env: "SNOWFLAKE_PASSWORD", make: (r) => r.s(20, AN + "!#%") },
  { g: "data", p: "Databricks", env: "DATABRICKS_TOKEN", make: (r) => P("dap", "i", r.hex(32)) },
  { g: "data", p: "Upstash", env: "UPSTASH_REDIS_REST_TOKEN", make: (r) => P("A", r.s(3, UP), "ASQgN", r.s(60, URL64), "=") },
  { g: "data", p: "Pinecone", env: "PINECONE_API_KEY", hdr: ["Api-Key", ""], make: (r) => P("pc", "sk_", r.s(5, LAN), "_", r.s(64)) },
  // devtools
  { g: "devtools", p: "GitHub", env: "GITHUB_TOKEN", make: (r) => P("gh", "p_", r.s(36)) },
  { g: "devtools", p: "GitHub", env: "GH_FINEGRAINED_PAT", make: (r) => P("github", "_pat_", "11", r.s(20, UAN), "_", r.s(59)) },
  { g: "devtools", p: "GitHub App", env: "GITHUB_INSTALLATION_TOKEN", make: (r) => P("gh", "s_", r.s(36)) },
  { g: "devtools", p: "GitHub OAuth", env: "GITHUB_OAUTH_TOKEN", make: (r) => P("gh", "o_", r.s(36)) },
  { g: "devtools", p: "GitLab", env: "GITLAB_TOKEN", hdr: ["PRIVATE-TOKEN", ""], make: (r) => P("gl", "pat-", r.s(20, URL64)) },
  { g: "devtools", p: "npm", env: "NPM_TOKEN", make: (r) => P("np", "m_", r.s(36)) },
  { g: "devtools", p: "PyPI", env: "TWINE_PASSWORD", make: (r) => P("pyp", "i-AgEIcHlwaS5vcmc", r.s(150, URL64)) },
  { g: "devtools", p: "Docker Hub", env: "DOCKERHUB_TOKEN", make: (r) => P("dck", "r_pat_", r.s(27, URL64)) },
  { g: "devtools", p: "Atlassian", env: "JIRA_API_TOKEN", hdr: ["Authorization", "Basic "], make: (r) => P("ATA", "TT3x", r.s(180, URL64), "=", r.hex(8).toUpperCase()) },
  { g: "devtools", p: "Terraform Cloud", env: "TFE_TOKEN", make: (r) => P(r.s(14, LAN), ".at", "lasv1.", r.s(67, AN)) },
  { g: "devtools", p: "HashiCorp Vault", env: "VAULT_TOKEN", hdr: ["X-Vault-Token", ""], make: (r) => P("hv", "s.", r.s(24)) },
  { g: "devtools", p: "Postman", env: "POSTMAN_API_KEY", hdr: ["X-Api-Key", ""], make: (r) => P("PMAK", "-", r.hex(24), "-", r.hex(34)) },
  // observability
  { g: "observability", p: "Datadog", env: "DD_API_KEY", hdr: ["DD-API-KEY", ""], make: (r) => r.hex(32) },
  { g: "observability", p: "Datadog", env: "DD_APP_KEY", hdr: ["DD-APPLICATION-KEY", ""], make: (r) => r.hex(40) },
  { g: "observability", p: "New Relic", env: "NEW_RELIC_LICENSE_KEY", make: (r) => P(r.hex(36), "NRAL") },
  { g: "observability", p: "New Relic", env: "NEW_RELIC_API_KEY", hdr: ["Api-Key", ""], make: (r) => P("NR", "AK-", r.s(27, UAN)) },
  { g: "observability", p: "Sentry", env: "SENTRY_AUTH_TOKEN", make: (r) => P("sn", "trys_", r.b64url(90)) },
  { g: "observability", p: "Grafana", env: "GRAFANA_SA_TOKEN", make: (r) => P("gl", "sa_", r.s(32), "_", r.hex(8)) },
  // payment
  { g: "payment", p: "Stripe", env: "STRIPE_SECRET_KEY", make: (r) => P("sk", "_live_", "51", r.s(97)) },
  { g: "payment", p: "Stripe", env: "STRIPE_RESTRICTED_KEY", make: (r) => P("rk", "_live_", "51", r.s(97)) },
  { g: "payment", p: "Stripe", env: "STRIPE_WEBHOOK_SECRET", make: (r) => P("wh", "sec_", r.s(32)) },
  { g: "payment", p: "Square", env: "SQUARE_ACCESS_TOKEN", make: (r) => P("EAAA", "l", r.s(59, URL64)) },
  { g: "payment", p: "PayPal", env: "PAYPAL_CLIENT_SECRET", make: (r) => P("E", r.s(79, URL64)) },
  { g: "payment", p: "Braintree", env: "BRAINTREE_ACCESS_TOKEN", make: (r) => P("access_", "token$production$", r.s(16, LAN), "$", r.hex(32)) },
  { g: "payment", p: "Shopify", env: "SHOPIFY_ADMIN_TOKEN", hdr: ["X-Shopify-Access-Token", ""], make: (r) => P("sh", "pat_", r.hex(32)) },
  // saas
  { g: "saas", p: "Notion", env: "NOTION_TOKEN", make: (r) => P("nt", "n_", r.digits(11), r.s(35)) },
  { g: "saas", p: "Linear", env: "LINEAR_API_KEY", make: (r) => P("lin", "_api_", r.s(40)) },
  { g: "saas", p: "Airtable", env: "AIRTABLE_PAT", make: (r) => P("pa", "t", r.s(14), ".", r.hex(64)) },
  { g: "saas", p: "Figma", env: "FIGMA_TOKEN", hdr: ["X-Figma-Token", ""], make: (r) => P("fig", "d_", r.s(40, URL64)) },
  { g: "saas", p: "HubSpot", env: "HUBSPOT_ACCESS_TOKEN", make: (r) => P("pat-", "na1-", r.uuid()) },
  { g: "saas", p: "Contentful", env: "CONTENTFUL_MANAGEMENT_TOKEN", make: (r) => P("CF", "PAT-", r.s(43, URL64)) },
  { g: "saas", p: "Algolia", env: "ALGOLIA_ADMIN_KEY", hdr: ["X-Algolia-API-Key", ""], make: (r) => r.hex(32) },
  { g: "saas", p: "Mapbox", env: "MAPBOX_SECRET_TOKEN", make: (r) => P("s", "k.eyJ1Ijoi", r.s(30, URL64), "In0.", r.s(22, URL64)) },
  { g: "saas", p: "Dropbox", env: "DROPBOX_ACCESS_TOKEN", make: (r) => P("sl", ".", "u.", r.s(140, URL64)) },
  { g: "saas", p: "Asana", env: "ASANA_PAT", make: (r) => P("2", "/", r.digits(16), "/", r.digits(16), ":", r.hex(32)) },
];

void B32; void DIG; void HEX;

export const cases: CorpusCase[] = [
  ...build(specs, 0x77c0, "y77-c", cat, 1, 0),
  // a second context for every other common provider
  ...build(specs.filter((_, i) => i % 2 === 0), 0x77c2, "y77-cc", cat, 1, 11),
];
