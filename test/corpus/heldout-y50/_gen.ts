// Shared PRNG-backed builders and context renderers for heldout-y50 (skipped by the loader).
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const ALNUM = UP + LO + DIG;
export const LOWNUM = LO + DIG;
export const UPNUM = UP + DIG;
export const B64 = ALNUM + "+/";
export const B64URL = ALNUM + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen extends SeededRng {
  s(n: number, a = ALNUM): string {
    return this.str(n, a);
  }
  hex(n: number): string {
    return this.str(n, HEX);
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  }
  b64(nBytes: number): string {
    return Buffer.from(this.bytes(nBytes)).toString("base64");
  }
  b64url(nBytes: number): string {
    return Buffer.from(this.bytes(nBytes)).toString("base64url");
  }
  jwt(payload: Record<string, unknown>): string {
    const h = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
    const p = Buffer.from(JSON.stringify(payload)).toString("base64url");
    return [h, p, this.b64url(32)].join(".");
  }
  digits(n: number): string {
    return this.str(n, DIG);
  }
}

/** Joins a split prefix and a body so the source never holds a credential-shaped literal. */
export const j = (...parts: string[]) => parts.join("");

export interface Tok {
  provider: string;
  group: string;
  /** Env var / config slot name a developer would use. */
  slot: string;
  make: (g: Gen) => string;
}

export type Renderer = { name: string; render: (slot: string, value: string, g: Gen, provider: string) => string };

const esc = (s: string) => JSON.stringify(s).slice(1, -1);
const lower = (s: string) => s.toLowerCase();
const camel = (s: string) => lower(s).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const host = (p: string) => lower(p.split(/[ /(]/)[0]!).replace(/[^a-z0-9]+/g, "") + ".com";

export const renderers: Renderer[] = [
  { name: "chat body with pasted .env", render: (k, v, g) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `why does the app crash on boot? here's my .env\n\nNODE_ENV=production\nPORT=8080\nDATABASE_POOL=10\n${k}=${v}\nLOG_LEVEL=info\n` }] }, null, 2) },
  { name: "tool_use write_file .env.production", render: (k, v, g) => JSON.stringify({ type: "tool_use", id: `toolu_01${g.s(22)}`, name: "write_file", input: { path: ".env.production", content: `APP_URL=https://app.example.org\n${k}=${v}\nFEATURE_FLAGS=beta,search\n` } }) },
  { name: "openai tool_calls shell export", render: (k, v, g) => JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: `call_${g.s(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${k}='${v}' && npm run deploy` }) } }] }) },
  { name: "MCP tool result echoing a config file", render: (k, v, g) => JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text: `$ cat config/settings.yaml\nserver:\n  port: 3000\nintegrations:\n  ${lower(k)}: "${v}"\n  timeout_ms: 5000\n` }], isError: false } }) },
  { name: "curl Authorization header", render: (k, v, g, p) => `curl -sS -X POST https://api.${host(p)}/v1/items \\\n  -H "Authorization: Bearer ${v}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"nightly-sync","limit":50}'` },
  { name: "raw HTTP request custom header", render: (k, v, g, p) => `GET /v2/resources?page=2 HTTP/1.1\r\nHost: api.${host(p)}\r\nUser-Agent: python-requests/2.32.3\r\nAccept: application/json\r\nX-Api-Key: ${v}\r\nX-Request-Id: ${g.uuid()}\r\n\r\n` },
  { name: "URL query string in a log line", render: (k, v, g, p) => `2026-03-14T09:12:${g.range(10, 59)}.${g.digits(3)}Z INFO  http.client GET https://api.${host(p)}/v1/query?format=json&${camel(k)}=${encodeURIComponent(v)}&limit=100 -> 200 (${g.range(40, 900)}ms)` },
  { name: "form-encoded POST body", render: (k, v, g, p) => `POST /oauth/token HTTP/1.1\nHost: auth.${host(p)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=read%20write&${lower(k)}=${encodeURIComponent(v)}` },
  { name: "multipart form field", render: (k, v, g) => { const b = `----WebKitFormBoundary${g.s(16)}`; return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}\nContent-Disposition: form-data; name="${lower(k)}"\n\n${v}\n--${b}--\n`; } },
  { name: "JSON request body", render: (k, v, g, p) => `POST https://hooks.${host(p)}/ingest\nContent-Type: application/json\n\n${JSON.stringify({ source: "ci", [camel(k)]: v, payload: { build: g.range(100, 9999), status: "passed" } }, null, 2)}` },
  { name: "docker-compose YAML", render: (k, v) => `services:\n  api:\n    image: ghcr.io/acme/api:1.14.2\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n      - ${k}=${v}\n    depends_on:\n      - db\n` },
  { name: "TOML config", render: (k, v) => `[app]\nname = "ledger"\nworkers = 4\n\n[integrations]\n${lower(k)} = "${v}"\nretry = 3\n` },
  { name: "INI config", render: (k, v, g, p) => `[default]\nregion = eu-west-1\noutput = json\n\n[${lower(p).replace(/[^a-z0-9]+/g, "-")}]\n${lower(k)} = ${v}\nendpoint = https://api.${host(p)}\n` },
  { name: "Java .properties", render: (k, v, g, p) => `spring.application.name=orders\nserver.port=8081\nspring.datasource.hikari.maximum-pool-size=12\n${lower(p).replace(/[^a-z0-9]+/g, "")}.${camel(k)}=${v}\nlogging.level.root=INFO\n` },
  { name: "JSON config file", render: (k, v) => JSON.stringify({ name: "worker", version: "2.3.0", settings: { region: "us-east-1", [camel(k)]: v, retries: 3 } }, null, 2) },
  { name: "Terraform HCL", render: (k, v, g, p) => `provider "restapi" {\n  uri                  = "https://api.${host(p)}"\n  write_returns_object = true\n}\n\nvariable "${lower(k)}" {\n  type      = string\n  sensitive = true\n  default   = "${v}"\n}\n` },
  { name: "XML config", render: (k, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${k}" value="${v}" />\n    <add key="TimeoutSeconds" value="30" />\n  </appSettings>\n</configuration>\n` },
  { name: "Python SDK constructor", render: (k, v, g, p) => `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\nclient = Client(\n    api_key="${v}",\n    timeout=30,\n)\n\ndef fetch(limit: int = 50):\n    return client.list(limit=limit)\n` },
  { name: "Node env default", render: (k, v) => `import express from "express";\n\nconst app = express();\nconst ${camel(k)} = process.env.${k} ?? "${v}";\n\napp.get("/health", (_req, res) => res.json({ ok: true }));\napp.listen(process.env.PORT ?? 3000);\n` },
  { name: "Go constant", render: (k, v) => `package config\n\nimport "os"\n\nconst default${camel(k).replace(/^./, (c) => c.toUpperCase())} = "${v}"\n\nfunc Get() string {\n\tif v := os.Getenv("${k}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${camel(k).replace(/^./, (c) => c.toUpperCase())}\n}\n` },
  { name: "Ruby initializer", render: (k, v, g, p) => `# config/initializers/integrations.rb\nRails.application.configure do\n  config.x.integrations.${lower(k)} = ENV.fetch("${k}", "${v}")\n  config.x.integrations.timeout = 15\nend\n` },
  { name: "C# appsettings usage", render: (k, v) => `public static class Secrets\n{\n    // TODO move to Key Vault\n    public const string ${camel(k).replace(/^./, (c) => c.toUpperCase())} = "${v}";\n    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);\n}\n` },
  { name: "PHP config array", render: (k, v) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${lower(k)}' => env('${k}', '${v}'),\n    'timeout' => 10,\n];\n` },
  { name: "Java test fixture", render: (k, v) => `class IntegrationClientTest {\n    private static final String ${k} = "${v}";\n\n    @Test\n    void listsItems() {\n        var client = new IntegrationClient(${k});\n        assertThat(client.list()).isNotEmpty();\n    }\n}\n` },
  { name: "GitHub Actions log", render: (k, v, g) => `2026-02-11T16:04:${g.range(10, 59)}.${g.digits(7)}Z ##[group]Run ./scripts/deploy.sh\n2026-02-11T16:04:22.1180000Z + echo "using ${k}=${v}"\n2026-02-11T16:04:22.1190000Z using ${k}=${v}\n2026-02-11T16:04:22.5400000Z Deploying commit ${g.hex(40)}\n2026-02-11T16:04:25.0020000Z ##[endgroup]` },
  { name: "shell history", render: (k, v, g) => `  ${g.range(500, 990)}  git pull --rebase\n  ${g.range(991, 999)}  export ${k}=${v}\n 1000  make migrate\n 1001  kubectl get pods -n staging` },
  { name: "Python crash dump with locals", render: (k, v, g) => `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    resp = session.post(url, headers=headers, timeout=10)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.ConnectionError: HTTPSConnectionPool: Max retries exceeded\n\nLocals at frame run:\n  url = 'https://api.internal/v1/sync'\n  headers = {'Authorization': 'Bearer ${v}', 'Accept': 'application/json'}\n  attempt = 3` },
  { name: "Jupyter notebook cell", render: (k, v, g) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: g.range(1, 40), metadata: {}, outputs: [], source: ["import os\n", `os.environ["${k}"] = "${v}"\n`, "df = load_dataset()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", render: (k, v, g, p) => `-- seed integrations for staging\nINSERT INTO integrations (id, provider, credential, created_at)\nVALUES (${g.range(1, 500)}, '${lower(p)}', '${v}', NOW());\n` },
  { name: "Markdown setup doc", render: (k, v, g, p) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the ${p} credential (shared team key, ask before rotating):\n\n\`\`\`bash\n${k}=${v}\n\`\`\`\n\n3. Run \`make dev\`.\n` },
  { name: "unified diff", render: (k, v) => `diff --git a/.env.staging b/.env.staging\nindex 3f1c2aa..9b0d1e4 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,5 @@ APP_ENV=staging\n QUEUE=redis\n-${k}=\n+${k}=${v}\n CACHE_TTL=300\n` },
  { name: "chat message pasted to a teammate", render: (k, v, g, p) => JSON.stringify({ channel: "C0" + g.s(8, UPNUM), text: `hey, prod ${p} key is \`${v}\` — rotating it friday, don't commit it` }) },
  { name: "chat body with JSON-escaped CI log", render: (k, v, g) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a helpful CI assistant." }, { role: "user", content: `build fails at the publish step:\n\n\`\`\`\nStep 7/9 : RUN ./publish.sh\n ---> Running in ${g.hex(12)}\n+ ${k}=\"${v}\" ./bin/upload dist/\nerror: 403 forbidden\n\`\`\`` }] }) },
  { name: "Kubernetes Secret stringData", render: (k, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  ${k}: "${v}"\n` },
  { name: "Dockerfile ENV", render: (k, v) => `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${k}=${v}\nCOPY . .\nCMD ["node", "server.js"]\n` },
  { name: "docker run -e", render: (k, v) => `docker run --rm -d --name worker \\\n  -e ${k}=${v} \\\n  -e LOG_LEVEL=debug \\\n  registry.example.org/worker:latest` },
];

export function build(toks: Tok[], seed: number, idPrefix: string, cat: string, start = 0): CorpusCase[] {
  const g = new Gen(seed);
  return toks.map((t, i) => {
    const r = renderers[(i + start) % renderers.length]!;
    const v = t.make(g);
    return {
      id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: `${cat}-${t.group}`,
      label: "positive",
      text: r.render(t.slot, v, g, t.provider),
      note: `${t.provider} (${t.slot}) in ${r.name}`,
    };
  });
}
