// Shared PRNG-backed builders and context renderers for heldout-y85 (skipped by the loader).
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HEX = "0123456789abcdef";
export const UHEX = "0123456789ABCDEF";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LO = "abcdefghijklmnopqrstuvwxyz0123456789";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const B64 = AN + "+/";
export const URLB64 = AN + "-_";
export const DIG = "0123456789";

export class Gen extends SeededRng {
  s(n: number, a: string = AN): string {
    return this.str(n, a);
  }
  /** prefix parts joined + body. */
  p(parts: string[], n: number, a: string = AN): string {
    return parts.join("") + this.str(n, a);
  }
  uuid(): string {
    const h = this.str(32, HEX);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  }
  b64(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64");
  }
  jwt(): string {
    const h = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
    const b = Buffer.from(
      JSON.stringify({ sub: this.uuid(), role: "service", iat: 1780000000 + this.int(9999999), exp: 1900000000 }),
    ).toString("base64url");
    return `${h}.${b}.${this.str(43, URLB64)}`;
  }
  sha(): string {
    return this.str(40, HEX);
  }
  ip(): string {
    return `10.${this.int(255)}.${this.int(255)}.${this.int(254) + 1}`;
  }
}

export type Tok = { g: string; p: string; slot: string; v: (r: Gen) => string; extra?: (r: Gen) => string };

/** JSON-escape a multi-line file for embedding in a JSON string. */
export const je = (s: string) => JSON.stringify(s).slice(1, -1);
const lc = (s: string) => s.toLowerCase();
const camel = (s: string) => lc(s).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const kebab = (s: string) => lc(s).replace(/_/g, "-");

export type Renderer = { ctx: string; f: (r: Gen, slot: string, v: string, p: string) => string };

export const R: Renderer[] = [
  {
    ctx: "OpenAI chat body with pasted .env",
    f: (r, s, v) =>
      JSON.stringify({
        model: "gpt-4.1",
        messages: [
          { role: "system", content: "You are a helpful coding assistant." },
          { role: "user", content: `why does the app crash on boot? here's my .env\n\nNODE_ENV=production\nPORT=${3000 + r.int(100)}\nLOG_LEVEL=info\n${s}=${v}\nFEATURE_FLAGS=beta,search\n` },
        ],
        temperature: 0.2,
      }),
  },
  {
    ctx: "Anthropic tool_use write_file",
    f: (r, s, v) =>
      JSON.stringify({
        model: "claude-sonnet-4-5",
        max_tokens: 4096,
        messages: [
          { role: "user", content: "set up the local config" },
          {
            role: "assistant",
            content: [
              { type: "text", text: "I'll write the config file." },
              { type: "tool_use", id: "toolu_01" + r.s(22), name: "write_file", input: { path: "config/local.env", content: `# local overrides\n${s}=${v}\nDEBUG=false\n` } },
            ],
          },
        ],
      }),
  },
  {
    ctx: "OpenAI tool_calls shell command",
    f: (r, s, v) =>
      JSON.stringify({
        role: "assistant",
        content: null,
        tool_calls: [
          { id: "call_" + r.s(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s}='${v}' && npm run deploy -- --region eu-west-1` }) } },
        ],
      }),
  },
  {
    ctx: "MCP tool result echoed back",
    f: (r, s, v) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: r.int(500),
        result: { content: [{ type: "text", text: `$ cat .env.production\nAPP_NAME=billing\n${s}="${v}"\nREDIS_TTL=300\n` }], isError: false },
      }),
  },
  {
    ctx: "curl header",
    f: (_r, s, v, p) => `curl -sS https://api.${lc(p).replace(/[^a-z0-9]/g, "")}.example-upstream.io/v1/status \\\n  -H "Authorization: Bearer ${v}" \\\n  -H "Content-Type: application/json"\n# slot: ${s}`,
  },
  {
    ctx: "HTTP request raw with custom header",
    f: (r, s, v) =>
      `POST /v2/events HTTP/1.1\r\nHost: ingest.internal.svc\r\nUser-Agent: agent-runner/1.${r.int(9)}\r\nX-${kebab(s).replace(/^./, (c) => c.toUpperCase())}: ${v}\r\nContent-Type: application/json\r\nContent-Length: 42\r\n\r\n{"event":"deploy","status":"ok","n":${r.int(99)}}`,
  },
  {
    ctx: "URL query string in fetch log",
    f: (r, s, v) => `[fetch] GET https://api.partner.example.net/v3/lookup?q=berlin&limit=${r.int(50)}&${lc(s)}=${encodeURIComponent(v)} -> 200 (${r.int(900)}ms)`,
  },
  {
    ctx: "form-urlencoded body",
    f: (_r, s, v) => `POST /oauth/token HTTP/1.1\nHost: auth.vendor.example.com\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${lc(s)}=${encodeURIComponent(v)}&scope=read%20write`,
  },
  {
    ctx: "multipart form field",
    f: (r, s, v) => {
      const b = "----WebKitFormBoundary" + r.s(16);
      return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${lc(s)}"\n\n${v}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}--`;
    },
  },
  {
    ctx: "JSON request body",
    f: (r, s, v) => JSON.stringify({ integration: { name: "sync-" + r.int(99), enabled: true, credentials: { [camel(s)]: v } }, retry: 3 }, null, 2),
  },
  {
    ctx: "YAML config (docker-compose env)",
    f: (r, s, v) => `services:\n  api:\n    image: ghcr.io/acme/api:1.${r.int(20)}.0\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n      - ${s}=${v}\n    depends_on:\n      - db\n`,
  },
  {
    ctx: "TOML config",
    f: (_r, s, v, p) => `[server]\nhost = "0.0.0.0"\nport = 8080\n\n[${lc(p).replace(/[^a-z0-9]+/g, "_")}]\n${lc(s)} = "${v}"\ntimeout_secs = 30\n`,
  },
  {
    ctx: "INI config",
    f: (_r, s, v, p) => `; service credentials\n[default]\nregion = eu-central-1\n\n[${lc(p).replace(/[^a-z0-9]+/g, "-")}]\n${lc(s)} = ${v}\nretries = 5\n`,
  },
  {
    ctx: "Java .properties",
    f: (_r, s, v) => `spring.application.name=orders\nserver.port=8081\napp.integration.${kebab(s).replace(/-/g, ".")}=${v}\nlogging.level.root=INFO\n`,
  },
  {
    ctx: "JSON appsettings",
    f: (_r, s, v, p) => JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, [p.replace(/[^A-Za-z0-9]/g, "")]: { [camel(s).replace(/^./, (c) => c.toUpperCase())]: v }, AllowedHosts: "*" }, null, 2),
  },
  {
    ctx: "Terraform HCL",
    f: (_r, s, v, p) => `provider "${lc(p).replace(/[^a-z0-9]/g, "")}" {\n  ${lc(s)} = "${v}"\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { always = timestamp() }\n}\n`,
  },
  {
    ctx: "XML config",
    f: (_r, s, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s}" value="${v}" />\n  </appSettings>\n</configuration>`,
  },
  {
    ctx: "Python SDK constructor",
    f: (_r, s, v, p) => `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\n# TODO move to secrets manager\n${lc(s)} = os.environ.get("${s}", "${v}")\n\nclient = make_client("${p}", ${lc(s)}=${lc(s)}, timeout=30)\n`,
  },
  {
    ctx: "TypeScript env default",
    f: (_r, s, v) => `import { createClient } from "./client";\n\nconst ${camel(s)} = process.env.${s} ?? "${v}";\n\nexport const client = createClient({ ${camel(s)}, retries: 2 });\n`,
  },
  {
    ctx: "Go code constant",
    f: (_r, s, v) => `package config\n\nimport "os"\n\nconst default${camel(s).replace(/^./, (c) => c.toUpperCase())} = "${v}"\n\nfunc Get() string {\n\tif v := os.Getenv("${s}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${camel(s).replace(/^./, (c) => c.toUpperCase())}\n}\n`,
  },
  {
    ctx: "Java test fixture",
    f: (_r, s, v) => `class IntegrationTest {\n    private static final String ${s} = "${v}";\n\n    @Test\n    void connects() {\n        var c = new Client(${s});\n        assertTrue(c.ping());\n    }\n}\n`,
  },
  {
    ctx: "C# client setup",
    f: (_r, s, v) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", c => {\n    c.DefaultRequestHeaders.Add("Authorization", "Bearer ${v}");\n});\n// ${s}\nvar app = builder.Build();\n`,
  },
  {
    ctx: "Ruby initializer",
    f: (_r, s, v, p) => `# config/initializers/${lc(p).replace(/[^a-z0-9]+/g, "_")}.rb\nRails.application.configure do\n  config.x.${lc(s)} = ENV.fetch("${s}", "${v}")\nend\n`,
  },
  {
    ctx: "PHP config array",
    f: (_r, s, v) => `<?php\n\nreturn [\n    'default' => 'primary',\n    '${lc(s)}' => env('${s}', '${v}'),\n    'timeout' => 15,\n];\n`,
  },
  {
    ctx: "Rust code",
    f: (_r, s, v) => `use std::env;\n\nfn token() -> String {\n    env::var("${s}").unwrap_or_else(|_| "${v}".to_string())\n}\n`,
  },
  {
    ctx: "GitHub Actions CI log",
    f: (r, s, v) => `2026-11-${10 + r.int(18)}T08:1${r.int(9)}:0${r.int(9)}.1234567Z ##[group]Run ./scripts/deploy.sh\n2026-11-20T08:12:01.2200000Z env:\n2026-11-20T08:12:01.2200000Z   ${s}: ${v}\n2026-11-20T08:12:01.2210000Z ##[endgroup]\n2026-11-20T08:12:03.0000000Z deploying commit ${r.sha()}\n`,
  },
  {
    ctx: "GitLab CI yaml",
    f: (_r, s, v) => `stages: [test, deploy]\n\ndeploy:\n  stage: deploy\n  image: node:22\n  variables:\n    ${s}: "${v}"\n  script:\n    - npm ci\n    - npm run deploy\n`,
  },
  {
    ctx: "shell history",
    f: (r, s, v) => `  ${400 + r.int(100)}  cd ~/src/api\n  ${501 + r.int(10)}  git pull --rebase\n  ${512 + r.int(10)}  ${s}=${v} ./bin/sync --all\n  ${523 + r.int(10)}  ls -la\n`,
  },
  {
    ctx: "Python crash dump with locals",
    f: (r, s, v) => `Traceback (most recent call last):\n  File "/app/worker.py", line ${20 + r.int(200)}, in run\n    resp = session.post(url, headers=headers)\n  File "/app/client.py", line 88, in post\n    raise UpstreamError(resp.status_code)\nclient.UpstreamError: 401\n\nLocals in frame run:\n  url = 'https://upstream.example.org/v1/push'\n  ${lc(s)} = '${v}'\n  attempt = ${r.int(5)}\n`,
  },
  {
    ctx: "Jupyter notebook cell",
    f: (r, s, v) =>
      JSON.stringify({
        cells: [
          { cell_type: "code", execution_count: r.int(30), metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s}"] = "${v}"\n`, "df = load()\n"] },
        ],
        metadata: { kernelspec: { name: "python3" } },
        nbformat: 4,
        nbformat_minor: 5,
      }),
  },
  {
    ctx: "SQL seed insert",
    f: (r, s, v, p) => `-- seed integrations\nINSERT INTO integrations (id, provider, setting, secret_value, created_at)\nVALUES (${r.int(900)}, '${p}', '${lc(s)}', '${v}', NOW());\n`,
  },
  {
    ctx: "Markdown setup doc",
    f: (_r, s, v, p) => `## Local setup\n\n1. Install deps with \`pnpm i\`.\n2. Set the ${p} credential (shared team one, rotate later):\n\n\`\`\`bash\nexport ${s}=${v}\n\`\`\`\n\n3. Run \`pnpm dev\`.\n`,
  },
  {
    ctx: "unified diff",
    f: (r, s, v) => `diff --git a/.env.staging b/.env.staging\nindex ${r.s(7, HEX)}..${r.s(7, HEX)} 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,5 @@ APP_ENV=staging\n LOG_LEVEL=debug\n-${s}=\n+${s}=${v}\n CACHE_TTL=60\n`,
  },
  {
    ctx: "chat message to teammate",
    f: (_r, s, v, p) => `hey, the ${p} integration is failing in staging, can you try with this one? ${s}: ${v} — I rotated it this morning`,
  },
  {
    ctx: "Dockerfile ENV",
    f: (r, s, v) => `FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nENV ${s}=${v}\nENV PORT=${8000 + r.int(99)}\nCMD ["gunicorn", "app:app"]\n`,
  },
  {
    ctx: "k8s Secret stringData",
    f: (r, s, v, p) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${lc(p).replace(/[^a-z0-9]+/g, "-")}-creds\n  namespace: prod-${r.int(9)}\ntype: Opaque\nstringData:\n  ${s}: "${v}"\n`,
  },
  {
    ctx: "docker run -e",
    f: (r, s, v) => `docker run --rm -d --name worker-${r.int(9)} \\\n  -e ${s}=${v} \\\n  -e LOG_LEVEL=info \\\n  registry.internal/worker:latest`,
  },
  {
    ctx: "Node structured log line",
    f: (r, s, v) => JSON.stringify({ level: 30, time: 1780000000000 + r.int(99999999), msg: "initialising upstream client", trace_id: r.s(32, HEX), config: { [camel(s)]: v, timeoutMs: 5000 } }),
  },
];

export function renderAll(prefix: string, group: (g: string) => string, toks: Tok[], perTok: number[], rng: Gen, offset = 0): CorpusCase[] {
  const out: CorpusCase[] = [];
  let n = 0;
  toks.forEach((t, i) => {
    const reps = perTok[i % perTok.length]!;
    for (let k = 0; k < reps; k++) {
      const ren = R[(n * 7 + offset) % R.length]!;
      const v = t.v(rng);
      let text = ren.f(rng, t.slot, v, t.p);
      if (t.extra) text += `\n${t.extra(rng)}`;
      n++;
      out.push({
        id: `${prefix}-${String(n).padStart(3, "0")}`,
        kind: "secrets",
        category: group(t.g),
        label: "positive",
        text,
        note: `${t.p}: ${t.slot} in ${ren.ctx}`,
      });
    }
  });
  return out;
}
