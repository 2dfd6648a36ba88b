// Shared generator for heldout-y53: a seeded draw stream (mulberry32) and context renderers.
// Every credential-shaped value is assembled at run time (prefix split from a PRNG body).
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HX = "0123456789abcdef";
export const UHX = "0123456789ABCDEF";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LO = "abcdefghijklmnopqrstuvwxyz0123456789";
export const B64 = AN + "+/";
export const B64U = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const DIG = "0123456789";

export class Gen extends SeededRng {
  s(n: number, a = AN): string {
    return this.str(n, a);
  }
  hex(n: number): string {
    return this.str(n, HX);
  }
  uuid(): string {
    return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-");
  }
  b64(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64");
  }
  b64u(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64url");
  }
  jwt(claims: Record<string, unknown>): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(claims), this.b64u(32)].join(".");
  }
  ip(): string {
    return `10.${this.range(0, 254)}.${this.range(0, 254)}.${this.range(2, 254)}`;
  }
}

export const j = (...p: string[]) => p.join("");
const esc = (s: string) => JSON.stringify(s).slice(1, -1);

export interface Slot {
  provider: string;
  /** env-style variable name, e.g. STRIPE_SECRET_KEY */
  key: string;
  value: string;
  /** optional HTTP header to carry the value in */
  header?: string;
}

const lc = (k: string) => k.toLowerCase();
const camel = (k: string) => lc(k).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const svc = (p: string) => lc(p).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

export type Renderer = { name: string; render: (s: Slot, g: Gen) => string };

export const RENDERERS: Renderer[] = [
  { name: "llm chat body with pasted .env (JSON-escaped)", render: (s, g) => JSON.stringify({
    model: "claude-sonnet-4-5", max_tokens: 4096,
    messages: [{ role: "user", content: `my app fails to start, here's the .env:\n\nNODE_ENV=production\nPORT=8080\n${s.key}=${s.value}\nLOG_LEVEL=debug\n\nwhat is wrong?` }],
  }, null, 2) },
  { name: "anthropic tool_use write_file config.yaml", render: (s) => JSON.stringify({
    role: "assistant", content: [{ type: "text", text: "I'll write the config file." }, { type: "tool_use", id: "toolu_01" + "Xq9fLm2Rk", name: "write_file",
      input: { path: "config/settings.yaml", content: `service:\n  name: ${svc(s.provider)}-sync\n  timeout: 30\n${svc(s.provider).replace(/-/g, "_")}:\n  ${lc(s.key)}: "${s.value}"\n` } }],
  }) },
  { name: "openai tool_calls shell export (double-escaped)", render: (s) => JSON.stringify({
    role: "assistant", tool_calls: [{ id: "call_0", type: "function", function: { name: "run_shell",
      arguments: JSON.stringify({ command: `export ${s.key}="${s.value}" && npm run sync -- --verbose` }) } }],
  }) },
  { name: "MCP tool result echoing a .env file", render: (s) => JSON.stringify({
    jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `# .env.production\nDATABASE_POOL=10\n${s.key}=${s.value}\nFEATURE_FLAGS=beta,search\n` }], isError: false },
  }) },
  { name: "curl command with header", render: (s) => `$ curl -sS https://api.${svc(s.provider)}.example-svc.io/v1/status \\\n    -H "${s.header ?? "Authorization"}: ${s.header ? "" : "Bearer "}${s.value}" \\\n    -H "Accept: application/json"` },
  { name: "raw HTTP request headers", render: (s, g) => `POST /v2/events HTTP/1.1\r\nHost: api.${svc(s.provider)}.example-svc.io\r\nUser-Agent: agent-cli/1.4.2\r\nContent-Type: application/json\r\n${s.header ?? "Authorization"}: ${s.header ? "" : "Bearer "}${s.value}\r\nX-Request-Id: ${g.uuid()}\r\n\r\n{"event":"deploy","ok":true}` },
  { name: "URL query string", render: (s) => `GET https://hooks.internal-${svc(s.provider)}.example.net/api/export?format=csv&${camel(s.key)}=${encodeURIComponent(s.value)}&page=2 -> 200 (412ms)` },
  { name: "form-urlencoded body", render: (s) => `POST /oauth/setup HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nclient=cli&${lc(s.key)}=${encodeURIComponent(s.value)}&scope=read+write` },
  { name: "multipart form body", render: (s) => `--------------------------a1b2c3d4\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\r\n1,42\r\n--------------------------a1b2c3d4\r\nContent-Disposition: form-data; name="${lc(s.key)}"\r\n\r\n${s.value}\r\n--------------------------a1b2c3d4--` },
  { name: "JSON request body", render: (s, g) => JSON.stringify({ integration: svc(s.provider), enabled: true, credentials: { [camel(s.key)]: s.value }, requestId: g.uuid() }, null, 2) },
  { name: ".env file", render: (s) => `# ${s.provider}\nAPP_NAME=orders\n${s.key}=${s.value}\nREDIS_TTL=3600\n` },
  { name: "YAML config", render: (s) => `# config/production.yaml\nserver:\n  port: 8443\nintegrations:\n  ${svc(s.provider).replace(/-/g, "_")}:\n    enabled: true\n    ${lc(s.key)}: ${s.value}\n    retries: 3\n` },
  { name: "TOML config", render: (s) => `[server]\nhost = "0.0.0.0"\n\n[${svc(s.provider).replace(/-/g, "_")}]\n${lc(s.key)} = "${s.value}"\ntimeout_ms = 5000\n` },
  { name: "INI config", render: (s) => `[default]\nregion = eu-west-1\n\n[${svc(s.provider)}]\n${lc(s.key)} = ${s.value}\nverbose = false\n` },
  { name: ".properties file", render: (s) => `# application-prod.properties\nspring.application.name=billing\n${svc(s.provider).replace(/-/g, ".")}.${camel(s.key)}=${s.value}\nserver.port=8081\n` },
  { name: "JSON config file", render: (s) => JSON.stringify({ name: "worker", env: "prod", [camel(svc(s.provider).replace(/-/g, "_"))]: { [camel(s.key)]: s.value, region: "us" } }, null, 2) },
  { name: "Terraform HCL", render: (s) => `resource "kubernetes_secret" "${svc(s.provider).replace(/-/g, "_")}" {\n  metadata {\n    name = "${svc(s.provider)}-creds"\n  }\n  data = {\n    ${s.key} = "${s.value}"\n  }\n}\n` },
  { name: "XML appSettings", render: (s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.key}" value="${s.value}" />\n  </appSettings>\n</configuration>\n` },
  { name: "Python code env default", render: (s) => `import os\nimport requests\n\n${s.key} = os.environ.get("${s.key}", "${s.value}")\n\ndef fetch(path):\n    return requests.get(f"https://api.example-svc.io{path}", headers={"Authorization": f"Bearer {${s.key}}"}, timeout=10)\n` },
  { name: "TypeScript SDK constructor", render: (s) => `import { Client } from "@${svc(s.provider)}/sdk";\n\nexport const client = new Client({\n  apiKey: process.env.${s.key} ?? "${s.value}",\n  timeout: 15_000,\n});\n` },
  { name: "Go code", render: (s) => `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst default${camel(s.key).replace(/^./, (c) => c.toUpperCase())} = "${s.value}"\n\nfunc token() string {\n\tif v := os.Getenv("${s.key}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${camel(s.key).replace(/^./, (c) => c.toUpperCase())}\n}\n\nvar _ = http.MethodGet\n` },
  { name: "Java code", render: (s) => `public final class ${camel(svc(s.provider).replace(/-/g, "_")).replace(/^./, (c) => c.toUpperCase())}Config {\n    private static final String ${s.key} = "${s.value}";\n\n    public static String key() {\n        return System.getenv().getOrDefault("${s.key}", ${s.key});\n    }\n}\n` },
  { name: "C# code", render: (s) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", c =>\n{\n    c.DefaultRequestHeaders.Add("${s.header ?? "Authorization"}", "${s.header ? "" : "Bearer "}${s.value}");\n});\nvar app = builder.Build();\n` },
  { name: "Ruby initializer", render: (s) => `# config/initializers/${svc(s.provider).replace(/-/g, "_")}.rb\nRails.application.config.x.${svc(s.provider).replace(/-/g, "_")} = {\n  ${lc(s.key)}: ENV.fetch("${s.key}", "${s.value}"),\n  timeout: 10\n}\n` },
  { name: "PHP config", render: (s) => `<?php\n\nreturn [\n    '${svc(s.provider).replace(/-/g, "_")}' => [\n        '${lc(s.key)}' => env('${s.key}', '${s.value}'),\n        'timeout' => 30,\n    ],\n];\n` },
  { name: "Rust test fixture", render: (s) => `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[tokio::test]\n    async fn syncs_accounts() {\n        let client = Client::new("${s.value}");\n        assert!(client.ping().await.is_ok());\n    }\n}\n` },
  { name: "GitHub Actions CI log", render: (s) => `2026-11-30T10:14:02.113Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T10:14:02.114Z + echo "using ${s.key}=${s.value}"\n2026-11-30T10:14:02.115Z using ${s.key}=${s.value}\n2026-11-30T10:14:03.901Z Deploying build 4821 to production\n2026-11-30T10:14:09.332Z ##[endgroup]` },
  { name: "shell history", render: (s) => `  501  git pull --rebase\n  502  npm ci\n  503  export ${s.key}='${s.value}'\n  504  npm run migrate\n  505  history | tail -5` },
  { name: "Python crash dump with locals", render: (s) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line 88, in run\n    resp = client.push(batch)\n  File "/app/worker/client.py", line 41, in push\n    raise UpstreamError(resp.status_code)\nworker.client.UpstreamError: 401\n\nLocals at frame push:\n    self = <Client base_url='https://api.example-svc.io'>\n    ${lc(s.key)} = '${s.value}'\n    batch = [<Event 1>, <Event 2>]` },
  { name: "Jupyter notebook cell", render: (s) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.key}"] = "${s.value}"\n`, "df = load_frame()\n"] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", render: (s, g) => `-- seed integrations\nINSERT INTO integration_credentials (tenant_id, provider, secret_value, created_at)\nVALUES (${g.range(100, 999)}, '${svc(s.provider)}', '${s.value}', NOW());\n` },
  { name: "Markdown setup doc", render: (s) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the ${s.provider} credential (ask ops if it rotates):\n\n\`\`\`bash\n${s.key}=${s.value}\n\`\`\`\n\n3. Run \`make dev\`.\n` },
  { name: "unified diff", render: (s) => `diff --git a/deploy/.env.staging b/deploy/.env.staging\nindex 3f2a1c9..8b7d0e4 100644\n--- a/deploy/.env.staging\n+++ b/deploy/.env.staging\n@@ -3,4 +3,4 @@ APP_ENV=staging\n SENTRY_ENVIRONMENT=staging\n-${s.key}=\n+${s.key}=${s.value}\n WORKERS=4\n` },
  { name: "team chat message", render: (s) => JSON.stringify({ channel: "C0DEPLOY", text: `hey, the new ${s.provider} key for staging is ${s.value} - can you update the pipeline?`, user: "U0ALICE" }) },
  { name: "docker run command", render: (s) => `docker run -d --name ${svc(s.provider)}-worker \\\n  -e NODE_ENV=production \\\n  -e ${s.key}=${s.value} \\\n  -p 9000:9000 ghcr.io/acme/worker:1.8.3` },
  { name: "Kubernetes Secret stringData", render: (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${svc(s.provider)}-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  ${s.key}: "${s.value}"\n` },
];

export type Spec = [group: string, provider: string, key: string, make: (g: Gen) => string, header?: string];

export function build(prefix: string, catPrefix: string, specs: Spec[], g: Gen, offset: number): CorpusCase[] {
  return specs.map(([group, provider, key, make, header], i) => {
    const r = RENDERERS[(i * 7 + offset) % RENDERERS.length]!;
    const slot: Slot = { provider, key, value: make(g), header };
    return {
      id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: `${catPrefix}${group}`,
      label: "positive" as const,
      text: r.render(slot, g),
      note: `${provider} ${key}${header ? ` (header ${header})` : ""} in ${r.name}`,
    };
  });
}

export { esc };
