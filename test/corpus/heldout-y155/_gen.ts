// Shared generator for heldout-y155 (skipped by the loader: leading underscore).
// Every credential-shaped value is assembled at run time from a split prefix and a seeded body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const HEX = "0123456789abcdef";
export const B64 = AN + "+/";
export const URLSAFE = AN + "_-";

export class Rng extends SeededRng {
  an(n: number) { return this.str(n, AN); }
  hex(n: number) { return this.str(n, HEX); }
  HEX(n: number) { return this.str(n, "0123456789ABCDEF"); }
  dig(n: number) { return this.str(n, DIG); }
  up(n: number) { return this.str(n, UP + DIG); }
  us(n: number) { return this.str(n, URLSAFE); }
  b64(bytes: number) { return Buffer.from(this.bytes(bytes)).toString("base64"); }
  uuid() { const h = this.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`; }
  jwt(payload: object) {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.us(43)].join(".");
  }
  host() { return this.pick(["analytics", "warehouse", "feature-store", "ml-platform", "lakehouse", "etl", "dwh", "mlops"]) + "-" + this.pick(["prod", "prd", "live", "eu1", "us-east"]); }
}

export const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");

export function pem(r: Rng, label: string, bytes: number): string {
  return `-----BEGIN ${label}-----\n${wrap(r.b64(bytes))}\n-----END ${label}-----`;
}

// ---------------------------------------------------------------- prose (about a quarter non-English)
const PROSE: Record<string, string[]> = {
  en: ["Can you check why this job fails on the cluster?", "Here is my current config, please fix the connection error.", "The DAG keeps retrying, logs below.", "Refactor this so it reads from the warehouse instead.", "Why does the notebook time out here?", "Please add retries to this loader."],
  de: ["Kannst du prüfen, warum der Job auf dem Cluster fehlschlägt?", "Hier ist meine aktuelle Konfiguration, bitte den Verbindungsfehler beheben."],
  es: ["¿Puedes revisar por qué falla este job en el clúster?", "Aquí está mi configuración, arregla el error de conexión por favor."],
  fr: ["Peux-tu regarder pourquoi ce job échoue sur le cluster ?", "Voici ma config actuelle, corrige l'erreur de connexion stp."],
  ja: ["このジョブがクラスタで失敗する理由を確認してください。", "現在の設定です。接続エラーを直してください。"],
  zh: ["帮我看看这个任务为什么在集群上失败。", "这是我现在的配置，请修复连接错误。"],
  pt: ["Pode ver por que esse job falha no cluster?", "Segue minha config atual, corrija o erro de conexão."],
  ru: ["Посмотри, почему эта задача падает на кластере?", "Вот мой текущий конфиг, исправь ошибку подключения."],
  ko: ["이 작업이 클러스터에서 실패하는 이유를 확인해 주세요.", "현재 설정입니다. 연결 오류를 고쳐 주세요."],
};
const OTHER = ["de", "es", "fr", "ja", "zh", "pt", "ru", "ko"];
export function prose(r: Rng): { line: string; lang: string } {
  const lang = r.int(4) === 0 ? r.pick(OTHER) : "en";
  return { line: r.pick(PROSE[lang]!), lang };
}

// ---------------------------------------------------------------- renderers
export interface Slot { key: string; value: string; }
export interface Rendered { text: string; needle: string; ctx: string; lang?: string; }
type R = (r: Rng, s: Slot) => Rendered;
const lc = (k: string) => k.toLowerCase();
const J = (x: unknown) => JSON.stringify(x);

export const THEMED: [string, R][] = [
  ["ipynb-cell-env", (r, s) => ({ ctx: "ipynb", needle: s.value, text: JSON.stringify({ cells: [{ cell_type: "code", execution_count: r.range(1, 40), metadata: {}, source: ["import os\n", `os.environ[\"${s.key}\"] = \"${s.value}\"\n`, "df = spark.read.table(\"events.daily\")\n"], outputs: [{ output_type: "stream", name: "stdout", text: ["loaded 184233 rows\n"] }] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) })],
  ["ipynb-output", (r, s) => ({ ctx: "ipynb-output", needle: s.value, text: JSON.stringify({ cell_type: "code", execution_count: r.range(1, 30), source: ["!env | grep -i " + s.key.split("_")[0]], outputs: [{ output_type: "stream", name: "stdout", text: [`${s.key}=${s.value}\n`, "PATH=/databricks/python3/bin:/usr/bin\n"] }] }, null, 1) })],
  ["ipynb-magic", (r, s) => ({ ctx: "ipynb-%env", needle: s.value, text: J({ cells: [{ cell_type: "code", source: [`%env ${s.key}=${s.value}`], outputs: [{ output_type: "stream", name: "stdout", text: [`env: ${s.key}=${s.value}\n`] }] }], nbformat: 4 }) })],
  ["dbt-profiles", (r, s) => ({ ctx: "dbt profiles.yml", needle: s.value, text: `analytics:\n  target: prod\n  outputs:\n    prod:\n      type: ${r.pick(["snowflake", "databricks", "redshift", "bigquery", "clickhouse"])}\n      host: ${r.host()}.internal\n      user: dbt_runner\n      ${r.pick(["password", "token", lc(s.key)])}: "${s.value}"\n      schema: marts\n      threads: 8\n` })],
  ["airflow-conn-uri", (r, s) => { const v = encodeURIComponent(s.value); return { ctx: "AIRFLOW_CONN URI", needle: v, text: `export AIRFLOW_CONN_${r.pick(["WAREHOUSE", "LAKE", "FEATURE_API", "VECTOR_DB"])}='${r.pick(["http", "postgres", "snowflake", "generic"])}://svc_airflow:${v}@${r.host()}.corp:443/?timeout=30'` }; }],
  ["airflow-vars-json", (r, s) => ({ ctx: "airflow variables.json", needle: s.value, text: JSON.stringify({ etl_batch_size: "5000", [lc(s.key)]: s.value, slack_channel: "#data-alerts" }, null, 2) })],
  ["airflow-conn-extra", (r, s) => ({ ctx: "airflow connection extra", needle: s.value, text: `airflow connections add 'ml_${r.pick(["api", "store", "registry"])}' \\\n  --conn-type http \\\n  --conn-host ${r.host()}.io \\\n  --conn-extra '${J({ [lc(s.key)]: s.value, verify: true })}'` })],
  ["airflow-cli-password", (r, s) => ({ ctx: "airflow CLI", needle: s.value, text: `airflow connections add warehouse_default --conn-type ${r.pick(["snowflake", "postgres", "clickhouse"])} --conn-login etl --conn-password '${s.value}' --conn-host ${r.host()}` })],
  ["spark-defaults", (r, s) => ({ ctx: "spark-defaults.conf", needle: s.value, text: `spark.master                      yarn\nspark.executor.memory             8g\nspark.executorEnv.${s.key}        ${s.value}\nspark.sql.shuffle.partitions      400\n` })],
  ["databricks-init", (r, s) => ({ ctx: "cluster init script", needle: s.value, text: `#!/bin/bash\n# init script for ${r.host()} cluster\nset -euo pipefail\necho "${s.key}=${s.value}" >> /databricks/spark/conf/spark-env.sh\npip install -q mlflow==2.14.1\n` })],
  ["databricks-secrets-put", (r, s) => ({ ctx: "databricks CLI", needle: s.value, text: `databricks secrets put-secret ${r.pick(["ml", "etl", "platform"])} ${lc(s.key)} --string-value "${s.value}"` })],
  ["scala-spark", (r, s) => ({ ctx: "Scala SparkSession", needle: s.value, text: `val spark = SparkSession.builder()\n  .appName("${r.pick(["ingest", "features", "scoring"])}")\n  .config("spark.executorEnv.${s.key}", "${s.value}")\n  .getOrCreate()\n` })],
  ["r-setenv", (r, s) => ({ ctx: "R Sys.setenv", needle: s.value, text: `library(DBI)\nSys.setenv(${s.key} = "${s.value}")\ncon <- dbConnect(odbc::odbc(), "warehouse")\n` })],
  ["renviron", (r, s) => ({ ctx: ".Renviron", needle: s.value, text: `R_LIBS_USER=~/R/library\n${s.key}=${s.value}\n` })],
  ["sql-secret", (r, s) => ({ ctx: "SQL", needle: s.value, text: `-- ${r.pick(["rotate", "bootstrap", "setup"])} integration\nCREATE OR REPLACE SECRET ${lc(s.key)}\n  TYPE = GENERIC_STRING\n  SECRET_STRING = '${s.value}';\n` })],
  ["sql-insert", (r, s) => ({ ctx: "SQL insert", needle: s.value, text: `INSERT INTO ops.integrations (name, credential, created_at) VALUES ('${lc(s.key)}', '${s.value}', now());` })],
  ["python-connect", (r, s) => ({ ctx: "Python client", needle: s.value, text: `import os\nfrom sqlalchemy import create_engine\n\n${lc(s.key)} = os.getenv("${s.key}", "${s.value}")\nengine = create_engine(f"postgresql://etl@${r.host()}/dw")\n` })],
  ["kafka-props", (r, s) => ({ ctx: "Kafka client.properties", needle: s.value, text: `bootstrap.servers=pkc-${r.hex(5)}.eu-west-1.aws.confluent.cloud:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${r.up(16)}" password="${s.value}";\n` })],
  ["confluent-py", (r, s) => ({ ctx: "confluent_kafka dict", needle: s.value, text: `conf = {\n    "bootstrap.servers": "${r.host()}:9092",\n    "security.protocol": "SASL_SSL",\n    "sasl.username": "${r.up(16)}",\n    "sasl.password": "${s.value}",\n}\nproducer = Producer(conf)\n` })],
  ["compose-mlflow", (r, s) => ({ ctx: "docker-compose", needle: s.value, text: `services:\n  mlflow:\n    image: ghcr.io/mlflow/mlflow:v2.14.1\n    environment:\n      - MLFLOW_S3_ENDPOINT_URL=http://minio:9000\n      - ${s.key}=${s.value}\n    ports: ["5000:5000"]\n` })],
  ["k8s-secret-b64", (r, s) => { const v = Buffer.from(s.value).toString("base64"); return { ctx: "k8s Secret data (base64)", needle: v, text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${r.pick(["airflow", "jupyterhub", "mlflow", "feast"])}-env\ntype: Opaque\ndata:\n  ${s.key}: ${v}\n` }; }],
  ["helm-values", (r, s) => ({ ctx: "Helm values", needle: s.value, text: `jupyterhub:\n  singleuser:\n    extraEnv:\n      ${s.key}: "${s.value}"\n  hub:\n    replicas: 1\n` })],
  ["chat-env-pasted", (r, s) => { const p = prose(r); const body = J({ model: r.pick(["gpt-4o", "claude-sonnet-4-5", "gpt-4.1-mini"]), messages: [{ role: "user", content: `${p.line}\n\n.env:\n${s.key}=${s.value}\nDBT_TARGET=prod\n` }] }); return { ctx: "LLM chat body with .env", needle: s.value, text: body, lang: p.lang }; }],
  ["tool-use-write", (r, s) => ({ ctx: "Anthropic tool_use write_file", needle: s.value, text: J({ type: "tool_use", id: "toolu_01" + r.an(22), name: "write_file", input: { path: r.pick(["pipelines/.env", "notebooks/config.py", "dags/settings.py"]), content: `${s.key} = "${s.value}"\nBATCH = 500\n` } }) })],
  ["tool-call-shell", (r, s) => { const args = J({ command: `export ${s.key}="${s.value}" && python -m pipelines.run --date 2024-06-01` }); return { ctx: "OpenAI tool_calls shell (double-escaped)", needle: s.value, text: J({ role: "assistant", tool_calls: [{ id: "call_" + r.an(24), type: "function", function: { name: "run_shell", arguments: args } }] }) }; }],
  ["papermill", (r, s) => ({ ctx: "papermill CLI", needle: s.value, text: `papermill notebooks/train.ipynb out/train-${r.dig(8)}.ipynb -p run_date 2024-06-01 -p ${lc(s.key)} "${s.value}"` })],
  ["dagster-yaml", (r, s) => ({ ctx: "dagster run config", needle: s.value, text: `resources:\n  ${r.pick(["warehouse", "vector_store", "model_registry"])}:\n    config:\n      ${lc(s.key)}: ${s.value}\n      timeout_s: 60\n` })],
  ["prefect-block", (r, s) => ({ ctx: "Prefect block python", needle: s.value, text: `from prefect.blocks.system import Secret\nSecret(value="${s.value}").save("${lc(s.key).replace(/_/g, "-")}", overwrite=True)\n` })],
  ["mlflow-log", (r, s) => ({ ctx: "training log", needle: s.value, text: `2024-06-0${r.range(1, 9)} 0${r.range(1, 9)}:12:44,118 INFO trainer: run_id=${r.hex(32)} epoch=3 loss=0.2${r.dig(3)}\n2024-06-01 03:12:44,120 DEBUG trainer: env snapshot ${s.key}=${s.value} HOSTNAME=${r.host()}\n` })],
  ["py-traceback", (r, s) => ({ ctx: "Python traceback with locals", needle: s.value, text: `Traceback (most recent call last):\n  File "/opt/pipelines/load.py", line 88, in push_embeddings\n    client.upsert(vectors)\n    locals: {'batch': 256, '${lc(s.key)}': '${s.value}', 'index': 'docs-v3'}\nConnectionError: 503 Service Unavailable\n` })],
  ["diff-settings", (r, s) => ({ ctx: "diff", needle: s.value, text: `--- a/dags/config.py\n+++ b/dags/config.py\n@@ -12,3 +12,4 @@ WAREHOUSE = "analytics"\n SCHEMA = "staging"\n+${s.key} = "${s.value}"\n RETRIES = 3\n` })],
];

export const PLAIN: [string, R][] = [
  ["shell-export", (r, s) => ({ ctx: "shell export", needle: s.value, text: `export ${s.key}='${s.value}'\n./deploy.sh --env production` })],
  ["docker-run", (r, s) => ({ ctx: "docker run -e", needle: s.value, text: `docker run --rm -e ${s.key}=${s.value} -p 8080:8080 registry.example.com/app:1.${r.range(0, 40)}.0` })],
  ["curl-bearer", (r, s) => ({ ctx: "curl header", needle: s.value, text: `curl -sS https://api.${r.pick(["internal", "corp", "example"])}.com/v1/status -H "Authorization: Bearer ${s.value}" -H "Accept: application/json"` })],
  ["url-query", (r, s) => { const v = encodeURIComponent(s.value); return { ctx: "URL query", needle: v, text: `GET https://hooks.${r.pick(["partner", "vendor"])}.io/v2/events?${lc(s.key)}=${v}&limit=50 HTTP/1.1` }; }],
  ["form-body", (r, s) => { const v = encodeURIComponent(s.value); return { ctx: "form body", needle: v, text: `POST /oauth/token HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=${r.an(20)}&${lc(s.key)}=${v}` }; }],
  ["gha-env", (r, s) => ({ ctx: "GitHub Actions", needle: s.value, text: `jobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      ${s.key}: ${s.value}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make test\n` })],
  ["tfvars", (r, s) => ({ ctx: "terraform.tfvars", needle: s.value, text: `region = "eu-west-1"\n${lc(s.key)} = "${s.value}"\ninstance_count = 3\n` })],
  ["toml", (r, s) => ({ ctx: "TOML", needle: s.value, text: `[service]\nname = "api"\n\n[service.credentials]\n${lc(s.key)} = "${s.value}"\n` })],
  ["ini", (r, s) => ({ ctx: "INI", needle: s.value, text: `[default]\nregion = us-east-1\n${lc(s.key)} = ${s.value}\n` })],
  ["properties", (r, s) => ({ ctx: ".properties", needle: s.value, text: `app.name=billing\napp.${lc(s.key).replace(/_/g, ".")}=${s.value}\n` })],
  ["json-config", (r, s) => ({ ctx: "JSON config", needle: s.value, text: JSON.stringify({ name: "service", env: "production", [lc(s.key)]: s.value }, null, 2) })],
  ["dockerfile", (r, s) => ({ ctx: "Dockerfile", needle: s.value, text: `FROM python:3.12-slim\nENV ${s.key}=${s.value}\nCOPY . /app\nCMD ["python", "main.py"]\n` })],
  ["js-fetch", (r, s) => ({ ctx: "JS fetch", needle: s.value, text: `await fetch("https://api.vendor.io/v1/items", {\n  headers: { "X-Api-Key": "${s.value}", "Content-Type": "application/json" },\n});` })],
  ["go-const", (r, s) => ({ ctx: "Go", needle: s.value, text: `package config\n\nconst ${s.key.split("_").map((w) => w[0] + w.slice(1).toLowerCase()).join("")} = "${s.value}"\n` })],
  ["slack-msg", (r, s) => { const p = prose(r); return { ctx: "chat message", needle: s.value, lang: p.lang, text: J({ channel: "C0" + r.up(9), text: `${p.line} ${s.key} is \`${s.value}\`` }) }; }],
  ["har", (r, s) => ({ ctx: "HAR entry", needle: s.value, text: JSON.stringify({ request: { method: "POST", url: "https://api.vendor.io/v1/jobs", headers: [{ name: "authorization", value: `Bearer ${s.value}` }, { name: "x-request-id", value: r.uuid() }] } }, null, 1) })],
  ["env-b64", (r, s) => { const v = Buffer.from(`${s.key}=${s.value}\nLOG_LEVEL=info\n`).toString("base64"); return { ctx: "base64 .env blob", needle: v, text: J({ tool: "upload_file", args: { name: ".env", encoding: "base64", data: v } }) }; }],
  ["mcp-result", (r, s) => ({ ctx: "MCP tool result echoed", needle: s.value, text: J({ jsonrpc: "2.0", id: r.range(1, 99), result: { content: [{ type: "text", text: `$ cat .env.production\n${s.key}=${s.value}\nNODE_ENV=production\n` }] } }) })],
];

export const ALL_RENDERERS = [...THEMED, ...PLAIN];

// ---------------------------------------------------------------- case helper
export function mk(id: string, category: string, label: "positive" | "benign", text: string, needle: string | null, note: string): CorpusCase {
  if (needle !== null && !text.includes(needle)) throw new Error(`${id}: value not in text (${note})`);
  return { id, kind: "secrets", category, label, text, note };
}
