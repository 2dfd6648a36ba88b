// Common providers, each rendered twice in rotating contexts. Values built at run time.
import { Gen, type Spec, render, UP, LO, DIG } from "./_gen.ts";
import type { CorpusCase } from "../types.ts";

const g = new Gen(0x94c0);
type T = [string, string, string, (g: Gen) => string, string?, string?];
const B = "Authorization: Bearer ";
const T: T[] = [
  ["OpenAI project key", "ai", "OPENAI_API_KEY", (g) => ["sk-", "proj-", g.us(74), "T3Blbk", "FJ", g.us(74)].join(""), B, "api.openai.com"],
  ["OpenAI service account key", "ai", "OPENAI_API_KEY", (g) => ["sk-", "svcacct-", g.us(74), "T3Blbk", "FJ", g.us(74)].join(""), B, "api.openai.com"],
  ["Anthropic API key", "ai", "ANTHROPIC_API_KEY", (g) => ["sk-", "ant-", "api03-", g.us(93), "AA"].join(""), "x-api-key: ", "api.anthropic.com"],
  ["Anthropic admin key", "ai", "ANTHROPIC_ADMIN_KEY", (g) => ["sk-", "ant-", "admin01-", g.us(93), "AA"].join(""), "x-api-key: ", "api.anthropic.com"],
  ["Hugging Face token", "ai", "HF_TOKEN", (g) => ["h", "f_", g.str(34, UP + LO)].join(""), B, "huggingface.co"],
  ["Groq API key", "ai", "GROQ_API_KEY", (g) => ["gs", "k_", g.a(52)].join(""), B, "api.groq.com"],
  ["Replicate token", "ai", "REPLICATE_API_TOKEN", (g) => ["r8", "_", g.a(37)].join(""), B, "api.replicate.com"],
  ["Perplexity key", "ai", "PERPLEXITY_API_KEY", (g) => ["pp", "lx-", g.a(48)].join(""), B, "api.perplexity.ai"],
  ["Google Gemini API key (server)", "ai", "GEMINI_API_KEY", (g) => ["AI", "za", g.us(35)].join(""), "x-goog-api-key: ", "generativelanguage.googleapis.com"],
  ["xAI key", "ai", "XAI_API_KEY", (g) => ["xa", "i-", g.a(80)].join(""), B, "api.x.ai"],
  ["OpenRouter key", "ai", "OPENROUTER_API_KEY", (g) => ["sk-", "or-", "v1-", g.h(64)].join(""), B, "openrouter.ai"],
  ["Cohere key", "ai", "COHERE_API_KEY", (g) => g.a(40), B, "api.cohere.com"],
  ["Mistral key", "ai", "MISTRAL_API_KEY", (g) => g.a(32), B, "api.mistral.ai"],
  ["LangSmith key", "ai", "LANGSMITH_API_KEY", (g) => ["lsv2", "_pt_", g.h(32), "_", g.h(10)].join(""), "x-api-key: ", "api.smith.langchain.com"],
  ["Pinecone key", "ai", "PINECONE_API_KEY", (g) => ["pcsk", "_", g.a(5), "_", g.a(63)].join(""), "Api-Key: ", "api.pinecone.io"],
  ["GitHub classic PAT", "devtools", "GITHUB_TOKEN", (g) => ["gh", "p_", g.a(36)].join(""), "Authorization: token ", "api.github.com"],
  ["GitHub fine-grained PAT", "devtools", "GH_TOKEN", (g) => ["github", "_pat_", "11", g.u(20), "_", g.us(59)].join(""), B, "api.github.com"],
  ["GitHub OAuth token", "devtools", "GITHUB_OAUTH_TOKEN", (g) => ["gh", "o_", g.a(36)].join(""), B, "api.github.com"],
  ["GitHub app installation token", "devtools", "GITHUB_APP_TOKEN", (g) => ["gh", "s_", g.a(36)].join(""), B, "api.github.com"],
  ["GitLab PAT", "devtools", "GITLAB_TOKEN", (g) => ["gl", "pat-", g.us(20)].join(""), "PRIVATE-TOKEN: ", "gitlab.com"],
  ["Bitbucket app password", "devtools", "BITBUCKET_APP_PASSWORD", (g) => ["AT", "BB", g.a(32)].join(""), B, "api.bitbucket.org"],
  ["npm token", "devtools", "NPM_TOKEN", (g) => ["np", "m_", g.a(36)].join(""), B, "registry.npmjs.org"],
  ["PyPI token", "devtools", "PYPI_TOKEN", (g) => ["pypi", "-AgEIcHlwaS5vcmc", g.us(140)].join(""), B, "upload.pypi.org"],
  ["Docker Hub PAT", "devtools", "DOCKERHUB_TOKEN", (g) => ["dckr", "_pat_", g.us(27)].join(""), B, "hub.docker.com"],
  ["Postman API key", "devtools", "POSTMAN_API_KEY", (g) => ["PM", "AK-", g.h(24), "-", g.h(34)].join(""), "X-Api-Key: ", "api.getpostman.com"],
  ["AWS access key id + secret", "cloud", "AWS_SECRET_ACCESS_KEY", (g) => g.b64(40), B, "sts.amazonaws.com"],
  ["AWS access key id", "cloud", "AWS_ACCESS_KEY_ID", (g) => ["AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")].join(""), B, "s3.amazonaws.com"],
  ["Azure storage account key", "cloud", "AZURE_STORAGE_KEY", (g) => g.b64(86) + "==", "x-ms-key: ", "acmeprod.blob.core.windows.net"],
  ["DigitalOcean PAT", "cloud", "DIGITALOCEAN_TOKEN", (g) => ["do", "p_v1_", g.h(64)].join(""), B, "api.digitalocean.com"],
  ["Heroku API key", "cloud", "HEROKU_API_KEY", (g) => ["HR", "KU-", g.us(60)].join(""), B, "api.heroku.com"],
  ["Cloudflare API token", "cloud", "CLOUDFLARE_API_TOKEN", (g) => g.us(40), B, "api.cloudflare.com"],
  ["Vercel token", "cloud", "VERCEL_TOKEN", (g) => g.a(24), B, "api.vercel.com"],
  ["Netlify PAT", "cloud", "NETLIFY_AUTH_TOKEN", (g) => ["nf", "p_", g.a(36)].join(""), B, "api.netlify.com"],
  ["Fly.io token", "cloud", "FLY_API_TOKEN", (g) => ["Fly", "V1 fm2_", g.us(180)].join(""), "Authorization: ", "api.fly.io"],
  ["Supabase management token", "cloud", "SUPABASE_ACCESS_TOKEN", (g) => ["sb", "p_", g.h(40)].join(""), B, "api.supabase.com"],
  ["Slack bot token", "comms", "SLACK_BOT_TOKEN", (g) => ["xo", "xb-", g.d(12), "-", g.d(13), "-", g.a(24)].join(""), B, "slack.com"],
  ["Slack user token", "comms", "SLACK_USER_TOKEN", (g) => ["xo", "xp-", g.d(12), "-", g.d(12), "-", g.d(13), "-", g.h(32)].join(""), B, "slack.com"],
  ["Slack app-level token", "comms", "SLACK_APP_TOKEN", (g) => ["xa", "pp-1-", "A0", g.u(9), "-", g.d(13), "-", g.h(64)].join(""), B, "slack.com"],
  ["Slack incoming webhook", "comms", "SLACK_WEBHOOK_URL", (g) => ["https://hooks.", "slack.com/services/T0", g.u(9), "/B0", g.u(9), "/", g.a(24)].join(""), B, "hooks.slack.com"],
  ["Discord bot token", "comms", "DISCORD_BOT_TOKEN", (g) => [Buffer.from(g.d(19)).toString("base64").replace(/=+$/, ""), ".", g.us(6), ".", g.us(38)].join(""), "Authorization: Bot ", "discord.com"],
  ["Discord webhook", "comms", "DISCORD_WEBHOOK_URL", (g) => ["https://discord.com/api/", "webhooks/", g.d(19), "/", g.us(68)].join(""), B, "discord.com"],
  ["Telegram bot token", "comms", "TELEGRAM_BOT_TOKEN", (g) => [g.d(10), ":AA", g.us(33)].join(""), B, "api.telegram.org"],
  ["Twilio auth token", "comms", "TWILIO_AUTH_TOKEN", (g) => g.h(32), B, "api.twilio.com"],
  ["SendGrid key", "comms", "SENDGRID_API_KEY", (g) => ["S", "G.", g.us(22), ".", g.us(43)].join(""), B, "api.sendgrid.com"],
  ["Mailgun key", "comms", "MAILGUN_API_KEY", (g) => ["ke", "y-", g.h(32)].join(""), B, "api.mailgun.net"],
  ["Mailchimp key", "comms", "MAILCHIMP_API_KEY", (g) => [g.h(32), "-us", g.range(2, 21)].join(""), B, "us14.api.mailchimp.com"],
  ["Stripe secret key", "payment", "STRIPE_SECRET_KEY", (g) => ["sk", "_live_", "51", g.a(97)].join(""), B, "api.stripe.com"],
  ["Stripe restricted key", "payment", "STRIPE_RESTRICTED_KEY", (g) => ["rk", "_live_", "51", g.a(97)].join(""), B, "api.stripe.com"],
  ["Stripe webhook secret", "payment", "STRIPE_WEBHOOK_SECRET", (g) => ["wh", "sec_", g.a(32)].join(""), B, "api.stripe.com"],
  ["Square access token", "payment", "SQUARE_ACCESS_TOKEN", (g) => ["EA", "AA", g.us(60)].join(""), B, "connect.squareup.com"],
  ["PayPal client secret", "payment", "PAYPAL_CLIENT_SECRET", (g) => ["E", g.us(79)].join(""), B, "api-m.paypal.com"],
  ["Braintree access token", "payment", "BRAINTREE_ACCESS_TOKEN", (g) => ["access_token", "$production$", g.l(16), "$", g.h(32)].join(""), B, "api.braintreegateway.com"],
  ["Shopify admin token", "payment", "SHOPIFY_ACCESS_TOKEN", (g) => ["shp", "at_", g.h(32)].join(""), "X-Shopify-Access-Token: ", "acme-store.myshopify.com"],
  ["Datadog API key", "observability", "DD_API_KEY", (g) => g.h(32), "DD-API-KEY: ", "api.datadoghq.com"],
  ["Datadog application key", "observability", "DD_APP_KEY", (g) => g.h(40), "DD-APPLICATION-KEY: ", "api.datadoghq.com"],
  ["New Relic user key", "observability", "NEW_RELIC_API_KEY", (g) => ["NR", "AK-", g.u(27)].join(""), "Api-Key: ", "api.newrelic.com"],
  ["Sentry auth token", "observability", "SENTRY_AUTH_TOKEN", (g) => ["sntr", "ys_", Buffer.from(JSON.stringify({ iat: 1790000000 + g.range(0, 9999999), url: "https://sentry.io", region_url: "https://us.sentry.io", org: "acme" })).toString("base64").replace(/=+$/, ""), "_", g.b64(43)].join(""), B, "sentry.io"],
  ["Grafana service account token", "observability", "GRAFANA_TOKEN", (g) => ["gl", "sa_", g.a(32), "_", g.h(8)].join(""), B, "acme.grafana.net"],
  ["Okta API token", "auth", "OKTA_API_TOKEN", (g) => ["00", g.us(40)].join(""), "Authorization: SSWS ", "acme.okta.com"],
  ["Auth0 client secret", "auth", "AUTH0_CLIENT_SECRET", (g) => g.us(64), B, "acme.us.auth0.com"],
  ["Google OAuth client secret", "auth", "GOOGLE_CLIENT_SECRET", (g) => ["GOC", "SPX-", g.us(28)].join(""), B, "oauth2.googleapis.com"],
  ["Google OAuth refresh token", "auth", "GOOGLE_REFRESH_TOKEN", (g) => ["1/", "/0", g.us(100)].join(""), B, "oauth2.googleapis.com"],
  ["Azure AD client secret", "auth", "AZURE_CLIENT_SECRET", (g) => [g.a(3), g.d(1), "Q~", g.us(34)].join(""), B, "login.microsoftonline.com"],
  ["Clerk secret key", "auth", "CLERK_SECRET_KEY", (g) => ["sk", "_live_", g.a(40)].join(""), B, "api.clerk.com"],
  ["HashiCorp Vault token", "auth", "VAULT_TOKEN", (g) => ["hv", "s.", g.us(90)].join(""), "X-Vault-Token: ", "vault.internal.acme.io"],
  ["Doppler service token", "auth", "DOPPLER_TOKEN", (g) => ["dp", ".st.", "prd.", g.a(43)].join(""), B, "api.doppler.com"],
  ["Terraform Cloud token", "auth", "TFE_TOKEN", (g) => [g.a(14), ".atlas", "v1.", g.a(67)].join(""), B, "app.terraform.io"],
  ["Postgres URL with password", "data", "DATABASE_URL", (g) => ["postgres", "ql://app_rw:", g.pw(24), "@db-prod.c", g.l(10), ".us-east-1.rds.amazonaws.com:5432/app"].join(""), B, "rds.amazonaws.com"],
  ["MongoDB Atlas SRV URL", "data", "MONGODB_URI", (g) => ["mongodb", "+srv://svc-api:", g.a(20), "@cluster0.", g.l(5), ".mongodb.net/prod?retryWrites=true"].join(""), B, "cloud.mongodb.com"],
  ["Redis URL with password", "data", "REDIS_URL", (g) => ["redis", "s://default:", g.a(32), "@redis-", g.d(5), ".c", g.d(3), ".us-east-1-2.ec2.cloud.redislabs.com:", g.d(5)].join(""), B, "redis.io"],
  ["PlanetScale password", "data", "PLANETSCALE_PASSWORD", (g) => ["pscale", "_pw_", g.us(43)].join(""), B, "api.planetscale.com"],
  ["Databricks token", "data", "DATABRICKS_TOKEN", (g) => ["da", "pi", g.h(32)].join(""), B, "acme.cloud.databricks.com"],
  ["Snowflake password", "data", "SNOWFLAKE_PASSWORD", (g) => g.pw(20), B, "acme.snowflakecomputing.com"],
  ["Airtable PAT", "data", "AIRTABLE_TOKEN", (g) => ["pa", "t", g.a(14), ".", g.h(64)].join(""), B, "api.airtable.com"],
  ["Algolia admin key", "data", "ALGOLIA_ADMIN_KEY", (g) => g.h(32), "X-Algolia-API-Key: ", "acme.algolia.net"],
  ["Notion integration token", "saas", "NOTION_TOKEN", (g) => ["nt", "n_", g.d(11), g.a(35)].join(""), B, "api.notion.com"],
  ["Linear API key", "saas", "LINEAR_API_KEY", (g) => ["lin", "_api_", g.a(40)].join(""), "Authorization: ", "api.linear.app"],
  ["Atlassian API token", "saas", "JIRA_API_TOKEN", (g) => ["ATA", "TT3xFfGF0", g.us(180), "=", g.H(8)].join(""), B, "acme.atlassian.net"],
  ["Figma PAT", "saas", "FIGMA_TOKEN", (g) => ["fi", "gd_", g.us(40)].join(""), "X-Figma-Token: ", "api.figma.com"],
  ["HubSpot private app token", "saas", "HUBSPOT_ACCESS_TOKEN", (g) => ["pat", "-na1-", g.uuid()].join(""), B, "api.hubapi.com"],
  ["Mapbox secret token", "saas", "MAPBOX_SECRET_TOKEN", (g) => ["s", "k.", Buffer.from(JSON.stringify({ u: "acme-maps", a: g.l(25) })).toString("base64url"), ".", g.us(22)].join(""), B, "api.mapbox.com"],
  ["Contentful management token", "saas", "CONTENTFUL_MANAGEMENT_TOKEN", (g) => ["CF", "PAT-", g.us(43)].join(""), B, "api.contentful.com"],
  ["Dropbox access token", "saas", "DROPBOX_ACCESS_TOKEN", (g) => ["s", "l.", g.us(135)].join(""), B, "api.dropboxapi.com"],
  ["LaunchDarkly server SDK key", "saas", "LAUNCHDARKLY_SDK_KEY", (g) => ["sd", "k-", g.uuid()].join(""), "Authorization: ", "sdk.launchdarkly.com"],
  ["PostHog personal API key", "saas", "POSTHOG_PERSONAL_API_KEY", (g) => ["ph", "x_", g.a(43)].join(""), B, "us.posthog.com"],
];

const specs = (): Spec[] => T.map(([p, gr, env, mk, h, host]) => ({ p, g: gr, env, v: mk(g), hdr: h, host }));
const first = render(specs(), g, "y94-c", "heldouty94-sec", 0);
const second = render(specs().slice(0, 35), g, "y94-c2", "heldouty94-sec", 17);

// Handcrafted: key material and multi-part credentials.
const pem = (label: string, n: number) => {
  const body = g.b64(n);
  const lines = body.match(/.{1,64}/g)!.join("\n");
  return ["-----BEGIN ", label, "-----\n", lines, "\n-----END ", label, "-----"].join("");
};
const hk: [string, string, string][] = [
  ["keys", "RSA private key pasted in chat body", JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: `why does ssh say bad permissions? here's id_rsa:\n${pem("RSA PRIVATE KEY", 1600)}\n` }] })],
  ["keys", "EC private key in k8s tls secret via write_file", JSON.stringify({ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: "deploy/tls.key", content: pem("EC PRIVATE KEY", 160) + "\n" } })],
  ["keys", "OpenSSH private key in shell heredoc", `cat > ~/.ssh/deploy_ed25519 <<'KEY'\n${pem("OPENSSH PRIVATE KEY", 340)}\nKEY\nchmod 600 ~/.ssh/deploy_ed25519`],
  ["keys", "PKCS#8 private key inside GCP service account JSON", JSON.stringify({ type: "service_account", project_id: `acme-prod-${g.d(6)}`, private_key_id: g.h(40), private_key: pem("PRIVATE KEY", 1620) + "\n", client_email: "deployer@acme-prod.iam.gserviceaccount.com", client_id: g.d(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2)],
  ["keys", "PGP private key block in Markdown doc", `### Release signing key (do not share)\n\n\`\`\`\n${pem("PGP PRIVATE KEY BLOCK", 1200).replace("-----\n", "-----\n\n")}\n\`\`\`\n`],
  ["keys", "age secret key in sops keys.txt", `# created: 2026-10-02T10:11:12Z\n# public key: age1${g.str(58, "023456789acdefghjklmnpqrstuvwxyz")}\n${["AGE-SECRET", "-KEY-1", g.str(58, "023456789ACDEFGHJKLMNPQRSTUVWXYZ")].join("")}\n`],
  ["keys", "WireGuard private key in wg0.conf", `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${g.b64(43)}=\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.b64(43)}=\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0\n`],
  ["keys", "Ethereum private key in hardhat config", `module.exports = {\n  solidity: "0.8.24",\n  networks: {\n    mainnet: {\n      url: process.env.RPC_URL,\n      accounts: ["0x${g.h(64)}"],\n    },\n  },\n};\n`],
  ["auth", "JWT signing secret in Python settings", `# settings/prod.py\nDEBUG = False\nALLOWED_HOSTS = ["api.acme.io"]\nSECRET_KEY = "${g.pw(50)}"\nJWT_SIGNING_KEY = "${g.b64(64)}"\n`],
  ["auth", "AWS session credentials JSON from sts in MCP result", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: JSON.stringify({ Credentials: { AccessKeyId: ["AS", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")].join(""), SecretAccessKey: g.b64(40), SessionToken: "IQoJb3JpZ2luX2Vj" + g.b64(300), Expiration: "2026-12-06T12:40:00Z" } }, null, 2) }] } })],
  ["data", ".pgpass line", `# ~/.pgpass\ndb-prod.internal:5432:orders:orders_rw:${g.pw(22)}\n`],
  ["auth", ".netrc with machine password", `machine api.heroku.com\n  login ops@acme.io\n  password ${g.uuid()}\nmachine git.heroku.com\n  login ops@acme.io\n  password ${g.uuid()}\n`],
  ["devtools", "npmrc auth token", `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${["np", "m_", g.a(36)].join("")}\nalways-auth=true\n`],
  ["devtools", "docker config.json auth", JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from(`acme-bot:${["gh", "p_", g.a(36)].join("")}`).toString("base64") } } }, null, 2)],
  ["cloud", "AWS credentials file", `[default]\naws_access_key_id = ${["AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")].join("")}\naws_secret_access_key = ${g.b64(40)}\nregion = us-east-1\n`],
  ["cloud", "Azure storage connection string in appsettings.json", JSON.stringify({ ConnectionStrings: { Blob: `DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=${g.b64(86)}==;EndpointSuffix=core.windows.net` } }, null, 2)],
  ["cloud", "Azure SAS URL in curl", `curl -X PUT -T build.zip "https://acmeartifacts.blob.core.windows.net/builds/build.zip?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-12-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.b64(43) + "=")}" -H "x-ms-blob-type: BlockBlob"`],
  ["data", "MySQL DSN in Go code", `db, err := sql.Open("mysql", "app:${g.pw(18)}@tcp(mysql-prod.internal:3306)/shop?parseTime=true")\nif err != nil {\n\tlog.Fatal(err)\n}\n`],
];
const hand: CorpusCase[] = hk.map(([gr, note, text], i) => ({ id: `y94-ck-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: `heldouty94-sec-${gr}`, label: "positive", text, note }));

export const cases: CorpusCase[] = [...first, ...second, ...hand];
