// Themed positives (mobile & game development), rotated through the shared renderers. Seed 145001.
import { Rng, rotate, jwt, b64url, type Spec } from "./_gen.ts";
import type { CorpusCase } from "../types.ts";

const r = new Rng(145001);
const P = "heldouty145";

const specs: Spec[] = [
  // ai (game NPCs, asset tools, coding agents inside the studio)
  { p: "OpenAI", cat: "ai", slot: "OPENAI_API_KEY", key: "openaiApiKey", host: "api.openai.com", gen: (r) => "sk-" + "proj-" + r.b64u(74) + "T3Blbk" + "FJ" + r.b64u(74) },
  { p: "Anthropic", cat: "ai", slot: "ANTHROPIC_API_KEY", key: "anthropicKey", hdr: "x-api-key: ", host: "api.anthropic.com", gen: (r) => "sk-" + "ant-" + "api03-" + r.b64u(93) + "AA" },
  { p: "ElevenLabs", cat: "ai", slot: "ELEVENLABS_API_KEY", key: "voiceApiKey", hdr: "xi-api-key: ", host: "api.elevenlabs.io", gen: (r) => "sk" + "_" + r.hex(48) },
  { p: "Gemini", cat: "ai", slot: "GEMINI_API_KEY", key: "geminiApiKey", hdr: "x-goog-api-key: ", host: "generativelanguage.googleapis.com", gen: (r) => "AI" + "za" + "Sy" + r.b64u(33) },
  { p: "Convai", cat: "ai", slot: "CONVAI_API_KEY", key: "convaiApiKey", hdr: "CONVAI-API-KEY: ", host: "api.convai.com", gen: (r) => r.hex(32) },
  { p: "Inworld", cat: "ai", slot: "INWORLD_API_SECRET", key: "inworldApiSecret", hdr: "Authorization: Basic ", host: "api.inworld.ai", gen: (r) => r.an(64) },
  { p: "HuggingFace", cat: "ai", slot: "HF_TOKEN", key: "hfToken", host: "huggingface.co", gen: (r) => "h" + "f_" + r.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") },
  // auth
  { p: "Google OAuth", cat: "auth", slot: "GOOGLE_CLIENT_SECRET", key: "clientSecret", host: "oauth2.googleapis.com", gen: (r) => "GOC" + "SPX-" + r.b64u(28) },
  { p: "Google OAuth refresh", cat: "auth", slot: "PLAY_CONSOLE_REFRESH_TOKEN", key: "refreshToken", host: "oauth2.googleapis.com", gen: (r) => "1/" + "/0" + r.pick(["e", "g", "9", "d"]) + r.b64u(99) },
  { p: "Google access token", cat: "auth", slot: "GOOGLE_ACCESS_TOKEN", key: "accessToken", host: "androidpublisher.googleapis.com", gen: (r) => "ya" + "29." + "a0A" + r.b64u(170) },
  { p: "Apple app-specific password", cat: "auth", slot: "FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD", key: "appSpecificPassword", host: "appstoreconnect.apple.com", gen: (r) => [r.lo(4), r.lo(4), r.lo(4), r.lo(4)].join("-") },
  { p: "Sign in with Apple", cat: "auth", slot: "APPLE_CLIENT_SECRET", key: "appleClientSecret", host: "appleid.apple.com", gen: (r) => jwt(r, { alg: "ES256", kid: r.upn(10) }, { iss: r.upn(10), iat: 1796000000 + r.int(99999), exp: 1811000000, aud: "https://appleid.apple.com", sub: "com.studio.tilequest.signin" }, 86) },
  { p: "Epic Online Services", cat: "auth", slot: "EOS_CLIENT_SECRET", key: "clientSecret", host: "api.epicgames.dev", gen: (r) => r.b64u(43) },
  { p: "Facebook", cat: "auth", slot: "FACEBOOK_APP_SECRET", key: "facebookAppSecret", host: "graph.facebook.com", gen: (r) => r.hex(32) },
  // cloud (game backends, asset delivery)
  { p: "PlayFab", cat: "cloud", slot: "PLAYFAB_DEV_SECRET_KEY", key: "developerSecretKey", hdr: "X-SecretKey: ", host: "a1b2c.playfabapi.com", gen: (r) => r.upn(52) },
  { p: "Nakama", cat: "cloud", slot: "NAKAMA_RUNTIME_HTTP_KEY", key: "http_key", host: "nakama.tilequest.gg", gen: (r) => r.an(32) },
  { p: "AWS", cat: "cloud", slot: "AWS_ACCESS_KEY_ID", key: "awsAccessKeyId", host: "s3.eu-west-1.amazonaws.com", gen: (r) => "AK" + "IA" + r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") },
  { p: "AWS", cat: "cloud", slot: "AWS_SECRET_ACCESS_KEY", key: "awsSecretAccessKey", host: "s3.eu-west-1.amazonaws.com", gen: (r) => r.b64(40).replace(/\+/g, "/") },
  { p: "Unity Cloud Content Delivery", cat: "cloud", slot: "UNITY_CCD_API_KEY", key: "ccdApiKey", hdr: "Authorization: Basic ", host: "services.api.unity.com", gen: (r) => r.hex(32) },
  { p: "Unity Services", cat: "cloud", slot: "UNITY_SERVICE_ACCOUNT_SECRET", key: "serviceAccountSecret", host: "services.api.unity.com", gen: (r) => r.b64u(32) },
  { p: "Huawei AppGallery Connect", cat: "cloud", slot: "AGC_CLIENT_SECRET", key: "client_secret", host: "connect-api.cloud.huawei.com", gen: (r) => r.HEX(64) },
  // comms (push)
  { p: "FCM legacy", cat: "comms", slot: "FCM_SERVER_KEY", key: "fcmServerKey", hdr: "Authorization: key=", host: "fcm.googleapis.com", gen: (r) => "AAAA" + r.b64u(7) + ":" + "APA91b" + r.b64u(134) },
  { p: "OneSignal", cat: "comms", slot: "ONESIGNAL_REST_API_KEY", key: "restApiKey", hdr: "Authorization: Key ", host: "api.onesignal.com", gen: (r) => "os" + "_v2_app_" + r.b32(113) },
  { p: "Pusher Beams", cat: "comms", slot: "PUSHER_BEAMS_SECRET_KEY", key: "beamsSecretKey", host: "instance.pushnotifications.pusher.com", gen: (r) => r.HEX(64) },
  { p: "Agora", cat: "comms", slot: "AGORA_APP_CERTIFICATE", key: "appCertificate", host: "api.agora.io", gen: (r) => r.hex(32) },
  { p: "Sendbird", cat: "comms", slot: "SENDBIRD_API_TOKEN", key: "apiToken", hdr: "Api-Token: ", host: "api-1a2b3c.sendbird.com", gen: (r) => r.hex(40) },
  { p: "Discord", cat: "comms", slot: "DISCORD_WEBHOOK_URL", key: "webhookUrl", host: "discord.com", gen: (r) => "https://discord.com/api/" + "webhooks/" + "1" + r.dig(18) + "/" + r.b64u(68) },
  { p: "Airship", cat: "comms", slot: "AIRSHIP_MASTER_SECRET", key: "masterSecret", hdr: "Authorization: Basic ", host: "go.urbanairship.com", gen: (r) => r.b64u(22) },
  // data
  { p: "Firebase RTDB", cat: "data", slot: "FIREBASE_DATABASE_SECRET", key: "auth", host: "tilequest-prod-default-rtdb.firebaseio.com", gen: (r) => r.an(40) },
  { p: "Supabase", cat: "data", slot: "SUPABASE_SERVICE_ROLE_KEY", key: "serviceRoleKey", hdr: "apikey: ", host: "xyzproj.supabase.co", gen: (r) => jwt(r, { alg: "HS256", typ: "JWT" }, { iss: "supabase", ref: r.lo(20), role: "service_role", iat: 1760000000 + r.int(9999999), exp: 2075000000 }) },
  { p: "MongoDB Atlas", cat: "data", slot: "MONGODB_URI", key: "mongoUri", gen: (r) => "mongodb+srv://" + "leaderboard:" + r.an(20) + "@cluster0." + r.lon(5) + ".mongodb.net/game?retryWrites=true&w=majority" },
  { p: "PostgreSQL", cat: "data", slot: "DATABASE_URL", key: "databaseUrl", gen: (r) => "postgres://" + "game_svc:" + r.an(24) + "@db-prod.tilequest.internal:5432/players?sslmode=require" },
  { p: "Redis", cat: "data", slot: "REDIS_URL", key: "redisUrl", gen: (r) => "rediss://" + "default:" + r.an(32) + "@eu1-fancy-koi-" + r.dig(5) + ".upstash.io:6379" },
  { p: "Atlas App Services", cat: "data", slot: "REALM_SERVER_API_KEY", key: "realmApiKey", host: "services.cloud.mongodb.com", gen: (r) => r.an(64) },
  { p: "Algolia", cat: "data", slot: "ALGOLIA_ADMIN_API_KEY", key: "algoliaAdminKey", hdr: "X-Algolia-API-Key: ", host: "ABC123XYZ.algolia.net", gen: (r) => r.hex(32) },
  // devtools (mobile CI)
  { p: "GitHub", cat: "devtools", slot: "MATCH_GIT_TOKEN", key: "gpr.key", host: "api.github.com", gen: (r) => "gh" + "p_" + r.an(36) },
  { p: "Expo", cat: "devtools", slot: "EXPO_TOKEN", key: "expoToken", host: "api.expo.dev", gen: (r) => r.b64u(40) },
  { p: "Codemagic", cat: "devtools", slot: "CM_API_TOKEN", key: "codemagicToken", hdr: "x-auth-token: ", host: "api.codemagic.io", gen: (r) => r.b64u(43) },
  { p: "App Center", cat: "devtools", slot: "APPCENTER_API_TOKEN", key: "appCenterToken", hdr: "X-API-Token: ", host: "api.appcenter.ms", gen: (r) => r.hex(40) },
  { p: "Unity license", cat: "devtools", slot: "UNITY_SERIAL", key: "unitySerial", gen: (r) => "E3-" + [r.upn(4), r.upn(4), r.upn(4), r.upn(4), r.upn(4)].join("-") },
  { p: "fastlane match", cat: "devtools", slot: "MATCH_PASSWORD", key: "matchPassword", gen: (r) => r.pw(22) },
  { p: "Firebase CLI", cat: "devtools", slot: "FIREBASE_TOKEN", key: "firebaseToken", host: "firebaseappdistribution.googleapis.com", gen: (r) => "1/" + "/0" + r.pick(["9", "g"]) + r.b64u(99) },
  // observability (crash reporting, analytics)
  { p: "Sentry org token", cat: "observability", slot: "SENTRY_AUTH_TOKEN", key: "authToken", host: "sentry.io", gen: (r) => "sntry" + "s_" + b64url(JSON.stringify({ iat: 1790000000 + r.int(9999999), url: "https://sentry.io", region_url: "https://de.sentry.io", org: "tilequest" })) + "_" + r.b64u(43) },
  { p: "Sentry user token", cat: "observability", slot: "SENTRY_AUTH_TOKEN", key: "sentryAuthToken", host: "sentry.io", gen: (r) => "sntry" + "u_" + r.hex(64) },
  { p: "Datadog", cat: "observability", slot: "DD_API_KEY", key: "datadogApiKey", hdr: "DD-API-KEY: ", host: "api.datadoghq.eu", gen: (r) => r.hex(32) },
  { p: "Backtrace", cat: "observability", slot: "BACKTRACE_API_TOKEN", key: "backtraceToken", hdr: "X-Token: ", host: "tilequest.sp.backtrace.io", gen: (r) => r.hex(64) },
  { p: "Embrace", cat: "observability", slot: "EMBRACE_API_TOKEN", key: "embraceApiToken", host: "dsym-store.emb-api.com", gen: (r) => r.hex(32) },
  { p: "PostHog", cat: "observability", slot: "POSTHOG_PERSONAL_API_KEY", key: "personalApiKey", host: "eu.posthog.com", gen: (r) => "ph" + "x_" + r.an(43) },
  { p: "Amplitude", cat: "observability", slot: "AMPLITUDE_SECRET_KEY", key: "amplitudeSecretKey", hdr: "Authorization: Basic ", host: "amplitude.com", gen: (r) => r.hex(32) },
  // payment (IAP, stores)
  { p: "Apple IAP", cat: "payment", slot: "APPLE_IAP_SHARED_SECRET", key: "password", host: "buy.itunes.apple.com", gen: (r) => r.hex(32) },
  { p: "RevenueCat", cat: "payment", slot: "REVENUECAT_SECRET_KEY", key: "revenuecatSecret", host: "api.revenuecat.com", gen: (r) => "sk" + "_" + r.an(28) },
  { p: "Adapty", cat: "payment", slot: "ADAPTY_SECRET_KEY", key: "adaptySecretKey", hdr: "Authorization: Api-Key ", host: "api.adapty.io", gen: (r) => "secret" + "_live_" + r.an(8) + "." + r.an(32) },
  { p: "Stripe", cat: "payment", slot: "STRIPE_SECRET_KEY", key: "stripeSecretKey", host: "api.stripe.com", gen: (r) => "sk" + "_live_" + r.an(r.pick([24, 99])) },
  { p: "Stripe webhook", cat: "payment", slot: "STRIPE_WEBHOOK_SECRET", key: "webhookSecret", gen: (r) => "wh" + "sec_" + r.an(32) },
  { p: "Xsolla", cat: "payment", slot: "XSOLLA_API_KEY", key: "xsollaApiKey", hdr: "Authorization: Basic ", host: "store.xsolla.com", gen: (r) => r.hex(40) },
  { p: "Tebex", cat: "payment", slot: "TEBEX_SECRET", key: "tebexSecret", hdr: "X-Tebex-Secret: ", host: "plugin.tebex.io", gen: (r) => r.hex(40) },
  // saas (ads, attribution, maps, localisation, platforms)
  { p: "Mapbox", cat: "saas", slot: "MAPBOX_DOWNLOADS_TOKEN", key: "MAPBOX_DOWNLOADS_TOKEN", host: "api.mapbox.com", gen: (r) => "sk" + "." + b64url(JSON.stringify({ u: "tilequest-" + r.lo(5), a: r.lon(25) })) + "." + r.b64u(22) },
  { p: "AppsFlyer", cat: "saas", slot: "APPSFLYER_API_TOKEN", key: "appsflyerApiToken", host: "hq1.appsflyer.com", gen: (r) => jwt(r, { alg: "A256KW", enc: "A256GCM", zip: "DEF" }, { account_id: r.hex(24), aud: "hq1", sub: r.uuid() }) },
  { p: "Adjust", cat: "saas", slot: "ADJUST_API_TOKEN", key: "adjustApiToken", hdr: "Authorization: Token token=", host: "automate.adjust.com", gen: (r) => r.b64u(20) },
  { p: "Branch", cat: "saas", slot: "BRANCH_SECRET", key: "branch_secret", host: "api2.branch.io", gen: (r) => "secret" + "_live_" + r.an(32) },
  { p: "ironSource", cat: "saas", slot: "IRONSOURCE_SECRET_KEY", key: "ironSourceSecretKey", host: "platform.ironsrc.com", gen: (r) => r.hex(32) },
  { p: "AppLovin", cat: "saas", slot: "APPLOVIN_REPORT_KEY", key: "applovinReportKey", host: "r.applovin.com", gen: (r) => r.b64u(86) },
  { p: "Steam Web API", cat: "saas", slot: "STEAM_WEB_API_KEY", key: "steamApiKey", host: "partner.steam-api.com", gen: (r) => r.HEX(32) },
  { p: "Crowdin", cat: "saas", slot: "CROWDIN_PERSONAL_TOKEN", key: "crowdinToken", host: "api.crowdin.com", gen: (r) => r.hex(80) },
];

export const cases: CorpusCase[] = rotate(r, specs, 3, "y145-t", P, 0);
