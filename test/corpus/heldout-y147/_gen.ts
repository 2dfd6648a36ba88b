// heldout-y147 generator helpers: seeded token builders, themed (data / ML engineering) and plain
// context renderers, and the carry check. Skipped by the loader (leading underscore).
// No credential-shaped literal lives here: every prefix is split and every body is drawn at run time.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const HEXL = "0123456789abcdef";
export const B64 = AN + "+/";
export const URLSAFE = AN + "_-";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export const j = (...p: string[]) => p.join("");

export class Gen extends SeededRng {
  hex(n: number) {
    return this.str(n, HEXL);
  }
  an(n: number) {
    return this.str(n, AN);
  }
  lo(n: number) {
    return this.str(n, LO + DIG);
  }
  up(n: number) {
    return this.str(n, UP + DIG);
  }
  b64(n: number) {
    return this.str(n, B64);
  }
  us(n: number) {
    return this.str(n, URLSAFE);
  }
  digits(n: number) {
    return String(this.range(1, 9)) + this.str(n - 1, DIG);
  }
  uuid() {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`;
  }
  word() {
    return this.pick(["churn", "ltv", "fraud", "recsys", "search", "pricing", "forecast", "ranker", "embeddings", "attribution", "clickstream", "ledger", "inventory", "sessions", "nps"]);
  }
  ts() {
    return `2026-${String(this.range(1, 11)).padStart(2, "0")}-${String(this.range(1, 28)).padStart(2, "0")}T${String(this.range(0, 23)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}`;
  }
  /** A prose line; about one in four in another language. */
  say(topic: "help" | "fix" | "review" | "note" = "help"): string {
    const other = this.int(4) === 0;
    if (!other) {
      const en: Record<string, string[]> = {
        help: ["Can you help me figure out why this pipeline fails on the second task?", "Here is my setup, the job keeps timing out when it reads from the warehouse.", "Why does this notebook work locally but not on the cluster?", "Please review this config before I deploy the DAG."],
        fix: ["Fix the retry logic so the backfill finishes.", "Make the feature job idempotent, it double-writes right now.", "The training run crashes after epoch 3, find out why.", "Refactor this so the loader uses the batch endpoint."],
        review: ["Does this look right to you?", "Anything wrong with this before I merge?", "Sanity check please, it is going to prod tonight.", "Is this the right way to wire the connection?"],
        note: ["Wiring up the nightly export.", "Temporary setup for the migration.", "Quick hack to unblock the demo.", "Copied from the staging box."],
      };
      return this.pick(en[topic]!);
    }
    return this.pick([
      "¿Puedes ayudarme a ver por qué falla el DAG en la segunda tarea?",
      "Aquí está mi configuración; el job se queda colgado al leer del warehouse.",
      "Kannst du mir sagen, warum das Notebook auf dem Cluster nicht läuft?",
      "Bitte prüf die Konfiguration, bevor ich den DAG deploye.",
      "Peux-tu regarder pourquoi l'entraînement plante après l'époque 3 ?",
      "Voilà ma config, le chargement vers l'entrepôt échoue à chaque fois.",
      "Você pode revisar isso antes de eu subir para produção?",
      "O pipeline de features está gravando duas vezes, me ajuda a corrigir.",
      "このノートブックがクラスタ上でだけ失敗する理由を調べてください。",
      "夜間バッチの設定です。確認をお願いします。",
      "帮我看看为什么这个 DAG 第二个任务一直失败。",
      "这是我的配置，数据仓库连接总是超时。",
      "이 파이프라인이 왜 두 번째 단계에서 실패하는지 봐 주세요.",
      "Посмотри, почему джоба падает при чтении из хранилища.",
      "Puoi controllare questa configurazione prima del deploy?",
    ]);
  }
}

export type Cat = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "observability" | "payment" | "saas" | "keys";

/** A credential to place: one or more named slots; `secret` is the value the case must carry. */
export interface Tok {
  provider: string;
  cat: Cat;
  pairs: [string, string][];
  secret: string;
  host: string;
  /** how a client sends it over HTTP */
  auth: "bearer" | "basic" | string;
}

const T = (provider: string, cat: Cat, host: string, auth: string, pairs: [string, string][], secretIdx = pairs.length - 1): Tok => ({
  provider,
  cat,
  host,
  auth,
  pairs,
  secret: pairs[secretIdx]![1],
});

type Maker = (g: Gen) => Tok;

export const PROVIDERS: Record<Exclude<Cat, "keys">, Maker[]> = {
  ai: [
    (g) => T("openai-project", "ai", "api.openai.com", "bearer", [["OPENAI_API_KEY", j("sk-", "proj-", g.us(74), "T3Blbk", "FJ", g.us(74))]]),
    (g) => T("openai-svcacct", "ai", "api.openai.com", "bearer", [["OPENAI_API_KEY", j("sk-", "svcacct-", g.us(74), "T3Blbk", "FJ", g.us(74))]]),
    (g) => T("anthropic", "ai", "api.anthropic.com", "x-api-key", [["ANTHROPIC_API_KEY", j("sk-", "ant-", "api03-", g.us(93), "AA")]]),
    (g) => T("anthropic-admin", "ai", "api.anthropic.com", "x-api-key", [["ANTHROPIC_ADMIN_KEY", j("sk-", "ant-", "admin01-", g.us(93), "AA")]]),
    (g) => T("huggingface", "ai", "huggingface.co", "bearer", [["HF_TOKEN", j("hf", "_", g.str(34, UP + LO))]]),
    (g) => T("groq", "ai", "api.groq.com", "bearer", [["GROQ_API_KEY", j("gs", "k_", g.an(52))]]),
    (g) => T("replicate", "ai", "api.replicate.com", "bearer", [["REPLICATE_API_TOKEN", j("r8", "_", g.an(37))]]),
    (g) => T("perplexity", "ai", "api.perplexity.ai", "bearer", [["PERPLEXITY_API_KEY", j("pp", "lx-", g.an(48))]]),
    (g) => T("gemini", "ai", "generativelanguage.googleapis.com", "x-goog-api-key", [["GEMINI_API_KEY", j("AI", "za", g.us(35))]]),
    (g) => T("xai", "ai", "api.x.ai", "bearer", [["XAI_API_KEY", j("xa", "i-", g.an(80))]]),
    (g) => T("openrouter", "ai", "openrouter.ai", "bearer", [["OPENROUTER_API_KEY", j("sk-", "or-v1-", g.hex(64))]]),
    (g) => T("cohere", "ai", "api.cohere.com", "bearer", [["COHERE_API_KEY", g.an(40)]]),
    (g) => T("mistral", "ai", "api.mistral.ai", "bearer", [["MISTRAL_API_KEY", g.an(32)]]),
    (g) => T("langsmith", "ai", "api.smith.langchain.com", "x-api-key", [["LANGSMITH_API_KEY", j("lsv2", "_pt_", g.hex(32), "_", g.hex(10))]]),
    (g) => T("together", "ai", "api.together.xyz", "bearer", [["TOGETHER_API_KEY", j("tgp", "_v1_", g.us(43))]]),
    (g) => T("elevenlabs", "ai", "api.elevenlabs.io", "xi-api-key", [["ELEVENLABS_API_KEY", j("sk", "_", g.hex(48))]]),
    (g) => T("deepseek", "ai", "api.deepseek.com", "bearer", [["DEEPSEEK_API_KEY", j("sk-", g.hex(32))]]),
    (g) => T("langfuse", "ai", "cloud.langfuse.com", "basic", [["LANGFUSE_PUBLIC_KEY", j("pk-", "lf-", g.uuid())], ["LANGFUSE_SECRET_KEY", j("sk-", "lf-", g.uuid())]]),
    (g) => T("fireworks", "ai", "api.fireworks.ai", "bearer", [["FIREWORKS_API_KEY", j("fw", "_", g.an(24))]]),
    (g) => T("voyage", "ai", "api.voyageai.com", "bearer", [["VOYAGE_API_KEY", j("pa", "-", g.us(43))]]),
  ],
  auth: [
    (g) => T("okta", "auth", "acme.okta.com", "SSWS", [["OKTA_API_TOKEN", j("00", g.us(40))]]),
    (g) => T("google-oauth-secret", "auth", "oauth2.googleapis.com", "form", [["GOOGLE_CLIENT_ID", `${g.digits(12)}-${g.lo(32)}.apps.googleusercontent.com`], ["GOOGLE_CLIENT_SECRET", j("GOC", "SPX-", g.us(28))]]),
    (g) => T("google-refresh", "auth", "oauth2.googleapis.com", "form", [["GOOGLE_REFRESH_TOKEN", j("1", "//0", g.us(100))]]),
    (g) => T("auth0", "auth", "acme.eu.auth0.com", "form", [["AUTH0_CLIENT_ID", g.an(32)], ["AUTH0_CLIENT_SECRET", g.us(64)]]),
    (g) => T("vault", "auth", "vault.internal:8200", "X-Vault-Token", [["VAULT_TOKEN", j("hv", "s.", g.us(90))]]),
    (g) => T("doppler", "auth", "api.doppler.com", "bearer", [["DOPPLER_TOKEN", j("dp", ".st.", "prd.", g.an(43))]]),
    (g) => T("1password-sa", "auth", "my.1password.com", "bearer", [["OP_SERVICE_ACCOUNT_TOKEN", j("op", "s_", "eyJ", g.us(380))]]),
    (g) => T("azure-ad-secret", "auth", "login.microsoftonline.com", "form", [["AZURE_CLIENT_ID", g.uuid()], ["AZURE_CLIENT_SECRET", j(g.an(3), "8Q", "~", g.str(34, AN + "_~.-"))]]),
    (g) => T("jwt-secret", "auth", "api.internal", "none", [["JWT_SECRET", g.b64(64)]]),
    (g) => T("keycloak", "auth", "sso.acme.io", "form", [["KEYCLOAK_CLIENT_SECRET", g.an(32)]]),
    (g) => T("clerk", "auth", "api.clerk.com", "bearer", [["CLERK_SECRET_KEY", j("sk", "_live_", g.an(46))]]),
    (g) => T("django-secret", "auth", "app.internal", "none", [["DJANGO_SECRET_KEY", g.str(50, LO + DIG + "!@#%^&*(-_=+)")]]),
    (g) => T("nextauth", "auth", "app.internal", "none", [["NEXTAUTH_SECRET", g.b64(43) + "="]]),
    (g) => T("github-oauth", "auth", "api.github.com", "bearer", [["GITHUB_OAUTH_TOKEN", j("gh", "o_", g.an(36))]]),
    (g) => T("supabase-service", "auth", "xyzcompany.supabase.co", "bearer", [["SUPABASE_SERVICE_ROLE_KEY", j("sb", "_secret_", g.us(32))]]),
    (g) => T("azure-devops-pat", "auth", "dev.azure.com", "basic", [["AZURE_DEVOPS_PAT", g.str(52, "abcdefghijklmnopqrstuvwxyz234567")]]),
  ],
  cloud: [
    (g) => T("aws", "cloud", "s3.amazonaws.com", "sigv4", [["AWS_ACCESS_KEY_ID", j("AK", "IA", g.str(16, B32))], ["AWS_SECRET_ACCESS_KEY", g.b64(40)]]),
    (g) => T("aws-sts", "cloud", "s3.amazonaws.com", "sigv4", [["AWS_ACCESS_KEY_ID", j("AS", "IA", g.str(16, B32))], ["AWS_SECRET_ACCESS_KEY", g.b64(40)], ["AWS_SESSION_TOKEN", j("IQoJb3JpZ2luX2Vj", g.b64(300))]], 1),
    (g) => T("azure-storage", "cloud", "blob.core.windows.net", "none", [["AZURE_STORAGE_CONNECTION_STRING", `DefaultEndpointsProtocol=https;AccountName=${g.word()}lake${g.lo(4)};AccountKey=${g.b64(86)}==;EndpointSuffix=core.windows.net`]]),
    (g) => T("azure-sas", "cloud", "blob.core.windows.net", "none", [["STAGING_SAS_URL", `https://${g.word()}stage.blob.core.windows.net/raw?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-31T00:00:00Z&st=2026-12-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.b64(43) + "=")}`]]),
    (g) => T("gcp-api-key", "cloud", "bigquery.googleapis.com", "query:key", [["GOOGLE_API_KEY", j("AI", "za", g.us(35))]]),
    (g) => T("digitalocean", "cloud", "api.digitalocean.com", "bearer", [["DIGITALOCEAN_TOKEN", j("do", "p_v1_", g.hex(64))]]),
    (g) => T("alibaba", "cloud", "oss-cn-hangzhou.aliyuncs.com", "sig", [["ALIBABA_CLOUD_ACCESS_KEY_ID", j("LT", "AI", g.an(20))], ["ALIBABA_CLOUD_ACCESS_KEY_SECRET", g.an(30)]]),
    (g) => T("tencent", "cloud", "cos.ap-shanghai.myqcloud.com", "sig", [["TENCENTCLOUD_SECRET_ID", j("AK", "ID", g.an(32))], ["TENCENTCLOUD_SECRET_KEY", g.an(32)]]),
    (g) => T("cloudflare", "cloud", "api.cloudflare.com", "bearer", [["CLOUDFLARE_API_TOKEN", g.us(40)]]),
    (g) => T("cloudflare-r2", "cloud", "r2.cloudflarestorage.com", "sigv4", [["R2_ACCESS_KEY_ID", g.hex(32)], ["R2_SECRET_ACCESS_KEY", g.hex(64)]]),
    (g) => T("backblaze", "cloud", "api.backblazeb2.com", "basic", [["B2_APPLICATION_KEY_ID", j("005", g.hex(22))], ["B2_APPLICATION_KEY", j("K005", g.an(27))]]),
    (g) => T("scaleway", "cloud", "api.scaleway.com", "X-Auth-Token", [["SCW_ACCESS_KEY", j("SC", "W", g.str(17, UP + DIG))], ["SCW_SECRET_KEY", g.uuid()]]),
    (g) => T("heroku", "cloud", "api.heroku.com", "bearer", [["HEROKU_API_KEY", j("HR", "KU-", "AA", g.us(58))]]),
    (g) => T("flyio", "cloud", "api.machines.dev", "bearer", [["FLY_API_TOKEN", j("Fly", "V1 ", "fm2_", g.b64(200))]]),
    (g) => T("wasabi", "cloud", "s3.wasabisys.com", "sigv4", [["WASABI_ACCESS_KEY", g.str(20, UP + DIG)], ["WASABI_SECRET_KEY", g.b64(40)]]),
    (g) => T("minio", "cloud", "minio.data.internal:9000", "sigv4", [["MINIO_ROOT_USER", "minioadmin-etl"], ["MINIO_ROOT_PASSWORD", g.an(32)]]),
    (g) => T("gcs-hmac", "cloud", "storage.googleapis.com", "sigv4", [["GCS_HMAC_ACCESS_ID", j("GO", "OG1", g.str(58, UP + DIG))], ["GCS_HMAC_SECRET", g.b64(40)]]),
  ],
  comms: [
    (g) => T("slack-bot", "comms", "slack.com", "bearer", [["SLACK_BOT_TOKEN", j("xo", "xb-", g.digits(11), "-", g.digits(13), "-", g.an(24))]]),
    (g) => T("slack-user", "comms", "slack.com", "bearer", [["SLACK_USER_TOKEN", j("xo", "xp-", g.digits(11), "-", g.digits(12), "-", g.digits(13), "-", g.hex(32))]]),
    (g) => T("slack-webhook", "comms", "hooks.slack.com", "none", [["SLACK_WEBHOOK_URL", j("https://hooks.", "slack.com/services/", "T", g.up(10), "/B", g.up(10), "/", g.an(24))]]),
    (g) => T("slack-app", "comms", "slack.com", "bearer", [["SLACK_APP_TOKEN", j("xa", "pp-1-", "A", g.up(10), "-", g.digits(13), "-", g.hex(64))]]),
    (g) => T("discord-webhook", "comms", "discord.com", "none", [["DISCORD_WEBHOOK_URL", j("https://discord.com/api/", "webhooks/", g.digits(19), "/", g.us(68))]]),
    (g) => T("discord-bot", "comms", "discord.com", "Bot", [["DISCORD_BOT_TOKEN", j("MT", g.us(24), ".", g.us(6), ".", g.us(38))]]),
    (g) => T("telegram", "comms", "api.telegram.org", "path", [["TELEGRAM_BOT_TOKEN", j(g.digits(10), ":", "AA", g.us(33))]]),
    (g) => T("twilio", "comms", "api.twilio.com", "basic", [["TWILIO_ACCOUNT_SID", j("A", "C", g.hex(32))], ["TWILIO_AUTH_TOKEN", g.hex(32)]]),
    (g) => T("twilio-apikey", "comms", "api.twilio.com", "basic", [["TWILIO_API_KEY", j("S", "K", g.hex(32))], ["TWILIO_API_SECRET", g.an(32)]]),
    (g) => T("sendgrid", "comms", "api.sendgrid.com", "bearer", [["SENDGRID_API_KEY", j("S", "G.", g.us(22), ".", g.us(43))]]),
    (g) => T("mailgun", "comms", "api.mailgun.net", "basic", [["MAILGUN_API_KEY", j("ke", "y-", g.hex(32))]]),
    (g) => T("postmark", "comms", "api.postmarkapp.com", "X-Postmark-Server-Token", [["POSTMARK_SERVER_TOKEN", g.uuid()]]),
    (g) => T("resend", "comms", "api.resend.com", "bearer", [["RESEND_API_KEY", j("r", "e_", g.an(8), "_", g.an(24))]]),
    (g) => T("brevo", "comms", "api.brevo.com", "api-key", [["BREVO_API_KEY", j("xkey", "sib-", g.hex(64), "-", g.an(16))]]),
    (g) => T("teams-webhook", "comms", "outlook.office.com", "none", [["TEAMS_WEBHOOK_URL", `https://acme.webhook.office.com/webhookb2/${g.uuid()}@${g.uuid()}/IncomingWebhook/${g.hex(32)}/${g.uuid()}/V2${g.us(43)}`]]),
    (g) => T("mailchimp", "comms", "us21.api.mailchimp.com", "basic", [["MAILCHIMP_API_KEY", j(g.hex(32), "-us", String(g.range(2, 21)))]]),
  ],
  data: [
    (g) => T("snowflake-password", "data", "xy12345.eu-west-1.snowflakecomputing.com", "none", [["SNOWFLAKE_USER", `SVC_${g.word().toUpperCase()}_ETL`], ["SNOWFLAKE_PASSWORD", g.str(24, AN + "!#%*-_")]]),
    (g) => T("snowflake-pat", "data", "xy12345.snowflakecomputing.com", "bearer", [["SNOWFLAKE_TOKEN", j("ver:1-hint:", g.digits(10), "-ETMsDgAAAZ", g.us(180))]]),
    (g) => T("databricks", "data", "adb-1234567890123456.7.azuredatabricks.net", "bearer", [["DATABRICKS_HOST", "https://adb-" + g.digits(16) + ".7.azuredatabricks.net"], ["DATABRICKS_TOKEN", j("da", "pi", g.hex(32), g.pick(["", "-2", "-3"]))]]),
    (g) => T("postgres-url", "data", "db.internal", "none", [["DATABASE_URL", `postgresql://etl_writer:${g.an(22)}@warehouse-pg.${g.word()}.internal:5432/analytics`]]),
    (g) => T("redshift-url", "data", "redshift.amazonaws.com", "none", [["REDSHIFT_URL", `redshift+psycopg2://loader:${g.an(20)}@${g.word()}-dw.c${g.lo(10)}.us-east-1.redshift.amazonaws.com:5439/dev`]]),
    (g) => T("clickhouse", "data", "clickhouse.cloud", "basic", [["CLICKHOUSE_HOST", `${g.lo(10)}.eu-central-1.aws.clickhouse.cloud`], ["CLICKHOUSE_PASSWORD", g.str(20, AN + "~._")]]),
    (g) => T("mongodb-url", "data", "mongodb.net", "none", [["MONGODB_URI", `mongodb+srv://featurestore:${g.an(16)}@cluster0.${g.lo(5)}.mongodb.net/?retryWrites=true&w=majority`]]),
    (g) => T("confluent", "data", "pkc-12345.us-west-2.aws.confluent.cloud:9092", "sasl", [["CONFLUENT_API_KEY", g.str(16, UP + DIG)], ["CONFLUENT_API_SECRET", g.str(64, AN + "+/")]]),
    (g) => T("pinecone", "data", "api.pinecone.io", "Api-Key", [["PINECONE_API_KEY", j("pc", "sk_", g.an(5), "_", g.an(63))]]),
    (g) => T("qdrant", "data", "qdrant.io", "api-key", [["QDRANT_URL", `https://${g.uuid()}.eu-central-1-0.aws.cloud.qdrant.io:6333`], ["QDRANT_API_KEY", g.us(40)]]),
    (g) => T("weaviate", "data", "weaviate.network", "bearer", [["WEAVIATE_API_KEY", g.an(40)]]),
    (g) => T("zilliz", "data", "zillizcloud.com", "bearer", [["ZILLIZ_TOKEN", g.hex(104)]]),
    (g) => T("astra", "data", "apps.astra.datastax.com", "X-Cassandra-Token", [["ASTRA_DB_APPLICATION_TOKEN", j("Astra", "CS:", g.str(24, UP + LO), ":", g.hex(64))]]),
    (g) => T("planetscale", "data", "aws.connect.psdb.cloud", "none", [["PLANETSCALE_PASSWORD", j("psc", "ale_pw_", g.us(43))]]),
    (g) => T("neon", "data", "neon.tech", "none", [["NEON_DATABASE_URL", `postgresql://neondb_owner:${j("np", "g_", g.an(12))}@ep-${g.lo(6)}-${g.lo(8)}.eu-central-1.aws.neon.tech/neondb?sslmode=require`]]),
    (g) => T("upstash", "data", "upstash.io", "bearer", [["UPSTASH_REDIS_REST_TOKEN", j("A", g.us(4), "AAIjcD", g.us(80))]]),
    (g) => T("redis-url", "data", "redis", "none", [["FEATURE_CACHE_URL", `rediss://default:${g.an(32)}@${g.word()}-cache.${g.lo(6)}.ng.0001.use1.cache.amazonaws.com:6379/0`]]),
    (g) => T("elastic", "data", "es.io", "ApiKey", [["ELASTIC_API_KEY", Buffer.from(`${g.us(20)}:${g.us(22)}`).toString("base64")]]),
    (g) => T("fivetran", "data", "api.fivetran.com", "basic", [["FIVETRAN_API_KEY", g.an(16)], ["FIVETRAN_API_SECRET", g.an(32)]]),
    (g) => T("motherduck", "data", "motherduck.com", "bearer", [["MOTHERDUCK_TOKEN", j("ey", "JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.", Buffer.from(`{"session":"${g.lo(12)}.motherduck.com","email":"etl@acme.io","userId":"${g.uuid()}","iat":1764000000}`).toString("base64url"), ".", g.us(43))]]),
  ],
  devtools: [
    (g) => T("github-classic", "devtools", "api.github.com", "bearer", [["GITHUB_TOKEN", j("gh", "p_", g.an(36))]]),
    (g) => T("github-fine", "devtools", "api.github.com", "bearer", [["GH_TOKEN", j("github", "_pat_", "11", g.up(20), "_", g.an(59))]]),
    (g) => T("github-app", "devtools", "api.github.com", "bearer", [["GITHUB_APP_INSTALLATION_TOKEN", j("gh", "s_", g.an(36))]]),
    (g) => T("gitlab", "devtools", "gitlab.com", "PRIVATE-TOKEN", [["GITLAB_TOKEN", j("gl", "pat-", g.us(20))]]),
    (g) => T("npm", "devtools", "registry.npmjs.org", "bearer", [["NPM_TOKEN", j("np", "m_", g.an(36))]]),
    (g) => T("pypi", "devtools", "upload.pypi.org", "basic", [["TWINE_PASSWORD", j("py", "pi-", "AgEIcHlwaS5vcmc", g.us(150))]]),
    (g) => T("dockerhub", "devtools", "hub.docker.com", "bearer", [["DOCKERHUB_TOKEN", j("dc", "kr_pat_", g.us(27))]]),
    (g) => T("terraform-cloud", "devtools", "app.terraform.io", "bearer", [["TFE_TOKEN", j(g.an(14), ".atlas", "v1.", g.an(67))]]),
    (g) => T("buildkite", "devtools", "api.buildkite.com", "bearer", [["BUILDKITE_API_TOKEN", j("bk", "ua_", g.hex(40))]]),
    (g) => T("sonar", "devtools", "sonarcloud.io", "bearer", [["SONAR_TOKEN", j("sq", "u_", g.hex(40))]]),
    (g) => T("postman", "devtools", "api.getpostman.com", "X-Api-Key", [["POSTMAN_API_KEY", j("PM", "AK-", g.hex(24), "-", g.hex(34))]]),
    (g) => T("kaggle", "devtools", "www.kaggle.com", "basic", [["KAGGLE_USERNAME", `ds${g.lo(7)}`], ["KAGGLE_KEY", g.hex(32)]]),
    (g) => T("circleci", "devtools", "circleci.com", "Circle-Token", [["CIRCLECI_TOKEN", j("CCI", "PAT_", g.an(22), "_", g.hex(40))]]),
    (g) => T("jfrog", "devtools", "acme.jfrog.io", "X-JFrog-Art-Api", [["ARTIFACTORY_API_KEY", j("AK", "Cp", g.an(69))]]),
    (g) => T("atlassian", "devtools", "acme.atlassian.net", "basic", [["JIRA_API_TOKEN", j("ATA", "TT3xFfGF0", g.us(180), "=", g.up(8))]]),
    (g) => T("huggingface-write", "devtools", "huggingface.co", "bearer", [["HUGGINGFACE_HUB_TOKEN", j("hf", "_", g.str(34, UP + LO))]]),
  ],
  observability: [
    (g) => T("datadog", "observability", "api.datadoghq.eu", "DD-API-KEY", [["DD_API_KEY", g.hex(32)], ["DD_APP_KEY", g.hex(40)]], 0),
    (g) => T("newrelic-user", "observability", "api.newrelic.com", "Api-Key", [["NEW_RELIC_API_KEY", j("NR", "AK-", g.str(27, UP + DIG))]]),
    (g) => T("newrelic-license", "observability", "collector.newrelic.com", "none", [["NEW_RELIC_LICENSE_KEY", j(g.hex(36), "NR", "AL")]]),
    (g) => T("sentry-token", "observability", "sentry.io", "bearer", [["SENTRY_AUTH_TOKEN", j("sn", "tryu_", g.hex(64))]]),
    (g) => T("grafana-sa", "observability", "grafana.acme.io", "bearer", [["GRAFANA_SERVICE_ACCOUNT_TOKEN", j("gl", "sa_", g.an(32), "_", g.hex(8))]]),
    (g) => T("grafana-cloud", "observability", "grafana.net", "bearer", [["GRAFANA_CLOUD_TOKEN", j("gl", "c_", "eyJvIjoi", g.b64(120), "=")]]),
    (g) => T("honeycomb", "observability", "api.honeycomb.io", "X-Honeycomb-Team", [["HONEYCOMB_API_KEY", j("hc", "aik_", g.lo(58))]]),
    (g) => T("splunk-hec", "observability", "splunk.acme.io:8088", "Splunk", [["SPLUNK_HEC_TOKEN", g.uuid()]]),
    (g) => T("dynatrace", "observability", "abc12345.live.dynatrace.com", "Api-Token", [["DT_API_TOKEN", j("dt0", "c01.", g.str(24, UP + DIG), ".", g.str(64, UP + DIG))]]),
    (g) => T("posthog-personal", "observability", "eu.posthog.com", "bearer", [["POSTHOG_PERSONAL_API_KEY", j("ph", "x_", g.an(47))]]),
    (g) => T("axiom", "observability", "api.axiom.co", "bearer", [["AXIOM_TOKEN", j("xa", "at-", g.uuid())]]),
    (g) => T("logzio", "observability", "listener.logz.io", "query:token", [["LOGZIO_SHIPPING_TOKEN", g.str(32, UP + LO)]]),
    (g) => T("pagerduty", "observability", "api.pagerduty.com", "Token token=", [["PAGERDUTY_API_TOKEN", j("u+", g.us(18))]]),
    (g) => T("sentry-org", "observability", "sentry.io", "bearer", [["SENTRY_ORG_TOKEN", j("sn", "trys_", "eyJpYXQiOjE3", g.b64(140), "_", g.us(43))]]),
    (g) => T("betterstack", "observability", "in.logs.betterstack.com", "bearer", [["BETTERSTACK_SOURCE_TOKEN", g.an(24)]]),
  ],
  payment: [
    (g) => T("stripe-secret", "payment", "api.stripe.com", "bearer", [["STRIPE_SECRET_KEY", j("sk", "_live_", "51", g.an(97))]]),
    (g) => T("stripe-restricted", "payment", "api.stripe.com", "bearer", [["STRIPE_RESTRICTED_KEY", j("rk", "_live_", "51", g.an(97))]]),
    (g) => T("stripe-webhook", "payment", "api.stripe.com", "none", [["STRIPE_WEBHOOK_SECRET", j("wh", "sec_", g.an(32))]]),
    (g) => T("paypal", "payment", "api-m.paypal.com", "basic", [["PAYPAL_CLIENT_ID", j("A", g.us(79))], ["PAYPAL_CLIENT_SECRET", j("E", g.us(79))]]),
    (g) => T("square", "payment", "connect.squareup.com", "bearer", [["SQUARE_ACCESS_TOKEN", j("EA", "AA", g.us(60))]]),
    (g) => T("braintree", "payment", "api.braintreegateway.com", "bearer", [["BRAINTREE_ACCESS_TOKEN", j("access_token", "$production$", g.lo(16), "$", g.hex(32))]]),
    (g) => T("adyen", "payment", "checkout-live.adyenpayments.com", "X-API-Key", [["ADYEN_API_KEY", j("AQE", g.lo(3), "hmfxL", g.b64(150))]]),
    (g) => T("razorpay", "payment", "api.razorpay.com", "basic", [["RAZORPAY_KEY_ID", j("rz", "p_live_", g.an(14))], ["RAZORPAY_KEY_SECRET", g.an(24)]]),
    (g) => T("paystack", "payment", "api.paystack.co", "bearer", [["PAYSTACK_SECRET_KEY", j("sk", "_live_", g.hex(40))]]),
    (g) => T("flutterwave", "payment", "api.flutterwave.com", "bearer", [["FLW_SECRET_KEY", j("FLWS", "ECK-", g.hex(32), "-X")]]),
    (g) => T("mollie", "payment", "api.mollie.com", "bearer", [["MOLLIE_API_KEY", j("li", "ve_", g.an(30))]]),
    (g) => T("plaid", "payment", "production.plaid.com", "body", [["PLAID_CLIENT_ID", g.hex(24)], ["PLAID_SECRET", g.hex(30)]]),
    (g) => T("shopify", "payment", "acme.myshopify.com", "X-Shopify-Access-Token", [["SHOPIFY_ACCESS_TOKEN", j("sh", "pat_", g.hex(32))]]),
    (g) => T("checkout", "payment", "api.checkout.com", "bearer", [["CKO_SECRET_KEY", j("sk", "_", g.lo(26))]]),
    (g) => T("coinbase", "payment", "api.coinbase.com", "sig", [["COINBASE_API_KEY", g.an(16)], ["COINBASE_API_SECRET", g.an(32)]]),
    (g) => T("lemonsqueezy", "payment", "api.lemonsqueezy.com", "bearer", [["LEMONSQUEEZY_API_KEY", j("ey", "J0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.", g.us(300), ".", g.us(340))]]),
  ],
  saas: [
    (g) => T("notion", "saas", "api.notion.com", "bearer", [["NOTION_TOKEN", j("nt", "n_", g.digits(12), g.an(34))]]),
    (g) => T("airtable", "saas", "api.airtable.com", "bearer", [["AIRTABLE_TOKEN", j("pa", "t", g.an(14), ".", g.hex(64))]]),
    (g) => T("linear", "saas", "api.linear.app", "auth", [["LINEAR_API_KEY", j("lin", "_api_", g.an(40))]]),
    (g) => T("figma", "saas", "api.figma.com", "X-Figma-Token", [["FIGMA_TOKEN", j("fi", "gd_", g.us(40))]]),
    (g) => T("hubspot", "saas", "api.hubapi.com", "bearer", [["HUBSPOT_ACCESS_TOKEN", j("pa", "t-eu1-", g.uuid())]]),
    (g) => T("contentful", "saas", "api.contentful.com", "bearer", [["CONTENTFUL_MANAGEMENT_TOKEN", j("CF", "PAT-", g.us(43))]]),
    (g) => T("algolia-admin", "saas", "algolia.net", "X-Algolia-API-Key", [["ALGOLIA_APP_ID", g.up(10)], ["ALGOLIA_ADMIN_API_KEY", g.hex(32)]]),
    (g) => T("mapbox-secret", "saas", "api.mapbox.com", "query:access_token", [["MAPBOX_SECRET_TOKEN", j("s", "k.eyJ1Ijoi", g.b64(40), ".", g.us(22))]]),
    (g) => T("dropbox", "saas", "api.dropboxapi.com", "bearer", [["DROPBOX_ACCESS_TOKEN", j("s", "l.u.", g.us(140))]]),
    (g) => T("zendesk", "saas", "acme.zendesk.com", "basic", [["ZENDESK_API_TOKEN", g.an(40)]]),
    (g) => T("typeform", "saas", "api.typeform.com", "bearer", [["TYPEFORM_TOKEN", j("tf", "p_", g.us(44), "_", g.us(14))]]),
    (g) => T("asana", "saas", "app.asana.com", "bearer", [["ASANA_PAT", j("2/", g.digits(16), "/", g.digits(16), ":", g.hex(32))]]),
    (g) => T("tableau", "saas", "prod-useast-a.online.tableau.com", "X-Tableau-Auth", [["TABLEAU_PAT_NAME", "etl-refresh"], ["TABLEAU_PAT_SECRET", j(g.us(22), "==:", g.an(32))]]),
    (g) => T("looker", "saas", "acme.cloud.looker.com", "form", [["LOOKERSDK_CLIENT_ID", g.an(20)], ["LOOKERSDK_CLIENT_SECRET", g.an(24)]]),
    (g) => T("monday", "saas", "api.monday.com", "auth", [["MONDAY_API_TOKEN", j("ey", "JhbGciOiJIUzI1NiJ9.", Buffer.from(`{"tid":${g.digits(9)},"aai":11,"uid":${g.digits(8)},"iad":"2026-10-02T09:11:43.000Z","per":"me:write","actid":${g.digits(8)},"rgn":"euc1"}`).toString("base64url"), ".", g.us(43))]]),
    (g) => T("intercom", "saas", "api.intercom.io", "bearer", [["INTERCOM_ACCESS_TOKEN", j("dG9rOj", g.b64(50), "=")]]),
  ],
};

// ---------------------------------------------------------------------------------------------
// Carry check: the secret must be in the text raw or in one of the encodings a carrier applies.

export function b64(s: string) {
  return Buffer.from(s).toString("base64");
}
export function carries(text: string, value: string): boolean {
  const forms = [
    value,
    JSON.stringify(value).slice(1, -1),
    JSON.stringify(JSON.stringify(value).slice(1, -1)).slice(1, -1),
    b64(value),
    encodeURIComponent(value),
    encodeURIComponent(value).replace(/%20/g, "+"),
  ];
  if (forms.some((f) => text.includes(f))) return true;
  // base64 carriers: decode every long base64 run and look inside
  for (const m of text.match(/[A-Za-z0-9+/]{16,}={0,2}/g) ?? []) {
    if (Buffer.from(m, "base64").toString("utf8").includes(value)) return true;
  }
  return false;
}

export function mk(id: string, category: string, label: "positive" | "benign", text: string, note: string, must?: string): CorpusCase {
  if (must !== undefined && !carries(text, must)) throw new Error(`${id}: value not carried (${note})`);
  return { id, kind: "secrets", category, label, text, note };
}

// ---------------------------------------------------------------------------------------------
// Renderers. Each gets the pairs to place and the stream; returns the outbound text.

export type Renderer = { name: string; f: (t: Tok, g: Gen) => string };

const lower = (k: string) => k.toLowerCase();
const envLines = (t: Tok) => t.pairs.map(([k, v]) => `${k}=${v}`).join("\n");
const quoteEnv = (t: Tok) => t.pairs.map(([k, v]) => `${k}="${v}"`).join("\n");
const first = (t: Tok) => t.pairs[0]![1];
function authHeader(t: Tok): string {
  const s = t.secret;
  if (t.auth === "bearer") return `Authorization: Bearer ${s}`;
  if (t.auth === "basic") return `Authorization: Basic ${b64(`${t.pairs.length > 1 ? first(t) : "api"}:${s}`)}`;
  if (["SSWS", "Bot", "Splunk", "ApiKey", "Api-Token", "Token token="].includes(t.auth)) return `Authorization: ${t.auth}${t.auth.endsWith("=") ? "" : " "}${s}`;
  if (t.auth.includes("-") || /^[A-Z]/.test(t.auth)) return `${t.auth}: ${s}`;
  return `Authorization: Bearer ${s}`;
}
const nb = (cells: unknown[]) =>
  JSON.stringify({ cells, metadata: { kernelspec: { display_name: "Python 3 (ipykernel)", language: "python", name: "python3" }, language_info: { name: "python", version: "3.11.9" } }, nbformat: 4, nbformat_minor: 5 }, null, 1);
const srcLines = (s: string) => s.split("\n").map((l, i, a) => (i < a.length - 1 ? l + "\n" : l));

export const THEMED: Renderer[] = [
  {
    name: "ipynb-environ",
    f: (t, g) =>
      nb([
        { cell_type: "markdown", id: g.hex(8), metadata: {}, source: [`## ${g.word()} feature backfill\n`, g.say("note")] },
        { cell_type: "code", execution_count: g.range(1, 9), id: g.hex(8), metadata: {}, outputs: [], source: srcLines(["import os", ...t.pairs.map(([k, v]) => `os.environ["${k}"] = "${v}"`)].join("\n")) },
        { cell_type: "code", execution_count: g.range(10, 20), id: g.hex(8), metadata: {}, outputs: [{ name: "stdout", output_type: "stream", text: [`rows loaded: ${g.range(1000, 99999)}\n`] }], source: ["df = load_partition('2026-11-30')\n", "print('rows loaded:', len(df))"] },
      ]),
  },
  {
    name: "ipynb-env-output",
    f: (t, g) =>
      nb([
        { cell_type: "code", execution_count: 3, id: g.hex(8), metadata: {}, source: ["!env | grep -E 'KEY|TOKEN|SECRET|PASSWORD|URL' | sort"], outputs: [{ name: "stdout", output_type: "stream", text: srcLines(["JUPYTERHUB_USER=" + g.lo(6), ...t.pairs.map(([k, v]) => `${k}=${v}`), "SPARK_HOME=/opt/spark", ""].join("\n")) }] },
      ]),
  },
  {
    name: "airflow-dag-bashoperator",
    f: (t, g) => `from datetime import datetime\nfrom airflow import DAG\nfrom airflow.operators.bash import BashOperator\n\n# ${g.say("note")}\nwith DAG("${g.word()}_daily", start_date=datetime(2026, 1, 1), schedule="@daily", catchup=False) as dag:\n    extract = BashOperator(\n        task_id="extract",\n        bash_command="python /opt/jobs/extract.py --ds {{ ds }}",\n        env={\n${t.pairs.map(([k, v]) => `            "${k}": "${v}",`).join("\n")}\n        },\n    )\n`,
  },
  {
    name: "airflow-connections-add",
    f: (t, g) => `airflow connections add '${g.word()}_api' \\\n    --conn-type http \\\n    --conn-host 'https://${t.host}' \\\n    --conn-login '${t.pairs.length > 1 ? first(t) : "api"}' \\\n    --conn-password '${t.secret}'\n`,
  },
  {
    name: "airflow-variables-json",
    f: (t, g) => `$ cat variables.json\n${JSON.stringify(Object.fromEntries([["env", "prod"], ...t.pairs.map(([k, v]) => [lower(k), v]), ["alert_channel", `#${g.word()}-alerts`]]), null, 2)}\n$ airflow variables import variables.json\n`,
  },
  {
    name: "dagster-resource",
    f: (t, g) => `from dagster import Definitions, ConfigurableResource\n\nclass ${g.pick(["Vendor", "Warehouse", "Model"])}Client(ConfigurableResource):\n${t.pairs.map(([k]) => `    ${lower(k)}: str`).join("\n")}\n\ndefs = Definitions(\n    assets=[${g.word()}_features],\n    resources={\n        "client": Client(\n${t.pairs.map(([k, v]) => `            ${lower(k)}="${v}",`).join("\n")}\n        ),\n    },\n)\n`,
  },
  {
    name: "prefect-secret-block",
    f: (t, g) => `from prefect.blocks.system import Secret\n\n# ${g.say("note")}\n${t.pairs.map(([k, v]) => `Secret(value="${v}").save("${lower(k).replace(/_/g, "-")}", overwrite=True)`).join("\n")}\n`,
  },
  {
    name: "dbt-project-vars",
    f: (t, g) => `# dbt_project.yml\nname: '${g.word()}_marts'\nversion: '1.0.0'\nprofile: 'warehouse'\nmodel-paths: ["models"]\nvars:\n  start_date: '2024-01-01'\n${t.pairs.map(([k, v]) => `  ${lower(k)}: '${v}'`).join("\n")}\nmodels:\n  ${g.word()}_marts:\n    +materialized: table\n`,
  },
  {
    name: "spark-submit-conf",
    f: (t, g) => `spark-submit \\\n  --master yarn --deploy-mode cluster \\\n${t.pairs.map(([k, v]) => `  --conf spark.executorEnv.${k}=${v} \\\n  --conf spark.yarn.appMasterEnv.${k}=${v} \\`).join("\n")}\n  s3://${g.word()}-jobs/etl/build_features.py --date 2026-11-30\n`,
  },
  {
    name: "spark-defaults-conf",
    f: (t, g) => `# /opt/spark/conf/spark-defaults.conf\nspark.sql.shuffle.partitions     ${g.range(64, 800)}\nspark.serializer                 org.apache.spark.serializer.KryoSerializer\n${t.pairs.map(([k, v]) => `spark.executorEnv.${k.padEnd(24)} ${v}`).join("\n")}\nspark.eventLog.enabled           true\n`,
  },
  {
    name: "databricks-cluster-json",
    f: (t, g) => JSON.stringify({ cluster_name: `${g.word()}-etl`, spark_version: "15.4.x-scala2.12", node_type_id: "i3.xlarge", num_workers: g.range(2, 16), spark_env_vars: Object.fromEntries(t.pairs), autotermination_minutes: 30 }, null, 2),
  },
  {
    name: "emr-configurations",
    f: (t) => JSON.stringify([{ Classification: "spark-env", Configurations: [{ Classification: "export", Properties: Object.fromEntries(t.pairs) }] }, { Classification: "spark-defaults", Properties: { "spark.dynamicAllocation.enabled": "true" } }], null, 2),
  },
  {
    name: "mlflow-script",
    f: (t, g) => `import os\nimport mlflow\n\n${t.pairs.map(([k, v]) => `os.environ["${k}"] = "${v}"`).join("\n")}\nmlflow.set_tracking_uri("https://mlflow.${g.word()}.internal")\nmlflow.set_experiment("/Shared/${g.word()}-model")\nwith mlflow.start_run(run_name="xgb-${g.lo(6)}"):\n    mlflow.log_param("max_depth", ${g.range(3, 12)})\n`,
  },
  {
    name: "wandb-launch",
    f: (t, g) => `WANDB_PROJECT=${g.word()} WANDB_ENTITY=ml-platform ${t.pairs.map(([k, v]) => `${k}=${v}`).join(" ")} \\\n  python train.py --epochs ${g.range(3, 40)} --lr 3e-4 --batch-size ${g.pick([32, 64, 128])}\n`,
  },
  {
    name: "hf-space-secret",
    f: (t, g) => `from huggingface_hub import HfApi\n\napi = HfApi()\n${t.pairs.map(([k, v]) => `api.add_space_secret(repo_id="acme/${g.word()}-demo", key="${k}", value="${v}")`).join("\n")}\n`,
  },
  {
    name: "ray-job-submit",
    f: (t, g) => `ray job submit --address http://ray-head.${g.word()}.svc:8265 \\\n  --runtime-env-json='${JSON.stringify({ pip: ["pyarrow", "polars"], env_vars: Object.fromEntries(t.pairs) })}' \\\n  -- python embed_corpus.py --shards ${g.range(8, 64)}\n`,
  },
  {
    name: "kedro-credentials",
    f: (t, g) => `# conf/local/credentials.yml\n${g.word()}_creds:\n${t.pairs.map(([k, v]) => `  ${lower(k)}: ${v}`).join("\n")}\ndev_s3:\n  client_kwargs:\n    region_name: eu-west-1\n`,
  },
  {
    name: "feast-feature-store",
    f: (t, g) => `project: ${g.word()}_features\nregistry: s3://${g.word()}-feast/registry.db\nprovider: aws\nonline_store:\n  type: redis\n  connection_string: "feast-redis.internal:6379"\noffline_store:\n  type: snowflake.offline\n  account: xy12345.eu-west-1\n${t.pairs.map(([k, v]) => `  ${lower(k)}: "${v}"`).join("\n")}\nentity_key_serialization_version: 2\n`,
  },
  {
    name: "metaflow-config",
    f: (t, g) => JSON.stringify({ METAFLOW_DEFAULT_DATASTORE: "s3", METAFLOW_DATASTORE_SYSROOT_S3: `s3://${g.word()}-metaflow/metaflow`, METAFLOW_DEFAULT_METADATA: "service", ...Object.fromEntries(t.pairs) }, null, 4),
  },
  {
    name: "k8s-sparkapplication",
    f: (t, g) => `apiVersion: sparkoperator.k8s.io/v1beta2\nkind: SparkApplication\nmetadata:\n  name: ${g.word()}-aggregate\n  namespace: data\nspec:\n  type: Python\n  mainApplicationFile: local:///opt/app/aggregate.py\n  driver:\n    cores: 1\n    env:\n${t.pairs.map(([k, v]) => `      - name: ${k}\n        value: "${v}"`).join("\n")}\n`,
  },
  {
    name: "k8s-secret-base64",
    f: (t, g) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${g.word()}-pipeline-env\n  namespace: airflow\ntype: Opaque\ndata:\n${t.pairs.map(([k, v]) => `  ${k}: ${b64(v)}`).join("\n")}\n`,
  },
  {
    name: "compose-airflow",
    f: (t, g) => `services:\n  airflow-scheduler:\n    image: apache/airflow:2.10.3\n    environment:\n      AIRFLOW__CORE__EXECUTOR: CeleryExecutor\n${t.pairs.map(([k, v]) => `      ${k}: "${v}"`).join("\n")}\n    volumes:\n      - ./dags:/opt/airflow/dags\n  jupyter:\n    image: jupyter/pyspark-notebook:spark-3.5.0\n    ports: ["8888:8888"]\n# ${g.say("note")}\n`,
  },
  {
    name: "streamlit-secrets",
    f: (t, g) => `# .streamlit/secrets.toml\n[${g.word()}]\n${t.pairs.map(([k, v]) => `${lower(k)} = "${v}"`).join("\n")}\n\n[connections.warehouse]\ndialect = "snowflake"\n`,
  },
  {
    name: "airflow-task-log",
    f: (t, g) => `[${g.ts().replace("T", " ")},112] {subprocess.py:75} INFO - Running command: ['/usr/bin/bash', '-c', 'python /opt/jobs/sync.py']\n[${g.ts().replace("T", " ")},114] {subprocess.py:86} INFO - Output:\n${t.pairs.map(([k, v]) => `[${g.ts().replace("T", " ")},201] {subprocess.py:93} INFO - loaded config ${k}=${v}`).join("\n")}\n[${g.ts().replace("T", " ")},877] {taskinstance.py:1206} INFO - Marking task as FAILED. dag_id=${g.word()}_sync, task_id=sync, run_id=scheduled__2026-11-30T00:00:00+00:00\n`,
  },
  {
    name: "spark-driver-log",
    f: (t, g) => `26/11/30 02:14:${g.range(10, 59)} INFO SparkContext: Running Spark version 3.5.1\n26/11/30 02:14:${g.range(10, 59)} INFO SparkContext: Spark configuration:\nspark.app.name=${g.word()}-features\n${t.pairs.map(([k, v]) => `spark.executorEnv.${k}=${v}`).join("\n")}\nspark.master=yarn\n26/11/30 02:15:02 ERROR Executor: Exception in task 3.0 in stage 7.0 (TID 211)\n`,
  },
  {
    name: "anthropic-body-notebook-paste",
    f: (t, g) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `${g.say("help")}\n\n\`\`\`python\nimport os\n${t.pairs.map(([k, v]) => `os.environ["${k}"] = "${v}"`).join("\n")}\ndf = spark.read.table("${g.word()}.silver.events")\n\`\`\`` }] }),
  },
  {
    name: "openai-toolcall-shell",
    f: (t, g) =>
      JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: g.say("fix") }, { role: "assistant", content: null, tool_calls: [{ id: `call_${g.an(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${t.pairs.map(([k, v]) => `export ${k}="${v}"`).join(" && ")} && dbt run --select ${g.word()}_mart --target prod` }) } }] }] }),
  },
  {
    name: "anthropic-tooluse-writefile",
    f: (t, g) => JSON.stringify({ model: "claude-opus-4-1", max_tokens: 4096, messages: [{ role: "user", content: g.say("fix") }, { role: "assistant", content: [{ type: "text", text: "I'll create the env file for the pipeline." }, { type: "tool_use", id: `toolu_${g.an(24)}`, name: "write_file", input: { path: `pipelines/${g.word()}/.env`, content: `${envLines(t)}\nPIPELINE_ENV=prod\n` } }] }] }),
  },
  {
    name: "mcp-tool-result",
    f: (t, g) => JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text: `$ cat dags/${g.word()}/.env\n${envLines(t)}\nAIRFLOW_UID=50000\n` }], isError: false } }),
  },
  {
    name: "gha-dbt-workflow",
    f: (t, g) => `name: dbt-prod\non:\n  schedule: [{ cron: "0 3 * * *" }]\njobs:\n  run:\n    runs-on: ubuntu-latest\n    env:\n      DBT_PROFILES_DIR: .\n${t.pairs.map(([k, v]) => `      ${k}: ${v}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: pip install dbt-snowflake==1.8.3\n      - run: dbt build --target prod --select state:modified+ # ${g.word()}\n`,
  },
  {
    name: "papermill-params",
    f: (t, g) => `papermill notebooks/${g.word()}_report.ipynb out/${g.word()}_report_2026-11-30.ipynb \\\n  -p run_date 2026-11-30 \\\n${t.pairs.map(([k, v]) => `  -p ${lower(k)} '${v}' \\`).join("\n")}\n  -k python3\n`,
  },
  {
    name: "ipynb-env-magic",
    f: (t, g) => nb([{ cell_type: "code", execution_count: 1, id: g.hex(8), metadata: {}, outputs: t.pairs.map(([k, v]) => ({ name: "stdout", output_type: "stream", text: [`env: ${k}=${v}\n`] })), source: srcLines(t.pairs.map(([k, v]) => `%env ${k}=${v}`).join("\n")) }]),
  },
  {
    name: "duckdb-secret",
    f: (t, g) => `-- scratch.sql (duckdb)\nINSTALL httpfs; LOAD httpfs;\nCREATE OR REPLACE SECRET ${g.word()}_api (\n    TYPE http,\n    EXTRA_HTTP_HEADERS MAP {\n        'Authorization': 'Bearer ${t.secret}'\n    }\n);\nSELECT count(*) FROM read_json_auto('https://${t.host}/v1/export?since=2026-11-01');\n`,
  },
  {
    name: "tfvars-data-platform",
    f: (t, g) => `# envs/prod/terraform.tfvars\nproject      = "${g.word()}-data"\nregion       = "eu-west-1"\n${t.pairs.map(([k, v]) => `${lower(k).padEnd(12)} = "${v}"`).join("\n")}\nwarehouse_size = "MEDIUM"\n`,
  },
  {
    name: "gx-config-variables",
    f: (t, g) => `# great_expectations/uncommitted/config_variables.yml\ninstance_id: ${g.uuid()}\n${t.pairs.map(([k, v]) => `${lower(k)}: ${v}`).join("\n")}\n`,
  },
  {
    name: "airbyte-source-config",
    f: (t, g) => JSON.stringify({ sourceDefinitionId: g.uuid(), workspaceId: g.uuid(), name: `${g.word()} source`, connectionConfiguration: { start_date: "2025-01-01T00:00:00Z", credentials: { auth_type: "api_key", ...Object.fromEntries(t.pairs.map(([k, v]) => [lower(k), v])) } } }, null, 2),
  },
  {
    name: "python-etl-constants",
    f: (t, g) => `"""Nightly ${g.word()} export to the lake."""\nimport requests\nimport pyarrow.parquet as pq\n\n${t.pairs.map(([k, v]) => `${k} = "${v}"`).join("\n")}\n\ndef fetch(page: int):\n    r = requests.get("https://${t.host}/v1/records", params={"page": page}, headers={"Authorization": f"Bearer {${t.pairs[t.pairs.length - 1]![0]}}"}, timeout=30)\n    r.raise_for_status()\n    return r.json()\n`,
  },
  {
    name: "jupyter-kernel-json",
    f: (t, g) => JSON.stringify({ argv: ["/opt/conda/envs/ml/bin/python", "-m", "ipykernel_launcher", "-f", "{connection_file}"], display_name: `Python (${g.word()}-ml)`, language: "python", env: Object.fromEntries([["PYSPARK_PYTHON", "/opt/conda/envs/ml/bin/python"], ...t.pairs]) }, null, 1),
  },
  {
    name: "dockerfile-training",
    f: (t, g) => `FROM nvcr.io/nvidia/pytorch:24.10-py3\nWORKDIR /workspace\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n${t.pairs.map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nCOPY . .\nCMD ["python", "train.py", "--config", "configs/${g.word()}.yaml"]\n`,
  },
  {
    name: "slurm-sbatch",
    f: (t, g) => `#!/bin/bash\n#SBATCH --job-name=${g.word()}-finetune\n#SBATCH --gres=gpu:${g.pick([1, 2, 4, 8])}\n#SBATCH --time=12:00:00\nmodule load cuda/12.4\n${t.pairs.map(([k, v]) => `export ${k}=${v}`).join("\n")}\nsrun python -m torch.distributed.run --nproc_per_node=4 finetune.py\n`,
  },
];

export const PLAIN: Renderer[] = [
  { name: "shell-export", f: (t) => t.pairs.map(([k, v]) => `export ${k}='${v}'`).join("\n") + "\n" },
  {
    name: "curl-header",
    f: (t, g) => `curl -sS -X ${g.pick(["GET", "POST"])} "https://${t.host}/v1/${g.pick(["status", "me", "usage", "projects"])}" \\\n  -H "${authHeader(t)}" \\\n  -H "Content-Type: application/json"\n`,
  },
  {
    name: "har-entry",
    f: (t, g) => JSON.stringify({ log: { version: "1.2", entries: [{ startedDateTime: g.ts() + ".000Z", request: { method: "POST", url: `https://${t.host}/v1/batch`, headers: [{ name: "content-type", value: "application/json" }, ...t.pairs.map(([k, v]) => ({ name: `x-${lower(k).replace(/_/g, "-")}`, value: v }))], bodySize: 0 }, response: { status: 401 } }] } }, null, 1),
  },
  {
    name: "python-requests",
    f: (t, g) => `import requests\n\nsession = requests.Session()\nsession.headers.update({\n${t.pairs.map(([k, v]) => `    "X-${k.replace(/_/g, "-")}": "${v}",`).join("\n")}\n})\nresp = session.get("https://${t.host}/v2/items", timeout=10)\nprint(resp.status_code)\n`,
  },
  {
    name: "node-fetch",
    f: (t, g) => `const res = await fetch("https://${t.host}/api/v1/query", {\n  method: "POST",\n  headers: {\n    "content-type": "application/json",\n${t.pairs.map(([k, v]) => `    "x-${lower(k).replace(/_/g, "-")}": "${v}",`).join("\n")}\n  },\n  body: JSON.stringify({ limit: ${g.range(10, 500)} }),\n});\n`,
  },
  { name: "go-setenv", f: (t) => `package main\n\nimport "os"\n\nfunc init() {\n${t.pairs.map(([k, v]) => `\tos.Setenv("${k}", "${v}")`).join("\n")}\n}\n` },
  {
    name: "git-diff-env",
    f: (t, g) => `diff --git a/.env.production b/.env.production\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -1,3 +1,${3 + t.pairs.length} @@\n NODE_ENV=production\n LOG_LEVEL=info\n${t.pairs.map(([k, v]) => `+${k}=${v}`).join("\n")}\n PORT=8080\n`,
  },
  {
    name: "slack-postmessage",
    f: (t, g) => JSON.stringify({ channel: `C0${g.up(9)}`, text: `${g.say("note")} here are the prod values:\n\`\`\`\n${envLines(t)}\n\`\`\`` }),
  },
  { name: "markdown-readme", f: (t, g) => `## Running locally\n\n${g.say("note")}\n\n\`\`\`bash\n${quoteEnv(t)}\nmake run\n\`\`\`\n` },
  { name: "ini", f: (t, g) => `[${g.word()}]\nregion = eu-west-1\n${t.pairs.map(([k, v]) => `${lower(k)} = ${v}`).join("\n")}\n` },
  { name: "toml", f: (t, g) => `[service]\nname = "${g.word()}"\n\n[service.credentials]\n${t.pairs.map(([k, v]) => `${lower(k)} = "${v}"`).join("\n")}\n` },
  { name: "java-properties", f: (t, g) => `# application-prod.properties\nserver.port=8080\n${t.pairs.map(([k, v]) => `app.${lower(k).replace(/_/g, ".")}=${v}`).join("\n")}\n` },
  {
    name: "json-log",
    f: (t, g) => t.pairs.map(([k, v]) => JSON.stringify({ ts: g.ts() + "Z", level: "debug", msg: "resolved setting", key: k, value: v, trace_id: g.hex(32) })).join("\n") + "\n",
  },
  {
    name: "python-traceback-locals",
    f: (t, g) => `Traceback (most recent call last):\n  File "/app/client.py", line ${g.range(20, 300)}, in connect\n    raise AuthError(resp.text)\nAuthError: 401 Unauthorized\n\nLocals at frame connect:\n${t.pairs.map(([k, v]) => `    ${lower(k)} = '${v}'`).join("\n")}\n    retries = 3\n`,
  },
  {
    name: "form-urlencoded",
    f: (t, g) => `POST /oauth/token HTTP/1.1\nHost: ${t.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${t.pairs.map(([k, v]) => `${lower(k)}=${encodeURIComponent(v)}`).join("&")}\n`,
  },
  {
    name: "github-contents-put-base64",
    f: (t, g) => JSON.stringify({ message: "add env for deploy", branch: "main", content: b64(`${envLines(t)}\n`), sha: g.hex(40) }),
  },
  { name: "appsettings-json", f: (t) => JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, Integrations: Object.fromEntries(t.pairs.map(([k, v]) => [k.split("_").map((w) => w[0] + w.slice(1).toLowerCase()).join(""), v])) }, null, 2) },
  { name: "ruby-initializer", f: (t) => `# config/initializers/integrations.rb\n${t.pairs.map(([k, v]) => `ENV["${k}"] ||= "${v}"`).join("\n")}\n` },
  { name: "php-config", f: (t) => `<?php\nreturn [\n${t.pairs.map(([k, v]) => `    '${lower(k)}' => '${v}',`).join("\n")}\n];\n` },
  { name: "systemd-unit", f: (t, g) => `[Unit]\nDescription=${g.word()} worker\n\n[Service]\nExecStart=/usr/local/bin/worker\n${t.pairs.map(([k, v]) => `Environment="${k}=${v}"`).join("\n")}\nRestart=always\n` },
  { name: "crontab", f: (t, g) => `# m h dom mon dow command\n${g.range(0, 59)} 2 * * * ${t.pairs.map(([k, v]) => `${k}=${v}`).join(" ")} /usr/local/bin/${g.word()}-sync >> /var/log/sync.log 2>&1\n` },
  { name: "helm-values", f: (t, g) => `image:\n  repository: ghcr.io/acme/${g.word()}\n  tag: "1.${g.range(0, 30)}.0"\nenv:\n${t.pairs.map(([k, v]) => `  ${k}: "${v}"`).join("\n")}\n` },
  { name: "docker-run", f: (t, g) => `docker run --rm -d --name ${g.word()} \\\n${t.pairs.map(([k, v]) => `  -e ${k}=${v} \\`).join("\n")}\n  ghcr.io/acme/${g.word()}:latest\n` },
  { name: "url-query", f: (t, g) => `GET https://${t.host}/v1/export?format=csv&${t.pairs.map(([k, v]) => `${lower(k)}=${encodeURIComponent(v)}`).join("&")} HTTP/1.1\n` },
];

export function tokFor(cat: Exclude<Cat, "keys">, idx: number, g: Gen): Tok {
  const list = PROVIDERS[cat];
  return list[idx % list.length]!(g);
}
