// Shared PRNG helpers and context renderers for heldout-y100 (skipped by the loader).
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const AN = UP + LO + DG;
export const LAN = LO + DG;
export const UAN = UP + DG;
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const URL = AN + "_-";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen extends SeededRng {
  a(n: number) { return this.str(n, AN); }
  l(n: number) { return this.str(n, LAN); }
  u(n: number) { return this.str(n, UAN); }
  h(n: number) { return this.str(n, HX); }
  H(n: number) { return this.str(n, HXU); }
  d(n: number) { return this.str(n, DG); }
  b(n: number) { return this.str(n, B64); }
  w(n: number) { return this.str(n, URL); }
  uuid() { return [this.h(8), this.h(4), "4" + this.h(3), this.pick(["8", "9", "a", "b"]) + this.h(3), this.h(12)].join("-"); }
  b64bytes(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
  b64url(n: number) { return Buffer.from(this.bytes(n)).toString("base64url"); }
}

/** join parts (keeps prefixes split in source) */
export const j = (...p: string[]) => p.join("");

export type Spec = [provider: string, slot: string, group: string, build: (g: Gen) => string];

const jsonEsc = (s: string) => JSON.stringify(s);
const camel = (e: string) => e.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const kebab = (e: string) => e.toLowerCase().replace(/_/g, "-");
const dotted = (e: string) => e.toLowerCase().replace(/_/g, ".");

export type Renderer = [name: string, fn: (g: Gen, slot: string, v: string, prov: string) => string];

export const RENDERERS: Renderer[] = [
  ["openai chat body, pasted .env", (g, e, v) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "system", content: "You are a coding assistant." }, { role: "user", content: `my app won't start, here's my .env:\n\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${e}=${v}\nDATABASE_POOL=10\n\nwhat's wrong?` }], temperature: 0.2 })],
  ["anthropic messages body, pasted docker-compose", (g, e, v) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: [{ type: "text", text: `Can you add a healthcheck to this compose file?\n\nservices:\n  api:\n    image: ghcr.io/acme/api:1.${g.int(40)}.${g.int(9)}\n    ports:\n      - "3000:3000"\n    environment:\n      - ${e}=${v}\n      - REDIS_HOST=redis\n  redis:\n    image: redis:7-alpine\n` }] }] })],
  ["anthropic tool_use write_file config.yaml", (g, e, v) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll write the config file now." }, { type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "config/settings.yaml", content: `server:\n  port: 8080\n  host: 0.0.0.0\nintegrations:\n  ${e.toLowerCase()}: "${v}"\n  timeout_ms: 5000\n` } }] })],
  ["openai tool_calls shell command", (g, e, v) => JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: "call_" + g.a(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${e}='${v}' && npm run deploy -- --env staging` }) } }] })],
  ["MCP tool result echoing cat .env", (g, e, v) => JSON.stringify({ jsonrpc: "2.0", id: g.int(500), result: { content: [{ type: "text", text: `$ cat .env.local\nAPP_NAME=billing-svc\n${e}=${v}\nFEATURE_FLAGS=beta,reports\n` }], isError: false } })],
  ["curl bearer header", (g, e, v, p) => `curl -sS -X GET "https://api.example-${kebab(p.split(" ")[0]!)}.io/v1/status" \\\n  -H "Authorization: Bearer ${v}" \\\n  -H "Accept: application/json"`],
  ["curl query param", (g, e, v) => `curl "https://api.internal.acme.dev/v2/search?q=invoices&limit=20&${camel(e)}=${encodeURIComponent(v)}" | jq .`],
  ["raw HTTP request header", (g, e, v) => `POST /v1/events HTTP/1.1\r\nHost: ingest.acme-corp.net\r\nUser-Agent: acme-agent/2.3.1\r\nContent-Type: application/json\r\nX-Api-Key: ${v}\r\nContent-Length: 42\r\n\r\n{"event":"deploy","ok":true,"dur":${g.int(900)}}`],
  ["form urlencoded body", (g, e, v) => `POST /oauth/token HTTP/1.1\nHost: auth.acme-corp.net\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-reports&${e.toLowerCase()}=${encodeURIComponent(v)}&scope=read`],
  ["multipart form-data", (g, e, v) => { const b = "----WebKitFormBoundary" + g.a(16); return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}\nContent-Disposition: form-data; name="${e.toLowerCase()}"\n\n${v}\n--${b}--`; }],
  ["JSON request body", (g, e, v) => JSON.stringify({ name: "nightly-sync", source: { type: "rest", url: "https://crm.acme-corp.net/api", [camel(e)]: v }, schedule: "0 3 * * *" }, null, 2)],
  ["YAML app config", (g, e, v) => `# config/production.yml\napp:\n  name: storefront\n  region: eu-west-1\n${kebab(e).split("-")[0]}:\n  ${e.toLowerCase()}: ${v}\n  retries: 3\nlogging:\n  level: warn\n`],
  ["TOML config", (g, e, v) => `[server]\nbind = "0.0.0.0:7000"\nworkers = 4\n\n[credentials]\n${e.toLowerCase()} = "${v}"\n\n[cache]\nttl_seconds = 300\n`],
  ["INI config", (g, e, v) => `; settings.ini\n[general]\ndebug = false\nlocale = en_US\n\n[api]\nendpoint = https://api.acme-corp.net\n${e.toLowerCase()} = ${v}\n`],
  [".properties", (g, e, v) => `# application-prod.properties\nspring.application.name=orders\nserver.port=8443\napp.${dotted(e)}=${v}\nspring.jpa.hibernate.ddl-auto=validate\n`],
  ["JSON config file", (g, e, v) => JSON.stringify({ $schema: "./schema.json", env: "production", services: { primary: { enabled: true, [camel(e)]: v, timeoutMs: 8000 } } }, null, 2)],
  ["HCL terraform", (g, e, v) => `variable "region" {\n  default = "us-east-1"\n}\n\nresource "acme_integration" "main" {\n  name       = "prod-sync"\n  ${e.toLowerCase()} = "${v}"\n  enabled    = true\n}\n`],
  ["XML web.config", (g, e, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${e}" value="${v}" />\n    <add key="MaxRetries" value="5" />\n  </appSettings>\n</configuration>`],
  ["Python code", (g, e, v) => `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\n${e} = os.environ.get("${e}", "${v}")\n\ndef get_client():\n    log.info("creating client")\n    return Client(api_key=${e}, timeout=30)\n`],
  ["TypeScript code", (g, e, v) => `import { createClient } from "./client";\n\nconst ${camel(e)} = process.env.${e} ?? "${v}";\n\nexport const client = createClient({\n  apiKey: ${camel(e)},\n  retries: 2,\n});\n`],
  ["Go code", (g, e, v) => `package config\n\nimport "os"\n\nfunc ${camel(e).replace(/^./, (c) => c.toUpperCase())}() string {\n\tif v := os.Getenv("${e}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${v}"\n}\n`],
  ["Java code", (g, e, v) => `public final class Settings {\n    private static final String ${e} = "${v}";\n\n    public static String get() {\n        String env = System.getenv("${e}");\n        return env != null ? env : ${e};\n    }\n}\n`],
  ["C# code", (g, e, v) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", c =>\n{\n    c.BaseAddress = new Uri("https://api.acme-corp.net/");\n    c.DefaultRequestHeaders.Add("X-Api-Key", "${v}");\n});\nvar app = builder.Build();\n`],
  ["Ruby code", (g, e, v) => `# config/initializers/integration.rb\nRails.application.configure do\n  config.x.integration.${e.toLowerCase()} = ENV.fetch("${e}", "${v}")\n  config.x.integration.timeout = 10\nend\n`],
  ["PHP code", (g, e, v) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${e.toLowerCase()}' => env('${e}', '${v}'),\n    'timeout' => 15,\n];\n`],
  ["Rust code", (g, e, v) => `use std::env;\n\nfn api_key() -> String {\n    env::var("${e}").unwrap_or_else(|_| "${v}".to_string())\n}\n`],
  ["GitHub Actions log", (g, e, v) => `2026-11-${10 + g.int(18)}T09:${10 + g.int(49)}:12.${g.d(7)}Z ##[group]Run ./scripts/deploy.sh\n2026-11-14T09:14:12.1Z + echo "deploying sha ${g.h(40)}"\n2026-11-14T09:14:12.2Z + export ${e}=${v}\n2026-11-14T09:14:12.3Z + ./bin/release --target prod\n2026-11-14T09:14:15.9Z release ok\n##[endgroup]`],
  ["shell history", (g, e, v) => `  501  git pull --rebase\n  502  make build\n  503  export ${e}=${v}\n  504  ./bin/server --port 9000\n  505  history | tail`],
  ["Python crash dump locals", (g, e, v) => `Traceback (most recent call last):\n  File "/srv/app/worker.py", line 88, in run\n    resp = client.post(url, headers=headers)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.acme-corp.net', port=443)\n\nLocals at frame run:\n    url = 'https://api.acme-corp.net/v1/jobs'\n    headers = {'Authorization': 'Bearer ${v}', 'User-Agent': 'worker/1.4'}\n    attempt = 3\n`],
  ["Jupyter notebook", (g, e, v) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${e}"] = "${v}"\n`, "df = load_dataset('sales')\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1)],
  ["SQL seed insert", (g, e, v) => `-- seed integrations\nINSERT INTO integrations (id, tenant_id, kind, ${e.toLowerCase()}, created_at)\nVALUES (${g.int(900)}, 'acme', 'webhook', '${v}', NOW());\n`],
  ["Markdown doc", (g, e, v) => `## Local setup\n\n1. Copy the env file\n2. Set the key we use for staging:\n\n\`\`\`bash\nexport ${e}="${v}"\n\`\`\`\n\n3. Run \`make dev\`.\n`],
  ["unified diff", (g, e, v) => `diff --git a/.env.production b/.env.production\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,4 +3,5 @@ APP_URL=https://app.acme-corp.net\n SESSION_TTL=3600\n+${e}=${v}\n QUEUE=default\n`],
  ["chat message", (g, e, v, p) => `hey, prod is down because the ${p} creds rotated. new one is ${v} — can you update the deploy secret and restart the workers?`],
  ["Dockerfile", (g, e, v) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${e}=${v}\nCOPY . .\nCMD ["node", "dist/index.js"]\n`],
  ["k8s Secret stringData", (g, e, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n  ${e}: "${v}"\n`],
  ["docker run -e", (g, e, v) => `docker run -d --name api --restart unless-stopped -p 8080:8080 -e NODE_ENV=production -e ${e}=${v} ghcr.io/acme/api:latest`],
];

let rot = 0;
export function resetRot(start = 0) { rot = start; }

/** Renders each spec `times` times through rotating renderers. */
export function build(seed: number, idPrefix: string, specs: Spec[], times: number, startNum = 1): CorpusCase[] {
  const g = new Gen(seed);
  const out: CorpusCase[] = [];
  let n = startNum;
  for (let t = 0; t < times; t++) {
    for (const [prov, slot, group, mk] of specs) {
      const v = mk(g);
      const [rname, rfn] = RENDERERS[rot++ % RENDERERS.length]!;
      out.push({
        id: `${idPrefix}-${String(n++).padStart(3, "0")}`,
        kind: "secrets",
        category: `heldouty100-sec-${group}`,
        label: "positive",
        text: rfn(g, slot, v, prov),
        note: `${prov}; slot ${slot}; context: ${rname}`,
      });
    }
  }
  return out;
}

export { jsonEsc };
