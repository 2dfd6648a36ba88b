// heldout-y107 common providers: rotated through the shared renderers, plus handcrafted key material.
import type { CorpusCase } from "../types.ts";
import { Gen, PRIV, hand, pem, rotate, s, type Spec } from "./_gen.ts";

const g = new Gen(0x107c0);
const OAI = "T3Blbk" + "FJ";
const oai = (pre: string) => (r: Gen) => ["sk-", pre, r.bu(74), OAI, r.bu(74)].join("");

const specs: Spec[] = [
  // ai
  s("OpenAI project key", "ai", "OPENAI_API_KEY", oai("proj-")),
  s("OpenAI service-account key", "ai", "OPENAI_API_KEY", oai("svc" + "acct-")),
  s("OpenAI admin key", "ai", "OPENAI_ADMIN_KEY", oai("adm" + "in-")),
  s("OpenAI legacy user key", "ai", "OPENAI_KEY", (r) => ["sk-", r.a(20), OAI, r.a(20)].join("")),
  s("Anthropic API key", "ai", "ANTHROPIC_API_KEY", (r) => ["sk-", "ant-", "api03-", r.bu(93), "AA"].join(""), { hdr: "x-api-key: " }),
  s("Anthropic admin key", "ai", "ANTHROPIC_ADMIN_KEY", (r) => ["sk-", "ant-", "admin01-", r.bu(93), "AA"].join(""), { hdr: "x-api-key: " }),
  s("Hugging Face token", "ai", "HF_TOKEN", (r) => ["h", "f_", r.L(34)].join("")),
  s("Cohere API key", "ai", "CO_API_KEY", (r) => r.a(40)),
  s("Mistral API key", "ai", "MISTRAL_API_KEY", (r) => r.a(32)),
  s("Groq API key", "ai", "GROQ_API_KEY", (r) => ["gs", "k_", r.a(52)].join("")),
  s("Replicate API token", "ai", "REPLICATE_API_TOKEN", (r) => ["r", "8_", r.a(37)].join(""), { hdr: "Authorization: Token " }),
  s("Perplexity API key", "ai", "PERPLEXITY_API_KEY", (r) => ["pp", "lx-", r.a(48)].join("")),
  s("Gemini API key", "ai", "GEMINI_API_KEY", (r) => ["AI", "za", "Sy", r.bu(33)].join(""), { hdr: "x-goog-api-key: ", q: "key" }),
  s("xAI API key", "ai", "XAI_API_KEY", (r) => ["xa", "i-", r.a(80)].join("")),
  s("OpenRouter API key", "ai", "OPENROUTER_API_KEY", (r) => ["sk-", "or-", "v1-", r.h(64)].join("")),
  s("DeepSeek API key", "ai", "DEEPSEEK_API_KEY", (r) => ["sk-", r.h(32)].join("")),
  s("LangSmith API key", "ai", "LANGSMITH_API_KEY", (r) => ["lsv2", "_pt_", r.h(32), "_", r.h(10)].join(""), { hdr: "x-api-key: " }),
  s("Weights & Biases API key", "ai", "WANDB_API_KEY", (r) => r.h(40), { nh: true }),
  s("Pinecone API key", "ai", "PINECONE_API_KEY", (r) => ["pc", "sk_", r.a(5), "_", r.a(63)].join(""), { hdr: "Api-Key: " }),
  s("Together AI API key", "ai", "TOGETHER_API_KEY", (r) => r.h(64)),
  s("Fireworks AI API key", "ai", "FIREWORKS_API_KEY", (r) => ["f", "w_", r.a(24)].join("")),
  s("ElevenLabs API key", "ai", "ELEVENLABS_API_KEY", (r) => ["s", "k_", r.h(48)].join(""), { hdr: "xi-api-key: " }),
  s("Azure OpenAI key", "ai", "AZURE_OPENAI_API_KEY", (r) => r.h(32), { hdr: "api-key: ", x: (r) => [["AZURE_OPENAI_ENDPOINT", `https://acme-${r.lo(5)}.example.com/`]] }),
  // auth
  s("Okta API token", "auth", "OKTA_API_TOKEN", (r) => ["0", "0", r.bu(40)].join(""), { hdr: "Authorization: SSWS " }),
  s("Auth0 client secret", "auth", "AUTH0_CLIENT_SECRET", (r) => r.bu(64), { nh: true, x: (r) => [["AUTH0_DOMAIN", "acme-prod.eu.auth0.example.com"], ["AUTH0_CLIENT_ID", r.a(32)]] }),
  s("Google OAuth client secret", "auth", "GOOGLE_CLIENT_SECRET", (r) => ["GOC", "SPX-", r.bu(28)].join(""), { nh: true, x: (r) => [["GOOGLE_CLIENT_ID", `${r.d(12)}-${r.lo(32)}.apps.googleusercontent.com`]] }),
  s("Google OAuth refresh token", "auth", "GOOGLE_REFRESH_TOKEN", (r) => ["1//", "0g", r.bu(101)].join(""), { nh: true }),
  s("Google OAuth access token", "auth", "GCP_ACCESS_TOKEN", (r) => ["ya", "29.", "a0A", r.bu(177)].join("")),
  s("JWT bearer access token", "auth", "ACCESS_TOKEN", (r) => r.jwt({ iss: "https://auth.example.com/", sub: `auth0|${r.h(24)}`, aud: "https://api.example.com", iat: 1767000000, exp: 1767086400, scope: "read:orders write:orders" }, "RS256", 342)),
  s("JWT signing secret", "auth", "JWT_SECRET", (r) => r.h(64), { nh: true }),
  s("Express session secret", "auth", "SESSION_SECRET", (r) => r.bu(64), { nh: true }),
  s("NextAuth secret", "auth", "NEXTAUTH_SECRET", (r) => r.enc(32), { nh: true }),
  s("Django SECRET_KEY", "auth", "DJANGO_SECRET_KEY", (r) => r.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)"), { nh: true }),
  s("Rails secret_key_base", "auth", "SECRET_KEY_BASE", (r) => r.h(128), { nh: true }),
  s("Laravel APP_KEY", "auth", "APP_KEY", (r) => "base64:" + r.enc(32), { nh: true }),
  s("Clerk secret key", "auth", "CLERK_SECRET_KEY", (r) => ["s", "k_", "live_", r.a(40)].join("")),
  s("Supabase service_role key", "auth", "SUPABASE_SERVICE_ROLE_KEY", (r) => r.jwt({ iss: "supabase", ref: r.lo(20), role: "service" + "_role", iat: 1735000000, exp: 2050576000 }), { hdr: "apikey: " }),
  s("Azure AD client secret", "auth", "AZURE_CLIENT_SECRET", (r) => [r.a(3), r.d(1), "Q~", r.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.~-")].join(""), { nh: true, x: (r) => [["AZURE_TENANT_ID", r.uuid()], ["AZURE_CLIENT_ID", r.uuid()]] }),
  s("Firebase Cloud Messaging server key", "auth", "FCM_SERVER_KEY", (r) => ["AAAA", r.bu(7), ":APA91b", r.bu(134)].join(""), { hdr: "Authorization: key=" }),
  s("Keycloak client secret", "auth", "KEYCLOAK_CLIENT_SECRET", (r) => r.a(32), { nh: true, x: () => [["KEYCLOAK_CLIENT_ID", "orders-backend"]] }),
  // cloud
  s("AWS access key pair", "cloud", "AWS_SECRET_ACCESS_KEY", (r) => r.str(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+"), { nh: true, x: (r) => [["AWS_ACCESS_KEY_ID", ["AK", "IA", r.b32(16)].join("")], ["AWS_DEFAULT_REGION", "eu-west-1"]] }),
  s("AWS STS session credentials", "cloud", "AWS_SESSION_TOKEN", (r) => ["IQoJb3JpZ2luX2Vj", r.b64(420)].join(""), { nh: true, x: (r) => [["AWS_ACCESS_KEY_ID", ["AS", "IA", r.b32(16)].join("")], ["AWS_SECRET_ACCESS_KEY", r.b64(40)]] }),
  s("Azure storage account key", "cloud", "AZURE_STORAGE_KEY", (r) => r.enc(64), { nh: true, x: (r) => [["AZURE_STORAGE_ACCOUNT", "acmeprod" + r.lo(6)]] }),
  s("Azure storage connection string", "cloud", "AZURE_STORAGE_CONNECTION_STRING", (r) => `DefaultEndpointsProtocol=https;AccountName=acmelogs${r.lo(5)};Account${"Key"}=${r.enc(64)};EndpointSuffix=core.windows.net`, { nh: true }),
  s("Azure Cosmos DB key", "cloud", "COSMOS_KEY", (r) => r.enc(64), { nh: true, x: () => [["COSMOS_ENDPOINT", "https://orders-db.documents.example.net:443/"]] }),
  s("Azure Service Bus connection string", "cloud", "SERVICEBUS_CONNECTION", (r) => `Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;Shared${"AccessKey"}=${r.enc(32)}`, { nh: true }),
  s("DigitalOcean personal access token", "cloud", "DIGITALOCEAN_TOKEN", (r) => ["do", "p_v1_", r.h(64)].join("")),
  s("Heroku API key", "cloud", "HEROKU_API_KEY", (r) => ["HR", "KU-", "AA", r.bu(58)].join("")),
  s("Cloudflare API token", "cloud", "CLOUDFLARE_API_TOKEN", (r) => r.bu(40)),
  s("Cloudflare global API key", "cloud", "CLOUDFLARE_API_KEY", (r) => r.h(37), { hdr: "X-Auth-Key: ", x: () => [["CLOUDFLARE_EMAIL", "ops@example.com"]] }),
  s("Vercel access token", "cloud", "VERCEL_TOKEN", (r) => r.a(24)),
  s("Netlify personal access token", "cloud", "NETLIFY_AUTH_TOKEN", (r) => ["nf", "p_", r.a(36)].join("")),
  s("Fly.io deploy token", "cloud", "FLY_API_TOKEN", (r) => ["Fly", "V1 ", "fm2_", r.enc(180)].join(""), { hdr: "Authorization: " }),
  s("Alibaba Cloud AccessKey", "cloud", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", (r) => r.a(30), { nh: true, x: (r) => [["ALIBABA_CLOUD_ACCESS_KEY_ID", ["LT", "AI", r.a(20)].join("")]] }),
  s("Linode API token", "cloud", "LINODE_TOKEN", (r) => r.h(64)),
  s("Terraform Cloud API token", "cloud", "TF_TOKEN_app_terraform_io", (r) => [r.a(14), ".atlas", "v1.", r.a(67)].join("")),
  s("HashiCorp Vault token", "cloud", "VAULT_TOKEN", (r) => ["hv", "s.", "CAESI", r.bu(86)].join(""), { hdr: "X-Vault-Token: " }),
  s("Doppler service token", "cloud", "DOPPLER_TOKEN", (r) => ["d", "p.st.", "prd.", r.a(43)].join("")),
  s("1Password service account token", "cloud", "OP_SERVICE_ACCOUNT_TOKEN", (r) => ["op", "s_", "eyJ", r.bu(300)].join("")),
  s("Supabase personal access token", "cloud", "SUPABASE_ACCESS_TOKEN", (r) => ["sb", "p_", r.h(40)].join("")),
  // comms
  s("Slack bot token", "comms", "SLACK_BOT_TOKEN", (r) => ["xo", "xb-", r.d(12), "-", r.d(13), "-", r.a(24)].join("")),
  s("Slack user token", "comms", "SLACK_USER_TOKEN", (r) => ["xo", "xp-", r.d(12), "-", r.d(12), "-", r.d(13), "-", r.h(32)].join("")),
  s("Slack app-level token", "comms", "SLACK_APP_TOKEN", (r) => ["xa", "pp-1-", "A", r.U(10), "-", r.d(13), "-", r.h(64)].join("")),
  s("Slack incoming webhook", "comms", "SLACK_WEBHOOK_URL", (r) => ["https://hooks.", "slack.com/services/", "T", r.U(10), "/B", r.U(10), "/", r.a(24)].join(""), { nh: true }),
  s("Discord bot token", "comms", "DISCORD_BOT_TOKEN", (r) => [Buffer.from("1" + r.d(18)).toString("base64").replace(/=+$/, ""), r.bu(6), r.bu(38)].join("."), { hdr: "Authorization: Bot " }),
  s("Discord webhook", "comms", "DISCORD_WEBHOOK_URL", (r) => ["https://discord.com/api/", "webhooks/", "1", r.d(18), "/", r.bu(68)].join(""), { nh: true }),
  s("Telegram bot token", "comms", "TELEGRAM_BOT_TOKEN", (r) => [r.d(10), ":AA", r.bu(33)].join(""), { nh: true }),
  s("Twilio auth token", "comms", "TWILIO_AUTH_TOKEN", (r) => r.h(32), { nh: true, x: (r) => [["TWILIO_ACCOUNT_SID", ["A", "C", r.h(32)].join("")]] }),
  s("Twilio API key secret", "comms", "TWILIO_API_SECRET", (r) => r.a(32), { nh: true, x: (r) => [["TWILIO_API_KEY", ["S", "K", r.h(32)].join("")]] }),
  s("SendGrid API key", "comms", "SENDGRID_API_KEY", (r) => ["S", "G.", r.bu(22), ".", r.bu(43)].join("")),
  s("Mailgun API key", "comms", "MAILGUN_API_KEY", (r) => [r.h(32), r.h(8), r.h(8)].join("-"), { nh: true, x: () => [["MAILGUN_DOMAIN", "mg.example.com"]] }),
  s("Mailchimp API key", "comms", "MAILCHIMP_API_KEY", (r) => [r.h(32), "-us", String(r.range(2, 21))].join("")),
  s("Postmark server token", "comms", "POSTMARK_SERVER_TOKEN", (r) => r.uuid(), { hdr: "X-Postmark-Server-Token: " }),
  s("Resend API key", "comms", "RESEND_API_KEY", (r) => ["r", "e_", r.a(8), "_", r.a(24)].join("")),
  // data
  s("PostgreSQL URL", "data", "DATABASE_URL", (r) => `postgres://app_rw:${r.pw(24)}@db-primary.example.com:5432/ledger?sslmode=require`, { nh: true }),
  s("MySQL URL", "data", "MYSQL_URL", (r) => `mysql://shop_admin:${r.a(20)}@mysql-01.internal.test:3306/shop`, { nh: true }),
  s("MongoDB Atlas SRV URI", "data", "MONGODB_URI", (r) => `mongodb+srv://svc_orders:${r.a(18)}@cluster0.${r.lo(5)}.example.net/orders?retryWrites=true&w=majority`, { nh: true }),
  s("Redis URL", "data", "REDIS_URL", (r) => `rediss://default:${r.a(32)}@cache-eu.example.net:6380/0`, { nh: true }),
  s("Upstash Redis REST token", "data", "UPSTASH_REDIS_REST_TOKEN", (r) => ["AX", r.a(2), "AAIjcDE", r.h(32), "cDE", r.a(10)].join(""), { x: (r) => [["UPSTASH_REDIS_REST_URL", `https://eu1-brave-${r.lo(6)}.example.net`]] }),
  s("PlanetScale password", "data", "DATABASE_PASSWORD", (r) => ["pscale", "_pw_", r.bu(43)].join(""), { nh: true, x: (r) => [["DATABASE_HOST", "aws.connect.psdb.example.net"], ["DATABASE_USERNAME", r.lo(12)]] }),
  s("Neon Postgres URL", "data", "DATABASE_URL", (r) => `postgresql://neondb_owner:${["np", "g_"].join("")}${r.a(12)}@ep-${r.lo(6)}-${r.lo(8)}.eu-central-1.example.net/neondb?sslmode=require`, { nh: true }),
  s("Snowflake password", "data", "SNOWFLAKE_PASSWORD", (r) => r.pw(22), { nh: true, x: (r) => [["SNOWFLAKE_ACCOUNT", `${r.lo(7)}-${r.lo(7)}`], ["SNOWFLAKE_USER", "ETL_SVC"]] }),
  s("Databricks PAT", "data", "DATABRICKS_TOKEN", (r) => ["da", "pi", r.h(32)].join(""), { x: () => [["DATABRICKS_HOST", "https://adb-1234567890.12.example.net"]] }),
  s("MongoDB Atlas API private key", "data", "MONGODB_ATLAS_PRIVATE_KEY", (r) => r.uuid(), { nh: true, x: (r) => [["MONGODB_ATLAS_PUBLIC_KEY", r.lo(8)]] }),
  s("Elasticsearch API key", "data", "ELASTIC_API_KEY", (r) => Buffer.from(`${r.bu(20)}:${r.bu(22)}`).toString("base64"), { hdr: "Authorization: ApiKey " }),
  s("RabbitMQ AMQP URL", "data", "RABBITMQ_URL", (r) => `amqps://orders:${r.a(22)}@mq.example.org:5671/prod`, { nh: true }),
  s("SQL Server connection string", "data", "SQLSERVER_CONNECTION", (r) => `Server=tcp:sql-prod.example.net,1433;Database=orders;User ID=svc_orders;Pass${"word"}=${r.pw(20)};Encrypt=True;`, { nh: true }),
  // devtools
  s("GitHub classic PAT", "devtools", "GITHUB_TOKEN", (r) => ["gh", "p_", r.a(36)].join(""), { hdr: "Authorization: token " }),
  s("GitHub fine-grained PAT", "devtools", "GH_TOKEN", (r) => ["github", "_pat_", "11", r.U(20), "_", r.a(59)].join("")),
  s("GitHub OAuth token", "devtools", "GITHUB_OAUTH_TOKEN", (r) => ["gh", "o_", r.a(36)].join("")),
  s("GitHub App installation token", "devtools", "GITHUB_APP_TOKEN", (r) => ["gh", "s_", r.a(36)].join("")),
  s("GitHub refresh token", "devtools", "GITHUB_REFRESH_TOKEN", (r) => ["gh", "r_", r.a(76)].join(""), { nh: true }),
  s("GitLab PAT", "devtools", "GITLAB_TOKEN", (r) => ["gl", "pat-", r.bu(20)].join(""), { hdr: "PRIVATE-TOKEN: " }),
  s("GitLab runner token", "devtools", "CI_RUNNER_TOKEN", (r) => ["gl", "rt-", r.bu(20)].join(""), { nh: true }),
  s("GitLab deploy token", "devtools", "GITLAB_DEPLOY_TOKEN", (r) => ["gl", "dt-", r.bu(20)].join(""), { nh: true, x: () => [["GITLAB_DEPLOY_USER", "gitlab+deploy-token-118"]] }),
  s("Bitbucket app password", "devtools", "BITBUCKET_APP_PASSWORD", (r) => ["AT", "BB", r.a(32), r.H(8)].join(""), { nh: true, x: () => [["BITBUCKET_USERNAME", "ci-bot"]] }),
  s("npm access token", "devtools", "NPM_TOKEN", (r) => ["np", "m_", r.a(36)].join("")),
  s("PyPI API token", "devtools", "PYPI_API_TOKEN", (r) => ["py", "pi-", "AgEIcHlwaS5vcmc", r.bu(150)].join(""), { nh: true }),
  s("Docker Hub PAT", "devtools", "DOCKERHUB_TOKEN", (r) => ["dckr", "_pat_", r.bu(27)].join(""), { nh: true, x: () => [["DOCKERHUB_USERNAME", "acmebuild"]] }),
  s("CircleCI personal token", "devtools", "CIRCLE_TOKEN", (r) => ["CCIPAT", "_", r.a(22), "_", r.h(40)].join(""), { hdr: "Circle-Token: " }),
  s("Atlassian API token", "devtools", "JIRA_API_TOKEN", (r) => ["ATATT3", "xFfGF0", r.bu(170), "=", r.H(8)].join(""), { nh: true, x: () => [["JIRA_EMAIL", "release-bot@example.com"]] }),
  s("Postman API key", "devtools", "POSTMAN_API_KEY", (r) => ["PM", "AK-", r.h(24), "-", r.h(34)].join(""), { hdr: "X-Api-Key: " }),
  s("SonarQube token", "devtools", "SONAR_TOKEN", (r) => ["sq", "u_", r.h(40)].join("")),
  s("Snyk token", "devtools", "SNYK_TOKEN", (r) => r.uuid(), { hdr: "Authorization: token " }),
  s("JFrog Artifactory API key", "devtools", "ARTIFACTORY_API_KEY", (r) => ["AK", "Cp", r.a(69)].join(""), { hdr: "X-JFrog-Art-Api: " }),
  s("RubyGems API key", "devtools", "GEM_HOST_API_KEY", (r) => ["rubygems", "_", r.h(48)].join(""), { hdr: "Authorization: " }),
  s("NuGet API key", "devtools", "NUGET_API_KEY", (r) => ["oy", "2", r.lo(43)].join(""), { hdr: "X-NuGet-ApiKey: " }),
  s("crates.io token", "devtools", "CARGO_REGISTRY_TOKEN", (r) => ["ci", "o", r.a(32)].join(""), { hdr: "Authorization: " }),
  s("Azure DevOps PAT", "devtools", "AZURE_DEVOPS_EXT_PAT", (r) => r.b32l(52), { nh: true }),
  s("Buildkite API token", "devtools", "BUILDKITE_API_TOKEN", (r) => ["bk", "ua_", r.h(40)].join("")),
  // observability
  s("Datadog API key", "observability", "DD_API_KEY", (r) => r.h(32), { hdr: "DD-API-KEY: " }),
  s("Datadog application key", "observability", "DD_APP_KEY", (r) => r.h(40), { hdr: "DD-APPLICATION-KEY: " }),
  s("New Relic user API key", "observability", "NEW_RELIC_API_KEY", (r) => ["NR", "AK-", r.U(27)].join(""), { hdr: "API-Key: " }),
  s("New Relic license key", "observability", "NEW_RELIC_LICENSE_KEY", (r) => [r.h(36), "NR", "AL"].join(""), { hdr: "X-License-Key: " }),
  s("Sentry org auth token", "observability", "SENTRY_AUTH_TOKEN", (r) => ["sntry", "s_", Buffer.from(JSON.stringify({ iat: 1767000000.5, url: "https://sentry.example.com", region_url: "https://de.sentry.example.com", org: "acme" })).toString("base64").replace(/=+$/, ""), "_", r.bu(43)].join("")),
  s("Sentry user auth token", "observability", "SENTRY_TOKEN", (r) => ["sntry", "u_", r.h(64)].join("")),
  s("Grafana Cloud access policy token", "observability", "GRAFANA_CLOUD_TOKEN", (r) => ["gl", "c_", Buffer.from(JSON.stringify({ o: r.d(6), n: "stack-writer", k: r.a(24), m: { r: "prod-eu-west-2" } })).toString("base64")].join("")),
  s("Grafana service account token", "observability", "GRAFANA_SA_TOKEN", (r) => ["gl", "sa_", r.a(32), "_", r.h(8)].join("")),
  s("PagerDuty REST API key", "observability", "PAGERDUTY_API_TOKEN", (r) => ["u", "+", r.bu(18)].join(""), { hdr: "Authorization: Token token=" }),
  s("Honeycomb API key", "observability", "HONEYCOMB_API_KEY", (r) => ["hc", "aik_", "01", r.lo(56)].join(""), { hdr: "X-Honeycomb-Team: " }),
  s("Splunk HEC token", "observability", "SPLUNK_HEC_TOKEN", (r) => r.uuid(), { hdr: "Authorization: Splunk " }),
  // payment
  s("Stripe live secret key", "payment", "STRIPE_SECRET_KEY", (r) => ["s", "k_", "live_", "51", r.a(97)].join("")),
  s("Stripe live restricted key", "payment", "STRIPE_RESTRICTED_KEY", (r) => ["r", "k_", "live_", "51", r.a(97)].join("")),
  s("Stripe webhook signing secret", "payment", "STRIPE_WEBHOOK_SECRET", (r) => ["wh", "sec_", r.a(32)].join(""), { nh: true }),
  s("Square access token", "payment", "SQUARE_ACCESS_TOKEN", (r) => ["EA", "AA", "l", r.bu(59)].join("")),
  s("Square OAuth application secret", "payment", "SQUARE_APP_SECRET", (r) => ["sq0", "csp-", r.bu(43)].join(""), { nh: true }),
  s("PayPal REST client secret", "payment", "PAYPAL_CLIENT_SECRET", (r) => ["E", r.bu(79)].join(""), { nh: true, x: (r) => [["PAYPAL_CLIENT_ID", ["A", r.bu(79)].join("")]] }),
  s("Braintree private key", "payment", "BRAINTREE_PRIVATE_KEY", (r) => r.h(32), { nh: true, x: (r) => [["BRAINTREE_MERCHANT_ID", r.lo(16)], ["BRAINTREE_PUBLIC_KEY", r.lo(16)]] }),
  s("Braintree access token", "payment", "BRAINTREE_ACCESS_TOKEN", (r) => ["access_token", "$production$", r.lo(16), "$", r.h(32)].join("")),
  s("Shopify Admin API access token", "payment", "SHOPIFY_ACCESS_TOKEN", (r) => ["shp", "at_", r.h(32)].join(""), { hdr: "X-Shopify-Access-Token: " }),
  s("Shopify app shared secret", "payment", "SHOPIFY_API_SECRET", (r) => ["shp", "ss_", r.h(32)].join(""), { nh: true }),
  s("Adyen API key", "payment", "ADYEN_API_KEY", (r) => ["AQE", r.a(5), "K", r.a(20), "+", r.b64(36), "=-", r.b64(44), "=-", r.a(16)].join(""), { hdr: "X-API-Key: " }),
  // saas
  s("Notion integration token", "saas", "NOTION_TOKEN", (r) => ["nt", "n_", r.d(11), r.a(35)].join("")),
  s("Notion legacy integration secret", "saas", "NOTION_API_KEY", (r) => ["sec", "ret_", r.a(43)].join("")),
  s("Airtable PAT", "saas", "AIRTABLE_API_KEY", (r) => ["pa", "t", r.a(14), ".", r.h(64)].join("")),
  s("Figma PAT", "saas", "FIGMA_TOKEN", (r) => ["fig", "d_", r.bu(40)].join(""), { hdr: "X-Figma-Token: " }),
  s("Linear API key", "saas", "LINEAR_API_KEY", (r) => ["lin", "_api_", r.a(40)].join(""), { hdr: "Authorization: " }),
  s("HubSpot private app token", "saas", "HUBSPOT_ACCESS_TOKEN", (r) => ["pa", "t-na1-", r.uuid()].join("")),
  s("Contentful management token", "saas", "CONTENTFUL_MANAGEMENT_TOKEN", (r) => ["CFP", "AT-", r.bu(43)].join("")),
  s("Algolia admin API key", "saas", "ALGOLIA_ADMIN_API_KEY", (r) => r.h(32), { hdr: "X-Algolia-API-Key: ", x: (r) => [["ALGOLIA_APP_ID", r.U(10)]] }),
  s("Mapbox secret token", "saas", "MAPBOX_SECRET_TOKEN", (r) => ["s", "k.", Buffer.from(JSON.stringify({ u: "acme-maps", a: r.lo(25) })).toString("base64url"), ".", r.bu(22)].join(""), { q: "access_token" }),
  s("LaunchDarkly API access token", "saas", "LAUNCHDARKLY_ACCESS_TOKEN", (r) => ["ap", "i-", r.uuid()].join(""), { hdr: "Authorization: " }),
  s("LaunchDarkly server SDK key", "saas", "LAUNCHDARKLY_SDK_KEY", (r) => ["sd", "k-", r.uuid()].join(""), { nh: true }),
  s("PostHog personal API key", "saas", "POSTHOG_PERSONAL_API_KEY", (r) => ["ph", "x_", r.a(43)].join("")),
  s("Dropbox access token", "saas", "DROPBOX_ACCESS_TOKEN", (r) => ["s", "l.", "B", r.bu(138)].join("")),
  s("Asana PAT", "saas", "ASANA_ACCESS_TOKEN", (r) => ["2/", r.d(16), "/", r.d(16), ":", r.h(32)].join("")),
  s("Zendesk API token", "saas", "ZENDESK_API_TOKEN", (r) => r.a(40), { nh: true, x: () => [["ZENDESK_SUBDOMAIN", "acmehelp"], ["ZENDESK_EMAIL", "support-bot@example.com"]] }),
  s("Intercom access token", "saas", "INTERCOM_ACCESS_TOKEN", (r) => Buffer.from(`tok:${r.uuid()}:1:0`).toString("base64")),
  s("X (Twitter) app bearer token", "saas", "TWITTER_BEARER_TOKEN", (r) => ["AAAAAAAAAAAAAAAAAAAAA", r.a(25), "%3D", r.a(50)].join("")),
  s("Salesforce session token", "saas", "SF_ACCESS_TOKEN", (r) => ["00D", r.a(12), "!AR", "8AQ", r.bu(50), ".", r.bu(40)].join("")),
];

const rotated = rotate(specs, g, { idPrefix: "y107-c-", label: "positive", offset: 0 });

// ---- handcrafted ----
const C = (c: string) => `heldouty107-sec-${c}`;
const rsaBody = () => ["MIIEpAIBAAKCAQEA", g.b64(1572)].join("");
const p8Body = () => ["MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", g.b64(1560)].join("");
const ecBody = () => ["MHcCAQEEI", g.b64(64), "oAoGCCqGSM49AwEHoUQDQgAE", g.b64(84)].join("");
const sshBody = () => ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", "QyNTUxOQAAACA", g.b64(300)].join("");
const saEmail = "etl-runner@acme-data-prod.iam.gserviceaccount.com";

const ck: CorpusCase[] = [];
const add = (cat: string, note: string, text: string) => ck.push(hand(`y107-ck-${String(ck.length + 1).padStart(3, "0")}`, C(cat), "positive", note, text));

add("keys", "RSA PKCS#1 private key pasted into a chat-completion user message (JSON-escaped)", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `nginx says "key values mismatch" — here's the key file, does it match the cert?\n\n${pem("RSA " + PRIV, rsaBody())}\n` }] }));
add("keys", "PKCS#8 private key written by an Anthropic tool_use write_file", JSON.stringify({ role: "assistant", content: [{ type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "certs/tls.key", content: pem(PRIV, p8Body()) + "\n" } }] }));
add("keys", "EC P-256 private key in an MCP read_file result", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: pem("EC " + PRIV, ecBody()) + "\n" }] } }));
add("keys", "OpenSSH ed25519 private key in shell output (cat ~/.ssh/id_ed25519)", `$ cat ~/.ssh/id_ed25519\n${pem("OPENSSH " + PRIV, sshBody())}\n$ ssh-add ~/.ssh/id_ed25519\nIdentity added: /home/dev/.ssh/id_ed25519 (dev@laptop)`);
add("keys", "PGP private key block in a Markdown handover note", `### Release signing key\n\nImport with \`gpg --import\`:\n\n\`\`\`\n-----BEGIN PGP ${PRIV.replace("KEY", "KEY BLOCK")}-----\n\n${(["lQdGBGX", g.b64(1400)].join("").match(/.{1,64}/g) ?? []).join("\n")}\n=${g.b64(4)}\n-----END PGP ${PRIV.replace("KEY", "KEY BLOCK")}-----\n\`\`\`\n`);
add("keys", "age identity file (AGE-SECRET-KEY) in a tool_calls argument", JSON.stringify({ tool_calls: [{ id: "call_" + g.a(24), type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "~/.config/sops/age/keys.txt", content: `# created: 2025-06-02T10:11:12Z\n# public key: age1${g.b32l(58)}\n${["AGE-", "SECRET-", "KEY-1"].join("")}${g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}\n` }) } }] }));
add("keys", "WireGuard config with PrivateKey", `[Interface]\nAddress = 10.8.0.2/24\n${"Private"}Key = ${g.enc(32)}\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ${g.enc(32)}\nAllowedIPs = 0.0.0.0/0\nEndpoint = vpn.example.net:51820\nPersistentKeepalive = 25\n`);
add("keys", "GCP service-account JSON pasted in a chat body", JSON.stringify({ model: "claude-sonnet-4-20250514", messages: [{ role: "user", content: `BigQuery returns 403 with this service account, what role is missing?\n\n${JSON.stringify({ type: "service_account", project_id: "acme-data-prod", private_key_id: g.h(40), private_key: pem(PRIV, p8Body()) + "\n", client_email: saEmail, client_id: g.d(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }, null, 2)}` }] }));
add("cloud", "AWS shared credentials file in an MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: `[default]\naws_access_key_id = ${["AK", "IA", g.b32(16)].join("")}\naws_secret_access_key = ${g.b64(40)}\n\n[prod-admin]\naws_access_key_id = ${["AK", "IA", g.b32(16)].join("")}\naws_secret_access_key = ${g.b64(40)}\nregion = eu-west-1\n` }] } }));
add("devtools", ".netrc with GitHub token and a private registry password", `machine git.example.com\n  login ci-bot\n  pass${"word"} ${["gh", "p_", g.a(36)].join("")}\nmachine artifacts.example.com\n  login deploy\n  pass${"word"} ${g.pw(24)}\n`);
add("data", ".pgpass lines", `# hostname:port:database:username:password\ndb-primary.example.com:5432:ledger:app_rw:${g.pw(26)}\nreplica.internal.test:5432:*:readonly:${g.pw(20)}\n`);
add("devtools", ".npmrc with npm and GitHub Packages tokens", `registry=https://registry.npmjs.org/\n@acme:registry=https://npm.pkg.github.com\n//registry.npmjs.org/:_authToken=${["np", "m_", g.a(36)].join("")}\n//npm.pkg.github.com/:_authToken=${["gh", "p_", g.a(36)].join("")}\nalways-auth=true\n`);
add("devtools", "docker config.json with base64 registry auth", JSON.stringify({ auths: { "registry.example.com": { auth: Buffer.from(`deploy:${g.pw(28)}`).toString("base64") }, "https://index.docker.io/v1/": { auth: Buffer.from(`acmebuild:${["dckr", "_pat_", g.bu(27)].join("")}`).toString("base64") } } }, null, 2));
add("data", "JDBC URL with password in a Spring application.yml", `spring:\n  datasource:\n    url: jdbc:postgresql://db-primary.example.com:5432/orders?user=orders_app&password=${g.a(24)}&ssl=true\n  jpa:\n    open-in-view: false\n`);
add("cloud", "kubeconfig with user token and client key data", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.prod.example.net:6443\n  name: prod\nusers:\n- name: ci-deployer\n  user:\n    token: ${g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", sub: "system:serviceaccount:ci:deployer" }, "RS256", 342)}\n- name: admin\n  user:\n    client-key-data: ${Buffer.from(pem("RSA " + PRIV, rsaBody())).toString("base64")}\ncontexts:\n- context: {cluster: prod, user: ci-deployer}\n  name: prod\ncurrent-context: prod\n`);
add("devtools", "git remote -v output with a PAT embedded in the URL", `$ git remote -v\norigin\thttps://ci-bot:${["gh", "p_", g.a(36)].join("")}@git.example.com/acme/ledger-api.git (fetch)\norigin\thttps://ci-bot:${["gh", "p_", g.a(36)].join("")}@git.example.com/acme/ledger-api.git (push)`);
add("devtools", "pip.conf extra-index-url with a token", `[global]\nindex-url = https://pypi.org/simple\nextra-index-url = https://__token__:${["py", "pi-", "AgEIcHlwaS5vcmc", g.bu(150)].join("")}@pypi.example.com/simple/\n`);
add("auth", "HTTP Basic Authorization header in a curl -v dump", `> GET /api/v2/exports HTTP/2\n> Host: reports.example.com\n> user-agent: curl/8.5.0\n> authorization: Basic ${Buffer.from(`reporting:${g.pw(22)}`).toString("base64")}\n> accept: */*\n>\n< HTTP/2 200\n< content-type: application/json`);
add("auth", "Session cookie in a HAR request", JSON.stringify({ log: { entries: [{ request: { method: "GET", url: "https://admin.example.com/dashboard", headers: [{ name: "cookie", value: `_ga=GA1.1.${g.d(10)}.${g.d(10)}; session=${g.jwt({ uid: g.range(1, 9999), role: "admin", exp: 1767225599 }, "HS256", 43)}; csrftoken=${g.a(32)}` }] } }] } }, null, 2));
add("cloud", "rclone.conf with S3 keys and a Dropbox token", `[s3-backup]\ntype = s3\nprovider = AWS\naccess_key_id = ${["AK", "IA", g.b32(16)].join("")}\nsecret_access_key = ${g.b64(40)}\nregion = eu-west-1\n\n[dropbox]\ntype = dropbox\ntoken = {"access_token":"${["s", "l.", "B", g.bu(138)].join("")}","token_type":"bearer","expiry":"2025-09-01T10:00:00Z"}\n`);
add("data", "Ansible inventory with become and DB passwords", `[db]\ndb-01.internal.test ansible_user=deploy ansible_password=${g.pw(18)}\n\n[db:vars]\npostgres_admin_password=${g.pw(22)}\nansible_become_pass=${g.pw(16)}\n`);
add("auth", "Postman environment export with a bearer token and client secret", JSON.stringify({ id: g.uuid(), name: "prod", values: [{ key: "baseUrl", value: "https://api.example.com", enabled: true }, { key: "clientSecret", value: g.bu(48), enabled: true, type: "secret" }, { key: "accessToken", value: g.jwt({ sub: "svc-postman", scope: "orders:*", exp: 1767225599 }, "RS256", 342), enabled: true }], _postman_variable_scope: "environment" }, null, 2));
add("payment", "Stripe CLI config.toml with a live key (new idea: CLI profile file)", `color = ""\n\n[default]\n  account_id = "acct_${g.a(16)}"\n  device_name = "dev-laptop"\n  display_name = "Acme Inc"\n  live_mode_api_key = "${["r", "k_", "live_", "51", g.a(97)].join("")}"\n  live_mode_key_expires_at = "2026-03-01"\n`);
add("ai", "VS Code settings.json with an AI extension key (new idea: editor settings sync)", `{\n  "editor.formatOnSave": true,\n  "continue.telemetryEnabled": false,\n  "cline.apiProvider": "anthropic",\n  "cline.anthropicApiKey": "${["sk-", "ant-", "api03-", g.bu(93), "AA"].join("")}",\n  "files.trimTrailingWhitespace": true\n}\n`);
add("devtools", "git credential store file", `https://ci-bot:${["gl", "pat-", g.bu(20)].join("")}@gitlab.example.com\nhttps://x-token-auth:${["AT", "BB", g.a(32), g.H(8)].join("")}@bitbucket.example.org\n`);
add("comms", "Slack bot token split across a Python string concatenation (new idea: wrapped literal)", `SLACK_TOKEN = (\n    "${["xo", "xb-", g.d(12), "-"].join("")}"\n    "${g.d(13)}-${g.a(24)}"\n)\nclient = WebClient(token=SLACK_TOKEN)\n`);

export const cases: CorpusCase[] = [...rotated, ...ck];
