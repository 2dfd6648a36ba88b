// Long-tail providers, one rotating context each, plus handcrafted key-material cases.
import type { CorpusCase } from "../types.ts";
import { AN, B64, DIG, Gen, HEX, LAN, LO, UAN, UP, URLB64, build, type Spec } from "./_gen.ts";

const g = new Gen(0x44a7);
const t = (p: string[], n: number, a = AN) => () => g.t(p, n, a);
const h = (n: number) => () => g.hex(n);
const u = () => g.uuid();

const specs: Spec[] = [
  // ai
  ["ai", "Together AI", "TOGETHER_API_KEY", "together_api_key", () => g.hex(64)],
  ["ai", "Fireworks", "FIREWORKS_API_KEY", "fireworks_api_key", t(["fw", "_"], 24)],
  ["ai", "Voyage AI", "VOYAGE_API_KEY", "voyage_api_key", t(["pa", "-"], 43, AN + "_-")],
  ["ai", "ElevenLabs", "ELEVENLABS_API_KEY", "xi_api_key", t(["sk", "_"], 48, HEX), "xi-api-key", ""],
  ["ai", "AssemblyAI", "ASSEMBLYAI_API_KEY", "assemblyai_key", h(32)],
  ["ai", "Deepgram", "DEEPGRAM_API_KEY", "deepgram_key", h(40), "Authorization", "Token "],
  ["ai", "Stability AI", "STABILITY_API_KEY", "stability_key", t(["sk", "-"], 48)],
  ["ai", "Langfuse", "LANGFUSE_SECRET_KEY", "langfuse_secret_key", () => ["sk", "-lf-"].join("") + g.uuid()],
  ["ai", "Modal", "MODAL_TOKEN_SECRET", "token_secret", t(["as", "-"], 22)],
  ["ai", "RunPod", "RUNPOD_API_KEY", "runpod_api_key", t(["rpa", "_"], 44, UAN)],
  ["ai", "Jina", "JINA_API_KEY", "jina_api_key", t(["jina", "_"], 60)],
  ["ai", "Cerebras", "CEREBRAS_API_KEY", "cerebras_api_key", t(["cs", "k-"], 48, LAN)],
  ["ai", "Weights & Biases", "WANDB_API_KEY", "wandb_api_key", h(40)],
  ["ai", "Tavily", "TAVILY_API_KEY", "tavily_api_key", t(["tv", "ly-"], 32)],
  ["ai", "Firecrawl", "FIRECRAWL_API_KEY", "firecrawl_api_key", t(["f", "c-"], 32, HEX)],
  ["ai", "Anyscale", "ANYSCALE_API_KEY", "anyscale_key", t(["es", "ecret_"], 32, LAN)],
  ["ai", "Baseten", "BASETEN_API_KEY", "baseten_api_key", () => g.s(8) + "." + g.s(32), "Authorization", "Api-Key "],
  ["ai", "Qdrant Cloud", "QDRANT_API_KEY", "qdrant_api_key", () => g.s(54, AN + "_-"), "api-key", ""],
  ["ai", "Lepton", "LEPTON_API_TOKEN", "lepton_token", t([], 32)],
  ["ai", "Novita AI", "NOVITA_API_KEY", "novita_api_key", t(["sk", "_"], 43, AN + "_-")],
  ["ai", "Helicone", "HELICONE_API_KEY", "helicone_key", () => ["sk-", "helicone-"].join("") + g.s(7, LAN) + "-" + g.s(7, LAN) + "-" + g.s(7, LAN) + "-" + g.s(7, LAN)],
  // auth
  ["auth", "Clerk secret", "CLERK_SECRET_KEY", "clerk_secret_key", t(["sk", "_live_"], 42)],
  ["auth", "WorkOS", "WORKOS_API_KEY", "workos_api_key", t(["sk", "_"], 80)],
  ["auth", "Stytch secret", "STYTCH_SECRET", "stytch_secret", t(["secret", "-live-"], 36, AN + "_=")],
  ["auth", "Keycloak client secret", "KEYCLOAK_CLIENT_SECRET", "keycloak_client_secret", t([], 32)],
  ["auth", "Ory admin", "ORY_API_KEY", "ory_api_key", t(["ory", "_pat_"], 32)],
  ["auth", "Descope management", "DESCOPE_MANAGEMENT_KEY", "management_key", () => "K2" + g.s(64)],
  // cloud
  ["cloud", "Tencent Cloud SecretKey", "TENCENTCLOUD_SECRET_KEY", "secret_key", t([], 32)],
  ["cloud", "Tencent Cloud SecretId", "TENCENTCLOUD_SECRET_ID", "secret_id", t(["AK", "ID"], 32)],
  ["cloud", "Huawei Cloud SK", "HUAWEICLOUD_SDK_SK", "huawei_sk", t([], 40)],
  ["cloud", "Baidu Cloud", "BCE_SECRET_ACCESS_KEY", "bce_secret_key", h(32)],
  ["cloud", "Yandex Cloud API key", "YC_API_KEY", "yc_api_key", t(["AQVN"], 36, AN + "_-"), "Authorization", "Api-Key "],
  ["cloud", "Yandex IAM token", "YC_IAM_TOKEN", "iam_token", t(["t1.", "9euelZ"], 120, AN + "_-")],
  ["cloud", "Scaleway", "SCW_SECRET_KEY", "scw_secret_key", u, "X-Auth-Token", ""],
  ["cloud", "OVHcloud", "OVH_APPLICATION_SECRET", "application_secret", h(32)],
  ["cloud", "Hetzner Cloud", "HCLOUD_TOKEN", "hcloud_token", t([], 64)],
  ["cloud", "Linode", "LINODE_TOKEN", "linode_token", h(64)],
  ["cloud", "Vultr", "VULTR_API_KEY", "vultr_api_key", t([], 36, UAN)],
  ["cloud", "UpCloud", "UPCLOUD_TOKEN", "upcloud_token", t(["ucat", "_"], 26, UAN)],
  ["cloud", "IONOS", "IONOS_TOKEN", "ionos_token", () => g.jwt({ iss: "ionoscloud", sub: g.uuid(), iat: 1733000000 })],
  ["cloud", "Exoscale", "EXOSCALE_API_SECRET", "api_secret", t([], 43, AN + "_-")],
  ["cloud", "Oracle Cloud auth token", "OCI_AUTH_TOKEN", "auth_token", t([], 20, AN + "()<>;:#")],
  ["cloud", "IBM Cloud", "IBMCLOUD_API_KEY", "ibmcloud_api_key", t([], 44, AN + "_-")],
  ["cloud", "Backblaze B2", "B2_APPLICATION_KEY", "b2_application_key", t(["K00"], 28)],
  ["cloud", "Wasabi", "WASABI_SECRET_KEY", "wasabi_secret", t([], 40)],
  ["cloud", "Cloudinary URL", "CLOUDINARY_URL", "cloudinary_url", () => `cloudinary://${g.s(15, DIG)}:${g.s(27, AN + "_-")}@acme-media`],
  ["cloud", "Bunny.net", "BUNNY_API_KEY", "bunny_api_key", () => g.uuid() + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(12), "AccessKey", ""],
  ["cloud", "Fastly", "FASTLY_API_TOKEN", "fastly_token", t([], 32, AN + "_-"), "Fastly-Key", ""],
  ["cloud", "Render", "RENDER_API_KEY", "render_api_key", t(["rn", "d_"], 28)],
  ["cloud", "Railway", "RAILWAY_TOKEN", "railway_token", u],
  ["cloud", "Tailscale", "TS_AUTHKEY", "ts_authkey", () => ["tskey", "-auth-"].join("") + g.s(17) + "CNTRL-" + g.s(33)],
  ["cloud", "Pulumi", "PULUMI_ACCESS_TOKEN", "pulumi_token", t(["pu", "l-"], 40, HEX)],
  ["cloud", "Koyeb", "KOYEB_TOKEN", "koyeb_token", t([], 64, LAN)],
  ["cloud", "Northflank", "NF_API_TOKEN", "northflank_token", t(["nf", "-"], 48)],
  ["cloud", "Civo", "CIVO_TOKEN", "civo_token", t([], 50)],
  // comms
  ["comms", "Postmark server token", "POSTMARK_SERVER_TOKEN", "postmark_token", u, "X-Postmark-Server-Token", ""],
  ["comms", "Brevo", "BREVO_API_KEY", "brevo_api_key", () => ["xke", "ysib-"].join("") + g.hex(64) + "-" + g.s(16), "api-key", ""],
  ["comms", "Resend", "RESEND_API_KEY", "resend_api_key", () => "re_" + g.s(8) + "_" + g.s(24)],
  ["comms", "SparkPost", "SPARKPOST_API_KEY", "sparkpost_key", h(40)],
  ["comms", "Mailjet secret", "MJ_APIKEY_PRIVATE", "mailjet_secret", h(32)],
  ["comms", "Mandrill", "MANDRILL_API_KEY", "mandrill_key", () => "md-" + g.s(22, AN + "_-")],
  ["comms", "Plivo auth token", "PLIVO_AUTH_TOKEN", "plivo_auth_token", t([], 40)],
  ["comms", "Vonage API secret", "VONAGE_API_SECRET", "vonage_api_secret", t([], 16)],
  ["comms", "MessageBird", "MESSAGEBIRD_ACCESS_KEY", "access_key", t([], 25), "Authorization", "AccessKey "],
  ["comms", "Sinch", "SINCH_API_TOKEN", "sinch_token", h(32)],
  ["comms", "Infobip", "INFOBIP_API_KEY", "infobip_key", () => g.hex(32) + "-" + g.uuid(), "Authorization", "App "],
  ["comms", "Africa's Talking", "AT_API_KEY", "at_api_key", t(["atsk", "_"], 64, HEX), "apiKey", ""],
  ["comms", "Termii", "TERMII_API_KEY", "termii_api_key", t(["TL"], 60)],
  ["comms", "Pusher secret", "PUSHER_APP_SECRET", "pusher_secret", h(20)],
  ["comms", "Ably", "ABLY_API_KEY", "ably_key", () => g.s(6) + "." + g.s(6) + ":" + g.s(43, AN + "_-")],
  ["comms", "Stream", "STREAM_API_SECRET", "stream_secret", t([], 64, LAN)],
  ["comms", "LiveKit", "LIVEKIT_API_SECRET", "livekit_secret", t([], 43)],
  ["comms", "Zoom S2S client secret", "ZOOM_CLIENT_SECRET", "zoom_client_secret", t([], 32)],
  ["comms", "LINE channel access token", "LINE_CHANNEL_ACCESS_TOKEN", "channel_access_token", () => g.s(171, AN + "+/") + "="],
  ["comms", "WeChat app secret", "WECHAT_APP_SECRET", "app_secret", h(32)],
  ["comms", "Intercom", "INTERCOM_ACCESS_TOKEN", "intercom_token", () => "dG9rOj" + g.s(54) + "="],
  ["comms", "Microsoft Teams webhook", "TEAMS_WEBHOOK_URL", "webhook_url", () => `https://acme.webhook.office.com/webhookb2/${g.uuid()}@${g.uuid()}/IncomingWebhook/${g.hex(32)}/${g.uuid()}/V2${g.s(43, AN + "_-")}`],
  ["comms", "Mattermost", "MATTERMOST_TOKEN", "mm_token", t([], 26, LAN)],
  // data
  ["data", "Turso", "TURSO_AUTH_TOKEN", "turso_auth_token", () => g.jwt({ a: "rw", iat: 1733000000, id: g.uuid() })],
  ["data", "Xata", "XATA_API_KEY", "xata_api_key", t(["xau", "_"], 48)],
  ["data", "ClickHouse Cloud", "CLICKHOUSE_PASSWORD", "clickhouse_password", t([], 20, AN + "_~.")],
  ["data", "CockroachDB URL", "COCKROACH_URL", "dsn", () => `postgresql://app:${g.s(22, AN + "_-")}@free-tier.gcp-us-central1.cockroachlabs.cloud:26257/defaultdb?sslmode=verify-full`],
  ["data", "MySQL URL", "MYSQL_URL", "mysql_url", () => `mysql://root:${g.s(18)}@10.0.${g.range(1, 9)}.${g.range(2, 250)}:3306/shop`],
  ["data", "Elastic Cloud API key", "ELASTIC_API_KEY", "elastic_api_key", () => g.b64(45), "Authorization", "ApiKey "],
  ["data", "Meilisearch master", "MEILI_MASTER_KEY", "meili_master_key", t([], 44, AN + "_-")],
  ["data", "Typesense admin", "TYPESENSE_API_KEY", "typesense_api_key", t([], 32), "X-TYPESENSE-API-KEY", ""],
  ["data", "Weaviate", "WEAVIATE_API_KEY", "weaviate_api_key", t([], 40)],
  ["data", "Firebase service account (private_key_id slot)", "FIREBASE_ADMIN_CREDENTIALS", "firebase_sa", () => JSON.stringify({ type: "service_account", project_id: "acme-prod", private_key_id: g.hex(40), private_key: g.pem(["PRIVATE", " KEY"].join(""), 256) + "\n", client_email: "firebase-adminsdk-x1@acme-prod.iam.gserviceaccount.com" })],
  // devtools
  ["devtools", "Buildkite", "BUILDKITE_API_TOKEN", "buildkite_token", t(["bk", "ua_"], 40, HEX)],
  ["devtools", "Travis CI", "TRAVIS_TOKEN", "travis_token", t([], 22, AN + "_-"), "Authorization", "token "],
  ["devtools", "Codecov", "CODECOV_TOKEN", "codecov_token", u],
  ["devtools", "Snyk", "SNYK_TOKEN", "snyk_token", u, "Authorization", "token "],
  ["devtools", "SonarQube", "SONAR_TOKEN", "sonar_token", t(["sq", "u_"], 40, HEX)],
  ["devtools", "Jenkins API token", "JENKINS_API_TOKEN", "jenkins_token", () => "11" + g.hex(32)],
  ["devtools", "Octopus Deploy", "OCTOPUS_API_KEY", "octopus_api_key", t(["API", "-"], 32, UAN), "X-Octopus-ApiKey", ""],
  ["devtools", "JFrog", "JFROG_ACCESS_TOKEN", "jfrog_token", t(["cm", "VmdGtu"], 58)],
  ["devtools", "RubyGems", "GEM_HOST_API_KEY", "rubygems_api_key", t(["rubygems", "_"], 48, HEX)],
  ["devtools", "NuGet", "NUGET_API_KEY", "nuget_api_key", t(["oy2"], 43, LAN)],
  ["devtools", "crates.io", "CARGO_REGISTRY_TOKEN", "cargo_token", t(["cio"], 32)],
  ["devtools", "Azure DevOps PAT", "AZURE_DEVOPS_PAT", "azdo_pat", () => g.s(52, LAN.replace(/[a-z]/g, (c) => c))],
  ["devtools", "Bitbucket app password", "BITBUCKET_APP_PASSWORD", "bb_app_password", t(["ATB", "B"], 32)],
  ["devtools", "Gitea", "GITEA_TOKEN", "gitea_token", h(40)],
  ["devtools", "Depot", "DEPOT_TOKEN", "depot_token", t(["dep", "ot_org_"], 64, HEX)],
  ["devtools", "Sourcegraph", "SRC_ACCESS_TOKEN", "src_token", t(["sg", "p_"], 40, HEX)],
  ["devtools", "Harness", "HARNESS_API_KEY", "harness_key", () => ["pat", "."].join("") + g.s(22) + "." + g.s(24, HEX) + "." + g.s(20)],
  // observability
  ["observability", "Honeycomb", "HONEYCOMB_API_KEY", "honeycomb_key", t(["hc", "aik_"], 58, LAN), "X-Honeycomb-Team", ""],
  ["observability", "Dynatrace", "DT_API_TOKEN", "dt_token", () => ["dt", "0c01."].join("") + g.s(24, UAN) + "." + g.s(64, UAN), "Authorization", "Api-Token "],
  ["observability", "Rollbar", "ROLLBAR_ACCESS_TOKEN", "rollbar_token", h(32), "X-Rollbar-Access-Token", ""],
  ["observability", "Bugsnag", "BUGSNAG_AUTH_TOKEN", "bugsnag_token", u],
  ["observability", "Splunk HEC", "SPLUNK_HEC_TOKEN", "hec_token", u, "Authorization", "Splunk "],
  ["observability", "Sumo Logic access key", "SUMO_ACCESS_KEY", "sumo_access_key", t([], 64)],
  ["observability", "Logz.io", "LOGZIO_TOKEN", "logzio_token", t([], 32, UP + LO)],
  ["observability", "Better Stack", "LOGTAIL_SOURCE_TOKEN", "source_token", t([], 24)],
  ["observability", "Axiom", "AXIOM_TOKEN", "axiom_token", () => ["xa", "at-"].join("") + g.uuid()],
  ["observability", "Checkly", "CHECKLY_API_KEY", "checkly_key", t(["cu", "_"], 32, HEX)],
  ["observability", "PagerDuty", "PAGERDUTY_TOKEN", "pagerduty_token", t(["u+"], 18, AN + "_-"), "Authorization", "Token token="],
  ["observability", "Opsgenie", "OPSGENIE_API_KEY", "opsgenie_key", u, "Authorization", "GenieKey "],
  ["observability", "Lightstep", "LIGHTSTEP_ACCESS_TOKEN", "ls_access_token", t([], 84, AN + "/+")],
  ["observability", "Coralogix", "CORALOGIX_PRIVATE_KEY", "private_key", () => ["cx", "tp_"].join("") + g.s(30)],
  // payment
  ["payment", "Razorpay", "RAZORPAY_KEY_SECRET", "razorpay_secret", t([], 24)],
  ["payment", "Paystack", "PAYSTACK_SECRET_KEY", "paystack_secret", t(["sk", "_live_"], 40, HEX)],
  ["payment", "Flutterwave", "FLW_SECRET_KEY", "flw_secret_key", () => ["FLWSEC", "K-"].join("") + g.hex(32) + "-X"],
  ["payment", "M-Pesa Daraja", "MPESA_CONSUMER_SECRET", "consumer_secret", t([], 64)],
  ["payment", "Midtrans", "MIDTRANS_SERVER_KEY", "server_key", t(["Mid-", "server-"], 24, AN + "_-")],
  ["payment", "Xendit", "XENDIT_SECRET_KEY", "xendit_secret", t(["xnd_", "production_"], 64)],
  ["payment", "Mercado Pago", "MP_ACCESS_TOKEN", "mp_access_token", () => ["APP", "_USR-"].join("") + g.s(16, DIG) + "-" + g.s(6, DIG) + "-" + g.hex(32) + "-" + g.s(9, DIG)],
  ["payment", "Mollie", "MOLLIE_API_KEY", "mollie_api_key", t(["li", "ve_"], 30)],
  ["payment", "Adyen", "ADYEN_API_KEY", "adyen_api_key", () => "AQE" + g.s(80, AN + "+/") + "=", "X-API-Key", ""],
  ["payment", "Checkout.com", "CKO_SECRET_KEY", "cko_secret", () => ["sk", "_"].join("") + g.uuid()],
  ["payment", "GoCardless", "GOCARDLESS_ACCESS_TOKEN", "gc_token", t(["live", "_"], 40, AN + "_-")],
  ["payment", "Plaid", "PLAID_SECRET", "plaid_secret", h(30)],
  ["payment", "Wise", "WISE_API_TOKEN", "wise_token", u],
  ["payment", "PayMongo", "PAYMONGO_SECRET_KEY", "paymongo_secret", t(["sk", "_live_"], 24)],
  ["payment", "Iyzico", "IYZICO_SECRET_KEY", "iyzico_secret", t([], 32)],
  ["payment", "Alpaca", "APCA_API_SECRET_KEY", "alpaca_secret", t([], 40), "APCA-API-SECRET-KEY", ""],
  ["payment", "Binance", "BINANCE_API_SECRET", "binance_secret", t([], 64)],
  ["payment", "Coinbase CDP", "COINBASE_API_SECRET", "cdp_api_secret", () => g.b64(64)],
  ["payment", "Lemon Squeezy", "LEMONSQUEEZY_API_KEY", "ls_api_key", () => g.jwt({ aud: "1", jti: g.hex(80), iat: 1733000000, sub: String(g.range(100000, 999999)), scopes: [] })],
  ["payment", "Paddle", "PADDLE_API_KEY", "paddle_api_key", t(["pdl", "_live_apikey_"], 64, LAN)],
  ["payment", "WooCommerce", "WC_CONSUMER_SECRET", "consumer_secret", t(["c", "s_"], 40, HEX)],
  // saas
  ["saas", "Zendesk", "ZENDESK_API_TOKEN", "zendesk_token", t([], 40)],
  ["saas", "Freshdesk", "FRESHDESK_API_KEY", "freshdesk_key", t([], 20)],
  ["saas", "Pipedrive", "PIPEDRIVE_API_TOKEN", "api_token", h(40)],
  ["saas", "Asana", "ASANA_PAT", "asana_pat", () => "2/" + g.s(16, DIG) + "/" + g.s(16, DIG) + ":" + g.hex(32)],
  ["saas", "ClickUp", "CLICKUP_API_TOKEN", "clickup_token", () => ["p", "k_"].join("") + g.s(8, DIG) + "_" + g.s(32, UAN)],
  ["saas", "Trello", "TRELLO_TOKEN", "trello_token", t(["ATT", "A"], 72, HEX)],
  ["saas", "Monday.com", "MONDAY_API_TOKEN", "monday_token", () => g.jwt({ tid: g.range(1e8, 9e8), aai: 11, uid: g.range(1e7, 9e7), iad: "2026-10-01T10:00:00.000Z", per: "me:write", rgn: "euc1" })],
  ["saas", "Typeform", "TYPEFORM_TOKEN", "typeform_token", t(["tf", "p_"], 44, AN + "_")],
  ["saas", "Webflow", "WEBFLOW_API_TOKEN", "webflow_token", h(64)],
  ["saas", "Miro", "MIRO_ACCESS_TOKEN", "miro_token", t(["eyJtaXJv", "Lm9yaWdpbiI6ImV1MDEifQ_"], 27, AN + "_-")],
  ["saas", "Calendly", "CALENDLY_TOKEN", "calendly_pat", () => g.jwt({ iss: "https://auth.calendly.com", iat: 1733000000, jti: g.uuid(), user_uuid: g.uuid() })],
  ["saas", "DocuSign secret", "DOCUSIGN_CLIENT_SECRET", "docusign_secret", u],
  ["saas", "Mixpanel service account secret", "MIXPANEL_SA_SECRET", "mixpanel_secret", t([], 32)],
  ["saas", "Amplitude secret", "AMPLITUDE_SECRET_KEY", "amplitude_secret", h(32)],
  ["saas", "Sanity", "SANITY_API_TOKEN", "sanity_token", t(["sk"], 180)],
  ["saas", "Storyblok management", "STORYBLOK_PAT", "storyblok_pat", () => g.s(22) + "-" + g.s(6, DIG) + "-" + g.s(20, AN + "_-")],
  ["saas", "Ghost admin", "GHOST_ADMIN_API_KEY", "ghost_admin_key", () => g.hex(24) + ":" + g.hex(64)],
  ["saas", "WordPress application password", "WP_APP_PASSWORD", "wp_app_password", () => [0, 1, 2, 3, 4, 5].map(() => g.s(4)).join(" ")],
  ["saas", "LaunchDarkly", "LD_SDK_KEY", "ld_sdk_key", () => ["sdk", "-"].join("") + g.uuid()],
  ["saas", "PostHog personal", "POSTHOG_PERSONAL_API_KEY", "posthog_personal_key", t(["ph", "x_"], 47)],
  ["saas", "Statsig server secret", "STATSIG_SERVER_SECRET", "statsig_secret", t(["secret", "-"], 43)],
  ["saas", "Flagsmith server key", "FLAGSMITH_SERVER_KEY", "flagsmith_key", t(["ser", "."], 22)],
  ["saas", "Twitch client secret", "TWITCH_CLIENT_SECRET", "twitch_secret", t([], 30, LAN)],
  ["saas", "Steam Web API", "STEAM_API_KEY", "steam_api_key", () => g.hex(32).toUpperCase()],
  ["saas", "Riot Games", "RIOT_API_KEY", "riot_api_key", () => ["RG", "API-"].join("") + g.uuid(), "X-Riot-Token", ""],
  ["saas", "Mux token secret", "MUX_TOKEN_SECRET", "mux_secret", t([], 75, AN + "+/")],
  ["saas", "OpenWeatherMap", "OWM_API_KEY", "openweather_appid", h(32)],
  ["saas", "RapidAPI", "RAPIDAPI_KEY", "rapidapi_key", () => g.hex(10) + "msh" + g.hex(17) + "jsn" + g.hex(12), "X-RapidAPI-Key", ""],
  ["saas", "SerpApi", "SERPAPI_API_KEY", "serpapi_key", h(64)],
  ["saas", "Apify", "APIFY_TOKEN", "apify_token", t(["apify", "_api_"], 36)],
  ["saas", "Home Assistant", "HASS_TOKEN", "ha_token", () => g.jwt({ iss: g.hex(32), iat: 1733000000, exp: 2048360000 })],
  ["saas", "Adafruit IO", "ADAFRUIT_IO_KEY", "aio_key", t(["ai", "o_"], 28), "X-AIO-Key", ""],
  ["saas", "Particle", "PARTICLE_ACCESS_TOKEN", "particle_token", h(40)],
  ["saas", "Shippo", "SHIPPO_API_TOKEN", "shippo_token", t(["shippo", "_live_"], 40, HEX), "Authorization", "ShippoToken "],
  ["saas", "EasyPost", "EASYPOST_API_KEY", "easypost_key", t(["EZ", "AK"], 54, HEX)],
  ["saas", "Frame.io", "FRAMEIO_TOKEN", "frameio_token", t(["fio", "-u-"], 64, AN + "_-")],
  ["saas", "Canva connect secret", "CANVA_CLIENT_SECRET", "canva_secret", t(["cnvca"], 48, AN + "_-")],
];

const keyCases: CorpusCase[] = [];
let kn = 0;
const add = (note: string, text: string) => {
  kn++;
  keyCases.push({ id: `y44-lk-${String(kn).padStart(3, "0")}`, kind: "secrets", category: "heldouty44-sec-keys", label: "positive", text, note });
};
const RSA = ["RSA PRIVATE", " KEY"].join("");
const EC = ["EC PRIVATE", " KEY"].join("");
const P8 = ["PRIVATE", " KEY"].join("");
const OSSH = ["OPENSSH PRIVATE", " KEY"].join("");
const PGP = ["PGP PRIVATE", " KEY BLOCK"].join("");
add("RSA private key; file content; Anthropic tool_use write_file", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.s(22), name: "write_file", input: { path: "certs/server.key", content: g.pem(RSA, 900) + "\n" } }));
add("EC private key; PEM pasted in chat body (JSON-escaped)", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: "nginx says key values mismatch, here's the key:\n\n" + g.pem(EC, 121) + "\n\nand the cert is in /etc/ssl/site.crt" }] }));
add("PKCS#8 private key; k8s Secret stringData tls.key", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${g.pem(P8, 1218).split("\n").map((l) => "    " + l).join("\n")}\n`);
add("OpenSSH private key; shell heredoc in CI step", `- name: Setup deploy key\n  run: |\n    mkdir -p ~/.ssh\n    cat > ~/.ssh/id_ed25519 <<'KEY'\n${g.pem(OSSH, 300).split("\n").map((l) => "    " + l).join("\n")}\n    KEY\n    chmod 600 ~/.ssh/id_ed25519\n`);
add("PGP private key block; MCP tool result read_file", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: g.pem(PGP, 700).replace("\n", "\nVersion: GnuPG v2\n\n") }] } }));
add("age secret key; .sops.yaml neighbour keys.txt", `# created: 2026-10-02T09:14:11Z\n# public key: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${["AGE-SECRET", "-KEY-1"].join("")}${g.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}\n`);
add("GCP service account JSON; private_key in Python code", `creds = service_account.Credentials.from_service_account_info(${JSON.stringify({ type: "service_account", project_id: "acme-data-prod", private_key_id: g.hex(40), private_key: g.pem(P8, 1218) + "\n", client_email: "etl@acme-data-prod.iam.gserviceaccount.com", client_id: g.s(21, DIG), token_uri: "https://oauth2.googleapis.com/token" }, null, 2)})\n`);
add("Ed25519 private key raw (Solana keypair array) in wallet.json write", `cat > wallet.json <<'EOF2'\n[${Array.from(g.bytes(64)).join(",")}]\nEOF2\nsolana config set --keypair wallet.json`);
add("Basic auth in URL; .netrc-like git credential store", `https://deploy-bot:${g.t(["gh", "p_"], 36)}@github.com\nhttps://ci:${g.t(["gl", "pat-"], 20, AN + "_-")}@gitlab.example.com\n`);
add(".pgpass line; shell history cat output", `$ cat ~/.pgpass\ndb-prod.internal:5432:app:app_owner:${g.s(24, AN + "!@#")}\n$ psql -h db-prod.internal -U app_owner app`);

export const cases: CorpusCase[] = [...build("y44-l", "heldouty44-sec", specs, g, 1, 7), ...keyCases];
