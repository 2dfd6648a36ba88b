// Shared PRNG-backed builders and context renderers for heldout-y87 (skipped by the loader).
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const AN = UP + LO + DG;
export const HX = "0123456789abcdef";
export const B64 = AN + "+/";
export const B64U = AN + "-_";
export const UD = UP + DG;
export const LD = LO + DG;

export class Gen {
  private r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  s(n: number, a = AN): string {
    let o = "";
    for (let i = 0; i < n; i++) o += a[Math.floor(this.r() * a.length)];
    return o;
  }
  hex(n: number): string {
    return this.s(n, HX);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  uuid(): string {
    return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-");
  }
  digits(n: number): string {
    return this.pick(["1", "2", "3", "4", "5", "6", "7", "8", "9"]) + this.s(n - 1, DG);
  }
  b64(nBytes: number): string {
    const n = Math.ceil((nBytes * 4) / 3);
    const body = this.s(n, B64);
    const pad = (4 - (n % 4)) % 4;
    return body + "=".repeat(pad);
  }
  b64u(s: string): string {
    return Buffer.from(s).toString("base64url");
  }
  jwt(payload: Record<string, unknown>): string {
    return [this.b64u(JSON.stringify({ alg: "HS256", typ: "JWT" })), this.b64u(JSON.stringify(payload)), this.s(43, B64U)].join(".");
  }
  pem(label: string, lines: number): string {
    const body: string[] = [];
    for (let i = 0; i < lines; i++) body.push(this.s(64, B64));
    body.push(this.s(24, B64) + "==");
    return [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join("\n");
  }
  host(): string {
    return this.pick(["api", "svc", "billing", "ingest", "worker", "gateway"]) + "-" + this.s(4, LD);
  }
}

/** p("sk", "_live_") joins split prefix parts so the source never holds a whole prefix literal. */
export const p = (...parts: string[]) => parts.join("");

export type Renderer = (name: string, value: string, g: Gen) => { ctx: string; text: string };

const j = (s: string) => JSON.stringify(s);

export const renderers: Renderer[] = [
  (n, v, g) => ({
    ctx: "OpenAI chat body with pasted .env",
    text: JSON.stringify({
      model: "gpt-4o",
      messages: [
        { role: "system", content: "You are a helpful coding assistant." },
        { role: "user", content: `why does the app crash on boot? here is my .env:\n\nNODE_ENV=production\nPORT=8080\n${n}=${v}\nLOG_LEVEL=info\n` },
      ],
    }),
  }),
  (n, v, g) => ({
    ctx: "Anthropic tool_use write_file .env.production",
    text: JSON.stringify({
      role: "assistant",
      content: [
        { type: "text", text: "I'll write the production env file." },
        { type: "tool_use", id: "toolu_01" + g.s(22), name: "write_file", input: { path: ".env.production", content: `APP_URL=https://${g.host()}.example.com\n${n}=${v}\nFEATURE_FLAGS=beta\n` } },
      ],
    }),
  }),
  (n, v, g) => ({
    ctx: "OpenAI tool_calls shell export",
    text: JSON.stringify({
      role: "assistant",
      tool_calls: [{ id: "call_" + g.s(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${n}="${v}" && npm run deploy` }) } }],
    }),
  }),
  (n, v, g) => ({
    ctx: "MCP tool result echoing config.yaml",
    text: JSON.stringify({
      jsonrpc: "2.0",
      id: g.int(500),
      result: { content: [{ type: "text", text: `# config.yaml\nserver:\n  port: 3000\nintegrations:\n  ${n.toLowerCase()}: "${v}"\n  timeout_ms: 5000\n` }], isError: false },
    }),
  }),
  (n, v, g) => ({
    ctx: "curl command with bearer header",
    text: `$ curl -sS -X GET "https://${g.host()}.example.com/v1/status" \\\n    -H "Authorization: Bearer ${v}" \\\n    -H "Accept: application/json"\n{"ok":true}`,
  }),
  (n, v, g) => ({
    ctx: "raw HTTP request header",
    text: `POST /v2/events HTTP/1.1\r\nHost: ${g.host()}.example.com\r\nContent-Type: application/json\r\nX-Api-Key: ${v}\r\nUser-Agent: python-requests/2.31.0\r\nContent-Length: 27\r\n\r\n{"event":"deploy","ok":true}`,
  }),
  (n, v, g) => ({
    ctx: "URL query string in fetch log",
    text: `[fetch] GET https://${g.host()}.example.com/api/v1/search?q=weather&${n.toLowerCase()}=${encodeURIComponent(v)}&limit=10 -> 200 (142ms)`,
  }),
  (n, v, g) => ({
    ctx: "form-encoded POST body",
    text: `POST /oauth/token HTTP/1.1\nHost: ${g.host()}.example.com\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=${g.s(20, LD)}&${n.toLowerCase()}=${encodeURIComponent(v)}&scope=read`,
  }),
  (n, v, g) => {
    const b = "----WebKitFormBoundary" + g.s(16);
    return {
      ctx: "multipart form upload",
      text: `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}\nContent-Disposition: form-data; name="${n.toLowerCase()}"\n\n${v}\n--${b}--`,
    };
  },
  (n, v, g) => ({
    ctx: "JSON request body",
    text: JSON.stringify({ workspace: "acme", credentials: { [n.toLowerCase()]: v }, region: "us-east-1", retries: 3 }, null, 2),
  }),
  (n, v) => ({
    ctx: "docker-compose.yml environment",
    text: `services:\n  app:\n    image: ghcr.io/acme/app:1.14.2\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n      - ${n}=${v}\n    restart: unless-stopped\n`,
  }),
  (n, v) => ({
    ctx: "TOML config",
    text: `[app]\nname = "acme-api"\nport = 8080\n\n[integrations]\n${n.toLowerCase()} = "${v}"\ntimeout = 30\n`,
  }),
  (n, v) => ({
    ctx: "INI config",
    text: `; settings.ini\n[default]\nregion = eu-west-1\noutput = json\n\n[service]\n${n.toLowerCase()} = ${v}\nverbose = false\n`,
  }),
  (n, v) => ({
    ctx: ".properties file",
    text: `# application.properties\nserver.port=8080\nspring.application.name=orders\nintegration.${n.toLowerCase().replace(/_/g, ".")}=${v}\nlogging.level.root=INFO\n`,
  }),
  (n, v) => ({
    ctx: "JSON config file",
    text: JSON.stringify({ name: "acme-worker", version: "2.3.1", settings: { debug: false, [n.toLowerCase()]: v, queue: "jobs" } }, null, 2),
  }),
  (n, v) => ({
    ctx: "Terraform HCL",
    text: `provider "acme" {\n  region = "us-east-1"\n}\n\nresource "acme_integration" "main" {\n  name  = "prod"\n  ${n.toLowerCase()} = "${v}"\n}\n`,
  }),
  (n, v) => ({
    ctx: "XML appSettings",
    text: `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${n}" value="${v}" />\n  </appSettings>\n</configuration>`,
  }),
  (n, v) => ({
    ctx: "Python code default",
    text: `import os\nimport requests\n\n${n} = os.environ.get("${n}", "${v}")\n\ndef fetch(path):\n    return requests.get(f"https://api.example.com{path}", headers={"Authorization": f"Bearer {${n}}"}, timeout=10)\n`,
  }),
  (n, v) => ({
    ctx: "TypeScript client constructor",
    text: `import { Client } from "./client";\n\nexport const client = new Client({\n  apiKey: process.env.${n} ?? "${v}",\n  timeout: 10_000,\n});\n`,
  }),
  (n, v) => ({
    ctx: "Go constant",
    text: `package config\n\nimport "os"\n\nconst default${n.replace(/_/g, "")} = "${v}"\n\nfunc Key() string {\n\tif k := os.Getenv("${n}"); k != "" {\n\t\treturn k\n\t}\n\treturn default${n.replace(/_/g, "")}\n}\n`,
  }),
  (n, v) => ({
    ctx: "Java field",
    text: `public class ApiConfig {\n    private static final String ${n} = "${v}";\n\n    public static String key() {\n        return ${n};\n    }\n}\n`,
  }),
  (n, v) => ({
    ctx: "C# options",
    text: `services.Configure<ApiOptions>(o =>\n{\n    o.BaseUrl = "https://api.example.com";\n    o.ApiKey = "${v}"; // ${n}\n});\n`,
  }),
  (n, v) => ({
    ctx: "Ruby initializer",
    text: `# config/initializers/integration.rb\nRails.application.config.x.integration = {\n  ${n.toLowerCase()}: ENV.fetch("${n}", "${v}"),\n  timeout: 15\n}\n`,
  }),
  (n, v) => ({
    ctx: "PHP config array",
    text: `<?php\n\nreturn [\n    'driver' => 'http',\n    '${n.toLowerCase()}' => env('${n}', '${v}'),\n    'timeout' => 30,\n];\n`,
  }),
  (n, v) => ({
    ctx: "Rust test fixture",
    text: `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn connects() {\n        let c = Client::new("${v}");\n        assert!(c.ping().is_ok());\n    }\n}\n`,
  }),
  (n, v, g) => ({
    ctx: "GitHub Actions CI log",
    text: `2026-11-30T10:12:${10 + g.int(40)}.1234567Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T10:12:${10 + g.int(40)}.2234567Z + echo "using ${n}=${v}"\n2026-11-30T10:12:${10 + g.int(40)}.3234567Z using ${n}=${v}\n2026-11-30T10:12:${10 + g.int(40)}.4234567Z Deploying commit ${g.hex(40)}\n2026-11-30T10:12:${10 + g.int(40)}.5234567Z ##[endgroup]`,
  }),
  (n, v, g) => ({
    ctx: "shell history",
    text: ` 1021  cd ~/src/acme\n 1022  git pull\n 1023  export ${n}=${v}\n 1024  ./bin/sync --env prod\n 1025  history | tail`,
  }),
  (n, v, g) => ({
    ctx: "Python crash dump with locals",
    text: `Traceback (most recent call last):\n  File "/app/sync.py", line 88, in <module>\n    main()\n  File "/app/sync.py", line 61, in main\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 502 Server Error\n\nLocals at frame main:\n    url = 'https://${g.host()}.example.com/v1/sync'\n    ${n.toLowerCase()} = '${v}'\n    attempt = 3`,
  }),
  (n, v, g) => ({
    ctx: "Jupyter notebook cell",
    text: JSON.stringify({
      cells: [
        { cell_type: "markdown", metadata: {}, source: ["# Data pull\n"] },
        { cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${n}"] = "${v}"\n`, "df = load()\n"] },
      ],
      metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
      nbformat: 4,
      nbformat_minor: 5,
    }),
  }),
  (n, v, g) => ({
    ctx: "SQL seed insert",
    text: `-- seed integrations\nINSERT INTO integrations (id, name, credential, created_at)\nVALUES (${g.int(900) + 1}, '${n.toLowerCase()}', '${v}', NOW());\n`,
  }),
  (n, v) => ({
    ctx: "Markdown setup doc",
    text: `## Local setup\n\n1. Copy the env file.\n2. Set the key we use in staging:\n\n\`\`\`bash\nexport ${n}=${v}\n\`\`\`\n\n3. Run \`make dev\`.\n`,
  }),
  (n, v, g) => ({
    ctx: "unified diff",
    text: `diff --git a/config/prod.env b/config/prod.env\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/config/prod.env\n+++ b/config/prod.env\n@@ -1,3 +1,4 @@\n APP_ENV=production\n+${n}=${v}\n LOG_LEVEL=warn\n`,
  }),
  (n, v) => ({
    ctx: "chat message",
    text: `hey, prod sync is failing again. can you check? the key is ${v} (it's the ${n} one from the vault), thanks!`,
  }),
  (n, v) => ({
    ctx: "k8s Secret stringData",
    text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n  ${n}: "${v}"\n`,
  }),
  (n, v) => ({
    ctx: "Dockerfile ENV",
    text: `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nENV ${n}=${v}\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n`,
  }),
];

export type Spec = [group: string, provider: string, slot: string, make: (g: Gen) => string];

/** Rotates each spec through the renderers, starting at offset, so contexts spread evenly. */
export function build(specs: Spec[], g: Gen, idPrefix: string, catPrefix: string, offset = 0): CorpusCase[] {
  return specs.map(([group, provider, slot, make], i) => {
    const v = make(g);
    const r = renderers[(i + offset) % renderers.length]!;
    const { ctx, text } = r(slot, v, g);
    return {
      id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: `${catPrefix}-${group}`,
      label: "positive" as const,
      text,
      note: `${provider}, slot ${slot}, context: ${ctx}`,
    };
  });
}
void j;
