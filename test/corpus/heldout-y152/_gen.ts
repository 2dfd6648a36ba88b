// Shared generator for heldout-y152 (skipped by the loader: the name starts with "_").
// Every credential-shaped value is assembled at run time from a split prefix and a body drawn
// from SeededRng (one fixed seed per file), so the repository never holds a live-looking string.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const HEX = "0123456789abcdef";
export const UHEX = "0123456789ABCDEF";
export const URLSAFE = AN + "_-";
export const B64 = AN + "+/";
export const B32 = UP + "234567";
export const LOAN = LO + DIG;
export const UPAN = UP + DIG;

/** Join parts: used so that no prefix and body are ever adjacent in the source. */
export const j = (...p: string[]) => p.join("");

export class Rng extends SeededRng {
  s(n: number, a = AN) {
    return this.str(n, a);
  }
  hex(n: number) {
    return this.str(n, HEX);
  }
  uuid() {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[this.int(4)]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  b64(n: number) {
    return Buffer.from(this.bytes(n)).toString("base64");
  }
  b64url(n: number) {
    return Buffer.from(this.bytes(n)).toString("base64url");
  }
  digits(n: number) {
    return String(this.range(1, 9)) + this.str(n - 1, DIG);
  }
  /** A JWT-shaped value: real base64url header/payload and a random signature. */
  jwt(payload: Record<string, unknown>, alg = "HS256") {
    const e = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [e({ alg, typ: "JWT" }), e(payload), this.b64url(alg.startsWith("HS") ? 32 : 64)].join(".");
  }
  ts() {
    const d = new Date(Date.UTC(2026, this.int(11), 1 + this.int(27), this.int(24), this.int(60), this.int(60)));
    return d.toISOString();
  }
  sha() {
    return this.hex(40);
  }
}

// ---------------------------------------------------------------- prose (≈ ¼ non-English)
const EN = [
  "Can you figure out why this fails on startup?",
  "Please wire this into the config loader and keep the existing behaviour.",
  "The integration test is flaky, here is what I have so far.",
  "Refactor this so the settings come from one place.",
  "Deploy keeps failing after I rotated things, can you look?",
  "Add retries around this call, it times out in staging.",
  "Here's my current setup, the client returns 401 sometimes.",
  "Convert this to the new SDK version please.",
  "Why does the worker not pick up the new value?",
  "Write a quick script that uses this and prints the result.",
  "Move this into the CI pipeline so the nightly job can use it.",
  "The mobile build can't reach the backend, config below.",
];
const OTHER: Array<[string, string[]]> = [
  ["fr", ["Peux-tu trouver pourquoi ça plante au démarrage ?", "Merci d'intégrer ça dans la config sans casser le reste."]],
  ["de", ["Kannst du herausfinden, warum das beim Start fehlschlägt?", "Bitte bau das in den Deploy-Job ein, hier meine Konfiguration."]],
  ["es", ["¿Puedes ver por qué falla al arrancar?", "Migra esto al nuevo SDK, por favor; aquí está la configuración."]],
  ["pt", ["Consegue ver por que isso dá 401 em produção?", "Coloca isso no pipeline de CI, por favor."]],
  ["ja", ["起動時に失敗する原因を調べてもらえますか？", "この設定を新しいSDKに移行してください。"]],
  ["zh", ["能帮我看看为什么启动时报错吗？", "请把这个配置接入到部署流程里。"]],
  ["ru", ["Посмотри, почему это падает при запуске?", "Перенеси это в CI, вот текущий конфиг."]],
  ["it", ["Puoi capire perché fallisce all'avvio?", "Sposta questo nella pipeline, ecco la configurazione."]],
  ["ko", ["시작할 때 왜 실패하는지 봐줄 수 있어?", "이 설정을 배포 스크립트에 넣어줘."]],
  ["tr", ["Başlangıçta neden hata verdiğini bulabilir misin?", "Bunu CI hattına taşı lütfen."]],
  ["pl", ["Możesz sprawdzić, dlaczego to się wywala przy starcie?", "Przenieś to do pipeline'u CI, proszę."]],
  ["nl", ["Kun je kijken waarom dit faalt bij het opstarten?", "Zet dit in de CI-pipeline alsjeblieft."]],
];
export const langCount: Record<string, number> = {};
export function prose(r: Rng): string {
  if (r.int(4) === 0) {
    const [lang, lines] = r.pick(OTHER);
    langCount[lang] = (langCount[lang] ?? 0) + 1;
    return r.pick(lines);
  }
  langCount.en = (langCount.en ?? 0) + 1;
  return r.pick(EN);
}

// ---------------------------------------------------------------- specs and renderers
export interface Made {
  /** Named slots: [ENV_NAME, value]. The first one is the secret that must appear. */
  vars: Array<[string, string]>;
  /** Override what must appear (defaults to vars[0][1]). */
  secret?: string;
}
export interface Spec {
  provider: string;
  cat: string;
  host: string;
  /** Header line template with {v}; absent for values that are URLs / connection strings. */
  header?: string;
  make: (r: Rng) => Made;
}

export interface Ctx {
  r: Rng;
  spec: Spec;
  vars: Array<[string, string]>;
  secret: string;
  name: string;
}
export interface Out {
  text: string;
  needle: string;
}
type Renderer = { id: string; needsHeader?: boolean; single?: boolean; fn: (c: Ctx) => Out };

const envLines = (v: Array<[string, string]>) => v.map(([k, x]) => `${k}=${x}`).join("\n");
const q = (s: string) => JSON.stringify(s);
const camel = (k: string) => k.toLowerCase().replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
const snake = (k: string) => k.toLowerCase();
const b64 = (s: string) => Buffer.from(s).toString("base64");
const sub = (t: string, v: string) => t.replace("{v}", v);
const pathOf = (r: Rng) => r.pick(["/v1/items", "/api/v2/status", "/v1/me", "/api/query", "/v1/events", "/v2/users/me"]);

export const RENDERERS: Renderer[] = [
  {
    id: "openai-chat-dotenv",
    fn: (c) => ({
      text: JSON.stringify({
        model: "gpt-4.1",
        messages: [
          { role: "system", content: "You are a coding assistant working in the user's repository." },
          { role: "user", content: `${prose(c.r)}\n\n.env:\n\`\`\`\n${envLines(c.vars)}\nNODE_ENV=production\nPORT=8080\n\`\`\`` },
        ],
        temperature: 0.2,
      }),
      needle: c.secret,
    }),
  },
  {
    id: "shell-export",
    fn: (c) => ({
      text: `$ ${c.vars.map(([k, v]) => `export ${k}="${v}"`).join("\n$ ")}\n$ ${c.r.pick(["npm run dev", "python manage.py runserver", "go run ./cmd/api", "cargo run --release", "./gradlew bootRun"])}`,
      needle: c.secret,
    }),
  },
  {
    id: "docker-run-e",
    fn: (c) => ({
      text: `docker run --rm -p 8080:8080 ${c.vars.map(([k, v]) => `-e ${k}=${v}`).join(" ")} ghcr.io/acme/${c.r.pick(["api", "worker", "ingest", "web"])}:${c.r.range(1, 9)}.${c.r.range(0, 20)}.${c.r.range(0, 9)}`,
      needle: c.secret,
    }),
  },
  {
    id: "curl-header",
    needsHeader: true,
    fn: (c) => ({
      text: `curl -sS -X GET "https://${c.spec.host}${pathOf(c.r)}" \\\n  -H "${sub(c.spec.header!, c.secret)}" \\\n  -H "Accept: application/json"`,
      needle: c.secret,
    }),
  },
  {
    id: "anthropic-tool-use-write-file",
    fn: (c) => {
      const path = c.r.pick([".env.production", "config/.env", "apps/api/.env", "deploy/.env.staging"]);
      return {
        text: JSON.stringify({
          model: "claude-sonnet-4-5",
          max_tokens: 4096,
          messages: [
            { role: "user", content: prose(c.r) },
            {
              role: "assistant",
              content: [
                { type: "text", text: `I'll write ${path}.` },
                { type: "tool_use", id: `toolu_${c.r.s(24)}`, name: "write_file", input: { path, content: `${envLines(c.vars)}\nLOG_LEVEL=info\n` } },
              ],
            },
          ],
        }),
        needle: c.secret,
      };
    },
  },
  {
    id: "openai-tool-calls-shell",
    fn: (c) => {
      const cmd = `${c.vars.map(([k, v]) => `${k}='${v}'`).join(" ")} ${c.r.pick(["node scripts/sync.js", "python -m app.jobs.backfill", "make deploy", "bin/rails runner 'Sync.call'"])}`;
      return {
        text: JSON.stringify({
          model: "gpt-4o",
          messages: [
            { role: "user", content: prose(c.r) },
            { role: "assistant", content: null, tool_calls: [{ id: `call_${c.r.s(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: cmd, timeout: 120 }) } }] },
          ],
        }),
        needle: c.secret,
      };
    },
  },
  {
    id: "mcp-tool-result",
    fn: (c) => ({
      text: JSON.stringify({
        jsonrpc: "2.0",
        id: c.r.range(2, 90),
        result: { content: [{ type: "text", text: `$ cat .env.local\n${envLines(c.vars)}\nDEBUG=false\n` }], isError: false },
      }),
      needle: c.secret,
    }),
  },
  {
    id: "k8s-secret-data-b64",
    fn: (c) => ({
      text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${c.spec.provider.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-creds\n  namespace: ${c.r.pick(["prod", "default", "payments", "ml"])}\ntype: Opaque\ndata:\n${c.vars.map(([k, v]) => `  ${k}: ${b64(v)}`).join("\n")}\n`,
      needle: b64(c.secret),
    }),
  },
  {
    id: "k8s-secret-stringdata",
    fn: (c) => ({
      text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-env\ntype: Opaque\nstringData:\n${c.vars.map(([k, v]) => `  ${k}: "${v}"`).join("\n")}\n`,
      needle: c.secret,
    }),
  },
  {
    id: "helm-values",
    fn: (c) => ({
      text: `# values-prod.yaml\nreplicaCount: 3\nimage:\n  repository: registry.acme.dev/api\n  tag: "${c.r.hex(7)}"\nenv:\n${c.vars.map(([k, v]) => `  - name: ${k}\n    value: "${v}"`).join("\n")}\n`,
      needle: c.secret,
    }),
  },
  {
    id: "docker-compose",
    fn: (c) => ({
      text: `services:\n  app:\n    build: .\n    ports: ["3000:3000"]\n    environment:\n${c.vars.map(([k, v]) => `      ${k}: ${v}`).join("\n")}\n  redis:\n    image: redis:7-alpine\n`,
      needle: c.secret,
    }),
  },
  {
    id: "github-actions-env",
    fn: (c) => ({
      text: `name: nightly\non:\n  schedule: [{ cron: "0 3 * * *" }]\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n${c.vars.map(([k, v]) => `      ${k}: ${v}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm run sync\n`,
      needle: c.secret,
    }),
  },
  {
    id: "terraform-tfvars",
    fn: (c) => ({
      text: `# terraform.tfvars\nregion      = "eu-west-1"\nenvironment = "prod"\n${c.vars.map(([k, v]) => `${snake(k)} = "${v}"`).join("\n")}\n`,
      needle: c.secret,
    }),
  },
  {
    id: "toml-config",
    fn: (c) => ({
      text: `[server]\nport = 8080\n\n[${c.spec.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${c.vars.map(([k, v]) => `${snake(k)} = "${v}"`).join("\n")}\ntimeout_ms = 5000\n`,
      needle: c.secret,
    }),
  },
  {
    id: "ini-config",
    fn: (c) => ({
      text: `; settings.ini\n[app]\ndebug = false\n\n[credentials]\n${c.vars.map(([k, v]) => `${snake(k)} = ${v}`).join("\n")}\n`,
      needle: c.secret,
    }),
  },
  {
    id: "java-properties",
    fn: (c) => ({
      text: `# application-prod.properties\nserver.port=8080\nspring.jpa.open-in-view=false\n${c.vars.map(([k, v]) => `app.${snake(k).replace(/_/g, ".")}=${v}`).join("\n")}\n`,
      needle: c.secret,
    }),
  },
  {
    id: "appsettings-json",
    fn: (c) => ({
      text: JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, [c.spec.provider.replace(/[^A-Za-z0-9]/g, "")]: Object.fromEntries(c.vars.map(([k, v]) => [camel(k), v])), AllowedHosts: "*" }, null, 2),
      needle: c.secret,
    }),
  },
  {
    id: "python-environ-default",
    fn: (c) => ({
      text: `import os\nimport httpx\n\n${c.vars.map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`).join("\n")}\n\nclient = httpx.Client(base_url="https://${c.spec.host}", timeout=10)\n`,
      needle: c.secret,
    }),
  },
  {
    id: "ts-config-const",
    fn: (c) => ({
      text: `// src/config.ts\nexport const config = {\n  env: process.env.NODE_ENV ?? "development",\n${c.vars.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n};\n`,
      needle: c.secret,
    }),
  },
  {
    id: "go-const",
    fn: (c) => ({
      text: `package config\n\nconst (\n${c.vars.map(([k, v]) => `\t${camel(k).replace(/^./, (x) => x.toUpperCase())} = "${v}"`).join("\n")}\n)\n\nvar BaseURL = "https://${c.spec.host}"\n`,
      needle: c.secret,
    }),
  },
  {
    id: "ruby-initializer",
    fn: (c) => ({
      text: `# config/initializers/${snake(c.spec.provider.replace(/[^A-Za-z0-9]+/g, "_"))}.rb\nRails.application.configure do\n${c.vars.map(([k, v]) => `  config.x.${snake(k)} = ENV.fetch("${k}", "${v}")`).join("\n")}\nend\n`,
      needle: c.secret,
    }),
  },
  {
    id: "php-config",
    fn: (c) => ({
      text: `<?php\n// config/services.php\nreturn [\n    '${snake(c.spec.provider.replace(/[^A-Za-z0-9]+/g, "_"))}' => [\n${c.vars.map(([k, v]) => `        '${snake(k)}' => env('${k}', '${v}'),`).join("\n")}\n    ],\n];\n`,
      needle: c.secret,
    }),
  },
  {
    id: "csharp-options",
    fn: (c) => ({
      text: `builder.Services.Configure<ClientOptions>(o =>\n{\n${c.vars.map(([k, v]) => `    o.${camel(k).replace(/^./, (x) => x.toUpperCase())} = "${v}";`).join("\n")}\n    o.BaseAddress = new Uri("https://${c.spec.host}");\n});\n`,
      needle: c.secret,
    }),
  },
  {
    id: "rust-env-default",
    fn: (c) => ({
      text: `fn settings() -> Settings {\n    Settings {\n${c.vars.map(([k, v]) => `        ${snake(k)}: std::env::var("${k}").unwrap_or_else(|_| "${v}".to_string()),`).join("\n")}\n    }\n}\n`,
      needle: c.secret,
    }),
  },
  {
    id: "gradle-buildconfig",
    fn: (c) => ({
      text: `android {\n    defaultConfig {\n        applicationId "com.acme.app"\n${c.vars.map(([k, v]) => `        buildConfigField "String", "${k}", "\\"${v}\\""`).join("\n")}\n    }\n}\n`,
      needle: c.secret,
    }),
  },
  {
    id: "ios-plist",
    fn: (c) => ({
      text: `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n  <key>CFBundleIdentifier</key>\n  <string>com.acme.ios</string>\n${c.vars.map(([k, v]) => `  <key>${k}</key>\n  <string>${v}</string>`).join("\n")}\n</dict>\n</plist>\n`,
      needle: c.secret,
    }),
  },
  {
    id: "json-log-line",
    fn: (c) => ({
      text: JSON.stringify({ ts: c.r.ts(), level: "debug", msg: "loaded settings", trace_id: c.r.hex(32), config: Object.fromEntries(c.vars.map(([k, v]) => [snake(k), v])) }),
      needle: c.secret,
    }),
  },
  {
    id: "python-traceback-locals",
    fn: (c) => ({
      text: `Traceback (most recent call last):\n  File "/srv/app/clients.py", line ${c.r.range(20, 300)}, in connect\n    resp.raise_for_status()\n    locals: {${c.vars.map(([k, v]) => `'${snake(k)}': '${v}'`).join(", ")}, 'retries': 3}\nhttpx.HTTPStatusError: Client error '403 Forbidden' for url 'https://${c.spec.host}${pathOf(c.r)}'`,
      needle: c.secret,
    }),
  },
  {
    id: "jupyter-cell",
    fn: (c) => ({
      text: JSON.stringify({
        cells: [
          { cell_type: "markdown", metadata: {}, source: ["## Setup\n"] },
          { cell_type: "code", execution_count: c.r.range(1, 30), metadata: {}, outputs: [], source: ["import os\n", ...c.vars.map(([k, v]) => `os.environ["${k}"] = "${v}"\n`)] },
        ],
        metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
        nbformat: 4,
        nbformat_minor: 5,
      }),
      needle: c.secret,
    }),
  },
  {
    id: "sql-seed",
    fn: (c) => ({
      text: `-- seed integration settings\nINSERT INTO integration_settings (provider, key, value, updated_at) VALUES\n${c.vars.map(([k, v]) => `  ('${c.spec.provider}', '${snake(k)}', '${v}', now())`).join(",\n")};\n`,
      needle: c.secret,
    }),
  },
  {
    id: "markdown-chat",
    fn: (c) => ({
      text: `${prose(c.r)}\n\n\`\`\`bash\n${c.vars.map(([k, v]) => `${k}=${v}`).join("\n")}\n\`\`\`\n\n${prose(c.r)}`,
      needle: c.secret,
    }),
  },
  {
    id: "unified-diff",
    fn: (c) => ({
      text: `diff --git a/.env.example b/.env.example\nindex ${c.r.hex(7)}..${c.r.hex(7)} 100644\n--- a/.env.example\n+++ b/.env.example\n@@ -3,4 +3,${3 + c.vars.length} @@ APP_NAME=acme\n LOG_LEVEL=info\n${c.vars.map(([k, v]) => `+${k}=${v}`).join("\n")}\n REDIS_HOST=localhost\n`,
      needle: c.secret,
    }),
  },
  {
    id: "dockerfile-env",
    fn: (c) => ({
      text: `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\n${c.vars.map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nCMD ["node", "dist/server.js"]\n`,
      needle: c.secret,
    }),
  },
  {
    id: "systemd-unit",
    fn: (c) => ({
      text: `[Unit]\nDescription=acme worker\nAfter=network-online.target\n\n[Service]\nUser=acme\n${c.vars.map(([k, v]) => `Environment="${k}=${v}"`).join("\n")}\nExecStart=/opt/acme/bin/worker\nRestart=always\n`,
      needle: c.secret,
    }),
  },
  {
    id: "crontab",
    fn: (c) => ({
      text: `# m h dom mon dow command\n*/15 * * * * ${c.vars.map(([k, v]) => `${k}=${v}`).join(" ")} /usr/local/bin/sync-job >> /var/log/sync.log 2>&1\n`,
      needle: c.secret,
    }),
  },
  {
    id: "url-query",
    single: true,
    fn: (c) => {
      const p = snake(c.name).replace(/^[a-z0-9]+_/, "");
      return {
        text: `GET https://${c.spec.host}${pathOf(c.r)}?${p}=${encodeURIComponent(c.secret)}&limit=${c.r.range(10, 100)} HTTP/1.1\nHost: ${c.spec.host}\nUser-Agent: python-requests/2.32.3`,
        needle: encodeURIComponent(c.secret),
      };
    },
  },
  {
    id: "form-urlencoded",
    fn: (c) => {
      const body = [...c.vars.map(([k, v]) => `${snake(k)}=${encodeURIComponent(v)}`), "grant_type=client_credentials"].join("&");
      return {
        text: `POST /oauth/token HTTP/1.1\nHost: ${c.spec.host}\nContent-Type: application/x-www-form-urlencoded\nContent-Length: ${body.length}\n\n${body}`,
        needle: encodeURIComponent(c.secret),
      };
    },
  },
  {
    id: "har-entry",
    needsHeader: true,
    fn: (c) => {
      const h = sub(c.spec.header!, c.secret);
      const i = h.indexOf(": ");
      return {
        text: JSON.stringify({
          log: {
            version: "1.2",
            entries: [
              {
                startedDateTime: c.r.ts(),
                request: { method: "GET", url: `https://${c.spec.host}${pathOf(c.r)}`, headers: [{ name: h.slice(0, i), value: h.slice(i + 2) }, { name: "accept", value: "application/json" }] },
                response: { status: 200, statusText: "OK" },
              },
            ],
          },
        }),
        needle: c.secret,
      };
    },
  },
  {
    id: "copy-as-fetch",
    needsHeader: true,
    fn: (c) => {
      const h = sub(c.spec.header!, c.secret);
      const i = h.indexOf(": ");
      return {
        text: `fetch("https://${c.spec.host}${pathOf(c.r)}", {\n  "headers": {\n    "accept": "application/json",\n    "${h.slice(0, i).toLowerCase()}": "${h.slice(i + 2)}"\n  },\n  "method": "GET",\n  "mode": "cors"\n});`,
        needle: c.secret,
      };
    },
  },
  {
    id: "base64-env-blob",
    fn: (c) => {
      const blob = b64(`${envLines(c.vars)}\nAPP_ENV=prod\n`);
      return { text: `${prose(c.r)}\n\necho '${blob}' | base64 -d > .env && docker compose up -d`, needle: blob };
    },
  },
  {
    id: "makefile",
    fn: (c) => ({
      text: `${c.vars.map(([k, v]) => `${k} ?= ${v}`).join("\n")}\n\n.PHONY: deploy\ndeploy:\n\t./scripts/deploy.sh --env prod\n`,
      needle: c.secret,
    }),
  },
  {
    id: "powershell-env",
    fn: (c) => ({
      text: `PS C:\\src\\acme> ${c.vars.map(([k, v]) => `$env:${k} = "${v}"`).join("\nPS C:\\src\\acme> ")}\nPS C:\\src\\acme> dotnet run --project src/Api`,
      needle: c.secret,
    }),
  },
  {
    id: "ansible-vars",
    fn: (c) => ({
      text: `# group_vars/prod.yml\napp_user: deploy\napp_port: 8080\n${c.vars.map(([k, v]) => `${snake(k)}: "${v}"`).join("\n")}\n`,
      needle: c.secret,
    }),
  },
  {
    id: "serverless-yml",
    fn: (c) => ({
      text: `service: acme-api\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n${c.vars.map(([k, v]) => `    ${k}: ${v}`).join("\n")}\nfunctions:\n  handler:\n    handler: src/handler.main\n`,
      needle: c.secret,
    }),
  },
  {
    id: "secret-set-cli",
    single: true,
    fn: (c) => ({
      text: c.r.pick([
        `gh secret set ${c.name} --repo acme/platform --body "${c.secret}"`,
        `vercel env add ${c.name} production <<< "${c.secret}"`,
        `fly secrets set ${c.name}=${c.secret} -a acme-api`,
        `heroku config:set ${c.name}=${c.secret} --app acme-prod`,
      ]),
      needle: c.secret,
    }),
  },
  {
    id: "python-requests-headers",
    needsHeader: true,
    fn: (c) => {
      const h = sub(c.spec.header!, c.secret);
      const i = h.indexOf(": ");
      return {
        text: `import requests\n\nresp = requests.get(\n    "https://${c.spec.host}${pathOf(c.r)}",\n    headers={"${h.slice(0, i)}": "${h.slice(i + 2)}"},\n    timeout=15,\n)\nprint(resp.json())\n`,
        needle: c.secret,
      };
    },
  },
  {
    id: "chat-slack-message",
    fn: (c) => ({
      text: JSON.stringify({
        channel: `C${c.r.s(10, UPAN)}`,
        text: `${prose(c.r)} ${c.vars.map(([k, v]) => `\`${k}=${v}\``).join(" ")}`,
      }),
      needle: c.secret,
    }),
  },
  {
    id: "gemini-generate-content",
    fn: (c) => ({
      text: JSON.stringify({
        contents: [{ role: "user", parts: [{ text: `${prose(c.r)}\n\nconfig.yaml:\n${c.vars.map(([k, v]) => `${snake(k)}: ${v}`).join("\n")}\nretries: 3` }] }],
        generationConfig: { temperature: 0.1 },
      }),
      needle: c.secret,
    }),
  },
  {
    id: "ci-log",
    fn: (c) => ({
      text: `${c.r.ts()} ##[group]Run ./scripts/release.sh\n${c.r.ts()} + ${c.vars.map(([k, v]) => `${k}=${v}`).join(" ")} ./scripts/release.sh --tag v${c.r.range(1, 5)}.${c.r.range(0, 30)}.0\n${c.r.ts()} commit ${c.r.sha()}\n${c.r.ts()} ##[endgroup]`,
      needle: c.secret,
    }),
  },
  {
    id: "vscode-launch-json",
    fn: (c) => ({
      text: JSON.stringify({ version: "0.2.0", configurations: [{ type: "node", request: "launch", name: "API", program: "${workspaceFolder}/src/index.ts", env: Object.fromEntries(c.vars) }] }, null, 2),
      needle: c.secret,
    }),
  },
];

export const rendererUse: Record<string, number> = {};

export function mkCase(id: string, cat: string, text: string, needle: string | string[], note: string): CorpusCase {
  for (const n of Array.isArray(needle) ? needle : [needle]) {
    if (!n || !text.includes(n)) throw new Error(`${id}: value not found in text`);
  }
  return { id, kind: "secrets", category: cat, label: "positive", text, note };
}

/** Rotation state for one file: k = next renderer, n = last case number. */
export interface Rot {
  k: number;
  n: number;
}

/** Each spec is rendered `per` times, each time with a fresh value and the next renderer in rotation. */
export function renderSpecs(r: Rng, prefix: string, specs: Spec[], per: number, st: Rot): CorpusCase[] {
  const out: CorpusCase[] = [];
  for (let pass = 0; pass < per; pass++) {
    for (const spec of specs) {
      const made = spec.make(r);
      const secret = made.secret ?? made.vars[0]![1];
      let rd = RENDERERS[st.k % RENDERERS.length]!;
      while ((rd.needsHeader && !spec.header) || (rd.single && made.vars.length > 1)) rd = RENDERERS[++st.k % RENDERERS.length]!;
      st.k++;
      const o = rd.fn({ r, spec, vars: made.vars, secret, name: made.vars[0]![0] });
      rendererUse[rd.id] = (rendererUse[rd.id] ?? 0) + 1;
      st.n++;
      out.push(mkCase(`${prefix}-${String(st.n).padStart(3, "0")}`, `heldouty152-sec-${spec.cat}`, o.text, o.needle, `${spec.provider} via ${rd.id}`));
    }
  }
  return out;
}
