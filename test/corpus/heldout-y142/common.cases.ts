// heldout-y142 common providers: positives, each rotated through the shared renderers of _gen.ts.
// Every value is assembled at run time (split prefix + SeededRng body, seed 142001).
import type { CorpusCase } from "../types.ts";
import { Gen, b64, buildCases, type Spec } from "./_gen.ts";

const g = new Gen(142001);

const sk = "sk";
const live = "_live_";
const T3 = ["T3Blbk", "FJ"].join("");

const specs: Spec[] = [
  // ---- AI SDK keys
  { p: "OpenAI", cat: "ai", env: "OPENAI_API_KEY", d: "project API key", api: "https://api.openai.com/v1/chat/completions", v: (g) => g.j(sk, "-proj-", g.b64u(74), T3, g.b64u(74)) },
  { p: "Anthropic", cat: "ai", env: "ANTHROPIC_API_KEY", d: "API key", h: "x-api-key: {v}", api: "https://api.anthropic.com/v1/messages", v: (g) => g.j(sk, "-ant-", "api03-", g.b64u(93), "AA") },
  { p: "Google Gemini", cat: "ai", env: "GOOGLE_GENERATIVE_AI_API_KEY", d: "API key (AI SDK)", h: "x-goog-api-key: {v}", q: "key", api: "https://generativelanguage.googleapis.com/v1beta/models/gemini-1.5-flash:generateContent", v: (g) => g.j("AI", "za", g.b64u(35)) },
  { p: "Groq", cat: "ai", env: "GROQ_API_KEY", d: "API key", api: "https://api.groq.com/openai/v1/chat/completions", v: (g) => g.j("gs", "k_", g.an(52)) },
  { p: "xAI", cat: "ai", env: "XAI_API_KEY", d: "API key", api: "https://api.x.ai/v1/chat/completions", v: (g) => g.j("xa", "i-", g.an(80)) },
  { p: "Mistral", cat: "ai", env: "MISTRAL_API_KEY", d: "API key", api: "https://api.mistral.ai/v1/chat/completions", v: (g) => g.an(32) },
  { p: "Perplexity", cat: "ai", env: "PERPLEXITY_API_KEY", d: "API key", api: "https://api.perplexity.ai/chat/completions", v: (g) => g.j("pp", "lx-", g.an(48)) },
  { p: "OpenRouter", cat: "ai", env: "OPENROUTER_API_KEY", d: "API key", api: "https://openrouter.ai/api/v1/chat/completions", v: (g) => g.j(sk, "-or-", "v1-", g.hex(64)) },
  { p: "DeepSeek", cat: "ai", env: "DEEPSEEK_API_KEY", d: "API key", api: "https://api.deepseek.com/chat/completions", v: (g) => g.j(sk, "-", g.hex(32)) },
  { p: "Hugging Face", cat: "ai", env: "HF_TOKEN", d: "user access token", api: "https://api-inference.huggingface.co/models/BAAI/bge-small-en-v1.5", v: (g) => g.j("h", "f_", g.an(34)) },
  { p: "Replicate", cat: "ai", env: "REPLICATE_API_TOKEN", d: "API token", api: "https://api.replicate.com/v1/predictions", v: (g) => g.j("r", "8_", g.an(37)) },
  { p: "Cohere", cat: "ai", env: "COHERE_API_KEY", d: "API key", api: "https://api.cohere.com/v2/rerank", v: (g) => g.an(40) },
  { p: "Together AI", cat: "ai", env: "TOGETHER_API_KEY", d: "API key", api: "https://api.together.xyz/v1/chat/completions", v: (g) => g.j("tgp", "_v1_", g.b64u(43)) },
  { p: "Fireworks AI", cat: "ai", env: "FIREWORKS_API_KEY", d: "API key", api: "https://api.fireworks.ai/inference/v1/chat/completions", v: (g) => g.j("f", "w_", g.an(24)) },
  { p: "ElevenLabs", cat: "ai", env: "ELEVENLABS_API_KEY", d: "API key", h: "xi-api-key: {v}", api: "https://api.elevenlabs.io/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM", v: (g) => g.j(sk, "_", g.hex(48)) },
  { p: "Azure OpenAI", cat: "ai", env: "AZURE_OPENAI_API_KEY", d: "resource key", h: "api-key: {v}", api: "https://web-prod-oai.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-06-01", v: (g) => g.hex(32), co: (g) => [["AZURE_OPENAI_ENDPOINT", `https://${g.slug()}-oai.openai.azure.com/`]] },
  { p: "OpenAI", cat: "ai", env: "OPENAI_API_KEY", d: "service-account key", api: "https://api.openai.com/v1/embeddings", v: (g) => g.j(sk, "-svcacct-", g.b64u(74), T3, g.b64u(74)) },
  { p: "LangSmith", cat: "ai", env: "LANGSMITH_API_KEY", d: "personal access token", h: "x-api-key: {v}", api: "https://api.smith.langchain.com/runs", v: (g) => g.j("lsv2", "_pt_", g.hex(32), "_", g.hex(10)) },
  { p: "Pinecone", cat: "data", env: "PINECONE_API_KEY", d: "API key", h: "Api-Key: {v}", api: "https://products-abc1234.svc.aped-4627-b74a.pinecone.io/query", v: (g) => g.j("pc", "sk_", g.an(5), "_", g.an(63)) },

  // ---- auth
  { p: "Clerk", cat: "auth", env: "CLERK_SECRET_KEY", d: "secret key", api: "https://api.clerk.com/v1/users", v: (g) => g.j(sk, live, g.an(42)), co: (g) => [["NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", g.j("pk", live, b64(`clerk.${g.domain()}$`).replace(/=+$/, ""))]] },
  { p: "Clerk", cat: "auth", env: "CLERK_WEBHOOK_SIGNING_SECRET", d: "Svix webhook signing secret", kind: "cfg", v: (g) => g.j("whs", "ec_", g.b64bytes(24)) },
  { p: "Auth0", cat: "auth", env: "AUTH0_CLIENT_SECRET", d: "application client secret", kind: "cfg", v: (g) => g.b64u(64), co: (g) => [["AUTH0_ISSUER_BASE_URL", `https://${g.slug()}.us.auth0.com`], ["AUTH0_CLIENT_ID", g.an(32)]] },
  { p: "Auth0", cat: "auth", env: "AUTH0_SECRET", d: "nextjs-auth0 cookie secret", kind: "cfg", v: (g) => g.hex(64), co: (g) => [["AUTH0_BASE_URL", `https://${g.domain()}`]] },
  { p: "Auth0", cat: "auth", env: "AUTH0_MANAGEMENT_API_TOKEN", d: "Management API access token (JWT)", api: "https://brave-otter.eu.auth0.com/api/v2/users", v: (g) => g.jwt({ iss: "https://brave-otter.eu.auth0.com/", sub: `${g.an(32)}@clients`, aud: "https://brave-otter.eu.auth0.com/api/v2/", iat: 1767225600, exp: 1769817600, scope: "read:users update:users delete:users", gty: "client-credentials" }, "RS256", 342) },
  { p: "NextAuth", cat: "auth", env: "NEXTAUTH_SECRET", d: "JWT/cookie encryption secret", kind: "cfg", v: (g) => g.b64bytes(32), co: (g) => [["NEXTAUTH_URL", `https://${g.domain()}`]] },
  { p: "Auth.js", cat: "auth", env: "AUTH_SECRET", d: "session secret (npx auth secret)", kind: "cfg", v: (g) => g.b64bytes(32) },
  { p: "GitHub OAuth app", cat: "auth", env: "AUTH_GITHUB_SECRET", d: "client secret", kind: "cfg", v: (g) => g.hex(40), co: (g) => [["AUTH_GITHUB_ID", g.j("Ov23li", g.an(14))]] },
  { p: "Google OAuth", cat: "auth", env: "AUTH_GOOGLE_SECRET", d: "client secret", kind: "cfg", v: (g) => g.j("GOC", "SPX-", g.b64u(28)), co: (g) => [["AUTH_GOOGLE_ID", `${g.dig(12)}-${g.lan(32)}.apps.googleusercontent.com`]] },
  { p: "Microsoft Entra ID", cat: "auth", env: "AUTH_MICROSOFT_ENTRA_ID_SECRET", d: "client secret", kind: "cfg", v: (g) => g.j(g.an(3), g.dig(1), "Q~", g.str(34, `${"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"}_.-~`)), co: (g) => [["AUTH_MICROSOFT_ENTRA_ID_ID", g.uuid()], ["AUTH_MICROSOFT_ENTRA_ID_ISSUER", `https://login.microsoftonline.com/${g.uuid()}/v2.0`]] },
  { p: "Okta", cat: "auth", env: "OKTA_API_TOKEN", d: "API token", h: "Authorization: SSWS {v}", api: "https://dev-81234567.okta.com/api/v1/users?limit=25", v: (g) => g.j("00", g.b64u(40)) },
  { p: "Supabase", cat: "auth", env: "SUPABASE_JWT_SECRET", d: "project JWT secret", kind: "cfg", v: (g) => g.b64bytes(48) },

  // ---- payments and commerce
  { p: "Stripe", cat: "payment", env: "STRIPE_SECRET_KEY", d: "live secret key", api: "https://api.stripe.com/v1/checkout/sessions", v: (g) => g.j(sk, live, "51", g.an(97)) },
  { p: "Stripe", cat: "payment", env: "STRIPE_RESTRICTED_KEY", d: "live restricted key", api: "https://api.stripe.com/v1/charges?limit=10", v: (g) => g.j("r", "k", live, "51", g.an(97)) },
  { p: "Stripe", cat: "payment", env: "STRIPE_WEBHOOK_SECRET", d: "webhook signing secret", kind: "cfg", v: (g) => g.j("whs", "ec_", g.an(32)) },
  { p: "PayPal", cat: "payment", env: "PAYPAL_CLIENT_SECRET", d: "live REST client secret", b: true, api: "https://api-m.paypal.com/v1/oauth2/token", v: (g) => g.j("E", g.b64u(79)), co: (g) => [["PAYPAL_CLIENT_ID", g.j("A", g.b64u(79))]] },
  { p: "Square", cat: "payment", env: "SQUARE_ACCESS_TOKEN", d: "production access token", api: "https://connect.squareup.com/v2/payments", v: (g) => g.j("EA", "AA", g.b64u(60)) },
  { p: "Braintree", cat: "payment", env: "BRAINTREE_PRIVATE_KEY", d: "private key", b: true, api: "https://api.braintreegateway.com/merchants/abc/transactions", v: (g) => g.hex(32), co: (g) => [["BRAINTREE_PUBLIC_KEY", g.lan(16)], ["BRAINTREE_MERCHANT_ID", g.lan(16)]] },
  { p: "Shopify", cat: "payment", env: "SHOPIFY_ADMIN_ACCESS_TOKEN", d: "Admin API access token", h: "X-Shopify-Access-Token: {v}", api: "https://northwind-store.myshopify.com/admin/api/2024-07/graphql.json", v: (g) => g.j("shp", "at_", g.hex(32)) },
  { p: "Adyen", cat: "payment", env: "ADYEN_API_KEY", d: "live API key", h: "X-API-Key: {v}", api: "https://checkout-live.adyenpayments.com/checkout/v71/sessions", v: (g) => g.j("AQE", g.b64s(81), "==-", g.b64s(43), "=-", g.an(16)) },

  // ---- comms and mail
  { p: "Slack", cat: "comms", env: "SLACK_BOT_TOKEN", d: "bot token", api: "https://slack.com/api/chat.postMessage", v: (g) => g.j("xo", "xb-", g.dig(12), "-", g.dig(13), "-", g.an(24)) },
  { p: "Slack", cat: "comms", env: "SLACK_USER_TOKEN", d: "user token", api: "https://slack.com/api/users.list", v: (g) => g.j("xo", "xp-", g.dig(12), "-", g.dig(12), "-", g.dig(13), "-", g.hex(32)) },
  { p: "Slack", cat: "comms", env: "SLACK_WEBHOOK_URL", d: "incoming webhook URL", kind: "url", v: (g) => g.j("https://hooks.slack.com/services/", "T", g.uan(10), "/B", g.uan(10), "/", g.an(24)) },
  { p: "Slack", cat: "comms", env: "SLACK_APP_TOKEN", d: "app-level token", kind: "cfg", v: (g) => g.j("xa", "pp-1-", "A", g.uan(10), "-", g.dig(13), "-", g.hex(64)) },
  { p: "Slack", cat: "comms", env: "SLACK_SIGNING_SECRET", d: "signing secret", kind: "cfg", v: (g) => g.hex(32) },
  { p: "Discord", cat: "comms", env: "DISCORD_BOT_TOKEN", d: "bot token", h: "Authorization: Bot {v}", api: "https://discord.com/api/v10/channels/1187654321098765432/messages", v: (g) => g.j(b64(g.dig(19)).replace(/=+$/, ""), ".", g.b64u(6), ".", g.b64u(38)) },
  { p: "Discord", cat: "comms", env: "DISCORD_WEBHOOK_URL", d: "webhook URL", kind: "url", v: (g) => g.j("https://discord.com/api/", "webhooks/", g.dig(19), "/", g.b64u(68)) },
  { p: "Telegram", cat: "comms", env: "TELEGRAM_BOT_TOKEN", d: "bot token", api: "https://api.telegram.org/bot{v}/sendMessage", v: (g) => g.j(g.dig(10), ":AA", g.b64u(33)) },
  { p: "Twilio", cat: "comms", env: "TWILIO_AUTH_TOKEN", d: "auth token", b: true, api: "https://api.twilio.com/2010-04-01/Accounts/{u}/Messages.json", v: (g) => g.hex(32), co: (g) => [["TWILIO_ACCOUNT_SID", g.j("A", "C", g.hex(32))]] },
  { p: "Twilio", cat: "comms", env: "TWILIO_API_SECRET", d: "API key secret", b: true, api: "https://verify.twilio.com/v2/Services", v: (g) => g.an(32), co: (g) => [["TWILIO_API_KEY", g.j("S", "K", g.hex(32))]] },
  { p: "SendGrid", cat: "comms", env: "SENDGRID_API_KEY", d: "API key", api: "https://api.sendgrid.com/v3/mail/send", v: (g) => g.j("S", "G.", g.b64u(22), ".", g.b64u(43)) },
  { p: "Resend", cat: "comms", env: "RESEND_API_KEY", d: "API key", api: "https://api.resend.com/emails", v: (g) => g.j("r", "e_", g.an(8), "_", g.an(24)) },
  { p: "Postmark", cat: "comms", env: "POSTMARK_SERVER_TOKEN", d: "server API token", h: "X-Postmark-Server-Token: {v}", api: "https://api.postmarkapp.com/email", v: (g) => g.uuid() },
  { p: "Mailgun", cat: "comms", env: "MAILGUN_API_KEY", d: "private API key", b: "api", api: "https://api.mailgun.net/v3/mg.lumenhq.io/messages", v: (g) => g.j(g.hex(32), "-", g.hex(8), "-", g.hex(8)), co: (g) => [["MAILGUN_DOMAIN", `mg.${g.domain()}`]] },
  { p: "Mailchimp", cat: "comms", env: "MAILCHIMP_API_KEY", d: "Marketing API key", b: "anystring", api: "https://us21.api.mailchimp.com/3.0/lists", v: (g) => g.j(g.hex(32), "-us", String(g.range(2, 21))) },
  { p: "Brevo", cat: "comms", env: "BREVO_API_KEY", d: "API v3 key", h: "api-key: {v}", api: "https://api.brevo.com/v3/smtp/email", v: (g) => g.j("xkey", "sib-", g.hex(64), "-", g.an(16)) },
  { p: "Microsoft Teams", cat: "comms", env: "TEAMS_WEBHOOK_URL", d: "incoming webhook URL", kind: "url", v: (g) => g.j("https://", g.low(8), ".webhook.office.com/webhookb2/", g.uuid(), "@", g.uuid(), "/IncomingWebhook/", g.hex(32), "/", g.uuid()) },
  { p: "Pusher", cat: "comms", env: "PUSHER_SECRET", d: "Channels app secret", kind: "cfg", v: (g) => g.hex(20), co: (g) => [["PUSHER_APP_ID", g.dig(7)], ["NEXT_PUBLIC_PUSHER_KEY", g.hex(20)]] },

  // ---- cloud and hosting
  { p: "AWS", cat: "cloud", env: "AWS_SECRET_ACCESS_KEY", d: "IAM access key pair", kind: "cfg", v: (g) => g.b64s(40), co: (g) => [["AWS_ACCESS_KEY_ID", g.j("AK", "IA", g.b32(16))], ["AWS_REGION", g.pick(["us-east-1", "eu-west-1", "eu-central-1"])]] },
  { p: "AWS", cat: "cloud", env: "AWS_SESSION_TOKEN", d: "STS temporary credentials", kind: "cfg", v: (g) => g.j("IQoJb3JpZ2luX2Vj", g.b64s(340), "="), co: (g) => [["AWS_ACCESS_KEY_ID", g.j("AS", "IA", g.b32(16))], ["AWS_SECRET_ACCESS_KEY", g.b64s(40)]] },
  { p: "Google Maps Platform", cat: "cloud", env: "GOOGLE_PLACES_SERVER_KEY", d: "server-side API key (Places proxy route)", api: "https://maps.googleapis.com/maps/api/place/textsearch/json?query=coffee&key={v}", v: (g) => g.j("AI", "za", g.b64u(35)) },
  { p: "Google Cloud", cat: "cloud", env: "GOOGLE_OAUTH_ACCESS_TOKEN", d: "OAuth access token", api: "https://storage.googleapis.com/storage/v1/b/assets-prod/o", v: (g) => g.j("ya", "29.", "a0", g.b64u(160)) },
  { p: "Azure Storage", cat: "cloud", env: "AZURE_STORAGE_CONNECTION_STRING", d: "connection string with account key", kind: "cfg", v: (g) => `DefaultEndpointsProtocol=https;AccountName=${g.low(10)}media;AccountKey=${g.b64bytes(64)};EndpointSuffix=core.windows.net` },
  { p: "Azure Storage", cat: "cloud", env: "AZURE_STORAGE_ACCOUNT_KEY", d: "account key", kind: "cfg", v: (g) => g.b64bytes(64), co: (g) => [["AZURE_STORAGE_ACCOUNT_NAME", `${g.low(8)}assets`]] },
  { p: "Cloudflare", cat: "cloud", env: "CLOUDFLARE_API_TOKEN", d: "API token", api: "https://api.cloudflare.com/client/v4/accounts/{u}/workers/scripts", v: (g) => g.b64u(40), co: (g) => [["CLOUDFLARE_ACCOUNT_ID", g.hex(32)]] },
  { p: "Cloudflare", cat: "cloud", env: "CLOUDFLARE_API_KEY", d: "global API key", h: "X-Auth-Key: {v}", api: "https://api.cloudflare.com/client/v4/zones", v: (g) => g.hex(37), co: (g) => [["CLOUDFLARE_EMAIL", `ops@${g.domain()}`]] },
  { p: "Cloudflare R2", cat: "cloud", env: "R2_SECRET_ACCESS_KEY", d: "S3-compatible secret", kind: "cfg", v: (g) => g.hex(64), co: (g) => [["R2_ACCESS_KEY_ID", g.hex(32)], ["R2_ENDPOINT", `https://${g.hex(32)}.r2.cloudflarestorage.com`]] },
  { p: "DigitalOcean", cat: "cloud", env: "DIGITALOCEAN_ACCESS_TOKEN", d: "personal access token", api: "https://api.digitalocean.com/v2/apps", v: (g) => g.j("do", "p_v1_", g.hex(64)) },
  { p: "Fly.io", cat: "cloud", env: "FLY_API_TOKEN", d: "deploy token", h: "Authorization: {v}", api: "https://api.machines.dev/v1/apps/edge-api/machines", v: (g) => g.j("Fly", "V1 ", "fm2_", g.b64s(220), ",fm2_", g.b64s(180)) },
  { p: "Firebase CLI", cat: "cloud", env: "FIREBASE_TOKEN", d: "CI refresh token", kind: "cfg", v: (g) => g.j("1//", "0", g.b64u(99)) },
  { p: "Vercel Blob", cat: "data", env: "BLOB_READ_WRITE_TOKEN", d: "read-write token", api: "https://blob.vercel-storage.com/avatars/user-42.png", v: (g) => g.j("vercel", "_blob_rw_", g.an(16), "_", g.an(30)) },
  { p: "Azure AD", cat: "cloud", env: "AZURE_CLIENT_SECRET", d: "service principal secret", kind: "cfg", v: (g) => g.j(g.an(3), g.dig(1), "Q~", g.b64u(34)), co: (g) => [["AZURE_TENANT_ID", g.uuid()], ["AZURE_CLIENT_ID", g.uuid()]] },

  // ---- databases and data platforms
  { p: "Neon", cat: "data", env: "DATABASE_URL", d: "Postgres URL with password", kind: "cfg", v: (g) => `postgresql://neondb_owner:${g.j("np", "g_", g.an(12))}@ep-${g.slug()}-${g.lan(8)}-pooler.us-east-2.aws.neon.tech/neondb?sslmode=require` },
  { p: "Supabase", cat: "data", env: "DATABASE_URL", d: "pooler URL with password", kind: "cfg", v: (g) => `postgresql://postgres.${g.low(20)}:${g.an(18)}@aws-0-us-east-1.pooler.supabase.com:6543/postgres?pgbouncer=true` },
  { p: "Supabase", cat: "data", env: "SUPABASE_SERVICE_ROLE_KEY", d: "service_role JWT", h: "apikey: {v}", api: "https://qwertyuiopasdfghjklz.supabase.co/rest/v1/orders?select=*", v: (g) => g.jwt({ iss: "supabase", ref: g.low(20), role: "service_role", iat: 1712000000, exp: 2027576000 }), co: (g) => [["NEXT_PUBLIC_SUPABASE_URL", `https://${g.low(20)}.supabase.co`]] },
  { p: "Supabase", cat: "data", env: "SUPABASE_SECRET_KEY", d: "secret API key", h: "apikey: {v}", api: "https://zxcvbnmlkjhgfdsapoiu.supabase.co/rest/v1/profiles", v: (g) => g.j("sb", "_secret_", g.b64u(31)) },
  { p: "PlanetScale", cat: "data", env: "DATABASE_URL", d: "MySQL URL with password", kind: "cfg", v: (g) => `mysql://${g.lan(12)}:${g.j("pscale", "_pw_", g.b64u(43))}@aws.connect.psdb.cloud/${g.app()}?sslaccept=strict` },
  { p: "MongoDB Atlas", cat: "data", env: "MONGODB_URI", d: "SRV URI with password", kind: "cfg", v: (g) => `mongodb+srv://app-${g.low(5)}:${g.an(16)}@cluster0.${g.lan(5)}.mongodb.net/${g.app()}?retryWrites=true&w=majority` },
  { p: "Upstash Redis", cat: "data", env: "UPSTASH_REDIS_REST_TOKEN", d: "REST token", api: "https://calm-otter-41234.upstash.io/set/session/abc", v: (g) => g.j("A", g.pick(["X", "Y", "Z"]), g.b64u(2), "ASQg", g.b64u(60)), co: (g) => [["UPSTASH_REDIS_REST_URL", `https://${g.slug()}-${g.dig(5)}.upstash.io`]] },
  { p: "Upstash Redis", cat: "data", env: "KV_URL", d: "rediss URL with password", kind: "cfg", v: (g) => `rediss://default:${g.j("A", "X", g.b64u(60))}@${g.slug()}-${g.dig(5)}.upstash.io:6379` },
  { p: "Redis Cloud", cat: "data", env: "REDIS_URL", d: "URL with password", kind: "cfg", v: (g) => `redis://default:${g.an(32)}@redis-${g.dig(5)}.c${g.dig(3)}.us-east-1-4.ec2.redns.redis-cloud.com:${g.dig(5)}` },
  { p: "Turso", cat: "data", env: "TURSO_AUTH_TOKEN", d: "database auth token (JWT)", kind: "cfg", v: (g) => g.jwt({ a: "rw", iat: 1719000000, id: g.uuid() }, "EdDSA", 86), co: (g) => [["TURSO_DATABASE_URL", `libsql://${g.app()}-${g.slug()}.turso.io`]] },
  { p: "Prisma Accelerate", cat: "data", env: "DATABASE_URL", d: "Accelerate connection string with API key", kind: "cfg", v: (g) => `prisma://accelerate.prisma-data.net/?api_key=${g.jwt({ tenant_id: g.hex(64), internal_secret: g.uuid() })}` },
  { p: "Convex", cat: "data", env: "CONVEX_DEPLOY_KEY", d: "production deploy key", kind: "cfg", v: (g) => g.j("prod:", g.slug(), "-", g.dig(3), "|", "eyJ2MiI6I", g.b64u(72)) },
  { p: "Algolia", cat: "saas", env: "ALGOLIA_ADMIN_API_KEY", d: "admin API key", h: "X-Algolia-API-Key: {v}", api: "https://ABCD1234EF-dsn.algolia.net/1/indexes/products/batch", v: (g) => g.hex(32), co: (g) => [["NEXT_PUBLIC_ALGOLIA_APP_ID", g.uan(10)]] },
  { p: "Amazon RDS", cat: "data", env: "DATABASE_URL", d: "Postgres URL with password", kind: "cfg", v: (g) => `postgres://app_user:${g.an(24)}@${g.app()}.${g.lan(12)}.us-east-1.rds.amazonaws.com:5432/app` },

  // ---- developer tooling
  { p: "GitHub", cat: "devtools", env: "GITHUB_TOKEN", d: "classic PAT", h: "Authorization: token {v}", api: "https://api.github.com/repos/acme/web/dispatches", v: (g) => g.j("gh", "p_", g.an(36)) },
  { p: "GitHub", cat: "devtools", env: "GH_TOKEN", d: "fine-grained PAT", api: "https://api.github.com/repos/acme/web/actions/workflows/deploy.yml/dispatches", v: (g) => g.j("github", "_pat_", "11", g.uan(20), "_", g.an(59)) },
  { p: "GitHub", cat: "devtools", env: "GITHUB_OAUTH_TOKEN", d: "OAuth user token", api: "https://api.github.com/user/repos", v: (g) => g.j("gh", "o_", g.an(36)) },
  { p: "GitHub", cat: "devtools", env: "GITHUB_APP_INSTALLATION_TOKEN", d: "installation token", api: "https://api.github.com/repos/acme/web/issues", v: (g) => g.j("gh", "s_", g.an(36)) },
  { p: "GitLab", cat: "devtools", env: "GITLAB_TOKEN", d: "personal access token", h: "PRIVATE-TOKEN: {v}", api: "https://gitlab.com/api/v4/projects/4512345/pipeline", v: (g) => g.j("glp", "at-", g.b64u(20)) },
  { p: "npm", cat: "devtools", env: "NPM_TOKEN", d: "automation token", api: "https://registry.npmjs.org/-/whoami", v: (g) => g.j("np", "m_", g.an(36)) },
  { p: "Docker Hub", cat: "devtools", env: "DOCKERHUB_TOKEN", d: "personal access token", kind: "cfg", v: (g) => g.j("dckr", "_pat_", g.b64u(27)), co: (g) => [["DOCKERHUB_USERNAME", g.slug().replace("-", "")]] },
  { p: "Doppler", cat: "devtools", env: "DOPPLER_TOKEN", d: "service token", api: "https://api.doppler.com/v3/configs/config/secrets/download?format=json", v: (g) => g.j("dp", ".st.", "prd.", g.an(40)) },
  { p: "Terraform Cloud", cat: "devtools", env: "TF_API_TOKEN", d: "user API token", api: "https://app.terraform.io/api/v2/organizations/acme/workspaces", v: (g) => g.j(g.an(14), ".atlas", "v1.", g.b64u(67)) },
  { p: "Vercel", cat: "devtools", env: "VERCEL_TOKEN", d: "access token", api: "https://api.vercel.com/v13/deployments", v: (g) => g.an(24), co: (g) => [["VERCEL_ORG_ID", g.j("team_", g.an(24))], ["VERCEL_PROJECT_ID", g.j("prj_", g.an(28))]] },
  { p: "Netlify", cat: "devtools", env: "NETLIFY_AUTH_TOKEN", d: "personal access token", api: "https://api.netlify.com/api/v1/sites", v: (g) => g.j("nf", "p_", g.an(36), g.hex(4)), co: (g) => [["NETLIFY_SITE_ID", g.uuid()]] },
  { p: "Postman", cat: "devtools", env: "POSTMAN_API_KEY", d: "API key", h: "X-Api-Key: {v}", api: "https://api.getpostman.com/collections", v: (g) => g.j("PM", "AK-", g.hex(24), "-", g.hex(34)) },
  { p: "CircleCI", cat: "devtools", env: "CIRCLECI_TOKEN", d: "personal API token", h: "Circle-Token: {v}", api: "https://circleci.com/api/v2/project/gh/acme/web/pipeline", v: (g) => g.j("CCI", "PAT_", g.an(22), "_", g.hex(40)) },
  { p: "Sentry", cat: "observability", env: "SENTRY_AUTH_TOKEN", d: "organization auth token", kind: "cfg", v: (g) => g.j("snt", "rys_", Buffer.from(JSON.stringify({ iat: 1719000000.1, url: "https://sentry.io", region_url: "https://us.sentry.io", org: g.slug() })).toString("base64").replace(/=+$/, ""), "_", g.b64s(43)) },
  { p: "Sentry", cat: "observability", env: "SENTRY_AUTH_TOKEN", d: "user auth token", api: "https://sentry.io/api/0/organizations/acme/releases/", v: (g) => g.j("snt", "ryu_", g.hex(64)) },
  { p: "Inngest", cat: "devtools", env: "INNGEST_SIGNING_KEY", d: "production signing key", kind: "cfg", v: (g) => g.j("signkey", "-prod-", g.hex(64)), co: (g) => [["INNGEST_EVENT_KEY", g.b64u(86)]] },
  { p: "Trigger.dev", cat: "devtools", env: "TRIGGER_SECRET_KEY", d: "production secret key", api: "https://api.trigger.dev/api/v1/tasks/send-welcome/trigger", v: (g) => g.j("tr", "_prod_", g.an(20)) },
  { p: "Linear", cat: "saas", env: "LINEAR_API_KEY", d: "personal API key", h: "Authorization: {v}", api: "https://api.linear.app/graphql", v: (g) => g.j("lin", "_api_", g.an(40)) },
  { p: "Figma", cat: "saas", env: "FIGMA_ACCESS_TOKEN", d: "personal access token", h: "X-Figma-Token: {v}", api: "https://api.figma.com/v1/files/AbCdEf123/variables/local", v: (g) => g.j("fi", "gd_", g.b64u(40)) },
  { p: "Atlassian", cat: "saas", env: "JIRA_API_TOKEN", d: "API token", b: true, api: "https://acme.atlassian.net/rest/api/3/issue", v: (g) => g.j("ATATT", "3xFfGF0", g.b64u(170), "=", g.uhex(8)), co: (g) => [["JIRA_EMAIL", `dev@${g.domain()}`]] },

  // ---- observability and analytics
  { p: "Datadog", cat: "observability", env: "DD_API_KEY", d: "API key", h: "DD-API-KEY: {v}", api: "https://http-intake.logs.datadoghq.com/api/v2/logs", v: (g) => g.hex(32), co: (g) => [["DD_SITE", "datadoghq.com"]] },
  { p: "Datadog", cat: "observability", env: "DD_APP_KEY", d: "application key", h: "DD-APPLICATION-KEY: {v}", api: "https://api.datadoghq.com/api/v1/monitor", v: (g) => g.hex(40) },
  { p: "New Relic", cat: "observability", env: "NEW_RELIC_API_KEY", d: "user API key", h: "API-Key: {v}", api: "https://api.newrelic.com/graphql", v: (g) => g.j("NR", "AK-", g.uan(27)) },
  { p: "New Relic", cat: "observability", env: "NEW_RELIC_LICENSE_KEY", d: "ingest license key", kind: "cfg", v: (g) => g.j(g.hex(36), "NRAL"), co: (g) => [["NEW_RELIC_APP_NAME", g.app()]] },
  { p: "Grafana Cloud", cat: "observability", env: "GRAFANA_CLOUD_TOKEN", d: "access policy token", api: "https://otlp-gateway-prod-us-east-0.grafana.net/otlp/v1/traces", v: (g) => g.j("gl", "c_", Buffer.from(JSON.stringify({ o: g.dig(6), n: `${g.app()}-otlp`, k: g.an(24), m: { r: "prod-us-east-0" } })).toString("base64")) },
  { p: "Grafana", cat: "observability", env: "GRAFANA_SERVICE_ACCOUNT_TOKEN", d: "service account token", api: "https://acme.grafana.net/api/dashboards/db", v: (g) => g.j("gl", "sa_", g.an(32), "_", g.hex(8)) },
  { p: "PostHog", cat: "observability", env: "POSTHOG_PERSONAL_API_KEY", d: "personal API key", api: "https://us.posthog.com/api/projects/41234/insights/", v: (g) => g.j("ph", "x_", g.an(43)) },

  // ---- SaaS, CMS, search, flags, media
  { p: "Notion", cat: "saas", env: "NOTION_TOKEN", d: "internal integration token", api: "https://api.notion.com/v1/databases/8a1b2c3d/query", v: (g) => g.j("nt", "n_", g.dig(11), g.an(35)) },
  { p: "Airtable", cat: "saas", env: "AIRTABLE_API_KEY", d: "personal access token", api: "https://api.airtable.com/v0/appAbC123/Leads", v: (g) => g.j("pa", "t", g.an(14), ".", g.hex(64)) },
  { p: "HubSpot", cat: "saas", env: "HUBSPOT_ACCESS_TOKEN", d: "private app token", api: "https://api.hubapi.com/crm/v3/objects/contacts", v: (g) => g.j("pat", "-na1-", g.uuid()) },
  { p: "Contentful", cat: "saas", env: "CONTENTFUL_MANAGEMENT_TOKEN", d: "CMA personal access token", api: "https://api.contentful.com/spaces/abc123xyz789/environments/master/entries", v: (g) => g.j("CF", "PAT-", g.b64u(43)) },
  { p: "Contentful", cat: "saas", env: "CONTENTFUL_PREVIEW_ACCESS_TOKEN", d: "Content Preview API token", api: "https://preview.contentful.com/spaces/abc123xyz789/entries?content_type=page", v: (g) => g.b64u(43), co: (g) => [["CONTENTFUL_SPACE_ID", g.lan(12)]] },
  { p: "Sanity", cat: "saas", env: "SANITY_API_WRITE_TOKEN", d: "robot token (Editor)", api: "https://ab12cd34.api.sanity.io/v2024-06-01/data/mutate/production", v: (g) => g.j("s", "k", g.an(180)), co: (g) => [["NEXT_PUBLIC_SANITY_PROJECT_ID", g.lan(8)]] },
  { p: "Mapbox", cat: "saas", env: "MAPBOX_SECRET_TOKEN", d: "secret access token", api: "https://api.mapbox.com/uploads/v1/acme?access_token={v}", v: (g) => g.j("s", "k.", Buffer.from(JSON.stringify({ u: g.slug(), a: `cl${g.lan(23)}` })).toString("base64url"), ".", g.b64u(22)) },
  { p: "LaunchDarkly", cat: "saas", env: "LAUNCHDARKLY_SDK_KEY", d: "server-side SDK key", kind: "cfg", v: (g) => g.j("sd", "k-", g.uuid()) },
  { p: "LaunchDarkly", cat: "saas", env: "LD_API_TOKEN", d: "REST API access token", h: "Authorization: {v}", api: "https://app.launchdarkly.com/api/v2/flags/default", v: (g) => g.j("ap", "i-", g.uuid()) },
  { p: "Statsig", cat: "saas", env: "STATSIG_SERVER_SECRET_KEY", d: "server secret key", h: "statsig-api-key: {v}", api: "https://statsigapi.net/v1/check_gate", v: (g) => g.j("secret", "-", g.an(43)) },
  { p: "UploadThing", cat: "saas", env: "UPLOADTHING_TOKEN", d: "token (base64 JSON with live API key)", kind: "cfg", v: (g) => b64(JSON.stringify({ apiKey: g.j(sk, live, g.hex(64)), appId: g.lan(10), regions: ["sea1"] })) },
  { p: "Cloudinary", cat: "saas", env: "CLOUDINARY_URL", d: "URL with API secret", kind: "cfg", v: (g) => `cloudinary://${g.dig(15)}:${g.b64u(27)}@${g.slug()}` },
  { p: "Resend", cat: "comms", env: "AUTH_RESEND_KEY", d: "API key (Auth.js email provider)", kind: "cfg", v: (g) => g.j("r", "e_", g.an(8), "_", g.an(24)), co: (g) => [["AUTH_EMAIL_FROM", `login@${g.domain()}`]] },
  { p: "Stripe", cat: "payment", env: "STRIPE_API_KEY", d: "live secret key", api: "https://api.stripe.com/v1/customers", v: (g) => g.j(sk, live, g.an(24)) },
  { p: "Supabase", cat: "devtools", env: "SUPABASE_ACCESS_TOKEN", d: "personal access token (CLI)", api: "https://api.supabase.com/v1/projects", v: (g) => g.j("sb", "p_", g.hex(40)) },
];

export const cases: CorpusCase[] = buildCases(g, specs, "y142-c", "positive");
