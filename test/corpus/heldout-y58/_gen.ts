// Shared generator for heldout-y58: seeded value builders and context renderers. Skipped by the
// loader (leading underscore). Every credential-shaped value is built at run time.
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HX = "0123456789abcdef";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LO = "abcdefghijklmnopqrstuvwxyz0123456789";
export const B64 = AL + "+/";
export const URL64 = AL + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const DIG = "0123456789";

export class G {
  private r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  s(n: number, alpha = AL): string {
    let o = "";
    for (let i = 0; i < n; i++) o += alpha[Math.floor(this.r() * alpha.length)];
    return o;
  }
  a(n: number) { return this.s(n, AL); }
  h(n: number) { return this.s(n, HX); }
  H(n: number) { return this.s(n, HX.toUpperCase()); }
  u(n: number) { return this.s(n, UP); }
  l(n: number) { return this.s(n, LO); }
  d(n: number) { return this.s(n, DIG); }
  b64(n: number) { return this.s(n, B64); }
  uuid() { return [this.h(8), this.h(4), "4" + this.h(3), "a" + this.h(3), this.h(12)].join("-"); }
  pick<T>(xs: readonly T[]): T { return xs[this.int(xs.length)]!; }
  /** base64 (std) of n random bytes, padded. */
  b64bytes(n: number): string {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = this.int(256);
    return Buffer.from(b).toString("base64");
  }
  jwt(payload: Record<string, unknown>): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.s(43, URL64)].join(".");
  }
  pem(label: string, bytes: number): string {
    const body = this.b64bytes(bytes).match(/.{1,64}/g)!.join("\n");
    return ["-----BEGIN " + label + "-----", body, "-----END " + label + "-----"].join("\n");
  }
}

/** JSON-escape a string (without surrounding quotes). */
export const esc = (s: string) => JSON.stringify(s).slice(1, -1);

export interface Slot {
  provider: string;
  /** env-var style slot name */
  env: string;
  value: string;
  /** header name for HTTP renderers (default Authorization: Bearer) */
  header?: string;
  /** extra lines that belong with it (e.g. a non-secret id) */
  extra?: [string, string][];
}

const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const kebab = (env: string) => env.toLowerCase().replace(/_/g, "-");
const hdr = (s: Slot) =>
  !s.header
    ? `Authorization: Bearer ${s.value}`
    : s.header.includes(":")
      ? `${s.header}${s.header.endsWith("=") ? "" : " "}${s.value}`
      : `${s.header}: ${s.value}`;
/** Values that can sit in an HTTP header (single token, no URL/connection string/PEM/JSON). */
export const headerable = (v: string) => !/[\s;{]|:\/\/|-----/.test(v);
const extras = (s: Slot, f: (k: string, v: string) => string) => (s.extra ?? []).map(([k, v]) => f(k, v));

export type Renderer = { ctx: string; hdr?: boolean; fn: (s: Slot, g: G) => string };

export const RENDERERS: Renderer[] = [
  {
    ctx: "OpenAI chat body with pasted .env (JSON-escaped)",
    fn: (s, g) => {
      const file = ["NODE_ENV=production", "PORT=8080", ...extras(s, (k, v) => `${k}=${v}`), `${s.env}=${s.value}`, "LOG_LEVEL=info", ""].join("\n");
      return JSON.stringify({ model: "gpt-4o", messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content: "why does the app not pick up my config? here is .env:\n```\n" + file + "```" }], temperature: 0.2, user: "u-" + g.h(8) }, null, 2);
    },
  },
  {
    ctx: "Anthropic tool_use write_file config/.env.production",
    fn: (s, g) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll write the production env file." }, { type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "config/.env.production", content: [...extras(s, (k, v) => `${k}=${v}`), `${s.env}="${s.value}"`, "FEATURE_FLAGS=beta,search", ""].join("\n") } }] }, null, 2),
  },
  {
    ctx: "OpenAI tool_calls run_shell export (double-escaped arguments)",
    fn: (s, g) => JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: "call_" + g.a(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s.env}="${s.value}" && npm run deploy -- --region eu-west-1`, timeout: 120 }) } }] }),
  },
  {
    ctx: "MCP tool result echoing config.yaml",
    fn: (s, g) => JSON.stringify({ jsonrpc: "2.0", id: 7 + g.int(90), result: { content: [{ type: "text", text: ["# config.yaml", "service:", "  name: billing-worker", "  replicas: 3", "credentials:", ...extras(s, (k, v) => `  ${k.toLowerCase()}: ${v}`), `  ${s.env.toLowerCase()}: "${s.value}"`, "retry:", "  max: 5", ""].join("\n") }], isError: false } }, null, 2),
  },
  {
    ctx: "curl command with auth header", hdr: true,
    fn: (s) => [`$ curl -sS -X POST https://api.example-app.io/v1/jobs \\`, `    -H "${hdr(s)}" \\`, `    -H "Content-Type: application/json" \\`, `    -d '{"name":"nightly","dry_run":false}'`].join("\n"),
  },
  {
    ctx: "raw HTTP request headers (proxy capture)", hdr: true,
    fn: (s, g) => [`GET /v2/resources?limit=50 HTTP/1.1`, `Host: api.service.internal`, `User-Agent: python-requests/2.31.0`, `Accept: application/json`, hdr(s), `X-Request-Id: ${g.uuid()}`, `Connection: keep-alive`, ``].join("\r\n"),
  },
  {
    ctx: "URL query string in fetch log",
    fn: (s, g) => `[fetch] GET https://hooks.internal-tools.dev/api/sync?${camel(s.env)}=${encodeURIComponent(s.value)}&since=2026-11-30T00:00:00Z -> 200 (${100 + g.int(800)}ms)`,
  },
  {
    ctx: "form-encoded POST body",
    fn: (s) => [`POST /oauth/connect HTTP/1.1`, `Host: integrations.acme-corp.net`, `Content-Type: application/x-www-form-urlencoded`, ``, `grant_type=client_credentials&${s.env.toLowerCase()}=${encodeURIComponent(s.value)}&scope=read%20write`].join("\n"),
  },
  {
    ctx: "multipart form-data upload",
    fn: (s, g) => { const b = "----WebKitFormBoundary" + g.a(16); return [`POST /upload HTTP/1.1`, `Content-Type: multipart/form-data; boundary=${b}`, ``, `--${b}`, `Content-Disposition: form-data; name="file"; filename="report.csv"`, `Content-Type: text/csv`, ``, `id,total`, `1,42`, `--${b}`, `Content-Disposition: form-data; name="${s.env.toLowerCase()}"`, ``, s.value, `--${b}--`].join("\r\n"); },
  },
  {
    ctx: "JSON request body to internal API",
    fn: (s, g) => JSON.stringify({ integration: s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "-"), enabled: true, settings: { ...Object.fromEntries((s.extra ?? []).map(([k, v]) => [camel(k), v])), [camel(s.env)]: s.value, timeoutMs: 5000 }, requestedBy: "agent-" + g.h(6) }, null, 2),
  },
  {
    ctx: "docker-compose.yml environment",
    fn: (s) => ["version: \"3.9\"", "services:", "  api:", "    image: ghcr.io/acme/api:1.14.2", "    ports:", "      - \"8080:8080\"", "    environment:", "      - DATABASE_POOL=10", ...extras(s, (k, v) => `      - ${k}=${v}`), `      - ${s.env}=${s.value}`, "    restart: unless-stopped"].join("\n"),
  },
  {
    ctx: "TOML config",
    fn: (s) => ["[server]", "host = \"0.0.0.0\"", "port = 3000", "", `[${kebab(s.env).split("-")[0]}]`, ...extras(s, (k, v) => `${k.toLowerCase()} = "${v}"`), `${s.env.toLowerCase()} = "${s.value}"`, "timeout_secs = 30"].join("\n"),
  },
  {
    ctx: "INI config",
    fn: (s) => ["; settings.ini", "[general]", "debug = false", "", `[${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]`, ...extras(s, (k, v) => `${k.toLowerCase()} = ${v}`), `${s.env.toLowerCase()} = ${s.value}`, "enabled = true"].join("\n"),
  },
  {
    ctx: "Java application.properties",
    fn: (s) => ["spring.application.name=orders", "server.port=8081", ...extras(s, (k, v) => `app.${kebab(k).replace(/-/g, ".")}=${v}`), `app.${kebab(s.env).replace(/-/g, ".")}=${s.value}`, "logging.level.root=INFO"].join("\n"),
  },
  {
    ctx: "Terraform HCL terraform.tfvars",
    fn: (s) => ["region      = \"us-east-1\"", "environment = \"prod\"", ...extras(s, (k, v) => `${k.toLowerCase()} = "${v}"`), `${s.env.toLowerCase()} = "${s.value}"`, "tags = {", "  team = \"platform\"", "}"].join("\n"),
  },
  {
    ctx: "XML web.config appSettings",
    fn: (s) => ["<?xml version=\"1.0\" encoding=\"utf-8\"?>", "<configuration>", "  <appSettings>", "    <add key=\"Environment\" value=\"Production\" />", ...extras(s, (k, v) => `    <add key="${k}" value="${v}" />`), `    <add key="${s.env}" value="${s.value}" />`, "  </appSettings>", "</configuration>"].join("\n"),
  },
  {
    ctx: "Python SDK setup with env default",
    fn: (s) => ["import os", "import logging", "", "log = logging.getLogger(__name__)", "", ...extras(s, (k, v) => `${k} = os.environ.get("${k}", "${v}")`), `${s.env} = os.environ.get("${s.env}", "${s.value}")`, "", "def client():", `    return Session(token=${s.env}, timeout=10)`].join("\n"),
  },
  {
    ctx: "TypeScript module constant",
    fn: (s) => ["import { createClient } from \"./client\";", "", ...extras(s, (k, v) => `const ${camel(k)} = process.env.${k} ?? "${v}";`), `const ${camel(s.env)} = process.env.${s.env} ?? "${s.value}";`, "", `export const client = createClient({ key: ${camel(s.env)}, retries: 3 });`].join("\n"),
  },
  {
    ctx: "Go const in main.go",
    fn: (s) => ["package main", "", "import (", "\t\"net/http\"", "\t\"time\"", ")", "", "const (", ...extras(s, (k, v) => `\t${camel(k)} = "${v}"`), `\t${camel(s.env)} = "${s.value}"`, ")", "", "var httpClient = &http.Client{Timeout: 10 * time.Second}"].join("\n"),
  },
  {
    ctx: "Java test fixture",
    fn: (s) => ["package com.acme.integration;", "", "class ClientIT {", ...extras(s, (k, v) => `    private static final String ${k} = "${v}";`), `    private static final String ${s.env} = "${s.value}";`, "", "    @Test", "    void connects() {", `        var c = new ApiClient(${s.env});`, "        assertTrue(c.ping());", "    }", "}"].join("\n"),
  },
  {
    ctx: "Ruby initializer",
    fn: (s) => ["# config/initializers/integration.rb", "Rails.application.configure do", ...extras(s, (k, v) => `  config.x.${k.toLowerCase()} = ENV.fetch("${k}", "${v}")`), `  config.x.${s.env.toLowerCase()} = ENV.fetch("${s.env}", "${s.value}")`, "end"].join("\n"),
  },
  {
    ctx: "PHP config array",
    fn: (s) => ["<?php", "", "return [", "    'driver' => 'http',", ...extras(s, (k, v) => `    '${k.toLowerCase()}' => env('${k}', '${v}'),`), `    '${s.env.toLowerCase()}' => env('${s.env}', '${s.value}'),`, "];"].join("\n"),
  },
  {
    ctx: "C# appsettings binding in Program.cs",
    fn: (s) => ["var builder = WebApplication.CreateBuilder(args);", ...extras(s, (k, v) => `builder.Configuration["${k}"] ??= "${v}";`), `builder.Configuration["${s.env}"] ??= "${s.value}";`, "builder.Services.AddHttpClient();", "var app = builder.Build();", "app.Run();"].join("\n"),
  },
  {
    ctx: "Rust const in src/config.rs",
    fn: (s) => ["use std::env;", "", ...extras(s, (k, v) => `const ${k}: &str = "${v}";`), `const DEFAULT_${s.env}: &str = "${s.value}";`, "", "pub fn key() -> String {", `    env::var("${s.env}").unwrap_or_else(|_| DEFAULT_${s.env}.to_string())`, "}"].join("\n"),
  },
  {
    ctx: "GitHub Actions CI log with set -x echo",
    fn: (s, g) => [`2026-12-0${1 + g.int(5)}T10:1${g.int(10)}:0${g.int(10)}.${g.d(7)}Z ##[group]Run ./scripts/deploy.sh`, `2026-12-01T10:14:02.1134411Z + export ${s.env}=${s.value}`, `2026-12-01T10:14:02.1140020Z + ./bin/release --channel stable`, `2026-12-01T10:14:05.9921008Z Uploading artifacts... done`, `2026-12-01T10:14:06.0012234Z ##[endgroup]`].join("\n"),
  },
  {
    ctx: "shell history (~/.zsh_history)",
    fn: (s, g) => [`: 17330${g.d(5)}:0;cd ~/src/api`, `: 17330${g.d(5)}:0;git pull --rebase`, ...extras(s, (k, v) => `: 17330${g.d(5)}:0;export ${k}=${v}`), `: 17330${g.d(5)}:0;export ${s.env}='${s.value}'`, `: 17330${g.d(5)}:0;make run`].join("\n"),
  },
  {
    ctx: "Python crash report with locals", hdr: true,
    fn: (s) => ["Traceback (most recent call last):", "  File \"/app/worker.py\", line 88, in sync", "    resp = session.post(url, headers=headers, timeout=10)", "requests.exceptions.ConnectionError: HTTPSConnectionPool: Max retries exceeded", "", "Locals at frame sync:", "    url = 'https://api.partner.example/v1/sync'", `    headers = {'${hdr(s).split(": ")[0]}': '${hdr(s).split(": ").slice(1).join(": ")}', 'Accept': 'application/json'}`, "    attempt = 3"].join("\n"),
  },
  {
    ctx: "Jupyter notebook cell JSON",
    fn: (s) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", ...extras(s, (k, v) => `os.environ[\"${k}\"] = \"${v}\"\n`), `os.environ[\"${s.env}\"] = \"${s.value}\"\n`, "df = load_dataset()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1),
  },
  {
    ctx: "SQL seed insert",
    fn: (s, g) => ["-- seed integrations", "INSERT INTO integrations (id, provider, credential, created_at)", `VALUES (${1 + g.int(900)}, '${s.provider}', '${s.value}', NOW());`].join("\n"),
  },
  {
    ctx: "Markdown setup doc",
    fn: (s) => [`## Local setup`, ``, `1. Copy the sample env file.`, `2. Set the ${s.provider} credential (shared team key):`, ``, "```bash", ...extras(s, (k, v) => `export ${k}=${v}`), `export ${s.env}=${s.value}`, "```", ``, `3. Run \`make dev\`.`].join("\n"),
  },
  {
    ctx: "unified diff adding config",
    fn: (s) => ["diff --git a/deploy/values.yaml b/deploy/values.yaml", "--- a/deploy/values.yaml", "+++ b/deploy/values.yaml", "@@ -12,6 +12,8 @@ env:", "   LOG_LEVEL: info", "   REGION: eu-central-1", ...extras(s, (k, v) => `+  ${k}: "${v}"`), `+  ${s.env}: "${s.value}"`, "   WORKERS: \"4\""].join("\n"),
  },
  {
    ctx: "chat message to teammate (Slack paste)",
    fn: (s) => `@dana here's the ${s.provider} key for staging until vault is fixed: ${s.value}  ${s.extra ? "(" + s.extra.map(([k, v]) => `${k}=${v}`).join(", ") + ")" : ""} — please don't commit it`,
  },
  {
    ctx: "Kubernetes Secret stringData",
    fn: (s) => ["apiVersion: v1", "kind: Secret", "metadata:", "  name: app-credentials", "  namespace: prod", "type: Opaque", "stringData:", ...extras(s, (k, v) => `  ${k}: "${v}"`), `  ${s.env}: "${s.value}"`].join("\n"),
  },
  {
    ctx: "Dockerfile ENV",
    fn: (s) => ["FROM node:20-alpine", "WORKDIR /app", "COPY package*.json ./", "RUN npm ci --omit=dev", ...extras(s, (k, v) => `ENV ${k}=${v}`), `ENV ${s.env}=${s.value}`, "COPY . .", "CMD [\"node\", \"server.js\"]"].join("\n"),
  },
  {
    ctx: "user chat message with pasted log line (JSON-escaped)", hdr: true,
    fn: (s, g) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `getting 401s, log says:\n[${new Date(Date.UTC(2026, 10, 20, g.int(24), g.int(60))).toISOString()}] WARN http: request failed status=401 ${hdr(s).replace(": ", "=")} url=https://api.vendor.example/v3/items\nany idea?` }] }),
  },
];

export type Spec = [group: string, provider: string, env: string, make: (g: G) => string, header?: string, extra?: (g: G) => [string, string][]];

export function build(specs: Spec[], seed: number, prefix: string, cat: string, offset = 0): CorpusCase[] {
  const g = new G(seed);
  return specs.map((sp, i) => {
    const [group, provider, env, make, header, extra] = sp;
    const slot: Slot = { provider, env, value: make(g), header, extra: extra?.(g) };
    let k = i + offset;
    while (RENDERERS[k % RENDERERS.length]!.hdr && !headerable(slot.value)) k++;
    const r = RENDERERS[k % RENDERERS.length]!;
    return {
      id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: `${cat}-${group}`,
      label: "positive",
      text: r.fn(slot, g),
      note: `${provider} ${env} in ${r.ctx}`,
    };
  });
}
