// Shared PRNG helpers and context renderers for heldout-y35 (skipped by the loader: starts with "_").
// Every credential-shaped value is assembled at run time from a seeded mulberry32 stream.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
const AN = UP + LO + DG;

export class Gen extends SeededRng {
  a(n: number) { return this.str(n, AN); }
  h(n: number) { return this.str(n, "0123456789abcdef"); }
  H(n: number) { return this.str(n, "0123456789ABCDEF"); }
  d(n: number) { return this.str(n, DG); }
  lc(n: number) { return this.str(n, LO + DG); }
  uc(n: number) { return this.str(n, UP + DG); }
  u(n: number) { return this.str(n, AN + "_-"); }
  b64(n: number) { return this.str(n, AN + "+/"); }
  uuid() { return [this.h(8), this.h(4), "4" + this.h(3), this.pick(["8", "9", "a", "b"]) + this.h(3), this.h(12)].join("-"); }
  jwt(payload: object) {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.u(43)].join(".");
  }
  pem(label: string, lines: number) {
    const body: string[] = [];
    for (let i = 0; i < lines; i++) body.push(this.b64(64));
    body.push(this.b64(this.range(20, 60)) + "==");
    return ["-----BEGIN " + label + "-----", ...body, "-----END " + label + "-----"].join("\n");
  }
}

/** A provider/credential spec: group, provider, slot name (env-var style), value builder. */
export type Spec = [group: string, provider: string, slot: string, make: (g: Gen) => string];

const q = (s: string) => JSON.stringify(s);
const lower = (n: string) => n.toLowerCase();
const camel = (n: string) => lower(n).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const host = (n: string) => lower(n.split("_")[0] ?? "api") + ".example-corp.io";

/** A renderer: (slot, value, gen) -> [context name, text]. */
export type Renderer = (n: string, v: string, g: Gen) => [string, string];

export const renderers: Renderer[] = [
  (n, v, g) => ["LLM chat body with pasted .env", JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `my app won't start locally, here is my .env:\n\nNODE_ENV=development\nPORT=3000\n${n}=${v}\nLOG_LEVEL=debug\n\nerror is ECONNREFUSED, any idea?` }] }, null, 2)],
  (n, v, g) => ["Anthropic tool_use write_file", JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll create the config file." }, { type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "config/.env.production", content: `APP_NAME=billing\n${n}=${v}\nREGION=eu-west-1\n` } }] }, null, 2)],
  (n, v, g) => ["OpenAI tool_calls shell export", JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + g.a(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${n}="${v}" && npm run deploy` }) } }] }, null, 2)],
  (n, v, g) => ["MCP tool result echoed back", JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text: `$ cat deploy/secrets.env\n# rotated 2026-10\n${n}=${v}\nFEATURE_FLAGS=beta,search\n` }], isError: false } }, null, 2)],
  (n, v) => ["curl command header", `curl -sS -X POST https://${host(n)}/v1/jobs \\\n  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer ${v}" \\\n  -d '{"name":"nightly-sync","cron":"0 3 * * *"}'`],
  (n, v, g) => ["raw HTTP request header", `POST /api/v2/events HTTP/1.1\r\nHost: ${host(n)}\r\nUser-Agent: python-requests/2.32.3\r\nAccept: */*\r\nX-Api-Key: ${v}\r\nContent-Type: application/json\r\nContent-Length: ${g.range(40, 300)}\r\n\r\n{"event":"signup","user_id":${g.d(6)}}`],
  (n, v, g) => ["URL query string in a fetch log", `[fetch] GET https://${host(n)}/v1/search?q=invoices&limit=50&${lower(n)}=${encodeURIComponent(v)} -> 200 (${g.range(40, 900)}ms)`],
  (n, v) => ["form-encoded body", `POST /oauth/token HTTP/1.1\nHost: ${host(n)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-reporting&${lower(n)}=${encodeURIComponent(v)}&scope=read`],
  (n, v, g) => { const b = "----WebKitFormBoundary" + g.a(16); return ["multipart upload", `POST /upload HTTP/1.1\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${lower(n)}"\n\n${v}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,amount\n1,20.00\n--${b}--`]; },
  (n, v, g) => ["JSON request body", JSON.stringify({ integration: "warehouse-sync", enabled: true, credentials: { [camel(n)]: v }, retries: g.range(1, 5) }, null, 2)],
  (n, v) => ["YAML config", `# config/production.yaml\nserver:\n  port: 8080\n  workers: 4\nintegrations:\n  ${lower(n.split("_")[0] ?? "svc")}:\n    enabled: true\n    ${lower(n)}: "${v}"\n    timeout: 30s\n`],
  (n, v) => ["TOML config", `[app]\nname = "ledger"\nenv = "prod"\n\n[secrets]\n${lower(n)} = "${v}"\n\n[database]\npool = 10\n`],
  (n, v) => ["INI config", `[default]\nregion = us-east-1\noutput = json\n\n[integration]\n${lower(n)} = ${v}\nverify_ssl = true\n`],
  (n, v) => ["Java .properties", `# application-prod.properties\nspring.application.name=orders\nserver.port=8443\napp.${camel(n)}=${v}\nlogging.level.root=INFO\n`],
  (n, v) => ["JSON config file", `{\n  "name": "worker",\n  "version": "2.4.1",\n  "settings": {\n    "${camel(n)}": "${v}",\n    "concurrency": 8\n  }\n}\n`],
  (n, v) => ["Terraform HCL", `resource "kubernetes_secret" "app" {\n  metadata {\n    name      = "app-secrets"\n    namespace = "prod"\n  }\n  data = {\n    ${n} = "${v}"\n  }\n}\n`],
  (n, v) => ["XML config", `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${n}" value="${v}" />\n  </appSettings>\n</configuration>\n`],
  (n, v) => ["Python code", `import os\nimport httpx\n\n${n} = os.environ.get("${n}", "${v}")\n\nclient = httpx.Client(base_url="https://${host(n)}", headers={"Authorization": f"Bearer {${n}}"})\n\ndef list_items():\n    return client.get("/v1/items").json()\n`],
  (n, v) => ["TypeScript code", `import axios from "axios";\n\nconst ${camel(n)} = process.env.${n} ?? "${v}";\n\nexport const api = axios.create({\n  baseURL: "https://${host(n)}",\n  headers: { Authorization: \`Bearer \${${camel(n)}}\` },\n});\n`],
  (n, v) => ["Go code", `package config\n\nimport "os"\n\nfunc ${camel(n).replace(/^./, (c) => c.toUpperCase())}() string {\n\tif v := os.Getenv("${n}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${v}"\n}\n`],
  (n, v) => ["Java code", `public final class Secrets {\n    private Secrets() {}\n\n    public static final String ${n} = "${v}";\n\n    public static String get() {\n        return System.getenv().getOrDefault("${n}", ${n});\n    }\n}\n`],
  (n, v) => ["C# code", `namespace Billing.Infra;\n\npublic static class Credentials\n{\n    public const string ${camel(n).replace(/^./, (c) => c.toUpperCase())} = "${v}";\n}\n`],
  (n, v) => ["Ruby code", `# config/initializers/integration.rb\nRails.application.config.x.integration = {\n  ${lower(n)}: ENV.fetch("${n}", "${v}"),\n  timeout: 15\n}\n`],
  (n, v) => ["PHP code", `<?php\n\nreturn [\n    'driver' => 'http',\n    '${lower(n)}' => env('${n}', '${v}'),\n    'timeout' => 10,\n];\n`],
  (n, v) => ["Rust code", `use std::env;\n\npub fn ${lower(n)}() -> String {\n    env::var("${n}").unwrap_or_else(|_| "${v}".to_string())\n}\n`],
  (n, v, g) => ["CI log (GitHub Actions)", `2026-11-02T10:1${g.d(1)}:0${g.d(1)}.${g.d(7)}Z ##[group]Run ./scripts/deploy.sh\n2026-11-02T10:14:03.1183520Z + echo "using ${n}=${v}"\n2026-11-02T10:14:03.1184010Z using ${n}=${v}\n2026-11-02T10:14:05.9021337Z Deploying to production...\n2026-11-02T10:14:09.0010448Z ##[endgroup]`],
  (n, v, g) => ["shell history", `  ${g.range(400, 900)}  cd ~/src/api\n  501  git pull --rebase\n  502  export ${n}='${v}'\n  503  make run\n  504  docker ps\n`],
  (n, v, g) => ["Python crash dump with locals", `Traceback (most recent call last):\n  File "/app/sync.py", line ${g.range(20, 300)}, in run\n    resp = session.post(url, headers=headers, timeout=10)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${host(n)}', port=443)\n\nLocals at frame run:\n    url = 'https://${host(n)}/v1/sync'\n    headers = {'Authorization': 'Bearer ${v}', 'Accept': 'application/json'}\n    attempt = 3`],
  (n, v, g) => ["Jupyter notebook cell", JSON.stringify({ cells: [{ cell_type: "code", execution_count: g.range(1, 40), metadata: {}, outputs: [], source: ["import os\n", `os.environ["${n}"] = "${v}"\n`, "df = load_dataset()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1)],
  (n, v, g) => ["SQL seed insert", `-- seed integrations\nINSERT INTO integrations (id, provider, api_secret, created_at)\nVALUES (${g.range(1, 99)}, '${lower(n.split("_")[0] ?? "x")}', '${v}', now());\n`],
  (n, v) => ["Markdown doc", `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the key (ask Dana if it stops working):\n\n\`\`\`bash\n${n}=${v}\n\`\`\`\n\n3. Run \`make dev\`.\n`],
  (n, v, g) => ["unified diff", `diff --git a/.env.staging b/.env.staging\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,4 @@ DB_HOST=db.staging.internal\n DB_PORT=5432\n-${n}=\n+${n}=${v}\n CACHE_TTL=300\n`],
  (n, v) => ["chat message", `hey, prod is down again — can you try with this one? ${n.toLowerCase().replace(/_/g, " ")}: ${v}  (don't share it outside #infra pls)`],
  (n, v) => ["docker run -e", `docker run -d --name api --restart unless-stopped \\\n  -p 8080:8080 \\\n  -e ${n}=${v} \\\n  -e LOG_LEVEL=info \\\n  ghcr.io/acme/api:1.18.2`],
  (n, v) => ["Kubernetes Secret stringData", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-env\n  namespace: prod\ntype: Opaque\nstringData:\n  ${n}: "${v}"\n`],
  (n, v) => ["Dockerfile ENV", `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${n}=${v}\nCOPY . .\nCMD ["node", "dist/server.js"]\n`],
];

/** Rotate specs through the renderers: case i uses spec i % len and renderer (i*stride+off) % R. */
export function rotate(opts: { specs: Spec[]; count: number; seed: number; idPrefix: string; catPrefix: string; off?: number }): CorpusCase[] {
  const g = new Gen(opts.seed);
  const out: CorpusCase[] = [];
  for (let i = 0; i < opts.count; i++) {
    const [group, provider, slot, make] = opts.specs[i % opts.specs.length]!;
    const r = renderers[(i * 7 + (opts.off ?? 0)) % renderers.length]!;
    const [ctx, text] = r(slot, make(g), g);
    out.push({
      id: `${opts.idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: `${opts.catPrefix}-${group}`,
      label: "positive",
      text,
      note: `${provider}; slot ${slot}; context: ${ctx}`,
    });
  }
  return out;
}

export { q };
