// Shared generator for heldout-y38: seeded PRNG draws and context renderers. Skipped by the loader.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const AN = UP + LO + DG;
export const LAN = LO + DG;
export const UAN = UP + DG;
export const HX = "0123456789abcdef";
export const UHX = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const URL64 = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen extends SeededRng {
  a(n: number) { return this.str(n, AN); }
  l(n: number) { return this.str(n, LAN); }
  u(n: number) { return this.str(n, UAN); }
  h(n: number) { return this.str(n, HX); }
  H(n: number) { return this.str(n, UHX); }
  d(n: number) { return this.str(n, DG); }
  b64(n: number) { return this.str(n, B64); }
  u64(n: number) { return this.str(n, URL64); }
  uuid() { return [this.h(8), this.h(4), "4" + this.h(3), this.pick(["8", "9", "a", "b"]) + this.h(3), this.h(12)].join("-"); }
  jwt(payload: object) {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.u64(43)].join(".");
  }
  sha() { return this.h(40); }
  ip() { return `10.${this.range(0, 255)}.${this.range(0, 255)}.${this.range(1, 254)}`; }
  ts() { return `2026-${String(this.range(1, 11)).padStart(2, "0")}-${String(this.range(1, 28)).padStart(2, "0")}T${String(this.range(0, 23)).padStart(2, "0")}:${String(this.range(10, 59))}:${String(this.range(10, 59))}Z`; }
}

/** Joins parts so no literal token lives in the source. */
export const j = (...p: string[]) => p.join("");

/** A credential spec: group, provider name, slot (env var / config key), builder. */
export interface Spec {
  group: string;
  provider: string;
  env: string;
  make: (g: Gen) => string;
  /** extra env vars that go with it (e.g. an id next to a secret), built at run time */
  extra?: (g: Gen) => Record<string, string>;
}

export const sp = (group: string, provider: string, env: string, make: (g: Gen) => string, extra?: (g: Gen) => Record<string, string>): Spec => ({ group, provider, env, make, extra });

const je = (s: string) => JSON.stringify(s).slice(1, -1);
const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const kebab = (env: string) => env.toLowerCase().replace(/_/g, "-");
const dotted = (env: string) => env.toLowerCase().replace(/_/g, ".");

export interface Ctx { env: string; value: string; provider: string; extra: Record<string, string> }
type Renderer = { name: string; render: (g: Gen, c: Ctx) => string };

const envBlock = (c: Ctx, g: Gen) => {
  const lines = [`NODE_ENV=production`, `PORT=${g.range(3000, 9000)}`, `LOG_LEVEL=info`];
  for (const [k, v] of Object.entries(c.extra)) lines.push(`${k}=${v}`);
  lines.push(`${c.env}=${c.value}`);
  lines.push(`DATABASE_POOL_SIZE=${g.range(5, 20)}`);
  return lines.join("\n");
};

export const RENDERERS: Renderer[] = [
  { name: "OpenAI chat body with pasted .env", render: (g, c) => JSON.stringify({
    model: "gpt-4.1", temperature: 0.2,
    messages: [
      { role: "system", content: "You are a coding assistant working in the user's repository." },
      { role: "user", content: `My app won't start in prod, here is my .env:\n\n\`\`\`\n${envBlock(c, g)}\n\`\`\`\nWhat is wrong?` },
    ] }, null, 2) },
  { name: "Anthropic messages body with tool_use write_file", render: (g, c) => JSON.stringify({
    model: "claude-sonnet-4-5", max_tokens: 4096,
    messages: [
      { role: "user", content: "Add the config module for the integration." },
      { role: "assistant", content: [
        { type: "text", text: "I'll create the config file." },
        { type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "src/config/integration.ts", content: `export const config = {\n  region: "us-east-1",\n  ${camel(c.env)}: process.env.${c.env} ?? "${c.value}",\n  timeoutMs: ${g.range(1000, 30000)},\n};\n` } },
      ] },
    ] }) },
  { name: "OpenAI tool_calls shell command (double-escaped)", render: (g, c) => JSON.stringify({
    model: "gpt-4o", messages: [
      { role: "user", content: "Deploy the worker with the right env." },
      { role: "assistant", content: null, tool_calls: [{ id: "call_" + g.a(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `fly secrets set ${c.env}="${c.value}" --app worker-${g.l(5)} && fly deploy` }) } }] },
    ] }) },
  { name: "MCP tool result echoed back", render: (g, c) => JSON.stringify({
    jsonrpc: "2.0", id: g.range(1, 400), result: { content: [{ type: "text", text: `$ cat config/secrets.yml\nproduction:\n  ${c.env.toLowerCase()}: ${c.value}\n  region: eu-west-1\n` }], isError: false } }) },
  { name: "shell export in history", render: (g, c) => [
    `  ${g.range(400, 900)}  cd ~/src/api`,
    `  ${g.range(901, 990)}  export ${c.env}=${c.value}`,
    `  ${g.range(991, 999)}  npm run dev`,
  ].join("\n") },
  { name: "docker run -e", render: (g, c) => `docker run --rm -d \\\n  --name api-${g.l(4)} \\\n  -p 8080:8080 \\\n  -e ${c.env}=${c.value} \\\n  registry.internal/api:${g.range(1, 9)}.${g.range(0, 20)}.${g.range(0, 9)}` },
  { name: "curl with header", render: (g, c) => `curl -sS -X POST https://api.example-service.io/v1/jobs \\\n  -H "Content-Type: application/json" \\\n  -H "X-Api-Key: ${c.value}" \\\n  -d '{"name":"nightly-${g.l(4)}","retries":3}'` },
  { name: "curl bearer", render: (g, c) => `curl -H "Authorization: Bearer ${c.value}" \\\n     "https://api.internal.dev/v2/projects/${g.range(100, 999)}/members?limit=50"` },
  { name: "raw HTTP request dump", render: (g, c) => [
    `POST /v1/ingest HTTP/1.1`, `Host: api.partner-gateway.net`, `User-Agent: python-requests/2.32.3`,
    `Accept: */*`, `Content-Type: application/json`, `Authorization: Bearer ${c.value}`, `X-Request-Id: ${g.uuid()}`, ``,
    `{"events":[{"type":"signup","ts":"${g.ts()}"}]}`].join("\r\n") },
  { name: "URL query string in log", render: (g, c) => `${g.ts()} INFO  http.client GET https://api.vendor-hub.com/v3/search?q=shoes&${c.env.toLowerCase()}=${encodeURIComponent(c.value)}&page=2 -> 200 (${g.range(20, 900)}ms)` },
  { name: "form-encoded body", render: (g, c) => `POST /oauth/token HTTP/1.1\nHost: auth.partner.io\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-${g.l(6)}&${c.env.toLowerCase()}=${encodeURIComponent(c.value)}&scope=read` },
  { name: "multipart body", render: (g, c) => {
    const b = "----WebKitFormBoundary" + g.a(16);
    return [`Content-Type: multipart/form-data; boundary=${b}`, ``, `--${b}`, `Content-Disposition: form-data; name="file"; filename="report.csv"`, `Content-Type: text/csv`, ``, `id,total\n1,20\n`, `--${b}`, `Content-Disposition: form-data; name="${c.env.toLowerCase()}"`, ``, c.value, `--${b}--`].join("\r\n"); } },
  { name: "JSON request body", render: (g, c) => JSON.stringify({ integration: { name: "sync-" + g.l(5), enabled: true, credentials: { [camel(c.env)]: c.value, ...Object.fromEntries(Object.entries(c.extra).map(([k, v]) => [camel(k), v])) } }, retry: { max: 5 } }, null, 2) },
  { name: "docker-compose YAML", render: (g, c) => `services:\n  api:\n    image: ghcr.io/acme/api:${g.range(1, 5)}.${g.range(0, 9)}\n    ports:\n      - "8080:8080"\n    environment:\n${Object.entries(c.extra).map(([k, v]) => `      ${k}: "${v}"\n`).join("")}      ${c.env}: "${c.value}"\n      REDIS_HOST: redis\n  redis:\n    image: redis:7-alpine\n` },
  { name: "Helm values YAML", render: (g, c) => `replicaCount: ${g.range(1, 4)}\nimage:\n  repository: acme/worker\n  tag: "${g.h(7)}"\nenv:\n  ${camel(c.env)}: ${c.value}\nresources:\n  limits:\n    memory: 512Mi\n` },
  { name: "TOML config", render: (g, c) => `[server]\nhost = "0.0.0.0"\nport = ${g.range(3000, 9000)}\n\n[integrations.${c.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${Object.entries(c.extra).map(([k, v]) => `${k.toLowerCase()} = "${v}"\n`).join("")}${c.env.toLowerCase()} = "${c.value}"\ntimeout = 30\n` },
  { name: "INI config", render: (g, c) => `[default]\nregion = us-west-2\noutput = json\n\n[${kebab(c.env).split("-")[0]}]\n${Object.entries(c.extra).map(([k, v]) => `${k.toLowerCase()} = ${v}\n`).join("")}${c.env.toLowerCase()} = ${c.value}\n` },
  { name: "Java .properties", render: (g, c) => `spring.application.name=billing-${g.l(4)}\nserver.port=${g.range(8000, 8999)}\n${Object.entries(c.extra).map(([k, v]) => `app.${dotted(k)}=${v}\n`).join("")}app.${dotted(c.env)}=${c.value}\nlogging.level.root=INFO\n` },
  { name: "JSON config file", render: (g, c) => JSON.stringify({ name: "svc-" + g.l(5), version: `${g.range(1, 3)}.${g.range(0, 9)}.${g.range(0, 9)}`, settings: { debug: false, [camel(c.env)]: c.value, ...Object.fromEntries(Object.entries(c.extra).map(([k, v]) => [camel(k), v])) } }, null, 2) },
  { name: "Terraform HCL", render: (g, c) => `provider "${c.provider.toLowerCase().split(/[^a-z0-9]/)[0]}" {\n${Object.entries(c.extra).map(([k, v]) => `  ${k.toLowerCase()} = "${v}"\n`).join("")}  ${c.env.toLowerCase()} = "${c.value}"\n}\n\nresource "null_resource" "bootstrap_${g.l(4)}" {}\n` },
  { name: "XML config", render: (g, c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${Object.entries(c.extra).map(([k, v]) => `    <add key="${k}" value="${v}" />\n`).join("")}    <add key="${c.env}" value="${c.value}" />\n  </appSettings>\n</configuration>` },
  { name: "Python code", render: (g, c) => `import os\nimport httpx\n\n${c.env} = os.environ.get("${c.env}", "${c.value}")\n\nclient = httpx.Client(base_url="https://api.service.io", headers={"Authorization": f"Bearer {${c.env}}"}, timeout=${g.range(5, 60)})\n\ndef fetch(item_id: str) -> dict:\n    r = client.get(f"/items/{item_id}")\n    r.raise_for_status()\n    return r.json()\n` },
  { name: "TypeScript SDK constructor", render: (g, c) => `import { Client } from "./client";\n\nexport const client = new Client({\n  ${camel(c.env)}: "${c.value}",\n${Object.entries(c.extra).map(([k, v]) => `  ${camel(k)}: "${v}",\n`).join("")}  retries: ${g.range(1, 5)},\n});\n` },
  { name: "Go code", render: (g, c) => `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst default${camel(c.env).replace(/^./, (x) => x.toUpperCase())} = "${c.value}"\n\nfunc newReq(url string) (*http.Request, error) {\n\treq, err := http.NewRequest("GET", url, nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tkey := os.Getenv("${c.env}")\n\tif key == "" {\n\t\tkey = default${camel(c.env).replace(/^./, (x) => x.toUpperCase())}\n\t}\n\treq.Header.Set("Authorization", "Bearer "+key)\n\treturn req, nil\n}\n` },
  { name: "Ruby code", render: (g, c) => `# config/initializers/${c.env.toLowerCase()}.rb\nRails.application.configure do\n  config.x.integration.${c.env.toLowerCase()} = ENV.fetch("${c.env}", "${c.value}")\n  config.x.integration.timeout = ${g.range(5, 30)}\nend\n` },
  { name: "C# code", render: (g, c) => `public static class Secrets\n{\n    public const string ${camel(c.env).replace(/^./, (x) => x.toUpperCase())} = "${c.value}";\n    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(${g.range(5, 60)});\n}\n` },
  { name: "PHP code", render: (g, c) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${c.env.toLowerCase()}' => env('${c.env}', '${c.value}'),\n    'timeout' => ${g.range(5, 60)},\n];\n` },
  { name: "Java code", render: (g, c) => `public final class ApiConfig {\n    private static final String ${c.env} = "${c.value}";\n\n    public static HttpRequest.Builder base(URI uri) {\n        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + ${c.env});\n    }\n}\n` },
  { name: "Rust code", render: (g, c) => `fn client() -> reqwest::Client {\n    let key = std::env::var("${c.env}").unwrap_or_else(|_| "${c.value}".to_string());\n    let mut h = reqwest::header::HeaderMap::new();\n    h.insert("authorization", format!("Bearer {key}").parse().unwrap());\n    reqwest::Client::builder().default_headers(h).build().unwrap()\n}\n` },
  { name: "pytest fixture", render: (g, c) => `import pytest\n\n@pytest.fixture\ndef live_client(monkeypatch):\n    monkeypatch.setenv("${c.env}", "${c.value}")\n    from app.client import Client\n    return Client.from_env()\n` },
  { name: "GitHub Actions CI log", render: (g, c) => [
    `${g.ts()} ##[group]Run ./scripts/deploy.sh`, `${g.ts()} + echo "deploying ${g.h(7)}"`, `${g.ts()} deploying ${g.h(7)}`,
    `${g.ts()} + ./bin/cli configure --${kebab(c.env)} ${c.value}`, `${g.ts()} configured profile default`, `${g.ts()} ##[endgroup]`].join("\n") },
  { name: "GitHub Actions workflow", render: (g, c) => `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${c.env}: ${c.value}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n` },
  { name: "Python traceback with locals", render: (g, c) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line ${g.range(20, 300)}, in run\n    resp = session.post(url, json=payload)\n    locals:\n      url = 'https://api.vendor.io/v1/sync'\n      ${c.env.toLowerCase()} = '${c.value}'\n      payload = {'batch': ${g.range(1, 99)}}\nrequests.exceptions.HTTPError: 502 Server Error: Bad Gateway` },
  { name: "Jupyter notebook cell", render: (g, c) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: g.range(1, 30), metadata: {}, outputs: [], source: ["import os\n", `os.environ[\"${c.env}\"] = \"${c.value}\"\n`, "df = load_dataset()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", render: (g, c) => `INSERT INTO integration_credentials (id, provider, key_name, secret_value, created_at)\nVALUES (${g.range(1, 999)}, '${c.provider}', '${c.env}', '${c.value}', now());\n` },
  { name: "Markdown setup doc", render: (g, c) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the team key:\n\n   \`\`\`bash\n   ${c.env}=${c.value}\n   \`\`\`\n\n3. Run \`make dev\`.\n` },
  { name: "git diff", render: (g, c) => `diff --git a/.env.production b/.env.production\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,3 +3,4 @@ APP_URL=https://app.acme.dev\n LOG_LEVEL=warn\n SENTRY_ENV=production\n+${c.env}=${c.value}\n` },
  { name: "Slack-style chat message", render: (g, c) => JSON.stringify({ channel: "C0" + g.u(9), text: `hey, the ${c.provider} key rotated, new one is ${c.value} — update your .env pls`, ts: `${g.d(10)}.${g.d(6)}` }) },
  { name: "Dockerfile", render: (g, c) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nENV ${c.env}=${c.value}\nEXPOSE 3000\nCMD ["node", "dist/server.js"]\n` },
  { name: "k8s Secret stringData", render: (g, c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${kebab(c.env)}\n  namespace: prod\ntype: Opaque\nstringData:\n  ${c.env}: "${c.value}"\n` },
];

export function build(prefix: string, seed: number, specs: Spec[], count: number, offset = 0): CorpusCase[] {
  const g = new Gen(seed);
  const out: CorpusCase[] = [];
  for (let i = 0; i < count; i++) {
    const n = specs.length;
    // first pass in order; further passes stride through the list so repeats spread over groups
    const s = specs[i < n ? i : ((i - n) * 7 + 3) % n]!;
    const r = RENDERERS[(i * 7 + offset + Math.floor(i / specs.length)) % RENDERERS.length]!;
    const value = s.make(g);
    const extra = s.extra ? s.extra(g) : {};
    out.push({
      id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: `heldouty38-sec-${s.group}`,
      label: "positive",
      text: r.render(g, { env: s.env, value, provider: s.provider, extra }),
      note: `${s.provider}, slot ${s.env}, context: ${r.name}`,
    });
  }
  return out;
}
