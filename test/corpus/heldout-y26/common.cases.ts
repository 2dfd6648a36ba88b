// heldout-y26 common providers: each token rendered twice through the rotating contexts.
import type { CorpusCase } from "../types.ts";
import { AN, B64, B64U, DIG, Gen, HEX, LAN, UAN, UP, build, type Spec } from "./_gen.ts";

type O = Partial<Pick<Spec, "hdr" | "host" | "raw">>;
const sp = (provider: string, group: string, env: string, make: (g: Gen) => string, o: O = {}): Spec => ({ provider, group, env, make, ...o });

const specs: Spec[] = [
  // ai
  sp("OpenAI", "ai", "OPENAI_API_KEY", (g) => g.t(["sk-", "proj-"], 74, AN + "-_") + ["T3Blbk", "FJ"].join("") + g.s(74, AN + "-_")),
  sp("OpenAI admin", "ai", "OPENAI_ADMIN_KEY", (g) => g.t(["sk-", "admin-"], 58, AN + "-_") + ["T3Blbk", "FJ"].join("") + g.s(58, AN + "-_")),
  sp("Anthropic", "ai", "ANTHROPIC_API_KEY", (g) => g.t(["sk-", "ant-", "api03-"], 93, AN + "-_", "AA"), { hdr: "x-api-key: " }),
  sp("Hugging Face", "ai", "HF_TOKEN", (g) => g.t(["h", "f_"], 34, UP + "abcdefghijklmnopqrstuvwxyz")),
  sp("Groq", "ai", "GROQ_API_KEY", (g) => g.t(["gs", "k_"], 52)),
  sp("Replicate", "ai", "REPLICATE_API_TOKEN", (g) => g.t(["r8", "_"], 37)),
  sp("Perplexity", "ai", "PERPLEXITY_API_KEY", (g) => g.t(["pp", "lx-"], 48)),
  sp("Google Gemini", "ai", "GEMINI_API_KEY", (g) => g.t(["AI", "za"], 35, AN + "-_"), { hdr: "x-goog-api-key: ", host: "generativelanguage.googleapis.com" }),
  sp("xAI", "ai", "XAI_API_KEY", (g) => g.t(["xa", "i-"], 80)),
  sp("OpenRouter", "ai", "OPENROUTER_API_KEY", (g) => g.t(["sk-", "or-", "v1-"], 64, HEX)),
  sp("Mistral", "ai", "MISTRAL_API_KEY", (g) => g.s(32)),
  sp("LangSmith", "ai", "LANGSMITH_API_KEY", (g) => g.t(["lsv2", "_pt_"], 32, HEX) + "_" + g.s(10, HEX), { hdr: "x-api-key: " }),
  sp("Pinecone", "ai", "PINECONE_API_KEY", (g) => g.t(["pc", "sk_"], 5, AN) + "_" + g.s(63)),
  // auth
  sp("Okta", "auth", "OKTA_API_TOKEN", (g) => g.t(["0", "0"], 40, AN + "-_"), { hdr: "Authorization: SSWS " }),
  sp("Auth0", "auth", "AUTH0_CLIENT_SECRET", (g) => g.s(64, AN + "-_")),
  sp("Google OAuth", "auth", "GOOGLE_CLIENT_SECRET", (g) => g.t(["GOC", "SPX-"], 28, AN + "-_")),
  sp("Google OAuth refresh", "auth", "GOOGLE_REFRESH_TOKEN", (g) => g.t(["1", "//0"], 100, AN + "-_")),
  sp("Clerk", "auth", "CLERK_SECRET_KEY", (g) => g.t(["sk", "_live_"], 40)),
  sp("JWT signing secret", "auth", "JWT_SECRET", (g) => g.b64(48)),
  sp("Session cookie secret", "auth", "SESSION_SECRET", (g) => g.s(64, HEX)),
  // cloud
  sp("AWS", "cloud", "AWS_SECRET_ACCESS_KEY", (g) => g.s(40, AN + "/+")),
  sp("AWS access key id", "cloud", "AWS_ACCESS_KEY_ID", (g) => g.t(["AK", "IA"], 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")),
  sp("AWS STS session", "cloud", "AWS_SESSION_TOKEN", (g) => ["IQoJb3Jp", "Z2luX2VjE"].join("") + g.s(300, B64)),
  sp("Azure Storage", "cloud", "AZURE_STORAGE_CONNECTION_STRING", (g) => `DefaultEndpointsProtocol=https;AccountName=acmeprod${g.s(4, LAN)};AccountKey=${g.b64(64)};EndpointSuffix=core.windows.net`, { raw: true }),
  sp("Azure AD", "cloud", "AZURE_CLIENT_SECRET", (g) => g.s(3, AN) + g.digits(1) + "Q~" + g.s(34, AN + "_-.~")),
  sp("DigitalOcean", "cloud", "DIGITALOCEAN_TOKEN", (g) => g.t(["do", "p_v1_"], 64, HEX)),
  sp("Vercel", "cloud", "VERCEL_TOKEN", (g) => g.s(24)),
  sp("Netlify", "cloud", "NETLIFY_AUTH_TOKEN", (g) => g.t(["nf", "p_"], 40)),
  sp("Fly.io", "cloud", "FLY_API_TOKEN", (g) => g.t(["Fly", "V1 fm2_"], 180, B64U), { raw: true }),
  sp("Cloudflare", "cloud", "CLOUDFLARE_API_TOKEN", (g) => g.s(40, AN + "-_")),
  sp("Heroku", "cloud", "HEROKU_API_KEY", (g) => g.t(["HR", "KU-"], 60, AN + "_-")),
  sp("Terraform Cloud", "cloud", "TFE_TOKEN", (g) => g.s(14) + ".atlas" + "v1." + g.s(67)),
  sp("GCP service account", "cloud", "GOOGLE_APPLICATION_CREDENTIALS_JSON", (g) => JSON.stringify({ type: "service_account", project_id: "acme-prod-" + g.digits(6), private_key_id: g.s(40, HEX), private_key: ["-----BEGIN ", "PRIVATE KEY-----\n"].join("") + g.b64(120) + "\n-----END PRIVATE KEY-----\n", client_email: "deployer@acme-prod.iam.gserviceaccount.com" }), { raw: true }),
  // comms
  sp("Slack bot", "comms", "SLACK_BOT_TOKEN", (g) => g.t(["xo", "xb-"], 12, DIG) + "-" + g.digits(13) + "-" + g.s(24)),
  sp("Slack user", "comms", "SLACK_USER_TOKEN", (g) => g.t(["xo", "xp-"], 12, DIG) + "-" + g.digits(12) + "-" + g.digits(13) + "-" + g.s(32, HEX)),
  sp("Slack app", "comms", "SLACK_APP_TOKEN", (g) => g.t(["xa", "pp-1-"], 11, UAN) + "-" + g.digits(13) + "-" + g.s(64, HEX)),
  sp("Slack webhook", "comms", "SLACK_WEBHOOK_URL", (g) => ["https://hooks.", "slack.com/services/T"].join("") + g.s(10, UAN) + "/B" + g.s(10, UAN) + "/" + g.s(24), { raw: true }),
  sp("Discord bot", "comms", "DISCORD_BOT_TOKEN", (g) => Buffer.from("1" + g.digits(18)).toString("base64").replace(/=+$/, "") + "." + g.s(6, AN + "-_") + "." + g.s(38, AN + "-_"), { hdr: "Authorization: Bot " }),
  sp("Telegram", "comms", "TELEGRAM_BOT_TOKEN", (g) => g.digits(10) + ":" + ["A", "A"].join("") + g.s(33, AN + "-_")),
  sp("Twilio", "comms", "TWILIO_AUTH_TOKEN", (g) => g.s(32, HEX)),
  sp("SendGrid", "comms", "SENDGRID_API_KEY", (g) => g.t(["S", "G."], 22, AN + "-_") + "." + g.s(43, AN + "-_")),
  sp("Mailgun", "comms", "MAILGUN_API_KEY", (g) => g.t(["ke", "y-"], 32, HEX)),
  sp("Mailchimp", "comms", "MAILCHIMP_API_KEY", (g) => g.s(32, HEX) + "-us" + g.range(2, 21)),
  sp("Resend", "comms", "RESEND_API_KEY", (g) => g.t(["r", "e_"], 8) + "_" + g.s(24)),
  // data
  sp("PostgreSQL", "data", "DATABASE_URL", (g) => `postgres://app_rw:${g.s(24)}@db-prod-${g.digits(2)}.internal.acme.io:5432/orders?sslmode=require`, { raw: true }),
  sp("MongoDB Atlas", "data", "MONGODB_URI", (g) => `mongodb+srv://svc_api:${g.s(20)}@cluster0.${g.s(5, LAN)}.mongodb.net/prod?retryWrites=true&w=majority`, { raw: true }),
  sp("Redis", "data", "REDIS_URL", (g) => `rediss://default:${g.s(32)}@redis-${g.digits(5)}.c1.us-east-1-2.ec2.cloud.redislabs.com:${g.digits(5)}`, { raw: true }),
  sp("PlanetScale", "data", "PLANETSCALE_PASSWORD", (g) => g.t(["psc", "ale_pw_"], 43, AN + "_")),
  sp("Databricks", "data", "DATABRICKS_TOKEN", (g) => g.t(["da", "pi"], 32, HEX)),
  sp("Supabase", "data", "SUPABASE_ACCESS_TOKEN", (g) => g.t(["sb", "p_"], 40, HEX)),
  sp("Upstash", "data", "UPSTASH_REDIS_REST_TOKEN", (g) => "A" + g.s(3, UP) + "A" + g.s(60, AN)),
  sp("Snowflake", "data", "SNOWFLAKE_PASSWORD", (g) => g.s(20, AN + "!#%")),
  // devtools
  sp("GitHub classic PAT", "devtools", "GITHUB_TOKEN", (g) => g.t(["gh", "p_"], 36), { host: "api.github.com" }),
  sp("GitHub fine-grained PAT", "devtools", "GH_TOKEN", (g) => g.t(["github", "_pat_"], 22, UAN) + "_" + g.s(59), { host: "api.github.com" }),
  sp("GitHub App installation", "devtools", "GITHUB_APP_TOKEN", (g) => g.t(["gh", "s_"], 36), { host: "api.github.com" }),
  sp("GitLab", "devtools", "GITLAB_TOKEN", (g) => g.t(["gl", "pat-"], 20, AN + "-_"), { hdr: "PRIVATE-TOKEN: ", host: "gitlab.com" }),
  sp("npm", "devtools", "NPM_TOKEN", (g) => g.t(["np", "m_"], 36)),
  sp("PyPI", "devtools", "TWINE_PASSWORD", (g) => g.t(["pypi-", "AgEIcHlwaS5vcmc"], 140, AN + "-_")),
  sp("Docker Hub", "devtools", "DOCKERHUB_TOKEN", (g) => g.t(["dckr", "_pat_"], 27, AN + "-_")),
  sp("Atlassian", "devtools", "JIRA_API_TOKEN", (g) => g.t(["ATA", "TT3xFfGF0"], 180, AN + "-_=") + "=" + g.s(8, UHEX())),
  sp("Postman", "devtools", "POSTMAN_API_KEY", (g) => g.t(["PM", "AK-"], 24, HEX) + "-" + g.s(34, HEX), { hdr: "X-Api-Key: " }),
  sp("HashiCorp Vault", "devtools", "VAULT_TOKEN", (g) => g.t(["hv", "s."], 24), { hdr: "X-Vault-Token: " }),
  sp("Doppler", "devtools", "DOPPLER_TOKEN", (g) => g.t(["dp", ".st.prd."], 43)),
  sp("CircleCI", "devtools", "CIRCLECI_TOKEN", (g) => g.t(["CCI", "PAT_"], 22) + "_" + g.s(40, HEX), { hdr: "Circle-Token: " }),
  // observability
  sp("Datadog", "observability", "DD_API_KEY", (g) => g.s(32, HEX), { hdr: "DD-API-KEY: ", host: "api.datadoghq.com" }),
  sp("Datadog app", "observability", "DD_APP_KEY", (g) => g.s(40, HEX), { hdr: "DD-APPLICATION-KEY: ", host: "api.datadoghq.com" }),
  sp("New Relic", "observability", "NEW_RELIC_API_KEY", (g) => g.t(["NR", "AK-"], 27, UAN), { hdr: "API-Key: " }),
  sp("Sentry", "observability", "SENTRY_AUTH_TOKEN", (g) => g.t(["sntr", "ys_"], 160, B64U)),
  sp("Grafana", "observability", "GRAFANA_SERVICE_ACCOUNT_TOKEN", (g) => g.t(["gl", "sa_"], 32) + "_" + g.s(8, HEX)),
  // payment
  sp("Stripe", "payment", "STRIPE_SECRET_KEY", (g) => g.t(["sk", "_live_"], 99), { host: "api.stripe.com" }),
  sp("Stripe restricted", "payment", "STRIPE_RESTRICTED_KEY", (g) => g.t(["rk", "_live_"], 99), { host: "api.stripe.com" }),
  sp("Stripe webhook", "payment", "STRIPE_WEBHOOK_SECRET", (g) => g.t(["wh", "sec_"], 32)),
  sp("Square", "payment", "SQUARE_ACCESS_TOKEN", (g) => g.t(["EA", "AA"], 60, AN + "-_")),
  sp("PayPal", "payment", "PAYPAL_CLIENT_SECRET", (g) => "E" + g.s(79, AN + "-_")),
  sp("Braintree", "payment", "BRAINTREE_ACCESS_TOKEN", (g) => ["access_token", "$production$"].join("") + g.s(16, LAN) + "$" + g.s(32, HEX)),
  sp("Shopify", "payment", "SHOPIFY_ADMIN_TOKEN", (g) => g.t(["shp", "at_"], 32, HEX), { hdr: "X-Shopify-Access-Token: " }),
  // saas
  sp("Notion", "saas", "NOTION_TOKEN", (g) => g.t(["nt", "n_"], 46)),
  sp("Airtable", "saas", "AIRTABLE_PAT", (g) => g.t(["pa", "t"], 14) + "." + g.s(64, HEX)),
  sp("Linear", "saas", "LINEAR_API_KEY", (g) => g.t(["lin", "_api_"], 40), { hdr: "Authorization: " }),
  sp("Figma", "saas", "FIGMA_TOKEN", (g) => g.t(["fi", "gd_"], 40, AN + "-_"), { hdr: "X-Figma-Token: " }),
  sp("HubSpot", "saas", "HUBSPOT_ACCESS_TOKEN", (g) => ["pat-", "na1-"].join("") + g.uuid()),
  sp("Contentful", "saas", "CONTENTFUL_MANAGEMENT_TOKEN", (g) => g.t(["CF", "PAT-"], 43, AN + "-_")),
  sp("Algolia admin", "saas", "ALGOLIA_ADMIN_KEY", (g) => g.s(32, HEX), { hdr: "X-Algolia-API-Key: " }),
  sp("Mapbox secret", "saas", "MAPBOX_SECRET_TOKEN", (g) => ["s", "k.eyJ1Ijoi"].join("") + g.s(40, B64U) + "." + g.s(22, B64U)),
  sp("Dropbox", "saas", "DROPBOX_ACCESS_TOKEN", (g) => g.t(["s", "l."], 140, AN + "-_")),
  sp("PostHog personal", "saas", "POSTHOG_PERSONAL_API_KEY", (g) => g.t(["ph", "x_"], 47)),
];

function UHEX(): string {
  return "0123456789ABCDEF";
}

export const cases: CorpusCase[] = build(specs, 0x26c0ffee, "y26-c", () => 2, "positive", (s) => `heldouty26-sec-${s.group}`);
void B64;
