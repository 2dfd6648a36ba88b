// heldout-y10: long-tail providers, many with no distinctive prefix (the slot or the call names
// the value), in less common language and tool idioms.
import type { CorpusCase } from "../types.ts";
import { build, chat, chatOai, gen, mcpResult, toolBash, toolResultMsg, toolWrite } from "./_gen.ts";

const g = gen(0x10b02);
const C = "heldouty10-sec-cloud", R = "heldouty10-sec-regional", F = "heldouty10-sec-fintech", M = "heldouty10-sec-comms";
const D = "heldouty10-sec-devtools", DA = "heldouty10-sec-data", S = "heldouty10-sec-saas", O = "heldouty10-sec-observability";
const X = "heldouty10-sec-geo-iot-gaming", AI = "heldouty10-sec-ai";

const rows: [string, string, string?][] = [];
const add = (cat: string, text: string, note?: string) => rows.push(note ? [cat, text, note] : [cat, text]);

// ---------- regional / other clouds ----------
add(R, `[default]\naccess_key_id = ${g.j("LT", "AI", g.an(20))}\naccess_key_secret = ${g.an(30)}\nregion_id = cn-hangzhou\n`, "Alibaba Cloud aliyun CLI config");
add(R, `import com.tencentcloudapi.common.Credential;\nCredential cred = new Credential("${g.j("AK", "ID", g.an(32))}", "${g.an(32)}");`, "Tencent Cloud Java SDK");
add(R, chat(`huaweicloud obs upload fails, config:\n\nobs:\n  endpoint: https://obs.ap-southeast-1.myhuaweicloud.com\n  ak: ${g.up(20)}\n  sk: ${g.an(40)}`), "Huawei Cloud AK/SK, no prefix");
add(R, toolBash(`yc config set token ${g.j("y0", "_", g.url(56))} && yc compute instance list`), "Yandex Cloud OAuth token");
add(R, `SCW_ACCESS_KEY=${g.j("SC", "W", g.up(17))}\nSCW_SECRET_KEY=${g.uuid()}\nSCW_DEFAULT_PROJECT_ID=${g.uuid()}\n`, "Scaleway");
add(R, `{ pkgs, ... }: {\n  services.hcloud-exporter = {\n    enable = true;\n    environment.HCLOUD_TOKEN = "${g.an(64)}";\n  };\n}`, "Nix, Hetzner Cloud token (no prefix)");
add(R, `- name: Create Linode\n  linode.cloud.instance:\n    api_token: "${g.hex(64)}"\n    label: web-01\n    type: g6-standard-1\n    region: eu-central\n`, "Ansible vars, Linode");
add(R, toolBash(`curl -H "Authorization: Bearer ${g.up(36)}" https://api.vultr.com/v2/instances`), "Vultr");
add(R, `[ovh-eu]\napplication_key=${g.an(16)}\napplication_secret=${g.an(32)}\nconsumer_key=${g.an(32)}\n`, "ovh.conf");
add(R, `b2 account authorize ${g.j("00", g.hex(23))} ${g.j("K0", "0", g.url(28).replace(/[-_]/g, "a"))}`, "Backblaze B2 keyId + appKey as positional args");
add(R, `[profile exoscale]\nkey = ${g.j("EX", "O", g.hex(24))}\nsecret = ${g.url(43)}\n`, "Exoscale");
add(R, chatOai(`docker-compose.yml pasted:\n\nversion: "3.9"\nservices:\n  backup:\n    image: restic/restic\n    environment:\n      - AWS_ACCESS_KEY_ID=${g.up(20)}\n      - AWS_SECRET_ACCESS_KEY=${g.an(40)}\n      - RESTIC_REPOSITORY=s3:https://s3.wasabisys.com/acme-backup\n      - RESTIC_PASSWORD=${g.an(24)}`), "Wasabi keys in a compose paste");
add(R, `oci:\n  user: ocid1.user.oc1..${g.lo(60)}\n  fingerprint: ${Array.from({ length: 16 }, () => g.hex(2)).join(":")}\n  tenancy: ocid1.tenancy.oc1..${g.lo(60)}\n  region: eu-frankfurt-1\n  key_file_contents: |\n${g.pem("PRIVATE KEY", 1216).split("\n").map((l) => "    " + l).join("\n")}\n`, "OCI config with inline key");
add(R, toolBash(`ibmcloud login --apikey ${g.url(44)} -r us-south`), "IBM Cloud API key");
add(R, `NCLOUD_ACCESS_KEY_ID=${g.an(20)}\nNCLOUD_SECRET_KEY=${g.an(40)}\n`, "Naver Cloud");
add(R, `# Kakao\nKAKAO_REST_API_KEY=${g.hex(32)}\nKAKAO_ADMIN_KEY=${g.hex(32)}\n`, "Kakao REST/admin keys, bare hex");
add(R, `line_bot_api = LineBotApi('${g.b64(171)}=')\nhandler = WebhookHandler('${g.hex(32)}')`, "LINE channel access token + secret");
add(R, `wechat:\n  appid: wx${g.hex(16)}\n  appsecret: ${g.hex(32)}\n  mch_key: ${g.an(32)}\n`, "WeChat app secret + merchant key");
add(R, toolBash(`curl 'https://oapi.dingtalk.com/robot/send?access_token=${g.hex(64)}' -H 'Content-Type: application/json' -d '{"msgtype":"text","text":{"content":"build failed"}}'`), "DingTalk robot webhook");
add(R, `https://open.feishu.cn/open-apis/bot/v2/hook/${g.uuid()}#sign=${g.url(43)}`, "Feishu bot webhook with signing secret in fragment");
add(R, `selectel:\n  token: ${g.an(32)}_${g.dig(6)}\n`, "Selectel");
add(R, `<add key="IONOS_TOKEN" value="${g.jwt({ iss: "ionoscloud", kid: g.uuid(), exp: 1900000000 }, "RS256")}" />`, "IONOS token in web.config appSettings");
add(R, `mkdir -p ~/.config/upcloud && cat > ~/.config/upcloud/upctl.yaml <<EOF\nusername: api-acme\npassword: ${g.an(24)}\nEOF`);
add(R, `CF_R2_ACCESS_KEY_ID=${g.hex(32)}\nCF_R2_SECRET_ACCESS_KEY=${g.hex(64)}\nCF_R2_ENDPOINT=https://${g.hex(32)}.r2.cloudflarestorage.com\n`, "Cloudflare R2");

// ---------- fintech / payments (world) ----------
add(F, `RAZORPAY_KEY_ID=${g.j("rzp", "_live_", g.an(14))}\nRAZORPAY_KEY_SECRET=${g.an(24)}\n`, "Razorpay key id + secret");
add(F, `$paystack = new Yabacon\\Paystack('${g.j("sk", "_live_", g.hex(40))}');`, "Paystack PHP");
add(F, chat(`flutterwave says invalid authorization key:\n\nconst flw = new Flutterwave("${g.j("FLWPUBK-", g.hex(32), "-X")}", "${g.j("FLWSEC", "K-", g.hex(32), "-X")}");`), "Flutterwave secret key");
add(F, `mpesa:\n  consumer_key: ${g.an(48)}\n  consumer_secret: ${g.an(64)}\n  passkey: ${g.hex(64)}\n  shortcode: 174379\n`, "Safaricom M-Pesa Daraja");
add(F, toolBash(`curl -X GET https://api.mercadopago.com/v1/payments/search -H "Authorization: Bearer ${g.j("APP_", "USR-", g.dig(16), "-", g.dig(6), "-", g.hex(32), "-", g.dig(9))}"`), "Mercado Pago");
add(F, `Conekta::setApiKey("${g.j("key", "_", g.an(27))}");`, "Conekta private key");
add(F, `XENDIT_SECRET_KEY=${g.j("xnd", "_production_", g.an(60))}\n`, "Xendit");
add(F, `midtrans.serverKey = '${g.j("Mid-", "server-", g.url(24))}'\nmidtrans.isProduction = true`, "Midtrans");
add(F, `$mollie = new \\Mollie\\Api\\MollieApiClient();\n$mollie->setApiKey("${g.j("li", "ve_", g.an(30))}");`, "Mollie live key");
add(F, `adyen:\n  apiKey: "${g.j("AQE", g.url(60), "=-", g.url(43), "=-", g.url(20))}"\n  merchantAccount: AcmeECOM\n  environment: LIVE\n`, "Adyen API key");
add(F, toolWrite("src/config/checkout.ts", `export const checkoutCom = {\n  secretKey: "${g.j("sk_", g.lo(8), "-", g.lo(4), "-", g.lo(4), "-", g.lo(4), "-", g.lo(12))}",\n  processingChannelId: "pc_${g.lo(26)}",\n};\n`), "Checkout.com secret key");
add(F, `GOCARDLESS_ACCESS_TOKEN=${g.j("li", "ve_", g.url(40))}\n`, "GoCardless");
add(F, `client = plaid.ApiClient(plaid.Configuration(host=plaid.Environment.Production, api_key={"clientId": "${g.hex(24)}", "secret": "${g.hex(30)}"}))`, "Plaid production secret (bare hex)");
add(F, `wise:\n  api-token: ${g.uuid()}\n  profile-id: ${g.dig(8)}\n`, "Wise API token is a UUID in a named slot");
add(F, `exchange = ccxt.binance({\n    'apiKey': '${g.an(64)}',\n    'secret': '${g.an(64)}',\n})`, "Binance via ccxt");
add(F, `KRAKEN_API_KEY="${g.b64(56)}"\nKRAKEN_PRIVATE_KEY="${g.b64(86)}=="\n`, "Kraken");
add(F, `coinbase:\n  name: organizations/${g.uuid()}/apiKeys/${g.uuid()}\n  privateKey: "-----BEGIN EC PRIVATE KEY-----\\n${g.b64bytes(121)}\\n-----END EC PRIVATE KEY-----\\n"\n`, "Coinbase CDP key, escaped newlines");
add(F, `PAGSEGURO_TOKEN=${g.uuid()}${g.hex(64)}${g.uuid()}\nPAGSEGURO_EMAIL=fin@acme.com.br\n`, "PagSeguro token (no prefix)");
add(F, `iyzipay:\n  api_key: ${g.j("prod", "-", g.an(32))}\n  secret_key: ${g.j("prod", "-", g.an(32))}\n`, "iyzico (Turkey)");
add(F, `PAYTM_MERCHANT_ID=ACME${g.dig(16)}\nPAYTM_MERCHANT_KEY=${g.url(16)}\n`, "Paytm merchant key (16 chars)");
add(F, `klarna.username=${g.uuid()}\nklarna.password=${g.j("klarna", "_live_api_", g.url(60))}\n`, "Klarna properties");
add(F, toolBash(`curl -u "${g.j("sk_live_", g.an(24))}:" https://api.omise.co/charges`), "Omise (Thailand) secret key");
add(F, `TRUELAYER_CLIENT_SECRET=${g.uuid()}\nTRUELAYER_SIGNING_KEY_ID=${g.uuid()}\n`, "TrueLayer client secret (UUID in named slot)");

// ---------- comms: email / sms / push / realtime ----------
add(M, `postmark:\n  serverToken: ${g.uuid()}\n`, "Postmark server token = UUID in named slot");
add(M, toolBash(`curl -X POST https://api.postmarkapp.com/email -H "Accept: application/json" -H "X-Postmark-Server-Token: ${g.uuid()}" -d @mail.json`), "Postmark header");
add(M, `SPARKPOST_API_KEY=${g.hex(40)}\n`, "SparkPost");
add(M, `from mailjet_rest import Client\nmailjet = Client(auth=("${g.hex(32)}", "${g.hex(32)}"), version="v3.1")`, "Mailjet key+secret, bare hex");
add(M, `BREVO_API_KEY=${g.j("xkey", "sib-", g.hex(64), "-", g.an(16))}\n`, "Brevo");
add(M, `import { Resend } from 'resend';\nconst resend = new Resend('${g.j("r", "e_", g.an(8), "_", g.an(24))}');`, "Resend");
add(M, `client = plivo.RestClient(auth_id="MA${g.up(18)}", auth_token="${g.an(40)}")`, "Plivo");
add(M, `vonage:\n  api_key: ${g.hex(8)}\n  api_secret: ${g.an(16)}\n`, "Vonage short secret");
add(M, `AT_USERNAME=acme\nAT_API_KEY=${g.j("atsk_", g.hex(64))}\n`, "Africa's Talking");
add(M, toolBash(`curl -X POST https://api.ng.termii.com/api/sms/send -H 'Content-Type: application/json' -d '{"api_key":"${g.an(58)}","to":"2347012345678","from":"Acme","sms":"hi","type":"plain","channel":"generic"}'`), "Termii key in JSON body");
add(M, `infobip.api.key=App ${g.hex(32)}-${g.uuid()}\ninfobip.base.url=https://${g.lo(6)}.api.infobip.com\n`, "Infobip");
add(M, `clicksend:\n  username: ops@acme.io\n  api_key: ${g.HEX(8)}-${g.HEX(4)}-${g.HEX(4)}-${g.HEX(4)}-${g.HEX(12)}\n`, "ClickSend");
add(M, `TELNYX_API_KEY=${g.j("KEY", g.HEX(32), "_", g.an(22))}\n`, "Telnyx");
add(M, `messagebird = MessageBird::Client.new('${g.an(25)}')`, "MessageBird Ruby");
add(M, `PUSHER_APP_ID=${g.dig(7)}\nPUSHER_APP_KEY=${g.hex(20)}\nPUSHER_APP_SECRET=${g.hex(20)}\nPUSHER_APP_CLUSTER=eu\n`, "Pusher secret");
add(M, `const ably = new Ably.Realtime('${g.an(6)}.${g.an(6)}:${g.url(43)}');`, "Ably API key appId.keyId:secret");
add(M, `pubnub = PubNub(PNConfiguration(publish_key="pub-c-${g.uuid()}", subscribe_key="sub-c-${g.uuid()}", secret_key="${g.j("sec-", "c-", g.b64(48))}"))`, "PubNub secret key");
add(M, `AGORA_APP_ID=${g.hex(32)}\nAGORA_APP_CERTIFICATE=${g.hex(32)}\n`, "Agora app certificate");
add(M, `livekit:\n  keys:\n    API${g.an(12)}: ${g.an(44)}\n`, "LiveKit key: secret");
add(M, toolBash(`curl --request POST --url https://api.onesignal.com/notifications --header 'Authorization: Key ${g.j("os_v2_app_", g.lo(100))}' --header 'content-type: application/json' --data @push.json`), "OneSignal");
add(M, `{"to": "/topics/all", "notification": {"title": "x"}} # sent with: Authorization: key=${g.j("AAAA", g.url(7), ":APA91b", g.url(134))}`, "FCM legacy server key");
add(M, `EXPO_TOKEN=${g.url(40)}\n`, "Expo access token (no prefix)");
add(M, `zendesk:\n  subdomain: acme\n  email: support@acme.io/token\n  token: ${g.an(40)}\n`, "Zendesk API token");
add(M, `const intercom = new Client({ tokenAuth: { token: '${g.j("dG9rOj", g.b64(54))}=' } });`, "Intercom access token");

// ---------- saas / cms / search / flags / ecommerce ----------
add(S, `HUBSPOT_ACCESS_TOKEN=${g.j("pat-", "na1-", g.uuid())}\n`, "HubSpot private app token");
add(S, `sf.username=integration@acme.com\nsf.password=${g.an(14)}\nsf.securityToken=${g.an(25)}\nsf.consumerSecret=${g.HEX(64)}\n`, "Salesforce properties");
add(S, toolBash(`curl -u ${g.an(20)}:X -H "Content-Type: application/json" https://acme.freshdesk.com/api/v2/tickets`), "Freshdesk key as basic-auth user");
add(S, `ASANA_PAT=2/${g.dig(16)}/${g.dig(16)}:${g.hex(32)}\n`, "Asana");
add(S, `curl -H "Authorization: ${g.j("pk_", g.dig(8), "_", g.up(32))}" https://api.clickup.com/api/v2/team`, "ClickUp");
add(S, `https://api.trello.com/1/members/me/boards?key=${g.hex(32)}&token=${g.j("ATT", "A", g.hex(64), g.HEX(8))}`, "Trello key+token in query string");
add(S, `MONDAY_API_TOKEN=${g.jwt({ tid: Number(g.dig(9)), aai: 11, uid: Number(g.dig(8)), iad: "2024-09-01T10:11:12.000Z", per: "me:write", actid: Number(g.dig(7)), rgn: "euc1" })}\n`, "monday.com JWT");
add(S, `dbx = dropbox.Dropbox("${g.j("sl.", "u.", g.url(140))}")`, "Dropbox short-lived token");
add(S, `zoom:\n  account_id: ${g.url(22)}\n  client_id: ${g.url(22)}\n  client_secret: ${g.an(32)}\n`, "Zoom S2S OAuth");
add(S, `CLOUDINARY_URL=cloudinary://${g.dig(15)}:${g.url(27)}@acme-media\n`, "Cloudinary URL");
add(S, `MUX_TOKEN_ID=${g.uuid()}\nMUX_TOKEN_SECRET=${g.b64(75)}\n`, "Mux");
add(S, `contentful space import --management-token ${g.j("CFP", "AT-", g.url(43))} --space-id ${g.lo(12)} --content-file export.json`, "Contentful management token");
add(S, `SANITY_API_WRITE_TOKEN=${g.j("sk", g.an(180))}\n`, "Sanity");
add(S, `const api = new GhostAdminAPI({ url: 'https://blog.acme.io', key: '${g.hex(24)}:${g.hex(64)}', version: 'v5.0' });`, "Ghost Admin API key");
add(S, toolBash(`curl --user "deploy:${g.an(4)} ${g.an(4)} ${g.an(4)} ${g.an(4)} ${g.an(4)} ${g.an(4)}" https://blog.acme.io/wp-json/wp/v2/posts -d title=Hi`), "WordPress application password");
add(S, `STRAPI_API_TOKEN=${g.hex(256)}\n`, "Strapi full-access token");
add(S, `DATOCMS_API_TOKEN=${g.hex(30)}\n`, "DatoCMS");
add(S, `storyblok:\n  oauth_token: ${g.an(22)}-${g.dig(6)}-${g.an(20)}\n`, "Storyblok management token");
add(S, `const client = algoliasearch('${g.up(10)}', '${g.hex(32)}'); // admin key, used for reindex`, "Algolia admin key");
add(S, `docker run -d -p 7700:7700 -e MEILI_ENV=production -e MEILI_MASTER_KEY=${g.url(44)} getmeili/meilisearch:v1.9`, "Meilisearch master key");
add(S, `elasticsearch:\n  hosts: ["https://acme.es.eu-west-1.aws.found.io:443"]\n  api_key: "${g.b64std(g.url(20) + ":" + g.url(22))}"\n`, "Elastic Cloud API key (base64 id:key)");
add(S, `TYPESENSE_API_KEY=${g.an(32)}\nTYPESENSE_HOST=${g.lo(16)}-1.a1.typesense.net\n`, "Typesense admin key");
add(S, `LD_SDK_KEY=${g.j("sdk", "-", g.uuid())}\nLD_API_KEY=${g.j("api", "-", g.uuid())}\n`, "LaunchDarkly");
add(S, `flagsmith = Flagsmith(environment_key="${g.j("ser", ".", g.an(22))}")`, "Flagsmith server-side key");
add(S, `UNLEASH_API_TOKEN="*:production.${g.hex(56)}"\n`, "Unleash admin token");
add(S, `Statsig.initialize("${g.j("secret-", g.an(43))}")`, "Statsig server secret");
add(S, `configcat:\n  sdkKey: ${g.url(22)}/${g.url(22)}\n  mgmtPassword: ${g.an(40)}\n`, "ConfigCat management password");
add(S, `wc = WooCommerceAPI(url="https://shop.acme.io", consumer_key="${g.j("ck", "_", g.hex(40))}", consumer_secret="${g.j("cs", "_", g.hex(40))}")`, "WooCommerce");
add(S, toolBash(`curl -H "X-Auth-Token: ${g.lo(31)}" https://api.bigcommerce.com/stores/${g.lo(10)}/v3/catalog/products`), "BigCommerce (no prefix)");
add(S, `AMZ_SPAPI_REFRESH_TOKEN=${g.j("Atzr|", g.url(330))}\nAMZ_SPAPI_CLIENT_SECRET=${g.j("amzn1.oa2-cs.v1.", g.hex(64))}\n`, "Amazon SP-API");
add(S, `ebay:\n  appid: Acme-Shop-PRD-${g.hex(9)}-${g.hex(8)}\n  certid: PRD-${g.hex(12)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}\n`, "eBay cert id");
add(S, `ETSY_KEYSTRING=${g.lo(24)}\nETSY_SHARED_SECRET=${g.lo(10)}\n`, "Etsy");
add(S, `commercetools:\n  clientId: ${g.url(24)}\n  clientSecret: ${g.url(32)}\n  projectKey: acme-prod\n`, "commercetools");
add(S, `magento:\n  integration_access_token: ${g.lo(32)}\n`, "Magento integration token");
add(S, `mixpanel.api_secret=${g.hex(32)}\nmixpanel.service_account_secret=${g.an(32)}\n`, "Mixpanel");
add(S, toolBash(`curl -X POST https://eu.posthog.com/api/projects/1/insights/ -H "Authorization: Bearer ${g.j("ph", "x_", g.an(47))}"`), "PostHog personal API key");
add(S, `AMPLITUDE_SECRET_KEY=${g.hex(32)}\n`, "Amplitude secret key");
add(S, `CLERK_SECRET_KEY=${g.j("sk", "_live_", g.an(48))}\n`, "Clerk");
add(S, `STYTCH_SECRET=${g.j("secret-", "live-", g.url(36), "=")}\n`, "Stytch");
add(S, `keycloak:\n  realm: acme\n  resource: api-gateway\n  credentials:\n    secret: ${g.an(32)}\n`, "Keycloak client secret");

// ---------- devtools long tail ----------
add(D, `CIRCLE_TOKEN=${g.j("CCIP", "AT_", g.an(22), "_", g.hex(40))}\n`, "CircleCI PAT");
add(D, toolBash(`bk configure --org acme --token ${g.j("bk", "ua_", g.hex(40))}`), "Buildkite");
add(D, `sonar.host.url=https://sonar.acme.io\nsonar.token=${g.j("sq", "p_", g.hex(40))}\n`, "SonarQube");
add(D, `SNYK_TOKEN=${g.uuid()}\n`, "Snyk token = UUID in named slot");
add(D, `CODECOV_TOKEN=${g.uuid()}\n`, "Codecov upload token");
add(D, toolBash(`curl -X POST -u ci-bot:${g.j("11", g.hex(32))} https://jenkins.acme.io/job/deploy/build`), "Jenkins API token");
add(D, `git clone https://pat:${g.s(52, "abcdefghijklmnopqrstuvwxyz234567")}@dev.azure.com/acme/Platform/_git/api`, "Azure DevOps PAT");
add(D, `Octopus.Client: new OctopusServerEndpoint("https://deploy.acme.io", "${g.j("API-", g.up(27))}")`, "Octopus Deploy");
add(D, `TAILSCALE_AUTHKEY=${g.j("tskey-", "auth-", g.an(12), "CNTRL-", g.an(33))}\n`, "Tailscale auth key");
add(D, `ngrok config add-authtoken ${g.an(27)}_${g.an(21)}`, "ngrok authtoken");
add(D, `JFROG_ACCESS_TOKEN=${g.j("cmVmdGtuOjAxOjE3", g.an(48))}\n`, "JFrog reference token");
add(D, `gitea:\n  url: https://git.acme.io\n  token: ${g.hex(40)}\n`, "Gitea token (bare hex)");
add(D, `RENDER_API_KEY=${g.j("rn", "d_", g.an(32))}\n`, "Render");
add(D, `DENO_DEPLOY_TOKEN=${g.j("dd", "p_", g.an(36))}\n`, "Deno Deploy");
add(D, `railway:\n  token: ${g.uuid()}\n`, "Railway project token (UUID in named slot)");
add(D, toolBash(`curl -H 'Authorization: Bearer ${g.an(43)}' https://api.bitrise.io/v0.1/apps`), "Bitrise PAT (no prefix)");
add(D, `[url "https://oauth2:${g.j("gl", "pat-", g.url(20))}@gitlab.acme.io/"]\n\tinsteadOf = https://gitlab.acme.io/\n`, "gitconfig insteadOf with token");
add(D, `<server>\n  <id>sonatype-nexus</id>\n  <username>${g.url(8)}</username>\n  <password>${g.url(44)}</password>\n</server>`, "Maven settings.xml user token");
add(D, `nuget setapikey ${g.j("oy2", g.lo(43))} -Source https://api.nuget.org/v3/index.json`, "NuGet API key");
add(D, `[registry]\ntoken = "${g.j("cio", g.an(32))}"\n`, "crates.io token in credentials.toml");
add(D, `---\n:rubygems_api_key: ${g.j("rubygems", "_", g.hex(48))}\n`, "RubyGems credentials");

// ---------- observability long tail ----------
add(O, `OTEL_EXPORTER_OTLP_HEADERS="x-honeycomb-team=${g.an(22)},x-honeycomb-dataset=api"\n`, "Honeycomb ingest key in OTel headers");
add(O, `DT_API_TOKEN=${g.j("dt0", "c01.", g.up(24), ".", g.up(64))}\n`, "Dynatrace");
add(O, `Rollbar.init({ accessToken: "${g.hex(32)}", environment: "production" }); // post_server_item`, "Rollbar server token");
add(O, `Bugsnag.start({ apiKey: '${g.hex(32)}' })\n# also used for the Data Access API: BUGSNAG_AUTH_TOKEN=${g.hex(40)}`, "Bugsnag auth token");
add(O, `[[outputs.http]]\n  url = "https://listener-eu.logz.io:8071/?token=${g.an(32)}&type=telegraf"\n`, "Logz.io shipping token in URL");
add(O, `*.* @@logs.papertrailapp.com:${g.dig(5)}\n$DefaultNetstreamDriverCAFile /etc/papertrail-bundle.pem\n# api token: ${g.an(20)}`, "Papertrail API token in rsyslog comment");
add(O, toolBash(`curl -u "${g.an(14)}:${g.an(64)}" https://api.eu.sumologic.com/api/v1/collectors`), "Sumo Logic access id:key");
add(O, `curl -k https://splunk.acme.io:8088/services/collector/event -H "Authorization: Splunk ${g.uuid().toUpperCase()}" -d '{"event":"deploy"}'`, "Splunk HEC token");
add(O, `elastic_apm:\n  server_url: https://apm.acme.io\n  secret_token: ${g.an(24)}\n`, "Elastic APM secret token");
add(O, `BETTERSTACK_SOURCE_TOKEN=${g.an(24)}\n`, "Better Stack");
add(O, `LOGGLY_TOKEN=${g.uuid()}\n`, "Loggly customer token");
add(O, `NEW_RELIC_LICENSE_KEY=${g.hex(36)}NRAL\n`, "New Relic license key");
add(O, `checkly:\n  apiKey: ${g.j("cu", "_", g.hex(32))}\n  accountId: ${g.uuid()}\n`, "Checkly");
add(O, `PAGERDUTY_TOKEN=${g.j("u+", g.url(18))}\nPAGERDUTY_ROUTING_KEY=${g.hex(32)}\n`, "PagerDuty");
add(O, `opsgenie:\n  api_key: ${g.uuid()}\n`, "Opsgenie");
add(O, toolBash(`curl -H "Authorization: GenieKey ${g.uuid()}" https://api.opsgenie.com/v2/alerts`), "Opsgenie GenieKey scheme");

// ---------- data long tail ----------
add(DA, toolBash(`databricks configure --host https://adb-${g.dig(16)}.4.azuredatabricks.net --token ${g.j("da", "pi", g.hex(32))}`), "Databricks");
add(DA, `snowflake:\n  account: acme-xy12345\n  user: LOADER\n  password: ${g.an(20)}\n  warehouse: LOAD_WH\n`, "Snowflake password");
add(DA, `PINECONE_API_KEY=${g.j("pc", "sk_", g.an(5), "_", g.an(64))}\n`, "Pinecone");
add(DA, `client = weaviate.connect_to_weaviate_cloud(cluster_url="https://${g.lo(12)}.c0.europe-west3.gcp.weaviate.cloud", auth_credentials=Auth.api_key("${g.an(40)}"))`, "Weaviate");
add(DA, `qdrant:\n  url: https://${g.uuid()}.eu-central-1-0.aws.cloud.qdrant.io:6333\n  api_key: ${g.url(40)}\n`, "Qdrant");
add(DA, `UPSTASH_REDIS_REST_TOKEN=${g.j("A", g.url(60), "=")}\n`, "Upstash");
add(DA, `TURSO_AUTH_TOKEN=${g.jwt({ a: "rw", iat: 1726000000, id: g.uuid() }, "EdDSA")}\n`, "Turso");
add(DA, `FAUNA_SECRET=${g.j("fn", g.url(38))}\n`, "Fauna");
add(DA, `XATA_API_KEY=${g.j("xa", "u_", g.an(32))}\n`, "Xata");
add(DA, `CONVEX_DEPLOY_KEY='prod:${g.lo(8)}-${g.lo(6)}-${g.dig(3)}|${g.b64(80)}='\n`, "Convex deploy key");
add(DA, `clickhouse-client --host ${g.lo(10)}.eu-central-1.aws.clickhouse.cloud --secure --user default --password '${g.url(16)}'`, "ClickHouse Cloud password flag");
add(DA, `conn <- dbConnect(RPostgres::Postgres(), host = "db.acme.io", user = "analyst", password = "${g.an(22)}", dbname = "warehouse")`, "R DBI");
add(DA, `conn = database("warehouse","analyst","${g.an(20)}","Vendor","PostgreSQL","Server","db.acme.io");`, "MATLAB database()");
add(DA, `main = do\n  conn <- connectPostgreSQL "host=db.acme.io dbname=app user=app password=${g.an(22)}"\n  pure ()`, "Haskell");
add(DA, `cockroach sql --url "postgresql://acme:${g.url(22)}@${g.lo(10)}-${g.dig(4)}.8nj.cockroachlabs.cloud:26257/defaultdb?sslmode=verify-full"`, "CockroachDB Cloud URL");
add(DA, `spring.data.mongodb.uri=mongodb://orders:${g.an(24)}@mongo-0.mongo.svc:27017,mongo-1.mongo.svc:27017/orders?replicaSet=rs0`, "Spring properties Mongo URI");

// ---------- geo / iot / gaming ----------
add(X, `mapboxgl.accessToken = '${g.j("sk", ".eyJ", g.url(60), ".", g.url(22))}'; // secret scope: styles:write`, "Mapbox secret token");
add(X, `HERE_API_KEY=${g.url(43)}\n`, "HERE (no prefix)");
add(X, `particle:\n  access_token: ${g.hex(40)}\n`, "Particle");
add(X, `#define BLYNK_TEMPLATE_ID "TMPL${g.an(8)}"\n#define BLYNK_AUTH_TOKEN "${g.url(32)}"`, "Blynk firmware");
add(X, toolBash(`curl "https://api.thingspeak.com/update?api_key=${g.up(16)}&field1=23.4"`), "ThingSpeak write key");
add(X, `STEAM_WEB_API_KEY=${g.HEX(32)}\n`, "Steam Web API key");
add(X, `RIOT_API_KEY=${g.j("RG", "API-", g.uuid())}\n`, "Riot Games");
add(X, `twitch:\n  client_id: ${g.lo(30)}\n  client_secret: ${g.lo(30)}\n`, "Twitch client secret");
add(X, `[Authentication]\nEpicClientId=xyza${g.hex(28)}\nEpicClientSecret=${g.url(43)}\n`, "Epic Online Services (ini)");
add(X, `OPENWEATHER_API_KEY=${g.hex(32)} # paid One Call 3.0 plan`, "OpenWeather");
add(X, `losant:\n  device_id: ${g.hex(24)}\n  access_key: ${g.uuid()}\n  access_secret: ${g.hex(64)}\n`, "Losant");

// ---------- ai long tail ----------
add(AI, `DEEPSEEK_API_KEY=${g.j("sk-", g.hex(32))}\n`, "DeepSeek");
add(AI, `client = Together(api_key="${g.j("tgp_v1_", g.url(43))}")`, "Together AI");
add(AI, `FIREWORKS_API_KEY=${g.j("fw", "_", g.an(24))}\n`, "Fireworks");
add(AI, `ELEVENLABS_API_KEY=${g.j("s", "k_", g.hex(48))}\n`, "ElevenLabs");
add(AI, toolBash(`curl -X POST https://api.deepgram.com/v1/listen -H "Authorization: Token ${g.hex(40)}" --data-binary @call.wav`), "Deepgram Token scheme");
add(AI, `assemblyai:\n  api_key: ${g.hex(32)}\n`, "AssemblyAI");
add(AI, `AZURE_OPENAI_API_KEY=${g.hex(32)}\nAZURE_OPENAI_ENDPOINT=https://acme-oai.openai.azure.com/\n`, "Azure OpenAI");
add(AI, `voyageai.Client(api_key="${g.j("pa-", g.url(43))}")`, "Voyage AI");
add(AI, `LANGSMITH_API_KEY=${g.j("lsv2", "_pt_", g.hex(32), "_", g.hex(10))}\n`, "LangSmith");
add(AI, `STABILITY_API_KEY=${g.j("sk-", g.an(48))}\n`, "Stability AI");
add(AI, `wandb login ${g.hex(40)}`, "Weights & Biases");
add(AI, mcpResult(`Loaded .env for project acme-rag:\nOPENAI_BASE_URL=https://api.openai.com/v1\nJINA_API_KEY=${g.j("jina_", g.hex(32), g.url(28))}\nTAVILY_API_KEY=${g.j("tvly-", "prod-", g.an(32))}`), "Jina + Tavily echoed in MCP result");

export const cases: CorpusCase[] = build("y10-l", rows, "positive");
