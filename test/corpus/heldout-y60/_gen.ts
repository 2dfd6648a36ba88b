// Shared generator for heldout-y60: seeded PRNG draws and context renderers. Skipped by the loader.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LO = "abcdefghijklmnopqrstuvwxyz0123456789";
export const B64 = `${AN}+/`;
export const URL64 = `${AN}-_`;
export const DIG = "0123456789";

export class Gen extends SeededRng {
  an(n: number) { return this.str(n, AN); }
  hex(n: number) { return this.str(n, HX); }
  up(n: number) { return this.str(n, UP); }
  lo(n: number) { return this.str(n, LO); }
  dig(n: number) { return this.str(n, DIG); }
  u64(n: number) { return this.str(n, URL64); }
  b64(n: number) { return this.str(n, B64); }
  uuid() { return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-"); }
  /** base64 with correct padding for nbytes random bytes */
  b64bytes(nbytes: number) { return Buffer.from(this.bytes(nbytes)).toString("base64"); }
  jwt(payload: Record<string, unknown>) {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.u64(43)].join(".");
  }
}

/** A token type: provider, group, env-var style name, and how to make a value. */
export interface Spec {
  p: string; // provider + credential
  g: string; // group
  e: string; // env var name
  m: (g: Gen) => string;
  /** how it travels in HTTP: header name, or "bearer" (default) */
  h?: string;
}

const j = (s: string) => JSON.stringify(s);
const low = (e: string) => e.toLowerCase();
const camel = (e: string) => low(e).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const host = (p: string) => "api." + p.toLowerCase().split(/[ (]/)[0]!.replace(/[^a-z0-9]/g, "") + ".com";

export type Renderer = { ctx: string; r: (e: string, v: string, s: Spec, g: Gen) => string };

export const renderers: Renderer[] = [
  { ctx: "LLM chat body with pasted .env", r: (e, v, s, g) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `why does the app still 401? here's my .env:\n\nNODE_ENV=production\nPORT=8080\n${e}=${v}\nLOG_LEVEL=debug\nREQUEST_ID_HEADER=x-request-id\n\nand the error is ${g.pick(["401 Unauthorized", "invalid credentials", "403 Forbidden"])}` }] }, null, 2) },
  { ctx: "Anthropic tool_use write_file config.yaml", r: (e, v, s, g) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll write the config file." }, { type: "tool_use", id: "toolu_01" + g.an(22), name: "write_file", input: { path: "config/app.yaml", content: `app:\n  name: orders-api\n  port: 3000\nintegrations:\n  ${low(s.p.split(" ")[0]!)}:\n    ${camel(e)}: "${v}"\n    timeout_ms: 5000\n` } }] }) },
  { ctx: "OpenAI tool_calls shell command", r: (e, v, s, g) => JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: "call_" + g.an(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${e}=${v} npm run sync -- --verbose`, cwd: "/home/dev/app" }) } }] }) },
  { ctx: "MCP tool result echoed back", r: (e, v) => JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `$ cat .env.production\nDATABASE_POOL=10\n${e}=${v}\nFEATURE_FLAGS=beta,search\n` }], isError: false } }) },
  { ctx: "shell history export", r: (e, v) => `  501  cd ~/src/billing-worker\n  502  git pull --rebase\n  503  export ${e}=${v}\n  504  python -m worker.run --once\n  505  history | tail` },
  { ctx: "docker run -e", r: (e, v) => `docker run -d --name worker \\\n  -e NODE_ENV=production \\\n  -e ${e}='${v}' \\\n  -p 8080:8080 \\\n  ghcr.io/acme/worker:1.14.2` },
  { ctx: "curl header", r: (e, v, s) => s.h ? `curl -sS https://${host(s.p)}/v1/status \\\n  -H "${s.h.includes(":") ? s.h + " " + v : s.h + ": " + v}" \\\n  -H "Accept: application/json"` : `curl -sS -X GET https://${host(s.p)}/v1/me \\\n  -H "Authorization: Bearer ${v}" \\\n  -H "Content-Type: application/json"` },
  { ctx: "raw HTTP request JSON body", r: (e, v, s) => `POST /v2/integrations HTTP/1.1\r\nHost: internal.acme.dev\r\nContent-Type: application/json\r\nUser-Agent: acme-cli/3.2.0\r\n\r\n${JSON.stringify({ name: s.p, enabled: true, credentials: { [camel(e)]: v } })}` },
  { ctx: "form-urlencoded body", r: (e, v) => `POST /settings/integrations HTTP/1.1\nHost: admin.acme.io\nContent-Type: application/x-www-form-urlencoded\n\nintegration=main&${low(e)}=${encodeURIComponent(v)}&save=1` },
  { ctx: "URL query string in log", r: (e, v, s, g) => `${new Date(Date.UTC(2026, 2, 3, 10, g.int(60), g.int(60))).toISOString()} INFO http GET https://${host(s.p)}/v1/query?${low(e)}=${encodeURIComponent(v)}&limit=50 status=200 dur=${g.range(20, 900)}ms` },
  { ctx: "multipart form", r: (e, v, s, g) => { const b = "----WebKitFormBoundary" + g.an(16); return `POST /upload HTTP/1.1\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,20\n--${b}\nContent-Disposition: form-data; name="${low(e)}"\n\n${v}\n--${b}--`; } },
  { ctx: ".env file via write_file", r: (e, v) => JSON.stringify({ tool: "write_file", arguments: { path: ".env", content: `# local overrides\nAPP_URL=http://localhost:3000\n${e}="${v}"\nCACHE_TTL=300\n` } }) },
  { ctx: "docker-compose YAML", r: (e, v) => `services:\n  api:\n    image: acme/api:2.3\n    environment:\n      - NODE_ENV=production\n      - ${e}=${v}\n    ports:\n      - "8080:8080"\n  redis:\n    image: redis:7` },
  { ctx: "TOML config", r: (e, v, s) => `[server]\nhost = "0.0.0.0"\nport = 8000\n\n[${low(s.p.split(" ")[0]!).replace(/[^a-z0-9]/g, "")}]\n${low(e)} = "${v}"\nretries = 3` },
  { ctx: "INI config", r: (e, v, s) => `[default]\nregion = eu-west-1\noutput = json\n\n[${low(s.p.split(" ")[0]!).replace(/[^a-z0-9]/g, "")}]\n${low(e)} = ${v}\nverify_ssl = true` },
  { ctx: "Java .properties", r: (e, v) => `spring.application.name=ledger\nserver.port=8081\napp.integration.${camel(e)}=${v}\nlogging.level.root=INFO` },
  { ctx: "JSON config file", r: (e, v) => JSON.stringify({ name: "acme-sync", version: "1.4.0", settings: { region: "us-east-1", [camel(e)]: v, batchSize: 100 } }, null, 2) },
  { ctx: "Terraform HCL", r: (e, v, s) => `provider "restapi" {\n  uri = "https://${host(s.p)}"\n}\n\nvariable "${low(e)}" {\n  type      = string\n  default   = "${v}"\n  sensitive = true\n}` },
  { ctx: "XML config", r: (e, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${e}" value="${v}" />\n  </appSettings>\n</configuration>` },
  { ctx: "Python SDK code", r: (e, v) => `import os\nimport requests\n\n${e} = os.environ.get("${e}", "${v}")\n\ndef client():\n    s = requests.Session()\n    s.headers["Authorization"] = f"Bearer {${e}}"\n    return s\n` },
  { ctx: "TypeScript code", r: (e, v) => `import axios from "axios";\n\nconst ${camel(e)} = process.env.${e} ?? "${v}";\n\nexport const api = axios.create({\n  baseURL: "https://api.example.internal",\n  headers: { Authorization: \`Bearer \${${camel(e)}}\` },\n});` },
  { ctx: "Go code", r: (e, v) => `package config\n\nimport "os"\n\nfunc ${camel(e).replace(/^./, (c) => c.toUpperCase())}() string {\n\tif v := os.Getenv("${e}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${v}"\n}` },
  { ctx: "Java code", r: (e, v) => `public final class Secrets {\n    private Secrets() {}\n    public static final String ${e} =\n        System.getenv().getOrDefault("${e}", "${v}");\n}` },
  { ctx: "C# code", r: (e, v) => `var builder = WebApplication.CreateBuilder(args);\nvar key = builder.Configuration["${e}"] ?? "${v}";\nbuilder.Services.AddHttpClient("upstream", c => c.DefaultRequestHeaders.Add("Authorization", $"Bearer {key}"));` },
  { ctx: "Ruby code", r: (e, v) => `# config/initializers/integrations.rb\nRails.application.config.x.integrations = {\n  ${low(e)}: ENV.fetch("${e}", "${v}"),\n  timeout: 10\n}` },
  { ctx: "PHP code", r: (e, v) => `<?php\nreturn [\n    'driver' => 'http',\n    '${low(e)}' => env('${e}', '${v}'),\n    'timeout' => 30,\n];` },
  { ctx: "Rust code", r: (e, v) => `fn ${low(e)}() -> String {\n    std::env::var("${e}").unwrap_or_else(|_| "${v}".to_string())\n}` },
  { ctx: "GitHub Actions CI log", r: (e, v, s, g) => `2026-03-04T09:1${g.int(10)}:22.1234567Z ##[group]Run ./scripts/deploy.sh\n2026-03-04T09:1${g.int(10)}:22.1240000Z + echo "using ${e}=${v}"\n2026-03-04T09:1${g.int(10)}:22.1250000Z using ${e}=${v}\n2026-03-04T09:1${g.int(10)}:23.0000000Z + ./deploy --env prod\n2026-03-04T09:1${g.int(10)}:25.0000000Z ##[endgroup]` },
  { ctx: "Python crash dump with locals", r: (e, v) => `Traceback (most recent call last):\n  File "/app/sync.py", line 88, in run\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized\n\nLocals at frame run:\n    attempt = 3\n    ${low(e)} = '${v}'\n    url = 'https://api.example.internal/v1/sync'` },
  { ctx: "Jupyter notebook cell", r: (e, v) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${e}"] = "${v}"\n`, "df = load_frame()\n"] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 }) },
  { ctx: "SQL seed insert", r: (e, v, s) => `INSERT INTO integration_credentials (tenant_id, provider, secret, created_at)\nVALUES (42, '${s.p.split(" ")[0]}', '${v}', now());` },
  { ctx: "Markdown setup doc", r: (e, v) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the key we use in staging:\n\n\`\`\`bash\nexport ${e}=${v}\n\`\`\`\n\n3. Run \`make dev\`.` },
  { ctx: "unified diff", r: (e, v) => `diff --git a/.env.staging b/.env.staging\nindex 3f2a1c0..9b7d4e1 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,5 @@ APP_ENV=staging\n LOG_LEVEL=info\n-${e}=\n+${e}=${v}\n QUEUE=default` },
  { ctx: "chat message JSON", r: (e, v, s) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content: `my teammate pasted this in slack, can you check the ${s.p.split(" ")[0]} call works?\n> use ${v} for the staging account` }] }) },
  { ctx: "k8s Secret stringData", r: (e, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n  ${e}: "${v}"` },
  { ctx: "Dockerfile ENV", r: (e, v) => `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nENV ${e}=${v}\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]` },
];

/** Render specs through the renderers in rotation. */
export function rotate(specs: Spec[], seed: number, prefix: string, cat: string, start = 0, passes = 1): CorpusCase[] {
  const g = new Gen(seed);
  const out: CorpusCase[] = [];
  let n = 0;
  for (let pass = 0; pass < passes; pass++) {
    for (const s of specs) {
      const R = renderers[(start + n * 7 + pass * 3) % renderers.length]!;
      const v = s.m(g);
      out.push({
        id: `${prefix}-${String(n + 1).padStart(3, "0")}`,
        kind: "secrets",
        category: `${cat}-${s.g}`,
        label: "positive",
        text: R.r(s.e, v, s, g),
        note: `${s.p}; slot ${s.e}; context: ${R.ctx}`,
      });
      n++;
    }
  }
  return out;
}
export { j };
