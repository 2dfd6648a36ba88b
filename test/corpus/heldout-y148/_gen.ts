// Shared PRNG wrapper, prose pool and context renderers for heldout-y148 (skipped by the loader).
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const ALNUM = UP + LO + DIG;
export const HEX = "0123456789abcdef";
export const B64 = ALNUM + "+/";
export const URLSAFE = ALNUM + "_-";

export class Rng extends SeededRng {
  an(n: number): string { return this.str(n, ALNUM); }
  hex(n: number): string { return this.str(n, HEX); }
  low(n: number): string { return this.str(n, LO + DIG); }
  uuid(): string { const h = this.hex(32); return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`; }
  b64(n: number): string { return Buffer.from(this.bytes(n)).toString("base64"); }
}

export const j = (...p: string[]) => p.join("");

const PROSE_EN = [
  "Can you figure out why this fails in staging?",
  "Here is the config I am using, please fix the indentation.",
  "The deploy broke after the last merge, logs below.",
  "Refactor this to read from the environment instead.",
  "Why does the client time out here?",
  "Please add retries to this call.",
  "Tests pass locally but CI is red, output attached.",
  "Convert this to TypeScript, keep behaviour the same.",
  "Write a unit test for this module.",
  "This worked yesterday, what changed?",
  "Add pagination to this endpoint.",
  "Clean up this script before I commit it.",
];
const PROSE_OTHER = [
  "¿Por qué falla esta petición en producción? Te paso la configuración.",
  "Kannst du mir sagen, warum der Build hier abbricht?",
  "Peux-tu corriger ce fichier de configuration ?",
  "このスクリプトがタイムアウトする理由を教えてください。",
  "帮我看看为什么这个请求返回 401。",
  "Por que este deploy falhou? Segue o log.",
  "Почему этот запрос возвращает ошибку? Вот конфиг.",
  "이 설정 파일에서 뭐가 잘못됐는지 봐줄래?",
];
export function prose(r: Rng, i: number): string {
  return i % 4 === 3 ? PROSE_OTHER[r.int(PROSE_OTHER.length)]! : PROSE_EN[r.int(PROSE_EN.length)]!;
}
export function proseLang(i: number): boolean { return i % 4 === 3; }

export interface Slot { env: string; key: string; header?: string; host: string; }
export type Renderer = { name: string; fn: (s: Slot, v: string, r: Rng, p: string) => { text: string; needle: string } };

const esc = (s: string) => JSON.stringify(s).slice(1, -1);
const plain = (text: string, v: string) => ({ text, needle: v });

export const RENDERERS: Renderer[] = [
  { name: "dotenv-in-chat-json", fn: (s, v, r, p) => { const inner = `${p}\n\n\`\`\`\nNODE_ENV=production\nPORT=${r.range(3000, 9000)}\n${s.env}=${v}\nLOG_LEVEL=info\n\`\`\``; return plain(JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: inner }] }), v); } },
  { name: "openai-tool-call-shell", fn: (s, v) => { const args = JSON.stringify({ command: `export ${s.env}=${v} && npm run sync` }); return plain(JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + "x1", type: "function", function: { name: "run_shell", arguments: args } }] }), v); } },
  { name: "anthropic-tool-use-write-file", fn: (s, v) => plain(JSON.stringify({ type: "tool_use", id: "toolu_01", name: "write_file", input: { path: "config/local.json", content: JSON.stringify({ [s.key]: v, timeout: 30 }, null, 2) } }), v) },
  { name: "shell-export", fn: (s, v) => plain(`$ export ${s.env}="${v}"\n$ python scripts/backfill.py --since 2026-11-01\n`, v) },
  { name: "docker-run-e", fn: (s, v, r) => plain(`docker run --rm -e ${s.env}=${v} -p 8080:8080 ghcr.io/acme/api:${r.range(1, 9)}.${r.range(0, 20)}.0`, v) },
  { name: "curl-header", fn: (s, v) => plain(`curl -sS https://${s.host}/v1/items \\\n  -H "${s.header ?? "Authorization: Bearer"} ${v}" \\\n  -H "Content-Type: application/json"`, v) },
  { name: "curl-verbose-dump", fn: (s, v) => plain(`> GET /v1/status HTTP/2\n> Host: ${s.host}\n> user-agent: curl/8.5.0\n> ${s.header ?? "Authorization: Bearer"} ${v}\n> accept: */*\n>\n< HTTP/2 200\n< content-type: application/json`, v) },
  { name: "fetch-copy", fn: (s, v) => plain(`fetch("https://${s.host}/api/v2/query", {\n  "headers": {\n    "accept": "application/json",\n    "${(s.header ?? "Authorization: Bearer").split(":")[0]}": "${(s.header ?? "Authorization: Bearer").split(":")[1]!.trim()} ${v}".trim()\n  },\n  "method": "POST"\n});`, v) },
  { name: "url-query", fn: (s, v) => plain(`GET https://${s.host}/v1/export?${s.key}=${encodeURIComponent(v)}&format=csv 403 Forbidden`, encodeURIComponent(v)) },
  { name: "form-body", fn: (s, v) => plain(`POST /oauth/token HTTP/1.1\nHost: ${s.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${s.key}=${encodeURIComponent(v)}&scope=read`, encodeURIComponent(v)) },
  { name: "k8s-secret-b64", fn: (s, v) => { const b = Buffer.from(v).toString("base64"); return plain(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\ndata:\n  ${s.env}: ${b}\n`, b); } },
  { name: "helm-values", fn: (s, v) => plain(`# values-prod.yaml\nreplicaCount: 3\nenv:\n  - name: ${s.env}\n    value: "${v}"\n  - name: FEATURE_FLAGS\n    value: "beta,search"\n`, v) },
  { name: "toml", fn: (s, v) => plain(`[service]\nname = "worker"\n\n[service.credentials]\n${s.key} = "${v}"\nregion = "eu-west-1"\n`, v) },
  { name: "ini", fn: (s, v) => plain(`[default]\nendpoint = https://${s.host}\n${s.key} = ${v}\nretries = 3\n`, v) },
  { name: "properties", fn: (s, v) => plain(`spring.application.name=orders\napp.${s.key.replace(/_/g, ".")}=${v}\nserver.port=8081\n`, v) },
  { name: "python-sdk", fn: (s, v) => plain(`import os\nimport requests\n\n${s.env} = os.getenv("${s.env}", "${v}")\n\ndef fetch():\n    return requests.get("https://${s.host}/v1/me", headers={"Authorization": f"Bearer {${s.env}}"}, timeout=10)\n`, v) },
  { name: "node-client", fn: (s, v) => plain(`const client = new Client({\n  ${s.key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())}: process.env.${s.env} ?? "${v}",\n  baseUrl: "https://${s.host}",\n});\n`, v) },
  { name: "go-const", fn: (s, v) => plain(`package config\n\nconst (\n\tdefaultHost = "${s.host}"\n\t${s.key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())} = "${v}"\n)\n`, v) },
  { name: "csharp-appsettings", fn: (s, v) => plain(JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, Integrations: { Endpoint: `https://${s.host}`, [s.key]: v } }, null, 2), v) },
  { name: "ruby-initializer", fn: (s, v) => plain(`# config/initializers/integration.rb\nRails.application.config.x.integration = {\n  host: "${s.host}",\n  ${s.key}: ENV.fetch("${s.env}", "${v}")\n}\n`, v) },
  { name: "php-config", fn: (s, v) => plain(`<?php\nreturn [\n    'host' => '${s.host}',\n    '${s.key}' => env('${s.env}', '${v}'),\n];\n`, v) },
  { name: "rust-main", fn: (s, v) => plain(`fn main() {\n    let key = std::env::var("${s.env}").unwrap_or_else(|_| "${v}".to_string());\n    let client = Client::new("https://${s.host}", &key);\n}\n`, v) },
  { name: "kotlin-android", fn: (s, v) => plain(`android {\n    defaultConfig {\n        buildConfigField("String", "${s.env}", "\\"${v}\\"")\n    }\n}\n`, v) },
  { name: "swift-plist", fn: (s, v) => plain(`<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n  <key>${s.env}</key>\n  <string>${v}</string>\n  <key>CFBundleName</key>\n  <string>AcmeApp</string>\n</dict>\n</plist>`, v) },
  { name: "terraform-tfvars", fn: (s, v) => plain(`region      = "us-east-1"\nenvironment = "prod"\n${s.key.toLowerCase()} = "${v}"\n`, v) },
  { name: "github-actions", fn: (s, v) => plain(`jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${s.env}: ${v}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n`, v) },
  { name: "dockerfile", fn: (s, v) => plain(`FROM node:20-alpine\nWORKDIR /app\nENV ${s.env}=${v}\nCOPY . .\nRUN npm ci && npm run build\nCMD ["node", "dist/index.js"]\n`, v) },
  { name: "compose-in-chat", fn: (s, v, r, p) => { const inner = `${p}\nservices:\n  api:\n    image: acme/api\n    environment:\n      - ${s.env}=${v}\n`; return plain(JSON.stringify({ messages: [{ role: "user", content: inner }], model: "gpt-4.1" }), v); } },
  { name: "log-line", fn: (s, v, r) => plain(`2026-12-0${r.range(1, 6)}T1${r.range(0, 9)}:2${r.range(0, 9)}:11.482Z INFO trace_id=${r.hex(32)} outbound request host=${s.host} ${s.key}=${v} status=200`, v) },
  { name: "python-traceback-locals", fn: (s, v) => plain(`Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error\n\nLocals:\n  url = 'https://${s.host}/v1/sync'\n  ${s.key.toLowerCase()} = '${v}'\n`, v) },
  { name: "jupyter-cell", fn: (s, v) => plain(JSON.stringify({ cells: [{ cell_type: "code", source: [`import os\n`, `os.environ["${s.env}"] = "${v}"\n`], outputs: [] }], nbformat: 4 }), v) },
  { name: "sql-insert", fn: (s, v, r) => plain(`INSERT INTO integrations (id, provider, ${s.key.toLowerCase()}, created_at)\nVALUES (${r.range(1, 999)}, '${s.host}', '${v}', now());`, v) },
  { name: "markdown-readme", fn: (s, v) => plain(`## Local setup\n\n1. Copy \`.env.example\` to \`.env\`\n2. Set the key:\n\n\`\`\`bash\n${s.env}=${v}\n\`\`\`\n3. Run \`make dev\`.`, v) },
  { name: "git-diff", fn: (s, v) => plain(`diff --git a/.env.production b/.env.production\nindex 3f2a1c9..8b0d4e2 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -2,3 +2,4 @@ APP_NAME=shop\n DB_POOL=10\n+${s.env}=${v}\n CACHE_TTL=300\n`, v) },
  { name: "mcp-tool-result", fn: (s, v) => plain(JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `$ cat .env\n${s.env}=${v}\nDEBUG=false\n` }] } }), v) },
  { name: "har-entry", fn: (s, v) => { const hv = (s.header ?? "Authorization: Bearer").split(":"); return plain(JSON.stringify({ log: { entries: [{ request: { method: "GET", url: `https://${s.host}/v1/me`, headers: [{ name: hv[0], value: `${hv[1]!.trim()} ${v}`.trim() }] } }] } }), v); } },
  { name: "slack-message", fn: (s, v, r, p) => plain(JSON.stringify({ channel: "C0" + "DEVOPS", text: `${p} the prod key is \`${v}\` (${s.env})` }), v) },
  { name: "json-escaped-double", fn: (s, v) => { const inner = JSON.stringify({ env: { [s.env]: v } }); return plain(JSON.stringify({ tool: "edit_file", arguments: JSON.stringify({ path: "deploy.json", content: inner }) }), v); } },
  { name: "base64-env-blob", fn: (s, v) => { const b = Buffer.from(`${s.env}=${v}\nREGION=eu\n`).toString("base64"); return plain(`{"name":"ci-env","value":"${b}","encoding":"base64"}`, b); } },
  { name: "yaml-config", fn: (s, v) => plain(`integrations:\n  ${s.host.split(".")[s.host.split(".").length - 2]}:\n    enabled: true\n    ${s.key}: ${v}\n    timeout_ms: 5000\n`, v) },
  { name: "powershell", fn: (s, v) => plain(`PS C:\\src\\app> $env:${s.env} = "${v}"\nPS C:\\src\\app> dotnet run --project Api`, v) },
  { name: "systemd-unit", fn: (s, v) => plain(`[Unit]\nDescription=Acme worker\n\n[Service]\nEnvironment=${s.env}=${v}\nExecStart=/usr/local/bin/worker\nRestart=always\n`, v) },
  { name: "crontab", fn: (s, v) => plain(`# m h dom mon dow command\n*/15 * * * * ${s.env}=${v} /opt/jobs/sync.sh >> /var/log/sync.log 2>&1\n`, v) },
  { name: "vercel-cli", fn: (s, v) => plain(`$ echo -n "${v}" | vercel env add ${s.env} production\nVercel CLI 39.1.2\n> Added Environment Variable ${s.env} to Project web`, v) },
  { name: "wrapped-split-js", fn: (s, v) => { const a = v.slice(0, Math.floor(v.length / 2)); const b = v.slice(Math.floor(v.length / 2)); return { text: `// split so the linter stops complaining\nconst ${s.key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())} =\n  "${a}" +\n  "${b}";\n`, needle: a }; } },
  { name: "chat-plain-text", fn: (s, v, r, p) => plain(`${p}\nI set ${s.env} to ${v} but it still says unauthorized.`, v) },
];

export function mkCase(id: string, category: string, text: string, needle: string, note: string, label: "positive" | "benign" = "positive"): CorpusCase {
  if (!text.includes(needle)) throw new Error(`${id}: value not in text`);
  return { id, kind: "secrets", category, label, text, note };
}
