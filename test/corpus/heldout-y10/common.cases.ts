// heldout-y10: fresh tokens of the most common providers, in varied outbound contexts.
import type { CorpusCase } from "../types.ts";
import { build, chat, chatOai, gen, mcpResult, toolBash, toolResultMsg, toolWrite } from "./_gen.ts";

const g = gen(0x10a01);
const C = "heldouty10-sec-cloud", A = "heldouty10-sec-ai", P = "heldouty10-sec-payment", M = "heldouty10-sec-comms";
const D = "heldouty10-sec-devtools", DA = "heldouty10-sec-data", AU = "heldouty10-sec-auth", K = "heldouty10-sec-keys", S = "heldouty10-sec-saas";
const O = "heldouty10-sec-observability";
const trace = () => g.hex(32);

const rows: [string, string, string?][] = [];
const add = (cat: string, text: string, note?: string) => rows.push(note ? [cat, text, note] : [cat, text]);

// ---------- cloud ----------
{
  const id = g.awsId(), sec = g.awsSecret();
  add(C, chat(`my deploy fails, here is docker-compose.yml:\n\nservices:\n  api:\n    image: acme/api:1.4\n    environment:\n      AWS_ACCESS_KEY_ID: ${id}\n      AWS_SECRET_ACCESS_KEY: ${sec}\n      AWS_REGION: eu-west-1\n    ports: ["8080:8080"]\n\nerror is AccessDenied on s3:PutObject`));
}
{
  const id = g.awsId(), sec = g.awsSecret();
  add(C, toolWrite("/home/dev/.aws/credentials", `[default]\naws_access_key_id = ${id}\naws_secret_access_key = ${sec}\n\n[staging]\nregion = us-east-2\n`));
}
{
  const id = g.awsId(), sec = g.awsSecret();
  add(C, `# New-Item Env: paste from browser\n$env:AWS_ACCESS_KEY_ID="${id}"\n$env:AWS_SECRET_ACCESS_KEY="${sec}"\naws s3 ls s3://acme-prod-backups --region us-west-2`);
}
{
  const id = g.awsId(), sec = g.awsSecret();
  add(C, `[Service]\nType=simple\nUser=ingest\nEnvironment=AWS_ACCESS_KEY_ID=${id}\nEnvironment="AWS_SECRET_ACCESS_KEY=${sec}"\nExecStart=/usr/local/bin/ingestd --bucket acme-raw\nRestart=on-failure\n`);
}
{
  const sec = g.awsSecret();
  add(C, toolBash(`aws configure set aws_secret_access_key ${sec} --profile ci && aws sts get-caller-identity --profile ci`), "AWS secret alone as a positional arg to aws configure set");
}
{
  const kid = g.hex(40);
  const sa = { type: "service_account", project_id: "acme-analytics-prod", private_key_id: kid, private_key: g.pem("PRIVATE KEY", 1216) + "\n", client_email: "etl-runner@acme-analytics-prod.iam.gserviceaccount.com", client_id: g.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" };
  add(C, chat("why does BigQuery say invalid_grant with this key file?\n```json\n" + JSON.stringify(sa, null, 2) + "\n```"));
}
{
  const k = g.gcpKey();
  add(C, `# R script\nlibrary(googleway)\nset_key(key = "${k}")\nres <- google_geocode(address = "Fitzroy, Melbourne")\n`);
}
{
  const k = g.gcpKey();
  add(C, `GET https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key=${k}&alt=sse HTTP/1.1\nx-cloud-trace-context: ${trace()}/1;o=1\n`);
}
{
  const k = g.azStorage();
  add(C, chat(`local.settings.json for my Azure Function:\n{\n  "IsEncrypted": false,\n  "Values": {\n    "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=acmefuncstore;AccountKey=${k};EndpointSuffix=core.windows.net",\n    "FUNCTIONS_WORKER_RUNTIME": "node"\n  }\n}`));
}
{
  const k = g.azStorage();
  add(C, `param location string = resourceGroup().location\n\nresource kv 'Microsoft.KeyVault/vaults/secrets@2023-02-01' = {\n  name: 'acmekv/storage-key'\n  properties: {\n    value: '${k}'\n  }\n}\n`, "Bicep literal");
}
{
  const s = g.azSecret(), tenant = g.uuid(), client = g.uuid();
  add(C, toolBash(`az login --service-principal -u ${client} -p ${s} --tenant ${tenant} && az aks get-credentials -g rg-prod -n aks-prod`));
}
{
  const s = g.azSecret();
  add(C, `{\n  "AzureAd": {\n    "Instance": "https://login.microsoftonline.com/",\n    "TenantId": "${g.uuid()}",\n    "ClientId": "${g.uuid()}",\n    "ClientSecret": "${s}"\n  }\n}`);
}
{
  const t = g.dop();
  add(C, `provider "digitalocean" {\n  token = "${t}"\n}\n\nresource "digitalocean_droplet" "web" {\n  image  = "ubuntu-24-04-x64"\n  size   = "s-1vcpu-1gb"\n  region = "ams3"\n}\n`);
}
{
  const t = g.heroku();
  add(C, `machine api.heroku.com\n  login ops@acme.io\n  password ${t}\nmachine git.heroku.com\n  login ops@acme.io\n  password ${t}\n`, ".netrc");
}
{
  const t = g.j("FlyV1 fm2_", g.url(180), ",fm2_", g.url(120));
  add(C, `2024-11-02T10:01:22.417Z [ci] Run flyctl deploy --remote-only\n2024-11-02T10:01:22.418Z [ci]   FLY_API_TOKEN: ${t}\n2024-11-02T10:01:25.002Z [ci] ==> Verifying app config`);
}
{
  const t = g.an(24);
  add(C, toolBash(`vercel deploy --prod --token ${t} --scope acme-web`), "Vercel token has no prefix; the flag names it");
}
{
  const t = g.nfp();
  add(C, chat(`netlify.toml build keeps failing. CI env dump:\nNODE_VERSION=20\nNETLIFY_AUTH_TOKEN=${t}\nNETLIFY_SITE_ID=${g.uuid()}`));
}
{
  const t = g.hex(40);
  add(C, `curl -X GET "https://api.cloudflare.com/client/v4/zones?name=acme.io" \\\n  -H "X-Auth-Email: ops@acme.io" \\\n  -H "X-Auth-Key: ${g.hex(37)}" \\\n  -H "Content-Type: application/json"`, "Cloudflare global API key (37 hex)");
  void t;
}
{
  const t = g.url(40);
  add(C, mcpResult(`wrangler whoami\n\nGetting User settings...\nCLOUDFLARE_API_TOKEN=${t} (from environment)\nYou are logged in with an API Token, associated with the email ops@acme.io.`));
}

// ---------- devtools ----------
{
  const t = g.ghp();
  add(D, `https://x-access-token:${g.ghs()}@github.com/acme/infra.git\nhttps://dev:${t}@github.com\n`, "git credential store lines");
}
{
  const t = g.ghpat();
  add(D, chat(`my action can't push. workflow:\n\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          token: ${t}\n      - run: npm publish`));
}
{
  const t = g.gho();
  add(D, `github.com:\n    oauth_token: ${t}\n    user: dev-acme\n    git_protocol: https\n`, "gh hosts.yml");
}
{
  const t = g.ghp();
  add(D, toolBash(`git remote set-url origin https://${t}@github.com/acme/website.git && git push origin main`));
}
{
  const t = g.glpat();
  add(D, `fetch("https://gitlab.com/api/v4/projects/4821/pipelines", {\n  "headers": {\n    "accept": "application/json",\n    "private-token": "${t}",\n    "sec-fetch-mode": "cors"\n  },\n  "referrerPolicy": "strict-origin-when-cross-origin",\n  "method": "GET"\n});`, "devtools Copy as fetch");
}
{
  const t = g.j("gl", "rt-", g.url(20));
  add(D, `sudo gitlab-runner register --non-interactive --url https://gitlab.acme.io/ --token ${t} --executor docker --docker-image alpine:3.20`);
}
{
  const pw = g.j("AT", "BB", g.an(28), g.HEX(8));
  add(D, chat(`bitbucket pipeline log:\n+ git clone https://dev-acme:${pw}@bitbucket.org/acme/app.git\nCloning into 'app'...\nfatal: unable to access: The requested URL returned error: 403`));
}
{
  const t = g.npm();
  add(D, toolWrite(".npmrc", `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${t}\nalways-auth=true\n`));
}
{
  const t = g.pypi();
  add(D, `[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = __token__\npassword = ${t}\n`, ".pypirc");
}
{
  const t = g.dckr();
  add(D, `echo "${t}" | docker login -u acmebot --password-stdin`);
}
{
  const t = g.j("gl", "dt-", g.url(20));
  add(D, `apiVersion: v1\nkind: Secret\nmetadata:\n  name: gitlab-pull\ntype: kubernetes.io/dockerconfigjson\ndata:\n  .dockerconfigjson: ${g.b64std(JSON.stringify({ auths: { "registry.gitlab.com": { auth: g.b64std("deploy-bot:" + t) } } }))}\n`, "k8s dockerconfigjson, base64 twice");
}
{
  const t = g.postman();
  add(D, `pm.request.headers.add({ key: "X-Api-Key", value: "${t}" });\n// newman run collection.json`);
}
{
  const t = g.tfc();
  add(D, `credentials "app.terraform.io" {\n  token = "${t}"\n}\n`, "~/.terraformrc");
}
{
  const t = g.hvs();
  add(D, toolResultMsg(`$ env | grep VAULT\nVAULT_ADDR=https://vault.acme.internal:8200\nVAULT_TOKEN=${t}\nVAULT_NAMESPACE=admin`));
}
{
  const t = g.doppler();
  add(D, `FROM node:20-alpine\nWORKDIR /app\nENV DOPPLER_TOKEN=${t}\nRUN apk add --no-cache curl && curl -Ls https://cli.doppler.com/install.sh | sh\nCMD ["doppler", "run", "--", "node", "server.js"]`);
}
{
  const t = g.j("op", "s_", g.b64url(JSON.stringify({ signInAddress: "acme.1password.com", userAuth: { method: "SRPg-4096", alg: "PBES2g-HS256", iterations: 650000, salt: g.url(22) }, email: g.lo(12) + "@1passwordserviceaccounts.com", srpX: g.hex(64), muk: { alg: "A256GCM", ext: true, k: g.url(43), key_ops: ["encrypt", "decrypt"], kty: "oct", kid: "mp" }, secretKey: "A3-" + g.up(6) + "-" + g.up(6) + "-" + g.up(5) + "-" + g.up(5) + "-" + g.up(5) + "-" + g.up(5), throttleSecret: { seed: g.hex(64), uuid: g.up(26) }, deviceUuid: g.lo(26) })).replace(/=+$/, ""));
  add(D, `- name: Load secrets\n  uses: 1password/load-secrets-action@v2\n  env:\n    OP_SERVICE_ACCOUNT_TOKEN: ${t}\n`);
}

// ---------- ai ----------
{
  const k = g.openai();
  add(A, `from openai import OpenAI\n\nclient = OpenAI(\n    api_key="${k}",\n    organization="org-${g.an(24)}",\n)\nresp = client.responses.create(model="gpt-4.1-mini", input="hi")\n`, "SDK constructor");
}
{
  const k = g.openaiSvc();
  add(A, chat(`this curl returns 429, why?\n\ncurl https://api.openai.com/v1/chat/completions \\\n  -H "Authorization: Bearer ${k}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"model":"gpt-4o","messages":[{"role":"user","content":"ping"}]}'`));
}
{
  const k = g.anthropic();
  add(A, `import Anthropic from "@anthropic-ai/sdk";\nconst anthropic = new Anthropic({ apiKey: "${k}" });\n`);
}
{
  const k = g.anthropic();
  add(A, toolBash(`curl -sS https://api.anthropic.com/v1/messages -H "x-api-key: ${k}" -H "anthropic-version: 2023-06-01" -H "content-type: application/json" -d @req.json`));
}
{
  const k = g.hf();
  add(A, JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["from huggingface_hub import login\n", `login(token="${k}")\n`, "model = AutoModel.from_pretrained('acme/private-ner')\n"] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 }), "notebook cell");
}
{
  const k = g.an(40);
  add(A, `import cohere\nco = cohere.ClientV2("${k}")\nresponse = co.chat(model="command-r-plus", messages=[{"role": "user", "content": "hello"}])`, "Cohere key has no prefix");
}
{
  const k = g.an(32);
  add(A, chat(`curl --location "https://api.mistral.ai/v1/chat/completions" --header 'Content-Type: application/json' --header 'Accept: application/json' --header "Authorization: Bearer ${k}" --data '{"model":"mistral-large-latest","messages":[{"role":"user","content":"bonjour"}]}'\n\ngives 401 - is the key wrong?`), "Mistral key has no prefix");
}
{
  const k = g.groq();
  add(A, `local http = require "resty.http"\nlocal httpc = http.new()\nlocal res, err = httpc:request_uri("https://api.groq.com/openai/v1/chat/completions", {\n  method = "POST",\n  headers = { ["Authorization"] = "Bearer ${k}", ["Content-Type"] = "application/json" },\n  body = cjson.encode(payload),\n})`, "Lua/OpenResty");
}
{
  const k = g.replicate();
  add(A, `defmodule Acme.Replicate do\n  @token "${k}"\n  def run(version, input) do\n    Req.post!("https://api.replicate.com/v1/predictions", auth: {:bearer, @token}, json: %{version: version, input: input})\n  end\nend`, "Elixir");
}
{
  const k = g.pplx();
  add(A, `$headers = @{ "Authorization" = "Bearer ${k}"; "Content-Type" = "application/json" }\nInvoke-RestMethod -Uri "https://api.perplexity.ai/chat/completions" -Method Post -Headers $headers -Body $body`, "PowerShell");
}
{
  const k = g.openai();
  add(A, `openai.error.AuthenticationError: Incorrect API key provided: ${k}. You can find your API key at https://platform.openai.com/account/api-keys.\n  File "/srv/app/worker.py", line 88, in summarize\n    resp = openai.ChatCompletion.create(**kwargs)`, "crash report echoing the full key");
}
{
  const k = g.j("xa", "i-", g.an(80));
  add(A, chatOai(`.env.local\n\nXAI_API_KEY=${k}\nNEXT_PUBLIC_APP_URL=http://localhost:3000`));
}
{
  const k = g.j("sk", "-or-v1-", g.hex(64));
  add(A, `{"mcpServers":{"openrouter":{"command":"npx","args":["-y","openrouter-mcp"],"env":{"OPENROUTER_API_KEY":"${k}"}}}}`);
}

// ---------- payment ----------
{
  const k = g.stripe();
  add(P, `Stripe.api_key = "${k}"\nsession = Stripe::Checkout::Session.create(mode: "subscription", line_items: [{ price: "price_${g.an(24)}", quantity: 1 }])`, "Ruby");
}
{
  const k = g.stripeRk();
  add(P, toolBash(`curl https://api.stripe.com/v1/charges?limit=3 -u ${k}:`));
}
{
  const k = g.whsec();
  add(P, `// webhook handler\nconst endpointSecret = '${k}';\nconst event = stripe.webhooks.constructEvent(req.body, req.headers['stripe-signature'], endpointSecret);`);
}
{
  const k = g.stripe();
  add(P, chat(`CI log (GitHub Actions) — the printenv step leaked stuff?\n\n2024-10-11T08:12:01.1Z printenv | sort\n2024-10-11T08:12:01.2Z HOME=/home/runner\n2024-10-11T08:12:01.2Z STRIPE_SECRET_KEY=${k}\n2024-10-11T08:12:01.2Z RUNNER_OS=Linux`));
}
{
  const t = g.square();
  add(P, `square:\n  environment: production\n  access_token: "${t}"\n  location_id: L${g.up(12)}\n`);
}
{
  const t = g.braintree();
  add(P, `gateway = braintree.BraintreeGateway(access_token="${t}")`);
}
{
  const id = g.j("A", g.url(79)), sec = g.j("E", g.url(79));
  add(P, `curl -v -X POST https://api-m.paypal.com/v1/oauth2/token \\\n  -u "${id}:${sec}" \\\n  -H "Content-Type: application/x-www-form-urlencoded" \\\n  -d "grant_type=client_credentials"`, "PayPal live client id:secret");
}
{
  const t = g.shpat();
  add(P, `> POST /admin/api/2024-07/graphql.json HTTP/2\n> Host: acme-store.myshopify.com\n> user-agent: curl/8.5.0\n> accept: */*\n> x-shopify-access-token: ${t}\n> content-type: application/json\n>\n< HTTP/2 200`, "curl -v dump");
}

// ---------- comms ----------
{
  const t = g.xoxb();
  add(M, `const { WebClient } = require('@slack/web-api');\nconst web = new WebClient('${t}');`);
}
{
  const t = g.xoxp();
  add(M, chat(`here's the HAR entry that fails:\n${JSON.stringify({ request: { method: "POST", url: "https://slack.com/api/chat.postMessage", headers: [{ name: "Authorization", value: "Bearer " + t }, { name: "Content-Type", value: "application/json" }] }, response: { status: 200, content: { text: "{\"ok\":false,\"error\":\"channel_not_found\"}" } } }, null, 1)}`), "HAR entry");
}
{
  const t = g.xapp();
  add(M, `SLACK_APP_TOKEN=${t}\nSLACK_SIGNING_SECRET=${g.hex(32)}\nSLACK_BOT_TOKEN=${g.xoxb()}\n`);
}
{
  const h = g.slackHook();
  add(M, `0 7 * * 1-5 /usr/bin/curl -s -X POST -H 'Content-type: application/json' --data '{"text":"standup!"}' ${h}\n`, "crontab");
}
{
  const t = g.discordBot();
  add(M, `import discord\nclient = discord.Client(intents=discord.Intents.default())\nclient.run("${t}")`);
}
{
  const h = g.discordHook();
  add(M, toolBash(`curl -H "Content-Type: application/json" -d '{"content":"deploy ok"}' "${h}"`));
}
{
  const t = g.telegram();
  add(M, `my $bot = WWW::Telegram::BotAPI->new(token => '${t}');\n$bot->sendMessage({ chat_id => -100${g.dig(10)}, text => "backup done" });`, "Perl");
}
{
  const t = g.telegram();
  add(M, `https://api.telegram.org/bot${t}/sendMessage?chat_id=${g.dig(9)}&text=hello`);
}
{
  const ac = g.twilioAc(), tok = g.hex(32);
  add(M, `TwilioClient.Init("${ac}", "${tok}");\nvar message = await MessageResource.CreateAsync(body: "code 4412", from: new PhoneNumber("+15017122661"), to: new PhoneNumber(to));`, "C# SDK init, SID + auth token");
}
{
  const sk = g.twilioSk(), sec = g.an(32);
  add(M, `twilio:\n  api_key: ${sk}\n  api_secret: ${sec}\n  from: "+14155550100"\n`);
}
{
  const t = g.sendgrid();
  add(M, toolWrite("config/mail.php", `<?php\nreturn [\n    'driver' => 'sendgrid',\n    'sendgrid' => [\n        'api_key' => '${t}',\n    ],\n];\n`));
}
{
  const t = g.mailgun();
  add(M, toolBash(`curl -s --user 'api:${t}' https://api.mailgun.net/v3/mg.acme.io/messages -F from='Acme <noreply@mg.acme.io>' -F to=dev@acme.io -F subject=test -F text=hi`));
}
{
  const t = g.mailchimp();
  add(M, `mailchimp <- list(api_key = "${t}", server = "us${g.dig(2)}")\n`, "R list");
}

// ---------- saas ----------
{
  const t = g.atlassian();
  add(S, chat(`jira cloud api returns 401:\n\ncurl -u dev@acme.io:${t} -H "Accept: application/json" https://acme.atlassian.net/rest/api/3/myself`));
}
{
  const t = g.linear();
  add(S, `import { LinearClient } from "@linear/sdk";\nconst linear = new LinearClient({ apiKey: "${t}" });`);
}
{
  const t = g.notion();
  add(S, toolBash(`curl https://api.notion.com/v1/search -H 'Authorization: Bearer ${t}' -H 'Notion-Version: 2022-06-28' -X POST --data '{"query":"roadmap"}'`));
}
{
  const t = g.airtable();
  add(S, `val client = HttpClient.newHttpClient()\nval req = HttpRequest.newBuilder(URI("https://api.airtable.com/v0/app${g.an(14)}/Tasks"))\n    .header("Authorization", "Bearer ${t}")\n    .build()`, "Kotlin");
}
{
  const t = g.figma();
  add(S, mcpResult(JSON.stringify({ figma: { accessToken: t, fileKey: g.an(22) }, export: { format: "svg" } })));
}

// ---------- observability ----------
{
  const api = g.hex(32), app = g.hex(40);
  add(O, `apiVersion: v1\nkind: Secret\nmetadata:\n  name: datadog-secret\ntype: Opaque\ndata:\n  api-key: ${g.b64std(api)}\n  app-key: ${g.b64std(app)}\n`, "k8s Secret base64 data");
}
{
  const t = g.nrak();
  add(O, `terraform {\n  required_providers { newrelic = { source = "newrelic/newrelic" } }\n}\nprovider "newrelic" {\n  account_id = ${g.dig(7)}\n  api_key    = "${t}"\n  region     = "EU"\n}`);
}
{
  const t = g.sentryOrg();
  add(O, toolBash(`SENTRY_AUTH_TOKEN=${t} npx @sentry/wizard@latest -i sourcemaps --org acme`));
}
{
  const t = g.sntryu();
  add(O, `defaults:\n  url: https://sentry.io/\n  org: acme\n[auth]\ntoken=${t}\n`, ".sentryclirc");
}
{
  const t = g.glsa();
  add(O, chat(`grafana provisioning keeps 401ing. values.yaml:\n\ngrafana:\n  adminUser: admin\n  env:\n    GF_SECURITY_ADMIN_PASSWORD: "Tr0ub4dor-${g.an(10)}"\n  sidecar:\n    dashboards:\n      enabled: true\nprovisioner:\n  apiToken: ${t}`));
}

// ---------- data ----------
{
  const pw = g.an(20);
  add(DA, `mongodb+srv://app_rw:${pw}@cluster0.${g.lo(5)}.mongodb.net/acme?retryWrites=true&w=majority`);
}
{
  const pw = g.url(24);
  add(DA, `db.acme.internal:5432:orders:orders_app:${pw}\n*:*:*:replicator:${g.an(22)}\n`, ".pgpass");
}
{
  const pw = g.an(18);
  add(DA, chat(`sqlalchemy error:\n\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "prod-db.cluster-c${g.lo(11)}.eu-west-1.rds.amazonaws.com" failed\n(Background on this error at: https://sqlalche.me/e/20/e3q8)\n\nengine = create_engine("postgresql+psycopg2://admin:${pw}@prod-db.cluster-c${g.lo(11)}.eu-west-1.rds.amazonaws.com:5432/acme")`));
}
{
  const pw = g.an(16);
  add(DA, `config :acme, Acme.Repo,\n  username: "acme_prod",\n  password: "${pw}",\n  hostname: "10.2.0.14",\n  database: "acme_prod",\n  pool_size: 15`, "Elixir config");
}
{
  const pw = g.an(32);
  add(DA, toolBash(`redis-cli -u rediss://default:${pw}@redis-1${g.dig(4)}.c${g.dig(3)}.eu-west-1-2.ec2.redns.redis-cloud.com:1${g.dig(4)} PING`));
}
{
  const pw = g.pscale();
  add(DA, `DATABASE_URL='mysql://${g.lo(12)}:${pw}@aws.connect.psdb.cloud/acme?sslaccept=strict'`);
}
{
  const pw = g.npg();
  add(DA, `db.default.url="postgres://neondb_owner:${pw}@ep-${g.lo(6)}-${g.lo(6)}-a${g.dig(6)}.eu-central-1.aws.neon.tech/neondb?sslmode=require"\nplay.http.secret.key="${g.url(48)}"`, "Scala/Play conf");
}
{
  const t = g.sbp();
  add(DA, toolBash(`npx supabase login --token ${t} && npx supabase link --project-ref ${g.lo(20)}`));
}
{
  const j = g.jwt({ iss: "supabase", ref: g.lo(20), role: "service_role", iat: 1712000000, exp: 2027576000 });
  add(DA, `import { createClient } from '@supabase/supabase-js'\nexport const admin = createClient('https://${g.lo(20)}.supabase.co', '${j}')`, "service_role JWT");
}
{
  const pw = g.an(24);
  add(DA, `INSERT INTO integrations (id, tenant_id, kind, config) VALUES\n  (41, 7, 'mysql', '{"host":"mysql.acme.internal","user":"report","password":"${pw}"}'),\n  (42, 7, 'webhook', '{"url":"https://example.com/hook"}');`, "SQL seed");
}

// ---------- auth ----------
{
  const t = g.okta();
  add(AU, `okta:\n  client:\n    orgUrl: https://acme.okta.com\n    token: ${t}\n`);
}
{
  const s = g.url(64);
  add(AU, chat(`auth0 login fails "Unauthorized", my .env:\n\nAUTH0_SECRET='${g.hex(64)}'\nAUTH0_BASE_URL='http://localhost:3000'\nAUTH0_ISSUER_BASE_URL='https://acme.eu.auth0.com'\nAUTH0_CLIENT_ID='${g.an(32)}'\nAUTH0_CLIENT_SECRET='${s}'`));
}
{
  const s = g.gocspx();
  add(AU, `{"web":{"client_id":"${g.dig(12)}-${g.lo(32)}.apps.googleusercontent.com","project_id":"acme-login","auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"${s}","redirect_uris":["https://acme.io/oauth/callback"]}}`);
}
{
  const secret = g.url(48);
  add(AU, `JWT_SECRET=${secret}\nJWT_EXPIRES_IN=15m\n`, "JWT signing secret in .env");
}
{
  const j = g.jwt({ sub: g.uuid(), email: "ops@acme.io", role: "admin", iat: 1730000000, exp: 1893456000 });
  add(AU, `2024-11-20 14:02:11,231 DEBUG urllib3.connectionpool https://api.acme.io:443 "GET /v2/admin/users HTTP/1.1" 200 trace_id=${g.hex(32)} span_id=${g.hex(16)} authorization="Bearer ${j}"`, "JWT next to trace ids on one log line");
}
{
  const pw = g.an(20);
  add(AU, `Authorization: Basic ${g.b64std("svc-deploy:" + pw)}`);
}
{
  const pw = g.an(22);
  add(AU, `https://admin:${pw}@jenkins.acme.internal:8443/job/release/buildWithParameters?token=${g.hex(32)}`);
}

// ---------- keys ----------
{
  add(K, toolWrite("/home/dev/.ssh/id_ed25519", `-----BEGIN OPENSSH PRIVATE KEY-----\n${g.lines(g.b64std("openssh-key-v1\0") + g.b64bytes(300), 70)}\n-----END OPENSSH PRIVATE KEY-----\n`));
}
{
  add(K, chat(`nginx won't start: "PEM_read_bio_PrivateKey failed". key file:\n\n${g.pem("RSA PRIVATE KEY", 1190)}`));
}
{
  add(K, `tls:\n  crt: |\n    -----BEGIN CERTIFICATE-----\n    MIIB${g.b64(60)}\n    -----END CERTIFICATE-----\n  key: |\n${g.pem("EC PRIVATE KEY", 121).split("\n").map((l) => "    " + l).join("\n")}\n`, "Helm values: cert plus EC private key");
}
{
  add(K, `{"private_key": "${g.pem("PRIVATE KEY", 1218).replace(/\n/g, "\\n")}"}`, "escaped \\n inside JSON string");
}
{
  add(K, `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${g.lines(g.b64bytes(900))}\n=${g.b64(4)}\n-----END PGP PRIVATE KEY BLOCK-----`);
}
{
  const k = g.ageKey();
  add(K, `# created: 2024-09-12T10:12:44+02:00\n# public key: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${k}\n`, "age key file");
}
{
  const k = g.ageKey();
  add(K, toolBash(`export SOPS_AGE_KEY=${k}; sops -d secrets.enc.yaml > secrets.yaml`));
}

export const cases: CorpusCase[] = build("y10-c", rows, "positive");
