// heldout-y55 common providers: positives rotated through the shared renderers, plus handcrafted.
import type { CorpusCase } from "../types.ts";
import { AN, ANL, ANU, B32, B64, DIG, Gen, HEX, HEXU, LO, UP, URL64, rotate, type Spec } from "./_gen.ts";

const g = new Gen(0x55c0);
const B = "Authorization: Bearer";

const specs: Spec[] = [
  // ai
  { p: "OpenAI project key", g: "ai", env: "OPENAI_API_KEY", host: "api.openai.com", make: (g) => g.j(["sk-", "proj-"], 74, URL64) + ["T3Blbk", "FJ"].join("") + g.s(74, URL64) },
  { p: "OpenAI service-account key", g: "ai", env: "OPENAI_API_KEY", host: "api.openai.com", make: (g) => g.j(["sk-", "svcacct-"], 74, URL64) + ["T3Blbk", "FJ"].join("") + g.s(74, URL64) },
  { p: "OpenAI admin key", g: "ai", env: "OPENAI_ADMIN_KEY", host: "api.openai.com", make: (g) => g.j(["sk-", "admin-"], 74, URL64) + ["T3Blbk", "FJ"].join("") + g.s(74, URL64) },
  { p: "Anthropic API key", g: "ai", env: "ANTHROPIC_API_KEY", host: "api.anthropic.com", hdr: "x-api-key:", make: (g) => g.j(["sk-", "ant-", "api03-"], 93, URL64) + "AA" },
  { p: "Anthropic admin key", g: "ai", env: "ANTHROPIC_ADMIN_KEY", host: "api.anthropic.com", hdr: "x-api-key:", make: (g) => g.j(["sk-", "ant-", "admin01-"], 93, URL64) + "AA" },
  { p: "Hugging Face token", g: "ai", env: "HF_TOKEN", host: "huggingface.co", make: (g) => g.j(["h", "f_"], 34, UP + LO) },
  { p: "Groq key", g: "ai", env: "GROQ_API_KEY", host: "api.groq.com", make: (g) => g.j(["gs", "k_"], 52) },
  { p: "Replicate token", g: "ai", env: "REPLICATE_API_TOKEN", host: "api.replicate.com", make: (g) => g.j(["r8", "_"], 37) },
  { p: "Perplexity key", g: "ai", env: "PERPLEXITY_API_KEY", host: "api.perplexity.ai", make: (g) => g.j(["pp", "lx-"], 48) },
  { p: "Gemini API key", g: "ai", env: "GEMINI_API_KEY", host: "generativelanguage.googleapis.com", hdr: "x-goog-api-key:", make: (g) => g.j(["AI", "za"], 35, URL64) },
  { p: "xAI key", g: "ai", env: "XAI_API_KEY", host: "api.x.ai", make: (g) => g.j(["xa", "i-"], 80) },
  { p: "OpenRouter key", g: "ai", env: "OPENROUTER_API_KEY", host: "openrouter.ai", make: (g) => g.j(["sk-", "or-", "v1-"], 64, HEX) },
  { p: "DeepSeek key", g: "ai", env: "DEEPSEEK_API_KEY", host: "api.deepseek.com", make: (g) => g.j(["sk", "-"], 32, HEX) },
  { p: "LangSmith key", g: "ai", env: "LANGSMITH_API_KEY", host: "api.smith.langchain.com", hdr: "x-api-key:", make: (g) => g.j(["lsv2", "_pt_"], 32, HEX) + "_" + g.hex(10) },
  { p: "Pinecone key", g: "ai", env: "PINECONE_API_KEY", host: "api.pinecone.io", hdr: "Api-Key:", make: (g) => g.j(["pc", "sk_"], 6, AN) + "_" + g.s(64, AN) },
  { p: "Cohere key", g: "ai", env: "COHERE_API_KEY", host: "api.cohere.com", make: (g) => g.s(40) },
  { p: "Mistral key", g: "ai", env: "MISTRAL_API_KEY", host: "api.mistral.ai", make: (g) => g.s(32) },
  { p: "Weights & Biases key", g: "ai", env: "WANDB_API_KEY", host: "api.wandb.ai", make: (g) => g.hex(40) },
  // auth
  { p: "Okta API token", g: "auth", env: "OKTA_API_TOKEN", host: "acme.okta.com", hdr: "Authorization: SSWS", make: (g) => "00" + g.s(40, URL64) },
  { p: "Auth0 client secret", g: "auth", env: "AUTH0_CLIENT_SECRET", host: "acme.eu.auth0.com", make: (g) => g.s(64, URL64) },
  { p: "Google OAuth client secret", g: "auth", env: "GOOGLE_CLIENT_SECRET", host: "oauth2.googleapis.com", make: (g) => g.j(["GOC", "SPX-"], 28, URL64) },
  { p: "Clerk secret key", g: "auth", env: "CLERK_SECRET_KEY", host: "api.clerk.com", make: (g) => g.j(["sk", "_live_"], 40) },
  { p: "Vault token", g: "auth", env: "VAULT_TOKEN", host: "vault.internal.acme.io", hdr: "X-Vault-Token:", make: (g) => g.j(["hv", "s."], 24) + g.s(66, URL64) },
  { p: "Doppler service token", g: "auth", env: "DOPPLER_TOKEN", host: "api.doppler.com", make: (g) => g.j(["dp", ".st.", "prd."], 40) },
  { p: "JWT signing secret", g: "auth", env: "JWT_SECRET", make: (g) => g.s(64, URL64) },
  { p: "Stytch secret", g: "auth", env: "STYTCH_SECRET", host: "api.stytch.com", make: (g) => g.j(["secret-", "live-"], 36, URL64) },
  // cloud
  { p: "AWS secret access key", g: "cloud", env: "AWS_SECRET_ACCESS_KEY", host: "sts.amazonaws.com", make: (g) => g.s(40, B64) },
  { p: "AWS access key id", g: "cloud", env: "AWS_ACCESS_KEY_ID", host: "sts.amazonaws.com", make: (g) => g.j(["AK", "IA"], 16, B32) },
  { p: "Azure storage account key", g: "cloud", env: "AZURE_STORAGE_KEY", host: "acmeprod.blob.core.windows.net", hdr: "x-ms-key:", make: (g) => g.s(86, B64) + "==" },
  { p: "Azure AD client secret", g: "cloud", env: "AZURE_CLIENT_SECRET", host: "login.microsoftonline.com", make: (g) => g.s(3, AN) + "8Q~" + g.s(34, URL64.replace("-", "") + ".~") },
  { p: "DigitalOcean token", g: "cloud", env: "DIGITALOCEAN_TOKEN", host: "api.digitalocean.com", make: (g) => g.j(["do", "p_v1_"], 64, HEX) },
  { p: "Heroku API key", g: "cloud", env: "HEROKU_API_KEY", host: "api.heroku.com", make: (g) => g.j(["HR", "KU-"], 60, URL64) },
  { p: "Cloudflare API token", g: "cloud", env: "CLOUDFLARE_API_TOKEN", host: "api.cloudflare.com", make: (g) => g.s(40, URL64) },
  { p: "Vercel token", g: "cloud", env: "VERCEL_TOKEN", host: "api.vercel.com", make: (g) => g.s(24, AN) },
  { p: "Netlify PAT", g: "cloud", env: "NETLIFY_AUTH_TOKEN", host: "api.netlify.com", make: (g) => g.j(["nf", "p_"], 36) },
  { p: "Fly.io token", g: "cloud", env: "FLY_API_TOKEN", host: "api.fly.io", make: (g) => "FlyV1 " + g.j(["fm2", "_"], 180, B64) },
  { p: "Supabase service key", g: "cloud", env: "SUPABASE_SECRET_KEY", host: "xyzcompany.supabase.co", hdr: "apikey:", make: (g) => g.j(["sb_", "secret_"], 32, URL64) },
  { p: "Terraform Cloud token", g: "cloud", env: "TFE_TOKEN", host: "app.terraform.io", make: (g) => g.s(14, AN) + ".atlas" + "v1." + g.s(67, AN) },
  { p: "GCP API key (server)", g: "cloud", env: "GOOGLE_API_KEY", host: "translation.googleapis.com", hdr: "x-goog-api-key:", make: (g) => g.j(["AI", "za"], 35, URL64) },
  // comms
  { p: "Slack bot token", g: "comms", env: "SLACK_BOT_TOKEN", host: "slack.com", make: (g) => ["xo", "xb-", g.s(13, DIG), "-", g.s(13, DIG), "-", g.s(24)].join("") },
  { p: "Slack user token", g: "comms", env: "SLACK_USER_TOKEN", host: "slack.com", make: (g) => ["xo", "xp-", g.s(13, DIG), "-", g.s(13, DIG), "-", g.s(13, DIG), "-", g.hex(32)].join("") },
  { p: "Slack app token", g: "comms", env: "SLACK_APP_TOKEN", host: "slack.com", make: (g) => ["xa", "pp-1-", "A0", g.s(9, ANU), "-", g.s(13, DIG), "-", g.hex(64)].join("") },
  { p: "Slack webhook URL", g: "comms", env: "SLACK_WEBHOOK_URL", host: "hooks.slack.com", make: (g) => ["https://hooks.", "slack.com/services/", "T0", g.s(9, ANU), "/B0", g.s(9, ANU), "/", g.s(24)].join("") },
  { p: "Discord bot token", g: "comms", env: "DISCORD_BOT_TOKEN", host: "discord.com", hdr: "Authorization: Bot", make: (g) => ["MT", g.s(24, AN), ".", g.s(6, URL64), ".", g.s(38, URL64)].join("") },
  { p: "Discord webhook URL", g: "comms", env: "DISCORD_WEBHOOK", host: "discord.com", make: (g) => ["https://discord.com/api/", "webhooks/", "1", g.s(18, DIG), "/", g.s(68, URL64)].join("") },
  { p: "Telegram bot token", g: "comms", env: "TELEGRAM_BOT_TOKEN", host: "api.telegram.org", make: (g) => [g.s(10, DIG), ":AA", g.s(33, URL64)].join("") },
  { p: "Twilio API key secret", g: "comms", env: "TWILIO_API_SECRET", host: "api.twilio.com", make: (g) => g.s(32, AN) },
  { p: "Twilio auth token", g: "comms", env: "TWILIO_AUTH_TOKEN", host: "api.twilio.com", make: (g) => g.hex(32) },
  { p: "SendGrid key", g: "comms", env: "SENDGRID_API_KEY", host: "api.sendgrid.com", make: (g) => ["S", "G.", g.s(22, URL64), ".", g.s(43, URL64)].join("") },
  { p: "Mailgun key", g: "comms", env: "MAILGUN_API_KEY", host: "api.mailgun.net", make: (g) => g.j(["ke", "y-"], 32, HEX) },
  { p: "Mailchimp key", g: "comms", env: "MAILCHIMP_API_KEY", host: "us21.api.mailchimp.com", make: (g) => g.hex(32) + "-us" + g.range(1, 21) },
  // data
  { p: "Postgres URL password", g: "data", env: "DATABASE_URL", make: (g) => `postgres://app_rw:${g.s(24, AN)}@db-prod.cluster-${g.s(12, ANL)}.eu-west-1.rds.amazonaws.com:5432/orders` },
  { p: "MongoDB SRV URL password", g: "data", env: "MONGODB_URI", make: (g) => `mongodb+srv://svc_api:${g.s(20, AN)}@cluster0.${g.s(5, ANL)}.mongodb.net/prod?retryWrites=true&w=majority` },
  { p: "Redis URL password", g: "data", env: "REDIS_URL", make: (g) => `rediss://default:${g.s(32, AN)}@${g.s(8, ANL)}.upstash.io:6379` },
  { p: "MySQL URL password", g: "data", env: "MYSQL_URL", make: (g) => `mysql://root:${g.s(20, AN)}@10.0.${g.range(1, 254)}.${g.range(1, 254)}:3306/shop` },
  { p: "Databricks PAT", g: "data", env: "DATABRICKS_TOKEN", host: "adb-123.azuredatabricks.net", make: (g) => g.j(["da", "pi"], 32, HEX) },
  { p: "PlanetScale password", g: "data", env: "PLANETSCALE_PASSWORD", make: (g) => g.j(["psca", "le_pw_"], 43, URL64) },
  { p: "Neon password URL", g: "data", env: "NEON_DATABASE_URL", make: (g) => `postgresql://neondb_owner:${g.j(["np", "g_"], 12, AN)}@ep-${g.s(6, LO)}-${g.s(6, LO)}-a5${g.s(6, ANL)}.eu-central-1.aws.neon.tech/neondb?sslmode=require` },
  { p: "Snowflake password", g: "data", env: "SNOWFLAKE_PASSWORD", make: (g) => g.s(18, AN) + "!" + g.s(4, DIG) },
  { p: "Upstash REST token", g: "data", env: "UPSTASH_REDIS_REST_TOKEN", host: "eu1-fine-cat-12345.upstash.io", make: (g) => "AX" + g.s(4, AN) + "AAIjcD" + g.s(60, URL64) },
  // devtools
  { p: "GitHub classic PAT", g: "devtools", env: "GITHUB_TOKEN", host: "api.github.com", make: (g) => g.j(["gh", "p_"], 36) },
  { p: "GitHub fine-grained PAT", g: "devtools", env: "GH_TOKEN", host: "api.github.com", make: (g) => ["github", "_pat_", "11", g.s(20, ANU), "_", g.s(59)].join("") },
  { p: "GitHub OAuth token", g: "devtools", env: "GITHUB_OAUTH_TOKEN", host: "api.github.com", make: (g) => g.j(["gh", "o_"], 36) },
  { p: "GitHub app installation token", g: "devtools", env: "GH_APP_TOKEN", host: "api.github.com", make: (g) => g.j(["gh", "s_"], 36) },
  { p: "GitLab PAT", g: "devtools", env: "GITLAB_TOKEN", host: "gitlab.com", hdr: "PRIVATE-TOKEN:", make: (g) => g.j(["gl", "pat-"], 20, URL64) },
  { p: "npm token", g: "devtools", env: "NPM_TOKEN", host: "registry.npmjs.org", make: (g) => g.j(["np", "m_"], 36) },
  { p: "PyPI token", g: "devtools", env: "PYPI_TOKEN", host: "upload.pypi.org", make: (g) => ["pypi", "-AgEIcHlwaS5vcmc", g.s(150, URL64)].join("") },
  { p: "Docker Hub PAT", g: "devtools", env: "DOCKERHUB_TOKEN", host: "hub.docker.com", make: (g) => g.j(["dck", "r_pat_"], 27, URL64) },
  { p: "Postman API key", g: "devtools", env: "POSTMAN_API_KEY", host: "api.getpostman.com", hdr: "X-Api-Key:", make: (g) => ["PM", "AK-", g.hex(24), "-", g.hex(34)].join("") },
  { p: "Atlassian API token", g: "devtools", env: "JIRA_API_TOKEN", host: "acme.atlassian.net", make: (g) => ["ATA", "TT3xFfGF0", g.s(170, URL64), "=", g.s(8, HEXU)].join("") },
  { p: "Bitbucket app password", g: "devtools", env: "BITBUCKET_APP_PASSWORD", host: "api.bitbucket.org", make: (g) => g.j(["AT", "BB"], 32) + g.s(8, HEXU) },
  { p: "CircleCI token", g: "devtools", env: "CIRCLE_TOKEN", host: "circleci.com", hdr: "Circle-Token:", make: (g) => ["CCI", "PAT_", g.s(22, AN), "_", g.hex(40)].join("") },
  { p: "Sentry auth token", g: "devtools", env: "SENTRY_AUTH_TOKEN", host: "sentry.io", make: (g) => ["sn", "trys_", g.b64url({ iat: 1767225600, url: "https://sentry.io", region_url: "https://us.sentry.io", org: "acme" }), "_", g.s(43, URL64)].join("") },
  // observability
  { p: "Datadog API key", g: "observability", env: "DD_API_KEY", host: "api.datadoghq.com", hdr: "DD-API-KEY:", make: (g) => g.hex(32) },
  { p: "Datadog application key", g: "observability", env: "DD_APP_KEY", host: "api.datadoghq.com", hdr: "DD-APPLICATION-KEY:", make: (g) => g.hex(40) },
  { p: "New Relic user key", g: "observability", env: "NEW_RELIC_API_KEY", host: "api.newrelic.com", hdr: "Api-Key:", make: (g) => g.j(["NR", "AK-"], 27, ANU) },
  { p: "New Relic license key", g: "observability", env: "NEW_RELIC_LICENSE_KEY", host: "collector.newrelic.com", hdr: "X-License-Key:", make: (g) => g.hex(36) + "NRAL" },
  { p: "Grafana service account token", g: "observability", env: "GRAFANA_TOKEN", host: "acme.grafana.net", make: (g) => ["gl", "sa_", g.s(32), "_", g.hex(8)].join("") },
  { p: "Grafana Cloud token", g: "observability", env: "GRAFANA_CLOUD_TOKEN", host: "grafana.com", make: (g) => ["gl", "c_", g.b64url({ o: String(g.range(100000, 999999)), n: "stack-deploy", k: g.s(24), m: { r: "prod-eu-west-2" } })].join("") },
  { p: "Honeycomb ingest key", g: "observability", env: "HONEYCOMB_API_KEY", host: "api.honeycomb.io", hdr: "X-Honeycomb-Team:", make: (g) => g.j(["hc", "aik_"], 58, ANL) },
  { p: "PagerDuty API key", g: "observability", env: "PAGERDUTY_TOKEN", host: "api.pagerduty.com", hdr: "Authorization: Token token=", make: (g) => "u+" + g.s(18, URL64) },
  // payment
  { p: "Stripe live secret", g: "payment", env: "STRIPE_SECRET_KEY", host: "api.stripe.com", make: (g) => g.j(["sk", "_live_", "51"], 97) },
  { p: "Stripe restricted key", g: "payment", env: "STRIPE_RESTRICTED_KEY", host: "api.stripe.com", make: (g) => g.j(["rk", "_live_", "51"], 97) },
  { p: "Stripe webhook secret", g: "payment", env: "STRIPE_WEBHOOK_SECRET", host: "api.stripe.com", make: (g) => g.j(["wh", "sec_"], 32) },
  { p: "Square access token", g: "payment", env: "SQUARE_ACCESS_TOKEN", host: "connect.squareup.com", make: (g) => g.j(["EA", "AA"], 60, URL64) },
  { p: "PayPal client secret", g: "payment", env: "PAYPAL_CLIENT_SECRET", host: "api-m.paypal.com", make: (g) => "E" + g.s(79, URL64) },
  { p: "Braintree access token", g: "payment", env: "BRAINTREE_ACCESS_TOKEN", host: "api.braintreegateway.com", make: (g) => ["access_", "token$production$", g.s(16, ANL), "$", g.hex(32)].join("") },
  { p: "Shopify admin token", g: "payment", env: "SHOPIFY_ACCESS_TOKEN", host: "acme.myshopify.com", hdr: "X-Shopify-Access-Token:", make: (g) => g.j(["sh", "pat_"], 32, HEX) },
  { p: "Shopify app secret", g: "payment", env: "SHOPIFY_API_SECRET", host: "acme.myshopify.com", make: (g) => g.j(["sh", "pss_"], 32, HEX) },
  { p: "Razorpay key secret", g: "payment", env: "RAZORPAY_KEY_SECRET", host: "api.razorpay.com", make: (g) => g.s(24, AN) },
  // saas
  { p: "Notion integration token", g: "saas", env: "NOTION_TOKEN", host: "api.notion.com", make: (g) => g.j(["nt", "n_"], 46) },
  { p: "Linear API key", g: "saas", env: "LINEAR_API_KEY", host: "api.linear.app", hdr: "Authorization:", make: (g) => g.j(["lin", "_api_"], 40) },
  { p: "Airtable PAT", g: "saas", env: "AIRTABLE_TOKEN", host: "api.airtable.com", make: (g) => ["pat", g.s(14, AN), ".", g.hex(64)].join("") },
  { p: "Figma PAT", g: "saas", env: "FIGMA_TOKEN", host: "api.figma.com", hdr: "X-Figma-Token:", make: (g) => ["fig", "d_", g.s(40, URL64)].join("") },
  { p: "HubSpot private app token", g: "saas", env: "HUBSPOT_ACCESS_TOKEN", host: "api.hubapi.com", make: (g) => ["pat", "-na1-", g.uuid()].join("") },
  { p: "Mapbox secret token", g: "saas", env: "MAPBOX_SECRET_TOKEN", host: "api.mapbox.com", make: (g) => ["s", "k.", g.b64url({ u: "acme-ops", a: g.s(25, ANL) }), ".", g.s(22, URL64)].join("") },
  { p: "Contentful management token", g: "saas", env: "CONTENTFUL_MANAGEMENT_TOKEN", host: "api.contentful.com", make: (g) => g.j(["CFP", "AT-"], 43, URL64) },
  { p: "PostHog personal API key", g: "saas", env: "POSTHOG_PERSONAL_API_KEY", host: "us.posthog.com", make: (g) => g.j(["ph", "x_"], 47) },
  { p: "Dropbox access token", g: "saas", env: "DROPBOX_ACCESS_TOKEN", host: "api.dropboxapi.com", make: (g) => ["s", "l.u.", g.s(140, URL64)].join("") },
  { p: "Algolia admin key", g: "saas", env: "ALGOLIA_ADMIN_KEY", host: "acme-dsn.algolia.net", hdr: "X-Algolia-API-Key:", make: (g) => g.hex(32) },
  { p: "LaunchDarkly API token", g: "saas", env: "LD_API_KEY", host: "app.launchdarkly.com", hdr: "Authorization:", make: (g) => "api-" + g.uuid() },
  { p: "Asana PAT", g: "saas", env: "ASANA_ACCESS_TOKEN", host: "app.asana.com", make: (g) => `2/${g.s(16, DIG)}/${g.s(16, DIG)}:${g.hex(32)}` },
  { p: "Typeform PAT", g: "saas", env: "TYPEFORM_TOKEN", host: "api.typeform.com", make: (g) => g.j(["tf", "p_"], 44, URL64) + "_" + g.s(14, AN) },
  { p: "Zendesk API token", g: "saas", env: "ZENDESK_API_TOKEN", host: "acme.zendesk.com", make: (g) => g.s(40, AN) },
];

const rotated = rotate(g, specs, "y55-c", "heldouty55-sec", 140, 0);

const hand = (id: number, category: string, note: string, text: string): CorpusCase => ({
  id: `y55-ck-${String(id).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty55-sec-${category}`,
  label: "positive",
  text,
  note,
});

const rsa = g.pem(["RSA", "PRIVATE", "KEY"].join(" "), 24);
const ec = g.pem(["EC", "PRIVATE", "KEY"].join(" "), 3);
const pk8 = g.pem(["PRIVATE", "KEY"].join(" "), 25);
const ossh = g.pem(["OPENSSH", "PRIVATE", "KEY"].join(" "), 6);
const pgp = ["-----BEGIN PGP ", "PRIVATE KEY BLOCK-----\n\n"].join("") + Array.from({ length: 12 }, () => g.s(64, B64)).join("\n") + "\n=" + g.s(4, B64) + "\n-----END PGP PRIVATE KEY BLOCK-----";
const saKey = pk8.replace(/\n/g, "\\n");

const handcrafted: CorpusCase[] = [
  hand(1, "keys", "RSA private key — pasted into a chat body (JSON-escaped)", JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `ssh to the box fails with "bad permissions", this is deploy.pem:\n\n${rsa}\n` }] })),
  hand(2, "keys", "EC private key — write_file tool call for certs/server.key", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.s(22), name: "write_file", input: { path: "certs/server.key", content: ec + "\n" } })),
  hand(3, "keys", "OpenSSH private key — shell heredoc command in tool call", JSON.stringify({ name: "bash", arguments: JSON.stringify({ command: `mkdir -p ~/.ssh && cat > ~/.ssh/id_ed25519 <<'EOF'\n${ossh}\nEOF\nchmod 600 ~/.ssh/id_ed25519` }) })),
  hand(4, "keys", "PGP private key block — GitHub Actions secret echoed in CI log", `2026-05-02T10:11:02.0000000Z Run echo "$GPG_PRIVATE_KEY" | gpg --batch --import\n2026-05-02T10:11:02.0000001Z ${pgp.split("\n").join("\n2026-05-02T10:11:02.0000001Z ")}\n2026-05-02T10:11:03.1000000Z gpg: key imported`),
  hand(5, "cloud", "GCP service account JSON private_key — MCP tool result (read_file)", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `{\n  "type": "service_account",\n  "project_id": "acme-prod-331",\n  "private_key_id": "${g.hex(40)}",\n  "private_key": "${saKey}\\n",\n  "client_email": "deployer@acme-prod-331.iam.gserviceaccount.com",\n  "client_id": "${g.s(21, DIG)}"\n}` }] } })),
  hand(6, "keys", "age secret key — .sops key file pasted in Markdown", `## Decrypting the secrets locally\n\nPut this in \`~/.config/sops/age/keys.txt\`:\n\n\`\`\`\n# created: 2026-02-11T09:10:11Z\n# public key: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${["AGE-SECRET-", "KEY-1"].join("")}${g.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}\n\`\`\`\n`),
  hand(7, "cloud", "AWS key pair — ~/.aws/credentials in chat body", JSON.stringify({ messages: [{ role: "user", content: `aws cli says InvalidClientTokenId, my creds file:\n[default]\naws_access_key_id = ${g.j(["AK", "IA"], 16, B32)}\naws_secret_access_key = ${g.s(40, B64)}\nregion = eu-central-1\n` }] })),
  hand(8, "cloud", "AWS STS session creds — printed by `aws sts assume-role` in a shell tool result", `{\n    "Credentials": {\n        "AccessKeyId": "${g.j(["AS", "IA"], 16, B32)}",\n        "SecretAccessKey": "${g.s(40, B64)}",\n        "SessionToken": "IQoJb3JpZ2luX2VjE${g.s(300, B64)}",\n        "Expiration": "2026-04-01T12:00:00+00:00"\n    },\n    "AssumedRoleUser": { "Arn": "arn:aws:sts::123456789012:assumed-role/deploy/ci" }\n}`),
  hand(9, "cloud", "Azure storage connection string — appsettings.json", JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, ConnectionStrings: { Blob: `DefaultEndpointsProtocol=https;AccountName=acmeprodlogs;AccountKey=${g.s(86, B64)}==;EndpointSuffix=core.windows.net` } }, null, 2)),
  hand(10, "cloud", "Azure SAS URL with sig — curl upload", `curl -X PUT -T backup.tar.gz \\\n  -H "x-ms-blob-type: BlockBlob" \\\n  "https://acmebackups.blob.core.windows.net/nightly/backup.tar.gz?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.s(43, B64) + "=")}"`),
  hand(11, "auth", "basic auth in git remote URL — shell history", `  501  git remote -v\n  502  git remote set-url origin https://deploy-bot:${g.j(["gh", "p_"], 36)}@github.com/acme/infra.git\n  503  git push origin main`),
  hand(12, "auth", ".netrc password — write_file tool call", JSON.stringify({ name: "write_file", arguments: { path: "/home/runner/.netrc", content: `machine api.heroku.com\n  login ops@acme.io\n  password ${g.uuid()}\nmachine git.heroku.com\n  login ops@acme.io\n  password ${g.uuid()}\n` } })),
  hand(13, "data", ".pgpass line — shell command in tool call", JSON.stringify({ tool: "shell", input: { cmd: `echo 'db-prod.internal:5432:orders:report_ro:${g.s(22, AN)}' >> ~/.pgpass && chmod 600 ~/.pgpass` } })),
  hand(14, "devtools", "npmrc auth token — Dockerfile RUN", `FROM node:20\nWORKDIR /src\nRUN echo "//registry.npmjs.org/:_authToken=${g.j(["np", "m_"], 36)}" > ~/.npmrc && npm ci\nCOPY . .\n`),
  hand(15, "devtools", "docker config.json auth (base64 user:token)", JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from("acme-ci:" + g.j(["gh", "p_"], 36)).toString("base64") } } }, null, 2)),
  hand(16, "auth", "session cookie + bearer JWT — devtools Copy as fetch", `fetch("https://admin.acme.io/api/users?limit=50", {\n  "headers": {\n    "accept": "application/json",\n    "authorization": "Bearer ${g.jwt({ sub: "u_1842", role: "admin", iat: 1767225600, exp: 1798761600 })}",\n    "cookie": "session=${g.s(48, URL64)}; theme=dark"\n  },\n  "method": "GET"\n});`),
  hand(17, "payment", "Stripe live key — Python crash report locals", `Traceback (most recent call last):\n  File "billing/charge.py", line 88, in charge\n    stripe.PaymentIntent.create(amount=amount, currency="eur")\nstripe.error.AuthenticationError: Invalid API Key provided\n\n  locals: stripe.api_key = '${g.j(["sk", "_live_", "51"], 97)}'\n          amount = 4200\n`),
  hand(18, "comms", "Slack bot token — positional CLI arg in shell tool call", JSON.stringify({ tool_calls: [{ function: { name: "exec", arguments: JSON.stringify({ argv: ["slack-notify", "--channel", "#deploys", ["xo", "xb-", g.s(13, DIG), "-", g.s(13, DIG), "-", g.s(24)].join(""), "deploy done"] }) } }] })),
  hand(19, "ai", "Anthropic key — systemd unit Environment=", `[Unit]\nDescription=review bot\n\n[Service]\nEnvironment=ANTHROPIC_API_KEY=${g.j(["sk-", "ant-", "api03-"], 93, URL64)}AA\nExecStart=/usr/bin/python3 /opt/bot/main.py\nRestart=always\n`),
  hand(20, "devtools", "GitHub PAT wrapped by a soft line break in a log", `[2026-03-03 11:02:17] git clone failed: remote: Invalid username or token.\n[2026-03-03 11:02:17] url=https://x-access-token:${g.j(["gh", "p_"], 36)}@github.com/acme/app.git\n`),
];

export const cases: CorpusCase[] = [...rotated, ...handcrafted];
