// Shared builders and context renderers for heldout-y102 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time from split prefixes and a seeded PRNG.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const SET = "heldouty102";
const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
export const ALNUM = UP + LO + DG;

export class Gen extends SeededRng {
  hex(n: number) { return this.str(n, "0123456789abcdef"); }
  HEX(n: number) { return this.str(n, "0123456789ABCDEF"); }
  alnum(n: number) { return this.str(n, ALNUM); }
  lower(n: number) { return this.str(n, LO + DG); }
  upper(n: number) { return this.str(n, UP + DG); }
  letters(n: number) { return this.str(n, UP + LO); }
  digits(n: number) { return this.str(n, DG); }
  b64(n: number) { return this.str(n, ALNUM + "+/"); }
  b64url(n: number) { return this.str(n, ALNUM + "-_"); }
  b32(n: number) { return this.str(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"); }
  uuid() { return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-"); }
  rawb64(nbytes: number) { return Buffer.from(this.bytes(nbytes)).toString("base64"); }
  jwt(payload: Record<string, unknown>, alg = "HS256") {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(payload), this.b64url(alg.startsWith("HS") ? 43 : 342)].join(".");
  }
  /** PEM body lines of n random bytes, 64 columns. */
  pemBody(nbytes: number) { return this.rawb64(nbytes).replace(/(.{64})/g, "$1\n").trimEnd(); }
}

export const j = (...parts: string[]) => parts.join("");

export type Cat = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

/** A provider credential spec: env-style slot name and a value maker; extra = companion fields. */
export interface Spec {
  p: string;
  cat: Cat;
  env: string;
  v: (g: Gen) => string;
  hdr?: [string, string];
  q?: string;
  extra?: (g: Gen) => [string, string][];
}

export interface Slot {
  provider: string;
  env: string;
  value: string;
  hdr: [string, string];
  q: string;
  host: string;
  kvs: [string, string][];
}

export const snake = (e: string) => e.toLowerCase();
export const camel = (e: string) => e.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
export const kebab = (e: string) => e.toLowerCase().replace(/_/g, "-");
export const dotted = (e: string) => { const [a, ...r] = e.toLowerCase().split("_"); return r.length ? `${a}.${r.join("-")}` : a!; };
export const slug = (p: string) => p.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const pascal = (e: string) => camel(e).replace(/^./, (c) => c.toUpperCase());

export type Renderer = { name: string; wording: boolean; r: (s: Slot, g: Gen) => string };
const J = (o: unknown) => JSON.stringify(o);
const envLines = (s: Slot) => s.kvs.map(([k, v]) => `${k}=${v}`).join("\n");

export const renderers: Renderer[] = [
  { name: "chat-completion pasted .env (JSON-escaped)", wording: false, r: (s) => J({
    model: "gpt-4o", temperature: 0.2,
    messages: [
      { role: "system", content: "You are a senior engineer helping debug a Node service." },
      { role: "user", content: `The worker crashes on boot with ECONNRESET. Here's .env.production:\n\n\`\`\`\nNODE_ENV=production\nPORT=8080\n${envLines(s)}\nLOG_LEVEL=info\n\`\`\`\nWhat am I missing?` },
    ] }) },
  { name: "anthropic messages pasted docker-compose", wording: false, r: (s) => J({
    model: "claude-sonnet-4-5", max_tokens: 2048,
    messages: [{ role: "user", content: [{ type: "text", text: `compose won't start the api container, can you look?\n\n\`\`\`yaml\nservices:\n  api:\n    image: registry.example.com/acme/api:2.3.1\n    ports: ["8080:8080"]\n    environment:\n${s.kvs.map(([k, v]) => `      ${k}: "${v}"`).join("\n")}\n      REDIS_HOST: cache\n  cache:\n    image: redis:7-alpine\n\`\`\`` }] }] }) },
  { name: "tool_use write_file settings.json", wording: false, r: (s) => J({
    model: "claude-opus-4-1", max_tokens: 4096,
    messages: [
      { role: "user", content: "Create the settings file for the staging deploy." },
      { role: "assistant", content: [{ type: "tool_use", id: "toolu_01" + "Hx3kQ9", name: "write_file", input: { path: "config/settings.staging.json", content: JSON.stringify({ env: "staging", [slug(s.provider)]: Object.fromEntries(s.kvs.map(([k, v]) => [camel(k), v])) }, null, 2) } }] },
    ] }) },
  { name: "openai tool_calls shell command (double-escaped)", wording: false, r: (s) => J({
    model: "gpt-4.1",
    messages: [
      { role: "user", content: "run the sync job against prod" },
      { role: "assistant", content: null, tool_calls: [{ id: "call_" + "q8Zt2", type: "function", function: { name: "run_shell", arguments: J({ command: `${s.kvs.map(([k, v]) => `export ${k}="${v}"`).join(" && ")} && node scripts/sync.js --env prod`, timeout: 120 }) } }] },
    ] }) },
  { name: "MCP tools/call result echoing a file", wording: false, r: (s) => J({
    jsonrpc: "2.0", id: 7,
    result: { content: [{ type: "text", text: `# /srv/app/.env\nAPP_NAME=ledger\n${envLines(s)}\nTZ=UTC\n` }], isError: false } }) },
  { name: "curl command with header", wording: false, r: (s) =>
    `curl -sS -X POST 'https://${s.host}/v1/jobs' \\\n  -H '${s.hdr[0]}: ${s.hdr[1]}${s.value}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"name":"nightly-export","limit":500}'` },
  { name: "raw HTTP request headers", wording: false, r: (s) =>
    `GET /api/v2/projects?page=2 HTTP/1.1\r\nHost: ${s.host}\r\nUser-Agent: python-requests/2.32.3\r\nAccept: application/json\r\n${s.hdr[0]}: ${s.hdr[1]}${s.value}\r\nConnection: keep-alive\r\n\r\n` },
  { name: "URL query string", wording: false, r: (s) =>
    `https://${s.host}/api/v1/export?format=csv&since=2025-01-01&${s.q}=${encodeURIComponent(s.value)}&page=3` },
  { name: "form-urlencoded body", wording: false, r: (s) =>
    `POST /api/connect HTTP/1.1\r\nHost: ${s.host}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n` + ["region=eu-west-1", ...s.kvs.map(([k, v]) => `${snake(k)}=${encodeURIComponent(v)}`), "verbose=true"].join("&") },
  { name: "multipart form body", wording: false, r: (s) => {
    const b = "----WebKitFormBoundary7MA4YWxkTrZu0gW";
    return `Content-Type: multipart/form-data; boundary=${b}\r\n\r\n` + [...s.kvs, ["environment", "production"]].map(([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${snake(k!)}"\r\n\r\n${v}\r\n`).join("") + `--${b}--\r\n`;
  } },
  { name: "JSON config file", wording: false, r: (s) => JSON.stringify({ service: "billing-worker", region: "eu-central-1", integrations: { [slug(s.provider)]: Object.fromEntries(s.kvs.map(([k, v]) => [camel(k), v])) }, retries: 3 }, null, 2) },
  { name: "YAML config", wording: false, r: (s) => `# config/production.yaml\nserver:\n  port: 8443\n${snake(s.env).split("_")[0]}:\n${s.kvs.map(([k, v]) => `  ${snake(k)}: ${v}`).join("\n")}\n  timeout_ms: 5000\nlogging:\n  level: warn\n` },
  { name: "TOML config", wording: false, r: (s) => `[app]\nname = "courier"\nworkers = 4\n\n[${slug(s.provider).replace(/-/g, "_")}]\n${s.kvs.map(([k, v]) => `${snake(k)} = "${v}"`).join("\n")}\nenabled = true\n` },
  { name: "INI file", wording: false, r: (s) => `; deploy/settings.ini\n[general]\ndebug = false\n\n[${slug(s.provider)}]\n${s.kvs.map(([k, v]) => `${snake(k)} = ${v}`).join("\n")}\n` },
  { name: ".properties file", wording: false, r: (s) => `# application-prod.properties\nserver.port=9090\nspring.profiles.active=prod\n${s.kvs.map(([k, v]) => `${dotted(k)}=${v}`).join("\n")}\nmanagement.endpoints.web.exposure.include=health\n` },
  { name: ".env file", wording: false, r: (s) => `# generated by setup.sh\nDATABASE_POOL=10\n${envLines(s)}\nFEATURE_FLAGS=beta-ui,new-billing\n` },
  { name: "Terraform tfvars / HCL", wording: false, r: (s) => `# terraform.tfvars\nregion      = "us-east-2"\ncluster     = "prod-blue"\n${s.kvs.map(([k, v]) => `${snake(k)} = "${v}"`).join("\n")}\n` },
  { name: "XML appSettings", wording: false, r: (s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${s.kvs.map(([k, v]) => `    <add key="${pascal(k)}" value="${v}" />`).join("\n")}\n  </appSettings>\n</configuration>\n` },
  { name: "Python code", wording: false, r: (s) => `import os\nimport httpx\n\n${s.kvs.map(([k, v]) => `${k} = os.getenv("${k}", "${v}")`).join("\n")}\n\nclient = httpx.Client(base_url="https://${s.host}", headers={"${s.hdr[0]}": f"${s.hdr[1]}{${s.env}}"})\n` },
  { name: "TypeScript code", wording: false, r: (s) => `import { createClient } from "./client";\n\nconst client = createClient({\n  baseUrl: "https://${s.host}",\n${s.kvs.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n  timeoutMs: 10_000,\n});\n\nexport default client;\n` },
  { name: "Go code", wording: false, r: (s) => `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst (\n${s.kvs.map(([k, v]) => `\tdefault${pascal(k)} = "${v}"`).join("\n")}\n)\n\nfunc newRequest() (*http.Request, error) {\n\treq, err := http.NewRequest("GET", "https://${s.host}/v1/status", nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tkey := os.Getenv("${s.env}")\n\tif key == "" {\n\t\tkey = default${pascal(s.env)}\n\t}\n\treq.Header.Set("${s.hdr[0]}", "${s.hdr[1]}"+key)\n\treturn req, nil\n}\n` },
  { name: "Java code", wording: false, r: (s) => `package com.acme.sync;\n\npublic final class ${pascal(slug(s.provider).replace(/-/g, "_"))}Config {\n${s.kvs.map(([k, v]) => `    private static final String ${k} = "${v}";`).join("\n")}\n    private static final int TIMEOUT_SECONDS = 30;\n}\n` },
  { name: "C# code", wording: false, r: (s) => `using System.Net.Http;\n\nvar http = new HttpClient { BaseAddress = new Uri("https://${s.host}/") };\n${s.kvs.map(([k, v]) => `var ${camel(k)} = Environment.GetEnvironmentVariable("${k}") ?? "${v}";`).join("\n")}\nhttp.DefaultRequestHeaders.Add("${s.hdr[0]}", $"${s.hdr[1]}{${camel(s.env)}}");\n` },
  { name: "Ruby code", wording: false, r: (s) => `# config/initializers/${slug(s.provider).replace(/-/g, "_")}.rb\nRails.application.configure do\n${s.kvs.map(([k, v]) => `  config.x.${snake(k)} = ENV.fetch("${k}", "${v}")`).join("\n")}\nend\n` },
  { name: "PHP code", wording: false, r: (s) => `<?php\n// config/services.php\nreturn [\n    '${slug(s.provider).replace(/-/g, "_")}' => [\n${s.kvs.map(([k, v]) => `        '${snake(k)}' => env('${k}', '${v}'),`).join("\n")}\n        'timeout' => 15,\n    ],\n];\n` },
  { name: "Rust code", wording: false, r: (s) => `use std::env;\n\n${s.kvs.map(([k, v]) => `const FALLBACK_${k}: &str = "${v}";`).join("\n")}\n\nfn load() -> String {\n    env::var("${s.env}").unwrap_or_else(|_| FALLBACK_${s.env}.to_string())\n}\n` },
  { name: "CI log", wording: false, r: (s) => `2025-03-14T09:12:44.1203Z ##[group]Run ./scripts/deploy.sh production\n2025-03-14T09:12:44.1205Z shell: /usr/bin/bash -e {0}\n2025-03-14T09:12:44.1206Z env:\n${s.kvs.map(([k, v]) => `2025-03-14T09:12:44.1207Z   ${k}: ${v}`).join("\n")}\n2025-03-14T09:12:44.1210Z ##[endgroup]\n2025-03-14T09:12:45.0031Z + echo 'deploying build 4821'\n2025-03-14T09:12:45.0032Z deploying build 4821\n` },
  { name: "shell history", wording: false, r: (s) => `  501  cd ~/src/platform\n  502  git pull --rebase\n${s.kvs.map(([k, v], i) => `  ${503 + i}  export ${k}=${v}`).join("\n")}\n  510  make migrate\n  511  kubectl -n prod rollout status deploy/api\n` },
  { name: "crash report with locals", wording: false, r: (s) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line 88, in run\n    resp = session.post(url, json=payload, timeout=10)\n  File "/usr/local/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${s.host}', port=443): Max retries exceeded\n\nLocals at frame run:\n    url = 'https://${s.host}/v1/sync'\n${s.kvs.map(([k, v]) => `    ${snake(k)} = '${v}'`).join("\n")}\n    payload = {'batch': 42, 'dry_run': False}\n` },
  { name: "Jupyter notebook cell", wording: false, r: (s) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", ...s.kvs.map(([k, v]) => `os.environ[\"${k}\"] = \"${v}\"\n`), "client = make_client()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", wording: false, r: (s) => `-- seeds/002_integrations.sql\nINSERT INTO integrations (id, provider, config, created_at) VALUES\n  (17, '${slug(s.provider)}', '${J(Object.fromEntries(s.kvs.map(([k, v]) => [snake(k), v])))}', now());\n` },
  { name: "Markdown setup doc", wording: false, r: (s) => `## Local setup\n\n1. Copy the values below into \`.env.local\`:\n\n\`\`\`bash\n${envLines(s)}\n\`\`\`\n\n2. Run \`pnpm dev\` and open http://localhost:3000.\n` },
  { name: "unified diff", wording: false, r: (s) => `diff --git a/deploy/prod.env b/deploy/prod.env\nindex 3f2a1c0..9b4e7d2 100644\n--- a/deploy/prod.env\n+++ b/deploy/prod.env\n@@ -4,3 +4,${3 + s.kvs.length} @@ APP_ENV=production\n LOG_FORMAT=json\n${s.kvs.map(([k, v]) => `+${k}=${v}`).join("\n")}\n REPLICAS=3\n` },
  { name: "chat message handing a credential over", wording: true, r: (s) => `[10:42] dana: hey, can you drop me the prod ${s.provider} creds? the old ones got rotated\n[10:44] marco: sure, here you go\n${s.kvs.map(([k, v]) => `${k}=${v}`).join("\n")}\n[10:44] marco: delete this message once you've copied it pls` },
  { name: "Dockerfile ENV", wording: false, r: (s) => `FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\n${s.kvs.map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nEXPOSE 3000\nCMD ["node", "server.js"]\n` },
  { name: "k8s Secret (base64 data)", wording: true, r: (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${slug(s.provider)}-credentials\n  namespace: prod\ntype: Opaque\ndata:\n${s.kvs.map(([k, v]) => `  ${k}: ${Buffer.from(v).toString("base64")}`).join("\n")}\n` },
  { name: "docker run -e", wording: false, r: (s) => `docker run -d --name api --restart unless-stopped \\\n${s.kvs.map(([k, v]) => `  -e ${k}='${v}' \\`).join("\n")}\n  -p 8080:8080 registry.example.com/acme/api:2.3.1` },
  { name: "GitHub Actions workflow env", wording: false, r: (s) => `name: nightly\non:\n  schedule:\n    - cron: "0 3 * * *"\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n${s.kvs.map(([k, v]) => `      ${k}: ${v}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/sync.sh\n` },
  { name: "Helm values.yaml", wording: false, r: (s) => `replicaCount: 2\nimage:\n  repository: registry.example.com/acme/worker\n  tag: "1.9.0"\nenv:\n${s.kvs.map(([k, v]) => `  - name: ${k}\n    value: "${v}"`).join("\n")}\nresources:\n  limits:\n    memory: 512Mi\n` },
];

export function slotOf(sp: Spec, g: Gen): Slot {
  const value = sp.v(g);
  const extra = sp.extra ? sp.extra(g) : [];
  const host = `${slug(sp.p).split("-")[0]}.example.com`;
  return { provider: sp.p, env: sp.env, value, hdr: sp.hdr ?? ["Authorization", "Bearer "], q: sp.q ?? "api_key", host, kvs: [...extra, [sp.env, value]] };
}

/** Rotates specs through the renderers: n cases, case i uses spec i % specs.length and renderer (offset + i*stride) % R. */
export function rotate(specs: Spec[], g: Gen, opts: { idPrefix: string; n: number; offset: number; stride?: number; label?: "positive" | "benign"; pool?: Renderer[] }): CorpusCase[] {
  const pool = opts.pool ?? renderers;
  const stride = opts.stride ?? 1;
  const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
  if (gcd(stride, pool.length) !== 1) throw new Error(`stride ${stride} shares a factor with ${pool.length} renderers`);
  const out: CorpusCase[] = [];
  for (let i = 0; i < opts.n; i++) {
    const sp = specs[i % specs.length]!;
    const rd = pool[(opts.offset + i * stride) % pool.length]!;
    const s = slotOf(sp, g);
    const label = opts.label ?? "positive";
    out.push({
      id: `${opts.idPrefix}${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: label === "positive" ? `${SET}-sec-${sp.cat}` : `${SET}-benign`,
      label,
      text: rd.r(s, g),
      note: `${sp.p}; slot ${sp.env}${sp.hdr ? ` / header ${sp.hdr[0]}` : ""}; context: ${rd.name}`,
    });
  }
  return out;
}

/** Handcrafted cases: [category (Cat, or "" for benign), note, text]. */
export function hand(idPrefix: string, label: "positive" | "benign", items: [string, string, string][]): CorpusCase[] {
  return items.map(([cat, note, text], i) => ({ id: `${idPrefix}${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: label === "positive" ? `${SET}-sec-${cat}` : `${SET}-benign`, label, text, note }));
}

export const S = (p: string, cat: Cat, env: string, v: (g: Gen) => string, o: Partial<Pick<Spec, "hdr" | "q" | "extra">> = {}): Spec => ({ p, cat, env, v, ...o });
