// SaaS API tokens: Slack, Stripe, Twilio, SendGrid, Mailgun, Shopify, Datadog, New Relic, Sentry,
// Linear, Notion, Atlassian, Discord, Telegram, and a spread of other developer platforms.
import { builder, Rng, ALNUM, B64, B64URL, DIGITS, UPPER, LOWER } from "./_gen.ts";

const r = new Rng(0x5ec0004);
const { cases, pos } = builder({ category: "saas-tokens", expect: "secrets" });
export { cases };

// ---- Slack
const xoxb = () => "xox" + "b-" + r.digits(12) + "-" + r.digits(13) + "-" + r.alnum(24);
const xoxp = () => "xox" + "p-" + r.digits(12) + "-" + r.digits(12) + "-" + r.digits(13) + "-" + r.hex(32);
const xapp = () => "xa" + "pp-1-A" + r.str(10, UPPER + DIGITS) + "-" + r.digits(13) + "-" + r.hex(64);
const slackHook = () => "https://hooks.slack." + "com/services/T" + r.str(8, UPPER + DIGITS) + "/B" + r.str(10, UPPER + DIGITS) + "/" + r.alnum(24);
pos("slack-xoxb-env", "slack bot token in .env", `SLACK_BOT_TOKEN=${xoxb()}\nSLACK_SIGNING_SECRET=${r.hex(32)}\n`);
pos("slack-xoxb-python", "slack bot token in slack_sdk WebClient", `from slack_sdk import WebClient\nclient = WebClient(token="${xoxb()}")\nclient.chat_postMessage(channel="#deploys", text="v2.4.1 is live :rocket:")`);
pos("slack-xoxb-curl", "slack bot token in chat.postMessage curl", `curl -X POST -H 'Authorization: Bearer ${xoxb()}' -H 'Content-type: application/json; charset=utf-8' --data '{"channel":"C024BE91L","text":"Build failed"}' https://slack.com/api/chat.postMessage`);
pos("slack-xoxp-json", "slack user token in OAuth v2 response", JSON.stringify({ ok: true, app_id: "A" + r.str(10, UPPER + DIGITS), authed_user: { id: "U" + r.str(10, UPPER + DIGITS), scope: "chat:write,channels:history", access_token: xoxp(), token_type: "user" }, team: { id: "T" + r.str(8, UPPER + DIGITS), name: "Acme" } }));
pos("slack-xoxp-yaml", "slack user token in YAML config", `notifier:\n  slack:\n    token: ${xoxp()}\n    channel: "#oncall"\n`);
pos("slack-xapp", "slack app-level token for Socket Mode", `const app = new App({\n  token: process.env.SLACK_BOT_TOKEN,\n  appToken: "${xapp()}",\n  socketMode: true,\n});`);
pos("slack-webhook-curl", "slack incoming webhook URL in curl", `curl -X POST -H 'Content-type: application/json' --data '{"text":"Nightly backup finished in 42m"}' ${slackHook()}`);
pos("slack-webhook-json", "slack incoming webhook URL in alertmanager config", `receivers:\n  - name: slack-critical\n    slack_configs:\n      - api_url: '${slackHook()}'\n        channel: '#alerts'\n        send_resolved: true\n`);
pos("slack-webhook-chat", "slack webhook pasted in chat", `use this webhook for the alerts: ${slackHook()}`);
pos("slack-webhook-tf", "slack webhook in terraform variable default", `variable "slack_webhook_url" {\n  type    = string\n  default = "${slackHook()}"\n}`);
pos("slack-xoxe-refresh", "slack rotating refresh token xoxe-1-", `{"ok":true,"token":"${"xoxe" + ".xoxp-1-" + r.alnum(150)}","refresh_token":"${"xoxe" + "-1-" + r.alnum(140)}","exp":1718300000}`);
pos("slack-xoxc-cookie", "slack browser client token + d cookie", `curl 'https://acme.slack.com/api/conversations.history' -H 'cookie: d=${"xox" + "d-" + encodeURIComponent(r.str(140, B64))}' --data-urlencode 'token=${"xox" + "c-" + r.digits(12) + "-" + r.digits(13) + "-" + r.digits(13) + "-" + r.hex(64)}'`);

// ---- Stripe
const skLive = () => "sk" + "_live_" + "51" + r.alnum(97);
const skLiveShort = () => "sk" + "_live_" + r.alnum(24);
const rkLive = () => "rk" + "_live_" + "51" + r.alnum(97);
const whsec = () => "wh" + "sec_" + r.alnum(32);
pos("stripe-sk-env", "stripe live secret key in .env", `STRIPE_PUBLISHABLE_KEY=pk_live_51${r.alnum(97)}\nSTRIPE_SECRET_KEY=${skLive()}\n`);
pos("stripe-sk-node", "stripe live secret key in Node", `const stripe = require('stripe')('${skLive()}');\n\nconst session = await stripe.checkout.sessions.create({ mode: 'subscription', line_items: [{ price: 'price_1OaB2c', quantity: 1 }] });`);
pos("stripe-sk-curl", "stripe legacy 24-char live key in curl -u", `curl https://api.stripe.com/v1/charges -u ${skLiveShort()}: -d amount=2000 -d currency=usd -d source=tok_visa`);
pos("stripe-sk-ruby", "stripe live key in Ruby initializer", `# config/initializers/stripe.rb\nStripe.api_key = '${skLiveShort()}'\n`);
pos("stripe-rk", "stripe restricted live key in PHP", `<?php\n$stripe = new \\Stripe\\StripeClient('${rkLive()}');\n$stripe->refunds->create(['payment_intent' => $pi]);`);
pos("stripe-rk-chat", "stripe restricted key in chat", `the reporting job uses ${rkLive()} (read-only), is that fine to put in the cron?`);
pos("stripe-whsec-env", "stripe webhook signing secret in .env", `STRIPE_WEBHOOK_SECRET=${whsec()}\n`);
pos("stripe-whsec-python", "stripe webhook secret in Python handler", `endpoint_secret = '${whsec()}'\nevent = stripe.Webhook.construct_event(payload, sig_header, endpoint_secret)`);
pos("stripe-whsec-cli", "stripe webhook secret printed by stripe listen", `> Ready! You are using Stripe API Version [2024-04-10]. Your webhook signing secret is ${whsec()} (^C to quit)`);

// ---- Twilio
pos("twilio-env", "twilio account SID + auth token in .env", `TWILIO_ACCOUNT_SID=AC${r.hex(32)}\nTWILIO_AUTH_TOKEN=${r.hex(32)}\nTWILIO_FROM=+15005550006\n`);
pos("twilio-python", "twilio auth token in python client", `from twilio.rest import Client\naccount_sid = "AC${r.hex(32)}"\nauth_token = "${r.hex(32)}"\nclient = Client(account_sid, auth_token)`);
pos("twilio-curl", "twilio API key SID + secret in curl -u", `curl -X POST "https://api.twilio.com/2010-04-01/Accounts/AC${r.hex(32)}/Messages.json" --data-urlencode "Body=Your code is 481516" --data-urlencode "To=+14155550100" -u SK${r.hex(32)}:${r.alnum(32)}`);
pos("twilio-js", "twilio auth token in JS", `const client = require('twilio')('AC${r.hex(32)}', '${r.hex(32)}');`);

// ---- SendGrid
const sg = () => "S" + "G." + r.str(22, B64URL) + "." + r.str(43, B64URL);
pos("sendgrid-env", "sendgrid API key in .env", `SENDGRID_API_KEY=${sg()}\nMAIL_FROM=noreply@acme.io\n`);
pos("sendgrid-curl", "sendgrid API key in curl", `curl --request POST --url https://api.sendgrid.com/v3/mail/send --header 'Authorization: Bearer ${sg()}' --header 'Content-Type: application/json' --data @mail.json`);
pos("sendgrid-django", "sendgrid API key in Django settings", `EMAIL_BACKEND = "sendgrid_backend.SendgridBackend"\nSENDGRID_API_KEY = "${sg()}"\nSENDGRID_SANDBOX_MODE_IN_DEBUG = False\n`);
pos("sendgrid-smtp", "sendgrid key as SMTP password", `spring.mail.host=smtp.sendgrid.net\nspring.mail.port=587\nspring.mail.username=apikey\nspring.mail.password=${sg()}\n`);

// ---- Mailgun
pos("mailgun-legacy", "mailgun legacy key- API key in curl", `curl -s --user 'api:${"key" + "-" + r.hex(32)}' https://api.mailgun.net/v3/mg.acme.io/messages -F from='Acme <noreply@mg.acme.io>' -F to=user@example.com -F subject='Hello' -F text='Testing'`);
pos("mailgun-new", "mailgun private API key (new format) in env", `MAILGUN_API_KEY=${r.hex(32)}-${r.hex(8)}-${r.hex(8)}\nMAILGUN_DOMAIN=mg.acme.io\n`);
pos("mailgun-python", "mailgun key in python requests", `requests.post("https://api.eu.mailgun.net/v3/mg.acme.eu/messages",\n              auth=("api", "${r.hex(32)}-${r.hex(8)}-${r.hex(8)}"),\n              data={"from": "ops@mg.acme.eu", "to": ["a@b.c"], "subject": "hi", "text": "hi"})`);

// ---- Shopify
pos("shopify-shpat-env", "shopify admin API access token in .env", `SHOPIFY_STORE=acme-outfitters.myshopify.com\nSHOPIFY_ADMIN_TOKEN=${"shp" + "at_" + r.hex(32)}\n`);
pos("shopify-shpat-curl", "shopify admin token in X-Shopify-Access-Token header", `curl -X GET "https://acme-outfitters.myshopify.com/admin/api/2024-04/orders.json?status=any" -H "X-Shopify-Access-Token: ${"shp" + "at_" + r.hex(32)}"`);
pos("shopify-shpss", "shopify app shared secret in toml", `[app]\napi_key = "${r.hex(32)}"\napi_secret = "${"shp" + "ss_" + r.hex(32)}"\n`);
pos("shopify-shpca", "shopify custom app token in JS", `const shopify = new Shopify({ shopName: 'acme-dev', accessToken: '${"shp" + "ca_" + r.hex(32)}' });`);
pos("shopify-shppa", "shopify private app password in URL", `https://${r.hex(32)}:${"shp" + "pa_" + r.hex(32)}@acme-legacy.myshopify.com/admin/api/2023-10/products.json`);

// ---- Datadog
pos("dd-env", "datadog API + app key in env", `DD_SITE=datadoghq.eu\nDD_API_KEY=${r.hex(32)}\nDD_APP_KEY=${r.hex(40)}\n`);
pos("dd-helm", "datadog API key in helm values", `datadog:\n  apiKey: ${r.hex(32)}\n  appKey: ${r.hex(40)}\n  site: datadoghq.com\n  logs:\n    enabled: true\n`);
pos("dd-curl", "datadog keys in curl headers", `curl -X GET "https://api.datadoghq.com/api/v1/monitor" -H "DD-API-KEY: ${r.hex(32)}" -H "DD-APPLICATION-KEY: ${r.hex(40)}"`);

// ---- New Relic
pos("nr-user-key", "new relic user API key (NRAK-) in env", `NEW_RELIC_API_KEY=${"NR" + "AK-" + r.str(27, UPPER + DIGITS)}\n`);
pos("nr-license", "new relic license key in newrelic.yml", `common: &default_settings\n  license_key: ${r.hex(36) + "NR" + "AL"}\n  app_name: acme-checkout\n  distributed_tracing:\n    enabled: true\n`);
pos("nr-graphql", "new relic user key in NerdGraph curl", `curl https://api.newrelic.com/graphql -H 'Content-Type: application/json' -H 'API-Key: ${"NR" + "AK-" + r.str(27, UPPER + DIGITS)}' --data-binary '{"query":"{ actor { user { name } } }"}'`);
pos("nr-insert", "new relic insights insert key", `NEW_RELIC_INSERT_KEY=${"NR" + "II-" + r.str(32, B64URL)}`);

// ---- Sentry
const sntrys = () => "sntry" + "s_" + Buffer.from(JSON.stringify({ iat: 1712345678.1, url: "https://sentry.io", region_url: "https://us.sentry.io", org: "acme" })).toString("base64").replace(/=+$/, "") + "_" + r.str(43, B64);
pos("sentry-org-token", "sentry org auth token in .sentryclirc", `[auth]\ntoken=${sntrys()}\n\n[defaults]\norg=acme\nproject=web\n`);
pos("sentry-user-token", "sentry user auth token in env", `SENTRY_AUTH_TOKEN=${"sntry" + "u_" + r.hex(64)}\nSENTRY_ORG=acme\n`);
pos("sentry-webpack", "sentry auth token in webpack plugin config", `sentryWebpackPlugin({\n  org: "acme",\n  project: "dashboard",\n  authToken: "${sntrys()}",\n})`);
pos("sentry-legacy-token", "sentry legacy 64-hex auth token in sentry-cli call", `SENTRY_AUTH_TOKEN=${r.hex(64)} sentry-cli releases new -p api 2024.05.1`);

// ---- Linear / Notion / Atlassian
pos("linear-env", "linear API key in env", `LINEAR_API_KEY=${"lin" + "_api_" + r.alnum(40)}\n`);
pos("linear-graphql", "linear API key in GraphQL curl", `curl -X POST https://api.linear.app/graphql -H "Content-Type: application/json" -H "Authorization: ${"lin" + "_api_" + r.alnum(40)}" --data '{ "query": "{ viewer { id name } }" }'`);
pos("linear-mcp", "linear key in MCP server config JSON", JSON.stringify({ mcpServers: { linear: { command: "npx", args: ["-y", "linear-mcp-server"], env: { LINEAR_API_KEY: "lin" + "_api_" + r.alnum(40) } } } }, null, 2));
pos("notion-legacy", "notion legacy integration secret in JS", `const notion = new Client({ auth: "${"sec" + "ret_" + r.alnum(43)}" });`);
pos("notion-ntn", "notion ntn_ token in env", `NOTION_TOKEN=${"nt" + "n_" + r.str(11, DIGITS) + r.alnum(35)}\nNOTION_DATABASE_ID=${r.hex(32)}\n`);
pos("notion-curl", "notion token in curl", `curl https://api.notion.com/v1/search -H 'Authorization: Bearer ${"nt" + "n_" + r.str(11, DIGITS) + r.alnum(35)}' -H 'Notion-Version: 2022-06-28' -X POST`);
const atatt = () => "ATA" + "TT3xFfGF0" + r.str(170, B64URL) + "=" + r.str(8, "0123456789ABCDEF");
pos("atlassian-env", "atlassian API token in env", `JIRA_URL=https://acme.atlassian.net\nJIRA_EMAIL=dev@acme.io\nJIRA_API_TOKEN=${atatt()}\n`);
pos("atlassian-curl", "atlassian API token in basic auth curl", `curl -u dev@acme.io:${atatt()} -H "Accept: application/json" https://acme.atlassian.net/rest/api/3/search?jql=project=OPS`);
pos("atlassian-python", "atlassian API token in python-jira", `jira = JIRA(server="https://acme.atlassian.net", basic_auth=("dev@acme.io", "${atatt()}"))`);

// ---- Discord
const discordBot = () => Buffer.from(r.digits(19)).toString("base64").replace(/=+$/, "") + "." + r.str(6, B64URL) + "." + r.str(38, B64URL);
const discordHook = () => "https://discord." + "com/api/webhooks/" + r.digits(19) + "/" + r.str(68, B64URL);
pos("discord-bot-py", "discord bot token in discord.py", `import discord\nclient = discord.Client(intents=discord.Intents.default())\n\nclient.run('${discordBot()}')`);
pos("discord-bot-env", "discord bot token in env", `DISCORD_TOKEN=${discordBot()}\nDISCORD_GUILD_ID=${r.digits(18)}\n`);
pos("discord-webhook", "discord webhook URL in curl", `curl -H "Content-Type: application/json" -d '{"username":"deploy-bot","content":"deploy ok"}' ${discordHook()}`);
pos("discord-webhook-yaml", "discord webhook in GH Actions step", `      - name: Notify\n        run: |\n          curl -X POST -H 'Content-Type: application/json' \\\n            -d "{\\"content\\": \\"release $TAG\\"}" \\\n            ${discordHook()}\n`);

// ---- Telegram
const tg = () => r.digits(10) + ":" + "AA" + r.str(33, B64URL);
pos("telegram-env", "telegram bot token in env", `TELEGRAM_BOT_TOKEN=${tg()}\nTELEGRAM_CHAT_ID=-100${r.digits(10)}\n`);
pos("telegram-url", "telegram bot token in sendMessage URL", `curl -s "https://api.telegram.org/bot${tg()}/sendMessage?chat_id=-100${r.digits(10)}&text=backup%20done"`);
pos("telegram-python", "telegram bot token in python-telegram-bot", `application = ApplicationBuilder().token("${tg()}").build()\napplication.add_handler(CommandHandler("start", start))\napplication.run_polling()`);

// ---- Other developer platforms
pos("postman", "postman API key", `POSTMAN_API_KEY=${"PM" + "AK-" + r.hex(24) + "-" + r.hex(34)}`);
pos("grafana-sa", "grafana service account token", `curl -H "Authorization: Bearer ${"gl" + "sa_" + r.alnum(32) + "_" + r.hex(8)}" https://grafana.acme.io/api/dashboards/home`);
pos("doppler", "doppler personal token", `doppler configure set token ${"dp" + ".pt." + r.alnum(43)} --scope /`);
pos("pulumi", "pulumi access token", `PULUMI_ACCESS_TOKEN=${"pu" + "l-" + r.hex(40)} pulumi up --stack prod --yes`);
pos("tfc-token", "terraform cloud token in .terraformrc", `credentials "app.terraform.io" {\n  token = "${r.alnum(14) + ".atlas" + "v1." + r.alnum(67)}"\n}`);
pos("netlify", "netlify personal access token", `NETLIFY_AUTH_TOKEN=${"nf" + "p_" + r.alnum(36)} netlify deploy --prod --dir=dist`);
pos("groq", "groq API key in python", `client = Groq(api_key="${"gs" + "k_" + r.alnum(52)}")`);
pos("replicate", "replicate API token in env", `REPLICATE_API_TOKEN=${"r8" + "_" + r.alnum(37)}`);
pos("perplexity", "perplexity API key in curl", `curl https://api.perplexity.ai/chat/completions -H "Authorization: Bearer ${"ppl" + "x-" + r.alnum(48)}" -H "Content-Type: application/json" -d '{"model":"sonar","messages":[{"role":"user","content":"hi"}]}'`);
pos("xai", "xAI API key in env", `XAI_API_KEY=${"xa" + "i-" + r.alnum(80)}`);
pos("mapbox-secret", "mapbox secret token (sk.eyJ) in env", `MAPBOX_DOWNLOADS_TOKEN=${"sk" + "." + Buffer.from(JSON.stringify({ u: "acme-maps", a: "cl" + r.str(23, LOWER + DIGITS) })).toString("base64url") + "." + r.str(22, B64URL)}`);
pos("figma", "figma personal access token", `curl -H 'X-Figma-Token: ${"fig" + "d_" + r.str(40, B64URL)}' 'https://api.figma.com/v1/files/${r.alnum(22)}'`);
pos("airtable", "airtable personal access token", `const base = new Airtable({ apiKey: '${"pat" + r.alnum(14) + "." + r.hex(64)}' }).base('app${r.alnum(14)}');`);
pos("okta", "okta API token in SSWS header", `curl -H "Accept: application/json" -H "Authorization: SSWS ${"00" + r.str(40, B64URL)}" "https://acme.okta.com/api/v1/users?limit=25"`);
pos("render", "render API key", `RENDER_API_KEY=${"rn" + "d_" + r.alnum(32)}`);
pos("onepassword-sa", "1Password service account token", `OP_SERVICE_ACCOUNT_TOKEN=${"op" + "s_" + Buffer.from(JSON.stringify({ signInAddress: "acme.1password.com", userAuth: { method: "SRPg-4096", alg: "PBES2g-HS256", iterations: 650000, salt: r.b64bytes(16) }, email: r.str(26, LOWER + DIGITS) + "@1passwordserviceaccounts.com", srpX: r.hex(64), muk: { alg: "A256GCM", ext: true, k: r.b64url(43), key_ops: ["encrypt", "decrypt"], kty: "oct", kid: "mp" }, secretKey: "A3-" + r.str(6, UPPER + DIGITS) + "-" + r.str(6, UPPER + DIGITS), throttleSecret: { seed: r.hex(64), deviceUuid: r.str(26, LOWER + DIGITS) }, deviceUuid: r.str(26, LOWER + DIGITS) })).toString("base64url")}`);
void ALNUM;
