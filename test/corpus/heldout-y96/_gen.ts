// Shared generator for heldout-y96: seeded PRNG draws and context renderers. Skipped by the loader.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const LO = "abcdefghijklmnopqrstuvwxyz0123456789";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const B64 = AL + "+/";
export const URLB64 = AL + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const DIG = "0123456789";

export class Gen extends SeededRng {
  /** prefix pieces joined with a random body: j(["sk", "_live_"], 24, AL). */
  t(prefix: string[], n: number, alpha = AL): string {
    return prefix.join("") + this.str(n, alpha);
  }
  hex(n: number): string {
    return this.str(n, HX);
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  }
  b64(n: number): string {
    const s = this.str(n, B64);
    return s + "=".repeat((4 - (n % 4)) % 4);
  }
  jwt(payload: object): string {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.str(43, URLB64)].join(".");
  }
}

/** JSON-escape a text for embedding in a JSON string (without quotes). */
export const esc = (s: string) => JSON.stringify(s).slice(1, -1);

export type Renderer = (slot: string, value: string, g: Gen) => string;
const lc = (s: string) => s.toLowerCase();
const camel = (s: string) => lc(s).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export const RENDERERS: [string, Renderer][] = [
  ["LLM chat body with pasted .env", (s, v, g) =>
    JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `my app won't start, here's the .env:\n\nNODE_ENV=production\nPORT=8080\n${s}=${v}\nLOG_LEVEL=info\n\nerror is ECONNREFUSED on boot, trace id ${g.hex(16)}` }] }, null, 2)],
  ["Anthropic tool_use write_file", (s, v, g) =>
    JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll write the config file." }, { type: "tool_use", id: "toolu_01" + g.str(22, AL), name: "write_file", input: { path: "config/.env.production", content: `APP_NAME=billing\n${s}=${v}\nDEBUG=false\n` } }] }, null, 2)],
  ["OpenAI tool_calls shell export", (s, v, g) =>
    JSON.stringify({ id: "chatcmpl-" + g.str(29, AL), choices: [{ index: 0, message: { role: "assistant", content: null, tool_calls: [{ id: "call_" + g.str(24, AL), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s}='${v}' && npm run deploy` }) } }] }, finish_reason: "tool_calls" }] }, null, 2)],
  ["MCP tool result echoed back", (s, v, g) =>
    JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text: `$ cat .env.local\n# generated ${2025}\n${s}="${v}"\nFEATURE_FLAGS=beta,search\n` }], isError: false } }, null, 2)],
  ["curl header", (s, v) =>
    `# ${s} from the team vault\ncurl -sS -X POST https://api.internal.example.com/v1/sync \\\n  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer ${v}" \\\n  -d '{"full":true}'`],
  ["raw HTTP request header", (s, v, g) =>
    `POST /v2/events HTTP/1.1\r\nHost: ingest.example.net\r\nUser-Agent: agent-runner/0.9\r\nX-Request-Id: ${g.uuid()}\r\nX-Api-Key: ${v}\r\nContent-Type: application/json\r\n\r\n{"event":"deploy","env":"prod"}`.replace("X-Api-Key", s.toLowerCase().includes("token") ? "X-Auth-Token" : "X-Api-Key")],
  ["URL query string", (s, v) =>
    `GET https://api.example.io/v1/report?format=csv&${lc(s)}=${encodeURIComponent(v)}&page=2 HTTP/1.1\nAccept: text/csv`],
  ["form-urlencoded body", (s, v) =>
    `POST /oauth/token HTTP/1.1\nHost: auth.example.org\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${lc(s)}=${encodeURIComponent(v)}&scope=read`],
  ["multipart form body", (s, v, g) => {
    const b = "----WebKitFormBoundary" + g.str(16, AL);
    return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,20\n--${b}\nContent-Disposition: form-data; name="${lc(s)}"\n\n${v}\n--${b}--`;
  }],
  ["JSON request body", (s, v, g) =>
    `fetch("https://hooks.example.dev/run", {\n  method: "POST",\n  headers: { "content-type": "application/json" },\n  body: JSON.stringify({"job":"nightly","${camel(s)}":"${v}","run_id":"${g.uuid()}"})\n});`],
  [".env file", (s, v) => `# .env\nDATABASE_POOL=10\nREDIS_TTL=300\n${s}=${v}\nSENTRY_ENVIRONMENT=production\n`],
  ["docker-compose YAML", (s, v) =>
    `services:\n  api:\n    image: ghcr.io/acme/api:1.14.2\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n      - ${s}=${v}\n    restart: unless-stopped\n`],
  ["TOML config", (s, v) => `[server]\nhost = "0.0.0.0"\nport = 4000\n\n[integrations]\n${lc(s)} = "${v}"\ntimeout_ms = 5000\n`],
  ["INI config", (s, v) => `[default]\nregion = eu-west-1\noutput = json\n\n[integration]\n${lc(s)} = ${v}\nretries = 3\n`],
  ["Java .properties", (s, v) => `spring.application.name=orders\nserver.port=8081\napp.integration.${lc(s).replace(/_/g, ".")}=${v}\nlogging.level.root=INFO\n`],
  ["JSON config file", (s, v) => JSON.stringify({ name: "worker", version: "2.3.1", integrations: { [camel(s)]: v, enabled: true }, logLevel: "warn" }, null, 2)],
  ["Terraform HCL", (s, v) => `variable "region" {\n  default = "us-east-1"\n}\n\nresource "kubernetes_secret" "app" {\n  metadata {\n    name = "app-env"\n  }\n  data = {\n    ${s} = "${v}"\n  }\n}\n`],
  ["XML appsettings", (s, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s}" value="${v}" />\n  </appSettings>\n</configuration>\n`],
  ["Python SDK/env default", (s, v) => `import os\nimport requests\n\nAPI_KEY = os.environ.get("${s}", "${v}")\n\ndef sync():\n    r = requests.get("https://api.example.com/items", headers={"Authorization": f"Bearer {API_KEY}"}, timeout=10)\n    r.raise_for_status()\n    return r.json()\n`],
  ["TypeScript client", (s, v) => `import axios from "axios";\n\nconst ${camel(s)} = process.env.${s} ?? "${v}";\n\nexport const client = axios.create({\n  baseURL: "https://api.example.com",\n  headers: { Authorization: \`Bearer \${${camel(s)}}\` },\n});\n`],
  ["Go code", (s, v) => `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst default${camel(s).replace(/^./, (c) => c.toUpperCase())} = "${v}"\n\nfunc token() string {\n\tif t := os.Getenv("${s}"); t != "" {\n\t\treturn t\n\t}\n\treturn default${camel(s).replace(/^./, (c) => c.toUpperCase())}\n}\n\nvar _ = http.MethodGet\n`],
  ["Java code", (s, v) => `public final class Config {\n    // TODO move to vault\n    private static final String ${s} = "${v}";\n\n    public static String apiKey() {\n        return System.getenv().getOrDefault("${s}", ${s});\n    }\n}\n`],
  ["Ruby code", (s, v) => `require "net/http"\n\nclass Notifier\n  ${s} = ENV.fetch("${s}", "${v}")\n\n  def call(msg)\n    Net::HTTP.post(URI("https://api.example.com/notify"), msg, "Authorization" => "Bearer #{${s}}")\n  end\nend\n`],
  ["C# code", (s, v) => `using System.Net.Http;\n\nvar http = new HttpClient();\nvar key = Environment.GetEnvironmentVariable("${s}") ?? "${v}";\nhttp.DefaultRequestHeaders.Add("X-Api-Key", key);\nvar res = await http.GetAsync("https://api.example.com/status");\n`],
  ["PHP code", (s, v) => `<?php\nreturn [\n    'debug' => false,\n    'services' => [\n        '${lc(s)}' => env('${s}', '${v}'),\n    ],\n];\n`],
  ["Rust code", (s, v) => `use std::env;\n\nfn api_key() -> String {\n    env::var("${s}").unwrap_or_else(|_| "${v}".to_string())\n}\n`],
  ["GitHub Actions CI log", (s, v, g) => `2026-03-04T10:1${g.range(0, 9)}:02.1234567Z ##[group]Run ./scripts/deploy.sh\n2026-03-04T10:11:02.1240000Z env:\n2026-03-04T10:11:02.1241000Z   ${s}: ${v}\n2026-03-04T10:11:02.1242000Z   GITHUB_SHA: ${g.hex(40)}\n2026-03-04T10:11:02.1243000Z ##[endgroup]\n2026-03-04T10:11:05.0000000Z deploy: uploading bundle (3.2 MB)\n`],
  ["shell history", (s, v) => `  501  cd ~/src/service\n  502  git pull --rebase\n  503  export ${s}=${v}\n  504  make run\n  505  tail -f logs/app.log\n`],
  ["Python crash report with locals", (s, v) => `Traceback (most recent call last):\n  File "/app/worker.py", line 88, in run\n    resp = client.post(url, headers=headers)\n  File "/usr/lib/python3.12/site-packages/httpx/_client.py", line 1145, in post\nhttpx.ConnectTimeout: timed out\n\nLocals at frame run:\n    url = 'https://api.example.com/v1/jobs'\n    headers = {'Authorization': 'Bearer ${v}'}\n    settings.${lc(s)} = '${v}'\n`],
  ["Jupyter notebook cell", (s, v) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, source: ["import os\n", `os.environ["${s}"] = "${v}"\n`, "client = make_client()\n"], outputs: [] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1)],
  ["SQL seed insert", (s, v, g) => `-- seed integrations\nINSERT INTO integration_credentials (id, provider, name, secret_value, created_at)\nVALUES (${g.range(10, 999)}, 'external', '${lc(s)}', '${v}', NOW());\n`],
  ["Markdown doc", (s, v) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the shared team credential for now:\n\n\`\`\`bash\n${s}=${v}\n\`\`\`\n\n3. Run \`make dev\`.\n`],
  ["unified diff", (s, v, g) => `diff --git a/config/settings.yml b/config/settings.yml\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/config/settings.yml\n+++ b/config/settings.yml\n@@ -4,3 +4,4 @@ integrations:\n   timeout: 30\n   retries: 2\n+  ${lc(s)}: "${v}"\n   region: eu\n`],
  ["chat message paste", (s, v) => `[10:42] dana: can someone send me the ${lc(s).replace(/_/g, " ")}? staging is failing\n[10:43] raj: here ${v}\n[10:43] raj: rotate it after the demo pls\n`],
  ["Dockerfile", (s, v) => `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${s}=${v}\nCOPY . .\nCMD ["node", "server.js"]\n`],
  ["k8s Secret stringData", (s, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  ${s}: "${v}"\n`],
];

export interface Spec {
  provider: string;
  group: string;
  slot: string;
  make: (g: Gen) => string;
  /** optional custom renderer overriding rotation */
  render?: Renderer;
}

/** Render each spec `times` times through rotating renderers. */
export function build(specs: Spec[], g: Gen, idPrefix: string, cat: string, times: number, rotStart = 0): CorpusCase[] {
  const out: CorpusCase[] = [];
  let k = rotStart;
  let n = 1;
  for (let t = 0; t < times; t++) {
    for (const sp of specs) {
      const v = sp.make(g);
      const [rname, r] = RENDERERS[k % RENDERERS.length]!;
      k += 7; // coprime with 36 so contexts spread evenly
      const text = sp.render && t === 0 ? sp.render(sp.slot, v, g) : r(sp.slot, v, g);
      out.push({
        id: `${idPrefix}-${String(n++).padStart(3, "0")}`,
        kind: "secrets",
        category: `${cat}-${sp.group}`,
        label: "positive",
        text,
        note: `${sp.provider}; slot ${sp.slot}; context ${sp.render && t === 0 ? "custom" : rname}`,
      });
    }
  }
  return out;
}
