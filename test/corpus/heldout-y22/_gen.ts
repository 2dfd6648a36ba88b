// Shared PRNG draws and context renderers for heldout-y22. Skipped by the loader (leading "_").
// Every credential-shaped value is assembled at run time: a prefix split into pieces plus a body
// drawn from mulberry32 with a fixed seed per file, so the repo never holds a literal credential.
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const URLB64 = AN + "_-";

export class Gen {
  private readonly r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  s(n: number, a: string = AN): string {
    let o = "";
    for (let i = 0; i < n; i++) o += a[this.int(a.length)];
    return o;
  }
  an(n: number): string { return this.s(n, AN); }
  hex(n: number): string { return this.s(n, HEX); }
  hexu(n: number): string { return this.s(n, HEXU); }
  dig(n: number): string { return this.s(n, DIG); }
  lo(n: number): string { return this.s(n, LO + DIG); }
  b64(n: number): string { return this.s(n, B64); }
  u64(n: number): string { return this.s(n, URLB64); }
  uuid(): string { return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`; }
  /** base64 of JSON-ish text so it starts like eyJ... */
  jwtPart(obj: object): string {
    return Buffer.from(JSON.stringify(obj)).toString("base64url");
  }
  jwt(payload: object): string {
    return [this.jwtPart({ alg: "HS256", typ: "JWT" }), this.jwtPart(payload), this.u64(43)].join(".");
  }
  word(): string { return this.pick(["orbit", "cedar", "falcon", "marlin", "quartz", "ember", "tundra", "harbor", "lumen", "vortex", "sable", "juniper"]); }
  pw(n = 20): string { return this.s(n, AN + "!#%^*_-"); }
}

/** Join prefix pieces (kept split in source) with a body. */
export const p = (...parts: string[]): string => parts.join("");

export type Pair = [key: string, value: string];

export interface Ctx {
  pairs: Pair[];
  provider: string;
  host: string;
  header: string; // e.g. "Authorization: Bearer " or "X-Api-Key: "
  g: Gen;
  ml: boolean; // value contains newlines
}

const J = (s: string) => JSON.stringify(s);
const camel = (k: string) => k.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const kebab = (k: string) => k.toLowerCase().replace(/_/g, "-");
const dotted = (k: string) => k.toLowerCase().replace(/_/g, ".");
const envFile = (c: Ctx) => ["NODE_ENV=production", "PORT=8080", "LOG_LEVEL=info", ...c.pairs.map(([k, v]) => `${k}=${c.ml ? J(v) : v}`), "FEATURE_FLAGS=search,beta-ui"].join("\n");
const first = (c: Ctx): Pair => c.pairs[0]!;

export interface Renderer {
  name: string;
  ml: boolean; // handles multi-line values
  http: boolean; // puts the first value in an HTTP header
  render: (c: Ctx) => string;
}

export const renderers: Renderer[] = [
  { name: "openai chat body with pasted .env", ml: true, http: false, render: (c) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "system", content: "You are a senior engineer helping debug deployments." }, { role: "user", content: `Why does the worker crash on boot? Here's my .env:\n\n\`\`\`\n${envFile(c)}\n\`\`\`` }], temperature: 0.2 }, null, 2) },
  { name: "anthropic messages body with pasted log", ml: false, http: false, render: (c) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `deploy failed, log below\n\n2026-11-03T09:14:22Z INFO  boot: loading config from env\n${c.pairs.map(([k, v]) => `2026-11-03T09:14:22Z DEBUG config: ${k}=${v}`).join("\n")}\n2026-11-03T09:14:23Z ERROR ${c.provider} client: request timed out after 30000ms\n2026-11-03T09:14:23Z INFO  shutdown: exit code 1` }] }) },
  { name: "anthropic tool_use write_file .env", ml: true, http: false, render: (c) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll create the local env file with the values you gave me." }, { type: "tool_use", id: "toolu_01" + c.g.an(22), name: "write_file", input: { path: ".env.local", content: envFile(c) + "\n" } }] }) },
  { name: "openai tool_calls shell export", ml: false, http: false, render: (c) => JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + c.g.an(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${c.pairs.map(([k, v]) => `export ${k}='${v}'`).join(" && ")} && npm run migrate` }) } }] }) },
  { name: "MCP tool result echoing config file", ml: true, http: false, render: (c) => JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `# config/secrets.yml\nproduction:\n${c.pairs.map(([k, v]) => `  ${k.toLowerCase()}: ${J(v)}`).join("\n")}\n  region: eu-west-1\n` }], isError: false } }) },
  { name: "curl header", ml: false, http: true, render: (c) => `$ curl -sS https://${c.host}/v1/status \\\n  -H '${c.header}${first(c)[1]}' \\\n  -H 'Accept: application/json'\n{"ok":true,"region":"us-east-1"}` },
  { name: "curl POST JSON body", ml: false, http: false, render: (c) => `curl -X POST https://${c.host}/api/connect \\\n  -H "Content-Type: application/json" \\\n  -d '${JSON.stringify(Object.fromEntries(c.pairs.map(([k, v]) => [camel(k), v])))}'` },
  { name: "raw HTTP request header", ml: false, http: true, render: (c) => `POST /v2/events HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: python-requests/2.32.3\r\n${c.header}${first(c)[1]}\r\nContent-Type: application/json\r\nContent-Length: 41\r\n\r\n{"event":"deploy","service":"billing-api"}` },
  { name: "HTTP GET query string", ml: false, http: false, render: (c) => `GET /api/v1/report?${c.pairs.map(([k, v]) => `${k.toLowerCase()}=${encodeURIComponent(v)}`).join("&")}&format=json HTTP/1.1\nHost: ${c.host}\nAccept: */*` },
  { name: "form-urlencoded body", ml: false, http: false, render: (c) => `POST /oauth/token HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${c.pairs.map(([k, v]) => `${k.toLowerCase()}=${encodeURIComponent(v)}`).join("&")}&scope=read` },
  { name: "multipart form", ml: true, http: false, render: (c) => { const b = "----WebKitFormBoundary" + c.g.an(16); return `POST /upload HTTP/1.1\nHost: ${c.host}\nContent-Type: multipart/form-data; boundary=${b}\n\n${c.pairs.map(([k, v]) => `--${b}\nContent-Disposition: form-data; name="${k.toLowerCase()}"\n\n${v}`).join("\n")}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,amount\n1,20\n--${b}--`; } },
  { name: "YAML app config", ml: true, http: false, render: (c) => `# config/production.yaml\nserver:\n  port: 8080\n  host: 0.0.0.0\n${c.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}:\n${c.pairs.map(([k, v]) => c.ml ? `  ${k.toLowerCase()}: |\n${v.split("\n").map((l) => "    " + l).join("\n")}` : `  ${k.toLowerCase()}: "${v}"`).join("\n")}\n  timeout_ms: 5000\nlogging:\n  level: info` },
  { name: "docker-compose environment", ml: false, http: false, render: (c) => `services:\n  api:\n    image: ghcr.io/acme/api:1.14.2\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n${c.pairs.map(([k, v]) => `      - ${k}=${v}`).join("\n")}\n    depends_on:\n      - db` },
  { name: "k8s Secret stringData", ml: true, http: false, render: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${kebab(c.provider.replace(/[^A-Za-z0-9]+/g, "_"))}-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n${c.pairs.map(([k, v]) => c.ml ? `  ${k}: |\n${v.split("\n").map((l) => "    " + l).join("\n")}` : `  ${k}: "${v}"`).join("\n")}` },
  { name: "TOML config", ml: false, http: false, render: (c) => `[app]\nname = "ledger"\nenv = "production"\n\n[${c.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${c.pairs.map(([k, v]) => `${k.toLowerCase()} = "${v}"`).join("\n")}\nretries = 3` },
  { name: "INI config", ml: false, http: false, render: (c) => `; settings.ini\n[general]\ndebug = false\n\n[${c.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${c.pairs.map(([k, v]) => `${k.toLowerCase()} = ${v}`).join("\n")}\nendpoint = https://${c.host}` },
  { name: "Java .properties", ml: false, http: false, render: (c) => `# application-prod.properties\nspring.application.name=orders\nserver.port=8080\n${c.pairs.map(([k, v]) => `${dotted(k)}=${v}`).join("\n")}\nlogging.level.root=INFO` },
  { name: "JSON config", ml: true, http: false, render: (c) => JSON.stringify({ name: "sync-service", version: "2.3.0", integrations: { [c.provider.toLowerCase()]: { ...Object.fromEntries(c.pairs.map(([k, v]) => [camel(k), v])), enabled: true } } }, null, 2) },
  { name: "Terraform HCL", ml: false, http: false, render: (c) => `# terraform.tfvars\nregion      = "us-east-1"\nenvironment = "prod"\n${c.pairs.map(([k, v]) => `${k.toLowerCase()} = "${v}"`).join("\n")}\ninstance_count = 3` },
  { name: "XML appSettings", ml: false, http: false, render: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${c.pairs.map(([k, v]) => `    <add key="${k}" value="${v}" />`).join("\n")}\n  </appSettings>\n</configuration>` },
  { name: "Python env default", ml: false, http: false, render: (c) => `import os\nimport httpx\n\n${c.pairs.map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`).join("\n")}\n\nclient = httpx.Client(base_url="https://${c.host}", headers={"Authorization": f"Bearer {${first(c)[0]}}"})\n\ndef ping():\n    return client.get("/health").json()` },
  { name: "TypeScript SDK constructor", ml: false, http: false, render: (c) => `import { createClient } from "./lib/${kebab(c.provider.replace(/[^A-Za-z0-9]+/g, "_"))}";\n\nexport const client = createClient({\n${c.pairs.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n  timeout: 10_000,\n});` },
  { name: "Go client", ml: false, http: false, render: (c) => `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\n${c.pairs.map(([k, v]) => `const default${camel(k).replace(/^./, (x) => x.toUpperCase())} = "${v}"`).join("\n")}\n\nfunc newRequest() (*http.Request, error) {\n\treq, err := http.NewRequest("GET", "https://${c.host}/v1/me", nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treq.Header.Set("Authorization", "Bearer "+default${camel(first(c)[0]).replace(/^./, (x) => x.toUpperCase())})\n\t_ = os.Getenv\n\treturn req, nil\n}` },
  { name: "Java constant", ml: false, http: false, render: (c) => `package com.acme.integration;\n\npublic final class Credentials {\n${c.pairs.map(([k, v]) => `    public static final String ${k} = "${v}";`).join("\n")}\n\n    private Credentials() {}\n}` },
  { name: "C# options", ml: false, http: false, render: (c) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.Configure<IntegrationOptions>(o =>\n{\n${c.pairs.map(([k, v]) => `    o.${camel(k).replace(/^./, (x) => x.toUpperCase())} = "${v}";`).join("\n")}\n    o.Endpoint = new Uri("https://${c.host}");\n});\nvar app = builder.Build();` },
  { name: "Ruby initializer", ml: false, http: false, render: (c) => `# config/initializers/${c.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}.rb\nRails.application.configure do\n${c.pairs.map(([k, v]) => `  config.x.${k.toLowerCase()} = ENV.fetch("${k}", "${v}")`).join("\n")}\nend` },
  { name: "PHP config array", ml: false, http: false, render: (c) => `<?php\n\nreturn [\n    'driver' => '${c.provider.toLowerCase().replace(/[^a-z0-9]+/g, "")}',\n${c.pairs.map(([k, v]) => `    '${k.toLowerCase()}' => env('${k}', '${v}'),`).join("\n")}\n    'timeout' => 30,\n];` },
  { name: "Rust const", ml: false, http: false, render: (c) => `use reqwest::Client;\n\n${c.pairs.map(([k, v]) => `const ${k}: &str = "${v}";`).join("\n")}\n\nasync fn fetch(client: &Client) -> reqwest::Result<String> {\n    client.get("https://${c.host}/v1/items").bearer_auth(${first(c)[0]}).send().await?.text().await\n}` },
  { name: "GitHub Actions CI log", ml: false, http: false, render: (c) => `2026-10-21T13:02:11.4419021Z ##[group]Run ./scripts/deploy.sh\n2026-10-21T13:02:11.4419876Z + set -x\n${c.pairs.map(([k, v]) => `2026-10-21T13:02:11.4421${c.g.dig(3)}Z + ${k}=${v}`).join("\n")}\n2026-10-21T13:02:12.0031002Z + ./bin/cli deploy --env prod\n2026-10-21T13:02:14.8810410Z Deployed revision 4812 to prod\n2026-10-21T13:02:14.8812201Z ##[endgroup]` },
  { name: "shell history", ml: false, http: false, render: (c) => `  501  git pull --rebase\n  502  npm ci\n${c.pairs.map(([k, v], i) => `  ${503 + i}  export ${k}=${v}`).join("\n")}\n  510  npm run dev\n  511  history | tail` },
  { name: "Python traceback with locals", ml: false, http: false, render: (c) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line 88, in run\n    resp = session.post(url, json=payload, timeout=10)\n  File "/usr/local/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\n    return self.request("POST", url, data=data, json=json, **kwargs)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${c.host}', port=443)\n\nLocals at frame run:\n    url = 'https://${c.host}/v1/sync'\n${c.pairs.map(([k, v]) => `    ${k.toLowerCase()} = '${v}'`).join("\n")}\n    payload = {'batch': 42}` },
  { name: "Jupyter notebook cell", ml: false, http: false, render: (c) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", ...c.pairs.map(([k, v]) => `os.environ[\"${k}\"] = \"${v}\"\n`), "df = load_data()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", ml: false, http: false, render: (c) => `-- seeds/integrations.sql\nINSERT INTO integrations (id, provider, config_key, config_value, created_at) VALUES\n${c.pairs.map(([k, v], i) => `  (${101 + i}, '${c.provider.toLowerCase()}', '${k.toLowerCase()}', '${v}', NOW())`).join(",\n")};` },
  { name: "Markdown setup doc", ml: true, http: false, render: (c) => `## Local setup\n\n1. Copy the values below into \`.env\` (ask in #platform if they rotate):\n\n\`\`\`bash\n${c.pairs.map(([k, v]) => `${k}=${c.ml ? J(v) : v}`).join("\n")}\n\`\`\`\n\n2. Run \`make dev\` and open http://localhost:3000.` },
  { name: "unified diff", ml: false, http: false, render: (c) => `diff --git a/config/settings.py b/config/settings.py\nindex 3f2a1c9..8b7e0d4 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,6 +12,${6 + c.pairs.length} @@ DATABASES = {\n TIME_ZONE = "UTC"\n USE_TZ = True\n \n+${c.pairs.map(([k, v]) => `${k} = "${v}"`).join("\n+")}\n STATIC_URL = "/static/"` },
  { name: "chat message", ml: false, http: false, render: (c) => JSON.stringify({ model: "gpt-4.1-mini", messages: [{ role: "user", content: `hey can you check why ${c.provider} keeps returning 401? i'm using ${c.pairs.map(([k, v]) => `${k.toLowerCase()} ${v}`).join(" and ")} — it worked yesterday` }] }) },
  { name: "jest test fixture", ml: false, http: false, render: (c) => `import { describe, it, expect } from "vitest";\nimport { buildClient } from "../src/client";\n\ndescribe("client", () => {\n  it("signs requests", async () => {\n    const client = buildClient({\n${c.pairs.map(([k, v]) => `      ${camel(k)}: "${v}",`).join("\n")}\n    });\n    expect(await client.ping()).toBe(true);\n  });\n});` },
  { name: "Dockerfile ENV", ml: false, http: false, render: (c) => `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\n${c.pairs.map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nEXPOSE 8080\nCMD ["node", "dist/server.js"]` },
  { name: "docker run -e", ml: false, http: false, render: (c) => `docker run -d --name worker \\\n${c.pairs.map(([k, v]) => `  -e ${k}=${v} \\`).join("\n")}\n  -p 9000:9000 ghcr.io/acme/worker:latest` },
];

export interface Spec {
  group: string;
  provider: string;
  host: string;
  pairs: (g: Gen) => Pair[];
  header?: string;
  noHttp?: boolean;
  /** renderer names this spec must not go through */
  skip?: string[];
  n?: number;
}

/** Rotate each spec through the renderers; one case per (spec, draw). */
export function build(opts: { seed: number; idPrefix: string; category: (group: string) => string; label: "positive" | "benign"; specs: Spec[]; start?: number }): CorpusCase[] {
  const g = new Gen(opts.seed);
  const out: CorpusCase[] = [];
  let rot = opts.start ?? 0;
  let n = 0;
  for (const s of opts.specs) {
    for (let k = 0; k < (s.n ?? 1); k++) {
      const pairs = s.pairs(g);
      const ml = pairs.some(([, v]) => v.includes("\n"));
      let r = renderers[rot % renderers.length]!;
      while ((ml && !r.ml) || (s.noHttp && r.http) || (s.skip ?? []).includes(r.name)) r = renderers[++rot % renderers.length]!;
      rot++;
      const text = r.render({ pairs, provider: s.provider, host: s.host, header: s.header ?? "Authorization: Bearer ", g, ml });
      n++;
      out.push({
        id: `${opts.idPrefix}-${String(n).padStart(3, "0")}`,
        kind: "secrets",
        category: opts.category(s.group),
        label: opts.label,
        text,
        note: `${s.provider}: ${pairs.map(([k]) => k).join(" + ")} in ${r.name}`,
      });
    }
  }
  return out;
}
