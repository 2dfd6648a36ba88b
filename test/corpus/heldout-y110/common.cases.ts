// heldout-y110: well-known providers, each rotated through the shared renderers, plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { Gen, Rotor, S, j, pos, renderSpecs, type Spec } from "./_gen.ts";

const g = new Gen(0x110c0);
const oaiMid = () => j("T3Bl", "bkFJ");
const now = 1760000000;

const SPECS: Spec[] = [
  // ai
  S("OpenAI project key", "ai", "OPENAI_API_KEY", (g) => j("sk-", "proj-", g.u(74), oaiMid(), g.u(74))),
  S("OpenAI service-account key", "ai", "OPENAI_API_KEY", (g) => j("sk-", "svcacct-", g.u(74), oaiMid(), g.u(74))),
  S("OpenAI admin key", "ai", "OPENAI_ADMIN_KEY", (g) => j("sk-", "admin-", g.u(58), oaiMid(), g.u(58))),
  S("OpenAI legacy user key", "ai", "OPENAI_KEY", (g) => j("s", "k-", g.a(20), oaiMid(), g.a(20))),
  S("Anthropic API key", "ai", "ANTHROPIC_API_KEY", (g) => j("sk-", "ant-", "api03-", g.u(93), "AA"), { hdr: "x-api-key: {v}" }),
  S("Anthropic admin key", "ai", "ANTHROPIC_ADMIN_KEY", (g) => j("sk-", "ant-", "admin01-", g.u(93), "AA"), { hdr: "x-api-key: {v}" }),
  S("Google Gemini API key", "ai", "GEMINI_API_KEY", (g) => j("AI", "za", "Sy", g.u(33)), { hdr: "x-goog-api-key: {v}", param: "key" }),
  S("Hugging Face token", "ai", "HF_TOKEN", (g) => j("h", "f_", g.L(34))),
  S("Cohere API key", "ai", "COHERE_API_KEY", (g) => g.a(40)),
  S("Mistral API key", "ai", "MISTRAL_API_KEY", (g) => g.a(32)),
  S("Groq API key", "ai", "GROQ_API_KEY", (g) => j("gs", "k_", g.a(52))),
  S("Replicate API token", "ai", "REPLICATE_API_TOKEN", (g) => j("r8", "_", g.a(37))),
  S("Perplexity API key", "ai", "PERPLEXITY_API_KEY", (g) => j("pp", "lx-", g.a(48))),
  S("xAI API key", "ai", "XAI_API_KEY", (g) => j("xa", "i-", g.a(80))),
  S("OpenRouter key", "ai", "OPENROUTER_API_KEY", (g) => j("sk-", "or-", "v1-", g.h(64))),
  S("DeepSeek API key", "ai", "DEEPSEEK_API_KEY", (g) => j("s", "k-", g.h(32))),
  S("LangSmith key", "ai", "LANGSMITH_API_KEY", (g) => j("lsv2", "_pt_", g.h(32), "_", g.h(10)), { hdr: "x-api-key: {v}" }),
  S("Weights & Biases key", "ai", "WANDB_API_KEY", (g) => g.h(40), { http: false }),
  S("Pinecone API key", "ai", "PINECONE_API_KEY", (g) => j("pc", "sk_", g.a(5), "_", g.a(63)), { hdr: "Api-Key: {v}" }),
  S("Azure OpenAI key", "ai", "AZURE_OPENAI_API_KEY", (g) => g.h(32), { hdr: "api-key: {v}" }),
  S("ElevenLabs API key", "ai", "ELEVENLABS_API_KEY", (g) => j("s", "k_", g.h(48)), { hdr: "xi-api-key: {v}" }),
  // auth
  S("Okta API token", "auth", "OKTA_API_TOKEN", (g) => j("0", "0", g.u(40)), { hdr: "Authorization: SSWS {v}" }),
  S("Auth0 client secret", "auth", "AUTH0_CLIENT_SECRET", (g) => g.u(64), { http: false }),
  S("Auth0 Management API token", "auth", "AUTH0_MGMT_TOKEN", (g) => g.jwt({ iss: "https://acme.example.com/", sub: j(g.a(32), "@clients"), aud: "https://acme.example.com/api/v2/", iat: now, exp: now + 86400, scope: "read:users update:users", gty: "client-credentials" }, "RS256")),
  S("Google OAuth client secret", "auth", "GOOGLE_CLIENT_SECRET", (g) => j("GOC", "SPX-", g.u(28)), { http: false }),
  S("Google OAuth refresh token", "auth", "GOOGLE_REFRESH_TOKEN", (g) => j("1/", "/0", "g", g.u(100)), { http: false }),
  S("Google OAuth access token", "auth", "GOOGLE_ACCESS_TOKEN", (g) => j("ya", "29.", "a0A", g.u(160))),
  S("JWT signing secret", "auth", "JWT_SECRET", (g) => g.u(64), { http: false }),
  S("NextAuth secret", "auth", "NEXTAUTH_SECRET", (g) => g.b64bytes(32), { http: false }),
  S("Django SECRET_KEY", "auth", "DJANGO_SECRET_KEY", (g) => g.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#%^*(-_=+)"), { http: false }),
  S("Rails secret_key_base", "auth", "SECRET_KEY_BASE", (g) => g.h(128), { http: false }),
  S("Laravel APP_KEY", "auth", "APP_KEY", (g) => j("base", "64:", g.b64bytes(32)), { http: false }),
  S("Supabase service_role key", "auth", "SUPABASE_SERVICE_ROLE_KEY", (g) => g.jwt({ iss: "supabase", ref: g.lo(20), role: "service_role", iat: now, exp: now + 315360000 }), { hdr: "apikey: {v}" }),
  // cloud
  S("AWS secret access key", "cloud", "AWS_SECRET_ACCESS_KEY", (g) => g.b64(40), { http: false }),
  S("AWS session token", "cloud", "AWS_SESSION_TOKEN", (g) => j("IQoJb3JpZ2lu", "X2Vj", g.b64(340)), { http: false }),
  S("Google Cloud API key (server)", "cloud", "GOOGLE_API_KEY", (g) => j("AI", "za", "Sy", g.u(33)), { param: "key", hdr: "X-Goog-Api-Key: {v}" }),
  S("Azure storage account key", "cloud", "AZURE_STORAGE_KEY", (g) => g.b64bytes(64), { http: false }),
  S("Azure AD client secret", "cloud", "AZURE_CLIENT_SECRET", (g) => j(g.a(3), g.d(1), "Q~", g.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.~-")), { http: false }),
  S("DigitalOcean PAT", "cloud", "DIGITALOCEAN_TOKEN", (g) => j("do", "p_v1_", g.h(64))),
  S("Heroku API key", "cloud", "HEROKU_API_KEY", (g) => j("HR", "KU-", "AA", g.u(58))),
  S("Cloudflare API token", "cloud", "CLOUDFLARE_API_TOKEN", (g) => g.u(40)),
  S("Vercel token", "cloud", "VERCEL_TOKEN", (g) => g.a(24)),
  S("Netlify PAT", "cloud", "NETLIFY_AUTH_TOKEN", (g) => j("nf", "p_", g.a(36))),
  S("Fly.io token", "cloud", "FLY_API_TOKEN", (g) => j("fo", "1_", g.u(43))),
  S("Terraform Cloud token", "cloud", "TF_TOKEN_app_terraform_io", (g) => j(g.a(14), ".atlas", "v1.", g.a(67))),
  S("HashiCorp Vault token", "cloud", "VAULT_TOKEN", (g) => j("hv", "s.", "CAESI", g.u(86)), { hdr: "X-Vault-Token: {v}" }),
  S("Doppler service token", "cloud", "DOPPLER_TOKEN", (g) => j("dp", ".st.", "prd.", g.a(40))),
  S("1Password service account token", "cloud", "OP_SERVICE_ACCOUNT_TOKEN", (g) => j("op", "s_", "eyJ", g.u(320)), { http: false }),
  S("Pulumi access token", "cloud", "PULUMI_ACCESS_TOKEN", (g) => j("pu", "l-", g.h(40)), { hdr: "Authorization: token {v}" }),
  // comms
  S("Slack bot token", "comms", "SLACK_BOT_TOKEN", (g) => j("xo", "xb-", g.d(12), "-", g.d(13), "-", g.a(24))),
  S("Slack user token", "comms", "SLACK_USER_TOKEN", (g) => j("xo", "xp-", g.d(12), "-", g.d(12), "-", g.d(13), "-", g.h(32))),
  S("Slack app-level token", "comms", "SLACK_APP_TOKEN", (g) => j("xa", "pp-1-", "A", g.up(10), "-", g.d(13), "-", g.h(64))),
  S("Slack incoming webhook", "comms", "SLACK_WEBHOOK_URL", (g) => j("https://hooks.", "slack.com/services/", "T", g.up(10), "/B", g.up(10), "/", g.a(24)), { http: false }),
  S("Discord bot token", "comms", "DISCORD_TOKEN", (g) => j(Buffer.from(g.d(19)).toString("base64").replace(/=+$/, ""), ".", g.u(6), ".", g.u(38)), { hdr: "Authorization: Bot {v}" }),
  S("Discord webhook", "comms", "DISCORD_WEBHOOK_URL", (g) => j("https://discord.com/api/", "webhooks/", g.d(19), "/", g.u(68)), { http: false }),
  S("Telegram bot token", "comms", "TELEGRAM_BOT_TOKEN", (g) => j(g.d(10), ":AA", g.u(33)), { http: false }),
  S("Twilio auth token", "comms", "TWILIO_AUTH_TOKEN", (g) => g.h(32), { http: false }),
  S("SendGrid API key", "comms", "SENDGRID_API_KEY", (g) => j("S", "G.", g.u(22), ".", g.u(43))),
  S("Mailgun API key", "comms", "MAILGUN_API_KEY", (g) => j(g.h(32), "-", g.h(8), "-", g.h(8)), { http: false }),
  S("Mailchimp API key", "comms", "MAILCHIMP_API_KEY", (g) => j(g.h(32), "-us", String(g.range(2, 21)))),
  S("Postmark server token", "comms", "POSTMARK_SERVER_TOKEN", (g) => g.uuid(), { hdr: "X-Postmark-Server-Token: {v}" }),
  S("Intercom access token", "comms", "INTERCOM_ACCESS_TOKEN", (g) => j("dG9r", "Oj", g.b64(54), "=")),
  // data
  S("Postgres URL", "data", "DATABASE_URL", (g) => j("postgres", "://app_user:", g.a(24), "@db-primary.example.com:5432/app?sslmode=require"), { http: false }),
  S("MySQL URL", "data", "MYSQL_URL", (g) => j("mysql", "://root:", g.a(20), "@mysql.internal.example.net:3306/shop"), { http: false }),
  S("MongoDB Atlas URL", "data", "MONGODB_URI", (g) => j("mongodb", "+srv://svc-orders:", g.a(16), "@cluster0.", g.lo(5), ".example.net/orders?retryWrites=true&w=majority"), { http: false }),
  S("Redis URL", "data", "REDIS_URL", (g) => j("redi", "ss://default:", g.a(32), "@cache.example.com:6380/0"), { http: false }),
  S("RabbitMQ URL", "data", "AMQP_URL", (g) => j("amq", "ps://billing:", g.u(22), "@mq.example.org:5671/prod"), { http: false }),
  S("SQL Server connection string", "data", "ConnectionStrings__Default", (g) => j("Server=tcp:sql.example.net,1433;Database=orders;User ID=orders_app;Pass", "word=", g.a(18), "!;Encrypt=True;"), { http: false }),
  S("Databricks PAT", "data", "DATABRICKS_TOKEN", (g) => j("da", "pi", g.h(32))),
  S("PlanetScale password", "data", "PLANETSCALE_PASSWORD", (g) => j("pscale", "_pw_", g.u(43)), { http: false }),
  S("Neon Postgres URL", "data", "NEON_DATABASE_URL", (g) => j("postgresql://neondb_owner:", "np", "g_", g.a(12), "@ep-", g.lo(6), "-", g.lo(8), ".eu-central-1.aws.example.test/neondb?sslmode=require"), { http: false }),
  S("Upstash Redis REST token", "data", "UPSTASH_REDIS_REST_TOKEN", (g) => j("AX", g.a(2), "AAIjcDE", g.a(70))),
  S("Elasticsearch API key", "data", "ELASTIC_API_KEY", (g) => Buffer.from(j(g.u(20), ":", g.u(22))).toString("base64"), { hdr: "Authorization: ApiKey {v}" }),
  S("DataStax Astra token", "data", "ASTRA_DB_APPLICATION_TOKEN", (g) => j("Astra", "CS:", g.L(24), ":", g.h(64))),
  // devtools
  S("GitHub classic PAT", "devtools", "GITHUB_TOKEN", (g) => j("gh", "p_", g.a(36)), { hdr: "Authorization: token {v}" }),
  S("GitHub fine-grained PAT", "devtools", "GH_TOKEN", (g) => j("github", "_pat_", "11", g.up(20), "_", g.a(59))),
  S("GitHub OAuth token", "devtools", "GITHUB_OAUTH_TOKEN", (g) => j("gh", "o_", g.a(36))),
  S("GitHub App installation token", "devtools", "GITHUB_INSTALLATION_TOKEN", (g) => j("gh", "s_", g.a(36))),
  S("GitHub refresh token", "devtools", "GITHUB_REFRESH_TOKEN", (g) => j("gh", "r_", g.a(76)), { http: false }),
  S("GitLab PAT", "devtools", "GITLAB_TOKEN", (g) => j("gl", "pat-", g.u(20)), { hdr: "PRIVATE-TOKEN: {v}" }),
  S("GitLab pipeline trigger token", "devtools", "GITLAB_TRIGGER_TOKEN", (g) => j("gl", "ptt-", g.h(40)), { param: "token", http: false }),
  S("Bitbucket app password", "devtools", "BITBUCKET_APP_PASSWORD", (g) => j("AT", "BB", g.a(32)), { http: false }),
  S("npm access token", "devtools", "NPM_TOKEN", (g) => j("np", "m_", g.a(36))),
  S("PyPI API token", "devtools", "PYPI_API_TOKEN", (g) => j("py", "pi-", "AgEIcHlwaS5vcmc", g.u(150)), { http: false }),
  S("Docker Hub PAT", "devtools", "DOCKERHUB_TOKEN", (g) => j("dckr", "_pat_", g.u(27)), { http: false }),
  S("CircleCI personal token", "devtools", "CIRCLECI_TOKEN", (g) => j("CCI", "PAT_", g.a(22), "_", g.h(40)), { hdr: "Circle-Token: {v}" }),
  S("Atlassian API token", "devtools", "JIRA_API_TOKEN", (g) => j("ATA", "TT3xFfGF0", g.u(170), "=", g.H(8)), { http: false }),
  S("Postman API key", "devtools", "POSTMAN_API_KEY", (g) => j("PM", "AK-", g.h(24), "-", g.h(34)), { hdr: "X-Api-Key: {v}" }),
  S("Figma PAT", "devtools", "FIGMA_TOKEN", (g) => j("fi", "gd_", g.u(40)), { hdr: "X-Figma-Token: {v}" }),
  // observability
  S("Datadog API key", "observability", "DD_API_KEY", (g) => g.h(32), { hdr: "DD-API-KEY: {v}" }),
  S("Datadog application key", "observability", "DD_APP_KEY", (g) => g.h(40), { hdr: "DD-APPLICATION-KEY: {v}" }),
  S("New Relic user API key", "observability", "NEW_RELIC_API_KEY", (g) => j("NR", "AK-", g.up(27)), { hdr: "Api-Key: {v}" }),
  S("New Relic license key", "observability", "NEW_RELIC_LICENSE_KEY", (g) => j(g.h(36), "NR", "AL"), { http: false }),
  S("Sentry user auth token", "observability", "SENTRY_AUTH_TOKEN", (g) => j("sntr", "yu_", g.h(64))),
  S("Sentry org auth token", "observability", "SENTRY_ORG_TOKEN", (g) => j("sntr", "ys_", Buffer.from(JSON.stringify({ iat: now, url: "https://sentry.example.com", region_url: "https://us.sentry.example.com", org: "acme" })).toString("base64").replace(/=+$/, ""), "_", g.u(43))),
  S("Grafana service account token", "observability", "GRAFANA_TOKEN", (g) => j("gl", "sa_", g.a(32), "_", g.h(8))),
  S("Grafana Cloud access policy token", "observability", "GRAFANA_CLOUD_TOKEN", (g) => j("gl", "c_", Buffer.from(JSON.stringify({ o: g.d(6), n: "stack-writer", k: g.a(24), m: { r: "prod-eu-west-2" } })).toString("base64"))),
  S("PagerDuty API key", "observability", "PAGERDUTY_TOKEN", (g) => j("u", "+", g.u(18)), { hdr: "Authorization: Token token={v}" }),
  // payment
  S("Stripe live secret key", "payment", "STRIPE_SECRET_KEY", (g) => j("sk", "_live_", "51", g.a(97))),
  S("Stripe restricted key", "payment", "STRIPE_RESTRICTED_KEY", (g) => j("rk", "_live_", "51", g.a(97))),
  S("Stripe webhook secret", "payment", "STRIPE_WEBHOOK_SECRET", (g) => j("wh", "sec_", g.a(32)), { http: false }),
  S("Square access token", "payment", "SQUARE_ACCESS_TOKEN", (g) => j("EA", "AA", g.u(60))),
  S("Square OAuth secret", "payment", "SQUARE_APPLICATION_SECRET", (g) => j("sq0", "csp-", g.u(43)), { http: false }),
  S("PayPal client secret", "payment", "PAYPAL_CLIENT_SECRET", (g) => j("E", g.u(79)), { http: false }),
  S("PayPal access token", "payment", "PAYPAL_ACCESS_TOKEN", (g) => j("A21", "AA", g.u(90))),
  S("Braintree access token", "payment", "BRAINTREE_ACCESS_TOKEN", (g) => j("access_token", "$production$", g.lo(16), "$", g.h(32))),
  S("Plaid secret", "payment", "PLAID_SECRET", (g) => g.h(30), { http: false }),
  S("Shopify Admin API token", "payment", "SHOPIFY_ACCESS_TOKEN", (g) => j("sh", "pat_", g.h(32)), { hdr: "X-Shopify-Access-Token: {v}" }),
  S("Adyen API key", "payment", "ADYEN_API_KEY", (g) => j("AQE", g.a(40), "+", g.a(20), "=-", g.b64(44), "=-", g.u(12)), { hdr: "X-API-Key: {v}" }),
  // saas
  S("HubSpot private app token", "saas", "HUBSPOT_ACCESS_TOKEN", (g) => j("pat", "-na1-", g.uuid())),
  S("Notion integration token", "saas", "NOTION_TOKEN", (g) => j("nt", "n_", g.d(11), g.a(35))),
  S("Airtable PAT", "saas", "AIRTABLE_TOKEN", (g) => j("pa", "t", g.a(14), ".", g.h(64))),
  S("Linear API key", "saas", "LINEAR_API_KEY", (g) => j("lin", "_api_", g.a(40)), { hdr: "Authorization: {v}" }),
  S("Contentful management token", "saas", "CONTENTFUL_MANAGEMENT_TOKEN", (g) => j("CF", "PAT-", g.u(43))),
  S("Algolia admin API key", "saas", "ALGOLIA_ADMIN_API_KEY", (g) => g.h(32), { hdr: "X-Algolia-API-Key: {v}" }),
  S("Mapbox secret token", "saas", "MAPBOX_SECRET_TOKEN", (g) => j("s", "k.", Buffer.from(JSON.stringify({ u: "acme-maps", a: g.lo(25) })).toString("base64url"), ".", g.u(22)), { param: "access_token" }),
  S("LaunchDarkly server SDK key", "saas", "LAUNCHDARKLY_SDK_KEY", (g) => j("sd", "k-", g.uuid()), { http: false }),
  S("PostHog personal API key", "saas", "POSTHOG_PERSONAL_API_KEY", (g) => j("ph", "x_", g.a(43))),
  S("Dropbox access token", "saas", "DROPBOX_ACCESS_TOKEN", (g) => j("s", "l.u.", g.u(150))),
  S("Asana PAT", "saas", "ASANA_PAT", (g) => j("2", "/", g.d(16), "/", g.d(16), ":", g.h(32))),
  S("Typeform PAT", "saas", "TYPEFORM_TOKEN", (g) => j("tf", "p_", g.u(44), "_", g.u(14))),
  S("Salesforce access token", "saas", "SF_ACCESS_TOKEN", (g) => j("00D", g.a(12), "!", g.a(4), ".", g.u(96))),
];

const rotated = renderSpecs(g, SPECS, "y110-c", new Rotor(0));

// ---- handcrafted ----
const ck: CorpusCase[] = [];
let n = 0;
const add = (cat: Parameters<typeof pos>[1], text: string, note: string) => ck.push(pos(`y110-ck-${String(++n).padStart(3, "0")}`, cat, text, note));
const ak = () => j("AK", "IA", g.b32(16));
const PK = (s: string) => j(s, " PRIVATE", " KEY");

add("keys", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `Why does ssh say 'invalid format' for this deploy key?\n\n${g.pem(PK("RSA"), 1190, "MIIEpAIBAAKCAQEA")}\n` }] }), "RSA PKCS#1 private key pasted into an OpenAI chat body (JSON-escaped newlines)");
add("keys", JSON.stringify({ type: "tool_use", id: j("toolu_01", g.a(22)), name: "write_file", input: { path: "certs/signer.key", content: g.pem(PK("EC"), 118, "MHcCAQEEI") + "\n" } }), "EC private key written by an Anthropic tool_use write_file");
add("keys", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-signer\ntype: Opaque\nstringData:\n  signer.pem: |\n${g.pem(PK(""), 1214, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC").replace(/^/gm, "    ").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE")}\n`, "PKCS#8 private key in a k8s Secret stringData block scalar");
add("keys", `$ cat > ~/.ssh/id_ed25519 <<'EOF'\n${g.pem(j("OPENSSH", " PRIVATE KEY"), 300, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACD")}\nEOF\n$ chmod 600 ~/.ssh/id_ed25519`, "OpenSSH ed25519 private key in a shell heredoc");
add("keys", JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: `${"-----BEGIN PGP " + "PRIVATE KEY BLOCK-----"}\n\n${g.b64bytes(900).match(/.{1,64}/g)!.join("\n")}\n=${g.b64(4)}\n${"-----END PGP " + "PRIVATE KEY BLOCK-----"}\n` }] } }), "PGP private key block in an MCP read_file result");
add("keys", `# created: 2025-03-02T10:11:12Z\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${j("AGE-SECRET-", "KEY-1", g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))}\n`, "age identity file (AGE-SECRET-KEY-1) in a chat paste");
add("keys", `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${g.b64bytes(32)}\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ${g.b64bytes(32)}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\n`, "WireGuard wg0.conf with Interface PrivateKey");
{
  const sa = { type: "service_account", project_id: "acme-prod-" + g.d(6), private_key_id: g.h(40), private_key: g.pem(PK(""), 1214, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC").replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE") + "\n", client_email: "deployer@acme-prod.iam.gserviceaccount.com", client_id: g.d(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" };
  add("cloud", JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `gcloud auth activate-service-account fails with this key file, can you see why?\n\n${JSON.stringify(sa, null, 2)}` }] }), "GCP service-account JSON pasted into an Anthropic messages body");
}
add("cloud", `[default]\naws_access_key_id = ${ak()}\naws_secret_access_key = ${g.b64(40)}\n\n[prod]\naws_access_key_id = ${ak()}\naws_secret_access_key = ${g.b64(40)}\nregion = eu-west-1\n`, "AWS shared credentials file with two profiles");
add("cloud", JSON.stringify({ tool_calls: [{ id: j("call_", g.a(24)), type: "function", function: { name: "bash", arguments: JSON.stringify({ command: `AWS_ACCESS_KEY_ID=${ak()} AWS_SECRET_ACCESS_KEY=${g.b64(40)} aws s3 sync ./dist s3://acme-web-prod --delete` }) } }] }), "AWS key pair inline in a tool_calls bash command (double-escaped)");
add("cloud", `{\n  "Credentials": {\n    "AccessKeyId": "${j("AS", "IA", g.b32(16))}",\n    "SecretAccessKey": "${g.b64(40)}",\n    "SessionToken": "${j("IQoJb3JpZ2lu", "X2Vj", g.b64(300))}",\n    "Expiration": "2025-06-01T12:00:00Z"\n  }\n}`, "aws sts assume-role output (ASIA key, secret, session token)");
add("auth", `machine api.example.com\n  login deploy-bot\n  password ${g.a(28)}\nmachine git.example.org login ci password ${j("gl", "pat-", g.u(20))}\n`, ".netrc with two machine entries");
add("data", `# ~/.pgpass\ndb-primary.example.com:5432:billing:billing_rw:${g.a(22)}\nreplica.example.com:5432:*:readonly:${g.a(18)}\n`, ".pgpass lines");
add("devtools", `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${j("np", "m_", g.a(36))}\n@acme:registry=https://npm.pkg.example.com/\n//npm.pkg.example.com/:_authToken=${j("gh", "p_", g.a(36))}\nalways-auth=true\n`, ".npmrc with two _authToken lines");
add("devtools", JSON.stringify({ auths: { "registry.example.com": { auth: Buffer.from(`ci-robot:${g.a(32)}`).toString("base64") }, "https://index.docker.io/v1/": { auth: Buffer.from(`acmebuild:${j("dckr", "_pat_", g.u(27))}`).toString("base64") } } }, null, 2), "docker config.json auths (base64 user:password)");
add("cloud", `DefaultEndpointsProtocol=https;AccountName=acmeprodstore;AccountKey=${g.b64bytes(64)};EndpointSuffix=core.windows.net`, "Azure storage connection string with AccountKey");
add("comms", `SERVICEBUS_CONNECTION="Endpoint=sb://acme-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${g.b64bytes(32)}"`, "Azure Service Bus connection string in .env");
add("data", `spring.datasource.url=jdbc:postgresql://db.example.com:5432/ledger?user=ledger&password=${g.a(20)}&ssl=true\nspring.jpa.hibernate.ddl-auto=validate\n`, "JDBC URL with password query parameter in application.properties");
add("devtools", `[credential]\n\thelper = store\n$ cat ~/.git-credentials\nhttps://oauth2:${j("gl", "pat-", g.u(20))}@gitlab.example.com\nhttps://x-access-token:${j("gh", "s_", g.a(36))}@git.example.org\n`, "git credential store file");
add("devtools", JSON.stringify({ "github-oauth": { "github.com": j("gh", "o_", g.a(36)) }, "http-basic": { "repo.example.com": { username: "acme", password: g.a(30) } } }, null, 4), "Composer auth.json (github-oauth + http-basic)");
add("devtools", `<settings>\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>deployer</username>\n      <password>${g.a(24)}</password>\n    </server>\n  </servers>\n</settings>\n`, "Maven settings.xml server password");
add("cloud", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.example.com:6443\n  name: prod\nusers:\n- name: ci\n  user:\n    token: ${g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", "kubernetes.io/serviceaccount/service-account.name": "deployer", sub: "system:serviceaccount:ci:deployer" }, "RS256")}\ncontexts:\n- context: { cluster: prod, user: ci }\n  name: prod\ncurrent-context: prod\n`, "kubeconfig with a service-account bearer token");
add("auth", JSON.stringify({ keys: [{ kty: "EC", crv: "P-256", kid: "sig-" + g.d(4), use: "sig", x: g.u(43), y: g.u(43), d: g.u(43) }] }, null, 2), "private JWK (EC, with d) in a jwks.json pasted into a chat");
add("cloud", JSON.stringify({ startUrl: "https://acme.awsapps.com/start", region: "us-east-1", accessToken: j("aoa", "AAAAA", g.u(300)), expiresAt: "2025-06-01T12:00:00Z", clientId: g.u(22), clientSecret: g.jwt({ kid: "key-" + g.d(10) }, "RS256") }), "AWS SSO cache JSON (accessToken + clientSecret) new idea");
add("devtools", `$ ps aux | grep redis-cli\nops  ${g.range(1000, 9999)}  0.0  0.1 redis-cli -h cache.example.com -p 6380 --tls -a ${g.a(32)} --no-auth-warning monitor\n`, "password as a CLI positional flag seen in ps output (new idea)");
add("cloud", `[remote "b2"]\ntype = b2\naccount = ${g.h(12)}\nkey = ${j("K00", "5", g.a(27))}\n\n[remote "s3"]\ntype = s3\nprovider = AWS\naccess_key_id = ${ak()}\nsecret_access_key = ${g.b64(40)}\n`, "rclone.conf with B2 and S3 remotes");
add("devtools", `credentials "app.terraform.io" {\n  token = "${j(g.a(14), ".atlas", "v1.", g.a(67))}"\n}\n`, ".terraformrc credentials block");
add("payment", `$ stripe listen --api-key ${j("sk", "_live_", "51", g.a(97))} --forward-to localhost:4242/webhook\n> Ready! Your webhook signing secret is ${j("wh", "sec_", g.a(32))}\n`, "Stripe CLI terminal output (live key + webhook signing secret)");

add("devtools", `[global]\nindex-url = https://__token__:${j("py", "pi-", "AgEIcHlwaS5vcmc", g.u(150))}@pypi.example.org/simple/\nextra-index-url = https://ci:${g.a(32)}@pkgs.example.com/pypi/simple/\n`, "pip.conf index-url with embedded credentials");
add("cloud", `[default]\naccess_key = ${ak()}\nsecret_key = ${g.b64(40)}\nhost_base = s3.example.com\nuse_https = True\n`, "s3cmd .s3cfg");
add("devtools", `# ~/.cargo/credentials.toml\n[registry]\ntoken = "${j("ci", "o", g.a(32))}"\n\n[registries.acme]\ntoken = "Bearer ${g.u(40)}"\n`, "cargo credentials.toml");
add("devtools", `org.gradle.jvmargs=-Xmx2g\nossrhUsername=acme-release\nossrhPassword=${g.a(24)}\nsigning.keyId=${g.H(8)}\nsigning.password=${g.u(20)}\n`, "gradle.properties with repository and signing passwords");
add("comms", `AxiosError: Request failed with status code 502\n    at settle (node_modules/axios/lib/core/settle.js:19:12)\n  config: {\n    url: 'https://api.example.com/v1/messages',\n    method: 'post',\n    headers: {\n      Accept: 'application/json',\n      Authorization: 'Bearer ${j("xo", "xb-", g.d(12), "-", g.d(13), "-", g.a(24))}',\n      'User-Agent': 'axios/1.7.7'\n    }\n  },\n  code: 'ERR_BAD_RESPONSE'`, "Node AxiosError dump with config.headers (new idea: error objects echo request headers)");

export const cases: CorpusCase[] = [...rotated, ...ck];
