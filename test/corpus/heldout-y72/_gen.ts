// Shared generator for heldout-y72: seeded draws (mulberry32) and the context renderers every
// case is rotated through. Skipped by the loader (leading underscore, not *.cases.ts).
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HEXL = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LOWNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
export const B64 = `${ALNUM}+/`;
export const B64URL = `${ALNUM}-_`;
export const DIG = "0123456789";

export class G {
  private r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  x(n: number, alpha: string): string {
    let s = "";
    for (let i = 0; i < n; i++) s += alpha[Math.floor(this.r() * alpha.length)];
    return s;
  }
  a(n: number) { return this.x(n, ALNUM); }
  h(n: number) { return this.x(n, HEXL); }
  H(n: number) { return this.x(n, HEXU); }
  u(n: number) { return this.x(n, UPNUM); }
  l(n: number) { return this.x(n, LOWNUM); }
  d(n: number) { return this.x(n, DIG); }
  b(n: number) { return this.x(n, B64); }
  bu(n: number) { return this.x(n, B64URL); }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.r() * xs.length)]!; }
  uuid(): string {
    return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`;
  }
  /** base64 of n random bytes, standard alphabet with padding. */
  b64bytes(n: number): string {
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++) bytes[i] = this.int(256);
    return Buffer.from(bytes).toString("base64");
  }
  jwt(payload: Record<string, unknown>): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "J" + "WT" }), enc(payload), this.bu(43)].join(".");
  }
}

/** One token spec: provider, group, the slot a developer would use, and a run-time generator. */
export interface Spec {
  group: string;
  provider: string;
  env: string;
  gen: (g: G) => string;
  /** Header line builder for HTTP contexts; default Authorization: Bearer. */
  hdr?: (v: string) => string;
  host?: string;
}

export const S = (group: string, provider: string, env: string, gen: (g: G) => string, hdr?: (v: string) => string, host?: string): Spec =>
  ({ group, provider, env, gen, hdr, host });

export interface Ctx {
  env: string;
  key: string; // snake/lower config key
  camel: string;
  v: string;
  hdr: string;
  host: string;
  g: G;
}

const camelOf = (env: string) =>
  env.toLowerCase().split("_").map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join("");

type R = (c: Ctx) => string;

const ts = (g: G) => `2026-11-${String(10 + g.int(18)).padStart(2, "0")}T${String(g.int(24)).padStart(2, "0")}:${String(g.int(60)).padStart(2, "0")}:${String(g.int(60)).padStart(2, "0")}Z`;

export const renderers: Array<[string, R]> = [
  ["OpenAI chat body, pasted .env (JSON-escaped)", (c) => JSON.stringify({
    model: "gpt-4.1", temperature: 0.2,
    messages: [
      { role: "system", content: "You are a coding assistant working in the user's repository." },
      { role: "user", content: `The app crashes on boot, here's my .env:\n\n\`\`\`\nNODE_ENV=production\nPORT=8080\n${c.env}=${c.v}\nLOG_LEVEL=info\n\`\`\`\nwhat am I missing?` },
    ],
  })],
  ["Anthropic messages body, pasted server log", (c) => JSON.stringify({
    model: "claude-sonnet-4-5", max_tokens: 2048,
    messages: [{ role: "user", content: [{ type: "text", text: `Worker log from staging:\n${ts(c.g)} INFO boot config loaded\n${ts(c.g)} DEBUG env ${c.env}=${c.v}\n${ts(c.g)} ERROR upstream ${c.host} returned 401\nWhy 401?` }] }],
  })],
  ["Anthropic tool_use write_file .env.production", (c) => JSON.stringify({
    role: "assistant",
    content: [
      { type: "text", text: "I'll write the production env file." },
      { type: "tool_use", id: `toolu_01${c.g.a(22)}`, name: "write_file", input: { path: ".env.production", content: `APP_URL=https://app.example.com\n${c.env}=${c.v}\nFEATURE_FLAGS=beta\n` } },
    ],
  })],
  ["OpenAI tool_calls shell export (double-escaped args)", (c) => JSON.stringify({
    role: "assistant", content: null,
    tool_calls: [{ id: `call_${c.g.a(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${c.env}="${c.v}" && npm run integration-test` }) } }],
  })],
  ["MCP tool result echoed back (read_file config.yaml)", (c) => JSON.stringify({
    jsonrpc: "2.0", id: 7 + c.g.int(90),
    result: { content: [{ type: "text", text: `# config.yaml\nservice:\n  name: billing-worker\n  replicas: 2\nintegrations:\n  ${c.key}: "${c.v}"\n  timeout_ms: 5000\n` }], isError: false },
  })],
  ["curl command with auth header", (c) => `curl -sS -X POST https://${c.host}/v1/jobs \\\n  -H "${c.hdr}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"nightly-sync","dry_run":false}'`],
  ["raw HTTP request headers", (c) => `POST /api/v2/events HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: agent-runner/1.8.2\r\nAccept: application/json\r\n${c.hdr}\r\nContent-Type: application/json\r\nContent-Length: 48\r\n\r\n{"event":"deploy.finished","env":"production"}`],
  ["HTTP GET with value in query string", (c) => `GET /v1/export?${c.key}=${encodeURIComponent(c.v)}&format=csv&since=2026-11-01 HTTP/1.1\nHost: ${c.host}\nAccept: text/csv\n`],
  ["urlencoded form body", (c) => `POST /oauth/setup HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\naccount=ops-team&${c.key}=${encodeURIComponent(c.v)}&region=eu-west-1&confirm=true`],
  ["multipart form upload", (c) => { const bd = `----agentBoundary${c.g.a(16)}`; return `POST /upload HTTP/1.1\nHost: ${c.host}\nContent-Type: multipart/form-data; boundary=${bd}\n\n--${bd}\nContent-Disposition: form-data; name="project"\n\nmobile-app\n--${bd}\nContent-Disposition: form-data; name="${c.key}"\n\n${c.v}\n--${bd}\nContent-Disposition: form-data; name="file"; filename="build.zip"\nContent-Type: application/zip\n\n<binary>\n--${bd}--\n`; }],
  ["JSON request body via fetch", (c) => `await fetch("https://${c.host}/api/integrations", {\n  method: "POST",\n  headers: { "Content-Type": "application/json" },\n  body: JSON.stringify({ name: "ci-bridge", ${c.camel}: "${c.v}", enabled: true }),\n});`],
  [".env file", (c) => `# generated by setup.sh\nDATABASE_POOL=10\nREDIS_TLS=true\n${c.env}=${c.v}\nSENTRY_ENVIRONMENT=production\n`],
  ["YAML application config", (c) => `app:\n  name: orders-api\n  port: 8080\n  upstream:\n    base_url: https://${c.host}\n    ${c.key}: ${c.v}\n    retries: 3\nlogging:\n  level: info\n`],
  ["TOML config", (c) => `[server]\nhost = "0.0.0.0"\nport = 3000\n\n[integrations.upstream]\nendpoint = "https://${c.host}"\n${c.key} = "${c.v}"\ntimeout = 30\n`],
  ["INI config", (c) => `[general]\nenvironment = production\nworkers = 4\n\n[upstream]\nurl = https://${c.host}\n${c.key} = ${c.v}\nverify_ssl = true\n`],
  ["Java .properties", (c) => `spring.application.name=ledger-service\nserver.port=8081\nintegration.${c.camel}=${c.v}\nintegration.base-url=https://${c.host}\nmanagement.endpoints.web.exposure.include=health\n`],
  ["JSON config file", (c) => JSON.stringify({ name: "sync-worker", version: "2.3.1", upstream: { baseUrl: `https://${c.host}`, [c.camel]: c.v, timeoutMs: 8000 }, features: ["retry", "batch"] }, null, 2)],
  ["Terraform HCL", (c) => `provider "restapi" {\n  uri                  = "https://${c.host}"\n  write_returns_object = true\n}\n\nresource "kubernetes_secret" "app" {\n  metadata {\n    name = "app-credentials"\n  }\n  data = {\n    ${c.key} = "${c.v}"\n  }\n}\n`],
  ["XML appSettings", (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${c.env}" value="${c.v}" />\n    <add key="RetryCount" value="3" />\n  </appSettings>\n</configuration>\n`],
  ["Python SDK client / env default", (c) => `import os\nimport requests\n\n${c.env} = os.environ.get("${c.env}", "${c.v}")\n\ndef client():\n    s = requests.Session()\n    s.headers["User-Agent"] = "sync/1.0"\n    s.headers.update({"${c.hdr.split(": ")[0]}": ${JSON.stringify(c.hdr.split(": ").slice(1).join(": ").replace(c.v, "{}"))}.format(${c.env})})\n    return s\n`],
  ["TypeScript module constant", (c) => `import axios from "axios";\n\nconst ${c.camel} = process.env.${c.env} ?? "${c.v}";\n\nexport const api = axios.create({\n  baseURL: "https://${c.host}",\n  timeout: 10_000,\n  headers: { ${JSON.stringify(c.hdr.split(": ")[0])}: ${JSON.stringify(c.hdr.split(": ").slice(1).join(": ")).replace(JSON.stringify(c.v).slice(1, -1), `" + ${c.camel} + "`).replace(/ \+ ""$/, "").replace(/^"" \+ /, "")} },\n});\n`],
  ["Go client code", (c) => `package upstream\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst default${c.camel.charAt(0).toUpperCase() + c.camel.slice(1)} = "${c.v}"\n\nfunc NewRequest(url string) (*http.Request, error) {\n\tkey := os.Getenv("${c.env}")\n\tif key == "" {\n\t\tkey = default${c.camel.charAt(0).toUpperCase() + c.camel.slice(1)}\n\t}\n\treq, err := http.NewRequest("GET", url, nil)\n\treturn req, err\n}\n`],
  ["Java test fixture", (c) => `package com.acme.billing;\n\nimport org.junit.jupiter.api.Test;\n\nclass UpstreamClientIT {\n    private static final String ${c.env} = "${c.v}";\n\n    @Test\n    void fetchesAccount() throws Exception {\n        var client = new UpstreamClient("https://${c.host}", ${c.env});\n        assertNotNull(client.account());\n    }\n}\n`],
  ["C# options binding", (c) => `public static class Startup\n{\n    public static void Configure(IServiceCollection services)\n    {\n        services.AddHttpClient("upstream", http =>\n        {\n            http.BaseAddress = new Uri("https://${c.host}");\n        });\n        services.Configure<UpstreamOptions>(o => o.ApiKey = Environment.GetEnvironmentVariable("${c.env}") ?? "${c.v}");\n    }\n}\n`],
  ["Ruby initializer", (c) => `# config/initializers/upstream.rb\nUpstream.configure do |config|\n  config.endpoint = "https://${c.host}"\n  config.${c.key} = ENV.fetch("${c.env}", "${c.v}")\n  config.timeout = 15\nend\n`],
  ["PHP config array", (c) => `<?php\n\nreturn [\n    'driver' => 'http',\n    'endpoint' => 'https://${c.host}',\n    '${c.key}' => env('${c.env}', '${c.v}'),\n    'timeout' => 20,\n];\n`],
  ["Rust const", (c) => `use reqwest::Client;\n\nconst ${c.env}: &str = "${c.v}";\n\npub async fn ping() -> anyhow::Result<()> {\n    let c = Client::new();\n    c.get("https://${c.host}/health").send().await?;\n    Ok(())\n}\n`],
  ["GitHub Actions CI log", (c) => `2026-11-21T08:14:02.1184Z ##[group]Run ./scripts/deploy.sh\n2026-11-21T08:14:02.1190Z + set -x\n2026-11-21T08:14:02.1201Z + export ${c.env}=${c.v}\n2026-11-21T08:14:02.1233Z + ./bin/release --target production\n2026-11-21T08:14:05.5521Z release: uploaded 14 artifacts\n2026-11-21T08:14:05.5530Z ##[endgroup]\n`],
  ["shell history", (c) => `  501  cd ~/src/platform\n  502  git pull --rebase\n  503  export ${c.env}='${c.v}'\n  504  make deploy ENV=prod\n  505  kubectl -n prod get pods\n`],
  ["Python crash dump with locals", (c) => `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    resp = client.post(url, json=payload)\n  File "/srv/app/client.py", line 41, in post\n    raise UpstreamError(resp.status_code)\nUpstreamError: 403\n\nLocals at frame client.post:\n    url = 'https://${c.host}/v1/batch'\n    ${c.key} = '${c.v}'\n    retries = 3\n`],
  ["Jupyter notebook cell", (c) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${c.env}"] = "${c.v}"\n`, "df = load_events(days=7)\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1)],
  ["SQL seed insert", (c) => `-- seed integration credentials for staging\nINSERT INTO integrations (id, provider, ${c.key}, created_at)\nVALUES (42, 'upstream', '${c.v}', NOW());\nUPDATE integrations SET enabled = true WHERE id = 42;\n`],
  ["Markdown setup doc", (c) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set these values for the staging account:\n\n   \`\`\`bash\n   ${c.env}=${c.v}\n   \`\`\`\n\n3. Run \`make dev\`.\n`],
  ["unified diff", (c) => `diff --git a/config/settings.py b/config/settings.py\nindex 3f2a1c9..8b7d0e4 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,7 +12,7 @@ DEBUG = False\n ALLOWED_HOSTS = ["api.example.com"]\n-${c.env} = os.environ["${c.env}"]\n+${c.env} = "${c.v}"\n TIME_ZONE = "UTC"\n`],
  ["chat message to teammate", (c) => JSON.stringify({ channel: "C05DEVOPS", text: `hey, the staging ${c.key} changed, new one is ${c.v} — can you update the vault entry?`, thread_ts: `1763${c.g.d(6)}.${c.g.d(6)}` })],
  ["docker-compose environment", (c) => `services:\n  worker:\n    image: ghcr.io/acme/worker:2.4.0\n    environment:\n      - NODE_ENV=production\n      - ${c.env}=${c.v}\n    depends_on:\n      - redis\n`],
  ["Dockerfile ENV", (c) => `FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nENV ${c.env}=${c.v}\nCOPY . .\nCMD ["python", "-m", "worker"]\n`],
];

const HEADER_ONLY = new Set(["curl command with auth header", "raw HTTP request headers"]);

export function ctxOf(g: G, env: string, v: string, hdr: string, host: string): Ctx {
  return { env, key: env.toLowerCase(), camel: camelOf(env), v, hdr, host, g };
}

/** Builds one case per spec, rotating through the renderers starting at `offset`. */
export function build(seed: number, idPrefix: string, cat: string, specs: Spec[], offset = 0, label: "positive" | "benign" = "positive"): CorpusCase[] {
  const g = new G(seed);
  return specs.map((s, i) => {
    const v = s.gen(g);
    let k = (i + offset) % renderers.length;
    // multi-line values (key material, paired lines) do not go into a single header line
    if ((v.includes("\n") || (label === "benign" && !s.hdr)) && HEADER_ONLY.has(renderers[k]![0])) k = (k + 2) % renderers.length;
    const [cname, r] = renderers[k]!;
    const hdr = s.hdr ? s.hdr(v) : label === "positive" ? `Authorization: Bearer ${v}` : `X-Request-Id: ${v}`;
    const text = r(ctxOf(g, s.env, v, hdr, s.host ?? "api.example.com"));
    return {
      id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: label === "positive" ? `${cat}-${s.group}` : cat,
      label,
      text,
      note: `${s.provider} (${s.env}) in ${cname}`,
    };
  });
}
