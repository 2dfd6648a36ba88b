import type { CorpusCase } from "../types";
import { makeGen, HEX, AN, DG, LO, UP, B64URL, B32, BECH32 } from "./_gen";

const g = makeGen(0x0a11ce);
const { s, j, uuid, digits, jwt, b64, pem } = g;

const out: CorpusCase[] = [];
let n = 0;
const P = (category: string, text: string, note?: string) =>
  out.push({ id: `o-sa-${String(++n).padStart(3, "0")}`, kind: "secrets", category: `heldouto-${category}`, label: "positive", text, ...(note ? { note } : {}) });

// ---------- cloud ----------
const akid = j("AK", "IA", s(16, B32.replace(/[0-1]/g, "")));
P("cloud", `[default]\naws_access_key_id = ${akid}\naws_secret_access_key = ${s(40, AN + "/+")}\nregion = eu-central-1\n`);
P("cloud", `curl -X POST https://api.example.com/deploy \\\n  -H 'Content-Type: application/json' \\\n  -d '{"provider":"aliyun","accessKeyId":"${j("LT", "AI5t", s(18, AN))}","accessKeySecret":"${s(30, AN)}","region":"cn-hangzhou"}'`);
P("cloud", `# tencentcloud provider\nprovider "tencentcloud" {\n  secret_id  = "${j("AK", "ID", s(32, AN))}"\n  secret_key = "${s(32, AN)}"\n  region     = "ap-guangzhou"\n}`);
P("cloud", `DIGITALOCEAN_TOKEN=${j("dop", "_v1_", s(64, HEX))}\nSPACES_REGION=fra1\n`);
P("cloud", `scaleway:\n  access_key: ${j("SC", "W", s(17, UP + "0123456789"))}\n  secret_key: ${uuid()}\n  default_project_id: ${uuid()}\n  default_region: fr-par`, "Scaleway secret key is a UUID; context (secret_key next to SCW access key) makes it live");
P("cloud", `{\n  "type": "service_account",\n  "project_id": "billing-prod-4411",\n  "private_key_id": "${s(40, HEX)}",\n  "private_key": "${pem("PRIVATE KEY", 1200).replace(/\n/g, "\\n")}\\n",\n  "client_email": "deployer@billing-prod-4411.iam.gserviceaccount.com",\n  "client_id": "${digits(21)}",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}`);
P("cloud", `DefaultEndpointsProtocol=https;AccountName=stgreportsweu01;AccountKey=${b64(64)};EndpointSuffix=core.windows.net`);
P("cloud", `$ ibmcloud login --apikey ${s(44, AN + "_-")} -r us-south\nAPI endpoint: https://cloud.ibm.com\nAuthenticating...\nOK`);
P("cloud", `[DEFAULT]\nuser=ocid1.user.oc1..aaaaaaaa${s(52, LO + DG)}\nfingerprint=${Array.from({ length: 16 }, () => s(2, HEX)).join(":")}\ntenancy=ocid1.tenancy.oc1..aaaaaaaa${s(52, LO + DG)}\nregion=eu-frankfurt-1\nkey_file=~/.oci/oci_api_key.pem\n\n# contents of oci_api_key.pem pasted for the support ticket:\n${pem("RSA PRIVATE KEY", 900)}`);
P("cloud", `hcloud context create prod\nToken: ${s(64, AN)}\nContext prod created and activated`, "Hetzner Cloud API token typed at the prompt");
P("cloud", `export LINODE_CLI_TOKEN="${s(64, HEX)}"\nlinode-cli linodes list`);
P("cloud", `huaweicloud:\n  access_key: ${s(20, UP + DG)}\n  secret_key: ${s(40, AN)}\n  region: ap-southeast-1\n  project_id: ${s(32, HEX)}`);
P("cloud", `{"Version":1,"AccessKeyId":"${j("AS", "IA", s(16, B32.replace(/[01]/g, "")))}","SecretAccessKey":"${s(40, AN + "/+")}","SessionToken":"${j("IQoJb3JpZ2luX2Vj", s(300, AN + "/+"))}","Expiration":"2026-12-05T03:10:44Z"}`);
P("cloud", `yc config set token ${j("y0", "_", s(55, AN + "_-"))}\nyc compute instance list --folder-id b1g${s(17, LO + DG)}`, "Yandex Cloud OAuth token");

// ---------- vcs / ci ----------
P("vcs-ci", `git remote set-url origin https://oauth2:${j("glp", "at-", s(20, AN + "_-"))}@gitlab.internal.test/platform/infra.git\ngit push origin HEAD`);
P("vcs-ci", `https://deploy-bot:${j("gh", "s_", s(36, AN))}@github.com\nhttps://jdoe:${j("github", "_pat_", "11A", s(19, UP + DG), "_", s(59, AN))}@github.com\n`, ".git-credentials file contents");
P("vcs-ci", `Authorization: token ${j("gh", "o_", s(36, AN))}\nAccept: application/vnd.github+json\nUser-Agent: release-bot/2.1`);
P("vcs-ci", `steps:\n  - label: ":rocket: deploy"\n    command: |\n      curl -H "Authorization: Bearer ${j("bk", "ua_", s(40, HEX))}" \\\n        https://api.example.com/v2/organizations/acme/pipelines`);
P("vcs-ci", `version: 2.1\n# TODO move to context\nenvironment:\n  CIRCLE_TOKEN: ${j("CCI", "PAT_", s(22, AN), "_", s(40, HEX))}\n`);
P("vcs-ci", `{"name":"nightly","variables":{"TFE_TOKEN":"${j(s(14, AN), ".atlas", "v1.", s(67, AN))}"}}`, "Terraform Cloud API token");
P("vcs-ci", `pulumi login\nEnter your access token from https://app.pulumi.com/account/tokens\n    or hit <ENTER> to log in using your browser                   : ${j("pu", "l-", s(40, HEX))}\nLogged in to pulumi.com as ops-bot`);
P("vcs-ci", `# Azure DevOps\n[credential "https://dev.azure.com"]\n  helper = store\n# PAT: ${s(52, LO + "234567")}\nAZURE_DEVOPS_EXT_PAT=${s(52, LO + "234567")}`, "Azure DevOps PATs are 52 chars base32 lowercase");
P("vcs-ci", `JENKINS_USER=ci-admin\nJENKINS_API_TOKEN=11${s(32, HEX)}\ncurl -u "$JENKINS_USER:$JENKINS_API_TOKEN" http://10.20.0.14:8080/job/release/build`);
P("vcs-ci", `sonar.host.url=http://sonar.internal.test\nsonar.login=${j("sq", "u_", s(40, HEX))}\nsonar.projectKey=payments-api`);
P("vcs-ci", `git clone https://x-token-auth:${j("ATB", "B", s(32, AN), s(8, UP + DG))}@bitbucket.org/acme/mobile.git`, "Bitbucket app password");
P("vcs-ci", `pipeline {\n  environment {\n    HARNESS_TOKEN = 'pat.${s(22, AN + "_-")}.${s(24, HEX)}.${s(20, AN)}'\n  }\n}`);
P("vcs-ci", `src-cli login https://sourcegraph.internal.test --token ${j("sg", "p_", s(16, HEX), "_", s(40, HEX))}`);
P("vcs-ci", `2026-12-04T11:02:31Z INFO  runner[41] registering with token ${j("glr", "t-", s(20, AN + "_-"))} url=https://gitlab.internal.test`);
P("vcs-ci", `export TS_AUTHKEY=${j("tskey", "-auth-", s(12, AN), "CNTRL-", s(33, AN))}\ntailscale up --authkey="$TS_AUTHKEY" --hostname=ci-runner-7`);
P("vcs-ci", `VAULT_ADDR=https://vault.internal.test:8200\nVAULT_TOKEN=${j("hv", "s.", s(24, AN))}\nvault kv get secret/payments`);
P("vcs-ci", `DOPPLER_TOKEN="${j("dp", ".st.", "prd.", s(40, AN))}" doppler run -- npm start`);
P("vcs-ci", `{"token":"${j("ops", "_eyJ", s(300, B64URL))}","vault":"Production"}`, "1Password service-account token");
P("vcs-ci", `infisical export --token=${j("st.", uuid(), ".", s(32, HEX), ".", s(32, HEX))} --env=prod`);
P("vcs-ci", `[ngrok]\nauthtoken: ${digits(1)}${s(26, AN)}_${s(21, AN)}\nversion: "2"\ntunnels:\n  web:\n    proto: http\n    addr: 3000`);

// ---------- chat / comms ----------
P("chat-comms", `import discord\nclient = discord.Client(intents=discord.Intents.default())\nclient.run("${j(Buffer.from(digits(18)).toString("base64").replace(/=+$/, ""), ".", s(6, B64URL), ".", s(38, B64URL))}")`);
P("chat-comms", `please debug why my bot doesn't answer. config:\nBOT_TOKEN=${digits(10)}:${j("AA", s(33, B64URL))}\nWEBHOOK_URL=https://bot.example.com/tg`);
P("chat-comms", `const slack = new WebClient("${j("xo", "xp-", digits(12), "-", digits(12), "-", digits(13), "-", s(32, HEX))}");`);
P("chat-comms", `POST /v1/messages HTTP/1.1\nHost: api.example.com\nAuthorization: Basic ${Buffer.from(j("AC", s(32, HEX), ":", s(32, HEX))).toString("base64")}\nContent-Type: application/x-www-form-urlencoded\n\nTo=%2B15550100&From=%2B15550199&Body=deploy+done`, "Twilio SID:auth-token in Basic header");
P("chat-comms", `TWILIO_API_KEY=${j("S", "K", s(32, HEX))}\nTWILIO_API_SECRET=${s(32, AN)}\nTWILIO_ACCOUNT_SID=AC${s(32, HEX)}`);
P("chat-comms", `sendgrid.setApiKey('${j("S", "G.", s(22, B64URL), ".", s(43, B64URL))}');\nawait sendgrid.send({ to, from: 'noreply@example.com', subject, html });`);
P("chat-comms", `curl -s --user 'api:${j("ke", "y-", s(32, HEX))}' https://api.example.com/v3/mg.example.com/messages -F from='ops@example.com' -F to=team@example.com -F subject=hi -F text=test`, "Mailgun key");
P("chat-comms", `{"apikey":"${s(32, HEX)}-us21","server":"us21","list_id":"a1b2c3d4e5"}`, "Mailchimp API key");
P("chat-comms", `BREVO_API_KEY=${j("xkey", "sib-", s(64, HEX), "-", s(16, AN))}`);
P("chat-comms", `postmark:\n  server_token: ${uuid()}\n  account_token: ${uuid()}\n  message_stream: outbound`, "Postmark tokens are UUIDs; named keys make them live");
P("chat-comms", `vonage = Vonage(Auth(api_key="${s(8, HEX)}", api_secret="${s(16, AN)}"))`);
P("chat-comms", `MATTERMOST_TOKEN=${s(26, LO + DG)}\nMATTERMOST_URL=http://chat.internal.test`);
P("chat-comms", `app.post('/hook', async () => {\n  await fetch(process.env.TEAMS_URL, { headers: { 'X-Resend-Key': '${j("r", "e_", s(8, AN), "_", s(24, AN))}' } })\n})`, "Resend API key");

// ---------- payment ----------
P("payment", `STRIPE_RESTRICTED=${j("rk", "_live_", s(99, AN))}`);
P("payment", `Square.configure(access_token: "${j("EAA", "A", s(60, AN + "-_"))}", environment: "production")`);
P("payment", `gateway = braintree.BraintreeGateway(access_token="${j("access_token", "$production$", s(16, LO + DG), "$", s(32, HEX))}")`);
P("payment", `RAZORPAY_KEY_ID=${j("rzp", "_live_", s(14, AN))}\nRAZORPAY_KEY_SECRET=${s(24, AN)}`);
P("payment", `const flw = new Flutterwave(process.env.FLW_PUBLIC_KEY, '${j("FLW", "SECK-", s(32, HEX), "-X")}');`);
P("payment", `paystack:\n  secret: ${j("sk", "_live_", s(40, HEX))}\n  callback: https://shop.example.com/paystack/callback`);
P("payment", `X-Shopify-Access-Token: ${j("shp", "at_", s(32, HEX))}\nContent-Type: application/json\n\n{"product":{"title":"Winter jacket"}}`);
P("payment", `adyen.apiKey=${j("AQE", s(8, AN), "+", s(90, AN + "+/"), "=")}\nadyen.merchantAccount=AcmeECOM\nadyen.environment=LIVE`);
P("payment", `PLAID_CLIENT_ID=${s(24, HEX)}\nPLAID_SECRET=${s(30, HEX)}\nPLAID_ENV=production`);
P("payment", `mollie.setApiKey("${j("li", "ve_", s(30, AN))}");`);
P("payment", `{"carrier":"usps","api_key":"${j("shippo", "_live_", s(40, HEX))}"}`);
P("payment", `EASYPOST_API_KEY=${j("EZ", "AK", s(54, AN))}`);
P("payment", `# GoCardless\nGC_ACCESS_TOKEN=${j("live", "_", s(40, AN + "-_"))}`);
P("payment", `duffel = Duffel(access_token="${j("duffel", "_live_", s(43, AN + "-_"))}")`);

// ---------- AI ----------
P("ai", `import OpenAI from "openai";\nconst client = new OpenAI({ apiKey: "${j("sk-", "proj-", s(74, AN + "-_"), "T3Blbk", "FJ", s(74, AN + "-_"))}" });`);
P("ai", `my groq key is ${j("gs", "k_", s(52, AN))} - can you write a python script that streams completions with it?`);
P("ai", `from huggingface_hub import login\nlogin(token="${j("h", "f_", s(34, AN))}")`);
P("ai", `REPLICATE_API_TOKEN=${j("r8", "_", s(37, AN))}`);
P("ai", `curl https://api.example.com/chat/completions -H "Authorization: Bearer ${j("pplx", "-", s(48, AN))}" -d '{"model":"sonar","messages":[]}'`, "Perplexity key");
P("ai", `XAI_API_KEY=${j("xa", "i-", s(80, AN))}`);
P("ai", `genai.configure(api_key="${j("AI", "za", "Sy", s(33, AN + "-_"))}")`);
P("ai", `{"model":"deepseek-chat","api_key":"${j("sk-", s(32, HEX))}","base_url":"https://api.example.com"}`);
P("ai", `OPENROUTER_API_KEY=${j("sk-", "or-v1-", s(64, HEX))}`);
P("ai", `LANGSMITH_API_KEY=${j("lsv2", "_pt_", s(32, HEX), "_", s(10, HEX))}\nLANGSMITH_TRACING=true`);
P("ai", `co = cohere.Client("${s(40, AN)}")  # production cohere key`);
P("ai", `mistral:\n  api_key: ${s(32, AN)}\n  model: mistral-large-latest`);
P("ai", `client = Together(api_key="${s(64, HEX)}")`);
P("ai", `AZURE_OPENAI_ENDPOINT=https://acme-oai.openai.azure.com/\nAZURE_OPENAI_API_KEY=${s(32, HEX)}\nAZURE_OPENAI_DEPLOYMENT=gpt-4o`);
P("ai", `{"role":"user","content":"I'm getting 401 with this anthropic key, is it the right format? ${j("sk-", "ant-", "api03-", s(93, AN + "_-"), "AA")}"}`);
P("ai", `FIREWORKS_API_KEY=${j("fw", "_", s(24, AN))}`);
P("ai", `from prefect.client import get_client\n# PREFECT_API_KEY=${j("pn", "u_", s(36, AN))}`);

// ---------- registries ----------
P("registry", `//registry.npmjs.org/:_authToken=${j("np", "m_", s(36, AN))}\n@acme:registry=https://npm.internal.test/\n`);
P("registry", `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${j("pypi", "-AgEIcHlwaS5vcmc", s(70, B64URL))}\n`);
P("registry", `---\n:rubygems_api_key: ${j("rubygems", "_", s(48, HEX))}\n`);
P("registry", `dotnet nuget push bin/Release/Acme.Core.4.2.0.nupkg --api-key ${j("oy", "2", s(43, LO + DG))} --source https://api.nuget.org/v3/index.json`);
P("registry", `[registry]\ntoken = "${j("ci", "o", s(32, AN))}"\n`, "crates.io ~/.cargo/credentials.toml");
P("registry", `{\n  "auths": {\n    "registry.internal.test:5000": {\n      "auth": "${Buffer.from("ci-pusher:" + s(20, AN)).toString("base64")}"\n    },\n    "https://index.docker.io/v1/": {\n      "auth": "${Buffer.from("acmebuild:" + j("dckr", "_pat_", s(27, AN + "-_"))).toString("base64")}"\n    }\n  }\n}`, "docker config.json with base64 user:pass");
P("registry", `docker login -u acmebuild -p ${j("dckr", "_pat_", s(27, AN + "-_"))}`);
P("registry", `artifactory:\n  url: https://artifacts.internal.test/artifactory\n  apiKey: ${j("AKC", "p", s(69, AN))}`);
P("registry", `<servers>\n  <server>\n    <id>clojars</id>\n    <username>acme</username>\n    <password>${j("CLOJARS", "_", s(60, HEX))}</password>\n  </server>\n</servers>`);
P("registry", `machine registry.internal.test\n  login ci\n  password ${s(28, AN)}\nmachine api.example.com\n  login deploy\n  password ${s(20, AN + "!#%")}`, ".netrc");
P("registry", `//npm.pkg.github.com/:_authToken=${j("gh", "p_", s(36, AN))}\nalways-auth=true`);

// ---------- observability ----------
P("observability", `DD_API_KEY=${s(32, HEX)}\nDD_APP_KEY=${s(40, HEX)}\nDD_SITE=datadoghq.eu`);
P("observability", `newrelic.config({ license_key: '${s(36, HEX)}NRAL', app_name: ['checkout'] })\n// user key: ${j("NR", "AK-", s(27, UP + DG))}`);
P("observability", `SENTRY_AUTH_TOKEN=${j("sntry", "s_", g.b64u(JSON.stringify({ iat: 1733300000, url: "https://sentry.io", region_url: "https://us.sentry.io", org: "acme" })), "_", s(43, AN + "+/"))}`);
P("observability", `grafana:\n  url: http://grafana.internal.test:3000\n  service_account_token: ${j("gl", "sa_", s(32, AN), "_", s(8, HEX))}`);
P("observability", `export DT_API_TOKEN=${j("dt0", "c01.", s(24, UP + DG), ".", s(64, UP + DG))}`);
P("observability", `[http_event_collector]\nurl = https://10.1.4.20:8088/services/collector\ntoken = ${uuid()}\nindex = prod-app`, "Splunk HEC token (UUID) in a token= key");
P("observability", `honeycomb:\n  api_key: ${s(22, AN)}\n  dataset: api-traces`);
P("observability", `LOGTAIL_SOURCE_TOKEN=${s(24, AN)}\nBETTERSTACK_API_TOKEN=${s(24, AN)}`);
P("observability", `sentry_sdk.init(dsn="https://${s(32, HEX)}:${s(32, HEX)}@sentry.internal.test/14")`, "legacy DSN with secret key part");
P("observability", `ROLLBAR_ACCESS_TOKEN=${s(32, HEX)}  # post_server_item scope`);

// ---------- database ----------
P("database", `DATABASE_URL=postgres://app_rw:${s(24, AN)}@10.12.0.7:5432/orders?sslmode=require`);
P("database", `spring.datasource.url=jdbc:mysql://db.internal.test:3306/crm\nspring.datasource.username=crm_app\nspring.datasource.password=${s(14, AN)}!${s(4, DG)}`);
P("database", `MONGO_URI="mongodb+srv://analytics:${s(20, AN)}@cluster0.a1b2c.mongodb.internal.test/events?retryWrites=true"`);
P("database", `REDIS_URL=rediss://default:${s(32, AN)}@redis.internal.test:6380/0`);
P("database", `host: aws.connect.psdb.cloud\nusername: ${s(20, LO + DG)}\npassword: ${j("pscale", "_pw_", s(43, AN + "_-"))}\ndatabase: inventory`);
P("database", `const supabase = createClient(\n  "https://abcdefghijklmno.supabase.co",\n  "${jwt({ iss: "supabase", ref: "abcdefghijklmno", role: "service_role", iat: 1712000000, exp: 2027600000 })}"\n);`);
P("database", `DATABRICKS_HOST=https://adb-${digits(16)}.4.azuredatabricks.net\nDATABRICKS_TOKEN=${j("dap", "i", s(32, HEX))}`);
P("database", `NEON_API_KEY=${j("napi", "_", s(64, LO + DG))}`);
P("database", `libsql://prod-acme.turso.io?authToken=${jwt({ a: "rw", iat: 1730000000, id: uuid() }, "EdDSA")}`);
P("database", `snowflake:\n  account: xy12345.eu-central-1\n  user: ETL_SVC\n  password: "${s(18, AN)}#${s(3, DG)}"\n  warehouse: LOAD_WH`);
P("database", `UPSTASH_REDIS_REST_URL=https://eu1-lucky-ant-31882.upstash.io\nUPSTASH_REDIS_REST_TOKEN=${j("AX", s(2, AN), "ASQgN", s(60, AN))}=`);
P("database", `Server=tcp:10.30.1.4,1433;Initial Catalog=Billing;User ID=billing_app;Password=${s(16, AN)};Encrypt=True;`);
P("database", `import psycopg2\nconn = psycopg2.connect(host="172.20.3.9", dbname="hr", user="hr_ro", password="${s(10, LO)}${s(4, DG)}${s(2, UP)}")`);
P("database", `amqp://orders:${s(22, AN)}@rabbit.internal.test:5672/prod`);
P("database", `cockroach sql --url "postgresql://root:${s(18, AN)}@10.0.4.2:26257/defaultdb?sslmode=verify-full"`);

// ---------- SaaS ----------
P("saas", `JIRA_EMAIL=ops@example.com\nJIRA_API_TOKEN=${j("ATAT", "T3xFfGF0", s(170, AN + "-_"), "=", s(8, HEX).toUpperCase())}`);
P("saas", `const linear = new LinearClient({ apiKey: "${j("lin", "_api_", s(40, AN))}" });`);
P("saas", `NOTION_TOKEN=${j("nt", "n_", s(11, DG), s(35, AN))}`);
P("saas", `curl https://api.example.com/v0/appXYZ/Leads -H "Authorization: Bearer ${j("pa", "t", s(14, AN), ".", s(64, HEX))}"`, "Airtable PAT");
P("saas", `X-Figma-Token: ${j("fig", "d_", s(40, AN + "-_"))}`);
P("saas", `hubspot:\n  private_app_token: ${j("pat", "-na1-", uuid())}`);
P("saas", `okta:\n  client:\n    orgUrl: https://acme.okta.example.com\n    token: ${j("00", s(40, AN + "-_"))}`);
P("saas", `pm.environment.set("x-api-key", "${j("PMA", "K-", s(24, HEX), "-", s(34, HEX))}");`);
P("saas", `CONTENTFUL_MANAGEMENT_TOKEN=${j("CFP", "AT-", s(43, AN + "-_"))}`);
P("saas", `netlify deploy --prod --auth ${j("nf", "p_", s(36, AN))}`);
P("saas", `RENDER_API_KEY=${j("rn", "d_", s(32, AN))}`);
P("saas", `fly secrets set X=1 -a api --access-token "${j("Fly", "V1 fm2_", s(200, B64URL))}"`);
P("saas", `LD_SDK_KEY=${j("sd", "k-", uuid())}\nLD_API_TOKEN=${j("ap", "i-", uuid())}`, "LaunchDarkly server SDK key / API token");
P("saas", `POSTHOG_PERSONAL_API_KEY=${j("ph", "x_", s(43, AN))}`);
P("saas", `algolia:\n  app_id: ${s(10, UP + DG)}\n  admin_api_key: ${s(32, HEX)}`);
P("saas", `mapboxgl.accessToken = '${j("s", "k.eyJ", s(60, B64URL), ".", s(22, B64URL))}'; // secret scope token`);
P("saas", `TYPEFORM_TOKEN=${j("tf", "p_", s(44, AN), "_", s(14, AN))}`);
P("saas", `Authorization: Bearer ${j("sl", ".", s(135, AN + "-_"))}\nDropbox-API-Arg: {"path":"/backups/db.sql.gz"}`, "Dropbox short-lived token");
P("saas", `heroku:\n  api_key: ${j("HRK", "U-", s(60, AN + "-_"))}`);
P("saas", `SEGMENT_WRITE_KEY=${s(32, AN)}\nMIXPANEL_API_SECRET=${s(32, HEX)}`, "Mixpanel API secret");
P("saas", `zendesk:\n  subdomain: acme\n  email: support@example.com/token\n  token: ${s(40, AN)}`);
P("saas", `CF_API_TOKEN=${s(40, AN + "_-")}\nCF_ACCOUNT_ID=${s(32, HEX)}\nwrangler deploy`, "Cloudflare API token");
P("saas", `intercom:\n  access_token: ${j("dG9r", "Oj", s(54, AN))}=`);
P("saas", `$ lob.setApiKey('${j("li", "ve_", s(35, HEX))}')`);
P("saas", `AUTH0_DOMAIN=acme.eu.auth0.com\nAUTH0_CLIENT_ID=${s(32, AN)}\nAUTH0_CLIENT_SECRET=${s(64, AN + "-_")}`);
P("saas", `ASANA_PAT=2/${digits(16)}/${digits(16)}:${s(32, HEX)}`);

// ---------- private keys & credential files ----------
P("keys-files", `${j("-----BEGIN OPENSSH ", "PRIVATE KEY-----")}\n${j("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", "QyNTUxOQAAACD", s(43, AN + "+/"))}\n${s(70, AN + "+/")}\n${s(70, AN + "+/")}\n${s(70, AN + "+/")}\n${s(24, AN + "+/")}==\n${j("-----END OPENSSH ", "PRIVATE KEY-----")}`);
P("keys-files", `# age-keygen output\n# created: 2026-11-02T09:12:55Z\n# public key: age1${s(58, BECH32)}\n${j("AGE-SECRET-", "KEY-1", s(58, BECH32.toUpperCase()))}`);
P("keys-files", `${j("-----BEGIN PGP ", "PRIVATE KEY BLOCK-----")}\n\n${s(64, AN + "+/")}\n${s(64, AN + "+/")}\n${s(64, AN + "+/")}\n${s(64, AN + "+/")}\n${s(40, AN + "+/")}\n=${s(4, AN)}\n${j("-----END PGP ", "PRIVATE KEY BLOCK-----")}`);
P("keys-files", `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@bastion\nPublic-Lines: 2\n${s(64, AN + "+/")}\n${s(4, AN)}\nPrivate-Lines: 1\n${s(44, AN + "+/")}\nPrivate-MAC: ${s(64, HEX)}`);
P("keys-files", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.96.0.1:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${b64(600)}\n    client-key-data: ${Buffer.from(pem("RSA PRIVATE KEY", 600)).toString("base64")}\n`);
P("keys-files", `users:\n- name: ci\n  user:\n    token: ${jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", "kubernetes.io/serviceaccount/service-account.name": "deployer", sub: "system:serviceaccount:ci:deployer" }, "RS256")}`);
P("keys-files", `{\n  "version": 4,\n  "terraform_version": "1.9.5",\n  "resources": [\n    {\n      "type": "aws_iam_access_key",\n      "name": "ci",\n      "instances": [{ "attributes": { "id": "${j("AK", "IA", s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}", "secret": "${s(40, AN + "/+")}", "user": "ci" } }]\n    },\n    {\n      "type": "random_password",\n      "name": "db",\n      "instances": [{ "attributes": { "result": "${s(24, AN + "!@#")}", "length": 24 } }]\n    }\n  ]\n}`);
P("keys-files", `${j("-----BEGIN EC ", "PRIVATE KEY-----")}\nMHcCAQEEI${s(55, AN + "+/")}\n${s(64, AN + "+/")}\n${s(40, AN + "+/")}==\n${j("-----END EC ", "PRIVATE KEY-----")}`);
P("keys-files", `"title","url","username","password","notes"\n"AWS root","https://console.example.com","root@example.com","${s(20, AN + "%$")}",""\n"Bank","https://bank.example.com","jdoe","${s(16, AN)}!",""`, "password-manager CSV export");
P("keys-files", `{\n  "client_id": "${digits(12)}-${s(32, LO + DG)}.apps.googleusercontent.com",\n  "client_secret": "${j("GOC", "SPX-", s(28, AN + "-_"))}",\n  "refresh_token": "1//0${s(100, AN + "-_")}",\n  "type": "authorized_user"\n}`, "gcloud application_default_credentials.json");
P("keys-files", `{"accessTokens":[{"tokenType":"Bearer","accessToken":"${jwt({ aud: "https://management.azure.com/", iss: "https://sts.windows.net/" + uuid() + "/", oid: uuid(), upn: "ops@example.com", exp: 1890000000 }, "RS256")}"}]}`);
P("keys-files", `key.p8:\n${pem("ENCRYPTED PRIVATE KEY", 500)}\npassphrase: ${s(16, AN)}`, "private key with passphrase alongside");

export const cases = out;
