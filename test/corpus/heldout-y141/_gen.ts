// Shared builders and context renderers for heldout-y141 (skipped by the loader: leading "_").
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const H = "0123456789abcdef";
export const HU = "0123456789ABCDEF";
export const D = "0123456789";
export const LA = "abcdefghijklmnopqrstuvwxyz0123456789";
export const UA = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const B64 = A + "+/";
export const U_ = A + "_-";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "QPZRY9X8GF2TVDW0S3JNK54HCE6MUA7L";

export type Part = string | [number, string];

export class Gen extends SeededRng {
  /** Concatenate literal pieces and random runs [n, alphabet]. */
  t(...parts: Part[]): string {
    return parts.map((p) => (typeof p === "string" ? p : this.str(p[0], p[1]))).join("");
  }
  uuid(): string {
    return `${this.str(8, H)}-${this.str(4, H)}-4${this.str(3, H)}-${this.pick(["8", "9", "a", "b"])}${this.str(3, H)}-${this.str(12, H)}`;
  }
  b64u(s: string): string {
    return Buffer.from(s).toString("base64").replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  }
  jwt(payload: Record<string, unknown>): string {
    return [this.b64u(JSON.stringify({ alg: "HS256", typ: "JWT" })), this.b64u(JSON.stringify(payload)), this.str(43, U_)].join(".");
  }
  pemBody(nBytes: number, lead = ""): string {
    const b = Buffer.concat([Buffer.from(lead, "base64"), Buffer.from(this.bytes(nBytes))]).toString("base64");
    return b.match(/.{1,64}/g)!.join("\n");
  }
}

export interface Spec {
  id: string; // short slug
  group: string;
  name: string; // provider + credential type
  env: string; // variable name as a developer would write it
  what: string; // prose: "Stripe live secret key"
  make: (g: Gen) => string;
  hdr?: string; // header line prefix, e.g. "Authorization: Bearer "
  qp?: string; // query parameter name
}

export const S = (id: string, group: string, name: string, env: string, make: (g: Gen) => string, hdr?: string, qp?: string): Spec => ({
  id, group, name, env, what: name, make, ...(hdr ? { hdr } : {}), ...(qp ? { qp } : {}),
});

const snake = (e: string) => e.toLowerCase();
const camel = (e: string) => e.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const host = (s: Spec) => `api.${s.id.replace(/[^a-z0-9]/g, "")}.example.com`;
const J = (x: unknown) => JSON.stringify(x);
/** Header name and value prefix from s.hdr ("Authorization: Bearer " -> ["Authorization", "Bearer "]). */
const hp = (s: Spec): [string, string] => {
  const h = s.hdr ?? "Authorization: Bearer ";
  const i = h.indexOf(":");
  return [h.slice(0, i), h.slice(i + 1).trimStart()];
};

// Prose in several languages; i % 4 === 1 picks a non-English line (about a quarter).
const OTHER: ((w: string) => string)[] = [
  (w) => `Aquí tienes la ${w} para staging, ponla en la config y prueba otra vez:`,
  (w) => `Hier ist der ${w} für die Staging-Umgebung, bitte in die Konfiguration eintragen:`,
  (w) => `Voici la ${w} pour la préprod, ajoute-la dans la config et relance :`,
  (w) => `ステージング用の${w}です。設定ファイルに入れて再実行してください：`,
  (w) => `Segue a ${w} do ambiente de homologação, coloca na config e roda de novo:`,
  (w) => `这是预发环境的${w}，请写进配置后重新运行：`,
  (w) => `Вот ${w} для стейджинга, добавь в конфиг и перезапусти:`,
  (w) => `Ecco la ${w} per lo staging, mettila nella config e riprova:`,
  (w) => `스테이징용 ${w}입니다. 설정에 넣고 다시 실행해 주세요:`,
  (w) => `Oto ${w} do środowiska testowego, wpisz to do konfiguracji:`,
  (w) => `İşte staging için ${w}, konfigürasyona ekleyip tekrar dene:`,
  (w) => `Hier is de ${w} voor staging, zet hem in de config:`,
];
const EN: ((w: string) => string)[] = [
  (w) => `Here's the ${w} for staging, wire it into the config and rerun:`,
  (w) => `The build is failing on auth. This is the ${w} we use:`,
  (w) => `Can you fix the integration? Current ${w} below:`,
  (w) => `Please update the deploy script with this ${w}:`,
];
export const prose = (g: Gen, i: number, w: string) => (i % 4 === 1 ? g.pick(OTHER)(w) : g.pick(EN)(w));

export type Renderer = { name: string; r: (s: Spec, v: string, g: Gen, i: number) => string };

export const RENDERERS: Renderer[] = [
  { name: "chat-completion with pasted .env", r: (s, v, g, i) => J({ model: "gpt-4o", messages: [{ role: "system", content: "You are a coding assistant." }, { role: "user", content: `${prose(g, i, s.what)}\n\n\`\`\`\nNODE_ENV=production\nPORT=8080\n${s.env}=${v}\nLOG_LEVEL=info\n\`\`\`` }] }) },
  { name: "anthropic tool_use write_file", r: (s, v) => J({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "assistant", content: [{ type: "tool_use", id: "toolu_01", name: "write_file", input: { path: "config/.env.production", content: `APP_NAME=billing\n${s.env}=${v}\n` } }] }] }) },
  { name: "openai tool_calls shell", r: (s, v) => J({ role: "assistant", tool_calls: [{ id: "call_1", type: "function", function: { name: "run_shell", arguments: J({ command: `${s.env}=${v} npm run sync -- --verbose` }) } }] }) },
  { name: "MCP tool result", r: (s, v) => J({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `$ printenv | grep ${s.env.split("_")[0]}\n${s.env}=${v}\n` }], isError: false } }) },
  { name: "shell export", r: (s, v) => `# local setup\nexport ${s.env}="${v}"\nexport PATH="$HOME/.local/bin:$PATH"\n./scripts/bootstrap.sh` },
  { name: "docker run -e", r: (s, v) => `docker run --rm -p 3000:3000 -e NODE_ENV=production -e ${s.env}=${v} ghcr.io/acme/worker:1.8.2` },
  { name: "curl header", r: (s, v) => `curl -sS -X POST https://${host(s)}/v1/jobs \\\n  -H '${s.hdr ?? "Authorization: Bearer "}${v}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"limit": 10}'` },
  { name: "raw HTTP request", r: (s, v) => `GET /v2/status HTTP/1.1\r\nHost: ${host(s)}\r\nUser-Agent: python-requests/2.32.3\r\nAccept: application/json\r\n${s.hdr ?? "Authorization: Bearer "}${v}\r\n\r\n` },
  { name: "URL query", r: (s, v) => `https://${host(s)}/v1/export?format=csv&${s.qp ?? "api_key"}=${encodeURIComponent(v)}&page=2` },
  { name: "form body", r: (s, v) => `POST /oauth/setup HTTP/1.1\r\nHost: ${host(s)}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nproject=acme&${snake(s.env)}=${encodeURIComponent(v)}&region=eu` },
  { name: "multipart form", r: (s, v) => `--boundary7MA4YWxk\r\nContent-Disposition: form-data; name="name"\r\n\r\nworker-prod\r\n--boundary7MA4YWxk\r\nContent-Disposition: form-data; name="${snake(s.env)}"\r\n\r\n${v}\r\n--boundary7MA4YWxk--\r\n` },
  { name: "JSON config", r: (s, v) => JSON.stringify({ service: "ingest", retries: 3, [camel(s.env)]: v, timeoutMs: 5000 }, null, 2) },
  { name: "docker-compose YAML", r: (s, v) => `services:\n  api:\n    image: acme/api:2.4\n    environment:\n      - NODE_ENV=production\n      - ${s.env}=${v}\n    ports:\n      - "8080:8080"\n` },
  { name: "TOML", r: (s, v) => `[server]\nport = 8080\n\n[integrations]\n${snake(s.env)} = "${v}"\ntimeout = 30\n` },
  { name: "INI", r: (s, v) => `[default]\nregion = eu-west-1\n${snake(s.env)} = ${v}\noutput = json\n` },
  { name: ".properties", r: (s, v) => `spring.application.name=orders\nserver.port=8081\napp.${camel(s.env)}=${v}\nlogging.level.root=INFO\n` },
  { name: "Terraform HCL", r: (s, v) => `provider "acme" {\n  endpoint = "https://${host(s)}"\n  ${snake(s.env)} = "${v}"\n}\n` },
  { name: "web.config XML", r: (s, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.env}" value="${v}" />\n  </appSettings>\n</configuration>` },
  { name: "Python code", r: (s, v) => `import os\nimport requests\n\n${s.env} = os.environ.get("${s.env}", "${v}")\n\ndef fetch():\n    return requests.get("https://${host(s)}/v1/items", headers={"${hp(s)[0]}": f"${hp(s)[1]}{${s.env}}"}, timeout=10)\n` },
  { name: "TypeScript code", r: (s, v) => `const ${camel(s.env)} = process.env.${s.env} ?? "${v}";\n\nexport async function sync() {\n  const res = await fetch("https://${host(s)}/v1/sync", { headers: { "${hp(s)[0]}": \`${hp(s)[1]}\${${camel(s.env)}}\` } });\n  return res.json();\n}\n` },
  { name: "Go code", r: (s, v) => `package main\n\nconst ${camel(s.env)} = "${v}"\n\nfunc newClient() *Client {\n\treturn &Client{BaseURL: "https://${host(s)}", Key: ${camel(s.env)}}\n}\n` },
  { name: "Java code", r: (s, v) => `public final class Config {\n    private static final String ${s.env} = "${v}";\n    public static String get() { return ${s.env}; }\n}\n` },
  { name: "Ruby code", r: (s, v) => `# config/initializers/acme.rb\nAcme.configure do |c|\n  c.${snake(s.env)} = ENV.fetch("${s.env}", "${v}")\nend\n` },
  { name: "PHP code", r: (s, v) => `<?php\nreturn [\n    'debug' => false,\n    '${snake(s.env)}' => env('${s.env}', '${v}'),\n];\n` },
  { name: "Rust code", r: (s, v) => `fn client() -> Client {\n    let key = std::env::var("${s.env}").unwrap_or_else(|_| "${v}".to_string());\n    Client::new(key)\n}\n` },
  { name: "C# code", r: (s, v) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Configuration["${s.env}"] = "${v}";\nvar app = builder.Build();\n` },
  { name: "CI log", r: (s, v, g) => `2026-11-${String(g.range(10, 28))}T09:14:02.114Z ##[group]Run ./deploy.sh\n2026-11-02T09:14:02.120Z + echo "using ${s.env}=${v}"\n2026-11-02T09:14:02.121Z using ${s.env}=${v}\n2026-11-02T09:14:03.880Z ##[endgroup]\nError: deploy failed with exit code 1` },
  { name: "shell history", r: (s, v) => `  501  cd ~/src/acme\n  502  git pull --rebase\n  503  export ${s.env}=${v}\n  504  make deploy\n  505  history | tail` },
  { name: "Python crash report with locals", r: (s, v) => `Traceback (most recent call last):\n  File "/app/sync.py", line 42, in run\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized\n\nLocals:\n  url = 'https://${host(s)}/v1/run'\n  ${snake(s.env)} = '${v}'\n  attempt = 3` },
  { name: "Jupyter notebook", r: (s, v) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.env}"] = "${v}"\n`, "client = make_client()\n"] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 }) },
  { name: "unified diff", r: (s, v) => `diff --git a/.env.example b/.env.example\n--- a/.env.example\n+++ b/.env.example\n@@ -3,3 +3,3 @@ PORT=8080\n DB_POOL=10\n-${s.env}=\n+${s.env}=${v}\n LOG_LEVEL=debug\n` },
  { name: "chat hand-over message", r: (s, v, g, i) => J({ channel: "C05DEVOPS", text: `${prose(g, i, s.what)} ${v}` }) },
  { name: "k8s Secret (base64 data)", r: (s, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-env\ntype: Opaque\ndata:\n  ${s.env}: ${Buffer.from(v).toString("base64")}\n` },
  { name: "GitHub Actions workflow env", r: (s, v) => `name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${s.env}: ${v}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n` },
  { name: "Dockerfile ENV", r: (s, v) => `FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nENV ${s.env}=${v}\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n` },
  { name: "SQL insert", r: (s, v) => `INSERT INTO integration_settings (tenant_id, provider, setting, value) VALUES (42, '${s.id}', '${snake(s.env)}', '${v}');` },
  { name: "Markdown setup doc", r: (s, v, g, i) => `## Setup\n\n${prose(g, i, s.what)}\n\n\`\`\`bash\n${s.env}=${v}\n\`\`\`\n` },
  { name: "Helm values", r: (s, v) => `replicaCount: 2\nimage:\n  tag: "3.1.0"\nenv:\n  - name: ${s.env}\n    value: "${v}"\n` },
  { name: "PowerShell", r: (s, v) => `PS C:\\src\\acme> $env:${s.env} = "${v}"\nPS C:\\src\\acme> dotnet run --project Api` },
  { name: "systemd unit", r: (s, v) => `[Service]\nExecStart=/usr/local/bin/worker\nEnvironment="${s.env}=${v}"\nRestart=always\n` },
];

/** Render specs round-robin over the renderers; `start` offsets the rotation. */
export function rotate(specs: Spec[], g: Gen, opts: { prefix: string; cat: string; label: "positive" | "benign"; start?: number; idStart?: number }): CorpusCase[] {
  const out: CorpusCase[] = [];
  specs.forEach((s, k) => {
    const i = k + (opts.start ?? 0);
    const rend = RENDERERS[i % RENDERERS.length]!;
    const v = s.make(g);
    out.push({
      id: `${opts.prefix}-${String(k + 1 + (opts.idStart ?? 0)).padStart(3, "0")}`,
      kind: "secrets",
      category: opts.label === "positive" ? `${opts.cat}-${s.group}` : opts.cat,
      label: opts.label,
      text: rend.r(s, v, g, i),
      note: `${s.name}; slot ${s.env}${s.hdr ? ` / header ${s.hdr.trim()}` : ""}; context: ${rend.name}`,
    });
  });
  return out;
}
