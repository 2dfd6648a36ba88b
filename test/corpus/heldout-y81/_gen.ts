// Shared PRNG wrapper and context renderers for heldout-y81 (skipped by the loader).
// Every credential-shaped value is assembled at run time from a fixed-seed mulberry32 stream.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HEX = "0123456789abcdef";
export const B64 = AN + "+/";
export const B64U = AN + "_-";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const UPN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LOWN = "abcdefghijklmnopqrstuvwxyz0123456789";
export const DIG = "0123456789";

export class Gen extends SeededRng {
  an(n: number) { return this.str(n, AN); }
  hex(n: number) { return this.str(n, HEX); }
  HEXU(n: number) { return this.str(n, "0123456789ABCDEF"); }
  b64(n: number) { return this.str(n, B64); }
  b64u(n: number) { return this.str(n, B64U); }
  up(n: number) { return this.str(n, UP); }
  upn(n: number) { return this.str(n, UPN); }
  lown(n: number) { return this.str(n, LOWN); }
  dig(n: number) { return this.str(n, DIG); }
  uuid() { return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`; }
  j(...parts: string[]) { return parts.join(""); }
  /** base64 of random bytes, standard alphabet with padding. */
  b64bytes(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
  jwt(payload: object) {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.b64u(43)].join(".");
  }
  pem(label: string, bytes: number) {
    const body = this.b64bytes(bytes).match(/.{1,64}/g)!.join("\n");
    return ["-----BEGIN ", label, "-----\n", body, "\n-----END ", label, "-----"].join("");
  }
}

/** JSON string body (no surrounding quotes). */
export const esc = (s: string) => JSON.stringify(s).slice(1, -1);

export interface Slot {
  group: string;
  provider: string;
  key: string; // env-var style name
  value: string;
  header?: string; // HTTP header name; default Authorization: Bearer
}

type R = (s: Slot, g: Gen) => [string, string];

const lower = (k: string) => k.toLowerCase();
const camel = (k: string) => k.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const hdr = (s: Slot) => (s.header ? (s.header.includes(":") ? `${s.header} ${s.value}` : `${s.header}: ${s.value}`) : `Authorization: Bearer ${s.value}`);
const host = (s: Slot) => `api.${s.provider.replace(/[^a-z0-9]/g, "")}.com`;

export const renderers: R[] = [
  (s, g) => ["LLM chat body, pasted .env (JSON-escaped)", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a coding assistant." }, { role: "user", content: `why does the app crash on boot? here's my .env:\n\nNODE_ENV=production\nPORT=8080\n${s.key}=${s.value}\nLOG_LEVEL=debug\n` }] }, null, 2)],
  (s, g) => ["Anthropic tool_use write_file config.yaml", JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll write the config file." }, { type: "tool_use", id: `toolu_01${g.an(22)}`, name: "write_file", input: { path: "config/app.yaml", content: `app:\n  name: billing\n  region: eu-west-1\n${s.provider}:\n  ${lower(s.key)}: "${s.value}"\n  timeout: 30\n` } }] }, null, 2)],
  (s, g) => ["OpenAI tool_calls shell export (double-escaped)", JSON.stringify({ role: "assistant", tool_calls: [{ id: `call_${g.an(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s.key}="${s.value}" && npm run deploy -- --env prod` }) } }] }, null, 2)],
  (s, g) => ["MCP tool result echoing cat .env.local", JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text: `$ cat .env.local\nDATABASE_POOL=10\n${s.key}=${s.value}\nFEATURE_FLAGS=beta,search\n` }], isError: false } })],
  (s) => ["curl command with auth header", `curl -sS -X GET "https://${host(s)}/v1/account" \\\n  -H "${hdr(s)}" \\\n  -H "Accept: application/json"`],
  (s, g) => ["raw HTTP request headers", `POST /v2/events HTTP/1.1\r\nHost: ${host(s)}\r\nUser-Agent: python-requests/2.32.3\r\nContent-Type: application/json\r\n${hdr(s)}\r\nX-Request-Id: ${g.uuid()}\r\nContent-Length: 42\r\n\r\n{"event":"deploy","ts":1733472000}`],
  (s, g) => ["URL query string in access log", `10.0.3.14 - - [06/Dec/2026:08:14:02 +0000] "GET /v1/search?q=invoice&${lower(s.key)}=${encodeURIComponent(s.value)}&page=2 HTTP/1.1" 200 5123 "-" "axios/1.7.2" rt=0.${g.dig(3)}`],
  (s) => ["x-www-form-urlencoded body", `POST /oauth/token HTTP/1.1\nHost: ${host(s)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-backend&${lower(s.key)}=${encodeURIComponent(s.value)}&scope=read`],
  (s, g) => { const b = `----WebKitFormBoundary${g.an(16)}`; return ["multipart/form-data upload", `POST /upload HTTP/1.1\nHost: ${host(s)}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,99.50\n--${b}\nContent-Disposition: form-data; name="${lower(s.key)}"\n\n${s.value}\n--${b}--`]; },
  (s) => ["JSON request body", `fetch("https://${host(s)}/v1/jobs", {\n  method: "POST",\n  headers: { "Content-Type": "application/json" },\n  body: ${JSON.stringify(JSON.stringify({ [camel(s.key)]: s.value, job: "nightly-sync", retries: 3 }))}\n});`],
  (s) => [".env file", `# ${s.provider}\n${s.key}=${s.value}\nAPP_URL=https://app.example.org\nCACHE_TTL=300\n`],
  (s) => ["YAML config", `${s.provider}:\n  enabled: true\n  ${lower(s.key)}: ${s.value}\n  retries: 5\nlogging:\n  level: info\n`],
  (s) => ["TOML config", `[${s.provider}]\nendpoint = "https://${host(s)}"\n${lower(s.key)} = "${s.value}"\ntimeout_secs = 20\n`],
  (s) => ["INI config", `[default]\nregion = us-east-1\n\n[${s.provider}]\n${lower(s.key)} = ${s.value}\nverify_ssl = true\n`],
  (s) => ["Java .properties", `spring.application.name=orders\nserver.port=8081\n${s.provider}.${camel(s.key)}=${s.value}\nspring.jpa.open-in-view=false\n`],
  (s) => ["JSON config file", JSON.stringify({ name: "worker", integrations: { [s.provider]: { [camel(s.key)]: s.value, enabled: true } }, logLevel: "warn" }, null, 2)],
  (s) => ["Terraform HCL variable default", `variable "${lower(s.key)}" {\n  type      = string\n  sensitive = true\n  default   = "${s.value}"\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { v = var.${lower(s.key)} }\n}`],
  (s) => ["XML web.config appSettings", `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.key}" value="${s.value}" />\n  </appSettings>\n</configuration>`],
  (s) => ["Python os.environ default", `import os\nimport httpx\n\n${s.key} = os.environ.get("${s.key}", "${s.value}")\n\nclient = httpx.Client(base_url="https://${host(s)}", headers={"Authorization": f"Bearer {${s.key}}"})\n`],
  (s) => ["TypeScript SDK constructor", `import { Client } from "@${s.provider}/sdk";\n\nexport const client = new Client({\n  apiKey: process.env.${s.key} ?? "${s.value}",\n  timeout: 10_000,\n});\n`],
  (s) => ["Go client setup", `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst default${camel(s.key).replace(/^./, (c) => c.toUpperCase())} = "${s.value}"\n\nfunc newReq() *http.Request {\n\treq, _ := http.NewRequest("GET", "https://${host(s)}/v1/me", nil)\n\tkey := os.Getenv("${s.key}")\n\tif key == "" {\n\t\tkey = default${camel(s.key).replace(/^./, (c) => c.toUpperCase())}\n\t}\n\treq.Header.Set("Authorization", "Bearer "+key)\n\treturn req\n}`],
  (s) => ["Java constant", `public final class ${s.provider.replace(/[^a-z]/g, "").replace(/^./, (c) => c.toUpperCase())}Config {\n    private static final String ${s.key} = "${s.value}";\n\n    public static String key() {\n        return System.getenv().getOrDefault("${s.key}", ${s.key});\n    }\n}`],
  (s) => ["Ruby initializer", `# config/initializers/${s.provider}.rb\nRails.application.config.x.${lower(s.key)} = ENV.fetch("${s.key}") { "${s.value}" }\n`],
  (s) => ["PHP config array", `<?php\n\nreturn [\n    '${s.provider}' => [\n        '${lower(s.key)}' => env('${s.key}', '${s.value}'),\n        'timeout' => 15,\n    ],\n];\n`],
  (s) => ["C# appsettings binding", `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("${s.provider}", c => {\n    c.BaseAddress = new Uri("https://${host(s)}/");\n    c.DefaultRequestHeaders.Add("Authorization", "Bearer ${s.value}");\n});\nvar app = builder.Build();`],
  (s) => ["Rust const", `use reqwest::Client;\n\nconst ${s.key}: &str = "${s.value}";\n\nasync fn ping(c: &Client) -> reqwest::Result<()> {\n    c.get("https://${host(s)}/health").bearer_auth(${s.key}).send().await?;\n    Ok(())\n}`],
  (s) => ["pytest fixture", `import pytest\n\n\n@pytest.fixture\ndef live_client(monkeypatch):\n    monkeypatch.setenv("${s.key}", "${s.value}")\n    from app.clients import ${s.provider.replace(/[^a-z]/g, "")}_client\n    return ${s.provider.replace(/[^a-z]/g, "")}_client()\n`],
  (s, g) => ["GitHub Actions CI log (set -x)", `2026-12-05T22:41:${g.range(10, 59)}.1203456Z ##[group]Run ./scripts/deploy.sh\n2026-12-05T22:41:${g.range(10, 59)}.1203999Z + export ${s.key}=${s.value}\n2026-12-05T22:41:${g.range(10, 59)}.1204511Z + ./node_modules/.bin/deploy --stage prod\n2026-12-05T22:41:${g.range(10, 59)}.5521874Z Deploying service api (commit ${g.hex(40)})\n2026-12-05T22:41:${g.range(10, 59)}.9911203Z ##[endgroup]`],
  (s, g) => ["shell history", `  501  git pull --rebase\n  502  docker compose up -d db\n  503  export ${s.key}='${s.value}'\n  504  make migrate\n  505  history | tail -n 20`],
  (s, g) => ["Python crash dump with locals", `Traceback (most recent call last):\n  File "/srv/app/sync.py", line ${g.range(20, 300)}, in run\n    resp = session.post(url, headers=headers)\n    url = 'https://${host(s)}/v1/sync'\n    headers = {'Authorization': 'Bearer ${s.value}', 'User-Agent': 'sync/2.1'}\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${host(s)}', port=443): Max retries exceeded`],
  (s) => ["Jupyter notebook JSON cell", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.key}"] = "${s.value}"\n`, "df = load_events()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1)],
  (s, g) => ["SQL seed insert", `-- seed integrations\nINSERT INTO integrations (id, tenant_id, provider, ${lower(s.key)}, created_at)\nVALUES (${g.range(1, 999)}, 42, '${s.provider}', '${s.value}', NOW());`],
  (s) => ["Markdown setup doc", `## Local setup\n\n1. Copy the env file: \`cp .env.example .env\`\n2. Set the ${s.provider} credential (this is the shared team one):\n\n\`\`\`bash\n${s.key}=${s.value}\n\`\`\`\n\n3. Run \`make dev\`.\n`],
  (s, g) => ["git diff", `diff --git a/.env.production b/.env.production\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,4 +3,4 @@ APP_ENV=production\n SENTRY_ENVIRONMENT=prod\n-${s.key}=\n+${s.key}=${s.value}\n QUEUE=default\n`],
  (s) => ["chat message to teammate", `hey, prod ${s.provider} calls are 401ing since the rotation. can you try the new one? ${s.value}\nI put it in 1password too but the vault sync is lagging`],
  (s) => ["docker run -e", `docker run --rm -d --name worker \\\n  -e NODE_ENV=production \\\n  -e ${s.key}=${s.value} \\\n  -p 8080:8080 ghcr.io/acme/worker:1.14.2`],
  (s) => ["k8s Secret stringData", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${s.provider.replace(/[^a-z0-9]/g, "-")}-creds\n  namespace: prod\ntype: Opaque\nstringData:\n  ${s.key}: "${s.value}"\n`],
  (s) => ["Dockerfile ENV", `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${s.key}=${s.value}\nCOPY . .\nCMD ["node", "dist/server.js"]`],
];

const HEADER_CTX = new Set([4, 5, 18, 20, 24, 25, 29]);

export function render(idPrefix: string, category: (g: string) => string, slots: Slot[], g: Gen, start = 0): CorpusCase[] {
  return slots.map((s, i) => {
    let k = (start + i * 7) % renderers.length;
    // URLs, connection strings and passwords do not ride in a Bearer header: move to the next plain context.
    while (/URL|URI|CONNECTION|DSN|PASSWORD/.test(s.key) && HEADER_CTX.has(k)) k = (k + 1) % renderers.length;
    const r = renderers[k]!;
    const [ctx, text] = r(s, g);
    return {
      id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: category(s.group),
      label: "positive",
      text,
      note: `${s.provider}: ${s.key} in ${ctx}`,
    } as CorpusCase;
  });
}
