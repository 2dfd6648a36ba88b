// heldout-y79 common providers: credential shapes built at run time (seed 79001), rotated through
// the shared context renderers, plus a few handcrafted cases.
import type { CorpusCase } from "../types.ts";
import { AN, ANL, ANU, B32, B64, B64U, DIG, expand, Gen, HEX, j, LO, UP, type Tok } from "./_gen.ts";

const g = new Gen(79001);
const cat = (grp: string) => `heldouty79-sec-${grp}`;
type Row = [provider: string, group: string, env: string, make: () => string];

const rows: Row[] = [
  // ai
  ["OpenAI project key", "ai", "OPENAI_API_KEY", () => j("sk-", "proj-", g.s(58, AN + "-_"), "T3Blbk", "FJ", g.s(58, AN + "-_"))],
  ["OpenAI legacy key", "ai", "OPENAI_KEY", () => j("sk-", g.s(20), "T3Blbk", "FJ", g.s(20))],
  ["OpenAI service account key", "ai", "OPENAI_SVC_KEY", () => j("sk-", "svcacct-", g.s(58, AN + "-_"), "T3Blbk", "FJ", g.s(58, AN + "-_"))],
  ["OpenAI admin key", "ai", "OPENAI_ADMIN_KEY", () => j("sk-", "admin-", g.s(58, AN + "-_"), "T3Blbk", "FJ", g.s(58, AN + "-_"))],
  ["Anthropic API key", "ai", "ANTHROPIC_API_KEY", () => j("sk-", "ant-", "api03-", g.s(93, B64U), "AA")],
  ["Anthropic admin key", "ai", "ANTHROPIC_ADMIN_KEY", () => j("sk-", "ant-", "admin01-", g.s(93, B64U), "AA")],
  ["Hugging Face token", "ai", "HF_TOKEN", () => j("h", "f_", g.s(34, UP + LO))],
  ["Google Gemini API key", "ai", "GEMINI_API_KEY", () => j("AI", "za", g.s(35, B64U))],
  ["Groq API key", "ai", "GROQ_API_KEY", () => j("gs", "k_", g.s(52))],
  ["Replicate token", "ai", "REPLICATE_API_TOKEN", () => j("r", "8_", g.s(37))],
  ["Perplexity key", "ai", "PERPLEXITY_API_KEY", () => j("pp", "lx-", g.s(48))],
  ["xAI key", "ai", "XAI_API_KEY", () => j("x", "ai-", g.s(80))],
  ["OpenRouter key", "ai", "OPENROUTER_API_KEY", () => j("sk-", "or-v1-", g.hex(64))],
  ["Mistral key", "ai", "MISTRAL_API_KEY", () => g.s(32)],
  ["Cohere key", "ai", "COHERE_API_KEY", () => g.s(40)],
  ["DeepSeek key", "ai", "DEEPSEEK_API_KEY", () => j("sk-", g.hex(32))],
  ["LangSmith key", "ai", "LANGSMITH_API_KEY", () => j("lsv2", "_pt_", g.hex(32), "_", g.hex(10))],
  ["Pinecone key", "ai", "PINECONE_API_KEY", () => j("pc", "sk_", g.s(5, ANL), "_", g.s(58))],
  ["Weights & Biases key", "ai", "WANDB_API_KEY", () => g.hex(40)],
  ["Azure OpenAI key", "ai", "AZURE_OPENAI_API_KEY", () => g.hex(32)],
  ["Tavily key", "ai", "TAVILY_API_KEY", () => j("tv", "ly-", g.s(32))],
  // auth
  ["GitHub classic PAT", "devtools", "GITHUB_TOKEN", () => j("gh", "p_", g.s(36))],
  ["GitHub fine-grained PAT", "devtools", "GH_PAT", () => j("github", "_pat_", "11", g.s(20, ANU), "_", g.s(59, AN))],
  ["GitHub OAuth token", "devtools", "GH_OAUTH_TOKEN", () => j("gh", "o_", g.s(36))],
  ["GitHub app installation token", "devtools", "GH_APP_TOKEN", () => j("gh", "s_", g.s(36))],
  ["GitHub refresh token", "devtools", "GH_REFRESH_TOKEN", () => j("gh", "r_", g.s(76))],
  ["GitLab PAT", "devtools", "GITLAB_TOKEN", () => j("gl", "pat-", g.s(20, AN + "-_"))],
  ["GitLab runner token", "devtools", "CI_RUNNER_TOKEN", () => j("gl", "rt-", g.s(20, AN + "-_"))],
  ["GitLab deploy token", "devtools", "GITLAB_DEPLOY_TOKEN", () => j("gl", "dt-", g.s(20, AN + "-_"))],
  ["npm automation token", "devtools", "NPM_TOKEN", () => j("np", "m_", g.s(36))],
  ["PyPI upload token", "devtools", "PYPI_API_TOKEN", () => j("py", "pi-", "AgEIcHlwaS5vcmc", g.s(70, B64U))],
  ["Docker Hub PAT", "devtools", "DOCKERHUB_TOKEN", () => j("dc", "kr_pat_", g.s(27, AN + "-_"))],
  ["Bitbucket app password", "devtools", "BITBUCKET_APP_PASSWORD", () => j("AT", "BB", g.s(28), g.hex(8).toUpperCase())],
  ["CircleCI personal token", "devtools", "CIRCLECI_TOKEN", () => j("CC", "IPAT_", g.s(22), "_", g.hex(40))],
  ["Postman API key", "devtools", "POSTMAN_API_KEY", () => j("PM", "AK-", g.hex(24), "-", g.hex(34))],
  ["Terraform Cloud token", "devtools", "TFE_TOKEN", () => j(g.s(14), ".at", "lasv1.", g.s(67))],
  ["Vercel token", "devtools", "VERCEL_TOKEN", () => g.s(24)],
  ["Netlify PAT", "devtools", "NETLIFY_AUTH_TOKEN", () => j("nf", "p_", g.s(40))],
  ["Sourcegraph token", "devtools", "SRC_ACCESS_TOKEN", () => j("sg", "p_", g.hex(40))],
  ["Okta API token", "auth", "OKTA_API_TOKEN", () => j("00", g.s(40, AN + "-_"))],
  ["Auth0 client secret", "auth", "AUTH0_CLIENT_SECRET", () => g.s(64, AN + "-_")],
  ["Google OAuth client secret", "auth", "GOOGLE_CLIENT_SECRET", () => j("GO", "CSPX-", g.s(28, AN + "-_"))],
  ["Google OAuth refresh token", "auth", "GOOGLE_REFRESH_TOKEN", () => j("1//", "0", g.s(98, AN + "-_"))],
  ["Google OAuth access token", "auth", "GOOGLE_ACCESS_TOKEN", () => j("ya", "29.", "a0A", g.s(150, AN + "-_"))],
  ["Azure AD client secret", "auth", "AZURE_CLIENT_SECRET", () => j(g.s(3), "8Q~", g.s(34, AN + "_~.-"))],
  ["JWT signing secret", "auth", "JWT_SECRET", () => g.s(64)],
  ["NextAuth secret", "auth", "NEXTAUTH_SECRET", () => g.b64(32)],
  ["Django secret key", "auth", "DJANGO_SECRET_KEY", () => j("django-", "insecure-", g.s(50, LO + DIG + "!@#$%^&*(-_=+)"))],
  ["Rails secret_key_base", "auth", "SECRET_KEY_BASE", () => g.hex(128)],
  ["Clerk secret key", "auth", "CLERK_SECRET_KEY", () => j("sk", "_live_", g.s(40))],
  ["Supabase service role JWT", "auth", "SUPABASE_SERVICE_ROLE_KEY", () => g.jwt({ iss: "supabase", ref: g.s(20, LO), role: "service_role", iat: 1717000000, exp: 2032576000 })],
  ["Express session secret", "auth", "SESSION_SECRET", () => g.hex(64)],
  // cloud
  ["AWS access key id", "cloud", "AWS_ACCESS_KEY_ID", () => j("AK", "IA", g.s(16, B32))],
  ["AWS secret access key", "cloud", "AWS_SECRET_ACCESS_KEY", () => g.s(40, B64)],
  ["AWS STS session key id", "cloud", "AWS_SESSION_KEY_ID", () => j("AS", "IA", g.s(16, B32))],
  ["GCP API key (server)", "cloud", "GOOGLE_API_KEY", () => j("AI", "za", g.s(35, B64U))],
  ["Azure storage account key", "cloud", "AZURE_STORAGE_KEY", () => g.b64(64)],
  ["Azure storage connection string", "cloud", "AZURE_STORAGE_CONNECTION_STRING", () => j("DefaultEndpointsProtocol=https;AccountName=acme", g.s(6, ANL), ";AccountKey=", g.b64(64), ";EndpointSuffix=core.windows.net")],
  ["DigitalOcean PAT", "cloud", "DIGITALOCEAN_TOKEN", () => j("do", "p_v1_", g.hex(64))],
  ["DigitalOcean OAuth", "cloud", "DO_OAUTH_TOKEN", () => j("do", "o_v1_", g.hex(64))],
  ["Heroku API key", "cloud", "HEROKU_API_KEY", () => j("HR", "KU-", g.s(60, AN + "_-"))],
  ["Cloudflare API token", "cloud", "CLOUDFLARE_API_TOKEN", () => g.s(40, AN + "_-")],
  ["Cloudflare global key", "cloud", "CF_API_KEY", () => g.hex(37)],
  ["Fly.io token", "cloud", "FLY_API_TOKEN", () => j("Fly", "V1 ", "fm2_", g.s(120, B64))],
  ["Linode token", "cloud", "LINODE_TOKEN", () => g.hex(64)],
  ["Hetzner Cloud token", "cloud", "HCLOUD_TOKEN", () => g.s(64)],
  ["Alibaba Cloud AccessKey id", "cloud", "ALIBABA_CLOUD_ACCESS_KEY_ID", () => j("LT", "AI", g.s(20))],
  ["Render API key", "cloud", "RENDER_API_KEY", () => j("rn", "d_", g.s(32))],
  ["Railway token", "cloud", "RAILWAY_TOKEN", () => g.uuid()],
  // comms
  ["Slack bot token", "comms", "SLACK_BOT_TOKEN", () => j("xo", "xb-", g.digits(12), "-", g.digits(13), "-", g.s(24))],
  ["Slack user token", "comms", "SLACK_USER_TOKEN", () => j("xo", "xp-", g.digits(12), "-", g.digits(12), "-", g.digits(13), "-", g.hex(32))],
  ["Slack app-level token", "comms", "SLACK_APP_TOKEN", () => j("xa", "pp-1-", "A0", g.s(9, ANU), "-", g.digits(13), "-", g.hex(64))],
  ["Slack incoming webhook", "comms", "SLACK_WEBHOOK_URL", () => j("https://hooks.", "slack.com/services/", "T0", g.s(9, ANU), "/B0", g.s(9, ANU), "/", g.s(24))],
  ["Discord bot token", "comms", "DISCORD_TOKEN", () => j("MT", g.s(24, AN), ".", g.s(6, B64U), ".", g.s(38, B64U))],
  ["Discord webhook", "comms", "DISCORD_WEBHOOK", () => j("https://discord.com/api/", "webhooks/", g.digits(19), "/", g.s(68, B64U))],
  ["Telegram bot token", "comms", "TELEGRAM_BOT_TOKEN", () => j(g.digits(10), ":AA", g.s(33, B64U))],
  ["Twilio auth token", "comms", "TWILIO_AUTH_TOKEN", () => g.hex(32)],
  ["Twilio API key secret", "comms", "TWILIO_API_SECRET", () => g.s(32)],
  ["SendGrid API key", "comms", "SENDGRID_API_KEY", () => j("S", "G.", g.s(22, B64U), ".", g.s(43, B64U))],
  ["Mailgun API key", "comms", "MAILGUN_API_KEY", () => j("key", "-", g.hex(32))],
  ["Mailchimp API key", "comms", "MAILCHIMP_API_KEY", () => j(g.hex(32), "-us", String(g.range(1, 21)))],
  ["Postmark server token", "comms", "POSTMARK_SERVER_TOKEN", () => g.uuid()],
  ["Resend API key", "comms", "RESEND_API_KEY", () => j("r", "e_", g.s(8), "_", g.s(24))],
  ["Microsoft Teams webhook", "comms", "TEAMS_WEBHOOK_URL", () => j("https://acme.webhook.", "office.com/webhookb2/", g.uuid(), "@", g.uuid(), "/IncomingWebhook/", g.hex(32), "/", g.uuid())],
  ["Brevo API key", "comms", "BREVO_API_KEY", () => j("xke", "ysib-", g.hex(64), "-", g.s(16))],
  // data
  ["Postgres URL", "data", "DATABASE_URL", () => j("postgres", "ql://app_user:", g.s(24), "@db-prod.cluster-", g.s(12, ANL), ".eu-west-1.rds.amazonaws.com:5432/app")],
  ["MongoDB Atlas URI", "data", "MONGODB_URI", () => j("mongodb", "+srv://svc:", g.s(20), "@cluster0.", g.s(5, ANL), ".mongodb.net/prod?retryWrites=true")],
  ["Redis URL", "data", "REDIS_URL", () => j("redi", "ss://default:", g.s(32), "@redis-", g.digits(5), ".c1.us-east-1-2.ec2.cloud.redislabs.com:", g.digits(5))],
  ["MySQL URL", "data", "MYSQL_URL", () => j("mysql", "://root:", g.s(18), "@10.0.4.17:3306/shop")],
  ["PlanetScale password", "data", "PLANETSCALE_PASSWORD", () => j("psc", "ale_pw_", g.s(43, AN + "_"))],
  ["PlanetScale service token", "data", "PLANETSCALE_TOKEN", () => j("psc", "ale_tkn_", g.s(43, AN + "_"))],
  ["Neon connection string", "data", "NEON_DATABASE_URL", () => j("postgres", "ql://neondb_owner:", "npg_", g.s(12), "@ep-", g.s(5, LO), "-", g.s(5, LO), "-", g.s(8, ANL), ".us-east-2.aws.neon.tech/neondb?sslmode=require")],
  ["Upstash Redis REST token", "data", "UPSTASH_REDIS_REST_TOKEN", () => j("AX", g.s(4), "AAIjcD", g.s(50, AN))],
  ["Snowflake password", "data", "SNOWFLAKE_PASSWORD", () => g.s(20, AN + "!#%")],
  ["Databricks PAT", "data", "DATABRICKS_TOKEN", () => j("da", "pi", g.hex(32))],
  ["Elasticsearch API key", "data", "ELASTIC_API_KEY", () => Buffer.from(j(g.s(20, B64U), ":", g.s(22, B64U))).toString("base64")],
  ["Algolia admin key", "data", "ALGOLIA_ADMIN_KEY", () => g.hex(32)],
  ["ClickHouse Cloud password", "data", "CLICKHOUSE_PASSWORD", () => g.s(16, AN + "~._")],
  ["Turso auth token", "data", "TURSO_AUTH_TOKEN", () => g.jwt({ a: "rw", iat: 1730000000, id: g.uuid() }).replace("HS256", "EdDSA")],
  // observability
  ["Datadog API key", "observability", "DD_API_KEY", () => g.hex(32)],
  ["Datadog application key", "observability", "DD_APP_KEY", () => g.hex(40)],
  ["New Relic user key", "observability", "NEW_RELIC_API_KEY", () => j("NR", "AK-", g.s(27, ANU))],
  ["New Relic license key", "observability", "NEW_RELIC_LICENSE_KEY", () => j(g.hex(36), "NR", "AL")],
  ["Sentry auth token", "observability", "SENTRY_AUTH_TOKEN", () => j("sn", "trys_", g.b64url(60))],
  ["Sentry user token", "observability", "SENTRY_TOKEN", () => j("sn", "tryu_", g.hex(64))],
  ["Grafana service account token", "observability", "GRAFANA_TOKEN", () => j("gl", "sa_", g.s(32), "_", g.hex(8))],
  ["Grafana Cloud token", "observability", "GRAFANA_CLOUD_TOKEN", () => j("gl", "c_", Buffer.from(JSON.stringify({ o: g.digits(6), n: "stack-" + g.digits(6) + "-hm-read", k: g.s(24), m: { r: "prod-us-east-0" } })).toString("base64"))],
  ["Honeycomb key", "observability", "HONEYCOMB_API_KEY", () => j("hc", "aik_", g.s(58, ANL))],
  ["PagerDuty token", "observability", "PAGERDUTY_TOKEN", () => j("u+", g.s(18, AN + "_-"))],
  // payment
  ["Stripe secret key", "payment", "STRIPE_SECRET_KEY", () => j("sk", "_live_", "51", g.s(97))],
  ["Stripe restricted key", "payment", "STRIPE_RESTRICTED_KEY", () => j("rk", "_live_", "51", g.s(97))],
  ["Stripe webhook secret", "payment", "STRIPE_WEBHOOK_SECRET", () => j("wh", "sec_", g.s(32))],
  ["Square access token", "payment", "SQUARE_ACCESS_TOKEN", () => j("EAAA", "E", g.s(59, AN + "-_"))],
  ["PayPal client secret", "payment", "PAYPAL_CLIENT_SECRET", () => j("E", g.s(79, AN + "-_"))],
  ["Braintree access token", "payment", "BRAINTREE_ACCESS_TOKEN", () => j("access", "_token$production$", g.s(16, ANL), "$", g.hex(32))],
  ["Shopify Admin API token", "payment", "SHOPIFY_ACCESS_TOKEN", () => j("sh", "pat_", g.hex(32))],
  ["Shopify shared secret", "payment", "SHOPIFY_API_SECRET", () => j("sh", "pss_", g.hex(32))],
  ["Adyen API key", "payment", "ADYEN_API_KEY", () => j("AQE", g.s(5), "hmfxL", g.s(60, AN + "+/=-"))],
  ["Plaid secret", "payment", "PLAID_SECRET", () => g.hex(30)],
  ["Coinbase API secret", "payment", "COINBASE_API_SECRET", () => g.b64(64)],
  ["Razorpay key secret", "payment", "RAZORPAY_KEY_SECRET", () => g.s(24)],
  // saas
  ["Atlassian API token", "saas", "JIRA_API_TOKEN", () => j("AT", "ATT3xFfGF0", g.s(180, AN + "-_="), "=", g.hex(8).toUpperCase())],
  ["Linear API key", "saas", "LINEAR_API_KEY", () => j("lin", "_api_", g.s(40))],
  ["Notion integration token", "saas", "NOTION_TOKEN", () => j("nt", "n_", g.digits(11), g.s(35))],
  ["Notion legacy secret", "saas", "NOTION_API_KEY", () => j("sec", "ret_", g.s(43))],
  ["Airtable PAT", "saas", "AIRTABLE_TOKEN", () => j("pat", g.s(14), ".", g.hex(64))],
  ["Figma PAT", "saas", "FIGMA_TOKEN", () => j("fig", "d_", g.s(40, AN + "-_"))],
  ["HubSpot private app token", "saas", "HUBSPOT_ACCESS_TOKEN", () => j("pat-", "na1-", g.uuid())],
  ["Contentful management token", "saas", "CONTENTFUL_MANAGEMENT_TOKEN", () => j("CF", "PAT-", g.s(43, AN + "-_"))],
  ["Asana PAT", "saas", "ASANA_TOKEN", () => j("2/", g.digits(16), "/", g.digits(16), ":", g.hex(32))],
  ["Zendesk API token", "saas", "ZENDESK_API_TOKEN", () => g.s(40)],
  ["Intercom access token", "saas", "INTERCOM_TOKEN", () => j("dG9r", "Oj", g.s(56, B64), "=")],
  ["Dropbox access token", "saas", "DROPBOX_ACCESS_TOKEN", () => j("sl", ".u.", g.s(140, AN + "-_"))],
  ["LaunchDarkly SDK key (server)", "saas", "LAUNCHDARKLY_SDK_KEY", () => j("sdk", "-", g.uuid())],
  ["PostHog personal API key", "saas", "POSTHOG_PERSONAL_API_KEY", () => j("ph", "x_", g.s(47))],
  ["Mapbox secret token", "saas", "MAPBOX_SECRET_TOKEN", () => j("s", "k.", g.b64url(40), ".", g.s(22, B64U))],
  ["Doppler service token", "saas", "DOPPLER_TOKEN", () => j("dp", ".st.", "prd.", g.s(43))],
  ["1Password service account token", "saas", "OP_SERVICE_ACCOUNT_TOKEN", () => j("op", "s_", g.b64url(180))],
  ["HashiCorp Vault token", "saas", "VAULT_TOKEN", () => j("hv", "s.", g.s(90, AN + "_-"))],
];

const toks: Tok[] = rows.map(([provider, group, env, make]) => ({ provider, group, env, value: make() }));
const rotated = expand(toks, "y79-c", cat);

// handcrafted: key material and odd slots
const hand: Array<[string, string, string]> = [];
const rsa = g.pem("RSA PRIVATE KEY", 1190);
hand.push(["keys", "RSA private key (PKCS#1) pasted into a chat body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `ssh fails with this key, what's wrong?\n\n${rsa}\n` }] })]);
const ec = g.pem("EC PRIVATE KEY", 121);
hand.push(["keys", "EC private key written via write_file tool call", JSON.stringify({ type: "tool_use", id: "toolu_01Ab9", name: "write_file", input: { path: "certs/server.key", content: ec + "\n" } })]);
const pk8 = g.pem("PRIVATE KEY", 1218);
hand.push(["keys", "PKCS#8 private key inside GCP service account JSON", JSON.stringify({ type: "service_account", project_id: "acme-prod-" + g.digits(6), private_key_id: g.hex(40), private_key: pk8 + "\n", client_email: "deployer@acme-prod.iam.gserviceaccount.com", client_id: g.digits(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2)]);
const ossh = g.pem("OPENSSH PRIVATE KEY", 400);
hand.push(["keys", "OpenSSH private key in shell heredoc", `cat > ~/.ssh/id_ed25519 <<'KEY'\n${ossh}\nKEY\nchmod 600 ~/.ssh/id_ed25519`]);
const pgp = ["-----BEGIN PGP PRIVATE KEY BLOCK-----", "", g.b64(900).match(/.{1,64}/g)!.join("\n"), "=" + g.s(4, B64), "-----END PGP PRIVATE KEY BLOCK-----"].join("\n");
hand.push(["keys", "PGP private key block in a CI variable dump", `GPG_PRIVATE_KEY<<EOF\n${pgp}\nEOF`]);
hand.push(["keys", "age secret key in a SOPS keys file", `# created: 2025-09-14T10:22:31Z\n# public key: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${j("AGE-", "SECRET-KEY-1", g.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))}\n`]);
hand.push(["auth", ".netrc with machine password", `machine api.heroku.com\n  login ops@acme.io\n  password ${g.uuid()}\nmachine git.heroku.com\n  login ops@acme.io\n  password ${j("HR", "KU-", g.s(60, AN + "_-"))}\n`]);
hand.push(["data", ".pgpass line", `db-prod.internal:5432:orders:orders_rw:${g.s(26, AN + "!%")}\n`]);
hand.push(["devtools", ".npmrc auth token", `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${j("np", "m_", g.s(36))}\nalways-auth=true\n`]);
hand.push(["devtools", "docker config.json auth", JSON.stringify({ auths: { "registry.gitlab.com": { auth: Buffer.from("deploy-bot:" + j("gl", "pat-", g.s(20, AN + "-_"))).toString("base64") } } }, null, 2)]);
hand.push(["auth", "basic auth credentials in a URL in a git remote", `[remote "origin"]\n\turl = https://ci-bot:${j("gh", "p_", g.s(36))}@github.com/acme/platform.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`]);
hand.push(["cloud", "Azure SAS URL in a log line", `2025-11-02T08:01:55Z upload ok -> https://acmeprod.blob.core.windows.net/backups/db.tar.gz?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2026-12-31T00:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.b64(32))}`]);
hand.push(["ai", "Anthropic key as a CLI positional arg in a tool call", JSON.stringify({ tool: "bash", input: { command: `python scripts/eval.py --model claude-opus-4 --api-key ${j("sk-", "ant-", "api03-", g.s(93, B64U), "AA")} --n 50` } })]);
hand.push(["cloud", "AWS credentials file", `[default]\naws_access_key_id = ${j("AK", "IA", g.s(16, B32))}\naws_secret_access_key = ${g.s(40, B64)}\nregion = us-west-2\n`]);
hand.push(["payment", "Stripe key in a crontab line", `*/15 * * * * STRIPE_KEY=${j("sk", "_live_", g.s(24))} /usr/local/bin/reconcile --since 15m >> /var/log/reconcile.log 2>&1\n`]);

const handCases: CorpusCase[] = hand.map(([grp, note, text], i) => ({
  id: `y79-ck-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: cat(grp),
  label: "positive",
  text,
  note,
}));

export const cases: CorpusCase[] = [...rotated, ...handCases];
void DIG;
void HEX;
