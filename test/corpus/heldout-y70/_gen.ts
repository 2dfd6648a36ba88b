// Shared PRNG token builders and context renderers for heldout-y70 (skipped by the loader).
// Every credential-shaped value is assembled at run time: split prefix + PRNG body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const LAN = LO + DIG;
export const UAN = UP + DIG;
export const HEX = "0123456789abcdef";
export const UHEX = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const URL64 = AN + "_-";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen extends SeededRng {
  an(n: number) { return this.str(n, AN); }
  lan(n: number) { return this.str(n, LAN); }
  uan(n: number) { return this.str(n, UAN); }
  hex(n: number) { return this.str(n, HEX); }
  uhex(n: number) { return this.str(n, UHEX); }
  b64(n: number) { return this.str(n, B64); }
  u64(n: number) { return this.str(n, URL64); }
  dig(n: number) { return this.str(n, DIG); }
  uuid() { return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-"); }
  b64url(s: string) { return Buffer.from(s).toString("base64url"); }
  jwt(payload: Record<string, unknown>) {
    return [this.b64url(JSON.stringify({ alg: "HS256", typ: "JWT" })), this.b64url(JSON.stringify(payload)), this.u64(43)].join(".");
  }
  pem(label: string, nbytes: number) {
    const body = Buffer.from(this.bytes(nbytes)).toString("base64");
    const lines = body.match(/.{1,64}/g)!.join("\n");
    return ["-----BEGIN ", label, "-----\n", lines, "\n-----END ", label, "-----"].join("");
  }
}

export interface Spec {
  x: string; // id infix
  group: string;
  provider: string;
  env: string; // env var / slot name
  make: (g: Gen) => string;
  extra?: (g: Gen) => [string, string][]; // companion non-secret fields (e.g. account id)
}

const lc = (s: string) => s.toLowerCase();
const camel = (s: string) => lc(s).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const jsonEsc = (s: string) => JSON.stringify(s).slice(1, -1);

export type Renderer = { name: string; render: (env: string, v: string, g: Gen, extra: [string, string][]) => string };

const envLines = (env: string, v: string, extra: [string, string][]) =>
  [...extra.map(([k, val]) => `${k}=${val}`), `${env}=${v}`].join("\n");

export const RENDERERS: Renderer[] = [
  { name: "chat body with pasted .env", render: (env, v, g, ex) => JSON.stringify({
    model: "claude-sonnet-4-5", max_tokens: 4096,
    messages: [{ role: "user", content: `why does the app crash on boot? here's my .env:\n\nNODE_ENV=production\nPORT=8080\n${envLines(env, v, ex)}\nLOG_LEVEL=debug\n` }],
  }, null, 2) },
  { name: "OpenAI tool_calls shell command", render: (env, v, g) => JSON.stringify({
    role: "assistant", content: null,
    tool_calls: [{ id: "call_" + g.an(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${env}='${v}' && npm run deploy` }) } }],
  }, null, 2) },
  { name: "Anthropic tool_use write_file .env.local", render: (env, v, g, ex) => JSON.stringify({
    role: "assistant",
    content: [{ type: "text", text: "I'll create the local env file." }, { type: "tool_use", id: "toolu_01" + g.an(22), name: "write_file", input: { path: ".env.local", content: `# local overrides\n${envLines(env, v, ex)}\n` } }],
  }, null, 2) },
  { name: "MCP tool result echoed (read_file config.yaml)", render: (env, v, g) => JSON.stringify({
    jsonrpc: "2.0", id: g.range(2, 90),
    result: { content: [{ type: "text", text: `service:\n  name: billing-worker\n  replicas: 3\ncredentials:\n  ${lc(env)}: "${v}"\n  timeout_ms: 5000\n` }], isError: false },
  }) },
  { name: "curl with bearer header", render: (env, v) => `curl -sS -X POST https://api.internal.example.net/v1/sync \\\n  -H "Authorization: Bearer ${v}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"full": true}'` },
  { name: "raw HTTP request with custom header", render: (env, v, g) => `POST /v2/events HTTP/1.1\r\nHost: ingest.example.io\r\nUser-Agent: python-requests/2.31.0\r\nX-Request-Id: ${g.uuid()}\r\nX-Api-Key: ${v}\r\nContent-Type: application/json\r\nContent-Length: 41\r\n\r\n{"event":"signup","ts":1733400000,"n":1}` },
  { name: "URL query string in log line", render: (env, v, g) => `2026-11-30T12:0${g.range(0, 9)}:14.221Z INFO http GET https://api.example.com/v1/report?format=csv&${lc(env)}=${encodeURIComponent(v)}&page=2 -> 200 (312ms) trace=${g.hex(32)}` },
  { name: "form-encoded request body", render: (env, v) => `POST /oauth/token HTTP/1.1\nHost: auth.example.org\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-reporting&${lc(env)}=${encodeURIComponent(v)}&scope=read` },
  { name: "multipart form field", render: (env, v, g) => { const b = "----WebKitFormBoundary" + g.an(16); return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,20\n--${b}\nContent-Disposition: form-data; name="${lc(env)}"\n\n${v}\n--${b}--`; } },
  { name: "JSON config file", render: (env, v) => JSON.stringify({ name: "ingest", version: "1.4.2", settings: { region: "eu-west-1", retries: 3, [camel(env)]: v }, features: ["batch", "gzip"] }, null, 2) },
  { name: "docker-compose YAML", render: (env, v, g, ex) => `services:\n  api:\n    image: ghcr.io/acme/api:1.9.3\n    ports:\n      - "8080:8080"\n    environment:\n${[...ex, [env, v]].map(([k, val]) => `      ${k}: "${val}"`).join("\n")}\n      NODE_ENV: production\n  redis:\n    image: redis:7-alpine` },
  { name: "TOML config", render: (env, v) => `[server]\nhost = "0.0.0.0"\nport = 8443\n\n[integrations.upstream]\nenabled = true\n${lc(env)} = "${v}"\ntimeout = "30s"` },
  { name: "INI config", render: (env, v) => `[default]\nregion = us-east-1\noutput = json\n\n[upstream]\nendpoint = https://api.example.com\n${lc(env)} = ${v}\nverify_ssl = true` },
  { name: "Java .properties", render: (env, v) => `spring.application.name=orders\nspring.datasource.url=jdbc:postgresql://db:5432/orders\nserver.port=8080\napp.integration.${camel(env)}=${v}\nlogging.level.root=INFO` },
  { name: "Terraform HCL", render: (env, v) => `provider "restapi" {\n  uri                  = "https://api.example.com"\n  write_returns_object = true\n}\n\nvariable "${lc(env)}" {\n  type      = string\n  sensitive = true\n  default   = "${v}"\n}` },
  { name: "XML config", render: (env, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${env}" value="${v}" />\n    <add key="MaxRetries" value="5" />\n  </appSettings>\n</configuration>` },
  { name: "Python SDK/client code", render: (env, v) => `import os\nimport requests\n\n${env} = os.environ.get("${env}", "${v}")\n\ndef fetch(path: str) -> dict:\n    r = requests.get(f"https://api.example.com{path}", headers={"Authorization": f"Bearer {${env}}"}, timeout=10)\n    r.raise_for_status()\n    return r.json()` },
  { name: "TypeScript env default", render: (env, v) => `import { Client } from "./client";\n\nconst ${camel(env)} = process.env.${env} ?? "${v}";\n\nexport const client = new Client({\n  apiKey: ${camel(env)},\n  timeoutMs: 10_000,\n});` },
  { name: "Go code constant", render: (env, v) => `package config\n\nimport "os"\n\nconst default${camel(env).replace(/^./, (c) => c.toUpperCase())} = "${v}"\n\nfunc Token() string {\n\tif t := os.Getenv("${env}"); t != "" {\n\t\treturn t\n\t}\n\treturn default${camel(env).replace(/^./, (c) => c.toUpperCase())}\n}` },
  { name: "Ruby initializer", render: (env, v) => `# config/initializers/upstream.rb\nUpstream.configure do |config|\n  config.${lc(env)} = ENV.fetch("${env}", "${v}")\n  config.timeout = 15\nend` },
  { name: "C# appsettings binding", render: (env, v) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", c =>\n{\n    c.BaseAddress = new Uri("https://api.example.com/");\n    c.DefaultRequestHeaders.Add("Authorization", "Bearer ${v}");\n});\nvar app = builder.Build();` },
  { name: "PHP config array", render: (env, v) => `<?php\n\nreturn [\n    'driver' => 'upstream',\n    '${lc(env)}' => env('${env}', '${v}'),\n    'timeout' => 30,\n];` },
  { name: "Java test fixture", render: (env, v) => `class UpstreamClientTest {\n    private static final String ${env} = "${v}";\n\n    @Test\n    void fetchesReport() {\n        var client = new UpstreamClient(${env});\n        assertThat(client.report("2026-11")).isNotNull();\n    }\n}` },
  { name: "Rust code", render: (env, v) => `fn main() -> anyhow::Result<()> {\n    let key = std::env::var("${env}").unwrap_or_else(|_| "${v}".to_string());\n    let client = reqwest::blocking::Client::new();\n    let res = client.get("https://api.example.com/v1/me").bearer_auth(&key).send()?;\n    println!("{}", res.status());\n    Ok(())\n}` },
  { name: "GitHub Actions CI log", render: (env, v, g) => `2026-11-29T08:14:0${g.range(0, 9)}.512Z ##[group]Run ./scripts/deploy.sh\n2026-11-29T08:14:02.513Z + echo "deploying to prod"\n2026-11-29T08:14:02.514Z deploying to prod\n2026-11-29T08:14:02.601Z + env | sort\n2026-11-29T08:14:02.602Z CI=true\n2026-11-29T08:14:02.602Z GITHUB_SHA=${g.hex(40)}\n2026-11-29T08:14:02.603Z ${env}=${v}\n2026-11-29T08:14:02.603Z RUNNER_OS=Linux\n2026-11-29T08:14:02.700Z ##[endgroup]` },
  { name: "shell history", render: (env, v) => `  501  cd ~/src/platform\n  502  git pull --rebase\n  503  export ${env}=${v}\n  504  make integration-test\n  505  unset ${env}` },
  { name: "Python crash dump with locals", render: (env, v, g) => `Traceback (most recent call last):\n  File "/app/worker.py", line 88, in run\n    resp = client.push(batch)\n  File "/app/client.py", line 41, in push\n    raise UpstreamError(resp.status_code, resp.text)\nclient.UpstreamError: (401, 'invalid credentials')\n\nLocals at frame push:\n    self.base_url = 'https://api.example.com'\n    self.${lc(env)} = '${v}'\n    batch_id = '${g.uuid()}'` },
  { name: "Jupyter notebook cell", render: (env, v) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${env}"] = "${v}"\n`, "df = load_dataset('sales_2026')\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", render: (env, v, g) => `-- seed integration credentials for staging\nINSERT INTO integrations (id, provider, name, secret, created_at)\nVALUES (${g.range(10, 99)}, 'upstream', '${lc(env)}', '${v}', now())\nON CONFLICT (id) DO NOTHING;` },
  { name: "Markdown doc", render: (env, v) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the key we use for staging:\n\n\`\`\`bash\nexport ${env}="${v}"\n\`\`\`\n\n3. Run \`make dev\`.` },
  { name: "unified diff", render: (env, v, g) => `diff --git a/config/prod.env b/config/prod.env\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/config/prod.env\n+++ b/config/prod.env\n@@ -3,4 +3,4 @@ APP_NAME=orders\n REGION=eu-central-1\n-${env}=\n+${env}=${v}\n LOG_LEVEL=info` },
  { name: "chat message (Slack-style paste)", render: (env, v) => `hey can you check why staging is failing? I rotated the key this morning, new one is ${v} — it's in ${env} on the box` },
  { name: "chat body with pasted CI log (JSON-escaped)", render: (env, v, g) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content: `build failed, log:\n\`\`\`\nStep 7/12 : RUN ./configure --with-upstream\n ---> Running in ${g.hex(12)}\nusing ${env}=${v}\nerror: upstream returned 403\n\`\`\`` }] }) },
  { name: "k8s Secret stringData", render: (env, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: upstream-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  ${env}: "${v}"` },
  { name: "Dockerfile ENV", render: (env, v) => `FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nENV ${env}=${v}\nEXPOSE 3000\nCMD ["node", "server.js"]` },
  { name: "HAR entry header", render: (env, v, g) => JSON.stringify({ log: { entries: [{ startedDateTime: "2026-11-30T10:11:12.000Z", request: { method: "GET", url: "https://api.example.com/v1/items?limit=50", headers: [{ name: "accept", value: "application/json" }, { name: "authorization", value: `Token ${v}` }, { name: "x-trace-id", value: g.hex(32) }] }, response: { status: 200 } }] } }, null, 1) },
];

export function rotate(specs: Spec[], prefix: string, seed: number, offset = 0): CorpusCase[] {
  const g = new Gen(seed);
  return specs.map((s, i) => {
    const r = RENDERERS[(i + offset) % RENDERERS.length]!;
    const v = s.make(g);
    const ex = s.extra ? s.extra(g) : [];
    return {
      id: `y70-${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: `heldouty70-sec-${s.group}`,
      label: "positive",
      text: r.render(s.env, v, g, ex),
      note: `${s.provider}: ${s.env} in ${r.name}`,
    };
  });
}

export { jsonEsc };
