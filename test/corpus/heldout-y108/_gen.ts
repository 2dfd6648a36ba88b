// Builders and shared context renderers for heldout-y108. Skipped by the loader (leading "_").
// Every credential-shaped value is assembled at run time from split prefixes and a seeded PRNG.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const HEX = "0123456789abcdef";

export class Gen extends SeededRng {
  a(n: number): string { return this.str(n, ALNUM); }
  h(n: number): string { return this.str(n, HEX); }
  H(n: number): string { return this.str(n, HEX.toUpperCase()); }
  d(n: number): string { return this.str(n, "0123456789"); }
  l(n: number): string { return this.str(n, "abcdefghijklmnopqrstuvwxyz0123456789"); }
  U(n: number): string { return this.str(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"); }
  u(n: number): string { return this.str(n, ALNUM + "-_"); }
  b(n: number): string { return this.str(n, ALNUM + "+/"); }
  /** base64 of n random bytes (with padding). */
  b64(n: number): string { return Buffer.from(this.bytes(n)).toString("base64"); }
  b64u(n: number): string { return Buffer.from(this.bytes(n)).toString("base64url"); }
  uuid(): string { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  /** A signed-looking JWT with the given payload. */
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    const e = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [e({ alg, typ: "JWT" }), e(payload), this.b64u(alg.startsWith("HS") ? 32 : 256)].join(".");
  }
  ts(): number { return 1717000000 + this.int(40000000); }
  word(): string { return this.pick(["orders", "billing", "ingest", "search", "notify", "reports", "auth", "catalog", "sync", "payments", "media", "webhooks"]); }
}

/** Joins pieces; used so no prefix sits whole in one literal. */
export const j = (...p: string[]): string => p.join("");

export interface Spec {
  /** provider + credential name */
  p: string;
  cat: string;
  /** slot named the way a developer would (env-var style) */
  env: string;
  v: (g: Gen) => string;
  /** header line with $V, default "Authorization: Bearer $V" */
  hdr?: string;
  /** query / form parameter name */
  qp?: string;
  host?: string;
}

export interface Ctx {
  p: string;
  env: string;
  v: string;
  host: string;
  hdr: string;
  qp: string;
  g: Gen;
  fill: [string, string][];
}

export interface Renderer {
  name: string;
  /** false when the wording itself implies a secret (skipped for benign) */
  neutral: boolean;
  fn: (c: Ctx) => string;
}

const snake = (e: string) => e.toLowerCase();
const camel = (e: string) => e.toLowerCase().replace(/_([a-z0-9])/g, (_m, ch: string) => ch.toUpperCase());
const dots = (e: string) => e.toLowerCase().replace(/_/g, ".");
const kebab = (e: string) => e.toLowerCase().replace(/_/g, "-");
const envLines = (c: Ctx) => [...c.fill, [c.env, c.v] as [string, string]].map(([k, v]) => `${k}=${v}`).join("\n");
const yamlLines = (c: Ctx, ind = "") => [...c.fill, [c.env, c.v] as [string, string]].map(([k, v]) => `${ind}${k}: "${v}"`).join("\n");
const idh = (g: Gen) => g.a(24);

export const RENDERERS: Renderer[] = [
  { name: "chat-completion pasted .env", neutral: true, fn: (c) => JSON.stringify({ model: "gpt-4o", temperature: 0.2, messages: [
    { role: "system", content: "You are a senior engineer helping debug deployments." },
    { role: "user", content: `The ${c.g.word()} service exits with code 1 on boot. Here is the .env it loads:\n\n\`\`\`\n${envLines(c)}\n\`\`\`\n\nAnything obviously wrong?` } ] }) },
  { name: "anthropic tool_use write_file", neutral: true, fn: (c) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [
    { role: "user", content: "Create the config file for the staging deploy." },
    { role: "assistant", content: [{ type: "text", text: "Writing config/staging.yaml now." }, { type: "tool_use", id: `toolu_01${idh(c.g)}`, name: "write_file", input: { path: "config/staging.yaml", content: `app:\n  name: ${c.g.word()}\n  env:\n${yamlLines(c, "    ")}\n` } }] } ] }) },
  { name: "openai tool_calls shell (double-escaped)", neutral: true, fn: (c) => JSON.stringify({ model: "gpt-4.1", messages: [
    { role: "user", content: "deploy the worker" },
    { role: "assistant", content: null, tool_calls: [{ id: `call_${idh(c.g)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${c.env}="${c.v}" && ./scripts/deploy.sh --env staging`, timeout: 120 }) } }] } ] }) },
  { name: "MCP tool result (cat .env)", neutral: true, fn: (c) => JSON.stringify({ jsonrpc: "2.0", id: c.g.range(2, 90), result: { content: [{ type: "text", text: `$ cat services/${c.g.word()}/.env.production\n${envLines(c)}\n` }], isError: false } }) },
  { name: "curl header", neutral: true, fn: (c) => `curl -sS -X POST 'https://${c.host}/v1/${c.g.word()}/jobs' \\\n  -H '${c.hdr}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"limit": 25}'` },
  { name: "raw HTTP request headers", neutral: true, fn: (c) => `GET /v2/${c.g.word()}?page=2 HTTP/1.1\nHost: ${c.host}\nUser-Agent: node-fetch/3.3.2\nAccept: application/json\n${c.hdr}\nX-Request-Id: ${c.g.uuid()}\n\n` },
  { name: "URL query", neutral: true, fn: (c) => `[fetch] GET https://${c.host}/api/v1/${c.g.word()}?q=status&${c.qp}=${encodeURIComponent(c.v)}&format=json -> 200 (143ms)` },
  { name: "form body", neutral: true, fn: (c) => `POST /oauth/token HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-${c.g.word()}&${c.qp}=${encodeURIComponent(c.v)}&scope=read` },
  { name: "multipart body", neutral: true, fn: (c) => { const bd = `----WebKitFormBoundary${c.g.a(16)}`; return `Content-Type: multipart/form-data; boundary=${bd}\n\n--${bd}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${bd}\nContent-Disposition: form-data; name="${c.qp}"\n\n${c.v}\n--${bd}--\n`; } },
  { name: "JSON config", neutral: true, fn: (c) => JSON.stringify({ service: c.g.word(), region: "eu-west-1", retries: 3, integrations: { [camel(c.env)]: c.v, timeoutMs: 5000 } }, null, 2) },
  { name: "YAML config", neutral: true, fn: (c) => `# settings.yaml\nserver:\n  port: 8080\n${kebab(c.env).split("-")[0]}:\n  ${snake(c.env)}: ${c.v}\n  timeout: 30s\n` },
  { name: "TOML config", neutral: true, fn: (c) => `[server]\nport = 8080\n\n[integrations.${snake(c.env).split("_")[0]}]\n${snake(c.env)} = "${c.v}"\nenabled = true\n` },
  { name: "INI config", neutral: true, fn: (c) => `; app.ini\n[default]\nlog_level = info\n\n[${snake(c.env).split("_")[0]}]\n${snake(c.env)} = ${c.v}\n` },
  { name: ".properties", neutral: true, fn: (c) => `# application-prod.properties\nserver.port=8443\nspring.application.name=${c.g.word()}\napp.${dots(c.env)}=${c.v}\n` },
  { name: "HCL terraform", neutral: true, fn: (c) => `locals {\n  region = "us-east-1"\n}\n\nresource "kubernetes_config_map" "${c.g.word()}" {\n  metadata { name = "app-env" }\n  data = {\n    ${c.env} = "${c.v}"\n  }\n}\n` },
  { name: "XML appSettings", neutral: true, fn: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${c.env}" value="${c.v}" />\n  </appSettings>\n</configuration>\n` },
  { name: "Python code", neutral: true, fn: (c) => `import os\nimport requests\n\n${c.env} = os.environ.get("${c.env}", "${c.v}")\n\ndef fetch(path):\n    return requests.get(f"https://${c.host}{path}", headers={"X-Client": "py"}, params={"${c.qp}": ${c.env}}, timeout=10)\n` },
  { name: "TypeScript code", neutral: true, fn: (c) => `import { createClient } from "./client";\n\nconst ${camel(c.env)} = process.env.${c.env} ?? "${c.v}";\n\nexport const client = createClient({ baseUrl: "https://${c.host}", ${camel(c.env)} });\n` },
  { name: "Go code", neutral: true, fn: (c) => `package config\n\nimport "os"\n\nfunc Load() map[string]string {\n\tv := os.Getenv("${c.env}")\n\tif v == "" {\n\t\tv = "${c.v}"\n\t}\n\treturn map[string]string{"${snake(c.env)}": v}\n}\n` },
  { name: "Java code", neutral: true, fn: (c) => `public final class AppConfig {\n    private static final String ${c.env} = "${c.v}";\n\n    public static String ${camel(c.env)}() {\n        return System.getenv().getOrDefault("${c.env}", ${c.env});\n    }\n}\n` },
  { name: "C# code", neutral: true, fn: (c) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Configuration["${c.env.split("_").map((s) => s[0] + s.slice(1).toLowerCase()).join(":")}"] = "${c.v}";\nvar app = builder.Build();\napp.Run();\n` },
  { name: "Ruby code", neutral: true, fn: (c) => `# config/initializers/${snake(c.env).split("_")[0]}.rb\nRails.application.configure do\n  config.x.${snake(c.env)} = ENV.fetch("${c.env}", "${c.v}")\nend\n` },
  { name: "PHP code", neutral: true, fn: (c) => `<?php\n\nreturn [\n    'default' => env('APP_ENV', 'production'),\n    '${snake(c.env)}' => env('${c.env}', '${c.v}'),\n];\n` },
  { name: "Rust code", neutral: true, fn: (c) => `use std::env;\n\nfn ${snake(c.env)}() -> String {\n    env::var("${c.env}").unwrap_or_else(|_| "${c.v}".to_string())\n}\n` },
  { name: "CI log", neutral: true, fn: (c) => `2025-03-${c.g.range(10, 28)}T09:${c.g.range(10, 59)}:12.4411Z ##[group]Run ./scripts/release.sh\n2025-03-11T09:14:12.4412Z + export ${c.env}=${c.v}\n2025-03-11T09:14:12.4419Z + node scripts/publish.mjs --channel stable\n2025-03-11T09:14:15.0021Z published build ${c.g.h(7)}\n2025-03-11T09:14:15.0025Z ##[endgroup]` },
  { name: "shell history", neutral: true, fn: (c) => `  ${c.g.range(300, 900)}  cd ~/src/${c.g.word()}\n  ${c.g.range(300, 900)}  git pull --rebase\n  ${c.g.range(300, 900)}  export ${c.env}='${c.v}'\n  ${c.g.range(300, 900)}  npm run dev\n` },
  { name: "python crash report with locals", neutral: true, fn: (c) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line 88, in run\n    resp = session.get(url, params=params, timeout=5)\nrequests.exceptions.ReadTimeout: HTTPSConnectionPool(host='${c.host}', port=443): Read timed out.\n\nLocals at frame run:\n    url = 'https://${c.host}/v1/${c.g.word()}'\n    ${snake(c.env)} = '${c.v}'\n    params = {'page': 3}\n    attempt = 2\n` },
  { name: "Jupyter notebook", neutral: true, fn: (c) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: c.g.range(1, 30), metadata: {}, outputs: [], source: ["import os\n", `os.environ["${c.env}"] = "${c.v}"\n`, "df = load_frame()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed", neutral: true, fn: (c) => `-- seed: integrations\nINSERT INTO integration_settings (tenant_id, provider, ${snake(c.env)}, created_at)\nVALUES (${c.g.range(1, 400)}, '${c.g.word()}', '${c.v}', NOW());\n` },
  { name: "Markdown setup doc", neutral: true, fn: (c) => `## Running locally\n\n1. Install deps with \`pnpm i\`.\n2. Put this in \`.env.local\`:\n\n\`\`\`bash\n${envLines(c)}\n\`\`\`\n\n3. Run \`pnpm dev\` and open http://localhost:3000.\n` },
  { name: "git diff", neutral: true, fn: (c) => `diff --git a/deploy/values.yaml b/deploy/values.yaml\nindex ${c.g.h(7)}..${c.g.h(7)} 100644\n--- a/deploy/values.yaml\n+++ b/deploy/values.yaml\n@@ -12,6 +12,7 @@ env:\n   LOG_LEVEL: info\n   REPLICAS: "2"\n+  ${c.env}: "${c.v}"\n   REGION: eu-west-1\n` },
  { name: "chat handover message", neutral: false, fn: (c) => JSON.stringify({ channel: "C0" + c.g.U(8), user: "U0" + c.g.U(8), text: `hey, here's the ${c.p} credential for prod until vault is set up — ${c.env}=${c.v} — please don't paste it anywhere public`, ts: `${c.g.ts()}.${c.g.d(6)}` }) },
  { name: "Dockerfile", neutral: true, fn: (c) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nENV NODE_ENV=production \\\n    ${c.env}=${c.v}\nCMD ["node", "server.js"]\n` },
  { name: "k8s Secret", neutral: false, fn: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${c.g.word()}-env\n  namespace: prod\ntype: Opaque\ndata:\n  ${c.env}: ${Buffer.from(c.v).toString("base64")}\n` },
  { name: "docker run -e", neutral: true, fn: (c) => `docker run -d --name ${c.g.word()} -p 8080:8080 \\\n  -e NODE_ENV=production \\\n  -e ${c.env}=${c.v} \\\n  registry.example.com/team/app:1.${c.g.range(0, 40)}.0` },
  { name: "GitHub Actions workflow env", neutral: true, fn: (c) => `name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${c.env}: ${c.v}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n` },
  { name: "HAR entry", neutral: true, fn: (c) => { const [hn, ...hv] = c.hdr.split(": "); return JSON.stringify({ log: { entries: [{ startedDateTime: "2025-02-03T10:11:12.000Z", request: { method: "GET", url: `https://${c.host}/v1/me`, headers: [{ name: "accept", value: "application/json" }, { name: hn ?? "", value: hv.join(": ") }] }, response: { status: 200 } }] } }, null, 2); } },
  { name: "systemd unit", neutral: true, fn: (c) => `[Unit]\nDescription=${c.g.word()} worker\nAfter=network.target\n\n[Service]\nEnvironment=NODE_ENV=production\nEnvironment=${c.env}=${c.v}\nExecStart=/usr/bin/node /opt/app/worker.js\nRestart=always\n\n[Install]\nWantedBy=multi-user.target\n` },
  { name: "terraform plan output", neutral: true, fn: (c) => `  # aws_lambda_function.${c.g.word()} will be updated in-place\n  ~ resource "aws_lambda_function" "handler" {\n        id = "handler"\n      ~ environment {\n          ~ variables = {\n              + "${c.env}" = "${c.v}"\n                "STAGE"    = "prod"\n            }\n        }\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.` },
  { name: "structured debug log", neutral: true, fn: (c) => { const [hn, ...hv] = c.hdr.split(": "); return JSON.stringify({ level: "debug", time: "2025-04-02T07:31:09.112Z", msg: "outbound request", req: { method: "POST", url: `https://${c.host}/v1/events`, headers: { "content-type": "application/json", [(hn ?? "x").toLowerCase()]: hv.join(": ") } }, trace_id: c.g.h(32) }); } },
];

const FILL: [string, string][] = [["NODE_ENV", "production"], ["PORT", "8080"], ["LOG_LEVEL", "info"], ["APP_URL", "https://app.example.com"], ["REGION", "eu-central-1"], ["WORKERS", "4"]];

export function ctxFor(g: Gen, s: Spec): Ctx {
  const v = s.v(g);
  const slug = s.p.toLowerCase().split(/[^a-z0-9]+/)[0] || "api";
  const host = s.host ?? `api.${slug}.example.com`;
  const hdr = (s.hdr ?? "Authorization: Bearer $V").replace("$V", v);
  const f1 = g.pick(FILL), f2 = g.pick(FILL);
  const fill: [string, string][] = f1[0] === f2[0] ? [f1] : [f1, f2];
  return { p: s.p, env: s.env, v, host, hdr, qp: s.qp ?? "api_key", g, fill };
}

/** Rotates specs through renderers: n cases, spec i % len, renderer chosen by stride. */
export function rotate(opts: { g: Gen; specs: Spec[]; n: number; idPrefix: string; catPrefix: string; label: "positive" | "benign"; start?: number; offset?: number }): CorpusCase[] {
  const rs = opts.label === "benign" ? RENDERERS.filter((r) => r.neutral) : RENDERERS;
  const out: CorpusCase[] = [];
  for (let i = 0; i < opts.n; i++) {
    const s = opts.specs[i % opts.specs.length]!;
    const r = rs[(i * 7 + (opts.offset ?? 0)) % rs.length]!;
    const c = ctxFor(opts.g, s);
    out.push({
      id: `${opts.idPrefix}${String(i + (opts.start ?? 1)).padStart(3, "0")}`,
      kind: "secrets",
      category: opts.label === "benign" ? `${opts.catPrefix}benign` : `${opts.catPrefix}sec-${s.cat}`,
      label: opts.label,
      text: r.fn(c),
      note: `${s.p}; slot ${s.env}; context: ${r.name}`,
    });
  }
  return out;
}

export const CAT = "heldouty108-";
