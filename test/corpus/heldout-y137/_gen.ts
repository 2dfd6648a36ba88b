// heldout-y137: shared builders and context renderers. Skipped by the loader (leading "_").
// Every credential-shaped value is assembled at run time from a seeded PRNG (one fixed seed per
// case file), so the repository holds no literal credential and every load is byte-identical.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LOW = "abcdefghijklmnopqrstuvwxyz";
const DIG = "0123456789";
const AL = UP + LOW + DIG;

export type Group =
  | "ai"
  | "auth"
  | "cloud"
  | "comms"
  | "data"
  | "devtools"
  | "keys"
  | "observability"
  | "payment"
  | "saas";

const WORDS = [
  "amber", "anchor", "basil", "beacon", "birch", "cobalt", "comet", "copper", "delta", "ember",
  "falcon", "fjord", "garnet", "glacier", "harbor", "hazel", "indigo", "juniper", "kestrel", "lantern",
  "linen", "maple", "meadow", "nectar", "nimbus", "onyx", "orchid", "pepper", "quartz", "raven",
  "saffron", "sierra", "tundra", "umber", "velvet", "willow", "yarrow", "zephyr",
];

// A subset of the BIP-39 English list (for the seed-phrase case).
export const BIP39 = [
  "abandon", "ability", "absorb", "access", "acoustic", "action", "adapt", "advice", "afford", "agent",
  "alarm", "album", "almost", "anchor", "angle", "animal", "antique", "apple", "arena", "armor",
  "arrow", "artist", "assume", "attract", "auction", "average", "awake", "bacon", "balance", "bamboo",
  "banner", "barrel", "basket", "battle", "beauty", "become", "bench", "bicycle", "blanket", "blossom",
  "bounce", "bracket", "bridge", "bronze", "bubble", "cabin", "cactus", "camera", "canal", "canvas",
  "carbon", "castle", "cattle", "cement", "chalk", "cherry", "chimney", "circle", "citizen", "clever",
  "cluster", "coconut", "correct", "cradle", "crystal", "cushion", "damage", "dawn", "debris", "desert",
  "dolphin", "donkey", "dragon", "eagle", "eternal", "fabric", "fiction", "flavor", "fossil", "galaxy",
];

/** Seeded stream with credential-body builders. */
export class Gen extends SeededRng {
  a(n: number): string { return this.str(n, AL); }
  h(n: number): string { return this.str(n, "0123456789abcdef"); }
  H(n: number): string { return this.str(n, "0123456789ABCDEF"); }
  d(n: number): string { return this.str(n, DIG); }
  lo(n: number): string { return this.str(n, LOW + DIG); }
  up(n: number): string { return this.str(n, UP + DIG); }
  L(n: number): string { return this.str(n, UP + LOW); }
  l(n: number): string { return this.str(n, LOW); }
  b64(n: number): string { return this.str(n, AL + "+/"); }
  b64u(n: number): string { return this.str(n, AL + "-_"); }
  b32(n: number): string { return this.str(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"); }
  bech(n: number): string { return this.str(n, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"); }
  /** Standard base64 of n random bytes (with padding). */
  bb(n: number): string { return Buffer.from(this.bytes(n)).toString("base64"); }
  uuid(): string {
    return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`;
  }
  /** A human-made password: words, digits, a symbol, or a random run. */
  pw(): string {
    if (this.int(2) === 0) {
      const w1 = this.pick(WORDS), w2 = this.pick(WORDS);
      return `${w1[0]!.toUpperCase()}${w1.slice(1)}-${w2}-${this.d(2)}${this.pick(["!", "%", "*", "@", "^"])}${this.a(4)}`;
    }
    return this.str(this.range(16, 24), AL + "!%*^-_=+.");
  }
  /** URL-safe password (for DSNs). */
  upw(): string { return this.str(this.range(18, 28), AL + "-_."); }
  word(): string { return this.pick(WORDS); }
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const sigLen = alg.startsWith("RS") || alg.startsWith("ES") ? (alg.startsWith("RS") ? 342 : 86) : 43;
    return `${enc({ alg, typ: "JWT" })}.${enc(payload)}.${this.b64u(sigLen)}`;
  }
  ts(): number { return 1718000000 + this.int(20000000); }
}

export function wrap(s: string, n = 64): string {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
  return out.join("\n");
}

export function pem(label: string, der: Uint8Array): string {
  return `-----BEGIN ${label}-----\n${wrap(Buffer.from(der).toString("base64"))}\n-----END ${label}-----`;
}

function cat(...parts: (number[] | Uint8Array)[]): Uint8Array {
  const n = parts.reduce((a, p) => a + p.length, 0);
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) { out.set(p, o); o += p.length; }
  return out;
}
function u32(n: number): number[] { return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]; }
function sshStr(b: Uint8Array | string): Uint8Array {
  const bytes = typeof b === "string" ? new TextEncoder().encode(b) : b;
  return cat(u32(bytes.length), bytes);
}

/** Key material built from DER/SSH prefixes + random bodies. */
export const keys = {
  rsaPkcs1: (g: Gen) => pem("RSA PRIVATE KEY", cat([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], g.bytes(1180))),
  rsaPkcs8: (g: Gen) => pem("PRIVATE KEY", cat([0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa8, 0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], g.bytes(1168))),
  ecSec1: (g: Gen) => pem("EC PRIVATE KEY", cat([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20], g.bytes(32), [0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04], g.bytes(64))),
  ecPkcs8: (g: Gen) => pem("PRIVATE KEY", cat([0x30, 0x81, 0x87, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x04, 0x6d, 0x30, 0x6b, 0x02, 0x01, 0x01, 0x04, 0x20], g.bytes(32), [0xa1, 0x44, 0x03, 0x42, 0x00, 0x04], g.bytes(64))),
  ed25519Pkcs8: (g: Gen) => pem("PRIVATE KEY", cat([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20], g.bytes(32))),
  openssh: (g: Gen, comment: string) => {
    const pub = g.bytes(32);
    const pubBlob = cat(sshStr("ssh-ed25519"), sshStr(pub));
    const check = g.bytes(4);
    let priv = cat(check, check, sshStr("ssh-ed25519"), sshStr(pub), sshStr(cat(g.bytes(32), pub)), sshStr(comment));
    const pad: number[] = [];
    for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
    priv = cat(priv, pad);
    const body = cat(new TextEncoder().encode("openssh-key-v1\0"), sshStr("none"), sshStr("none"), sshStr(""), u32(1), sshStr(pubBlob), sshStr(priv));
    return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(Buffer.from(body).toString("base64"), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
  },
  sshEd25519Pub: (g: Gen, comment: string) =>
    `ssh-ed25519 ${Buffer.from(cat(sshStr("ssh-ed25519"), sshStr(g.bytes(32)))).toString("base64")} ${comment}`,
  sshRsaPub: (g: Gen, comment: string) =>
    `ssh-rsa ${Buffer.from(cat(sshStr("ssh-rsa"), sshStr(new Uint8Array([1, 0, 1])), sshStr(cat([0], g.bytes(256))))).toString("base64")} ${comment}`,
  spkiRsa: (g: Gen) => pem("PUBLIC KEY", cat([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00, 0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01, 0x00], g.bytes(256), [0x02, 0x03, 0x01, 0x00, 0x01])),
  spkiEc: (g: Gen) => pem("PUBLIC KEY", cat([0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x03, 0x42, 0x00, 0x04], g.bytes(64))),
  cert: (g: Gen) => pem("CERTIFICATE", cat([0x30, 0x82, 0x03, 0x6b, 0x30, 0x82, 0x02, 0x53, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x14], g.bytes(20), [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b, 0x05, 0x00], g.bytes(840))),
};

// ---------------------------------------------------------------------------------------------
// Languages for prose (a quarter of the prose is not English).

export type Lang = "en" | "es" | "fr" | "de" | "pt" | "it" | "nl" | "pl" | "ru" | "ja" | "zh" | "ko" | "tr";
export const NON_EN: Lang[] = ["es", "fr", "de", "pt", "ja", "zh", "ru", "it", "ko", "nl", "pl", "tr"];

type Phrases = { fix: string; deploy: string; hand: string; review: string; note: string; info: string };
const PH: Record<Lang, Phrases> = {
  en: { fix: "This config crashes on startup, can you see why?", deploy: "Please deploy the service with these settings.", hand: "Here is the {p} credential you asked for, use it for the staging job:", review: "Review this change before I merge it.", note: "Runbook: rotating the {p} integration", info: "Here are the {p} build details you asked about:" },
  es: { fix: "Esta configuración falla al arrancar, ¿puedes ver por qué?", deploy: "Por favor despliega el servicio con esta configuración.", hand: "Aquí tienes la credencial de {p} que pediste, úsala para el job de staging:", review: "Revisa este cambio antes de que lo fusione.", note: "Guía: cómo rotar la integración de {p}", info: "Estos son los datos de compilación de {p} que preguntaste:" },
  fr: { fix: "Cette configuration plante au démarrage, tu vois pourquoi ?", deploy: "Merci de déployer le service avec ces paramètres.", hand: "Voici l'identifiant {p} que tu as demandé, utilise-le pour le job de staging :", review: "Relis ce changement avant que je le fusionne.", note: "Procédure : rotation de l'intégration {p}", info: "Voici les infos de build {p} que tu voulais :" },
  de: { fix: "Diese Konfiguration stürzt beim Start ab, siehst du warum?", deploy: "Bitte deploye den Dienst mit diesen Einstellungen.", hand: "Hier ist der {p}-Zugang, den du wolltest, nimm ihn für den Staging-Job:", review: "Schau dir diese Änderung an, bevor ich sie merge.", note: "Runbook: {p}-Integration rotieren", info: "Hier die {p}-Build-Infos, nach denen du gefragt hast:" },
  pt: { fix: "Essa configuração quebra na inicialização, consegue ver por quê?", deploy: "Por favor, faça o deploy do serviço com essas configurações.", hand: "Aqui está a credencial do {p} que você pediu, use no job de staging:", review: "Revise essa mudança antes de eu fazer o merge.", note: "Runbook: como rotacionar a integração {p}", info: "Seguem os dados de build do {p} que você pediu:" },
  it: { fix: "Questa configurazione va in crash all'avvio, capisci perché?", deploy: "Per favore fai il deploy del servizio con queste impostazioni.", hand: "Ecco la credenziale {p} che mi hai chiesto, usala per il job di staging:", review: "Controlla questa modifica prima che la unisca.", note: "Runbook: come ruotare l'integrazione {p}", info: "Ecco i dettagli di build {p} che chiedevi:" },
  nl: { fix: "Deze config crasht bij het opstarten, zie jij waarom?", deploy: "Deploy de service alsjeblieft met deze instellingen.", hand: "Hier is de {p}-sleutel waar je om vroeg, gebruik hem voor de staging-job:", review: "Bekijk deze wijziging voordat ik merge.", note: "Runbook: de {p}-integratie roteren", info: "Hier zijn de {p}-buildgegevens waar je naar vroeg:" },
  pl: { fix: "Ta konfiguracja wywala się przy starcie, widzisz dlaczego?", deploy: "Wdróż proszę usługę z tymi ustawieniami.", hand: "Oto dane dostępowe {p}, o które prosiłeś, użyj ich w jobie stagingowym:", review: "Przejrzyj tę zmianę, zanim ją zmerguję.", note: "Runbook: jak zrotować integrację {p}", info: "Oto dane buildu {p}, o które pytałeś:" },
  ru: { fix: "Этот конфиг падает при запуске, посмотришь почему?", deploy: "Пожалуйста, задеплой сервис с этими настройками.", hand: "Вот доступ к {p}, который ты просил, используй его для staging-джобы:", review: "Посмотри это изменение перед мержем.", note: "Runbook: как ротировать интеграцию {p}", info: "Вот данные сборки {p}, о которых ты спрашивал:" },
  ja: { fix: "この設定だと起動時に落ちます。原因わかりますか？", deploy: "この設定でサービスをデプロイしてください。", hand: "頼まれていた{p}の認証情報です。stagingジョブで使ってください：", review: "マージする前にこの変更をレビューしてください。", note: "手順書：{p}連携のローテーション", info: "聞かれていた{p}のビルド情報です：" },
  zh: { fix: "这个配置启动时就崩溃了，能看看为什么吗？", deploy: "请用这些配置部署服务。", hand: "这是你要的{p}凭据，用在 staging 任务里：", review: "合并之前帮我审一下这个改动。", note: "操作手册：如何轮换 {p} 集成", info: "这是你问的 {p} 构建信息：" },
  ko: { fix: "이 설정으로 시작하면 크래시가 나요. 원인 좀 봐줄래요?", deploy: "이 설정으로 서비스를 배포해 주세요.", hand: "요청하신 {p} 자격 증명입니다. 스테이징 작업에 쓰세요:", review: "머지하기 전에 이 변경 사항 검토 부탁해요.", note: "런북: {p} 연동 교체 방법", info: "물어보신 {p} 빌드 정보입니다:" },
  tr: { fix: "Bu yapılandırma açılışta çöküyor, nedenini görebilir misin?", deploy: "Lütfen servisi bu ayarlarla deploy et.", hand: "İstediğin {p} kimlik bilgisi burada, staging işinde kullan:", review: "Merge etmeden önce bu değişikliği incele.", note: "Runbook: {p} entegrasyonunu döndürme", info: "Sorduğun {p} build bilgileri burada:" },
};
export function phrase(lang: Lang, key: keyof Phrases, p: string): string {
  return PH[lang][key].replace("{p}", p);
}

// ---------------------------------------------------------------------------------------------
// Specs and renderers.

export interface Spec {
  group: Group;
  /** Provider and credential, for the note. */
  p: string;
  /** Env-var style slot name; renderers derive snake/camel/dotted forms. */
  k: string;
  v: (g: Gen) => string;
  /** Header name (value appended) or full header line builder; default Authorization: Bearer. */
  hdr?: string | ((v: string) => string);
  /** Query/form parameter name; default the lower-case slot. */
  q?: string;
  /** Companion (non-secret or secret) pairs rendered before the main slot. */
  extra?: (g: Gen) => [string, string][];
  /** Value is a URL / connection string. */
  url?: boolean;
  /** For url values: a command line using it. */
  cmd?: (v: string) => string;
  /** Short slug for hosts and ids. */
  slug?: string;
}

export function S(group: Group, p: string, k: string, v: (g: Gen) => string, o: Partial<Spec> = {}): Spec {
  return { group, p, k, v, ...o };
}

export interface Ctx {
  g: Gen;
  s: Spec;
  v: string;
  lang: Lang;
  benign: boolean;
  host: string;
  pairs: [string, string][];
  fill: [string, string][];
}

export const snake = (k: string) => k.toLowerCase();
export const camel = (k: string) => k.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
export const kebab = (k: string) => k.toLowerCase().replace(/_/g, "-");
export const dotted = (k: string) => {
  const parts = k.toLowerCase().split("_");
  return parts.length > 1 ? `${parts[0]}.${parts.slice(1).join("-")}` : parts[0]!;
};
const pascal = (k: string) => camel(k).replace(/^./, (c) => c.toUpperCase());

function hdrLine(c: Ctx): string {
  const h = c.s.hdr;
  if (typeof h === "function") return h(c.v);
  if (typeof h === "string") return `${h}: ${c.v}`;
  return `Authorization: Bearer ${c.v}`;
}
function hdrPair(c: Ctx): [string, string] {
  const line = hdrLine(c);
  const i = line.indexOf(": ");
  return [line.slice(0, i), line.slice(i + 2)];
}
const qn = (c: Ctx) => c.s.q ?? snake(c.s.k);
function env(c: Ctx, withFill = true): string {
  const rows = withFill ? [...c.fill.slice(0, 2), ...c.pairs, ...c.fill.slice(2)] : c.pairs;
  return rows.map(([k, v]) => `${k}=${v}`).join("\n");
}
function slug(c: Ctx): string {
  return c.s.slug ?? c.s.p.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").split("-")[0]!;
}

const FILL: [string, string][] = [
  ["NODE_ENV", "production"], ["PORT", "8080"], ["LOG_LEVEL", "info"], ["APP_NAME", "orders-api"],
  ["AWS_REGION", "eu-west-1"], ["FEATURE_CHECKOUT_V2", "true"], ["TZ", "UTC"], ["CACHE_TTL", "300"],
  ["WORKER_CONCURRENCY", "4"], ["PUBLIC_URL", "https://app.example.com"], ["SENTRY_ENVIRONMENT", "staging"],
  ["HTTP_TIMEOUT_MS", "15000"], ["DB_POOL_SIZE", "10"], ["OTEL_SERVICE_NAME", "billing-worker"],
];

export interface Renderer { name: string; prose?: boolean; fn: (c: Ctx) => string }

const models = ["gpt-4o", "gpt-4.1-mini", "o4-mini", "gpt-4o-mini"];
const claude = ["claude-sonnet-4-20250514", "claude-3-7-sonnet-20250219", "claude-opus-4-20250514", "claude-3-5-haiku-20241022"];

export const RENDERERS: Renderer[] = [
  { name: "openai chat body, pasted .env", prose: true, fn: (c) => JSON.stringify({
    model: c.g.pick(models),
    messages: [
      { role: "system", content: "You are a senior backend engineer helping with deployment issues." },
      { role: "user", content: `${phrase(c.lang, c.benign ? "info" : "fix", c.s.p)}\n\n\`\`\`\n# .env.production\n${env(c)}\n\`\`\`` },
    ],
    temperature: 0.2,
  }) },
  { name: "anthropic messages body, pasted docker-compose", prose: true, fn: (c) => JSON.stringify({
    model: c.g.pick(claude),
    max_tokens: 2048,
    messages: [{ role: "user", content: `${phrase(c.lang, c.benign ? "info" : "fix", c.s.p)}\n\ndocker-compose.yml:\n\`\`\`yaml\nservices:\n  api:\n    image: ghcr.io/acme/${slug(c)}-api:1.${c.g.int(30)}.${c.g.int(10)}\n    ports:\n      - "8080:8080"\n    environment:\n${[...c.fill.slice(0, 2), ...c.pairs].map(([k, v]) => `      ${k}: "${v}"`).join("\n")}\n  redis:\n    image: redis:7-alpine\n\`\`\`` }],
  }) },
  { name: "anthropic tool_use write_file (.env in conversation)", fn: (c) => JSON.stringify({
    model: c.g.pick(claude),
    max_tokens: 4096,
    messages: [
      { role: "user", content: `Set up the ${c.s.p} integration for the worker.` },
      { role: "assistant", content: [
        { type: "text", text: "I'll write the environment file for the worker." },
        { type: "tool_use", id: `toolu_01${c.g.a(22)}`, name: "write_file", input: { path: "services/worker/.env", content: `${env(c)}\n` } },
      ] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: `toolu_01${c.g.a(22)}`, content: "File written (6 lines)." }] },
    ],
  }) },
  { name: "openai tool_calls run_shell arguments", fn: (c) => JSON.stringify({
    model: c.g.pick(models),
    messages: [
      { role: "user", content: "run the smoke test against staging" },
      { role: "assistant", content: null, tool_calls: [{ id: `call_${c.g.a(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${c.pairs.map(([k, v]) => `export ${k}='${v}'`).join(" && ")} && npm run smoke -- --env staging`, timeout: 120 }) } }] },
      { role: "tool", tool_call_id: `call_${c.g.a(24)}`, content: "PASS 14 tests (3.2s)" },
    ],
  }) },
  { name: "MCP tools/call result (read_file of settings.json)", fn: (c) => JSON.stringify({
    jsonrpc: "2.0",
    id: c.g.range(2, 90),
    result: { content: [{ type: "text", text: JSON.stringify({ service: `${slug(c)}-sync`, retries: 3, [slug(c)]: Object.fromEntries(c.pairs.map(([k, v]) => [camel(k), v])) }, null, 2) }], isError: false },
  }) },
  { name: "curl with header", fn: (c) => c.s.url
    ? (c.s.cmd ? c.s.cmd(c.v) : `curl -sS -X POST -H 'Content-Type: application/json' -d '{"text":"deploy finished"}' '${c.v}'`)
    : `curl -sS --fail https://api.${slug(c)}.example.com/v1/${c.g.pick(["projects", "status", "usage", "items", "accounts"])} \\\n  -H '${hdrLine(c)}' \\\n  -H 'Accept: application/json'` },
  { name: "raw HTTP request headers", fn: (c) => c.s.url
    ? `POST /api/integrations HTTP/1.1\r\nHost: admin.example.com\r\nContent-Type: application/json\r\n\r\n${JSON.stringify({ name: slug(c), [snake(c.s.k)]: c.v })}`
    : `GET /v2/${c.g.pick(["reports", "events", "me", "jobs"])}?page=1 HTTP/1.1\r\nHost: api.${slug(c)}.example.com\r\nUser-Agent: python-requests/2.32.3\r\nAccept: */*\r\n${hdrLine(c)}\r\nX-Request-Id: ${c.g.uuid()}\r\n\r\n` },
  { name: "URL query string", fn: (c) => c.s.url
    ? `GET https://hooks.example.net/v1/forward?target=${encodeURIComponent(c.v)}&retry=2`
    : `GET https://api.${slug(c)}.example.com/v1/${c.g.pick(["search", "lookup", "export", "data"])}?${qn(c)}=${c.v}&format=json&limit=${c.g.range(10, 100)}` },
  { name: "x-www-form-urlencoded body", fn: (c) => `POST https://api.${slug(c)}.example.com/v1/connect HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\n${[["name", "ci-runner"], ...c.pairs.map(([k, v]) => [snake(k), v] as [string, string]), ["env", "prod"]].map(([k, v]) => `${k}=${encodeURIComponent(v!)}`).join("&")}` },
  { name: "multipart/form-data body", fn: (c) => {
    const b = `----WebKitFormBoundary${c.g.a(16)}`;
    return `Content-Type: multipart/form-data; boundary=${b}\n\n${c.pairs.map(([k, v]) => `--${b}\nContent-Disposition: form-data; name="${snake(k)}"\n\n${v}\n`).join("")}--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nday,count\n2024-06-01,${c.g.range(10, 999)}\n--${b}--`;
  } },
  { name: "JSON config file", fn: (c) => `// config/production.json\n${JSON.stringify({ server: { port: 8080, host: "0.0.0.0" }, integrations: { [slug(c)]: Object.fromEntries([["enabled", true], ...c.pairs.map(([k, v]) => [camel(k), v])]) }, logging: { level: "info" } }, null, 2)}` },
  { name: "YAML application config", fn: (c) => `# application.yml\nserver:\n  port: 8080\nintegrations:\n  ${slug(c)}:\n    enabled: true\n${c.pairs.map(([k, v]) => `    ${snake(k)}: "${v}"`).join("\n")}\n    timeout_seconds: 30\n` },
  { name: "TOML config", fn: (c) => `# config.toml\n[app]\nname = "ledger"\nenv = "production"\n\n[${slug(c)}]\n${c.pairs.map(([k, v]) => `${snake(k)} = "${v}"`).join("\n")}\nretries = 3\n` },
  { name: "INI config", fn: (c) => `; settings.ini\n[general]\ndebug = false\n\n[${slug(c)}]\n${c.pairs.map(([k, v]) => `${snake(k)} = ${v}`).join("\n")}\n` },
  { name: ".properties file", fn: (c) => `# src/main/resources/application-prod.properties\nspring.application.name=catalog\nserver.port=8443\n${c.pairs.map(([k, v]) => `${dotted(k)}=${v}`).join("\n")}\nmanagement.endpoints.web.exposure.include=health\n` },
  { name: "Terraform HCL", fn: (c) => `# main.tf\nmodule "${slug(c)}_sync" {\n  source  = "./modules/sync"\n  name    = "prod"\n${c.pairs.map(([k, v]) => `  ${snake(k)} = "${v}"`).join("\n")}\n}\n` },
  { name: "XML appSettings", fn: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${c.pairs.map(([k, v]) => `    <add key="${pascal(k)}" value="${v}" />`).join("\n")}\n  </appSettings>\n</configuration>` },
  { name: "Python code", fn: (c) => `import os\nimport httpx\n\n${c.pairs.map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`).join("\n")}\n\n\ndef client() -> httpx.Client:\n    return httpx.Client(base_url="https://api.${slug(c)}.example.com", timeout=10)\n` },
  { name: "TypeScript code", fn: (c) => `// src/lib/${slug(c)}.ts\nexport const ${camel(c.s.k.split("_")[0]!)}Config = {\n${c.pairs.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n  baseUrl: "https://api.${slug(c)}.example.com",\n};\n` },
  { name: "Go code", fn: (c) => `package config\n\nimport "os"\n\nfunc getenv(k, d string) string {\n\tif v := os.Getenv(k); v != "" {\n\t\treturn v\n\t}\n\treturn d\n}\n\nvar (\n${c.pairs.map(([k, v]) => `\t${pascal(k)} = getenv("${k}", "${v}")`).join("\n")}\n)\n` },
  { name: "Java code", fn: (c) => `package com.acme.integrations;\n\npublic final class ${pascal(slug(c).replace(/-/g, "_"))}Settings {\n${c.pairs.map(([k, v]) => `    static final String ${k} = "${v}";`).join("\n")}\n    private ${pascal(slug(c).replace(/-/g, "_"))}Settings() {}\n}\n` },
  { name: "C# code", fn: (c) => `var builder = WebApplication.CreateBuilder(args);\n${c.pairs.map(([k, v]) => `var ${camel(k)} = builder.Configuration["${pascal(k)}"] ?? "${v}";`).join("\n")}\nbuilder.Services.AddHttpClient("${slug(c)}");\n` },
  { name: "Ruby code", fn: (c) => `# config/initializers/${slug(c)}.rb\n${c.pairs.map(([k, v]) => `${k} = ENV.fetch("${k}") { "${v}" }`).join("\n")}\nRails.logger.info("${slug(c)} client configured")\n` },
  { name: "PHP code", fn: (c) => `<?php\n// config/services.php\nreturn [\n    '${slug(c)}' => [\n${c.pairs.map(([k, v]) => `        '${snake(k)}' => env('${k}', '${v}'),`).join("\n")}\n    ],\n];\n` },
  { name: "Rust code", fn: (c) => `// src/settings.rs\n${c.pairs.map(([k, v]) => `pub const ${k}: &str = "${v}";`).join("\n")}\n\npub fn base_url() -> &'static str {\n    "https://api.${slug(c)}.example.com"\n}\n` },
  { name: "GitHub Actions log", fn: (c) => {
    const t = `2024-0${c.g.range(1, 9)}-1${c.g.int(10)}T0${c.g.int(10)}:${c.g.range(10, 59)}:${c.g.range(10, 59)}`;
    return `${t}.1034512Z ##[group]Run ./scripts/deploy.sh\n${t}.1035123Z ./scripts/deploy.sh\n${t}.1035399Z shell: /usr/bin/bash -e {0}\n${t}.1035601Z env:\n${c.pairs.map(([k, v]) => `${t}.1035822Z   ${k}: ${v}`).join("\n")}\n${t}.1036011Z ##[endgroup]\n${t}.4410932Z Deploying commit ${c.g.h(40)} to production`;
  } },
  { name: "shell history", fn: (c) => `  501  cd ~/src/${slug(c)}-bridge\n  502  git pull --rebase\n${c.pairs.map(([k, v], i) => `  ${503 + i}  export ${k}=${v}`).join("\n")}\n  510  make run\n  511  history | tail -20` },
  { name: "Python crash report with locals", fn: (c) => `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    resp = session.post(url, headers=headers, timeout=10)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='api.${slug(c)}.example.com', port=443)\n\nLocals at frame sync.py:88:\n    url = 'https://api.${slug(c)}.example.com/v1/push'\n${c.pairs.map(([k, v]) => `    ${snake(k)} = '${v}'`).join("\n")}\n    attempt = 3` },
  { name: "Jupyter notebook JSON", fn: (c) => JSON.stringify({
    cells: [
      { cell_type: "markdown", metadata: {}, source: [`## ${c.s.p} exploration`] },
      { cell_type: "code", execution_count: c.g.range(1, 30), metadata: {}, outputs: [], source: ["import os\n", ...c.pairs.map(([k, v]) => `os.environ[\"${k}\"] = \"${v}\"\n`), "df = load_events(days=7)"] },
    ],
    metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
    nbformat: 4,
    nbformat_minor: 5,
  }) },
  { name: "unified diff", prose: true, fn: (c) => `${phrase(c.lang, "review", c.s.p)}\n\ndiff --git a/deploy/prod.env b/deploy/prod.env\nindex ${c.g.h(7)}..${c.g.h(7)} 100644\n--- a/deploy/prod.env\n+++ b/deploy/prod.env\n@@ -3,4 +3,${3 + c.pairs.length} @@ LOG_LEVEL=info\n PORT=8080\n${c.pairs.map(([k, v]) => `+${k}=${v}`).join("\n")}\n TZ=UTC` },
  { name: "chat message handover (Slack chat.postMessage)", prose: true, fn: (c) => JSON.stringify({
    channel: `C0${c.g.up(9)}`,
    text: `${phrase(c.lang, c.benign ? "info" : "hand", c.s.p)}\n${c.pairs.map(([k, v]) => `${k}: \`${v}\``).join("\n")}`,
    unfurl_links: false,
  }) },
  { name: "k8s Secret manifest", fn: (c) => {
    const data = c.g.int(2) === 0;
    return `apiVersion: v1\nkind: ${c.benign ? "ConfigMap" : "Secret"}\nmetadata:\n  name: ${slug(c)}-config\n  namespace: prod\n${c.benign ? "data" : data ? "type: Opaque\ndata" : "type: Opaque\nstringData"}:\n${c.pairs.map(([k, v]) => `  ${k}: ${!c.benign && data ? Buffer.from(v).toString("base64") : JSON.stringify(v)}`).join("\n")}\n`;
  } },
  { name: "docker run -e", fn: (c) => `docker run -d --name ${slug(c)}-worker --restart unless-stopped \\\n${c.pairs.map(([k, v]) => `  -e ${k}="${v}" \\`).join("\n")}\n  ghcr.io/acme/worker:2024.${c.g.range(1, 12)}` },
  { name: "GitHub Actions workflow", fn: (c) => `name: nightly-sync\non:\n  schedule:\n    - cron: "0 3 * * *"\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n${c.pairs.map(([k, v]) => `      ${k}: ${v}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make sync\n` },
  { name: "Dockerfile", fn: (c) => `FROM node:20-slim\nWORKDIR /app\nCOPY . .\n${c.pairs.map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nRUN npm ci --omit=dev\nCMD ["node", "dist/server.js"]\n` },
  { name: "HAR entry", fn: (c) => { const [hn, hv] = hdrPair(c); return JSON.stringify({ log: { version: "1.2", entries: [{ startedDateTime: "2024-07-02T10:11:12.000Z", request: { method: c.s.url ? "POST" : "GET", url: c.s.url ? "https://admin.example.com/api/integrations" : `https://api.${slug(c)}.example.com/v1/me`, headers: c.s.url ? [{ name: "content-type", value: "application/json" }] : [{ name: "accept", value: "application/json" }, { name: hn, value: hv }], postData: c.s.url ? { mimeType: "application/json", text: JSON.stringify({ [camel(c.s.k)]: c.v }) } : undefined }, response: { status: 200 } }] } }); } },
  { name: "devtools Copy as fetch", fn: (c) => { const [hn, hv] = hdrPair(c); return c.s.url
    ? `fetch("https://admin.example.com/api/settings", {\n  "headers": { "content-type": "application/json" },\n  "body": ${JSON.stringify(JSON.stringify({ [camel(c.s.k)]: c.v }))},\n  "method": "PUT"\n});`
    : `fetch("https://api.${slug(c)}.example.com/v1/graph", {\n  "headers": {\n    "accept": "application/json",\n    "${hn.toLowerCase()}": "${hv}"\n  },\n  "method": "GET",\n  "mode": "cors"\n});`; } },
  { name: "SQL seed insert", fn: (c) => `-- db/seed/integrations.sql\nINSERT INTO integrations (tenant_id, provider, config, created_at)\nVALUES (${c.g.range(1, 400)}, '${slug(c)}', '${JSON.stringify(Object.fromEntries(c.pairs.map(([k, v]) => [snake(k), v])))}', now());` },
  { name: "Markdown runbook", prose: true, fn: (c) => `# ${phrase(c.lang, "note", c.s.p)}\n\n1. Export the values:\n\n\`\`\`bash\n${c.pairs.map(([k, v]) => `export ${k}="${v}"`).join("\n")}\n\`\`\`\n\n2. \`make verify-${slug(c)}\`\n` },
  { name: "systemd unit", fn: (c) => `# /etc/systemd/system/${slug(c)}-agent.service\n[Unit]\nDescription=${c.s.p.split(" ")[0]} agent\nAfter=network-online.target\n\n[Service]\n${c.pairs.map(([k, v]) => `Environment="${k}=${v}"`).join("\n")}\nExecStart=/usr/local/bin/${slug(c)}-agent --config /etc/${slug(c)}/agent.yml\nRestart=always\n` },
  { name: "PowerShell", fn: (c) => `PS C:\\src\\${slug(c)}> ${c.pairs.map(([k, v]) => `$env:${k} = "${v}"`).join("\nPS C:\\src\\" + slug(c) + "> ")}\nPS C:\\src\\${slug(c)}> dotnet run --project .\\Sync.csproj` },
  { name: "structured JSON log line", fn: (c) => JSON.stringify({ ts: new Date(c.g.ts() * 1000).toISOString(), level: "debug", msg: "loaded integration config", service: `${slug(c)}-bridge`, trace_id: c.g.h(32), config: Object.fromEntries(c.pairs.map(([k, v]) => [snake(k), v])) }) },
  { name: "helm upgrade --set", fn: (c) => `helm upgrade --install ${slug(c)} ./charts/${slug(c)} -n prod \\\n  --set image.tag=v${c.g.range(1, 9)}.${c.g.int(20)}.${c.g.int(10)} \\\n${c.pairs.map(([k, v]) => `  --set env.${k}='${v}'`).join(" \\\n")}` },
  { name: "GitHub issue comment via API", prose: true, fn: (c) => `POST https://api.github.example.com/repos/acme/${slug(c)}-bridge/issues/${c.g.range(10, 900)}/comments\n\n${JSON.stringify({ body: `${phrase(c.lang, c.benign ? "info" : "fix", c.s.p)}\n\n\`\`\`ini\n${env(c, false)}\n\`\`\`` })}` },
  { name: "Sentry event payload with extra context", fn: (c) => JSON.stringify({ event_id: c.g.h(32), platform: "node", level: "error", message: `${slug(c)} sync failed: 401`, extra: { config: Object.fromEntries(c.pairs.map(([k, v]) => [k, v])), attempt: 2 }, tags: { release: `worker@${c.g.h(12)}` } }) },
  { name: "GraphQL mutation variables", fn: (c) => JSON.stringify({ operationName: "ConnectIntegration", query: "mutation ConnectIntegration($input: IntegrationInput!) { connectIntegration(input: $input) { id status } }", variables: { input: Object.fromEntries([["provider", slug(c).toUpperCase()], ...c.pairs.map(([k, v]) => [camel(k), v])]) } }) },
  { name: "Makefile", fn: (c) => `# Makefile\n${c.pairs.map(([k, v]) => `${k} ?= ${v}`).join("\n")}\n\n.PHONY: run\nrun:\n\t${c.pairs.map(([k]) => `${k}=$(${k})`).join(" ")} go run ./cmd/server\n` },
  { name: "Ansible group_vars", fn: (c) => `# inventories/prod/group_vars/all.yml\n---\napp_user: deploy\n${c.pairs.map(([k, v]) => `${snake(k)}: "${v}"`).join("\n")}\nnginx_worker_processes: auto\n` },
  { name: "Jira issue create body", prose: true, fn: (c) => JSON.stringify({ fields: { project: { key: "OPS" }, issuetype: { name: "Task" }, summary: `${c.s.p} integration broken on staging`, description: `${phrase(c.lang, c.benign ? "info" : "deploy", c.s.p)}\n\n{code}\n${env(c, false)}\n{code}` } }) },
  { name: "grpcurl metadata", fn: (c) => c.s.url
    ? `grpcurl -d '${JSON.stringify({ [snake(c.s.k)]: c.v })}' admin.example.com:443 acme.admin.v1.Settings/Update`
    : `grpcurl -H '${hdrLine(c).replace(/^([^:]+):/, (m, h: string) => `${h.toLowerCase()}:`)}' -d '{"limit": 20}' api.${slug(c)}.example.com:443 acme.v1.Reports/List` },
];

// ---------------------------------------------------------------------------------------------

export interface RotateOpts {
  seed: number;
  idPrefix: string;
  category: (s: Spec) => string;
  label: "positive" | "benign";
  offset: number;
  kind?: string;
}

/** Renders each spec in one renderer, rotating through all of them; a quarter of prose not English. */
export function rotate(specs: Spec[], o: RotateOpts): CorpusCase[] {
  const g = new Gen(o.seed);
  return specs.map((s, i) => {
    const r = RENDERERS[(i + o.offset) % RENDERERS.length]!;
    const lang: Lang = i % 4 === 3 ? NON_EN[((i - 3) / 4 + o.offset) % NON_EN.length]! : "en";
    const v = s.v(g);
    const extra = s.extra ? s.extra(g) : [];
    const fi = g.int(FILL.length);
    const fill = [0, 3, 7, 11].map((d) => FILL[(fi + d) % FILL.length]!);
    const ctx: Ctx = { g, s, v, lang, benign: o.label === "benign", host: "", pairs: [...extra, [s.k, v]], fill };
    const text = r.fn(ctx);
    const langNote = r.prose && lang !== "en" ? `, prose in ${lang}` : "";
    return {
      id: `${o.idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: o.category(s),
      label: o.label,
      text,
      note: `${s.p}; slot ${s.k}; context: ${r.name}${langNote}`,
    } satisfies CorpusCase;
  });
}

export function hc(id: string, category: string, label: "positive" | "benign", note: string, text: string): CorpusCase {
  return { id, kind: "secrets", category, label, text, note };
}
