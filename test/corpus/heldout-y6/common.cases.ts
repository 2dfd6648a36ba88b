// Positives: the ~60 providers developers hold most often, each in two rotating contexts.
import type { CorpusCase } from "../types.ts";
import { AL, build, Gen, type Entry } from "./_gen.ts";

const P = (a: string, b: string) => a + b; // keep prefixes split in source

const E: Entry[] = [
  { prov: "AWS", group: "cloud", host: "sts.amazonaws.com", n: 3, kv: (g) => [["AWS_ACCESS_KEY_ID", P("AK", "IA") + g.s(16, AL.b32)], ["AWS_SECRET_ACCESS_KEY", g.b64(40)]] },
  { prov: "AWS STS", group: "cloud", kv: (g) => [["AWS_ACCESS_KEY_ID", P("AS", "IA") + g.s(16, AL.b32)], ["AWS_SECRET_ACCESS_KEY", g.b64(40)], ["AWS_SESSION_TOKEN", P("IQoJb3JpZ2luX2Vj", "EJ") + g.b64(300)]] },
  { prov: "GCP", group: "cloud", host: "generativelanguage.googleapis.com", hdr: "x-goog-api-key: ", n: 2, kv: (g) => [["GOOGLE_API_KEY", P("AI", "za") + g.s(35, AL.alnum + "-_")]] },
  { prov: "Google OAuth", group: "auth", host: "oauth2.googleapis.com", n: 2, kv: (g) => [["GOOGLE_CLIENT_ID", `${g.dig(12)}-${g.la(32)}.apps.googleusercontent.com`], ["GOOGLE_CLIENT_SECRET", P("GOC", "SPX-") + g.s(28, AL.alnum + "-_")]] },
  { prov: "Azure Storage", group: "cloud", n: 2, kv: (g) => [["AZURE_STORAGE_CONNECTION_STRING", `DefaultEndpointsProtocol=https;AccountName=acmeprod${g.la(4)};AccountKey=${g.b64(86)}==;EndpointSuffix=core.windows.net`]] },
  { prov: "Azure AD", group: "cloud", host: "login.microsoftonline.com", n: 2, kv: (g) => [["AZURE_TENANT_ID", g.uuid()], ["AZURE_CLIENT_ID", g.uuid()], ["AZURE_CLIENT_SECRET", g.s(3, AL.alnum) + P("8", "Q~") + g.s(34, AL.alnum + "_.~-")]] },
  { prov: "GitHub classic", group: "devtools", host: "api.github.com", solo: true, n: 2, kv: (g) => [["GITHUB_TOKEN", P("gh", "p_") + g.an(36)]] },
  { prov: "GitHub fine-grained", group: "devtools", host: "api.github.com", solo: true, n: 2, kv: (g) => [["GH_TOKEN", P("github", "_pat_") + g.s(22, AL.upalnum) + "_" + g.an(59)]] },
  { prov: "GitHub App", group: "devtools", host: "api.github.com", kv: (g) => [["GITHUB_INSTALLATION_TOKEN", P("gh", "s_") + g.an(36)]] },
  { prov: "GitHub OAuth", group: "devtools", host: "api.github.com", kv: (g) => [["GITHUB_OAUTH_TOKEN", P("gh", "o_") + g.an(36)]] },
  { prov: "GitLab", group: "devtools", host: "gitlab.com", hdr: "PRIVATE-TOKEN: ", solo: true, n: 2, kv: (g) => [["GITLAB_TOKEN", P("glp", "at-") + g.s(20, AL.alnum + "-_")]] },
  { prov: "GitLab runner", group: "devtools", host: "gitlab.com", kv: (g) => [["CI_RUNNER_TOKEN", P("glr", "t-") + g.s(20, AL.alnum + "-_")]] },
  { prov: "Bitbucket", group: "devtools", host: "api.bitbucket.org", n: 2, kv: (g) => [["BITBUCKET_USERNAME", "deploy-bot"], ["BITBUCKET_APP_PASSWORD", P("AT", "BB") + g.an(28) + g.s(8, AL.HEX)]] },
  { prov: "npm", group: "devtools", host: "registry.npmjs.org", solo: true, n: 2, kv: (g) => [["NPM_TOKEN", P("np", "m_") + g.an(36)]] },
  { prov: "PyPI", group: "devtools", host: "upload.pypi.org", solo: true, n: 2, kv: (g) => [["TWINE_PASSWORD", P("pypi-AgEIcHlwaS5v", "cmc") + g.b64u(150)]] },
  { prov: "Docker Hub", group: "devtools", host: "hub.docker.com", solo: true, n: 2, kv: (g) => [["DOCKERHUB_TOKEN", P("dckr", "_pat_") + g.s(27, AL.alnum + "-_")]] },
  { prov: "Slack bot", group: "comms", host: "slack.com", solo: true, n: 2, kv: (g) => [["SLACK_BOT_TOKEN", P("xo", "xb-") + g.dig(12) + "-" + g.dig(13) + "-" + g.an(24)]] },
  { prov: "Slack user", group: "comms", host: "slack.com", kv: (g) => [["SLACK_USER_TOKEN", P("xo", "xp-") + g.dig(12) + "-" + g.dig(12) + "-" + g.dig(13) + "-" + g.hex(32)]] },
  { prov: "Slack app", group: "comms", host: "slack.com", kv: (g) => [["SLACK_APP_TOKEN", P("xa", "pp-1-") + "A0" + g.ua(9) + "-" + g.dig(13) + "-" + g.hex(64)]] },
  { prov: "Slack webhook", group: "comms", n: 2, kv: (g) => [["SLACK_WEBHOOK_URL", P("https://hooks.slack", ".com/services/") + "T0" + g.ua(8) + "/B0" + g.ua(8) + "/" + g.an(24)]] },
  { prov: "Discord bot", group: "comms", host: "discord.com", hdr: "Authorization: Bot ", n: 2, kv: (g) => [["DISCORD_BOT_TOKEN", Buffer.from(g.dig(19)).toString("base64").replace(/=+$/, "") + "." + g.b64u(6) + "." + g.b64u(38)]] },
  { prov: "Discord webhook", group: "comms", kv: (g) => [["DISCORD_WEBHOOK", P("https://discord.com/api/", "webhooks/") + g.dig(19) + "/" + g.b64u(68)]] },
  { prov: "Telegram", group: "comms", host: "api.telegram.org", solo: true, n: 2, kv: (g) => [["TELEGRAM_BOT_TOKEN", g.dig(10) + P(":", "AA") + g.s(33, AL.alnum + "-_")]] },
  { prov: "Stripe", group: "payment", host: "api.stripe.com", solo: true, n: 2, kv: (g) => [["STRIPE_SECRET_KEY", P("sk", "_live_") + "51" + g.an(97)]] },
  { prov: "Stripe restricted", group: "payment", host: "api.stripe.com", kv: (g) => [["STRIPE_RESTRICTED_KEY", P("rk", "_live_") + "51" + g.an(97)]] },
  { prov: "Stripe webhook", group: "payment", kv: (g) => [["STRIPE_WEBHOOK_SECRET", P("wh", "sec_") + g.an(32)]] },
  { prov: "Twilio", group: "comms", host: "api.twilio.com", n: 2, kv: (g) => [["TWILIO_ACCOUNT_SID", P("A", "C") + g.hex(32)], ["TWILIO_AUTH_TOKEN", g.hex(32)]] },
  { prov: "Twilio API key", group: "comms", kv: (g) => [["TWILIO_API_KEY", P("S", "K") + g.hex(32)], ["TWILIO_API_SECRET", g.an(32)]] },
  { prov: "SendGrid", group: "comms", host: "api.sendgrid.com", solo: true, n: 2, kv: (g) => [["SENDGRID_API_KEY", P("S", "G.") + g.b64u(22) + "." + g.b64u(43)]] },
  { prov: "Mailgun", group: "comms", host: "api.mailgun.net", n: 2, kv: (g) => [["MAILGUN_API_KEY", P("ke", "y-") + g.hex(32)]] },
  { prov: "Mailchimp", group: "comms", host: "us21.api.mailchimp.com", n: 2, kv: (g) => [["MAILCHIMP_API_KEY", g.hex(32) + "-us" + g.int(2, 21)]] },
  { prov: "OpenAI", group: "ai", host: "api.openai.com", solo: true, n: 3, kv: (g) => [["OPENAI_API_KEY", P("sk-", "proj-") + g.s(74, AL.alnum + "-_") + "T3Blbk" + "FJ" + g.s(74, AL.alnum + "-_")]] },
  { prov: "OpenAI service account", group: "ai", host: "api.openai.com", kv: (g) => [["OPENAI_API_KEY", P("sk-svc", "acct-") + g.s(74, AL.alnum + "-_") + "T3Blbk" + "FJ" + g.s(74, AL.alnum + "-_")]] },
  { prov: "Anthropic", group: "ai", host: "api.anthropic.com", hdr: "x-api-key: ", solo: true, n: 3, kv: (g) => [["ANTHROPIC_API_KEY", P("sk-ant-", "api03-") + g.s(93, AL.alnum + "-_") + "AA"]] },
  { prov: "Anthropic admin", group: "ai", host: "api.anthropic.com", hdr: "x-api-key: ", kv: (g) => [["ANTHROPIC_ADMIN_KEY", P("sk-ant-", "admin01-") + g.s(93, AL.alnum + "-_") + "AA"]] },
  { prov: "Hugging Face", group: "ai", host: "huggingface.co", solo: true, n: 2, kv: (g) => [["HF_TOKEN", P("h", "f_") + g.s(34, AL.up + AL.low)]] },
  { prov: "Cohere", group: "ai", host: "api.cohere.com", kv: (g) => [["COHERE_API_KEY", g.an(40)]] },
  { prov: "Mistral", group: "ai", host: "api.mistral.ai", kv: (g) => [["MISTRAL_API_KEY", g.an(32)]] },
  { prov: "Groq", group: "ai", host: "api.groq.com", solo: true, n: 2, kv: (g) => [["GROQ_API_KEY", P("gs", "k_") + g.an(52)]] },
  { prov: "Replicate", group: "ai", host: "api.replicate.com", kv: (g) => [["REPLICATE_API_TOKEN", P("r8", "_") + g.an(37)]] },
  { prov: "Perplexity", group: "ai", host: "api.perplexity.ai", kv: (g) => [["PERPLEXITY_API_KEY", P("pp", "lx-") + g.an(48)]] },
  { prov: "Shopify", group: "saas", host: "acme-store.myshopify.com", hdr: "X-Shopify-Access-Token: ", n: 2, kv: (g) => [["SHOPIFY_ACCESS_TOKEN", P("shp", "at_") + g.hex(32)]] },
  { prov: "Square", group: "payment", host: "connect.squareup.com", kv: (g) => [["SQUARE_ACCESS_TOKEN", P("EA", "AA") + g.s(60, AL.alnum + "-_")]] },
  { prov: "Braintree", group: "payment", kv: (g) => [["BRAINTREE_ACCESS_TOKEN", P("access_token$", "production$") + g.la(16) + "$" + g.hex(32)]] },
  { prov: "PayPal", group: "payment", host: "api-m.paypal.com", kv: (g) => [["PAYPAL_CLIENT_ID", "A" + g.s(79, AL.alnum + "-_")], ["PAYPAL_CLIENT_SECRET", "E" + g.s(79, AL.alnum + "-_")]] },
  { prov: "Atlassian", group: "saas", host: "acme.atlassian.net", n: 2, kv: (g) => [["JIRA_API_TOKEN", P("ATATT3x", "FfGF0") + g.s(170, AL.alnum + "-_") + "=" + g.s(8, AL.HEX)]] },
  { prov: "Linear", group: "saas", host: "api.linear.app", hdr: "Authorization: ", kv: (g) => [["LINEAR_API_KEY", P("lin_", "api_") + g.an(40)]] },
  { prov: "Notion", group: "saas", host: "api.notion.com", n: 2, kv: (g) => [["NOTION_TOKEN", P("nt", "n_") + g.dig(11) + g.an(35)]] },
  { prov: "Airtable", group: "saas", host: "api.airtable.com", kv: (g) => [["AIRTABLE_PAT", P("pa", "t") + g.an(14) + "." + g.hex(64)]] },
  { prov: "Figma", group: "saas", host: "api.figma.com", hdr: "X-Figma-Token: ", kv: (g) => [["FIGMA_TOKEN", P("fig", "d_") + g.s(40, AL.alnum + "-_")]] },
  { prov: "Postman", group: "devtools", host: "api.getpostman.com", hdr: "X-Api-Key: ", kv: (g) => [["POSTMAN_API_KEY", P("PM", "AK-") + g.hex(24) + "-" + g.hex(34)]] },
  { prov: "Datadog", group: "observability", host: "api.datadoghq.com", hdr: "DD-API-KEY: ", n: 2, kv: (g) => [["DD_API_KEY", g.hex(32)], ["DD_APP_KEY", g.hex(40)]] },
  { prov: "New Relic", group: "observability", host: "api.newrelic.com", hdr: "Api-Key: ", n: 2, kv: (g) => [["NEW_RELIC_API_KEY", P("NR", "AK-") + g.ua(27)]] },
  { prov: "Sentry", group: "observability", host: "sentry.io", kv: (g) => [["SENTRY_AUTH_TOKEN", P("sntr", "yu_") + g.hex(64)]] },
  { prov: "Grafana", group: "observability", host: "acme.grafana.net", n: 2, kv: (g) => [["GRAFANA_SERVICE_ACCOUNT_TOKEN", P("gl", "sa_") + g.an(32) + "_" + g.hex(8)]] },
  { prov: "Heroku", group: "cloud", host: "api.heroku.com", kv: (g) => [["HEROKU_API_KEY", P("HR", "KU-") + "AA" + g.s(58, AL.alnum + "-_")]] },
  { prov: "DigitalOcean", group: "cloud", host: "api.digitalocean.com", solo: true, n: 2, kv: (g) => [["DIGITALOCEAN_TOKEN", P("dop", "_v1_") + g.hex(64)]] },
  { prov: "Netlify", group: "cloud", host: "api.netlify.com", kv: (g) => [["NETLIFY_AUTH_TOKEN", P("nf", "p_") + g.an(36)]] },
  { prov: "Vercel", group: "cloud", host: "api.vercel.com", n: 2, kv: (g) => [["VERCEL_TOKEN", g.an(24)]] },
  { prov: "Fly.io", group: "cloud", host: "api.machines.dev", kv: (g) => [["FLY_API_TOKEN", P("FlyV1 ", "fm2_") + g.b64(280)]] },
  { prov: "Supabase", group: "data", host: "api.supabase.com", n: 2, kv: (g) => [["SUPABASE_ACCESS_TOKEN", P("sb", "p_") + g.hex(40)]] },
  { prov: "Supabase service role", group: "data", kv: (g) => [["SUPABASE_URL", `https://${g.s(20, AL.low)}.supabase.co`], ["SUPABASE_SERVICE_ROLE_KEY", g.jwt({ iss: "supabase", ref: g.s(20, AL.low), role: "service_role", iat: 1712000000, exp: 2027576000 })]] },
  { prov: "PlanetScale", group: "data", kv: (g) => [["DATABASE_URL", `mysql://${g.la(12)}:${P("pscale", "_pw_")}${g.s(43, AL.alnum + "_-")}@aws.connect.psdb.cloud/shop?sslaccept=strict`]] },
  { prov: "Neon", group: "data", kv: (g) => [["DATABASE_URL", `postgresql://neondb_owner:${P("np", "g_")}${g.an(12)}@ep-${g.s(6, AL.low)}-${g.s(6, AL.low)}-a1b2c3.eu-central-1.aws.neon.tech/neondb?sslmode=require`]] },
  { prov: "Neon API", group: "data", kv: (g) => [["NEON_API_KEY", P("nap", "i_") + g.la(60)]] },
  { prov: "MongoDB Atlas", group: "data", n: 2, kv: (g) => [["MONGODB_URI", `mongodb+srv://app_user:${g.an(16)}@cluster0.${g.la(5)}.mongodb.net/prod?retryWrites=true&w=majority`]] },
  { prov: "Postgres", group: "data", n: 2, kv: (g) => [["DATABASE_URL", `postgres://orders:${g.s(20, AL.alnum + "!*")}@db-prod.internal.acme.io:5432/orders`]] },
  { prov: "MySQL", group: "data", kv: (g) => [["MYSQL_URL", `mysql://root:${g.an(18)}@10.0.4.12:3306/wordpress`]] },
  { prov: "Redis", group: "data", n: 2, kv: (g) => [["REDIS_URL", `rediss://default:${g.an(32)}@redis-${g.dig(5)}.c12.us-east-1-2.ec2.cloud.redislabs.com:${g.dig(5)}`]] },
  { prov: "Okta", group: "auth", host: "acme.okta.com", hdr: "Authorization: SSWS ", n: 2, kv: (g) => [["OKTA_API_TOKEN", "00" + g.s(40, AL.alnum + "-_")]] },
  { prov: "Auth0", group: "auth", host: "acme.eu.auth0.com", n: 2, kv: (g) => [["AUTH0_DOMAIN", "acme.eu.auth0.com"], ["AUTH0_CLIENT_ID", g.an(32)], ["AUTH0_CLIENT_SECRET", g.s(64, AL.alnum + "-_")]] },
  { prov: "Cloudflare", group: "cloud", host: "api.cloudflare.com", n: 2, kv: (g) => [["CLOUDFLARE_API_TOKEN", g.s(40, AL.alnum + "-_")]] },
  { prov: "Cloudflare global key", group: "cloud", host: "api.cloudflare.com", hdr: "X-Auth-Key: ", kv: (g) => [["CF_API_KEY", g.hex(37)], ["CF_API_EMAIL", "ops@acme.io"]] },
  { prov: "Terraform Cloud", group: "devtools", host: "app.terraform.io", solo: true, kv: (g) => [["TFE_TOKEN", g.an(14) + P(".atlas", "v1.") + g.s(67, AL.alnum + "-_")]] },
  { prov: "Vault", group: "secretmgr", host: "vault.acme.internal:8200", hdr: "X-Vault-Token: ", solo: true, n: 2, kv: (g) => [["VAULT_TOKEN", P("hv", "s.") + g.s(90, AL.alnum + "-_")]] },
  { prov: "Doppler", group: "secretmgr", host: "api.doppler.com", solo: true, kv: (g) => [["DOPPLER_TOKEN", P("dp.st", ".prd.") + g.an(43)]] },
  { prov: "1Password", group: "secretmgr", kv: (g) => [["OP_SERVICE_ACCOUNT_TOKEN", P("op", "s_") + Buffer.from(JSON.stringify({ signInAddress: "acme.1password.com", userAuth: { method: "SRPg-4096", alg: "PBES2g-HS256", iterations: 650000, salt: g.b64u(22) }, email: g.la(16) + "@1passwordserviceaccounts.com", srpX: g.hex(64), muk: { alg: "A256GCM", ext: true, k: g.b64u(43), key_ops: ["encrypt", "decrypt"], kty: "oct", kid: "mp" }, secretKey: "A3-" + g.ua(6) + "-" + g.ua(6), throttleSecret: { seed: g.hex(64), uuid: g.ua(26) }, deviceUuid: g.la(26) })).toString("base64url")]] },
  { prov: "JWT secret", group: "auth", n: 2, kv: (g) => [["JWT_SECRET", g.s(64, AL.alnum + "!@#%^&*")]] },
  { prov: "JWT bearer", group: "auth", host: "api.acme.io", kv: (g) => [["ACCESS_TOKEN", g.jwt({ sub: g.uuid(), email: "dana@acme.io", role: "admin", iat: 1741000000, exp: 1741086400 }, "RS256")]] },
  { prov: "Basic auth URL", group: "auth", n: 2, kv: (g) => [["REGISTRY_URL", `https://ci-bot:${g.s(24, AL.alnum + "-_")}@nexus.acme-corp.com/repository/npm-private/`]] },
  { prov: "GitHub webhook", group: "devtools", kv: (g) => [["GITHUB_WEBHOOK_SECRET", g.hex(40)]] },
];

const FILES: Entry[] = [
  { prov: "RSA private key", group: "keys", file: "id_rsa", n: 3, kv: (g) => [["k", g.pem(P("RSA PRIVATE", " KEY"), 1190)]] },
  { prov: "EC private key", group: "keys", file: "ec.key", n: 2, kv: (g) => [["k", g.pem(P("EC PRIVATE", " KEY"), 121)]] },
  { prov: "PKCS8 private key", group: "keys", file: "server.key", n: 2, kv: (g) => [["k", g.pem(P("PRI", "VATE KEY"), 1218)]] },
  { prov: "OpenSSH private key", group: "keys", file: "id_ed25519", n: 3, kv: (g) => [["k", g.pem(P("OPENSSH PRIVATE", " KEY"), 399).replace(/-\n(.)/, (m, c: string) => "-\nb3BlbnNzaC1rZXktdjEAAAAA" + c)]] },
  { prov: "PGP private key", group: "keys", file: "release-signing.asc", n: 2, kv: (g) => [["k", g.pem(P("PGP PRIVATE KEY", " BLOCK"), 900).replace("-----\n", "-----\n\n")]] },
  { prov: "GCP service account", group: "cloud", file: "gcp-sa.json", n: 3, kv: (g) => [["k", JSON.stringify({ type: "service_account", project_id: "acme-prod-" + g.dig(6), private_key_id: g.hex(40), private_key: g.pem(P("PRI", "VATE KEY"), 1218) + "\n", client_email: `deployer@acme-prod-${g.dig(6)}.iam.gserviceaccount.com`, client_id: g.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }, null, 2)]] },
  { prov: "age", group: "keys", file: "keys.txt", n: 2, kv: (g) => [["k", `# created: 2025-02-11T09:14:02Z\n# public key: age1${g.s(58, AL.bech.toLowerCase())}\n${P("AGE-SECRET", "-KEY-1")}${g.s(58, AL.bech)}`]] },
];

const g = new Gen(0x5eed61);
// token alone on a line (only distinctive shapes)
const solo: CorpusCase[] = [];
const soloEntries = E.filter((e) => e.solo);
soloEntries.forEach((e, i) => {
  const v = (e.kv(g)[0] as [string, string])[1];
  const wrap = [
    (t: string) => JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: `is this still valid? I found it in an old terminal scrollback\n\n${t}\n\nthanks` }] }),
    (t: string) => `$ cat /tmp/token.txt\n${t}\n$ `,
    (t: string) => JSON.stringify({ name: "save_memory", arguments: { key: "deploy_token", value: t } }),
    (t: string) => `> copied from the dashboard:\n>\n> ${t}\n`,
  ][i % 4] as (t: string) => string;
  solo.push({ id: `y6-ca${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty6-sec-solo", label: "positive", text: wrap(v), note: `${e.prov} alone, no name` });
});

// split across lines / escaped as real pastes are
const split: CorpusCase[] = [];
const sp = (id: number, text: string, note: string) => split.push({ id: `y6-cs${String(id).padStart(3, "0")}`, kind: "secrets", category: "heldouty6-sec-split", label: "positive", text, note });
{
  const t = P("sk-ant-", "api03-") + g.s(93, AL.alnum + "-_") + "AA";
  sp(1, `client = anthropic.Anthropic(\n    api_key=(\n        "${t.slice(0, 60)}"\n        "${t.slice(60)}"\n    )\n)`, "Anthropic key via Python implicit concatenation");
  const gh = P("gh", "p_") + g.an(36);
  sp(2, JSON.stringify({ messages: [{ role: "user", content: `terminal wrapped it:\n${gh.slice(0, 22)}\n${gh.slice(22)}` }] }), "GitHub PAT wrapped across two lines in a chat paste");
  const sk = P("sk", "_live_") + "51" + g.an(97);
  sp(3, `curl https://api.stripe.com/v1/charges \\\n  -u "${sk.slice(0, 50)}\\\n${sk.slice(50)}:"`, "Stripe key broken by a backslash-newline inside double quotes");
  const oa = P("sk-", "proj-") + g.s(74, AL.alnum + "-_") + "T3Blbk" + "FJ" + g.s(74, AL.alnum + "-_");
  sp(4, JSON.stringify({ tool: "run", args: { cmd: `echo "OPENAI_API_KEY=\\"${oa}\\"" >> .env` } }), "OpenAI key inside escaped quotes in a tool call");
  const sl = P("xo", "xb-") + g.dig(12) + "-" + g.dig(13) + "-" + g.an(24);
  sp(5, `const token = "${sl.slice(0, 20)}" +\n  "${sl.slice(20)}";`, "Slack token split by JS string concatenation");
  const aws = P("AK", "IA") + g.s(16, AL.b32);
  const sec = g.b64(40);
  sp(6, JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `[default]\\r\\naws_access_key_id = ${aws}\\r\\naws_secret_access_key = ${sec}\\r\\n` }] }), "AWS credentials file pasted with literal \\r\\n escapes");
  const hf = P("h", "f_") + g.s(34, AL.up + AL.low);
  sp(7, `HF_TOKEN=${hf.slice(0, 18)}\\\n${hf.slice(18)}`, "HF token split by shell line continuation");
  const gl = P("glp", "at-") + g.s(20, AL.alnum + "-_");
  sp(8, JSON.stringify({ content: [{ type: "text", text: `git remote set-url origin https://oauth2:${gl}@gitlab.com/acme/infra.git` }] }), "GitLab PAT as basic-auth password in a remote URL");
}

export const cases: CorpusCase[] = [
  ...build(E, 0x1a2b3c, "y6-c", "heldouty6-sec-"),
  ...build(FILES, 0x2b3c4d, "y6-cf", "heldouty6-sec-", 1),
  ...solo,
  ...split,
];
