// Positives: fresh provider tokens rotated through the shared renderers. Seed 153001.
import type { CorpusCase } from "../types.ts";
import { ALNUM, B64, DIG, HEX, LO, RENDERERS, Rng, UP, b64, check, j, mk } from "./_gen.ts";

const r = new Rng(153001);
type P = { name: string; cat: string; env: string; make: (r: Rng) => { value: string; user?: string; host?: string } };
const v = (value: string) => ({ value });

const pem = (r: Rng, label: string, n: number) => {
  const body = r.b64(n).replace(/(.{64})/g, "$1\n").trim();
  return j("-----BEGIN ", label, "-----\n", body, "\n-----END ", label, "-----");
};

const P: P[] = [
  // ai
  { name: "openai-project", cat: "ai", env: "OPENAI_API_KEY", make: (r) => v(j("sk-", "proj-", r.str(74, ALNUM + "_-"), "T3Blbk", "FJ", r.str(74, ALNUM + "_-"))) },
  { name: "anthropic", cat: "ai", env: "ANTHROPIC_API_KEY", make: (r) => v(j("sk-", "ant-api03-", r.str(93, ALNUM + "_-"), "AA")) },
  { name: "huggingface", cat: "ai", env: "HF_TOKEN", make: (r) => v(j("hf", "_", r.str(34, UP + LO))) },
  { name: "groq", cat: "ai", env: "GROQ_API_KEY", make: (r) => v(j("gs", "k_", r.a(52))) },
  { name: "replicate", cat: "ai", env: "REPLICATE_API_TOKEN", make: (r) => v(j("r8", "_", r.a(37))) },
  { name: "perplexity", cat: "ai", env: "PERPLEXITY_API_KEY", make: (r) => v(j("pp", "lx-", r.a(48))) },
  { name: "xai", cat: "ai", env: "XAI_API_KEY", make: (r) => v(j("xa", "i-", r.a(80))) },
  { name: "openrouter", cat: "ai", env: "OPENROUTER_API_KEY", make: (r) => v(j("sk-", "or-v1-", r.h(64))) },
  { name: "langsmith", cat: "ai", env: "LANGSMITH_API_KEY", make: (r) => v(j("lsv2", "_pt_", r.h(32), "_", r.h(10))) },
  { name: "gemini", cat: "ai", env: "GEMINI_API_KEY", make: (r) => v(j("AI", "za", r.str(35, ALNUM + "_-"))) },
  { name: "cohere", cat: "ai", env: "COHERE_API_KEY", make: (r) => v(r.a(40)) },
  { name: "mistral", cat: "ai", env: "MISTRAL_API_KEY", make: (r) => v(r.a(32)) },
  { name: "elevenlabs", cat: "ai", env: "ELEVENLABS_API_KEY", make: (r) => v(j("sk", "_", r.h(48))) },
  // auth
  { name: "okta", cat: "auth", env: "OKTA_API_TOKEN", make: (r) => v(j("00", r.str(40, ALNUM + "_-"))) },
  { name: "auth0-client-secret", cat: "auth", env: "AUTH0_CLIENT_SECRET", make: (r) => v(r.str(64, ALNUM + "_-")) },
  { name: "jwt-signing-secret", cat: "auth", env: "JWT_SECRET", make: (r) => v(r.b64(48)) },
  { name: "google-oauth-secret", cat: "auth", env: "GOOGLE_CLIENT_SECRET", make: (r) => v(j("GOC", "SPX-", r.str(28, ALNUM + "_-"))) },
  { name: "azure-ad-secret", cat: "auth", env: "AZURE_CLIENT_SECRET", make: (r) => v(j(r.a(3), r.range(1, 9).toString(), "Q", "~", r.str(34, ALNUM + "_.~-"))) },
  { name: "vault-token", cat: "auth", env: "VAULT_TOKEN", make: (r) => v(j("hv", "s.", r.str(90, ALNUM + "_-"))) },
  { name: "keycloak-client-secret", cat: "auth", env: "KEYCLOAK_CLIENT_SECRET", make: (r) => v(r.a(32)) },
  { name: "session-secret", cat: "auth", env: "SESSION_SECRET", make: (r) => v(r.h(64)) },
  { name: "doppler-service", cat: "auth", env: "DOPPLER_TOKEN", make: (r) => v(j("dp", ".st.", r.pick(["prd", "stg", "dev"]), ".", r.a(43))) },
  { name: "github-oauth", cat: "auth", env: "GH_OAUTH_TOKEN", make: (r) => v(j("gh", "o_", r.a(36))) },
  // cloud
  { name: "aws-secret-key", cat: "cloud", env: "AWS_SECRET_ACCESS_KEY", make: (r) => v(r.str(40, ALNUM + "/+")) },
  { name: "aws-access-key-id", cat: "cloud", env: "AWS_ACCESS_KEY_ID", make: (r) => v(j("AK", "IA", r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))) },
  { name: "gcp-api-key", cat: "cloud", env: "GOOGLE_API_KEY", make: (r) => v(j("AI", "za", r.str(35, ALNUM + "_-"))) },
  { name: "azure-storage-key", cat: "cloud", env: "AZURE_STORAGE_KEY", make: (r) => v(r.b64(64)) },
  { name: "digitalocean", cat: "cloud", env: "DIGITALOCEAN_TOKEN", make: (r) => v(j("do", "p_v1_", r.h(64))) },
  { name: "heroku", cat: "cloud", env: "HEROKU_API_KEY", make: (r) => v(j("HR", "KU-", r.str(60, ALNUM + "_-"))) },
  { name: "cloudflare", cat: "cloud", env: "CLOUDFLARE_API_TOKEN", make: (r) => v(r.str(40, ALNUM + "_-")) },
  { name: "alibaba", cat: "cloud", env: "ALIBABA_CLOUD_ACCESS_KEY_SECRET", make: (r) => v(r.a(30)) },
  { name: "hetzner", cat: "cloud", env: "HCLOUD_TOKEN", make: (r) => v(r.a(64)) },
  { name: "scaleway", cat: "cloud", env: "SCW_SECRET_KEY", make: (r) => v(r.uuid()) },
  { name: "netlify", cat: "cloud", env: "NETLIFY_AUTH_TOKEN", make: (r) => v(j("nf", "p_", r.a(36))) },
  { name: "flyio", cat: "cloud", env: "FLY_API_TOKEN", make: (r) => v(j("Fly", "V1 fm2_", r.str(180, B64))) },
  { name: "linode", cat: "cloud", env: "LINODE_TOKEN", make: (r) => v(r.h(64)) },
  // comms
  { name: "slack-bot", cat: "comms", env: "SLACK_BOT_TOKEN", make: (r) => v(j("xo", "xb-", r.str(12, DIG), "-", r.str(13, DIG), "-", r.a(24))) },
  { name: "slack-user", cat: "comms", env: "SLACK_USER_TOKEN", make: (r) => v(j("xo", "xp-", r.str(12, DIG), "-", r.str(12, DIG), "-", r.str(13, DIG), "-", r.h(32))) },
  { name: "slack-webhook", cat: "comms", env: "SLACK_WEBHOOK_URL", make: (r) => v(j("https://hooks.sl", "ack.com/services/T", r.str(10, UP + DIG), "/B", r.str(10, UP + DIG), "/", r.a(24))) },
  { name: "discord-webhook", cat: "comms", env: "DISCORD_WEBHOOK_URL", make: (r) => v(j("https://discord.com/api/web", "hooks/", r.str(19, DIG), "/", r.str(68, ALNUM + "_-"))) },
  { name: "telegram-bot", cat: "comms", env: "TELEGRAM_BOT_TOKEN", make: (r) => v(j(r.str(10, DIG), ":AA", r.str(33, ALNUM + "_-"))) },
  { name: "twilio-auth", cat: "comms", env: "TWILIO_AUTH_TOKEN", make: (r) => v(r.h(32)) },
  { name: "sendgrid", cat: "comms", env: "SENDGRID_API_KEY", make: (r) => v(j("S", "G.", r.str(22, ALNUM + "_-"), ".", r.str(43, ALNUM + "_-"))) },
  { name: "mailgun", cat: "comms", env: "MAILGUN_API_KEY", make: (r) => v(j("ke", "y-", r.h(32))) },
  { name: "mailchimp", cat: "comms", env: "MAILCHIMP_API_KEY", make: (r) => v(j(r.h(32), "-us", String(r.range(2, 21)))) },
  { name: "postmark", cat: "comms", env: "POSTMARK_SERVER_TOKEN", make: (r) => v(r.uuid()) },
  { name: "resend", cat: "comms", env: "RESEND_API_KEY", make: (r) => v(j("r", "e_", r.a(8), "_", r.a(24))) },
  { name: "teams-webhook", cat: "comms", env: "TEAMS_WEBHOOK_URL", make: (r) => v(j("https://acme.webhook.office.com/webhookb2/", r.uuid(), "@", r.uuid(), "/IncomingWebhook/", r.h(32), "/", r.uuid())) },
  // data
  { name: "postgres-url", cat: "data", env: "DATABASE_URL", make: (r) => v(j("postgres://app_rw:", r.a(24), "@db-", r.h(6), ".prod.internal:5432/app")) },
  { name: "mysql-url", cat: "data", env: "MYSQL_URL", make: (r) => v(j("mysql://root:", r.a(20), "@mysql.svc.cluster.local:3306/orders")) },
  { name: "redis-url", cat: "data", env: "REDIS_URL", make: (r) => v(j("rediss://default:", r.a(32), "@cache-", r.h(5), ".upstash.io:6379")) },
  { name: "mongodb-srv", cat: "data", env: "MONGODB_URI", make: (r) => v(j("mongodb+srv://svc_ingest:", r.a(16), "@cluster0.", r.str(5, LO + DIG), ".mongodb.net/events?retryWrites=true")) },
  { name: "databricks", cat: "data", env: "DATABRICKS_TOKEN", make: (r) => v(j("da", "pi", r.h(32))) },
  { name: "planetscale", cat: "data", env: "PLANETSCALE_PASSWORD", make: (r) => v(j("psc", "ale_pw_", r.str(43, ALNUM + "_-"))) },
  { name: "snowflake-password", cat: "data", env: "SNOWFLAKE_PASSWORD", make: (r) => v(r.str(24, ALNUM + "!#%")) },
  { name: "clickhouse-password", cat: "data", env: "CLICKHOUSE_PASSWORD", make: (r) => v(r.str(20, ALNUM + "~_")) },
  { name: "elastic-api-key", cat: "data", env: "ELASTIC_API_KEY", make: (r) => v(b64(j(r.str(20, ALNUM + "_-"), ":", r.str(22, ALNUM + "_-")))) },
  { name: "supabase-service", cat: "data", env: "SUPABASE_SERVICE_ROLE_KEY", make: (r) => v(j("sb_", "secret_", r.str(31, ALNUM + "_-"))) },
  { name: "upstash-rest", cat: "data", env: "UPSTASH_REDIS_REST_TOKEN", make: (r) => v(j("A", r.str(3, UP), "A", r.str(60, ALNUM))) },
  // devtools
  { name: "github-pat-classic", cat: "devtools", env: "GITHUB_TOKEN", make: (r) => v(j("gh", "p_", r.a(36))) },
  { name: "github-pat-fine", cat: "devtools", env: "GH_PAT", make: (r) => v(j("github", "_pat_", "11", r.str(20, UP + DIG), "_", r.a(59))) },
  { name: "gitlab-pat", cat: "devtools", env: "GITLAB_TOKEN", make: (r) => v(j("gl", "pat-", r.str(20, ALNUM + "_-"))) },
  { name: "gitlab-runner", cat: "devtools", env: "RUNNER_TOKEN", make: (r) => v(j("gl", "rt-", r.str(20, ALNUM + "_-"))) },
  { name: "npm", cat: "devtools", env: "NPM_TOKEN", make: (r) => v(j("np", "m_", r.a(36))) },
  { name: "pypi", cat: "devtools", env: "PYPI_API_TOKEN", make: (r) => v(j("py", "pi-", "AgEIcHlwaS5vcmc", r.str(120, ALNUM + "_-"))) },
  { name: "dockerhub", cat: "devtools", env: "DOCKERHUB_TOKEN", make: (r) => ({ value: j("dc", "kr_pat_", r.str(27, ALNUM + "_-")), user: "acmeci", host: "https://index.docker.io/v1/" }) },
  { name: "artifactory", cat: "devtools", env: "ARTIFACTORY_API_KEY", make: (r) => ({ value: j("AK", "Cp", r.a(69)), user: "svc-build", host: "acme.jfrog.io" }) },
  { name: "nexus-password", cat: "devtools", env: "NEXUS_PASSWORD", make: (r) => ({ value: r.str(22, ALNUM + "@#"), user: "deployer", host: "nexus.acme.internal" }) },
  { name: "circleci", cat: "devtools", env: "CIRCLECI_TOKEN", make: (r) => v(j("CCI", "PAT_", r.a(22), "_", r.h(40))) },
  { name: "buildkite", cat: "devtools", env: "BUILDKITE_API_TOKEN", make: (r) => v(j("bk", "ua_", r.h(40))) },
  { name: "terraform-cloud", cat: "devtools", env: "TFE_TOKEN", make: (r) => v(j(r.a(14), ".atlas", "v1.", r.a(67))) },
  { name: "pulumi", cat: "devtools", env: "PULUMI_ACCESS_TOKEN", make: (r) => v(j("pu", "l-", r.h(40))) },
  { name: "sonarqube", cat: "devtools", env: "SONAR_TOKEN", make: (r) => v(j("sq", "u_", r.h(40))) },
  { name: "argocd-token", cat: "devtools", env: "ARGOCD_AUTH_TOKEN", make: (r) => v(j("eyJ", "hbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.", b64(JSON.stringify({ iss: "argocd", sub: "ci:apiKey", jti: r.uuid() })).replace(/=+$/, ""), ".", r.str(43, ALNUM + "_-"))) },
  { name: "jenkins-api-token", cat: "devtools", env: "JENKINS_API_TOKEN", make: (r) => v(j("11", r.h(32))) },
  { name: "rubygems", cat: "devtools", env: "GEM_HOST_API_KEY", make: (r) => v(j("ruby", "gems_", r.h(48))) },
  // observability
  { name: "datadog-api", cat: "observability", env: "DD_API_KEY", make: (r) => v(r.h(32)) },
  { name: "datadog-app", cat: "observability", env: "DD_APP_KEY", make: (r) => v(r.h(40)) },
  { name: "newrelic-user", cat: "observability", env: "NEW_RELIC_API_KEY", make: (r) => v(j("NR", "AK-", r.str(27, UP + DIG))) },
  { name: "newrelic-license", cat: "observability", env: "NEW_RELIC_LICENSE_KEY", make: (r) => v(j(r.h(36), "NR", "AL")) },
  { name: "sentry-dsn", cat: "observability", env: "SENTRY_DSN", make: (r) => v(j("https://", r.h(32), "@o", r.str(6, DIG), ".ingest.sentry.io/", r.str(7, DIG))) },
  { name: "sentry-auth", cat: "observability", env: "SENTRY_AUTH_TOKEN", make: (r) => v(j("sntr", "ys_", "eyJpYXQiOjE3", r.str(120, ALNUM), "_", r.str(43, ALNUM + "+/"))) },
  { name: "grafana-sa", cat: "observability", env: "GRAFANA_TOKEN", make: (r) => v(j("gl", "sa_", r.a(32), "_", r.h(8))) },
  { name: "grafana-cloud", cat: "observability", env: "GRAFANA_CLOUD_API_KEY", make: (r) => v(j("gl", "c_", b64(JSON.stringify({ o: String(r.range(100000, 999999)), n: "stack-" + r.range(100, 999) + "-otlp", k: r.a(24), m: { r: "prod-eu-west-2" } })).replace(/=+$/, ""))) },
  { name: "honeycomb", cat: "observability", env: "HONEYCOMB_API_KEY", make: (r) => v(j("hc", "aik_", r.str(58, "0123456789abcdefghjkmnpqrstvwxyz"))) },
  { name: "pagerduty-routing", cat: "observability", env: "PAGERDUTY_ROUTING_KEY", make: (r) => v(r.h(32)) },
  { name: "splunk-hec", cat: "observability", env: "SPLUNK_HEC_TOKEN", make: (r) => v(r.uuid()) },
  { name: "dynatrace", cat: "observability", env: "DT_API_TOKEN", make: (r) => v(j("dt0", "c01.", r.str(24, UP + DIG), ".", r.str(64, UP + DIG))) },
  { name: "opsgenie", cat: "observability", env: "OPSGENIE_API_KEY", make: (r) => v(r.uuid()) },
  // payment
  { name: "stripe-secret", cat: "payment", env: "STRIPE_SECRET_KEY", make: (r) => v(j("sk", "_live_", "51", r.a(97))) },
  { name: "stripe-restricted", cat: "payment", env: "STRIPE_RESTRICTED_KEY", make: (r) => v(j("rk", "_live_", "51", r.a(97))) },
  { name: "stripe-webhook", cat: "payment", env: "STRIPE_WEBHOOK_SECRET", make: (r) => v(j("wh", "sec_", r.a(32))) },
  { name: "square", cat: "payment", env: "SQUARE_ACCESS_TOKEN", make: (r) => v(j("EA", "AA", r.str(60, ALNUM + "_-"))) },
  { name: "paypal-secret", cat: "payment", env: "PAYPAL_CLIENT_SECRET", make: (r) => v(j("E", r.str(79, ALNUM + "_-"))) },
  { name: "braintree-private", cat: "payment", env: "BRAINTREE_PRIVATE_KEY", make: (r) => v(r.h(32)) },
  { name: "razorpay-secret", cat: "payment", env: "RAZORPAY_KEY_SECRET", make: (r) => v(r.a(24)) },
  { name: "paystack", cat: "payment", env: "PAYSTACK_SECRET_KEY", make: (r) => v(j("sk", "_live_", r.h(40))) },
  { name: "mollie", cat: "payment", env: "MOLLIE_API_KEY", make: (r) => v(j("li", "ve_", r.a(30))) },
  { name: "adyen", cat: "payment", env: "ADYEN_API_KEY", make: (r) => v(j("AQ", "E", r.str(150, ALNUM + "+/=-"))) },
  { name: "flutterwave", cat: "payment", env: "FLW_SECRET_KEY", make: (r) => v(j("FLW", "SECK-", r.h(32), "-X")) },
  { name: "plaid-secret", cat: "payment", env: "PLAID_SECRET", make: (r) => v(r.h(30)) },
  // saas
  { name: "shopify-admin", cat: "saas", env: "SHOPIFY_ADMIN_TOKEN", make: (r) => v(j("sh", "pat_", r.h(32))) },
  { name: "atlassian", cat: "saas", env: "JIRA_API_TOKEN", make: (r) => v(j("ATATT", "3xFfGF0", r.str(170, ALNUM + "_-="), "=", r.str(8, UP + DIG))) },
  { name: "linear", cat: "saas", env: "LINEAR_API_KEY", make: (r) => v(j("lin", "_api_", r.a(40))) },
  { name: "notion", cat: "saas", env: "NOTION_TOKEN", make: (r) => v(j("nt", "n_", r.a(46))) },
  { name: "airtable", cat: "saas", env: "AIRTABLE_PAT", make: (r) => v(j("p", "at", r.a(14), ".", r.h(64))) },
  { name: "figma", cat: "saas", env: "FIGMA_TOKEN", make: (r) => v(j("fi", "gd_", r.str(40, ALNUM + "_-"))) },
  { name: "postman", cat: "saas", env: "POSTMAN_API_KEY", make: (r) => v(j("PM", "AK-", r.h(24), "-", r.h(34))) },
  { name: "hubspot", cat: "saas", env: "HUBSPOT_ACCESS_TOKEN", make: (r) => v(j("pat", "-na1-", r.uuid())) },
  { name: "zendesk", cat: "saas", env: "ZENDESK_API_TOKEN", make: (r) => v(r.a(40)) },
  { name: "contentful", cat: "saas", env: "CONTENTFUL_MANAGEMENT_TOKEN", make: (r) => v(j("CF", "PAT-", r.str(43, ALNUM + "_-"))) },
  { name: "algolia-admin", cat: "saas", env: "ALGOLIA_ADMIN_KEY", make: (r) => v(r.h(32)) },
  { name: "mapbox-secret", cat: "saas", env: "MAPBOX_SECRET_TOKEN", make: (r) => v(j("s", "k.eyJ1IjoiYWNtZSIsImEiOiJ", r.a(24), "In0.", r.str(22, ALNUM + "_-"))) },
  { name: "launchdarkly", cat: "saas", env: "LD_API_KEY", make: (r) => v(j("ap", "i-", r.uuid())) },
  // keys
  { name: "rsa-private", cat: "keys", env: "TLS_PRIVATE_KEY", make: (r) => v(pem(r, "RSA PRIVATE KEY", 1190)) },
  { name: "ec-private", cat: "keys", env: "SIGNING_KEY", make: (r) => v(pem(r, "EC PRIVATE KEY", 121)) },
  { name: "pkcs8-private", cat: "keys", env: "JWT_PRIVATE_KEY", make: (r) => v(pem(r, "PRIVATE KEY", 1218)) },
  { name: "openssh-private", cat: "keys", env: "DEPLOY_SSH_KEY", make: (r) => v(j("-----BEGIN OPENSSH ", "PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACA", r.b64(300).replace(/(.{70})/g, "$1\n"), "\n-----END OPENSSH ", "PRIVATE KEY-----")) },
  { name: "age-secret", cat: "keys", env: "SOPS_AGE_KEY", make: (r) => v(j("AGE-SECRET", "-KEY-1", r.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))) },
  { name: "jwk-private", cat: "keys", env: "OIDC_SIGNING_JWK", make: (r) => { const u = (n: number) => Buffer.from(r.bytes(n)).toString("base64url"); return v(JSON.stringify({ kty: "EC", crv: "P-256", kid: r.h(8), x: u(32), y: u(32), d: u(32) })); } },
  { name: "gcp-sa-json", cat: "keys", env: "GOOGLE_APPLICATION_CREDENTIALS_JSON", make: (r) => v(JSON.stringify({ type: "service_account", project_id: "acme-platform-" + r.range(100, 999), private_key_id: r.h(40), private_key: pem(r, "PRIVATE KEY", 600) + "\n", client_email: "ci-deployer@acme-platform.iam.gserviceaccount.com", client_id: r.str(21, DIG), token_uri: "https://oauth2.googleapis.com/token" })) },
  { name: "pgp-private", cat: "keys", env: "GPG_PRIVATE_KEY", make: (r) => v(j("-----BEGIN PGP ", "PRIVATE KEY BLOCK-----\n\nlQVYBG", r.b64(700).replace(/(.{64})/g, "$1\n"), "\n=", r.str(4, ALNUM), "\n-----END PGP ", "PRIVATE KEY BLOCK-----")) },
];

const CATS = ["ai", "auth", "cloud", "comms", "data", "devtools", "observability", "payment", "saas", "keys"];
const PER = 28;
const themed = RENDERERS.filter((x) => x.themed);
const plain = RENDERERS.filter((x) => !x.themed);
export const cases: CorpusCase[] = [];
export const rendererCount: Record<string, number> = {};
let n = 0;
let ti = 0, pi = 0;
for (const cat of CATS) {
  const ps = P.filter((p) => p.cat === cat);
  for (let i = 0; i < PER; i++) {
    const p = ps[i % ps.length]!;
    const made = p.make(r);
    const val = { provider: p.name, env: p.env, ...made };
    const multi = val.value.includes("\n") || p.cat === "keys";
    // two of three themed, one plain; rotate through each pool
    const useThemed = n % 3 !== 2;
    let rend;
    for (;;) {
      rend = useThemed ? themed[ti++ % themed.length]! : plain[pi++ % plain.length]!;
      if (!multi || rend.multi) break;
    }
    const out = rend.f(val, r);
    const id = `y153-p-${String(++n).padStart(3, "0")}`;
    check(id, out.text, out.needle ?? val.value);
    rendererCount[rend.name] = (rendererCount[rend.name] ?? 0) + 1;
    cases.push(mk(id, `heldouty153-sec-${cat}`, "positive", out.text, `${p.name} in ${p.env} via ${rend.name}${useThemed ? " (themed)" : ""}`));
  }
}
