// Shared builders for heldout-y27: a seeded stream per file, token-shape helpers and the context
// renderers every case is pushed through. Skipped by the loader (starts with "_").
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const DIG = "0123456789";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LOWNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
export const B64 = `${ALNUM}+/`;
export const URLSAFE = `${ALNUM}_-`;
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

export class Gen extends SeededRng {
  /** prefix parts are joined, so no literal token prefix sits next to its body in the source. */
  t(prefix: string[], n: number, alphabet = ALNUM): string {
    return prefix.join("") + this.str(n, alphabet);
  }
  s(n: number, alphabet = ALNUM): string {
    return this.str(n, alphabet);
  }
  hex(n: number): string {
    return this.str(n, HEX);
  }
  uuid(): string {
    return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-");
  }
  b64(nBytes: number): string {
    return Buffer.from(this.bytes(nBytes)).toString("base64");
  }
  b64url(nBytes: number): string {
    return Buffer.from(this.bytes(nBytes)).toString("base64url");
  }
  /** A signed-looking HS256/RS256 JWT with the given claims. */
  jwt(claims: Record<string, unknown>, alg = "HS256", sigBytes = 32): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(claims), this.b64url(sigBytes)].join(".");
  }
  pem(label: string, nBytes: number): string {
    const body = this.b64(nBytes).replace(/(.{64})/g, "$1\n").trimEnd();
    return ["-----BEGIN ", label, "-----\n", body, "\n-----END ", label, "-----"].join("");
  }
}

/** A credential placed in a slot: env var name, config key, optional HTTP header. */
export interface Slot {
  prov: string;
  env: string;
  value: string;
  /** HTTP header used by the request renderers, e.g. "Authorization: Bearer" or "X-Api-Key". */
  header?: string;
  /** Optional companion lines (non-secret ids that sit next to the secret, e.g. account id). */
  extra?: [string, string][];
}

const snake = (env: string) => env.toLowerCase();
const camel = (env: string) => snake(env).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const headerLine = (s: Slot) => {
  if (!s.header) return `X-Api-Key: ${s.value}`;
  // "Authorization: Bearer" style (scheme given) vs plain header name
  if (s.header.includes(":")) return `${s.header} ${s.value}`;
  return `${s.header}: ${s.value}`;
};
const extras = (s: Slot, f: (k: string, v: string) => string) => (s.extra ?? []).map(([k, v]) => f(k, v));
const envLines = (s: Slot) => [...extras(s, (k, v) => `${k}=${v}`), `${s.env}=${s.value}`];
const host = (s: Slot) => `api.${s.prov.toLowerCase().replace(/[^a-z0-9]+/g, "")}.com`;

export type Renderer = { name: string; render: (s: Slot) => string };

export const renderers: Renderer[] = [
  {
    name: "OpenAI chat body with pasted .env (JSON-escaped)",
    render: (s) =>
      JSON.stringify({
        model: "gpt-4o",
        messages: [
          { role: "system", content: "You are a helpful coding assistant." },
          { role: "user", content: `my app won't boot locally, here's my .env:\n\nNODE_ENV=development\nPORT=3000\n${envLines(s).join("\n")}\nLOG_LEVEL=debug\n\nwhat am I missing?` },
        ],
        temperature: 0.2,
      }),
  },
  {
    name: "Anthropic messages body with pasted docker-compose.yml",
    render: (s) =>
      JSON.stringify({
        model: "claude-sonnet-4-5",
        max_tokens: 4096,
        messages: [
          {
            role: "user",
            content: `compose keeps restarting the worker container:\n\n\`\`\`yaml\nservices:\n  worker:\n    build: ./worker\n    restart: unless-stopped\n    environment:\n${envLines(s).map((l) => `      - ${l}`).join("\n")}\n      - QUEUE=default\n    depends_on:\n      - redis\n  redis:\n    image: redis:7-alpine\n\`\`\``,
          },
        ],
      }),
  },
  {
    name: "Anthropic tool_use write_file of .env.production",
    render: (s) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll create the production env file with the values you gave me." },
          { type: "tool_use", id: "toolu_01Xq7", name: "write_file", input: { path: ".env.production", content: `# production\n${envLines(s).join("\n")}\nSENTRY_ENVIRONMENT=production\n` } },
        ],
      }),
  },
  {
    name: "OpenAI tool_calls shell command (double-escaped arguments)",
    render: (s) =>
      JSON.stringify({
        role: "assistant",
        content: null,
        tool_calls: [
          {
            id: "call_9fK2",
            type: "function",
            function: { name: "run_shell", arguments: JSON.stringify({ command: `${envLines(s).map((l) => `export ${l}`).join(" && ")} && npm run migrate`, timeout: 120 }) },
          },
        ],
      }),
  },
  {
    name: "MCP tools/call result echoing a config file read",
    render: (s) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: 14,
        result: {
          content: [{ type: "text", text: `File: config/settings.json\n${JSON.stringify({ service: "billing", region: "eu-west-1", ...Object.fromEntries((s.extra ?? []).map(([k, v]) => [camel(k), v])), [camel(s.env)]: s.value }, null, 2)}` }],
          isError: false,
        },
      }),
  },
  {
    name: "curl command with request header",
    render: (s) => `$ curl -sS -X GET "https://${host(s)}/v1/account" \\\n    -H "${headerLine(s)}" \\\n    -H "Accept: application/json" | jq .\n`,
  },
  {
    name: "raw HTTP request captured by a proxy",
    render: (s) => `POST /v2/items HTTP/1.1\r\nHost: ${host(s)}\r\nUser-Agent: python-requests/2.32.3\r\nAccept: */*\r\n${headerLine(s)}\r\nContent-Type: application/json\r\nContent-Length: 27\r\n\r\n{"name":"nightly-sync-job"}`,
  },
  {
    name: "URL query string in a fetch log",
    render: (s) => `[2026-11-03T09:14:22.418Z] INFO http: GET https://${host(s)}/v1/search?q=status%3Aopen&limit=50&${snake(s.env)}=${encodeURIComponent(s.value)} -> 200 (183ms)`,
  },
  {
    name: "application/x-www-form-urlencoded POST body",
    render: (s) => `POST /oauth/connect HTTP/1.1\nHost: ${host(s)}\nContent-Type: application/x-www-form-urlencoded\n\n${[...extras(s, (k, v) => `${snake(k)}=${encodeURIComponent(v)}`), `${snake(s.env)}=${encodeURIComponent(s.value)}`, "grant_type=client_credentials"].join("&")}`,
  },
  {
    name: "multipart/form-data upload",
    render: (s) => `POST /api/upload HTTP/1.1\nHost: ${host(s)}\nContent-Type: multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW\n\n------WebKitFormBoundary7MA4YWxkTrZu0gW\nContent-Disposition: form-data; name="${snake(s.env)}"\n\n${s.value}\n------WebKitFormBoundary7MA4YWxkTrZu0gW\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n------WebKitFormBoundary7MA4YWxkTrZu0gW--`,
  },
  {
    name: "JSON request body to an internal API",
    render: (s) => `fetch("https://${host(s)}/v1/integrations", {\n  method: "POST",\n  headers: { "Content-Type": "application/json" },\n  body: ${JSON.stringify(JSON.stringify({ name: "prod-sync", ...Object.fromEntries((s.extra ?? []).map(([k, v]) => [camel(k), v])), [camel(s.env)]: s.value, enabled: true }))},\n});`,
  },
  {
    name: "YAML application config",
    render: (s) => `# config/application.yml\nserver:\n  port: 8080\nintegrations:\n  ${s.prov.toLowerCase().replace(/[^a-z0-9]+/g, "_")}:\n    enabled: true\n${extras(s, (k, v) => `    ${snake(k)}: ${v}`).join("\n")}${s.extra ? "\n" : ""}    ${snake(s.env)}: "${s.value}"\n    timeout_ms: 5000\n`,
  },
  {
    name: "TOML config",
    render: (s) => `# settings.toml\n[app]\nname = "ledger"\ndebug = false\n\n[${s.prov.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${extras(s, (k, v) => `${snake(k)} = "${v}"`).join("\n")}${s.extra ? "\n" : ""}${snake(s.env)} = "${s.value}"\nretries = 3\n`,
  },
  {
    name: "INI config",
    render: (s) => `; deploy.ini\n[general]\nenvironment = production\n\n[${s.prov.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${extras(s, (k, v) => `${snake(k)} = ${v}`).join("\n")}${s.extra ? "\n" : ""}${snake(s.env)} = ${s.value}\n`,
  },
  {
    name: "Java .properties",
    render: (s) => `# src/main/resources/application-prod.properties\nspring.application.name=orders\nserver.port=8443\n${extras(s, (k, v) => `app.${snake(k).replace(/_/g, ".")}=${v}`).join("\n")}${s.extra ? "\n" : ""}app.${snake(s.env).replace(/_/g, ".")}=${s.value}\nlogging.level.root=INFO\n`,
  },
  {
    name: "Terraform HCL variables",
    render: (s) => `# terraform.tfvars\nregion      = "us-east-1"\nenvironment = "prod"\n${extras(s, (k, v) => `${snake(k)} = "${v}"`).join("\n")}${s.extra ? "\n" : ""}${snake(s.env)} = "${s.value}"\n`,
  },
  {
    name: "XML appsettings (web.config)",
    render: (s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${extras(s, (k, v) => `    <add key="${k}" value="${v}" />`).join("\n")}${s.extra ? "\n" : ""}    <add key="${s.env}" value="${s.value}" />\n  </appSettings>\n</configuration>`,
  },
  {
    name: "Python code (client constructor with env default)",
    render: (s) => `import os\nimport httpx\n\n${extras(s, (k, v) => `${k} = os.getenv("${k}", "${v}")`).join("\n")}${s.extra ? "\n" : ""}${s.env} = os.getenv("${s.env}", "${s.value}")\n\nclient = httpx.Client(base_url="https://${host(s)}", headers={"Authorization": f"Bearer {${s.env}}"}, timeout=10)\n`,
  },
  {
    name: "TypeScript code (SDK config object)",
    render: (s) => `// src/lib/${camel(s.env.split("_")[0] ?? "client")}.ts\nexport const config = {\n  baseUrl: "https://${host(s)}",\n${extras(s, (k, v) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}${s.extra ? "\n" : ""}  ${camel(s.env)}: process.env.${s.env} ?? "${s.value}",\n  retries: 2,\n};\n`,
  },
  {
    name: "Go code (const in client package)",
    render: (s) => `package client\n\nimport "net/http"\n\nconst (\n\tbaseURL = "https://${host(s)}"\n${extras(s, (k, v) => `\t${camel(k)} = "${v}"`).join("\n")}${s.extra ? "\n" : ""}\t${camel(s.env)} = "${s.value}"\n)\n\nfunc New() *http.Client { return &http.Client{} }\n`,
  },
  {
    name: "Java code (static final field)",
    render: (s) => `package com.acme.integrations;\n\npublic final class Credentials {\n${extras(s, (k, v) => `    static final String ${k} = "${v}";`).join("\n")}${s.extra ? "\n" : ""}    static final String ${s.env} = "${s.value}";\n    private Credentials() {}\n}\n`,
  },
  {
    name: "C# code (options in Program.cs)",
    render: (s) => `builder.Services.Configure<ApiOptions>(o =>\n{\n    o.BaseUrl = "https://${host(s)}";\n${extras(s, (k, v) => `    o.${camel(k).replace(/^./, (c) => c.toUpperCase())} = "${v}";`).join("\n")}${s.extra ? "\n" : ""}    o.${camel(s.env).replace(/^./, (c) => c.toUpperCase())} = "${s.value}";\n});`,
  },
  {
    name: "Ruby initializer",
    render: (s) => `# config/initializers/${snake(s.env.split("_")[0] ?? "api")}.rb\nRails.application.configure do\n${extras(s, (k, v) => `  config.x.${snake(k)} = ENV.fetch("${k}", "${v}")`).join("\n")}${s.extra ? "\n" : ""}  config.x.${snake(s.env)} = ENV.fetch("${s.env}", "${s.value}")\nend\n`,
  },
  {
    name: "PHP config array",
    render: (s) => `<?php\n\nreturn [\n    'base_url' => 'https://${host(s)}',\n${extras(s, (k, v) => `    '${snake(k)}' => env('${k}', '${v}'),`).join("\n")}${s.extra ? "\n" : ""}    '${snake(s.env)}' => env('${s.env}', '${s.value}'),\n];\n`,
  },
  {
    name: "Rust test fixture",
    render: (s) => `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[tokio::test]\n    async fn lists_projects() {\n${extras(s, (k, v) => `        std::env::set_var("${k}", "${v}");`).join("\n")}${s.extra ? "\n" : ""}        let client = Client::new("${s.value}");\n        assert!(client.list_projects().await.is_ok());\n    }\n}\n`,
  },
  {
    name: "GitHub Actions log (env dump in failing step)",
    render: (s) => `2026-11-02T17:40:11.2231290Z ##[group]Run ./scripts/deploy.sh\n2026-11-02T17:40:11.2232005Z + env | sort\n2026-11-02T17:40:11.2240117Z CI=true\n2026-11-02T17:40:11.2240419Z GITHUB_REF=refs/heads/main\n${envLines(s).map((l, i) => `2026-11-02T17:40:11.224${1 + i}733Z ${l}`).join("\n")}\n2026-11-02T17:40:11.2251840Z RUNNER_OS=Linux\n2026-11-02T17:40:12.0113208Z ##[error]Process completed with exit code 1.`,
  },
  {
    name: "shell history (~/.zsh_history)",
    render: (s) => `: 1762101201:0;git pull --rebase\n: 1762101230:0;pnpm install\n${envLines(s).map((l, i) => `: 17621012${45 + i}:0;export ${l}`).join("\n")}\n: 1762101290:0;pnpm dev\n`,
  },
  {
    name: "Python crash report with locals",
    render: (s) => `Traceback (most recent call last):\n  File "/app/sync/worker.py", line 88, in run\n    resp = session.post(url, json=payload, timeout=30)\n  File "/usr/local/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\n    return self.request("POST", url, data=data, json=json, **kwargs)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${host(s)}', port=443): Max retries exceeded\n\nLocals at frame run:\n    url = 'https://${host(s)}/v1/sync'\n${extras(s, (k, v) => `    ${snake(k)} = '${v}'`).join("\n")}${s.extra ? "\n" : ""}    ${snake(s.env)} = '${s.value}'\n    attempt = 3\n`,
  },
  {
    name: "Jupyter notebook cell JSON",
    render: (s) =>
      JSON.stringify(
        {
          cells: [
            { cell_type: "markdown", metadata: {}, source: ["## Pull last week of data\n"] },
            {
              cell_type: "code",
              execution_count: 3,
              metadata: {},
              outputs: [],
              source: ["import os\n", ...extras(s, (k, v) => `os.environ["${k}"] = "${v}"\n`), `os.environ["${s.env}"] = "${s.value}"\n`, "df = load_events(days=7)\n"],
            },
          ],
          metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
          nbformat: 4,
          nbformat_minor: 5,
        },
        null,
        1,
      ),
  },
  {
    name: "SQL seed insert into integrations table",
    render: (s) => `-- seeds/020_integrations.sql\nINSERT INTO integrations (id, tenant_id, provider, ${snake(s.env)}, created_at)\nVALUES (7, 42, '${s.prov.toLowerCase()}', '${s.value}', NOW());\n`,
  },
  {
    name: "Markdown setup doc",
    render: (s) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the shared team credentials for ${s.prov}:\n\n\`\`\`bash\n${envLines(s).map((l) => `export ${l}`).join("\n")}\n\`\`\`\n\n3. Run \`make dev\`.\n`,
  },
  {
    name: "unified diff adding a config line",
    render: (s) => `diff --git a/.env.staging b/.env.staging\nindex 3f2a1c0..8d9e4b7 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,${4 + envLines(s).length} @@ APP_URL=https://staging.example.app\n DB_POOL=10\n CACHE_TTL=300\n${envLines(s).map((l) => `+${l}`).join("\n")}\n FEATURE_FLAGS=beta_checkout\n`,
  },
  {
    name: "Slack-style chat message pasted into agent prompt",
    render: (s) =>
      JSON.stringify({
        model: "gpt-4.1",
        messages: [
          { role: "user", content: `Summarise this thread and draft a reply:\n\n[10:02] priya: prod deploy is blocked on ${s.prov}\n[10:04] marco: try this one, i just rotated it -> ${s.value}\n[10:05] priya: 👍 works` },
        ],
      }),
  },
  {
    name: "docker run -e in a tool call",
    render: (s) => JSON.stringify({ type: "tool_use", id: "toolu_02Zr", name: "bash", input: { command: `docker run --rm ${envLines(s).map((l) => `-e ${l}`).join(" ")} -p 8080:8080 ghcr.io/acme/api:1.14.2` } }),
  },
  {
    name: "Kubernetes Secret (base64 data)",
    render: (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${s.prov.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-credentials\n  namespace: prod\ntype: Opaque\ndata:\n${extras(s, (k, v) => `  ${k}: ${Buffer.from(v).toString("base64")}`).join("\n")}${s.extra ? "\n" : ""}  ${s.env}: ${Buffer.from(s.value).toString("base64")}\n`,
  },
  {
    name: "GitHub Actions workflow env block",
    render: (s) => `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n${envLines(s).map((l) => `      ${l.replace("=", ": ")}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh\n`,
  },
  {
    name: "Dockerfile ENV",
    render: (s) => `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n${envLines(s).map((l) => `ENV ${l}`).join("\n")}\nCOPY . .\nCMD ["node", "dist/server.js"]\n`,
  },
];

export interface Spec {
  prov: string;
  group: string;
  make: (g: Gen) => Slot;
}

/** Push every spec through the renderers in rotation (offset so files start at different places). */
export function build(specs: Spec[], g: Gen, idPrefix: string, catPrefix: string, offset: number): CorpusCase[] {
  return specs.map((sp, i) => {
    const slot = sp.make(g);
    const r = renderers[(i * 7 + offset) % renderers.length]!;
    return {
      id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: `${catPrefix}-${sp.group}`,
      label: "positive" as const,
      text: r.render(slot),
      note: `${sp.prov} ${slot.env} in ${r.name}`,
    };
  });
}
