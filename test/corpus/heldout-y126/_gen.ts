// Shared builders and context renderers for heldout-y126 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time from a split prefix plus a body drawn
// from one SeededRng per case file, so the repository holds no literal credential and the output
// is the same on every load.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const ALNUM = UP + LO + DG;
export const HEXL = "0123456789abcdef";
export const B64 = ALNUM + "+/";
export const B64URL = ALNUM + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const PWCH = ALNUM + "!#%^*-_.~";

/** One seeded stream per case file, with the token-body builders used by the specs. */
export class Gen extends SeededRng {
  alnum(n: number): string {
    return this.str(n, ALNUM);
  }
  lower(n: number): string {
    return this.str(n, LO + DG);
  }
  upper(n: number): string {
    return this.str(n, UP + DG);
  }
  letters(n: number): string {
    return this.str(n, UP + LO);
  }
  hex(n: number): string {
    return this.str(n, HEXL);
  }
  HEX(n: number): string {
    return this.str(n, "0123456789ABCDEF");
  }
  digits(n: number): string {
    return this.str(1, "123456789") + this.str(n - 1, DG);
  }
  b64(n: number): string {
    return this.str(n, B64);
  }
  b64url(n: number): string {
    return this.str(n, B64URL);
  }
  b32(n: number): string {
    return this.str(n, B32);
  }
  pw(n: number): string {
    return this.str(2, UP + LO) + this.str(n - 2, PWCH);
  }
  /** A password safe inside URL userinfo. */
  upw(n: number): string {
    return this.str(2, UP + LO) + this.str(n - 2, ALNUM + "-_.~");
  }
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`;
  }
  /** Padded standard base64 of n random bytes. */
  b64bytes(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64");
  }
  b64urlJson(o: unknown): string {
    return Buffer.from(JSON.stringify(o)).toString("base64url");
  }
  /** A JWT with the given claims and a random signature. */
  jwt(claims: Record<string, unknown>, alg = "HS256"): string {
    const sigLen = alg.startsWith("HS") ? 43 : alg.startsWith("ES") ? 86 : 342;
    return [this.b64urlJson({ alg, typ: "JWT" }), this.b64urlJson(claims), this.b64url(sigLen)].join(".");
  }
  epoch(): number {
    return 1735689600 + this.int(31_536_000);
  }
  iso(): string {
    return new Date(this.epoch() * 1000).toISOString().replace(/\.\d+Z$/, "Z");
  }
  ip(): string {
    return `10.${this.int(255)}.${this.int(255)}.${1 + this.int(250)}`;
  }
  /** PEM body: prefix followed by random base64 up to nChars, wrapped at 64. */
  pemBody(prefix: string, nChars: number, tail = ""): string {
    const body = prefix + this.b64(nChars - prefix.length - tail.length) + tail;
    return body.match(/.{1,64}/g)!.join("\n");
  }
  pem(label: string, prefix: string, nChars: number, tail = ""): string {
    const d = "-----";
    return `${d}BEGIN ${label}${d}\n${this.pemBody(prefix, nChars, tail)}\n${d}END ${label}${d}`;
  }
}

/** PEM labels assembled so no file holds a private-key header literally. */
export const PRIV = ["PRIV", "ATE KEY"].join("");
export const L_RSA = "RSA " + PRIV;
export const L_EC = "EC " + PRIV;
export const L_PKCS8 = PRIV;
export const L_OPENSSH = "OPENSSH " + PRIV;
export const L_PGP = "PGP " + PRIV.replace("KEY", "KEY BLOCK");

// ---------------------------------------------------------------------------------------------
// Specs and renderers

/** token: fits header / query renderers; conn: a URL or connection string; pwd: a password;
 *  id: benign value (header / query renderers only when a header or q is given). */
export type Kind = "token" | "conn" | "pwd" | "id";

export interface Spec {
  provider: string;
  group: string;
  /** The slot, named as a developer would (env var style). */
  env: string;
  value: string;
  kind?: Kind;
  /** Header line template with %s, e.g. "X-API-Key: %s". Default "Authorization: Bearer %s". */
  header?: string;
  /** Query parameter name for URL renderers. */
  q?: string;
  /** Companion lines (name, value) rendered next to the main slot. */
  extra?: [string, string][];
  /** API host path used by request renderers. */
  path?: string;
}

export interface Lang {
  code: string;
  ask: string;
  handover: string;
  issue: string;
  ticket: string;
  note: string;
}

export const LANGS: Lang[] = [
  { code: "en", ask: "Deploy keeps failing with a 401 since this morning. Here's the config the service is running with, can you spot what's wrong?", handover: "Here's the credential for the staging integration, please add it to the pipeline settings:", issue: "Steps to reproduce", ticket: "Hi team, our integration stopped working after the last release. Current settings below, can you check on your side?", note: "temporary, rotate after the demo" },
  { code: "en", ask: "Can you help me refactor this so it reads from the environment instead? This is what I have right now:", handover: "Setting this up for the new worker, this is the one prod uses:", issue: "What happens", ticket: "Hello, requests from our backend get rejected intermittently. Config attached:", note: "do not commit" },
  { code: "en", ask: "Tests pass locally but CI is red. Pasting the relevant bits, what am I missing?", handover: "ok found it in the old wiki, try this one:", issue: "Environment", ticket: "Following up on the ticket from yesterday, here is our exact setup:", note: "prod value" },
  { code: "de", ask: "Das Deployment schlägt seit dem Update mit 401 fehl. Hier ist die Konfiguration, siehst du den Fehler?", handover: "Hier ist der Zugang für die Staging-Integration, bitte in der Pipeline hinterlegen:", issue: "Schritte zur Reproduktion", ticket: "Hallo zusammen, die Schnittstelle funktioniert seit heute Morgen nicht mehr. Aktuelle Einstellungen unten:", note: "nur vorübergehend" },
  { code: "fr", ask: "Le déploiement échoue avec une erreur 401 depuis ce matin. Voici la configuration, tu vois le problème ?", handover: "Voici l'accès pour l'intégration de préproduction, ajoute-le dans la CI stp :", issue: "Étapes pour reproduire", ticket: "Bonjour, notre intégration ne fonctionne plus depuis la dernière mise en production. Paramètres actuels ci-dessous :", note: "à changer après la démo" },
  { code: "es", ask: "El despliegue sigue fallando con 401. Te pego la configuración que usa el servicio, ¿ves qué está mal?", handover: "Aquí tienes la credencial de la integración de staging, ponla en el pipeline:", issue: "Pasos para reproducir", ticket: "Hola equipo, la integración dejó de funcionar esta mañana. Configuración actual abajo:", note: "no subir al repo" },
  { code: "pt", ask: "O deploy continua falhando com 401. Segue a configuração que o serviço está usando, consegue ver o erro?", handover: "Segue a credencial da integração de homologação, coloca no pipeline por favor:", issue: "Passos para reproduzir", ticket: "Olá, nossa integração parou de funcionar depois da última versão. Configuração atual abaixo:", note: "temporário" },
  { code: "ja", ask: "今朝からデプロイが401で失敗します。サービスが使っている設定を貼るので、どこがおかしいか見てもらえますか？", handover: "ステージング連携用の認証情報です。パイプラインに設定しておいてください：", issue: "再現手順", ticket: "お世話になっております。前回のリリース以降、連携が動かなくなりました。現在の設定は以下の通りです。", note: "デモ後にローテーション" },
  { code: "zh", ask: "部署从今天早上开始一直报 401。下面是服务用的配置，帮我看看哪里有问题？", handover: "这是预发环境集成用的凭据，麻烦配置到流水线里：", issue: "复现步骤", ticket: "你好，上次发布之后我们的集成就不工作了，当前配置如下：", note: "临时使用" },
  { code: "ru", ask: "Деплой с утра падает с 401. Вот конфигурация сервиса, видишь, в чём проблема?", handover: "Вот доступ для стейджинг-интеграции, добавь его в пайплайн:", issue: "Шаги для воспроизведения", ticket: "Здравствуйте, интеграция перестала работать после последнего релиза. Текущие настройки ниже:", note: "временно" },
  { code: "ko", ask: "오늘 아침부터 배포가 401로 실패해요. 서비스 설정을 붙여 넣을 테니 뭐가 문제인지 봐 주세요.", handover: "스테이징 연동용 자격 증명입니다. 파이프라인에 넣어 주세요:", issue: "재현 방법", ticket: "안녕하세요, 지난 릴리스 이후 연동이 동작하지 않습니다. 현재 설정은 아래와 같습니다.", note: "임시" },
  { code: "it", ask: "Il deploy continua a fallire con 401. Ecco la configurazione del servizio, vedi l'errore?", handover: "Ecco la credenziale per l'integrazione di staging, aggiungila alla pipeline:", issue: "Passi per riprodurre", ticket: "Buongiorno, l'integrazione ha smesso di funzionare dopo l'ultimo rilascio. Impostazioni attuali qui sotto:", note: "provvisorio" },
  { code: "pl", ask: "Deploy od rana pada z 401. Wklejam konfigurację serwisu, widzisz, co jest nie tak?", handover: "Tu są dane dostępowe do integracji na stagingu, dodaj je do pipeline'u:", issue: "Kroki do odtworzenia", ticket: "Dzień dobry, integracja przestała działać po ostatnim wydaniu. Aktualne ustawienia poniżej:", note: "tymczasowe" },
  { code: "tr", ask: "Dağıtım sabahtan beri 401 ile başarısız oluyor. Servisin kullandığı yapılandırma aşağıda, sorunu görebiliyor musun?", handover: "Staging entegrasyonu için erişim bilgisi bu, pipeline'a ekler misin:", issue: "Yeniden üretme adımları", ticket: "Merhaba, son sürümden beri entegrasyonumuz çalışmıyor. Güncel ayarlar aşağıda:", note: "geçici" },
  { code: "nl", ask: "De deploy faalt sinds vanochtend met een 401. Hier is de configuratie, zie jij wat er mis is?", handover: "Hier is de toegang voor de staging-koppeling, zet hem in de pipeline:", issue: "Stappen om te reproduceren", ticket: "Hallo, onze koppeling werkt niet meer sinds de laatste release. Huidige instellingen hieronder:", note: "tijdelijk" },
  { code: "vi", ask: "Triển khai bị lỗi 401 từ sáng nay. Đây là cấu hình dịch vụ đang dùng, bạn xem giúp sai ở đâu?", handover: "Đây là thông tin truy cập cho tích hợp staging, thêm vào pipeline giúp mình:", issue: "Các bước tái hiện", ticket: "Chào đội hỗ trợ, tích hợp của chúng tôi ngừng hoạt động sau bản phát hành gần nhất. Cấu hình hiện tại bên dưới:", note: "tạm thời" },
];

export interface Ctx {
  g: Gen;
  s: Spec;
  lang: Lang;
}

export interface Renderer {
  name: string;
  accepts?: (s: Spec) => boolean;
  prose?: boolean;
  render: (c: Ctx) => string;
}

const headerOk = (s: Spec) => s.kind === undefined || s.kind === "token" || s.header !== undefined;
const queryOk = (s: Spec) => s.kind === undefined || s.kind === "token" || s.q !== undefined;

export const snake = (env: string) => env.toLowerCase();
export const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
export const headerLine = (s: Spec) => (s.header ?? "Authorization: Bearer %s").replace("%s", s.value);
export const headerPair = (s: Spec): [string, string] => {
  const h = headerLine(s);
  const i = h.indexOf(": ");
  return [h.slice(0, i), h.slice(i + 2)];
};
const qname = (s: Spec) => s.q ?? "api_key";
const apiPath = (s: Spec) => s.path ?? "/v1/items";

const NOISE: [string, () => string][] = [
  ["NODE_ENV", () => "production"],
  ["LOG_LEVEL", () => "info"],
  ["PORT", () => "8080"],
  ["TZ", () => "UTC"],
  ["APP_REGION", () => "eu-west-1"],
  ["FEATURE_NEW_CHECKOUT", () => "true"],
  ["WORKER_CONCURRENCY", () => "4"],
  ["PUBLIC_BASE_URL", () => "https://app.example.com"],
  ["CACHE_TTL_SECONDS", () => "300"],
  ["OTEL_SERVICE_NAME", () => "billing-api"],
  ["HTTP_TIMEOUT_MS", () => "15000"],
  ["RETRY_MAX", () => "3"],
];

function noise(g: Gen, n: number): [string, string][] {
  const out: [string, string][] = [];
  const start = g.int(NOISE.length);
  for (let i = 0; i < n; i++) {
    const [k, v] = NOISE[(start + i * 5) % NOISE.length]!;
    out.push([k, v()]);
  }
  return out;
}

/** The name/value lines of a small env file: noise, companions, the slot, more noise. */
export function envPairs(g: Gen, s: Spec): [string, string][] {
  const a = noise(g, 2 + g.int(2));
  const b = noise(g, 1 + g.int(2)).filter(([k]) => !a.some(([x]) => x === k));
  return [...a, ...(s.extra ?? []), [s.env, s.value], ...b];
}

const dotenv = (pairs: [string, string][]) => pairs.map(([k, v]) => (/[\s#;&|]/.test(v) ? `${k}="${v}"` : `${k}=${v}`)).join("\n");
const model = (g: Gen) => g.pick(["gpt-4o", "gpt-4.1", "gpt-4o-mini", "o3-mini", "gpt-4.1-mini"]);
const claude = (g: Gen) => g.pick(["claude-sonnet-4-20250514", "claude-3-5-sonnet-20241022", "claude-opus-4-20250514", "claude-3-7-sonnet-20250219"]);
const svc = (g: Gen) => g.pick(["billing-api", "ingest-worker", "notifier", "search-sync", "reports", "gateway", "scheduler"]);
const yq = (v: string) => (/[:#{}\[\],&*?|<>=!%@`'"\s]/.test(v) ? `"${v}"` : v);

export const RENDERERS: Renderer[] = [
  {
    name: "openai chat body, pasted .env",
    prose: true,
    render: ({ g, s, lang }) =>
      JSON.stringify({
        model: model(g),
        messages: [
          { role: "system", content: "You are a senior engineer helping with deployment issues." },
          { role: "user", content: `${lang.ask}\n\n\`\`\`env\n# .env.production\n${dotenv(envPairs(g, s))}\n\`\`\`` },
        ],
        temperature: 0.2,
      }),
  },
  {
    name: "anthropic messages body, pasted docker-compose.yml",
    prose: true,
    render: ({ g, s, lang }) => {
      const name = svc(g);
      const env = envPairs(g, s).map(([k, v]) => `      ${k}: ${yq(v)}`).join("\n");
      const compose = `services:\n  ${name}:\n    image: registry.example.com/${name}:1.${g.int(40)}.${g.int(9)}\n    restart: unless-stopped\n    environment:\n${env}\n    ports:\n      - "8080:8080"`;
      return JSON.stringify({ model: claude(g), max_tokens: 4096, messages: [{ role: "user", content: `${lang.ask}\n\n<file path="docker-compose.yml">\n${compose}\n</file>` }] });
    },
  },
  {
    name: "anthropic tool_use write_file .env",
    render: ({ g, s }) => {
      const id = `toolu_01${g.alnum(22)}`;
      return JSON.stringify({
        model: claude(g),
        max_tokens: 2048,
        messages: [
          { role: "user", content: "Create the production env file for the worker from what we discussed." },
          { role: "assistant", content: [{ type: "text", text: "I'll write the env file now." }, { type: "tool_use", id, name: "write_file", input: { path: "deploy/worker/.env.production", content: dotenv(envPairs(g, s)) + "\n" } }] },
          { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "File written (" + (200 + g.int(300)) + " bytes)" }] },
        ],
      });
    },
  },
  {
    name: "openai tool_calls run_shell export",
    render: ({ g, s }) =>
      JSON.stringify({
        model: model(g),
        messages: [
          { role: "user", content: "run the migration against staging" },
          { role: "assistant", content: null, tool_calls: [{ id: `call_${g.alnum(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s.env}='${s.value}' && npm run migrate -- --env staging`, timeout: 120 }) } }] },
        ],
        tools: [{ type: "function", function: { name: "run_shell", parameters: { type: "object", properties: { command: { type: "string" }, timeout: { type: "integer" } } } } }],
      }),
  },
  {
    name: "MCP tools/call result echoing config/settings.yaml",
    render: ({ g, s }) => {
      const yaml = `app:\n  name: ${svc(g)}\n  region: eu-central-1\nintegrations:\n${(s.extra ?? []).map(([k, v]) => `  ${snake(k)}: ${yq(v)}\n`).join("")}  ${snake(s.env)}: ${yq(s.value)}\n  timeout_ms: 10000`;
      return JSON.stringify({ jsonrpc: "2.0", id: 3 + g.int(90), result: { content: [{ type: "text", text: `$ cat config/settings.yaml\n${yaml}\n` }], isError: false } });
    },
  },
  {
    name: "curl with auth header",
    accepts: headerOk,
    render: ({ g, s }) =>
      `curl -sS -X POST 'https://api.example.com${apiPath(s)}' \\\n  -H 'Content-Type: application/json' \\\n  -H '${headerLine(s)}' \\\n  -d '{"name":"nightly-${g.int(99)}","dry_run":false}'`,
  },
  {
    name: "raw HTTP/1.1 request headers",
    accepts: headerOk,
    render: ({ g, s }) =>
      `GET ${apiPath(s)}?page=${1 + g.int(9)} HTTP/1.1\r\nHost: api.example.net\r\nUser-Agent: python-requests/2.32.3\r\nAccept: application/json\r\n${headerLine(s)}\r\nX-Request-Id: ${g.uuid()}\r\nConnection: keep-alive\r\n\r\n`,
  },
  {
    name: "URL query string",
    accepts: queryOk,
    render: ({ g, s }) => `https://api.example.org${apiPath(s)}?limit=${10 * (1 + g.int(9))}&${qname(s)}=${encodeURIComponent(s.value)}&format=json`,
  },
  {
    name: "form-urlencoded POST body",
    render: ({ g, s }) => {
      const extra = (s.extra ?? []).map(([k, v]) => `&${snake(k)}=${encodeURIComponent(v)}`).join("");
      return `POST /admin/integrations/${g.int(900) + 100}/settings HTTP/1.1\r\nHost: console.example.com\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nenabled=on&name=${svc(g)}${extra}&${snake(s.env)}=${encodeURIComponent(s.value)}&save=Save`;
    },
  },
  {
    name: "multipart/form-data upload",
    render: ({ g, s }) => {
      const b = `----WebKitFormBoundary${g.alnum(16)}`;
      const part = (k: string, v: string) => `--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`;
      return `Content-Type: multipart/form-data; boundary=${b}\r\n\r\n${part("project", svc(g))}${(s.extra ?? []).map(([k, v]) => part(snake(k), v)).join("")}${part(snake(s.env), s.value)}--${b}\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\n1,42\n\r\n--${b}--\r\n`;
    },
  },
  {
    name: "appsettings.json",
    render: ({ g, s }) => {
      const sect: Record<string, string> = {};
      for (const [k, v] of s.extra ?? []) sect[camel(k)] = v;
      sect[camel(s.env)] = s.value;
      return JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, AllowedHosts: "*", Integrations: sect, Retry: { MaxAttempts: 2 + g.int(4) } }, null, 2);
    },
  },
  {
    name: "config.yml",
    render: ({ g, s }) =>
      `# ${svc(g)} runtime config\nserver:\n  port: 8080\n  read_timeout: 30s\nupstream:\n${(s.extra ?? []).map(([k, v]) => `  ${snake(k)}: ${yq(v)}\n`).join("")}  ${snake(s.env)}: ${yq(s.value)}\nfeatures:\n  batch: true\n`,
  },
  {
    name: "config.toml",
    render: ({ g, s }) =>
      `[service]\nname = "${svc(g)}"\nworkers = ${2 + g.int(6)}\n\n[upstream]\n${(s.extra ?? []).map(([k, v]) => `${snake(k)} = "${v}"\n`).join("")}${snake(s.env)} = "${s.value}"\ntimeout = "10s"\n`,
  },
  {
    name: "INI file",
    render: ({ g, s }) =>
      `; generated by setup.sh\n[default]\nregion = us-east-1\noutput = json\n\n[${svc(g)}]\n${(s.extra ?? []).map(([k, v]) => `${snake(k)} = ${v}\n`).join("")}${snake(s.env)} = ${s.value}\n`,
  },
  {
    name: "Spring application.properties",
    render: ({ g, s }) =>
      `spring.application.name=${svc(g)}\nserver.port=8080\nmanagement.endpoints.web.exposure.include=health,info\n${(s.extra ?? []).map(([k, v]) => `app.${snake(k).replace(/_/g, "-")}=${v}\n`).join("")}app.${snake(s.env).replace(/_/g, "-")}=${s.value}\nlogging.level.root=INFO\n`,
  },
  {
    name: "terraform.tfvars / HCL",
    render: ({ g, s }) =>
      `# terraform.tfvars\nenvironment = "prod"\ninstance_count = ${1 + g.int(5)}\n${(s.extra ?? []).map(([k, v]) => `${snake(k)} = "${v}"\n`).join("")}${snake(s.env)} = "${s.value}"\ntags = {\n  team = "platform"\n}\n`,
  },
  {
    name: "web.config appSettings XML",
    render: ({ s }) =>
      `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${(s.extra ?? []).map(([k, v]) => `    <add key="${k}" value="${v.replace(/&/g, "&amp;")}" />\n`).join("")}    <add key="${s.env}" value="${s.value.replace(/&/g, "&amp;")}" />\n  </appSettings>\n</configuration>`,
  },
  {
    name: "Python module",
    render: ({ g, s }) =>
      `import os\nimport httpx\n\n${(s.extra ?? []).map(([k, v]) => `${k} = os.getenv("${k}", "${v}")\n`).join("")}${s.env} = os.getenv("${s.env}", "${s.value}")\n\n\ndef client() -> httpx.Client:\n    return httpx.Client(base_url="https://api.example.com", timeout=${5 + g.int(25)})\n`,
  },
  {
    name: "TypeScript module",
    render: ({ g, s }) =>
      `import { z } from "zod";\n\nconst Env = z.object({ ${camel(s.env)}: z.string().min(1) });\n\nexport const env = Env.parse({\n${(s.extra ?? []).map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",\n`).join("")}  ${camel(s.env)}: process.env.${s.env} ?? "${s.value}",\n});\nexport const TIMEOUT_MS = ${1000 * (1 + g.int(30))};\n`,
  },
  {
    name: "Go source",
    render: ({ s }) =>
      `package config\n\nimport "os"\n\nfunc getenv(k, def string) string {\n\tif v := os.Getenv(k); v != "" {\n\t\treturn v\n\t}\n\treturn def\n}\n\nvar (\n${(s.extra ?? []).map(([k, v]) => `\t${camel(k)} = getenv("${k}", "${v}")\n`).join("")}\t${camel(s.env)} = getenv("${s.env}", "${s.value}")\n)\n`,
  },
  {
    name: "Java class",
    render: ({ s }) =>
      `package com.example.integration;\n\npublic final class Settings {\n${(s.extra ?? []).map(([k, v]) => `    public static final String ${k} = "${v}";\n`).join("")}    public static final String ${s.env} = "${s.value}";\n    public static final int TIMEOUT_SECONDS = 30;\n    private Settings() {}\n}\n`,
  },
  {
    name: "C# options class",
    render: ({ s }) => {
      const P = (k: string) => camel(k).replace(/^./, (c) => c.toUpperCase());
      return `namespace Example.Integrations;\n\npublic sealed class UpstreamOptions\n{\n${(s.extra ?? []).map(([k, v]) => `    public string ${P(k)} { get; set; } = "${v}";\n`).join("")}    public string ${P(s.env)} { get; set; } = "${s.value}";\n    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);\n}\n`;
    },
  },
  {
    name: "Ruby initializer",
    render: ({ s }) =>
      `# config/initializers/upstream.rb\nRails.application.configure do\n${(s.extra ?? []).map(([k, v]) => `  config.x.upstream.${snake(k)} = ENV.fetch("${k}", "${v}")\n`).join("")}  config.x.upstream.${snake(s.env)} = ENV.fetch("${s.env}", "${s.value}")\nend\n`,
  },
  {
    name: "PHP config array",
    render: ({ s }) =>
      `<?php\n\nreturn [\n    'driver' => 'http',\n${(s.extra ?? []).map(([k, v]) => `    '${snake(k)}' => env('${k}', '${v}'),\n`).join("")}    '${snake(s.env)}' => env('${s.env}', '${s.value}'),\n    'timeout' => 30,\n];\n`,
  },
  {
    name: "Rust const",
    render: ({ s }) =>
      `use std::env;\n\n${(s.extra ?? []).map(([k, v]) => `const DEFAULT_${k}: &str = "${v}";\n`).join("")}const DEFAULT_${s.env}: &str = "${s.value}";\n\npub fn ${snake(s.env)}() -> String {\n    env::var("${s.env}").unwrap_or_else(|_| DEFAULT_${s.env}.to_string())\n}\n`,
  },
  {
    name: "bash_history excerpt",
    render: ({ g, s }) =>
      `cd ~/src/${svc(g)}\ngit pull --rebase\n${(s.extra ?? []).map(([k, v]) => `export ${k}=${v}\n`).join("")}export ${s.env}='${s.value}'\nmake run\nkubectl -n prod get pods | grep ${svc(g)}\n`,
  },
  {
    name: "GitHub Actions raw log (printenv)",
    render: ({ g, s }) => {
      const base = g.epoch() * 1000;
      let ms = 0;
      const t = () => new Date(base + (ms += 1 + g.int(40))).toISOString().replace("Z", g.digits(4) + "Z");
      const head = `${t()} ##[group]Run printenv | sort\n${t()} printenv | sort\n${t()} shell: /usr/bin/bash -e {0}\n${t()} ##[endgroup]\n`;
      const env = envPairs(g, s).map(([k, v]) => `${t()} ${k}=${v}`).join("\n");
      return `${head}${env}\n${t()} GITHUB_SHA=${g.hex(40)}\n`;
    },
  },
  {
    name: "crash report with locals",
    render: ({ g, s }) =>
      JSON.stringify({
        event_id: g.hex(32),
        platform: "python",
        timestamp: g.iso(),
        exception: { values: [{ type: "HTTPStatusError", value: "Client error '401 Unauthorized'", stacktrace: { frames: [{ filename: "app/upstream.py", function: "sync", lineno: 40 + g.int(200), vars: { [snake(s.env)]: s.value, attempt: 3, url: "https://api.example.com/v2/sync" } }] } }] },
      }),
  },
  {
    name: "Jupyter notebook cell",
    render: ({ g, s }) =>
      JSON.stringify({
        cells: [
          { cell_type: "markdown", metadata: {}, source: ["## Pull last week's data\n"] },
          { cell_type: "code", execution_count: 1 + g.int(20), metadata: {}, outputs: [], source: ["import os\n", ...(s.extra ?? []).map(([k, v]) => `os.environ["${k}"] = "${v}"\n`), `os.environ["${s.env}"] = "${s.value}"\n`, "df = load_events(days=7)\n"] },
        ],
        metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
        nbformat: 4,
        nbformat_minor: 5,
      }),
  },
  {
    name: "git diff adding config line",
    render: ({ g, s }) =>
      `diff --git a/.env.staging b/.env.staging\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,6 +3,${7 + (s.extra?.length ?? 0)} @@ LOG_LEVEL=debug\n PORT=8080\n${(s.extra ?? []).map(([k, v]) => `+${k}=${v}\n`).join("")}+${s.env}=${s.value}\n WORKER_CONCURRENCY=2\n`,
  },
  {
    name: "Slack chat.postMessage handing the credential over",
    prose: true,
    render: ({ g, s, lang }) =>
      JSON.stringify({ channel: `C0${g.upper(9)}`, text: `${lang.handover}\n${(s.extra ?? []).map(([k, v]) => `${k}=${v}\n`).join("")}\`${s.env}=${s.value}\` (${lang.note})`, unfurl_links: false }),
  },
  {
    name: "Kubernetes Secret manifest",
    render: ({ g, s }) => {
      const all: [string, string][] = [...(s.extra ?? []), [s.env, s.value]];
      const enc = g.int(2) === 0;
      const body = enc ? `data:\n${all.map(([k, v]) => `  ${k}: ${Buffer.from(v).toString("base64")}`).join("\n")}` : `stringData:\n${all.map(([k, v]) => `  ${k}: ${yq(v)}`).join("\n")}`;
      return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${svc(g)}-env\n  namespace: prod\ntype: Opaque\n${body}\n`;
    },
  },
  {
    name: "docker run -e",
    render: ({ g, s }) =>
      `docker run -d --name ${svc(g)} --restart=always ${(s.extra ?? []).map(([k, v]) => `-e ${k}=${v} `).join("")}-e ${s.env}='${s.value}' -p 8080:8080 registry.example.com/${svc(g)}:latest`,
  },
  {
    name: "GitHub Actions workflow env",
    render: ({ g, s }) =>
      `name: nightly-sync\non:\n  schedule:\n    - cron: "${g.int(59)} 3 * * *"\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n${(s.extra ?? []).map(([k, v]) => `      ${k}: ${yq(v)}\n`).join("")}      ${s.env}: ${yq(s.value)}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/sync.sh\n`,
  },
  {
    name: "Dockerfile ENV",
    render: ({ g, s }) =>
      `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\n${(s.extra ?? []).map(([k, v]) => `ENV ${k}=${v}\n`).join("")}ENV ${s.env}="${s.value}"\nEXPOSE ${3000 + g.int(9)}\nCMD ["node", "dist/server.js"]\n`,
  },
  {
    name: "SQL seed insert",
    render: ({ g, s }) => {
      const cfg: Record<string, string> = {};
      for (const [k, v] of s.extra ?? []) cfg[snake(k)] = v;
      cfg[snake(s.env)] = s.value;
      return `-- seed integrations\nINSERT INTO integrations (id, tenant_id, provider, config, enabled)\nVALUES (${g.int(900) + 10}, ${g.int(90) + 1}, '${snake(s.env).split("_")[0]}', '${JSON.stringify(cfg)}'::jsonb, true);\n`;
    },
  },
  {
    name: "GitHub issue body (markdown)",
    prose: true,
    render: ({ g, s, lang }) =>
      JSON.stringify({
        title: `${svc(g)}: upstream returns 401 after upgrade to v${2 + g.int(3)}.${g.int(9)}`,
        body: `### ${lang.issue}\n\n1. \`npm start\`\n2. Call \`/sync\`\n\n### Config\n\n\`\`\`ini\n${dotenv(envPairs(g, s))}\n\`\`\`\n\n### Logs\n\n\`\`\`\nERROR upstream rejected request status=401\n\`\`\`\n`,
        labels: ["bug"],
      }),
  },
  {
    name: "HAR entry",
    accepts: headerOk,
    render: ({ g, s }) => {
      const [hn, hv] = headerPair(s);
      return JSON.stringify({ log: { version: "1.2", creator: { name: "Firefox", version: "128.0" }, entries: [{ startedDateTime: g.iso(), time: 80 + g.int(400), request: { method: "GET", url: `https://api.example.com${apiPath(s)}`, httpVersion: "HTTP/2", headers: [{ name: "accept", value: "application/json" }, { name: hn, value: hv }], queryString: [], cookies: [] }, response: { status: 200, statusText: "OK", headers: [] } }] } });
    },
  },
  {
    name: "structured JSON log line",
    render: ({ g, s }) => {
      const cfg: Record<string, string> = {};
      for (const [k, v] of s.extra ?? []) cfg[snake(k)] = v;
      cfg[snake(s.env)] = s.value;
      return JSON.stringify({ ts: g.iso(), level: "debug", logger: "config.loader", msg: "loaded upstream settings", trace_id: g.hex(32), span_id: g.hex(16), settings: cfg });
    },
  },
  {
    name: "systemd unit Environment=",
    render: ({ g, s }) =>
      `[Unit]\nDescription=${svc(g)} service\nAfter=network-online.target\n\n[Service]\nUser=app\n${(s.extra ?? []).map(([k, v]) => `Environment="${k}=${v}"\n`).join("")}Environment="${s.env}=${s.value}"\nExecStart=/opt/app/bin/server --port 8080\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n`,
  },
  {
    name: "Helm values.yaml",
    render: ({ g, s }) =>
      `replicaCount: ${1 + g.int(4)}\nimage:\n  repository: registry.example.com/${svc(g)}\n  tag: "1.${g.int(30)}.0"\nenv:\n${(s.extra ?? []).map(([k, v]) => `  - name: ${k}\n    value: ${yq(v)}\n`).join("")}  - name: ${s.env}\n    value: ${yq(s.value)}\nresources:\n  limits:\n    memory: 512Mi\n`,
  },
  {
    name: "support email (SMTP DATA)",
    prose: true,
    render: ({ g, s, lang }) =>
      `From: ops@example.com\r\nTo: support@example.net\r\nSubject: Integration failing (account ${g.digits(6)})\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${lang.ticket}\r\n\r\n${(s.extra ?? []).map(([k, v]) => `${k}: ${v}\r\n`).join("")}${s.env}: ${s.value}\r\n\r\n--\r\nOps team\r\n.\r\n`,
  },
  {
    name: "devtools Copy as fetch",
    accepts: headerOk,
    render: ({ g, s }) => {
      const [hn, hv] = headerPair(s);
      return `await fetch("https://api.example.com${apiPath(s)}", {\n  "headers": {\n    "accept": "application/json",\n    "${hn.toLowerCase()}": "${hv}",\n    "sec-fetch-mode": "cors"\n  },\n  "body": "{\\"page\\":${1 + g.int(5)}}",\n  "method": "POST",\n  "mode": "cors"\n});`;
    },
  },
  {
    name: "PowerShell profile",
    render: ({ g, s }) =>
      `# Microsoft.PowerShell_profile.ps1\nSet-Location C:\\src\\${svc(g)}\n${(s.extra ?? []).map(([k, v]) => `$env:${k} = "${v}"\n`).join("")}$env:${s.env} = "${s.value}"\nImport-Module posh-git\n`,
  },
  {
    name: "Makefile",
    render: ({ g, s }) =>
      `SERVICE := ${svc(g)}\n${(s.extra ?? []).map(([k, v]) => `export ${k} ?= ${v}\n`).join("")}export ${s.env} ?= ${s.value}\n\n.PHONY: run\nrun:\n\tgo run ./cmd/$(SERVICE)\n`,
  },
  {
    name: ".gitlab-ci.yml variables",
    render: ({ s }) =>
      `stages: [test, deploy]\nvariables:\n  DOCKER_DRIVER: overlay2\n${(s.extra ?? []).map(([k, v]) => `  ${k}: ${yq(v)}\n`).join("")}  ${s.env}: ${yq(s.value)}\ndeploy:\n  stage: deploy\n  script:\n    - ./deploy.sh\n  only: [main]\n`,
  },
  {
    name: "Ansible group_vars",
    render: ({ g, s }) =>
      `---\n# group_vars/${svc(g)}.yml\napp_user: deploy\napp_port: 8080\n${(s.extra ?? []).map(([k, v]) => `${snake(k)}: ${yq(v)}\n`).join("")}${snake(s.env)}: ${yq(s.value)}\n`,
  },
  {
    name: "Terraform plan output",
    render: ({ g, s }) =>
      `Terraform will perform the following actions:\n\n  # module.${svc(g).replace("-", "_")}.aws_lambda_function.this will be updated in-place\n  ~ resource "aws_lambda_function" "this" {\n        id            = "${svc(g)}-prod"\n      ~ environment {\n          ~ variables = {\n${(s.extra ?? []).map(([k, v]) => `                "${k}" = "${v}"\n`).join("")}              + "${s.env}" = "${s.value}"\n            }\n        }\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n`,
  },
];

export const pad3 = (n: number) => String(n).padStart(3, "0");

/** Picks the prose language: about a third of prose-bearing cases are not English. */
export function pickLang(g: Gen): Lang {
  if (g.int(10) < 3) return LANGS[3 + g.int(LANGS.length - 3)]!;
  return LANGS[g.int(3)]!;
}

/** Renders each spec through the next renderer that accepts it, rotating from `start`. */
export function rotate(g: Gen, specs: Spec[], idPrefix: string, label: "positive" | "benign", category: (s: Spec) => string, start: number, skip: (r: Renderer) => boolean = () => false): CorpusCase[] {
  const out: CorpusCase[] = [];
  let k = start;
  specs.forEach((s, i) => {
    let r = RENDERERS[k % RENDERERS.length]!;
    while ((r.accepts && !r.accepts(s)) || skip(r)) {
      k++;
      r = RENDERERS[k % RENDERERS.length]!;
    }
    k += 1;
    const lang = pickLang(g);
    const text = r.render({ g, s, lang });
    out.push({ id: `${idPrefix}-${pad3(i + 1)}`, kind: "secrets", category: category(s), label, text, note: `${s.provider}; slot ${s.env}; context ${r.name}${r.prose && lang.code !== "en" ? ` (prose ${lang.code})` : ""}` });
  });
  return out;
}

export const secCat = (s: Spec) => `heldouty126-sec-${s.group}`;
export const BENIGN = "heldouty126-benign";
