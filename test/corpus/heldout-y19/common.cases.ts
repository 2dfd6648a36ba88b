// heldout-y19: common providers, rotated through the shared renderers, plus handcrafted cases.
import type { CorpusCase } from "../types.ts";
import { Gen, j, rotate, type Spec, B32, BECH, HEX, LOWER, UPPER, ALNUM } from "./_gen.ts";

const g = new Gen(0x19c0);
const S = (group: string, provider: string, env: string, value: string, hdr?: string, host?: string): Spec => ({ group, provider, env, value, hdr, host });

const specs: Spec[] = [
  // ai
  S("ai", "OpenAI project key", "OPENAI_API_KEY", j("sk-", "proj-", g.ub(74), "T3Blbk", "FJ", g.ub(74)), undefined, "api.openai.com"),
  S("ai", "OpenAI service account key", "OPENAI_API_KEY", j("sk-", "svcacct-", g.ub(74), "T3Blbk", "FJ", g.ub(74)), undefined, "api.openai.com"),
  S("ai", "OpenAI admin key", "OPENAI_ADMIN_KEY", j("sk-", "admin-", g.ub(74), "T3Blbk", "FJ", g.ub(74)), undefined, "api.openai.com"),
  S("ai", "OpenAI legacy user key", "OPENAI_KEY", j("sk-", g.a(20), "T3Blbk", "FJ", g.a(20)), undefined, "api.openai.com"),
  S("ai", "Anthropic API key", "ANTHROPIC_API_KEY", j("sk-", "ant-", "api03-", g.ub(93), "AA"), "x-api-key: ", "api.anthropic.com"),
  S("ai", "Anthropic admin key", "ANTHROPIC_ADMIN_KEY", j("sk-", "ant-", "admin01-", g.ub(93), "AA"), "x-api-key: ", "api.anthropic.com"),
  S("ai", "Hugging Face token", "HF_TOKEN", j("hf", "_", g.a(34)), undefined, "huggingface.co"),
  S("ai", "Cohere API key", "COHERE_API_KEY", g.a(40), undefined, "api.cohere.com"),
  S("ai", "Mistral API key", "MISTRAL_API_KEY", g.a(32), undefined, "api.mistral.ai"),
  S("ai", "Groq API key", "GROQ_API_KEY", j("gsk", "_", g.a(52)), undefined, "api.groq.com"),
  S("ai", "Replicate token", "REPLICATE_API_TOKEN", j("r8", "_", g.a(37)), undefined, "api.replicate.com"),
  S("ai", "Perplexity API key", "PERPLEXITY_API_KEY", j("pplx", "-", g.a(48)), undefined, "api.perplexity.ai"),
  S("ai", "Google Gemini API key", "GEMINI_API_KEY", j("AI", "za", g.ub(35)), "x-goog-api-key: ", "generativelanguage.googleapis.com"),
  S("ai", "xAI API key", "XAI_API_KEY", j("xai", "-", g.a(80)), undefined, "api.x.ai"),
  S("ai", "OpenRouter key", "OPENROUTER_API_KEY", j("sk-", "or-", "v1-", g.h(64)), undefined, "openrouter.ai"),
  S("ai", "DeepSeek API key", "DEEPSEEK_API_KEY", j("sk-", g.h(32)), undefined, "api.deepseek.com"),
  S("ai", "LangSmith API key", "LANGSMITH_API_KEY", j("lsv2", "_pt_", g.h(32), "_", g.h(10)), "x-api-key: ", "api.smith.langchain.com"),
  S("ai", "Weights & Biases API key", "WANDB_API_KEY", g.h(40), undefined, "api.wandb.ai"),
  S("ai", "Pinecone API key", "PINECONE_API_KEY", j("pc", "sk_", g.a(5), "_", g.a(63)), "Api-Key: ", "api.pinecone.io"),
  S("ai", "Azure OpenAI key", "AZURE_OPENAI_API_KEY", g.h(32), "api-key: ", "acme-prod.openai.azure.com"),
  S("ai", "ElevenLabs API key", "ELEVENLABS_API_KEY", j("sk", "_", g.h(48)), "xi-api-key: ", "api.elevenlabs.io"),
  S("ai", "Tavily API key", "TAVILY_API_KEY", j("tvly", "-", g.a(32)), undefined, "api.tavily.com"),
  // cloud
  S("cloud", "AWS access key id", "AWS_ACCESS_KEY_ID", j("AK", "IA", g.s(16, B32)), undefined, "sts.amazonaws.com"),
  S("cloud", "AWS secret access key", "AWS_SECRET_ACCESS_KEY", g.s(40, `${ALNUM}/+`), undefined, "s3.amazonaws.com"),
  S("cloud", "AWS session token", "AWS_SESSION_TOKEN", j("IQoJb3JpZ2luX2Vj", g.b64(300)), "X-Amz-Security-Token: ", "s3.amazonaws.com"),
  S("cloud", "Azure storage connection string", "AZURE_STORAGE_CONNECTION_STRING", j("DefaultEndpointsProtocol=https;AccountName=acmeprodlogs;", "AccountKey=", g.b64bytes(64), ";EndpointSuffix=core.windows.net"), undefined, "acmeprodlogs.blob.core.windows.net"),
  S("cloud", "Azure AD client secret", "AZURE_CLIENT_SECRET", j(g.a(3), "8Q", "~", g.s(31, `${ALNUM}_.-`)), undefined, "login.microsoftonline.com"),
  S("cloud", "DigitalOcean PAT", "DIGITALOCEAN_TOKEN", j("dop", "_v1_", g.h(64)), undefined, "api.digitalocean.com"),
  S("cloud", "Netlify PAT", "NETLIFY_AUTH_TOKEN", j("nfp", "_", g.a(36)), undefined, "api.netlify.com"),
  S("cloud", "Vercel token", "VERCEL_TOKEN", g.a(24), undefined, "api.vercel.com"),
  S("cloud", "Fly.io token", "FLY_API_TOKEN", j("Fly", "V1 ", "fm2_", g.b64(180)), "Authorization: ", "api.machines.dev"),
  S("cloud", "Cloudflare API token", "CLOUDFLARE_API_TOKEN", g.ub(40), undefined, "api.cloudflare.com"),
  S("cloud", "Cloudflare global API key", "CLOUDFLARE_API_KEY", g.h(37), "X-Auth-Key: ", "api.cloudflare.com"),
  S("cloud", "Heroku API key", "HEROKU_API_KEY", g.uuid(), undefined, "api.heroku.com"),
  S("cloud", "Terraform Cloud token", "TFE_TOKEN", j(g.a(14), ".atlas", "v1.", g.a(67)), undefined, "app.terraform.io"),
  S("cloud", "Google OAuth access token", "GOOGLE_ACCESS_TOKEN", j("ya", "29.", g.ub(160)), undefined, "www.googleapis.com"),
  S("cloud", "Supabase service role key", "SUPABASE_SERVICE_ROLE_KEY", g.jwt({ iss: "supabase", ref: g.l(20), role: "service_role", iat: 1730000000, exp: 2045576000 }), "apikey: ", "xyzcompany.supabase.co"),
  S("cloud", "Render API key", "RENDER_API_KEY", j("rnd", "_", g.a(32)), undefined, "api.render.com"),
  // devtools
  S("devtools", "GitHub classic PAT", "GITHUB_TOKEN", j("gh", "p_", g.a(36)), undefined, "api.github.com"),
  S("devtools", "GitHub fine-grained PAT", "GH_TOKEN", j("github", "_pat_", g.a(22), "_", g.a(59)), undefined, "api.github.com"),
  S("devtools", "GitHub OAuth token", "GITHUB_OAUTH_TOKEN", j("gh", "o_", g.a(36)), undefined, "api.github.com"),
  S("devtools", "GitHub app installation token", "GITHUB_APP_TOKEN", j("gh", "s_", g.a(36)), undefined, "api.github.com"),
  S("devtools", "GitHub refresh token", "GITHUB_REFRESH_TOKEN", j("gh", "r_", g.a(76)), undefined, "github.com"),
  S("devtools", "GitLab PAT", "GITLAB_TOKEN", j("gl", "pat-", g.ub(20)), "PRIVATE-TOKEN: ", "gitlab.com"),
  S("devtools", "GitLab runner token", "RUNNER_TOKEN", j("gl", "rt-", g.ub(20)), undefined, "gitlab.com"),
  S("devtools", "GitLab deploy token", "GITLAB_DEPLOY_TOKEN", j("gl", "dt-", g.ub(20)), undefined, "gitlab.com"),
  S("devtools", "Bitbucket app password", "BITBUCKET_APP_PASSWORD", j("AT", "BB", g.a(32)), undefined, "api.bitbucket.org"),
  S("devtools", "npm token", "NPM_TOKEN", j("np", "m_", g.a(36)), undefined, "registry.npmjs.org"),
  S("devtools", "PyPI token", "PYPI_TOKEN", j("pypi-", "AgEIcHlwaS5vcmc", g.ub(140)), undefined, "upload.pypi.org"),
  S("devtools", "Docker Hub PAT", "DOCKERHUB_TOKEN", j("dckr", "_pat_", g.ub(27)), undefined, "hub.docker.com"),
  S("devtools", "CircleCI personal token", "CIRCLECI_TOKEN", j("CCI", "PAT_", g.a(22), "_", g.h(40)), "Circle-Token: ", "circleci.com"),
  S("devtools", "Postman API key", "POSTMAN_API_KEY", j("PM", "AK-", g.h(24), "-", g.h(34)), "X-Api-Key: ", "api.getpostman.com"),
  S("devtools", "Vault token", "VAULT_TOKEN", j("hv", "s.", g.ub(92)), "X-Vault-Token: ", "vault.internal.acme.io"),
  S("devtools", "Doppler service token", "DOPPLER_TOKEN", j("dp", ".st.", "prd.", g.a(43)), undefined, "api.doppler.com"),
  S("devtools", "Sentry auth token", "SENTRY_AUTH_TOKEN", j("sntry", "u_", g.h(64)), undefined, "sentry.io"),
  S("devtools", "Atlassian API token", "JIRA_API_TOKEN", j("ATATT", "3xFfGF0", g.ub(180), "=", g.hu(8)), "Authorization: Basic ", "acme.atlassian.net"),
  S("devtools", "Databricks PAT", "DATABRICKS_TOKEN", j("da", "pi", g.h(32)), undefined, "adb-1234567890123456.7.azuredatabricks.net"),
  // comms
  S("comms", "Slack bot token", "SLACK_BOT_TOKEN", j("xo", "xb-", g.d(12), "-", g.d(13), "-", g.a(24)), undefined, "slack.com"),
  S("comms", "Slack user token", "SLACK_USER_TOKEN", j("xo", "xp-", g.d(12), "-", g.d(12), "-", g.d(13), "-", g.h(32)), undefined, "slack.com"),
  S("comms", "Slack app-level token", "SLACK_APP_TOKEN", j("xa", "pp-1-", "A0", g.u(9), "-", g.d(13), "-", g.h(64)), undefined, "slack.com"),
  S("comms", "Slack webhook URL", "SLACK_WEBHOOK_URL", j("https://hooks.", "slack.com/services/", "T0", g.u(8), "/B0", g.u(8), "/", g.a(24))),
  S("comms", "Discord bot token", "DISCORD_TOKEN", j(Buffer.from(g.d(18)).toString("base64").replace(/=+$/, ""), ".", g.ub(6), ".", g.ub(38)), "Authorization: Bot ", "discord.com"),
  S("comms", "Discord webhook URL", "DISCORD_WEBHOOK", j("https://discord.com/api/", "webhooks/", g.d(19), "/", g.ub(68))),
  S("comms", "Telegram bot token", "TELEGRAM_BOT_TOKEN", j(g.d(10), ":", "AA", g.ub(33)), undefined, "api.telegram.org"),
  S("comms", "Twilio API key secret", "TWILIO_API_SECRET", g.a(32), undefined, "api.twilio.com"),
  S("comms", "Twilio auth token", "TWILIO_AUTH_TOKEN", g.h(32), undefined, "api.twilio.com"),
  S("comms", "SendGrid API key", "SENDGRID_API_KEY", j("SG", ".", g.ub(22), ".", g.ub(43)), undefined, "api.sendgrid.com"),
  S("comms", "Mailgun API key", "MAILGUN_API_KEY", j("key", "-", g.h(32)), undefined, "api.mailgun.net"),
  S("comms", "Mailchimp API key", "MAILCHIMP_API_KEY", j(g.h(32), "-us", String(g.int(20) + 2)), undefined, "us14.api.mailchimp.com"),
  S("comms", "Postmark server token", "POSTMARK_SERVER_TOKEN", g.uuid(), "X-Postmark-Server-Token: ", "api.postmarkapp.com"),
  S("comms", "Brevo API key", "BREVO_API_KEY", j("xkey", "sib-", g.h(64), "-", g.a(16)), "api-key: ", "api.brevo.com"),
  S("comms", "Resend API key", "RESEND_API_KEY", j("re", "_", g.a(8), "_", g.a(24)), undefined, "api.resend.com"),
  // payment
  S("payment", "Stripe live secret key", "STRIPE_SECRET_KEY", j("sk", "_live_", g.a(99)), undefined, "api.stripe.com"),
  S("payment", "Stripe restricted key", "STRIPE_RESTRICTED_KEY", j("rk", "_live_", g.a(99)), undefined, "api.stripe.com"),
  S("payment", "Stripe webhook secret", "STRIPE_WEBHOOK_SECRET", j("wh", "sec_", g.a(32))),
  S("payment", "Square access token", "SQUARE_ACCESS_TOKEN", j("EA", "AA", g.ub(60)), undefined, "connect.squareup.com"),
  S("payment", "PayPal client secret", "PAYPAL_CLIENT_SECRET", g.ub(80), undefined, "api-m.paypal.com"),
  S("payment", "Braintree access token", "BRAINTREE_ACCESS_TOKEN", j("access_token", "$production$", g.l(16), "$", g.h(32))),
  S("payment", "Shopify admin token", "SHOPIFY_ACCESS_TOKEN", j("shp", "at_", g.h(32)), "X-Shopify-Access-Token: ", "acme-store.myshopify.com"),
  S("payment", "Shopify app shared secret", "SHOPIFY_API_SECRET", j("shp", "ss_", g.h(32))),
  S("payment", "Adyen API key", "ADYEN_API_KEY", j("AQE", g.ub(20), "+", g.ub(60), "=-", g.ub(40)), "X-API-Key: ", "checkout-live.adyen.com"),
  S("payment", "Plaid secret", "PLAID_SECRET", g.h(30), undefined, "production.plaid.com"),
  // saas
  S("saas", "Linear API key", "LINEAR_API_KEY", j("lin", "_api_", g.a(40)), "Authorization: ", "api.linear.app"),
  S("saas", "Notion integration token", "NOTION_TOKEN", j("nt", "n_", g.d(11), g.a(35)), undefined, "api.notion.com"),
  S("saas", "Airtable PAT", "AIRTABLE_TOKEN", j("pat", g.a(14), ".", g.h(64)), undefined, "api.airtable.com"),
  S("saas", "Figma PAT", "FIGMA_TOKEN", j("fig", "d_", g.ub(40)), "X-Figma-Token: ", "api.figma.com"),
  S("saas", "HubSpot private app token", "HUBSPOT_ACCESS_TOKEN", j("pat-", "na1-", g.uuid()), undefined, "api.hubapi.com"),
  S("saas", "Contentful management token", "CONTENTFUL_MANAGEMENT_TOKEN", j("CFPAT", "-", g.ub(43)), undefined, "api.contentful.com"),
  S("saas", "Algolia admin key", "ALGOLIA_ADMIN_KEY", g.h(32), "X-Algolia-API-Key: ", "acme-dsn.algolia.net"),
  S("saas", "Mapbox secret token", "MAPBOX_SECRET_TOKEN", j("sk", ".eyJ1Ijoi", Buffer.from(`acme-maps","a":"${g.l(24)}"}`).toString("base64url"), ".", g.ub(22)), undefined, "api.mapbox.com"),
  S("saas", "LaunchDarkly server SDK key", "LAUNCHDARKLY_SDK_KEY", j("sdk", "-", g.uuid()), "Authorization: ", "sdk.launchdarkly.com"),
  S("saas", "PostHog personal API key", "POSTHOG_PERSONAL_API_KEY", j("ph", "x_", g.a(43)), undefined, "us.posthog.com"),
  S("saas", "Dropbox access token", "DROPBOX_ACCESS_TOKEN", j("sl", ".", g.ub(135)), undefined, "api.dropboxapi.com"),
  S("saas", "Zendesk API token", "ZENDESK_API_TOKEN", g.a(40), "Authorization: Basic ", "acme.zendesk.com"),
  // observability
  S("observability", "Datadog API key", "DD_API_KEY", g.h(32), "DD-API-KEY: ", "api.datadoghq.com"),
  S("observability", "Datadog application key", "DD_APP_KEY", g.h(40), "DD-APPLICATION-KEY: ", "api.datadoghq.com"),
  S("observability", "New Relic user key", "NEW_RELIC_API_KEY", j("NR", "AK-", g.u(27)), "Api-Key: ", "api.newrelic.com"),
  S("observability", "New Relic license key", "NEW_RELIC_LICENSE_KEY", j(g.h(36), "NR", "AL")),
  S("observability", "Grafana Cloud token", "GRAFANA_CLOUD_TOKEN", j("gl", "c_", Buffer.from(J0({ o: g.d(6), n: "stack-ingest", k: g.a(24), m: { r: "prod-eu-west-2" } })).toString("base64")), undefined, "grafana.net"),
  S("observability", "Grafana service account token", "GRAFANA_SA_TOKEN", j("gl", "sa_", g.a(32), "_", g.h(8)), undefined, "acme.grafana.net"),
  S("observability", "Sentry org token", "SENTRY_ORG_TOKEN", j("sntry", "s_", Buffer.from(J0({ iat: 1733000000, url: "https://sentry.io", region_url: "https://us.sentry.io", org: "acme" })).toString("base64"), "_", g.ub(43)), undefined, "sentry.io"),
  // data
  S("data", "Postgres URL", "DATABASE_URL", j("postgres://app_user:", g.a(24), "@db.prod.acme.internal:5432/orders?sslmode=require")),
  S("data", "MongoDB Atlas URI", "MONGODB_URI", j("mongodb+srv://svc-orders:", g.a(20), "@cluster0.", g.l(5), ".mongodb.net/orders?retryWrites=true&w=majority")),
  S("data", "MySQL URL", "MYSQL_URL", j("mysql://root:", g.a(18), "@10.0.3.14:3306/shop")),
  S("data", "Redis URL", "REDIS_URL", j("rediss://default:", g.a(32), "@redis-1234.c1.us-east-1-2.ec2.cloud.redislabs.com:16379")),
  S("data", "Upstash Redis REST token", "UPSTASH_REDIS_REST_TOKEN", j("AX", g.a(2), "ACQgN", g.ub(50), "="), undefined, "eu1-apt-owl-12345.upstash.io"),
  S("data", "PlanetScale password", "PLANETSCALE_PASSWORD", j("pscale", "_pw_", g.ub(43))),
  S("data", "Neon API key", "NEON_API_KEY", j("napi", "_", g.l(64)), undefined, "console.neon.tech"),
  S("data", "Snowflake password", "SNOWFLAKE_PASSWORD", j(g.a(14), "!", g.a(5))),
  S("data", "Supabase DB URL", "SUPABASE_DB_URL", j("postgresql://postgres.", g.l(20), ":", g.a(22), "@aws-0-eu-central-1.pooler.supabase.com:6543/postgres")),
  S("data", "Elastic Cloud API key", "ELASTIC_API_KEY", Buffer.from(j(g.ub(20), ":", g.ub(22))).toString("base64"), "Authorization: ApiKey ", "acme.es.us-east-1.aws.found.io"),
  // auth
  S("auth", "Okta API token", "OKTA_API_TOKEN", j("00", g.ub(40)), "Authorization: SSWS ", "acme.okta.com"),
  S("auth", "Auth0 client secret", "AUTH0_CLIENT_SECRET", g.ub(64), undefined, "acme.us.auth0.com"),
  S("auth", "Auth0 management API token", "AUTH0_MGMT_TOKEN", g.jwt({ iss: "https://acme.us.auth0.com/", sub: "xk2@clients", aud: "https://acme.us.auth0.com/api/v2/", scope: "read:users update:users", gty: "client-credentials" }, "RS256"), undefined, "acme.us.auth0.com"),
  S("auth", "Google OAuth client secret", "GOOGLE_CLIENT_SECRET", j("GOC", "SPX-", g.ub(28)), undefined, "oauth2.googleapis.com"),
  S("auth", "JWT signing secret", "JWT_SECRET", g.b64bytes(48)),
  S("auth", "Session secret", "SESSION_SECRET", g.h(64)),
  S("auth", "NextAuth secret", "NEXTAUTH_SECRET", g.b64bytes(32)),
  S("auth", "Clerk secret key", "CLERK_SECRET_KEY", j("sk", "_live_", g.a(40)), undefined, "api.clerk.com"),
  S("auth", "GitHub OAuth app client secret", "GITHUB_CLIENT_SECRET", g.h(40)),
  S("auth", "1Password service account token", "OP_SERVICE_ACCOUNT_TOKEN", j("ops", "_", Buffer.from(J0({ signInAddress: "acme.1password.com", userAuth: { method: "SRPg-4096", alg: "PBES2g-HS256", iterations: 650000, salt: g.ub(22) }, email: `${g.l(12)}@1passwordserviceaccounts.com`, srpX: g.h(64), muk: { alg: "A256GCM", ext: true, k: g.ub(43), key_ops: ["encrypt", "decrypt"], kty: "oct", kid: "mp" }, secretKey: j("A3-", g.u(6), "-", g.u(6), "-", g.u(5), "-", g.u(5), "-", g.u(5), "-", g.u(5)), throttleSecret: { seed: g.h(64), uuid: g.uuid() }, deviceUuid: g.l(26) })).toString("base64url"))),
];

function J0(o: unknown): string {
  return JSON.stringify(o);
}

// Handcrafted: key material and odd shapes, each in its own realistic context.
const rsa = g.pem(j("RSA PRIV", "ATE KEY"), 1190);
const ec = g.pem(j("EC PRIV", "ATE KEY"), 121);
const pkcs8 = g.pem(j("PRIV", "ATE KEY"), 1218);
const openssh = [
  j("-----BEGIN OPENSSH PRIV", "ATE KEY-----"),
  ...j("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", "QyNTUxOQAAACB", g.b64bytes(330)).match(/.{1,70}/g)!,
  j("-----END OPENSSH PRIV", "ATE KEY-----"),
].join("\n");
const pgp = g.pem(j("PGP PRIV", "ATE KEY BLOCK"), 900).replace(/^(-----BEGIN [^\n]+-----)\n/, "$1\n\n");
const age = j("AGE-", "SECRET-", "KEY-1", g.s(58, BECH));
const saEmail = `deployer@acme-prod-4471.iam.gserviceaccount.com`;
const saKey = pkcs8.replace(/\n/g, "\\n");
const awsId = j("AK", "IA", g.s(16, B32));
const awsSec = g.s(40, `${ALNUM}/+`);
const ghp = j("gh", "p_", g.a(36));
const npmTok = j("np", "m_", g.a(36));
const sasSig = encodeURIComponent(g.b64bytes(32));
const basicUser = "deploy";
const basicPass = g.a(20);
const pgpass = g.a(22);
const netrc = j("gh", "p_", g.a(36));
const dockerAuth = Buffer.from(`acmebot:${j("dckr", "_pat_", g.ub(27))}`).toString("base64");
const splitOpenAI = j("sk-", "proj-", g.ub(74), "T3Blbk", "FJ", g.ub(74));

const hand: { group: string; note: string; text: string }[] = [
  { group: "keys", note: "RSA private key; PEM; pasted in OpenAI chat body (JSON-escaped)", text: JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `ssh keeps saying bad permissions on this key, is the format ok?\n\n${rsa}\n` }] }, null, 2) },
  { group: "keys", note: "EC private key; PEM; write_file tool call for nginx TLS", text: JSON.stringify({ type: "tool_use", id: "toolu_02", name: "write_file", input: { path: "/etc/nginx/tls/api.key", content: `${ec}\n` } }, null, 2) },
  { group: "keys", note: "GCP service account JSON; private_key slot; MCP tool result", text: JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: JSON.stringify({ type: "service_account", project_id: "acme-prod-4471", private_key_id: g.h(40), private_key: `${pkcs8}\n`, client_email: saEmail, client_id: g.d(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2) }] } }, null, 2) },
  { group: "keys", note: "OpenSSH private key; cat output in shell tool result", text: `$ cat ~/.ssh/id_ed25519\n${openssh}\n$ ssh-add ~/.ssh/id_ed25519\nIdentity added: /home/dev/.ssh/id_ed25519 (dev@laptop)` },
  { group: "keys", note: "PGP private key block; Markdown doc for release signing", text: `### Release signing\n\nImport the signing key on the build box:\n\n\`\`\`\n${pgp}\n\`\`\`\n\nthen \`gpg --import\`.` },
  { group: "keys", note: "age secret key; SOPS keys.txt in diff", text: `diff --git a/.sops/keys.txt b/.sops/keys.txt\nnew file mode 100644\n--- /dev/null\n+++ b/.sops/keys.txt\n@@ -0,0 +3 @@\n+# created: 2026-11-30T09:12:44Z\n+# public key: age1${g.s(58, BECH).toLowerCase()}\n+${age}` },
  { group: "keys", note: "GCP service account private key inline in Python dict (escaped newlines)", text: `credentials = service_account.Credentials.from_service_account_info({\n    "type": "service_account",\n    "project_id": "acme-prod-4471",\n    "private_key": "${saKey}\\n",\n    "client_email": "${saEmail}",\n    "token_uri": "https://oauth2.googleapis.com/token",\n})` },
  { group: "cloud", note: "AWS key pair; ~/.aws/credentials pasted into chat", text: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `aws cli says InvalidClientTokenId, here's my credentials file:\n\n[default]\naws_access_key_id = ${awsId}\naws_secret_access_key = ${awsSec}\nregion = eu-central-1` }] }, null, 2) },
  { group: "cloud", note: "Azure SAS URL; sig query param; curl upload", text: `curl -X PUT -T build.zip "https://acmeartifacts.blob.core.windows.net/releases/build.zip?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-31T00:00:00Z&st=2026-12-01T00:00:00Z&spr=https&sig=${sasSig}" -H "x-ms-blob-type: BlockBlob"` },
  { group: "devtools", note: "GitHub PAT; basic auth in git remote URL; shell tool call", text: JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_9", type: "function", function: { name: "bash", arguments: JSON.stringify({ command: `git remote set-url origin https://x-access-token:${ghp}@github.com/acme/api.git && git push origin main` }) } }] }, null, 2) },
  { group: "devtools", note: "npm token; .npmrc _authToken", text: `registry=https://registry.npmjs.org/\n@acme:registry=https://npm.pkg.github.com\n//registry.npmjs.org/:_authToken=${npmTok}\nalways-auth=true` },
  { group: "devtools", note: "GitHub PAT; .netrc password", text: `machine github.com\n  login acme-ci\n  password ${netrc}\nmachine api.github.com\n  login acme-ci\n  password ${netrc}` },
  { group: "devtools", note: "Docker Hub PAT; ~/.docker/config.json auth (base64 user:token)", text: JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: dockerAuth } }, credsStore: "" }, null, 2) },
  { group: "auth", note: "basic auth password in URL; Jenkins webhook curl", text: `curl -X POST "https://${basicUser}:${basicPass}@jenkins.acme.internal/job/release/buildWithParameters?TAG=v2.4.1"` },
  { group: "data", note: "Postgres password; .pgpass line", text: `# ~/.pgpass\ndb.prod.acme.internal:5432:orders:app_user:${pgpass}\nlocalhost:5432:*:postgres:postgres` },
  { group: "ai", note: "OpenAI project key; Authorization header in HAR entry", text: JSON.stringify({ log: { entries: [{ request: { method: "POST", url: "https://api.openai.com/v1/chat/completions", headers: [{ name: "content-type", value: "application/json" }, { name: "authorization", value: `Bearer ${splitOpenAI}` }] }, response: { status: 429 } }] } }, null, 2) },
];

export const cases: CorpusCase[] = [
  ...rotate(specs, "y19-c", "heldouty19-sec", "positive"),
  ...hand.map((h, i) => ({
    id: `y19-ck-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets" as const,
    category: `heldouty19-sec-${h.group}`,
    label: "positive" as const,
    text: h.text,
    note: h.note,
  })),
];
void HEX; void LOWER; void UPPER;
