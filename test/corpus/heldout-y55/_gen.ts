// Shared PRNG-driven builders and context renderers for heldout-y55 (skipped by the loader).
// Every credential-shaped value is assembled at run time from a split prefix and a seeded body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const ANL = LO + DIG;
export const ANU = UP + DIG;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const URL64 = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen extends SeededRng {
  s(n: number, a = AN): string {
    return this.str(n, a);
  }
  /** prefix parts joined with a seeded body: j(["sk", "_live_"], 24) */
  j(parts: string[], n: number, a = AN): string {
    return [...parts, this.str(n, a)].join("");
  }
  hex(n: number): string {
    return this.str(n, HEX);
  }
  uuid(): string {
    return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-");
  }
  b64(n: number): string {
    const raw = this.str(n, B64);
    const pad = (4 - (n % 4)) % 4;
    return raw + "=".repeat(pad);
  }
  b64url(o: object): string {
    return Buffer.from(JSON.stringify(o)).toString("base64url");
  }
  jwt(payload: object): string {
    return [this.b64url({ alg: "HS256", typ: "JWT" }), this.b64url(payload), this.str(43, URL64)].join(".");
  }
  pem(label: string, lines: number): string {
    const body: string[] = [];
    for (let i = 0; i < lines; i++) body.push(this.str(64, B64));
    body.push(this.str(28, B64) + "==");
    return ["-----BEGIN " + label + "-----", ...body, "-----END " + label + "-----"].join("\n");
  }
  ip(): string {
    return `10.${this.range(0, 255)}.${this.range(0, 255)}.${this.range(1, 254)}`;
  }
  ts(): string {
    return `2026-${String(this.range(1, 11)).padStart(2, "0")}-${String(this.range(10, 28))}T${String(this.range(10, 23))}:${String(this.range(10, 59))}:${String(this.range(10, 59))}Z`;
  }
}

export interface Spec {
  p: string; // provider + slot
  g: string; // group
  env: string; // env var / slot name a developer would use
  host?: string; // API host for HTTP-shaped renderers
  hdr?: string; // header form, "Authorization: Bearer" default
  make: (g: Gen) => string;
}

const jstr = (s: string) => JSON.stringify(s);
const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const kebab = (env: string) => env.toLowerCase().replace(/_/g, "-");
const dotted = (env: string) => env.toLowerCase().replace(/_/g, ".");

export type Renderer = { name: string; f: (g: Gen, s: { env: string; host: string; hdr: string }, v: string) => string };

export const renderers: Renderer[] = [
  {
    name: "openai chat body with pasted .env",
    f: (g, s, v) =>
      JSON.stringify(
        {
          model: "gpt-4.1",
          messages: [
            { role: "system", content: "You are a coding assistant working in the user's repository." },
            { role: "user", content: `why does the app crash on boot? here's my .env:\n\nNODE_ENV=production\nPORT=${g.range(3000, 9000)}\n${s.env}=${v}\nLOG_LEVEL=info\n` },
          ],
          temperature: 0.2,
        },
        null,
        2,
      ),
  },
  {
    name: "anthropic tool_use write_file",
    f: (g, s, v) =>
      JSON.stringify({
        id: "msg_01" + g.s(22),
        type: "message",
        role: "assistant",
        content: [
          { type: "text", text: "I'll add the config file." },
          { type: "tool_use", id: "toolu_01" + g.s(22), name: "write_file", input: { path: "config/settings.yaml", content: `app:\n  name: billing-worker\n  region: eu-west-1\n${kebab(s.env)}: "${v}"\nretries: 3\n` } },
        ],
        stop_reason: "tool_use",
      }),
  },
  {
    name: "openai tool_calls shell command",
    f: (g, s, v) =>
      JSON.stringify({
        role: "assistant",
        tool_calls: [{ id: "call_" + g.s(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s.env}='${v}' && npm run deploy -- --env prod`, timeout: 120 }) } }],
      }),
  },
  {
    name: "MCP tool result echoed back",
    f: (g, s, v) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: g.range(2, 90),
        result: { content: [{ type: "text", text: `$ cat .env.local\n# local overrides\n${s.env}="${v}"\nDEBUG=false\n` }], isError: false },
      }),
  },
  {
    name: "curl with header",
    f: (_g, s, v) => `curl -sS -X GET "https://${s.host}/v1/me" \\\n  -H "${s.hdr} ${v}" \\\n  -H "Accept: application/json"`,
  },
  {
    name: "raw HTTP request",
    f: (g, s, v) => `POST /v1/jobs HTTP/1.1\r\nHost: ${s.host}\r\nUser-Agent: node-fetch/3.3.2\r\nContent-Type: application/json\r\n${s.hdr} ${v}\r\nX-Request-Id: ${g.uuid()}\r\n\r\n{"name":"nightly-sync","dry_run":false}`,
  },
  {
    name: "HTTP JSON body",
    f: (g, s, v) => `POST https://${s.host}/api/integrations HTTP/1.1\nContent-Type: application/json\n\n${JSON.stringify({ name: "ci-bridge", type: "webhook", credentials: { [camel(s.env)]: v }, trace_id: g.hex(32) }, null, 2)}`,
  },
  {
    name: "form-encoded body",
    f: (_g, s, v) => `POST /oauth/connect HTTP/1.1\nHost: ${s.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${s.env.toLowerCase()}=${encodeURIComponent(v)}&scope=read`,
  },
  {
    name: "multipart form",
    f: (g, s, v) => {
      const b = "----WebKitFormBoundary" + g.s(16);
      return `POST /upload HTTP/1.1\nHost: ${s.host}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}\nContent-Disposition: form-data; name="${s.env.toLowerCase()}"\n\n${v}\n--${b}--`;
    },
  },
  {
    name: "query string",
    f: (g, s, v) => `GET https://${s.host}/api/v2/search?q=status%3Aopen&${camel(s.env)}=${encodeURIComponent(v)}&page=${g.range(1, 9)} HTTP/1.1`,
  },
  {
    name: "docker-compose YAML",
    f: (_g, s, v) => `services:\n  api:\n    image: ghcr.io/acme/api:1.14.2\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n      - ${s.env}=${v}\n    depends_on:\n      - db\n  db:\n    image: postgres:16\n`,
  },
  {
    name: "TOML config",
    f: (_g, s, v) => `[server]\nhost = "0.0.0.0"\nport = 8000\n\n[integrations.${s.env.split("_")[0]!.toLowerCase()}]\nenabled = true\n${s.env.toLowerCase()} = "${v}"\ntimeout_secs = 30\n`,
  },
  {
    name: "INI config",
    f: (_g, s, v) => `; deployed by ansible\n[default]\nregion = us-east-1\noutput = json\n\n[${s.env.split("_")[0]!.toLowerCase()}]\n${s.env.toLowerCase()} = ${v}\n`,
  },
  {
    name: "Java .properties",
    f: (_g, s, v) => `spring.application.name=orders\nspring.datasource.hikari.maximum-pool-size=10\nmanagement.endpoints.web.exposure.include=health\napp.${dotted(s.env)}=${v}\nlogging.level.root=INFO\n`,
  },
  {
    name: "JSON config",
    f: (_g, s, v) => JSON.stringify({ $schema: "./config.schema.json", env: "production", features: { beta: false }, secrets: { [camel(s.env)]: v } }, null, 2),
  },
  {
    name: "HCL / Terraform",
    f: (_g, s, v) => `terraform {\n  required_version = ">= 1.6"\n}\n\nvariable "${s.env.toLowerCase()}" {\n  type      = string\n  sensitive = true\n  default   = "${v}"\n}\n`,
  },
  {
    name: "XML config",
    f: (_g, s, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.env}" value="${v}" />\n  </appSettings>\n</configuration>\n`,
  },
  {
    name: "Python SDK default",
    f: (_g, s, v) => `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\n${s.env} = os.environ.get("${s.env}", "${v}")\n\n\ndef client():\n    return Session(api_key=${s.env}, timeout=30)\n`,
  },
  {
    name: "TypeScript constructor",
    f: (_g, s, v) => `import { createClient } from "./client";\n\nexport const client = createClient({\n  baseUrl: "https://${s.host}",\n  ${camel(s.env)}: process.env.${s.env} ?? "${v}",\n  retries: 2,\n});\n`,
  },
  {
    name: "Go constant",
    f: (_g, s, v) => `package config\n\nimport "os"\n\nconst default${camel(s.env).replace(/^./, (c) => c.toUpperCase())} = "${v}"\n\nfunc Token() string {\n\tif t := os.Getenv("${s.env}"); t != "" {\n\t\treturn t\n\t}\n\treturn default${camel(s.env).replace(/^./, (c) => c.toUpperCase())}\n}\n`,
  },
  {
    name: "Ruby initializer",
    f: (_g, s, v) => `# config/initializers/integrations.rb\nRails.application.configure do\n  config.x.integrations = {\n    ${s.env.toLowerCase()}: ENV.fetch("${s.env}", "${v}"),\n    timeout: 15\n  }\nend\n`,
  },
  {
    name: "C# appsettings builder",
    f: (_g, s, v) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", c => {\n    c.BaseAddress = new Uri("https://${s.host}/");\n    c.DefaultRequestHeaders.Add("${s.hdr.split(":")[0]}", "${s.hdr.includes("Bearer") ? "Bearer " : ""}${v}");\n});\nvar app = builder.Build();\n`,
  },
  {
    name: "Java test fixture",
    f: (_g, s, v) => `class UpstreamClientIT {\n    private static final String ${s.env} = "${v}";\n\n    @Test\n    void fetchesProfile() {\n        var client = new UpstreamClient("https://${s.host}", ${s.env});\n        assertNotNull(client.me());\n    }\n}\n`,
  },
  {
    name: "PHP config",
    f: (_g, s, v) => `<?php\n\nreturn [\n    'driver' => 'http',\n    'endpoint' => 'https://${s.host}',\n    '${s.env.toLowerCase()}' => env('${s.env}', '${v}'),\n];\n`,
  },
  {
    name: "GitHub Actions CI log",
    f: (g, s, v) => `2026-03-${g.range(10, 28)}T0${g.range(1, 9)}:12:44.1839210Z ##[group]Run ./scripts/deploy.sh\n2026-03-14T04:12:44.1840012Z env:\n2026-03-14T04:12:44.1840455Z   REGISTRY: ghcr.io\n2026-03-14T04:12:44.1840711Z   ${s.env}: ${v}\n2026-03-14T04:12:44.1841003Z ##[endgroup]\n2026-03-14T04:12:45.0021344Z + deploy --target prod\n`,
  },
  {
    name: "shell history",
    f: (g, s, v) => `  ${g.range(400, 999)}  git pull --rebase\n  ${g.range(1000, 1200)}  export ${s.env}=${v}\n  ${g.range(1201, 1300)}  make run\n  ${g.range(1301, 1400)}  history | tail`,
  },
  {
    name: "Python crash dump with locals",
    f: (g, s, v) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line ${g.range(40, 300)}, in push\n    resp.raise_for_status()\n  File "/usr/local/lib/python3.12/site-packages/requests/models.py", line 1024, in raise_for_status\n    raise HTTPError(http_error_msg, response=self)\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://${s.host}/v1/push\n\nLocals at frame push:\n    url = 'https://${s.host}/v1/push'\n    ${s.env.toLowerCase()} = '${v}'\n    attempt = 3\n`,
  },
  {
    name: "Jupyter notebook cell",
    f: (_g, s, v) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.env}"] = "${v}"\n`, "df = load_events()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1),
  },
  {
    name: "SQL seed insert",
    f: (g, s, v) => `-- seed integration credentials for staging copy\nINSERT INTO integrations (id, provider, slot, secret_value, created_at)\nVALUES (${g.range(10, 500)}, '${s.env.split("_")[0]!.toLowerCase()}', '${s.env.toLowerCase()}', '${v}', now());\n`,
  },
  {
    name: "Markdown doc",
    f: (_g, s, v) => `## Running locally\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the upstream credential (ask in #platform if you don't have one):\n\n\`\`\`bash\nexport ${s.env}=${v}\nnpm run dev\n\`\`\`\n`,
  },
  {
    name: "unified diff",
    f: (g, s, v) => `diff --git a/.env.production b/.env.production\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,4 +3,4 @@ APP_URL=https://app.example.internal\n QUEUE=redis\n-${s.env}=\n+${s.env}=${v}\n CACHE_TTL=300\n`,
  },
  {
    name: "chat message",
    f: (_g, s, v) => JSON.stringify({ role: "user", content: `ok I rotated it, new one is ${v} — can you put it in ${s.env} in the staging secrets and rerun the job?` }),
  },
  {
    name: "k8s Secret stringData",
    f: (_g, s, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${kebab(s.env)}\n  namespace: prod\ntype: Opaque\nstringData:\n  ${s.env}: "${v}"\n`,
  },
  {
    name: "Dockerfile ENV",
    f: (_g, s, v) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nENV ${s.env}=${v}\nCMD ["node", "dist/server.js"]\n`,
  },
  {
    name: "structured log line",
    f: (g, s, v) => `${g.ts()} level=debug msg="outbound request" trace_id=${g.hex(32)} span_id=${g.hex(16)} url=https://${s.host}/v1/sync header.${s.hdr.split(":")[0]!.toLowerCase()}="${s.hdr.includes("Bearer") ? "Bearer " : ""}${v}" status=200 dur_ms=${g.range(20, 900)}`,
  },
  {
    name: "GitLab CI YAML",
    f: (_g, s, v) => `stages: [test, deploy]\n\ndeploy:prod:\n  stage: deploy\n  image: alpine:3.20\n  variables:\n    ${s.env}: "${v}"\n  script:\n    - ./deploy.sh\n  only:\n    - main\n`,
  },
];

export const ctx = (sp: { env: string; host?: string; hdr?: string }) => ({ env: sp.env, host: sp.host ?? "api.example-upstream.com", hdr: sp.hdr ?? "Authorization: Bearer" });

/** Rotate specs through renderers. step is coprime to renderers.length so contexts spread evenly. */
export function rotate(g: Gen, specs: Spec[], prefix: string, catPrefix: string, n: number, offset: number): CorpusCase[] {
  const out: CorpusCase[] = [];
  for (let i = 0; i < n; i++) {
    const sp = specs[i % specs.length]!;
    const r = renderers[(i * 7 + offset) % renderers.length]!;
    const v = sp.make(g);
    out.push({
      id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: `${catPrefix}-${sp.g}`,
      label: "positive",
      text: r.f(g, ctx(sp), v),
      note: `${sp.p} in ${sp.env} — ${r.name}`,
    });
  }
  return out;
}
export { jstr };
