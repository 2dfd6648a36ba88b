// Shared PRNG draws and context renderers for heldout-y43 (skipped by the loader: starts with "_").
// Every credential-shaped value is assembled at run time from a split prefix and a body drawn from
// mulberry32 with a fixed seed per case file, so the repo holds no literal credential.
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const AN = UP + LO + DIG;
export const LD = LO + DIG;
export const UD = UP + DIG;
export const B64 = AN + "+/";
export const URL64 = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class G {
  private r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  s(n: number, a: string = AN): string {
    let o = "";
    for (let i = 0; i < n; i++) o += a[Math.floor(this.r() * a.length)];
    return o;
  }
  h(n: number): string {
    return this.s(n, HEX);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  uuid(): string {
    return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`;
  }
  /** base64url JSON segment */
  b64u(obj: unknown): string {
    return Buffer.from(JSON.stringify(obj)).toString("base64url");
  }
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    return [this.b64u({ alg, typ: "JWT" }), this.b64u(payload), this.s(43, URL64)].join(".");
  }
  /** PEM body of n random bytes, 64-char lines */
  pemBody(n: number): string {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.int(256);
    return b.toString("base64").replace(/(.{64})/g, "$1\n").trim();
  }
  b64bytes(n: number): string {
    const b = Buffer.alloc(n);
    for (let i = 0; i < n; i++) b[i] = this.int(256);
    return b.toString("base64");
  }
}

/** join pieces so no literal prefix+body appears in source */
export const j = (...xs: string[]) => xs.join("");

export interface Slot {
  /** provider name for the note */
  p: string;
  /** env var / key name */
  env: string;
  /** value */
  v: string;
  /** optional header line "Name: value" override for HTTP contexts */
  hdr?: string;
  /** "tok" (default) fits every context; "url" is a connection string / URL (no header contexts) */
  kind?: "tok" | "url";
}

const lower = (e: string) => e.toLowerCase();
const camel = (e: string) => e.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const hdrOf = (s: Slot) => s.hdr ?? `Authorization: Bearer ${s.v}`;
const host = (s: Slot) => `api.${s.p.toLowerCase().replace(/[^a-z0-9]+/g, "")}.com`;

export type Renderer = { name: string; url?: boolean; f: (s: Slot, g: G) => string };

export const RENDERERS: Renderer[] = [
  {
    name: "OpenAI chat body, pasted .env",
    url: true,
    f: (s, g) =>
      JSON.stringify({
        model: "gpt-4o",
        messages: [
          { role: "system", content: "You are a coding assistant." },
          { role: "user", content: `the app won't boot, here's my .env:\n\nNODE_ENV=production\nPORT=8080\n${s.env}=${s.v}\nLOG_LEVEL=debug\nREQUEST_ID_HEADER=x-request-id\n\nwhat's wrong? trace ${g.h(32)}` },
        ],
        temperature: 0.2,
      }),
  },
  {
    name: "Anthropic tool_use write_file",
    url: true,
    f: (s, g) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll write the config file now." },
          { type: "tool_use", id: `toolu_01${g.s(22)}`, name: "write_file", input: { path: "config/settings.yaml", content: `service:\n  name: billing-worker\n  region: eu-west-1\ncredentials:\n  ${lower(s.env)}: "${s.v}"\nretries: 3\n` } },
        ],
      }),
  },
  {
    name: "OpenAI tool_calls shell command",
    f: (s, g) =>
      JSON.stringify({
        role: "assistant",
        content: null,
        tool_calls: [
          { id: `call_${g.s(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `curl -sS -H "${hdrOf(s).replace(/"/g, '\\"')}" https://${host(s)}/v1/status | jq .`, timeout: 30 }) } },
        ],
      }),
  },
  {
    name: "MCP tool result echoed back",
    url: true,
    f: (s, g) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: g.int(900) + 10,
        result: { content: [{ type: "text", text: `$ cat deploy/.env.production\nDATABASE_POOL=20\n${s.env}=${s.v}\nFEATURE_FLAGS=checkout_v2,new_nav\n` }], isError: false },
      }),
  },
  {
    name: "curl command",
    f: (s) => `curl -X POST https://${host(s)}/v2/jobs \\\n  -H "${hdrOf(s)}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"nightly-sync","dry_run":false}'`,
  },
  {
    name: "raw HTTP request",
    f: (s, g) => `GET /v1/accounts/me HTTP/1.1\r\nHost: ${host(s)}\r\nUser-Agent: agent-runner/0.9.3\r\nAccept: application/json\r\n${hdrOf(s)}\r\nX-Request-Id: ${g.uuid()}\r\n\r\n`,
  },
  {
    name: "URL query string",
    f: (s, g) => `GET https://${host(s)}/v1/export?format=csv&${lower(s.env)}=${encodeURIComponent(s.v)}&page=${g.int(9) + 1} HTTP/1.1\nHost: ${host(s)}\nAccept: text/csv`,
  },
  {
    name: "form-encoded body",
    f: (s) => `POST /oauth/token HTTP/1.1\nHost: ${host(s)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-reporting&${lower(s.env)}=${encodeURIComponent(s.v)}&scope=read`,
  },
  {
    name: "multipart form body",
    f: (s, g) => {
      const b = `----WebKitFormBoundary${g.s(16)}`;
      return `POST /upload HTTP/1.1\nHost: ${host(s)}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,amount\n1,20.00\n--${b}\nContent-Disposition: form-data; name="${lower(s.env)}"\n\n${s.v}\n--${b}--`;
    },
  },
  {
    name: "JSON config file",
    url: true,
    f: (s) => JSON.stringify({ name: "ingest-service", version: "2.3.1", server: { port: 3000, cors: ["https://app.example.com"] }, integrations: { [camel(s.env)]: s.v, timeoutMs: 5000 } }, null, 2),
  },
  {
    name: "docker-compose YAML",
    url: true,
    f: (s) => `services:\n  api:\n    image: ghcr.io/acme/api:1.14.2\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n      - ${s.env}=${s.v}\n    depends_on:\n      - db\n  db:\n    image: postgres:16\n`,
  },
  {
    name: "TOML config",
    url: true,
    f: (s) => `[app]\nname = "crawler"\nworkers = 4\n\n[${s.p.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${lower(s.env)} = "${s.v}"\ntimeout = 30\n`,
  },
  {
    name: "INI config",
    url: true,
    f: (s) => `; generated by setup.sh\n[default]\nregion = us-east-1\noutput = json\n\n[integration]\n${lower(s.env)} = ${s.v}\nenabled = true\n`,
  },
  {
    name: "Java .properties",
    url: true,
    f: (s) => `spring.application.name=orders\nserver.port=8081\nlogging.level.root=INFO\nintegration.${camel(s.env)}=${s.v}\nspring.jpa.hibernate.ddl-auto=validate\n`,
  },
  {
    name: "Terraform HCL",
    url: true,
    f: (s) => `variable "region" {\n  default = "eu-central-1"\n}\n\nresource "kubernetes_secret" "app" {\n  metadata {\n    name = "app-credentials"\n  }\n  data = {\n    ${s.env} = "${s.v}"\n  }\n}\n`,
  },
  {
    name: "XML appSettings",
    url: true,
    f: (s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.env}" value="${s.v.replace(/&/g, "&amp;")}" />\n  </appSettings>\n</configuration>\n`,
  },
  {
    name: "Python code, env default",
    url: true,
    f: (s) => `import os\nimport requests\n\n${s.env} = os.environ.get("${s.env}", "${s.v}")\n\ndef fetch(path: str) -> dict:\n    r = requests.get(f"https://${host(s)}{path}", headers={"Authorization": f"Bearer {${s.env}}"}, timeout=10)\n    r.raise_for_status()\n    return r.json()\n`,
  },
  {
    name: "TypeScript SDK constructor",
    url: true,
    f: (s) => `import { Client } from "./client";\n\nexport const client = new Client({\n  ${camel(s.env)}: process.env.${s.env} ?? "${s.v}",\n  retries: 2,\n  baseUrl: "https://${host(s)}",\n});\n`,
  },
  {
    name: "Go code",
    url: true,
    f: (s) => `package config\n\nimport "os"\n\nconst default${camel(s.env).replace(/^./, (c) => c.toUpperCase())} = "${s.v}"\n\nfunc Load() string {\n\tif v := os.Getenv("${s.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${camel(s.env).replace(/^./, (c) => c.toUpperCase())}\n}\n`,
  },
  {
    name: "Java code",
    url: true,
    f: (s) => `public final class Credentials {\n    private Credentials() {}\n\n    public static final String ${s.env} = "${s.v}";\n    public static final int TIMEOUT_SECONDS = 30;\n}\n`,
  },
  {
    name: "C# code",
    url: true,
    f: (s) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", c =>\n{\n    c.BaseAddress = new Uri("https://${host(s)}/");\n});\nvar ${camel(s.env)} = builder.Configuration["${s.env}"] ?? "${s.v}";\nvar app = builder.Build();\n`,
  },
  {
    name: "Ruby initializer",
    url: true,
    f: (s) => `# config/initializers/integration.rb\nRails.application.configure do\n  config.x.integration.${lower(s.env)} = ENV.fetch("${s.env}", "${s.v}")\n  config.x.integration.timeout = 15\nend\n`,
  },
  {
    name: "PHP config",
    url: true,
    f: (s) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${lower(s.env)}' => env('${s.env}', '${s.v}'),\n    'timeout' => 20,\n];\n`,
  },
  {
    name: "Rust code",
    url: true,
    f: (s) => `use std::env;\n\nfn credential() -> String {\n    env::var("${s.env}").unwrap_or_else(|_| "${s.v}".to_string())\n}\n`,
  },
  {
    name: "CI log",
    url: true,
    f: (s, g) => `2026-11-30T08:14:${10 + g.int(49)}.${g.int(899) + 100}Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T08:14:22.411Z + export ${s.env}=${s.v}\n2026-11-30T08:14:22.412Z + ./bin/migrate --env production\n2026-11-30T08:14:23.907Z applied 3 migrations (commit ${g.h(40)})\n2026-11-30T08:14:24.001Z ##[endgroup]`,
  },
  {
    name: "shell history",
    url: true,
    f: (s) => `  501  cd ~/src/platform\n  502  git pull --rebase\n  503  export ${s.env}="${s.v}"\n  504  make run\n  505  docker ps\n`,
  },
  {
    name: "Python crash dump with locals",
    url: true,
    f: (s, g) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line 88, in run\n    resp = session.post(url, json=payload, timeout=5)\nrequests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='${host(s)}', port=443)\n\nLocals at frame run:\n    url = 'https://${host(s)}/v1/sync'\n    ${lower(s.env)} = '${s.v}'\n    attempt = 3\n    job_id = '${g.uuid()}'\n`,
  },
  {
    name: "Jupyter notebook JSON",
    url: true,
    f: (s, g) =>
      JSON.stringify({
        cells: [
          { cell_type: "markdown", metadata: {}, source: ["# Exploration\n"] },
          { cell_type: "code", execution_count: g.int(20) + 1, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.env}"] = "${s.v}"\n`, "df = load_frame()\n"] },
        ],
        metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
        nbformat: 4,
        nbformat_minor: 5,
      }, null, 1),
  },
  {
    name: "SQL seed insert",
    url: true,
    f: (s, g) => `-- seed integration settings\nINSERT INTO integration_settings (id, provider, setting_key, setting_value, created_at)\nVALUES (${g.int(900) + 100}, '${s.p}', '${lower(s.env)}', '${s.v}', NOW());\n`,
  },
  {
    name: "Markdown setup doc",
    url: true,
    f: (s) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the team credential for ${s.p}:\n\n\`\`\`bash\nexport ${s.env}=${s.v}\n\`\`\`\n\n3. Run \`make dev\`.\n`,
  },
  {
    name: "unified diff",
    url: true,
    f: (s, g) => `diff --git a/.env.staging b/.env.staging\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,5 @@ APP_URL=https://staging.example.com\n QUEUE=redis\n CACHE_TTL=600\n+${s.env}=${s.v}\n SENTRY_ENVIRONMENT=staging\n`,
  },
  {
    name: "chat message",
    url: true,
    f: (s) => `hey, prod ${s.p} creds rotated this morning, new one is ${s.v} - update your local env and ping me if the webhook breaks`,
  },
  {
    name: "k8s Secret stringData",
    url: true,
    f: (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${s.p.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-creds\n  namespace: prod\ntype: Opaque\nstringData:\n  ${s.env}: "${s.v}"\n`,
  },
  {
    name: "Dockerfile ENV",
    url: true,
    f: (s) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${s.env}=${s.v}\nCOPY . .\nCMD ["node", "dist/index.js"]\n`,
  },
  {
    name: "GitHub Actions workflow env",
    url: true,
    f: (s) => `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${s.env}: ${s.v}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh\n`,
  },
  {
    name: "jest test fixture",
    url: true,
    f: (s) => `import { describe, it, expect } from "vitest";\nimport { buildClient } from "../src/client";\n\nconst ${camel(s.env)} = "${s.v}";\n\ndescribe("client", () => {\n  it("sends auth", async () => {\n    const c = buildClient({ ${camel(s.env)} });\n    expect(await c.ping()).toBe(true);\n  });\n});\n`,
  },
];

const URL_RENDERERS = RENDERERS.filter((r) => r.url);

/** Render slots round-robin over the renderers; url-kind slots use url-capable renderers. */
export function renderAll(
  slots: { s: Slot; g: string }[],
  gen: G,
  idPrefix: string,
  catPrefix: string,
  start = 0,
): CorpusCase[] {
  let ri = start;
  let ui = start;
  return slots.map(({ s, g }, i) => {
    const r = s.kind === "url" ? URL_RENDERERS[ui++ % URL_RENDERERS.length]! : RENDERERS[ri++ % RENDERERS.length]!;
    return {
      id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: `${catPrefix}${g}`,
      label: "positive" as const,
      text: r.f(s, gen),
      note: `${s.p}: ${s.env}; context: ${r.name}`,
    };
  });
}
