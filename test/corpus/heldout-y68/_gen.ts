// Shared PRNG-backed builders and context renderers for heldout-y68 (skipped by the loader).
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const LO = "abcdefghijklmnopqrstuvwxyz";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const DG = "0123456789";
export const AN = UP + LO + DG;
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const URLB64 = AN + "_-";
export const B64 = AN + "+/";
export const UPN = UP + DG;
export const LON = LO + DG;

export class Gen extends SeededRng {
  a(n: number) { return this.str(n, AN); }
  h(n: number) { return this.str(n, HX); }
  H(n: number) { return this.str(n, HXU); }
  u(n: number) { return this.str(n, URLB64); }
  b(n: number) { return this.str(n, B64); }
  U(n: number) { return this.str(n, UPN); }
  l(n: number) { return this.str(n, LON); }
  d(n: number) { return this.str(n, DG); }
  uuid() { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  /** A base64url JSON segment built from an object (real JWT-looking). */
  seg(o: unknown) { return Buffer.from(JSON.stringify(o)).toString("base64url"); }
  jwt(payload: Record<string, unknown>) {
    return [this.seg({ alg: "HS256", typ: "JWT" }), this.seg(payload), this.u(43)].join(".");
  }
  b64of(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
  pem(label: string, bytes: number) {
    const body = this.b64of(bytes).match(/.{1,64}/g)!.join("\n");
    return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
  }
  word() { return this.pick(["atlas", "orbit", "ledger", "harbor", "quill", "nimbus", "cobalt", "fern", "relay", "summit", "tundra", "pylon"]); }
}

export interface Tok { group: string; provider: string; env: string; value: string; slot?: string }

const snake = (e: string) => e.toLowerCase();
const camel = (e: string) => e.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const kebab = (e: string) => e.toLowerCase().replace(/_/g, "-");
const J = (s: string) => JSON.stringify(s);

export type Renderer = { name: string; render: (t: Tok, g: Gen) => string };

export const renderers: Renderer[] = [
  { name: "chat body with pasted .env (JSON-escaped)", render: (t, g) => JSON.stringify({
    model: "claude-sonnet-4-5", max_tokens: 4096,
    messages: [{ role: "user", content: `why does the app crash on boot? here's my .env:\n\nNODE_ENV=production\nPORT=${g.range(3000, 9000)}\nLOG_LEVEL=info\n${t.env}=${t.value}\nFEATURE_FLAGS=beta,search\n` }],
  }, null, 2) },
  { name: "Anthropic tool_use write_file config.yaml", render: (t, g) => JSON.stringify({
    role: "assistant", content: [
      { type: "text", text: "I'll write the config file with the credentials you gave me." },
      { type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: "config/app.yaml", content: `service:\n  name: ${g.word()}-api\n  replicas: 2\nintegrations:\n  ${snake(t.env)}: "${t.value}"\n  timeout_ms: 5000\n` } },
    ] }, null, 2) },
  { name: "OpenAI tool_calls shell export (double-escaped)", render: (t, g) => JSON.stringify({
    role: "assistant", content: null, tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "run_shell",
      arguments: JSON.stringify({ command: `export ${t.env}="${t.value}" && npm run migrate -- --env production`, cwd: "/home/dev/app" }) } }] }) },
  { name: "MCP tool result echoing a file", render: (t, g) => JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text",
    text: `# ~/.config/${g.word()}/credentials\n[default]\nregion = eu-west-1\n${snake(t.env)} = ${t.value}\n` }], isError: false } }, null, 2) },
  { name: "curl Authorization header", render: (t, g) => `$ curl -sS -X POST https://api.${g.word()}.io/v1/jobs \\\n  -H "Authorization: Bearer ${t.value}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"nightly","retries":3}'` },
  { name: "raw HTTP request X-API-Key header", render: (t, g) => `GET /v2/status?verbose=1 HTTP/1.1\r\nHost: api.${g.word()}.com\r\nUser-Agent: python-requests/2.32.3\r\nAccept: application/json\r\nX-API-Key: ${t.value}\r\nX-Request-Id: ${g.uuid()}\r\n\r\n` },
  { name: "URL query string in fetch log", render: (t, g) => `[fetch] GET https://api.${g.word()}.net/v1/search?q=coffee&limit=20&${snake(t.env)}=${encodeURIComponent(t.value)} -> 200 (${g.range(40, 900)}ms)` },
  { name: "form-urlencoded body", render: (t, g) => `POST /oauth/token HTTP/1.1\nHost: auth.${g.word()}.io\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=${g.l(12)}&${snake(t.env)}=${encodeURIComponent(t.value)}&scope=read%20write` },
  { name: "multipart form upload", render: (t, g) => { const bd = `----WebKitFormBoundary${g.a(16)}`; return `POST /upload HTTP/1.1\nContent-Type: multipart/form-data; boundary=${bd}\n\n--${bd}\nContent-Disposition: form-data; name="${snake(t.env)}"\n\n${t.value}\n--${bd}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${bd}--`; } },
  { name: "JSON request body", render: (t, g) => `POST https://hooks.${g.word()}.dev/api/connect\nContent-Type: application/json\n\n${JSON.stringify({ workspace: g.word(), [camel(t.env)]: t.value, sync: true }, null, 2)}` },
  { name: ".env file via write_file", render: (t, g) => `write_file(".env.production", """\nDATABASE_POOL=10\nAPP_URL=https://${g.word()}.example.org\n${t.env}=${t.value}\nSENTRY_ENVIRONMENT=production\n""")` },
  { name: "docker-compose YAML", render: (t, g) => `services:\n  worker:\n    image: ghcr.io/${g.word()}/worker:1.${g.range(0, 9)}.${g.range(0, 20)}\n    restart: unless-stopped\n    environment:\n      - QUEUE=default\n      - ${t.env}=${t.value}\n    depends_on: [redis]\n  redis:\n    image: redis:7-alpine` },
  { name: "TOML config", render: (t, g) => `[server]\nhost = "0.0.0.0"\nport = ${g.range(3000, 9000)}\n\n[${g.word()}]\nenabled = true\n${snake(t.env)} = "${t.value}"\nretries = 3` },
  { name: "INI config", render: (t, g) => `; settings.ini\n[general]\ndebug = false\n\n[${g.word()}]\nendpoint = https://api.${g.word()}.com\n${snake(t.env)} = ${t.value}\n` },
  { name: "Java .properties", render: (t, g) => `# application-prod.properties\nspring.application.name=${g.word()}-service\nserver.port=8080\napp.${kebab(t.env).replace(/-/g, ".")}=${t.value}\nlogging.level.root=INFO` },
  { name: "JSON config file", render: (t, g) => JSON.stringify({ name: `${g.word()}-bot`, version: "2.3.1", env: "production", credentials: { [camel(t.env)]: t.value }, retry: { max: 5 } }, null, 2) },
  { name: "Terraform HCL", render: (t, g) => `provider "${g.word()}" {\n  region = "us-east-1"\n}\n\nresource "kubernetes_secret" "app" {\n  metadata { name = "app-creds" }\n  data = {\n    ${snake(t.env)} = "${t.value}"\n  }\n}` },
  { name: "XML config", render: (t, g) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${t.env}" value="${t.value}" />\n    <add key="CacheSeconds" value="${g.range(30, 600)}" />\n  </appSettings>\n</configuration>` },
  { name: "Python SDK code", render: (t, g) => `import os\nimport requests\n\n${t.env} = os.environ.get("${t.env}", "${t.value}")\n\ndef fetch_${g.word()}():\n    r = requests.get("https://api.example.com/v1/items",\n                     headers={"Authorization": f"Bearer {${t.env}}"}, timeout=10)\n    r.raise_for_status()\n    return r.json()` },
  { name: "TypeScript client code", render: (t, g) => `import { createClient } from "./client";\n\nconst ${camel(t.env)} = process.env.${t.env} ?? "${t.value}";\n\nexport const client = createClient({\n  apiKey: ${camel(t.env)},\n  baseUrl: "https://api.${g.word()}.io",\n  timeoutMs: 8000,\n});` },
  { name: "Go code", render: (t, g) => `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst default${camel(t.env).replace(/^./, (c) => c.toUpperCase())} = "${t.value}"\n\nfunc newRequest() (*http.Request, error) {\n\treq, err := http.NewRequest("GET", "https://api.${g.word()}.com/v1/me", nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tkey := os.Getenv("${t.env}")\n\tif key == "" {\n\t\tkey = default${camel(t.env).replace(/^./, (c) => c.toUpperCase())}\n\t}\n\treq.Header.Set("Authorization", "Bearer "+key)\n\treturn req, nil\n}` },
  { name: "Java code", render: (t, g) => `public final class ${g.word().replace(/^./, (c) => c.toUpperCase())}Config {\n    private static final String ${t.env} = "${t.value}";\n\n    public static HttpRequest request(URI uri) {\n        return HttpRequest.newBuilder(uri)\n            .header("Authorization", "Bearer " + ${t.env})\n            .build();\n    }\n}` },
  { name: "C# code", render: (t) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", c =>\n{\n    c.BaseAddress = new Uri("https://api.example.net/");\n    c.DefaultRequestHeaders.Add("X-Api-Key", "${t.value}"); // ${t.env}\n});\nvar app = builder.Build();` },
  { name: "Ruby code", render: (t, g) => `# config/initializers/${g.word()}.rb\nRails.application.config.x.${snake(t.env)} = ENV.fetch("${t.env}", "${t.value}")\n` },
  { name: "PHP code", render: (t) => `<?php\nreturn [\n    'driver' => 'api',\n    '${snake(t.env)}' => env('${t.env}', '${t.value}'),\n    'timeout' => 15,\n];` },
  { name: "Rust code", render: (t) => `fn client() -> reqwest::Client {\n    let key = std::env::var("${t.env}").unwrap_or_else(|_| "${t.value}".to_string());\n    let mut headers = reqwest::header::HeaderMap::new();\n    headers.insert("authorization", format!("Bearer {key}").parse().unwrap());\n    reqwest::Client::builder().default_headers(headers).build().unwrap()\n}` },
  { name: "GitHub Actions CI log", render: (t, g) => `2026-11-${g.range(10, 28)}T0${g.range(1, 9)}:14:0${g.range(0, 9)}.${g.d(7)}Z ##[group]Run ./scripts/deploy.sh\n2026-11-${g.range(10, 28)}T0${g.range(1, 9)}:14:0${g.range(0, 9)}.${g.d(7)}Z + echo "using ${t.env}=${t.value}"\n2026-11-${g.range(10, 28)}T0${g.range(1, 9)}:14:0${g.range(0, 9)}.${g.d(7)}Z using ${t.env}=${t.value}\n2026-11-${g.range(10, 28)}T0${g.range(1, 9)}:14:1${g.range(0, 9)}.${g.d(7)}Z Deploying commit ${g.h(40)}\n##[endgroup]` },
  { name: "shell history", render: (t, g) => ` 1021  cd ~/src/${g.word()}\n 1022  git pull --rebase\n 1023  ${t.env}=${t.value} ./bin/sync --dry-run\n 1024  history | tail` },
  { name: "Python crash dump with locals", render: (t, g) => `Traceback (most recent call last):\n  File "/app/worker.py", line ${g.range(20, 300)}, in run\n    resp = session.post(url, headers=headers, json=payload)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.${g.word()}.io', port=443): Max retries exceeded\n\nLocals at frame run:\n  url = 'https://api.${g.word()}.io/v1/push'\n  headers = {'Authorization': 'Bearer ${t.value}', 'Accept': 'application/json'}\n  attempt = 3` },
  { name: "Jupyter notebook cell", render: (t, g) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: g.range(1, 40), metadata: {}, outputs: [],
    source: ["import os\n", `os.environ["${t.env}"] = "${t.value}"\n`, "df = load_dataset('sales_2026')\n"] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", render: (t, g) => `-- seed integrations\nINSERT INTO integrations (id, provider, ${snake(t.env).includes("password") ? "password" : "api_key"}, created_at)\nVALUES (${g.range(1, 999)}, '${t.provider}', '${t.value}', NOW());` },
  { name: "Markdown README setup section", render: (t, g) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the shared team credential for ${t.provider}:\n\n\`\`\`bash\nexport ${t.env}=${t.value}\n\`\`\`\n\n3. Run \`make dev\` and open http://localhost:${g.range(3000, 9000)}.` },
  { name: "unified diff", render: (t, g) => `diff --git a/config/settings.py b/config/settings.py\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,7 +12,7 @@ DEBUG = False\n ALLOWED_HOSTS = ["*"]\n-${t.env} = os.environ["${t.env}"]\n+${t.env} = "${t.value}"\n CACHE_TTL = 300` },
  { name: "team chat message", render: (t) => JSON.stringify({ channel: "C0" + "4DEVOPS", text: `hey, prod is using the new ${t.provider} credential now: \`${t.value}\` — rotate the old one after lunch pls` }) },
  { name: "docker run -e", render: (t, g) => `docker run --rm -d --name ${g.word()} \\\n  -e NODE_ENV=production \\\n  -e ${t.env}=${t.value} \\\n  -p 8080:8080 ghcr.io/acme/${g.word()}:latest` },
  { name: "Kubernetes Secret (base64 data)", render: (t) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\ndata:\n  ${t.env}: ${Buffer.from(t.value).toString("base64")}` },
];

/** Rotate tokens through renderers; one case per token. */
export function rotate(prefix: string, cat: string, toks: Tok[], g: Gen, offset = 0): CorpusCase[] {
  return toks.map((t, i) => {
    const r = renderers[(i + offset) % renderers.length]!;
    return {
      id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: `${cat}-${t.group}`,
      label: "positive" as const,
      text: r.render(t, g),
      note: `${t.provider} ${t.slot ?? t.env} in ${r.name}`,
    };
  });
}

export { J };
