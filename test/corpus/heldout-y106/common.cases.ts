// heldout-y106 common providers: rotated through the shared renderers, plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { Gen, mk, pad, rotate, sp, type Spec } from "./_gen.ts";

const g = new Gen(0x10601);
const AI = "sec-ai", AU = "sec-auth", CL = "sec-cloud", CO = "sec-comms", DA = "sec-data", DV = "sec-devtools", KY = "sec-keys", OB = "sec-observability", PA = "sec-payment", SA = "sec-saas";
const B = "T3Blbk" + "FJ";
const azAlpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.~-";

const specs: Spec[] = [
  // AI
  sp("OpenAI project API key", AI, "OPENAI_API_KEY", (g) => ["sk", "-proj-", g.b64u(58), B, g.b64u(58)].join("")),
  sp("OpenAI service account key", AI, "OPENAI_API_KEY", (g) => ["sk", "-svcacct-", g.b64u(58), B, g.b64u(58)].join("")),
  sp("OpenAI admin key", AI, "OPENAI_ADMIN_KEY", (g) => ["sk", "-admin-", g.b64u(58), B, g.b64u(58)].join("")),
  sp("OpenAI legacy user key", AI, "OPENAI_KEY", (g) => ["sk", "-", g.a(20), B, g.a(20)].join("")),
  sp("Anthropic API key", AI, "ANTHROPIC_API_KEY", (g) => ["sk-", "ant-", "api03-", g.b64u(93), "AA"].join(""), { h: "x-api-key" }),
  sp("Anthropic admin key", AI, "ANTHROPIC_ADMIN_KEY", (g) => ["sk-", "ant-", "admin01-", g.b64u(93), "AA"].join(""), { h: "x-api-key" }),
  sp("Hugging Face user access token", AI, "HF_TOKEN", (g) => ["h", "f_", g.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")].join("")),
  sp("Cohere API key", AI, "CO_API_KEY", (g) => g.a(40), { k: "cohere_api_key" }),
  sp("Mistral API key", AI, "MISTRAL_API_KEY", (g) => g.a(32)),
  sp("Groq API key", AI, "GROQ_API_KEY", (g) => ["gs", "k_", g.a(52)].join("")),
  sp("Replicate API token", AI, "REPLICATE_API_TOKEN", (g) => ["r8", "_", g.a(37)].join(""), { hp: "Token " }),
  sp("Perplexity API key", AI, "PERPLEXITY_API_KEY", (g) => ["pp", "lx-", g.a(48)].join("")),
  sp("Google Gemini API key (server)", AI, "GEMINI_API_KEY", (g) => ["AI", "za", "Sy", g.b64u(33)].join(""), { h: "x-goog-api-key", q: "key" }),
  sp("xAI API key", AI, "XAI_API_KEY", (g) => ["xa", "i-", g.a(80)].join("")),
  sp("OpenRouter API key", AI, "OPENROUTER_API_KEY", (g) => ["sk-", "or-", "v1-", g.h(64)].join("")),
  sp("DeepSeek API key", AI, "DEEPSEEK_API_KEY", (g) => ["sk", "-", g.h(32)].join("")),
  sp("LangSmith personal access token", AI, "LANGSMITH_API_KEY", (g) => ["lsv2", "_pt_", g.h(32), "_", g.h(10)].join(""), { h: "x-api-key" }),
  sp("Weights & Biases API key", AI, "WANDB_API_KEY", (g) => g.h(40)),
  sp("Pinecone API key", AI, "PINECONE_API_KEY", (g) => ["pc", "sk_", g.a(5), "_", g.a(63)].join(""), { h: "Api-Key" }),
  sp("Azure OpenAI key", AI, "AZURE_OPENAI_API_KEY", (g) => g.h(32), { h: "api-key" }),
  sp("Together AI API key", AI, "TOGETHER_API_KEY", (g) => ["tg", "p_v1_", g.b64u(43)].join("")),
  // auth
  sp("Okta API token", AU, "OKTA_API_TOKEN", (g) => ["0", "0", g.b64u(40)].join(""), { hp: "SSWS " }),
  sp("Auth0 client secret", AU, "AUTH0_CLIENT_SECRET", (g) => g.b64u(64), { q: "client_secret" }),
  sp("Google OAuth client secret", AU, "GOOGLE_CLIENT_SECRET", (g) => ["GOC", "SPX-", g.b64u(28)].join(""), { q: "client_secret" }),
  sp("Azure AD (Entra) client secret", AU, "AZURE_CLIENT_SECRET", (g) => [g.a(3), "8Q", "~", g.str(31, azAlpha)].join(""), { q: "client_secret" }),
  sp("JWT HMAC signing secret", AU, "JWT_SECRET", (g) => g.h(64)),
  sp("Express session secret", AU, "SESSION_SECRET", (g) => g.b64(48)),
  sp("GitHub OAuth app client secret", AU, "GITHUB_CLIENT_SECRET", (g) => g.h(40), { q: "client_secret" }),
  sp("Clerk secret key", AU, "CLERK_SECRET_KEY", (g) => ["sk", "_live_", g.a(42)].join("")),
  sp("Google OAuth refresh token", AU, "GOOGLE_REFRESH_TOKEN", (g) => ["1//", "0g", g.b64u(100)].join(""), { q: "refresh_token" }),
  sp("Google OAuth access token", AU, "GOOGLE_ACCESS_TOKEN", (g) => ["ya", "29.", "a0A", g.b64u(160)].join(""), { q: "access_token" }),
  sp("HS256 service access token (JWT)", AU, "API_ACCESS_TOKEN", (g) => g.jwt({ sub: "svc-" + g.word(), iss: "https://auth.example.com", scope: "admin:write", iat: g.ts(), exp: g.ts() + 31536000 })),
  sp("Stytch secret", AU, "STYTCH_SECRET", (g) => ["secret", "-live-", g.b64u(36), "="].join("")),
  sp("Keycloak client secret", AU, "KEYCLOAK_CLIENT_SECRET", (g) => g.a(32), { q: "client_secret" }),
  sp("NextAuth secret", AU, "NEXTAUTH_SECRET", (g) => g.b64(43) + "="),
  sp("Django SECRET_KEY", AU, "DJANGO_SECRET_KEY", (g) => g.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)")),
  sp("Rails secret_key_base", AU, "SECRET_KEY_BASE", (g) => g.h(128)),
  // cloud
  sp("AWS secret access key", CL, "AWS_SECRET_ACCESS_KEY", (g) => g.b64(40)),
  sp("AWS STS session token", CL, "AWS_SESSION_TOKEN", (g) => ["IQo", "Jb3JpZ2luX2Vj", g.b64(340)].join("")),
  sp("Azure storage account key", CL, "AZURE_STORAGE_KEY", (g) => g.b64(86) + "=="),
  sp("Azure storage connection string", CL, "AZURE_STORAGE_CONNECTION_STRING", (g) => ["DefaultEndpointsProtocol=https;AccountName=", g.lc(10), ";Account", "Key=", g.b64(86), "==;BlobEndpoint=https://blob.example.net/"].join("")),
  sp("DigitalOcean personal access token", CL, "DIGITALOCEAN_TOKEN", (g) => ["do", "p_v1_", g.h(64)].join("")),
  sp("Heroku API key", CL, "HEROKU_API_KEY", (g) => ["HR", "KU-", "AA", g.b64u(58)].join("")),
  sp("Netlify personal access token", CL, "NETLIFY_AUTH_TOKEN", (g) => ["nf", "p_", g.a(40)].join("")),
  sp("Vercel token", CL, "VERCEL_TOKEN", (g) => g.a(24)),
  sp("Fly.io API token", CL, "FLY_API_TOKEN", (g) => ["Fly", "V1 ", "fm2_", g.b64(180)].join("")),
  sp("Cloudflare API token", CL, "CLOUDFLARE_API_TOKEN", (g) => g.b64u(40)),
  sp("Cloudflare global API key", CL, "CLOUDFLARE_API_KEY", (g) => g.h(37), { h: "X-Auth-Key" }),
  sp("Terraform Cloud team token", CL, "TFE_TOKEN", (g) => [g.a(14), ".atlas", "v1.", g.a(67)].join("")),
  sp("HashiCorp Vault service token", CL, "VAULT_TOKEN", (g) => ["hv", "s.", "CAES", g.b64u(86)].join(""), { h: "X-Vault-Token" }),
  sp("Doppler service token", CL, "DOPPLER_TOKEN", (g) => ["dp", ".st.", "prd.", g.a(40)].join("")),
  sp("1Password service account token", CL, "OP_SERVICE_ACCOUNT_TOKEN", (g) => ["op", "s_", g.enc(JSON.stringify({ signInAddress: "my.1password.example.com", userAuth: { method: "SRPg-4096", alg: "PBES2g-HS256", iterations: 650000, salt: g.b64u(22) }, email: g.lc(12) + "@1passwordserviceaccounts.example.com", srpX: g.h(64), muk: { alg: "A256GCM", ext: true, k: g.b64u(43), key_ops: ["encrypt", "decrypt"], kty: "oct", kid: "mp" }, secretKey: "A3-" + g.u(6) + "-" + g.u(6) + "-" + g.u(5) + "-" + g.u(5) + "-" + g.u(5) + "-" + g.u(5), throttleSecret: { seed: g.h(64), deviceUuid: g.lc(26) }, deviceUuid: g.lc(26) })).replace(/=+$/, "")].join("")),
  sp("Pulumi access token", CL, "PULUMI_ACCESS_TOKEN", (g) => ["pu", "l-", g.h(40)].join("")),
  sp("Tailscale auth key", CL, "TS_AUTHKEY", (g) => ["tskey", "-auth-", "k", g.a(16), "CNTRL-", g.a(33)].join("")),
  sp("Alibaba Cloud AccessKey secret", CL, "ALIBABA_CLOUD_ACCESS_KEY_SECRET", (g) => g.a(30)),
  sp("Supabase service_role key", CL, "SUPABASE_SERVICE_ROLE_KEY", (g) => g.jwt({ iss: "supabase", ref: g.lc(20), role: "service_role", iat: g.ts(), exp: g.ts() + 315360000 }), { h: "apikey" }),
  sp("DigitalOcean Spaces secret key", CL, "SPACES_SECRET_ACCESS_KEY", (g) => g.b64(43)),
  // comms
  sp("Slack bot token", CO, "SLACK_BOT_TOKEN", (g) => ["xo", "xb-", g.d(12), "-", g.d(13), "-", g.a(24)].join("")),
  sp("Slack user token", CO, "SLACK_USER_TOKEN", (g) => ["xo", "xp-", g.d(12), "-", g.d(12), "-", g.d(13), "-", g.h(32)].join("")),
  sp("Slack app-level token", CO, "SLACK_APP_TOKEN", (g) => ["xa", "pp-1-", "A0", g.u(9), "-", g.d(13), "-", g.h(64)].join("")),
  sp("Slack signing secret", CO, "SLACK_SIGNING_SECRET", (g) => g.h(32)),
  sp("Discord bot token", CO, "DISCORD_BOT_TOKEN", (g) => [g.enc(g.d(19)).replace(/=+$/, ""), ".", g.b64u(6), ".", g.b64u(38)].join(""), { hp: "Bot " }),
  sp("Telegram bot token", CO, "TELEGRAM_BOT_TOKEN", (g) => [g.d(10), ":", "AA", g.b64u(33)].join("")),
  sp("Twilio auth token", CO, "TWILIO_AUTH_TOKEN", (g) => g.h(32)),
  sp("Twilio API key secret", CO, "TWILIO_API_SECRET", (g) => g.a(32)),
  sp("SendGrid API key", CO, "SENDGRID_API_KEY", (g) => ["S", "G.", g.b64u(22), ".", g.b64u(43)].join("")),
  sp("Mailgun private API key", CO, "MAILGUN_API_KEY", (g) => [g.h(32), "-", g.h(8), "-", g.h(8)].join("")),
  sp("Mailchimp API key", CO, "MAILCHIMP_API_KEY", (g) => [g.h(32), "-us", g.range(2, 21)].join("")),
  sp("Postmark server token", CO, "POSTMARK_SERVER_TOKEN", (g) => g.uuid(), { h: "X-Postmark-Server-Token" }),
  sp("Resend API key", CO, "RESEND_API_KEY", (g) => ["r", "e_", g.a(8), "_", g.a(24)].join("")),
  sp("Brevo API key", CO, "BREVO_API_KEY", (g) => ["xke", "ysib-", g.h(64), "-", g.a(16)].join(""), { h: "api-key" }),
  // data
  sp("PostgreSQL URL with password", DA, "DATABASE_URL", (g) => ["postgres", "ql://app_", g.word(), ":", g.a(24), "@db-", g.word(), ".example.com:5432/app?sslmode=require"].join("")),
  sp("MySQL URL with password", DA, "MYSQL_URL", (g) => ["mysql", "://root:", g.a(20), "@mysql.internal.example.net:3306/shop"].join("")),
  sp("MongoDB Atlas SRV URI", DA, "MONGODB_URI", (g) => ["mongodb", "+srv://", g.word(), "-admin:", g.a(16), "@cluster0.", g.lo(5), ".mongo.example.net/prod?retryWrites=true&w=majority"].join("")),
  sp("Redis TLS URL with password", DA, "REDIS_URL", (g) => ["redis", "s://default:", g.a(32), "@redis-", g.d(5), ".cache.example.com:6380/0"].join("")),
  sp("RabbitMQ AMQP URL", DA, "AMQP_URL", (g) => ["amqp", "s://", g.word(), ":", g.a(22), "@mq.example.org:5671/prod"].join("")),
  sp("PlanetScale database password", DA, "PLANETSCALE_PASSWORD", (g) => ["psc", "ale_pw_", g.b64u(43)].join("")),
  sp("Neon API key", DA, "NEON_API_KEY", (g) => ["na", "pi_", g.lo(60)].join("")),
  sp("Upstash Redis REST token", DA, "UPSTASH_REDIS_REST_TOKEN", (g) => ["A", "X", g.a(2), "AAIjcDE", g.h(32), "cDEw"].join("")),
  sp("Snowflake user password", DA, "SNOWFLAKE_PASSWORD", (g) => g.a(14) + g.pick(["!", "#", "%"]) + g.a(6)),
  sp("Databricks personal access token", DA, "DATABRICKS_TOKEN", (g) => ["da", "pi", g.h(32)].join("")),
  sp("SQL Server connection string", DA, "ConnectionStrings__Default", (g) => ["Server=tcp:sql-", g.word(), ".example.net,1433;Initial Catalog=orders;User ID=app_rw;Pass", "word=", g.a(18), "!;Encrypt=True;"].join("")),
  sp("Elasticsearch API key", DA, "ELASTIC_API_KEY", (g) => g.enc(g.b64u(20) + ":" + g.b64u(22)), { hp: "ApiKey " }),
  sp("ClickHouse password", DA, "CLICKHOUSE_PASSWORD", (g) => g.a(12) + "~" + g.a(8)),
  // devtools
  sp("GitHub classic PAT", DV, "GITHUB_TOKEN", (g) => ["gh", "p_", g.a(36)].join(""), { hp: "token " }),
  sp("GitHub fine-grained PAT", DV, "GH_TOKEN", (g) => ["github", "_pat_", "11", g.u(20), "_", g.b64u(59).replace(/-/g, "x")].join("")),
  sp("GitHub App installation token", DV, "GITHUB_APP_TOKEN", (g) => ["gh", "s_", g.a(36)].join("")),
  sp("GitHub OAuth token", DV, "GITHUB_OAUTH_TOKEN", (g) => ["gh", "o_", g.a(36)].join("")),
  sp("GitHub refresh token", DV, "GITHUB_REFRESH_TOKEN", (g) => ["gh", "r_", g.a(76)].join("")),
  sp("GitLab personal access token", DV, "GITLAB_TOKEN", (g) => ["gl", "pat-", g.b64u(20)].join(""), { h: "PRIVATE-TOKEN" }),
  sp("GitLab runner authentication token", DV, "CI_RUNNER_TOKEN", (g) => ["gl", "rt-", g.b64u(20)].join("")),
  sp("Bitbucket app password", DV, "BITBUCKET_APP_PASSWORD", (g) => ["AT", "BB", g.a(28), g.H(8)].join("")),
  sp("npm automation token", DV, "NPM_TOKEN", (g) => ["np", "m_", g.a(36)].join("")),
  sp("PyPI API token", DV, "PYPI_TOKEN", (g) => ["py", "pi-", "AgEIcHlwaS5vcmc", g.b64u(150)].join("")),
  sp("Docker Hub access token", DV, "DOCKERHUB_TOKEN", (g) => ["dck", "r_pat_", g.b64u(27)].join("")),
  sp("CircleCI personal token", DV, "CIRCLECI_TOKEN", (g) => ["CCI", "PAT_", g.a(22), "_", g.h(40)].join(""), { h: "Circle-Token" }),
  sp("Postman API key", DV, "POSTMAN_API_KEY", (g) => ["PM", "AK-", g.h(24), "-", g.h(34)].join(""), { h: "X-Api-Key" }),
  sp("Atlassian API token", DV, "JIRA_API_TOKEN", (g) => ["ATA", "TT3xFfGF0", g.b64u(180), "=", g.H(8)].join("")),
  sp("Linear API key", DV, "LINEAR_API_KEY", (g) => ["lin", "_api_", g.a(40)].join("")),
  sp("RubyGems API key", DV, "GEM_HOST_API_KEY", (g) => ["ruby", "gems_", g.h(48)].join("")),
  sp("NuGet API key", DV, "NUGET_API_KEY", (g) => ["oy", "2", g.lo(43)].join(""), { h: "X-NuGet-ApiKey" }),
  sp("Azure DevOps PAT", DV, "AZURE_DEVOPS_EXT_PAT", (g) => [g.a(52), "AAZO", g.a(28)].join(""), { hp: "Basic " }),
  // observability
  sp("Datadog API key", OB, "DD_API_KEY", (g) => g.h(32), { h: "DD-API-KEY" }),
  sp("Datadog application key", OB, "DD_APP_KEY", (g) => g.h(40), { h: "DD-APPLICATION-KEY" }),
  sp("New Relic user API key", OB, "NEW_RELIC_API_KEY", (g) => ["NR", "AK-", g.u(27)].join(""), { h: "Api-Key" }),
  sp("New Relic license key", OB, "NEW_RELIC_LICENSE_KEY", (g) => [g.h(36), "NR", "AL"].join("")),
  sp("Grafana service account token", OB, "GRAFANA_TOKEN", (g) => ["gl", "sa_", g.a(32), "_", g.h(8)].join("")),
  sp("Grafana Cloud access policy token", OB, "GRAFANA_CLOUD_TOKEN", (g) => ["gl", "c_", g.enc(JSON.stringify({ o: g.d(6), n: "stack-" + g.d(6) + "-hm-write", k: g.a(24), m: { r: "prod-eu-west-2" } }))].join("")),
  sp("Sentry user auth token", OB, "SENTRY_AUTH_TOKEN", (g) => ["sntr", "yu_", g.h(64)].join("")),
  sp("Sentry org auth token", OB, "SENTRY_ORG_TOKEN", (g) => ["sntr", "ys_", g.enc(JSON.stringify({ iat: g.ts() + 0.5, url: "https://sentry.example.com", region_url: "https://us.sentry.example.com", org: g.word() })).replace(/=+$/, ""), "_", g.b64(43)].join("")),
  sp("Honeycomb ingest key", OB, "HONEYCOMB_API_KEY", (g) => ["hc", "aik_", g.lo(58)].join(""), { h: "X-Honeycomb-Team" }),
  // payment
  sp("Stripe live secret key", PA, "STRIPE_SECRET_KEY", (g) => ["sk", "_live_", "51", g.a(97)].join("")),
  sp("Stripe restricted key", PA, "STRIPE_RESTRICTED_KEY", (g) => ["rk", "_live_", "51", g.a(97)].join("")),
  sp("Stripe webhook signing secret", PA, "STRIPE_WEBHOOK_SECRET", (g) => ["wh", "sec_", g.a(32)].join("")),
  sp("Square production access token", PA, "SQUARE_ACCESS_TOKEN", (g) => ["EA", "AA", g.b64u(60)].join("")),
  sp("PayPal REST client secret", PA, "PAYPAL_CLIENT_SECRET", (g) => ["E", g.b64u(79)].join(""), { q: "client_secret" }),
  sp("Braintree production access token", PA, "BRAINTREE_ACCESS_TOKEN", (g) => ["access_", "token$production$", g.lo(16), "$", g.h(32)].join("")),
  sp("Shopify Admin API access token", PA, "SHOPIFY_ACCESS_TOKEN", (g) => ["sh", "pat_", g.h(32)].join(""), { h: "X-Shopify-Access-Token" }),
  sp("Shopify app shared secret", PA, "SHOPIFY_API_SECRET", (g) => ["sh", "pss_", g.h(32)].join("")),
  sp("Plaid secret", PA, "PLAID_SECRET", (g) => g.h(30), { h: "PLAID-SECRET" }),
  // saas
  sp("Notion integration token", SA, "NOTION_TOKEN", (g) => ["nt", "n_", g.d(11), g.a(35)].join("")),
  sp("Airtable personal access token", SA, "AIRTABLE_TOKEN", (g) => ["p", "at", g.a(14), ".", g.h(64)].join("")),
  sp("Figma personal access token", SA, "FIGMA_TOKEN", (g) => ["fi", "gd_", g.b64u(40)].join(""), { h: "X-Figma-Token" }),
  sp("HubSpot private app token", SA, "HUBSPOT_ACCESS_TOKEN", (g) => ["pat", "-na1-", g.uuid()].join("")),
  sp("Contentful management token", SA, "CONTENTFUL_MANAGEMENT_TOKEN", (g) => ["CF", "PAT-", g.b64u(43)].join("")),
  sp("Algolia admin API key", SA, "ALGOLIA_ADMIN_API_KEY", (g) => g.h(32), { h: "X-Algolia-API-Key" }),
  sp("Mapbox secret token", SA, "MAPBOX_SECRET_TOKEN", (g) => ["s", "k.", g.encu(JSON.stringify({ u: g.word() + g.d(2), a: g.lo(25) })).replace(/=+$/, ""), ".", g.b64u(22)].join(""), { q: "access_token" }),
  sp("LaunchDarkly server SDK key", SA, "LAUNCHDARKLY_SDK_KEY", (g) => ["sd", "k-", g.uuid()].join("")),
  sp("PostHog personal API key", SA, "POSTHOG_PERSONAL_API_KEY", (g) => ["ph", "x_", g.a(47)].join("")),
  sp("Dropbox short-lived access token", SA, "DROPBOX_ACCESS_TOKEN", (g) => ["s", "l.", "u.", g.b64u(140)].join("")),
  sp("Asana personal access token", SA, "ASANA_PAT", (g) => ["2/", g.d(16), "/", g.d(16), ":", g.h(32)].join("")),
  sp("Zendesk API token", SA, "ZENDESK_API_TOKEN", (g) => g.a(40)),
  sp("Intercom access token", SA, "INTERCOM_ACCESS_TOKEN", (g) => ["dG9rOj", g.b64(54), "=="].join("")),
];

const dash = "-".repeat(5);
const pemLabel = (kind: string) => kind + " " + "PRIVATE" + " KEY";
const openaiBody = (content: string) => JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content }] });

const handcrafted = (): CorpusCase[] => {
  const out: CorpusCase[] = [];
  let n = 0;
  const add = (cat: string, note: string, text: string) => out.push(mk(`y106-ck-${pad(++n)}`, cat, "positive", note, text));
  const akid = () => ["AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")].join("");

  add(KY, "RSA PKCS#1 private key; deploy/id_rsa pasted into an OpenAI chat body", openaiBody(`Why does ssh say "invalid format" for this key?\n\n${g.pem(pemLabel("RSA"), "MIIEowIBAAKCAQEA", 1620)}\n`));
  add(KY, "EC private key (P-256); write_file tool_use input", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "certs/signing-ec.pem", content: g.pem(pemLabel("EC"), "MHcCAQEEI", 160) + "\n" } }));
  add(KY, "PKCS#8 private key; Node source constant", `const signer = crypto.createSign("RSA-SHA256");\nconst PRIVATE_KEY = \`${g.pem("PRIVATE" + " KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1624)}\`;\n`);
  add(KY, "OpenSSH ed25519 private key; MCP read_file result", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: g.pem(pemLabel("OPENSSH"), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACB", 400) + "\n" }] } }));
  {
    const t0 = g.ts();
    const pgp = g.pem("PGP " + "PRIVATE KEY" + " BLOCK", "lQdGBGX", 2400).split("\n");
    const armored = [pgp[0]!, "", ...pgp.slice(1, -1), "=" + g.b64(4), pgp[pgp.length - 1]!];
    add(KY, "PGP private key block; CI log echo of signing key", armored.map((l, i) => `${new Date((t0 + i) * 1000).toISOString()} ${l}`).join("\n"));
  }
  add(KY, "age secret key; keys.txt pasted in chat", openaiBody(`sops can't decrypt, this is my ~/.config/sops/age/keys.txt:\n# created: ${g.iso()}\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${["AGE", "-SECRET-KEY-", "1", g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")].join("")}\n`));
  add(KY, "WireGuard interface PrivateKey; wg0.conf", `[Interface]\nAddress = 10.8.0.2/32\nPrivate${"Key"} = ${g.b64(42)}${g.pick(["A", "E", "I", "M"])}=\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ${g.b64(42)}s=\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\n`);
  add(KY, "GCP service account JSON key; anthropic chat body", JSON.stringify({ model: "claude-sonnet-4-20250514", max_tokens: 1024, messages: [{ role: "user", content: "Terraform says invalid_grant with this key file, any idea?\n" + JSON.stringify({ type: "service_account", project_id: `${g.word()}-prod-${g.d(6)}`, private_key_id: g.h(40), private_key: g.pem("PRIVATE" + " KEY", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 1624) + "\n", client_email: `deployer@${g.word()}-prod.iam.gserviceaccount.example.com`, client_id: g.d(21), auth_uri: "https://accounts.example.com/o/oauth2/auth", token_uri: "https://oauth2.example.com/token" }, null, 2) }] }));
  add(CL, "AWS credentials file (key id + secret); MCP result", JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: `[default]\naws_access_key_id = ${akid()}\naws_secret_access_key = ${g.b64(40)}\nregion = us-east-1\n\n[prod]\naws_access_key_id = ${akid()}\naws_secret_access_key = ${g.b64(40)}\n` }] } }));
  add(CL, "AWS key pair in boto3 client call; Python", `import boto3\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="${akid()}",\n    aws_secret_access_key="${g.b64(40)}",\n    region_name="eu-west-1",\n)\n`);
  add(AU, ".netrc with machine password", `machine git.example.com\n  login ci-bot\n  password ${g.a(32)}\nmachine api.example.org login deploy password ${g.b64u(28)}\n`);
  add(DA, ".pgpass line", `# ~/.pgpass\ndb-primary.example.com:5432:orders:orders_rw:${g.a(22)}\n*:5432:*:replicator:${g.a(20)}\n`);
  add(DV, ".npmrc with _authToken", `registry=https://registry.npmjs.example.org/\n//registry.npmjs.example.org/:_auth${"Token"}=${["np", "m_", g.a(36)].join("")}\nalways-auth=true\n`);
  add(DV, "docker config.json auths (base64 user:pass)", JSON.stringify({ auths: { "registry.example.com": { auth: g.enc(`deploy:${["dck", "r_pat_", g.b64u(27)].join("")}`) } }, credsStore: "" }, null, 2));
  add(DA, "JDBC URL with password in application.yml", `spring:\n  datasource:\n    url: jdbc:postgresql://pg.example.net:5432/ledger?user=ledger_app&password=${g.a(20)}\n    driver-class-name: org.postgresql.Driver\n`);
  add(DV, ".git-credentials with PAT", `https://ci-bot:${["gh", "p_", g.a(36)].join("")}@github.example.com\nhttps://oauth2:${["gl", "pat-", g.b64u(20)].join("")}@gitlab.example.com\n`);
  add(CL, "kubeconfig user token + client-key-data", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.example.net:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    token: ${g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "kube-system", sub: "system:serviceaccount:kube-system:admin" }, "RS256")}\n    client-key-data: ${g.enc(g.pem(pemLabel("RSA"), "MIIEpAIBAAKCAQEA", 1620))}\n`);
  add(DV, "composer auth.json github-oauth token", JSON.stringify({ "github-oauth": { "github.example.com": ["gh", "o_", g.a(36)].join("") }, "http-basic": { "repo.example.org": { username: "ci", password: g.a(24) } } }, null, 4));
  add(DV, "Maven settings.xml server password", `<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <username>deployer</username>\n      <password>${g.a(26)}</password>\n    </server>\n  </servers>\n</settings>\n`);
  add(DV, ".pypirc with PyPI token", `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${["py", "pi-", "AgEIcHlwaS5vcmc", g.b64u(150)].join("")}\n`);
  add(DV, "gh CLI hosts.yml oauth_token", `github.example.com:\n    user: ${g.word()}-dev\n    oauth_token: ${["gh", "o_", g.a(36)].join("")}\n    git_protocol: ssh\n`);
  add(CL, "rclone.conf S3 remote with secret", `[backup]\ntype = s3\nprovider = AWS\naccess_key_id = ${akid()}\nsecret_access_key = ${g.b64(40)}\nregion = eu-central-1\n`);
  add(KY, "PuTTY PPK v3 private key file", `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy@build-01\nPublic-Lines: 6\n${(g.b64(372).match(/.{1,64}/g) ?? []).join("\n")}\nPrivate-Lines: 14\n${(g.b64(880).match(/.{1,64}/g) ?? []).join("\n")}\nPrivate-MAC: ${g.h(64)}\n`);
  add(AU, "HTTP basic auth in git remote URL; shell history", `: ${g.ts()}:0;git remote set-url origin https://deploy:${g.a(24)}@git.example.org/platform/api.git\n: ${g.ts()}:0;git push origin main`);
  add(PA, "Stripe key split across string concatenation; Python", `STRIPE_KEY = (\n    "${["sk", "_live_", "51"].join("")}${g.a(48)}"\n    "${g.a(49)}"\n)\nstripe.api_key = STRIPE_KEY\n`);
  add(AI, "Anthropic key inside Authorization-style header of a Python requests call, in a crash dump", `Exception in thread worker-3:\nTraceback (most recent call last):\n  File "agent/llm.py", line 77, in call\n    r = requests.post(URL, headers=headers, json=body)\nrequests.exceptions.ReadTimeout\n\nheaders = {'x-api-key': '${["sk-", "ant-", "api03-", g.b64u(93), "AA"].join("")}', 'anthropic-version': '2023-06-01'}\n`);
  add(CO, "Telegram bot token inside API URL path; curl", `curl -s "https://tg-api.example.net/bot${[g.d(10), ":", "AA", g.b64u(33)].join("")}/sendMessage" -d chat_id=-100${g.d(10)} -d text="deploy ok"`);
  return out;
};

export const cases: CorpusCase[] = [...rotate(g, "y106-c-", specs, specs.length, 0), ...handcrafted()];
