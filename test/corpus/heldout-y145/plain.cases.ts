// Plain cross-section positives (no theme), rotated through the shared renderers. Seed 145002.
import { Rng, rotate, jwt, type Spec } from "./_gen.ts";
import type { CorpusCase } from "../types.ts";

const r = new Rng(145002);
const P = "heldouty145";

const specs: Spec[] = [
  { p: "Groq", cat: "ai", slot: "GROQ_API_KEY", key: "groqApiKey", host: "api.groq.com", gen: (r) => "gs" + "k_" + r.an(52) },
  { p: "OpenRouter", cat: "ai", slot: "OPENROUTER_API_KEY", key: "openrouterKey", host: "openrouter.ai", gen: (r) => "sk-" + "or-" + "v1-" + r.hex(64) },
  { p: "xAI", cat: "ai", slot: "XAI_API_KEY", key: "xaiApiKey", host: "api.x.ai", gen: (r) => "xa" + "i-" + r.an(80) },
  { p: "Replicate", cat: "ai", slot: "REPLICATE_API_TOKEN", key: "replicateToken", host: "api.replicate.com", gen: (r) => "r8" + "_" + r.an(37) },
  { p: "Okta", cat: "auth", slot: "OKTA_API_TOKEN", key: "oktaApiToken", hdr: "Authorization: SSWS ", host: "dev-1234567.okta.com", gen: (r) => "00" + r.b64u(40) },
  { p: "Auth0", cat: "auth", slot: "AUTH0_CLIENT_SECRET", key: "auth0ClientSecret", host: "tilequest.eu.auth0.com", gen: (r) => r.b64u(64) },
  { p: "Clerk", cat: "auth", slot: "CLERK_SECRET_KEY", key: "clerkSecretKey", host: "api.clerk.com", gen: (r) => "sk" + "_live_" + r.an(46) },
  { p: "JWT signing", cat: "auth", slot: "JWT_SECRET", key: "jwtSecret", gen: (r) => r.hex(64) },
  { p: "DigitalOcean", cat: "cloud", slot: "DIGITALOCEAN_TOKEN", key: "doToken", host: "api.digitalocean.com", gen: (r) => "do" + "p_v1_" + r.hex(64) },
  { p: "Cloudflare", cat: "cloud", slot: "CLOUDFLARE_API_TOKEN", key: "cloudflareApiToken", host: "api.cloudflare.com", gen: (r) => r.b64u(40) },
  { p: "Alibaba Cloud", cat: "cloud", slot: "ALIBABA_CLOUD_ACCESS_KEY_ID", key: "accessKeyId", host: "ecs.aliyuncs.com", gen: (r) => "LT" + "AI" + r.an(20) },
  { p: "Tencent Cloud", cat: "cloud", slot: "TENCENTCLOUD_SECRET_ID", key: "secretId", host: "cvm.tencentcloudapi.com", gen: (r) => "AK" + "ID" + r.an(32) },
  { p: "Slack", cat: "comms", slot: "SLACK_BOT_TOKEN", key: "slackBotToken", host: "slack.com", gen: (r) => "xo" + "xb-" + r.dig(12) + "-" + r.dig(13) + "-" + r.an(24) },
  { p: "SendGrid", cat: "comms", slot: "SENDGRID_API_KEY", key: "sendgridApiKey", host: "api.sendgrid.com", gen: (r) => "SG" + "." + r.b64u(22) + "." + r.b64u(43) },
  { p: "Telegram", cat: "comms", slot: "TELEGRAM_BOT_TOKEN", key: "botToken", host: "api.telegram.org", gen: (r) => r.dig(10) + ":" + "AA" + r.b64u(33) },
  { p: "Twilio", cat: "comms", slot: "TWILIO_AUTH_TOKEN", key: "twilioAuthToken", hdr: "Authorization: Basic ", host: "api.twilio.com", gen: (r) => r.hex(32) },
  { p: "PlanetScale", cat: "data", slot: "PLANETSCALE_PASSWORD", key: "password", host: "aws.connect.psdb.cloud", gen: (r) => "pscale" + "_pw_" + r.b64u(43) },
  { p: "Snowflake", cat: "data", slot: "SNOWFLAKE_PASSWORD", key: "snowflakePassword", gen: (r) => r.pw(20) },
  { p: "MySQL", cat: "data", slot: "MYSQL_URL", key: "mysqlUrl", gen: (r) => "mysql://" + "analytics:" + r.an(22) + "@10.0.4.21:3306/warehouse" },
  { p: "GitLab", cat: "devtools", slot: "GITLAB_TOKEN", key: "gitlabToken", hdr: "PRIVATE-TOKEN: ", host: "gitlab.com", gen: (r) => "glp" + "at-" + r.b64u(20) },
  { p: "npm", cat: "devtools", slot: "NPM_TOKEN", key: "npmToken", host: "registry.npmjs.org", gen: (r) => "np" + "m_" + r.an(36) },
  { p: "Docker Hub", cat: "devtools", slot: "DOCKERHUB_TOKEN", key: "dockerToken", host: "hub.docker.com", gen: (r) => "dckr" + "_pat_" + r.b64u(27) },
  { p: "GitHub fine-grained", cat: "devtools", slot: "GH_TOKEN", key: "githubToken", host: "api.github.com", gen: (r) => "github" + "_pat_" + r.an(22) + "_" + r.an(59) },
  { p: "Grafana", cat: "observability", slot: "GRAFANA_SA_TOKEN", key: "grafanaToken", host: "tilequest.grafana.net", gen: (r) => "gl" + "sa_" + r.an(32) + "_" + r.hex(8) },
  { p: "New Relic", cat: "observability", slot: "NEW_RELIC_API_KEY", key: "newRelicApiKey", hdr: "Api-Key: ", host: "api.eu.newrelic.com", gen: (r) => "NR" + "AK-" + r.upn(27) },
  { p: "Honeycomb", cat: "observability", slot: "HONEYCOMB_API_KEY", key: "honeycombApiKey", hdr: "X-Honeycomb-Team: ", host: "api.honeycomb.io", gen: (r) => r.an(22) },
  { p: "Stripe restricted", cat: "payment", slot: "STRIPE_RESTRICTED_KEY", key: "stripeKey", host: "api.stripe.com", gen: (r) => "rk" + "_live_" + r.an(99) },
  { p: "PayPal", cat: "payment", slot: "PAYPAL_CLIENT_SECRET", key: "paypalClientSecret", host: "api-m.paypal.com", gen: (r) => "E" + r.b64u(79) },
  { p: "Square", cat: "payment", slot: "SQUARE_ACCESS_TOKEN", key: "squareAccessToken", host: "connect.squareup.com", gen: (r) => "EA" + "AA" + r.b64u(60) },
  { p: "Notion", cat: "saas", slot: "NOTION_TOKEN", key: "notionToken", host: "api.notion.com", gen: (r) => "nt" + "n_" + r.dig(11) + r.an(35) },
  { p: "Linear", cat: "saas", slot: "LINEAR_API_KEY", key: "linearApiKey", host: "api.linear.app", gen: (r) => "lin" + "_api_" + r.an(40) },
  { p: "Shopify", cat: "saas", slot: "SHOPIFY_ADMIN_TOKEN", key: "shopifyAccessToken", hdr: "X-Shopify-Access-Token: ", host: "tilequest-merch.myshopify.com", gen: (r) => "shp" + "at_" + r.hex(32) },
  { p: "HubSpot", cat: "saas", slot: "HUBSPOT_PRIVATE_APP_TOKEN", key: "hubspotToken", host: "api.hubapi.com", gen: (r) => "pat" + "-eu1-" + r.uuid() },
  { p: "Lemon Squeezy", cat: "payment", slot: "LEMONSQUEEZY_API_KEY", key: "lemonApiKey", host: "api.lemonsqueezy.com", gen: (r) => jwt(r, { typ: "JWT", alg: "RS256" }, { aud: "94d59cef-dbb8-4ea5-b178-d2540fcd6919", jti: r.hex(80), iat: 1790000000 + r.int(999999), sub: String(r.range(100000, 999999)), scopes: [] }, 342) },
];

export const cases: CorpusCase[] = rotate(r, specs, 3, "y145-p", P, 17);
