// Shared generator for heldout-y41: seeded PRNG draws and context renderers. Skipped by the loader.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const B64U = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen extends SeededRng {
  an(n: number): string { return this.str(n, AN); }
  hex(n: number): string { return this.str(n, HEX); }
  hexu(n: number): string { return this.str(n, HEXU); }
  dig(n: number): string { return this.str(n, DIG); }
  lo(n: number): string { return this.str(n, LO + DIG); }
  up(n: number): string { return this.str(n, UP + DIG); }
  b64(n: number): string { return this.str(n, B64); }
  b64u(n: number): string { return this.str(n, B64U); }
  uuid(): string { return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-"); }
  jwt(payload: object): string {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.b64u(43)].join(".");
  }
  pem(label: string, lines: number): string {
    const body: string[] = [];
    for (let i = 0; i < lines; i++) body.push(this.b64(64));
    body.push(this.b64(this.range(20, 60)) + "==");
    return ["-----BEGIN " + label + "-----", ...body, "-----END " + label + "-----"].join("\n");
  }
  sha(): string { return this.hex(40); }
  ts(): string { return `2026-${String(this.range(1, 11)).padStart(2, "0")}-${String(this.range(10, 28))}T${String(this.range(10, 23))}:${String(this.range(10, 59))}:${String(this.range(10, 59))}Z`; }
}

export const j = (...p: string[]) => p.join("");

const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const kebab = (env: string) => env.toLowerCase().replace(/_/g, "-");
const dotted = (env: string) => env.toLowerCase().replace(/_/g, ".");

export type Renderer = { name: string; bearer?: true; fn: (env: string, v: string, g: Gen, host: string) => string };

export const renderers: Renderer[] = [
  { name: "chat body with pasted .env", fn: (e, v, g) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `my app won't start locally, here's my .env:\n\nNODE_ENV=development\nPORT=3000\nLOG_LEVEL=debug\n${e}=${v}\nDATABASE_POOL=10\n\nwhat am I missing?` }] }) },
  { name: "OpenAI tool_calls shell command", fn: (e, v, g) => JSON.stringify({ id: "chatcmpl-" + g.an(29), object: "chat.completion", choices: [{ index: 0, message: { role: "assistant", content: null, tool_calls: [{ id: "call_" + g.an(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${e}=${v} && npm run deploy -- --env staging` }) } }] }, finish_reason: "tool_calls" }] }, null, 2) },
  { name: "Anthropic tool_use write_file .env", fn: (e, v, g) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll create the local env file." }, { type: "tool_use", id: "toolu_01" + g.an(22), name: "write_file", input: { path: ".env.local", content: `# generated\nAPP_URL=http://localhost:8080\n${e}="${v}"\n` } }] }, null, 2) },
  { name: "MCP tool result echoed back", fn: (e, v, g) => JSON.stringify({ jsonrpc: "2.0", id: g.range(3, 90), result: { content: [{ type: "text", text: `$ cat config/secrets.env\n# service credentials\n${e}=${v}\nREGION=eu-west-1\n` }], isError: false } }) },
  { name: "curl header", bearer: true, fn: (e, v, g, h) => `curl -sS -X POST https://${h}/v1/items \\\n  -H "Authorization: Bearer ${v}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"smoke-test","dry_run":true}'` },
  { name: "HTTP request header dump", bearer: true, fn: (e, v, g, h) => `> GET /api/v2/account HTTP/1.1\n> Host: ${h}\n> User-Agent: python-requests/2.32.3\n> Accept: application/json\n> X-Api-Key: ${v}\n> X-Request-Id: ${g.uuid()}\n>\n< HTTP/1.1 200 OK\n< Content-Type: application/json` },
  { name: "URL query string", bearer: true, fn: (e, v, g, h) => `GET https://${h}/api/v1/search?q=status%3Aopen&limit=50&api_key=${encodeURIComponent(v)}&format=json HTTP/1.1\nHost: ${h}\nAccept: */*` },
  { name: "form body", bearer: true, fn: (e, v, g, h) => `POST /oauth/token HTTP/1.1\nHost: ${h}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-${g.lo(8)}&client_secret=${encodeURIComponent(v)}&scope=read` },
  { name: "multipart body", bearer: true, fn: (e, v, g) => { const b = "----WebKitFormBoundary" + g.an(16); return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}\nContent-Disposition: form-data; name="token"\n\n${v}\n--${b}--`; } },
  { name: "JSON request body", fn: (e, v, g, h) => `POST https://${h}/v1/integrations\nContent-Type: application/json\n\n${JSON.stringify({ name: "ci-sync", enabled: true, credentials: { [camel(e)]: v }, retries: 3 }, null, 2)}` },
  { name: "YAML config", fn: (e, v) => `# config/production.yaml\nserver:\n  port: 8443\n  workers: 4\nintegrations:\n  ${kebab(e)}:\n    enabled: true\n    ${camel(e)}: "${v}"\n    timeout_ms: 5000\n` },
  { name: "TOML config", fn: (e, v) => `[service]\nname = "billing-worker"\nconcurrency = 8\n\n[credentials]\n${e.toLowerCase()} = "${v}"\nregion = "us-east-1"\n` },
  { name: "INI config", fn: (e, v) => `[default]\noutput = json\nregion = eu-central-1\n\n[profile deploy]\n${e.toLowerCase()} = ${v}\nretry_mode = adaptive\n` },
  { name: "Java properties", fn: (e, v) => `# application-prod.properties\nspring.datasource.hikari.maximum-pool-size=20\nlogging.level.root=INFO\napp.${dotted(e)}=${v}\nmanagement.endpoints.web.exposure.include=health\n` },
  { name: "JSON config file", fn: (e, v) => JSON.stringify({ $schema: "./config.schema.json", env: "production", features: { audit: true }, secrets: { [e]: v } }, null, 2) },
  { name: "Terraform HCL", fn: (e, v) => `provider "restapi" {\n  uri                  = "https://api.internal.example.net"\n  write_returns_object = true\n}\n\nvariable "${e.toLowerCase()}" {\n  type      = string\n  sensitive = true\n  default   = "${v}"\n}\n` },
  { name: "XML config", fn: (e, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${e}" value="${v}" />\n  </appSettings>\n</configuration>` },
  { name: "Python SDK constructor", fn: (e, v) => `import os\nimport logging\n\nfrom app.clients import make_client\n\nlog = logging.getLogger(__name__)\n\nclient = make_client(\n    api_key=os.environ.get("${e}", "${v}"),\n    timeout=30,\n)\n` },
  { name: "TypeScript env default", fn: (e, v) => `import { z } from "zod";\n\nconst Env = z.object({ ${e}: z.string().min(1) });\n\nexport const env = Env.parse({\n  ${e}: process.env.${e} ?? "${v}",\n});\n` },
  { name: "Go code", fn: (e, v) => `package config\n\nimport "os"\n\nfunc ${camel(e)}() string {\n\tif v := os.Getenv("${e}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${v}"\n}\n` },
  { name: "Java code", fn: (e, v) => `public final class Credentials {\n    private Credentials() {}\n\n    // TODO move to vault before release\n    public static final String ${e} = "${v}";\n}\n` },
  { name: "C# code", bearer: true, fn: (e, v) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", c =>\n{\n    c.DefaultRequestHeaders.Add("Authorization", "Bearer ${v}");\n});\nvar app = builder.Build();` },
  { name: "Ruby code", fn: (e, v) => `# config/initializers/upstream.rb\nUpstream.configure do |config|\n  config.api_key = ENV.fetch("${e}", "${v}")\n  config.logger = Rails.logger\nend\n` },
  { name: "PHP code", fn: (e, v) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${e.toLowerCase()}' => env('${e}', '${v}'),\n    'timeout' => 15,\n];\n` },
  { name: "Rust test fixture", bearer: true, fn: (e, v) => `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[tokio::test]\n    async fn lists_projects() {\n        let c = Client::new("${v}");\n        assert!(c.list_projects().await.is_ok());\n    }\n}\n` },
  { name: "CI log", fn: (e, v, g) => `2026-11-02T09:14:0${g.range(0, 9)}.${g.dig(7)}Z ##[group]Run ./scripts/deploy.sh\n2026-11-02T09:14:0${g.range(0, 9)}.${g.dig(7)}Z + echo "using ${e}=${v}"\n2026-11-02T09:14:0${g.range(0, 9)}.${g.dig(7)}Z using ${e}=${v}\n2026-11-02T09:14:1${g.range(0, 9)}.${g.dig(7)}Z Deploying commit ${g.sha()}\n2026-11-02T09:14:1${g.range(0, 9)}.${g.dig(7)}Z ##[endgroup]` },
  { name: "shell history", fn: (e, v) => `  501  git pull --rebase\n  502  npm ci\n  503  export ${e}='${v}'\n  504  npm run sync:remote\n  505  history | tail` },
  { name: "Python crash dump with locals", bearer: true, fn: (e, v, g) => `Traceback (most recent call last):\n  File "/srv/app/worker.py", line 88, in run\n    resp = session.post(url, headers=headers, timeout=10)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.upstream.io', port=443)\n\nLocals at frame run:\n  url = 'https://api.upstream.io/v1/jobs'\n  headers = {'Authorization': 'Bearer ${v}', 'User-Agent': 'worker/1.4'}\n  attempt = 3` },
  { name: "Jupyter notebook cell", fn: (e, v, g) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: g.range(2, 30), metadata: {}, outputs: [], source: ["import os\n", `os.environ["${e}"] = "${v}"\n`, "df = load_dataset('events')\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", fn: (e, v, g) => `-- seed integration credentials\nINSERT INTO integration_settings (tenant_id, provider, setting_key, setting_value, created_at)\nVALUES (${g.range(1, 400)}, 'upstream', '${e.toLowerCase()}', '${v}', NOW());` },
  { name: "Markdown doc", fn: (e, v) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the shared team credential:\n\n\`\`\`bash\n${e}=${v}\n\`\`\`\n\n3. Run \`make dev\`.` },
  { name: "unified diff", fn: (e, v, g) => `diff --git a/.env.staging b/.env.staging\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,5 @@ APP_ENV=staging\n LOG_LEVEL=info\n CACHE_TTL=300\n+${e}=${v}\n FEATURE_FLAGS=beta` },
  { name: "chat message", bearer: true, fn: (e, v) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content: `can you check why this returns 401? the key is ${v} and I'm sending it in the Authorization header` }] }) },
  { name: "docker run", fn: (e, v, g) => `docker run -d --name api-${g.lo(5)} \\\n  -p 8080:8080 \\\n  -e ${e}=${v} \\\n  -e LOG_FORMAT=json \\\n  ghcr.io/acme/api:1.${g.range(0, 20)}.${g.range(0, 9)}` },
  { name: "GitHub Actions workflow", fn: (e, v) => `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${e}: ${v}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n` },
  { name: "k8s Secret stringData", fn: (e, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  ${e}: "${v}"\n` },
  { name: "log line", bearer: true, fn: (e, v, g) => `${g.ts()} INFO  [http-client] request_id=${g.uuid()} method=POST path=/v1/sync status=401 auth="${v}" duration_ms=${g.range(10, 900)}` },
  { name: "docker-compose pasted in chat", fn: (e, v) => JSON.stringify({ messages: [{ role: "user", content: `here's my docker-compose.yml\n\nservices:\n  app:\n    build: .\n    environment:\n      - ${e}=${v}\n      - NODE_ENV=production\n    ports:\n      - \"3000:3000\"\n` }] }) },
];

export type Spec = { group: string; provider: string; env: string; host: string; make: (g: Gen) => string; n?: number; render?: (g: Gen, v: string) => string };

/** One or more cases per spec, rotating through the renderers from an offset. */
export function build(specs: Spec[], g: Gen, prefix: string, cat: string, start: number, pairs = true): CorpusCase[] {
  let idx = 0;
  const out: CorpusCase[] = [];
  let r = start;
  let k = 1;
  for (const s of specs) {
    const n = s.n ?? (pairs && idx++ % 2 === 0 ? 2 : 1);
    for (let i = 0; i < n; i++) {
      const v = s.make(g);
      let text: string;
      let ctx: string;
      if (s.render && i === 0) {
        text = s.render(g, v);
        ctx = "handcrafted";
      } else {
        let rd = renderers[r % renderers.length]!;
        r += 7;
        while (rd.bearer && /[\s]|:\/\//.test(v)) {
          rd = renderers[r % renderers.length]!;
          r += 7;
        }
        text = rd.fn(s.env, v, g, s.host);
        ctx = rd.name;
      }
      out.push({ id: `${prefix}-${String(k++).padStart(3, "0")}`, kind: "secrets", category: `${cat}-${s.group}`, label: "positive", text, note: `${s.provider} (${s.env}) in ${ctx}` });
    }
  }
  return out;
}
