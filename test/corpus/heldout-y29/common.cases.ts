// heldout-y29 common providers: each spec rendered once (every fourth twice) through the shared renderers, plus
// handcrafted private-key and multi-part cases. Values built at run time (seed 29001 / 29011).
import type { CorpusCase } from "../types.ts";
import { B64URL, DIGITS, Gen, hand, j, rotate, type Spec } from "./_gen.ts";

const ghBody = (g: Gen) => g.a(36);

const specs: Spec[] = [
  // ai
  { p: "OpenAI project key", g: "ai", env: "OPENAI_API_KEY", host: "api.openai.com", mk: (g) => j("sk-", "proj-", g.b64u(74), "T3Blbk", "FJ", g.b64u(74)) },
  { p: "OpenAI service-account key", g: "ai", env: "OPENAI_API_KEY", host: "api.openai.com", mk: (g) => j("sk-", "svcacct-", g.b64u(74), "T3Blbk", "FJ", g.b64u(74)) },
  { p: "OpenAI admin key", g: "ai", env: "OPENAI_ADMIN_KEY", host: "api.openai.com", mk: (g) => j("sk-", "admin-", g.b64u(74), "T3Blbk", "FJ", g.b64u(74)) },
  { p: "Anthropic API key", g: "ai", env: "ANTHROPIC_API_KEY", host: "api.anthropic.com", hdr: "x-api-key: ", mk: (g) => j("sk-", "ant-api03-", g.b64u(93), "AA") },
  { p: "Anthropic admin key", g: "ai", env: "ANTHROPIC_ADMIN_KEY", host: "api.anthropic.com", hdr: "x-api-key: ", mk: (g) => j("sk-", "ant-admin01-", g.b64u(93), "AA") },
  { p: "Hugging Face token", g: "ai", env: "HF_TOKEN", host: "huggingface.co", mk: (g) => j("h", "f_", g.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")) },
  { p: "Groq API key", g: "ai", env: "GROQ_API_KEY", host: "api.groq.com", mk: (g) => j("gs", "k_", g.a(52)) },
  { p: "Replicate API token", g: "ai", env: "REPLICATE_API_TOKEN", host: "api.replicate.com", mk: (g) => j("r8", "_", g.a(37)) },
  { p: "Perplexity API key", g: "ai", env: "PERPLEXITY_API_KEY", host: "api.perplexity.ai", mk: (g) => j("pp", "lx-", g.a(48)) },
  { p: "xAI API key", g: "ai", env: "XAI_API_KEY", host: "api.x.ai", mk: (g) => j("xa", "i-", g.a(80)) },
  { p: "OpenRouter key", g: "ai", env: "OPENROUTER_API_KEY", host: "openrouter.ai", mk: (g) => j("sk-", "or-v1-", g.h(64)) },
  { p: "Google Gemini API key (server)", g: "ai", env: "GEMINI_API_KEY", host: "generativelanguage.googleapis.com", q: "key", hdr: "x-goog-api-key: ", mk: (g) => j("AI", "za", g.b64u(35)) },
  { p: "Cohere API key", g: "ai", env: "COHERE_API_KEY", host: "api.cohere.com", mk: (g) => g.a(40) },
  { p: "Mistral API key", g: "ai", env: "MISTRAL_API_KEY", host: "api.mistral.ai", mk: (g) => g.a(32) },
  { p: "LangSmith API key", g: "ai", env: "LANGSMITH_API_KEY", host: "api.smith.langchain.com", hdr: "x-api-key: ", mk: (g) => j("lsv2", "_pt_", g.h(32), "_", g.h(10)) },
  { p: "Pinecone API key", g: "ai", env: "PINECONE_API_KEY", host: "api.pinecone.io", hdr: "Api-Key: ", mk: (g) => j("pc", "sk_", g.a(6), "_", g.a(63)) },
  { p: "DeepSeek API key", g: "ai", env: "DEEPSEEK_API_KEY", host: "api.deepseek.com", mk: (g) => j("sk-", g.h(32)) },
  // auth
  { p: "Okta API token", g: "auth", env: "OKTA_API_TOKEN", host: "acme.okta.com", hdr: "Authorization: SSWS ", mk: (g) => j("00", g.b64u(40)) },
  { p: "Auth0 client secret", g: "auth", env: "AUTH0_CLIENT_SECRET", host: "acme.eu.auth0.com", more: [["AUTH0_CLIENT_ID", (g) => g.a(32)]], mk: (g) => g.b64u(64) },
  { p: "Google OAuth client secret", g: "auth", env: "GOOGLE_CLIENT_SECRET", host: "oauth2.googleapis.com", q: "client_secret", more: [["GOOGLE_CLIENT_ID", (g) => j(g.d(12), "-", g.l(32), ".apps.googleusercontent.com")]], mk: (g) => j("GOC", "SPX-", g.b64u(28)) },
  { p: "Google OAuth refresh token", g: "auth", env: "GOOGLE_REFRESH_TOKEN", host: "oauth2.googleapis.com", q: "refresh_token", mk: (g) => j("1/", "/0", g.b64u(101)) },
  { p: "Azure AD client secret", g: "auth", env: "AZURE_CLIENT_SECRET", host: "login.microsoftonline.com", more: [["AZURE_TENANT_ID", (g) => g.uuid()]], mk: (g) => j(g.b64u(3), "8Q", "~", g.str(31, `${B64URL}.~`)) },
  { p: "Clerk secret key", g: "auth", env: "CLERK_SECRET_KEY", host: "api.clerk.com", mk: (g) => j("sk", "_live_", g.a(40)) },
  { p: "Supabase service-role JWT", g: "auth", env: "SUPABASE_SERVICE_ROLE_KEY", host: "abcdxyzqrst.supabase.co", hdr: "apikey: ", mk: (g) => g.jwt({ iss: "supabase", ref: g.l(20), role: "service_role", iat: 1730000000, exp: 2045576000 }) },
  { p: "JWT signing secret", g: "auth", env: "JWT_SECRET", mk: (g) => g.b64(64) },
  { p: "NextAuth secret", g: "auth", env: "NEXTAUTH_SECRET", mk: (g) => g.b64bytes(32) },
  // cloud
  { p: "AWS access key pair", g: "cloud", env: "AWS_ACCESS_KEY_ID", host: "sts.amazonaws.com", more: [["AWS_SECRET_ACCESS_KEY", (g) => g.b64(40)]], mk: (g) => j("AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")) },
  { p: "AWS STS session credentials", g: "cloud", env: "AWS_SESSION_TOKEN", more: [["AWS_ACCESS_KEY_ID", (g) => j("AS", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))], ["AWS_SECRET_ACCESS_KEY", (g) => g.b64(40)]], mk: (g) => j("IQoJb3JpZ2luX2Vj", g.b64(340)) },
  { p: "Azure Storage connection string", g: "cloud", env: "AZURE_STORAGE_CONNECTION_STRING", mk: (g) => j("DefaultEndpointsProtocol=https;AccountName=acmeprodlogs;Account", "Key=", g.b64bytes(64), ";EndpointSuffix=core.windows.net") },
  { p: "DigitalOcean personal token", g: "cloud", env: "DIGITALOCEAN_TOKEN", host: "api.digitalocean.com", mk: (g) => j("do", "p_v1_", g.h(64)) },
  { p: "Cloudflare API token", g: "cloud", env: "CLOUDFLARE_API_TOKEN", host: "api.cloudflare.com", mk: (g) => g.b64u(40) },
  { p: "Cloudflare global API key", g: "cloud", env: "CF_API_KEY", host: "api.cloudflare.com", hdr: "X-Auth-Key: ", more: [["CF_API_EMAIL", () => "ops@acme-corp.io"]], mk: (g) => g.h(37) },
  { p: "Vercel token", g: "cloud", env: "VERCEL_TOKEN", host: "api.vercel.com", mk: (g) => g.a(24) },
  { p: "Netlify personal token", g: "cloud", env: "NETLIFY_AUTH_TOKEN", host: "api.netlify.com", mk: (g) => j("nf", "p_", g.a(40)) },
  { p: "Heroku API key", g: "cloud", env: "HEROKU_API_KEY", host: "api.heroku.com", mk: (g) => j("HR", "KU-", "AA", g.b64u(58)) },
  { p: "Fly.io token", g: "cloud", env: "FLY_API_TOKEN", host: "api.machines.dev", mk: (g) => j("Fly", "V1 fm2_", g.b64(120), ",fm2_", g.b64(100)) },
  { p: "Terraform Cloud token", g: "cloud", env: "TFE_TOKEN", host: "app.terraform.io", mk: (g) => j(g.a(14), ".atl", "asv1.", g.a(67)) },
  { p: "HashiCorp Vault service token", g: "cloud", env: "VAULT_TOKEN", host: "vault.internal.acme.io", hdr: "X-Vault-Token: ", mk: (g) => j("hv", "s.", g.b64u(90)) },
  { p: "Doppler service token", g: "cloud", env: "DOPPLER_TOKEN", host: "api.doppler.com", mk: (g) => j("dp", ".st.", "prd.", g.a(40)) },
  { p: "GCP API key (server-side Vertex)", g: "cloud", env: "GOOGLE_CLOUD_API_KEY", host: "aiplatform.googleapis.com", q: "key", mk: (g) => j("AI", "za", g.b64u(35)) },
  // comms
  { p: "Slack bot token", g: "comms", env: "SLACK_BOT_TOKEN", host: "slack.com", mk: (g) => j("xo", "xb-", g.d(12), "-", g.d(13), "-", g.a(24)) },
  { p: "Slack user token", g: "comms", env: "SLACK_USER_TOKEN", host: "slack.com", mk: (g) => j("xo", "xp-", g.d(12), "-", g.d(13), "-", g.d(13), "-", g.h(32)) },
  { p: "Slack app-level token", g: "comms", env: "SLACK_APP_TOKEN", host: "slack.com", mk: (g) => j("xa", "pp-1-", g.u(11), "-", g.d(13), "-", g.h(64)) },
  { p: "Slack incoming webhook", g: "comms", env: "SLACK_WEBHOOK_URL", mk: (g) => j("https://hooks.", "slack.com/services/T", g.u(10), "/B", g.u(10), "/", g.a(24)) },
  { p: "Discord bot token", g: "comms", env: "DISCORD_BOT_TOKEN", host: "discord.com", hdr: "Authorization: Bot ", mk: (g) => j("MT", g.b64u(24), ".", g.b64u(6), ".", g.b64u(38)) },
  { p: "Discord webhook", g: "comms", env: "DISCORD_WEBHOOK_URL", mk: (g) => j("https://discord.com/api/", "webhooks/", g.d(19), "/", g.b64u(68)) },
  { p: "Telegram bot token", g: "comms", env: "TELEGRAM_BOT_TOKEN", mk: (g) => j(g.d(10), ":", "AA", g.b64u(33)) },
  { p: "Twilio API key + secret", g: "comms", env: "TWILIO_API_SECRET", host: "api.twilio.com", more: [["TWILIO_API_KEY", (g) => j("S", "K", g.h(32))]], mk: (g) => g.a(32) },
  { p: "Twilio auth token", g: "comms", env: "TWILIO_AUTH_TOKEN", host: "api.twilio.com", more: [["TWILIO_ACCOUNT_SID", (g) => j("A", "C", g.h(32))]], mk: (g) => g.h(32) },
  { p: "SendGrid API key", g: "comms", env: "SENDGRID_API_KEY", host: "api.sendgrid.com", mk: (g) => j("S", "G.", g.b64u(22), ".", g.b64u(43)) },
  { p: "Mailgun API key", g: "comms", env: "MAILGUN_API_KEY", host: "api.mailgun.net", mk: (g) => j("ke", "y-", g.h(32)) },
  { p: "Mailchimp API key", g: "comms", env: "MAILCHIMP_API_KEY", host: "us21.api.mailchimp.com", mk: (g) => j(g.h(32), "-us", String(g.range(2, 21))) },
  { p: "Resend API key", g: "comms", env: "RESEND_API_KEY", host: "api.resend.com", mk: (g) => j("r", "e_", g.a(8), "_", g.a(24)) },
  { p: "Postmark server token", g: "comms", env: "POSTMARK_SERVER_TOKEN", host: "api.postmarkapp.com", hdr: "X-Postmark-Server-Token: ", mk: (g) => g.uuid() },
  // data
  { p: "Postgres URL with password", g: "data", env: "DATABASE_URL", mk: (g) => j("postgres", "ql://app_user:", g.a(24), "@db.prod.internal:5432/orders?sslmode=require") },
  { p: "MongoDB Atlas SRV URI", g: "data", env: "MONGODB_URI", mk: (g) => j("mongodb", "+srv://svc-api:", g.a(20), "@cluster0.", g.l(5), ".mongodb.net/app?retryWrites=true&w=majority") },
  { p: "Redis URL with password", g: "data", env: "REDIS_URL", mk: (g) => j("redi", "ss://default:", g.a(32), "@redis-12345.c1.us-east-1-2.ec2.cloud.redislabs.com:12345") },
  { p: "MySQL DSN", g: "data", env: "MYSQL_DSN", mk: (g) => j("report", "er:", g.a(18), "@tcp(mysql.prod.internal:3306)/analytics?parseTime=true") },
  { p: "PlanetScale password", g: "data", env: "PLANETSCALE_PASSWORD", host: "api.planetscale.com", mk: (g) => j("pscale", "_pw_", g.b64u(43)) },
  { p: "Neon Postgres URL", g: "data", env: "NEON_DATABASE_URL", mk: (g) => j("postgresql://neondb_owner:", "npg_", g.a(12), "@ep-cool-river-a5", g.l(5), ".us-east-2.aws.neon.tech/neondb?sslmode=require") },
  { p: "Databricks PAT", g: "data", env: "DATABRICKS_TOKEN", host: "dbc-1a2b3c4d-5e6f.cloud.databricks.com", mk: (g) => j("da", "pi", g.h(32)) },
  { p: "Snowflake password", g: "data", env: "SNOWFLAKE_PASSWORD", more: [["SNOWFLAKE_ACCOUNT", () => "xy12345.eu-central-1"], ["SNOWFLAKE_USER", () => "ETL_SVC"]], mk: (g) => j(g.a(14), "!", g.a(5)) },
  { p: "Upstash Redis REST token", g: "data", env: "UPSTASH_REDIS_REST_TOKEN", host: "eu1-clever-cat-31337.upstash.io", mk: (g) => j("AX", g.b64u(4), "AAIjc", g.b64u(52)) },
  { p: "Algolia admin API key", g: "data", env: "ALGOLIA_ADMIN_API_KEY", host: "XYZ12AB34C.algolia.net", hdr: "X-Algolia-API-Key: ", mk: (g) => g.h(32) },
  // devtools
  { p: "GitHub classic PAT", g: "devtools", env: "GITHUB_TOKEN", host: "api.github.com", mk: (g) => j("gh", "p_", ghBody(g)) },
  { p: "GitHub fine-grained PAT", g: "devtools", env: "GH_TOKEN", host: "api.github.com", mk: (g) => j("github", "_pat_11", g.u(20), "0", "_", g.a(59)) },
  { p: "GitHub OAuth token", g: "devtools", env: "GITHUB_OAUTH_TOKEN", host: "api.github.com", mk: (g) => j("gh", "o_", ghBody(g)) },
  { p: "GitHub App installation token", g: "devtools", env: "GITHUB_APP_TOKEN", host: "api.github.com", mk: (g) => j("gh", "s_", ghBody(g)) },
  { p: "GitLab PAT", g: "devtools", env: "GITLAB_TOKEN", host: "gitlab.com", hdr: "PRIVATE-TOKEN: ", mk: (g) => j("gl", "pat-", g.b64u(20)) },
  { p: "npm automation token", g: "devtools", env: "NPM_TOKEN", host: "registry.npmjs.org", mk: (g) => j("np", "m_", g.a(36)) },
  { p: "PyPI API token", g: "devtools", env: "PYPI_TOKEN", host: "upload.pypi.org", mk: (g) => j("py", "pi-", "AgEIcHlwaS5vcmc", g.b64u(150)) },
  { p: "Docker Hub PAT", g: "devtools", env: "DOCKERHUB_TOKEN", host: "hub.docker.com", mk: (g) => j("dck", "r_pat_", g.b64u(27)) },
  { p: "Atlassian API token", g: "devtools", env: "JIRA_API_TOKEN", host: "acme.atlassian.net", more: [["JIRA_EMAIL", () => "dev@acme-corp.io"]], mk: (g) => j("ATAT", "T3xFfGF0", g.b64u(180), "=", g.H(8)) },
  { p: "Postman API key", g: "devtools", env: "POSTMAN_API_KEY", host: "api.getpostman.com", hdr: "X-Api-Key: ", mk: (g) => j("PM", "AK-", g.h(24), "-", g.h(34)) },
  { p: "Bitbucket app password", g: "devtools", env: "BITBUCKET_APP_PASSWORD", host: "api.bitbucket.org", more: [["BITBUCKET_USERNAME", () => "ci-bot"]], mk: (g) => j("AT", "BB", g.a(32), g.H(8)) },
  { p: "Sentry user auth token", g: "devtools", env: "SENTRY_AUTH_TOKEN", host: "sentry.io", mk: (g) => j("sntr", "yu_", g.h(64)) },
  { p: "CircleCI personal token", g: "devtools", env: "CIRCLECI_TOKEN", host: "circleci.com", hdr: "Circle-Token: ", mk: (g) => j("CCI", "PAT_", g.a(22), "_", g.h(40)) },
  // observability
  { p: "Datadog API + app key", g: "observability", env: "DD_API_KEY", host: "api.datadoghq.com", hdr: "DD-API-KEY: ", more: [["DD_APP_KEY", (g) => g.h(40)]], mk: (g) => g.h(32) },
  { p: "New Relic user API key", g: "observability", env: "NEW_RELIC_API_KEY", host: "api.newrelic.com", hdr: "Api-Key: ", mk: (g) => j("NR", "AK-", g.str(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")) },
  { p: "New Relic license key", g: "observability", env: "NEW_RELIC_LICENSE_KEY", host: "log-api.newrelic.com", hdr: "X-License-Key: ", mk: (g) => j(g.h(36), "NR", "AL") },
  { p: "Grafana service account token", g: "observability", env: "GRAFANA_TOKEN", host: "acme.grafana.net", mk: (g) => j("gl", "sa_", g.a(32), "_", g.h(8)) },
  { p: "Honeycomb API key", g: "observability", env: "HONEYCOMB_API_KEY", host: "api.honeycomb.io", hdr: "X-Honeycomb-Team: ", mk: (g) => j("hc", "aik_", g.l(58)) },
  { p: "PagerDuty API token", g: "observability", env: "PAGERDUTY_TOKEN", host: "api.pagerduty.com", hdr: "Authorization: Token token=", mk: (g) => j("u+", g.b64u(18)) },
  // payment
  { p: "Stripe secret key", g: "payment", env: "STRIPE_SECRET_KEY", host: "api.stripe.com", mk: (g) => j("sk", "_live_", "51", g.a(97)) },
  { p: "Stripe restricted key", g: "payment", env: "STRIPE_RESTRICTED_KEY", host: "api.stripe.com", mk: (g) => j("rk", "_live_", "51", g.a(97)) },
  { p: "Stripe webhook secret", g: "payment", env: "STRIPE_WEBHOOK_SECRET", mk: (g) => j("wh", "sec_", g.a(32)) },
  { p: "Square access token", g: "payment", env: "SQUARE_ACCESS_TOKEN", host: "connect.squareup.com", mk: (g) => j("EA", "AA", g.b64u(60)) },
  { p: "PayPal client secret", g: "payment", env: "PAYPAL_CLIENT_SECRET", host: "api-m.paypal.com", more: [["PAYPAL_CLIENT_ID", (g) => j("A", g.b64u(79))]], mk: (g) => j("E", g.b64u(79)) },
  { p: "Braintree access token", g: "payment", env: "BRAINTREE_ACCESS_TOKEN", mk: (g) => j("access_token", "$production$", g.l(16), "$", g.h(32)) },
  { p: "Shopify Admin API token", g: "payment", env: "SHOPIFY_ACCESS_TOKEN", host: "acme-store.myshopify.com", hdr: "X-Shopify-Access-Token: ", mk: (g) => j("shp", "at_", g.h(32)) },
  { p: "Shopify app shared secret", g: "payment", env: "SHOPIFY_API_SECRET", mk: (g) => j("shp", "ss_", g.h(32)) },
  { p: "Razorpay live key pair", g: "payment", env: "RAZORPAY_KEY_SECRET", host: "api.razorpay.com", more: [["RAZORPAY_KEY_ID", (g) => j("rzp", "_live_", g.a(14))]], mk: (g) => g.a(24) },
  { p: "Plaid secret", g: "payment", env: "PLAID_SECRET", host: "production.plaid.com", more: [["PLAID_CLIENT_ID", (g) => g.h(24)]], mk: (g) => g.h(30) },
  // saas
  { p: "Notion integration token", g: "saas", env: "NOTION_TOKEN", host: "api.notion.com", mk: (g) => j("nt", "n_", g.str(11, DIGITS), g.a(35)) },
  { p: "Airtable PAT", g: "saas", env: "AIRTABLE_API_KEY", host: "api.airtable.com", mk: (g) => j("p", "at", g.a(14), ".", g.h(64)) },
  { p: "Linear API key", g: "saas", env: "LINEAR_API_KEY", host: "api.linear.app", hdr: "Authorization: ", mk: (g) => j("lin", "_api_", g.a(40)) },
  { p: "Figma PAT", g: "saas", env: "FIGMA_TOKEN", host: "api.figma.com", hdr: "X-Figma-Token: ", mk: (g) => j("fig", "d_", g.b64u(40)) },
  { p: "HubSpot private app token", g: "saas", env: "HUBSPOT_ACCESS_TOKEN", host: "api.hubapi.com", mk: (g) => j("pat", "-na1-", g.uuid()) },
  { p: "Contentful management token", g: "saas", env: "CONTENTFUL_MANAGEMENT_TOKEN", host: "api.contentful.com", mk: (g) => j("CFP", "AT-", g.b64u(43)) },
  { p: "Mapbox secret token", g: "saas", env: "MAPBOX_SECRET_TOKEN", host: "api.mapbox.com", q: "access_token", mk: (g) => j("s", "k.", Buffer.from(JSON.stringify({ u: "acme-maps", a: g.l(25) })).toString("base64url"), ".", g.b64u(22)) },
  { p: "Dropbox access token", g: "saas", env: "DROPBOX_ACCESS_TOKEN", host: "api.dropboxapi.com", mk: (g) => j("s", "l.u.", g.b64u(140)) },
  { p: "Asana PAT", g: "saas", env: "ASANA_ACCESS_TOKEN", host: "app.asana.com", mk: (g) => j("2/", g.d(16), "/", g.d(16), ":", g.h(32)) },
  { p: "Zendesk API token", g: "saas", env: "ZENDESK_API_TOKEN", host: "acme.zendesk.com", more: [["ZENDESK_EMAIL", () => "support-bot@acme-corp.io"]], mk: (g) => g.a(40) },
  { p: "Intercom access token", g: "saas", env: "INTERCOM_ACCESS_TOKEN", host: "api.intercom.io", mk: (g) => j("dG9r", "Oj", g.b64(54), "=") },
  { p: "Typeform PAT", g: "saas", env: "TYPEFORM_TOKEN", host: "api.typeform.com", mk: (g) => j("tf", "p_", g.a(44), "_", g.a(14)) },
];

const keyGen = new Gen(29011);
const rsa = () => keyGen.pem(j("RSA PRIV", "ATE KEY"), 1190, [0x30, 0x82, 0x04, 0xa2, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]);
const ec = () => keyGen.pem(j("EC PRIV", "ATE KEY"), 121, [0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]);
const pkcs8 = () => keyGen.pem(j("PRIV", "ATE KEY"), 1216, [0x30, 0x82, 0x04, 0xbc, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa6]);
const openssh = () => keyGen.pem(j("OPENSSH PRIV", "ATE KEY"), 400, [...Buffer.from("openssh-key-v1\0"), 0, 0, 0, 4, ...Buffer.from("none")]);
const jsonEsc = (s: string) => JSON.stringify(s);

const handcrafted = hand("y29-ck", [
  { g: "keys", note: "RSA private key; id_rsa pasted; OpenAI chat body (JSON-escaped)", text: JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `ssh keeps saying 'invalid format' for this key, can you check it?\n\n${rsa()}\n` }] }) },
  { g: "keys", note: "EC private key; write_file tool_use to certs/server.key", text: JSON.stringify({ type: "tool_use", id: "toolu_01Mk3", name: "write_file", input: { path: "certs/server.key", content: `${ec()}\n` } }) },
  { g: "keys", note: "PKCS#8 private key in GCP service-account JSON; private_key slot", text: JSON.stringify({ type: "service_account", project_id: "acme-prod-4471", private_key_id: keyGen.h(40), private_key: `${pkcs8()}\n`, client_email: "deployer@acme-prod-4471.iam.gserviceaccount.com", client_id: keyGen.d(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2) },
  { g: "keys", note: "OpenSSH private key; shell heredoc in CI log", text: `+ mkdir -p ~/.ssh\n+ cat > ~/.ssh/id_ed25519 <<'EOF'\n${openssh()}\nEOF\n+ chmod 600 ~/.ssh/id_ed25519\n+ ssh -o StrictHostKeyChecking=no deploy@10.0.4.12 'sudo systemctl restart api'\n` },
  { g: "keys", note: "RSA private key in Kubernetes TLS Secret YAML block scalar", text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${rsa().split("\n").map((l) => "    " + l).join("\n")}\n` },
  { g: "keys", note: "age secret key; keys.txt in MCP read_file result", text: JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: `# created: 2026-10-02T11:22:33Z\n# public key: age1${keyGen.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${j("AGE-SECRET", "-KEY-1")}${keyGen.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}\n` }] } }) },
  { g: "keys", note: "WireGuard private key; wg0.conf pasted in Markdown issue", text: `### VPN drops after 2 minutes\n\n\`\`\`ini\n[Interface]\nAddress = 10.8.0.2/24\nPrivate${"Key"} = ${keyGen.b64bytes(32)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${keyGen.b64bytes(32)}\nEndpoint = vpn.acme-corp.io:51820\nAllowedIPs = 0.0.0.0/0\n\`\`\`\n` },
  { g: "keys", note: "PGP private key block; gpg export in shell session", text: `$ gpg --armor --export-secret-keys release@acme-corp.io\n${keyGen.pem(j("PGP PRIVATE ", "KEY BLOCK"), 900).replace(/-\n/, "-\n\n")}\n$ ` },
  { g: "keys", note: "JWK with private exponent d; JSON config", text: JSON.stringify({ keys: [{ kty: "RSA", kid: "signing-2026", use: "sig", alg: "RS256", n: keyGen.b64u(342), e: "AQAB", d: keyGen.b64u(342), p: keyGen.b64u(171), q: keyGen.b64u(171), dp: keyGen.b64u(171), dq: keyGen.b64u(171), qi: keyGen.b64u(171) }] }, null, 2) },
  { g: "keys", note: "EC private key; Python string literal in test fixture", text: `SIGNING_KEY = ${jsonEsc(ec() + "\n")}\n\n\ndef test_sign_roundtrip():\n    token = sign({"sub": "u1"}, SIGNING_KEY)\n    assert verify(token)\n` },
  { g: "cloud", note: "AWS key pair; ~/.aws/credentials pasted in Anthropic chat body", text: JSON.stringify({ model: "claude-opus-4-1", max_tokens: 2048, messages: [{ role: "user", content: `why does boto3 pick the wrong profile?\n\n[default]\naws_access_key_id = ${j("AK", "IA", keyGen.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}\naws_secret_access_key = ${keyGen.b64(40)}\nregion = eu-central-1\n\n[staging]\nrole_arn = arn:aws:iam::123456789012:role/Deploy\nsource_profile = default\n` }] }) },
  { g: "cloud", note: "Azure SAS URL (sig=); azcopy command in shell tool call", text: JSON.stringify({ name: "bash", arguments: { command: `azcopy copy ./dist "https://acmeprodassets.blob.core.windows.net/web?sv=2022-11-02&ss=b&srt=co&sp=rwdlacx&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&${"sig"}=${encodeURIComponent(keyGen.b64bytes(32))}" --recursive` } }) },
  { g: "devtools", note: "GitHub PAT in git remote URL; git push output in CI log", text: `$ git remote set-url origin https://x-access-token:${j("gh", "p_", keyGen.a(36))}@github.com/acme/api.git\n$ git push origin HEAD:release\nEnumerating objects: 12, done.\nTo https://github.com/acme/api.git\n   4f2c1ab..9e7d3c0  HEAD -> release\n` },
  { g: "devtools", note: "npm token in .npmrc _authToken; write_file tool call", text: JSON.stringify({ tool: "write_file", args: { path: ".npmrc", content: `@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${j("np", "m_", keyGen.a(36))}\n` } }) },
  { g: "data", note: ".pgpass line; shell cat output", text: `$ cat ~/.pgpass\ndb.prod.internal:5432:orders:app_user:${keyGen.a(22)}\nlocalhost:5432:*:postgres:postgres\n` },
  { g: "auth", note: "basic auth in URL; docker login output / netrc", text: `machine api.acme-corp.io\n  login deploy-bot\n  password ${keyGen.a(28)}\nmachine github.com\n  login ci\n  password ${j("gh", "p_", keyGen.a(36))}\n` },
]);

export const cases: CorpusCase[] = [...rotate(specs, 29001, "y29-c", (i) => (i % 4 === 0 ? 2 : 1)), ...handcrafted];
