// The usual cloud, AI, payment, devtools, data and SaaS keys an app or game team still meets,
// rotated through the shared renderers.
import type { CorpusCase } from "../types.ts";
import { B64, BEARER, J, LO, one, Rng, build, type Spec } from "./_gen.ts";

const r = new Rng(0x127c0001);
const AZ = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-";

const specs: Spec[] = [
  // ai
  one("OpenAI project key", "ai", "OPENAI_API_KEY", (r) => J("sk-", "proj-", r.b64u(74), "T3Blbk", "FJ", r.b64u(74)), BEARER),
  one("OpenAI service-account key", "ai", "OPENAI_API_KEY", (r) => J("sk-", "svcacct-", r.b64u(74), "T3Blbk", "FJ", r.b64u(74)), BEARER),
  one("Anthropic API key", "ai", "ANTHROPIC_API_KEY", (r) => J("sk-", "ant-api03-", r.b64u(93), "AA"), "x-api-key: {v}"),
  one("Anthropic admin key", "ai", "ANTHROPIC_ADMIN_KEY", (r) => J("sk-", "ant-admin01-", r.b64u(93), "AA"), "x-api-key: {v}"),
  one("Gemini API key (server slot)", "ai", "GEMINI_API_KEY", (r) => J("AI", "za", r.b64u(35)), "x-goog-api-key: {v}"),
  one("Groq API key", "ai", "GROQ_API_KEY", (r) => J("gs", "k_", r.an(52)), BEARER),
  one("Hugging Face token", "ai", "HF_TOKEN", (r) => J("h", "f_", r.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")), BEARER),
  one("Replicate API token", "ai", "REPLICATE_API_TOKEN", (r) => J("r8", "_", r.an(37)), BEARER),
  one("Mistral API key", "ai", "MISTRAL_API_KEY", (r) => r.an(32), BEARER),
  one("Cohere API key", "ai", "CO_API_KEY", (r) => r.an(40), BEARER),
  one("OpenRouter key", "ai", "OPENROUTER_API_KEY", (r) => J("sk-", "or-v1-", r.hex(64)), BEARER),
  one("DeepSeek key", "ai", "DEEPSEEK_API_KEY", (r) => J("sk-", r.hex(32)), BEARER),
  one("xAI key", "ai", "XAI_API_KEY", (r) => J("xa", "i-", r.an(80)), BEARER),
  one("Deepgram key", "ai", "DEEPGRAM_API_KEY", (r) => r.hex(40), "Authorization: Token {v}"),
  one("Azure OpenAI key", "ai", "AZURE_OPENAI_API_KEY", (r) => r.hex(32), "api-key: {v}"),
  one("LangSmith service key", "ai", "LANGSMITH_API_KEY", (r) => J("lsv2", "_sk_", r.hex(32), "_", r.hex(10)), "x-api-key: {v}"),
  one("Pinecone key", "ai", "PINECONE_API_KEY", (r) => J("pc", "sk_", r.an(5), "_", r.an(63)), "Api-Key: {v}"),
  // cloud
  { p: "AWS access key pair", g: "cloud", kv: (r) => [["AWS_ACCESS_KEY_ID", J("AK", "IA", r.b32(16))], ["AWS_SECRET_ACCESS_KEY", r.str(40, B64)]] },
  {
    p: "AWS STS temporary credentials",
    g: "cloud",
    kv: (r) => [["AWS_ACCESS_KEY_ID", J("AS", "IA", r.b32(16))], ["AWS_SECRET_ACCESS_KEY", r.str(40, B64)], ["AWS_SESSION_TOKEN", J("IQoJb3JpZ2lu", "X2Vj", r.str(340, B64))]],
    main: 1,
  },
  one("Azure storage connection string", "cloud", "AZURE_STORAGE_CONNECTION_STRING", (r) => J("DefaultEndpointsProtocol=https;AccountName=pocketassets", r.lo(4), ";Account", "Key=", r.b64bytes(64), ";EndpointSuffix=core.windows.net")),
  { p: "Microsoft Entra client secret", g: "cloud", kv: (r) => [["AZURE_CLIENT_ID", r.uuid()], ["AZURE_CLIENT_SECRET", J(r.an(3), "8Q", "~", r.str(37, AZ))]] },
  one("Cloudflare API token", "cloud", "CLOUDFLARE_API_TOKEN", (r) => r.b64u(40), BEARER),
  { p: "Cloudflare R2 S3 credentials", g: "cloud", kv: (r) => [["R2_ACCESS_KEY_ID", r.hex(32)], ["R2_SECRET_ACCESS_KEY", r.hex(64)]] },
  one("DigitalOcean token", "cloud", "DIGITALOCEAN_TOKEN", (r) => J("do", "p_v1_", r.hex(64)), BEARER),
  one("Heroku API key", "cloud", "HEROKU_API_KEY", (r) => J("HR", "KU-AA", r.b64u(58)), BEARER),
  one("Vercel token", "cloud", "VERCEL_TOKEN", (r) => r.an(24), BEARER),
  one("Netlify PAT", "cloud", "NETLIFY_AUTH_TOKEN", (r) => J("nf", "p_", r.an(36)), BEARER),
  one("Fly.io token", "cloud", "FLY_API_TOKEN", (r) => J("Fly", "V1 fm2_", r.str(180, B64)), "Authorization: {v}"),
  { p: "Alibaba Cloud AccessKey", g: "cloud", kv: (r) => [["ALIBABA_CLOUD_ACCESS_KEY_ID", J("LT", "AI5t", r.an(18))], ["ALIBABA_CLOUD_ACCESS_KEY_SECRET", r.an(30)]] },
  { p: "Backblaze B2 application key", g: "cloud", kv: (r) => [["B2_APPLICATION_KEY_ID", J("005", r.hex(22))], ["B2_APPLICATION_KEY", J("K0", "05", r.an(27))]] },
  // payment
  one("Stripe secret key", "payment", "STRIPE_SECRET_KEY", (r) => J("sk", "_live_", r.an(99)), BEARER),
  one("Stripe restricted key", "payment", "STRIPE_RESTRICTED_KEY", (r) => J("rk", "_live_", r.an(99)), BEARER),
  one("Stripe webhook signing secret", "payment", "STRIPE_WEBHOOK_SECRET", (r) => J("wh", "sec_", r.an(32))),
  { p: "PayPal REST credentials", g: "payment", kv: (r) => [["PAYPAL_CLIENT_ID", J("A", r.b64u(79))], ["PAYPAL_CLIENT_SECRET", J("E", r.b64u(79))]] },
  { p: "Braintree private key", g: "payment", kv: (r) => [["BT_MERCHANT_ID", r.lo(16)], ["BT_PUBLIC_KEY", r.lo(16)], ["BT_PRIVATE_KEY", r.hex(32)]] },
  one("Square access token", "payment", "SQUARE_ACCESS_TOKEN", (r) => J("EA", "AA", r.b64u(60)), BEARER),
  one("Adyen API key", "payment", "ADYEN_API_KEY", (r) => J("AQ", "E", r.an(5), "mfx", r.str(60, B64), "=-", r.str(43, B64), "=-", r.b64u(16)), "X-API-Key: {v}"),
  { p: "Razorpay key secret", g: "payment", kv: (r) => [["RAZORPAY_KEY_ID", J("rz", "p_live_", r.an(14))], ["RAZORPAY_KEY_SECRET", r.an(24)]] },
  one("Paystack secret key", "payment", "PAYSTACK_SECRET_KEY", (r) => J("sk", "_live_", r.hex(40)), BEARER),
  // devtools
  one("GitHub classic PAT", "devtools", "GITHUB_TOKEN", (r) => J("gh", "p_", r.an(36)), "Authorization: token {v}"),
  one("GitHub fine-grained PAT", "devtools", "GH_TOKEN", (r) => J("github", "_pat_", r.an(22), "_", r.an(59)), BEARER),
  one("GitLab PAT", "devtools", "GITLAB_TOKEN", (r) => J("gl", "pat-", r.b64u(20)), "PRIVATE-TOKEN: {v}"),
  one("npm automation token", "devtools", "NPM_TOKEN", (r) => J("np", "m_", r.an(36)), BEARER),
  one("NuGet API key", "devtools", "NUGET_API_KEY", (r) => J("oy", "2", r.lo(43)), "X-NuGet-ApiKey: {v}"),
  one("CocoaPods trunk token", "devtools", "COCOAPODS_TRUNK_TOKEN", (r) => r.hex(32), "Authorization: Token {v}"),
  one("Azure DevOps PAT", "devtools", "AZURE_DEVOPS_EXT_PAT", (r) => r.str(52, J(LO, "234567"))),
  one("Terraform Cloud token", "devtools", "TF_TOKEN_app_terraform_io", (r) => J(r.an(14), ".atlas", "v1.", r.an(67)), BEARER),
  one("Tailscale auth key", "devtools", "TS_AUTHKEY", (r) => J("tskey", "-auth-", r.an(11), "CNTRL-", r.an(33))),
  // comms / data / saas / observability
  one("Slack bot token", "comms", "SLACK_BOT_TOKEN", (r) => J("xo", "xb-", r.dig(12), "-", r.dig(13), "-", r.an(24)), BEARER),
  one("Slack incoming webhook", "comms", "SLACK_WEBHOOK_URL", (r) => J("https://hooks.slack.com/services/T", r.up(10), "/B", r.up(10), "/", r.an(24))),
  { p: "Twilio auth token", g: "comms", kv: (r) => [["TWILIO_ACCOUNT_SID", J("AC", r.hex(32))], ["TWILIO_AUTH_TOKEN", r.hex(32)]] },
  one("SendGrid API key", "comms", "SENDGRID_API_KEY", (r) => J("S", "G.", r.b64u(22), ".", r.b64u(43)), BEARER),
  one("Postmark server token", "comms", "POSTMARK_SERVER_TOKEN", (r) => r.uuid(), "X-Postmark-Server-Token: {v}"),
  one("Resend API key", "comms", "RESEND_API_KEY", (r) => J("r", "e_", r.an(8), "_", r.an(24)), BEARER),
  one("Postgres URL with password", "data", "DATABASE_URL", (r) => J("postgres://game_api:", r.pw().replace(/[#@%*!]/g, "x"), "@db-primary.example.com:5432/arena?sslmode=require")),
  one("MongoDB SRV URI with password", "data", "MONGODB_URI", (r) => J("mongodb+srv://pocket-app:", r.an(16), "@cluster0.", r.lo(5), ".example.net/pocket?retryWrites=true&w=majority")),
  one("Redis TLS URL with password", "data", "REDIS_URL", (r) => J("rediss://default:", r.an(32), "@cache.example.com:6380/0")),
  one("PlanetScale password", "data", "DATABASE_PASSWORD", (r) => J("pscale", "_pw_", r.b64u(43))),
  { p: "Algolia admin key", g: "data", kv: (r) => [["ALGOLIA_APP_ID", r.up(10)], ["ALGOLIA_ADMIN_API_KEY", r.hex(32)]] },
  one("Shopify Admin API token", "saas", "SHOPIFY_ADMIN_TOKEN", (r) => J("shp", "at_", r.hex(32)), "X-Shopify-Access-Token: {v}"),
  one("Notion integration token", "saas", "NOTION_TOKEN", (r) => J("nt", "n_", r.an(46)), BEARER),
  one("Figma PAT", "saas", "FIGMA_TOKEN", (r) => J("fi", "gd_", r.b64u(40)), "X-Figma-Token: {v}"),
  one("Linear API key", "saas", "LINEAR_API_KEY", (r) => J("lin", "_api_", r.an(40)), "Authorization: {v}"),
  { p: "Datadog API + app key", g: "observability", kv: (r) => [["DD_API_KEY", r.hex(32)], ["DD_APP_KEY", r.hex(40)]], main: 0 },
  one("New Relic user key", "observability", "NEW_RELIC_API_KEY", (r) => J("NR", "AK-", r.up(27)), "Api-Key: {v}"),
  one("Grafana service account token", "observability", "GRAFANA_TOKEN", (r) => J("gl", "sa_", r.an(32), "_", r.hex(8)), BEARER),
];

export const cases: CorpusCase[] = build({ prefix: "c", specs, r, label: "positive", offset: 0 });
