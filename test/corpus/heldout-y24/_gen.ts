// Shared generator for heldout-y24: seeded token builders and outbound-context renderers.
// Skipped by the loader (leading underscore). Every credential-shaped value is assembled at run
// time from split prefixes and a mulberry32 body, so the repo holds no literal credential.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
export const ALNUM = UP + LO + DG;

export class Gen extends SeededRng {
  /** alnum */
  a(n: number) { return this.str(n, ALNUM); }
  /** lowercase hex */
  h(n: number) { return this.str(n, "0123456789abcdef"); }
  /** uppercase hex */
  H(n: number) { return this.str(n, "0123456789ABCDEF"); }
  /** digits */
  d(n: number) { return this.str(1, "123456789") + this.str(n - 1, DG); }
  /** lowercase alnum */
  l(n: number) { return this.str(n, LO + DG); }
  /** uppercase alnum */
  U(n: number) { return this.str(n, UP + DG); }
  /** base64url alphabet */
  u64(n: number) { return this.str(n, ALNUM + "-_"); }
  /** base64 alphabet (no padding) */
  b64(n: number) { return this.str(n, ALNUM + "+/"); }
  uuid() { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  /** base64 of n random bytes, standard alphabet with padding */
  b64bytes(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
  jwt(payload: Record<string, unknown>, alg = "HS256") {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(payload), this.u64(alg === "HS256" ? 43 : 342)].join(".");
  }
  j(...parts: string[]) { return parts.join(""); }
  pem(label: string, bytes: number) {
    const body = this.b64bytes(bytes).match(/.{1,64}/g)!.join("\n");
    return [`-----BEGIN ${label}-----`, body, `-----END ${label}-----`].join("\n");
  }
  ip() { return `10.${this.range(0, 255)}.${this.range(0, 255)}.${this.range(2, 254)}`; }
  ts() { return `2026-${String(this.range(1, 11)).padStart(2, "0")}-${String(this.range(1, 28)).padStart(2, "0")}T${String(this.range(0, 23)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}Z`; }
}

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  group: Group;
  provider: string;
  slot: string;          // env var name
  mk: (g: Gen) => string;
  host?: string;         // API host for HTTP renderers
  hdr?: string;          // header name for HTTP renderers (default Authorization: Bearer)
}

export interface Ctx { env: string; key: string; val: string; provider: string; host: string; hdr: string; g: Gen }

const header = (c: Ctx) => (c.hdr === "Authorization" ? `Authorization: Bearer ${c.val}` : `${c.hdr}: ${c.val}`);
const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, x: string) => x.toUpperCase());
const slug = (p: string) => p.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

const envFile = (c: Ctx) =>
  [`NODE_ENV=production`, `PORT=8080`, `LOG_LEVEL=info`, `${c.env}=${c.val}`, `DATABASE_POOL_SIZE=10`, `FEATURE_FLAGS=search,billing`].join("\n");

/** Renderers: each puts the value in a realistic outbound context. */
export const renderers: Record<string, (c: Ctx) => string> = {
  "openai-chat-pasted-env": (c) =>
    JSON.stringify({
      model: "gpt-4.1",
      messages: [
        { role: "system", content: "You are a coding assistant working in the user's repository." },
        { role: "user", content: `Why does the app crash on boot? Here is my .env:\n\n\`\`\`\n${envFile(c)}\n\`\`\`` },
      ],
      temperature: 0.2,
    }, null, 2),
  "anthropic-tool-use-write-file": (c) =>
    JSON.stringify({
      model: "claude-sonnet-4-5",
      max_tokens: 4096,
      messages: [
        { role: "user", content: "set up the env file for staging" },
        { role: "assistant", content: [
          { type: "text", text: "I'll write the staging env file." },
          { type: "tool_use", id: `toolu_01${c.g.a(22)}`, name: "write_file", input: { path: ".env.staging", content: envFile(c) + "\n" } },
        ] },
      ],
    }, null, 2),
  "openai-tool-call-shell": (c) =>
    JSON.stringify({
      model: "gpt-4o",
      messages: [
        { role: "user", content: "run the integration tests against staging" },
        { role: "assistant", content: null, tool_calls: [{ id: `call_${c.g.a(24)}`, type: "function", function: { name: "shell", arguments: JSON.stringify({ command: `export ${c.env}='${c.val}' && npm run test:integration` }) } }] },
      ],
    }),
  "mcp-tool-result": (c) =>
    JSON.stringify({
      jsonrpc: "2.0",
      id: c.g.range(3, 90),
      result: { content: [{ type: "text", text: `File: config/${slug(c.provider)}.json\n${JSON.stringify({ [camel(c.env)]: c.val, timeoutMs: 15000, retries: 3 }, null, 2)}` }], isError: false },
    }, null, 2),
  "curl-header": (c) =>
    `curl -sS -X GET 'https://${c.host}/v1/account' \\\n  -H '${header(c)}' \\\n  -H 'Accept: application/json'`,
  "curl-verbose-dump": (c) =>
    [`* Connected to ${c.host} (${c.g.ip()}) port 443`, `* ALPN: server accepted h2`, `> POST /v2/jobs HTTP/2`, `> Host: ${c.host}`, `> user-agent: curl/8.5.0`, `> ${header(c)}`, `> content-type: application/json`, `> content-length: 42`, `>`, `< HTTP/2 201`, `< x-request-id: ${c.g.uuid()}`].join("\n"),
  "http-request-json": (c) =>
    [`POST /api/integrations HTTP/1.1`, `Host: internal-tools.corp.local`, `Content-Type: application/json`, ``, JSON.stringify({ name: c.provider, enabled: true, credentials: { [c.key]: c.val } })].join("\n"),
  "url-query": (c) =>
    `GET https://${c.host}/v1/export?format=csv&${c.key}=${encodeURIComponent(c.val)}&limit=500 -> 200 (312ms)`,
  "form-body": (c) =>
    [`POST /oauth/connect HTTP/1.1`, `Host: ${c.host}`, `Content-Type: application/x-www-form-urlencoded`, ``, `account=ops-team&${c.key}=${encodeURIComponent(c.val)}&scope=read+write`].join("\n"),
  "multipart": (c) => {
    const b = `----WebKitFormBoundary${c.g.a(16)}`;
    return [`Content-Type: multipart/form-data; boundary=${b}`, ``, `--${b}`, `Content-Disposition: form-data; name="project"`, ``, `atlas-web`, `--${b}`, `Content-Disposition: form-data; name="${c.key}"`, ``, c.val, `--${b}--`].join("\r\n");
  },
  "yaml-config": (c) =>
    [`# config/production.yaml`, `server:`, `  port: 8080`, `  host: 0.0.0.0`, `integrations:`, `  ${slug(c.provider).replace(/-/g, "_")}:`, `    enabled: true`, `    ${c.key}: "${c.val}"`, `    timeout: 30s`].join("\n"),
  "toml-config": (c) =>
    [`[app]`, `name = "ledger-sync"`, `workers = 4`, ``, `[${slug(c.provider).replace(/-/g, "_")}]`, `${c.key} = "${c.val}"`, `region = "eu-west-1"`].join("\n"),
  "ini-config": (c) =>
    [`; settings.ini`, `[general]`, `debug = false`, ``, `[${slug(c.provider)}]`, `${c.key} = ${c.val}`, `retry = 3`].join("\n"),
  "java-properties": (c) =>
    [`# application-prod.properties`, `spring.application.name=orders`, `server.port=8443`, `${slug(c.provider).replace(/-/g, ".")}.${c.key.replace(/_/g, "-")}=${c.val}`, `management.endpoints.web.exposure.include=health`].join("\n"),
  "json-config": (c) =>
    JSON.stringify({ service: "notifier", env: "prod", [slug(c.provider)]: { [camel(c.env)]: c.val, baseUrl: `https://${c.host}` } }, null, 2),
  "hcl-terraform": (c) =>
    [`provider "${slug(c.provider)}" {`, `  ${c.key} = "${c.val}"`, `}`, ``, `resource "${slug(c.provider).replace(/-/g, "_")}_project" "main" {`, `  name = "platform"`, `}`].join("\n"),
  "xml-config": (c) =>
    [`<?xml version="1.0" encoding="utf-8"?>`, `<configuration>`, `  <appSettings>`, `    <add key="Environment" value="Production" />`, `    <add key="${c.env}" value="${c.val}" />`, `  </appSettings>`, `</configuration>`].join("\n"),
  "python-sdk": (c) =>
    [`import os`, `import requests`, ``, `${c.env} = os.environ.get("${c.env}", "${c.val}")`, ``, `def fetch(path):`, `    r = requests.get(f"https://${c.host}{path}", headers={"${c.hdr}": ${c.hdr === "Authorization" ? `f"Bearer {${c.env}}"` : c.env}})`, `    r.raise_for_status()`, `    return r.json()`].join("\n"),
  "js-env-default": (c) =>
    [`// src/lib/${slug(c.provider)}.ts`, `const ${camel(c.env)} = process.env.${c.env} ?? "${c.val}";`, ``, `export async function call(path: string) {`, `  const res = await fetch(\`https://${c.host}\${path}\`, {`, `    headers: { "${c.hdr}": ${c.hdr === "Authorization" ? `\`Bearer \${${camel(c.env)}}\`` : camel(c.env)} },`, `  });`, `  return res.json();`, `}`].join("\n"),
  "go-client": (c) =>
    [`package client`, ``, `import "net/http"`, ``, `const ${camel(c.env)} = "${c.val}"`, ``, `func newRequest(url string) (*http.Request, error) {`, `\treq, err := http.NewRequest("GET", url, nil)`, `\tif err != nil {`, `\t\treturn nil, err`, `\t}`, `\treq.Header.Set("${c.hdr}", ${c.hdr === "Authorization" ? `"Bearer "+` : ""}${camel(c.env)})`, `\treturn req, nil`, `}`].join("\n"),
  "java-code": (c) =>
    [`public final class ${c.provider.replace(/[^A-Za-z0-9]/g, "")}Config {`, `    private static final String ${c.env} =`, `        System.getenv().getOrDefault("${c.env}", "${c.val}");`, ``, `    public static String token() { return ${c.env}; }`, `}`].join("\n"),
  "csharp-code": (c) =>
    [`var builder = WebApplication.CreateBuilder(args);`, `builder.Services.AddHttpClient("${slug(c.provider)}", client =>`, `{`, `    client.BaseAddress = new Uri("https://${c.host}/");`, `    client.DefaultRequestHeaders.Add("${c.hdr}", "${c.hdr === "Authorization" ? "Bearer " : ""}${c.val}");`, `});`].join("\n"),
  "ruby-code": (c) =>
    [`# config/initializers/${slug(c.provider).replace(/-/g, "_")}.rb`, `Rails.application.config.x.${slug(c.provider).replace(/-/g, "_")} = {`, `  ${c.key}: ENV.fetch("${c.env}", "${c.val}"),`, `  timeout: 10`, `}`].join("\n"),
  "php-code": (c) =>
    [`<?php`, `// config/services.php`, `return [`, `    '${slug(c.provider)}' => [`, `        '${c.key}' => env('${c.env}', '${c.val}'),`, `        'endpoint' => 'https://${c.host}',`, `    ],`, `];`].join("\n"),
  "rust-code": (c) =>
    [`use reqwest::Client;`, ``, `const ${c.env}: &str = "${c.val}";`, ``, `async fn ping(client: &Client) -> reqwest::Result<()> {`, `    client.get("https://${c.host}/ping").header("${c.hdr}", ${c.hdr === "Authorization" ? `format!("Bearer {}", ${c.env})` : c.env}).send().await?;`, `    Ok(())`, `}`].join("\n"),
  "jest-fixture": (c) =>
    [`import { createClient } from "../src/${slug(c.provider)}";`, ``, `describe("${c.provider} client", () => {`, `  // TODO: move to CI secrets, works for now against the live account`, `  const client = createClient({ ${camel(c.env)}: "${c.val}" });`, `  it("lists projects", async () => {`, `    expect((await client.projects()).length).toBeGreaterThan(0);`, `  });`, `});`].join("\n"),
  "ci-log": (c) =>
    [`2026-11-02T09:14:03.118Z ##[group]Run ./scripts/deploy.sh`, `2026-11-02T09:14:03.119Z + set -x`, `2026-11-02T09:14:03.120Z + export ${c.env}=${c.val}`, `2026-11-02T09:14:03.121Z + ./bin/release --env production`, `2026-11-02T09:14:04.310Z Uploading artifacts (commit ${c.g.h(40)})`, `2026-11-02T09:14:05.002Z ##[endgroup]`].join("\n"),
  "shell-history": (c) =>
    [`  501  cd ~/src/platform`, `  502  git pull --rebase`, `  503  export ${c.env}="${c.val}"`, `  504  make deploy-staging`, `  505  kubectl get pods -n staging`].join("\n"),
  "python-crash-locals": (c) =>
    [`Traceback (most recent call last):`, `  File "/app/worker/sync.py", line 88, in run`, `    resp = client.push(batch)`, `  File "/app/worker/client.py", line 41, in push`, `    raise UpstreamError(resp.status_code)`, `worker.client.UpstreamError: 401`, ``, `Local variables in push:`, `  self = <Client base_url='https://${c.host}'>`, `  ${c.key} = '${c.val}'`, `  batch = [<Event 3121>, <Event 3122>]`].join("\n"),
  "jupyter-notebook": (c) =>
    JSON.stringify({ cells: [
      { cell_type: "code", execution_count: 1, metadata: {}, outputs: [], source: [`import os\n`, `os.environ["${c.env}"] = "${c.val}"\n`] },
      { cell_type: "code", execution_count: 2, metadata: {}, outputs: [], source: [`df = load_events(days=30)\n`, `df.head()`] },
    ], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1),
  "sql-seed": (c) =>
    [`-- db/seeds/integrations.sql`, `INSERT INTO integrations (id, provider, ${c.key}, created_at)`, `VALUES (${c.g.range(1, 400)}, '${slug(c.provider)}', '${c.val}', NOW());`].join("\n"),
  "markdown-doc": (c) =>
    [`## Local setup`, ``, `1. Copy \`.env.example\` to \`.env\`.`, `2. Use the team ${c.provider} credential:`, ``, "```bash", `export ${c.env}=${c.val}`, "```", ``, `3. Run \`make dev\`.`].join("\n"),
  "git-diff": (c) =>
    [`diff --git a/deploy/values.yaml b/deploy/values.yaml`, `index ${c.g.h(7)}..${c.g.h(7)} 100644`, `--- a/deploy/values.yaml`, `+++ b/deploy/values.yaml`, `@@ -12,6 +12,7 @@ env:`, `   LOG_LEVEL: info`, `   REGION: us-east-1`, `+  ${c.env}: "${c.val}"`, `   REPLICAS: "3"`].join("\n"),
  "chat-message": (c) =>
    JSON.stringify({ model: "claude-haiku-4-5", max_tokens: 1024, messages: [{ role: "user", content: `my teammate sent me this in slack:\n> here's the prod ${c.provider} key, don't share it: ${c.val}\nhow do I put it into our github actions secrets?` }] }),
  "docker-run": (c) =>
    `docker run -d --name api --restart unless-stopped \\\n  -e ${c.env}=${c.val} \\\n  -e LOG_LEVEL=info \\\n  -p 8080:8080 ghcr.io/acme/api:1.14.2`,
  "k8s-secret": (c) =>
    [`apiVersion: v1`, `kind: Secret`, `metadata:`, `  name: ${slug(c.provider)}-credentials`, `  namespace: prod`, `type: Opaque`, `data:`, `  ${c.env}: ${Buffer.from(c.val).toString("base64")}`].join("\n"),
  "dockerfile": (c) =>
    [`FROM node:22-alpine`, `WORKDIR /app`, `COPY package*.json ./`, `RUN npm ci --omit=dev`, `ENV ${c.env}=${c.val}`, `COPY . .`, `CMD ["node", "dist/server.js"]`].join("\n"),
  "github-actions": (c) =>
    [`name: deploy`, `on: [push]`, `jobs:`, `  deploy:`, `    runs-on: ubuntu-latest`, `    env:`, `      ${c.env}: ${c.val}`, `    steps:`, `      - uses: actions/checkout@v4`, `      - run: ./scripts/deploy.sh`].join("\n"),
};

export const RENDERER_NAMES = Object.keys(renderers);

export function ctxFor(g: Gen, s: Spec, val: string): Ctx {
  const host = s.host ?? `api.${slug(s.provider).split("-")[0]}.com`;
  return { env: s.slot, key: s.slot.toLowerCase(), val, provider: s.provider, host, hdr: s.hdr ?? "Authorization", g };
}

/** Renders every spec through rotating renderers; `passes` renders each spec that many times. */
export function build(seed: number, prefix: string, category: string, specs: Spec[], passes = 1, offset = 0): CorpusCase[] {
  const g = new Gen(seed);
  const out: CorpusCase[] = [];
  let i = offset;
  for (let p = 0; p < passes; p++) {
    for (const s of specs) {
      const val = s.mk(g);
      const rname = RENDERER_NAMES[i % RENDERER_NAMES.length]!;
      const text = renderers[rname]!(ctxFor(g, s, val));
      out.push({
        id: `${prefix}-${String(out.length + 1).padStart(3, "0")}`,
        kind: "secrets",
        category: `${category}-${s.group}`,
        label: "positive",
        text,
        note: `${s.provider}, ${s.slot}, ${rname}`,
      });
      i += 7;
    }
  }
  return out;
}
