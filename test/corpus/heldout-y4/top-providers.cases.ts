// heldout-y4: single tokens of the most commonly held providers, round-robin over outbound contexts.
import type { CorpusCase } from "../types.ts";
import { build, type Spec } from "./_ctx.ts";
import { mk, j, B32, UP, DIG, ANU, BECH } from "./_gen.ts";

const g = mk(0x4a41);
const S = (gr: string, p: string, v: string, t: () => string, o: Partial<Spec> = {}): Spec => ({ g: gr, p, v, t, ...o });
const snow = () => g.dig(18);

const specs: Spec[] = [
  // cloud
  S("cloud", "AWS", "AWS_SECRET_ACCESS_KEY", () => g.b64(40), { host: "sts.amazonaws.com" }),
  S("cloud", "AWS", "AWS_SECRET_ACCESS_KEY", () => g.b64(40), { host: "s3.amazonaws.com" }),
  S("cloud", "Google Cloud", "GOOGLE_API_KEY", () => j("AI", "za", "Sy", g.b64u(33)), { host: "generativelanguage.googleapis.com", q: "key", bare: true }),
  S("cloud", "Google Maps", "MAPS_SERVER_KEY", () => j("AI", "za", "Sy", g.b64u(33)), { host: "maps.googleapis.com", q: "key", bare: true }),
  S("cloud", "Azure Storage", "AZURE_STORAGE_KEY", () => j(g.b64(86), "=="), { host: "acmeprod.blob.core.windows.net" }),
  S("cloud", "Azure AD", "AZURE_CLIENT_SECRET", () => j(g.an(3), "8Q", "~", g.s(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.~-")), { host: "login.microsoftonline.com" }),
  S("cloud", "DigitalOcean", "DIGITALOCEAN_TOKEN", () => j("do", "p_v1_", g.hex(64)), { host: "api.digitalocean.com", bare: true }),
  S("cloud", "Heroku", "HEROKU_API_KEY", () => j("HR", "KU-AA", g.b64u(58)), { host: "api.heroku.com", bare: true }),
  S("cloud", "Cloudflare", "CLOUDFLARE_API_TOKEN", () => g.b64u(40), { host: "api.cloudflare.com" }),
  S("cloud", "Cloudflare", "CF_API_KEY", () => g.hex(37), { host: "api.cloudflare.com", h: "X-Auth-Key: {}" }),
  S("cloud", "Netlify", "NETLIFY_AUTH_TOKEN", () => j("nf", "p_", g.an(36)), { host: "api.netlify.com", bare: true }),
  S("cloud", "Vercel", "VERCEL_TOKEN", () => g.an(24), { host: "api.vercel.com" }),
  S("cloud", "Fly.io", "FLY_API_TOKEN", () => j("Fly", "V1 fm2_", g.b64(180), "==,fm2_", g.b64(120)), { host: "api.machines.dev" }),
  // devtools
  S("devtools", "GitHub", "GITHUB_TOKEN", () => j("gh", "p_", g.an(36)), { host: "api.github.com", bare: true }),
  S("devtools", "GitHub", "GH_TOKEN", () => j("gh", "p_", g.an(36)), { host: "api.github.com", bare: true }),
  S("devtools", "GitHub", "GITHUB_PAT", () => j("git", "hub_pat_", g.anu(22), "_", g.an(59)), { host: "api.github.com", bare: true }),
  S("devtools", "GitHub", "GITHUB_PAT", () => j("git", "hub_pat_", g.anu(22), "_", g.an(59)), { host: "api.github.com", bare: true }),
  S("devtools", "GitHub App", "GITHUB_INSTALLATION_TOKEN", () => j("gh", "s_", g.an(36)), { host: "api.github.com", bare: true }),
  S("devtools", "GitHub OAuth", "GITHUB_OAUTH_TOKEN", () => j("gh", "o_", g.an(36)), { host: "api.github.com", bare: true }),
  S("devtools", "GitHub App", "GITHUB_USER_TOKEN", () => j("gh", "u_", g.an(36)), { host: "api.github.com", bare: true }),
  S("devtools", "GitLab", "GITLAB_TOKEN", () => j("gl", "pat-", g.b64u(20)), { host: "gitlab.com", h: "PRIVATE-TOKEN: {}", q: "private_token", bare: true }),
  S("devtools", "GitLab", "CI_DEPLOY_TOKEN", () => j("gl", "pat-", g.b64u(20)), { host: "gitlab.com", h: "PRIVATE-TOKEN: {}", bare: true }),
  S("devtools", "Bitbucket", "BITBUCKET_APP_PASSWORD", () => j("AT", "BB", g.an(32)), { host: "api.bitbucket.org", bare: true }),
  S("devtools", "npm", "NPM_TOKEN", () => j("np", "m_", g.an(36)), { host: "registry.npmjs.org", bare: true }),
  S("devtools", "npm", "NODE_AUTH_TOKEN", () => j("np", "m_", g.an(36)), { host: "registry.npmjs.org", bare: true }),
  S("devtools", "PyPI", "TWINE_PASSWORD", () => j("py", "pi-", "AgEIcHlwaS5vcmcCJD", g.b64u(160)), { host: "upload.pypi.org", bare: true }),
  S("devtools", "Docker Hub", "DOCKERHUB_TOKEN", () => j("dc", "kr_pat_", g.b64u(27)), { host: "hub.docker.com", bare: true }),
  S("devtools", "Terraform Cloud", "TFE_TOKEN", () => j(g.an(14), ".at", "lasv1.", g.an(67)), { host: "app.terraform.io", bare: true }),
  S("devtools", "Postman", "POSTMAN_API_KEY", () => j("PM", "AK-", g.hex(24), "-", g.hex(34)), { host: "api.getpostman.com", h: "X-Api-Key: {}", bare: true }),
  S("devtools", "Sentry", "SENTRY_AUTH_TOKEN", () => j("sntr", "yu_", g.hex(64)), { host: "sentry.io", bare: true }),
  // ai
  S("ai", "OpenAI", "OPENAI_API_KEY", () => j("sk-", "proj-", g.b64u(58), "T3Blb", "kFJ", g.b64u(58)), { host: "api.openai.com", bare: true }),
  S("ai", "OpenAI", "OPENAI_API_KEY", () => j("sk-", "proj-", g.b64u(58), "T3Blb", "kFJ", g.b64u(58)), { host: "api.openai.com", bare: true }),
  S("ai", "OpenAI", "OPENAI_ADMIN_KEY", () => j("sk-", "admin-", g.b64u(58), "T3Blb", "kFJ", g.b64u(58)), { host: "api.openai.com", bare: true }),
  S("ai", "OpenAI", "OPENAI_API_KEY", () => j("sk-", g.an(20), "T3Blb", "kFJ", g.an(20)), { host: "api.openai.com", bare: true }),
  S("ai", "Anthropic", "ANTHROPIC_API_KEY", () => j("sk-", "ant-api03-", g.b64u(93), "AA"), { host: "api.anthropic.com", h: "x-api-key: {}", bare: true }),
  S("ai", "Anthropic", "ANTHROPIC_API_KEY", () => j("sk-", "ant-api03-", g.b64u(93), "AA"), { host: "api.anthropic.com", h: "x-api-key: {}", bare: true }),
  S("ai", "Anthropic", "ANTHROPIC_ADMIN_KEY", () => j("sk-", "ant-admin01-", g.b64u(93), "AA"), { host: "api.anthropic.com", h: "x-api-key: {}", bare: true }),
  S("ai", "Hugging Face", "HF_TOKEN", () => j("h", "f_", g.s(34, UP + "abcdefghijklmnopqrstuvwxyz")), { host: "huggingface.co", bare: true }),
  S("ai", "Hugging Face", "HUGGINGFACEHUB_API_TOKEN", () => j("h", "f_", g.s(34, UP + "abcdefghijklmnopqrstuvwxyz")), { host: "api-inference.huggingface.co", bare: true }),
  S("ai", "Cohere", "COHERE_API_KEY", () => g.an(40), { host: "api.cohere.com" }),
  S("ai", "Mistral", "MISTRAL_API_KEY", () => g.an(32), { host: "api.mistral.ai" }),
  S("ai", "Groq", "GROQ_API_KEY", () => j("gs", "k_", g.an(52)), { host: "api.groq.com", bare: true }),
  S("ai", "Replicate", "REPLICATE_API_TOKEN", () => j("r8", "_", g.an(37)), { host: "api.replicate.com", bare: true }),
  S("ai", "Perplexity", "PERPLEXITY_API_KEY", () => j("pp", "lx-", g.an(48)), { host: "api.perplexity.ai", bare: true }),
  S("ai", "Google AI Studio", "GEMINI_API_KEY", () => j("AI", "za", "Sy", g.b64u(33)), { host: "generativelanguage.googleapis.com", h: "x-goog-api-key: {}", bare: true }),
  // payment
  S("payment", "Stripe", "STRIPE_SECRET_KEY", () => j("sk", "_live_", "51", g.an(97)), { host: "api.stripe.com", bare: true }),
  S("payment", "Stripe", "STRIPE_SECRET_KEY", () => j("sk", "_live_", g.an(24)), { host: "api.stripe.com", bare: true }),
  S("payment", "Stripe", "STRIPE_RESTRICTED_KEY", () => j("rk", "_live_", "51", g.an(97)), { host: "api.stripe.com", bare: true }),
  S("payment", "Stripe", "STRIPE_WEBHOOK_SECRET", () => j("wh", "sec_", g.an(32)), { host: "api.stripe.com", bare: true }),
  S("payment", "Square", "SQUARE_ACCESS_TOKEN", () => j("EA", "AA", g.b64u(60)), { host: "connect.squareup.com", bare: true }),
  S("payment", "Square", "SQUARE_APP_SECRET", () => j("sq0", "csp-", g.b64u(43)), { host: "connect.squareup.com", bare: true }),
  S("payment", "Braintree", "BRAINTREE_ACCESS_TOKEN", () => j("access_", "token$production$", g.anl(16), "$", g.hex(32)), { host: "api.braintreegateway.com", bare: true }),
  S("payment", "PayPal", "PAYPAL_CLIENT_SECRET", () => j("E", g.b64u(79)), { host: "api-m.paypal.com" }),
  S("payment", "Shopify", "SHOPIFY_ACCESS_TOKEN", () => j("sh", "pat_", g.hex(32)), { host: "acme-store.myshopify.com", h: "X-Shopify-Access-Token: {}", bare: true }),
  S("payment", "Shopify", "SHOPIFY_API_SECRET", () => j("sh", "pss_", g.hex(32)), { host: "acme-store.myshopify.com", bare: true }),
  // comms
  S("comms", "Slack", "SLACK_BOT_TOKEN", () => j("xo", "xb-", g.dig(11), "-", g.dig(13), "-", g.an(24)), { host: "slack.com", bare: true }),
  S("comms", "Slack", "SLACK_BOT_TOKEN", () => j("xo", "xb-", g.dig(12), "-", g.dig(13), "-", g.an(24)), { host: "slack.com", bare: true }),
  S("comms", "Slack", "SLACK_USER_TOKEN", () => j("xo", "xp-", g.dig(11), "-", g.dig(12), "-", g.dig(13), "-", g.hex(32)), { host: "slack.com", bare: true }),
  S("comms", "Slack", "SLACK_APP_TOKEN", () => j("xa", "pp-1-A", g.anu(10), "-", g.dig(13), "-", g.hex(64)), { host: "slack.com", bare: true }),
  S("comms", "Discord", "DISCORD_BOT_TOKEN", () => j(Buffer.from(snow()).toString("base64").replace(/=+$/, ""), ".", g.b64u(6), ".", g.b64u(38)), { host: "discord.com", h: "Authorization: Bot {}", bare: true }),
  S("comms", "Telegram", "TELEGRAM_BOT_TOKEN", () => j(g.dig(10), ":AA", g.b64u(33)), { host: "api.telegram.org", bare: true }),
  S("comms", "Telegram", "TG_BOT_TOKEN", () => j(g.dig(10), ":AA", g.b64u(33)), { host: "api.telegram.org", bare: true }),
  S("comms", "Twilio", "TWILIO_AUTH_TOKEN", () => g.hex(32), { host: "api.twilio.com" }),
  S("comms", "SendGrid", "SENDGRID_API_KEY", () => j("S", "G.", g.b64u(22), ".", g.b64u(43)), { host: "api.sendgrid.com", bare: true }),
  S("comms", "SendGrid", "SMTP_PASSWORD", () => j("S", "G.", g.b64u(22), ".", g.b64u(43)), { host: "api.sendgrid.com", bare: true }),
  S("comms", "Mailgun", "MAILGUN_API_KEY", () => j(g.hex(32), "-", g.hex(8), "-", g.hex(8)), { host: "api.mailgun.net" }),
  S("comms", "Mailgun", "MAILGUN_API_KEY", () => j("ke", "y-", g.hex(32)), { host: "api.eu.mailgun.net" }),
  S("comms", "Mailchimp", "MAILCHIMP_API_KEY", () => j(g.hex(32), "-us", String(g.int(2, 21))), { host: "us14.api.mailchimp.com" }),
  // saas
  S("saas", "Atlassian", "JIRA_API_TOKEN", () => j("ATA", "TT3xFfGF0", g.b64u(170), "=", g.s(8, "0123456789ABCDEF")), { host: "acme.atlassian.net", bare: true }),
  S("saas", "Linear", "LINEAR_API_KEY", () => j("lin", "_api_", g.an(40)), { host: "api.linear.app", bare: true }),
  S("saas", "Notion", "NOTION_TOKEN", () => j("nt", "n_", g.dig(11), g.an(35)), { host: "api.notion.com", bare: true }),
  S("saas", "Notion", "NOTION_API_KEY", () => j("sec", "ret_", g.an(43)), { host: "api.notion.com" }),
  S("saas", "Airtable", "AIRTABLE_TOKEN", () => j("p", "at", g.an(14), ".", g.hex(64)), { host: "api.airtable.com", bare: true }),
  S("saas", "Figma", "FIGMA_TOKEN", () => j("fi", "gd_", g.b64u(40)), { host: "api.figma.com", h: "X-Figma-Token: {}", bare: true }),
  S("saas", "Shopify Partners", "SHOPIFY_CUSTOM_APP_TOKEN", () => j("sh", "pca_", g.hex(32)), { host: "acme.myshopify.com", bare: true }),
  // observability
  S("obs", "Datadog", "DD_API_KEY", () => g.hex(32), { host: "api.datadoghq.com", h: "DD-API-KEY: {}" }),
  S("obs", "Datadog", "DD_APP_KEY", () => g.hex(40), { host: "api.datadoghq.eu", h: "DD-APPLICATION-KEY: {}" }),
  S("obs", "New Relic", "NEW_RELIC_API_KEY", () => j("NR", "AK-", g.anu(27)), { host: "api.newrelic.com", h: "Api-Key: {}", bare: true }),
  S("obs", "New Relic", "NEW_RELIC_LICENSE_KEY", () => j(g.hex(36), "NR", "AL"), { host: "log-api.newrelic.com", h: "X-License-Key: {}" }),
  S("obs", "Grafana", "GRAFANA_SERVICE_ACCOUNT_TOKEN", () => j("gl", "sa_", g.an(32), "_", g.hex(8)), { host: "acme.grafana.net", bare: true }),
  S("obs", "Grafana Cloud", "GRAFANA_CLOUD_TOKEN", () => j("gl", "c_", "eyJvIjoi", g.b64(120), "fQ=="), { host: "grafana.com", bare: true }),
  S("obs", "Sentry", "SENTRY_ORG_TOKEN", () => j("sntr", "ys_", "eyJpYXQiOj", g.b64(110), "_", g.b64u(43)), { host: "sentry.io", bare: true }),
  // data
  S("data", "Supabase", "SUPABASE_ACCESS_TOKEN", () => j("sb", "p_", g.hex(40)), { host: "api.supabase.com", bare: true }),
  S("data", "Supabase", "SUPABASE_SECRET_KEY", () => j("sb", "_secret_", g.b64u(31)), { host: "xyzcompany.supabase.co", h: "apikey: {}", bare: true }),
  S("data", "PlanetScale", "PLANETSCALE_SERVICE_TOKEN", () => j("psc", "ale_tkn_", g.b64u(43)), { host: "api.planetscale.com", bare: true }),
  S("data", "Neon", "NEON_API_KEY", () => j("na", "pi_", g.anl(64)), { host: "console.neon.tech", bare: true }),
  S("data", "MongoDB Atlas", "ATLAS_PRIVATE_KEY", () => g.uuid(), { host: "cloud.mongodb.com" }),
  // auth / secret managers
  S("auth", "Okta", "OKTA_API_TOKEN", () => j("00", g.b64u(40)), { host: "acme.okta.com", h: "Authorization: SSWS {}" }),
  S("auth", "Auth0", "AUTH0_CLIENT_SECRET", () => g.b64u(64), { host: "acme.us.auth0.com" }),
  S("auth", "Google OAuth", "GOOGLE_CLIENT_SECRET", () => j("GOC", "SPX-", g.b64u(28)), { host: "oauth2.googleapis.com", bare: true }),
  S("auth", "HashiCorp Vault", "VAULT_TOKEN", () => j("hv", "s.", g.an(24)), { host: "vault.internal.acme.io:8200", h: "X-Vault-Token: {}", bare: true }),
  S("auth", "HashiCorp Vault", "VAULT_TOKEN", () => j("hv", "s.CAESI", g.b64u(86)), { host: "vault.acme.io", h: "X-Vault-Token: {}", bare: true }),
  S("auth", "Doppler", "DOPPLER_TOKEN", () => j("dp", ".st.prd.", g.an(43)), { host: "api.doppler.com", bare: true }),
  S("auth", "Doppler", "DOPPLER_TOKEN", () => j("dp", ".pt.", g.an(43)), { host: "api.doppler.com", bare: true }),
  S("auth", "1Password", "OP_SERVICE_ACCOUNT_TOKEN", () => j("op", "s_", "eyJzaWduSW5BZGRyZXNzIjoi", g.b64(260)), { host: "my.1password.com", bare: true }),
  S("auth", "JWT signing", "JWT_SECRET", () => g.b64u(64), { host: "auth.acme.io" }),
  S("auth", "Session", "SESSION_SECRET", () => g.hex(64), { host: "app.acme.io" }),
  S("auth", "GitHub webhook", "GITHUB_WEBHOOK_SECRET", () => g.hex(40), { host: "hooks.acme.io" }),
  // keys
  S("keys", "age", "SOPS_AGE_KEY", () => j("AGE-SE", "CRET-KEY-1", g.s(58, BECH)), { host: "ci.acme.io", bare: true }),
  S("keys", "age", "AGE_SECRET_KEY", () => j("AGE-SE", "CRET-KEY-1", g.s(58, BECH)), { host: "ci.acme.io", bare: true }),
];
void B32; void DIG; void ANU;

export const cases: CorpusCase[] = build("y4-t-", specs, 0);
