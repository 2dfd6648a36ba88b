// Shared PRNG draws and context renderers for heldout-y67 (skipped by the loader).
// Every credential-shaped value is assembled at run time from split prefixes and mulberry32 bodies.
import { mulberry32, randomString } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";

export class Gen {
  readonly r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  s(n: number, a: string): string {
    return randomString(this.r, n, a);
  }
  A(n: number) { return this.s(n, UP + LO + DG); }
  L(n: number) { return this.s(n, LO + DG); }
  U(n: number) { return this.s(n, UP + DG); }
  H(n: number) { return this.s(n, "0123456789abcdef"); }
  HU(n: number) { return this.s(n, "0123456789ABCDEF"); }
  D(n: number) { return this.s(1, "123456789") + this.s(n - 1, DG); }
  B(n: number) { return this.s(n, UP + LO + DG + "+/"); }
  BU(n: number) { return this.s(n, UP + LO + DG + "-_"); }
  b32(n: number) { return this.s(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"); }
  uuid() { return [this.H(8), this.H(4), "4" + this.H(3), this.s(1, "89ab") + this.H(3), this.H(12)].join("-"); }
  int(n: number) { return Math.floor(this.r() * n); }
  pick<T>(xs: readonly T[]): T { return xs[this.int(xs.length)]!; }
  /** base64 of n random bytes */
  b64bytes(n: number, url = false) {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = this.int(256);
    const s = Buffer.from(b).toString("base64");
    return url ? s.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "") : s;
  }
  jwt(payload: Record<string, unknown>) {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.BU(43)].join(".");
  }
}

export const j = (...p: string[]) => p.join("");

/** A credential spec: provider label, group, env-var style slot name, builder, optional header. */
export interface Spec {
  p: string;
  g: string;
  env: string;
  mk: (g: Gen) => string;
  hdr?: string; // header name; default Authorization: Bearer
  raw?: (g: Gen, v: string) => string; // self-contained rendering (ignores renderer)
}

const lower = (env: string) => env.toLowerCase();
const camel = (env: string) => lower(env).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
/** Header name and value prefix: "X-Api-Key" -> [X-Api-Key, ""]; "Authorization: Token" -> [Authorization, "Token "]. */
const hdrParts = (s: Spec): [string, string] => {
  if (!s.hdr) return ["Authorization", "Bearer "];
  const k = s.hdr.indexOf(": ");
  if (k < 0) return [s.hdr, ""];
  const pre = s.hdr.slice(k + 2);
  return [s.hdr.slice(0, k), pre.endsWith("=") ? pre : pre + " "];
};
const hdrLine = (s: Spec, v: string) => { const [n, p] = hdrParts(s); return `${n}: ${p}${v}`; };

export type Renderer = { name: string; f: (g: Gen, s: Spec, v: string) => string };

export const renderers: Renderer[] = [
  { name: "openai chat body, pasted .env", f: (g, s, v) => JSON.stringify({ model: "gpt-4o", messages: [
    { role: "system", content: "You are a helpful coding assistant." },
    { role: "user", content: `my app won't start locally, here's my .env:\n\nNODE_ENV=development\nPORT=3000\nLOG_LEVEL=debug\n${s.env}=${v}\nREDIS_HOST=localhost\n\nwhat's wrong?` }] }, null, 2) },
  { name: "anthropic messages body, pasted log", f: (g, s, v) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [
    { role: "user", content: [{ type: "text", text: `Here's the failing log output:\n\n\`\`\`\n2026-11-02T10:1${g.int(10)}:0${g.int(10)}Z INFO boot config loaded\n2026-11-02T10:14:07Z DEBUG ${lower(s.env)}=${v}\n2026-11-02T10:14:07Z ERROR request to ${s.p} failed: 401 Unauthorized\n\`\`\`\nWhy 401?` }] }] }) },
  { name: "anthropic tool_use write_file .env", f: (g, s, v) => JSON.stringify({ role: "assistant", content: [
    { type: "text", text: "I'll create the env file for you." },
    { type: "tool_use", id: "toolu_01" + g.A(22), name: "write_file", input: { path: ".env.local", content: `# ${s.p}\n${s.env}=${v}\nDEBUG=false\n` } }] }) },
  { name: "openai tool_calls shell export", f: (g, s, v) => JSON.stringify({ role: "assistant", content: null, tool_calls: [
    { id: "call_" + g.A(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s.env}="${v}" && npm run dev` }) } }] }) },
  { name: "MCP tool result echoed", f: (g, s, v) => JSON.stringify({ jsonrpc: "2.0", id: g.int(90) + 10, result: { content: [
    { type: "text", text: `$ cat config/secrets.env\n# generated ${"2026-10-1" + g.int(10)}\n${s.env}=${v}\nFEATURE_FLAGS=beta,search\n` }], isError: false } }) },
  { name: "curl command header", f: (g, s, v) => `curl -sS -X GET "https://api.example-service.io/v1/status" \\\n  -H "Accept: application/json" \\\n  -H "${hdrLine(s, v)}" | jq .` },
  { name: "raw HTTP request header", f: (g, s, v) => `POST /v2/jobs HTTP/1.1\r\nHost: api.internal.example\r\nUser-Agent: python-requests/2.32.3\r\nContent-Type: application/json\r\n${hdrLine(s, v)}\r\nX-Request-Id: ${g.uuid()}\r\n\r\n{"name":"nightly-sync","retries":3}` },
  { name: "URL query string", f: (g, s, v) => `GET https://hooks.example.net/v1/ingest?source=cli&${lower(s.env)}=${encodeURIComponent(v)}&ts=17${g.D(8)} -> 200 OK` },
  { name: "form body", f: (g, s, v) => `POST /oauth/config HTTP/1.1\nHost: integrations.example.org\nContent-Type: application/x-www-form-urlencoded\n\nclient=deploy-bot&${lower(s.env)}=${encodeURIComponent(v)}&scope=read%20write` },
  { name: "multipart form", f: (g, s, v) => { const b = "----WebKitFormBoundary" + g.A(16); return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="project"\n\nweb-frontend\n--${b}\nContent-Disposition: form-data; name="${lower(s.env)}"\n\n${v}\n--${b}--`; } },
  { name: "JSON request body", f: (g, s, v) => `PUT /api/integrations/${lower(s.p).replace(/[^a-z0-9]+/g, "-")} HTTP/1.1\nContent-Type: application/json\n\n${JSON.stringify({ enabled: true, [camel(s.env)]: v, region: "eu-west-1" }, null, 2)}` },
  { name: "YAML config", f: (g, s, v) => `# config/production.yml\nserver:\n  port: 8080\n  workers: 4\nintegrations:\n  ${lower(s.p).replace(/[^a-z0-9]+/g, "_")}:\n    enabled: true\n    ${lower(s.env)}: "${v}"\n    timeout_ms: 5000\n` },
  { name: "TOML config", f: (g, s, v) => `# settings.toml\n[app]\nname = "orders"\ndebug = false\n\n[${lower(s.p).replace(/[^a-z0-9]+/g, "_")}]\n${lower(s.env)} = "${v}"\nretries = 3\n` },
  { name: "INI config", f: (g, s, v) => `; deploy.ini\n[default]\nregion = us-east-1\noutput = json\n\n[${lower(s.p).replace(/[^a-z0-9]+/g, "-")}]\n${lower(s.env)} = ${v}\n` },
  { name: "Java .properties", f: (g, s, v) => `# application-prod.properties\nspring.datasource.pool-size=10\nlogging.level.root=INFO\napp.${lower(s.env).replace(/_/g, "-")}=${v}\nmanagement.endpoints.web.exposure.include=health\n` },
  { name: "JSON config file", f: (g, s, v) => JSON.stringify({ name: "worker", version: "1.4.2", env: "production", secrets: { [s.env]: v }, features: ["queue", "cron"] }, null, 2) },
  { name: "Terraform HCL", f: (g, s, v) => `variable "region" {\n  default = "us-west-2"\n}\n\nresource "kubernetes_secret" "app" {\n  metadata {\n    name = "app-secrets"\n  }\n  data = {\n    ${s.env} = "${v}"\n  }\n}\n` },
  { name: "XML config", f: (g, s, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.env}" value="${v}" />\n  </appSettings>\n</configuration>\n` },
  { name: "Python code", f: (g, s, v) => `import os\nimport requests\n\n${s.env} = os.environ.get("${s.env}", "${v}")\n\ndef client():\n    s = requests.Session()\n    s.headers["${hdrParts(s)[0]}"] = "${hdrParts(s)[1]}" + ${s.env}\n    return s\n` },
  { name: "TypeScript code", f: (g, s, v) => `import axios from "axios";\n\nconst ${camel(s.env)} = process.env.${s.env} ?? "${v}";\n\nexport const api = axios.create({\n  baseURL: "https://api.example.com",\n  headers: { ${JSON.stringify(hdrParts(s)[0])}: ${JSON.stringify(hdrParts(s)[1])} + ${camel(s.env)} },\n});\n` },
  { name: "Go code", f: (g, s, v) => `package config\n\nimport "os"\n\nfunc ${camel(s.env).replace(/^./, (c) => c.toUpperCase())}() string {\n\tif v := os.Getenv("${s.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${v}"\n}\n` },
  { name: "Java code", f: (g, s, v) => `public final class Secrets {\n    private Secrets() {}\n    // TODO move to vault before release\n    public static final String ${s.env} = "${v}";\n}\n` },
  { name: "C# code", f: (g, s, v) => `var builder = WebApplication.CreateBuilder(args);\nvar ${camel(s.env)} = builder.Configuration["${s.env}"] ?? "${v}";\nbuilder.Services.AddHttpClient("${s.p}", c => c.DefaultRequestHeaders.Add("${hdrParts(s)[0]}", "${hdrParts(s)[1]}" + ${camel(s.env)}));\n` },
  { name: "Ruby code", f: (g, s, v) => `# config/initializers/${lower(s.p).replace(/[^a-z0-9]+/g, "_")}.rb\nRails.application.config.x.${lower(s.env)} = ENV.fetch("${s.env}", "${v}")\n` },
  { name: "PHP code", f: (g, s, v) => `<?php\n// config/services.php\nreturn [\n    '${lower(s.p).replace(/[^a-z0-9]+/g, "_")}' => [\n        'key' => env('${s.env}', '${v}'),\n        'timeout' => 30,\n    ],\n];\n` },
  { name: "Rust test fixture", f: (g, s, v) => `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn builds_client() {\n        let key = std::env::var("${s.env}").unwrap_or_else(|_| "${v}".to_string());\n        let c = Client::new(&key);\n        assert!(c.is_ok());\n    }\n}\n` },
  { name: "GitHub Actions log", f: (g, s, v) => `2026-11-0${g.int(9) + 1}T08:21:44.1${g.D(5)}Z ##[group]Run ./scripts/deploy.sh\n2026-11-04T08:21:44.1203391Z + echo "using ${s.env}=${v}"\n2026-11-04T08:21:44.1204022Z using ${s.env}=${v}\n2026-11-04T08:21:45.0023111Z Deploying to production...\n2026-11-04T08:21:51.7781022Z ##[endgroup]` },
  { name: "shell history", f: (g, s, v) => ` 1021  git pull --rebase\n 1022  npm ci\n 1023  export ${s.env}=${v}\n 1024  npm run migrate\n 1025  history | tail` },
  { name: "Python crash dump with locals", f: (g, s, v) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line 88, in run\n    resp = client.push(batch)\n  File "/app/worker/client.py", line 41, in push\n    raise AuthError(resp.status_code)\nworker.errors.AuthError: 403\n\nLocal variables in frame push:\n    self = <Client base_url='https://api.example.io'>\n    ${lower(s.env)} = '${v}'\n    batch = [<Event 9912>, <Event 9913>]` },
  { name: "Jupyter notebook cell", f: (g, s, v) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: g.int(40) + 1, metadata: {}, outputs: [], source: ["import os\n", `os.environ[\"${s.env}\"] = \"${v}\"\n`, "df = load_dataset()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", f: (g, s, v) => `-- seed integration credentials for staging\nINSERT INTO integrations (id, provider, credential, created_at)\nVALUES (${g.int(900) + 100}, '${s.p}', '${v}', NOW());\n` },
  { name: "Markdown doc", f: (g, s, v) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the ${s.p} credential (ask @ops if it changes):\n\n\`\`\`bash\n${s.env}=${v}\n\`\`\`\n\n3. Run \`make dev\`.\n` },
  { name: "git diff", f: (g, s, v) => `diff --git a/.env.production b/.env.production\nindex ${g.H(7)}..${g.H(7)} 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,3 +3,4 @@ APP_URL=https://app.example.com\n SESSION_TTL=3600\n CACHE_DRIVER=redis\n+${s.env}=${v}\n QUEUE=sqs\n` },
  { name: "chat message", f: (g, s, v) => `[10:4${g.int(10)}] dana: prod is failing ${s.p} auth again, can someone rotate?\n[10:42] mike: here's the current one, paste it into the staging vars too\n[10:42] mike: ${v}\n[10:43] dana: thx` },
  { name: "docker run", f: (g, s, v) => `docker run -d --name api \\\n  -p 8080:8080 \\\n  -e NODE_ENV=production \\\n  -e ${s.env}=${v} \\\n  ghcr.io/example/api:1.9.3` },
  { name: "docker-compose", f: (g, s, v) => `services:\n  web:\n    image: example/web:latest\n    ports:\n      - "3000:3000"\n    environment:\n      - DATABASE_POOL=5\n      - ${s.env}=${v}\n` },
];

/** Render each spec once, then every other spec again per extra pass, through rotating renderers. */
export function renderAll(specs: Spec[], seed: number, prefix: string, cat: string, times = 2, offset = 0): CorpusCase[] {
  const g = new Gen(seed);
  const out: CorpusCase[] = [];
  let n = 0;
  for (let t = 0; t < times; t++) {
    specs.forEach((s, i) => {
      if (t > 0 && i % 2 === 1) return;
      const v = s.mk(g);
      let text: string;
      let ctx: string;
      if (s.raw && t === 0) {
        text = s.raw(g, v);
        ctx = "handcrafted native context";
      } else {
        const r = renderers[(i * 7 + t * 13 + offset) % renderers.length]!;
        text = r.f(g, s, v);
        ctx = r.name;
      }
      n++;
      out.push({ id: `${prefix}-${String(n).padStart(3, "0")}`, kind: "secrets", category: `${cat}-${s.g}`, label: "positive", text, note: `${s.p}; slot ${s.env}; ${ctx}` });
    });
  }
  return out;
}
