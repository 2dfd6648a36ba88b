// Shared PRNG helpers and context renderers for heldout-y92 (skipped by the loader: starts with "_").
// Every credential-shaped value is assembled at run time from a split prefix and a mulberry32 body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const LO = "abcdefghijklmnopqrstuvwxyz0123456789";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const B64 = `${AN}+/`;
export const URL_ = `${AN}_-`;
export const DIG = "0123456789";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen extends SeededRng {
  a(n: number) { return this.str(n, AN); }
  h(n: number) { return this.str(n, HX); }
  H(n: number) { return this.str(n, HXU); }
  lo(n: number) { return this.str(n, LO); }
  up(n: number) { return this.str(n, UP); }
  u(n: number) { return this.str(n, URL_); }
  d(n: number) { return this.str(n, DIG); }
  b64(n: number) { return this.str(n, B64); }
  uuid() { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  /** base64 of n random bytes, padded. */
  b64bytes(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
  jwt(payload: Record<string, unknown>) {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.u(43)].join(".");
  }
}

/** Joins parts so no source line holds a credential literal. */
export const j = (...p: string[]) => p.join("");

export interface Spec {
  p: string; // provider + credential type
  g: string; // group
  env: string; // env var a developer would use
  hdr?: string; // HTTP header prefix, e.g. "X-Api-Key: "; default Authorization: Bearer
  host?: string;
  conn?: boolean; // a URL / connection string: no HTTP-header renderers
  make: (r: Gen) => string;
}

export interface Ctx { s: Spec; v: string; r: Gen }

const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const snake = (env: string) => env.toLowerCase();
const host = (s: Spec) => s.host ?? `api.${s.p.split(" ")[0]!.toLowerCase().replace(/[^a-z0-9]/g, "")}.com`;
const hdr = (s: Spec, v: string) => `${s.hdr ?? "Authorization: Bearer "}${v}`;
const esc = (t: string) => JSON.stringify(t).slice(1, -1);
const svc = ["billing-api", "ingest-worker", "web", "notifier", "scheduler", "search-svc", "gateway"];

export interface Renderer { name: string; http?: boolean; f: (c: Ctx) => string }

export const renderers: Renderer[] = [
  { name: "chat body with pasted .env (JSON-escaped)", f: ({ s, v, r }) => JSON.stringify({
    model: "claude-sonnet-4-5", max_tokens: 4096,
    messages: [{ role: "user", content: `my app won't start on staging, here's the .env:\n\nNODE_ENV=production\nPORT=${r.range(3000, 9000)}\nLOG_LEVEL=info\n${s.env}=${v}\nFEATURE_FLAGS=beta,search\n\nwhat am I missing?` }] }, null, 2) },
  { name: "chat body with pasted docker-compose (JSON-escaped)", f: ({ s, v, r }) => JSON.stringify({
    model: "gpt-4o", messages: [{ role: "system", content: "You are a helpful coding assistant." },
      { role: "user", content: `why does this compose file fail healthcheck?\n\`\`\`yaml\nservices:\n  ${r.pick(svc)}:\n    image: ghcr.io/acme/app:1.${r.range(0, 30)}.${r.range(0, 9)}\n    environment:\n      - ${s.env}=${v}\n      - REDIS_HOST=redis\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8080/healthz\"]\n\`\`\`` }] }) },
  { name: "chat body with pasted CI log (JSON-escaped)", f: ({ s, v, r }) => JSON.stringify({
    model: "claude-opus-4-1", stream: true, messages: [{ role: "user", content: [{ type: "text", text:
      `CI keeps failing at deploy, log below\n\n2026-11-${r.range(10, 28)}T09:${r.range(10, 59)}:02Z Run ./scripts/deploy.sh\n+ echo \"using ${s.env}=${v}\"\nusing ${s.env}=${v}\n+ ./bin/migrate --env prod\nError: connection reset by peer\n##[error]Process completed with exit code 1.` }] }] }) },
  { name: "Anthropic tool_use write_file", f: ({ s, v, r }) => JSON.stringify({ role: "assistant", content: [
    { type: "text", text: "I'll create the production env file with the values you gave me." },
    { type: "tool_use", id: `toolu_01${r.a(22)}`, name: "write_file", input: { path: ".env.production", content: `APP_URL=https://app.acme.io\n${s.env}=${v}\nSENTRY_ENVIRONMENT=production\n` } }] }, null, 2) },
  { name: "OpenAI tool_calls shell command (double-escaped)", f: ({ s, v, r }) => JSON.stringify({ role: "assistant", content: null, tool_calls: [
    { id: `call_${r.a(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${s.env}=\"${v}\" npm run sync -- --since 7d`, cwd: "/home/dev/acme" }) } }] }) },
  { name: "MCP tool result echoed back (read_file)", f: ({ s, v, r }) => JSON.stringify({ jsonrpc: "2.0", id: r.range(2, 90), result: { content: [{ type: "text",
    text: `# config/settings.py\nimport os\n\nDEBUG = False\n${s.env} = os.environ.get(\"${s.env}\", \"${v}\")\nALLOWED_HOSTS = [\"acme.io\"]\n` }], isError: false } }) },
  { name: "shell history export", f: ({ s, v, r }) => `  ${r.range(400, 999)}  cd ~/src/acme\n  ${r.range(1000, 1100)}  export ${s.env}=${v}\n  ${r.range(1101, 1200)}  make run\n  ${r.range(1201, 1300)}  git status` },
  { name: "docker run -e", f: ({ s, v, r }) => `$ docker run --rm -d --name ${r.pick(svc)} \\\n    -e NODE_ENV=production \\\n    -e ${s.env}='${v}' \\\n    -p 8080:8080 acme/${r.pick(svc)}:latest` },
  { name: "curl header", http: true, f: ({ s, v }) => `curl -sS https://${host(s)}/v1/status \\\n  -H '${hdr(s, v)}' \\\n  -H 'Accept: application/json' | jq .` },
  { name: "curl -v dump", http: true, f: ({ s, v, r }) => `* Connected to ${host(s)} (104.18.${r.range(1, 254)}.${r.range(1, 254)}) port 443\n> GET /v2/items?limit=50 HTTP/2\n> Host: ${host(s)}\n> User-Agent: curl/8.5.0\n> ${hdr(s, v)}\n> Accept: */*\n>\n< HTTP/2 200\n< content-type: application/json\n< x-request-id: ${r.uuid()}` },
  { name: "raw HTTP request header", http: true, f: ({ s, v, r }) => `POST /v1/events HTTP/1.1\r\nHost: ${host(s)}\r\nContent-Type: application/json\r\n${hdr(s, v)}\r\nContent-Length: ${r.range(40, 300)}\r\n\r\n{"event":"deploy","service":"${r.pick(svc)}"}` },
  { name: "URL query string", http: true, f: ({ s, v, r }) => `GET https://${host(s)}/api/v1/export?format=csv&${snake(s.env).replace(/^.*?_/, "")}=${encodeURIComponent(v)}&page=${r.range(1, 9)}` },
  { name: "form body", http: true, f: ({ s, v }) => `POST /oauth/sync HTTP/1.1\nHost: ${host(s)}\nContent-Type: application/x-www-form-urlencoded\n\nclient=acme-cli&${snake(s.env)}=${encodeURIComponent(v)}&scope=read+write` },
  { name: "multipart form", http: true, f: ({ s, v, r }) => { const b = `----WebKitFormBoundary${r.a(16)}`; return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${snake(s.env)}"\n\n${v}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,${r.range(10, 99)}\n--${b}--`; } },
  { name: "JSON request body", f: ({ s, v, r }) => JSON.stringify({ integration: s.p.split(" ")[0], enabled: true, credentials: { [camel(s.env)]: v }, retry: { max: r.range(2, 6) } }, null, 2) },
  { name: "k8s Secret (base64 data)", f: ({ s, v, r }) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${r.pick(svc)}-env\n  namespace: prod\ntype: Opaque\ndata:\n  ${s.env}: ${Buffer.from(v).toString("base64")}\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}` },
  { name: "Helm values.yaml", f: ({ s, v, r }) => `replicaCount: ${r.range(2, 6)}\nimage:\n  repository: ghcr.io/acme/${r.pick(svc)}\n  tag: "2.${r.range(0, 20)}.0"\nenv:\n  ${camel(s.env)}: "${v}"\nresources:\n  limits:\n    memory: 512Mi` },
  { name: "TOML config", f: ({ s, v, r }) => `[server]\nport = ${r.range(3000, 9000)}\n\n[${snake(s.env).split("_")[0]}]\n${snake(s.env)} = "${v}"\ntimeout_ms = ${r.range(1, 30) * 1000}` },
  { name: "INI config", f: ({ s, v }) => `[default]\nregion = eu-west-1\noutput = json\n\n[${snake(s.env).split("_")[0]}]\n${snake(s.env)} = ${v}` },
  { name: ".properties", f: ({ s, v, r }) => `spring.application.name=${r.pick(svc)}\nserver.port=${r.range(8000, 9000)}\napp.${camel(s.env)}=${v}\nspring.jpa.open-in-view=false` },
  { name: "JSON config file", f: ({ s, v }) => `// config/production.json\n{\n  "logLevel": "warn",\n  "${camel(s.env)}": "${v}",\n  "cache": { "ttl": 300 }\n}` },
  { name: "Terraform HCL", f: ({ s, v, r }) => `variable "${snake(s.env)}" {\n  type      = string\n  sensitive = true\n  default   = "${v}"\n}\n\nresource "null_resource" "sync_${r.lo(4)}" {}` },
  { name: "XML config", f: ({ s, v }) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.env}" value="${v}" />\n  </appSettings>\n</configuration>` },
  { name: "Python code", f: ({ s, v }) => `import os\nimport httpx\n\n${s.env} = os.getenv("${s.env}", "${v}")\n\nclient = httpx.Client(base_url="https://${host(s)}", timeout=10)\n` },
  { name: "TypeScript code", f: ({ s, v }) => `import axios from "axios";\n\nconst ${camel(s.env)} = process.env.${s.env} ?? "${v}";\n\nexport const api = axios.create({ baseURL: "https://${host(s)}" });\n` },
  { name: "Go code", f: ({ s, v }) => `package config\n\nimport "os"\n\nfunc ${camel(s.env).replace(/^./, (c) => c.toUpperCase())}() string {\n\tif v := os.Getenv("${s.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${v}"\n}` },
  { name: "Java code", f: ({ s, v }) => `public final class Settings {\n    private static final String ${s.env} =\n        System.getenv().getOrDefault("${s.env}", "${v}");\n}` },
  { name: "C# code", f: ({ s, v }) => `var builder = WebApplication.CreateBuilder(args);\nvar ${camel(s.env)} = builder.Configuration["${s.env}"] ?? "${v}";\nbuilder.Services.AddHttpClient();` },
  { name: "Ruby code", f: ({ s, v }) => `# config/initializers/${snake(s.env).split("_")[0]}.rb\nRails.application.config.x.${snake(s.env)} = ENV.fetch("${s.env}", "${v}")` },
  { name: "PHP code", f: ({ s, v }) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${snake(s.env)}' => env('${s.env}', '${v}'),\n];` },
  { name: "Rust code", f: ({ s, v }) => `fn ${snake(s.env)}() -> String {\n    std::env::var("${s.env}").unwrap_or_else(|_| "${v}".to_string())\n}` },
  { name: "GitHub Actions log", f: ({ s, v, r }) => `2026-11-${r.range(10, 28)}T1${r.range(0, 9)}:0${r.range(0, 9)}:11.${r.d(7)}Z ##[group]Run ./deploy.sh\n2026-11-${r.range(10, 28)}T1${r.range(0, 9)}:0${r.range(0, 9)}:11.${r.d(7)}Z env:\n  ${s.env}: ${v}\n  GIT_SHA: ${r.h(40)}\n##[endgroup]` },
  { name: "Python crash report with locals", f: ({ s, v, r }) => `Traceback (most recent call last):\n  File "/app/sync.py", line ${r.range(20, 300)}, in push\n    resp.raise_for_status()\nhttpx.HTTPStatusError: Client error '401 Unauthorized'\n\nLocals at frame push:\n    url = 'https://${host(s)}/v1/push'\n    ${snake(s.env)} = '${v}'\n    attempt = ${r.range(1, 4)}` },
  { name: "Jupyter notebook cell", f: ({ s, v }) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [],
    source: ["import os\n", `os.environ[\"${s.env}\"] = \"${v}\"\n`, "df = load_events()\n"] }], nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", f: ({ s, v, r }) => `INSERT INTO integration_credentials (tenant_id, provider, secret, created_at)\nVALUES (${r.range(1, 500)}, '${s.p.split(" ")[0]!.toLowerCase()}', '${v}', now());` },
  { name: "Markdown doc", f: ({ s, v }) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the ${s.p} credential (ask ops if it rotates):\n\n\`\`\`bash\n${s.env}=${v}\n\`\`\`\n\n3. Run \`make dev\`.` },
  { name: "unified diff", f: ({ s, v, r }) => `diff --git a/.env.staging b/.env.staging\nindex ${r.h(7)}..${r.h(7)} 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,3 +3,4 @@ APP_NAME=acme\n LOG_LEVEL=debug\n+${s.env}=${v}\n QUEUE=default` },
  { name: "chat message", f: ({ s, v }) => `hey, prod sync is down again. can you try with this one? ${v} — it's the ${s.env.toLowerCase().replace(/_/g, " ")} from the vault, rotate after` },
  { name: "Dockerfile ENV", f: ({ s, v, r }) => `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nENV ${s.env}=${v}\nRUN npm ci --omit=dev\nEXPOSE ${r.range(3000, 9000)}\nCMD ["node", "server.js"]` },
  { name: "GitLab CI yaml", f: ({ s, v }) => `deploy:\n  stage: deploy\n  variables:\n    ${s.env}: "${v}"\n  script:\n    - ./scripts/release.sh\n  only:\n    - main` },
];

/** Rotate specs through the renderers; connection strings skip header-only renderers. */
export function rotate(specs: Spec[], seed: number, prefix: string, cat: (g: string) => string, count: number, start = 0): CorpusCase[] {
  const r = new Gen(seed);
  const out: CorpusCase[] = [];
  for (let i = 0; i < count; i++) {
    const s = specs[Math.floor((i * specs.length) / count)]!;
    let k = (start + i * 7) % renderers.length;
    while (s.conn && renderers[k]!.http) k = (k + 1) % renderers.length;
    const rd = renderers[k]!;
    const v = s.make(r);
    out.push({ id: `${prefix}-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: cat(s.g), label: "positive",
      text: rd.f({ s, v, r }), note: `${s.p} (${s.env}) in ${rd.name}` });
  }
  return out;
}

export { esc };
