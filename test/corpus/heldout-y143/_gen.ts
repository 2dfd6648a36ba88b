// heldout-y143 generator: token builders over SeededRng and the outbound-context renderers.
// Skipped by the loader (no `.cases.ts` suffix). Every credential-shaped value is assembled at run
// time from a split prefix and a seeded random body, so the repository holds no live-looking secret.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HEX = "0123456789abcdef";
export const UHEX = "0123456789ABCDEF";
export const LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const B64 = `${ALNUM}+/`;
export const URL64 = `${ALNUM}-_`;
export const DIGITS = "0123456789";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
export const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

export type Cat =
  | "ai"
  | "auth"
  | "cloud"
  | "comms"
  | "data"
  | "devtools"
  | "observability"
  | "payment"
  | "saas"
  | "keys";

export const CAT = (c: Cat) => `heldouty143-sec-${c}`;
export const BENIGN = "heldouty143-benign";

/** How a credential travels over HTTP. `{v}` in url is replaced by the secret (path-carried). */
export interface Http {
  url: string;
  method?: string;
  /** header name; Authorization when absent */
  h?: string;
  /** scheme before the value; "Bearer" when h is absent, "" for a bare header value */
  scheme?: string;
  /** query parameter carrying the secret */
  q?: string;
  /** basic auth user; "@0" = value of the first companion; "*" = the secret is the user, empty password */
  basic?: string;
  /** the secret is the URL itself (webhooks) */
  hook?: boolean;
  /** static extra headers */
  extra?: [string, string][];
  /** JSON body for POST */
  body?: string;
}

export interface Spec {
  /** provider / credential name, used in the note */
  p: string;
  cat: Cat;
  /** the slot's name (env var) */
  env: string;
  v: (g: Gen) => string;
  /** companions (key ids, account names, hosts) rendered next to the secret */
  co?: (g: Gen) => [string, string][];
  http?: Http;
}

export interface Slot {
  p: string;
  env: string;
  v: string;
  co: [string, string][];
  http?: Http;
}

// ---------------------------------------------------------------------------------------------
// prose, ~a quarter of it in other languages

export interface Pool {
  en: string[];
  xx: string[];
}

export const ASK: Pool = {
  en: [
    "Can you figure out why this fails in staging but works locally?",
    "Here's my config, the deploy keeps timing out. What am I missing?",
    "Please refactor this so it reads everything from the environment.",
    "Tests pass locally but CI is red, details below.",
    "Why does the client get a 401 here? Full file pasted.",
    "Convert this to the new SDK version, keep the behaviour the same.",
    "Add retries with exponential backoff around the API call.",
    "Summarise what this does before I run it against prod.",
    "The container exits right after start, can you check the setup?",
    "Write unit tests for this module, mock the network calls.",
    "Port this to async, the worker is blocking the event loop.",
    "Something in here breaks the nightly job, can you spot it?",
  ],
  xx: [
    "¿Puedes ver por qué falla en staging pero en local funciona?",
    "Kannst du dir anschauen, warum der Deploy immer abbricht?",
    "Peux-tu m'aider à comprendre pourquoi j'obtiens une 401 ici ?",
    "ステージングでだけ失敗する理由を調べてもらえますか？",
    "Pode revisar essa configuração? O container reinicia sem parar.",
    "帮我看看为什么这个请求一直返回 401。",
    "Посмотри, пожалуйста, почему в CI падает, а локально всё ок.",
    "Puoi rifattorizzare questo file per leggere le variabili d'ambiente?",
    "이 설정에서 뭐가 잘못됐는지 봐 줄 수 있어요?",
    "Możesz sprawdzić, czemu ten skrypt nie działa na produkcji?",
    "Bu yapılandırmada neyin yanlış olduğunu bulabilir misin?",
    "Kun je kijken waarom de build op CI faalt?",
    "Bạn xem giúp tại sao request này bị timeout được không?",
    "Kan du kolla varför jobbet kraschar efter deployen?",
  ],
};

export const HANDOVER: Pool = {
  en: [
    "Here are the creds for the new environment, rotate them after the demo.",
    "Handing this over while I'm out, the key below has write access.",
    "Use this for the migration tonight, it's the production one.",
    "Pasting the token so you can finish the integration.",
    "New key from the dashboard, the old one is revoked.",
    "For the on-call runbook, this is what the cron job uses.",
  ],
  xx: [
    "Te paso la clave de producción para que termines la integración.",
    "Hier der Schlüssel für die neue Umgebung, bitte nach der Demo rotieren.",
    "Voici le jeton pour finir la migration ce soir.",
    "本番用のキーです。作業が終わったらローテーションしてください。",
    "Segue a chave de produção, troca depois do deploy.",
    "这是生产环境的密钥，用完记得轮换。",
    "Вот ключ от прода, после демо надо будет перевыпустить.",
    "Ecco la chiave di produzione, ruotala dopo il rilascio.",
    "운영 환경 키입니다. 작업 끝나면 교체해 주세요.",
    "Przesyłam klucz produkcyjny, zmień go po wdrożeniu.",
    "Canlı ortam anahtarı aşağıda, işin bitince değiştir.",
    "Hier is de productiesleutel, graag roteren na de demo.",
  ],
};

export const COMMENT: Pool = {
  en: [
    "temporary: move to the secret manager before release",
    "TODO rotate after launch",
    "quick fix for the demo, do not merge",
    "prod credentials, copied from the dashboard",
    "fallback so local runs work without a .env",
    "hardcoded until the vault integration lands",
  ],
  xx: [
    "temporal: mover al gestor de secretos antes de publicar",
    "vorübergehend, vor dem Release in den Secret Store verschieben",
    "provisoire : à déplacer dans le coffre avant la mise en prod",
    "暫定対応：リリース前にシークレット管理へ移す",
    "provisório: mover para o cofre antes do release",
    "临时写死，上线前移到密钥管理",
    "временно, перед релизом убрать в хранилище секретов",
    "temporaneo: spostare nel vault prima del rilascio",
    "임시: 배포 전에 시크릿 매니저로 옮길 것",
    "tymczasowo, przed wydaniem przenieść do menedżera sekretów",
    "geçici: yayından önce gizli anahtar yöneticisine taşı",
    "tijdelijk: voor de release naar de secret manager verplaatsen",
  ],
};

export const COMMIT: Pool = {
  en: [
    "add integration config",
    "wire up notifications",
    "fix deploy script",
    "hotfix: restore prod settings",
    "switch to the new provider account",
    "make local dev work again",
  ],
  xx: [
    "añadir configuración de la integración",
    "Konfiguration für die Integration ergänzt",
    "ajout de la config d'intégration",
    "連携設定を追加",
    "adiciona configuração da integração",
    "添加集成配置",
    "добавил конфиг интеграции",
    "aggiunta configurazione integrazione",
    "연동 설정 추가",
    "dodano konfigurację integracji",
    "entegrasyon ayarları eklendi",
    "integratieconfig toegevoegd",
  ],
};

export const DOC: Pool = {
  en: [
    "Copy the values below into your environment before starting the service.",
    "The service reads its configuration from these variables at boot.",
    "These are the settings we use on the shared staging box.",
    "Set these before running the migration script.",
  ],
  xx: [
    "Copia estos valores en tu entorno antes de arrancar el servicio.",
    "Diese Werte vor dem Start des Dienstes in die Umgebung übernehmen.",
    "Copiez ces valeurs dans votre environnement avant de lancer le service.",
    "サービスを起動する前に、以下の値を環境変数に設定してください。",
    "Copie estes valores para o seu ambiente antes de iniciar o serviço.",
    "启动服务之前，请把下面的值写入环境变量。",
    "Перед запуском сервиса пропишите эти значения в окружение.",
    "Copia questi valori nel tuo ambiente prima di avviare il servizio.",
    "서비스를 시작하기 전에 아래 값을 환경 변수에 넣으세요.",
    "Przed uruchomieniem usługi ustaw poniższe zmienne.",
    "Servisi başlatmadan önce bu değerleri ortama ekleyin.",
    "Zet deze waarden in je omgeving voordat je de service start.",
  ],
};

export const ISSUE: Pool = {
  en: [
    "Steps to reproduce: start the worker with the config below and trigger a sync.",
    "After upgrading the SDK every call returns 401. Config used:",
    "The nightly export has been failing since Monday. Environment:",
    "Reproducible on a clean checkout with these settings:",
  ],
  xx: [
    "Pasos para reproducir: arrancar el worker con esta configuración.",
    "Seit dem SDK-Update liefert jeder Aufruf 401. Verwendete Konfiguration:",
    "L'export nocturne échoue depuis lundi. Environnement :",
    "SDK を更新してから全リクエストが 401 になります。設定：",
    "Desde a atualização do SDK toda chamada retorna 401. Configuração:",
    "升级 SDK 后所有请求都返回 401，配置如下：",
    "После обновления SDK все запросы возвращают 401. Конфигурация:",
    "Dopo l'aggiornamento dell'SDK ogni chiamata restituisce 401. Configurazione:",
    "SDK 업데이트 이후 모든 호출이 401을 반환합니다. 설정:",
    "Po aktualizacji SDK każde wywołanie zwraca 401. Konfiguracja:",
  ],
};

// ---------------------------------------------------------------------------------------------
// random material

const PROJECTS = [
  "billing-api",
  "ingest-worker",
  "mobile-app",
  "ml-pipeline",
  "infra-live",
  "price-scraper",
  "etl-nightly",
  "recsys-train",
  "admin-portal",
  "ios-client",
  "android-app",
  "data-platform",
  "notify-svc",
  "search-indexer",
  "checkout-web",
  "analytics-jobs",
  "support-bot",
  "geo-service",
  "media-transcoder",
  "iot-gateway",
  "invoice-pdf",
  "feature-store",
];
const USERS = ["maria", "jonas", "aiko", "dev", "ops", "lucas", "priya", "tomasz", "emre", "sophie", "wei", "ana"];

export class Gen extends SeededRng {
  a(n: number) {
    return this.str(n, ALNUM);
  }
  h(n: number) {
    return this.str(n, HEX);
  }
  H(n: number) {
    return this.str(n, UHEX);
  }
  lo(n: number) {
    return this.str(n, LOWER);
  }
  up(n: number) {
    return this.str(n, UPPER);
  }
  d(n: number) {
    return this.str(1, "123456789") + this.str(n - 1, DIGITS);
  }
  b64(n: number) {
    return this.str(n, B64);
  }
  u(n: number) {
    return this.str(n, URL64);
  }
  b32(n: number) {
    return this.str(n, B32);
  }
  b58(n: number) {
    return this.str(n, B58);
  }
  letters(n: number) {
    return this.str(n, "abcdefghijklmnopqrstuvwxyz");
  }
  chance(p: number) {
    return this.next() < p;
  }
  /** base64 of n random bytes */
  bb(n: number) {
    return Buffer.from(this.bytes(n)).toString("base64");
  }
  /** base64url (no padding) of n random bytes */
  bu(n: number) {
    return Buffer.from(this.bytes(n)).toString("base64url");
  }
  uuid() {
    const x = this.h(32);
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-${this.str(1, "89ab")}${x.slice(17, 20)}-${x.slice(20)}`;
  }
  proj() {
    return this.pick(PROJECTS);
  }
  user() {
    return this.pick(USERS);
  }
  semver() {
    return `${this.range(1, 4)}.${this.range(0, 19)}.${this.range(0, 12)}`;
  }
  ip() {
    return `10.${this.range(0, 40)}.${this.range(0, 254)}.${this.range(2, 250)}`;
  }
  /** an instant in 2025/2026, seconds */
  epoch() {
    return 1740000000 + this.range(0, 30000000);
  }
  iso() {
    return new Date(this.epoch() * 1000).toISOString();
  }
  say(pool: Pool) {
    return this.chance(0.25) ? this.pick(pool.xx) : this.pick(pool.en);
  }
  jwt(payload: Record<string, unknown>, alg = "HS256", sigLen = 43) {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return `${enc({ alg, typ: "JWT" })}.${enc(payload)}.${this.u(sigLen)}`;
  }
  /** PEM block: fixed DER head (base64, length multiple of 4) + random bytes, wrapped */
  pem(label: string, head: string, nbytes: number, width = 64) {
    const body = head + this.bb(nbytes);
    const lines: string[] = [];
    for (let i = 0; i < body.length; i += width) lines.push(body.slice(i, i + width));
    return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----`;
  }
  rsaPkcs1() {
    return this.pem(`RSA ${"PRIVATE"} KEY`, "MIIEowIBAAKCAQEA", 1182);
  }
  pkcs8() {
    return this.pem(`${"PRIVATE"} KEY`, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIB", 1152);
  }
  /** wrap DER bytes as PEM */
  derPem(label: string, der: Buffer, width = 64) {
    const body = der.toString("base64");
    const lines: string[] = [];
    for (let i = 0; i < body.length; i += width) lines.push(body.slice(i, i + width));
    return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----`;
  }
  /** SEC1 P-256 key with the real DER layout and random key material */
  ecSec1() {
    const der = Buffer.concat([
      Buffer.from([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]),
      Buffer.from(this.bytes(32)),
      Buffer.from([0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04]),
      Buffer.from(this.bytes(64)),
    ]);
    return this.derPem(`EC ${"PRIVATE"} KEY`, der);
  }
  /** unencrypted openssh-key-v1 ed25519 key with the real layout and random key material */
  openssh(comment = "deploy@ci") {
    const u32 = (n: number) => {
      const b = Buffer.alloc(4);
      b.writeUInt32BE(n);
      return b;
    };
    const str = (b: Buffer | string) => {
      const x = typeof b === "string" ? Buffer.from(b) : b;
      return Buffer.concat([u32(x.length), x]);
    };
    const pub = Buffer.from(this.bytes(32));
    const pubBlob = Buffer.concat([str("ssh-ed25519"), str(pub)]);
    const check = Buffer.from(this.bytes(4));
    let priv = Buffer.concat([check, check, str("ssh-ed25519"), str(pub), str(Buffer.concat([Buffer.from(this.bytes(32)), pub])), str(comment)]);
    const padLen = (8 - (priv.length % 8)) % 8;
    priv = Buffer.concat([priv, Buffer.from(Array.from({ length: padLen }, (_, i) => i + 1))]);
    const der = Buffer.concat([Buffer.from("openssh-key-v1\0"), str("none"), str("none"), str(""), u32(1), str(pubBlob), str(priv)]);
    return this.derPem(`OPENSSH ${"PRIVATE"} KEY`, der, 70);
  }
}

// ---------------------------------------------------------------------------------------------
// slot helpers

const FILLERS: [string, (g: Gen) => string][] = [
  ["NODE_ENV", () => "production"],
  ["LOG_LEVEL", (g) => g.pick(["info", "debug", "warn"])],
  ["PORT", (g) => g.pick(["8080", "3000", "8000", "5000"])],
  ["APP_ENV", (g) => g.pick(["staging", "production", "dev"])],
  ["TZ", () => "UTC"],
  ["AWS_REGION", (g) => g.pick(["eu-west-1", "us-east-1", "ap-northeast-1", "eu-central-1"])],
  ["WORKERS", (g) => String(g.range(2, 16))],
  ["CACHE_TTL", (g) => String(g.pick([60, 300, 900, 3600]))],
  ["PYTHONUNBUFFERED", () => "1"],
  ["FEATURE_NEW_CHECKOUT", (g) => g.pick(["true", "false"])],
  ["OTEL_SERVICE_NAME", (g) => g.proj()],
  ["HTTP_TIMEOUT_MS", (g) => String(g.pick([5000, 15000, 30000]))],
  ["MAX_UPLOAD_MB", (g) => String(g.pick([10, 25, 100]))],
  ["REDIS_HOST", () => "redis.internal"],
  ["DB_POOL_SIZE", (g) => String(g.range(5, 30))],
  ["SENTRY_ENVIRONMENT", (g) => g.pick(["production", "staging"])],
];

function fillers(g: Gen, n: number, avoid: Set<string>): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < n; i++) {
    const [k, f] = g.pick(FILLERS);
    if (avoid.has(k) || out.some((x) => x[0] === k)) continue;
    out.push([k, f(g)]);
  }
  return out;
}

/** env-style pairs: a few filler settings, companions, the secret, maybe one more filler */
export function pairs(g: Gen, s: Slot): [string, string][] {
  const avoid = new Set([s.env, ...s.co.map((c) => c[0])]);
  const pre = fillers(g, g.range(1, 3), avoid);
  for (const [k] of pre) avoid.add(k);
  const post = fillers(g, g.range(0, 1), avoid);
  return [...pre, ...s.co, [s.env, s.v], ...post];
}

export const snake = (env: string) => env.toLowerCase();
export const camel = (env: string) =>
  env
    .toLowerCase()
    .split("_")
    .filter(Boolean)
    .map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1)))
    .join("");
export const pascal = (env: string) => {
  const c = camel(env);
  return c[0]!.toUpperCase() + c.slice(1);
};
const kebab = (env: string) => env.toLowerCase().replace(/_/g, "-");
/** group (first segment) and key (rest, camelCase) */
function split(env: string): [string, string] {
  const parts = env.toLowerCase().split("_").filter(Boolean);
  if (parts.length < 2) return ["app", camel(env)];
  return [parts[0]!, camel(parts.slice(1).join("_"))];
}

/** shell quoting that keeps the value literal */
export function shq(v: string) {
  if (/^[A-Za-z0-9_\-.:/+=@,]+$/.test(v)) return v;
  if (v.startsWith("$")) return `"${v}"`;
  if (!v.includes("'")) return `'${v}'`;
  return `"${v}"`;
}
function yq(v: string) {
  return /^[A-Za-z_][A-Za-z0-9_\-./+=]*$/.test(v) ? v : JSON.stringify(v);
}
export function xmlEsc(v: string) {
  return v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
const noSpecial = (s: Slot) => !/[$%`\\"'{}\s]/.test(s.v + s.co.map((c) => c[1]).join(""));
const urlSafe = (s: Slot) => encodeURIComponent(s.v) === s.v;

function nested(ps: [string, string][]): Record<string, Record<string, string>> {
  const o: Record<string, Record<string, string>> = {};
  for (const [k, v] of ps) {
    const [grp, key] = split(k);
    (o[grp] ??= {})[key] = v;
  }
  return o;
}

export function userOf(s: Slot): string {
  const b = s.http?.basic;
  if (!b) return "";
  if (b === "*") return s.v;
  if (b.startsWith("@")) return s.co[Number(b.slice(1))]?.[1] ?? "api";
  return b;
}
/** the password half of basic auth */
export function passOf(s: Slot): string {
  return s.http?.basic === "*" ? "" : s.v;
}
/** user:password as sent in basic auth */
export function credOf(s: Slot): string {
  return `${userOf(s)}:${passOf(s)}`;
}

/** final URL the request goes to */
export function urlOf(s: Slot): string {
  const h = s.http;
  if (!h) return "";
  if (h.hook) return s.v;
  let u = h.url.replace("{v}", s.v);
  if (h.q) u += `${u.includes("?") ? "&" : "?"}${h.q}=${s.v}`;
  return u;
}

/** the auth header, if the secret travels in one */
export function authHeader(s: Slot): [string, string] | undefined {
  const h = s.http;
  if (!h || h.hook || h.q || h.url.includes("{v}")) return undefined;
  if (h.basic !== undefined) {
    return ["Authorization", `Basic ${Buffer.from(credOf(s)).toString("base64")}`];
  }
  const name = h.h ?? "Authorization";
  const scheme = h.scheme ?? (h.h ? "" : "Bearer");
  return [name, scheme ? `${scheme}${scheme.endsWith("=") ? "" : " "}${s.v}` : s.v];
}

function methodOf(s: Slot) {
  return s.http?.method ?? (s.http?.hook ? "POST" : s.http?.body ? "POST" : "GET");
}
function bodyOf(g: Gen, s: Slot) {
  if (s.http?.body) return s.http.body;
  if (s.http?.hook) return JSON.stringify({ text: g.pick(["deploy finished", "nightly export done", "build #" + g.range(100, 9999) + " failed"]) });
  return methodOf(s) === "POST" ? "{}" : "";
}
function ctype(body: string) {
  return body.startsWith("{") ? "application/json" : "application/x-www-form-urlencoded";
}
function hostPath(u: string): [string, string] {
  const m = /^https?:\/\/([^/]+)(\/.*)?$/.exec(u);
  return [m?.[1] ?? "localhost", m?.[2] ?? "/"];
}

function curlCmd(g: Gen, s: Slot, multiline = true): string {
  // single quotes, unless the value is a shell expansion meant to be expanded
  const q = (x: string) => (s.v.startsWith("$") && x.includes(s.v) ? `"${x}"` : `'${x}'`);
  const parts: string[] = [`curl -sS${methodOf(s) === "GET" ? "" : ` -X ${methodOf(s)}`} ${q(urlOf(s))}`];
  if (s.http?.basic !== undefined) parts.push(`-u ${q(credOf(s))}`);
  else {
    const ah = authHeader(s);
    if (ah) parts.push(`-H ${q(`${ah[0]}: ${ah[1]}`)}`);
  }
  for (const [k, v] of s.http?.extra ?? []) parts.push(`-H '${k}: ${v}'`);
  const body = bodyOf(g, s);
  if (body) parts.push(`-H 'Content-Type: ${ctype(body)}'`, `-d '${body}'`);
  return parts.join(multiline ? " \\\n  " : " ");
}

function headersObj(s: Slot): Record<string, string> {
  const o: Record<string, string> = { Accept: "application/json" };
  const ah = authHeader(s);
  if (ah) o[ah[0]] = ah[1];
  for (const [k, v] of s.http?.extra ?? []) o[k] = v;
  return o;
}

// ---------------------------------------------------------------------------------------------
// renderers

export type Fam = "shell" | "ci" | "config" | "code" | "http" | "text";

export interface Renderer {
  id: string;
  fam: Fam;
  ok?: (s: Slot) => boolean;
  slot: (s: Slot) => string;
  render: (g: Gen, s: Slot) => string;
}

const needsHttp = (s: Slot) => !!s.http;
const chatModel = (g: Gen) => g.pick(["gpt-4o", "gpt-4.1", "gpt-4o-mini", "o3-mini", "gpt-4.1-mini"]);
const claudeModel = (g: Gen) => g.pick(["claude-sonnet-4-5", "claude-3-7-sonnet-latest", "claude-opus-4-1", "claude-3-5-haiku-latest"]);
const envText = (g: Gen, s: Slot) =>
  pairs(g, s)
    .map(([k, v]) => `${k}=${shq(v)}`)
    .join("\n");

export const RENDERERS: Renderer[] = [
  {
    id: "openai-chat-pasted-env",
    fam: "config",
    slot: (s) => `${s.env} in a .env pasted into a chat-completion user message`,
    render: (g, s) =>
      JSON.stringify({
        model: chatModel(g),
        temperature: 0.2,
        messages: [
          { role: "system", content: "You are a senior software engineer. Answer concisely." },
          { role: "user", content: `${g.say(ASK)}\n\n\`\`\`dotenv\n${envText(g, s)}\n\`\`\`` },
        ],
      }),
  },
  {
    id: "anthropic-messages-compose",
    fam: "config",
    slot: (s) => `${s.env} in docker-compose environment pasted into an Anthropic messages body`,
    render: (g, s) => {
      const svc = g.proj();
      const env = pairs(g, s)
        .map(([k, v]) => `      - ${k}=${v}`)
        .join("\n");
      const compose = `services:\n  ${svc}:\n    image: ghcr.io/acme/${svc}:${g.semver()}\n    restart: unless-stopped\n    environment:\n${env}\n    ports:\n      - "8080:8080"\n  redis:\n    image: redis:7-alpine\n`;
      return JSON.stringify(
        {
          model: claudeModel(g),
          max_tokens: 2048,
          messages: [{ role: "user", content: [{ type: "text", text: `${g.say(ASK)}\n\ndocker-compose.yml:\n\`\`\`yaml\n${compose}\`\`\`` }] }],
        },
        null,
        2,
      );
    },
  },
  {
    id: "anthropic-tool-use-write-env",
    fam: "config",
    slot: (s) => `${s.env} in a .env written by an Anthropic tool_use write_file input`,
    render: (g, s) => {
      const id = `toolu_01${g.a(22)}`;
      return JSON.stringify({
        model: claudeModel(g),
        max_tokens: 4096,
        messages: [
          { role: "user", content: g.say(ASK) },
          {
            role: "assistant",
            content: [
              { type: "text", text: "I'll create the environment file the service expects." },
              { type: "tool_use", id, name: "write_file", input: { path: g.pick([".env.production", "deploy/.env", "config/.env.local", ".env"]), content: `${envText(g, s)}\n` } },
            ],
          },
          { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "File written." }] },
        ],
      });
    },
  },
  {
    id: "openai-tool-calls-shell",
    fam: "shell",
    slot: (s) => `${s.env} exported in an OpenAI tool_calls run_shell command (JSON-escaped arguments)`,
    render: (g, s) => {
      const exports = [...s.co, [s.env, s.v] as [string, string]].map(([k, v]) => `export ${k}=${shq(v)}`).join(" && ");
      const cmd = `${exports} && ${g.pick(["npm run deploy", "python manage.py migrate", "./scripts/smoke.sh", "make release", "go run ./cmd/sync", "poetry run pytest -x"])}`;
      const id = `call_${g.a(24)}`;
      return JSON.stringify({
        model: chatModel(g),
        messages: [
          { role: "user", content: g.say(ASK) },
          { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: cmd, timeout: 120 }) } }] },
          { role: "tool", tool_call_id: id, content: "exit code 0" },
        ],
      });
    },
  },
  {
    id: "openai-tool-calls-write-json",
    fam: "config",
    slot: (s) => `${s.env} in a JSON config written via tool_calls (double-escaped)`,
    render: (g, s) => {
      const cfg = JSON.stringify({ service: g.proj(), ...nested(pairs(g, s)) }, null, 2);
      const id = `call_${g.a(24)}`;
      return JSON.stringify({
        model: chatModel(g),
        messages: [
          { role: "user", content: g.say(ASK) },
          { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "config/production.json", content: cfg }) } }] },
        ],
      });
    },
  },
  {
    id: "mcp-tool-result-cat-env",
    fam: "config",
    slot: (s) => `${s.env} in \`cat .env\` output returned as an MCP tool result`,
    render: (g, s) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: g.range(2, 400),
        result: { content: [{ type: "text", text: `$ cat ${g.pick([".env", "apps/api/.env", "services/worker/.env.local"])}\n${envText(g, s)}\n` }], isError: false },
      }),
  },
  {
    id: "mcp-tools-call-http",
    fam: "http",
    ok: needsHttp,
    slot: (s) => `${s.p} credential in an MCP tools/call http_request (headers/url)`,
    render: (g, s) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: g.range(2, 400),
        method: "tools/call",
        params: { name: "http_request", arguments: { method: methodOf(s), url: urlOf(s), headers: headersObj(s), ...(bodyOf(g, s) ? { body: bodyOf(g, s) } : {}) } },
      }),
  },
  {
    id: "shell-export-script",
    fam: "shell",
    ok: (s) => !s.v.includes("'"),
    slot: (s) => `${s.env} exported in a deploy shell script`,
    render: (g, s) => {
      const ex = pairs(g, s)
        .map(([k, v]) => `export ${k}=${shq(v)}`)
        .join("\n");
      return `#!/usr/bin/env bash\nset -euo pipefail\n\n# ${g.say(COMMENT)}\n${ex}\n\ncd "$(dirname "$0")/.."\n${g.pick(["./bin/migrate && ./bin/serve", "docker compose up -d --build", "npm ci && npm run start:prod", "python -m app.worker --once"])}\n`;
    },
  },
  {
    id: "docker-run-env",
    fam: "shell",
    slot: (s) => `${s.env} passed with docker run -e`,
    render: (g, s) => {
      const svc = g.proj();
      const es = pairs(g, s)
        .map(([k, v]) => `  -e ${k}=${shq(v)} \\`)
        .join("\n");
      return `docker run -d --name ${svc} --restart unless-stopped \\\n  -p ${g.pick(["8080", "3000", "9000"])}:8080 \\\n${es}\n  ghcr.io/acme/${svc}:${g.semver()}`;
    },
  },
  {
    id: "curl-plain",
    fam: "http",
    ok: needsHttp,
    slot: (s) => `${s.p} credential in a curl command (${s.http?.q ? "query " + s.http.q : s.http?.basic !== undefined ? "-u" : s.http?.hook ? "webhook URL" : "header " + (s.http?.h ?? "Authorization")})`,
    render: (g, s) => `${g.say(ASK)}\n\n$ ${curlCmd(g, s)}\n{"error":{"message":"${g.pick(["rate limited", "forbidden", "invalid request"])}"}}`,
  },
  {
    id: "curl-in-bash-tool-use",
    fam: "http",
    ok: needsHttp,
    slot: (s) => `${s.p} credential in curl inside an Anthropic bash tool_use input`,
    render: (g, s) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "Let me check the API response directly." },
          { type: "tool_use", id: `toolu_01${g.a(22)}`, name: "bash", input: { command: curlCmd(g, s, false) + " | jq ." } },
        ],
      }),
  },
  {
    id: "raw-http-request",
    fam: "http",
    ok: needsHttp,
    slot: (s) => `${s.p} credential in a raw HTTP/1.1 request`,
    render: (g, s) => {
      const [host, path] = hostPath(urlOf(s));
      const lines = [`${methodOf(s)} ${path} HTTP/1.1`, `Host: ${host}`, `User-Agent: ${g.pick(["python-httpx/0.27.2", "node-fetch/3.3.2", "Go-http-client/2.0", "okhttp/4.12.0"])}`, "Accept: application/json"];
      const ah = authHeader(s);
      if (ah) lines.push(`${ah[0]}: ${ah[1]}`);
      for (const [k, v] of s.http?.extra ?? []) lines.push(`${k}: ${v}`);
      const body = bodyOf(g, s);
      if (body) lines.push(`Content-Type: ${ctype(body)}`, `Content-Length: ${Buffer.byteLength(body)}`);
      lines.push(`X-Request-Id: ${g.uuid()}`);
      return `${lines.join("\r\n")}\r\n\r\n${body}`;
    },
  },
  {
    id: "urllib3-debug-log-url",
    fam: "http",
    ok: (s) => !!s.http && (!!s.http.q || s.http.url.includes("{v}") || !!s.http.hook),
    slot: (s) => `${s.p} credential carried in the request URL, urllib3 debug log`,
    render: (g, s) => {
      const [host, path] = hostPath(urlOf(s));
      const t = g.iso().replace("T", " ").slice(0, 19);
      return `${t},112 DEBUG urllib3.connectionpool Starting new HTTPS connection (1): ${host}:443\n${t},${g.range(300, 999)} DEBUG urllib3.connectionpool https://${host}:443 "${methodOf(s)} ${path} HTTP/1.1" ${g.pick([200, 200, 401, 429])} ${g.range(80, 9000)}\n${t},${g.range(300, 999)} INFO ${g.proj()}.sync fetched page 1`;
    },
  },
  {
    id: "form-urlencoded-admin",
    fam: "http",
    ok: urlSafe,
    slot: (s) => `${snake(s.env)} field of an x-www-form-urlencoded settings form`,
    render: (g, s) => {
      const fields = [["provider", s.p.split(/[ (]/)[0]!.toLowerCase()], ...s.co.map(([k, v]) => [snake(k), v]), [snake(s.env), s.v], ["enabled", "on"]];
      const body = fields.map(([k, v]) => `${k}=${encodeURIComponent(v!)}`).join("&");
      return `POST /admin/settings/integrations HTTP/1.1\r\nHost: admin.${g.proj()}.internal\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    },
  },
  {
    id: "multipart-env-upload",
    fam: "config",
    slot: (s) => `${s.env} in a .env attached to a multipart/form-data upload`,
    render: (g, s) => {
      const b = `----WebKitFormBoundary${g.a(16)}`;
      return `POST /api/v2/tickets/${g.range(10000, 99999)}/attachments HTTP/1.1\r\nHost: support.${g.pick(["vendorhelp.io", "helpdesk-cloud.com", "tickets.acme-partner.net"])}\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n--${b}\r\nContent-Disposition: form-data; name="comment"\r\n\r\n${g.say(ISSUE)}\r\n--${b}\r\nContent-Disposition: form-data; name="file"; filename=".env"\r\nContent-Type: application/octet-stream\r\n\r\n${envText(g, s)}\r\n--${b}--\r\n`;
    },
  },
  {
    id: "json-config-file",
    fam: "config",
    slot: (s) => `${s.env} as a nested key in config/*.json`,
    render: (g, s) => `// ${g.pick(["config/production.json", "appsettings.Production.json", "settings.json", "config/default.json"])}\n${JSON.stringify({ name: g.proj(), port: 8080, ...nested(pairs(g, s)), logging: { level: "info" } }, null, 2)}`,
  },
  {
    id: "yaml-config-file",
    fam: "config",
    slot: (s) => `${s.env} as a nested key in a YAML config`,
    render: (g, s) => {
      const n = nested(pairs(g, s));
      const body = Object.entries(n)
        .map(([grp, kv]) => `${grp}:\n${Object.entries(kv).map(([k, v]) => `  ${kebab(k.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase()))}: ${yq(v)}`).join("\n")}`)
        .join("\n");
      return `# ${g.pick(["config/application.yml", "config.yaml", "settings/prod.yaml"])}\nserver:\n  port: 8080\n${body}\n`;
    },
  },
  {
    id: "toml-secrets",
    fam: "config",
    slot: (s) => `${snake(s.env)} in a TOML secrets/config file`,
    render: (g, s) => {
      const ps = pairs(g, s);
      const file = g.pick([".streamlit/secrets.toml", "config.toml", "settings.toml"]);
      return `# ${file}\n[app]\nname = "${g.proj()}"\n\n[${g.pick(["secrets", "credentials", "integrations"])}]\n${ps.map(([k, v]) => `${snake(k)} = ${JSON.stringify(v)}`).join("\n")}\n`;
    },
  },
  {
    id: "ini-config",
    fam: "config",
    ok: (s) => !/[;#]/.test(s.v),
    slot: (s) => `${snake(s.env)} in an INI section`,
    render: (g, s) => `; ${g.pick(["settings.ini", "config/app.ini", "deploy.cfg"])}\n[general]\ndebug = false\n\n[${g.pick(["api", "service", "integration", "production"])}]\n${pairs(g, s)
      .map(([k, v]) => `${snake(k)} = ${v}`)
      .join("\n")}\n`,
  },
  {
    id: "java-properties",
    fam: "config",
    ok: (s) => !s.v.includes("\\"),
    slot: (s) => `${s.env} as a dotted key in application.properties`,
    render: (g, s) => {
      const lines = pairs(g, s).map(([k, v]) => {
        const [grp, key] = split(k);
        return `${grp}.${kebab(key.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase()))}=${v}`;
      });
      return `# src/main/resources/application-${g.pick(["prod", "staging", "local"])}.properties\nspring.application.name=${g.proj()}\nserver.port=8080\n${lines.join("\n")}\n`;
    },
  },
  {
    id: "terraform-tfvars",
    fam: "config",
    slot: (s) => `${snake(s.env)} in terraform.tfvars`,
    render: (g, s) => `# terraform.tfvars (${g.say(COMMENT)})\nenvironment = "${g.pick(["prod", "staging"])}"\nregion      = "${g.pick(["eu-west-1", "us-east-1"])}"\n${pairs(g, s)
      .map(([k, v]) => `${snake(k)} = ${JSON.stringify(v)}`)
      .join("\n")}\n`,
  },
  {
    id: "xml-web-config",
    fam: "config",
    slot: (s) => `${pascal(s.env)} appSettings entry in web.config`,
    render: (g, s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${pairs(g, s)
      .map(([k, v]) => `    <add key="${pascal(k)}" value="${xmlEsc(v)}" />`)
      .join("\n")}\n  </appSettings>\n  <system.web>\n    <compilation debug="false" targetFramework="4.8" />\n  </system.web>\n</configuration>`,
  },
  {
    id: "python-module",
    fam: "code",
    slot: (s) => `${s.env} default in a Python module`,
    render: (g, s) => {
      const consts = [...s.co, [s.env, s.v] as [string, string]].map(([k, v]) => `${k} = os.environ.get("${k}", ${JSON.stringify(v)})`).join("\n");
      let use: string;
      const h = s.http;
      if (h) {
        let call: string;
        const m = methodOf(s).toLowerCase();
        if (h.hook) call = `requests.post(${s.env}, json={"text": "job finished"}, timeout=10)`;
        else if (h.basic === "*") call = `requests.${m}(${JSON.stringify(h.url)}, auth=(${s.env}, ""), timeout=10)`;
        else if (h.basic !== undefined) call = `requests.${m}(${JSON.stringify(h.url)}, auth=(${JSON.stringify(userOf(s))}, ${s.env}), timeout=10)`;
        else if (h.q) call = `requests.${m}(${JSON.stringify(h.url)}, params={"${h.q}": ${s.env}}, timeout=10)`;
        else if (h.url.includes("{v}")) call = `requests.${m}(f"${h.url.replace("{v}", "{" + s.env + "}")}", timeout=10)`;
        else {
          const name = h.h ?? "Authorization";
          const scheme = h.scheme ?? (h.h ? "" : "Bearer");
          call = `requests.${m}(${JSON.stringify(h.url)}, headers={"${name}": ${scheme ? `f"${scheme} {${s.env}}"` : s.env}}, timeout=10)`;
        }
        use = `def call() -> dict:\n    r = ${call}\n    r.raise_for_status()\n    return r.json()`;
      } else use = `def settings() -> dict:\n    return {"${snake(s.env)}": ${s.env}}`;
      return `"""${g.proj()}: ${g.pick(["client helpers", "sync job", "settings loader"])}."""\nimport os\n\nimport requests\n\n# ${g.say(COMMENT)}\n${consts}\n\n\n${use}\n`;
    },
  },
  {
    id: "typescript-module",
    fam: "code",
    ok: (s) => !s.v.includes("`") && !s.v.includes("${"),
    slot: (s) => `${s.env} fallback in a TypeScript module`,
    render: (g, s) => {
      const consts = [...s.co, [s.env, s.v] as [string, string]].map(([k, v]) => `const ${k} = process.env.${k} ?? ${JSON.stringify(v)};`).join("\n");
      let use: string;
      const h = s.http;
      if (h) {
        const ref = "${" + s.env + "}";
        let url = "`" + (h.hook ? ref : h.url.replace("{v}", ref) + (h.q ? `${h.url.includes("?") ? "&" : "?"}${h.q}=${ref}` : "")) + "`";
        let hdr = "";
        if (h.basic === "*") hdr = `headers: { Authorization: "Basic " + btoa(\`${ref}:\`) },`;
        else if (h.basic !== undefined) hdr = `headers: { Authorization: "Basic " + btoa(\`${userOf(s)}:${ref}\`) },`;
        else if (!h.hook && !h.q && !h.url.includes("{v}")) {
          const name = h.h ?? "Authorization";
          const scheme = h.scheme ?? (h.h ? "" : "Bearer");
          hdr = `headers: { ${JSON.stringify(name)}: ${scheme ? "`" + scheme + " " + ref + "`" : s.env} },`;
        }
        if (h.hook) url = s.env;
        use = `export async function call() {\n  const res = await fetch(${url}, { method: "${methodOf(s)}", ${hdr} });\n  if (!res.ok) throw new Error(\`HTTP \${res.status}\`);\n  return res.json();\n}`;
      } else use = `export const config = {\n  ${camel(s.env)}: ${s.env},\n};`;
      return `// src/lib/${g.pick(["client", "config", "integrations"])}.ts\n// ${g.say(COMMENT)}\n${consts}\n\n${use}\n`;
    },
  },
  {
    id: "go-config",
    fam: "code",
    ok: (s) => !s.v.includes("`"),
    slot: (s) => `${s.env} default constant in Go`,
    render: (g, s) => {
      const consts = [...s.co, [s.env, s.v] as [string, string]].map(([k, v]) => `\tdefault${pascal(k)} = ${JSON.stringify(v)}`).join("\n");
      return `package config\n\nimport "os"\n\n// ${g.say(COMMENT)}\nconst (\n${consts}\n)\n\nfunc ${pascal(s.env)}() string {\n\tif v := os.Getenv("${s.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${pascal(s.env)}\n}\n`;
    },
  },
  {
    id: "rust-config",
    fam: "code",
    slot: (s) => `${s.env} default &str in Rust`,
    render: (g, s) => {
      const consts = [...s.co, [s.env, s.v] as [string, string]].map(([k, v]) => `const DEFAULT_${k}: &str = ${JSON.stringify(v)};`).join("\n");
      return `use std::env;\n\n// ${g.say(COMMENT)}\n${consts}\n\npub fn ${snake(s.env)}() -> String {\n    env::var("${s.env}").unwrap_or_else(|_| DEFAULT_${s.env}.to_string())\n}\n`;
    },
  },
  {
    id: "java-constants",
    fam: "code",
    slot: (s) => `${s.env} static final String in Java`,
    render: (g, s) => `package com.acme.${g.proj().replace(/-/g, "")}.config;\n\npublic final class Credentials {\n    // ${g.say(COMMENT)}\n${[...s.co, [s.env, s.v] as [string, string]]
      .map(([k, v]) => `    public static final String ${k} = ${JSON.stringify(v)};`)
      .join("\n")}\n\n    private Credentials() {}\n}\n`,
  },
  {
    id: "csharp-settings",
    fam: "code",
    slot: (s) => `${pascal(s.env)} const in C#`,
    render: (g, s) => `namespace Acme.${pascal(g.proj().replace(/-/g, "_"))};\n\npublic static class Settings\n{\n    // ${g.say(COMMENT)}\n${[...s.co, [s.env, s.v] as [string, string]]
      .map(([k, v]) => `    public const string ${pascal(k)} = ${JSON.stringify(v)};`)
      .join("\n")}\n}\n`,
  },
  {
    id: "ruby-initializer",
    fam: "code",
    ok: (s) => !s.v.includes("'"),
    slot: (s) => `${s.env} ENV.fetch default in a Rails initializer`,
    render: (g, s) => `# config/initializers/${snake(s.env.split("_")[0]!)}.rb\n# ${g.say(COMMENT)}\n${[...s.co, [s.env, s.v] as [string, string]]
      .map(([k, v]) => `${k} = ENV.fetch("${k}", '${v}')`)
      .join("\n")}\n\nRails.application.config.x.${snake(s.env.split("_")[0]!)} = { key: ${s.env} }\n`,
  },
  {
    id: "php-config",
    fam: "code",
    ok: (s) => !s.v.includes("'"),
    slot: (s) => `${s.env} env() default in a Laravel config array`,
    render: (g, s) => `<?php\n\n// config/services.php — ${g.say(COMMENT)}\nreturn [\n    '${split(s.env)[0]}' => [\n${[...s.co, [s.env, s.v] as [string, string]]
      .map(([k, v]) => `        '${snake(split(k)[1].replace(/[A-Z]/g, (c) => "_" + c.toLowerCase()))}' => env('${k}', '${v}'),`)
      .join("\n")}\n    ],\n];\n`,
  },
  {
    id: "kotlin-gradle-buildconfig",
    fam: "code",
    ok: noSpecial,
    slot: (s) => `${s.env} buildConfigField in build.gradle.kts`,
    render: (g, s) => `// app/build.gradle.kts\nandroid {\n    namespace = "com.acme.${g.proj().replace(/-/g, "")}"\n    defaultConfig {\n        minSdk = 26\n        // ${g.say(COMMENT)}\n${[...s.co, [s.env, s.v] as [string, string]]
      .map(([k, v]) => `        buildConfigField("String", "${k}", "\\"${v}\\"")`)
      .join("\n")}\n    }\n}\n`,
  },
  {
    id: "swift-secrets-enum",
    fam: "code",
    ok: (s) => !s.v.includes("\\"),
    slot: (s) => `${camel(s.env)} static let in a Swift enum`,
    render: (g, s) => `import Foundation\n\n// ${g.say(COMMENT)}\nenum Secrets {\n${[...s.co, [s.env, s.v] as [string, string]]
      .map(([k, v]) => `    static let ${camel(k)} = ${JSON.stringify(v)}`)
      .join("\n")}\n}\n`,
  },
  {
    id: "dart-env-class",
    fam: "code",
    ok: (s) => !s.v.includes("'"),
    slot: (s) => `${camel(s.env)} const in a Flutter/Dart class`,
    render: (g, s) => `// lib/env.dart\n// ${g.say(COMMENT)}\nclass Env {\n${[...s.co, [s.env, s.v] as [string, string]]
      .map(([k, v]) => `  static const ${camel(k)} = r'${v}';`)
      .join("\n")}\n}\n`,
  },
  {
    id: "github-actions-log",
    fam: "ci",
    slot: (s) => `${s.env} in a GitHub Actions job log (set -x trace and printenv)`,
    render: (g, s) => {
      const t0 = g.epoch() * 1000;
      const ts = (i: number) => new Date(t0 + i * 137).toISOString().replace("Z", "0000Z");
      const ps = pairs(g, s);
      const lines = [
        `##[group]Run ./scripts/${g.pick(["deploy", "release", "smoke"])}.sh`,
        `./scripts/deploy.sh`,
        `shell: /usr/bin/bash -e {0}`,
        `##[endgroup]`,
        `+ source .env.ci`,
        ...ps.map(([k, v]) => `++ ${k}=${v}`),
        `+ printenv`,
        `+ grep -E '^(${ps.map((p) => p[0]).join("|")})='`,
        ...ps.map(([k, v]) => `${k}=${v}`),
        `Error: Process completed with exit code 1.`,
      ];
      return lines.map((l, i) => `${ts(i)} ${l}`).join("\n");
    },
  },
  {
    id: "gitlab-ci-variables",
    fam: "ci",
    slot: (s) => `${s.env} in committed .gitlab-ci.yml variables`,
    render: (g, s) => `# .gitlab-ci.yml\nstages: [test, deploy]\n\nvariables:\n${pairs(g, s)
      .map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`)
      .join("\n")}\n\ndeploy:\n  stage: deploy\n  image: ${g.pick(["node:20", "python:3.12", "alpine:3.20"])}\n  script:\n    - ./scripts/deploy.sh\n  only:\n    - main\n`,
  },
  {
    id: "github-actions-workflow",
    fam: "ci",
    slot: (s) => `${s.env} hardcoded in a GitHub Actions workflow env block`,
    render: (g, s) => `# .github/workflows/${g.pick(["deploy", "nightly", "release"])}.yml\nname: ${g.pick(["deploy", "nightly", "release"])}\non:\n  push:\n    branches: [main]\njobs:\n  run:\n    runs-on: ubuntu-latest\n    env:\n${pairs(g, s)
      .map(([k, v]) => `      ${k}: ${yq(v)}`)
      .join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make ${g.pick(["deploy", "export", "test"])}\n`,
  },
  {
    id: "zsh-history",
    fam: "shell",
    slot: (s) => `${s.env} in ~/.zsh_history`,
    render: (g, s) => {
      let t = g.epoch();
      const cmds = [
        `cd ~/src/${g.proj()}`,
        "git pull --rebase",
        ...s.co.map(([k, v]) => `export ${k}=${shq(v)}`),
        `export ${s.env}=${shq(s.v)}`,
        g.pick(["npm run dev", "make run", "python -m app", "go run ."]),
        "history | tail -20",
      ];
      return cmds.map((c) => `: ${(t += g.range(3, 90))}:0;${c}`).join("\n");
    },
  },
  {
    id: "python-traceback-locals",
    fam: "text",
    slot: (s) => `${snake(s.env)} local in a Python crash report`,
    render: (g, s) => {
      const file = `/srv/${g.proj()}/app/${g.pick(["tasks", "sync", "clients", "jobs"])}.py`;
      const loc = [...s.co, [s.env, s.v] as [string, string]].map(([k, v]) => `    ${snake(k)} = ${JSON.stringify(v)}`).join("\n");
      return `${g.say(ASK)}\n\nTraceback (most recent call last):\n  File "${file}", line ${g.range(40, 300)}, in run\n    resp = client.request(method, url, timeout=timeout)\n  File "/usr/local/lib/python3.12/site-packages/httpx/_client.py", line 827, in request\n    return self.send(request, auth=auth, follow_redirects=follow_redirects)\nhttpx.HTTPStatusError: Client error '${g.pick(["401 Unauthorized", "403 Forbidden"])}'\n\nLocal variables in frame run:\n${loc}\n    timeout = 30\n    method = 'POST'\n    attempt = ${g.range(1, 5)}`;
    },
  },
  {
    id: "node-axios-error",
    fam: "text",
    ok: needsHttp,
    slot: (s) => `${s.p} credential in an axios error dump (config.headers / url)`,
    render: (g, s) => {
      const ah = authHeader(s);
      const hdr = ah ? `\n      '${ah[0]}': '${ah[1]}',` : "";
      const auth = s.http?.basic !== undefined ? `\n    auth: { username: '${userOf(s)}', password: '${passOf(s)}' },` : "";
      return `AxiosError: Request failed with status code ${g.pick([401, 403, 500, 502])}\n    at settle (/app/node_modules/axios/dist/node/axios.cjs:2019:12)\n    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3135:11)\n    at async ${camel(g.proj().replace(/-/g, "_"))} (/app/dist/jobs/sync.js:${g.range(10, 200)}:17) {\n  code: 'ERR_BAD_REQUEST',\n  config: {\n    method: '${methodOf(s).toLowerCase()}',\n    url: '${urlOf(s)}',${auth}\n    headers: Object [AxiosHeaders] {\n      Accept: 'application/json, text/plain, */*',${hdr}\n      'User-Agent': 'axios/1.7.7'\n    },\n    timeout: 10000\n  }\n}`;
    },
  },
  {
    id: "jupyter-notebook",
    fam: "code",
    slot: (s) => `${s.env} set via os.environ in a Jupyter notebook cell`,
    render: (g, s) => {
      const src = ["import os\n", ...[...s.co, [s.env, s.v] as [string, string]].map(([k, v]) => `os.environ[${JSON.stringify(k)}] = ${JSON.stringify(v)}\n`), "\n", `df = load_${g.pick(["events", "orders", "features", "embeddings"])}(limit=10_000)\n`, "df.head()"];
      return JSON.stringify(
        {
          cells: [
            { cell_type: "markdown", metadata: {}, source: [`# ${g.pick(["Exploration", "Feature check", "Eval run", "Backfill"])}\n`] },
            { cell_type: "code", execution_count: g.range(1, 40), metadata: {}, outputs: [], source: src },
          ],
          metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } },
          nbformat: 4,
          nbformat_minor: 5,
        },
        null,
        1,
      );
    },
  },
  {
    id: "unified-diff",
    fam: "code",
    slot: (s) => `${s.env} added in a unified diff`,
    render: (g, s) => {
      const f = g.pick(["config/settings.py", "src/config.ts", "deploy/values.env", "app/config.rb"]);
      const add = [...s.co, [s.env, s.v] as [string, string]].map(([k, v]) => (f.endsWith(".env") ? `+${k}=${v}` : `+${k} = ${JSON.stringify(v)}`));
      return `${g.say(COMMIT)}\n\ndiff --git a/${f} b/${f}\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/${f}\n+++ b/${f}\n@@ -${g.range(3, 40)},6 +${g.range(3, 40)},${6 + add.length} @@\n TIMEOUT = 30\n RETRIES = 3\n-# credentials come from the environment\n+# ${g.say(COMMENT)}\n${add.join("\n")}\n LOG_LEVEL = "info"\n`;
    },
  },
  {
    id: "slack-post-handover",
    fam: "text",
    slot: (s) => `${s.env} in a chat hand-over message (chat.postMessage body)`,
    render: (g, s) =>
      JSON.stringify({
        channel: `C0${g.up(9)}`,
        text: `${g.say(HANDOVER)}\n\`\`\`\n${[...s.co, [s.env, s.v] as [string, string]].map(([k, v]) => `${k}=${v}`).join("\n")}\n\`\`\``,
        unfurl_links: false,
      }),
  },
  {
    id: "k8s-secret-stringdata",
    fam: "config",
    slot: (s) => `${s.env} in a Kubernetes Secret stringData`,
    render: (g, s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${g.proj()}-env\n  namespace: ${g.pick(["prod", "default", "apps", "staging"])}\ntype: Opaque\nstringData:\n${[...s.co, [s.env, s.v] as [string, string]]
      .map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`)
      .join("\n")}\n`,
  },
  {
    id: "dockerfile-env",
    fam: "config",
    ok: noSpecial,
    slot: (s) => `${s.env} baked in with Dockerfile ENV`,
    render: (g, s) => `FROM ${g.pick(["python:3.12-slim", "node:20-alpine", "golang:1.23 AS build", "eclipse-temurin:21-jre"])}\nWORKDIR /app\nCOPY . .\n# ${g.say(COMMENT)}\n${pairs(g, s)
      .map(([k, v]) => `ENV ${k}=${v}`)
      .join("\n")}\nEXPOSE 8080\nCMD ["./start.sh"]\n`,
  },
  {
    id: "sql-seed-insert",
    fam: "config",
    ok: (s) => !s.v.includes("'"),
    slot: (s) => `${s.env} value in a SQL seed INSERT`,
    render: (g, s) => `-- db/seeds/${g.range(1, 40).toString().padStart(3, "0")}_integrations.sql\nINSERT INTO integration_credentials (tenant_id, provider, name, secret_value, created_at)\nVALUES\n${[...s.co, [s.env, s.v] as [string, string]]
      .map(([k, v]) => `  (${g.range(1, 99)}, '${s.p.split(/[ (]/)[0]!.toLowerCase()}', '${k}', '${v}', now())`)
      .join(",\n")};\n`,
  },
  {
    id: "markdown-readme",
    fam: "text",
    slot: (s) => `${s.env} in a README configuration section`,
    render: (g, s) => `# ${g.proj()}\n\n## ${g.pick(["Configuration", "Setup", "Local development", "Konfiguration", "Configuración"])}\n\n${g.say(DOC)}\n\n| Variable | Value |\n|---|---|\n${pairs(g, s)
      .map(([k, v]) => `| \`${k}\` | \`${v}\` |`)
      .join("\n")}\n\nThen run \`make dev\`.\n`,
  },
  {
    id: "systemd-unit",
    fam: "config",
    ok: noSpecial,
    slot: (s) => `${s.env} in a systemd unit Environment=`,
    render: (g, s) => {
      const p = g.proj();
      return `# /etc/systemd/system/${p}.service\n[Unit]\nDescription=${p}\nAfter=network-online.target\n\n[Service]\nUser=${p.replace(/-/g, "")}\n${pairs(g, s)
        .map(([k, v]) => `Environment="${k}=${v}"`)
        .join("\n")}\nExecStart=/opt/${p}/bin/${p} --config /etc/${p}/config.yml\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n`;
    },
  },
  {
    id: "har-entry",
    fam: "http",
    ok: needsHttp,
    slot: (s) => `${s.p} credential in a HAR request entry`,
    render: (g, s) => {
      const h = headersObj(s);
      return JSON.stringify(
        {
          log: {
            version: "1.2",
            creator: { name: "WebInspector", version: "537.36" },
            entries: [
              {
                startedDateTime: g.iso(),
                time: g.range(40, 900),
                request: { method: methodOf(s), url: urlOf(s), httpVersion: "HTTP/2", headers: Object.entries(h).map(([name, value]) => ({ name, value })), queryString: [], cookies: [], headersSize: -1, bodySize: 0 },
                response: { status: g.pick([200, 401, 403]), statusText: "", httpVersion: "HTTP/2", headers: [{ name: "x-request-id", value: g.uuid() }], cookies: [], content: { size: 0, mimeType: "application/json" }, redirectURL: "", headersSize: -1, bodySize: -1 },
                cache: {},
                timings: { send: 0, wait: g.range(30, 800), receive: 1 },
              },
            ],
          },
        },
        null,
        2,
      );
    },
  },
  {
    id: "json-log-config-dump",
    fam: "text",
    slot: (s) => `${s.env} in a structured log line dumping the effective config`,
    render: (g, s) =>
      JSON.stringify({
        ts: g.iso(),
        level: "debug",
        logger: `${g.proj()}.config`,
        msg: "effective configuration",
        trace_id: g.h(32),
        config: nested(pairs(g, s)),
      }),
  },
  {
    id: "helm-values",
    fam: "config",
    slot: (s) => `${s.env} as a Helm values env entry`,
    render: (g, s) => {
      const p = g.proj();
      return `# charts/${p}/values-prod.yaml\nreplicaCount: ${g.range(2, 6)}\nimage:\n  repository: ghcr.io/acme/${p}\n  tag: "${g.semver()}"\nenv:\n${pairs(g, s)
        .map(([k, v]) => `  - name: ${k}\n    value: ${JSON.stringify(v)}`)
        .join("\n")}\nresources:\n  limits:\n    memory: 512Mi\n`;
    },
  },
  {
    id: "powershell-profile",
    fam: "shell",
    ok: (s) => !/['$]/.test(s.v),
    slot: (s) => `${s.env} set with $env: in a PowerShell script`,
    render: (g, s) => `# setup-dev.ps1\n# ${g.say(COMMENT)}\n${pairs(g, s)
      .map(([k, v]) => `$env:${k} = '${v}'`)
      .join("\n")}\nSet-Location C:\\src\\${g.proj()}\ndotnet run --project src/Api\n`,
  },
  {
    id: "github-issue-api-body",
    fam: "text",
    slot: (s) => `${s.env} in a GitHub issue body created through the REST API`,
    render: (g, s) =>
      JSON.stringify({
        title: g.pick(["Sync job fails with 401", "Worker crashes on startup", "Export broken after upgrade", "Webhook never fires"]),
        body: `${g.say(ISSUE)}\n\n\`\`\`env\n${envText(g, s)}\n\`\`\`\n\nVersion: ${g.semver()}`,
        labels: ["bug"],
      }),
  },
  {
    id: "terraform-plan-output",
    fam: "text",
    slot: (s) => `${s.env} in terraform plan output (lambda environment variables)`,
    render: (g, s) => {
      const p = g.proj();
      return `Terraform will perform the following actions:\n\n  # aws_lambda_function.${p.replace(/-/g, "_")} will be updated in-place\n  ~ resource "aws_lambda_function" "${p.replace(/-/g, "_")}" {\n        id            = "${p}"\n        runtime       = "python3.12"\n      ~ environment {\n          ~ variables = {\n${[...s.co, [s.env, s.v] as [string, string]]
        .map(([k, v]) => `              + "${k}" = "${v}"`)
        .join("\n")}\n                "LOG_LEVEL" = "info"\n            }\n        }\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`;
    },
  },
];

// ---------------------------------------------------------------------------------------------
// case builders

/** all the forms a secret may take once rendered (for the presence check) */
function variants(s: Slot): string[] {
  const j = JSON.stringify(s.v).slice(1, -1);
  const out = [s.v, j, JSON.stringify(j).slice(1, -1), xmlEsc(s.v), encodeURIComponent(s.v)];
  if (s.http?.basic !== undefined) out.push(Buffer.from(credOf(s)).toString("base64"));
  if (s.http?.hook) out.push(hostPath(s.v)[1]);
  return out;
}

export function pad(n: number) {
  return String(n).padStart(3, "0");
}

/** least-used acceptable renderer, ties in round-robin order from the cursor */
export function rotate(specs: { ok: (r: Renderer) => boolean }[], start = 0): Renderer[] {
  const used = new Map<string, number>(RENDERERS.map((r) => [r.id, 0]));
  let cur = start;
  const out: Renderer[] = [];
  for (const sp of specs) {
    let best: Renderer | undefined;
    let bestIdx = 0;
    for (let k = 0; k < RENDERERS.length; k++) {
      const idx = (cur + k) % RENDERERS.length;
      const r = RENDERERS[idx]!;
      if (!sp.ok(r)) continue;
      if (!best || used.get(r.id)! < used.get(best.id)!) {
        best = r;
        bestIdx = idx;
      }
    }
    if (!best) throw new Error("no renderer accepts a spec");
    used.set(best.id, used.get(best.id)! + 1);
    cur = (bestIdx + 1) % RENDERERS.length;
    out.push(best);
  }
  return out;
}

export function buildPositives(idPrefix: string, specs: Spec[], seed: number, start = 0): CorpusCase[] {
  const g = new Gen(seed);
  const slots: Slot[] = specs.map((sp) => ({ p: sp.p, env: sp.env, v: sp.v(g), co: sp.co?.(g) ?? [], http: sp.http }));
  const rs = rotate(
    slots.map((s) => ({ ok: (r: Renderer) => !r.ok || r.ok(s) })),
    start,
  );
  return slots.map((s, i) => {
    const r = rs[i]!;
    const text = r.render(g, s);
    if (!variants(s).some((x) => text.includes(x))) throw new Error(`${idPrefix}-${pad(i + 1)}: secret missing from ${r.id}`);
    return {
      id: `${idPrefix}-${pad(i + 1)}`,
      kind: "secrets",
      category: CAT(specs[i]!.cat),
      label: "positive",
      text,
      note: `${s.p}; ${r.slot(s)}; context ${r.id}`,
    };
  });
}

// helpers for specs
export const B = (url: string, extra?: [string, string][]): Http => ({ url, ...(extra ? { extra } : {}) });
export const Hd = (h: string, url: string, scheme = "", extra?: [string, string][]): Http => ({ url, h, scheme, ...(extra ? { extra } : {}) });
export const Q = (q: string, url: string): Http => ({ url, q });
export const BA = (basic: string, url: string, method?: string): Http => ({ url, basic, ...(method ? { method } : {}) });
export const HOOK: Http = { url: "", hook: true };
export const POST = (h: Http, body = "{}"): Http => ({ ...h, method: "POST", body });
