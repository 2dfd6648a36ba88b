// Shared PRNG and context renderers for heldout-y82. Skipped by the loader (leading underscore).
// Every credential-shaped value is assembled at run time from a split prefix and a seeded body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LO = "abcdefghijklmnopqrstuvwxyz0123456789";
export const B64 = AL + "+/";
export const URLS = AL + "_-";
export const DIG = "0123456789";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen extends SeededRng {
  s(n: number, a = AL): string {
    return this.str(n, a);
  }
  j(...parts: string[]): string {
    return parts.join("");
  }
  uuid(): string {
    const h = () => this.s(4, HX);
    return `${h()}${h()}-${h()}-4${this.s(3, HX)}-${this.pick(["8", "9", "a", "b"])}${this.s(3, HX)}-${h()}${h()}${h()}`;
  }
  b64(nBytes: number): string {
    return Buffer.from(this.bytes(nBytes)).toString("base64");
  }
  b64url(nBytes: number): string {
    return Buffer.from(this.bytes(nBytes)).toString("base64url");
  }
  jwt(payload: Record<string, unknown>): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.b64url(32)].join(".");
  }
}

export const esc = (s: string) => JSON.stringify(s).slice(1, -1);

export interface Slot {
  provider: string;
  /** env-style variable name */
  env: string;
  value: string;
  /** How the value travels in HTTP; default bearer. */
  header?: string;
  host?: string;
}

export type Renderer = { name: string; neutral: boolean; r: (s: Slot, g: Gen) => string };

const camel = (env: string) =>
  env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const kebab = (env: string) => env.toLowerCase().replace(/_/g, "-");
const dotted = (env: string) => env.toLowerCase().replace(/_/g, ".");
const host = (s: Slot) => s.host ?? `api.${s.provider.split(" ")[0]!.toLowerCase().replace(/[^a-z0-9]/g, "")}.com`;
const hdr = (s: Slot) => (s.header ?? "Authorization: Bearer ") + s.value;

export const RENDERERS: Renderer[] = [
  {
    name: "LLM chat body with pasted .env (JSON-escaped)",
    neutral: true,
    r: (s) =>
      JSON.stringify({
        model: "claude-sonnet-4-5",
        max_tokens: 4096,
        messages: [
          {
            role: "user",
            content: `Why does the app crash at startup? here's my .env:\n\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${s.env}=${s.value}\nFEATURE_FLAGS=beta,search\n`,
          },
        ],
      }, null, 2),
  },
  {
    name: "Anthropic tool_use write_file config.yaml",
    neutral: true,
    r: (s) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll add the settings to config/app.yaml." },
          {
            type: "tool_use",
            id: "toolu_01" + "HkQw3vXy",
            name: "write_file",
            input: {
              path: "config/app.yaml",
              content: `server:\n  port: 3000\n  host: 0.0.0.0\n${kebab(s.env).split("-")[0]}:\n  ${camel(s.env)}: "${s.value}"\n  timeout_ms: 15000\n`,
            },
          },
        ],
      }, null, 2),
  },
  {
    name: "OpenAI tool_calls shell export (double-escaped arguments)",
    neutral: true,
    r: (s) =>
      JSON.stringify({
        role: "assistant",
        tool_calls: [
          {
            id: "call_" + "q8ZbX2",
            type: "function",
            function: {
              name: "run_shell",
              arguments: JSON.stringify({ command: `export ${s.env}="${s.value}" && npm run sync -- --verbose`, cwd: "/home/dev/app" }),
            },
          },
        ],
      }),
  },
  {
    name: "MCP tool result echoing a file read",
    neutral: true,
    r: (s) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: 14,
        result: {
          content: [{ type: "text", text: `# settings.local\n${s.env}=${s.value}\nCACHE_TTL=300\nREGION=eu-west-1\n` }],
          isError: false,
        },
      }),
  },
  {
    name: "curl command with auth header",
    neutral: false,
    r: (s) =>
      `$ curl -sS -X GET "https://${host(s)}/v1/status" \\\n    -H "${hdr(s)}" \\\n    -H "Accept: application/json" | jq .`,
  },
  {
    name: "raw HTTP request headers",
    neutral: false,
    r: (s) =>
      `POST /v2/events HTTP/1.1\r\nHost: ${host(s)}\r\nUser-Agent: python-requests/2.32.3\r\nContent-Type: application/json\r\n${hdr(s)}\r\nContent-Length: 37\r\n\r\n{"event":"deploy","status":"started"}`,
  },
  {
    name: "URL query string in a fetch log",
    neutral: true,
    r: (s) =>
      `[fetch] GET https://${host(s)}/v1/data?limit=50&${camel(s.env)}=${encodeURIComponent(s.value)}&page=2 -> 200 (312ms)`,
  },
  {
    name: "form-encoded body",
    neutral: true,
    r: (s) =>
      `POST /oauth/token HTTP/1.1\nHost: ${host(s)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=read%20write&${s.env.toLowerCase()}=${encodeURIComponent(s.value)}`,
  },
  {
    name: "multipart form-data part",
    neutral: true,
    r: (s) =>
      `--boundary7MA4YWxk\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\n1,20\r\n--boundary7MA4YWxk\r\nContent-Disposition: form-data; name="${s.env.toLowerCase()}"\r\n\r\n${s.value}\r\n--boundary7MA4YWxk--`,
  },
  {
    name: "JSON config file",
    neutral: true,
    r: (s) =>
      JSON.stringify({ name: "ingest-worker", version: "1.4.2", integrations: { [s.provider.toLowerCase().replace(/[^a-z0-9]/g, "")]: { [camel(s.env)]: s.value, retries: 3 } } }, null, 2),
  },
  {
    name: "docker-compose YAML",
    neutral: true,
    r: (s) =>
      `services:\n  api:\n    image: ghcr.io/acme/api:1.9.0\n    ports:\n      - "8080:8080"\n    environment:\n      - DATABASE_POOL=10\n      - ${s.env}=${s.value}\n    restart: unless-stopped\n`,
  },
  {
    name: "TOML config",
    neutral: true,
    r: (s) => `[app]\nname = "billing"\ndebug = false\n\n[${s.provider.toLowerCase().replace(/[^a-z0-9]/g, "_")}]\n${s.env.toLowerCase()} = "${s.value}"\ntimeout = 30\n`,
  },
  {
    name: "INI config",
    neutral: true,
    r: (s) => `; generated by setup.sh\n[default]\nregion = us-east-1\noutput = json\n\n[integration]\n${s.env.toLowerCase()} = ${s.value}\n`,
  },
  {
    name: "Java .properties",
    neutral: true,
    r: (s) => `spring.application.name=orders\nserver.port=8081\napp.${dotted(s.env)}=${s.value}\nlogging.level.root=INFO\n`,
  },
  {
    name: "Terraform HCL",
    neutral: true,
    r: (s) =>
      `variable "${s.env.toLowerCase()}" {\n  type      = string\n  sensitive = true\n  default   = "${s.value}"\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { v = var.${s.env.toLowerCase()} }\n}\n`,
  },
  {
    name: "XML app settings",
    neutral: true,
    r: (s) =>
      `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.env}" value="${s.value}" />\n  </appSettings>\n</configuration>\n`,
  },
  {
    name: "Python code (client constructor with env default)",
    neutral: true,
    r: (s) =>
      `import os\nimport httpx\n\n${s.env} = os.environ.get("${s.env}", "${s.value}")\n\nclient = httpx.Client(base_url="https://${host(s)}", timeout=20)\n\ndef fetch(path: str):\n    return client.get(path, params={"${s.env.toLowerCase()}": ${s.env}}).json()\n`,
  },
  {
    name: "TypeScript code (SDK init)",
    neutral: true,
    r: (s) =>
      `import { createClient } from "./client";\n\nconst ${camel(s.env)} = process.env.${s.env} ?? "${s.value}";\n\nexport const client = createClient({\n  baseUrl: "https://${host(s)}",\n  ${camel(s.env)},\n});\n`,
  },
  {
    name: "Go code",
    neutral: true,
    r: (s) =>
      `package config\n\nimport "os"\n\nfunc ${camel(s.env).replace(/^./, (c) => c.toUpperCase())}() string {\n\tif v := os.Getenv("${s.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${s.value}"\n}\n`,
  },
  {
    name: "Java code",
    neutral: true,
    r: (s) =>
      `public final class Settings {\n    private static final String ${s.env} = "${s.value}";\n\n    public static String get() {\n        String env = System.getenv("${s.env}");\n        return env != null ? env : ${s.env};\n    }\n}\n`,
  },
  {
    name: "C# code",
    neutral: true,
    r: (s) =>
      `var builder = WebApplication.CreateBuilder(args);\nvar ${camel(s.env)} = builder.Configuration["${s.env}"] ?? "${s.value}";\nbuilder.Services.AddHttpClient("upstream", c => c.BaseAddress = new Uri("https://${host(s)}"));\n`,
  },
  {
    name: "Ruby code",
    neutral: true,
    r: (s) => `# config/initializers/integration.rb\nRails.application.config.x.integration = {\n  ${s.env.toLowerCase()}: ENV.fetch("${s.env}", "${s.value}"),\n  timeout: 10\n}\n`,
  },
  {
    name: "PHP code",
    neutral: true,
    r: (s) => `<?php\n\nreturn [\n    'debug' => false,\n    '${s.env.toLowerCase()}' => env('${s.env}', '${s.value}'),\n    'region' => 'eu-central-1',\n];\n`,
  },
  {
    name: "Rust code",
    neutral: true,
    r: (s) =>
      `use std::env;\n\nfn ${s.env.toLowerCase()}() -> String {\n    env::var("${s.env}").unwrap_or_else(|_| "${s.value}".to_string())\n}\n`,
  },
  {
    name: "CI log (GitHub Actions step echoing env)",
    neutral: true,
    r: (s) =>
      `2026-11-30T10:14:02.1183Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T10:14:02.1190Z + echo "deploying with ${s.env}=${s.value}"\n2026-11-30T10:14:02.1191Z deploying with ${s.env}=${s.value}\n2026-11-30T10:14:03.4410Z ##[endgroup]\n2026-11-30T10:14:05.0021Z Deployment finished in 2.9s`,
  },
  {
    name: "shell history",
    neutral: true,
    r: (s) => `  501  cd ~/src/api\n  502  git pull --rebase\n  503  export ${s.env}=${s.value}\n  504  make run\n  505  history | tail -20`,
  },
  {
    name: "Python crash dump with locals",
    neutral: true,
    r: (s) =>
      `Traceback (most recent call last):\n  File "/app/worker.py", line 88, in sync\n    resp.raise_for_status()\nhttpx.HTTPStatusError: Server error '503 Service Unavailable'\n\nLocals at frame sync:\n    attempt = 3\n    ${s.env.toLowerCase()} = '${s.value}'\n    url = 'https://${host(s)}/v1/sync'`,
  },
  {
    name: "Jupyter notebook cell",
    neutral: true,
    r: (s) =>
      JSON.stringify({
        cells: [
          { cell_type: "markdown", metadata: {}, source: ["## Load data\n"] },
          { cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.env}"] = "${s.value}"\n`, "df = load_frame()\n"] },
        ],
        metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
        nbformat: 4,
        nbformat_minor: 5,
      }, null, 1),
  },
  {
    name: "SQL seed insert",
    neutral: true,
    r: (s) =>
      `-- seed integrations\nINSERT INTO integration_settings (tenant_id, name, value, created_at)\nVALUES (42, '${s.env.toLowerCase()}', '${s.value}', NOW());\n`,
  },
  {
    name: "Markdown setup doc",
    neutral: true,
    r: (s) =>
      `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`\n2. Set ${s.provider} (ask in #platform if unsure):\n\n\`\`\`bash\n${s.env}=${s.value}\n\`\`\`\n\n3. Run \`make dev\`.\n`,
  },
  {
    name: "unified diff",
    neutral: true,
    r: (s) =>
      `diff --git a/.env.production b/.env.production\nindex 3f2a1c0..9be41d7 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,4 +3,5 @@ APP_URL=https://app.example.org\n LOG_LEVEL=warn\n QUEUE=default\n+${s.env}=${s.value}\n SENTRY_ENVIRONMENT=production\n`,
  },
  {
    name: "chat message to the agent",
    neutral: true,
    r: (s) =>
      JSON.stringify({ role: "user", content: `ok the ${s.provider} one is ${s.value} - plug it in and rerun the integration tests pls` }),
  },
  {
    name: "Kubernetes Secret stringData",
    neutral: true,
    r: (s) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${kebab(s.env)}\n  namespace: prod\ntype: Opaque\nstringData:\n  ${s.env}: "${s.value}"\n`,
  },
  {
    name: "Dockerfile ENV",
    neutral: true,
    r: (s) => `FROM node:22-alpine\nWORKDIR /srv\nCOPY . .\nENV NODE_ENV=production \\\n    ${s.env}=${s.value}\nRUN npm ci --omit=dev\nCMD ["node", "dist/main.js"]\n`,
  },
  {
    name: "LLM chat body with pasted JSON log line (escaped)",
    neutral: false,
    r: (s) =>
      JSON.stringify({
        model: "gpt-4.1",
        messages: [
          { role: "system", content: "You are a helpful coding assistant." },
          { role: "user", content: `this request keeps returning 401, log below:\n${JSON.stringify({ level: "error", msg: "upstream rejected", host: host(s), headers: { [(s.header ?? "Authorization: Bearer ").split(":")[0]!]: (s.header ?? "Authorization: Bearer ").split(": ")[1] + s.value }, status: 401 })}` },
        ],
      }),
  },
];

export const NEUTRAL = RENDERERS.filter((r) => r.neutral);

export type Spec = [group: string, provider: string, env: string, make: (g: Gen) => string, opts?: { header?: string; host?: string }];

/** Renders each spec once (or `times` times) through the rotating renderers. */
export function build(seed: number, idPrefix: string, specs: Spec[], times = 1, start = 0): CorpusCase[] {
  const g = new Gen(seed);
  const out: CorpusCase[] = [];
  let k = start;
  let n = 1;
  for (let t = 0; t < times; t++) {
    for (const [group, provider, env, make, opts] of specs) {
      const value = make(g);
      let rend = RENDERERS[k++ % RENDERERS.length]!;
      // URL-shaped credentials never ride in an auth header.
      while (value.includes("://") && !rend.neutral) rend = RENDERERS[k++ % RENDERERS.length]!;
      out.push({
        id: `${idPrefix}-${String(n++).padStart(3, "0")}`,
        kind: "secrets",
        category: `heldouty82-sec-${group}`,
        label: "positive",
        text: rend.r({ provider, env, value, header: opts?.header, host: opts?.host }, g),
        note: `${provider} ${env} in ${rend.name}`,
      });
    }
  }
  return out;
}
