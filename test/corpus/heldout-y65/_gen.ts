// Shared PRNG + context renderers for heldout-y65. Skipped by the loader (leading underscore).
// Every credential-shaped value is assembled at run time: split prefix + PRNG body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HEX = "0123456789abcdef";
export const UHEX = "0123456789ABCDEF";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LO = "abcdefghijklmnopqrstuvwxyz0123456789";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const B64 = `${AN}+/`;
export const URLB64 = `${AN}-_`;
export const DIG = "0123456789";

export class Gen extends SeededRng {
  /** join parts; strings pass through, [n, alphabet] tuples become random runs */
  t(...parts: (string | [number, string])[]): string {
    return parts.map((p) => (typeof p === "string" ? p : this.str(p[0], p[1]))).join("");
  }
  hex(n: number): string {
    return this.str(n, HEX);
  }
  an(n: number): string {
    return this.str(n, AN);
  }
  uuid(): string {
    return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-");
  }
  b64(n: number): string {
    const s = this.str(n, B64);
    return s;
  }
  jwt(payload: object): string {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.str(43, URLB64)].join(".");
  }
  ts(): string {
    return `2026-${String(this.range(1, 11)).padStart(2, "0")}-${String(this.range(1, 28)).padStart(2, "0")}T${String(this.range(0, 23)).padStart(2, "0")}:${String(this.range(10, 59))}:${String(this.range(10, 59))}Z`;
  }
}

/** JSON-escape text as it appears inside a JSON string. */
export const esc = (s: string) => JSON.stringify(s).slice(1, -1);

export interface Spec {
  provider: string;
  group: string;
  /** env-var style slot name, e.g. OPENAI_API_KEY */
  slot: string;
  make: (g: Gen) => string;
  /** optional HTTP header name used by header renderers (default Authorization: Bearer) */
  header?: string;
}

type Renderer = { ctx: string; r: (slot: string, v: string, s: Spec, g: Gen) => string };

const camel = (slot: string) => slot.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const lower = (slot: string) => slot.toLowerCase();
const hdr = (s: Spec, v: string) => (s.header ? (s.header.endsWith("=") ? `${s.header}${v}` : s.header.includes(":") ? `${s.header} ${v}` : `${s.header}: ${v}`) : `Authorization: Bearer ${v}`);
const host = (s: Spec) => `api.${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "")}.com`;

export const renderers: Renderer[] = [
  {
    ctx: "chat body with pasted .env",
    r: (slot, v, _s, g) =>
      JSON.stringify({
        model: "claude-sonnet-4-5",
        max_tokens: 4096,
        messages: [{ role: "user", content: `my app won't boot, here's my .env:\n\nNODE_ENV=production\nPORT=${g.range(3000, 9000)}\nLOG_LEVEL=info\n${slot}=${v}\nDATABASE_POOL=10\n\nwhat's wrong?` }],
      }, null, 2),
  },
  {
    ctx: "Anthropic tool_use write_file",
    r: (slot, v, _s, g) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll write the config file now." },
          { type: "tool_use", id: `toolu_01${g.an(22)}`, name: "write_file", input: { path: "config/settings.yaml", content: `app:\n  name: billing-worker\n  region: eu-west-1\nintegrations:\n  ${lower(slot)}: "${v}"\n  timeout_ms: 5000\n` } },
        ],
      }),
  },
  {
    ctx: "OpenAI tool_calls shell command",
    r: (slot, v, _s, g) =>
      JSON.stringify({
        id: `chatcmpl-${g.an(29)}`,
        object: "chat.completion",
        choices: [{ index: 0, message: { role: "assistant", content: null, tool_calls: [{ id: `call_${g.an(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${slot}='${v}' && npm run deploy -- --env staging` }) } }] }, finish_reason: "tool_calls" }],
      }),
  },
  {
    ctx: "MCP tool result echoed back",
    r: (slot, v, _s, g) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: g.range(2, 90),
        result: { content: [{ type: "text", text: `$ cat .env.production\n# generated ${g.ts()}\n${slot}=${v}\nFEATURE_FLAGS=beta,search\n` }], isError: false },
      }),
  },
  {
    ctx: "curl command with header",
    r: (_slot, v, s) => `curl -sS -X POST https://${host(s)}/v1/events \\\n  -H "${hdr(s, v)}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"event":"deploy","service":"api"}'`,
  },
  {
    ctx: "raw HTTP request headers",
    r: (_slot, v, s, g) => `GET /v2/projects?page=${g.range(1, 9)} HTTP/1.1\r\nHost: ${host(s)}\r\nUser-Agent: agent-runner/1.8.2\r\nAccept: application/json\r\n${hdr(s, v)}\r\nX-Request-Id: ${g.uuid()}\r\n\r\n`,
  },
  {
    ctx: "URL query string in a fetch log",
    r: (slot, v, s, g) => `[fetch] ${g.ts()} GET https://${host(s)}/v1/search?q=weather&limit=20&${lower(slot)}=${encodeURIComponent(v)} -> 200 (${g.range(40, 900)}ms)`,
  },
  {
    ctx: "form-encoded POST body",
    r: (slot, v, s) => `POST /oauth/token HTTP/1.1\nHost: ${host(s)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=read%20write&${lower(slot)}=${encodeURIComponent(v)}`,
  },
  {
    ctx: "multipart form upload",
    r: (slot, v, s, g) => {
      const b = `----WebKitFormBoundary${g.an(16)}`;
      return `POST /upload HTTP/1.1\nHost: ${host(s)}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${lower(slot)}"\n\n${v}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}--`;
    },
  },
  {
    ctx: "JSON request body",
    r: (slot, v, s) => `POST https://${host(s)}/v1/connections\nContent-Type: application/json\n\n${JSON.stringify({ name: "warehouse-sync", type: s.provider.toLowerCase(), credentials: { [camel(slot)]: v }, schedule: "0 */6 * * *" }, null, 2)}`,
  },
  {
    ctx: "docker-compose YAML",
    r: (slot, v) => `services:\n  api:\n    image: ghcr.io/acme/api:1.14.0\n    ports:\n      - "8080:8080"\n    environment:\n      - RUST_LOG=info\n      - ${slot}=${v}\n    depends_on:\n      - redis\n  redis:\n    image: redis:7-alpine\n`,
  },
  {
    ctx: "TOML config",
    r: (slot, v) => `[server]\nhost = "0.0.0.0"\nport = 8080\n\n[integrations]\n${lower(slot)} = "${v}"\nretries = 3\n`,
  },
  {
    ctx: "INI config",
    r: (slot, v) => `; service credentials\n[default]\nregion = us-east-1\noutput = json\n\n[integration]\n${lower(slot)} = ${v}\nverify_ssl = true\n`,
  },
  {
    ctx: "Java .properties",
    r: (slot, v) => `spring.application.name=orders\nserver.port=8081\nlogging.level.root=INFO\nintegration.${camel(slot)}=${v}\nspring.jpa.open-in-view=false\n`,
  },
  {
    ctx: "JSON config file",
    r: (slot, v) => JSON.stringify({ $schema: "./config.schema.json", env: "production", services: { [camel(slot)]: v, region: "us-central1" }, cache: { ttl: 300 } }, null, 2),
  },
  {
    ctx: "Terraform HCL",
    r: (slot, v, s) => `provider "${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}" {\n  ${lower(slot)} = "${v}"\n  region = "eu-central-1"\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { always = timestamp() }\n}\n`,
  },
  {
    ctx: "XML config",
    r: (slot, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${slot}" value="${v}" />\n  </appSettings>\n</configuration>\n`,
  },
  {
    ctx: "Python SDK constructor",
    r: (slot, v, s) => `import os\nimport logging\n\nfrom client import ${s.provider.replace(/[^A-Za-z0-9]/g, "")}Client\n\nlog = logging.getLogger(__name__)\n\nclient = ${s.provider.replace(/[^A-Za-z0-9]/g, "")}Client(\n    ${lower(slot)}=os.environ.get("${slot}", "${v}"),\n    timeout=30,\n)\n`,
  },
  {
    ctx: "TypeScript env default",
    r: (slot, v) => `import { z } from "zod";\n\nexport const config = {\n  port: Number(process.env.PORT ?? 3000),\n  ${camel(slot)}: process.env.${slot} ?? "${v}",\n  debug: false,\n};\n`,
  },
  {
    ctx: "Go source constant",
    r: (slot, v) => `package config\n\nimport "os"\n\nconst default${camel(slot).replace(/^./, (c) => c.toUpperCase())} = "${v}"\n\nfunc Get() string {\n\tif v := os.Getenv("${slot}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${camel(slot).replace(/^./, (c) => c.toUpperCase())}\n}\n`,
  },
  {
    ctx: "Java test fixture",
    r: (slot, v) => `class IntegrationTest {\n    private static final String ${slot} = "${v}";\n\n    @Test\n    void connects() {\n        var client = new Client(${slot});\n        assertTrue(client.ping());\n    }\n}\n`,
  },
  {
    ctx: "Ruby initializer",
    r: (slot, v) => `# config/initializers/integration.rb\nRails.application.configure do\n  config.x.integration.${lower(slot)} = ENV.fetch("${slot}", "${v}")\n  config.x.integration.timeout = 10\nend\n`,
  },
  {
    ctx: "C# appsettings code",
    r: (slot, v) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", c =>\n{\n    c.DefaultRequestHeaders.Add("Authorization", "Bearer " + (Environment.GetEnvironmentVariable("${slot}") ?? "${v}"));\n});\nvar app = builder.Build();\n`,
  },
  {
    ctx: "PHP config array",
    r: (slot, v) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${lower(slot)}' => env('${slot}', '${v}'),\n    'timeout' => 15,\n];\n`,
  },
  {
    ctx: "Rust source",
    r: (slot, v) => `use std::env;\n\nfn api_key() -> String {\n    env::var("${slot}").unwrap_or_else(|_| "${v}".to_string())\n}\n`,
  },
  {
    ctx: "GitHub Actions CI log",
    r: (slot, v, _s, g) => `${g.ts()} ##[group]Run ./scripts/deploy.sh\n${g.ts()} ./scripts/deploy.sh --verbose\n${g.ts()} shell: /usr/bin/bash -e {0}\n${g.ts()} env:\n${g.ts()}   ${slot}: ${v}\n${g.ts()} ##[endgroup]\n${g.ts()} Deploying commit ${g.hex(40)}\n`,
  },
  {
    ctx: "shell history",
    r: (slot, v) => `  501  git pull --rebase\n  502  npm ci\n  503  export ${slot}=${v}\n  504  npm run migrate\n  505  ls -la dist/\n`,
  },
  {
    ctx: "Python crash dump with locals",
    r: (slot, v, _s, g) => `Traceback (most recent call last):\n  File "/app/worker.py", line ${g.range(40, 300)}, in sync\n    resp = session.post(url, headers=headers, timeout=10)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\n    return self.request("POST", url, data=data, json=json, **kwargs)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool: Max retries exceeded\n\nLocals:\n  url = 'https://upstream.internal/v1/sync'\n  ${lower(slot)} = '${v}'\n  attempt = 3\n`,
  },
  {
    ctx: "Jupyter notebook cell",
    r: (slot, v) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${slot}"] = "${v}"\n`, "df = load_dataset()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1),
  },
  {
    ctx: "SQL seed insert",
    r: (slot, v, s, g) => `-- seed integrations\nINSERT INTO integrations (id, provider, credential_name, secret_value, created_at)\nVALUES (${g.range(1, 500)}, '${s.provider.toLowerCase()}', '${lower(slot)}', '${v}', NOW());\n`,
  },
  {
    ctx: "Markdown setup doc",
    r: (slot, v, s) => `## Local setup\n\n1. Install dependencies with \`pnpm install\`.\n2. Copy the shared ${s.provider} credential into your shell:\n\n\`\`\`bash\nexport ${slot}="${v}"\n\`\`\`\n\n3. Run \`pnpm dev\`.\n`,
  },
  {
    ctx: "unified diff",
    r: (slot, v, _s, g) => `diff --git a/.env.staging b/.env.staging\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,5 @@ APP_URL=https://staging.acme.dev\n QUEUE=sqs\n CACHE_DRIVER=redis\n+${slot}=${v}\n MAIL_FROM=noreply@acme.dev\n`,
  },
  {
    ctx: "chat message (Slack paste)",
    r: (slot, v, s) => JSON.stringify({ channel: "C0" + "7QX2K9L", text: `hey can you try with the prod ${s.provider} key? \`${slot}=${v}\` — rotate it after pls`, username: "dev-bot" }),
  },
  {
    ctx: "docker run command",
    r: (slot, v) => `docker run --rm -it \\\n  -e ${slot}=${v} \\\n  -e TZ=UTC \\\n  -v "$PWD":/app -w /app \\\n  node:20-alpine npm test`,
  },
  {
    ctx: "Kubernetes Secret (stringData)",
    r: (slot, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n  ${slot}: "${v}"\n`,
  },
  {
    ctx: "chat body with pasted Python file",
    r: (slot, v, s) =>
      JSON.stringify({
        model: "gpt-4.1",
        messages: [
          { role: "system", content: "You are a helpful coding assistant." },
          { role: "user", content: `why does this 401?\n\n\`\`\`python\nimport httpx\n\n${slot} = "${v}"\n\nr = httpx.get("https://${host(s)}/v1/me", headers={"Authorization": f"Bearer {${slot}}"})\nprint(r.status_code)\n\`\`\`` },
        ],
      }),
  },
];

/** Render each spec `times` times, rotating through renderers from a per-file offset. */
export function build(specs: Spec[], g: Gen, idPrefix: string, times: number, offset: number): CorpusCase[] {
  const out: CorpusCase[] = [];
  let k = offset;
  let n = 0;
  for (let rep = 0; rep < times; rep++) {
    for (const s of specs) {
      const r = renderers[k % renderers.length]!;
      k += 7; // co-prime stride with renderer count so consecutive specs land on varied contexts
      const v = s.make(g);
      n++;
      out.push({
        id: `${idPrefix}-${String(n).padStart(3, "0")}`,
        kind: "secrets",
        category: `heldouty65-sec-${s.group}`,
        label: "positive",
        text: r.r(s.slot, v, s, g),
        note: `${s.provider} ${s.slot} in ${r.ctx}`,
      });
    }
  }
  return out;
}
