// Shared generator for heldout-y153 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time: split prefix + random body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const ALNUM = UP + LO + DIG;
export const HEX = "0123456789abcdef";
export const B64 = ALNUM + "+/";
export const B64U = ALNUM + "-_";
export const j = (...p: string[]) => p.join("");

export class Rng extends SeededRng {
  a(n: number) { return this.str(n, ALNUM); }
  h(n: number) { return this.str(n, HEX); }
  uuid() { return [this.h(8), this.h(4), "4" + this.h(3), this.pick(["8", "9", "a", "b"]) + this.h(3), this.h(12)].join("-"); }
  b64(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
}

export const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
export const jsonInner = (s: string) => JSON.stringify(s).slice(1, -1);
export const indent = (s: string, n: number) => s.split("\n").map((l) => " ".repeat(n) + l).join("\n");

/** A credential: value, the slot name a developer would give it, and optionally a user/host. */
export interface Val {
  provider: string;
  value: string;
  env: string;
  user?: string;
  host?: string;
}

export interface Rendered { text: string; needle: string; ctx: string }
export type Renderer = { name: string; themed: boolean; multi: boolean; f: (v: Val, r: Rng) => { text: string; needle?: string } };

// ---- prose in several languages (about a quarter non-English) ----
const PROSE: Record<string, string[]> = {
  en: [
    "Can you check why the deploy job fails? Here is the config:",
    "Pipeline is red again after the rotation, relevant bits below.",
    "Please fix the indentation in this file and keep the values as they are.",
    "Migrating this to the new cluster, does this look right?",
    "Incident follow-up: this is what was running in prod.",
    "Here's the snippet from the runner, can you add retries?",
  ],
  es: ["¿Puedes revisar por qué falla el despliegue? Aquí está la configuración:", "El pipeline vuelve a fallar tras la rotación, te pego lo relevante:"],
  de: ["Kannst du prüfen, warum der Deploy-Job fehlschlägt? Hier die Konfiguration:", "Bitte die Einrückung reparieren, Werte bitte nicht ändern:"],
  fr: ["Peux-tu regarder pourquoi le job de déploiement échoue ? Voici la config :", "Migration vers le nouveau cluster, est-ce correct ?"],
  ja: ["デプロイジョブが失敗する理由を調べてもらえますか？設定は以下です：", "ローテーション後にパイプラインが赤くなりました。該当部分："],
  zh: ["帮我看看为什么部署任务失败了？配置如下：", "迁移到新集群，这样配置对吗？"],
  pt: ["Pode ver por que o job de deploy está falhando? Segue a configuração:", "Depois da rotação o pipeline quebrou, segue o trecho:"],
  ru: ["Посмотри, почему падает деплой? Вот конфиг:", "После ротации пайплайн снова красный, вот кусок:"],
  ko: ["배포 작업이 왜 실패하는지 확인해 줄 수 있어? 설정은 아래와 같아:"],
  it: ["Puoi controllare perché il job di deploy fallisce? Ecco la configurazione:"],
};
const OTHER = Object.keys(PROSE).filter((k) => k !== "en");
export const langCount: Record<string, number> = {};
export function say(r: Rng): string {
  const lang = r.int(4) === 0 ? r.pick(OTHER) : "en";
  langCount[lang] = (langCount[lang] ?? 0) + 1;
  return r.pick(PROSE[lang]!);
}

const svc = (r: Rng) => r.pick(["billing-api", "ingest-worker", "edge-gateway", "ledger", "notifier", "search-indexer", "auth-proxy", "reports"]);
const envOf = (r: Rng) => r.pick(["staging", "prod", "prod-eu", "qa", "preview"]);
const isMulti = (v: Val) => v.value.includes("\n");
const yq = (v: Val) => (isMulti(v) ? "|\n" + indent(v.value, 6) : JSON.stringify(v.value));
const lower = (s: string) => s.toLowerCase().replace(/_/g, "-");

export const RENDERERS: Renderer[] = [
  // ---------------- themed: CI/CD ----------------
  { name: "gha-workflow-env", themed: true, multi: true, f: (v, r) => ({ text: `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${v.env}: ${isMulti(v) ? "|\n" + indent(v.value, 8) : v.value}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh ${envOf(r)}\n` }) },
  { name: "gh-secret-set", themed: true, multi: false, f: (v, r) => ({ text: `# ${say(r)}\ngh secret set ${v.env} --repo acme/${svc(r)} --env ${envOf(r)} --body "${v.value}"` }) },
  { name: "gitlab-ci-variables", themed: true, multi: true, f: (v, r) => ({ text: `stages: [build, deploy]\nvariables:\n  DOCKER_DRIVER: overlay2\n  ${v.env}: ${yq(v)}\ndeploy:\n  stage: deploy\n  image: alpine:3.19\n  script:\n    - ./deploy.sh --env ${envOf(r)}\n` }) },
  { name: "gitlab-api-variable", themed: true, multi: false, f: (v, r) => ({ text: `curl --request POST --header "PRIVATE-TOKEN: $GITLAB_TOKEN" "https://gitlab.example.com/api/v4/projects/${r.range(100, 9999)}/variables" --form "key=${v.env}" --form "value=${v.value}" --form "masked=false"` }) },
  { name: "jenkinsfile", themed: true, multi: false, f: (v, r) => ({ text: `pipeline {\n  agent { label 'linux' }\n  environment {\n    APP = '${svc(r)}'\n    ${v.env} = '${v.value}'\n  }\n  stages {\n    stage('Deploy') {\n      steps { sh './deploy.sh ${envOf(r)}' }\n    }\n  }\n}\n` }) },
  { name: "circleci-config", themed: true, multi: false, f: (v, r) => ({ text: `version: 2.1\njobs:\n  release:\n    docker:\n      - image: cimg/node:20.11\n    environment:\n      ${v.env}: ${v.value}\n    steps:\n      - checkout\n      - run: npm run release -- --target ${envOf(r)}\n` }) },
  { name: "buildkite-pipeline", themed: true, multi: false, f: (v, r) => ({ text: `steps:\n  - label: ":rocket: deploy ${svc(r)}"\n    command: "make deploy"\n    env:\n      ${v.env}: "${v.value}"\n    agents:\n      queue: deploy\n` }) },
  { name: "argocd-app", themed: true, multi: false, f: (v, r) => ({ text: `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${svc(r)}\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: https://git.example.com/platform/charts.git\n    path: charts/${svc(r)}\n    helm:\n      parameters:\n        - name: env.${v.env}\n          value: "${v.value}"\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: ${envOf(r)}\n` }) },
  { name: "ci-log-xtrace", themed: true, multi: false, f: (v, r) => ({ text: `[${r.range(10, 23)}:${r.range(10, 59)}:${r.range(10, 59)}] Running step "deploy"\n+ export ${v.env}=${v.value}\n+ ./bin/release --env ${envOf(r)}\nrelease: uploading artifacts (3/3)\nError: upstream returned 502` }) },
  { name: "gha-run-log", themed: true, multi: false, f: (v, r) => ({ text: `2026-11-${r.range(10, 28)}T0${r.range(1, 9)}:12:44.1Z ##[group]Run ./scripts/smoke.sh\n2026-11-${r.range(10, 28)}T0${r.range(1, 9)}:12:44.1Z env:\n  NODE_ENV: production\n  ${v.env}: ${v.value}\n##[endgroup]\nsmoke: 12 passed, 1 failed` }) },
  // ---------------- themed: IaC ----------------
  { name: "tfvars", themed: true, multi: true, f: (v, r) => ({ text: `region      = "eu-west-1"\nenvironment = "${envOf(r)}"\n${lower(v.env).replace(/-/g, "_")} = ${isMulti(v) ? `<<EOT\n${v.value}\nEOT` : `"${v.value}"`}\n` }) },
  { name: "tfstate-json", themed: true, multi: true, f: (v, r) => { const t = JSON.stringify({ version: 4, terraform_version: "1.7.5", serial: r.range(10, 400), resources: [{ mode: "managed", type: "kubernetes_secret", name: svc(r).replace(/-/g, "_"), instances: [{ attributes: { data: { [v.env]: v.value }, metadata: [{ namespace: envOf(r) }] }, sensitive_attributes: [] }] }] }, null, 2); return { text: t, needle: jsonInner(v.value) }; } },
  { name: "terraform-plan", themed: true, multi: false, f: (v, r) => ({ text: `Terraform will perform the following actions:\n\n  # aws_ssm_parameter.${lower(v.env).replace(/-/g, "_")} will be created\n  + resource "aws_ssm_parameter" "${lower(v.env).replace(/-/g, "_")}" {\n      + name  = "/${envOf(r)}/${svc(r)}/${v.env}"\n      + type  = "String"\n      + value = "${v.value}"\n    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.` }) },
  { name: "pulumi-config", themed: true, multi: false, f: (v, r) => ({ text: `# ${say(r)}\n$ pulumi config set ${svc(r)}:${lower(v.env)} ${v.value} --stack ${envOf(r)}\n$ pulumi up --yes` }) },
  { name: "cdk-ts", themed: true, multi: false, f: (v, r) => ({ text: `import { SecretValue, Stack } from "aws-cdk-lib";\nimport * as sm from "aws-cdk-lib/aws-secretsmanager";\n\nexport function addSecrets(stack: Stack) {\n  new sm.Secret(stack, "${v.env}", {\n    secretName: "${envOf(r)}/${svc(r)}",\n    secretStringValue: SecretValue.unsafePlainText("${v.value}"),\n  });\n}\n` }) },
  // ---------------- themed: k8s / helm ----------------
  { name: "helm-values", themed: true, multi: true, f: (v, r) => ({ text: `replicaCount: ${r.range(1, 6)}\nimage:\n  repository: registry.example.com/${svc(r)}\n  tag: "1.${r.range(0, 30)}.${r.range(0, 9)}"\nsecrets:\n  ${v.env.toLowerCase()}: ${isMulti(v) ? "|\n" + indent(v.value, 4) : JSON.stringify(v.value)}\n` }) },
  { name: "helm-set", themed: true, multi: false, f: (v, r) => ({ text: `helm upgrade --install ${svc(r)} ./charts/app -n ${envOf(r)} --set image.tag=1.${r.range(0, 30)}.0 --set env.${v.env}=${v.value} --wait` }) },
  { name: "k8s-secret-data", themed: true, multi: true, f: (v, r) => ({ text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${svc(r)}-env\n  namespace: ${envOf(r)}\ntype: Opaque\ndata:\n  ${v.env}: ${b64(v.value)}\n`, needle: b64(v.value) }) },
  { name: "k8s-secret-stringdata", themed: true, multi: true, f: (v, r) => ({ text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${svc(r)}\ntype: Opaque\nstringData:\n  ${v.env}: ${isMulti(v) ? "|\n" + indent(v.value, 4) : v.value}\n` }) },
  { name: "k8s-deployment-env", themed: true, multi: false, f: (v, r) => ({ text: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${svc(r)}\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/${svc(r)}:${r.h(7)}\n          env:\n            - name: ${v.env}\n              value: "${v.value}"\n` }) },
  { name: "kubectl-from-literal", themed: true, multi: false, f: (v, r) => ({ text: `kubectl -n ${envOf(r)} create secret generic ${svc(r)}-creds --from-literal=${v.env}='${v.value}' --dry-run=client -o yaml | kubectl apply -f -` }) },
  // ---------------- themed: ansible / docker / registries ----------------
  { name: "ansible-inventory", themed: true, multi: false, f: (v, r) => ({ text: `[web]\nweb-0${r.range(1, 9)}.${envOf(r)}.internal ansible_user=deploy\n\n[web:vars]\n${v.env.toLowerCase()}=${v.value}\n` }) },
  { name: "ansible-group-vars", themed: true, multi: true, f: (v, r) => ({ text: `---\n# group_vars/${envOf(r)}.yml\napp_name: ${svc(r)}\napp_port: ${r.range(3000, 9000)}\n${v.env.toLowerCase()}: ${isMulti(v) ? "|\n" + indent(v.value, 2) : `"${v.value}"`}\n` }) },
  { name: "docker-run", themed: true, multi: false, f: (v, r) => ({ text: `docker run -d --name ${svc(r)} --restart unless-stopped -p 8080:8080 -e NODE_ENV=production -e ${v.env}=${v.value} registry.example.com/${svc(r)}:latest` }) },
  { name: "docker-compose", themed: true, multi: false, f: (v, r) => ({ text: `services:\n  ${svc(r)}:\n    image: registry.example.com/${svc(r)}:1.${r.range(1, 20)}\n    environment:\n      - LOG_LEVEL=info\n      - ${v.env}=${v.value}\n    ports:\n      - "8080:8080"\n` }) },
  { name: "dockerfile", themed: true, multi: false, f: (v, r) => ({ text: `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nENV ${v.env}=${v.value}\nRUN npm ci --omit=dev\nCMD ["node", "dist/${svc(r)}.js"]\n` }) },
  { name: "docker-config-json", themed: true, multi: false, f: (v, r) => { const u = v.user ?? "ci-bot"; const a = b64(`${u}:${v.value}`); return { text: JSON.stringify({ auths: { [v.host ?? "registry.example.com"]: { auth: a } }, credHelpers: {} }, null, 2), needle: a }; } },
  { name: "npmrc", themed: true, multi: false, f: (v, r) => ({ text: `registry=https://${v.host ?? "artifactory.example.com/artifactory/api/npm/npm-virtual"}/\n//${v.host ?? "artifactory.example.com/artifactory/api/npm/npm-virtual"}/:_authToken=${v.value}\nalways-auth=true\n` }) },
  { name: "maven-settings", themed: true, multi: false, f: (v, r) => ({ text: `<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>${v.user ?? "deployer"}</username>\n      <password>${v.value}</password>\n    </server>\n  </servers>\n</settings>\n` }) },
  { name: "otel-collector", themed: true, multi: false, f: (v, r) => ({ text: `exporters:\n  otlphttp:\n    endpoint: https://otlp.${envOf(r)}.example.net\n    headers:\n      ${v.env.toLowerCase().replace(/_/g, "-")}: "${v.value}"\nservice:\n  pipelines:\n    traces:\n      receivers: [otlp]\n      exporters: [otlphttp]\n` }) },
  { name: "incident-slack", themed: true, multi: false, f: (v, r) => ({ text: `${say(r)}\n:rotating_light: INC-${r.range(1000, 9999)} sev2 — ${svc(r)} returning 401s since the key swap.\nOld value we rolled back to: ${v.env}=${v.value}\nWill rotate again after the postmortem.` }) },
  { name: "agent-env-dump", themed: true, multi: false, f: (v, r) => ({ text: `$ systemctl show ${svc(r)}-agent -p Environment\nEnvironment=HOSTNAME=node-${r.range(1, 40)} ${v.env}=${v.value} LOG_LEVEL=warn` }) },
  // ---------------- plain cross-section ----------------
  { name: "dotenv", themed: false, multi: false, f: (v, r) => ({ text: `# ${svc(r)} local\nPORT=${r.range(3000, 9000)}\n${v.env}=${v.value}\nDEBUG=false\n` }) },
  { name: "shell-export", themed: false, multi: false, f: (v) => ({ text: `export ${v.env}="${v.value}"\nnpm run dev` }) },
  { name: "curl-bearer", themed: false, multi: false, f: (v, r) => ({ text: `curl -sS https://api.example.com/v1/${svc(r)} -H "Authorization: Bearer ${v.value}" -H "Accept: application/json"` }) },
  { name: "url-query", themed: false, multi: false, f: (v, r) => { const e = encodeURIComponent(v.value); return { text: `GET https://hooks.example.io/ingest?source=${svc(r)}&${v.env.toLowerCase()}=${e}&ts=${r.range(1700000000, 1790000000)}`, needle: e }; } },
  { name: "chat-openai-dotenv", themed: false, multi: true, f: (v, r) => { const body = JSON.stringify({ model: "gpt-4o", messages: [{ role: "system", content: "You are a senior platform engineer." }, { role: "user", content: `${say(r)}\n\n\`\`\`\n${v.env}=${v.value}\nREGION=eu-west-1\n\`\`\`` }] }); return { text: body, needle: jsonInner(v.value) }; } },
  { name: "anthropic-tool-use", themed: false, multi: true, f: (v, r) => { const body = JSON.stringify({ role: "assistant", content: [{ type: "tool_use", id: "toolu_01" + r.a(22), name: "write_file", input: { path: `config/${envOf(r)}.env`, content: `${v.env}=${v.value}\n` } }] }); return { text: body, needle: jsonInner(v.value) }; } },
  { name: "openai-tool-call-shell", themed: false, multi: false, f: (v, r) => { const args = JSON.stringify({ command: `export ${v.env}="${v.value}" && make deploy ENV=${envOf(r)}` }); return { text: JSON.stringify({ tool_calls: [{ id: "call_" + r.a(24), type: "function", function: { name: "run_shell", arguments: args } }] }), needle: v.value }; } },
  { name: "python-code", themed: false, multi: false, f: (v, r) => ({ text: `import os\n\n${v.env} = os.environ.get("${v.env}", "${v.value}")\n\ndef client():\n    return make_client(${v.env.toLowerCase()}=${v.env}, timeout=${r.range(5, 60)})\n` }) },
  { name: "js-config", themed: false, multi: false, f: (v, r) => ({ text: `export default {\n  service: "${svc(r)}",\n  ${v.env.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())}: process.env.${v.env} ?? "${v.value}",\n  retries: ${r.range(1, 5)},\n};\n` }) },
  { name: "go-code", themed: false, multi: false, f: (v, r) => ({ text: `package main\n\nimport "os"\n\nfunc init() {\n\tif os.Getenv("${v.env}") == "" {\n\t\tos.Setenv("${v.env}", "${v.value}")\n\t}\n}\n` }) },
  { name: "diff", themed: false, multi: false, f: (v, r) => ({ text: `Subject: ${say(r)}\n\ndiff --git a/deploy/${envOf(r)}.env b/deploy/${envOf(r)}.env\nindex ${r.h(7)}..${r.h(7)} 100644\n--- a/deploy/${envOf(r)}.env\n+++ b/deploy/${envOf(r)}.env\n@@ -3,3 +3,4 @@ LOG_LEVEL=info\n REGION=eu-west-1\n+${v.env}=${v.value}\n TIMEOUT=30\n` }) },
  { name: "json-log", themed: false, multi: false, f: (v, r) => ({ text: JSON.stringify({ ts: `2026-11-${r.range(10, 28)}T10:${r.range(10, 59)}:00Z`, level: "debug", msg: "loaded config", trace_id: r.h(32), config: { [v.env]: v.value, region: "eu-west-1" } }) }) },
  { name: "b64-env-in-json", themed: false, multi: true, f: (v, r) => { const e = b64(`${v.env}=${v.value}\nREGION=eu-west-1\n`); return { text: JSON.stringify({ tool: "upload_file", arguments: { name: ".env", encoding: "base64", data: e } }), needle: e }; } },
  { name: "chat-markdown", themed: false, multi: true, f: (v, r) => ({ text: `${say(r)}\n\n\`\`\`yaml\n${v.env.toLowerCase()}: ${isMulti(v) ? "|\n" + indent(v.value, 2) : v.value}\n\`\`\`\n` }) },
  { name: "js-split", themed: false, multi: false, f: (v) => { const m = Math.floor(v.value.length / 2); return { text: `const ${v.env.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())} =\n  "${v.value.slice(0, m)}" +\n  "${v.value.slice(m)}";\n`, needle: v.value.slice(m) }; } },
  { name: "toml", themed: false, multi: false, f: (v, r) => ({ text: `[service]\nname = "${svc(r)}"\n\n[credentials]\n${v.env.toLowerCase()} = "${v.value}"\n` }) },
  { name: "properties", themed: false, multi: false, f: (v, r) => ({ text: `spring.application.name=${svc(r)}\napp.${v.env.toLowerCase().replace(/_/g, ".")}=${v.value}\nserver.port=${r.range(8000, 9000)}\n` }) },
  { name: "mcp-tool-result", themed: false, multi: true, f: (v, r) => { const body = JSON.stringify({ jsonrpc: "2.0", id: r.range(1, 99), result: { content: [{ type: "text", text: `$ cat /etc/${svc(r)}/env\n${v.env}=${v.value}\n` }] } }); return { text: body, needle: jsonInner(v.value) }; } },
  { name: "sql-seed", themed: false, multi: false, f: (v, r) => ({ text: `INSERT INTO integrations (tenant_id, provider, ${v.env.toLowerCase()}) VALUES (${r.range(1, 500)}, '${v.provider}', '${v.value}');` }) },
];

export function check(id: string, text: string, needle: string) {
  if (!needle) throw new Error(`${id}: empty value`);
  // A multi-line value re-indented by a YAML/HCL block still counts when every line is present.
  const ok = text.includes(needle) || text.includes(jsonInner(needle)) || (needle.includes("\n") && needle.split("\n").every((l) => l.trim() === "" || text.includes(l)));
  if (!ok) { if (process.env.DBG) console.log(id, JSON.stringify(needle).slice(0, 300), "\n---\n", text.slice(0, 1500)); throw new Error(`${id}: value not present in text`); }
}

export function mk(id: string, category: string, label: "positive" | "benign", text: string, note: string): CorpusCase {
  return { id, kind: "secrets", category, label, text, note };
}
