// Shared builders and context renderers for heldout-y129 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time from a SeededRng with one fixed seed
// per case file, so the repository holds no literal credential and every load is identical.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
export const AB = {
  an: UP + LO + DG,
  lo: LO + DG,
  up: UP + DG,
  hex: "0123456789abcdef",
  HEX: "0123456789ABCDEF",
  b64: UP + LO + DG + "+/",
  b64u: UP + LO + DG + "-_",
  alpha: UP + LO,
  lower: LO,
  b32: "abcdefghijklmnopqrstuvwxyz234567",
  bech: "qpzry9x8gf2tvdw0s3jn54khce6mua7l",
  b58: "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz",
  pw: UP + LO + DG + "!@#%^*-_+=",
};

export const b64 = (s: string | Uint8Array): string => Buffer.from(s).toString("base64");
export const b64url = (s: string | Uint8Array): string => Buffer.from(s).toString("base64url");

export class Gen extends SeededRng {
  an(n: number): string { return this.str(n, AB.an); }
  lo(n: number): string { return this.str(n, AB.lo); }
  up(n: number): string { return this.str(n, AB.up); }
  hex(n: number): string { return this.str(n, AB.hex); }
  HEX(n: number): string { return this.str(n, AB.HEX); }
  b64(n: number): string { return this.str(n, AB.b64); }
  b64u(n: number): string { return this.str(n, AB.b64u); }
  alpha(n: number): string { return this.str(n, AB.alpha); }
  lower(n: number): string { return this.str(n, AB.lower); }
  dig(n: number): string { return this.str(1, "123456789") + this.str(n - 1, DG); }
  b58(n: number): string { return this.str(n, AB.b58); }
  bech(n: number): string { return this.str(n, AB.bech); }
  /** A password a human or a generator would pick: mixed case, digits, a few symbols. */
  pw(n: number): string {
    let s = "";
    while (!/[A-Z]/.test(s) || !/[a-z]/.test(s) || !/[0-9]/.test(s)) s = this.str(n, AB.pw);
    return s;
  }
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`;
  }
  /** A signed-looking JWT: real base64url header and payload, random 256-bit signature. */
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    return [b64url(JSON.stringify({ alg, typ: "JWT" })), b64url(JSON.stringify(payload)), this.b64u(alg.startsWith("HS") ? 43 : 342)].join(".");
  }
  epoch(): number { return 1735689600 + this.int(30_000_000); }
  ts(): string { return new Date(this.epoch() * 1000).toISOString().replace(/\.\d+Z$/, "Z"); }
  ip(): string { return `10.${this.int(255)}.${this.int(255)}.${1 + this.int(253)}`; }
  words(n: number): string {
    const w = ["amber", "delta", "harbor", "quiet", "rocket", "maple", "orbit", "signal", "velvet", "cobalt", "linen", "summit", "pixel", "lantern", "meadow", "falcon"];
    return Array.from({ length: n }, () => this.pick(w)).join("-");
  }
}

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

/** A provider/credential type: how its value is made and how a developer would name the slot. */
export interface RawSpec {
  s: string; // short id of the type
  p: string; // provider / credential, for the note
  g: Group;
  slot: string; // env-style name of the slot
  v: (g: Gen) => string;
  x?: (g: Gen) => [string, string][]; // companion fields (ids, usernames) rendered next to it
  hdr?: string; // header template with {v}; default "Authorization: Bearer {v}"
  q?: string; // query parameter name
  nohdr?: boolean; // value is never sent as a header / query value (URLs, key pairs, passwords)
}

export interface Spec extends Omit<RawSpec, "v" | "x"> {
  v: string;
  x: [string, string][];
}

export type Lang = "en" | "de" | "fr" | "es" | "pt" | "it" | "nl" | "pl" | "ja" | "zh" | "ko" | "ru" | "tr";
export const LANGS: Lang[] = ["de", "fr", "es", "pt", "it", "nl", "pl", "ja", "zh", "ko", "ru", "tr"];

type Phr = Record<Lang, string>;
export const PROSE: Record<"ask" | "deploy" | "review" | "crash" | "hand" | "nb" | "refactor" | "why", Phr> = {
  ask: {
    en: "This config won't load in staging. Can you spot what's wrong?",
    de: "Diese Konfiguration lädt in Staging nicht. Siehst du, woran es liegt?",
    fr: "Cette config ne se charge pas en préprod. Tu vois ce qui cloche ?",
    es: "Esta configuración no carga en staging. ¿Ves qué está mal?",
    pt: "Essa configuração não carrega em staging. Consegue ver o que está errado?",
    it: "Questa configurazione non si carica in staging. Vedi cosa non va?",
    nl: "Deze config laadt niet in staging. Zie jij wat er mis is?",
    pl: "Ta konfiguracja nie ładuje się na stagingu. Widzisz, co jest nie tak?",
    ja: "この設定がステージングで読み込まれません。どこがおかしいか見てもらえますか？",
    zh: "这个配置在预发环境加载不了，帮我看看哪里有问题？",
    ko: "이 설정이 스테이징에서 로드되지 않아요. 뭐가 문제인지 봐 주실래요?",
    ru: "Этот конфиг не загружается на стейджинге. Посмотришь, что не так?",
    tr: "Bu yapılandırma staging ortamında yüklenmiyor. Sorunu görebiliyor musun?",
  },
  deploy: {
    en: "The deploy job failed again, full log below. What is it complaining about?",
    de: "Der Deploy-Job ist wieder fehlgeschlagen, das komplette Log steht unten. Was passt ihm nicht?",
    fr: "Le job de déploiement a encore échoué, le log complet est ci-dessous. De quoi se plaint-il ?",
    es: "El job de despliegue volvió a fallar, abajo va el log completo. ¿De qué se queja?",
    pt: "O job de deploy falhou de novo, o log completo está abaixo. Do que ele está reclamando?",
    it: "Il job di deploy è fallito di nuovo, il log completo è qui sotto. Di cosa si lamenta?",
    nl: "De deploy-job is weer mislukt, de volledige log staat hieronder. Waar klaagt hij over?",
    pl: "Job wdrożeniowy znowu padł, pełny log poniżej. Na co się skarży?",
    ja: "デプロイジョブがまた失敗しました。ログ全体を下に貼ります。何が原因でしょう？",
    zh: "部署任务又失败了，完整日志在下面。它到底在报什么错？",
    ko: "배포 작업이 또 실패했어요. 전체 로그는 아래에 있어요. 뭐가 문제라는 건가요?",
    ru: "Деплой снова упал, полный лог ниже. На что он ругается?",
    tr: "Deploy işi yine başarısız oldu, tam log aşağıda. Neden şikayet ediyor?",
  },
  review: {
    en: "Please review this diff before I merge it.",
    de: "Bitte schau dir diesen Diff an, bevor ich ihn merge.",
    fr: "Peux-tu relire ce diff avant que je le merge ?",
    es: "Revisa este diff antes de que lo fusione, por favor.",
    pt: "Revisa esse diff antes de eu fazer o merge, por favor.",
    it: "Puoi rivedere questo diff prima che lo unisca?",
    nl: "Kun je deze diff reviewen voordat ik merge?",
    pl: "Przejrzyj proszę ten diff, zanim go zmerguję.",
    ja: "マージする前にこの差分をレビューしてください。",
    zh: "合并之前请帮我审一下这个 diff。",
    ko: "머지하기 전에 이 diff 좀 리뷰해 주세요.",
    ru: "Посмотри, пожалуйста, этот дифф перед мержем.",
    tr: "Merge etmeden önce bu diff'i inceler misin?",
  },
  crash: {
    en: "The worker crashed with this report. Any idea why?",
    de: "Der Worker ist mit diesem Bericht abgestürzt. Eine Idee, warum?",
    fr: "Le worker a planté avec ce rapport. Une idée de la cause ?",
    es: "El worker se cayó con este informe. ¿Alguna idea de por qué?",
    pt: "O worker caiu com este relatório. Alguma ideia do motivo?",
    it: "Il worker è andato in crash con questo report. Idee sul perché?",
    nl: "De worker is gecrasht met dit rapport. Enig idee waarom?",
    pl: "Worker wywalił się z tym raportem. Masz pomysł dlaczego?",
    ja: "ワーカーがこのレポートを出して落ちました。原因わかりますか？",
    zh: "worker 崩溃了，报告如下。知道是什么原因吗？",
    ko: "워커가 이 리포트를 남기고 죽었어요. 원인이 뭘까요?",
    ru: "Воркер упал вот с таким отчётом. Есть идеи почему?",
    tr: "Worker bu raporla çöktü. Neden olduğuna dair fikrin var mı?",
  },
  hand: {
    en: "Here is the {p} credential for staging, wire it into the service config:",
    de: "Hier ist der {p}-Zugang für Staging, bitte in die Service-Konfiguration eintragen:",
    fr: "Voici l'identifiant {p} pour la préprod, branche-le dans la config du service :",
    es: "Aquí tienes la credencial de {p} para staging, conéctala en la config del servicio:",
    pt: "Aqui está a credencial do {p} para staging, coloque na config do serviço:",
    it: "Ecco la credenziale {p} per lo staging, inseriscila nella config del servizio:",
    nl: "Hier is de {p}-credential voor staging, zet hem in de serviceconfig:",
    pl: "Tu masz dane dostępowe {p} do stagingu, wepnij je w konfigurację serwisu:",
    ja: "ステージング用の {p} の認証情報です。サービスの設定に入れておいてください：",
    zh: "这是预发环境的 {p} 凭据，帮我配到服务配置里：",
    ko: "스테이징용 {p} 자격 증명이에요. 서비스 설정에 넣어 주세요:",
    ru: "Вот доступ к {p} для стейджинга, пропиши его в конфиг сервиса:",
    tr: "Staging için {p} kimlik bilgisi burada, servis yapılandırmasına ekle:",
  },
  nb: {
    en: "My notebook fails on the second cell, here is the .ipynb:",
    de: "Mein Notebook scheitert an der zweiten Zelle, hier ist die .ipynb:",
    fr: "Mon notebook plante à la deuxième cellule, voici le .ipynb :",
    es: "Mi notebook falla en la segunda celda, aquí está el .ipynb:",
    pt: "Meu notebook falha na segunda célula, segue o .ipynb:",
    it: "Il mio notebook fallisce alla seconda cella, ecco il .ipynb:",
    nl: "Mijn notebook faalt op de tweede cel, hier is de .ipynb:",
    pl: "Mój notebook wywala się na drugiej komórce, oto .ipynb:",
    ja: "ノートブックが2番目のセルで失敗します。.ipynb はこちら：",
    zh: "我的 notebook 在第二个单元格报错，.ipynb 如下：",
    ko: "노트북이 두 번째 셀에서 실패해요. .ipynb 파일이에요:",
    ru: "Ноутбук падает на второй ячейке, вот .ipynb:",
    tr: "Notebook'um ikinci hücrede hata veriyor, .ipynb burada:",
  },
  refactor: {
    en: "Refactor this so it reads settings from one place and add retries:",
    de: "Bau das so um, dass die Einstellungen an einer Stelle gelesen werden, und füge Retries hinzu:",
    fr: "Refactorise ça pour lire la config à un seul endroit et ajoute des retries :",
    es: "Refactoriza esto para que lea la configuración desde un solo sitio y añade reintentos:",
    pt: "Refatora isso para ler a configuração de um lugar só e adiciona retries:",
    it: "Rifattorizza questo per leggere le impostazioni da un solo punto e aggiungi i retry:",
    nl: "Refactor dit zodat de instellingen op één plek gelezen worden en voeg retries toe:",
    pl: "Przerób to tak, żeby ustawienia były czytane z jednego miejsca, i dodaj ponawianie:",
    ja: "設定を一か所から読むようにリファクタリングして、リトライも追加してください：",
    zh: "把这段代码重构成从一个地方读取配置，并加上重试：",
    ko: "설정을 한 곳에서 읽도록 리팩터링하고 재시도도 추가해 주세요:",
    ru: "Отрефактори, чтобы настройки читались из одного места, и добавь ретраи:",
    tr: "Bunu ayarları tek yerden okuyacak şekilde yeniden düzenle ve yeniden deneme ekle:",
  },
  why: {
    en: "Why does this request come back 401?",
    de: "Warum kommt diese Anfrage mit 401 zurück?",
    fr: "Pourquoi cette requête renvoie un 401 ?",
    es: "¿Por qué esta petición devuelve 401?",
    pt: "Por que essa requisição volta 401?",
    it: "Perché questa richiesta restituisce 401?",
    nl: "Waarom geeft dit verzoek een 401 terug?",
    pl: "Dlaczego to żądanie zwraca 401?",
    ja: "このリクエストが 401 になるのはなぜですか？",
    zh: "为什么这个请求返回 401？",
    ko: "이 요청이 왜 401을 반환하나요?",
    ru: "Почему этот запрос возвращает 401?",
    tr: "Bu istek neden 401 dönüyor?",
  },
};

export const say = (k: keyof typeof PROSE, lang: Lang, p = ""): string => PROSE[k][lang].replace("{p}", p);

// ---- name helpers -------------------------------------------------------------------------
const parts = (slot: string): string[] => slot.toLowerCase().split(/[_\-.]+/).filter(Boolean);
export const snake = (slot: string): string => parts(slot).join("_");
export const kebab = (slot: string): string => parts(slot).join("-");
export const camel = (slot: string): string =>
  parts(slot).map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join("");
export const pascal = (slot: string): string => parts(slot).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
/** "OPENAI_API_KEY" -> ["openai", "api-key"] for nested configs. */
export const nest = (slot: string): [string, string] => {
  const p = parts(slot);
  return p.length > 1 ? [p[0]!, p.slice(1).join("-")] : ["app", p[0]!];
};
export const slug = (p: string): string => p.toLowerCase().replace(/[^a-z0-9]+/g, "").slice(0, 14) || "svc";

export interface Ctx {
  s: Spec;
  v: string;
  slot: string;
  kv: [string, string][]; // companions first, then the slot itself
  hdr: string; // resolved header line
  hname: string;
  hval: string;
  q: string;
  lang: Lang;
  g: Gen;
  benign: boolean;
  host: string;
  svc: string;
}

export interface Renderer {
  name: string;
  /** needs a header-shaped slot */
  hdr?: boolean;
  /** needs a query parameter name */
  q?: boolean;
  /** prose that hands the value over as a credential: positives only */
  hand?: boolean;
  f: (c: Ctx) => string;
}

const J = (x: unknown): string => JSON.stringify(x);
const JP = (x: unknown): string => JSON.stringify(x, null, 2);
const FILL: [string, string][] = [
  ["NODE_ENV", "production"], ["LOG_LEVEL", "info"], ["PORT", "8080"], ["APP_ENV", "staging"],
  ["TZ", "UTC"], ["WORKERS", "4"], ["FEATURE_BILLING_V2", "true"], ["REGION", "eu-west-1"],
];
const fill = (g: Gen, n: number): [string, string][] => {
  const out: [string, string][] = [];
  for (let i = 0; i < n; i++) {
    const f = g.pick(FILL);
    if (!out.some(([k]) => k === f[0])) out.push(f);
  }
  return out;
};
const envText = (c: Ctx, q = ""): string =>
  [...fill(c.g, 2), ...c.kv].map(([k, v]) => `${k}=${q}${v}${q}`).join("\n");
const yamlQ = (v: string): string => (/[:#{}&*!|>'"%@`,\[\]\s]|^[-?]/.test(v) ? J(v) : v);

export const RENDERERS: Renderer[] = [
  {
    name: "openai chat body with pasted .env",
    f: (c) => J({
      model: c.g.pick(["gpt-4o", "gpt-4.1", "gpt-4o-mini", "o4-mini"]),
      messages: [
        { role: "system", content: "You are a senior backend engineer. Be concise." },
        { role: "user", content: `${say("ask", c.lang)}\n\n\`\`\`env\n${envText(c)}\n\`\`\`` },
      ],
      temperature: 0.2,
    }),
  },
  {
    name: "anthropic messages body with pasted docker-compose.yml",
    f: (c) => J({
      model: "claude-sonnet-4-5",
      max_tokens: 2048,
      messages: [{
        role: "user",
        content: [{
          type: "text",
          text: `${say("ask", c.lang)}\n\n\`\`\`yaml\nservices:\n  ${c.svc}-worker:\n    image: ghcr.io/acme/${c.svc}-worker:1.${c.g.int(30)}.${c.g.int(9)}\n    restart: unless-stopped\n    environment:\n${c.kv.map(([k, v]) => `      - ${k}=${v}`).join("\n")}\n      - LOG_LEVEL=debug\n    depends_on:\n      - redis\n\`\`\``,
        }],
      }],
    }),
  },
  {
    name: "anthropic tool_use write_file (.env.production) in request history",
    f: (c) => { const tid = `toolu_01${c.g.an(22)}`; return J({
      model: "claude-opus-4-1",
      max_tokens: 4096,
      messages: [
        { role: "user", content: "Create the production env file for the worker." },
        {
          role: "assistant",
          content: [
            { type: "text", text: "I'll write the env file now." },
            { type: "tool_use", id: tid, name: "write_file", input: { path: "deploy/.env.production", content: `${envText(c)}\n` } },
          ],
        },
        { role: "user", content: [{ type: "tool_result", tool_use_id: tid, content: "ok: wrote deploy/.env.production" }] },
      ],
    }); },
  },
  {
    name: "openai tool_calls shell command (double-escaped arguments)",
    f: (c) => J({
      model: "gpt-4.1",
      messages: [
        { role: "user", content: "run the migration against staging" },
        {
          role: "assistant",
          content: null,
          tool_calls: [{
            id: `call_${c.g.an(24)}`,
            type: "function",
            function: { name: "run_shell", arguments: J({ command: `${c.kv.map(([k, v]) => `export ${k}="${v}"`).join(" && ")} && npm run migrate -- --env staging`, timeout_ms: 120000 }) },
          }],
        },
      ],
      tools: [{ type: "function", function: { name: "run_shell", parameters: { type: "object", properties: { command: { type: "string" } } } } }],
    }),
  },
  {
    name: "MCP tools/call result echoing config/settings.json",
    f: (c) => J({
      jsonrpc: "2.0",
      id: c.g.range(2, 90),
      result: {
        content: [{
          type: "text",
          text: `config/settings.json (${c.g.range(300, 900)} bytes)\n${JP({ service: c.svc, [nest(c.slot)[0]]: Object.fromEntries(c.kv.map(([k, v]) => [camel(k), v])), retries: 3 })}`,
        }],
        isError: false,
      },
    }),
  },
  {
    name: "curl with header",
    hdr: true,
    f: (c) => `curl -sS -X POST 'https://${c.host}/v1/${c.g.pick(["jobs", "events", "messages", "sync", "query"])}' \\\n  -H '${c.hdr}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"dry_run":false,"limit":${c.g.range(10, 500)}}'`,
  },
  {
    name: "raw HTTP/1.1 request",
    hdr: true,
    f: (c) => `GET /api/v2/${c.g.pick(["projects", "accounts/me", "usage", "status"])} HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: ${c.svc}-client/2.${c.g.int(9)}.${c.g.int(9)}\r\nAccept: application/json\r\n${c.hdr}\r\nX-Request-Id: ${c.g.uuid()}\r\nConnection: keep-alive\r\n\r\n`,
  },
  {
    name: "URL query string in fetch log",
    q: true,
    f: (c) => `[fetch] GET https://${c.host}/v1/${c.g.pick(["search", "lookup", "items", "forecast"])}?${c.q}=${encodeURIComponent(c.v)}&limit=${c.g.range(5, 100)}&format=json -> 200 (${c.g.range(40, 900)}ms)`,
  },
  {
    name: "x-www-form-urlencoded body",
    f: (c) => c.benign
      ? `POST /api/v1/builds HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\npipeline=release&${c.kv.map(([k, v]) => `${snake(k)}=${encodeURIComponent(v)}`).join("&")}&notify=false`
      : `POST /oauth2/token HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${c.kv.map(([k, v]) => `${snake(k)}=${encodeURIComponent(v)}`).join("&")}&scope=read%20write`,
  },
  {
    name: "multipart/form-data upload",
    f: (c) => {
      const b = `----WebKitFormBoundary${c.g.an(16)}`;
      return `POST /admin/integrations HTTP/1.1\r\nHost: ${c.host}\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n--${b}\r\nContent-Disposition: form-data; name="name"\r\n\r\n${c.svc}-prod\r\n${c.kv.map(([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${snake(k)}"\r\n\r\n${v}\r\n`).join("")}--${b}--\r\n`;
    },
  },
  {
    name: "JSON config file",
    f: (c) => JP({ name: `${c.svc}-service`, version: `1.${c.g.int(20)}.0`, integrations: { [nest(c.slot)[0]]: Object.fromEntries(c.kv.map(([k, v]) => [camel(k), v])) }, http: { timeoutMs: 5000 } }),
  },
  {
    name: "application.yml",
    f: (c) => `server:\n  port: 8080\n${nest(c.slot)[0]}:\n${c.kv.map(([k, v]) => `  ${nest(k)[1]}: ${yamlQ(v)}`).join("\n")}\n  timeout: 30s\nlogging:\n  level:\n    root: INFO\n`,
  },
  {
    name: "TOML config",
    f: (c) => `# ${c.svc} settings\n[server]\nbind = "0.0.0.0:8080"\n\n[${nest(c.slot)[0]}]\n${c.kv.map(([k, v]) => `${snake(nest(k)[1])} = ${J(v)}`).join("\n")}\nretries = 3\n`,
  },
  {
    name: "INI config",
    f: (c) => `[default]\nenvironment = production\n\n[${nest(c.slot)[0]}]\n${c.kv.map(([k, v]) => `${snake(nest(k)[1])} = ${v}`).join("\n")}\nverify_ssl = true\n`,
  },
  {
    name: "Spring .properties",
    f: (c) => `spring.application.name=${c.svc}-api\nserver.port=8080\n${c.kv.map(([k, v]) => `${nest(k)[0]}.${nest(k)[1]}=${v}`).join("\n")}\nmanagement.endpoints.web.exposure.include=health\n`,
  },
  {
    name: "plain .env upload",
    f: (c) => `# ${c.svc} (staging)\n${envText(c, c.g.pick(["", '"']))}\n`,
  },
  {
    name: "Terraform HCL",
    f: (c) => `provider "${c.svc}" {\n${c.kv.map(([k, v]) => `  ${snake(nest(k)[1])} = ${J(v)}`).join("\n")}\n}\n\nresource "${c.svc}_project" "main" {\n  name = "acme-prod"\n}\n`,
  },
  {
    name: ".NET web.config appSettings XML",
    f: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${c.kv.map(([k, v]) => `    <add key="${pascal(k)}" value="${v.replace(/&/g, "&amp;")}" />`).join("\n")}\n  </appSettings>\n</configuration>\n`,
  },
  {
    name: "Python snippet in chat",
    f: (c) => J({
      model: "gpt-4o",
      messages: [{ role: "user", content: `${say("refactor", c.lang)}\n\n\`\`\`python\nimport os\nimport requests\n\n${c.kv.map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`).join("\n")}\n\ndef fetch(path):\n    return requests.get(f"https://${c.host}{path}", timeout=10)\n\`\`\`` }],
    }),
  },
  {
    name: "Node.js module",
    f: (c) => `import { createClient } from "./client.js";\n\nconst config = {\n${c.kv.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n  baseUrl: "https://${c.host}",\n};\n\nexport const client = createClient(config);\n`,
  },
  {
    name: "Go source",
    f: (c) => `package config\n\nimport "os"\n\nfunc getenv(k, def string) string {\n\tif v := os.Getenv(k); v != "" {\n\t\treturn v\n\t}\n\treturn def\n}\n\nvar (\n${c.kv.map(([k, v]) => `\t${pascal(k)} = getenv("${k}", "${v}")`).join("\n")}\n)\n`,
  },
  {
    name: "Java class",
    f: (c) => `package com.acme.${c.svc};\n\npublic final class Settings {\n${c.kv.map(([k, v]) => `    public static final String ${k} = "${v}";`).join("\n")}\n    public static final int TIMEOUT_MS = 5000;\n}\n`,
  },
  {
    name: "C# options",
    f: (c) => `var options = new ${pascal(c.svc)}Options\n{\n${c.kv.map(([k, v]) => `    ${pascal(nest(k)[1])} = "${v}",`).join("\n")}\n    Endpoint = new Uri("https://${c.host}/"),\n};\nservices.AddSingleton(options);\n`,
  },
  {
    name: "Ruby initializer",
    f: (c) => `# config/initializers/${c.svc}.rb\n${pascal(c.svc)}.configure do |config|\n${c.kv.map(([k, v]) => `  config.${snake(nest(k)[1])} = ENV.fetch("${k}", "${v}")`).join("\n")}\n  config.timeout = 15\nend\n`,
  },
  {
    name: "PHP config array",
    f: (c) => `<?php\n\nreturn [\n    '${c.svc}' => [\n${c.kv.map(([k, v]) => `        '${snake(nest(k)[1])}' => env('${k}', '${v}'),`).join("\n")}\n        'timeout' => 10,\n    ],\n];\n`,
  },
  {
    name: "Rust constants",
    f: (c) => `// src/settings.rs\n${c.kv.map(([k, v]) => `pub const ${k}: &str = "${v}";`).join("\n")}\npub const BASE_URL: &str = "https://${c.host}";\n`,
  },
  {
    name: "Swift struct",
    f: (c) => `enum ${pascal(c.svc)}Config {\n${c.kv.map(([k, v]) => `    static let ${camel(k)} = "${v}"`).join("\n")}\n    static let baseURL = URL(string: "https://${c.host}")!\n}\n`,
  },
  {
    name: "GitHub Actions log with set -x trace",
    f: (c) => {
      const t = c.g.ts().slice(0, 19);
      return `${say("deploy", c.lang)}\n\n${t}.1034567Z ##[group]Run ./scripts/deploy.sh\n${t}.1040001Z + set -x\n${c.kv.map(([k, v], i) => `${t}.10${41 + i}002Z + export ${k}=${v}`).join("\n")}\n${t}.2200113Z + ./bin/${c.svc}-cli push --env production\n${t}.9981230Z error: upstream returned 502\n${t}.9990000Z ##[error]Process completed with exit code 1.`;
    },
  },
  {
    name: "shell history",
    f: (c) => `  501  cd ~/src/${c.svc}-api\n  502  git pull --rebase\n${c.kv.map(([k, v], i) => `  ${503 + i}  export ${k}='${v}'`).join("\n")}\n  ${503 + c.kv.length}  make run\n  ${504 + c.kv.length}  history | tail -20`,
  },
  {
    name: "Python crash report with locals",
    f: (c) => `${say("crash", c.lang)}\n\nTraceback (most recent call last):\n  File "/srv/app/worker.py", line ${c.g.range(40, 300)}, in handle\n    resp = client.post(url, json=payload)\n  File "/srv/app/client.py", line 88, in post\n    raise UpstreamError(resp.status_code)\nclient.UpstreamError: 503\n\nLocals at frame 'handle':\n    url = 'https://${c.host}/v1/batch'\n${c.kv.map(([k, v]) => `    ${snake(k)} = '${v}'`).join("\n")}\n    attempt = 3`,
  },
  {
    name: "Jupyter notebook JSON",
    f: (c) => `${say("nb", c.lang)}\n${J({
      cells: [
        { cell_type: "code", execution_count: 1, metadata: {}, outputs: [], source: ["import os\n", ...c.kv.map(([k, v]) => `os.environ[\"${k}\"] = \"${v}\"\n`)] },
        { cell_type: "code", execution_count: 2, metadata: {}, outputs: [{ output_type: "error", ename: "KeyError", evalue: "'region'", traceback: [] }], source: ["client = make_client()\n", "client.ping()"] },
      ],
      metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
      nbformat: 4,
      nbformat_minor: 5,
    })}`,
  },
  {
    name: "unified diff in review request",
    f: (c) => `${say("review", c.lang)}\n\ndiff --git a/config/${c.svc}.yml b/config/${c.svc}.yml\nindex ${c.g.hex(7)}..${c.g.hex(7)} 100644\n--- a/config/${c.svc}.yml\n+++ b/config/${c.svc}.yml\n@@ -3,6 +3,${6 + c.kv.length} @@ ${nest(c.slot)[0]}:\n   enabled: true\n   timeout: 30\n${c.kv.map(([k, v]) => `+  ${snake(nest(k)[1])}: ${yamlQ(v)}`).join("\n")}\n   retries: 3`,
  },
  {
    name: "Slack chat.postMessage handing the credential over",
    hand: true,
    f: (c) => J({ channel: `C0${c.g.up(9)}`, text: `${say("hand", c.lang, c.s.p)}\n${c.kv.map(([k, v]) => `${k}: \`${v}\``).join("\n")}`, unfurl_links: false }),
  },
  {
    name: "Kubernetes Secret (stringData)",
    f: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${c.svc}-${c.benign ? "settings" : "credentials"}\n  namespace: ${c.g.pick(["prod", "payments", "platform", "default"])}\ntype: Opaque\nstringData:\n${c.kv.map(([k, v]) => `  ${k}: ${yamlQ(v)}`).join("\n")}\n`,
  },
  {
    name: "docker run -e",
    f: (c) => `docker run -d --name ${c.svc}-api --restart=always \\\n${c.kv.map(([k, v]) => `  -e ${k}='${v}' \\`).join("\n")}\n  -p 8080:8080 ghcr.io/acme/${c.svc}-api:latest`,
  },
  {
    name: "GitHub Actions workflow env",
    f: (c) => `name: nightly-sync\non:\n  schedule:\n    - cron: "0 3 * * *"\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n${c.kv.map(([k, v]) => `      ${k}: ${yamlQ(v)}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm run sync\n`,
  },
  {
    name: "Dockerfile ENV",
    f: (c) => `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\n${c.kv.map(([k, v]) => `ENV ${k}="${v}"`).join("\n")}\nEXPOSE 8080\nCMD ["node", "server.js"]\n`,
  },
  {
    name: "SQL seed insert",
    f: (c) => `-- seed integration settings\nINSERT INTO integration_settings (tenant_id, provider, setting_key, setting_value, updated_at) VALUES\n${c.kv.map(([k, v]) => `  (${c.g.range(1, 40)}, '${c.svc}', '${snake(k)}', '${v}', now())`).join(",\n")};\n`,
  },
  {
    name: "PowerShell session",
    f: (c) => `PS C:\\src\\${c.svc}> ${c.kv.map(([k, v]) => `$env:${k} = "${v}"`).join("\nPS C:\\src\\" + c.svc + "> ")}\nPS C:\\src\\${c.svc}> dotnet run --project src/Api\ninfo: Microsoft.Hosting.Lifetime[14]\n      Now listening on: http://localhost:5000`,
  },
  {
    name: "systemd unit",
    f: (c) => `[Unit]\nDescription=${c.svc} sync worker\nAfter=network-online.target\n\n[Service]\nUser=svc-${c.svc}\n${c.kv.map(([k, v]) => `Environment="${k}=${v}"`).join("\n")}\nExecStart=/usr/local/bin/${c.svc}-worker --config /etc/${c.svc}/worker.toml\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n`,
  },
  {
    name: "HAR entry",
    hdr: true,
    f: (c) => JP({
      log: {
        version: "1.2",
        creator: { name: "WebInspector", version: "537.36" },
        entries: [{
          startedDateTime: c.g.ts(),
          request: { method: "GET", url: `https://${c.host}/api/me`, httpVersion: "HTTP/2", headers: [{ name: "accept", value: "application/json" }, { name: c.hname.toLowerCase(), value: c.hval }], queryString: [], cookies: [] },
          response: { status: 200, statusText: "", headers: [], content: { size: 412, mimeType: "application/json" } },
          time: c.g.range(30, 600),
        }],
      },
    }),
  },
  {
    name: "structured JSON log line",
    f: (c) => J({ ts: c.g.ts(), level: "debug", msg: "loaded integration config", svc: c.svc, trace_id: c.g.hex(32), config: Object.fromEntries(c.kv.map(([k, v]) => [snake(k), v])) }),
  },
  {
    name: "GraphQL mutation variables",
    f: (c) => J({ operationName: "UpsertIntegration", query: "mutation UpsertIntegration($input: IntegrationInput!) { upsertIntegration(input: $input) { id status } }", variables: { input: { provider: c.svc, ...Object.fromEntries(c.kv.map(([k, v]) => [camel(nest(k)[1]), v])) } } }),
  },
  {
    name: "Helm values override",
    f: (c) => `# values-prod.yaml\nreplicaCount: 3\nimage:\n  repository: ghcr.io/acme/${c.svc}\n  tag: "2.${c.g.int(40)}.${c.g.int(9)}"\nenv:\n${c.kv.map(([k, v]) => `  - name: ${k}\n    value: ${yamlQ(v)}`).join("\n")}\n`,
  },
  {
    name: "GitHub issue comment via API",
    f: (c) => J({ body: `${say("why", c.lang)}\n\nRepro:\n\n\`\`\`bash\n${c.kv.map(([k, v]) => `${k}=${v}`).join(" \\\n")} \\\n  ./bin/${c.svc} check --verbose\n\`\`\`\n\nOutput: \`401 Unauthorized\`` }),
  },
  {
    name: "Makefile variables",
    f: (c) => `${c.kv.map(([k, v]) => `${k} ?= ${v}`).join("\n")}\nIMAGE ?= ghcr.io/acme/${c.svc}\n\ndeploy:\n\t./scripts/deploy.sh --image $(IMAGE)\n`,
  },
  {
    name: "HTTPie command in tool call",
    hdr: true,
    f: (c) => J({ type: "tool_use", id: `toolu_01${c.g.an(22)}`, name: "bash", input: { command: `http --check-status GET https://${c.host}/v1/account '${c.hname}:${c.hval}'` } }),
  },
];

/** Builds Specs from RawSpecs with one Gen (one fixed seed per file). */
export function buildSpecs(g: Gen, raws: RawSpec[]): Spec[] {
  return raws.map((r) => {
    const x = r.x ? r.x(g) : [];
    const v = r.v(g);
    const { v: _v, x: _x, ...rest } = r;
    return { ...rest, v, x };
  });
}

/** Renders every spec through the rotating renderers; a quarter of the prose in other languages. */
export function renderAll(g: Gen, specs: Spec[], opt: { idPrefix: string; category: (s: Spec) => string; label: "positive" | "benign"; offset?: number; start?: number }): CorpusCase[] {
  const out: CorpusCase[] = [];
  const benign = opt.label === "benign";
  specs.forEach((s, i) => {
    const n = (opt.offset ?? 0) + i;
    let k = n % RENDERERS.length;
    const okFor = (r: Renderer): boolean =>
      !((r.hdr && (s.nohdr || (benign && !s.hdr))) || (r.q && (s.nohdr || (benign && !s.q))) || (r.hand && benign));
    while (!okFor(RENDERERS[k]!)) k = (k + 1) % RENDERERS.length;
    const r = RENDERERS[k]!;
    const lang: Lang = n % 4 === 3 ? g.pick(LANGS) : "en";
    const hdr = (s.hdr ?? "Authorization: Bearer {v}").replace("{v}", s.v);
    const cut = hdr.indexOf(": ");
    const svc = benign ? g.pick(["billing", "orders", "web", "worker", "catalog", "notify", "ledger", "search"]) : slug(s.p);
    const ctx: Ctx = {
      s, v: s.v, slot: s.slot, kv: [...s.x, [s.slot, s.v]], hdr, hname: hdr.slice(0, cut), hval: hdr.slice(cut + 2),
      q: s.q ?? "api_key", lang, g, benign,
      host: g.pick([`api.${svc}.test`, `${svc}.example.com`, `gw.example.net`, `${svc}-proxy.example.org`]),
      svc,
    };
    const text = r.f(ctx);
    const prose = lang !== "en" && Object.values(PROSE).some((p) => text.includes(p[lang].slice(0, 10)));
    out.push({
      id: `${opt.idPrefix}${String((opt.start ?? 1) + i).padStart(3, "0")}`,
      kind: "secrets",
      category: opt.category(s),
      label: opt.label,
      text,
      note: `${s.p} (${s.s}); slot ${s.slot}${s.x.length ? ` with ${s.x.map(([k]) => k).join(", ")}` : ""}; context: ${r.name}${prose ? `; prose in ${lang}` : ""}`,
    });
  });
  return out;
}

export const posCat = (s: Spec): string => `heldouty129-sec-${s.g}`;
export const BENIGN = "heldouty129-benign";

// ---- key-material helpers ------------------------------------------------------------------
export const wrap = (s: string, n = 64): string => (s.match(new RegExp(`.{1,${n}}`, "g")) ?? []).join("\n");
/** PEM armour built from pieces so no complete private-key header sits in the repo. */
export const pem = (label: string, body: string, n = 64): string =>
  [`-----${"BEGIN"} ${label}-----`, wrap(body, n), `-----${"END"} ${label}-----`].join("\n");
export const PRIV = (kind = ""): string => [kind, "PRIVATE", "KEY"].filter(Boolean).join(" ");

export function rsaPkcs1Body(g: Gen): string { return "MIIEpAIBAAKCAQEA" + g.b64(1572); }
export function pkcs8RsaBody(g: Gen): string { return "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ" + g.b64(1574); }
export function ecSec1Body(g: Gen): string { return "MHcCAQEEI" + g.b64(43) + "oAoGCCqGSM49AwEHoUQDQgAE" + g.b64(88); }
export function pkcs8EcBody(g: Gen): string { return "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg" + g.b64(44) + "oUQDQgAE" + g.b64(84) + "=="; }
export function opensshEd25519Body(g: Gen): string {
  return "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA" + g.b64(300) + "AAAAEHJlbGVhc2VAYnVpbGQtMDEBAgMEBQ==";
}
export function certBody(g: Gen): string { return "MIIDdzCCAl+gAwIBAgIU" + g.b64(1200) + "=="; }
export function pubKeyBody(g: Gen): string { return "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + g.b64(344) + "IDAQAB"; }
export const BIP39 = "abandon ability able about above absent absorb abstract absurd abuse access accident account accuse achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult advance advice aerobic affair afford afraid again age agent agree ahead aim air airport aisle alarm album alcohol alert alien all alley allow almost alone alpha already also alter always amateur amazing among amount amused analyst anchor ancient anger angle angry animal ankle announce annual another answer antenna antique anxiety any apart apology appear apple approve april arch arctic area arena argue arm armed armor army around arrange arrest arrive arrow art artefact artist artwork ask aspect assault asset assist assume asthma athlete atom attack attend attitude attract auction audit august aunt author auto autumn average avocado avoid awake aware away awesome awful awkward axis".split(" ");
