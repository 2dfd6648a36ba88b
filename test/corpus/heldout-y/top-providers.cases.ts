// Positives: the ~60 most common providers a developer holds credentials for, in rotating
// outbound contexts. Values are built at run time in _gen.ts.
import type { CorpusCase } from "../types.ts";
import { AN, ANU, B32, B64U, BECH, build, ecKey, G, j, jwt, opensshKey, pgpKey, pkcs8Key, rsaKey, type Spec } from "./_gen.ts";

const awsKeyId = (g: G, p = "AKIA") => j(p.slice(0, 2), p.slice(2), g.s(16, B32.replace(/[0-1]/g, "")));

const specs: Spec[] = [
  // cloud
  { provider: "AWS access key pair", group: "cloud", times: 3, make: (g) => { const id = awsKeyId(g); const sk = g.s(40, AN + "/+"); return { kv: [["AWS_ACCESS_KEY_ID", id], ["AWS_SECRET_ACCESS_KEY", sk]], host: "s3.amazonaws.com", cli: `aws configure set aws_access_key_id ${id} && aws configure set aws_secret_access_key ${sk}`, d: true }; } },
  { provider: "AWS STS session credentials", group: "cloud", make: (g) => ({ kv: [["AWS_ACCESS_KEY_ID", awsKeyId(g, "ASIA")], ["AWS_SECRET_ACCESS_KEY", g.s(40, AN + "/+")], ["AWS_SESSION_TOKEN", j("IQoJb3JpZ2luX2Vj", g.s(360, AN + "/+"))]], d: true }) },
  { provider: "GCP service-account JSON", group: "cloud", times: 2, make: (g) => { const proj = `acme-${g.pick(["prod", "data", "ml"])}-${g.dig(6)}`; return { kv: [["GOOGLE_CREDENTIALS", JSON.stringify({ type: "service_account", project_id: proj, private_key_id: g.hex(40), private_key: pkcs8Key(g) + "\n", client_email: `deployer@${proj}.iam.gserviceaccount.com`, client_id: g.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }, null, 2)]], block: true, d: true }; } },
  { provider: "Google API key", group: "cloud", make: (g) => { const k = j("AI", "za", "Sy", g.s(33, B64U)); return { kv: [["GOOGLE_MAPS_SERVER_KEY", k]], host: "maps.googleapis.com", hdr: `X-Goog-Api-Key: ${k}`, d: true }; }, note: "server-side key (unrestricted)" },
  { provider: "Azure storage connection string", group: "cloud", times: 2, make: (g) => ({ kv: [["AZURE_STORAGE_CONNECTION_STRING", `DefaultEndpointsProtocol=https;AccountName=acme${g.anl(8)};${j("Account", "Key=")}${g.s(85, AN + "+/")}${g.pick(["A", "Q", "g", "w"])}==;EndpointSuffix=core.windows.net`]], d: true }) },
  { provider: "Azure AD client secret", group: "cloud", make: (g) => { const sec = j(g.s(3, AN), g.dig(1), "Q~", g.s(34, AN + "_.~-")); return { kv: [["AZURE_CLIENT_ID", g.uuid()], ["AZURE_TENANT_ID", g.uuid()], ["AZURE_CLIENT_SECRET", sec]], cli: `az login --service-principal -u ${g.uuid()} -p '${sec}' --tenant ${g.uuid()}` }; } },
  { provider: "Azure SAS token", group: "cloud", make: (g) => ({ kv: [["AZURE_BLOB_SAS_URL", `https://acme${g.anl(6)}.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=sco&sp=rwdlacup&se=2026-12-31T00:00:00Z&st=2025-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.s(43, AN + "+/") + "=")}`]], d: true }) },
  { provider: "DigitalOcean PAT", group: "cloud", times: 2, make: (g) => { const t = j("do", "p_v1_", g.hex(64)); return { kv: [["DIGITALOCEAN_TOKEN", t]], host: "api.digitalocean.com", cli: `doctl auth init --access-token ${t}`, d: true }; } },
  { provider: "Heroku API key", group: "cloud", make: (g) => ({ kv: [["HEROKU_API_KEY", j("HR", "KU-AA", g.s(58, B64U))]], host: "api.heroku.com", d: true }) },
  { provider: "Netlify PAT", group: "cloud", make: (g) => ({ kv: [["NETLIFY_AUTH_TOKEN", j("nf", "p_", g.an(40))]], host: "api.netlify.com", d: true }) },
  { provider: "Vercel token", group: "cloud", times: 2, make: (g) => { const t = g.an(24); return { kv: [["VERCEL_TOKEN", t]], host: "api.vercel.com", cli: `vercel deploy --prod --token ${t}` }; } },
  { provider: "Fly.io token", group: "cloud", make: (g) => { const t = j("Fly", "V1 fm2_", g.s(300, AN + "+/"), "="); return { kv: [["FLY_API_TOKEN", t]], host: "api.machines.dev", hdr: `Authorization: ${t}` }; } },
  { provider: "Cloudflare API token", group: "cloud", make: (g) => ({ kv: [["CLOUDFLARE_API_TOKEN", g.s(40, B64U)]], host: "api.cloudflare.com" }) },
  { provider: "Cloudflare global API key", group: "cloud", make: (g) => { const k = g.hex(37); return { kv: [["CF_API_EMAIL", "ops@acme-corp.io"], ["CF_API_KEY", k]], host: "api.cloudflare.com", hdr: `X-Auth-Key: ${k}` }; } },

  // devtools
  { provider: "GitHub classic PAT", group: "devtools", times: 2, make: (g) => { const t = j("gh", "p_", g.an(36)); return { kv: [["GITHUB_TOKEN", t]], host: "api.github.com", hdr: `Authorization: token ${t}`, d: true }; } },
  { provider: "GitHub fine-grained PAT", group: "devtools", times: 2, make: (g) => ({ kv: [["GH_TOKEN", j("github", "_pat_", g.anu(2), g.an(20), "_", g.an(59))]], host: "api.github.com", d: true }) },
  { provider: "GitHub app installation token", group: "devtools", make: (g) => { const t = j("gh", "s_", g.an(36)); return { kv: [["GITHUB_APP_TOKEN", t]], cli: `git clone https://x-access-token:${t}@github.com/acme/infra.git`, d: true }; } },
  { provider: "GitHub OAuth token", group: "devtools", make: (g) => ({ kv: [["GH_OAUTH_TOKEN", j("gh", "o_", g.an(36))]], host: "api.github.com", d: true }) },
  { provider: "GitHub App private key", group: "keys", make: (g) => ({ kv: [["GITHUB_APP_PRIVATE_KEY", rsaKey(g)]], block: true, d: true }) },
  { provider: "GitLab PAT", group: "devtools", times: 2, make: (g) => { const t = j("gl", "pat-", g.s(20, B64U)); return { kv: [["GITLAB_TOKEN", t]], host: "gitlab.com", hdr: `PRIVATE-TOKEN: ${t}`, d: true }; } },
  { provider: "GitLab runner token", group: "devtools", make: (g) => { const t = j("gl", "rt-", g.s(20, B64U)); return { kv: [["RUNNER_TOKEN", t]], cli: `gitlab-runner register --non-interactive --url https://gitlab.com --token ${t} --executor docker`, d: true }; } },
  { provider: "Bitbucket app password", group: "devtools", make: (g) => { const t = j("AT", "BB", g.an(28), g.hex(8).toUpperCase()); return { kv: [["BITBUCKET_USERNAME", "jdoe-acme"], ["BITBUCKET_APP_PASSWORD", t]], cli: `git clone https://jdoe-acme:${t}@bitbucket.org/acme/api.git`, d: true }; } },
  { provider: "npm token", group: "devtools", times: 2, make: (g) => { const t = j("np", "m_", g.an(36)); return { kv: [["NPM_TOKEN", t]], cli: `echo "//registry.npmjs.org/:_authToken=${t}" > ~/.npmrc && npm publish`, d: true }; } },
  { provider: "PyPI token", group: "devtools", make: (g) => { const t = j("py", "pi-AgEIcHlwaS5vcmc", "CJ", g.s(150, B64U)); return { kv: [["TWINE_PASSWORD", t]], cli: `twine upload -u __token__ -p ${t} dist/*`, d: true }; } },
  { provider: "Docker Hub PAT", group: "devtools", times: 2, make: (g) => { const t = j("dc", "kr_pat_", g.s(27, B64U)); return { kv: [["DOCKERHUB_TOKEN", t]], cli: `echo ${t} | docker login -u acmebot --password-stdin`, d: true }; } },
  { provider: "Terraform Cloud token", group: "devtools", make: (g) => ({ kv: [["TF_TOKEN_app_terraform_io", j(g.an(14), ".atlas", "v1.", g.an(67))]], host: "app.terraform.io", d: true }) },
  { provider: "Postman API key", group: "devtools", make: (g) => { const k = j("PM", "AK-", g.hex(24), "-", g.hex(34)); return { kv: [["POSTMAN_API_KEY", k]], host: "api.getpostman.com", hdr: `X-Api-Key: ${k}`, d: true }; } },
  { provider: "Atlassian API token", group: "saas", times: 2, make: (g) => { const t = j("ATA", "TT3xFfGF0", g.s(170, B64U), "=", g.hex(8).toUpperCase()); return { kv: [["JIRA_EMAIL", "dev@acme-corp.io"], ["JIRA_API_TOKEN", t]], host: "acme.atlassian.net", d: true }; } },

  // comms
  { provider: "Slack bot token", group: "comms", times: 2, make: (g) => ({ kv: [["SLACK_BOT_TOKEN", j("xo", "xb-", g.dig(12), "-", g.dig(13), "-", g.an(24))]], host: "slack.com", d: true }) },
  { provider: "Slack user token", group: "comms", make: (g) => ({ kv: [["SLACK_USER_TOKEN", j("xo", "xp-", g.dig(12), "-", g.dig(12), "-", g.dig(13), "-", g.hex(32))]], host: "slack.com", d: true }) },
  { provider: "Slack app-level token", group: "comms", make: (g) => ({ kv: [["SLACK_APP_TOKEN", j("xa", "pp-1-A", g.anu(10), "-", g.dig(13), "-", g.hex(64))]], d: true }) },
  { provider: "Slack incoming webhook", group: "comms", make: (g) => ({ kv: [["SLACK_WEBHOOK_URL", j("https://hooks.sla", "ck.com/services/T", g.anu(10), "/B", g.anu(10), "/", g.an(24))]], d: true }) },
  { provider: "Discord bot token", group: "comms", times: 2, make: (g) => { const t = j(Buffer.from(g.dig(19)).toString("base64").replace(/=+$/, ""), ".", g.s(6, B64U), ".", g.s(38, B64U)); return { kv: [["DISCORD_BOT_TOKEN", t]], host: "discord.com", hdr: `Authorization: Bot ${t}` }; } },
  { provider: "Discord webhook", group: "comms", make: (g) => ({ kv: [["DISCORD_WEBHOOK", j("https://discord.com/api/web", "hooks/", g.dig(19), "/", g.s(68, B64U))]], d: true }) },
  { provider: "Telegram bot token", group: "comms", times: 2, make: (g) => { const t = j(g.dig(10), ":AA", g.s(33, B64U)); return { kv: [["TELEGRAM_BOT_TOKEN", t]], cli: `curl -s "https://api.telegram.org/bot${t}/sendMessage?chat_id=-100${g.dig(10)}&text=deploy+done"`, d: true }; } },
  { provider: "Twilio auth token", group: "comms", make: (g) => { const sid = j("AC", g.hex(32)); const tok = g.hex(32); return { kv: [["TWILIO_ACCOUNT_SID", sid], ["TWILIO_AUTH_TOKEN", tok]], cli: `curl -X POST https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json -u ${sid}:${tok} --data-urlencode "Body=hi" -d To=+15005550006` }; } },
  { provider: "Twilio API key secret", group: "comms", make: (g) => ({ kv: [["TWILIO_API_KEY", j("SK", g.hex(32))], ["TWILIO_API_SECRET", g.an(32)]] }) },
  { provider: "SendGrid API key", group: "comms", times: 2, make: (g) => ({ kv: [["SENDGRID_API_KEY", j("S", "G.", g.s(22, B64U), ".", g.s(43, B64U))]], host: "api.sendgrid.com", d: true }) },
  { provider: "Mailgun API key", group: "comms", times: 2, make: (g) => { const k = j(g.hex(32), "-", g.hex(8), "-", g.hex(8)); return { kv: [["MAILGUN_API_KEY", k], ["MAILGUN_DOMAIN", "mg.acme-corp.io"]], cli: `curl -s --user 'api:${k}' https://api.mailgun.net/v3/mg.acme-corp.io/messages -F from=ops@acme-corp.io -F to=me@acme-corp.io -F subject=test -F text=hi` }; } },
  { provider: "Mailchimp API key", group: "comms", make: (g) => ({ kv: [["MAILCHIMP_API_KEY", j(g.hex(32), "-us", String(g.int(2, 21)))]], host: "us14.api.mailchimp.com", d: true }) },

  // ai
  { provider: "OpenAI project key", group: "ai", times: 3, make: (g) => ({ kv: [["OPENAI_API_KEY", j("sk-", "proj-", g.s(74, B64U), "T3Blbk", "FJ", g.s(74, B64U))]], host: "api.openai.com", d: true }) },
  { provider: "OpenAI service-account key", group: "ai", make: (g) => ({ kv: [["OPENAI_API_KEY", j("sk-", "svcacct-", g.s(74, B64U), "T3Blbk", "FJ", g.s(74, B64U))]], host: "api.openai.com", d: true }) },
  { provider: "Anthropic API key", group: "ai", times: 3, make: (g) => { const k = j("sk-", "ant-api03-", g.s(93, B64U), "AA"); return { kv: [["ANTHROPIC_API_KEY", k]], host: "api.anthropic.com", hdr: `x-api-key: ${k}`, d: true }; } },
  { provider: "Hugging Face token", group: "ai", times: 2, make: (g) => ({ kv: [["HF_TOKEN", j("h", "f_", g.s(34, AN))]], host: "huggingface.co", cli: undefined, d: true }) },
  { provider: "Cohere API key", group: "ai", make: (g) => ({ kv: [["COHERE_API_KEY", g.an(40)]], host: "api.cohere.com" }) },
  { provider: "Mistral API key", group: "ai", times: 2, make: (g) => ({ kv: [["MISTRAL_API_KEY", g.an(32)]], host: "api.mistral.ai" }) },
  { provider: "Groq API key", group: "ai", make: (g) => ({ kv: [["GROQ_API_KEY", j("gs", "k_", g.an(52))]], host: "api.groq.com", d: true }) },
  { provider: "Replicate token", group: "ai", times: 2, make: (g) => ({ kv: [["REPLICATE_API_TOKEN", j("r8", "_", g.an(37))]], host: "api.replicate.com", d: true }) },
  { provider: "Perplexity key", group: "ai", make: (g) => ({ kv: [["PERPLEXITY_API_KEY", j("pp", "lx-", g.an(48))]], host: "api.perplexity.ai", d: true }) },

  // payment
  { provider: "Stripe live secret key", group: "payment", times: 3, make: (g) => { const k = j("sk", "_live_", "51", g.an(97)); return { kv: [["STRIPE_SECRET_KEY", k]], host: "api.stripe.com", cli: `curl https://api.stripe.com/v1/charges -u ${k}: -d amount=2000 -d currency=usd`, d: true }; } },
  { provider: "Stripe restricted key", group: "payment", make: (g) => ({ kv: [["STRIPE_RESTRICTED_KEY", j("rk", "_live_", "51", g.an(97))]], host: "api.stripe.com", d: true }) },
  { provider: "Stripe webhook signing secret", group: "payment", times: 2, make: (g) => ({ kv: [["STRIPE_WEBHOOK_SECRET", j("wh", "sec_", g.an(32))]], d: true }) },
  { provider: "Shopify admin token", group: "payment", make: (g) => { const t = j("sh", "pat_", g.hex(32)); return { kv: [["SHOPIFY_ACCESS_TOKEN", t]], host: "acme-store.myshopify.com", hdr: `X-Shopify-Access-Token: ${t}`, d: true }; } },
  { provider: "Shopify app shared secret", group: "payment", make: (g) => ({ kv: [["SHOPIFY_API_SECRET", j("sh", "pss_", g.hex(32))]], d: true }) },
  { provider: "Square production access token", group: "payment", times: 2, make: (g) => ({ kv: [["SQUARE_ACCESS_TOKEN", j("EA", "AA", g.s(60, B64U))]], host: "connect.squareup.com", d: true }) },
  { provider: "PayPal REST client secret", group: "payment", make: (g) => ({ kv: [["PAYPAL_CLIENT_ID", j("A", g.s(79, B64U))], ["PAYPAL_CLIENT_SECRET", j("E", g.s(79, B64U))]], host: "api-m.paypal.com" }) },
  { provider: "Braintree access token", group: "payment", make: (g) => ({ kv: [["BRAINTREE_ACCESS_TOKEN", j("access_token", "$production$", g.anl(16), "$", g.hex(32))]], d: true }) },
  { provider: "Braintree private key", group: "payment", make: (g) => ({ kv: [["BRAINTREE_MERCHANT_ID", g.anl(16)], ["BRAINTREE_PUBLIC_KEY", g.anl(16)], ["BRAINTREE_PRIVATE_KEY", g.hex(32)]] }) },

  // saas
  { provider: "Linear API key", group: "saas", make: (g) => ({ kv: [["LINEAR_API_KEY", j("lin", "_api_", g.an(40))]], host: "api.linear.app", d: true }) },
  { provider: "Notion integration token", group: "saas", times: 2, make: (g) => ({ kv: [["NOTION_TOKEN", j("nt", "n_", g.dig(12), g.an(34))]], host: "api.notion.com", d: true }) },
  { provider: "Notion legacy secret", group: "saas", make: (g) => ({ kv: [["NOTION_API_KEY", j("sec", "ret_", g.an(43))]], host: "api.notion.com" }) },
  { provider: "Airtable PAT", group: "saas", make: (g) => ({ kv: [["AIRTABLE_TOKEN", j("pa", "t", g.an(14), ".", g.hex(64))]], host: "api.airtable.com", d: true }) },
  { provider: "Figma PAT", group: "saas", make: (g) => { const t = j("fi", "gd_", g.s(40, B64U)); return { kv: [["FIGMA_TOKEN", t]], host: "api.figma.com", hdr: `X-Figma-Token: ${t}`, d: true }; } },

  // observability
  { provider: "Datadog API + app key", group: "observability", times: 2, make: (g) => { const a = g.hex(32); const b = g.hex(40); return { kv: [["DD_API_KEY", a], ["DD_APP_KEY", b]], host: "api.datadoghq.com", hdr: `DD-API-KEY: ${a}\r\nDD-APPLICATION-KEY: ${b}` }; } },
  { provider: "New Relic user key", group: "observability", make: (g) => { const k = j("NR", "AK-", g.anu(27)); return { kv: [["NEW_RELIC_API_KEY", k]], host: "api.newrelic.com", hdr: `Api-Key: ${k}`, d: true }; } },
  { provider: "New Relic license key", group: "observability", make: (g) => ({ kv: [["NEW_RELIC_LICENSE_KEY", j(g.hex(36), "NR", "AL")]] }) },
  { provider: "Sentry auth token", group: "observability", make: (g) => ({ kv: [["SENTRY_AUTH_TOKEN", j("sn", "trys_", "eyJpYXQiOjE3", g.s(120, AN), "_", g.s(43, AN + "+/"))]], host: "sentry.io", d: true }) },
  { provider: "Sentry user token", group: "observability", make: (g) => ({ kv: [["SENTRY_TOKEN", j("sn", "tryu_", g.hex(64))]], host: "sentry.io", d: true }) },
  { provider: "Grafana service-account token", group: "observability", times: 2, make: (g) => ({ kv: [["GRAFANA_TOKEN", j("gl", "sa_", g.an(32), "_", g.hex(8))]], host: "grafana.acme-corp.io", d: true }) },
  { provider: "Grafana Cloud access policy token", group: "observability", make: (g) => ({ kv: [["GRAFANA_CLOUD_TOKEN", j("gl", "c_", "eyJvIjoi", g.s(140, AN), "fQ==")]], d: true }) },

  // data
  { provider: "Supabase secret key", group: "data", make: (g) => ({ kv: [["SUPABASE_URL", `https://${g.anl(20)}.supabase.co`], ["SUPABASE_SECRET_KEY", j("sb", "_secret_", g.s(32, B64U))]], d: true }) },
  { provider: "Supabase service_role JWT", group: "data", make: (g) => ({ kv: [["SUPABASE_SERVICE_ROLE_KEY", jwt(g, { iss: "supabase", ref: g.anl(20), role: "service_role", iat: 1716000000, exp: 2031576000 })]], d: true }) },
  { provider: "PlanetScale password", group: "data", make: (g) => ({ kv: [["DATABASE_URL", `mysql://${g.anl(12)}:${j("psc", "ale_pw_", g.s(43, B64U))}@aws.connect.psdb.cloud/orders?sslaccept=strict`]], d: true }) },
  { provider: "Neon connection string", group: "data", times: 2, make: (g) => ({ kv: [["DATABASE_URL", `postgresql://neondb_owner:${j("np", "g_", g.an(12))}@ep-${g.pick(["cool", "red", "quiet"])}-${g.anl(5)}-${g.anl(8)}.us-east-2.aws.neon.tech/neondb?sslmode=require`]] }) },
  { provider: "Neon API key", group: "data", make: (g) => ({ kv: [["NEON_API_KEY", j("na", "pi_", g.anl(64))]], host: "console.neon.tech", d: true }) },
  { provider: "MongoDB Atlas URI", group: "data", times: 2, make: (g) => ({ kv: [["MONGODB_URI", `mongodb+srv://app_user:${g.an(16)}@cluster0.${g.anl(5)}.mongodb.net/prod?retryWrites=true&w=majority`]] }) },
  { provider: "Postgres URL", group: "data", times: 2, make: (g) => ({ kv: [["DATABASE_URL", `postgres://orders_rw:${g.pw(22)}@db-${g.anl(6)}.internal.acme-corp.io:5432/orders`]] }) },
  { provider: "MySQL URL", group: "data", make: (g) => ({ kv: [["MYSQL_URL", `mysql://root:${g.pw(18)}@10.0.${g.int(1, 254)}.${g.int(1, 254)}:3306/shop`]] }) },
  { provider: "Redis URL", group: "data", times: 2, make: (g) => ({ kv: [["REDIS_URL", `rediss://default:${g.an(32)}@redis-${g.dig(5)}.c${g.int(1, 300)}.us-east-1-2.ec2.cloud.redislabs.com:${g.dig(5)}`]] }) },

  // auth / secret managers
  { provider: "Google OAuth client secret", group: "auth", make: (g) => ({ kv: [["GOOGLE_CLIENT_ID", `${g.dig(12)}-${g.anl(32)}.apps.googleusercontent.com`], ["GOOGLE_CLIENT_SECRET", j("GOC", "SPX-", g.s(28, B64U))]], d: true }) },
  { provider: "Okta API token", group: "auth", times: 2, make: (g) => { const t = j("00", g.s(40, B64U)); return { kv: [["OKTA_API_TOKEN", t]], host: "acme.okta.com", hdr: `Authorization: SSWS ${t}` }; } },
  { provider: "Auth0 client secret", group: "auth", make: (g) => ({ kv: [["AUTH0_DOMAIN", "acme.us.auth0.com"], ["AUTH0_CLIENT_ID", g.an(32)], ["AUTH0_CLIENT_SECRET", g.s(64, B64U)]] }) },
  { provider: "Vault token", group: "auth", times: 2, make: (g) => { const t = j("hv", "s.", g.s(24, AN), g.s(66, B64U)); return { kv: [["VAULT_TOKEN", t]], host: "vault.acme-corp.io:8200", hdr: `X-Vault-Token: ${t}`, d: true }; } },
  { provider: "Doppler service token", group: "auth", make: (g) => ({ kv: [["DOPPLER_TOKEN", j("dp", ".st.", "prd.", g.an(43))]], host: "api.doppler.com", d: true }) },
  { provider: "1Password service-account token", group: "auth", make: (g) => ({ kv: [["OP_SERVICE_ACCOUNT_TOKEN", j("op", "s_", "eyJzaWduSW5BZGRyZXNzIjoi", g.s(600, AN))]], d: true }) },
  { provider: "JWT signing secret + token", group: "auth", times: 2, make: (g) => ({ kv: [["JWT_SECRET", g.s(64, AN)], ["ADMIN_TOKEN", jwt(g, { sub: "admin", role: "superuser", iat: 1735689600, exp: 1893456000 })]] }) },
  { provider: "Session signing secret", group: "auth", make: (g) => ({ kv: [["SESSION_SECRET", g.hex(64)], ["COOKIE_SECRET", g.s(48, AN)]] }) },
  { provider: "GitHub webhook secret", group: "auth", make: (g) => ({ kv: [["GITHUB_WEBHOOK_SECRET", g.hex(40)]] }) },
  { provider: "Basic auth in URL", group: "auth", times: 2, make: (g) => ({ kv: [["REGISTRY_URL", `https://deploy:${g.pw(20)}@${g.pick(["nexus", "artifactory", "registry", "git"])}.acme-corp.io/${g.pick(["repository/npm-private/", "api/v1/", "acme/infra.git"])}`]] }) },

  // keys
  { provider: "RSA private key", group: "keys", make: (g) => ({ kv: [["TLS_KEY", rsaKey(g)]], block: true, d: true }) },
  { provider: "EC private key", group: "keys", make: (g) => ({ kv: [["SIGNING_KEY", ecKey(g)]], block: true, d: true }) },
  { provider: "OpenSSH private key", group: "keys", times: 2, make: (g) => ({ kv: [["DEPLOY_SSH_KEY", opensshKey(g)]], block: true, d: true }) },
  { provider: "PKCS8 private key", group: "keys", make: (g) => ({ kv: [["JWT_PRIVATE_KEY", pkcs8Key(g)]], block: true, d: true }) },
  { provider: "PGP private key", group: "keys", make: (g) => ({ kv: [["GPG_PRIVATE_KEY", pgpKey(g)]], block: true, d: true }) },
  { provider: "age secret key", group: "keys", make: (g) => ({ kv: [["SOPS_AGE_KEY", j("AGE-SE", "CRET-KEY-1", g.s(58, BECH))]], d: true }) },
];

void ANU;
export const cases: CorpusCase[] = build(specs, { seed: 0x59a1, prefix: "y-t", file: "top-providers" });
