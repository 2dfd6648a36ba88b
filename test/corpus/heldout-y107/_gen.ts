// Builders and shared context renderers for heldout-y107 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time from split prefixes and a seeded PRNG.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DIG = "0123456789";
const ALNUM = UP + LO + DIG;

export class Gen extends SeededRng {
  a(n: number): string { return this.str(n, ALNUM); }
  h(n: number): string { return this.str(n, "0123456789abcdef"); }
  H(n: number): string { return this.str(n, "0123456789ABCDEF"); }
  U(n: number): string { return this.str(n, UP + DIG); }
  lo(n: number): string { return this.str(n, LO + DIG); }
  L(n: number): string { return this.str(n, UP + LO); }
  d(n: number): string { return this.str(n, DIG); }
  b64(n: number): string { return this.str(n, ALNUM + "+/"); }
  bu(n: number): string { return this.str(n, ALNUM + "_-"); }
  b32(n: number): string { return this.str(n, UP + "234567"); }
  b32l(n: number): string { return this.str(n, LO + "234567"); }
  enc(nBytes: number): string { return Buffer.from(this.bytes(nBytes)).toString("base64"); }
  encu(nBytes: number): string { return Buffer.from(this.bytes(nBytes)).toString("base64url"); }
  uuid(): string { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  pw(n: number): string { return this.str(n, ALNUM + "!#%^*-_=+"); }
  /** A signed-looking JWT with a plausible payload. */
  jwt(payload: Record<string, unknown>, alg = "HS256", sigLen = 43): string {
    const b = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [b({ alg, typ: "JWT" }), b(payload), this.bu(sigLen)].join(".");
  }
  ts(): string {
    const p = (n: number) => String(n).padStart(2, "0");
    return `2025-${p(this.range(1, 12))}-${p(this.range(1, 28))}T${p(this.range(0, 23))}:${p(this.range(0, 59))}:${p(this.range(0, 59))}Z`;
  }
  epoch(): number { return this.range(1735689600, 1767225599); }
}

export type Cat = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface SpecOpts {
  /** Header line prefix, e.g. "X-Api-Key: " (default "Authorization: Bearer "). */
  hdr?: string;
  /** Query parameter name for URL renderers (default "api_key"). */
  q?: string;
  /** Companion key/values rendered before the primary slot in multi-line contexts. */
  x?: (g: Gen) => Array<[string, string]>;
  /** Not an HTTP header/query value (connection strings, key pairs): skip HTTP renderers. */
  nh?: boolean;
}
export interface Spec extends SpecOpts { p: string; cat: Cat; env: string; make: (g: Gen) => string; }
export const s = (p: string, cat: Cat, env: string, make: (g: Gen) => string, o: SpecOpts = {}): Spec => ({ p, cat, env, make, ...o });

export interface Slot { p: string; env: string; v: string; kv: Array<[string, string]>; hdr: string; q: string; host: string; }
export interface Renderer { name: string; http?: boolean; secretish?: boolean; fn: (x: Slot, g: Gen) => string; }

const k = (e: string) => e.toLowerCase();
const camel = (e: string) => e.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const pascal = (e: string) => { const c = camel(e); return c.charAt(0).toUpperCase() + c.slice(1); };
const dotted = (e: string) => e.toLowerCase().replace(/_/g, ".");
const slug = (p: string) => p.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
const hsplit = (h: string): [string, string] => { const i = h.indexOf(": "); return i < 0 ? [h, ""] : [h.slice(0, i), h.slice(i + 2)]; };
const envBlock = (x: Slot, pre: string[] = [], post: string[] = []) => [...pre, ...x.kv.map(([a, b]) => `${a}=${b}`), ...post].join("\n");
const yamlDoc = (x: Slot) => `service: billing-sync\nenv: production\n${slug(x.p)}:\n${x.kv.map(([a, b]) => `  ${k(a)}: "${b}"`).join("\n")}\nlogging:\n  level: info\n  format: json\n`;

export const RENDERERS: Renderer[] = [
  { name: "chat-completion pasted .env (JSON-escaped)", fn: (x) => JSON.stringify({ model: "gpt-4o-2024-08-06", temperature: 0.2, messages: [{ role: "system", content: "You are a senior backend engineer helping debug deployments." }, { role: "user", content: `The service crashes on boot in staging. This is the .env I'm using:\n\n${envBlock(x, ["NODE_ENV=production", "PORT=8080"], ["LOG_LEVEL=debug"])}\n\nAnything obviously wrong?` }] }) },
  { name: "anthropic tool_use write_file", fn: (x, g) => JSON.stringify({ model: "claude-sonnet-4-20250514", max_tokens: 4096, messages: [{ role: "user", content: "Set up the config for the billing worker." }, { role: "assistant", content: [{ type: "text", text: "I'll write the worker config." }, { type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "config/worker.yaml", content: yamlDoc(x) } }] }] }) },
  { name: "openai tool_calls shell arguments (double-escaped)", fn: (x, g) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: "run the migration against prod" }, { role: "assistant", content: null, tool_calls: [{ id: "call_" + g.a(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${x.kv.map(([a, b]) => `export ${a}="${b}"`).join(" && ")} && ./scripts/migrate.sh --env prod`, timeout: 120 }) } }] }] }) },
  { name: "MCP tool result (cat .env.production)", fn: (x, g) => JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text: `$ cat deploy/.env.production\n${envBlock(x, ["APP_NAME=ledger-api"], ["FEATURE_FLAGS=beta_ui,fast_sync"])}\n` }], isError: false } }) },
  { name: "curl header", http: true, fn: (x) => `curl -sS -X POST https://${x.host}/v1/jobs \\\n  -H '${x.hdr}${x.v}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"name":"nightly-export","limit":500}'` },
  { name: "raw HTTP request headers", http: true, fn: (x) => ["POST /v2/events HTTP/1.1", `Host: ${x.host}`, "User-Agent: python-httpx/0.27.0", "Accept: application/json", `${x.hdr}${x.v}`, "Content-Type: application/json", "Content-Length: 57", "", '{"event":"sync.started","source":"worker-3","attempt":1}'].join("\r\n") },
  { name: "URL query in client log", http: true, fn: (x, g) => `[${g.ts()}] INFO  http.client GET https://${x.host}/api/v3/search?${x.q}=${encodeURIComponent(x.v)}&q=invoices&per_page=50 -> 200 (${g.range(40, 900)}ms)` },
  { name: "form body", http: true, fn: (x) => `POST /api/integrations/connect HTTP/1.1\r\nHost: ${x.host}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nworkspace=acme-prod&${x.kv.map(([a, b]) => `${k(a)}=${encodeURIComponent(b)}`).join("&")}&submit=Save` },
  { name: "multipart body", http: true, fn: (x, g) => { const bd = "----WebKitFormBoundary" + g.a(16); return [`POST /settings/integrations HTTP/1.1`, `Host: ${x.host}`, `Content-Type: multipart/form-data; boundary=${bd}`, "", ...x.kv.flatMap(([a, b]) => [`--${bd}`, `Content-Disposition: form-data; name="${k(a)}"`, "", b]), `--${bd}`, 'Content-Disposition: form-data; name="enabled"', "", "true", `--${bd}--`, ""].join("\r\n"); } },
  { name: "JSON config", fn: (x) => JSON.stringify({ service: "billing-sync", region: "eu-west-1", integrations: { [slug(x.p)]: Object.fromEntries(x.kv.map(([a, b]) => [camel(a), b])) }, retry: { max: 5, backoffMs: 250 } }, null, 2) },
  { name: "YAML config", fn: (x) => yamlDoc(x) },
  { name: "TOML config", fn: (x) => `[server]\nport = 8080\nworkers = 4\n\n[${slug(x.p)}]\n${x.kv.map(([a, b]) => `${k(a)} = "${b}"`).join("\n")}\ntimeout_secs = 30\n` },
  { name: "INI config", fn: (x) => `[default]\nregion = eu-central-1\noutput = json\n\n[${slug(x.p)}]\n${x.kv.map(([a, b]) => `${k(a)} = ${b}`).join("\n")}\n` },
  { name: ".properties", fn: (x) => `spring.application.name=orders\nserver.port=8081\n${x.kv.map(([a, b]) => `app.${dotted(a)}=${b}`).join("\n")}\nlogging.level.root=INFO\n` },
  { name: ".env file", fn: (x) => `# generated by ./scripts/bootstrap.sh\n${envBlock(x, ["APP_ENV=production", "HTTP_PORT=3000"], ["TZ=UTC"])}\n` },
  { name: "HCL module inputs", fn: (x) => `module "worker" {\n  source  = "./modules/worker"\n  replicas = 3\n\n  environment = {\n${x.kv.map(([a, b]) => `    ${a} = "${b}"`).join("\n")}\n  }\n}\n` },
  { name: "XML appSettings", fn: (x) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${x.kv.map(([a, b]) => `    <add key="${pascal(a)}" value="${b}" />`).join("\n")}\n  </appSettings>\n</configuration>\n` },
  { name: "Python code", fn: (x) => `import os\n\nimport httpx\n\n${x.kv.map(([a, b]) => `${a} = os.environ.get("${a}", "${b}")`).join("\n")}\n\nclient = httpx.Client(base_url="https://${x.host}", timeout=10)\n` },
  { name: "TypeScript code", fn: (x) => `export const config = {\n${x.kv.map(([a, b]) => `  ${camel(a)}: process.env.${a} ?? "${b}",`).join("\n")}\n  baseUrl: "https://${x.host}",\n};\n` },
  { name: "Go code", fn: (x) => `package config\n\n// defaults used when the environment is empty\nconst (\n${x.kv.map(([a, b]) => `\tdefault${pascal(a)} = "${b}"`).join("\n")}\n)\n` },
  { name: "Java code", fn: (x) => `package com.example.billing;\n\npublic final class Settings {\n${x.kv.map(([a, b]) => `    public static final String ${a} = "${b}";`).join("\n")}\n    private Settings() {}\n}\n` },
  { name: "C# code", fn: (x) => `var builder = WebApplication.CreateBuilder(args);\n${x.kv.map(([a, b]) => `builder.Configuration["Integrations:${pascal(a)}"] = "${b}";`).join("\n")}\nvar app = builder.Build();\n` },
  { name: "Ruby code", fn: (x) => `Rails.application.configure do\n${x.kv.map(([a, b]) => `  config.x.${k(a)} = ENV.fetch("${a}", "${b}")`).join("\n")}\nend\n` },
  { name: "PHP code", fn: (x) => `<?php\n\nreturn [\n${x.kv.map(([a, b]) => `    '${k(a)}' => env('${a}', '${b}'),`).join("\n")}\n];\n` },
  { name: "Rust code", fn: (x) => `fn load() -> Settings {\n${x.kv.map(([a, b]) => `    let ${k(a)} = std::env::var("${a}").unwrap_or_else(|_| "${b}".to_string());`).join("\n")}\n    Settings::new(${x.kv.map(([a]) => k(a)).join(", ")})\n}\n` },
  { name: "CI log (set -x trace)", fn: (x, g) => { const t = g.ts(); return [`${t} ##[group]Run ./scripts/deploy.sh`, `${t} ./scripts/deploy.sh`, `${t} shell: /usr/bin/bash -e {0}`, `${t} ##[endgroup]`, ...x.kv.map(([a, b]) => `${t} + export ${a}=${b}`), `${t} + ./bin/release --channel stable`, `${t} release: uploaded 14 artifacts`].join("\n"); } },
  { name: "shell history", fn: (x, g) => { const e = g.epoch(); return [`: ${e}:0;cd ~/src/ledger-api`, `: ${e + 12}:0;git pull --rebase`, ...x.kv.map(([a, b], i) => `: ${e + 30 + i}:0;export ${a}='${b}'`), `: ${e + 41}:0;npm run start:prod`].join("\n"); } },
  { name: "crash report with locals", fn: (x, g) => `Traceback (most recent call last):\n  File "/srv/app/worker/sync.py", line ${g.range(40, 300)}, in run\n    resp = client.post(url, json=payload)\nhttpx.ConnectTimeout: timed out\n\nLocals by frame, innermost last:\n  run:\n    url = 'https://${x.host}/v1/sync'\n${x.kv.map(([a, b]) => `    ${k(a)} = '${b}'`).join("\n")}\n    payload = {'batch': ${g.range(1, 99)}, 'dry_run': False}\n` },
  { name: "Jupyter notebook", fn: (x, g) => JSON.stringify({ cells: [{ cell_type: "markdown", metadata: {}, source: ["# Backfill exploration\n"] }, { cell_type: "code", execution_count: g.range(1, 30), metadata: {}, outputs: [], source: ["import os\n", ...x.kv.map(([a, b]) => `os.environ["${a}"] = "${b}"\n`), "client = make_client()\n"] }], metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed", fn: (x, g) => `-- seed: integration settings for tenant ${g.range(10, 999)}\nINSERT INTO integration_settings (tenant_id, name, value, updated_at) VALUES\n${x.kv.map(([a, b]) => `  (42, '${k(a)}', '${b}', now())`).join(",\n")};\n` },
  { name: "Markdown doc", fn: (x) => `## Local setup\n\n1. Copy these into \`.env.local\`:\n\n\`\`\`bash\n${envBlock(x)}\n\`\`\`\n\n2. Run \`make dev\` and open http://localhost:3000.\n` },
  { name: "unified diff", fn: (x, g) => `diff --git a/config/app.env b/config/app.env\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/config/app.env\n+++ b/config/app.env\n@@ -3,4 +3,${4 + x.kv.length} @@\n PORT=8080\n LOG_LEVEL=info\n${x.kv.map(([a, b]) => `+${a}=${b}`).join("\n")}\n REGION=eu-west-1\n CACHE_TTL=300\n` },
  { name: "chat handover", secretish: true, fn: (x, g) => `[${g.range(9, 18)}:${String(g.range(0, 59)).padStart(2, "0")}] maria.k: @dev-oncall here's the ${x.p} credential for prod, rotate it after the demo pls\n${x.kv.map(([a, b]) => `${a}: ${b}`).join("\n")}\n[${g.range(9, 18)}:${String(g.range(0, 59)).padStart(2, "0")}] tom.r: got it, thanks` },
  { name: "Dockerfile", fn: (x) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\n${x.kv.map(([a, b]) => `ENV ${a}=${b}`).join("\n")}\nEXPOSE 8080\nCMD ["node", "dist/server.js"]\n` },
  { name: "k8s Secret (base64 data)", secretish: true, fn: (x) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${slug(x.p).replace(/_/g, "-")}-creds\n  namespace: prod\ntype: Opaque\ndata:\n${x.kv.map(([a, b]) => `  ${a}: ${Buffer.from(b).toString("base64")}`).join("\n")}\n` },
  { name: "docker run -e", fn: (x) => `docker run -d --name worker --restart unless-stopped ${x.kv.map(([a, b]) => `-e ${a}=${b}`).join(" ")} -p 8080:8080 registry.example.com/acme/worker:1.14.2` },
  { name: "GitHub Actions workflow env", fn: (x) => `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n${x.kv.map(([a, b]) => `      ${a}: ${b}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh\n` },
  { name: "docker-compose environment", fn: (x) => `services:\n  api:\n    image: registry.example.com/acme/api:2.3.0\n    ports:\n      - "8080:8080"\n    environment:\n${x.kv.map(([a, b]) => `      - ${a}=${b}`).join("\n")}\n      - LOG_LEVEL=info\n` },
  { name: "PowerShell", fn: (x) => `${x.kv.map(([a, b]) => `$env:${a} = "${b}"`).join("\n")}\n.\\scripts\\Start-Worker.ps1 -Environment Production\n` },
  { name: "systemd unit", fn: (x) => `[Unit]\nDescription=Ledger sync worker\nAfter=network-online.target\n\n[Service]\n${x.kv.map(([a, b]) => `Environment="${a}=${b}"`).join("\n")}\nExecStart=/usr/local/bin/ledger-worker --config /etc/ledger/worker.toml\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n` },
  { name: "HAR entry", http: true, fn: (x, g) => { const [n, pre] = hsplit(x.hdr); return JSON.stringify({ log: { version: "1.2", entries: [{ startedDateTime: g.ts(), request: { method: "GET", url: `https://${x.host}/api/v1/me`, headers: [{ name: "accept", value: "application/json" }, { name: n, value: pre + x.v }] }, response: { status: 200, headers: [] } }] } }, null, 2); } },
  { name: "devtools copy-as-fetch", http: true, fn: (x) => { const [n, pre] = hsplit(x.hdr); return `fetch("https://${x.host}/graphql", {\n  "headers": {\n    "${n.toLowerCase()}": "${pre}${x.v}",\n    "content-type": "application/json"\n  },\n  "body": "{\\"query\\":\\"{ viewer { id } }\\"}",\n  "method": "POST"\n});`; } },
];

const HOSTS = ["api.example.com", "gateway.example.net", "svc.internal.test", "backend.example.org", "edge.staging.test"];

export interface RotateOpts { idPrefix: string; label: "positive" | "benign"; offset: number; category?: string; }

/** Renders each spec through the next compatible renderer, round robin. */
export function rotate(specs: Spec[], g: Gen, o: RotateOpts): CorpusCase[] {
  const pool = RENDERERS.filter((r) => o.label === "positive" || !r.secretish);
  let at = o.offset;
  return specs.map((sp, i) => {
    let r = pool[at % pool.length]!;
    while (sp.nh && r.http) { at++; r = pool[at % pool.length]!; }
    at++;
    const v = sp.make(g);
    const slot: Slot = { p: sp.p, env: sp.env, v, kv: [...(sp.x ? sp.x(g) : []), [sp.env, v]], hdr: sp.hdr ?? "Authorization: Bearer ", q: sp.q ?? "api_key", host: g.pick(HOSTS) };
    return {
      id: `${o.idPrefix}${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: o.category ?? `heldouty107-sec-${sp.cat}`,
      label: o.label,
      text: r.fn(slot, g),
      note: `${sp.p}; slot ${sp.env}${sp.x ? " (with companions)" : ""}; context: ${r.name}`,
    };
  });
}

/** Handcrafted case helper. */
export function hand(id: string, category: string, label: "positive" | "benign", note: string, text: string): CorpusCase {
  return { id, kind: "secrets", category, label, text, note };
}

/** PEM armour, assembled so the repo never holds a literal private-key header. */
export function pem(kind: string, body: string): string {
  const lines = body.match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${kind}-----`, ...lines, `-----END ${kind}-----`].join("\n");
}
export const PRIV = ["PRIV", "ATE KEY"].join("");
