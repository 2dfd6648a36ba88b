// heldout-y73 common providers: each credential type drawn twice and rotated through the renderers.
import type { CorpusCase } from "../types.ts";
import { A, B32, B64, D, Gen, H, HU, L, U, URL, rotate, type Spec } from "./_gen.ts";

const g = new Gen(0x7301);
const BEAR = "Authorization: Bearer ";

type Row = [p: string, grp: string, k: string, mk: () => string, hdr?: string, host?: string];

const rows: Row[] = [
  // ai
  ["OpenAI project key", "ai", "OPENAI_API_KEY", () => g.t("sk-", "proj-", [74, URL], "T3Blbk", "FJ", [74, URL]), BEAR, "api.openai.com"],
  ["OpenAI service account key", "ai", "OPENAI_API_KEY", () => g.t("sk-", "svcacct-", [74, URL], "T3Blbk", "FJ", [74, URL]), BEAR, "api.openai.com"],
  ["OpenAI admin key", "ai", "OPENAI_ADMIN_KEY", () => g.t("sk-", "admin-", [74, URL], "T3Blbk", "FJ", [74, URL]), BEAR, "api.openai.com"],
  ["Anthropic API key", "ai", "ANTHROPIC_API_KEY", () => g.t("sk-", "ant-api03-", [93, URL], "AA"), "x-api-key: ", "api.anthropic.com"],
  ["Anthropic admin key", "ai", "ANTHROPIC_ADMIN_KEY", () => g.t("sk-", "ant-admin01-", [93, URL], "AA"), "x-api-key: ", "api.anthropic.com"],
  ["Hugging Face token", "ai", "HF_TOKEN", () => g.t("h", "f_", [34, A]), BEAR, "huggingface.co"],
  ["Google Gemini API key", "ai", "GEMINI_API_KEY", () => g.t("AI", "za", [35, URL]), "x-goog-api-key: ", "generativelanguage.googleapis.com"],
  ["Groq API key", "ai", "GROQ_API_KEY", () => g.t("gs", "k_", [52, A]), BEAR, "api.groq.com"],
  ["Replicate token", "ai", "REPLICATE_API_TOKEN", () => g.t("r", "8_", [37, A]), BEAR, "api.replicate.com"],
  ["Perplexity key", "ai", "PERPLEXITY_API_KEY", () => g.t("pp", "lx-", [48, A]), BEAR, "api.perplexity.ai"],
  ["xAI key", "ai", "XAI_API_KEY", () => g.t("x", "ai-", [80, A]), BEAR, "api.x.ai"],
  ["OpenRouter key", "ai", "OPENROUTER_API_KEY", () => g.t("sk-", "or-v1-", [64, H]), BEAR, "openrouter.ai"],
  ["LangSmith key", "ai", "LANGSMITH_API_KEY", () => g.t("lsv2_", "pt_", [32, H], "_", [10, H]), "x-api-key: ", "api.smith.langchain.com"],
  ["Pinecone key", "ai", "PINECONE_API_KEY", () => g.t("pc", "sk_", [5, A], "_", [62, A]), "Api-Key: ", "api.pinecone.io"],
  ["Cohere key", "ai", "COHERE_API_KEY", () => g.str(40, A), BEAR, "api.cohere.com"],
  // auth
  ["GitHub classic PAT", "devtools", "GITHUB_TOKEN", () => g.t("gh", "p_", [36, A]), "Authorization: token ", "api.github.com"],
  ["GitHub fine-grained PAT", "devtools", "GH_TOKEN", () => g.t("github", "_pat_", "11", [20, U], "_", [59, A]), BEAR, "api.github.com"],
  ["GitHub OAuth token", "devtools", "GITHUB_OAUTH_TOKEN", () => g.t("gh", "o_", [36, A]), BEAR, "api.github.com"],
  ["GitHub App installation token", "devtools", "GITHUB_APP_TOKEN", () => g.t("gh", "s_", [36, A]), BEAR, "api.github.com"],
  ["GitLab PAT", "devtools", "GITLAB_TOKEN", () => g.t("gl", "pat-", [20, URL]), "PRIVATE-TOKEN: ", "gitlab.com"],
  ["GitLab CI runner token", "devtools", "RUNNER_TOKEN", () => g.t("gl", "rt-", [20, URL]), "PRIVATE-TOKEN: ", "gitlab.com"],
  ["npm token", "devtools", "NPM_TOKEN", () => g.t("np", "m_", [36, A]), BEAR, "registry.npmjs.org"],
  ["PyPI token", "devtools", "PYPI_TOKEN", () => g.t("py", "pi-", "AgEIcHlwaS5vcmc", [70, URL]), BEAR, "upload.pypi.org"],
  ["Docker Hub PAT", "devtools", "DOCKERHUB_TOKEN", () => g.t("dck", "r_pat_", [27, URL]), BEAR, "hub.docker.com"],
  ["Bitbucket app password", "devtools", "BITBUCKET_APP_PASSWORD", () => g.t("ATB", "B", [28, A], [8, HU]), BEAR, "api.bitbucket.org"],
  ["Terraform Cloud token", "devtools", "TFE_TOKEN", () => g.t([14, A], ".at", "las", "v1.", [67, A]), BEAR, "app.terraform.io"],
  ["Vercel token", "devtools", "VERCEL_TOKEN", () => g.str(24, A), BEAR, "api.vercel.com"],
  ["Netlify PAT", "devtools", "NETLIFY_AUTH_TOKEN", () => g.t("nf", "p_", [36, A]), BEAR, "api.netlify.com"],
  ["CircleCI token", "devtools", "CIRCLECI_TOKEN", () => g.t("CC", "IPAT_", [22, A], "_", [40, H]), "Circle-Token: ", "circleci.com"],
  ["Postman API key", "saas", "POSTMAN_API_KEY", () => g.t("PM", "AK-", [24, H], "-", [34, H]), "X-Api-Key: ", "api.getpostman.com"],
  // auth
  ["Okta API token", "auth", "OKTA_API_TOKEN", () => g.t("00", [40, URL]), "Authorization: SSWS ", "acme.okta.com"],
  ["Auth0 client secret", "auth", "AUTH0_CLIENT_SECRET", () => g.str(64, URL), undefined, "acme.us.auth0.com"],
  ["Google OAuth client secret", "auth", "GOOGLE_CLIENT_SECRET", () => g.t("GOC", "SPX-", [28, URL]), undefined, "oauth2.googleapis.com"],
  ["Google OAuth refresh token", "auth", "GOOGLE_REFRESH_TOKEN", () => g.t("1", "//0", [2, A], [100, URL]), undefined, "oauth2.googleapis.com"],
  ["Azure AD client secret", "auth", "AZURE_CLIENT_SECRET", () => g.t([3, A], "8Q~", [34, `${A}_.~-`]), undefined, "login.microsoftonline.com"],
  ["JWT signing secret", "auth", "JWT_SECRET", () => g.str(64, H)],
  ["Session secret", "auth", "SESSION_SECRET", () => g.str(48, B64)],
  ["HashiCorp Vault token", "auth", "VAULT_TOKEN", () => g.t("hv", "s.", [24, A]), "X-Vault-Token: ", "vault.internal:8200"],
  ["HashiCorp Vault batch token", "auth", "VAULT_TOKEN", () => g.t("hv", "b.", "AAAAAQ", [120, URL]), "X-Vault-Token: ", "vault.internal:8200"],
  ["Doppler service token", "auth", "DOPPLER_TOKEN", () => g.t("dp", ".st.", "prd.", [43, A]), BEAR, "api.doppler.com"],
  ["1Password service account token", "auth", "OP_SERVICE_ACCOUNT_TOKEN", () => g.t("op", "s_", "eyJzaWduSW5BZGRyZXNzIjoi", [200, URL])],
  ["Clerk secret key", "auth", "CLERK_SECRET_KEY", () => g.t("sk", "_live_", [40, A]), BEAR, "api.clerk.com"],
  // cloud
  ["AWS access key pair", "cloud", "AWS_SECRET_ACCESS_KEY", () => g.str(40, `${A}/+`)],
  ["AWS access key id", "cloud", "AWS_ACCESS_KEY_ID", () => g.t("AK", "IA", [16, B32])],
  ["AWS STS session", "cloud", "AWS_SESSION_TOKEN", () => g.t("IQoJ", "b3JpZ2luX2Vj", [300, B64])],
  ["Azure storage connection string", "cloud", "AZURE_STORAGE_CONNECTION_STRING", () => `DefaultEndpointsProtocol=https;AccountName=acme${g.str(6, L)};AccountKey=${g.str(86, B64)}==;EndpointSuffix=core.windows.net`],
  ["Azure OpenAI key", "ai", "AZURE_OPENAI_API_KEY", () => g.str(32, H), "api-key: ", "acme-oai.openai.azure.com"],
  ["GCP API key", "cloud", "GOOGLE_API_KEY", () => g.t("AI", "za", "Sy", [33, URL]), "x-goog-api-key: ", "translation.googleapis.com"],
  ["DigitalOcean PAT", "cloud", "DIGITALOCEAN_TOKEN", () => g.t("dop", "_v1_", [64, H]), BEAR, "api.digitalocean.com"],
  ["Heroku API key", "cloud", "HEROKU_API_KEY", () => g.t("HR", "KU-", "AA", [58, URL]), BEAR, "api.heroku.com"],
  ["Cloudflare API token", "cloud", "CLOUDFLARE_API_TOKEN", () => g.str(40, URL), BEAR, "api.cloudflare.com"],
  ["Cloudflare global API key", "cloud", "CF_API_KEY", () => g.str(37, H), "X-Auth-Key: ", "api.cloudflare.com"],
  ["Fly.io token", "cloud", "FLY_API_TOKEN", () => g.t("Fly", "V1 fm2_", [200, URL]), BEAR, "api.fly.io"],
  ["Supabase service role key", "data", "SUPABASE_SERVICE_ROLE_KEY", () => g.t("sb", "_secret_", [32, URL]), "apikey: ", "acme.supabase.co"],
  ["Linode token", "cloud", "LINODE_TOKEN", () => g.str(64, H), BEAR, "api.linode.com"],
  // comms
  ["Slack bot token", "comms", "SLACK_BOT_TOKEN", () => g.t("xo", "xb-", [12, D], "-", [13, D], "-", [24, A]), BEAR, "slack.com"],
  ["Slack user token", "comms", "SLACK_USER_TOKEN", () => g.t("xo", "xp-", [12, D], "-", [13, D], "-", [13, D], "-", [32, H]), BEAR, "slack.com"],
  ["Slack app-level token", "comms", "SLACK_APP_TOKEN", () => g.t("xa", "pp-1-", "A0", [9, U], "-", [13, D], "-", [64, H]), BEAR, "slack.com"],
  ["Slack webhook", "comms", "SLACK_WEBHOOK_URL", () => g.t("https://hooks.sl", "ack.com/services/T", [8, U], "/B", [10, U], "/", [24, A])],
  ["Discord bot token", "comms", "DISCORD_BOT_TOKEN", () => g.t("MT", [24, URL], ".", [6, URL], ".", [38, URL]), "Authorization: Bot ", "discord.com"],
  ["Discord webhook", "comms", "DISCORD_WEBHOOK_URL", () => g.t("https://discord.com/api/web", "hooks/", [19, D], "/", [68, URL])],
  ["Telegram bot token", "comms", "TELEGRAM_BOT_TOKEN", () => g.t([10, D], ":AA", [33, URL])],
  ["Twilio auth token", "comms", "TWILIO_AUTH_TOKEN", () => g.str(32, H), undefined, "api.twilio.com"],
  ["Twilio API key secret", "comms", "TWILIO_API_SECRET", () => g.str(32, A), undefined, "api.twilio.com"],
  ["SendGrid key", "comms", "SENDGRID_API_KEY", () => g.t("S", "G.", [22, URL], ".", [43, URL]), BEAR, "api.sendgrid.com"],
  ["Mailgun key", "comms", "MAILGUN_API_KEY", () => g.t("key", "-", [32, H]), undefined, "api.mailgun.net"],
  ["Mailchimp key", "comms", "MAILCHIMP_API_KEY", () => g.t([32, H], "-us", String(g.range(2, 21))), undefined, "us6.api.mailchimp.com"],
  ["Postmark server token", "comms", "POSTMARK_SERVER_TOKEN", () => g.uuid(), "X-Postmark-Server-Token: ", "api.postmarkapp.com"],
  ["Resend key", "comms", "RESEND_API_KEY", () => g.t("r", "e_", [8, A], "_", [24, A]), BEAR, "api.resend.com"],
  // data
  ["Postgres URL", "data", "DATABASE_URL", () => `postgres://app_rw:${g.str(24, A)}@db-prod.${g.str(6, L)}.us-east-1.rds.amazonaws.com:5432/orders`],
  ["MongoDB Atlas URI", "data", "MONGODB_URI", () => `mongodb+srv://svc_api:${g.str(20, A)}@cluster0.${g.str(5, L)}.mongodb.net/app?retryWrites=true&w=majority`],
  ["Redis URL", "data", "REDIS_URL", () => `rediss://default:${g.str(32, A)}@redis-${g.range(10000, 19999)}.c${g.range(1, 300)}.us-east-1-2.ec2.redns.redis-cloud.com:${g.range(10000, 19999)}`],
  ["MySQL URL", "data", "MYSQL_URL", () => `mysql://root:${g.str(18, A)}@10.0.${g.range(1, 250)}.${g.range(1, 250)}:3306/shop`],
  ["PlanetScale password", "data", "PLANETSCALE_PASSWORD", () => g.t("pscale", "_pw_", [43, URL])],
  ["Neon connection string", "data", "NEON_DATABASE_URL", () => `postgresql://neondb_owner:npg_${g.str(12, A)}@ep-${g.str(6, L)}-${g.str(6, L)}-a${g.range(1, 9)}.us-east-2.aws.neon.tech/neondb?sslmode=require`],
  ["Upstash Redis REST token", "data", "UPSTASH_REDIS_REST_TOKEN", () => g.t("AX", [4, A], "AAIjcDE", [50, URL]), BEAR, "acme-12345.upstash.io"],
  ["Snowflake password", "data", "SNOWFLAKE_PASSWORD", () => g.str(20, `${A}!#%`)],
  ["Databricks PAT", "data", "DATABRICKS_TOKEN", () => g.t("dap", "i", [32, H]), BEAR, "adb-1234567890.12.azuredatabricks.net"],
  // payment
  ["Stripe secret key", "payment", "STRIPE_SECRET_KEY", () => g.t("sk", "_live_", "51", [14, A], [83, A]), BEAR, "api.stripe.com"],
  ["Stripe restricted key", "payment", "STRIPE_RESTRICTED_KEY", () => g.t("rk", "_live_", "51", [14, A], [83, A]), BEAR, "api.stripe.com"],
  ["Stripe webhook secret", "payment", "STRIPE_WEBHOOK_SECRET", () => g.t("wh", "sec_", [32, A])],
  ["Shopify admin token", "saas", "SHOPIFY_ACCESS_TOKEN", () => g.t("sh", "pat_", [32, H]), "X-Shopify-Access-Token: ", "acme.myshopify.com"],
  ["Square access token", "payment", "SQUARE_ACCESS_TOKEN", () => g.t("EAA", "A", [60, URL]), BEAR, "connect.squareup.com"],
  ["PayPal client secret", "payment", "PAYPAL_CLIENT_SECRET", () => g.t("E", [79, URL]), undefined, "api-m.paypal.com"],
  ["Braintree access token", "payment", "BRAINTREE_ACCESS_TOKEN", () => g.t("access_token", "$production$", [16, L], "$", [32, H])],
  // observability
  ["Datadog API key", "observability", "DD_API_KEY", () => g.str(32, H), "DD-API-KEY: ", "api.datadoghq.com"],
  ["Datadog app key", "observability", "DD_APP_KEY", () => g.str(40, H), "DD-APPLICATION-KEY: ", "api.datadoghq.com"],
  ["New Relic user key", "observability", "NEW_RELIC_API_KEY", () => g.t("NR", "AK-", [27, U]), "Api-Key: ", "api.newrelic.com"],
  ["New Relic license key", "observability", "NEW_RELIC_LICENSE_KEY", () => g.t([36, H], "NR", "AL")],
  ["Sentry auth token", "observability", "SENTRY_AUTH_TOKEN", () => g.t("sn", "trys_", "eyJpYXQiOjE3", [60, URL], "_", [43, URL]), BEAR, "sentry.io"],
  ["Grafana service account token", "observability", "GRAFANA_TOKEN", () => g.t("gl", "sa_", [32, A], "_", [8, H]), BEAR, "acme.grafana.net"],
  // saas
  ["Atlassian API token", "saas", "JIRA_API_TOKEN", () => g.t("ATA", "TT3x", [180, URL], "=", [8, HU])],
  ["Linear API key", "saas", "LINEAR_API_KEY", () => g.t("lin", "_api_", [40, A]), "Authorization: ", "api.linear.app"],
  ["Notion integration secret", "saas", "NOTION_TOKEN", () => g.t("nt", "n_", [11, D], [35, A]), BEAR, "api.notion.com"],
  ["Airtable PAT", "saas", "AIRTABLE_API_KEY", () => g.t("pa", "t", [14, A], ".", [64, H]), BEAR, "api.airtable.com"],
  ["Figma PAT", "saas", "FIGMA_TOKEN", () => g.t("fig", "d_", [40, URL]), "X-Figma-Token: ", "api.figma.com"],
  ["HubSpot private app token", "saas", "HUBSPOT_ACCESS_TOKEN", () => g.t("pat", "-na1-", g.uuid()), BEAR, "api.hubapi.com"],
  ["Contentful management token", "saas", "CONTENTFUL_MANAGEMENT_TOKEN", () => g.t("CFP", "AT-", [43, URL]), BEAR, "api.contentful.com"],
  ["Algolia admin key", "saas", "ALGOLIA_ADMIN_KEY", () => g.str(32, H), "X-Algolia-API-Key: ", "ACME123.algolia.net"],
  ["Mapbox secret token", "saas", "MAPBOX_SECRET_TOKEN", () => g.t("s", "k.eyJ1Ijoi", [20, A], "IiwiYSI6I", [20, A], ".", [22, URL])],
  ["Dropbox access token", "saas", "DROPBOX_ACCESS_TOKEN", () => g.t("sl", ".u.", [130, URL]), BEAR, "api.dropboxapi.com"],
  ["Asana PAT", "saas", "ASANA_TOKEN", () => g.t("2/", [16, D], "/", [16, D], ":", [32, H]), BEAR, "app.asana.com"],
  ["Zendesk API token", "saas", "ZENDESK_API_TOKEN", () => g.str(40, A), undefined, "acme.zendesk.com"],
  ["Twitch client secret", "saas", "TWITCH_CLIENT_SECRET", () => g.str(30, L)],
  // keys
  ["PostHog personal API key", "observability", "POSTHOG_PERSONAL_API_KEY", () => g.t("ph", "x_", [47, A]), BEAR, "us.posthog.com"],
  ["LaunchDarkly SDK server key", "devtools", "LD_SDK_KEY", () => g.t("sdk", "-", g.uuid()), "Authorization: ", "sdk.launchdarkly.com"],
];

const specs: Spec[] = [];
rows.forEach(([p, grp, k, mk, hdr, host], i) => {
  // every type once; every fourth type a second time in a different context (keeps the set near 150)
  for (let n = 0; n < (i % 4 === 0 ? 2 : 1); n++) specs.push({ p, g: grp, k, v: mk(), hdr, host });
});

export const cases: CorpusCase[] = rotate(specs, g, "y73-c", (s) => `heldouty73-sec-${s.g}`, 0);
