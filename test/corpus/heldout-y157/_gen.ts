// Shared PRNG + renderers for heldout-y157 (skipped by the loader: leading underscore).
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HEX = "0123456789abcdef";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LOW = "abcdefghijklmnopqrstuvwxyz0123456789";
export const B64 = AN + "+/";
export const URLS = AN + "_-";
export const j = (...p: string[]) => p.join("");

export class Rng extends SeededRng {
  s(n: number, a = AN) { return this.str(n, a); }
  hex(n: number) { return this.str(n, HEX); }
  uuid() { const h = this.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`; }
  b64(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
}

export interface Tok { provider: string; env: string; value: string; header?: string; host?: string }
export interface Out { text: string; needle: string; ctx: string }
export type Renderer = (t: Tok, r: Rng) => Out;

const esc = (s: string) => JSON.stringify(s).slice(1, -1);
const EN = [
  "Can you check why this fails in CI?",
  "Please refactor this config, the deploy keeps breaking.",
  "Why does the staging worker crash on startup?",
  "The integration returns 401 since this morning, can you look?",
  "Help me move these settings into a proper config module.",
  "Can you add retries to this client? Here is the current setup.",
];
const OTHER = [
  "Kannst du mir helfen, diesen Fehler zu beheben?",
  "Peux-tu vérifier pourquoi le déploiement échoue ?",
  "¿Puedes revisar por qué falla esta configuración?",
  "この設定でエラーが出ます。原因を調べてください。",
  "帮我看一下为什么这个请求返回 401。",
  "Você pode revisar esse arquivo de configuração?",
  "Почему этот запрос возвращает ошибку 403?",
  "이 설정 파일에서 문제가 뭔지 알려줘.",
  "Puoi controllare perché il build fallisce?",
];
/** About a quarter of prose lines are in another language. */
const prose = (r: Rng) => (r.int(4) === 0 ? r.pick(OTHER) : r.pick(EN));
const o = (text: string, needle: string, ctx: string): Out => ({ text, needle, ctx });

export const RENDERERS: Renderer[] = [
  (t, r) => { const body = `${t.env}=${t.value}\nNODE_ENV=production\nPORT=${r.range(3000, 9000)}`; return o(JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `${prose(r)}\n\n.env:\n${body}` }] }), t.value, "anthropic messages body with pasted .env"); },
  (t, r) => o(JSON.stringify({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a coding assistant." }, { role: "user", content: `${prose(r)}\n\`\`\`yaml\nservices:\n  api:\n    image: app:latest\n    environment:\n      - ${t.env}=${t.value}\n\`\`\`` }] }), t.value, "openai chat body with docker-compose"),
  (t) => { const args = JSON.stringify({ command: `export ${t.env}='${t.value}' && npm run migrate` }); return o(JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_1", type: "function", function: { name: "run_shell", arguments: args } }] }), t.value, "openai tool_calls shell (double-escaped)"); },
  (t) => o(JSON.stringify({ type: "tool_use", id: "toolu_01", name: "write_file", input: { path: "config/settings.json", content: JSON.stringify({ [t.env.toLowerCase()]: t.value, retries: 3 }, null, 2) } }), t.value, "anthropic tool_use write_file json"),
  (t) => o(`$ docker run --rm -e ${t.env}=${t.value} -p 8080:8080 ghcr.io/acme/worker:1.4.2`, t.value, "docker run -e"),
  (t) => o(`curl -sS https://${t.host ?? "api.example.com"}/v1/status \\\n  -H '${t.header ?? "Authorization"}: ${t.header ? "" : "Bearer "}${t.value}' \\\n  -H 'Content-Type: application/json'`, t.value, "curl header"),
  (t, r) => o(`> GET /v2/items?limit=20 HTTP/2\n> Host: ${t.host ?? "api.example.com"}\n> ${t.header ?? "Authorization"}: ${t.header ? "" : "Bearer "}${t.value}\n> user-agent: curl/8.5.0\n< HTTP/2 200\n< x-request-id: ${r.uuid()}`, t.value, "curl -v dump"),
  (t, r) => o(JSON.stringify({ log: { entries: [{ request: { method: "POST", url: `https://${t.host ?? "api.example.com"}/graphql`, headers: [{ name: t.header ?? "Authorization", value: (t.header ? "" : "Bearer ") + t.value }, { name: "x-trace-id", value: r.hex(32) }] } }] } }), t.value, "HAR entry"),
  (t) => o(`fetch("https://${t.host ?? "api.example.com"}/v1/query", {\n  "headers": {\n    "accept": "application/json",\n    "${(t.header ?? "authorization").toLowerCase()}": "${t.header ? "" : "Bearer "}${t.value}"\n  },\n  "method": "GET"\n});`, t.value, "devtools copy as fetch"),
  (t) => { const q = t.env.toLowerCase(); return o(`GET https://${t.host ?? "api.example.com"}/v1/export?format=csv&${q}=${encodeURIComponent(t.value)}&page=2`, encodeURIComponent(t.value), "url query string"); },
  (t) => { const e = encodeURIComponent(t.value); return o(`POST /oauth/hook HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nclient=ci&${t.env.toLowerCase()}=${e}&scope=read`, e, "form body"); },
  (t) => { const b = Buffer.from(t.value).toString("base64"); return o(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\ndata:\n  ${t.env}: ${b}`, b, "k8s Secret base64 data"); },
  (t) => o(`# values.prod.yaml\nreplicaCount: 3\nenv:\n  - name: ${t.env}\n    value: "${t.value}"\n  - name: LOG_LEVEL\n    value: info`, t.value, "helm values"),
  (t) => o(`[service]\nname = "ingest"\n\n[credentials]\n${t.env.toLowerCase()} = "${t.value}"\ntimeout_ms = 5000`, t.value, "TOML"),
  (t) => o(`[default]\nregion = eu-west-1\n${t.env.toLowerCase()} = ${t.value}\n`, t.value, "INI"),
  (t) => o(`spring.datasource.pool-size=10\napp.${t.env.toLowerCase().replace(/_/g, ".")}=${t.value}\nlogging.level.root=INFO`, t.value, ".properties"),
  (t) => o(`import os\nfrom client import Client\n\nclient = Client(\n    api_key=os.getenv("${t.env}", "${t.value}"),\n    timeout=30,\n)`, t.value, "python env default"),
  (t) => o(`const client = new Client({\n  apiKey: process.env.${t.env} ?? "${t.value}",\n  baseURL: "https://${t.host ?? "api.example.com"}",\n});\nexport default client;`, t.value, "js sdk constructor"),
  (t) => o(`package main\n\nconst ${t.env.toLowerCase().replace(/_(.)/g, (_, c) => c.toUpperCase())} = "${t.value}"\n\nfunc main() {\n\tcfg := LoadConfig()\n\t_ = cfg\n}`, t.value, "go const"),
  (t) => o(`var options = new ServiceOptions {\n    ApiKey = "${t.value}",\n    Endpoint = new Uri("https://${t.host ?? "api.example.com"}"),\n};`, t.value, "C# options"),
  (t) => o(`Rails.application.configure do\n  config.x.${t.env.toLowerCase()} = ENV.fetch("${t.env}", "${t.value}")\nend`, t.value, "ruby config"),
  (t) => o(`<?php\nreturn [\n    '${t.env.toLowerCase()}' => env('${t.env}', '${t.value}'),\n    'debug' => false,\n];`, t.value, "php config"),
  (t, r) => o(`  # module.app.aws_ssm_parameter.${t.env.toLowerCase()} will be created\n  + resource "aws_ssm_parameter" "${t.env.toLowerCase()}" {\n      + id    = (known after apply)\n      + name  = "/prod/${t.env}"\n      + type  = "String"\n      + value = "${t.value}"\n      + tags  = { commit = "${r.hex(40)}" }\n    }`, t.value, "terraform plan"),
  (t, r) => o(JSON.stringify({ version: 4, serial: r.range(10, 400), resources: [{ type: "kubernetes_secret", name: "app", instances: [{ attributes: { data: { [t.env]: t.value } } }] }] }, null, 2), t.value, "terraform state"),
  (t, r) => o(`2026-11-30T08:${r.range(10, 59)}:12.441Z INFO  boot trace=${r.hex(32)} commit=${r.hex(40).slice(0, 12)} loaded config ${t.env}=${t.value} region=us-east-1`, t.value, "log line"),
  (t, r) => o(`Traceback (most recent call last):\n  File "/srv/app/worker.py", line ${r.range(20, 300)}, in sync\n    resp.raise_for_status()\n    Locals:\n      url = 'https://${t.host ?? "api.example.com"}/sync'\n      ${t.env.toLowerCase()} = '${t.value}'\nrequests.exceptions.HTTPError: 401 Client Error`, t.value, "python crash report with locals"),
  (t) => o(JSON.stringify({ cells: [{ cell_type: "code", source: ["import os\n", `os.environ["${t.env}"] = "${t.value}"\n`, "df = load()\n"], outputs: [] }], nbformat: 4, nbformat_minor: 5 }), t.value, "jupyter notebook json"),
  (t, r) => o(`INSERT INTO integrations (id, provider, ${"secret"}, created_at)\nVALUES (${r.range(1, 900)}, '${t.provider}', '${t.value}', now());`, t.value, "SQL seed insert"),
  (t) => o(`## Setup\n\n1. Copy the key below into your shell:\n\n\`\`\`bash\nexport ${t.env}="${t.value}"\n\`\`\`\n\n2. Run \`make dev\`.`, t.value, "markdown README"),
  (t) => o(`diff --git a/.env.production b/.env.production\nindex 3f2a1c0..9b8e7d4 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -1,3 +1,4 @@\n APP_URL=https://app.example.com\n+${t.env}=${t.value}\n LOG_LEVEL=warn`, t.value, "diff"),
  (t) => o(`name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${t.env}: ${t.value}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh`, t.value, "github actions workflow"),
  (t) => o(`FROM node:20-alpine\nWORKDIR /app\nENV ${t.env}=${t.value}\nCOPY . .\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]`, t.value, "Dockerfile ENV"),
  (t, r) => o(JSON.stringify({ jsonrpc: "2.0", id: r.range(1, 99), result: { content: [{ type: "text", text: `Read 4 lines from .env.local:\n${t.env}=${t.value}\nDEBUG=0` }] } }), t.value, "MCP tool result echoed"),
  (t, r) => o(`{"text":"${esc(`${prose(r)}\n${t.env}: \"${t.value}\"`)}","channel":"C0${r.s(8, UP)}"}`, t.value, "chat message JSON-escaped"),
  (t) => o(`[Unit]\nDescription=worker\n\n[Service]\nEnvironment="${t.env}=${t.value}"\nExecStart=/usr/local/bin/worker\nRestart=always`, t.value, "systemd unit"),
  (t) => o(`*/15 * * * * ${t.env}=${t.value} /opt/jobs/sync.sh >> /var/log/sync.log 2>&1`, t.value, "crontab"),
  (t) => o(`<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="${t.env}" value="${t.value}" />\n  </appSettings>\n</configuration>`, t.value, "web.config xml"),
  (t) => { const h = t.value.length >> 1; const a = t.value.slice(0, h), b = t.value.slice(h); const out = o(`const part1 = "${a}";\nconst part2 = "${b}";\n// ${t.provider}\nconst ${t.env.toLowerCase()} = part1 + part2;`, a, "split value concatenated"); if (!out.text.includes(b)) throw new Error("split"); return out; },
  (t) => o(`PS C:\\src\\app> $env:${t.env} = "${t.value}"\nPS C:\\src\\app> dotnet run --project Api`, t.value, "powershell env"),
  (t) => o(`android {\n  defaultConfig {\n    buildConfigField "String", "${t.env}", "\\"${t.value}\\""\n  }\n}`, t.value, "gradle buildConfigField"),
  (t) => o(`<key>${t.env}</key>\n<string>${t.value}</string>\n<key>CFBundleVersion</key>\n<string>42</string>`, t.value, "iOS Info.plist"),
  (t, r) => o(`${prose(r)}\n\nHere is my local.settings.json:\n{\n  "IsEncrypted": false,\n  "Values": {\n    "FUNCTIONS_WORKER_RUNTIME": "node",\n    "${t.env}": "${t.value}"\n  }\n}`, t.value, "chat prose with azure functions settings"),
  (t) => o(`git commit -m "wire up ${t.provider}" && git push https://ci:${encodeURIComponent(t.value)}@git.example.com/acme/app.git HEAD:main`, encodeURIComponent(t.value), "credential in git push url"),
  (t) => o(`{"mcpServers":{"${t.provider.toLowerCase().replace(/[^a-z]/g, "")}":{"command":"npx","args":["-y","@acme/mcp-server"],"env":{"${t.env}":"${t.value}"}}}}`, t.value, "MCP client config"),
  (t) => o(`export default defineConfig({\n  define: {\n    "import.meta.env.${t.env}": JSON.stringify("${t.value}"),\n  },\n});`, t.value, "vite define"),
  (t) => o(`airflow connections add '${t.provider.toLowerCase().replace(/[^a-z]/g, "_")}_default' --conn-type http --conn-password '${t.value}'`, t.value, "airflow cli"),
];

const HEADER_IDX = [5, 6, 7, 8];

export function rotate(rng: Rng, prefix: string, category: string, toks: Tok[], offset: number): CorpusCase[] {
  return toks.map((t, i) => {
    let k = (i + offset) % RENDERERS.length;
    if (t.value.includes("://") && HEADER_IDX.includes(k)) k = (k + 4) % RENDERERS.length;
    const rd = RENDERERS[k]!;
    const out = rd(t, rng);
    if (!out.text.includes(out.needle)) throw new Error(`needle missing: ${prefix}${i}`);
    return { id: `${prefix}-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category, label: "positive", text: out.text, note: `${t.provider} / ${t.env} / ${out.ctx}` };
  });
}
