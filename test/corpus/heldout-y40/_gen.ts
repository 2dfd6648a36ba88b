// Shared PRNG helpers and context renderers for heldout-y40 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time from a split prefix and a mulberry32 body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const B64U = AN + "_-";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen extends SeededRng {
  a(n: number): string { return this.str(n, AN); }
  h(n: number): string { return this.str(n, HEX); }
  H(n: number): string { return this.str(n, HEXU); }
  d(n: number): string { return this.str(n, DIG); }
  u(n: number): string { return this.str(n, UP + DIG); }
  l(n: number): string { return this.str(n, LO + DIG); }
  b64(n: number): string { return this.str(n, B64); }
  b64u(n: number): string { return this.str(n, B64U); }
  uuid(): string { return [this.h(8), this.h(4), "4" + this.h(3), this.pick(["8", "9", "a", "b"]) + this.h(3), this.h(12)].join("-"); }
  word(): string { return this.pick(["orbit", "maple", "quartz", "lumen", "harbor", "cedar", "falcon", "nimbus", "copper", "atlas", "ember", "tundra"]); }
  pem(label: string, lines: number): string {
    const body: string[] = [];
    for (let i = 0; i < lines; i++) body.push(this.b64(64));
    body.push(this.b64(this.range(20, 60)) + "==");
    return ["-----BEGIN " + label + "-----", ...body, "-----END " + label + "-----"].join("\n");
  }
}

export interface Spec {
  group: string;
  provider: string;
  env: string;
  make: (g: Gen) => string;
  slot?: string; // header name when sent as a header
}

export const j = (s: string): string => JSON.stringify(s).slice(1, -1);
const lowerKey = (e: string) => e.toLowerCase();
const camel = (e: string) => e.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export type Renderer = { name: string; fn: (v: string, s: Spec, g: Gen) => string };

export const renderers: Renderer[] = [
  { name: "OpenAI chat body with pasted .env (JSON-escaped)", fn: (v, s) => `{"model":"gpt-4o","messages":[{"role":"system","content":"You are a helpful coding assistant."},{"role":"user","content":"${j(`why does the app crash on boot? here is my .env:\n\nNODE_ENV=production\nPORT=8080\n${s.env}=${v}\nLOG_LEVEL=info\n`)}"}],"temperature":0.2}` },
  { name: "Anthropic tool_use write_file config.yaml", fn: (v, s, g) => `{"type":"tool_use","id":"toolu_01${g.a(22)}","name":"write_file","input":{"path":"config/settings.yaml","content":"${j(`app:\n  name: billing-worker\n  region: eu-west-1\n${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}:\n  ${lowerKey(s.env)}: "${v}"\n  timeout_ms: 5000\n`)}"}}` },
  { name: "OpenAI tool_calls shell export (double-escaped)", fn: (v, s, g) => `{"role":"assistant","tool_calls":[{"id":"call_${g.a(24)}","type":"function","function":{"name":"run_shell","arguments":"${j(JSON.stringify({ command: `export ${s.env}="${v}" && npm run deploy`, timeout: 120 }))}"}}]}` },
  { name: "MCP tool result echoing a file", fn: (v, s, g) => `{"jsonrpc":"2.0","id":${g.range(2, 90)},"result":{"content":[{"type":"text","text":"${j(`# services/api/.env.production\nDATABASE_POOL=10\n${s.env}=${v}\nFEATURE_FLAGS=beta,search\n`)}"}],"isError":false}}` },
  { name: "curl header", fn: (v, s) => `curl -sS -X POST https://api.example-service.io/v1/jobs \\\n  -H "${s.slot ?? "Authorization"}: ${s.slot ? "" : "Bearer "}${v}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"nightly-sync"}'` },
  { name: "raw HTTP request header", fn: (v, s, g) => `POST /v2/events HTTP/1.1\r\nHost: ingest.internal.example\r\nUser-Agent: agent-runner/1.4.2\r\nX-Request-Id: ${g.uuid()}\r\n${s.slot ?? "Authorization"}: ${s.slot ? "" : "Bearer "}${v}\r\nContent-Type: application/json\r\nContent-Length: 42\r\n\r\n{"event":"build.finished","status":"ok"}` },
  { name: "URL query string in access log", fn: (v, s, g) => `10.0.${g.range(0, 255)}.${g.range(1, 254)} - - [05/Dec/2026:22:14:07 +0000] "GET /v1/export?format=csv&${lowerKey(s.env)}=${encodeURIComponent(v)}&page=2 HTTP/1.1" 200 5123 "-" "python-requests/2.32.3"` },
  { name: "form-urlencoded body", fn: (v, s) => `POST /oauth/token HTTP/1.1\nHost: auth.example.net\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-reporting&${lowerKey(s.env)}=${encodeURIComponent(v)}&scope=read`},
  { name: "YAML config", fn: (v, s) => `# deploy/values.yaml\nreplicaCount: 2\nimage:\n  repository: ghcr.io/acme/api\n  tag: "1.18.3"\nenv:\n  - name: ${s.env}\n    value: "${v}"\n  - name: LOG_FORMAT\n    value: json\n` },
  { name: "TOML config", fn: (v, s) => `[server]\nhost = "0.0.0.0"\nport = 3000\n\n[integrations.${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${lowerKey(s.env)} = "${v}"\nretries = 3\n` },
  { name: "INI config", fn: (v, s) => `[default]\nregion = us-east-1\noutput = json\n\n[${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "-")}]\n${lowerKey(s.env)} = ${v}\n` },
  { name: ".properties file", fn: (v, s) => `# application-prod.properties\nserver.port=8443\nspring.jpa.open-in-view=false\n${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "")}.${camel(s.env)}=${v}\nmanagement.endpoints.web.exposure.include=health\n` },
  { name: "JSON config", fn: (v, s) => `{\n  "name": "worker",\n  "version": "2.3.0",\n  "integrations": {\n    "${camel(s.env)}": "${v}",\n    "enabled": true\n  }\n}` },
  { name: "Terraform HCL", fn: (v, s) => `variable "region" {\n  default = "us-west-2"\n}\n\nresource "kubernetes_secret" "app" {\n  metadata {\n    name = "app-secrets"\n  }\n  data = {\n    ${s.env} = "${v}"\n  }\n}\n` },
  { name: "XML appSettings", fn: (v, s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.env}" value="${v}" />\n  </appSettings>\n</configuration>` },
  { name: "Python env default", fn: (v, s) => `import os\nimport requests\n\n${s.env} = os.environ.get("${s.env}", "${v}")\n\ndef fetch(path):\n    r = requests.get(f"https://api.example.com{path}", headers={"Authorization": f"Bearer {${s.env}}"}, timeout=10)\n    r.raise_for_status()\n    return r.json()\n` },
  { name: "TypeScript client constructor", fn: (v, s) => `import { createClient } from "./client";\n\nexport const client = createClient({\n  apiKey: process.env.${s.env} ?? "${v}",\n  timeoutMs: 8000,\n});\n` },
  { name: "Go const", fn: (v, s) => `package config\n\nimport "os"\n\nconst default${camel(s.env).replace(/^./, (c) => c.toUpperCase())} = "${v}"\n\nfunc Token() string {\n\tif t := os.Getenv("${s.env}"); t != "" {\n\t\treturn t\n\t}\n\treturn default${camel(s.env).replace(/^./, (c) => c.toUpperCase())}\n}\n` },
  { name: "Java field", fn: (v, s) => `public final class ApiConfig {\n    private static final String ${s.env} = "${v}";\n    private static final int TIMEOUT = 30;\n\n    public static String token() { return ${s.env}; }\n}\n` },
  { name: "C# options", fn: (v, s) => `builder.Services.Configure<IntegrationOptions>(o =>\n{\n    o.BaseUrl = "https://api.example.com";\n    o.${camel(s.env).replace(/^./, (c) => c.toUpperCase())} = "${v}";\n});\n` },
  { name: "Ruby initializer", fn: (v, s) => `# config/initializers/integration.rb\nIntegration.configure do |config|\n  config.${lowerKey(s.env)} = ENV.fetch("${s.env}", "${v}")\n  config.timeout = 15\nend\n` },
  { name: "PHP config array", fn: (v, s) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${lowerKey(s.env)}' => env('${s.env}', '${v}'),\n    'timeout' => 20,\n];\n` },
  { name: "Rust const", fn: (v, s) => `use std::env;\n\nconst FALLBACK_${s.env}: &str = "${v}";\n\npub fn token() -> String {\n    env::var("${s.env}").unwrap_or_else(|_| FALLBACK_${s.env}.to_string())\n}\n` },
  { name: "GitHub Actions CI log", fn: (v, s, g) => `2026-12-05T21:44:${String(g.range(10, 59))}.1234567Z ##[group]Run ./scripts/deploy.sh\n2026-12-05T21:44:${String(g.range(10, 59))}.2234567Z + echo "debug: ${s.env}=${v}"\n2026-12-05T21:44:${String(g.range(10, 59))}.3234567Z debug: ${s.env}=${v}\n2026-12-05T21:44:${String(g.range(10, 59))}.4234567Z ##[endgroup]\n2026-12-05T21:44:59.9234567Z Deploy finished in 41s` },
  { name: "shell history", fn: (v, s) => `  501  cd ~/src/platform\n  502  git pull --rebase\n  503  export ${s.env}=${v}\n  504  make integration-test\n  505  history | tail` },
  { name: "Python crash report with locals", fn: (v, s) => `Traceback (most recent call last):\n  File "/app/worker.py", line 88, in sync\n    resp = client.push(batch)\n  File "/app/client.py", line 41, in push\n    raise ApiError(resp.status_code)\nclient.ApiError: 401\n\nLocals at frame client.push:\n  self = <Client base_url='https://api.example.com'>\n  ${lowerKey(s.env)} = '${v}'\n  batch = [<Event 1>, <Event 2>]` },
  { name: "Jupyter notebook cell", fn: (v, s) => `{"cells":[{"cell_type":"code","execution_count":3,"metadata":{},"outputs":[],"source":["import os\\n","os.environ[\\"${s.env}\\"] = \\"${v}\\"\\n","df = load_events()\\n"]}],"metadata":{"kernelspec":{"name":"python3"}},"nbformat":4,"nbformat_minor":5}` },
  { name: "SQL seed insert", fn: (v, s, g) => `-- seed integration credentials\nINSERT INTO integrations (id, provider, ${lowerKey(s.env)}, created_at)\nVALUES (${g.range(1, 400)}, '${s.provider.toLowerCase()}', '${v}', NOW());` },
  { name: "Markdown setup doc", fn: (v, s) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the shared team credential for ${s.provider}:\n\n   \`\`\`bash\n   ${s.env}=${v}\n   \`\`\`\n\n3. Run \`make dev\`.` },
  { name: "unified diff", fn: (v, s) => `diff --git a/.env.staging b/.env.staging\nindex 3f2a1c9..8be77d0 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,5 @@ APP_URL=https://staging.example.com\n QUEUE=redis\n-${s.env}=\n+${s.env}=${v}\n CACHE_TTL=300` },
  { name: "chat message", fn: (v, s) => `hey, the ${s.provider} integration is failing in staging — can you try with this one instead? ${v}  (rotated it this morning, the old one got revoked)` },
  { name: "docker run -e", fn: (v, s) => `docker run -d --name api --restart unless-stopped \\\n  -p 8080:8080 \\\n  -e ${s.env}=${v} \\\n  -e LOG_LEVEL=debug \\\n  ghcr.io/acme/api:1.18.3` },
  { name: "k8s Secret stringData", fn: (v, s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  ${s.env}: "${v}"\n` },
  { name: "multipart form body", fn: (v, s, g) => { const b = "----WebKitFormBoundary" + g.a(16); return `POST /upload HTTP/1.1\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${lowerKey(s.env)}"\n\n${v}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,20\n--${b}--`; } },
  { name: "JSON request body", fn: (v, s) => `fetch("https://hooks.example.org/api/connect", {\n  method: "POST",\n  headers: { "content-type": "application/json" },\n  body: JSON.stringify({"workspace":"acme","${camel(s.env)}":"${v}"})\n});` },
  { name: "jest test fixture", fn: (v, s) => `import { describe, it, expect } from "vitest";\nimport { sync } from "../src/sync";\n\n// TODO: move to CI secrets\nconst ${camel(s.env)} = "${v}";\n\ndescribe("sync", () => {\n  it("pushes events", async () => {\n    expect(await sync({ ${camel(s.env)} })).toBe(true);\n  });\n});\n` },
];

export function rotate(prefix: string, category: (s: Spec) => string, specs: Spec[], g: Gen, start = 0, reps = 1): CorpusCase[] {
  const out: CorpusCase[] = [];
  let n = 0;
  for (let r = 0; r < reps; r++) {
    for (const s of specs) {
      const rr = renderers[(start + n * 7 + r * 3) % renderers.length]!;
      const v = s.make(g);
      n++;
      out.push({
        id: `${prefix}-${String(n).padStart(3, "0")}`,
        kind: "secrets",
        category: category(s),
        label: "positive",
        text: rr.fn(v, s, g),
        note: `${s.provider} (${s.env}) in ${rr.name}`,
      });
    }
  }
  return out;
}
