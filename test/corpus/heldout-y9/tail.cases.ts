// heldout-y9: long-tail providers (mostly no distinctive prefix) in realistic outbound contexts (positives).
import type { CorpusCase } from "../types.ts";
import { AN, B64U, DG, HXU, LO, UP, ctx, gen, maker } from "./_gen.ts";

const g = gen(0x7a11b9e3);
const { t, s, hex, num, uuid, b64e, b64, j } = g;
const { out, add } = maker("y9-tail");
const P = (group: string, text: string, note?: string) => add("positive", `heldouty9-sec-${group}`, text, note);
const la = (n: number) => s(n, LO + DG);
const ua = (n: number) => s(n, UP + DG);

// ---------- regional / alt clouds ----------
P("cloud", ctx.openaiChat(`aliyun oss upload fails with SignatureDoesNotMatch:\n\nauth = oss2.Auth('${j("LT", "AI", s(20))}', '${s(30)}')\nbucket = oss2.Bucket(auth, 'https://oss-cn-hangzhou.aliyuncs.com', 'acme-static')`));
P("cloud", ctx.toolBash(`tccli configure set secretId ${j("AK", "ID", s(32))} secretKey ${s(32)} region ap-guangzhou && tccli cvm DescribeInstances`));
P("cloud", ctx.toolWrite("config/obs.yaml", `huaweicloud:\n  region: ap-southeast-3\n  access_key: ${ua(20)}\n  secret_key: ${s(40)}\n  endpoint: https://obs.ap-southeast-3.myhuaweicloud.com\n`));
P("cloud", `yc config set token ${j("y0_", "AgAAAA", s(50, B64U))}`);
P("cloud", ctx.anthropicChat(`Yandex SpeechKit 401:\n\ncurl -H "Authorization: Api-Key ${j("AQ", "VN", s(36, B64U))}" -d "text=привет" https://tts.api.cloud.yandex.net/speech/v1/tts:synthesize`));
P("cloud", `[default]\naccess_key_id = ${j("SC", "W", ua(17))}\nsecret_key = ${uuid()}\ndefault_organization_id = ${uuid()}\ndefault_region = fr-par`);
P("cloud", ctx.openaiChat(`python-ovh client:\n\nclient = ovh.Client(\n    endpoint='ovh-eu',\n    application_key='${s(16)}',\n    application_secret='${s(32)}',\n    consumer_key='${s(32)}',\n)\n\nraises InvalidCredential`));
P("cloud", ctx.toolBash(`HCLOUD_TOKEN=${s(64)} hcloud server create --name build-03 --type cx32 --image ubuntu-24.04`));
P("cloud", `provider "linode" {\n  token = "${hex(64)}"\n}`);
P("cloud", ctx.mcpResult(`curl -H "Authorization: Bearer ${ua(36)}" https://api.vultr.com/v2/instances\n{"error":"Unauthorized IP address: 203.0.113.9","status":401}`));
P("cloud", ctx.openaiChat(`ibmcloud login --apikey ${s(44, AN + "_-")} -r us-south -g default\nFAILED: Unable to authenticate.`));
P("cloud", ctx.toolWrite("b2.env", `B2_APPLICATION_KEY_ID=005${hex(22)}\nB2_APPLICATION_KEY=K005${s(27, AN + "/+")}\nB2_BUCKET=acme-backups\n`));
P("cloud", `rclone config create wasabi s3 provider Wasabi access_key_id ${ua(20)} secret_access_key ${s(40)} endpoint s3.eu-central-1.wasabisys.com`);
P("cloud", `CLOUDINARY_URL=cloudinary://${num(15)}:${s(27, AN + "-_")}@acme-media`);
P("cloud", ctx.anthropicChat(`naver cloud signature v2 — am I building this right?\n\naccess_key = "${s(20)}"\nsecret_key = "${s(40)}"\nsignature = make_signature(method, uri, timestamp, access_key, secret_key)`));
P("cloud", `oci_config:\n[DEFAULT]\nuser=ocid1.user.oc1..${la(60)}\nfingerprint=${Array.from({ length: 16 }, () => hex(2)).join(":")}\ntenancy=ocid1.tenancy.oc1..${la(60)}\nregion=eu-frankfurt-1\nkey_file=~/.oci/key.pem\n\n${t.rsa()}`);
P("cloud", ctx.toolBash(`curl -u "${s(8, LO)}:${s(32)}" https://api.upcloud.com/1.3/server`));
P("cloud", `export EXOSCALE_API_KEY=EXO${s(24, LO + DG)}\nexport EXOSCALE_API_SECRET=${s(43, AN + "-_")}`);

// ---------- ai long tail ----------
P("ai", ctx.openaiChat(`client = OpenAI(base_url="https://api.deepseek.com", api_key="${j("sk", "-", hex(32))}")\n\nis deepseek-reasoner supported with tools?`));
P("ai", ctx.toolBash(`curl https://api.x.ai/v1/chat/completions -H "Authorization: Bearer ${j("xa", "i-", s(80))}" -H "Content-Type: application/json" -d @req.json`));
P("ai", `OPENROUTER_API_KEY=${j("sk", "-or-v1-", hex(64))}`);
P("ai", ctx.toolWrite("src/llm/together.ts", `import Together from "together-ai";\n\nexport const together = new Together({\n  apiKey: "${hex(64)}",\n});\n`));
P("ai", ctx.anthropicChat(`from pinecone import Pinecone\npc = Pinecone(api_key="${j("pc", "sk_", s(6, LO + DG), "_", s(64, AN))}")\nindex = pc.Index("docs-prod")\n\nupserts hang after 1000 vectors`));
P("ai", ctx.mcpResult(`ELEVEN_API_KEY=${j("sk", "_", hex(48))}\n$ python tts.py --voice Rachel\nHTTP 401 {"detail":{"status":"invalid_api_key"}}`));
P("ai", `curl -X POST https://api.deepgram.com/v1/listen?model=nova-2 -H "Authorization: Token ${hex(40)}" --data-binary @call.wav -H "Content-Type: audio/wav"`);
P("ai", ctx.openaiChat(`aai.settings.api_key = "${hex(32)}"\ntranscriber = aai.Transcriber()\n\nwhy is speaker_labels ignored?`));
P("ai", `wandb login ${hex(40)}`);
P("ai", ctx.toolBash(`LANGCHAIN_TRACING_V2=true LANGSMITH_API_KEY=${j("lsv2", "_pt_", hex(32), "_", hex(10))} python agent.py`));
P("ai", ctx.openaiChat(`tavily = TavilyClient(api_key="${j("tv", "ly-", s(32))}")\nvs\nexa = Exa("${uuid()}")\nwhich is better for news search?`));
P("ai", `import dashscope\ndashscope.api_key = "${j("sk", "-", hex(32))}"\nresp = dashscope.Generation.call(model="qwen-max", prompt="你好")`);
P("ai", ctx.anthropicChat(`zhipuai client:\n\nclient = ZhipuAI(api_key="${hex(32)}.${s(16)}")\n\nresponse = client.chat.completions.create(model="glm-4", ...)`));
P("ai", `MOONSHOT_API_KEY="${j("sk", "-", s(48))}" python kimi_summarize.py`);
P("ai", ctx.toolWrite(".env", `# inference providers\nFIREWORKS_API_KEY=${j("fw", "_", s(24))}\nCEREBRAS_API_KEY=${j("cs", "k-", s(48, LO + DG))}\nLOG_LEVEL=debug\n`));
P("ai", ctx.openaiChat(`stability upscaler 401:\n\nrequests.post("https://api.stability.ai/v2beta/stable-image/upscale/fast", headers={"authorization": "Bearer ${j("sk", "-", s(48))}", "accept": "image/*"}, files={"image": open("in.png","rb")})`));
P("ai", `curl https://api.voyageai.com/v1/embeddings -H "Authorization: Bearer ${j("pa", "-", s(43, B64U))}" -d '{"input":["hello"],"model":"voyage-3"}'`);
P("ai", ctx.mcpResult(`serpapi: GET https://serpapi.com/search.json?engine=google&q=acme+corp&api_key=${hex(64)} -> 200 (search_id ${hex(24)})`));
P("ai", `JINA_API_KEY=${j("ji", "na_", hex(32), s(28))}`);
P("ai", ctx.toolBash(`curl -X POST "https://${s(8, LO)}-openai.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-06-01" -H "api-key: ${hex(32)}" -d @body.json`));

// ---------- payment long tail ----------
P("payment", ctx.openaiChat(`razorpay = razorpay.Client(auth=("${j("rzp", "_live_", s(14))}", "${s(24)}"))\norder = razorpay.order.create({"amount": 50000, "currency": "INR"})\n\nBadRequestError: Authentication failed`));
P("payment", ctx.toolBash(`curl https://api.paystack.co/transaction/verify/${la(10)} -H "Authorization: Bearer ${j("sk", "_live_", hex(40))}"`));
P("payment", `FLW_SECRET_KEY=${j("FLWSE", "CK-", hex(32), "-X")}`);
P("payment", ctx.toolWrite("app/Services/Mollie.php", `<?php\n$mollie = new \\Mollie\\Api\\MollieApiClient();\n$mollie->setApiKey("${j("li", "ve_", s(30))}");\n`));
P("payment", ctx.anthropicChat(`adyen checkout session fails with 401:\n\nclient = Adyen.Adyen()\nclient.payment.client.xapikey = "${j("AQ", "E", s(1, "hjklmnprtu"), "hmfxLI", s(150, AN + "+/="))}"\nclient.payment.client.platform = "live"`));
P("payment", ctx.openaiChat(`curl -X POST https://api.mercadopago.com/v1/payments -H "Authorization: Bearer ${j("APP_", "USR-", num(16), "-", num(6), "-", hex(32), "-", num(9))}" -H "X-Idempotency-Key: ${uuid()}" -d @payment.json`));
P("payment", ctx.toolBash(`curl -u ${j("xnd_", "production_", s(50))}: https://api.xendit.co/balance`));
P("payment", `midtrans:\n  server_key: "${j("Mid-", "server-", s(24, AN + "_-"))}"\n  is_production: true`);
P("payment", ctx.mcpResult(`[2025-06-09 22:41:07] production.ERROR: Iyzipay auth failed {"apiKey":"${s(32)}","secretKey":"${s(32)}","baseUrl":"https://api.iyzipay.com","trace":"${hex(32)}"}`));
P("payment", ctx.openaiChat(`Daraja STK push returns 400.002.02:\n\nconsumer_key = "${s(48)}"\nconsumer_secret = "${s(64)}"\npasskey = "${hex(64)}"\nshortcode = "${num(6)}"`));
P("payment", `GOCARDLESS_ACCESS_TOKEN=${j("li", "ve_", s(40, AN + "-_"))}`);
P("payment", ctx.toolBash(`curl -H "Authorization: Bearer ${uuid()}" https://api.transferwise.com/v1/profiles  # wise prod token`));
P("payment", ctx.anthropicChat(`plaid link token call:\n\nconst config = new Configuration({\n  basePath: PlaidEnvironments.production,\n  baseOptions: { headers: { 'PLAID-CLIENT-ID': '${hex(24)}', 'PLAID-SECRET': '${hex(30)}' } },\n});`));
P("payment", `curl -X POST https://api.checkout.com/payments -H "Authorization: Bearer ${j("sk", "_", la(26))}" -H "Content-Type: application/json" -d @pay.json`);
P("payment", ctx.toolWrite("trading/config.toml", `[alpaca]\nendpoint = "https://api.alpaca.markets"\nkey_id = "${j("A", "K", ua(18))}"\nsecret_key = "${s(40)}"\n`));
P("payment", ctx.openaiChat(`binance futures bot:\n\nclient = UMFutures(key="${s(64)}", secret="${s(64)}")\nprint(client.account())\n\n-2015 Invalid API-key, IP, or permissions`));
P("payment", `PAYTM_MERCHANT_ID=ACME${num(14)}\nPAYTM_MERCHANT_KEY=${s(16, AN + "@#%&")}\nPAYTM_WEBSITE=DEFAULT`);
P("payment", ctx.toolBash(`curl -X POST https://api.pagar.me/core/v5/orders -u "${j("sk", "_", hex(32))}:" -H "Content-Type: application/json" -d @order.json`));
P("payment", ctx.mcpResult(`WooCommerce REST check:\nGET https://shop.acme.co.za/wp-json/wc/v3/orders?consumer_key=${j("c", "k_", hex(40))}&consumer_secret=${j("c", "s_", hex(40))}\n-> 200, 25 orders`));

// ---------- comms long tail ----------
P("comms", ctx.openaiChat(`vonage sms:\n\nclient = vonage.Client(key="${hex(8)}", secret="${s(16)}")\nsms = vonage.Sms(client)\n\nStatus 4: Bad Credentials`));
P("comms", ctx.toolBash(`curl -X POST https://rest.messagebird.com/messages -H "Authorization: AccessKey ${s(25)}" -d recipients=31612345678 -d originator=Acme -d body="Your code is 482910"`));
P("comms", `plivo_client = plivo.RestClient(auth_id="${j("MA", ua(18))}", auth_token="${s(40)}")`);
P("comms", ctx.anthropicChat(`telnyx call control:\n\ntelnyx.api_key = "${j("KE", "Y0", ua(30), "_", s(22))}"\n\nthe webhook never fires`));
P("comms", ctx.toolWrite("config/sms.yml", `africastalking:\n  username: acme_ke\n  api_key: ${j("at", "sk_", hex(64))}\n  sender_id: ACME\n`));
P("comms", `curl "https://api.ng.termii.com/api/sms/send" -H "Content-Type: application/json" -d '{"to":"2348012345678","from":"Acme","sms":"hi","type":"plain","channel":"generic","api_key":"${s(60)}"}'`);
P("comms", ctx.toolBash(`curl "https://api.postmarkapp.com/email" -H "Accept: application/json" -H "X-Postmark-Server-Token: ${uuid()}" -d @mail.json`));
P("comms", ctx.openaiChat(`BREVO_API_KEY=${j("xkey", "sib-", hex(64), "-", s(16))}\n\nnodemailer via brevo relay works, the API client doesn't`));
P("comms", `const resend = new Resend("${j("r", "e_", s(8), "_", s(24))}");`);
P("comms", ctx.mcpResult(`Mailjet: POST https://api.mailjet.com/v3.1/send basic ${hex(32)}:${hex(32)} -> 401 Unauthorized`));
P("comms", `SPARKPOST_API_KEY=${hex(40)}`);
P("comms", ctx.toolWrite("config/broadcasting.php", `'pusher' => [\n    'driver' => 'pusher',\n    'key' => '${hex(20)}',\n    'secret' => '${hex(20)}',\n    'app_id' => '${num(7)}',\n    'options' => ['cluster' => 'eu', 'useTLS' => true],\n],`));
P("comms", ctx.anthropicChat(`const ably = new Ably.Realtime("${s(6)}.${s(6, AN + "-_")}:${s(43, B64U)}");\n\nconnection state goes to 'failed' immediately`));
P("comms", `LINE_CHANNEL_SECRET=${hex(32)}\nLINE_CHANNEL_ACCESS_TOKEN=${b64(171)}=`);
P("comms", ctx.openaiChat(`kakao 알림톡 요청이 401이에요:\n\ncurl -X POST "https://kapi.kakao.com/v2/api/talk/memo/default/send" -H "Authorization: KakaoAK ${hex(32)}"`));
P("comms", ctx.toolBash(`curl -X POST https://api.zoom.us/oauth/token -d "grant_type=account_credentials&account_id=${s(22)}" -u "${s(22)}:${s(32)}"`));
P("comms", `STREAM_API_KEY=${la(12)}\nSTREAM_API_SECRET=${s(64, LO + DG)}`);
P("comms", ctx.mcpResult(`agora token server: appId=${hex(32)} appCertificate=${hex(32)} channel=room-42 uid=0 expire=3600`));
P("comms", `curl "https://api.smsapi.pl/sms.do" -H "Authorization: Bearer ${s(40)}" -d "to=48500000000&message=test&format=json"`);
P("comms", ctx.openaiChat(`smsc.ru / sms.ru:\n\nrequests.get("https://sms.ru/sms/send", params={"api_id": "${uuid().toUpperCase()}", "to": "79990000000", "msg": "code 5521", "json": 1})`));

// ---------- observability long tail ----------
P("observability", ctx.toolWrite("otel-collector.yaml", `exporters:\n  otlphttp/honeycomb:\n    endpoint: https://api.honeycomb.io\n    headers:\n      x-honeycomb-team: ${s(22)}\n  otlphttp/dynatrace:\n    endpoint: https://${la(8)}.live.dynatrace.com/api/v2/otlp\n    headers:\n      Authorization: "Api-Token ${j("dt0c01.", ua(24), ".", ua(64))}"\n`));
P("observability", `Rollbar.configure do |config|\n  config.access_token = '${hex(32)}'\n  config.environment = 'production'\nend`);
P("observability", ctx.openaiChat(`bugsnag data access API returns 401:\n\ncurl -H "Authorization: token ${hex(40)}" -H "X-Version: 2" https://api.bugsnag.com/user/organizations`));
P("observability", ctx.toolBash(`curl -k https://splunk.acme.internal:8088/services/collector/event -H "Authorization: Splunk ${uuid()}" -d '{"event":"deploy","sourcetype":"ci"}'`));
P("observability", `sumo:\n  accessId: ${j("su", s(12))}\n  accessKey: ${s(64)}\n  endpoint: https://api.eu.sumologic.com/api/`);
P("observability", ctx.mcpResult(`logz.io shipper config:\n{"token":"${s(32, UP + LO)}","listener":"listener-eu.logz.io","type":"nodejs"}`));
P("observability", `curl -X POST https://api.pagerduty.com/incidents -H "Authorization: Token token=${j("u+", s(18, AN + "_-"))}" -H "From: oncall@acme.io" -H "Content-Type: application/json" -d @incident.json`);
P("observability", ctx.toolBash(`curl -X POST https://api.opsgenie.com/v2/alerts -H "Authorization: GenieKey ${uuid()}" -H "Content-Type: application/json" -d '{"message":"disk 95%"}'`));
P("observability", `LOGTAIL_SOURCE_TOKEN=${s(24)}`);
P("observability", ctx.anthropicChat(`posthog personal key for the export script:\n\nposthog = Posthog(project_api_key='phc_${s(43)}', personal_api_key='${j("ph", "x_", s(43))}', host='https://eu.posthog.com')`));
P("observability", `MIXPANEL_SERVICE_ACCOUNT=export-bot.${hex(6)}.mp-service-account\nMIXPANEL_SERVICE_SECRET=${s(32)}`);
P("observability", ctx.toolWrite("analytics/amplitude.json", JSON.stringify({ apiKey: hex(32), secretKey: hex(32), region: "EU" }, null, 2)));

// ---------- devtools long tail ----------
P("devtools", ctx.toolBash(`curl -H "Circle-Token: ${j("CCI", "PAT_", s(22), "_", hex(40))}" https://circleci.com/api/v2/project/gh/acme/api/pipeline`));
P("devtools", `BUILDKITE_API_TOKEN=${j("bk", "ua_", hex(40))}`);
P("devtools", ctx.openaiChat(`sonar-scanner -Dsonar.projectKey=acme_api -Dsonar.host.url=https://sonarcloud.io -Dsonar.token=${j("sq", "p_", hex(40))}\n\nERROR: Not authorized`));
P("devtools", ctx.toolBash(`snyk auth ${uuid()} && snyk test --severity-threshold=high`));
P("devtools", `curl -H "X-JFrog-Art-Api: ${j("AK", "Cp", s(69))}" -T build/libs/app.jar "https://acme.jfrog.io/artifactory/libs-release/app-1.2.jar"`);
P("devtools", ctx.anthropicChat(`azure devops npm feed auth:\n\n; .npmrc\nregistry=https://pkgs.dev.azure.com/acme/_packaging/feed/npm/registry/\n//pkgs.dev.azure.com/acme/_packaging/feed/npm/registry/:username=acme\n//pkgs.dev.azure.com/acme/_packaging/feed/npm/registry/:_password=${b64e(s(84, LO + DG).toUpperCase())}\n//pkgs.dev.azure.com/acme/_packaging/feed/npm/registry/:email=ci@acme.io`));
P("devtools", ctx.toolBash(`curl -X POST -u admin:${j("11", hex(32))} "https://jenkins.acme.internal/job/deploy/buildWithParameters?ENV=prod"`));
P("devtools", `x-api-key: ${j("pa", "t.", s(22), ".", hex(24), ".", s(20))}`, "Harness PAT");
P("devtools", ctx.mcpResult(`octo deploy-release --project=Api --version=2.4.1 --deployto=Production --server=https://octopus.acme.io --apiKey=${j("AP", "I-", ua(32))}`));
P("devtools", `PULUMI_ACCESS_TOKEN=${j("pu", "l-", hex(40))} pulumi up --stack acme/prod --yes`);
P("devtools", ctx.openaiChat(`pulumi stack export shows this in the state, is that expected?\n\n"outputs": {\n    "dbPassword": {\n        "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",\n        "plaintext": "\\"${s(24)}\\""\n    }\n}`), "Pulumi secret with plaintext in exported state");
P("devtools", ctx.toolWrite("~/.gem/credentials", `---\n:rubygems_api_key: ${j("rubygems", "_", hex(48))}\n`));
P("devtools", `dotnet nuget push bin/Release/Acme.Core.2.1.0.nupkg --api-key ${j("oy", "2", la(43))} --source https://api.nuget.org/v3/index.json`);
P("devtools", ctx.toolBash(`cargo publish --token ${j("ci", "o", s(32))}`));
P("devtools", `CODECOV_TOKEN=${uuid()}`);
P("devtools", ctx.openaiChat(`infisical export --token=${j("st", ".", uuid(), ".", hex(32), ".", hex(32))} --env=prod > .env\n\nworks but prints a deprecation warning`));
P("devtools", ctx.mcpResult(`bws secret list --access-token ${j("0.", uuid(), ".", s(30), ":", s(22, AN))}==\n[]`));
P("devtools", `TRAVIS_API_TOKEN=${s(22, AN)}`);
P("devtools", ctx.toolBash(`curl -H "Authorization: Bearer ${hex(40)}" https://api.bitrise.io/v0.1/apps/${hex(16)}/builds  # bitrise personal access token`));
P("devtools", `akeyless auth --access-id ${j("p-", la(12))} --access-key ${s(44, AN + "+/=")}`);

// ---------- saas long tail ----------
P("saas", ctx.openaiChat(`asana = asana.Client.access_token("${j("2/", num(16), "/", num(16), ":", hex(32))}")\n\nworkspaces list comes back empty`));
P("saas", ctx.toolBash(`curl "https://api.trello.com/1/members/me/boards?key=${hex(32)}&token=${j("AT", "TA", hex(64), s(8, HXU))}"`));
P("saas", `CLICKUP_API_TOKEN=${j("p", "k_", num(8), "_", ua(32))}`);
P("saas", ctx.anthropicChat(`hubspot private app:\n\nconst hubspot = new Client({ accessToken: "${j("pat", "-eu1-", uuid())}" })\n\ncontacts.basicApi.getPage() returns 401`));
P("saas", ctx.toolWrite("integrations/zendesk.rb", `ZendeskAPI::Client.new do |config|\n  config.url = "https://acme.zendesk.com/api/v2"\n  config.username = "support@acme.io/token"\n  config.token = "${s(40)}"\nend\n`));
P("saas", `curl -H "Authorization: Bearer ${b64(58)}=" -H "Intercom-Version: 2.11" https://api.intercom.io/contacts`);
P("saas", ctx.openaiChat(`Zoho CRM refresh:\n\nPOST https://accounts.zoho.eu/oauth/v2/token?refresh_token=${j("1000.", hex(32), ".", hex(32))}&client_id=1000.${ua(30)}&client_secret=${hex(42)}&grant_type=refresh_token`));
P("saas", ctx.toolBash(`curl -u ${s(20)}:X https://acme.freshdesk.com/api/v2/tickets?per_page=5`));
P("saas", `sfdx force:auth:sfdxurl:store -f <(echo "force://PlatformCLI::${j("5Aep", s(80, AN + "._"))}@acme.my.salesforce.com")`);
P("saas", ctx.mcpResult(`typeform export: GET https://api.typeform.com/forms/${s(8)}/responses Authorization: Bearer ${j("tf", "p_", s(44, B64U))} -> 200`));
P("saas", ctx.toolWrite("scripts/dropbox_sync.py", `import dropbox\n\ndbx = dropbox.Dropbox("${j("sl.", "B", s(137, B64U))}")\nfor e in dbx.files_list_folder("").entries:\n    print(e.name)\n`));
P("saas", `WEBFLOW_API_TOKEN=${hex(64)}`);
P("saas", ctx.openaiChat(`miro REST v2 gives 401:\nAuthorization: Bearer ${j("eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_", s(27, B64U))}`));
P("saas", `curl -X POST "https://api.monday.com/v2" -H "Authorization: ${t.jwtHS({ tid: num(9), aai: 11, uid: num(8), iad: "2025-03-01T10:00:00.000Z", per: "me:write", actid: num(8), rgn: "euc1" })}" -d '{"query":"{ boards(limit:1){ id } }"}'`);
P("saas", ctx.toolBash(`curl -u "${s(20)}@acme.io:${s(24)}" https://acme.harvestapp.com/api/v2/time_entries`), "basic auth with a Harvest-style token");
P("saas", `SPOTIFY_CLIENT_ID=${hex(32)}\nSPOTIFY_CLIENT_SECRET=${hex(32)}\nSPOTIFY_REDIRECT_URI=http://127.0.0.1:8888/callback`);
P("saas", ctx.anthropicChat(`twitter v2 search returns 401:\n\nclient = tweepy.Client(bearer_token="${j("AAAAAAAAAAAAAAAAAAAAA", s(25), "%3D", s(50))}")`));
P("saas", ctx.openaiChat(`page token for the fb graph call:\n\nGET https://graph.facebook.com/v19.0/me/accounts?access_token=${j("EA", "AB", s(180))}`));
P("saas", `PINTEREST_ACCESS_TOKEN=${j("pi", "na_", s(96, UP + DG))}`);

// ---------- commerce / CMS ----------
P("saas", ctx.toolBash(`curl -H "X-Auth-Token: ${s(31, LO + DG)}" "https://api.bigcommerce.com/stores/${la(10)}/v3/catalog/products?limit=5"`));
P("saas", ctx.openaiChat(`magento integration token returns The consumer isn't authorized:\n\ncurl -H "Authorization: Bearer ${s(32, LO + DG)}" https://shop.acme.de/rest/V1/orders?searchCriteria[pageSize]=1`));
P("saas", `CTP_PROJECT_KEY=acme-prod\nCTP_CLIENT_ID=${s(24, AN + "_-")}\nCTP_CLIENT_SECRET=${s(32, AN + "_-")}\nCTP_AUTH_URL=https://auth.europe-west1.gcp.commercetools.com`);
P("saas", ctx.toolWrite("contentful-migrate.sh", `#!/bin/sh\nexport CONTENTFUL_MANAGEMENT_TOKEN=${j("CF", "PAT-", s(43, B64U))}\nnpx contentful-migration --space-id ${la(12)} --environment-id master migrations/*.js\n`));
P("saas", ctx.anthropicChat(`const client = createClient({ projectId: "${la(8)}", dataset: "production", token: "${j("sk", s(180))}", useCdn: false });`));
P("saas", `STRAPI_API_TOKEN=${hex(256)}`);
P("saas", ctx.toolBash(`curl -H "Authorization: Ghost ${t.jwtHS({ aud: "/admin/", iat: 1718000000 })}" https://blog.acme.io/ghost/api/admin/posts/ # admin key ${hex(24)}:${hex(64)}`));
P("saas", ctx.openaiChat(`wordpress application password for the REST import:\n\nwp = WordPressClient("https://acme.blog", "editor", "${[4, 4, 4, 4, 4, 4].map((n) => s(n)).join(" ")}")`));
P("saas", `STORYBLOK_MANAGEMENT_TOKEN=${s(24)}-${num(6)}-${s(20)}`);
P("saas", ctx.mcpResult(`algolia: initIndex('products') with appId ${ua(10)} and admin key ${hex(32)} -> saveObjects ok (taskID ${num(12)})`));
P("saas", `MEILI_MASTER_KEY=${s(44, B64U)}`);
P("saas", ctx.toolBash(`curl -H "Authorization: ApiKey ${b64e(s(20) + ":" + s(22))}" https://acme.es.europe-west3.gcp.cloud.es.io/_cat/indices`));
P("saas", `typesense:\n  api_key: ${s(32)}\n  nodes:\n    - host: ${la(14)}-1.a1.typesense.net`);

// ---------- maps / geo ----------
P("saas", ctx.openaiChat(`mapboxgl is fine but the uploads API needs a secret token:\n\nMAPBOX_SECRET=${j("sk.", b64e(JSON.stringify({ u: "acme-maps", a: la(25) })).replace(/=+$/, ""), ".", s(22, B64U))}`));
P("saas", `curl "https://geocode.search.hereapi.com/v1/geocode?q=Invalidenstr+117+Berlin&apiKey=${s(43, B64U)}"`);
P("saas", ctx.toolBash(`curl "https://api.tomtom.com/routing/1/calculateRoute/52.50931,13.42936:52.50274,13.43872/json?key=${s(32)}"`));
P("saas", `const arcgis = new ApiKeyManager({ key: "${j("AA", "PK", s(100, B64U))}" });`);
P("saas", ctx.mcpResult(`GET https://api.opencagedata.com/geocode/v1/json?q=Nairobi&key=${hex(32)}&no_annotations=1 -> 200 (rate remaining 2488)`));

// ---------- feature flags ----------
P("devtools", ctx.anthropicChat(`ld = LDClient(Config("${j("sdk", "-", uuid())}"))\nflag = ld.variation("new-checkout", ctx, False)\n\nalways returns the default`));
P("devtools", `UNLEASH_API_TOKEN="*:production.${hex(64)}"`);
P("devtools", ctx.toolWrite("src/flags.ts", `import Flagsmith from "flagsmith-nodejs";\n\nexport const flagsmith = new Flagsmith({ environmentKey: "${j("se", "r.", s(22))}" });\n`));
P("devtools", `SPLIT_SDK_KEY=${s(40, LO + DG)}`, "Split.io server-side SDK key");

// ---------- data long tail ----------
P("data", ctx.toolBash(`DATABRICKS_HOST=https://adb-${num(16)}.${num(2)}.azuredatabricks.net DATABRICKS_TOKEN=${j("da", "pi", hex(32))} databricks jobs list`));
P("data", ctx.openaiChat(`snowflake connector fails:\n\nconn = snowflake.connector.connect(user="ETL_SVC", password="${s(22, AN + "!#%")}", account="${ua(7)}-${ua(7)}", warehouse="ETL_WH")`));
P("data", `clickhouse-client --host ${la(10)}.eu-central-1.aws.clickhouse.cloud --secure --user default --password '${s(16, AN + "~._")}'`);
P("data", ctx.toolWrite("config/kafka.properties", `bootstrap.servers=pkc-${la(5)}.europe-west3.gcp.confluent.cloud:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${ua(16)}" password="${s(64, AN + "+/")}";\n`));
P("data", `TURSO_AUTH_TOKEN=${[g.b64ue(JSON.stringify({ alg: "EdDSA", typ: "JWT" })), g.b64ue(JSON.stringify({ a: "rw", iat: 1718000000, id: uuid() })), s(86, B64U)].join(".")}`);
P("data", ctx.anthropicChat(`qdrant_client = QdrantClient(url="https://${uuid()}.eu-central-1-0.aws.cloud.qdrant.io:6333", api_key="${s(48, AN + "_-")}")`));
P("data", ctx.mcpResult(`aiven service list --project acme --auth-token ${b64(140)}\nERROR: 403 Forbidden`));
P("data", `amqps://orders_svc:${s(32, AN + "_-")}@rat.rmq2.cloudamqp.com/${la(8)}`);
P("data", ctx.toolBash(`mysql -h prod-db.acme.internal -u reporting -p'${s(18, AN + "!$%")}' -e 'select count(*) from invoices'`));
P("data", `INSERT INTO integrations (tenant_id, provider, api_key, created_at) VALUES\n  (42, 'sendgrid', '${t.sendgrid()}', now()),\n  (42, 'shipstation', '${hex(32)}', now());`);
P("data", ctx.openaiChat(`weaviate cloud:\n\nclient = weaviate.connect_to_weaviate_cloud(cluster_url="https://${la(20)}.c0.europe-west3.gcp.weaviate.cloud", auth_credentials=Auth.api_key("${s(40)}"))`));
P("data", `mongodb://admin:${encodeURIComponent(s(14, AN + "@:/%"))}@10.0.3.11:27017,10.0.3.12:27017/admin?replicaSet=rs0`);

// ---------- auth long tail ----------
P("auth", ctx.toolWrite(".env.local", `NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_${b64e("clerk.acme.io$").replace(/=+$/, "")}\nCLERK_SECRET_KEY=${j("sk", "_live_", s(40))}\n`));
P("auth", ctx.openaiChat(`const stytch = new stytch.Client({ project_id: "project-live-${uuid()}", secret: "${j("secret", "-live-", s(36, AN + "_-="))}" });`));
P("auth", `WORKOS_API_KEY=${j("sk", "_", b64(72))}`);
P("auth", ctx.toolBash(`curl -X POST https://sso.acme.io/realms/internal/protocol/openid-connect/token -d grant_type=client_credentials -d client_id=billing-svc -d client_secret=${s(32)}`));
P("auth", ctx.mcpResult(`FusionAuth: X-FusionAuth-TenantId ${uuid()} Authorization ${s(64, AN + "-_")} -> 200 users/search`));
P("auth", `# form body captured by mitmproxy\nPOST /oauth/token HTTP/1.1\nHost: login.acme-idp.com\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=password&username=svc-reports&password=${encodeURIComponent(s(18, AN + "!&=+"))}&client_id=reports&client_secret=${s(40)}`);
P("auth", `https://app.acme.io/callback#access_token=${j("ya", "29.", s(150, B64U))}&token_type=Bearer&expires_in=3599&scope=email%20profile`);

// ---------- gaming / iot ----------
P("saas", `STEAM_WEB_API_KEY=${s(32, HXU)}`);
P("saas", ctx.toolBash(`curl -H "X-Riot-Token: ${j("RG", "API-", uuid())}" "https://europe.api.riotgames.com/riot/account/v1/accounts/by-riot-id/Foo/EUW"`));
P("saas", ctx.openaiChat(`twitch helix 401:\n\ncurl -X POST "https://id.twitch.tv/oauth2/token?client_id=${la(30)}&client_secret=${la(30)}&grant_type=client_credentials"`));
P("saas", `PlayFabSettings.staticSettings.developerSecretKey = "${ua(52)}";`);
P("saas", ctx.anthropicChat(`roblox open cloud publish fails:\n\nrbxcloud experience publish --api-key "${s(300, AN + "+/")}" --filename game.rbxl --place-id ${num(11)} --universe-id ${num(10)}`));
P("saas", `curl https://api.particle.io/v1/devices -H "Authorization: Bearer ${hex(40)}"`);
P("saas", ctx.toolWrite("firmware/src/secrets.h", `#pragma once\n#define WIFI_SSID "acme-iot"\n#define WIFI_PASS "${s(16)}"\n#define BLYNK_TEMPLATE_ID "TMPL${s(8)}"\n#define BLYNK_AUTH_TOKEN "${s(32, AN + "_-")}"\n`));
P("saas", `curl "https://api.thingspeak.com/update?api_key=${ua(16)}&field1=23.4&field2=61"`);
P("saas", ctx.mcpResult(`ADAFRUIT_IO_USERNAME=acme_lab\nADAFRUIT_IO_KEY=${j("ai", "o_", s(28))}`));
P("saas", ctx.openaiChat(`tuya cloud signing:\n\nACCESS_ID = "${la(20)}"\nACCESS_SECRET = "${hex(32)}"\nENDPOINT = "https://openapi.tuyaeu.com"`));

// ---------- split / escaped / unusual placement ----------
{
  const tok = t.openai();
  P("ai", ctx.openaiChat(`my config got wrapped when I copied it:\n\nOPENAI_API_KEY="${tok.slice(0, 60)}\n${tok.slice(60, 120)}\n${tok.slice(120)}"`), "token split across lines in a paste");
}
{
  const tok = t.ghp();
  P("devtools", `token = ("${tok.slice(0, 20)}"\n         "${tok.slice(20)}")`, "Python implicit concatenation");
}
P("payment", ctx.openaiChat(`{\\"stripe\\":{\\"secret\\":\\"${t.skLive()}\\",\\"mode\\":\\"live\\"}}\n\n^ this is what the log line shows, double-escaped`));
P("cloud", `2025-06-10T12:00:01Z trace=${hex(32)} span=${hex(16)} sha=${hex(40)} key=${t.awsId()} secret=${t.awsSecret()} msg="s3 put failed"`);
P("comms", `curl -X POST https://hooks.zapier.com/hooks/catch/${num(7)}/${la(6)}/ -d "slack_hook=${encodeURIComponent(t.slackHook())}&env=prod"`);
P("cloud", ctx.toolResultMsg(`$ kubectl get secret aws-creds -o jsonpath='{.data}'\n{"AWS_ACCESS_KEY_ID":"${b64e(t.awsId())}","AWS_SECRET_ACCESS_KEY":"${b64e(t.awsSecret())}"}`));
P("keys", ctx.openaiChat(`helm values for the sftp sidecar:\n\nsftp:\n  hostKey: |\n${t.openssh().split("\n").map((l) => "    " + l).join("\n")}\n  users: deploy`));
P("data", ctx.geminiChat(`crash report:\n\nFatal error: Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied in /var/www/app/db.php:12\nStack trace:\n#0 /var/www/app/db.php(12): PDO->__construct('mysql:host=10.0...', 'shop', '${s(20, AN + "#!")}', Array)\n#1 /var/www/app/index.php(4): require_once('/var/www/app/db...')`));

export const cases: CorpusCase[] = out;
