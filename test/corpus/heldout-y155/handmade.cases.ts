// Handcrafted positives: key material, credential files, hard carriers (escaped, split, wrapped).
// Seed 155002.
import { Rng, mk, pem, wrap, AN, B64 } from "./_gen.ts";
import type { CorpusCase } from "../types.ts";

const r = new Rng(155002);
const j = (...xs: string[]) => xs.join("");
const cases0: [string, string, string | null, string][] = []; // [category, text, needle, note]
const add = (cat: string, text: string, needle: string | null, note: string) => cases0.push([cat, text, needle, note]);
const BEGIN = (l: string) => `-----BEGIN ${l}-----`;

// ---- keys
{ const k = pem(r, "RSA PRIVATE KEY", 1190); add("keys", `# snowflake key-pair auth for dbt\n$ cat ~/.ssh/snowflake_rsa_key.pem\n${k}\n`, BEGIN("RSA PRIVATE KEY"), "RSA PEM in shell transcript"); }
{ const k = pem(r, "PRIVATE KEY", 1216); const sa = { type: "service_account", project_id: "analytics-prod-" + r.dig(6), private_key_id: r.hex(40), private_key: k + "\n", client_email: `bq-loader@analytics-prod.iam.gserviceaccount.com`, client_id: r.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }; const t = JSON.stringify(sa, null, 2); add("keys", t, JSON.stringify(k).slice(1, 80), "GCP service-account JSON for BigQuery"); }
{ const k = pem(r, "PRIVATE KEY", 1216); const t = `my_bigquery:\n  target: prod\n  outputs:\n    prod:\n      type: bigquery\n      method: service-account-json\n      project: lake-${r.dig(5)}\n      dataset: marts\n      keyfile_json:\n        type: service_account\n        private_key_id: ${r.hex(40)}\n        private_key: "${k.replace(/\n/g, "\\n")}\\n"\n        client_email: dbt@lake.iam.gserviceaccount.com\n`; add("keys", t, k.replace(/\n/g, "\\n").slice(0, 90), "dbt profiles.yml bigquery keyfile_json"); }
{ const k = pem(r, "ENCRYPTED PRIVATE KEY", 1250); const pw = r.an(20); const t = `snowflake_prod:\n  outputs:\n    prod:\n      type: snowflake\n      account: ${r.an(7).toLowerCase()}-eu1\n      user: DBT_SVC\n      private_key: |\n${k.split("\n").map((l) => "        " + l).join("\n")}\n      private_key_passphrase: "${pw}"\n`; add("keys", t, pw, "Snowflake encrypted key + passphrase in profiles.yml"); }
{ const k = pem(r, "OPENSSH PRIVATE KEY", 400); add("keys", JSON.stringify({ role: "user", content: `EMR bootstrap can't ssh into the master. key below:\n${k}` }), BEGIN("OPENSSH PRIVATE KEY"), "OpenSSH key in chat body"); }
{ const k = pem(r, "EC PRIVATE KEY", 121); add("keys", `#!/bin/bash\n# databricks init: mTLS to kafka\ncat > /tmp/client.key <<'KEY'\n${k}\nKEY\nchmod 600 /tmp/client.key\n`, BEGIN("EC PRIVATE KEY"), "EC key in cluster init heredoc"); }
{ const d = r.us(43); const jwk = { kty: "EC", crv: "P-256", x: r.us(43), y: r.us(43), d, kid: "mlflow-signer-" + r.dig(4), use: "sig" }; add("keys", JSON.stringify({ keys: [jwk] }, null, 2), d, "JWK with private d"); }
{ const d = r.us(342); const jwk = { kty: "RSA", n: r.us(342), e: "AQAB", d, p: r.us(171), q: r.us(171), dp: r.us(171), dq: r.us(171), qi: r.us(171) }; add("keys", `val jwkJson = """${JSON.stringify(jwk)}"""\nval key = RSAKey.parse(jwkJson)\n`, d, "RSA JWK in Scala"); }
{ const k = pem(r, "PRIVATE KEY", 1216); const b = Buffer.from(k).toString("base64"); add("keys", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: spark-kafka-tls\ndata:\n  tls.key: ${b}\n`, b, "PKCS8 key base64 in k8s Secret"); }
{ const k = pem(r, "PGP PRIVATE KEY BLOCK", 900); add("keys", `# export signing key for airflow artifact signing\ngpg --export-secret-keys --armor etl@corp.io\n${k}\n`, BEGIN("PGP PRIVATE KEY BLOCK"), "PGP armored private key"); }
{ const k = pem(r, "RSA PRIVATE KEY", 1190); const esc = JSON.stringify(k); add("keys", JSON.stringify({ type: "tool_use", id: "toolu_01" + r.an(22), name: "write_file", input: { path: "keys/snowflake_rsa.p8", content: k } }), esc.slice(1, 70), "RSA key in tool_use write_file (escaped)"); }
{ const k = pem(r, "PRIVATE KEY", 1216); add("keys", `import snowflake.connector\nPRIVATE_KEY = """${k}"""\nconn = snowflake.connector.connect(user="ML_SVC", account="${r.an(7).toLowerCase()}", private_key=load_pem(PRIVATE_KEY))\n`, BEGIN("PRIVATE KEY"), "PKCS8 in Python snowflake connect"); }
{ const key = r.b64(32); add("keys", `age-keygen output\n# created: 2024-06-01T10:00:00Z\n# public key: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${j("AGE-SECRET", "-KEY-1")}${r.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}\n`, j("AGE-SECRET", "-KEY-1"), "age secret key (sops for dbt secrets)"); void key; }
{ const k = pem(r, "DSA PRIVATE KEY", 440); add("keys", `diff --git a/deploy/sftp_ingest.key b/deploy/sftp_ingest.key\nnew file mode 100600\n--- /dev/null\n+++ b/deploy/sftp_ingest.key\n${k.split("\n").map((l) => "+" + l).join("\n")}\n`, "+" + BEGIN("DSA PRIVATE KEY"), "DSA key in diff"); }
{ const k = pem(r, "RSA PRIVATE KEY", 1190); add("keys", `library(openssl)\nkey_txt <- "${k.replace(/\n/g, "\\n")}"\nkey <- read_key(key_txt)\n`, k.replace(/\n/g, "\\n").slice(0, 80), "RSA key in R string"); }
{ const k = pem(r, "PRIVATE KEY", 1216); add("keys", `spark.ssl.keyStorePassword ${r.an(16)}\nspark.kafka.ssl.key ${k.replace(/\n/g, "\\n")}\n`, k.replace(/\n/g, "\\n").slice(0, 80), "PKCS8 in spark conf (escaped newlines)"); }
{ const k = pem(r, "PRIVATE KEY", 1216); add("keys", `2024-06-01T03:11:09Z ERROR gcs_uploader failed to parse credentials: ${JSON.stringify({ type: "service_account", private_key: k, client_email: "gcs-writer@data-" + r.dig(5) + ".iam.gserviceaccount.com" })}`, JSON.stringify(k).slice(1, 80), "SA JSON in log line"); }
{ const k = pem(r, "OPENSSH PRIVATE KEY", 400); const b = Buffer.from(k).toString("base64"); add("keys", `resource "databricks_secret" "git_ssh" {\n  key          = "deploy-key"\n  string_value = base64decode("${b}")\n  scope        = databricks_secret_scope.ci.name\n}\n`, b, "OpenSSH key base64 in terraform"); }

// ---- credential files
{ const t = j("np", "m_", r.an(36)); add("devtools", `; ~/.npmrc\nregistry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${t}\n`, t, ".npmrc"); }
{ const pw = r.an(24); add("data", `# ~/.pgpass\n${r.host()}.rds.amazonaws.com:5432:warehouse:etl_writer:${pw}\nlocalhost:5432:*:postgres:postgres\n`, pw, ".pgpass"); }
{ const pw = r.an(30); add("cloud", `machine ${r.host()}.cloud.databricks.com\n  login token\n  password ${j("da", "pi")}${r.hex(32)}\nmachine api.wandb.ai\n  login user\n  password ${pw}\n`, pw, ".netrc (databricks + wandb)"); }
{ const tok = r.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "spark", sub: "system:serviceaccount:spark:spark-operator" }); add("cloud", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://${r.hex(32).toUpperCase()}.gr7.eu-west-1.eks.amazonaws.com\n  name: spark\nusers:\n- name: spark-operator\n  user:\n    token: ${tok}\ncontexts:\n- context: {cluster: spark, user: spark-operator}\n  name: spark\n`, tok, "kubeconfig with SA token"); }
{ const a = Buffer.from(`_json_key_base64:${r.b64(90)}`).toString("base64"); add("cloud", JSON.stringify({ auths: { "europe-docker.pkg.dev": { auth: a } } }, null, 2), a, "docker config.json auth"); }
{ const sec = r.str(40, B64); add("cloud", `[default]\naws_access_key_id = ${j("AK", "IA")}${r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}\naws_secret_access_key = ${sec}\nregion = us-east-1\n`, sec, "~/.aws/credentials"); }
{ const tok = r.hex(40); add("ai", `machine api.wandb.ai\n  login user\n  password ${tok}\n`, tok, "wandb .netrc"); }
{ const pw = r.an(22); add("data", `<clickhouse>\n  <users>\n    <etl>\n      <password>${pw}</password>\n      <networks><ip>::/0</ip></networks>\n    </etl>\n  </users>\n</clickhouse>\n`, pw, "ClickHouse users.xml"); }

// ---- hard carriers
{ const t = j("h", "f_", r.str(34, AN.slice(0, 52))); add("ai", `from huggingface_hub import login\nlogin(token="h" + "f_" + "${t.slice(3, 20)}" + "${t.slice(20)}")\n`, t.slice(20), "HF token split across concatenation"); }
{ const sig = encodeURIComponent(r.b64(32)); const u = `https://lake${r.dig(4)}.blob.core.windows.net/raw/events?sv=2022-11-02&ss=b&srt=co&sp=rwdlacup&se=2026-12-31T23:59:59Z&st=2024-06-01T00:00:00Z&spr=https&sig=${sig}`; add("cloud", `df = spark.read.parquet("wasbs://raw@lake.blob.core.windows.net/events")\n# SAS: ${u}\n`, sig, "Azure Blob SAS URL (sig)"); }
{ const sig = r.hex(512); add("cloud", `gsutil cp gs://ml-artifacts/model.pt . failed, used signed url instead:\nhttps://storage.googleapis.com/ml-artifacts/model.pt?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=sa%40proj.iam.gserviceaccount.com%2F20240601%2Fauto%2Fstorage%2Fgoog4_request&X-Goog-Date=20240601T000000Z&X-Goog-Expires=604800&X-Goog-SignedHeaders=host&X-Goog-Signature=${sig}\n`, sig, "GCS V4 signed URL"); }
{ const t = j("sk", "_live_", r.an(99)); add("payment", JSON.stringify({ messages: [{ role: "user", content: JSON.stringify({ notebook_cell: `stripe.api_key = "${t}"` }) }] }), JSON.stringify(JSON.stringify(t)).slice(3, 40), "Stripe key in doubly escaped JSON"); }
{ const t = j("gl", "pat-", r.us(20)); add("devtools", `git clone https://oauth2:${t}@gitlab.corp.io/data/dbt-project.git`, t, "GitLab token in clone URL"); }
{ const t = j("sk", "-ant-api03-", r.us(93), "AA"); const w = wrap(t, 40); add("ai", `Bitte prüfen, warum der Key nicht geht (aus dem PDF kopiert):\n${w}\n`, w.split("\n")[1]!, "Anthropic key wrapped at 40 cols, German prose"); }
{ const t = j("pc", "sk_", r.an(5), "_", r.an(63)); const b = Buffer.from(t).toString("base64"); add("data", `PINECONE_API_KEY_B64=${b}\n# decode: echo $PINECONE_API_KEY_B64 | base64 -d\n`, b, "Pinecone key base64"); }
{ const t = j("r8", "_", r.an(37)); add("ai", `\`\`\`r\nlibrary(httr)\nres <- POST("https://api.replicate.com/v1/predictions", add_headers(Authorization = paste("Token", "${t}")), body = list(version = "${r.hex(64)}"), encode = "json")\n\`\`\`\n`, t, "Replicate token in R httr"); }
{ const s = r.str(64, B64); const k = r.up(16); add("data", `KafkaClient(\n  bootstrap_servers="pkc-${r.hex(5)}.us-east-2.aws.confluent.cloud:9092",\n  sasl_plain_username="${k}",\n  sasl_plain_password="${s}",\n)\n`, s, "Confluent SASL in kafka-python"); }
{ const pw = r.an(26); add("data", `jdbc:snowflake://${r.an(7).toLowerCase()}.eu-central-1.snowflakecomputing.com/?user=ML_SVC&password=${encodeURIComponent(pw)}&warehouse=TRANSFORM_WH&db=ANALYTICS`, pw, "Snowflake JDBC URL password"); }
{ const tok = j("da", "pi", r.hex(32)); add("devtools", `[DEFAULT]\nhost = https://adb-${r.dig(16)}.${r.dig(1)}.azuredatabricks.net\ntoken = ${tok}\n`, tok, ".databrickscfg"); }

export const cases: CorpusCase[] = cases0.map(([cat, text, needle, note], i) =>
  mk(`y155-h-${String(i + 1).padStart(3, "0")}`, `heldouty155-sec-${cat}`, "positive", text, needle, note));
