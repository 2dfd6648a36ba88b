// heldout-y69 generator: seeded token builder plus shared context renderers. Skipped by the
// loader (leading underscore). Every credential-shaped value is assembled at run time from a
// split prefix and a mulberry32 body, so the repository holds no literal credential.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const UPL = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz0123456789";
export const DG = "0123456789";
export const B64 = AN + "+/";
export const URL64 = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** A token part: a literal string, n alnum chars, or [n, alphabet]. */
export type Part = string | number | [number, string];

export class Gen extends SeededRng {
  tok(...parts: Part[]): string {
    return parts
      .map((p) => (typeof p === "string" ? p : typeof p === "number" ? this.str(p, AN) : this.str(p[0], p[1])))
      .join("");
  }
  hex(n: number): string {
    return this.str(n, HX);
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  }
  b64(n: number): string {
    return this.str(n, B64);
  }
}

export const j = (s: string) => JSON.stringify(s);
/** JSON string body without the surrounding quotes. */
export const je = (s: string) => JSON.stringify(s).slice(1, -1);
export const b64enc = (s: string) => Buffer.from(s, "utf8").toString("base64");

export type Vars = [string, string][];

export interface Ctx {
  vars: Vars;
  prov: string;
  host: string;
  hdr: string; // header name for HTTP contexts; "Authorization" means a Bearer value
  g: Gen;
}

const lc = (k: string) => k.toLowerCase();
const camel = (k: string) => lc(k).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const envFile = (v: Vars) => v.map(([k, x]) => `${k}=${x}`).join("\n");
const hdrLine = (c: Ctx) => {
  const v = c.vars[0]![1];
  return c.hdr === "Authorization" ? `Authorization: Bearer ${v}` : `${c.hdr}: ${v}`;
};

export type Renderer = { name: string; fn: (c: Ctx) => string };

export const RENDERERS: Renderer[] = [
  {
    name: "OpenAI chat body with pasted .env (JSON-escaped)",
    fn: (c) =>
      JSON.stringify({
        model: "gpt-4o",
        messages: [
          { role: "system", content: "You are a helpful coding assistant." },
          { role: "user", content: `my app won't boot, here's my .env:\n\n\`\`\`\nNODE_ENV=production\nPORT=8080\n${envFile(c.vars)}\nLOG_LEVEL=info\n\`\`\`\nwhat am I missing?` },
        ],
        temperature: 0.2,
      }),
  },
  {
    name: "Anthropic messages body with pasted docker-compose.yml",
    fn: (c) =>
      JSON.stringify({
        model: "claude-sonnet-4-5",
        max_tokens: 4096,
        messages: [
          {
            role: "user",
            content: `Why does the worker container restart in a loop?\n\n\`\`\`yaml\nservices:\n  worker:\n    image: ghcr.io/acme/worker:1.14.2\n    restart: unless-stopped\n    environment:\n${c.vars.map(([k, v]) => `      ${k}: "${v}"`).join("\n")}\n      QUEUE: default\n    depends_on: [redis]\n  redis:\n    image: redis:7-alpine\n\`\`\``,
          },
        ],
      }),
  },
  {
    name: "Anthropic tool_use write_file of .env.production",
    fn: (c) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll write the production env file now." },
          { type: "tool_use", id: "toolu_01" + c.g.str(22, AN), name: "write_file", input: { path: ".env.production", content: `# generated\n${envFile(c.vars)}\nSENTRY_ENVIRONMENT=production\n` } },
        ],
      }),
  },
  {
    name: "OpenAI tool_calls run_shell export (double-escaped arguments)",
    fn: (c) =>
      JSON.stringify({
        role: "assistant",
        tool_calls: [
          {
            id: "call_" + c.g.str(24, AN),
            type: "function",
            function: { name: "run_shell", arguments: JSON.stringify({ command: `${c.vars.map(([k, v]) => `export ${k}="${v}"`).join(" && ")} && npm run deploy`, timeout: 120 }) },
          },
        ],
      }),
  },
  {
    name: "MCP tools/call result echoing config file back",
    fn: (c) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: c.g.range(2, 90),
        result: { content: [{ type: "text", text: `config/settings.yaml:\n${c.prov.toLowerCase().replace(/[^a-z0-9]+/g, "_")}:\n${c.vars.map(([k, v]) => `  ${lc(k)}: ${v}`).join("\n")}\n  timeout_ms: 5000\n` }], isError: false },
      }),
  },
  {
    name: "curl command with credential header",
    fn: (c) =>
      `curl -sS -X POST "https://${c.host}/v1/items" \\\n  -H "${hdrLine(c)}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"limit": 20}'${c.vars.length > 1 ? `\n# other vars: ${c.vars.slice(1).map(([k, v]) => `${k}=${v}`).join(" ")}` : ""}`,
  },
  {
    name: "raw HTTP request headers",
    fn: (c) =>
      `GET /api/v2/status HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: python-requests/2.32.3\r\nAccept: application/json\r\n${hdrLine(c)}\r\n${c.vars.slice(1).map(([k, v]) => `X-${k.replace(/_/g, "-")}: ${v}\r\n`).join("")}X-Request-Id: ${c.g.uuid()}\r\n\r\n`,
  },
  {
    name: "URL query string in fetch log",
    fn: (c) =>
      `[http] GET https://${c.host}/v1/data?${c.vars.map(([k, v]) => `${lc(k)}=${encodeURIComponent(v)}`).join("&")}&format=json&page=2 -> 200 (143ms)`,
  },
  {
    name: "form-urlencoded POST body",
    fn: (c) =>
      `POST /oauth/token HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${c.vars.map(([k, v]) => `${lc(k)}=${encodeURIComponent(v)}`).join("&")}&scope=read`,
  },
  {
    name: "multipart/form-data upload",
    fn: (c) => {
      const b = "----WebKitFormBoundary" + c.g.str(16, AN);
      return `POST /upload HTTP/1.1\nHost: ${c.host}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n${c.vars.map(([k, v]) => `--${b}\nContent-Disposition: form-data; name="${lc(k)}"\n\n${v}\n`).join("")}--${b}--`;
    },
  },
  {
    name: "JSON request body",
    fn: (c) =>
      `POST https://${c.host}/v1/connections\nContent-Type: application/json\n\n${JSON.stringify({ name: "prod-sync", enabled: true, credentials: Object.fromEntries(c.vars.map(([k, v]) => [camel(k), v])) }, null, 2)}`,
  },
  { name: ".env file", fn: (c) => `# ${c.prov}\n${envFile(c.vars)}\nAPP_URL=https://app.example.com\nDEBUG=false` },
  {
    name: "YAML application config",
    fn: (c) => `app:\n  name: billing-service\n  port: 8080\nintegrations:\n  ${camel(c.prov.replace(/[^A-Za-z0-9]+/g, "_"))}:\n${c.vars.map(([k, v]) => `    ${lc(k)}: "${v}"`).join("\n")}\n    retries: 3`,
  },
  {
    name: "TOML config",
    fn: (c) => `[server]\nhost = "0.0.0.0"\nport = 3000\n\n[${lc(c.prov.replace(/[^A-Za-z0-9]+/g, "_"))}]\n${c.vars.map(([k, v]) => `${lc(k)} = "${v}"`).join("\n")}\nenabled = true`,
  },
  {
    name: "INI config",
    fn: (c) => `; service credentials\n[default]\nregion = eu-west-1\n\n[${lc(c.prov.replace(/[^A-Za-z0-9]+/g, "-"))}]\n${c.vars.map(([k, v]) => `${lc(k)} = ${v}`).join("\n")}\n`,
  },
  {
    name: "Java .properties",
    fn: (c) => `spring.application.name=orders\nserver.port=8081\n${c.vars.map(([k, v]) => `app.${lc(k).replace(/_/g, ".")}=${v}`).join("\n")}\nlogging.level.root=INFO`,
  },
  {
    name: "JSON config file",
    fn: (c) => JSON.stringify({ $schema: "./config.schema.json", env: "production", [camel(c.prov.replace(/[^A-Za-z0-9]+/g, "_"))]: Object.fromEntries(c.vars.map(([k, v]) => [camel(k), v])), featureFlags: { newCheckout: true } }, null, 2),
  },
  {
    name: "Terraform HCL variables",
    fn: (c) => `# terraform.tfvars\nproject = "acme-prod"\n${c.vars.map(([k, v]) => `${lc(k)} = "${v}"`).join("\n")}\n\nresource "null_resource" "x" {}`,
  },
  {
    name: "XML config (web.config appSettings)",
    fn: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n${c.vars.map(([k, v]) => `    <add key="${k}" value="${v}" />`).join("\n")}\n    <add key="Environment" value="Production" />\n  </appSettings>\n</configuration>`,
  },
  {
    name: "Python code with env default",
    fn: (c) => `import os\nimport requests\n\n${c.vars.map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`).join("\n")}\n\ndef fetch():\n    r = requests.get("https://${c.host}/v1/me", headers={"${c.hdr}": ${c.hdr === "Authorization" ? `f"Bearer {${c.vars[0]![0]}}"` : c.vars[0]![0]}})\n    r.raise_for_status()\n    return r.json()`,
  },
  {
    name: "TypeScript SDK client constructor",
    fn: (c) => `import { Client } from "./client";\n\nexport const client = new Client({\n${c.vars.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n  baseUrl: "https://${c.host}",\n  timeoutMs: 10_000,\n});`,
  },
  {
    name: "Go source constant",
    fn: (c) => `package config\n\nconst (\n${c.vars.map(([k, v]) => `\t${camel(k).replace(/^./, (x) => x.toUpperCase())} = "${v}"`).join("\n")}\n\tBaseURL = "https://${c.host}"\n)`,
  },
  {
    name: "Java test fixture",
    fn: (c) => `class IntegrationTest {\n${c.vars.map(([k, v]) => `    private static final String ${k} = "${v}";`).join("\n")}\n\n    @Test\n    void connects() {\n        var client = new ApiClient(${c.vars.map(([k]) => k).join(", ")});\n        assertTrue(client.ping());\n    }\n}`,
  },
  {
    name: "C# options setup",
    fn: (c) => `builder.Services.Configure<ApiOptions>(o =>\n{\n${c.vars.map(([k, v]) => `    o.${camel(k).replace(/^./, (x) => x.toUpperCase())} = "${v}";`).join("\n")}\n    o.BaseUrl = new Uri("https://${c.host}");\n});`,
  },
  {
    name: "Ruby initializer",
    fn: (c) => `# config/initializers/api.rb\nApi.configure do |config|\n${c.vars.map(([k, v]) => `  config.${lc(k)} = ENV.fetch("${k}", "${v}")`).join("\n")}\n  config.timeout = 10\nend`,
  },
  {
    name: "PHP config array",
    fn: (c) => `<?php\n\nreturn [\n    'driver' => 'http',\n${c.vars.map(([k, v]) => `    '${lc(k)}' => env('${k}', '${v}'),`).join("\n")}\n];`,
  },
  {
    name: "Rust constant",
    fn: (c) => `use reqwest::Client;\n\n${c.vars.map(([k, v]) => `const ${k}: &str = "${v}";`).join("\n")}\n\nasync fn run(c: &Client) -> anyhow::Result<()> {\n    c.get("https://${c.host}/v1").send().await?;\n    Ok(())\n}`,
  },
  {
    name: "GitHub Actions CI log with debug env dump",
    fn: (c) => `2026-03-02T10:14:07.1123Z ##[group]Run ./scripts/deploy.sh\n2026-03-02T10:14:07.1124Z env:\n${c.vars.map(([k, v]) => `2026-03-02T10:14:07.1125Z   ${k}: ${v}`).join("\n")}\n2026-03-02T10:14:07.1126Z   NODE_VERSION: 20\n2026-03-02T10:14:07.1127Z ##[endgroup]\n2026-03-02T10:14:09.4410Z deploy: ok`,
  },
  {
    name: "shell history",
    fn: (c) => `  501  cd ~/src/api\n  502  git pull\n${c.vars.map(([k, v], i) => `  ${503 + i}  export ${k}=${v}`).join("\n")}\n  510  make run\n  511  history | tail`,
  },
  {
    name: "Python crash report with locals",
    fn: (c) => `Traceback (most recent call last):\n  File "/app/sync.py", line 88, in run\n    resp = session.post(url, json=payload, timeout=5)\nrequests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='${c.host}', port=443)\n\nLocals at frame run:\n    url = 'https://${c.host}/v1/sync'\n${c.vars.map(([k, v]) => `    ${lc(k)} = '${v}'`).join("\n")}\n    attempt = 3`,
  },
  {
    name: "Jupyter notebook cell JSON",
    fn: (c) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", ...c.vars.map(([k, v]) => `os.environ[\"${k}\"] = \"${v}\"\n`), "client = make_client()\n"] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1),
  },
  {
    name: "SQL seed insert",
    fn: (c) => `-- seed integrations\nINSERT INTO integrations (id, provider, config, created_at) VALUES\n  (${c.g.range(10, 999)}, '${c.prov}', '${JSON.stringify(Object.fromEntries(c.vars.map(([k, v]) => [lc(k), v])))}', NOW());`,
  },
  {
    name: "Markdown setup doc",
    fn: (c) => `## Local setup\n\n1. Copy the credentials below into \`.env.local\` (these are the shared staging ones):\n\n\`\`\`bash\n${envFile(c.vars)}\n\`\`\`\n\n2. Run \`pnpm dev\` and open http://localhost:3000.`,
  },
  {
    name: "unified diff",
    fn: (c) => `diff --git a/deploy/.env b/deploy/.env\nindex 3f2a1c9..8b7d4e0 100644\n--- a/deploy/.env\n+++ b/deploy/.env\n@@ -1,4 +1,${3 + c.vars.length} @@\n APP_ENV=production\n PORT=8080\n${c.vars.map(([k, v]) => `+${k}=${v}`).join("\n")}\n WORKERS=4`,
  },
  {
    name: "team chat message",
    fn: (c) => `[10:42] priya: hey can you try with the prod creds? ${c.vars.map(([k, v]) => `${k}=${v}`).join(" ")}\n[10:43] sam: thanks, trying now\n[10:47] sam: works 👍`,
  },
  {
    name: "Dockerfile ENV",
    fn: (c) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n${c.vars.map(([k, v]) => `ENV ${k}="${v}"`).join("\n")}\nCOPY . .\nCMD ["node", "server.js"]`,
  },
  {
    name: "Kubernetes Secret (base64 data)",
    fn: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\n  namespace: prod\ntype: Opaque\ndata:\n${c.vars.map(([k, v]) => `  ${k}: ${b64enc(v)}`).join("\n")}`,
  },
];

export interface Spec {
  prov: string;
  group: string;
  host: string;
  hdr?: string;
  vars: (g: Gen) => Vars;
  /** Force a renderer by name index; default rotates. */
  only?: number;
}

export function build(specs: Spec[], opts: { seed: number; idPrefix: string; startRot: number }): CorpusCase[] {
  const g = new Gen(opts.seed);
  return specs.map((s, i) => {
    const r = RENDERERS[s.only ?? (i + opts.startRot) % RENDERERS.length]!;
    const vars = s.vars(g);
    const text = r.fn({ vars, prov: s.prov, host: s.host, hdr: s.hdr ?? "Authorization", g });
    return {
      id: `${opts.idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: `heldouty69-sec-${s.group}`,
      label: "positive",
      text,
      note: `${s.prov}: ${vars.map(([k]) => k).join(" + ")} in ${r.name}`,
    } satisfies CorpusCase;
  });
}
