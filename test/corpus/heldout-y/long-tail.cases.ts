// Positives: long-tail providers (regional clouds, smaller SaaS, AI, payments, CI, auth), in
// rotating outbound contexts. Values are built at run time in _gen.ts.
import type { CorpusCase } from "../types.ts";
import { AN, ANL, ANU, B64U, build, ecKey, G, j, jwt, pem, rsaKey, type Spec } from "./_gen.ts";

const named = (provider: string, group: string, env: string, mk: (g: G) => string, extra: Partial<Spec> & { host?: string; hdr?: (v: string) => string; d?: boolean } = {}): Spec => ({
  provider,
  group,
  times: extra.times,
  note: extra.note,
  make: (g) => {
    const v = mk(g);
    return { kv: [[env, v]], host: extra.host, hdr: extra.hdr ? extra.hdr(v) : undefined, d: extra.d };
  },
});

const specs: Spec[] = [
  // regional / alt clouds
  { provider: "Alibaba Cloud AccessKey", group: "cloud", make: (g) => ({ kv: [["ALIBABA_CLOUD_ACCESS_KEY_ID", j("LT", "AI", g.an(20))], ["ALIBABA_CLOUD_ACCESS_KEY_SECRET", g.an(30)]], d: true }) },
  { provider: "Tencent Cloud SecretId/Key", group: "cloud", make: (g) => ({ kv: [["TENCENTCLOUD_SECRET_ID", j("AK", "ID", g.an(32))], ["TENCENTCLOUD_SECRET_KEY", g.an(32)]], d: true }) },
  { provider: "Huawei Cloud AK/SK", group: "cloud", make: (g) => ({ kv: [["HUAWEICLOUD_SDK_AK", g.anu(20)], ["HUAWEICLOUD_SDK_SK", g.an(40)]] }) },
  named("Yandex Cloud API key", "cloud", "YC_API_KEY", (g) => j("AQ", "VN", g.s(36, B64U)), { host: "llm.api.cloud.yandex.net", hdr: (v) => `Authorization: Api-Key ${v}`, d: true }),
  named("Yandex OAuth token", "cloud", "YC_TOKEN", (g) => j("y0", "_", g.s(55, B64U)), { d: true }),
  { provider: "Scaleway API key", group: "cloud", make: (g) => { const s = g.uuid(); return { kv: [["SCW_ACCESS_KEY", j("SC", "W", g.anu(17))], ["SCW_SECRET_KEY", s]], hdr: `X-Auth-Token: ${s}`, host: "api.scaleway.com" }; } },
  { provider: "OVHcloud application credentials", group: "cloud", make: (g) => ({ kv: [["OVH_APPLICATION_KEY", g.an(16)], ["OVH_APPLICATION_SECRET", g.an(32)], ["OVH_CONSUMER_KEY", g.an(32)]] }) },
  named("Hetzner Cloud token", "cloud", "HCLOUD_TOKEN", (g) => g.an(64), { host: "api.hetzner.cloud" }),
  named("Linode PAT", "cloud", "LINODE_TOKEN", (g) => g.hex(64), { host: "api.linode.com" }),
  named("Vultr API key", "cloud", "VULTR_API_KEY", (g) => g.anu(36), { host: "api.vultr.com" }),
  named("IBM Cloud API key", "cloud", "IBMCLOUD_API_KEY", (g) => g.s(44, B64U), {}),
  { provider: "Oracle OCI API signing key", group: "cloud", make: (g) => ({ kv: [["OCI_CONFIG", `[DEFAULT]\nuser=ocid1.user.oc1..${g.anl(60)}\nfingerprint=${Array.from({ length: 16 }, () => g.hex(2)).join(":")}\ntenancy=ocid1.tenancy.oc1..${g.anl(60)}\nregion=eu-frankfurt-1\nkey_file=~/.oci/oci_api_key.pem\n\n${rsaKey(g)}`]], block: true, d: true }) },
  { provider: "Exoscale API key", group: "cloud", make: (g) => ({ kv: [["EXOSCALE_API_KEY", j("EX", "O", g.hex(24))], ["EXOSCALE_API_SECRET", g.s(43, B64U)]], d: true }) },
  { provider: "Backblaze B2 application key", group: "cloud", make: (g) => ({ kv: [["B2_APPLICATION_KEY_ID", j("00", g.hex(23))], ["B2_APPLICATION_KEY", j("K00", g.dig(1), g.an(27))]] }) },
  { provider: "Cloudflare R2 keys", group: "cloud", make: (g) => ({ kv: [["R2_ACCESS_KEY_ID", g.hex(32)], ["R2_SECRET_ACCESS_KEY", g.hex(64)]] }) },
  named("Render API key", "cloud", "RENDER_API_KEY", (g) => j("rn", "d_", g.an(28)), { host: "api.render.com", d: true }),
  named("Railway token", "cloud", "RAILWAY_TOKEN", (g) => g.uuid(), { host: "backboard.railway.app" }),
  named("Fastly API token", "cloud", "FASTLY_API_TOKEN", (g) => g.s(32, B64U), { host: "api.fastly.com", hdr: (v) => `Fastly-Key: ${v}` }),
  named("Bunny.net API key", "cloud", "BUNNY_API_KEY", (g) => j(g.uuid(), g.uuid().slice(0, 18)), { host: "api.bunny.net", hdr: (v) => `AccessKey: ${v}` }),
  { provider: "Akamai EdgeGrid", group: "cloud", make: (g) => ({ kv: [["AKAMAI_HOST", `akab-${g.anl(16)}-${g.anl(16)}.luna.akamaiapis.net`], ["AKAMAI_CLIENT_TOKEN", j("ak", "ab-", g.anl(16), "-", g.anl(16))], ["AKAMAI_CLIENT_SECRET", j(g.s(43, AN + "+/"), "=")], ["AKAMAI_ACCESS_TOKEN", j("ak", "ab-", g.anl(16), "-", g.anl(16))]] }) },
  named("Cloudinary URL", "cloud", "CLOUDINARY_URL", (g) => `cloudinary://${g.dig(15)}:${g.s(27, B64U)}@acme-media`, { d: true }),
  named("Tailscale auth key", "cloud", "TS_AUTHKEY", (g) => j("tsk", "ey-auth-", g.an(12), "CNTRL-", g.an(33)), { d: true }),

  // AI long tail
  named("OpenRouter key", "ai", "OPENROUTER_API_KEY", (g) => j("sk-", "or-v1-", g.hex(64)), { host: "openrouter.ai", d: true }),
  named("xAI key", "ai", "XAI_API_KEY", (g) => j("xa", "i-", g.an(80)), { host: "api.x.ai", d: true }),
  named("DeepSeek key", "ai", "DEEPSEEK_API_KEY", (g) => j("sk-", g.hex(32)), { host: "api.deepseek.com" }),
  named("Together AI key", "ai", "TOGETHER_API_KEY", (g) => j("tg", "p_v1_", g.s(43, B64U)), { host: "api.together.xyz", d: true }),
  named("Fireworks key", "ai", "FIREWORKS_API_KEY", (g) => j("f", "w_", g.an(24)), { host: "api.fireworks.ai" }),
  named("Pinecone key", "ai", "PINECONE_API_KEY", (g) => j("pc", "sk_", g.an(5), "_", g.an(64)), { host: "api.pinecone.io", hdr: (v) => `Api-Key: ${v}`, d: true }),
  named("Weights & Biases key", "ai", "WANDB_API_KEY", (g) => g.hex(40), {}),
  named("LangSmith key", "ai", "LANGSMITH_API_KEY", (g) => j("lsv", "2_pt_", g.hex(32), "_", g.hex(10)), { d: true }),
  named("ElevenLabs key", "ai", "ELEVENLABS_API_KEY", (g) => j("s", "k_", g.hex(48)), { host: "api.elevenlabs.io", hdr: (v) => `xi-api-key: ${v}` }),
  named("Deepgram key", "ai", "DEEPGRAM_API_KEY", (g) => g.hex(40), { host: "api.deepgram.com", hdr: (v) => `Authorization: Token ${v}` }),
  named("AssemblyAI key", "ai", "ASSEMBLYAI_API_KEY", (g) => g.hex(32), { host: "api.assemblyai.com", hdr: (v) => `Authorization: ${v}` }),
  named("Stability AI key", "ai", "STABILITY_API_KEY", (g) => j("sk-", g.an(48)), { host: "api.stability.ai" }),
  named("Voyage AI key", "ai", "VOYAGE_API_KEY", (g) => j("pa", "-", g.s(43, B64U)), { host: "api.voyageai.com" }),
  named("Jina AI key", "ai", "JINA_API_KEY", (g) => j("ji", "na_", g.hex(32), g.s(28, B64U)), { d: true }),
  named("Cerebras key", "ai", "CEREBRAS_API_KEY", (g) => j("cs", "k-", g.anl(48)), { host: "api.cerebras.ai", d: true }),
  named("Azure OpenAI key", "ai", "AZURE_OPENAI_API_KEY", (g) => g.hex(32), { host: "acme-oai.openai.azure.com", hdr: (v) => `api-key: ${v}` }),
  named("Gemini API key", "ai", "GEMINI_API_KEY", (g) => j("AI", "za", "Sy", g.s(33, B64U)), { host: "generativelanguage.googleapis.com", hdr: (v) => `x-goog-api-key: ${v}`, d: true }),
  named("Anthropic admin key", "ai", "ANTHROPIC_ADMIN_KEY", (g) => j("sk-", "ant-admin01-", g.s(93, B64U), "AA"), { host: "api.anthropic.com", hdr: (v) => `x-api-key: ${v}`, d: true }),

  // payment long tail
  { provider: "Razorpay live key", group: "payment", make: (g) => { const id = j("rz", "p_live_", g.an(14)); const s = g.an(24); return { kv: [["RAZORPAY_KEY_ID", id], ["RAZORPAY_KEY_SECRET", s]], cli: `curl -u ${id}:${s} https://api.razorpay.com/v1/payments` }; } },
  named("Paystack secret key", "payment", "PAYSTACK_SECRET_KEY", (g) => j("sk", "_live_", g.hex(40)), { host: "api.paystack.co", d: true }),
  named("Flutterwave secret key", "payment", "FLW_SECRET_KEY", (g) => j("FLW", "SECK-", g.hex(32), "-X"), { d: true }),
  named("Mollie live key", "payment", "MOLLIE_API_KEY", (g) => j("li", "ve_", g.an(30)), { host: "api.mollie.com" }),
  named("Adyen API key", "payment", "ADYEN_API_KEY", (g) => j("AQE", g.s(12, AN), "hmfxL", g.s(160, AN + "+/")), { host: "checkout-live.adyen.com", hdr: (v) => `X-API-Key: ${v}` }),
  { provider: "Plaid secret", group: "payment", make: (g) => ({ kv: [["PLAID_CLIENT_ID", g.hex(24)], ["PLAID_SECRET", g.hex(30)], ["PLAID_ENV", "production"]] }) },
  named("Checkout.com secret key", "payment", "CKO_SECRET_KEY", (g) => j("sk", "_", g.uuid()), { host: "api.checkout.com" }),
  named("GoCardless live token", "payment", "GOCARDLESS_ACCESS_TOKEN", (g) => j("li", "ve_", g.s(40, B64U)), {}),
  named("Xendit secret key", "payment", "XENDIT_SECRET_KEY", (g) => j("xn", "d_production_", g.an(50)), { d: true }),
  named("Midtrans server key", "payment", "MIDTRANS_SERVER_KEY", (g) => j("Mid-", "server-", g.s(24, B64U)), { d: true }),
  named("Paddle API key", "payment", "PADDLE_API_KEY", (g) => j("pd", "l_live_apikey_", g.anl(26), "_", g.an(22), "_", g.an(3)), { d: true }),
  named("Lemon Squeezy API key", "payment", "LEMONSQUEEZY_API_KEY", (g) => jwt(g, { aud: "1", jti: g.hex(40), iat: 1735689600, sub: g.dig(6), scopes: [] }, "RS256"), { host: "api.lemonsqueezy.com" }),
  { provider: "Binance API key/secret", group: "payment", make: (g) => { const k = g.an(64); return { kv: [["BINANCE_API_KEY", k], ["BINANCE_API_SECRET", g.an(64)]], hdr: `X-MBX-APIKEY: ${k}` }; } },
  { provider: "Coinbase CDP key", group: "payment", make: (g) => ({ kv: [["COINBASE_API_KEY_NAME", `organizations/${g.uuid()}/apiKeys/${g.uuid()}`], ["COINBASE_API_PRIVATE_KEY", ecKey(g)]], block: true, d: true }) },
  { provider: "Kraken API key", group: "payment", make: (g) => ({ kv: [["KRAKEN_API_KEY", g.s(56, AN + "+/")], ["KRAKEN_PRIVATE_KEY", j(g.s(86, AN + "+/"), "==")]] }) },
  named("Shippo live token", "payment", "SHIPPO_API_TOKEN", (g) => j("ship", "po_live_", g.hex(40)), { hdr: (v) => `Authorization: ShippoToken ${v}`, d: true }),
  named("EasyPost production key", "payment", "EASYPOST_API_KEY", (g) => j("EZ", "AK", g.hex(54)), { d: true }),

  // comms long tail
  named("Brevo API key", "comms", "BREVO_API_KEY", (g) => j("xke", "ysib-", g.hex(64), "-", g.an(16)), { host: "api.brevo.com", hdr: (v) => `api-key: ${v}`, d: true }),
  named("Resend API key", "comms", "RESEND_API_KEY", (g) => j("r", "e_", g.an(8), "_", g.an(24)), { host: "api.resend.com", d: true }),
  named("Postmark server token", "comms", "POSTMARK_SERVER_TOKEN", (g) => g.uuid(), { host: "api.postmarkapp.com", hdr: (v) => `X-Postmark-Server-Token: ${v}` }),
  { provider: "Vonage API key/secret", group: "comms", make: (g) => { const k = g.hex(8); const s = g.an(16); return { kv: [["VONAGE_API_KEY", k], ["VONAGE_API_SECRET", s]], cli: `curl -X POST https://rest.nexmo.com/sms/json -d api_key=${k} -d api_secret=${s} -d to=447700900000 -d from=ACME -d text=hi` }; } },
  { provider: "Plivo auth token", group: "comms", make: (g) => ({ kv: [["PLIVO_AUTH_ID", j("MA", g.anu(18))], ["PLIVO_AUTH_TOKEN", g.an(40)]] }) },
  named("MessageBird access key", "comms", "MESSAGEBIRD_ACCESS_KEY", (g) => g.an(25), { hdr: (v) => `Authorization: AccessKey ${v}` }),
  { provider: "Pusher app secret", group: "comms", make: (g) => ({ kv: [["PUSHER_APP_ID", g.dig(7)], ["PUSHER_KEY", g.hex(20)], ["PUSHER_SECRET", g.hex(20)], ["PUSHER_CLUSTER", "eu"]] }) },
  named("Ably API key", "comms", "ABLY_API_KEY", (g) => j(g.s(6, AN), ".", g.s(6, AN), ":", g.s(43, B64U)), {}),
  named("Zendesk API token", "comms", "ZENDESK_API_TOKEN", (g) => g.an(40), { host: "acme.zendesk.com" }),
  named("Firebase Cloud Messaging server key", "comms", "FCM_SERVER_KEY", (g) => j("AAAA", g.s(7, B64U), ":APA91b", g.s(134, B64U)), { hdr: (v) => `Authorization: key=${v}`, d: true }),
  named("Zoom client secret", "comms", "ZOOM_CLIENT_SECRET", (g) => g.an(32), {}),

  // saas long tail
  named("HubSpot private app token", "saas", "HUBSPOT_ACCESS_TOKEN", (g) => j("pa", "t-na1-", g.uuid()), { host: "api.hubapi.com", d: true }),
  named("Asana PAT", "saas", "ASANA_PAT", (g) => j("2/", g.dig(16), "/", g.dig(16), ":", g.hex(32)), { host: "app.asana.com", d: true }),
  named("ClickUp token", "saas", "CLICKUP_TOKEN", (g) => j("p", "k_", g.dig(8), "_", g.anu(32)), { hdr: (v) => `Authorization: ${v}`, d: true }),
  named("Monday.com token", "saas", "MONDAY_API_TOKEN", (g) => jwt(g, { tid: Number(g.dig(9)), aai: 11, uid: Number(g.dig(8)), iad: "2025-02-11T10:00:00.000Z", per: "me:write", actid: Number(g.dig(8)), rgn: "euc1" }), { host: "api.monday.com" }),
  { provider: "Trello key + token", group: "saas", make: (g) => ({ kv: [["TRELLO_API_KEY", g.hex(32)], ["TRELLO_TOKEN", j("AT", "TA", g.hex(64), g.hex(8).toUpperCase())]], host: "api.trello.com", d: true }) },
  named("Typeform PAT", "saas", "TYPEFORM_TOKEN", (g) => j("tf", "p_", g.s(44, B64U), "_", g.an(14)), { d: true }),
  named("Contentful management token", "saas", "CONTENTFUL_MANAGEMENT_TOKEN", (g) => j("CF", "PAT-", g.s(43, B64U)), { host: "api.contentful.com", d: true }),
  named("Sanity token", "saas", "SANITY_API_TOKEN", (g) => j("s", "k", g.an(180)), {}),
  named("Webflow token", "saas", "WEBFLOW_API_TOKEN", (g) => g.hex(64), { host: "api.webflow.com" }),
  named("Dropbox access token", "saas", "DROPBOX_ACCESS_TOKEN", (g) => j("s", "l.", g.s(138, B64U)), { host: "api.dropboxapi.com", d: true }),
  { provider: "Box client secret", group: "saas", make: (g) => ({ kv: [["BOX_CLIENT_ID", g.anl(32)], ["BOX_CLIENT_SECRET", g.an(32)]] }) },
  named("Mapbox secret token", "saas", "MAPBOX_SECRET_TOKEN", (g) => j("s", "k.", b64u({ u: "acme-maps", a: g.s(25, ANL) }), ".", g.s(22, B64U)), { d: true }),
  { provider: "Algolia admin key", group: "saas", make: (g) => { const k = g.hex(32); return { kv: [["ALGOLIA_APP_ID", g.anu(10)], ["ALGOLIA_ADMIN_KEY", k]], hdr: `X-Algolia-API-Key: ${k}` }; } },
  named("LaunchDarkly API token", "saas", "LAUNCHDARKLY_ACCESS_TOKEN", (g) => j("ap", "i-", g.uuid()), { host: "app.launchdarkly.com", hdr: (v) => `Authorization: ${v}` }),
  named("LaunchDarkly server SDK key", "saas", "LD_SDK_KEY", (g) => j("sd", "k-", g.uuid()), {}),
  named("PostHog personal API key", "saas", "POSTHOG_PERSONAL_API_KEY", (g) => j("ph", "x_", g.an(43)), { d: true }),
  named("Salesforce session id", "saas", "SF_ACCESS_TOKEN", (g) => j("00D", g.an(12), "!", g.s(96, AN + ".")), { host: "acme.my.salesforce.com", d: true }),
  named("Calendly PAT", "saas", "CALENDLY_TOKEN", (g) => jwt(g, { iss: "https://auth.calendly.com", iat: 1735689600, jti: g.uuid(), user_uuid: g.uuid() }, "HS256"), {}),

  // devtools long tail
  named("Buildkite API token", "devtools", "BUILDKITE_API_TOKEN", (g) => j("bk", "ua_", g.hex(40)), { d: true }),
  named("CircleCI personal token", "devtools", "CIRCLECI_TOKEN", (g) => j("CC", "IPAT_", g.an(22), "_", g.hex(40)), { hdr: (v) => `Circle-Token: ${v}`, d: true }),
  named("SonarQube token", "devtools", "SONAR_TOKEN", (g) => j("sq", "u_", g.hex(40)), { d: true }),
  named("Snyk token", "devtools", "SNYK_TOKEN", (g) => g.uuid(), {}),
  named("JFrog access token", "devtools", "JFROG_ACCESS_TOKEN", (g) => j("cmVmdGtuOjAxOj", g.an(50)), { d: true }),
  named("JFrog API key", "devtools", "ARTIFACTORY_API_KEY", (g) => j("AK", "Cp", g.an(69)), { hdr: (v) => `X-JFrog-Art-Api: ${v}`, d: true }),
  named("RubyGems API key", "devtools", "GEM_HOST_API_KEY", (g) => j("ruby", "gems_", g.hex(48)), { d: true }),
  named("NuGet API key", "devtools", "NUGET_API_KEY", (g) => j("oy", "2", g.anl(43)), { d: true }),
  named("crates.io token", "devtools", "CARGO_REGISTRY_TOKEN", (g) => j("ci", "o", g.an(32)), { d: true }),
  named("Pulumi access token", "devtools", "PULUMI_ACCESS_TOKEN", (g) => j("pu", "l-", g.hex(40)), { d: true }),
  named("Sourcegraph access token", "devtools", "SRC_ACCESS_TOKEN", (g) => j("sg", "p_", g.hex(16), "_", g.hex(40)), { d: true }),
  named("Azure DevOps PAT", "devtools", "AZURE_DEVOPS_EXT_PAT", (g) => g.s(52, "abcdefghijklmnopqrstuvwxyz234567"), {}),
  named("Gitea token", "devtools", "GITEA_TOKEN", (g) => g.hex(40), { hdr: (v) => `Authorization: token ${v}` }),
  named("Harness PAT", "devtools", "HARNESS_API_KEY", (g) => j("pa", "t.", g.s(22, B64U), ".", g.hex(24), ".", g.an(20)), { hdr: (v) => `x-api-key: ${v}`, d: true }),
  named("Bitbucket repository access token", "devtools", "BITBUCKET_ACCESS_TOKEN", (g) => j("AT", "CTT3xFfGN0", g.s(180, B64U), "=", g.hex(8).toUpperCase()), { d: true }),
  named("GitLab deploy token", "devtools", "GITLAB_DEPLOY_TOKEN", (g) => j("gl", "dt-", g.s(20, B64U)), { d: true }),

  // observability long tail
  named("Dynatrace API token", "observability", "DT_API_TOKEN", (g) => j("dt0", "c01.", g.anu(24), ".", g.anu(64)), { hdr: (v) => `Authorization: Api-Token ${v}`, d: true }),
  named("Honeycomb API key", "observability", "HONEYCOMB_API_KEY", (g) => j("hc", "aik_", g.anl(58)), { hdr: (v) => `X-Honeycomb-Team: ${v}`, d: true }),
  named("Rollbar access token", "observability", "ROLLBAR_ACCESS_TOKEN", (g) => g.hex(32), { hdr: (v) => `X-Rollbar-Access-Token: ${v}` }),
  named("Splunk HEC token", "observability", "SPLUNK_HEC_TOKEN", (g) => g.uuid(), { host: "http-inputs-acme.splunkcloud.com", hdr: (v) => `Authorization: Splunk ${v}` }),
  named("Elastic Cloud API key", "observability", "EC_API_KEY", (g) => j("essu_", g.s(120, AN), "=="), { d: true }),
  named("Elasticsearch API key", "observability", "ES_API_KEY", (g) => Buffer.from(`${g.s(20, B64U)}:${g.s(22, B64U)}`).toString("base64"), { hdr: (v) => `Authorization: ApiKey ${v}` }),
  named("Opsgenie API key", "observability", "OPSGENIE_API_KEY", (g) => g.uuid(), { hdr: (v) => `Authorization: GenieKey ${v}` }),

  // data long tail
  named("Databricks PAT", "data", "DATABRICKS_TOKEN", (g) => j("da", "pi", g.hex(32)), { host: "adb-1234567890123456.7.azuredatabricks.net", d: true }),
  { provider: "Snowflake password", group: "data", make: (g) => ({ kv: [["SNOWFLAKE_ACCOUNT", `xy${g.dig(5)}.eu-central-1`], ["SNOWFLAKE_USER", "ETL_SVC"], ["SNOWFLAKE_PASSWORD", g.pw(24)]] }) },
  named("ClickHouse Cloud URL", "data", "CLICKHOUSE_URL", (g) => `https://default:${g.pw(20)}@${g.anl(10)}.eu-west-1.aws.clickhouse.cloud:8443`, {}),
  { provider: "Upstash Redis REST token", group: "data", make: (g) => ({ kv: [["UPSTASH_REDIS_REST_URL", `https://${g.pick(["gusc1", "eu1", "apn1"])}-${g.pick(["able", "brave", "calm"])}-${g.anl(5)}-${g.dig(5)}.upstash.io`], ["UPSTASH_REDIS_REST_TOKEN", j("A", g.s(3, AN), "ASQgY", g.s(80, B64U), "=")]] }) },
  named("CockroachDB URL", "data", "COCKROACH_URL", (g) => `postgresql://app:${g.an(22)}@free-tier.gcp-us-central1.cockroachlabs.cloud:26257/defaultdb?sslmode=verify-full`, {}),
  named("SQL Server connection string", "data", "ConnectionStrings__Default", (g) => `Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=orders;User ID=sqladmin;Password=${g.pw(20)};Encrypt=True;`, {}),
  named("InfluxDB token", "data", "INFLUX_TOKEN", (g) => j(g.s(86, B64U), "=="), { hdr: (v) => `Authorization: Token ${v}` }),
  named("Aiven service URI", "data", "AIVEN_PG_URI", (g) => `postgres://avnadmin:${j("AV", "NS_", g.s(19, B64U))}@pg-${g.anl(8)}-acme.aivencloud.com:12691/defaultdb?sslmode=require`, { d: true }),
  named("Xata API key", "data", "XATA_API_KEY", (g) => j("xa", "u_", g.an(32)), { d: true }),
  named("RabbitMQ AMQP URL", "data", "AMQP_URL", (g) => `amqps://orders:${g.pw(18)}@rabbit.internal.acme-corp.io:5671/prod`, {}),

  // auth long tail
  named("Clerk secret key", "auth", "CLERK_SECRET_KEY", (g) => j("s", "k_live_", g.an(40)), { d: true }),
  named("Stytch secret", "auth", "STYTCH_SECRET", (g) => j("sec", "ret-live-", g.s(36, B64U), "="), { d: true }),
  named("WorkOS API key", "auth", "WORKOS_API_KEY", (g) => j("s", "k_", g.an(60)), {}),
  { provider: "Duo integration secret", group: "auth", make: (g) => ({ kv: [["DUO_IKEY", j("DI", g.anu(18))], ["DUO_SKEY", g.an(40)], ["DUO_HOST", `api-${g.hex(8)}.duosecurity.com`]] }) },
  named("Keycloak client secret", "auth", "KEYCLOAK_CLIENT_SECRET", (g) => g.an(32), {}),
  named("Ory PAT", "auth", "ORY_API_KEY", (g) => j("or", "y_pat_", g.an(32)), { d: true }),
  named("Infisical service token", "auth", "INFISICAL_TOKEN", (g) => j("st", ".", g.uuid(), ".", g.hex(32), ".", g.hex(32)), { d: true }),
  named("Bitwarden Secrets Manager token", "auth", "BWS_ACCESS_TOKEN", (g) => j("0.", g.uuid(), ".", g.s(30, AN), ":", g.s(22, AN + "+/"), "=="), { d: true }),
  named("Vault batch token", "auth", "VAULT_TOKEN", (g) => j("hv", "b.", g.s(130, B64U)), { d: true }),
  named("Kubernetes service-account token", "auth", "K8S_TOKEN", (g) => jwt(g, { iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "prod", "kubernetes.io/serviceaccount/service-account.name": "ci-deployer", sub: "system:serviceaccount:prod:ci-deployer" }, "RS256"), { hdr: (v) => `Authorization: Bearer ${v}` }),
  named("Apple App Store Connect key", "keys", "ASC_PRIVATE_KEY", (g) => pem(j("PRI", "VATE KEY"), j("MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg", g.b64(43), "oAoGCCqGSM49AwEHoUQDQgAE", g.b64(86))), {}),
  named("Svix webhook secret", "auth", "SVIX_WEBHOOK_SECRET", (g) => j("wh", "sec_", g.s(32, AN + "+/")), { d: true }),
  named("Shopify webhook HMAC secret", "auth", "SHOPIFY_WEBHOOK_SECRET", (g) => g.hex(64), {}),

  // keys long tail
  named("WireGuard private key", "keys", "WG_PRIVATE_KEY", (g) => j(g.s(42, AN + "+/"), "A="), {}),
  named("PuTTY private key", "keys", "PPK", (g) => `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@ci\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, AN + "+/")}\n${g.s(20, AN + "+/")}\nPrivate-Lines: 1\nAAAAI${g.s(39, AN + "+/")}=\nPrivate-MAC: ${g.hex(64)}`, {}),
  named("DSA private key", "keys", "LEGACY_DSA_KEY", (g) => pem(j("DSA PRI", "VATE KEY"), j("MIIBuwIBAAKBgQ", g.b64(580))), {}),
];

// PEM/multi-line named values need block handling
for (const s of specs) {
  if (["Apple App Store Connect key", "PuTTY private key", "DSA private key"].includes(s.provider)) {
    const mk = s.make;
    s.make = (g) => ({ ...mk(g), block: true, d: true });
  }
}

function b64u(o: object): string {
  return Buffer.from(JSON.stringify(o)).toString("base64url");
}

void ANU;
export const cases: CorpusCase[] = build(specs, { seed: 0x7e11, prefix: "y-l", file: "long-tail" });
