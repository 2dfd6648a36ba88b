// heldout-y90: common providers, each rendered twice through rotating contexts.
import type { CorpusCase } from "../types.ts";
import { B32, B64, DG, HX, HXU, LO, R, UP, URLS, build, j, type Slot } from "./_gen.ts";

const r = new R(0x79a0c001);

const S = (g: string, p: string, env: string, v: string, extra: Partial<Slot> = {}): Slot => ({ g, p, env, v, ...extra });

function slots(): Slot[] {
  return [
    // ai
    S("ai", "OpenAI project key", "OPENAI_API_KEY", j("sk-", "proj-", r.s(74, URLS), "T3Blbk", "FJ", r.s(74, URLS))),
    S("ai", "OpenAI service account key", "OPENAI_API_KEY", j("sk-", "svcacct-", r.s(74, URLS), "T3Blbk", "FJ", r.s(74, URLS))),
    S("ai", "OpenAI admin key", "OPENAI_ADMIN_KEY", j("sk-", "admin-", r.s(74, URLS), "T3Blbk", "FJ", r.s(74, URLS))),
    S("ai", "Anthropic API key", "ANTHROPIC_API_KEY", j("sk-", "ant-api03-", r.s(93, URLS), "AA"), { header: "x-api-key: " }),
    S("ai", "Anthropic admin key", "ANTHROPIC_ADMIN_KEY", j("sk-", "ant-admin01-", r.s(93, URLS), "AA"), { header: "x-api-key: " }),
    S("ai", "Hugging Face token", "HF_TOKEN", j("hf", "_", r.s(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"))),
    S("ai", "Groq API key", "GROQ_API_KEY", j("gsk", "_", r.s(52))),
    S("ai", "Replicate token", "REPLICATE_API_TOKEN", j("r8", "_", r.s(37))),
    S("ai", "Perplexity API key", "PERPLEXITY_API_KEY", j("pplx", "-", r.s(48))),
    S("ai", "xAI API key", "XAI_API_KEY", j("xai", "-", r.s(80))),
    S("ai", "OpenRouter key", "OPENROUTER_API_KEY", j("sk-", "or-v1-", r.hex(64))),
    S("ai", "Google Gemini API key", "GEMINI_API_KEY", j("AI", "za", r.s(35, URLS)), { header: "x-goog-api-key: ", query: "key" }),
    S("ai", "Mistral API key", "MISTRAL_API_KEY", r.s(32)),
    S("ai", "Cohere API key", "CO_API_KEY", r.s(40)),
    S("ai", "LangSmith API key", "LANGSMITH_API_KEY", j("lsv2", "_pt_", r.hex(32), "_", r.hex(10))),
    S("ai", "Pinecone API key", "PINECONE_API_KEY", j("pc", "sk_", r.s(5), "_", r.s(63)), { header: "Api-Key: " }),
    // auth
    S("auth", "Okta API token", "OKTA_API_TOKEN", j("00", r.s(40, URLS)), { header: "Authorization: SSWS " }),
    S("auth", "Auth0 client secret", "AUTH0_CLIENT_SECRET", r.s(64, URLS)),
    S("auth", "Google OAuth client secret", "GOOGLE_CLIENT_SECRET", j("GOC", "SPX-", r.s(28, URLS))),
    S("auth", "Azure AD client secret", "AZURE_CLIENT_SECRET", j(r.s(3), "8Q", "~", r.s(31, `${URLS}.~`))),
    S("auth", "Clerk secret key", "CLERK_SECRET_KEY", j("sk", "_live_", r.s(40))),
    S("auth", "Supabase service_role JWT", "SUPABASE_SERVICE_ROLE_KEY", r.jwt({ iss: "supabase", ref: r.s(20, "abcdefghijklmnopqrstuvwxyz"), role: "service_role", iat: 1718000000, exp: 2033576000 })),
    S("auth", "JWT signing secret", "JWT_SECRET", r.b64(48)),
    // cloud
    S("cloud", "AWS access key id + secret", "AWS_SECRET_ACCESS_KEY", r.s(40, B64), { header: `X-Amz-Access-Key: ${j("AK", "IA", r.s(16, B32))}\r\nX-Amz-Secret: ` }),
    S("cloud", "AWS access key id", "AWS_ACCESS_KEY_ID", j("AK", "IA", r.s(16, B32))),
    S("cloud", "AWS STS session key id", "AWS_ACCESS_KEY_ID", j("AS", "IA", r.s(16, B32))),
    S("cloud", "Azure storage account key", "AZURE_STORAGE_KEY", r.b64(64)),
    S("cloud", "Azure storage connection string", "AZURE_STORAGE_CONNECTION_STRING", j("DefaultEndpointsProtocol=https;AccountName=", r.s(12, "abcdefghijklmnopqrstuvwxyz"), ";AccountKey=", r.b64(64), ";EndpointSuffix=core.windows.net")),
    S("cloud", "DigitalOcean PAT", "DIGITALOCEAN_TOKEN", j("do", "p_v1_", r.hex(64))),
    S("cloud", "Cloudflare API token", "CLOUDFLARE_API_TOKEN", r.s(40, URLS)),
    S("cloud", "Netlify PAT", "NETLIFY_AUTH_TOKEN", j("nf", "p_", r.s(36))),
    S("cloud", "Vercel token", "VERCEL_TOKEN", r.s(24)),
    S("cloud", "Heroku API key", "HEROKU_API_KEY", j("HR", "KU-", r.s(60, URLS))),
    S("cloud", "Fly.io token", "FLY_API_TOKEN", j("Fly", "V1 fm2_", r.b64(96))),
    S("cloud", "Google Cloud API key", "GOOGLE_CLOUD_API_KEY", j("AI", "za", r.s(35, URLS)), { query: "key", header: "X-Goog-Api-Key: " }),
    // comms
    S("comms", "Slack bot token", "SLACK_BOT_TOKEN", j("xo", "xb-", r.s(12, DG), "-", r.s(13, DG), "-", r.s(24))),
    S("comms", "Slack user token", "SLACK_USER_TOKEN", j("xo", "xp-", r.s(12, DG), "-", r.s(12, DG), "-", r.s(13, DG), "-", r.hex(32))),
    S("comms", "Slack app-level token", "SLACK_APP_TOKEN", j("xa", "pp-1-", r.s(11, UP), "-", r.s(13, DG), "-", r.hex(64))),
    S("comms", "Slack incoming webhook", "SLACK_WEBHOOK_URL", j("https://hooks.slack.com/", "services/T", r.s(10, UP), "/B", r.s(10, UP), "/", r.s(24))),
    S("comms", "Discord bot token", "DISCORD_BOT_TOKEN", j("MT", r.s(24, URLS), ".", r.s(6, URLS), ".", r.s(38, URLS)), { header: "Authorization: Bot " }),
    S("comms", "Discord webhook", "DISCORD_WEBHOOK_URL", j("https://discord.com/api/", "webhooks/", r.s(19, DG), "/", r.s(68, URLS))),
    S("comms", "Telegram bot token", "TELEGRAM_BOT_TOKEN", j(r.s(10, DG), ":AA", r.s(33, URLS))),
    S("comms", "Twilio auth token", "TWILIO_AUTH_TOKEN", r.hex(32)),
    S("comms", "Twilio API key secret", "TWILIO_API_SECRET", r.s(32)),
    S("comms", "SendGrid API key", "SENDGRID_API_KEY", j("SG", ".", r.s(22, URLS), ".", r.s(43, URLS))),
    S("comms", "Mailgun API key", "MAILGUN_API_KEY", j("key", "-", r.hex(32))),
    S("comms", "Mailchimp API key", "MAILCHIMP_API_KEY", j(r.hex(32), "-us", String(r.i(2, 21)))),
    // data
    S("data", "Postgres URL with password", "DATABASE_URL", j("postgres", "ql://app_user:", r.s(24), "@db.prod.internal:5432/app")),
    S("data", "MongoDB Atlas URI", "MONGODB_URI", j("mongodb", "+srv://svc:", r.s(20), "@cluster0.", r.s(5, LO), ".mongodb.net/prod?retryWrites=true")),
    S("data", "Redis URL with password", "REDIS_URL", j("redi", "ss://default:", r.s(32), "@", r.s(8, LO), "-cache.upstash.io:6379")),
    S("data", "MySQL URL", "MYSQL_URL", j("my", "sql://root:", r.s(18), "@10.0.", String(r.i(1, 200)), ".", String(r.i(1, 200)), ":3306/shop")),
    S("data", "Databricks PAT", "DATABRICKS_TOKEN", j("da", "pi", r.hex(32))),
    S("data", "PlanetScale password", "PLANETSCALE_PASSWORD", j("pscale", "_pw_", r.s(43, URLS))),
    S("data", "Snowflake password", "SNOWFLAKE_PASSWORD", r.s(20, `${B64}!#%`)),
    S("data", "Airtable PAT", "AIRTABLE_TOKEN", j("pat", r.s(14), ".", r.hex(64))),
    // devtools
    S("devtools", "GitHub classic PAT", "GITHUB_TOKEN", j("gh", "p_", r.s(36))),
    S("devtools", "GitHub fine-grained PAT", "GH_TOKEN", j("github", "_pat_", r.s(22, UP), "_", r.s(59, `${UP}abcdefghijklmnopqrstuvwxyz_`))),
    S("devtools", "GitHub OAuth token", "GITHUB_OAUTH_TOKEN", j("gh", "o_", r.s(36))),
    S("devtools", "GitHub App installation token", "GITHUB_APP_TOKEN", j("gh", "s_", r.s(36))),
    S("devtools", "GitLab PAT", "GITLAB_TOKEN", j("gl", "pat-", r.s(20, URLS)), { header: "PRIVATE-TOKEN: " }),
    S("devtools", "npm token", "NPM_TOKEN", j("np", "m_", r.s(36))),
    S("devtools", "PyPI token", "PYPI_API_TOKEN", j("py", "pi-", "AgEIcHlwaS5vcmc", r.s(120, URLS))),
    S("devtools", "Docker Hub PAT", "DOCKERHUB_TOKEN", j("dckr", "_pat_", r.s(27, URLS))),
    S("devtools", "Postman API key", "POSTMAN_API_KEY", j("PM", "AK-", r.hex(24), "-", r.hex(34)), { header: "X-Api-Key: " }),
    S("devtools", "Atlassian API token", "JIRA_API_TOKEN", j("ATAT", "T3xFfGF0", r.s(180, URLS), "=", r.s(8, HXU))),
    S("devtools", "CircleCI PAT", "CIRCLE_TOKEN", j("CCI", "PAT_", r.s(22), "_", r.hex(40)), { header: "Circle-Token: " }),
    S("devtools", "Terraform Cloud token", "TFE_TOKEN", j(r.s(14), ".atlas", "v1.", r.s(67))),
    S("devtools", "HashiCorp Vault token", "VAULT_TOKEN", j("hv", "s.", r.s(90, URLS)), { header: "X-Vault-Token: " }),
    S("devtools", "Doppler service token", "DOPPLER_TOKEN", j("dp", ".st.", "prd.", r.s(43))),
    // keys
    S("keys", "age secret key", "SOPS_AGE_KEY", j("AGE-SECRET", "-KEY-1", r.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".toUpperCase()))),
    // observability
    S("observability", "Datadog API key", "DD_API_KEY", r.hex(32), { header: "DD-API-KEY: " }),
    S("observability", "Datadog application key", "DD_APP_KEY", r.hex(40), { header: "DD-APPLICATION-KEY: " }),
    S("observability", "New Relic user API key", "NEW_RELIC_API_KEY", j("NR", "AK-", r.s(27, UP)), { header: "Api-Key: " }),
    S("observability", "New Relic license key", "NEW_RELIC_LICENSE_KEY", j(r.hex(36), "NR", "AL")),
    S("observability", "Sentry auth token", "SENTRY_AUTH_TOKEN", j("sntr", "ys_", r.b64url(120))),
    S("observability", "Grafana service account token", "GRAFANA_TOKEN", j("gl", "sa_", r.s(32), "_", r.hex(8))),
    // payment
    S("payment", "Stripe secret key", "STRIPE_SECRET_KEY", j("sk", "_live_", r.s(99))),
    S("payment", "Stripe restricted key", "STRIPE_API_KEY", j("rk", "_live_", r.s(99))),
    S("payment", "Stripe webhook secret", "STRIPE_WEBHOOK_SECRET", j("wh", "sec_", r.s(32))),
    S("payment", "Square access token", "SQUARE_ACCESS_TOKEN", j("EA", "AA", r.s(60, URLS))),
    S("payment", "PayPal client secret", "PAYPAL_CLIENT_SECRET", r.s(80, URLS)),
    S("payment", "Braintree access token", "BRAINTREE_ACCESS_TOKEN", j("access_token", "$production$", r.s(16, LO), "$", r.hex(32))),
    S("payment", "Shopify Admin API token", "SHOPIFY_ACCESS_TOKEN", j("sh", "pat_", r.hex(32)), { header: "X-Shopify-Access-Token: " }),
    S("payment", "Shopify shared secret", "SHOPIFY_API_SECRET", j("sh", "pss_", r.hex(32))),
    // saas
    S("saas", "Notion integration token", "NOTION_TOKEN", j("nt", "n_", r.s(46))),
    S("saas", "Linear API key", "LINEAR_API_KEY", j("lin", "_api_", r.s(40))),
    S("saas", "Figma PAT", "FIGMA_TOKEN", j("fig", "d_", r.s(40, URLS)), { header: "X-Figma-Token: " }),
    S("saas", "HubSpot private app token", "HUBSPOT_ACCESS_TOKEN", j("pat", "-na1-", r.uuid())),
    S("saas", "Contentful management token", "CONTENTFUL_MANAGEMENT_TOKEN", j("CF", "PAT-", r.s(43, URLS))),
    S("saas", "Algolia admin API key", "ALGOLIA_ADMIN_API_KEY", r.hex(32), { header: "X-Algolia-API-Key: " }),
    S("saas", "Mapbox secret token", "MAPBOX_SECRET_TOKEN", j("sk", ".eyJ1Ijoi", r.s(20, LO), "IiwiYSI6I", r.s(20), "J9.", r.s(22, URLS))),
    S("saas", "LaunchDarkly server SDK key", "LAUNCHDARKLY_SDK_KEY", j("sdk", "-", r.uuid())),
    S("saas", "PostHog personal API key", "POSTHOG_PERSONAL_API_KEY", j("ph", "x_", r.s(47))),
    S("saas", "Dropbox access token", "DROPBOX_ACCESS_TOKEN", j("sl", ".", r.s(136, URLS))),
    S("saas", "Zendesk API token", "ZENDESK_API_TOKEN", r.s(40)),
  ];
}

const first = slots();
const second = slots();
export const cases: CorpusCase[] = [
  ...build("y90-c", "heldouty90-sec-<g>", "positive", [...first, ...second.filter((_, i) => i % 3 === 0)], r, 0),
  ...keyCases(),
];

function keyCases(): CorpusCase[] {
  const k = new R(0x79a0c0ff);
  const out: { text: string; note: string }[] = [
    { note: "RSA private key (PKCS#1) in Anthropic write_file tool_use", text: JSON.stringify({ type: "tool_use", id: `toolu_01${k.s(22)}`, name: "write_file", input: { path: "deploy/id_rsa", content: k.pem(j("RSA PRIVATE", " KEY"), 1190) + "\n" } }, null, 2) },
    { note: "EC private key in chat body pasted file", text: JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: `why does nginx reject this key?\n\n${k.pem(j("EC PRIVATE", " KEY"), 121)}` }] }, null, 2) },
    { note: "OpenSSH private key in shell heredoc tool call", text: `cat > ~/.ssh/deploy_key <<'KEY'\n${k.pem(j("OPENSSH PRIVATE", " KEY"), 400)}\nKEY\nchmod 600 ~/.ssh/deploy_key` },
    { note: "PKCS#8 private key in GCP service-account JSON", text: JSON.stringify({ type: "service_account", project_id: `acme-prod-${k.i(100000, 999999)}`, private_key_id: k.hex(40), private_key: k.pem(j("PRIVATE", " KEY"), 1218) + "\n", client_email: `deployer@acme-prod.iam.gserviceaccount.com`, client_id: k.s(21, DG), token_uri: "https://oauth2.googleapis.com/token" }, null, 2) },
    { note: "PGP private key block in Markdown doc", text: `## Release signing\n\nImport the signing key:\n\n\`\`\`\n${k.pem(j("PGP PRIVATE", " KEY BLOCK"), 900).replace(/\n/, "\n\n")}\n\`\`\`` },
    { note: "RSA private key in k8s TLS secret stringData", text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${k.pem(j("RSA PRIVATE", " KEY"), 1190).split("\n").map((l) => "    " + l).join("\n")}` },
    { note: "Unencrypted PKCS#8 private key in Python code string", text: `SIGNING_KEY = """${k.pem(j("PRIVATE", " KEY"), 48)}"""\n\ndef sign(payload: bytes) -> bytes:\n    return ed25519_sign(SIGNING_KEY, payload)` },
    { note: "PuTTY private key in CI log cat", text: `+ cat deploy.ppk\nPuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@ci\nPublic-Lines: 1\n${k.b64(48).match(/.{1,64}/g)!.join("\n")}\nPrivate-Lines: 1\n${k.b64(48)}\nPrivate-MAC: ${k.hex(64)}` },
  ];
  return out.map((c, i) => ({ id: `y90-ck-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty90-sec-keys", label: "positive", text: c.text, note: c.note }));
}
void HX;
