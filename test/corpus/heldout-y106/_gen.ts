// Builders and shared context renderers for heldout-y106. Skipped by the loader (leading "_").
// Every credential-shaped value is assembled at run time from split prefixes and a seeded PRNG.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
const AL = UP + LO + DG;

export class Gen extends SeededRng {
  a(n: number): string { return this.str(n, AL); }
  h(n: number): string { return this.str(n, "0123456789abcdef"); }
  H(n: number): string { return this.str(n, "0123456789ABCDEF"); }
  d(n: number): string { return this.str(1, "123456789") + this.str(n - 1, DG); }
  u(n: number): string { return this.str(n, UP + DG); }
  lo(n: number): string { return this.str(n, LO + DG); }
  lc(n: number): string { return this.str(n, LO); }
  b64(n: number): string { return this.str(n, AL + "+/"); }
  b64u(n: number): string { return this.str(n, AL + "-_"); }
  uuid(): string { return [this.h(8), this.h(4), "4" + this.h(3), this.pick(["8", "9", "a", "b"]) + this.h(3), this.h(12)].join("-"); }
  enc(s: string): string { return Buffer.from(s).toString("base64"); }
  encu(s: string): string { return Buffer.from(s).toString("base64url"); }
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    return [this.encu(JSON.stringify({ alg, typ: "JWT" })), this.encu(JSON.stringify(payload)), this.b64u(alg === "HS256" ? 43 : 342)].join(".");
  }
  word(): string { return this.pick(["atlas", "beacon", "cobalt", "delta", "ember", "fjord", "granite", "harbor", "iris", "juniper", "kestrel", "lumen", "meridian", "nimbus", "orchid", "pylon", "quartz", "raven", "sierra", "tundra"]); }
  ts(): number { return 1718000000 + this.int(20000000); }
  iso(): string { return new Date(this.ts() * 1000).toISOString(); }
  /** A PEM block with a random body wrapped at 64 columns. */
  pem(label: string, lead: string, n: number): string {
    const body = lead + this.b64(n - lead.length);
    const lines = body.match(/.{1,64}/g) ?? [];
    const dash = "-".repeat(5);
    return [`${dash}BEGIN ${label}${dash}`, ...lines, `${dash}END ${label}${dash}`].join("\n");
  }
}

/** One credential (or look-alike) type and the slot it sits in. */
export interface Spec {
  /** Provider and credential type. */
  p: string;
  /** Category suffix, e.g. "sec-ai" or "benign". */
  cat: string;
  /** Environment variable name; other slot names derive from it unless given. */
  env: string;
  make: (g: Gen) => string;
  /** Config key (snake case). */
  k?: string;
  /** Header name and value prefix. */
  h?: string;
  hp?: string;
  /** Query / form parameter. */
  q?: string;
}

export const sp = (p: string, cat: string, env: string, make: (g: Gen) => string, o: Partial<Spec> = {}): Spec => ({ p, cat, env, make, ...o });

const key = (s: Spec) => s.k ?? s.env.toLowerCase();
const camel = (s: Spec) => key(s).replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const pascal = (s: Spec) => { const c = camel(s); return c.charAt(0).toUpperCase() + c.slice(1); };
const hdr = (s: Spec) => s.h ?? "Authorization";
const hpre = (s: Spec) => (s.h === undefined ? (s.hp ?? "Bearer ") : (s.hp ?? ""));
const qp = (s: Spec) => s.q ?? key(s);
const slug = (s: Spec) => s.p.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").split("-")[0] ?? "svc";

const filler = (g: Gen) => g.pick([
  ["NODE_ENV=production", "PORT=8080", "LOG_LEVEL=info"],
  ["APP_ENV=staging", "HTTP_TIMEOUT_MS=15000", "FEATURE_NEW_CHECKOUT=true"],
  ["RUST_LOG=info", "BIND_ADDR=0.0.0.0:3000", "WORKERS=4"],
  ["DJANGO_SETTINGS_MODULE=app.settings.prod", "ALLOWED_HOSTS=app.example.com", "DEBUG=False"],
  ["TZ=UTC", "CACHE_TTL=300", "REGION=eu-west-1"],
]);
const envFile = (g: Gen, s: Spec, v: string) => { const f = filler(g); return [f[0], f[1], `${s.env}=${v}`, f[2]].join("\n") + "\n"; };

export interface Renderer { name: string; secretish: boolean; f: (g: Gen, s: Spec, v: string) => string; }

const J = (o: unknown) => JSON.stringify(o);

export const RENDERERS: Renderer[] = [
  { name: "openai chat body, pasted .env", secretish: false, f: (g, s, v) => J({ model: "gpt-4o", temperature: 0.2, messages: [{ role: "system", content: "You are a senior engineer helping debug deployments." }, { role: "user", content: `The service crashes on boot after I moved hosts. Here is the .env I'm using:\n\n${envFile(g, s, v)}\nWhat am I missing?` }] }) },
  { name: "anthropic messages body, pasted docker-compose", secretish: false, f: (g, s, v) => J({ model: "claude-sonnet-4-20250514", max_tokens: 2048, messages: [{ role: "user", content: `Can you add a healthcheck to this compose file?\n\n\`\`\`yaml\nservices:\n  ${g.word()}:\n    image: registry.example.com/${g.word()}:${g.range(1, 9)}.${g.range(0, 20)}.0\n    environment:\n      - ${s.env}=${v}\n      - LOG_LEVEL=debug\n    ports:\n      - "8080:8080"\n\`\`\`` }] }) },
  { name: "anthropic tool_use write_file (JSON config inside input)", secretish: false, f: (g, s, v) => J({ role: "assistant", content: [{ type: "text", text: "I'll write the settings file now." }, { type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "config/settings.json", content: JSON.stringify({ [slug(s)]: { [camel(s)]: v, retries: 3 }, region: "eu-central-1" }, null, 2) } }] }) },
  { name: "openai tool_calls run_shell (double-escaped arguments)", secretish: false, f: (g, s, v) => J({ role: "assistant", content: null, tool_calls: [{ id: "call_" + g.a(24), type: "function", function: { name: "run_shell", arguments: J({ command: `export ${s.env}="${v}" && npm run deploy -- --env staging`, timeout: 120 }) } }] }) },
  { name: "MCP tools/call result echoing .env.production", secretish: false, f: (g, s, v) => J({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text: envFile(g, s, v) }], isError: false } }) },
  { name: "curl command with header", secretish: false, f: (g, s, v) => `curl -sS -X POST "https://api.${slug(s)}.example.com/v1/${g.word()}s" \\\n  -H "${hdr(s)}: ${hpre(s)}${v}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"limit": ${g.range(5, 50)}}'` },
  { name: "raw HTTP request headers", secretish: false, f: (g, s, v) => `GET /v2/${g.word()}/items?page=${g.range(1, 9)} HTTP/1.1\r\nHost: api.${slug(s)}.example.com\r\nUser-Agent: node-fetch/3.3.2\r\nAccept: application/json\r\n${hdr(s)}: ${hpre(s)}${v}\r\nConnection: keep-alive\r\n\r\n` },
  { name: "web_fetch tool call with URL query", secretish: false, f: (g, s, v) => J({ type: "tool_use", id: "toolu_01" + g.a(22), name: "web_fetch", input: { url: `https://api.${slug(s)}.example.com/v1/${g.word()}?${qp(s)}=${encodeURIComponent(v)}&format=json` } }) },
  { name: "form-urlencoded POST body", secretish: false, f: (g, s, v) => `POST /v1/token HTTP/1.1\nHost: auth.${slug(s)}.example.com\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-${g.word()}&${qp(s)}=${encodeURIComponent(v)}&scope=read` },
  { name: "multipart/form-data body", secretish: false, f: (g, s, v) => { const b = "----WebKitFormBoundary" + g.a(16); return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="project"\n\n${g.word()}\n--${b}\nContent-Disposition: form-data; name="${qp(s)}"\n\n${v}\n--${b}--\n`; } },
  { name: "JSON config file", secretish: false, f: (g, s, v) => JSON.stringify({ service: g.word(), port: 8080, [slug(s)]: { [camel(s)]: v, timeoutMs: 5000 }, logging: { level: "info" } }, null, 2) },
  { name: "YAML config", secretish: false, f: (g, s, v) => `# config/${g.word()}.yaml\nserver:\n  port: 8080\n${slug(s)}:\n  ${key(s)}: "${v}"\n  timeout: 30s\n` },
  { name: "TOML config", secretish: false, f: (g, s, v) => `[server]\nhost = "0.0.0.0"\nport = 3000\n\n[${slug(s)}]\n${key(s)} = "${v}"\nmax_retries = 3\n` },
  { name: "INI config", secretish: false, f: (g, s, v) => `[default]\nregion = us-east-1\n\n[${slug(s)}]\n${key(s)} = ${v}\nendpoint = https://${slug(s)}.example.net\n` },
  { name: "Java .properties", secretish: false, f: (g, s, v) => `spring.application.name=${g.word()}\nserver.port=8080\n${slug(s)}.${key(s).replace(/_/g, ".")}=${v}\nlogging.level.root=INFO\n` },
  { name: "shell script export", secretish: false, f: (g, s, v) => `#!/usr/bin/env bash\nset -euo pipefail\nexport ${s.env}="${v}"\nexport APP_ENV=staging\n./bin/${g.word()}-worker --concurrency 4\n` },
  { name: "Terraform tfvars / HCL", secretish: false, f: (g, s, v) => `# terraform.tfvars\nproject     = "${g.word()}"\nenvironment = "prod"\n${key(s)} = "${v}"\n` },
  { name: ".NET app.config XML", secretish: false, f: (g, s, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${pascal(s)}" value="${v}" />\n  </appSettings>\n</configuration>\n` },
  { name: "Python SDK setup", secretish: false, f: (g, s, v) => `import os\nimport httpx\n\n${key(s).toUpperCase()} = os.environ.get("${s.env}", "${v}")\n\nclient = httpx.Client(base_url="https://api.${slug(s)}.example.com", timeout=10)\n` },
  { name: "TypeScript module", secretish: false, f: (g, s, v) => `import { createClient } from "./client";\n\nconst ${camel(s)} = process.env.${s.env} ?? "${v}";\n\nexport const client = createClient({ ${camel(s)}, retries: 2 });\n` },
  { name: "Go source", secretish: false, f: (g, s, v) => `package config\n\nimport "os"\n\nfunc ${pascal(s)}() string {\n\tif v := os.Getenv("${s.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${v}"\n}\n` },
  { name: "Java source", secretish: false, f: (g, s, v) => `public final class ${pascal(s).slice(0, 20)}Config {\n    private static final String ${key(s).toUpperCase()} = "${v}";\n    public static String get() { return ${key(s).toUpperCase()}; }\n}\n` },
  { name: "C# source", secretish: false, f: (g, s, v) => `var ${camel(s)} = Environment.GetEnvironmentVariable("${s.env}") ?? "${v}";\nvar http = new HttpClient { BaseAddress = new Uri("https://api.${slug(s)}.example.com/") };\n` },
  { name: "Ruby initializer", secretish: false, f: (g, s, v) => `# config/initializers/${slug(s)}.rb\nRails.application.config.x.${slug(s).replace(/-/g, "_")} = {\n  ${key(s)}: ENV.fetch("${s.env}", "${v}"),\n  timeout: 10\n}\n` },
  { name: "PHP config", secretish: false, f: (g, s, v) => `<?php\nreturn [\n    'name' => '${g.word()}',\n    '${key(s)}' => env('${s.env}', '${v}'),\n];\n` },
  { name: "Rust source", secretish: false, f: (g, s, v) => `fn ${key(s)}() -> String {\n    std::env::var("${s.env}").unwrap_or_else(|_| "${v}".to_string())\n}\n` },
  { name: "CI log with set -x trace", secretish: false, f: (g, s, v) => { const t = g.iso(); return `${t} ##[group]Run ./scripts/release.sh\n${t} + export APP_ENV=production\n${t} + export ${s.env}=${v}\n${t} + ./scripts/upload-artifacts.sh dist/\n${t} Uploaded 14 files in 3.2s\n${t} ##[endgroup]`; } },
  { name: "zsh history", secretish: false, f: (g, s, v) => { const t = g.ts(); return `: ${t}:0;cd ~/src/${g.word()}\n: ${t + 9}:0;git pull --rebase\n: ${t + 31}:0;${s.env}=${v} make deploy\n: ${t + 70}:0;kubectl get pods -n ${g.word()}`; } },
  { name: "Python crash report with locals", secretish: false, f: (g, s, v) => `Traceback (most recent call last):\n  File "/srv/app/${slug(s)}_client.py", line ${g.range(40, 300)}, in fetch\n    resp = self.session.get(url, timeout=5)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.${slug(s)}.example.com', port=443): Max retries exceeded\n\nLocals at frame fetch:\n    url = 'https://api.${slug(s)}.example.com/v1/status'\n    ${key(s)} = '${v}'\n    attempt = 3\n` },
  { name: "Jupyter notebook cell", secretish: false, f: (g, s, v) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: g.range(1, 30), metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.env}"] = "${v}"\n`, "df = load_frame('events.parquet')\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", secretish: false, f: (g, s, v) => `-- seeds/00${g.range(1, 9)}_integrations.sql\nINSERT INTO integrations (id, provider, ${key(s)}, enabled, created_at)\nVALUES (${g.range(1, 999)}, '${slug(s)}', '${v}', true, now());\n` },
  { name: "Markdown setup doc", secretish: false, f: (g, s, v) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the ${s.p} value we use on staging:\n\n\`\`\`bash\n${s.env}=${v}\n\`\`\`\n\n3. Run \`make dev\`.\n` },
  { name: "unified diff", secretish: false, f: (g, s, v) => { const w = g.word(); return `diff --git a/deploy/${w}.env b/deploy/${w}.env\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/deploy/${w}.env\n+++ b/deploy/${w}.env\n@@ -2,4 +2,4 @@ APP_ENV=production\n LOG_LEVEL=info\n-${s.env}=\n+${s.env}=${v}\n WORKERS=4\n`; } },
  { name: "chat message handing over the credential", secretish: true, f: (g, s, v) => J({ channel: "C0" + g.u(9), text: `hey <@U0${g.u(8)}>, here's the ${s.p} for staging so you can unblock the deploy: ${v} — I'll rotate it after the demo`, ts: `${g.ts()}.${g.d(6)}` }) },
  { name: "Dockerfile ENV", secretish: false, f: (g, s, v) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${s.env}=${v}\nCOPY . .\nCMD ["node", "dist/server.js"]\n` },
  { name: "Kubernetes Secret stringData", secretish: true, f: (g, s, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${g.word()}-${slug(s)}\n  namespace: prod\ntype: Opaque\nstringData:\n  ${s.env}: "${v}"\n` },
  { name: "docker run -e", secretish: false, f: (g, s, v) => `docker run -d --name ${g.word()} -e ${s.env}=${v} -e TZ=UTC -p 8080:8080 registry.example.com/${g.word()}:${g.range(1, 5)}.${g.range(0, 9)}` },
  { name: "GitHub Actions workflow env", secretish: false, f: (g, s, v) => `name: nightly\non:\n  schedule:\n    - cron: "0 3 * * *"\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n      ${s.env}: ${v}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/sync.sh\n` },
  { name: "systemd unit Environment=", secretish: false, f: (g, s, v) => `[Unit]\nDescription=${g.word()} worker\n\n[Service]\nExecStart=/usr/local/bin/${g.word()}\nEnvironment="${s.env}=${v}"\nRestart=on-failure\n` },
  { name: "HAR entry request headers", secretish: false, f: (g, s, v) => J({ log: { version: "1.2", entries: [{ startedDateTime: g.iso(), request: { method: "GET", url: `https://api.${slug(s)}.example.com/v1/${g.word()}`, headers: [{ name: "accept", value: "application/json" }, { name: hdr(s), value: hpre(s) + v }] }, response: { status: 200 } }] } }) },
  { name: "structured JSON log line", secretish: false, f: (g, s, v) => J({ level: "debug", time: g.iso(), msg: "outbound request", trace_id: g.h(32), upstream: `api.${slug(s)}.example.com`, headers: { [hdr(s)]: hpre(s) + v } }) },
];

export const pad = (n: number) => String(n).padStart(3, "0");

/** Rotates specs through the renderers: case i uses spec i mod specs and renderer (i + offset) mod renderers. */
export function rotate(g: Gen, idPrefix: string, specs: Spec[], n: number, offset: number, label: "positive" | "benign" = "positive"): CorpusCase[] {
  const rs = label === "benign" ? RENDERERS.filter((r) => !r.secretish) : RENDERERS;
  const out: CorpusCase[] = [];
  for (let i = 0; i < n; i++) {
    const s = specs[i % specs.length]!;
    const r = rs[(i + offset) % rs.length]!;
    const v = s.make(g);
    out.push({ id: idPrefix + pad(i + 1), kind: "secrets", category: `heldouty106-${s.cat}`, label, text: r.f(g, s, v), note: `${s.p}; slot ${s.env}; context ${r.name}` });
  }
  return out;
}

export function mk(id: string, cat: string, label: "positive" | "benign", note: string, text: string): CorpusCase {
  return { id, kind: "secrets", category: `heldouty106-${cat}`, label, text, note };
}
