// Shared builders and context renderers for heldout-y132 (enterprise IT, identity, back office).
// Skipped by the loader (leading underscore). Every credential-shaped value is assembled at run
// time from a SeededRng with one fixed seed per case file, so the repository holds none.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HEXL = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = `${ALNUM}+/`;
export const B64URL = `${ALNUM}-_`;
export const LOWNUM = "abcdefghijklmnopqrstuvwxyz0123456789";
export const UPNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const DIG = "0123456789";
/** Password alphabet: what a generated enterprise password tends to look like. */
export const PWCH = `${ALNUM}!#%*+-=?@^_~`;

const B64TAB = B64;
export function b64encode(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64TAB[(n >> 18) & 63]! + B64TAB[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64TAB[(n >> 6) & 63]! : "=";
    out += i + 2 < bytes.length ? B64TAB[n & 63]! : "=";
  }
  return out;
}
export const b64str = (s: string) => b64encode(new TextEncoder().encode(s));
export const b64urlStr = (s: string) => b64str(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
export const cat = (...parts: string[]) => parts.join("");

export class Gen extends SeededRng {
  a(n: number) { return this.str(n, ALNUM); }
  hex(n: number) { return this.str(n, HEXL); }
  HEX(n: number) { return this.str(n, HEXU); }
  b64(n: number) { return this.str(n, B64); }
  b64u(n: number) { return this.str(n, B64URL); }
  low(n: number) { return this.str(n, LOWNUM); }
  up(n: number) { return this.str(n, UPNUM); }
  b32(n: number) { return this.str(n, B32); }
  dig(n: number) { return this.str(n, DIG); }
  /** A generated password: mixed classes, length in [lo, hi]. */
  pw(lo = 14, hi = 22) {
    const n = this.range(lo, hi);
    return this.str(2, "ABCDEFGHJKLMNPQRSTUVWXYZ") + this.str(n - 5, PWCH) + this.str(2, DIG) + this.pick(["!", "#", "%", "@", "$", "*"]);
  }
  /** A human-ish but strong password (word + digits + symbols). */
  hpw() {
    const w = this.pick(["Winter", "Falcon", "Granite", "Harbor", "Maple", "Copper", "Nimbus", "Quartz", "Saturn", "Tundra", "Velvet", "Orchid"]);
    return `${w}${this.str(3, "!#%@$*")}${this.dig(4)}${this.str(5, ALNUM)}`;
  }
  uuid() {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`;
  }
  UUID() { return this.uuid().toUpperCase(); }
  b64bytes(n: number) { return b64encode(this.bytes(n)); }
  b64urlBytes(n: number) { return this.b64bytes(n).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""); }
  jwt(payload: Record<string, unknown>, alg = "RS256", sigBytes = 256) {
    return `${b64urlStr(JSON.stringify({ alg, typ: "JWT" }))}.${b64urlStr(JSON.stringify(payload))}.${this.b64urlBytes(sigBytes)}`;
  }
  /** PEM block of random DER-ish bytes, 64 columns. */
  pem(label: string, nbytes: number, lead?: Uint8Array) {
    const body = this.bytes(nbytes);
    if (lead) body.set(lead, 0);
    const b = b64encode(body);
    const lines = b.match(/.{1,64}/g)!.join("\n");
    return `-----BEGIN ${label}-----\n${lines}\n-----END ${label}-----`;
  }
  rsaKey() { return this.pem("RSA PRIVATE KEY", 1190, new Uint8Array([0x30, 0x82, 0x04, 0xa2, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00])); }
  pkcs8Key() { return this.pem("PRIVATE KEY", 1216, new Uint8Array([0x30, 0x82, 0x04, 0xbc, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00])); }
  ecKey() { return this.pem("EC PRIVATE KEY", 121, new Uint8Array([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20])); }
  cert() { return this.pem("CERTIFICATE", 870, new Uint8Array([0x30, 0x82, 0x03, 0x62, 0x30, 0x82, 0x02, 0x4a, 0xa0, 0x03, 0x02, 0x01, 0x02])); }
  ip() { return `10.${this.range(0, 255)}.${this.range(0, 255)}.${this.range(1, 254)}`; }
  host(sub: string) { return `${sub}.${this.pick(["example.com", "example.net", "example.org", "corp.test", "intra.test"])}`; }
  sha() { return this.hex(40); }
  user() { return this.pick(["svc_integration", "svc-etl", "svc_jenkins", "app_batch", "int_user", "svc.sync", "sa_reporting", "svc_backup", "apiuser", "svc_scim"]); }
  person() { return this.pick(["jmeyer", "a.kowalski", "tnguyen", "mrossi", "sdubois", "kyamamoto", "pfernandes", "lchen", "oandersson", "rgarcia"]); }
  date() { return `2025-${String(this.range(1, 12)).padStart(2, "0")}-${String(this.range(1, 28)).padStart(2, "0")}`; }
  time() { return `${String(this.range(0, 23)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}`; }
}

// ---------------------------------------------------------------------------------------------
// Specs and slot-name transforms

export type Kind = "tok" | "pw" | "url";
export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  /** provider / product */
  p: string;
  g: Group;
  /** slot as an env var name */
  slot: string;
  kind?: Kind;
  /** full header prefix for header renderers, e.g. "X-API-Key: " or "Authorization: Bearer " */
  hdr?: string;
  /** human description used in prose */
  what?: string;
  v: (g: Gen) => string;
}

const words = (slot: string) => slot.toLowerCase().split("_").filter(Boolean);
const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
export const nm = {
  env: (s: string) => s,
  dotted: (s: string) => words(s).join("."),
  snake: (s: string) => words(s).join("_"),
  kebab: (s: string) => words(s).join("-"),
  camel: (s: string) => words(s).map((w, i) => (i === 0 ? w : cap(w))).join(""),
  pascal: (s: string) => words(s).map(cap).join(""),
  parent: (s: string) => words(s)[0]!,
  child: (s: string) => words(s).slice(1).join("-") || "value",
  childCamel: (s: string) => { const w = words(s).slice(1); return w.length ? w.map((x, i) => (i === 0 ? x : cap(x))).join("") : "value"; },
  childPascal: (s: string) => words(s).slice(1).map(cap).join("") || "Value",
  hdrName: (s: string) => "X-" + words(s).map(cap).join("-"),
};

export function header(s: Spec, benign: boolean): string {
  if (s.hdr) return s.hdr;
  if (benign) return `${nm.hdrName(s.slot)}: `;
  if ((s.kind ?? "tok") === "tok") return "Authorization: Bearer ";
  return `${nm.hdrName(s.slot)}: `;
}
export const what = (s: Spec) => s.what ?? `${s.p} ${words(s.slot).join(" ")}`;

// ---------------------------------------------------------------------------------------------
// Prose, a quarter of it in other languages

type Lang = "en" | "de" | "fr" | "es" | "pt" | "it" | "nl" | "pl" | "ja" | "zh" | "ko" | "ru" | "tr" | "sv";
const ASK: Record<Lang, string[]> = {
  en: [
    "Here is the config from the integration box, can you tell me why the {w} is rejected?",
    "Please refactor this so it reads the {w} properly, it keeps failing in prod.",
    "The nightly job broke after the migration. Relevant file below ({w} included), what's wrong?",
    "Can you convert this to the new format? Keep the {w} as is.",
    "Debugging the connector again. This is what we have deployed:",
  ],
  de: ["Hier ist die Konfiguration vom Integrationsserver. Warum wird {w} abgelehnt?", "Bitte baue das so um, dass {w} korrekt gelesen wird. Aktuelle Datei:"],
  fr: ["Voici la configuration du serveur d'intégration, pourquoi {w} est-il refusé ?", "Peux-tu corriger ce fichier ? Le job plante depuis la migration :"],
  es: ["Esta es la configuración del servidor de integración, ¿por qué rechaza {w}?", "¿Puedes revisar este archivo? El proceso nocturno falla desde ayer:"],
  pt: ["Segue a configuração do servidor, por que {w} está sendo rejeitado?", "Pode ajustar este arquivo? O job noturno quebrou depois da migração:"],
  it: ["Ecco la configurazione del server di integrazione, perché {w} viene rifiutato?", "Puoi sistemare questo file? Il job notturno fallisce da ieri:"],
  nl: ["Hier is de configuratie van de integratieserver, waarom wordt {w} geweigerd?", "Kun je dit bestand nakijken? De nachtelijke job faalt sinds de migratie:"],
  pl: ["Oto konfiguracja z serwera integracyjnego, dlaczego {w} jest odrzucany?", "Możesz poprawić ten plik? Nocny job nie działa od migracji:"],
  ja: ["連携サーバーの設定です。{w} が拒否される理由を教えてください。", "移行後に夜間バッチが失敗します。該当ファイルはこちら："],
  zh: ["这是集成服务器上的配置，为什么 {w} 被拒绝？", "迁移之后夜间任务一直失败，相关文件如下："],
  ko: ["연동 서버 설정입니다. {w} 가 왜 거부되는지 알려주세요.", "마이그레이션 이후 야간 배치가 실패합니다. 파일은 아래와 같습니다:"],
  ru: ["Вот конфигурация с сервера интеграции, почему {w} отклоняется?", "Посмотри этот файл, ночная задача падает после миграции:"],
  tr: ["Entegrasyon sunucusundaki yapılandırma bu, {w} neden reddediliyor?", "Bu dosyayı düzeltebilir misin? Gece işi göçten beri hata veriyor:"],
  sv: ["Här är konfigurationen från integrationsservern, varför nekas {w}?", "Kan du kolla den här filen? Nattjobbet har fallerat sedan migreringen:"],
};
const HAND: Record<Lang, string[]> = {
  en: ["Here's the {w} for the new integration, please store it in the vault after setup:", "As requested, {w} below. Rotate it after go-live.", "Sharing the {w} so you can finish the cutover tonight:"],
  de: ["Hier {w} für die neue Schnittstelle, bitte nach der Einrichtung im Tresor ablegen:", "Wie besprochen, {w}:"],
  fr: ["Voici {w} pour la nouvelle intégration, à mettre dans le coffre ensuite :", "Comme convenu, {w} :"],
  es: ["Te paso {w} para la nueva integración, guárdalo en el vault después:", "Como pediste, {w}:"],
  pt: ["Segue {w} para a nova integração, depois guarde no cofre:", "Conforme combinado, {w}:"],
  it: ["Ecco {w} per la nuova integrazione, poi mettilo nel vault:", "Come richiesto, {w}:"],
  nl: ["Hierbij {w} voor de nieuwe koppeling, zet het daarna in de kluis:", "Zoals gevraagd, {w}:"],
  pl: ["Przesyłam {w} do nowej integracji, potem wrzuć do sejfu:", "Tak jak prosiłeś, {w}:"],
  ja: ["新しい連携用の {w} です。設定後はボールトに保管してください：", "ご依頼の {w} です："],
  zh: ["这是新集成用的 {w}，配置完请放进保险库：", "按你说的，{w} 如下："],
  ko: ["새 연동용 {w} 입니다. 설정 후 볼트에 저장해 주세요:", "요청하신 {w} 입니다:"],
  ru: ["Вот {w} для новой интеграции, после настройки положи в хранилище:", "Как просили, {w}:"],
  tr: ["Yeni entegrasyon için {w} burada, kurulumdan sonra kasaya koy:", "İstediğin gibi, {w}:"],
  sv: ["Här är {w} för den nya integrationen, lägg det i valvet efteråt:", "Som önskat, {w}:"],
};
const OTHER: Lang[] = ["de", "fr", "es", "pt", "it", "nl", "pl", "ja", "zh", "ko", "ru", "tr", "sv"];
export function lang(g: Gen): Lang {
  return g.next() < 0.27 ? g.pick(OTHER) : "en";
}
export function ask(g: Gen, s: Spec): string {
  return g.pick(ASK[lang(g)]).replace("{w}", what(s));
}
const HAND_INFO: Record<Lang, string[]> = {
  en: ["For the change record, here is the {w}:", "You asked which {w} the connector uses, it's this one:", "Noting the {w} here for reference:"],
  de: ["Für den Change-Eintrag, hier {w}:", "Zur Info, {w}:"],
  fr: ["Pour la fiche de changement, voici {w} :", "Pour info, {w} :"],
  es: ["Para el registro de cambio, aquí está {w}:", "Para referencia, {w}:"],
  pt: ["Para o registro de mudança, segue {w}:", "Para referência, {w}:"],
  it: ["Per il change record, ecco {w}:", "Per riferimento, {w}:"],
  nl: ["Voor de change, hier {w}:", "Ter referentie, {w}:"],
  pl: ["Do zgłoszenia zmiany, {w}:", "Dla informacji, {w}:"],
  ja: ["変更記録用に {w} を記載します：", "参考までに {w} です："],
  zh: ["变更记录用的 {w} 如下：", "供参考，{w}："],
  ko: ["변경 기록용 {w} 입니다:", "참고용 {w}:"],
  ru: ["Для записи об изменении, {w}:", "Для справки, {w}:"],
  tr: ["Değişiklik kaydı için {w}:", "Bilgi için, {w}:"],
  sv: ["För ändringsärendet, här är {w}:", "För kännedom, {w}:"],
};
export function hand(g: Gen, s: Spec, benign = false): string {
  return g.pick((benign ? HAND_INFO : HAND)[lang(g)]).replace("{w}", what(s));
}

// ---------------------------------------------------------------------------------------------
// Renderers: each puts one value in the slot named by the spec, inside an outbound payload.

export interface Renderer {
  name: string;
  accepts?: Kind[];
  r: (g: Gen, s: Spec, v: string, benign: boolean) => string;
}

const model = (g: Gen) => g.pick(["gpt-4o", "gpt-4.1-mini", "o3-mini", "gpt-4o-2024-11-20"]);
const claude = (g: Gen) => g.pick(["claude-sonnet-4-20250514", "claude-3-5-sonnet-latest", "claude-opus-4-1", "claude-3-7-sonnet-20250219"]);
const q = (v: string) => (/[\s#"'$]/.test(v) ? JSON.stringify(v) : v);

const envFile = (g: Gen, s: Spec, v: string) =>
  [`APP_ENV=production`, `LOG_LEVEL=info`, `${s.slot}=${v}`, `HTTP_PROXY=http://proxy.${g.pick(["corp.test", "example.com"])}:3128`, `TZ=Europe/Berlin`].join("\n");
const propsFile = (g: Gen, s: Spec, v: string) =>
  [`# ${s.p} integration`, `server.port=${g.pick(["8080", "8443", "9090"])}`, `spring.application.name=${nm.parent(s.slot)}-sync`, `${nm.dotted(s.slot)}=${v}`, `management.endpoints.web.exposure.include=health,info`].join("\n");
const ymlFile = (g: Gen, s: Spec, v: string) =>
  [`spring:`, `  application:`, `    name: ${nm.parent(s.slot)}-connector`, `${nm.parent(s.slot)}:`, `  base-url: https://${g.host(nm.parent(s.slot))}/api`, `  ${nm.child(s.slot)}: ${q(v)}`, `  timeout-ms: ${g.range(2, 30) * 1000}`, `logging:`, `  level:`, `    root: INFO`].join("\n");

export const RENDERERS: Renderer[] = [
  {
    name: "openai-chat-pasted-env",
    r: (g, s, v) => JSON.stringify({ model: model(g), messages: [{ role: "system", content: "You are a helpful DevOps assistant." }, { role: "user", content: `${ask(g, s)}\n\n\`\`\`\n${envFile(g, s, v)}\n\`\`\`` }], temperature: 0.2 }),
  },
  {
    name: "anthropic-messages-pasted-properties",
    r: (g, s, v) => JSON.stringify({ model: claude(g), max_tokens: 4096, messages: [{ role: "user", content: [{ type: "text", text: `${ask(g, s)}\n\napplication.properties:\n${propsFile(g, s, v)}` }] }] }),
  },
  {
    name: "anthropic-tool_use-write-application-yml",
    r: (g, s, v) => JSON.stringify({ model: claude(g), max_tokens: 2048, messages: [{ role: "user", content: "Set up the connector config for staging." }, { role: "assistant", content: [{ type: "text", text: "I'll write the config file." }, { type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: "src/main/resources/application-staging.yml", content: ymlFile(g, s, v) } }] }] }),
  },
  {
    name: "openai-tool_calls-shell-export",
    r: (g, s, v) => JSON.stringify({ model: model(g), messages: [{ role: "user", content: "run the sync against staging" }, { role: "assistant", content: null, tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s.slot}='${v}' && ./bin/sync.sh --env staging`, cwd: "/opt/integration" }) } }] }] }),
  },
  {
    name: "mcp-tool-result-read-file",
    r: (g, s, v) => JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text: `# /etc/${nm.parent(s.slot)}/agent.conf\n[${nm.parent(s.slot)}]\nendpoint = https://${g.host(nm.parent(s.slot))}\n${nm.snake(s.slot)} = ${v}\nretries = 3\n` }], isError: false } }),
  },
  {
    name: "curl-header",
    accepts: ["tok", "pw"],
    r: (g, s, v, b) => `curl -sS -X ${g.pick(["GET", "POST"])} "https://${g.host("api")}/v${g.range(1, 3)}/${g.pick(["users", "records", "jobs", "status"])}" \\\n  -H "${header(s, b)}${v}" \\\n  -H "Accept: application/json"`,
  },
  {
    name: "raw-http-request",
    accepts: ["tok", "pw"],
    r: (g, s, v, b) => `POST /api/${g.pick(["v1/import", "v2/sync", "rest/batch", "odata/Orders"])} HTTP/1.1\r\nHost: ${g.host(nm.parent(s.slot))}\r\nUser-Agent: Apache-HttpClient/4.5.14 (Java/17.0.9)\r\n${header(s, b)}${v}\r\nContent-Type: application/json\r\nX-Request-Id: ${g.uuid()}\r\n\r\n{"batch":${g.range(1, 900)}}`,
  },
  {
    name: "url-query",
    accepts: ["tok", "pw"],
    r: (g, s, v) => `GET https://${g.host(nm.parent(s.slot))}/api/${g.pick(["export", "report", "query", "table/incident"])}?format=json&${nm.snake(s.slot)}=${encodeURIComponent(v)}&limit=${g.range(10, 500)}`,
  },
  {
    name: "form-urlencoded",
    accepts: ["tok", "pw"],
    r: (g, s, v) => `POST /oauth/${g.pick(["token", "login", "authorize"])} HTTP/1.1\r\nHost: ${g.host("sso")}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\ngrant_type=client_credentials&client_id=${nm.parent(s.slot)}-sync&${nm.snake(s.slot)}=${encodeURIComponent(v)}&scope=api`,
  },
  {
    name: "multipart-form",
    r: (g, s, v) => {
      const bd = `----WebKitFormBoundary${g.a(16)}`;
      return `POST /admin/connectors/save HTTP/1.1\r\nHost: ${g.host("itsm")}\r\nContent-Type: multipart/form-data; boundary=${bd}\r\n\r\n--${bd}\r\nContent-Disposition: form-data; name="connector"\r\n\r\n${nm.parent(s.slot)}\r\n--${bd}\r\nContent-Disposition: form-data; name="${nm.snake(s.slot)}"\r\n\r\n${v}\r\n--${bd}--\r\n`;
    },
  },
  {
    name: "spring-application-yml-in-chat",
    r: (g, s, v) => JSON.stringify({ model: model(g), messages: [{ role: "user", content: `${ask(g, s)}\n\n\`\`\`yaml\n${ymlFile(g, s, v)}\n\`\`\`` }] }),
  },
  {
    name: "web.config-appSettings",
    r: (g, s, v) => JSON.stringify({ model: claude(g), max_tokens: 1500, messages: [{ role: "user", content: `${ask(g, s)}\n\n<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${nm.pascal(s.slot)}" value="${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" />\n    <add key="EnableTracing" value="false" />\n  </appSettings>\n  <system.web>\n    <compilation debug="false" targetFramework="4.8" />\n  </system.web>\n</configuration>` }] }),
  },
  {
    name: "appsettings.json-tool_use",
    r: (g, s, v) => JSON.stringify({ role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "str_replace_based_edit_tool", input: { command: "create", path: "src/Integration.Api/appsettings.Production.json", file_text: JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, [nm.pascal(nm.parent(s.slot))]: { BaseUrl: `https://${g.host(nm.parent(s.slot))}/`, [nm.childPascal(s.slot)]: v }, AllowedHosts: "*" }, null, 2) } }] }),
  },
  {
    name: "maven-settings.xml",
    r: (g, s, v, b) => `<?xml version="1.0" encoding="UTF-8"?>\n<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">\n  <servers>\n    <server>\n      <id>${nm.parent(s.slot)}-releases</id>\n      <username>${g.user()}</username>\n      ${b || s.kind === "url" ? "<password>${env.NEXUS_PASSWORD}</password>" : `<password>${v.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</password>`}\n    </server>\n  </servers>\n  <!-- ${nm.env(s.slot)} -->\n  <profiles><profile><id>integration</id><properties>\n    <${nm.dotted(s.slot)}>${b || s.kind === "url" ? v.replace(/&/g, "&amp;").replace(/</g, "&lt;") : "${" + nm.dotted(s.slot) + "}"}</${nm.dotted(s.slot)}>\n  </properties></profile></profiles>\n  <mirrors>\n    <mirror><id>corp</id><url>https://${g.host("nexus")}/repository/maven-public/</url><mirrorOf>*</mirrorOf></mirror>\n  </mirrors>\n</settings>`,
  },
  {
    name: "tomcat-context.xml-jndi",
    r: (g, s, v) => `<Context>\n  <Environment name="${nm.camel(s.slot)}" value="${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" type="java.lang.String" override="false"/>\n  <Resource name="jdbc/AppDS" auth="Container" type="javax.sql.DataSource" url="jdbc:postgresql://${g.host("db")}:5432/app" username="app" password="\${db.password}"/>\n</Context>`,
  },
  {
    name: "ini-file-in-mcp",
    r: (g, s, v) => JSON.stringify({ jsonrpc: "2.0", id: g.range(1, 50), method: "tools/call", params: { name: "write_file", arguments: { path: `C:\\ProgramData\\${nm.pascal(nm.parent(s.slot))}\\agent.ini`, content: `[General]\r\nServer=${g.host(nm.parent(s.slot))}\r\nPort=${g.range(1000, 9999)}\r\n\r\n[Connector]\r\n${nm.pascal(s.slot)}=${v}\r\n` } } }),
  },
  {
    name: "powershell-script",
    r: (g, s, v) => `# Sync-${nm.pascal(nm.parent(s.slot))}.ps1\n$ErrorActionPreference = 'Stop'\n$BaseUri = 'https://${g.host(nm.parent(s.slot))}/api'\n$env:${s.slot} = '${v.replace(/'/g, "''")}'\n$headers = @{ 'Accept' = 'application/json' }\nInvoke-RestMethod -Uri "$BaseUri/health" -Headers $headers -Method Get`,
  },
  {
    name: "powershell-transcript",
    r: (g, s, v) => `**********************\nWindows PowerShell transcript start\nStart time: ${g.date().replace(/-/g, "")}${g.time().replace(/:/g, "")}\nUsername: CORP\\${g.person()}\nMachine: ${g.pick(["APP01", "INTSRV02", "JUMPHOST", "ERP-BATCH01"])} (Microsoft Windows NT 10.0.20348.0)\n**********************\nPS C:\\Scripts> [Environment]::SetEnvironmentVariable('${s.slot}', '${v.replace(/'/g, "''")}', 'Machine')\nPS C:\\Scripts> Restart-Service ${nm.pascal(nm.parent(s.slot))}Agent\nWARNING: Waiting for service '${nm.pascal(nm.parent(s.slot))}Agent' to start...\nPS C:\\Scripts> Stop-Transcript`,
  },
  {
    name: "registry-export",
    r: (g, s, v) => `Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\${nm.pascal(nm.parent(s.slot))}\\Connector]\r\n"Server"="${g.host(nm.parent(s.slot))}"\r\n"Port"=dword:0000${g.hex(4)}\r\n"${nm.pascal(s.slot)}"="${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"\r\n"LogLevel"="Info"\r\n`,
  },
  {
    name: "scheduled-task-xml",
    r: (g, s, v) => `<?xml version="1.0" encoding="UTF-16"?>\n<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">\n  <RegistrationInfo><Author>CORP\\${g.person()}</Author><URI>\\Integration\\Nightly${nm.pascal(nm.parent(s.slot))}</URI></RegistrationInfo>\n  <Triggers><CalendarTrigger><StartBoundary>2025-01-01T02:00:00</StartBoundary><ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay></CalendarTrigger></Triggers>\n  <Actions Context="Author">\n    <Exec>\n      <Command>powershell.exe</Command>\n      <Arguments>-NoProfile -File C:\\Jobs\\sync.ps1 -${nm.pascal(s.slot)} "${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;")}"</Arguments>\n    </Exec>\n  </Actions>\n</Task>`,
  },
  {
    name: "ansible-vault-view-output",
    r: (g, s, v, b) => b ? `$ cat group_vars/${g.pick(["prod", "erp_servers", "dmz"])}/main.yml\n---\n${nm.snake(s.slot)}: ${q(v)}\nntp_servers:\n  - ntp1.${g.pick(["corp.test", "example.com"])}\nldap_base_dn: "dc=corp,dc=example,dc=com"\n` : `$ ansible-vault view group_vars/${g.pick(["prod", "erp_servers", "dmz"])}/vault.yml\nVault password:\n---\nvault_${nm.snake(s.slot)}: ${q(v)}\nvault_ntp_servers:\n  - ntp1.${g.pick(["corp.test", "example.com"])}\nvault_ldap_base_dn: "dc=corp,dc=example,dc=com"\n`,
  },
  {
    name: "java-code",
    r: (g, s, v) => JSON.stringify({ model: model(g), messages: [{ role: "user", content: `${ask(g, s)}\n\n\`\`\`java\npackage com.example.integration;\n\npublic final class ${nm.pascal(nm.parent(s.slot))}Config {\n    private static final String BASE_URL = "https://${g.host(nm.parent(s.slot))}/api";\n    private static final String ${s.slot} = "${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}";\n\n    public static String get${nm.pascal(s.slot)}() { return ${s.slot}; }\n}\n\`\`\`` }] }),
  },
  {
    name: "csharp-code",
    r: (g, s, v) => `// ${nm.pascal(nm.parent(s.slot))}Client.cs\nusing System.Net.Http;\n\nnamespace Contoso.Integration\n{\n    internal static class ${nm.pascal(nm.parent(s.slot))}Settings\n    {\n        internal const string BaseUrl = "https://${g.host(nm.parent(s.slot))}/";\n        internal const string ${nm.pascal(s.slot)} = @"${v.replace(/"/g, '""')}";\n    }\n}`,
  },
  {
    name: "vbnet-code",
    r: (g, s, v) => JSON.stringify({ model: claude(g), max_tokens: 2000, messages: [{ role: "user", content: `Port this VB.NET module to C# please.\n\nModule ${nm.pascal(nm.parent(s.slot))}Module\n    Private Const ServerUrl As String = "https://${g.host(nm.parent(s.slot))}"\n    Private Const ${nm.pascal(s.slot)} As String = "${v.replace(/"/g, '""')}"\n\n    Public Function Connect() As Boolean\n        Return Client.Login(ServerUrl, ${nm.pascal(s.slot)})\n    End Function\nEnd Module` }] }),
  },
  {
    name: "go-code",
    r: (g, s, v) => `package config\n\nimport "os"\n\n// defaults for the ${nm.parent(s.slot)} connector\nfunc ${nm.pascal(s.slot)}() string {\n\tif v := os.Getenv("${s.slot}"); v != "" {\n\t\treturn v\n\t}\n\treturn ${JSON.stringify(v)}\n}\n`,
  },
  {
    name: "python-code",
    r: (g, s, v) => JSON.stringify({ model: model(g), messages: [{ role: "user", content: `${ask(g, s)}\n\n\`\`\`python\nimport os\nimport requests\n\n${s.slot} = os.environ.get("${s.slot}", ${JSON.stringify(v)})\nBASE = "https://${g.host(nm.parent(s.slot))}/api"\n\ndef fetch(path):\n    return requests.get(f"{BASE}/{path}", timeout=30)\n\`\`\`` }] }),
  },
  {
    name: "ci-log",
    r: (g, s, v) => `[Pipeline] sh\n+ ./gradlew :integration:deploy -Penv=prod\n${g.time()}  > Task :integration:printConfig\n${g.time()}  git commit: ${g.sha()}\n${g.time()}  ${s.slot}=${v}\n${g.time()}  target: https://${g.host(nm.parent(s.slot))}\n${g.time()}  BUILD SUCCESSFUL in ${g.range(20, 300)}s`,
  },
  {
    name: "itsm-ticket-comment",
    r: (g, s, v, b) => JSON.stringify({ sys_id: g.hex(32), work_notes: `${hand(g, s, b)}\n${nm.snake(s.slot)}: ${v}\n-- ${g.person()}, Integration team`, state: "2", assignment_group: "Enterprise Integration" }),
  },
  {
    name: "jira-comment-adf",
    r: (g, s, v, b) => JSON.stringify({ body: { type: "doc", version: 1, content: [{ type: "paragraph", content: [{ type: "text", text: hand(g, s, b) }] }, { type: "codeBlock", content: [{ type: "text", text: `${s.slot}=${v}` }] }] } }),
  },
  {
    name: "shell-history",
    r: (g, s, v) => `  ${g.range(100, 999)}  cd /opt/${nm.parent(s.slot)}\n  ${g.range(1000, 1999)}  sudo systemctl status ${nm.parent(s.slot)}-agent\n  ${g.range(2000, 2999)}  export ${s.slot}="${v}"\n  ${g.range(3000, 3999)}  ./connector --check\n  ${g.range(4000, 4999)}  history | tail`,
  },
  {
    name: "unified-diff",
    r: (g, s, v) => `diff --git a/config/${nm.parent(s.slot)}.properties b/config/${nm.parent(s.slot)}.properties\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/config/${nm.parent(s.slot)}.properties\n+++ b/config/${nm.parent(s.slot)}.properties\n@@ -3,4 +3,4 @@\n ${nm.parent(s.slot)}.url=https://${g.host(nm.parent(s.slot))}\n-${nm.dotted(s.slot)}=\${${s.slot}}\n+${nm.dotted(s.slot)}=${v}\n ${nm.parent(s.slot)}.pool.size=8`,
  },
  {
    name: "slack-postMessage-handover",
    r: (g, s, v, b) => JSON.stringify({ channel: `C0${g.up(9)}`, text: `${hand(g, s, b)} \`${v}\``, unfurl_links: false }),
  },
  {
    name: "teams-chat-message",
    r: (g, s, v, b) => JSON.stringify({ body: { contentType: "html", content: `<p>${hand(g, s, b)}</p><pre>${v.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</pre>` } }),
  },
  {
    name: "docker-run-env",
    r: (g, s, v) => `docker run -d --name ${nm.parent(s.slot)}-connector \\\n  -e ${s.slot}='${v}' \\\n  -e JAVA_OPTS="-Xmx1g" \\\n  registry.${g.pick(["corp.test", "example.com"])}/integration/${nm.parent(s.slot)}-connector:${g.range(1, 9)}.${g.range(0, 20)}.${g.range(0, 9)}`,
  },
  {
    name: "k8s-secret-base64",
    r: (g, s, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${nm.kebab(nm.parent(s.slot))}-credentials\n  namespace: integration\ntype: Opaque\ndata:\n  ${s.slot}: ${b64str(v)}\n`,
  },
  {
    name: "systemd-unit",
    r: (g, s, v) => `[Unit]\nDescription=${s.p} connector\nAfter=network-online.target\n\n[Service]\nUser=${g.user()}\nEnvironment="${s.slot}=${v}"\nExecStart=/usr/bin/java -jar /opt/${nm.parent(s.slot)}/connector.jar\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target`,
  },
  {
    name: "crontab",
    r: (g, s, v) => `# m h dom mon dow command\n${g.range(0, 59)} ${g.range(0, 6)} * * * ${s.slot}='${v}' /opt/scripts/${nm.parent(s.slot)}_export.sh >> /var/log/${nm.parent(s.slot)}_export.log 2>&1`,
  },
  {
    name: "docker-compose",
    r: (g, s, v) => `services:\n  ${nm.parent(s.slot)}-bridge:\n    image: registry.${g.pick(["corp.test", "example.com"])}/${nm.parent(s.slot)}-bridge:latest\n    environment:\n      - ${s.slot}=${v}\n      - TZ=UTC\n    restart: unless-stopped`,
  },
  {
    name: "har-entry",
    accepts: ["tok", "pw"],
    r: (g, s, v, b) => {
      const h = header(s, b);
      const i = h.indexOf(":");
      return JSON.stringify({ log: { version: "1.2", entries: [{ startedDateTime: `${g.date()}T${g.time()}.000Z`, request: { method: "GET", url: `https://${g.host(nm.parent(s.slot))}/api/now/table/sys_user?sysparm_limit=1`, headers: [{ name: "Accept", value: "application/json" }, { name: h.slice(0, i), value: `${h.slice(i + 1).trim()}${h.slice(i + 1).trim() ? " " : ""}${v}` }] }, response: { status: 200 } }] } });
    },
  },
  {
    name: "sql-insert",
    r: (g, s, v) => `INSERT INTO integration_settings (system_code, setting_key, setting_value, updated_by)\nVALUES ('${nm.parent(s.slot).toUpperCase()}', '${nm.snake(s.slot)}', '${v.replace(/'/g, "''")}', '${g.person()}');`,
  },
  {
    name: "terraform-tfvars",
    r: (g, s, v) => `# terraform.tfvars\nregion      = "${g.pick(["eu-west-1", "westeurope", "us-east-2"])}"\nenvironment = "prod"\n${nm.snake(s.slot)} = ${JSON.stringify(v)}\n`,
  },
  {
    name: "github-actions-yaml",
    r: (g, s, v) => `name: nightly-sync\non:\n  schedule:\n    - cron: "0 ${g.range(0, 5)} * * *"\njobs:\n  sync:\n    runs-on: [self-hosted, windows]\n    env:\n      ${s.slot}: ${q(v)}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/sync.ps1`,
  },
  {
    name: "python-traceback-locals",
    r: (g, s, v) => `Traceback (most recent call last):\n  File "/opt/etl/${nm.parent(s.slot)}_loader.py", line ${g.range(40, 400)}, in connect\n    session.auth = (user, secret)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${g.host(nm.parent(s.slot))}', port=443)\n\nLocals at frame:\n    user = '${g.user()}'\n    ${nm.snake(s.slot)} = ${JSON.stringify(v)}\n    retries = 3`,
  },
  {
    name: "java-debug-log",
    r: (g, s, v) => `${g.date()} ${g.time()}.${g.dig(3)} DEBUG 4711 --- [main] o.s.b.c.p.s.ConfigurationPropertySourcesPropertyResolver : Found key '${nm.dotted(s.slot)}' in PropertySource 'systemEnvironment' with value of type String\n${g.date()} ${g.time()}.${g.dig(3)} DEBUG 4711 --- [main] c.e.i.${nm.pascal(nm.parent(s.slot))}Client : init ${nm.camel(s.slot)}=${v} traceId=${g.hex(32)}`,
  },
  {
    name: "windows-batch",
    r: (g, s, v) => `@echo off\r\nREM nightly ${nm.parent(s.slot)} extract\r\nset ${s.slot}=${v.replace(/%/g, "%%")}\r\nset OUTDIR=D:\\Exports\\%DATE:~-4%\r\n"C:\\Program Files\\Java\\jdk-17\\bin\\java.exe" -jar extract.jar --out "%OUTDIR%"\r\n`,
  },
  {
    name: "helm-values",
    r: (g, s, v) => `# values-prod.yaml\nreplicaCount: 2\nimage:\n  repository: registry.${g.pick(["corp.test", "example.com"])}/${nm.parent(s.slot)}-adapter\n  tag: "${g.range(1, 5)}.${g.range(0, 30)}.0"\nconfig:\n  ${nm.camel(s.slot)}: ${q(v)}\n`,
  },
  {
    name: "email-json-handover",
    r: (g, s, v, b) => JSON.stringify({ message: { subject: `${s.p} access for the integration`, body: { contentType: "Text", content: `${hand(g, s, b)}\n\n${nm.pascal(s.slot)}: ${v}\n\nRegards,\n${g.person()}` }, toRecipients: [{ emailAddress: { address: `${g.person()}@example.com` } }] } }),
  },
];

// ---------------------------------------------------------------------------------------------
// Case builders

export function rotate(g: Gen, specs: Spec[], opts: { prefix: string; category: (s: Spec) => string; label: "positive" | "benign"; start: number; step: number }): CorpusCase[] {
  const out: CorpusCase[] = [];
  let k = opts.start;
  specs.forEach((s, i) => {
    const kind = s.kind ?? "tok";
    let r = RENDERERS[k % RENDERERS.length]!;
    while (r.accepts && !r.accepts.includes(kind)) {
      k++;
      r = RENDERERS[k % RENDERERS.length]!;
    }
    k += opts.step;
    const v = s.v(g);
    out.push({
      id: `y132-${opts.prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: opts.category(s),
      label: opts.label,
      text: r.r(g, s, v, opts.label === "benign"),
      note: `${s.p}; slot ${s.slot}; context ${r.name}`,
    });
  });
  return out;
}

export const cat132 = (g: Group) => `heldouty132-sec-${g}`;

// Shared shapes used by more than one file
export const entraSecret = (g: Gen) => `${g.a(3)}${g.dig(1)}Q~${g.str(34, `${ALNUM}_.~-`)}`;
export const openaiKey = (g: Gen, kind: string) => cat("sk-", kind, "-", g.b64u(74), "T3Blbk", "FJ", g.b64u(74));
