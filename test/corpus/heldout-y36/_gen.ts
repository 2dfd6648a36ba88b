// Shared generator for heldout-y36: the seeded stream (mulberry32 from test/helpers/prng.ts),
// value builders and the context renderers every token is rotated through. Skipped by the loader
// (leading underscore, not *.cases.ts). Nothing credential-shaped is written literally: prefixes
// are split and joined at run time, bodies come from the PRNG.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const AL = UP + LO + DG;
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const B64 = AL + "+/";
export const URLS = AL + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

/** Join split fragments (keeps literal prefixes out of the source as whole tokens). */
export const j = (...p: string[]) => p.join("");

export class Gen extends SeededRng {
  a(n: number) { return this.str(n, AL); }
  h(n: number) { return this.str(n, HX); }
  H(n: number) { return this.str(n, HXU); }
  d(n: number) { return this.str(n, DG); }
  u(n: number) { return this.str(n, UP + DG); }
  l(n: number) { return this.str(n, LO + DG); }
  b64(n: number) { return this.str(n, B64); }
  us(n: number) { return this.str(n, URLS); }
  uuid() { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  /** Base64 of n random bytes (standard alphabet, padded). */
  b64bytes(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
  /** A password a human or generator would pick. */
  pw(n = 20) { return this.str(n, AL + "!#%*-_@"); }
  /** 64-char-wrapped base64 body for PEM blocks. */
  pem(label: string, bytes: number) {
    const body = this.b64bytes(bytes).replace(/(.{64})/g, "$1\n").trim();
    return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
  }
}

/** A credential-like value in a named slot. */
export interface Tok {
  provider: string;
  /** env-var style name of the slot, e.g. OPENAI_API_KEY */
  env: string;
  value: string;
  /** how it travels in a header: "bearer" (default), "basic", or a header name like "X-Api-Key" */
  hdr?: string;
  /** value is a URL / connection string: HTTP header/query renderers are skipped */
  url?: boolean;
  host?: string;
}

export interface Spec {
  g: string;
  p: string;
  env: string;
  mk: (g: Gen) => string;
  hdr?: string;
  url?: boolean;
  host?: string;
}

const camel = (env: string) =>
  env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const snake = (env: string) => env.toLowerCase();
const kebab = (env: string) => env.toLowerCase().replace(/_/g, "-");
const dotted = (env: string) => env.toLowerCase().replace(/_/g, ".");
const hostOf = (t: Tok) => t.host ?? `api.${t.provider.toLowerCase().replace(/[^a-z0-9]+/g, "")}.com`;
const headerLine = (t: Tok) => {
  const h = t.hdr ?? "bearer";
  if (h === "bearer") return `Authorization: Bearer ${t.value}`;
  if (h === "basic") return `Authorization: Basic ${Buffer.from(`api:${t.value}`).toString("base64")}`;
  if (h === "token") return `Authorization: token ${t.value}`;
  if (h.endsWith("=")) return `${h}${t.value}`;
  if (h.includes(":")) return `${h} ${t.value}`;
  return `${h}: ${t.value}`;
};

export type Renderer = { name: string; http?: boolean; fn: (t: Tok, g: Gen) => string };

const envFile = (t: Tok, g: Gen) =>
  [
    `# ${t.provider}`,
    `NODE_ENV=production`,
    `PORT=${g.pick(["3000", "8080", "8000"])}`,
    `LOG_LEVEL=info`,
    `${t.env}=${t.value}`,
    `APP_URL=https://app.example-shop.io`,
  ].join("\n");

export const RENDERERS: Renderer[] = [
  {
    name: "OpenAI chat body with a pasted .env (JSON-escaped)",
    fn: (t, g) =>
      JSON.stringify(
        {
          model: "gpt-4o",
          messages: [
            { role: "system", content: "You are a helpful coding assistant." },
            { role: "user", content: `my app won't start in prod, here's the .env:\n\n${envFile(t, g)}\n\nwhat's wrong?` },
          ],
          temperature: 0.2,
        },
        null,
        2,
      ),
  },
  {
    name: "Anthropic tool_use write_file of config.json",
    fn: (t, g) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll write the config file now." },
          {
            type: "tool_use",
            id: `toolu_01${g.a(22)}`,
            name: "write_file",
            input: {
              path: "config/settings.json",
              content: JSON.stringify({ service: "billing-worker", region: "eu-west-1", [camel(t.env)]: t.value, retries: 3 }, null, 2),
            },
          },
        ],
      }),
  },
  {
    name: "OpenAI tool_calls shell command (double-escaped arguments)",
    fn: (t, g) =>
      JSON.stringify({
        role: "assistant",
        content: null,
        tool_calls: [
          {
            id: `call_${g.a(24)}`,
            type: "function",
            function: {
              name: "run_shell",
              arguments: JSON.stringify({ command: `export ${t.env}="${t.value}" && npm run deploy -- --env production` }),
            },
          },
        ],
      }),
  },
  {
    name: "MCP tools/call result echoing a file read",
    fn: (t, g) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: g.range(2, 90),
        result: {
          content: [{ type: "text", text: `File: /srv/app/.env.production\n${envFile(t, g)}\n` }],
          isError: false,
        },
      }),
  },
  {
    name: "curl command with auth header",
    http: true,
    fn: (t) =>
      `curl -sS -X GET "https://${hostOf(t)}/v1/account" \\\n  -H "${headerLine(t)}" \\\n  -H "Accept: application/json"`,
  },
  {
    name: "raw HTTP request, JSON body",
    http: true,
    fn: (t, g) =>
      [
        `POST /v2/jobs HTTP/1.1`,
        `Host: ${hostOf(t)}`,
        `Content-Type: application/json`,
        `User-Agent: python-requests/2.32.3`,
        `X-Request-Id: ${g.uuid()}`,
        ``,
        JSON.stringify({ [snake(t.env)]: t.value, job: "sync", limit: 100 }),
      ].join("\n"),
  },
  {
    name: "HTTP GET with the key in the query string",
    http: true,
    fn: (t, g) =>
      [
        `GET /api/v1/search?q=invoices&${snake(t.env)}=${encodeURIComponent(t.value)}&page=${g.range(1, 9)} HTTP/1.1`,
        `Host: ${hostOf(t)}`,
        `Accept: */*`,
        `Connection: keep-alive`,
      ].join("\n"),
  },
  {
    name: "form-urlencoded POST body",
    http: true,
    fn: (t) =>
      [
        `POST /oauth/token HTTP/1.1`,
        `Host: ${hostOf(t)}`,
        `Content-Type: application/x-www-form-urlencoded`,
        ``,
        `grant_type=client_credentials&client_id=svc-backend&${snake(t.env)}=${encodeURIComponent(t.value)}&scope=read%20write`,
      ].join("\n"),
  },
  {
    name: "multipart/form-data upload field",
    http: true,
    fn: (t, g) => {
      const b = `----WebKitFormBoundary${g.a(16)}`;
      return [
        `POST /upload HTTP/1.1`,
        `Host: ${hostOf(t)}`,
        `Content-Type: multipart/form-data; boundary=${b}`,
        ``,
        `--${b}`,
        `Content-Disposition: form-data; name="${snake(t.env)}"`,
        ``,
        t.value,
        `--${b}`,
        `Content-Disposition: form-data; name="file"; filename="report.csv"`,
        `Content-Type: text/csv`,
        ``,
        `id,amount\n1,20.00`,
        `--${b}--`,
      ].join("\r\n");
    },
  },
  { name: ".env file", fn: (t, g) => envFile(t, g) },
  {
    name: "docker-compose.yml environment",
    fn: (t) =>
      [
        `services:`,
        `  api:`,
        `    image: ghcr.io/acme/api:1.14.2`,
        `    ports: ["8080:8080"]`,
        `    environment:`,
        `      - DATABASE_POOL=10`,
        `      - ${t.env}=${t.value}`,
        `    depends_on: [db]`,
      ].join("\n"),
  },
  {
    name: "Kubernetes Secret stringData",
    fn: (t) =>
      [
        `apiVersion: v1`,
        `kind: Secret`,
        `metadata:`,
        `  name: ${kebab(t.env).slice(0, 20)}-creds`,
        `  namespace: prod`,
        `type: Opaque`,
        `stringData:`,
        `  ${t.env}: "${t.value}"`,
      ].join("\n"),
  },
  {
    name: "TOML config",
    fn: (t) =>
      [`[server]`, `host = "0.0.0.0"`, `port = 8080`, ``, `[${snake(t.env).split("_")[0]}]`, `${snake(t.env)} = "${t.value}"`, `timeout_ms = 5000`].join("\n"),
  },
  {
    name: "INI config",
    fn: (t) =>
      [`; deploy settings`, `[default]`, `region = us-east-1`, `output = json`, ``, `[integration]`, `${snake(t.env)} = ${t.value}`].join("\n"),
  },
  {
    name: "Java .properties",
    fn: (t) =>
      [`spring.application.name=orders`, `server.port=8081`, `${dotted(t.env)}=${t.value}`, `logging.level.root=INFO`].join("\n"),
  },
  {
    name: "appsettings.json",
    fn: (t) =>
      JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, Integrations: { [t.provider]: { [camel(t.env)]: t.value } }, AllowedHosts: "*" }, null, 2),
  },
  {
    name: "Terraform HCL variable default",
    fn: (t) =>
      [`variable "${snake(t.env)}" {`, `  type      = string`, `  default   = "${t.value}"`, `}`, ``, `provider "http" {}`].join("\n"),
  },
  {
    name: "web.config XML appSettings",
    fn: (t) =>
      [
        `<?xml version="1.0" encoding="utf-8"?>`,
        `<configuration>`,
        `  <appSettings>`,
        `    <add key="Environment" value="Production" />`,
        `    <add key="${t.env}" value="${t.value.replace(/&/g, "&amp;")}" />`,
        `  </appSettings>`,
        `</configuration>`,
      ].join("\n"),
  },
  {
    name: "Python os.environ default",
    fn: (t) =>
      [`import os`, `import requests`, ``, `${t.env} = os.environ.get("${t.env}", "${t.value}")`, ``, `def client():`, `    return requests.Session()`].join("\n"),
  },
  {
    name: "TypeScript SDK constructor",
    fn: (t) =>
      [`import { Client } from "./client";`, ``, `export const client = new Client({`, `  ${camel(t.env)}: process.env.${t.env} ?? "${t.value}",`, `  timeout: 10_000,`, `});`].join("\n"),
  },
  {
    name: "Go const",
    fn: (t) =>
      [`package config`, ``, `import "os"`, ``, `const default${t.provider.replace(/[^A-Za-z0-9]/g, "")}Key = "${t.value}"`, ``, `func Key() string {`, `\tif v := os.Getenv("${t.env}"); v != "" {`, `\t\treturn v`, `\t}`, `\treturn default${t.provider.replace(/[^A-Za-z0-9]/g, "")}Key`, `}`].join("\n"),
  },
  {
    name: "Java static field",
    fn: (t) =>
      [`public final class Secrets {`, `    private Secrets() {}`, `    public static final String ${t.env} = "${t.value}";`, `}`].join("\n"),
  },
  {
    name: "C# options",
    fn: (t) =>
      [`services.Configure<ApiOptions>(o =>`, `{`, `    o.BaseUrl = "https://${hostOf(t)}";`, `    o.ApiKey = "${t.value}";`, `});`].join("\n"),
  },
  {
    name: "Ruby initializer",
    fn: (t) =>
      [`# config/initializers/${snake(t.env).split("_")[0]}.rb`, `Rails.application.config.x.integrations = {`, `  ${snake(t.env)}: ENV.fetch("${t.env}", "${t.value}"),`, `}`].join("\n"),
  },
  {
    name: "PHP config array",
    fn: (t) => [`<?php`, ``, `return [`, `    '${snake(t.env)}' => env('${t.env}', '${t.value}'),`, `    'timeout' => 30,`, `];`].join("\n"),
  },
  {
    name: "Rust const",
    fn: (t) => [`// src/config.rs`, `pub const ${t.env}: &str = "${t.value}";`, ``, `pub fn endpoint() -> &'static str {`, `    "https://${hostOf(t)}"`, `}`].join("\n"),
  },
  {
    name: "Jest test fixture",
    fn: (t) =>
      [`describe("${t.provider} client", () => {`, `  beforeAll(() => {`, `    process.env.${t.env} = "${t.value}";`, `  });`, `  it("lists items", async () => {`, `    expect(await list()).toHaveLength(3);`, `  });`, `});`].join("\n"),
  },
  {
    name: "GitHub Actions log with debug env dump",
    fn: (t, g) =>
      [
        `2026-11-${String(g.range(10, 28))}T09:14:0${g.range(0, 9)}.${g.d(7)}Z ##[group]Run ./scripts/deploy.sh`,
        `2026-11-${String(g.range(10, 28))}T09:14:0${g.range(0, 9)}.${g.d(7)}Z + env | sort`,
        `2026-11-${String(g.range(10, 28))}T09:14:0${g.range(0, 9)}.${g.d(7)}Z CI=true`,
        `2026-11-${String(g.range(10, 28))}T09:14:0${g.range(0, 9)}.${g.d(7)}Z GITHUB_SHA=${g.h(40)}`,
        `2026-11-${String(g.range(10, 28))}T09:14:0${g.range(0, 9)}.${g.d(7)}Z ${t.env}=${t.value}`,
        `2026-11-${String(g.range(10, 28))}T09:14:0${g.range(0, 9)}.${g.d(7)}Z ##[endgroup]`,
      ].join("\n"),
  },
  {
    name: "shell history",
    fn: (t) =>
      [`cd ~/src/platform`, `git pull --rebase`, `export ${t.env}=${t.value}`, `make run`, `history | tail -5`].join("\n"),
  },
  {
    name: "Python crash report with locals",
    fn: (t) =>
      [
        `Traceback (most recent call last):`,
        `  File "/app/worker.py", line 88, in sync`,
        `    resp = client.fetch(page)`,
        `  File "/app/client.py", line 41, in fetch`,
        `    raise ApiError(resp.status_code)`,
        `client.ApiError: 401`,
        ``,
        `Locals at frame fetch:`,
        `    self = <client.Client object at 0x7f3a2c1d9e50>`,
        `    page = 3`,
        `    ${snake(t.env)} = '${t.value}'`,
      ].join("\n"),
  },
  {
    name: "Jupyter notebook cell JSON",
    fn: (t) =>
      JSON.stringify(
        {
          cells: [
            { cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: [`import os\n`, `os.environ["${t.env}"] = "${t.value}"\n`, `df = load_dataset()\n`] },
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
    fn: (t, g) =>
      [`-- seed integrations`, `INSERT INTO integrations (id, provider, credential, created_at)`, `VALUES (${g.range(1, 400)}, '${t.provider}', '${t.value.replace(/'/g, "''")}', NOW());`].join("\n"),
  },
  {
    name: "Markdown setup doc",
    fn: (t) =>
      [`## Local setup`, ``, `1. Copy \`.env.example\` to \`.env\`.`, `2. Set the ${t.provider} credential (ask ops if this stops working):`, ``, "```bash", `${t.env}=${t.value}`, "```", ``, `3. Run \`npm run dev\`.`].join("\n"),
  },
  {
    name: "git diff adding the key",
    fn: (t, g) =>
      [
        `diff --git a/.env.staging b/.env.staging`,
        `index ${g.h(7)}..${g.h(7)} 100644`,
        `--- a/.env.staging`,
        `+++ b/.env.staging`,
        `@@ -3,4 +3,5 @@ LOG_LEVEL=debug`,
        ` FEATURE_FLAGS=beta`,
        `-${t.env}=`,
        `+${t.env}=${t.value}`,
        ` SENTRY_ENVIRONMENT=staging`,
      ].join("\n"),
  },
  {
    name: "chat message in an agent conversation",
    fn: (t) =>
      JSON.stringify({
        messages: [
          { role: "user", content: `here's the ${t.provider} key from the team channel, wire it into the deploy: ${t.value}\nthanks!` },
        ],
        model: "claude-sonnet-4-5",
        max_tokens: 2048,
      }),
  },
  {
    name: "docker run -e",
    fn: (t) => `docker run --rm -d --name worker \\\n  -e ${t.env}=${t.value} \\\n  -e TZ=UTC \\\n  registry.acme.dev/worker:latest`,
  },
  {
    name: "Helm values.yaml",
    fn: (t) => [`replicaCount: 2`, `image:`, `  repository: acme/api`, `  tag: "2.3.1"`, `env:`, `  ${camel(t.env)}: ${t.value}`, `resources: {}`].join("\n"),
  },
];

export function rotate(specs: Spec[], opts: { prefix: string; cat: string; seed: number; count: number; offset?: number; benign?: boolean; skip?: string[] }): CorpusCase[] {
  const g = new Gen(opts.seed);
  const out: CorpusCase[] = [];
  const R = RENDERERS.length;
  let r = opts.offset ?? 0;
  for (let i = 0; i < opts.count; i++) {
    const s = specs[i % specs.length]!;
    let ren = RENDERERS[r % R]!;
    while ((s.url && ren.http) || opts.skip?.includes(ren.name)) ren = RENDERERS[++r % R]!;
    r++;
    const tok: Tok = { provider: s.p, env: s.env, value: s.mk(g), hdr: s.hdr, url: s.url, host: s.host };
    out.push({
      id: `${opts.prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: opts.benign ? opts.cat : `${opts.cat}-${s.g}`,
      label: opts.benign ? "benign" : "positive",
      text: ren.fn(tok, g),
      note: `${s.p} — slot ${s.env} — ${ren.name}`,
    });
  }
  return out;
}
