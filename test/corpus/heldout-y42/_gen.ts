// Shared PRNG-backed builders and context renderers for heldout-y42 (skipped by the loader).
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const AN = UP + LO + DG;
export const ANL = LO + DG;
export const ANU = UP + DG;
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const URLS = AN + "_-";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export type Part = string | [number, string];

export class Gen extends SeededRng {
  /** Concatenate literal pieces and random runs [n, alphabet]. */
  mk(...parts: Part[]): string {
    return parts.map((p) => (typeof p === "string" ? p : this.str(p[0], p[1]))).join("");
  }
  uuid(): string {
    return [this.str(8, HX), this.str(4, HX), "4" + this.str(3, HX), this.pick(["8", "9", "a", "b"]) + this.str(3, HX), this.str(12, HX)].join("-");
  }
  b64(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64");
  }
  b64url(s: string): string {
    return Buffer.from(s).toString("base64url");
  }
  jwt(payload: Record<string, unknown>): string {
    const h = this.b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
    return [h, this.b64url(JSON.stringify(payload)), Buffer.from(this.bytes(32)).toString("base64url")].join(".");
  }
  pem(label: string, bytes: number): string {
    const body = Buffer.from(this.bytes(bytes)).toString("base64").replace(/(.{64})/g, "$1\n").trimEnd();
    const dash = "-----";
    return `${dash}BEGIN ${label}${dash}\n${body}\n${dash}END ${label}${dash}`;
  }
  host(): string {
    return this.pick(["api", "svc", "core", "ingest", "billing", "worker", "gateway"]) + "-" + this.str(4, ANL);
  }
  sha(): string {
    return this.str(40, HX);
  }
}

/** One slot: an env-style name and its value. */
export type KV = [string, string];

export interface Spec {
  provider: string;
  group: string;
  /** env var / config slot names and value builders; the first is the main secret. */
  kv: (g: Gen) => KV[];
  /** HTTP header form for the main secret, e.g. "Authorization: Bearer" or "X-Api-Key:". */
  header?: string;
  /** API host for HTTP contexts. */
  api?: string;
}

const lc = (s: string) => s.toLowerCase();
const camel = (s: string) => lc(s).replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const dotted = (s: string) => lc(s).replace(/_/g, ".");
const jstr = (s: string) => JSON.stringify(s);

export interface Ctx {
  g: Gen;
  kv: KV[];
  spec: Spec;
}

type Renderer = [string, (c: Ctx) => string];

const hdr = (c: Ctx): [string, string] => {
  const h = c.spec.header ?? "Authorization: Bearer";
  const v = c.kv[c.kv.length - 1]![1];
  const i = h.indexOf(":");
  const name = h.slice(0, i);
  const rest = h.slice(i + 1).trim();
  return [name, rest ? `${rest} ${v}` : v];
};
const api = (c: Ctx) => c.spec.api ?? `api.${lc(c.spec.provider).replace(/[^a-z0-9]/g, "")}.com`;
const envLines = (c: Ctx, extra = true) => {
  const pre = extra ? [`NODE_ENV=production`, `PORT=${c.g.range(3000, 9000)}`, `LOG_LEVEL=info`] : [];
  return [...pre, ...c.kv.map(([k, v]) => `${k}=${v}`), `FEATURE_FLAGS=search,export`].join("\n");
};

export const RENDERERS: Renderer[] = [
  ["OpenAI chat body, user pastes .env (JSON-escaped)", (c) =>
    JSON.stringify({ model: "gpt-4.1", messages: [
      { role: "system", content: "You are a coding assistant." },
      { role: "user", content: `Why does the app crash on boot? Here's my .env:\n\n\`\`\`\n${envLines(c)}\n\`\`\`` },
    ], temperature: 0.2 })],
  ["Anthropic messages body, tool_use write_file of config", (c) =>
    JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [
      { role: "user", content: "set up the config for staging" },
      { role: "assistant", content: [
        { type: "text", text: "I'll write the config file." },
        { type: "tool_use", id: "toolu_01" + c.g.str(22, AN), name: "write_file", input: {
          path: "config/staging.env", content: envLines(c, false) + "\n" } },
      ] },
    ] })],
  ["OpenAI tool_calls run_shell with export (double-escaped args)", (c) =>
    JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + c.g.str(24, AN), type: "function", function: {
      name: "run_shell", arguments: JSON.stringify({ command: c.kv.map(([k, v]) => `export ${k}="${v}"`).join(" && ") + " && npm run deploy" }) } }] })],
  ["MCP tool result echoing a config file", (c) =>
    JSON.stringify({ jsonrpc: "2.0", id: c.g.range(2, 90), result: { content: [{ type: "text",
      text: `$ cat ~/.config/${lc(c.spec.provider).replace(/[^a-z]/g, "")}/credentials\n[default]\n${c.kv.map(([k, v]) => `${lc(k)} = ${v}`).join("\n")}\nregion = eu-west-1\n` }], isError: false } })],
  ["curl command with auth header", (c) => {
    const [n, v] = hdr(c);
    return `curl -sS -X POST https://${api(c)}/v1/items \\\n  -H "${n}: ${v}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"smoke-test","limit":10}'`;
  }],
  ["curl -v request dump", (c) => {
    const [n, v] = hdr(c);
    return `* Connected to ${api(c)} (104.18.${c.g.range(1, 250)}.${c.g.range(1, 250)}) port 443\n* ALPN: server accepted h2\n> GET /v2/account HTTP/2\n> Host: ${api(c)}\n> user-agent: curl/8.5.0\n> accept: */*\n> ${n}: ${v}\n>\n< HTTP/2 200\n< content-type: application/json\n< x-request-id: ${c.g.uuid()}\n<\n{"ok":true}`;
  }],
  ["raw HTTP request with header (proxy log)", (c) => {
    const [n, v] = hdr(c);
    return `POST /api/v1/events HTTP/1.1\r\nHost: ${api(c)}\r\nUser-Agent: axios/1.7.2\r\n${n}: ${v}\r\nContent-Type: application/json\r\nContent-Length: 58\r\n\r\n{"event":"build.finished","status":"ok","duration":412}`;
  }],
  ["URL query string in fetch call", (c) =>
    `const res = await fetch(\`https://${api(c)}/v1/search?q=\${encodeURIComponent(q)}&${c.spec.header && !/^Authorization/i.test(c.spec.header) ? lc(c.spec.header.split(":")[0]!) : "api_key"}=${c.kv[c.kv.length - 1]![1]}&limit=25\`);\nif (!res.ok) throw new Error(\`search failed: \${res.status}\`);\nreturn res.json();`],
  ["form-urlencoded POST body", (c) =>
    `POST /oauth/token HTTP/1.1\nHost: ${api(c)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${c.kv.map(([k, v]) => `${lc(k)}=${encodeURIComponent(v)}`).join("&")}&scope=read%20write`],
  ["multipart form upload", (c) => {
    const b = "----WebKitFormBoundary" + c.g.str(16, AN);
    return `POST /upload HTTP/1.1\nHost: ${api(c)}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}\n${c.kv.map(([k, v]) => `Content-Disposition: form-data; name="${lc(k)}"\n\n${v}\n--${b}`).join("\n")}--`;
  }],
  ["JSON request body", (c) =>
    JSON.stringify({ integration: lc(c.spec.provider), enabled: true, credentials: Object.fromEntries(c.kv.map(([k, v]) => [camel(k), v])), retry: { max: 3 } }, null, 2)],
  ["YAML application config", (c) =>
    `server:\n  port: 8080\n  host: 0.0.0.0\n${lc(c.spec.provider).replace(/[^a-z0-9]/g, "_")}:\n${c.kv.map(([k, v]) => `  ${lc(k)}: "${v}"`).join("\n")}\n  timeout_ms: 5000\nlogging:\n  level: info`],
  ["TOML config", (c) =>
    `[app]\nname = "ingest"\nworkers = 4\n\n[${lc(c.spec.provider).replace(/[^a-z0-9]/g, "_")}]\n${c.kv.map(([k, v]) => `${lc(k)} = "${v}"`).join("\n")}\nendpoint = "https://${api(c)}"`],
  ["INI config", (c) =>
    `; generated by setup.sh\n[general]\nenvironment = production\n\n[${lc(c.spec.provider).replace(/[^a-z0-9]/g, "")}]\n${c.kv.map(([k, v]) => `${lc(k)}=${v}`).join("\n")}\nverify_ssl = true`],
  ["Java .properties", (c) =>
    `spring.application.name=orders\nspring.datasource.url=jdbc:postgresql://db:5432/orders\n${c.kv.map(([k, v]) => `${dotted(k)}=${v}`).join("\n")}\nmanagement.endpoints.web.exposure.include=health`],
  ["JSON config file (appsettings)", (c) =>
    JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, [c.spec.provider.replace(/[^A-Za-z0-9]/g, "")]: Object.fromEntries(c.kv.map(([k, v]) => [camel(k).replace(/^./, (x) => x.toUpperCase()), v])), AllowedHosts: "*" }, null, 2)],
  ["Terraform HCL provider/variable", (c) =>
    `variable "region" {\n  default = "us-east-1"\n}\n\nresource "kubernetes_secret" "${lc(c.spec.provider).replace(/[^a-z0-9]/g, "_")}" {\n  metadata {\n    name = "app-credentials"\n  }\n  data = {\n${c.kv.map(([k, v]) => `    ${k} = "${v}"`).join("\n")}\n  }\n}`],
  ["XML config (web.config appSettings)", (c) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${c.kv.map(([k, v]) => `    <add key="${camel(k)}" value="${v}" />`).join("\n")}\n  </appSettings>\n</configuration>`],
  ["Python SDK client with env default", (c) =>
    `import os\nimport requests\n\n${c.kv.map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`).join("\n")}\n\nsession = requests.Session()\nsession.headers.update({"${hdr(c)[0]}": ${c.spec.header?.includes("Bearer") || !c.spec.header ? `f"Bearer {${c.kv[c.kv.length - 1]![0]}}"` : c.kv[c.kv.length - 1]![0]}})\n\ndef fetch(path):\n    return session.get(f"https://${api(c)}{path}", timeout=10).json()`],
  ["TypeScript client constructor", (c) =>
    `import { Client } from "./client";\n\nexport const client = new Client({\n${c.kv.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n  baseUrl: "https://${api(c)}",\n  timeoutMs: 10_000,\n});`],
  ["Go client config", (c) =>
    `package main\n\nimport (\n\t"net/http"\n\t"time"\n)\n\nconst (\n${c.kv.map(([k, v]) => `\t${camel(k).replace(/^./, (x) => x.toUpperCase())} = "${v}"`).join("\n")}\n)\n\nvar httpClient = &http.Client{Timeout: 10 * time.Second}`],
  ["Java static config class", (c) =>
    `package com.acme.billing;\n\npublic final class Config {\n${c.kv.map(([k, v]) => `    public static final String ${k} = "${v}";`).join("\n")}\n    public static final int TIMEOUT_MS = 5000;\n\n    private Config() {}\n}`],
  ["C# options in Program.cs", (c) =>
    `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.Configure<ApiOptions>(o =>\n{\n${c.kv.map(([k, v]) => `    o.${camel(k).replace(/^./, (x) => x.toUpperCase())} = "${v}";`).join("\n")}\n    o.BaseUrl = new Uri("https://${api(c)}");\n});\nvar app = builder.Build();`],
  ["Ruby initializer", (c) =>
    `# config/initializers/${lc(c.spec.provider).replace(/[^a-z0-9]/g, "_")}.rb\nRails.application.configure do\n${c.kv.map(([k, v]) => `  config.x.${lc(k)} = ENV.fetch("${k}", "${v}")`).join("\n")}\nend`],
  ["PHP config array", (c) =>
    `<?php\n\nreturn [\n    'driver' => '${lc(c.spec.provider).replace(/[^a-z0-9]/g, "")}',\n${c.kv.map(([k, v]) => `    '${lc(k)}' => env('${k}', '${v}'),`).join("\n")}\n    'timeout' => 30,\n];`],
  ["Rust constant in main.rs", (c) =>
    `use std::env;\n\n${c.kv.map(([k, v]) => `const DEFAULT_${k}: &str = "${v}";`).join("\n")}\n\nfn main() {\n    let key = env::var("${c.kv[0]![0]}").unwrap_or_else(|_| DEFAULT_${c.kv[0]![0]}.to_string());\n    println!("starting with {} chars", key.len());\n}`],
  ["Jest test fixture", (c) =>
    `describe("${c.spec.provider} integration", () => {\n  beforeAll(() => {\n${c.kv.map(([k, v]) => `    process.env.${k} = "${v}";`).join("\n")}\n  });\n\n  it("lists items", async () => {\n    const items = await listItems();\n    expect(items.length).toBeGreaterThan(0);\n  });\n});`],
  ["GitHub Actions log with set -x trace", (c) =>
    `2026-11-30T10:12:${c.g.range(10, 59)}.1234567Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T10:12:41.2234567Z + echo 'Deploying build ${c.g.str(7, HX)}'\nDeploying build\n${c.kv.map(([k, v]) => `2026-11-30T10:12:41.3${c.g.str(6, DG)}Z + ${k}=${v}`).join("\n")}\n2026-11-30T10:12:42.0134567Z + ./bin/release --env production\n2026-11-30T10:12:47.9934567Z ##[endgroup]`],
  ["zsh shell history", (c) =>
    `: 1764${c.g.str(6, DG)}:0;cd ~/src/api\n: 1764${c.g.str(6, DG)}:0;git pull --rebase\n${c.kv.map(([k, v]) => `: 1764${c.g.str(6, DG)}:0;export ${k}=${v}`).join("\n")}\n: 1764${c.g.str(6, DG)}:0;make run`],
  ["Python crash report with locals", (c) =>
    `Traceback (most recent call last):\n  File "/app/worker.py", line 88, in handle\n    resp = client.post(url, json=payload)\n  File "/app/client.py", line 41, in post\n    raise ApiError(r.status_code, r.text)\nclient.ApiError: 401 Unauthorized\n\nLocals at frame client.post:\n  url = 'https://${api(c)}/v1/jobs'\n${c.kv.map(([k, v]) => `  ${lc(k)} = '${v}'`).join("\n")}\n  retries = 3`],
  ["Jupyter notebook cell JSON", (c) =>
    JSON.stringify({ cells: [{ cell_type: "code", execution_count: c.g.range(1, 30), metadata: {}, outputs: [],
      source: ["import os\n", ...c.kv.map(([k, v]) => `os.environ["${k}"] = "${v}"\n`), "client = make_client()\n"] }],
      metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1)],
  ["SQL seed insert", (c) =>
    `-- seed integrations for staging\nINSERT INTO integrations (id, provider, config, created_at) VALUES\n  (${c.g.range(10, 900)}, '${lc(c.spec.provider)}', '${JSON.stringify(Object.fromEntries(c.kv.map(([k, v]) => [lc(k), v])))}', now());`],
  ["Markdown setup doc", (c) =>
    `## Local setup\n\n1. Install deps with \`pnpm i\`.\n2. Create \`.env.local\` with the shared team credentials:\n\n\`\`\`bash\n${c.kv.map(([k, v]) => `${k}=${v}`).join("\n")}\n\`\`\`\n\n3. Run \`pnpm dev\` and open http://localhost:3000.`],
  ["unified diff adding credential", (c) =>
    `diff --git a/.env.production b/.env.production\nindex ${c.g.str(7, HX)}..${c.g.str(7, HX)} 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,4 +3,${3 + c.kv.length} @@ DATABASE_POOL=10\n CACHE_TTL=300\n${c.kv.map(([k, v]) => `+${k}=${v}`).join("\n")}\n SENTRY_ENVIRONMENT=production`],
  ["Slack-style chat message", (c) =>
    `@channel heads up, rotated the ${c.spec.provider} creds for prod. new ones:\n${c.kv.map(([, v]) => v).join("\n")}\nplease update your local .env and restart the workers 🙏`],
  ["Dockerfile ENV", (c) =>
    `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\n${c.kv.map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nEXPOSE 8080\nCMD ["node", "dist/server.js"]`],
  ["Kubernetes Secret stringData", (c) =>
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${lc(c.spec.provider).replace(/[^a-z0-9]/g, "-")}-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n${c.kv.map(([k, v]) => `  ${k}: "${v}"`).join("\n")}`],
  ["docker run -e in tool call", (c) =>
    JSON.stringify({ type: "tool_use", id: "toolu_01" + c.g.str(22, AN), name: "bash", input: {
      command: `docker run --rm -d --name worker ${c.kv.map(([k, v]) => `-e ${k}=${v}`).join(" ")} ghcr.io/acme/worker:1.8.2` } })],
];

export function render(g: Gen, spec: Spec, idx: number, id: string, category: string): CorpusCase {
  const kv = spec.kv(g);
  let i = idx % RENDERERS.length;
  // HTTP-header renderers only for specs with an API host; others move on to file/code contexts.
  if (!spec.api && i >= 4 && i <= 7) i += 4;
  const [ctxName, fn] = RENDERERS[i]!;
  return {
    id, kind: "secrets", category, label: "positive",
    text: fn({ g, kv, spec }),
    note: `${spec.provider}: ${kv.map(([k]) => k).join(" + ")} in ${ctxName}`,
  };
}

export function renderBenign(g: Gen, kv: KV[], what: string, idx: number, id: string, category: string): CorpusCase {
  const [ctxName, fn] = RENDERERS[idx % RENDERERS.length]!;
  const spec: Spec = { provider: "internal", group: "benign", kv: () => kv, header: "X-Request-Id:" };
  return { id, kind: "secrets", category, label: "benign", text: fn({ g, kv, spec }), note: `benign: ${what} in ${ctxName}` };
}

export const pad = (n: number) => String(n).padStart(3, "0");
