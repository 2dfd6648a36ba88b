import type { CorpusCase } from "../types";
import { b64, digits, hex, j, jwt, s, t, uuid, AN, ANL, ANU, B64U } from "./_gen";

const P = (id: string, category: string, text: string, note?: string): CorpusCase => ({ id: `t-${id}`, kind: "secrets", category: `heldoutt-${category}`, label: "positive", text, ...(note ? { note } : {}) });

export const cases: CorpusCase[] = [
  // ---------- chat / messaging / email / sms ----------
  P("msg-slack-bot-py", "messaging", `from slack_sdk import WebClient
client = WebClient(token="${t.slackBot()}")
client.chat_postMessage(channel="#deploys", text="v2.4.1 is live")`),
  P("msg-slack-user-curl", "messaging", `curl -s -X POST -H 'Authorization: Bearer ${t.slackUser()}' -H 'Content-type: application/json' --data '{"channel":"C0${s(8, ANU)}","text":"hello"}' https://10.0.0.15/api/chat.postMessage`),
  P("msg-slack-app", "messaging", `SLACK_APP_TOKEN=${t.slackApp()}
SLACK_SIGNING_SECRET=${hex(32)}`),
  P("msg-discord", "messaging", `import discord
bot = commands.Bot(command_prefix="!")
...
bot.run("${t.discordBot()}")`),
  P("msg-telegram-prompt", "messaging", `My telegram bot stopped responding after I moved it to the new VPS. Token is ${t.telegram()} and the webhook should point at https://bot.example.net/hook — can you see anything wrong with setWebhook?`),
  P("msg-telegram-toml", "messaging", `[notifier.telegram]
bot_token = "${t.telegram()}"
chat_id = -100${digits(10)}`),
  P("msg-twilio", "messaging", `const client = require('twilio')('${t.twilioSid()}', '${t.twilioAuth()}');
client.messages.create({ body: 'Your code is 481223', from: '+15005550006', to: process.argv[2] });`, "Account SID paired with the 32-hex auth token"),
  P("msg-twilio-apikey", "messaging", `TWILIO_ACCOUNT_SID=${t.twilioSid()}
TWILIO_API_KEY=${t.twilioKey()}
TWILIO_API_SECRET=${s(32, AN)}`),
  P("msg-sendgrid-form", "messaging", `POST /v3/mail/send HTTP/1.1
Host: 192.168.10.2
Authorization: Bearer ${t.sendgrid()}
Content-Type: application/json

{"personalizations":[{"to":[{"email":"a@example.com"}]}],"from":{"email":"noreply@example.com"},"subject":"Welcome","content":[{"type":"text/plain","value":"hi"}]}`),
  P("msg-mailgun", "messaging", `curl -s --user 'api:${t.mailgun()}' https://10.3.3.3/v3/mg.example.com/messages -F from='Ops <ops@example.com>' -F to=a@example.com -F subject='Nightly report' -F text='attached'`),
  P("msg-brevo", "messaging", `$config = Brevo\\Client\\Configuration::getDefaultConfiguration()->setApiKey('api-key', '${t.brevo()}');`),
  P("msg-resend-ts", "messaging", `import { Resend } from "resend";
const resend = new Resend("${t.resend()}");
await resend.emails.send({ from: "hi@example.com", to: "u@example.com", subject: "Reset", html: "<p>link</p>" });`),
  P("msg-postmark", "messaging", `X-Postmark-Server-Token: ${t.postmark()}
Accept: application/json
Content-Type: application/json`, "Postmark server tokens are UUIDs; the header name makes it a credential"),
  P("msg-mailchimp", "messaging", `MAILCHIMP_API_KEY = "${t.mailchimp()}"
MAILCHIMP_LIST_ID = "${hex(10)}"`),

  // ---------- payment ----------
  P("pay-stripe-restricted", "payment", `stripe.api_key = "${t.stripeRestricted()}"
charges = stripe.Charge.list(limit=3)`),
  P("pay-stripe-whsec", "payment", `endpoint_secret = '${t.stripeWhsec()}'
event = stripe.Webhook.construct_event(payload, sig_header, endpoint_secret)`),
  P("pay-square", "payment", `square:
  environment: production
  access_token: ${t.squareToken()}
  location_id: L${s(12, ANU)}`),
  P("pay-square-secret", "payment", `SQUARE_APPLICATION_ID=sq0idp-${s(22, B64U)}
SQUARE_APPLICATION_SECRET=${t.squareSecret()}`),
  P("pay-razorpay", "payment", `var instance = new Razorpay({
  key_id: '${t.razorpayId()}',
  key_secret: '${t.razorpaySecret()}',
});`),
  P("pay-braintree", "payment", `BRAINTREE_ACCESS_TOKEN=${t.braintree()}`),
  P("pay-paystack", "payment", `curl https://10.9.9.9/transaction/initialize -H "Authorization: Bearer ${t.paystack()}" -H "Content-Type: application/json" -d '{ "email": "customer@example.com", "amount": "20000" }'`),
  P("pay-flutterwave", "payment", `FLW_PUBLIC_KEY=FLWPUBK-${hex(32)}-X
FLW_SECRET_KEY=${t.flutterwave()}
FLW_ENCRYPTION_KEY=${hex(12)}`),
  P("pay-mollie-php", "payment", `$mollie = new \\Mollie\\Api\\MollieApiClient();
$mollie->setApiKey("${t.mollie()}");`),
  P("pay-adyen", "payment", `adyen.apiKey=${t.adyen()}
adyen.merchantAccount=AcmeECOM
adyen.environment=LIVE`),

  // ---------- AI ----------
  P("ai-openai-json", "ai", JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `Why does my script fail? It does: client = OpenAI(api_key="${t.openai()}") and then raises RateLimitError.` }] })),
  P("ai-anthropic-header", "ai", `POST /v1/messages HTTP/1.1
host: 127.0.0.1:8787
x-api-key: ${t.anthropic()}
anthropic-version: 2023-06-01
content-type: application/json

{"model":"claude-sonnet","max_tokens":256,"messages":[{"role":"user","content":"ping"}]}`),
  P("ai-groq", "ai", `export GROQ_API_KEY='${t.groq()}'`),
  P("ai-hf", "ai", `from huggingface_hub import login
login(token="${t.hf()}", add_to_git_credential=True)`),
  P("ai-replicate", "ai", `REPLICATE_API_TOKEN=${t.replicate()} python generate.py --prompt "a lighthouse at dusk"`),
  P("ai-perplexity", "ai", `{
  "mcpServers": {
    "perplexity": {
      "command": "npx",
      "args": ["-y", "server-perplexity-ask"],
      "env": { "PERPLEXITY_API_KEY": "${t.perplexity()}" }
    }
  }
}`),
  P("ai-xai", "ai", `client = OpenAI(base_url="https://api.x.example/v1", api_key="${t.xai()}")`),
  P("ai-openrouter", "ai", `// .continue/config.ts
models: [{ title: "router", provider: "openrouter", model: "meta-llama/llama-3.1-70b-instruct", apiKey: "${t.openrouter()}" }]`),
  P("ai-langsmith", "ai", `LANGCHAIN_TRACING_V2=true
LANGCHAIN_ENDPOINT=https://langsmith.example.com
LANGCHAIN_API_KEY=${t.langsmith()}
LANGCHAIN_PROJECT=support-bot`),
  P("ai-pinecone", "ai", `pc = Pinecone(api_key="${t.pinecone()}")
index = pc.Index("docs-v3")`),
  P("ai-deepseek", "ai", `curl http://127.0.0.1:4000/chat/completions -H "Content-Type: application/json" -H "Authorization: Bearer ${t.deepseek()}" -d '{"model":"deepseek-chat","messages":[{"role":"user","content":"hi"}]}'`, "DeepSeek keys are sk- + 32 hex"),
  P("ai-fireworks", "ai", `FIREWORKS_API_KEY="${t.fireworks()}"`),
  P("ai-cohere-ctx", "ai", `co = cohere.ClientV2(api_key="${s(40, AN)}")
response = co.rerank(model="rerank-v3.5", query=q, documents=docs)`, "Cohere keys are 40 alnum without prefix"),
  P("ai-mistral-ctx", "ai", `[llm]
provider = "mistral"
model = "mistral-large-latest"
mistral_api_key = "${s(32, AN)}"`, "Mistral keys are 32 alnum without prefix"),

  // ---------- package registries ----------
  P("reg-npmrc", "registry", `registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=${t.npm()}
save-exact=true`),
  P("reg-pypirc", "registry", `[distutils]
index-servers = pypi

[pypi]
username = __token__
password = ${t.pypi()}`),
  P("reg-twine-cmd", "registry", `python -m twine upload --non-interactive -u __token__ -p ${t.pypi()} dist/*`),
  P("reg-rubygems", "registry", `---
:rubygems_api_key: ${t.rubygems()}`),
  P("reg-nuget", "registry", `dotnet nuget push bin/Release/Acme.Core.3.1.0.nupkg --api-key ${t.nuget()} --source https://api.nuget.org/v3/index.json`),
  P("reg-dockerhub", "registry", `echo "${t.dockerhub()}" | docker login -u acmebuild --password-stdin`),
  P("reg-crates", "registry", `# ~/.cargo/credentials.toml
[registry]
token = "${t.crates()}"`),
  P("reg-jfrog", "registry", `<server>
  <id>artifactory</id>
  <username>ci-deployer</username>
  <password>${t.jfrog()}</password>
</server>`),
  P("reg-clojars", "registry", `{:deploy-repositories [["clojars" {:url "https://repo.clojars.org" :username "acme" :password "${t.clojars()}"}]]}`),
  P("reg-gradle-props", "registry", `org.gradle.jvmargs=-Xmx2g
ossrhUsername=acme-release
ossrhPassword=${t.password()}${s(8)}
signing.keyId=${hex(8).toUpperCase()}
signing.password=${t.password()}`, "gradle.properties with repository and signing passwords"),

  // ---------- observability ----------
  P("obs-datadog", "observability", `# datadog.yaml
api_key: ${t.datadogApi()}
site: datadoghq.eu
logs_enabled: true`),
  P("obs-datadog-app-curl", "observability", `curl -X GET "https://10.4.4.4/api/v1/monitor" -H "DD-API-KEY: ${t.datadogApi()}" -H "DD-APPLICATION-KEY: ${t.datadogApp()}"`),
  P("obs-newrelic", "observability", `NEW_RELIC_API_KEY=${t.nrak()}
NEW_RELIC_ACCOUNT_ID=${digits(7)}`),
  P("obs-sentry-user", "observability", `[auth]
token=${t.sentryUser()}`),
  P("obs-sentry-org", "observability", `SENTRY_AUTH_TOKEN=${t.sentryOrg()} npx @sentry/wizard@latest -i sourcemaps`),
  P("obs-grafana-sa", "observability", `provider "grafana" {
  url  = "https://grafana.example.com"
  auth = "${t.grafanaSa()}"
}`),
  P("obs-grafana-cloud", "observability", `remote_write:
  - url: https://prometheus.example.net/api/prom/push
    basic_auth:
      username: ${digits(7)}
      password: ${t.grafanaCloud()}`),
  P("obs-dynatrace", "observability", `curl -s "https://10.2.2.2/e/abc123/api/v2/metrics/query?metricSelector=builtin:host.cpu.usage" \\
  -H "Authorization: Api-Token ${t.dynatrace()}"`),
  P("obs-axiom", "observability", `AXIOM_TOKEN=${t.axiom()}
AXIOM_DATASET=vercel-logs`),
  P("obs-honeycomb", "observability", `OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=${t.honeycomb()}"`),

  // ---------- databases ----------
  P("db-postgres-url", "database", `DATABASE_URL=postgresql://app_rw:${t.password()}@10.12.0.7:5432/orders?sslmode=require`),
  P("db-mongo-srv", "database", `const uri = "mongodb+srv://analytics:${t.password()}${s(4)}@cluster0.db.example.net/?retryWrites=true&w=majority";
const client = new MongoClient(uri);`),
  P("db-redis", "database", `REDIS_URL=rediss://default:${s(32, AN)}@cache.internal.example.com:6380/0`),
  P("db-mysql-cli", "database", `mysqldump -h 172.20.1.5 -u backup -p'${t.password()}' --single-transaction shop > shop.sql`),
  P("db-pscale-pw", "database", `DB_HOST=aws.connect.psdb.example.com
DB_USERNAME=${s(20, ANL)}
DB_PASSWORD=${t.pscalePw()}`),
  P("db-pscale-tkn", "database", `pscale auth login --service-token ${t.pscaleTkn()} --service-token-id ${s(12, ANL)}`),
  P("db-supabase-pat", "database", `SUPABASE_ACCESS_TOKEN=${t.supabasePat()} supabase db push --project-ref ${s(20, ANL)}`),
  P("db-supabase-service-jwt", "database", `const supabase = createClient("https://xyzcompany.supabase.example.com", "${jwt({ iss: "supabase", ref: s(20, ANL), role: "service_role", iat: 1716000000, exp: 2031576000 })}");`),
  P("db-databricks", "database", `[DEFAULT]
host  = https://adb-${digits(16)}.7.azuredatabricks.example.net
token = ${t.databricks()}`),
  P("db-neon", "database", `curl 'https://10.7.0.1/api/v2/projects' -H 'Accept: application/json' -H "Authorization: Bearer ${t.neon()}"`),
  P("db-fauna", "database", `FAUNA_SECRET=${t.fauna()}`),
  P("db-mssql-conn", "database", `"ConnectionStrings": {
  "Default": "Server=tcp:sql-prod.internal,1433;Initial Catalog=crm;User ID=crm_app;Password=${t.password()};Encrypt=True;"
}`),
  P("db-jdbc-props", "database", `spring.datasource.url=jdbc:postgresql://10.0.5.20:5432/ledger
spring.datasource.username=ledger
spring.datasource.password=${t.password()}${s(3)}`),
  P("db-snowflake", "database", `conn = snowflake.connector.connect(
    user="ETL_SVC",
    password="${t.password()}",
    account="acme-xy12345",
    warehouse="LOAD_WH",
)`),

  // ---------- SaaS / feature flags / secret managers ----------
  P("saas-shopify", "saas", `SHOPIFY_STORE=acme-outlet.myshopify.example.com
SHOPIFY_ADMIN_TOKEN=${t.shopify()}`),
  P("saas-shopify-shared", "saas", `shopify_api_secret = "${t.shopifyShared()}"`),
  P("saas-linear", "saas", `const linear = new LinearClient({ apiKey: "${t.linear()}" });`),
  P("saas-notion", "saas", `curl -X POST https://10.5.5.5/v1/databases/${hex(32)}/query -H 'Authorization: Bearer ${t.notion()}' -H 'Notion-Version: 2022-06-28'`),
  P("saas-airtable", "saas", `AIRTABLE_PAT=${t.airtable()}
AIRTABLE_BASE=app${s(14)}`),
  P("saas-figma", "saas", `{"figma": {"personalAccessToken": "${t.figma()}", "fileKey": "${s(22)}"}}`),
  P("saas-hubspot", "saas", `hubspot:
  portal_id: ${digits(8)}
  private_app_token: ${t.hubspot()}`),
  P("saas-postman", "saas", `postman collection run ${digits(8)}-${uuid()} --api-key ${t.postman()}`),
  P("saas-contentful", "saas", `contentful space export --space-id ${s(12, ANL)} --management-token ${t.contentful()}`),
  P("saas-launchdarkly", "saas", `ld_client = ldclient.LDClient(Config("${t.launchdarkly()}"))`),
  P("saas-launchdarkly-api", "saas", `LD_API_KEY=${t.ldApi()}  # writer role`),
  P("saas-statsig", "saas", `Statsig.initialize("${t.statsig()}", { environment: { tier: "production" } });`),
  P("saas-posthog-personal", "saas", `POSTHOG_PERSONAL_API_KEY=${t.posthogPersonal()}
POSTHOG_PROJECT_ID=${digits(5)}`),
  P("saas-configcat", "saas", `var client = ConfigCatClient.Get("${t.configcat()}");`),
  P("saas-doppler", "saas", `docker run --rm -e DOPPLER_TOKEN="${t.doppler()}" acme/api:2.4.1 doppler run -- ./server`),
  P("saas-vault", "saas", `$ vault login -method=userpass username=ops
Success! You are now authenticated.
Key                    Value
---                    -----
token                  ${t.vault()}
token_accessor         ${s(24)}
token_duration         768h`),
  P("saas-vault-batch", "saas", `X-Vault-Token: ${t.vaultBatch()}`),
  P("saas-1password", "saas", `env:
  OP_SERVICE_ACCOUNT_TOKEN: ${t.onePassword()}`),
  P("saas-infisical", "saas", `INFISICAL_TOKEN=${t.infisical()} infisical run --env=prod -- npm start`),
  P("saas-algolia-admin", "saas", `const client = algoliasearch("${s(10, ANU)}", "${hex(32)}"); // admin key, used by the reindex job`),
];
