// Shared PRNG-backed builders and context renderers for heldout-y44 (skipped by the loader).
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
export const URLB64 = AN + "_-";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen extends SeededRng {
  s(n: number, a = AN): string {
    return this.str(n, a);
  }
  /** prefix parts joined at run time + body */
  t(parts: string[], n: number, a = AN): string {
    return parts.join("") + this.str(n, a);
  }
  hex(n: number): string {
    return this.str(n, HEX);
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  }
  b64(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64");
  }
  b64url(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64url");
  }
  jwt(payload: object): string {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.b64url(32)].join(".");
  }
  pem(label: string, bytes: number): string {
    const body = this.b64(bytes).match(/.{1,64}/g)!.join("\n");
    return ["-----BEGIN ", label, "-----\n", body, "\n-----END ", label, "-----"].join("");
  }
}

/** One credential slot: how a developer names it. */
export interface Slot {
  provider: string;
  env: string; // env var name
  key: string; // config key (snake/camel)
  header?: string; // HTTP header name; default Authorization
  scheme?: string; // header value prefix, default "Bearer "
  value: string;
}

const q = (s: string) => JSON.stringify(s);
const camel = (k: string) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const hdr = (s: Slot) => s.header ?? "Authorization";
const hval = (s: Slot) => (s.header ? (s.scheme ?? "") : (s.scheme ?? "Bearer ")) + s.value;

export type Renderer = { ctx: string; r: (s: Slot, g: Gen) => string };

export const RENDERERS: Renderer[] = [
  {
    ctx: "LLM chat body, pasted .env (JSON-escaped)",
    r: (s, g) =>
      JSON.stringify({
        model: "claude-sonnet-4-5",
        max_tokens: 4096,
        messages: [
          {
            role: "user",
            content: `why does the app not start? here is my .env\n\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${s.env}=${s.value}\nREDIS_HOST=127.0.0.1\nFEATURE_FLAGS=beta,search\n\nerror: ECONNREFUSED on boot (trace ${g.hex(16)})`,
          },
        ],
      }),
  },
  {
    ctx: "Anthropic tool_use write_file config.yaml",
    r: (s, g) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll write the service config now." },
          {
            type: "tool_use",
            id: "toolu_01" + g.s(22),
            name: "write_file",
            input: {
              path: "deploy/config.yaml",
              content: `service:\n  name: billing-sync\n  replicas: 2\nintegrations:\n  ${s.key}: "${s.value}"\n  timeout_ms: 5000\n`,
            },
          },
        ],
      }),
  },
  {
    ctx: "OpenAI tool_calls shell export (double-escaped arguments)",
    r: (s, g) =>
      JSON.stringify({
        id: "chatcmpl-" + g.s(29),
        object: "chat.completion",
        choices: [
          {
            index: 0,
            message: {
              role: "assistant",
              content: null,
              tool_calls: [
                {
                  id: "call_" + g.s(24),
                  type: "function",
                  function: {
                    name: "run_shell",
                    arguments: JSON.stringify({ command: `export ${s.env}="${s.value}" && npm run sync -- --dry-run` }),
                  },
                },
              ],
            },
            finish_reason: "tool_calls",
          },
        ],
      }),
  },
  {
    ctx: "MCP tool result echoed back (read_file of settings.json)",
    r: (s, g) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: g.range(2, 90),
        result: {
          content: [
            {
              type: "text",
              text: JSON.stringify({ appName: "ledger", region: "eu-west-1", [camel(s.key)]: s.value, retries: 3 }, null, 2),
            },
          ],
          isError: false,
        },
      }),
  },
  {
    ctx: "curl command header",
    r: (s) =>
      `curl -sS -X GET "https://api.example-internal.io/v1/status" \\\n  -H "${hdr(s)}: ${hval(s)}" \\\n  -H "Accept: application/json"`,
  },
  {
    ctx: "raw HTTP request header",
    r: (s, g) =>
      `POST /v2/events HTTP/1.1\r\nHost: ingest.${s.provider.toLowerCase().replace(/[^a-z]/g, "")}.com\r\nUser-Agent: node-fetch/3.3.2\r\n${hdr(s)}: ${hval(s)}\r\nContent-Type: application/json\r\nX-Request-Id: ${g.uuid()}\r\n\r\n{"event":"deploy","ok":true}`,
  },
  {
    ctx: "URL query string in fetch call",
    r: (s) => `const res = await fetch(\`https://api.${s.provider.toLowerCase().replace(/[^a-z]/g, "")}.com/v1/items?limit=50&${s.key}=${encodeURIComponent(s.value)}\`);\nconst items = await res.json();`,
  },
  {
    ctx: "form-urlencoded body (curl -d)",
    r: (s) => `curl https://auth.internal.corp/token -d "grant_type=client_credentials" -d "${s.key}=${s.value}" -d "scope=read"`,
  },
  {
    ctx: "multipart/form-data request body",
    r: (s, g) => {
      const b = "----WebKitFormBoundary" + g.s(16);
      return `POST /upload HTTP/1.1\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n--${b}\r\nContent-Disposition: form-data; name="${s.key}"\r\n\r\n${s.value}\r\n--${b}\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\n1,42\r\n--${b}--\r\n`;
    },
  },
  {
    ctx: "JSON request body",
    r: (s) => `POST /api/integrations HTTP/1.1\nContent-Type: application/json\n\n${JSON.stringify({ name: s.provider, enabled: true, credentials: { [camel(s.key)]: s.value } })}`,
  },
  { ctx: ".env file", r: (s) => `# ${s.provider}\nAPP_URL=https://app.local\n${s.env}=${s.value}\nDEBUG=false\n` },
  {
    ctx: "YAML config (docker-compose environment)",
    r: (s) => `services:\n  worker:\n    image: ghcr.io/acme/worker:1.14.2\n    environment:\n      - NODE_ENV=production\n      - ${s.env}=${s.value}\n    depends_on: [redis]\n`,
  },
  { ctx: "TOML config", r: (s) => `[server]\nport = 8000\n\n[${s.provider.toLowerCase().replace(/[^a-z]/g, "")}]\n${s.key} = "${s.value}"\nenabled = true\n` },
  { ctx: "INI config", r: (s) => `[default]\nregion = us-east-1\n\n[integration]\n${s.key} = ${s.value}\nverify_ssl = true\n` },
  { ctx: "Java .properties", r: (s) => `spring.application.name=orders\nserver.port=8081\napp.${s.provider.toLowerCase().replace(/[^a-z]/g, "")}.${camel(s.key)}=${s.value}\nlogging.level.root=INFO\n` },
  { ctx: "JSON config file", r: (s) => JSON.stringify({ $schema: "./schema.json", env: "prod", integrations: { [s.provider]: { [camel(s.key)]: s.value } } }, null, 2) },
  {
    ctx: "Terraform HCL",
    r: (s) => `provider "restapi" {\n  uri = "https://api.example.net"\n}\n\nresource "kubernetes_secret" "app" {\n  metadata { name = "app-secrets" }\n  data = {\n    ${s.env} = "${s.value}"\n  }\n}\n`,
  },
  {
    ctx: "XML appSettings",
    r: (s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${camel(s.key)}" value="${s.value}" />\n  </appSettings>\n</configuration>`,
  },
  {
    ctx: "Python code, client constructor",
    r: (s) => `import os\nimport httpx\n\n${s.key.toUpperCase()} = os.getenv("${s.env}", "${s.value}")\n\nclient = httpx.Client(base_url="https://api.service.io", headers={"${hdr(s)}": f"${s.header ? s.scheme ?? "" : s.scheme ?? "Bearer "}{${s.key.toUpperCase()}}"})\n`,
  },
  { ctx: "TypeScript code, env default", r: (s) => `import { Client } from "./client";\n\nconst ${camel(s.key)} = process.env.${s.env} ?? "${s.value}";\nexport const client = new Client({ ${camel(s.key)}, timeout: 10_000 });\n` },
  { ctx: "Go code", r: (s) => `package main\n\nimport "os"\n\nfunc apiKey() string {\n\tif v := os.Getenv("${s.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${s.value}"\n}\n` },
  { ctx: "Java code", r: (s) => `public final class Config {\n    private static final String ${s.env} = "${s.value}";\n\n    public static String key() { return ${s.env}; }\n}\n` },
  { ctx: "C# code", r: (s) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", c => {\n    c.DefaultRequestHeaders.Add("${hdr(s)}", "${hval(s)}");\n});\n` },
  { ctx: "Ruby initializer", r: (s) => `# config/initializers/${s.key}.rb\nRails.application.config.x.${s.key} = ENV.fetch("${s.env}", "${s.value}")\n` },
  { ctx: "PHP config", r: (s) => `<?php\nreturn [\n    'driver' => 'http',\n    '${s.key}' => env('${s.env}', '${s.value}'),\n];\n` },
  { ctx: "Rust code", r: (s) => `fn main() {\n    let key = std::env::var("${s.env}").unwrap_or_else(|_| "${s.value}".to_string());\n    run(&key);\n}\n` },
  {
    ctx: "Jest test fixture",
    r: (s) => `describe("sync", () => {\n  beforeAll(() => {\n    process.env.${s.env} = "${s.value}";\n  });\n  it("pushes", async () => {\n    expect(await sync()).toBe(true);\n  });\n});\n`,
  },
  {
    ctx: "GitHub Actions CI log",
    r: (s, g) => `2026-11-30T10:${g.range(10, 59)}:0${g.range(1, 9)}.4410923Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T10:21:03.4411220Z env:\n2026-11-30T10:21:03.4411502Z   ${s.env}: ${s.value}\n2026-11-30T10:21:03.4411790Z ##[endgroup]\n2026-11-30T10:21:05.0012311Z Deploying commit ${g.hex(40)}\n`,
  },
  { ctx: "shell history", r: (s) => `  501  cd ~/src/api\n  502  git pull\n  503  export ${s.env}=${s.value}\n  504  make run\n  505  history | tail\n` },
  {
    ctx: "Python crash dump with locals",
    r: (s) => `Traceback (most recent call last):\n  File "/app/sync.py", line 88, in push\n    resp.raise_for_status()\nhttpx.HTTPStatusError: Client error '401 Unauthorized'\n\nLocals at frame push:\n    url = 'https://api.service.io/v1/push'\n    ${s.key} = '${s.value}'\n    attempt = 3\n`,
  },
  {
    ctx: "Jupyter notebook cell",
    r: (s) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 4, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.env}"] = "${s.value}"\n`, "df = load()\n"] }], nbformat: 4, nbformat_minor: 5 }),
  },
  { ctx: "SQL seed insert", r: (s, g) => `INSERT INTO integrations (id, provider, ${s.key}, created_at)\nVALUES (${g.range(10, 999)}, '${s.provider}', '${s.value}', NOW());\n` },
  { ctx: "Markdown setup doc", r: (s) => `## Local setup\n\n1. Copy the env file.\n2. Set the value we use on staging:\n\n\`\`\`bash\nexport ${s.env}=${s.value}\n\`\`\`\n\n3. Run \`make dev\`.\n` },
  {
    ctx: "unified diff",
    r: (s) => `diff --git a/config/prod.env b/config/prod.env\nindex 3f1a2b0..9c8d7e1 100644\n--- a/config/prod.env\n+++ b/config/prod.env\n@@ -3,3 +3,4 @@ APP_ENV=production\n LOG_LEVEL=warn\n+${s.env}=${s.value}\n CACHE_TTL=300\n`,
  },
  { ctx: "chat message to teammate", r: (s) => `heads up, ${s.env} on staging changed to ${s.value} — can you update your local .env when you get a sec?` },
  { ctx: "docker run command", r: (s) => `docker run -d --name api -p 8080:8080 \\\n  -e ${s.env}=${s.value} \\\n  -e NODE_ENV=production \\\n  ghcr.io/acme/api:latest` },
  { ctx: "Kubernetes Secret stringData", r: (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-env\ntype: Opaque\nstringData:\n  ${s.env}: "${s.value}"\n` },
];

/** A credential spec: group, provider, env var, config key, maker, optional header/scheme. */
export type Spec = [group: string, provider: string, env: string, key: string, mk: () => string, header?: string, scheme?: string];

export function build(
  prefix: string,
  catPrefix: string,
  specs: Spec[],
  g: Gen,
  per: number,
  offset: number,
  label: "positive" | "benign" = "positive",
): CorpusCase[] {
  const out: CorpusCase[] = [];
  let n = 0;
  specs.forEach(([group, provider, env, key, mk, header, scheme], i) => {
    for (let k = 0; k < per; k++) {
      const r = RENDERERS[(i * per + k + offset) % RENDERERS.length]!;
      const s: Slot =
        label === "positive"
          ? { provider, env, key, header, scheme, value: mk() }
          : { provider, env, key, header: header ?? "X-" + key.replace(/_/g, "-"), scheme: scheme ?? "", value: mk() };
      n++;
      out.push({
        id: `${prefix}-${String(n).padStart(3, "0")}`,
        kind: "secrets",
        category: label === "positive" ? `${catPrefix}-${group}` : catPrefix,
        label,
        text: r.r(s, g),
        note: `${provider}; slot ${env}; ${r.ctx}`,
      });
    }
  });
  return out;
}

export { q };
