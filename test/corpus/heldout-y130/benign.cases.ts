// Benign hard look-alikes from a data team's day: digests, job/query/run ids, public keys,
// certificates, secret-store references, placeholders, masks and encrypted blobs. The rotated
// half goes through the same renderers as the positives (only those that keep the slot name);
// no value sits in a slot whose name says it is a secret unless it is plainly a reference,
// a mask or ciphertext.
import type { CorpusCase } from "../types.ts";
import {
  Gen, build, J, J2, b64, hc, oaChat, anMsg, anToolUse, oaToolCall, mcpResult, gemini, pasted, prose,
  rsaPublic, rsaPublicBody, certificate, sshEd25519Public, type Spec,
} from "./_gen.ts";

const S = "heldouty130";

const specs: Spec[] = [
  { k: "git", g: "benign", p: "git commit SHA", slot: "DBT_PROJECT_COMMIT", kind: "id", v: (g) => g.hex(40) },
  { k: "git-short", g: "benign", p: "git commit SHA (build arg)", slot: "GIT_SHA", kind: "id", h: "X-Build-Commit: %", v: (g) => g.hex(40) },
  { k: "manifest", g: "benign", p: "dbt manifest checksum", slot: "MANIFEST_SHA256", kind: "id", v: (g) => g.hex(64) },
  { k: "dbt-inv", g: "benign", p: "dbt invocation_id", slot: "DBT_INVOCATION_ID", kind: "id", h: "X-Invocation-Id: %", v: (g) => g.uuid() },
  { k: "dbx-cluster", g: "benign", p: "Databricks cluster id", slot: "DATABRICKS_CLUSTER_ID", kind: "id", v: (g) => `0${g.range(1, 9)}${g.range(10, 28)}-${g.dig(6)}-${g.lo(8)}` },
  { k: "dbx-wh", g: "benign", p: "Databricks SQL warehouse HTTP path", slot: "DATABRICKS_HTTP_PATH", kind: "id", v: (g) => `/sql/1.0/warehouses/${g.hex(16)}` },
  { k: "dbx-ws", g: "benign", p: "Databricks workspace id", slot: "DATABRICKS_WORKSPACE_ID", kind: "id", q: "o", v: (g) => g.dig(16) },
  { k: "sf-query", g: "benign", p: "Snowflake query id", slot: "LAST_QUERY_ID", kind: "id", q: "queryId", v: (g) => `01${g.hex(6)}-${g.dig(4)}-${g.hex(4)}-0000-${g.dig(4)}${g.hex(8)}` },
  { k: "sf-account", g: "benign", p: "Snowflake account locator", slot: "SNOWFLAKE_ACCOUNT", kind: "id", v: (g) => `${g.lower(2)}${g.dig(5)}.eu-central-1` },
  { k: "bq-job", g: "benign", p: "BigQuery job id", slot: "BQ_JOB_ID", kind: "id", q: "jobId", v: (g) => `bquxjob_${g.hex(8)}_${g.hex(11)}` },
  { k: "bq-project", g: "benign", p: "GCP project id", slot: "GCP_PROJECT", kind: "id", v: (g) => `acme-analytics-${g.dig(6)}` },
  { k: "spark-app", g: "benign", p: "Spark/YARN application id", slot: "SPARK_APPLICATION_ID", kind: "id", v: (g) => `application_${g.dig(13)}_${String(g.range(1, 9999)).padStart(4, "0")}` },
  { k: "kafka-cluster", g: "benign", p: "Kafka cluster id", slot: "KAFKA_CLUSTER_ID", kind: "id", v: (g) => g.b64uc(22) },
  { k: "confluent-env", g: "benign", p: "Confluent environment / cluster ids", slot: "CONFLUENT_CLUSTER_ID", kind: "id", v: (g) => `lkc-${g.lo(6)}` },
  { k: "s3-etag", g: "benign", p: "S3 object ETag (conditional GET)", slot: "LAST_ETAG", kind: "id", h: 'If-None-Match: "%"', v: (g) => g.hex(32) },
  { k: "content-md5", g: "benign", p: "Content-MD5 of a parquet upload", slot: "PARQUET_MD5_B64", kind: "id", h: "Content-MD5: %", v: (g) => g.b64b(16) },
  { k: "iceberg-snap", g: "benign", p: "Iceberg snapshot id", slot: "ICEBERG_SNAPSHOT_ID", kind: "id", q: "snapshot-id", v: (g) => g.dig(19) },
  { k: "delta-id", g: "benign", p: "Delta table id", slot: "DELTA_TABLE_ID", kind: "id", v: (g) => g.uuid() },
  { k: "kms-arn", g: "benign", p: "AWS KMS key ARN", slot: "S3_SSE_KMS_KEY_ARN", kind: "id", v: (g) => `arn:aws:kms:eu-west-1:${g.dig(12)}:key/${g.uuid()}` },
  { k: "role-arn", g: "benign", p: "IAM role ARN (storage integration)", slot: "STORAGE_AWS_ROLE_ARN", kind: "id", v: (g) => `arn:aws:iam::${g.dig(12)}:role/snowflake-s3-${g.word()}` },
  { k: "chatcmpl", g: "benign", p: "OpenAI completion id", slot: "LAST_COMPLETION_ID", kind: "id", h: "X-Parent-Completion: %", v: (g) => `chatcmpl-${g.an(29)}` },
  { k: "oa-file", g: "benign", p: "OpenAI file id", slot: "TRAINING_FILE_ID", kind: "id", v: (g) => `file-${g.an(22)}` },
  { k: "oa-batch", g: "benign", p: "OpenAI batch id", slot: "EMBEDDING_BATCH_ID", kind: "id", q: "batch_id", v: (g) => `batch_${g.hex(32)}` },
  { k: "an-msg", g: "benign", p: "Anthropic message id", slot: "SUMMARY_MESSAGE_ID", kind: "id", v: (g) => `msg_01${g.an(22)}` },
  { k: "stripe-cus", g: "benign", p: "Stripe customer id", slot: "TEST_CUSTOMER_ID", kind: "id", q: "customer", v: (g) => `cus_${g.an(14)}` },
  { k: "stripe-price", g: "benign", p: "Stripe price id", slot: "PRO_PLAN_PRICE_ID", kind: "id", v: (g) => `price_1${g.an(23)}` },
  { k: "stripe-evt", g: "benign", p: "Stripe event id (replay)", slot: "REPLAY_EVENT_ID", kind: "id", q: "event", v: (g) => `evt_1${g.an(23)}` },
  { k: "slack-chan", g: "benign", p: "Slack channel id", slot: "ALERTS_CHANNEL_ID", kind: "id", v: (g) => `C0${g.up(9)}` },
  { k: "ga4", g: "benign", p: "GA4 property id", slot: "GA4_PROPERTY_ID", kind: "id", v: (g) => g.dig(9) },
  { k: "traceparent", g: "benign", p: "W3C traceparent", slot: "TRACEPARENT", kind: "id", h: "traceparent: %", v: (g) => `00-${g.hex(32)}-${g.hex(16)}-01` },
  { k: "request-id", g: "benign", p: "request id", slot: "REQUEST_ID", kind: "id", h: "X-Request-Id: %", v: (g) => g.uuid() },
  { k: "image-digest", g: "benign", p: "container image digest", slot: "RUNNER_IMAGE_DIGEST", kind: "id", v: (g) => `sha256:${g.hex(64)}` },
  { k: "sri", g: "benign", p: "SRI integrity of a dashboard bundle", slot: "BUNDLE_INTEGRITY", kind: "id", v: (g) => `sha384-${g.b64b(48)}` },
  { k: "avro-fp", g: "benign", p: "Avro schema fingerprint (CRC-64-AVRO)", slot: "SCHEMA_FINGERPRINT", kind: "id", v: (g) => g.hex(16) },
  { k: "airbyte-conn", g: "benign", p: "Airbyte connection id", slot: "AIRBYTE_CONNECTION_ID", kind: "id", q: "connectionId", v: (g) => g.uuid() },
  { k: "tableau-site", g: "benign", p: "Tableau site LUID", slot: "TABLEAU_SITE_LUID", kind: "id", v: (g) => g.uuid() },
  { k: "looker-client", g: "benign", p: "Looker API client_id (no secret)", slot: "LOOKERSDK_CLIENT_ID", kind: "id", v: (g) => g.an(20) },
  { k: "google-client", g: "benign", p: "Google OAuth client id", slot: "GOOGLE_CLIENT_ID", kind: "id", v: (g) => `${g.dig(12)}-${g.lo(32)}.apps.googleusercontent.com` },
  { k: "tenant", g: "benign", p: "Entra tenant id", slot: "AZURE_TENANT_ID", kind: "id", v: (g) => g.uuid() },
  { k: "pinecone-host", g: "benign", p: "Pinecone index host", slot: "PINECONE_INDEX_HOST", kind: "id", v: (g) => `${g.word()}-${g.lo(7)}.svc.aped-${g.dig(4)}-${g.lo(4)}.example.io` },
  { k: "email-hash", g: "benign", p: "sha256 of normalised email (pseudonymised user key)", slot: "USER_EMAIL_SHA256", kind: "id", v: (g) => g.hex(64) },
  { k: "row-md5", g: "benign", p: "row checksum", slot: "ROW_HASH", kind: "id", q: "row_hash", v: (g) => g.hex(32) },
  { k: "npm-integrity", g: "benign", p: "lockfile integrity", slot: "LOCK_INTEGRITY", kind: "id", v: (g) => `sha512-${g.b64b(64)}` },
  { k: "hll", g: "benign", p: "HyperLogLog sketch (base64)", slot: "DAU_HLL_SKETCH", kind: "id", v: (g) => g.b64b(48) },
  { k: "cursor", g: "benign", p: "sync cursor (base64 JSON)", slot: "SYNC_CURSOR", kind: "id", q: "cursor", v: (g) => b64(J({ updated_at: `2025-03-0${g.range(1, 9)}T0${g.range(0, 9)}:00:00Z`, id: g.dig(9) })) },
  { k: "mlflow-run", g: "benign", p: "MLflow run id", slot: "MLFLOW_RUN_ID", kind: "id", q: "run_id", v: (g) => g.hex(32) },
  { k: "wandb-run", g: "benign", p: "W&B run id", slot: "WANDB_RUN_ID", kind: "id", v: (g) => g.lo(8) },
  { k: "dvc-md5", g: "benign", p: "DVC dataset md5", slot: "DATASET_MD5", kind: "id", v: (g) => g.hex(32) },
  { k: "uuid7", g: "benign", p: "UUIDv7 event id", slot: "LAST_EVENT_ID", kind: "id", h: "Last-Event-ID: %", v: (g) => `0195${g.hex(4)}-${g.hex(4)}-7${g.hex(3)}-${g.pick(["8", "9", "a", "b"])}${g.hex(3)}-${g.hex(12)}` },
  { k: "gh-run", g: "benign", p: "GitHub Actions run id + attempt", slot: "UPSTREAM_RUN", kind: "id", v: (g) => `${g.dig(11)}/attempts/${g.range(1, 3)}` },
  { k: "sr-schema", g: "benign", p: "Schema Registry subject version", slot: "SCHEMA_ID", kind: "id", q: "schemaId", v: (g) => String(g.range(100000, 999999)) },
  { k: "tf-lineage", g: "benign", p: "Terraform state lineage", slot: "STATE_LINEAGE", kind: "id", v: (g) => g.uuid() },
  { k: "sha1-file", g: "benign", p: "file sha1 for dedupe", slot: "EXPORT_FILE_SHA1", kind: "id", h: "X-Checksum-Sha1: %", v: (g) => g.hex(40) },
  { k: "nonce-id", g: "benign", p: "idempotency key (uuid)", slot: "IDEMPOTENCY_ID", kind: "id", h: "Idempotency-Key: %", v: (g) => g.uuid() },
];

const g = new Gen(130_007);
const out: CorpusCase[] = [];
let n = 0;
const add = (text: string, note: string) => {
  n++;
  out.push(hc(S, `y130-bk-${String(n).padStart(3, "0")}`, "benign", "benign", text, note));
};

// ---------------------------------------------------------------- references instead of values
add(pasted(g, prose(g, "fix"), "yaml", `analytics:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      account: "{{ env_var('SNOWFLAKE_ACCOUNT') }}"\n      user: "{{ env_var('SNOWFLAKE_USER') }}"\n      password: "{{ env_var('SNOWFLAKE_PASSWORD') }}"\n      role: TRANSFORMER\n      warehouse: TRANSFORMING\n      database: ANALYTICS\n      schema: dbt_prod\n      threads: 8`), "dbt profiles.yml: password via env_var() reference");
add(pasted(g, "Is key-pair auth set up right here?", "yaml", `snowflake_prod:\n  outputs:\n    prod:\n      type: snowflake\n      account: ${g.lower(2)}${g.dig(5)}.eu-west-1\n      user: DBT_KEYPAIR\n      private_key_path: /run/secrets/snowflake_rsa_key.p8\n      private_key_passphrase: "{{ env_var('SNOWFLAKE_PRIVATE_KEY_PASSPHRASE') }}"\n      authenticator: snowflake_jwt`), "dbt profiles.yml key-pair auth: key path + env_var passphrase reference");
add(oaToolCall(g, "bash", { command: `export AIRFLOW__SECRETS__BACKEND=airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend\nexport AIRFLOW__SECRETS__BACKEND_KWARGS='{"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables", "region_name": "eu-west-1"}'\nairflow dags test ingest_daily` }, prose(g, "run")), "Airflow secrets backend config: prefixes only");
add(pasted(g, prose(g, "explain"), "python", `jdbc_password = dbutils.secrets.get(scope="etl", key="snowflake-password")\nspark.conf.set("fs.azure.account.key.${g.lower(6)}lake.dfs.core.windows.net", dbutils.secrets.get("etl", "adls-key"))\n# cluster spark conf: spark.hadoop.fs.s3a.secret.key {{secrets/etl/s3-secret-key}}`), "Databricks dbutils.secrets.get and {{secrets/...}} references");
add(anToolUse(g, "write_file", { path: ".github/workflows/dbt.yml", content: `jobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      SNOWFLAKE_PASSWORD: \${{ secrets.SNOWFLAKE_PASSWORD }}\n      DATABRICKS_TOKEN: \${{ secrets.DATABRICKS_TOKEN }}\n      DBT_TARGET: prod\n    steps:\n      - uses: actions/checkout@v4\n      - run: dbt build\n` }, prose(g, "save")), "GitHub Actions env from ${{ secrets.* }} references");
add(mcpResult(g, `# .env.tpl (1Password)\nSNOWFLAKE_PASSWORD="op://data-platform/snowflake-loader/password"\nDATABRICKS_TOKEN="op://data-platform/databricks-ci/credential"\nFIVETRAN_API_SECRET="op://data-platform/fivetran/api-secret"\n`), "1Password op:// secret references");
add(pasted(g, prose(g, "review"), "json", J2({ ConnectionStrings: { Warehouse: "@Microsoft.KeyVault(SecretUri=https://kv-data-prod.vault.azure.net/secrets/warehouse-conn/)" }, Storage: { AccountKey: "@Microsoft.KeyVault(VaultName=kv-data-prod;SecretName=adls-account-key)" } })), "Azure Key Vault references in app settings");
add(pasted(g, prose(g, "review"), "yaml", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: loader-credentials\nspec:\n  refreshInterval: 1h\n  secretStoreRef:\n    name: vault-backend\n    kind: ClusterSecretStore\n  target:\n    name: loader-credentials\n  data:\n    - secretKey: SNOWFLAKE_PASSWORD\n      remoteRef:\n        key: secret/data/data-platform/snowflake\n        property: password`), "ExternalSecret manifest with Vault remoteRef");
add(pasted(g, prose(g, "review"), "hcl", `resource "random_password" "loader" {\n  length  = 32\n  special = true\n}\n\nresource "snowflake_user" "loader" {\n  name     = "SVC_LOADER"\n  password = random_password.loader.result\n}\n\nvariable "snowflake_admin_password" {\n  type      = string\n  sensitive = true\n}`), "Terraform: password from random_password and a sensitive variable");
add(gemini(g, `Kafka Connect with config providers, does this look right?\n\nconfig.providers=file\nconfig.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="\${file:/opt/connect/secrets.properties:api.key}" password="\${file:/opt/connect/secrets.properties:api.secret}";`), "Kafka config provider ${file:...} references");
add(oaChat(g, `Airflow task template, will this render?\n\nSQL = """\nCOPY INTO raw.events FROM @stage\nCREDENTIALS = (AWS_KEY_ID = '{{ conn.s3_lake.login }}' AWS_SECRET_KEY = '{{ conn.s3_lake.password }}')\n"""`), "Airflow Jinja {{ conn.x.password }} templates in SQL");

// ---------------------------------------------------------------- no secret at all
add(pasted(g, prose(g, "fix"), "python", `engine = create_engine(\n    "postgresql+psycopg2://etl_iam@warehouse.example.net:5432/analytics",\n    connect_args={"sslmode": "verify-full", "sslrootcert": "/etc/ssl/rds-ca-2019-root.pem"},\n)\n# password comes from rds generate-db-auth-token at connect time`), "Postgres URL without password (IAM auth)");
add(pasted(g, prose(g, "fix"), "text", `Server=tcp:${g.lower(10)}.database.windows.net,1433;Initial Catalog=sales;Authentication=Active Directory Default;Encrypt=True;`), "Azure SQL connection string with managed identity, no password");
add(pasted(g, prose(g, "fix"), "properties", `spring.datasource.url=jdbc:snowflake://${g.lower(2)}${g.dig(5)}.example.com/?db=ANALYTICS&warehouse=BI&authenticator=SNOWFLAKE_JWT&private_key_file=/var/run/keys/rsa_key.p8`), "Snowflake JDBC with key file path, no password");
add(pasted(g, prose(g, "fix"), "conf", `spark.hadoop.fs.s3a.aws.credentials.provider  com.amazonaws.auth.WebIdentityTokenCredentialsProvider\nspark.hadoop.fs.s3a.assumed.role.arn          arn:aws:iam::${g.dig(12)}:role/emr-lake-reader\nspark.hadoop.fs.s3a.endpoint                  https://s3.eu-west-1.example.net`), "Spark s3a with web-identity provider, no keys");

// ---------------------------------------------------------------- public keys, certificates, signatures
add(oaToolCall(g, "snowflake_execute", { sql: `ALTER USER DBT_KEYPAIR SET RSA_PUBLIC_KEY='${rsaPublicBody(g)}';` }, "Register the new public key for the dbt user."), "Snowflake ALTER USER SET RSA_PUBLIC_KEY (public key body)");
add(mcpResult(g, `property | value\n---------+------\nNAME | DBT_KEYPAIR\nRSA_PUBLIC_KEY_FP | SHA256:${g.b64b(32)}\nRSA_PUBLIC_KEY_2_FP | null\nDEFAULT_ROLE | TRANSFORMER\nHAS_PASSWORD | false`), "DESC USER output with RSA public key fingerprint");
add(anToolUse(g, "write_file", { path: "keys/snowflake_rsa_key.pub", content: rsaPublic(g) + "\n" }, "Saving the public half to share with the Snowflake admin."), "RSA public key PEM");
add(pasted(g, "Add this to the SFTP server's authorized_keys for the partner drop:", "text", `${sshEd25519Public(g, "airflow@ingest-worker")}\n${sshEd25519Public(g, "analyst@laptop")}`), "SSH ed25519 public keys");
add(pasted(g, prose(g, "fix"), "properties", `security.protocol=SSL\nssl.truststore.type=PEM\nssl.truststore.certificates=${certificate(g).replace(/\n/g, " \\\n  ")}`), "Kafka PEM truststore CA certificate");
add(mcpResult(g, `creation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n    age: >-\n      age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")},\n      age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`), ".sops.yaml age recipients (public)");
add(pasted(g, prose(g, "explain"), "json", J2({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(40), alg: "RS256", n: g.b64ub(256), e: "AQAB" }, { kty: "EC", use: "sig", kid: g.hex(40), crv: "P-256", x: g.b64ub(32), y: g.b64ub(32) }] })), "JWKS document with public RSA and EC keys");
add(anMsg(g, `Why is this commit shown as unverified?\n\ncommit ${g.hex(40)}\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n ${g.b64b(48)}\n ${g.b64b(48)}\n ${g.b64b(30)}\n =${g.b64c(4)}\n -----END PGP SIGNATURE-----\nAuthor: Data Bot <data-bot@example.com>\n\n    chore(dbt): bump dbt_utils to 1.3.0`), "git commit with PGP signature block");

// ---------------------------------------------------------------- encrypted / masked / placeholder
add(pasted(g, "sops -d fails in CI, here's the encrypted file:", "yaml", `snowflake:\n    user: SVC_LOADER\n    password: ENC[AES256_GCM,data:${g.b64b(18)},iv:${g.b64b(32)},tag:${g.b64b(16)},type:str]\nsops:\n    age:\n        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${g.b64b(48)}\n            ${g.b64b(36)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2025-03-01T10:22:31Z"\n    mac: ENC[AES256_GCM,data:${g.b64b(32)},iv:${g.b64b(32)},tag:${g.b64b(16)},type:str]\n    version: 3.9.4`), "SOPS-encrypted values (ENC[...]) and age-encrypted data key");
add(anToolUse(g, "write_file", { path: "k8s/sealed-loader.yaml", content: `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: loader\n  namespace: data-platform\nspec:\n  encryptedData:\n    SNOWFLAKE_PASSWORD: AgB${g.b64c(340)}==\n` }, prose(g, "save")), "Bitnami SealedSecret encryptedData ciphertext");
add(pasted(g, prose(g, "review"), "yaml", `snowflake_loader_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${g.hex(80)}\n  ${g.hex(80)}\n  ${g.hex(80)}\n  ${g.hex(40)}`), "Ansible Vault encrypted variable");
add(mcpResult(g, `key                 | val                                                                                          | is_encrypted\n--------------------+----------------------------------------------------------------------------------------------+-------------\nvendor_api_base_url | gAAAAAB${g.b64uc(93)}= | t\nreport_recipients   | gAAAAAB${g.b64uc(113)}= | t`), "Airflow variable table dump with Fernet-encrypted values");
add(oaChat(g, `${prose(g, "fix")}\n\n2025-03-04T03:00:12Z + export SNOWFLAKE_PASSWORD=***\n2025-03-04T03:00:12Z + export DATABRICKS_TOKEN=***\n2025-03-04T03:00:13Z + dbt build --target prod\n2025-03-04T03:01:40Z Database Error in model fct_orders (models/marts/fct_orders.sql)`), "CI log with masked (***) secrets");
add(anToolUse(g, "write_file", { path: ".env.example", content: `SNOWFLAKE_ACCOUNT=<account_locator>\nSNOWFLAKE_USER=<your_user>\nSNOWFLAKE_PASSWORD=<your-password>\nDATABRICKS_TOKEN=dapi<your-personal-access-token>\nOPENAI_API_KEY=sk-proj-...\nFIVETRAN_API_SECRET=\n` }, "Adding an example env file for onboarding."), ".env.example placeholders");
add(mcpResult(g, J2({ conn_id: "snowflake_prod", conn_type: "snowflake", host: null, login: "SVC_LOADER", password: "***", schema: "RAW", extra: J({ account: `${g.lower(2)}${g.dig(5)}`, warehouse: "LOADING", private_key_content: "***" }) })), "Airflow connection export with masked password");
add(pasted(g, "Which key is used by the nightly job? The console shows:", "text", `NAME               KEY                 CREATED       LAST USED\nnightly-enrich     sk-proj-...${g.an(4)}      2025-01-08    2025-03-04\nnotebook-adhoc     sk-proj-...${g.an(4)}      2024-11-21    never\ndbt-python-models  sk-svcacct-...${g.an(4)}   2025-02-14    2025-03-03`), "OpenAI console key list with redacted keys");
add(oaChat(g, `Fivetran connector setup form says: "API secret: ••••••••••••${g.an(4)} (hidden)". Is the connector using the rotated one?`), "masked secret bullets with last four");

// ---------------------------------------------------------------- data artefacts full of digests and ids
{
  const png = b64(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, ...g.bytes(600)]));
  const nb = { cells: [{ cell_type: "code", execution_count: 7, metadata: {}, source: ["df.groupby('week')['revenue'].sum().plot()"], outputs: [{ output_type: "display_data", metadata: {}, data: { "image/png": png, "text/plain": ["<Figure size 640x480 with 1 Axes>"] } }] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3", language: "python" } }, nbformat: 4, nbformat_minor: 5 };
  add(oaChat(g, `${prose(g, "explain")}\n\n${J(nb)}`), "notebook with base64 PNG plot output");
}
{
  const rows = Array.from({ length: 5 }, () => `${g.hex(32)}  ${g.hex(64).slice(0, 40)}  ${g.range(1, 300)}.${g.range(10, 99)}`).join("\n");
  const nb = { cells: [{ cell_type: "code", execution_count: 4, metadata: {}, source: ["df[['user_md5', 'session_sha1', 'amount']].head()"], outputs: [{ output_type: "execute_result", execution_count: 4, metadata: {}, data: { "text/plain": [`user_md5                          session_sha1                              amount\n${rows}`] } }] }], nbformat: 4, nbformat_minor: 5, metadata: {} };
  add(`PUT /api/contents/work/dedupe.ipynb HTTP/1.1\r\nHost: jupyter.example.net\r\nContent-Type: application/json\r\n\r\n${J({ type: "notebook", format: "json", content: nb })}`, "notebook outputs with md5/sha1 hashed ids");
}
add(anToolUse(g, "write_file", { path: "requirements.lock", content: `dbt-core==1.9.2 \\\n    --hash=sha256:${g.hex(64)} \\\n    --hash=sha256:${g.hex(64)}\ndbt-snowflake==1.9.1 \\\n    --hash=sha256:${g.hex(64)}\nsnowflake-connector-python==3.13.2 \\\n    --hash=sha256:${g.hex(64)}\n` }, "Pinning hashes."), "pip requirements with --hash=sha256");
add(mcpResult(g, J2({ name: "dashboards", lockfileVersion: 3, packages: { "node_modules/echarts": { version: "5.6.0", resolved: "https://registry.npmjs.org/echarts/-/echarts-5.6.0.tgz", integrity: `sha512-${g.b64b(64)}` }, "node_modules/d3-array": { version: "3.2.4", resolved: "https://registry.npmjs.org/d3-array/-/d3-array-3.2.4.tgz", integrity: `sha512-${g.b64b(64)}` } } })), "package-lock integrity hashes");
add(pasted(g, prose(g, "review"), "yaml", `containers:\n  - name: dbt\n    image: ghcr.io/example/dbt-runner@sha256:${g.hex(64)}\n  - name: cloud-sql-proxy\n    image: gcr.io/cloud-sql-connectors/cloud-sql-proxy@sha256:${g.hex(64)}`), "k8s pod spec with image digests");
add(mcpResult(g, J2({ metadata: { dbt_schema_version: "https://schemas.getdbt.com/dbt/manifest/v12.json", dbt_version: "1.9.2", generated_at: g.iso(), invocation_id: g.uuid(), project_id: g.hex(32), user_id: g.uuid(), send_anonymous_usage_stats: false }, nodes: { "model.analytics.fct_orders": { checksum: { name: "sha256", checksum: g.hex(64) }, unique_id: "model.analytics.fct_orders" } } })), "dbt manifest.json excerpt with checksums and ids");
add(mcpResult(g, `QUERY_ID                              | SESSION_ID       | WAREHOUSE   | STATUS  | QUERY_HASH\n${Array.from({ length: 4 }, () => `01${g.hex(6)}-${g.dig(4)}-${g.hex(4)}-0000-${g.dig(4)}${g.hex(8)} | ${g.dig(16)} | TRANSFORMING | SUCCESS | ${g.hex(32)}`).join("\n")}`), "Snowflake query history with query ids and query hashes");
add(pasted(g, prose(g, "explain"), "json", J2({ kind: "bigquery#job", etag: g.b64b(16), id: `acme-dwh-${g.dig(6)}:EU.bquxjob_${g.hex(8)}_${g.hex(11)}`, selfLink: `https://bigquery.example.com/bigquery/v2/projects/acme-dwh/jobs/bquxjob_${g.hex(8)}?location=EU`, jobReference: { projectId: "acme-dwh", jobId: `bquxjob_${g.hex(8)}_${g.hex(11)}`, location: "EU" }, statistics: { totalBytesProcessed: String(g.range(1e6, 9e9)) } })), "BigQuery job resource with etag and job ids");
add(mcpResult(g, `<?xml version="1.0" encoding="UTF-8"?>\n<ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">\n  <Name>acme-lake-raw</Name>\n  <Contents><Key>events/dt=2025-03-01/part-00000.parquet</Key><ETag>&quot;${g.hex(32)}&quot;</ETag><Size>${g.range(1e5, 9e7)}</Size></Contents>\n  <Contents><Key>events/dt=2025-03-01/part-00001.parquet</Key><ETag>&quot;${g.hex(32)}-${g.range(2, 40)}&quot;</ETag><Size>${g.range(1e5, 9e7)}</Size></Contents>\n</ListBucketResult>\nx-amz-request-id: ${g.up(16)}\nx-amz-id-2: ${g.b64b(57)}`), "S3 ListObjects XML with ETags and request ids");
add(oaChat(g, `${prose(g, "explain")}\n\n${J2({ id: `chatcmpl-${g.an(29)}`, object: "chat.completion", created: g.ts(), model: "gpt-4o-2024-08-06", system_fingerprint: `fp_${g.hex(10)}`, choices: [{ index: 0, message: { role: "assistant", content: "The join fans out on order_id." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 23 } })}`), "OpenAI response object with ids and fingerprint");
add(pasted(g, "Which checkpoint does this run use?", "json", J2({ run_id: g.hex(32), experiment_id: g.dig(15), artifact_uri: `s3://acme-mlflow/${g.dig(15)}/${g.hex(32)}/artifacts`, tags: { "mlflow.source.git.commit": g.hex(40), "mlflow.log-model.history": "[]" } })), "MLflow run metadata with run ids and git commit");
add(mcpResult(g, `schema: '2.0'\nstages:\n  featurize:\n    cmd: python featurize.py\n    deps:\n    - path: data/raw/events.parquet\n      md5: ${g.hex(32)}\n      size: ${g.range(1e6, 9e8)}\n    outs:\n    - path: data/features\n      md5: ${g.hex(32)}.dir\n      nfiles: ${g.range(2, 40)}`), "dvc.lock with md5 digests");
add(pasted(g, prose(g, "explain"), "text", `partition=3 offset=${g.range(1e5, 9e6)} timestamp=${g.ts()}000\n00000000  00 00 00 01 a3 ${g.hex(2)} ${g.hex(2)} ${g.hex(2)}  ${g.hex(2)} ${g.hex(2)} 0c 6f 72 64 65 72  |..........order|\n00000010  ${g.hex(2)} ${g.hex(2)} ${g.hex(2)} ${g.hex(2)} 02 48 ${g.hex(2)} ${g.hex(2)}  ${g.hex(2)} ${g.hex(2)} 00 00 00 00 00 00  |.........|`), "Kafka Avro record hexdump with schema id");
add(mcpResult(g, J2({ subject: "orders-value", version: g.range(2, 20), id: g.range(100000, 999999), schemaType: "AVRO", schema: J({ type: "record", name: "Order", fields: [{ name: "order_id", type: "string" }, { name: "amount", type: "double" }] }) })), "Schema Registry response");
add(anMsg(g, `Bloom filter for the dedupe step is serialized like this, how big is it?\n\nbloom_v2:${g.hex(256)}`), "hex-encoded bloom filter");
add(gemini(g, `Decode these pagination cursors for me:\nnext: ${b64(J({ offset: g.range(1000, 9000), ts: g.ts() }))}\nprev: ${b64(J({ offset: g.range(0, 999), ts: g.ts() }))}`), "base64 JSON pagination cursors");
add(oaChat(g, `dedupe key collisions? sample:\n${Array.from({ length: 6 }, () => `${g.uuid()},${g.hex(40)},${g.dig(10)}`).join("\n")}`), "CSV sample of uuids, sha1 and ints");
add(pasted(g, prose(g, "explain"), "text", `Great Expectations validation result\nrun_id: ${g.iso()}-${g.hex(8)}\nexpectation_suite: raw.orders.warning\nge_cloud_id: ${g.uuid()}\nvalidation_result_url: https://app.greatexpectations.example.io/organizations/${g.uuid()}/data-assets/${g.uuid()}/validations/${g.uuid()}`), "GX validation result ids and URLs");

export const cases: CorpusCase[] = [
  ...build({ set: S, idPrefix: "y130-b", seed: 130_008, start: 7, specs, label: "benign" }),
  ...out,
];
