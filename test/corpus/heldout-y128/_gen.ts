// Shared builders and context renderers for heldout-y128 (skipped by the loader: name starts "_").
// Every credential-shaped value is assembled at run time from a split prefix and a body drawn from
// one SeededRng per case file, so the repository never holds a literal credential and every load
// yields the same texts.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const AL = {
  alnum: ALNUM,
  hex: "0123456789abcdef",
  HEX: "0123456789ABCDEF",
  lower: "abcdefghijklmnopqrstuvwxyz0123456789",
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
  letters: "abcdefghijklmnopqrstuvwxyz",
  digits: "0123456789",
  b64: `${ALNUM}+/`,
  b64url: `${ALNUM}-_`,
  b32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  b58: "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz",
  bech32: "qpzry9x8gf2tvdw0s3jn54khce6mua7l",
  django: "abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)",
};

/** Join the pieces of a split literal (prefixes are never written whole next to a body). */
export const j = (...parts: string[]): string => parts.join("");

export const b64 = (s: string | Uint8Array): string => Buffer.from(s).toString("base64");
export const b64url = (s: string | Uint8Array): string => Buffer.from(s).toString("base64url");

export class Gen extends SeededRng {
  an(n: number): string { return this.str(n, AL.alnum); }
  hex(n: number): string { return this.str(n, AL.hex); }
  HEX(n: number): string { return this.str(n, AL.HEX); }
  low(n: number): string { return this.str(n, AL.lower); }
  up(n: number): string { return this.str(n, AL.upper); }
  let(n: number): string { return this.str(n, AL.letters); }
  dig(n: number): string { return this.str(1, "123456789") + this.str(n - 1, AL.digits); }
  b64(n: number): string { return this.str(n, AL.b64); }
  b64u(n: number): string { return this.str(n, AL.b64url); }
  b58(n: number): string { return this.str(n, AL.b58); }
  b32(n: number): string { return this.str(n, AL.b32); }
  bech(n: number): string { return this.str(n, AL.bech32); }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${this.pick(["8", "9", "a", "b"])}${h.slice(17, 20)}-${h.slice(20)}`;
  }
  /** base64 of n random bytes (with padding), as an 88-char storage key etc. */
  b64bytes(n: number): string { return b64(this.bytes(n)); }
  /** A password a person would pick for a service account. */
  password(): string {
    const w = this.pick(["Harbor", "Quartz", "Maple", "Falcon", "Orbit", "Cobalt", "Juniper", "Tundra", "Saffron", "Velvet", "Ember", "Nimbus"]);
    return j(w, this.pick(["!", "#", "_", "-", "@", "%"]), this.an(6), this.dig(2), this.pick(["$", "*", "&", "!", "^"]), this.an(4));
  }
  /** A generated password (password manager style). */
  genpass(n = 24): string { return this.str(n, `${ALNUM}!#%*-_=+.~`); }
  jwt(header: object, payload: object, sigBytes = 32): string {
    return [b64url(JSON.stringify(header)), b64url(JSON.stringify(payload)), b64url(this.bytes(sigBytes))].join(".");
  }
  epoch(): number { return 1_760_000_000 + this.int(40_000_000); }
  ip(): string { return `10.${this.int(250)}.${this.int(250)}.${1 + this.int(250)}`; }
}

// ---------------------------------------------------------------- key material (DER-ish bytes)
const cat = (...parts: (number[] | Uint8Array)[]): Uint8Array => {
  const out: number[] = [];
  for (const p of parts) out.push(...Array.from(p));
  return Uint8Array.from(out);
};
const u32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const sshStr = (s: string | Uint8Array): Uint8Array => {
  const b = typeof s === "string" ? Buffer.from(s) : s;
  return cat(u32(b.length), b);
};
export const wrap = (s: string, w = 64): string => (s.match(new RegExp(`.{1,${w}}`, "g")) ?? []).join("\n");
export const pem = (label: string, der: Uint8Array, w = 64): string =>
  [`-----BEGIN ${label}-----`, wrap(b64(der), w), `-----END ${label}-----`].join("\n");

export const keys = {
  rsaPkcs1: (g: Gen): string =>
    pem(j("RSA PRI", "VATE KEY"), cat([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], g.bytes(1180))),
  rsaPkcs8: (g: Gen): string =>
    pem(j("PRI", "VATE KEY"), cat([0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa7, 0x30, 0x82, 0x04, 0xa3, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], g.bytes(1180))),
  ecSec1: (g: Gen): string =>
    pem(j("EC PRI", "VATE KEY"), cat([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20], g.bytes(32), [0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04], g.bytes(64))),
  ecPkcs8: (g: Gen): string =>
    pem(j("PRI", "VATE KEY"), cat([0x30, 0x81, 0x87, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x04, 0x6d, 0x30, 0x6b, 0x02, 0x01, 0x01, 0x04, 0x20], g.bytes(32), [0xa1, 0x44, 0x03, 0x42, 0x00, 0x04], g.bytes(64))),
  ed25519Pkcs8: (g: Gen): string =>
    pem(j("PRI", "VATE KEY"), cat([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20], g.bytes(32))),
  openssh: (g: Gen, comment = "deploy@ci"): string => {
    const pub = g.bytes(32);
    const pubBlob = cat(sshStr("ssh-ed25519"), sshStr(pub));
    const check = g.bytes(4);
    const priv = cat(check, check, sshStr("ssh-ed25519"), sshStr(pub), sshStr(cat(g.bytes(32), pub)), sshStr(comment), [1, 2, 3, 4, 5]);
    const body = cat(Buffer.from("openssh-key-v1\0"), sshStr("none"), sshStr("none"), sshStr(""), u32(1), sshStr(pubBlob), sshStr(priv));
    return pem(j("OPENSSH PRI", "VATE KEY"), body, 70);
  },
  sshEd25519Pub: (g: Gen, comment: string): string => `ssh-ed25519 ${b64(cat(sshStr("ssh-ed25519"), sshStr(g.bytes(32))))} ${comment}`,
  sshRsaPub: (g: Gen, comment: string): string =>
    `ssh-rsa ${b64(cat(sshStr("ssh-rsa"), sshStr(Uint8Array.from([1, 0, 1])), sshStr(cat([0], g.bytes(384)))))} ${comment}`,
  rsaPublic: (g: Gen): string =>
    pem("PUBLIC KEY", cat([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00, 0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01, 0x00], g.bytes(256), [0x02, 0x03, 0x01, 0x00, 0x01])),
  cert: (g: Gen): string =>
    pem("CERTIFICATE", cat([0x30, 0x82, 0x03, 0x5e, 0x30, 0x82, 0x02, 0x46, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x14], g.bytes(20), [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b, 0x05, 0x00, 0x30, 0x45, 0x31, 0x0b, 0x30, 0x09, 0x06, 0x03, 0x55, 0x04, 0x06, 0x13, 0x02, 0x55, 0x53], g.bytes(800))),
};

// ---------------------------------------------------------------- prose (a quarter not English)
export type Lang = "en" | "es" | "de" | "fr" | "pt" | "ja" | "zh" | "ru" | "it" | "ko" | "tr" | "pl" | "nl";
export const FOREIGN: Lang[] = ["es", "de", "fr", "pt", "ja", "zh", "ru", "it", "ko", "tr", "pl", "nl"];
type PK = "ask" | "deploy" | "hand" | "review" | "crash" | "log" | "nb" | "fix";
const PROSE: Record<Lang, Record<PK, string>> = {
  en: {
    ask: "This config stopped working after the last deploy. Can you spot what's wrong?",
    deploy: "Please update the deployment so the api service starts again, here's the current file:",
    hand: "Here's the {p} you asked for, it's the production one so don't post it anywhere:",
    review: "Can you review this change before I merge it?",
    crash: "The worker crashed overnight with this, what happened?",
    log: "CI failed on the deploy step, here is the log:",
    nb: "This notebook cell throws, can you fix it?",
    fix: "Fix the failing request below, it returns 401 on staging.",
  },
  es: {
    ask: "Esta configuración dejó de funcionar después del último despliegue. ¿Ves qué está mal?",
    deploy: "Actualiza el despliegue para que el servicio api vuelva a arrancar, este es el archivo actual:",
    hand: "Aquí tienes la {p} que pediste, es la de producción, no la compartas:",
    review: "¿Puedes revisar este cambio antes de hacer merge?",
    crash: "El worker se cayó esta noche con esto, ¿qué pasó?",
    log: "El CI falló en el paso de deploy, este es el log:",
    nb: "Esta celda del notebook falla, ¿la puedes arreglar?",
    fix: "Arregla la petición de abajo, devuelve 401 en staging.",
  },
  de: {
    ask: "Diese Konfiguration funktioniert seit dem letzten Deployment nicht mehr. Siehst du den Fehler?",
    deploy: "Bitte passe das Deployment an, damit der api-Dienst wieder startet, hier die aktuelle Datei:",
    hand: "Hier ist der {p}, den du wolltest – das ist der Produktivschlüssel, bitte nirgends posten:",
    review: "Kannst du dir die Änderung ansehen, bevor ich merge?",
    crash: "Der Worker ist heute Nacht damit abgestürzt, was ist passiert?",
    log: "Die CI ist beim Deploy-Schritt fehlgeschlagen, hier das Log:",
    nb: "Diese Notebook-Zelle wirft einen Fehler, kannst du das beheben?",
    fix: "Repariere die Anfrage unten, sie liefert auf Staging 401.",
  },
  fr: {
    ask: "Cette config ne marche plus depuis le dernier déploiement. Tu vois ce qui cloche ?",
    deploy: "Mets à jour le déploiement pour que le service api redémarre, voici le fichier actuel :",
    hand: "Voici la {p} demandée, c'est celle de prod donc ne la publie nulle part :",
    review: "Tu peux relire ce changement avant que je merge ?",
    crash: "Le worker a planté cette nuit avec ça, que s'est-il passé ?",
    log: "La CI a échoué à l'étape de déploiement, voici le log :",
    nb: "Cette cellule du notebook plante, tu peux corriger ?",
    fix: "Corrige la requête ci-dessous, elle renvoie 401 en staging.",
  },
  pt: {
    ask: "Essa configuração parou de funcionar depois do último deploy. Consegue ver o erro?",
    deploy: "Atualize o deployment para o serviço api voltar a subir, segue o arquivo atual:",
    hand: "Segue a {p} que você pediu, é a de produção, não compartilhe:",
    review: "Pode revisar essa mudança antes do merge?",
    crash: "O worker caiu de madrugada com isso, o que aconteceu?",
    log: "O CI falhou na etapa de deploy, segue o log:",
    nb: "Essa célula do notebook dá erro, consegue corrigir?",
    fix: "Corrija a requisição abaixo, ela retorna 401 em staging.",
  },
  ja: {
    ask: "前回のデプロイ以降この設定が動かなくなりました。どこがおかしいか分かりますか？",
    deploy: "api サービスが再び起動するようにデプロイを修正してください。現在のファイルです：",
    hand: "頼まれていた {p} です。本番用なのでどこにも貼らないでください：",
    review: "マージ前にこの変更をレビューしてもらえますか？",
    crash: "昨夜ワーカーがこれで落ちました。原因は何でしょう？",
    log: "CI のデプロイステップが失敗しました。ログです：",
    nb: "このノートブックのセルでエラーになります。直せますか？",
    fix: "下のリクエストを直してください。staging で 401 が返ります。",
  },
  zh: {
    ask: "上次部署之后这个配置就不工作了，你能看出哪里有问题吗？",
    deploy: "请更新部署让 api 服务重新启动，这是当前的文件：",
    hand: "这是你要的 {p}，是生产环境的，别发到别处：",
    review: "合并之前能帮我看一下这个改动吗？",
    crash: "worker 昨晚因为这个崩溃了，怎么回事？",
    log: "CI 在部署步骤失败了，日志如下：",
    nb: "这个 notebook 单元格报错了，能帮忙修一下吗？",
    fix: "修复下面这个请求，在 staging 上返回 401。",
  },
  ru: {
    ask: "После последнего деплоя этот конфиг перестал работать. Видишь, в чём проблема?",
    deploy: "Обнови деплой, чтобы сервис api снова запускался, вот текущий файл:",
    hand: "Вот {p}, который ты просил, это боевой, никуда не выкладывай:",
    review: "Посмотришь это изменение перед мержем?",
    crash: "Воркер ночью упал вот с этим, что случилось?",
    log: "CI упал на шаге деплоя, вот лог:",
    nb: "Эта ячейка ноутбука падает, можешь поправить?",
    fix: "Исправь запрос ниже, на staging он возвращает 401.",
  },
  it: {
    ask: "Questa configurazione ha smesso di funzionare dopo l'ultimo deploy. Vedi cosa c'è che non va?",
    deploy: "Aggiorna il deployment così il servizio api riparte, ecco il file attuale:",
    hand: "Ecco la {p} che mi avevi chiesto, è quella di produzione, non condividerla:",
    review: "Puoi rivedere questa modifica prima del merge?",
    crash: "Il worker è crashato stanotte con questo, cosa è successo?",
    log: "La CI è fallita nello step di deploy, ecco il log:",
    nb: "Questa cella del notebook va in errore, puoi sistemarla?",
    fix: "Sistema la richiesta qui sotto, in staging restituisce 401.",
  },
  ko: {
    ask: "지난 배포 이후로 이 설정이 동작하지 않아요. 뭐가 문제인지 보이나요?",
    deploy: "api 서비스가 다시 뜨도록 배포를 수정해 주세요. 현재 파일입니다:",
    hand: "요청하신 {p}입니다. 운영용이니 다른 곳에 올리지 마세요:",
    review: "머지하기 전에 이 변경 좀 리뷰해 줄래요?",
    crash: "워커가 밤사이에 이걸로 죽었어요. 무슨 일이죠?",
    log: "CI가 배포 단계에서 실패했어요. 로그입니다:",
    nb: "이 노트북 셀에서 에러가 나요. 고쳐 줄 수 있나요?",
    fix: "아래 요청을 고쳐 주세요. staging에서 401이 나옵니다.",
  },
  tr: {
    ask: "Son deploy'dan sonra bu yapılandırma çalışmıyor. Sorunu görebiliyor musun?",
    deploy: "api servisi yeniden ayağa kalksın diye deployment'ı güncelle, mevcut dosya şu:",
    hand: "İstediğin {p} burada, production anahtarı, hiçbir yere yapıştırma:",
    review: "Merge etmeden önce bu değişikliğe bakabilir misin?",
    crash: "Worker gece bununla çöktü, ne oldu?",
    log: "CI deploy adımında patladı, log şu:",
    nb: "Bu notebook hücresi hata veriyor, düzeltebilir misin?",
    fix: "Aşağıdaki isteği düzelt, staging'de 401 dönüyor.",
  },
  pl: {
    ask: "Ta konfiguracja przestała działać po ostatnim wdrożeniu. Widzisz, co jest nie tak?",
    deploy: "Zaktualizuj wdrożenie, żeby serwis api znowu wstał, oto obecny plik:",
    hand: "Oto {p}, o który prosiłeś, produkcyjny, nigdzie go nie wklejaj:",
    review: "Możesz przejrzeć tę zmianę przed merge?",
    crash: "Worker padł w nocy z tym błędem, co się stało?",
    log: "CI wywaliło się na kroku deploy, oto log:",
    nb: "Ta komórka notatnika rzuca błąd, możesz to naprawić?",
    fix: "Napraw poniższe żądanie, na stagingu zwraca 401.",
  },
  nl: {
    ask: "Deze config werkt niet meer sinds de laatste deploy. Zie jij wat er mis is?",
    deploy: "Pas de deployment aan zodat de api-service weer start, hier is het huidige bestand:",
    hand: "Hier is de {p} waar je om vroeg, het is de productiesleutel dus nergens plakken:",
    review: "Kun je deze wijziging reviewen voordat ik merge?",
    crash: "De worker is vannacht hiermee gecrasht, wat is er gebeurd?",
    log: "CI faalde bij de deploystap, hier is de log:",
    nb: "Deze notebookcel geeft een fout, kun je het fixen?",
    fix: "Fix het verzoek hieronder, het geeft 401 op staging.",
  },
};
export const prose = (lang: Lang, k: PK, p = ""): string => PROSE[lang][k].split("{p}").join(p);

// ---------------------------------------------------------------- specs and contexts
export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  key: string;
  provider: string;
  group: Group;
  /** Env-style slot name (rendered as env var, camelCase field, snake_case key, ...). */
  slot: string;
  make: (g: Gen) => string;
  /** Header line template with {v}; default "Authorization: Bearer {v}". */
  header?: string;
  /** Query/form parameter name; default "api_key". */
  param?: string;
  /** Only rendered in config-like contexts (connection strings, passwords, key pairs). */
  cfg?: boolean;
  /** Companion non-secret fields (ids, hosts) rendered alongside in config contexts. */
  extra?: (g: Gen) => [string, string][];
}

/** Benign look-alike spec: slot/header/param names are never secret-named for ids/digests. */
export interface BSpec {
  key: string;
  what: string;
  slot: string;
  make: (g: Gen) => string;
  header?: string;
  param?: string;
  cfg?: boolean;
  extra?: (g: Gen) => [string, string][];
}

export interface Ctx {
  g: Gen;
  provider: string;
  slot: string;
  v: string;
  header?: string;
  param: string;
  cfg: boolean;
  benign: boolean;
  extras: [string, string][];
  lang: Lang;
  host: string;
}

export interface Renderer {
  name: string;
  /** "hdr": needs a header; "qry": value goes in a URL/form parameter; "sec": prose or object says the value is a secret. */
  needs?: ("hdr" | "qry" | "sec")[];
  prose?: boolean;
  render: (c: Ctx) => string;
}

// slot helpers
const words = (slot: string): string[] => slot.toLowerCase().split(/[_\-.]+/).filter(Boolean);
export const camel = (slot: string): string => words(slot).map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
export const snake = (slot: string): string => words(slot).join("_");
export const kebab = (slot: string): string => words(slot).join("-");
export const human = (slot: string): string => words(slot).join(" ");
export const pascal = (slot: string): string => words(slot).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
const slug = (p: string): string => p.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const needsQuote = (v: string): boolean => /[\s#$"'`\\;&|<>(){}!*?]/.test(v);
const shq = (v: string): string => (v.includes("'") ? JSON.stringify(v) : `'${v}'`);
const envv = (v: string): string => (needsQuote(v) ? JSON.stringify(v) : v);
const yq = (v: string): string => (/^[A-Za-z][A-Za-z0-9_./-]*$/.test(v) ? v : JSON.stringify(v));
const hdr = (c: Ctx): string => (c.header ?? "Authorization: Bearer {v}").split("{v}").join(c.v);
const hdrName = (c: Ctx): string => hdr(c).split(":")[0]!;
const hdrVal = (c: Ctx): string => hdr(c).slice(hdrName(c).length + 1).trim();
const label = (c: Ctx): string => (human(c.slot).startsWith(c.provider.toLowerCase().split(/[ .]/)[0]!) ? human(c.slot) : `${c.provider} ${human(c.slot)}`);
const fence = (lang: string, body: string): string => `\`\`\`${lang}\n${body}\n\`\`\``;
const ts = (g: Gen): string => `2026-${String(1 + g.int(11)).padStart(2, "0")}-${String(1 + g.int(27)).padStart(2, "0")}T${String(g.int(23)).padStart(2, "0")}:${String(g.int(59)).padStart(2, "0")}:${String(g.int(59)).padStart(2, "0")}`;
const path = (g: Gen): string => g.pick(["/v1/items", "/api/v2/reports", "/v1/messages", "/api/sync", "/v3/jobs", "/v1/events", "/api/v1/export"]);

function pairs(c: Ctx): [string, string][] {
  const decoys: [string, string][][] = [
    [["NODE_ENV", "production"], ["PORT", "8080"]],
    [["APP_ENV", "prod"], ["LOG_LEVEL", "info"]],
    [["RAILS_ENV", "production"], ["WEB_CONCURRENCY", "3"]],
    [["APP_URL", "https://app.example.com"], ["TZ", "UTC"]],
    [["ENVIRONMENT", "production"], ["REGION", "eu-west-1"]],
  ];
  const d = c.g.pick(decoys);
  return [d[0]!, ...c.extras, [c.slot, c.v], d[1]!];
}
const envText = (c: Ctx): string => pairs(c).map(([k, v]) => `${k}=${envv(v)}`).join("\n");

function jsonObj(c: Ctx): Record<string, unknown> {
  const o: Record<string, unknown> = { service: "billing-sync", timeoutMs: 15000 };
  for (const [k, v] of c.extras) o[camel(k)] = v;
  o[camel(c.slot)] = c.v;
  o["retries"] = 3;
  return o;
}

export const RENDERERS: Renderer[] = [
  {
    name: "OpenAI chat-completions body with a pasted .env",
    prose: true,
    render: (c) => JSON.stringify({ model: "gpt-4o", temperature: 0.2, messages: [{ role: "system", content: "You are a senior DevOps engineer." }, { role: "user", content: `${prose(c.lang, "ask")}\n\n${fence("env", envText(c))}` }] }),
  },
  {
    name: "Anthropic messages body with a pasted docker-compose.yml",
    prose: true,
    render: (c) => {
      const env = pairs(c).map(([k, v]) => `      ${k}: ${yq(v)}`).join("\n");
      const yml = `services:\n  api:\n    image: registry.example.com/acme/api:1.${c.g.int(30)}.${c.g.int(9)}\n    ports:\n      - "8080:8080"\n    environment:\n${env}\n  redis:\n    image: redis:7-alpine`;
      return JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: [{ type: "text", text: `${prose(c.lang, "deploy")}\n\n${fence("yaml", yml)}` }] }] }, null, 2);
    },
  },
  {
    name: "Anthropic tool_use write_file of .env.production",
    render: (c) => JSON.stringify({ model: "claude-opus-4-1", max_tokens: 8192, messages: [
      { role: "user", content: "Create the production env file for the deploy." },
      { role: "assistant", content: [{ type: "text", text: "I'll write the env file now." }, { type: "tool_use", id: `toolu_01${c.g.an(22)}`, name: "write_file", input: { path: ".env.production", content: `${envText(c)}\n` } }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: `toolu_01${c.g.an(22)}`, content: "ok" }] },
    ] }),
  },
  {
    name: "OpenAI tool_calls shell command (double-escaped arguments)",
    render: (c) => {
      const ex = c.extras.map(([k, v]) => `export ${k}=${shq(v)} && `).join("");
      const cmd = `${ex}export ${c.slot}=${shq(c.v)} && npm run deploy -- --env production`;
      return JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: "deploy it" }, { role: "assistant", content: null, tool_calls: [{ id: `call_${c.g.an(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: cmd, cwd: "/srv/app" }) } }] }] });
    },
  },
  {
    name: "MCP tools/call result echoing config/settings.json",
    render: (c) => JSON.stringify({ jsonrpc: "2.0", id: 7 + c.g.int(90), result: { content: [{ type: "text", text: `$ cat config/settings.json\n${JSON.stringify(jsonObj(c), null, 2)}` }], isError: false } }),
  },
  {
    name: "curl with auth header",
    needs: ["hdr"],
    render: (c) => `curl -sS -X POST 'https://${c.host}${path(c.g)}' \\\n  -H '${hdr(c)}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"limit": 50, "cursor": null}'`,
  },
  {
    name: "raw HTTP request headers",
    needs: ["hdr"],
    render: (c) => `GET ${path(c.g)}?page=2 HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: python-requests/2.32.3\r\nAccept: application/json\r\n${hdr(c)}\r\nConnection: keep-alive\r\n\r\n`,
  },
  {
    name: "URL query parameter",
    needs: ["qry"],
    render: (c) => `GET https://${c.host}${path(c.g)}?format=json&${c.param}=${encodeURIComponent(c.v)}&limit=100`,
  },
  {
    name: "x-www-form-urlencoded body",
    needs: ["qry"],
    render: (c) => `POST /v1/session HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\n${[...c.extras.map(([k, v]) => `${snake(k)}=${encodeURIComponent(v)}`), `${c.param}=${encodeURIComponent(c.v)}`, "scope=read%20write"].join("&")}`,
  },
  {
    name: "multipart/form-data field",
    needs: ["qry"],
    render: (c) => {
      const b = `----WebKitFormBoundary${c.g.an(16)}`;
      return `POST /upload HTTP/1.1\nHost: ${c.host}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${c.param}"\n\n${c.v}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,amount\n1,20.00\n--${b}--\n`;
    },
  },
  {
    name: "PUT JSON config to a config service",
    render: (c) => `PUT /v1/apps/billing-sync/config HTTP/1.1\nHost: config.example.net\nContent-Type: application/json\n\n${JSON.stringify(jsonObj(c), null, 2)}`,
  },
  {
    name: "GitHub gist create body with helm values.yaml",
    render: (c) => {
      const env = pairs(c).map(([k, v]) => `    ${camel(k)}: ${yq(v)}`).join("\n");
      return JSON.stringify({ description: "helm values for staging", public: false, files: { "values.yaml": { content: `replicaCount: 2\nimage:\n  repository: registry.example.com/acme/worker\n  tag: "2.${c.g.int(20)}.0"\nconfig:\n${env}\n` } } });
    },
  },
  {
    name: "Gemini generateContent body with a pasted config.toml",
    prose: true,
    render: (c) => {
      const toml = `[server]\nport = 8080\n\n[${slug(c.provider).replace(/-/g, "_")}]\n${[...c.extras, [c.slot, c.v] as [string, string]].map(([k, v]) => `${snake(k)} = ${JSON.stringify(v)}`).join("\n")}\ntimeout = "30s"`;
      return JSON.stringify({ contents: [{ role: "user", parts: [{ text: `${prose(c.lang, "ask")}\n\n${fence("toml", toml)}` }] }], generationConfig: { temperature: 0.1 } });
    },
  },
  {
    name: "Ollama /api/chat body with a pasted settings.ini",
    prose: true,
    render: (c) => {
      const ini = `[general]\ndebug = false\n\n[${slug(c.provider)}]\n${[...c.extras, [c.slot, c.v] as [string, string]].map(([k, v]) => `${snake(k)} = ${v}`).join("\n")}\nendpoint = https://${c.host}`;
      return JSON.stringify({ model: "qwen2.5-coder:14b", stream: false, messages: [{ role: "user", content: `${prose(c.lang, "ask")}\n\n${ini}` }] });
    },
  },
  {
    name: "tool_use edit_file on application.properties",
    render: (c) => {
      const pre = `app.${slug(c.provider).replace(/-/g, ".")}`;
      const lines = [...c.extras, [c.slot, c.v] as [string, string]].map(([k, v]) => `${pre}.${kebab(k)}=${v}`).join("\n");
      return JSON.stringify({ type: "tool_use", id: `toolu_01${c.g.an(22)}`, name: "str_replace_based_edit_tool", input: { command: "str_replace", path: "src/main/resources/application.properties", old_str: "server.port=8080", new_str: `server.port=8080\n${lines}` } });
    },
  },
  {
    name: "Cursor-style run_terminal_cmd with export",
    render: (c) => JSON.stringify({ tool: "run_terminal_cmd", parameters: { command: `export ${c.slot}="${c.v}"; ./scripts/smoke.sh`, is_background: false, explanation: c.benign ? "Set the variable and rerun the smoke test" : "Set the credential and rerun the smoke test" } }),
  },
  {
    name: "chat body with pasted terraform.tfvars / provider block",
    prose: true,
    render: (c) => {
      const hcl = `provider "${slug(c.provider).split("-")[0]}" {\n${[...c.extras, [c.slot, c.v] as [string, string]].map(([k, v]) => `  ${snake(k)} = "${v}"`).join("\n")}\n}\n\nresource "null_resource" "bootstrap" {}`;
      return JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `${prose(c.lang, "review")}\n\n${fence("hcl", hcl)}` }] });
    },
  },
  {
    name: "web.config appSettings XML in a PR comment body",
    render: (c) => {
      const adds = [...c.extras, [c.slot, c.v] as [string, string]].map(([k, v]) => `    <add key="${pascal(k)}" value="${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" />`).join("\n");
      return JSON.stringify({ body: `Config used on prod right now:\n\n${fence("xml", `<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${adds}\n  </appSettings>\n</configuration>`)}` });
    },
  },
  {
    name: "Python code (env default)",
    render: (c) => `import os\nimport httpx\n\n${c.extras.map(([k, v]) => `${k} = os.getenv("${k}", "${v}")\n`).join("")}${c.slot} = os.getenv("${c.slot}", "${c.v}")\n\nclient = httpx.Client(base_url="https://${c.host}", timeout=20)\n`,
  },
  {
    name: "TypeScript client setup",
    render: (c) => `import { createClient } from "./client";\n\nexport const client = createClient({\n  baseUrl: "https://${c.host}",\n${c.extras.map(([k, v]) => `  ${camel(k)}: "${v}",\n`).join("")}  ${camel(c.slot)}: process.env.${c.slot} ?? "${c.v}",\n});\n`,
  },
  {
    name: "Go const block",
    render: (c) => `package config\n\nconst (\n\tBaseURL = "https://${c.host}"\n${c.extras.map(([k, v]) => `\t${pascal(k)} = "${v}"\n`).join("")}\t${pascal(c.slot)} = "${c.v}"\n)\n`,
  },
  {
    name: "Ruby initializer",
    render: (c) => `# config/initializers/${snake(c.slot)}.rb\nRails.application.configure do\n${c.extras.map(([k, v]) => `  config.x.${snake(k)} = ENV.fetch("${k}", "${v}")\n`).join("")}  config.x.${snake(c.slot)} = ENV.fetch("${c.slot}", "${c.v}")\nend\n`,
  },
  {
    name: "PHP config array",
    render: (c) => `<?php\n\nreturn [\n    'base_url' => 'https://${c.host}',\n${c.extras.map(([k, v]) => `    '${snake(k)}' => env('${k}', '${v}'),\n`).join("")}    '${snake(c.slot)}' => env('${c.slot}', '${c.v}'),\n];\n`,
  },
  {
    name: "C# options binding",
    render: (c) => `var options = new ServiceOptions\n{\n    BaseUrl = new Uri("https://${c.host}"),\n${c.extras.map(([k, v]) => `    ${pascal(k)} = "${v}",\n`).join("")}    ${pascal(c.slot)} = Environment.GetEnvironmentVariable("${c.slot}") ?? "${c.v}",\n};\n`,
  },
  {
    name: "Java static config",
    render: (c) => `public final class AppConfig {\n    public static final String BASE_URL = "https://${c.host}";\n${c.extras.map(([k, v]) => `    public static final String ${k} = "${v}";\n`).join("")}    public static final String ${c.slot} = System.getenv().getOrDefault("${c.slot}", "${c.v}");\n}\n`,
  },
  {
    name: "Rust const",
    render: (c) => `// src/config.rs\npub const BASE_URL: &str = "https://${c.host}";\n${c.extras.map(([k, v]) => `pub const ${k}: &str = "${v}";\n`).join("")}pub const ${c.slot}: &str = "${c.v}";\n`,
  },
  {
    name: "Kotlin object",
    render: (c) => `object ${c.benign ? "BuildInfo" : "Secrets"} {\n${c.extras.map(([k, v]) => `    const val ${k} = "${v}"\n`).join("")}    const val ${c.slot} = "${c.v.split("$").join("\\$")}"\n}\n`,
  },
  {
    name: "GitHub Actions log with set -x trace",
    prose: true,
    render: (c) => {
      const t = ts(c.g);
      const line = c.cfg ? `+ export ${c.slot}=${c.v}` : c.header || !c.benign ? `+ curl -fsS -H '${hdr(c)}' https://${c.host}/v1/deployments` : `+ export ${c.slot}=${c.v}`;
      return `${prose(c.lang, "log")}\n\n${t}.1021Z ##[group]Run ./scripts/deploy.sh\n${t}.1024Z ./scripts/deploy.sh\n${t}.1030Z shell: /usr/bin/bash -e {0}\n${t}.1031Z ##[endgroup]\n${t}.2210Z ${line}\n${t}.9912Z curl: (22) The requested URL returned error: 403\n${t}.9950Z ##[error]Process completed with exit code 22.`;
    },
  },
  {
    name: "shell history (~/.zsh_history) in MCP resource read",
    render: (c) => {
      const cmd = c.cfg || c.benign ? `export ${c.slot}=${shq(c.v)}` : `http POST https://${c.host}/v1/sync '${hdrName(c)}:${hdrVal(c)}'`;
      const e = c.g.epoch();
      const text = `: ${e}:0;cd ~/src/billing\n: ${e + 12}:0;git pull --rebase\n: ${e + 40}:0;${cmd}\n: ${e + 55}:0;make run\n`;
      return JSON.stringify({ jsonrpc: "2.0", id: 3, result: { contents: [{ uri: "file:///home/dev/.zsh_history", mimeType: "text/plain", text }] } });
    },
  },
  {
    name: "Python crash report with locals",
    prose: true,
    render: (c) => `${prose(c.lang, "crash")}\n\nTraceback (most recent call last):\n  File "/srv/app/worker.py", line 88, in sync_batch\n    resp = session.post(url, headers=headers, json=batch)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\n    return self.request("POST", url, data=data, json=json, **kwargs)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${c.host}', port=443): Max retries exceeded\n\nLocals at frame sync_batch:\n    url = 'https://${c.host}/v1/batch'\n    ${snake(c.slot)} = '${c.v}'\n    batch = [<Row 1..500>]\n    attempt = 3`,
  },
  {
    name: "Jupyter notebook JSON",
    render: (c) => JSON.stringify({ cells: [
      { cell_type: "markdown", metadata: {}, source: ["# Weekly export\n"] },
      { cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", ...c.extras.map(([k, v]) => `os.environ[\"${k}\"] = \"${v}\"\n`), `os.environ["${c.slot}"] = "${c.v}"\n`, "from exporter import run\n", "run(days=7)\n"] },
    ], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1),
  },
  {
    name: "unified diff of config/production.yml",
    prose: true,
    render: (c) => `${prose(c.lang, "review")}\n\ndiff --git a/config/production.yml b/config/production.yml\nindex ${c.g.hex(7)}..${c.g.hex(7)} 100644\n--- a/config/production.yml\n+++ b/config/production.yml\n@@ -12,6 +12,${7 + c.extras.length} @@ integrations:\n   ${slug(c.provider)}:\n     enabled: true\n     region: eu\n${c.extras.map(([k, v]) => `+    ${snake(k)}: ${yq(v)}\n`).join("")}+    ${snake(c.slot)}: ${yq(c.v)}\n     timeout: 30\n`,
  },
  {
    name: "Slack chat.postMessage handing the credential over",
    needs: ["sec"],
    prose: true,
    render: (c) => JSON.stringify({ channel: `D0${c.g.up(9)}`, text: `${prose(c.lang, "hand", label(c))}\n${c.extras.map(([k, v]) => `${k}=${v}\n`).join("")}${c.v}` }),
  },
  {
    name: "kubectl apply of a Secret (base64 data)",
    needs: ["sec"],
    render: (c) => `kubectl apply -f - <<'EOF'\napiVersion: v1\nkind: Secret\nmetadata:\n  name: ${slug(c.provider)}-credentials\n  namespace: prod\ntype: Opaque\ndata:\n${[...c.extras, [c.slot, c.v] as [string, string]].map(([k, v]) => `  ${k}: ${b64(v)}`).join("\n")}\nEOF`,
  },
  {
    name: "k8s Secret manifest (stringData) in a tool_use write_file",
    needs: ["sec"],
    render: (c) => JSON.stringify({ type: "tool_use", id: `toolu_01${c.g.an(22)}`, name: "write_file", input: { path: `deploy/k8s/${slug(c.provider)}-secret.yaml`, content: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${slug(c.provider)}\nstringData:\n${[...c.extras, [c.slot, c.v] as [string, string]].map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`).join("\n")}\n` } }),
  },
  {
    name: "docker run -e",
    render: (c) => `docker run -d --name api --restart unless-stopped \\\n${[...c.extras, [c.slot, c.v] as [string, string]].map(([k, v]) => `  -e ${k}=${shq(v)} \\\n`).join("")}  -p 8080:8080 registry.example.com/acme/api:latest`,
  },
  {
    name: "GitHub Actions workflow env block in a GitLab commits API body",
    render: (c) => {
      const wf = `name: nightly\non:\n  schedule:\n    - cron: "0 3 * * *"\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n${[...c.extras, [c.slot, c.v] as [string, string]].map(([k, v]) => `      ${k}: ${yq(v)}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make sync\n`;
      return JSON.stringify({ branch: "ci/nightly", commit_message: "ci: add nightly sync", actions: [{ action: "create", file_path: ".github/workflows/nightly.yml", content: wf }] });
    },
  },
  {
    name: "Dockerfile ENV",
    render: (c) => `FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\n${[...c.extras, [c.slot, c.v] as [string, string]].map(([k, v]) => `ENV ${k}=${envv(v)}`).join("\n")}\nEXPOSE 8080\nCMD ["node", "server.js"]`,
  },
  {
    name: "SQL seed insert into settings",
    render: (c) => `INSERT INTO integration_settings (tenant_id, provider, name, value, updated_at) VALUES\n${[...c.extras, [c.slot, c.v] as [string, string]].map(([k, v]) => `  (42, '${slug(c.provider)}', '${snake(k)}', '${v.replace(/'/g, "''")}', now())`).join(",\n")};`,
  },
  {
    name: "structured JSON log line next to trace ids",
    render: (c) => JSON.stringify({ ts: `${ts(c.g)}.${c.g.dig(3)}Z`, level: "debug", msg: "outbound request", trace_id: c.g.hex(32), span_id: c.g.hex(16), "http.url": `https://${c.host}/v1/sync`, config: Object.fromEntries([...c.extras, [c.slot, c.v] as [string, string]].map(([k, v]) => [snake(k), v])) }),
  },
  {
    name: "HAR entry request headers",
    needs: ["hdr"],
    render: (c) => JSON.stringify({ log: { version: "1.2", creator: { name: "WebInspector", version: "537.36" }, entries: [{ startedDateTime: `${ts(c.g)}.000Z`, request: { method: "GET", url: `https://${c.host}${path(c.g)}`, httpVersion: "HTTP/2", headers: [{ name: "accept", value: "application/json" }, { name: hdrName(c).toLowerCase(), value: hdrVal(c) }, { name: "x-request-id", value: c.g.uuid() }], queryString: [], cookies: [] }, response: { status: 200 } }] } }, null, 2),
  },
  {
    name: "GitHub issue comment with README setup section",
    prose: true,
    render: (c) => JSON.stringify({ body: `${prose(c.lang, "fix")}\n\n## Setup\n\n1. Copy the values below into \`.env.local\`\n2. Run \`pnpm dev\`\n\n${fence("bash", [...c.extras, [c.slot, c.v] as [string, string]].map(([k, v]) => `${k}=${envv(v)}`).join("\n"))}\n` }),
  },
  {
    name: "systemd unit Environment= (ssh tool command)",
    render: (c) => JSON.stringify({ name: "ssh_exec", arguments: { host: "app-01.example.org", command: `sudo tee /etc/systemd/system/worker.service.d/override.conf >/dev/null <<'EOF'\n[Service]\n${[...c.extras, [c.slot, c.v] as [string, string]].map(([k, v]) => `Environment="${k}=${v}"`).join("\n")}\nEOF\nsudo systemctl daemon-reload && sudo systemctl restart worker` } }),
  },
  {
    name: "error-tracker event JSON with process env",
    render: (c) => JSON.stringify({ event_id: c.g.hex(32), timestamp: `${ts(c.g)}Z`, platform: "node", level: "error", exception: { values: [{ type: "FetchError", value: `request to https://${c.host}/v1/token failed, reason: ECONNRESET` }] }, contexts: { runtime: { name: "node", version: "v22.11.0" } }, extra: { env: Object.fromEntries([["NODE_ENV", "production"], ...c.extras, [c.slot, c.v]]) } }),
  },
  {
    name: "helpdesk ticket reply handing the credential over",
    needs: ["sec"],
    prose: true,
    render: (c) => JSON.stringify({ ticket: { comment: { body: `${prose(c.lang, "hand", label(c))}\n\n${[...c.extras, [c.slot, c.v] as [string, string]].map(([k, v]) => `${human(k)}: ${v}`).join("\n")}\n\n-- ops`, public: false } } }),
  },
  {
    name: "PowerShell $env: assignment",
    render: (c) => `PS C:\\src\\api> ${[...c.extras, [c.slot, c.v] as [string, string]].map(([k, v]) => `$env:${k} = '${v.replace(/'/g, "''")}'`).join("; ")}\nPS C:\\src\\api> dotnet run --project .\\Api\\Api.csproj`,
  },
  {
    name: "nginx proxy_set_header",
    needs: ["hdr"],
    render: (c) => `location /upstream/ {\n    proxy_pass https://${c.host}/;\n    proxy_set_header ${hdrName(c)} "${hdrVal(c)}";\n    proxy_set_header Host ${c.host};\n}\n`,
  },
  {
    name: "devtools Copy as fetch",
    needs: ["hdr"],
    render: (c) => `fetch("https://${c.host}${path(c.g)}", {\n  "headers": {\n    "accept": "application/json",\n    "${hdrName(c).toLowerCase()}": "${hdrVal(c)}",\n    "content-type": "application/json"\n  },\n  "body": "{\\"dryRun\\":false}",\n  "method": "POST"\n});`,
  },
  {
    name: "Makefile variable",
    render: (c) => `${[...c.extras, [c.slot, c.v] as [string, string]].map(([k, v]) => `${k} ?= ${v.split("$").join("$$")}`).join("\n")}\n\n.PHONY: sync\nsync:\n\t./bin/sync --endpoint https://${c.host}\n`,
  },
];

// ---------------------------------------------------------------- rotation
export const pad = (n: number): string => String(n).padStart(3, "0");
const TLDS = ["example.com", "example.net", "example.org"];

function fits(r: Renderer, c: Ctx): boolean {
  for (const n of r.needs ?? []) {
    if (n === "hdr" && (c.cfg || (c.benign && !c.header))) return false;
    if (n === "qry" && c.cfg) return false;
    if (n === "sec" && c.benign) return false;
  }
  return true;
}

function ctxOf(g: Gen, provider: string, slot: string, v: string, o: { header?: string; param?: string; cfg?: boolean; benign: boolean; extras: [string, string][]; lang: Lang }): Ctx {
  const host = g.int(5) === 0 ? `api.${slug(provider)}.test` : `${slug(provider).split("-")[0]}.${g.pick(TLDS)}`;
  const c: Ctx = { g, provider, slot, v, param: o.param ?? (o.benign ? snake(slot) : "api_key"), cfg: !!o.cfg, benign: o.benign, extras: o.extras, lang: o.lang, host };
  if (o.header !== undefined) c.header = o.header;
  return c;
}

const langFor = (i: number): Lang => (i % 4 === 3 ? FOREIGN[((i - 3) / 4) % FOREIGN.length]! : "en");

export function rotate(g: Gen, specs: Spec[], idp: string, offset: number): CorpusCase[] {
  return specs.map((s, i) => {
    const v = s.make(g);
    const extras = s.extra ? s.extra(g) : [];
    const lang = langFor(i + offset);
    const c = ctxOf(g, s.provider, s.slot, v, { header: s.header, param: s.param, cfg: s.cfg, benign: false, extras, lang });
    let k = (i * 5 + offset) % RENDERERS.length;
    while (!fits(RENDERERS[k]!, c)) k = (k + 1) % RENDERERS.length;
    const r = RENDERERS[k]!;
    const text = r.render(c);
    const l = r.prose && lang !== "en" ? ` (prose: ${lang})` : "";
    return { id: `y128-${idp}-${pad(i + 1)}`, kind: "secrets", category: `heldouty128-sec-${s.group}`, label: "positive", text, note: `${s.provider} [${s.key}]: ${s.slot} in ${r.name}${l}` } satisfies CorpusCase;
  });
}

export function rotateBenign(g: Gen, specs: BSpec[], idp: string, offset: number): CorpusCase[] {
  return specs.map((s, i) => {
    const v = s.make(g);
    const extras = s.extra ? s.extra(g) : [];
    const lang = langFor(i + offset);
    const c = ctxOf(g, s.what, s.slot, v, { header: s.header, param: s.param, cfg: s.cfg, benign: true, extras, lang });
    let k = (i * 5 + offset) % RENDERERS.length;
    while (!fits(RENDERERS[k]!, c)) k = (k + 1) % RENDERERS.length;
    const r = RENDERERS[k]!;
    const text = r.render(c);
    const l = r.prose && lang !== "en" ? ` (prose: ${lang})` : "";
    return { id: `y128-${idp}-${pad(i + 1)}`, kind: "secrets", category: "heldouty128-benign", label: "benign", text, note: `benign ${s.what} [${s.key}]: ${s.slot} in ${r.name}${l}` } satisfies CorpusCase;
  });
}

/** Handcrafted case helper. */
export function hc(id: string, group: Group | "benign", text: string, note: string): CorpusCase {
  return group === "benign"
    ? { id, kind: "secrets", category: "heldouty128-benign", label: "benign", text, note }
    : { id, kind: "secrets", category: `heldouty128-sec-${group}`, label: "positive", text, note };
}
