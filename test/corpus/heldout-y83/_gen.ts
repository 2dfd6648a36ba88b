// Shared PRNG, token templates and context renderers for heldout-y83 (skipped by the loader).
// Every credential-shaped value is assembled at run time from a template and a seeded mulberry32.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
export const ALPHA: Record<string, string> = {
  A: UP + LO + DG, // alnum
  H: "0123456789abcdef", // hex lower
  X: "0123456789ABCDEF", // hex upper
  D: DG,
  L: LO + DG, // lower alnum
  U: UP + DG, // upper alnum
  B: UP + LO + DG + "+/", // base64
  S: UP + LO + DG + "_-", // url-safe
  Z: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", // base32
  C: "qpzry9x8gf2tvdw0s3jn54khce6mua7l", // bech32
};

export class Gen extends SeededRng {
  /** Fill a template: {A:32} -> 32 alnum chars, {G} -> uuid, {G:U} -> upper uuid, other text literal. */
  fill(tpl: string): string {
    return tpl.replace(/\{([A-Z])(?::(\w+))?\}/g, (_m, k: string, n?: string) => {
      if (k === "G") {
        const u = [8, 4, 4, 4, 12].map((x) => this.str(x, ALPHA.H!)).join("-");
        return n === "U" ? u.toUpperCase() : u;
      }
      return this.str(Number(n), ALPHA[k]!);
    });
  }
  b64(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64");
  }
  /** An HS256 JWT with the given claims and a random signature. */
  jwt(claims: Record<string, unknown>): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(claims), this.fill("{S:43}")].join(".");
  }
}

/** A JSON string body (escaped, without the outer quotes). */
export const esc = (s: string) => JSON.stringify(s).slice(1, -1);

export interface Slot {
  provider: string;
  env: string; // the env var / config key a developer would use
  value: string;
  header?: string; // HTTP header name when the provider uses one; default Authorization: Bearer
  host?: string;
}

const hdr = (s: Slot) => (s.header ? (s.header.includes(":") ? `${s.header} ${s.value}` : `${s.header}: ${s.value}`) : `Authorization: Bearer ${s.value}`);
const host = (s: Slot) => s.host ?? `api.${s.provider.toLowerCase().replace(/[^a-z0-9]/g, "")}.com`;
const camel = (env: string) =>
  env.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const kebab = (env: string) => env.toLowerCase().replace(/_/g, "-");

export type Renderer = { ctx: string; render: (s: Slot, g: Gen) => string };

export const RENDERERS: Renderer[] = [
  {
    ctx: "OpenAI chat body with pasted .env",
    render: (s) =>
      JSON.stringify({
        model: "gpt-4.1",
        messages: [
          { role: "system", content: "You are a coding assistant." },
          { role: "user", content: `why does the app crash on boot? here's my .env\n\nNODE_ENV=production\nPORT=8080\n${s.env}=${s.value}\nLOG_LEVEL=info\n` },
        ],
      }),
  },
  {
    ctx: "Anthropic tool_use write_file .env.local",
    render: (s) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll create the local env file." },
          { type: "tool_use", id: "toolu_01", name: "write_file", input: { path: ".env.local", content: `# local dev\nDATABASE_HOST=localhost\n${s.env}="${s.value}"\n` } },
        ],
      }),
  },
  {
    ctx: "OpenAI tool_calls shell export (double-escaped)",
    render: (s) =>
      JSON.stringify({
        role: "assistant",
        tool_calls: [
          { id: "call_1", type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s.env}="${s.value}" && npm run deploy` }) } },
        ],
      }),
  },
  {
    ctx: "MCP tool result echoing config file",
    render: (s) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: 7,
        result: { content: [{ type: "text", text: `$ cat config/settings.yml\nservice:\n  name: billing\n  ${s.env.toLowerCase()}: ${s.value}\n  timeout: 30\n` }], isError: false },
      }),
  },
  {
    ctx: "curl command with header",
    render: (s) => `curl -sS https://${host(s)}/v1/status \\\n  -H "${hdr(s)}" \\\n  -H "Accept: application/json"`,
  },
  {
    ctx: "raw HTTP request headers",
    render: (s) => `POST /v2/items HTTP/1.1\r\nHost: ${host(s)}\r\nUser-Agent: python-requests/2.32.3\r\n${hdr(s)}\r\nContent-Type: application/json\r\nContent-Length: 17\r\n\r\n{"name":"sample"}`,
  },
  {
    ctx: "URL query string in fetch log",
    render: (s) => `[fetch] GET https://${host(s)}/v1/lookup?q=berlin&${s.env.toLowerCase()}=${encodeURIComponent(s.value)}&format=json -> 200 (143ms)`,
  },
  {
    ctx: "x-www-form-urlencoded body",
    render: (s) => `POST /oauth/token HTTP/1.1\nHost: ${host(s)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-reporting&${s.env.toLowerCase()}=${encodeURIComponent(s.value)}`,
  },
  {
    ctx: "multipart form upload",
    render: (s) => `--boundary7MA4YWxk\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\n1,42\r\n--boundary7MA4YWxk\r\nContent-Disposition: form-data; name="${s.env.toLowerCase()}"\r\n\r\n${s.value}\r\n--boundary7MA4YWxk--`,
  },
  {
    ctx: "JSON request body",
    render: (s) => JSON.stringify({ integration: s.provider, enabled: true, credentials: { [camel(s.env)]: s.value }, retries: 3 }, null, 2),
  },
  {
    ctx: "docker-compose YAML environment",
    render: (s) => `services:\n  api:\n    image: ghcr.io/acme/api:1.14.2\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n      - ${s.env}=${s.value}\n    depends_on:\n      - db\n`,
  },
  {
    ctx: "Kubernetes Secret stringData",
    render: (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  ${s.env}: "${s.value}"\n`,
  },
  {
    ctx: "TOML config",
    render: (s) => `[server]\nhost = "0.0.0.0"\nport = 8080\n\n[integrations.${s.provider.toLowerCase().replace(/[^a-z0-9]/g, "_")}]\n${s.env.toLowerCase()} = "${s.value}"\nenabled = true\n`,
  },
  {
    ctx: "INI config",
    render: (s) => `[default]\nregion = eu-west-1\noutput = json\n\n[${s.provider.toLowerCase().replace(/[^a-z0-9]/g, "")}]\n${s.env.toLowerCase()} = ${s.value}\n`,
  },
  {
    ctx: "Java .properties",
    render: (s) => `spring.application.name=orders\nserver.port=8081\napp.${kebab(s.env).replace(/-/g, ".")}=${s.value}\nlogging.level.root=INFO\n`,
  },
  {
    ctx: "JSON config file",
    render: (s) => JSON.stringify({ name: "worker", version: "2.3.0", env: "production", [s.provider.toLowerCase()]: { [camel(s.env)]: s.value, timeoutMs: 5000 } }, null, 2),
  },
  {
    ctx: "Terraform HCL",
    render: (s) => `provider "aws" {\n  region = "us-east-1"\n}\n\nresource "aws_ssm_parameter" "${s.env.toLowerCase()}" {\n  name  = "/prod/${kebab(s.env)}"\n  type  = "SecureString"\n  value = "${s.value}"\n}\n`,
  },
  {
    ctx: "XML appSettings",
    render: (s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.env}" value="${s.value}" />\n  </appSettings>\n</configuration>\n`,
  },
  {
    ctx: "Python env default",
    render: (s) => `import os\nimport requests\n\n${s.env} = os.environ.get("${s.env}", "${s.value}")\n\ndef fetch(path):\n    r = requests.get(f"https://${host(s)}{path}", headers={"Authorization": f"Bearer {${s.env}}"}, timeout=10)\n    r.raise_for_status()\n    return r.json()\n`,
  },
  {
    ctx: "TypeScript env fallback",
    render: (s) => `import { createClient } from "./client";\n\nconst ${camel(s.env)} = process.env.${s.env} ?? "${s.value}";\n\nexport const client = createClient({\n  apiKey: ${camel(s.env)},\n  timeout: 10_000,\n});\n`,
  },
  {
    ctx: "Go constant",
    render: (s) => `package config\n\nimport "os"\n\nconst default${camel(s.env).replace(/^./, (c) => c.toUpperCase())} = "${s.value}"\n\nfunc Get() string {\n\tif v := os.Getenv("${s.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${camel(s.env).replace(/^./, (c) => c.toUpperCase())}\n}\n`,
  },
  {
    ctx: "Java field",
    render: (s) => `public final class Credentials {\n    private static final String ${s.env} = "${s.value}";\n\n    public static String get() {\n        return System.getenv().getOrDefault("${s.env}", ${s.env});\n    }\n}\n`,
  },
  {
    ctx: "Ruby ENV.fetch",
    render: (s) => `# config/initializers/${s.provider.toLowerCase().replace(/[^a-z0-9]/g, "_")}.rb\nRails.application.config.x.${s.env.toLowerCase()} = ENV.fetch("${s.env}", "${s.value}")\n`,
  },
  {
    ctx: "PHP config array",
    render: (s) => `<?php\n\nreturn [\n    'driver' => '${s.provider.toLowerCase()}',\n    '${s.env.toLowerCase()}' => env('${s.env}', '${s.value}'),\n    'timeout' => 15,\n];\n`,
  },
  {
    ctx: "C# options",
    render: (s) => `builder.Services.Configure<ApiOptions>(o =>\n{\n    o.BaseUrl = "https://${host(s)}";\n    o.${camel(s.env).replace(/^./, (c) => c.toUpperCase())} = "${s.value}";\n});\n`,
  },
  {
    ctx: "Rust const",
    render: (s) => `use std::env;\n\nconst FALLBACK: &str = "${s.value}";\n\npub fn ${s.env.toLowerCase()}() -> String {\n    env::var("${s.env}").unwrap_or_else(|_| FALLBACK.to_string())\n}\n`,
  },
  {
    ctx: "GitHub Actions log",
    render: (s, g) => `2026-11-30T10:4${g.int(10)}:12.1234567Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T10:4${g.int(10)}:12.1301112Z + echo "using ${s.env}=${s.value}"\n2026-11-30T10:4${g.int(10)}:12.1309023Z using ${s.env}=${s.value}\n2026-11-30T10:4${g.int(10)}:13.0001231Z ##[endgroup]\n2026-11-30T10:4${g.int(10)}:15.9912222Z Deploy finished in 3.8s`,
  },
  {
    ctx: "shell history",
    render: (s) => `  501  cd ~/src/api\n  502  git pull --rebase\n  503  export ${s.env}=${s.value}\n  504  npm run migrate\n  505  history | tail`,
  },
  {
    ctx: "Python crash dump locals",
    render: (s) => `Traceback (most recent call last):\n  File "/app/worker.py", line 88, in run\n    resp = client.send(batch)\n  File "/app/client.py", line 41, in send\n    raise ConnectionError("upstream reset")\nConnectionError: upstream reset\n\nLocals at frame send:\n    self = <Client host='${host(s)}'>\n    ${s.env.toLowerCase()} = '${s.value}'\n    batch = [<Event 1>, <Event 2>]`,
  },
  {
    ctx: "Jupyter notebook cell",
    render: (s) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.env}"] = "${s.value}"\n`, "df = load_data()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1),
  },
  {
    ctx: "SQL seed insert",
    render: (s) => `-- seed integrations\nINSERT INTO integrations (id, provider, secret, created_at)\nVALUES (12, '${s.provider.toLowerCase()}', '${s.value}', NOW());\n`,
  },
  {
    ctx: "Markdown setup doc",
    render: (s) => `## Setup\n\n1. Clone the repo and run \`pnpm install\`.\n2. Put the shared key in your shell profile:\n\n\`\`\`bash\nexport ${s.env}=${s.value}\n\`\`\`\n\n3. Run \`pnpm dev\`.\n`,
  },
  {
    ctx: "unified diff",
    render: (s) => `diff --git a/.env.production b/.env.production\nindex 3b18e51..9c2d0f4 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,4 +3,5 @@ APP_URL=https://app.example.com\n SESSION_TTL=3600\n+${s.env}=${s.value}\n FEATURE_FLAGS=beta\n`,
  },
  {
    ctx: "chat message pasted to teammate",
    render: (s) => `[10:42] dana: can someone send me the ${s.provider} key for staging?\n[10:43] li: here you go ${s.value}\n[10:43] li: rotate it after the demo pls`,
  },
  {
    ctx: "Dockerfile ENV",
    render: (s) => `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nENV ${s.env}=${s.value}\nCMD ["node", "server.js"]\n`,
  },
  {
    ctx: "Jest test fixture",
    render: (s) => `import { handler } from "../src/handler";\n\nbeforeAll(() => {\n  process.env.${s.env} = "${s.value}";\n});\n\ntest("returns 200", async () => {\n  expect((await handler({})).statusCode).toBe(200);\n});\n`,
  },
];

export interface Spec {
  provider: string;
  group: string;
  env: string;
  tpl: string | ((g: Gen) => string); // token template for Gen.fill, or a builder
  header?: string;
  host?: string;
}

/** Render each spec `times` times, rotating renderers from `offset`. */
export function build(specs: Spec[], opts: { seed: number; idPrefix: string; times: number; offset: number; catPrefix: string }): CorpusCase[] {
  const g = new Gen(opts.seed);
  const out: CorpusCase[] = [];
  let n = 0;
  for (let t = 0; t < opts.times; t++) {
    for (const sp of specs) {
      const r = RENDERERS[(n * 7 + opts.offset + t * 13) % RENDERERS.length]!;
      const slot: Slot = { provider: sp.provider, env: sp.env, value: typeof sp.tpl === "string" ? g.fill(sp.tpl) : sp.tpl(g), header: sp.header, host: sp.host };
      n++;
      out.push({
        id: `${opts.idPrefix}-${String(n).padStart(3, "0")}`,
        kind: "secrets",
        category: `${opts.catPrefix}${sp.group}`,
        label: "positive",
        text: r.render(slot, g),
        note: `${sp.provider} ${sp.env} in ${r.ctx}`,
      });
    }
  }
  return out;
}
