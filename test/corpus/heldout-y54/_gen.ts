// Shared generator for heldout-y54: seeded token builders and context renderers.
// Skipped by the loader (leading underscore). Every credential-shaped value is built at run time.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const LAN = LO + DIG;
export const UAN = UP + DIG;
export const HEX = "0123456789abcdef";
export const UHEX = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const URL64 = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Joins prefix pieces so no full prefix+body literal appears in source. */
export const j = (...xs: string[]) => xs.join("");

export class Gen extends SeededRng {
  s(n: number, a: string = AN): string {
    return this.str(n, a);
  }
  hex(n: number): string {
    return this.str(n, HEX);
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[this.int(4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  b64(n: number): string {
    let s = this.str(n, B64);
    while (s.length % 4) s += "=";
    return s;
  }
  b64url(s: string): string {
    return Buffer.from(s).toString("base64url");
  }
  jwt(payload: object): string {
    const h = this.b64url(JSON.stringify({ alg: "HS256", typ: "JWT" }));
    const p = this.b64url(JSON.stringify(payload));
    return `${h}.${p}.${this.s(43, URL64)}`;
  }
  ts(): string {
    return `2026-${String(this.range(1, 11)).padStart(2, "0")}-${String(this.range(1, 28)).padStart(2, "0")}T${String(this.range(0, 23)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}Z`;
  }
  sha(): string {
    return this.hex(40);
  }
}

/** JSON string escape without surrounding quotes. */
export const esc = (s: string) => JSON.stringify(s).slice(1, -1);

export interface Spec {
  group: string;
  provider: string;
  env: string;
  make: (g: Gen) => string;
  /** Optional header name when the value goes in an HTTP header. */
  header?: string;
  host?: string;
}

export type Renderer = (g: Gen, env: string, v: string, sp: Spec) => string;

const lower = (e: string) => e.toLowerCase();
const camel = (e: string) =>
  lower(e).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const host = (sp: Spec) => sp.host ?? `api.${sp.provider.toLowerCase().replace(/[^a-z0-9]+/g, "")}.com`;
const hdr = (sp: Spec, v: string) =>
  sp.header ? (sp.header.includes(":") ? `${sp.header} ${v}` : `${sp.header}: ${v}`) : `Authorization: Bearer ${v}`;

export const RENDERERS: [string, Renderer][] = [
  ["LLM chat body with pasted .env", (g, e, v) => {
    const env = `NODE_ENV=production\nPORT=${g.range(3000, 9000)}\nDATABASE_POOL=10\n${e}=${v}\nLOG_LEVEL=info\n`;
    return `{"model":"claude-sonnet-4-5","max_tokens":4096,"messages":[{"role":"user","content":"${esc(`why does the worker crash on boot? here's my .env:\n\n${env}`)}"}]}`;
  }],
  ["Anthropic tool_use write_file (.env.local)", (g, e, v) =>
    `{"role":"assistant","content":[{"type":"text","text":"I'll create the env file."},{"type":"tool_use","id":"toolu_01${g.s(22)}","name":"write_file","input":{"path":".env.local","content":"${esc(`# generated\n${e}=${v}\nAPP_URL=http://localhost:3000\n`)}"}}]}`],
  ["OpenAI tool_calls shell export", (g, e, v) => {
    const args = JSON.stringify({ command: `export ${e}='${v}' && npm run sync` });
    return `{"role":"assistant","tool_calls":[{"id":"call_${g.s(24)}","type":"function","function":{"name":"run_shell","arguments":${JSON.stringify(args)}}}]}`;
  }],
  ["MCP tool result echoing a config read", (g, e, v) => {
    const body = `[settings]\nregion = "eu-west-1"\n${lower(e)} = "${v}"\ntimeout = 30\n`;
    return `{"jsonrpc":"2.0","id":${g.range(2, 90)},"result":{"content":[{"type":"text","text":"${esc(`$ cat config/app.toml\n${body}`)}"}],"isError":false}}`;
  }],
  ["curl command header", (g, e, v, sp) =>
    `curl -sS -X POST https://${host(sp)}/v1/jobs \\\n  -H '${hdr(sp, v)}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"name":"nightly-${g.range(1, 99)}"}'`],
  ["raw HTTP request header", (g, _e, v, sp) =>
    `GET /v2/resources?limit=${g.range(10, 100)} HTTP/1.1\r\nHost: ${host(sp)}\r\nUser-Agent: python-requests/2.32.3\r\nAccept: */*\r\n${hdr(sp, v)}\r\nX-Request-Id: ${g.uuid()}\r\n\r\n`],
  ["URL query string in fetch", (g, e, v, sp) =>
    `const res = await fetch(\`https://${host(sp)}/v1/data?${lower(e)}=${encodeURIComponent(v)}&page=${g.range(1, 9)}\`);\nconst json = await res.json();`],
  ["form-urlencoded body", (g, e, v, sp) =>
    `POST /oauth/token HTTP/1.1\r\nHost: ${host(sp)}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\ngrant_type=client_credentials&client_id=app-${g.range(100, 999)}&${lower(e)}=${encodeURIComponent(v)}`],
  ["multipart body field", (g, e, v) => {
    const b = `----WebKitFormBoundary${g.s(16)}`;
    return `Content-Type: multipart/form-data; boundary=${b}\r\n\r\n--${b}\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\r\n1,42\r\n--${b}\r\nContent-Disposition: form-data; name="${lower(e)}"\r\n\r\n${v}\r\n--${b}--\r\n`;
  }],
  ["JSON request body", (g, e, v, sp) =>
    `POST https://${host(sp)}/v1/connect\nContent-Type: application/json\n\n${JSON.stringify({ [camel(e)]: v, workspace: `ws-${g.range(10, 99)}`, retry: true }, null, 2)}`],
  ["YAML config", (g, e, v) =>
    `# config/production.yml\nserver:\n  port: ${g.range(3000, 9000)}\nintegrations:\n  ${lower(e)}: "${v}"\n  enabled: true\ncache:\n  ttl: 300\n`],
  ["docker-compose environment", (_g, e, v) =>
    `services:\n  api:\n    image: ghcr.io/acme/api:1.8.2\n    environment:\n      - NODE_ENV=production\n      - ${e}=${v}\n    ports:\n      - "8080:8080"\n`],
  ["TOML config", (g, e, v) =>
    `[app]\nname = "billing"\nworkers = ${g.range(2, 16)}\n\n[credentials]\n${lower(e)} = "${v}"\n`],
  ["INI config", (_g, e, v) =>
    `[default]\nregion = us-east-1\noutput = json\n\n[integration]\n${lower(e)} = ${v}\n`],
  [".properties file", (_g, e, v) =>
    `# application.properties\nspring.application.name=orders\nserver.port=8080\napp.${lower(e).replace(/_/g, ".")}=${v}\nlogging.level.root=INFO\n`],
  ["JSON config file", (g, e, v) =>
    JSON.stringify({ name: "worker", version: `1.${g.range(0, 9)}.0`, settings: { [camel(e)]: v, retries: 3 } }, null, 2)],
  ["Terraform HCL", (_g, e, v, sp) =>
    `provider "${lower(sp.provider).replace(/[^a-z0-9]+/g, "")}" {\n  ${lower(e)} = "${v}"\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { always = timestamp() }\n}\n`],
  ["XML config", (_g, e, v) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${e}" value="${v}" />\n  </appSettings>\n</configuration>\n`],
  ["Python SDK constructor", (_g, e, v, sp) =>
    `import os\nimport ${lower(sp.provider).replace(/[^a-z0-9]+/g, "")}_client as sdk\n\nclient = sdk.Client(\n    api_key=os.environ.get("${e}", "${v}"),\n    timeout=30,\n)\n`],
  ["Node.js env default", (_g, e, v) =>
    `import express from "express";\n\nconst app = express();\nconst ${camel(e)} = process.env.${e} || "${v}";\n\napp.listen(3000, () => console.log("ready"));\n`],
  ["Go const", (_g, e, v) =>
    `package config\n\nimport "os"\n\nconst default${camel(e).replace(/^./, (c) => c.toUpperCase())} = "${v}"\n\nfunc Key() string {\n\tif k := os.Getenv("${e}"); k != "" {\n\t\treturn k\n\t}\n\treturn default${camel(e).replace(/^./, (c) => c.toUpperCase())}\n}\n`],
  ["Java field", (_g, e, v) =>
    `public final class Secrets {\n    private Secrets() {}\n    public static final String ${e} = "${v}";\n}\n`],
  ["C# appsettings usage", (_g, e, v) =>
    `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", c => {\n    c.DefaultRequestHeaders.Add("X-Api-Key", Environment.GetEnvironmentVariable("${e}") ?? "${v}");\n});\n`],
  ["Ruby initializer", (_g, e, v) =>
    `# config/initializers/integration.rb\nRails.application.config.x.integration = {\n  ${lower(e)}: ENV.fetch("${e}", "${v}"),\n  timeout: 10\n}\n`],
  ["PHP config", (_g, e, v) =>
    `<?php\n\nreturn [\n    'driver' => 'http',\n    '${lower(e)}' => env('${e}', '${v}'),\n];\n`],
  ["Rust test fixture", (_g, e, v) =>
    `#[cfg(test)]\nmod tests {\n    #[test]\n    fn connects() {\n        std::env::set_var("${e}", "${v}");\n        assert!(super::connect().is_ok());\n    }\n}\n`],
  ["GitHub Actions CI log", (g, e, v) =>
    `2026-03-0${g.range(1, 9)}T10:12:4${g.range(0, 9)}.1234567Z ##[group]Run ./scripts/deploy.sh\n2026-03-0${g.range(1, 9)}T10:12:4${g.range(0, 9)}.1301122Z + echo "using ${e}=${v}"\n2026-03-0${g.range(1, 9)}T10:12:4${g.range(0, 9)}.1309921Z using ${e}=${v}\n2026-03-0${g.range(1, 9)}T10:12:45.0019281Z Deploy finished in 12.4s\n`],
  ["shell history", (g, e, v) =>
    `  ${g.range(400, 900)}  cd ~/src/api\n  ${g.range(901, 950)}  git pull\n  ${g.range(951, 990)}  export ${e}=${v}\n  ${g.range(991, 999)}  make run\n`],
  ["Python crash dump with locals", (g, e, v) =>
    `Traceback (most recent call last):\n  File "/app/sync.py", line ${g.range(20, 300)}, in run\n    resp = session.post(url, headers=headers)\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized\n\nLocals at frame:\n  url = 'https://example.internal/api'\n  ${lower(e)} = '${v}'\n  headers = {'Accept': 'application/json'}\n`],
  ["Jupyter notebook cell", (g, e, v) =>
    JSON.stringify({ cells: [{ cell_type: "code", execution_count: g.range(1, 40), metadata: {}, outputs: [], source: ["import os\n", `os.environ["${e}"] = "${v}"\n`, "df = load()\n"] }], nbformat: 4, nbformat_minor: 5 }, null, 1)],
  ["SQL seed insert", (g, e, v, sp) =>
    `INSERT INTO integrations (id, provider, name, secret, created_at)\nVALUES (${g.range(1, 500)}, '${sp.provider}', '${lower(e)}', '${v}', NOW());\n`],
  ["Markdown setup doc", (_g, e, v) =>
    `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the key we share for staging:\n\n\`\`\`bash\n${e}=${v}\n\`\`\`\n\n3. Run \`make dev\`.\n`],
  ["unified diff", (g, e, v) =>
    `diff --git a/.env.production b/.env.production\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,3 +3,4 @@ APP_ENV=production\n LOG_LEVEL=warn\n+${e}=${v}\n CACHE_TTL=600\n`],
  ["chat message to teammate", (_g, e, v) =>
    JSON.stringify({ channel: "C04DEPLOY7", text: `hey, prod ${lower(e).replace(/_/g, " ")} rotated, new one is ${v} - update your .env` })],
  ["Kubernetes Secret stringData", (_g, e, v) =>
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n  ${e}: "${v}"\n`],
  ["Dockerfile ENV", (_g, e, v) =>
    `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nENV ${e}=${v}\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n`],
];

/** Renders each spec through a rotating renderer. */
export function build(specs: Spec[], opts: { seed: number; idPrefix: string; category: (sp: Spec) => string; offset?: number }): CorpusCase[] {
  const g = new Gen(opts.seed);
  return specs.map((sp, i) => {
    const [ctx, r] = RENDERERS[(i + (opts.offset ?? 0)) % RENDERERS.length]!;
    const v = sp.make(g);
    return {
      id: `${opts.idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: opts.category(sp),
      label: "positive" as const,
      text: r(g, sp.env, v, sp),
      note: `${sp.provider}: ${sp.env} in ${ctx}`,
    };
  });
}
