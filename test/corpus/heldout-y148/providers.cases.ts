// Provider tokens (fresh random bodies in documented shapes) rotated through the shared renderers.
import type { CorpusCase } from "../types.ts";
import { Rng, RENDERERS, j, mkCase, prose, ALNUM, UP, DIG, HEX, LO, URLSAFE } from "./_gen.ts";

const r = new Rng(148001);
type Spec = { cat: string; name: string; env: string; key: string; host: string; header?: string; gen: () => string };
const B = "Authorization: Bearer";
const jwt = (payload: object) => j("ey", "J", Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url").slice(2), ".", Buffer.from(JSON.stringify(payload)).toString("base64url"), ".", r.str(43, URLSAFE));

const S: Spec[] = [
  // ai
  { cat: "ai", name: "openai-project", env: "OPENAI_API_KEY", key: "openai_api_key", host: "api.openai.com", header: B, gen: () => j("sk-", "proj-", r.str(74, URLSAFE), "T3Blbk", "FJ", r.str(74, URLSAFE)) },
  { cat: "ai", name: "anthropic", env: "ANTHROPIC_API_KEY", key: "anthropic_api_key", host: "api.anthropic.com", header: "x-api-key:", gen: () => j("sk-", "ant-", "api03-", r.str(93, URLSAFE), "AA") },
  { cat: "ai", name: "huggingface", env: "HF_TOKEN", key: "hf_token", host: "huggingface.co", header: B, gen: () => j("h", "f_", r.str(34, ALNUM)) },
  { cat: "ai", name: "groq", env: "GROQ_API_KEY", key: "groq_api_key", host: "api.groq.com", header: B, gen: () => j("gs", "k_", r.str(52, ALNUM)) },
  { cat: "ai", name: "replicate", env: "REPLICATE_API_TOKEN", key: "replicate_api_token", host: "api.replicate.com", header: B, gen: () => j("r", "8_", r.str(37, ALNUM)) },
  { cat: "ai", name: "gemini", env: "GEMINI_API_KEY", key: "gemini_api_key", host: "generativelanguage.googleapis.com", header: "x-goog-api-key:", gen: () => j("AI", "za", r.str(35, URLSAFE)) },
  { cat: "ai", name: "perplexity", env: "PERPLEXITY_API_KEY", key: "perplexity_api_key", host: "api.perplexity.ai", header: B, gen: () => j("pp", "lx-", r.str(48, ALNUM)) },
  { cat: "ai", name: "xai", env: "XAI_API_KEY", key: "xai_api_key", host: "api.x.ai", header: B, gen: () => j("xa", "i-", r.str(80, ALNUM)) },
  { cat: "ai", name: "openrouter", env: "OPENROUTER_API_KEY", key: "openrouter_api_key", host: "openrouter.ai", header: B, gen: () => j("sk-", "or-v1-", r.str(64, HEX)) },
  { cat: "ai", name: "cohere", env: "COHERE_API_KEY", key: "cohere_api_key", host: "api.cohere.com", header: B, gen: () => r.str(40, ALNUM) },
  { cat: "ai", name: "mistral", env: "MISTRAL_API_KEY", key: "mistral_api_key", host: "api.mistral.ai", header: B, gen: () => r.str(32, ALNUM) },
  { cat: "ai", name: "langsmith", env: "LANGSMITH_API_KEY", key: "langsmith_api_key", host: "api.smith.langchain.com", header: "x-api-key:", gen: () => j("lsv2", "_pt_", r.str(32, HEX), "_", r.str(10, HEX)) },
  // auth
  { cat: "auth", name: "okta-ssws", env: "OKTA_API_TOKEN", key: "okta_api_token", host: "acme.okta.com", header: "Authorization: SSWS", gen: () => j("0", "0", r.str(40, URLSAFE)) },
  { cat: "auth", name: "auth0-client-secret", env: "AUTH0_CLIENT_SECRET", key: "auth0_client_secret", host: "acme.eu.auth0.com", gen: () => r.str(64, URLSAFE) },
  { cat: "auth", name: "jwt-secret", env: "JWT_SECRET", key: "jwt_secret", host: "auth.internal.acme.io", gen: () => r.str(64, HEX) },
  { cat: "auth", name: "session-secret", env: "SESSION_SECRET", key: "session_secret", host: "app.acme.io", gen: () => r.str(48, ALNUM) },
  { cat: "auth", name: "google-oauth-secret", env: "GOOGLE_CLIENT_SECRET", key: "google_client_secret", host: "oauth2.googleapis.com", gen: () => j("GOC", "SPX-", r.str(28, URLSAFE)) },
  { cat: "auth", name: "supabase-service-role", env: "SUPABASE_SERVICE_ROLE_KEY", key: "supabase_service_role_key", host: "xyzcompany.supabase.co", header: B, gen: () => jwt({ iss: "supabase", ref: r.str(20, LO), role: "service_role", iat: 1730000000, exp: 2045000000 }) },
  { cat: "auth", name: "azure-ad-secret", env: "AZURE_CLIENT_SECRET", key: "azure_client_secret", host: "login.microsoftonline.com", gen: () => j(r.str(3, ALNUM), "8Q", "~", r.str(34, ALNUM + "_.~-")) },
  { cat: "auth", name: "keycloak-secret", env: "KEYCLOAK_CLIENT_SECRET", key: "keycloak_client_secret", host: "sso.acme.io", gen: () => r.str(32, ALNUM) },
  { cat: "auth", name: "nextauth-secret", env: "NEXTAUTH_SECRET", key: "nextauth_secret", host: "web.acme.io", gen: () => r.b64(32) },
  { cat: "auth", name: "stytch-secret", env: "STYTCH_SECRET", key: "stytch_secret", host: "api.stytch.com", gen: () => j("secret-", "live-", r.str(36, URLSAFE)) },
  { cat: "auth", name: "clerk-secret", env: "CLERK_SECRET_KEY", key: "clerk_secret_key", host: "api.clerk.com", header: B, gen: () => j("sk", "_live_", r.str(40, ALNUM)) },
  // cloud
  { cat: "cloud", name: "aws-secret", env: "AWS_SECRET_ACCESS_KEY", key: "aws_secret_access_key", host: "s3.amazonaws.com", gen: () => r.str(40, ALNUM + "/+") },
  { cat: "cloud", name: "azure-storage-key", env: "AZURE_STORAGE_KEY", key: "azure_storage_key", host: "acmeprod.blob.core.windows.net", gen: () => r.b64(64) },
  { cat: "cloud", name: "digitalocean", env: "DIGITALOCEAN_TOKEN", key: "digitalocean_token", host: "api.digitalocean.com", header: B, gen: () => j("do", "p_v1_", r.str(64, HEX)) },
  { cat: "cloud", name: "heroku", env: "HEROKU_API_KEY", key: "heroku_api_key", host: "api.heroku.com", header: B, gen: () => j("HR", "KU-", r.str(60, URLSAFE)) },
  { cat: "cloud", name: "cloudflare", env: "CLOUDFLARE_API_TOKEN", key: "cloudflare_api_token", host: "api.cloudflare.com", header: B, gen: () => r.str(40, URLSAFE) },
  { cat: "cloud", name: "linode", env: "LINODE_TOKEN", key: "linode_token", host: "api.linode.com", header: B, gen: () => r.str(64, HEX) },
  { cat: "cloud", name: "hetzner", env: "HCLOUD_TOKEN", key: "hcloud_token", host: "api.hetzner.cloud", header: B, gen: () => r.str(64, ALNUM) },
  { cat: "cloud", name: "alibaba-secret", env: "ALIBABA_CLOUD_ACCESS_KEY_SECRET", key: "access_key_secret", host: "ecs.aliyuncs.com", gen: () => r.str(30, ALNUM) },
  { cat: "cloud", name: "tencent-secret", env: "TENCENTCLOUD_SECRET_KEY", key: "secret_key", host: "cvm.tencentcloudapi.com", gen: () => r.str(32, ALNUM) },
  { cat: "cloud", name: "scaleway", env: "SCW_SECRET_KEY", key: "scw_secret_key", host: "api.scaleway.com", header: "X-Auth-Token:", gen: () => r.uuid() },
  { cat: "cloud", name: "netlify", env: "NETLIFY_AUTH_TOKEN", key: "netlify_auth_token", host: "api.netlify.com", header: B, gen: () => j("nf", "p_", r.str(36, ALNUM)) },
  { cat: "cloud", name: "vercel", env: "VERCEL_TOKEN", key: "vercel_token", host: "api.vercel.com", header: B, gen: () => r.str(24, ALNUM) },
  // comms
  { cat: "comms", name: "slack-bot", env: "SLACK_BOT_TOKEN", key: "slack_bot_token", host: "slack.com", header: B, gen: () => j("xo", "xb-", r.str(12, DIG), "-", r.str(13, DIG), "-", r.str(24, ALNUM)) },
  { cat: "comms", name: "slack-webhook", env: "SLACK_WEBHOOK_URL", key: "slack_webhook_url", host: "hooks.slack.com", gen: () => j("https://hooks.", "slack.com/services/T", r.str(10, UP + DIG), "/B", r.str(10, UP + DIG), "/", r.str(24, ALNUM)) },
  { cat: "comms", name: "discord-bot", env: "DISCORD_BOT_TOKEN", key: "discord_bot_token", host: "discord.com", header: "Authorization: Bot", gen: () => j("MT", r.str(24, ALNUM), ".", r.str(6, URLSAFE), ".", r.str(38, URLSAFE)) },
  { cat: "comms", name: "discord-webhook", env: "DISCORD_WEBHOOK_URL", key: "discord_webhook_url", host: "discord.com", gen: () => j("https://discord.com/api/", "webhooks/", r.str(19, DIG), "/", r.str(68, URLSAFE)) },
  { cat: "comms", name: "telegram", env: "TELEGRAM_BOT_TOKEN", key: "telegram_bot_token", host: "api.telegram.org", gen: () => j(r.str(10, DIG), ":", "AA", r.str(33, URLSAFE)) },
  { cat: "comms", name: "twilio-auth", env: "TWILIO_AUTH_TOKEN", key: "twilio_auth_token", host: "api.twilio.com", gen: () => r.str(32, HEX) },
  { cat: "comms", name: "sendgrid", env: "SENDGRID_API_KEY", key: "sendgrid_api_key", host: "api.sendgrid.com", header: B, gen: () => j("S", "G.", r.str(22, URLSAFE), ".", r.str(43, URLSAFE)) },
  { cat: "comms", name: "mailgun", env: "MAILGUN_API_KEY", key: "mailgun_api_key", host: "api.mailgun.net", gen: () => j("ke", "y-", r.str(32, HEX)) },
  { cat: "comms", name: "postmark", env: "POSTMARK_SERVER_TOKEN", key: "postmark_server_token", host: "api.postmarkapp.com", header: "X-Postmark-Server-Token:", gen: () => r.uuid() },
  { cat: "comms", name: "resend", env: "RESEND_API_KEY", key: "resend_api_key", host: "api.resend.com", header: B, gen: () => j("r", "e_", r.str(8, ALNUM), "_", r.str(24, ALNUM)) },
  { cat: "comms", name: "brevo", env: "BREVO_API_KEY", key: "brevo_api_key", host: "api.brevo.com", header: "api-key:", gen: () => j("xkey", "sib-", r.str(64, HEX), "-", r.str(16, ALNUM)) },
  { cat: "comms", name: "mailchimp", env: "MAILCHIMP_API_KEY", key: "mailchimp_api_key", host: "us21.api.mailchimp.com", gen: () => j(r.str(32, HEX), "-us", String(r.range(1, 21))) },
  // data
  { cat: "data", name: "postgres-url", env: "DATABASE_URL", key: "database_url", host: "db.acme.internal", gen: () => j("postgres://app_rw:", r.str(24, ALNUM), "@db-prod.c9x", r.str(8, LO), ".eu-west-1.rds.amazonaws.com:5432/orders") },
  { cat: "data", name: "mongodb-atlas", env: "MONGODB_URI", key: "mongodb_uri", host: "cloud.mongodb.com", gen: () => j("mongodb+srv://svc_api:", r.str(20, ALNUM), "@cluster0.", r.str(5, LO + DIG), ".mongodb.net/prod?retryWrites=true") },
  { cat: "data", name: "redis-url", env: "REDIS_URL", key: "redis_url", host: "upstash.io", gen: () => j("rediss://default:", r.str(34, ALNUM), "@eu1-brave-", r.str(6, LO), "-3", r.str(4, DIG), ".upstash.io:6379") },
  { cat: "data", name: "mysql-password", env: "MYSQL_PASSWORD", key: "mysql_password", host: "mysql.acme.internal", gen: () => r.str(20, ALNUM + "!#%") },
  { cat: "data", name: "snowflake-password", env: "SNOWFLAKE_PASSWORD", key: "snowflake_password", host: "acme-xy12345.snowflakecomputing.com", gen: () => r.str(22, ALNUM + "@#") },
  { cat: "data", name: "databricks", env: "DATABRICKS_TOKEN", key: "databricks_token", host: "adb-1234567890.12.azuredatabricks.net", header: B, gen: () => j("da", "pi", r.str(32, HEX)) },
  { cat: "data", name: "planetscale", env: "PLANETSCALE_PASSWORD", key: "planetscale_password", host: "aws.connect.psdb.cloud", gen: () => j("pscale", "_pw_", r.str(43, URLSAFE)) },
  { cat: "data", name: "neon-url", env: "NEON_DATABASE_URL", key: "neon_database_url", host: "neon.tech", gen: () => j("postgresql://neondb_owner:", "npg_", r.str(12, ALNUM), "@ep-", r.str(6, LO), "-", r.str(6, LO), "-a1b2c3d4.eu-central-1.aws.neon.tech/neondb?sslmode=require") },
  { cat: "data", name: "pinecone", env: "PINECONE_API_KEY", key: "pinecone_api_key", host: "api.pinecone.io", header: "Api-Key:", gen: () => j("pc", "sk_", r.str(5, ALNUM), "_", r.str(63, ALNUM)) },
  { cat: "data", name: "elastic-apikey", env: "ELASTIC_API_KEY", key: "elastic_api_key", host: "acme.es.us-east-1.aws.found.io", header: "Authorization: ApiKey", gen: () => Buffer.from(j(r.str(20, URLSAFE), ":", r.str(22, URLSAFE))).toString("base64") },
  { cat: "data", name: "algolia-admin", env: "ALGOLIA_ADMIN_API_KEY", key: "algolia_admin_api_key", host: "acme-dsn.algolia.net", header: "X-Algolia-API-Key:", gen: () => r.str(32, HEX) },
  { cat: "data", name: "clickhouse-password", env: "CLICKHOUSE_PASSWORD", key: "clickhouse_password", host: "abc123.eu-central-1.aws.clickhouse.cloud", gen: () => r.str(18, ALNUM + "_~") },
  // devtools
  { cat: "devtools", name: "github-classic", env: "GITHUB_TOKEN", key: "github_token", host: "api.github.com", header: "Authorization: token", gen: () => j("gh", "p_", r.str(36, ALNUM)) },
  { cat: "devtools", name: "github-fine-grained", env: "GH_TOKEN", key: "gh_token", host: "api.github.com", header: B, gen: () => j("github", "_pat_", "11A", r.str(19, UP + DIG), "_", r.str(59, ALNUM)) },
  { cat: "devtools", name: "gitlab", env: "GITLAB_TOKEN", key: "gitlab_token", host: "gitlab.com", header: "PRIVATE-TOKEN:", gen: () => j("gl", "pat-", r.str(20, URLSAFE)) },
  { cat: "devtools", name: "npm", env: "NPM_TOKEN", key: "npm_token", host: "registry.npmjs.org", header: B, gen: () => j("np", "m_", r.str(36, ALNUM)) },
  { cat: "devtools", name: "pypi", env: "PYPI_API_TOKEN", key: "pypi_api_token", host: "upload.pypi.org", gen: () => j("py", "pi-", "AgEIcHlwaS5vcmc", r.str(70, URLSAFE)) },
  { cat: "devtools", name: "dockerhub", env: "DOCKERHUB_TOKEN", key: "dockerhub_token", host: "hub.docker.com", gen: () => j("dckr", "_pat_", r.str(27, URLSAFE)) },
  { cat: "devtools", name: "doppler", env: "DOPPLER_TOKEN", key: "doppler_token", host: "api.doppler.com", header: B, gen: () => j("dp", ".st.", "prd.", r.str(43, ALNUM)) },
  { cat: "devtools", name: "terraform-cloud", env: "TFE_TOKEN", key: "tfe_token", host: "app.terraform.io", header: B, gen: () => j(r.str(14, ALNUM), ".atlas", "v1.", r.str(67, ALNUM)) },
  { cat: "devtools", name: "vault", env: "VAULT_TOKEN", key: "vault_token", host: "vault.acme.internal:8200", header: "X-Vault-Token:", gen: () => j("hv", "s.", r.str(24, URLSAFE)) },
  { cat: "devtools", name: "postman", env: "POSTMAN_API_KEY", key: "postman_api_key", host: "api.getpostman.com", header: "X-Api-Key:", gen: () => j("PM", "AK-", r.str(24, HEX), "-", r.str(34, HEX)) },
  { cat: "devtools", name: "sonar", env: "SONAR_TOKEN", key: "sonar_token", host: "sonarcloud.io", gen: () => j("sq", "u_", r.str(40, HEX)) },
  { cat: "devtools", name: "bitbucket-app-password", env: "BITBUCKET_APP_PASSWORD", key: "bitbucket_app_password", host: "api.bitbucket.org", gen: () => j("AT", "BB", r.str(32, ALNUM)) },
  // observability
  { cat: "observability", name: "sentry-user-token", env: "SENTRY_AUTH_TOKEN", key: "sentry_auth_token", host: "sentry.io", header: B, gen: () => j("sntr", "yu_", r.str(64, HEX)) },
  { cat: "observability", name: "datadog-api", env: "DD_API_KEY", key: "dd_api_key", host: "api.datadoghq.eu", header: "DD-API-KEY:", gen: () => r.str(32, HEX) },
  { cat: "observability", name: "datadog-app", env: "DD_APP_KEY", key: "dd_app_key", host: "api.datadoghq.com", header: "DD-APPLICATION-KEY:", gen: () => r.str(40, HEX) },
  { cat: "observability", name: "newrelic-user", env: "NEW_RELIC_API_KEY", key: "new_relic_api_key", host: "api.newrelic.com", header: "Api-Key:", gen: () => j("NR", "AK-", r.str(27, UP + DIG)) },
  { cat: "observability", name: "newrelic-license", env: "NEW_RELIC_LICENSE_KEY", key: "new_relic_license_key", host: "collector.newrelic.com", gen: () => j(r.str(36, HEX), "NR", "AL") },
  { cat: "observability", name: "grafana-sa", env: "GRAFANA_SERVICE_ACCOUNT_TOKEN", key: "grafana_token", host: "acme.grafana.net", header: B, gen: () => j("gl", "sa_", r.str(32, ALNUM), "_", r.str(8, HEX)) },
  { cat: "observability", name: "honeycomb", env: "HONEYCOMB_API_KEY", key: "honeycomb_api_key", host: "api.honeycomb.io", header: "X-Honeycomb-Team:", gen: () => r.str(22, ALNUM) },
  { cat: "observability", name: "dynatrace", env: "DT_API_TOKEN", key: "dt_api_token", host: "abc12345.live.dynatrace.com", header: "Authorization: Api-Token", gen: () => j("dt0", "c01.", r.str(24, UP + DIG), ".", r.str(64, UP + DIG)) },
  { cat: "observability", name: "splunk-hec", env: "SPLUNK_HEC_TOKEN", key: "splunk_hec_token", host: "http-inputs-acme.splunkcloud.com", header: "Authorization: Splunk", gen: () => r.uuid() },
  { cat: "observability", name: "rollbar", env: "ROLLBAR_ACCESS_TOKEN", key: "rollbar_access_token", host: "api.rollbar.com", header: "X-Rollbar-Access-Token:", gen: () => r.str(32, HEX) },
  { cat: "observability", name: "axiom", env: "AXIOM_TOKEN", key: "axiom_token", host: "api.axiom.co", header: B, gen: () => j("xa", "at-", r.uuid()) },
  { cat: "observability", name: "posthog-personal", env: "POSTHOG_PERSONAL_API_KEY", key: "posthog_personal_api_key", host: "eu.posthog.com", header: B, gen: () => j("ph", "x_", r.str(47, ALNUM)) },
  // payment
  { cat: "payment", name: "stripe-secret", env: "STRIPE_SECRET_KEY", key: "stripe_secret_key", host: "api.stripe.com", header: B, gen: () => j("sk", "_live_", "51", r.str(97, ALNUM)) },
  { cat: "payment", name: "stripe-restricted", env: "STRIPE_RESTRICTED_KEY", key: "stripe_restricted_key", host: "api.stripe.com", header: B, gen: () => j("rk", "_live_", "51", r.str(97, ALNUM)) },
  { cat: "payment", name: "stripe-webhook", env: "STRIPE_WEBHOOK_SECRET", key: "stripe_webhook_secret", host: "api.stripe.com", gen: () => j("wh", "sec_", r.str(32, ALNUM)) },
  { cat: "payment", name: "paypal-secret", env: "PAYPAL_CLIENT_SECRET", key: "paypal_client_secret", host: "api-m.paypal.com", gen: () => j("E", r.str(79, URLSAFE)) },
  { cat: "payment", name: "square", env: "SQUARE_ACCESS_TOKEN", key: "square_access_token", host: "connect.squareup.com", header: B, gen: () => j("EA", "AA", r.str(60, URLSAFE)) },
  { cat: "payment", name: "braintree", env: "BRAINTREE_ACCESS_TOKEN", key: "braintree_access_token", host: "api.braintreegateway.com", gen: () => j("access_token", "$production$", r.str(16, LO + DIG), "$", r.str(32, HEX)) },
  { cat: "payment", name: "razorpay-secret", env: "RAZORPAY_KEY_SECRET", key: "razorpay_key_secret", host: "api.razorpay.com", gen: () => r.str(24, ALNUM) },
  { cat: "payment", name: "paystack", env: "PAYSTACK_SECRET_KEY", key: "paystack_secret_key", host: "api.paystack.co", header: B, gen: () => j("sk", "_live_", r.str(40, HEX)) },
  { cat: "payment", name: "mollie", env: "MOLLIE_API_KEY", key: "mollie_api_key", host: "api.mollie.com", header: B, gen: () => j("li", "ve_", r.str(30, ALNUM)) },
  { cat: "payment", name: "flutterwave", env: "FLW_SECRET_KEY", key: "flw_secret_key", host: "api.flutterwave.com", header: B, gen: () => j("FLW", "SECK-", r.str(32, HEX), "-X") },
  { cat: "payment", name: "mercadopago", env: "MP_ACCESS_TOKEN", key: "mp_access_token", host: "api.mercadopago.com", header: B, gen: () => j("APP", "_USR-", r.str(16, DIG), "-", r.str(6, DIG), "-", r.str(32, HEX), "-", r.str(9, DIG)) },
  { cat: "payment", name: "adyen", env: "ADYEN_API_KEY", key: "adyen_api_key", host: "checkout-live.adyen.com", header: "X-API-Key:", gen: () => j("AQE", r.str(3, ALNUM), "3mfu", r.str(120, URLSAFE)) },
  // saas
  { cat: "saas", name: "shopify-admin", env: "SHOPIFY_ADMIN_TOKEN", key: "shopify_admin_token", host: "acme-store.myshopify.com", header: "X-Shopify-Access-Token:", gen: () => j("sh", "pat_", r.str(32, HEX)) },
  { cat: "saas", name: "notion", env: "NOTION_TOKEN", key: "notion_token", host: "api.notion.com", header: B, gen: () => j("nt", "n_", r.str(11, DIG), r.str(35, ALNUM)) },
  { cat: "saas", name: "linear", env: "LINEAR_API_KEY", key: "linear_api_key", host: "api.linear.app", header: "Authorization:", gen: () => j("lin", "_api_", r.str(40, ALNUM)) },
  { cat: "saas", name: "airtable", env: "AIRTABLE_TOKEN", key: "airtable_token", host: "api.airtable.com", header: B, gen: () => j("pa", "t", r.str(14, ALNUM), ".", r.str(64, HEX)) },
  { cat: "saas", name: "figma", env: "FIGMA_TOKEN", key: "figma_token", host: "api.figma.com", header: "X-Figma-Token:", gen: () => j("fi", "gd_", r.str(40, URLSAFE)) },
  { cat: "saas", name: "hubspot", env: "HUBSPOT_ACCESS_TOKEN", key: "hubspot_access_token", host: "api.hubapi.com", header: B, gen: () => j("pat", "-na1-", r.uuid()) },
  { cat: "saas", name: "asana", env: "ASANA_PAT", key: "asana_pat", host: "app.asana.com", header: B, gen: () => j("2/", r.str(16, DIG), "/", r.str(16, DIG), ":", r.str(32, HEX)) },
  { cat: "saas", name: "zendesk", env: "ZENDESK_API_TOKEN", key: "zendesk_api_token", host: "acme.zendesk.com", gen: () => r.str(40, ALNUM) },
  { cat: "saas", name: "contentful", env: "CONTENTFUL_MANAGEMENT_TOKEN", key: "contentful_management_token", host: "api.contentful.com", header: B, gen: () => j("CF", "PAT-", r.str(43, URLSAFE)) },
  { cat: "saas", name: "mapbox-secret", env: "MAPBOX_SECRET_TOKEN", key: "mapbox_secret_token", host: "api.mapbox.com", gen: () => j("s", "k.", "eyJ1IjoiYWNtZSIsImEiOiJ", r.str(20, ALNUM), "In0.", r.str(22, URLSAFE)) },
  { cat: "saas", name: "typeform", env: "TYPEFORM_TOKEN", key: "typeform_token", host: "api.typeform.com", header: B, gen: () => j("tf", "p_", r.str(44, URLSAFE), "_", r.str(14, URLSAFE)) },
  { cat: "saas", name: "dropbox", env: "DROPBOX_ACCESS_TOKEN", key: "dropbox_access_token", host: "api.dropboxapi.com", header: B, gen: () => j("s", "l.", r.str(136, URLSAFE)) },
];

export const cases: CorpusCase[] = [];
let i = 0;
for (let round = 0; round < 3; round++) {
  for (const [k, s] of S.entries()) {
    if (round === 2 && k % 2 === 1) continue;
    const rend = RENDERERS[(i * 7 + round) % RENDERERS.length]!;
    const v = s.gen();
    const p = prose(r, i);
    const { text, needle } = rend.fn({ env: s.env, key: s.key, header: s.header, host: s.host }, v, r, p);
    const id = `y148-p-${String(i + 1).padStart(3, "0")}`;
    cases.push(mkCase(id, `heldouty148-sec-${s.cat}`, text, needle, `${s.name} in ${s.env} via ${rend.name}`));
    i++;
  }
}
