// Shared PRNG helpers and context renderers for heldout-y63 (skipped by the loader).
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const AN_ = AN + "_-";
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const DIG = "0123456789";
export const LOW = "abcdefghijklmnopqrstuvwxyz0123456789";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const B64 = AN + "+/";

export class Gen extends SeededRng {
  j(...parts: string[]): string {
    return parts.join("");
  }
  an(n: number): string { return this.str(n, AN); }
  an_(n: number): string { return this.str(n, AN_); }
  hex(n: number): string { return this.str(n, HEX); }
  hexu(n: number): string { return this.str(n, HEXU); }
  dig(n: number): string { return this.str(n, DIG); }
  low(n: number): string { return this.str(n, LOW); }
  up(n: number): string { return this.str(n, UP); }
  b32(n: number): string { return this.str(n, B32); }
  b64(n: number): string { return this.str(n, B64); }
  uuid(): string { return [this.hex(8), this.hex(4), "4" + this.hex(3), "a" + this.hex(3), this.hex(12)].join("-"); }
  b64url(n: number): string { return this.str(n, AN_); }
  jwt(payload: object): string {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.b64url(43)].join(".");
  }
}

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";
/** [group, provider, slot name, builder] */
export type Spec = [Group, string, string, () => string];

const esc = (s: string) => JSON.stringify(s);
const lower = (k: string) => k.toLowerCase();
const camel = (k: string) => k.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const hdr = (k: string) => "X-" + k.split("_").map((w) => w[0] + w.slice(1).toLowerCase()).join("-");

/** A renderer puts value v in slot k; t is the stream for incidental ids. */
export type Renderer = [string, (k: string, v: string, t: Gen) => string];

export const renderers: Renderer[] = [
  ["LLM chat body, pasted .env", (k, v, t) => `{"model":"claude-sonnet-4-5","max_tokens":4096,"messages":[{"role":"user","content":${esc(`why does the app crash on boot? here is my .env:\n\nNODE_ENV=production\nPORT=8080\n${k}=${v}\nLOG_LEVEL=info\nREQUEST_ID=${t.uuid()}\n`)}}]}`],
  ["Anthropic tool_use write_file config.yaml", (k, v, t) => `{"type":"tool_use","id":"toolu_01${t.an(22)}","name":"write_file","input":{"path":"config/settings.yaml","content":${esc(`service:\n  name: billing-worker\n  replicas: 2\ncredentials:\n  ${lower(k)}: "${v}"\n  timeout_ms: 5000\n`)}}}`],
  ["OpenAI tool_calls shell command (double-escaped)", (k, v, t) => `{"role":"assistant","tool_calls":[{"id":"call_${t.an(24)}","type":"function","function":{"name":"run_shell","arguments":${esc(JSON.stringify({ command: `export ${k}="${v}" && npm run deploy -- --env staging` }))}}}]}`],
  ["MCP tool result echoed back", (k, v, t) => `{"jsonrpc":"2.0","id":${t.range(2, 90)},"result":{"content":[{"type":"text","text":${esc(`$ cat .env.local\n# local overrides\nDEBUG=true\n${k}=${v}\n`)}}],"isError":false}}`],
  ["curl header", (k, v) => `curl -sS -X POST https://api.internal.example.net/v2/jobs \\\n  -H "Content-Type: application/json" \\\n  -H "${hdr(k)}: ${v}" \\\n  -d '{"name":"nightly-export","dry_run":false}'`],
  ["HTTP request, JSON body", (k, v, t) => `POST /v1/integrations HTTP/1.1\r\nHost: hooks.example.io\r\nContent-Type: application/json\r\nX-Request-Id: ${t.uuid()}\r\n\r\n{"integration":"sync","settings":{"${camel(k)}":"${v}","region":"eu-west-1"}}`],
  ["HTTP request, query string in access log", (k, v, t) => `10.0.3.${t.range(2, 250)} - - [06/Dec/2026:04:12:55 +0000] "GET /api/v3/export?format=csv&${lower(k)}=${encodeURIComponent(v)}&page=2 HTTP/1.1" 200 18231 "-" "python-requests/2.32.3"`],
  ["HTTP form body", (k, v) => `POST /oauth/connect HTTP/1.1\r\nHost: connect.example.com\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\ngrant_type=client_credentials&scope=read%20write&${lower(k)}=${encodeURIComponent(v)}`],
  ["HTTP multipart", (k, v, t) => { const b = "----WebKitFormBoundary" + t.an(16); return `POST /upload HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n--${b}\r\nContent-Disposition: form-data; name="${lower(k)}"\r\n\r\n${v}\r\n--${b}\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\n1,20\n--${b}--\r\n`; }],
  [".env file", (k, v) => `# .env.production\nAPP_URL=https://app.example.com\nDATABASE_POOL=10\n${k}=${v}\nFEATURE_FLAGS=beta_ui,new_checkout\n`],
  ["YAML config", (k, v) => `# docker-compose.yml\nservices:\n  api:\n    image: ghcr.io/acme/api:1.14.2\n    environment:\n      - NODE_ENV=production\n      - ${k}=${v}\n    ports:\n      - "3000:3000"\n`],
  ["TOML config", (k, v) => `[server]\nhost = "0.0.0.0"\nport = 8443\n\n[integrations]\n${lower(k)} = "${v}"\nretries = 3\n`],
  ["INI config", (k, v) => `[default]\nregion = us-east-1\noutput = json\n\n[integration]\n${lower(k)} = ${v}\nverify_ssl = true\n`],
  ["Java .properties", (k, v) => `# application-prod.properties\nspring.application.name=orders\nserver.port=8081\napp.integration.${camel(k)}=${v}\nlogging.level.root=INFO\n`],
  ["JSON config", (k, v) => JSON.stringify({ name: "worker", version: "2.3.0", integrations: { [camel(k)]: v, enabled: true }, logLevel: "warn" }, null, 2)],
  ["Terraform HCL", (k, v) => `variable "${lower(k)}" {\n  type      = string\n  sensitive = true\n  default   = "${v}"\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { v = var.${lower(k)} }\n}\n`],
  ["XML web.config appSettings", (k, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${k}" value="${v}" />\n  </appSettings>\n</configuration>\n`],
  ["Python code, env default", (k, v) => `import os\nimport httpx\n\n${k} = os.environ.get("${k}", "${v}")\n\nclient = httpx.Client(timeout=30, headers={"Authorization": f"Bearer {${k}}"})\n`],
  ["TypeScript code, SDK constructor", (k, v) => `import { createClient } from "./client";\n\nexport const client = createClient({\n  ${camel(k)}: process.env.${k} ?? "${v}",\n  retries: 2,\n});\n`],
  ["Go code", (k, v) => `package main\n\nimport "os"\n\nfunc token() string {\n\tif t := os.Getenv("${k}"); t != "" {\n\t\treturn t\n\t}\n\treturn "${v}"\n}\n`],
  ["Java code", (k, v) => `public final class Config {\n    private static final String ${k} = "${v}";\n\n    public static String get() {\n        return System.getenv().getOrDefault("${k}", ${k});\n    }\n}\n`],
  ["Ruby code", (k, v) => `# config/initializers/integration.rb\nIntegration.configure do |c|\n  c.${lower(k)} = ENV.fetch("${k}", "${v}")\n  c.timeout = 15\nend\n`],
  ["C# code", (k, v) => `var builder = WebApplication.CreateBuilder(args);\nvar ${camel(k)} = builder.Configuration["${k}"] ?? "${v}";\nbuilder.Services.AddHttpClient("upstream", c => c.DefaultRequestHeaders.Add("Authorization", $"Bearer {${camel(k)}}"));\n`],
  ["PHP code", (k, v) => `<?php\n\nreturn [\n    'driver' => 'api',\n    '${lower(k)}' => env('${k}', '${v}'),\n    'timeout' => 30,\n];\n`],
  ["Rust code", (k, v) => `fn token() -> String {\n    std::env::var("${k}").unwrap_or_else(|_| "${v}".to_string())\n}\n`],
  ["GitHub Actions CI log", (k, v, t) => `2026-12-05T21:14:0${t.range(0, 9)}.${t.dig(7)}Z ##[group]Run ./scripts/deploy.sh\n2026-12-05T21:14:02.1180000Z env:\n2026-12-05T21:14:02.1181000Z   NODE_VERSION: 20\n2026-12-05T21:14:02.1182000Z   ${k}: ${v}\n2026-12-05T21:14:02.1190000Z ##[endgroup]\n2026-12-05T21:14:03.5510000Z deploying commit ${t.hex(40)}\n`],
  ["shell history", (k, v) => `  512  cd ~/src/platform\n  513  git pull --rebase\n  514  export ${k}=${v}\n  515  make integration-test\n  516  history | tail\n`],
  ["Python crash dump with locals", (k, v) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line 88, in run\n    resp = session.post(url, json=payload, timeout=10)\n    locals: url='https://api.example.com/v1/sync' ${lower(k)}='${v}' retries=3\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded\n`],
  ["Jupyter notebook cell", (k, v, t) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: t.range(1, 40), metadata: {}, outputs: [], source: ["import os\n", `os.environ["${k}"] = "${v}"\n`, "df = load_data()\n"] }], nbformat: 4, nbformat_minor: 5 }, null, 1)],
  ["SQL seed insert", (k, v, t) => `-- seed: integration credentials for staging\nINSERT INTO integration_settings (id, tenant_id, name, value, created_at)\nVALUES (${t.range(10, 999)}, 42, '${lower(k)}', '${v}', now());\n`],
  ["Markdown doc", (k, v) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the key we use for staging:\n\n\`\`\`bash\n${k}=${v}\n\`\`\`\n\n3. Run \`pnpm dev\`.\n`],
  ["unified diff", (k, v, t) => `diff --git a/.env.staging b/.env.staging\nindex ${t.hex(7)}..${t.hex(7)} 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,5 @@ APP_ENV=staging\n CACHE_TTL=300\n+${k}=${v}\n QUEUE=default\n`],
  ["chat message", (k, v) => `hey, prod is failing auth again. I rotated it this morning, the new one is ${v} — can you update ${k} in the deploy config and rerun the pipeline?`],
  ["docker run -e", (k, v) => `docker run -d --name api --restart unless-stopped \\\n  -e NODE_ENV=production \\\n  -e ${k}=${v} \\\n  -p 3000:3000 ghcr.io/acme/api:1.14.2`],
  ["k8s Secret stringData", (k, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  ${k}: "${v}"\n`],
  ["Dockerfile ENV", (k, v) => `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nENV ${k}=${v}\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n`],
];

/** Rotates specs through renderers. */
export function build(prefix: string, catPrefix: string, specs: Spec[], n: number, t: Gen, offset = 0): CorpusCase[] {
  const out: CorpusCase[] = [];
  for (let i = 0; i < n; i++) {
    const [group, provider, slot, make] = specs[i % specs.length]!;
    const [ctx, render] = renderers[(i + offset) % renderers.length]!;
    out.push({
      id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: `${catPrefix}-sec-${group}`,
      label: "positive",
      text: render(slot, make(), t),
      note: `${provider}, slot ${slot}, context: ${ctx}`,
    });
  }
  return out;
}
