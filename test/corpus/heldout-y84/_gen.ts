// Shared PRNG helpers and context renderers for heldout-y84 (skipped by the loader).
// Every credential-shaped value is assembled at run time from split prefixes and a seeded body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const H = "0123456789abcdef";
export const HU = "0123456789ABCDEF";
export const D = "0123456789";
export const U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const L = "abcdefghijklmnopqrstuvwxyz0123456789";
export const B64 = `${A}+/`;
export const URL64 = `${A}-_`;
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen extends SeededRng {
  s(n: number, alphabet = A): string {
    return this.str(n, alphabet);
  }
  j(...parts: string[]): string {
    return parts.join("");
  }
  uuid(): string {
    return [this.s(8, H), this.s(4, H), "4" + this.s(3, H), this.pick(["8", "9", "a", "b"]) + this.s(3, H), this.s(12, H)].join("-");
  }
  b64(nBytes: number): string {
    return Buffer.from(this.bytes(nBytes)).toString("base64");
  }
  b64url(nBytes: number): string {
    return Buffer.from(this.bytes(nBytes)).toString("base64url");
  }
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(payload), this.b64url(32)].join(".");
  }
  pem(label: string, nBytes: number): string {
    const body = this.b64(nBytes).match(/.{1,64}/g)!.join("\n");
    return ["-----BEGIN ", label, "-----\n", body, "\n-----END ", label, "-----"].join("");
  }
}

export interface Spec {
  /** provider / credential name for the note */
  p: string;
  g: string;
  /** slot name (env var style) */
  slot: string;
  make: (g: Gen) => string;
  /** header prefix used by HTTP renderers, e.g. "Authorization: Bearer " */
  hdr?: string;
  /** API host for HTTP renderers */
  host?: string;
}

export const esc = (s: string) => JSON.stringify(s).slice(1, -1);
const lower = (s: string) => s.toLowerCase();
const camel = (s: string) => lower(s).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const kebab = (s: string) => lower(s).replace(/_/g, "-");

export interface Ctx {
  slot: string;
  v: string;
  hdr: string;
  host: string;
  g: Gen;
}

type Renderer = [name: string, fn: (c: Ctx) => string];

export const RENDERERS: Renderer[] = [
  ["chat body with pasted .env (JSON-escaped)", ({ slot, v }) =>
    JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `my app won't start locally, here's my .env:\n\nNODE_ENV=development\nPORT=3000\nLOG_LEVEL=debug\n${slot}=${v}\nDATABASE_POOL=10\n\nand the error is ECONNREFUSED 127.0.0.1:5432` }] }, null, 2)],
  ["Anthropic tool_use write_file", ({ slot, v, g }) =>
    JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll create the config file with the values you gave me." }, { type: "tool_use", id: `toolu_01${g.s(22)}`, name: "write_file", input: { path: "config/.env.production", content: `APP_NAME=billing-worker\n${slot}=${v}\nREGION=eu-west-1\n` } }] }, null, 2)],
  ["OpenAI tool_calls shell export (double-escaped)", ({ slot, v, g }) =>
    JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: `call_${g.s(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${slot}="${v}" && npm run migrate -- --env staging`, timeout: 120 }) } }] })],
  ["MCP tool result echoing a config file", ({ slot, v, g }) =>
    JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text: `# settings.yaml\nservice:\n  name: ingest\n  replicas: 2\ncredentials:\n  ${lower(slot)}: ${v}\n` }], isError: false } }, null, 2)],
  ["curl command header", ({ v, hdr, host }) =>
    `curl -sS -X GET "https://${host}/v1/status" \\\n  -H "${hdr}${v}" \\\n  -H "Accept: application/json" | jq .`],
  ["raw HTTP request header", ({ v, hdr, host }) =>
    `POST /v1/jobs HTTP/1.1\r\nHost: ${host}\r\nUser-Agent: node-fetch/3.3.2\r\n${hdr}${v}\r\nContent-Type: application/json\r\nContent-Length: 27\r\n\r\n{"name":"nightly","retry":3}`],
  ["URL query string in a log line", ({ slot, v, host, g }) =>
    `2026-03-14T08:${g.range(10, 59)}:02.114Z INFO  http.client GET https://${host}/api/search?q=invoices&limit=50&${lower(slot)}=${encodeURIComponent(v)} -> 200 (${g.range(40, 900)}ms)`],
  ["form-encoded POST body", ({ slot, v, host }) =>
    `POST /oauth/token HTTP/1.1\nHost: ${host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=read%20write&${lower(slot)}=${encodeURIComponent(v)}`],
  ["multipart form field", ({ slot, v, host, g }) => {
    const b = `----WebKitFormBoundary${g.s(16)}`;
    return `POST /upload HTTP/1.1\nHost: ${host}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,20.00\n--${b}\nContent-Disposition: form-data; name="${lower(slot)}"\n\n${v}\n--${b}--`;
  }],
  ["JSON request body", ({ slot, v, host }) =>
    `fetch("https://${host}/v2/connect", {\n  method: "POST",\n  headers: { "Content-Type": "application/json" },\n  body: ${JSON.stringify(JSON.stringify({ account: "acme-prod", [camel(slot)]: v, sync: true }))},\n});`],
  ["YAML config", ({ slot, v }) =>
    `# config/production.yml\napp:\n  name: storefront\n  port: 8080\nintegrations:\n  ${lower(slot)}: "${v}"\n  timeout_ms: 5000\nfeatures:\n  - checkout\n  - search`],
  ["TOML config", ({ slot, v }) =>
    `[server]\nhost = "0.0.0.0"\nport = 8443\n\n[integrations]\n${lower(slot)} = "${v}"\nretries = 3\n`],
  ["INI config", ({ slot, v }) =>
    `; deploy.ini\n[general]\nenvironment = production\nworkers = 4\n\n[credentials]\n${lower(slot)} = ${v}\n`],
  [".properties file", ({ slot, v }) =>
    `# application-prod.properties\nserver.port=8080\nspring.application.name=orders\napp.integration.${kebab(slot)}=${v}\nlogging.level.root=INFO`],
  ["JSON config file", ({ slot, v }) =>
    JSON.stringify({ name: "worker", version: "2.4.1", env: "production", secrets: { [camel(slot)]: v }, limits: { rps: 50 } }, null, 2)],
  ["Terraform HCL", ({ slot, v }) =>
    `variable "region" {\n  default = "us-east-1"\n}\n\nresource "aws_lambda_function" "sync" {\n  function_name = "sync-${kebab(slot).slice(0, 8)}"\n  runtime       = "nodejs20.x"\n  environment {\n    variables = {\n      ${slot} = "${v}"\n    }\n  }\n}`],
  ["XML config", ({ slot, v }) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${slot}" value="${v}" />\n  </appSettings>\n</configuration>`],
  ["Python code env default", ({ slot, v }) =>
    `import os\nimport requests\n\n${slot} = os.environ.get("${slot}", "${v}")\n\n\ndef fetch_status():\n    r = requests.get("https://api.internal/status", headers={"X-Key": ${slot}}, timeout=10)\n    r.raise_for_status()\n    return r.json()\n`],
  ["TypeScript SDK constructor", ({ slot, v }) =>
    `import { Client } from "./client";\n\nexport const client = new Client({\n  ${camel(slot)}: process.env.${slot} ?? "${v}",\n  timeout: 30_000,\n  maxRetries: 2,\n});\n`],
  ["Go code constant", ({ slot, v }) =>
    `package config\n\nimport "os"\n\nconst default${camel(slot).replace(/^./, (c) => c.toUpperCase())} = "${v}"\n\nfunc Key() string {\n\tif k := os.Getenv("${slot}"); k != "" {\n\t\treturn k\n\t}\n\treturn default${camel(slot).replace(/^./, (c) => c.toUpperCase())}\n}\n`],
  ["Java code", ({ slot, v }) =>
    `public final class Settings {\n    private static final String ${slot} = "${v}";\n\n    public static String key() {\n        String env = System.getenv("${slot}");\n        return env != null ? env : ${slot};\n    }\n}`],
  ["C# code", ({ slot, v }) =>
    `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", c =>\n{\n    c.BaseAddress = new Uri("https://api.partner.io/");\n    c.DefaultRequestHeaders.Add("X-Api-Key", Environment.GetEnvironmentVariable("${slot}") ?? "${v}");\n});`],
  ["Ruby code", ({ slot, v }) =>
    `# config/initializers/integration.rb\nRails.application.configure do\n  config.x.integration.${lower(slot)} = ENV.fetch("${slot}", "${v}")\n  config.x.integration.timeout = 15\nend`],
  ["PHP code", ({ slot, v }) =>
    `<?php\n\nreturn [\n    'driver' => 'http',\n    '${lower(slot)}' => env('${slot}', '${v}'),\n    'timeout' => 20,\n];`],
  ["Rust code", ({ slot, v }) =>
    `use std::env;\n\nfn api_key() -> String {\n    env::var("${slot}").unwrap_or_else(|_| "${v}".to_string())\n}`],
  ["GitHub Actions CI log", ({ slot, v, g }) =>
    `2026-02-0${g.range(1, 9)}T11:20:41.0931Z ##[group]Run ./scripts/deploy.sh\n2026-02-01T11:20:41.0933Z env:\n2026-02-01T11:20:41.0934Z   NODE_VERSION: 20\n2026-02-01T11:20:41.0935Z ##[endgroup]\n2026-02-01T11:20:42.3310Z + echo "using ${slot}=${v}"\n2026-02-01T11:20:42.3312Z using ${slot}=${v}\n2026-02-01T11:20:44.9001Z Deploy finished in 3.1s`],
  ["shell history", ({ slot, v }) =>
    `  501  cd ~/src/api\n  502  git pull --rebase\n  503  export ${slot}=${v}\n  504  make run\n  505  docker ps`],
  ["Python crash dump with locals", ({ slot, v, host }) =>
    `Traceback (most recent call last):\n  File "/app/sync.py", line 88, in <module>\n    main()\n  File "/app/sync.py", line 71, in main\n    resp = client.post(url, headers=headers)\nhttpx.HTTPStatusError: Server error '503 Service Unavailable' for url 'https://${host}/v1/sync'\n\nLocals at frame main:\n    url = 'https://${host}/v1/sync'\n    headers = {'Content-Type': 'application/json', '${slot}': '${v}'}\n    attempt = 3`],
  ["Jupyter notebook cell", ({ slot, v, g }) =>
    JSON.stringify({ cells: [{ cell_type: "code", execution_count: g.range(1, 30), metadata: {}, outputs: [], source: ["import os\n", `os.environ["${slot}"] = "${v}"\n`, "df = load_dataset('sales_2025')\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1)],
  ["SQL seed insert", ({ slot, v, g }) =>
    `-- seed/integrations.sql\nINSERT INTO integrations (id, name, credential_name, credential_value, enabled)\nVALUES (${g.range(1, 99)}, 'primary', '${slot}', '${v}', true);\n`],
  ["Markdown setup doc", ({ slot, v }) =>
    `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the key we share for staging:\n\n\`\`\`bash\n${slot}=${v}\n\`\`\`\n\n3. Run \`make dev\`.`],
  ["unified diff", ({ slot, v }) =>
    `diff --git a/.env.staging b/.env.staging\nindex 3e1f0a2..9b7c4d1 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -1,4 +1,5 @@\n APP_ENV=staging\n LOG_LEVEL=info\n+${slot}=${v}\n CACHE_TTL=300\n`],
  ["team chat message", ({ slot, v }) =>
    `[10:42] dana: prod is down again, can someone check the integration?\n[10:43] mike: rotated it, new ${slot} is ${v} — update the vault when you get a sec\n[10:44] dana: thx 🙏`],
  ["docker run -e", ({ slot, v }) =>
    `docker run -d --name api --restart unless-stopped \\\n  -p 8080:8080 \\\n  -e NODE_ENV=production \\\n  -e ${slot}=${v} \\\n  ghcr.io/acme/api:1.9.3`],
  ["Kubernetes Secret stringData", ({ slot, v }) =>
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  ${slot}: "${v}"\n`],
  ["Dockerfile ENV", ({ slot, v }) =>
    `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nENV ${slot}=${v}\nCMD ["node", "server.js"]`],
];

export function renderAll(prefix: string, category: (s: Spec) => string, specs: Spec[], seed: number, offset = 0): CorpusCase[] {
  const g = new Gen(seed);
  return specs.map((s, i) => {
    const v = s.make(g);
    let ri = (i + offset) % RENDERERS.length;
    // a URL-shaped credential never goes into a header slot
    if (v.includes("://") && (ri === 4 || ri === 5)) ri += 2;
    const [rname, fn] = RENDERERS[ri]!;
    const text = fn({ slot: s.slot, v, hdr: s.hdr ?? "Authorization: Bearer ", host: s.host ?? "api.example-partner.com", g });
    return {
      id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: category(s),
      label: "positive",
      text,
      note: `${s.p}; slot ${s.slot}; context: ${rname}`,
    } satisfies CorpusCase;
  });
}
