// Shared PRNG helpers and context renderers for heldout-y94 (skipped by the loader: starts with `_`).
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const ALNUM = UP + LO + DIG;
export const LALNUM = LO + DIG;
export const UALNUM = UP + DIG;
export const HEXS = "0123456789abcdef";
export const B64 = ALNUM + "+/";
export const URLSAFE = ALNUM + "_-";

export class Gen extends SeededRng {
  a(n: number) { return this.str(n, ALNUM); }
  l(n: number) { return this.str(n, LALNUM); }
  u(n: number) { return this.str(n, UALNUM); }
  h(n: number) { return this.str(n, HEXS); }
  H(n: number) { return this.str(n, "0123456789ABCDEF"); }
  d(n: number) { return this.str(1, "123456789") + this.str(n - 1, DIG); }
  b64(n: number) { return this.str(n, B64); }
  us(n: number) { return this.str(n, URLSAFE); }
  uuid() { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  jwt(payload: Record<string, unknown>) {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.us(43)].join(".");
  }
  pw(n: number) { return this.str(n, ALNUM + "!#%^*_-"); }
}

/** One credential occurrence: provider, group, env-var style name, value, how it rides in HTTP. */
export interface Spec {
  p: string;            // provider / credential name for the note
  g: string;            // group
  env: string;          // ENV_VAR style name
  v: string;            // value
  hdr?: string;         // HTTP header prefix, e.g. "Authorization: Bearer " or "X-Api-Key: "
  host?: string;        // API host
}

const snake = (env: string) => env.toLowerCase();
const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const j = (s: string) => JSON.stringify(s);

type R = (s: Spec, g: Gen) => string;
const hdr = (s: Spec) => s.hdr ?? "Authorization: Bearer ";
const host = (s: Spec) => s.host ?? `api.${s.p.toLowerCase().replace(/[^a-z0-9]+/g, "")}.com`;

export const RENDERERS: [string, R][] = [
  ["openai chat body, pasted .env (JSON-escaped)", (s, g) => JSON.stringify({ model: "gpt-4o", messages: [
    { role: "system", content: "You are a helpful coding assistant." },
    { role: "user", content: `my app won't boot, here's my .env:\n\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${s.env}=${s.v}\nREDIS_HOST=cache.internal\n\nwhat's wrong?` }], temperature: 0.2 }, null, 2)],
  ["anthropic tool_use write_file .env", (s, g) => JSON.stringify({ role: "assistant", content: [
    { type: "text", text: "I'll create the environment file." },
    { type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: ".env.production", content: `# generated\nAPP_NAME=billing-svc\n${s.env}=${s.v}\nFEATURE_FLAGS=beta,search\n` } }] }, null, 2)],
  ["openai tool_calls shell export (double-escaped)", (s, g) => JSON.stringify({ role: "assistant", content: null, tool_calls: [
    { id: `call_${g.a(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s.env}="${s.v}" && npm run deploy -- --env prod` }) } }] }, null, 2)],
  ["MCP tool result echoing config.yaml", (s, g) => JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [
    { type: "text", text: `config/settings.yaml:\nservice:\n  name: ingest\n  replicas: 3\n${s.p.toLowerCase().replace(/[^a-z0-9]+/g, "_")}:\n  ${snake(s.env)}: ${s.v}\n  timeout_ms: 5000\n` }], isError: false } }, null, 2)],
  ["curl header", (s) => `$ curl -sS -X GET "https://${host(s)}/v1/me" \\\n    -H "${hdr(s)}${s.v}" \\\n    -H "Accept: application/json"\n`],
  ["raw HTTP request header", (s, g) => `POST /v2/events HTTP/1.1\r\nHost: ${host(s)}\r\nUser-Agent: agent-runner/1.8.2\r\n${hdr(s)}${s.v}\r\nContent-Type: application/json\r\nContent-Length: ${g.range(40, 300)}\r\n\r\n{"event":"build.finished","status":"ok"}`],
  ["URL query string", (s, g) => `GET https://${host(s)}/api/v1/search?q=release+notes&limit=${g.range(5, 50)}&${snake(s.env)}=${encodeURIComponent(s.v)} -> 200 OK (${g.range(40, 900)}ms)`],
  ["form body", (s) => `POST /oauth/token HTTP/1.1\nHost: ${host(s)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=read%20write&${snake(s.env)}=${encodeURIComponent(s.v)}`],
  ["multipart form field", (s, g) => { const b = `----WebKitFormBoundary${g.a(16)}`; return `POST /upload HTTP/1.1\nHost: ${host(s)}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${snake(s.env)}"\n\n${s.v}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,amount\n1,20\n--${b}--`; }],
  ["JSON request body", (s, g) => `fetch("https://${host(s)}/v1/connect", {\n  method: "POST",\n  headers: { "content-type": "application/json" },\n  body: ${j(JSON.stringify({ workspace: "acme", [camel(s.env)]: s.v, retries: 3 }))}\n});`],
  [".env file", (s) => `# .env\nDATABASE_POOL=10\nSENTRY_ENVIRONMENT=production\n${s.env}=${s.v}\nTZ=UTC\n`],
  ["YAML config", (s) => `# config/production.yml\nserver:\n  port: 3000\n  host: 0.0.0.0\nintegrations:\n  ${snake(s.p.replace(/[^A-Za-z0-9]+/g, "_"))}:\n    enabled: true\n    ${snake(s.env)}: "${s.v}"\n`],
  ["TOML config", (s) => `[package]\nname = "worker"\n\n[${snake(s.p.replace(/[^A-Za-z0-9]+/g, "_"))}]\nendpoint = "https://${host(s)}"\n${snake(s.env)} = "${s.v}"\ntimeout = 30\n`],
  ["INI config", (s) => `; settings.ini\n[general]\ndebug = false\n\n[${s.p.replace(/[^A-Za-z0-9]+/g, "")}]\n${snake(s.env)} = ${s.v}\nregion = eu-west-1\n`],
  ["Java .properties", (s) => `# application-prod.properties\nspring.application.name=orders\nserver.port=8443\napp.${camel(s.env)}=${s.v}\nlogging.level.root=INFO\n`],
  ["JSON config", (s) => JSON.stringify({ name: "ingest", version: "2.3.1", [s.p.toLowerCase().replace(/[^a-z0-9]+/g, "")]: { [camel(s.env)]: s.v, baseUrl: `https://${host(s)}` } }, null, 2)],
  ["Terraform HCL", (s) => `variable "region" { default = "us-east-1" }\n\nresource "kubernetes_secret" "app" {\n  metadata { name = "app-secrets" }\n  data = {\n    ${s.env} = "${s.v}"\n  }\n}\n`],
  ["XML app.config", (s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.env}" value="${s.v}" />\n  </appSettings>\n</configuration>\n`],
  ["Python SDK constructor", (s) => `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\n# TODO move to secrets manager\n${snake(s.env)} = os.environ.get("${s.env}", "${s.v}")\nclient = Client(api_key=${snake(s.env)}, timeout=30)\n`],
  ["TypeScript client", (s) => `import { createClient } from "./client";\n\nexport const client = createClient({\n  baseUrl: "https://${host(s)}",\n  apiKey: process.env.${s.env} ?? "${s.v}",\n});\n`],
  ["Go code", (s) => `package main\n\nimport (\n\t"os"\n)\n\nfunc apiKey() string {\n\tif v := os.Getenv("${s.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${s.v}"\n}\n`],
  ["Java code", (s) => `public final class Config {\n    private static final String ${s.env} = "${s.v}";\n\n    public static String key() { return ${s.env}; }\n}\n`],
  ["C# code", (s) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", c => {\n    c.BaseAddress = new Uri("https://${host(s)}");\n    c.DefaultRequestHeaders.Add("Authorization", "Bearer ${s.v}");\n});\n`],
  ["Ruby code", (s) => `# config/initializers/upstream.rb\nUpstream.configure do |config|\n  config.${snake(s.env)} = ENV.fetch("${s.env}", "${s.v}")\n  config.timeout = 15\nend\n`],
  ["PHP code", (s) => `<?php\nreturn [\n    'driver' => 'http',\n    '${snake(s.env)}' => env('${s.env}', '${s.v}'),\n    'timeout' => 10,\n];\n`],
  ["Rust test fixture", (s) => `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[tokio::test]\n    async fn connects() {\n        let c = Client::new("${s.v}");\n        assert!(c.ping().await.is_ok());\n    }\n}\n`],
  ["GitHub Actions CI log", (s, g) => `2026-11-${g.range(10, 28)}T0${g.range(1, 9)}:1${g.range(0, 9)}:0${g.range(0, 9)}.${g.d(7)}Z ##[group]Run ./scripts/deploy.sh\n2026-11-${g.range(10, 28)}T0${g.range(1, 9)}:1${g.range(0, 9)}:0${g.range(0, 9)}.${g.d(7)}Z + echo "using ${s.env}=${s.v}"\nusing ${s.env}=${s.v}\n##[endgroup]\nDeploying to production... done`],
  ["shell history", (s, g) => `  ${g.range(300, 900)}  cd ~/src/api\n  ${g.range(901, 950)}  git pull --rebase\n  ${g.range(951, 990)}  export ${s.env}=${s.v}\n  ${g.range(991, 999)}  make run\n`],
  ["Python crash dump with locals", (s) => `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    resp = session.post(url, headers=headers)\n  File "/usr/lib/python3.11/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${host(s)}', port=443)\n\nLocals at frame run:\n    url = 'https://${host(s)}/v1/sync'\n    headers = {'${hdr(s).split(":")[0]}': '${hdr(s).split(": ")[1] ?? ""}${s.v}'}\n    retries = 3\n`],
  ["Jupyter notebook cell", (s) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.env}"] = "${s.v}"\n`, "df = load_frame('events')\n"] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1)],
  ["SQL seed insert", (s, g) => `-- seed integrations\nINSERT INTO integrations (id, provider, ${snake(s.env)}, created_at)\nVALUES (${g.range(1, 400)}, '${s.p}', '${s.v}', now());\n`],
  ["Markdown setup doc", (s) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the key we share for staging+prod:\n\n\`\`\`bash\n${s.env}=${s.v}\n\`\`\`\n\n3. Run \`make dev\`.\n`],
  ["unified diff", (s, g) => `diff --git a/config/prod.env b/config/prod.env\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/config/prod.env\n+++ b/config/prod.env\n@@ -3,4 +3,4 @@ APP_ENV=production\n LOG_FORMAT=json\n-${s.env}=\n+${s.env}=${s.v}\n CACHE_TTL=300\n`],
  ["chat message", (s) => `hey, prod ${s.p} creds for the migration tonight: ${s.v} - ping me once you're done and I'll rotate`],
  ["docker-compose", (s) => `services:\n  api:\n    image: ghcr.io/acme/api:1.14.0\n    ports: ["8080:8080"]\n    environment:\n      - NODE_ENV=production\n      - ${s.env}=${s.v}\n`],
  ["Kubernetes Secret stringData", (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n  ${s.env}: "${s.v}"\n`],
  ["docker run -e", (s) => `$ docker run --rm -d --name worker -e ${s.env}=${s.v} -e LOG_LEVEL=debug acme/worker:latest`],
  ["Dockerfile ENV", (s) => `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nENV ${s.env}=${s.v}\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n`],
];

/** Render specs into cases, rotating through the renderers from `offset`. */
export function render(specs: Spec[], g: Gen, idPrefix: string, cat: string, offset: number): CorpusCase[] {
  return specs.map((s, i) => {
    const [ctx, fn] = RENDERERS[(offset + i * 5) % RENDERERS.length]!;
    return {
      id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: `${cat}-${s.g}`,
      label: "positive" as const,
      text: fn(s, g),
      note: `${s.p} (${s.env}) in ${ctx}`,
    };
  });
}
