// Common providers, rotated through the shared renderers, plus handcrafted multi-value cases.
import type { CorpusCase } from "../types.ts";
import { Gen, j, rotate, type Spec, BECH, AL } from "./_gen.ts";

const CAT = "heldouty36-sec";

const specs: Spec[] = [
  // ai
  { g: "ai", p: "OpenAI", env: "OPENAI_API_KEY", mk: (g) => j("sk-", "proj-", g.us(74), "T3Blbk", "FJ", g.us(74)), host: "api.openai.com" },
  { g: "ai", p: "OpenAI service account", env: "OPENAI_API_KEY", mk: (g) => j("sk-", "svcacct-", g.us(74), "T3Blbk", "FJ", g.us(74)), host: "api.openai.com" },
  { g: "ai", p: "OpenAI admin", env: "OPENAI_ADMIN_KEY", mk: (g) => j("sk-", "admin-", g.us(74), "T3Blbk", "FJ", g.us(74)), host: "api.openai.com" },
  { g: "ai", p: "Anthropic", env: "ANTHROPIC_API_KEY", mk: (g) => j("sk-", "ant-", "api03-", g.us(93), "AA"), hdr: "x-api-key", host: "api.anthropic.com" },
  { g: "ai", p: "Anthropic admin", env: "ANTHROPIC_ADMIN_KEY", mk: (g) => j("sk-", "ant-", "admin01-", g.us(93), "AA"), hdr: "x-api-key", host: "api.anthropic.com" },
  { g: "ai", p: "Hugging Face", env: "HF_TOKEN", mk: (g) => j("h", "f_", g.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")), host: "huggingface.co" },
  { g: "ai", p: "Groq", env: "GROQ_API_KEY", mk: (g) => j("gs", "k_", g.a(52)), host: "api.groq.com" },
  { g: "ai", p: "Replicate", env: "REPLICATE_API_TOKEN", mk: (g) => j("r8", "_", g.a(37)), host: "api.replicate.com" },
  { g: "ai", p: "Perplexity", env: "PERPLEXITY_API_KEY", mk: (g) => j("pp", "lx-", g.a(48)), host: "api.perplexity.ai" },
  { g: "ai", p: "Google Gemini", env: "GEMINI_API_KEY", mk: (g) => j("AI", "za", "Sy", g.us(33)), hdr: "x-goog-api-key", host: "generativelanguage.googleapis.com" },
  { g: "ai", p: "xAI", env: "XAI_API_KEY", mk: (g) => j("xa", "i-", g.a(80)), host: "api.x.ai" },
  { g: "ai", p: "OpenRouter", env: "OPENROUTER_API_KEY", mk: (g) => j("sk-", "or-", "v1-", g.h(64)), host: "openrouter.ai" },
  { g: "ai", p: "DeepSeek", env: "DEEPSEEK_API_KEY", mk: (g) => j("sk", "-", g.h(32)), host: "api.deepseek.com" },
  { g: "ai", p: "Cohere", env: "COHERE_API_KEY", mk: (g) => g.a(40), host: "api.cohere.com" },
  { g: "ai", p: "Mistral", env: "MISTRAL_API_KEY", mk: (g) => g.a(32), host: "api.mistral.ai" },
  { g: "ai", p: "LangSmith", env: "LANGSMITH_API_KEY", mk: (g) => j("lsv2", "_pt_", g.h(32), "_", g.h(10)), hdr: "x-api-key", host: "api.smith.langchain.com" },
  { g: "ai", p: "Pinecone", env: "PINECONE_API_KEY", mk: (g) => j("pcsk", "_", g.a(5), "_", g.a(63)), hdr: "Api-Key", host: "api.pinecone.io" },
  { g: "ai", p: "Weights & Biases", env: "WANDB_API_KEY", mk: (g) => g.h(40), hdr: "basic", host: "api.wandb.ai" },
  // auth
  { g: "auth", p: "Okta", env: "OKTA_API_TOKEN", mk: (g) => j("0", "0", g.us(40)), hdr: "Authorization: SSWS", host: "acme.okta.com" },
  { g: "auth", p: "Auth0", env: "AUTH0_CLIENT_SECRET", mk: (g) => g.us(64), host: "acme.eu.auth0.com" },
  { g: "auth", p: "JWT signing", env: "JWT_SECRET", mk: (g) => g.h(64) },
  { g: "auth", p: "Express session", env: "SESSION_SECRET", mk: (g) => g.pw(48) },
  { g: "auth", p: "Google OAuth client", env: "GOOGLE_CLIENT_SECRET", mk: (g) => j("GOC", "SPX-", g.us(28)), host: "oauth2.googleapis.com" },
  { g: "auth", p: "Google OAuth refresh token", env: "GOOGLE_REFRESH_TOKEN", mk: (g) => j("1", "//0", g.us(101)), host: "oauth2.googleapis.com" },
  { g: "auth", p: "Google OAuth access token", env: "GOOGLE_ACCESS_TOKEN", mk: (g) => j("ya", "29.", "a0A", g.us(160)), host: "www.googleapis.com" },
  { g: "auth", p: "Clerk", env: "CLERK_SECRET_KEY", mk: (g) => j("sk", "_live_", g.a(40)), host: "api.clerk.com" },
  { g: "auth", p: "HashiCorp Vault", env: "VAULT_TOKEN", mk: (g) => j("hv", "s.", g.us(92)), hdr: "X-Vault-Token", host: "vault.internal.acme.io" },
  { g: "auth", p: "Doppler", env: "DOPPLER_TOKEN", mk: (g) => j("dp", ".st.", "prd.", g.a(43)), host: "api.doppler.com" },
  { g: "auth", p: "NextAuth", env: "NEXTAUTH_SECRET", mk: (g) => g.b64bytes(32) },
  { g: "auth", p: "1Password service account", env: "OP_SERVICE_ACCOUNT_TOKEN", mk: (g) => j("op", "s_", "eyJ", g.us(300)) },
  // cloud
  { g: "cloud", p: "AWS", env: "AWS_SECRET_ACCESS_KEY", mk: (g) => g.str(40, AL + "/+"), host: "sts.amazonaws.com" },
  { g: "cloud", p: "AWS access key id", env: "AWS_ACCESS_KEY_ID", mk: (g) => j("AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")), host: "s3.amazonaws.com" },
  { g: "cloud", p: "Azure Storage", env: "AZURE_STORAGE_KEY", mk: (g) => g.b64bytes(64), host: "acmeprod.blob.core.windows.net" },
  { g: "cloud", p: "Azure AD", env: "AZURE_CLIENT_SECRET", mk: (g) => j(g.a(3), "8Q", "~", g.str(34, AL + "~._-")), host: "login.microsoftonline.com" },
  { g: "cloud", p: "DigitalOcean", env: "DIGITALOCEAN_TOKEN", mk: (g) => j("do", "p_v1_", g.h(64)), host: "api.digitalocean.com" },
  { g: "cloud", p: "DigitalOcean OAuth", env: "DO_OAUTH_TOKEN", mk: (g) => j("do", "o_v1_", g.h(64)), host: "api.digitalocean.com" },
  { g: "cloud", p: "Heroku", env: "HEROKU_API_KEY", mk: (g) => j("HR", "KU-", "AA", g.us(58)), host: "api.heroku.com" },
  { g: "cloud", p: "Vercel", env: "VERCEL_TOKEN", mk: (g) => g.a(24), host: "api.vercel.com" },
  { g: "cloud", p: "Netlify", env: "NETLIFY_AUTH_TOKEN", mk: (g) => j("nf", "p_", g.a(36)), host: "api.netlify.com" },
  { g: "cloud", p: "Fly.io", env: "FLY_API_TOKEN", mk: (g) => j("Fly", "V1 ", "fm2_", g.b64(180)), host: "api.fly.io" },
  { g: "cloud", p: "Cloudflare", env: "CLOUDFLARE_API_TOKEN", mk: (g) => g.us(40), host: "api.cloudflare.com" },
  { g: "cloud", p: "Cloudflare global key", env: "CLOUDFLARE_API_KEY", mk: (g) => g.h(37), hdr: "X-Auth-Key", host: "api.cloudflare.com" },
  { g: "cloud", p: "Terraform Cloud", env: "TFE_TOKEN", mk: (g) => j(g.a(14), ".atlas", "v1.", g.a(67)), host: "app.terraform.io" },
  { g: "cloud", p: "Supabase", env: "SUPABASE_SECRET_KEY", mk: (g) => j("sb", "_secret_", g.us(32)), hdr: "apikey", host: "xyzcompany.supabase.co" },
  { g: "cloud", p: "Alibaba Cloud", env: "ALIBABA_CLOUD_ACCESS_KEY_ID", mk: (g) => j("LT", "AI", g.a(20)), host: "ecs.aliyuncs.com" },
  // devtools
  { g: "devtools", p: "GitHub classic PAT", env: "GITHUB_TOKEN", mk: (g) => j("gh", "p_", g.a(36)), hdr: "token", host: "api.github.com" },
  { g: "devtools", p: "GitHub fine-grained PAT", env: "GH_TOKEN", mk: (g) => j("github", "_pat_", "11", g.u(20), "_", g.a(59)), host: "api.github.com" },
  { g: "devtools", p: "GitHub OAuth", env: "GITHUB_OAUTH_TOKEN", mk: (g) => j("gh", "o_", g.a(36)), host: "api.github.com" },
  { g: "devtools", p: "GitHub App installation", env: "GITHUB_APP_TOKEN", mk: (g) => j("gh", "s_", g.a(36)), host: "api.github.com" },
  { g: "devtools", p: "GitHub refresh", env: "GITHUB_REFRESH_TOKEN", mk: (g) => j("gh", "r_", g.a(76)), host: "github.com" },
  { g: "devtools", p: "GitLab", env: "GITLAB_TOKEN", mk: (g) => j("gl", "pat-", g.us(20)), hdr: "PRIVATE-TOKEN", host: "gitlab.com" },
  { g: "devtools", p: "npm", env: "NPM_TOKEN", mk: (g) => j("np", "m_", g.a(36)), host: "registry.npmjs.org" },
  { g: "devtools", p: "PyPI", env: "PYPI_API_TOKEN", mk: (g) => j("py", "pi-", "AgEIcHlwaS5vcmc", g.us(150)), host: "upload.pypi.org" },
  { g: "devtools", p: "Docker Hub", env: "DOCKERHUB_TOKEN", mk: (g) => j("dck", "r_pat_", g.us(27)), host: "hub.docker.com" },
  { g: "devtools", p: "Bitbucket app password", env: "BITBUCKET_APP_PASSWORD", mk: (g) => j("AT", "BB", g.a(32)), hdr: "basic", host: "api.bitbucket.org" },
  { g: "devtools", p: "Atlassian", env: "JIRA_API_TOKEN", mk: (g) => j("ATA", "TT3xFfGF0", g.us(180), "=", g.H(8)), hdr: "basic", host: "acme.atlassian.net" },
  { g: "devtools", p: "CircleCI", env: "CIRCLE_TOKEN", mk: (g) => j("CCI", "PAT_", g.a(22), "_", g.h(40)), hdr: "Circle-Token", host: "circleci.com" },
  { g: "devtools", p: "Postman", env: "POSTMAN_API_KEY", mk: (g) => j("PM", "AK-", g.h(24), "-", g.h(34)), hdr: "X-Api-Key", host: "api.getpostman.com" },
  { g: "devtools", p: "Linear", env: "LINEAR_API_KEY", mk: (g) => j("lin", "_api_", g.a(40)), host: "api.linear.app" },
  { g: "devtools", p: "Shopify admin", env: "SHOPIFY_ACCESS_TOKEN", mk: (g) => j("sh", "pat_", g.h(32)), hdr: "X-Shopify-Access-Token", host: "acme.myshopify.com" },
  { g: "devtools", p: "Shopify shared secret", env: "SHOPIFY_API_SECRET", mk: (g) => j("sh", "pss_", g.h(32)), host: "acme.myshopify.com" },
  // comms
  { g: "comms", p: "Slack bot", env: "SLACK_BOT_TOKEN", mk: (g) => j("xo", "xb-", g.d(12), "-", g.d(13), "-", g.a(24)), host: "slack.com" },
  { g: "comms", p: "Slack user", env: "SLACK_USER_TOKEN", mk: (g) => j("xo", "xp-", g.d(12), "-", g.d(12), "-", g.d(13), "-", g.h(32)), host: "slack.com" },
  { g: "comms", p: "Slack app-level", env: "SLACK_APP_TOKEN", mk: (g) => j("xa", "pp-1-", "A0", g.u(9), "-", g.d(13), "-", g.h(64)), host: "slack.com" },
  { g: "comms", p: "Slack webhook", env: "SLACK_WEBHOOK_URL", mk: (g) => j("https://hooks.", "slack.com/services/", "T0", g.u(7), "/B0", g.u(8), "/", g.a(24)), url: true },
  { g: "comms", p: "Discord bot", env: "DISCORD_BOT_TOKEN", mk: (g) => j("MT", g.a(22), ".", g.us(6), ".", g.us(38)), hdr: "Authorization: Bot", host: "discord.com" },
  { g: "comms", p: "Discord webhook", env: "DISCORD_WEBHOOK_URL", mk: (g) => j("https://discord.com/api/", "webhooks/", "1", g.d(18), "/", g.us(68)), url: true },
  { g: "comms", p: "Telegram bot", env: "TELEGRAM_BOT_TOKEN", mk: (g) => j(String(g.range(5, 7)), g.d(9), ":AA", g.us(33)), host: "api.telegram.org" },
  { g: "comms", p: "Twilio API key secret", env: "TWILIO_API_SECRET", mk: (g) => g.a(32), hdr: "basic", host: "api.twilio.com" },
  { g: "comms", p: "Twilio auth token", env: "TWILIO_AUTH_TOKEN", mk: (g) => g.h(32), hdr: "basic", host: "api.twilio.com" },
  { g: "comms", p: "SendGrid", env: "SENDGRID_API_KEY", mk: (g) => j("S", "G.", g.us(22), ".", g.us(43)), host: "api.sendgrid.com" },
  { g: "comms", p: "Mailgun", env: "MAILGUN_API_KEY", mk: (g) => j(g.h(32), "-", g.h(8), "-", g.h(8)), hdr: "basic", host: "api.mailgun.net" },
  { g: "comms", p: "Mailchimp", env: "MAILCHIMP_API_KEY", mk: (g) => j(g.h(32), "-us", String(g.range(2, 21))), hdr: "basic", host: "us21.api.mailchimp.com" },
  // data
  { g: "data", p: "PostgreSQL", env: "DATABASE_URL", mk: (g) => j("postgres", "ql://app_user:", g.pw(22).replace(/[@#%]/g, "x"), "@db-prod.c", g.l(10), ".eu-west-1.rds.amazonaws.com:5432/orders"), url: true },
  { g: "data", p: "MySQL", env: "MYSQL_URL", mk: (g) => j("mys", "ql://root:", g.a(18), "@10.0.3.17:3306/shop"), url: true },
  { g: "data", p: "Redis", env: "REDIS_URL", mk: (g) => j("redi", "ss://default:", g.a(32), "@redis-1", g.d(4), ".c", g.d(3), ".us-east-1-2.ec2.cloud.redislabs.com:", g.d(5)), url: true },
  { g: "data", p: "MongoDB Atlas", env: "MONGODB_URI", mk: (g) => j("mongo", "db+srv://svc:", g.a(16), "@cluster0.", g.l(5), ".mongodb.net/app?retryWrites=true&w=majority"), url: true },
  { g: "data", p: "Neon", env: "NEON_DATABASE_URL", mk: (g) => j("postgres", "ql://neondb_owner:", "npg_", g.a(12), "@ep-", g.l(6), "-", g.l(8), ".us-east-2.aws.neon.tech/neondb?sslmode=require"), url: true },
  { g: "data", p: "PlanetScale", env: "PLANETSCALE_PASSWORD", mk: (g) => j("psc", "ale_pw_", g.us(43)), host: "aws.connect.psdb.cloud" },
  { g: "data", p: "Upstash Redis REST", env: "UPSTASH_REDIS_REST_TOKEN", mk: (g) => j("A", g.us(3), "AAIjcD", g.us(60)), host: "eu1-fast-mole-12345.upstash.io" },
  { g: "data", p: "Snowflake", env: "SNOWFLAKE_PASSWORD", mk: (g) => g.pw(24) },
  { g: "data", p: "Databricks", env: "DATABRICKS_TOKEN", mk: (g) => j("da", "pi", g.h(32)), host: "adb-1234567890123456.7.azuredatabricks.net" },
  // observability
  { g: "observability", p: "Datadog API key", env: "DD_API_KEY", mk: (g) => g.h(32), hdr: "DD-API-KEY", host: "api.datadoghq.com" },
  { g: "observability", p: "Datadog application key", env: "DD_APP_KEY", mk: (g) => g.h(40), hdr: "DD-APPLICATION-KEY", host: "api.datadoghq.com" },
  { g: "observability", p: "New Relic user key", env: "NEW_RELIC_API_KEY", mk: (g) => j("NR", "AK-", g.u(27)), hdr: "Api-Key", host: "api.newrelic.com" },
  { g: "observability", p: "New Relic license key", env: "NEW_RELIC_LICENSE_KEY", mk: (g) => j(g.h(36), "NRAL"), hdr: "X-License-Key", host: "log-api.newrelic.com" },
  { g: "observability", p: "Sentry auth token", env: "SENTRY_AUTH_TOKEN", mk: (g) => j("sn", "trys_", "eyJpYXQiOjE3", g.us(120), "_", g.us(43)), host: "sentry.io" },
  { g: "observability", p: "Grafana service account", env: "GRAFANA_TOKEN", mk: (g) => j("gl", "sa_", g.a(32), "_", g.h(8)), host: "acme.grafana.net" },
  { g: "observability", p: "Grafana Cloud", env: "GRAFANA_CLOUD_API_KEY", mk: (g) => j("gl", "c_", "eyJvIjoi", g.us(120), "=="), host: "grafana.com" },
  // payment
  { g: "payment", p: "Stripe", env: "STRIPE_SECRET_KEY", mk: (g) => j("sk", "_live_", "51", g.a(97)), hdr: "basic", host: "api.stripe.com" },
  { g: "payment", p: "Stripe restricted", env: "STRIPE_RESTRICTED_KEY", mk: (g) => j("rk", "_live_", "51", g.a(97)), host: "api.stripe.com" },
  { g: "payment", p: "Stripe webhook signing", env: "STRIPE_WEBHOOK_SECRET", mk: (g) => j("wh", "sec_", g.a(32)) },
  { g: "payment", p: "Square", env: "SQUARE_ACCESS_TOKEN", mk: (g) => j("EA", "AA", g.us(60)), host: "connect.squareup.com" },
  { g: "payment", p: "PayPal", env: "PAYPAL_CLIENT_SECRET", mk: (g) => j("E", g.us(79)), hdr: "basic", host: "api-m.paypal.com" },
  { g: "payment", p: "Braintree", env: "BRAINTREE_ACCESS_TOKEN", mk: (g) => j("access_", "token$production$", g.l(16), "$", g.h(32)), host: "api.braintreegateway.com" },
  { g: "payment", p: "Adyen", env: "ADYEN_API_KEY", mk: (g) => j("AQ", "E", g.us(20), "+", g.b64(60), "=-", g.us(20), "=-", g.us(10)), hdr: "X-API-Key", host: "checkout-live.adyen.com" },
  // saas
  { g: "saas", p: "Notion", env: "NOTION_TOKEN", mk: (g) => j("nt", "n_", g.d(12), g.a(34)), host: "api.notion.com" },
  { g: "saas", p: "Airtable", env: "AIRTABLE_PAT", mk: (g) => j("pa", "t", g.a(14), ".", g.h(64)), host: "api.airtable.com" },
  { g: "saas", p: "Figma", env: "FIGMA_TOKEN", mk: (g) => j("fi", "gd_", g.us(40)), hdr: "X-Figma-Token", host: "api.figma.com" },
  { g: "saas", p: "HubSpot", env: "HUBSPOT_ACCESS_TOKEN", mk: (g) => j("pat", "-na1-", g.uuid()), host: "api.hubapi.com" },
  { g: "saas", p: "Contentful", env: "CONTENTFUL_MANAGEMENT_TOKEN", mk: (g) => j("CF", "PAT-", g.us(43)), host: "api.contentful.com" },
  { g: "saas", p: "Algolia admin", env: "ALGOLIA_ADMIN_KEY", mk: (g) => g.h(32), hdr: "X-Algolia-API-Key", host: "ABCD1234EF-dsn.algolia.net" },
  { g: "saas", p: "Mapbox secret", env: "MAPBOX_SECRET_TOKEN", mk: (g) => j("s", "k.eyJ1Ijoi", g.us(40), ".", g.us(22)), host: "api.mapbox.com" },
  { g: "saas", p: "LaunchDarkly server SDK", env: "LAUNCHDARKLY_SDK_KEY", mk: (g) => j("sd", "k-", g.uuid()), host: "sdk.launchdarkly.com" },
  { g: "saas", p: "LaunchDarkly API", env: "LD_API_KEY", mk: (g) => j("ap", "i-", g.uuid()), hdr: "Authorization", host: "app.launchdarkly.com" },
  { g: "saas", p: "Dropbox", env: "DROPBOX_ACCESS_TOKEN", mk: (g) => j("s", "l.u.", g.us(150)), host: "api.dropboxapi.com" },
  { g: "saas", p: "Asana", env: "ASANA_PAT", mk: (g) => j("2/", g.d(16), "/", g.d(16), ":", g.h(32)), host: "app.asana.com" },
  { g: "saas", p: "PostHog personal", env: "POSTHOG_PERSONAL_API_KEY", mk: (g) => j("ph", "x_", g.a(47)), host: "us.posthog.com" },
];

// handcrafted: key material and multi-value contexts
function handcrafted(): CorpusCase[] {
  const g = new Gen(36_0201);
  const out: CorpusCase[] = [];
  let n = 0;
  const add = (group: string, text: string, note: string) =>
    out.push({ id: `y36-ck-${String(++n).padStart(3, "0")}`, kind: "secrets", category: `${CAT}-${group}`, label: "positive", text, note });
  const B = (s: string) => `-----${s}-----`;

  add("keys", [`$ cat ~/.ssh/id_rsa`, g.pem(j("RSA PRIV", "ATE KEY"), 1190)].join("\n"), "RSA private key (PKCS#1) — shell output pasted into a chat");
  add("keys", JSON.stringify({ type: "tool_result", tool_use_id: `toolu_01${g.a(22)}`, content: g.pem(j("EC PRIV", "ATE KEY"), 121) }), "EC private key — tool_result echoing a file read");
  add("keys", [`# tls.key`, g.pem(j("PRIV", "ATE KEY"), 1218)].join("\n"), "PKCS#8 private key — TLS key file written by an agent");
  add("keys", JSON.stringify({ name: "write_file", arguments: { path: "/home/dev/.ssh/deploy_key", content: g.pem(j("OPENSSH PRIV", "ATE KEY"), 400) + "\n" } }), "OpenSSH private key — write_file tool call");
  add("keys", [B(j("BEGIN PGP PRIV", "ATE KEY BLOCK")), ``, g.b64bytes(900).replace(/(.{64})/g, "$1\n").trim(), `=${g.b64(4)}`, B(j("END PGP PRIV", "ATE KEY BLOCK"))].join("\n"), "PGP private key block — pasted in Markdown doc");
  add("keys", [`# created: 2026-10-02T10:11:12Z`, `# public key: age1${g.str(58, BECH.toLowerCase())}`, j("AGE-", "SECRET-KEY-", "1", g.str(58, BECH))].join("\n"), "age secret key — keys.txt in a chat body");
  add("keys", [`apiVersion: v1`, `kind: Secret`, `metadata:`, `  name: ingress-tls`, `type: kubernetes.io/tls`, `data:`, `  tls.crt: ${g.b64bytes(300)}`, `  tls.key: ${Buffer.from(g.pem(j("RSA PRIV", "ATE KEY"), 600)).toString("base64")}`].join("\n"), "RSA private key base64 in k8s TLS Secret data");
  add("keys", JSON.stringify({ type: "service_account", project_id: "acme-prod-3321", private_key_id: g.h(40), private_key: g.pem(j("PRIV", "ATE KEY"), 1218) + "\n", client_email: "deployer@acme-prod-3321.iam.gserviceaccount.com", client_id: g.d(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2), "GCP service account JSON — private_key (keys)");

  const akid = () => j("AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
  add("cloud", [`[default]`, `aws_access_key_id = ${akid()}`, `aws_secret_access_key = ${g.str(40, AL + "/+")}`, `region = us-east-1`].join("\n"), "AWS key pair — ~/.aws/credentials INI");
  add("cloud", JSON.stringify({ Credentials: { AccessKeyId: j("AS", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")), SecretAccessKey: g.str(40, AL + "/+"), SessionToken: j("IQoJb3JpZ2luX2Vj", g.b64(360)), Expiration: "2026-12-06T01:00:00Z" } }, null, 2), "AWS STS session credentials — `aws sts assume-role` output in MCP result");
  add("cloud", `DefaultEndpointsProtocol=https;AccountName=acmeprodstore;AccountKey=${g.b64bytes(64)};EndpointSuffix=core.windows.net`, "Azure Storage connection string — AccountKey slot in appsettings");
  add("cloud", `az storage blob upload --file dump.sql --container-name backups --name dump.sql \\\n  --account-name acmebackup --sas-token "sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.b64bytes(32))}"`, "Azure SAS token sig — az CLI shell command");
  add("data", `machine db.internal.acme.io\n  login etl\n  password ${g.pw(22)}\n`, "netrc password — ~/.netrc pasted in chat");
  add("data", `db-prod.internal:5432:orders:app_rw:${g.a(26)}`, ".pgpass line — tool_result of cat ~/.pgpass");
  add("devtools", `//registry.npmjs.org/:_authToken=${j("np", "m_", g.a(36))}\n@acme:registry=https://npm.pkg.github.com/\n//npm.pkg.github.com/:_authToken=${j("gh", "p_", g.a(36))}`, "npm + GitHub tokens — .npmrc");
  add("devtools", JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from(`ci-bot:${j("gh", "p_", g.a(36))}`).toString("base64") } } }, null, 2), "GitHub PAT base64 in docker config.json auths");
  add("auth", `curl -u admin:${g.pw(18)} https://jenkins.acme.io/job/deploy/buildWithParameters?ENV=prod`, "basic auth password — curl -u shell command");
  add("auth", `git remote set-url origin https://oauth2:${j("gl", "pat-", g.us(20))}@gitlab.com/acme/platform.git`, "GitLab PAT in git remote URL — shell tool call");
  add("payment", `stripe listen --forward-to localhost:4242/webhooks --api-key ${j("sk", "_live_", "51", g.a(97))}`, "Stripe live secret — CLI positional flag in shell history");
  add("comms", `https://hooks.slack.com/workflows/T0${g.u(7)}/A0${g.u(8)}/${g.d(18)}/${g.a(24)}`, "Slack workflow webhook URL — bare URL in chat message");
  return out;
}

export const cases: CorpusCase[] = [
  ...rotate(specs, { prefix: "y36-c", cat: CAT, seed: 36_0101, count: 132 }),
  ...handcrafted(),
];
