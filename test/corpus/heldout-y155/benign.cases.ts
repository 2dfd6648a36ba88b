// Benign look-alikes. Seed 155003.
import { Rng, THEMED, PLAIN, mk, prose, pem } from "./_gen.ts";
import type { CorpusCase } from "../types.ts";

const r = new Rng(155003);
const j = (...xs: string[]) => xs.join("");

// rotated: non-secret values through the same renderers
type B = [name: string, key: string, make: (r: Rng) => string];
const ROT: B[] = [
  ["placeholder-angle", "OPENAI_API_KEY", () => "<your-openai-key>"],
  ["env-ref", "SNOWFLAKE_PASSWORD", () => "${SNOWFLAKE_PASSWORD}"],
  ["placeholder-x", "HF_TOKEN", () => j("h", "f_", "x".repeat(34))],
  ["changeme", "MINIO_ROOT_PASSWORD", () => "changeme"],
  ["redacted", "ANTHROPIC_API_KEY", (r) => j("sk", "-ant-…", r.an(4))],
  ["git-sha", "GIT_COMMIT_SHA", (r) => r.hex(40)],
  ["sha256", "MODEL_SHA256", (r) => r.hex(64)],
  ["run-id", "MLFLOW_RUN_ID", (r) => r.hex(32)],
  ["uuid", "DATABRICKS_JOB_RUN_UUID", (r) => r.uuid()],
  ["dbt-env-var", "DBT_PASSWORD", () => "{{ env_var('DBT_PASSWORD') }}"],
  ["airflow-template", "WANDB_API_KEY", () => "{{ var.value.wandb_api_key }}"],
  ["databricks-secret-ref", "PINECONE_API_KEY", () => "{{secrets/ml/pinecone_api_key}}"],
  ["vault-ref", "DATABASE_PASSWORD", () => "vault:secret/data/warehouse#password"],
  ["masked", "STRIPE_SECRET_KEY", () => "********"],
  ["redacted-tag", "GITHUB_TOKEN", () => "[REDACTED]"],
  ["empty-todo", "REPLICATE_API_TOKEN", () => "TODO-set-me"],
  ["trace-id", "TRACE_ID", (r) => r.hex(32)],
  ["request-id", "X_REQUEST_ID", (r) => "req_" + r.an(24)],
  ["image-digest", "IMAGE_DIGEST", (r) => "sha256:" + r.hex(64)],
  ["example-aws", "AWS_ACCESS_KEY_ID", () => j("AKIA", "IOSFODNN7", "EXAMPLE")],
  ["aws-ssm-ref", "AWS_SECRET_ACCESS_KEY", () => "{{resolve:ssm-secure:/etl/aws/secret:1}}"],
  ["k8s-ref", "QDRANT_API_KEY", () => "$(QDRANT_API_KEY)"],
  ["op-ref", "CONFLUENT_API_SECRET", () => "op://Data/confluent/credential"],
  ["your-token-here", "WEAVIATE_API_KEY", () => "your-weaviate-api-key-here"],
  ["dataset-version", "DATASET_VERSION", (r) => "v" + r.range(1, 9) + "." + r.range(0, 20) + "." + r.range(0, 9)],
  ["md5", "PARQUET_MD5", (r) => r.hex(32)],
  ["short-id", "WANDB_PROJECT_ID", (r) => r.an(8).toLowerCase()],
  ["azure-kv-ref", "AZURE_STORAGE_KEY", () => "@Microsoft.KeyVault(SecretUri=https://kv-data.vault.azure.net/secrets/storage-key/)"],
  ["xxxx", "PAYSTACK_SECRET_KEY", () => j("sk", "_live_", "x".repeat(40))],
  ["gcp-sm-ref", "GOOGLE_APPLICATION_CREDENTIALS", () => "/var/secrets/google/key.json"],
];
const SAFE_THEMED = THEMED.filter(([n]) => n !== "k8s-secret-b64");
const SAFE_PLAIN = PLAIN.filter(([n]) => n !== "env-b64");
const rows: [string, string | null, string][] = [];
for (let i = 0; i < 45; i++) {
  const b = ROT[i % ROT.length]!;
  const themed = i % 3 !== 2;
  const list = themed ? SAFE_THEMED : SAFE_PLAIN;
  const [rname, render] = list[(i * 11) % list.length]!;
  const out = render(r, { key: b[1], value: b[2](r) });
  if (i % 4 === 1) { const pr = prose(r); out.text = `${pr.line}\n\n${out.text}`; out.lang = pr.lang; }
  rows.push([out.text, out.needle, `${b[0]} in ${b[1]} via ${rname}${out.lang && out.lang !== "en" ? ` [${out.lang}]` : ""}`]);
}

// handcrafted
const add = (text: string, note: string) => rows.push([text, null, note]);
add(`# dbt profiles.yml (docs)\nanalytics:\n  outputs:\n    dev:\n      type: snowflake\n      account: "{{ env_var('SNOWFLAKE_ACCOUNT') }}"\n      user: "{{ env_var('SNOWFLAKE_USER') }}"\n      password: "{{ env_var('SNOWFLAKE_PASSWORD') }}"\n      role: TRANSFORMER\n`, "dbt env_var references");
add(`AIRFLOW_CONN_WAREHOUSE='postgres://etl:<password>@warehouse.internal:5432/dw'`, "airflow URI with <password>");
add(`spark.hadoop.fs.s3a.access.key {{secrets/aws/access_key}}\nspark.hadoop.fs.s3a.secret.key {{secrets/aws/secret_key}}\n`, "databricks secret refs in spark conf");
add(JSON.stringify({ cells: [{ cell_type: "code", source: ["import hashlib\n", "hashlib.sha256(open('model.pt','rb').read()).hexdigest()"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`'${r.hex(64)}'`] } }] }], nbformat: 4 }), "ipynb sha256 output");
add(JSON.stringify({ cells: [{ cell_type: "code", source: ["import uuid; [str(uuid.uuid4()) for _ in range(3)]"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`['${r.uuid()}', '${r.uuid()}', '${r.uuid()}']`] } }] }] }), "ipynb uuids");
add(`package-lock.json excerpt:\n"node_modules/apache-arrow": {\n  "version": "16.1.0",\n  "resolved": "https://registry.npmjs.org/apache-arrow/-/apache-arrow-16.1.0.tgz",\n  "integrity": "sha512-${r.b64(64)}"\n}`, "lockfile integrity");
add(`poetry.lock:\n[[package]]\nname = "pyspark"\nversion = "3.5.1"\nfiles = [\n    {file = "pyspark-3.5.1.tar.gz", hash = "sha256:${r.hex(64)}"},\n]\n`, "poetry.lock hash");
add(`commit ${r.hex(40)}\nAuthor: Dana <dana@corp.io>\n\n    Rotate Snowflake key; move SNOWFLAKE_PASSWORD to Vault (no secrets in repo)\n`, "commit message about rotation");
add(`Token formats (docs):\n- Hugging Face user tokens start with \`hf_\` followed by 34 letters.\n- Replicate tokens start with \`r8_\`.\n- OpenAI project keys start with \`sk-proj-\`.\nNever commit these; use the secret manager.`, "docs describing token formats");
add(`Die Hugging-Face-Tokens beginnen mit "hf_"; bitte niemals im Notebook speichern, sondern über huggingface-cli login setzen.`, "German docs on token format");
add(`Les clés Pinecone commencent par « pcsk_ ». Utilisez la variable d'environnement PINECONE_API_KEY.`, "French docs on token format");
add(`ログ: WANDB_API_KEY=****************************************（マスク済み）`, "Japanese masked log");
add(`已轮换 OPENAI_API_KEY（旧值 sk-…${r.an(4)} 已作废）`, "Chinese redacted note");
add(`wandb: Currently logged in as: dana (corp-ml). Use \`wandb login --relogin\` to force relogin\nwandb: Tracking run with wandb version 0.17.0\nwandb: Run data is saved locally in /tmp/wandb/run-20240601_031244-${r.an(8).toLowerCase()}\nwandb: Syncing run swift-river-${r.range(10, 99)}\n`, "wandb log without key");
add(`mlflow.start_run(run_id="${r.hex(32)}")\nmlflow.log_param("commit", "${r.hex(40)}")\nmlflow.log_artifact("model.pkl")  # md5 ${r.hex(32)}`, "mlflow ids and hashes");
add(`from pinecone import Pinecone\npc = Pinecone(api_key=os.environ["PINECONE_API_KEY"])\nindex = pc.Index("docs-v3")\n`, "pinecone key from env");
add(`client = weaviate.connect_to_weaviate_cloud(cluster_url=os.getenv("WCD_URL"), auth_credentials=Auth.api_key(os.getenv("WCD_API_KEY")))`, "weaviate key from env");
add(`qdrant = QdrantClient(url="http://localhost:6333")  # local, no api key`, "qdrant local");
add(`sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="\${CONFLUENT_KEY}" password="\${CONFLUENT_SECRET}";`, "kafka jaas with env placeholders");
add(`# tests/fixtures/fake_creds.py — FAKE values for unit tests only\nFAKE_SNOWFLAKE_PASSWORD = "test-password"\nFAKE_HF_TOKEN = "hf_test_token_not_real"\n`, "labelled test fixture");
add(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(24).replace(/=+$/, "")} emr-bootstrap@corp`, "SSH public key");
add(pem(r, "PUBLIC KEY", 294) + "\n# snowflake: ALTER USER ML_SVC SET RSA_PUBLIC_KEY='...'", "PEM public key for snowflake user");
add(pem(r, "CERTIFICATE", 900), "PEM certificate");
add(`<script src="https://js.stripe.com/v3"></script>\n<script>const stripe = Stripe("${j("pk", "_live_")}${r.an(99)}");</script>`, "Stripe publishable key");
add(JSON.stringify({ kty: "RSA", kid: "mlflow-" + r.dig(4), use: "sig", n: r.us(342), e: "AQAB" }), "public RSA JWK");
add(`<form method="post" action="/airflow/trigger">\n  <input type="hidden" name="csrf_token" value="${r.us(43)}">\n  <button>Trigger DAG</button>\n</form>`, "CSRF nonce same-site");
add(`S3 upload complete: s3://ml-artifacts/models/ranker/${r.hex(12)}/model.tar.gz ETag "${r.hex(32)}" x-amz-request-id: ${r.up(16)} x-amz-id-2: ${r.b64(48)}`, "S3 etag and request ids");
add(`gs://ml-datasets/embeddings/part-00000-${r.uuid()}-c000.snappy.parquet`, "spark part file uuid");
add(`Databricks job run ${r.dig(16)} finished. cluster_id=${r.dig(4)}-${r.dig(6)}-${r.an(8).toLowerCase()}`, "databricks ids");
add(`SELECT md5(email) AS email_hash, sha2(user_id, 256) FROM raw.users WHERE loaded_at > '2024-06-01';\n-- sample: ${r.hex(32)} | ${r.hex(64)}`, "SQL hashes");
add(`Supabase anon (public) key is fine in the browser client; service_role stays server-side.\nconst supabase = createClient(url, process.env.NEXT_PUBLIC_SUPABASE_ANON_KEY!)`, "supabase public key reference");
add(`model = AutoModel.from_pretrained("sentence-transformers/all-MiniLM-L6-v2", revision="${r.hex(40)}")`, "HF revision sha");
add(`replicate.run("stability-ai/sdxl:${r.hex(64)}", input={"prompt": "a lakehouse"})`, "replicate version hash");
add(`| key | value |\n|---|---|\n| OPENAI_API_KEY | \`sk-...${r.an(4)}\` (rotated 2024-05) |\n| HF_TOKEN | \`hf_****\` |`, "redacted markdown table");
add(`Error: 401 Unauthorized — invalid API key "sk-***${r.an(4)}". Please check your OPENAI_API_KEY.`, "masked error");
add(`azure blob url without SAS: https://lake${r.dig(4)}.blob.core.windows.net/raw/events/2024/06/01/part-0000.parquet`, "blob URL no sig");
add(`confluent api-key list\n  Current |       Key        | Description | Owner\n----------+------------------+-------------+--------\n          | ${r.up(16)} | etl-prod    | sa-${r.an(5).toLowerCase()}\n`, "confluent key id listing (no secret)");
add(`Gemfile.lock / go.sum:\ngithub.com/apache/arrow/go/v16 v16.1.0 h1:${r.b64(32)}\ngithub.com/apache/arrow/go/v16 v16.1.0/go.mod h1:${r.b64(32)}`, "go.sum hashes");
add(`%pip install -q "snowflake-connector-python==3.10.1" --hash=sha256:${r.hex(64)}`, "pip hash");
add(`.env.example\nOPENAI_API_KEY=\nPINECONE_API_KEY=\nSNOWFLAKE_PASSWORD=\nWANDB_API_KEY=\n`, "empty .env.example");
add(`Sys.setenv(OPENAI_API_KEY = Sys.getenv("OPENAI_API_KEY_PROD"))`, "R env indirection");
add(`val pw = dbutils.secrets.get(scope = "warehouse", key = "snowflake-password")`, "dbutils secrets.get");
add(`Este notebook lee la clave desde os.environ["HF_TOKEN"]; no pegues el token aquí.`, "Spanish guidance");
add(`Токен W&B хранится в ~/.netrc, в коде его нет.`, "Russian guidance");
add(`SENTRY_DSN=https://public@sentry.example.com/1  # docs example`, "sentry docs example DSN");
add(`{"level":"info","msg":"embedding batch done","batch_id":"${r.uuid()}","span_id":"${r.hex(16)}","trace_id":"${r.hex(32)}","duration_ms":${r.range(100, 999)}}`, "JSON log ids");
add(`clickhouse-client --host localhost --user default --password "" --query "SELECT count() FROM events"`, "clickhouse empty password");
add(`kubectl create secret generic mlflow-env --from-literal=MLFLOW_TRACKING_PASSWORD="$MLFLOW_TRACKING_PASSWORD"`, "kubectl from env var");
add(`docker run -e HF_TOKEN -e WANDB_API_KEY ghcr.io/corp/trainer:${r.hex(7)}`, "docker pass-through env");
add(`gcloud auth print-access-token | docker login -u oauth2accesstoken --password-stdin europe-docker.pkg.dev`, "gcloud piped token (no value)");
add(`s3://bucket/key?versionId=${r.us(32)}`, "S3 versionId");
add(`git log --oneline\n${r.hex(7)} feat(dags): add weaviate sync\n${r.hex(7)} fix: redact HF_TOKEN in logs\n${r.hex(7)} chore: bump dbt-snowflake`, "git oneline");
add(`airflow variables set wandb_project "ranker-v2"\nairflow variables set batch_size 512`, "airflow non-secret vars");
add(`${prose(r).line}\n\nprofiles.yml: password: "{{ env_var('DBT_ENV_SECRET_PASSWORD') }}"`, "chat with env_var ref");
add(`cat ~/.pgpass\n*:*:*:etl:\${PGPASSWORD}`, ".pgpass placeholder");
add(`[default]\naws_access_key_id = <ACCESS_KEY_ID>\naws_secret_access_key = <SECRET_ACCESS_KEY>\n`, "aws credentials template");

export const cases: CorpusCase[] = rows.map(([text, needle, note], i) =>
  mk(`y155-b-${String(i + 1).padStart(3, "0")}`, "heldouty155-benign", "benign", text, needle, note));
