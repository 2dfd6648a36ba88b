// Shared PRNG-driven builders and context renderers for heldout-y88 (skipped by the loader).
// Every credential-shaped value is assembled at run time: shapes are written with "|" splitting
// the literal prefix and {Cn} placeholders (n chars of alphabet C) drawn from mulberry32.
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DI = "0123456789";
const AL: Record<string, string> = {
  A: UP + LO + DI,
  H: "0123456789abcdef",
  X: "0123456789ABCDEF",
  a: LO + DI,
  U: UP + DI,
  D: DI,
  B: UP + LO + DI + "+/",
  b: UP + LO + DI + "_-",
  L: LO,
  Z: UP + "234567",
  Q: "qpzry9x8gf2tvdw0s3jn54khce6mua7l",
};

export type Shape = string | ((g: Gen) => string);

export interface Spec {
  /** provider and credential name */
  p: string;
  /** group suffix of the category */
  g: string;
  /** env var / slot name */
  env: string;
  shape: Shape;
  /** full header prefix, e.g. "X-Api-Key: "; default "Authorization: Bearer " */
  hdr?: string;
  /** API host used by the HTTP renderers */
  host?: string;
}

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
  s(n: number, alph: string): string {
    let o = "";
    for (let i = 0; i < n; i++) o += alph[this.int(alph.length)];
    return o;
  }
  tok(shape: Shape): string {
    if (typeof shape === "function") return shape(this);
    return shape.replace(/\{([A-Za-z])(\d+)\}/g, (_, c: string, n: string) => this.s(Number(n), AL[c]!)).replace(/\|/g, "");
  }
  hex(n: number): string {
    return this.s(n, AL.H!);
  }
  uuid(): string {
    return this.tok("{H8}-{H4}-4{H3}-a{H3}-{H12}");
  }
  b64(nBytes: number): string {
    const b = new Uint8Array(nBytes);
    for (let i = 0; i < nBytes; i++) b[i] = this.int(256);
    return Buffer.from(b).toString("base64");
  }
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    const e = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [e({ alg, typ: "JWT" }), e(payload), this.tok("{b43}")].join(".");
  }
  pem(label: string, nBytes: number): string {
    const body = this.b64(nBytes).replace(/(.{64})/g, "$1\n").trim();
    const d = "-----";
    return `${d}BEGIN ${label}${d}\n${body}\n${d}END ${label}${d}`;
  }
}

export interface Ctx {
  p: string;
  env: string;
  key: string;
  camel: string;
  val: string;
  hdr: string;
  host: string;
  g: Gen;
}

const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const slug = (p: string) => p.toLowerCase().split(/[ (/]/)[0]!.replace(/[^a-z0-9]/g, "");

export function ctxOf(g: Gen, s: { p: string; env: string; hdr?: string; host?: string }, val: string): Ctx {
  return {
    p: s.p,
    env: s.env,
    key: s.env.toLowerCase(),
    camel: camel(s.env),
    val,
    hdr: s.hdr ?? "Authorization: Bearer ",
    host: s.host ?? `api.${slug(s.p)}.com`,
    g,
  };
}

type R = [name: string, kv: boolean, fn: (c: Ctx) => string];

/** Context renderers. kv=true: the value sits in a named slot (safe to reuse for benign values). */
export const RENDERERS: R[] = [
  ["OpenAI chat body, pasted .env (JSON-escaped)", true, (c) =>
    JSON.stringify({ model: "gpt-4o", temperature: 0.2, messages: [
      { role: "system", content: "You are a senior engineer helping debug a Node.js service." },
      { role: "user", content: `The service crashes on boot. Here's my .env:\n\n\`\`\`\nNODE_ENV=production\nPORT=8080\nDATABASE_POOL=10\n${c.env}=${c.val}\nLOG_LEVEL=debug\n\`\`\`\n\nAnd the error is \"ECONNRESET\" right after startup. Any idea?` },
    ] }, null, 2)],
  ["Anthropic tool_use write_file (.env.local)", true, (c) =>
    JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 8192, messages: [
      { role: "user", content: "Create the local env file so I can run the dev server." },
      { role: "assistant", content: [
        { type: "text", text: "I'll write `.env.local` with the values from your message." },
        { type: "tool_use", id: `toolu_01${c.g.tok("{A22}")}`, name: "write_file", input: { path: ".env.local", content: `# local dev\nNEXT_PUBLIC_APP_URL=http://localhost:3000\n${c.env}=${c.val}\nFEATURE_FLAGS=beta,search\n` } },
      ] },
    ] })],
  ["OpenAI tool_calls run_shell export (double-escaped)", true, (c) =>
    JSON.stringify({ id: `chatcmpl-${c.g.tok("{A29}")}`, object: "chat.completion", choices: [{ index: 0, finish_reason: "tool_calls", message: { role: "assistant", content: null,
      tool_calls: [{ id: `call_${c.g.tok("{A24}")}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${c.env}="${c.val}" && npm run deploy -- --prod`, cwd: "/home/dev/app" }) } }] } }] })],
  ["MCP tools/call result echoing config.yaml", true, (c) =>
    JSON.stringify({ jsonrpc: "2.0", id: 14, result: { content: [{ type: "text", text: `# config/app.yaml\nservice:\n  name: orders-api\n  region: eu-west-1\nintegrations:\n  ${c.key}: \"${c.val}\"\n  timeout_ms: 5000\n` }], isError: false } })],
  ["curl command with auth header", false, (c) =>
    `$ curl -sS -X POST https://${c.host}/v1/jobs \\\n  -H "${c.hdr}${c.val}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"nightly-sync","limit":50}'`],
  ["raw HTTP request, header", false, (c) =>
    `GET /v2/resources?page=2&per_page=100 HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: python-requests/2.32.3\r\nAccept: application/json\r\n${c.hdr}${c.val}\r\nX-Request-Id: ${c.g.uuid()}\r\n\r\n`],
  ["HTTP request, JSON body", true, (c) =>
    `POST /v1/integrations HTTP/1.1\nHost: internal.example-corp.net\nContent-Type: application/json\n\n${JSON.stringify({ provider: c.p, [c.key]: c.val, enabled: true }, null, 2)}`],
  ["URL query string in access log", true, (c) =>
    `10.0.4.17 - - [06/Dec/2026:09:41:22 +0000] "GET /v1/fetch?${c.key}=${encodeURIComponent(c.val)}&format=json HTTP/1.1" 200 5123 "-" "node-fetch/3.3.2"`],
  ["form-urlencoded POST body", true, (c) =>
    `POST /oauth/setup HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\naccount=ops-team&${c.key}=${encodeURIComponent(c.val)}&scope=read+write`],
  ["multipart form field", true, (c) =>
    `--------------------------d74496d66958873e\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\n1,20\r\n--------------------------d74496d66958873e\r\nContent-Disposition: form-data; name="${c.key}"\r\n\r\n${c.val}\r\n--------------------------d74496d66958873e--`],
  ["YAML app config", true, (c) =>
    `# settings.production.yaml\napp:\n  name: ledger\n  debug: false\nclients:\n  ${c.camel}:\n    base_url: https://${c.host}\n    ${c.key}: ${c.val}\n    retries: 3\n`],
  ["TOML config", true, (c) =>
    `[server]\nhost = "0.0.0.0"\nport = 9000\n\n[providers.${c.camel}]\nendpoint = "https://${c.host}"\n${c.key} = "${c.val}"\nmax_retries = 5\n`],
  ["INI config", true, (c) =>
    `; deploy.ini\n[default]\nregion = us-east-1\noutput = json\n\n[integration]\n${c.key} = ${c.val}\nverify_ssl = true\n`],
  [".properties file", true, (c) =>
    `# application-prod.properties\nspring.application.name=catalog\nserver.port=8443\nintegration.${c.camel}.url=https://${c.host}\nintegration.${c.camel}.${c.camel}=${c.val}\nlogging.level.root=INFO\n`],
  ["JSON config file", true, (c) =>
    JSON.stringify({ name: "worker", version: "2.4.1", env: "production", secrets: { [c.camel]: c.val }, queue: { concurrency: 8 } }, null, 2)],
  ["HCL terraform tfvars", true, (c) =>
    `# terraform.tfvars\nproject     = "platform-prod"\nregion      = "us-central1"\n${c.key} = "${c.val}"\nnode_count  = 3\n`],
  ["XML appSettings", true, (c) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${c.env}" value="${c.val}" />\n    <add key="CacheSeconds" value="300" />\n  </appSettings>\n</configuration>`],
  ["Python SDK client with env default", true, (c) =>
    `import os\nimport httpx\n\n${c.env} = os.environ.get("${c.env}", "${c.val}")\n\nclient = httpx.Client(base_url="https://${c.host}", timeout=30)\n\ndef sync():\n    return client.get("/v1/items", params={"limit": 100}).json()\n`],
  ["TypeScript module constant", true, (c) =>
    `import axios from "axios";\n\nconst ${c.camel} = process.env.${c.env} ?? "${c.val}";\n\nexport const api = axios.create({\n  baseURL: "https://${c.host}",\n  timeout: 10_000,\n});\n`],
  ["Go config struct literal", true, (c) =>
    `package config\n\nvar Default = Config{\n\tBaseURL: "https://${c.host}",\n\t${c.camel[0]!.toUpperCase() + c.camel.slice(1)}: "${c.val}",\n\tTimeout: 30 * time.Second,\n}\n`],
  ["Java Spring @Value default", true, (c) =>
    `@Configuration\npublic class IntegrationConfig {\n    @Value("\${${c.key}:${c.val}}")\n    private String ${c.camel};\n\n    @Bean\n    public RestClient client() {\n        return RestClient.builder().baseUrl("https://${c.host}").build();\n    }\n}\n`],
  ["C# options default", true, (c) =>
    `public class IntegrationOptions\n{\n    public string BaseUrl { get; set; } = "https://${c.host}";\n    public string ${c.camel[0]!.toUpperCase() + c.camel.slice(1)} { get; set; } = "${c.val}";\n    public int TimeoutSeconds { get; set; } = 30;\n}\n`],
  ["Ruby initializer", true, (c) =>
    `# config/initializers/integration.rb\nRails.application.configure do\n  config.x.integration.url = "https://${c.host}"\n  config.x.integration.${c.key} = ENV.fetch("${c.env}", "${c.val}")\nend\n`],
  ["PHP config array", true, (c) =>
    `<?php\n\nreturn [\n    'url' => 'https://${c.host}',\n    '${c.key}' => env('${c.env}', '${c.val}'),\n    'timeout' => 15,\n];\n`],
  ["Rust const", true, (c) =>
    `use std::time::Duration;\n\nconst BASE_URL: &str = "https://${c.host}";\nconst ${c.env}: &str = "${c.val}";\nconst TIMEOUT: Duration = Duration::from_secs(20);\n`],
  ["GitHub Actions log with echoed value", true, (c) =>
    `2026-12-06T08:12:01.4410123Z ##[group]Run ./scripts/deploy.sh\n2026-12-06T08:12:01.4412201Z + set -x\n2026-12-06T08:12:01.4498810Z + ${c.env}=${c.val}\n2026-12-06T08:12:01.4501122Z + ./bin/release --env production\n2026-12-06T08:12:02.0113930Z release: uploading artifacts (3 files)\n2026-12-06T08:12:04.9921003Z ##[endgroup]`],
  ["shell history", true, (c) =>
    `  501  cd ~/src/backend\n  502  git pull --rebase\n  503  export ${c.env}='${c.val}'\n  504  make migrate\n  505  docker compose up -d\n`],
  ["Python traceback with locals", true, (c) =>
    `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    resp = client.post(url, headers=headers)\nhttpx.ConnectTimeout: timed out\n\nLocals at frame run:\n    url = 'https://${c.host}/v1/sync'\n    ${c.key} = '${c.val}'\n    attempt = 3\n`],
  ["Jupyter notebook cell", true, (c) =>
    JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ[\"${c.env}\"] = \"${c.val}\"\n`, "df = load_dataset('events')\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1)],
  ["SQL seed insert", true, (c) =>
    `-- seed integrations\nINSERT INTO integration_credentials (tenant_id, provider, secret_name, secret_value, created_at)\nVALUES (42, '${c.p.replace(/'/g, "")}', '${c.key}', '${c.val}', NOW());\n`],
  ["Markdown setup doc", true, (c) =>
    `## Local setup\n\n1. Copy the sample env: \`cp .env.example .env\`\n2. Set the integration credential (shared team value):\n\n\`\`\`bash\n${c.env}=${c.val}\n\`\`\`\n\n3. Run \`make dev\`.\n`],
  ["unified diff", true, (c) =>
    `diff --git a/deploy/values.env b/deploy/values.env\nindex 3f2a1c4..9b7e0d2 100644\n--- a/deploy/values.env\n+++ b/deploy/values.env\n@@ -3,4 +3,5 @@ APP_ENV=production\n REPLICAS=3\n-${c.env}=\n+${c.env}=${c.val}\n METRICS=true\n`],
  ["chat message from teammate", true, (c) =>
    JSON.stringify({ model: "gpt-4.1-mini", messages: [{ role: "user", content: `Forwarding from Slack (#deploys): \"hey, prod ${c.p} creds rotated, new one is ${c.val} - update ${c.env} in the vault pls\". Can you write a migration note for this?` }] })],
  ["docker-compose environment", true, (c) =>
    `services:\n  api:\n    image: ghcr.io/acme/api:1.9.2\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n      - ${c.env}=${c.val}\n    depends_on: [db]\n`],
  ["Kubernetes Secret stringData", true, (c) =>
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n  ${c.env}: "${c.val}"\n`],
  ["Dockerfile ENV", true, (c) =>
    `FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nENV ${c.env}=${c.val}\nCOPY . .\nCMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]\n`],
];

export const KV_RENDERERS = RENDERERS.filter((r) => r[1]);

/** Render every spec `times` times, rotating through the renderers from offset `start`. */
export function build(seed: number, prefix: string, specs: Spec[], times: number, start = 0): CorpusCase[] {
  const g = new Gen(seed);
  const out: CorpusCase[] = [];
  let k = start;
  for (let t = 0; t < times; t++) {
    for (const s of specs) {
      const r = RENDERERS[k % RENDERERS.length]!;
      k += 7; // stride coprime with the renderer count spreads contexts per provider
      const val = g.tok(s.shape);
      out.push({
        id: `${prefix}-${String(out.length + 1).padStart(3, "0")}`,
        kind: "secrets",
        category: `heldouty88-sec-${s.g}`,
        label: "positive",
        text: r[2](ctxOf(g, s, val)),
        note: `${s.p} (${s.env}) in ${r[0]}`,
      });
    }
  }
  return out;
}
