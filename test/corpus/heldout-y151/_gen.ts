// Shared generator for heldout-y151: seeded draws, token builders and outbound-context renderers.
// Skipped by the loader (leading "_"). Every credential-shaped value is assembled at run time.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const HEX = "0123456789abcdef";
export const B64 = AN + "+/";
export const URLS = AN + "-_";

export class Rng extends SeededRng {
  an(n: number) { return this.str(n, AN); }
  hex(n: number) { return this.str(n, HEX); }
  HEX(n: number) { return this.str(n, "0123456789ABCDEF"); }
  dig(n: number) { return this.str(n, DIG); }
  low(n: number) { return this.str(n, LO + DIG); }
  up(n: number) { return this.str(n, UP + DIG); }
  b64u(n: number) { return this.str(n, URLS); }
  b64(n: number) { return this.str(n, B64); }
  uuid() { return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`; }
  b64bytes(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
  jwt(payload: Record<string, unknown>) {
    const h = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
    const p = Buffer.from(JSON.stringify(payload)).toString("base64url");
    return `${h}.${p}.${this.b64u(43)}`;
  }
}

/** Join pieces; keeps prefixes split in the source. */
export const j = (...xs: string[]) => xs.join("");

export interface Spec {
  cat: string; // short category suffix, e.g. "ai"
  name: string;
  env: string; // the env var / slot name a developer would use
  make: (r: Rng) => string;
  scheme?: string; // header form, e.g. "Bearer" or "x-api-key"
}

// ---------- prose in several languages (about a quarter non-English) ----------
const EN = [
  "Can you figure out why this fails in staging?",
  "Please refactor this so the config is loaded once.",
  "Here's my setup, the deploy keeps erroring out.",
  "Tests pass locally but CI is red, what am I missing?",
  "Help me migrate this to the new SDK version.",
  "Why does the client return 401 here?",
];
const OTHER = [
  "¿Puedes revisar por qué falla esto en producción?", // es
  "Kannst du mir helfen, das hier zu debuggen?", // de
  "Peux-tu m'aider à corriger cette configuration ?", // fr
  "Pode me ajudar a entender por que isso quebra no deploy?", // pt
  "このコードがステージングで失敗する理由を調べてください。", // ja
  "帮我看看为什么这个配置在生产环境报错。", // zh
  "Помоги разобраться, почему падает сборка.", // ru
  "이 설정이 왜 배포에서 실패하는지 봐줄래?", // ko
  "Puoi aiutarmi a sistemare questo script?", // it
  "Bu yapılandırma neden hata veriyor, bakabilir misin?", // tr
];
export const prose = (r: Rng) => (r.int(4) === 0 ? r.pick(OTHER) : r.pick(EN));

const esc = (s: string) => JSON.stringify(s).slice(1, -1);
const lc = (s: string) => s.toLowerCase();
const camel = (env: string) => lc(env).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
/** [header name, header value] for a spec's scheme. */
export function hpair(s: Spec, v: string): [string, string] {
  const sc = s.scheme;
  if (!sc || sc === "Bearer") return ["Authorization", `Bearer ${v}`];
  if (sc === "Authorization") return ["Authorization", v];
  if (sc.startsWith("Authorization: ")) { const rest = sc.slice(15); return ["Authorization", rest.endsWith("=") ? rest + v : `${rest} ${v}`]; }
  return [sc, v];
}
const hdr = (s: Spec, v: string) => { const [a, b] = hpair(s, v); return `${a}: ${b}`; };

export type Out = string | { text: string; needle: string };
export type Renderer = (v: string, s: Spec, r: Rng) => Out;

export const RENDERERS: [string, Renderer][] = [
  ["openai-chat-env", (v, s, r) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "system", content: "You are a coding assistant." }, { role: "user", content: `${prose(r)}\n\n.env:\nNODE_ENV=production\nPORT=8080\n${s.env}=${v}\nLOG_LEVEL=info` }] })],
  ["anthropic-tool-use-write", (v, s, r) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "assistant", content: [{ type: "tool_use", id: `toolu_${r.an(24)}`, name: "write_file", input: { path: "config/.env.production", content: `APP_NAME=orders\n${s.env}=${v}\n` } }] }] })],
  ["openai-tool-call-shell", (v, s, r) => JSON.stringify({ role: "assistant", tool_calls: [{ id: `call_${r.an(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ cmd: `${s.env}=${v} npm run migrate` }) } }] })],
  ["mcp-tool-result", (v, s, r) => JSON.stringify({ jsonrpc: "2.0", id: r.range(2, 90), result: { content: [{ type: "text", text: `$ cat .env.local\n${s.env}="${v}"\nDEBUG=false` }] } })],
  ["shell-export", (v, s) => `export ${s.env}='${v}'\n./scripts/deploy.sh --region eu-west-1`],
  ["docker-run", (v, s) => `docker run --rm -p 3000:3000 -e ${s.env}=${v} -e NODE_ENV=production ghcr.io/acme/api:1.8.2`],
  ["curl-header", (v, s) => `curl -sS -X GET https://api.internal.example.net/v1/status \\\n  -H '${hdr(s, v)}' \\\n  -H 'Accept: application/json'`],
  ["url-query", (v, s) => `GET https://hooks.example.org/ingest?source=cli&${lc(s.env)}=${encodeURIComponent(v)}&v=2`],
  ["form-body", (v, s) => `POST /oauth/register HTTP/1.1\nHost: auth.example.com\nContent-Type: application/x-www-form-urlencoded\n\nclient=cli&${lc(s.env)}=${encodeURIComponent(v)}&grant=app`],
  ["k8s-secret", (v, s) => { const b = Buffer.from(v).toString("base64"); return { text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\ndata:\n  ${s.env}: ${b}\n`, needle: b }; }],
  ["helm-values", (v, s) => `# values.prod.yaml\nreplicaCount: 3\nenv:\n  - name: ${s.env}\n    value: "${v}"\n  - name: LOG_FORMAT\n    value: json\n`],
  ["toml", (v, s) => `[service]\nname = "worker"\n\n[secrets]\n${lc(s.env)} = "${v}"\n`],
  ["ini", (v, s) => `[default]\nregion = us-east-1\n${lc(s.env)} = ${v}\n`],
  ["properties", (v, s) => `spring.application.name=billing\napp.${lc(s.env).replace(/_/g, ".")}=${v}\nserver.port=8081`],
  ["json-config", (v, s) => JSON.stringify({ service: "ingest", [camel(s.env)]: v, retries: 3 }, null, 2)],
  ["python", (v, s) => `import os\nimport httpx\n\n${s.env} = os.getenv("${s.env}", "${v}")\nclient = httpx.Client(headers={"Authorization": f"Bearer {${s.env}}"})\n`],
  ["javascript", (v, s) => `// src/lib/client.js\nconst ${camel(s.env)} = process.env.${s.env} ?? "${v}";\nexport const client = createClient({ apiKey: ${camel(s.env)}, timeout: 10_000 });\n`],
  ["go", (v, s) => `package main\n\nconst ${camel(s.env)} = "${v}"\n\nfunc main() {\n\treq.Header.Set("Authorization", "Bearer "+${camel(s.env)})\n}\n`],
  ["csharp-appsettings", (v, s) => JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, Integrations: { [s.env.split("_").map((w) => w[0] + lc(w.slice(1))).join("")]: v } }, null, 2)],
  ["ruby", (v, s) => `# config/initializers/client.rb\nClient.configure do |c|\n  c.${lc(s.env)} = ENV.fetch("${s.env}", "${v}")\nend\n`],
  ["php", (v, s) => `<?php\nreturn [\n    '${lc(s.env)}' => env('${s.env}', '${v}'),\n    'timeout' => 30,\n];\n`],
  ["rust", (v, s) => `let ${lc(s.env)} = std::env::var("${s.env}").unwrap_or_else(|_| "${v}".to_string());\nlet client = Client::builder().build()?;\n`],
  ["spring-yaml", (v, s) => `spring:\n  profiles: prod\nintegrations:\n  ${camel(s.env)}: ${v}\n`],
  ["android-gradle", (v, s) => `android {\n    defaultConfig {\n        buildConfigField "String", "${s.env}", "\\"${v}\\""\n    }\n}\n`],
  ["swift", (v, s) => `enum Secrets {\n    static let ${camel(s.env)} = "${v}"\n}\n`],
  ["tfvars", (v, s) => `# terraform.tfvars\nenvironment = "prod"\n${lc(s.env)} = "${v}"\n`],
  ["gha-yaml", (v, s) => `name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${s.env}: ${v}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n`],
  ["dockerfile", (v, s) => `FROM node:20-alpine\nWORKDIR /app\nENV ${s.env}=${v}\nCOPY . .\nRUN npm ci && npm run build\n`],
  ["compose", (v, s) => `services:\n  api:\n    image: acme/api:latest\n    environment:\n      - ${s.env}=${v}\n      - PORT=8080\n`],
  ["log-line", (v, s, r) => `2026-11-${String(r.range(10, 28))}T0${r.range(1, 9)}:14:22.481Z INFO  [config] loaded ${s.env}=${v} trace_id=${r.hex(32)}`],
  ["py-traceback", (v, s) => `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 41, in run\n    resp = session.post(url, headers=headers)\nrequests.exceptions.HTTPError: 403 Forbidden\n\nLocals:\n  headers = {'Authorization': 'Bearer ${v}'}\n  ${lc(s.env)} = '${v}'\n`],
  ["jupyter", (v, s) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.env}"] = "${v}"\n`, "df = load()\n"] }], nbformat: 4, nbformat_minor: 5 })],
  ["sql-insert", (v, s) => `INSERT INTO integration_settings (tenant_id, name, value) VALUES\n  (42, '${lc(s.env)}', '${v}');`],
  ["markdown-chat", (v, s, r) => `${prose(r)}\n\n\`\`\`bash\n${s.env}=${v} yarn start\n\`\`\`\n`],
  ["git-diff", (v, s) => `diff --git a/.env.example b/.env.example\nindex 3f2a1c0..9b7e44d 100644\n--- a/.env.example\n+++ b/.env.example\n@@ -1,3 +1,4 @@\n APP_URL=http://localhost:3000\n-${s.env}=\n+${s.env}=${v}\n`],
  ["har-entry", (v, s) => JSON.stringify({ log: { entries: [{ request: { method: "POST", url: "https://api.example.io/v2/jobs", headers: [{ name: hpair(s, v)[0], value: hpair(s, v)[1] }] }, response: { status: 200 } }] } })],
  ["fetch-copy", (v, s) => `fetch("https://api.example.app/v1/items", {\n  "headers": {\n    "accept": "application/json",\n    "${lc(hpair(s, v)[0])}": "${hpair(s, v)[1]}"\n  },\n  "method": "GET"\n});`],
  ["chat-message", (v, s, r) => JSON.stringify({ channel: "C0" + r.up(8), text: `${prose(r)} the ${s.name} key is ${v}` })],
  ["base64-env", (v, s) => { const b = Buffer.from(`${s.env}=${v}\nREGION=eu-central-1\n`).toString("base64"); return { text: `echo '${b}' | base64 -d > .env && docker compose up -d`, needle: b }; }],
  ["urlencoded-redirect", (v, s) => { const e = encodeURIComponent(`https://app.example.com/cb?${lc(s.env)}=${v}`); return { text: `https://login.example.com/continue?next=${e}`, needle: e }; }],
  ["systemd", (v, s) => `[Unit]\nDescription=Queue worker\n\n[Service]\nEnvironment="${s.env}=${v}"\nExecStart=/usr/local/bin/worker\nRestart=always\n`],
  ["crontab", (v, s) => `# m h dom mon dow command\n*/15 * * * * ${s.env}=${v} /opt/sync/run.sh >> /var/log/sync.log 2>&1`],
  ["makefile", (v, s) => `${s.env} ?= ${v}\n\ndeploy:\n\t./bin/release --token $(${s.env})\n`],
  ["powershell", (v, s) => `$env:${s.env} = "${v}"\ndotnet run --project src/Api`],
  ["ansible-vars", (v, s) => `# group_vars/prod.yml\napp_user: deploy\n${lc(s.env)}: "${v}"\n`],
  ["envrc", (v, s) => `# .envrc\nuse node\nexport ${s.env}=${v}\n`],
  ["escaped-json-in-json", (v, s, r) => JSON.stringify({ role: "user", content: `${prose(r)}\n${JSON.stringify({ config: JSON.stringify({ [camel(s.env)]: v }) })}` })],
  ["node-repl", (v, s) => `> process.env.${s.env}\n'${v}'\n> .exit`],
];

export function contains(text: string, needle: string, id: string): void {
  if (!needle || !text.includes(needle)) throw new Error(`${id}: value not found in text`);
}

/** Variants a renderer may legitimately use for a plain value. */
export function needles(v: string): string[] {
  return [v, encodeURIComponent(v), esc(v), esc(esc(v))];
}

export function render(id: string, cat: string, s: Spec, v: string, ri: number, r: Rng): CorpusCase {
  const [rname, fn] = RENDERERS[ri % RENDERERS.length]!;
  const out = fn(v, s, r);
  const text = typeof out === "string" ? out : out.text;
  if (typeof out === "string") {
    if (!needles(v).some((n) => text.includes(n))) throw new Error(`${id}: value not found in text`);
  } else contains(text, out.needle, id);
  return { id, kind: "secrets", category: cat, label: "positive", text, note: `${s.name} via ${s.env} in ${rname}` };
}
