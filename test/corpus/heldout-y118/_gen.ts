// Shared builders and context renderers for heldout-y118 (DevOps and data work, outbound).
// Skipped by the loader (leading "_"). Every credential-shaped value is assembled at run time
// from a split prefix plus a body drawn from SeededRng (one fixed seed per case file).
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const HEXS = "0123456789abcdef";
export const AN = UP + LO + DG;
export const B64A = AN + "+/";
export const B64U = AN + "-_";
export const LAN = LO + DG;
export const UAN = UP + DG;
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Joins split parts, so no credential prefix sits whole in the source. */
export const j = (...p: string[]): string => p.join("");

export class Gen extends SeededRng {
  hex(n: number): string { return this.str(n, HEXS); }
  HEX(n: number): string { return this.str(n, "0123456789ABCDEF"); }
  an(n: number): string { return this.str(n, AN); }
  lan(n: number): string { return this.str(n, LAN); }
  uan(n: number): string { return this.str(n, UAN); }
  b64(n: number): string { return this.str(n, B64A); }
  b64u(n: number): string { return this.str(n, B64U); }
  dig(n: number): string { return String(1 + this.int(9)) + this.str(n - 1, DG); }
  up(n: number): string { return this.str(n, UP); }
  lo(n: number): string { return this.str(n, LO); }
  uuid(): string { return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-"); }
  sha(): string { return this.hex(40); }
  /** base64 (padded) of n random bytes */
  b64bytes(n: number): string { return Buffer.from(this.bytes(n)).toString("base64"); }
  b64urlBytes(n: number): string { return Buffer.from(this.bytes(n)).toString("base64url"); }
  ts(): string {
    const m = 1 + this.int(9), d = 1 + this.int(28), h = this.int(24), mi = this.int(60), s = this.int(60);
    const p = (x: number) => String(x).padStart(2, "0");
    return `2025-${p(m)}-${p(d)}T${p(h)}:${p(mi)}:${p(s)}.${this.dig(3)}Z`;
  }
  ip(): string { return `10.${this.int(250)}.${this.int(250)}.${1 + this.int(250)}`; }
  acct(): string { return this.dig(12); }
  /** a JWT with a real JSON header/payload and a random signature */
  jwt(payload: Record<string, unknown>, alg = "HS256", sigBytes = 32): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(payload), this.b64urlBytes(sigBytes)].join(".");
  }
}

export type Pair = [string, string];
export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  provider: string;
  group: Group;
  /** env-var style slots and values */
  vars: (g: Gen) => Pair[];
  /** curl auth arguments built from the values (enables the curl renderer) */
  auth?: (v: string[]) => string;
  /** the value is a connection URL (enables the db-client renderer) */
  url?: boolean;
}

export interface BenignSpec {
  what: string;
  vars: (g: Gen) => Pair[];
}

interface Ctx { pairs: Pair[]; g: Gen; auth?: string; url?: string }
export interface Renderer { name: string; lang: string; benign: boolean; needs?: "auth" | "url"; fn: (c: Ctx) => string }

const ind = (s: string, n: number) => s.split("\n").map((l) => " ".repeat(n) + l).join("\n");
const each = (c: Ctx, f: (k: string, v: string) => string, sep = "\n") => c.pairs.map(([k, v]) => f(k, v)).join(sep);
const lk = (k: string) => k.toLowerCase();
const yq = (v: string) => (/^[A-Za-z0-9_./:-]+$/.test(v) && !/^\d+$/.test(v) ? v : JSON.stringify(v));

export const RENDERERS: Renderer[] = [
  {
    name: "gha-log-setx", lang: "text", benign: true,
    fn: (c) => {
      const t = c.g.ts().slice(0, 19);
      const sh = c.g.sha();
      const L = [
        `##[group]Run ./scripts/deploy.sh staging`,
        `./scripts/deploy.sh staging`,
        `shell: /usr/bin/bash -e {0}`,
        `##[endgroup]`,
        `+ set -x`,
        `+ GIT_SHA=${sh}`,
        ...c.pairs.map(([k, v]) => `+ export ${k}=${v}`),
        `+ terraform -chdir=infra/staging apply -auto-approve -input=false -var image_tag=${sh.slice(0, 12)}`,
        `Error: error waiting for ECS service (api-staging) to reach steady state: timeout`,
        `##[error]Process completed with exit code 1.`,
      ];
      return L.map((l, i) => `${t}.${String(1000000 + i * 7331).slice(1)}Z ${l}`).join("\n");
    },
  },
  {
    name: "gitlab-ci-yml", lang: "yaml", benign: true,
    fn: (c) => `stages: [build, migrate, deploy]\n\nvariables:\n  DOCKER_DRIVER: overlay2\n${each(c, (k, v) => `  ${k}: ${JSON.stringify(v)}`)}\n\nmigrate:prod:\n  stage: migrate\n  image: registry.example.com/data/migrator:2.3.1\n  script:\n    - alembic upgrade head\n  rules:\n    - if: $CI_COMMIT_BRANCH == "main"\n`,
  },
  {
    name: "jenkinsfile", lang: "groovy", benign: true,
    fn: (c) => `pipeline {\n  agent { label 'linux-docker' }\n  environment {\n    AWS_REGION = 'eu-west-1'\n${each(c, (k, v) => `    ${k} = '${v}'`)}\n  }\n  stages {\n    stage('Build') { steps { sh 'make image' } }\n    stage('Deploy') { steps { sh './scripts/rollout.sh' } }\n  }\n}\n`,
  },
  {
    name: "circleci-config", lang: "yaml", benign: true,
    fn: (c) => `version: 2.1\njobs:\n  nightly-etl:\n    docker:\n      - image: cimg/python:3.12\n        environment:\n${each(c, (k, v) => `          ${k}: ${yq(v)}`)}\n    steps:\n      - checkout\n      - run: pip install -r requirements.txt\n      - run: python -m etl.nightly --date "$(date -d yesterday +%F)"\n`,
  },
  {
    name: "buildkite-pipeline", lang: "yaml", benign: true,
    fn: (c) => `env:\n  BUILDKITE_CLEAN_CHECKOUT: "true"\n${each(c, (k, v) => `  ${k}: ${JSON.stringify(v)}`)}\n\nsteps:\n  - label: ":terraform: plan"\n    command: terraform plan -out=tfplan\n    agents:\n      queue: infra\n  - wait\n  - label: ":rocket: apply"\n    command: terraform apply tfplan\n`,
  },
  {
    name: "gha-workflow-env", lang: "yaml", benign: true,
    fn: (c) => `name: dbt-nightly\non:\n  schedule:\n    - cron: "15 3 * * *"\njobs:\n  run:\n    runs-on: ubuntu-latest\n    env:\n${each(c, (k, v) => `      ${k}: ${yq(v)}`)}\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n          python-version: "3.11"\n      - run: pip install dbt-postgres==1.8.2 && dbt build --target prod\n`,
  },
  {
    name: "azure-pipelines", lang: "yaml", benign: true,
    fn: (c) => `trigger:\n  branches:\n    include: [main]\npool:\n  vmImage: ubuntu-22.04\nvariables:\n  - group: shared-infra\n${each(c, (k, v) => `  - name: ${k}\n    value: '${v}'`)}\nsteps:\n  - task: TerraformCLI@1\n    inputs:\n      command: apply\n      workingDirectory: infra/prod\n`,
  },
  {
    name: "tfvars", lang: "hcl", benign: true,
    fn: (c) => `# prod.auto.tfvars\nregion       = "us-east-1"\nenvironment  = "prod"\ninstance_count = ${2 + c.g.int(4)}\n${each(c, (k, v) => `${lk(k)} = "${v}"`)}\n`,
  },
  {
    name: "tf-plan", lang: "text", benign: true,
    fn: (c) => `Terraform used the selected providers to generate the following execution plan.\nResource actions are indicated with the following symbols:\n  ~ update in-place\n\nTerraform will perform the following actions:\n\n  # aws_lambda_function.ingest will be updated in-place\n  ~ resource "aws_lambda_function" "ingest" {\n        id                             = "ingest-prod"\n      ~ last_modified                  = "${c.g.ts().slice(0, 19)}.000+0000" -> (known after apply)\n        # (18 unchanged attributes hidden)\n\n      ~ environment {\n          ~ variables = {\n${each(c, (k, v) => `              + "${k}" = "${v}"`)}\n                "LOG_LEVEL" = "info"\n            }\n        }\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n`,
  },
  {
    name: "tf-state", lang: "json", benign: true,
    fn: (c) => JSON.stringify({
      version: 4, terraform_version: "1.7.5", serial: 40 + c.g.int(200), lineage: c.g.uuid(), outputs: {},
      resources: [{ mode: "managed", type: "google_cloud_run_v2_service", name: "api", provider: "provider[\"registry.terraform.io/hashicorp/google\"]",
        instances: [{ schema_version: 0, attributes: { name: "api", location: "europe-west1", template: [{ containers: [{ image: `registry.example.com/acme-prod/api@sha256:${c.g.hex(64)}`, env: c.pairs.map(([k, v]) => ({ name: k, value: v, value_source: [] })) }] }] } }] }],
    }, null, 2),
  },
  {
    name: "tf-variable-default", lang: "hcl", benign: true,
    fn: (c) => `${each(c, (k, v) => `variable "${lk(k)}" {\n  type    = string\n  default = "${v}"\n}`, "\n\n")}\n\nmodule "etl" {\n  source  = "./modules/etl"\n  ${lk(c.pairs[0]![0])} = var.${lk(c.pairs[0]![0])}\n}\n`,
  },
  {
    name: "helm-values", lang: "yaml", benign: true,
    fn: (c) => `replicaCount: 2\nimage:\n  repository: registry.example.com/data/ingest\n  tag: "1.${c.g.int(30)}.${c.g.int(10)}"\nenv:\n${each(c, (k, v) => `  - name: ${k}\n    value: ${JSON.stringify(v)}`)}\nresources:\n  limits:\n    memory: 512Mi\n`,
  },
  {
    name: "helm-set", lang: "bash", benign: true,
    fn: (c) => `$ helm upgrade --install ingest ./charts/ingest -n data --create-namespace \\\n    --set image.tag=${c.g.sha().slice(0, 7)} \\\n${each(c, (k, v) => `    --set env.${k}=${v} \\`)}\n    --wait --timeout 5m\nError: UPGRADE FAILED: context deadline exceeded\n`,
  },
  {
    name: "ansible-group-vars", lang: "yaml", benign: true,
    fn: (c) => `# inventories/prod/group_vars/etl.yml\n---\napp_user: etl\napp_dir: /opt/etl\n${each(c, (k, v) => `${lk(k)}: "${v}"`)}\nsystemd_restart: true\n`,
  },
  {
    name: "ansible-extra-vars", lang: "bash", benign: true,
    fn: (c) => `$ ansible-playbook -i inventories/prod site.yml --limit etl -e "${each(c, (k, v) => `${lk(k)}=${v}`, " ")}" -v\nUsing /srv/ansible/ansible.cfg as config file\n\nPLAY [etl] *********************************************************************\n\nTASK [Gathering Facts] *********************************************************\nfatal: [etl-02]: UNREACHABLE! => {"changed": false, "msg": "Failed to connect to the host via ssh", "unreachable": true}\n`,
  },
  {
    name: "ansible-diff", lang: "text", benign: true,
    fn: (c) => `TASK [app : render /opt/etl/.env] **********************************************\n--- before: /opt/etl/.env\n+++ after: /home/deploy/.ansible/tmp/ansible-local-${c.g.dig(6)}/tmp${c.g.lan(8)}/env.j2\n@@ -1,${c.pairs.length + 1} +1,${c.pairs.length + 1} @@\n APP_ENV=production\n${each(c, (k, v) => `-${k}=\n+${k}=${v}`)}\n\nchanged: [etl-01]\n`,
  },
  {
    name: "pulumi-config-set", lang: "bash", benign: true,
    fn: (c) => `$ pulumi stack select acme/data-platform/prod\n${each(c, (k, v) => `$ pulumi config set ${lk(k)} ${v}`)}\n$ pulumi up --yes\nPreviewing update (prod)\n\n     Type                 Name                 Plan       \n     pulumi:pulumi:Stack  data-platform-prod              \n ~   └─ aws:lambda:Function  ingest             update     [diff: ~environment]\n`,
  },
  {
    name: "pulumi-stack-yaml", lang: "yaml", benign: true,
    fn: (c) => `# Pulumi.prod.yaml\nconfig:\n  aws:region: eu-central-1\n${each(c, (k, v) => `  data-platform:${lk(k).replace(/_([a-z])/g, (_m, x: string) => x.toUpperCase())}: ${yq(v)}`)}\n  data-platform:warehouseSize: medium\n`,
  },
  {
    name: "k8s-secret-stringdata", lang: "yaml", benign: false,
    fn: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: etl-credentials\n  namespace: data\ntype: Opaque\nstringData:\n${each(c, (k, v) => `  ${k}: ${JSON.stringify(v)}`)}\n`,
  },
  {
    name: "k8s-secret-data", lang: "yaml", benign: false,
    fn: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingest-env\n  namespace: data\n  uid: ${c.g.uuid()}\n  resourceVersion: "${c.g.dig(8)}"\ntype: Opaque\ndata:\n${each(c, (k, v) => `  ${k}: ${Buffer.from(v).toString("base64")}`)}\n`,
  },
  {
    name: "kubectl-create-secret", lang: "bash", benign: false,
    fn: (c) => `$ kubectl -n data create secret generic airflow-env \\\n${each(c, (k, v) => `    --from-literal=${k}='${v}' \\`)}\n    --dry-run=client -o yaml | kubectl apply -f -\nsecret/airflow-env configured\n`,
  },
  {
    name: "docker-compose", lang: "yaml", benign: true,
    fn: (c) => `services:\n  worker:\n    image: registry.example.com/data/worker:${c.g.sha().slice(0, 8)}\n    command: celery -A pipeline worker -l info\n    environment:\n${each(c, (k, v) => `      ${k}: ${JSON.stringify(v)}`)}\n    depends_on: [redis, postgres]\n`,
  },
  {
    name: "docker-run", lang: "bash", benign: true,
    fn: (c) => `$ docker run --rm -it --network host \\\n${each(c, (k, v) => `  -e ${k}=${v} \\`)}\n  registry.example.com/data/backfill:latest python -m backfill --from 2025-01-01\nUnable to find image 'registry.example.com/data/backfill:latest' locally\n`,
  },
  {
    name: "aws-ssm-put", lang: "bash", benign: true,
    fn: (c) => `${each(c, (k, v) => `$ aws ssm put-parameter --name "/prod/etl/${lk(k)}" --type String --value "${v}" --overwrite\n{\n    "Version": ${1 + c.g.int(9)},\n    "Tier": "Standard"\n}`)}\n`,
  },
  {
    name: "aws-lambda-env", lang: "bash", benign: true,
    fn: (c) => `$ aws lambda update-function-configuration --function-name ingest-prod --environment "Variables={${each(c, (k, v) => `${k}=${v}`, ",")}}"\n${JSON.stringify({ FunctionName: "ingest-prod", FunctionArn: `arn:aws:lambda:us-east-1:${c.g.acct()}:function:ingest-prod`, Runtime: "python3.12", CodeSha256: c.g.b64bytes(32), Environment: { Variables: Object.fromEntries(c.pairs) }, RevisionId: c.g.uuid() }, null, 4)}\n`,
  },
  {
    name: "gcloud-run-deploy", lang: "bash", benign: true,
    fn: (c) => `$ gcloud run deploy ingest --image registry.example.com/acme-data/ingest:${c.g.sha().slice(0, 7)} --region europe-west1 \\\n    --set-env-vars ${each(c, (k, v) => `${k}=${v}`, ",")}\nDeploying container to Cloud Run service [ingest] in project [acme-data] region [europe-west1]\nX Deploying... Revision 'ingest-000${c.g.int(90) + 10}-${c.g.lo(3)}' is not ready and cannot serve traffic.\n`,
  },
  {
    name: "az-appsettings", lang: "bash", benign: true,
    fn: (c) => `$ az webapp config appsettings set -g rg-data-prod -n func-ingest-prod --settings ${each(c, (k, v) => `${k}=${v}`, " ")}\n${JSON.stringify(c.pairs.map(([k, v]) => ({ name: k, slotSetting: false, value: v })), null, 2)}\n`,
  },
  {
    name: "sql-migration", lang: "sql", benign: true,
    fn: (c) => `-- V2025_${c.g.dig(4)}__seed_integration_settings.sql\nBEGIN;\nINSERT INTO integration_settings (tenant_id, setting_key, setting_value, updated_at) VALUES\n${each(c, (k, v) => `  (${c.g.int(900) + 100}, '${lk(k)}', '${v}', now())`, ",\n")};\nCOMMIT;\n`,
  },
  {
    name: "dbt-project-vars", lang: "yaml", benign: true,
    fn: (c) => `# dbt_project.yml\nname: analytics\nversion: "1.0.0"\nprofile: analytics\nvars:\n  start_date: "2024-01-01"\n${each(c, (k, v) => `  ${lk(k)}: "${v}"`)}\nmodels:\n  analytics:\n    staging:\n      +materialized: view\n`,
  },
  {
    name: "airflow-variables-cli", lang: "bash", benign: true,
    fn: (c) => `${each(c, (k, v) => `$ airflow variables set ${lk(k)} '${v}'\nVariable ${lk(k)} created`)}\n$ airflow dags trigger sync_crm --conf '{"full_refresh": true}'\nCreated <DagRun sync_crm @ ${c.g.ts().slice(0, 19)}+00:00: manual__${c.g.ts().slice(0, 19)}+00:00, state:queued, queued_at: None. externally triggered: True>\n`,
  },
  {
    name: "airflow-dag", lang: "python", benign: true,
    fn: (c) => `import os\nfrom datetime import datetime\n\nfrom airflow import DAG\nfrom airflow.operators.python import PythonOperator\n\n${each(c, (k, v) => `${k} = os.environ.get("${k}", "${v}")`)}\n\nwith DAG("sync_crm", start_date=datetime(2025, 1, 1), schedule="@hourly", catchup=False) as dag:\n    PythonOperator(task_id="extract", python_callable=lambda: extract(${c.pairs[0]![0]}))\n`,
  },
  {
    name: "jupyter-cell", lang: "json", benign: true,
    fn: (c) => JSON.stringify({
      cells: [
        { cell_type: "code", execution_count: 3, id: c.g.hex(8), metadata: {}, outputs: [], source: ["import os\n", "import pandas as pd\n", ...c.pairs.map(([k, v]) => `os.environ[\"${k}\"] = \"${v}\"\n`)] },
        { cell_type: "code", execution_count: 4, id: c.g.hex(8), metadata: {}, outputs: [{ name: "stdout", output_type: "stream", text: [`loaded ${c.g.int(90000) + 1000} rows\n`] }], source: ["df = pd.read_parquet(\"s3://acme-lake/raw/events/dt=2025-03-01/\")\n", "print(f\"loaded {len(df)} rows\")"] },
      ],
      metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } }, nbformat: 4, nbformat_minor: 5,
    }, null, 1),
  },
  {
    name: "jupyter-env-magic", lang: "json", benign: true,
    fn: (c) => JSON.stringify({
      cells: [{ cell_type: "code", execution_count: 1, id: c.g.hex(8), metadata: {}, source: c.pairs.map(([k, v], i) => `%env ${k}=${v}${i < c.pairs.length - 1 ? "\n" : ""}`),
        outputs: [{ name: "stdout", output_type: "stream", text: c.pairs.map(([k, v]) => `env: ${k}=${v}\n`) }] }],
      metadata: { kernelspec: { display_name: "PySpark", language: "python", name: "pyspark" } }, nbformat: 4, nbformat_minor: 5,
    }),
  },
  {
    name: "spark-submit", lang: "bash", benign: true,
    fn: (c) => `$ spark-submit --master yarn --deploy-mode cluster \\\n    --conf spark.executor.memory=8g \\\n${each(c, (k, v) => `    --conf spark.executorEnv.${k}=${v} \\\n    --conf spark.yarn.appMasterEnv.${k}=${v} \\`)}\n    jobs/enrich_events.py --date 2025-03-02\n25/03/02 04:11:09 INFO Client: Submitting application application_${c.g.dig(13)}_00${c.g.dig(2)} to ResourceManager\n`,
  },
  {
    name: "dotenv", lang: "dotenv", benign: true,
    fn: (c) => `# .env.production (do not commit)\nAPP_ENV=production\nLOG_LEVEL=info\n${each(c, (k, v) => `${k}=${v}`)}\nWORKERS=${2 + c.g.int(6)}\n`,
  },
  {
    name: "pytest-showlocals", lang: "text", benign: true,
    fn: (c) => `_______________________________ test_sync_accounts _______________________________\n\n    def test_sync_accounts():\n${each(c, (k) => `        ${lk(k)} = os.environ["${k}"]`)}\n>       client = SyncClient(${c.pairs.map(([k]) => lk(k)).join(", ")})\nE       requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.net', port=443): Max retries exceeded\n\n${each(c, (k, v) => `${lk(k).padEnd(18)} = '${v}'`)}\n\ntests/integration/test_sync.py:27: ConnectionError\n=========================== short test summary info ============================\nFAILED tests/integration/test_sync.py::test_sync_accounts - requests.exceptions.ConnectionError\n`,
  },
  {
    name: "makefile", lang: "makefile", benign: true,
    fn: (c) => `.PHONY: backfill\n\n${each(c, (k, v) => `${k} ?= ${v}`)}\n\nbackfill:\n\t${c.pairs.map(([k]) => `${k}=$(${k})`).join(" ")} python -m pipeline.backfill --days 30\n`,
  },
  {
    name: "systemd-unit", lang: "ini", benign: true,
    fn: (c) => `# /etc/systemd/system/etl-worker.service\n[Unit]\nDescription=ETL worker\nAfter=network-online.target\n\n[Service]\nUser=etl\n${each(c, (k, v) => `Environment="${k}=${v}"`)}\nExecStart=/opt/etl/venv/bin/python -m etl.worker\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n`,
  },
  {
    name: "json-config", lang: "json", benign: true,
    fn: (c) => JSON.stringify({ pipeline: "crm_sync", schedule: "0 */2 * * *", source: { type: "rest", baseUrl: "https://api.example.net/v2" }, settings: Object.fromEntries(c.pairs.map(([k, v]) => [lk(k).replace(/_([a-z])/g, (_m, x: string) => x.toUpperCase()), v])), retries: 3 }, null, 2),
  },
  {
    name: "vault-kv-get", lang: "text", benign: false,
    fn: (c) => `$ vault kv get -mount=secret data-platform/prod/etl\n======= Secret Path =======\nsecret/data/data-platform/prod/etl\n\n======= Metadata =======\nKey                Value\n---                -----\ncreated_time       ${c.g.ts()}\ncustom_metadata    <nil>\ndeletion_time      n/a\ndestroyed          false\nversion            ${1 + c.g.int(20)}\n\n====== Data ======\nKey${" ".repeat(20)}Value\n---${" ".repeat(20)}-----\n${each(c, (k, v) => `${lk(k).padEnd(23)}${v}`)}\n`,
  },
  {
    name: "curl", lang: "bash", benign: false, needs: "auth",
    fn: (c) => `$ curl -sS -X GET ${c.auth} \\\n    "https://api.example.com/v1/status?verbose=1" -w '\\n%{http_code}\\n'\n{"error":"upstream timeout","request_id":"${c.g.uuid()}"}\n504\n`,
  },
  {
    name: "db-client", lang: "bash", benign: false, needs: "url",
    fn: (c) => `$ psql "${c.url}" -c "\\dt analytics.*"\npsql: error: connection to server at "${c.g.ip()}", port 5432 failed: timeout expired\n$ airflow connections add warehouse_prod --conn-uri '${c.url}'\nSuccessfully added \`conn_id\`=warehouse_prod\n`,
  },
  {
    name: "paas-secrets-set", lang: "bash", benign: true,
    fn: (c) => `$ heroku config:set ${each(c, (k, v) => `${k}=${v}`, " ")} -a acme-etl-prod\nSetting ${c.pairs.map(([k]) => k).join(", ")} and restarting ⬢ acme-etl-prod... done, v${c.g.int(300) + 20}\n`,
  },
  {
    name: "gha-step-env-log", lang: "text", benign: true,
    fn: (c) => `Run dbt build --target prod --select state:modified+\n  dbt build --target prod --select state:modified+\n  shell: /usr/bin/bash -e {0}\n  env:\n    pythonLocation: /opt/hostedtoolcache/Python/3.11.9/x64\n    DBT_PROFILES_DIR: ./ci\n${each(c, (k, v) => `    ${k}: ${v}`)}\n${c.g.ts().slice(11, 19)}  Running with dbt=1.8.2\n${c.g.ts().slice(11, 19)}  Encountered an error:\nRuntime Error\n  Database Error\n    connection to server timed out\nError: Process completed with exit code 2.\n`,
  },
  {
    name: "docker-build-args", lang: "bash", benign: true,
    fn: (c) => `$ docker build ${each(c, (k, v) => `--build-arg ${k}=${v}`, " ")} -t registry.example.com/data/etl:dev .\n[+] Building 12.4s (9/11)\n => [internal] load build definition from Dockerfile\n => [3/6] RUN pip install --no-cache-dir -r requirements.txt\n => ERROR [5/6] RUN python -m etl.prefetch\n------\n > [5/6] RUN python -m etl.prefetch:\n401 Unauthorized\n`,
  },
  {
    name: "dockerfile-env", lang: "dockerfile", benign: true,
    fn: (c) => `FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n${each(c, (k, v) => `ENV ${k}=${v}`)}\nCOPY . .\nCMD ["python", "-m", "etl.worker"]\n`,
  },
  {
    name: "prefect-block", lang: "python", benign: true,
    fn: (c) => `from prefect import flow, task\nfrom prefect.blocks.system import Secret\n\n${each(c, (k, v) => `Secret(value="${v}").save("${lk(k).replace(/_/g, "-")}", overwrite=True)`)}\n\n@flow(log_prints=True)\ndef sync_orders():\n    ...\n`,
  },
];

export interface Transport { name: string; fn: (content: string, lang: string, g: Gen) => string }

const PROMPTS = [
  "The deploy job failed again, can you tell me what's wrong?",
  "Why does this pipeline step keep timing out? Full output below.",
  "Please review this config before I merge it.",
  "Convert this to a Helm chart values file for me.",
  "Our nightly ETL broke after the upgrade. Here is what I see:",
  "Can you explain this error and suggest a fix?",
  "Refactor this so it works in the staging environment too.",
  "Summarise what this change does for the release notes.",
];

const fence = (lang: string, s: string) => "```" + lang + "\n" + s + "\n```";

export const TRANSPORTS: Transport[] = [
  {
    name: "openai-chat",
    fn: (s, lang, g) => JSON.stringify({ model: "gpt-4.1", temperature: 0.2, messages: [{ role: "system", content: "You are a senior DevOps engineer." }, { role: "user", content: `${g.pick(PROMPTS)}\n\n${fence(lang, s)}` }] }),
  },
  {
    name: "anthropic-messages",
    fn: (s, lang, g) => JSON.stringify({ model: "claude-sonnet-4-20250514", max_tokens: 4096, messages: [{ role: "user", content: [{ type: "text", text: `${g.pick(PROMPTS)}\n\n${fence(lang, s)}` }] }] }),
  },
  {
    name: "github-issue",
    fn: (s, lang, g) => `POST /repos/acme/data-platform/issues HTTP/1.1\nHost: git.example.com\nAccept: application/vnd.github+json\nContent-Type: application/json\n\n${JSON.stringify({ title: `CI: ${g.pick(["deploy", "migrate", "etl", "plan"])} job failing on main`, body: `Seen on run #${g.int(9000) + 1000}.\n\n${fence(lang, s)}`, labels: ["ci", "bug"] })}`,
  },
  {
    name: "jira-issue",
    fn: (s, _lang, g) => `POST https://jira.example.net/rest/api/2/issue\nContent-Type: application/json\n\n${JSON.stringify({ fields: { project: { key: "OPS" }, issuetype: { name: "Incident" }, summary: `Pipeline failure ${g.ts().slice(0, 10)}`, description: `{noformat}\n${s}\n{noformat}` } })}`,
  },
  {
    name: "paste-form",
    fn: (s, lang) => `POST https://paste.example.org/api/v1/pastes\nContent-Type: application/x-www-form-urlencoded\n\n${new URLSearchParams({ title: "ci-output", syntax: lang, expiry: "1w", content: s }).toString()}`,
  },
  {
    name: "chat-post",
    fn: (s, lang, g) => `POST https://chat.example.com/api/v4/posts\nContent-Type: application/json\n\n${JSON.stringify({ channel_id: g.lan(26), message: `@oncall anyone seen this before?\n${fence(lang, s)}` })}`,
  },
  {
    name: "mcp-tool-call",
    fn: (s, lang, g) => JSON.stringify({ jsonrpc: "2.0", id: g.int(500), method: "tools/call", params: { name: "create_issue", arguments: { repo: "acme/infra", title: "Investigate failing job", body: fence(lang, s) } } }),
  },
  {
    name: "linear-graphql",
    fn: (s, lang, g) => JSON.stringify({ query: "mutation IssueCreate($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { id identifier } } }", variables: { input: { teamId: g.uuid(), title: "Data pipeline incident", description: fence(lang, s) } } }),
  },
  {
    name: "gitlab-note",
    fn: (s, lang, g) => `POST https://gitlab.example.org/api/v4/projects/${g.int(900) + 10}/issues/${g.int(300) + 1}/notes\nContent-Type: application/json\n\n${JSON.stringify({ body: `Output from my local run:\n\n${fence(lang, s)}` })}`,
  },
  {
    name: "openai-tool-result",
    fn: (s, _lang, g) => { const id = `call_${g.an(24)}`; return JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: "check what's in the deploy config" }, { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: "read_file", arguments: JSON.stringify({ path: "deploy/config" }) } }] }, { role: "tool", tool_call_id: id, content: s }] }); },
  },
];

export function wrap(g: Gen, content: string, lang: string, t?: number): { text: string; transport: string } {
  const tr = t === undefined ? g.pick(TRANSPORTS) : TRANSPORTS[t % TRANSPORTS.length]!;
  return { text: tr.fn(content, lang, g), transport: tr.name };
}

/** Rotates every spec through the renderers (and transports), `per` cases per spec. */
export function rotate(opts: { g: Gen; specs: Spec[]; per: number; idPrefix: string; offset?: number; start?: number }): CorpusCase[] {
  const { g, specs, per, idPrefix } = opts;
  const out: CorpusCase[] = [];
  let r = opts.offset ?? 0;
  let n = opts.start ?? 1;
  let t = 0;
  for (const s of specs) {
    for (let k = 0; k < per; k++) {
      const pairs = s.vars(g);
      const vals = pairs.map((p) => p[1]);
      const usable = RENDERERS.filter((x) => (x.needs !== "auth" || s.auth) && (x.needs !== "url" || s.url));
      const ren = usable[r % usable.length]!;
      r += 1; // plain round-robin over the renderers this spec can use keeps contexts spread
      const ctx: Ctx = { pairs, g };
      if (s.auth) ctx.auth = s.auth(vals);
      if (s.url) ctx.url = vals[0]!;
      const body = ren.fn(ctx);
      const w = wrap(g, body, ren.lang, t++ * 3);
      out.push({
        id: `y118-${idPrefix}-${String(n++).padStart(3, "0")}`,
        kind: "secrets",
        category: `heldouty118-sec-${s.group}`,
        label: "positive",
        text: w.text,
        note: `${s.provider}; slot ${pairs.map((p) => p[0]).join("+")}; context ${ren.name} via ${w.transport}`,
      });
    }
  }
  return out;
}

export function rotateBenign(opts: { g: Gen; specs: BenignSpec[]; per: number; idPrefix: string; offset?: number }): CorpusCase[] {
  const { g, specs, per, idPrefix } = opts;
  const out: CorpusCase[] = [];
  const usable = RENDERERS.filter((r) => r.benign && !r.needs);
  let r = opts.offset ?? 0;
  let n = 1;
  let t = 0;
  for (const s of specs) {
    for (let k = 0; k < per; k++) {
      const pairs = s.vars(g);
      const ren = usable[r % usable.length]!;
      r += 1;
      const w = wrap(g, ren.fn({ pairs, g }), ren.lang, t++ * 3 + 1);
      out.push({
        id: `y118-${idPrefix}-${String(n++).padStart(3, "0")}`,
        kind: "secrets",
        category: "heldouty118-benign",
        label: "benign",
        text: w.text,
        note: `benign ${s.what}; slot ${pairs.map((p) => p[0]).join("+")}; context ${ren.name} via ${w.transport}`,
      });
    }
  }
  return out;
}

/** A handcrafted case wrapped in a transport. */
export function hand(g: Gen, id: string, group: Group | "benign", content: string, lang: string, note: string, t?: number): CorpusCase {
  const w = wrap(g, content, lang, t);
  return {
    id: `y118-${id}`,
    kind: "secrets",
    category: group === "benign" ? "heldouty118-benign" : `heldouty118-sec-${group}`,
    label: group === "benign" ? "benign" : "positive",
    text: w.text,
    note: `${note} via ${w.transport}`,
  };
}

/** PEM block from a DER-ish prefix (base64) plus random base64 body. */
export function pem(g: Gen, label: string, prefix: string, bodyLen: number, width = 64, suffix = ""): string {
  let body = prefix + g.b64(bodyLen - prefix.length - suffix.length) + suffix;
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += width) lines.push(body.slice(i, i + width));
  body = lines.join("\n");
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
}
