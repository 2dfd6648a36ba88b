// heldout-y105: well-known providers, rotated through the shared renderers, plus handcrafted cases.
import type { CorpusCase } from "../types.ts";
import { R, j, s, rotate, pem, rsaDer, ecDer, pkcs8Der, opensshEd25519, type Spec } from "./_gen.ts";

const oai = (r: R, kind: string) => j("sk", "-", kind, r.u(74), "T3Bl", "bkFJ", r.u(74));

const specs: Spec[] = [
  // ai
  s("OpenAI project API key", "ai", "OPENAI_API_KEY", "openaiApiKey", (r) => oai(r, "proj-")),
  s("OpenAI legacy user key", "ai", "OPENAI_API_KEY", "apiKey", (r) => j("sk", "-", r.a(20), "T3Bl", "bkFJ", r.a(20))),
  s("OpenAI service account key", "ai", "OPENAI_SVC_KEY", "serviceAccountKey", (r) => oai(r, "svcacct-")),
  s("OpenAI admin key", "ai", "OPENAI_ADMIN_KEY", "adminKey", (r) => oai(r, "admin-")),
  s("Anthropic API key", "ai", "ANTHROPIC_API_KEY", "anthropicApiKey", (r) => j("sk-", "ant-", "api03-", r.u(93), "AA"), { h: "x-api-key: %" }),
  s("Anthropic admin key", "ai", "ANTHROPIC_ADMIN_KEY", "adminApiKey", (r) => j("sk-", "ant-", "admin01-", r.u(93), "AA"), { h: "x-api-key: %" }),
  s("Hugging Face user access token", "ai", "HF_TOKEN", "hfToken", (r) => j("h", "f_", r.letters(34))),
  s("Cohere API key", "ai", "COHERE_API_KEY", "cohereApiKey", (r) => r.a(40)),
  s("Mistral API key", "ai", "MISTRAL_API_KEY", "mistralApiKey", (r) => r.a(32)),
  s("Groq API key", "ai", "GROQ_API_KEY", "groqApiKey", (r) => j("gs", "k_", r.a(52))),
  s("Replicate API token", "ai", "REPLICATE_API_TOKEN", "replicateToken", (r) => j("r8", "_", r.a(37))),
  s("Perplexity API key", "ai", "PERPLEXITY_API_KEY", "perplexityKey", (r) => j("pp", "lx-", r.a(48))),
  s("Google Gemini API key", "ai", "GEMINI_API_KEY", "geminiApiKey", (r) => j("AI", "za", "Sy", r.u(33)), { h: "x-goog-api-key: %", q: "key" }),
  s("xAI API key", "ai", "XAI_API_KEY", "xaiApiKey", (r) => j("xa", "i-", r.a(80))),
  s("OpenRouter API key", "ai", "OPENROUTER_API_KEY", "openrouterKey", (r) => j("sk-", "or-", "v1-", r.h(64))),
  s("DeepSeek API key", "ai", "DEEPSEEK_API_KEY", "deepseekKey", (r) => j("sk", "-", r.h(32))),
  s("LangSmith API key", "ai", "LANGSMITH_API_KEY", "langsmithApiKey", (r) => j("lsv2", "_pt_", r.h(32), "_", r.h(10)), { h: "x-api-key: %" }),
  s("Weights & Biases API key", "ai", "WANDB_API_KEY", "wandbApiKey", (r) => r.h(40)),
  s("Pinecone API key", "ai", "PINECONE_API_KEY", "pineconeApiKey", (r) => j("pc", "sk_", r.a(5), "_", r.a(63)), { h: "Api-Key: %" }),
  s("Azure OpenAI key", "ai", "AZURE_OPENAI_API_KEY", "azureOpenaiKey", (r) => r.h(32), { h: "api-key: %" }),
  // auth
  s("Okta API token", "auth", "OKTA_API_TOKEN", "oktaApiToken", (r) => j("0", "0", r.u(40)), { h: "Authorization: SSWS %" }),
  s("Auth0 client secret", "auth", "AUTH0_CLIENT_SECRET", "auth0ClientSecret", (r) => r.u(64)),
  s("Auth0 Management API token", "auth", "AUTH0_MGMT_TOKEN", "managementToken", (r) => r.jwt({ iss: "https://acme.eu.auth0.example.com/", sub: `${r.a(32)}@clients`, aud: "https://acme.eu.auth0.example.com/api/v2/", iat: 1760000000 + r.int(9999999), exp: 1790000000, scope: "read:users update:users delete:users", gty: "client-credentials" }, "RS256")),
  s("Google OAuth client secret", "auth", "GOOGLE_CLIENT_SECRET", "googleClientSecret", (r) => j("GOC", "SPX-", r.u(28))),
  s("Google OAuth refresh token", "auth", "GOOGLE_REFRESH_TOKEN", "refreshToken", (r) => j("1/", "/0", r.pick(["g", "3", "4", "5"]), r.u(98))),
  s("Google OAuth access token", "auth", "GOOGLE_ACCESS_TOKEN", "accessToken", (r) => j("ya", "29.", "a0A", r.u(160)), { q: "access_token" }),
  s("Azure AD (Entra) client secret", "auth", "AZURE_CLIENT_SECRET", "clientSecret", (r) => j(r.a(3), "8Q", "~", r.u(34).replace(/-/g, "."))),
  s("JWT HMAC signing secret", "auth", "JWT_SECRET", "jwtSecret", (r) => r.h(64)),
  s("Rails secret_key_base", "auth", "SECRET_KEY_BASE", "secretKeyBase", (r) => r.h(128)),
  s("Django SECRET_KEY", "auth", "DJANGO_SECRET_KEY", "secretKey", (r) => r.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)")),
  s("HashiCorp Vault service token", "auth", "VAULT_TOKEN", "vaultToken", (r) => j("hv", "s.", "CAESI", r.u(86)), { h: "X-Vault-Token: %" }),
  s("1Password service account token", "auth", "OP_SERVICE_ACCOUNT_TOKEN", "serviceAccountToken", (r) => j("op", "s_", "eyJ", r.b64(240).replace(/[+/]/g, "x"))),
  s("Doppler service token", "auth", "DOPPLER_TOKEN", "dopplerToken", (r) => j("dp", ".st.", "prd.", r.a(40))),
  s("Session cookie signing secret", "auth", "SESSION_SECRET", "sessionSecret", (r) => r.pw(48)),
  // cloud
  s("AWS secret access key", "cloud", "AWS_SECRET_ACCESS_KEY", "awsSecretAccessKey", (r) => r.b64(40)),
  s("AWS STS session token", "cloud", "AWS_SESSION_TOKEN", "sessionToken", (r) => j("IQo", "Jb3JpZ2luX2Vj", r.b64(340))),
  s("Azure Storage account key", "cloud", "AZURE_STORAGE_KEY", "storageAccountKey", (r) => r.b64bytes(64)),
  s("Azure Cosmos DB primary key", "cloud", "COSMOS_KEY", "cosmosPrimaryKey", (r) => r.b64bytes(64)),
  s("DigitalOcean personal access token", "cloud", "DIGITALOCEAN_TOKEN", "doToken", (r) => j("do", "p_v1_", r.h(64))),
  s("Heroku API key", "cloud", "HEROKU_API_KEY", "herokuApiKey", (r) => r.uuid()),
  s("Cloudflare API token", "cloud", "CLOUDFLARE_API_TOKEN", "cloudflareApiToken", (r) => r.u(40)),
  s("Cloudflare global API key", "cloud", "CLOUDFLARE_API_KEY", "cfGlobalApiKey", (r) => r.h(37), { h: "X-Auth-Key: %" }),
  s("Netlify personal access token", "cloud", "NETLIFY_AUTH_TOKEN", "netlifyToken", (r) => j("nf", "p_", r.a(36))),
  s("Vercel access token", "cloud", "VERCEL_TOKEN", "vercelToken", (r) => r.a(24)),
  s("Fly.io deploy token", "cloud", "FLY_API_TOKEN", "flyApiToken", (r) => j("Fly", "V1 ", "fm2", "_", r.b64(220).replace(/[+/]/g, "k")), { h: "Authorization: %" }),
  s("Terraform Cloud user token", "cloud", "TFE_TOKEN", "tfeToken", (r) => j(r.a(14), ".atlas", "v1.", r.a(67))),
  s("Supabase secret key", "cloud", "SUPABASE_SECRET_KEY", "supabaseSecretKey", (r) => j("sb", "_secret_", r.u(31)), { h: "apikey: %" }),
  s("Supabase service_role JWT", "cloud", "SUPABASE_SERVICE_ROLE_KEY", "serviceRoleKey", (r) => r.jwt({ iss: "supabase", ref: r.lo(20), role: "service_role", iat: 1730000000 + r.int(999999), exp: 2045000000 })),
  s("Google Cloud HMAC secret (GCS interop)", "cloud", "GCS_HMAC_SECRET", "gcsHmacSecret", (r) => r.b64(40)),
  // comms
  s("Slack bot token", "comms", "SLACK_BOT_TOKEN", "slackBotToken", (r) => j("xo", "xb-", r.d(12), "-", r.d(13), "-", r.a(24))),
  s("Slack user token", "comms", "SLACK_USER_TOKEN", "slackUserToken", (r) => j("xo", "xp-", r.d(12), "-", r.d(12), "-", r.d(13), "-", r.h(32))),
  s("Slack app-level token", "comms", "SLACK_APP_TOKEN", "appToken", (r) => j("xa", "pp-1-", "A0", r.up(9), "-", r.d(13), "-", r.h(64))),
  s("Slack signing secret", "comms", "SLACK_SIGNING_SECRET", "signingSecret", (r) => r.h(32)),
  s("Discord bot token", "comms", "DISCORD_BOT_TOKEN", "discordToken", (r) => j(Buffer.from(r.d(19)).toString("base64").replace(/=+$/, ""), ".", r.u(6), ".", r.u(38)), { h: "Authorization: Bot %" }),
  s("Telegram bot token", "comms", "TELEGRAM_BOT_TOKEN", "telegramBotToken", (r) => j(r.d(10), ":", "AA", r.u(33))),
  s("Twilio auth token", "comms", "TWILIO_AUTH_TOKEN", "twilioAuthToken", (r) => r.h(32)),
  s("Twilio API key secret", "comms", "TWILIO_API_SECRET", "twilioApiSecret", (r) => r.a(32)),
  s("SendGrid API key", "comms", "SENDGRID_API_KEY", "sendgridApiKey", (r) => j("S", "G.", r.u(22), ".", r.u(43))),
  s("Mailgun private API key", "comms", "MAILGUN_API_KEY", "mailgunApiKey", (r) => j(r.h(32), "-", r.h(8), "-", r.h(8))),
  s("Mailchimp API key", "comms", "MAILCHIMP_API_KEY", "mailchimpApiKey", (r) => j(r.h(32), "-u", "s", String(r.range(1, 21)))),
  // data
  s("PostgreSQL connection URL", "data", "DATABASE_URL", "databaseUrl", (r) => `postgresql://app_rw:${r.a(24)}@pg-primary.example.net:5432/orders?sslmode=require`, { url: true }),
  s("MySQL connection URL", "data", "MYSQL_URL", "mysqlUrl", (r) => `mysql://svc_billing:${r.pw(20)}@mysql-01.example.net:3306/billing`, { url: true }),
  s("MongoDB SRV connection string", "data", "MONGODB_URI", "mongoUri", (r) => `mongodb+srv://analytics:${r.a(16)}@cluster0.${r.lo(5)}.example.net/events?retryWrites=true&w=majority`, { url: true }),
  s("Redis TLS URL", "data", "REDIS_URL", "redisUrl", (r) => `rediss://default:${r.a(32)}@cache-${r.lo(6)}.example.com:6380/0`, { url: true }),
  s("RabbitMQ AMQP URL", "data", "AMQP_URL", "amqpUrl", (r) => `amqps://orders:${r.a(20)}@mq.example.org:5671/prod`, { url: true }),
  s("MongoDB Atlas API private key", "data", "ATLAS_PRIVATE_KEY", "atlasPrivateKey", (r) => r.uuid()),
  s("PlanetScale password", "data", "PLANETSCALE_PASSWORD", "dbPassword", (r) => j("psc", "ale_pw_", r.u(43))),
  s("PlanetScale service token", "data", "PLANETSCALE_SERVICE_TOKEN", "serviceToken", (r) => j("psc", "ale_tkn_", r.u(43))),
  s("Neon API key", "data", "NEON_API_KEY", "neonApiKey", (r) => j("na", "pi_", r.lo(60))),
  s("Upstash Redis REST token", "data", "UPSTASH_REDIS_REST_TOKEN", "upstashToken", (r) => j("A", "X", r.a(3), "A", "AIjcDE", r.h(32), "cDE", r.lo(20))),
  s("Snowflake password", "data", "SNOWFLAKE_PASSWORD", "snowflakePassword", (r) => r.pw(22)),
  s("Databricks personal access token", "data", "DATABRICKS_TOKEN", "databricksToken", (r) => j("da", "pi", r.h(32))),
  s("Elastic Cloud API key", "data", "ELASTIC_API_KEY", "elasticApiKey", (r) => Buffer.from(`${r.u(20)}:${r.u(22)}`).toString("base64"), { h: "Authorization: ApiKey %" }),
  // devtools
  s("GitHub classic PAT", "devtools", "GITHUB_TOKEN", "githubToken", (r) => j("gh", "p_", r.a(36)), { h: "Authorization: token %" }),
  s("GitHub fine-grained PAT", "devtools", "GH_TOKEN", "ghToken", (r) => j("git", "hub_pat_", "11", r.up(20), "0", r.a(1), "_", r.a(59))),
  s("GitHub OAuth token", "devtools", "GITHUB_OAUTH_TOKEN", "oauthToken", (r) => j("gh", "o_", r.a(36))),
  s("GitHub App installation token", "devtools", "GITHUB_APP_TOKEN", "installationToken", (r) => j("gh", "s_", r.a(36))),
  s("GitHub refresh token", "devtools", "GITHUB_REFRESH_TOKEN", "refreshToken", (r) => j("gh", "r_", r.a(76))),
  s("GitLab personal access token", "devtools", "GITLAB_TOKEN", "gitlabToken", (r) => j("gl", "pat-", r.u(20)), { h: "PRIVATE-TOKEN: %", q: "private_token" }),
  s("GitLab runner auth token", "devtools", "CI_RUNNER_TOKEN", "runnerToken", (r) => j("gl", "rt-", r.u(20))),
  s("GitLab deploy token", "devtools", "GITLAB_DEPLOY_TOKEN", "deployToken", (r) => j("gl", "dt-", r.u(20))),
  s("Bitbucket app password", "devtools", "BITBUCKET_APP_PASSWORD", "appPassword", (r) => j("AT", "BB", r.a(28), r.H(8))),
  s("npm automation token", "devtools", "NPM_TOKEN", "npmToken", (r) => j("np", "m_", r.a(36))),
  s("PyPI API token", "devtools", "PYPI_TOKEN", "pypiToken", (r) => j("py", "pi-", "AgEIcHlwaS5vcmc", r.u(150))),
  s("Docker Hub PAT", "devtools", "DOCKERHUB_TOKEN", "dockerToken", (r) => j("dc", "kr_pat_", r.u(27))),
  s("CircleCI personal token", "devtools", "CIRCLE_TOKEN", "circleToken", (r) => j("CCI", "PAT_", r.a(22), "_", r.h(40)), { h: "Circle-Token: %" }),
  s("Postman API key", "devtools", "POSTMAN_API_KEY", "postmanApiKey", (r) => j("PM", "AK-", r.h(24), "-", r.h(34)), { h: "X-Api-Key: %" }),
  s("Atlassian API token", "devtools", "JIRA_API_TOKEN", "jiraApiToken", (r) => j("ATA", "TT3xFfGF0", r.u(180), "=", r.H(8))),
  s("Azure DevOps PAT", "devtools", "AZURE_DEVOPS_PAT", "adoPat", (r) => j(r.a(52), "AAA", "SAZDO", r.a(24))),
  // observability
  s("Datadog API key", "observability", "DD_API_KEY", "datadogApiKey", (r) => r.h(32), { h: "DD-API-KEY: %" }),
  s("Datadog application key", "observability", "DD_APP_KEY", "datadogAppKey", (r) => r.h(40), { h: "DD-APPLICATION-KEY: %" }),
  s("New Relic user API key", "observability", "NEW_RELIC_API_KEY", "newRelicApiKey", (r) => j("NR", "AK-", r.up(27)), { h: "Api-Key: %" }),
  s("New Relic license key", "observability", "NEW_RELIC_LICENSE_KEY", "licenseKey", (r) => j(r.h(36), "NR", "AL")),
  s("Sentry org auth token", "observability", "SENTRY_AUTH_TOKEN", "sentryAuthToken", (r) => j("sn", "trys_", Buffer.from(JSON.stringify({ iat: 1760000000 + r.int(9999999), url: "https://sentry.example.com", region_url: "https://sentry.example.com", org: "acme" })).toString("base64").replace(/=+$/, ""), "_", r.u(43))),
  s("Sentry user auth token", "observability", "SENTRY_TOKEN", "sentryUserToken", (r) => j("sn", "tryu_", r.h(64))),
  s("Grafana service account token", "observability", "GRAFANA_TOKEN", "grafanaToken", (r) => j("gl", "sa_", r.a(32), "_", r.h(8))),
  s("Grafana Cloud access policy token", "observability", "GRAFANA_CLOUD_TOKEN", "cloudToken", (r) => j("gl", "c_", Buffer.from(JSON.stringify({ o: r.d(6), n: "stack-write", k: r.a(24), m: { r: "prod-eu-west-2" } })).toString("base64"))),
  // payment
  s("Stripe secret key", "payment", "STRIPE_SECRET_KEY", "stripeSecretKey", (r) => j("sk", "_live_", "51", r.a(97))),
  s("Stripe restricted key", "payment", "STRIPE_RESTRICTED_KEY", "stripeRestrictedKey", (r) => j("rk", "_live_", "51", r.a(97))),
  s("Stripe webhook signing secret", "payment", "STRIPE_WEBHOOK_SECRET", "webhookSecret", (r) => j("wh", "sec_", r.a(32))),
  s("Square production access token", "payment", "SQUARE_ACCESS_TOKEN", "squareAccessToken", (r) => j("EA", "AA", r.u(60))),
  s("Square application secret", "payment", "SQUARE_APP_SECRET", "squareAppSecret", (r) => j("sq0", "csp-", r.u(43))),
  s("PayPal client secret", "payment", "PAYPAL_CLIENT_SECRET", "paypalClientSecret", (r) => j("E", r.u(79))),
  s("PayPal REST access token", "payment", "PAYPAL_ACCESS_TOKEN", "paypalAccessToken", (r) => j("A2", "1AA", r.u(94))),
  s("Braintree access token", "payment", "BRAINTREE_ACCESS_TOKEN", "braintreeToken", (r) => j("access", "_token$production$", r.lo(16), "$", r.h(32))),
  s("Braintree private key", "payment", "BRAINTREE_PRIVATE_KEY", "privateKey", (r) => r.h(32)),
  // saas
  s("Shopify Admin API access token", "saas", "SHOPIFY_ACCESS_TOKEN", "shopifyAccessToken", (r) => j("sh", "pat_", r.h(32)), { h: "X-Shopify-Access-Token: %" }),
  s("Shopify app shared secret", "saas", "SHOPIFY_API_SECRET", "shopifyApiSecret", (r) => j("sh", "pss_", r.h(32))),
  s("Shopify custom app token", "saas", "SHOPIFY_CUSTOM_APP_TOKEN", "customAppToken", (r) => j("sh", "pca_", r.h(32))),
  s("Notion integration token", "saas", "NOTION_TOKEN", "notionToken", (r) => j("nt", "n_", r.d(11), r.a(35))),
  s("Airtable personal access token", "saas", "AIRTABLE_API_KEY", "airtableToken", (r) => j("p", "at", r.a(14), ".", r.h(64))),
  s("Figma personal access token", "saas", "FIGMA_TOKEN", "figmaToken", (r) => j("fi", "gd_", r.u(40)), { h: "X-Figma-Token: %" }),
  s("HubSpot private app token", "saas", "HUBSPOT_ACCESS_TOKEN", "hubspotToken", (r) => j("pat", "-na1-", r.uuid())),
  s("Contentful management token", "saas", "CONTENTFUL_MANAGEMENT_TOKEN", "cmaToken", (r) => j("CF", "PAT-", r.u(43))),
  s("Algolia admin API key", "saas", "ALGOLIA_ADMIN_API_KEY", "algoliaAdminKey", (r) => r.h(32), { h: "X-Algolia-API-Key: %" }),
  s("Mapbox secret token", "saas", "MAPBOX_SECRET_TOKEN", "mapboxSecretToken", (r) => j("s", "k.", Buffer.from(JSON.stringify({ u: "acme-maps", a: r.lo(25) })).toString("base64url"), ".", r.u(22)), { q: "access_token" }),
  s("LaunchDarkly server SDK key", "saas", "LAUNCHDARKLY_SDK_KEY", "sdkKey", (r) => j("sd", "k-", r.uuid())),
  s("LaunchDarkly API access token", "saas", "LD_API_TOKEN", "ldApiToken", (r) => j("ap", "i-", r.uuid())),
  s("PostHog personal API key", "saas", "POSTHOG_PERSONAL_API_KEY", "posthogPersonalKey", (r) => j("ph", "x_", r.a(47))),
  s("Dropbox short-lived access token", "saas", "DROPBOX_ACCESS_TOKEN", "dropboxToken", (r) => j("s", "l.", "B", r.u(137))),
  s("X (Twitter) app bearer token", "saas", "TWITTER_BEARER_TOKEN", "bearerToken", (r) => j("AAAAAAAAAA", "AAAAAAAAAAA", r.a(20), "%3D", r.a(50))),
  s("Linear API key", "saas", "LINEAR_API_KEY", "linearApiKey", (r) => j("lin", "_api_", r.a(40)), { h: "Authorization: %" }),
];

const rotated = rotate(specs, { idPrefix: "y105-c", catPrefix: "heldouty105", seed: 105_001 });

// ---- handcrafted ----
const r = new R(105_002);
const C = (cat: string, text: string, note: string) => ({ cat, text, note });
const akid = () => j("AK", "IA", r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
const asak = () => j("ASIA", r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
const chat = (content: string) => JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content }] });
const anthropicWrite = (path: string, content: string) => JSON.stringify({ model: "claude-opus-4-1", max_tokens: 4096, messages: [{ role: "user", content: "save this" }, { role: "assistant", content: [{ type: "tool_use", id: j("tool", "u_01", r.a(22)), name: "write_file", input: { path, content } }] }] });
const mcp = (text: string) => JSON.stringify({ jsonrpc: "2.0", id: r.range(3, 80), result: { content: [{ type: "text", text }] } });

const rsa = pem(j("RSA PRI", "VATE KEY"), rsaDer(r));
const ec = pem(j("EC PRI", "VATE KEY"), ecDer(r));
const p8 = pem(j("PRI", "VATE KEY"), pkcs8Der(r));
const ossh = opensshEd25519(r);
const saKeyPem = pem(j("PRI", "VATE KEY"), pkcs8Der(r));
const pgpBody = r.b64bytes(900).match(/.{1,64}/g)!.join("\n");
const wgPriv = r.b64bytes(32);
const wgPeerPub = r.b64bytes(32);
const ageKey = j("AGE-SECRET-", "KEY-1", r.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"));

const hand = [
  C("keys", chat(`Can you tell why nginx rejects this key? It's the one in /etc/ssl/private/api.key:\n\n${rsa}`), "RSA PKCS#1 private key PEM pasted into a chat-completion body (JSON-escaped)"),
  C("keys", anthropicWrite("certs/signing-ec.pem", ec), "EC P-256 private key PEM written via Anthropic tool_use write_file"),
  C("keys", `const signer = crypto.createSign("RSA-SHA256");\nconst PRIVATE_KEY = \`${p8}\`;\nsigner.update(payload);\n`, "PKCS#8 private key inlined in a JS template literal"),
  C("keys", mcp(`$ cat ~/.ssh/id_ed25519\n${ossh}`), "OpenSSH ed25519 private key in an MCP tool result"),
  C("keys", `-----BEGIN PGP PRI${"VATE"} KEY BLOCK-----\nComment: release signing key\n\n${pgpBody}\n=${r.b64(4)}\n-----END PGP PRI${"VATE"} KEY BLOCK-----\n`, "armored PGP private key block (export for CI signing)"),
  C("keys", `# created: 2025-06-02T10:11:12Z\n# public key: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${ageKey}\n`, "age identity file (AGE-SECRET-KEY-1…)"),
  C("keys", `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${wgPriv}\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ${wgPeerPub}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\n`, "WireGuard wg0.conf with Interface PrivateKey"),
  C("cloud", chat(`deploy fails with invalid_grant, here's the key file:\n${JSON.stringify({ type: "service_account", project_id: "acme-analytics-" + r.d(6), private_key_id: r.h(40), private_key: saKeyPem, client_email: "etl-runner@acme-analytics.iam.gserviceaccount.example.com", client_id: r.d(21), auth_uri: "https://accounts.example.com/o/oauth2/auth", token_uri: "https://oauth2.example.com/token" }, null, 2)}`), "GCP service-account JSON (private_key PEM) pasted into chat body"),
  C("cloud", `[default]\naws_access_key_id = ${akid()}\naws_secret_access_key = ${r.b64(40)}\nregion = eu-central-1\n\n[deploy]\naws_access_key_id = ${akid()}\naws_secret_access_key = ${r.b64(40)}\n`, "AWS ~/.aws/credentials with two profiles"),
  C("cloud", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "assistant", content: null, tool_calls: [{ id: j("call", "_", r.a(24)), type: "function", function: { name: "bash", arguments: JSON.stringify({ command: `AWS_ACCESS_KEY_ID=${asak()} AWS_SECRET_ACCESS_KEY=${r.b64(40)} AWS_SESSION_TOKEN=${j("IQo", "Jb3JpZ2luX2Vj", r.b64(300))} aws s3 ls s3://acme-backups/` }) } }] }] }), "AWS STS temporary credential triple in OpenAI tool_calls arguments"),
  C("auth", `machine api.example.com\n  login deploy-bot\n  password ${r.pw(24)}\nmachine git.example.org login jdoe password ${j("gh", "p_", r.a(36))}\n`, ".netrc with password and a GitHub token"),
  C("data", `# ~/.pgpass\npg-primary.example.net:5432:orders:app_rw:${r.pw(22)}\n*:5432:*:replicator:${r.pw(18)}\n`, ".pgpass lines"),
  C("devtools", `registry=https://registry.npm.example.org/\n@acme:registry=https://npm.example.com/\n//registry.npm.example.org/:_authToken=${j("np", "m_", r.a(36))}\n//npm.example.com/:_authToken=${r.uuid()}\n`, ".npmrc with npm automation token and private-registry token"),
  C("devtools", JSON.stringify({ auths: { "registry.example.com": { auth: Buffer.from(`ci-pusher:${r.pw(20)}`).toString("base64") }, "ghcr.example.com": { auth: Buffer.from(`octo:${j("gh", "p_", r.a(36))}`).toString("base64") } } }, null, 2), "docker ~/.docker/config.json auths (base64 user:pass)"),
  C("data", `String url = "jdbc:postgresql://pg.example.net:5432/ledger?user=ledger_app&password=${r.a(20)}&ssl=true";\nConnection conn = DriverManager.getConnection(url);\n`, "JDBC URL with password query param in Java"),
  C("data", `"ConnectionStrings": {\n  "Default": "Server=tcp:sql-prod.example.net,1433;Initial Catalog=Orders;User ID=orders_app;Password=${r.pw(20)};Encrypt=True;"\n}`, "SQL Server ADO.NET connection string in appsettings.json"),
  C("cloud", `AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=acmeprodlogs;AccountKey=${r.b64bytes(64)}"\n`, "Azure Storage connection string in .env"),
  C("devtools", `$ cat ~/.git-credentials\nhttps://jdoe:${j("gh", "p_", r.a(36))}@git.example.com\nhttps://oauth2:${j("gl", "pat-", r.u(20))}@gitlab.example.org\n`, ".git-credentials store file"),
  C("cloud", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.example.net:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${r.b64bytes(60)}\n    client-key-data: ${Buffer.from(rsa).toString("base64")}\n`, "kubeconfig with client-key-data (base64 PEM private key)"),
  C("auth", JSON.stringify({ log: { entries: [{ request: { method: "GET", url: "https://intranet.example.com/api/reports", headers: [{ name: "Authorization", value: "Basic " + Buffer.from(`svc-reports:${r.pw(18)}`).toString("base64") }, { name: "Accept", value: "application/json" }] }, response: { status: 200 } }] } }), "HAR entry with HTTP Basic Authorization header"),
  C("devtools", `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${j("py", "pi-", "AgEIcHlwaS5vcmc", r.u(150))}\n`, ".pypirc with PyPI upload token"),
  C("auth", JSON.stringify({ version: 4, terraform_version: "1.9.5", resources: [{ mode: "managed", type: "random_password", name: "db", instances: [{ attributes: { id: "none", length: 24, result: r.pw(24), special: true }, sensitive_attributes: [[{ type: "get_attr", value: "result" }]] }] }] }, null, 2), "new idea: terraform.tfstate with random_password result"),
  C("devtools", `# ~/.config/gh/hosts.yml\ngit.example.com:\n    user: jdoe\n    oauth_token: ${j("gh", "o_", r.a(36))}\n    git_protocol: ssh\n`, "new idea: gh CLI hosts.yml oauth_token"),
  C("cloud", `[s3-backup]\ntype = s3\nprovider = AWS\naccess_key_id = ${akid()}\nsecret_access_key = ${r.b64(40)}\nregion = eu-west-1\n`, "new idea: rclone.conf S3 remote"),
  C("devtools", `[global]\nindex-url = https://build:${r.a(32)}@pypi.example.com/simple/\ntrusted-host = pypi.example.com\n`, "new idea: pip.conf index-url with embedded credentials"),
];

const handcrafted: CorpusCase[] = hand.map((h, i) => ({
  id: `y105-ck-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty105-sec-${h.cat}`,
  label: "positive",
  text: h.text,
  note: h.note,
}));

export const cases: CorpusCase[] = [...rotated, ...handcrafted];
