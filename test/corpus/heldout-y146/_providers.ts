// Provider token builders for heldout-y146: shapes from general knowledge of documented formats.
import { AN, B32, B64, DIG, HEX, LO, UP, URLSAFE, j, type Rng, type Tok } from "./_gen.ts";

export type Spec = { cat: string; make: (r: Rng) => Tok };
const B = (s: string): [string, string] => [s, "Bearer "];
const H = (s: string): [string, string] => [s, ""];

const jwt = (r: Rng, payload: object) => {
  const e = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
  return `${e({ alg: "HS256", typ: "JWT" })}.${e(payload)}.${r.us(43)}`;
};

export const AI: Spec[] = [
  { cat: "ai", make: (r) => ({ provider: "OpenAI", env: "OPENAI_API_KEY", hdr: B("Authorization"), host: "api.openai.com", value: j("sk-", "proj-", r.us(64), "T3Blbk", "FJ", r.us(64)) }) },
  { cat: "ai", make: (r) => ({ provider: "Anthropic", env: "ANTHROPIC_API_KEY", hdr: H("x-api-key"), host: "api.anthropic.com", value: j("sk-", "ant-", "api03-", r.us(93), "AA") }) },
  { cat: "ai", make: (r) => ({ provider: "Hugging Face", env: "HF_TOKEN", hdr: B("Authorization"), host: "huggingface.co", value: j("hf", "_", r.str(34, UP + LO)) }) },
  { cat: "ai", make: (r) => ({ provider: "Groq", env: "GROQ_API_KEY", hdr: B("Authorization"), host: "api.groq.com", value: j("gs", "k_", r.an(52)) }) },
  { cat: "ai", make: (r) => ({ provider: "Replicate", env: "REPLICATE_API_TOKEN", hdr: B("Authorization"), host: "api.replicate.com", value: j("r8", "_", r.an(37)) }) },
  { cat: "ai", make: (r) => ({ provider: "Perplexity", env: "PERPLEXITY_API_KEY", hdr: B("Authorization"), host: "api.perplexity.ai", value: j("pp", "lx-", r.an(48)) }) },
  { cat: "ai", make: (r) => ({ provider: "Google Gemini", env: "GEMINI_API_KEY", hdr: H("x-goog-api-key"), host: "generativelanguage.googleapis.com", value: j("AI", "za", "Sy", r.us(33)) }) },
  { cat: "ai", make: (r) => ({ provider: "xAI", env: "XAI_API_KEY", hdr: B("Authorization"), host: "api.x.ai", value: j("xa", "i-", r.an(80)) }) },
  { cat: "ai", make: (r) => ({ provider: "OpenRouter", env: "OPENROUTER_API_KEY", hdr: B("Authorization"), host: "openrouter.ai", value: j("sk-", "or-", "v1-", r.hex(64)) }) },
  { cat: "ai", make: (r) => ({ provider: "Cohere", env: "COHERE_API_KEY", hdr: B("Authorization"), host: "api.cohere.com", value: r.an(40) }) },
  { cat: "ai", make: (r) => ({ provider: "Mistral", env: "MISTRAL_API_KEY", hdr: B("Authorization"), host: "api.mistral.ai", value: r.an(32) }) },
  { cat: "ai", make: (r) => ({ provider: "LangSmith", env: "LANGSMITH_API_KEY", hdr: H("x-api-key"), host: "api.smith.langchain.com", value: j("lsv2", "_pt_", r.hex(32), "_", r.hex(10)) }) },
  { cat: "ai", make: (r) => ({ provider: "Tavily", env: "TAVILY_API_KEY", hdr: B("Authorization"), host: "api.tavily.com", value: j("tv", "ly-", r.an(32)) }) },
  { cat: "ai", make: (r) => ({ provider: "ElevenLabs", env: "ELEVENLABS_API_KEY", hdr: H("xi-api-key"), host: "api.elevenlabs.io", value: j("sk", "_", r.hex(48)) }) },
  { cat: "ai", make: (r) => ({ provider: "Weights & Biases", env: "WANDB_API_KEY", value: r.hex(40) }) },
  { cat: "ai", make: (r) => ({ provider: "Pinecone", env: "PINECONE_API_KEY", hdr: H("Api-Key"), host: "api.pinecone.io", value: j("pc", "sk_", r.an(5), "_", r.an(63)) }) },
  { cat: "ai", make: (r) => ({ provider: "Langfuse", env: "LANGFUSE_SECRET_KEY", value: j("sk-", "lf-", r.uuid()), extra: [["LANGFUSE_PUBLIC_KEY", j("pk-", "lf-", r.uuid())]] }) },
  { cat: "ai", make: (r) => ({ provider: "Together AI", env: "TOGETHER_API_KEY", hdr: B("Authorization"), host: "api.together.xyz", value: r.hex(64) }) },
  { cat: "ai", make: (r) => ({ provider: "DeepSeek", env: "DEEPSEEK_API_KEY", hdr: B("Authorization"), host: "api.deepseek.com", value: j("sk-", r.hex(32)) }) },
  { cat: "ai", make: (r) => ({ provider: "Fireworks", env: "FIREWORKS_API_KEY", hdr: B("Authorization"), host: "api.fireworks.ai", value: j("fw", "_", r.an(24)) }) },
];

export const AUTH: Spec[] = [
  { cat: "auth", make: (r) => ({ provider: "Okta", env: "OKTA_API_TOKEN", hdr: ["Authorization", "SSWS "], host: `acme-${r.lo(4)}.okta.com`, value: j("00", r.us(40)) }) },
  { cat: "auth", make: (r) => ({ provider: "Auth0", env: "AUTH0_CLIENT_SECRET", value: r.us(64), extra: [["AUTH0_DOMAIN", `acme-${r.lo(5)}.eu.auth0.com`], ["AUTH0_CLIENT_ID", r.an(32)]] }) },
  { cat: "auth", make: (r) => ({ provider: "Google OAuth", env: "GOOGLE_CLIENT_SECRET", value: j("GOC", "SPX-", r.us(28)), extra: [["GOOGLE_CLIENT_ID", `${r.digits(12)}-${r.lo(32)}.apps.googleusercontent.com`]] }) },
  { cat: "auth", make: (r) => ({ provider: "Google OAuth access token", env: "GOOGLE_ACCESS_TOKEN", hdr: B("Authorization"), host: "www.googleapis.com", value: j("ya", "29.", "a0A", r.us(150)) }) },
  { cat: "auth", make: (r) => ({ provider: "Google OAuth refresh token", env: "GOOGLE_REFRESH_TOKEN", value: j("1/", "/0", r.us(3), "-", r.us(96)) }) },
  { cat: "auth", make: (r) => ({ provider: "Azure AD", env: "AZURE_CLIENT_SECRET", value: j(r.an(3), "8Q", "~", r.str(34, AN + "_.~-")), extra: [["AZURE_TENANT_ID", r.uuid()], ["AZURE_CLIENT_ID", r.uuid()]] }) },
  { cat: "auth", make: (r) => ({ provider: "Clerk", env: "CLERK_SECRET_KEY", hdr: B("Authorization"), host: "api.clerk.com", value: j("sk", "_live_", r.an(40)) }) },
  { cat: "auth", make: (r) => ({ provider: "HashiCorp Vault", env: "VAULT_TOKEN", hdr: H("X-Vault-Token"), host: "vault.internal.acme.dev:8200", value: j("hv", "s.", r.us(91)) }) },
  { cat: "auth", make: (r) => ({ provider: "Doppler", env: "DOPPLER_TOKEN", hdr: B("Authorization"), host: "api.doppler.com", value: j("dp", ".st.", "prd.", r.an(40)) }) },
  { cat: "auth", make: (r) => ({ provider: "1Password", env: "OP_SERVICE_ACCOUNT_TOKEN", value: j("op", "s_", "eyJ", r.str(180, AN)) }) },
  { cat: "auth", make: (r) => ({ provider: "session secret", env: "SESSION_SECRET", value: r.hex(64) }) },
  { cat: "auth", make: (r) => ({ provider: "JWT signing secret", env: "JWT_SECRET", value: r.str(48, AN + "!@#%^*_-") }) },
  { cat: "auth", make: (r) => ({ provider: "Supabase service role", env: "SUPABASE_SERVICE_ROLE_KEY", hdr: B("Authorization"), host: `${r.lo(20)}.supabase.co`, value: jwt(r, { iss: "supabase", ref: r.lo(20), role: "service_role", iat: 1733000000, exp: 2048576000 }) }) },
  { cat: "auth", make: (r) => ({ provider: "Keycloak", env: "KEYCLOAK_CLIENT_SECRET", value: r.an(32), extra: [["KEYCLOAK_REALM", "acme"], ["KEYCLOAK_CLIENT_ID", "backend"]] }) },
  { cat: "auth", make: (r) => ({ provider: "WorkOS", env: "WORKOS_API_KEY", hdr: B("Authorization"), host: "api.workos.com", value: j("sk", "_", r.an(54)) }) },
];

export const CLOUD: Spec[] = [
  { cat: "cloud", make: (r) => ({ provider: "AWS", env: "AWS_SECRET_ACCESS_KEY", value: r.str(40, AN + "/+"), extra: [["AWS_ACCESS_KEY_ID", j("AK", "IA", r.str(16, B32))]] }) },
  { cat: "cloud", make: (r) => ({ provider: "AWS STS", env: "AWS_SESSION_TOKEN", value: j("IQoJb3JpZ2luX2Vj", r.str(300, B64), "=="), extra: [["AWS_ACCESS_KEY_ID", j("AS", "IA", r.str(16, B32))], ["AWS_SECRET_ACCESS_KEY", r.str(40, AN + "/+")]] }) },
  { cat: "cloud", make: (r) => ({ provider: "Azure Storage", env: "AZURE_STORAGE_CONNECTION_STRING", value: `DefaultEndpointsProtocol=https;AccountName=acme${r.lo(6)};AccountKey=${r.str(86, B64)}==;EndpointSuffix=core.windows.net` }) },
  { cat: "cloud", make: (r) => ({ provider: "DigitalOcean", env: "DIGITALOCEAN_TOKEN", hdr: B("Authorization"), host: "api.digitalocean.com", value: j("do", "p_v1_", r.hex(64)) }) },
  { cat: "cloud", make: (r) => ({ provider: "Heroku", env: "HEROKU_API_KEY", hdr: B("Authorization"), host: "api.heroku.com", value: j("HR", "KU-", "AA", r.us(58)) }) },
  { cat: "cloud", make: (r) => ({ provider: "Cloudflare", env: "CLOUDFLARE_API_TOKEN", hdr: B("Authorization"), host: "api.cloudflare.com", value: r.us(40) }) },
  { cat: "cloud", make: (r) => ({ provider: "Netlify", env: "NETLIFY_AUTH_TOKEN", hdr: B("Authorization"), host: "api.netlify.com", value: j("nf", "p_", r.an(36)) }) },
  { cat: "cloud", make: (r) => ({ provider: "Vercel", env: "VERCEL_TOKEN", hdr: B("Authorization"), host: "api.vercel.com", value: r.an(24) }) },
  { cat: "cloud", make: (r) => ({ provider: "Alibaba Cloud", env: "ALIBABA_CLOUD_ACCESS_KEY_SECRET", value: r.an(30), extra: [["ALIBABA_CLOUD_ACCESS_KEY_ID", j("LT", "AI", r.an(20))]] }) },
  { cat: "cloud", make: (r) => ({ provider: "Tencent Cloud", env: "TENCENTCLOUD_SECRET_KEY", value: r.an(32), extra: [["TENCENTCLOUD_SECRET_ID", j("AK", "ID", r.an(32))]] }) },
  { cat: "cloud", make: (r) => ({ provider: "Hetzner", env: "HCLOUD_TOKEN", hdr: B("Authorization"), host: "api.hetzner.cloud", value: r.an(64) }) },
  { cat: "cloud", make: (r) => ({ provider: "Linode", env: "LINODE_TOKEN", hdr: B("Authorization"), host: "api.linode.com", value: r.hex(64) }) },
  { cat: "cloud", make: (r) => ({ provider: "Scaleway", env: "SCW_SECRET_KEY", hdr: H("X-Auth-Token"), host: "api.scaleway.com", value: r.uuid(), extra: [["SCW_ACCESS_KEY", j("SC", "W", r.str(17, UP + DIG))]] }) },
  { cat: "cloud", make: (r) => ({ provider: "Tailscale", env: "TS_AUTHKEY", value: j("tskey", "-auth-", r.an(12), "CNTRL-", r.an(33)) }) },
  { cat: "cloud", make: (r) => ({ provider: "Pulumi", env: "PULUMI_ACCESS_TOKEN", hdr: ["Authorization", "token "], host: "api.pulumi.com", value: j("pu", "l-", r.hex(40)) }) },
  { cat: "cloud", make: (r) => ({ provider: "Terraform Cloud", env: "TFE_TOKEN", hdr: B("Authorization"), host: "app.terraform.io", value: j(r.an(14), ".atlas", "v1.", r.an(67)) }) },
  { cat: "cloud", make: (r) => ({ provider: "Fly.io", env: "FLY_API_TOKEN", value: j("Fly", "V1 ", "fm2_", r.str(220, B64)) }) },
  { cat: "cloud", make: (r) => ({ provider: "Backblaze B2", env: "B2_APPLICATION_KEY", value: j("K0", "0", r.str(28, AN)), extra: [["B2_APPLICATION_KEY_ID", j("00", r.hex(23))]] }) },
  { cat: "cloud", make: (r) => ({ provider: "IBM Cloud", env: "IBMCLOUD_API_KEY", value: r.us(44) }) },
];

export const COMMS: Spec[] = [
  { cat: "comms", make: (r) => ({ provider: "Slack bot", env: "SLACK_BOT_TOKEN", hdr: B("Authorization"), host: "slack.com", value: j("xo", "xb-", r.digits(12), "-", r.digits(13), "-", r.an(24)) }) },
  { cat: "comms", make: (r) => ({ provider: "Slack user", env: "SLACK_USER_TOKEN", hdr: B("Authorization"), host: "slack.com", value: j("xo", "xp-", r.digits(12), "-", r.digits(13), "-", r.digits(13), "-", r.hex(32)) }) },
  { cat: "comms", make: (r) => ({ provider: "Slack app", env: "SLACK_APP_TOKEN", value: j("xa", "pp-1-", "A0", r.up(9), "-", r.digits(13), "-", r.hex(64)) }) },
  { cat: "comms", make: (r) => ({ provider: "Slack webhook", env: "SLACK_WEBHOOK_URL", value: j("https://hooks.", "slack.com/services/", "T0", r.up(9), "/B0", r.up(9), "/", r.an(24)) }) },
  { cat: "comms", make: (r) => ({ provider: "Discord bot", env: "DISCORD_BOT_TOKEN", hdr: ["Authorization", "Bot "], host: "discord.com", value: j(Buffer.from(r.digits(19)).toString("base64").replace(/=+$/, ""), ".", r.us(6), ".", r.us(38)) }) },
  { cat: "comms", make: (r) => ({ provider: "Discord webhook", env: "DISCORD_WEBHOOK_URL", value: j("https://discord.com/api/", "webhooks/", r.digits(19), "/", r.us(68)) }) },
  { cat: "comms", make: (r) => ({ provider: "Telegram", env: "TELEGRAM_BOT_TOKEN", value: j(r.digits(10), ":", "AA", r.us(33)) }) },
  { cat: "comms", make: (r) => ({ provider: "Twilio", env: "TWILIO_AUTH_TOKEN", value: r.hex(32), extra: [["TWILIO_ACCOUNT_SID", j("A", "C", r.hex(32))]] }) },
  { cat: "comms", make: (r) => ({ provider: "Twilio API key", env: "TWILIO_API_SECRET", value: r.an(32), extra: [["TWILIO_API_KEY", j("S", "K", r.hex(32))]] }) },
  { cat: "comms", make: (r) => ({ provider: "SendGrid", env: "SENDGRID_API_KEY", hdr: B("Authorization"), host: "api.sendgrid.com", value: j("S", "G.", r.us(22), ".", r.us(43)) }) },
  { cat: "comms", make: (r) => ({ provider: "Mailgun", env: "MAILGUN_API_KEY", value: j(r.hex(32), "-", r.hex(8), "-", r.hex(8)), extra: [["MAILGUN_DOMAIN", "mg.acme.dev"]] }) },
  { cat: "comms", make: (r) => ({ provider: "Mailchimp", env: "MAILCHIMP_API_KEY", value: j(r.hex(32), "-us", String(r.range(2, 21))) }) },
  { cat: "comms", make: (r) => ({ provider: "Postmark", env: "POSTMARK_SERVER_TOKEN", hdr: H("X-Postmark-Server-Token"), host: "api.postmarkapp.com", value: r.uuid() }) },
  { cat: "comms", make: (r) => ({ provider: "Resend", env: "RESEND_API_KEY", hdr: B("Authorization"), host: "api.resend.com", value: j("re", "_", r.an(8), "_", r.an(24)) }) },
  { cat: "comms", make: (r) => ({ provider: "Brevo", env: "BREVO_API_KEY", hdr: H("api-key"), host: "api.brevo.com", value: j("xkey", "sib-", r.hex(64), "-", r.an(16)) }) },
  { cat: "comms", make: (r) => ({ provider: "Vonage", env: "VONAGE_API_SECRET", value: r.an(16), extra: [["VONAGE_API_KEY", r.hex(8)]] }) },
  { cat: "comms", make: (r) => ({ provider: "Pusher", env: "PUSHER_SECRET", value: r.hex(20), extra: [["PUSHER_APP_ID", r.digits(7)], ["PUSHER_KEY", r.hex(20)]] }) },
  { cat: "comms", make: (r) => ({ provider: "Microsoft Teams webhook", env: "TEAMS_WEBHOOK_URL", value: j("https://acme.webhook.", "office.com/webhookb2/", r.uuid(), "@", r.uuid(), "/IncomingWebhook/", r.hex(32), "/", r.uuid()) }) },
];

export const DATA: Spec[] = [
  { cat: "data", make: (r) => ({ provider: "PostgreSQL", env: "DATABASE_URL", value: `postgresql://app_${r.lo(4)}:${r.an(24)}@db-${r.lo(6)}.cluster-${r.lo(12)}.eu-west-1.rds.amazonaws.com:5432/app` }) },
  { cat: "data", make: (r) => ({ provider: "MySQL", env: "MYSQL_URL", value: `mysql://root:${r.str(20, AN + "!*-")}@mysql.internal:3306/shop` }) },
  { cat: "data", make: (r) => ({ provider: "MongoDB Atlas", env: "MONGODB_URI", value: `mongodb+srv://svc_${r.lo(5)}:${r.an(20)}@cluster0.${r.lo(5)}.mongodb.net/prod?retryWrites=true&w=majority` }) },
  { cat: "data", make: (r) => ({ provider: "Redis", env: "REDIS_URL", value: `rediss://default:${r.an(32)}@redis-${r.digits(5)}.c${r.range(1, 300)}.us-east-1-2.ec2.cloud.redislabs.com:${r.digits(5)}` }) },
  { cat: "data", make: (r) => ({ provider: "Databricks", env: "DATABRICKS_TOKEN", hdr: B("Authorization"), host: `adb-${r.digits(16)}.${r.range(1, 19)}.azuredatabricks.net`, value: j("da", "pi", r.hex(32)) }) },
  { cat: "data", make: (r) => ({ provider: "PlanetScale", env: "DATABASE_PASSWORD", value: j("pscale", "_pw_", r.us(43)), extra: [["DATABASE_USERNAME", r.lo(12)], ["DATABASE_HOST", "aws.connect.psdb.cloud"]] }) },
  { cat: "data", make: (r) => ({ provider: "Neon", env: "NEON_API_KEY", hdr: B("Authorization"), host: "console.neon.tech", value: j("na", "pi_", r.lo(64)) }) },
  { cat: "data", make: (r) => ({ provider: "Supabase DB", env: "SUPABASE_DB_URL", value: `postgresql://postgres.${r.lo(20)}:${r.an(20)}@aws-0-eu-central-1.pooler.supabase.com:6543/postgres` }) },
  { cat: "data", make: (r) => ({ provider: "Upstash", env: "UPSTASH_REDIS_REST_TOKEN", hdr: B("Authorization"), host: `${r.lo(8)}-${r.digits(5)}.upstash.io`, value: j("A", r.an(3), "AAIjcDE", r.str(60, AN)) }) },
  { cat: "data", make: (r) => ({ provider: "Elastic Cloud", env: "ELASTIC_API_KEY", hdr: ["Authorization", "ApiKey "], host: `${r.hex(32)}.eu-west-1.aws.found.io`, value: Buffer.from(`${r.us(20)}:${r.us(22)}`).toString("base64") }) },
  { cat: "data", make: (r) => ({ provider: "Snowflake", env: "SNOWFLAKE_PASSWORD", value: r.str(22, AN + "#$%"), extra: [["SNOWFLAKE_ACCOUNT", `${r.lo(7)}-${r.lo(7)}`], ["SNOWFLAKE_USER", "ETL_SVC"]] }) },
  { cat: "data", make: (r) => ({ provider: "ClickHouse Cloud", env: "CLICKHOUSE_PASSWORD", value: r.str(18, AN + "~_."), extra: [["CLICKHOUSE_HOST", `${r.lo(10)}.europe-west4.gcp.clickhouse.cloud`]] }) },
  { cat: "data", make: (r) => ({ provider: "Algolia admin", env: "ALGOLIA_ADMIN_API_KEY", hdr: H("X-Algolia-API-Key"), host: `${r.up(10)}-dsn.algolia.net`, value: r.hex(32), extra: [["ALGOLIA_APP_ID", r.str(10, UP + DIG)]] }) },
  { cat: "data", make: (r) => ({ provider: "Turso", env: "TURSO_AUTH_TOKEN", value: jwt(r, { a: "rw", iat: 1733000000, id: r.uuid() }).replace("HS256", "EdDSA") }) },
  { cat: "data", make: (r) => ({ provider: "MongoDB Atlas Admin API", env: "MONGODB_ATLAS_PRIVATE_KEY", value: r.uuid(), extra: [["MONGODB_ATLAS_PUBLIC_KEY", r.lo(8)]] }) },
  { cat: "data", make: (r) => ({ provider: "Firebase RTDB", env: "FIREBASE_DATABASE_SECRET", value: r.an(40) }) },
];

export const DEVTOOLS: Spec[] = [
  { cat: "devtools", make: (r) => ({ provider: "GitHub classic PAT", env: "GITHUB_TOKEN", hdr: ["Authorization", "token "], host: "api.github.com", value: j("gh", "p_", r.an(36)) }) },
  { cat: "devtools", make: (r) => ({ provider: "GitHub fine-grained PAT", env: "GH_TOKEN", hdr: B("Authorization"), host: "api.github.com", value: j("github", "_pat_", "11", r.up(20), "0", r.an(1), "_", r.an(59)) }) },
  { cat: "devtools", make: (r) => ({ provider: "GitHub OAuth", env: "GITHUB_OAUTH_TOKEN", hdr: B("Authorization"), host: "api.github.com", value: j("gh", "o_", r.an(36)) }) },
  { cat: "devtools", make: (r) => ({ provider: "GitLab", env: "GITLAB_TOKEN", hdr: H("PRIVATE-TOKEN"), host: "gitlab.com", value: j("gl", "pat-", r.us(20)) }) },
  { cat: "devtools", make: (r) => ({ provider: "npm", env: "NPM_TOKEN", value: j("np", "m_", r.an(36)) }) },
  { cat: "devtools", make: (r) => ({ provider: "PyPI", env: "TWINE_PASSWORD", value: j("py", "pi-", "AgEIcHlwaS5vcmc", r.us(140)), extra: [["TWINE_USERNAME", "__token__"]] }) },
  { cat: "devtools", make: (r) => ({ provider: "Docker Hub", env: "DOCKERHUB_TOKEN", value: j("dckr", "_pat_", r.us(27)), extra: [["DOCKERHUB_USERNAME", "acmebot"]] }) },
  { cat: "devtools", make: (r) => ({ provider: "Bitbucket", env: "BITBUCKET_APP_PASSWORD", value: j("AT", "BB", r.an(32), r.hex(8).toUpperCase()) }) },
  { cat: "devtools", make: (r) => ({ provider: "CircleCI", env: "CIRCLE_TOKEN", hdr: H("Circle-Token"), host: "circleci.com", value: j("CCI", "PAT_", r.an(22), "_", r.hex(40)) }) },
  { cat: "devtools", make: (r) => ({ provider: "RubyGems", env: "GEM_HOST_API_KEY", value: j("ruby", "gems_", r.hex(48)) }) },
  { cat: "devtools", make: (r) => ({ provider: "NuGet", env: "NUGET_API_KEY", value: j("oy", "2", r.str(43, LO + DIG)) }) },
  { cat: "devtools", make: (r) => ({ provider: "crates.io", env: "CARGO_REGISTRY_TOKEN", value: j("ci", "o", r.an(32)) }) },
  { cat: "devtools", make: (r) => ({ provider: "SonarQube", env: "SONAR_TOKEN", value: j("sq", "u_", r.hex(40)) }) },
  { cat: "devtools", make: (r) => ({ provider: "Snyk", env: "SNYK_TOKEN", value: r.uuid() }) },
  { cat: "devtools", make: (r) => ({ provider: "Buildkite", env: "BUILDKITE_API_TOKEN", hdr: B("Authorization"), host: "api.buildkite.com", value: j("bk", "ua_", r.hex(40)) }) },
  { cat: "devtools", make: (r) => ({ provider: "Postman", env: "POSTMAN_API_KEY", hdr: H("X-Api-Key"), host: "api.getpostman.com", value: j("PM", "AK-", r.hex(24), "-", r.hex(34)) }) },
  { cat: "devtools", make: (r) => ({ provider: "Azure DevOps", env: "AZURE_DEVOPS_EXT_PAT", value: r.str(84, AN) }) },
  { cat: "devtools", make: (r) => ({ provider: "JFrog", env: "JFROG_ACCESS_TOKEN", hdr: B("Authorization"), host: "acme.jfrog.io", value: j("cmVmdGtuOjAxOj", r.an(50)) }) },
];

export const OBS: Spec[] = [
  { cat: "observability", make: (r) => ({ provider: "Datadog", env: "DD_API_KEY", hdr: H("DD-API-KEY"), host: "api.datadoghq.eu", value: r.hex(32) }) },
  { cat: "observability", make: (r) => ({ provider: "Datadog app key", env: "DD_APP_KEY", hdr: H("DD-APPLICATION-KEY"), host: "api.datadoghq.com", value: r.hex(40) }) },
  { cat: "observability", make: (r) => ({ provider: "New Relic user key", env: "NEW_RELIC_API_KEY", hdr: H("Api-Key"), host: "api.newrelic.com", value: j("NR", "AK-", r.str(27, UP + DIG)) }) },
  { cat: "observability", make: (r) => ({ provider: "New Relic license", env: "NEW_RELIC_LICENSE_KEY", value: j(r.hex(36), "NR", "AL") }) },
  { cat: "observability", make: (r) => ({ provider: "Sentry user token", env: "SENTRY_AUTH_TOKEN", hdr: B("Authorization"), host: "sentry.io", value: j("sntr", "yu_", r.hex(64)) }) },
  { cat: "observability", make: (r) => ({ provider: "Grafana service account", env: "GRAFANA_TOKEN", hdr: B("Authorization"), host: "acme.grafana.net", value: j("gl", "sa_", r.an(32), "_", r.hex(8)) }) },
  { cat: "observability", make: (r) => ({ provider: "Grafana Cloud", env: "GRAFANA_CLOUD_API_KEY", value: j("gl", "c_", "eyJvIjoi", r.str(120, AN), "==") }) },
  { cat: "observability", make: (r) => ({ provider: "Honeycomb", env: "HONEYCOMB_API_KEY", hdr: H("X-Honeycomb-Team"), host: "api.honeycomb.io", value: j("hc", "aik_", r.lo(58)) }) },
  { cat: "observability", make: (r) => ({ provider: "Dynatrace", env: "DT_API_TOKEN", hdr: ["Authorization", "Api-Token "], host: `${r.lo(8)}.live.dynatrace.com`, value: j("dt0", "c01.", r.str(24, UP + DIG), ".", r.str(64, UP + DIG)) }) },
  { cat: "observability", make: (r) => ({ provider: "Rollbar", env: "ROLLBAR_ACCESS_TOKEN", hdr: H("X-Rollbar-Access-Token"), host: "api.rollbar.com", value: r.hex(32) }) },
  { cat: "observability", make: (r) => ({ provider: "Splunk HEC", env: "SPLUNK_HEC_TOKEN", hdr: ["Authorization", "Splunk "], host: "http-inputs-acme.splunkcloud.com", value: r.uuid() }) },
  { cat: "observability", make: (r) => ({ provider: "PagerDuty", env: "PAGERDUTY_API_TOKEN", hdr: ["Authorization", "Token token="], host: "api.pagerduty.com", value: j("u+", r.us(18)) }) },
  { cat: "observability", make: (r) => ({ provider: "Axiom", env: "AXIOM_TOKEN", hdr: B("Authorization"), host: "api.axiom.co", value: j("xa", "at-", r.uuid()) }) },
  { cat: "observability", make: (r) => ({ provider: "Better Stack", env: "LOGTAIL_SOURCE_TOKEN", hdr: B("Authorization"), host: "in.logs.betterstack.com", value: r.an(24) }) },
  { cat: "observability", make: (r) => ({ provider: "Bugsnag", env: "BUGSNAG_AUTH_TOKEN", hdr: ["Authorization", "token "], host: "api.bugsnag.com", value: r.hex(32) }) },
  { cat: "observability", make: (r) => ({ provider: "Opsgenie", env: "OPSGENIE_API_KEY", hdr: ["Authorization", "GenieKey "], host: "api.opsgenie.com", value: r.uuid() }) },
];

export const PAYMENT: Spec[] = [
  { cat: "payment", make: (r) => ({ provider: "Stripe secret", env: "STRIPE_SECRET_KEY", hdr: B("Authorization"), host: "api.stripe.com", value: j("sk", "_live_", "51", r.an(97)) }) },
  { cat: "payment", make: (r) => ({ provider: "Stripe restricted", env: "STRIPE_API_KEY", hdr: B("Authorization"), host: "api.stripe.com", value: j("rk", "_live_", "51", r.an(97)) }) },
  { cat: "payment", make: (r) => ({ provider: "Stripe webhook", env: "STRIPE_WEBHOOK_SECRET", value: j("wh", "sec_", r.an(32)) }) },
  { cat: "payment", make: (r) => ({ provider: "Square", env: "SQUARE_ACCESS_TOKEN", hdr: B("Authorization"), host: "connect.squareup.com", value: j("EA", "AA", r.us(60)) }) },
  { cat: "payment", make: (r) => ({ provider: "PayPal", env: "PAYPAL_CLIENT_SECRET", value: r.us(80), extra: [["PAYPAL_CLIENT_ID", j("A", r.us(79))]] }) },
  { cat: "payment", make: (r) => ({ provider: "Braintree", env: "BRAINTREE_ACCESS_TOKEN", value: j("access_token", "$production$", r.lo(16), "$", r.hex(32)) }) },
  { cat: "payment", make: (r) => ({ provider: "Adyen", env: "ADYEN_API_KEY", hdr: H("X-API-Key"), host: "checkout-live.adyenpayments.com", value: j("AQE", r.str(12, AN), "BC", r.str(170, AN + "+/")) }) },
  { cat: "payment", make: (r) => ({ provider: "Razorpay", env: "RAZORPAY_KEY_SECRET", value: r.an(24), extra: [["RAZORPAY_KEY_ID", j("rzp", "_live_", r.an(14))]] }) },
  { cat: "payment", make: (r) => ({ provider: "Shopify", env: "SHOPIFY_ADMIN_ACCESS_TOKEN", hdr: H("X-Shopify-Access-Token"), host: `acme-${r.lo(5)}.myshopify.com`, value: j("sh", "pat_", r.hex(32)) }) },
  { cat: "payment", make: (r) => ({ provider: "Paystack", env: "PAYSTACK_SECRET_KEY", hdr: B("Authorization"), host: "api.paystack.co", value: j("sk", "_live_", r.hex(40)) }) },
  { cat: "payment", make: (r) => ({ provider: "Flutterwave", env: "FLW_SECRET_KEY", hdr: B("Authorization"), host: "api.flutterwave.com", value: j("FLW", "SECK-", r.hex(32), "-X") }) },
  { cat: "payment", make: (r) => ({ provider: "Mollie", env: "MOLLIE_API_KEY", hdr: B("Authorization"), host: "api.mollie.com", value: j("li", "ve_", r.an(30)) }) },
  { cat: "payment", make: (r) => ({ provider: "Plaid", env: "PLAID_SECRET", value: r.hex(30), extra: [["PLAID_CLIENT_ID", r.hex(24)], ["PLAID_ENV", "production"]] }) },
  { cat: "payment", make: (r) => ({ provider: "GoCardless", env: "GOCARDLESS_ACCESS_TOKEN", hdr: B("Authorization"), host: "api.gocardless.com", value: j("li", "ve_", r.us(40)) }) },
  { cat: "payment", make: (r) => ({ provider: "Coinbase", env: "COINBASE_API_SECRET", value: r.str(88, B64) }) },
  { cat: "payment", make: (r) => ({ provider: "Checkout.com", env: "CKO_SECRET_KEY", hdr: B("Authorization"), host: "api.checkout.com", value: j("sk", "_", r.uuid()) }) },
];

export const SAAS: Spec[] = [
  { cat: "saas", make: (r) => ({ provider: "Notion", env: "NOTION_TOKEN", hdr: B("Authorization"), host: "api.notion.com", value: j("nt", "n_", r.digits(11), r.an(35)) }) },
  { cat: "saas", make: (r) => ({ provider: "Linear", env: "LINEAR_API_KEY", hdr: H("Authorization"), host: "api.linear.app", value: j("lin", "_api_", r.an(40)) }) },
  { cat: "saas", make: (r) => ({ provider: "Airtable", env: "AIRTABLE_TOKEN", hdr: B("Authorization"), host: "api.airtable.com", value: j("pa", "t", r.an(14), ".", r.hex(64)) }) },
  { cat: "saas", make: (r) => ({ provider: "Atlassian", env: "JIRA_API_TOKEN", value: j("ATA", "TT3xFfGF0", r.us(180), "=", r.hex(8).toUpperCase()), extra: [["JIRA_EMAIL", "ops@acme.dev"]] }) },
  { cat: "saas", make: (r) => ({ provider: "Figma", env: "FIGMA_TOKEN", hdr: H("X-Figma-Token"), host: "api.figma.com", value: j("fi", "gd_", r.us(40)) }) },
  { cat: "saas", make: (r) => ({ provider: "HubSpot", env: "HUBSPOT_ACCESS_TOKEN", hdr: B("Authorization"), host: "api.hubapi.com", value: j("pat", "-na1-", r.uuid()) }) },
  { cat: "saas", make: (r) => ({ provider: "Asana", env: "ASANA_PAT", hdr: B("Authorization"), host: "app.asana.com", value: j("2/", r.digits(16), "/", r.digits(16), ":", r.hex(32)) }) },
  { cat: "saas", make: (r) => ({ provider: "Zendesk", env: "ZENDESK_API_TOKEN", value: r.an(40), extra: [["ZENDESK_SUBDOMAIN", "acmehelp"], ["ZENDESK_EMAIL", "support@acme.dev"]] }) },
  { cat: "saas", make: (r) => ({ provider: "Contentful", env: "CONTENTFUL_MANAGEMENT_TOKEN", hdr: B("Authorization"), host: "api.contentful.com", value: j("CFP", "AT-", r.us(43)) }) },
  { cat: "saas", make: (r) => ({ provider: "Mapbox secret", env: "MAPBOX_SECRET_TOKEN", value: j("sk", ".eyJ1Ijoi", r.an(20), "IiwiYSI6I", r.an(20), ".", r.us(22)) }) },
  { cat: "saas", make: (r) => ({ provider: "Typeform", env: "TYPEFORM_TOKEN", hdr: B("Authorization"), host: "api.typeform.com", value: j("tf", "p_", r.an(44), "_", r.an(14)) }) },
  { cat: "saas", make: (r) => ({ provider: "Dropbox", env: "DROPBOX_ACCESS_TOKEN", hdr: B("Authorization"), host: "api.dropboxapi.com", value: j("sl", ".u.", r.us(140)) }) },
  { cat: "saas", make: (r) => ({ provider: "ClickUp", env: "CLICKUP_API_TOKEN", hdr: H("Authorization"), host: "api.clickup.com", value: j("pk", "_", r.digits(8), "_", r.str(32, UP + DIG)) }) },
  { cat: "saas", make: (r) => ({ provider: "Trello", env: "TRELLO_TOKEN", value: j("AT", "TA", r.hex(64), r.hex(8).toUpperCase()), extra: [["TRELLO_KEY", r.hex(32)]] }) },
  { cat: "saas", make: (r) => ({ provider: "Webflow", env: "WEBFLOW_API_TOKEN", hdr: B("Authorization"), host: "api.webflow.com", value: r.hex(64) }) },
  { cat: "saas", make: (r) => ({ provider: "Intercom", env: "INTERCOM_ACCESS_TOKEN", hdr: B("Authorization"), host: "api.intercom.io", value: j("dG9rOj", r.str(54, AN), "=") }) },
  { cat: "saas", make: (r) => ({ provider: "Sanity", env: "SANITY_API_TOKEN", hdr: B("Authorization"), host: `${r.lo(8)}.api.sanity.io`, value: j("sk", r.an(180)) }) },
  { cat: "saas", make: (r) => ({ provider: "Calendly", env: "CALENDLY_TOKEN", hdr: B("Authorization"), host: "api.calendly.com", value: jwt(r, { iss: "https://auth.calendly.com", jti: r.uuid(), user_uuid: r.uuid(), iat: 1733000000 }) }) },
];
void DIG; void HEX;
