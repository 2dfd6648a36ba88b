// Benign look-alikes through the same renderers as the positives: placeholders, references to
// secret stores, redactions, ids, digests and publishable keys in secret-looking slots. Seed 147004.
import type { CorpusCase } from "../types.ts";
import { Gen, THEMED, PLAIN, mk, j, AN, type Tok } from "./_gen.ts";

const g = new Gen(147004);
const B = (what: string, host: string, pairs: [string, string][], secretIdx = pairs.length - 1): Tok => ({ provider: what, cat: "saas", host, auth: "bearer", pairs, secret: pairs[secretIdx]![1] });

const MAKERS: ((g: Gen) => Tok)[] = [
  () => B("placeholder angle", "api.openai.com", [["OPENAI_API_KEY", "<your-openai-api-key>"]]),
  () => B("env reference", "xy12345.snowflakecomputing.com", [["SNOWFLAKE_USER", "SVC_DBT"], ["SNOWFLAKE_PASSWORD", "${SNOWFLAKE_PASSWORD}"]]),
  () => B("x mask", "api.wandb.ai", [["WANDB_API_KEY", "x".repeat(40)]]),
  () => B("airflow template", "adb.azuredatabricks.net", [["DATABRICKS_TOKEN", "{{ var.value.databricks_token }}"]]),
  () => B("gha secrets expr", "s3.amazonaws.com", [["AWS_ACCESS_KEY_ID", "${{ secrets.AWS_ACCESS_KEY_ID }}"], ["AWS_SECRET_ACCESS_KEY", "${{ secrets.AWS_SECRET_ACCESS_KEY }}"]]),
  () => B("changeme", "db.internal", [["POSTGRES_USER", "airflow"], ["POSTGRES_PASSWORD", "changeme"]]),
  (g) => B("redacted hf", "huggingface.co", [["HF_TOKEN", j("hf", "_****************************", g.an(4))]]),
  (g) => B("redacted anthropic", "api.anthropic.com", [["ANTHROPIC_API_KEY", j("sk-", "ant-…", g.an(4), " (redacted)")]]),
  (g) => B("mlflow run id", "mlflow.internal", [["MLFLOW_RUN_ID", g.hex(32)], ["MLFLOW_EXPERIMENT_ID", g.digits(15)]]),
  (g) => B("git revision", "huggingface.co", [["HF_HUB_REVISION", g.hex(40)], ["MODEL_ID", `acme/${g.word()}-bert-base`]]),
  (g) => B("dataset sha256", "s3.amazonaws.com", [["DATASET_URI", `s3://${g.word()}-lake/gold/part-0000.parquet`], ["DATASET_SHA256", g.hex(64)]]),
  (g) => B("stripe publishable", "js.stripe.com", [["STRIPE_PUBLISHABLE_KEY", j("pk", "_live_", "51", g.an(97))]]),
  (g) => B("request ids", "api.internal", [["REQUEST_ID", g.uuid()], ["TRACE_ID", g.hex(32)]]),
  () => B("command substitution", "pkc.confluent.cloud", [["KAFKA_SASL_USERNAME", "$(cat /run/secrets/kafka_user)"], ["KAFKA_SASL_PASSWORD", "$(cat /run/secrets/kafka_password)"]]),
  () => B("placeholder words", "api.pinecone.io", [["PINECONE_API_KEY", "your-pinecone-api-key"]]),
  (g) => B("databricks ids", "dbc.cloud.databricks.com", [["DATABRICKS_CLUSTER_ID", `${g.digits(4)}-${g.digits(6)}-${g.lo(8)}`], ["DATABRICKS_WAREHOUSE_ID", g.hex(16)]]),
  (g) => B("wandb run ids", "api.wandb.ai", [["WANDB_RUN_ID", g.lo(8)], ["WANDB_SWEEP_ID", g.lo(8)]]),
  (g) => B("image digest", "ghcr.io", [["IMAGE_DIGEST", `sha256:${g.hex(64)}`], ["GIT_SHA", g.hex(40)]]),
  () => B("slack docs placeholder", "hooks.slack.com", [["SLACK_WEBHOOK_URL", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"]]),
  () => B("credentials path", "bigquery.googleapis.com", [["GOOGLE_APPLICATION_CREDENTIALS", "/var/secrets/google/key.json"]]),
  () => B("1password ref", "api.openai.com", [["OPENAI_API_KEY", "op://ml-platform/openai-prod/credential"]]),
  () => B("key path + passphrase ref", "snowflakecomputing.com", [["SNOWFLAKE_PRIVATE_KEY_PATH", "/run/secrets/snowflake_rsa_key.p8"], ["SNOWFLAKE_PRIVATE_KEY_PASSPHRASE", "${SF_KEY_PASSPHRASE}"]]),
  (g) => B("url with env password", "db.internal", [["DATABASE_URL", `postgresql://etl:\${PGPASSWORD}@warehouse-pg.${g.word()}.internal:5432/analytics`]]),
  () => B("airflow run id", "airflow.internal", [["AIRFLOW_CTX_DAG_RUN_ID", "scheduled__2026-11-30T00:00:00+00:00"], ["AIRFLOW_CTX_TRY_NUMBER", "2"]]),
  () => B("angle placeholders pair", "api.confluent.cloud", [["CONFLUENT_API_KEY", "<confluent-api-key>"], ["CONFLUENT_API_SECRET", "<confluent-api-secret>"]]),
  () => B("npm env ref", "registry.npmjs.org", [["NPM_TOKEN", "${NPM_TOKEN}"]]),
  () => B("vault path", "vault.internal", [["VAULT_ADDR", "https://vault.internal:8200"], ["DB_CREDS_PATH", "database/creds/etl-readonly"]]),
  (g) => B("md5 checksum", "storage.googleapis.com", [["OBJECT_MD5", g.hex(32)], ["OBJECT_GENERATION", g.digits(16)]]),
  () => B("REPLACE_ME", "mlflow.internal", [["MLFLOW_TRACKING_TOKEN", "REPLACE_ME"]]),
  () => B("masked stars", "api.datadoghq.eu", [["DD_API_KEY", "********************************"]]),
  (g) => B("kafka cluster ids", "confluent.cloud", [["KAFKA_CLUSTER_ID", `lkc-${g.lo(5)}`], ["SCHEMA_REGISTRY_ID", `lsrc-${g.lo(5)}`]]),
  (g) => B("snowflake query id", "snowflakecomputing.com", [["LAST_QUERY_ID", `01b${g.hex(5)}-0000-${g.hex(4)}-0000-${g.hex(12)}`]]),
  () => B("empty secret", "clickhouse.cloud", [["CLICKHOUSE_USER", "default"], ["CLICKHOUSE_PASSWORD", "<set-in-vault>"]]),
  (g) => B("bigquery job id", "bigquery.googleapis.com", [["BQ_JOB_ID", `bquxjob_${g.hex(8)}_${g.hex(11)}`], ["GCP_PROJECT", `${g.word()}-analytics-prod`]]),
  () => B("dummy test", "api.stripe.com", [["STRIPE_SECRET_KEY", "dummy-key-for-unit-tests"]]),
  (g) => B("sentry release", "sentry.io", [["SENTRY_RELEASE", `${g.word()}-pipeline@${g.hex(12)}`], ["SENTRY_ENVIRONMENT", "production"]]),
  () => B("terraform var ref", "app.terraform.io", [["TF_VAR_snowflake_password", "$(vault kv get -field=password secret/snowflake/dbt)"]]),
  (g) => B("feature hash", "feast.internal", [["ENTITY_KEY_HASH", g.hex(32)], ["FEATURE_VIEW_VERSION", "v" + g.range(2, 9)]]),
  (g) => B("ellipsis redaction", "api.github.com", [["GITHUB_TOKEN", j("gh", "p_…", g.an(4))]]),
  (g) => B("ARN", "sts.amazonaws.com", [["AWS_ROLE_ARN", `arn:aws:iam::${g.digits(12)}:role/${g.word()}-emr-job-role`], ["AWS_WEB_IDENTITY_TOKEN_FILE", "/var/run/secrets/eks.amazonaws.com/serviceaccount/token"]]),
];

const ALL = [...THEMED, ...PLAIN];
export const cases: CorpusCase[] = [];
for (let i = 0; i < 60; i++) {
  const t = MAKERS[i % MAKERS.length]!(g);
  const r = ALL[(i * 5 + 3) % ALL.length]!;
  const text = r.f(t, g);
  cases.push(mk(`y147-d-${String(i + 1).padStart(3, "0")}`, "heldouty147-benign", "benign", text, `${t.provider} via ${r.name}`, t.secret));
}
void AN;
