// Shared builders and context renderers for heldout-y134 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time from a seeded PRNG (one seed per file).
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DI = "0123456789";
const AN = UP + LO + DI;

export class Gen extends SeededRng {
  a(n: number): string { return this.str(n, AN); }
  h(n: number): string { return this.str(n, "0123456789abcdef"); }
  H(n: number): string { return this.str(n, "0123456789ABCDEF"); }
  d(n: number): string { return this.str(1, "123456789") + this.str(n - 1, DI); }
  l(n: number): string { return this.str(n, LO + DI); }
  u(n: number): string { return this.str(n, UP + DI); }
  b64(n: number): string { return this.str(n, AN + "+/"); }
  b64u(n: number): string { return this.str(n, AN + "-_"); }
  b32(n: number): string { return this.str(n, UP + "234567"); }
  uuid(): string { return [this.h(8), this.h(4), "4" + this.h(3), this.pick(["8", "9", "a", "b"]) + this.h(3), this.h(12)].join("-"); }
  word(): string { return this.pick(["amber", "cobalt", "delta", "ember", "falcon", "garnet", "harbor", "indigo", "juniper", "kestrel", "lumen", "maple", "nectar", "onyx", "pylon", "quartz", "raven", "sable", "tundra", "umber", "vesper", "willow", "yarrow", "zephyr"]); }
  /** A human-chosen but strong-looking password. */
  pw(): string { const w = this.word(); return w[0]!.toUpperCase() + w.slice(1) + this.pick(["-", "!", "_", "#", "."]) + this.a(10) + this.d(2); }
  /** base64 of random bytes (standard alphabet, padded). */
  rawB64(n: number): string { return Buffer.from(this.bytes(n)).toString("base64"); }
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    const e = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [e({ alg, typ: "JWT" }), e(payload), Buffer.from(this.bytes(alg === "HS256" ? 32 : 256)).toString("base64url")].join(".");
  }
  ts(): string { return `2026-${String(this.range(1, 11)).padStart(2, "0")}-${String(this.range(1, 28)).padStart(2, "0")}T${String(this.range(0, 23)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}Z`; }
}

export interface Spec {
  g: string; // group
  p: string; // provider + slot description
  env: string; // env-var style slot name
  mk: (g: Gen) => string;
  hdr?: string; // header name, default Authorization
  hv?: (v: string) => string; // header value, default "Bearer v"
  url?: boolean; // value is a URL / connection string (no header renderers)
}

export const S = (g: string, p: string, env: string, mk: (g: Gen) => string, o: Partial<Spec> = {}): Spec => ({ g, p, env, mk, ...o });

const snake = (s: Spec) => s.env.toLowerCase();
const camel = (s: Spec) => snake(s).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const dotted = (s: Spec) => snake(s).replace(/_/g, ".");
const kebab = (s: Spec) => snake(s).replace(/_/g, "-");
const hname = (s: Spec) => s.hdr ?? "Authorization";
const hval = (s: Spec, v: string) => (s.hv ? s.hv(v) : s.hdr ? v : `Bearer ${v}`);
const svc = (s: Spec) => s.p.split(" ")[0]!.toLowerCase().replace(/[^a-z0-9]/g, "") || "svc";

// Neutral prose in several languages (about a third non-English), used for both labels.
const PROSE = [
  "Can you figure out why this keeps failing on startup? Here is what I have:",
  "The deploy broke after the last merge. Relevant bits below, please take a look.",
  "Please refactor this so it reads the config cleanly:",
  "Why does the client return 401 intermittently? Config:",
  "Here's the current file, can you add retry logic around it?",
  "Tests pass locally but not in CI, output and config attached.",
  "Kannst du dir das mal ansehen? Der Dienst startet nicht mehr:",
  "Peux-tu vérifier pourquoi le build échoue ? Voici la config :",
  "¿Puedes revisar por qué falla el despliegue? Te pego la configuración:",
  "Consegue ver por que a integração parou de funcionar? Segue o arquivo:",
  "この設定で起動時にエラーになります。原因を調べてもらえますか？",
  "帮我看看为什么这个服务一直连接失败，配置如下：",
  "Посмотри, пожалуйста, почему падает сборка. Вот конфиг:",
  "Puoi controllare perché il job fallisce? Ecco il file:",
  "이 설정으로 배포하면 계속 실패해요. 확인 부탁드려요:",
  "Czy możesz sprawdzić, czemu to nie działa? Konfiguracja poniżej:",
  "Bu yapılandırmayla servis açılmıyor, bakabilir misin?",
  "Kun je kijken waarom de pipeline faalt? Dit is de config:",
];
const prose = (g: Gen) => g.pick(PROSE);

type R = { name: string; tokOnly?: boolean; f: (g: Gen, s: Spec, v: string) => string };

export const RENDERERS: R[] = [
  { name: "openai chat body with pasted .env", f: (g, s, v) => JSON.stringify({ model: g.pick(["gpt-4o", "gpt-4.1-mini", "o3"]), messages: [{ role: "system", content: "You are a coding assistant." }, { role: "user", content: `${prose(g)}\n\n\`\`\`env\nNODE_ENV=production\nPORT=${g.range(3000, 9000)}\n${s.env}=${v}\nLOG_LEVEL=info\n\`\`\`` }] }) },
  { name: "anthropic messages body with pasted docker-compose", f: (g, s, v) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: [{ type: "text", text: `${prose(g)}\n\nservices:\n  ${svc(s)}-worker:\n    image: registry.example.com/worker:${g.range(1, 9)}.${g.range(0, 20)}\n    environment:\n      - ${s.env}=${v}\n      - QUEUE=default\n    restart: unless-stopped\n` }] }] }) },
  { name: "anthropic tool_use write_file .env", f: (g, s, v) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll write the environment file now." }, { type: "tool_use", id: `toolu_${g.a(24)}`, name: "write_file", input: { path: ".env.production", content: `APP_NAME=billing\n${s.env}=${v}\nFEATURE_FLAGS=beta\n` } }] }) },
  { name: "openai tool_calls shell export (double-escaped)", f: (g, s, v) => JSON.stringify({ role: "assistant", tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s.env}="${v}" && npm run sync -- --verbose`, timeout: 120 }) } }] }) },
  { name: "MCP tools/call result echoing config.json", f: (g, s, v) => JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text: JSON.stringify({ service: svc(s), region: "eu-west-1", [camel(s)]: v, retries: 3 }, null, 2) }], isError: false } }) },
  { name: "curl with header", tokOnly: true, f: (g, s, v) => `curl -sS -X POST https://api.example.com/v${g.range(1, 3)}/jobs \\\n  -H "${hname(s)}: ${hval(s, v)}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"nightly","dry_run":false}'` },
  { name: "raw HTTP request", tokOnly: true, f: (g, s, v) => `GET /v2/${svc(s)}/items?limit=50 HTTP/1.1\r\nHost: api.example.net\r\nUser-Agent: agent-runner/1.${g.range(0, 9)}\r\nAccept: application/json\r\n${hname(s)}: ${hval(s, v)}\r\nX-Request-Id: ${g.uuid()}\r\n\r\n` },
  { name: "URL query string", f: (g, s, v) => `https://hooks.example.org/ingest/${svc(s)}?${snake(s)}=${encodeURIComponent(v)}&format=json&ts=${g.range(1700000000, 1790000000)}` },
  { name: "form-urlencoded body", f: (g, s, v) => `POST /settings/integrations HTTP/1.1\nHost: admin.example.com\nContent-Type: application/x-www-form-urlencoded\n\nintegration=${svc(s)}&enabled=on&${snake(s)}=${encodeURIComponent(v)}&csrf_ok=1` },
  { name: "multipart form-data", f: (g, s, v) => { const b = `----agentBoundary${g.a(16)}`; return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="project"\n\nmigration-${g.range(10, 99)}\n--${b}\nContent-Disposition: form-data; name="${snake(s)}"\n\n${v}\n--${b}--\n`; } },
  { name: "appsettings.json", f: (g, s, v) => JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, Integrations: { [s.p.split(" ")[0]!]: { [camel(s)]: v, TimeoutSeconds: g.range(5, 60) } } }, null, 2) },
  { name: "application.yml", f: (g, s, v) => `spring:\n  application:\n    name: orders\n${svc(s)}:\n  ${kebab(s)}: "${v}"\n  connect-timeout: ${g.range(1, 30)}s\n` },
  { name: "TOML config", f: (g, s, v) => `[server]\nhost = "0.0.0.0"\nport = ${g.range(3000, 9000)}\n\n[${svc(s)}]\n${snake(s)} = "${v}"\nenabled = true\n` },
  { name: "INI config", f: (g, s, v) => `; generated by setup.sh\n[default]\nregion = eu-central-1\n\n[${svc(s)}]\n${snake(s)} = ${v}\nverify_ssl = true\n` },
  { name: ".properties file", f: (g, s, v) => `# application.properties\nserver.port=${g.range(8000, 8999)}\n${svc(s)}.${dotted(s)}=${v}\nmanagement.endpoints.web.exposure.include=health\n` },
  { name: "Terraform tfvars / HCL", f: (g, s, v) => `# terraform.tfvars\nenvironment = "prod"\n${snake(s)} = "${v}"\ninstance_count = ${g.range(1, 6)}\n` },
  { name: "XML config", f: (g, s, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.env}" value="${v.replace(/&/g, "&amp;")}" />\n  </appSettings>\n</configuration>\n` },
  { name: "Python code", f: (g, s, v) => `import os\nimport httpx\n\n${s.env} = os.environ.get("${s.env}", "${v}")\n\ndef client() -> httpx.Client:\n    return httpx.Client(base_url="https://api.example.com", timeout=${g.range(5, 30)})\n` },
  { name: "TypeScript code", f: (g, s, v) => `import { createClient } from "./client";\n\nconst ${camel(s)} = process.env.${s.env} ?? "${v}";\n\nexport const client = createClient({ ${camel(s)}, retries: ${g.range(1, 5)} });\n` },
  { name: "Go code", f: (g, s, v) => `package config\n\nimport "os"\n\nfunc ${camel(s).replace(/^./, (c) => c.toUpperCase())}() string {\n\tif v := os.Getenv("${s.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${v}"\n}\n` },
  { name: "Java code", f: (g, s, v) => `public final class ${s.p.split(" ")[0]!.replace(/[^A-Za-z]/g, "")}Config {\n    private static final String ${s.env} = "${v}";\n    private static final int TIMEOUT_MS = ${g.range(1000, 9000)};\n}\n` },
  { name: "C# code", f: (g, s, v) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Configuration["${s.p.split(" ")[0]}:${camel(s)}"] = "${v}";\nvar app = builder.Build();\n` },
  { name: "Ruby code", f: (g, s, v) => `# config/initializers/${svc(s)}.rb\nRails.application.config.x.${snake(s)} = ENV.fetch("${s.env}", "${v}")\n` },
  { name: "PHP code", f: (g, s, v) => `<?php\nreturn [\n    'driver' => '${svc(s)}',\n    '${snake(s)}' => env('${s.env}', '${v}'),\n    'timeout' => ${g.range(5, 60)},\n];\n` },
  { name: "Rust code", f: (g, s, v) => `fn ${snake(s)}() -> String {\n    std::env::var("${s.env}").unwrap_or_else(|_| "${v}".to_string())\n}\n` },
  { name: "CI log with env dump", f: (g, s, v) => `${g.ts()} ##[group]Run ./scripts/deploy.sh\n${g.ts()} + echo "deploying build ${g.range(100, 999)}"\n${g.ts()} + env | sort\n${g.ts()} CI=true\n${g.ts()} ${s.env}=${v}\n${g.ts()} RUNNER_OS=Linux\n${g.ts()} ##[endgroup]\n${g.ts()} ##[error]Process completed with exit code 1.` },
  { name: "shell history", f: (g, s, v) => `  ${g.range(400, 900)}  git pull --rebase\n  ${g.range(901, 950)}  export ${s.env}='${v}'\n  ${g.range(951, 990)}  make deploy ENV=prod\n  ${g.range(991, 999)}  history | tail -5` },
  { name: "Python crash report with locals", f: (g, s, v) => `Traceback (most recent call last):\n  File "/srv/app/sync.py", line ${g.range(20, 300)}, in run\n    resp = session.post(url, json=payload)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded\n\nLocals:\n  url = 'https://api.example.com/v1/push'\n  ${snake(s)} = '${v}'\n  attempt = ${g.range(1, 5)}` },
  { name: "Jupyter notebook cell", f: (g, s, v) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: g.range(1, 40), metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.env}"] = "${v}"\n`, "df = load_data()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }) },
  { name: "unified diff", f: (g, s, v) => `diff --git a/config/.env.example b/config/.env\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/config/.env.example\n+++ b/config/.env\n@@ -3,4 +3,4 @@ DATABASE_POOL=10\n CACHE_TTL=300\n-${s.env}=\n+${s.env}=${v}\n WORKERS=${g.range(2, 16)}\n` },
  { name: "Slack chat.postMessage hand-over", f: (g, s, v) => JSON.stringify({ channel: `C0${g.u(9)}`, text: `${g.pick(["for the staging job, use this", "pin this for the release:", "hier der neue Wert für das Deployment:", "el valor nuevo para el cron:", "この値を使ってください:"])} ${s.env}=${v}` }) },
  { name: "k8s Secret (base64 data)", f: (g, s, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${svc(s)}-env\n  namespace: prod\ntype: Opaque\ndata:\n  ${s.env}: ${Buffer.from(v).toString("base64")}\n` },
  { name: "docker run -e", f: (g, s, v) => `docker run --rm -d --name ${svc(s)}-sync -e ${s.env}=${v} -e TZ=UTC -p ${g.range(8000, 8999)}:8080 registry.example.com/sync:latest` },
  { name: "GitHub Actions workflow env", f: (g, s, v) => `name: nightly\non:\n  schedule:\n    - cron: "${g.range(0, 59)} 3 * * *"\njobs:\n  run:\n    runs-on: ubuntu-latest\n    env:\n      ${s.env}: ${v}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make sync\n` },
  { name: "Dockerfile ENV", f: (g, s, v) => `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nENV ${s.env}=${v}\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n` },
  { name: "SQL seed insert", f: (g, s, v) => `INSERT INTO integration_settings (tenant_id, provider, name, value)\nVALUES (${g.range(1, 500)}, '${svc(s)}', '${snake(s)}', '${v.replace(/'/g, "''")}');` },
  { name: "Markdown troubleshooting note", f: (g, s, v) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the value below:\n\n\`\`\`\n${s.env}=${v}\n\`\`\`\n\n3. Run \`make dev\`.\n` },
  { name: "structured JSON log line", f: (g, s, v) => JSON.stringify({ level: "debug", time: g.ts(), msg: "loaded integration settings", service: svc(s), config: { [snake(s)]: v, endpoint: "https://api.example.com" }, pid: g.range(100, 40000) }) },
  { name: "HAR entry", tokOnly: true, f: (g, s, v) => JSON.stringify({ log: { version: "1.2", entries: [{ startedDateTime: g.ts(), request: { method: "GET", url: `https://api.example.com/v1/${svc(s)}/status`, httpVersion: "HTTP/2", headers: [{ name: "accept", value: "application/json" }, { name: hname(s).toLowerCase(), value: hval(s, v) }], queryString: [] }, response: { status: 200 } }] } }) },
  { name: "systemd unit Environment=", f: (g, s, v) => `[Unit]\nDescription=${s.p.split(" ")[0]} sync worker\nAfter=network-online.target\n\n[Service]\nEnvironment="${s.env}=${v}"\nExecStart=/usr/local/bin/syncd --interval ${g.range(30, 300)}\nRestart=always\n` },
  { name: "PowerShell $env:", f: (g, s, v) => `PS C:\\src\\app> $env:${s.env} = "${v}"\nPS C:\\src\\app> dotnet run --project .\\Worker\\Worker.csproj\ninfo: Worker[0] started at ${g.ts()}` },
  { name: "fetch() copied from devtools", tokOnly: true, f: (g, s, v) => `await fetch("https://api.example.com/graphql", {\n  "headers": {\n    "accept": "*/*",\n    "${hname(s).toLowerCase()}": "${hval(s, v)}",\n    "content-type": "application/json"\n  },\n  "body": "{\\"query\\":\\"{ viewer { id } }\\"}",\n  "method": "POST"\n});` },
];

/** Render spec i through renderer (i + offset), skipping header-only renderers for URL values. */
export function render(g: Gen, s: Spec, i: number): { text: string; ctx: string } {
  let k = i % RENDERERS.length;
  while (s.url && RENDERERS[k]!.tokOnly) k = (k + 1) % RENDERERS.length;
  const r = RENDERERS[k]!;
  return { text: r.f(g, s, s.mk(g)), ctx: r.name };
}

export function build(seed: number, specs: Spec[], idPrefix: string, catPrefix: string, label: "positive" | "benign", start = 0, step = 1): CorpusCase[] {
  const g = new Gen(seed);
  return specs.map((s, j) => {
    const { text, ctx } = render(g, s, start + j * step);
    return { id: `${idPrefix}-${String(j + 1).padStart(3, "0")}`, kind: "secrets" as const, category: label === "positive" ? `${catPrefix}-sec-${s.g}` : `${catPrefix}-benign`, label, text, note: `${s.p}; slot ${s.env}; context: ${ctx}` };
  });
}
