// Shared PRNG-backed builders and context renderers for heldout-y19. Skipped by the loader
// (leading underscore). Every credential-shaped value is assembled at run time from a split
// prefix and a body drawn from mulberry32 with a fixed seed per file.
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const DIG = "0123456789";
export const URLB64 = `${ALNUM}_-`;
export const B64 = `${ALNUM}+/`;
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

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
  s(n: number, alpha = ALNUM): string {
    let o = "";
    for (let i = 0; i < n; i++) o += alpha[this.int(alpha.length)];
    return o;
  }
  a = (n: number) => this.s(n, ALNUM);
  h = (n: number) => this.s(n, HEX);
  hu = (n: number) => this.s(n, HEXU);
  l = (n: number) => this.s(n, LOWER);
  u = (n: number) => this.s(n, UPPER);
  d = (n: number) => this.s(n, DIG);
  ub = (n: number) => this.s(n, URLB64);
  b64 = (n: number) => this.s(n, B64);
  uuid(): string {
    return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`;
  }
  /** base64 text of n random bytes, standard alphabet, padded. */
  b64bytes(n: number): string {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = this.int(256);
    return Buffer.from(b).toString("base64");
  }
  /** A fake JWT: base64url header/payload built from JSON, random signature. */
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(payload), this.ub(43)].join(".");
  }
  pem(label: string, bytes: number): string {
    const body = this.b64bytes(bytes).match(/.{1,64}/g)!.join("\n");
    return [`-----BEGIN ${label}-----`, body, `-----END ${label}-----`].join("\n");
  }
}

/** Join pieces, so no credential appears literally in source. */
export const j = (...xs: string[]) => xs.join("");

export interface Spec {
  group: string;
  provider: string;
  /** UPPER_SNAKE env-var style slot name. */
  env: string;
  value: string;
  /** Header line prefix for HTTP renderers, e.g. "X-Api-Key: " (default "Authorization: Bearer "). */
  hdr?: string;
  /** API host for HTTP renderers. */
  host?: string;
  /** Short service name for config sections (default: provider's first word). */
  svc?: string;
}

export interface Ctx {
  env: string;
  key: string; // lower_snake
  camel: string;
  v: string;
  hdr: string;
  host: string;
  p: string;
  svc: string;
}

const camelOf = (env: string) =>
  env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const GENERIC_HOSTS: Record<string, string> = {
  JWT: "auth.acme.io",
  Session: "app.acme.io",
  NextAuth: "app.acme.io",
  "M-Pesa": "api.safaricom.co.ke",
  HashiCorp: "vault.acme.internal",
  Jenkins: "jenkins.acme.internal",
  InfluxDB: "influx.acme.io",
  Turso: "acme-db.turso.io",
  Packagist: "packagist.com",
  Postgres: "db.acme.io",
  MySQL: "db.acme.io",
  Redis: "cache.acme.io",
};

export function ctxOf(s: Spec): Ctx {
  return {
    env: s.env,
    key: s.env.toLowerCase(),
    camel: camelOf(s.env),
    v: s.value,
    hdr: s.hdr ?? "Authorization: Bearer ",
    host: s.host ?? GENERIC_HOSTS[s.provider.split(/[ .']/)[0]!] ?? `api.${s.provider.split(/[ .']/)[0]!.toLowerCase().replace(/[^a-z0-9-]/g, "")}.com`,
    p: s.provider,
    svc: s.svc ?? s.provider.split(/[ .']/)[0]!.toLowerCase().replace(/[^a-z0-9]/g, ""),
  };
}

const J = (o: unknown) => JSON.stringify(o);
const J2 = (o: unknown) => JSON.stringify(o, null, 2);

export type Renderer = { name: string; f: (c: Ctx) => string };

export const RENDERERS: Renderer[] = [
  {
    name: "OpenAI chat body, pasted .env (JSON-escaped)",
    f: (c) =>
      J2({
        model: "gpt-4o",
        messages: [
          { role: "system", content: "You are a helpful coding assistant." },
          {
            role: "user",
            content: `Why does my app fail to start? Here's my .env:\n\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=debug\n${c.env}=${c.v}\nREDIS_HOST=localhost\n\nThe error is \"ECONNREFUSED\" on boot.`,
          },
        ],
        temperature: 0.2,
      }),
  },
  {
    name: "Anthropic tool_use write_file config.yaml",
    f: (c) =>
      J2({
        id: "msg_01",
        type: "message",
        role: "assistant",
        content: [
          { type: "text", text: "I'll write the config file with the credentials you provided." },
          {
            type: "tool_use",
            id: "toolu_01",
            name: "write_file",
            input: {
              path: "config/settings.yaml",
              content: `service:\n  name: ingest-worker\n  region: eu-west-1\n${c.svc}:\n  ${c.key}: \"${c.v}\"\n  timeout_ms: 15000\n`,
            },
          },
        ],
      }),
  },
  {
    name: "OpenAI tool_calls shell export (double-escaped)",
    f: (c) =>
      J2({
        role: "assistant",
        tool_calls: [
          {
            id: "call_1",
            type: "function",
            function: {
              name: "run_shell",
              arguments: J({ command: `export ${c.env}=\"${c.v}\" && npm run deploy -- --env=prod`, cwd: "/home/dev/app" }),
            },
          },
        ],
      }),
  },
  {
    name: "MCP tool result echoing a file",
    f: (c) =>
      J2({
        jsonrpc: "2.0",
        id: 7,
        result: {
          content: [
            {
              type: "text",
              text: `# deploy/secrets.env\n# managed by ops, do not commit\nAPP_NAME=billing\n${c.env}=${c.v}\nFEATURE_FLAGS=beta,metrics\n`,
            },
          ],
          isError: false,
        },
      }),
  },
  {
    name: "curl header",
    f: (c) =>
      `$ curl -sS https://${c.host}/v1/status \\\n  -H "${c.hdr}${c.v}" \\\n  -H "Content-Type: application/json" \\\n  -H "Accept: application/json"`,
  },
  {
    name: "URL query string",
    f: (c) => `GET https://${c.host}/v2/items?limit=50&${c.key}=${encodeURIComponent(c.v)}&format=json HTTP/1.1\nHost: ${c.host}\nUser-Agent: python-requests/2.32.3\nAccept: */*`,
  },
  {
    name: "HTTP raw request header",
    f: (c) =>
      `POST /v1/events HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: node-fetch/3.3.2\r\n${c.hdr}${c.v}\r\nContent-Type: application/json\r\nContent-Length: 42\r\n\r\n{"event":"deploy","status":"ok","n":3}`,
  },
  {
    name: "form-encoded body",
    f: (c) =>
      `POST /oauth/token HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-ingest&${c.key}=${encodeURIComponent(c.v)}&scope=read`,
  },
  {
    name: "multipart body",
    f: (c) =>
      `POST /upload HTTP/1.1\nHost: ${c.host}\nContent-Type: multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW\n\n------WebKitFormBoundary7MA4YWxkTrZu0gW\nContent-Disposition: form-data; name="${c.key}"\n\n${c.v}\n------WebKitFormBoundary7MA4YWxkTrZu0gW\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,20\n------WebKitFormBoundary7MA4YWxkTrZu0gW--`,
  },
  {
    name: "JSON request body",
    f: (c) =>
      `fetch("https://${c.host}/v1/connect", {\n  method: "POST",\n  headers: { "content-type": "application/json" },\n  body: ${J(J({ [c.camel]: c.v, workspace: "acme-prod", retries: 3 }))},\n});`,
  },
  {
    name: "docker-compose YAML",
    f: (c) =>
      `version: "3.9"\nservices:\n  api:\n    image: ghcr.io/acme/api:1.14.2\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n      - ${c.env}=${c.v}\n      - DATABASE_POOL=10\n    depends_on:\n      - db\n  db:\n    image: postgres:16`,
  },
  {
    name: "TOML config",
    f: (c) => `[app]\nname = "orders"\ndebug = false\n\n[${c.svc}]\n${c.key} = "${c.v}"\ntimeout = 30\n`,
  },
  {
    name: "INI config",
    f: (c) => `; service credentials\n[default]\nregion = us-east-1\noutput = json\n\n[${c.svc}]\n${c.key} = ${c.v}\nendpoint = https://${c.host}\n`,
  },
  {
    name: ".properties file",
    f: (c) => `# application-prod.properties\nserver.port=8443\nspring.profiles.active=prod\n${c.svc}.${c.camel}=${c.v}\nlogging.level.root=INFO\n`,
  },
  {
    name: "JSON config file",
    f: (c) => J2({ name: "edge-service", version: "2.3.0", integrations: { [c.svc]: { enabled: true, [c.camel]: c.v } }, logLevel: "warn" }),
  },
  {
    name: "Terraform HCL",
    f: (c) => `provider "aws" {\n  region = "us-east-1"\n}\n\nvariable "${c.key}" {\n  type      = string\n  sensitive = true\n  default   = "${c.v}"\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { version = "3" }\n}`,
  },
  {
    name: "XML appSettings",
    f: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${c.camel[0]!.toUpperCase() + c.camel.slice(1)}" value="${c.v}" />\n    <add key="RetryCount" value="3" />\n  </appSettings>\n</configuration>`,
  },
  {
    name: "Python SDK/env default",
    f: (c) => `import os\nimport requests\n\n${c.env} = os.environ.get("${c.env}", "${c.v}")\n\n\ndef client():\n    s = requests.Session()\n    s.headers["User-Agent"] = "acme-sync/1.2"\n    s.headers["${c.hdr.split(":")[0]}"] = ${c.hdr.includes("Bearer") ? `f"Bearer {${c.env}}"` : c.env}\n    return s\n`,
  },
  {
    name: "TypeScript env fallback",
    f: (c) => `import { z } from "zod";\n\nexport const config = {\n  port: Number(process.env.PORT ?? 3000),\n  ${c.camel}: process.env.${c.env} ?? "${c.v}",\n  region: process.env.REGION ?? "us-east-1",\n};\n\nexport const schema = z.object({ port: z.number() });\n`,
  },
  {
    name: "Go constant",
    f: (c) => `package integrations\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst default${c.camel[0]!.toUpperCase() + c.camel.slice(1)} = "${c.v}"\n\nfunc key() string {\n\tif v := os.Getenv("${c.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${c.camel[0]!.toUpperCase() + c.camel.slice(1)}\n}\n\nvar client = &http.Client{}\n`,
  },
  {
    name: "Java field",
    f: (c) => `package com.acme.integrations;\n\npublic final class Credentials {\n    private Credentials() {}\n\n    public static final String ${c.env} = "${c.v}";\n    public static final int TIMEOUT_SECONDS = 20;\n}\n`,
  },
  {
    name: "Ruby initializer",
    f: (c) => `# config/initializers/${c.svc}.rb\nRails.application.configure do\n  config.x.${c.key} = ENV.fetch("${c.env}", "${c.v}")\n  config.x.timeout = 10\nend\n`,
  },
  {
    name: "PHP config array",
    f: (c) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${c.key}' => env('${c.env}', '${c.v}'),\n    'timeout' => 30,\n];\n`,
  },
  {
    name: "C# options",
    f: (c) => `using System.Net.Http;\n\nvar http = new HttpClient();\nvar ${c.camel} = Environment.GetEnvironmentVariable("${c.env}") ?? "${c.v}";\nhttp.DefaultRequestHeaders.Add("${c.hdr.split(":")[0]}", ${c.hdr.includes("Bearer") ? `$"Bearer {${c.camel}}"` : c.camel});\n`,
  },
  {
    name: "Rust const",
    f: (c) => `use reqwest::Client;\n\nconst ${c.env}: &str = "${c.v}";\n\n#[tokio::main]\nasync fn main() -> anyhow::Result<()> {\n    let client = Client::new();\n    let _ = client.get("https://${c.host}/v1/ping").send().await?;\n    Ok(())\n}\n`,
  },
  {
    name: "jest test fixture",
    f: (c) => `import { describe, it, expect } from "vitest";\nimport { makeClient } from "../src/client";\n\n// integration test: uses the live ${c.p} (staging account was deleted)\nconst ${c.camel} = "${c.v}";\n\ndescribe("client", () => {\n  it("authenticates", async () => {\n    const cl = makeClient({ ${c.camel} });\n    expect(await cl.ping()).toBe(true);\n  });\n});\n`,
  },
  {
    name: "GitHub Actions CI log",
    f: (c) => `2026-12-03T10:14:22.1182013Z ##[group]Run ./scripts/deploy.sh\n2026-12-03T10:14:22.1183410Z + set -x\n2026-12-03T10:14:22.1190021Z + echo "using ${c.env}=${c.v}"\n2026-12-03T10:14:22.1190554Z using ${c.env}=${c.v}\n2026-12-03T10:14:23.5521877Z Deploying build 4821 to production...\n2026-12-03T10:14:31.0021990Z ##[endgroup]`,
  },
  {
    name: "shell history",
    f: (c) => `  501  cd ~/src/acme-api\n  502  git pull --rebase\n  503  export ${c.env}=${c.v}\n  504  make migrate\n  505  make run\n  506  history | tail`,
  },
  {
    name: "Python crash dump with locals",
    f: (c) => `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    resp = session.post(url, json=payload, timeout=10)\n  File "/srv/app/.venv/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${c.host}', port=443): Max retries exceeded\n\nLocals at frame sync.py:88:\n  url = 'https://${c.host}/v1/sync'\n  ${c.key} = '${c.v}'\n  payload = {'batch': 12, 'dry_run': False}`,
  },
  {
    name: "Jupyter notebook cell",
    f: (c) =>
      J2({
        cells: [
          { cell_type: "markdown", metadata: {}, source: ["## Load data\n"] },
          {
            cell_type: "code",
            execution_count: 3,
            metadata: {},
            outputs: [],
            source: ["import os\n", `os.environ["${c.env}"] = "${c.v}"\n`, "df = load_frame('events')\n"],
          },
        ],
        metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
        nbformat: 4,
        nbformat_minor: 5,
      }),
  },
  {
    name: "SQL seed insert",
    f: (c) => `-- seed integration credentials for staging clone\nINSERT INTO integration_settings (tenant_id, provider, setting_key, setting_value, created_at)\nVALUES\n  (42, '${c.svc}', '${c.key}', '${c.v}', NOW()),\n  (42, '${c.svc}', 'region', 'eu', NOW());`,
  },
  {
    name: "Markdown setup doc",
    f: (c) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the team credential below (ask in #platform before rotating):\n\n\`\`\`bash\n${c.env}=${c.v}\n\`\`\`\n\n3. Run \`make dev\`.`,
  },
  {
    name: "unified diff",
    f: (c) => `diff --git a/.env.production b/.env.production\nindex 3b18e51..9f2c4d7 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,4 +3,5 @@ APP_URL=https://app.acme.io\n LOG_LEVEL=info\n CACHE_TTL=300\n+${c.env}=${c.v}\n SENTRY_ENVIRONMENT=production`,
  },
  {
    name: "chat message to agent",
    f: (c) => J2({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `here's the ${c.p} key, wire it into the worker and redeploy: ${c.v}\nthanks!` }] }),
  },
  {
    name: "Kubernetes Secret stringData",
    f: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  ${c.env}: "${c.v}"\n  LOG_FORMAT: json`,
  },
  {
    name: "Dockerfile ENV",
    f: (c) => `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nENV NODE_ENV=production \\\n    ${c.env}=${c.v}\nEXPOSE 3000\nCMD ["node", "dist/server.js"]`,
  },
  {
    name: "GitHub Actions workflow env",
    f: (c) => `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${c.env}: ${c.v}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh`,
  },
];

/** Renders each spec through the next renderer in rotation. */
export function rotate(
  specs: Spec[],
  idPrefix: string,
  catPrefix: string,
  label: "positive" | "benign",
  offset = 0,
  fixedCategory?: string,
  rs: Renderer[] = RENDERERS,
): CorpusCase[] {
  return specs.map((s, i) => {
    const r = rs[(i + offset) % rs.length]!;
    return {
      id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: fixedCategory ?? `${catPrefix}-${s.group}`,
      label,
      text: r.f(ctxOf(s)),
      note: `${s.provider}; slot ${s.env}; context: ${r.name}`,
    };
  });
}
