// Shared builders and context renderers for heldout-y124 (fintech / e-commerce backend theme).
// Skipped by the loader (leading underscore). Every credential-shaped value is assembled at run
// time from a split prefix and a body drawn from SeededRng, one fixed seed per case file.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LOWER = "abcdefghijklmnopqrstuvwxyz";
export const DIGITS = "0123456789";
export const ALNUM = UPPER + LOWER + DIGITS;
export const LOWALNUM = LOWER + DIGITS;
export const UPALNUM = UPPER + DIGITS;
export const HEXL = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = ALNUM + "+/";
export const B64URL = ALNUM + "-_";
export const B32L = "abcdefghijklmnopqrstuvwxyz234567";
export const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/** Joins split literal parts, so no prefix+body ever sits in the source as one string. */
export const cat = (...p: string[]): string => p.join("");

export class Gen extends SeededRng {
  an(n: number): string { return this.str(n, ALNUM); }
  lo(n: number): string { return this.str(n, LOWALNUM); }
  up(n: number): string { return this.str(n, UPALNUM); }
  hex(n: number): string { return this.str(n, HEXL); }
  HEX(n: number): string { return this.str(n, HEXU); }
  dig(n: number): string { return this.str(1, "123456789") + this.str(n - 1, DIGITS); }
  b64(n: number): string { return this.str(n, B64); }
  b64u(n: number): string { return this.str(n, B64URL); }
  b32(n: number): string { return this.str(n, B32L); }
  b58(n: number): string { return this.str(n, B58); }
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`;
  }
  /** base64 (with padding) of n random bytes. */
  b64bytes(n: number): string { return Buffer.from(this.bytes(n)).toString("base64"); }
  /** A signed-looking JWT: real base64url header/payload JSON, random signature. */
  jwt(payload: Record<string, unknown>, alg = "HS256", sigLen = 43): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return `${enc({ alg, typ: "JWT" })}.${enc(payload)}.${this.b64u(sigLen)}`;
  }
  ts(): number { return 1717000000 + this.int(30000000); }
  iso(): string { return new Date(this.ts() * 1000).toISOString(); }
  chance(p: number): boolean { return this.next() < p; }
}

/** PEM body: a fixed DER prefix (base64) followed by random base64, wrapped at 64. */
export function pem(g: Gen, label: string, prefix: string, total: number): string {
  let body = prefix + g.b64(total - prefix.length - 2);
  body += g.pick(["==", "g=", "A=", "Q="]);
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----`;
}

// ---------------------------------------------------------------------------------------------
// Specs

export type Group =
  | "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas" | "benign";

export interface Field { k: string; v: string }

export type Auth =
  | { t: "bearer"; f?: number; scheme?: string }
  | { t: "hdr"; h: [string, number, string?][] }
  | { t: "basic"; u: number | string; p?: number }
  | { t: "query"; q: [string, number][] }
  | { t: "url"; f?: number }
  | { t: "path"; tpl: string; f?: number }
  | { t: "direct" } // fields sent as JSON body to the provider itself
  | { t: "body" }; // fields sent to a deploy platform's env-var API

export interface Spec {
  id: string;
  group: Group;
  provider: string;
  slot: string;
  make: (g: Gen) => Field[];
  auth?: Auth;
  host?: string;
  path?: string;
}

export function sp(
  id: string, group: Group, provider: string, slot: string, make: (g: Gen) => Field[], auth?: Auth, path?: string, host?: string,
): Spec {
  const s: Spec = { id, group, provider, slot, make };
  if (auth) s.auth = auth;
  if (path) s.path = path;
  if (host) s.host = host;
  return s;
}

/** Single-field helper: one env name, one value. */
export const one = (k: string, f: (g: Gen) => string) => (g: Gen): Field[] => [{ k, v: f(g) }];

// ---------------------------------------------------------------------------------------------
// Name styles

const words = (k: string) => k.toLowerCase().split(/[_.\-]+/).filter(Boolean);
export const snake = (k: string) => words(k).join("_");
export const camel = (k: string) => words(k).map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
export const pascal = (k: string) => words(k).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
export const kebab = (k: string) => words(k).join("-");
export const dotted = (k: string) => {
  const w = words(k);
  return w.length < 2 ? w.join("") : `${w[0]}.${w.slice(1).join("-")}`;
};
/** Drops the provider prefix word: PLAID_CLIENT_ID -> client_id. */
export const short = (k: string) => {
  const w = words(k);
  return (w.length >= 2 ? w.slice(1) : w).join("_");
};
export const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

// ---------------------------------------------------------------------------------------------
// Prose (about a quarter in other languages)

export type Lang = "en" | "de" | "fr" | "es" | "pt" | "it" | "nl" | "pl" | "tr" | "ja" | "zh" | "ko" | "ru" | "sv";
type Intent = "fix" | "hand" | "neutral" | "review";

const PROSE: Record<Lang, Record<Intent, (p: string) => string>> = {
  en: {
    fix: (p) => `Our ${p} integration started failing in production after the last deploy (401s in the checkout worker). Config below — can you spot what's wrong?`,
    hand: (p) => `Here are the production ${p} credentials for the settlement job, please set them up on your side and confirm once the first payout reconciles.`,
    neutral: (p) => `Pulled this from the ${p} side of the order pipeline. Can you check why the reconciliation job marks these as mismatched?`,
    review: (p) => `Please review this before I ship the ${p} change to the payments service.`,
  },
  de: {
    fix: (p) => `Seit dem letzten Deploy schlägt unsere ${p}-Anbindung in Produktion fehl (401 im Checkout-Worker). Konfiguration unten – siehst du den Fehler?`,
    hand: (p) => `Hier sind die Produktiv-Zugangsdaten für ${p}, bitte bei euch hinterlegen und kurz Bescheid geben, wenn die erste Auszahlung abgeglichen ist.`,
    neutral: (p) => `Das kommt aus dem ${p}-Teil der Bestellpipeline. Kannst du prüfen, warum der Abgleich diese Einträge als fehlerhaft markiert?`,
    review: (p) => `Bitte einmal drüberschauen, bevor ich die ${p}-Änderung am Zahlungsdienst ausrolle.`,
  },
  fr: {
    fix: (p) => `Notre intégration ${p} échoue en production depuis le dernier déploiement (401 dans le worker de paiement). Voici la config, tu vois le problème ?`,
    hand: (p) => `Voici les identifiants de production ${p} pour le rapprochement bancaire, merci de les configurer de votre côté.`,
    neutral: (p) => `Extrait de la partie ${p} du pipeline de commandes. Peux-tu vérifier pourquoi le rapprochement les marque en écart ?`,
    review: (p) => `Peux-tu relire ceci avant que je déploie le changement ${p} sur le service de paiement ?`,
  },
  es: {
    fix: (p) => `La integración con ${p} empezó a fallar en producción tras el último despliegue (401 en el worker de cobros). Abajo va la configuración, ¿ves el error?`,
    hand: (p) => `Te paso las credenciales de producción de ${p} para la conciliación, configúralas de tu lado y avísame cuando entre el primer pago.`,
    neutral: (p) => `Esto sale de la parte de ${p} del flujo de pedidos. ¿Puedes revisar por qué la conciliación los marca como descuadrados?`,
    review: (p) => `Revisa esto antes de que suba el cambio de ${p} al servicio de pagos, porfa.`,
  },
  pt: {
    fix: (p) => `A integração com ${p} começou a falhar em produção depois do último deploy (401 no worker de checkout). Segue a config, consegue achar o problema?`,
    hand: (p) => `Seguem as credenciais de produção do ${p} para a conciliação, por favor configure aí e me avise quando o primeiro repasse bater.`,
    neutral: (p) => `Isso veio da parte do ${p} no pipeline de pedidos. Pode ver por que a conciliação marca esses como divergentes?`,
    review: (p) => `Dá uma revisada antes de eu subir a mudança do ${p} no serviço de pagamentos?`,
  },
  it: {
    fix: (p) => `L'integrazione ${p} ha iniziato a fallire in produzione dopo l'ultimo deploy (401 nel worker di checkout). Ecco la configurazione, vedi l'errore?`,
    hand: (p) => `Ecco le credenziali di produzione ${p} per la riconciliazione, configuratele da voi e fatemi sapere quando arriva il primo accredito.`,
    neutral: (p) => `Questo viene dalla parte ${p} della pipeline ordini. Puoi controllare perché la riconciliazione li segna come non corrispondenti?`,
    review: (p) => `Puoi rivedere questo prima che rilasci la modifica ${p} al servizio pagamenti?`,
  },
  nl: {
    fix: (p) => `Onze ${p}-koppeling faalt sinds de laatste deploy in productie (401 in de checkout-worker). Config staat hieronder, zie jij het probleem?`,
    hand: (p) => `Hierbij de productiegegevens voor ${p}, wil je ze aan jullie kant instellen en laten weten wanneer de eerste uitbetaling binnen is?`,
    neutral: (p) => `Dit komt uit het ${p}-deel van de orderpipeline. Kun je kijken waarom de afstemming deze als afwijkend markeert?`,
    review: (p) => `Kun je dit nakijken voordat ik de ${p}-wijziging naar de betaaldienst uitrol?`,
  },
  pl: {
    fix: (p) => `Integracja z ${p} przestała działać na produkcji po ostatnim wdrożeniu (401 w workerze płatności). Konfiguracja poniżej, widzisz błąd?`,
    hand: (p) => `Przesyłam produkcyjne dane dostępowe ${p} do rozliczeń, skonfiguruj je proszę po swojej stronie.`,
    neutral: (p) => `To pochodzi z części ${p} w potoku zamówień. Sprawdzisz, czemu uzgadnianie oznacza je jako niezgodne?`,
    review: (p) => `Przejrzyj to proszę, zanim wypuszczę zmianę ${p} w serwisie płatności.`,
  },
  tr: {
    fix: (p) => `${p} entegrasyonumuz son dağıtımdan beri canlıda hata veriyor (ödeme worker'ında 401). Yapılandırma aşağıda, sorunu görebiliyor musun?`,
    hand: (p) => `Mutabakat işi için ${p} canlı ortam bilgileri aşağıda, lütfen sizin tarafta tanımlayın.`,
    neutral: (p) => `Bu, sipariş hattının ${p} kısmından geldi. Mutabakat neden bunları uyumsuz işaretliyor, bakabilir misin?`,
    review: (p) => `${p} değişikliğini ödeme servisine almadan önce şuna bir göz atar mısın?`,
  },
  ja: {
    fix: (p) => `前回のデプロイ以降、本番で${p}連携が失敗しています（決済ワーカーで401）。設定を貼るので原因を見てもらえますか？`,
    hand: (p) => `精算ジョブ用の${p}本番認証情報です。そちらで設定して、最初の入金が照合できたら連絡ください。`,
    neutral: (p) => `注文パイプラインの${p}部分から取ったものです。照合ジョブがこれらを不一致にする理由を確認してもらえますか？`,
    review: (p) => `決済サービスに${p}の変更を出す前にレビューお願いします。`,
  },
  zh: {
    fix: (p) => `上次发布后，生产环境的 ${p} 集成一直报错（结算 worker 返回 401）。配置贴在下面，帮忙看看哪里有问题？`,
    hand: (p) => `这是对账任务用的 ${p} 生产环境凭据，请在你们那边配置好，首笔结算对上后告诉我。`,
    neutral: (p) => `这是订单流水线里 ${p} 那部分的数据，帮忙看下对账任务为什么把这些标成不一致？`,
    review: (p) => `我要把 ${p} 的改动发到支付服务之前，麻烦先帮我 review 一下。`,
  },
  ko: {
    fix: (p) => `지난 배포 이후 운영 환경에서 ${p} 연동이 실패합니다 (결제 워커에서 401). 설정 아래 붙였는데 문제 좀 봐주실래요?`,
    hand: (p) => `정산 작업용 ${p} 운영 자격 증명입니다. 그쪽에서 설정해 주시고 첫 정산이 맞으면 알려주세요.`,
    neutral: (p) => `주문 파이프라인의 ${p} 부분에서 가져온 겁니다. 대사 작업이 왜 이걸 불일치로 표시하는지 확인해 주세요.`,
    review: (p) => `결제 서비스에 ${p} 변경 배포하기 전에 리뷰 부탁드립니다.`,
  },
  ru: {
    fix: (p) => `После последнего деплоя интеграция с ${p} на проде падает (401 в воркере оплаты). Конфиг ниже, посмотришь, в чём дело?`,
    hand: (p) => `Вот боевые доступы ${p} для сверки платежей, настройте у себя и отпишитесь, когда пройдёт первая выплата.`,
    neutral: (p) => `Это из части ${p} в конвейере заказов. Проверь, почему сверка помечает их как расхождения?`,
    review: (p) => `Глянь, пожалуйста, перед тем как я выкачу изменение ${p} в платёжный сервис.`,
  },
  sv: {
    fix: (p) => `Vår ${p}-integration har fallerat i produktion sedan senaste deployen (401 i checkout-workern). Konfigurationen nedan, ser du felet?`,
    hand: (p) => `Här är produktionsuppgifterna för ${p} till avstämningen, lägg in dem hos er och hör av er när första utbetalningen stämmer.`,
    neutral: (p) => `Det här kommer från ${p}-delen av orderflödet. Kan du kolla varför avstämningen flaggar dem som avvikande?`,
    review: (p) => `Kan du granska det här innan jag rullar ut ${p}-ändringen i betaltjänsten?`,
  },
};
const OTHER_LANGS: Lang[] = ["de", "fr", "es", "pt", "it", "nl", "pl", "tr", "ja", "zh", "ko", "ru", "sv"];

export function pickLang(g: Gen): Lang {
  return g.chance(0.27) ? g.pick(OTHER_LANGS) : "en";
}
export let proseUsed = false;
export function prose(c: Ctx, intent: Intent): string {
  proseUsed = true;
  return PROSE[c.lang][intent](c.s.provider);
}

// ---------------------------------------------------------------------------------------------
// Rendering context

export interface Ctx {
  g: Gen;
  s: Spec;
  f: Field[];
  pos: boolean;
  lang: Lang;
  host: string;
  svc: string;
}

const SERVICES = ["checkout-api", "payments-worker", "ledger-service", "payout-scheduler", "order-sync", "kyc-gateway", "invoice-service", "fulfillment-bridge", "refunds-worker", "marketplace-connector"];
const NS = ["payments", "commerce", "billing", "risk", "fulfillment"];

function defaultPath(s: Spec): string {
  if (s.path) return s.path;
  switch (s.group) {
    case "payment": return "/v1/payments";
    case "saas": return "/v2/orders/sync";
    case "comms": return "/v1/messages";
    case "ai": return "/v1/chat/completions";
    case "observability": return "/api/v2/events";
    case "devtools": return "/api/v4/projects";
    case "cloud": return "/v1/deployments";
    default: return "/v1/resources";
  }
}

function samplePayload(c: Ctx): Record<string, unknown> {
  const g = c.g;
  switch (c.s.group) {
    case "payment": return { amount: g.range(500, 250000), currency: g.pick(["eur", "usd", "gbp", "brl", "inr", "sek"]), reference: `ORD-${g.dig(7)}`, capture: true };
    case "saas": return { order_number: `#${g.dig(5)}`, status: g.pick(["fulfilled", "paid", "refunded"]), updated_since: g.iso() };
    case "comms": return { to: `+4915${g.dig(8)}`, template: g.pick(["order_shipped", "payment_failed", "otp_login"]), locale: g.pick(["en", "de", "es"]) };
    case "ai": return { model: g.pick(["gpt-4o-mini", "mistral-large-latest", "llama-3.3-70b"]), messages: [{ role: "user", content: "Classify this chargeback reason: 'item not received'" }] };
    case "observability": return { title: "payout batch delayed", tags: ["service:payout-scheduler", "env:prod"], alert_type: "warning" };
    default: return { name: c.svc, environment: "production" };
  }
}

export interface Wire {
  method: string;
  url: string;
  headers: [string, string][];
  body: string | null;
  basic?: [string, string];
  envApi: boolean;
}

/** How a spec's fields travel in an HTTP request. */
export function wire(c: Ctx): Wire {
  const { s, f, g } = c;
  const a: Auth = s.auth ?? { t: "body" };
  const val = (i: number | undefined) => f[i ?? 0]!.v;
  const headers: [string, string][] = [];
  let url = `https://${c.host}${defaultPath(s)}`;
  let body: string | null = JSON.stringify(samplePayload(c));
  let basic: [string, string] | undefined;
  let envApi = false;
  switch (a.t) {
    case "bearer":
      {
        const sc = a.scheme ?? "Bearer";
        headers.push(["Authorization", sc.endsWith("=") ? `${sc}${val(a.f)}` : `${sc} ${val(a.f)}`]);
      }
      break;
    case "hdr":
      for (const [h, i, pre] of a.h) headers.push([h, `${pre ?? ""}${val(i)}`]);
      break;
    case "basic": {
      const u = typeof a.u === "string" ? a.u : val(a.u);
      const p = a.p === undefined ? "" : val(a.p);
      basic = [u, p];
      headers.push(["Authorization", `Basic ${Buffer.from(`${u}:${p}`).toString("base64")}`]);
      break;
    }
    case "query":
      url += "?" + a.q.map(([k, i]) => `${k}=${encodeURIComponent(val(i))}`).join("&");
      break;
    case "url":
      url = val(a.f);
      body = JSON.stringify({ text: g.pick(["Payout batch 2291 settled", "Chargeback opened on ORD-55120", "Refund spike detected in EU region"]) });
      break;
    case "path":
      url = `https://${c.host}${a.tpl.replace("{v}", val(a.f))}`;
      break;
    case "direct": {
      const o: Record<string, unknown> = {};
      for (const x of f) o[short(x.k)] = x.v;
      body = JSON.stringify({ ...o, ...samplePayload(c) });
      break;
    }
    case "body": {
      envApi = true;
      url = `https://api.deploy.example.com/v1/projects/${c.svc}/env`;
      headers.push(["Authorization", "Bearer ${DEPLOY_API_TOKEN}"]);
      body = JSON.stringify({ target: ["production"], variables: f.map((x) => ({ key: x.k, value: x.v, sensitive: c.pos })) });
      break;
    }
  }
  const w: Wire = { method: "POST", url, headers, body, envApi };
  if (basic) w.basic = basic;
  return w;
}

// ---------------------------------------------------------------------------------------------
// Renderers

export interface Renderer {
  name: string;
  run: (c: Ctx) => string;
}

const sh = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;
const j = (v: unknown) => JSON.stringify(v);

function scaffoldEnv(g: Gen): string[] {
  const pool = [
    "NODE_ENV=production",
    `PORT=${g.pick(["3000", "8080", "8443"])}`,
    "LOG_LEVEL=info",
    "APP_URL=https://shop.example.com",
    `DEFAULT_CURRENCY=${g.pick(["EUR", "USD", "GBP"])}`,
    "FEATURE_3DS2=true",
    `PAYOUT_CRON=${g.pick(["0 2 * * *", "30 1 * * 1-5"])}`,
    `REGION=${g.pick(["eu-west-1", "us-east-1", "ap-southeast-1"])}`,
  ];
  const out: string[] = [];
  const n = g.range(2, 4);
  for (let i = 0; i < n; i++) {
    const x = g.pick(pool);
    if (!out.includes(x)) out.push(x);
  }
  return out;
}
export function envBlock(c: Ctx, quote = false): string {
  const pre = scaffoldEnv(c.g);
  const mine = c.f.map((x) => `${x.k}=${quote ? `"${x.v}"` : x.v}`);
  const cut = c.g.int(pre.length + 1);
  return [...pre.slice(0, cut), ...mine, ...pre.slice(cut)].join("\n");
}

/** Wraps a file in one of four outbound envelopes. */
function envelope(c: Ctx, name: string, content: string, lang: string): [string, string] {
  const g = c.g;
  switch (g.int(4)) {
    case 0:
      return [`PUT /v1/artifacts/${c.svc}/${name.split("/").pop()} HTTP/1.1\nHost: artifacts.example.com\nContent-Type: text/plain; charset=utf-8\nContent-Length: ${Buffer.byteLength(content)}\n\n${content}`, "artifact upload PUT"];
    case 1:
      return [j({ description: `${c.svc} ${name}`, public: false, files: { [name.split("/").pop()!]: { content } } }), "gist create body"];
    case 2:
      return [j({ jsonrpc: "2.0", id: g.range(2, 90), method: "tools/call", params: { name: g.pick(["write_file", "create_file", "fs_write"]), arguments: { path: name, content } } }), "MCP tools/call write_file"];
    default:
      return [j({ model: g.pick(["claude-sonnet-4-5", "claude-opus-4-1", "claude-haiku-4-5"]), max_tokens: 4096, messages: [{ role: "user", content: `${prose(c, c.pos ? g.pick(["fix", "review"] as const) : "neutral")}\n\n${name}:\n\`\`\`${lang}\n${content}\n\`\`\`` }] }), "Anthropic messages body with pasted file"];
  }
}

const fileR = (name: string, lang: string, file: (c: Ctx) => [string, string]): Renderer => ({
  name,
  run: (c) => {
    const [path, content] = file(c);
    const [text, env] = envelope(c, path, content, lang);
    lastEnvelope = env;
    return text;
  },
});
export let lastEnvelope = "";

function nestedYaml(c: Ctx, indent: string): string {
  return c.f.map((x) => `${indent}${snake(x.k)}: "${x.v}"`).join("\n");
}
const provKey = (c: Ctx) => slug(c.s.provider).replace(/-/g, "_");

export const RENDERERS: Renderer[] = [
  {
    name: "OpenAI chat-completions body with pasted .env",
    run: (c) => j({ model: c.g.pick(["gpt-4o", "gpt-4.1-mini", "o4-mini"]), messages: [{ role: "system", content: "You are a senior backend engineer on a payments platform." }, { role: "user", content: `${prose(c, "fix")}\n\n\`\`\`dotenv\n${envBlock(c)}\n\`\`\`` }], temperature: 0.2 }),
  },
  {
    name: "Anthropic messages body with pasted docker-compose",
    run: (c) => {
      const env = c.f.map((x) => `      - ${x.k}=${x.v}`).join("\n");
      const yml = `services:\n  ${c.svc}:\n    image: registry.example.com/shop/${c.svc}:${c.g.range(1, 4)}.${c.g.range(0, 30)}.${c.g.range(0, 9)}\n    restart: unless-stopped\n    environment:\n      - NODE_ENV=production\n${env}\n    ports:\n      - "8080:8080"`;
      return j({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: [{ type: "text", text: `${prose(c, c.pos ? "fix" : "neutral")}\n\n\`\`\`yaml\n${yml}\n\`\`\`` }] }] });
    },
  },
  {
    name: "Anthropic tool_use write_file of .env.production",
    run: (c) => {
      const id = cat("toolu_01", c.g.an(22));
      return j({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [
        { role: "user", content: `Set up the production env file for ${c.svc}.` },
        { role: "assistant", content: [{ type: "text", text: "I'll write the env file with the values from the runbook." }, { type: "tool_use", id, name: "write_file", input: { path: `services/${c.svc}/.env.production`, content: envBlock(c) + "\n" } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "File written." }] },
      ] });
    },
  },
  {
    name: "OpenAI tool_calls run_shell with export (double-escaped)",
    run: (c) => {
      const exp = c.f.map((x) => `export ${x.k}=${sh(x.v)}`).join(" && ");
      return j({ model: "gpt-4.1", messages: [{ role: "user", content: prose(c, "fix") }, { role: "assistant", content: null, tool_calls: [{ id: cat("call_", c.g.an(24)), type: "function", function: { name: "run_shell", arguments: j({ command: `${exp} && node scripts/replay-webhook.js --order ORD-${c.g.dig(6)}`, timeout: 120 }) } }] }] });
    },
  },
  {
    name: "curl command",
    run: (c) => {
      const w = wire(c);
      const parts = [`curl -sS -X ${w.method} ${sh(w.url)}`];
      if (w.basic && c.g.chance(0.5)) parts.push(`-u ${sh(`${w.basic[0]}:${w.basic[1]}`)}`);
      else for (const [h, v] of w.headers) parts.push(`-H ${sh(`${h}: ${v}`)}`);
      parts.push(`-H 'Content-Type: application/json'`);
      if (w.body) parts.push(`-d ${sh(w.body)}`);
      return parts.join(" \\\n  ");
    },
  },
  {
    name: "raw HTTP/1.1 request",
    run: (c) => {
      const w = wire(c);
      const u = new URL(w.url);
      const hs = [`Host: ${u.host}`, `User-Agent: ${c.svc}/${c.g.range(1, 5)}.${c.g.range(0, 20)}.0`, ...w.headers.map(([h, v]) => `${h}: ${v}`), "Accept: application/json", "Content-Type: application/json"];
      return `${w.method} ${u.pathname}${u.search} HTTP/1.1\r\n${hs.join("\r\n")}\r\nContent-Length: ${Buffer.byteLength(w.body ?? "")}\r\n\r\n${w.body ?? ""}`;
    },
  },
  {
    name: "DevTools copy-as-fetch",
    run: (c) => {
      const w = wire(c);
      const h: Record<string, string> = { accept: "application/json", "content-type": "application/json" };
      for (const [k, v] of w.headers) h[k.toLowerCase()] = v;
      return `fetch(${j(w.url)}, {\n  "headers": ${JSON.stringify(h, null, 4).replace(/\n}/, "\n  }")},\n  "body": ${j(w.body)},\n  "method": "${w.method}",\n  "mode": "cors",\n  "credentials": "include"\n});`;
    },
  },
  {
    name: "deploy-platform env-var API JSON body",
    run: (c) => j({ projectId: `prj_${c.g.an(20)}`, environment: "production", envVars: c.f.map((x) => ({ key: x.k, value: x.v, type: c.pos ? "secret" : "plain", target: ["production", "preview"] })) }),
  },
  {
    name: "admin form POST (x-www-form-urlencoded)",
    run: (c) => {
      const body = [`integration=${slug(c.s.provider)}`, "mode=live", ...c.f.map((x) => `settings%5B${short(x.k)}%5D=${encodeURIComponent(x.v)}`), "commit=Save+settings"].join("&");
      return `POST /admin/settings/integrations/${slug(c.s.provider)} HTTP/1.1\nHost: admin.shop.example.com\nContent-Type: application/x-www-form-urlencoded\nOrigin: https://admin.shop.example.com\nContent-Length: ${body.length}\n\n${body}`;
    },
  },
  {
    name: "multipart/form-data upload",
    run: (c) => {
      const b = `----WebKitFormBoundary${c.g.an(16)}`;
      const parts = [["provider", slug(c.s.provider)], ...c.f.map((x) => [short(x.k), x.v]), ["environment", "live"]];
      const body = parts.map(([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("") + `--${b}\r\nContent-Disposition: form-data; name="logo"; filename="logo.svg"\r\nContent-Type: image/svg+xml\r\n\r\n<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24"/>\r\n--${b}--\r\n`;
      return `POST /api/merchant/connectors HTTP/1.1\r\nHost: merchant.example.org\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n${body}`;
    },
  },
  fileR("JSON config", "json", (c) => {
    const o: Record<string, string> = {};
    for (const x of c.f) o[camel(x.k)] = x.v;
    return [`config/production.json`, JSON.stringify({ server: { port: 8080, trustProxy: true }, [camel(provKey(c))]: o, features: { partialRefunds: true } }, null, 2)];
  }),
  fileR("application.yml", "yaml", (c) => [`src/main/resources/application-prod.yml`, `spring:\n  application:\n    name: ${c.svc}\nintegrations:\n  ${kebab(provKey(c))}:\n    enabled: true\n${c.f.map((x) => `    ${kebab(x.k)}: ${x.v}`).join("\n")}\nmanagement:\n  endpoints:\n    web:\n      exposure:\n        include: health,info`]),
  fileR("Spring .properties", "properties", (c) => [`src/main/resources/application-prod.properties`, `spring.application.name=${c.svc}\nserver.port=8080\n${c.f.map((x) => `${dotted(x.k)}=${x.v}`).join("\n")}\nlogging.level.root=INFO`]),
  fileR("web.config appSettings XML", "xml", (c) => [`src/Shop.Payments/Web.config`, `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${c.f.map((x) => `    <add key="${pascal(x.k)}" value="${x.v.replace(/&/g, "&amp;")}" />`).join("\n")}\n  </appSettings>\n  <system.web>\n    <compilation debug="false" targetFramework="4.8" />\n  </system.web>\n</configuration>`]),
  fileR("Java source", "java", (c) => {
    const cls = `${pascal(provKey(c))}ClientConfig`;
    return [`src/main/java/com/example/shop/payments/${cls}.java`, `package com.example.shop.payments;\n\nimport java.net.http.HttpClient;\nimport java.time.Duration;\n\npublic final class ${cls} {\n${c.f.map((x) => `    static final String ${x.k} = "${x.v}";`).join("\n")}\n\n    public static HttpClient client() {\n        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();\n    }\n}`];
  }),
  fileR("Kotlin source", "kotlin", (c) => [`app/src/main/kotlin/com/example/shop/${pascal(provKey(c))}Settings.kt`, `package com.example.shop\n\nobject ${pascal(provKey(c))}Settings {\n${c.f.map((x) => `    const val ${x.k} = "${x.v}"`).join("\n")}\n    const val TIMEOUT_MS = 15_000L\n}`]),
  fileR("C# source", "csharp", (c) => [`src/Shop.Billing/${pascal(provKey(c))}Options.cs`, `namespace Shop.Billing;\n\npublic sealed class ${pascal(provKey(c))}Options\n{\n${c.f.map((x) => `    public string ${pascal(x.k)} { get; init; } = "${x.v}";`).join("\n")}\n    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);\n}`]),
  fileR("Laravel config/services.php", "php", (c) => [`config/services.php`, `<?php\n\nreturn [\n    '${provKey(c)}' => [\n${c.f.map((x) => `        '${snake(x.k).replace(provKey(c) + "_", "")}' => env('${x.k}', '${x.v}'),`).join("\n")}\n        'timeout' => 20,\n    ],\n];`]),
  fileR("Rails initializer", "ruby", (c) => [`config/initializers/${provKey(c)}.rb`, `# frozen_string_literal: true\n\nRails.application.configure do\n${c.f.map((x) => `  config.x.${provKey(c)}.${snake(x.k).replace(provKey(c) + "_", "")} = ENV.fetch("${x.k}", "${x.v}")`).join("\n")}\nend`]),
  fileR("Go source", "go", (c) => [`internal/${provKey(c).replace(/_/g, "")}/client.go`, `package ${provKey(c).replace(/_/g, "")}\n\nimport (\n\t"net/http"\n\t"os"\n\t"time"\n)\n\nconst (\n${c.f.map((x) => `\tdefault${pascal(x.k)} = "${x.v}"`).join("\n")}\n)\n\nfunc env(k, def string) string {\n\tif v := os.Getenv(k); v != "" {\n\t\treturn v\n\t}\n\treturn def\n}\n\nvar httpClient = &http.Client{Timeout: 15 * time.Second}\n\nfunc config() map[string]string {\n\treturn map[string]string{\n${c.f.map((x) => `\t\t"${x.k}": env("${x.k}", default${pascal(x.k)}),`).join("\n")}\n\t}\n}`]),
  fileR("Python settings module", "python", (c) => [`shop/settings/production.py`, `import os\n\nDEBUG = False\nALLOWED_HOSTS = ["shop.example.com"]\n\n${c.f.map((x) => `${x.k} = os.environ.get("${x.k}", "${x.v}")`).join("\n")}\n\nPAYMENT_TIMEOUT_SECONDS = 20`]),
  {
    name: "GitHub Actions job log",
    run: (c) => {
      const t = c.g.iso().replace(/\.\d+Z$/, "");
      const lines = [
        `${t}.1021843Z ##[group]Run ./scripts/deploy.sh ${c.svc}`,
        `${t}.1022519Z ./scripts/deploy.sh ${c.svc}`,
        `${t}.1025032Z shell: /usr/bin/bash -e {0}`,
        `${t}.1025450Z ##[endgroup]`,
        `${t}.4412907Z + echo 'Rendering runtime config'`,
        ...c.f.map((x, i) => `${t}.44${20 + i}118Z + ${x.k}=${x.v}`),
        `${t}.9120311Z Error: healthcheck failed for ${c.svc} (HTTP 502)`,
        `${t}.9133402Z ##[error]Process completed with exit code 1.`,
      ];
      return j({ model: "gpt-4o", messages: [{ role: "user", content: `${prose(c, "fix")}\n\n${lines.join("\n")}` }] });
    },
  },
  {
    name: "shell history pasted into a tool call",
    run: (c) => {
      let ts = c.g.ts();
      const hist = [`cd ~/src/${c.svc}`, "git pull --rebase", ...c.f.map((x) => `export ${x.k}=${x.v}`), `npm run reconcile -- --since ${c.g.iso().slice(0, 10)}`, "kubectl -n payments get pods"]
        .map((cmd) => `: ${(ts += c.g.range(3, 90))}:0;${cmd}`).join("\n");
      return j({ jsonrpc: "2.0", id: c.g.range(3, 60), method: "tools/call", params: { name: "save_note", arguments: { title: "zsh history from bastion", body: hist } } });
    },
  },
  {
    name: "support chat reply (helpdesk API)",
    run: (c) => j({ conversation_id: c.g.dig(12), type: "admin", message_type: "comment", body: `<p>${prose(c, c.pos ? "hand" : "neutral")}</p><pre>${c.f.map((x) => `${snake(x.k)}: ${x.v}`).join("\n")}</pre>` }),
  },
  {
    name: "Slack chat.postMessage body",
    run: (c) => j({ channel: `C0${c.g.up(9)}`, text: `${prose(c, c.pos ? "hand" : "neutral")}\n\`\`\`\n${c.f.map((x) => `${x.k}=${x.v}`).join("\n")}\n\`\`\``, unfurl_links: false }),
  },
  {
    name: "issue tracker comment (Markdown)",
    run: (c) => j({ body: `### ${c.svc}: production incident follow-up\n\n${prose(c, c.pos ? "fix" : "neutral")}\n\n| setting | value |\n|---|---|\n${c.f.map((x) => `| \`${x.k}\` | \`${x.v}\` |`).join("\n")}\n\n/cc @payments-oncall` }),
  },
  fileR("Kubernetes Secret (stringData)", "yaml", (c) => [`deploy/k8s/${c.svc}-secret.yaml`, `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${c.svc}-${kebab(provKey(c))}\n  namespace: ${c.g.pick(NS)}\ntype: Opaque\nstringData:\n${c.f.map((x) => `  ${x.k}: "${x.v}"`).join("\n")}`]),
  {
    name: "docker run -e in a tool call",
    run: (c) => j({ type: "tool_use", id: cat("toolu_01", c.g.an(22)), name: "bash", input: { command: `docker run --rm -d --name ${c.svc} -p 8080:8080 \\\n  ${c.f.map((x) => `-e ${x.k}=${sh(x.v)}`).join(" \\\n  ")} \\\n  registry.example.com/shop/${c.svc}:latest` } }),
  },
  fileR("terraform.tfvars", "hcl", (c) => [`infra/envs/prod/terraform.tfvars`, `environment = "prod"\nregion      = "eu-west-1"\n\n${c.f.map((x) => `${snake(x.k)} = "${x.v}"`).join("\n")}\n\nalert_email = "payments-oncall@example.com"`]),
  fileR("config.toml", "toml", (c) => [`config/prod.toml`, `[server]\nbind = "0.0.0.0:8080"\n\n[${provKey(c)}]\nenabled = true\n${c.f.map((x) => `${snake(x.k)} = "${x.v}"`).join("\n")}\n\n[retry]\nmax_attempts = 5`]),
  fileR("Node.js client module", "javascript", (c) => [`src/clients/${camel(provKey(c))}.js`, `import { createClient } from "./http.js";\n\nexport const ${camel(provKey(c))} = createClient({\n  baseUrl: "https://${c.host}",\n${c.f.map((x) => `  ${camel(x.k)}: process.env.${x.k} ?? "${x.v}",`).join("\n")}\n  timeoutMs: 15000,\n});`]),
  {
    name: "Jupyter notebook JSON",
    run: (c) => j({ cells: [{ cell_type: "markdown", metadata: {}, source: [`## ${c.s.provider} settlement reconciliation`] }, { cell_type: "code", execution_count: c.g.range(1, 40), metadata: {}, outputs: [], source: ["import os\n", "import pandas as pd\n", ...c.f.map((x) => `os.environ["${x.k}"] = "${x.v}"\n`), "df = pd.read_csv('settlements.csv')"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }),
  },
  fileR("GitHub Actions workflow", "yaml", (c) => [`.github/workflows/deploy-${c.svc}.yml`, `name: deploy ${c.svc}\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n${c.f.map((x) => `      ${x.k}: ${x.v}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh ${c.svc}`]),
  fileR("SQL seed migration", "sql", (c) => [`db/migrations/${c.g.dig(14)}_seed_${provKey(c)}.sql`, `INSERT INTO integration_settings (provider, name, value, environment, updated_at) VALUES\n${c.f.map((x) => `  ('${provKey(c)}', '${snake(x.k)}', '${x.v.replace(/'/g, "''")}', 'production', NOW())`).join(",\n")};`]),
  {
    name: "structured startup log shipped to a log intake",
    run: (c) => {
      const o: Record<string, string> = {};
      for (const x of c.f) o[camel(x.k)] = x.v;
      const line = j({ ts: c.g.iso(), level: "debug", service: c.svc, msg: "loaded integration config", trace_id: c.g.hex(32), config: { [camel(provKey(c))]: o } });
      return j([{ ddsource: "nodejs", service: c.svc, hostname: `ip-10-0-${c.g.range(1, 250)}-${c.g.range(1, 250)}`, message: line }]);
    },
  },
  {
    name: "Python traceback with locals",
    run: (c) => {
      const locals = c.f.map((x) => `    ${snake(x.k)} = '${x.v}'`).join("\n");
      const tb = `Traceback (most recent call last):\n  File "/srv/${c.svc}/app/jobs/settle.py", line ${c.g.range(40, 300)}, in run\n    resp = client.post(url, json=payload, timeout=20)\n  File "/srv/${c.svc}/app/clients/${provKey(c)}.py", line ${c.g.range(20, 120)}, in post\n    raise UpstreamError(resp.status_code, resp.text)\napp.errors.UpstreamError: (401, '{"error":"unauthorized"}')\n\nLocals at frame post:\n    url = 'https://${c.host}${defaultPath(c.s)}'\n${locals}`;
      return j({ model: "gpt-4o-mini", messages: [{ role: "user", content: `${prose(c, "fix")}\n\n${tb}` }] });
    },
  },
  fileR("unified diff", "diff", (c) => [`patches/${c.svc}-config.diff`, `diff --git a/deploy/${c.svc}/.env.production b/deploy/${c.svc}/.env.production\nindex ${c.g.hex(7)}..${c.g.hex(7)} 100644\n--- a/deploy/${c.svc}/.env.production\n+++ b/deploy/${c.svc}/.env.production\n@@ -3,6 +3,${6 + c.f.length} @@ LOG_LEVEL=info\n APP_URL=https://shop.example.com\n DEFAULT_CURRENCY=EUR\n${c.f.map((x) => `+${x.k}=${x.v}`).join("\n")}\n FEATURE_3DS2=true`]),
  {
    name: "HAR entry",
    run: (c) => {
      const w = wire(c);
      const u = new URL(w.url);
      return j({ log: { version: "1.2", creator: { name: "WebInspector", version: "537.36" }, entries: [{ startedDateTime: c.g.iso(), request: { method: w.method, url: w.url, httpVersion: "HTTP/2", headers: [{ name: ":authority", value: u.host }, ...w.headers.map(([name, value]) => ({ name, value })), { name: "content-type", value: "application/json" }], queryString: [...u.searchParams].map(([name, value]) => ({ name, value })), postData: { mimeType: "application/json", text: w.body ?? "" } }, response: { status: 401, statusText: "", headers: [], content: { size: 24, mimeType: "application/json" } }, time: c.g.range(40, 900) }] } });
    },
  },
  fileR("Dockerfile", "dockerfile", (c) => [`services/${c.svc}/Dockerfile`, `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\n${c.f.map((x) => `ENV ${x.k}=${x.v}`).join("\n")}\nEXPOSE 8080\nCMD ["node", "dist/server.js"]`]),
  {
    name: "email sent through a mail-send API (JSON)",
    run: (c) => {
      const mime = `From: ops@shop.example.com\r\nTo: integrations@partner.example.net\r\nSubject: ${c.s.provider} ${c.pos ? "credentials" : "details"} for ${c.svc}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n${prose(c, c.pos ? "hand" : "neutral")}\r\n\r\n${c.f.map((x) => `${x.k}: ${x.v}`).join("\r\n")}\r\n\r\n-- \r\nPayments Ops`;
      return j({ personalizations: [{ to: [{ email: "integrations@partner.example.net" }] }], from: { email: "ops@shop.example.com", name: "Payments Ops" }, subject: `${c.s.provider} ${c.pos ? "credentials" : "details"} for ${c.svc}`, content: [{ type: "text/plain", value: mime.split("\r\n\r\n").slice(1).join("\n\n").replace(/\r\n/g, "\n") }] });
    },
  },
  fileR("INI config", "ini", (c) => [`etc/${c.svc}/${provKey(c)}.ini`, `[general]\nenvironment = production\n\n[${provKey(c)}]\n${c.f.map((x) => `${snake(x.k)} = ${x.v}`).join("\n")}\ntimeout = 20`]),
  fileR("Helm values", "yaml", (c) => [`charts/${c.svc}/values-prod.yaml`, `replicaCount: 3\nimage:\n  repository: registry.example.com/shop/${c.svc}\n  tag: "${c.g.range(1, 4)}.${c.g.range(0, 30)}.${c.g.range(0, 9)}"\nenv:\n${c.f.map((x) => `  - name: ${x.k}\n    value: "${x.v}"`).join("\n")}\nresources:\n  limits:\n    memory: 512Mi`]),
  fileR("nested YAML secrets-ish config", "yaml", (c) => [`config/${c.svc}.yaml`, `${provKey(c)}:\n  mode: live\n${nestedYaml(c, "  ")}\nqueue:\n  url: amqp://mq.internal.example.com\n`]),
];

// ---------------------------------------------------------------------------------------------
// Case assembly

export const catOf = (set: string, g: Group) => (g === "benign" ? `${set}-benign` : `${set}-sec-${g}`);

export function hostFor(s: Spec, g: Gen): string {
  if (s.host) return s.host;
  const base = slug(s.provider.split(/[ (/]/)[0]!);
  return g.pick([`api.${base}.example.com`, `${base}.example.net`, `api.${base}.test`, `${base}-gateway.example.org`]);
}

export interface RotateOpts {
  set: string; // category prefix, e.g. "heldouty124"
  idPrefix: string; // e.g. "y124-c"
  start?: number;
  step?: number;
  offset?: number;
  label: "positive" | "benign";
}

/** Renders each (spec, pass) through a rotating renderer; returns cases with notes. */
export function rotate(g: Gen, specs: Spec[], passes: number[], o: RotateOpts): CorpusCase[] {
  const out: CorpusCase[] = [];
  let n = o.start ?? 1;
  let i = 0;
  const step = o.step ?? 7;
  const offset = o.offset ?? 0;
  specs.forEach((s, si) => {
    const times = passes[si] ?? 1;
    for (let p = 0; p < times; p++) {
      const r = RENDERERS[(i * step + offset + p * 19) % RENDERERS.length]!;
      i++;
      const ctx: Ctx = { g, s, f: s.make(g), pos: o.label === "positive", lang: pickLang(g), host: hostFor(s, g), svc: g.pick(SERVICES) };
      lastEnvelope = "";
      proseUsed = false;
      const text = r.run(ctx);
      const env = lastEnvelope ? ` (${lastEnvelope})` : "";
      const langNote = ctx.lang !== "en" && proseUsed ? `; prose in ${ctx.lang}` : "";
      const c: CorpusCase = {
        id: `${o.idPrefix}-${String(n++).padStart(3, "0")}`,
        kind: "secrets",
        category: catOf(o.set, s.group),
        label: o.label,
        text,
        note: `${s.provider}: ${s.slot} (${ctx.f.map((x) => x.k).join(", ")}) in ${r.name}${env}${langNote}`,
      };
      out.push(c);
    }
  });
  return out;
}

export function hand(set: string, id: string, group: Group, label: "positive" | "benign", text: string, note: string): CorpusCase {
  return { id, kind: "secrets", category: catOf(set, group), label, text, note };
}
