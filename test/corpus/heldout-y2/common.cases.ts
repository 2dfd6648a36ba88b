// heldout-y2: the ~60 most common providers, positives in varied outbound contexts.
import type { CorpusCase } from "../types.ts";
import { b64, build, chat, fnCall, j, oaChat, rng, tool, B32, BECH32, B64, B64URL, DIG, HEX, LOWNUM, UP } from "./_gen.ts";

const g = rng(0x5eed_2201);

// ---- builders for this file ----
const awsId = () => j("AK", "IA", g.s(16, B32.replace(/[0189]/g, "")));
const asiaId = () => j("AS", "IA", g.s(16, B32));
const awsSecret = () => g.s(40, B64);
const gcpKey = () => j("AI", "za", "Sy", g.s(33, B64URL));
const azStorageKey = () => g.b64bytes(64);
const azClientSecret = () => j(g.s(3, LOWNUM + UP), g.s(1, DIG), "Q~", g.s(34, B64URL + "~."));
const ghp = () => j("gh", "p_", g.s(36));
const ghFine = () => j("github", "_pat_", "11", g.up(20), "_", g.s(59));
const ghs = () => j("gh", "s_", g.s(36));
const gho = () => j("gh", "o_", g.s(36));
const glpat = () => j("gl", "pat-", g.s(20, B64URL));
const npmT = () => j("np", "m_", g.s(36));
const pypi = () => j("pypi", "-AgEIcHlwaS5vcmcCJD", g.s(140, B64URL));
const dckr = () => j("dckr", "_pat_", g.s(27, B64URL));
const xoxb = () => j("xo", "xb-", g.dig(12), "-", g.dig(13), "-", g.s(24));
const xoxp = () => j("xo", "xp-", g.dig(12), "-", g.dig(12), "-", g.dig(13), "-", g.hex(32));
const xapp = () => j("xa", "pp-1-A", g.up(10), "-", g.dig(13), "-", g.hex(64));
const slackHook = () => j("https://hooks.slack.com/services/", "T", g.up(10), "/B", g.up(10), "/", g.s(24));
const discordBot = () => j(Buffer.from(g.dig(19)).toString("base64").replace(/=+$/, ""), ".", g.s(6, B64URL), ".", g.s(38, B64URL));
const discordHook = () => j("https://discord.com/api/webhooks/", g.dig(19), "/", g.s(68, B64URL));
const tg = () => j(g.dig(10), ":AA", g.s(33, B64URL));
const skLive = () => j("sk", "_live_", "51", g.s(97));
const rkLive = () => j("rk", "_live_", "51", g.s(97));
const whsec = () => j("wh", "sec_", g.s(32));
const twAC = () => j("A", "C", g.hex(32));
const sg = () => j("S", "G.", g.s(22, B64URL), ".", g.s(43, B64URL));
const mailchimp = () => j(g.hex(32), "-us", g.pick(["6", "14", "17", "21"]));
const openai = () => j("sk-", "proj-", g.s(74, B64URL), "T3Blbk", "FJ", g.s(74, B64URL));
const openaiSvc = () => j("sk-", "svcacct-", g.s(74, B64URL), "T3Blbk", "FJ", g.s(74, B64URL));
const anth = () => j("sk-", "ant-api03-", g.s(93, B64URL), "AA");
const anthAdmin = () => j("sk-", "ant-admin01-", g.s(93, B64URL), "AA");
const hf = () => j("h", "f_", g.s(34, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"));
const groq = () => j("gs", "k_", g.s(52));
const r8 = () => j("r8", "_", g.s(37));
const pplx = () => j("pp", "lx-", g.s(48));
const gocspx = () => j("GOC", "SPX-", g.s(28, B64URL));
const shpat = () => j("sh", "pat_", g.hex(32));
const shpss = () => j("sh", "pss_", g.hex(32));
const sqAccess = () => j("EA", "AA", g.s(60, B64URL));
const braintree = () => j("access_token", "$production$", g.lo(16), "$", g.hex(32));
const atlassian = () => j("ATA", "TT3xFfGF0", g.s(180, B64URL), "=", g.HEX(8));
const linear = () => j("lin", "_api_", g.s(40));
const notion = () => j("nt", "n_", g.dig(11), g.s(35));
const airtable = () => j("pa", "t", g.s(14), ".", g.hex(64));
const figma = () => j("fi", "gd_", g.s(40, B64URL));
const postman = () => j("PM", "AK-", g.hex(24), "-", g.hex(34));
const nrak = () => j("NR", "AK-", g.s(27, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"));
const sntryu = () => j("sntr", "yu_", g.hex(64));
const glsa = () => j("gl", "sa_", g.s(32), "_", g.hex(8));
const heroku = () => j("HR", "KU-", "AA", g.s(58, B64URL));
const dop = () => j("do", "p_v1_", g.hex(64));
const nfp = () => j("nf", "p_", g.s(36));
const fly = () => j("Fly", "V1 fm2_", g.s(240, B64), "==");
const sbp = () => j("sb", "p_", g.hex(40));
const pscale = () => j("pscale", "_pw_", g.s(43, B64URL));
const neonApi = () => j("nap", "i_", g.lo(64));
const okta = () => j("0", "0", g.s(40, B64URL));
const tfc = () => j(g.s(14), ".atlas", "v1.", g.s(67));
const hvs = () => j("hv", "s.", g.s(90, B64URL));
const doppler = () => j("dp", ".st.prd.", g.s(43));
const opsToken = () => j("op", "s_", "eyJ", g.s(600, B64URL));
const ageKey = () => j("AGE-SECRET", "-KEY-1", g.s(58, BECH32));
const pw = () => g.s(20, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%*");
const urlpw = () => g.s(22, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789");

const A1 = awsId(), S1 = awsSecret();
const sa = {
  type: "service_account",
  project_id: "orbit-billing-prod",
  private_key_id: g.hex(40),
  private_key: g.pem("PKCS8") + "\n",
  client_email: "etl-runner@orbit-billing-prod.iam.gserviceaccount.com",
  client_id: g.dig(21),
  auth_uri: "https://accounts.google.com/o/oauth2/auth",
  token_uri: "https://oauth2.googleapis.com/token",
};

const rows: [string, string, string?][] = [
  // ---------------- cloud ----------------
  ["cloud", `[default]\naws_access_key_id = ${A1}\naws_secret_access_key = ${S1}\nregion = eu-west-1\n`],
  ["cloud", chat(`my boto3 script fails with SignatureDoesNotMatch, here is the setup:\n\n\`\`\`python\nsession = boto3.Session(\n    aws_access_key_id="${awsId()}",\n    aws_secret_access_key="${awsSecret()}",\n    region_name="us-east-2",\n)\ns3 = session.client("s3")\n\`\`\``)],
  ["cloud", tool("bash", { command: `AWS_ACCESS_KEY_ID=${awsId()} AWS_SECRET_ACCESS_KEY=${awsSecret()} aws s3 sync ./dist s3://static-assets-prod --delete` })],
  ["cloud", `docker run --rm -e AWS_ACCESS_KEY_ID=${awsId()} -e AWS_SECRET_ACCESS_KEY=${awsSecret()} -e AWS_SESSION_TOKEN= amazon/aws-cli sts get-caller-identity`],
  ["cloud", `export AWS_ACCESS_KEY_ID=${asiaId()}\nexport AWS_SECRET_ACCESS_KEY=${awsSecret()}\nexport AWS_SESSION_TOKEN=${j("IQoJb3JpZ2luX2Vj", g.s(360, B64))}\n`],
  ["cloud", `resource "aws_iam_access_key" "ci" {}\n\nprovider "aws" {\n  region     = "ap-southeast-1"\n  access_key = "${awsId()}"\n  secret_key = "${awsSecret()}"\n}\n`],
  ["cloud", `${awsId()}`, "AWS key id alone"],
  ["cloud", JSON.stringify(sa, null, 2)],
  ["cloud", chat(`why does this fail with invalid_grant?\n${JSON.stringify(sa)}`)],
  ["cloud", `const url = \`https://maps.googleapis.com/maps/api/geocode/json?address=\${encodeURIComponent(addr)}&key=${gcpKey()}\`;`],
  ["cloud", tool("write_file", { path: "android/app/src/main/res/values/secrets.xml", content: `<resources>\n  <string name="google_api_key">${gcpKey()}</string>\n</resources>\n` })],
  ["cloud", `DefaultEndpointsProtocol=https;AccountName=stgreportsprod01;AccountKey=${azStorageKey()};EndpointSuffix=core.windows.net`],
  ["cloud", `{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "ConnectionStrings": {\n    "Blob": "DefaultEndpointsProtocol=https;AccountName=contosoinvoices;AccountKey=${azStorageKey()};EndpointSuffix=core.windows.net"\n  }\n}\n`],
  ["cloud", oaChat(`az login keeps failing:\naz login --service-principal -u 3f1c2a9e-6b7d-4e21-9c0a-5d8e7f6a1b2c -p ${azClientSecret()} --tenant 72f988bf-86f1-41af-91ab-2d7cd011db47`)],
  ["cloud", `AZURE_CLIENT_ID=0b6a1f5e-22c4-4d8e-a3f1-9e7c6d5b4a30\nAZURE_TENANT_ID=9d2e7c41-5b3a-4f80-8e6d-1c2b3a4d5e6f\nAZURE_CLIENT_SECRET=${azClientSecret()}\n`],
  ["cloud", `GET https://stgmedia.blob.core.windows.net/uploads/report.pdf?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2026-12-31T23:59:59Z&st=2025-01-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.b64bytes(32))} HTTP/1.1`],
  ["cloud", `curl -X GET "https://api.digitalocean.com/v2/droplets" -H "Authorization: Bearer ${dop()}"`],
  ["cloud", `[[services]]\n  internal_port = 8080\n\n# fly deploy token for CI\n# FLY_API_TOKEN="${fly()}"\n`],
  ["cloud", tool("bash", { command: `heroku config:set -a billing-api HEROKU_API_KEY=${heroku()}` })],
  ["cloud", `export CLOUDFLARE_API_TOKEN=${g.s(40, B64URL)}\nwrangler deploy --env production`],
  ["cloud", `X-Auth-Email: ops@northwind.io\nX-Auth-Key: ${g.hex(37)}\nContent-Type: application/json`],
  ["cloud", `NETLIFY_AUTH_TOKEN=${nfp()}\nNETLIFY_SITE_ID=5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\n`],
  ["cloud", `- name: Deploy\n  run: vercel deploy --prod --token=${g.s(24)}\n`],
  // ---------------- ai ----------------
  ["ai", chat(`Here's my .env, why does the client say 401?\n\nOPENAI_API_KEY=${openai()}\nOPENAI_ORG=org-acme\n`)],
  ["ai", `from openai import OpenAI\nclient = OpenAI(api_key="${openai()}")\n`],
  ["ai", `curl https://api.openai.com/v1/chat/completions \\\n  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer ${openaiSvc()}" \\\n  -d '{"model":"gpt-4.1-mini","messages":[{"role":"user","content":"hi"}]}'`],
  ["ai", `${openai()}`, "OpenAI key alone"],
  ["ai", tool("bash", { command: `curl https://api.anthropic.com/v1/messages -H "x-api-key: ${anth()}" -H "anthropic-version: 2023-06-01" -H "content-type: application/json" -d @req.json` })],
  ["ai", `const anthropic = new Anthropic({\n  apiKey: '${anth()}',\n});\n`],
  ["ai", oaChat(`the admin API returns 403, using key ${anthAdmin()} — is that the right kind of key?`)],
  ["ai", `HF_TOKEN=${hf()} huggingface-cli upload acme/ner-model ./out`],
  ["ai", `from huggingface_hub import login\nlogin(token="${hf()}")`],
  ["ai", `co = cohere.ClientV2(api_key="${g.s(40)}")\nresp = co.chat(model="command-r-plus", messages=msgs)`],
  ["ai", `client = Mistral(api_key="${g.s(32)}")  # mistral la plateforme key`],
  ["ai", tool("edit_file", { path: ".env.local", old_str: "GROQ_API_KEY=", new_str: `GROQ_API_KEY=${groq()}` })],
  ["ai", `export REPLICATE_API_TOKEN=${r8()}\npython predict.py`],
  ["ai", `{"mcpServers":{"perplexity":{"command":"npx","args":["-y","server-perplexity-ask"],"env":{"PERPLEXITY_API_KEY":"${pplx()}"}}}}`],
  ["ai", `${anth()}`, "Anthropic key alone"],
  // ---------------- devtools ----------------
  ["devtools", `git remote set-url origin https://${ghp()}@github.com/acme/infra.git`],
  ["devtools", tool("bash", { command: `gh auth login --with-token <<< ${ghp()}` })],
  ["devtools", `env:\n  GITHUB_TOKEN: ${ghFine()}\nsteps:\n  - uses: actions/checkout@v4\n`],
  ["devtools", chat(`Octokit throws Bad credentials. token = ${ghFine()}`)],
  ["devtools", `[2025-03-04T10:21:07Z] DEBUG octokit request GET /repos/acme/api/installation headers={"authorization":"token ${ghs()}"}`],
  ["devtools", `${gho()}`, "GitHub OAuth token alone"],
  ["devtools", `variables:\n  GITLAB_TOKEN: "${glpat()}"\nrelease:\n  script: glab release create v1.4.0\n`],
  ["devtools", `curl --header "PRIVATE-TOKEN: ${glpat()}" "https://gitlab.com/api/v4/projects/4821/pipelines"`],
  ["devtools", `git clone https://ci-bot:${j("ATB", "B", g.s(32), g.HEX(8))}@bitbucket.org/acme/mobile-app.git`],
  ["devtools", `//registry.npmjs.org/:_authToken=${npmT()}\nalways-auth=true\n`],
  ["devtools", tool("write_file", { path: "/home/dev/.pypirc", content: `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${pypi()}\n` })],
  ["devtools", `echo ${dckr()} | docker login -u acmebuild --password-stdin`],
  ["devtools", `{"auths":{"https://index.docker.io/v1/":{"auth":"${b64("acmebuild:" + dckr())}"}}}`],
  ["devtools", `${npmT()}`, "npm token alone"],
  ["devtools", `TF_TOKEN_app_terraform_io=${tfc()} terraform init`],
  ["devtools", `credentials "app.terraform.io" {\n  token = "${tfc()}"\n}\n`],
  ["devtools", `curl -X GET https://api.getpostman.com/collections -H "X-Api-Key: ${postman()}"`],
  ["devtools", `DD_API_KEY=${g.hex(32)}\nDD_APP_KEY=${g.hex(40)}\nDD_SITE=datadoghq.eu\n`],
  ["devtools", `newrelic:\n  license_key: ${g.hex(36)}NRAL\n  app_name: checkout-svc\n`],
  ["devtools", oaChat(`nerdgraph query returns unauthorized: curl -H 'API-Key: ${nrak()}' https://api.newrelic.com/graphql -d '{"query":"{ actor { user { name } } }"}'`)],
  ["devtools", `sentry-cli --auth-token ${sntryu()} releases new 2.14.0`],
  ["devtools", `GRAFANA_SA_TOKEN=${glsa()}`],
  ["devtools", tool("bash", { command: `curl -H "Authorization: Bearer ${glsa()}" https://grafana.internal.acme.io/api/dashboards/uid/k8s-nodes` })],
  // ---------------- comms ----------------
  ["comms", `const slack = new WebClient("${xoxb()}");\nawait slack.chat.postMessage({ channel: "#deploys", text });`],
  ["comms", chat(`can you check why this returns not_authed?\ncurl -F token=${xoxp()} -F channel=C0123ABCD https://slack.com/api/conversations.history`)],
  ["comms", `SLACK_APP_TOKEN=${xapp()}\nSLACK_BOT_TOKEN=${xoxb()}\n`],
  ["comms", `curl -X POST -H 'Content-type: application/json' --data '{"text":"build #412 failed"}' ${slackHook()}`],
  ["comms", `alerting:\n  slack_api_url: '${slackHook()}'\n  channel: '#alerts'\n`],
  ["comms", `${xoxb()}`, "Slack bot token alone"],
  ["comms", `client.run('${discordBot()}')`],
  ["comms", tool("http_request", { method: "POST", url: discordHook(), body: { content: "deploy finished" } })],
  ["comms", `TELEGRAM_BOT_TOKEN=${tg()}`],
  ["comms", `curl "https://api.telegram.org/bot${tg()}/sendMessage?chat_id=-1001234567890&text=ok"`],
  ["comms", `${tg()}`, "Telegram token alone"],
  ["comms", `from twilio.rest import Client\naccount_sid = "${twAC()}"\nauth_token = "${g.hex(32)}"\nclient = Client(account_sid, auth_token)`],
  ["comms", oaChat(`curl -X POST https://api.twilio.com/2010-04-01/Accounts/${twAC()}/Messages.json -u ${twAC()}:${g.hex(32)} --data-urlencode "To=+15558675310"`)],
  ["comms", `sgMail.setApiKey('${sg()}');`],
  ["comms", `${sg()}`, "SendGrid key alone"],
  ["comms", `curl -s --user 'api:${g.hex(32)}-${g.hex(8)}-${g.hex(8)}' https://api.mailgun.net/v3/mg.acme.io/messages -F from='noreply@acme.io' -F to=ops@acme.io -F subject=test -F text=hi`],
  ["comms", `MAILCHIMP_API_KEY=${mailchimp()}\nMAILCHIMP_LIST_ID=a1b2c3d4e5\n`],
  ["comms", `POSTMARK_SERVER_TOKEN=${g.uuid()}`],
  // ---------------- payment ----------------
  ["payment", `import Stripe from "stripe";\nconst stripe = new Stripe("${skLive()}", { apiVersion: "2024-06-20" });`],
  ["payment", chat(`stripe listen keeps failing, config:\nSTRIPE_SECRET_KEY=${skLive()}\nSTRIPE_WEBHOOK_SECRET=${whsec()}`)],
  ["payment", `curl https://api.stripe.com/v1/charges -u ${rkLive()}: -d amount=2000 -d currency=usd`],
  ["payment", `${skLive()}`, "Stripe secret key alone"],
  ["payment", `endpoint_secret = '${whsec()}'\nevent = stripe.Webhook.construct_event(payload, sig_header, endpoint_secret)`],
  ["payment", `SQUARE_ACCESS_TOKEN=${sqAccess()}\nSQUARE_ENVIRONMENT=production\n`],
  ["payment", `gateway = braintree.BraintreeGateway(access_token="${braintree()}")`],
  ["payment", tool("bash", { command: `curl -v https://api-m.paypal.com/v1/oauth2/token -u "AeF${g.s(77, B64URL)}:E${g.s(79, B64URL)}" -d "grant_type=client_credentials"` })],
  ["payment", `shopify:\n  store: acme-outdoor.myshopify.com\n  admin_api_access_token: ${shpat()}\n  api_secret: ${shpss()}\n`],
  ["payment", `X-Shopify-Access-Token: ${shpat()}`],
  // ---------------- saas ----------------
  ["saas", `curl -u ops@acme.io:${atlassian()} -H "Accept: application/json" https://acme.atlassian.net/rest/api/3/myself`],
  ["saas", `JIRA_API_TOKEN=${atlassian()}`],
  ["saas", `const linear = new LinearClient({ apiKey: "${linear()}" });`],
  ["saas", tool("bash", { command: `curl https://api.notion.com/v1/search -H 'Authorization: Bearer ${notion()}' -H 'Notion-Version: 2022-06-28' -X POST` })],
  ["saas", `NOTION_TOKEN = "${j("secr", "et_", g.s(43))}"`],
  ["saas", `base = Api("${airtable()}").table("appX1y2Z3a4b5C6d7", "Leads")`],
  ["saas", oaChat(`figma api 403 with X-Figma-Token: ${figma()} on GET /v1/files/abc123`)],
  ["saas", `curl -H "Authorization: Bearer ${g.s(64, B64URL)}" https://acme.eu.auth0.com/api/v2/users  # auth0 mgmt token`],
  ["saas", `{\n  "domain": "acme.us.auth0.com",\n  "clientId": "q8PZ1sX3mYb0kR7tLw2NcVf5HjDa9EuG",\n  "clientSecret": "${g.s(64, B64URL)}"\n}\n`],
  // ---------------- auth ----------------
  ["auth", `{"web":{"client_id":"${g.dig(12)}-${g.lo(32)}.apps.googleusercontent.com","project_id":"acme-login","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${gocspx()}","redirect_uris":["https://app.acme.io/oauth/callback"]}}`],
  ["auth", `GOOGLE_CLIENT_SECRET=${gocspx()}`],
  ["auth", `curl -H "Authorization: SSWS ${okta()}" https://acme.okta.com/api/v1/users?limit=25`],
  ["auth", `okta:\n  client:\n    orgUrl: https://acme.okta.com\n    token: ${okta()}\n`],
  ["auth", `JWT_SECRET=${g.s(64, B64URL)}\nJWT_EXPIRES_IN=15m\n`],
  ["auth", `app.config["JWT_SECRET_KEY"] = "${g.s(48)}"`],
  ["auth", tool("http_request", { method: "GET", url: "https://api.internal.acme.io/v2/accounts/me", headers: { Authorization: `Bearer ${g.jwt({ sub: "u_81234", role: "admin", iss: "acme-auth", exp: 1893456000 })}` } })],
  ["auth", `GITHUB_WEBHOOK_SECRET=${g.hex(40)}`],
  ["auth", `SESSION_SECRET='${g.s(32, B64)}'\nCOOKIE_DOMAIN=.acme.io\n`],
  ["auth", `https://deploy:${urlpw()}@jenkins.acme.io/job/release/buildWithParameters?token=nightly`],
  ["auth", `curl -u admin:${pw()} https://nexus.acme.io/service/rest/v1/repositories`],
  ["auth", `Authorization: Basic ${b64("svc-reporting:" + urlpw())}`],
  // ---------------- data ----------------
  ["data", `MONGODB_URI=mongodb+srv://appuser:${urlpw()}@cluster0.x7k2p.mongodb.net/orders?retryWrites=true&w=majority`],
  ["data", chat(`prisma can't connect: DATABASE_URL="postgresql://postgres:${urlpw()}@db.prod-eu.acme.io:5432/app?sslmode=require"`)],
  ["data", `spring:\n  datasource:\n    url: jdbc:mysql://mysql.prod.acme.io:3306/shop\n    username: shop_rw\n    password: ${pw()}\n`],
  ["data", `REDIS_URL=rediss://default:${urlpw()}@redis-14823.c12.eu-west-1-2.ec2.cloud.redislabs.com:14823`],
  ["data", tool("bash", { command: `psql "postgres://neondb_owner:${j("np", "g_", g.s(12))}@ep-cool-river-a5x1.eu-central-1.aws.neon.tech/neondb?sslmode=require" -c "select 1"` })],
  ["data", `NEON_API_KEY=${neonApi()}`],
  ["data", `SUPABASE_ACCESS_TOKEN=${sbp()} supabase link --project-ref abcdefghijklmnopqrst`],
  ["data", `const supabase = createClient(\n  "https://abcdefghijklmnopqrst.supabase.co",\n  "${g.jwt({ iss: "supabase", ref: "abcdefghijklmnopqrst", role: "service_role", iat: 1715000000, exp: 2030576000 })}"\n);`],
  ["data", `DATABASE_URL='mysql://k3j2h1g0f9:${pscale()}@aws.connect.psdb.cloud/inventory?sslaccept=strict'`],
  ["data", `INSERT INTO integrations (tenant_id, provider, api_key, created_at) VALUES (42, 'stripe', '${skLive()}', NOW());`],
  ["data", `Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crm_app;Password=${pw()};Encrypt=True;`],
  // ---------------- keys / secret managers ----------------
  ["keys", g.pem("RSA")],
  ["keys", chat(`ssh says "invalid format" for this key, what's wrong?\n\n${g.pem("OPENSSH")}`)],
  ["keys", tool("write_file", { path: "deploy/id_ed25519", content: g.pem("OPENSSH") + "\n" })],
  ["keys", `const privateKey = \`${g.pem("EC")}\`;\nconst token = jwt.sign(claims, privateKey, { algorithm: "ES256" });`],
  ["keys", g.pgp()],
  ["keys", `# created: 2025-02-11T09:14:02Z\n# public key: age1${g.s(58, BECH32.toLowerCase())}\n${ageKey()}`],
  ["keys", `SOPS_AGE_KEY=${ageKey()}`],
  ["keys", `VAULT_ADDR=https://vault.acme.io:8200\nVAULT_TOKEN=${hvs()}\n`],
  ["keys", `vault kv get -address=https://vault.acme.io -format=json secret/payments # token ${hvs()}`],
  ["keys", `DOPPLER_TOKEN=${doppler()} doppler run -- npm start`],
  ["keys", `OP_SERVICE_ACCOUNT_TOKEN=${opsToken()}`],
  ["keys", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\ntype: Opaque\ndata:\n  STRIPE_KEY: ${b64(skLive())}\n  DB_PASSWORD: ${b64(pw())}\n`],
  ["keys", fnCall("create_file", { path: "secrets/tls.key", content: g.pem("PKCS8") })],
];

export const cases: CorpusCase[] = build("y2-c", "positive", rows);
