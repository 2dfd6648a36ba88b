// Shared builders for heldout-y154: seeded token bodies, ~50 outbound-context renderers and the
// case constructor that checks every value (or its encoding) really is in the text.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const HEXL = "0123456789abcdef";
export const B64 = AN + "+/";
export const URLSAFE = AN + "_-";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/** Joins split pieces so no credential-shaped literal sits in the source. */
export const J = (...p: string[]) => p.join("");

export class Gen extends SeededRng {
  an(n: number) { return this.str(n, AN); }
  hex(n: number) { return this.str(n, HEXL); }
  HEX(n: number) { return this.str(n, "0123456789ABCDEF"); }
  b64(n: number) { return this.str(n, B64); }
  url(n: number) { return this.str(n, URLSAFE); }
  low(n: number) { return this.str(n, LO + DIG); }
  dig(n: number) { return this.str(n, DIG); }
  uuid() { return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-"); }
  b64bytes(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
  b64url(s: string) { return Buffer.from(s).toString("base64url"); }
  jwt(payload: Record<string, unknown>, alg = "HS256") {
    return [this.b64url(JSON.stringify({ alg, typ: "JWT" })), this.b64url(JSON.stringify(payload)), Buffer.from(this.bytes(32)).toString("base64url")].join(".");
  }
  ts() { return `2026-${String(this.range(1, 11)).padStart(2, "0")}-${String(this.range(1, 28)).padStart(2, "0")}T${String(this.range(0, 23)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}Z`; }
}

export interface Pair { k: string; v: string }
export interface Spec {
  p: string; // provider label
  cat: string; // category suffix
  make: (g: Gen) => Pair[]; // first pair is the primary secret
  hdr?: string; // HTTP header template, {v} replaced
  host?: string; // API host
  qp?: string; // query-parameter name
}

export const b64 = (s: string) => Buffer.from(s).toString("base64");

// Prose: roughly a quarter of lines in other languages.
const PROSE = [
  "Can you figure out why this is failing? Here is my setup:",
  "The deploy broke after I rotated things, config below.",
  "Please refactor this so it reads from one place:",
  "Why does the client return 401 with this?",
  "Help me convert this to the new SDK version.",
  "Tests pass locally but CI fails, here's what I have:",
  "Can you add retry logic around this call?",
  "Review this before I push, anything wrong?",
  "I'm migrating this service to Kubernetes, starting from:",
  "Write a unit test for the module that uses this config.",
  "The staging env works and prod doesn't. Prod config:",
  "Explain what each of these settings does:",
  "¿Por qué esta configuración da error de autenticación?",
  "Kannst du mir helfen, das hier zu debuggen? Meine Konfiguration:",
  "Pourquoi cette requête renvoie-t-elle une erreur 403 ?",
  "この設定で認証エラーが出ます。原因を教えてください:",
  "帮我看看这个配置为什么连接失败:",
  "Pode revisar esta configuração antes do deploy?",
];
export const prose = (g: Gen) => g.pick(PROSE);
const SHORT = ["ok pushing this now", "ship it", "added the env for prod", "rotated, new value below", "fixed the config", "listo, ya está configurado", "erledigt, neuer Wert unten", "c'est corrigé", "設定しました", "已更新配置"];

const esc = (s: string) => JSON.stringify(s);
const lower = (k: string) => k.toLowerCase();
const camel = (k: string) => lower(k).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const envLines = (ps: Pair[]) => ps.map((p) => `${p.k}=${p.v}`).join("\n");
const hdrOf = (s: Spec, v: string) => (s.hdr ?? "Authorization: Bearer {v}").replace("{v}", v);
const hostOf = (s: Spec) => s.host ?? `api.${s.p.toLowerCase().replace(/[^a-z0-9]/g, "")}.com`;
const MODELS = ["claude-sonnet-4-5", "gpt-4.1", "claude-opus-4-1", "gpt-5-mini", "gemini-2.5-pro"];

export type Renderer = (g: Gen, ps: Pair[], s: Spec) => { text: string; checks?: string[]; ctx: string };

export const RENDERERS: Renderer[] = [
  (g, ps) => ({ ctx: "anthropic-messages-dotenv", text: JSON.stringify({ model: g.pick(MODELS), max_tokens: 2048, messages: [{ role: "user", content: `${prose(g)}\n\n\`\`\`env\nNODE_ENV=production\nPORT=${g.range(3000, 9000)}\n${envLines(ps)}\nLOG_LEVEL=info\n\`\`\`` }] }) }),
  (g, ps) => ({ ctx: "openai-chat-compose", text: JSON.stringify({ model: g.pick(MODELS), messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content: `${prose(g)}\n\nservices:\n  api:\n    image: ghcr.io/acme/api:${g.range(1, 9)}.${g.range(0, 20)}\n    environment:\n${ps.map((p) => `      - ${p.k}=${p.v}`).join("\n")}\n` }] }) }),
  (g, ps) => ({ ctx: "shell-export", text: `$ cd ~/src/${g.pick(["billing", "web", "etl", "mobile-api", "ml-train"])}\n${ps.map((p) => `$ export ${p.k}="${p.v}"`).join("\n")}\n$ ${g.pick(["npm run dev", "python -m app", "go run ./cmd/server", "cargo run"])}` }),
  (g, ps) => ({ ctx: "docker-run-e", text: `docker run --rm -p 8080:8080 ${ps.map((p) => `-e ${p.k}=${p.v}`).join(" ")} ${g.pick(["acme/worker:latest", "registry.internal/api:2.3.1", "node:20-alpine"])}` }),
  (g, ps, s) => ({ ctx: "curl-header", text: `curl -sS https://${hostOf(s)}/v1/${g.pick(["me", "account", "projects", "status"])} \\\n  -H "${hdrOf(s, ps[0]!.v)}" \\\n  -H "Content-Type: application/json"` }),
  (g, ps, s) => ({ ctx: "curl-verbose", text: `*   Trying 104.18.${g.range(1, 254)}.${g.range(1, 254)}:443...\n* Connected to ${hostOf(s)} port 443\n> GET /v2/resources?limit=20 HTTP/2\n> Host: ${hostOf(s)}\n> user-agent: curl/8.5.0\n> ${hdrOf(s, ps[0]!.v)}\n> accept: */*\n>\n< HTTP/2 401\n< x-request-id: ${g.uuid()}` }),
  (g, ps, s) => { const [hn, ...hv] = hdrOf(s, ps[0]!.v).split(": "); return { ctx: "har-entry", text: JSON.stringify({ log: { version: "1.2", entries: [{ startedDateTime: g.ts(), request: { method: "POST", url: `https://${hostOf(s)}/v1/query`, headers: [{ name: "content-type", value: "application/json" }, { name: hn, value: hv.join(": ") }] }, response: { status: 200 } }] } }, null, 2) }; },
  (g, ps, s) => { const [hn, ...hv] = hdrOf(s, ps[0]!.v).split(": "); return { ctx: "copy-as-fetch", text: `fetch("https://${hostOf(s)}/api/items?page=${g.range(1, 9)}", {\n  "headers": {\n    "accept": "application/json",\n    "${lower(hn!)}": "${hv.join(": ")}"\n  },\n  "method": "GET",\n  "mode": "cors"\n});` }; },
  (g, ps, s) => ({ ctx: "url-query", text: `GET https://${hostOf(s)}/v1/data?${s.qp ?? "api_key"}=${encodeURIComponent(ps[0]!.v)}&format=json&ts=${g.dig(10)} -> 200 (${g.range(20, 900)}ms)`, checks: [encodeURIComponent(ps[0]!.v)] }),
  (g, ps) => { const body = ps.map((p) => `${lower(p.k)}=${encodeURIComponent(p.v)}`).join("&") + `&grant_type=client_credentials`; return { ctx: "form-body", text: `POST /oauth/token HTTP/1.1\nHost: auth.${g.pick(["example.io", "internal.corp", "acme.dev"])}\nContent-Type: application/x-www-form-urlencoded\n\n${body}`, checks: [encodeURIComponent(ps[0]!.v)] }; },
  (g, ps) => ({ ctx: "k8s-secret-b64", text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${g.pick(["api-secrets", "app-env", "worker-creds"])}\n  namespace: ${g.pick(["prod", "default", "payments"])}\ntype: Opaque\ndata:\n${ps.map((p) => `  ${p.k}: ${b64(p.v)}`).join("\n")}\n`, checks: [b64(ps[0]!.v)] }),
  (g, ps) => ({ ctx: "helm-values", text: `# values-prod.yaml\nreplicaCount: ${g.range(2, 6)}\nimage:\n  repository: ghcr.io/acme/app\n  tag: "${g.range(1, 4)}.${g.range(0, 30)}.0"\nenv:\n${ps.map((p) => `  ${p.k}: "${p.v}"`).join("\n")}\nresources:\n  limits: { cpu: 500m, memory: 512Mi }` }),
  (g, ps, s) => ({ ctx: "toml", text: `[server]\nport = ${g.range(3000, 9000)}\n\n[${lower(s.p).replace(/[^a-z0-9]/g, "_")}]\n${ps.map((p) => `${lower(p.k)} = "${p.v}"`).join("\n")}\ntimeout_secs = 30\n` }),
  (g, ps, s) => ({ ctx: "ini", text: `; config.ini\n[default]\nregion = ${g.pick(["eu-west-1", "us-east-1", "ap-south-1"])}\n\n[${lower(s.p).replace(/[^a-z0-9]/g, "")}]\n${ps.map((p) => `${lower(p.k)} = ${p.v}`).join("\n")}\n` }),
  (g, ps, s) => ({ ctx: "spring-properties", text: `spring.application.name=${g.pick(["orders", "catalog", "ledger"])}\nserver.port=8080\n${ps.map((p) => `app.${lower(s.p).replace(/[^a-z0-9]/g, "")}.${camel(p.k)}=${p.v}`).join("\n")}\nlogging.level.root=INFO` }),
  (g, ps, s) => ({ ctx: "appsettings-json", text: JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, [s.p.replace(/[^A-Za-z0-9]/g, "")]: Object.fromEntries(ps.map((p) => [camel(p.k).replace(/^./, (c) => c.toUpperCase()), p.v])), AllowedHosts: "*" }, null, 2) }),
  (g, ps, s) => ({ ctx: "python-code", text: `import os\nimport httpx\n\n${ps.map((p) => `${p.k} = os.getenv("${p.k}", "${p.v}")`).join("\n")}\n\nclient = httpx.Client(base_url="https://${hostOf(s)}", timeout=${g.range(5, 60)})\n` }),
  (g, ps, s) => ({ ctx: "ts-code", text: `// src/lib/${camel(s.p.replace(/[^A-Za-z0-9]/g, "_"))}.ts\nexport const config = {\n${ps.map((p) => `  ${camel(p.k)}: process.env.${p.k} ?? "${p.v}",`).join("\n")}\n  retries: ${g.range(1, 5)},\n};\n` }),
  (g, ps, s) => ({ ctx: "go-code", text: `package main\n\nconst (\n${ps.map((p) => `\t${camel(p.k).replace(/^./, (c) => c.toUpperCase())} = "${p.v}"`).join("\n")}\n)\n\nfunc newClient() *http.Client { return &http.Client{Timeout: ${g.range(5, 30)} * time.Second} } // ${hostOf(s)}\n` }),
  (g, ps) => ({ ctx: "csharp-code", text: `var builder = WebApplication.CreateBuilder(args);\n${ps.map((p) => `builder.Configuration["${camel(p.k).replace(/^./, (c) => c.toUpperCase())}"] = "${p.v}";`).join("\n")}\nvar app = builder.Build();\napp.MapGet("/health", () => "ok");\napp.Run();` }),
  (g, ps) => ({ ctx: "ruby-code", text: `# config/initializers/vendor.rb\nRails.application.configure do\n${ps.map((p) => `  config.x.${lower(p.k)} = ENV.fetch("${p.k}", "${p.v}")`).join("\n")}\nend` }),
  (g, ps) => ({ ctx: "php-code", text: `<?php\n// config/services.php\nreturn [\n${ps.map((p) => `    '${lower(p.k)}' => env('${p.k}', '${p.v}'),`).join("\n")}\n    'timeout' => ${g.range(5, 30)},\n];` }),
  (g, ps) => ({ ctx: "java-code", text: `public final class Secrets {\n${ps.map((p) => `    static final String ${p.k} = "${p.v}";`).join("\n")}\n    private Secrets() {}\n}` }),
  (g, ps) => ({ ctx: "rust-code", text: `// src/config.rs\n${ps.map((p) => `const ${p.k}: &str = "${p.v}";`).join("\n")}\n\nfn main() -> anyhow::Result<()> {\n    let client = reqwest::Client::new();\n    Ok(())\n}` }),
  (g, ps) => ({ ctx: "android-local-properties", text: `## This file is automatically generated by Android Studio.\nsdk.dir=/Users/${g.pick(["dev", "maria", "kenji"])}/Library/Android/sdk\n${ps.map((p) => `${camel(p.k)}=${p.v}`).join("\n")}\n` }),
  (g, ps) => ({ ctx: "ios-plist", text: `<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>CFBundleName</key>\n\t<string>${g.pick(["Trailmate", "Pocketbook", "Fitlog"])}</string>\n${ps.map((p) => `\t<key>${p.k}</key>\n\t<string>${p.v}</string>`).join("\n")}\n</dict>\n</plist>` }),
  (g, ps) => ({ ctx: "tfvars", text: `# prod.auto.tfvars\nenvironment = "prod"\ninstance_count = ${g.range(1, 8)}\n${ps.map((p) => `${lower(p.k)} = "${p.v}"`).join("\n")}\n` }),
  (g, ps, s) => ({ ctx: "terraform-plan", text: `Terraform will perform the following actions:\n\n  # ${lower(s.p).replace(/[^a-z0-9]/g, "_")}_integration.main will be created\n  + resource "${lower(s.p).replace(/[^a-z0-9]/g, "_")}_integration" "main" {\n      + id          = (known after apply)\n${ps.map((p) => `      + ${lower(p.k)} = "${p.v}"`).join("\n")}\n    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.` }),
  (g, ps, s) => ({ ctx: "log-line", text: `${g.ts()} DEBUG [${g.pick(["http", "client", "sync"])}] trace_id=${g.hex(32)} span_id=${g.hex(16)} calling ${hostOf(s)} with ${lower(ps[0]!.k)}=${ps[0]!.v} commit=${g.hex(40)}` }),
  (g, ps, s) => ({ ctx: "python-traceback-locals", text: `Traceback (most recent call last):\n  File "/app/worker.py", line ${g.range(20, 300)}, in sync\n    resp = client.post(url, headers=headers)\n    url = 'https://${hostOf(s)}/v1/sync'\n    headers = {'${hdrOf(s, ps[0]!.v).split(": ")[0]}': '${hdrOf(s, ps[0]!.v).split(": ").slice(1).join(": ")}'}\nhttpx.HTTPStatusError: Client error '403 Forbidden'` }),
  (g, ps) => ({ ctx: "jupyter-cell", text: JSON.stringify({ cells: [{ cell_type: "code", execution_count: g.range(1, 40), metadata: {}, outputs: [], source: ["import os\n", ...ps.map((p) => `os.environ[\"${p.k}\"] = \"${p.v}\"\n`), "df = load_dataset()\n"] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 }) }),
  (g, ps, s) => ({ ctx: "sql-insert", text: `-- seed.sql\nINSERT INTO integrations (id, provider, ${ps.map((p) => lower(p.k)).join(", ")}, created_at)\nVALUES (${g.range(1, 999)}, '${s.p}', ${ps.map((p) => `'${p.v}'`).join(", ")}, now());` }),
  (g, ps) => ({ ctx: "markdown-readme", text: `## Local setup\n\n1. Copy the env file\n2. Fill in the values we use on staging:\n\n| variable | value |\n|---|---|\n${ps.map((p) => `| \`${p.k}\` | \`${p.v}\` |`).join("\n")}\n\n3. Run \`make dev\`.` }),
  (g, ps) => ({ ctx: "unified-diff", text: `diff --git a/.env.production b/.env.production\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -${g.range(1, 9)},3 +${g.range(1, 9)},${2 + ps.length} @@\n DATABASE_POOL=10\n${ps.map((p) => `-${p.k}=\n+${p.k}=${p.v}`).join("\n")}\n FEATURE_FLAGS=on` }),
  (g, ps) => ({ ctx: "github-actions", text: `name: deploy\non: { push: { branches: [main] } }\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n${ps.map((p) => `      ${p.k}: ${p.v}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh` }),
  (g, ps) => ({ ctx: "dockerfile", text: `FROM ${g.pick(["python:3.12-slim", "node:20-bookworm", "golang:1.23"])}\nWORKDIR /app\nCOPY . .\n${ps.map((p) => `ENV ${p.k}=${p.v}`).join("\n")}\nCMD ["./start.sh"]` }),
  (g, ps) => ({ ctx: "mcp-tool-result", text: JSON.stringify({ jsonrpc: "2.0", id: g.range(1, 300), result: { content: [{ type: "text", text: `$ cat .env.local\n${envLines(ps)}\nNEXT_PUBLIC_APP_URL=http://localhost:3000\n` }], isError: false } }) }),
  (g, ps) => ({ ctx: "anthropic-tool-use-write", text: JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll write the config file." }, { type: "tool_use", id: `toolu_${g.an(24)}`, name: "write_file", input: { path: "config/settings.json", content: JSON.stringify(Object.fromEntries(ps.map((p) => [camel(p.k), p.v])), null, 2) } }] }), checks: [JSON.stringify(ps[0]!.v).slice(1, -1)] }),
  (g, ps) => ({ ctx: "openai-tool-call-shell", text: JSON.stringify({ role: "assistant", tool_calls: [{ id: `call_${g.an(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${ps.map((p) => `${p.k}='${p.v}'`).join(" ")} ./bin/migrate --env prod` }) } }] }) }),
  (g, ps) => ({ ctx: "systemd-unit", text: `[Unit]\nDescription=${g.pick(["Queue worker", "Sync daemon", "API server"])}\nAfter=network.target\n\n[Service]\n${ps.map((p) => `Environment="${p.k}=${p.v}"`).join("\n")}\nExecStart=/usr/local/bin/app serve\nRestart=always\n` }),
  (g, ps) => ({ ctx: "crontab", text: `# m h dom mon dow command\n${g.range(0, 59)} ${g.range(0, 23)} * * * ${ps.map((p) => `${p.k}=${p.v}`).join(" ")} /opt/jobs/nightly.sh >> /var/log/nightly.log 2>&1` }),
  (g, ps) => ({ ctx: "chat-message", text: `${g.pick(SHORT)} — ${ps.map((p) => `${p.k}: ${p.v}`).join(" / ")}` }),
  (g, ps) => { const env = `${envLines(ps)}\nAPP_ENV=prod\n`; return { ctx: "base64-env-blob", text: `echo '${b64(env)}' | base64 -d > .env && ${g.pick(["npm start", "make run", "python main.py"])}`, checks: [b64(env)] }; },
  (g, ps) => ({ ctx: "makefile", text: `.PHONY: deploy\n${ps.map((p) => `${p.k} ?= ${p.v}`).join("\n")}\n\ndeploy:\n\t${ps[0]!.k}=$(${ps[0]!.k}) ./scripts/release.sh --tag v${g.range(1, 9)}.${g.range(0, 9)}` }),
  (g, ps) => ({ ctx: "powershell", text: `PS C:\\src\\${g.pick(["desktop", "tools", "api"])}> ${ps.map((p) => `$env:${p.k} = "${p.v}"`).join("; ")}\nPS C:\\src> dotnet run --project Api` }),
  (g, ps) => ({ ctx: "vscode-launch", text: JSON.stringify({ version: "0.2.0", configurations: [{ type: "node", request: "launch", name: "Debug API", program: "${workspaceFolder}/src/index.ts", env: Object.fromEntries(ps.map((p) => [p.k, p.v])) }] }, null, 2) }),
  (g, ps, s) => ({ ctx: "nginx", text: `location /upstream/ {\n    proxy_pass https://${hostOf(s)}/;\n    proxy_set_header ${hdrOf(s, ps[0]!.v).split(": ")[0]} "${hdrOf(s, ps[0]!.v).split(": ").slice(1).join(": ")}";\n    proxy_set_header Host ${hostOf(s)};\n}` }),
  (g, ps) => ({ ctx: "ansible-vars", text: `---\n# group_vars/prod.yml\napp_user: deploy\n${ps.map((p) => `${lower(p.k)}: "${p.v}"`).join("\n")}\napp_port: ${g.range(3000, 9000)}` }),
  (g, ps) => ({ ctx: "gitlab-ci", text: `variables:\n${ps.map((p) => `  ${p.k}: "${p.v}"`).join("\n")}\n\ntest:\n  image: ${g.pick(["python:3.12", "node:20"])}\n  script:\n    - make test` }),
  (g, ps) => ({ ctx: "gh-secret-set", text: ps.map((p) => `gh secret set ${p.k} --repo acme/${g.pick(["web", "infra", "app"])} --body "${p.v}"`).join("\n") }),
  (g, ps) => ({ ctx: "python-kwargs", text: `client = ${g.pick(["Client", "ApiClient", "Session"])}(\n${ps.map((p) => `    ${lower(p.k).replace(/^[a-z]+_/, "")}="${p.v}",`).join("\n")}\n    timeout=${g.range(5, 60)},\n)` }),
  (g, ps) => ({ ctx: "escaped-json-in-json", text: JSON.stringify({ event: "config.updated", payload: JSON.stringify({ env: Object.fromEntries(ps.map((p) => [p.k, p.v])) }) }), checks: [ps[0]!.v.replace(/\\/g, "\\\\")] }),
  (g, ps) => ({ ctx: "yaml-configmap-mistake", text: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  APP_ENV: production\n${ps.map((p) => `  ${p.k}: "${p.v}"`).join("\n")}\n` }),
];

export function mk(id: string, category: string, label: "positive" | "benign", text: string, checks: string[], note: string): CorpusCase {
  for (const c of checks) if (!text.includes(c)) throw new Error(`${id}: value not in text: ${c.slice(0, 20)}…`);
  return { id, kind: "secrets", category, label, text, note };
}
