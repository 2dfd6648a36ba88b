// Rotated positives: each provider token through the shared renderers (seed 156001).
import type { CorpusCase } from "../types.ts";
import { AN, DIG, HEX, LO, UP, URLB64, Rng, j, mk, renderers, type Provider } from "./_gen.ts";

const r = new Rng(156001);
const P = (cat: string, name: string, slot: string, gen: Provider["gen"]): Provider => ({ cat: "heldouty156-sec-" + cat, name, slot, gen });
const jwt = (r: Rng, payload: object) => [Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url"), Buffer.from(JSON.stringify(payload)).toString("base64url"), r.b64u(32)].join(".");

const providers: Provider[] = [
  // ai
  P("ai", "openai-project", "OPENAI_API_KEY", (r) => j("sk-", "proj-", r.s(74, URLB64), "T3Blbk", "FJ", r.s(74, URLB64))),
  P("ai", "anthropic", "ANTHROPIC_API_KEY", (r) => j("sk-", "ant-", "api03-", r.s(93, URLB64), "AA")),
  P("ai", "huggingface", "HF_TOKEN", (r) => j("h", "f_", r.s(34, UP + LO))),
  P("ai", "groq", "GROQ_API_KEY", (r) => j("gs", "k_", r.s(52))),
  P("ai", "replicate", "REPLICATE_API_TOKEN", (r) => j("r8", "_", r.s(37))),
  P("ai", "perplexity", "PERPLEXITY_API_KEY", (r) => j("pp", "lx-", r.s(48))),
  P("ai", "gemini", "GEMINI_API_KEY", (r) => j("AI", "za", "Sy", r.s(33, URLB64))),
  P("ai", "xai", "XAI_API_KEY", (r) => j("xa", "i-", r.s(80))),
  P("ai", "openrouter", "OPENROUTER_API_KEY", (r) => j("sk-", "or-", "v1-", r.hex(64))),
  P("ai", "langsmith", "LANGSMITH_API_KEY", (r) => j("lsv2", "_pt_", r.hex(32), "_", r.hex(10))),
  // auth
  P("auth", "okta-ssws", "OKTA_API_TOKEN", (r) => j("0", "0", r.s(40, URLB64))),
  P("auth", "google-oauth-client-secret", "GOOGLE_CLIENT_SECRET", (r) => j("GOC", "SPX-", r.s(28, URLB64))),
  P("auth", "auth0-client-secret", "AUTH0_CLIENT_SECRET", (r) => r.s(64, URLB64)),
  P("auth", "jwt-signing-secret", "JWT_SECRET", (r) => r.hex(64)),
  P("auth", "nextauth-secret", "NEXTAUTH_SECRET", (r) => r.b64(32)),
  P("auth", "clerk-secret", "CLERK_SECRET_KEY", (r) => j("sk", "_li", "ve_", r.s(42))),
  P("auth", "keycloak-client-secret", "KEYCLOAK_CLIENT_SECRET", (r) => r.s(32)),
  P("auth", "supabase-service-role-jwt", "SUPABASE_SERVICE_ROLE_KEY", (r) => jwt(r, { iss: "supabase", ref: r.s(20, LO), role: "service_role", iat: 1731000000, exp: 2046576000 })),
  P("auth", "session-secret", "SESSION_SECRET", (r) => r.s(48)),
  P("auth", "workos-api-key", "WORKOS_API_KEY", (r) => j("sk", "_", r.s(60))),
  // cloud
  P("cloud", "aws-secret-access-key", "AWS_SECRET_ACCESS_KEY", (r) => r.s(40, AN + "/+")),
  P("cloud", "azure-storage-key", "AZURE_STORAGE_KEY", (r) => r.b64(64)),
  P("cloud", "digitalocean", "DIGITALOCEAN_TOKEN", (r) => j("do", "p_v1_", r.hex(64))),
  P("cloud", "cloudflare-api-token", "CLOUDFLARE_API_TOKEN", (r) => r.s(40, URLB64)),
  P("cloud", "heroku", "HEROKU_API_KEY", (r) => j("HR", "KU-", "AA", r.s(58, URLB64))),
  P("cloud", "vercel", "VERCEL_TOKEN", (r) => r.s(24)),
  P("cloud", "netlify", "NETLIFY_AUTH_TOKEN", (r) => j("nf", "p_", r.s(36))),
  P("cloud", "alibaba-secret", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", (r) => r.s(30)),
  P("cloud", "linode", "LINODE_TOKEN", (r) => r.hex(64)),
  P("cloud", "hetzner", "HCLOUD_TOKEN", (r) => r.s(64)),
  // comms
  P("comms", "slack-bot", "SLACK_BOT_TOKEN", (r) => j("xo", "xb-", r.s(12, DIG), "-", r.s(13, DIG), "-", r.s(24))),
  P("comms", "slack-webhook", "SLACK_WEBHOOK_URL", (r) => j("https://hooks.", "slack.com/services/T", r.s(10, UP + DIG), "/B", r.s(10, UP + DIG), "/", r.s(24))),
  P("comms", "discord-bot", "DISCORD_TOKEN", (r) => j("MT", r.s(24, AN), ".", r.s(6, URLB64), ".", r.s(38, URLB64))),
  P("comms", "discord-webhook", "DISCORD_WEBHOOK_URL", (r) => j("https://discord.com/api/", "webhooks/", r.s(19, DIG), "/", r.s(68, URLB64))),
  P("comms", "telegram-bot", "TELEGRAM_BOT_TOKEN", (r) => j(r.s(10, DIG), ":", "AA", r.s(33, URLB64))),
  P("comms", "twilio-auth-token", "TWILIO_AUTH_TOKEN", (r) => r.hex(32)),
  P("comms", "sendgrid", "SENDGRID_API_KEY", (r) => j("S", "G.", r.s(22, URLB64), ".", r.s(43, URLB64))),
  P("comms", "mailgun", "MAILGUN_API_KEY", (r) => j("ke", "y-", r.hex(32))),
  P("comms", "postmark", "POSTMARK_SERVER_TOKEN", (r) => r.uuid()),
  P("comms", "resend", "RESEND_API_KEY", (r) => j("r", "e_", r.s(8), "_", r.s(24))),
  // data
  P("data", "postgres-url", "DATABASE_URL", (r) => j("postgres", "ql://app_user:", r.s(24), "@db-", r.s(6, LO + DIG), ".internal:5432/app")),
  P("data", "mongodb-srv", "MONGODB_URI", (r) => j("mongodb", "+srv://admin:", r.s(20), "@cluster0.", r.s(5, LO + DIG), ".mongodb.net/prod?retryWrites=true")),
  P("data", "redis-url", "REDIS_URL", (r) => j("red", "iss://default:", r.s(32), "@redis-", String(r.range(10000, 19999)), ".c1.us-east-1.ec2.cloud.redislabs.com:6380")),
  P("data", "mysql-password", "MYSQL_ROOT_PASSWORD", (r) => r.s(20, AN + "!#%")),
  P("data", "snowflake-password", "SNOWFLAKE_PASSWORD", (r) => r.s(22, AN + "@$")),
  P("data", "databricks", "DATABRICKS_TOKEN", (r) => j("da", "pi", r.hex(32))),
  P("data", "planetscale", "PLANETSCALE_PASSWORD", (r) => j("pscale", "_pw_", r.s(43, URLB64))),
  P("data", "pinecone", "PINECONE_API_KEY", (r) => j("pc", "sk_", r.s(5), "_", r.s(64))),
  P("data", "upstash-rest", "UPSTASH_REDIS_REST_TOKEN", (r) => j("A", "X", r.s(3), "AAIjcDE", r.s(60, URLB64))),
  P("data", "clickhouse-password", "CLICKHOUSE_PASSWORD", (r) => r.s(16, AN + "~_.")),
  // devtools
  P("devtools", "github-classic", "GITHUB_TOKEN", (r) => j("gh", "p_", r.s(36))),
  P("devtools", "github-fine-grained", "GH_TOKEN", (r) => j("github", "_pat_", "11", r.s(20, UP + DIG), "_", r.s(59))),
  P("devtools", "gitlab-pat", "GITLAB_TOKEN", (r) => j("gl", "pat-", r.s(20, URLB64))),
  P("devtools", "npm", "NPM_TOKEN", (r) => j("np", "m_", r.s(36))),
  P("devtools", "pypi", "PYPI_API_TOKEN", (r) => j("py", "pi-", "AgEIcHlwaS5vcmc", r.s(120, URLB64))),
  P("devtools", "dockerhub-pat", "DOCKERHUB_TOKEN", (r) => j("dck", "r_pat_", r.s(27, URLB64))),
  P("devtools", "atlassian", "JIRA_API_TOKEN", (r) => j("ATA", "TT3xFfGF0", r.s(180, URLB64), "=", r.s(8, UP + DIG))),
  P("devtools", "vault", "VAULT_TOKEN", (r) => j("hv", "s.", r.s(24))),
  P("devtools", "terraform-cloud", "TFE_TOKEN", (r) => j(r.s(14), ".at", "lasv1.", r.s(67))),
  P("devtools", "sonarcloud", "SONAR_TOKEN", (r) => j("sq", "u_", r.hex(40))),
  // observability
  P("observability", "datadog-api", "DD_API_KEY", (r) => r.hex(32)),
  P("observability", "datadog-app", "DD_APP_KEY", (r) => r.hex(40)),
  P("observability", "newrelic-user", "NEW_RELIC_API_KEY", (r) => j("NR", "AK-", r.s(27, UP + DIG))),
  P("observability", "sentry-user-token", "SENTRY_AUTH_TOKEN", (r) => j("sntr", "yu_", r.hex(64))),
  P("observability", "grafana-sa", "GRAFANA_TOKEN", (r) => j("gl", "sa_", r.s(32), "_", r.hex(8))),
  P("observability", "honeycomb", "HONEYCOMB_API_KEY", (r) => r.s(22)),
  P("observability", "dynatrace", "DT_API_TOKEN", (r) => j("dt0", "c01.", r.s(24, UP + DIG), ".", r.s(64, UP + DIG))),
  P("observability", "rollbar", "ROLLBAR_ACCESS_TOKEN", (r) => r.hex(32)),
  P("observability", "axiom", "AXIOM_TOKEN", (r) => j("xa", "at-", r.uuid())),
  P("observability", "pagerduty", "PAGERDUTY_API_TOKEN", (r) => j("u+", r.s(18, URLB64))),
  // payment
  P("payment", "stripe-secret", "STRIPE_SECRET_KEY", (r) => j("sk", "_li", "ve_", "51", r.s(97))),
  P("payment", "stripe-restricted", "STRIPE_RESTRICTED_KEY", (r) => j("rk", "_li", "ve_", "51", r.s(97))),
  P("payment", "stripe-webhook", "STRIPE_WEBHOOK_SECRET", (r) => j("wh", "sec_", r.s(32))),
  P("payment", "square", "SQUARE_ACCESS_TOKEN", (r) => j("EA", "AA", r.s(60, URLB64))),
  P("payment", "paypal-client-secret", "PAYPAL_CLIENT_SECRET", (r) => r.s(80, URLB64)),
  P("payment", "braintree", "BRAINTREE_ACCESS_TOKEN", (r) => j("access", "_token$production$", r.s(16, LO + DIG), "$", r.hex(32))),
  P("payment", "razorpay-secret", "RAZORPAY_KEY_SECRET", (r) => r.s(24)),
  P("payment", "paystack", "PAYSTACK_SECRET_KEY", (r) => j("sk", "_li", "ve_", r.hex(40))),
  P("payment", "flutterwave", "FLW_SECRET_KEY", (r) => j("FLW", "SECK-", r.hex(32), "-X")),
  P("payment", "mollie", "MOLLIE_API_KEY", (r) => j("li", "ve_", r.s(30))),
  // saas
  P("saas", "shopify-admin", "SHOPIFY_ACCESS_TOKEN", (r) => j("sh", "pat_", r.hex(32))),
  P("saas", "notion", "NOTION_TOKEN", (r) => j("nt", "n_", r.s(46))),
  P("saas", "airtable-pat", "AIRTABLE_API_KEY", (r) => j("p", "at", r.s(14), ".", r.hex(64))),
  P("saas", "linear", "LINEAR_API_KEY", (r) => j("lin", "_api_", r.s(40))),
  P("saas", "figma", "FIGMA_TOKEN", (r) => j("fi", "gd_", r.s(40, URLB64))),
  P("saas", "hubspot-private-app", "HUBSPOT_ACCESS_TOKEN", (r) => j("pat", "-na1-", r.uuid())),
  P("saas", "contentful-cma", "CONTENTFUL_MANAGEMENT_TOKEN", (r) => j("CF", "PAT-", r.s(43, URLB64))),
  P("saas", "mapbox-secret", "MAPBOX_SECRET_TOKEN", (r) => j("s", "k.eyJ1Ijoi", r.s(20), ".", r.s(22, URLB64))),
  P("saas", "algolia-admin", "ALGOLIA_ADMIN_KEY", (r) => r.hex(32)),
  P("saas", "posthog-personal", "POSTHOG_PERSONAL_API_KEY", (r) => j("ph", "x_", r.s(47))),
];

export const cases: CorpusCase[] = [];
const N = providers.length * 3;
for (let i = 0; i < N; i++) {
  const p = providers[i % providers.length]!;
  const rend = renderers[(i * 7) % renderers.length]!;
  const v = p.gen(r);
  const out = rend(r, p.slot, v);
  const id = `y156-a-${String(i + 1).padStart(3, "0")}`;
  cases.push(mk(id, p.cat, "positive", out.text, out.needles, `${p.name} in ${p.slot} via ${out.ctx}`));
}
