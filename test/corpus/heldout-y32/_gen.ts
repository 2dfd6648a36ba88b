// Shared PRNG helpers and context renderers for heldout-y32 (skipped by the loader: starts with "_").
// Every credential-shaped value is assembled at run time from a split prefix and a mulberry32 body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const A = UP + LO + DIG;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = A + "+/";
export const B64U = A + "-_";
export const B32 = UP + "234567";
export const LD = LO + DIG;
export const UD = UP + DIG;

export class G extends SeededRng {
  a(n: number): string { return this.str(n, A); }
  h(n: number): string { return this.str(n, HEX); }
  H(n: number): string { return this.str(n, HEXU); }
  d(n: number): string { return this.str(1, "123456789") + this.str(n - 1, DIG); }
  l(n: number): string { return this.str(n, LD); }
  u(n: number): string { return this.str(n, UD); }
  b64(n: number): string { return this.str(n, B64); }
  b64u(n: number): string { return this.str(n, B64U); }
  uuid(): string { return [this.h(8), this.h(4), "4" + this.h(3), this.pick(["8", "9", "a", "b"]) + this.h(3), this.h(12)].join("-"); }
  sha(): string { return this.h(40); }
  jwt(payload: Record<string, unknown>): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.b64u(43)].join(".");
  }
  ts(): string { return `2026-${String(this.range(1, 11)).padStart(2, "0")}-${String(this.range(10, 28))}T${String(this.range(10, 23))}:${String(this.range(10, 59))}:${String(this.range(10, 59))}Z`; }
}

/** A token to render: provider, group, slot name (env var), value, optional header line prefix. */
export interface Tok {
  p: string;
  g: string;
  env: string;
  v: string;
  /** Full header prefix, e.g. "Authorization: Bearer " or "X-Api-Key: ". Default bearer. */
  hdr?: string;
}

const key = (t: Tok) => t.env.toLowerCase();
const slug = (t: Tok) => t.p.split(" ")[0]!.toLowerCase().replace(/[^a-z0-9]+/g, "");
const camel = (t: Tok) => key(t).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const hdr = (t: Tok) => (t.hdr ?? "Authorization: Bearer ") + t.v;
const hname = (t: Tok) => (t.hdr ?? "Authorization: Bearer ").split(":")[0]!;
const hval = (t: Tok) => (t.hdr ?? "Authorization: Bearer ").split(": ")[1]! + t.v;
const host = (t: Tok) => "api." + t.p.split(" ")[0]!.toLowerCase().replace(/[^a-z0-9]+/g, "") + ".com";

const envFile = (t: Tok, g: G) =>
  [`NODE_ENV=production`, `PORT=${g.range(3000, 9000)}`, `LOG_LEVEL=info`, `${t.env}=${t.v}`, `DATABASE_POOL_SIZE=${g.range(5, 20)}`, `FEATURE_FLAGS=search,export`].join("\n");

export interface R { ctx: string; f: (t: Tok, g: G) => string }

export const RENDERERS: R[] = [
  { ctx: "OpenAI chat body, user pasted .env (JSON-escaped)", f: (t, g) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content: `why does the app crash on boot? here is my .env:\n\n\`\`\`\n${envFile(t, g)}\n\`\`\`` }], temperature: 0.2 }, null, 2) },
  { ctx: "Anthropic tool_use write_file of config/.env.production", f: (t, g) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll create the production env file." }, { type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "config/.env.production", content: envFile(t, g) + "\n" } }] }, null, 2) },
  { ctx: "OpenAI tool_calls run_shell export (double-escaped arguments)", f: (t, g) => JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: "call_" + g.a(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${t.env}="${t.v}" && npm run deploy -- --env staging` }) } }] }) },
  { ctx: "MCP tools/call result echoing a config read", f: (t, g) => JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text: `# contents of settings.json\n${JSON.stringify({ service: "billing-worker", region: "eu-west-1", [camel(t)]: t.v, retries: 3 }, null, 2)}` }], isError: false } }, null, 2) },
  { ctx: "curl command with auth header", f: (t, g) => `$ curl -sS -X POST https://${host(t)}/v1/items \\\n  -H "${hdr(t)}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"nightly-${g.range(10, 99)}","limit":50}'` },
  { ctx: "raw HTTP request headers", f: (t, g) => `GET /v2/projects?page=${g.range(1, 9)} HTTP/1.1\r\nHost: ${host(t)}\r\nUser-Agent: python-requests/2.31.0\r\nAccept: application/json\r\n${hdr(t)}\r\nX-Request-Id: ${g.uuid()}\r\n\r\n` },
  { ctx: "URL query string in an agent fetch", f: (t, g) => `fetch_url: https://${host(t)}/v1/search?q=invoice+status&${key(t)}=${encodeURIComponent(t.v)}&limit=${g.range(10, 50)}` },
  { ctx: "form-urlencoded POST body", f: (t, g) => `POST /oauth/token HTTP/1.1\nHost: ${host(t)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-${g.l(8)}&${key(t)}=${encodeURIComponent(t.v)}&scope=read%20write` },
  { ctx: "multipart form-data upload", f: (t, g) => { const b = "----WebKitFormBoundary" + g.a(16); return `POST /upload HTTP/1.1\nHost: ${host(t)}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${key(t)}"\n\n${t.v}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,amount\n1,${g.range(10, 999)}\n--${b}--`; } },
  { ctx: "JSON request body", f: (t, g) => `POST https://${host(t)}/v1/connect\nContent-Type: application/json\n\n${JSON.stringify({ workspace: "acme-" + g.l(5), [camel(t)]: t.v, sync: true }, null, 2)}` },
  { ctx: "docker-compose.yml environment", f: (t, g) => `services:\n  api:\n    image: ghcr.io/acme/api:${g.range(1, 9)}.${g.range(0, 20)}.0\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n      - ${t.env}=${t.v}\n      - REDIS_HOST=redis\n  redis:\n    image: redis:7-alpine` },
  { ctx: "YAML app config", f: (t, g) => `# config/production.yml\nserver:\n  port: ${g.range(3000, 9000)}\n  workers: 4\nintegrations:\n  ${slug(t)}:\n    enabled: true\n    ${key(t)}: "${t.v}"\n    timeout_ms: 5000` },
  { ctx: "TOML config", f: (t, g) => `[app]\nname = "ledger"\nenv = "prod"\n\n[${slug(t)}]\n${key(t)} = "${t.v}"\nmax_retries = ${g.range(2, 6)}` },
  { ctx: "INI config", f: (t, g) => `; deploy.ini\n[default]\nregion = us-east-${g.range(1, 2)}\noutput = json\n\n[${slug(t)}]\n${key(t)} = ${t.v}\nverify_ssl = true` },
  { ctx: "Java application.properties", f: (t, g) => `spring.application.name=orders\nserver.port=${g.range(8000, 8999)}\nspring.datasource.hikari.maximum-pool-size=10\n${slug(t)}.${camel(t)}=${t.v}\nlogging.level.root=INFO` },
  { ctx: "JSON config file", f: (t, g) => JSON.stringify({ $schema: "./config.schema.json", env: "production", port: g.range(3000, 9000), providers: { [slug(t)]: { [camel(t)]: t.v, timeout: 30 } } }, null, 2) },
  { ctx: "Terraform HCL provider/variable", f: (t, g) => `variable "region" {\n  default = "eu-central-${g.range(1, 2)}"\n}\n\nresource "kubernetes_secret" "app" {\n  metadata {\n    name = "app-secrets"\n  }\n  data = {\n    ${t.env} = "${t.v}"\n  }\n}` },
  { ctx: "XML appSettings", f: (t) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${camel(t)}" value="${t.v}" />\n    <add key="EnableCaching" value="true" />\n  </appSettings>\n</configuration>` },
  { ctx: "Python SDK client code", f: (t) => `import os\nimport httpx\n\n${t.env} = os.environ.get("${t.env}", "${t.v}")\n\nclient = httpx.Client(\n    base_url="https://${host(t)}",\n    headers={"${hname(t)}": f"${hval({ ...t, v: "{" + t.env + "}" })}"},\n    timeout=30,\n)` },
  { ctx: "TypeScript client constructor", f: (t) => `import { createClient } from "./client";\n\nexport const client = createClient({\n  baseUrl: "https://${host(t)}",\n  ${camel(t)}: process.env.${t.env} ?? "${t.v}",\n  retries: 3,\n});` },
  { ctx: "Go code constant", f: (t) => `package config\n\nimport "os"\n\nconst default${t.env.split("_").map((w) => w[0] + w.slice(1).toLowerCase()).join("")} = "${t.v}"\n\nfunc Get() string {\n\tif v := os.Getenv("${t.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${t.env.split("_").map((w) => w[0] + w.slice(1).toLowerCase()).join("")}\n}` },
  { ctx: "Java test fixture", f: (t) => `class ${t.p.replace(/[^A-Za-z0-9]/g, "")}ClientTest {\n    private static final String ${t.env} = "${t.v}";\n\n    @Test\n    void fetchesAccount() {\n        var client = new ApiClient(${t.env});\n        assertNotNull(client.account());\n    }\n}` },
  { ctx: "C# options setup", f: (t) => `builder.Services.Configure<ApiOptions>(o =>\n{\n    o.BaseUrl = "https://${host(t)}";\n    o.${camel(t).replace(/^./, (c) => c.toUpperCase())} = "${t.v}";\n});` },
  { ctx: "Ruby initializer", f: (t) => `# config/initializers/${slug(t)}.rb\nRails.application.config.x.integration = {\n  ${key(t)}: ENV.fetch("${t.env}", "${t.v}"),\n  timeout: 10\n}` },
  { ctx: "PHP config array", f: (t) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${key(t)}' => env('${t.env}', '${t.v}'),\n    'timeout' => 15,\n];` },
  { ctx: "Rust code const", f: (t) => `use reqwest::Client;\n\nconst ${t.env}: &str = "${t.v}";\n\npub async fn ping(c: &Client) -> reqwest::Result<()> {\n    c.get("https://${host(t)}/ping").header("${hname(t)}", format!("${hval({ ...t, v: "{}" })}", ${t.env})).send().await?;\n    Ok(())\n}` },
  { ctx: "GitHub Actions CI log with set -x", f: (t, g) => `2026-0${g.range(1, 9)}-1${g.range(0, 9)}T08:1${g.range(0, 9)}:0${g.range(0, 9)}.${g.d(7)}Z ##[group]Run ./scripts/deploy.sh\n2026-03-14T08:12:01.1234567Z + export ${t.env}=${t.v}\n2026-03-14T08:12:01.1240000Z + ./bin/migrate --target prod\n2026-03-14T08:12:03.5550000Z migrated 4 tables in 2.3s\n2026-03-14T08:12:03.6000000Z ##[endgroup]` },
  { ctx: "shell history (.zsh_history)", f: (t, g) => `: 17${g.d(8)}:0;cd ~/src/api\n: 17${g.d(8)}:0;git pull --rebase\n: 17${g.d(8)}:0;export ${t.env}='${t.v}'\n: 17${g.d(8)}:0;make run\n: 17${g.d(8)}:0;kubectl get pods -n prod` },
  { ctx: "Python crash report with locals", f: (t, g) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line ${g.range(40, 300)}, in run\n    resp = session.post(url, headers=headers, timeout=10)\n  File "/usr/lib/python3.11/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${host(t)}', port=443): Max retries exceeded\n\nLocals at frame run:\n  url = 'https://${host(t)}/v1/sync'\n  headers = {'${hname(t)}': '${hval(t)}', 'Accept': 'application/json'}\n  attempt = 3` },
  { ctx: "Jupyter notebook cell JSON", f: (t, g) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: g.range(1, 30), metadata: {}, outputs: [], source: ["import os\n", `os.environ["${t.env}"] = "${t.v}"\n`, "client = make_client()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { ctx: "SQL seed insert", f: (t, g) => `-- seeds/integrations.sql\nINSERT INTO integrations (id, tenant_id, provider, credential, created_at)\nVALUES (${g.range(100, 999)}, ${g.range(1, 50)}, '${t.p}', '${t.v}', now());` },
  { ctx: "Markdown setup doc", f: (t) => `## Local setup\n\n1. Copy the env file: \`cp .env.example .env\`\n2. Set the key we use on staging:\n\n\`\`\`bash\nexport ${t.env}=${t.v}\n\`\`\`\n\n3. Run \`make dev\`.` },
  { ctx: "unified diff adding the value", f: (t, g) => `diff --git a/.env.staging b/.env.staging\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,5 @@ APP_URL=https://staging.acme.dev\n LOG_LEVEL=debug\n-${t.env}=\n+${t.env}=${t.v}\n CACHE_TTL=300` },
  { ctx: "team chat message relayed in chat body", f: (t, g) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: `Summarise this Slack thread for me:\n\n[${g.range(9, 17)}:${g.range(10, 59)}] dana: staging is broken again, who rotated the ${t.p} key?\n[${g.range(9, 17)}:${g.range(10, 59)}] omar: me, new one is ${t.v}\n[${g.range(9, 17)}:${g.range(10, 59)}] dana: thx, updating the vault now` }] }, null, 2) },
  { ctx: "k8s Secret stringData manifest", f: (t) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  ${t.env}: "${t.v}"` },
  { ctx: "Dockerfile ENV", f: (t, g) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nENV ${t.env}=${t.v}\nEXPOSE ${g.range(3000, 9000)}\nCMD ["node", "dist/server.js"]` },
];

export function rotate(prefix: string, toks: Tok[], g: G, offset = 0, label: "positive" | "benign" = "positive", category?: (t: Tok) => string, rs: R[] = RENDERERS): CorpusCase[] {
  return toks.map((t, i) => {
    const r = rs[(i + offset) % rs.length]!;
    return {
      id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: category ? category(t) : `heldouty32-sec-${t.g}`,
      label,
      text: r.f(t, g),
      note: `${t.p}; slot ${t.env}${t.hdr ? " / header " + t.hdr.split(":")[0] : ""}; ${r.ctx}`,
    };
  });
}

export function hand(prefix: string, items: { g: string; note: string; text: string }[], label: "positive" | "benign" = "positive"): CorpusCase[] {
  return items.map((it, i) => ({
    id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: label === "benign" ? "heldouty32-benign" : `heldouty32-sec-${it.g}`,
    label,
    text: it.text,
    note: it.note,
  }));
}
