// Shared builders and context renderers for heldout-y116 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time from a split prefix and a body drawn
// from SeededRng (one fixed seed per case file), so the repository holds no literal credential
// and two loads give identical texts.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const LOWER = "abcdefghijklmnopqrstuvwxyz";
const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIG = "0123456789";
export const AL = {
  alnum: UPPER + LOWER + DIG,
  hex: "0123456789abcdef",
  HEX: "0123456789ABCDEF",
  lower: LOWER + DIG,
  upper: UPPER + DIG,
  alpha: UPPER + LOWER,
  b64: UPPER + LOWER + DIG + "+/",
  b64u: UPPER + LOWER + DIG + "-_",
  b32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  bech32: "qpzry9x8gf2tvdw0s3jn54khce6mua7l",
};

export class Gen extends SeededRng {
  hex(n: number) { return this.str(n, AL.hex); }
  HEX(n: number) { return this.str(n, AL.HEX); }
  alnum(n: number) { return this.str(n, AL.alnum); }
  lower(n: number) { return this.str(n, AL.lower); }
  upper(n: number) { return this.str(n, AL.upper); }
  alpha(n: number) { return this.str(n, AL.alpha); }
  b64(n: number) { return this.str(n, AL.b64); }
  b64u(n: number) { return this.str(n, AL.b64u); }
  /** n digits, first one non-zero. */
  num(n: number) { return this.str(1, "123456789") + this.str(n - 1, DIG); }
  uuid() { return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`; }
  /** Real base64 (with padding) of n random bytes. */
  b64bytes(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
  b64of(s: string) { return Buffer.from(s, "utf8").toString("base64"); }
  b64urlOf(s: string) { return Buffer.from(s, "utf8").toString("base64url"); }
  /** A signed-looking JWT: real base64url header and payload, random 43-char signature. */
  jwt(payload: Record<string, unknown>, alg = "HS256") {
    return [this.b64urlOf(JSON.stringify({ alg, typ: "JWT" })), this.b64urlOf(JSON.stringify(payload)), this.b64u(alg === "RS256" ? 342 : 43)].join(".");
  }
  /** PEM block around DER bytes. */
  pem(label: string, der: Uint8Array) {
    const b = Buffer.from(der).toString("base64").match(/.{1,64}/g)!.join("\n");
    return `-----BEGIN ${label}-----\n${b}\n-----END ${label}-----`;
  }
  cat(...parts: (Uint8Array | number[])[]) {
    const arr: number[] = [];
    for (const p of parts) arr.push(...Array.from(p as ArrayLike<number>));
    return Uint8Array.from(arr);
  }
  ts() { return `2025-${String(this.range(1, 12)).padStart(2, "0")}-${String(this.range(1, 28)).padStart(2, "0")}T${String(this.range(0, 23)).padStart(2, "0")}:${String(this.range(10, 59))}:${String(this.range(10, 59))}Z`; }
}

/** One value in one slot. */
export interface Slot {
  provider: string;
  group: string;
  /** Env-var style name of the slot, e.g. OPENAI_API_KEY. */
  env: string;
  value: string;
  /** HTTP header [name, prefix] when the provider authenticates by header. */
  header?: [string, string];
  /** Query parameter name when the provider takes the value in the URL. */
  qp?: string;
  host?: string;
  path?: string;
  /** Companion non-secret (or pair) settings rendered before the slot. */
  extra?: [string, string][];
}

export const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
export const snake = (env: string) => env.toLowerCase();
export const dotted = (env: string) => env.toLowerCase().replace(/_/g, ".");
const J = (o: unknown) => JSON.stringify(o);
const J2 = (o: unknown) => JSON.stringify(o, null, 2);
const host = (s: Slot) => s.host ?? "api.example.com";
const path = (s: Slot) => s.path ?? "/v1/status";
const pairs = (s: Slot): [string, string][] => [["APP_ENV", "production"], ...(s.extra ?? []), [s.env, s.value], ["LOG_LEVEL", "info"]];
const dotenv = (s: Slot) => pairs(s).map(([k, v]) => `${k}=${v}`).join("\n");
const yamlMap = (s: Slot, ind = "  ") => pairs(s).map(([k, v]) => `${ind}${k}: "${v}"`).join("\n");

export interface Renderer {
  name: string;
  render: (s: Slot, g: Gen, i: number) => string;
}

const LANGS: [string, (p: string, body: string) => string][] = [
  ["es", (p, b) => `Hola, te paso la config de ${p} para que lo pruebes en staging:\n${b}\nAvísame si falla.`],
  ["de", (p, b) => `Hier die Einstellungen für ${p}, bitte im Deploy-Job verwenden:\n${b}\nDanke!`],
  ["ja", (p, b) => `${p} の設定です。ステージングで試してください:\n${b}\nよろしくお願いします。`],
  ["pt", (p, b) => `Segue a config do ${p} que você pediu, já está valendo em produção:\n${b}`],
  ["fr", (p, b) => `Voici la configuration ${p} pour le déploiement de ce soir :\n${b}\nMerci !`],
  ["zh", (p, b) => `这是 ${p} 的配置，部署的时候用：\n${b}\n用完记得告诉我。`],
];

function httpHeaders(s: Slot): [string, string][] {
  return s.header ? [[s.header[0], s.header[1] + s.value]] : [];
}
function httpBody(s: Slot): string | undefined {
  return s.header ? undefined : J({ environment: "production", [snake(s.env)]: s.value });
}

export const RENDERERS: Renderer[] = [
  { name: "openai chat body, user pastes .env", render: (s) => J({ model: "gpt-4o", messages: [
    { role: "system", content: "You are a helpful deployment assistant." },
    { role: "user", content: `The service crashes on boot after I rotated things. Here's the .env it loads:\n\n\`\`\`\n${dotenv(s)}\n\`\`\`\nWhat is wrong?` }] }) },
  { name: "anthropic messages body, user pastes docker-compose", render: (s) => J({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [
    { role: "user", content: [{ type: "text", text: `compose up fails with exit 1, file below:\n\n\`\`\`yaml\nservices:\n  api:\n    image: ghcr.io/example/api:2.4.1\n    environment:\n${yamlMap(s, "      ")}\n\`\`\`` }] }] }) },
  { name: "gemini generateContent body, pasted JSON config", render: (s) => J({ contents: [{ role: "user", parts: [{ text: `Validate this config.json please:\n${J2({ service: "billing-sync", region: "eu-west-1", integration: Object.fromEntries(pairs(s).map(([k, v]) => [camel(k), v])) })}` }] }] }) },
  { name: "anthropic tool_use write_file (.env.production) replayed in next request", render: (s, g) => {
    const id = `toolu_01${g.alnum(22)}`;
    return J({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [
      { role: "user", content: "Create the production env file for the worker." },
      { role: "assistant", content: [{ type: "text", text: "Writing the env file now." }, { type: "tool_use", id, name: "write_file", input: { path: "deploy/.env.production", content: dotenv(s) + "\n" } }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "wrote 4 lines" }] }] });
  } },
  { name: "openai tool_calls shell command (double-escaped arguments)", render: (s, g) => J({ model: "gpt-4.1", messages: [
    { role: "user", content: "deploy the worker with the new settings" },
    { role: "assistant", content: null, tool_calls: [{ id: `call_${g.alnum(24)}`, type: "function", function: { name: "run_shell", arguments: J({ command: `export ${s.env}="${s.value}" && ./scripts/deploy.sh --env production`, timeout: 120 }) } }] }] }) },
  { name: "MCP tools/call result with config file echoed back to model", render: (s, g) => J({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text: `# config/settings.yaml\nservice: ingest\nsettings:\n${pairs(s).map(([k, v]) => `  ${snake(k)}: ${v}`).join("\n")}\n` }], isError: false } }) },
  { name: "MCP tools/call request, http_request tool arguments", render: (s, g) => J({ jsonrpc: "2.0", id: g.range(2, 90), method: "tools/call", params: { name: "http_request", arguments: {
    method: "GET", url: `https://${host(s)}${path(s)}${s.qp ? `?${s.qp}=${s.value}` : ""}`, headers: Object.fromEntries(s.header ? httpHeaders(s) : [["X-Config", `${s.env}=${s.value}`]]) } } }) },
  { name: "curl -H command line", render: (s) => s.header
    ? `curl -sS -X GET "https://${host(s)}${path(s)}" \\\n  -H "${s.header[0]}: ${s.header[1]}${s.value}" \\\n  -H "Accept: application/json"`
    : `curl -sS -X POST "https://${host(s)}/v1/config" -H "Content-Type: application/json" \\\n  -d '${httpBody(s)}'` },
  { name: "raw HTTP/1.1 request", render: (s) => {
    const body = httpBody(s);
    return [`${body ? "POST" : "GET"} ${body ? "/v1/config" : path(s)} HTTP/1.1`, `Host: ${host(s)}`, "User-Agent: agent-runtime/1.8", ...httpHeaders(s).map(([k, v]) => `${k}: ${v}`), ...(body ? ["Content-Type: application/json", `Content-Length: ${body.length}`] : []), "Accept: */*", "", body ?? ""].join("\r\n");
  } },
  { name: "URL query string", render: (s) => `GET https://${host(s)}${path(s)}?format=json&${s.qp ?? snake(s.env)}=${encodeURIComponent(s.value)}&page=2` },
  { name: "x-www-form-urlencoded body", render: (s) => `POST /api/settings HTTP/1.1\nHost: ${host(s)}\nContent-Type: application/x-www-form-urlencoded\n\nenvironment=production&${snake(s.env)}=${encodeURIComponent(s.value)}&save=1` },
  { name: "multipart/form-data body", render: (s, g) => {
    const b = `----WebKitFormBoundary${g.alnum(16)}`;
    return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="environment"\n\nproduction\n--${b}\nContent-Disposition: form-data; name="${snake(s.env)}"\n\n${s.value}\n--${b}\nContent-Disposition: form-data; name="notes"\n\nrotated by ops\n--${b}--`;
  } },
  { name: "HAR entry", render: (s, g) => J2({ log: { version: "1.2", creator: { name: "Firefox", version: "128.0" }, entries: [{ startedDateTime: g.ts(), time: g.range(40, 900), request: {
    method: s.header ? "GET" : "POST", url: `https://${host(s)}${s.header ? path(s) : "/v1/config"}`, httpVersion: "HTTP/2",
    headers: [{ name: "accept", value: "application/json" }, ...httpHeaders(s).map(([name, value]) => ({ name, value }))],
    queryString: [], ...(s.header ? {} : { postData: { mimeType: "application/json", text: httpBody(s) } }) }, response: { status: 200, statusText: "OK" } }] } }) },
  { name: "devtools Copy as fetch", render: (s) => `fetch("https://${host(s)}${s.header ? path(s) : "/v1/config"}", {\n  "headers": {\n    "accept": "application/json"${s.header ? `,\n    "${s.header[0].toLowerCase()}": "${s.header[1]}${s.value}"` : ""}\n  },\n  ${s.header ? "" : `"body": ${J(httpBody(s))},\n  `}"method": "${s.header ? "GET" : "POST"}",\n  "mode": "cors"\n});` },
  { name: ".env file", render: (s) => `# generated ${"2025-06-02"}\n${dotenv(s)}\n` },
  { name: "JSON config file", render: (s) => J2({ name: "worker", env: "production", settings: Object.fromEntries(pairs(s).map(([k, v]) => [camel(k), v])) }) },
  { name: "YAML config", render: (s) => `app:\n  name: worker\n  replicas: 3\nintegration:\n${pairs(s).map(([k, v]) => `  ${snake(k)}: ${v}`).join("\n")}\n` },
  { name: "TOML config", render: (s) => `[service]\nname = "worker"\nport = 8080\n\n[integration]\n${pairs(s).map(([k, v]) => `${snake(k)} = "${v}"`).join("\n")}\n` },
  { name: "INI config", render: (s) => `[default]\nregion = eu-west-1\n\n[${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${pairs(s).map(([k, v]) => `${snake(k)} = ${v}`).join("\n")}\n` },
  { name: "Java .properties", render: (s) => `# application-prod.properties\nserver.port=8080\n${pairs(s).map(([k, v]) => `app.${dotted(k)}=${v}`).join("\n")}\n` },
  { name: "HCL / terraform tfvars", render: (s) => `# terraform.tfvars\nregion = "eu-west-1"\n${pairs(s).map(([k, v]) => `${snake(k)} = "${v}"`).join("\n")}\n` },
  { name: "XML app.config appSettings", render: (s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n${pairs(s).map(([k, v]) => `    <add key="${k}" value="${v}" />`).join("\n")}\n  </appSettings>\n</configuration>` },
  { name: "Python code", render: (s) => `import os\n\n${pairs(s).map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`).join("\n")}\n\nclient = make_client(${s.env})\n` },
  { name: "Node.js code", render: (s) => `const config = {\n${pairs(s).map(([k, v]) => `  ${camel(k)}: process.env.${k} || "${v}",`).join("\n")}\n};\nmodule.exports = config;\n` },
  { name: "Go code", render: (s) => `package config\n\nconst (\n${pairs(s).map(([k, v]) => `\t${camel(k).replace(/^./, (c) => c.toUpperCase())} = "${v}"`).join("\n")}\n)\n` },
  { name: "Java code", render: (s) => `public final class Settings {\n${pairs(s).map(([k, v]) => `    public static final String ${k} = "${v}";`).join("\n")}\n}\n` },
  { name: "C# code", render: (s) => `var settings = new Dictionary<string, string>\n{\n${pairs(s).map(([k, v]) => `    ["${k}"] = "${v}",`).join("\n")}\n};\n` },
  { name: "Ruby code", render: (s) => `# config/initializers/settings.rb\n${pairs(s).map(([k, v]) => `ENV["${k}"] ||= "${v}"`).join("\n")}\n` },
  { name: "PHP code", render: (s) => `<?php\nreturn [\n${pairs(s).map(([k, v]) => `    '${snake(k)}' => env('${k}', '${v}'),`).join("\n")}\n];\n` },
  { name: "Rust code", render: (s) => `fn settings() -> HashMap<&'static str, &'static str> {\n    HashMap::from([\n${pairs(s).map(([k, v]) => `        ("${k}", "${v}"),`).join("\n")}\n    ])\n}\n` },
  { name: "CI job log", render: (s, g) => `2025-06-02T10:${g.range(10, 59)}:01.1Z ##[group]Run ./scripts/configure.sh\n2025-06-02T10:14:01.2Z ./scripts/configure.sh --verbose\n2025-06-02T10:14:01.9Z + export ${s.env}=${s.value}\n2025-06-02T10:14:02.0Z + echo 'configured worker'\n2025-06-02T10:14:02.0Z configured worker\n2025-06-02T10:14:02.1Z ##[endgroup]` },
  { name: "shell history", render: (s) => `  501  cd ~/src/worker\n  502  git pull --rebase\n  503  export ${s.env}='${s.value}'\n  504  npm run start:prod\n  505  tail -f logs/worker.log` },
  { name: "Python crash report with locals", render: (s) => J({ title: "worker crash on startup", body: `Traceback (most recent call last):\n  File "/srv/app/main.py", line 88, in <module>\n    client = connect(settings)\n  File "/srv/app/clients.py", line 41, in connect\n    raise ConnectionError("upstream rejected request")\nConnectionError: upstream rejected request\n\nLocals in connect:\n    settings = {${pairs(s).map(([k, v]) => `'${k}': '${v}'`).join(", ")}}\n    retries = 3` }) },
  { name: "Jupyter notebook JSON", render: (s) => J2({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, source: ["import os\n", ...pairs(s).map(([k, v]) => `os.environ[\"${k}\"] = \"${v}\"\n`), "client = Client()\n"], outputs: [] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }) },
  { name: "SQL insert", render: (s) => `INSERT INTO integration_settings (provider, name, value, updated_at) VALUES\n  ('${s.provider}', '${s.env}', '${s.value.replace(/'/g, "''")}', now());` },
  { name: "Markdown setup doc", render: (s) => `## Running locally\n\nExport these before \`make dev\`:\n\n| variable | value |\n|---|---|\n${pairs(s).map(([k, v]) => `| \`${k}\` | \`${v}\` |`).join("\n")}\n` },
  { name: "unified diff", render: (s) => `diff --git a/config/settings.py b/config/settings.py\nindex 3e1a2b4..9f0c7d1 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -10,6 +10,6 @@ DEBUG = False\n ALLOWED_HOSTS = ["*"]\n-${s.env} = os.environ["${s.env}"]\n+${s.env} = "${s.value}"\n TIMEOUT = 30\n` },
  { name: "Dockerfile", render: (s) => `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\n${pairs(s).map(([k, v]) => `ENV ${k}="${v}"`).join("\n")}\nCMD ["node", "server.js"]\n` },
  { name: "k8s Secret (base64 data)", render: (s, g) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: worker-env\n  namespace: prod\ntype: Opaque\ndata:\n${pairs(s).map(([k, v]) => `  ${k}: ${g.b64of(v)}`).join("\n")}\n` },
  { name: "docker-compose environment", render: (s) => `services:\n  worker:\n    image: registry.example.com/worker:1.9.0\n    environment:\n${pairs(s).map(([k, v]) => `      - ${k}=${v}`).join("\n")}\n    restart: unless-stopped\n` },
  { name: "systemd unit", render: (s) => `[Unit]\nDescription=Worker\nAfter=network-online.target\n\n[Service]\nUser=worker\n${pairs(s).map(([k, v]) => `Environment="${k}=${v}"`).join("\n")}\nExecStart=/usr/local/bin/worker\nRestart=always\n\n[Install]\nWantedBy=multi-user.target\n` },
  { name: "chat message (English) posted to chat API", render: (s, g) => J({ channel: `C0${g.upper(9)}`, text: `hey, here are the ${s.provider} settings for the staging→prod cutover, use these until Friday:\n\`${s.env}=${s.value}\`` }) },
  { name: "chat message (non-English) posted to chat API", render: (s, g, i) => {
    const [lang, f] = LANGS[i % LANGS.length]!;
    return J({ chat_id: g.num(10), locale: lang, text: f(s.provider, `${s.env}=${s.value}`) });
  } },
];

/** Rotate each slot through the renderers (offset lets files start at different renderers). */
export function rotate(prefix: string, category: (group: string) => string, label: "positive" | "benign", slots: (Slot & { what?: string })[], g: Gen, offset = 0, start = 1): CorpusCase[] {
  return slots.map((s, k) => {
    const r = RENDERERS[(k + offset) % RENDERERS.length]!;
    return {
      id: `${prefix}-${String(k + start).padStart(3, "0")}`,
      kind: "secrets",
      category: category(s.group),
      label,
      text: r.render(s, g, k),
      note: `${s.provider} ${s.what ?? "value"} in slot ${s.env}; context: ${r.name}`,
    };
  });
}

export const secCat = (group: string) => `heldouty116-sec-${group}`;
export const BENIGN = "heldouty116-benign";
