// Shared PRNG helpers and context renderers for heldout-y97 (skipped by the loader).
// Every credential-shaped value is assembled at run time: split prefix + PRNG body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const ANL = LO + DIG;
export const ANU = UP + DIG;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const B64U = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen extends SeededRng {
  s(n: number, a = AN): string {
    return this.str(n, a);
  }
  hex(n: number): string {
    return this.str(n, HEX);
  }
  /** prefix pieces joined + body */
  p(parts: string[], n: number, a = AN): string {
    return parts.join("") + this.str(n, a);
  }
  uuid(): string {
    return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-");
  }
  b64(n: number): string {
    return btoa(String.fromCharCode(...this.bytes(n)));
  }
  b64url(n: number): string {
    return this.b64(n).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  jwt(payload: Record<string, unknown>): string {
    const enc = (o: unknown) => btoa(JSON.stringify(o)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.b64url(32)].join(".");
  }
  pem(label: string, bytes: number): string {
    const body = this.b64(bytes).replace(/(.{64})/g, "$1\n").trim();
    return ["-----BEGIN ", label, "-----\n", body, "\n-----END ", label, "-----"].join("");
  }
}

export interface Tok {
  provider: string;
  group: string;
  /** env-var style name a developer would use */
  env: string;
  /** value (already built) */
  v: string;
  /** optional companion fields (e.g. id for key/secret pairs) */
  extra?: Record<string, string>;
}

const esc = (s: string) => JSON.stringify(s).slice(1, -1);
const camel = (env: string) =>
  env.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const kebab = (env: string) => env.toLowerCase().replace(/_/g, "-");
const extraEnv = (t: Tok) => Object.entries(t.extra ?? {}).map(([k, v]) => `${k}=${v}`);

export type Renderer = { name: string; r: (t: Tok, g: Gen) => string };

export const RENDERERS: Renderer[] = [
  { name: "LLM chat body with pasted .env", r: (t, g) => {
    const env = ["NODE_ENV=production", "PORT=8080", ...extraEnv(t), `${t.env}=${t.v}`, `LOG_LEVEL=info`].join("\n");
    return JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `why does the app crash on boot? here's my .env:\n\n${env}\n\nthe error is ECONNREFUSED ${g.range(1, 9)}` }] });
  } },
  { name: "OpenAI tool_calls shell command", r: (t, g) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "assistant", content: null, tool_calls: [{ id: "call_" + g.s(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${Object.entries(t.extra ?? {}).map(([k, v]) => `export ${k}=${v} && `).join("")}export ${t.env}=\"${t.v}\" && npm run deploy` }) } }] }] }) },
  { name: "Anthropic tool_use write_file .env.production", r: (t, g) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll write the production env file." }, { type: "tool_use", id: "toolu_01" + g.s(22), name: "write_file", input: { path: ".env.production", content: [...extraEnv(t), `${t.env}=${t.v}`, "SENTRY_ENVIRONMENT=prod", ""].join("\n") } }] }) },
  { name: "MCP tool result echoed back", r: (t, g) => JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text: `$ cat config/secrets.env\n${[...extraEnv(t), `${t.env}=${t.v}`].join("\n")}\n` }], isError: false } }) },
  { name: "curl header", r: (t) => `curl -sS -X POST https://api.internal.example.com/v1/sync \\\n  -H "Content-Type: application/json" \\\n  -H "X-${t.provider.replace(/[^A-Za-z]/g, "")}-Key: ${t.v}" \\\n  -d '{"full":true}'` },
  { name: "docker run -e", r: (t) => `docker run --rm -d --name worker \\\n  ${Object.entries(t.extra ?? {}).map(([k, v]) => `-e ${k}=${v} \\\n  `).join("")}-e ${t.env}=${t.v} \\\n  -p 3000:3000 ghcr.io/acme/worker:1.8.2` },
  { name: "YAML config (docker-compose)", r: (t) => `services:\n  api:\n    image: acme/api:2.3\n    environment:\n${Object.entries(t.extra ?? {}).map(([k, v]) => `      ${k}: "${v}"\n`).join("")}      ${t.env}: "${t.v}"\n      REDIS_HOST: redis\n    ports:\n      - "8080:8080"` },
  { name: "TOML config", r: (t) => `[server]\nhost = "0.0.0.0"\nport = 8443\n\n[${kebab(t.provider.split(" ")[0]!)}]\n${Object.entries(t.extra ?? {}).map(([k, v]) => `${k.toLowerCase()} = "${v}"\n`).join("")}${t.env.toLowerCase()} = "${t.v}"\ntimeout_secs = 30` },
  { name: "INI config", r: (t) => `[default]\nregion = eu-west-1\n\n[integration]\n${Object.entries(t.extra ?? {}).map(([k, v]) => `${k.toLowerCase()} = ${v}\n`).join("")}${t.env.toLowerCase()} = ${t.v}\nretries = 3` },
  { name: "Java .properties", r: (t) => `# application-prod.properties\nspring.datasource.pool-size=20\n${Object.entries(t.extra ?? {}).map(([k, v]) => `app.${kebab(k).replace(/-/g, ".")}=${v}\n`).join("")}app.${kebab(t.env).replace(/-/g, ".")}=${t.v}\nmanagement.endpoints.web.exposure.include=health` },
  { name: "JSON config file", r: (t) => JSON.stringify({ name: "billing-svc", version: "3.1.0", integrations: { [camel(t.env)]: t.v, ...Object.fromEntries(Object.entries(t.extra ?? {}).map(([k, v]) => [camel(k), v])) }, features: { beta: false } }, null, 2) },
  { name: "Terraform HCL", r: (t) => `provider "acme" {\n  region = "us-east-1"\n}\n\nresource "acme_integration" "main" {\n  name = "prod"\n${Object.entries(t.extra ?? {}).map(([k, v]) => `  ${k.toLowerCase()} = "${v}"\n`).join("")}  ${t.env.toLowerCase()} = "${t.v}"\n}` },
  { name: "XML config", r: (t) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${Object.entries(t.extra ?? {}).map(([k, v]) => `    <add key="${camel(k)}" value="${v}" />\n`).join("")}    <add key="${camel(t.env)}" value="${t.v}" />\n  </appSettings>\n</configuration>` },
  { name: "Python SDK constructor", r: (t) => `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\n${Object.entries(t.extra ?? {}).map(([k, v]) => `${k} = os.getenv("${k}", "${v}")\n`).join("")}${t.env} = os.getenv("${t.env}", "${t.v}")\n\nclient = Client(api_key=${t.env}, timeout=30)\nlog.info("client ready")` },
  { name: "TypeScript env default", r: (t) => `import { createClient } from "./client";\n\n${Object.entries(t.extra ?? {}).map(([k, v]) => `const ${camel(k)} = process.env.${k} ?? "${v}";\n`).join("")}const ${camel(t.env)} = process.env.${t.env} ?? "${t.v}";\n\nexport const client = createClient({ key: ${camel(t.env)}, retries: 2 });` },
  { name: "Go constant", r: (t) => `package config\n\nimport "os"\n\nconst (\n${Object.entries(t.extra ?? {}).map(([k, v]) => `\tdefault${camel(k)} = "${v}"\n`).join("")}\tdefault${camel(t.env)} = "${t.v}"\n)\n\nfunc Key() string {\n\tif v := os.Getenv("${t.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${camel(t.env)}\n}` },
  { name: "C# appsettings code", r: (t) => `public static class Secrets\n{\n${Object.entries(t.extra ?? {}).map(([k, v]) => `    public const string ${camel(k)} = "${v}";\n`).join("")}    public const string ${camel(t.env)} = "${t.v}";\n}` },
  { name: "Ruby initializer", r: (t) => `# config/initializers/integration.rb\nIntegration.configure do |c|\n${Object.entries(t.extra ?? {}).map(([k, v]) => `  c.${k.toLowerCase()} = ENV.fetch("${k}", "${v}")\n`).join("")}  c.${t.env.toLowerCase()} = ENV.fetch("${t.env}", "${t.v}")\n  c.timeout = 15\nend` },
  { name: "PHP config", r: (t) => `<?php\n\nreturn [\n    'debug' => false,\n${Object.entries(t.extra ?? {}).map(([k, v]) => `    '${k.toLowerCase()}' => env('${k}', '${v}'),\n`).join("")}    '${t.env.toLowerCase()}' => env('${t.env}', '${t.v}'),\n];` },
  { name: "Rust test fixture", r: (t) => `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn connects_to_prod() {\n${Object.entries(t.extra ?? {}).map(([k, v]) => `        std::env::set_var("${k}", "${v}");\n`).join("")}        std::env::set_var("${t.env}", "${t.v}");\n        assert!(Client::from_env().is_ok());\n    }\n}` },
  { name: "GitHub Actions CI log", r: (t, g) => `2026-11-${String(g.range(10, 28))}T09:1${g.range(0, 9)}:0${g.range(0, 9)}.${g.range(1000000, 9999999)}Z ##[group]Run ./scripts/deploy.sh\n2026-11-20T09:12:03.0000000Z env:\n${Object.entries(t.extra ?? {}).map(([k, v]) => `2026-11-20T09:12:03.0000000Z   ${k}: ${v}\n`).join("")}2026-11-20T09:12:03.0000000Z   ${t.env}: ${t.v}\n2026-11-20T09:12:03.0000000Z ##[endgroup]\n2026-11-20T09:12:04.0000000Z Deploying build ${g.hex(7)}...` },
  { name: "shell history", r: (t, g) => `  ${g.range(400, 900)}  cd ~/src/api\n  ${g.range(901, 950)}  git pull --rebase\n${Object.entries(t.extra ?? {}).map(([k, v]) => `  951  export ${k}='${v}'\n`).join("")}  952  export ${t.env}='${t.v}'\n  953  make run\n  954  history | tail` },
  { name: "Python crash dump with locals", r: (t, g) => `Traceback (most recent call last):\n  File "/app/worker.py", line ${g.range(40, 300)}, in run\n    resp = session.post(url, headers=headers, timeout=10)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\n    return self.request("POST", url, data=data, json=json, **kwargs)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.net', port=443)\n\nLocals at frame run:\n    url = 'https://api.example.net/v2/events'\n    headers = {'Authorization': 'Bearer ${t.v}', 'User-Agent': 'worker/1.4'}\n    attempt = 3` },
  { name: "Jupyter notebook cell", r: (t) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", ...Object.entries(t.extra ?? {}).map(([k, v]) => `os.environ[\"${k}\"] = \"${v}\"\n`), `os.environ[\"${t.env}\"] = \"${t.v}\"\n`, "df = load_events()\n"] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", r: (t, g) => `-- seed integrations for prod tenant\nINSERT INTO integrations (id, tenant_id, provider, credential, created_at)\nVALUES (${g.range(10, 999)}, ${g.range(1, 50)}, '${t.provider}', '${t.v}', NOW());\n${Object.entries(t.extra ?? {}).map(([k, v]) => `UPDATE integrations SET ${k.toLowerCase()} = '${v}' WHERE provider = '${t.provider}';\n`).join("")}` },
  { name: "Markdown setup doc", r: (t) => `## Local setup\n\n1. Copy the credentials below into your shell:\n\n\`\`\`bash\n${Object.entries(t.extra ?? {}).map(([k, v]) => `export ${k}=${v}\n`).join("")}export ${t.env}=${t.v}\n\`\`\`\n\n2. Run \`make dev\`.` },
  { name: "unified diff", r: (t, g) => `diff --git a/config/prod.env b/config/prod.env\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/config/prod.env\n+++ b/config/prod.env\n@@ -3,4 +3,${4 + Object.keys(t.extra ?? {}).length} @@ APP_NAME=billing\n LOG_LEVEL=info\n-${t.env}=\n${Object.entries(t.extra ?? {}).map(([k, v]) => `+${k}=${v}\n`).join("")}+${t.env}=${t.v}\n FEATURE_X=false` },
  { name: "chat message (Slack paste)", r: (t) => JSON.stringify({ channel: "C0" + "8AB12CD", text: `hey can you try with this one? ${t.provider} key for prod: ${t.v}${Object.values(t.extra ?? {}).map((v) => ` (id ${v})`).join("")} — rotate it after friday pls` }) },
  { name: "HTTP request (raw) Authorization header", r: (t, g) => `POST /api/v3/jobs HTTP/1.1\r\nHost: api.partner.io\r\nAuthorization: Bearer ${t.v}\r\nContent-Type: application/json\r\nX-Request-Id: ${g.uuid()}\r\nContent-Length: 27\r\n\r\n{"job":"reindex","dry":false}` },
  { name: "HTTP query string", r: (t) => `GET https://hooks.partner.io/v1/report?format=csv&${t.env.toLowerCase()}=${encodeURIComponent(t.v)}${Object.entries(t.extra ?? {}).map(([k, v]) => `&${k.toLowerCase()}=${encodeURIComponent(v)}`).join("")}&days=30` },
  { name: "form-urlencoded body", r: (t) => `POST /oauth/token HTTP/1.1\nHost: auth.partner.io\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${Object.entries(t.extra ?? {}).map(([k, v]) => `${k.toLowerCase()}=${encodeURIComponent(v)}&`).join("")}${t.env.toLowerCase()}=${encodeURIComponent(t.v)}&scope=read` },
  { name: "multipart body", r: (t, g) => { const b = "----WebKitFormBoundary" + g.s(16); return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,20\n--${b}\n${Object.entries(t.extra ?? {}).map(([k, v]) => `Content-Disposition: form-data; name="${k.toLowerCase()}"\n\n${v}\n--${b}\n`).join("")}Content-Disposition: form-data; name="${t.env.toLowerCase()}"\n\n${t.v}\n--${b}--`; } },
  { name: "JSON API request body", r: (t, g) => `fetch("https://api.partner.io/v2/connect", {\n  method: "POST",\n  headers: { "content-type": "application/json" },\n  body: JSON.stringify(${JSON.stringify({ workspace: "ws_" + g.s(8, ANL), [camel(t.env)]: t.v, ...Object.fromEntries(Object.entries(t.extra ?? {}).map(([k, v]) => [camel(k), v])) })}),\n});` },
  { name: "k8s Secret stringData", r: (t) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n${Object.entries(t.extra ?? {}).map(([k, v]) => `  ${k}: "${v}"\n`).join("")}  ${t.env}: "${t.v}"` },
  { name: "Dockerfile ENV", r: (t) => `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n${Object.entries(t.extra ?? {}).map(([k, v]) => `ENV ${k}=${v}\n`).join("")}ENV ${t.env}=${t.v}\nCOPY . .\nCMD ["node", "server.js"]` },
  { name: "LLM chat body with pasted log (JSON-escaped)", r: (t, g) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content: `getting 401s, logs:\n\`\`\`\n[${g.range(10, 23)}:0${g.range(0, 9)}:11] DEBUG http: POST https://api.partner.io/v1/send\n[10:02:11] DEBUG http: headers={\"Authorization\": \"Bearer ${esc(t.v)}\"}\n[10:02:12] ERROR http: 401 Unauthorized\n\`\`\`` }] }) },
];

export function mk(
  id: string,
  category: string,
  label: "positive" | "benign",
  text: string,
  note: string,
): CorpusCase {
  return { id, kind: "secrets", category, label, text, note };
}

export const pad = (n: number) => String(n).padStart(3, "0");

/** Rotate tokens through renderers; ids `${prefix}-NNN`. */
export function renderAll(prefix: string, cat: string, toks: Tok[], g: Gen, offset = 0): CorpusCase[] {
  return toks.map((t, i) => {
    const rr = RENDERERS[(i + offset) % RENDERERS.length]!;
    return mk(`${prefix}-${pad(i + 1)}`, `${cat}-${t.group}`, "positive", rr.r(t, g), `${t.provider}: ${t.env} in ${rr.name}`);
  });
}
