// Shared generator for heldout-y26: a seeded stream (mulberry32) that assembles credential-shaped
// values at run time, plus the context renderers every token rotates through. Skipped by the
// loader (leading underscore, no .cases.ts suffix).
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
export const B64U = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen extends SeededRng {
  /** prefix pieces joined + n chars of alphabet. */
  t(prefix: string[], n: number, alpha: string = AN, suffix = ""): string {
    return prefix.join("") + this.str(n, alpha) + suffix;
  }
  s(n: number, alpha: string = AN): string {
    return this.str(n, alpha);
  }
  uuid(): string {
    return [this.s(8, HEX), this.s(4, HEX), "4" + this.s(3, HEX), this.pick(["8", "9", "a", "b"]) + this.s(3, HEX), this.s(12, HEX)].join("-");
  }
  b64(nbytes: number): string {
    return Buffer.from(this.bytes(nbytes)).toString("base64");
  }
  b64u(nbytes: number): string {
    return Buffer.from(this.bytes(nbytes)).toString("base64url");
  }
  digits(n: number): string {
    return this.str(n, DIG);
  }
}

export interface Spec {
  provider: string;
  group: string;
  env: string;
  make: (g: Gen) => string;
  /** header line prefix for HTTP renderers, e.g. "X-API-Key: " (default "Authorization: Bearer "). */
  hdr?: string;
  host?: string;
  /** value is a URL / connection string / multi-part: only config and code renderers. */
  raw?: boolean;
}

export interface Ctx {
  env: string;
  snake: string;
  camel: string;
  v: string;
  provider: string;
  hdr: string;
  host: string;
  g: Gen;
}

const esc = (s: string) => JSON.stringify(s).slice(1, -1);

export const R: Record<string, (c: Ctx) => string> = {
  "chat body, pasted .env": (c) =>
    JSON.stringify({
      model: "claude-sonnet-4-5",
      max_tokens: 4096,
      messages: [{ role: "user", content: `why does the app crash on boot? here's my .env\n\nNODE_ENV=production\nPORT=8080\n${c.env}=${c.v}\nLOG_LEVEL=info\n\nerror is "Cannot read properties of undefined (reading 'client')"` }],
    }),
  "chat body, pasted docker-compose": (c) =>
    JSON.stringify({
      model: "gpt-4.1",
      messages: [
        { role: "system", content: "You are a helpful coding assistant." },
        { role: "user", content: `compose won't start the worker:\n\`\`\`yaml\nservices:\n  worker:\n    image: ghcr.io/acme/worker:1.14.2\n    environment:\n      - ${c.env}=${c.v}\n      - QUEUE=default\n    depends_on: [redis]\n\`\`\`` },
      ],
    }),
  "anthropic tool_use write_file config.yaml": (c) =>
    JSON.stringify({
      role: "assistant",
      content: [
        { type: "text", text: "I'll write the config file." },
        { type: "tool_use", id: "toolu_01" + c.g.s(22), name: "write_file", input: { path: "config/app.yaml", content: `app:\n  name: billing\n  region: eu-west-1\n${c.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}:\n  ${c.snake}: "${c.v}"\n  timeout_ms: 5000\n` } },
      ],
    }),
  "openai tool_calls shell export": (c) =>
    JSON.stringify({
      role: "assistant",
      tool_calls: [{ id: "call_" + c.g.s(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${c.env}="${c.v}" && npm run sync -- --dry-run=false` }) } }],
    }),
  "MCP tool result echoing cat .env": (c) =>
    JSON.stringify({
      jsonrpc: "2.0",
      id: c.g.range(3, 90),
      result: { content: [{ type: "text", text: `$ cat .env.production\nDATABASE_POOL=10\n${c.env}=${c.v}\nFEATURE_FLAGS=beta,search\n` }], isError: false },
    }),
  "curl command header": (c) =>
    `curl -sS -X POST https://${c.host}/v1/items \\\n  -H "${c.hdr}${c.v}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"nightly-sync","limit":50}'`,
  "raw HTTP request header": (c) =>
    `GET /v2/account HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: python-requests/2.32.3\r\nAccept: application/json\r\n${c.hdr}${c.v}\r\nConnection: keep-alive\r\n\r\n`,
  "HTTP GET query string": (c) =>
    `GET /api/v1/report?${c.snake}=${encodeURIComponent(c.v)}&format=json&page=2 HTTP/1.1\nHost: ${c.host}\nAccept: */*\n`,
  "form-urlencoded POST body": (c) =>
    `POST /oauth/token HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-ingest&${c.snake}=${encodeURIComponent(c.v)}&scope=read`,
  "multipart form body": (c) => {
    const b = "----WebKitFormBoundary" + c.g.s(16);
    return `POST /upload HTTP/1.1\nHost: ${c.host}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}\nContent-Disposition: form-data; name="${c.snake}"\n\n${c.v}\n--${b}--\n`;
  },
  "JSON request body": (c) =>
    `POST /v1/connect HTTP/1.1\nHost: ${c.host}\nContent-Type: application/json\n\n${JSON.stringify({ integration: c.provider, [c.camel]: c.v, enabled: true }, null, 2)}`,
  ".env file": (c) => `# ${c.provider}\n${c.env}=${c.v}\nAPP_URL=https://app.example.com\nSENTRY_ENVIRONMENT=production\n`,
  "YAML config": (c) => `server:\n  port: 3000\nintegrations:\n  ${c.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}:\n    enabled: true\n    ${c.snake}: ${c.v}\n    retries: 3\n`,
  "TOML config": (c) => `[server]\nhost = "0.0.0.0"\nport = 8080\n\n[${c.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${c.snake} = "${c.v}"\ntimeout = 30\n`,
  "INI config": (c) => `[general]\ndebug = false\n\n[${c.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${c.snake} = ${c.v}\nendpoint = https://${c.host}\n`,
  ".properties file": (c) => `spring.application.name=orders\nserver.port=8081\n${c.provider.toLowerCase().replace(/[^a-z0-9]+/g, ".")}.${c.camel}=${c.v}\nlogging.level.root=INFO\n`,
  "JSON config file": (c) => JSON.stringify({ name: "svc-ingest", version: "2.3.1", [c.provider.toLowerCase().replace(/[^a-z0-9]+/g, "")]: { [c.camel]: c.v, region: "us-east-1" } }, null, 2),
  "HCL terraform": (c) => `variable "${c.snake}" {\n  type      = string\n  sensitive = true\n  default   = "${c.v}"\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { v = var.${c.snake} }\n}\n`,
  "XML app config": (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${c.env}" value="${c.v.replace(/&/g, "&amp;")}" />\n  </appSettings>\n</configuration>\n`,
  "Python SDK constructor": (c) => `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\nclient = Client(\n    ${c.snake}="${c.v}",\n    timeout=30,\n)\nlog.info("client ready")\n`,
  "TypeScript env default": (c) => `import { createClient } from "./client";\n\nconst ${c.camel} = process.env.${c.env} ?? "${c.v}";\n\nexport const client = createClient({ ${c.camel}, retries: 2 });\n`,
  "Go code": (c) => `package main\n\nimport (\n\t"os"\n)\n\nfunc apiKey() string {\n\tif v := os.Getenv("${c.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${c.v}"\n}\n`,
  "Java code": (c) => `public final class Config {\n    private static final String ${c.env} = "${c.v.replace(/\\/g, "\\\\")}";\n\n    public static String get() {\n        return System.getenv().getOrDefault("${c.env}", ${c.env});\n    }\n}\n`,
  "Rust code": (c) => `use std::env;\n\nfn ${c.snake}() -> String {\n    env::var("${c.env}").unwrap_or_else(|_| "${c.v}".to_string())\n}\n`,
  "C# code": (c) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddSingleton(new ApiOptions\n{\n    ${c.camel[0]!.toUpperCase() + c.camel.slice(1)} = "${c.v}",\n    BaseUrl = "https://${c.host}"\n});\n`,
  "Ruby code": (c) => `# config/initializers/${c.snake}.rb\nRails.application.configure do\n  config.x.integration.${c.snake} = ENV.fetch("${c.env}", "${c.v}")\nend\n`,
  "PHP code": (c) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${c.snake}' => env('${c.env}', '${c.v}'),\n    'timeout' => 15,\n];\n`,
  "pytest fixture": (c) => `import pytest\n\n\n@pytest.fixture\ndef live_client(monkeypatch):\n    monkeypatch.setenv("${c.env}", "${c.v}")\n    return make_client()\n`,
  "GitHub Actions CI log": (c) =>
    `2026-03-11T09:14:02.1180000Z ##[group]Run ./scripts/deploy.sh\n2026-03-11T09:14:02.1181000Z env:\n2026-03-11T09:14:02.1182000Z   NODE_VERSION: 20\n2026-03-11T09:14:02.1183000Z   ${c.env}: ${c.v}\n2026-03-11T09:14:02.1190000Z ##[endgroup]\n2026-03-11T09:14:03.4410000Z Deploying to production...\n`,
  "shell history": (c) => `  501  git pull --rebase\n  502  npm ci\n  503  ${c.env}='${c.v}' npm run migrate\n  504  git status\n`,
  "Python crash dump with locals": (c) =>
    `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    resp = session.post(url, headers=headers, timeout=10)\n    locals: url='https://${c.host}/v1/sync' headers={'${c.hdr.split(":")[0]}': '${c.hdr.includes(":") ? c.hdr.split(": ")[1] ?? "" : ""}${c.v}'}\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${c.host}', port=443): Max retries exceeded\n`,
  "Jupyter notebook cell": (c) =>
    JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, source: ["import pandas as pd\n", `${c.env} = "${c.v}"\n`, "df = load(key=" + c.env + ")\n"], outputs: [] }], nbformat: 4, nbformat_minor: 5 }, null, 1),
  "SQL seed insert": (c) => `-- seed integrations\nINSERT INTO integrations (id, provider, ${c.snake}, created_at)\nVALUES (7, '${c.provider}', '${c.v.replace(/'/g, "''")}', now());\n`,
  "Markdown setup doc": (c) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use our shared ${c.provider} credential:\n\n\`\`\`bash\nexport ${c.env}=${c.v}\n\`\`\`\n\n3. Run \`make dev\`.\n`,
  "unified diff": (c) => `diff --git a/.env.staging b/.env.staging\nindex 3f1c2a9..8e0b7d4 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,5 @@ APP_ENV=staging\n REDIS_URL=redis://cache:6379/0\n+${c.env}=${c.v}\n LOG_FORMAT=json\n`,
  "chat message": (c) => JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `ok the ${c.provider} integration fails with 401, I'm using ${c.v} as the key, is the header wrong?` }] }),
  "k8s Secret stringData": (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${c.snake.replace(/_/g, "-")}\n  namespace: prod\ntype: Opaque\nstringData:\n  ${c.env}: "${c.v}"\n`,
  "docker run -e": (c) => `docker run -d --name api \\\n  -p 8080:8080 \\\n  -e ${c.env}=${c.v} \\\n  ghcr.io/acme/api:2026.03.1`,
};

export const RENDERERS = Object.keys(R);
/** Renderers fit for values that are URLs, connection strings or contain spaces. */
export const RAW_OK = RENDERERS.filter(
  (k) => !/header|curl|query|form|multipart|crash|chat message/.test(k),
);

function ctxOf(s: Spec, v: string, g: Gen): Ctx {
  const snake = s.env.toLowerCase();
  const camel = snake.replace(/_([a-z0-9])/g, (_, x: string) => x.toUpperCase());
  const slug = s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "");
  return { env: s.env, snake, camel, v, provider: s.provider, hdr: s.hdr ?? "Authorization: Bearer ", host: s.host ?? `api.${slug}.com`, g };
}

/** Renders each spec `per` times, rotating through the renderer list. */
export function build(specs: Spec[], seed: number, idp: string, per: (i: number) => number, label: "positive" | "benign", cat: (s: Spec) => string, offset = 0): CorpusCase[] {
  const g = new Gen(seed);
  const out: CorpusCase[] = [];
  let k = offset;
  specs.forEach((s, i) => {
    for (let j = 0; j < per(i); j++) {
      const list = s.raw ? RAW_OK : RENDERERS;
      const name = list[k % list.length]!;
      k += 7;
      const v = s.make(g);
      out.push({
        id: `${idp}-${String(out.length + 1).padStart(3, "0")}`,
        kind: "secrets",
        category: cat(s),
        label,
        text: R[name]!(ctxOf(s, v, g)),
        note: `${s.provider}, ${s.env}, ${name}`,
      });
    }
  });
  return out;
}

void esc;
