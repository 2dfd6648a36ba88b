// Shared PRNG wrapper and context renderers for heldout-y18. Skipped by the loader (leading "_").
// Every credential-shaped value is assembled at run time from a split prefix and a mulberry32 body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
const AL = UP + LO + DG;

export class G extends SeededRng {
  a(n: number) { return this.str(n, AL); }
  h(n: number) { return this.str(n, "0123456789abcdef"); }
  H(n: number) { return this.str(n, "0123456789ABCDEF"); }
  u(n: number) { return this.str(n, UP + DG); }
  U(n: number) { return this.str(n, UP); }
  l(n: number) { return this.str(n, LO + DG); }
  L(n: number) { return this.str(n, LO); }
  d(n: number) { return this.str(1, "123456789") + this.str(n - 1, DG); }
  b64(n: number) { return this.str(n, AL + "+/"); }
  bu(n: number) { return this.str(n, AL + "-_"); }
  b32(n: number) { return this.str(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"); }
  uuid() { return [this.h(8), this.h(4), "4" + this.h(3), this.pick(["8", "9", "a", "b"]) + this.h(3), this.h(12)].join("-"); }
  enc(o: unknown) { return Buffer.from(JSON.stringify(o)).toString("base64url"); }
  jwt(payload: Record<string, unknown>, alg = "HS256") {
    return [this.enc({ alg, typ: "JWT" }), this.enc(payload), this.bu(alg.startsWith("HS") ? 43 : 86)].join(".");
  }
  /** A PEM block with a random base64 body. */
  pem(label: string, lines = 12) {
    const body: string[] = [];
    for (let i = 0; i < lines; i++) body.push(this.b64(64));
    body.push(this.b64(28) + "==");
    return [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join("\n");
  }
  user() { return this.pick(["deploy", "svc_app", "admin", "app_rw", "etl", "api", "ci-bot", "backend"]); }
  host() { return this.pick(["prod-db-1", "db-primary", "pg-main", "core-db", "orders-db"]) + "." + this.pick(["internal", "acme.io", "corp.lan", "svc.cluster.local"]); }
  ts() { return `2026-${String(this.range(1, 11)).padStart(2, "0")}-${String(this.range(10, 28))}T${String(this.range(10, 23))}:${String(this.range(10, 59))}:${String(this.range(10, 59))}Z`; }
}

export type KV = [string, string][];
export interface Spec { id?: string; grp: string; prov: string; kv: (g: G) => KV; hdr?: string; host?: string; path?: string }
export interface Ctx { g: G; prov: string; kv: KV; hdr: string; host: string; path: string }
interface Renderer { name: string; multi: boolean; fn: (c: Ctx) => string }

const last = (kv: KV) => kv[kv.length - 1]!;
const env = (kv: KV) => kv.map(([k, v]) => `${k}=${v}`).join("\n");
const lc = (k: string) => k.toLowerCase();
const camel = (k: string) => lc(k).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const slug = (p: string) => p.split(/[ /]/)[0]!.toLowerCase().replace(/[^a-z0-9]+/g, "");
const hdrLine = (c: Ctx) => {
  const v = last(c.kv)[1];
  return c.hdr.endsWith("=") ? `${c.hdr}${v}` : `${c.hdr} ${v}`;
};

export const renderers: Renderer[] = [
  { name: "LLM chat body with pasted .env", multi: true, fn: (c) => JSON.stringify({
    model: "claude-sonnet-4-5", max_tokens: 4096,
    messages: [{ role: "user", content: `The ${c.prov} integration returns 401 in staging but works locally. Here's my .env:\n\nNODE_ENV=staging\nPORT=8080\nLOG_LEVEL=debug\n${env(c.kv)}\nFEATURE_FLAGS=beta_search,new_checkout\n\nWhat am I missing?` }],
  }, null, 2) },
  { name: "Anthropic tool_use write_file", multi: true, fn: (c) => JSON.stringify({
    role: "assistant", content: [
      { type: "text", text: `I'll add the ${c.prov} settings to the local env file.` },
      { type: "tool_use", id: "toolu_01" + c.g.a(22), name: "write_file", input: { path: ".env.local", content: `# ${c.prov}\n${env(c.kv)}\n` } },
    ] }) },
  { name: "OpenAI tool_calls shell command", multi: true, fn: (c) => JSON.stringify({
    role: "assistant", content: null, tool_calls: [{ id: "call_" + c.g.a(24), type: "function", function: { name: "run_shell",
      arguments: JSON.stringify({ command: `${c.kv.map(([k, v]) => `export ${k}='${v}'`).join(" && ")} && npm run sync:${slug(c.prov)}`, timeout_ms: 120000 }) } }] }) },
  { name: "MCP tool result echoed back", multi: true, fn: (c) => JSON.stringify({ jsonrpc: "2.0", id: c.g.range(3, 90), result: { content: [{ type: "text",
    text: `$ cat config/settings.yaml\napp:\n  name: orders-api\n  region: eu-west-1\n${slug(c.prov)}:\n${c.kv.map(([k, v]) => `  ${lc(k)}: "${v}"`).join("\n")}\ncache:\n  ttl: 300\n` }], isError: false } }) },
  { name: "curl command header", multi: false, fn: (c) => `curl -sS -X POST "https://${c.host}${c.path}" \\\n  -H "${hdrLine(c)}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"limit": 25, "cursor": null}' | jq .` },
  { name: "raw HTTP request header", multi: false, fn: (c) => `POST ${c.path} HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: python-requests/2.32.3\r\nAccept: application/json\r\n${hdrLine(c)}\r\nContent-Type: application/json\r\nContent-Length: 41\r\n\r\n{"page": 1, "per_page": 100, "all": true}` },
  { name: "URL query string", multi: false, fn: (c) => `GET https://${c.host}${c.path}?format=json&limit=50&${c.hdr.toLowerCase().includes("bearer") ? "access_token" : "api_key"}=${encodeURIComponent(last(c.kv)[1])} -> 200 OK (812 ms)` },
  { name: "form-encoded body", multi: true, fn: (c) => `curl -s https://${c.host}/oauth/token \\\n  -H "Content-Type: application/x-www-form-urlencoded" \\\n  -d "grant_type=client_credentials&${c.kv.map(([k, v]) => `${lc(k)}=${encodeURIComponent(v)}`).join("&")}&scope=read"` },
  { name: "multipart form upload", multi: true, fn: (c) => {
    const b = "----WebKitFormBoundary" + c.g.a(16);
    return `POST /api/v1/uploads HTTP/1.1\r\nHost: ${c.host}\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n` +
      c.kv.map(([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${lc(k)}"\r\n\r\n${v}\r\n`).join("") +
      `--${b}\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\r\n1,42.50\r\n--${b}--`;
  } },
  { name: "devtools Copy as fetch JSON body", multi: true, fn: (c) => `fetch("https://${c.host}/v1/connect", {\n  "headers": { "accept": "application/json", "content-type": "application/json" },\n  "body": ${JSON.stringify(JSON.stringify({ provider: slug(c.prov), credentials: Object.fromEntries(c.kv.map(([k, v]) => [camel(k), v])) }))},\n  "method": "POST",\n  "mode": "cors"\n});` },
  { name: "docker-compose YAML", multi: true, fn: (c) => `services:\n  api:\n    image: ghcr.io/acme/api:1.14.2\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n${c.kv.map(([k, v]) => `      - ${k}=${v}`).join("\n")}\n    depends_on:\n      - redis\n  redis:\n    image: redis:7-alpine\n` },
  { name: "TOML config", multi: true, fn: (c) => `[server]\nhost = "0.0.0.0"\nport = 8443\n\n[integrations.${slug(c.prov)}]\nenabled = true\n${c.kv.map(([k, v]) => `${lc(k)} = "${v}"`).join("\n")}\ntimeout_secs = 30\n` },
  { name: "INI config", multi: true, fn: (c) => `; ~/.config/${slug(c.prov)}/credentials\n[default]\n${c.kv.map(([k, v]) => `${lc(k)} = ${v}`).join("\n")}\nregion = eu-central\n\n[profile ci]\nrole = readonly\n` },
  { name: "Java .properties", multi: true, fn: (c) => `# application-prod.properties\nspring.datasource.hikari.maximum-pool-size=20\nserver.port=8080\n${c.kv.map(([k, v]) => `app.${slug(c.prov)}.${lc(k).replace(/_/g, "-")}=${v}`).join("\n")}\nmanagement.endpoints.web.exposure.include=health,info\n` },
  { name: "JSON config file", multi: true, fn: (c) => JSON.stringify({ name: "worker", version: "3.2.0", logLevel: "info", [slug(c.prov)]: Object.fromEntries(c.kv.map(([k, v]) => [camel(k), v])), retries: 3 }, null, 2) },
  { name: "Terraform HCL", multi: true, fn: (c) => `# terraform.tfvars\nenvironment = "prod"\nregion      = "us-east-1"\n${c.kv.map(([k, v]) => `${lc(k)} = "${v}"`).join("\n")}\n\ntags = {\n  team = "platform"\n}\n` },
  { name: "XML web.config appSettings", multi: true, fn: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${c.kv.map(([k, v]) => `    <add key="${k}" value="${v}" />`).join("\n")}\n  </appSettings>\n</configuration>\n` },
  { name: "Python code env default", multi: true, fn: (c) => `import os\nimport httpx\n\n${c.kv.map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`).join("\n")}\n\n\ndef client() -> httpx.Client:\n    return httpx.Client(base_url="https://${c.host}", timeout=10.0)\n` },
  { name: "TypeScript SDK constructor", multi: true, fn: (c) => `import { createClient } from "./lib/${slug(c.prov)}";\n\nexport const ${slug(c.prov)} = createClient({\n${c.kv.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n  retries: 2,\n});\n` },
  { name: "Go code", multi: true, fn: (c) => `package config\n\nimport "os"\n\nfunc Load() map[string]string {\n\tcfg := map[string]string{\n${c.kv.map(([k, v]) => `\t\t"${k}": "${v}",`).join("\n")}\n\t}\n\tfor k := range cfg {\n\t\tif v := os.Getenv(k); v != "" {\n\t\t\tcfg[k] = v\n\t\t}\n\t}\n\treturn cfg\n}\n` },
  { name: "Java test fixture", multi: true, fn: (c) => `class ${c.prov.replace(/[^A-Za-z0-9]/g, "")}ClientIT {\n${c.kv.map(([k, v]) => `    private static final String ${k} = "${v}";`).join("\n")}\n\n    @Test\n    void listsItems() throws Exception {\n        var items = newClient().list();\n        assertFalse(items.isEmpty());\n    }\n}\n` },
  { name: "Ruby initializer", multi: true, fn: (c) => `# config/initializers/${slug(c.prov)}.rb\nRails.application.configure do\n${c.kv.map(([k, v]) => `  config.x.${slug(c.prov)}.${lc(k)} = ENV.fetch("${k}", "${v}")`).join("\n")}\nend\n` },
  { name: "C# options", multi: true, fn: (c) => `builder.Services.Configure<IntegrationOptions>(o =>\n{\n${c.kv.map(([k, v]) => `    o.${camel(k).replace(/^./, (x) => x.toUpperCase())} = builder.Configuration["${k}"] ?? "${v}";`).join("\n")}\n    o.Timeout = TimeSpan.FromSeconds(15);\n});\n` },
  { name: "Rust env fallback", multi: true, fn: (c) => `fn settings() -> Settings {\n    Settings {\n${c.kv.map(([k, v]) => `        ${lc(k)}: std::env::var("${k}").unwrap_or_else(|_| "${v}".to_string()),`).join("\n")}\n        timeout: Duration::from_secs(20),\n    }\n}\n` },
  { name: "PHP config array", multi: true, fn: (c) => `<?php\n\nreturn [\n    '${slug(c.prov)}' => [\n${c.kv.map(([k, v]) => `        '${lc(k)}' => env('${k}', '${v}'),`).join("\n")}\n        'timeout' => 30,\n    ],\n];\n` },
  { name: "GitHub Actions CI log with set -x", multi: true, fn: (c) => `${c.g.ts()} ##[group]Run ./scripts/deploy.sh production\n${c.g.ts()} ./scripts/deploy.sh production\n${c.g.ts()} shell: /usr/bin/bash -e {0}\n${c.g.ts()} ##[endgroup]\n${c.kv.map(([k, v]) => `${c.g.ts()} + export ${k}=${v}`).join("\n")}\n${c.g.ts()} + ./bin/release --env production\n${c.g.ts()} release: uploading 14 artifacts\n${c.g.ts()} ##[error]Process completed with exit code 1.` },
  { name: "shell history", multi: true, fn: (c) => `: 1764${c.g.d(6)}:0;cd ~/src/orders-api\n: 1764${c.g.d(6)}:0;git pull --rebase\n${c.kv.map(([k, v]) => `: 1764${c.g.d(6)}:0;export ${k}="${v}"`).join("\n")}\n: 1764${c.g.d(6)}:0;make run\n: 1764${c.g.d(6)}:0;history | tail -20` },
  { name: "Python crash report with locals", multi: true, fn: (c) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line 88, in run\n    resp = session.post(url, json=payload, timeout=10)\n  File "/usr/local/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\n    return self.request("POST", url, data=data, json=json, **kwargs)\nrequests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://${c.host}${c.path}\n\nLocals at frame run:\n    url = 'https://${c.host}${c.path}'\n    settings = {${c.kv.map(([k, v]) => `'${k}': '${v}'`).join(", ")}, 'retries': 3}\n    attempt = 2` },
  { name: "Jupyter notebook JSON", multi: true, fn: (c) => JSON.stringify({ cells: [
    { cell_type: "markdown", metadata: {}, source: [`## Pull data from ${c.prov}`] },
    { cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", ...c.kv.map(([k, v]) => `os.environ["${k}"] = "${v}"\n`), "df = load_frame()\n"] },
  ], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", multi: true, fn: (c) => `-- seeds/020_integrations.sql\nINSERT INTO integrations (id, tenant_id, provider, setting, value, created_at) VALUES\n${c.kv.map(([k, v], i) => `  (${100 + i}, 7, '${slug(c.prov)}', '${lc(k)}', '${v}', now())`).join(",\n")};\n` },
  { name: "Markdown setup doc", multi: true, fn: (c) => `## Running locally\n\n1. Install deps with \`pnpm install\`.\n2. Export the ${c.prov} settings (ask #platform if yours are stale):\n\n\`\`\`bash\n${c.kv.map(([k, v]) => `export ${k}=${v}`).join("\n")}\n\`\`\`\n\n3. Start with \`pnpm dev\`.\n` },
  { name: "unified diff", multi: true, fn: (c) => `diff --git a/deploy/prod.env b/deploy/prod.env\nindex 3f2a91c..8be04d7 100644\n--- a/deploy/prod.env\n+++ b/deploy/prod.env\n@@ -4,6 +4,${6 + c.kv.length} @@ LOG_LEVEL=info\n REDIS_URL=redis://cache:6379/0\n QUEUE=orders\n${c.kv.map(([k, v]) => `+${k}=${v}`).join("\n")}\n WORKERS=4\n` },
  { name: "team chat message", multi: true, fn: (c) => `[10:42] maria.k: prod ${c.prov} settings changed, new values below, pls update your local env\n${c.kv.map(([k, v]) => `[10:42] maria.k: ${k}=${v}`).join("\n")}\n[10:44] dev.oliver: thx, works 👍` },
  { name: "k8s Secret stringData", multi: true, fn: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${slug(c.prov)}-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n${c.kv.map(([k, v]) => `  ${k}: "${v}"`).join("\n")}\n` },
  { name: "Dockerfile ENV", multi: true, fn: (c) => `FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\n${c.kv.map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nEXPOSE 3000\nCMD ["node", "dist/server.js"]\n` },
  { name: "GitHub Actions workflow env", multi: true, fn: (c) => `name: nightly-sync\non:\n  schedule:\n    - cron: "0 3 * * *"\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n${c.kv.map(([k, v]) => `      ${k}: ${v}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/sync.sh\n` },
  { name: "structured log with request headers", multi: false, fn: (c) => JSON.stringify({ level: "debug", time: c.g.ts(), msg: "outgoing request", method: "POST", url: `https://${c.host}${c.path}`, headers: { [hdrLine(c).split(":")[0]!.toLowerCase()]: hdrLine(c).split(":").slice(1).join(":").trim(), "user-agent": "undici" }, trace_id: c.g.h(32) }) },
];

/** Renders specs round-robin over the renderers; multi-value specs skip header-only renderers. */
export function build(g: G, specs: Spec[], idPrefix: string, category: (s: Spec) => string, label: "positive" | "benign", start = 0, what = "secret"): CorpusCase[] {
  let r = start, hc = 0, hi = start;
  const http = renderers.filter((x) => !x.multi);
  return specs.map((s, i) => {
    const kv = s.kv(g);
    const httpOk = kv.length === 1 && (s.hdr !== undefined || s.host !== undefined);
    let rr: Renderer;
    if (httpOk && hc++ % 3 === 0) rr = http[hi++ % http.length]!;
    else {
      rr = renderers[r % renderers.length]!;
      while (!rr.multi) { r++; rr = renderers[r % renderers.length]!; }
      r++;
    }
    const ctx: Ctx = { g, prov: s.prov, kv, hdr: s.hdr ?? "Authorization: Bearer", host: s.host ?? `api.${slug(s.prov)}.com`, path: s.path ?? "/v1/items" };
    return { id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`, kind: "secrets" as const, category: category(s), label, text: rr.fn(ctx),
      note: `${s.prov}; ${label === "positive" ? "slot" : what} ${kv.map(([k]) => k).join("+")}; context: ${rr.name}` };
  });
}
