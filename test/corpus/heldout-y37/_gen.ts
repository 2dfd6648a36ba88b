// Shared generator for heldout-y37: seeded PRNG draws and the context renderers every token is
// rotated through. Skipped by the loader (leading underscore). No literal credentials: every
// credential-shaped value is assembled at run time from split prefixes and mulberry32 bodies.
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const DG = "0123456789";
export const LO = "abcdefghijklmnopqrstuvwxyz0123456789";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const B64 = AL + "+/";
export const URL64 = AL + "-_";

export class R {
  private r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  s(n: number, a = AL): string {
    let o = "";
    for (let i = 0; i < n; i++) o += a[Math.floor(this.r() * a.length)];
    return o;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  uuid(): string {
    return [this.s(8, HX), this.s(4, HX), "4" + this.s(3, HX), this.pick(["8", "9", "a", "b"]) + this.s(3, HX), this.s(12, HX)].join("-");
  }
  /** lead + random base64 characters (n in all), wrapped at w. */
  wrapped(n: number, w = 64, a = B64, lead = ""): string {
    const body = lead + this.s(Math.max(0, n - lead.length), a);
    const lines: string[] = [];
    for (let i = 0; i < body.length; i += w) lines.push(body.slice(i, i + w));
    return lines.join("\n");
  }
  jwt(payload: object): string {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.s(43, URL64)].join(".");
  }
}

/** Join parts (used to keep prefixes split from bodies in the source). */
export const j = (...p: string[]) => p.join("");

export interface Tok {
  /** provider name for the note */
  p: string;
  /** slot: env var style name */
  slot: string;
  v: string;
  /** accompanying pairs (key id, region, url ...) rendered in config-like contexts */
  extra?: [string, string][];
  /** header prefix, default "Authorization: Bearer " */
  hdr?: string;
  /** API host */
  host?: string;
}

const lc = (s: string) => s.toLowerCase();
const camel = (s: string) => lc(s).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pairs = (t: Tok): [string, string][] => [...(t.extra ?? []), [t.slot, t.v]];
const host = (t: Tok) => t.host ?? `api.${lc(t.p).replace(/[^a-z0-9]/g, "")}.com`;
const hdr = (t: Tok) => t.hdr ?? "Authorization: Bearer ";
const envFile = (t: Tok) =>
  ["# local dev settings", "NODE_ENV=development", "PORT=8080", "LOG_LEVEL=debug", ...pairs(t).map(([k, v]) => `${k}=${v}`), "FEATURE_FLAGS=search,beta-ui"].join("\n");

export type Renderer = { name: string; f: (t: Tok) => string };

export const RENDERERS: Renderer[] = [
  {
    name: "OpenAI chat body with pasted .env (JSON-escaped)",
    f: (t) =>
      JSON.stringify(
        {
          model: "gpt-4.1",
          messages: [
            { role: "system", content: "You are a coding assistant." },
            { role: "user", content: "Why does the app not pick up my settings? here is my .env:\n\n```\n" + envFile(t) + "\n```" },
          ],
          temperature: 0.2,
        },
        null,
        2,
      ),
  },
  {
    name: "Anthropic messages body with pasted docker-compose.yml",
    f: (t) =>
      JSON.stringify({
        model: "claude-sonnet-4-5",
        max_tokens: 4096,
        messages: [
          {
            role: "user",
            content:
              "compose keeps restarting the worker, file:\n\nservices:\n  worker:\n    image: ghcr.io/acme/worker:1.8.2\n    restart: unless-stopped\n    environment:\n" +
              pairs(t).map(([k, v]) => `      ${k}: "${v}"`).join("\n") +
              "\n    depends_on: [redis]\n  redis:\n    image: redis:7-alpine\n",
          },
        ],
      }),
  },
  {
    name: "Anthropic tool_use write_file .env",
    f: (t) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll create the env file with the values you gave me." },
          { type: "tool_use", id: "toolu_01Hq7vVb2TnK3w", name: "write_file", input: { path: ".env.production", content: envFile(t) + "\n" } },
        ],
      }),
  },
  {
    name: "OpenAI tool_calls shell export (double-escaped arguments)",
    f: (t) =>
      JSON.stringify({
        role: "assistant",
        tool_calls: [
          {
            id: "call_8fK2mQ",
            type: "function",
            function: { name: "run_shell", arguments: JSON.stringify({ command: pairs(t).map(([k, v]) => `export ${k}="${v}"`).join(" && ") + " && npm run migrate", timeout: 120 }) },
          },
        ],
      }),
  },
  {
    name: "MCP tool result echoing a config file",
    f: (t) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: 17,
        result: {
          content: [{ type: "text", text: "config/settings.yml:\n\napp:\n  name: billing\n  region: eu-west-1\ncredentials:\n" + pairs(t).map(([k, v]) => `  ${lc(k)}: ${v}`).join("\n") + "\n" }],
          isError: false,
        },
      }),
  },
  {
    name: "curl with auth header",
    f: (t) => `$ curl -sS https://${host(t)}/v1/status \\\n  -H "${hdr(t)}${t.v}" \\\n  -H "Accept: application/json" | jq .`,
  },
  { name: "curl with key in query string", f: (t) => `curl "https://${host(t)}/v2/items?limit=50&${lc(t.slot)}=${encodeURIComponent(t.v)}&format=json"` },
  {
    name: "raw HTTP request headers",
    f: (t) => `GET /v1/projects?page=2 HTTP/1.1\r\nHost: ${host(t)}\r\nUser-Agent: agent-cli/0.9.3\r\n${hdr(t)}${t.v}\r\nAccept: application/json\r\nX-Request-Id: 7c1e2f0a-3b44-4e5d-9a61-1f2e3d4c5b6a\r\n\r\n`,
  },
  {
    name: "form-urlencoded POST body",
    f: (t) => `POST /oauth/token HTTP/1.1\nHost: ${host(t)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=read%20write&${pairs(t).map(([k, v]) => `${lc(k)}=${encodeURIComponent(v)}`).join("&")}`,
  },
  {
    name: "multipart form upload",
    f: (t) =>
      `POST /upload HTTP/1.1\nHost: ${host(t)}\nContent-Type: multipart/form-data; boundary=----agentBoundary7MA4YWxk\n\n------agentBoundary7MA4YWxk\nContent-Disposition: form-data; name="${lc(t.slot)}"\n\n${t.v}\n------agentBoundary7MA4YWxk\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n------agentBoundary7MA4YWxk--`,
  },
  {
    name: "JSON HTTP request body",
    f: (t) => `POST https://${host(t)}/v1/connections\nContent-Type: application/json\n\n${JSON.stringify({ name: "prod-sync", enabled: true, credentials: Object.fromEntries(pairs(t).map(([k, v]) => [camel(k), v])) }, null, 2)}`,
  },
  { name: "YAML config", f: (t) => `# config/production.yaml\nserver:\n  port: 8443\n  workers: 4\nintegrations:\n  ${camel(t.p.replace(/\W/g, "_"))}:\n${pairs(t).map(([k, v]) => `    ${lc(k)}: "${v}"`).join("\n")}\n    timeout_ms: 5000\n` },
  { name: "TOML config", f: (t) => `[service]\nname = "ingest"\nretries = 3\n\n[service.${lc(t.p.replace(/\W/g, "_"))}]\n${pairs(t).map(([k, v]) => `${lc(k)} = "${v}"`).join("\n")}\nendpoint = "https://${host(t)}"\n` },
  { name: "INI config", f: (t) => `; settings.ini\n[general]\ndebug = false\n\n[${lc(t.p.replace(/\W/g, "_"))}]\n${pairs(t).map(([k, v]) => `${lc(k)} = ${v}`).join("\n")}\n` },
  { name: "Java .properties", f: (t) => `# application-prod.properties\nspring.application.name=orders\nserver.port=8080\n${pairs(t).map(([k, v]) => `app.${lc(k).replace(/_/g, ".")}=${v}`).join("\n")}\nlogging.level.root=INFO\n` },
  { name: "JSON config file", f: (t) => JSON.stringify({ $schema: "./config.schema.json", env: "production", providers: { [lc(t.p.replace(/\W/g, ""))]: Object.fromEntries(pairs(t).map(([k, v]) => [camel(k), v])) }, cache: { ttl: 300 } }, null, 2) },
  {
    name: "Terraform HCL",
    f: (t) => `# main.tf\nprovider "${lc(t.p.replace(/\W/g, ""))}" {\n${pairs(t).map(([k, v]) => `  ${lc(k)} = "${v}"`).join("\n")}\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { always = timestamp() }\n}\n`,
  },
  {
    name: "XML appSettings",
    f: (t) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${pairs(t).map(([k, v]) => `    <add key="${k}" value="${v}" />`).join("\n")}\n  </appSettings>\n</configuration>`,
  },
  { name: "Python code (env default)", f: (t) => `import os\nimport httpx\n\n${pairs(t).map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`).join("\n")}\n\nclient = httpx.Client(base_url="https://${host(t)}", timeout=10)\n` },
  {
    name: "TypeScript SDK constructor",
    f: (t) => `import { Client } from "./client";\n\nexport const client = new Client({\n${pairs(t).map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n  baseUrl: "https://${host(t)}",\n  retries: 2,\n});\n`,
  },
  { name: "Go code", f: (t) => `package main\n\nimport "os"\n\nconst (\n${pairs(t).map(([k, v]) => `\tdefault${camel(k).replace(/^./, (c) => c.toUpperCase())} = "${v}"`).join("\n")}\n)\n\nfunc cfg(k, d string) string {\n\tif v := os.Getenv(k); v != "" {\n\t\treturn v\n\t}\n\treturn d\n}\n` },
  {
    name: "Java code",
    f: (t) => `public final class ApiConfig {\n${pairs(t).map(([k, v]) => `    private static final String ${k} = "${v}";`).join("\n")}\n\n    public static String endpoint() { return "https://${host(t)}"; }\n}\n`,
  },
  { name: "C# code", f: (t) => `var builder = WebApplication.CreateBuilder(args);\n${pairs(t).map(([k, v]) => `builder.Configuration["${k}"] ??= "${v}";`).join("\n")}\nvar app = builder.Build();\napp.Run();\n` },
  { name: "Ruby initializer", f: (t) => `# config/initializers/${lc(t.p.replace(/\W/g, "_"))}.rb\nRails.application.configure do\n${pairs(t).map(([k, v]) => `  config.x.${lc(k)} = ENV.fetch("${k}", "${v}")`).join("\n")}\nend\n` },
  { name: "PHP config array", f: (t) => `<?php\n\nreturn [\n    'driver' => 'http',\n${pairs(t).map(([k, v]) => `    '${lc(k)}' => env('${k}', '${v}'),`).join("\n")}\n];\n` },
  { name: "Rust code", f: (t) => `use std::env;\n\nfn settings() -> Settings {\n    Settings {\n${pairs(t).map(([k, v]) => `        ${lc(k)}: env::var("${k}").unwrap_or_else(|_| "${v}".to_string()),`).join("\n")}\n    }\n}\n` },
  {
    name: "Jest test fixture",
    f: (t) => `import { describe, it, expect } from "vitest";\n\n// TODO remove before merge: copied from the prod vault\nconst creds = {\n${pairs(t).map(([k, v]) => `  ${camel(k)}: "${v}",`).join("\n")}\n};\n\ndescribe("sync", () => {\n  it("authenticates", async () => {\n    expect(await login(creds)).toBe(true);\n  });\n});\n`,
  },
  {
    name: "GitHub Actions CI log",
    f: (t) =>
      `2026-11-30T10:14:02.1180000Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T10:14:02.1183000Z env:\n${pairs(t).map(([k, v]) => `2026-11-30T10:14:02.1184000Z   ${k}: ${v}`).join("\n")}\n2026-11-30T10:14:02.1185000Z ##[endgroup]\n2026-11-30T10:14:03.5521000Z deploying build 4411 to production\n2026-11-30T10:14:09.0012000Z done in 6.4s`,
  },
  { name: "shell history", f: (t) => `  501  cd ~/src/api\n  502  git pull --rebase\n${pairs(t).map(([k, v], i) => `  ${503 + i}  export ${k}=${v}`).join("\n")}\n  510  make run\n  511  history | tail` },
  {
    name: "Python crash dump with locals",
    f: (t) =>
      `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    resp = session.post(url, headers=headers, timeout=10)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${host(t)}', port=443): Max retries exceeded\n\nLocals at frame run:\n    url = 'https://${host(t)}/v1/sync'\n${pairs(t).map(([k, v]) => `    ${lc(k)} = '${v}'`).join("\n")}\n    attempt = 3`,
  },
  {
    name: "Jupyter notebook cell",
    f: (t) =>
      JSON.stringify(
        {
          cells: [
            { cell_type: "markdown", metadata: {}, source: ["## Pull data\n"] },
            { cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", ...pairs(t).map(([k, v]) => `os.environ["${k}"] = "${v}"\n`), "df = load()\n"] },
          ],
          metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
          nbformat: 4,
          nbformat_minor: 5,
        },
        null,
        1,
      ),
  },
  {
    name: "SQL seed insert",
    f: (t) => `-- seeds/integrations.sql\nINSERT INTO integrations (id, provider, ${pairs(t).map(([k]) => lc(k)).join(", ")}, created_at)\nVALUES (12, '${lc(t.p)}', ${pairs(t).map(([, v]) => `'${v}'`).join(", ")}, now());\n`,
  },
  {
    name: "Markdown setup doc",
    f: (t) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the team credentials for ${t.p}:\n\n\`\`\`bash\n${pairs(t).map(([k, v]) => `${k}=${v}`).join("\n")}\n\`\`\`\n\n3. Run \`make dev\`.\n`,
  },
  {
    name: "unified diff",
    f: (t) => `diff --git a/.env.staging b/.env.staging\nindex 3f2a1c9..8b7e6d4 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,2 +3,${2 + pairs(t).length} @@ APP_NAME=portal\n LOG_LEVEL=info\n${pairs(t).map(([k, v]) => `+${k}=${v}`).join("\n")}\n CACHE_TTL=60\n`,
  },
  { name: "chat message", f: (t) => `hey, the ${t.p} integration on staging is down again. can you try with this one? ${t.v}\nit's the one from the shared vault, rotate it after pls` },
  {
    name: "Kubernetes Secret stringData",
    f: (t) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${lc(t.p.replace(/\W/g, "-"))}-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n${pairs(t).map(([k, v]) => `  ${k}: "${v}"`).join("\n")}\n`,
  },
  { name: "Dockerfile ENV", f: (t) => `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n${pairs(t).map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nCOPY . .\nCMD ["node", "dist/server.js"]\n` },
  { name: "docker run -e", f: (t) => `docker run -d --name api -p 8080:8080 \\\n${pairs(t).map(([k, v]) => `  -e ${k}=${v} \\`).join("\n")}\n  ghcr.io/acme/api:2.3.0` },
];

export interface Spec {
  p: string;
  g: string;
  slot: string;
  make: (r: R) => string;
  extra?: (r: R) => [string, string][];
  hdr?: string;
  host?: string;
}

/** Rotate specs through the renderers; each spec emitted `times` times. */
export function rotate(opts: { specs: Spec[]; seed: number; idPrefix: string; catPrefix: string; times: number; offset?: number }): CorpusCase[] {
  const r = new R(opts.seed);
  const out: CorpusCase[] = [];
  let k = opts.offset ?? 0;
  for (let rep = 0; rep < opts.times; rep++) {
    for (const s of opts.specs) {
      const ren = RENDERERS[k % RENDERERS.length]!;
      k += 7; // stride coprime with the renderer count spreads contexts evenly
      const t: Tok = { p: s.p, slot: s.slot, v: s.make(r), extra: s.extra?.(r), hdr: s.hdr, host: s.host };
      out.push({
        id: `${opts.idPrefix}-${String(out.length + 1).padStart(3, "0")}`,
        kind: "secrets",
        category: `${opts.catPrefix}${s.g}`,
        label: "positive",
        text: ren.f(t),
        note: `${s.p}; slot ${s.slot}; context: ${ren.name}`,
      });
    }
  }
  return out;
}
