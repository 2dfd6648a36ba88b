// heldout-y9: common providers in realistic outbound contexts (positives).
import type { CorpusCase } from "../types.ts";
import { ctx, gen, maker } from "./_gen.ts";

const g = gen(0x59a1c0de);
const { t, s, hex, num, uuid, b64e, j } = g;
const { out, add } = maker("y9-core");
const P = (group: string, text: string, note?: string) => add("positive", `heldouty9-sec-${group}`, text, note);
const trace = () => hex(32);

// ---------- cloud ----------
{
  const id = t.awsId(), sec = t.awsSecret();
  P("cloud", ctx.openaiChat(`my boto3 script fails with SignatureDoesNotMatch, here's ~/.aws/credentials:\n\n[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${sec}\nregion = eu-west-1\n\nwhat's wrong?`));
}
{
  const id = t.awsId(), sec = t.awsSecret();
  P("cloud", ctx.toolBash(`docker run --rm -e AWS_ACCESS_KEY_ID=${id} -e AWS_SECRET_ACCESS_KEY=${sec} -e AWS_DEFAULT_REGION=us-east-1 amazon/aws-cli s3 ls s3://acme-backups/`));
}
{
  const id = t.awsId(), sec = t.awsSecret();
  P("cloud", `# Terraform state excerpt (terraform.tfstate)\n{\n  "mode": "managed",\n  "type": "aws_iam_access_key",\n  "name": "ci_deployer",\n  "instances": [{\n    "attributes": {\n      "id": "${id}",\n      "user": "ci-deployer",\n      "secret": "${sec}",\n      "status": "Active"\n    }\n  }]\n}`);
}
{
  const id = t.awsAsia(), sec = t.awsSecret(), tok = "IQoJb3JpZ2luX2VjE" + g.b64(300);
  P("cloud", ctx.mcpResult(`$ aws sts assume-role --role-arn arn:aws:iam::${num(12)}:role/deploy --role-session-name agent\n{\n    "Credentials": {\n        "AccessKeyId": "${id}",\n        "SecretAccessKey": "${sec}",\n        "SessionToken": "${tok}",\n        "Expiration": "2025-06-11T14:02:51+00:00"\n    }\n}`));
}
{
  const pk = t.pkcs8().replace(/\n/g, "\\n");
  const sa = `{\n  "type": "service_account",\n  "project_id": "acme-prod-4471",\n  "private_key_id": "${hex(40)}",\n  "private_key": "${pk}\\n",\n  "client_email": "bq-loader@acme-prod-4471.iam.gserviceaccount.com",\n  "client_id": "${num(21)}",\n  "auth_uri": "https://accounts.google.com/o/oauth2/auth",\n  "token_uri": "https://oauth2.googleapis.com/token"\n}`;
  P("cloud", ctx.anthropicChat(`BigQuery auth keeps failing from the container. Key file below:\n\n${sa}`));
}
{
  const pk = t.pkcs8().replace(/\n/g, "\\n");
  P("cloud", ctx.toolWrite("infra/k8s/gcp-sa-secret.yaml", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: gcs-writer\ntype: Opaque\ndata:\n  key.json: ${b64e(JSON.stringify({ type: "service_account", project_id: "media-pipeline-22", private_key_id: hex(40), private_key: t.pkcs8() + "\n", client_email: "gcs-writer@media-pipeline-22.iam.gserviceaccount.com" }))}\n`));
  void pk;
}
P("cloud", `curl -s "https://maps.googleapis.com/maps/api/geocode/json?address=1600+Amphitheatre&key=${t.gcpKey()}" | jq .results[0].geometry`);
P("cloud", ctx.openaiChat(`const firebaseAdmin = initializeApp({ credential: cert(sa) });\nconst GEMINI_KEY = "${t.gcpKey()}";\nconst genAI = new GoogleGenerativeAI(GEMINI_KEY);\n\nwhy does this 403 in production but not locally?`));
{
  const acct = "acmeassets" + s(3, "abcdefghijklmnopqrstuvwxyz");
  P("cloud", ctx.toolWrite("appsettings.Production.json", JSON.stringify({ Logging: { LogLevel: { Default: "Warning" } }, ConnectionStrings: { Blob: `DefaultEndpointsProtocol=https;AccountName=${acct};AccountKey=${t.azStorage()};EndpointSuffix=core.windows.net` }, AllowedHosts: "*" }, null, 2)));
}
P("cloud", `az storage blob upload --account-name mediastore01 --account-key "${t.azStorage()}" --container-name uploads --file ./dist/app.zip --name app-${hex(7)}.zip`);
{
  const cs = t.azClient();
  P("cloud", `var credential = new ClientSecretCredential(\n    tenantId: "${uuid()}",\n    clientId: "${uuid()}",\n    clientSecret: "${cs}");\nvar client = new SecretClient(new Uri("https://kv-acme-prod.vault.azure.net/"), credential);`);
}
P("cloud", ctx.openaiChat(`CI log from the failing job:\n\n2025-06-10T09:14:22.118Z ##[group]Run azure/login@v2\n2025-06-10T09:14:22.119Z env:\n2025-06-10T09:14:22.119Z   AZURE_CLIENT_ID: ${uuid()}\n2025-06-10T09:14:22.119Z   AZURE_TENANT_ID: ${uuid()}\n2025-06-10T09:14:22.119Z   AZURE_CLIENT_SECRET: ${t.azClient()}\n2025-06-10T09:14:23.502Z Error: AADSTS7000215: Invalid client secret provided.`));
P("cloud", `HTTP/1.1 request dump (curl -v):\n> POST /v2/apps HTTP/2\n> Host: api.digitalocean.com\n> user-agent: curl/8.5.0\n> authorization: Bearer ${t.dop()}\n> content-type: application/json\n> x-request-id: ${uuid()}\n>\n< HTTP/2 401`);
P("cloud", ctx.toolBash(`heroku config:set STRIPE_WEBHOOK_URL=https://api.acme.dev/hooks -a acme-api && HEROKU_API_KEY=${t.heroku()} heroku releases -a acme-api`));
P("cloud", `# netlify.toml was fine, the deploy step is:\n- name: Deploy\n  run: npx netlify-cli deploy --prod --dir=dist --auth ${t.nfp()} --site ${uuid()}`);
P("cloud", ctx.openaiChat(`vercel deploy keeps asking me to log in even though I pass the token:\n\n$ vercel --prod --token ${s(24)} --scope acme-team\nError: The specified token is not valid.`));
P("cloud", ctx.toolWrite(".github/workflows/fly.yml", `name: Fly Deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: superfly/flyctl-actions/setup-flyctl@master\n      - run: flyctl deploy --remote-only\n        env:\n          FLY_API_TOKEN: "${t.fly()}"\n`));
P("cloud", `CLOUDFLARE_API_TOKEN=${s(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")} npx wrangler deploy --env production`);
P("cloud", ctx.mcpResult(`X-Auth-Email: ops@acme.io\nX-Auth-Key: ${hex(37)}\nGET /client/v4/zones?name=acme.io -> 200 OK (cf-ray ${hex(16)}-FRA)`));

// ---------- devtools: VCS, registries, CI ----------
P("devtools", ctx.toolBash(`git remote set-url origin https://x-access-token:${t.ghs()}@github.com/acme/platform.git && git push origin HEAD:release/2.4`));
P("devtools", ctx.openaiChat(`gh auth status says I'm logged out. my ~/.config/gh/hosts.yml:\n\ngithub.com:\n    user: dana-k\n    oauth_token: ${t.gho()}\n    git_protocol: https`));
P("devtools", `curl -H "Authorization: token ${t.ghp()}" -H "Accept: application/vnd.github+json" https://api.github.com/repos/acme/platform/actions/runs?per_page=5`);
P("devtools", ctx.anthropicChat(`Here's my Go code, the client returns 401:\n\n\`\`\`go\nts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: "${t.ghFine()}"})\nclient := github.NewClient(oauth2.NewClient(ctx, ts))\n\`\`\``));
P("devtools", t.ghFine());
P("devtools", ctx.toolWrite(".gitlab-ci.yml", `stages: [release]\nrelease:\n  stage: release\n  image: registry.gitlab.com/gitlab-org/release-cli:latest\n  variables:\n    GITLAB_TOKEN: "${t.glpat()}"\n  script:\n    - release-cli create --name "v$CI_COMMIT_TAG" --tag-name $CI_COMMIT_TAG\n`));
P("devtools", `sudo gitlab-runner register --non-interactive --url https://gitlab.acme.internal/ --token ${t.glrt()} --executor docker --docker-image alpine:3.20`);
P("devtools", ctx.openaiChat(`pipelines fail cloning from bitbucket:\n\ngit clone https://dana_k:${t.bbApp()}@bitbucket.org/acme/mobile-app.git\nfatal: Authentication failed`));
P("devtools", ctx.toolWrite(".npmrc", `@acme:registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${t.npm()}\nalways-auth=true\n`));
P("devtools", `twine upload --repository pypi -u __token__ -p ${t.pypi()} dist/*`);
P("devtools", ctx.openaiChat(`[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${t.pypi()}\n\nthat's my .pypirc; twine still says 403`));
P("devtools", ctx.toolBash(`echo "${t.dckr()}" | docker login -u acmebuild --password-stdin && docker push acmebuild/api:${hex(7)}`));
P("devtools", `{"auths":{"https://index.docker.io/v1/":{"auth":"${b64e("acmebuild:" + t.dckr())}"}}}`);
P("devtools", ctx.mcpResult(`$ env | sort\nHOME=/home/runner\nHOSTNAME=runner-7f9c\nNODE_AUTH_TOKEN=${t.npm()}\nNODE_VERSION=20.14.0\nPATH=/usr/local/bin:/usr/bin\nRUNNER_TRACE=${trace()}`));

// ---------- comms ----------
P("comms", ctx.openaiChat(`slack bolt app crashes on start:\n\nconst app = new App({\n  token: "${t.xoxb()}",\n  appToken: "${t.xapp()}",\n  socketMode: true,\n});\n\n[ERROR] socket-mode: Failed to connect`));
P("comms", `curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy ${hex(7)} finished"}' ${t.slackHook()}`);
P("comms", ctx.toolWrite("scripts/notify.py", `import requests\n\nSLACK_USER_TOKEN = "${t.xoxp()}"\n\ndef post(channel, text):\n    requests.post("https://slack.com/api/chat.postMessage",\n                  headers={"Authorization": f"Bearer {SLACK_USER_TOKEN}"},\n                  json={"channel": channel, "text": text})\n`));
P("comms", ctx.anthropicChat(`discord.py bot won't log in:\n\nclient.run("${t.discordBot()}")\n\ndiscord.errors.LoginFailure: Improper token has been passed.`));
P("comms", `ALERT_WEBHOOK=${t.discordHook()}`);
P("comms", ctx.toolBash(`curl -s "https://api.telegram.org/bot${t.telegram()}/sendMessage" -d chat_id=-100${num(10)} -d text="backup ok"`));
P("comms", `TELEGRAM_BOT_TOKEN: "${t.telegram()}"`);
{
  const sid = t.twSid(), tok = hex(32);
  P("comms", ctx.openaiChat(`twilio returns 20003 authenticate error:\n\ncurl -X POST https://api.twilio.com/2010-04-01/Accounts/${sid}/Messages.json \\\n  --data-urlencode "To=+15558675310" --data-urlencode "From=+15017122661" \\\n  -u ${sid}:${tok}`));
}
P("comms", `client = Client("${t.twSk()}", "${hex(32)}", account_sid="${t.twSid()}")`);
P("comms", ctx.toolWrite("config/mail.php", `<?php\nreturn [\n    'driver' => 'sendgrid',\n    'sendgrid' => [\n        'api_key' => '${t.sendgrid()}',\n    ],\n    'from' => ['address' => 'noreply@acme.io', 'name' => 'Acme'],\n];\n`));
P("comms", ctx.mcpResult(`2025-06-10 11:02:17,441 ERROR mailer: POST https://api.mailgun.net/v3/mg.acme.io/messages failed (401) auth=('api', '${t.mailgun()}') trace_id=${trace()}`));
P("comms", ctx.openaiChat(`MAILCHIMP_API_KEY=${t.mailchimp()}\nMAILCHIMP_LIST_ID=${hex(10)}\n\nthe sync job says "API Key Invalid". the DC suffix matches`));

// ---------- payment ----------
P("payment", ctx.anthropicChat(`Stripe webhook handler throws. relevant env from the pod:\n\nSTRIPE_SECRET_KEY=${t.skLive()}\nSTRIPE_WEBHOOK_SECRET=${t.whsec()}\nSTRIPE_PRICE_ID=price_${s(24)}`));
P("payment", ctx.toolBash(`curl https://api.stripe.com/v1/refunds -u ${t.rkLive()}: -d payment_intent=pi_${s(24)} -d amount=1500`));
P("payment", `Stripe::Stripe.api_key = "${t.skLive()}"`);
P("payment", ctx.toolWrite("src/payments/square.ts", `import { Client, Environment } from "square";\n\nexport const square = new Client({\n  accessToken: "${t.squareTok()}",\n  environment: Environment.Production,\n});\n`));
P("payment", ctx.openaiChat(`braintree gateway init:\n\ngateway = braintree.BraintreeGateway(access_token="${t.braintree()}")\n\nreturns AuthenticationError on every call`));
P("payment", `curl -v https://api-m.paypal.com/v1/oauth2/token -u "${s(80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}:${s(80, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}" -d "grant_type=client_credentials"`);
P("payment", ctx.mcpResult(`shopify app env show\n\nSHOPIFY_API_KEY=${hex(32)}\nSHOPIFY_API_SECRET=${t.shpss()}\nSHOPIFY_ADMIN_TOKEN=${t.shpat()}\nSCOPES=write_products,read_orders`));

// ---------- ai ----------
P("ai", ctx.anthropicChat(`compare these two client setups, which is better?\n\n\`\`\`python\nfrom openai import OpenAI\nclient = OpenAI(api_key="${t.openai()}")\n\`\`\``));
P("ai", ctx.toolBash(`curl https://api.openai.com/v1/chat/completions -H "Content-Type: application/json" -H "Authorization: Bearer ${t.openaiSvc()}" -d '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"ping"}]}'`));
P("ai", ctx.openaiChat(`import Anthropic from "@anthropic-ai/sdk";\nconst anthropic = new Anthropic({ apiKey: "${t.anthropic()}" });\n\nTypeScript says apiKey is fine but I get 401 authentication_error`));
P("ai", `x-api-key: ${t.anthropic()}\nanthropic-version: 2023-06-01\ncontent-type: application/json`);
P("ai", ctx.toolWrite("notebooks/finetune.ipynb", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["from huggingface_hub import login\n", `login(token="${t.hf()}")\n`, "model = AutoModelForCausalLM.from_pretrained(\"acme/llama-ft\")\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1)));
P("ai", `huggingface-cli upload acme/whisper-small-de ./out --token ${t.hf()}`);
P("ai", ctx.openaiChat(`co = cohere.ClientV2("${s(40)}")\nresponse = co.embed(texts=docs, model="embed-english-v3.0", input_type="search_document")\n\nthrows "invalid api token"`));
P("ai", ctx.toolBash(`MISTRAL_API_KEY=${s(32)} python eval/run_bench.py --model mistral-large-latest --n 200`));
P("ai", `GROQ_API_KEY="${t.groq()}"`);
P("ai", ctx.mcpResult(`export REPLICATE_API_TOKEN=${t.replicate()}\n$ replicate run stability-ai/sdxl prompt="a lighthouse"\nPrediction ${s(26, "abcdefghijklmnopqrstuvwxyz0123456789")} starting...`));
P("ai", ctx.anthropicChat(`{\n  "mcpServers": {\n    "perplexity": {\n      "command": "npx",\n      "args": ["-y", "server-perplexity-ask"],\n      "env": { "PERPLEXITY_API_KEY": "${t.pplx()}" }\n    }\n  }\n}\n\nthe server never shows up in the client`));

// ---------- auth ----------
P("auth", ctx.toolWrite("client_secret.json", JSON.stringify({ web: { client_id: `${num(12)}-${s(32, "abcdefghijklmnopqrstuvwxyz0123456789")}.apps.googleusercontent.com`, project_id: "acme-login", auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token", client_secret: t.gocspx(), redirect_uris: ["https://app.acme.io/auth/callback"] } })));
P("auth", ctx.openaiChat(`okta.yaml:\n\nokta:\n  client:\n    orgUrl: "https://acme.okta.com"\n    token: "${t.okta()}"\n\nthe SDK logs "Invalid token provided"`));
P("auth", `AUTH0_DOMAIN=acme.eu.auth0.com\nAUTH0_CLIENT_ID=${s(32)}\nAUTH0_CLIENT_SECRET=${s(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}\nAUTH0_AUDIENCE=https://api.acme.io`);
P("auth", ctx.toolWrite("src/auth/jwt.go", `package auth\n\nvar signingKey = []byte("${s(48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!@#%^&*")}")\n\nfunc Sign(claims jwt.MapClaims) (string, error) {\n\treturn jwt.NewWithClaims(jwt.SigningMethodHS256, claims).SignedString(signingKey)\n}\n`));
P("auth", ctx.openaiChat(`JWT_SECRET=${hex(64)}\nJWT_EXPIRES_IN=7d\n\nand the token I get back is ${t.jwtHS({ sub: num(6), role: "admin", iat: 1718000000 })} — why does verify() fail?`));
P("auth", `Authorization: Bearer ${t.jwtHS({ sub: "service:billing", role: "service_role", iss: "supabase", exp: 2041234567 })}`, "long-lived service-role JWT");

// ---------- saas ----------
P("saas", ctx.openaiChat(`curl -u dana@acme.io:${t.atlassian()} -H "Accept: application/json" "https://acme.atlassian.net/rest/api/3/search?jql=project=OPS"\n\nreturns 401 even though the token is new`));
P("saas", ctx.toolBash(`curl -s https://api.linear.app/graphql -H "Authorization: ${t.linear()}" -H "Content-Type: application/json" -d '{"query":"{ viewer { id name } }"}'`));
P("saas", `const notion = new Client({ auth: "${t.notion()}" });\nconst db = await notion.databases.query({ database_id: "${hex(32)}" });`);
P("saas", ctx.anthropicChat(`airtable sync script:\n\nbase = Api("${t.airtable()}").base("app${s(14)}")\nrecords = base.table("Leads").all()\n\nworks locally, 401 in lambda`));
P("saas", ctx.toolBash(`curl -H "X-Figma-Token: ${t.figma()}" "https://api.figma.com/v1/files/${s(22)}?depth=1" | jq '.name'`));
P("saas", `postman collection run ${uuid()} --environment ${uuid()} --postman-api-key ${t.postman()}`);

// ---------- observability ----------
P("observability", ctx.toolWrite("docker-compose.yml", `services:\n  api:\n    image: acme/api:latest\n    environment:\n      - DD_AGENT_HOST=datadog\n  datadog:\n    image: gcr.io/datadoghq/agent:7\n    environment:\n      - DD_API_KEY=${hex(32)}\n      - DD_APP_KEY=${hex(40)}\n      - DD_SITE=datadoghq.eu\n      - DD_LOGS_ENABLED=true\n`));
P("observability", ctx.openaiChat(`newrelic.yml snippet:\n\ncommon: &default_settings\n  license_key: '${hex(36)}NRAL'\n  app_name: acme-api\n\nand for the API I use ${t.nrak()} — nothing shows up in NR One`));
P("observability", ctx.mcpResult(`SENTRY_AUTH_TOKEN=${t.sntrys()}\n$ sentry-cli releases new ${hex(40)}\nerror: API request failed (401)`));
P("observability", ctx.toolBash(`curl -H "Authorization: Bearer ${t.glsa()}" https://grafana.acme.io/api/dashboards/uid/${s(9, "abcdefghijklmnopqrstuvwxyz0123456789")}`));

// ---------- data ----------
P("data", ctx.openaiChat(`mongoose can't connect:\n\nmongoose.connect("mongodb+srv://app_rw:${s(18)}@cluster0.${s(5, "abcdefghijklmnopqrstuvwxyz0123456789")}.mongodb.net/shop?retryWrites=true&w=majority")\n\nMongoServerError: bad auth : authentication failed`));
P("data", `DATABASE_URL="postgresql://postgres.${s(20, "abcdefghijklmnopqrstuvwxyz")}:${s(22)}@aws-0-eu-central-1.pooler.supabase.com:6543/postgres?pgbouncer=true"`);
P("data", ctx.toolWrite(".env.production", `NODE_ENV=production\nSUPABASE_URL=https://${s(20, "abcdefghijklmnopqrstuvwxyz")}.supabase.co\nSUPABASE_SERVICE_ROLE_KEY=${t.sbSecret()}\nSUPABASE_ACCESS_TOKEN=${t.sbp()}\nNEXT_PUBLIC_SITE_URL=https://acme.io\n`));
P("data", ctx.anthropicChat(`prisma migrate deploy fails against planetscale:\n\nDATABASE_URL='mysql://${s(12, "abcdefghijklmnopqrstuvwxyz0123456789")}:${t.pscalePw()}@aws.connect.psdb.cloud/acme?sslaccept=strict'`));
P("data", `pscale deploy-request create acme main --service-token-id ${s(12, "abcdefghijklmnopqrstuvwxyz0123456789")} --service-token ${t.pscaleTkn()}`);
P("data", ctx.toolBash(`psql "postgresql://neondb_owner:${t.npg()}@ep-${s(5, "abcdefghijklmnopqrstuvwxyz")}-${s(5, "abcdefghijklmnopqrstuvwxyz")}-${s(8, "abcdefghijklmnopqrstuvwxyz0123456789")}.eu-central-1.aws.neon.tech/neondb?sslmode=require" -c "select count(*) from orders"`));
P("data", `redis-cli -u rediss://default:${s(32)}@${s(8, "abcdefghijklmnopqrstuvwxyz")}-${num(5)}.upstash.io:6379 --scan --pattern 'sess:*'`);
P("data", ctx.mcpResult(`Traceback (most recent call last):\n  File "/app/worker.py", line 41, in <module>\n    conn = psycopg2.connect("host=db.internal dbname=billing user=billing_rw password=${s(24)} sslmode=require")\npsycopg2.OperationalError: connection to server at "db.internal" (10.4.2.7), port 5432 failed: timeout expired`));
P("data", `jdbc:mysql://prod-mysql.acme.internal:3306/orders?user=orders_app&password=${s(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!%*")}&useSSL=true`);

// ---------- secret managers / infra tokens ----------
P("devtools", ctx.openaiChat(`~/.terraform.d/credentials.tfrc.json:\n\n{\n  "credentials": {\n    "app.terraform.io": {\n      "token": "${t.tfc()}"\n    }\n  }\n}\n\nterraform init says "required token could not be found"`));
P("devtools", ctx.toolBash(`VAULT_ADDR=https://vault.acme.internal:8200 VAULT_TOKEN=${t.hvs()} vault kv get -format=json secret/payments/stripe`));
P("devtools", `doppler run --token ${t.doppler()} -- node server.js`);
P("devtools", ctx.toolWrite("k8s/onepassword-connect.yaml", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: op-service-account\n  namespace: secrets\ntype: Opaque\nstringData:\n  token: "${t.ops()}"\n`));

// ---------- keys ----------
P("keys", ctx.openaiChat(`ssh keeps saying "invalid format" for this key, did I paste it wrong?\n\n${t.openssh()}`));
P("keys", ctx.toolWrite("deploy/id_rsa", t.rsa() + "\n"));
P("keys", ctx.anthropicChat(`apple push cert conversion — here's the EC key I got from openssl:\n\n${t.ec()}\n\nhow do I turn this into a .p8?`));
P("keys", ctx.mcpResult(`$ cat ~/.config/sops/age/keys.txt\n# created: 2025-05-02T10:11:12Z\n# public key: age1${s(58, "qpzry9x8gf2tvdw0s3jnl54khce6mua7")}\n${t.age()}`));
P("keys", `gpg --import <<'EOF'\n${t.pgp()}\nEOF`);
P("keys", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-origin\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${b64e("-----BEGIN CERTIFICATE-----\nMIID" + g.b64(60) + "\n-----END CERTIFICATE-----\n")}\n  tls.key: ${b64e(t.pkcs8() + "\n")}`);

// ---------- webhooks / basic auth ----------
P("auth", ctx.openaiChat(`the signature check fails:\n\nconst event = stripe.webhooks.constructEvent(req.body, sig, "${t.whsec()}");`));
P("auth", `GITHUB_WEBHOOK_SECRET=${hex(40)}`, "webhook signing secret");
P("auth", ctx.toolBash(`curl -fsSL https://deploy:${s(20)}@artifacts.acme.io/releases/api-2.4.1.tar.gz -o /tmp/api.tgz`));

export const cases: CorpusCase[] = out;
