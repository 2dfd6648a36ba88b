// Run-time builders for heldout-y7: every credential-shaped value is assembled here from a split
// prefix and a body drawn from a seeded mulberry32 PRNG (high bits of each draw), so the repository
// never holds a literal credential and the output is deterministic.
import { mulberry32 } from "../../helpers/prng.ts";

export { mulberry32 };

export const AL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LO = "abcdefghijklmnopqrstuvwxyz0123456789";
export const LET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const DG = "0123456789";
export const B64 = AL + "+/";
export const B64U = AL + "_-";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

export class Gen {
  r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  s(n: number, alpha = AL): string {
    let o = "";
    for (let i = 0; i < n; i++) o += alpha[Math.floor(this.r() * alpha.length)];
    return o;
  }
  hex(n: number) { return this.s(n, HX); }
  d(n: number) { return this.s(1, "123456789") + this.s(n - 1, DG); }
  uuid() { return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.s(1, "89ab")}${this.hex(3)}-${this.hex(12)}`; }
  pick<T>(xs: T[]): T { return xs[Math.floor(this.r() * xs.length)]!; }
  j(...parts: string[]) { return parts.join(""); }
  b64(n: number) {
    // n raw bytes -> base64 text
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++) bytes[i] = Math.floor(this.r() * 256);
    return Buffer.from(bytes).toString("base64");
  }
  pem(label: string, bytes: number, lead = "") {
    const body = lead + this.b64(bytes).slice(lead.length);
    const lines = body.match(/.{1,64}/g)!.join("\n");
    return ["-----BEGIN ", label, "-----\n", lines, "\n-----END ", label, "-----"].join("");
  }
  openssh() {
    return this.pem(["OPENSSH", " PRIVATE KEY"].join(""), 400, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW");
  }
  jwt(payload: object, alg = "HS256") {
    const e = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [e({ alg, typ: "JWT" }), e(payload), this.s(43, B64U)].join(".");
  }
}

export const b64 = (s: string) => Buffer.from(s).toString("base64");

export interface Spec {
  /** provider label */
  p: string;
  /** category group */
  g: string;
  /** variable / config name a developer would use */
  n: string;
  /** the secret value */
  v: string;
  /** host the value is used against */
  h?: string;
  /** shape alone is distinctive (may appear with no name) */
  bare?: boolean;
  /** multi-line value */
  ml?: boolean;
}

type Ctx = (s: Spec, g: Gen) => string;
const host = (s: Spec) => s.h ?? `api.${s.p.toLowerCase().replace(/[^a-z0-9]+/g, "")}.com`;
const camel = (n: string) => n.toLowerCase().replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const chat = (model: string, content: string) =>
  JSON.stringify({ model, max_tokens: 1024, messages: [{ role: "user", content }] });

/** Contexts for single-line values. */
export const CTX: Record<string, Ctx> = {
  chatEnv: (s, g) => chat("claude-sonnet-4-5", `my app won't start, here's my .env:\n\nNODE_ENV=production\nPORT=8080\n${s.n}=${s.v}\nLOG_LEVEL=debug\n\nwhat am I missing?`),
  chatCode: (s) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content: `why does this return 401?\n\n\`\`\`python\nimport requests\n\n${s.n} = "${s.v}"\nresp = requests.get("https://${host(s)}/v1/me", headers={"Authorization": f"Bearer {${s.n}}"})\nprint(resp.status_code, resp.text)\n\`\`\`` }] }),
  chatLog: (s) => chat("claude-opus-4-1", `got this in the worker logs, can you explain?\n\n2025-11-02T09:14:22.811Z ERROR [sync] request failed url=https://${host(s)}/v2/items status=403 config={"${camel(s.n)}":"${s.v}","timeout":30000}\n    at Client.request (/app/node_modules/client/index.js:212:11)`),
  chatYaml: (s) => JSON.stringify({ model: "gemini-2.5-pro", contents: [{ role: "user", parts: [{ text: `Convert this to a Helm values.yaml:\n\nservice:\n  name: billing\n  env:\n    - name: ${s.n}\n      value: "${s.v}"\n    - name: REGION\n      value: eu-west-1` }] }] }),
  toolWrite: (s) => JSON.stringify({ type: "tool_use", id: "toolu_01", name: "write_file", input: { path: "config/settings.json", content: JSON.stringify({ service: "ingest", [camel(s.n)]: s.v, retries: 3 }, null, 2) } }),
  toolBash: (s) => JSON.stringify({ name: "bash", arguments: JSON.stringify({ command: `${s.n}='${s.v}' npm run deploy -- --env prod` }) }),
  toolHttp: (s) => JSON.stringify({ tool: "http_request", args: { method: "POST", url: `https://${host(s)}/v1/events`, headers: { "Content-Type": "application/json", Authorization: `Bearer ${s.v}` }, body: { event: "deploy" } } }),
  curlH: (s) => `curl -sS -X GET "https://${host(s)}/v1/account" \\\n  -H "Authorization: Bearer ${s.v}" \\\n  -H "Accept: application/json"`,
  curlV: (s) => `$ curl -v https://${host(s)}/v1/status -H 'X-Api-Key: ${s.v}'\n*   Trying 203.0.113.7:443...\n* Connected to ${host(s)} port 443\n> GET /v1/status HTTP/2\n> Host: ${host(s)}\n> user-agent: curl/8.5.0\n> x-api-key: ${s.v}\n>\n< HTTP/2 200\n< content-type: application/json`,
  export: (s) => `export ${s.n}="${s.v}"\n./bin/run-migrations --target prod`,
  dockerRun: (s) => `docker run -d --name worker -e ${s.n}=${s.v} -e TZ=UTC registry.internal/worker:1.8.2`,
  dotenv: (s) => `# production\nAPP_NAME=orders\nDATABASE_POOL=10\n${s.n}=${s.v}\nFEATURE_X=true\n`,
  yaml: (s) => `app:\n  name: orders\n  ${camel(s.n)}: ${s.v}\n  timeout: 30s\n`,
  toml: (s) => `[service]\nname = "orders"\n\n[service.credentials]\n${s.n.toLowerCase()} = "${s.v}"\n`,
  ini: (s) => `[default]\nregion = eu-central-1\n${s.n.toLowerCase()} = ${s.v}\n`,
  props: (s) => `spring.application.name=orders\napp.${camel(s.n)}=${s.v}\nserver.port=8080\n`,
  py: (s) => `import os\nimport httpx\n\n${s.n} = "${s.v}"  # TODO move to env\n\nclient = httpx.Client(base_url="https://${host(s)}", headers={"Authorization": f"Bearer {${s.n}}"})\n`,
  ts: (s) => `import axios from "axios";\n\nconst ${camel(s.n)} = "${s.v}";\n\nexport const api = axios.create({\n  baseURL: "https://${host(s)}",\n  headers: { Authorization: \`Bearer \${${camel(s.n)}}\` },\n});\n`,
  go: (s) => `package main\n\nconst ${camel(s.n)} = "${s.v}"\n\nfunc newReq() *http.Request {\n\treq, _ := http.NewRequest("GET", "https://${host(s)}/v1/me", nil)\n\treq.Header.Set("Authorization", "Bearer "+${camel(s.n)})\n\treturn req\n}\n`,
  rust: (s) => `let client = reqwest::Client::new();\nlet res = client\n    .get("https://${host(s)}/v1/me")\n    .bearer_auth("${s.v}")\n    .send()\n    .await?;\n`,
  java: (s) => `private static final String ${s.n} = "${s.v}";\n\nHttpRequest req = HttpRequest.newBuilder(URI.create("https://${host(s)}/v1/me"))\n    .header("Authorization", "Bearer " + ${s.n}).build();`,
  csharp: (s) => `var client = new HttpClient();\nclient.DefaultRequestHeaders.Add("Authorization", "Bearer ${s.v}");\nvar res = await client.GetAsync("https://${host(s)}/v1/me");`,
  ruby: (s) => `Client.configure do |c|\n  c.${s.n.toLowerCase()} = "${s.v}"\n  c.timeout = 10\nend`,
  php: (s) => `<?php\nreturn [\n    '${s.n.toLowerCase()}' => '${s.v}',\n    'endpoint' => 'https://${host(s)}',\n];`,
  kotlin: (s) => `object Secrets {\n    const val ${s.n} = "${s.v}"\n}`,
  swift: (s) => `enum Config {\n    static let ${camel(s.n)} = "${s.v}"\n}`,
  hcl: (s) => `resource "kubernetes_secret" "app" {\n  metadata { name = "app" }\n  data = {\n    ${s.n} = "${s.v}"\n  }\n}`,
  dockerfile: (s) => `FROM node:20-alpine\nWORKDIR /app\nENV ${s.n}=${s.v}\nCOPY . .\nRUN npm ci && npm run build\nCMD ["node", "dist/server.js"]`,
  gha: (s) => `name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${s.n}: ${s.v}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh`,
  k8s: (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\ndata:\n  ${s.n}: ${b64(s.v)}\n`,
  helm: (s) => `# values-prod.yaml\nreplicaCount: 3\nenv:\n  ${s.n}: "${s.v}"\nresources:\n  limits:\n    memory: 512Mi`,
  compose: (s) => `services:\n  api:\n    image: ghcr.io/acme/api:2.3\n    environment:\n      - ${s.n}=${s.v}\n      - PORT=3000\n`,
  har: (s) => JSON.stringify({ log: { entries: [{ startedDateTime: "2025-10-01T10:00:00Z", request: { method: "GET", url: `https://${host(s)}/v1/items?limit=50`, headers: [{ name: "accept", value: "*/*" }, { name: "authorization", value: `Bearer ${s.v}` }] }, response: { status: 200 } }] } }, null, 1),
  ciLog: (s) => `2025-11-03T12:00:01.1Z ##[group]Run ./scripts/deploy.sh\n2025-11-03T12:00:01.2Z + env | sort\n2025-11-03T12:00:01.2Z CI=true\n2025-11-03T12:00:01.2Z HOME=/home/runner\n2025-11-03T12:00:01.2Z ${s.n}=${s.v}\n2025-11-03T12:00:01.3Z RUNNER_OS=Linux`,
  tfPlan: (s) => `  # module.app.aws_ssm_parameter.token will be created\n  + resource "aws_ssm_parameter" "token" {\n      + name  = "/prod/${s.n.toLowerCase()}"\n      + type  = "String"\n      + value = "${s.v}"\n    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.`,
  tfState: (s) => JSON.stringify({ version: 4, terraform_version: "1.9.5", resources: [{ mode: "managed", type: "vercel_project_environment_variable", name: "k", instances: [{ attributes: { key: s.n, value: s.v, target: ["production"] } }] }] }, null, 2),
  nb: (s) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, source: ["import os\n", `os.environ["${s.n}"] = "${s.v}"\n`, "client = make_client()\n"], outputs: [] }], nbformat: 4, nbformat_minor: 5 }),
  sql: (s) => `INSERT INTO integrations (id, tenant_id, provider, api_secret, created_at) VALUES\n  (17, 4, '${s.p}', '${s.v}', NOW());`,
  transcript: (s) => `User: ok here's the whole .env, can you see why staging breaks?\n\`\`\`\nDEBUG=false\n${s.n}=${s.v}\nSENTRY_ENVIRONMENT=staging\n\`\`\`\nAssistant: Let me look at the values.`,
  crash: (s) => `Traceback (most recent call last):\n  File "/srv/app/jobs/sync.py", line 88, in run\n    client = Client(api_key=api_key)\n  File "/srv/app/vendor/client.py", line 41, in __init__\n    raise AuthError(f"rejected key {api_key!r}")\nAuthError: rejected key '${s.v}'\n\nLocals: api_key='${s.v}' retries=3`,
  md: (s) => `## Staging access\n\nUse the service token below for the smoke tests (rotate after the demo):\n\n\`${s.n}=${s.v}\`\n\nPing #platform if it stops working.`,
  diff: (s) => `diff --git a/config/prod.env b/config/prod.env\nindex 3f2a1c4..9b8e7d2 100644\n--- a/config/prod.env\n+++ b/config/prod.env\n@@ -3,3 +3,4 @@ APP_ENV=production\n LOG_LEVEL=info\n+${s.n}=${s.v}\n CACHE_TTL=300`,
  query: (s) => `GET https://${host(s)}/v1/report?format=csv&${camel(s.n)}=${encodeURIComponent(s.v)}&from=2025-10-01`,
  pulumi: (s) => `$ pulumi config set --secret ${camel(s.n)} ${s.v}\n$ pulumi up --yes --stack prod`,
  splitPy: (s) => { const k = Math.floor(s.v.length / 2); return `${s.n} = (\n    "${s.v.slice(0, k)}"\n    "${s.v.slice(k)}"\n)`; },
};

/** Contexts where only the value appears, no name (distinctive shapes only). */
export const BARE: Record<string, Ctx> = {
  bareLine: (s) => `${s.v}\n`,
  chatBare: (s) => chat("claude-haiku-4-5", `is this token still valid or do I need a new one?\n${s.v}`),
  toolBare: (s) => JSON.stringify({ name: "run_terminal_cmd", arguments: { command: `echo '${s.v}' | pbcopy` } }),
  mdBare: (s) => `here you go:\n\n    ${s.v}\n\nthanks!`,
};

/** Contexts for multi-line values (PEM etc.). */
export const ML: Record<string, Ctx> = {
  chatPem: (s) => chat("claude-sonnet-4-5", `ssh keeps saying "invalid format" for this key, what's wrong with it?\n\n${s.v}`),
  envQuoted: (s) => `${s.n}="${s.v.replace(/\n/g, "\\n")}"\n`,
  k8sPem: (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${s.n.toLowerCase().replace(/_/g, "-")}\ntype: Opaque\ndata:\n  key.pem: ${b64(s.v)}\n`,
  yamlBlock: (s) => `tls:\n  enabled: true\n  ${camel(s.n)}: |\n${s.v.split("\n").map((l) => "    " + l).join("\n")}\n`,
  toolWritePem: (s) => JSON.stringify({ name: "write_file", input: { path: `~/.ssh/${s.n.toLowerCase()}`, content: s.v + "\n" } }),
  tfVar: (s) => `variable "${s.n.toLowerCase()}" {\n  default = <<EOT\n${s.v}\nEOT\n}`,
};

/** Builds cases from specs, rotating contexts deterministically. */
export function build(prefix: string, specs: Spec[], g: Gen, bareEvery = 5) {
  const keys = Object.keys(CTX), bkeys = Object.keys(BARE), mkeys = Object.keys(ML);
  let ci = Math.floor(g.r() * keys.length), bi = 0, mi = 0;
  return specs.map((s, i) => {
    let ctx: string, text: string;
    if (s.ml) { ctx = mkeys[mi++ % mkeys.length]!; text = ML[ctx]!(s, g); }
    else if (s.bare && i % bareEvery === 0) { ctx = bkeys[bi++ % bkeys.length]!; text = BARE[ctx]!(s, g); }
    else { ctx = keys[ci++ % keys.length]!; text = CTX[ctx]!(s, g); }
    return {
      id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: `heldouty7-sec-${s.g}`,
      label: "positive" as const,
      text,
      note: `${s.p} in ${ctx}`,
    };
  });
}
