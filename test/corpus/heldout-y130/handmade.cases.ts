// Handcrafted positives: key material, credential files and data-engineering idioms where the
// secret sits in an engine-specific slot (COPY/STAGE credentials, Spark/Hadoop conf, FDW user
// mappings, CLI positional arguments, split literals, URL fragments).
import type { CorpusCase } from "../types.ts";
import {
  Gen, J, J2, b64, cat, hc, oaChat, anMsg, anToolUse, oaToolCall, mcpResult, gemini, pasted, prose,
  rsaPkcs1, rsaPkcs8, ecSec1, opensshEd25519, gcpServiceAccount, B32,
} from "./_gen.ts";

const g = new Gen(130_006);
const S = "heldouty130";
const AWS_ID = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const akia = () => cat("AK", "IA", g.str(16, AWS_ID));
const awsSecret = () => g.b64c(40);
const dapi = () => cat("da", "pi", g.hex(32));
const ghp = () => cat("gh", "p_", g.an(36));

const out: CorpusCase[] = [];
let n = 0;
const add = (group: string, text: string, note: string) => {
  n++;
  out.push(hc(S, `y130-hk-${String(n).padStart(3, "0")}`, group, "positive", text, note));
};

// ---------------------------------------------------------------- key material
{
  const key = rsaPkcs8(g);
  const prof = `snowflake_prod:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      account: ${g.lower(2)}${g.dig(5)}.eu-west-1\n      user: DBT_KEYPAIR\n      private_key: |\n        ${key.split("\n").join("\n        ")}\n      private_key_passphrase: ${g.pw()}\n      role: TRANSFORMER\n      warehouse: TRANSFORMING\n      database: ANALYTICS\n      schema: dbt_prod`;
  add("keys", pasted(g, prose(g, "fix"), "yaml", prof), "Snowflake key-pair auth: inline PKCS#8 private key + passphrase in dbt profiles.yml, pasted in chat");
}
{
  const key = rsaPkcs1(g);
  add("keys", anToolUse(g, "write_file", { path: "/home/airflow/.ssh/vendor_sftp_rsa", content: key + "\n", mode: "0600" }, "Put the vendor SFTP key on the worker so the ingest DAG can pull the daily drop."), "RSA PKCS#1 private key for vendor SFTP ingestion via Anthropic tool_use write_file");
}
{
  const key = opensshEd25519(g, "airflow@ingest-worker");
  const conn = J({ conn_type: "sftp", host: "sftp.partner.example.org", login: "acme_drop", port: 22, extra: { private_key: key, no_host_key_check: false } });
  add("keys", oaToolCall(g, "bash", { command: `airflow connections add partner_sftp --conn-json '${conn}'` }, prose(g, "save")), "OpenSSH ed25519 private key in Airflow SFTP connection extra (escaped newlines), OpenAI tool_calls");
}
{
  const key = ecSec1(g);
  add("keys", anMsg(g, `Embedded dashboards need signed URLs. This is the ES256 key we sign the Metabase/Cube embed JWTs with, can you write the Python signer?\n\n${key}`), "EC P-256 private key (embed JWT signing) pasted in Anthropic message");
}
{
  const body = u8pgp(g);
  add("keys", `POST /api/v1/variables HTTP/1.1\r\nHost: airflow.example.com\r\nContent-Type: application/json\r\n\r\n${J({ key: "vendor_pgp_private_key", value: body, description: "decrypts nightly partner .gpg drops" })}`, "PGP private key block stored as Airflow Variable via REST API");
}
{
  const sa = gcpServiceAccount(g, `acme-dwh-${g.dig(6)}`, "dbt-bigquery");
  add("keys", anToolUse(g, "write_file", { path: "secrets/bigquery-keyfile.json", content: sa + "\n" }, "Saving the BigQuery keyfile for the dbt job."), "GCP service account JSON (BigQuery keyfile) via tool_use write_file");
}
{
  const ak = cat("AGE-SECRET-KEY-", "1", g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"));
  add("keys", oaChat(g, `sops can't decrypt the prod values. My ~/.config/sops/age/keys.txt:\n\n# created: 2025-02-11T09:12:44Z\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${ak}\n\nand the error is "no identity matched any of the recipients"`), "age secret key (SOPS identity) pasted in chat");
}
{
  const conf = `[Interface]\nPrivateKey = ${g.b64b(32)}\nAddress = 10.66.0.7/32\nDNS = 10.66.0.1\n\n[Peer]\n# on-prem Teradata / Oracle network\nPublicKey = ${g.b64b(32)}\nAllowedIPs = 10.20.0.0/16\nEndpoint = vpn.example.net:51820\nPersistentKeepalive = 25`;
  add("keys", pasted(g, "The Fivetran HVR agent can't reach the on-prem DB through this tunnel, anything wrong?", "ini", conf), "WireGuard interface PrivateKey in wg0.conf pasted in chat");
}
{
  const jwt = [b64u(J({ typ: "JWT", alg: "ed25519-nkey" })), b64u(J({ jti: g.b32(52), iat: g.ts(), iss: cat("A", g.b32(55)), name: "cdc-consumer", sub: cat("U", g.b32(55)), nats: { pub: {}, sub: { allow: ["cdc.>"] }, type: "user", version: 2 } })), g.b64uc(86)].join(".");
  const creds = `-----BEGIN NATS USER JWT-----\n${jwt}\n------END NATS USER JWT------\n\n************************* IMPORTANT *************************\nNKEY Seed printed below can be used to sign and prove identity.\nNKEYs are sensitive and should be treated as secrets.\n\n-----BEGIN USER NKEY SEED-----\n${cat("S", "U", g.str(56, B32))}\n------END USER NKEY SEED------\n\n*************************************************************`;
  add("keys", mcpResult(g, creds), "NATS .creds file (user JWT + nkey seed) returned by an MCP read_file");
}
{
  const kt = b64(Uint8Array.from([0x05, 0x02, 0, 0, 0, 0x4b, 0, 1, 0, 12, ...Buffer.from("EXAMPLE.NET"), 0, 4, ...Buffer.from("hdfs"), ...g.bytes(90)]));
  add("keys", oaToolCall(g, "kubectl_apply", { manifest: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: hdfs-keytab\n  namespace: spark\ntype: Opaque\ndata:\n  hdfs.keytab: ${kt}` }, "Mount the keytab for the Spark-on-k8s jobs that read kerberized HDFS."), "Kerberos keytab (binary, base64) in k8s Secret for Spark/HDFS");
}
{
  const pubBlob = b64(Uint8Array.from([0, 0, 0, 11, ...Buffer.from("ssh-ed25519"), 0, 0, 0, 32, ...g.bytes(32)]));
  const priv = b64(Uint8Array.from([0, 0, 0, 32, ...g.bytes(32)]));
  const ppk = `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: bastion-teradata\nPublic-Lines: 2\n${pubBlob.slice(0, 64)}\n${pubBlob.slice(64)}\nPrivate-Lines: 1\n${priv}\nPrivate-MAC: ${g.hex(64)}`;
  add("keys", pasted(g, "DBeaver says the key format is invalid for the SSH tunnel, here's the .ppk:", "text", ppk), "PuTTY PPK v3 unencrypted private key for DBeaver SSH tunnel");
}
{
  const p8 = rsaPkcs8(g);
  add("keys", gemini(g, `Snowflake connector for Kafka config, why does it fail with JWT token is invalid?\n\nsnowflake.url.name=${g.lower(2)}${g.dig(5)}.example.com:443\nsnowflake.user.name=KAFKA_CONNECTOR\nsnowflake.private.key=${p8.split("\n").slice(1, -1).join("")}\nsnowflake.database.name=RAW\nsnowflake.schema.name=KAFKA`), "Snowflake Kafka connector snowflake.private.key (PKCS#8 body without armor, one line) in Gemini request");
}

// ---------------------------------------------------------------- cloud credentials in engine slots
{
  const id = akia(), sec = awsSecret();
  add("cloud", pasted(g, prose(g, "fix"), "conf", `# spark-defaults.conf\nspark.master                          yarn\nspark.hadoop.fs.s3a.impl              org.apache.hadoop.fs.s3a.S3AFileSystem\nspark.hadoop.fs.s3a.access.key        ${id}\nspark.hadoop.fs.s3a.secret.key        ${sec}\nspark.hadoop.fs.s3a.endpoint          https://s3.eu-west-1.example.net\nspark.sql.catalog.lake                org.apache.iceberg.spark.SparkCatalog`), "AWS key pair in spark-defaults.conf fs.s3a.access.key/secret.key");
}
{
  const key = g.b64b(64);
  add("cloud", oaChat(g, `Notebook cell in Databricks:\n\nspark.conf.set(\n    "fs.azure.account.key.${g.lower(6)}lake.dfs.core.windows.net",\n    "${key}"\n)\ndf = spark.read.format("delta").load("abfss://bronze@${g.lower(6)}lake.dfs.core.windows.net/events")\n\n${prose(g, "explain")}`), "ADLS Gen2 account key set via spark.conf.set in a Databricks notebook cell");
}
{
  const id = akia(), sec = awsSecret();
  add("cloud", mcpResult(g, `<?xml version="1.0"?>\n<configuration>\n  <property><name>fs.s3a.access.key</name><value>${id}</value></property>\n  <property><name>fs.s3a.secret.key</name><value>${sec}</value></property>\n  <property><name>fs.s3a.fast.upload</name><value>true</value></property>\n</configuration>\n`), "AWS key pair in Hadoop core-site.xml fs.s3a.* returned by MCP read_file");
}
{
  add("cloud", anMsg(g, `which profile does boto3 pick here?\n\n[default]\naws_access_key_id = ${akia()}\naws_secret_access_key = ${awsSecret()}\nregion = eu-west-1\n\n[lake-admin]\naws_access_key_id = ${akia()}\naws_secret_access_key = ${awsSecret()}`), "~/.aws/credentials with two profiles pasted in chat");
}
{
  const sql = `CREATE OR REPLACE STAGE raw.s3_events\n  URL = 's3://acme-events-raw/landing/'\n  CREDENTIALS = (AWS_KEY_ID = '${akia()}' AWS_SECRET_KEY = '${awsSecret()}')\n  FILE_FORMAT = (TYPE = PARQUET);\n\nCOPY INTO raw.events FROM @raw.s3_events MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE;`;
  add("cloud", oaToolCall(g, "snowflake_execute", { sql, warehouse: "LOADING" }, "Create the stage and load yesterday's parquet."), "AWS key pair inside Snowflake CREATE STAGE CREDENTIALS clause, tool call");
}
{
  const sql = `COPY analytics.orders\nFROM 's3://acme-exports/orders/2025-03-01/'\nCREDENTIALS 'aws_access_key_id=${akia()};aws_secret_access_key=${awsSecret()}'\nFORMAT AS PARQUET;`;
  add("cloud", pasted(g, "Redshift COPY keeps failing with S3ServiceException, see:", "sql", sql), "AWS key pair in Redshift COPY CREDENTIALS string");
}
{
  const sql = `INSTALL httpfs; LOAD httpfs;\nCREATE SECRET lake (\n    TYPE S3,\n    KEY_ID '${akia()}',\n    SECRET '${awsSecret()}',\n    REGION 'eu-central-1'\n);\nSELECT count(*) FROM read_parquet('s3://acme-lake/events/*.parquet');`;
  add("cloud", anToolUse(g, "write_file", { path: "notebooks/duckdb_explore.sql", content: sql }, "Saving the DuckDB exploration script."), "AWS key pair in DuckDB CREATE SECRET (TYPE S3)");
}
{
  const log = `Run gcloud auth print-access-token\n${cat("ya", "29.", "c.", g.b64uc(180))}\nRun bq query --use_legacy_sql=false "select 1"\nBigQuery error in query operation: Access Denied: Project acme-dwh`;
  add("cloud", oaChat(g, `${prose(g, "fix")}\n\n${log}`), "GCP OAuth access token printed by gcloud auth print-access-token in a CI log");
}

// ---------------------------------------------------------------- database credentials in engine slots / files
{
  add("data", oaToolCall(g, "psql_execute", { database: "warehouse", sql: `CREATE SERVER crm_src FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'crm-db.example.net', dbname 'crm', port '5432');\nCREATE USER MAPPING FOR etl SERVER crm_src OPTIONS (user 'crm_readonly', password '${g.pw()}');\nIMPORT FOREIGN SCHEMA public FROM SERVER crm_src INTO crm_raw;` }, "Set up the FDW to the CRM database."), "Postgres FDW CREATE USER MAPPING password option, tool call");
}
{
  add("data", pasted(g, "psql still prompts for a password, is my .pgpass wrong?", "text", `# ~/.pgpass\nwarehouse.example.net:5432:analytics:etl_writer:${g.pw()}\n*:5439:dev:awsuser:${g.pw()}`), ".pgpass lines with passwords pasted in chat");
}
{
  add("data", mcpResult(g, `[connections]\naccountname = ${g.lower(2)}${g.dig(5)}.eu-central-1\nusername = ANALYST_JDOE\npassword = ${g.pw()}\ndbname = ANALYTICS\nwarehousename = ADHOC_XS\nrolename = ANALYST\n\n[options]\nlog_level = INFO\n`), "~/.snowsql/config password returned by MCP read_file");
}
{
  add("data", anMsg(g, `Delta Sharing recipient profile from the partner, load this into pandas please:\n\n${J2({ shareCredentialsVersion: 1, bearerToken: g.b64uc(64), endpoint: "https://sharing.partner.example.com/api/2.0/delta-sharing/metastores/" + g.uuid(), expirationTime: "2026-09-30T00:00:00.0Z" })}`), "Delta Sharing config.share bearerToken pasted in chat");
}
{
  const key = g.up(16), sec = g.b64c(64);
  add("data", pasted(g, prose(g, "fix"), "properties", `bootstrap.servers=pkc-${g.lo(5)}.eu-west-1.aws.confluent.example.net:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${key}" password="${sec}";\nschema.registry.url=https://psrc-${g.lo(5)}.example.net\nbasic.auth.credentials.source=USER_INFO\nbasic.auth.user.info=${g.up(16)}:${g.b64c(64)}`), "Confluent Cloud key/secret in Kafka client.properties sasl.jaas.config and schema registry user info");
}
{
  const cfg = `[core]\ndags_folder = /opt/airflow/dags\nexecutor = CeleryExecutor\nfernet_key = ${g.b64ub(32)}\n\n[database]\nsql_alchemy_conn = postgresql+psycopg2://airflow:${encodeURIComponent(g.pw())}@airflow-meta.example.net:5432/airflow\n\n[celery]\nbroker_url = redis://:${g.an(32)}@airflow-redis.example.net:6379/0`;
  add("devtools", pasted(g, "Scheduler won't start after the upgrade to 2.10, here's airflow.cfg:", "ini", cfg), "airflow.cfg with fernet_key, metadata DB password and Redis broker password");
}
{
  const py = `# superset_config.py\nSECRET_KEY = "${g.b64b(42)}"\nSQLALCHEMY_DATABASE_URI = "postgresql://superset:${g.pw()}@superset-meta.example.net:5432/superset"\nFEATURE_FLAGS = {"EMBEDDED_SUPERSET": True}\nTALISMAN_ENABLED = True`;
  add("saas", anToolUse(g, "write_file", { path: "docker/pythonpath_prod/superset_config.py", content: py + "\n" }, prose(g, "save")), "superset_config.py SECRET_KEY and metadata DB URI with password");
}
{
  add("data", pasted(g, "pyiceberg can't load the catalog:", "yaml", `# ~/.pyiceberg.yaml\ncatalog:\n  prod:\n    uri: https://catalog.example.com/api/catalog\n    credential: ${g.lo(20)}:${g.an(40)}\n    warehouse: acme_lake\n    scope: PRINCIPAL_ROLE:ALL`), "Iceberg REST catalog client_id:client_secret credential in .pyiceberg.yaml");
}
{
  const toml = `[destination.snowflake.credentials]\ndatabase = "RAW"\npassword = "${g.pw()}"\nusername = "DLT_LOADER"\nhost = "${g.lower(2)}${g.dig(5)}"\nwarehouse = "LOADING"\nrole = "LOADER"\n\n[sources.github]\naccess_token = "${ghp()}"`;
  add("data", anToolUse(g, "write_file", { path: ".dlt/secrets.toml", content: toml + "\n" }, "Writing dlt secrets for the GitHub → Snowflake pipeline."), "dlt .dlt/secrets.toml with Snowflake password and GitHub token");
}
{
  add("data", oaToolCall(g, "bash", { command: `mysql -h orders-db.example.net -u report_ro -p'${g.pw()}' shop -e "select count(*) from orders where created_at >= curdate()"` }, prose(g, "run")), "MySQL password as -p positional CLI argument, OpenAI tool_calls");
}
{
  add("saas", anMsg(g, `${prose(g, "explain")}\n\n  812  tabcmd login -s https://tableau.example.com -t analytics -u svc_refresh -p '${g.pw()}'\n  813  tabcmd refreshextracts --datasource "Revenue Daily"\n  814  tabcmd logout`), "Tableau tabcmd login -p password in pasted shell history");
}
{
  add("devtools", oaToolCall(g, "bash", { command: `curl -s -u admin:'${g.pw()}' -X POST https://airflow.example.com/api/v1/dags/ingest_daily/dagRuns -H 'Content-Type: application/json' -d '{"conf":{"full_refresh":true}}'` }, "Trigger the DAG run."), "Airflow REST API basic auth via curl -u user:password");
}
{
  add("saas", pasted(g, prose(g, "review"), "python", `from simple_salesforce import Salesforce\n\nsf = Salesforce(\n    username="integration@example.com",\n    password="${g.pw()}",\n    security_token="${g.an(25)}",\n)\nopps = sf.query_all("SELECT Id, Amount, StageName FROM Opportunity")`), "Salesforce password + security_token in simple_salesforce constructor");
}

// ---------------------------------------------------------------- dev tooling files
{
  add("devtools", mcpResult(g, `[DEFAULT]\nhost  = https://adb-${g.dig(16)}.${g.dig(2)}.azuredatabricks.example.net\ntoken = ${dapi()}\n\n[staging]\nhost  = https://dbc-${g.hex(8)}-${g.hex(4)}.cloud.example.com\ntoken = ${dapi()}\n`), "~/.databrickscfg with two PATs returned by MCP read_file");
}
{
  add("devtools", anToolUse(g, "write_file", { path: "/root/.kaggle/kaggle.json", content: J({ username: g.lower(9), key: g.hex(32) }) }, "Configuring the Kaggle CLI to pull the competition dataset."), "kaggle.json username/key via tool_use write_file");
}
{
  add("devtools", oaChat(g, `The notebook server in the container printed this, but the link doesn't open from my laptop:\n\n    To access the server, open this file in a browser:\n        file:///root/.local/share/jupyter/runtime/jpserver-7-open.html\n    Or copy and paste one of these URLs:\n        http://${g.hex(12)}:8888/lab?token=${g.hex(48)}\n        http://127.0.0.1:8888/lab?token=${g.hex(48)}`), "Jupyter server URLs with ?token= pasted in chat");
}
{
  const t = dapi();
  add("devtools", pasted(g, prose(g, "review"), "python", `# split so the linter stops complaining\nDATABRICKS_TOKEN = (\n    "${t.slice(0, 14)}"\n    "${t.slice(14)}"\n)\nw = WorkspaceClient(host="https://dbc-${g.hex(8)}-${g.hex(4)}.cloud.example.com", token=DATABRICKS_TOKEN)`), "Databricks PAT split across two Python string literals (implicit concatenation)");
}
{
  add("devtools", pasted(g, "pip can't find our internal package:", "ini", `# /etc/pip.conf\n[global]\nindex-url = https://pypi.org/simple\nextra-index-url = https://__token__:${cat("py", "pi-", "AgEIcHlwaS5vcmc", g.b64uc(120))}@pypi.example.com/simple/\n                  https://deploy:${g.an(20)}@nexus.example.net/repository/pypi-internal/simple`), "pip.conf extra-index-url with tokens as URL userinfo");
}
{
  add("devtools", anToolUse(g, "write_file", { path: ".npmrc", content: `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${ghp()}\n//registry.npmjs.org/:_authToken=${cat("np", "m_", g.an(36))}\n` }, "Adding registry auth for the dashboard build."), ".npmrc _authToken lines for GitHub Packages and npm registry");
}
{
  const auth = b64(`acme-ci:${cat("dc", "kr_pat_", g.b64uc(27))}`);
  add("devtools", mcpResult(g, J2({ auths: { "https://index.docker.io/v1/": { auth }, "ghcr.io": { auth: b64(`acme-bot:${ghp()}`) } }, credsStore: "" })), "docker config.json auths (base64 user:token) for Docker Hub and GHCR");
}

// ---------------------------------------------------------------- auth / observability / comms idioms
{
  const tok = cat("ya", "29.", "a0AfB_by", g.b64uc(160));
  add("auth", anMsg(g, `After consenting, the GA4 connector redirected me to this URL and shows a blank page. What's going on?\n\nhttps://connector.example.com/oauth/callback#access_token=${tok}&token_type=Bearer&expires_in=3599&scope=https://www.googleapis.com/auth/analytics.readonly`), "Google OAuth access token in a URL fragment pasted in chat");
}
{
  const yml = `remote_write:\n  - url: https://prometheus-prod-24-prod-eu-west-2.grafana.example.net/api/prom/push\n    basic_auth:\n      username: "${g.dig(7)}"\n      password: "${cat("gl", "c_", "eyJvIjoi", g.b64c(140), "fX0=")}"\nscrape_configs:\n  - job_name: airflow-statsd\n    static_configs:\n      - targets: ["statsd-exporter:9102"]`;
  add("observability", pasted(g, "Airflow metrics don't show up in Grafana Cloud:", "yaml", yml), "Prometheus remote_write basic_auth password (Grafana Cloud token) in prometheus.yml");
}
{
  const url = cat("https://endpoint", String(g.range(1, 4)), ".collection.", g.pick(["eu", "us2", "au"]), ".sumologic.com/receiver/v1/http/", g.b64uc(120), "==");
  add("observability", pasted(g, prose(g, "review"), "ini", `[OUTPUT]\n    Name   http\n    Match  airflow.*\n    Uri    ${url.replace(/^https:\/\/[^/]+/, "")}\n    Host   ${url.split("/")[2]}\n    Port   443\n    tls    On\n    Format json_lines`), "Sumo Logic HTTP source URL token split into fluent-bit Host/Uri");
}
{
  add("comms", oaToolCall(g, "python", { code: `import requests\nrequests.post(${J(cat("https://hooks.", "slack.com/services/T0", g.up(9), "/B0", g.up(9), "/", g.an(24)))}, json={"text": "dbt build failed: 3 tests in fct_orders"})` }, "Notify the channel about the failed build."), "Slack incoming webhook URL in Python code sent as tool_calls arguments");
}

function b64u(s: string): string {
  return Buffer.from(s).toString("base64url");
}
function u8pgp(r: Gen): string {
  const bytes = Uint8Array.from([0x94, 0x58, 0x04, ...r.bytes(4), 0x16, 0x09, 0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x0f, 0x01, 0x01, 0x07, 0x40, ...r.bytes(32), 0x00, 0x01, 0x00, ...r.bytes(33), 0xb4, 0x1c, ...Buffer.from("Acme Data <data@example.com>"), ...r.bytes(140)]);
  const body = b64(bytes).replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${body}\n=${r.b64c(4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
}

export const cases: CorpusCase[] = out;
