// heldout-y30 positives: common providers, each rendered twice through rotating contexts, plus
// handcrafted cases (key material, URLs with credentials, multi-part credentials).
import type { CorpusCase } from "../types.ts";
import { AN, B32, B64U, build, DG, Gen, HEX, j, LO, LOAN, UP, UPAN, type Spec } from "./_gen.ts";

const cat = (g: string) => `heldouty30-sec-${g}`;

const specs: Spec[] = [
  // ai
  { p: "OpenAI project key", g: "ai", k: "OPENAI_API_KEY", host: "api.openai.com", v: (r) => j("sk-", "proj-", r.b64u(74), "T3Blbk", "FJ", r.b64u(74)) },
  { p: "OpenAI service account key", g: "ai", k: "OPENAI_API_KEY", host: "api.openai.com", v: (r) => j("sk-", "svcacct-", r.b64u(74), "T3Blbk", "FJ", r.b64u(74)) },
  { p: "OpenAI admin key", g: "ai", k: "OPENAI_ADMIN_KEY", host: "api.openai.com", v: (r) => j("sk-", "admin-", r.b64u(58), "T3Blbk", "FJ", r.b64u(58)) },
  { p: "Anthropic API key", g: "ai", k: "ANTHROPIC_API_KEY", h: "x-api-key", host: "api.anthropic.com", v: (r) => j("sk-", "ant-api03-", r.b64u(93), "AA") },
  { p: "Anthropic admin key", g: "ai", k: "ANTHROPIC_ADMIN_KEY", h: "x-api-key", host: "api.anthropic.com", v: (r) => j("sk-", "ant-admin01-", r.b64u(93), "AA") },
  { p: "Hugging Face user access token", g: "ai", k: "HF_TOKEN", host: "huggingface.co", v: (r) => j("h", "f_", r.str(34, UP + LO)) },
  { p: "Groq API key", g: "ai", k: "GROQ_API_KEY", host: "api.groq.com", v: (r) => j("gs", "k_", r.an(52)) },
  { p: "Replicate API token", g: "ai", k: "REPLICATE_API_TOKEN", host: "api.replicate.com", v: (r) => j("r8", "_", r.an(37)) },
  { p: "Perplexity API key", g: "ai", k: "PERPLEXITY_API_KEY", host: "api.perplexity.ai", v: (r) => j("pp", "lx-", r.an(48)) },
  { p: "Google Gemini API key", g: "ai", k: "GEMINI_API_KEY", h: "x-goog-api-key", host: "generativelanguage.googleapis.com", v: (r) => j("AI", "za", "Sy", r.b64u(33)) },
  { p: "xAI API key", g: "ai", k: "XAI_API_KEY", host: "api.x.ai", v: (r) => j("xa", "i-", r.an(80)) },
  { p: "OpenRouter API key", g: "ai", k: "OPENROUTER_API_KEY", host: "openrouter.ai", v: (r) => j("sk-", "or-v1-", r.hex(64)) },
  { p: "Mistral API key", g: "ai", k: "MISTRAL_API_KEY", host: "api.mistral.ai", v: (r) => r.an(32) },
  { p: "Cohere API key", g: "ai", k: "COHERE_API_KEY", host: "api.cohere.com", v: (r) => r.an(40) },
  { p: "Pinecone API key", g: "ai", k: "PINECONE_API_KEY", h: "Api-Key", host: "api.pinecone.io", v: (r) => j("pc", "sk_", r.an(5), "_", r.an(63)) },
  { p: "LangSmith personal token", g: "ai", k: "LANGSMITH_API_KEY", h: "x-api-key", host: "api.smith.langchain.com", v: (r) => j("lsv2", "_pt_", r.hex(32), "_", r.hex(10)) },
  { p: "Weights & Biases API key", g: "ai", k: "WANDB_API_KEY", host: "api.wandb.ai", v: (r) => r.hex(40) },
  { p: "DeepSeek API key", g: "ai", k: "DEEPSEEK_API_KEY", host: "api.deepseek.com", v: (r) => j("sk-", r.hex(32)) },
  // auth
  { p: "Okta API token", g: "auth", k: "OKTA_API_TOKEN", h: "Authorization: SSWS", host: "acme.okta.com", v: (r) => j("00", r.b64u(40)) },
  { p: "Auth0 client secret", g: "auth", k: "AUTH0_CLIENT_SECRET", host: "acme.eu.auth0.com", v: (r) => r.b64u(64) },
  { p: "Google OAuth client secret", g: "auth", k: "GOOGLE_CLIENT_SECRET", host: "oauth2.googleapis.com", v: (r) => j("GOC", "SPX-", r.b64u(28)) },
  { p: "Google OAuth refresh token", g: "auth", k: "GOOGLE_REFRESH_TOKEN", host: "oauth2.googleapis.com", v: (r) => j("1/", "/0", r.b64u(101)) },
  { p: "Azure AD client secret", g: "auth", k: "AZURE_CLIENT_SECRET", host: "login.microsoftonline.com", v: (r) => j(r.an(3), "8Q", "~", r.str(31, AN + "_.~-")) },
  { p: "Clerk secret key", g: "auth", k: "CLERK_SECRET_KEY", host: "api.clerk.com", v: (r) => j("sk", "_live_", r.an(42)) },
  { p: "JWT signing secret (HS256)", g: "auth", k: "JWT_SECRET", v: (r) => r.b64bytes(48) },
  // cloud
  { p: "AWS secret access key", g: "cloud", k: "AWS_SECRET_ACCESS_KEY", v: (r) => r.str(40, AN + "/+") },
  { p: "AWS access key id", g: "cloud", k: "AWS_ACCESS_KEY_ID", v: (r) => j("AK", "IA", r.str(16, B32)) },
  { p: "Azure storage account key", g: "cloud", k: "AZURE_STORAGE_KEY", v: (r) => r.b64bytes(64) },
  { p: "Azure storage connection string", g: "cloud", k: "AZURE_STORAGE_CONNECTION_STRING", v: (r) => j("DefaultEndpointsProtocol=https;AccountName=", r.lo(10), ";Account", "Key=", r.b64bytes(64), ";EndpointSuffix=core.windows.net") },
  { p: "DigitalOcean personal access token", g: "cloud", k: "DIGITALOCEAN_TOKEN", host: "api.digitalocean.com", v: (r) => j("do", "p_v1_", r.hex(64)) },
  { p: "Cloudflare API token", g: "cloud", k: "CLOUDFLARE_API_TOKEN", host: "api.cloudflare.com", v: (r) => r.b64u(40) },
  { p: "Heroku API key", g: "cloud", k: "HEROKU_API_KEY", host: "api.heroku.com", v: (r) => j("HR", "KU-AA", r.b64u(58)) },
  { p: "Vercel access token", g: "cloud", k: "VERCEL_TOKEN", host: "api.vercel.com", v: (r) => r.an(24) },
  { p: "Netlify personal access token", g: "cloud", k: "NETLIFY_AUTH_TOKEN", host: "api.netlify.com", v: (r) => j("nf", "p_", r.an(36)) },
  { p: "Fly.io deploy token", g: "cloud", k: "FLY_API_TOKEN", host: "api.machines.dev", v: (r) => j("Fly", "V1 fm2_", r.b64u(150), ",fm2_", r.b64u(120)) },
  { p: "Terraform Cloud token", g: "cloud", k: "TFE_TOKEN", host: "app.terraform.io", v: (r) => j(r.an(14), ".atlas", "v1.", r.an(67)) },
  { p: "HashiCorp Vault service token", g: "cloud", k: "VAULT_TOKEN", h: "X-Vault-Token", host: "vault.internal:8200", v: (r) => j("hv", "s.", r.b64u(90)) },
  { p: "Doppler service token", g: "cloud", k: "DOPPLER_TOKEN", host: "api.doppler.com", v: (r) => j("dp", ".st.", "prd.", r.an(43)) },
  // comms
  { p: "Slack bot token", g: "comms", k: "SLACK_BOT_TOKEN", host: "slack.com", v: (r) => j("xo", "xb-", r.dig(12), "-", r.dig(13), "-", r.an(24)) },
  { p: "Slack user token", g: "comms", k: "SLACK_USER_TOKEN", host: "slack.com", v: (r) => j("xo", "xp-", r.dig(12), "-", r.dig(12), "-", r.dig(13), "-", r.hex(32)) },
  { p: "Slack app-level token", g: "comms", k: "SLACK_APP_TOKEN", host: "slack.com", v: (r) => j("xa", "pp-1-A", r.up(10), "-", r.dig(13), "-", r.hex(64)) },
  { p: "Slack incoming webhook", g: "comms", k: "SLACK_WEBHOOK_URL", v: (r) => j("https://hooks.", "slack.com/services/T", r.up(10), "/B", r.up(10), "/", r.an(24)) },
  { p: "Discord bot token", g: "comms", k: "DISCORD_BOT_TOKEN", h: "Authorization: Bot", host: "discord.com", v: (r) => j(Buffer.from(r.dig(18)).toString("base64").replace(/=+$/, ""), ".", r.b64u(6), ".", r.b64u(38)) },
  { p: "Discord webhook", g: "comms", k: "DISCORD_WEBHOOK_URL", v: (r) => j("https://discord.com/api/", "webhooks/", r.dig(19), "/", r.b64u(68)) },
  { p: "Telegram bot token", g: "comms", k: "TELEGRAM_BOT_TOKEN", host: "api.telegram.org", v: (r) => j(r.dig(10), ":AA", r.b64u(33)) },
  { p: "Twilio auth token", g: "comms", k: "TWILIO_AUTH_TOKEN", host: "api.twilio.com", v: (r) => r.hex(32) },
  { p: "Twilio API key secret", g: "comms", k: "TWILIO_API_SECRET", host: "api.twilio.com", v: (r) => r.an(32) },
  { p: "SendGrid API key", g: "comms", k: "SENDGRID_API_KEY", host: "api.sendgrid.com", v: (r) => j("S", "G.", r.b64u(22), ".", r.b64u(43)) },
  { p: "Mailgun API key", g: "comms", k: "MAILGUN_API_KEY", host: "api.mailgun.net", v: (r) => j(r.hex(32), "-", r.hex(8), "-", r.hex(8)) },
  { p: "Mailchimp API key", g: "comms", k: "MAILCHIMP_API_KEY", host: "us21.api.mailchimp.com", v: (r) => j(r.hex(32), "-us", String(r.range(1, 21))) },
  // data
  { p: "PostgreSQL URL with password", g: "data", k: "DATABASE_URL", v: (r) => j("postgres", "ql://app_user:", r.an(24), "@db-", r.lo(6), ".prod.internal:5432/app") },
  { p: "MongoDB Atlas SRV URL", g: "data", k: "MONGODB_URI", v: (r) => j("mongodb", "+srv://svc_", r.word(), ":", r.an(20), "@cluster0.", r.lo(5), ".mongodb.net/app?retryWrites=true&w=majority") },
  { p: "Redis URL with password", g: "data", k: "REDIS_URL", v: (r) => j("redis", "s://default:", r.an(32), "@redis-", r.dig(5), ".c1.us-east-1-2.ec2.cloud.redislabs.com:", String(r.range(10000, 19999))) },
  { p: "PlanetScale password", g: "data", k: "DATABASE_PASSWORD", v: (r) => j("pscale", "_pw_", r.b64u(43)) },
  { p: "Supabase service role key", g: "data", k: "SUPABASE_SERVICE_ROLE_KEY", h: "apikey", host: "xyzcompany.supabase.co", v: (r) => r.jwt({ iss: "supabase", ref: r.lo(20), role: "service_role", iat: 1730000000, exp: 2045576000 }) },
  { p: "Databricks personal access token", g: "data", k: "DATABRICKS_TOKEN", host: "adb-123.azuredatabricks.net", v: (r) => j("da", "pi", r.hex(32)) },
  { p: "Snowflake password", g: "data", k: "SNOWFLAKE_PASSWORD", v: (r) => j(r.an(10), "!", r.an(8), "#", r.dig(3)) },
  { p: "Upstash Redis REST token", g: "data", k: "UPSTASH_REDIS_REST_TOKEN", host: "eu1-smart-gnu-12345.upstash.io", v: (r) => j("A", r.an(3), "AAIj", r.b64u(60)) },
  // devtools
  { p: "GitHub classic PAT", g: "devtools", k: "GITHUB_TOKEN", host: "api.github.com", v: (r) => j("gh", "p_", r.an(36)) },
  { p: "GitHub fine-grained PAT", g: "devtools", k: "GH_TOKEN", host: "api.github.com", v: (r) => j("github", "_pat_11", r.up(20), "_", r.an(59)) },
  { p: "GitHub OAuth token", g: "devtools", k: "GITHUB_OAUTH_TOKEN", host: "api.github.com", v: (r) => j("gh", "o_", r.an(36)) },
  { p: "GitHub App installation token", g: "devtools", k: "GITHUB_APP_TOKEN", host: "api.github.com", v: (r) => j("gh", "s_", r.an(36)) },
  { p: "GitLab PAT", g: "devtools", k: "GITLAB_TOKEN", h: "PRIVATE-TOKEN", host: "gitlab.com", v: (r) => j("gl", "pat-", r.b64u(20)) },
  { p: "GitLab runner token", g: "devtools", k: "CI_RUNNER_TOKEN", host: "gitlab.com", v: (r) => j("gl", "rt-", r.b64u(20)) },
  { p: "npm access token", g: "devtools", k: "NPM_TOKEN", host: "registry.npmjs.org", v: (r) => j("np", "m_", r.an(36)) },
  { p: "PyPI API token", g: "devtools", k: "PYPI_API_TOKEN", host: "upload.pypi.org", v: (r) => j("py", "pi-", "AgEIcHlwaS5vcmc", r.b64u(140)) },
  { p: "Docker Hub PAT", g: "devtools", k: "DOCKERHUB_TOKEN", host: "hub.docker.com", v: (r) => j("dc", "kr_pat_", r.b64u(27)) },
  { p: "Bitbucket app password", g: "devtools", k: "BITBUCKET_APP_PASSWORD", host: "api.bitbucket.org", v: (r) => j("AT", "BB", r.an(32), r.uhex(8)) },
  { p: "Atlassian API token", g: "devtools", k: "JIRA_API_TOKEN", host: "acme.atlassian.net", v: (r) => j("ATA", "TT3xFfGF0", r.b64u(180), "=", r.uhex(8)) },
  { p: "Postman API key", g: "devtools", k: "POSTMAN_API_KEY", h: "X-Api-Key", host: "api.getpostman.com", v: (r) => j("PM", "AK-", r.hex(24), "-", r.hex(34)) },
  { p: "CircleCI personal token", g: "devtools", k: "CIRCLECI_TOKEN", h: "Circle-Token", host: "circleci.com", v: (r) => j("CCI", "PAT_", r.an(22), "_", r.hex(40)) },
  { p: "Linear API key", g: "devtools", k: "LINEAR_API_KEY", h: "Authorization", host: "api.linear.app", v: (r) => j("lin", "_api_", r.an(40)) },
  // observability
  { p: "Datadog API key", g: "observability", k: "DD_API_KEY", h: "DD-API-KEY", host: "api.datadoghq.com", v: (r) => r.hex(32) },
  { p: "Datadog application key", g: "observability", k: "DD_APP_KEY", h: "DD-APPLICATION-KEY", host: "api.datadoghq.com", v: (r) => r.hex(40) },
  { p: "New Relic user API key", g: "observability", k: "NEW_RELIC_API_KEY", h: "Api-Key", host: "api.newrelic.com", v: (r) => j("NR", "AK-", r.str(27, UPAN)) },
  { p: "New Relic license key", g: "observability", k: "NEW_RELIC_LICENSE_KEY", v: (r) => j(r.hex(36), "NR", "AL") },
  { p: "Sentry user auth token", g: "observability", k: "SENTRY_AUTH_TOKEN", host: "sentry.io", v: (r) => j("sntr", "yu_", r.hex(64)) },
  { p: "Grafana service account token", g: "observability", k: "GRAFANA_TOKEN", host: "acme.grafana.net", v: (r) => j("gl", "sa_", r.an(32), "_", r.hex(8)) },
  // payment
  { p: "Stripe live secret key", g: "payment", k: "STRIPE_SECRET_KEY", host: "api.stripe.com", v: (r) => j("sk", "_live_", "51", r.an(97)) },
  { p: "Stripe restricted key", g: "payment", k: "STRIPE_RESTRICTED_KEY", host: "api.stripe.com", v: (r) => j("rk", "_live_", "51", r.an(97)) },
  { p: "Stripe webhook signing secret", g: "payment", k: "STRIPE_WEBHOOK_SECRET", v: (r) => j("wh", "sec_", r.an(32)) },
  { p: "Square production access token", g: "payment", k: "SQUARE_ACCESS_TOKEN", host: "connect.squareup.com", v: (r) => j("EA", "AA", r.b64u(60)) },
  { p: "PayPal REST client secret", g: "payment", k: "PAYPAL_CLIENT_SECRET", host: "api-m.paypal.com", v: (r) => j("E", r.b64u(79)) },
  { p: "Braintree production access token", g: "payment", k: "BRAINTREE_ACCESS_TOKEN", v: (r) => j("access_token", "$production$", r.lo(16), "$", r.hex(32)) },
  { p: "Shopify admin API access token", g: "payment", k: "SHOPIFY_ACCESS_TOKEN", h: "X-Shopify-Access-Token", host: "acme.myshopify.com", v: (r) => j("shp", "at_", r.hex(32)) },
  { p: "Plaid secret", g: "payment", k: "PLAID_SECRET", host: "production.plaid.com", v: (r) => r.hex(30) },
  // saas
  { p: "Notion integration token", g: "saas", k: "NOTION_TOKEN", host: "api.notion.com", v: (r) => j("nt", "n_", r.dig(11), r.an(35)) },
  { p: "Airtable PAT", g: "saas", k: "AIRTABLE_TOKEN", host: "api.airtable.com", v: (r) => j("pat", r.an(14), ".", r.hex(64)) },
  { p: "HubSpot private app token", g: "saas", k: "HUBSPOT_ACCESS_TOKEN", host: "api.hubapi.com", v: (r) => j("pat-", "na1-", r.uuid()) },
  { p: "Figma PAT", g: "saas", k: "FIGMA_TOKEN", h: "X-Figma-Token", host: "api.figma.com", v: (r) => j("fig", "d_", r.b64u(40)) },
  { p: "Contentful management token", g: "saas", k: "CONTENTFUL_MANAGEMENT_TOKEN", host: "api.contentful.com", v: (r) => j("CFP", "AT-", r.b64u(43)) },
  { p: "Algolia admin API key", g: "saas", k: "ALGOLIA_ADMIN_KEY", h: "X-Algolia-API-Key", host: "ABC123-dsn.algolia.net", v: (r) => r.hex(32) },
  { p: "Mapbox secret token", g: "saas", k: "MAPBOX_SECRET_TOKEN", host: "api.mapbox.com", v: (r) => j("sk", ".eyJ1Ijoi", r.b64u(40), "In0.", r.b64u(22)) },
  { p: "LaunchDarkly server SDK key", g: "saas", k: "LAUNCHDARKLY_SDK_KEY", h: "Authorization", host: "app.launchdarkly.com", v: (r) => j("sd", "k-", r.uuid()) },
  { p: "PostHog personal API key", g: "saas", k: "POSTHOG_PERSONAL_API_KEY", host: "us.posthog.com", v: (r) => j("ph", "x_", r.an(47)) },
  { p: "Dropbox access token", g: "saas", k: "DROPBOX_ACCESS_TOKEN", host: "api.dropboxapi.com", v: (r) => j("s", "l.", r.b64u(138)) },
  { p: "Zendesk API token", g: "saas", k: "ZENDESK_API_TOKEN", v: (r) => r.an(40) },
  { p: "Asana PAT", g: "saas", k: "ASANA_ACCESS_TOKEN", host: "app.asana.com", v: (r) => j("2/", r.dig(16), "/", r.dig(16), ":", r.hex(32)) },
];

void LO; void LOAN; void DG; void HEX; void B64U;

// handcrafted: key material and multi-part credentials
function handcrafted(): CorpusCase[] {
  const r = new Gen(30_101);
  const pemBody = (n: number) => { const b = r.b64bytes(n); return (b.match(/.{1,64}/g) ?? []).join("\n"); };
  const rsa = j("-----BEGIN RSA ", "PRIVATE KEY-----\n", "MIIEpAIBAAKCAQEA", pemBody(1180), "\n-----END RSA ", "PRIVATE KEY-----");
  const p8 = j("-----BEGIN ", "PRIVATE KEY-----\n", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC", pemBody(1200), "\n-----END ", "PRIVATE KEY-----");
  const ec = j("-----BEGIN EC ", "PRIVATE KEY-----\n", "MHcCAQEEI", pemBody(90), "\n-----END EC ", "PRIVATE KEY-----");
  const ossh = j("-----BEGIN OPENSSH ", "PRIVATE KEY-----\n", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", pemBody(300), "\n-----END OPENSSH ", "PRIVATE KEY-----");
  const pgp = j("-----BEGIN PGP ", "PRIVATE KEY BLOCK-----\n\n", "lQdGBF", pemBody(900), "\n=", r.b64(4), "\n-----END PGP ", "PRIVATE KEY BLOCK-----");
  const sa = JSON.stringify({ type: "service_account", project_id: `acme-${r.word()}-prod`, private_key_id: r.hex(40), private_key: p8 + "\n", client_email: `deployer@acme-prod.iam.gserviceaccount.com`, client_id: r.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }, null, 2);
  const ageKey = j("AGE-SECRET", "-KEY-1", r.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".toUpperCase()));
  const wg = r.b64bytes(32);
  const ethKey = j("0x", r.hex(64));
  const akid = j("AK", "IA", r.str(16, B32));
  const asid = j("AS", "IA", r.str(16, B32));
  const c: Array<[string, string, string, string]> = [
    ["keys", "RSA private key; PEM; tool_use write_file", "", JSON.stringify({ type: "tool_use", id: `toolu_01${r.an(22)}`, name: "write_file", input: { path: "deploy/keys/id_rsa", content: rsa + "\n" } })],
    ["keys", "PKCS#8 private key; PEM; pasted into chat body", "", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `why does openssl say "bad decrypt" on this key?\n\n${p8}` }] })],
    ["keys", "EC private key; PEM; shell heredoc", "", `cat > /etc/nginx/certs/api.key <<'EOF'\n${ec}\nEOF\nchmod 600 /etc/nginx/certs/api.key`],
    ["keys", "OpenSSH private key; CI secret echoed in log", "", `2026-03-14T10:22:01Z Run webfactory/ssh-agent@v0.9.0\n2026-03-14T10:22:01Z Adding private key to agent\n${ossh.split("\n").map((l) => "2026-03-14T10:22:01Z " + l).join("\n")}\n2026-03-14T10:22:02Z Identity added`],
    ["keys", "PGP private key block; MCP tool result", "", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: pgp }] } })],
    ["keys", "GCP service account JSON; private_key; write_file", "", JSON.stringify({ name: "write_file", arguments: JSON.stringify({ path: "secrets/gcp-sa.json", content: sa }) })],
    ["keys", "age secret key; keys.txt pasted", "", `# created: 2026-02-10T09:12:44Z\n# public key: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${ageKey}\n`],
    ["keys", "WireGuard private key; wg0.conf", "", `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${wg}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${r.b64bytes(32)}\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0\n`],
    ["keys", "Ethereum wallet private key; Hardhat config", "", `require("@nomicfoundation/hardhat-toolbox");\n\nmodule.exports = {\n  solidity: "0.8.24",\n  networks: {\n    mainnet: {\n      url: "https://eth-mainnet.g.alchemy.com/v2/" + process.env.ALCHEMY_KEY,\n      accounts: ["${ethKey}"],\n    },\n  },\n};\n`],
    ["cloud", "AWS key pair; ~/.aws/credentials in chat body", "", JSON.stringify({ messages: [{ role: "user", content: `here's my credentials file, which profile is used by default?\n\n[default]\naws_access_key_id = ${akid}\naws_secret_access_key = ${r.str(40, AN + "/+")}\nregion = us-east-1\n` }] })],
    ["cloud", "AWS STS session credentials; aws sts output via MCP", "", JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: JSON.stringify({ Credentials: { AccessKeyId: asid, SecretAccessKey: r.str(40, AN + "/+"), SessionToken: j("IQoJb3JpZ2luX2Vj", r.b64(360)), Expiration: "2026-04-01T12:00:00Z" } }, null, 2) }] } })],
    ["cloud", "Azure SAS token; URL in azcopy command", "", `azcopy copy ./dist "https://acmeprodassets.blob.core.windows.net/web?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacup&se=2027-01-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(r.b64bytes(32))}" --recursive`],
    ["data", "MySQL password; .my.cnf", "", `[client]\nuser=root\npassword=${r.an(20)}\nhost=mysql-primary.prod.internal\n`],
    ["data", "PostgreSQL .pgpass line", "", `db-main.prod.internal:5432:app:app_rw:${r.an(26)}\n`],
    ["auth", "basic auth in git remote URL; shell", "", `$ git remote -v\norigin\thttps://deploy-bot:${j("gh", "p_", r.an(36))}@github.com/acme/infra.git (fetch)\norigin\thttps://deploy-bot:...@github.com/acme/infra.git (push)`],
    ["auth", ".netrc password", "", `machine api.heroku.com\n  login ops@acme.io\n  password ${r.uuid()}\nmachine git.heroku.com\n  login ops@acme.io\n  password ${r.uuid()}\n`],
    ["devtools", "npm token; .npmrc", "", `//registry.npmjs.org/:_authToken=${j("np", "m_", r.an(36))}\n@acme:registry=https://npm.pkg.github.com\n`],
    ["devtools", "Docker registry auth; ~/.docker/config.json", "", JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from(`acme-ci:${j("gh", "p_", r.an(36))}`).toString("base64") } } }, null, 2)],
    ["comms", "Twilio SID + auth token; curl -u", "", `curl -X POST "https://api.twilio.com/2010-04-01/Accounts/AC${r.hex(32)}/Messages.json" \\\n  --data-urlencode "To=+15558675310" --data-urlencode "Body=build done" \\\n  -u AC${r.hex(32)}:${r.hex(32)}`],
    ["auth", "session cookie secret; Express code", "", `app.use(session({\n  secret: "${r.b64u(48)}",\n  resave: false,\n  saveUninitialized: false,\n  cookie: { secure: true, maxAge: 86400000 },\n}));`],
  ];
  return c.map(([g, note, , text], i) => ({ id: `y30-ck-${String(i + 1).padStart(3, "0")}`, kind: "secrets" as const, category: cat(g), label: "positive" as const, text, note }));
}

export const cases: CorpusCase[] = [...build("y30-c", cat, specs, 30_001, 2, 0).slice(0, 130), ...handcrafted()];
