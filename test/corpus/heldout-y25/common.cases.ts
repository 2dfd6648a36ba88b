// heldout-y25 common providers: each token rendered once or twice through rotating contexts, plus
// handcrafted key-material cases. Values built at run time (seeded), never stored literally.
import type { CorpusCase } from "../types.ts";
import { AN, B64, DG, Gen, HX, HXU, LAN, LO, UAN, UP, URLS, build, type Spec } from "./_gen.ts";

const B = "Authorization: Bearer $V";
const specs: Spec[] = [
  // ai
  { provider: "OpenAI project key", group: "ai", slot: "OPENAI_API_KEY", gen: (g) => g.t(["sk-", "proj-"], 74, URLS) + ["T3Blbk", "FJ"].join("") + g.s(74, URLS), host: "api.openai.com" },
  { provider: "OpenAI service account key", group: "ai", slot: "OPENAI_API_KEY", gen: (g) => g.t(["sk-", "svcacct-"], 74, URLS) + ["T3Blbk", "FJ"].join("") + g.s(74, URLS), host: "api.openai.com" },
  { provider: "OpenAI admin key", group: "ai", slot: "OPENAI_ADMIN_KEY", gen: (g) => g.t(["sk-", "admin-"], 74, URLS) + ["T3Blbk", "FJ"].join("") + g.s(74, URLS), host: "api.openai.com" },
  { provider: "Anthropic API key", group: "ai", slot: "ANTHROPIC_API_KEY", gen: (g) => g.t(["sk-", "ant-", "api03-"], 93, URLS) + "AA", hdr: "x-api-key: $V", host: "api.anthropic.com" },
  { provider: "Anthropic admin key", group: "ai", slot: "ANTHROPIC_ADMIN_KEY", gen: (g) => g.t(["sk-", "ant-", "admin01-"], 93, URLS) + "AA", hdr: "x-api-key: $V", host: "api.anthropic.com" },
  { provider: "Hugging Face token", group: "ai", slot: "HF_TOKEN", gen: (g) => g.t(["h", "f_"], 34, UP + LO), host: "huggingface.co" },
  { provider: "Cohere", group: "ai", slot: "COHERE_API_KEY", gen: (g) => g.s(40) },
  { provider: "Mistral", group: "ai", slot: "MISTRAL_API_KEY", gen: (g) => g.s(32) , host: "api.mistral.ai" },
  { provider: "Groq", group: "ai", slot: "GROQ_API_KEY", gen: (g) => g.t(["gs", "k_"], 52), host: "api.groq.com" },
  { provider: "Replicate", group: "ai", slot: "REPLICATE_API_TOKEN", gen: (g) => g.t(["r8", "_"], 37) },
  { provider: "Perplexity", group: "ai", slot: "PERPLEXITY_API_KEY", gen: (g) => g.t(["pp", "lx-"], 48), host: "api.perplexity.ai" },
  { provider: "Google Gemini", group: "ai", slot: "GEMINI_API_KEY", gen: (g) => g.t(["AI", "za"], 35, URLS), hdr: "x-goog-api-key: $V", host: "generativelanguage.googleapis.com" },
  { provider: "xAI", group: "ai", slot: "XAI_API_KEY", gen: (g) => g.t(["xa", "i-"], 80), host: "api.x.ai" },
  { provider: "OpenRouter", group: "ai", slot: "OPENROUTER_API_KEY", gen: (g) => g.t(["sk-", "or-", "v1-"], 64, HX), host: "openrouter.ai" },
  { provider: "Pinecone", group: "ai", slot: "PINECONE_API_KEY", gen: (g) => g.t(["pc", "sk_"], 5) + "_" + g.s(63), hdr: "Api-Key: $V" },
  { provider: "LangSmith", group: "ai", slot: "LANGSMITH_API_KEY", gen: (g) => g.t(["lsv2", "_pt_"], 32, HX) + "_" + g.hex(10), hdr: "x-api-key: $V", host: "api.smith.langchain.com" },
  { provider: "Weights & Biases", group: "ai", slot: "WANDB_API_KEY", gen: (g) => g.hex(40), host: "api.wandb.ai" },
  // auth
  { provider: "Okta API token", group: "auth", slot: "OKTA_API_TOKEN", gen: (g) => g.t(["0", "0"], 40, URLS), hdr: "Authorization: SSWS $V", host: "acme.okta.com" },
  { provider: "Auth0 client secret", group: "auth", slot: "AUTH0_CLIENT_SECRET", gen: (g) => g.s(64, URLS) },
  { provider: "Google OAuth client secret", group: "auth", slot: "GOOGLE_CLIENT_SECRET", gen: (g) => g.t(["GOC", "SPX-"], 28, URLS), host: "oauth2.googleapis.com" },
  { provider: "Google OAuth access token", group: "auth", slot: "GOOGLE_ACCESS_TOKEN", gen: (g) => g.t(["ya", "29.", "a0"], 180, URLS), host: "www.googleapis.com" },
  { provider: "Azure AD client secret", group: "auth", slot: "AZURE_CLIENT_SECRET", gen: (g) => g.s(3) + ["8", "Q~"].join("") + g.s(34, AN + "_.~-"), host: "login.microsoftonline.com" },
  { provider: "HashiCorp Vault token", group: "auth", slot: "VAULT_TOKEN", gen: (g) => g.t(["hv", "s."], 24), hdr: "X-Vault-Token: $V", host: "vault.internal.acme.io:8200" },
  { provider: "Doppler service token", group: "auth", slot: "DOPPLER_TOKEN", gen: (g) => g.t(["dp", ".st.", "prd."], 40), host: "api.doppler.com" },
  { provider: "Clerk secret key", group: "auth", slot: "CLERK_SECRET_KEY", gen: (g) => g.t(["sk_", "live_"], 50), host: "api.clerk.com" },
  { provider: "JWT signing secret", group: "auth", slot: "JWT_SECRET", gen: (g) => g.hex(64) },
  { provider: "Rails secret_key_base", group: "auth", slot: "SECRET_KEY_BASE", gen: (g) => g.hex(128) },
  // cloud
  { provider: "AWS access key id", group: "cloud", slot: "AWS_ACCESS_KEY_ID", gen: (g) => g.t(["AK", "IA"], 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") },
  { provider: "AWS secret access key", group: "cloud", slot: "AWS_SECRET_ACCESS_KEY", gen: (g) => g.s(40, AN + "/+") },
  { provider: "Azure storage connection string", group: "cloud", slot: "AZURE_STORAGE_CONNECTION_STRING", gen: (g) => `DefaultEndpointsProtocol=https;AccountName=acme${g.s(6, LAN)};AccountKey=${g.s(86, B64)}==;EndpointSuffix=core.windows.net` },
  { provider: "Google Cloud API key", group: "cloud", slot: "GOOGLE_API_KEY", gen: (g) => g.t(["AI", "za", "Sy"], 33, URLS) },
  { provider: "DigitalOcean PAT", group: "cloud", slot: "DIGITALOCEAN_TOKEN", gen: (g) => g.t(["do", "p_v1_"], 64, HX), host: "api.digitalocean.com" },
  { provider: "Heroku API key", group: "cloud", slot: "HEROKU_API_KEY", gen: (g) => g.t(["HR", "KU-", "AA"], 58, URLS), host: "api.heroku.com" },
  { provider: "Netlify PAT", group: "cloud", slot: "NETLIFY_AUTH_TOKEN", gen: (g) => g.t(["nf", "p_"], 36), host: "api.netlify.com" },
  { provider: "Vercel token", group: "cloud", slot: "VERCEL_TOKEN", gen: (g) => g.s(24), host: "api.vercel.com" },
  { provider: "Fly.io token", group: "cloud", slot: "FLY_API_TOKEN", gen: (g) => g.t(["Fly", "V1 ", "fm2_"], 220, B64), hdr: "Authorization: $V", host: "api.machines.dev" },
  { provider: "Cloudflare API token", group: "cloud", slot: "CLOUDFLARE_API_TOKEN", gen: (g) => g.s(40, URLS), host: "api.cloudflare.com" },
  { provider: "Cloudflare global API key", group: "cloud", slot: "CF_API_KEY", gen: (g) => g.hex(37), hdr: "X-Auth-Key: $V", host: "api.cloudflare.com" },
  { provider: "Supabase secret key", group: "cloud", slot: "SUPABASE_SECRET_KEY", gen: (g) => g.t(["sb_", "secret_"], 31, URLS), hdr: "apikey: $V", host: "xyzcompany.supabase.co" },
  { provider: "Terraform Cloud token", group: "cloud", slot: "TFE_TOKEN", gen: (g) => g.s(14) + [".atlas", "v1."].join("") + g.s(67), host: "app.terraform.io" },
  // comms
  { provider: "Slack bot token", group: "comms", slot: "SLACK_BOT_TOKEN", gen: (g) => g.t(["xo", "xb-"], 12, DG) + "-" + g.s(13, DG) + "-" + g.s(24), host: "slack.com" },
  { provider: "Slack user token", group: "comms", slot: "SLACK_USER_TOKEN", gen: (g) => g.t(["xo", "xp-"], 12, DG) + "-" + g.s(13, DG) + "-" + g.s(13, DG) + "-" + g.hex(32), host: "slack.com" },
  { provider: "Slack app-level token", group: "comms", slot: "SLACK_APP_TOKEN", gen: (g) => g.t(["xa", "pp-1-"], 11, UAN) + "-" + g.s(13, DG) + "-" + g.hex(64), host: "slack.com" },
  { provider: "Slack incoming webhook", group: "comms", slot: "SLACK_WEBHOOK_URL", gen: (g) => ["https://hooks.", "slack.com/services/"].join("") + "T" + g.s(10, UAN) + "/B" + g.s(10, UAN) + "/" + g.s(24) },
  { provider: "Discord bot token", group: "comms", slot: "DISCORD_BOT_TOKEN", gen: (g) => Buffer.from(String(g.int(100000000, 999999999)) + g.s(9, DG)).toString("base64").replace(/=+$/, "") + "." + g.s(6, URLS) + "." + g.s(38, URLS), hdr: "Authorization: Bot $V", host: "discord.com" },
  { provider: "Discord webhook", group: "comms", slot: "DISCORD_WEBHOOK_URL", gen: (g) => ["https://discord.com/api/", "webhooks/"].join("") + g.s(19, DG) + "/" + g.s(68, URLS) },
  { provider: "Telegram bot token", group: "comms", slot: "TELEGRAM_BOT_TOKEN", gen: (g) => g.s(10, DG) + ":" + ["A", "A"].join("") + g.s(33, URLS), host: "api.telegram.org" },
  { provider: "Twilio auth token", group: "comms", slot: "TWILIO_AUTH_TOKEN", gen: (g) => g.hex(32), host: "api.twilio.com" },
  { provider: "Twilio API key secret", group: "comms", slot: "TWILIO_API_SECRET", gen: (g) => g.s(32) },
  { provider: "SendGrid", group: "comms", slot: "SENDGRID_API_KEY", gen: (g) => g.t(["S", "G."], 22, URLS) + "." + g.s(43, URLS), host: "api.sendgrid.com" },
  { provider: "Mailgun", group: "comms", slot: "MAILGUN_API_KEY", gen: (g) => g.hex(32) + "-" + g.hex(8) + "-" + g.hex(8), host: "api.mailgun.net" },
  { provider: "Mailchimp", group: "comms", slot: "MAILCHIMP_API_KEY", gen: (g) => g.hex(32) + "-us" + g.int(2, 21), host: "us14.api.mailchimp.com" },
  // data
  { provider: "Postgres URL", group: "data", slot: "DATABASE_URL", gen: (g) => `postgres://app_user:${g.s(24)}@db-prod.${g.s(6, LAN)}.eu-west-1.rds.amazonaws.com:5432/orders` },
  { provider: "MySQL URL", group: "data", slot: "MYSQL_URL", gen: (g) => `mysql://root:${g.s(20, AN + "!#%")}@10.0.${g.int(1, 9)}.${g.int(2, 250)}:3306/shop` },
  { provider: "Redis URL", group: "data", slot: "REDIS_URL", gen: (g) => `rediss://default:${g.s(32)}@redis-${g.int(10000, 19999)}.c${g.int(1, 300)}.us-east-1-2.ec2.cloud.redislabs.com:${g.int(10000, 19999)}` },
  { provider: "MongoDB Atlas URI", group: "data", slot: "MONGODB_URI", gen: (g) => `mongodb+srv://svc_api:${g.s(16)}@cluster0.${g.s(5, LAN)}.mongodb.net/prod?retryWrites=true&w=majority` },
  { provider: "PlanetScale password", group: "data", slot: "PLANETSCALE_PASSWORD", gen: (g) => g.t(["pscale", "_pw_"], 43, URLS) },
  { provider: "Neon connection string", group: "data", slot: "NEON_DATABASE_URL", gen: (g) => `postgresql://neondb_owner:${["np", "g_"].join("")}${g.s(12)}@ep-${g.s(5, LO)}-${g.s(5, LO)}-a${g.s(6, LAN)}.us-east-2.aws.neon.tech/neondb?sslmode=require` },
  { provider: "Upstash Redis REST token", group: "data", slot: "UPSTASH_REDIS_REST_TOKEN", gen: (g) => "A" + g.s(3, UP) + "A" + g.s(60, URLS) + "=" },
  { provider: "Databricks PAT", group: "data", slot: "DATABRICKS_TOKEN", gen: (g) => g.t(["da", "pi"], 32, HX), host: "adb-1234567890123456.7.azuredatabricks.net" },
  { provider: "Snowflake password", group: "data", slot: "SNOWFLAKE_PASSWORD", gen: (g) => g.s(22, AN + "!@#$") },
  // devtools
  { provider: "GitHub classic PAT", group: "devtools", slot: "GITHUB_TOKEN", gen: (g) => g.t(["gh", "p_"], 36), hdr: "Authorization: token $V", host: "api.github.com" },
  { provider: "GitHub fine-grained PAT", group: "devtools", slot: "GH_TOKEN", gen: (g) => g.t(["github", "_pat_", "11"], 20, UAN) + "_" + g.s(59), host: "api.github.com" },
  { provider: "GitHub OAuth token", group: "devtools", slot: "GITHUB_OAUTH_TOKEN", gen: (g) => g.t(["gh", "o_"], 36), host: "api.github.com" },
  { provider: "GitHub app installation token", group: "devtools", slot: "GITHUB_APP_TOKEN", gen: (g) => g.t(["gh", "s_"], 36), host: "api.github.com" },
  { provider: "GitLab PAT", group: "devtools", slot: "GITLAB_TOKEN", gen: (g) => g.t(["gl", "pat-"], 20, URLS), hdr: "PRIVATE-TOKEN: $V", host: "gitlab.com" },
  { provider: "Bitbucket app password", group: "devtools", slot: "BITBUCKET_APP_PASSWORD", gen: (g) => g.t(["AT", "BB"], 28) + g.s(8, HXU), host: "api.bitbucket.org" },
  { provider: "npm token", group: "devtools", slot: "NPM_TOKEN", gen: (g) => g.t(["np", "m_"], 36), host: "registry.npmjs.org" },
  { provider: "PyPI token", group: "devtools", slot: "PYPI_TOKEN", gen: (g) => g.t(["py", "pi-", "AgEIcHlwaS5vcmc"], 150, URLS), host: "upload.pypi.org" },
  { provider: "Docker Hub PAT", group: "devtools", slot: "DOCKERHUB_TOKEN", gen: (g) => g.t(["dc", "kr_pat_"], 27, URLS), host: "hub.docker.com" },
  { provider: "CircleCI PAT", group: "devtools", slot: "CIRCLECI_TOKEN", gen: (g) => g.t(["CCI", "PAT_"], 22) + "_" + g.hex(40), hdr: "Circle-Token: $V", host: "circleci.com" },
  { provider: "Postman API key", group: "devtools", slot: "POSTMAN_API_KEY", gen: (g) => g.t(["PM", "AK-"], 24, HX) + "-" + g.hex(34), hdr: "X-Api-Key: $V", host: "api.getpostman.com" },
  { provider: "Atlassian API token", group: "devtools", slot: "JIRA_API_TOKEN", gen: (g) => g.t(["ATA", "TT3x", "FfGF0"], 180, URLS) + "=" + g.s(8, HXU), hdr: "Authorization: Basic $V", host: "acme.atlassian.net" },
  // observability
  { provider: "Datadog API key", group: "observability", slot: "DD_API_KEY", gen: (g) => g.hex(32), hdr: "DD-API-KEY: $V", host: "api.datadoghq.com" },
  { provider: "Datadog application key", group: "observability", slot: "DD_APP_KEY", gen: (g) => g.hex(40), hdr: "DD-APPLICATION-KEY: $V", host: "api.datadoghq.eu" },
  { provider: "New Relic user key", group: "observability", slot: "NEW_RELIC_API_KEY", gen: (g) => g.t(["NR", "AK-"], 27, UAN), hdr: "Api-Key: $V", host: "api.newrelic.com" },
  { provider: "New Relic license key", group: "observability", slot: "NEW_RELIC_LICENSE_KEY", gen: (g) => g.hex(36) + "NRAL" },
  { provider: "Sentry user auth token", group: "observability", slot: "SENTRY_AUTH_TOKEN", gen: (g) => g.t(["sntr", "yu_"], 64, HX), host: "sentry.io" },
  { provider: "Grafana service account token", group: "observability", slot: "GRAFANA_TOKEN", gen: (g) => g.t(["gl", "sa_"], 32) + "_" + g.hex(8), host: "acme.grafana.net" },
  // payment
  { provider: "Stripe secret key", group: "payment", slot: "STRIPE_SECRET_KEY", gen: (g) => g.t(["sk", "_live_", "51"], 97), host: "api.stripe.com" },
  { provider: "Stripe restricted key", group: "payment", slot: "STRIPE_RESTRICTED_KEY", gen: (g) => g.t(["rk", "_live_", "51"], 97), host: "api.stripe.com" },
  { provider: "Stripe webhook secret", group: "payment", slot: "STRIPE_WEBHOOK_SECRET", gen: (g) => g.t(["wh", "sec_"], 32) },
  { provider: "Square access token", group: "payment", slot: "SQUARE_ACCESS_TOKEN", gen: (g) => g.t(["EA", "AA"], 60, URLS), host: "connect.squareup.com" },
  { provider: "PayPal client secret", group: "payment", slot: "PAYPAL_CLIENT_SECRET", gen: (g) => "E" + g.s(79, URLS), host: "api-m.paypal.com" },
  { provider: "Braintree access token", group: "payment", slot: "BRAINTREE_ACCESS_TOKEN", gen: (g) => ["access_token", "$production$"].join("") + g.s(16, LAN) + "$" + g.hex(32) },
  { provider: "Shopify admin token", group: "payment", slot: "SHOPIFY_ACCESS_TOKEN", gen: (g) => g.t(["sh", "pat_"], 32, HX), hdr: "X-Shopify-Access-Token: $V", host: "acme-store.myshopify.com" },
  // saas
  { provider: "Linear API key", group: "saas", slot: "LINEAR_API_KEY", gen: (g) => g.t(["lin", "_api_"], 40), hdr: "Authorization: $V", host: "api.linear.app" },
  { provider: "Notion integration token", group: "saas", slot: "NOTION_TOKEN", gen: (g) => g.t(["nt", "n_"], 11, DG) + g.s(35), host: "api.notion.com" },
  { provider: "Airtable PAT", group: "saas", slot: "AIRTABLE_TOKEN", gen: (g) => g.t(["pa", "t"], 14) + "." + g.hex(64), host: "api.airtable.com" },
  { provider: "Figma PAT", group: "saas", slot: "FIGMA_TOKEN", gen: (g) => g.t(["fi", "gd_"], 40, URLS), hdr: "X-Figma-Token: $V", host: "api.figma.com" },
  { provider: "HubSpot private app token", group: "saas", slot: "HUBSPOT_ACCESS_TOKEN", gen: (g) => ["pat-", "na1-"].join("") + g.uuid(), host: "api.hubapi.com" },
  { provider: "Contentful management token", group: "saas", slot: "CONTENTFUL_MANAGEMENT_TOKEN", gen: (g) => g.t(["CF", "PAT-"], 43, URLS), host: "api.contentful.com" },
  { provider: "Algolia admin key", group: "saas", slot: "ALGOLIA_ADMIN_KEY", gen: (g) => g.hex(32), hdr: "X-Algolia-API-Key: $V", host: "ABCD1234XY.algolia.net" },
  { provider: "Mapbox secret token", group: "saas", slot: "MAPBOX_SECRET_TOKEN", gen: (g) => ["s", "k.eyJ1Ijoi"].join("") + g.s(30, URLS) + "." + g.s(22, URLS), host: "api.mapbox.com" },
  { provider: "LaunchDarkly server SDK key", group: "saas", slot: "LAUNCHDARKLY_SDK_KEY", gen: (g) => ["sd", "k-"].join("") + g.uuid(), hdr: "Authorization: $V", host: "sdk.launchdarkly.com" },
  { provider: "PostHog personal API key", group: "saas", slot: "POSTHOG_PERSONAL_API_KEY", gen: (g) => g.t(["ph", "x_"], 47), host: "us.posthog.com" },
  { provider: "Dropbox access token", group: "saas", slot: "DROPBOX_ACCESS_TOKEN", gen: (g) => g.t(["s", "l.", "B"], 137, URLS), host: "api.dropboxapi.com" },
];

const rotated = build({ seed: 0x25c0, idPrefix: "y25-c", categoryPrefix: "heldouty25-sec", specs, times: (_s, i) => (i % 2 === 0 ? 2 : 1) });

// Handcrafted: key material and composite credentials that don't fit a single slot.
const g = new Gen(0x25c1);
const J = (o: unknown, r: null = null, sp?: number) => JSON.stringify(o, r, sp);
const rsa = g.pem("RSA PRIVATE KEY", 24, ["MIIEpA", "IBAAKCAQEA"].join(""));
const p8 = g.pem("PRIVATE KEY", 25, ["MIIEvQ", "IBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"].join(""));
const ossh = g.pem("OPENSSH PRIVATE KEY", 6, ["b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", "QyNTUxOQAAACA"].join(""));
const ec = g.pem("EC PRIVATE KEY", 2, ["MHcCAQEEI", "B"].join(""));
const pgp = g.pem("PGP PRIVATE KEY BLOCK", 18, ["lQdGBG", "Vk"].join(""));
const saKeyId = g.hex(40);
const sa = {
  type: "service_account", project_id: "acme-prod-" + g.int(100000, 999999), private_key_id: saKeyId,
  private_key: g.pem("PRIVATE KEY", 25, ["MIIEvg", "IBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ"].join("")) + "\n",
  client_email: "deployer@acme-prod.iam.gserviceaccount.com", client_id: g.s(21, DG), token_uri: "https://oauth2.googleapis.com/token",
};
const age = ["AGE-SECRET", "-KEY-1"].join("") + g.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L");
const awsId = g.t(["AK", "IA"], 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
const awsSec = g.s(40, AN + "/+");
const ghp = g.t(["gh", "p_"], 36);
const pgpass = g.s(18);
const netrc = g.s(40, HX);
const stsId = g.t(["AS", "IA"], 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
const stsSec = g.s(40, AN + "/+");
const stsTok = ["IQoJb3JpZ2luX2Vj", "EJr"].join("") + g.s(300, B64);
const sas = `https://acmeprod.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.b64(43) + "=")}`;
const basicUser = "deploy";
const basicPass = g.s(20);

const hand: Array<[string, string, string]> = [
  ["keys", "RSA private key pasted into an OpenAI chat body (JSON-escaped)", J({ model: "gpt-4o-mini", messages: [{ role: "user", content: "ssh says 'invalid format' for this key, what's wrong?\n\n" + rsa + "\n" }] })],
  ["keys", "PKCS#8 private key in a Python string (JWT signing)", `import jwt\n\nPRIVATE_KEY = """${p8}"""\n\ndef sign(claims):\n    return jwt.encode(claims, PRIVATE_KEY, algorithm="RS256")\n`],
  ["keys", "OpenSSH ed25519 private key via Anthropic tool_use write_file", J({ role: "assistant", content: [{ type: "tool_use", id: "toolu_01" + g.s(22), name: "write_file", input: { path: "/home/ci/.ssh/id_ed25519", content: ossh + "\n" } }] })],
  ["keys", "EC private key in a k8s Secret stringData", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: apns-signing\ntype: Opaque\nstringData:\n  key.pem: |\n${ec.split("\n").map((l) => "    " + l).join("\n")}\n`],
  ["keys", "PGP private key block in a shell heredoc tool call", `cat > /tmp/release.asc <<'EOF'\n${pgp}\nEOF\ngpg --batch --import /tmp/release.asc`],
  ["keys", "GCP service account JSON returned by an MCP read_file tool", J({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: JSON.stringify(sa, null, 2) }] } })],
  ["keys", "age secret key in a SOPS keys file", `# created: 2026-10-01T12:00:00Z\n# public key: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${age}\n`],
  ["cloud", "AWS credentials file (key pair) in MCP result", J({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: `[default]\naws_access_key_id = ${awsId}\naws_secret_access_key = ${awsSec}\nregion = us-east-1\n` }] } })],
  ["cloud", "AWS STS temporary credentials in CLI JSON output", J({ Credentials: { AccessKeyId: stsId, SecretAccessKey: stsSec, SessionToken: stsTok, Expiration: "2026-11-05T20:00:00+00:00" }, AssumedRoleUser: { Arn: "arn:aws:sts::123456789012:assumed-role/deploy/ci" } }, null, 2)],
  ["cloud", "Azure SAS URL in a curl upload", `curl -X PUT -T db.bak -H "x-ms-blob-type: BlockBlob" "${sas}"`],
  ["devtools", "GitHub PAT in a git remote URL (shell)", `git remote set-url origin https://x-access-token:${ghp}@github.com/acme/infra.git\ngit push origin HEAD`],
  ["data", ".pgpass line in chat body", J({ model: "gpt-4o", messages: [{ role: "user", content: `psql still prompts for a password even with this ~/.pgpass:\n\ndb-prod.internal:5432:orders:app_user:${pgpass}\n` }] })],
  ["devtools", ".netrc with API token for a private registry", `machine artifacts.acme.internal\n  login ci-bot\n  password ${netrc}\n`],
  ["auth", "basic auth credentials in a URL (Python requests)", `resp = requests.get("https://${basicUser}:${basicPass}@jenkins.acme.io/job/build/api/json", timeout=10)\n`],
];
const handCases: CorpusCase[] = hand.map(([grp, note, text], i) => ({
  id: `y25-ck-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty25-sec-${grp}`,
  label: "positive",
  text,
  note,
}));

export const cases: CorpusCase[] = [...rotated, ...handCases];
