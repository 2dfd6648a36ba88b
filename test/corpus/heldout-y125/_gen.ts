// Shared builders and context renderers for heldout-y125 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time from a seeded PRNG (one fixed seed per
// case file), so the repository holds no literal credential and every load gives the same text.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const DIG = "0123456789";
export const LOWAN = "abcdefghijklmnopqrstuvwxyz0123456789";
export const UPAN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LOWER = "abcdefghijklmnopqrstuvwxyz";
export const B64 = ALNUM + "+/";
export const B64U = ALNUM + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
export const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

const B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** CRC32 (IEEE), used for the GitHub / npm style trailing checksum. */
export function crc32(s: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < s.length; i++) {
    c ^= s.charCodeAt(i);
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

function base62(n: number, width: number): string {
  let s = "";
  while (n > 0) {
    s = B62[n % 62] + s;
    n = Math.floor(n / 62);
  }
  return s.padStart(width, "0");
}

export const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
export const b64url = (s: string) => Buffer.from(s, "utf8").toString("base64url");

/** PRNG with the token builders used by the case files. */
export class Gen extends SeededRng {
  a(n: number) { return this.str(n, ALNUM); }
  h(n: number) { return this.str(n, HEX); }
  H(n: number) { return this.str(n, HEXU); }
  d(n: number) { return this.str(n, DIG); }
  l(n: number) { return this.str(n, LOWAN); }
  u(n: number) { return this.str(n, UPAN); }
  U(n: number) { return this.str(n, UPPER); }
  lw(n: number) { return this.str(n, LOWER); }
  b(n: number) { return this.str(n, B64); }
  bu(n: number) { return this.str(n, B64U); }
  b32(n: number) { return this.str(n, B32); }
  b58(n: number) { return this.str(n, B58); }
  bech(n: number) { return this.str(n, BECH); }
  /** base64 (padded) of n random bytes. */
  raw64(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
  raw64u(n: number) { return Buffer.from(this.bytes(n)).toString("base64url"); }
  uuid() { return [this.h(8), this.h(4), "4" + this.h(3), this.pick(["8", "9", "a", "b"]) + this.h(3), this.h(12)].join("-"); }
  /** A 30-char body plus the 6-char base62 CRC32 checksum (GitHub / npm token layout). */
  ck30(prefix: string) {
    const body = this.a(30);
    return prefix + body + base62(crc32(body), 6);
  }
  /** A signed-looking JWT (HS256 / RS256 header, given claims, random signature). */
  jwt(claims: Record<string, unknown>, alg = "HS256", sigLen = 43) {
    return [b64url(JSON.stringify({ alg, typ: "JWT" })), b64url(JSON.stringify(claims)), this.bu(sigLen)].join(".");
  }
  /** Unix time in 2026 so claims look current. */
  ts() { return 1767225600 + this.int(30000000); }
  /** A PEM block: label like "RSA PRIVATE", structural DER prefix, then random base64 body. */
  pem(label: string, derPrefix: string, nChars: number, tail = "") {
    const body = derPrefix + this.b(nChars - derPrefix.length - tail.length) + tail;
    const lines = body.match(/.{1,64}/g) ?? [];
    return ["-----BEGIN " + label + " KEY-----", ...lines, "-----END " + label + " KEY-----"].join("\n");
  }
  rsaPkcs1() { return this.pem("RSA " + "PRIVATE", "MIIEpAIBAAKCAQEA", 1588, "=="); }
  pkcs8() { return this.pem("PRIVATE", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 1620, "="); }
  ecKey() { return this.pem("EC " + "PRIVATE", "MHcCAQEEI", 160, "=="); }
  sshKey() {
    return this.pem("OPENSSH " + "PRIVATE", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACD", 396, "=");
  }
}

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  /** short slug, [a-z0-9-] */
  id: string;
  group: Group;
  provider: string;
  /** env-style slot name of the main value */
  env: string;
  make: (g: Gen) => string;
  /** other values rendered with it (key id next to a secret, endpoint, ...) */
  extra?: (g: Gen) => [string, string][];
  /** "Header-Name: prefix" used by header-bearing renderers; null = not a header credential */
  header?: string | null;
  host?: string;
}

export interface Ctx {
  g: Gen;
  provider: string;
  slug: string;
  main: [string, string];
  secrets: [string, string][];
  vars: [string, string][];
  header: string | null;
  host: string;
  prose: string;
  label: "positive" | "benign";
}

// ---------- naming helpers ----------
const words = (env: string) => env.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
export const snake = (env: string) => words(env).join("_");
export const kebab = (env: string) => words(env).join("-");
export const camel = (env: string) => words(env).map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
export const pascal = (env: string) => words(env).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
/** Query/form parameter name: the env name without its provider prefix when it has 3+ words. */
export const param = (env: string) => {
  const w = words(env);
  return (w.length >= 3 ? w.slice(1) : w).join("_");
};
const hName = (h: string) => h.split(":")[0]!.trim();
const hPrefix = (h: string) => h.slice(h.indexOf(":") + 1).replace(/^ /, "");

// ---------- prose (about a quarter in other languages) ----------
const ASK_EN = [
  "The {p} integration started failing after the deploy. Can you look at the config below and tell me what's wrong?",
  "Please refactor this so settings are read in one place. Current file:",
  "Why do calls to {p} time out from the worker? Here is what I'm running:",
  "Convert this to the format our new config loader expects, keep the values:",
  "Add retries with backoff around the {p} client. Relevant bits:",
  "Can you write a quick test for this? The service config is:",
  "Staging works, prod doesn't. Diff the two and tell me what's off:",
  "Summarise what this setup does for the onboarding doc:",
];
const ASK_INTL = [
  "La integración con {p} dejó de funcionar después del despliegue. ¿Puedes revisar la configuración?",
  "Nach dem Update bekommen wir von {p} nur noch Fehler. Kannst du dir die Konfiguration ansehen?",
  "Peux-tu vérifier pourquoi l'appel à {p} échoue ? Voici le fichier actuel :",
  "A integração com {p} parou de funcionar. Consegue revisar esta configuração?",
  "{p} との連携がデプロイ後に失敗します。下の設定を確認してもらえますか？",
  "部署之后 {p} 的调用一直报错，帮我看看下面的配置哪里不对？",
  "После деплоя интеграция с {p} перестала работать. Посмотри, пожалуйста, конфиг ниже.",
  "L'integrazione con {p} non funziona più dopo il rilascio. Puoi controllare la configurazione?",
  "배포 후 {p} 연동이 실패합니다. 아래 설정을 확인해 주세요.",
  "Dağıtımdan sonra {p} entegrasyonu çalışmıyor. Aşağıdaki yapılandırmaya bakabilir misin?",
  "Po wdrożeniu integracja z {p} przestała działać. Możesz sprawdzić konfigurację poniżej?",
  "Na de deploy werkt de koppeling met {p} niet meer. Kun je de configuratie hieronder bekijken?",
  "Sau khi triển khai, tích hợp {p} bị lỗi. Bạn xem giúp cấu hình bên dưới nhé?",
  "Integrasi {p} gagal setelah deploy. Bisa tolong cek konfigurasi di bawah?",
  "डिप्लॉय के बाद {p} इंटीग्रेशन काम नहीं कर रहा। नीचे की कॉन्फ़िग देख लो?",
  "توقف التكامل مع {p} بعد النشر. هل يمكنك مراجعة الإعدادات أدناه؟",
  "Після деплою інтеграція з {p} не працює. Переглянь, будь ласка, конфіг нижче.",
  "Efter driftsättningen fungerar inte {p}-integrationen. Kan du titta på konfigurationen nedan?",
];
const HANDOVER = [
  "Here's the {p} key for staging, rotate it after the demo:",
  "{p} creds for the new worker, don't paste them anywhere public:",
  "Te paso la clave de {p} para producción:",
  "Hier ist der {p}-Schlüssel für die Staging-Umgebung:",
  "Voici la clé {p} pour la prod, ne la partage pas :",
  "Segue a chave do {p} que você pediu:",
  "{p} のキーです。検証が終わったら無効化してください：",
  "这是 {p} 的密钥，用完记得轮换：",
  "Вот ключ {p} для прода, после теста перевыпусти:",
  "Ecco la chiave di {p} per l'ambiente di test:",
  "{p} 키 전달드립니다. 테스트 후 폐기해 주세요:",
  "{p} anahtarı burada, işin bitince yenile:",
];
const TAIL = new Set(["api", "key", "keys", "token", "tokens", "secret", "pat", "password", "url", "client", "access", "auth", "app", "admin", "server", "user", "personal", "private", "signing", "webhook", "service", "account", "connection", "string", "credentials", "pair", "live", "ingest", "license", "integration", "id", "refresh", "oauth", "bot", "incoming", "rest", "sdk", "management", "project", "upload", "org", "session", "deploy", "with", "and", "+", "-", "s2s", "pw", "master", "write", "shared", "secret)", "bearer"]);
/** The product name inside a credential description ("Slack bot token" -> "Slack"). */
export function brand(provider: string): string {
  const w = provider.replace(/\s*\(.*?\)/g, "").split(" ");
  while (w.length > 1 && TAIL.has(w[w.length - 1]!.toLowerCase())) w.pop();
  return w.join(" ");
}
export function prose(g: Gen, p: string): string {
  const pool = g.next() < 0.27 ? ASK_INTL : ASK_EN;
  return g.pick(pool).replaceAll("{p}", p);
}

const FILLER: [string, string][] = [
  ["NODE_ENV", "production"], ["LOG_LEVEL", "info"], ["PORT", "8080"], ["AWS_REGION", "eu-west-1"],
  ["APP_NAME", "billing-api"], ["TZ", "UTC"], ["FEATURE_FLAGS", "beta,search"], ["WORKERS", "4"],
  ["SERVICE_URL", "https://app.example.com"], ["CACHE_TTL", "300"], ["RUST_LOG", "warn"], ["DEBUG", "false"],
];

// ---------- renderers ----------
export interface Renderer {
  name: string;
  needsHeader?: boolean;
  positiveOnly?: boolean;
  render: (c: Ctx) => string;
}

const envFile = (vars: [string, string][]) => vars.map(([k, v]) => `${k}=${v}`).join("\n");
const q = (s: string) => JSON.stringify(s);
const ts = (g: Gen) => `2026-0${g.range(1, 9)}-${String(g.range(10, 28))}T${String(g.range(10, 23))}:${String(g.range(10, 59))}:${String(g.range(10, 59))}Z`;
const MODELS = ["gpt-4.1", "gpt-4o", "o4-mini", "gpt-5-mini"];
const CLAUDE = ["claude-sonnet-4-5", "claude-opus-4-1", "claude-3-7-sonnet-latest", "claude-haiku-4-5"];

export const RENDERERS: Renderer[] = [
  {
    name: "openai chat body with pasted .env",
    render: (c) =>
      JSON.stringify({
        model: c.g.pick(MODELS),
        messages: [
          { role: "system", content: "You are a coding assistant working in the user's repository." },
          { role: "user", content: `${c.prose}\n\n\`\`\`dotenv\n${envFile(c.vars)}\n\`\`\`` },
        ],
        temperature: 0.2,
      }),
  },
  {
    name: "anthropic tool_use write_file (config JSON)",
    render: (c) => {
      const cfg: Record<string, unknown> = { service: c.slug, endpoint: `https://${c.host}/v1` };
      for (const [k, v] of c.secrets) cfg[camel(k)] = v;
      return JSON.stringify({
        model: c.g.pick(CLAUDE),
        max_tokens: 4096,
        messages: [
          { role: "user", content: c.prose },
          {
            role: "assistant",
            content: [
              { type: "text", text: "I'll write the settings file." },
              { type: "tool_use", id: "toolu_01" + c.g.a(22), name: "write_file", input: { path: "config/settings.json", content: JSON.stringify(cfg, null, 2) } },
            ],
          },
        ],
      });
    },
  },
  {
    name: "openai tool_calls run_shell export (double-escaped arguments)",
    render: (c) => {
      const cmd = c.secrets.map(([k, v]) => `export ${k}="${v}"`).join(" && ") + " && npm run deploy:staging";
      return JSON.stringify({
        model: c.g.pick(MODELS),
        messages: [
          { role: "user", content: c.prose },
          { role: "assistant", content: null, tool_calls: [{ id: "call_" + c.g.a(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: cmd, timeout: 120 }) } }] },
        ],
      });
    },
  },
  {
    name: "MCP tools/call result (cat .env) sent back",
    render: (c) =>
      JSON.stringify({ jsonrpc: "2.0", id: c.g.range(3, 90), result: { content: [{ type: "text", text: `$ cat .env.production\n${envFile(c.vars)}\n` }], isError: false } }),
  },
  {
    name: "curl header",
    needsHeader: true,
    render: (c) =>
      `curl -sS -X POST 'https://${c.host}/v1/${c.slug}/jobs' \\\n  -H '${hName(c.header!)}: ${hPrefix(c.header!)}${c.main[1]}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"name":"nightly-sync","dry_run":false}'`,
  },
  {
    name: "raw HTTP request headers",
    needsHeader: true,
    render: (c) =>
      `POST /v2/${c.slug}/events HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: agent-runner/1.8.2\r\nAccept: application/json\r\n${hName(c.header!)}: ${hPrefix(c.header!)}${c.main[1]}\r\nContent-Type: application/json\r\nContent-Length: 57\r\n\r\n{"event":"deploy.finished","ref":"main","status":"ok"}`,
  },
  {
    name: "URL query string",
    render: (c) =>
      `GET https://${c.host}/api/v1/${c.slug}/search?q=invoices&${c.secrets.map(([k, v]) => `${param(k)}=${encodeURIComponent(v)}`).join("&")}&page=2&per_page=50`,
  },
  {
    name: "form-urlencoded body",
    render: (c) =>
      `POST /oauth/token HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=read%20write&${c.secrets.map(([k, v]) => `${param(k)}=${encodeURIComponent(v)}`).join("&")}`,
  },
  {
    name: "multipart/form-data",
    render: (c) => {
      const bnd = "----WebKitFormBoundary" + c.g.a(16);
      const parts = [["name", `${c.slug}-prod`], ...c.secrets.map(([k, v]) => [snake(k), v] as [string, string]), ["region", "eu"]];
      return `Content-Type: multipart/form-data; boundary=${bnd}\n\n` + parts.map(([k, v]) => `--${bnd}\nContent-Disposition: form-data; name="${k}"\n\n${v}`).join("\n") + `\n--${bnd}--`;
    },
  },
  {
    name: "JSON config file",
    render: (c) => {
      const sec: Record<string, string> = {};
      for (const [k, v] of c.secrets) sec[camel(k)] = v;
      return JSON.stringify({ name: c.slug + "-service", version: "2.3.0", logging: { level: "info" }, integrations: { [c.slug]: { enabled: true, ...sec, timeoutMs: 8000 } } }, null, 2);
    },
  },
  {
    name: "YAML app config",
    render: (c) =>
      `server:\n  port: 8080\n  shutdown: graceful\nintegrations:\n  ${c.slug}:\n    enabled: true\n${c.secrets.map(([k, v]) => `    ${snake(k)}: "${v}"`).join("\n")}\n    timeout: 10s\n`,
  },
  {
    name: "TOML config",
    render: (c) => `[server]\nbind = "0.0.0.0:8080"\n\n[${c.slug}]\n${c.secrets.map(([k, v]) => `${snake(k)} = "${v}"`).join("\n")}\nretries = 3\n`,
  },
  {
    name: "INI config",
    render: (c) => `; generated by setup.sh\n[default]\nregion = eu-west-1\n\n[${c.slug}]\n${c.secrets.map(([k, v]) => `${snake(k)} = ${v}`).join("\n")}\nverify_ssl = true\n`,
  },
  {
    name: "Java .properties",
    render: (c) =>
      `spring.application.name=orders\nserver.port=8081\n${c.secrets.map(([k, v]) => `app.${c.slug}.${kebab(k)}=${v}`).join("\n")}\nmanagement.endpoints.web.exposure.include=health\n`,
  },
  {
    name: ".env file",
    render: (c) => `# ${c.provider}\n${envFile(c.vars)}\n`,
  },
  {
    name: "HCL terraform",
    render: (c) =>
      `terraform {\n  required_version = ">= 1.6"\n}\n\n${c.secrets.map(([k, v]) => `variable "${snake(k)}" {\n  type    = string\n  default = "${v}"\n}`).join("\n\n")}\n\nmodule "${c.slug.replace(/-/g, "_")}" {\n  source = "./modules/integration"\n}\n`,
  },
  {
    name: "XML appSettings",
    render: (c) =>
      `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${c.secrets.map(([k, v]) => `    <add key="${pascal(k)}" value="${v}" />`).join("\n")}\n  </appSettings>\n</configuration>\n`,
  },
  {
    name: "Python code",
    render: (c) => {
      const lines = c.secrets.map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`);
      const hdr = c.header ? `, headers={"${hName(c.header)}": f"${hPrefix(c.header)}{${c.main[0]}}"}` : "";
      return `import os\nimport httpx\n\n${lines.join("\n")}\n\nclient = httpx.Client(base_url="https://${c.host}"${hdr}, timeout=10.0)\n`;
    },
  },
  {
    name: "TypeScript code",
    render: (c) =>
      `export const config = {\n  baseUrl: "https://${c.host}/v1",\n${c.secrets.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n  retries: 3,\n} as const;\n`,
  },
  {
    name: "Go code",
    render: (c) =>
      `package config\n\nimport "os"\n\nfunc getenv(k, def string) string {\n\tif v := os.Getenv(k); v != "" {\n\t\treturn v\n\t}\n\treturn def\n}\n\nvar (\n${c.secrets.map(([k, v]) => `\t${pascal(k)} = getenv("${k}", "${v}")`).join("\n")}\n)\n`,
  },
  {
    name: "Ruby code",
    render: (c) => `# config/initializers/${c.slug.replace(/-/g, "_")}.rb\nSETTINGS = {\n${c.secrets.map(([k, v]) => `  ${snake(k)}: ENV.fetch("${k}") { "${v}" },`).join("\n")}\n  open_timeout: 5\n}.freeze\n`,
  },
  {
    name: "PHP Laravel config",
    render: (c) => `<?php\n\nreturn [\n    'driver' => '${c.slug}',\n${c.secrets.map(([k, v]) => `    '${snake(k)}' => env('${k}', '${v}'),`).join("\n")}\n];\n`,
  },
  {
    name: "Java code",
    render: (c) =>
      `package com.example.integration;\n\npublic final class ${pascal(c.slug)}Settings {\n${c.secrets.map(([k, v]) => `    static final String ${k} = "${v}";`).join("\n")}\n    static final int TIMEOUT_MS = 10_000;\n\n    private ${pascal(c.slug)}Settings() {}\n}\n`,
  },
  {
    name: "C# code",
    render: (c) =>
      `namespace Example.Integrations;\n\npublic static class ${pascal(c.slug)}Options\n{\n${c.secrets.map(([k, v]) => `    public const string ${pascal(k)} = "${v}";`).join("\n")}\n    public const int TimeoutSeconds = 30;\n}\n`,
  },
  {
    name: "Rust code",
    render: (c) => `// src/settings.rs\n${c.secrets.map(([k, v]) => `pub const ${k}: &str = "${v}";`).join("\n")}\npub const REQUEST_TIMEOUT_SECS: u64 = 15;\n`,
  },
  {
    name: "Kotlin code",
    render: (c) => `object ${pascal(c.slug)}Config {\n${c.secrets.map(([k, v]) => `    const val ${k} = "${v}"`).join("\n")}\n    const val BASE_URL = "https://${c.host}"\n}\n`,
  },
  {
    name: "Swift code",
    render: (c) => `import Foundation\n\nenum AppConfig {\n${c.secrets.map(([k, v]) => `    static let ${camel(k)} = "${v}"`).join("\n")}\n    static let baseURL = URL(string: "https://${c.host}")!\n}\n`,
  },
  {
    name: "GitHub Actions log",
    render: (c) => {
      const t = ts(c.g);
      return `${t} ##[group]Run ./scripts/deploy.sh\n${t} ./scripts/deploy.sh\n${t} shell: /usr/bin/bash -e {0}\n${t} env:\n${c.vars.map(([k, v]) => `${t}   ${k}: ${v}`).join("\n")}\n${t} ##[endgroup]\n${t} deploying ${c.slug} to production...\n${t} ##[error]Process completed with exit code 1.`;
    },
  },
  {
    name: "shell history",
    render: (c) => {
      const n = c.g.range(400, 1900);
      return [`  ${n}  cd ~/src/${c.slug}-sync`, `  ${n + 1}  git pull --rebase`, ...c.secrets.map(([k, v], i) => `  ${n + 2 + i}  export ${k}='${v}'`), `  ${n + 2 + c.secrets.length}  make run`, `  ${n + 3 + c.secrets.length}  history | tail -20`].join("\n");
    },
  },
  {
    name: "Python crash report with locals",
    render: (c) =>
      `Traceback (most recent call last):\n  File "/app/worker/sync.py", line 88, in run\n    resp = client.push(batch)\n  File "/app/worker/client.py", line 41, in push\n    raise UpstreamError(r.status_code)\nworker.client.UpstreamError: 502\n\nLocals at frame push:\n  self = <Client ${c.slug}>\n  settings = {${c.vars.map(([k, v]) => `'${k}': '${v}'`).join(", ")}}\n  batch = [<Event 18812>, <Event 18813>]`,
  },
  {
    name: "Jupyter notebook JSON",
    render: (c) =>
      JSON.stringify({
        cells: [
          { cell_type: "markdown", metadata: {}, source: [`## ${c.provider} export\n`, `\n`, `${c.prose}\n`] },
          { cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", ...c.secrets.map(([k, v]) => `os.environ["${k}"] = "${v}"\n`), "df = load_events(days=7)\n"] },
        ],
        metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
        nbformat: 4,
        nbformat_minor: 5,
      }),
  },
  {
    name: "unified diff",
    render: (c) =>
      `diff --git a/deploy/.env.production b/deploy/.env.production\nindex ${c.g.h(7)}..${c.g.h(7)} 100644\n--- a/deploy/.env.production\n+++ b/deploy/.env.production\n@@ -3,4 +3,${4 + c.secrets.length} @@ LOG_LEVEL=info\n PORT=8080\n WORKERS=4\n${c.secrets.map(([k, v]) => `+${k}=${v}`).join("\n")}\n CACHE_TTL=300\n`,
  },
  {
    name: "chat message handing a credential over",
    positiveOnly: true,
    render: (c) =>
      JSON.stringify({ channel: "C0" + c.g.u(9), text: `${c.g.pick(HANDOVER).replaceAll("{p}", brand(c.provider))}\n${c.secrets.map(([k, v]) => `${k}=${v}`).join("\n")}`, unfurl_links: false }),
  },
  {
    name: "k8s manifest (base64 data)",
    render: (c) => {
      const kind = c.label === "positive" ? "Secret" : "ConfigMap";
      const data = c.secrets.map(([k, v]) => `  ${k}: ${kind === "Secret" ? b64(v) : v}`).join("\n");
      return `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: ${c.slug}-config\n  namespace: prod\n${kind === "Secret" ? "type: Opaque\n" : ""}data:\n${data}\n`;
    },
  },
  {
    name: "k8s Deployment env value",
    render: (c) =>
      `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${c.slug}-worker\nspec:\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: ghcr.io/example/${c.slug}-worker:1.4.2\n          env:\n${c.secrets.map(([k, v]) => `            - name: ${k}\n              value: "${v}"`).join("\n")}\n`,
  },
  {
    name: "docker-compose environment",
    render: (c) => `services:\n  app:\n    image: example/${c.slug}-app:latest\n    environment:\n${c.vars.map(([k, v]) => `      ${k}: "${v}"`).join("\n")}\n    ports:\n      - "8080:8080"\n`,
  },
  {
    name: "GitHub Actions workflow env",
    render: (c) =>
      `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n${c.secrets.map(([k, v]) => `      ${k}: ${v}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh\n`,
  },
  {
    name: "Dockerfile ENV",
    render: (c) => `FROM node:22-slim\nWORKDIR /app\nCOPY . .\n${c.secrets.map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n`,
  },
  {
    name: "SQL seed insert",
    render: (c) =>
      `-- seed integration settings\nINSERT INTO integration_settings (provider, name, value, updated_at) VALUES\n${c.secrets.map(([k, v]) => `  ('${c.slug}', '${snake(k)}', '${v}', now())`).join(",\n")};\n`,
  },
  {
    name: "Markdown setup notes",
    render: (c) => `## Local setup (${c.provider})\n\n> ${c.prose}\n\n1. Copy the values below into \`.env.local\`:\n\n\`\`\`sh\n${c.secrets.map(([k, v]) => `${k}=${v}`).join("\n")}\n\`\`\`\n\n2. Run \`make dev\`.\n`,
  },
  {
    name: "PowerShell",
    render: (c) => `# setup.ps1\n${c.secrets.map(([k, v]) => `$env:${k} = "${v}"`).join("\n")}\n.\\build.ps1 -Configuration Release\n`,
  },
  {
    name: "systemd unit",
    render: (c) => `[Unit]\nDescription=${c.provider} sync worker\nAfter=network-online.target\n\n[Service]\nExecStart=/usr/local/bin/${c.slug}-sync\n${c.secrets.map(([k, v]) => `Environment="${k}=${v}"`).join("\n")}\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n`,
  },
  {
    name: "structured JSON log of outbound request",
    needsHeader: true,
    render: (c) =>
      JSON.stringify({ ts: ts(c.g), level: "debug", msg: "outbound request", method: "POST", url: `https://${c.host}/v1/${c.slug}/sync`, headers: { "content-type": "application/json", [hName(c.header!).toLowerCase()]: hPrefix(c.header!) + c.main[1] }, duration_ms: c.g.range(30, 900) }),
  },
  {
    name: "HAR entry",
    needsHeader: true,
    render: (c) =>
      JSON.stringify({ log: { version: "1.2", entries: [{ startedDateTime: ts(c.g), request: { method: "GET", url: `https://${c.host}/v1/${c.slug}/status`, headers: [{ name: "accept", value: "application/json" }, { name: hName(c.header!), value: hPrefix(c.header!) + c.main[1] }] }, response: { status: 200 } }] } }, null, 1),
  },
  {
    name: "GitHub issue body via API",
    render: (c) =>
      JSON.stringify({ title: `${c.provider} sync fails on prod`, body: `${c.prose}\n\n<details><summary>config</summary>\n\n\`\`\`yaml\n${c.secrets.map(([k, v]) => `${snake(k)}: ${v}`).join("\n")}\n\`\`\`\n</details>`, labels: ["bug"] }),
  },
  {
    name: "devtools copy-as-fetch",
    needsHeader: true,
    render: (c) =>
      `fetch("https://${c.host}/v1/${c.slug}/items?limit=20", {\n  "headers": {\n    "accept": "application/json",\n    "${hName(c.header!).toLowerCase()}": "${hPrefix(c.header!)}${c.main[1]}"\n  },\n  "method": "GET",\n  "mode": "cors"\n});`,
  },
  {
    name: "Helm values.yaml",
    render: (c) => `replicaCount: 2\nimage:\n  repository: ghcr.io/example/${c.slug}\n  tag: "3.1.0"\nconfig:\n${c.secrets.map(([k, v]) => `  ${camel(k)}: "${v}"`).join("\n")}\nresources:\n  limits:\n    memory: 512Mi\n`,
  },
  {
    name: "terraform.tfvars",
    render: (c) => `environment = "prod"\n${c.secrets.map(([k, v]) => `${snake(k)} = "${v}"`).join("\n")}\nreplicas    = 3\n`,
  },
  {
    name: "bash script",
    render: (c) => `#!/usr/bin/env bash\nset -euo pipefail\n\n${c.secrets.map(([k, v]) => `${k}="\${${k}:-${v}}"`).join("\n")}\n\n./bin/${c.slug}-cli sync --since 24h\n`,
  },
];

// ---------- case assembly ----------
function carriedForms(v: string): string[] {
  return [v, b64(v), encodeURIComponent(v), JSON.stringify(v).slice(1, -1), JSON.stringify(JSON.stringify(v).slice(1, -1)).slice(1, -1)];
}

export function renderSpec(
  g: Gen,
  spec: Spec,
  idx: number,
  id: string,
  label: "positive" | "benign",
  category: string,
): CorpusCase {
  const value = spec.make(g);
  const extras = spec.extra ? spec.extra(g) : [];
  const main: [string, string] = [spec.env, value];
  const secrets: [string, string][] = [...extras, main];
  const f1 = g.pick(FILLER);
  let f2 = g.pick(FILLER);
  if (f2[0] === f1[0]) f2 = FILLER[(FILLER.indexOf(f1) + 1) % FILLER.length]!;
  const vars: [string, string][] = [f1, ...secrets, f2];
  const header = spec.header === undefined ? (label === "positive" ? "Authorization: Bearer " : null) : spec.header;
  const ctx: Ctx = { g, provider: spec.provider, slug: spec.id, main, secrets, vars, header, host: spec.host ?? "api.example.com", prose: prose(g, brand(spec.provider)), label };
  // Walk with a stride so that specs skipping a header-only renderer spread over the others.
  let k = idx % RENDERERS.length;
  for (let tries = 0; ; tries++) {
    const r = RENDERERS[k]!;
    if ((r.needsHeader && !header) || (r.positiveOnly && label !== "positive")) {
      k = (k + (tries < 3 ? 11 : 1)) % RENDERERS.length;
      continue;
    }
    break;
  }
  const r = RENDERERS[k]!;
  const text = r.render(ctx);
  if (!carriedForms(value).some((f) => text.includes(f))) throw new Error(`${id}: value not carried by renderer ${r.name}`);
  return { id, kind: "secrets", category, label, text, note: `${spec.provider}; slot ${spec.env}; context: ${r.name}` };
}

export function renderAll(seed: number, specs: Spec[], prefix: string, label: "positive" | "benign", offset = 0): CorpusCase[] {
  const g = new Gen(seed);
  return specs.map((s, i) =>
    renderSpec(g, s, i + offset, `${prefix}-${String(i + 1).padStart(3, "0")}`, label, label === "positive" ? `heldouty125-sec-${s.group}` : "heldouty125-benign"),
  );
}

/** Handcrafted case helper. */
export function hc(id: string, group: Group | "benign", label: "positive" | "benign", text: string, note: string): CorpusCase {
  return { id, kind: "secrets", category: group === "benign" ? "heldouty125-benign" : `heldouty125-sec-${group}`, label, text, note };
}
