// Shared helpers for heldout-y99: seeded token builders and context renderers.
// Skipped by the loader (leading underscore, not *.cases.ts).
import { mulberry32 } from "../../helpers/prng.ts";
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
export const B64U = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen {
  private r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  s(n: number, alpha: string = AN): string {
    let o = "";
    for (let i = 0; i < n; i++) o += alpha[Math.floor(this.r() * alpha.length)];
    return o;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  hex(n: number): string {
    return this.s(n, HEX);
  }
  num(n: number): string {
    return this.s(1, "123456789") + this.s(n - 1, DIG);
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${this.pick(["8", "9", "a", "b"])}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  b64(n: number): string {
    return this.s(n, B64);
  }
  b64url(n: number): string {
    return this.s(n, B64U);
  }
  /** base64 of n random bytes, padded. */
  b64bytes(n: number): string {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = this.int(256);
    return Buffer.from(b).toString("base64");
  }
  jwt(payload: Record<string, unknown>): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.b64url(43)].join(".");
  }
}

/** Join parts at run time so the source never holds a credential-shaped literal. */
export const j = (...p: string[]) => p.join("");

export interface Tok {
  provider: string;
  group: string;
  /** env var / slot name */
  env: string;
  value: string;
  /** optional extra variable lines (e.g. paired id) */
  extra?: [string, string][];
}

const jsonEsc = (s: string) => JSON.stringify(s).slice(1, -1);
const lower = (env: string) => env.toLowerCase();
const camel = (env: string) =>
  env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export type Renderer = { name: string; f: (t: Tok, g: Gen) => string };

const ex = (t: Tok, sep = "=", quote = "") =>
  (t.extra ?? []).map(([k, v]) => `${k}${sep}${quote}${v}${quote}`);

export const RENDERERS: Renderer[] = [
  {
    name: "LLM chat body with pasted .env (JSON-escaped)",
    f: (t, g) => {
      const file = [`NODE_ENV=production`, `PORT=8080`, ...ex(t), `${t.env}=${t.value}`, `LOG_LEVEL=info`].join("\n");
      return `{"model":"claude-sonnet-4-5","max_tokens":4096,"messages":[{"role":"user","content":"${jsonEsc(`my app won't start, here's my .env:\n\n${file}\n\nwhat's wrong?`)}"}]}`;
    },
  },
  {
    name: "Anthropic tool_use write_file",
    f: (t, g) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll write the config file now." },
          {
            type: "tool_use",
            id: `toolu_01${g.s(22)}`,
            name: "write_file",
            input: { path: "config/settings.yaml", content: `service:\n  name: api\n  region: eu-west-1\n${(t.extra ?? []).map(([k, v]) => `  ${lower(k)}: ${v}\n`).join("")}  ${lower(t.env)}: "${t.value}"\n` },
          },
        ],
      }),
  },
  {
    name: "OpenAI tool_calls shell command",
    f: (t, g) =>
      JSON.stringify({
        role: "assistant",
        tool_calls: [
          {
            id: `call_${g.s(24)}`,
            type: "function",
            function: { name: "run_shell", arguments: JSON.stringify({ command: `${(t.extra ?? []).map(([k, v]) => `${k}=${v} `).join("")}${t.env}=${t.value} npm run deploy -- --env prod` }) },
          },
        ],
      }),
  },
  {
    name: "MCP tool result echoed back",
    f: (t, g) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: g.int(900) + 10,
        result: {
          content: [{ type: "text", text: `$ cat .env.production\n${[...ex(t), `${t.env}="${t.value}"`].join("\n")}\nSENTRY_ENVIRONMENT=production\n` }],
          isError: false,
        },
      }),
  },
  {
    name: "curl header",
    f: (t) => `curl -sS -X POST https://api.internal.example.net/v1/sync \\\n  -H "Content-Type: application/json" \\\n  -H "X-Api-Key: ${t.value}" \\\n  -d '{"full":true}'`,
  },
  {
    name: "shell history export",
    f: (t, g) => [` 501  cd ~/src/billing`, ` 502  export ${t.env}=${t.value}`, ...(t.extra ?? []).map(([k, v], i) => ` 50${3 + i}  export ${k}=${v}`), ` 509  make run`, ` 510  git status`].join("\n"),
  },
  {
    name: "docker run -e",
    f: (t) => `docker run -d --name worker --restart unless-stopped \\\n${(t.extra ?? []).map(([k, v]) => `  -e ${k}=${v} \\\n`).join("")}  -e ${t.env}=${t.value} \\\n  -p 9000:9000 ghcr.io/acme/worker:1.14.2`,
  },
  {
    name: "HTTP request raw with header",
    f: (t) => `POST /api/v2/jobs HTTP/1.1\r\nHost: api.acme-internal.io\r\nUser-Agent: python-requests/2.31.0\r\nAuthorization: Bearer ${t.value}\r\nContent-Type: application/json\r\nContent-Length: 27\r\n\r\n{"job":"reindex","force":1}`,
  },
  {
    name: "URL query string",
    f: (t) => `GET https://hooks.acme-tools.dev/v1/ingest?source=ci&${lower(t.env)}=${encodeURIComponent(t.value)}&limit=50`,
  },
  {
    name: "form body",
    f: (t) => `POST /oauth/setup HTTP/1.1\nHost: integrations.acme.app\nContent-Type: application/x-www-form-urlencoded\n\nname=prod-sync&${lower(t.env)}=${encodeURIComponent(t.value)}&enabled=true`,
  },
  {
    name: "multipart form field",
    f: (t, g) => {
      const b = `----WebKitFormBoundary${g.s(16)}`;
      return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="label"\n\nstaging\n--${b}\nContent-Disposition: form-data; name="${lower(t.env)}"\n\n${t.value}\n--${b}--`;
    },
  },
  {
    name: "JSON request body",
    f: (t) => JSON.stringify({ integration: t.provider, settings: { ...Object.fromEntries((t.extra ?? []).map(([k, v]) => [camel(k), v])), [camel(t.env)]: t.value, region: "us" } }, null, 2),
  },
  {
    name: "YAML config",
    f: (t) => `# config/production.yml\napp:\n  name: ledger\n  workers: 4\nintegrations:\n  ${t.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}:\n${(t.extra ?? []).map(([k, v]) => `    ${lower(k)}: ${v}\n`).join("")}    ${lower(t.env)}: "${t.value}"\n    timeout: 30s\n`,
  },
  {
    name: "TOML config",
    f: (t) => `[server]\nhost = "0.0.0.0"\nport = 8443\n\n[${t.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${(t.extra ?? []).map(([k, v]) => `${lower(k)} = "${v}"\n`).join("")}${lower(t.env)} = "${t.value}"\nretries = 3\n`,
  },
  {
    name: "INI config",
    f: (t) => `; settings.ini\n[general]\ndebug = false\n\n[credentials]\n${(t.extra ?? []).map(([k, v]) => `${lower(k)} = ${v}\n`).join("")}${lower(t.env)} = ${t.value}\n`,
  },
  {
    name: "Java .properties",
    f: (t) => `# application-prod.properties\nspring.application.name=orders\nserver.port=8081\n${(t.extra ?? []).map(([k, v]) => `app.${lower(k).replace(/_/g, ".")}=${v}\n`).join("")}app.${lower(t.env).replace(/_/g, ".")}=${t.value}\nlogging.level.root=INFO\n`,
  },
  {
    name: "HCL terraform variables",
    f: (t) => `# terraform.tfvars\nregion      = "us-east-1"\nenvironment = "prod"\n${(t.extra ?? []).map(([k, v]) => `${lower(k)} = "${v}"\n`).join("")}${lower(t.env)} = "${t.value}"\n`,
  },
  {
    name: "XML config",
    f: (t) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${(t.extra ?? []).map(([k, v]) => `    <add key="${k}" value="${v}" />\n`).join("")}    <add key="${t.env}" value="${t.value}" />\n  </appSettings>\n</configuration>`,
  },
  {
    name: "Python SDK constructor",
    f: (t) => `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\n${(t.extra ?? []).map(([k, v]) => `${k} = "${v}"\n`).join("")}${t.env} = os.environ.get("${t.env}", "${t.value}")\n\nclient = Client(api_key=${t.env}, timeout=20)\n`,
  },
  {
    name: "JavaScript env default",
    f: (t) => `// src/lib/client.ts\nimport { createClient } from "./sdk";\n\n${(t.extra ?? []).map(([k, v]) => `const ${camel(k)} = "${v}";\n`).join("")}export const client = createClient({\n  apiKey: process.env.${t.env} ?? "${t.value}",\n  retries: 2,\n});\n`,
  },
  {
    name: "Go code",
    f: (t) => `package config\n\nimport "os"\n\n${(t.extra ?? []).map(([k, v]) => `const ${camel(k)} = "${v}"\n`).join("")}func ${camel(t.env).replace(/^./, (c) => c.toUpperCase())}() string {\n\tif v := os.Getenv("${t.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${t.value}"\n}\n`,
  },
  {
    name: "Ruby initializer",
    f: (t) => `# config/initializers/integration.rb\nRails.application.configure do\n${(t.extra ?? []).map(([k, v]) => `  config.x.${lower(k)} = "${v}"\n`).join("")}  config.x.${lower(t.env)} = ENV.fetch("${t.env}", "${t.value}")\nend\n`,
  },
  {
    name: "C# appsettings usage",
    f: (t) => `using System;\n\nnamespace Acme.Billing;\n\npublic static class Secrets\n{\n${(t.extra ?? []).map(([k, v]) => `    public const string ${camel(k)} = "${v}";\n`).join("")}    public const string ${camel(t.env).replace(/^./, (c) => c.toUpperCase())} = "${t.value}";\n}\n`,
  },
  {
    name: "PHP config",
    f: (t) => `<?php\n\nreturn [\n    'debug' => false,\n${(t.extra ?? []).map(([k, v]) => `    '${lower(k)}' => '${v}',\n`).join("")}    '${lower(t.env)}' => env('${t.env}', '${t.value}'),\n];\n`,
  },
  {
    name: "Java test fixture",
    f: (t) => `package com.acme.integration;\n\nimport org.junit.jupiter.api.Test;\n\nclass ClientIT {\n${(t.extra ?? []).map(([k, v]) => `    private static final String ${k} = "${v}";\n`).join("")}    private static final String ${t.env} = "${t.value}";\n\n    @Test\n    void pingsProduction() {\n        new Client(${t.env}).ping();\n    }\n}\n`,
  },
  {
    name: "Rust code",
    f: (t) => `use std::env;\n\nfn api_key() -> String {\n    env::var("${t.env}").unwrap_or_else(|_| "${t.value}".to_string())\n}\n`,
  },
  {
    name: "GitHub Actions CI log",
    f: (t, g) => `2026-11-30T10:${10 + g.int(49)}:0${g.int(9)}.${g.num(7)}Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T10:14:02.1Z env:\n${(t.extra ?? []).map(([k, v]) => `2026-11-30T10:14:02.1Z   ${k}: ${v}\n`).join("")}2026-11-30T10:14:02.1Z   ${t.env}: ${t.value}\n2026-11-30T10:14:02.2Z ##[endgroup]\n2026-11-30T10:14:03.0Z + ./scripts/deploy.sh --prod\n2026-11-30T10:14:09.9Z Deploy finished (commit ${g.hex(40)})`,
  },
  {
    name: "GitHub Actions workflow",
    f: (t) => `name: release\non:\n  push:\n    tags: ["v*"]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n${(t.extra ?? []).map(([k, v]) => `      ${k}: ${v}\n`).join("")}      ${t.env}: ${t.value}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make publish\n`,
  },
  {
    name: "Python crash dump with locals",
    f: (t) => `Traceback (most recent call last):\n  File "/srv/app/worker.py", line 88, in sync\n    resp = session.post(url, headers=headers)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.partner.io', port=443): Max retries exceeded\n\nLocals:\n  url = 'https://api.partner.io/v1/sync'\n${(t.extra ?? []).map(([k, v]) => `  ${lower(k)} = '${v}'\n`).join("")}  ${lower(t.env)} = '${t.value}'\n  headers = {'User-Agent': 'sync/2.1'}\n`,
  },
  {
    name: "Jupyter notebook cell",
    f: (t) =>
      JSON.stringify({
        cells: [
          { cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", ...(t.extra ?? []).map(([k, v]) => `os.environ[\"${k}\"] = \"${v}\"\n`), `os.environ["${t.env}"] = "${t.value}"\n`, "client = make_client()\n"] },
        ],
        metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
        nbformat: 4,
        nbformat_minor: 5,
      }),
  },
  {
    name: "SQL seed insert",
    f: (t, g) => `-- seed/002_integrations.sql\nINSERT INTO integrations (id, tenant_id, provider, secret, created_at)\nVALUES (${g.int(900) + 100}, ${g.int(90) + 10}, '${t.provider}', '${t.value}', NOW());\n`,
  },
  {
    name: "Markdown doc",
    f: (t) => `## Local setup\n\n1. Copy the values below into \`.env.local\`:\n\n\`\`\`bash\n${[...ex(t), `${t.env}=${t.value}`].join("\n")}\n\`\`\`\n\n2. Run \`pnpm dev\` and open http://localhost:3000.\n`,
  },
  {
    name: "unified diff",
    f: (t) => `diff --git a/.env.production b/.env.production\nindex 3f2a1c0..9b7d4e1 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,4 +3,5 @@ DATABASE_POOL=10\n CACHE_TTL=300\n${(t.extra ?? []).map(([k, v]) => `+${k}=${v}\n`).join("")}-${t.env}=\n+${t.env}=${t.value}\n FEATURE_FLAGS=beta\n`,
  },
  {
    name: "chat message (Slack-style paste)",
    f: (t) => `hey, prod deploys are failing again. can you try with this one? ${t.value} — it's the ${t.provider} key from the shared vault, rotate it after`,
  },
  {
    name: "k8s Secret stringData",
    f: (t) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n${(t.extra ?? []).map(([k, v]) => `  ${k}: "${v}"\n`).join("")}  ${t.env}: "${t.value}"\n`,
  },
  {
    name: "docker-compose environment",
    f: (t) => `services:\n  api:\n    image: acme/api:2.3.1\n    environment:\n${(t.extra ?? []).map(([k, v]) => `      - ${k}=${v}\n`).join("")}      - ${t.env}=${t.value}\n    ports:\n      - "8080:8080"\n`,
  },
  {
    name: "structured log line",
    f: (t, g) => `{"ts":"2026-12-01T08:12:44.${g.num(3)}Z","level":"debug","trace_id":"${g.hex(32)}","msg":"outbound request","config":{"${camel(t.env)}":"${t.value}"}}`,
  },
];

export function rotate(prefix: string, category: (g: string) => string, toks: Tok[], g: Gen, start: number, perTok = 1): CorpusCase[] {
  const out: CorpusCase[] = [];
  let k = start;
  let n = 0;
  for (const t of toks) {
    for (let i = 0; i < perTok; i++) {
      const r = RENDERERS[k % RENDERERS.length]!;
      k += 7;
      n++;
      out.push({
        id: `${prefix}-${String(n).padStart(3, "0")}`,
        kind: "secrets",
        category: category(t.group),
        label: "positive",
        text: r.f(t, g),
        note: `${t.provider}: ${t.env} in ${r.name}`,
      });
    }
  }
  return out;
}
