// Shared generator for heldout-y20: seeded PRNG draws plus context renderers. Skipped by the loader.
// Every credential-shaped value is assembled at run time (prefix split from a PRNG body).
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const ALNUM = UP + LO + DIG;
export const LOWNUM = LO + DIG;
export const UPNUM = UP + DIG;
export const B64 = ALNUM + "+/";
export const B64URL = ALNUM + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen {
  private r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  s(n: number, a: string = ALNUM): string {
    let o = "";
    for (let i = 0; i < n; i++) o += a[this.int(a.length)];
    return o;
  }
  hex(n: number): string {
    return this.s(n, HEX);
  }
  num(n: number): string {
    return String(1 + this.int(9)) + this.s(n - 1, DIG);
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[this.int(4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  b64(nBytes: number): string {
    const b = new Uint8Array(nBytes);
    for (let i = 0; i < nBytes; i++) b[i] = this.int(256);
    return Buffer.from(b).toString("base64");
  }
  b64url(nBytes: number): string {
    const b = new Uint8Array(nBytes);
    for (let i = 0; i < nBytes; i++) b[i] = this.int(256);
    return Buffer.from(b).toString("base64url");
  }
  jwt(claims: Record<string, unknown>): string {
    const h = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
    const p = Buffer.from(JSON.stringify(claims)).toString("base64url");
    return `${h}.${p}.${this.b64url(32)}`;
  }
}

/** join pieces so no literal credential appears in source */
export const j = (...xs: string[]) => xs.join("");

export interface Spec {
  provider: string;
  group: string;
  /** env-var style slot name */
  env: string;
  make: (g: Gen) => string;
  /** how the value is sent in HTTP, if it has a natural header */
  header?: string;
  /** an endpoint host for HTTP contexts */
  host?: string;
}

export interface Ctx {
  env: string;
  key: string; // snake_case key
  camel: string;
  value: string;
  provider: string;
  host: string;
  header: string;
  g: Gen;
}

const esc = (s: string) => JSON.stringify(s).slice(1, -1);

export type Renderer = { name: string; render: (c: Ctx) => string };

export const renderers: Renderer[] = [
  {
    name: "chat body with pasted .env",
    render: (c) =>
      JSON.stringify({
        model: "claude-sonnet-4-5",
        max_tokens: 4096,
        messages: [
          {
            role: "user",
            content: `my app won't start locally, here's my .env:\n\nNODE_ENV=development\nPORT=3000\nDATABASE_POOL=10\n${c.env}=${c.value}\nLOG_LEVEL=debug\n\nwhat am I missing?`,
          },
        ],
      }),
  },
  {
    name: "OpenAI chat body with pasted docker-compose",
    render: (c) =>
      JSON.stringify({
        model: "gpt-4.1",
        messages: [
          { role: "system", content: "You are a helpful coding assistant." },
          {
            role: "user",
            content: `why does the worker container exit with code 1?\n\n\`\`\`yaml\nservices:\n  worker:\n    image: ghcr.io/acme/worker:1.8.2\n    environment:\n      - REDIS_HOST=redis\n      - ${c.env}=${c.value}\n    depends_on: [redis]\n  redis:\n    image: redis:7\n\`\`\``,
          },
        ],
        temperature: 0.2,
      }),
  },
  {
    name: "Anthropic tool_use write_file .env.production",
    render: (c) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll write the production env file now." },
          {
            type: "tool_use",
            id: `toolu_01${c.g.s(22)}`,
            name: "write_file",
            input: { path: ".env.production", content: `APP_URL=https://app.example.io\n${c.env}=${c.value}\nFEATURE_FLAGS=beta\n` },
          },
        ],
      }),
  },
  {
    name: "OpenAI tool_calls shell export",
    render: (c) =>
      JSON.stringify({
        role: "assistant",
        tool_calls: [
          {
            id: `call_${c.g.s(24)}`,
            type: "function",
            function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${c.env}='${c.value}' && npm run sync` }) },
          },
        ],
      }),
  },
  {
    name: "MCP tool result echoing a config file",
    render: (c) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: 14,
        result: {
          content: [{ type: "text", text: `# config/settings.yaml\nserver:\n  port: 8080\n${c.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}:\n  ${c.key}: "${c.value}"\n  timeout_ms: 5000\n` }],
          isError: false,
        },
      }),
  },
  {
    name: "curl with header",
    render: (c) =>
      `curl -sS -X GET "https://${c.host}/v1/status" \\\n  -H "${c.header}" \\\n  -H "Accept: application/json"`.replace("{V}", c.value),
  },
  {
    name: "raw HTTP request header",
    render: (c) =>
      `POST /v1/events HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: node-fetch/3.3.2\r\nContent-Type: application/json\r\n${c.header.replace("{V}", c.value)}\r\nContent-Length: 42\r\n\r\n{"event":"deploy","ok":true}`,
  },
  {
    name: "HTTP query string",
    render: (c) => `GET https://${c.host}/api/v2/items?limit=50&${c.key}=${encodeURIComponent(c.value)}&page=2 HTTP/1.1`,
  },
  {
    name: "form-urlencoded body",
    render: (c) =>
      `POST /oauth/token HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${c.key}=${encodeURIComponent(c.value)}&scope=read`,
  },
  {
    name: "multipart form field",
    render: (c) =>
      `--------------------------a1b2c3d4e5\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\n1,20\r\n--------------------------a1b2c3d4e5\r\nContent-Disposition: form-data; name="${c.key}"\r\n\r\n${c.value}\r\n--------------------------a1b2c3d4e5--`,
  },
  {
    name: "JSON request body",
    render: (c) => JSON.stringify({ integration: c.provider, settings: { [c.camel]: c.value, region: "eu-west-1", retries: 3 } }, null, 2),
  },
  { name: ".env file", render: (c) => `# ${c.provider}\n${c.env}=${c.value}\nAPP_NAME=billing-svc\nDEBUG=false\n` },
  {
    name: "YAML config",
    render: (c) => `app:\n  name: ingest\n  replicas: 2\nintegrations:\n  ${c.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}:\n    enabled: true\n    ${c.key}: ${c.value}\n`,
  },
  {
    name: "TOML config",
    render: (c) => `[server]\nhost = "0.0.0.0"\nport = 8000\n\n[${c.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${c.key} = "${c.value}"\ntimeout = 30\n`,
  },
  {
    name: "INI config",
    render: (c) => `[default]\nregion = us-east-1\noutput = json\n\n[${c.provider.toLowerCase().replace(/[^a-z0-9]+/g, "-")}]\n${c.key} = ${c.value}\n`,
  },
  {
    name: "Java .properties",
    render: (c) => `spring.application.name=orders\nserver.port=8081\napp.${c.provider.toLowerCase().replace(/[^a-z0-9]+/g, "")}.${c.camel}=${c.value}\nlogging.level.root=INFO\n`,
  },
  {
    name: "JSON config file",
    render: (c) => `{\n  "name": "edge-worker",\n  "version": "2.1.0",\n  "${c.camel}": "${c.value}",\n  "cacheTtl": 300\n}\n`,
  },
  {
    name: "Terraform HCL",
    render: (c) => `provider "aws" {\n  region = "us-west-2"\n}\n\nvariable "${c.key}" {\n  type      = string\n  sensitive = true\n  default   = "${c.value}"\n}\n`,
  },
  {
    name: "XML config",
    render: (c) =>
      `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${c.camel}" value="${c.value}" />\n  </appSettings>\n</configuration>\n`,
  },
  {
    name: "Python SDK constructor",
    render: (c) => `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\nclient = Client(\n    api_key=os.getenv("${c.env}", "${c.value}"),\n    timeout=30,\n)\n`,
  },
  {
    name: "TypeScript env default",
    render: (c) => `import { createClient } from "./client";\n\nconst ${c.camel} = process.env.${c.env} ?? "${c.value}";\n\nexport const client = createClient({ ${c.camel}, retries: 2 });\n`,
  },
  {
    name: "Go constant",
    render: (c) => `package config\n\nimport "os"\n\nconst default${c.camel[0]!.toUpperCase()}${c.camel.slice(1)} = "${c.value}"\n\nfunc Get() string {\n\tif v := os.Getenv("${c.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${c.camel[0]!.toUpperCase()}${c.camel.slice(1)}\n}\n`,
  },
  {
    name: "Ruby initializer",
    render: (c) => `# config/initializers/${c.key}.rb\nRails.application.configure do\n  config.x.${c.key} = ENV.fetch("${c.env}", "${c.value}")\nend\n`,
  },
  {
    name: "Java field",
    render: (c) => `public class ApiConfig {\n    private static final String ${c.env} = "${c.value}";\n\n    public static String get() {\n        return ${c.env};\n    }\n}\n`,
  },
  {
    name: "C# options",
    render: (c) => `services.Configure<ApiOptions>(o =>\n{\n    o.BaseUrl = "https://${c.host}";\n    o.${c.camel[0]!.toUpperCase()}${c.camel.slice(1)} = "${c.value}";\n});\n`,
  },
  {
    name: "PHP config array",
    render: (c) => `<?php\n\nreturn [\n    '${c.key}' => env('${c.env}', '${c.value}'),\n    'timeout' => 15,\n];\n`,
  },
  {
    name: "Rust test fixture",
    render: (c) => `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn connects() {\n        let c = Client::new("${c.value}");\n        assert!(c.ping().is_ok());\n    }\n}\n`,
  },
  {
    name: "GitHub Actions CI log",
    render: (c) =>
      `2025-11-03T10:14:22.1184430Z ##[group]Run ./scripts/deploy.sh\n2025-11-03T10:14:22.1185012Z ./scripts/deploy.sh\n2025-11-03T10:14:22.1210000Z env:\n2025-11-03T10:14:22.1210391Z   ${c.env}: ${c.value}\n2025-11-03T10:14:22.1210800Z ##[endgroup]\n2025-11-03T10:14:23.5521907Z deploying build 4812...\n`,
  },
  {
    name: "GitLab CI yaml",
    render: (c) => `deploy:\n  stage: deploy\n  image: alpine:3.20\n  variables:\n    ${c.env}: "${c.value}"\n  script:\n    - ./deploy.sh\n  only: [main]\n`,
  },
  {
    name: "shell history",
    render: (c) => `  501  git pull --rebase\n  502  npm ci\n  503  ${c.env}=${c.value} npm run seed\n  504  git status\n  505  history | tail\n`,
  },
  {
    name: "Python crash dump with locals",
    render: (c) =>
      `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    resp = session.post(url, headers=headers)\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized\n\nLocals at frame sync.py:88:\n    url = 'https://${c.host}/v1/sync'\n    ${c.key} = '${c.value}'\n    attempt = 3\n`,
  },
  {
    name: "Jupyter notebook cell",
    render: (c) =>
      JSON.stringify({
        cells: [
          { cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${c.env}"] = "${c.value}"\n`, "df = load()\n"] },
        ],
        metadata: { kernelspec: { name: "python3" } },
        nbformat: 4,
        nbformat_minor: 5,
      }),
  },
  {
    name: "SQL seed insert",
    render: (c) =>
      `-- seed integrations\nINSERT INTO integrations (id, provider, ${c.key}, created_at)\nVALUES (7, '${c.provider}', '${c.value}', NOW());\n`,
  },
  {
    name: "Markdown setup doc",
    render: (c) => `## Local setup\n\n1. Copy the env file.\n2. Use the shared team key:\n\n\`\`\`bash\nexport ${c.env}="${c.value}"\n\`\`\`\n\n3. Run \`make dev\`.\n`,
  },
  {
    name: "git diff",
    render: (c) =>
      `diff --git a/config/app.yml b/config/app.yml\nindex 3f2a1bc..9d8e7f0 100644\n--- a/config/app.yml\n+++ b/config/app.yml\n@@ -4,3 +4,4 @@ defaults: &defaults\n   region: eu-central-1\n   cache: true\n+  ${c.key}: ${c.value}\n   workers: 4\n`,
  },
  {
    name: "chat message (Slack paste)",
    render: (c) => `hey @dana, the staging ${c.provider} creds rotated — new one is ${c.value} (same ${c.env} var). ping me if the job still fails`,
  },
  {
    name: "Dockerfile ENV",
    render: (c) => `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nENV ${c.env}=${c.value}\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n`,
  },
  {
    name: "k8s Secret stringData",
    render: (c) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${c.key.replace(/_/g, "-")}\n  namespace: prod\ntype: Opaque\nstringData:\n  ${c.env}: "${c.value}"\n`,
  },
];

const snake = (env: string) => env.toLowerCase();
const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, x: string) => x.toUpperCase());

/** Rotate specs over renderers to build positive cases. */
export function build(specs: Spec[], seed: number, idPrefix: string, cat: string, offset = 0): CorpusCase[] {
  const g = new Gen(seed);
  return specs.map((sp, i) => {
    const r = renderers[(i + offset) % renderers.length]!;
    const value = sp.make(g);
    const ctx: Ctx = {
      env: sp.env,
      key: snake(sp.env),
      camel: camel(sp.env),
      value,
      provider: sp.provider,
      host: sp.host ?? `api.${sp.provider.toLowerCase().replace(/[^a-z0-9]+/g, "")}.com`,
      header: sp.header ?? "Authorization: Bearer {V}",
      g,
    };
    return {
      id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: `${cat}-${sp.group}`,
      label: "positive",
      text: r.render(ctx),
      note: `${sp.provider} ${sp.env} in ${r.name}`,
    } satisfies CorpusCase;
  });
}

export { esc };
