// Generator helpers for heldout-y98 (skipped by the loader: starts with "_", not *.cases.ts).
// Every credential-shaped value is assembled at run time from split prefixes and a mulberry32 stream.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const CLASSES: Record<string, string> = {
  A: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  H: "0123456789abcdef",
  X: "0123456789ABCDEF",
  D: "0123456789",
  L: "abcdefghijklmnopqrstuvwxyz0123456789",
  U: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
  B: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  b: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-",
  Z: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  l: "abcdefghijklmnopqrstuvwxyz",
  c: "qpzry9x8gf2tvdw0s3jn54khce6mua7l",
  C: "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
};

export class Gen extends SeededRng {
  /** Expand a pattern: literal text (with "|" split markers, removed) and {C<n>} random runs, {UUID}. */
  x(pattern: string): string {
    return pattern
      .replace(/\{UUID\}/g, () => this.uuid())
      .replace(/\{([A-Za-z])(\d+)\}/g, (_m, c: string, n: string) => this.str(Number(n), CLASSES[c]!))
      .split("|")
      .join("");
  }
  uuid(): string {
    const h = CLASSES.H!;
    return `${this.str(8, h)}-${this.str(4, h)}-4${this.str(3, h)}-${this.pick(["8", "9", "a", "b"])}${this.str(3, h)}-${this.str(12, h)}`;
  }
  hex(n: number): string {
    return this.str(n, CLASSES.H!);
  }
  b64(nBytes: number): string {
    return Buffer.from(this.bytes(nBytes)).toString("base64");
  }
}

/** A rendering context: slot name (env-var style), value, provider label. */
export type Ctx = { name: string; render: (v: string, slot: string, prov: string, g: Gen) => string };

const camel = (s: string) => s.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const kebab = (s: string) => s.toLowerCase().replace(/_/g, "-");
const dotted = (s: string) => s.toLowerCase().replace(/_/g, ".");
const esc = (s: string) => JSON.stringify(s).slice(1, -1);

export const CONTEXTS: Ctx[] = [
  {
    name: "OpenAI chat body with pasted .env (JSON-escaped)",
    render: (v, s, _p, g) =>
      JSON.stringify({
        model: "gpt-4o",
        messages: [
          { role: "system", content: "You are a helpful coding assistant." },
          { role: "user", content: `why does the app crash on boot? here is my .env\n\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${s}=${v}\nREDIS_URL=redis://localhost:6379/0\nBUILD_ID=${g.hex(12)}\n` },
        ],
        temperature: 0.2,
      }, null, 2),
  },
  {
    name: "Anthropic tool_use write_file config.yaml",
    render: (v, s) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll write the service config now." },
          { type: "tool_use", id: "toolu_01", name: "write_file", input: { path: "config/service.yaml", content: `service:\n  name: billing-worker\n  replicas: 2\nintegrations:\n  ${s.toLowerCase()}: "${v}"\n  timeout_ms: 5000\n` } },
        ],
      }, null, 2),
  },
  {
    name: "OpenAI tool_calls shell command (double-escaped arguments)",
    render: (v, s) =>
      JSON.stringify({
        role: "assistant",
        tool_calls: [
          { id: "call_a1", type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s}="${v}" && npm run migrate -- --env staging`, cwd: "/home/dev/app" }) } },
        ],
      }, null, 2),
  },
  {
    name: "MCP tool result echoed back (read_file of .env.production)",
    render: (v, s) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: 17,
        result: { content: [{ type: "text", text: `# .env.production\nAPP_URL=https://app.example.com\n${s}=${v}\nFEATURE_FLAGS=beta,search\n` }], isError: false },
      }),
  },
  {
    name: "curl Authorization Bearer header",
    render: (v, _s, p) =>
      `$ curl -sS https://api.internal-proxy.dev/v1/${kebab(p.replace(/[^A-Za-z0-9]+/g, "_"))}/status \\\n  -H "Authorization: Bearer ${v}" \\\n  -H "Accept: application/json" | jq .`,
  },
  {
    name: "URL query string in fetch log",
    render: (v, s) =>
      `[fetch] GET https://api.partner-gateway.io/v2/items?limit=50&${s.toLowerCase()}=${encodeURIComponent(v)}&page=3 -> 200 (184ms)`,
  },
  {
    name: "raw HTTP request with X-Api-Key header",
    render: (v, _s, _p, g) =>
      `POST /v1/events HTTP/1.1\r\nHost: ingest.vendor-api.com\r\nUser-Agent: node-fetch/3.3.2\r\nContent-Type: application/json\r\nX-Api-Key: ${v}\r\nX-Request-Id: ${g.uuid()}\r\n\r\n{"event":"deploy","ok":true}`,
  },
  {
    name: "form-encoded POST body",
    render: (v, s) =>
      `POST /oauth/token HTTP/1.1\nHost: auth.vendor.io\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-reporting&${s.toLowerCase()}=${encodeURIComponent(v)}&scope=read`,
  },
  {
    name: "multipart form-data upload",
    render: (v, s) =>
      `--boundary7MA4YWxk\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\n1,42\n\r\n--boundary7MA4YWxk\r\nContent-Disposition: form-data; name="${s.toLowerCase()}"\r\n\r\n${v}\r\n--boundary7MA4YWxk--`,
  },
  {
    name: "JSON request body",
    render: (v, s) => JSON.stringify({ project: "checkout", region: "eu-west-1", credentials: { [camel(s)]: v }, dryRun: false }, null, 2),
  },
  {
    name: ".env file",
    render: (v, s) => `# local overrides\nDATABASE_POOL=10\n${s}=${v}\nSENTRY_ENVIRONMENT=staging\n`,
  },
  {
    name: "docker-compose YAML environment",
    render: (v, s) =>
      `version: "3.9"\nservices:\n  api:\n    image: ghcr.io/acme/api:1.14.2\n    ports: ["8080:8080"]\n    environment:\n      - NODE_ENV=production\n      - ${s}=${v}\n    depends_on: [db]\n`,
  },
  {
    name: "TOML config",
    render: (v, s, p) => `[server]\nport = 8080\n\n[${p.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${s.toLowerCase()} = "${v}"\nretries = 3\n`,
  },
  {
    name: "INI config",
    render: (v, s, p) => `[default]\nregion = us-east-1\n\n[${p.toLowerCase().replace(/[^a-z0-9]+/g, "-")}]\n${s.toLowerCase()} = ${v}\nverbose = false\n`,
  },
  {
    name: "Java .properties",
    render: (v, s) => `spring.application.name=orders\nserver.port=8081\napp.integration.${dotted(s)}=${v}\nlogging.level.root=INFO\n`,
  },
  {
    name: "JSON config file (appsettings)",
    render: (v, s) => JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, Integrations: { [s]: v, TimeoutSeconds: 30 } }, null, 2),
  },
  {
    name: "Terraform HCL",
    render: (v, s, p) =>
      `provider "restapi" {\n  uri = "https://api.${p.toLowerCase().replace(/[^a-z0-9]/g, "")}.example"\n}\n\nresource "kubernetes_secret" "app" {\n  metadata { name = "app-secrets" }\n  data = {\n    ${s} = "${v}"\n  }\n}\n`,
  },
  {
    name: "XML web.config appSettings",
    render: (v, s) =>
      `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s}" value="${v}" />\n  </appSettings>\n</configuration>`,
  },
  {
    name: "Python SDK constructor",
    render: (v, s, p) =>
      `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\n# TODO move to vault before release\n${s} = os.environ.get("${s}", "${v}")\n\nclient = Client(api_key=${s}, timeout=30)  # ${p}\nlog.info("client ready")\n`,
  },
  {
    name: "TypeScript SDK init",
    render: (v, s, p) =>
      `import { createClient } from "./clients";\n\n// ${p}\nexport const client = createClient({\n  ${camel(s)}: process.env.${s} ?? "${v}",\n  retries: 2,\n});\n`,
  },
  {
    name: "Go constant",
    render: (v, s) =>
      `package config\n\nimport "os"\n\nconst default${camel("X_" + s).slice(1)} = "${v}"\n\nfunc Key() string {\n\tif k := os.Getenv("${s}"); k != "" {\n\t\treturn k\n\t}\n\treturn default${camel("X_" + s).slice(1)}\n}\n`,
  },
  {
    name: "Java static field",
    render: (v, s) =>
      `package com.acme.integrations;\n\npublic final class Settings {\n    private Settings() {}\n    public static final String ${s} = "${v}";\n    public static final int TIMEOUT_MS = 5000;\n}\n`,
  },
  {
    name: "C# options",
    render: (v, s) =>
      `var options = new ClientOptions\n{\n    Endpoint = new Uri("https://api.vendor.example"),\n    ${camel("X_" + s).slice(1)} = "${v}",\n};\nvar client = new VendorClient(options);\n`,
  },
  {
    name: "Ruby initializer",
    render: (v, s) => `# config/initializers/vendor.rb\nVendor.configure do |config|\n  config.${s.toLowerCase()} = ENV.fetch("${s}", "${v}")\n  config.timeout = 10\nend\n`,
  },
  {
    name: "PHP config array",
    render: (v, s) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${s.toLowerCase()}' => env('${s}', '${v}'),\n    'timeout' => 15,\n];\n`,
  },
  {
    name: "Rust test fixture",
    render: (v, s) => `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn builds_client() {\n        let c = Client::new("${v}"); // ${s}\n        assert!(c.is_ok());\n    }\n}\n`,
  },
  {
    name: "GitHub Actions CI log",
    render: (v, s, _p, g) =>
      `2026-11-30T09:14:02.118Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T09:14:02.119Z env:\n2026-11-30T09:14:02.119Z   GIT_SHA: ${g.hex(40)}\n2026-11-30T09:14:02.119Z   ${s}: ${v}\n2026-11-30T09:14:02.120Z ##[endgroup]\n2026-11-30T09:14:03.554Z deploying to staging...\n2026-11-30T09:14:09.301Z done in 7.2s`,
  },
  {
    name: "shell history",
    render: (v, s) => `  501  cd ~/src/api\n  502  git pull --rebase\n  503  export ${s}=${v}\n  504  make run\n  505  history | tail\n`,
  },
  {
    name: "Python crash dump with locals",
    render: (v, s, _p, g) =>
      `Traceback (most recent call last):\n  File "/app/worker/sync.py", line 88, in run\n    resp = session.post(url, headers=headers, timeout=10)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.vendor.example', port=443): Max retries exceeded\n\nLocals at frame run:\n    url = 'https://api.vendor.example/v1/sync'\n    headers = {'Content-Type': 'application/json', '${s}': '${v}'}\n    attempt = 3\n    trace_id = '${g.hex(32)}'\n`,
  },
  {
    name: "Jupyter notebook cell",
    render: (v, s) =>
      JSON.stringify({
        cells: [
          { cell_type: "markdown", metadata: {}, source: ["## Load data\n"] },
          { cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s}"] = "${v}"\n`, "df = load_frame('events')\n"] },
        ],
        metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
        nbformat: 4,
        nbformat_minor: 5,
      }, null, 1),
  },
  {
    name: "SQL seed insert",
    render: (v, s, p) =>
      `-- seed integrations for staging\nINSERT INTO integrations (id, provider, credential_name, credential_value, created_at)\nVALUES (42, '${p}', '${s}', '${v}', NOW());\n`,
  },
  {
    name: "Markdown setup doc",
    render: (v, s, p) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the shared team ${p} credential:\n\n\`\`\`bash\n${s}=${v}\n\`\`\`\n\n3. Run \`make dev\`.\n`,
  },
  {
    name: "unified diff",
    render: (v, s) =>
      `diff --git a/.env.staging b/.env.staging\nindex 3f2a1b4..9c0d7e1 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,4 @@ APP_NAME=orders\n LOG_LEVEL=debug\n-${s}=\n+${s}=${v}\n CACHE_TTL=300\n`,
  },
  {
    name: "chat message in user turn (Anthropic messages body)",
    render: (v, s, p) =>
      JSON.stringify({
        model: "claude-sonnet-4-5",
        max_tokens: 1024,
        messages: [{ role: "user", content: `my ${p} calls keep returning 401, this is the key from the dashboard: ${v}\ncan you check the header format? I set it as ${s}` }],
      }),
  },
  {
    name: "docker run -e",
    render: (v, s) => `docker run -d --name api --restart unless-stopped \\\n  -p 8080:8080 \\\n  -e ${s}=${v} \\\n  -e LOG_LEVEL=info \\\n  ghcr.io/acme/api:latest`,
  },
  {
    name: "Kubernetes Secret stringData",
    render: (v, s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n  ${s}: "${v}"\n`,
  },
];

export type Spec = [group: string, provider: string, slot: string, pattern: string];

/** Renders each spec `per` times through rotating contexts. */
export function build(seed: number, prefix: string, specs: Spec[], per: number[], cat: string, ctxOffset = 0): CorpusCase[] {
  const g = new Gen(seed);
  const out: CorpusCase[] = [];
  let k = ctxOffset;
  specs.forEach(([group, prov, slot, pat], i) => {
    const n = per[i % per.length]!;
    for (let j = 0; j < n; j++) {
      const v = g.x(pat);
      const ctx = CONTEXTS[k++ % CONTEXTS.length]!;
      out.push({
        id: `${prefix}-${String(out.length + 1).padStart(3, "0")}`,
        kind: "secrets",
        category: `${cat}-${group}`,
        label: "positive",
        text: ctx.render(v, slot, prov, g),
        note: `${prov}, slot ${slot}, context: ${ctx.name}`,
      });
    }
  });
  return out;
}

export { esc };
