// Shared PRNG helpers and context renderers for heldout-y45 (skipped by the loader: starts with "_").
// Every credential-shaped value is assembled at run time from a split prefix and a mulberry32 body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const HEX = "0123456789abcdef";
export const B64 = `${ALNUM}+/`;
export const B64URL = `${ALNUM}-_`;
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const DIG = "0123456789";

export class Gen extends SeededRng {
  a(n: number): string { return this.str(n, ALNUM); }
  l(n: number): string { return this.str(n, LOWER); }
  U(n: number): string { return this.str(n, UPPER); }
  h(n: number): string { return this.str(n, HEX); }
  H(n: number): string { return this.str(n, HEX.toUpperCase()); }
  d(n: number): string { return this.str(n, DIG); }
  b64(n: number): string { return this.str(n, B64); }
  bu(n: number): string { return this.str(n, B64URL); }
  uuid(): string { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  /** base64 with padding for a byte count. */
  b64b(bytes: number): string {
    const s = Buffer.from(this.bytes(bytes)).toString("base64");
    return s;
  }
  jwt(payload: Record<string, unknown>): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.bu(43)].join(".");
  }
}

/** Join parts so no credential-shaped literal appears in the source. */
export const j = (...parts: string[]) => parts.join("");

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  p: string; // provider + credential name
  g: Group;
  env: string; // env var name a developer would use
  mk: (r: Gen) => string;
  hdr?: string; // header line prefix, e.g. "X-Api-Key: "; default "Authorization: Bearer "
  q?: string; // query/form param name; default "api_key"
  host?: string; // API host
  noHdr?: boolean; // value is not sent as a header/param (connection string, key file)
}

export interface Ctx {
  env: string;
  key: string; // snake_case config key
  camel: string;
  v: string;
  hdr: string;
  q: string;
  host: string;
  p: string;
  r: Gen;
}

const esc = (s: string) => JSON.stringify(s).slice(1, -1);

export interface Renderer { name: string; hdr?: boolean; fn: (c: Ctx) => string }

export const RENDERERS: Renderer[] = [
  { name: "LLM chat body with pasted .env", fn: (c) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `my app won't start locally, here's my .env:\n\nNODE_ENV=development\nPORT=3000\nLOG_LEVEL=debug\n${c.env}=${c.v}\nREDIS_HOST=localhost\n\nerror is "connection refused" on boot` }] }, null, 2) },
  { name: "Anthropic tool_use write_file", fn: (c) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll add the config file." }, { type: "tool_use", id: `toolu_01${c.r.a(22)}`, name: "write_file", input: { path: "config/settings.yaml", content: `service:\n  name: billing-worker\n  region: eu-west-1\n  ${c.key}: "${c.v}"\n  timeout_ms: 5000\n` } }] }, null, 2) },
  { name: "OpenAI tool_calls shell export", fn: (c) => JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: `call_${c.r.a(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${c.env}="${c.v}" && npm run sync -- --verbose`, cwd: "/home/dev/app" }) } }] }, null, 2) },
  { name: "MCP tool result echoed back", fn: (c) => JSON.stringify({ jsonrpc: "2.0", id: 17, result: { content: [{ type: "text", text: `# deploy/.env.production\nAPP_URL=https://app.example.io\n${c.env}=${c.v}\nFEATURE_FLAGS=new-billing,dark-mode\n` }], isError: false } }) },
  { name: "curl header", hdr: true, fn: (c) => `$ curl -sS https://${c.host}/v1/status \\\n  -H "${c.hdr}${c.v}" \\\n  -H "Accept: application/json" | jq .` },
  { name: "raw HTTP request header", hdr: true, fn: (c) => `POST /v1/events HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: python-requests/2.32.3\r\nContent-Type: application/json\r\n${c.hdr}${c.v}\r\nContent-Length: 42\r\n\r\n{"event":"deploy","service":"api","ok":true}` },
  { name: "URL query string", hdr: true, fn: (c) => `GET https://${c.host}/api/v2/search?q=invoices&limit=50&${c.q}=${encodeURIComponent(c.v)} -> 200 (312ms)` },
  { name: "form body", hdr: true, fn: (c) => `POST /oauth/verify HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\nclient=cli&${c.q}=${encodeURIComponent(c.v)}&scope=read%20write` },
  { name: "multipart form", hdr: true, fn: (c) => `POST /upload HTTP/1.1\nHost: ${c.host}\nContent-Type: multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW\n\n------WebKitFormBoundary7MA4YWxkTrZu0gW\nContent-Disposition: form-data; name="${c.q}"\n\n${c.v}\n------WebKitFormBoundary7MA4YWxkTrZu0gW\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,19.99\n------WebKitFormBoundary7MA4YWxkTrZu0gW--` },
  { name: "JSON request body", fn: (c) => `fetch("https://${c.host}/v1/configure", {\n  method: "POST",\n  headers: { "Content-Type": "application/json" },\n  body: ${JSON.stringify(JSON.stringify({ project: "acme-web", [c.camel]: c.v, dryRun: false }))}\n});` },
  { name: ".env file", fn: (c) => `# .env.local — do not commit\nDATABASE_POOL=10\nSENTRY_ENVIRONMENT=staging\n${c.env}=${c.v}\nAPP_DEBUG=false` },
  { name: "YAML config", fn: (c) => `# config/production.yml\nserver:\n  port: 8080\n  host: 0.0.0.0\nintegrations:\n  ${c.key}: ${c.v}\n  retries: 3\nlogging:\n  level: info` },
  { name: "TOML config", fn: (c) => `[app]\nname = "ledger"\nversion = "2.4.1"\n\n[integrations]\n${c.key} = "${c.v}"\ntimeout = 30\n` },
  { name: "INI config", fn: (c) => `[default]\nregion = us-east-1\noutput = json\n\n[integration]\n${c.key} = ${c.v}\nverify_ssl = true` },
  { name: ".properties file", fn: (c) => `# application.properties\nspring.application.name=orders\nserver.port=8081\nintegration.${c.camel}=${c.v}\nlogging.level.root=INFO` },
  { name: "JSON config", fn: (c) => JSON.stringify({ name: "ingest", env: "prod", integrations: { [c.camel]: c.v, enabled: true }, batchSize: 200 }, null, 2) },
  { name: "Terraform HCL", fn: (c) => `variable "region" {\n  default = "eu-central-1"\n}\n\nresource "kubernetes_secret" "app" {\n  metadata {\n    name = "app-secrets"\n  }\n  data = {\n    ${c.env} = "${c.v}"\n  }\n}` },
  { name: "XML appSettings", fn: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${c.camel}" value="${c.v}" />\n  </appSettings>\n</configuration>` },
  { name: "Python SDK constructor", fn: (c) => `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\n# TODO move to secrets manager\n${c.key.toUpperCase()} = os.environ.get("${c.env}", "${c.v}")\n\ndef client():\n    return Client(api_key=${c.key.toUpperCase()}, timeout=30)` },
  { name: "TypeScript env default", fn: (c) => `import { createClient } from "./client";\n\nconst ${c.camel} = process.env.${c.env} ?? "${c.v}";\n\nexport const client = createClient({ ${c.camel}, retries: 2 });` },
  { name: "Go code", fn: (c) => `package config\n\nimport "os"\n\nfunc ${c.camel[0]!.toUpperCase() + c.camel.slice(1)}() string {\n\tif v := os.Getenv("${c.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${c.v}"\n}` },
  { name: "Java code", fn: (c) => `public final class Secrets {\n    private Secrets() {}\n    // temporary for the demo, rotate after\n    public static final String ${c.env} = "${c.v}";\n}` },
  { name: "C# code", fn: (c) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", http =>\n{\n    http.BaseAddress = new Uri("https://${c.host}/");\n    http.DefaultRequestHeaders.Add("X-Client", "orders");\n});\nvar ${c.camel} = Environment.GetEnvironmentVariable("${c.env}") ?? "${c.v}";` },
  { name: "Ruby code", fn: (c) => `# config/initializers/integration.rb\nRails.application.config.x.integration = {\n  ${c.key}: ENV.fetch("${c.env}", "${c.v}"),\n  timeout: 10\n}` },
  { name: "PHP code", fn: (c) => `<?php\n\nreturn [\n    'default' => 'primary',\n    '${c.key}' => env('${c.env}', '${c.v}'),\n    'timeout' => 15,\n];` },
  { name: "Rust code", fn: (c) => `use std::env;\n\nfn ${c.key}() -> String {\n    env::var("${c.env}").unwrap_or_else(|_| "${c.v}".to_string())\n}` },
  { name: "pytest fixture", fn: (c) => `import pytest\n\n@pytest.fixture\ndef live_settings(monkeypatch):\n    # copied from the staging box so the integration test hits the real API\n    monkeypatch.setenv("${c.env}", "${c.v}")\n    yield` },
  { name: "CI log", fn: (c) => `2026-03-11T09:14:02.118Z ##[group]Run ./scripts/deploy.sh\n2026-03-11T09:14:02.121Z + set -x\n2026-03-11T09:14:02.122Z + export ${c.env}=${c.v}\n2026-03-11T09:14:02.130Z + ./bin/release --env production\n2026-03-11T09:14:05.441Z release: uploaded 14 artifacts\n2026-03-11T09:14:05.442Z ##[endgroup]` },
  { name: "shell history", fn: (c) => `  501  cd ~/src/api\n  502  git pull --rebase\n  503  export ${c.env}='${c.v}'\n  504  make run\n  505  docker compose logs -f worker` },
  { name: "Python crash dump with locals", fn: (c) => `Traceback (most recent call last):\n  File "/srv/app/worker.py", line 88, in run\n    resp = session.post(url, json=payload, timeout=10)\nrequests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='${c.host}', port=443)\n\nLocals at frame run:\n    url = 'https://${c.host}/v1/jobs'\n    ${c.key} = '${c.v}'\n    payload = {'job': 'nightly-export', 'attempt': 3}` },
  { name: "Jupyter notebook cell", fn: (c) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${c.env}"] = "${c.v}"\n`, "df = load_dataset('sales_2025')\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", fn: (c) => `-- seed integration credentials for staging\nINSERT INTO integrations (id, tenant_id, provider, ${c.key}, created_at)\nVALUES (42, 7, '${c.p.split(" ")[0]!.toLowerCase()}', '${c.v}', NOW());` },
  { name: "Markdown doc", fn: (c) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the shared team key (ask in #platform if it stops working):\n\n\`\`\`bash\nexport ${c.env}=${c.v}\n\`\`\`\n\n3. Run \`make dev\`.` },
  { name: "unified diff", fn: (c) => `diff --git a/docker-compose.yml b/docker-compose.yml\nindex 3f2a1c9..8b7d4e0 100644\n--- a/docker-compose.yml\n+++ b/docker-compose.yml\n@@ -12,6 +12,7 @@ services:\n     environment:\n       - NODE_ENV=production\n       - PORT=8080\n+      - ${c.env}=${c.v}\n     depends_on:\n       - db` },
  { name: "team chat message", fn: (c) => `[10:42] priya: anyone have the prod creds for ${c.p.split(" ")[0]}? my local one expired\n[10:44] marco: use this one for now ${c.v}\n[10:44] marco: it's the ${c.env} from the deploy box, don't paste it anywhere` },
  { name: "docker run -e", fn: (c) => `docker run -d --name worker \\\n  -e LOG_LEVEL=info \\\n  -e ${c.env}=${c.v} \\\n  -p 9000:9000 ghcr.io/acme/worker:1.8.2` },
  { name: "Kubernetes Secret stringData", fn: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-env\n  namespace: prod\ntype: Opaque\nstringData:\n  ${c.env}: "${c.v}"` },
  { name: "Dockerfile ENV", fn: (c) => `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${c.env}=${c.v}\nCOPY . .\nCMD ["node", "server.js"]` },
];

function toKey(env: string): string {
  return env.toLowerCase();
}
function toCamel(env: string): string {
  return env.toLowerCase().replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
}

export function ctxFor(s: { env: string; hdr?: string; q?: string; host?: string; p: string }, v: string, r: Gen): Ctx {
  return { env: s.env, key: toKey(s.env), camel: toCamel(s.env), v, hdr: s.hdr ?? "Authorization: Bearer ", q: s.q ?? "api_key", host: s.host ?? "api.example-service.com", p: s.p, r };
}

/** Render each spec `times` times, rotating through the renderers (skipping header renderers for noHdr specs). */
export function buildPositives(prefix: string, specs: Spec[], r: Gen, times: number, start = 0): CorpusCase[] {
  const out: CorpusCase[] = [];
  let ri = start;
  let n = 0;
  for (let t = 0; t < times; t++) {
    for (const s of specs) {
      let rend = RENDERERS[ri % RENDERERS.length]!;
      while (s.noHdr && rend.hdr) { ri++; rend = RENDERERS[ri % RENDERERS.length]!; }
      ri++;
      const v = s.mk(r);
      n++;
      out.push({
        id: `${prefix}-${String(n).padStart(3, "0")}`,
        kind: "secrets",
        category: `heldouty45-sec-${s.g}`,
        label: "positive",
        text: rend.fn(ctxFor(s, v, r)),
        note: `${s.p} in ${s.env} slot; context: ${rend.name}`,
      });
    }
  }
  return out;
}

export { esc };
