// Shared builders and context renderers for heldout-y104 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time from split prefixes and a seeded
// mulberry32 stream, so the repository holds no literal credential and loading is deterministic.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HEX = "0123456789abcdef";
export const UHEX = "0123456789ABCDEF";
export const UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LOWNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
export const B64 = `${ALNUM}+/`;
export const B64U = `${ALNUM}-_`;
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const DIG = "0123456789";

/** Joins split pieces, so no prefix appears whole in the source. */
export const P = (...s: string[]): string => s.join("");

export class Gen extends SeededRng {
  a(n: number) { return this.str(n, ALNUM); }
  h(n: number) { return this.str(n, HEX); }
  H(n: number) { return this.str(n, UHEX); }
  u(n: number) { return this.str(n, UPNUM); }
  l(n: number) { return this.str(n, LOWNUM); }
  d(n: number) { return String(1 + this.int(9)) + this.str(n - 1, DIG); }
  b64(n: number) { return this.str(n, B64); }
  b64u(n: number) { return this.str(n, B64U); }
  b32(n: number) { return this.str(n, B32); }
  uuid() { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  /** Standard base64 of n random bytes (with padding). */
  raw64(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
  raw64url(n: number) { return Buffer.from(this.bytes(n)).toString("base64url"); }
  /** A signed-looking JWT with the given claims. */
  jwt(claims: Record<string, unknown>, alg = "HS256") {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const sig = alg.startsWith("HS") ? this.raw64url(32) : this.raw64url(256);
    return `${enc({ alg, typ: "JWT" })}.${enc(claims)}.${sig}`;
  }
  ts() { return 1_730_000_000 + this.int(20_000_000); }
  iso() { return new Date(this.ts() * 1000).toISOString().replace(/\.\d+Z$/, "Z"); }
  word() { return this.pick(["atlas", "borealis", "cobalt", "delta", "ember", "fjord", "granite", "harbor", "iris", "juniper", "kestrel", "lumen", "meridian", "nova", "orchid", "pylon", "quartz", "raven", "sierra", "tundra"]); }
  person() { return this.pick(["maria", "dev", "kenji", "amaka", "lucas", "priya", "tom", "sofia", "omar", "lena", "ravi", "chloe"]); }
}

/** PEM block; label pieces are joined at run time. */
export function pem(label: string, body64: string): string {
  const lines = body64.match(/.{1,64}/g) ?? [];
  return [P("-----BEGIN ", label, "-----"), ...lines, P("-----END ", label, "-----")].join("\n");
}

export type Cat = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  /** provider / credential type */
  p: string;
  cat?: Cat;
  /** env-var style slot name of the main value */
  slot: string;
  v: (g: Gen) => string;
  /** companion values (ids etc.) rendered alongside, same slot conventions */
  w?: [string, (g: Gen) => string][];
  /** header template: {v} main value, {c0} first companion, {b} base64(c0:v) */
  hdr?: string;
  /** short name used for hosts and config sections (default: first word of p) */
  host?: string;
  /** how many rotated cases to emit for this spec (default 1) */
  n?: number;
}

export interface Ctx {
  prov: string;
  slug: string;
  host: string;
  slot: string;
  v: string;
  entries: [string, string][];
  hdr?: string;
}

export interface Renderer {
  name: string;
  /** wording implies the value is a secret: not used for benign cases */
  secretish?: boolean;
  render(c: Ctx, g: Gen): string;
}

const snake = (k: string) => k.toLowerCase();
const camel = (k: string) => k.toLowerCase().replace(/_([a-z0-9])/g, (_, x: string) => x.toUpperCase());
const dotted = (k: string) => k.toLowerCase().replace(/_/g, ".");
const kebab = (k: string) => k.toLowerCase().replace(/_/g, "-");
const sq = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;

function headerLine(c: Ctx): string | undefined {
  if (!c.hdr) return undefined;
  const c0 = c.entries.find(([k]) => k !== c.slot)?.[1] ?? "";
  return c.hdr.replace("{v}", c.v).replace("{c0}", c0).replace("{b}", Buffer.from(`${c0}:${c.v}`).toString("base64"));
}
const bodyObj = (c: Ctx) => Object.fromEntries(c.entries.map(([k, v]) => [snake(k), v]));

function filler(g: Gen): string[] {
  const all = ["NODE_ENV=production", "PORT=8080", "LOG_LEVEL=info", "DB_POOL_SIZE=10", "FEATURE_NEW_CHECKOUT=true", "TZ=UTC", "WORKERS=4", "CACHE_TTL_SECONDS=300", "REGION=eu-west-1", "APP_NAME=ledger-api"];
  const start = g.int(all.length);
  return [all[start]!, all[(start + 3) % all.length]!, all[(start + 6) % all.length]!];
}
function envFile(c: Ctx, g: Gen): string {
  const f = filler(g);
  return [`# ${c.slug} service`, f[0], f[1], ...c.entries.map(([k, v]) => `${k}=${v}`), f[2]].join("\n");
}
function yamlBlock(c: Ctx, indent = "  "): string {
  return c.entries.map(([k, v]) => `${indent}${snake(k)}: "${v}"`).join("\n");
}

export const RENDERERS: Renderer[] = [
  {
    name: "openai-chat-pasted-env",
    render: (c, g) => JSON.stringify({
      model: g.pick(["gpt-4o", "gpt-4.1", "o4-mini"]),
      messages: [
        { role: "system", content: "You are a senior backend engineer. Answer concisely." },
        { role: "user", content: `the worker exits with code 1 right after boot, here's my .env, what's off?\n\n\`\`\`\n${envFile(c, g)}\n\`\`\`` },
      ],
      temperature: 0.2,
    }),
  },
  {
    name: "anthropic-chat-pasted-compose",
    render: (c, g) => JSON.stringify({
      model: "claude-sonnet-4-5",
      max_tokens: 4096,
      messages: [{ role: "user", content: [{ type: "text", text: `convert this docker-compose service into a k8s Deployment please\n\nservices:\n  ${c.slug}-worker:\n    image: registry.example.com/${c.slug}-worker:1.${g.int(30)}.0\n    restart: unless-stopped\n    environment:\n${c.entries.map(([k, v]) => `      ${k}: "${v}"`).join("\n")}\n      LOG_LEVEL: debug\n` }] }],
    }),
  },
  {
    name: "anthropic-tool_use-write_file-json",
    render: (c, g) => JSON.stringify({
      model: "claude-opus-4-1",
      max_tokens: 2048,
      messages: [
        { role: "user", content: "scaffold the integration config" },
        { role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: `config/${c.slug}.json`, content: JSON.stringify({ enabled: true, timeoutMs: 5000, ...Object.fromEntries(c.entries.map(([k, v]) => [camel(k), v])) }, null, 2) } }] },
      ],
    }),
  },
  {
    name: "openai-tool_calls-shell",
    render: (c, g) => {
      const h = headerLine(c);
      const cmd = h ? `curl -sS https://${c.host}/v1/status -H "${h}" | jq .` : `${c.entries.map(([k, v]) => `${k}=${sq(v)}`).join(" ")} ./scripts/smoke-test.sh --env prod`;
      return JSON.stringify({
        model: "gpt-4.1",
        messages: [
          { role: "user", content: "check that the integration works in prod" },
          { role: "assistant", content: null, tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: cmd, timeout: 60 }) } }] },
        ],
      });
    },
  },
  {
    name: "mcp-tool-result-read_file",
    render: (c, g) => JSON.stringify({
      jsonrpc: "2.0",
      id: 3 + g.int(90),
      result: { content: [{ type: "text", text: `# settings.yaml\nserver:\n  port: 8080\n${c.slug}:\n${yamlBlock(c)}\n  retries: 3\n` }], isError: false },
    }),
  },
  {
    name: "curl-command",
    render: (c) => {
      const h = headerLine(c);
      return h
        ? `curl -X POST "https://${c.host}/v2/jobs" \\\n  -H "${h}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"nightly-sync","dry_run":false}'`
        : `curl -X PUT "https://deploy.example.com/api/apps/${c.slug}/config-vars" \\\n  -H "Content-Type: application/json" \\\n  -d '${JSON.stringify(Object.fromEntries(c.entries))}'`;
    },
  },
  {
    name: "raw-http-request",
    render: (c, g) => {
      const h = headerLine(c);
      const body = h ? `{"cursor":"${g.a(12)}","limit":50}` : JSON.stringify(bodyObj(c));
      return [`POST /v1/${h ? "events" : "connections"} HTTP/1.1`, `Host: ${h ? c.host : "hub.example.com"}`, "User-Agent: node-fetch/3.3.2", ...(h ? [h] : []), "Content-Type: application/json", `Content-Length: ${body.length}`, "Accept: */*", "", body].join("\r\n");
    },
  },
  {
    name: "url-query",
    render: (c, g) => `${g.iso()} INFO  http.client GET https://${c.host}/v1/lookup?q=ledger&page=2&${c.entries.map(([k, v]) => `${snake(k)}=${encodeURIComponent(v)}`).join("&")} -> 200 (${20 + g.int(400)}ms)`,
  },
  {
    name: "form-urlencoded-body",
    render: (c) => `POST /oauth/token HTTP/1.1\nHost: auth.example.com\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=read%20write&${c.entries.map(([k, v]) => `${snake(k)}=${encodeURIComponent(v)}`).join("&")}`,
  },
  {
    name: "multipart-body",
    render: (c, g) => {
      const b = `----WebKitFormBoundary${g.a(16)}`;
      const parts = [...c.entries.map(([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${snake(k)}"\r\n\r\n${v}`), `--${b}\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\r\n1,42.00`];
      return `POST /upload HTTP/1.1\r\nHost: files.example.com\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n${parts.join("\r\n")}\r\n--${b}--`;
    },
  },
  {
    name: "json-config",
    render: (c, g) => JSON.stringify({ service: `${g.word()}-api`, port: 8080, [c.slug]: bodyObj(c), logging: { level: "info" } }, null, 2),
  },
  {
    name: "yaml-config",
    render: (c, g) => `app:\n  name: ${g.word()}-service\n  env: production\nintegrations:\n  ${c.slug}:\n${yamlBlock(c, "    ")}\n    timeout: 10s\n`,
  },
  {
    name: "toml-config",
    render: (c) => `[server]\nhost = "0.0.0.0"\nport = 8080\n\n[${c.slug}]\n${c.entries.map(([k, v]) => `${snake(k)} = "${v}"`).join("\n")}\nenabled = true\n`,
  },
  {
    name: "ini-config",
    render: (c) => `[default]\nregion = eu-central-1\n\n[${c.slug}]\n${c.entries.map(([k, v]) => `${snake(k)} = ${v}`).join("\n")}\n`,
  },
  {
    name: "java-properties",
    render: (c) => `spring.application.name=orders\nserver.port=8080\n${c.entries.map(([k, v]) => `app.${dotted(k)}=${v}`).join("\n")}\nmanagement.endpoints.web.exposure.include=health\n`,
  },
  { name: "dotenv-file", render: (c, g) => envFile(c, g) + "\n" },
  {
    name: "hcl-tfvars",
    render: (c) => `module "${c.slug.replace(/-/g, "_")}" {\n  source  = "./modules/integration"\n  enabled = true\n${c.entries.map(([k, v]) => `  ${snake(k)} = "${v}"`).join("\n")}\n}\n`,
  },
  {
    name: "xml-appsettings",
    render: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${c.entries.map(([k, v]) => `    <add key="${camel(k).replace(/^./, (x) => x.toUpperCase())}" value="${v.replace(/&/g, "&amp;")}" />`).join("\n")}\n  </appSettings>\n</configuration>\n`,
  },
  {
    name: "python-code",
    render: (c) => `import os\nimport httpx\n\n${c.entries.map(([k, v]) => `${k} = os.getenv("${k}", "${v}")`).join("\n")}\n\nclient = httpx.Client(base_url="https://${c.host}", timeout=10.0)\n`,
  },
  {
    name: "typescript-code",
    render: (c) => `export const ${c.slug.replace(/-/g, "")}Config = {\n  baseUrl: "https://${c.host}",\n${c.entries.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n  retries: 3,\n};\n`,
  },
  {
    name: "go-code",
    render: (c) => `package config\n\nconst (\n${c.entries.map(([k, v]) => `\t${camel(k).replace(/^./, (x) => x.toUpperCase())} = "${v}"`).join("\n")}\n\tDefaultTimeout = 30\n)\n`,
  },
  {
    name: "java-code",
    render: (c) => `public final class ${c.slug.replace(/(^|-)(\w)/g, (_, __, x: string) => x.toUpperCase())}Settings {\n${c.entries.map(([k, v]) => `    private static final String ${k} = "${v}";`).join("\n")}\n    private static final int TIMEOUT_MS = 5000;\n}\n`,
  },
  {
    name: "ruby-code",
    render: (c) => `# config/initializers/${c.slug.replace(/-/g, "_")}.rb\nRails.application.config.x.${c.slug.replace(/-/g, "_")} = {\n${c.entries.map(([k, v]) => `  ${snake(k)}: ENV.fetch("${k}", "${v}"),`).join("\n")}\n}\n`,
  },
  {
    name: "php-config",
    render: (c) => `<?php\n\nreturn [\n    '${c.slug}' => [\n${c.entries.map(([k, v]) => `        '${snake(k)}' => env('${k}', '${v}'),`).join("\n")}\n    ],\n];\n`,
  },
  {
    name: "rust-code",
    render: (c) => `// src/settings.rs\n${c.entries.map(([k, v]) => `pub const ${k}: &str = "${v}";`).join("\n")}\npub const MAX_RETRIES: u32 = 5;\n`,
  },
  {
    name: "csharp-code",
    render: (c) => `var builder = WebApplication.CreateBuilder(args);\n${c.entries.map(([k, v]) => `var ${camel(k)} = Environment.GetEnvironmentVariable("${k}") ?? "${v}";`).join("\n")}\nbuilder.Services.AddHttpClient();\n`,
  },
  {
    name: "ci-log",
    render: (c, g) => {
      let t = g.ts();
      const T = () => new Date((t += g.int(3)) * 1000).toISOString().replace(/\.\d+Z$/, "Z");
      return `${T()} ##[group]Run ./scripts/deploy.sh production\n${T()} ./scripts/deploy.sh production\n${T()} shell: /usr/bin/bash -e {0}\n${T()} env:\n${c.entries.map(([k, v]) => `${T()}   ${k}: ${v}`).join("\n")}\n${T()} ##[endgroup]\n${T()} Deploying commit ${g.h(40)} to production\n`;
    },
  },
  {
    name: "shell-history",
    render: (c) => ` 1012  cd ~/src/${c.slug}-sync\n 1013  git pull --rebase\n${c.entries.map(([k, v], i) => ` ${1014 + i}  export ${k}=${sq(v)}`).join("\n")}\n 1020  make run\n 1021  history | tail\n`,
  },
  {
    name: "python-crash-locals",
    render: (c, g) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line ${40 + g.int(200)}, in run_sync\n    resp = session.post(url, json=payload, timeout=10)\n    ╭──────────── locals ────────────╮\n    │ url = 'https://${c.host}/v1/sync' │\n${c.entries.map(([k, v]) => `    │ ${snake(k)} = '${v}' │`).join("\n")}\n    │ retries = 3 │\n    ╰────────────────────────────────╯\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${c.host}', port=443): Max retries exceeded\n`,
  },
  {
    name: "jupyter-notebook",
    render: (c, g) => JSON.stringify({
      cells: [
        { cell_type: "markdown", metadata: {}, source: [`## ${c.prov} exploration\n`] },
        { cell_type: "code", execution_count: 1 + g.int(9), metadata: {}, outputs: [], source: ["import os\n", ...c.entries.map(([k, v]) => `os.environ["${k}"] = "${v}"\n`), "import pandas as pd\n"] },
      ],
      metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
      nbformat: 4,
      nbformat_minor: 5,
    }, null, 1),
  },
  {
    name: "sql-seed",
    render: (c, g) => `-- seeds/0${g.int(9)}_integrations.sql\nINSERT INTO integration_settings (tenant_id, provider, setting, value, updated_at) VALUES\n${c.entries.map(([k, v]) => `  (${1 + g.int(40)}, '${c.slug}', '${snake(k)}', '${v}', now())`).join(",\n")};\n`,
  },
  {
    name: "markdown-doc",
    render: (c) => `## Running locally\n\n1. Install deps with \`pnpm install\`.\n2. Set the ${c.prov} variables:\n\n\`\`\`bash\n${c.entries.map(([k, v]) => `export ${k}="${v}"`).join("\n")}\n\`\`\`\n\n3. \`pnpm dev\` and open http://localhost:3000.\n`,
  },
  {
    name: "git-diff",
    render: (c, g) => `diff --git a/app/settings.py b/app/settings.py\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/app/settings.py\n+++ b/app/settings.py\n@@ -12,6 +12,${6 + c.entries.length} @@ DEBUG = False\n ALLOWED_HOSTS = ["*"]\n \n${c.entries.map(([k, v]) => `+${k} = "${v}"`).join("\n")}\n CACHE_BACKEND = "redis"\n`,
  },
  {
    name: "chat-handover-message",
    secretish: true,
    render: (c, g) => JSON.stringify({
      channel: `C0${g.u(9)}`,
      text: `@${g.person()} here's the prod ${c.prov} creds you asked for, rotate after the demo pls:\n${c.entries.map(([k, v]) => `${k}: ${v}`).join("\n")}`,
    }),
  },
  {
    name: "dockerfile",
    render: (c, g) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n${c.entries.map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nCOPY . .\nEXPOSE ${3000 + g.int(10)}\nCMD ["node", "server.js"]\n`,
  },
  {
    name: "k8s-secret-data",
    secretish: true,
    render: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${c.slug}-credentials\n  namespace: prod\ntype: Opaque\ndata:\n${c.entries.map(([k, v]) => `  ${k}: ${Buffer.from(v).toString("base64")}`).join("\n")}\n`,
  },
  {
    name: "github-actions-workflow",
    render: (c) => `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n${c.entries.map(([k, v]) => `      ${k}: ${v}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n`,
  },
  {
    name: "docker-run",
    render: (c, g) => `docker run -d --name ${c.slug}-${g.word()} \\\n${c.entries.map(([k, v]) => `  -e ${k}=${sq(v)} \\`).join("\n")}\n  -p 8080:8080 registry.example.com/${c.slug}:latest`,
  },
  {
    name: "systemd-unit",
    render: (c) => `[Unit]\nDescription=${c.prov} sync worker\nAfter=network-online.target\n\n[Service]\nType=simple\nUser=svc\n${c.entries.map(([k, v]) => `Environment="${k}=${v}"`).join("\n")}\nExecStart=/usr/local/bin/${c.slug}-sync --daemon\nRestart=on-failure\n`,
  },
  {
    name: "powershell",
    render: (c) => `PS C:\\src\\${c.slug}> ${c.entries.map(([k, v]) => `$env:${k} = "${v}"`).join("; ")}\nPS C:\\src\\${c.slug}> dotnet run --project .\\Worker\\Worker.csproj\n`,
  },
  {
    name: "har-entry",
    render: (c, g) => {
      const h = headerLine(c);
      const headers = [{ name: "Accept", value: "application/json" }];
      if (h) headers.push({ name: h.slice(0, h.indexOf(":")), value: h.slice(h.indexOf(":") + 1).trim() });
      return JSON.stringify({ log: { version: "1.2", entries: [{ startedDateTime: g.iso(), request: { method: h ? "GET" : "POST", url: `https://${c.host}/v1/me`, headers, postData: h ? undefined : { mimeType: "application/json", text: JSON.stringify(bodyObj(c)) } }, response: { status: 200 } }] } }, null, 2);
    },
  },
  {
    name: "structured-log-line",
    render: (c, g) => JSON.stringify({ ts: g.iso(), level: "debug", logger: `${c.slug}.client`, msg: "client initialised", config: { ...Object.fromEntries(c.entries.map(([k, v]) => [camel(k), v])), endpoint: `https://${c.host}` }, trace_id: g.h(32) }),
  },
  {
    name: "helm-values",
    render: (c) => `replicaCount: 2\nimage:\n  repository: registry.example.com/${c.slug}\n  tag: "2.4.1"\nenv:\n${c.entries.map(([k, v]) => `  - name: ${k}\n    value: "${v}"`).join("\n")}\n`,
  },
];

export const CAT_PREFIX = "heldouty104-sec-";

/** Rotates each spec through the renderers; returns cases with ids prefix-NNN starting at 1. */
export function buildRotated(opts: { specs: Spec[]; g: Gen; idPrefix: string; label: "positive" | "benign"; offset: number; category?: string }): CorpusCase[] {
  const { specs, g, idPrefix, label } = opts;
  const pool = label === "benign" ? RENDERERS.filter((r) => !r.secretish) : RENDERERS;
  const out: CorpusCase[] = [];
  const jobs: Spec[] = [];
  const maxN = Math.max(...specs.map((s) => s.n ?? 1));
  for (let pass = 0; pass < maxN; pass++) for (const s of specs) if ((s.n ?? 1) > pass) jobs.push(s);
  jobs.forEach((s, i) => {
    const r = pool[(i + opts.offset) % pool.length]!;
    const slug = (s.host ?? s.p.split(" ")[0]!).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
    const v = s.v(g);
    const entries: [string, string][] = [...(s.w ?? []).map(([k, f]) => [k, f(g)] as [string, string]), [s.slot, v]];
    const ctx: Ctx = { prov: s.p, slug, host: `api.${slug}.example.com`, slot: s.slot, v, entries, hdr: s.hdr };
    out.push({
      id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: opts.category ?? CAT_PREFIX + s.cat,
      label,
      text: r.render(ctx, g),
      note: `${s.p}; slot ${s.slot}${s.w ? ` (+ ${s.w.map(([k]) => k).join(", ")})` : ""}; context ${r.name}`,
    });
  });
  return out;
}

export function mk(id: string, category: string, label: "positive" | "benign", text: string, note: string): CorpusCase {
  return { id, kind: "secrets", category, label, text, note };
}
