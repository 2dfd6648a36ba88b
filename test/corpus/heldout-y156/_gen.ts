// Shared PRNG wrapper, token builders and context renderers for heldout-y156 (skipped by the loader).
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const HEX = "0123456789abcdef";
export const B64 = AN + "+/";
export const URLB64 = AN + "_-";

export class Rng extends SeededRng {
  s(n: number, a = AN): string { return this.str(n, a); }
  hex(n: number): string { return this.str(n, HEX); }
  uuid(): string { return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-"); }
  b64(n: number): string { return Buffer.from(this.bytes(n)).toString("base64"); }
  b64u(n: number): string { return Buffer.from(this.bytes(n)).toString("base64url"); }
  ip(): string { return `10.${this.range(0, 255)}.${this.range(0, 255)}.${this.range(1, 254)}`; }
}

export const j = (...p: string[]) => p.join("");

// Prose lines: about a quarter in other languages.
const EN = [
  "Can you check why this fails in staging?",
  "Here is my config, the deploy keeps timing out.",
  "Please refactor this into a helper and keep behaviour the same.",
  "The integration test is flaky, logs below.",
  "Add retries around this call, it returns 429 sometimes.",
  "Why does the container exit with code 1 here?",
  "Migrate this to the new SDK version please.",
];
const OTHER = [
  "¿Puedes revisar por qué falla esto en producción?", // es
  "Kannst du mir sagen, warum der Build hier abbricht?", // de
  "Peux-tu corriger cette configuration, le déploiement échoue ?", // fr
  "この設定でデプロイが失敗します。原因を教えてください。", // ja
  "这个配置在测试环境里报错了，帮我看看。", // zh
  "Pode ajustar esse script? Está dando erro 401.", // pt
  "Почему этот запрос возвращает 403? Вот конфиг.", // ru
  "이 설정으로 배포하면 타임아웃이 나요. 확인해 주세요.", // ko
  "Perché questo job fallisce solo su CI?", // it
];
export function prose(r: Rng): string { return r.int(4) === 0 ? r.pick(OTHER) : r.pick(EN); }

export interface Rendered { text: string; needles: string[]; ctx: string }
export type Renderer = (r: Rng, slot: string, v: string) => Rendered;
const R = (ctx: string, text: string, ...needles: string[]): Rendered => ({ ctx, text, needles });
const lc = (s: string) => s.toLowerCase();
const camel = (s: string) => lc(s).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const b64 = (s: string) => Buffer.from(s).toString("base64");

export const renderers: Renderer[] = [
  (r, k, v) => R("llm-chat-dotenv", JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `${prose(r)}\n\n\`\`\`\nNODE_ENV=production\nPORT=${r.range(3000, 9000)}\n${k}=${v}\nLOG_LEVEL=info\n\`\`\`` }] }), v),
  (r, k, v) => R("shell-export", `$ export ${k}="${v}"\n$ npm run deploy -- --region ${r.pick(["eu-west-1", "us-east-2", "ap-south-1"])}`, v),
  (r, k, v) => R("docker-run-e", `docker run --rm -e ${k}=${v} -p ${r.range(3000, 9000)}:8080 ghcr.io/acme/api:${r.range(1, 9)}.${r.range(0, 20)}.0`, v),
  (r, k, v) => R("curl-header", `curl -sS -X POST https://api.internal.example.com/v1/jobs \\\n  -H "Authorization: Bearer ${v}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"limit":${r.range(5, 50)}}'`, v),
  (r, k, v) => { const e = b64(v); return R("k8s-secret-b64", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: ${r.pick(["prod", "default", "payments"])}\ntype: Opaque\ndata:\n  ${k}: ${e}\n`, e); },
  (r, k, v) => R("k8s-secret-stringdata", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${lc(k).replace(/_/g, "-")}\nstringData:\n  ${lc(k)}: "${v}"\n`, v),
  (r, k, v) => R("helm-values", `replicaCount: ${r.range(1, 5)}\nimage:\n  repository: registry.example.com/web\n  tag: "${r.hex(7)}"\nenv:\n  - name: ${k}\n    value: "${v}"\n`, v),
  (r, k, v) => R("toml", `[server]\nport = ${r.range(3000, 9000)}\n\n[credentials]\n${lc(k)} = "${v}"\n`, v),
  (r, k, v) => R("ini", `[default]\nendpoint = https://api.example.net\n${lc(k)} = ${v}\ntimeout = 30\n`, v),
  (r, k, v) => R("java-properties", `spring.application.name=orders\nspring.datasource.url=jdbc:postgresql://db:5432/orders\napp.${lc(k).replace(/_/g, ".")}=${v}\n`, v),
  (r, k, v) => R("json-config", JSON.stringify({ service: "ingest", retries: r.range(1, 5), [camel(k)]: v }, null, 2), v),
  (r, k, v) => R("python-env-default", `import os\n\n${k} = os.environ.get("${k}", "${v}")\nclient = Client(api_key=${k}, timeout=30)\n`, v),
  (r, k, v) => R("js-sdk-ctor", `// ${prose(r)}\nconst client = new ApiClient({\n  ${camel(k)}: "${v}",\n  baseURL: process.env.API_URL,\n});\nexport default client;\n`, v),
  (r, k, v) => R("go-const", `package config\n\nconst (\n\tDefaultRegion = "eu-central-1"\n\t${camel(k).replace(/^./, (c) => c.toUpperCase())} = "${v}"\n)\n`, v),
  (r, k, v) => R("csharp-appsettings", JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, ApiSettings: { [k.split("_").map((w) => w[0] + lc(w.slice(1))).join("")]: v } }, null, 2), v),
  (r, k, v) => R("ruby-env-fetch", `# config/initializers/client.rb\nClient.configure do |c|\n  c.${lc(k)} = ENV.fetch("${k}", "${v}")\nend\n`, v),
  (r, k, v) => R("php-define", `<?php\n// wp-config.php\ndefine('${k}', '${v}');\ndefine('WP_DEBUG', false);\n`, v),
  (r, k, v) => R("rust-const", `pub const ${k}: &str = "${v}";\n\nfn main() {\n    let c = Client::new(${k});\n}\n`, v),
  (r, k, v) => R("gradle-buildconfig", `android {\n    defaultConfig {\n        buildConfigField "String", "${k}", "\\"${v}\\""\n    }\n}\n`, v),
  (r, k, v) => R("swift-let", `import Foundation\n\nenum Secrets {\n    static let ${camel(k)} = "${v}"\n}\n`, v),
  (r, k, v) => R("gha-env", `name: deploy\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      ${k}: ${v}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make release\n`, v),
  (r, k, v) => R("dockerfile-env", `FROM node:20-alpine\nWORKDIR /app\nENV ${k}=${v}\nCOPY . .\nRUN npm ci && npm run build\nCMD ["node", "dist/server.js"]\n`, v),
  (r, k, v) => R("compose-env", `services:\n  worker:\n    image: acme/worker:latest\n    environment:\n      - ${k}=${v}\n      - QUEUE=default\n`, v),
  (r, k, v) => R("tfvars", `region      = "us-west-2"\n${lc(k)} = "${v}"\ninstance_count = ${r.range(1, 6)}\n`, v),
  (r, k, v) => R("log-line", `${new Date(Date.UTC(2026, 10, r.range(1, 28), r.range(0, 23), r.range(0, 59))).toISOString()} INFO trace_id=${r.hex(32)} boot config loaded ${lc(k)}=${v} pid=${r.range(100, 9999)}`, v),
  (r, k, v) => R("python-traceback-locals", `Traceback (most recent call last):\n  File "/app/worker.py", line ${r.range(10, 300)}, in run\n    resp = session.post(url, headers=headers)\nrequests.exceptions.HTTPError: 401 Client Error\n\nLocals:\n  url = 'https://api.example.com/v2/sync'\n  headers = {'Authorization': 'Bearer ${v}', 'Accept': 'application/json'}\n  ${lc(k)} = '${v}'\n`, v),
  (r, k, v) => R("jupyter-cell", JSON.stringify({ cells: [{ cell_type: "code", execution_count: r.range(1, 40), metadata: {}, source: ["import os\n", `os.environ["${k}"] = "${v}"\n`, "df = load()\n"], outputs: [] }], nbformat: 4, nbformat_minor: 5 }), v),
  (r, k, v) => R("sql-insert", `INSERT INTO integrations (id, provider, ${lc(k)}, created_at)\nVALUES (${r.range(1, 999)}, 'primary', '${v}', NOW());`, v),
  (r, k, v) => R("markdown-chat", `${prose(r)}\n\n| key | value |\n|---|---|\n| \`${k}\` | \`${v}\` |\n`, v),
  (r, k, v) => R("unified-diff", `diff --git a/.env.production b/.env.production\nindex ${r.hex(7)}..${r.hex(7)} 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,3 +3,4 @@ APP_URL=https://app.example.com\n REDIS_HOST=cache\n-${k}=\n+${k}=${v}\n`, v),
  (r, k, v) => R("anthropic-tool-use", JSON.stringify({ role: "assistant", content: [{ type: "text", text: "Writing the env file." }, { type: "tool_use", id: "toolu_" + r.s(24), name: "write_file", input: { path: ".env.local", content: `${k}=${v}\nDEBUG=false\n` } }] }), v),
  (r, k, v) => R("openai-tool-call-shell", JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + r.s(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${k}=${v} python scripts/sync.py --dry-run` }) } }] }), v),
  (r, k, v) => R("mcp-tool-result", JSON.stringify({ jsonrpc: "2.0", id: r.range(1, 99), result: { content: [{ type: "text", text: `$ cat .env\n${k}=${v}\n` }], isError: false } }), v),
  (r, k, v) => R("url-query", `GET https://api.example.io/v1/export?format=csv&${lc(k)}=${v}&page=${r.range(1, 9)}`, v),
  (r, k, v) => { const e = encodeURIComponent(v); return R("form-urlencoded", `POST /oauth/connect HTTP/1.1\nHost: app.example.com\nContent-Type: application/x-www-form-urlencoded\n\nclient=web&${lc(k)}=${e}&remember=1`, e); },
  (r, k, v) => R("har-entry", JSON.stringify({ log: { entries: [{ request: { method: "GET", url: "https://api.example.com/me", headers: [{ name: "Accept", value: "*/*" }, { name: "X-Api-Key", value: v }] }, response: { status: 200 } }] } }), v),
  (r, k, v) => R("fetch-copy", `fetch("https://api.example.com/graphql", {\n  "headers": {\n    "authorization": "Bearer ${v}",\n    "content-type": "application/json"\n  },\n  "body": "{\\"query\\":\\"{ viewer { id } }\\"}",\n  "method": "POST"\n});`, v),
  (r, k, v) => { const e = b64(`${k}=${v}\n`); return R("base64-env-blob", `${prose(r)}\nThe CI secret ENV_FILE is base64 of our env:\n\n${e}\n`, e); },
  (r, k, v) => { const h = Math.floor(v.length / 2); const a = v.slice(0, h), b = v.slice(h); return R("split-concat", `// split so the linter stops complaining\nconst ${camel(k)} = "${a}" +\n  "${b}";\n`, a, b); },
  (r, k, v) => R("systemd-unit", `[Unit]\nDescription=Queue worker\n\n[Service]\nEnvironment="${k}=${v}"\nExecStart=/usr/local/bin/worker --concurrency ${r.range(2, 16)}\nRestart=always\n`, v),
  (r, k, v) => R("crontab", `*/${r.range(5, 30)} * * * * ${k}=${v} /opt/scripts/backup.sh >> /var/log/backup.log 2>&1`, v),
  (r, k, v) => R("makefile", `${k} ?= ${v}\n\ndeploy:\n\t./scripts/deploy.sh --token $(${k})\n`, v),
  (r, k, v) => R("ansible-vars", `---\n- hosts: web\n  vars:\n    ${lc(k)}: "${v}"\n  tasks:\n    - name: render config\n      template: src=app.j2 dest=/etc/app.conf\n`, v),
  (r, k, v) => R("powershell-env", `PS C:\\src\\app> $env:${k} = "${v}"\nPS C:\\src\\app> dotnet run --project Api`, v),
  (r, k, v) => R("cmd-set", `C:\\work> set ${k}=${v}\nC:\\work> gradlew.bat assembleRelease`, v),
  (r, k, v) => { const inner = JSON.stringify({ env: { [k]: v } }); return R("double-escaped-json", JSON.stringify({ tool: "edit_file", args: JSON.stringify({ path: "config.json", content: inner }) }), v); },
  (r, k, v) => R("slack-chat-message", JSON.stringify({ channel: "C0" + r.s(8, UP + DIG), text: `${prose(r)} using \`${k}=${v}\` for now, will rotate later` }), v),
  (r, k, v) => R("vercel-cli", `$ echo -n "${v}" | vercel env add ${k} production\nVercel CLI 37.4.0\n✅  Added Environment Variable ${k} to Project web`, v),
  (r, k, v) => { const e = encodeURIComponent(`${k}=${v}`); return R("url-encoded-param", `https://ci.example.com/job/build/buildWithParameters?delay=0sec&EXTRA_ENV=${e}`, encodeURIComponent(v)); },
  (r, k, v) => R("yaml-config", `app:\n  name: mobile-backend\n  ${camel(k)}: ${v}\n  features: [push, sync]\n`, v),
];

export type Gen = (r: Rng) => string;
export interface Provider { name: string; cat: string; slot: string; gen: Gen }

export function mk(id: string, category: string, label: "positive" | "benign", text: string, needles: string[], note: string): CorpusCase {
  for (const n of needles) if (!n || !text.includes(n)) throw new Error(`${id}: value not in text (${note})`);
  return { id, kind: "secrets", category, label, text, note };
}
