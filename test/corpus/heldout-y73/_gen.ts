// Shared generator for heldout-y73: seeded PRNG draws and context renderers. Skipped by the loader.
// Every credential-shaped value is assembled at run time (prefix split from a random body).
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const L = "abcdefghijklmnopqrstuvwxyz0123456789";
export const U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const H = "0123456789abcdef";
export const HU = "0123456789ABCDEF";
export const D = "0123456789";
export const B64 = `${A}+/`;
export const URL = `${A}-_`;
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen extends SeededRng {
  /** Join parts; a number n followed by an alphabet draws n characters. */
  t(...parts: (string | [number, string])[]): string {
    return parts.map((p) => (typeof p === "string" ? p : this.str(p[0], p[1]))).join("");
  }
  uuid(): string {
    return [this.str(8, H), this.str(4, H), `4${this.str(3, H)}`, `${this.pick(["8", "9", "a", "b"])}${this.str(3, H)}`, this.str(12, H)].join("-");
  }
  b64(n: number): string {
    const s = this.str(n, B64);
    return s + "=".repeat((4 - (n % 4)) % 4);
  }
}

export function b64enc(s: string): string {
  return Buffer.from(s, "utf8").toString("base64");
}

/** A provider credential: env-var style key, header, and a value (or values) drawn at run time. */
export interface Spec {
  p: string; // provider + slot, for the note
  g: string; // group
  k: string; // env/config key
  v: string; // value
  hdr?: string; // header line prefix e.g. "Authorization: Bearer " or "X-Api-Key: "
  host?: string;
  sdk?: string; // e.g. python constructor snippet name
}

const j = (s: string) => JSON.stringify(s);
const lower = (k: string) => k.toLowerCase();
const camel = (k: string) => lower(k).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export type Renderer = { name: string; f: (s: Spec, g: Gen) => string };

const envFile = (s: Spec, g: Gen) =>
  `NODE_ENV=production\nPORT=${g.range(3000, 9000)}\nLOG_LEVEL=info\n${s.k}=${s.v}\nDATABASE_POOL_SIZE=10\nFEATURE_NEW_CHECKOUT=false\n`;

export const RENDERERS: Renderer[] = [
  {
    name: "chat body with pasted .env",
    f: (s, g) =>
      JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `why does the app crash on boot? here is my .env:\n\n${envFile(s, g)}\nand the error is ECONNREFUSED` }] }, null, 2),
  },
  {
    name: "anthropic tool_use write_file",
    f: (s, g) =>
      JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll create the environment file." }, { type: "tool_use", id: `toolu_01${g.str(22, A)}`, name: "write_file", input: { path: "config/.env.production", content: envFile(s, g) } }] }, null, 2),
  },
  {
    name: "openai tool_calls shell export",
    f: (s, g) =>
      JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: `call_${g.str(24, A)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s.k}='${s.v}' && npm run deploy -- --env prod`, timeout: 120 }) } }] }),
  },
  {
    name: "MCP tool result echoing a config file",
    f: (s, g) =>
      JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text: `# settings.yaml\nservice:\n  name: billing-worker\n  replicas: 3\nintegrations:\n  ${lower(s.k)}: "${s.v}"\n  timeout_ms: 5000\n` }], isError: false } }, null, 2),
  },
  {
    name: "curl with header",
    f: (s) => `curl -sS -X POST "https://${s.host ?? "api.example-vendor.com"}/v1/items" \\\n  -H "${s.hdr ?? "Authorization: Bearer "}${s.v}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"nightly-sync","limit":50}'`,
  },
  {
    name: "curl -v request dump",
    f: (s, g) => `*   Trying 104.18.${g.range(1, 250)}.${g.range(1, 250)}:443...\n* Connected to ${s.host ?? "api.example-vendor.com"} port 443\n* ALPN: server accepted h2\n> GET /v2/status HTTP/2\n> Host: ${s.host ?? "api.example-vendor.com"}\n> user-agent: curl/8.5.0\n> accept: */*\n> ${s.hdr ?? "Authorization: Bearer "}${s.v}\n>\n< HTTP/2 401\n< content-type: application/json\n< x-request-id: ${g.uuid()}\n{"error":"token expired"}`,
  },
  {
    name: "HTTP request with key in query string",
    f: (s, g) => `GET /api/v1/reports?from=2026-11-01&to=2026-11-30&${lower(s.k)}=${encodeURIComponent(s.v)}&page=${g.range(1, 9)} HTTP/1.1\nHost: ${s.host ?? "api.example-vendor.com"}\nAccept: application/json\nUser-Agent: python-requests/2.32.3\n`,
  },
  {
    name: "form-urlencoded POST body",
    f: (s, g) => `POST /oauth/token HTTP/1.1\nHost: ${s.host ?? "api.example-vendor.com"}\nContent-Type: application/x-www-form-urlencoded\nContent-Length: ${g.range(90, 200)}\n\ngrant_type=client_credentials&client_id=svc-reporting&${lower(s.k)}=${encodeURIComponent(s.v)}&scope=read`,
  },
  {
    name: "multipart upload field",
    f: (s, g) => {
      const b = `----WebKitFormBoundary${g.str(16, A)}`;
      return `POST /upload HTTP/1.1\nHost: ${s.host ?? "api.example-vendor.com"}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${lower(s.k)}"\n\n${s.v}\n--${b}\nContent-Disposition: form-data; name="file"; filename="export.csv"\nContent-Type: text/csv\n\nid,name\n1,alpha\n--${b}--`;
    },
  },
  {
    name: "JSON request body",
    f: (s, g) => `POST /hooks/configure HTTP/1.1\nHost: internal-gateway.local\nContent-Type: application/json\n\n${JSON.stringify({ integration: s.p.split(" ")[0], enabled: true, credentials: { [camel(s.k)]: s.v }, retry: g.range(1, 5) }, null, 2)}`,
  },
  { name: ".env file", f: (s, g) => `# .env.local — do not commit\n${envFile(s, g)}` },
  {
    name: "docker-compose YAML",
    f: (s) => `services:\n  api:\n    image: ghcr.io/acme/api:2.14.1\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n      - ${s.k}=${s.v}\n    depends_on:\n      - redis\n  redis:\n    image: redis:7-alpine\n`,
  },
  {
    name: "TOML config",
    f: (s, g) => `[server]\nhost = "0.0.0.0"\nport = ${g.range(3000, 9000)}\n\n[integrations.${lower(s.k).split("_")[0]}]\n${lower(s.k)} = "${s.v}"\nenabled = true\n`,
  },
  { name: "INI config", f: (s) => `[default]\nregion = eu-west-1\noutput = json\n\n[integration]\n${lower(s.k)} = ${s.v}\ntimeout = 30\n` },
  {
    name: "Java .properties",
    f: (s) => `spring.application.name=orders-service\nserver.port=8081\nspring.datasource.hikari.maximum-pool-size=12\napp.${lower(s.k).replace(/_/g, ".")}=${s.v}\nlogging.level.root=INFO\n`,
  },
  { name: "JSON config file", f: (s) => JSON.stringify({ name: "worker", version: "1.4.0", settings: { region: "us-east-1", [camel(s.k)]: s.v, retries: 3 } }, null, 2) },
  {
    name: "Terraform HCL",
    f: (s) => `variable "region" {\n  default = "us-east-1"\n}\n\nresource "kubernetes_secret" "app" {\n  metadata {\n    name = "app-credentials"\n  }\n  data = {\n    ${s.k} = "${s.v}"\n  }\n}\n`,
  },
  {
    name: "XML appSettings",
    f: (s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.k}" value="${s.v}" />\n    <add key="CacheMinutes" value="15" />\n  </appSettings>\n</configuration>`,
  },
  {
    name: "Python code",
    f: (s) => `import os\nimport requests\n\n${s.k} = os.environ.get("${s.k}", "${s.v}")\n\ndef fetch(path: str) -> dict:\n    r = requests.get(f"https://${s.host ?? "api.example-vendor.com"}{path}", headers={"Authorization": f"Bearer {${s.k}}"}, timeout=10)\n    r.raise_for_status()\n    return r.json()\n`,
  },
  {
    name: "TypeScript code",
    f: (s) => `import axios from "axios";\n\nconst ${camel(s.k)} = process.env.${s.k} ?? "${s.v}";\n\nexport const client = axios.create({\n  baseURL: "https://${s.host ?? "api.example-vendor.com"}",\n  headers: { Authorization: \`Bearer \${${camel(s.k)}}\` },\n  timeout: 10_000,\n});\n`,
  },
  {
    name: "Go code",
    f: (s) => `package config\n\nimport "os"\n\nfunc ${camel(s.k).replace(/^./, (c) => c.toUpperCase())}() string {\n\tif v := os.Getenv("${s.k}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${s.v}"\n}\n`,
  },
  {
    name: "Java code",
    f: (s) => `public final class VendorConfig {\n    private static final String ${s.k} = "${s.v}";\n\n    public static String key() {\n        String env = System.getenv("${s.k}");\n        return env != null ? env : ${s.k};\n    }\n}\n`,
  },
  {
    name: "C# code",
    f: (s) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("vendor", c =>\n{\n    c.BaseAddress = new Uri("https://${s.host ?? "api.example-vendor.com"}/");\n    c.DefaultRequestHeaders.Add("Authorization", "Bearer ${s.v}");\n});\nvar app = builder.Build();\n`,
  },
  {
    name: "Ruby code",
    f: (s) => `require "net/http"\n\nmodule Vendor\n  ${s.k} = ENV.fetch("${s.k}", "${s.v}")\n\n  def self.client\n    @client ||= Client.new(api_key: ${s.k}, timeout: 15)\n  end\nend\n`,
  },
  { name: "PHP code", f: (s) => `<?php\n\nreturn [\n    'driver' => 'vendor',\n    '${lower(s.k)}' => env('${s.k}', '${s.v}'),\n    'timeout' => 30,\n];\n` },
  {
    name: "Rust code",
    f: (s) => `use std::env;\n\nfn api_key() -> String {\n    env::var("${s.k}").unwrap_or_else(|_| "${s.v}".to_string())\n}\n`,
  },
  {
    name: "Jest test fixture",
    f: (s) => `import { createClient } from "../src/client";\n\ndescribe("integration", () => {\n  it("lists items against staging", async () => {\n    const client = createClient({ apiKey: "${s.v}" });\n    const items = await client.list({ limit: 5 });\n    expect(items.length).toBeGreaterThan(0);\n  });\n});\n`,
  },
  {
    name: "GitHub Actions log",
    f: (s, g) => `2026-11-${g.range(10, 28)}T09:14:${g.range(10, 59)}.${g.range(1000000, 9999999)}Z ##[group]Run ./scripts/deploy.sh\n2026-11-20T09:14:22.1Z + echo "Deploying with ${s.k}=${s.v}"\n2026-11-20T09:14:22.1Z Deploying with ${s.k}=${s.v}\n2026-11-20T09:14:23.4Z Uploading artifact build-${g.str(7, H)}.tar.gz\n2026-11-20T09:14:25.9Z ##[error]Process completed with exit code 1.`,
  },
  {
    name: "shell history",
    f: (s) => `  501  cd ~/src/acme-api\n  502  git pull --rebase\n  503  export ${s.k}=${s.v}\n  504  make run\n  505  docker ps -a\n`,
  },
  {
    name: "Python crash dump with locals",
    f: (s, g) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line ${g.range(40, 300)}, in run\n    resp = client.push(batch)\n  File "/app/worker/client.py", line 88, in push\n    raise VendorError(resp.status_code)\nVendorError: 403\n\nLocals at frame push:\n    self = <Client base_url='https://${s.host ?? "api.example-vendor.com"}'>\n    ${lower(s.k)} = '${s.v}'\n    batch = [<Record id=${g.range(1000, 9999)}>, ...]`,
  },
  {
    name: "Jupyter notebook cell",
    f: (s, g) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: g.range(1, 30), metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.k}"] = "${s.v}"\n`, "df = load_dataset('events')\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1),
  },
  {
    name: "SQL seed insert",
    f: (s, g) => `-- seed integration credentials for staging\nINSERT INTO integrations (id, provider, credential, created_at)\nVALUES (${g.range(10, 400)}, '${s.p.split(" ")[0]!.toLowerCase()}', '${s.v}', NOW());\n`,
  },
  {
    name: "Markdown setup doc",
    f: (s) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the shared team key:\n\n\`\`\`bash\nexport ${s.k}="${s.v}"\n\`\`\`\n\n3. Run \`make dev\`.\n`,
  },
  {
    name: "unified diff",
    f: (s, g) => `diff --git a/config/settings.py b/config/settings.py\nindex ${g.str(7, H)}..${g.str(7, H)} 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,7 +12,7 @@ CACHE_TTL = 300\n DEBUG = False\n-${s.k} = os.environ["${s.k}"]\n+${s.k} = "${s.v}"\n ALLOWED_HOSTS = ["*"]\n`,
  },
  {
    name: "chat message",
    f: (s) => JSON.stringify({ messages: [{ role: "user", content: `can you check why this key is rejected? ${s.v} — I'm getting 401 from ${s.host ?? "their API"} since this morning` }] }),
  },
  {
    name: "k8s Secret (base64 data)",
    f: (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\n  namespace: prod\ntype: Opaque\ndata:\n  ${s.k}: ${b64enc(s.v)}\n`,
  },
  {
    name: "Dockerfile ENV",
    f: (s) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${s.k}=${s.v}\nCOPY . .\nCMD ["node", "dist/server.js"]\n`,
  },
];

/** Rotate specs through the renderers; offset shifts the rotation per file. */
export function rotate(specs: Spec[], g: Gen, prefix: string, category: (s: Spec) => string, offset = 0): CorpusCase[] {
  return specs.map((s, i) => {
    const r = RENDERERS[(i * 7 + offset) % RENDERERS.length]!;
    return {
      id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: category(s),
      label: "positive",
      text: r.f(s, g),
      note: `${s.p} (${s.k}) in ${r.name}`,
    };
  });
}
