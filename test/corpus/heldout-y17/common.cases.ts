// heldout-y17: common providers, each rendered twice through rotating contexts, plus handcrafted.
import type { CorpusCase } from "../types.ts";
import { A, B64, D, Gen, H, HU, L, LO, U, UR, B32, build, type Spec } from "./_gen.ts";

const r = new Gen(0x17c0);
const P = (...p: string[]) => p.join("");

const specs: Spec[] = [
  // ai
  { g: "ai", p: "OpenAI project key", slot: "OPENAI_API_KEY", host: "api.openai.com", v: (r) => P("sk-", "proj-", r.s(58, UR), "T3Blbk", "FJ", r.s(58, UR)) },
  { g: "ai", p: "OpenAI service account key", slot: "OPENAI_API_KEY", host: "api.openai.com", v: (r) => P("sk-", "svcacct-", r.s(58, UR), "T3Blbk", "FJ", r.s(58, UR)) },
  { g: "ai", p: "OpenAI admin key", slot: "OPENAI_ADMIN_KEY", host: "api.openai.com", v: (r) => P("sk-", "admin-", r.s(58, UR), "T3Blbk", "FJ", r.s(58, UR)) },
  { g: "ai", p: "Anthropic API key", slot: "ANTHROPIC_API_KEY", host: "api.anthropic.com", h: "x-api-key: {}", v: (r) => P("sk-", "ant-", "api03-", r.s(93, UR), "AA") },
  { g: "ai", p: "Anthropic admin key", slot: "ANTHROPIC_ADMIN_KEY", host: "api.anthropic.com", h: "x-api-key: {}", v: (r) => P("sk-", "ant-", "admin01-", r.s(93, UR), "AA") },
  { g: "ai", p: "Hugging Face user access token", slot: "HF_TOKEN", host: "huggingface.co", v: (r) => P("h", "f_", r.s(34, A)) },
  { g: "ai", p: "Groq API key", slot: "GROQ_API_KEY", host: "api.groq.com", v: (r) => P("gs", "k_", r.s(52, A)) },
  { g: "ai", p: "Replicate API token", slot: "REPLICATE_API_TOKEN", host: "api.replicate.com", v: (r) => P("r8", "_", r.s(37, A)) },
  { g: "ai", p: "Perplexity API key", slot: "PERPLEXITY_API_KEY", host: "api.perplexity.ai", v: (r) => P("pp", "lx-", r.s(48, A)) },
  { g: "ai", p: "Google Gemini API key", slot: "GEMINI_API_KEY", host: "generativelanguage.googleapis.com", h: "x-goog-api-key: {}", v: (r) => P("AI", "za", r.s(35, UR)) },
  { g: "ai", p: "xAI API key", slot: "XAI_API_KEY", host: "api.x.ai", v: (r) => P("xa", "i-", r.s(80, A)) },
  { g: "ai", p: "OpenRouter API key", slot: "OPENROUTER_API_KEY", host: "openrouter.ai", v: (r) => P("sk-", "or-", "v1-", r.s(64, H)) },
  { g: "ai", p: "Mistral API key", slot: "MISTRAL_API_KEY", host: "api.mistral.ai", v: (r) => r.s(32, A) },
  { g: "ai", p: "Cohere API key", slot: "COHERE_API_KEY", host: "api.cohere.com", v: (r) => r.s(40, A) },
  { g: "ai", p: "LangSmith personal token", slot: "LANGSMITH_API_KEY", host: "api.smith.langchain.com", h: "x-api-key: {}", v: (r) => P("lsv2", "_pt_", r.s(32, H), "_", r.s(10, H)) },
  { g: "ai", p: "Pinecone API key", slot: "PINECONE_API_KEY", host: "api.pinecone.io", h: "Api-Key: {}", v: (r) => P("pc", "sk_", r.s(5, A), "_", r.s(62, UR)) },
  { g: "ai", p: "Weights & Biases API key", slot: "WANDB_API_KEY", host: "api.wandb.ai", h: "Authorization: Basic {}", v: (r) => r.s(40, H) },
  { g: "ai", p: "Azure OpenAI key", slot: "AZURE_OPENAI_API_KEY", host: "acme-eastus.openai.azure.com", h: "api-key: {}", v: (r) => r.s(32, H) },
  // auth
  { g: "auth", p: "Okta API token", slot: "OKTA_API_TOKEN", host: "acme.okta.com", h: "Authorization: SSWS {}", v: (r) => P("00", r.s(40, UR)) },
  { g: "auth", p: "Auth0 client secret", slot: "AUTH0_CLIENT_SECRET", host: "acme.us.auth0.com", v: (r) => r.s(64, UR) },
  { g: "auth", p: "Google OAuth client secret", slot: "GOOGLE_CLIENT_SECRET", host: "oauth2.googleapis.com", v: (r) => P("GOCS", "PX-", r.s(28, UR)) },
  { g: "auth", p: "Google OAuth refresh token", slot: "GOOGLE_REFRESH_TOKEN", host: "oauth2.googleapis.com", v: (r) => P("1", "//0", r.s(2, A), r.s(100, UR)) },
  { g: "auth", p: "JWT signing secret", slot: "JWT_SECRET", host: "auth.internal.acme.io", v: (r) => r.s(64, H) },
  { g: "auth", p: "Session cookie secret", slot: "SESSION_SECRET", host: "app.acme.io", v: (r) => r.b64(48) },
  { g: "auth", p: "Clerk secret key", slot: "CLERK_SECRET_KEY", host: "api.clerk.com", v: (r) => P("sk_", "live_", r.s(40, A)) },
  // cloud
  { g: "cloud", p: "AWS secret access key", slot: "AWS_SECRET_ACCESS_KEY", host: "s3.amazonaws.com", v: (r) => r.s(40, `${A}/+`) },
  { g: "cloud", p: "AWS access key id (long-term)", slot: "AWS_ACCESS_KEY_ID", host: "sts.amazonaws.com", v: (r) => P("AK", "IA", r.s(16, B32)) },
  { g: "cloud", p: "Azure storage connection string", slot: "AZURE_STORAGE_CONNECTION_STRING", host: "acmedata.blob.core.windows.net", v: (r) => P("DefaultEndpointsProtocol=https;AccountName=acmedata", r.s(3, D), ";Account", "Key=", r.b64(64), ";EndpointSuffix=core.windows.net") },
  { g: "cloud", p: "Azure AD client secret", slot: "AZURE_CLIENT_SECRET", host: "login.microsoftonline.com", v: (r) => P(r.s(3, A), "8Q~", r.s(34, `${A}_.~-`)) },
  { g: "cloud", p: "DigitalOcean personal access token", slot: "DIGITALOCEAN_TOKEN", host: "api.digitalocean.com", v: (r) => P("dop", "_v1_", r.s(64, H)) },
  { g: "cloud", p: "Cloudflare API token", slot: "CLOUDFLARE_API_TOKEN", host: "api.cloudflare.com", v: (r) => r.s(40, UR) },
  { g: "cloud", p: "Heroku API key", slot: "HEROKU_API_KEY", host: "api.heroku.com", v: (r) => P("HRKU", "-AA", r.s(58, UR)) },
  { g: "cloud", p: "Vercel access token", slot: "VERCEL_TOKEN", host: "api.vercel.com", v: (r) => r.s(24, A) },
  { g: "cloud", p: "Netlify personal access token", slot: "NETLIFY_AUTH_TOKEN", host: "api.netlify.com", v: (r) => P("nf", "p_", r.s(36, A)) },
  { g: "cloud", p: "Fly.io token", slot: "FLY_API_TOKEN", host: "api.fly.io", v: (r) => P("Fly", "V1 ", "fm2_", r.s(120, `${A}+/`), "==") },
  { g: "cloud", p: "Supabase service role key (new format)", slot: "SUPABASE_SECRET_KEY", host: "acme.supabase.co", h: "apikey: {}", v: (r) => P("sb_", "secret_", r.s(32, UR)) },
  // comms
  { g: "comms", p: "Slack bot token", slot: "SLACK_BOT_TOKEN", host: "slack.com", v: (r) => P("xo", "xb-", r.s(12, D), "-", r.s(13, D), "-", r.s(24, A)) },
  { g: "comms", p: "Slack user token", slot: "SLACK_USER_TOKEN", host: "slack.com", v: (r) => P("xo", "xp-", r.s(12, D), "-", r.s(12, D), "-", r.s(13, D), "-", r.s(32, H)) },
  { g: "comms", p: "Slack incoming webhook", slot: "SLACK_WEBHOOK_URL", host: "hooks.slack.com", v: (r) => P("https://hooks.", "slack.com/services/T", r.s(10, U), "/B", r.s(10, U), "/", r.s(24, A)) },
  { g: "comms", p: "Discord bot token", slot: "DISCORD_BOT_TOKEN", host: "discord.com", h: "Authorization: Bot {}", v: (r) => P("MT", r.s(24, A), ".", r.s(6, UR), ".", r.s(38, UR)) },
  { g: "comms", p: "Discord webhook", slot: "DISCORD_WEBHOOK_URL", host: "discord.com", v: (r) => P("https://discord.com/api/", "webhooks/", r.s(19, D), "/", r.s(68, UR)) },
  { g: "comms", p: "Telegram bot token", slot: "TELEGRAM_BOT_TOKEN", host: "api.telegram.org", v: (r) => P(r.s(10, D), ":AA", r.s(33, UR)) },
  { g: "comms", p: "Twilio auth token", slot: "TWILIO_AUTH_TOKEN", host: "api.twilio.com", h: "Authorization: Basic {}", v: (r) => r.s(32, H) },
  { g: "comms", p: "Twilio API key secret", slot: "TWILIO_API_SECRET", host: "api.twilio.com", v: (r) => r.s(32, A) },
  { g: "comms", p: "SendGrid API key", slot: "SENDGRID_API_KEY", host: "api.sendgrid.com", v: (r) => P("SG", ".", r.s(22, UR), ".", r.s(43, UR)) },
  { g: "comms", p: "Mailgun API key", slot: "MAILGUN_API_KEY", host: "api.mailgun.net", h: "Authorization: Basic {}", v: (r) => P("key", "-", r.s(32, H)) },
  { g: "comms", p: "Mailchimp API key", slot: "MAILCHIMP_API_KEY", host: "us21.api.mailchimp.com", v: (r) => P(r.s(32, H), "-us", String(r.range(1, 21))) },
  { g: "comms", p: "Postmark server token", slot: "POSTMARK_SERVER_TOKEN", host: "api.postmarkapp.com", h: "X-Postmark-Server-Token: {}", v: (r) => r.uuid() },
  { g: "comms", p: "Resend API key", slot: "RESEND_API_KEY", host: "api.resend.com", v: (r) => P("r", "e_", r.s(8, A), "_", r.s(24, A)) },
  // data
  { g: "data", p: "Postgres URL with password", slot: "DATABASE_URL", host: "db.acme.internal", v: (r) => P("postgres", "ql://app_user:", r.s(24, A), "@prod-db.cluster-c", r.s(10, L), ".us-east-1.rds.amazonaws.com:5432/app") },
  { g: "data", p: "MongoDB Atlas SRV URI", slot: "MONGODB_URI", host: "cluster0.mongodb.net", v: (r) => P("mongodb", "+srv://svc_app:", r.s(20, A), "@cluster0.", r.s(5, L), ".mongodb.net/prod?retryWrites=true&w=majority") },
  { g: "data", p: "Redis URL with password", slot: "REDIS_URL", host: "redis.acme.internal", v: (r) => P("redi", "ss://default:", r.s(32, A), "@redis-", r.s(5, D), ".c", r.s(3, D), ".eu-west-1-2.ec2.cloud.redislabs.com:", r.s(5, D)) },
  { g: "data", p: "PlanetScale password", slot: "DATABASE_PASSWORD", host: "aws.connect.psdb.cloud", v: (r) => P("pscale", "_pw_", r.s(43, UR)) },
  { g: "data", p: "Neon connection string", slot: "NEON_DATABASE_URL", host: "ep-cool-lab.neon.tech", v: (r) => P("postgresql://neondb_owner:", "npg_", r.s(12, A), "@ep-", r.pick(["cool", "quiet", "bold"]), "-", r.s(8, LO), "-", r.s(8, L), ".us-east-2.aws.neon.tech/neondb?sslmode=require") },
  { g: "data", p: "Snowflake password", slot: "SNOWFLAKE_PASSWORD", host: "acme-xy12345.snowflakecomputing.com", v: (r) => r.s(20, `${A}!#%`) },
  { g: "data", p: "Databricks personal access token", slot: "DATABRICKS_TOKEN", host: "adb-1234.azuredatabricks.net", v: (r) => P("dap", "i", r.s(32, H)) },
  { g: "data", p: "Upstash Redis REST token", slot: "UPSTASH_REDIS_REST_TOKEN", host: "eu1-warm-fox.upstash.io", v: (r) => P("AX", r.s(4, A), "AAIjcD", r.s(60, A)) },
  // devtools
  { g: "devtools", p: "GitHub classic PAT", slot: "GITHUB_TOKEN", host: "api.github.com", v: (r) => P("gh", "p_", r.s(36, A)) },
  { g: "devtools", p: "GitHub fine-grained PAT", slot: "GH_TOKEN", host: "api.github.com", v: (r) => P("github", "_pat_", r.s(22, A), "_", r.s(59, A)) },
  { g: "devtools", p: "GitHub OAuth token", slot: "GITHUB_OAUTH_TOKEN", host: "api.github.com", v: (r) => P("gh", "o_", r.s(36, A)) },
  { g: "devtools", p: "GitLab PAT", slot: "GITLAB_TOKEN", host: "gitlab.com", h: "PRIVATE-TOKEN: {}", v: (r) => P("gl", "pat-", r.s(20, UR)) },
  { g: "devtools", p: "npm automation token", slot: "NPM_TOKEN", host: "registry.npmjs.org", v: (r) => P("np", "m_", r.s(36, A)) },
  { g: "devtools", p: "PyPI upload token", slot: "PYPI_API_TOKEN", host: "upload.pypi.org", v: (r) => P("pypi", "-AgEIcHlwaS5vcmc", r.s(120, UR)) },
  { g: "devtools", p: "Docker Hub PAT", slot: "DOCKERHUB_TOKEN", host: "hub.docker.com", v: (r) => P("dck", "r_pat_", r.s(27, UR)) },
  { g: "devtools", p: "Terraform Cloud token", slot: "TFE_TOKEN", host: "app.terraform.io", v: (r) => P(r.s(14, A), ".atlas", "v1.", r.s(67, A)) },
  { g: "devtools", p: "HashiCorp Vault token", slot: "VAULT_TOKEN", host: "vault.acme.internal:8200", h: "X-Vault-Token: {}", v: (r) => P("hv", "s.", r.s(90, UR)) },
  { g: "devtools", p: "Doppler service token", slot: "DOPPLER_TOKEN", host: "api.doppler.com", v: (r) => P("dp", ".st.", "prd.", r.s(43, A)) },
  { g: "devtools", p: "Bitbucket app password", slot: "BITBUCKET_APP_PASSWORD", host: "api.bitbucket.org", v: (r) => P("ATBB", r.s(32, A), r.s(8, HU)) },
  { g: "devtools", p: "CircleCI personal token", slot: "CIRCLECI_TOKEN", host: "circleci.com", h: "Circle-Token: {}", v: (r) => P("CCI", "PAT_", r.s(22, A), "_", r.s(40, H)) },
  // observability
  { g: "observability", p: "Datadog API key", slot: "DD_API_KEY", host: "api.datadoghq.com", h: "DD-API-KEY: {}", v: (r) => r.s(32, H) },
  { g: "observability", p: "Datadog application key", slot: "DD_APP_KEY", host: "api.datadoghq.com", h: "DD-APPLICATION-KEY: {}", v: (r) => r.s(40, H) },
  { g: "observability", p: "New Relic user API key", slot: "NEW_RELIC_API_KEY", host: "api.newrelic.com", h: "Api-Key: {}", v: (r) => P("NR", "AK-", r.s(27, U)) },
  { g: "observability", p: "Sentry auth token", slot: "SENTRY_AUTH_TOKEN", host: "sentry.io", v: (r) => P("sntry", "u_", r.s(64, H)) },
  { g: "observability", p: "Grafana service account token", slot: "GRAFANA_TOKEN", host: "acme.grafana.net", v: (r) => P("gl", "sa_", r.s(32, A), "_", r.s(8, H)) },
  // payment
  { g: "payment", p: "Stripe secret key", slot: "STRIPE_SECRET_KEY", host: "api.stripe.com", v: (r) => P("sk", "_live_", r.s(99, A)) },
  { g: "payment", p: "Stripe restricted key", slot: "STRIPE_API_KEY", host: "api.stripe.com", v: (r) => P("rk", "_live_", r.s(99, A)) },
  { g: "payment", p: "Stripe webhook signing secret", slot: "STRIPE_WEBHOOK_SECRET", host: "api.stripe.com", v: (r) => P("wh", "sec_", r.s(32, A)) },
  { g: "payment", p: "Square access token", slot: "SQUARE_ACCESS_TOKEN", host: "connect.squareup.com", v: (r) => P("EAAA", "l", r.s(59, UR)) },
  { g: "payment", p: "PayPal client secret", slot: "PAYPAL_CLIENT_SECRET", host: "api-m.paypal.com", v: (r) => P("E", r.s(79, UR)) },
  { g: "payment", p: "Braintree private key", slot: "BRAINTREE_PRIVATE_KEY", host: "api.braintreegateway.com", v: (r) => r.s(32, H) },
  { g: "payment", p: "Shopify Admin API access token", slot: "SHOPIFY_ACCESS_TOKEN", host: "acme-store.myshopify.com", h: "X-Shopify-Access-Token: {}", v: (r) => P("shp", "at_", r.s(32, H)) },
  { g: "payment", p: "Adyen API key", slot: "ADYEN_API_KEY", host: "checkout-live.adyen.com", h: "X-API-Key: {}", v: (r) => P("AQE", r.s(3, A), "mfxK", r.s(90, `${A}+/`), "=") },
  // saas
  { g: "saas", p: "Atlassian API token", slot: "JIRA_API_TOKEN", host: "acme.atlassian.net", h: "Authorization: Basic {}", v: (r) => P("ATA", "TT3xFfGF0", r.s(180, UR), "=", r.s(8, HU)) },
  { g: "saas", p: "Linear API key", slot: "LINEAR_API_KEY", host: "api.linear.app", h: "Authorization: {}", v: (r) => P("lin", "_api_", r.s(40, A)) },
  { g: "saas", p: "Notion integration secret", slot: "NOTION_TOKEN", host: "api.notion.com", v: (r) => P("nt", "n_", r.s(11, D), r.s(35, A)) },
  { g: "saas", p: "Airtable personal access token", slot: "AIRTABLE_TOKEN", host: "api.airtable.com", v: (r) => P("pat", r.s(14, A), ".", r.s(64, H)) },
  { g: "saas", p: "Figma personal access token", slot: "FIGMA_TOKEN", host: "api.figma.com", h: "X-Figma-Token: {}", v: (r) => P("fig", "d_", r.s(40, UR)) },
  { g: "saas", p: "HubSpot private app token", slot: "HUBSPOT_ACCESS_TOKEN", host: "api.hubapi.com", v: (r) => P("pat", "-na1-", r.uuid()) },
  { g: "saas", p: "Postman API key", slot: "POSTMAN_API_KEY", host: "api.getpostman.com", h: "X-Api-Key: {}", v: (r) => P("PMAK", "-", r.s(24, H), "-", r.s(34, H)) },
  { g: "saas", p: "Contentful management token", slot: "CONTENTFUL_MANAGEMENT_TOKEN", host: "api.contentful.com", v: (r) => P("CF", "PAT-", r.s(43, UR)) },
  { g: "saas", p: "Algolia admin API key", slot: "ALGOLIA_ADMIN_KEY", host: "acme-dsn.algolia.net", h: "X-Algolia-API-Key: {}", v: (r) => r.s(32, H) },
  { g: "saas", p: "Mapbox secret token", slot: "MAPBOX_SECRET_TOKEN", host: "api.mapbox.com", v: (r) => P("s", "k.eyJ1Ijoi", r.s(30, A), "iwiYSI6I", r.s(20, A), ".", r.s(22, UR)) },
  { g: "saas", p: "Dropbox access token", slot: "DROPBOX_ACCESS_TOKEN", host: "api.dropboxapi.com", v: (r) => P("sl", ".u.", r.s(140, UR)) },
  { g: "saas", p: "1Password service account token", slot: "OP_SERVICE_ACCOUNT_TOKEN", host: "my.1password.com", v: (r) => P("ops", "_eyJ", r.s(200, A)) },
];

// every spec once, then every other spec a second time through a different renderer
const gen = [...build(specs, r, "y17-c", "heldouty17-sec", "positive", 1, 0, 1), ...build(specs.filter((_, i) => i % 2 === 0), r, "y17-c", "heldouty17-sec", "positive", 1, 17, specs.length + 1)];

// handcrafted: key material, multi-part credentials, unusual slots
const PEMH = (t: string) => P("-----BEGIN ", t, " KEY-----");
const PEMF = (t: string) => P("-----END ", t, " KEY-----");
const pemBody = (n: number) => (r.b64(n).match(/.{1,64}/g) ?? []).join("\n");
const ak = () => P("AK", "IA", r.s(16, B32));
const as = () => r.s(40, `${A}/+`);
const hand: [string, string, string][] = [
  ["keys", "RSA private key pasted in chat (JSON-escaped)", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `ssh keeps saying 'invalid format' for this key, can you check it?\n\n${PEMH("RSA PRIVATE")}\n${pemBody(1190)}\n${PEMF("RSA PRIVATE")}\n` }] })],
  ["keys", "OpenSSH private key written by tool call", JSON.stringify({ type: "tool_use", id: `toolu_01${r.s(22)}`, name: "write_file", input: { path: "/home/dev/.ssh/id_ed25519", content: `${PEMH("OPENSSH PRIVATE")}\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACD${r.s(40, `${A}+/`)}\n${pemBody(180)}\n${PEMF("OPENSSH PRIVATE")}\n` } })],
  ["keys", "EC private key in Kubernetes secret", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-signer\ntype: Opaque\nstringData:\n  signer.pem: |\n    ${PEMH("EC PRIVATE")}\n    MHcCAQEEI${r.s(43, `${A}+/`)}\n    oAoGCCqGSM49AwEHoUQDQgAE${r.s(40, `${A}+/`)}\n    ${r.s(46, `${A}+/`)}==\n    ${PEMF("EC PRIVATE")}\n`],
  ["keys", "PKCS#8 private key in GCP service account JSON", JSON.stringify({ type: "service_account", project_id: `acme-prod-${r.s(6, D)}`, private_key_id: r.s(40, H), private_key: `${PEMH("PRIVATE")}\nMIIEv${r.s(59, `${A}+/`)}\n${pemBody(900)}\n${PEMF("PRIVATE")}\n`, client_email: `deployer@acme-prod.iam.gserviceaccount.com`, client_id: r.s(21, D), token_uri: "https://oauth2.googleapis.com/token" }, null, 2)],
  ["keys", "PGP private key block in shell heredoc", `gpg --batch --import <<'EOF'\n-----BEGIN PGP PRIVATE ${"KEY"} BLOCK-----\n\nlQOYBG${r.s(58, `${A}+/`)}\n${pemBody(600)}\n=${r.s(4, `${A}+/`)}\n-----END PGP PRIVATE ${"KEY"} BLOCK-----\nEOF`],
  ["keys", "age secret key in sops config", `# ~/.config/sops/age/keys.txt\n# created: 2026-03-02T10:11:12Z\n# public key: age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${P("AGE-SECRET-", "KEY-1")}${r.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}\n`],
  ["cloud", "AWS key pair in ~/.aws/credentials via MCP result", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: `[default]\naws_access_key_id = ${ak()}\naws_secret_access_key = ${as()}\nregion = us-west-2\n` }] } })],
  ["cloud", "AWS STS session credentials in CI log", `2026-05-11T09:12:44.1020000Z + aws sts assume-role --role-arn arn:aws:iam::${r.s(12, D)}:role/deploy --role-session-name ci\n2026-05-11T09:12:45.3310000Z {\n2026-05-11T09:12:45.3310000Z     "Credentials": {\n2026-05-11T09:12:45.3310000Z         "AccessKeyId": "${P("AS", "IA", r.s(16, B32))}",\n2026-05-11T09:12:45.3310000Z         "SecretAccessKey": "${as()}",\n2026-05-11T09:12:45.3310000Z         "SessionToken": "IQoJb3JpZ2luX2VjE${r.s(300, `${A}+/`)}",\n2026-05-11T09:12:45.3310000Z         "Expiration": "2026-05-11T10:12:45+00:00"\n2026-05-11T09:12:45.3310000Z     }\n2026-05-11T09:12:45.3310000Z }`],
  ["cloud", "GCP API key in curl query", `curl "https://translation.googleapis.com/language/translate/v2?key=${P("AI", "za", r.s(35, UR))}" -d '{"q":"hello","target":"de"}'`],
  ["cloud", "Azure SAS URL in python", `BLOB_URL = (\n    "https://acmebackups.blob.core.windows.net/db-dumps/2026-05-01.sql.gz"\n    "?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacup&se=2027-01-01T00:00:00Z&st=2026-05-01T00:00:00Z"\n    "&spr=https&sig=${encodeURIComponent(r.b64(32))}"\n)\nurllib.request.urlretrieve(BLOB_URL, "dump.sql.gz")`],
  ["data", "MySQL DSN in Go code", `db, err := sql.Open("mysql", "app:${r.s(22, A)}@tcp(mysql-prod.acme.internal:3306)/orders?parseTime=true")\nif err != nil {\n\tlog.Fatal(err)\n}`],
  ["data", ".pgpass file", `# ~/.pgpass\nprod-db.acme.internal:5432:app:app_owner:${r.s(26, A)}\nreplica.acme.internal:5432:*:readonly:${r.s(20, A)}\n`],
  ["auth", ".netrc written by shell tool", JSON.stringify({ tool_calls: [{ id: `call_${r.s(24)}`, type: "function", function: { name: "bash", arguments: JSON.stringify({ command: `printf 'machine api.heroku.com\\n  login ops@acme.io\\n  password ${r.uuid()}\\nmachine git.acme.io\\n  login ci\\n  password ${r.s(30, A)}\\n' > ~/.netrc && chmod 600 ~/.netrc` }) } }] })],
  ["auth", "Basic auth in git remote URL (shell)", `$ git remote set-url origin https://deploy-bot:${P("gh", "p_", r.s(36, A))}@github.com/acme/infra.git\n$ git push origin main`],
  ["devtools", ".npmrc with auth token", `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${P("gh", "p_", r.s(36, A))}\n//registry.npmjs.org/:_authToken=${P("np", "m_", r.s(36, A))}\nalways-auth=true\n`],
  ["devtools", "docker config.json auths", JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from(`acme-ci:${P("gh", "p_", r.s(36, A))}`).toString("base64") }, "https://index.docker.io/v1/": { auth: Buffer.from(`acmebot:${P("dck", "r_pat_", r.s(27, UR))}`).toString("base64") } } }, null, 2)],
  ["payment", "Stripe key as CLI positional arg", `$ stripe listen --api-key ${P("sk", "_live_", r.s(99, A))} --forward-to localhost:4242/webhook`],
  ["comms", "Slack app-level token in Python", `from slack_bolt.adapter.socket_mode import SocketModeHandler\n\nhandler = SocketModeHandler(app, "${P("xa", "pp-1-A", r.s(10, U), "-", r.s(13, D), "-", r.s(64, H))}")\nhandler.start()`],
];
const hc: CorpusCase[] = hand.map(([g, note, text], i) => ({
  id: `y17-ck-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty17-sec-${g}`,
  label: "positive",
  text,
  note,
}));

export const cases: CorpusCase[] = [...gen, ...hc];
