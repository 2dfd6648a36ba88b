// Common providers, each rendered twice through rotating contexts (see _gen.ts).
import type { CorpusCase } from "../types.ts";
import { AN, ANL, ANU, B64, build, DG, Gen, HEX, LO, type Spec, UP, URLS } from "./_gen.ts";

const S = (provider: string, group: string, make: (g: Gen) => [string, string][]): Spec => ({ provider, group, make });

const specs: Spec[] = [
  // ai
  S("OpenAI project key", "ai", (g) => [["OPENAI_API_KEY", g.t("sk-", "proj-", [48, URLS], "T3Blbk", "FJ", [60, URLS])]]),
  S("OpenAI service account key", "ai", (g) => [["OPENAI_API_KEY", g.t("sk-", "svcacct-", [40, URLS], "T3Blbk", "FJ", [40, URLS])]]),
  S("OpenAI admin key", "ai", (g) => [["OPENAI_ADMIN_KEY", g.t("sk-", "admin-", [40, URLS], "T3Blbk", "FJ", [40, URLS])]]),
  S("Anthropic API key", "ai", (g) => [["ANTHROPIC_API_KEY", g.t("sk-", "ant-", "api03-", [93, URLS], "AA")]]),
  S("Anthropic admin key", "ai", (g) => [["ANTHROPIC_ADMIN_KEY", g.t("sk-", "ant-", "admin01-", [93, URLS], "AA")]]),
  S("Hugging Face token", "ai", (g) => [["HF_TOKEN", g.t("h", "f_", [34, AN])]]),
  S("Google Gemini API key", "ai", (g) => [["GEMINI_API_KEY", g.t("AI", "za", "Sy", [33, URLS])]]),
  S("Groq API key", "ai", (g) => [["GROQ_API_KEY", g.t("gs", "k_", [52, AN])]]),
  S("Replicate token", "ai", (g) => [["REPLICATE_API_TOKEN", g.t("r", "8_", [37, AN])]]),
  S("Perplexity key", "ai", (g) => [["PERPLEXITY_API_KEY", g.t("pplx", "-", [48, AN])]]),
  S("xAI key", "ai", (g) => [["XAI_API_KEY", g.t("xa", "i-", [80, AN])]]),
  S("OpenRouter key", "ai", (g) => [["OPENROUTER_API_KEY", g.t("sk-", "or-v1-", [64, HEX])]]),
  S("Cohere key", "ai", (g) => [["COHERE_API_KEY", g.t([40, AN])]]),
  S("Mistral key", "ai", (g) => [["MISTRAL_API_KEY", g.t([32, AN])]]),
  S("DeepSeek key", "ai", (g) => [["DEEPSEEK_API_KEY", g.t("sk-", [32, HEX])]]),
  S("LangSmith key", "ai", (g) => [["LANGSMITH_API_KEY", g.t("lsv2_", "pt_", [32, HEX], "_", [10, HEX])]]),
  S("Pinecone key", "ai", (g) => [["PINECONE_API_KEY", g.t("pc", "sk_", [5, AN], "_", [60, AN])]]),
  // cloud
  S("AWS access key pair", "cloud", (g) => [["AWS_SECRET_ACCESS_KEY", g.t([40, B64])], ["AWS_ACCESS_KEY_ID", g.t("AK", "IA", [16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"])]]),
  S("AWS STS session", "cloud", (g) => [["AWS_ACCESS_KEY_ID", g.t("AS", "IA", [16, ANU])], ["AWS_SECRET_ACCESS_KEY", g.t([40, B64])], ["AWS_SESSION_TOKEN", g.t("IQoJb3JpZ2luX2Vj", [300, B64])]]),
  S("GCP API key (server)", "cloud", (g) => [["GOOGLE_API_KEY", g.t("AI", "za", "Sy", [33, URLS])]]),
  S("Azure storage connection string", "cloud", (g) => [["AZURE_STORAGE_CONNECTION_STRING", g.t("DefaultEndpointsProtocol=https;AccountName=", [10, ANL], ";AccountKey=", [86, B64], "==;EndpointSuffix=core.windows.net")]]),
  S("Azure AD client secret", "cloud", (g) => [["AZURE_CLIENT_SECRET", g.t([3, AN], "8Q~", [34, AN + "_.~-"])], ["AZURE_CLIENT_ID", g.uuid()]]),
  S("DigitalOcean PAT", "cloud", (g) => [["DIGITALOCEAN_TOKEN", g.t("do", "p_v1_", [64, HEX])]]),
  S("Cloudflare API token", "cloud", (g) => [["CLOUDFLARE_API_TOKEN", g.t([40, URLS])], ["CLOUDFLARE_ACCOUNT_ID", g.t([32, HEX])]]),
  S("Heroku API key", "cloud", (g) => [["HEROKU_API_KEY", g.t("HR", "KU-", "AA", [58, URLS])]]),
  S("Vercel token", "cloud", (g) => [["VERCEL_TOKEN", g.t([24, AN])]]),
  S("Netlify token", "cloud", (g) => [["NETLIFY_AUTH_TOKEN", g.t("nf", "p_", [36, AN])]]),
  S("Fly.io token", "cloud", (g) => [["FLY_API_TOKEN", g.t("Fly", "V1 ", "fm2_", [240, B64])]]),
  S("Supabase service role secret", "cloud", (g) => [["SUPABASE_SERVICE_ROLE_KEY", g.t("sb", "_secret_", [32, URLS])]]),
  // devtools
  S("GitHub classic PAT", "devtools", (g) => [["GITHUB_TOKEN", g.t("gh", "p_", [36, AN])]]),
  S("GitHub fine-grained PAT", "devtools", (g) => [["GH_TOKEN", g.t("github", "_pat_", "11", [20, ANU], "_", [59, AN])]]),
  S("GitHub OAuth token", "devtools", (g) => [["GITHUB_OAUTH_TOKEN", g.t("gh", "o_", [36, AN])]]),
  S("GitHub app installation token", "devtools", (g) => [["GITHUB_APP_TOKEN", g.t("gh", "s_", [36, AN])]]),
  S("GitLab PAT", "devtools", (g) => [["GITLAB_TOKEN", g.t("gl", "pat-", [20, URLS])]]),
  S("npm token", "devtools", (g) => [["NPM_TOKEN", g.t("np", "m_", [36, AN])]]),
  S("PyPI token", "devtools", (g) => [["TWINE_PASSWORD", g.t("pypi-", "AgEIcHlwaS5vcmc", [150, URLS])]]),
  S("Docker Hub PAT", "devtools", (g) => [["DOCKERHUB_TOKEN", g.t("dck", "r_pat_", [27, URLS])]]),
  S("Terraform Cloud token", "devtools", (g) => [["TFE_TOKEN", g.t([14, AN], ".atlas", "v1.", [67, AN])]]),
  S("HashiCorp Vault token", "devtools", (g) => [["VAULT_TOKEN", g.t("hv", "s.", [90, URLS])]]),
  S("Postman API key", "devtools", (g) => [["POSTMAN_API_KEY", g.t("PM", "AK-", [24, HEX], "-", [34, HEX])]]),
  // comms
  S("Slack bot token", "comms", (g) => [["SLACK_BOT_TOKEN", g.t("xo", "xb-", [12, DG], "-", [13, DG], "-", [24, AN])]]),
  S("Slack user token", "comms", (g) => [["SLACK_USER_TOKEN", g.t("xo", "xp-", [12, DG], "-", [12, DG], "-", [13, DG], "-", [32, HEX])]]),
  S("Slack webhook", "comms", (g) => [["SLACK_WEBHOOK_URL", g.t("https://hooks.slack.com/services/", "T", [10, ANU], "/B", [10, ANU], "/", [24, AN])]]),
  S("Discord bot token", "comms", (g) => [["DISCORD_TOKEN", g.t("MT", [24, AN], ".", [6, URLS], ".", [38, URLS])]]),
  S("Discord webhook", "comms", (g) => [["DISCORD_WEBHOOK", g.t("https://discord.com/api/webhooks/", "1", [18, DG], "/", [68, URLS])]]),
  S("Telegram bot token", "comms", (g) => [["TELEGRAM_BOT_TOKEN", g.t("7", [9, DG], ":AA", [33, URLS])]]),
  S("Twilio auth token", "comms", (g) => [["TWILIO_AUTH_TOKEN", g.t([32, HEX])], ["TWILIO_ACCOUNT_SID", g.t("AC", [32, HEX])]]),
  S("SendGrid key", "comms", (g) => [["SENDGRID_API_KEY", g.t("S", "G.", [22, URLS], ".", [43, URLS])]]),
  S("Mailgun key", "comms", (g) => [["MAILGUN_API_KEY", g.t("key-", [32, HEX])]]),
  S("Mailchimp key", "comms", (g) => [["MAILCHIMP_API_KEY", g.t([32, HEX], "-us", [2, "123456789"])]]),
  // payment
  S("Stripe live secret", "payment", (g) => [["STRIPE_SECRET_KEY", g.t("sk", "_live_", "51", [97, AN])]]),
  S("Stripe restricted key", "payment", (g) => [["STRIPE_API_KEY", g.t("rk", "_live_", "51", [97, AN])]]),
  S("Stripe webhook secret", "payment", (g) => [["STRIPE_WEBHOOK_SECRET", g.t("wh", "sec_", [32, AN])]]),
  S("Square access token", "payment", (g) => [["SQUARE_ACCESS_TOKEN", g.t("EA", "AA", "l", [60, URLS])]]),
  S("PayPal client secret", "payment", (g) => [["PAYPAL_CLIENT_SECRET", g.t("E", [79, URLS])], ["PAYPAL_CLIENT_ID", g.t("A", [79, URLS])]]),
  S("Braintree access token", "payment", (g) => [["BRAINTREE_ACCESS_TOKEN", g.t("access_token$production$", [16, ANL], "$", [32, HEX])]]),
  S("Shopify admin token", "payment", (g) => [["SHOPIFY_ADMIN_TOKEN", g.t("shp", "at_", [32, HEX])]]),
  S("Adyen API key", "payment", (g) => [["ADYEN_API_KEY", g.t("AQE", [5, AN], "+", [120, B64])]]),
  // data
  S("Postgres URL", "data", (g) => [["DATABASE_URL", g.t("postgres://app_rw:", [24, AN], "@db-prod-1.", [8, ANL], ".eu-central-1.rds.amazonaws.com:5432/orders")]]),
  S("MongoDB Atlas URI", "data", (g) => [["MONGODB_URI", g.t("mongodb+srv://svc_api:", [20, AN], "@cluster0.", [5, ANL], ".mongodb.net/prod?retryWrites=true&w=majority")]]),
  S("Redis URL", "data", (g) => [["REDIS_URL", g.t("rediss://default:", [32, AN], "@redis-", [5, DG], ".c1.us-east-1-2.ec2.cloud.redislabs.com:", [5, DG])]]),
  S("MySQL DSN", "data", (g) => [["MYSQL_DSN", g.t("mysql://root:", [18, AN], "@10.0.3.14:3306/shop")]]),
  S("Neon Postgres URL", "data", (g) => [["NEON_DATABASE_URL", g.t("postgresql://neondb_owner:npg_", [12, AN], "@ep-", [5, LO], "-", [5, LO], "-", [8, ANL], ".us-east-2.aws.neon.tech/neondb?sslmode=require")]]),
  S("PlanetScale password", "data", (g) => [["PLANETSCALE_PASSWORD", g.t("pscale", "_pw_", [43, URLS])]]),
  S("Snowflake password", "data", (g) => [["SNOWFLAKE_PASSWORD", g.t([20, AN], "!", [4, DG])], ["SNOWFLAKE_ACCOUNT", g.t([7, ANU], "-", [7, ANU])]]),
  S("Databricks token", "data", (g) => [["DATABRICKS_TOKEN", g.t("dap", "i", [32, HEX])]]),
  // observability
  S("Datadog API key", "observability", (g) => [["DD_API_KEY", g.t([32, HEX])], ["DD_SITE", "datadoghq.eu"]]),
  S("New Relic license key", "observability", (g) => [["NEW_RELIC_LICENSE_KEY", g.t([36, HEX], "NRAL")]]),
  S("New Relic user key", "observability", (g) => [["NEW_RELIC_API_KEY", g.t("NR", "AK-", [27, ANU])]]),
  S("Sentry auth token", "observability", (g) => [["SENTRY_AUTH_TOKEN", g.t("sntr", "ys_", "eyJpYXQiOjE3", [80, URLS], "_", [43, URLS])]]),
  S("Grafana service account token", "observability", (g) => [["GRAFANA_TOKEN", g.t("gl", "sa_", [32, AN], "_", [8, HEX])]]),
  // auth
  S("Okta API token", "auth", (g) => [["OKTA_API_TOKEN", g.t("00", [40, URLS])], ["OKTA_ORG_URL", "https://acme.okta.com"]]),
  S("Auth0 client secret", "auth", (g) => [["AUTH0_CLIENT_SECRET", g.t([64, URLS])], ["AUTH0_CLIENT_ID", g.t([32, AN])]]),
  S("Google OAuth client secret", "auth", (g) => [["GOOGLE_CLIENT_SECRET", g.t("GO", "CSPX-", [28, URLS])]]),
  S("JWT signing secret", "auth", (g) => [["JWT_SECRET", g.t([64, HEX])]]),
  S("Session secret", "auth", (g) => [["SESSION_SECRET", g.t([48, B64])]]),
  S("Doppler service token", "auth", (g) => [["DOPPLER_TOKEN", g.t("dp", ".st.", "prd.", [43, AN])]]),
  S("1Password service account token", "auth", (g) => [["OP_SERVICE_ACCOUNT_TOKEN", g.t("op", "s_", "eyJzaWduSW5BZGRyZXNzIjoi", [300, URLS])]]),
  // saas
  S("Atlassian API token", "saas", (g) => [["JIRA_API_TOKEN", g.t("ATA", "TT3xFfGF0", [180, URLS], "=", [8, HEX])]]),
  S("Linear API key", "saas", (g) => [["LINEAR_API_KEY", g.t("lin", "_api_", [40, AN])]]),
  S("Notion integration secret", "saas", (g) => [["NOTION_TOKEN", g.t("nt", "n_", [11, DG], [35, AN])]]),
  S("Airtable PAT", "saas", (g) => [["AIRTABLE_TOKEN", g.t("pat", [14, AN], ".", [64, HEX])]]),
  S("Figma PAT", "saas", (g) => [["FIGMA_TOKEN", g.t("fig", "d_", [40, URLS])]]),
  S("HubSpot private app token", "saas", (g) => [["HUBSPOT_ACCESS_TOKEN", g.t("pat-", "na1-", g.uuid())]]),
  S("Contentful management token", "saas", (g) => [["CONTENTFUL_MANAGEMENT_TOKEN", g.t("CFP", "AT-", [43, URLS])]]),
  S("Algolia admin key", "saas", (g) => [["ALGOLIA_ADMIN_API_KEY", g.t([32, HEX])], ["ALGOLIA_APP_ID", g.t([10, ANU])]]),
  S("Mapbox secret token", "saas", (g) => [["MAPBOX_SECRET_TOKEN", g.t("s", "k.eyJ1Ijoi", [30, AN], ".", [22, URLS])]]),
  S("PostHog personal API key", "saas", (g) => [["POSTHOG_PERSONAL_API_KEY", g.t("ph", "x_", [47, AN])]]),
  S("Dropbox access token", "saas", (g) => [["DROPBOX_TOKEN", g.t("sl", ".", "u.", [150, URLS])]]),
  S("LaunchDarkly SDK server key", "saas", (g) => [["LD_SDK_KEY", g.t("sdk-", g.uuid())]]),
];

// keys: handcrafted private-key material
const pem = (g: Gen, label: string, nLines: number) => {
  const lines: string[] = [];
  for (let i = 0; i < nLines; i++) lines.push(g.s(64, B64));
  lines.push(g.s(24, B64) + "==");
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join("\n");
};
const keySpecs: Spec[] = [
  { provider: "RSA private key in write_file tool call", group: "keys", make: () => [], fixed: (g) => JSON.stringify({ type: "tool_use", id: "toolu_01" + g.s(22, AN), name: "write_file", input: { path: "certs/server.key", content: pem(g, "RSA " + "PRIVATE KEY", 20) + "\n" } }) },
  { provider: "OpenSSH private key pasted in chat", group: "keys", make: () => [], fixed: (g) => JSON.stringify({ messages: [{ role: "user", content: "ssh keeps saying 'invalid format' for this key, can you see why?\n\n" + pem(g, "OPENSSH " + "PRIVATE KEY", 6) }] }) },
  { provider: "EC private key in k8s secret", group: "keys", make: () => [], fixed: (g) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: signer\nstringData:\n  ec.pem: |\n${pem(g, "EC " + "PRIVATE KEY", 3).split("\n").map((l) => "    " + l).join("\n")}\n` },
  { provider: "PKCS#8 key in GCP service account JSON", group: "keys", make: () => [], fixed: (g) => JSON.stringify({ type: "service_account", project_id: "acme-prod-" + g.s(6, DG), private_key_id: g.s(40, HEX), private_key: pem(g, "PRIVATE" + " KEY", 16) + "\n", client_email: "deployer@acme-prod.iam.gserviceaccount.com", client_id: g.s(21, DG), token_uri: "https://oauth2.googleapis.com/token" }, null, 2) },
  { provider: "age secret key in shell history", group: "keys", make: () => [], fixed: (g) => `  88  age-keygen -o key.txt\n  89  cat key.txt\n  90  echo "${"AGE-SECRET" + "-KEY-1" + g.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}" > ~/.config/sops/age/keys.txt\n  91  sops -d secrets.enc.yaml` },
  { provider: "PGP private key block in markdown", group: "keys", make: () => [], fixed: (g) => "Import the release signing key:\n\n```\n" + pem(g, "PGP PRIVATE " + "KEY BLOCK", 12) + "\n```\n" },
  { provider: "RSA key in Python test fixture", group: "keys", make: () => [], fixed: (g) => `TEST_SIGNING_KEY = """\n${pem(g, "RSA " + "PRIVATE KEY", 14)}\n"""\n\ndef test_sign():\n    assert sign(b"x", TEST_SIGNING_KEY)\n` },
  { provider: "OpenSSH key in CI log", group: "keys", make: () => [], fixed: (g) => `##[group]Run echo "$DEPLOY_KEY" > ~/.ssh/id_ed25519\n${pem(g, "OPENSSH " + "PRIVATE KEY", 5)}\n##[endgroup]\nssh: connect to host 10.0.0.5 port 22: Connection refused` },
];

export const cases: CorpusCase[] = [
  ...build("y57", "heldouty57-sec", 5701, specs, 2, "c", (i) => i % 3 === 0),
  ...build("y57", "heldouty57-sec", 5702, keySpecs, 1, "ck"),
];
