// Shared generator for heldout-y150: seeded draws, token shapes and context renderers.
// Skipped by the loader (leading underscore). Every credential-shaped value is assembled at run time.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const HEX = "0123456789abcdef";
export const UHEX = "0123456789ABCDEF";
export const URLS = AN + "_-";
export const B64 = AN + "+/";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export const j = (...parts: string[]) => parts.join("");

export class Rng extends SeededRng {
  an(n: number) { return this.str(n, AN); }
  hex(n: number) { return this.str(n, HEX); }
  uhex(n: number) { return this.str(n, UHEX); }
  lo(n: number) { return this.str(n, LO + DIG); }
  up(n: number) { return this.str(n, UP + DIG); }
  url(n: number) { return this.str(n, URLS); }
  dig(n: number) { return this.str(n, DIG); }
  uuid() { return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-"); }
  b64bytes(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
  b64url(n: number) { return Buffer.from(this.bytes(n)).toString("base64url"); }
  pw(n: number) { return this.str(n, AN + "!#%^*_-"); }
  word() { return this.pick(["atlas", "nova", "kestrel", "orbit", "lumen", "pylon", "quartz", "ember", "harbor", "cedar", "delta", "fjord", "helix", "ion", "juniper", "maple"]); }
  host() { return this.pick(["api", "svc", "app", "core", "edge", "gw", "data", "jobs"]) + "-" + this.word(); }
  jwt(claims: Record<string, unknown>) {
    const h = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
    const p = Buffer.from(JSON.stringify(claims)).toString("base64url");
    return [h, p, this.b64url(32)].join(".");
  }
}

// ---- prose: about a quarter of lines in another language ----
const EN = [
  "Here is my config, can you figure out why the client returns 401?",
  "The deploy fails on this step, please take a look.",
  "Can you convert this into the format our CI expects?",
  "Please refactor this so it reads from the environment instead.",
  "This is the current setup; the request times out after 30s.",
  "Why does this crash on startup? Full output below.",
  "Add a retry with backoff around this call.",
  "Write a unit test for this module, here is what it looks like now.",
  "Sync these settings to staging please.",
  "Migrate this to the v2 SDK.",
  "Something is off with auth here, the logs are attached.",
  "Fix the lint errors in this file.",
];
const OTHER = [
  "Aquí está mi configuración, ¿por qué el cliente devuelve 401?",
  "Der Deploy schlägt bei diesem Schritt fehl, bitte schau es dir an.",
  "Peux-tu convertir ceci au format attendu par notre CI ?",
  "Por favor, refatore isso para ler das variáveis de ambiente.",
  "この設定で起動するとクラッシュします。原因を調べてください。",
  "这是当前的配置，请求在30秒后超时，帮我看看。",
  "Почему это падает при запуске? Полный вывод ниже.",
  "이 호출에 백오프 재시도를 추가해 주세요.",
  "Puoi scrivere un test unitario per questo modulo?",
  "Bu ayarları staging ortamına senkronize eder misin?",
  "कृपया इसे v2 SDK में माइग्रेट करें।",
  "Czy możesz naprawić błędy lintera w tym pliku?",
  "Hier zit iets mis met de authenticatie, logs staan hieronder.",
  "Tolong perbaiki error ini, outputnya di bawah.",
];
let proseCount = 0;
export function prose(r: Rng): string {
  proseCount++;
  return proseCount % 4 === 0 ? r.pick(OTHER) : r.pick(EN);
}

// ---- renderers ----
export interface Ctx { r: Rng; slot: string; value: string; provider: string; header: string }
export interface Out { text: string; needle: string; ctx: string }
type Renderer = (c: Ctx) => Out;
const J = (o: unknown) => JSON.stringify(o);
const lower = (s: string) => s.toLowerCase();
const camel = (s: string) => lower(s).replace(/_([a-z0-9])/g, (_m, ch: string) => ch.toUpperCase());

export const renderers: Renderer[] = [
  (c) => {
    const env = `NODE_ENV=production\nPORT=8080\n${c.slot}=${c.value}\nLOG_LEVEL=info\n`;
    return { ctx: "openai-chat-dotenv", needle: c.value, text: J({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a coding assistant." }, { role: "user", content: `${prose(c.r)}\n\n\`\`\`\n${env}\`\`\`` }] }) };
  },
  (c) => {
    const y = `services:\n  ${c.r.host()}:\n    image: ghcr.io/acme/${c.r.word()}:1.4.2\n    environment:\n      - ${c.slot}=${c.value}\n      - TZ=UTC\n`;
    return { ctx: "anthropic-messages-compose", needle: c.value, text: J({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: [{ type: "text", text: `${prose(c.r)}\n\n${y}` }] }] }) };
  },
  (c) => ({ ctx: "anthropic-tool_use-write_file", needle: c.value, text: J({ role: "assistant", content: [{ type: "text", text: "Writing the env file now." }, { type: "tool_use", id: `toolu_01${c.r.an(22)}`, name: "write_file", input: { path: ".env.local", content: `# ${c.provider}\n${c.slot}=${c.value}\n` } }] }) }),
  (c) => ({ ctx: "openai-tool_calls-shell", needle: c.value, text: J({ role: "assistant", tool_calls: [{ id: `call_${c.r.an(24)}`, type: "function", function: { name: "run_shell", arguments: J({ command: `export ${c.slot}="${c.value}" && npm run start` }) } }] }) }),
  (c) => ({ ctx: "shell-export", needle: c.value, text: `$ export ${c.slot}='${c.value}'\n$ python manage.py sync_${c.r.word()}\nSyncing... done (42 records)\n` }),
  (c) => ({ ctx: "docker-run-e", needle: c.value, text: `docker run --rm -d --name ${c.r.word()} \\\n  -e ${c.slot}=${c.value} \\\n  -p 3000:3000 acme/${c.r.host()}:latest` }),
  (c) => ({ ctx: "curl-auth-header", needle: c.value, text: `curl -sS https://${c.r.host()}.example.com/v1/items \\\n  -H "${c.header}: ${c.header === "Authorization" ? "Bearer " : ""}${c.value}" \\\n  -H "Content-Type: application/json" -d '{"limit":10}'` }),
  (c) => ({ ctx: "curl-verbose-dump", needle: c.value, text: `* Connected to api.${c.r.word()}.io (104.18.2.${c.r.range(1, 250)}) port 443\n> GET /v2/status HTTP/2\n> Host: api.${c.r.word()}.io\n> user-agent: curl/8.5.0\n> ${c.header}: ${c.header === "Authorization" ? "Bearer " : ""}${c.value}\n>\n< HTTP/2 401\n< content-type: application/json\n{"error":"unauthorized"}` }),
  (c) => ({ ctx: "url-query", needle: c.value, text: `GET https://${c.r.host()}.example.net/api/export?format=csv&${lower(c.slot)}=${c.value}&page=2` }),
  (c) => { const enc = encodeURIComponent(c.value); return { ctx: "form-urlencoded", needle: enc, text: `POST /oauth/connect HTTP/1.1\nHost: ${c.r.host()}.internal\nContent-Type: application/x-www-form-urlencoded\n\naccount=${c.r.word()}&${lower(c.slot)}=${enc}&remember=1` }; },
  (c) => { const b = Buffer.from(c.value).toString("base64"); return { ctx: "k8s-secret-data-b64", needle: b, text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${c.r.word()}-creds\n  namespace: prod\ntype: Opaque\ndata:\n  ${c.slot}: ${b}\n` }; },
  (c) => ({ ctx: "k8s-secret-stringData", needle: c.value, text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${c.r.word()}\nstringData:\n  ${lower(c.slot).replace(/_/g, "-")}: "${c.value}"\n` }),
  (c) => ({ ctx: "helm-values", needle: c.value, text: `replicaCount: 2\nimage:\n  repository: acme/${c.r.word()}\n  tag: "2.3.1"\nsecrets:\n  ${camel(c.slot)}: ${c.value}\nresources:\n  limits:\n    memory: 512Mi\n` }),
  (c) => ({ ctx: "github-actions-env", needle: c.value, text: `name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${c.slot}: ${c.value}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n` }),
  (c) => ({ ctx: "gitlab-ci-variables", needle: c.value, text: `variables:\n  ${c.slot}: "${c.value}"\n  DOCKER_DRIVER: overlay2\n\nbuild:\n  stage: build\n  script:\n    - ./gradlew assembleRelease\n` }),
  (c) => ({ ctx: "toml-config", needle: c.value, text: `[server]\nhost = "0.0.0.0"\nport = 8000\n\n[${lower(c.provider).replace(/[^a-z0-9]+/g, "_")}]\n${lower(c.slot)} = "${c.value}"\ntimeout_secs = 15\n` }),
  (c) => ({ ctx: "ini-config", needle: c.value, text: `[default]\nregion = eu-west-1\n\n[${lower(c.provider).replace(/[^a-z0-9]+/g, "-")}]\n${lower(c.slot)} = ${c.value}\n` }),
  (c) => ({ ctx: "java-properties", needle: c.value, text: `spring.application.name=${c.r.word()}-service\nspring.datasource.url=jdbc:postgresql://db:5432/app\napp.${lower(c.slot).replace(/_/g, ".")}=${c.value}\nmanagement.endpoints.web.exposure.include=health\n` }),
  (c) => ({ ctx: "appsettings-json", needle: c.value, text: JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, [c.provider.replace(/[^A-Za-z0-9]/g, "")]: { [camel(c.slot).replace(/^./, (x) => x.toUpperCase())]: c.value, TimeoutSeconds: 30 }, AllowedHosts: "*" }, null, 2) }),
  (c) => ({ ctx: "python-client", needle: c.value, text: `import os\nimport httpx\n\n${c.slot} = os.getenv("${c.slot}", "${c.value}")\n\nclient = httpx.Client(base_url="https://api.${c.r.word()}.com", headers={"${c.header}": ${c.header === "Authorization" ? `f"Bearer {${c.slot}}"` : c.slot}})\n` }),
  (c) => ({ ctx: "typescript-const", needle: c.value, text: `// src/lib/${c.r.word()}.ts\nimport { createClient } from "./client";\n\nconst ${camel(c.slot)} = process.env.${c.slot} ?? "${c.value}";\n\nexport const client = createClient({ apiKey: ${camel(c.slot)}, retries: 3 });\n` }),
  (c) => ({ ctx: "go-source", needle: c.value, text: `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst default${camel(c.slot).replace(/^./, (x) => x.toUpperCase())} = "${c.value}"\n\nfunc newReq() *http.Request {\n\treq, _ := http.NewRequest("GET", os.Getenv("BASE_URL"), nil)\n\treq.Header.Set("${c.header}", default${camel(c.slot).replace(/^./, (x) => x.toUpperCase())})\n\treturn req\n}\n` }),
  (c) => ({ ctx: "ruby-initializer", needle: c.value, text: `# config/initializers/${lower(c.provider).replace(/[^a-z0-9]+/g, "_")}.rb\nRails.application.config.x.${lower(c.slot)} = ENV.fetch("${c.slot}", "${c.value}")\n` }),
  (c) => ({ ctx: "php-config", needle: c.value, text: `<?php\n\nreturn [\n    'driver' => 'http',\n    '${lower(c.slot)}' => env('${c.slot}', '${c.value}'),\n    'timeout' => 10,\n];\n` }),
  (c) => ({ ctx: "rust-source", needle: c.value, text: `use reqwest::Client;\n\nconst ${c.slot}: &str = "${c.value}";\n\nasync fn fetch(c: &Client) -> reqwest::Result<String> {\n    c.get("https://api.example.org/v1/me").header("${c.header}", ${c.slot}).send().await?.text().await\n}\n` }),
  (c) => ({ ctx: "android-local-properties", needle: c.value, text: `sdk.dir=/Users/dev/Library/Android/sdk\n${camel(c.slot)}=${c.value}\n\n// build.gradle.kts\nbuildConfigField("String", "${c.slot}", "\\"\${project.properties["${camel(c.slot)}"]}\\"")\n` }),
  (c) => ({ ctx: "ios-plist", needle: c.value, text: `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n  <key>CFBundleName</key>\n  <string>${c.r.word()}</string>\n  <key>${c.slot}</key>\n  <string>${c.value}</string>\n</dict>\n</plist>\n` }),
  (c) => ({ ctx: "terraform-tfvars", needle: c.value, text: `region      = "us-east-1"\nenvironment = "prod"\n${lower(c.slot)} = "${c.value}"\ninstance_count = 3\n` }),
  (c) => ({ ctx: "terraform-plan", needle: c.value, text: `  # module.app.kubernetes_secret.${lower(c.provider).replace(/[^a-z0-9]+/g, "_")} will be created\n  + resource "kubernetes_secret" "app" {\n      + data = {\n          + "${c.slot}" = "${c.value}"\n        }\n      + id   = (known after apply)\n    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.` }),
  (c) => ({ ctx: "structured-log", needle: c.value, text: [J({ ts: "2026-11-30T10:12:03.551Z", level: "info", msg: "starting worker", trace_id: c.r.hex(32) }), J({ ts: "2026-11-30T10:12:03.612Z", level: "debug", msg: "client config", config: { base_url: "https://api.example.com", [lower(c.slot)]: c.value } })].join("\n") }),
  (c) => ({ ctx: "python-traceback-locals", needle: c.value, text: `Traceback (most recent call last):\n  File "/app/worker/tasks.py", line 88, in push_batch\n    resp.raise_for_status()\n    locals: {'batch_size': 500, '${lower(c.slot)}': '${c.value}', 'attempt': 3}\nhttpx.HTTPStatusError: Client error '403 Forbidden' for url 'https://api.example.io/v1/batch'` }),
  (c) => ({ ctx: "jupyter-cell", needle: c.value, text: J({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${c.slot}"] = "${c.value}"\n`, "df = load_dataset()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }) }),
  (c) => ({ ctx: "sql-seed", needle: c.value, text: `-- seed integrations for local dev\nINSERT INTO integrations (id, provider, credential, created_at)\nVALUES (${c.r.range(10, 900)}, '${lower(c.provider)}', '${c.value}', now());\n` }),
  (c) => ({ ctx: "markdown-notes", needle: c.value, text: `## Setup notes\n\n${prose(c.r)}\n\n1. Install deps: \`pnpm i\`\n2. Set \`${c.slot}=${c.value}\` in your shell\n3. Run \`pnpm dev\`\n` }),
  (c) => ({ ctx: "unified-diff", needle: c.value, text: `diff --git a/config/${c.r.word()}.yml b/config/${c.r.word()}.yml\n--- a/config/settings.yml\n+++ b/config/settings.yml\n@@ -3,4 +3,5 @@ default:\n   timeout: 30\n   retries: 2\n-  ${lower(c.slot)}: <%= ENV["${c.slot}"] %>\n+  ${lower(c.slot)}: ${c.value}\n   verbose: false\n` }),
  (c) => ({ ctx: "dockerfile-env", needle: c.value, text: `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${c.slot}=${c.value}\nCOPY . .\nCMD ["node", "dist/server.js"]\n` }),
  (c) => ({ ctx: "systemd-unit", needle: c.value, text: `[Unit]\nDescription=${c.r.word()} worker\nAfter=network.target\n\n[Service]\nEnvironment="${c.slot}=${c.value}"\nExecStart=/usr/local/bin/worker --queue default\nRestart=always\n\n[Install]\nWantedBy=multi-user.target\n` }),
  (c) => ({ ctx: "crontab", needle: c.value, text: `# m h dom mon dow command\n*/15 * * * * ${c.slot}=${c.value} /opt/scripts/sync.sh >> /var/log/sync.log 2>&1\n` }),
  (c) => ({ ctx: "chat-message", needle: c.value, text: J({ channel: "C0" + c.r.up(8), text: `${prose(c.r)} ${c.slot} is ${c.value} for now, I'll rotate later` }) }),
  (c) => ({ ctx: "har-entry", needle: c.value, text: J({ log: { entries: [{ startedDateTime: "2026-11-29T08:41:12.004Z", request: { method: "POST", url: `https://api.${c.r.word()}.com/v1/events`, headers: [{ name: "content-type", value: "application/json" }, { name: c.header.toLowerCase(), value: (c.header === "Authorization" ? "Bearer " : "") + c.value }] }, response: { status: 200 } }] } }) }),
  (c) => ({ ctx: "copy-as-fetch", needle: c.value, text: `fetch("https://api.${c.r.word()}.dev/graphql", {\n  "headers": {\n    "accept": "*/*",\n    "${c.header.toLowerCase()}": "${c.header === "Authorization" ? "Bearer " : ""}${c.value}",\n    "content-type": "application/json"\n  },\n  "body": "{\\"query\\":\\"{ viewer { id } }\\"}",\n  "method": "POST"\n});` }),
  (c) => ({ ctx: "mcp-tool-result", needle: c.value, text: J({ jsonrpc: "2.0", id: c.r.range(2, 99), result: { content: [{ type: "text", text: `$ cat .env.production\nAPP_URL=https://${c.r.word()}.app\n${c.slot}=${c.value}\n` }], isError: false } }) }),
  (c) => ({ ctx: "powershell-env", needle: c.value, text: `PS C:\\src\\${c.r.word()}> $env:${c.slot} = "${c.value}"\nPS C:\\src\\${c.r.word()}> dotnet run --project .\\Api\\Api.csproj\n` }),
  (c) => ({ ctx: "ansible-vars", needle: c.value, text: `---\n- hosts: web\n  vars:\n    app_user: deploy\n    ${lower(c.slot)}: "${c.value}"\n  roles:\n    - app\n` }),
  (c) => { const b = Buffer.from(`APP_ENV=prod\n${c.slot}=${c.value}\n`).toString("base64"); return { ctx: "b64-env-in-json", needle: b, text: J({ name: `${c.r.word()}-env`, encoding: "base64", content: b }) }; },
  (c) => ({ ctx: "vault-kv-put", needle: c.value, text: `vault kv put secret/${c.r.word()}/prod ${lower(c.slot)}='${c.value}' region=eu-central-1` }),
  (c) => ({ ctx: "aws-ssm-put", needle: c.value, text: `aws ssm put-parameter --name /${c.r.word()}/prod/${c.slot} --type SecureString --value '${c.value}' --overwrite` }),
  (c) => ({ ctx: "gh-secret-set", needle: c.value, text: `gh secret set ${c.slot} --repo acme/${c.r.word()} --body "${c.value}"` }),
  (c) => ({ ctx: "openai-chat-json-escaped-config", needle: c.value, text: J({ model: "gpt-4o-mini", messages: [{ role: "user", content: `${prose(c.r)}\n${JSON.stringify({ [camel(c.slot)]: c.value, endpoint: "https://api.example.com" }, null, 2)}` }] }) }),
  (c) => ({ ctx: "vscode-settings", needle: c.value, text: `{\n  "editor.formatOnSave": true,\n  "rest-client.environmentVariables": {\n    "prod": {\n      "${camel(c.slot)}": "${c.value}"\n    }\n  }\n}` }),
];

// ---- case assembly ----
export interface Provider { name: string; cat: string; slot: string; header?: string; gen: (r: Rng) => string }

export function mk(id: string, cat: string, label: "positive" | "benign", text: string, needle: string | string[], note: string): CorpusCase {
  for (const n of Array.isArray(needle) ? needle : [needle]) {
    if (!text.includes(n)) throw new Error(`${id}: needle not in text`);
  }
  return { id, kind: "secrets", category: `heldouty150-${cat}`, label, text, note };
}

export function renderAll(r: Rng, letter: string, providers: Provider[], perProvider: number, start = 0): CorpusCase[] {
  const out: CorpusCase[] = [];
  let k = start;
  let n = 0;
  for (let pass = 0; pass < perProvider; pass++) {
    for (const [i, p] of providers.entries()) {
      if (pass > 0 && i % 4 === 3) continue; // second pass covers three quarters of the providers
      const rend = renderers[k % renderers.length]!;
      k += 7; // co-prime step so consecutive providers land on different carriers
      const value = p.gen(r);
      const o = rend({ r, slot: p.slot, value, provider: p.name, header: p.header ?? "Authorization" });
      n++;
      out.push(mk(`y150-${letter}-${String(n).padStart(3, "0")}`, `sec-${p.cat}`, "positive", o.text, o.needle, `${p.name} in ${p.slot} via ${o.ctx}`));
    }
  }
  return out;
}
