// Common providers, each rotated twice through language x inner context x outbound envelope.
import type { CorpusCase } from "../types.ts";
import { Gen, rotate, type Spec } from "./_gen.ts";

const g = new Gen(0x115c0);

const B = "Authorization: Bearer ";

const specs: Spec[] = [
  // ai
  { p: "OpenAI", short: "openai", group: "ai", env: "OPENAI_API_KEY", kind: "key", hdr: B, gen: (g) => g.j("sk-", "proj-", g.b64u(74), "T3Blbk", "FJ", g.b64u(74)) },
  { p: "Anthropic", short: "anthropic", group: "ai", env: "ANTHROPIC_API_KEY", kind: "key", hdr: "x-api-key: ", gen: (g) => g.j("sk-", "ant-", "api03-", g.b64u(93), "AA") },
  { p: "Hugging Face", short: "hf", group: "ai", env: "HF_TOKEN", kind: "token", hdr: B, gen: (g) => g.j("h", "f_", g.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")) },
  { p: "Groq", short: "groq", group: "ai", env: "GROQ_API_KEY", kind: "key", hdr: B, gen: (g) => g.j("gs", "k_", g.a(52)) },
  { p: "Gemini", short: "gemini", group: "ai", env: "GEMINI_API_KEY", kind: "key", hdr: "x-goog-api-key: ", gen: (g) => g.j("AI", "za", g.b64u(35)) },
  { p: "DeepSeek", short: "deepseek", group: "ai", env: "DEEPSEEK_API_KEY", kind: "key", hdr: B, gen: (g) => g.j("sk", "-", g.hex(32)) },
  { p: "DashScope (Qwen)", short: "dashscope", group: "ai", env: "DASHSCOPE_API_KEY", kind: "key", hdr: B, gen: (g) => g.j("sk", "-", g.hex(32)) },
  { p: "Zhipu GLM", short: "zhipu", group: "ai", env: "ZHIPUAI_API_KEY", kind: "key", hdr: B, gen: (g) => g.j(g.hex(32), ".", g.a(16)) },
  { p: "Moonshot Kimi", short: "moonshot", group: "ai", env: "MOONSHOT_API_KEY", kind: "key", hdr: B, gen: (g) => g.j("sk", "-", g.a(48)) },
  { p: "OpenRouter", short: "openrouter", group: "ai", env: "OPENROUTER_API_KEY", kind: "key", hdr: B, gen: (g) => g.j("sk-", "or-", "v1-", g.hex(64)) },
  { p: "Mistral", short: "mistral", group: "ai", env: "MISTRAL_API_KEY", kind: "key", hdr: B, gen: (g) => g.a(32) },
  // auth
  {
    p: "Google OAuth", short: "google_oauth", group: "auth", env: "GOOGLE_CLIENT_SECRET", kind: "secret", gen: (g) => g.j("GOC", "SPX-", g.b64u(28)),
    extra: (g) => [["GOOGLE_CLIENT_ID", g.j(g.dig(12), "-", g.low(32), ".apps.googleusercontent.com")]],
  },
  {
    p: "Auth0", short: "auth0", group: "auth", env: "AUTH0_CLIENT_SECRET", kind: "secret", gen: (g) => g.b64u(64),
    extra: (g) => [["AUTH0_DOMAIN", "login.example.com"], ["AUTH0_CLIENT_ID", g.a(32)]],
  },
  { p: "Okta", short: "okta", group: "auth", env: "OKTA_API_TOKEN", kind: "token", hdr: "Authorization: SSWS ", gen: (g) => g.j("0", "0", g.b64u(40)) },
  { p: "JWT signing", short: "jwt", group: "auth", env: "JWT_SECRET", kind: "secret", gen: (g) => g.a(64) },
  { p: "Django", short: "django", group: "auth", env: "DJANGO_SECRET_KEY", kind: "secret", gen: (g) => g.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)") },
  { p: "Clerk", short: "clerk", group: "auth", env: "CLERK_SECRET_KEY", kind: "secret", hdr: B, gen: (g) => g.j("sk", "_live_", g.a(40)) },
  {
    p: "Supabase service role", short: "supabase", group: "auth", env: "SUPABASE_SERVICE_ROLE_KEY", kind: "key", hdr: "apikey: ",
    gen: (g) => g.jwt({ iss: "supabase", ref: g.lower(20), role: "service_role", iat: 1718000000 + g.int(9000000), exp: 2033000000 + g.int(9000000) }),
  },
  { p: "Keycloak", short: "keycloak", group: "auth", env: "KEYCLOAK_CLIENT_SECRET", kind: "secret", gen: (g) => g.a(32), extra: () => [["KEYCLOAK_URL", "https://sso.example.com/realms/prod"]] },
  // cloud
  { p: "AWS", short: "aws", group: "cloud", env: "AWS_SECRET_ACCESS_KEY", kind: "secret", gen: (g) => g.b64(40), extra: (g) => [["AWS_ACCESS_KEY_ID", g.j("AK", "IA", g.b32(16))]] },
  {
    p: "Azure Storage", short: "azure_storage", group: "cloud", env: "AZURE_STORAGE_CONNECTION_STRING", kind: "url",
    gen: (g) => g.j("DefaultEndpointsProtocol=https;AccountName=", g.lower(6), "prod", g.dig(3), ";Account", "Key=", g.b64bytes(64), ";EndpointSuffix=core.windows.net"),
  },
  {
    p: "Azure AD", short: "azure_ad", group: "cloud", env: "AZURE_CLIENT_SECRET", kind: "secret", gen: (g) => g.j(g.a(3), "8Q", "~", g.str(31, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.~")),
    extra: (g) => [["AZURE_TENANT_ID", g.uuid()], ["AZURE_CLIENT_ID", g.uuid()]],
  },
  { p: "Alibaba Cloud", short: "aliyun", group: "cloud", env: "ALIBABA_CLOUD_ACCESS_KEY_SECRET", kind: "secret", gen: (g) => g.a(30), extra: (g) => [["ALIBABA_CLOUD_ACCESS_KEY_ID", g.j("LT", "AI", "5t", g.a(18))]] },
  { p: "Tencent Cloud", short: "tencentcloud", group: "cloud", env: "TENCENTCLOUD_SECRET_KEY", kind: "secret", gen: (g) => g.a(32), extra: (g) => [["TENCENTCLOUD_SECRET_ID", g.j("AK", "ID", g.a(32))]] },
  { p: "DigitalOcean", short: "digitalocean", group: "cloud", env: "DIGITALOCEAN_TOKEN", kind: "token", hdr: B, gen: (g) => g.j("do", "p_v1_", g.hex(64)) },
  { p: "Cloudflare", short: "cloudflare", group: "cloud", env: "CLOUDFLARE_API_TOKEN", kind: "token", hdr: B, gen: (g) => g.b64u(40) },
  { p: "Hetzner Cloud", short: "hcloud", group: "cloud", env: "HCLOUD_TOKEN", kind: "token", hdr: B, gen: (g) => g.a(64) },
  { p: "Yandex Cloud", short: "yandex_cloud", group: "cloud", env: "YC_API_KEY", kind: "key", hdr: "Authorization: Api-Key ", gen: (g) => g.j("AQ", "VN", g.b64u(36)) },
  { p: "Vercel", short: "vercel", group: "cloud", env: "VERCEL_TOKEN", kind: "token", hdr: B, gen: (g) => g.a(24) },
  // comms
  { p: "Slack bot", short: "slack", group: "comms", env: "SLACK_BOT_TOKEN", kind: "token", hdr: B, gen: (g) => g.j("xo", "xb-", g.dig(12), "-", g.dig(13), "-", g.a(24)) },
  { p: "Slack incoming webhook", short: "slack_webhook", group: "comms", env: "SLACK_WEBHOOK_URL", kind: "url", gen: (g) => g.j("https://hooks.", "slack.com/services/", "T", g.up(10), "/B", g.up(10), "/", g.a(24)) },
  { p: "Discord webhook", short: "discord_webhook", group: "comms", env: "DISCORD_WEBHOOK_URL", kind: "url", gen: (g) => g.j("https://discord.com/api/", "webhooks/", g.dig(19), "/", g.b64u(68)) },
  { p: "Telegram bot", short: "telegram", group: "comms", env: "TELEGRAM_BOT_TOKEN", kind: "token", gen: (g) => g.j(g.dig(10), ":", "AA", g.b64u(33)) },
  { p: "SendGrid", short: "sendgrid", group: "comms", env: "SENDGRID_API_KEY", kind: "key", hdr: B, gen: (g) => g.j("S", "G.", g.b64u(22), ".", g.b64u(43)) },
  { p: "Twilio", short: "twilio", group: "comms", env: "TWILIO_AUTH_TOKEN", kind: "token", gen: (g) => g.hex(32), extra: (g) => [["TWILIO_ACCOUNT_SID", g.j("A", "C", g.hex(32))]] },
  { p: "LINE Messaging API", short: "line", group: "comms", env: "LINE_CHANNEL_ACCESS_TOKEN", kind: "token", hdr: B, gen: (g) => g.j(g.b64(171), "=") },
  { p: "DingTalk robot", short: "dingtalk", group: "comms", env: "DINGTALK_WEBHOOK", kind: "url", gen: (g) => g.j("https://oapi.", "dingtalk.com/robot/send?access_token=", g.hex(64)) },
  { p: "WeCom group robot", short: "wecom", group: "comms", env: "WECOM_WEBHOOK_URL", kind: "url", gen: (g) => g.j("https://qyapi.", "weixin.qq.com/cgi-bin/webhook/send?key=", g.uuid()) },
  { p: "Mailgun", short: "mailgun", group: "comms", env: "MAILGUN_API_KEY", kind: "key", gen: (g) => g.j(g.hex(32), "-", g.hex(8), "-", g.hex(8)), extra: () => [["MAILGUN_DOMAIN", "mg.example.com"]] },
  // data
  { p: "PostgreSQL", short: "postgres", group: "data", env: "DATABASE_URL", kind: "url", gen: (g) => `postgresql://app_user:${g.pw()}@db.example.com:5432/app_prod` },
  { p: "MySQL", short: "mysql", group: "data", env: "MYSQL_URL", kind: "url", gen: (g) => `mysql://shop_admin:${g.pw()}@mysql.example.net:3306/shop` },
  { p: "MongoDB", short: "mongodb", group: "data", env: "MONGODB_URI", kind: "url", gen: (g) => `mongodb+srv://admin:${g.a(16)}@cluster0.${g.lower(5)}.example.net/app?retryWrites=true&w=majority` },
  { p: "Redis", short: "redis", group: "data", env: "REDIS_URL", kind: "url", gen: (g) => `redis://default:${g.a(32)}@cache.example.com:6379/0` },
  { p: "Databricks", short: "databricks", group: "data", env: "DATABRICKS_TOKEN", kind: "token", hdr: B, gen: (g) => g.j("dap", "i", g.hex(32)), extra: (g) => [["DATABRICKS_HOST", `https://adb-${g.dig(16)}.example.net`]] },
  { p: "Upstash Redis", short: "upstash", group: "data", env: "UPSTASH_REDIS_REST_TOKEN", kind: "token", hdr: B, gen: (g) => g.j("AY", "kA", g.b64u(68)), extra: (g) => [["UPSTASH_REDIS_REST_URL", `https://eu1-${g.lower(8)}.example.net`]] },
  { p: "Snowflake", short: "snowflake", group: "data", env: "SNOWFLAKE_PASSWORD", kind: "password", gen: (g) => g.pw(), extra: (g) => [["SNOWFLAKE_ACCOUNT", `${g.lower(2)}${g.dig(5)}.eu-central-1`], ["SNOWFLAKE_USER", "ETL_SERVICE"]] },
  // devtools
  { p: "GitHub", short: "github", group: "devtools", env: "GITHUB_TOKEN", kind: "token", hdr: "Authorization: token ", gen: (g) => g.j("gh", "p_", g.a(36)) },
  { p: "GitHub fine-grained", short: "github_pat", group: "devtools", env: "GH_TOKEN", kind: "token", hdr: B, gen: (g) => g.j("github", "_pat_", "11", g.up(20), "_", g.a(59)) },
  { p: "GitLab", short: "gitlab", group: "devtools", env: "GITLAB_TOKEN", kind: "token", hdr: "PRIVATE-TOKEN: ", gen: (g) => g.j("gl", "pat-", g.b64u(20)) },
  { p: "npm", short: "npm", group: "devtools", env: "NPM_TOKEN", kind: "token", gen: (g) => g.j("np", "m_", g.a(36)) },
  { p: "PyPI", short: "pypi", group: "devtools", env: "PYPI_API_TOKEN", kind: "token", gen: (g) => g.j("pypi-", "AgEIcHlwaS5vcmc", g.b64u(140)) },
  { p: "Docker Hub", short: "dockerhub", group: "devtools", env: "DOCKERHUB_TOKEN", kind: "token", gen: (g) => g.j("dckr", "_pat_", g.b64u(27)) },
  { p: "Gitee", short: "gitee", group: "devtools", env: "GITEE_ACCESS_TOKEN", kind: "token", gen: (g) => g.hex(32) },
  { p: "SonarQube", short: "sonar", group: "devtools", env: "SONAR_TOKEN", kind: "token", gen: (g) => g.j("sq", "p_", g.hex(40)) },
  // observability
  { p: "Datadog", short: "datadog", group: "observability", env: "DD_API_KEY", kind: "key", hdr: "DD-API-KEY: ", gen: (g) => g.hex(32) },
  { p: "New Relic", short: "newrelic", group: "observability", env: "NEW_RELIC_API_KEY", kind: "key", hdr: "Api-Key: ", gen: (g) => g.j("NR", "AK-", g.up(27)) },
  { p: "Sentry", short: "sentry", group: "observability", env: "SENTRY_AUTH_TOKEN", kind: "token", hdr: B, gen: (g) => g.j("sntr", "yu_", g.hex(64)) },
  { p: "Grafana", short: "grafana", group: "observability", env: "GRAFANA_SERVICE_ACCOUNT_TOKEN", kind: "token", hdr: B, gen: (g) => g.j("gl", "sa_", g.a(32), "_", g.hex(8)) },
  { p: "Dynatrace", short: "dynatrace", group: "observability", env: "DT_API_TOKEN", kind: "token", hdr: "Authorization: Api-Token ", gen: (g) => g.j("dt0", "c01.", g.up(24), ".", g.up(64)) },
  // payment
  { p: "Stripe", short: "stripe", group: "payment", env: "STRIPE_SECRET_KEY", kind: "secret", hdr: B, gen: (g) => g.j("sk", "_live_", "51", g.a(97)) },
  { p: "Stripe webhook", short: "stripe_webhook", group: "payment", env: "STRIPE_WEBHOOK_SECRET", kind: "secret", gen: (g) => g.j("wh", "sec_", g.a(32)) },
  { p: "Mercado Pago", short: "mercadopago", group: "payment", env: "MP_ACCESS_TOKEN", kind: "token", hdr: B, gen: (g) => g.j("APP", "_USR-", g.dig(16), "-", g.dig(6), "-", g.hex(32), "-", g.dig(9)) },
  { p: "Razorpay", short: "razorpay", group: "payment", env: "RAZORPAY_KEY_SECRET", kind: "secret", gen: (g) => g.a(24), extra: (g) => [["RAZORPAY_KEY_ID", g.j("rz", "p_live_", g.a(14))]] },
  { p: "Paystack", short: "paystack", group: "payment", env: "PAYSTACK_SECRET_KEY", kind: "secret", hdr: B, gen: (g) => g.j("sk", "_live_", g.hex(40)) },
  { p: "Xendit", short: "xendit", group: "payment", env: "XENDIT_SECRET_KEY", kind: "secret", gen: (g) => g.j("xnd", "_production_", g.a(60)) },
  { p: "Midtrans", short: "midtrans", group: "payment", env: "MIDTRANS_SERVER_KEY", kind: "key", gen: (g) => g.j("Mid-", "server-", g.b64u(24)) },
  { p: "iyzico", short: "iyzico", group: "payment", env: "IYZICO_SECRET_KEY", kind: "secret", gen: (g) => g.a(32), extra: () => [["IYZICO_BASE_URL", "https://pay.example.com"]] },
  // saas
  { p: "Shopify Admin", short: "shopify", group: "saas", env: "SHOPIFY_ACCESS_TOKEN", kind: "token", hdr: "X-Shopify-Access-Token: ", gen: (g) => g.j("shp", "at_", g.hex(32)) },
  { p: "Atlassian (Jira)", short: "jira", group: "saas", env: "JIRA_API_TOKEN", kind: "token", gen: (g) => g.j("ATATT", "3xFfGF0", g.b64u(180), "=", g.HEX(8)), extra: () => [["JIRA_EMAIL", "devops@example.com"]] },
  { p: "Notion", short: "notion", group: "saas", env: "NOTION_TOKEN", kind: "token", hdr: B, gen: (g) => g.j("nt", "n_", g.dig(11), g.a(35)) },
  { p: "Airtable", short: "airtable", group: "saas", env: "AIRTABLE_TOKEN", kind: "token", hdr: B, gen: (g) => g.j("pa", "t", g.a(14), ".", g.hex(64)) },
  { p: "HubSpot", short: "hubspot", group: "saas", env: "HUBSPOT_ACCESS_TOKEN", kind: "token", hdr: B, gen: (g) => g.j("pat-", "eu1-", g.uuid()) },
  { p: "Linear", short: "linear", group: "saas", env: "LINEAR_API_KEY", kind: "key", hdr: "Authorization: ", gen: (g) => g.j("lin", "_api_", g.a(40)) },
  { p: "Figma", short: "figma", group: "saas", env: "FIGMA_TOKEN", kind: "token", hdr: "X-Figma-Token: ", gen: (g) => g.j("fig", "d_", g.b64u(40)) },
  { p: "Chatwork", short: "chatwork", group: "saas", env: "CHATWORK_API_TOKEN", kind: "token", hdr: "X-ChatWorkToken: ", gen: (g) => g.hex(32) },
];

export const cases: CorpusCase[] = rotate(g, specs, 2, "y115-c");
