// Shared PRNG helpers and context renderers for heldout-y74 (skipped by the loader).
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const AN = UP + LO + DG;
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const B64U = AN + "-_";
export const LAN = LO + DG;
export const UAN = UP + DG;

export class G {
  r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  s(n: number, a = AN): string {
    let o = "";
    for (let i = 0; i < n; i++) o += a[Math.floor(this.r() * a.length)];
    return o;
  }
  hex(n: number) { return this.s(n, HX); }
  dig(n: number) { return this.s(n, DG); }
  b64(n: number) { return this.s(n, B64); }
  b64u(n: number) { return this.s(n, B64U); }
  int(n: number) { return Math.floor(this.r() * n); }
  bytes(n: number) { return Uint8Array.from({ length: n }, () => this.int(256)); }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.r() * xs.length)]!; }
  uuid() { return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-"); }
  /** A JWT-shaped token with a real JSON header/payload and a random signature. */
  jwt(payload: Record<string, unknown>) {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.b64u(43)].join(".");
  }
  pem(label: string, bytes: number) {
    const body = Buffer.from(Array.from({ length: bytes }, () => this.int(256))).toString("base64");
    const lines = body.match(/.{1,64}/g)!.join("\n");
    return ["-----BEGIN ", label, "-----\n", lines, "\n-----END ", label, "-----"].join("");
  }
}

export const j = (...p: string[]) => p.join("");

export interface Spec {
  p: string; // provider
  slot: string; // slot description
  g: string; // group
  env: string; // env var name
  make: (g: G) => string;
  n?: number; // cases to emit (default 2)
}

export interface Ctx { env: string; key: string; v: string; p: string; g: G }

const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const kebab = (env: string) => env.toLowerCase().replace(/_/g, "-");
const q = (s: string) => JSON.stringify(s);

type R = [string, (c: Ctx) => string];

export const renderers: R[] = [
  ["LLM chat body with pasted .env", (c) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `my app won't boot, here's my .env:\n\nNODE_ENV=production\nPORT=8080\n${c.env}=${c.v}\nLOG_LEVEL=debug\n\nwhat am I missing?` }] }, null, 2)],
  ["Anthropic tool_use write_file config.yaml", (c) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll write the config now." }, { type: "tool_use", id: "toolu_01" + c.g.s(22), name: "write_file", input: { path: "config/settings.yaml", content: `service:\n  name: ingest\n  region: eu-west-1\n${c.p.toLowerCase().replace(/[^a-z0-9]+/g, "_")}:\n  ${camel(c.env)}: "${c.v}"\n  timeout: 30\n` } }] })],
  ["OpenAI tool_calls shell export", (c) => JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: "call_" + c.g.s(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${c.env}='${c.v}' && npm run deploy -- --env staging` }) } }] })],
  ["MCP tool result echoing a file", (c) => JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `# .env.local\nDATABASE_POOL=10\n${c.env}="${c.v}"\nFEATURE_FLAGS=beta,search\n` }], isError: false } })],
  ["curl header", (c) => `curl -sS -X POST https://api.internal.example.net/v1/sync \\\n  -H "Authorization: Bearer ${c.v}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"full": true}'`],
  ["raw HTTP request header", (c) => `POST /v2/events HTTP/1.1\r\nHost: ingest.example.io\r\nUser-Agent: python-requests/2.32.3\r\nAccept: */*\r\nX-Api-Key: ${c.v}\r\nContent-Type: application/json\r\nContent-Length: 41\r\n\r\n{"event":"build_finished","ok":true}`],
  ["URL query string", (c) => `GET https://hooks.example.dev/api/report?project=atlas&${c.key.toLowerCase()}=${encodeURIComponent(c.v)}&format=json\n-> 200 OK (182 ms)`],
  ["form-encoded POST body", (c) => `POST /oauth/connect HTTP/1.1\nHost: app.example.com\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-reporting&${c.key.toLowerCase()}=${encodeURIComponent(c.v)}&scope=read`],
  ["multipart form field", (c) => { const b = "----WebKitFormBoundary" + c.g.s(16); return `POST /upload HTTP/1.1\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}\nContent-Disposition: form-data; name="${c.key.toLowerCase()}"\n\n${c.v}\n--${b}--`; }],
  ["JSON request body", (c) => `fetch("https://api.example.org/integrations", {\n  method: "POST",\n  headers: { "content-type": "application/json" },\n  body: JSON.stringify({"name":"nightly-export","provider":"${c.p}","credentials":{"${camel(c.env)}":"${c.v}"}})\n});`],
  [".env file", (c) => `# generated by setup.sh\nAPP_NAME=orders\nAPP_URL=https://orders.example.com\n${c.env}=${c.v}\nREDIS_HOST=localhost\n`],
  ["YAML config", (c) => `# config/production.yml\nserver:\n  host: 0.0.0.0\n  port: 3000\nintegrations:\n  ${kebab(c.env)}:\n    enabled: true\n    ${camel(c.env)}: ${c.v}\n    retries: 3\n`],
  ["TOML config", (c) => `[server]\nbind = "0.0.0.0:8000"\nworkers = 4\n\n[${c.p.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${c.env.toLowerCase()} = "${c.v}"\ntimeout_secs = 15\n`],
  ["INI config", (c) => `; settings.ini\n[general]\ndebug = false\n\n[${c.p.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${c.env.toLowerCase()} = ${c.v}\nendpoint = https://api.example.com\n`],
  [".properties file", (c) => `# application-prod.properties\nserver.port=8081\nspring.datasource.hikari.maximum-pool-size=12\napp.${kebab(c.env).replace(/-/g, ".")}=${c.v}\nlogging.level.root=INFO\n`],
  ["JSON config file", (c) => JSON.stringify({ name: "worker", version: "2.3.1", settings: { region: "us-east-1", [camel(c.env)]: c.v, batchSize: 500 } }, null, 2)],
  ["Terraform HCL", (c) => `variable "region" {\n  default = "us-east-1"\n}\n\nlocals {\n  ${c.env.toLowerCase()} = "${c.v}"\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { key = local.${c.env.toLowerCase()} }\n}\n`],
  ["XML config", (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${c.env}" value="${c.v}" />\n    <add key="MaxRetries" value="5" />\n  </appSettings>\n</configuration>`],
  ["Python code default", (c) => `import os\nimport requests\n\n${c.env} = os.environ.get("${c.env}", "${c.v}")\n\ndef fetch(path):\n    r = requests.get(f"https://api.example.com{path}", headers={"Authorization": f"Bearer {${c.env}}"}, timeout=10)\n    r.raise_for_status()\n    return r.json()\n`],
  ["TypeScript SDK constructor", (c) => `import { Client } from "./client";\n\nexport const client = new Client({\n  ${camel(c.env)}: process.env.${c.env} ?? "${c.v}",\n  baseUrl: "https://api.example.com",\n  retries: 2,\n});\n`],
  ["Go code", (c) => `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst default${c.env.charAt(0) + camel(c.env).slice(1)} = "${c.v}"\n\nfunc newReq(u string) (*http.Request, error) {\n\treq, err := http.NewRequest("GET", u, nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tkey := os.Getenv("${c.env}")\n\tif key == "" {\n\t\tkey = default${c.env.charAt(0) + camel(c.env).slice(1)}\n\t}\n\treq.Header.Set("Authorization", "Bearer "+key)\n\treturn req, nil\n}\n`],
  ["Java code", (c) => `public final class Settings {\n    private static final String ${c.env} = "${c.v}";\n\n    public static String key() {\n        String env = System.getenv("${c.env}");\n        return env != null ? env : ${c.env};\n    }\n}\n`],
  ["Ruby code", (c) => `# config/initializers/${c.p.toLowerCase().replace(/[^a-z0-9]+/g, "_")}.rb\nRails.application.configure do\n  config.x.${c.env.toLowerCase()} = ENV.fetch("${c.env}", "${c.v}")\nend\n`],
  ["C# code", (c) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", http =>\n{\n    http.BaseAddress = new Uri("https://api.example.com/");\n    http.DefaultRequestHeaders.Add("Authorization", "Bearer ${c.v}");\n});\nvar app = builder.Build();\n`],
  ["PHP code", (c) => `<?php\n// config/services.php\nreturn [\n    '${c.p.toLowerCase().replace(/[^a-z0-9]+/g, "_")}' => [\n        'key' => env('${c.env}', '${c.v}'),\n        'timeout' => 20,\n    ],\n];\n`],
  ["Rust code", (c) => `use std::env;\n\nfn api_key() -> String {\n    env::var("${c.env}").unwrap_or_else(|_| "${c.v}".to_string())\n}\n`],
  ["GitHub Actions CI log", (c) => `2026-03-14T09:12:03.114Z ##[group]Run ./scripts/deploy.sh\n2026-03-14T09:12:03.115Z env:\n2026-03-14T09:12:03.115Z   NODE_VERSION: 20\n2026-03-14T09:12:03.116Z + echo "using ${c.env}=${c.v}"\n2026-03-14T09:12:03.117Z using ${c.env}=${c.v}\n2026-03-14T09:12:04.530Z Deploy step finished in 1.4s\n2026-03-14T09:12:04.531Z ##[endgroup]`],
  ["shell history", (c) => `  501  cd ~/src/payments-api\n  502  git pull --rebase\n  503  export ${c.env}=${c.v}\n  504  make run\n  505  tail -f logs/app.log\n`],
  ["Python crash dump with locals", (c) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line 88, in run\n    resp = client.push(batch)\n  File "/app/worker/client.py", line 41, in push\n    raise UpstreamError(resp.status_code)\nworker.client.UpstreamError: 401\n\nLocals at frame push:\n    self = <Client base='https://api.example.com'>\n    batch = [<Row 1>, <Row 2>]\n    ${c.key.toLowerCase()} = '${c.v}'\n    retries = 3\n`],
  ["Jupyter notebook cell", (c) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${c.env}"] = "${c.v}"\n`, "df = load_dataset('sales')\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1)],
  ["SQL seed insert", (c) => `-- seed integrations\nINSERT INTO integrations (id, provider, credential, created_at)\nVALUES (12, '${c.p}', '${c.v}', now());\n`],
  ["Markdown doc", (c) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set these values for staging:\n\n\`\`\`bash\n${c.env}=${c.v}\n\`\`\`\n\n3. Run \`make dev\`.\n`],
  ["unified diff", (c) => `diff --git a/.env.production b/.env.production\nindex 3e1f2a9..7b0c4d1 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,3 +3,4 @@ APP_ENV=production\n LOG_LEVEL=warn\n QUEUE=default\n+${c.env}=${c.v}\n CACHE_TTL=600\n`],
  ["chat message", (c) => `[10:42] dana: hey can you try with the prod key? ${c.v}\n[10:43] sam: thanks, trying now\n[10:45] sam: works 👍`],
  ["docker run command", (c) => `docker run -d --name api \\\n  -p 8080:8080 \\\n  -e ${c.env}=${c.v} \\\n  -e LOG_LEVEL=info \\\n  ghcr.io/acme/api:1.8.2`],
  ["Kubernetes Secret stringData", (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${kebab(c.env)}\n  namespace: prod\ntype: Opaque\nstringData:\n  ${c.env}: "${c.v}"\n`],
];

/** Expands specs into positive cases, rotating each through the renderers. */
export function expand(specs: Spec[], seed: number, idp: string, cat: string, start = 0, alternate = false): CorpusCase[] {
  const g = new G(seed);
  const out: CorpusCase[] = [];
  let k = start;
  for (const [si, sp] of specs.entries()) {
    const n = sp.n ?? (alternate && si % 2 === 1 ? 1 : 2);
    for (let i = 0; i < n; i++) {
      const v = sp.make(g);
      const [ctxName, fn] = renderers[k % renderers.length]!;
      const key = sp.env.split("_").slice(-2).join("_");
      out.push({
        id: `${idp}-${String(out.length + 1).padStart(3, "0")}`,
        kind: "secrets",
        category: `${cat}-${sp.g}`,
        label: "positive",
        text: fn({ env: sp.env, key, v, p: sp.p, g }),
        note: `${sp.p} ${sp.slot} in ${ctxName}`,
      });
      k += 7;
    }
  }
  return out;
}
