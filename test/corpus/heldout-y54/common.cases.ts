// heldout-y54: common providers, each token rotated through the shared renderers.
import type { CorpusCase } from "../types.ts";
import { AN, B32, B64, DIG, Gen, HEX, LAN, LO, UAN, UP, URL64, build, j, type Spec } from "./_gen.ts";

const S = (group: string, provider: string, env: string, make: (g: Gen) => string, header?: string, host?: string): Spec => ({ group, provider, env, make, header, host });

const specs: Spec[] = [
  // ai
  S("ai", "OpenAI project key", "OPENAI_API_KEY", (g) => j("sk-", "proj-", g.s(74, URL64), "T3Blbk", "FJ", g.s(74, URL64)), undefined, "api.openai.com"),
  S("ai", "OpenAI service account key", "OPENAI_API_KEY", (g) => j("sk-", "svcacct-", g.s(74, URL64), "T3Blbk", "FJ", g.s(74, URL64)), undefined, "api.openai.com"),
  S("ai", "OpenAI admin key", "OPENAI_ADMIN_KEY", (g) => j("sk-", "admin-", g.s(74, URL64), "T3Blbk", "FJ", g.s(74, URL64)), undefined, "api.openai.com"),
  S("ai", "OpenAI legacy user key", "OPENAI_KEY", (g) => j("sk-", g.s(20), "T3Blbk", "FJ", g.s(20)), undefined, "api.openai.com"),
  S("ai", "Anthropic API key", "ANTHROPIC_API_KEY", (g) => j("sk-", "ant-", "api03-", g.s(93, URL64), "AA"), "x-api-key", "api.anthropic.com"),
  S("ai", "Anthropic admin key", "ANTHROPIC_ADMIN_KEY", (g) => j("sk-", "ant-", "admin01-", g.s(93, URL64), "AA"), "x-api-key", "api.anthropic.com"),
  S("ai", "Hugging Face user token", "HF_TOKEN", (g) => j("h", "f_", g.s(34, AN)), undefined, "huggingface.co"),
  S("ai", "Hugging Face org token", "HUGGINGFACE_TOKEN", (g) => j("api", "_org_", g.s(34, AN)), undefined, "huggingface.co"),
  S("ai", "Groq API key", "GROQ_API_KEY", (g) => j("gs", "k_", g.s(52, AN)), undefined, "api.groq.com"),
  S("ai", "Replicate API token", "REPLICATE_API_TOKEN", (g) => j("r", "8_", g.s(37, AN)), undefined, "api.replicate.com"),
  S("ai", "Perplexity API key", "PERPLEXITY_API_KEY", (g) => j("pp", "lx-", g.s(48, AN)), undefined, "api.perplexity.ai"),
  S("ai", "Google Gemini API key", "GEMINI_API_KEY", (g) => j("AI", "za", g.s(35, URL64)), "x-goog-api-key", "generativelanguage.googleapis.com"),
  S("ai", "xAI API key", "XAI_API_KEY", (g) => j("x", "ai-", g.s(80, AN)), undefined, "api.x.ai"),
  S("ai", "OpenRouter key", "OPENROUTER_API_KEY", (g) => j("sk-", "or-", "v1-", g.hex(64)), undefined, "openrouter.ai"),
  S("ai", "DeepSeek API key", "DEEPSEEK_API_KEY", (g) => j("sk-", g.hex(32)), undefined, "api.deepseek.com"),
  S("ai", "Cohere API key", "CO_API_KEY", (g) => g.s(40, AN), undefined, "api.cohere.com"),
  S("ai", "Mistral API key", "MISTRAL_API_KEY", (g) => g.s(32, AN), undefined, "api.mistral.ai"),
  S("ai", "LangSmith API key", "LANGSMITH_API_KEY", (g) => j("lsv2", "_pt_", g.hex(32), "_", g.hex(10)), "x-api-key", "api.smith.langchain.com"),
  S("ai", "Pinecone API key", "PINECONE_API_KEY", (g) => j("pc", "sk_", g.s(5, AN), "_", g.s(62, AN)), "Api-Key", "api.pinecone.io"),
  S("ai", "Weights & Biases API key", "WANDB_API_KEY", (g) => g.hex(40), undefined, "api.wandb.ai"),
  S("ai", "Azure OpenAI key", "AZURE_OPENAI_API_KEY", (g) => g.hex(32), "api-key", "contoso-oai.openai.azure.com"),
  S("ai", "Tavily API key", "TAVILY_API_KEY", (g) => j("tv", "ly-", g.s(32, AN)), undefined, "api.tavily.com"),
  // auth
  S("auth", "Okta API token", "OKTA_API_TOKEN", (g) => j("00", g.s(40, URL64)), "Authorization: SSWS", "acme.okta.com"),
  S("auth", "Auth0 client secret", "AUTH0_CLIENT_SECRET", (g) => g.s(64, URL64), undefined, "acme.us.auth0.com"),
  S("auth", "Google OAuth client secret", "GOOGLE_CLIENT_SECRET", (g) => j("GOC", "SPX-", g.s(28, URL64)), undefined, "oauth2.googleapis.com"),
  S("auth", "Google OAuth refresh token", "GOOGLE_REFRESH_TOKEN", (g) => j("1", "//0", g.s(2, AN), g.s(96, URL64)), undefined, "oauth2.googleapis.com"),
  S("auth", "Google OAuth access token", "GOOGLE_ACCESS_TOKEN", (g) => j("ya", "29.", g.s(150, URL64)), undefined, "www.googleapis.com"),
  S("auth", "Azure AD client secret", "AZURE_CLIENT_SECRET", (g) => j(g.s(3, AN), "8Q~", g.s(34, AN + "._~-")), undefined, "login.microsoftonline.com"),
  S("auth", "JWT signing secret", "JWT_SECRET", (g) => g.s(64, AN)),
  S("auth", "Session secret", "SESSION_SECRET", (g) => g.hex(64)),
  S("auth", "NextAuth secret", "NEXTAUTH_SECRET", (g) => g.b64(44)),
  S("auth", "Clerk secret key", "CLERK_SECRET_KEY", (g) => j("sk", "_live_", g.s(40, AN)), undefined, "api.clerk.com"),
  S("auth", "Supabase service role JWT", "SUPABASE_SERVICE_ROLE_KEY", (g) => g.jwt({ iss: "supabase", ref: g.s(20, LO), role: "service_role", iat: 1718000000, exp: 2033576000 }), "apikey", "xyzcompany.supabase.co"),
  S("auth", "Firebase Admin private key (escaped PEM)", "FIREBASE_PRIVATE_KEY", (g) => `-----BEGIN PRIVATE KEY-----\\nMIIEvgIBADANBgkqhkiG9w0BAQEFAASC${g.s(32, B64)}\\n${g.s(64, B64)}\\n${g.s(40, B64)}==\\n-----END PRIVATE KEY-----\\n`),
  S("auth", "Basic auth in URL", "UPSTREAM_URL", (g) => `https://deploy:${g.s(24, AN)}@registry.internal.acme.io/v2/`),
  S("auth", "Cookie signing key", "COOKIE_SECRET", (g) => g.s(48, AN)),
  // cloud
  S("cloud", "Amazon SES SMTP password", "SES_SMTP_PASSWORD", (g) => j("B", g.s(43, AN + "/+"))),
  S("cloud", "AWS secret access key", "AWS_SECRET_ACCESS_KEY", (g) => g.s(40, AN + "/+")),
  S("cloud", "AWS access key id", "AWS_ACCESS_KEY_ID", (g) => j("AK", "IA", g.s(16, B32))),
  S("cloud", "AWS STS session", "AWS_SESSION_TOKEN", (g) => j("IQo", "Jb3JpZ2luX2Vj", g.s(300, B64))),
  S("cloud", "GCP API key", "GOOGLE_API_KEY", (g) => j("AI", "za", g.s(35, URL64)), "X-Goog-Api-Key", "translation.googleapis.com"),
  S("cloud", "Azure storage connection string", "AZURE_STORAGE_CONNECTION_STRING", (g) => `DefaultEndpointsProtocol=https;AccountName=acmeprod${g.s(4, LAN)};AccountKey=${g.s(86, B64)}==;EndpointSuffix=core.windows.net`),
  S("cloud", "Azure storage SAS URL", "BLOB_SAS_URL", (g) => `https://acmeprod.blob.core.windows.net/uploads?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.s(43, B64) + "=")}`),
  S("cloud", "DigitalOcean PAT", "DIGITALOCEAN_TOKEN", (g) => j("dop", "_v1_", g.hex(64)), undefined, "api.digitalocean.com"),
  S("cloud", "DigitalOcean Spaces secret", "SPACES_SECRET_KEY", (g) => g.s(43, AN + "/+")),
  S("cloud", "Heroku API key", "HEROKU_API_KEY", (g) => j("HRK", "U-AA", g.s(58, URL64)), undefined, "api.heroku.com"),
  S("cloud", "Vercel token", "VERCEL_TOKEN", (g) => g.s(24, AN), undefined, "api.vercel.com"),
  S("cloud", "Netlify PAT", "NETLIFY_AUTH_TOKEN", (g) => j("nf", "p_", g.s(36, AN)), undefined, "api.netlify.com"),
  S("cloud", "Fly.io token", "FLY_API_TOKEN", (g) => j("Fly", "V1 ", "fm2_", g.s(200, B64)), undefined, "api.fly.io"),
  S("cloud", "Cloudflare API token", "CLOUDFLARE_API_TOKEN", (g) => g.s(40, URL64), undefined, "api.cloudflare.com"),
  S("cloud", "Cloudflare global API key", "CF_API_KEY", (g) => g.hex(37), "X-Auth-Key", "api.cloudflare.com"),
  S("cloud", "Linode token", "LINODE_TOKEN", (g) => g.hex(64), undefined, "api.linode.com"),
  S("cloud", "Hetzner Cloud token", "HCLOUD_TOKEN", (g) => g.s(64, AN), undefined, "api.hetzner.cloud"),
  S("cloud", "Alibaba Cloud AccessKey", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", (g) => `${j("LT", "AI", g.s(20, AN))}:${g.s(30, AN)}`),
  S("cloud", "Terraform Cloud token", "TFE_TOKEN", (g) => j(g.s(14, AN), ".at", "lasv1.", g.s(67, AN)), undefined, "app.terraform.io"),
  S("cloud", "Pulumi access token", "PULUMI_ACCESS_TOKEN", (g) => j("pu", "l-", g.hex(40)), undefined, "api.pulumi.com"),
  S("cloud", "Tailscale auth key", "TS_AUTHKEY", (g) => j("tskey-", "auth-", g.s(12, AN), "CNTRL-", g.s(32, AN))),
  S("cloud", "Railway token", "RAILWAY_TOKEN", (g) => g.uuid(), undefined, "backboard.railway.app"),
  // comms
  S("comms", "Slack bot token", "SLACK_BOT_TOKEN", (g) => j("xo", "xb-", g.s(12, DIG), "-", g.s(13, DIG), "-", g.s(24, AN)), undefined, "slack.com"),
  S("comms", "Slack user token", "SLACK_USER_TOKEN", (g) => j("xo", "xp-", g.s(12, DIG), "-", g.s(12, DIG), "-", g.s(13, DIG), "-", g.hex(32)), undefined, "slack.com"),
  S("comms", "Slack app-level token", "SLACK_APP_TOKEN", (g) => j("xa", "pp-1-", "A0", g.s(9, UAN), "-", g.s(13, DIG), "-", g.hex(64)), undefined, "slack.com"),
  S("comms", "Slack webhook", "SLACK_WEBHOOK_URL", (g) => j("https://hooks.", "slack.com/services/", "T0", g.s(8, UAN), "/B0", g.s(8, UAN), "/", g.s(24, AN))),
  S("comms", "Discord bot token", "DISCORD_TOKEN", (g) => j("MT", g.s(24, AN), ".", g.s(6, URL64), ".", g.s(38, URL64)), "Authorization: Bot", "discord.com"),
  S("comms", "Discord webhook", "DISCORD_WEBHOOK", (g) => j("https://discord.com/api/", "webhooks/", "1", g.s(18, DIG), "/", g.s(68, URL64))),
  S("comms", "Telegram bot token", "TELEGRAM_BOT_TOKEN", (g) => j(String(g.range(1, 7)), g.s(9, DIG), ":AA", g.s(33, URL64)), undefined, "api.telegram.org"),
  S("comms", "Twilio auth token", "TWILIO_AUTH_TOKEN", (g) => g.hex(32), undefined, "api.twilio.com"),
  S("comms", "Twilio API key secret", "TWILIO_API_SECRET", (g) => g.s(32, AN), undefined, "api.twilio.com"),
  S("comms", "SendGrid API key", "SENDGRID_API_KEY", (g) => j("S", "G.", g.s(22, URL64), ".", g.s(43, URL64)), undefined, "api.sendgrid.com"),
  S("comms", "Mailgun API key", "MAILGUN_API_KEY", (g) => j("key-", g.hex(32)), undefined, "api.mailgun.net"),
  S("comms", "Mailchimp API key", "MAILCHIMP_API_KEY", (g) => j(g.hex(32), "-us", String(g.range(1, 21))), undefined, "us14.api.mailchimp.com"),
  S("comms", "Postmark server token", "POSTMARK_SERVER_TOKEN", (g) => g.uuid(), "X-Postmark-Server-Token", "api.postmarkapp.com"),
  S("comms", "Resend API key", "RESEND_API_KEY", (g) => j("r", "e_", g.s(8, AN), "_", g.s(24, AN)), undefined, "api.resend.com"),
  S("comms", "Microsoft Teams webhook", "TEAMS_WEBHOOK_URL", (g) => `https://acme.webhook.office.com/webhookb2/${g.uuid()}@${g.uuid()}/IncomingWebhook/${g.hex(32)}/${g.uuid()}/V2${g.s(40, URL64)}`),
  // data
  S("data", "Postgres URL", "DATABASE_URL", (g) => `postgres://app_user:${g.s(24, AN)}@db-prod.c${g.s(10, LAN)}.eu-west-1.rds.amazonaws.com:5432/orders`),
  S("data", "MySQL URL", "MYSQL_URL", (g) => `mysql://root:${g.s(20, AN)}@10.0.${g.range(0, 255)}.${g.range(2, 254)}:3306/shop`),
  S("data", "MongoDB Atlas URI", "MONGODB_URI", (g) => `mongodb+srv://svc:${g.s(16, AN)}@cluster0.${g.s(5, LAN)}.mongodb.net/prod?retryWrites=true&w=majority`),
  S("data", "Redis URL", "REDIS_URL", (g) => `rediss://default:${g.s(32, AN)}@redis-${g.range(10000, 19999)}.c${g.range(1, 300)}.us-east-1-2.ec2.redns.redis-cloud.com:${g.range(10000, 19999)}`),
  S("data", "Upstash REST token", "UPSTASH_REDIS_REST_TOKEN", (g) => j("A", g.s(3, AN), "AAIjcDE", g.s(50, URL64)), undefined, "eu1-proud-cat-30211.upstash.io"),
  S("data", "PlanetScale password", "PLANETSCALE_PASSWORD", (g) => j("pscale", "_pw_", g.s(43, URL64))),
  S("data", "PlanetScale service token", "PLANETSCALE_SERVICE_TOKEN", (g) => j("pscale", "_tkn_", g.s(43, URL64)), undefined, "api.planetscale.com"),
  S("data", "Neon connection string", "NEON_DATABASE_URL", (g) => `postgresql://neondb_owner:${j("npg", "_", g.s(12, AN))}@ep-${g.s(6, LO)}-${g.s(6, LO)}-a${g.range(1, 9)}${g.s(5, LAN)}.us-east-2.aws.neon.tech/neondb?sslmode=require`),
  S("data", "Snowflake password", "SNOWFLAKE_PASSWORD", (g) => g.s(20, AN) + "!" + g.s(4, DIG)),
  S("data", "Databricks PAT", "DATABRICKS_TOKEN", (g) => j("dap", "i", g.hex(32)), undefined, "adb-1234567890123456.7.azuredatabricks.net"),
  S("data", "Elasticsearch API key", "ELASTIC_API_KEY", (g) => g.b64(60), "Authorization: ApiKey", "acme.es.us-east-1.aws.found.io"),
  S("data", "Supabase DB URL", "SUPABASE_DB_URL", (g) => `postgresql://postgres.${g.s(20, LO)}:${g.s(22, AN)}@aws-0-us-east-1.pooler.supabase.com:6543/postgres`),
  S("data", "ClickHouse Cloud password", "CLICKHOUSE_PASSWORD", (g) => g.s(14, AN) + "~" + g.s(6, AN)),
  // devtools
  S("devtools", "GitHub classic PAT", "GITHUB_TOKEN", (g) => j("gh", "p_", g.s(36, AN)), undefined, "api.github.com"),
  S("devtools", "GitHub fine-grained PAT", "GH_TOKEN", (g) => j("github", "_pat_", "11A", g.s(19, UAN), "_", g.s(59, AN)), undefined, "api.github.com"),
  S("devtools", "GitHub OAuth token", "GITHUB_OAUTH_TOKEN", (g) => j("gh", "o_", g.s(36, AN)), undefined, "api.github.com"),
  S("devtools", "GitHub app installation token", "GITHUB_APP_TOKEN", (g) => j("gh", "s_", g.s(36, AN)), undefined, "api.github.com"),
  S("devtools", "GitHub refresh token", "GITHUB_REFRESH_TOKEN", (g) => j("gh", "r_", g.s(76, AN))),
  S("devtools", "GitLab PAT", "GITLAB_TOKEN", (g) => j("gl", "pat-", g.s(20, URL64)), "PRIVATE-TOKEN", "gitlab.com"),
  S("devtools", "GitLab runner token", "CI_RUNNER_TOKEN", (g) => j("gl", "rt-", g.s(20, URL64))),
  S("devtools", "GitLab deploy token", "GITLAB_DEPLOY_TOKEN", (g) => j("gl", "dt-", g.s(20, URL64))),
  S("devtools", "npm token", "NPM_TOKEN", (g) => j("np", "m_", g.s(36, AN)), undefined, "registry.npmjs.org"),
  S("devtools", "PyPI token", "PYPI_API_TOKEN", (g) => j("pyp", "i-AgEIcHlwaS5vcmc", g.s(150, URL64))),
  S("devtools", "Docker Hub PAT", "DOCKERHUB_TOKEN", (g) => j("dck", "r_pat_", g.s(27, URL64)), undefined, "hub.docker.com"),
  S("devtools", "Bitbucket app password", "BITBUCKET_APP_PASSWORD", (g) => j("ATB", "B", g.s(28, AN), g.hex(8).toUpperCase()), undefined, "api.bitbucket.org"),
  S("devtools", "Atlassian API token", "JIRA_API_TOKEN", (g) => j("ATA", "TT3x", g.s(180, URL64), "=", g.hex(8).toUpperCase()), undefined, "acme.atlassian.net"),
  S("devtools", "CircleCI PAT", "CIRCLECI_TOKEN", (g) => j("CCI", "PAT_", g.s(22, AN), "_", g.hex(40)), "Circle-Token", "circleci.com"),
  S("devtools", "Postman API key", "POSTMAN_API_KEY", (g) => j("PM", "AK-", g.hex(24), "-", g.hex(34)), "X-Api-Key", "api.getpostman.com"),
  S("devtools", "HashiCorp Vault token", "VAULT_TOKEN", (g) => j("hv", "s.", g.s(90, URL64)), "X-Vault-Token", "vault.acme.internal:8200"),
  S("devtools", "Doppler service token", "DOPPLER_TOKEN", (g) => j("dp", ".st.", "prd.", g.s(43, AN)), undefined, "api.doppler.com"),
  S("devtools", "1Password service account token", "OP_SERVICE_ACCOUNT_TOKEN", (g) => j("op", "s_", "eyJ", g.s(200, URL64))),
  S("devtools", "Sourcegraph token", "SRC_ACCESS_TOKEN", (g) => j("sg", "p_", g.hex(16), "_", g.hex(40)), undefined, "sourcegraph.acme.com"),
  S("devtools", "Linear API key", "LINEAR_API_KEY", (g) => j("lin", "_api_", g.s(40, AN)), undefined, "api.linear.app"),
  // keys
  S("keys", "RSA private key", "TLS_KEY", (g) => `-----BEGIN RSA PRIVATE KEY-----\\nMIIEow${g.s(58, B64)}\\n${g.s(64, B64)}\\n${g.s(64, B64)}\\n${g.s(64, B64)}\\n${g.s(24, B64)}==\\n-----END RSA PRIVATE KEY-----`),
  S("keys", "EC private key", "SIGNING_KEY", (g) => `-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEEI${g.s(55, B64)}\\n${g.s(64, B64)}\\n${g.s(40, B64)}==\\n-----END EC PRIVATE KEY-----`),
  S("keys", "OpenSSH private key", "DEPLOY_SSH_KEY", (g) => `-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\\nQyNTUxOQAAACA${g.s(57, B64)}\\n${g.s(70, B64)}\\n${g.s(70, B64)}\\n${g.s(30, B64)}=\\n-----END OPENSSH PRIVATE KEY-----`),
  S("keys", "PKCS#8 private key", "PRIVATE_KEY", (g) => `-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC${g.s(32, B64)}\\n${g.s(64, B64)}\\n${g.s(64, B64)}\\n${g.s(20, B64)}==\\n-----END PRIVATE KEY-----`),
  S("keys", "age secret key", "SOPS_AGE_KEY", (g) => j("AGE-", "SECRET-", "KEY-1", g.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".toUpperCase()))),
  S("keys", "Ethereum wallet private key", "DEPLOYER_PRIVATE_KEY", (g) => j("0x", g.hex(64))),
  S("keys", "Solana keypair", "SOLANA_KEYPAIR", (g) => JSON.stringify(Array.from(g.bytes(64)))),
  S("keys", "Encrypted-at-rest master key (hex)", "APP_MASTER_KEY", (g) => g.hex(64)),
  // observability
  S("observability", "Datadog API key", "DD_API_KEY", (g) => g.hex(32), "DD-API-KEY", "api.datadoghq.com"),
  S("observability", "Datadog app key", "DD_APP_KEY", (g) => g.hex(40), "DD-APPLICATION-KEY", "api.datadoghq.com"),
  S("observability", "New Relic user key", "NEW_RELIC_API_KEY", (g) => j("NR", "AK-", g.s(27, UAN)), "Api-Key", "api.newrelic.com"),
  S("observability", "New Relic license key", "NEW_RELIC_LICENSE_KEY", (g) => j(g.hex(36), "NRAL")),
  S("observability", "Sentry auth token", "SENTRY_AUTH_TOKEN", (g) => j("sntry", "s_", "eyJpYXQiOjE3", g.s(120, URL64)), undefined, "sentry.io"),
  S("observability", "Sentry user token", "SENTRY_TOKEN", (g) => j("sntry", "u_", g.hex(64)), undefined, "sentry.io"),
  S("observability", "Grafana service account token", "GRAFANA_TOKEN", (g) => j("gl", "sa_", g.s(32, AN), "_", g.hex(8)), undefined, "acme.grafana.net"),
  S("observability", "Grafana Cloud token", "GRAFANA_CLOUD_TOKEN", (g) => j("gl", "c_", "eyJvIjoi", g.s(100, URL64))),
  S("observability", "Honeycomb API key", "HONEYCOMB_API_KEY", (g) => j("hc", "aik_", g.s(58, LAN)), "X-Honeycomb-Team", "api.honeycomb.io"),
  S("observability", "PostHog personal API key", "POSTHOG_PERSONAL_API_KEY", (g) => j("ph", "x_", g.s(47, AN)), undefined, "us.posthog.com"),
  // payment
  S("payment", "Stripe secret key", "STRIPE_SECRET_KEY", (g) => j("sk", "_live_", "51", g.s(97, AN)), undefined, "api.stripe.com"),
  S("payment", "Stripe restricted key", "STRIPE_RESTRICTED_KEY", (g) => j("rk", "_live_", "51", g.s(97, AN)), undefined, "api.stripe.com"),
  S("payment", "Stripe webhook secret", "STRIPE_WEBHOOK_SECRET", (g) => j("wh", "sec_", g.s(32, AN))),
  S("payment", "Square access token", "SQUARE_ACCESS_TOKEN", (g) => j("EAAA", "l", g.s(59, URL64)), undefined, "connect.squareup.com"),
  S("payment", "PayPal client secret", "PAYPAL_CLIENT_SECRET", (g) => j("E", g.s(79, URL64)), undefined, "api-m.paypal.com"),
  S("payment", "Braintree access token", "BRAINTREE_ACCESS_TOKEN", (g) => j("access_token", "$production$", g.s(16, LAN), "$", g.hex(32))),
  S("payment", "Shopify admin token", "SHOPIFY_ACCESS_TOKEN", (g) => j("sh", "pat_", g.hex(32)), "X-Shopify-Access-Token", "acme.myshopify.com"),
  S("payment", "Shopify app secret", "SHOPIFY_API_SECRET", (g) => j("sh", "pss_", g.hex(32))),
  S("payment", "Adyen API key", "ADYEN_API_KEY", (g) => j("AQE", "yhmfxK", g.s(120, B64)), "X-API-Key", "checkout-live.adyen.com"),
  S("payment", "Plaid secret", "PLAID_SECRET", (g) => g.hex(30), "PLAID-SECRET", "production.plaid.com"),
  S("payment", "Coinbase API secret", "COINBASE_API_SECRET", (g) => g.b64(88)),
  // saas
  S("saas", "Notion integration token", "NOTION_TOKEN", (g) => j("nt", "n_", g.s(11, DIG), g.s(35, AN)), undefined, "api.notion.com"),
  S("saas", "Airtable PAT", "AIRTABLE_API_KEY", (g) => j("pat", g.s(14, AN), ".", g.hex(64)), undefined, "api.airtable.com"),
  S("saas", "Figma PAT", "FIGMA_TOKEN", (g) => j("fig", "d_", g.s(40, URL64)), "X-Figma-Token", "api.figma.com"),
  S("saas", "HubSpot private app token", "HUBSPOT_ACCESS_TOKEN", (g) => j("pat-", "na1-", g.uuid()), undefined, "api.hubapi.com"),
  S("saas", "Contentful management token", "CONTENTFUL_MANAGEMENT_TOKEN", (g) => j("CFP", "AT-", g.s(43, URL64)), undefined, "api.contentful.com"),
  S("saas", "Algolia admin key", "ALGOLIA_ADMIN_KEY", (g) => g.hex(32), "X-Algolia-API-Key", "ACME1234.algolia.net"),
  S("saas", "Mapbox secret token", "MAPBOX_SECRET_TOKEN", (g) => j("s", "k.eyJ1Ijoi", g.s(40, URL64), ".", g.s(22, URL64)), undefined, "api.mapbox.com"),
  S("saas", "LaunchDarkly SDK key", "LAUNCHDARKLY_SDK_KEY", (g) => j("sdk-", g.uuid())),
  S("saas", "LaunchDarkly API token", "LD_API_TOKEN", (g) => j("api-", g.uuid()), undefined, "app.launchdarkly.com"),
  S("saas", "Dropbox access token", "DROPBOX_ACCESS_TOKEN", (g) => j("s", "l.", "B", g.s(138, URL64)), undefined, "api.dropboxapi.com"),
  S("saas", "Asana PAT", "ASANA_ACCESS_TOKEN", (g) => j("2/", g.s(16, DIG), "/", g.s(16, DIG), ":", g.hex(32)), undefined, "app.asana.com"),
  S("saas", "Zendesk API token", "ZENDESK_API_TOKEN", (g) => g.s(40, AN), undefined, "acme.zendesk.com"),
  S("saas", "Intercom access token", "INTERCOM_ACCESS_TOKEN", (g) => j("dG9rOj", g.s(54, B64), "="), undefined, "api.intercom.io"),
  S("saas", "Salesforce refresh token", "SF_REFRESH_TOKEN", (g) => j("5Aep", "861", g.s(83, AN + "._")), undefined, "login.salesforce.com"),
  S("saas", "Typeform PAT", "TYPEFORM_TOKEN", (g) => j("tf", "p_", g.s(44, URL64)), undefined, "api.typeform.com"),
  S("saas", "Sanity API token", "SANITY_API_TOKEN", (g) => j("sk", g.s(180, AN))),
];

const rotated = build(specs, { seed: 0x54c0, idPrefix: "y54-c", category: (sp) => `heldouty54-sec-${sp.group}` });

// Handcrafted common-provider cases in contexts the rotation does not cover.
const g = new Gen(0x54c1);
const hk = (n: number, group: string, text: string, note: string): CorpusCase => ({ id: `y54-ck-${String(n).padStart(3, "0")}`, kind: "secrets", category: `heldouty54-sec-${group}`, label: "positive", text, note });

const awsId = j("AK", "IA", g.s(16, B32));
const awsSec = g.s(40, AN + "/+");
const ghp = j("gh", "p_", g.s(36, AN));
const npmTok = j("np", "m_", g.s(36, AN));
const pgPass = g.s(22, AN);
const netrcPass = j("gh", "o_", g.s(36, AN));
const dockerAuth = Buffer.from(`ci-bot:${j("dck", "r_pat_", g.s(27, URL64))}`).toString("base64");
const stripe = j("sk", "_live_", "51", g.s(97, AN));
const ant = j("sk-", "ant-", "api03-", g.s(93, URL64), "AA");
const slackBot = j("xo", "xb-", g.s(12, DIG), "-", g.s(13, DIG), "-", g.s(24, AN));
const oai = j("sk-", "proj-", g.s(74, URL64), "T3Blbk", "FJ", g.s(74, URL64));
const glpat = j("gl", "pat-", g.s(20, URL64));

const handcrafted: CorpusCase[] = [
  hk(1, "cloud", `[default]\naws_access_key_id = ${awsId}\naws_secret_access_key = ${awsSec}\nregion = eu-central-1\n`, "AWS key pair in ~/.aws/credentials pasted as tool output"),
  hk(2, "devtools", `{"type":"tool_result","tool_use_id":"toolu_01${g.s(22)}","content":"$ git remote -v\\norigin\\thttps://${ghp}@github.com/acme/api.git (fetch)\\norigin\\thttps://${ghp}@github.com/acme/api.git (push)\\n"}`, "GitHub PAT in git remote URL inside tool_result"),
  hk(3, "devtools", `//registry.npmjs.org/:_authToken=${npmTok}\n@acme:registry=https://npm.pkg.github.com\nalways-auth=true\n`, "npm token in .npmrc"),
  hk(4, "data", `db-prod.internal:5432:orders:app_user:${pgPass}\n`, "Postgres password in .pgpass"),
  hk(5, "devtools", `machine github.com\n  login x-access-token\n  password ${netrcPass}\n`, "GitHub OAuth token in .netrc"),
  hk(6, "devtools", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: dockerAuth } } }, null, 2), "Docker Hub PAT base64-encoded in ~/.docker/config.json"),
  hk(7, "payment", `$ stripe listen --api-key ${stripe} --forward-to localhost:4242/webhook\n> Ready! Your webhook signing secret is being generated...`, "Stripe secret key as CLI positional flag in terminal capture"),
  hk(8, "ai", `{"model":"gpt-4.1","messages":[{"role":"user","content":"this test fails with 401, can you see why?\\n\\n\`\`\`python\\nclient = anthropic.Anthropic(\\n    api_key=\\"${ant}\\"\\n)\\nmsg = client.messages.create(model=\\"claude-3-5-haiku\\", max_tokens=64, messages=[])\\n\`\`\`"}]}`, "Anthropic key in Python pasted into OpenAI chat body"),
  hk(9, "comms", `[Unit]\nDescription=Deploy notifier\n\n[Service]\nEnvironment="SLACK_BOT_TOKEN=${slackBot}"\nExecStart=/usr/local/bin/notifier\nRestart=always\n`, "Slack bot token in systemd unit Environment="),
  hk(10, "ai", `*/15 * * * * OPENAI_API_KEY=${oai} /opt/jobs/summarize.sh >> /var/log/summarize.log 2>&1\n`, "OpenAI key in crontab line"),
  hk(11, "devtools", `$ git clone https://oauth2:${glpat}@gitlab.com/acme/infra.git\nCloning into 'infra'...\nremote: Enumerating objects: 1432, done.\n`, "GitLab PAT in clone URL, terminal capture"),
  hk(12, "cloud", `{"role":"tool","tool_call_id":"call_${g.s(24)}","content":"${JSON.stringify(`AWS_ACCESS_KEY_ID=${awsId}\nAWS_SECRET_ACCESS_KEY=${g.s(40, AN + "/+")}\nAWS_DEFAULT_REGION=us-west-2\n`).slice(1, -1)}"}`, "AWS key pair in printenv output returned as OpenAI tool message"),
];

export const cases: CorpusCase[] = [...rotated, ...handcrafted];
