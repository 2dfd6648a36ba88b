// Rotated positives: each provider token goes through the themed / plain renderers in turn.
// Seed 155001.
import { Rng, THEMED, PLAIN, mk, prose, AN, HEX, URLSAFE, B64, UP, DIG } from "./_gen.ts";
import type { CorpusCase } from "../types.ts";

const r = new Rng(155001);
type P = [cat: string, name: string, key: string, make: (r: Rng) => string];
const j = (...xs: string[]) => xs.join("");

const PROVIDERS: P[] = [
  // ai
  ["ai", "openai-project", "OPENAI_API_KEY", (r) => j("sk", "-proj-", r.us(58), "T3Blbk", "FJ", r.us(58))],
  ["ai", "openai-svcacct", "OPENAI_API_KEY", (r) => j("sk", "-svcacct-", r.us(58), "T3Blbk", "FJ", r.us(58))],
  ["ai", "anthropic", "ANTHROPIC_API_KEY", (r) => j("sk", "-ant-api03-", r.us(93), "AA")],
  ["ai", "huggingface", "HF_TOKEN", (r) => j("h", "f_", r.str(34, AN.slice(0, 52)))],
  ["ai", "replicate", "REPLICATE_API_TOKEN", (r) => j("r8", "_", r.an(37))],
  ["ai", "wandb", "WANDB_API_KEY", (r) => r.hex(40)],
  ["ai", "groq", "GROQ_API_KEY", (r) => j("gs", "k_", r.an(52))],
  ["ai", "cohere", "COHERE_API_KEY", (r) => r.an(40)],
  ["ai", "mistral", "MISTRAL_API_KEY", (r) => r.an(32)],
  ["ai", "google-ai", "GOOGLE_API_KEY", (r) => j("AI", "za", r.us(35))],
  ["ai", "perplexity", "PERPLEXITY_API_KEY", (r) => j("pp", "lx-", r.an(48))],
  ["ai", "xai", "XAI_API_KEY", (r) => j("xa", "i-", r.an(80))],
  ["ai", "openrouter", "OPENROUTER_API_KEY", (r) => j("sk", "-or-v1-", r.hex(64))],
  ["ai", "langsmith", "LANGCHAIN_API_KEY", (r) => j("lsv2", "_pt_", r.hex(32), "_", r.hex(10))],
  ["ai", "together", "TOGETHER_API_KEY", (r) => r.hex(64)],
  ["ai", "deepseek", "DEEPSEEK_API_KEY", (r) => j("sk", "-", r.hex(32))],
  ["ai", "mlflow-databricks", "MLFLOW_TRACKING_TOKEN", (r) => j("da", "pi", r.hex(32))],
  ["ai", "langfuse", "LANGFUSE_SECRET_KEY", (r) => j("sk", "-lf-", r.uuid())],
  ["ai", "elevenlabs", "ELEVENLABS_API_KEY", (r) => j("sk", "_", r.hex(48))],
  ["ai", "comet", "COMET_API_KEY", (r) => r.an(25)],
  // auth
  ["auth", "okta", "OKTA_API_TOKEN", (r) => j("0", "0", r.us(40))],
  ["auth", "google-oauth-secret", "GOOGLE_CLIENT_SECRET", (r) => j("GOC", "SPX-", r.us(28))],
  ["auth", "azure-ad-secret", "AZURE_CLIENT_SECRET", (r) => j(r.an(3), r.dig(1), "Q", "~", r.str(34, AN + "~._-"))],
  ["auth", "auth0-client-secret", "AUTH0_CLIENT_SECRET", (r) => r.us(64)],
  ["auth", "jwt-signing", "JWT_SECRET", (r) => r.b64(48)],
  ["auth", "flask-secret", "SECRET_KEY", (r) => r.hex(64)],
  ["auth", "jupyterhub-crypt", "JUPYTERHUB_CRYPT_KEY", (r) => r.hex(64)],
  ["auth", "keycloak-secret", "KEYCLOAK_CLIENT_SECRET", (r) => r.an(32)],
  ["auth", "google-refresh", "GOOGLE_REFRESH_TOKEN", (r) => j("1", "//0", r.us(100))],
  ["auth", "databricks-oauth", "DATABRICKS_CLIENT_SECRET", (r) => j("do", "se", r.hex(32))],
  // cloud
  ["cloud", "aws-secret", "AWS_SECRET_ACCESS_KEY", (r) => r.str(40, B64)],
  ["cloud", "aws-keyid", "AWS_ACCESS_KEY_ID", (r) => j("AK", "IA", r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))],
  ["cloud", "aws-sts", "AWS_SESSION_TOKEN", (r) => j("IQoJb3JpZ2luX2Vj", r.str(300, B64))],
  ["cloud", "azure-storage-key", "AZURE_STORAGE_KEY", (r) => r.b64(64)],
  ["cloud", "azure-conn-string", "AZURE_STORAGE_CONNECTION_STRING", (r) => `DefaultEndpointsProtocol=https;AccountName=lake${r.dig(4)};AccountKey=${r.b64(64)};EndpointSuffix=core.windows.net`],
  ["cloud", "gcp-api-key", "GCP_API_KEY", (r) => j("AI", "za", r.us(35))],
  ["cloud", "digitalocean", "DIGITALOCEAN_TOKEN", (r) => j("do", "p_v1_", r.hex(64))],
  ["cloud", "cloudflare", "CLOUDFLARE_API_TOKEN", (r) => r.us(40)],
  ["cloud", "alibaba", "ALIBABA_CLOUD_ACCESS_KEY_SECRET", (r) => r.an(30)],
  ["cloud", "alibaba-id", "ALIBABA_CLOUD_ACCESS_KEY_ID", (r) => j("LT", "AI", r.an(20))],
  ["cloud", "tencent", "TENCENTCLOUD_SECRET_ID", (r) => j("AK", "ID", r.an(32))],
  ["cloud", "backblaze", "B2_APPLICATION_KEY", (r) => j("K00", r.an(28))],
  ["cloud", "hetzner", "HCLOUD_TOKEN", (r) => r.an(64)],
  ["cloud", "scaleway", "SCW_SECRET_KEY", (r) => r.uuid()],
  ["cloud", "minio", "MINIO_ROOT_PASSWORD", (r) => r.an(32)],
  // comms
  ["comms", "slack-bot", "SLACK_BOT_TOKEN", (r) => j("xo", "xb-", r.dig(12), "-", r.dig(13), "-", r.an(24))],
  ["comms", "slack-user", "SLACK_USER_TOKEN", (r) => j("xo", "xp-", r.dig(12), "-", r.dig(12), "-", r.dig(13), "-", r.hex(32))],
  ["comms", "slack-webhook", "SLACK_WEBHOOK_URL", (r) => j("https://hooks.sl", "ack.com/services/T", r.up(10), "/B", r.up(10), "/", r.an(24))],
  ["comms", "discord-webhook", "DISCORD_WEBHOOK", (r) => j("https://discord.com/api/web", "hooks/", r.dig(19), "/", r.us(68))],
  ["comms", "telegram", "TELEGRAM_BOT_TOKEN", (r) => j(r.dig(10), ":AA", r.us(33))],
  ["comms", "twilio-auth", "TWILIO_AUTH_TOKEN", (r) => r.hex(32)],
  ["comms", "twilio-apikey", "TWILIO_API_KEY_SECRET", (r) => r.an(32)],
  ["comms", "sendgrid", "SENDGRID_API_KEY", (r) => j("S", "G.", r.us(22), ".", r.us(43))],
  ["comms", "mailgun", "MAILGUN_API_KEY", (r) => j("ke", "y-", r.hex(32))],
  ["comms", "mailchimp", "MAILCHIMP_API_KEY", (r) => j(r.hex(32), "-us", String(r.range(2, 21)))],
  ["comms", "teams-webhook", "TEAMS_WEBHOOK_URL", (r) => j("https://contoso.webhook.office.com/webhookb2/", r.uuid(), "@", r.uuid(), "/IncomingWebhook/", r.hex(32), "/", r.uuid())],
  ["comms", "resend", "RESEND_API_KEY", (r) => j("r", "e_", r.an(8), "_", r.an(24))],
  ["comms", "postmark", "POSTMARK_SERVER_TOKEN", (r) => r.uuid()],
  // data
  ["data", "snowflake-password", "SNOWFLAKE_PASSWORD", (r) => r.str(20, AN + "!#%^*")],
  ["data", "postgres-url", "DATABASE_URL", (r) => `postgresql://etl_writer:${r.an(24)}@${r.host()}.rds.amazonaws.com:5432/warehouse`],
  ["data", "redshift-url", "REDSHIFT_URL", (r) => `redshift+psycopg2://analyst:${r.an(20)}@dw-${r.hex(6)}.c${r.hex(10)}.us-east-1.redshift.amazonaws.com:5439/dev`],
  ["data", "clickhouse-url", "CLICKHOUSE_URL", (r) => `clickhouse://default:${r.an(22)}@${r.hex(10)}.eu-central-1.aws.clickhouse.cloud:9440/default?secure=true`],
  ["data", "mongodb-srv", "MONGODB_URI", (r) => `mongodb+srv://app:${r.an(18)}@cluster0.${r.an(5).toLowerCase()}.mongodb.net/features?retryWrites=true`],
  ["data", "redis-url", "REDIS_URL", (r) => `rediss://default:${r.an(32)}@${r.host()}.upstash.io:6379`],
  ["data", "confluent-secret", "CONFLUENT_API_SECRET", (r) => r.str(64, B64)],
  ["data", "kafka-scram", "KAFKA_SASL_PASSWORD", (r) => r.an(28)],
  ["data", "pinecone", "PINECONE_API_KEY", (r) => j("pc", "sk_", r.an(5), "_", r.an(63))],
  ["data", "weaviate", "WEAVIATE_API_KEY", (r) => r.an(40)],
  ["data", "qdrant", "QDRANT_API_KEY", (r) => r.us(54)],
  ["data", "zilliz", "ZILLIZ_CLOUD_TOKEN", (r) => r.hex(104)],
  ["data", "planetscale", "PLANETSCALE_PASSWORD", (r) => j("psc", "ale_pw_", r.us(43))],
  ["data", "neon", "NEON_DATABASE_URL", (r) => `postgresql://neondb_owner:${j("np", "g_")}${r.an(12)}@ep-${r.pick(["cool", "misty", "quiet"])}-${r.pick(["sun", "leaf", "river"])}-${r.an(8).toLowerCase()}.eu-central-1.aws.neon.tech/neondb?sslmode=require`],
  ["data", "motherduck", "MOTHERDUCK_TOKEN", (r) => r.jwt({ session: "dwh.prod", email: "etl@corp.io", readOnly: false, iat: 1718000000 })],
  ["data", "fivetran", "FIVETRAN_API_SECRET", (r) => r.an(32)],
  ["data", "elastic", "ELASTIC_API_KEY", (r) => Buffer.from(`${r.us(20)}:${r.us(22)}`).toString("base64")],
  ["data", "supabase-service", "SUPABASE_SERVICE_ROLE_KEY", (r) => j("sb_", "secret_", r.us(31))],
  // devtools
  ["devtools", "github-classic", "GITHUB_TOKEN", (r) => j("gh", "p_", r.an(36))],
  ["devtools", "github-fine", "GH_TOKEN", (r) => j("github", "_pat_", r.an(22), "_", r.an(59))],
  ["devtools", "gitlab", "GITLAB_TOKEN", (r) => j("gl", "pat-", r.us(20))],
  ["devtools", "npm", "NPM_TOKEN", (r) => j("np", "m_", r.an(36))],
  ["devtools", "pypi", "TWINE_PASSWORD", (r) => j("py", "pi-", "AgEIcHlwaS5vcmc", r.us(140))],
  ["devtools", "dockerhub", "DOCKERHUB_TOKEN", (r) => j("dck", "r_pat_", r.us(27))],
  ["devtools", "terraform-cloud", "TFE_TOKEN", (r) => j(r.an(14), ".atlas", "v1.", r.an(67))],
  ["devtools", "vault", "VAULT_TOKEN", (r) => j("hv", "s.", r.us(90))],
  ["devtools", "doppler", "DOPPLER_TOKEN", (r) => j("dp", ".st.prd.", r.an(43))],
  ["devtools", "databricks-pat", "DATABRICKS_TOKEN", (r) => j("da", "pi", r.hex(32), "-", String(r.range(2, 3)))],
  ["devtools", "sonar", "SONAR_TOKEN", (r) => j("sq", "u_", r.hex(40))],
  ["devtools", "buildkite", "BUILDKITE_API_TOKEN", (r) => j("bk", "ua_", r.hex(40))],
  ["devtools", "pulumi", "PULUMI_ACCESS_TOKEN", (r) => j("pu", "l-", r.hex(40))],
  ["devtools", "jfrog", "ARTIFACTORY_API_KEY", (r) => j("AKC", "p8", r.an(69))],
  ["devtools", "netlify", "NETLIFY_AUTH_TOKEN", (r) => j("nf", "p_", r.an(36))],
  // observability
  ["observability", "datadog-api", "DD_API_KEY", (r) => r.hex(32)],
  ["observability", "datadog-app", "DD_APP_KEY", (r) => r.hex(40)],
  ["observability", "newrelic-user", "NEW_RELIC_API_KEY", (r) => j("NR", "AK-", r.up(27))],
  ["observability", "newrelic-license", "NEW_RELIC_LICENSE_KEY", (r) => j(r.hex(36), "NRAL")],
  ["observability", "sentry-dsn", "SENTRY_DSN", (r) => j("https://", r.hex(32), "@o", r.dig(6), ".ingest.sentry.io/", r.dig(7))],
  ["observability", "sentry-user", "SENTRY_AUTH_TOKEN", (r) => j("sn", "tryu_", r.hex(64))],
  ["observability", "grafana-sa", "GRAFANA_TOKEN", (r) => j("gl", "sa_", r.an(32), "_", r.hex(8))],
  ["observability", "grafana-cloud", "GRAFANA_CLOUD_TOKEN", (r) => j("gl", "c_", Buffer.from(JSON.stringify({ o: r.dig(6), n: "stack-" + r.dig(6) + "-hm-read", k: r.an(24), m: { r: "prod-eu-west-2" } })).toString("base64"))],
  ["observability", "honeycomb", "HONEYCOMB_API_KEY", (r) => r.an(22)],
  ["observability", "dynatrace", "DT_API_TOKEN", (r) => j("dt0", "c01.", r.up(24), ".", r.up(64))],
  ["observability", "splunk-hec", "SPLUNK_HEC_TOKEN", (r) => r.uuid()],
  ["observability", "axiom", "AXIOM_TOKEN", (r) => j("xa", "at-", r.uuid())],
  ["observability", "pagerduty", "PAGERDUTY_ROUTING_KEY", (r) => r.hex(32)],
  // payment
  ["payment", "stripe-secret", "STRIPE_SECRET_KEY", (r) => j("sk", "_live_", r.an(99))],
  ["payment", "stripe-restricted", "STRIPE_RESTRICTED_KEY", (r) => j("rk", "_live_", r.an(99))],
  ["payment", "stripe-webhook", "STRIPE_WEBHOOK_SECRET", (r) => j("wh", "sec_", r.an(32))],
  ["payment", "square", "SQUARE_ACCESS_TOKEN", (r) => j("EA", "AA", r.us(60))],
  ["payment", "paypal-secret", "PAYPAL_CLIENT_SECRET", (r) => r.us(80)],
  ["payment", "braintree", "BRAINTREE_PRIVATE_KEY", (r) => r.hex(32)],
  ["payment", "razorpay", "RAZORPAY_KEY_SECRET", (r) => r.an(24)],
  ["payment", "paystack", "PAYSTACK_SECRET_KEY", (r) => j("sk", "_live_", r.hex(40))],
  ["payment", "flutterwave", "FLW_SECRET_KEY", (r) => j("FLW", "SECK-", r.hex(32), "-X")],
  ["payment", "mollie", "MOLLIE_API_KEY", (r) => j("li", "ve_", r.an(30))],
  ["payment", "plaid", "PLAID_SECRET", (r) => r.hex(30)],
  ["payment", "adyen", "ADYEN_API_KEY", (r) => j("AQE", r.us(20), "...", r.us(60))],
  ["payment", "gocardless", "GOCARDLESS_ACCESS_TOKEN", (r) => j("li", "ve_", r.us(40))],
  // saas
  ["saas", "shopify", "SHOPIFY_ACCESS_TOKEN", (r) => j("sh", "pat_", r.hex(32))],
  ["saas", "atlassian", "JIRA_API_TOKEN", (r) => j("ATA", "TT3xFfGF0", r.us(180), "=", r.HEX(8))],
  ["saas", "linear", "LINEAR_API_KEY", (r) => j("lin", "_api_", r.an(40))],
  ["saas", "notion", "NOTION_TOKEN", (r) => j("nt", "n_", r.an(46))],
  ["saas", "airtable", "AIRTABLE_PAT", (r) => j("pa", "t", r.an(14), ".", r.hex(64))],
  ["saas", "figma", "FIGMA_TOKEN", (r) => j("fi", "gd_", r.us(40))],
  ["saas", "postman", "POSTMAN_API_KEY", (r) => j("PM", "AK-", r.hex(24), "-", r.hex(34))],
  ["saas", "hubspot", "HUBSPOT_ACCESS_TOKEN", (r) => j("pat", "-na1-", r.uuid())],
  ["saas", "contentful", "CONTENTFUL_MANAGEMENT_TOKEN", (r) => j("CFP", "AT-", r.us(43))],
  ["saas", "algolia-admin", "ALGOLIA_ADMIN_KEY", (r) => r.hex(32)],
  ["saas", "mapbox-secret", "MAPBOX_SECRET_TOKEN", (r) => j("sk", ".eyJ1Ijoi", r.an(20), "IiwiYSI6I", r.an(16), "In0.", r.us(22))],
  ["saas", "dropbox", "DROPBOX_ACCESS_TOKEN", (r) => j("s", "l.", r.us(136))],
  ["saas", "segment", "SEGMENT_WRITE_KEY_SERVER", (r) => r.an(32)],
  ["saas", "zendesk", "ZENDESK_API_TOKEN", (r) => r.an(40)],
  ["saas", "asana", "ASANA_PAT", (r) => j("2/", r.dig(16), "/", r.dig(16), ":", r.hex(32))],
];

const N = PROVIDERS.length * 2;
let ti = 0, pi = 0;
export const cases: CorpusCase[] = [];
const used = new Set<string>();
for (let i = 0; i < N; i++) {
  const p = PROVIDERS[i % PROVIDERS.length]!;
  const themed = i % 3 !== 2;
  const list = themed ? THEMED : PLAIN;
  const [rname, render] = themed ? list[(ti++ * 7) % list.length]! : list[(pi++ * 5) % list.length]!;
  used.add(rname);
  const value = p[3](r);
  const out = render(r, { key: p[2], value });
  if (i % 4 === 1) { const pr = prose(r); out.text = `${pr.line}\n\n${out.text}`; out.lang = pr.lang; out.ctx += " + prose"; }
  cases.push(mk(`y155-p-${String(i + 1).padStart(3, "0")}`, `heldouty155-sec-${p[0]}`, "positive", out.text, out.needle,
    `${p[1]} in ${p[2]} via ${rname} (${out.ctx})${out.lang && out.lang !== "en" ? ` [${out.lang}]` : ""}`));
}
export const RENDERERS_USED = used;
