// Shared builders and context renderers for heldout-y139 (skipped by the loader: name starts with "_").
// Every credential-shaped value is assembled at run time from a seeded PRNG, so the repository never
// holds a literal credential; output is deterministic for a fixed seed.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOW = "abcdefghijklmnopqrstuvwxyz";
const DIG = "0123456789";
const ALNUM = UP + LOW + DIG;
const B64 = ALNUM + "+/";
const B64U = ALNUM + "-_";
const HEXL = "0123456789abcdef";

/** Concatenates parts (used to keep provider prefixes split in the source). */
export const j = (...parts: string[]): string => parts.join("");

export class Gen extends SeededRng {
  hex(n: number): string {
    return this.str(n, HEXL);
  }
  HEX(n: number): string {
    return this.str(n, HEXL.toUpperCase());
  }
  an(n: number): string {
    return this.str(n, ALNUM);
  }
  lo(n: number): string {
    return this.str(n, LOW + DIG);
  }
  up(n: number): string {
    return this.str(n, UP + DIG);
  }
  al(n: number): string {
    return this.str(n, UP + LOW);
  }
  lower(n: number): string {
    return this.str(n, LOW);
  }
  b64(n: number): string {
    return this.str(n, B64);
  }
  b64u(n: number): string {
    return this.str(n, B64U);
  }
  dig(n: number): string {
    // first digit non-zero
    return this.str(1, "123456789") + this.str(n - 1, DIG);
  }
  b32(n: number): string {
    return this.str(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
  }
  bech(n: number): string {
    return this.str(n, "qpzry9x8gf2tvdw0s3jn54khce6mua7l");
  }
  b58(n: number): string {
    return this.str(n, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");
  }
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`;
  }
  /** Proper base64 of n random bytes (with padding). */
  rawB64(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64");
  }
  rawB64u(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64url");
  }
  /** An HS/RS-signed looking JWT with a realistic payload. */
  jwt(payload: Record<string, unknown>, alg = "HS256", sigLen = 43): string {
    const h = Buffer.from(JSON.stringify({ alg, typ: "JWT" })).toString("base64url");
    const p = Buffer.from(JSON.stringify(payload)).toString("base64url");
    return `${h}.${p}.${this.b64u(sigLen)}`;
  }
  ts(): number {
    return 1735000000 + this.int(30000000);
  }
  /** PEM body lines of n random bytes, 64 columns. */
  pemBody(n: number): string {
    const b = Buffer.from(this.bytes(n)).toString("base64");
    return b.match(/.{1,64}/g)!.join("\n");
  }
  /** PEM body starting with a realistic DER prefix (base64 text), filled to about n bytes, 64 columns. */
  pemPrefixed(prefix: string, n: number): string {
    const total = Math.ceil(n / 3) * 4;
    const body = prefix + this.b64(Math.max(0, total - prefix.length - 2)) + (n % 3 === 1 ? "==" : n % 3 === 2 ? "=" : this.b64(2));
    return body.match(/.{1,64}/g)!.join("\n");
  }
  pem(label: string, n: number): string {
    return `-----BEGIN ${label}-----\n${this.pemBody(n)}\n-----END ${label}-----`;
  }
}

// ---------------------------------------------------------------------------------------------
// Natural-language prose (about a quarter of cases use a non-English language).

export interface Lang {
  code: string;
  fix: string;
  look: string;
  hand: (d: string) => string;
  comment: string;
  issue: string;
}

const EN: Lang[] = [
  {
    code: "en",
    fix: "Deploy is failing with this config, can you see why?",
    look: "Here's the relevant file:",
    hand: (d) => `here is the ${d}, use it for the staging job`,
    comment: "production settings",
    issue: "Still failing after the upgrade, full log below:",
  },
  {
    code: "en",
    fix: "The worker crashes on boot with this setup. What am I missing?",
    look: "Pasting the file so you have context:",
    hand: (d) => `as discussed, the ${d} is below. ping me once the pipeline is green`,
    comment: "do not edit by hand, synced from ops",
    issue: "Reproduced on a clean checkout, output attached:",
  },
  {
    code: "en",
    fix: "Can you refactor this so the integration loads lazily? Current version:",
    look: "This is what we have right now:",
    hand: (d) => `${d} for the new environment. rotate it after the demo pls`,
    comment: "shared settings for all regions",
    issue: "CI broke on main again, here is the run output:",
  },
];

const OTHER: Lang[] = [
  { code: "de", fix: "Das Deployment schlägt mit dieser Konfiguration fehl, siehst du warum?", look: "Hier ist die betreffende Datei:", hand: (d) => `hier ist der ${d}, bitte für den Staging-Job verwenden`, comment: "Produktionseinstellungen", issue: "Nach dem Upgrade schlägt es immer noch fehl, vollständiges Log unten:" },
  { code: "es", fix: "El despliegue falla con esta configuración, ¿ves por qué?", look: "Aquí está el archivo:", hand: (d) => `aquí tienes ${d}, úsalo para el job de staging`, comment: "configuración de producción", issue: "Sigue fallando después de la actualización, log completo abajo:" },
  { code: "fr", fix: "Le déploiement échoue avec cette config, tu vois pourquoi ?", look: "Voici le fichier concerné :", hand: (d) => `voici ${d}, à utiliser pour le job de staging`, comment: "paramètres de production", issue: "Ça échoue toujours après la mise à jour, log complet ci-dessous :" },
  { code: "pt", fix: "O deploy falha com essa configuração, consegue ver o porquê?", look: "Segue o arquivo:", hand: (d) => `segue ${d}, usa no job de staging`, comment: "configurações de produção", issue: "Continua falhando depois do upgrade, log completo abaixo:" },
  { code: "ja", fix: "この設定でデプロイが失敗します。原因を見てもらえますか？", look: "該当ファイルはこちらです：", hand: (d) => `${d}です。ステージングのジョブで使ってください`, comment: "本番環境の設定", issue: "アップグレード後も失敗します。ログ全文は以下：" },
  { code: "zh", fix: "用这个配置部署失败了，能帮我看看为什么吗？", look: "相关文件如下：", hand: (d) => `这是${d}，用于预发布任务`, comment: "生产环境配置", issue: "升级后还是失败，完整日志如下：" },
  { code: "it", fix: "Il deploy fallisce con questa configurazione, vedi perché?", look: "Ecco il file:", hand: (d) => `ecco ${d}, usalo per il job di staging`, comment: "impostazioni di produzione", issue: "Fallisce ancora dopo l'aggiornamento, log completo qui sotto:" },
  { code: "ko", fix: "이 설정으로 배포가 실패합니다. 원인 좀 봐주실래요?", look: "해당 파일입니다:", hand: (d) => `${d}입니다. 스테이징 작업에 사용하세요`, comment: "운영 환경 설정", issue: "업그레이드 후에도 계속 실패합니다. 전체 로그는 아래에:" },
  { code: "ru", fix: "Деплой падает с этим конфигом, посмотришь почему?", look: "Вот нужный файл:", hand: (d) => `вот ${d}, используй для staging-джобы`, comment: "настройки продакшена", issue: "После обновления всё ещё падает, полный лог ниже:" },
  { code: "pl", fix: "Wdrożenie się wywala z tą konfiguracją, widzisz dlaczego?", look: "Oto ten plik:", hand: (d) => `oto ${d}, użyj w jobie stagingowym`, comment: "ustawienia produkcyjne", issue: "Po aktualizacji nadal się wywala, pełny log poniżej:" },
  { code: "tr", fix: "Bu yapılandırmayla dağıtım başarısız oluyor, nedenini görebilir misin?", look: "İlgili dosya:", hand: (d) => `işte ${d}, staging işinde kullan`, comment: "üretim ayarları", issue: "Güncellemeden sonra hâlâ başarısız, tam log aşağıda:" },
  { code: "nl", fix: "De deploy faalt met deze config, zie jij waarom?", look: "Hier is het bestand:", hand: (d) => `hier is ${d}, gebruik het voor de staging-job`, comment: "productie-instellingen", issue: "Faalt nog steeds na de upgrade, volledige log hieronder:" },
  { code: "vi", fix: "Triển khai bị lỗi với cấu hình này, bạn xem giúp tại sao?", look: "Đây là file liên quan:", hand: (d) => `đây là ${d}, dùng cho job staging`, comment: "cấu hình production", issue: "Nâng cấp xong vẫn lỗi, log đầy đủ bên dưới:" },
  { code: "id", fix: "Deploy gagal dengan konfigurasi ini, bisa lihat kenapa?", look: "Ini filenya:", hand: (d) => `ini ${d}, pakai untuk job staging`, comment: "pengaturan produksi", issue: "Masih gagal setelah upgrade, log lengkap di bawah:" },
  { code: "uk", fix: "Деплой падає з цим конфігом, можеш глянути чому?", look: "Ось потрібний файл:", hand: (d) => `ось ${d}, використовуй для staging-джоби`, comment: "налаштування продакшену", issue: "Після оновлення все ще падає, повний лог нижче:" },
];

/** Language for case i: every 4th case (i % 4 === 1) rotates through the non-English set. */
export function langFor(i: number): Lang {
  if (i % 4 === 1) return OTHER[Math.floor(i / 4) % OTHER.length]!;
  return EN[i % EN.length]!;
}

// ---------------------------------------------------------------------------------------------
// Specs and contexts.

export type KV = [string, string];
export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  /** provider */
  p: string;
  /** group (ignored for benign) */
  g: Group;
  /** slot name (env-var style) */
  n: string;
  /** value builder */
  v: (g: Gen) => string;
  /** description for prose, e.g. "Groq API key" */
  d?: string;
  /** header [name, prefix, suffix] used by header-style renderers */
  h?: [string, string, string?];
  /** query/form parameter name */
  q?: string;
  /** companion slots */
  x?: [string, (g: Gen) => string][];
  /** value is a URL / connection string (skip header/query renderers) */
  u?: boolean;
}

export interface Ctx {
  g: Gen;
  kv: KV[];
  name: string;
  value: string;
  hdr: [string, string, string];
  q: string;
  desc: string;
  provider: string;
  L: Lang;
  url: boolean;
}

const HOSTS = ["api.example.com", "api.example.net", "gateway.example.org", "svc.staging.test", "integrations.example.com", "edge.example.net"];
const PATHS = ["v1/items", "v2/reports/daily", "api/v3/events", "v1/sync", "v1/messages", "v2/jobs?status=queued", "v1/projects/42/export"];

export function snake(n: string): string {
  return n.toLowerCase();
}
export function camel(n: string): string {
  return n.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
export function pascal(n: string): string {
  const c = camel(n);
  return c.charAt(0).toUpperCase() + c.slice(1);
}
function splitSection(n: string): [string, string] {
  const parts = n.toLowerCase().split("_");
  if (parts.length < 2) return ["app", parts[0]!];
  return [parts[0]!, parts.slice(1).join("_")];
}
function dotted(n: string): string {
  const [s, r] = splitSection(n);
  return `${s}.${r.replace(/_/g, "-")}`;
}
function shq(v: string): string {
  return `'${v.replace(/'/g, `'\\''`)}'`;
}
function envq(v: string): string {
  return /[\s#$"'`\\;&|]/.test(v) ? JSON.stringify(v) : v;
}
function yq(v: string): string {
  return /^[A-Za-z0-9_./+=-]+$/.test(v) && !/^[0-9.]+$/.test(v) ? v : JSON.stringify(v);
}
function xmlq(v: string): string {
  return v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
}
function b64(v: string): string {
  return Buffer.from(v).toString("base64");
}

const NOISE: KV[] = [
  ["NODE_ENV", "production"],
  ["PORT", "8080"],
  ["LOG_LEVEL", "info"],
  ["APP_URL", "https://app.example.com"],
  ["AWS_REGION", "eu-west-1"],
  ["FEATURE_FLAGS", "search,billing-v2"],
  ["TZ", "UTC"],
  ["WORKER_CONCURRENCY", "4"],
  ["CACHE_TTL_SECONDS", "300"],
  ["SERVICE_NAME", "orders-api"],
];

function noise(g: Gen, n: number): KV[] {
  const out: KV[] = [];
  const start = g.int(NOISE.length);
  for (let i = 0; i < n; i++) out.push(NOISE[(start + i * 3) % NOISE.length]!);
  return out;
}

function envBlock(c: Ctx, comment = true): string {
  const pre = noise(c.g, 2);
  const post = noise(c.g, 1);
  const lines: string[] = [];
  if (comment) lines.push(`# ${c.L.comment}`);
  for (const [k, v] of pre) lines.push(`${k}=${v}`);
  for (const [k, v] of c.kv) lines.push(`${k}=${envq(v)}`);
  for (const [k, v] of post) lines.push(`${k}=${v}`);
  return lines.join("\n") + "\n";
}

function yamlBlock(c: Ctx): string {
  const [s] = splitSection(c.name);
  const lines = [`# ${c.L.comment}`, "server:", "  port: 8080", "  shutdown: graceful", `${s}:`];
  for (const [k, v] of c.kv) lines.push(`  ${splitSection(k)[1]}: ${yq(v)}`);
  lines.push("logging:", "  level: info");
  return lines.join("\n") + "\n";
}

const host = (c: Ctx) => c.g.pick(HOSTS);
const path = (c: Ctx) => c.g.pick(PATHS);
const hline = (c: Ctx) => `${c.hdr[0]}: ${c.hdr[1]}${c.value}${c.hdr[2]}`;
const hval = (c: Ctx) => `${c.hdr[1]}${c.value}${c.hdr[2]}`;
const J = (o: unknown) => JSON.stringify(o);
const J2 = (o: unknown) => JSON.stringify(o, null, 2);

export interface Renderer {
  id: string;
  /** only for single header/query-style values */
  tok?: boolean;
  /** the context itself says "secret" (k8s Secret, secrets set): skipped for benign specs */
  sec?: boolean;
  fn: (c: Ctx) => string;
}

function codeFor(c: Ctx, lang: string): string {
  const kv = c.kv;
  switch (lang) {
    case "python":
      return [
        "import os",
        "import httpx",
        "",
        ...kv.map(([k, v]) => `${k} = os.getenv(${J(k)}, ${J(v)})`),
        "",
        "",
        "def make_client() -> httpx.Client:",
        `    return httpx.Client(base_url="https://${host(c)}", timeout=10.0)`,
        "",
      ].join("\n");
    case "ts":
      return [
        `import { z } from "zod";`,
        "",
        "const Env = z.object({",
        ...kv.map(([k]) => `  ${k}: z.string().min(1),`),
        "});",
        "",
        "export const env = Env.parse({",
        ...kv.map(([k, v]) => `  ${k}: process.env.${k} ?? ${J(v)},`),
        "});",
        "",
      ].join("\n");
    case "go":
      return [
        "package config",
        "",
        `import "os"`,
        "",
        "func getenv(k, def string) string {",
        "\tif v := os.Getenv(k); v != \"\" {",
        "\t\treturn v",
        "\t}",
        "\treturn def",
        "}",
        "",
        "var (",
        ...kv.map(([k, v]) => `\t${pascal(k)} = getenv(${J(k)}, ${J(v)})`),
        ")",
        "",
      ].join("\n");
    case "java":
      return [
        "package com.example.orders.config;",
        "",
        "public final class IntegrationConfig {",
        ...kv.map(([k, v]) => `    public static final String ${k} = ${J(v)};`),
        "",
        "    private IntegrationConfig() {}",
        "}",
        "",
      ].join("\n");
    case "csharp":
      return [
        "namespace Orders.Infrastructure;",
        "",
        "public static class IntegrationSettings",
        "{",
        ...kv.map(([k, v]) => `    public const string ${pascal(k)} = ${J(v)};`),
        "}",
        "",
      ].join("\n");
    case "ruby":
      return [
        "# frozen_string_literal: true",
        "",
        "Rails.application.configure do",
        ...kv.map(([k, v]) => `  config.x.${snake(k)} = ENV.fetch(${J(k)}, ${J(v)})`),
        "end",
        "",
      ].join("\n");
    case "php":
      return [
        "<?php",
        "",
        "return [",
        ...kv.map(([k, v]) => `    '${snake(k)}' => env('${k}', '${v.replace(/'/g, "\\'")}'),`),
        "];",
        "",
      ].join("\n");
    case "rust":
      return [
        "use std::env;",
        "",
        "pub struct Settings {",
        ...kv.map(([k]) => `    pub ${snake(k)}: String,`),
        "}",
        "",
        "impl Settings {",
        "    pub fn load() -> Self {",
        "        Self {",
        ...kv.map(([k, v]) => `            ${snake(k)}: env::var(${J(k)}).unwrap_or_else(|_| ${J(v)}.to_string()),`),
        "        }",
        "    }",
        "}",
        "",
      ].join("\n");
    case "kotlin":
      return [
        "package com.example.app",
        "",
        "object IntegrationConfig {",
        ...kv.map(([k, v]) => `    const val ${k} = ${J(v)}`),
        "}",
        "",
      ].join("\n");
    case "swift":
      return [
        "import Foundation",
        "",
        "enum AppConfig {",
        ...kv.map(([k, v]) => `    static let ${camel(k)} = ${J(v)}`),
        "}",
        "",
      ].join("\n");
    default:
      return "";
  }
}

export const RENDERERS: Renderer[] = [
  {
    id: "openai chat body, pasted .env",
    fn: (c) =>
      J({
        model: c.g.pick(["gpt-4o", "gpt-4.1", "o4-mini", "gpt-4o-mini"]),
        temperature: 0.2,
        messages: [
          { role: "system", content: "You are a senior DevOps engineer. Answer concisely." },
          { role: "user", content: `${c.L.fix}\n\n\`\`\`env\n${envBlock(c)}\`\`\`` },
        ],
      }),
  },
  {
    id: "anthropic messages body, pasted docker-compose",
    fn: (c) => {
      const compose = [
        "services:",
        "  api:",
        "    image: registry.example.com/team/api:1.14.2",
        "    ports:",
        '      - "8080:8080"',
        "    environment:",
        "      NODE_ENV: production",
        ...c.kv.map(([k, v]) => `      ${k}: ${yq(v)}`),
        "  redis:",
        "    image: redis:7-alpine",
        "",
      ].join("\n");
      return J({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `${c.L.fix}\n\n\`\`\`yaml\n${compose}\`\`\`` }] });
    },
  },
  {
    id: "anthropic tool_use write_file .env.production",
    fn: (c) => {
      const id = `toolu_01${c.g.an(22)}`;
      return J({
        model: "claude-opus-4-1",
        max_tokens: 8192,
        messages: [
          { role: "user", content: "Create the production env file for the worker and commit it to the deploy branch." },
          {
            role: "assistant",
            content: [
              { type: "text", text: "Writing the env file now." },
              { type: "tool_use", id, name: "write_file", input: { path: "deploy/.env.production", content: envBlock(c, false) } },
            ],
          },
          { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "File written: deploy/.env.production" }] },
        ],
      });
    },
  },
  {
    id: "openai tool_calls run_shell export",
    fn: (c) => {
      const cmd = `${c.kv.map(([k, v]) => `export ${k}=${shq(v)}`).join(" && ")} && ./scripts/deploy.sh --env prod`;
      return J({
        model: "gpt-4.1",
        messages: [
          { role: "user", content: c.L.fix },
          {
            role: "assistant",
            content: null,
            tool_calls: [{ id: `call_${c.g.an(24)}`, type: "function", function: { name: "run_shell", arguments: J({ command: cmd, timeout: 600 }) } }],
          },
        ],
        tools: [{ type: "function", function: { name: "run_shell", parameters: { type: "object", properties: { command: { type: "string" } } } } }],
      });
    },
  },
  {
    id: "MCP tools/call result echoing config/app.yaml",
    fn: (c) =>
      J({ jsonrpc: "2.0", id: c.g.range(3, 90), result: { content: [{ type: "text", text: `$ cat config/app.yaml\n${yamlBlock(c)}` }], isError: false } }),
  },
  {
    id: "curl with header",
    tok: true,
    fn: (c) =>
      `curl -sS -X POST 'https://${host(c)}/${path(c)}' \\\n  -H '${hline(c)}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"limit":50,"cursor":null}'`,
  },
  {
    id: "raw HTTP request headers",
    tok: true,
    fn: (c) =>
      `GET /${path(c)} HTTP/1.1\r\nHost: ${host(c)}\r\nUser-Agent: python-httpx/0.27.0\r\nAccept: application/json\r\n${hline(c)}\r\nX-Request-Id: ${c.g.uuid()}\r\nConnection: keep-alive\r\n\r\n`,
  },
  {
    id: "URL query string",
    tok: true,
    fn: (c) => `GET https://${host(c)}/api/v1/search?q=shipping+delays&${c.q}=${encodeURIComponent(c.value)}&format=json&limit=20`,
  },
  {
    id: "form-urlencoded body",
    tok: true,
    fn: (c) =>
      `POST /v1/webhooks/register HTTP/1.1\r\nHost: ${host(c)}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nurl=${encodeURIComponent("https://hooks.example.com/in")}&events=order.created&${c.q}=${encodeURIComponent(c.value)}`,
  },
  {
    id: "multipart form-data",
    tok: true,
    fn: (c) => {
      const b = `----WebKitFormBoundary${c.g.an(16)}`;
      return [
        `POST /upload HTTP/1.1`,
        `Host: ${host(c)}`,
        `Content-Type: multipart/form-data; boundary=${b}`,
        "",
        `--${b}`,
        `Content-Disposition: form-data; name="environment"`,
        "",
        "production",
        `--${b}`,
        `Content-Disposition: form-data; name="${c.q}"`,
        "",
        c.value,
        `--${b}`,
        `Content-Disposition: form-data; name="file"; filename="report.csv"`,
        "Content-Type: text/csv",
        "",
        "date,orders\n2025-03-01,418",
        `--${b}--`,
        "",
      ].join("\r\n");
    },
  },
  {
    id: "appsettings.json",
    fn: (c) => {
      const sec: Record<string, string> = {};
      for (const [k, v] of c.kv) sec[pascal(splitSection(k)[1])] = v;
      return J2({ Logging: { LogLevel: { Default: "Information", "Microsoft.AspNetCore": "Warning" } }, [pascal(splitSection(c.name)[0])]: sec, AllowedHosts: "*" });
    },
  },
  {
    id: "helm values.yaml env list",
    fn: (c) =>
      [
        "replicaCount: 2",
        "image:",
        "  repository: registry.example.com/team/api",
        '  tag: "2025.06.1"',
        "env:",
        ...c.kv.flatMap(([k, v]) => [`  - name: ${k}`, `    value: ${J(v)}`]),
        "resources:",
        "  limits:",
        "    memory: 512Mi",
        "",
      ].join("\n"),
  },
  {
    id: "TOML config",
    fn: (c) =>
      [
        `# ${c.L.comment}`,
        "[server]",
        "port = 8080",
        'host = "0.0.0.0"',
        "",
        `[${splitSection(c.name)[0]}]`,
        ...c.kv.map(([k, v]) => `${splitSection(k)[1]} = ${J(v)}`),
        "timeout_ms = 5000",
        "",
      ].join("\n"),
  },
  {
    id: "INI file",
    fn: (c) => [`; ${c.L.comment}`, "[general]", "debug = false", "", `[${splitSection(c.name)[0]}]`, ...c.kv.map(([k, v]) => `${splitSection(k)[1]} = ${v}`), ""].join("\n"),
  },
  {
    id: "Spring application.properties",
    fn: (c) =>
      [`# ${c.L.comment}`, "spring.application.name=orders", "server.port=8080", ...c.kv.map(([k, v]) => `${dotted(k)}=${v}`), "management.endpoints.web.exposure.include=health", ""].join("\n"),
  },
  {
    id: "terraform.tfvars",
    fn: (c) => [`region      = "eu-west-1"`, `environment = "prod"`, ...c.kv.map(([k, v]) => `${snake(k)} = ${J(v)}`), ""].join("\n"),
  },
  {
    id: "web.config appSettings XML",
    fn: (c) =>
      [
        `<?xml version="1.0" encoding="utf-8"?>`,
        "<configuration>",
        "  <appSettings>",
        `    <add key="Environment" value="Production" />`,
        ...c.kv.map(([k, v]) => `    <add key="${pascal(k)}" value="${xmlq(v)}" />`),
        "  </appSettings>",
        "</configuration>",
        "",
      ].join("\n"),
  },
  {
    id: "python settings module in a chat body",
    fn: (c) => J({ model: "gpt-4o", messages: [{ role: "user", content: `${c.L.look}\n\n\`\`\`python\n${codeFor(c, "python")}\`\`\`\n\n${c.L.fix}` }] }),
  },
  {
    id: "TypeScript env module in anthropic tool_use str_replace_based_edit_tool create",
    fn: (c) =>
      J({
        role: "assistant",
        content: [
          { type: "tool_use", id: `toolu_01${c.g.an(22)}`, name: "str_replace_based_edit_tool", input: { command: "create", path: "src/env.ts", file_text: codeFor(c, "ts") } },
        ],
      }),
  },
  {
    id: "Go config in a GitHub gist create body",
    fn: (c) => J({ description: "config helper", public: false, files: { "config.go": { content: codeFor(c, "go") } } }),
  },
  {
    id: "Java constants in an OpenAI Responses API body",
    fn: (c) =>
      J({ model: "gpt-4.1", input: [{ role: "user", content: [{ type: "input_text", text: `${c.L.fix}\n\n${codeFor(c, "java")}` }] }] }),
  },
  {
    id: "C# constants in a Gemini generateContent body",
    fn: (c) => J({ contents: [{ role: "user", parts: [{ text: `${c.L.look}\n\`\`\`csharp\n${codeFor(c, "csharp")}\`\`\`` }] }], generationConfig: { temperature: 0.1 } }),
  },
  {
    id: "Ruby initializer in an Ollama chat body",
    fn: (c) => J({ model: "qwen2.5-coder:14b", stream: false, messages: [{ role: "user", content: `${c.L.fix}\n\n${codeFor(c, "ruby")}` }] }),
  },
  {
    id: "PHP config in a Mistral chat body",
    fn: (c) => J({ model: "codestral-latest", messages: [{ role: "user", content: `${c.L.look}\n\n\`\`\`php\n${codeFor(c, "php")}\`\`\`` }] }),
  },
  {
    id: "Rust settings in an MCP tools/call write_file request",
    fn: (c) => J({ jsonrpc: "2.0", id: c.g.range(10, 400), method: "tools/call", params: { name: "write_file", arguments: { path: "src/settings.rs", content: codeFor(c, "rust") } } }),
  },
  {
    id: "Kotlin object in a GitLab MR note body",
    fn: (c) => J({ body: `${c.L.look}\n\n\`\`\`kotlin\n${codeFor(c, "kotlin")}\`\`\`` }),
  },
  {
    id: "Swift enum in an OpenRouter chat body",
    fn: (c) => J({ model: "anthropic/claude-3.7-sonnet", messages: [{ role: "user", content: `${c.L.fix}\n\n\`\`\`swift\n${codeFor(c, "swift")}\`\`\`` }] }),
  },
  {
    id: "shell history pasted in an anthropic message",
    fn: (c) => {
      const hist = [
        "  501  git pull --rebase",
        "  502  npm ci",
        ...c.kv.map(([k, v], i) => `  ${503 + i}  export ${k}=${shq(v)}`),
        `  ${510}  npm run migrate`,
        `  ${511}  npm run start:prod`,
      ].join("\n");
      return J({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `${c.L.issue}\n\n${hist}` }] });
    },
  },
  {
    id: "GitHub Actions log in an issue comment body",
    fn: (c) => {
      const t = "2025-05-14T09:12:";
      const lines = [
        `${t}01.1234567Z ##[group]Run ./scripts/deploy.sh`,
        `${t}01.1235012Z + set -x`,
        ...c.kv.map(([k, v], i) => `${t}0${2 + i}.0043121Z + ${k}=${v}`),
        `${t}09.5532101Z Error: deployment target rejected the request (HTTP 403)`,
        `${t}09.5539001Z ##[error]Process completed with exit code 1.`,
      ];
      return J({ body: `${c.L.issue}\n\n\`\`\`\n${lines.join("\n")}\n\`\`\`` });
    },
  },
  {
    id: "python crash report with locals in a chat body",
    fn: (c) => {
      const tb = [
        "Traceback (most recent call last):",
        '  File "/app/worker/sync.py", line 88, in run',
        "    resp = session.post(url, json=payload, timeout=10)",
        "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded",
        "",
        "Local variables (frame run):",
        `    url = 'https://${host(c)}/${path(c)}'`,
        "    payload = {'batch': 17, 'dry_run': False}",
        ...c.kv.map(([k, v]) => `    ${snake(k)} = '${v}'`),
      ].join("\n");
      return J({ model: "gpt-4o-mini", messages: [{ role: "user", content: `${c.L.fix}\n\n${tb}` }] });
    },
  },
  {
    id: "Jupyter notebook in a contents API PUT body",
    fn: (c) =>
      J({
        type: "notebook",
        format: "json",
        content: {
          nbformat: 4,
          nbformat_minor: 5,
          metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
          cells: [
            { cell_type: "markdown", metadata: {}, source: ["# Exploration\n"] },
            { cell_type: "code", metadata: {}, execution_count: 1, outputs: [], source: ["import os\n", ...c.kv.map(([k, v]) => `os.environ[${J(k)}] = ${J(v)}\n`)] },
            { cell_type: "code", metadata: {}, execution_count: 2, outputs: [], source: ["df = load_orders(limit=1000)\n", "df.head()"] },
          ],
        },
      }),
  },
  {
    id: "git diff in an anthropic tool_result",
    fn: (c) => {
      const diff = [
        "diff --git a/config/settings.py b/config/settings.py",
        `index ${c.g.hex(7)}..${c.g.hex(7)} 100644`,
        "--- a/config/settings.py",
        "+++ b/config/settings.py",
        "@@ -12,6 +12,8 @@ DATABASES = {",
        " CACHE_TIMEOUT = 300",
        ...c.kv.map(([k, v]) => `+${k} = ${J(v)}`),
        " ",
        " INSTALLED_APPS = [",
      ].join("\n");
      return J({ role: "user", content: [{ type: "tool_result", tool_use_id: `toolu_01${c.g.an(22)}`, content: diff }] });
    },
  },
  {
    id: "chat handover via Slack chat.postMessage body",
    fn: (c) =>
      J({ channel: `C0${c.g.up(9)}`, text: `${c.L.hand(c.desc)}\n${c.kv.map(([k, v]) => `${k}=${v}`).join("\n")}`, unfurl_links: false }),
  },
  {
    id: "k8s Secret (base64 data) in an MCP kubectl_apply call",
    sec: true,
    fn: (c) => {
      const y = [
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        "  name: api-credentials",
        "  namespace: prod",
        "type: Opaque",
        "data:",
        ...c.kv.map(([k, v]) => `  ${k}: ${b64(v)}`),
        "",
      ].join("\n");
      return J({ jsonrpc: "2.0", id: c.g.range(2, 60), method: "tools/call", params: { name: "kubectl_apply", arguments: { manifest: y, dry_run: false } } });
    },
  },
  {
    id: "docker run transcript in a Cohere chat body",
    fn: (c) => J({ model: "command-r-plus", message: `${c.L.fix}\n\n$ docker run -d --name api ${c.kv.map(([k, v]) => `-e ${k}=${shq(v)}`).join(" ")} -p 8080:8080 registry.example.com/api:latest\ndocker: Error response from daemon: port is already allocated.` }),
  },
  {
    id: "GitHub Actions workflow via contents API (base64 content)",
    fn: (c) => {
      const wf = [
        "name: deploy",
        "on:",
        "  push:",
        "    branches: [main]",
        "jobs:",
        "  deploy:",
        "    runs-on: ubuntu-latest",
        "    env:",
        ...c.kv.map(([k, v]) => `      ${k}: ${yq(v)}`),
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - run: ./scripts/deploy.sh",
        "",
      ].join("\n");
      return J({ message: "ci: add deploy workflow", branch: "ci/deploy", content: b64(wf) });
    },
  },
  {
    id: "Dockerfile in an editor-agent request",
    fn: (c) =>
      J({
        prompt: "Make this image smaller",
        files: [{ path: "Dockerfile", content: ["FROM node:20-alpine", "WORKDIR /app", ...c.kv.map(([k, v]) => `ENV ${k}=${envq(v)}`), "COPY . .", "RUN npm ci --omit=dev", 'CMD ["node", "dist/server.js"]', ""].join("\n") }],
      }),
  },
  {
    id: "SQL seed in an MCP postgres query call",
    fn: (c) =>
      J({
        jsonrpc: "2.0",
        id: c.g.range(5, 99),
        method: "tools/call",
        params: { name: "query", arguments: { sql: `INSERT INTO integration_settings (provider, setting, value) VALUES ${c.kv.map(([k, v]) => `('${c.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}', '${k}', '${v.replace(/'/g, "''")}')`).join(", ")};` } },
      }),
  },
  {
    id: "README setup section in a GitHub PR create body",
    fn: (c) =>
      J({
        title: "docs: local setup",
        head: "docs/setup",
        base: "main",
        body: `${c.L.look}\n\n## Local setup\n\n\`\`\`bash\n${c.kv.map(([k, v]) => `export ${k}=${shq(v)}`).join("\n")}\nmake dev\n\`\`\``,
      }),
  },
  {
    id: "structured log lines shipped to a log intake",
    fn: (c) =>
      J([
        { ts: "2025-04-02T11:03:44.120Z", level: "info", msg: "boot", service: "orders-api", trace_id: c.g.hex(32) },
        { ts: "2025-04-02T11:03:44.187Z", level: "debug", msg: "config loaded", config: Object.fromEntries(c.kv.map(([k, v]) => [camel(k), v])) },
      ]),
  },
  {
    id: "HAR entry request headers",
    tok: true,
    fn: (c) =>
      J2({
        log: {
          version: "1.2",
          entries: [
            {
              startedDateTime: "2025-02-11T16:20:03.114Z",
              request: {
                method: "GET",
                url: `https://${host(c)}/${path(c)}`,
                headers: [
                  { name: "accept", value: "application/json" },
                  { name: c.hdr[0].toLowerCase(), value: hval(c) },
                ],
              },
              response: { status: 200, statusText: "OK" },
            },
          ],
        },
      }),
  },
  {
    id: "devtools Copy as fetch",
    tok: true,
    fn: (c) =>
      `fetch("https://${host(c)}/${path(c)}", {\n  "headers": {\n    "accept": "application/json",\n    ${J(c.hdr[0].toLowerCase())}: ${J(hval(c))}\n  },\n  "body": null,\n  "method": "GET"\n});`,
  },
  {
    id: "systemd unit written over an ssh tool call",
    fn: (c) => {
      const unit = ["[Unit]", "Description=orders worker", "", "[Service]", ...c.kv.map(([k, v]) => `Environment=${J(`${k}=${v}`)}`), "ExecStart=/usr/bin/node /srv/worker/index.js", "Restart=always", "", "[Install]", "WantedBy=multi-user.target"].join("\n");
      return J({ type: "tool_use", id: `toolu_01${c.g.an(22)}`, name: "ssh_exec", input: { host: "worker-1.internal.test", command: `sudo tee /etc/systemd/system/worker.service >/dev/null <<'EOF'\n${unit}\nEOF\nsudo systemctl daemon-reload` } });
    },
  },
  {
    id: "PowerShell profile in a chat body",
    fn: (c) =>
      J({ model: "gpt-4o", messages: [{ role: "user", content: `${c.L.fix}\n\n\`\`\`powershell\n${c.kv.map(([k, v]) => `$env:${k} = "${v}"`).join("\n")}\ndotnet run --project src/Api\n\`\`\`` }] }),
  },
  {
    id: "GraphQL mutation variables",
    fn: (c) =>
      J({
        query: "mutation UpsertIntegration($input: IntegrationInput!) { upsertIntegration(input: $input) { id status } }",
        variables: { input: { provider: c.provider, settings: c.kv.map(([k, v]) => ({ key: k, value: v })) } },
      }),
  },
  {
    id: "Node crash dump with process.env in a Linear issueCreate",
    fn: (c) => {
      const dump = [
        "Uncaught TypeError: Cannot read properties of undefined (reading 'id')",
        "    at handler (/srv/app/dist/routes/orders.js:41:22)",
        "process.env = {",
        "  NODE_ENV: 'production',",
        ...c.kv.map(([k, v]) => `  ${k}: '${v}',`),
        "  PATH: '/usr/local/bin:/usr/bin'",
        "}",
      ].join("\n");
      return J({ query: "mutation IssueCreate($input: IssueCreateInput!) { issueCreate(input: $input) { success } }", variables: { input: { teamId: c.g.uuid(), title: "Crash in orders handler", description: `${c.L.issue}\n\n\`\`\`\n${dump}\n\`\`\`` } } });
    },
  },
  {
    id: "CLI secret-set command in an anthropic bash tool_use",
    sec: true,
    fn: (c) => {
      const tool = c.g.pick(["fly secrets set", "heroku config:set", "railway variables --set", "doctl apps update --env"]);
      return J({ type: "tool_use", id: `toolu_01${c.g.an(22)}`, name: "bash", input: { command: `${tool} ${c.kv.map(([k, v]) => `${k}=${shq(v)}`).join(" ")}` } });
    },
  },
  {
    id: "Google Sheets values.update body (settings export)",
    fn: (c) => J({ range: "Settings!A1:C20", majorDimension: "ROWS", values: [["key", "value", "owner"], ...c.kv.map(([k, v]) => [k, v, "platform"])] }),
  },
  {
    id: "Helm --set in an OpenAI tool_calls arguments",
    fn: (c) => {
      const cmd = `helm upgrade --install api ./chart -n prod ${c.kv.map(([k, v]) => `--set-string env.${k}=${shq(v)}`).join(" ")}`;
      return J({ tool_calls: [{ id: `call_${c.g.an(24)}`, type: "function", function: { name: "terminal", arguments: J({ cmd }) } }] });
    },
  },
  {
    id: "Ansible group_vars YAML in a chat body",
    fn: (c) =>
      J({
        model: "gpt-4o",
        messages: [{ role: "user", content: `${c.L.look}\n\n\`\`\`yaml\n# group_vars/prod.yml\nansible_user: deploy\n${c.kv.map(([k, v]) => `${snake(k)}: ${yq(v)}`).join("\n")}\n\`\`\`` }],
      }),
  },
];

/** Builds cases by rotating specs through RENDERERS. */
export function rotate(opts: {
  specs: Spec[];
  seed: number;
  idPrefix: string;
  category: (s: Spec) => string;
  label: "positive" | "benign";
  start?: number;
  offset?: number;
}): CorpusCase[] {
  const g = new Gen(opts.seed);
  const out: CorpusCase[] = [];
  let r = opts.offset ?? 0;
  opts.specs.forEach((s, i) => {
    const value = s.v(g);
    const kv: KV[] = [];
    const extras = (s.x ?? []).map(([k, f]) => [k, f(g)] as KV);
    kv.push([s.n, value], ...extras);
    let rd = RENDERERS[r % RENDERERS.length]!;
    while ((rd.tok && s.u) || (rd.sec && opts.label === "benign")) {
      r++;
      rd = RENDERERS[r % RENDERERS.length]!;
    }
    r++;
    const L = langFor(i);
    const h = s.h ?? (opts.label === "benign" ? ["X-Correlation-Id", "", ""] : ["Authorization", "Bearer ", ""]);
    const ctx: Ctx = {
      g,
      kv,
      name: s.n,
      value,
      hdr: [h[0], h[1], h[2] ?? ""],
      q: s.q ?? (opts.label === "benign" ? "ref" : "api_key"),
      desc: s.d ?? `${s.p} credential`,
      provider: s.p,
      L,
      url: !!s.u,
    };
    const text = rd.fn(ctx);
    const slot = rd.tok ? (rd.id.startsWith("URL") || rd.id.startsWith("form") || rd.id.startsWith("multipart") ? `param ${ctx.q}` : `header ${ctx.hdr[0]}`) : s.n;
    out.push({
      id: `${opts.idPrefix}-${String((opts.start ?? 1) + i).padStart(3, "0")}`,
      kind: "secrets",
      category: opts.category(s),
      label: opts.label,
      text,
      note: `${s.p} ${s.d ?? ""} — slot ${slot} — ${rd.id}${L.code !== "en" ? ` (prose: ${L.code})` : ""}`.replace(/\s+—/g, " —"),
    });
  });
  return out;
}

export const CAT = (group: string) => `heldouty139-sec-${group}`;
export const BENIGN = "heldouty139-benign";

/** Handcrafted case helper. */
export function hc(id: string, category: string, label: "positive" | "benign", text: string, note: string): CorpusCase {
  return { id, kind: "secrets", category, label, text, note };
}
