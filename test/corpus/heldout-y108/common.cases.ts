// Well-known providers: rotated through the shared renderers, plus handcrafted cases (key material,
// credential files, connection strings). All values assembled at run time from a fixed seed.
import type { CorpusCase } from "../types.ts";
import { CAT, Gen, j, rotate, type Spec } from "./_gen.ts";

const g = new Gen(0x10801c);
const B = "Authorization: Bearer $V";

const specs: Spec[] = [
  // ai
  { p: "OpenAI project key", cat: "ai", env: "OPENAI_API_KEY", v: (g) => j("sk-", "proj-", g.u(74), "T3Blbk", "FJ", g.u(74)) },
  { p: "OpenAI legacy user key", cat: "ai", env: "OPENAI_API_KEY", v: (g) => j("sk-", g.a(20), "T3Blbk", "FJ", g.a(20)) },
  { p: "OpenAI service account key", cat: "ai", env: "OPENAI_SVC_KEY", v: (g) => j("sk-", "svcacct-", g.u(74), "T3Blbk", "FJ", g.u(74)) },
  { p: "OpenAI admin key", cat: "ai", env: "OPENAI_ADMIN_KEY", v: (g) => j("sk-", "admin-", g.u(74), "T3Blbk", "FJ", g.u(74)) },
  { p: "Anthropic API key", cat: "ai", env: "ANTHROPIC_API_KEY", v: (g) => j("sk-", "ant-", "api03-", g.u(93), "AA"), hdr: "x-api-key: $V" },
  { p: "Anthropic admin key", cat: "ai", env: "ANTHROPIC_ADMIN_KEY", v: (g) => j("sk-", "ant-", "admin01-", g.u(93), "AA"), hdr: "x-api-key: $V" },
  { p: "Hugging Face token", cat: "ai", env: "HF_TOKEN", v: (g) => j("h", "f_", g.a(34)) },
  { p: "Cohere API key", cat: "ai", env: "COHERE_API_KEY", v: (g) => g.a(40) },
  { p: "Mistral API key", cat: "ai", env: "MISTRAL_API_KEY", v: (g) => g.a(32) },
  { p: "Groq API key", cat: "ai", env: "GROQ_API_KEY", v: (g) => j("gs", "k_", g.a(52)) },
  { p: "Replicate API token", cat: "ai", env: "REPLICATE_API_TOKEN", v: (g) => j("r8", "_", g.a(37)) },
  { p: "Perplexity API key", cat: "ai", env: "PERPLEXITY_API_KEY", v: (g) => j("pp", "lx-", g.a(48)) },
  { p: "Gemini API key", cat: "ai", env: "GEMINI_API_KEY", v: (g) => j("AI", "za", g.u(35)), hdr: "x-goog-api-key: $V", qp: "key" },
  { p: "xAI API key", cat: "ai", env: "XAI_API_KEY", v: (g) => j("xa", "i-", g.a(80)) },
  { p: "OpenRouter key", cat: "ai", env: "OPENROUTER_API_KEY", v: (g) => j("sk-", "or-", "v1-", g.h(64)) },
  { p: "DeepSeek API key", cat: "ai", env: "DEEPSEEK_API_KEY", v: (g) => j("sk-", g.h(32)) },
  { p: "Together AI key", cat: "ai", env: "TOGETHER_API_KEY", v: (g) => j("tg", "p_", "v1_", g.u(43)) },
  { p: "Fireworks API key", cat: "ai", env: "FIREWORKS_API_KEY", v: (g) => j("f", "w_", g.a(24)) },
  { p: "LangSmith API key", cat: "ai", env: "LANGSMITH_API_KEY", v: (g) => j("ls", "v2_", "pt_", g.h(32), "_", g.h(10)), hdr: "x-api-key: $V" },
  { p: "Pinecone API key", cat: "ai", env: "PINECONE_API_KEY", v: (g) => j("pc", "sk_", g.a(6), "_", g.u(63)), hdr: "Api-Key: $V" },
  { p: "Weights & Biases API key", cat: "ai", env: "WANDB_API_KEY", v: (g) => g.h(40) },
  { p: "Azure OpenAI key", cat: "ai", env: "AZURE_OPENAI_API_KEY", v: (g) => g.h(32), hdr: "api-key: $V" },
  { p: "ElevenLabs API key", cat: "ai", env: "ELEVENLABS_API_KEY", v: (g) => j("s", "k_", g.h(48)), hdr: "xi-api-key: $V" },
  { p: "Cerebras API key", cat: "ai", env: "CEREBRAS_API_KEY", v: (g) => j("cs", "k-", g.l(48)) },
  { p: "Langfuse secret key", cat: "ai", env: "LANGFUSE_SECRET_KEY", v: (g) => j("sk", "-lf-", g.uuid()) },
  // auth
  { p: "Okta API token", cat: "auth", env: "OKTA_API_TOKEN", v: (g) => j("0", "0", g.u(40)), hdr: "Authorization: SSWS $V" },
  { p: "Auth0 client secret", cat: "auth", env: "AUTH0_CLIENT_SECRET", v: (g) => g.u(64), qp: "client_secret" },
  { p: "Google OAuth client secret", cat: "auth", env: "GOOGLE_CLIENT_SECRET", v: (g) => j("GOC", "SPX-", g.u(28)), qp: "client_secret" },
  { p: "Google OAuth refresh token", cat: "auth", env: "GOOGLE_REFRESH_TOKEN", v: (g) => j("1/", "/0", g.u(2), "Cg", "YIARAAGA", g.u(3), "-", "L9Ir", g.u(80)), qp: "refresh_token" },
  { p: "Google OAuth access token", cat: "auth", env: "GOOGLE_ACCESS_TOKEN", v: (g) => j("ya", "29.", "a0A", g.u(150)), qp: "access_token" },
  { p: "Azure AD client secret", cat: "auth", env: "AZURE_CLIENT_SECRET", v: (g) => j(g.u(3), g.d(1), "Q", "~", g.u(34)), qp: "client_secret" },
  { p: "Clerk secret key", cat: "auth", env: "CLERK_SECRET_KEY", v: (g) => j("sk", "_live_", g.a(40)) },
  { p: "Supabase service_role key", cat: "auth", env: "SUPABASE_SERVICE_ROLE_KEY", v: (g) => g.jwt({ iss: "supabase", ref: g.l(20), role: "service_role", iat: 1716000000, exp: 2031576000 }), hdr: "apikey: $V" },
  { p: "HashiCorp Vault token", cat: "auth", env: "VAULT_TOKEN", v: (g) => j("hv", "s.", "CAESI", g.u(90)), hdr: "X-Vault-Token: $V" },
  { p: "Doppler service token", cat: "auth", env: "DOPPLER_TOKEN", v: (g) => j("dp", ".st.", "prd.", g.a(43)) },
  { p: "1Password service account token", cat: "auth", env: "OP_SERVICE_ACCOUNT_TOKEN", v: (g) => j("op", "s_", "eyJ", g.u(300)) },
  { p: "NextAuth secret", cat: "auth", env: "NEXTAUTH_SECRET", v: (g) => g.b64(32) },
  { p: "JWT signing secret", cat: "auth", env: "JWT_SECRET", v: (g) => g.b64u(48) },
  { p: "Keycloak client secret", cat: "auth", env: "KEYCLOAK_CLIENT_SECRET", v: (g) => g.a(32), qp: "client_secret" },
  { p: "Rails secret_key_base", cat: "auth", env: "SECRET_KEY_BASE", v: (g) => g.h(128) },
  // cloud
  { p: "AWS secret access key", cat: "cloud", env: "AWS_SECRET_ACCESS_KEY", v: (g) => g.b(40), hdr: "X-Amz-Secret: $V" },
  { p: "AWS session token", cat: "cloud", env: "AWS_SESSION_TOKEN", v: (g) => j("IQoJb3JpZ2luX2Vj", "EJr", g.b(340)), hdr: "X-Amz-Security-Token: $V" },
  { p: "GCP API key (server)", cat: "cloud", env: "GOOGLE_API_KEY", v: (g) => j("AI", "za", "Sy", g.u(33)), qp: "key", hdr: "X-Goog-Api-Key: $V" },
  { p: "Azure storage account key", cat: "cloud", env: "AZURE_STORAGE_KEY", v: (g) => g.b64(64) },
  { p: "Azure storage connection string", cat: "cloud", env: "AZURE_STORAGE_CONNECTION_STRING", v: (g) => j("DefaultEndpointsProtocol=https;AccountName=st", g.l(10), ";Account", "Key=", g.b64(64), ";EndpointSuffix=core.example.net") },
  { p: "DigitalOcean PAT", cat: "cloud", env: "DIGITALOCEAN_TOKEN", v: (g) => j("do", "p_v1_", g.h(64)) },
  { p: "Heroku API key", cat: "cloud", env: "HEROKU_API_KEY", v: (g) => j("HR", "KU-", "AA", g.u(58)) },
  { p: "Netlify PAT", cat: "cloud", env: "NETLIFY_AUTH_TOKEN", v: (g) => j("nf", "p_", g.a(36)) },
  { p: "Vercel token", cat: "cloud", env: "VERCEL_TOKEN", v: (g) => g.a(24) },
  { p: "Fly.io token", cat: "cloud", env: "FLY_API_TOKEN", v: (g) => j("Fly", "V1 ", "fm2_", g.b(400)), hdr: "Authorization: $V" },
  { p: "Cloudflare API token", cat: "cloud", env: "CLOUDFLARE_API_TOKEN", v: (g) => g.u(40) },
  { p: "Cloudflare global API key", cat: "cloud", env: "CLOUDFLARE_API_KEY", v: (g) => g.h(37), hdr: "X-Auth-Key: $V" },
  { p: "Terraform Cloud token", cat: "cloud", env: "TFE_TOKEN", v: (g) => j(g.a(14), ".atlas", "v1.", g.a(67)) },
  { p: "Pulumi access token", cat: "cloud", env: "PULUMI_ACCESS_TOKEN", v: (g) => j("pu", "l-", g.h(40)), hdr: "Authorization: token $V" },
  { p: "Linode token", cat: "cloud", env: "LINODE_TOKEN", v: (g) => g.h(64) },
  // comms
  { p: "Slack bot token", cat: "comms", env: "SLACK_BOT_TOKEN", v: (g) => j("xo", "xb-", g.d(12), "-", g.d(13), "-", g.a(24)) },
  { p: "Slack user token", cat: "comms", env: "SLACK_USER_TOKEN", v: (g) => j("xo", "xp-", g.d(12), "-", g.d(13), "-", g.d(13), "-", g.h(32)) },
  { p: "Slack app-level token", cat: "comms", env: "SLACK_APP_TOKEN", v: (g) => j("xa", "pp-1-", "A0", g.U(9), "-", g.d(13), "-", g.h(64)) },
  { p: "Slack incoming webhook", cat: "comms", env: "SLACK_WEBHOOK_URL", v: (g) => j("https://hooks.slack.example.com/ser", "vices/T0", g.U(8), "/B0", g.U(8), "/", g.a(24)) },
  { p: "Discord bot token", cat: "comms", env: "DISCORD_BOT_TOKEN", v: (g) => j(Buffer.from("1" + g.d(18)).toString("base64").replace(/=+$/, ""), ".", g.u(6), ".", g.u(38)), hdr: "Authorization: Bot $V" },
  { p: "Discord webhook", cat: "comms", env: "DISCORD_WEBHOOK_URL", v: (g) => j("https://discord.example.com/api/web", "hooks/1", g.d(18), "/", g.u(68)) },
  { p: "Telegram bot token", cat: "comms", env: "TELEGRAM_BOT_TOKEN", v: (g) => j(String(g.range(5, 7)), g.d(9), ":", "AA", g.u(33)) },
  { p: "Twilio auth token", cat: "comms", env: "TWILIO_AUTH_TOKEN", v: (g) => g.h(32) },
  { p: "Twilio API key secret", cat: "comms", env: "TWILIO_API_SECRET", v: (g) => g.a(32) },
  { p: "SendGrid API key", cat: "comms", env: "SENDGRID_API_KEY", v: (g) => j("S", "G.", g.u(22), ".", g.u(43)) },
  { p: "Mailgun API key", cat: "comms", env: "MAILGUN_API_KEY", v: (g) => j(g.h(32), "-", g.h(8), "-", g.h(8)) },
  { p: "Mailchimp API key", cat: "comms", env: "MAILCHIMP_API_KEY", v: (g) => j(g.h(32), "-u", "s", String(g.range(2, 21))) },
  { p: "Postmark server token", cat: "comms", env: "POSTMARK_SERVER_TOKEN", v: (g) => g.uuid(), hdr: "X-Postmark-Server-Token: $V" },
  { p: "Resend API key", cat: "comms", env: "RESEND_API_KEY", v: (g) => j("r", "e_", g.a(8), "_", g.a(24)) },
  // data
  { p: "Postgres URL", cat: "data", env: "DATABASE_URL", v: (g) => j("postgres", "ql://app_", g.word(), ":", g.a(24), "@db-", g.l(6), ".internal.example.net:5432/app?sslmode=require") },
  { p: "MySQL URL", cat: "data", env: "MYSQL_URL", v: (g) => j("my", "sql://root:", g.u(20), "@mysql.prod.example.net:3306/shop") },
  { p: "MongoDB Atlas SRV URL", cat: "data", env: "MONGODB_URI", v: (g) => j("mongodb", "+srv://svc_", g.word(), ":", g.a(20), "@cluster0.", g.l(5), ".mongo.example.net/?retryWrites=true&w=majority") },
  { p: "Redis URL", cat: "data", env: "REDIS_URL", v: (g) => j("red", "iss://default:", g.a(32), "@cache-", g.d(5), ".example.net:6380/0") },
  { p: "RabbitMQ URL", cat: "data", env: "AMQP_URL", v: (g) => j("am", "qps://worker:", g.u(22), "@mq.example.net:5671/prod") },
  { p: "SQL Server connection string", cat: "data", env: "SQLSERVER_CONNECTION", v: (g) => j("Server=tcp:sql-", g.l(6), ".example.net,1433;Database=orders;User ID=appuser;Pass", "word=", g.a(10), "!", g.a(8), ";Encrypt=True;") },
  { p: "Databricks PAT", cat: "data", env: "DATABRICKS_TOKEN", v: (g) => j("da", "pi", g.h(32), "-", String(g.range(2, 7))) },
  { p: "PlanetScale password", cat: "data", env: "PLANETSCALE_PASSWORD", v: (g) => j("psc", "ale_pw_", g.u(43)) },
  { p: "Snowflake password", cat: "data", env: "SNOWFLAKE_PASSWORD", v: (g) => j(g.a(12), "#", g.a(9)) },
  { p: "Upstash Redis REST token", cat: "data", env: "UPSTASH_REDIS_REST_TOKEN", v: (g) => j("AX", g.u(3), "AAIjcD", g.u(64)) },
  { p: "Neon Postgres URL", cat: "data", env: "NEON_DATABASE_URL", v: (g) => j("postgres", "ql://neondb_owner:npg_", g.a(12), "@ep-", g.word(), "-", g.l(8), "-pooler.neon.example.net/neondb") },
  { p: "MongoDB Atlas API private key", cat: "data", env: "MONGODB_ATLAS_PRIVATE_KEY", v: (g) => g.uuid() },
  // devtools
  { p: "GitHub classic PAT", cat: "devtools", env: "GITHUB_TOKEN", v: (g) => j("gh", "p_", g.a(36)), hdr: "Authorization: token $V" },
  { p: "GitHub fine-grained PAT", cat: "devtools", env: "GH_TOKEN", v: (g) => j("github", "_pat_", "11A", g.U(19), "_", g.a(59)) },
  { p: "GitHub OAuth token", cat: "devtools", env: "GITHUB_OAUTH_TOKEN", v: (g) => j("gh", "o_", g.a(36)) },
  { p: "GitHub app installation token", cat: "devtools", env: "GITHUB_APP_TOKEN", v: (g) => j("gh", "s_", g.a(36)) },
  { p: "GitHub refresh token", cat: "devtools", env: "GITHUB_REFRESH_TOKEN", v: (g) => j("gh", "r_", g.a(76)) },
  { p: "GitLab PAT", cat: "devtools", env: "GITLAB_TOKEN", v: (g) => j("gl", "pat-", g.u(20)), hdr: "PRIVATE-TOKEN: $V" },
  { p: "GitLab runner token", cat: "devtools", env: "CI_RUNNER_TOKEN", v: (g) => j("gl", "rt-", g.u(20)) },
  { p: "Bitbucket app password", cat: "devtools", env: "BITBUCKET_APP_PASSWORD", v: (g) => j("AT", "BB", g.a(32), g.H(8)) },
  { p: "npm token", cat: "devtools", env: "NPM_TOKEN", v: (g) => j("np", "m_", g.a(36)) },
  { p: "PyPI token", cat: "devtools", env: "PYPI_TOKEN", v: (g) => j("py", "pi-", "AgEIcHlwaS5vcmc", g.u(140)) },
  { p: "Docker Hub PAT", cat: "devtools", env: "DOCKERHUB_TOKEN", v: (g) => j("dc", "kr_pat_", g.u(27)) },
  { p: "CircleCI personal token", cat: "devtools", env: "CIRCLECI_TOKEN", v: (g) => j("CCI", "PAT_", g.a(22), "_", g.h(40)), hdr: "Circle-Token: $V" },
  { p: "Postman API key", cat: "devtools", env: "POSTMAN_API_KEY", v: (g) => j("PM", "AK-", g.h(24), "-", g.h(34)), hdr: "X-Api-Key: $V" },
  { p: "Atlassian API token", cat: "devtools", env: "JIRA_API_TOKEN", v: (g) => j("ATA", "TT3xFfGF0", g.u(180), "=", g.H(8)) },
  { p: "SonarQube token", cat: "devtools", env: "SONAR_TOKEN", v: (g) => j("sq", "u_", g.h(40)) },
  { p: "RubyGems API key", cat: "devtools", env: "GEM_HOST_API_KEY", v: (g) => j("ruby", "gems_", g.h(48)) },
  { p: "NuGet API key", cat: "devtools", env: "NUGET_API_KEY", v: (g) => j("o", "y2", g.l(43)), hdr: "X-NuGet-ApiKey: $V" },
  { p: "Buildkite API token", cat: "devtools", env: "BUILDKITE_API_TOKEN", v: (g) => j("bk", "ua_", g.h(40)) },
  { p: "Sentry user auth token", cat: "devtools", env: "SENTRY_AUTH_TOKEN", v: (g) => j("sntr", "yu_", g.h(64)) },
  // observability
  { p: "Datadog API key", cat: "observability", env: "DD_API_KEY", v: (g) => g.h(32), hdr: "DD-API-KEY: $V" },
  { p: "Datadog application key", cat: "observability", env: "DD_APP_KEY", v: (g) => g.h(40), hdr: "DD-APPLICATION-KEY: $V" },
  { p: "New Relic user API key", cat: "observability", env: "NEW_RELIC_API_KEY", v: (g) => j("NR", "AK-", g.U(27)), hdr: "Api-Key: $V" },
  { p: "New Relic license key", cat: "observability", env: "NEW_RELIC_LICENSE_KEY", v: (g) => j(g.h(36), "NR", "AL") },
  { p: "Grafana service account token", cat: "observability", env: "GRAFANA_TOKEN", v: (g) => j("gl", "sa_", g.a(32), "_", g.h(8)) },
  { p: "Grafana Cloud access policy token", cat: "observability", env: "GRAFANA_CLOUD_TOKEN", v: (g) => j("gl", "c_", "eyJ", g.b64u(120)) },
  { p: "Honeycomb API key", cat: "observability", env: "HONEYCOMB_API_KEY", v: (g) => g.a(22), hdr: "X-Honeycomb-Team: $V" },
  { p: "PagerDuty API key", cat: "observability", env: "PAGERDUTY_TOKEN", v: (g) => j("u+", g.u(18)), hdr: "Authorization: Token token=$V" },
  // payment
  { p: "Stripe live secret key", cat: "payment", env: "STRIPE_SECRET_KEY", v: (g) => j("sk", "_live_", "51", g.a(22), g.a(75)) },
  { p: "Stripe restricted key", cat: "payment", env: "STRIPE_RESTRICTED_KEY", v: (g) => j("rk", "_live_", "51", g.a(97)) },
  { p: "Stripe webhook secret", cat: "payment", env: "STRIPE_WEBHOOK_SECRET", v: (g) => j("wh", "sec_", g.a(32)) },
  { p: "Square access token", cat: "payment", env: "SQUARE_ACCESS_TOKEN", v: (g) => j("EA", "AA", g.u(60)) },
  { p: "PayPal client secret", cat: "payment", env: "PAYPAL_CLIENT_SECRET", v: (g) => j("E", g.pick(["L", "K", "H"]), g.u(78)), qp: "client_secret" },
  { p: "Braintree private key", cat: "payment", env: "BRAINTREE_PRIVATE_KEY", v: (g) => g.h(32) },
  { p: "Shopify Admin API token", cat: "payment", env: "SHOPIFY_ACCESS_TOKEN", v: (g) => j("sh", "pat_", g.h(32)), hdr: "X-Shopify-Access-Token: $V" },
  { p: "Shopify app shared secret", cat: "payment", env: "SHOPIFY_API_SECRET", v: (g) => j("sh", "pss_", g.h(32)) },
  { p: "Adyen API key", cat: "payment", env: "ADYEN_API_KEY", v: (g) => j("AQE", g.u(3), "mfxL", g.u(180)), hdr: "X-API-Key: $V" },
  { p: "Plaid secret", cat: "payment", env: "PLAID_SECRET", v: (g) => g.h(30) },
  { p: "Razorpay live key secret", cat: "payment", env: "RAZORPAY_KEY_SECRET", v: (g) => g.a(24) },
  // saas
  { p: "Notion integration token", cat: "saas", env: "NOTION_TOKEN", v: (g) => j("nt", "n_", g.d(11), g.a(35)) },
  { p: "Airtable PAT", cat: "saas", env: "AIRTABLE_TOKEN", v: (g) => j("pa", "t", g.a(14), ".", g.h(64)) },
  { p: "Linear API key", cat: "saas", env: "LINEAR_API_KEY", v: (g) => j("lin", "_api_", g.a(40)), hdr: "Authorization: $V" },
  { p: "Figma PAT", cat: "saas", env: "FIGMA_TOKEN", v: (g) => j("fi", "gd_", g.u(40)), hdr: "X-Figma-Token: $V" },
  { p: "HubSpot private app token", cat: "saas", env: "HUBSPOT_ACCESS_TOKEN", v: (g) => j("pa", "t-na1-", g.uuid()) },
  { p: "Contentful management token", cat: "saas", env: "CONTENTFUL_MANAGEMENT_TOKEN", v: (g) => j("CF", "PAT-", g.u(43)) },
  { p: "Algolia admin API key", cat: "saas", env: "ALGOLIA_ADMIN_KEY", v: (g) => g.h(32), hdr: "X-Algolia-API-Key: $V" },
  { p: "Mapbox secret token", cat: "saas", env: "MAPBOX_SECRET_TOKEN", v: (g) => j("s", "k.", "eyJ1Ijoi", g.b64u(40), ".", g.u(22)), qp: "access_token" },
  { p: "LaunchDarkly API token", cat: "saas", env: "LAUNCHDARKLY_API_TOKEN", v: (g) => j("ap", "i-", g.uuid()), hdr: "Authorization: $V" },
  { p: "PostHog personal API key", cat: "saas", env: "POSTHOG_PERSONAL_API_KEY", v: (g) => j("ph", "x_", g.a(43)) },
  { p: "Dropbox access token", cat: "saas", env: "DROPBOX_ACCESS_TOKEN", v: (g) => j("s", "l.", "u.", g.u(140)) },
  { p: "Asana PAT", cat: "saas", env: "ASANA_ACCESS_TOKEN", v: (g) => j("2/", g.d(16), "/", g.d(16), ":", g.h(32)) },
  { p: "Zendesk API token", cat: "saas", env: "ZENDESK_API_TOKEN", v: (g) => g.a(40) },
  { p: "Intercom access token", cat: "saas", env: "INTERCOM_ACCESS_TOKEN", v: (g) => j("dG9r", "Oj", g.b64(42).replace(/=+$/, ""), "=") },
];

const rotated = rotate({ g, specs, n: specs.length, idPrefix: "y108-c-", catPrefix: CAT, label: "positive" });

// ---- handcrafted ----
const pem = (label: string, bytes: number) => {
  const b = g.b64(bytes);
  const lines = b.match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join("\n");
};
const P = "PRIVATE" + " KEY";
const hk: { cat: string; note: string; text: string }[] = [];
const add = (cat: string, note: string, text: string) => hk.push({ cat, note, text });

add("keys", "RSA private key (PKCS#1 PEM); pasted into chat completion request", JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `why does ssh say 'invalid format' for this key?\n\n${pem("RSA " + P, 1190)}\n` }] }));
add("keys", "EC private key (SEC1 PEM); tool_use write_file certs/server.key", JSON.stringify({ role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.a(24)}`, name: "write_file", input: { path: "certs/server.key", content: pem("EC " + P, 121) + "\n" } }] }));
add("keys", "PKCS#8 private key PEM; k8s TLS Secret stringData", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${pem(P, 1218).split("\n").map((l) => "    " + l).join("\n")}\n`);
add("keys", "OpenSSH private key (ed25519); MCP tool result cat ~/.ssh/id_ed25519", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `-----BEGIN OPENSSH ${P}-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACA${g.b(40)}\n${g.b(70)}\n${g.b(70)}\n${g.b(44)}=\n-----END OPENSSH ${P}-----\n` }] } }));
add("keys", "PGP private key block; shell heredoc in CI log", `+ cat > signing.asc <<'EOF'\n-----BEGIN PGP ${P} BLOCK-----\n\nlQVYBGX${g.b(57)}\n${(g.b(64 * 20).match(/.{64}/g) ?? []).join("\n")}\n=${g.b(4)}\n-----END PGP ${P} BLOCK-----\nEOF\n+ gpg --batch --import signing.asc`);
add("keys", "age secret key; keys.txt pasted in markdown", `# sops age key (ops laptop)\n\n\`\`\`\n# created: 2025-01-14T10:22:01Z\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${j("AGE-SECRET-", "KEY-1")}${g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}\n\`\`\``);
add("keys", "WireGuard PrivateKey; wg0.conf in chat message", JSON.stringify({ messages: [{ role: "user", content: `tunnel won't come up:\n[Interface]\nAddress = 10.8.0.2/24\n${j("Private", "Key")} = ${g.b64(32)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.b64(32)}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\n` }] }));
add("keys", "GCP service account JSON; tool_calls arguments (double-escaped)", JSON.stringify({ tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "sa.json", content: JSON.stringify({ type: "service_account", project_id: "acme-prod-" + g.d(6), private_key_id: g.h(40), private_key: pem(P, 1218) + "\n", client_email: "deployer@acme-prod.iam.example.com", client_id: g.d(21), token_uri: "https://oauth2.example.com/token" }, null, 2) }) } }] }));
add("keys", "DKIM RSA private key in DNS provisioning script (python)", `DKIM_PRIVATE = """${pem("RSA " + P, 608)}"""\n\nsign_message(msg, selector="s1", domain="example.org", key=DKIM_PRIVATE)\n`);
add("cloud", "AWS credentials file (key id + secret); MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: `[default]\naws_access_key_id = ${j("AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}\naws_secret_access_key = ${g.b(40)}\nregion = us-east-1\n` }] } }));
add("cloud", "AWS STS temporary credentials JSON output (aws sts assume-role) in chat", JSON.stringify({ messages: [{ role: "user", content: `got this back, how do I export it?\n${JSON.stringify({ Credentials: { AccessKeyId: j("AS", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")), SecretAccessKey: g.b(40), SessionToken: j("IQoJb3JpZ2luX2Vj", g.b(300)), Expiration: "2025-05-01T12:00:00Z" } }, null, 2)}` }] }));
add("devtools", ".netrc with machine password; shell cat output", `$ cat ~/.netrc\nmachine git.example.com\n  login deploy-bot\n  password ${j("gl", "pat-", g.u(20))}\nmachine artifacts.example.net login ci password ${g.a(28)}\n`);
add("data", ".pgpass lines; diff adding file", `diff --git a/ops/.pgpass b/ops/.pgpass\nnew file mode 100600\n--- /dev/null\n+++ b/ops/.pgpass\n@@ -0,0 +1,2 @@\n+db-primary.example.net:5432:orders:orders_rw:${g.a(22)}\n+db-replica.example.net:5432:*:readonly:${g.a(18)}\n`);
add("devtools", ".npmrc with _authToken; Dockerfile RUN echo", `FROM node:20\nRUN echo "//registry.example.org/:_authToken=${j("np", "m_", g.a(36))}" > /root/.npmrc && npm ci\n`);
add("devtools", "docker config.json auths (base64 user:pat)", JSON.stringify({ auths: { "registry.example.com": { auth: Buffer.from("ci-bot:" + j("dc", "kr_pat_", g.u(27))).toString("base64") }, "ghcr.example.com": { auth: Buffer.from("octo:" + j("gh", "p_", g.a(36))).toString("base64") } } }, null, 2));
add("data", "JDBC URL with password param in Spring properties", `spring.datasource.url=jdbc:postgresql://pg.example.net:5432/ledger?user=ledger_app&password=${g.a(20)}&ssl=true\nspring.jpa.hibernate.ddl-auto=validate\n`);
add("data", "Redis CLI auth in shell history", `  611  redis-cli -h cache.example.net -p 6380 --tls -a '${g.a(32)}' ping\n  612  redis-cli -h cache.example.net info keyspace\n`);
add("auth", "basic auth credentials in URL (git remote)", `$ git remote -v\norigin\thttps://deploy:${j("gh", "p_", g.a(36))}@git.example.com/acme/api.git (fetch)\norigin\thttps://deploy:...@git.example.com/acme/api.git (push)\n`);
add("auth", "HTTP Basic Authorization header (base64 user:password) in raw request", `POST /v1/charges HTTP/1.1\nHost: pay.example.com\nAuthorization: Basic ${Buffer.from(j("sk", "_live_", "51", g.a(97)) + ":").toString("base64")}\nContent-Type: application/x-www-form-urlencoded\n\namount=2000&currency=usd`);
add("ai", "OpenAI key split across two concatenated JS string literals", `const key = "${j("sk-", "proj-", g.u(60))}" +\n  "${g.u(14)}T3Blb${j("kFJ", g.u(74))}";\nconst openai = new OpenAI({ apiKey: key });\n`);
add("comms", "Slack bot token inside Python crash report locals dict", `Traceback (most recent call last):\n  File "bot.py", line 41, in post\n    client.chat_postMessage(channel=ch, text=t)\nslack_sdk.errors.SlackApiError: channel_not_found\nlocals: {'ch': '#deploys', 'cfg': {'token': '${j("xo", "xb-", g.d(12), "-", g.d(13), "-", g.a(24))}', 'retries': 3}}\n`);
add("payment", "Stripe live key in Jupyter output cell (printed env)", JSON.stringify({ cells: [{ cell_type: "code", source: ["!env | grep STRIPE"], outputs: [{ output_type: "stream", name: "stdout", text: [`STRIPE_SECRET_KEY=${j("sk", "_live_", "51", g.a(97))}\n`, "STRIPE_PRICE_ID=price_1Q" + g.a(22) + "\n"] }] }] }));
add("cloud", "Azure service principal JSON (az ad sp create-for-rbac output) in chat", JSON.stringify({ messages: [{ role: "user", content: `az ad sp create-for-rbac printed:\n{\n  "appId": "${g.uuid()}",\n  "displayName": "gh-deployer",\n  "password": "${j(g.u(3), "8Q", "~", g.u(34))}",\n  "tenant": "${g.uuid()}"\n}\nhow do I put this in GitHub secrets?` }] }));
add("auth", "session cookie (signed express session) in copied fetch()", `fetch("https://admin.example.com/api/users?page=1", {\n  "headers": {\n    "accept": "application/json",\n    "cookie": "connect.sid=s%3A${g.u(32)}.${g.b64(32).replace(/=+$/, "")}; theme=dark"\n  },\n  "method": "GET"\n});`);
add("devtools", "GitHub token in .git/config extraheader (MCP file read)", JSON.stringify({ jsonrpc: "2.0", id: 31, result: { content: [{ type: "text", text: `[core]\n\trepositoryformatversion = 0\n[http "https://git.example.com/"]\n\textraheader = AUTHORIZATION: basic ${Buffer.from("x-access-token:" + j("gh", "s_", g.a(36))).toString("base64")}\n` }] } }));
add("data", "MongoDB URI inside docker-compose environment list", `services:\n  api:\n    image: acme/api:2.3\n    environment:\n      - MONGO_URL=${j("mongodb", "://admin:", g.a(18), "@mongo.example.net:27017/app?authSource=admin")}\n      - PORT=3000\n`);
add("saas", "Notion token in crontab line", `# m h dom mon dow command\n*/15 * * * * NOTION_TOKEN=${j("nt", "n_", g.d(11), g.a(35))} /usr/local/bin/python3 /opt/sync/notion_export.py >> /var/log/notion.log 2>&1\n`);
add("ai", "Anthropic key as CLI positional argument in shell history", `  1201  ./bench.py --provider anthropic --key ${j("sk-", "ant-", "api03-", g.u(93), "AA")} --model claude-haiku\n`);
add("observability", "Datadog API key in datadog.yaml via tool_use edit", JSON.stringify({ type: "tool_use", id: `toolu_01${g.a(24)}`, name: "str_replace", input: { path: "/etc/datadog-agent/datadog.yaml", old_str: "api_key: <REPLACE>", new_str: `api_key: ${g.h(32)}` } }));
add("keys", "PuTTY private key (.ppk) pasted in Markdown", `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy@bastion\nPublic-Lines: 6\n${(g.b(64 * 6).match(/.{64}/g) ?? []).join("\n")}\n${j("Private", "-Lines")}: 14\n${(g.b(64 * 14).match(/.{64}/g) ?? []).join("\n")}\nPrivate-MAC: ${g.h(64)}\n`);

const handcrafted: CorpusCase[] = hk.map((h, i) => ({
  id: `y108-ck-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `${CAT}sec-${h.cat}`,
  label: "positive",
  text: h.text,
  note: h.note,
}));

export const cases: CorpusCase[] = [...rotated, ...handcrafted];
