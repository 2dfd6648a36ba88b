// Handcrafted positives: key material through key carriers, credential files typical of data /
// ML work, and hard carriers (wrapped, split, double-encoded, escaped). Seed 147003.
import type { CorpusCase } from "../types.ts";
import { Gen, B64, URLSAFE, HEXL, AN, UP, DIG, b64, carries, j, mk } from "./_gen.ts";

const g = new Gen(147003);
const wrap = (s: string, n: number) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const D = "-----";
const pem = (label: string, body: string) => `${D}BEGIN ${label}${D}\n${wrap(body, 64)}\n${D}END ${label}${D}\n`;
const PK = ["PRIVATE", "KEY"].join(" ");

type Key = { kind: string; text: string; file: string };
const KEYS: ((g: Gen) => Key)[] = [
  (g) => ({ kind: "rsa-pkcs1", file: "deploy/id_rsa", text: pem(`RSA ${PK}`, "MIIEpAIBAAKCAQEA" + g.b64(1572)) }),
  (g) => ({ kind: "pkcs8", file: "secrets/snowflake_rsa_key.p8", text: pem(PK, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + g.b64(1570)) }),
  (g) => ({ kind: "ec-sec1", file: "certs/kafka-client.key", text: pem(`EC ${PK}`, "MHcCAQEEI" + g.b64(35) + "oAoGCCqGSM49AwEHoUQDQgAE" + g.b64(88)) }),
  (g) => ({ kind: "openssh-ed25519", file: "/home/jovyan/.ssh/id_ed25519", text: `${D}BEGIN OPENSSH ${PK}${D}\n${wrap("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA" + g.b64(318) + "=", 70)}\n${D}END OPENSSH ${PK}${D}\n` }),
  (g) => ({ kind: "pgp", file: "keys/etl-signing.asc", text: `${D}BEGIN PGP ${PK} BLOCK${D}\n\nlQVYBG${wrap(g.b64(1300), 64)}\n=${g.b64(4)}\n${D}END PGP ${PK} BLOCK${D}\n` }),
  (g) => ({ kind: "jwk-ec", file: "jwks/signing-private.json", text: JSON.stringify({ kty: "EC", crv: "P-256", kid: g.hex(16), use: "sig", x: g.us(43), y: g.us(43), d: g.us(43) }, null, 2) }),
  (g) => ({ kind: "jwk-rsa", file: "config/oidc-private-jwk.json", text: JSON.stringify({ kty: "RSA", kid: g.uuid(), alg: "RS256", n: g.us(342), e: "AQAB", d: g.us(342), p: g.us(171), q: g.us(171), dp: g.us(171), dq: g.us(171), qi: g.us(171) }, null, 2) }),
  (g) => {
    const proj = `${g.word()}-analytics-${g.digits(6)}`;
    return { kind: "gcp-service-account", file: "secrets/bq-loader.json", text: JSON.stringify({ type: "service_account", project_id: proj, private_key_id: g.hex(40), private_key: pem(PK, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + g.b64(1570)), client_email: `bq-loader@${proj}.iam.gserviceaccount.com`, client_id: g.digits(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token", client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/bq-loader%40${proj}.iam.gserviceaccount.com`, universe_domain: "googleapis.com" }, null, 2) };
  },
  (g) => ({ kind: "age", file: "keys/sops-age.txt", text: `# created: 2026-11-02T10:11:12Z\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${j("AGE-SECRET-", "KEY-1", g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))}\n` }),
  (g) => ({ kind: "putty", file: "keys/bastion.ppk", text: `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: etl@bastion\nPublic-Lines: 2\n${wrap("AAAAC3NzaC1lZDI1NTE5AAAAI" + g.b64(43), 64)}\nPrivate-Lines: 1\nAAAAI${g.b64(43)}\nPrivate-MAC: ${g.hex(64)}\n` }),
];

type KC = { name: string; f: (k: Key, g: Gen) => string };
const KCARRIERS: KC[] = [
  { name: "anthropic-tooluse-writefile", f: (k, g) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: "Set up the key so the DAG can reach the bastion." }, { role: "assistant", content: [{ type: "tool_use", id: `toolu_${g.an(24)}`, name: "write_file", input: { path: k.file, content: k.text } }] }] }) },
  { name: "ipynb-cat-output", f: (k, g) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 4, id: g.hex(8), metadata: {}, source: [`!cat ${k.file}`], outputs: [{ name: "stdout", output_type: "stream", text: k.text.split("\n").map((l) => l + "\n") }] }], metadata: {}, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "airflow-ssh-conn-extra", f: (k, g) => `airflow connections add 'bastion_ssh' --conn-type ssh --conn-host bastion.${g.word()}.internal --conn-login etl \\\n  --conn-extra '${JSON.stringify({ private_key: k.text, no_host_key_check: "true" })}'\n` },
  { name: "heredoc", f: (k) => `mkdir -p $(dirname ${k.file})\ncat > ${k.file} <<'EOF'\n${k.text.endsWith("\n") ? k.text : k.text + "\n"}EOF\nchmod 600 ${k.file}\n` },
  { name: "k8s-secret-base64", f: (k, g) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${g.word()}-signing\n  namespace: data\ntype: Opaque\ndata:\n  key: ${b64(k.text)}\n` },
  { name: "openai-chat-paste", f: (k, g) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a helpful data engineering assistant." }, { role: "user", content: `${g.say("help")}\n\n${k.file}:\n\`\`\`\n${k.text}\`\`\`` }] }) },
  { name: "databricks-secrets-put", f: (k, g) => `databricks secrets put-secret ${g.word()}-scope signing-key --string-value '${k.text}'\n` },
  { name: "mcp-tool-result", f: (k, g) => JSON.stringify({ jsonrpc: "2.0", id: g.range(3, 80), result: { content: [{ type: "text", text: `$ cat ${k.file}\n${k.text}` }] } }) },
  { name: "tfstate", f: (k, g) => JSON.stringify({ version: 4, terraform_version: "1.9.8", serial: g.range(10, 300), resources: [{ mode: "managed", type: "local_sensitive_file", name: "key", instances: [{ attributes: { filename: k.file, content: k.text } }] }] }, null, 2) },
  { name: "env-escaped", f: (k) => `SIGNING_KEY="${k.text.replace(/\n/g, "\\n")}"\n` },
  { name: "github-contents-put", f: (k, g) => JSON.stringify({ message: `add ${k.file}`, content: b64(k.text), branch: `feat/${g.word()}` }) },
  { name: "python-constant", f: (k) => `# loader.py\nSIGNING_KEY = """${k.text}"""\n` },
];

export const cases: CorpusCase[] = [];
let n = 0;
const id = () => `y147-c-${String(++n).padStart(3, "0")}`;

for (let i = 0; i < 30; i++) {
  const k = KEYS[i % KEYS.length]!(g);
  const c = KCARRIERS[(i * 5) % KCARRIERS.length]!;
  const text = c.f(k, g);
  const ok = carries(text, k.text) || carries(text, k.text.replace(/\n/g, "\\n")) || k.text.split("\n").filter((l) => l.trim()).every((l) => carries(text, l));
  if (!ok) throw new Error(`key ${i} not carried`);
  cases.push(mk(id(), "heldouty147-sec-keys", "positive", text, `${k.kind} via ${c.name}`));
}

// --- credential files (themed) ---
const push = (cat: string, note: string, text: string, must: string) => cases.push(mk(id(), `heldouty147-sec-${cat}`, "positive", text, note, must));
{
  const pw = g.str(22, AN + "!#%*");
  push("data", "dbt profiles.yml snowflake password", `# ~/.dbt/profiles.yml\nwarehouse:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      account: xy12345.eu-west-1\n      user: DBT_PROD\n      password: "${pw}"\n      role: TRANSFORMER\n      database: ANALYTICS\n      warehouse: TRANSFORMING\n      schema: marts\n      threads: 8\n`, pw);
}
{
  const t = j("da", "pi", g.hex(32));
  push("data", ".databrickscfg", `$ cat ~/.databrickscfg\n[DEFAULT]\nhost  = https://dbc-${g.hex(8)}-${g.hex(4)}.cloud.databricks.com\ntoken = ${t}\n\n[staging]\nhost  = https://adb-${g.digits(16)}.3.azuredatabricks.net\ntoken = ${j("da", "pi", g.hex(32), "-2")}\n`, t);
}
{
  const s = g.b64(40);
  push("cloud", "~/.aws/credentials with emr profile", `[default]\nregion = eu-west-1\n\n[emr-prod]\naws_access_key_id = ${j("AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}\naws_secret_access_key = ${s}\n`, s);
}
{
  const pw = g.an(24);
  push("data", ".pgpass for redshift", `# ~/.pgpass\n${g.word()}-dw.c${g.lo(10)}.us-east-1.redshift.amazonaws.com:5439:dev:loader:${pw}\nlocalhost:5432:*:postgres:postgres\n`, pw);
}
{
  const k = g.hex(40);
  push("ai", ".netrc for wandb", `$ cat ~/.netrc\nmachine api.wandb.ai\n  login user\n  password ${k}\n`, k);
}
{
  const k = g.hex(32);
  push("devtools", "kaggle.json", JSON.stringify({ role: "user", content: `Kaggle CLI says 401, here's my ~/.kaggle/kaggle.json: {"username":"ds${g.lo(6)}","key":"${k}"}` }), k);
}
{
  const t = j("np", "m_", g.an(36));
  push("devtools", ".npmrc", `//registry.npmjs.org/:_authToken=${t}\n@acme:registry=https://npm.pkg.github.com\nalways-auth=true\n`, t);
}
{
  const t = j("ey", "JhbGciOiJSUzI1NiIsImtpZCI6I", g.us(20), ".", g.us(400), ".", g.us(342));
  push("auth", "kubeconfig user token", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://${g.hex(32).toUpperCase()}.gr7.eu-west-1.eks.amazonaws.com\n  name: spark-prod\ncontexts:\n- context: {cluster: spark-prod, user: spark-operator, namespace: spark-jobs}\n  name: spark-prod\ncurrent-context: spark-prod\nusers:\n- name: spark-operator\n  user:\n    token: ${t}\n`, t);
}
{
  const pat = j("dc", "kr_pat_", g.us(27));
  push("devtools", "docker config.json auths", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: b64(`acmeml:${pat}`) } }, credsStore: "" }, null, 2), pat);
}
{
  const pw = g.str(20, AN + "#%");
  push("data", ".snowsql/config", `[connections.prod]\naccountname = xy12345.eu-west-1\nusername = SVC_LOADER\npassword = ${pw}\nwarehousename = LOADING\n`, pw);
}
{
  const s = g.b64(40);
  push("cloud", ".boto gcs hmac", `[Credentials]\ngs_access_key_id = ${j("GO", "OG1", g.str(58, UP + DIG))}\ngs_secret_access_key = ${s}\n\n[GSUtil]\nparallel_composite_upload_threshold = 150M\n`, s);
}
{
  const sec = g.b64(64);
  push("data", "confluent client.properties", `# client.properties\nbootstrap.servers=pkc-${g.lo(5)}.eu-west-1.aws.confluent.cloud:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanisms=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='${g.str(16, UP + DIG)}' password='${sec}';\nschema.registry.url=https://psrc-${g.lo(5)}.eu-central-1.aws.confluent.cloud\nbasic.auth.credentials.source=USER_INFO\nbasic.auth.user.info=${g.str(16, UP + DIG)}:${g.b64(64)}\n`, sec);
}
{
  const t = j("py", "pi-", "AgEIcHlwaS5vcmc", g.us(160));
  push("devtools", ".pypirc", `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${t}\n`, t);
}
{
  const t = j("hf", "_", g.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"));
  push("ai", "hf token file via tool result", JSON.stringify({ type: "tool_result", tool_use_id: `toolu_${g.an(24)}`, content: `$ cat ~/.cache/huggingface/token\n${t}` }), t);
}
{
  const pw = g.an(20);
  push("data", "clickhouse-client config xml", `<config>\n    <host>${g.lo(10)}.eu-west-1.aws.clickhouse.cloud</host>\n    <port>9440</port>\n    <secure>true</secure>\n    <user>default</user>\n    <password>${pw}</password>\n</config>\n`, pw);
}
{
  const pw = g.an(20);
  push("ai", "mlflow credentials file", `# ~/.mlflow/credentials\n[mlflow]\nmlflow_tracking_username = ml-platform\nmlflow_tracking_password = ${pw}\n`, pw);
}
{
  const t = j("gh", "p_", g.an(36));
  push("devtools", ".git-credentials", `https://svc-dbt:${t}@github.com\n`, t);
}
{
  const t = g.hex(48);
  push("auth", "jupyter server list token", `$ jupyter server list\nCurrently running servers:\nhttp://10.0.3.41:8888/?token=${t} :: /home/jovyan/work\n`, t);
}
{
  const pw = encodeURIComponent(g.str(18, AN + "@#/"));
  push("data", "AIRFLOW_CONN snowflake uri", `export AIRFLOW_CONN_SNOWFLAKE_DEFAULT='snowflake://SVC_AIRFLOW:${pw}@/ANALYTICS/RAW?account=xy12345&region=eu-west-1&warehouse=LOADING&role=LOADER'\n`, pw);
}
{
  const s = g.b64(40);
  push("cloud", "core-site.xml s3a", `<configuration>\n  <property>\n    <name>fs.s3a.access.key</name>\n    <value>${j("AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}</value>\n  </property>\n  <property>\n    <name>fs.s3a.secret.key</name>\n    <value>${s}</value>\n  </property>\n</configuration>\n`, s);
}
{
  const pw = g.an(24);
  push("data", "debezium connector json", JSON.stringify({ name: "orders-cdc", config: { "connector.class": "io.debezium.connector.postgresql.PostgresConnector", "database.hostname": "orders-db.internal", "database.port": "5432", "database.user": "debezium", "database.password": pw, "database.dbname": "orders", "topic.prefix": "cdc" } }, null, 2), pw);
}
{
  const s = g.b64(40);
  push("cloud", "kafka connect s3 sink", `curl -X PUT http://connect:8083/connectors/s3-sink/config -H 'Content-Type: application/json' -d '${JSON.stringify({ "connector.class": "io.confluent.connect.s3.S3SinkConnector", "s3.bucket.name": `${g.word()}-raw`, "aws.access.key.id": j("AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")), "aws.secret.access.key": s, "flush.size": "1000" })}'\n`, s);
}
{
  const pw = g.an(22);
  push("data", "trino catalog properties", `# etc/catalog/warehouse.properties\nconnector.name=postgresql\nconnection-url=jdbc:postgresql://warehouse.internal:5432/analytics\nconnection-user=trino\nconnection-password=${pw}\n`, pw);
}
{
  const sk = g.b64(42);
  push("auth", "superset_config.py", `# superset_config.py\nSECRET_KEY = "${sk}"\nSQLALCHEMY_DATABASE_URI = "postgresql://superset:superset@db:5432/superset"\nFEATURE_FLAGS = {"ALERT_REPORTS": True}\n`, sk);
}
{
  const pw = g.an(18);
  push("data", "redshift password in a spark JDBC read", `df = (spark.read.format("jdbc")\n      .option("url", "jdbc:redshift://dw.${g.lo(8)}.us-east-1.redshift.amazonaws.com:5439/dev")\n      .option("user", "spark_reader")\n      .option("password", "${pw}")\n      .option("dbtable", "public.events")\n      .load())\n`, pw);
}

// --- hard carriers ---
{
  const t = j("sk-", "proj-", g.us(74), "T3Blbk", "FJ", g.us(74));
  const text = `$ kubectl logs job/embed-backfill -n ml | head\nStarting embedding job with config:\n  model=text-embedding-3-large\n  api_key=${wrap(t, 80).split("\n").join("\n          ")}\n  batch=512\n`;
  if (!wrap(t, 80).split("\n").every((p) => text.includes(p))) throw new Error("wrapped");
  cases.push(mk(id(), "heldouty147-sec-ai", "positive", text, "openai key wrapped across terminal lines"));
}
{
  const a = j("gh", "p_"), b = g.an(18), c = g.an(18);
  const text = `# patched in the notebook so the token isn't in one piece (lol)\nGITHUB_TOKEN = "${a}" + "${b}" + "${c}"\nrepo = Github(GITHUB_TOKEN).get_repo("acme/${g.word()}-features")\n`;
  cases.push(mk(id(), "heldouty147-sec-devtools", "positive", text, "github PAT split into concatenated pieces", b + `" + "` + c));
}
{
  const t = j("xo", "xb-", g.digits(11), "-", g.digits(13), "-", g.an(24));
  const once = encodeURIComponent(`https://slack.com/api/chat.postMessage?token=${t}&channel=C0${g.up(9)}`);
  const text = `GET /redirect?next=${encodeURIComponent(once)} HTTP/1.1\nHost: airflow.${g.word()}.internal\n`;
  if (!text.includes(encodeURIComponent(encodeURIComponent(t)))) throw new Error("double");
  cases.push(mk(id(), "heldouty147-sec-comms", "positive", text, "slack bot token double URL-encoded in a redirect parameter"));
}
{
  const s = j("sk", "_live_", "51", g.an(97));
  const text = `echo '${b64(`STRIPE_SECRET_KEY=${s}\nSTRIPE_ACCOUNT=acct_${g.an(16)}\n`)}' | base64 -d > /opt/airflow/.env && airflow tasks test stripe_sync extract 2026-11-30\n`;
  cases.push(mk(id(), "heldouty147-sec-payment", "positive", text, "stripe key inside a base64 .env piped to base64 -d", s));
}
{
  const t = j("glpat-", g.us(20));
  const text = JSON.stringify({ cells: [{ cell_type: "code", source: [`!git clone https://oauth2:${t.replace("-", "\\u002d")}@gitlab.com/acme/feature-store.git`], outputs: [], metadata: {}, execution_count: 2 }] }).replace("\\\\u002d", "\\u002d");
  if (!text.includes(t.slice(6))) throw new Error("u escape");
  cases.push(mk(id(), "heldouty147-sec-devtools", "positive", text, "gitlab PAT in notebook JSON with the dash as \\u002d"));
}
{
  const t = j("AI", "za", g.us(35));
  const text = `vertex:\n  location: europe-west4\n  api_key: >-\n    ${t.slice(0, 20)}\n    ${t.slice(20)}\n`;
  cases.push(mk(id(), "heldouty147-sec-cloud", "positive", text, "google API key folded across a YAML >- scalar", t.slice(20)));
}
{
  const t = j("dd", "") + g.hex(32);
  const text = `$ docker inspect ${g.word()}-agent --format '{{json .Config.Env}}'\n${JSON.stringify(["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin", `DD_API_KEY=${t.slice(2)}`, "DD_SITE=datadoghq.eu", `DD_ENV=prod`])}\n`;
  cases.push(mk(id(), "heldouty147-sec-observability", "positive", text, "datadog api key in docker inspect env array", t.slice(2)));
}
{
  const t = j("hf", "_", g.str(34, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"));
  const text = `model = AutoModelForCausalLM.from_pretrained(\n    "acme/${g.word()}-7b-private",\n    token=("${t.slice(0, 17)}"\n           "${t.slice(17)}"),\n    torch_dtype=torch.bfloat16,\n)\n`;
  cases.push(mk(id(), "heldouty147-sec-ai", "positive", text, "HF token as implicit string concatenation over two lines", t.slice(17)));
}
{
  const pw = g.an(20);
  const url = `snowflake://SVC_ML:${pw}@xy12345.eu-west-1/FEATURES/PUBLIC?warehouse=ML_WH`;
  const text = JSON.stringify({ model: "claude-haiku-4-5", max_tokens: 1024, messages: [{ role: "user", content: [{ type: "text", text: "这个连接字符串哪里不对？" }, { type: "text", text: JSON.stringify({ sqlalchemy: { url } }) }] }] });
  cases.push(mk(id(), "heldouty147-sec-data", "positive", text, "snowflake URL password in JSON inside JSON (double-escaped)", pw));
}
{
  const t = j("SG", ".", g.us(22), ".", g.us(43));
  const text = `Authorization%3A%20Bearer%20${encodeURIComponent(t)}`;
  cases.push(mk(id(), "heldouty147-sec-comms", "positive", `POST /proxy?headers=${text}&target=https%3A%2F%2Fapi.sendgrid.com%2Fv3%2Fmail%2Fsend HTTP/1.1\nHost: egress.internal\n`, "sendgrid key in a URL-encoded header parameter", t));
}
{
  const t = j("NR", "AK-", g.str(27, UP + DIG));
  const text = `terraform plan\n...\n  # newrelic_one_dashboard.pipeline will be created\n  + provider "newrelic" {\n      + account_id = ${g.digits(7)}\n      + api_key    = "${t}"\n      + region     = "EU"\n    }\n`;
  cases.push(mk(id(), "heldouty147-sec-observability", "positive", text, "new relic key echoed in a terraform plan", t));
}
{
  const t = j("shp", "at_", g.hex(32));
  const text = `-- seed for the dbt test fixture that hits the live store (oops)\nINSERT INTO raw.integrations (name, shop, access_token, created_at)\nVALUES ('shopify', 'acme-eu.myshopify.com', '${t}', now());\n`;
  cases.push(mk(id(), "heldouty147-sec-payment", "positive", text, "shopify token in a SQL seed insert", t));
}
{
  const t = j("ntn", "_", g.digits(12), g.an(34));
  const text = `📓 Mensaje para el canal #data-eng: el token de Notion para el sync de la wiki es ${t} — no lo compartáis fuera del equipo.`;
  cases.push(mk(id(), "heldouty147-sec-saas", "positive", JSON.stringify({ channel: "C0DATAENG1", text }), "notion token in a Spanish chat message", t));
}
{
  const t = j("hv", "s.", g.us(90));
  const text = `2026-11-30T02:00:11Z DEBUG vault-agent: token renewed for role=airflow-worker, new token ${t}, ttl=768h`;
  cases.push(mk(id(), "heldouty147-sec-auth", "positive", text, "vault token in agent debug log", t));
}
{
  const t = j("AS", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
  const s = g.b64(40);
  const text = `>>> boto3.Session().get_credentials().get_frozen_credentials()\nReadOnlyCredentials(access_key='${t}', secret_key='${s}', token='IQoJb3JpZ2luX2VjE${g.b64(260)}')\n`;
  cases.push(mk(id(), "heldouty147-sec-cloud", "positive", text, "STS credentials printed in a REPL", s));
}
{
  const t = j("lin", "_api_", g.an(40));
  const text = `{"query":"mutation { issueCreate(input:{teamId:\\"${g.uuid()}\\", title:\\"dbt build failed\\"}) { success } }","variables":{},"_debug_headers":"Authorization: ${t}"}`;
  cases.push(mk(id(), "heldouty147-sec-saas", "positive", text, "linear key in a GraphQL body debug field", t));
}
{
  const s = j("wh", "sec_", g.an(32));
  const text = `@app.post("/stripe/webhook")\nasync def hook(req):\n    event = stripe.Webhook.construct_event(await req.body(), req.headers["stripe-signature"], "${s}")\n    await publish_to_kafka("payments.events", event)\n`;
  cases.push(mk(id(), "heldouty147-sec-payment", "positive", text, "stripe webhook secret inline in a FastAPI handler", s));
}
{
  const t = j("xa", "pp-1-", "A", g.up(10), "-", g.digits(13), "-", g.hex(64));
  const text = `Salut ! Voilà le token Socket Mode pour le bot d'alertes Airflow : ${t}\nTu peux le mettre dans le .env du conteneur ?`;
  cases.push(mk(id(), "heldouty147-sec-comms", "positive", text, "slack app token in a French chat message", t));
}
