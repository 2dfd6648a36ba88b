// Shared builders for heldout-y30: a seeded stream with token-body helpers, and the context
// renderers that place one value (named by a slot) into everyday AI-coding-agent traffic.
// Every credential-shaped value is assembled at run time; nothing here is a literal credential.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const AN = UP + LO + DG;
export const HEX = "0123456789abcdef";
export const UHEX = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const B64U = AN + "_-";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const LOAN = LO + DG;
export const UPAN = UP + DG;

export class Gen extends SeededRng {
  an(n: number) { return this.str(n, AN); }
  hex(n: number) { return this.str(n, HEX); }
  uhex(n: number) { return this.str(n, UHEX); }
  b64(n: number) { return this.str(n, B64); }
  b64u(n: number) { return this.str(n, B64U); }
  dig(n: number) { return this.str(1, "123456789") + this.str(n - 1, DG); }
  lo(n: number) { return this.str(n, LOAN); }
  up(n: number) { return this.str(n, UPAN); }
  uuid() { return [this.hex(8), this.hex(4), "4" + this.hex(3), this.str(1, "89ab") + this.hex(3), this.hex(12)].join("-"); }
  /** base64 of n random bytes, padded. */
  b64bytes(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
  /** A JWT-shaped value with a JSON header and payload and a random signature. */
  jwt(payload: Record<string, unknown>, alg = "HS256") {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(payload), this.b64u(43)].join(".");
  }
  word() { return this.pick(["atlas", "birch", "cobalt", "delta", "ember", "fjord", "granite", "harbor", "iris", "juniper", "kestrel", "lumen", "maple", "nova", "onyx", "pine", "quartz", "raven", "sable", "tundra"]); }
  host() { return this.pick(["api-gw", "worker", "billing-svc", "ingest", "web", "scheduler", "notifier", "etl"]) + "-" + this.lo(5); }
  sha() { return this.hex(40); }
  trace() { return this.hex(32); }
  ts() { return `2026-${String(this.range(1, 11)).padStart(2, "0")}-${String(this.range(1, 28)).padStart(2, "0")}T${String(this.range(0, 23)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}Z`; }
}

/** join pieces so that no source line holds a whole token */
export const j = (...xs: string[]) => xs.join("");

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  /** provider and credential, for the note */
  p: string;
  g: Group;
  /** slot: env-var style name */
  k: string;
  v: (r: Gen) => string;
  /** HTTP header used when the renderer sends it as a header; default Authorization: Bearer */
  h?: string;
  /** API host for curl/HTTP renderers */
  host?: string;
}

export interface Rendered { ctx: string; text: string }
export type Renderer = (r: Gen, k: string, v: string, s: { p: string; h?: string; host?: string }) => Rendered;

const camel = (k: string) => k.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const lower = (k: string) => k.toLowerCase();
const dotted = (k: string) => k.toLowerCase().replace(/_/g, ".");
const hdr = (s: { h?: string }, v: string) => (s.h ? `${s.h}: ${v}` : `Authorization: Bearer ${v}`);
const hostOf = (s: { host?: string }) => s.host ?? "api.example-provider.com";

export const RENDERERS: Renderer[] = [
  // 0 chat body with a pasted .env (JSON-escaped)
  (r, k, v) => ({
    ctx: "LLM chat body, pasted .env",
    text: JSON.stringify({
      model: "claude-sonnet-4-5", max_tokens: 4096,
      messages: [{ role: "user", content: `my app won't start locally, here's my .env:\n\nNODE_ENV=development\nPORT=${r.range(3000, 9000)}\nLOG_LEVEL=debug\n${k}=${v}\nDATABASE_POOL=10\n\nerror is "ECONNREFUSED 127.0.0.1:5432"` }],
    }),
  }),
  // 1 Anthropic tool_use write_file config.yaml
  (r, k, v) => ({
    ctx: "Anthropic tool_use write_file YAML",
    text: JSON.stringify({
      role: "assistant",
      content: [
        { type: "text", text: "I'll write the service config with the credentials you gave me." },
        { type: "tool_use", id: `toolu_01${r.an(22)}`, name: "write_file", input: { path: "config/service.yaml", content: `service:\n  name: ${r.word()}\n  region: eu-west-1\n  timeout_ms: 5000\ncredentials:\n  ${lower(k)}: "${v}"\nretries: 3\n` } },
      ],
    }),
  }),
  // 2 OpenAI tool_calls shell command (double-escaped arguments)
  (r, k, v) => ({
    ctx: "OpenAI tool_calls shell command",
    text: JSON.stringify({
      id: `chatcmpl-${r.an(29)}`, object: "chat.completion", model: "gpt-4.1",
      choices: [{ index: 0, finish_reason: "tool_calls", message: { role: "assistant", content: null, tool_calls: [{ id: `call_${r.an(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${k}="${v}" && npm run deploy -- --env staging`, cwd: "/home/dev/app" }) } }] } }],
    }),
  }),
  // 3 MCP tool result echoed back
  (r, k, v) => ({
    ctx: "MCP tools/call result (read_file) echoed",
    text: JSON.stringify({
      jsonrpc: "2.0", id: r.range(2, 90),
      result: { content: [{ type: "text", text: `# settings.local.ini\n[default]\nendpoint = https://${r.word()}.internal\n${lower(k)} = ${v}\nverify_ssl = true\n` }], isError: false },
    }),
  }),
  // 4 curl command
  (r, k, v, s) => ({
    ctx: "curl command header",
    text: `$ curl -sS -X POST https://${hostOf(s)}/v1/${r.pick(["items", "jobs", "messages", "events"])} \\\n  -H "${hdr(s, v)}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"${r.word()}","dry_run":false}'`,
  }),
  // 5 raw HTTP request
  (r, k, v, s) => ({
    ctx: "raw HTTP request header",
    text: `GET /v2/${r.pick(["accounts", "projects", "usage", "status"])}?limit=50 HTTP/1.1\r\nHost: ${hostOf(s)}\r\nUser-Agent: python-httpx/0.27.0\r\nAccept: application/json\r\n${hdr(s, v)}\r\nX-Request-Id: ${r.uuid()}\r\n\r\n`,
  }),
  // 6 URL query string in access log
  (r, k, v, s) => ({
    ctx: "URL query parameter in request log",
    text: `${r.ts()} INFO  http.client  GET https://${hostOf(s)}/api/v1/query?${lower(k)}=${encodeURIComponent(v)}&format=json&page=${r.range(1, 9)} -> 200 (${r.range(40, 900)}ms) trace=${r.trace()}`,
  }),
  // 7 form body
  (r, k, v, s) => ({
    ctx: "x-www-form-urlencoded body",
    text: `POST /oauth/token HTTP/1.1\nHost: ${hostOf(s)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=${r.word()}-svc&${lower(k)}=${encodeURIComponent(v)}&scope=read%20write`,
  }),
  // 8 multipart form
  (r, k, v, s) => {
    const b = `----WebKitFormBoundary${r.an(16)}`;
    return {
      ctx: "multipart/form-data field",
      text: `POST /upload HTTP/1.1\nHost: ${hostOf(s)}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${lower(k)}"\n\n${v}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,amount\n1,20.00\n--${b}--`,
    };
  },
  // 9 JSON request body
  (r, k, v, s) => ({
    ctx: "JSON HTTP request body",
    text: `fetch("https://${hostOf(s)}/v1/connect", {\n  "headers": { "content-type": "application/json", "accept": "*/*" },\n  "body": ${JSON.stringify(JSON.stringify({ [camel(k)]: v, workspace: r.word(), region: "us-east-1" }))},\n  "method": "POST"\n});`,
  }),
  // 10 .env file via write
  (r, k, v) => ({
    ctx: ".env file",
    text: `# .env.production\nAPP_NAME=${r.word()}\nAPP_URL=https://${r.word()}.example.org\nREDIS_HOST=cache.internal\n${k}=${v}\nFEATURE_FLAGS=beta,new-nav\n`,
  }),
  // 11 docker-compose
  (r, k, v) => ({
    ctx: "docker-compose environment",
    text: `services:\n  app:\n    image: ghcr.io/acme/${r.word()}:1.${r.range(0, 20)}.${r.range(0, 9)}\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n      - ${k}=${v}\n    depends_on:\n      - db\n`,
  }),
  // 12 TOML
  (r, k, v) => ({
    ctx: "TOML config",
    text: `[server]\nhost = "0.0.0.0"\nport = ${r.range(3000, 9000)}\n\n[integrations.${r.word()}]\nenabled = true\n${lower(k)} = "${v}"\ntimeout = "30s"\n`,
  }),
  // 13 properties
  (r, k, v) => ({
    ctx: "Java .properties",
    text: `# application-prod.properties\nspring.application.name=${r.word()}\nserver.port=8443\nlogging.level.root=INFO\napp.${dotted(k)}=${v}\nmanagement.endpoints.web.exposure.include=health,info\n`,
  }),
  // 14 JSON config
  (r, k, v) => ({
    ctx: "JSON config file",
    text: JSON.stringify({ name: r.word(), version: `2.${r.range(0, 9)}.0`, settings: { retries: 3, [camel(k)]: v, baseUrl: `https://${r.word()}.example.net` } }, null, 2),
  }),
  // 15 HCL terraform
  (r, k, v) => ({
    ctx: "Terraform HCL",
    text: `provider "${r.word()}" {\n  region = "us-east-1"\n}\n\nresource "kubernetes_secret" "app" {\n  metadata {\n    name      = "app-credentials"\n    namespace = "prod"\n  }\n  data = {\n    ${k} = "${v}"\n  }\n}\n`,
  }),
  // 16 XML web.config
  (r, k, v) => ({
    ctx: "XML appSettings",
    text: `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${k}" value="${v}" />\n    <add key="MaxUploadMb" value="${r.range(5, 50)}" />\n  </appSettings>\n</configuration>`,
  }),
  // 17 Python
  (r, k, v) => ({
    ctx: "Python env default",
    text: `import os\nimport requests\n\n${k} = os.environ.get("${k}", "${v}")\nBASE_URL = "https://api.${r.word()}.io"\n\n\ndef fetch(path: str) -> dict:\n    resp = requests.get(f"{BASE_URL}{path}", headers={"Authorization": f"Bearer {${k}}"}, timeout=10)\n    resp.raise_for_status()\n    return resp.json()\n`,
  }),
  // 18 TypeScript
  (r, k, v) => ({
    ctx: "TypeScript client constructor",
    text: `import { createClient } from "./client";\n\nexport const client = createClient({\n  ${camel(k)}: process.env.${k} ?? "${v}",\n  timeoutMs: ${r.range(2, 30) * 1000},\n  retries: 2,\n});\n`,
  }),
  // 19 Go
  (r, k, v) => ({
    ctx: "Go constant",
    text: `package config\n\nimport "os"\n\nconst default${camel(k).replace(/^./, (c) => c.toUpperCase())} = "${v}"\n\nfunc ${camel(k).replace(/^./, (c) => c.toUpperCase())}() string {\n\tif v := os.Getenv("${k}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${camel(k).replace(/^./, (c) => c.toUpperCase())}\n}\n`,
  }),
  // 20 Java
  (r, k, v) => ({
    ctx: "Java field",
    text: `package com.acme.${r.word()};\n\npublic final class ApiConfig {\n    private static final String ${k} = "${v}";\n    private static final int TIMEOUT_SECONDS = ${r.range(5, 60)};\n\n    public static String key() {\n        return ${k};\n    }\n}\n`,
  }),
  // 21 C#
  (r, k, v) => ({
    ctx: "C# options",
    text: `builder.Services.Configure<ApiOptions>(o =>\n{\n    o.BaseUrl = "https://${r.word()}.example.com";\n    o.${camel(k).replace(/^./, (c) => c.toUpperCase())} = "${v}";\n    o.Timeout = TimeSpan.FromSeconds(${r.range(5, 60)});\n});`,
  }),
  // 22 Ruby
  (r, k, v) => ({
    ctx: "Ruby initializer",
    text: `# config/initializers/${r.word()}.rb\nRails.application.configure do\n  config.x.integration.${lower(k)} = ENV.fetch("${k}", "${v}")\n  config.x.integration.timeout = ${r.range(5, 30)}\nend\n`,
  }),
  // 23 PHP
  (r, k, v) => ({
    ctx: "PHP config array",
    text: `<?php\n\nreturn [\n    'driver' => '${r.word()}',\n    '${lower(k)}' => env('${k}', '${v}'),\n    'timeout' => ${r.range(5, 30)},\n];\n`,
  }),
  // 24 Rust
  (r, k, v) => ({
    ctx: "Rust const",
    text: `use std::env;\n\nconst FALLBACK_${k}: &str = "${v}";\n\npub fn ${lower(k)}() -> String {\n    env::var("${k}").unwrap_or_else(|_| FALLBACK_${k}.to_string())\n}\n`,
  }),
  // 25 pytest fixture
  (r, k, v) => ({
    ctx: "pytest fixture",
    text: `import pytest\n\n\n@pytest.fixture\ndef live_client(monkeypatch):\n    # integration test against the real account\n    monkeypatch.setenv("${k}", "${v}")\n    from app.client import Client\n    return Client.from_env()\n\n\ndef test_ping(live_client):\n    assert live_client.ping()["ok"] is True\n`,
  }),
  // 26 jest test
  (r, k, v) => ({
    ctx: "Jest test setup",
    text: `// e2e/setup.ts\nbeforeAll(() => {\n  process.env.${k} = "${v}";\n  process.env.E2E_BASE_URL = "https://staging.${r.word()}.dev";\n});\n\ntest("health", async () => {\n  const res = await fetch(process.env.E2E_BASE_URL + "/health");\n  expect(res.status).toBe(200);\n});\n`,
  }),
  // 27 GitHub Actions CI log
  (r, k, v) => {
    const t = r.ts().slice(0, 17);
    const ln = (i: number, x: string) => `${t}${String(10 + i).padStart(2, "0")}.${r.dig(7)}Z ${x}`;
    return {
      ctx: "CI log (GitHub Actions)",
      text: [ln(0, "##[group]Run ./scripts/deploy.sh"), ln(0, "./scripts/deploy.sh"), ln(0, "shell: /usr/bin/bash -e {0}"), ln(0, "env:"), ln(0, "  DEPLOY_ENV: production"), ln(0, `  ${k}: ${v}`), ln(0, "##[endgroup]"), ln(1, `+ echo "deploying ${r.sha().slice(0, 7)}"`), ln(4, "Error: deploy failed with status 502"), ln(4, "##[error]Process completed with exit code 1.")].join("\n") + "\n",
    };
  },
  // 28 shell history
  (r, k, v) => ({
    ctx: "shell history",
    text: `  ${r.range(400, 900)}  git pull --rebase\n  ${r.range(900, 950)}  cd services/${r.word()}\n  ${r.range(950, 990)}  export ${k}=${v}\n  ${r.range(990, 999)}  make run\n 1000  history | tail\n`,
  }),
  // 29 crash dump with locals
  (r, k, v) => ({
    ctx: "Python crash report with locals",
    text: `Traceback (most recent call last):\n  File "/srv/app/worker.py", line ${r.range(20, 300)}, in sync\n    client.push(batch)\n  File "/srv/app/client.py", line ${r.range(20, 300)}, in push\n    raise UpstreamError(resp.status_code)\napp.client.UpstreamError: 401\n\nLocals at frame 'push':\n    self = <Client host='${r.word()}.example.com'>\n    ${lower(k)} = '${v}'\n    attempt = 3\n`,
  }),
  // 30 Jupyter notebook
  (r, k, v) => ({
    ctx: "Jupyter notebook cell",
    text: JSON.stringify({ cells: [{ cell_type: "code", execution_count: r.range(1, 40), metadata: {}, outputs: [], source: ["import os\n", `os.environ["${k}"] = "${v}"\n`, "df = load_dataset('events')\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1),
  }),
  // 31 SQL
  (r, k, v, s) => ({
    ctx: "SQL seed insert",
    text: `-- seed integrations for prod tenant\nINSERT INTO integrations (tenant_id, provider, ${lower(k)}, created_at)\nVALUES (${r.range(1, 900)}, '${s.p.split(" ")[0]!.toLowerCase()}', '${v}', now());\n`,
  }),
  // 32 Markdown doc
  (r, k, v) => ({
    ctx: "Markdown README",
    text: `## Running locally\n\n1. Copy the env file: \`cp .env.example .env\`\n2. Set the key we share for the dev account:\n\n\`\`\`bash\nexport ${k}=${v}\n\`\`\`\n\n3. Start: \`make dev\`\n`,
  }),
  // 33 diff
  (r, k, v) => ({
    ctx: "unified diff",
    text: `diff --git a/deploy/values.yaml b/deploy/values.yaml\nindex ${r.hex(7)}..${r.hex(7)} 100644\n--- a/deploy/values.yaml\n+++ b/deploy/values.yaml\n@@ -12,6 +12,7 @@ env:\n   LOG_LEVEL: info\n   REPLICAS: "3"\n+  ${k}: "${v}"\n   REGION: eu-central-1\n`,
  }),
  // 34 chat message
  (r, k, v) => ({
    ctx: "chat message in LLM conversation",
    text: JSON.stringify({ model: "gpt-4o", messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content: `can you hook up the ${r.word()} integration? set ${k} to ${v} in the prod config and wire it into the client` }] }),
  }),
  // 35 k8s Secret stringData
  (r, k, v) => ({
    ctx: "Kubernetes Secret stringData",
    text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${r.word()}-credentials\n  namespace: production\ntype: Opaque\nstringData:\n  ${k}: "${v}"\n`,
  }),
  // 36 Dockerfile
  (r, k, v) => ({
    ctx: "Dockerfile ENV",
    text: `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${k}=${v}\nCOPY . .\nCMD ["node", "dist/server.js"]\n`,
  }),
  // 37 INI
  (r, k, v) => ({
    ctx: "INI config",
    text: `[app]\nname = ${r.word()}\ndebug = false\n\n[credentials]\n${lower(k)} = ${v}\n`,
  }),
];

/** Render each spec `reps` times through rotating renderers. */
export function build(idPrefix: string, category: (g: Group) => string, specs: Spec[], seed: number, reps = 1, offset = 0): CorpusCase[] {
  const r = new Gen(seed);
  const out: CorpusCase[] = [];
  let n = 0;
  for (let rep = 0; rep < reps; rep++) {
    for (const s of specs) {
      const idx = (n * 7 + offset + rep * 3) % RENDERERS.length;
      const v = s.v(r);
      const { ctx, text } = RENDERERS[idx]!(r, s.k, v, s);
      n++;
      out.push({ id: `${idPrefix}-${String(n).padStart(3, "0")}`, kind: "secrets", category: category(s.g), label: "positive", text, note: `${s.p}; slot ${s.k}; ${ctx}` });
    }
  }
  return out;
}
