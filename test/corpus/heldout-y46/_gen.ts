// Shared generator for heldout-y46: seeded token builders and context renderers.
// Every credential-shaped value is assembled at run time from a split prefix and a mulberry32 body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const ALNUM = UP + LO + DIG;
export const LOWNUM = LO + DIG;
export const UPNUM = UP + DIG;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = ALNUM + "+/";
export const URLSAFE = ALNUM + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Rng extends SeededRng {
  s(n: number, a = ALNUM): string {
    return this.str(n, a);
  }
  hex(n: number): string {
    return this.str(n, HEX);
  }
  b64(nBytes: number): string {
    return Buffer.from(this.bytes(nBytes)).toString("base64");
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  }
  /** Joins parts so no source line holds the full value. */
  j(...parts: string[]): string {
    return parts.join("");
  }
}

export const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
export const jesc = (s: string) => JSON.stringify(s).slice(1, -1);

export interface Spec {
  /** provider name */
  p: string;
  group: string;
  /** env-var style name for the slot */
  env: string;
  make: (r: Rng) => string;
  /** optional paired values (e.g. key id) rendered alongside */
  extra?: (r: Rng) => Record<string, string>;
}

export interface Rendered {
  ctx: string;
  text: string;
}

type Renderer = (env: string, v: string, r: Rng, extra: Record<string, string>) => Rendered;

const camel = (env: string) =>
  env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const snake = (env: string) => env.toLowerCase();
const kebab = (env: string) => env.toLowerCase().replace(/_/g, "-");
const extraLines = (extra: Record<string, string>, f: (k: string, v: string) => string) =>
  Object.entries(extra).map(([k, v]) => f(k, v));

export const renderers: Renderer[] = [
  // 0 chat body with pasted .env
  (env, v, r, ex) => {
    const file = [
      "NODE_ENV=production",
      `PORT=${r.range(3000, 9000)}`,
      ...extraLines(ex, (k, x) => `${k}=${x}`),
      `${env}=${v}`,
      "LOG_LEVEL=info",
    ].join("\n");
    const body = {
      model: "claude-sonnet-4-5",
      max_tokens: 4096,
      messages: [
        { role: "user", content: `my app won't boot in prod, here's the .env:\n\n\`\`\`\n${file}\n\`\`\`\nwhat's wrong?` },
      ],
    };
    return { ctx: "LLM chat body with pasted .env", text: JSON.stringify(body, null, 2) };
  },
  // 1 anthropic tool_use write_file yaml
  (env, v, r, ex) => {
    const yaml = [
      "service:",
      `  name: api-${r.s(5, LO)}`,
      "  replicas: 2",
      "credentials:",
      ...extraLines(ex, (k, x) => `  ${snake(k)}: "${x}"`),
      `  ${snake(env)}: "${v}"`,
    ].join("\n");
    const msg = {
      role: "assistant",
      content: [
        { type: "text", text: "I'll write the config file now." },
        { type: "tool_use", id: `toolu_${r.s(24)}`, name: "write_file", input: { path: "config/settings.yaml", content: yaml } },
      ],
    };
    return { ctx: "Anthropic tool_use write_file YAML", text: JSON.stringify(msg, null, 2) };
  },
  // 2 openai tool_calls shell
  (env, v, r, ex) => {
    const cmd = [...extraLines(ex, (k, x) => `export ${k}='${x}'`), `export ${env}='${v}' && npm run deploy`].join(" && ");
    const msg = {
      role: "assistant",
      content: null,
      tool_calls: [
        { id: `call_${r.s(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: cmd, timeout: 120 }) } },
      ],
    };
    return { ctx: "OpenAI tool_calls shell command", text: JSON.stringify(msg, null, 2) };
  },
  // 3 MCP tool result echoing a file
  (env, v, r, ex) => {
    const content = [`# deploy settings`, ...extraLines(ex, (k, x) => `${k}=${x}`), `${env}=${v}`, `REGION=eu-west-1`].join("\n");
    const res = {
      jsonrpc: "2.0",
      id: r.range(2, 90),
      result: { content: [{ type: "text", text: `File: /srv/app/.env.production\n${content}` }], isError: false },
    };
    return { ctx: "MCP tool result echoing .env.production", text: JSON.stringify(res) };
  },
  // 4 curl header
  (env, v, r, ex) => {
    const host = `api.${r.s(6, LO)}.io`;
    const lines = [
      `$ curl -sS -X POST https://${host}/v1/jobs \\`,
      `    -H "Authorization: Bearer ${v}" \\`,
      ...extraLines(ex, (k, x) => `    -H "X-${kebab(k)}: ${x}" \\`),
      `    -H "Content-Type: application/json" \\`,
      `    -d '{"name":"nightly","priority":${r.range(1, 9)}}'`,
    ];
    return { ctx: "curl Authorization header", text: lines.join("\n") };
  },
  // 5 raw HTTP request with query string
  (env, v, r, ex) => {
    const q = [`${snake(env)}=${encodeURIComponent(v)}`, ...extraLines(ex, (k, x) => `${snake(k)}=${encodeURIComponent(x)}`), `page=${r.range(1, 5)}`].join("&");
    const text = [
      `GET /api/v2/records?${q} HTTP/1.1`,
      `Host: gateway.internal.example.net`,
      `User-Agent: python-requests/2.31.0`,
      `Accept: */*`,
      `X-Request-Id: ${r.uuid()}`,
      ``,
    ].join("\r\n");
    return { ctx: "HTTP request query string", text };
  },
  // 6 form body
  (env, v, r, ex) => {
    const body = [`grant_type=client_credentials`, ...extraLines(ex, (k, x) => `${snake(k)}=${encodeURIComponent(x)}`), `${snake(env)}=${encodeURIComponent(v)}`].join("&");
    const text = [
      "POST /oauth/token HTTP/1.1",
      "Host: auth.partner-api.com",
      "Content-Type: application/x-www-form-urlencoded",
      `Content-Length: ${body.length}`,
      "",
      body,
    ].join("\r\n");
    return { ctx: "HTTP form-urlencoded body", text };
  },
  // 7 multipart
  (env, v, r, ex) => {
    const bnd = `----WebKitFormBoundary${r.s(16)}`;
    const parts = [
      ...Object.entries({ ...ex, [snake(env)]: v }).map(([k, x]) => [`--${bnd}`, `Content-Disposition: form-data; name="${snake(k)}"`, "", x].join("\r\n")),
      [`--${bnd}`, `Content-Disposition: form-data; name="file"; filename="report.csv"`, "Content-Type: text/csv", "", "id,total\n1,42"].join("\r\n"),
      `--${bnd}--`,
    ];
    return {
      ctx: "HTTP multipart form field",
      text: [`POST /upload HTTP/1.1`, `Host: files.acme-corp.dev`, `Content-Type: multipart/form-data; boundary=${bnd}`, "", parts.join("\r\n")].join("\r\n"),
    };
  },
  // 8 JSON request body
  (env, v, r, ex) => {
    const body: Record<string, unknown> = { integration: { type: "webhook", enabled: true, credentials: { [camel(env)]: v } } };
    for (const [k, x] of Object.entries(ex)) (body.integration as any).credentials[camel(k)] = x;
    return {
      ctx: "HTTP JSON body",
      text: ["PUT /v1/integrations/42 HTTP/1.1", "Host: hooks.internal", "Content-Type: application/json", "", JSON.stringify(body, null, 2)].join("\n"),
    };
  },
  // 9 TOML
  (env, v, r, ex) => ({
    ctx: "TOML config",
    text: ["[server]", `port = ${r.range(8000, 8999)}`, "", "[provider]", ...extraLines(ex, (k, x) => `${snake(k)} = "${x}"`), `${snake(env)} = "${v}"`, `timeout_ms = 5000`].join("\n"),
  }),
  // 10 INI
  (env, v, r, ex) => ({
    ctx: "INI config",
    text: ["[default]", "region = us-east-1", "output = json", "", "[integration]", ...extraLines(ex, (k, x) => `${snake(k)} = ${x}`), `${snake(env)} = ${v}`].join("\n"),
  }),
  // 11 Java properties
  (env, v, r, ex) => ({
    ctx: "Spring application.properties",
    text: ["spring.application.name=orders", "server.port=8080", ...extraLines(ex, (k, x) => `app.${kebab(k).replace(/-/g, ".")}=${x}`), `app.${kebab(env).replace(/-/g, ".")}=${v}`, "management.endpoints.web.exposure.include=health"].join("\n"),
  }),
  // 12 JSON config file
  (env, v, r, ex) => ({
    ctx: "JSON config file (appsettings.json)",
    text: JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, Integrations: { ...Object.fromEntries(Object.entries(ex).map(([k, x]) => [camel(k), x])), [camel(env)]: v }, AllowedHosts: "*" }, null, 2),
  }),
  // 13 HCL terraform
  (env, v, r, ex) => ({
    ctx: "Terraform HCL variable default",
    text: [
      `variable "${snake(env)}" {`,
      `  type      = string`,
      `  sensitive = true`,
      `  default   = "${v}"`,
      `}`,
      ...extraLines(ex, (k, x) => `\nvariable "${snake(k)}" {\n  default = "${x}"\n}`),
      ``,
      `resource "null_resource" "bootstrap" {`,
      `  triggers = { key = var.${snake(env)} }`,
      `}`,
    ].join("\n"),
  }),
  // 14 XML
  (env, v, r, ex) => ({
    ctx: "XML config (web.config appSettings)",
    text: [
      `<?xml version="1.0" encoding="utf-8"?>`,
      `<configuration>`,
      `  <appSettings>`,
      `    <add key="Environment" value="Production" />`,
      ...extraLines(ex, (k, x) => `    <add key="${camel(k)}" value="${x}" />`),
      `    <add key="${camel(env)}" value="${v}" />`,
      `  </appSettings>`,
      `</configuration>`,
    ].join("\n"),
  }),
  // 15 Python SDK
  (env, v, r, ex) => ({
    ctx: "Python code env default",
    text: [
      "import os",
      "import requests",
      "",
      ...extraLines(ex, (k, x) => `${k} = os.environ.get("${k}", "${x}")`),
      `${env} = os.environ.get("${env}", "${v}")`,
      "",
      "def fetch(path):",
      `    return requests.get(f"https://api.service.io{path}", headers={"Authorization": f"Bearer {${env}}"}, timeout=10)`,
    ].join("\n"),
  }),
  // 16 JS/TS
  (env, v, r, ex) => ({
    ctx: "TypeScript client constructor",
    text: [
      `import { Client } from "./client";`,
      ``,
      `export const client = new Client({`,
      ...extraLines(ex, (k, x) => `  ${camel(k)}: process.env.${k} ?? "${x}",`),
      `  ${camel(env)}: process.env.${env} ?? "${v}",`,
      `  retries: ${r.range(1, 5)},`,
      `});`,
    ].join("\n"),
  }),
  // 17 Go
  (env, v, r, ex) => ({
    ctx: "Go constant in source",
    text: [
      "package config",
      "",
      "const (",
      ...extraLines(ex, (k, x) => `\t${camel(k)} = "${x}"`),
      `\t${camel(env)} = "${v}"`,
      ")",
      "",
      "func Key() string { return " + camel(env) + " }",
    ].join("\n"),
  }),
  // 18 Ruby
  (env, v, r, ex) => ({
    ctx: "Ruby initializer",
    text: [
      "# config/initializers/integration.rb",
      "Integration.configure do |config|",
      ...extraLines(ex, (k, x) => `  config.${snake(k)} = ENV.fetch("${k}", "${x}")`),
      `  config.${snake(env)} = ENV.fetch("${env}", "${v}")`,
      "  config.timeout = 15",
      "end",
    ].join("\n"),
  }),
  // 19 PHP
  (env, v, r, ex) => ({
    ctx: "PHP config array",
    text: ["<?php", "", "return [", ...extraLines(ex, (k, x) => `    '${snake(k)}' => env('${k}', '${x}'),`), `    '${snake(env)}' => env('${env}', '${v}'),`, "    'timeout' => 30,", "];"].join("\n"),
  }),
  // 20 C#
  (env, v, r, ex) => ({
    ctx: "C# test fixture",
    text: [
      "public class IntegrationTests",
      "{",
      ...extraLines(ex, (k, x) => `    private const string ${camel(k)} = "${x}";`),
      `    private const string ${camel(env).replace(/^./, (c) => c.toUpperCase())} = "${v}";`,
      "",
      "    [Fact]",
      "    public async Task Sync_Works() { /* ... */ }",
      "}",
    ].join("\n"),
  }),
  // 21 Rust/Java mix -> Java
  (env, v, r, ex) => ({
    ctx: "Java static field",
    text: [
      "public final class Secrets {",
      ...extraLines(ex, (k, x) => `    static final String ${k} = "${x}";`),
      `    static final String ${env} = "${v}";`,
      "    private Secrets() {}",
      "}",
    ].join("\n"),
  }),
  // 22 GitHub Actions log
  (env, v, r, ex) => {
    const ts = () => `2026-11-${String(r.range(10, 28))}T0${r.range(0, 9)}:${r.range(10, 59)}:${r.range(10, 59)}.${r.range(1000000, 9999999)}Z`;
    return {
      ctx: "CI log (GitHub Actions, set -x)",
      text: [
        `${ts()} ##[group]Run ./scripts/release.sh`,
        `${ts()} + echo 'Publishing build ${r.hex(7)}'`,
        ...extraLines(ex, (k, x) => `${ts()} + ${k}=${x}`),
        `${ts()} + ${env}=${v}`,
        `${ts()} + ./bin/upload --target production`,
        `${ts()} Uploaded 14 artifacts`,
        `${ts()} ##[endgroup]`,
      ].join("\n"),
    };
  },
  // 23 shell history
  (env, v, r, ex) => ({
    ctx: "shell history (~/.bash_history)",
    text: ["cd ~/src/backend", "git pull --rebase", ...extraLines(ex, (k, x) => `export ${k}=${x}`), `export ${env}=${v}`, "make migrate", "docker compose up -d", "tail -f logs/app.log"].join("\n"),
  }),
  // 24 Python crash dump with locals
  (env, v, r, ex) => ({
    ctx: "Python traceback with locals",
    text: [
      "Traceback (most recent call last):",
      '  File "/app/worker/sync.py", line 88, in run',
      "    resp = client.push(batch)",
      '  File "/app/worker/client.py", line 41, in push',
      "    raise UpstreamError(resp.status_code)",
      "worker.client.UpstreamError: 401",
      "",
      "Locals at frame push:",
      `    self.base_url = 'https://api.vendor.com/v3'`,
      ...extraLines(ex, (k, x) => `    self.${snake(k)} = '${x}'`),
      `    self.${snake(env)} = '${v}'`,
      `    batch = <list len=${r.range(10, 500)}>`,
    ].join("\n"),
  }),
  // 25 Jupyter notebook
  (env, v, r, ex) => ({
    ctx: "Jupyter notebook cell",
    text: JSON.stringify(
      {
        cells: [
          { cell_type: "markdown", metadata: {}, source: ["## Load data\n"] },
          {
            cell_type: "code",
            execution_count: r.range(1, 20),
            metadata: {},
            outputs: [],
            source: ["import os\n", ...extraLines(ex, (k, x) => `os.environ["${k}"] = "${x}"\n`), `os.environ["${env}"] = "${v}"\n`, "df = load_table('events')\n"],
          },
        ],
        metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
        nbformat: 4,
        nbformat_minor: 5,
      },
      null,
      1,
    ),
  }),
  // 26 SQL
  (env, v, r, ex) => ({
    ctx: "SQL seed insert",
    text: [
      "-- seed integrations",
      "INSERT INTO integrations (id, tenant_id, provider, secret, created_at) VALUES",
      `  (${r.range(1, 99)}, ${r.range(100, 999)}, '${snake(env)}', '${v}', now())${Object.keys(ex).length ? "," : ";"}`,
      ...extraLines(ex, (k, x) => `  (${r.range(1, 99)}, ${r.range(100, 999)}, '${snake(k)}', '${x}', now());`),
    ].join("\n"),
  }),
  // 27 Markdown doc
  (env, v, r, ex) => ({
    ctx: "Markdown README setup section",
    text: [
      "## Local setup",
      "",
      "1. Copy the values below into `.env.local` (these are the staging creds, ask Dana for prod):",
      "",
      "```sh",
      ...extraLines(ex, (k, x) => `${k}=${x}`),
      `${env}=${v}`,
      "```",
      "",
      "2. Run `pnpm dev`.",
    ].join("\n"),
  }),
  // 28 diff
  (env, v, r, ex) => ({
    ctx: "unified diff adding config",
    text: [
      "diff --git a/deploy/values.yaml b/deploy/values.yaml",
      `index ${r.hex(7)}..${r.hex(7)} 100644`,
      "--- a/deploy/values.yaml",
      "+++ b/deploy/values.yaml",
      "@@ -12,6 +12,8 @@ env:",
      "   LOG_LEVEL: info",
      ...extraLines(ex, (k, x) => `+  ${k}: "${x}"`),
      `+  ${env}: "${v}"`,
      "   FEATURE_FLAGS: beta",
    ].join("\n"),
  }),
  // 29 chat message (slack-style)
  (env, v, r, ex) => ({
    ctx: "chat message in LLM conversation",
    text: JSON.stringify({
      model: "gpt-4.1",
      messages: [
        { role: "system", content: "You are a helpful coding assistant." },
        { role: "user", content: `here's what ops pasted in #deploys:\n> ${env} is now ${v}${Object.entries(ex).map(([k, x]) => `\n> ${k}: ${x}`).join("")}\n> rotate the old one by Friday\ncan you update the helm chart?` },
      ],
    }),
  }),
  // 30 docker compose pasted in chat JSON-escaped
  (env, v, r, ex) => {
    const compose = ["services:", "  worker:", `    image: ghcr.io/acme/worker:${r.range(1, 9)}.${r.range(0, 20)}`, "    environment:", ...extraLines(ex, (k, x) => `      - ${k}=${x}`), `      - ${env}=${v}`].join("\n");
    return {
      ctx: "LLM chat body with pasted docker-compose",
      text: JSON.stringify({ model: "claude-opus-4-1", messages: [{ role: "user", content: [{ type: "text", text: `compose file:\n${compose}\n\nwhy does worker crash-loop?` }] }] }),
    };
  },
  // 31 k8s secret stringData
  (env, v, r, ex) => ({
    ctx: "Kubernetes Secret stringData",
    text: ["apiVersion: v1", "kind: Secret", "metadata:", `  name: app-secrets`, "  namespace: prod", "type: Opaque", "stringData:", ...extraLines(ex, (k, x) => `  ${k}: "${x}"`), `  ${env}: "${v}"`].join("\n"),
  }),
  // 32 docker run
  (env, v, r, ex) => ({
    ctx: "docker run -e in tool call",
    text: JSON.stringify({
      type: "tool_use",
      id: `toolu_${r.s(24)}`,
      name: "bash",
      input: { command: ["docker run -d --name api", ...extraLines(ex, (k, x) => `-e ${k}=${x}`), `-e ${env}=${v}`, "-p 8080:8080 acme/api:latest"].join(" ") },
    }),
  }),
  // 33 app log line
  (env, v, r, ex) => ({
    ctx: "application debug log",
    text: [
      `2026-11-30 12:${r.range(10, 59)}:${r.range(10, 59)},${r.range(100, 999)} INFO  [main] Starting sync worker`,
      `2026-11-30 12:${r.range(10, 59)}:${r.range(10, 59)},${r.range(100, 999)} DEBUG [http] trace_id=${r.hex(32)} config loaded`,
      `2026-11-30 12:${r.range(10, 59)}:${r.range(10, 59)},${r.range(100, 999)} DEBUG [http] using ${snake(env)}=${v}${Object.entries(ex).map(([k, x]) => ` ${snake(k)}=${x}`).join("")}`,
      `2026-11-30 12:${r.range(10, 59)}:${r.range(10, 59)},${r.range(100, 999)} WARN  [http] upstream returned 429, retrying`,
    ].join("\n"),
  }),
];

export function build(specs: Spec[], seed: number, idPrefix: string, startRenderer = 0): CorpusCase[] {
  const r = new Rng(seed);
  return specs.map((sp, i) => {
    const v = sp.make(r);
    const extra = sp.extra ? sp.extra(r) : {};
    const rend = renderers[(i + startRenderer) % renderers.length]!;
    const { ctx, text } = rend(sp.env, v, r, extra);
    return {
      id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: `heldouty46-sec-${sp.group}`,
      label: "positive",
      text,
      note: `${sp.p}: ${sp.env} in ${ctx}`,
    };
  });
}
