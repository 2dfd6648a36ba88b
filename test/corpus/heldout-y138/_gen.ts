// heldout-y138 shared builders and context renderers (skipped by the loader: name starts with "_").
// Every credential-shaped value is assembled at run time from a split prefix and a random body
// drawn from SeededRng (one fixed seed per case file), so the repository holds no literal secret.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
export const AN = UP + LO + DG;
export const HEX = "0123456789abcdef";
export const B64 = AN + "+/";
export const B64U = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
export const F = "```";

/** Joins split pieces (prefixes are always written split so no literal token sits in the repo). */
export const j = (...xs: string[]): string => xs.join("");
export const b64 = (s: string | Uint8Array): string => Buffer.from(s).toString("base64");
export const b64url = (s: string | Uint8Array): string => Buffer.from(s).toString("base64url");

export class Gen extends SeededRng {
  hex(n: number): string {
    return this.str(n, HEX);
  }
  uhex(n: number): string {
    return this.str(n, HEX.toUpperCase());
  }
  an(n: number): string {
    return this.str(n, AN);
  }
  lo(n: number): string {
    return this.str(n, LO + DG);
  }
  up(n: number): string {
    return this.str(n, UP + DG);
  }
  alpha(n: number): string {
    return this.str(n, UP + LO);
  }
  dig(n: number): string {
    return this.str(1, "123456789") + this.str(n - 1, DG);
  }
  b64(n: number): string {
    return this.str(n, B64);
  }
  b64u(n: number): string {
    return this.str(n, B64U);
  }
  b32(n: number): string {
    return this.str(n, B32);
  }
  bech(n: number): string {
    return this.str(n, BECH);
  }
  /** Standard base64 of n random bytes (with padding). */
  raw64(n: number): string {
    return b64(this.bytes(n));
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${this.pick(["8", "9", "a", "b"])}${h.slice(17, 20)}-${h.slice(20)}`;
  }
  /** A password with a few symbols mixed in. */
  pw(n = 20): string {
    const chars = this.an(n).split("");
    for (let k = 0; k < 3; k++) chars[this.int(n)] = this.pick(["!", "#", "%", "*", "+", "-", ".", "_", "~", "^"]);
    chars[0] = this.pick(UP.split(""));
    return chars.join("");
  }
  epoch(): number {
    return 1735689600 + this.int(20_000_000);
  }
  ts(): string {
    return new Date(this.epoch() * 1000).toISOString().replace(/\.\d+Z$/, "Z");
  }
  ip(): string {
    return `10.${this.range(0, 254)}.${this.range(0, 254)}.${this.range(1, 254)}`;
  }
  pubip(): string {
    return this.pick(["203.0.113.", "198.51.100.", "192.0.2."]) + this.range(2, 250);
  }
  /** A signed-looking JWT: real JSON header and payload, random signature of the right length. */
  jwt(payload: Record<string, unknown>, alg = "RS256", kid?: string): string {
    const head: Record<string, string> = { alg, typ: "JWT" };
    if (kid) head.kid = kid;
    const sig = alg.startsWith("HS") ? this.b64u(alg === "HS512" ? 86 : 43) : alg.startsWith("ES") ? this.b64u(86) : this.b64u(342);
    return [b64url(JSON.stringify(head)), b64url(JSON.stringify(payload)), sig].join(".");
  }
  /** PEM block of `lines` full 64-char lines (plus a short last line) of base64 starting with `lead`. */
  pem(label: string, lead: string, lines: number): string {
    const body = lead + this.b64(64 * lines - lead.length) + this.b64(this.range(8, 40)) + "=";
    const rows: string[] = [];
    for (let i = 0; i < body.length; i += 64) rows.push(body.slice(i, i + 64));
    return [`-----BEGIN ${label}-----`, ...rows, `-----END ${label}-----`].join("\n");
  }
}

// ---------------------------------------------------------------- specs and slots

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";
export type Kind = "token" | "password" | "url";

export interface Spec {
  /** provider / credential type, used in notes and prose */
  p: string;
  g: Group;
  /** env var name of the secret */
  env: string;
  v: (g: Gen) => string;
  kind?: Kind;
  /** companion non-secret identifier: env name and maker */
  id?: [string, (g: Gen) => string];
  /** header name ("basic" = Basic id:secret) and scheme */
  hdr?: string;
  scheme?: string;
  user?: string;
  /** config key override and query/form parameter override */
  key?: string;
  param?: string;
  /** config-only secret (never sent in a header/query/form of its own) */
  cfg?: boolean;
  host?: string;
}

export interface Slot {
  p: string;
  env: string;
  key: string;
  param: string;
  v: string;
  kind: Kind;
  id?: { env: string; key: string; v: string };
  hdr?: string;
  scheme?: string;
  user: string;
  host: string;
  slug: string;
  cfg: boolean;
  benign: boolean;
}

export function cfgKey(env: string): string {
  const parts = env.toLowerCase().split("_");
  return parts.length >= 3 ? parts.slice(1).join("_") : parts.join("_");
}
const camel = (k: string): string => k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const slugOf = (p: string): string =>
  p
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .slice(0, 2)
    .join("-");

/** The vendor / product part of a credential description ("Splunk HEC token" -> "Splunk"). */
export function vendorOf(p: string): string {
  const base = p.replace(/\s*\(.*?\)\s*/g, " ").trim();
  const cut = base.split(/\s(?=(?:API|REST|HEC|access|auth|authentication|personal|secret|token|key|keys|password|service|client|app|application|bot|user|admin|incoming|webhook|URL|connection|ingest|organization|fine-grained|classic|project|server|automation|shared|private|console|root|deploy|team|tenant|integration|static|batch|universal-auth|reference|live|vault|public|send-your-data|signing|one-time|runner|machine|account|partition|provisioner)\b)/i)[0]!;
  return cut.trim() || base;
}

export function slotOf(g: Gen, s: Spec, benign = false): Slot {
  const vendor = vendorOf(s.p);
  const slug = slugOf(vendor);
  const key = s.key ?? cfgKey(s.env);
  const idv = s.id ? s.id[1](g) : undefined;
  const v = s.v(g);
  const host = s.host ?? g.pick([`api.${slug}.example.com`, `${slug}.example.net`, `${slug}.soc.test`, `console.${slug}.example.org`]);
  const slot: Slot = {
    p: vendor,
    env: s.env,
    key,
    param: s.param ?? key,
    v,
    kind: s.kind ?? "token",
    user: s.user ?? g.pick(["svc_soc_api", "svc-siem", "secops-automation", "api_integration"]),
    host,
    slug,
    cfg: s.cfg === true,
    benign,
  };
  if (s.id && idv !== undefined) slot.id = { env: s.id[0], key: cfgKey(s.id[0]), v: idv };
  if (s.hdr) slot.hdr = s.hdr;
  if (s.scheme !== undefined) slot.scheme = s.scheme;
  return slot;
}

// ---------------------------------------------------------------- prose in several languages

type Purpose = "ask" | "give" | "ticket" | "finding" | "fix" | "look";
type Prose = Record<Purpose, (p: string) => string>;

export const LANGS: Record<string, Prose> = {
  en: {
    ask: (p) => `The ${p} integration keeps failing with 401 since this morning. Can you check the config below and tell me what's wrong?`,
    give: (p) => `Here is the ${p} credential for the new connector. Use it for the test run only, we rotate it afterwards.`,
    ticket: (p) => `During triage we noticed unusual API activity on the ${p} tenant. Config of the affected collector is attached for reference.`,
    finding: (p) => `A hard-coded ${p} credential was found in the repository during the assessment. It is valid and grants API access.`,
    fix: (p) => `Refactor this so the ${p} secret is read from the environment instead of being hard-coded.`,
    look: (p) => `Can you review this ${p} config snippet and tell me if anything looks off?`,
  },
  de: {
    ask: (p) => `Die ${p}-Integration schlägt seit heute Morgen mit 401 fehl. Kannst du dir die Konfiguration unten ansehen und sagen, was falsch ist?`,
    give: (p) => `Hier sind die ${p}-Zugangsdaten für den neuen Connector. Bitte nur für den Testlauf verwenden, danach rotieren wir sie.`,
    ticket: (p) => `Bei der Triage ist ungewöhnliche API-Aktivität im ${p}-Tenant aufgefallen. Die Konfiguration des betroffenen Collectors hängt an.`,
    finding: (p) => `Im Repository wurde während des Pentests ein fest codiertes ${p}-Credential gefunden. Es ist gültig und erlaubt API-Zugriff.`,
    fix: (p) => `Bitte so umbauen, dass das ${p}-Secret aus der Umgebung gelesen wird statt im Code zu stehen.`,
    look: (p) => `Kannst du dir diesen Ausschnitt aus der ${p}-Konfiguration ansehen und sagen, ob etwas komisch aussieht?`,
  },
  fr: {
    ask: (p) => `L'intégration ${p} échoue avec une 401 depuis ce matin. Tu peux regarder la configuration ci-dessous et me dire ce qui cloche ?`,
    give: (p) => `Voici l'identifiant ${p} pour le nouveau connecteur : à utiliser pour le test uniquement, on le fera tourner ensuite.`,
    ticket: (p) => `Pendant le triage, nous avons constaté une activité API inhabituelle sur le tenant ${p}. La configuration du collecteur concerné est jointe.`,
    finding: (p) => `Un secret ${p} codé en dur a été trouvé dans le dépôt pendant l'audit. Il est valide et donne accès à l'API.`,
    fix: (p) => `Peux-tu refactoriser pour que le secret ${p} soit lu depuis l'environnement au lieu d'être en dur ?`,
    look: (p) => `Peux-tu relire cet extrait de configuration ${p} et me dire si quelque chose te paraît bizarre ?`,
  },
  es: {
    ask: (p) => `La integración de ${p} devuelve 401 desde esta mañana. ¿Puedes revisar la configuración de abajo y decirme qué falla?`,
    give: (p) => `Aquí tienes la credencial de ${p} para el nuevo conector; úsala solo para la prueba y luego la rotamos.`,
    ticket: (p) => `Durante el triaje vimos actividad inusual en la API del tenant de ${p}. Adjunto la configuración del colector afectado.`,
    finding: (p) => `Durante la auditoría se encontró una credencial de ${p} escrita en el código del repositorio. Es válida y da acceso a la API.`,
    fix: (p) => `Refactoriza esto para que el secreto de ${p} se lea del entorno en lugar de estar en el código.`,
    look: (p) => `¿Puedes revisar este fragmento de la configuración de ${p} y decirme si algo se ve raro?`,
  },
  pt: {
    ask: (p) => `A integração com ${p} está falhando com 401 desde cedo. Consegue olhar a configuração abaixo e dizer o que está errado?`,
    give: (p) => `Segue a credencial do ${p} para o novo conector. Use só no teste e depois a gente rotaciona.`,
    ticket: (p) => `Na triagem notamos atividade de API incomum no tenant ${p}. A configuração do coletor afetado vai em anexo.`,
    finding: (p) => `Foi encontrada uma credencial ${p} fixa no código do repositório durante o pentest. Ela é válida e dá acesso à API.`,
    fix: (p) => `Refatore para que o segredo do ${p} seja lido do ambiente em vez de ficar fixo no código.`,
    look: (p) => `Pode revisar este trecho da configuração do ${p} e dizer se algo parece estranho?`,
  },
  it: {
    ask: (p) => `L'integrazione ${p} fallisce con 401 da stamattina. Puoi controllare la configurazione qui sotto e dirmi cosa non va?`,
    give: (p) => `Ecco la credenziale ${p} per il nuovo connettore: usala solo per il test, poi la ruotiamo.`,
    ticket: (p) => `Durante il triage abbiamo notato attività API anomala sul tenant ${p}. In allegato la configurazione del collector coinvolto.`,
    finding: (p) => `Durante l'assessment è stata trovata nel repository una credenziale ${p} scritta nel codice. È valida e consente l'accesso alle API.`,
    fix: (p) => `Rifattorizza in modo che il segreto ${p} venga letto dall'ambiente invece di essere nel codice.`,
    look: (p) => `Puoi dare un'occhiata a questo estratto della configurazione ${p} e dirmi se qualcosa sembra strano?`,
  },
  nl: {
    ask: (p) => `De ${p}-koppeling geeft sinds vanochtend 401. Kun je de configuratie hieronder bekijken en zeggen wat er mis is?`,
    give: (p) => `Hier is de ${p}-credential voor de nieuwe connector; alleen gebruiken voor de test, daarna roteren we hem.`,
    ticket: (p) => `Tijdens de triage zagen we ongebruikelijke API-activiteit op de ${p}-tenant. De configuratie van de betreffende collector zit als bijlage.`,
    finding: (p) => `Tijdens de pentest is een hardcoded ${p}-credential in de repository gevonden. Deze is geldig en geeft API-toegang.`,
    fix: (p) => `Herschrijf dit zodat het ${p}-geheim uit de omgeving wordt gelezen in plaats van hardcoded.`,
    look: (p) => `Kun je dit stukje ${p}-configuratie nakijken en zeggen of er iets vreemd uitziet?`,
  },
  pl: {
    ask: (p) => `Integracja z ${p} od rana zwraca 401. Możesz sprawdzić konfigurację poniżej i powiedzieć, co jest nie tak?`,
    give: (p) => `Oto dane uwierzytelniające ${p} dla nowego konektora. Tylko do testu, potem je rotujemy.`,
    ticket: (p) => `Podczas triage zauważyliśmy nietypową aktywność API w tenancie ${p}. W załączniku konfiguracja kolektora.`,
    finding: (p) => `Podczas testu penetracyjnego w repozytorium znaleziono zaszyty na stałe sekret ${p}. Jest ważny i daje dostęp do API.`,
    fix: (p) => `Przerób to tak, żeby sekret ${p} był czytany ze zmiennych środowiskowych, a nie zaszyty w kodzie.`,
    look: (p) => `Możesz przejrzeć ten fragment konfiguracji ${p} i powiedzieć, czy coś wygląda podejrzanie?`,
  },
  ru: {
    ask: (p) => `Интеграция с ${p} с утра падает с 401. Посмотри, пожалуйста, конфиг ниже: что не так?`,
    give: (p) => `Вот учётные данные ${p} для нового коннектора. Только для теста, потом ротируем.`,
    ticket: (p) => `При разборе инцидента заметили необычную активность API в тенанте ${p}. Конфигурация затронутого коллектора во вложении.`,
    finding: (p) => `В ходе пентеста в репозитории найден захардкоженный секрет ${p}. Он действителен и даёт доступ к API.`,
    fix: (p) => `Перепиши так, чтобы секрет ${p} брался из переменных окружения, а не был зашит в код.`,
    look: (p) => `Посмотри этот фрагмент конфигурации ${p}: ничего подозрительного?`,
  },
  ja: {
    ask: (p) => `今朝から${p}連携が401で失敗しています。下の設定を見て、何が問題か教えてもらえますか？`,
    give: (p) => `新しいコネクタ用の${p}の認証情報です。テストだけに使って、終わったらローテーションします。`,
    ticket: (p) => `トリアージ中に${p}テナントで不審なAPIアクティビティを確認しました。該当コレクタの設定を添付します。`,
    finding: (p) => `診断中にリポジトリ内でハードコードされた${p}の認証情報を発見しました。有効でAPIにアクセスできます。`,
    fix: (p) => `${p}のシークレットをハードコードせず環境変数から読むようにリファクタリングしてください。`,
    look: (p) => `この${p}設定の抜粋を確認して、おかしな点がないか教えてください。`,
  },
  zh: {
    ask: (p) => `${p} 集成从今天早上开始一直返回 401，帮我看看下面的配置哪里有问题？`,
    give: (p) => `这是新连接器用的 ${p} 凭据，只用于这次测试，测完我们就轮换。`,
    ticket: (p) => `分诊时发现 ${p} 租户有异常的 API 活动，受影响采集器的配置附在下面。`,
    finding: (p) => `渗透测试期间在仓库中发现硬编码的 ${p} 凭据，该凭据有效，可以访问 API。`,
    fix: (p) => `请重构一下，让 ${p} 的密钥从环境变量读取，而不是写死在代码里。`,
    look: (p) => `帮我看看这段 ${p} 配置，有没有什么不对劲的地方？`,
  },
  ko: {
    ask: (p) => `오늘 아침부터 ${p} 연동이 401로 실패합니다. 아래 설정을 보고 뭐가 문제인지 알려주실 수 있나요?`,
    give: (p) => `새 커넥터용 ${p} 자격 증명입니다. 테스트에만 쓰고 끝나면 교체하겠습니다.`,
    ticket: (p) => `트리아지 중 ${p} 테넌트에서 비정상적인 API 활동을 확인했습니다. 해당 수집기 설정을 첨부합니다.`,
    finding: (p) => `진단 중 저장소에서 하드코딩된 ${p} 자격 증명을 발견했습니다. 유효하며 API 접근이 가능합니다.`,
    fix: (p) => `${p} 시크릿을 코드에 하드코딩하지 말고 환경 변수에서 읽도록 리팩터링해 주세요.`,
    look: (p) => `이 ${p} 설정 일부를 검토하고 이상한 점이 있는지 알려주세요.`,
  },
  tr: {
    ask: (p) => `${p} entegrasyonu bu sabahtan beri 401 veriyor. Aşağıdaki yapılandırmaya bakıp sorunun ne olduğunu söyler misin?`,
    give: (p) => `Yeni bağlayıcı için ${p} kimlik bilgisi aşağıda; sadece test için kullan, sonra döndüreceğiz.`,
    ticket: (p) => `Triage sırasında ${p} kiracısında olağandışı API etkinliği gördük. Etkilenen toplayıcının yapılandırması ekte.`,
    finding: (p) => `Değerlendirme sırasında depoda sabit kodlanmış bir ${p} kimlik bilgisi bulundu. Geçerli ve API erişimi sağlıyor.`,
    fix: (p) => `${p} gizli anahtarı koda gömülü olmak yerine ortamdan okunacak şekilde yeniden düzenle.`,
    look: (p) => `Bu ${p} yapılandırma parçasına bakıp tuhaf bir şey var mı söyler misin?`,
  },
};
const OTHER = ["de", "fr", "es", "pt", "it", "nl", "pl", "ru", "ja", "zh", "ko", "tr"];

/** A third of the rotated cases get prose in another language (some renderers carry no prose). */
export function langFor(i: number): string {
  return i % 4 === 3 || i % 6 === 1 ? OTHER[Math.floor(i / 3) % OTHER.length]! : "en";
}
export function say(L: string, purpose: Purpose, s: { p: string; benign: boolean }): string {
  const t = LANGS[L] ?? LANGS.en!;
  return t[s.benign ? "look" : purpose](s.p);
}

// ---------------------------------------------------------------- value helpers

/** .env value: quoted when it holds characters a dotenv parser would trip on. */
const ev = (v: string): string => (/^[A-Za-z0-9_.\-:/+=@~]+$/.test(v) ? v : `'${v}'`);
/** YAML scalar. */
const yv = (v: string): string => (/^[A-Za-z0-9][A-Za-z0-9_.\-/+=~]*$/.test(v) && !/^\d+$/.test(v) ? v : JSON.stringify(v));
const sq = (v: string): string => `'${v}'`;
const js = (v: unknown): string => JSON.stringify(v);

function envLines(s: Slot, quote = false): string[] {
  const f = quote ? (v: string) => JSON.stringify(v) : ev;
  const out: string[] = [];
  if (s.id) out.push(`${s.id.env}=${f(s.id.v)}`);
  if (s.kind === "password" && !s.benign) out.push(`${prefix(s)}_USERNAME=${f(s.user)}`);
  out.push(`${s.env}=${f(s.v)}`);
  return out;
}
/** key: value lines for YAML at an indent. */
function yamlPairs(s: Slot, ind: string, camelCase = false): string[] {
  const k = (x: string) => (camelCase ? camel(x) : x);
  const out: string[] = [];
  if (s.id) out.push(`${ind}${k(s.id.key)}: ${yv(s.id.v)}`);
  if (s.kind === "password" && !s.benign) out.push(`${ind}username: ${yv(s.user)}`);
  out.push(`${ind}${k(s.key)}: ${yv(s.v)}`);
  return out;
}
function cfgObj(s: Slot, camelCase = false): Record<string, string> {
  const k = (x: string) => (camelCase ? camel(x) : x);
  const o: Record<string, string> = {};
  if (s.id) o[k(s.id.key)] = s.id.v;
  if (s.kind === "password" && !s.benign) o.username = s.user;
  o[k(s.key)] = s.v;
  return o;
}
const prefix = (s: Slot): string => s.env.split("_")[0]!;

/** The auth header a client would send for this slot. */
export function authHeader(s: Slot): [string, string] {
  if (s.kind === "password") return ["Authorization", "Basic " + b64(`${s.user}:${s.v}`)];
  if (s.hdr === "basic:key") return ["Authorization", "Basic " + b64(`${s.v}:`)];
  if (s.hdr === "basic" || (s.id && !s.hdr)) return ["Authorization", "Basic " + b64(`${s.id?.v ?? s.user}:${s.v}`)];
  const name = s.hdr ?? "Authorization";
  const sch = s.scheme ?? (name === "Authorization" ? "Bearer" : "");
  return [name, sch === "" ? s.v : /[=:]$/.test(sch) ? sch + s.v : `${sch} ${s.v}`];
}
const isOauth = (s: Slot): boolean => !!s.id && !s.hdr && s.kind === "token";
const PATHS = ["/api/v2/alerts?status=new&limit=100", "/api/v1/detections/query", "/v1/indicators/search", "/api/v3/incidents?sort=-created", "/api/v1/events/export", "/rest/v2/assets?page=2", "/api/v1/audit/logs", "/v2/vulnerabilities?severity=critical"];
const pathFor = (g: Gen, s: Slot): string => (isOauth(s) ? "/oauth2/token" : g.pick(PATHS));

function queryFor(s: Slot): string {
  if (s.kind === "password") return `username=${encodeURIComponent(s.user)}&password=${encodeURIComponent(s.v)}`;
  if (s.id) return `${s.id.key}=${encodeURIComponent(s.id.v)}&${s.param}=${encodeURIComponent(s.v)}`;
  return `${s.param}=${encodeURIComponent(s.v)}`;
}

/** A command line that uses a URL / connection string credential. */
function cliFor(s: Slot): string {
  const v = s.v;
  if (/^postgres/.test(v)) return `psql "${v}" -c 'select count(*) from alerts where created_at > now() - interval ''1 day'';'`;
  if (/^mysql/.test(v)) return `mysqlsh --uri "${v}" --sql -e "show tables;"`;
  if (/^mongodb/.test(v)) return `mongosh "${v}" --eval 'db.events.countDocuments({severity: "high"})'`;
  if (/^rediss?:/.test(v)) return `redis-cli -u "${v}" --scan --pattern 'ioc:*' | head`;
  if (/^amqps?:/.test(v)) return `python3 tools/replay_alerts.py --broker "${v}" --queue soc.alerts`;
  if (/^https:\/\/[^/@]+:[^/@]+@/.test(v)) return `curl -s "${v.replace(/\/$/, "")}/_cluster/health?pretty"`;
  if (/^https?:/.test(v)) return `curl -sS -X POST -H 'Content-Type: application/json' -d '{"text":"[SOAR] test alert, please ignore"}' '${v}'`;
  return `${s.env}='${v}' ./bin/${s.slug}-sync --once --verbose`;
}
/** A shell line using the slot (curl with auth, or the URL tool). */
function shellUse(g: Gen, s: Slot): string {
  if (s.kind === "url") return cliFor(s);
  if (s.cfg) return `export ${s.env}=${sq(s.v)} && ./bin/${s.slug}-sync --dry-run`;
  if (s.kind === "password") return `curl -sS -u ${sq(`${s.user}:${s.v}`)} "https://${s.host}${pathFor(g, s)}"`;
  if (isOauth(s)) return `curl -sS -X POST "https://${s.host}/oauth2/token" -d grant_type=client_credentials -d client_id=${s.id!.v} -d client_secret=${sq(s.v)}`;
  const [h, hv] = authHeader(s);
  return `curl -sS "https://${s.host}${pathFor(g, s)}" -H ${sq(`${h}: ${hv}`)} -H 'Accept: application/json'`;
}

// ---------------------------------------------------------------- LLM / tool wrappers

const OAI = ["gpt-4o", "gpt-4.1", "gpt-4.1-mini", "o3-mini", "gpt-4o-2024-11-20"];
const CLAUDE = ["claude-sonnet-4-5", "claude-3-7-sonnet-latest", "claude-opus-4-1", "claude-3-5-haiku-latest"];
const SYS = [
  "You are a senior security engineer assisting the SOC team.",
  "You are a coding agent working in the secops-automation repository.",
  "You help detection engineers write and debug integrations.",
];
const oai = (g: Gen, user: string): string =>
  js({ model: g.pick(OAI), messages: [{ role: "system", content: g.pick(SYS) }, { role: "user", content: user }], temperature: 0.2, stream: true });
const anth = (g: Gen, user: string): string =>
  js({ model: g.pick(CLAUDE), max_tokens: 4096, system: g.pick(SYS), messages: [{ role: "user", content: [{ type: "text", text: user }] }] });
const gem = (g: Gen, user: string): string =>
  js({ contents: [{ role: "user", parts: [{ text: user }] }], generationConfig: { temperature: 0.3, maxOutputTokens: 2048 }, systemInstruction: { parts: [{ text: g.pick(SYS) }] } });
const anyLlm = (g: Gen, user: string): string => g.pick([oai, anth, gem])(g, user);
function anthTool(g: Gen, user: string, tool: string, input: Record<string, unknown>, result: string): string {
  const id = j("toolu_01", g.an(22));
  return js({
    model: g.pick(CLAUDE),
    max_tokens: 8192,
    messages: [
      { role: "user", content: user },
      { role: "assistant", content: [{ type: "text", text: "On it." }, { type: "tool_use", id, name: tool, input }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: result }] },
    ],
  });
}
function oaiTool(g: Gen, user: string, fn: string, args: Record<string, unknown>, result: string): string {
  const id = j("call_", g.an(24));
  return js({
    model: g.pick(OAI),
    messages: [
      { role: "user", content: user },
      { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: fn, arguments: js(args) } }] },
      { role: "tool", tool_call_id: id, content: result },
    ],
  });
}
const mcpCall = (g: Gen, name: string, args: Record<string, unknown>): string =>
  js({ jsonrpc: "2.0", id: g.range(2, 400), method: "tools/call", params: { name, arguments: args } });
const mcpResult = (g: Gen, text: string): string => js({ jsonrpc: "2.0", id: g.range(2, 400), result: { content: [{ type: "text", text }], isError: false } });

// ---------------------------------------------------------------- renderers

export interface Renderer {
  name: string;
  kinds: Kind[];
  /** puts the value in a header/query/form of its own (not for config-only secrets) */
  wire?: boolean;
  /** usable for benign look-alikes (the value sits under its own, non-secret name) */
  benign?: boolean;
  f: (g: Gen, s: Slot, L: string) => string;
}
const ALL: Kind[] = ["token", "password", "url"];
const TP: Kind[] = ["token", "password"];

export const RENDERERS: Renderer[] = [
  {
    name: "OpenAI chat body with a pasted .env",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const env = [`# ${s.p}`, ...envLines(s), `${prefix(s)}_LOG_LEVEL=info`, `HTTP_TIMEOUT=30`].join("\n");
      return oai(g, `${say(L, "ask", s)}\n\n${F}env\n${env}\n${F}`);
    },
  },
  {
    name: "Anthropic messages body with a pasted docker-compose.yml",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const envs = envLines(s).map((l) => {
        const i = l.indexOf("=");
        return `      ${l.slice(0, i)}: ${yv(l.slice(i + 1).replace(/^'|'$/g, ""))}`;
      });
      const y = [
        "services:",
        `  ${s.slug}-collector:`,
        `    image: registry.example.com/secops/${s.slug}-collector:${g.range(1, 4)}.${g.range(0, 12)}.${g.range(0, 9)}`,
        "    restart: unless-stopped",
        "    environment:",
        ...envs,
        "      TZ: UTC",
        "    volumes:",
        "      - ./state:/var/lib/collector",
      ].join("\n");
      return anth(g, `${say(L, "ask", s)}\n\n${F}yaml\n${y}\n${F}`);
    },
  },
  {
    name: "Anthropic tool_use write_file of a connector config.json",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const cfg: Record<string, unknown> = { name: `${s.slug}-connector`, endpoint: `https://${s.host}`, ...cfgObj(s), verify_tls: true, poll_interval_seconds: g.pick([60, 300, 900]) };
      return anthTool(g, say(L, "give", s), "write_file", { path: `integrations/${s.slug}/config.json`, content: JSON.stringify(cfg, null, 2) + "\n" }, "File written successfully.");
    },
  },
  {
    name: "OpenAI tool_calls shell command (double-escaped arguments)",
    kinds: ALL,
    f: (g, s, L) => oaiTool(g, say(L, "ask", s), "run_shell", { command: shellUse(g, s), timeout: 60 }, '{"exit_code":0,"stdout":"ok"}'),
  },
  {
    name: "MCP tools/call result echoing a .env file",
    kinds: ALL,
    benign: true,
    f: (g, s) => mcpResult(g, [`$ cat /srv/${s.slug}/.env`, ...envLines(s), "ENVIRONMENT=production", ""].join("\n")),
  },
  {
    name: "curl command line",
    kinds: TP,
    wire: true,
    f: (g, s) => {
      if (s.kind === "password") return `curl -sS -u ${sq(`${s.user}:${s.v}`)} \\\n  "https://${s.host}${pathFor(g, s)}" \\\n  -H "Accept: application/json"`;
      if (isOauth(s)) return `curl -sS -X POST "https://${s.host}/oauth2/token" \\\n  -u "${s.id!.v}:${s.v}" \\\n  -d grant_type=client_credentials`;
      const [h, hv] = authHeader(s);
      return `curl -sS -X GET "https://${s.host}${pathFor(g, s)}" \\\n  -H "${h}: ${hv}" \\\n  -H "Accept: application/json"`;
    },
  },
  {
    name: "raw HTTP request",
    kinds: TP,
    wire: true,
    f: (g, s) => {
      const [h, hv] = authHeader(s);
      const oauth = isOauth(s);
      const body = oauth ? "grant_type=client_credentials&scope=read" : js({ since: g.ts(), limit: 500 });
      return [
        `POST ${oauth ? "/oauth2/token" : g.pick(["/api/v2/events/search", "/api/v1/query", "/v1/alerts/bulk"])} HTTP/1.1`,
        `Host: ${s.host}`,
        `User-Agent: ${g.pick(["soc-sync/1.8.2", "python-requests/2.32.3", "Go-http-client/1.1", "axios/1.7.7"])}`,
        `Content-Type: ${oauth ? "application/x-www-form-urlencoded" : "application/json"}`,
        `${h}: ${hv}`,
        `Content-Length: ${body.length}`,
        "",
        body,
      ].join("\r\n");
    },
  },
  {
    name: "URL query string in an MCP fetch call",
    kinds: TP,
    wire: true,
    f: (g, s) => mcpCall(g, "fetch", { url: `https://${s.host}/api/v1/lookup?ip=${g.pubip()}&${queryFor(s)}&format=json`, method: "GET" }),
  },
  {
    name: "form-urlencoded POST",
    kinds: TP,
    wire: true,
    f: (g, s) => {
      const body = isOauth(s) ? `grant_type=client_credentials&client_id=${encodeURIComponent(s.id!.v)}&client_secret=${encodeURIComponent(s.v)}` : `${queryFor(s)}&action=export&since=${encodeURIComponent(g.ts())}`;
      return [`POST ${isOauth(s) ? "/oauth2/token" : "/api/login"} HTTP/1.1`, `Host: ${s.host}`, "Content-Type: application/x-www-form-urlencoded", `Content-Length: ${body.length}`, "", body].join("\r\n");
    },
  },
  {
    name: "multipart/form-data upload",
    kinds: TP,
    wire: true,
    f: (g, s) => {
      const b = `----WebKitFormBoundary${g.an(16)}`;
      const fields: [string, string][] = [];
      if (s.id) fields.push([s.id.key, s.id.v]);
      if (s.kind === "password") fields.push(["username", s.user]);
      fields.push([s.kind === "password" ? "password" : s.param, s.v]);
      const parts = fields.map(([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("");
      return `POST /api/v2/import/iocs HTTP/1.1\r\nHost: ${s.host}\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n${parts}--${b}\r\nContent-Disposition: form-data; name="file"; filename="iocs.csv"\r\nContent-Type: text/csv\r\n\r\ntype,value\r\nip,${g.pubip()}\r\ndomain,update-check.example.org\r\n--${b}--\r\n`;
    },
  },
  {
    name: "Sigma rules repo deploy config (backends.yml) in a chat message",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const y = [
        "# detections-as-code: convert Sigma rules and push them to the SIEM",
        "targets:",
        "  - name: prod-siem",
        `    backend: ${g.pick(["splunk", "elasticsearch", "microsoft365defender", "qradar", "sentinel"])}`,
        `    pipeline: [${g.pick(["sysmon", "windows-logsources", "ecs_windows"])}]`,
        `    url: https://${s.host}`,
        ...yamlPairs(s, "    "),
        "rules:",
        "  - rules/windows/process_creation/**/*.yml",
        "  - rules/cloud/**/*.yml",
      ].join("\n");
      return anyLlm(g, `${say(L, "ask", s)}\n\n${F}yaml\n${y}\n${F}`);
    },
  },
  {
    name: "GitHub Actions workflow for a Suricata/YARA rules repo, written via tool_calls",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const envs = envLines(s).map((l) => {
        const i = l.indexOf("=");
        return `      ${l.slice(0, i)}: ${yv(l.slice(i + 1).replace(/^'|'$/g, ""))}`;
      });
      const y = [
        "name: rules-ci",
        "on: { push: { branches: [main] } }",
        "jobs:",
        "  test-and-ship:",
        "    runs-on: ubuntu-latest",
        "    env:",
        ...envs,
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - run: suricata-update --no-test && suricata -T -c suricata.yaml -S rules/local.rules",
        "      - run: yara -r rules/yara/index.yar samples/ > /dev/null",
        "      - run: ./scripts/ship_rules.sh",
      ].join("\n");
      return oaiTool(g, say(L, "fix", s), "write_file", { path: ".github/workflows/rules-ci.yml", content: y + "\n" }, "written");
    },
  },
  {
    name: "SOAR playbook YAML in an MCP create_playbook call",
    kinds: ALL,
    f: (g, s) => {
      let step: string[];
      if (s.kind === "url") step = ["  - name: notify", "    action: http.post", `    url: ${yv(s.v)}`, '    body: { text: "{{ alert.title }} on {{ alert.host }}" }'];
      else if (s.kind === "password") step = ["  - name: enrich", "    action: http.get", `    url: https://${s.host}/api/v1/hosts/{{ alert.host }}`, "    credentials:", `      username: ${s.user}`, `      password: ${yv(s.v)}`];
      else if (s.cfg) step = ["  - name: enrich", `    action: ${s.slug}.lookup`, "    connection:", ...yamlPairs(s, "      ")];
      else {
        const [h, hv] = authHeader(s);
        step = ["  - name: enrich", "    action: http.get", `    url: https://${s.host}/api/v1/indicators/{{ alert.ioc }}`, "    headers:", `      ${h}: ${yv(hv)}`];
      }
      const y = ["name: phishing-triage", "trigger: { source: email-gateway, type: reported_phish }", "steps:", ...step, "  - name: close", "    action: case.update", "    if: \"{{ steps.enrich.verdict == 'benign' }}\"", ""].join("\n");
      return mcpCall(g, "create_playbook", { name: "phishing-triage", yaml: y });
    },
  },
  {
    name: "Terraform for security tooling written with str_replace_based_edit_tool",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const attrs = Object.entries(cfgObj(s)).map(([k, v]) => `  ${k} = ${js(v)}`);
      const tf = [
        `provider "${s.slug.replace(/-/g, "_")}" {`,
        ...attrs,
        `  endpoint = "https://${s.host}"`,
        "}",
        "",
        `resource "${s.slug.replace(/-/g, "_")}_integration" "siem_forwarder" {`,
        `  name    = "siem-forwarder-${g.pick(["prod", "eu", "us"])}"`,
        "  enabled = true",
        "}",
      ].join("\n");
      return anthTool(g, say(L, "give", s), "str_replace_based_edit_tool", { command: "create", path: `infra/security/${s.slug}.tf`, file_text: tf + "\n" }, "File created.");
    },
  },
  {
    name: "`vault kv get` output returned as a tool_result",
    kinds: ALL,
    f: (g, s, L) => {
      const rows: [string, string][] = [];
      if (s.id) rows.push([s.id.key, s.id.v]);
      if (s.kind === "password") rows.push(["username", s.user]);
      rows.push([s.key, s.v]);
      const w = Math.max(...rows.map(([k]) => k.length), 3) + 4;
      const pad = (k: string) => k + " ".repeat(w - k.length);
      const path = `secret/soc/${s.slug}`;
      const out = [
        `$ vault kv get ${path}`,
        "====== Secret Path ======",
        path.replace("secret/", "secret/data/"),
        "",
        "======= Metadata =======",
        "Key                Value",
        "---                -----",
        `created_time       ${g.ts()}`,
        "deletion_time      n/a",
        "destroyed          false",
        `version            ${g.range(1, 9)}`,
        "",
        "====== Data ======",
        `${pad("Key")}Value`,
        `${pad("---")}-----`,
        ...rows.map(([k, v]) => pad(k) + v),
      ].join("\n");
      return anthTool(g, say(L, "ask", s), "bash", { command: `vault kv get ${path}` }, out);
    },
  },
  {
    name: "Jira incident ticket (REST create issue)",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const desc = `${say(L, "ticket", s)}\n\n{code}\n${envLines(s).join("\n")}\n{code}\n\nSource IP: ${g.pubip()}\nFirst seen: ${g.ts()}`;
      return js({ fields: { project: { key: g.pick(["SEC", "SOC", "IR", "CSIRT"]) }, issuetype: { name: "Incident" }, summary: `${s.p}: suspicious API usage from collector`, description: desc, labels: ["soc", "triage"], priority: { name: "High" } } });
    },
  },
  {
    name: "pentest report finding (markdown) in a chat body",
    kinds: ALL,
    f: (g, s, L) => {
      const file = g.pick([`deploy/${s.slug}/.env`, `config/settings.${g.pick(["prod", "staging"])}.yaml`, `ansible/group_vars/soc.yml`, "src/integrations/client.py"]);
      const md = [
        `## Finding ${g.pick(["PT", "SEC", "F"])}-${g.range(1, 40).toString().padStart(2, "0")}: Hard-coded ${s.p} credential`,
        "",
        `**Severity:** ${g.pick(["High", "Critical"])}  `,
        "**CVSS:** 8.1 (AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N)",
        "",
        say(L, "finding", s),
        "",
        "**Evidence**",
        "",
        F,
        `${file}:${g.range(3, 120)}`,
        ...envLines(s),
        F,
        "",
        "**Recommendation:** revoke the credential, move it to the secrets manager and add a pre-commit secret scan.",
      ].join("\n");
      return anyLlm(g, `Polish the wording of this finding for the final report:\n\n${md}`);
    },
  },
  {
    name: "secret-scanner findings JSON posted to a vuln-management API",
    kinds: ALL,
    f: (g, s) => {
      const file = g.pick([".env.production", `helm/${s.slug}/values.yaml`, "docker-compose.override.yml", "scripts/backfill.sh"]);
      const line = `${s.env}=${s.v}`;
      return js({
        scan_type: "Gitleaks Scan",
        engagement: g.range(10, 400),
        findings: [
          { RuleID: `${s.slug}-${s.kind === "url" ? "connection-string" : "credential"}`, Description: `${s.p} credential`, File: file, StartLine: g.range(2, 80), Match: line, Secret: s.v, Commit: g.hex(40), Author: "dev-bot", Date: g.ts(), Fingerprint: `${g.hex(40)}:${file}:${s.slug}:${g.range(2, 80)}` },
        ],
      });
    },
  },
  {
    name: "Burp Suite item export (XML) pasted into a chat",
    kinds: TP,
    wire: true,
    f: (g, s, L) => {
      const [h, hv] = authHeader(s);
      const path = pathFor(g, s);
      const req = [`GET ${path} HTTP/2`, `Host: ${s.host}`, "User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", `${h}: ${hv}`, "Accept: */*", "", ""].join("\r\n");
      const xml = [
        '<?xml version="1.0"?>',
        '<items burpVersion="2024.10.1" exportTime="Mon Jan 13 10:21:44 UTC 2025">',
        "  <item>",
        `    <url><![CDATA[https://${s.host}${path}]]></url>`,
        `    <host ip="${g.pubip()}">${s.host}</host>`,
        "    <port>443</port><protocol>https</protocol><method>GET</method>",
        `    <request base64="false"><![CDATA[${req}]]></request>`,
        "    <status>200</status><mimetype>JSON</mimetype>",
        "  </item>",
        "</items>",
      ].join("\n");
      return anyLlm(g, `${L === "en" ? "Here is the Burp export of the request, is the API vulnerable to IDOR?" : say(L, "ask", s)}\n\n${F}xml\n${xml}\n${F}`);
    },
  },
  {
    name: "OWASP ZAP JSON report alert",
    kinds: TP,
    wire: true,
    f: (g, s) => {
      const uri = `https://${s.host}/api/v1/export?${queryFor(s)}`;
      return js({
        "@programName": "ZAP",
        "@version": "2.15.0",
        site: [{ "@name": `https://${s.host}`, alerts: [{ pluginid: "10024", alert: "Information Disclosure - Sensitive Information in URL", riskdesc: "Informational (Medium)", instances: [{ uri, method: "GET", param: s.kind === "password" ? "password" : s.param, evidence: s.v }], cweid: "200", wascid: "13" }] }],
      });
    },
  },
  {
    name: "nuclei config.yaml with a custom auth header",
    kinds: TP,
    wire: true,
    f: (g, s) => {
      const [h, hv] = authHeader(s);
      return [
        "# ~/.config/nuclei/config.yaml",
        "severity: critical,high,medium",
        "exclude-tags: [dos, fuzz]",
        "rate-limit: 50",
        "header:",
        `  - '${h}: ${hv}'`,
        "  - 'X-Scanner: appsec-team'",
        "target:",
        `  - https://${s.host}`,
        `  - https://staging.${s.slug}.example.net`,
      ].join("\n");
    },
  },
  {
    name: "nmap NSE script-args with service-account credentials (tool_calls)",
    kinds: ["password"],
    f: (g, s, L) => {
      const cmd = g.pick([
        `nmap -p 445 --script smb-enum-shares,smb-ls --script-args 'smbdomain=CORP,smbusername=${s.user},smbpassword=${s.v}' 10.${g.range(1, 60)}.0.0/24`,
        `nmap -p 389 --script ldap-search --script-args 'ldap.username="cn=${s.user},ou=svc,dc=corp,dc=example,dc=com",ldap.password=${s.v},ldap.qfilter=users' ${g.ip()}`,
      ]);
      return oaiTool(g, say(L, "ask", s), "run_shell", { command: cmd }, "Starting Nmap 7.95 ( https://nmap.org ) ...");
    },
  },
  {
    name: "shell history pasted into a chat",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const lines = [
        "  501  cd ~/src/secops-automation",
        "  502  git pull --rebase",
        ...envLines(s).map((l, k) => `  ${503 + k}  export ${l.includes("'") ? l : l.replace("=", "='") + "'"}`),
        `  ${506}  ${s.benign ? `./bin/${s.slug}-sync --dry-run` : s.kind === "url" ? cliFor(s) : `./bin/${s.slug}-sync --since 24h`}`,
        "  507  history | tail -20",
      ];
      return anyLlm(g, `${say(L, "ask", s)}\n\n${F}\n${lines.join("\n")}\n${F}`);
    },
  },
  {
    name: "unified diff in a review request",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const lines = envLines(s);
      const d = [
        `diff --git a/deploy/${s.slug}/settings.env b/deploy/${s.slug}/settings.env`,
        `index ${g.hex(7)}..${g.hex(7)} 100644`,
        `--- a/deploy/${s.slug}/settings.env`,
        `+++ b/deploy/${s.slug}/settings.env`,
        `@@ -1,3 +1,${3 + lines.length} @@`,
        " ENVIRONMENT=production",
        " LOG_LEVEL=info",
        ...lines.map((l) => "+" + l),
        " HTTP_TIMEOUT=30",
      ].join("\n");
      return anyLlm(g, `${L === "en" ? "Review this diff before I open the PR:" : say(L, "look", { p: s.p, benign: true })}\n\n${F}diff\n${d}\n${F}`);
    },
  },
  {
    name: "Slack chat.postMessage handing the credential over",
    kinds: ALL,
    f: (g, s, L) => {
      const parts = [say(L, "give", s), ""];
      if (s.id) parts.push(`${s.id.key}: \`${s.id.v}\``);
      if (s.kind === "password") parts.push(`user: \`${s.user}\``);
      parts.push(`${s.key}: \`${s.v}\``);
      return js({ channel: j("C0", g.up(9)), text: parts.join("\n"), unfurl_links: false });
    },
  },
  {
    name: "Python client code in a chat body",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const lines = ["import os", "import requests", ""];
      if (s.id) lines.push(`${s.id.env} = "${s.id.v}"`);
      if (s.kind === "password" && !s.benign) lines.push(`USERNAME = "${s.user}"`);
      lines.push(`${s.env} = os.environ.get("${s.env}", "${s.v}")`, "", "", "def fetch(session: requests.Session, since: str) -> list[dict]:");
      lines.push(`    r = session.get("https://${s.host}/api/v2/alerts", params={"since": since}, timeout=30)`, "    r.raise_for_status()", '    return r.json()["data"]');
      return anyLlm(g, `${say(L, "fix", s)}\n\n${F}python\n${lines.join("\n")}\n${F}`);
    },
  },
  {
    name: "Go source in an Anthropic tool_use edit",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const consts = Object.entries(cfgObj(s, true)).map(([k, v]) => `\t${k} = ${js(v)}`);
      const src = [`package ${s.slug.replace(/-/g, "")}`, "", "const (", `\tbaseURL = "https://${s.host}"`, ...consts, ")", ""].join("\n");
      return anthTool(g, say(L, "fix", s), "edit_file", { path: `internal/${s.slug.replace(/-/g, "")}/config.go`, old_string: "const (\n", new_string: src }, "Edit applied.");
    },
  },
  {
    name: "Node.js SDK setup in a Gemini request",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const o = Object.entries(cfgObj(s, true)).map(([k, v]) => `  ${k}: process.env.${k === camel(s.key) ? s.env : s.id?.env ?? "USERNAME"} ?? ${js(v)},`);
      const src = [`import { Client } from "@acme/${s.slug}-sdk";`, "", "export const client = new Client({", `  baseUrl: "https://${s.host}",`, ...o, "  timeoutMs: 30_000,", "});"].join("\n");
      return gem(g, `${say(L, "fix", s)}\n\n${F}ts\n${src}\n${F}`);
    },
  },
  {
    name: "Kubernetes Secret applied via kubectl (tool_calls)",
    kinds: ALL,
    f: (g, s, L) => {
      const useB64 = g.int(2) === 0;
      const entries = Object.entries(cfgObj(s)).map(([k, v]) => `  ${k.replace(/_/g, "-")}: ${useB64 ? b64(v) : yv(v)}`);
      const y = ["apiVersion: v1", "kind: Secret", "metadata:", `  name: ${s.slug}-credentials`, "  namespace: secops", "type: Opaque", useB64 ? "data:" : "stringData:", ...entries].join("\n");
      return oaiTool(g, say(L, "give", s), "run_shell", { command: `cat <<'EOF' | kubectl apply -f -\n${y}\nEOF` }, `secret/${s.slug}-credentials created`);
    },
  },
  {
    name: "Helm values.yaml in a chat body",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const y = ["replicaCount: 2", "image:", `  repository: registry.example.com/secops/${s.slug}-forwarder`, `  tag: "${g.range(1, 3)}.${g.range(0, 20)}.${g.range(0, 9)}"`, `${camel(s.slug.replace(/-/g, "_"))}:`, "  enabled: true", `  url: https://${s.host}`, ...yamlPairs(s, "  ", true), "resources:", "  limits: { cpu: 500m, memory: 256Mi }"].join("\n");
      return anyLlm(g, `${say(L, "ask", s)}\n\n${F}yaml\n${y}\n${F}`);
    },
  },
  {
    name: "GitHub Actions workflow env block in a chat body",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const envs = envLines(s).map((l) => {
        const i = l.indexOf("=");
        return `      ${l.slice(0, i)}: ${yv(l.slice(i + 1).replace(/^'|'$/g, ""))}`;
      });
      const y = ["name: nightly-threat-hunt", "on:", "  schedule: [{ cron: '17 2 * * *' }]", "jobs:", "  hunt:", "    runs-on: ubuntu-latest", "    env:", ...envs, "    steps:", "      - uses: actions/checkout@v4", "      - run: python hunts/run_all.py --window 24h"].join("\n");
      return anyLlm(g, `${say(L, "ask", s)}\n\n${F}yaml\n${y}\n${F}`);
    },
  },
  {
    name: "Dockerfile ENV lines in an Anthropic body",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const d = ["FROM python:3.12-slim", "WORKDIR /app", "COPY requirements.txt .", "RUN pip install --no-cache-dir -r requirements.txt", ...envLines(s, true).map((l) => `ENV ${l}`), "COPY . .", `CMD ["python", "-m", "${s.slug.replace(/-/g, "_")}_forwarder"]`].join("\n");
      return anth(g, `${say(L, "ask", s)}\n\n${F}dockerfile\n${d}\n${F}`);
    },
  },
  {
    name: "docker run -e command (tool_calls)",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const es = envLines(s).map((l) => `-e ${l.includes("'") ? l : l.replace("=", "='") + "'"}`);
      const cmd = `docker run -d --name ${s.slug}-forwarder --restart unless-stopped ${es.join(" ")} registry.example.com/secops/${s.slug}-forwarder:latest`;
      return oaiTool(g, say(L, "ask", s), "run_shell", { command: cmd }, g.hex(64));
    },
  },
  {
    name: "INI config file in an MCP result",
    kinds: ALL,
    benign: true,
    f: (g, s) => {
      const lines = Object.entries(cfgObj(s)).map(([k, v]) => `${k} = ${v}`);
      return mcpResult(g, [`# /etc/${s.slug}/collector.ini`, "[general]", "log_level = info", `interval = ${g.pick([60, 120, 300])}`, "", `[${s.slug}]`, `url = https://${s.host}`, ...lines, ""].join("\n"));
    },
  },
  {
    name: "Spring application.properties in a chat body",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const base = `integrations.${s.slug.replace(/-/g, "")}`;
      const lines = Object.entries(cfgObj(s, true)).map(([k, v]) => `${base}.${k}=${v}`);
      const p = ["spring.application.name=soc-enrichment", `${base}.base-url=https://${s.host}`, ...lines, "management.endpoints.web.exposure.include=health,info"].join("\n");
      return anyLlm(g, `${say(L, "ask", s)}\n\n${F}properties\n${p}\n${F}`);
    },
  },
  {
    name: "TOML config in an OpenAI body",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const lines = Object.entries(cfgObj(s)).map(([k, v]) => `${k} = ${js(v)}`);
      const t = ["[server]", 'listen = "0.0.0.0:8443"', "", `[sources.${s.slug.replace(/-/g, "_")}]`, `endpoint = "https://${s.host}"`, ...lines, `batch_size = ${g.pick([100, 500, 1000])}`].join("\n");
      return oai(g, `${say(L, "ask", s)}\n\n${F}toml\n${t}\n${F}`);
    },
  },
  {
    name: "debug log lines (with trace ids) in a chat body",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const t = g.ts().replace("Z", `.${g.range(100, 999)}Z`);
      const lines = [
        `${t} INFO  [collector] starting ${s.slug}-collector v${g.range(1, 3)}.${g.range(0, 9)}.${g.range(0, 9)} commit=${g.hex(40)}`,
        `${t} DEBUG [config] loaded ${js(cfgObj(s))}`,
        `${t} ERROR [http] request failed status=401 trace_id=${g.hex(32)} span_id=${g.hex(16)}`,
      ];
      return anyLlm(g, `${say(L, "ask", s)}\n\n${F}\n${lines.join("\n")}\n${F}`);
    },
  },
  {
    name: "Python traceback with locals in a chat body",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const locals = Object.entries(cfgObj(s)).map(([k, v]) => `'${k}': '${v}'`).join(", ");
      const tb = [
        "Traceback (most recent call last):",
        `  File "/opt/soc/${s.slug.replace(/-/g, "_")}/poll.py", line ${g.range(20, 200)}, in poll`,
        "    resp = client.get_alerts(since=cursor)",
        "    locals:",
        `      config = {'endpoint': 'https://${s.host}', ${locals}}`,
        `      cursor = '${g.ts()}'`,
        "requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://" + s.host + "/api/v2/alerts",
      ].join("\n");
      return anyLlm(g, `${say(L, "ask", s)}\n\n${F}\n${tb}\n${F}`);
    },
  },
  {
    name: "Jupyter notebook JSON (threat-hunting notebook) in an Anthropic body",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const src = [...envLines(s, true).map((l) => `os.environ[${js(l.slice(0, l.indexOf("=")))}] = ${l.slice(l.indexOf("=") + 1)}\n`), "hunt = Hunt(window='7d')\n"];
      const nb = { cells: [{ cell_type: "code", execution_count: g.range(1, 30), metadata: {}, outputs: [], source: ["import os\n", "from huntlib import Hunt\n", ...src] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 };
      return anth(g, `${say(L, "ask", s)}\n\n${F}json\n${JSON.stringify(nb, null, 1)}\n${F}`);
    },
  },
  {
    name: "Ansible group_vars in a tool_use write",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const pre = s.slug.replace(/-/g, "_");
      const y = ["---", `${pre}_enabled: true`, `${pre}_url: https://${s.host}`, ...Object.entries(cfgObj(s)).map(([k, v]) => `${pre}_${k}: ${yv(v)}`), "soc_forwarder_batch: 500", ""].join("\n");
      return anthTool(g, say(L, "give", s), "write_file", { path: "ansible/group_vars/soc_collectors.yml", content: y }, "ok");
    },
  },
  {
    name: "HAR entry (request headers)",
    kinds: TP,
    wire: true,
    f: (g, s) => {
      const [h, hv] = authHeader(s);
      const url = `https://${s.host}${pathFor(g, s)}`;
      return js({
        log: {
          version: "1.2",
          creator: { name: "Firefox", version: "128.0" },
          entries: [{ startedDateTime: g.ts(), time: g.range(40, 900), request: { method: "GET", url, httpVersion: "HTTP/2", headers: [{ name: "Host", value: s.host }, { name: h, value: hv }, { name: "Accept", value: "application/json" }], queryString: [], cookies: [] }, response: { status: 200, statusText: "OK", headers: [], content: { size: 0, mimeType: "application/json" } } }],
        },
      });
    },
  },
  {
    name: "systemd unit Environment= lines in a chat body",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const u = ["[Unit]", `Description=${s.p} log forwarder`, "After=network-online.target", "", "[Service]", "Type=simple", ...envLines(s, true).map((l) => `Environment=${l.replace(/"/g, "")}`), `ExecStart=/usr/local/bin/${s.slug}-forwarder --config /etc/${s.slug}/forwarder.yml`, "Restart=on-failure", "", "[Install]", "WantedBy=multi-user.target"].join("\n");
      return anyLlm(g, `${say(L, "ask", s)}\n\n${F}ini\n${u}\n${F}`);
    },
  },
  {
    name: "Microsoft Graph sendMail body",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const rows = Object.entries(cfgObj(s)).map(([k, v]) => `<tr><td>${k}</td><td><code>${v}</code></td></tr>`).join("");
      return js({ message: { subject: `${s.p} integration details`, body: { contentType: "HTML", content: `<p>${say(L, "give", s)}</p><table>${rows}</table>` }, toRecipients: [{ emailAddress: { address: g.pick(["soc-team@example.com", "ir-lead@example.org", "mssp-onboarding@example.net"]) } }] }, saveToSentItems: false });
    },
  },
  {
    name: "GraphQL mutation variables",
    kinds: ALL,
    benign: true,
    f: (g, s) => {
      const input: Record<string, string> = { name: `${s.slug}-${g.pick(["prod", "eu", "lab"])}`, baseUrl: `https://${s.host}`, ...cfgObj(s, true) };
      return js({ operationName: "CreateIntegration", query: "mutation CreateIntegration($input: IntegrationInput!) { createIntegration(input: $input) { id status } }", variables: { input } });
    },
  },
  {
    name: "PowerShell script in a chat body",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const lines = envLines(s, true).map((l) => `$env:${l.slice(0, l.indexOf("="))} = '${l.slice(l.indexOf("=") + 1).replace(/^"|"$/g, "")}'`);
      let call = `Invoke-RestMethod -Uri "https://${s.host}/api/v2/alerts" -Method Get`;
      if (!s.benign && !s.cfg && s.kind === "token") {
        const [h] = authHeader(s);
        call = `$headers = @{ "${h}" = "${authHeader(s)[1].replace(s.v, `$env:${s.env}`)}" }\n${call} -Headers $headers`;
      }
      const ps = [...lines, call].join("\n");
      return anyLlm(g, `${say(L, "ask", s)}\n\n${F}powershell\n${ps}\n${F}`);
    },
  },
  {
    name: "CLI `config view` output as a tool_result",
    kinds: ALL,
    benign: true,
    f: (g, s, L) => {
      const rows = Object.entries({ profile: "default", endpoint: `https://${s.host}`, ...cfgObj(s) }).map(([k, v]) => `${k.padEnd(16)} ${v}`);
      const cmd = `${s.slug.split("-")[0]}ctl config view${s.benign ? "" : " --show-secrets"}`;
      return anthTool(g, say(L, "ask", s), "bash", { command: cmd }, rows.join("\n"));
    },
  },
  {
    name: "GitHub contents API PUT (base64 file content)",
    kinds: ALL,
    benign: true,
    f: (g, s) => {
      const file = ["# generated by onboarding script", ...envLines(s), ""].join("\n");
      return js({ message: `chore(${s.slug}): add collector settings`, content: b64(file), branch: `feat/${s.slug}-collector`, committer: { name: "secops-bot", email: "secops-bot@example.com" } });
    },
  },
];

// ---------------------------------------------------------------- building cases

export interface SetOpts {
  seed: number;
  /** id prefix after "y138-", e.g. "s" */
  short: string;
  start?: number;
  benign?: boolean;
}

/** Renders each spec through the next compatible renderer (rotating), one case each. */
export function renderSet(specs: Spec[], o: SetOpts): CorpusCase[] {
  const g = new Gen(o.seed);
  let ptr = o.start ?? 0;
  const used = new Map<Renderer, number>();
  return specs.map((spec, i) => {
    const s = slotOf(g, spec, o.benign === true);
    // the least-used compatible renderer, ties broken by rotation order from the pointer
    let r: Renderer | undefined;
    let best = Infinity;
    let at = 0;
    for (let k = 0; k < RENDERERS.length; k++) {
      const cand = RENDERERS[(ptr + k) % RENDERERS.length]!;
      const ok = s.benign ? cand.benign === true : cand.kinds.includes(s.kind) && !(s.cfg && cand.wire);
      const n = used.get(cand) ?? 0;
      if (ok && n < best) {
        r = cand;
        best = n;
        at = k;
      }
    }
    if (!r) throw new Error(`no renderer for ${spec.p}`);
    used.set(r, best + 1);
    ptr = (ptr + at + 1) % RENDERERS.length;
    const L = langFor(i);
    const text = r.f(g, s, L);
    const id = `y138-${o.short}-${String(i + 1).padStart(3, "0")}`;
    return {
      id,
      kind: "secrets" as const,
      category: o.benign ? "heldouty138-benign" : `heldouty138-sec-${spec.g}`,
      label: o.benign ? ("benign" as const) : ("positive" as const),
      text,
      note: `${spec.p}; slot ${spec.env}${s.id ? ` (with ${s.id.env})` : ""}; context: ${r.name}${L === "en" ? "" : ` [prose: ${L}]`}`,
    };
  });
}

/** One handcrafted case. */
export function hc(id: string, group: Group | "benign", note: string, text: string): CorpusCase {
  return {
    id,
    kind: "secrets",
    category: group === "benign" ? "heldouty138-benign" : `heldouty138-sec-${group}`,
    label: group === "benign" ? "benign" : "positive",
    text,
    note,
  };
}
export { oai, anth, gem, anyLlm, anthTool, oaiTool, mcpCall, mcpResult };
