// Shared generator for heldout-y78: seeded value builders and the outbound context renderers.
// Skipped by the loader (leading underscore). Every credential-shaped value is assembled at run time.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const ALNUM = UP + LO + DIG;
export const HEXS = "0123456789abcdef";
export const B64 = ALNUM + "+/";
export const URLB64 = ALNUM + "-_";

export class Gen extends SeededRng {
  a(n: number) { return this.str(n, ALNUM); }
  h(n: number) { return this.str(n, HEXS); }
  H(n: number) { return this.str(n, HEXS.toUpperCase()); }
  u(n: number) { return this.str(n, UP + DIG); }
  l(n: number) { return this.str(n, LO + DIG); }
  d(n: number) { return this.str(n, DIG); }
  b(n: number) { return this.str(n, B64); }
  ub(n: number) { return this.str(n, URLB64); }
  uuid() { return [this.h(8), this.h(4), "4" + this.h(3), this.pick(["8", "9", "a", "b"]) + this.h(3), this.h(12)].join("-"); }
  b64pad(n: number) { const s = this.b(n); return s + "=".repeat((4 - (n % 4)) % 4); }
  jwt(payload: Record<string, unknown>) {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.ub(43)].join(".");
  }
  pem(kind: string, lines: number) {
    const body: string[] = [];
    for (let i = 0; i < lines; i++) body.push(this.b(64));
    body.push(this.b(this.range(20, 60)) + "==");
    return ["-----BEGIN " + kind + "-----", ...body, "-----END " + kind + "-----"].join("\n");
  }
}

/** A slot: [name as a developer would write it, value]. */
export type Slot = [string, string];
export interface Spec { id: string; group: string; provider: string; make: (g: Gen) => Slot[] }
export const spec = (id: string, group: string, provider: string, make: (g: Gen) => Slot[]): Spec => ({ id, group, provider, make });

const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const kebab = (env: string) => env.toLowerCase().replace(/_/g, "-");
const dotted = (env: string) => env.toLowerCase().replace(/_/g, ".");
const envBlock = (s: Slot[]) => s.map(([k, v]) => `${k}=${v}`).join("\n");
const hdr = (k: string) => "X-" + k.split("_").map((w) => w[0] + w.slice(1).toLowerCase()).join("-");

export type Renderer = (s: Slot[], g: Gen) => string;

export const renderers: [string, Renderer][] = [
  ["openai chat body, pasted .env", (s, g) => JSON.stringify({ model: "gpt-4o", messages: [
    { role: "system", content: "You are a coding assistant." },
    { role: "user", content: `my app won't boot, here is my .env:\n\nNODE_ENV=production\nPORT=${g.range(3000, 9000)}\n${envBlock(s)}\nLOG_LEVEL=info\n\nwhat is wrong?` }] }, null, 2)],
  ["anthropic tool_use write_file .env", (s, g) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [
    { role: "user", content: "create the env file for local dev" },
    { role: "assistant", content: [{ type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: ".env.local", content: `# local\nDEBUG=true\n${envBlock(s)}\n` } }] }] })],
  ["openai tool_calls shell export", (s, g) => JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + g.a(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: s.map(([k, v]) => `export ${k}='${v}'`).join(" && ") + " && npm run deploy" }) } }] })],
  ["mcp tool result echoed", (s, g) => JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text: `config/app.yaml:\nserver:\n  port: 8080\ncredentials:\n${s.map(([k, v]) => `  ${k.toLowerCase()}: "${v}"`).join("\n")}\n` }], isError: false } })],
  ["shell export", (s) => `$ ${s.map(([k, v]) => `export ${k}="${v}"`).join("\n$ ")}\n$ ./scripts/sync.sh --env prod`],
  ["docker run -e", (s) => `docker run --rm -d --name worker \\\n${s.map(([k, v]) => `  -e ${k}=${v} \\`).join("\n")}\n  -p 8080:8080 ghcr.io/acme/worker:1.14.2`],
  ["curl header", (s) => s.length > 1
    ? `curl -sS -u "${s[0]![1]}:${s[1]![1]}" -H "Accept: application/json" https://api.example-svc.com/v1/status`
    : `curl -sS https://api.example-svc.com/v2/items?limit=20 \\\n  -H "Authorization: Bearer ${s[0]![1]}" \\\n  -H "Content-Type: application/json"`],
  ["raw http request headers", (s, g) => `POST /v1/jobs HTTP/1.1\r\nHost: api.internal-svc.io\r\nUser-Agent: python-requests/2.32.3\r\n${s.map(([k, v]) => `${hdr(k)}: ${v}`).join("\r\n")}\r\nX-Request-Id: ${g.uuid()}\r\nContent-Type: application/json\r\n\r\n{"job":"reindex"}`],
  ["url query string in access log", (s, g) => `10.0.${g.range(0, 255)}.${g.range(1, 254)} - - [06/Dec/2026:07:${g.range(10, 59)}:02 +0000] "GET /api/export?format=csv&${s.map(([k, v]) => `${k.toLowerCase()}=${encodeURIComponent(v)}`).join("&")} HTTP/1.1" 200 ${g.range(300, 9000)} "-" "node-fetch/1.0"`],
  ["form body", (s) => `POST /oauth/token HTTP/1.1\nHost: auth.partner-api.com\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${s.map(([k, v]) => `${k.toLowerCase()}=${encodeURIComponent(v)}`).join("&")}&scope=read`],
  ["multipart body", (s, g) => { const bd = "----WebKitFormBoundary" + g.a(16); return `Content-Type: multipart/form-data; boundary=${bd}\n\n${s.map(([k, v]) => `--${bd}\nContent-Disposition: form-data; name="${k.toLowerCase()}"\n\n${v}`).join("\n")}\n--${bd}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${bd}--`; }],
  ["json request body", (s) => `fetch("https://hooks.internal-tools.dev/register", {\n  method: "POST",\n  headers: { "Content-Type": "application/json" },\n  body: ${JSON.stringify(JSON.stringify(Object.fromEntries([["service", "billing"], ...s.map(([k, v]) => [camel(k), v])])))}\n});`],
  [".env diff", (s) => `diff --git a/.env.production b/.env.production\nindex 3f2a1c0..9b7d4e2 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,4 +3,${3 + s.length} @@ APP_NAME=storefront\n REGION=eu-west-1\n${s.map(([k, v]) => `+${k}=${v}`).join("\n")}\n CACHE_TTL=300`],
  ["docker-compose yaml", (s) => `services:\n  api:\n    image: acme/api:latest\n    environment:\n${s.map(([k, v]) => `      ${k}: "${v}"`).join("\n")}\n      RAILS_ENV: production\n    ports:\n      - "3000:3000"`],
  ["k8s secret stringData", (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n${s.map(([k, v]) => `  ${k}: ${v}`).join("\n")}`],
  ["helm values", (s) => `replicaCount: 2\nimage:\n  repository: acme/worker\n  tag: "2.3.1"\nsecrets:\n${s.map(([k, v]) => `  ${camel(k)}: "${v}"`).join("\n")}\nresources:\n  limits:\n    memory: 512Mi`],
  ["toml config", (s) => `[server]\nhost = "0.0.0.0"\nport = 8000\n\n[integrations]\n${s.map(([k, v]) => `${k.toLowerCase()} = "${v}"`).join("\n")}\ntimeout_secs = 30`],
  ["ini config", (s) => `[default]\nregion = us-east-1\noutput = json\n\n[service]\n${s.map(([k, v]) => `${k.toLowerCase()} = ${v}`).join("\n")}\nretries = 3`],
  ["java properties", (s) => `spring.application.name=orders\nserver.port=8081\n${s.map(([k, v]) => `app.${dotted(k)}=${v}`).join("\n")}\nlogging.level.root=INFO`],
  ["appsettings.json", (s) => JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, Integrations: Object.fromEntries(s.map(([k, v]) => [camel(k), v])), AllowedHosts: "*" }, null, 2)],
  ["terraform hcl", (s) => `provider "restapi" {\n  uri = "https://api.vendor.io"\n}\n\n${s.map(([k, v]) => `variable "${k.toLowerCase()}" {\n  type      = string\n  sensitive = true\n  default   = "${v}"\n}`).join("\n\n")}`],
  ["xml config", (s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n${s.map(([k, v]) => `    <add key="${k}" value="${v}" />`).join("\n")}\n    <add key="Environment" value="Production" />\n  </appSettings>\n</configuration>`],
  ["python code", (s) => `import os\nimport requests\n\n${s.map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`).join("\n")}\n\n\ndef client():\n    s = requests.Session()\n    s.headers["Authorization"] = f"Bearer {${s[s.length - 1]![0]}}"\n    return s`],
  ["typescript code", (s) => `import { Client } from "./client";\n\nexport const client = new Client({\n${s.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n  timeoutMs: 10_000,\n});`],
  ["go code", (s) => `package config\n\nimport "os"\n\nfunc getenv(k, d string) string {\n\tif v := os.Getenv(k); v != "" {\n\t\treturn v\n\t}\n\treturn d\n}\n\nvar (\n${s.map(([k, v]) => `\t${camel(k)[0]!.toUpperCase() + camel(k).slice(1)} = getenv("${k}", "${v}")`).join("\n")}\n)`],
  ["java code", (s) => `public final class Credentials {\n${s.map(([k, v]) => `    static final String ${k} = "${v}";`).join("\n")}\n\n    private Credentials() {}\n}`],
  ["csharp code", (s) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("vendor", c =>\n{\n    c.BaseAddress = new Uri("https://api.vendor.io/");\n${s.map(([k, v]) => `    c.DefaultRequestHeaders.Add("${hdr(k)}", "${v}");`).join("\n")}\n});`],
  ["ruby code", (s) => `require "net/http"\n\nclass VendorClient\n${s.map(([k, v]) => `  ${k} = ENV.fetch("${k}", "${v}")`).join("\n")}\n\n  def call(path)\n    Net::HTTP.get(URI("https://api.vendor.io#{path}"))\n  end\nend`],
  ["php code", (s) => `<?php\n\nreturn [\n    'vendor' => [\n${s.map(([k, v]) => `        '${k.toLowerCase()}' => env('${k}', '${v}'),`).join("\n")}\n        'timeout' => 15,\n    ],\n];`],
  ["rust code", (s) => `use std::env;\n\nfn config() -> Config {\n    Config {\n${s.map(([k, v]) => `        ${k.toLowerCase()}: env::var("${k}").unwrap_or_else(|_| "${v}".to_string()),`).join("\n")}\n    }\n}`],
  ["pytest fixture", (s) => `import pytest\n\n\n@pytest.fixture(scope="session")\ndef live_settings(monkeypatch):\n    # integration tests run against the real account\n${s.map(([k, v]) => `    monkeypatch.setenv("${k}", "${v}")`).join("\n")}\n    yield`],
  ["github actions log", (s, g) => `2026-12-06T07:${g.range(10, 59)}:11.4821Z ##[group]Run ./deploy.sh\n2026-12-06T07:${g.range(10, 59)}:11.4830Z + set -x\n${s.map(([k, v]) => `2026-12-06T07:21:11.49${g.range(10, 99)}Z + ${k}=${v}`).join("\n")}\n2026-12-06T07:21:12.0032Z + ./bin/release --target prod\n2026-12-06T07:21:14.7719Z ##[endgroup]`],
  ["shell history", (s, g) => ` ${g.range(400, 900)}  cd ~/src/api\n ${g.range(901, 950)}  git pull\n${s.map(([k, v], i) => ` ${951 + i}  ${k}=${v} npm run migrate`).join("\n")}\n 999  history | tail`],
  ["python crash dump locals", (s) => `Traceback (most recent call last):\n  File "/app/worker.py", line 88, in run\n    resp = client.post(url, json=payload)\nrequests.exceptions.HTTPError: 502 Server Error\n\nLocals at frame run:\n    url = 'https://api.vendor.io/v1/sync'\n${s.map(([k, v]) => `    ${k.toLowerCase()} = '${v}'`).join("\n")}\n    retries = 3`],
  ["jupyter notebook", (s) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", ...s.map(([k, v]) => `os.environ[\"${k}\"] = \"${v}\"\n`), "df = load()\n"] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 })],
  ["sql seed insert", (s, g) => `-- seed integrations\nINSERT INTO integration_credentials (tenant_id, name, secret_value, created_at)\nVALUES\n${s.map(([k, v]) => `  (${g.range(1, 400)}, '${k.toLowerCase()}', '${v}', NOW())`).join(",\n")};`],
  ["markdown doc", (s) => `## Local setup\n\n1. Copy the values below into \`.env\`:\n\n\`\`\`bash\n${envBlock(s)}\n\`\`\`\n\n2. Run \`make dev\`.`],
  ["chat message", (s) => `hey, the staging deploy is failing again — can you try with these? ${s.map(([k, v]) => `${k.toLowerCase().replace(/_/g, " ")}: ${v}`).join("  ")}  (don't share pls)`],
  ["github actions workflow", (s) => `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n${s.map(([k, v]) => `      ${k}: ${v}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy`],
  ["dockerfile", (s) => `FROM node:22-alpine\nWORKDIR /app\nCOPY . .\n${s.map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nRUN npm ci --omit=dev\nCMD ["node", "dist/server.js"]`],
  ["cli flags in tool call", (s, g) => JSON.stringify({ type: "tool_use", id: "toolu_01" + g.a(22), name: "bash", input: { command: `./bin/sync ${s.map(([k, v]) => `--${kebab(k)}=${v}`).join(" ")} --dry-run=false` } })],
];

/** Rotates each spec through the renderers, `per` cases a spec. */
export function build(idPrefix: string, catPrefix: string, specs: Spec[], seed: number, per = 1, offset = 0): CorpusCase[] {
  const g = new Gen(seed);
  const out: CorpusCase[] = [];
  let n = offset;
  for (const sp of specs) {
    for (let k = 0; k < per; k++) {
      const [ctx, r] = renderers[n % renderers.length]!;
      const slots = sp.make(g);
      n++;
      out.push({ id: `${idPrefix}-${String(out.length + 1).padStart(3, "0")}`, kind: "secrets", category: `${catPrefix}-${sp.group}`, label: "positive", text: r(slots, g), note: `${sp.provider}; slot ${slots.map((s) => s[0]).join("+")}; ${ctx}` });
    }
  }
  return out;
}
