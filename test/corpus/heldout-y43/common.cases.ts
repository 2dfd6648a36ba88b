// Common providers: each spec is drawn twice (fresh values) and rotated over the shared renderers.
import type { CorpusCase } from "../types.ts";
import { AN, B32, B64, DIG, G, HEX, j, LD, LO, renderAll, UD, UP, URL64, type Slot } from "./_gen.ts";

const g = new G(0x43c0);
type Spec = () => { s: Slot; g: string };
const S = (grp: string, p: string, env: string, v: () => string, extra: Partial<Slot> = {}): Spec => () => ({ g: grp, s: { p, env, v: v(), ...extra } });

const specs: Spec[] = [
  // ai
  S("ai", "OpenAI project key", "OPENAI_API_KEY", () => j("sk-", "proj-", g.s(74, URL64), "T3Blbk", "FJ", g.s(74, URL64))),
  S("ai", "OpenAI service account key", "OPENAI_API_KEY", () => j("sk-", "svcacct-", g.s(74, URL64), "T3Blbk", "FJ", g.s(74, URL64))),
  S("ai", "OpenAI admin key", "OPENAI_ADMIN_KEY", () => j("sk-", "admin-", g.s(74, URL64), "T3Blbk", "FJ", g.s(74, URL64))),
  S("ai", "Anthropic API key", "ANTHROPIC_API_KEY", () => j("sk-", "ant-", "api03-", g.s(93, URL64), "AA"), { hdr: "" }),
  S("ai", "Anthropic admin key", "ANTHROPIC_ADMIN_KEY", () => j("sk-", "ant-", "admin01-", g.s(93, URL64), "AA")),
  S("ai", "Hugging Face token", "HF_TOKEN", () => j("h", "f_", g.s(34, UP + LO))),
  S("ai", "Groq API key", "GROQ_API_KEY", () => j("gs", "k_", g.s(52))),
  S("ai", "Replicate token", "REPLICATE_API_TOKEN", () => j("r8", "_", g.s(37))),
  S("ai", "Perplexity key", "PERPLEXITY_API_KEY", () => j("pp", "lx-", g.s(48))),
  S("ai", "Google Gemini API key", "GEMINI_API_KEY", () => j("AI", "za", "Sy", g.s(33, URL64))),
  S("ai", "xAI key", "XAI_API_KEY", () => j("xa", "i-", g.s(80))),
  S("ai", "OpenRouter key", "OPENROUTER_API_KEY", () => j("sk-", "or-", "v1-", g.h(64))),
  S("ai", "Cohere API key", "COHERE_API_KEY", () => g.s(40)),
  S("ai", "Mistral API key", "MISTRAL_API_KEY", () => g.s(32)),
  S("ai", "DeepSeek key", "DEEPSEEK_API_KEY", () => j("sk-", g.h(32))),
  S("ai", "LangSmith key", "LANGSMITH_API_KEY", () => j("lsv2", "_pt_", g.h(32), "_", g.h(10))),
  S("ai", "Pinecone key", "PINECONE_API_KEY", () => j("pcsk", "_", g.s(5, LD), "_", g.s(60, AN + "_"))),
  // auth
  S("auth", "Okta API token", "OKTA_API_TOKEN", () => j("00", g.s(40, URL64)), { hdr: "" }),
  S("auth", "Auth0 client secret", "AUTH0_CLIENT_SECRET", () => g.s(64, URL64)),
  S("auth", "Google OAuth client secret", "GOOGLE_CLIENT_SECRET", () => j("GOC", "SPX-", g.s(28, URL64))),
  S("auth", "Azure AD client secret", "AZURE_CLIENT_SECRET", () => j(g.s(3, AN), "8Q", "~", g.s(31, AN + "~_.-"))),
  S("auth", "Clerk secret key", "CLERK_SECRET_KEY", () => j("sk", "_live_", g.s(40))),
  S("auth", "Supabase service role JWT", "SUPABASE_SERVICE_ROLE_KEY", () => g.jwt({ iss: "supabase", ref: g.s(20, LO), role: "service_role", iat: 1730000000, exp: 2045576000 })),
  S("auth", "JWT signing secret", "JWT_SECRET", () => g.s(64, B64)),
  S("auth", "Session secret", "SESSION_SECRET", () => g.h(64)),
  // cloud
  S("cloud", "AWS access key + secret", "AWS_SECRET_ACCESS_KEY", () => g.s(40, AN + "/+")),
  S("cloud", "AWS access key id", "AWS_ACCESS_KEY_ID", () => j("AK", "IA", g.s(16, B32))),
  S("cloud", "DigitalOcean PAT", "DIGITALOCEAN_TOKEN", () => j("do", "p_v1_", g.h(64))),
  S("cloud", "Heroku API key", "HEROKU_API_KEY", () => j("HR", "KU-", "AA", g.s(58, URL64))),
  S("cloud", "Netlify PAT", "NETLIFY_AUTH_TOKEN", () => j("nf", "p_", g.s(36), g.h(4))),
  S("cloud", "Vercel token", "VERCEL_TOKEN", () => g.s(24)),
  S("cloud", "Cloudflare API token", "CLOUDFLARE_API_TOKEN", () => g.s(40, URL64)),
  S("cloud", "Cloudflare global API key", "CF_API_KEY", () => g.h(37), { hdr: "" }),
  S("cloud", "Terraform Cloud token", "TFE_TOKEN", () => j(g.s(14), ".atl", "asv1.", g.s(67))),
  S("cloud", "HashiCorp Vault token", "VAULT_TOKEN", () => j("hv", "s.", g.s(24)), { hdr: "" }),
  S("cloud", "Fly.io token", "FLY_API_TOKEN", () => j("Fly", "V1 ", "fm2_", g.s(120, B64))),
  S("cloud", "Azure storage account key", "AZURE_STORAGE_KEY", () => j(g.b64bytes(64))),
  // comms
  S("comms", "Slack bot token", "SLACK_BOT_TOKEN", () => j("xo", "xb-", g.s(12, DIG), "-", g.s(13, DIG), "-", g.s(24))),
  S("comms", "Slack user token", "SLACK_USER_TOKEN", () => j("xo", "xp-", g.s(12, DIG), "-", g.s(13, DIG), "-", g.s(13, DIG), "-", g.h(32))),
  S("comms", "Slack app token", "SLACK_APP_TOKEN", () => j("xa", "pp-1-", "A", g.s(10, UD), "-", g.s(13, DIG), "-", g.h(64))),
  S("comms", "Discord bot token", "DISCORD_TOKEN", () => j("MT", g.s(24, AN), ".", g.s(6, URL64), ".", g.s(38, URL64)), { hdr: "" }),
  S("comms", "Telegram bot token", "TELEGRAM_BOT_TOKEN", () => j(g.s(10, DIG), ":AA", g.s(33, URL64))),
  S("comms", "Twilio auth token", "TWILIO_AUTH_TOKEN", () => g.h(32)),
  S("comms", "SendGrid API key", "SENDGRID_API_KEY", () => j("S", "G.", g.s(22, URL64), ".", g.s(43, URL64))),
  S("comms", "Mailgun API key", "MAILGUN_API_KEY", () => j("ke", "y-", g.h(32))),
  S("comms", "Mailchimp API key", "MAILCHIMP_API_KEY", () => j(g.h(32), "-us", String(g.int(20) + 2))),
  S("comms", "Postmark server token", "POSTMARK_SERVER_TOKEN", () => g.uuid(), { hdr: "" }),
  S("comms", "Resend API key", "RESEND_API_KEY", () => j("r", "e_", g.s(8), "_", g.s(24))),
  // data
  S("data", "Postgres URL", "DATABASE_URL", () => j("postgres", "ql://app_user:", g.s(24), "@db-prod.internal.example.net:5432/app"), { kind: "url" }),
  S("data", "MongoDB Atlas URI", "MONGODB_URI", () => j("mongodb", "+srv://svc:", g.s(20), "@cluster0.", g.s(5, LD), ".mongodb.net/prod?retryWrites=true"), { kind: "url" }),
  S("data", "Redis URL", "REDIS_URL", () => j("redis", "s://default:", g.s(32), "@redis-", g.s(5, DIG), ".c1.us-east-1-2.ec2.cloud.redislabs.com:", g.s(5, DIG)), { kind: "url" }),
  S("data", "MySQL URL", "MYSQL_URL", () => j("mysql", "://root:", g.s(18), "@10.0.3.17:3306/shop"), { kind: "url" }),
  S("data", "Databricks PAT", "DATABRICKS_TOKEN", () => j("da", "pi", g.h(32))),
  S("data", "PlanetScale password", "PLANETSCALE_PASSWORD", () => j("pscale", "_pw_", g.s(43, URL64))),
  S("data", "Neon DB URL", "NEON_DATABASE_URL", () => j("postgres", "ql://neondb_owner:", "npg", "_", g.s(12), "@ep-", g.s(6, LO), "-", g.s(8, LD), ".us-east-2.aws.neon.tech/neondb?sslmode=require"), { kind: "url" }),
  S("data", "Snowflake password", "SNOWFLAKE_PASSWORD", () => g.s(20, AN + "!#%")),
  S("data", "Upstash Redis token", "UPSTASH_REDIS_REST_TOKEN", () => j("A", g.s(3, UP), "AAInc", g.s(50, URL64))),
  // devtools
  S("devtools", "GitHub classic PAT", "GITHUB_TOKEN", () => j("gh", "p_", g.s(36))),
  S("devtools", "GitHub fine-grained PAT", "GH_TOKEN", () => j("github", "_pat_", "11", g.s(20, UD), "_", g.s(59))),
  S("devtools", "GitHub OAuth token", "GITHUB_OAUTH_TOKEN", () => j("gh", "o_", g.s(36))),
  S("devtools", "GitHub app installation token", "GITHUB_APP_TOKEN", () => j("gh", "s_", g.s(36))),
  S("devtools", "GitLab PAT", "GITLAB_TOKEN", () => j("gl", "pat-", g.s(20, URL64)), { hdr: "" }),
  S("devtools", "npm token", "NPM_TOKEN", () => j("np", "m_", g.s(36))),
  S("devtools", "PyPI token", "PYPI_API_TOKEN", () => j("py", "pi-", "AgEIcHlwaS5vcmc", g.s(140, URL64))),
  S("devtools", "Docker Hub PAT", "DOCKERHUB_TOKEN", () => j("dckr", "_pat_", g.s(27, URL64))),
  S("devtools", "Atlassian API token", "JIRA_API_TOKEN", () => j("ATA", "TT3xFfGF0", g.s(180, URL64), "=", g.s(8, HEX.toUpperCase()))),
  S("devtools", "Postman API key", "POSTMAN_API_KEY", () => j("PM", "AK-", g.h(24), "-", g.h(34))),
  S("devtools", "Linear API key", "LINEAR_API_KEY", () => j("lin", "_api_", g.s(40))),
  S("devtools", "CircleCI token", "CIRCLECI_TOKEN", () => j("CCI", "PAT_", g.s(22), "_", g.h(40))),
  S("devtools", "Figma PAT", "FIGMA_TOKEN", () => j("fi", "gd_", g.s(40, URL64))),
  // keys
  S("keys", "Stripe webhook signing secret", "STRIPE_WEBHOOK_SECRET", () => j("wh", "sec_", g.s(32))),
  S("keys", "age secret key", "SOPS_AGE_KEY", () => j("AGE-", "SECRET-KEY-1", g.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))),
  S("keys", "Django SECRET_KEY", "DJANGO_SECRET_KEY", () => g.s(50, LO + DIG + "!@#%^*(-_=+)")),
  // observability
  S("observability", "Datadog API key", "DD_API_KEY", () => g.h(32), { hdr: "" }),
  S("observability", "Datadog app key", "DD_APP_KEY", () => g.h(40)),
  S("observability", "New Relic user key", "NEW_RELIC_API_KEY", () => j("NR", "AK-", g.s(27, UD))),
  S("observability", "New Relic ingest key", "NEW_RELIC_LICENSE_KEY", () => j(g.h(36), "NRAL")),
  S("observability", "Sentry auth token", "SENTRY_AUTH_TOKEN", () => j("sntr", "yu_", g.h(64))),
  S("observability", "Grafana service account token", "GRAFANA_TOKEN", () => j("gl", "sa_", g.s(32), "_", g.h(8))),
  S("observability", "Honeycomb API key", "HONEYCOMB_API_KEY", () => j("hc", "aik_", g.s(58, LD))),
  // payment
  S("payment", "Stripe secret key", "STRIPE_SECRET_KEY", () => j("sk", "_live_", "51", g.s(97))),
  S("payment", "Stripe restricted key", "STRIPE_RESTRICTED_KEY", () => j("rk", "_live_", "51", g.s(97))),
  S("payment", "Square access token", "SQUARE_ACCESS_TOKEN", () => j("EA", "AA", g.s(60, URL64))),
  S("payment", "PayPal client secret", "PAYPAL_CLIENT_SECRET", () => j("E", g.s(79, URL64))),
  S("payment", "Braintree private key", "BRAINTREE_PRIVATE_KEY", () => g.h(32)),
  S("payment", "Shopify admin access token", "SHOPIFY_ACCESS_TOKEN", () => j("sh", "pat_", g.h(32)), { hdr: "" }),
  S("payment", "Shopify app secret", "SHOPIFY_API_SECRET", () => j("sh", "pss_", g.h(32))),
  S("payment", "Adyen API key", "ADYEN_API_KEY", () => j("AQE", g.s(3, AN), "mfxJ", g.s(90, B64))),
  // saas
  S("saas", "Notion integration token", "NOTION_TOKEN", () => j("nt", "n_", g.s(11, DIG), g.s(35))),
  S("saas", "Airtable PAT", "AIRTABLE_API_KEY", () => j("pa", "t", g.s(14), ".", g.h(64))),
  S("saas", "HubSpot private app token", "HUBSPOT_ACCESS_TOKEN", () => j("pat", "-na1-", g.uuid())),
  S("saas", "Contentful management token", "CONTENTFUL_MANAGEMENT_TOKEN", () => j("CF", "PAT-", g.s(43, URL64))),
  S("saas", "Algolia admin key", "ALGOLIA_ADMIN_API_KEY", () => g.h(32), { hdr: "" }),
  S("saas", "Mapbox secret token", "MAPBOX_SECRET_TOKEN", () => j("s", "k.", g.b64u({ u: g.s(8, LO), a: g.s(25, LD) }), ".", g.s(22, URL64))),
  S("saas", "LaunchDarkly server SDK key", "LAUNCHDARKLY_SDK_KEY", () => j("sd", "k-", g.uuid())),
  S("saas", "PostHog personal API key", "POSTHOG_PERSONAL_API_KEY", () => j("ph", "x_", g.s(47))),
  S("saas", "Dropbox access token", "DROPBOX_ACCESS_TOKEN", () => j("s", "l.u.", g.s(140, URL64))),
  S("saas", "Asana PAT", "ASANA_TOKEN", () => j("2/", g.s(16, DIG), "/", g.s(16, DIG), ":", g.h(32))),
  S("saas", "ClickUp token", "CLICKUP_API_TOKEN", () => j("p", "k_", g.s(8, DIG), "_", g.s(32, UD))),
];

// header fixups: providers whose real header is not Bearer
const HDR: Record<string, string> = {
  "Anthropic API key": "x-api-key",
  "Okta API token": "Authorization: SSWS",
  "Cloudflare global API key": "X-Auth-Key",
  "HashiCorp Vault token": "X-Vault-Token",
  "Discord bot token": "Authorization: Bot",
  "Postmark server token": "X-Postmark-Server-Token",
  "GitLab PAT": "PRIVATE-TOKEN",
  "Datadog API key": "DD-API-KEY",
  "Shopify admin access token": "X-Shopify-Access-Token",
  "Algolia admin key": "X-Algolia-API-Key",
};
const fix = (x: { s: Slot; g: string }) => {
  const h = HDR[x.s.p];
  if (h !== undefined) x.s.hdr = h.includes(": ") ? `${h} ${x.s.v}` : `${h}: ${x.s.v}`;
  return x;
};

const slots = [...specs.map((f) => fix(f())), ...specs.filter((_, i) => i % 4 === 1).map((f) => fix(f()))];
void LO;
void UP;

export const cases: CorpusCase[] = renderAll(slots, g, "y43-c", "heldouty43-sec-");
