// heldout-y62 common providers: every token assembled at run time (split prefix + PRNG body).
import type { CorpusCase } from "../types.ts";
import { ALNUM, BECH, build, Gen, type Spec } from "./_gen.ts";

const P = (...parts: string[]) => parts.join("");

const specs: Spec[] = [
  // ai
  { p: "OpenAI project key", g: "ai", v: "OPENAI_API_KEY", host: "api.openai.com", t: (r) => P("sk-", "proj-", r.u(58), "T3Blbk", "FJ", r.u(58)) },
  { p: "OpenAI service-account key", g: "ai", v: "OPENAI_API_KEY", host: "api.openai.com", t: (r) => P("sk-", "svcacct-", r.u(58), "T3Blbk", "FJ", r.u(58)), n: 1 },
  { p: "OpenAI admin key", g: "ai", v: "OPENAI_ADMIN_KEY", host: "api.openai.com", t: (r) => P("sk-", "admin-", r.u(58), "T3Blbk", "FJ", r.u(58)), n: 1 },
  { p: "Anthropic API key", g: "ai", v: "ANTHROPIC_API_KEY", hdr: "x-api-key: ", host: "api.anthropic.com", t: (r) => P("sk-", "ant-", "api03-", r.u(93), "AA") },
  { p: "Anthropic admin key", g: "ai", v: "ANTHROPIC_ADMIN_KEY", hdr: "x-api-key: ", host: "api.anthropic.com", t: (r) => P("sk-", "ant-", "admin01-", r.u(93), "AA"), n: 1 },
  { p: "Hugging Face token", g: "ai", v: "HF_TOKEN", host: "huggingface.co", t: (r) => P("hf", "_", r.str(34, ALNUM.slice(0, 52))) },
  { p: "Groq API key", g: "ai", v: "GROQ_API_KEY", host: "api.groq.com", t: (r) => P("gsk", "_", r.a(52)) },
  { p: "Replicate API token", g: "ai", v: "REPLICATE_API_TOKEN", host: "api.replicate.com", t: (r) => P("r8", "_", r.a(37)) },
  { p: "Perplexity API key", g: "ai", v: "PERPLEXITY_API_KEY", host: "api.perplexity.ai", t: (r) => P("pplx", "-", r.a(48)) },
  { p: "Google Gemini API key", g: "ai", v: "GEMINI_API_KEY", hdr: "x-goog-api-key: ", host: "generativelanguage.googleapis.com", t: (r) => P("AI", "za", "Sy", r.u(33)) },
  { p: "OpenRouter key", g: "ai", v: "OPENROUTER_API_KEY", host: "openrouter.ai", t: (r) => P("sk-", "or-", "v1-", r.h(64)) },
  { p: "xAI API key", g: "ai", v: "XAI_API_KEY", host: "api.x.ai", t: (r) => P("xai", "-", r.a(80)) },
  { p: "DeepSeek API key", g: "ai", v: "DEEPSEEK_API_KEY", host: "api.deepseek.com", t: (r) => P("sk", "-", r.h(32)) },
  { p: "Mistral API key", g: "ai", v: "MISTRAL_API_KEY", host: "api.mistral.ai", t: (r) => r.a(32) },
  { p: "Cohere API key", g: "ai", v: "COHERE_API_KEY", host: "api.cohere.com", t: (r) => r.a(40), n: 1 },
  { p: "LangSmith API key", g: "ai", v: "LANGSMITH_API_KEY", hdr: "x-api-key: ", host: "api.smith.langchain.com", t: (r) => P("lsv2", "_pt_", r.h(32), "_", r.h(10)) },
  { p: "Pinecone API key", g: "ai", v: "PINECONE_API_KEY", hdr: "Api-Key: ", host: "api.pinecone.io", t: (r) => P("pcsk", "_", r.a(5), "_", r.a(63)) },
  // auth
  { p: "Okta API token", g: "auth", v: "OKTA_API_TOKEN", hdr: "Authorization: SSWS ", host: "acme.okta.com", t: (r) => P("00", r.u(40)) },
  { p: "Auth0 client secret", g: "auth", v: "AUTH0_CLIENT_SECRET", host: "acme.eu.auth0.com", t: (r) => r.u(64) },
  { p: "Google OAuth client secret", g: "auth", v: "GOOGLE_CLIENT_SECRET", host: "oauth2.googleapis.com", t: (r) => P("GOC", "SPX-", r.u(28)) },
  { p: "Azure AD client secret", g: "auth", v: "AZURE_CLIENT_SECRET", host: "login.microsoftonline.com", t: (r) => P(r.a(3), r.d(1), "Q", "~", r.u(34)) },
  { p: "Clerk secret key", g: "auth", v: "CLERK_SECRET_KEY", host: "api.clerk.com", t: (r) => P("sk", "_live_", r.a(42)) },
  { p: "HashiCorp Vault token", g: "auth", v: "VAULT_TOKEN", hdr: "X-Vault-Token: ", host: "vault.internal.acme.io:8200", t: (r) => P("hv", "s.", r.u(90)) },
  { p: "Doppler service token", g: "auth", v: "DOPPLER_TOKEN", host: "api.doppler.com", t: (r) => P("dp", ".st.", "prd.", r.a(43)) },
  { p: "1Password service account token", g: "auth", v: "OP_SERVICE_ACCOUNT_TOKEN", host: "my.1password.com", t: (r) => P("op", "s_", "eyJ", r.u(180)), n: 1 },
  { p: "JWT HMAC signing secret", g: "auth", v: "JWT_SECRET", host: "auth.acme.io", t: (r) => r.b64bytes(48) },
  { p: "NextAuth secret", g: "auth", v: "NEXTAUTH_SECRET", host: "app.acme.io", t: (r) => r.b64bytes(32), n: 1 },
  // cloud
  { p: "AWS access key id + secret", g: "cloud", v: "AWS_SECRET_ACCESS_KEY", host: "s3.amazonaws.com", t: (r) => P("AK", "IA", r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), " ", r.str(40, ALNUM + "/+")), hdr: "X-Aws-Creds: " },
  { p: "AWS secret access key", g: "cloud", v: "AWS_SECRET_ACCESS_KEY", host: "sts.amazonaws.com", t: (r) => r.str(40, ALNUM + "/+") },
  { p: "AWS STS session key id", g: "cloud", v: "AWS_ACCESS_KEY_ID", host: "sts.amazonaws.com", t: (r) => P("AS", "IA", r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")), n: 1 },
  { p: "Azure storage account key", g: "cloud", v: "AZURE_STORAGE_KEY", host: "acmeprod.blob.core.windows.net", t: (r) => r.b64bytes(64) },
  { p: "Azure storage connection string", g: "cloud", v: "AZURE_STORAGE_CONNECTION_STRING", host: "acmeprod.blob.core.windows.net", t: (r) => P("DefaultEndpointsProtocol=https;AccountName=acmeprod;Account", "Key=", r.b64bytes(64), ";EndpointSuffix=core.windows.net") },
  { p: "DigitalOcean PAT", g: "cloud", v: "DIGITALOCEAN_TOKEN", host: "api.digitalocean.com", t: (r) => P("dop", "_v1_", r.h(64)) },
  { p: "Heroku API key", g: "cloud", v: "HEROKU_API_KEY", host: "api.heroku.com", t: (r) => P("HRKU", "-AA", r.u(58)) },
  { p: "Cloudflare API token", g: "cloud", v: "CLOUDFLARE_API_TOKEN", host: "api.cloudflare.com", t: (r) => r.u(40) },
  { p: "Cloudflare global API key", g: "cloud", v: "CLOUDFLARE_API_KEY", hdr: "X-Auth-Key: ", host: "api.cloudflare.com", t: (r) => r.h(37), n: 1 },
  { p: "Netlify PAT", g: "cloud", v: "NETLIFY_AUTH_TOKEN", host: "api.netlify.com", t: (r) => P("nf", "p_", r.a(36)) },
  { p: "Vercel token", g: "cloud", v: "VERCEL_TOKEN", host: "api.vercel.com", t: (r) => r.a(24) },
  { p: "Fly.io token", g: "cloud", v: "FLY_API_TOKEN", host: "api.machines.dev", t: (r) => P("Fly", "V1 ", "fm2_", r.b64(120)), n: 1 },
  { p: "GCP API key (server)", g: "cloud", v: "GOOGLE_API_KEY", hdr: "X-Goog-Api-Key: ", host: "translation.googleapis.com", t: (r) => P("AI", "za", "Sy", r.u(33)), n: 1 },
  // comms
  { p: "Slack bot token", g: "comms", v: "SLACK_BOT_TOKEN", host: "slack.com", t: (r) => P("xo", "xb-", r.d(12), "-", r.d(13), "-", r.a(24)) },
  { p: "Slack user token", g: "comms", v: "SLACK_USER_TOKEN", host: "slack.com", t: (r) => P("xo", "xp-", r.d(12), "-", r.d(13), "-", r.d(13), "-", r.h(32)) },
  { p: "Slack app-level token", g: "comms", v: "SLACK_APP_TOKEN", host: "slack.com", t: (r) => P("xa", "pp-1-", "A0", r.ua(9), "-", r.d(13), "-", r.h(64)), n: 1 },
  { p: "Slack incoming webhook", g: "comms", v: "SLACK_WEBHOOK_URL", host: "hooks.slack.com", t: (r) => P("https://hooks.", "slack.com/services/", "T0", r.ua(9), "/B0", r.ua(9), "/", r.a(24)) },
  { p: "Discord bot token", g: "comms", v: "DISCORD_BOT_TOKEN", hdr: "Authorization: Bot ", host: "discord.com", t: (r) => P("MT", r.u(24), ".", r.u(6), ".", r.u(38)) },
  { p: "Discord webhook", g: "comms", v: "DISCORD_WEBHOOK_URL", host: "discord.com", t: (r) => P("https://discord.com/api/", "webhooks/", "12", r.d(17), "/", r.u(68)), n: 1 },
  { p: "Telegram bot token", g: "comms", v: "TELEGRAM_BOT_TOKEN", host: "api.telegram.org", t: (r) => P(r.d(10), ":", "AA", r.u(33)) },
  { p: "Twilio auth token", g: "comms", v: "TWILIO_AUTH_TOKEN", host: "api.twilio.com", t: (r) => r.h(32) },
  { p: "Twilio API key secret", g: "comms", v: "TWILIO_API_SECRET", host: "api.twilio.com", t: (r) => r.a(32), n: 1 },
  { p: "SendGrid API key", g: "comms", v: "SENDGRID_API_KEY", host: "api.sendgrid.com", t: (r) => P("SG", ".", r.u(22), ".", r.u(43)) },
  { p: "Mailgun API key", g: "comms", v: "MAILGUN_API_KEY", host: "api.mailgun.net", t: (r) => P(r.h(32), "-", r.h(8), "-", r.h(8)) },
  { p: "Mailchimp API key", g: "comms", v: "MAILCHIMP_API_KEY", host: "us21.api.mailchimp.com", t: (r) => P(r.h(32), "-us", String(r.range(2, 21))) },
  { p: "Postmark server token", g: "comms", v: "POSTMARK_SERVER_TOKEN", hdr: "X-Postmark-Server-Token: ", host: "api.postmarkapp.com", t: (r) => r.uuid() },
  { p: "Resend API key", g: "comms", v: "RESEND_API_KEY", host: "api.resend.com", t: (r) => P("re", "_", r.a(8), "_", r.a(24)) },
  // data
  { p: "Postgres URL with password", g: "data", v: "DATABASE_URL", host: "db.acme.internal", t: (r) => P("postgres", "ql://app_rw:", r.pw(), "@pg-prod-1.c", r.la(10), ".eu-west-1.rds.amazonaws.com:5432/orders") },
  { p: "MongoDB Atlas URI", g: "data", v: "MONGODB_URI", host: "cloud.mongodb.com", t: (r) => P("mongodb", "+srv://svc_api:", r.a(16), "@cluster0.", r.la(5), ".mongodb.net/prod?retryWrites=true&w=majority") },
  { p: "Redis URL with password", g: "data", v: "REDIS_URL", host: "redis.acme.internal", t: (r) => P("redi", "ss://default:", r.a(32), "@redis-", r.d(5), ".c", r.d(3), ".us-east-1-2.ec2.cloud.redislabs.com:", r.d(5)) },
  { p: "MySQL DSN", g: "data", v: "MYSQL_DSN", host: "mysql.acme.internal", t: (r) => P("my", "sql://report:", r.pw(), "@10.0.", String(r.range(1, 250)), ".", String(r.range(1, 250)), ":3306/analytics") },
  { p: "Supabase service_role key", g: "data", v: "SUPABASE_SERVICE_ROLE_KEY", hdr: "apikey: ", host: "xyzcompany.supabase.co", t: (r) => r.jwt({ iss: "supabase", ref: r.str(20, "abcdefghijklmnopqrstuvwxyz"), role: "service_role", iat: 1717000000, exp: 2032576000 }) },
  { p: "PlanetScale password", g: "data", v: "PLANETSCALE_PASSWORD", host: "aws.connect.psdb.cloud", t: (r) => P("pscale", "_pw_", r.u(43)) },
  { p: "Neon Postgres URL", g: "data", v: "NEON_DATABASE_URL", host: "console.neon.tech", t: (r) => P("postgres", "ql://neondb_owner:", "npg", "_", r.a(12), "@ep-", r.la(6), "-", r.la(6), "-a", r.d(6), ".eu-central-1.aws.neon.tech/neondb?sslmode=require") },
  { p: "Upstash Redis REST token", g: "data", v: "UPSTASH_REDIS_REST_TOKEN", host: "eu1-happy-cat-33001.upstash.io", t: (r) => P("AY", r.a(2), "AAIjcDE", r.a(50), "cDE", r.a(8)) },
  { p: "Databricks PAT", g: "data", v: "DATABRICKS_TOKEN", host: "adb-1234567890123456.7.azuredatabricks.net", t: (r) => P("da", "pi", r.h(32), "-", String(r.range(2, 3))) },
  { p: "Algolia admin key", g: "data", v: "ALGOLIA_ADMIN_API_KEY", hdr: "X-Algolia-API-Key: ", host: "acme-dsn.algolia.net", t: (r) => r.h(32), n: 1 },
  { p: "Snowflake password", g: "data", v: "SNOWFLAKE_PASSWORD", host: "acme-xy12345.snowflakecomputing.com", t: (r) => r.pw(), n: 1 },
  // devtools
  { p: "GitHub classic PAT", g: "devtools", v: "GITHUB_TOKEN", hdr: "Authorization: token ", host: "api.github.com", t: (r) => P("gh", "p_", r.a(36)) },
  { p: "GitHub fine-grained PAT", g: "devtools", v: "GH_TOKEN", host: "api.github.com", t: (r) => P("github", "_pat_", "11", r.ua(20), "_", r.a(59)) },
  { p: "GitHub OAuth token", g: "devtools", v: "GITHUB_OAUTH_TOKEN", host: "api.github.com", t: (r) => P("gh", "o_", r.a(36)), n: 1 },
  { p: "GitHub App installation token", g: "devtools", v: "GITHUB_APP_TOKEN", host: "api.github.com", t: (r) => P("gh", "s_", r.a(36)), n: 1 },
  { p: "GitLab PAT", g: "devtools", v: "GITLAB_TOKEN", hdr: "PRIVATE-TOKEN: ", host: "gitlab.com", t: (r) => P("gl", "pat-", r.u(20)) },
  { p: "GitLab runner token", g: "devtools", v: "CI_RUNNER_TOKEN", host: "gitlab.com", t: (r) => P("gl", "rt-", r.u(20)), n: 1 },
  { p: "npm automation token", g: "devtools", v: "NPM_TOKEN", host: "registry.npmjs.org", t: (r) => P("np", "m_", r.a(36)) },
  { p: "PyPI API token", g: "devtools", v: "PYPI_API_TOKEN", host: "upload.pypi.org", t: (r) => P("py", "pi-", "AgEIcHlwaS5vcmc", r.u(70)) },
  { p: "Docker Hub PAT", g: "devtools", v: "DOCKERHUB_TOKEN", host: "hub.docker.com", t: (r) => P("dck", "r_pat_", r.u(27)) },
  { p: "Terraform Cloud token", g: "devtools", v: "TFE_TOKEN", host: "app.terraform.io", t: (r) => P(r.a(14), ".atlas", "v1.", r.a(67)) },
  { p: "Bitbucket app password", g: "devtools", v: "BITBUCKET_APP_PASSWORD", host: "api.bitbucket.org", t: (r) => P("AT", "BB", r.a(32), r.uh(8)) },
  { p: "Atlassian API token", g: "devtools", v: "JIRA_API_TOKEN", host: "acme.atlassian.net", t: (r) => P("ATA", "TT3xFfGF0", r.u(180), "=", r.uh(8)) },
  { p: "Postman API key", g: "devtools", v: "POSTMAN_API_KEY", hdr: "X-Api-Key: ", host: "api.getpostman.com", t: (r) => P("PM", "AK-", r.h(24), "-", r.h(34)) },
  { p: "CircleCI personal token", g: "devtools", v: "CIRCLECI_TOKEN", hdr: "Circle-Token: ", host: "circleci.com", t: (r) => P("CCI", "PAT_", r.a(22), "_", r.h(40)), n: 1 },
  // observability
  { p: "Datadog API key", g: "observability", v: "DD_API_KEY", hdr: "DD-API-KEY: ", host: "api.datadoghq.eu", t: (r) => r.h(32) },
  { p: "Datadog application key", g: "observability", v: "DD_APP_KEY", hdr: "DD-APPLICATION-KEY: ", host: "api.datadoghq.com", t: (r) => r.h(40) },
  { p: "New Relic user API key", g: "observability", v: "NEW_RELIC_API_KEY", hdr: "Api-Key: ", host: "api.newrelic.com", t: (r) => P("NR", "AK-", r.ua(27)) },
  { p: "New Relic license key", g: "observability", v: "NEW_RELIC_LICENSE_KEY", hdr: "X-License-Key: ", host: "collector.newrelic.com", t: (r) => P(r.h(36), "NR", "AL"), n: 1 },
  { p: "Sentry user auth token", g: "observability", v: "SENTRY_AUTH_TOKEN", host: "sentry.io", t: (r) => P("sntr", "yu_", r.h(64)) },
  { p: "Grafana service account token", g: "observability", v: "GRAFANA_TOKEN", host: "acme.grafana.net", t: (r) => P("gl", "sa_", r.a(32), "_", r.h(8)) },
  { p: "Grafana Cloud access policy token", g: "observability", v: "GRAFANA_CLOUD_TOKEN", host: "prometheus-prod-24.grafana.net", t: (r) => P("gl", "c_", "eyJvIjoi", r.u(120), "=="), n: 1 },
  // payment
  { p: "Stripe live secret key", g: "payment", v: "STRIPE_SECRET_KEY", host: "api.stripe.com", t: (r) => P("sk", "_live_", "51", r.a(97)) },
  { p: "Stripe restricted key", g: "payment", v: "STRIPE_RESTRICTED_KEY", host: "api.stripe.com", t: (r) => P("rk", "_live_", "51", r.a(97)) },
  { p: "Stripe webhook signing secret", g: "payment", v: "STRIPE_WEBHOOK_SECRET", host: "api.stripe.com", t: (r) => P("wh", "sec_", r.a(32)) },
  { p: "Square access token", g: "payment", v: "SQUARE_ACCESS_TOKEN", host: "connect.squareup.com", t: (r) => P("EA", "AA", r.u(60)) },
  { p: "PayPal client secret", g: "payment", v: "PAYPAL_CLIENT_SECRET", host: "api-m.paypal.com", t: (r) => P("E", r.u(79)) },
  { p: "Braintree access token", g: "payment", v: "BRAINTREE_ACCESS_TOKEN", host: "api.braintreegateway.com", t: (r) => P("access", "_token$production$", r.la(16), "$", r.h(32)) },
  { p: "Shopify Admin API token", g: "payment", v: "SHOPIFY_ADMIN_TOKEN", hdr: "X-Shopify-Access-Token: ", host: "acme-store.myshopify.com", t: (r) => P("shp", "at_", r.h(32)) },
  { p: "Shopify app shared secret", g: "payment", v: "SHOPIFY_API_SECRET", host: "acme-store.myshopify.com", t: (r) => P("shp", "ss_", r.h(32)), n: 1 },
  // saas
  { p: "Notion integration token", g: "saas", v: "NOTION_TOKEN", host: "api.notion.com", t: (r) => P("nt", "n_", r.d(11), r.a(35)) },
  { p: "Airtable PAT", g: "saas", v: "AIRTABLE_API_KEY", host: "api.airtable.com", t: (r) => P("pat", r.a(14), ".", r.h(64)) },
  { p: "Linear API key", g: "saas", v: "LINEAR_API_KEY", hdr: "Authorization: ", host: "api.linear.app", t: (r) => P("lin", "_api_", r.a(40)) },
  { p: "Figma PAT", g: "saas", v: "FIGMA_TOKEN", hdr: "X-Figma-Token: ", host: "api.figma.com", t: (r) => P("fig", "d_", r.u(40)) },
  { p: "HubSpot private app token", g: "saas", v: "HUBSPOT_ACCESS_TOKEN", host: "api.hubapi.com", t: (r) => P("pat", "-na1-", r.uuid()) },
  { p: "Contentful management token", g: "saas", v: "CONTENTFUL_MANAGEMENT_TOKEN", host: "api.contentful.com", t: (r) => P("CFP", "AT-", r.u(43)) },
  { p: "LaunchDarkly API token", g: "saas", v: "LAUNCHDARKLY_ACCESS_TOKEN", hdr: "Authorization: ", host: "app.launchdarkly.com", t: (r) => P("ap", "i-", r.uuid()) },
  { p: "Mapbox secret token", g: "saas", v: "MAPBOX_SECRET_TOKEN", host: "api.mapbox.com", t: (r) => P("sk", ".eyJ1Ijoi", r.u(60), ".", r.u(22)) },
  { p: "Dropbox access token", g: "saas", v: "DROPBOX_ACCESS_TOKEN", host: "api.dropboxapi.com", t: (r) => P("sl", ".", "u.", r.u(140)), n: 1 },
  { p: "Asana PAT", g: "saas", v: "ASANA_ACCESS_TOKEN", host: "app.asana.com", t: (r) => P("2/", r.d(16), "/", r.d(16), ":", r.h(32)), n: 1 },
  { p: "PostHog personal API key", g: "saas", v: "POSTHOG_PERSONAL_API_KEY", host: "eu.posthog.com", t: (r) => P("ph", "x_", r.a(43)), n: 1 },
  { p: "Intercom access token", g: "saas", v: "INTERCOM_ACCESS_TOKEN", host: "api.intercom.io", t: (r) => P("dG9r", "Oj", r.a(54), "=") , n: 1 },
];

const r = new Gen(6201);
const line = (s: string) => s;

/** Handcrafted: multi-line key material and shapes that don't fit a slot renderer. */
function handcrafted(): CorpusCase[] {
  const hc: Array<[string, string, string]> = [];
  const rsa = r.pem("RSA PRIVATE KEY", 1190);
  hc.push(["keys", "RSA private key in write_file tool call (deploy key)", JSON.stringify({ type: "tool_use", id: "toolu_01" + r.a(22), name: "write_file", input: { path: "deploy/keys/id_rsa", content: rsa + "\n" } })]);
  const ec = r.pem("EC PRIVATE KEY", 121);
  hc.push(["keys", "EC private key pasted in chat body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `nginx says "key values mismatch" with this key, is it the wrong curve?\n\n${ec}\n` }] })]);
  const ossh = r.pem("OPENSSH PRIVATE KEY", 400).replace("-----\n", "-----\nb3BlbnNzaC1rZXktdjEAAAAA");
  hc.push(["keys", "OpenSSH private key via shell heredoc tool call", `cat > ~/.ssh/id_ed25519 <<'EOF'\n${ossh}\nEOF\nchmod 600 ~/.ssh/id_ed25519\nssh -T git@github.com`]);
  const pk8 = r.pem("PRIVATE KEY", 1218);
  const sa = { type: "service_account", project_id: "acme-prod-4821", private_key_id: r.h(40), private_key: pk8 + "\n", client_email: "ci-deployer@acme-prod-4821.iam.gserviceaccount.com", client_id: r.d(21), token_uri: "https://oauth2.googleapis.com/token" };
  hc.push(["keys", "GCP service account JSON (PKCS#8 private_key) in MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: JSON.stringify(sa, null, 2) }] } })]);
  const age = P("AGE-", "SECRET-KEY-1", r.str(58, BECH));
  hc.push(["keys", "age secret key in keys.txt shown in CI log", `Run cat $SOPS_AGE_KEY_FILE\n# created: 2026-01-08T10:22:31Z\n# public key: age1${r.str(58, BECH.toLowerCase())}\n${age}\nsops --decrypt secrets.enc.yaml > secrets.yaml`]);
  const pgp = ["-----", "BEGIN PGP PRIVATE KEY BLOCK", "-----\n\n", "lQOYBG", r.b64(58), "\n", r.b64bytes(600).replace(/(.{64})/g, "$1\n"), "\n=", r.b64(4), "\n-----", "END PGP PRIVATE KEY BLOCK", "-----"].join("");
  hc.push(["keys", "PGP private key block in Markdown runbook", `## Signing releases\n\nImport the release key on the build box:\n\n\`\`\`\n${pgp}\n\`\`\`\n\nthen \`gpg --import release.asc\`.`]);
  const pk8b = r.pem("PRIVATE KEY", 1218);
  hc.push(["keys", "PKCS#8 private key in Java test fixture", `class JwtSignerTest {\n    private static final String KEY = """\n${pk8b}\n""";\n\n    @Test void signs() { assertNotNull(new JwtSigner(KEY).sign(claims())); }\n}`]);
  const ed = r.pem("OPENSSH PRIVATE KEY", 300).replace("-----\n", "-----\nb3BlbnNzaC1rZXktdjEAAAAA");
  hc.push(["keys", "OpenSSH key in Kubernetes Secret stringData (git-sync)", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: git-creds\nstringData:\n  ssh: |\n    ${ed.split("\n").join("\n    ")}\n`]);
  // basic auth in URL, netrc, pgpass, npmrc, docker config
  hc.push(["auth", "basic auth credentials in git remote URL (shell history)", `git remote set-url origin https://deploy-bot:${P("gh", "p_", r.a(36))}@github.com/acme/infra.git\ngit push origin main`]);
  hc.push(["auth", ".netrc for internal artifact host", `machine artifacts.acme.io\n  login ci-publisher\n  password ${r.pw()}\nmachine api.heroku.com\n  login ops@acme.io\n  password ${P("HRKU", "-AA", r.u(58))}`]);
  hc.push(["data", ".pgpass line in chat body", JSON.stringify({ messages: [{ role: "user", content: `psql still prompts for a password, my ~/.pgpass is\n\npg-prod-1.internal:5432:orders:app_rw:${r.pw()}\n\nand perms are 0644` }] })]);
  hc.push(["devtools", ".npmrc authToken written by tool call", JSON.stringify({ name: "write_file", arguments: { path: ".npmrc", content: `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${P("gh", "p_", r.a(36))}\n//registry.npmjs.org/:_authToken=${P("np", "m_", r.a(36))}\n` } })]);
  const auth = Buffer.from(`acmebot:${P("dck", "r_pat_", r.u(27))}`).toString("base64");
  hc.push(["devtools", "docker config.json auths (base64 user:PAT)", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth } } }, null, 2)]);
  hc.push(["payment", "Stripe key as curl -u basic auth", `curl https://api.stripe.com/v1/charges \\\n  -u ${P("sk", "_live_", "51", r.a(97))}: \\\n  -d amount=2000 -d currency=usd`]);
  hc.push(["cloud", "AWS credentials file pasted in chat", JSON.stringify({ messages: [{ role: "user", content: `aws cli says InvalidClientTokenId, ~/.aws/credentials:\n\n[default]\naws_access_key_id = ${P("AK", "IA", r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}\naws_secret_access_key = ${r.str(40, ALNUM + "/+")}\nregion = us-east-1` }] })]);
  hc.push(["cloud", "Azure SAS URL in log line", `INFO upload complete url=https://acmeprod.blob.core.windows.net/exports/2026-03.csv?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacx&se=2027-01-01T00:00:00Z&st=2026-03-01T00:00:00Z&spr=https&${"si"}g=${encodeURIComponent(r.b64bytes(32))} trace=${r.h(32)}`]);
  hc.push(["ai", "Anthropic key in Python SDK constructor", line(`from anthropic import Anthropic\n\nclient = Anthropic(api_key="${P("sk-", "ant-", "api03-", r.u(93), "AA")}")\nmsg = client.messages.create(model="claude-sonnet-4-5", max_tokens=512, messages=[{"role": "user", "content": "hi"}])\n`)]);
  hc.push(["ai", "OpenAI key in JS SDK constructor (test fixture)", `import OpenAI from "openai";\n\nconst openai = new OpenAI({ apiKey: "${P("sk-", "proj-", r.u(58), "T3Blbk", "FJ", r.u(58))}" });\n\ntest("summarise", async () => {\n  expect(await summarise(openai, "hello")).toBeTruthy();\n});\n`]);
  hc.push(["comms", "Slack bot token in Python slack_sdk", `from slack_sdk import WebClient\n\nclient = WebClient(token="${P("xo", "xb-", r.d(12), "-", r.d(13), "-", r.a(24))}")\nclient.chat_postMessage(channel="#deploys", text="v1.4.2 shipped")\n`]);
  hc.push(["saas", "Notion token in shell history curl", `  88  curl https://api.notion.com/v1/search -H "Authorization: Bearer ${P("nt", "n_", r.d(11), r.a(35))}" -H "Notion-Version: 2022-06-28" -d '{"query":"roadmap"}'`]);
  return hc.map(([g, note, text], i) => ({ id: `y62-ck-${String(i + 1).padStart(3, "0")}`, kind: "secrets" as const, category: `heldouty62-sec-${g}`, label: "positive" as const, text, note }));
}

export const cases: CorpusCase[] = [...build(specs.map((s, i) => (i % 4 === 0 && s.n === undefined ? { ...s, n: 2 } : s)), { seed: 6200, idPrefix: "y62-c", catPrefix: "heldouty62-sec", defaultN: 1 }), ...handcrafted()];
