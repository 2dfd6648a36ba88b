// Shared PRNG helpers and context renderers for heldout-y80. Skipped by the loader (starts with "_").
// Every credential-shaped value is assembled at run time from split prefixes and mulberry32 bodies.
import { mulberry32, randomString } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const ANL = LO + DIG;
export const ANU = UP + DIG;
export const HEX = "0123456789abcdef";
export const B64 = AN + "+/";
export const URLB = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class R {
  private r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  s(n: number, alpha = AN): string {
    return randomString(this.r, n, alpha);
  }
  a(n: number) { return this.s(n, AN); }
  l(n: number) { return this.s(n, ANL); }
  u(n: number) { return this.s(n, ANU); }
  h(n: number) { return this.s(n, HEX); }
  H(n: number) { return this.s(n, HEX.toUpperCase()); }
  d(n: number) { return this.s(n, DIG); }
  b(n: number) { return this.s(n, B64); }
  w(n: number) { return this.s(n, URLB); }
  int(lo: number, hi: number) { return lo + Math.floor(this.r() * (hi - lo + 1)); }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.r() * xs.length)]!; }
  uuid() { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  /** base64 of n random bytes (padded). */
  b64bytes(n: number) {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = Math.floor(this.r() * 256);
    return Buffer.from(b).toString("base64");
  }
  jwt(payload: Record<string, unknown>) {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.w(43)].join(".");
  }
}

/** j(...parts) joins pieces; used so no literal prefix+body ever sits in source. */
export const j = (...p: string[]) => p.join("");

export interface Spec {
  /** provider + slot, for notes */
  p: string;
  g: string;
  /** env-style variable name used by renderers */
  v: string;
  /** value builder */
  mk: (r: R) => string;
  /** optional host for HTTP renderers */
  host?: string;
  /** header name used for HTTP renderers (default Authorization: Bearer) */
  hdr?: string;
}

const esc = (s: string) => JSON.stringify(s).slice(1, -1);
const camel = (v: string) => v.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const dotted = (v: string) => v.toLowerCase().replace(/_/g, ".");
/** header name and the value prefix (scheme) for a spec: hdr "X-Key" or "Authorization: SSWS". */
const hdrName = (s: Spec) => (s.hdr ? s.hdr.split(": ")[0]! : "Authorization");
const hdrPre = (s: Spec) => {
  if (!s.hdr) return "Bearer ";
  const i = s.hdr.indexOf(": ");
  if (i < 0) return "";
  const sch = s.hdr.slice(i + 2);
  if (sch === "") return "";
  return sch.endsWith("=") ? sch : sch + " ";
};
const hdrLine = (s: Spec, val: string) => `${hdrName(s)}: ${hdrPre(s)}${val}`;

export type Renderer = { name: string; f: (s: Spec, val: string, r: R) => string };

export const RENDERERS: Renderer[] = [
  { name: "chat body with pasted .env", f: (s, v, r) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `why does the app crash on boot? here's my .env\n\nNODE_ENV=production\nPORT=${r.int(3000, 9000)}\nLOG_LEVEL=info\n${s.v}=${v}\nFEATURE_FLAGS=beta,search\n` }] }, null, 2) },
  { name: "OpenAI chat body with pasted docker-compose", f: (s, v) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content: `fix my compose file, the worker can't connect:\n\nservices:\n  worker:\n    image: ghcr.io/acme/worker:1.8.2\n    environment:\n      - ${s.v}=${v}\n      - QUEUE=default\n    depends_on: [redis]\n  redis:\n    image: redis:7\n` }] }) },
  { name: "Anthropic tool_use write_file", f: (s, v, r) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll add the config file." }, { type: "tool_use", id: `toolu_01${r.a(22)}`, name: "write_file", input: { path: "config/settings.py", content: `import os\n\nDEBUG = False\n${s.v} = os.environ.get("${s.v}", "${v}")\nALLOWED_HOSTS = ["*"]\n` } }] }) },
  { name: "OpenAI tool_calls shell command", f: (s, v, r) => JSON.stringify({ role: "assistant", tool_calls: [{ id: `call_${r.a(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s.v}='${v}' && npm run deploy -- --env prod` }) } }] }) },
  { name: "MCP tool result echoed back", f: (s, v, r) => JSON.stringify({ jsonrpc: "2.0", id: r.int(2, 90), result: { content: [{ type: "text", text: `$ cat .env.production\nAPP_URL=https://app.example.com\n${s.v}=${v}\nSENTRY_ENVIRONMENT=production\n` }], isError: false } }) },
  { name: "curl command with header", f: (s, v) => `curl -sS https://${s.host ?? "api.example.com"}/v1/status \\\n  -H "${hdrLine(s, v)}" \\\n  -H "Content-Type: application/json"` },
  { name: "raw HTTP request header", f: (s, v, r) => `POST /v1/jobs HTTP/1.1\r\nHost: ${s.host ?? "api.example.com"}\r\nUser-Agent: python-requests/2.32.3\r\n${hdrLine(s, v)}\r\nContent-Type: application/json\r\nContent-Length: ${r.int(20, 90)}\r\n\r\n{"name":"nightly-sync","priority":2}` },
  { name: "HTTP query string", f: (s, v) => `GET /api/v2/export?format=csv&${camel(s.v)}=${encodeURIComponent(v)}&page=1 HTTP/1.1\nHost: ${s.host ?? "api.example.com"}\nAccept: */*` },
  { name: "form-urlencoded body", f: (s, v) => `POST /oauth/token HTTP/1.1\nHost: ${s.host ?? "auth.example.com"}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${s.v.toLowerCase()}=${encodeURIComponent(v)}&scope=read` },
  { name: "multipart form field", f: (s, v, r) => { const bd = `----WebKitFormBoundary${r.a(16)}`; return `POST /upload HTTP/1.1\nContent-Type: multipart/form-data; boundary=${bd}\n\n--${bd}\nContent-Disposition: form-data; name="${s.v.toLowerCase()}"\n\n${v}\n--${bd}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${bd}--`; } },
  { name: "JSON request body", f: (s, v) => `fetch("https://${s.host ?? "api.example.com"}/v1/integrations", {\n  method: "POST",\n  headers: { "content-type": "application/json" },\n  body: JSON.stringify({"name":"prod","${camel(s.v)}":"${v}","enabled":true})\n});` },
  { name: ".env file", f: (s, v) => `# production\nDATABASE_POOL=10\n${s.v}=${v}\nCACHE_TTL=300\n` },
  { name: "YAML config", f: (s, v) => `app:\n  name: billing\n  region: eu-west-1\nintegrations:\n  ${camel(s.v)}: "${v}"\n  timeout_ms: 5000\n` },
  { name: "TOML config", f: (s, v) => `[server]\nhost = "0.0.0.0"\nport = 8080\n\n[credentials]\n${s.v.toLowerCase()} = "${v}"\n` },
  { name: "INI config", f: (s, v) => `[default]\nregion = us-east-1\noutput = json\n\n[service]\n${s.v.toLowerCase()} = ${v}\nretries = 3\n` },
  { name: "Java .properties", f: (s, v) => `spring.application.name=orders\nserver.port=8081\n${dotted(s.v)}=${v}\nlogging.level.root=INFO\n` },
  { name: "JSON config file", f: (s, v) => JSON.stringify({ env: "production", services: { primary: { [camel(s.v)]: v, retries: 3 } }, logLevel: "warn" }, null, 2) },
  { name: "Terraform HCL", f: (s, v) => `variable "region" {\n  default = "us-east-1"\n}\n\nlocals {\n  ${s.v.toLowerCase()} = "${v}"\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { token = local.${s.v.toLowerCase()} }\n}\n` },
  { name: "XML config", f: (s, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.v}" value="${v}" />\n  </appSettings>\n</configuration>` },
  { name: "Python SDK/env default", f: (s, v) => `import os\nimport requests\n\n${s.v} = os.getenv("${s.v}", "${v}")\n\ndef client():\n    s = requests.Session()\n    s.headers["${hdrName(s)}"] = ${hdrPre(s) ? `"${hdrPre(s)}" + ` : ""}${s.v}\n    return s\n` },
  { name: "TypeScript constant", f: (s, v) => `import axios from "axios";\n\nconst ${s.v} = process.env.${s.v} ?? "${v}";\n\nexport const api = axios.create({\n  baseURL: "https://${s.host ?? "api.example.com"}",\n  headers: { "${hdrName(s)}": \`${hdrPre(s)}\${${s.v}}\` },\n});\n` },
  { name: "Go code", f: (s, v) => `package config\n\nimport "os"\n\nfunc ${camel(s.v).replace(/^./, (c) => c.toUpperCase())}() string {\n\tif v := os.Getenv("${s.v}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${v}"\n}\n` },
  { name: "Java code", f: (s, v) => `public final class Secrets {\n    private Secrets() {}\n    public static final String ${s.v} =\n        System.getenv().getOrDefault("${s.v}", "${v}");\n}\n` },
  { name: "C# code", f: (s, v) => `var builder = WebApplication.CreateBuilder(args);\nvar ${camel(s.v)} = builder.Configuration["${s.v}"] ?? "${v}";\nbuilder.Services.AddHttpClient("vendor", c => c.DefaultRequestHeaders.Add("${hdrName(s)}", ${hdrPre(s) ? `"${hdrPre(s)}" + ` : ""}${camel(s.v)}));\n` },
  { name: "Ruby code", f: (s, v) => `# config/initializers/vendor.rb\nVendor.configure do |c|\n  c.${s.v.toLowerCase()} = ENV.fetch("${s.v}", "${v}")\n  c.timeout = 10\nend\n` },
  { name: "PHP code", f: (s, v) => `<?php\nreturn [\n    'driver' => 'http',\n    '${s.v.toLowerCase()}' => env('${s.v}', '${v}'),\n    'timeout' => 30,\n];\n` },
  { name: "Rust test fixture", f: (s, v) => `#[cfg(test)]\nmod tests {\n    use super::*;\n    #[tokio::test]\n    async fn smoke_against_prod() {\n        let c = Client::new("${v}");\n        assert!(c.ping().await.is_ok());\n    }\n}\n` },
  { name: "GitHub Actions CI log", f: (s, v, r) => `2026-11-${r.int(10, 28)}T10:${r.int(10, 59)}:0${r.int(0, 9)}.${r.d(7)}Z ##[group]Run ./scripts/deploy.sh\n2026-11-${r.int(10, 28)}T10:${r.int(10, 59)}:0${r.int(0, 9)}.${r.d(7)}Z + echo "using ${s.v}=${v}"\n2026-11-${r.int(10, 28)}T10:${r.int(10, 59)}:0${r.int(0, 9)}.${r.d(7)}Z using ${s.v}=${v}\n2026-11-${r.int(10, 28)}T10:${r.int(10, 59)}:1${r.int(0, 9)}.${r.d(7)}Z Deploying commit ${r.h(40)}\n##[endgroup]` },
  { name: "shell history", f: (s, v) => `  501  git pull --rebase\n  502  export ${s.v}="${v}"\n  503  make deploy ENV=prod\n  504  kubectl get pods -n prod\n` },
  { name: "Python crash dump with locals", f: (s, v, r) => `Traceback (most recent call last):\n  File "/srv/app/sync.py", line ${r.int(20, 300)}, in run\n    resp = client.post(url, headers=headers)\n  File "/usr/lib/python3.12/site-packages/httpx/_client.py", line 1145, in post\nhttpx.ConnectError: [Errno 111] Connection refused\n\nLocals:\n  url = 'https://${s.host ?? "api.example.com"}/v1/sync'\n  headers = {'${hdrName(s)}': '${hdrPre(s)}${v}', 'Accept': 'application/json'}\n  attempt = 3\n` },
  { name: "Jupyter notebook cell", f: (s, v, r) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: r.int(1, 40), metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.v}"] = "${v}"\n`, "df = load_dataset()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", f: (s, v, r) => `-- seed integration credentials\nINSERT INTO integration_settings (tenant_id, name, secret_value, created_at)\nVALUES (${r.int(1, 500)}, '${s.v.toLowerCase()}', '${v}', NOW());\n` },
  { name: "Markdown doc", f: (s, v) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the key we share for staging and prod:\n\n\`\`\`bash\n${s.v}=${v}\n\`\`\`\n\n3. Run \`make dev\`.\n` },
  { name: "unified diff", f: (s, v, r) => `diff --git a/deploy/values.yaml b/deploy/values.yaml\nindex ${r.h(7)}..${r.h(7)} 100644\n--- a/deploy/values.yaml\n+++ b/deploy/values.yaml\n@@ -12,6 +12,7 @@ env:\n   LOG_LEVEL: info\n   REGION: eu-central-1\n+  ${s.v}: "${v}"\n   REPLICAS: "3"\n` },
  { name: "chat message (Slack-style)", f: (s, v) => JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `summarise this thread:\n\n[09:12] maria: prod deploy is failing auth again\n[09:14] dev-ops: rotated it, new one is ${v} — put it in ${s.v}\n[09:15] maria: thx` }] }) },
  { name: "Dockerfile", f: (s, v) => `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${s.v}=${v}\nCOPY . .\nCMD ["node", "dist/server.js"]\n` },
  { name: "k8s Secret stringData", f: (s, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  ${s.v}: "${v}"\n` },
  { name: "docker run -e", f: (s, v) => `docker run -d --name api \\\n  -e ${s.v}=${v} \\\n  -p 8080:8080 \\\n  ghcr.io/acme/api:2.4.0` },
];

/** Rotate each spec through the renderers; value escaping for JSON renderers is done by JSON.stringify. */
export function build(prefix: string, category: (g: string) => string, seed: number, specs: Spec[], offset = 0): CorpusCase[] {
  const r = new R(seed);
  return specs.map((s, i) => {
    const v = s.mk(r);
    const rd = RENDERERS[(i + offset) % RENDERERS.length]!;
    return {
      id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: category(s.g),
      label: "positive" as const,
      text: rd.f(s, v, r),
      note: `${s.p} (${s.v}) in ${rd.name}`,
    };
  });
}
export { esc };
