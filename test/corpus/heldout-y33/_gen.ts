// Shared generator for heldout-y33: a seeded stream (mulberry32 from test/helpers/prng.ts, high bits
// of each draw) plus context renderers. Skipped by the loader (leading underscore).
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const AN = UP + LO + DG;
export const HX = "0123456789abcdef";
export const B64 = AN + "+/";
export const URLSAFE = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class G extends SeededRng {
  an(n: number): string { return this.str(n, AN); }
  lo(n: number): string { return this.str(n, LO + DG); }
  up(n: number): string { return this.str(n, UP + DG); }
  hex(n: number): string { return this.str(n, HX); }
  HEX(n: number): string { return this.str(n, HX.toUpperCase()); }
  dig(n: number): string { return this.str(n, DG); }
  b64(n: number): string { return this.str(n, B64); }
  us(n: number): string { return this.str(n, URLSAFE); }
  b32(n: number): string { return this.str(n, B32); }
  uuid(): string { return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-"); }
  /** join prefix pieces and body: keeps prefixes split in source. */
  j(...xs: string[]): string { return xs.join(""); }
  jwt(payloadJson: string): string {
    const enc = (s: string) => Buffer.from(s).toString("base64url");
    return [enc('{"alg":"HS256","typ":"JWT"}'), enc(payloadJson), this.us(43)].join(".");
  }
  pem(kind: string, lines: number): string {
    const body: string[] = [];
    for (let i = 0; i < lines; i++) body.push(this.b64(64));
    body.push(this.b64(this.range(20, 60)) + "==");
    return [`-----BEGIN ${kind}-----`, ...body, `-----END ${kind}-----`].join("\n");
  }
}

export interface Spec {
  group: string;
  provider: string;
  /** name a developer would give the slot (env var style). */
  slot: string;
  make: (g: G) => string;
}

export type Renderer = (g: G, slot: string, value: string, provider: string) => string;

const camel = (slot: string) => slot.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const dotted = (slot: string) => slot.toLowerCase().replace(/_/g, ".");
const kebab = (slot: string) => slot.toLowerCase().replace(/_/g, "-");
const host = (provider: string) => "api." + provider.toLowerCase().replace(/[^a-z0-9]+/g, "") + ".com";

export const renderers: [string, Renderer][] = [
  ["chat body with pasted .env (JSON-escaped)", (g, s, v) => JSON.stringify({
    model: "gpt-4.1", messages: [
      { role: "system", content: "You are a helpful coding assistant." },
      { role: "user", content: `why does the worker crash on boot? here's my .env:\n\nNODE_ENV=production\nPORT=8080\nDATABASE_POOL=10\n${s}=${v}\nLOG_LEVEL=info\nFEATURE_BETA=false\n` },
    ], temperature: 0.2 }, null, 2)],
  ["Anthropic tool_use write_file", (g, s, v) => JSON.stringify({
    role: "assistant", content: [
      { type: "text", text: "I'll add the configuration file now." },
      { type: "tool_use", id: "toolu_01" + g.an(22), name: "write_file", input: { path: "config/settings.yaml", content: `service:\n  name: billing-sync\n  region: eu-west-1\ncredentials:\n  ${s.toLowerCase()}: "${v}"\nretries: 3\n` } },
    ] }, null, 2)],
  ["OpenAI tool_calls shell command (double-escaped)", (g, s, v) => JSON.stringify({
    role: "assistant", content: null, tool_calls: [{ id: "call_" + g.an(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s}="${v}" && npm run sync -- --dry-run=false`, cwd: "/home/dev/app" }) } }] })],
  ["MCP tool result echoing config.json", (g, s, v) => JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text: JSON.stringify({ name: "ingest", version: "2.3.1", env: { [s]: v, TIMEOUT_MS: 30000 } }, null, 2) }], isError: false } })],
  ["curl Authorization header", (g, s, v, p) => `$ curl -sS -X POST https://${host(p)}/v1/jobs \\\n  -H "Authorization: Bearer ${v}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"nightly","limit":50}'\n{"id":"job_${g.lo(12)}","status":"queued"}`],
  ["URL query string in request log", (g, s, v, p) => `2026-11-14T09:12:${g.range(10, 59)}.${g.dig(3)}Z INFO  http.client GET https://${host(p)}/v2/items?${camel(s)}=${encodeURIComponent(v)}&page=2&per_page=100 status=200 dur=${g.range(40, 900)}ms trace_id=${g.hex(32)}`],
  ["HTTP form POST body", (g, s, v, p) => `POST /oauth/token HTTP/1.1\r\nHost: ${host(p)}\r\nContent-Type: application/x-www-form-urlencoded\r\nUser-Agent: python-requests/2.32.3\r\n\r\ngrant_type=client_credentials&client_id=svc-${g.lo(8)}&${s.toLowerCase()}=${encodeURIComponent(v)}&scope=read`],
  ["multipart form field", (g, s, v, p) => { const b = "----WebKitFormBoundary" + g.an(16); return `POST /upload HTTP/1.1\r\nHost: ${host(p)}\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n--${b}\r\nContent-Disposition: form-data; name="${s.toLowerCase()}"\r\n\r\n${v}\r\n--${b}\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,amount\r\n1,20\r\n--${b}--\r\n`; }],
  ["HTTP JSON request body", (g, s, v, p) => `PUT https://${host(p)}/v1/integrations/${g.lo(10)}\nContent-Type: application/json\n\n${JSON.stringify({ enabled: true, settings: { [camel(s)]: v, syncIntervalMinutes: 15 } }, null, 2)}`],
  ["docker-compose YAML", (g, s, v) => `version: "3.9"\nservices:\n  api:\n    image: ghcr.io/acme/api:1.${g.range(0, 20)}.${g.range(0, 9)}\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n      - ${s}=${v}\n    depends_on:\n      - db\n  db:\n    image: postgres:16\n`],
  ["TOML config", (g, s, v, p) => `[server]\nhost = "0.0.0.0"\nport = 8080\n\n[${p.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${s.toLowerCase()} = "${v}"\ntimeout = 30\n`],
  ["INI config", (g, s, v, p) => `; generated by setup.sh\n[default]\nregion = us-east-1\noutput = json\n\n[${p.toLowerCase().replace(/[^a-z0-9]+/g, "-")}]\n${s.toLowerCase()} = ${v}\nverify_ssl = true\n`],
  ["Java .properties", (g, s, v) => `spring.application.name=order-service\nserver.port=8081\nspring.datasource.hikari.maximum-pool-size=12\napp.${dotted(s)}=${v}\nlogging.level.root=INFO\n`],
  ["JSON config file", (g, s, v) => JSON.stringify({ $schema: "./config.schema.json", environment: "prod", integrations: { [camel(s)]: v, enabled: true }, cache: { ttl: 600 } }, null, 2)],
  ["Terraform HCL", (g, s, v, p) => `provider "restapi" {\n  uri = "https://${host(p)}"\n}\n\nresource "kubernetes_secret" "app" {\n  metadata {\n    name = "app-secrets"\n  }\n  data = {\n    ${s} = "${v}"\n  }\n}\n`],
  ["XML appSettings", (g, s, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s}" value="${v}" />\n    <add key="RetryCount" value="3" />\n  </appSettings>\n</configuration>\n`],
  ["Python SDK setup", (g, s, v, p) => `import os\nimport logging\n\nlogger = logging.getLogger(__name__)\n\n# TODO move to secrets manager before launch\n${s} = os.environ.get("${s}", "${v}")\n\ndef make_client():\n    return Client(api_key=${s}, base_url="https://${host(p)}", timeout=20)\n`],
  ["TypeScript client constructor", (g, s, v, p) => `import { createClient } from "./client";\n\nexport const client = createClient({\n  baseUrl: "https://${host(p)}",\n  ${camel(s)}: process.env.${s} ?? "${v}",\n  retries: 2,\n});\n`],
  ["Go config struct", (g, s, v) => `package config\n\nimport "os"\n\nfunc Load() Config {\n\treturn Config{\n\t\tAddr: getenv("ADDR", ":8080"),\n\t\tToken: getenv("${s}", "${v}"),\n\t}\n}\n\nfunc getenv(k, d string) string {\n\tif v := os.Getenv(k); v != "" {\n\t\treturn v\n\t}\n\treturn d\n}\n`],
  ["Java constant", (g, s, v) => `package com.acme.integration;\n\npublic final class Settings {\n    private Settings() {}\n\n    public static final String BASE_REGION = "eu-central-1";\n    public static final String ${s} = "${v}";\n    public static final int TIMEOUT_SECONDS = 30;\n}\n`],
  ["Ruby initializer", (g, s, v, p) => `# config/initializers/${kebab(s).replace(/-/g, "_")}.rb\nRails.application.configure do\n  config.x.integration.endpoint = "https://${host(p)}"\n  config.x.integration.key = ENV.fetch("${s}", "${v}")\nend\n`],
  ["C# options", (g, s, v) => `public class IntegrationOptions\n{\n    public string Endpoint { get; set; } = "https://internal.example";\n}\n\nbuilder.Services.AddHttpClient("integration", c =>\n{\n    c.DefaultRequestHeaders.Add("X-Api-Key", Environment.GetEnvironmentVariable("${s}") ?? "${v}");\n});\n`],
  ["Rust const", (g, s, v) => `use std::env;\n\nconst DEFAULT_${s}: &str = "${v}";\n\nfn api_key() -> String {\n    env::var("${s}").unwrap_or_else(|_| DEFAULT_${s}.to_string())\n}\n`],
  ["PHP config array", (g, s, v) => `<?php\n\nreturn [\n    'debug' => false,\n    '${s.toLowerCase()}' => env('${s}', '${v}'),\n    'timeout' => 15,\n];\n`],
  ["GitHub Actions log", (g, s, v) => `2026-11-20T14:02:${g.range(10, 59)}.${g.dig(7)}Z ##[group]Run ./scripts/deploy.sh\n2026-11-20T14:02:${g.range(10, 59)}.${g.dig(7)}Z + echo "deploying commit ${g.hex(40)}"\n2026-11-20T14:02:${g.range(10, 59)}.${g.dig(7)}Z + export ${s}=${v}\n2026-11-20T14:02:${g.range(10, 59)}.${g.dig(7)}Z + ./bin/release --env prod\n2026-11-20T14:02:${g.range(10, 59)}.${g.dig(7)}Z release: uploaded 14 artifacts\n2026-11-20T14:02:${g.range(10, 59)}.${g.dig(7)}Z ##[endgroup]`],
  ["shell history", (g, s, v) => `  501  cd ~/src/platform\n  502  git pull --rebase\n  503  export ${s}='${v}'\n  504  make migrate\n  505  kubectl -n prod rollout status deploy/api\n  506  history | tail`],
  ["Python crash report with locals", (g, s, v) => `Traceback (most recent call last):\n  File "/srv/app/worker.py", line ${g.range(40, 300)}, in run\n    resp = session.post(url, headers=headers, timeout=10)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool: Max retries exceeded\n\nLocals at frame run:\n    url = 'https://internal.svc/v1/push'\n    headers = {'Content-Type': 'application/json', '${kebab(s)}': '${v}'}\n    attempt = 3\n`],
  ["Jupyter notebook cell", (g, s, v) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: g.range(1, 40), metadata: {}, outputs: [], source: ["import os\n", `os.environ[\"${s}\"] = \"${v}\"\n`, "df = load_dataset('sales_2026')\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1)],
  ["SQL seed insert", (g, s, v, p) => `-- seed integrations for staging clone\nINSERT INTO integration_credentials (id, provider, slot, secret_value, created_at)\nVALUES (${g.range(10, 999)}, '${p}', '${s.toLowerCase()}', '${v}', NOW());\n`],
  ["Markdown setup doc", (g, s, v, p) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the team's ${p} credential (ask in #platform if it rotates):\n\n\`\`\`bash\n${s}=${v}\n\`\`\`\n\n3. Run \`make dev\`.\n`],
  ["unified diff", (g, s, v) => `diff --git a/.env.production b/.env.production\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,4 +3,5 @@ APP_URL=https://app.acme.io\n CACHE_DRIVER=redis\n QUEUE=default\n+${s}=${v}\n MAIL_FROM=noreply@acme.io\n`],
  ["team chat message", (g, s, v, p) => `[10:${g.range(10, 59)}] priya: hey can you try with the ${p} key from prod, mine is rate-limited\n[10:${g.range(10, 59)}] marco: sure, here: ${v}\n[10:${g.range(10, 59)}] marco: (it's the ${s} one, don't commit it pls)`],
  ["Kubernetes Secret stringData", (g, s, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  ${s}: "${v}"\n`],
  ["Dockerfile ENV", (g, s, v) => `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nENV NODE_ENV=production \\\n    ${s}=${v}\nCMD ["node", "dist/server.js"]\n`],
  ["docker run -e in tool call", (g, s, v) => JSON.stringify({ type: "tool_use", id: "toolu_01" + g.an(22), name: "bash", input: { command: `docker run --rm -e ${s}=${v} -p 3000:3000 acme/worker:latest` } })],
];

const AUTH_POSITION = new Set(["curl Authorization header", "C# options", "team chat message", "Python SDK setup"]);

/** Renders specs through the rotating renderers; `offset` shifts the rotation between files/passes. */
export function renderSpecs(g: G, specs: Spec[], idPrefix: string, catPrefix: string, label: "positive" | "benign", offset: number, start = 1): CorpusCase[] {
  return specs.map((sp, i) => {
    let k = (i + offset) % renderers.length;
    // a benign value never goes where only a credential would sit (bearer header, api_key=, "here's the key").
    while (label === "benign" && AUTH_POSITION.has(renderers[k]![0])) k = (k + 1) % renderers.length;
    const [ctx, r] = renderers[k]!;
    const v = sp.make(g);
    return {
      id: `${idPrefix}-${String(start + i).padStart(3, "0")}`,
      kind: "secrets",
      category: label === "positive" ? `${catPrefix}-sec-${sp.group}` : `${catPrefix}-benign`,
      label,
      text: r(g, sp.slot, v, sp.provider),
      note: `${sp.provider}; slot ${sp.slot}; context: ${ctx}`,
    };
  });
}
