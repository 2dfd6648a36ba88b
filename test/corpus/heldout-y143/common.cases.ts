// heldout-y143: well-known providers, each spec rotated through the shared outbound renderers.
// Values are assembled at run time (split prefix + seeded body); seed 143001.
import type { CorpusCase } from "../types.ts";
import { B, BA, buildPositives, Hd, HOOK, POST, Q, type Gen, type Spec } from "./_gen.ts";

const oai = (g: Gen, kind: string, n: number) => ["s", "k-", kind, g.u(n), "T3Blbk", "FJ", g.u(n)].join("");
const djangoKey = (g: Gen) => g.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)");
const now = 1767225600;

const specs: Spec[] = [
  // ---- AI
  { p: "OpenAI project key", cat: "ai", env: "OPENAI_API_KEY", v: (g) => oai(g, "proj-", 74), http: B("https://api.openai.com/v1/models") },
  { p: "OpenAI service-account key", cat: "ai", env: "OPENAI_API_KEY", v: (g) => oai(g, "svcacct-", 74), http: POST(B("https://api.openai.com/v1/chat/completions"), '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"ping"}]}') },
  { p: "OpenAI admin key", cat: "ai", env: "OPENAI_ADMIN_KEY", v: (g) => oai(g, "admin-", 58), http: B("https://api.openai.com/v1/organization/users?limit=20") },
  { p: "Anthropic API key", cat: "ai", env: "ANTHROPIC_API_KEY", v: (g) => ["sk-", "ant-api03-", g.u(93), "AA"].join(""), http: POST(Hd("x-api-key", "https://api.anthropic.com/v1/messages", "", [["anthropic-version", "2023-06-01"]]), '{"model":"claude-3-5-haiku-latest","max_tokens":64,"messages":[{"role":"user","content":"hi"}]}') },
  { p: "Anthropic admin key", cat: "ai", env: "ANTHROPIC_ADMIN_KEY", v: (g) => ["sk-", "ant-admin01-", g.u(93), "AA"].join(""), http: Hd("x-api-key", "https://api.anthropic.com/v1/organizations/users?limit=20", "", [["anthropic-version", "2023-06-01"]]) },
  { p: "Hugging Face user token", cat: "ai", env: "HF_TOKEN", v: (g) => "hf_" + g.a(34), http: B("https://huggingface.co/api/whoami-v2") },
  { p: "Cohere API key", cat: "ai", env: "COHERE_API_KEY", v: (g) => g.a(40), http: POST(B("https://api.cohere.com/v2/chat"), '{"model":"command-r-plus","messages":[{"role":"user","content":"ping"}]}') },
  { p: "Mistral API key", cat: "ai", env: "MISTRAL_API_KEY", v: (g) => g.a(32), http: B("https://api.mistral.ai/v1/models") },
  { p: "Groq API key", cat: "ai", env: "GROQ_API_KEY", v: (g) => "gs" + "k_" + g.a(52), http: B("https://api.groq.com/openai/v1/models") },
  { p: "Replicate API token", cat: "ai", env: "REPLICATE_API_TOKEN", v: (g) => "r8" + "_" + g.a(37), http: B("https://api.replicate.com/v1/predictions") },
  { p: "Perplexity API key", cat: "ai", env: "PERPLEXITY_API_KEY", v: (g) => "pplx" + "-" + g.a(48), http: POST(B("https://api.perplexity.ai/chat/completions"), '{"model":"sonar","messages":[{"role":"user","content":"ping"}]}') },
  { p: "Gemini API key", cat: "ai", env: "GEMINI_API_KEY", v: (g) => "AI" + "za" + g.u(35), http: Hd("x-goog-api-key", "https://generativelanguage.googleapis.com/v1beta/models") },
  { p: "xAI API key", cat: "ai", env: "XAI_API_KEY", v: (g) => "xa" + "i-" + g.a(80), http: B("https://api.x.ai/v1/models") },
  { p: "OpenRouter API key", cat: "ai", env: "OPENROUTER_API_KEY", v: (g) => "sk-" + "or-v1-" + g.h(64), http: B("https://openrouter.ai/api/v1/auth/key") },
  { p: "DeepSeek API key", cat: "ai", env: "DEEPSEEK_API_KEY", v: (g) => "sk-" + g.h(32), http: B("https://api.deepseek.com/user/balance") },
  { p: "Pinecone API key", cat: "ai", env: "PINECONE_API_KEY", v: (g) => "pc" + "sk_" + g.a(6) + "_" + g.a(63), http: Hd("Api-Key", "https://api.pinecone.io/indexes", "", [["X-Pinecone-API-Version", "2025-01"]]) },
  { p: "LangSmith API key", cat: "ai", env: "LANGSMITH_API_KEY", v: (g) => "lsv2" + "_pt_" + g.h(32) + "_" + g.h(10), http: Hd("x-api-key", "https://api.smith.langchain.com/api/v1/sessions") },
  { p: "Weights & Biases API key", cat: "ai", env: "WANDB_API_KEY", v: (g) => g.h(40), http: POST(BA("api", "https://api.wandb.ai/graphql"), '{"query":"{ viewer { username } }"}') },
  { p: "Azure OpenAI key", cat: "ai", env: "AZURE_OPENAI_API_KEY", v: (g) => g.h(32), co: () => [["AZURE_OPENAI_ENDPOINT", "https://contoso-eastus2.openai.azure.com/"]], http: POST(Hd("api-key", "https://contoso-eastus2.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"), '{"messages":[{"role":"user","content":"ping"}]}') },

  // ---- auth / identity
  { p: "Okta API token", cat: "auth", env: "OKTA_API_TOKEN", v: (g) => "00" + g.u(40), http: Hd("Authorization", "https://acme.okta.com/api/v1/users?limit=25", "SSWS") },
  { p: "Auth0 client secret", cat: "auth", env: "AUTH0_CLIENT_SECRET", v: (g) => g.u(64), co: (g) => [["AUTH0_DOMAIN", "acme-prod.eu.auth0.com"], ["AUTH0_CLIENT_ID", g.a(32)]] },
  { p: "Auth0 Management API token", cat: "auth", env: "AUTH0_MGMT_API_TOKEN", v: (g) => g.jwt({ iss: "https://acme-prod.eu.auth0.com/", sub: g.a(32) + "@clients", aud: "https://acme-prod.eu.auth0.com/api/v2/", iat: now, exp: now + 86400 * 30, scope: "read:users update:users delete:users", gty: "client-credentials", azp: g.a(32) }, "RS256", 342), http: B("https://acme-prod.eu.auth0.com/api/v2/users?per_page=50") },
  { p: "Google OAuth client secret", cat: "auth", env: "GOOGLE_CLIENT_SECRET", v: (g) => "GOCSPX" + "-" + g.u(28), co: (g) => [["GOOGLE_CLIENT_ID", `${g.d(12)}-${g.lo(32)}.apps.googleusercontent.com`]] },
  { p: "Google OAuth access token", cat: "auth", env: "GOOGLE_ACCESS_TOKEN", v: (g) => "ya" + "29." + "a0A" + g.u(160), http: B("https://www.googleapis.com/drive/v3/files?pageSize=10") },
  { p: "Google OAuth refresh token", cat: "auth", env: "GOOGLE_REFRESH_TOKEN", v: (g) => "1//0" + g.str(1, "3459cdeg") + g.u(98), co: (g) => [["GOOGLE_CLIENT_ID", `${g.d(12)}-${g.lo(32)}.apps.googleusercontent.com`]] },
  { p: "Azure AD client secret", cat: "auth", env: "AZURE_CLIENT_SECRET", v: (g) => g.a(3) + "8Q~" + g.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.~-"), co: (g) => [["AZURE_TENANT_ID", g.uuid()], ["AZURE_CLIENT_ID", g.uuid()]] },
  { p: "Clerk secret key", cat: "auth", env: "CLERK_SECRET_KEY", v: (g) => "sk" + "_live_" + g.a(40), http: B("https://api.clerk.com/v1/users?limit=10") },
  { p: "Keycloak client secret", cat: "auth", env: "KEYCLOAK_CLIENT_SECRET", v: (g) => g.a(32), co: () => [["KEYCLOAK_URL", "https://sso.acme.io/realms/internal"], ["KEYCLOAK_CLIENT_ID", "billing-backend"]] },
  { p: "HashiCorp Vault token", cat: "auth", env: "VAULT_TOKEN", v: (g) => "hv" + "s." + "CAESI" + g.u(86), co: () => [["VAULT_ADDR", "https://vault.acme.internal:8200"]], http: Hd("X-Vault-Token", "https://vault.acme.internal:8200/v1/secret/data/billing") },
  { p: "Doppler service token", cat: "auth", env: "DOPPLER_TOKEN", v: (g) => "dp" + ".st.prd." + g.a(40), http: B("https://api.doppler.com/v3/configs/config/secrets/download?format=json") },
  { p: "1Password service account token", cat: "auth", env: "OP_SERVICE_ACCOUNT_TOKEN", v: (g) => "op" + "s_" + Buffer.from(JSON.stringify({ signInAddress: "my.1password.com", userAuth: { method: "SRPg-4096", alg: "PBES2g-HS256", iterations: 650000, salt: g.bu(16) }, email: g.lo(13) + "@1passwordserviceaccounts.com", srpX: g.h(64), muk: { alg: "A256GCM", ext: true, k: g.bu(32), key_ops: ["encrypt", "decrypt"], kty: "oct", kid: "mp" }, secretKey: "A3-" + g.up(6) + "-" + g.up(6) + "-" + g.up(5) + "-" + g.up(5) + "-" + g.up(5) + "-" + g.up(5), throttleSecret: { seed: g.h(64), deviceUuid: g.lo(26) }, deviceUuid: g.lo(26) })).toString("base64url") },
  { p: "Internal API bearer JWT", cat: "auth", env: "ORDERS_API_ACCESS_TOKEN", v: (g) => g.jwt({ iss: "https://auth.acme.io", sub: "svc-" + g.proj(), aud: "orders-api", scope: "orders:read orders:write", iat: now, exp: now + 86400 * 365, jti: g.uuid() }, "RS256", 342), http: B("https://api.acme.io/v2/orders?status=open") },

  // ---- cloud
  { p: "AWS access key pair", cat: "cloud", env: "AWS_SECRET_ACCESS_KEY", v: (g) => g.str(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+"), co: (g) => [["AWS_ACCESS_KEY_ID", "AK" + "IA" + g.b32(16)], ["AWS_DEFAULT_REGION", "eu-west-1"]] },
  { p: "AWS STS session credentials", cat: "cloud", env: "AWS_SESSION_TOKEN", v: (g) => "IQoJb3JpZ2luX2Vj" + "EMr" + g.b64(380), co: (g) => [["AWS_ACCESS_KEY_ID", "AS" + "IA" + g.b32(16)], ["AWS_SECRET_ACCESS_KEY", g.str(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")]] },
  { p: "Google Cloud Translation server key", cat: "cloud", env: "GOOGLE_TRANSLATE_API_KEY", v: (g) => "AI" + "za" + g.u(35), http: POST(Q("key", "https://translation.googleapis.com/language/translate/v2"), '{"q":"Hallo Welt","target":"en"}') },
  { p: "Azure Storage connection string", cat: "cloud", env: "AZURE_STORAGE_CONNECTION_STRING", v: (g) => `DefaultEndpointsProtocol=https;AccountName=acmeprod${g.lo(4)};AccountKey=${g.bb(64)};EndpointSuffix=core.windows.net` },
  { p: "Azure Storage account key", cat: "cloud", env: "AZURE_STORAGE_KEY", v: (g) => g.bb(64), co: (g) => [["AZURE_STORAGE_ACCOUNT", "stdata" + g.lo(6)]] },
  { p: "Azure Service Bus connection string", cat: "cloud", env: "SERVICEBUS_CONNECTION_STRING", v: (g) => `Endpoint=sb://acme-${g.lo(5)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${g.bb(32)}` },
  { p: "DigitalOcean token", cat: "cloud", env: "DIGITALOCEAN_TOKEN", v: (g) => "do" + "p_v1_" + g.h(64), http: B("https://api.digitalocean.com/v2/droplets?per_page=50") },
  { p: "Heroku API key", cat: "cloud", env: "HEROKU_API_KEY", v: (g) => "HR" + "KU-AA" + g.u(58), http: B("https://api.heroku.com/apps", [["Accept", "application/vnd.heroku+json; version=3"]]) },
  { p: "Cloudflare API token", cat: "cloud", env: "CLOUDFLARE_API_TOKEN", v: (g) => g.u(40), http: B("https://api.cloudflare.com/client/v4/user/tokens/verify") },
  { p: "Cloudflare global API key", cat: "cloud", env: "CF_API_KEY", v: (g) => g.h(37), co: () => [["CF_API_EMAIL", "ops@acme.io"]], http: Hd("X-Auth-Key", "https://api.cloudflare.com/client/v4/zones", "", [["X-Auth-Email", "ops@acme.io"]]) },
  { p: "Vercel token", cat: "cloud", env: "VERCEL_TOKEN", v: (g) => g.a(24), http: B("https://api.vercel.com/v9/projects") },
  { p: "Netlify personal access token", cat: "cloud", env: "NETLIFY_AUTH_TOKEN", v: (g) => "nf" + "p_" + g.a(40), http: B("https://api.netlify.com/api/v1/sites") },
  { p: "Fly.io API token", cat: "cloud", env: "FLY_API_TOKEN", v: (g) => "FlyV1 " + "fm2_" + "lJPECAAAAAAAA" + g.b64(300), http: Hd("Authorization", "https://api.machines.dev/v1/apps?org_slug=personal") },
  { p: "Terraform Cloud token", cat: "cloud", env: "TF_TOKEN_app_terraform_io", v: (g) => g.a(14) + ".atlas" + "v1." + g.a(67), http: B("https://app.terraform.io/api/v2/organizations", [["Content-Type", "application/vnd.api+json"]]) },
  { p: "Tailscale auth key", cat: "cloud", env: "TS_AUTHKEY", v: (g) => "tskey" + "-auth-k" + g.a(11) + "CNTRL-" + g.a(32) },
  { p: "Pulumi access token", cat: "cloud", env: "PULUMI_ACCESS_TOKEN", v: (g) => "pu" + "l-" + g.h(40), http: Hd("Authorization", "https://api.pulumi.com/api/user/stacks", "token") },

  // ---- comms
  { p: "Slack bot token", cat: "comms", env: "SLACK_BOT_TOKEN", v: (g) => ["xo", "xb-", g.d(12), "-", g.d(13), "-", g.a(24)].join(""), http: POST(B("https://slack.com/api/chat.postMessage"), '{"channel":"C05ALERTS","text":"deploy ok"}') },
  { p: "Slack user token", cat: "comms", env: "SLACK_USER_TOKEN", v: (g) => ["xo", "xp-", g.d(12), "-", g.d(12), "-", g.d(13), "-", g.h(32)].join(""), http: B("https://slack.com/api/conversations.history?channel=C024BE91L&limit=50") },
  { p: "Slack app-level token", cat: "comms", env: "SLACK_APP_TOKEN", v: (g) => ["xa", "pp-1-A0", g.up(9), "-", g.d(13), "-", g.h(64)].join(""), http: POST(B("https://slack.com/api/apps.connections.open")) },
  { p: "Slack incoming webhook", cat: "comms", env: "SLACK_WEBHOOK_URL", v: (g) => `https://hooks.slack.com/services/T0${g.up(8)}/B0${g.up(9)}/${g.a(24)}`, http: HOOK },
  { p: "Discord bot token", cat: "comms", env: "DISCORD_BOT_TOKEN", v: (g) => Buffer.from(g.d(19)).toString("base64url") + "." + g.u(6) + "." + g.u(38), http: Hd("Authorization", "https://discord.com/api/v10/users/@me", "Bot") },
  { p: "Discord webhook", cat: "comms", env: "DISCORD_WEBHOOK_URL", v: (g) => `https://discord.com/api/webhooks/${g.d(19)}/${g.u(68)}`, http: HOOK },
  { p: "Telegram bot token", cat: "comms", env: "TELEGRAM_BOT_TOKEN", v: (g) => g.d(10) + ":AA" + g.u(33), http: { url: "https://api.telegram.org/bot{v}/getUpdates?timeout=30" } },
  { p: "Twilio auth token", cat: "comms", env: "TWILIO_AUTH_TOKEN", v: (g) => g.h(32), co: (g) => [["TWILIO_ACCOUNT_SID", "AC" + g.h(32)]], http: BA("@0", "https://api.twilio.com/2010-04-01/Accounts.json") },
  { p: "SendGrid API key", cat: "comms", env: "SENDGRID_API_KEY", v: (g) => "SG" + "." + g.u(22) + "." + g.u(43), http: POST(B("https://api.sendgrid.com/v3/mail/send"), '{"personalizations":[{"to":[{"email":"qa@acme.io"}]}],"from":{"email":"noreply@acme.io"},"subject":"test","content":[{"type":"text/plain","value":"hi"}]}') },
  { p: "Mailgun API key", cat: "comms", env: "MAILGUN_API_KEY", v: (g) => g.h(32) + "-" + g.h(8) + "-" + g.h(8), http: BA("api", "https://api.mailgun.net/v3/mg.acme.io/messages", "POST") },
  { p: "Mailchimp API key", cat: "comms", env: "MAILCHIMP_API_KEY", v: (g) => g.h(32) + "-us21", http: BA("anystring", "https://us21.api.mailchimp.com/3.0/lists") },
  { p: "Resend API key", cat: "comms", env: "RESEND_API_KEY", v: (g) => "re" + "_" + g.a(8) + "_" + g.a(24), http: POST(B("https://api.resend.com/emails"), '{"from":"noreply@acme.io","to":"qa@acme.io","subject":"hi","text":"ping"}') },
  { p: "Microsoft Teams incoming webhook", cat: "comms", env: "TEAMS_WEBHOOK_URL", v: (g) => `https://acme.webhook.office.com/webhookb2/${g.uuid()}@${g.uuid()}/IncomingWebhook/${g.h(32)}/${g.uuid()}`, http: HOOK },
  { p: "Google Chat webhook", cat: "comms", env: "GOOGLE_CHAT_WEBHOOK_URL", v: (g) => `https://chat.googleapis.com/v1/spaces/AAAA${g.u(7)}/messages?key=AI${"za"}Sy${g.u(33)}&token=${g.u(43)}%3D`, http: HOOK },
  { p: "WhatsApp Cloud API token", cat: "comms", env: "WHATSAPP_ACCESS_TOKEN", v: (g) => "EA" + "AG" + g.a(200), http: POST(B("https://graph.facebook.com/v19.0/104857600000001/messages"), '{"messaging_product":"whatsapp","to":"4915100000000","type":"text","text":{"body":"hi"}}') },

  // ---- data
  { p: "PostgreSQL URL with password", cat: "data", env: "DATABASE_URL", v: (g) => `postgresql://app_user:${g.a(24)}@db.prod.internal:5432/orders?sslmode=require` },
  { p: "MySQL URL with password", cat: "data", env: "MYSQL_URL", v: (g) => `mysql://root:${g.a(20)}@${g.ip()}:3306/shop` },
  { p: "MongoDB Atlas SRV URI", cat: "data", env: "MONGODB_URI", v: (g) => `mongodb+srv://svc_api:${g.a(20)}@cluster0.${g.lo(5)}.mongodb.net/prod?retryWrites=true&w=majority` },
  { p: "Redis URL with password", cat: "data", env: "REDIS_URL", v: (g) => `rediss://default:${g.a(32)}@eu1-sharp-${g.letters(5)}-${g.d(5)}.upstash.io:6379` },
  { p: "Supabase service_role key", cat: "data", env: "SUPABASE_SERVICE_ROLE_KEY", v: (g) => g.jwt({ iss: "supabase", ref: g.letters(20), role: "service_role", iat: now - 86400 * 200, exp: now + 86400 * 3400 }), co: () => [["SUPABASE_URL", "https://qzkvnwhmxbtrplsgdfya.supabase.co"]], http: Hd("apikey", "https://qzkvnwhmxbtrplsgdfya.supabase.co/rest/v1/profiles?select=*") },
  { p: "PlanetScale password", cat: "data", env: "DATABASE_PASSWORD", v: (g) => "pscale" + "_pw_" + g.u(43), co: (g) => [["DATABASE_HOST", "aws.connect.psdb.cloud"], ["DATABASE_USERNAME", g.lo(12)]] },
  { p: "Neon connection string", cat: "data", env: "DATABASE_URL", v: (g) => `postgresql://neondb_owner:npg_${g.a(12)}@ep-${g.pick(["cool", "quiet", "misty", "young"])}-${g.pick(["river", "sun", "leaf", "pond"])}-${g.lo(8)}-pooler.eu-central-1.aws.neon.tech/neondb?sslmode=require` },
  { p: "Databricks PAT", cat: "data", env: "DATABRICKS_TOKEN", v: (g) => "da" + "pi" + g.h(32), co: () => [["DATABRICKS_HOST", "https://adb-4417386000000012.12.azuredatabricks.net"]], http: B("https://adb-4417386000000012.12.azuredatabricks.net/api/2.0/clusters/list") },
  { p: "Snowflake password", cat: "data", env: "SNOWFLAKE_PASSWORD", v: (g) => g.a(14) + g.pick(["!", "#", "^", "*"]) + g.a(5), co: (g) => [["SNOWFLAKE_ACCOUNT", `${g.letters(7)}-${g.letters(2)}${g.d(5)}`], ["SNOWFLAKE_USER", "SVC_DBT"]] },
  { p: "Upstash Redis REST token", cat: "data", env: "UPSTASH_REDIS_REST_TOKEN", v: (g) => "AX" + g.a(2) + "AAIjcDE" + g.a(52), co: () => [["UPSTASH_REDIS_REST_URL", "https://eu1-fond-lark-31842.upstash.io"]], http: B("https://eu1-fond-lark-31842.upstash.io/get/session:42") },
  { p: "Algolia admin API key", cat: "data", env: "ALGOLIA_ADMIN_API_KEY", v: (g) => g.h(32), co: (g) => [["ALGOLIA_APP_ID", g.up(10)]], http: Hd("X-Algolia-API-Key", "https://latency-dsn.algolia.net/1/indexes", "", [["X-Algolia-Application-Id", "LATENCY"]]) },
  { p: "MongoDB Atlas Admin API private key", cat: "data", env: "MONGODB_ATLAS_PRIVATE_KEY", v: (g) => g.uuid(), co: (g) => [["MONGODB_ATLAS_PUBLIC_KEY", g.letters(8)]] },

  // ---- devtools
  { p: "GitHub classic PAT", cat: "devtools", env: "GITHUB_TOKEN", v: (g) => "gh" + "p_" + g.a(36), http: B("https://api.github.com/user/repos?per_page=100") },
  { p: "GitHub fine-grained PAT", cat: "devtools", env: "GH_TOKEN", v: (g) => "github" + "_pat_11" + g.up(20) + "_" + g.a(59), http: B("https://api.github.com/repos/acme/billing-api/pulls?state=open", [["X-GitHub-Api-Version", "2022-11-28"]]) },
  { p: "GitHub OAuth token", cat: "devtools", env: "GITHUB_OAUTH_TOKEN", v: (g) => "gh" + "o_" + g.a(36), http: Hd("Authorization", "https://api.github.com/user", "token") },
  { p: "GitHub App installation token", cat: "devtools", env: "GITHUB_INSTALLATION_TOKEN", v: (g) => "gh" + "s_" + g.a(36), http: B("https://api.github.com/installation/repositories") },
  { p: "GitHub App refresh token", cat: "devtools", env: "GITHUB_REFRESH_TOKEN", v: (g) => "gh" + "r_" + g.a(76) },
  { p: "GitLab personal access token", cat: "devtools", env: "GITLAB_TOKEN", v: (g) => "gl" + "pat-" + g.u(20), http: Hd("PRIVATE-TOKEN", "https://gitlab.com/api/v4/projects?owned=true") },
  { p: "GitLab deploy token", cat: "devtools", env: "GITLAB_DEPLOY_TOKEN", v: (g) => "gl" + "dt-" + g.u(20), co: (g) => [["GITLAB_DEPLOY_USER", `gitlab+deploy-token-${g.range(100, 99999)}`]] },
  { p: "GitLab pipeline trigger token", cat: "devtools", env: "GITLAB_TRIGGER_TOKEN", v: (g) => "gl" + "ptt-" + g.h(40), http: POST(Q("token", "https://gitlab.com/api/v4/projects/48213377/trigger/pipeline?ref=main")) },
  { p: "Bitbucket app password", cat: "devtools", env: "BITBUCKET_APP_PASSWORD", v: (g) => "AT" + "BB" + g.a(28) + g.H(8), co: () => [["BITBUCKET_USERNAME", "ci-acme"]], http: BA("@0", "https://api.bitbucket.org/2.0/repositories/acme?pagelen=50") },
  { p: "npm access token", cat: "devtools", env: "NPM_TOKEN", v: (g) => "np" + "m_" + g.a(36), http: B("https://registry.npmjs.org/-/whoami") },
  { p: "PyPI API token", cat: "devtools", env: "PYPI_API_TOKEN", v: (g) => "py" + "pi-" + "AgEIcHlwaS5vcmc" + g.u(160), http: BA("__token__", "https://upload.pypi.org/legacy/", "POST") },
  { p: "Docker Hub PAT", cat: "devtools", env: "DOCKERHUB_TOKEN", v: (g) => "dckr" + "_pat_" + g.u(27), co: () => [["DOCKERHUB_USERNAME", "acmebuild"]] },
  { p: "CircleCI personal token", cat: "devtools", env: "CIRCLECI_TOKEN", v: (g) => "CCI" + "PAT_" + g.a(22) + "_" + g.h(40), http: Hd("Circle-Token", "https://circleci.com/api/v2/me") },
  { p: "Postman API key", cat: "devtools", env: "POSTMAN_API_KEY", v: (g) => "PM" + "AK-" + g.h(24) + "-" + g.h(34), http: Hd("X-API-Key", "https://api.getpostman.com/collections") },
  { p: "LaunchDarkly server SDK key", cat: "devtools", env: "LAUNCHDARKLY_SDK_KEY", v: (g) => "sd" + "k-" + g.uuid() },

  // ---- keys (app secrets)
  { p: "Django SECRET_KEY", cat: "keys", env: "DJANGO_SECRET_KEY", v: djangoKey },
  { p: "Rails secret_key_base", cat: "keys", env: "SECRET_KEY_BASE", v: (g) => g.h(128) },
  { p: "Laravel APP_KEY", cat: "keys", env: "APP_KEY", v: (g) => "base64:" + g.bb(32) },
  { p: "JWT signing secret", cat: "keys", env: "JWT_SECRET", v: (g) => g.a(64) },
  { p: "GitHub webhook secret", cat: "keys", env: "GITHUB_WEBHOOK_SECRET", v: (g) => g.h(40) },
  { p: "NextAuth secret", cat: "keys", env: "NEXTAUTH_SECRET", v: (g) => g.bb(32) },
  { p: "Fernet key", cat: "keys", env: "FERNET_KEY", v: (g) => g.bu(32) + "=" },
  { p: "Rails master key", cat: "keys", env: "RAILS_MASTER_KEY", v: (g) => g.h(32) },
  { p: "AES-256 data encryption key", cat: "keys", env: "DATA_ENCRYPTION_KEY", v: (g) => g.h(64) },

  // ---- observability
  { p: "Datadog API key", cat: "observability", env: "DD_API_KEY", v: (g) => g.h(32), http: Hd("DD-API-KEY", "https://api.datadoghq.eu/api/v1/validate") },
  { p: "New Relic user API key", cat: "observability", env: "NEW_RELIC_API_KEY", v: (g) => "NR" + "AK-" + g.up(27), http: POST(Hd("API-Key", "https://api.newrelic.com/graphql"), '{"query":"{ actor { user { name } } }"}') },
  { p: "New Relic license key", cat: "observability", env: "NEW_RELIC_LICENSE_KEY", v: (g) => g.h(36) + "NR" + "AL" },
  { p: "Grafana service account token", cat: "observability", env: "GRAFANA_SERVICE_ACCOUNT_TOKEN", v: (g) => "gl" + "sa_" + g.a(32) + "_" + g.h(8), http: B("https://grafana.acme.io/api/search?type=dash-db") },
  { p: "Grafana Cloud access policy token", cat: "observability", env: "GRAFANA_CLOUD_TOKEN", v: (g) => "gl" + "c_" + Buffer.from(JSON.stringify({ o: String(g.range(100000, 999999)), n: "stack-" + g.range(100000, 999999) + "-alloy-" + g.proj(), k: g.a(24), m: { r: "prod-eu-west-2" } })).toString("base64") },
  { p: "PostHog personal API key", cat: "observability", env: "POSTHOG_PERSONAL_API_KEY", v: (g) => "ph" + "x_" + g.a(43), http: B("https://eu.posthog.com/api/projects/") },
  { p: "Sentry user auth token", cat: "observability", env: "SENTRY_AUTH_TOKEN", v: (g) => "sntry" + "u_" + g.h(64), http: B("https://sentry.io/api/0/organizations/acme/projects/") },
  { p: "Sentry org auth token", cat: "observability", env: "SENTRY_AUTH_TOKEN", v: (g) => "sntry" + "s_" + Buffer.from(JSON.stringify({ iat: now - 86400 * 3, url: "https://sentry.io", region_url: "https://de.sentry.io", org: "acme" })).toString("base64") + "_" + g.u(43) },

  // ---- payment / commerce
  { p: "Stripe live secret key", cat: "payment", env: "STRIPE_SECRET_KEY", v: (g) => "sk" + "_live_" + "51" + g.a(97), http: B("https://api.stripe.com/v1/charges?limit=3") },
  { p: "Stripe restricted key", cat: "payment", env: "STRIPE_RESTRICTED_KEY", v: (g) => "rk" + "_live_" + "51" + g.a(97), http: B("https://api.stripe.com/v1/customers?limit=10") },
  { p: "Stripe webhook signing secret", cat: "payment", env: "STRIPE_WEBHOOK_SECRET", v: (g) => "wh" + "sec_" + g.a(32) },
  { p: "Square access token", cat: "payment", env: "SQUARE_ACCESS_TOKEN", v: (g) => "EA" + "AA" + g.u(60), http: B("https://connect.squareup.com/v2/locations", [["Square-Version", "2024-10-17"]]) },
  { p: "PayPal client secret", cat: "payment", env: "PAYPAL_CLIENT_SECRET", v: (g) => "E" + g.u(79), co: (g) => [["PAYPAL_CLIENT_ID", "A" + g.u(79)]], http: POST(BA("@0", "https://api-m.paypal.com/v1/oauth2/token"), "grant_type=client_credentials") },
  { p: "Braintree access token", cat: "payment", env: "BRAINTREE_ACCESS_TOKEN", v: (g) => "access_token$production$" + g.lo(16) + "$" + g.h(32) },
  { p: "Shopify Admin API access token", cat: "payment", env: "SHOPIFY_ADMIN_API_ACCESS_TOKEN", v: (g) => "sh" + "pat_" + g.h(32), http: Hd("X-Shopify-Access-Token", "https://acme-store.myshopify.com/admin/api/2024-10/orders.json?status=any") },
  { p: "Shopify app shared secret", cat: "payment", env: "SHOPIFY_API_SECRET", v: (g) => "sh" + "pss_" + g.h(32), co: (g) => [["SHOPIFY_API_KEY", g.h(32)]] },

  // ---- SaaS
  { p: "Atlassian API token", cat: "saas", env: "JIRA_API_TOKEN", v: (g) => "ATATT" + "3xFfGF0" + g.u(170) + "=" + g.H(8), co: () => [["JIRA_EMAIL", "release-bot@acme.io"]], http: BA("@0", "https://acme.atlassian.net/rest/api/3/myself") },
  { p: "Linear API key", cat: "saas", env: "LINEAR_API_KEY", v: (g) => "lin" + "_api_" + g.a(40), http: POST(Hd("Authorization", "https://api.linear.app/graphql"), '{"query":"{ viewer { id name } }"}') },
  { p: "Notion integration token", cat: "saas", env: "NOTION_TOKEN", v: (g) => "nt" + "n_" + g.a(46), http: POST(B("https://api.notion.com/v1/search", [["Notion-Version", "2022-06-28"]]), '{"page_size":10}') },
  { p: "Airtable personal access token", cat: "saas", env: "AIRTABLE_API_KEY", v: (g) => "pa" + "t" + g.a(14) + "." + g.h(64), http: B("https://api.airtable.com/v0/meta/bases") },
  { p: "Figma personal access token", cat: "saas", env: "FIGMA_TOKEN", v: (g) => "fi" + "gd_" + g.u(40), http: Hd("X-Figma-Token", "https://api.figma.com/v1/me") },
  { p: "HubSpot private app token", cat: "saas", env: "HUBSPOT_ACCESS_TOKEN", v: (g) => "pat" + "-na1-" + g.uuid(), http: B("https://api.hubapi.com/crm/v3/objects/contacts?limit=10") },
  { p: "Contentful management token", cat: "saas", env: "CONTENTFUL_MANAGEMENT_TOKEN", v: (g) => "CF" + "PAT-" + g.u(43), http: B("https://api.contentful.com/spaces") },
  { p: "Salesforce access token", cat: "saas", env: "SALESFORCE_ACCESS_TOKEN", v: (g) => "00D" + g.up(12) + "!AR" + g.a(5) + "AQ" + g.a(6) + "." + g.u(96), http: B("https://acme.my.salesforce.com/services/data/v60.0/sobjects/Account") },
  { p: "X (Twitter) bearer token", cat: "saas", env: "TWITTER_BEARER_TOKEN", v: (g) => "A".repeat(22) + g.a(24) + "%3D" + g.a(50), http: B("https://api.twitter.com/2/tweets/search/recent?query=from%3Aacme") },
  { p: "Dropbox access token", cat: "saas", env: "DROPBOX_ACCESS_TOKEN", v: (g) => "sl" + ".u." + g.u(140), http: POST(B("https://api.dropboxapi.com/2/files/list_folder"), '{"path":""}') },
  { p: "Mapbox secret token", cat: "saas", env: "MAPBOX_SECRET_TOKEN", v: (g) => "sk" + "." + Buffer.from(JSON.stringify({ u: "acme-maps", a: "cl" + g.lo(23) })).toString("base64url") + "." + g.u(22), http: Q("access_token", "https://api.mapbox.com/uploads/v1/acme-maps") },
];

export const cases: CorpusCase[] = buildPositives("y143-c", specs, 143001);
