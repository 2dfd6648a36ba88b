// heldout-y130 shared builders: seeded value generators, prose in several languages, outbound
// envelopes (chat bodies, tool calls, MCP results) and the context renderers every spec rotates
// through. Skipped by the loader (leading underscore). No literal credential lives here: every
// credential-shaped value is drawn at run time from a SeededRng with a fixed seed per case file.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const HEX = "0123456789abcdef";
export const AN = UP + LO + DIG;
export const B64 = AN + "+/";
export const B64U = AN + "-_";
export const B32 = UP + "234567";
const PWA = AN + AN + "!*-_.~^+";

export const J = (x: unknown): string => JSON.stringify(x);
export const J2 = (x: unknown): string => JSON.stringify(x, null, 2);
export const b64 = (s: string | Uint8Array): string => Buffer.from(s).toString("base64");
export const b64u = (s: string | Uint8Array): string => Buffer.from(s).toString("base64url");
export const cat = (...parts: string[]): string => parts.join("");

export class Gen extends SeededRng {
  hex(n: number): string {
    return this.str(n, HEX);
  }
  HEX(n: number): string {
    return this.str(n, "0123456789ABCDEF");
  }
  an(n: number): string {
    return this.str(n, AN);
  }
  up(n: number): string {
    return this.str(n, UP + DIG);
  }
  upper(n: number): string {
    return this.str(n, UP);
  }
  lo(n: number): string {
    return this.str(n, LO + DIG);
  }
  lower(n: number): string {
    return this.str(n, LO);
  }
  dig(n: number): string {
    return this.str(1, "123456789") + this.str(n - 1, DIG);
  }
  b64c(n: number): string {
    return this.str(n, B64);
  }
  b64uc(n: number): string {
    return this.str(n, B64U);
  }
  b32(n: number): string {
    return this.str(n, B32);
  }
  /** base64 of nb random bytes (real padding). */
  b64b(nb: number): string {
    return b64(this.bytes(nb));
  }
  b64ub(nb: number): string {
    return b64u(this.bytes(nb));
  }
  /** A strong human-made password: letters, digits and a few shell-safe symbols. */
  pw(lo = 16, hi = 24): string {
    const n = this.range(lo, hi);
    let s = this.str(1, UP) + this.str(n - 3, PWA) + this.str(1, DIG) + this.str(1, "!*-_.^");
    if (this.int(2) === 0) s = s.slice(0, 4) + this.str(1, DIG) + s.slice(5);
    return s;
  }
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`;
  }
  jwt(payload: Record<string, unknown>, alg = "HS256", sigLen = 43): string {
    return [b64u(J({ alg, typ: "JWT" })), b64u(J(payload)), this.b64uc(sigLen)].join(".");
  }
  ts(): number {
    return 1_760_000_000 + this.int(20_000_000);
  }
  iso(): string {
    return new Date(this.ts() * 1000).toISOString();
  }
  ip(): string {
    return `10.${this.range(0, 255)}.${this.range(0, 255)}.${this.range(2, 254)}`;
  }
  word(): string {
    return this.pick(WORDS);
  }
}

const WORDS = [
  "orders", "events", "sessions", "billing", "marketing", "finance", "growth", "ledger", "clickstream",
  "inventory", "customers", "attribution", "forecast", "churn", "pricing", "telemetry", "payments",
];

/** Wrap a DER body as PEM, 64 columns. */
export function pem(label: string, der: Uint8Array): string {
  const body = b64(der).replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
}
const hx = (s: string): number[] => s.match(/../g)!.map((h) => parseInt(h, 16));
const u8 = (...parts: (number[] | Uint8Array)[]): Uint8Array => {
  const out: number[] = [];
  for (const p of parts) out.push(...p);
  return Uint8Array.from(out);
};
export function rsaPkcs1(g: Gen): string {
  return pem("RSA PRIVATE KEY", u8(hx("308204a40201000282010100"), [0xc0 | g.int(64)], g.bytes(255), hx("0203010001028201"), g.bytes(900)));
}
export function rsaPkcs8(g: Gen): string {
  return pem("PRIVATE KEY", u8(hx("308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100"), [0xc0 | g.int(64)], g.bytes(255), hx("0203010001028201"), g.bytes(880)));
}
export function ecSec1(g: Gen): string {
  return pem("EC PRIVATE KEY", u8(hx("30770201010420"), g.bytes(32), hx("a00a06082a8648ce3d030107a14403420004"), g.bytes(64)));
}
export function rsaPublic(g: Gen): string {
  return pem("PUBLIC KEY", u8(hx("30820122300d06092a864886f70d01010105000382010f003082010a0282010100"), [0xc0 | g.int(64)], g.bytes(255), hx("0203010001")));
}
export function rsaPublicBody(g: Gen): string {
  return b64(u8(hx("30820122300d06092a864886f70d01010105000382010f003082010a0282010100"), [0xc0 | g.int(64)], g.bytes(255), hx("0203010001")));
}
export function certificate(g: Gen): string {
  return pem("CERTIFICATE", u8(hx("3082035a30820242a003020102021400"), g.bytes(19), hx("300d06092a864886f70d01010b0500"), g.bytes(820)));
}
const sshStr = (b: Uint8Array | string): number[] => {
  const bytes = typeof b === "string" ? Buffer.from(b) : b;
  const n = bytes.length;
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255, ...bytes];
};
export function opensshEd25519(g: Gen, comment: string): string {
  const pub = g.bytes(32);
  const pubBlob = u8(sshStr("ssh-ed25519"), sshStr(pub));
  const check = g.bytes(4);
  const priv = u8(check, check, sshStr("ssh-ed25519"), sshStr(pub), sshStr(u8(g.bytes(32), pub)), sshStr(comment));
  const pad: number[] = [];
  for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
  const body = u8(Buffer.from("openssh-key-v1\0"), sshStr("none"), sshStr("none"), sshStr(""), [0, 0, 0, 1], sshStr(pubBlob), sshStr(u8(priv, pad)));
  const text = b64(body).replace(/(.{70})/g, "$1\n").replace(/\n$/, "");
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${text}\n-----END OPENSSH PRIVATE KEY-----`;
}
export function sshEd25519Public(g: Gen, comment: string): string {
  return `ssh-ed25519 ${b64(u8(sshStr("ssh-ed25519"), sshStr(g.bytes(32))))} ${comment}`;
}
export function gcpServiceAccount(g: Gen, project: string, name: string): string {
  const keyPem = rsaPkcs8(g);
  return J2({
    type: "service_account",
    project_id: project,
    private_key_id: g.hex(40),
    private_key: keyPem + "\n",
    client_email: `${name}@${project}.iam.gserviceaccount.com`,
    client_id: g.dig(21),
    auth_uri: "https://accounts.google.com/o/oauth2/auth",
    token_uri: "https://oauth2.googleapis.com/token",
    auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs",
    client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${name}%40${project}.iam.gserviceaccount.com`,
    universe_domain: "googleapis.com",
  });
}

// ---------------------------------------------------------------- prose (about a quarter not English)
type Intent = "fix" | "review" | "save" | "handover" | "run" | "explain";
const PROSE: Record<Intent, Record<string, string[]>> = {
  fix: {
    en: ["This job fails since last night's deploy, can you see why?", "The nightly load is red again. What's wrong with this config?", "dbt run dies with an auth error, here is what I have:", "Getting 401s from the pipeline, please debug:"],
    de: ["Der nächtliche Ladejob schlägt seit gestern fehl, siehst du warum?", "Warum bekomme ich hier einen Authentifizierungsfehler?"],
    es: ["El job de carga falla desde anoche, ¿puedes ver por qué?", "Me da error de autenticación, ¿qué está mal en esta configuración?"],
    fr: ["Le chargement nocturne plante depuis hier soir, tu vois pourquoi ?", "J'ai une erreur d'authentification, qu'est-ce qui cloche ici ?"],
    pt: ["O pipeline está falhando desde ontem à noite, consegue ver o motivo?", "Está dando erro 401, o que está errado nessa config?"],
    ja: ["昨夜のデプロイ以降、このジョブが失敗します。原因を見てもらえますか？", "認証エラーになります。この設定のどこが悪いですか？"],
    zh: ["从昨晚部署后这个任务一直失败，帮我看看原因？", "一直报认证错误，这个配置哪里有问题？"],
    ru: ["С прошлой ночи загрузка падает, посмотришь почему?", "Получаю 401, что не так с этим конфигом?"],
    ko: ["어젯밤 배포 이후 이 작업이 계속 실패해요. 원인 좀 봐주세요.", "인증 오류가 나는데 이 설정에서 뭐가 잘못됐나요?"],
    it: ["Il job notturno fallisce da ieri sera, riesci a capire perché?"],
    pl: ["Nocny load wywala się od wczoraj, zobaczysz dlaczego?"],
    tr: ["Dünkü deploydan beri bu iş hata veriyor, nedenini bulabilir misin?"],
    nl: ["De nachtelijke load faalt sinds gisteren, zie jij waarom?"],
    vi: ["Job này lỗi từ tối qua, bạn xem giúp nguyên nhân được không?"],
  },
  review: {
    en: ["Please review this before I merge it.", "Can you tidy this up and keep the same settings?", "Check this config for obvious mistakes:"],
    de: ["Bitte schau dir das vor dem Merge an."],
    es: ["Revisa esto antes de que lo fusione, por favor."],
    fr: ["Peux-tu relire ça avant que je merge ?"],
    pt: ["Pode revisar isso antes do merge?"],
    ja: ["マージ前にレビューしてください。"],
    zh: ["合并之前帮我审查一下这个。"],
    ru: ["Посмотри, пожалуйста, перед мержем."],
    id: ["Tolong review ini sebelum saya merge."],
    uk: ["Переглянь, будь ласка, перед злиттям."],
  },
  save: {
    en: ["Writing the config for the prod deployment.", "Saving the connection settings so the scheduler picks them up.", "Updating the file with the new values."],
    de: ["Ich schreibe die Konfiguration für Prod."],
    es: ["Guardo la configuración para producción."],
    fr: ["J'enregistre la configuration de prod."],
    ja: ["本番用の設定を書き込みます。"],
    zh: ["正在写入生产环境的配置。"],
    pt: ["Salvando a configuração de produção."],
  },
  handover: {
    en: ["here is the {p} credential for the loader, please wire it up:", "new {p} key after the rotation, swap it in today:", "{p} access for the analytics service account, keep it out of git:"],
    de: ["hier ist der {p}-Zugang für den Loader, bitte einbauen:", "neuer {p}-Schlüssel nach der Rotation:"],
    es: ["aquí tienes la credencial de {p} para el loader:", "nueva clave de {p} tras la rotación:"],
    fr: ["voici l'accès {p} pour le loader, branche-le stp :", "nouvelle clé {p} après la rotation :"],
    pt: ["segue a credencial do {p} para o loader:", "chave nova do {p} depois da rotação:"],
    ja: ["ローダー用の{p}の認証情報です。設定お願いします：", "ローテーション後の新しい{p}キーです："],
    zh: ["这是给加载任务用的{p}凭证，麻烦配置一下：", "轮换后的新{p}密钥："],
    ru: ["вот доступ к {p} для загрузчика, подключи, пожалуйста:", "новый ключ {p} после ротации:"],
    ko: ["로더용 {p} 자격 증명이에요. 연결해 주세요:"],
    it: ["ecco la credenziale {p} per il loader:"],
    pl: ["tu masz dostęp do {p} dla loadera:"],
    tr: ["loader için {p} erişim bilgisi burada:"],
    hi: ["लोडर के लिए {p} की क्रेडेंशियल यह है:"],
    sv: ["här är {p}-nyckeln för laddjobbet:"],
  },
  run: {
    en: ["Running the backfill now.", "Kicking off the sync with the updated credentials.", "Re-running the failed task."],
    de: ["Starte jetzt den Backfill."],
    es: ["Lanzo el backfill ahora."],
    ja: ["バックフィルを実行します。"],
    fr: ["Je relance la tâche en échec."],
  },
  explain: {
    en: ["Why does this notebook cell hang?", "Explain what this output means.", "Summarise what went wrong here."],
    de: ["Erklär mir bitte diese Ausgabe."],
    es: ["Explícame qué significa esta salida."],
    zh: ["解释一下这个输出是什么意思。"],
    ja: ["この出力の意味を説明してください。"],
    ru: ["Объясни, что значит этот вывод."],
    pt: ["Explica o que significa essa saída."],
  },
};
export function prose(g: Gen, intent: Intent, p = ""): string {
  const table = PROSE[intent];
  const langs = Object.keys(table).filter((l) => l !== "en");
  const lang = g.int(100) < 28 && langs.length > 0 ? g.pick(langs) : "en";
  return g.pick(table[lang]!).replace("{p}", p);
}

// ---------------------------------------------------------------- envelopes
const OA_MODELS = ["gpt-4o", "gpt-4.1", "gpt-4o-mini", "o3-mini", "gpt-4.1-mini"];
const AN_MODELS = ["claude-sonnet-4-20250514", "claude-3-7-sonnet-20250219", "claude-opus-4-20250514", "claude-3-5-haiku-20241022"];
const SYS = [
  "You are a senior data engineer helping with dbt, Airflow and Spark.",
  "You are an analytics engineering assistant. Answer concisely.",
  "You help the data platform team debug pipelines.",
];
export function oaChat(g: Gen, user: string): string {
  return J({ model: g.pick(OA_MODELS), messages: [{ role: "system", content: g.pick(SYS) }, { role: "user", content: user }], temperature: g.pick([0, 0.2, 0.7]) });
}
export function anMsg(g: Gen, user: string): string {
  return J({ model: g.pick(AN_MODELS), max_tokens: g.pick([1024, 4096, 8192]), system: g.pick(SYS), messages: [{ role: "user", content: [{ type: "text", text: user }] }] });
}
export function anToolUse(g: Gen, name: string, input: Record<string, unknown>, lead: string): string {
  return J({
    model: g.pick(AN_MODELS),
    max_tokens: 8192,
    messages: [
      { role: "user", content: lead },
      { role: "assistant", content: [{ type: "text", text: "I'll make that change." }, { type: "tool_use", id: `toolu_01${g.an(22)}`, name, input }] },
    ],
  });
}
export function oaToolCall(g: Gen, name: string, args: Record<string, unknown>, lead: string): string {
  return J({
    model: g.pick(OA_MODELS),
    messages: [
      { role: "user", content: lead },
      { role: "assistant", content: null, tool_calls: [{ id: `call_${g.an(24)}`, type: "function", function: { name, arguments: J(args) } }] },
    ],
  });
}
export function mcpResult(g: Gen, text: string): string {
  return J({ jsonrpc: "2.0", id: g.range(2, 400), result: { content: [{ type: "text", text }], isError: false } });
}
export function mcpCall(g: Gen, name: string, args: Record<string, unknown>): string {
  return J({ jsonrpc: "2.0", id: g.range(2, 400), method: "tools/call", params: { name, arguments: args } });
}
export function gemini(g: Gen, text: string): string {
  return J({ contents: [{ role: "user", parts: [{ text }] }], generationConfig: { temperature: g.pick([0.1, 0.4]) } });
}
/** A pasted file inside one of several chat envelopes. */
export function pasted(g: Gen, lead: string, fence: string, body: string): string {
  const user = `${lead}\n\n\`\`\`${fence}\n${body}\n\`\`\``;
  switch (g.int(4)) {
    case 0:
      return oaChat(g, user);
    case 1:
      return anMsg(g, user);
    case 2:
      return gemini(g, user);
    default:
      return mcpResult(g, body);
  }
}

// ---------------------------------------------------------------- specs and renderers
/** tok: API token (any context); key: secret for file/env contexts only (key-pair halves, signing keys);
 *  pw: database/login password; url: connection string or secret URL; blob: multi-line JSON; id: benign value. */
export type Kind = "tok" | "key" | "pw" | "url" | "blob" | "id";
export interface Val {
  v: string;
  /** Companion fields rendered before the slot in file-like contexts (key ids, users). */
  extra?: [string, string][];
  /** Header value override (e.g. Basic of key:secret). */
  hv?: string;
}
export interface Spec {
  /** Short provider key, used for hostnames and ids. */
  k: string;
  /** Group: ai, auth, cloud, comms, data, devtools, keys, observability, payment, saas (or "benign"). */
  g: string;
  /** Provider name for notes and prose. */
  p: string;
  /** Slot name as a developer would write it (env var style). */
  slot: string;
  kind?: Kind;
  v: (g: Gen) => string | Val;
  /** Header template, % is replaced by the value (or Val.hv). Default "Authorization: Bearer %". */
  h?: string;
  /** Query parameter name for URL renderers. */
  q?: string;
  /** Optional note detail. */
  n?: string;
}
export interface Ctx {
  g: Gen;
  s: Spec;
  kind: Kind;
  v: string;
  slot: string;
  /** lower snake form of slot */
  lo: string;
  host: string;
  extra: [string, string][];
  hname: string;
  hval: string;
}
export interface Renderer {
  name: string;
  kinds: Kind[];
  /** needs a header (s.h) when kind is id */
  hdr?: boolean;
  /** needs a query param (s.q) when kind is id */
  qry?: boolean;
  f: (c: Ctx) => string;
}

const sq = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;
const dq = (s: string): string => JSON.stringify(s);
const dotted = (lo: string): string => lo.replace(/_/g, ".");
const svc = (c: Ctx): string => c.s.k.replace(/[^a-z0-9]/g, "");
const FILLER_ENV = [
  ["DBT_TARGET", "prod"], ["AWS_REGION", "eu-west-1"], ["LOG_LEVEL", "info"], ["WAREHOUSE", "TRANSFORMING_M"],
  ["AIRFLOW__CORE__LOAD_EXAMPLES", "False"], ["TZ", "UTC"], ["BATCH_SIZE", "5000"], ["SPARK_MASTER", "yarn"],
  ["PYTHONUNBUFFERED", "1"], ["DATASET", "analytics_prod"], ["SCHEDULE", "0 3 * * *"],
] as const;
function fields(c: Ctx): [string, string][] {
  return [...c.extra, [c.slot, c.v]];
}
function envBlock(c: Ctx, quote = false): string {
  const g = c.g;
  const lines: string[] = [`# ${c.s.p}`];
  const a = g.pick(FILLER_ENV);
  const b = g.pick(FILLER_ENV);
  lines.unshift(`${a[0]}=${a[1]}`);
  for (const [k, v] of fields(c)) lines.push(`${k}=${quote || /[\s"'#$]/.test(v) ? sq(v) : v}`);
  if (b[0] !== a[0]) lines.push(`${b[0]}=${b[1]}`);
  return lines.join("\n");
}
function yamlVal(v: string): string {
  return v.includes("\n") ? `|\n      ${v.split("\n").join("\n      ")}` : dq(v);
}
const apiPath = (c: Ctx): string => c.g.pick([`/v1/${c.g.word()}`, "/api/v2/sync", "/v1/query", "/api/export", `/v3/${c.g.word()}/records`, "/api/v1/jobs/run"]);
const apiHost = (c: Ctx): string => `${c.g.pick(["api", "ingest", "data", "gateway"])}.${svc(c)}.example.com`;

function hdrSplit(line: string): [string, string] {
  const i = line.indexOf(": ");
  return [line.slice(0, i), line.slice(i + 2)];
}

export const RENDERERS: Renderer[] = [
  {
    name: "openai chat with pasted .env",
    kinds: ["tok", "key", "pw", "url", "blob", "id"],
    f: (c) => oaChat(c.g, `${prose(c.g, "fix")}\n\n\`\`\`env\n${envBlock(c)}\n\`\`\``),
  },
  {
    name: "anthropic message with pasted docker-compose",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => {
      const env = fields(c).map(([k, v]) => `      ${k}: ${dq(v)}`).join("\n");
      const yml = `services:\n  ${svc(c)}-loader:\n    image: ghcr.io/example/elt-runner:2.${c.g.range(0, 9)}.${c.g.range(0, 20)}\n    command: ["python", "-m", "loader", "--full-refresh"]\n    environment:\n      DBT_PROFILES_DIR: /app/profiles\n${env}\n    volumes:\n      - ./dbt:/app/dbt`;
      return anMsg(c.g, `${prose(c.g, "review")}\n\n\`\`\`yaml\n${yml}\n\`\`\``);
    },
  },
  {
    name: "anthropic tool_use write_file .env",
    kinds: ["tok", "key", "pw", "url", "blob", "id"],
    f: (c) => anToolUse(c.g, "write_file", { path: c.g.pick([".env", ".env.production", "airflow/.env", "orchestration/.env.local"]), content: envBlock(c) + "\n" }, prose(c.g, "save")),
  },
  {
    name: "openai tool_calls shell export",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => oaToolCall(c.g, c.g.pick(["run_shell", "bash", "execute_command"]), { command: `export ${c.slot}=${sq(c.v)} && ${c.g.pick(["dbt run --select staging+ --target prod", "python -m pipelines.sync --since 2d", "airflow dags test ingest_daily", "make backfill DAYS=7"])}`, timeout: 600 }, prose(c.g, "run")),
  },
  {
    name: "MCP read_file result (settings.yaml)",
    kinds: ["tok", "key", "pw", "url", "blob", "id"],
    f: (c) => mcpResult(c.g, `# config/settings.yaml\nproject: ${c.g.word()}_pipeline\nschedule: "0 */6 * * *"\n${svc(c)}:\n${fields(c).map(([k, v]) => `  ${k.toLowerCase()}: ${yamlVal(v)}`).join("\n")}\n  timeout_s: ${c.g.range(30, 300)}\nwarehouse:\n  database: ANALYTICS\n  schema: RAW_${c.g.word().toUpperCase()}\n`),
  },
  {
    name: "curl header in bash tool call",
    kinds: ["tok", "id"],
    hdr: true,
    f: (c) => oaToolCall(c.g, "bash", { command: `curl -sS -X ${c.g.pick(["GET", "POST"])} 'https://${apiHost(c)}${apiPath(c)}' -H '${c.hname}: ${c.hval}' -H 'Accept: application/json'` }, prose(c.g, "fix")),
  },
  {
    name: "raw HTTP request",
    kinds: ["tok", "id"],
    hdr: true,
    f: (c) => {
      const body = J({ query: `select count(*) from ${c.g.word()}`, limit: c.g.range(10, 1000) });
      return `POST ${apiPath(c)} HTTP/1.1\r\nHost: ${apiHost(c)}\r\nUser-Agent: python-requests/2.32.3\r\n${c.hname}: ${c.hval}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    },
  },
  {
    name: "URL query parameter",
    kinds: ["tok", "id"],
    qry: true,
    f: (c) => {
      const q = c.s.q ?? (c.kind === "id" ? c.lo : c.g.pick(["api_key", "token", "access_token", "key"]));
      return `GET https://${apiHost(c)}${apiPath(c)}?${q}=${encodeURIComponent(c.v)}&start_date=2025-0${c.g.range(1, 9)}-01&format=${c.g.pick(["csv", "json", "parquet"])} HTTP/1.1`;
    },
  },
  {
    name: "form-urlencoded body",
    kinds: ["tok", "pw", "id"],
    f: (c) => {
      const name = c.kind === "id" ? c.lo : c.kind === "pw" ? "password" : /SECRET/.test(c.slot) ? "client_secret" : "token";
      const pre = c.kind === "pw" ? `grant_type=password&username=${c.g.pick(["svc_loader", "etl_user", "dbt_prod"])}` : c.kind === "id" ? `action=sync&source=${c.g.word()}` : `grant_type=client_credentials&client_id=${c.g.lo(20)}`;
      const body = `${pre}&${name}=${encodeURIComponent(c.v)}`;
      return `POST ${c.kind === "id" ? "/api/sync" : "/oauth/token"} HTTP/1.1\r\nHost: ${c.kind === "id" ? "api" : "auth"}.${svc(c)}.example.com\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    },
  },
  {
    name: "multipart form field",
    kinds: ["tok", "pw", "id"],
    f: (c) => {
      const bnd = `----WebKitFormBoundary${c.g.an(16)}`;
      const name = c.kind === "id" ? c.lo : c.kind === "pw" ? "password" : "api_key";
      return `POST /api/uploads HTTP/1.1\r\nHost: upload.${svc(c)}.example.com\r\nContent-Type: multipart/form-data; boundary=${bnd}\r\n\r\n--${bnd}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${c.v}\r\n--${bnd}\r\nContent-Disposition: form-data; name="file"; filename="${c.g.word()}_2025.csv"\r\nContent-Type: text/csv\r\n\r\nid,amount,created_at\r\n${c.g.range(1000, 9999)},${c.g.range(1, 999)}.00,2025-03-0${c.g.range(1, 9)}\r\n--${bnd}--\r\n`;
    },
  },
  {
    name: "dbt profiles.yml",
    kinds: ["pw"],
    f: (c) => {
      const g = c.g;
      const t = g.pick(["snowflake", "postgres", "redshift", "sqlserver"]);
      const body =
        t === "snowflake"
          ? `analytics:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      account: ${g.lower(2)}${g.dig(5)}.eu-central-1\n      user: DBT_PROD\n      password: ${dq(c.v)}\n      role: TRANSFORMER\n      database: ANALYTICS\n      warehouse: TRANSFORMING\n      schema: dbt_prod\n      threads: 8`
          : `analytics:\n  target: prod\n  outputs:\n    prod:\n      type: ${t}\n      host: ${t}.${svc(c)}.example.net\n      user: dbt_prod\n      password: ${dq(c.v)}\n      port: ${t === "redshift" ? 5439 : t === "sqlserver" ? 1433 : 5432}\n      dbname: analytics\n      schema: dbt_prod\n      threads: 4`;
      return pasted(g, prose(g, "fix"), "yaml", `# ~/.dbt/profiles.yml\n${body}`);
    },
  },
  {
    name: "dbt --vars on the command line",
    kinds: ["tok", "key", "id"],
    f: (c) => oaToolCall(c.g, "run_shell", { command: `dbt run --target prod --select source:${svc(c)}+ --vars '${J({ [c.lo]: c.v, start_date: "2025-01-01" })}'` }, prose(c.g, "run")),
  },
  {
    name: "Airflow connection",
    kinds: ["tok", "key", "pw", "url", "blob"],
    f: (c) => {
      const g = c.g;
      const id = `${svc(c)}_${g.pick(["default", "prod", "warehouse", "api"])}`;
      let val: string;
      if (c.kind === "url") val = c.v;
      else if (c.kind === "pw") val = J({ conn_type: g.pick(["postgres", "mysql", "snowflake", "mssql"]), host: `${svc(c)}.example.net`, login: g.pick(["airflow", "etl", "svc_ingest"]), password: c.v, schema: "analytics", port: g.pick([5432, 3306, 443, 1433]) });
      else if (c.kind === "blob") val = J({ conn_type: "google_cloud_platform", extra: { keyfile_dict: c.v, project: `${g.word()}-prod` } });
      else if (c.kind === "key") val = J({ conn_type: /^(AWS|S3)_/.test(c.slot) ? "aws" : "generic", login: c.extra[0]?.[1] ?? "", password: c.v });
      else val = J({ conn_type: "http", host: `https://${apiHost(c)}`, password: c.v, extra: { timeout: 60 } });
      if (g.int(2) === 0) return oaToolCall(g, "bash", { command: `airflow connections add ${id} --conn-json ${sq(val)}` }, prose(g, "save"));
      return pasted(g, prose(g, "fix"), "bash", `export AIRFLOW_CONN_${id.toUpperCase()}=${sq(val)}\nairflow tasks test ${g.word()}_daily extract 2025-03-01`);
    },
  },
  {
    name: "Airflow Variable via REST API",
    kinds: ["tok", "key", "pw", "url", "blob", "id"],
    f: (c) => {
      const body = J({ key: c.lo, value: c.v, description: `${c.s.p} for ${c.g.word()} DAG` });
      return `POST /api/v1/variables HTTP/1.1\r\nHost: airflow.${c.g.word()}.example.com\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    },
  },
  {
    name: "spark-submit executorEnv conf",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => {
      const cmd = `spark-submit --master yarn --deploy-mode cluster \\\n  --conf spark.yarn.appMasterEnv.${c.slot}=${sq(c.v)} \\\n  --conf spark.executorEnv.${c.slot}=${sq(c.v)} \\\n  --conf spark.sql.shuffle.partitions=${c.g.pick([200, 400, 800])} \\\n  jobs/${c.g.word()}_ingest.py --date 2025-03-0${c.g.range(1, 9)}`;
      return c.g.int(2) ? oaToolCall(c.g, "bash", { command: cmd }, prose(c.g, "run")) : pasted(c.g, prose(c.g, "fix"), "bash", cmd);
    },
  },
  {
    name: "Hadoop core-site.xml property",
    kinds: ["tok", "key", "pw", "id"],
    f: (c) => {
      const xml = `<?xml version="1.0"?>\n<configuration>\n  <property>\n    <name>fs.defaultFS</name>\n    <value>hdfs://namenode.example.net:8020</value>\n  </property>\n  <property>\n    <name>${svc(c)}.${dotted(c.lo)}</name>\n    <value>${c.v}</value>\n  </property>\n</configuration>`;
      return anToolUse(c.g, "write_file", { path: "conf/core-site.xml", content: xml }, prose(c.g, "save"));
    },
  },
  {
    name: "JDBC URL in application.properties",
    kinds: ["pw"],
    f: (c) => {
      const g = c.g;
      const enc = encodeURIComponent(c.v);
      const url = g.pick([
        `jdbc:postgresql://${svc(c)}.example.net:5432/analytics?user=etl&password=${enc}&ssl=true`,
        `jdbc:snowflake://${g.lower(2)}${g.dig(5)}.example.com/?db=ANALYTICS&warehouse=LOADING&user=SVC_LOADER&password=${enc}`,
        `jdbc:sqlserver://${svc(c)}.example.net:1433;databaseName=dw;user=etl_reader;password=${c.v};encrypt=true`,
        `jdbc:mysql://${svc(c)}.example.net:3306/warehouse?user=loader&password=${enc}&useSSL=true`,
        `jdbc:redshift://${svc(c)}.example.net:5439/dev?user=awsuser&password=${enc}`,
      ]);
      return pasted(g, prose(g, "fix"), "properties", `spring.datasource.url=${url}\nspring.datasource.hikari.maximum-pool-size=10\nspring.jpa.open-in-view=false`);
    },
  },
  {
    name: "odbc.ini DSN",
    kinds: ["pw"],
    f: (c) => pasted(c.g, prose(c.g, "fix"), "ini", `[${svc(c)}_prod]\nDriver=/opt/${svc(c)}/lib/libodbc.so\nServer=${svc(c)}.example.net\nPort=${c.g.pick([443, 5432, 1433, 10000])}\nDatabase=analytics\nUID=svc_bi\nPWD=${c.v}\nSSLMode=require`),
  },
  {
    name: "Jupyter contents API PUT (.ipynb source)",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => {
      const nb = {
        cells: [
          { cell_type: "code", execution_count: 1, metadata: {}, outputs: [], source: ["import os\n", "import pandas as pd\n", `os.environ[${dq(c.slot)}] = ${dq(c.v)}\n`] },
          { cell_type: "code", execution_count: 2, metadata: {}, outputs: [{ name: "stdout", output_type: "stream", text: [`rows: ${c.g.range(1000, 99999)}\n`] }], source: [`df = load_${c.g.word()}()\n`, "print('rows:', len(df))"] },
        ],
        metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } },
        nbformat: 4,
        nbformat_minor: 5,
      };
      const body = J({ type: "notebook", format: "json", content: nb });
      return `PUT /api/contents/work/${c.g.word()}_exploration.ipynb HTTP/1.1\r\nHost: jupyter.example.net\r\nContent-Type: application/json\r\n\r\n${body}`;
    },
  },
  {
    name: "notebook JSON with printed config in outputs",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => {
      const nb = {
        cells: [
          { cell_type: "code", execution_count: 3, metadata: {}, source: ["cfg = load_config('prod')\n", "cfg"], outputs: [{ output_type: "execute_result", execution_count: 3, metadata: {}, data: { "text/plain": [`{'env': 'prod',\n`, ` '${c.lo}': '${c.v}',\n`, ` 'retries': 3}`] } }] },
        ],
        metadata: { kernelspec: { name: "python3", display_name: "Python 3 (ipykernel)", language: "python" } },
        nbformat: 4,
        nbformat_minor: 5,
      };
      return oaChat(c.g, `${prose(c.g, "explain")}\n\n${J2(nb)}`);
    },
  },
  {
    name: "SQL script",
    kinds: ["tok", "key", "pw", "url", "blob", "id"],
    f: (c) => {
      const g = c.g;
      let sql: string;
      if (c.kind === "pw") sql = g.pick([`CREATE USER svc_${g.word()} PASSWORD = '${c.v}' DEFAULT_ROLE = LOADER MUST_CHANGE_PASSWORD = FALSE;`, `ALTER ROLE etl_writer WITH LOGIN PASSWORD '${c.v}';`, `CREATE LOGIN bi_reader WITH PASSWORD = '${c.v}';`]);
      else if (c.kind === "tok" || c.kind === "key") sql = `CREATE OR REPLACE SECRET integrations.${svc(c)}_api\n  TYPE = GENERIC_STRING\n  SECRET_STRING = '${c.v}';\nGRANT USAGE ON SECRET integrations.${svc(c)}_api TO ROLE loader;`;
      else sql = `INSERT INTO ops.pipeline_settings (name, value, updated_at)\nVALUES ('${c.lo}', '${c.v}', now());`;
      return pasted(g, prose(g, g.pick(["review", "fix"] as const)), "sql", `-- migrations/V${g.range(10, 99)}__${svc(c)}_setup.sql\nUSE ROLE SECURITYADMIN;\n${sql}`);
    },
  },
  {
    name: "Terraform tfvars / resource",
    kinds: ["tok", "key", "pw", "url", "blob", "id"],
    f: (c) => {
      const g = c.g;
      const tf =
        c.kind === "pw"
          ? `resource "snowflake_user" "loader" {\n  name              = "SVC_${g.word().toUpperCase()}"\n  password          = "${c.v}"\n  default_warehouse = "LOADING"\n  default_role      = "LOADER"\n}`
          : c.kind === "blob"
            ? `${c.lo} = <<EOT\n${c.v}\nEOT`
            : `# terraform.tfvars\nenvironment = "prod"\nregion      = "eu-west-1"\n${fields(c).map(([k, v]) => `${k.toLowerCase()} = ${dq(v)}`).join("\n")}`;
      return anToolUse(g, "write_file", { path: c.kind === "pw" ? "infra/snowflake/users.tf" : "infra/prod.auto.tfvars", content: tf + "\n" }, prose(g, "save"));
    },
  },
  {
    name: "k8s Secret (base64 data)",
    kinds: ["tok", "key", "pw", "url", "blob"],
    f: (c) => {
      const data = fields(c).map(([k, v]) => `  ${k}: ${b64(v)}`).join("\n");
      const y = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${svc(c)}-credentials\n  namespace: data-platform\ntype: Opaque\ndata:\n${data}`;
      return oaToolCall(c.g, "kubectl_apply", { manifest: y, namespace: "data-platform" }, prose(c.g, "save"));
    },
  },
  {
    name: "k8s Secret stringData",
    kinds: ["tok", "key", "pw", "url"],
    f: (c) => {
      const data = fields(c).map(([k, v]) => `  ${k}: ${dq(v)}`).join("\n");
      return pasted(c.g, prose(c.g, "review"), "yaml", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${svc(c)}-env\n  labels:\n    app: ${c.g.word()}-sync\nstringData:\n${data}`);
    },
  },
  {
    name: "CI log with set -x trace",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => {
      const g = c.g;
      const t = `2025-03-0${g.range(1, 9)}T0${g.range(0, 9)}:${g.range(10, 59)}:${g.range(10, 59)}.${g.dig(7)}Z`;
      const line = c.kind === "tok" && g.int(2) ? `+ curl -fsS -H '${c.hname}: ${c.hval}' https://${apiHost(c)}/v1/health` : `+ export ${c.slot}=${c.v}`;
      const log = `${t} ##[group]Run ./scripts/deploy_pipeline.sh\n${t} + set -euo pipefail\n${t} ${line}\n${t} + dbt deps\n${t} Installing dbt-labs/dbt_utils@1.3.0\n${t} ##[error]Process completed with exit code 1.`;
      return oaChat(g, `${prose(g, "fix")}\n\n${log}`);
    },
  },
  {
    name: "shell history pasted",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => {
      const g = c.g;
      const line = c.kind === "url" ? g.pick([`psql ${sq(c.v)} -c '\\dt'`, `python load.py --dsn ${sq(c.v)}`]) : `export ${c.slot}=${sq(c.v)}`;
      const hist = [`  501  cd ~/repos/${g.word()}-dbt`, "  502  git pull --rebase", `  503  ${line}`, "  504  dbt debug --target prod", `  505  dbt run -s +fct_${g.word()}`].join("\n");
      return anMsg(g, `${prose(g, "explain")}\n\n${hist}`);
    },
  },
  {
    name: "Python crash report with locals",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => {
      const g = c.g;
      const tb = `Traceback (most recent call last):\n  File "/opt/airflow/dags/${g.word()}_sync.py", line ${g.range(40, 200)}, in extract\n    resp = client.fetch(since=ds)\n  File "/opt/airflow/plugins/${svc(c)}_client.py", line ${g.range(20, 90)}, in fetch\n    raise AuthError(resp.status_code)\nAuthError: 401\n\nLocals at frame fetch:\n    self._config = {'base_url': 'https://${apiHost(c)}', '${c.lo}': '${c.v}', 'timeout': 30}\n    since = '2025-03-0${g.range(1, 9)}'`;
      return g.int(2) ? oaChat(g, `${prose(g, "fix")}\n\n${tb}`) : J({ event_id: g.hex(32), level: "error", platform: "python", exception: { values: [{ type: "AuthError", value: "401" }] }, extra: { crash_report: tb } });
    },
  },
  {
    name: "git diff",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => {
      const g = c.g;
      const file = g.pick(["config/prod.env", "orchestration/settings.py", "deploy/values-prod.yaml"]);
      const line = file.endsWith(".py") ? `${c.slot} = ${dq(c.v)}` : file.endsWith(".yaml") ? `  ${c.lo}: ${dq(c.v)}` : `${c.slot}=${c.v}`;
      const diff = `diff --git a/${file} b/${file}\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/${file}\n+++ b/${file}\n@@ -${g.range(3, 30)},4 +${g.range(3, 30)},5 @@\n ENV = "prod"\n-# ${c.slot} comes from the scheduler\n+${line}\n BATCH_SIZE = 5000`;
      return anMsg(g, `${prose(g, "review")}\n\n\`\`\`diff\n${diff}\n\`\`\``);
    },
  },
  {
    name: "chat message handing over the credential",
    kinds: ["tok", "key", "pw", "url"],
    f: (c) => {
      const g = c.g;
      const msg = `${prose(g, "handover", c.s.p)} ${c.v}`;
      return g.int(2) ? oaChat(g, `Colleague wrote in #data-eng:\n> ${msg}\nSet this up in the ${g.word()} pipeline.`) : anMsg(g, msg);
    },
  },
  {
    name: "Slack chat.postMessage tool call",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => {
      const g = c.g;
      const text = c.kind === "id" ? `for the incident notes: ${c.lo} = ${c.v}` : `${prose(g, "handover", c.s.p)} \`${c.v}\``;
      return mcpCall(g, "slack_post_message", { channel: `C0${g.up(9)}`, text, unfurl_links: false });
    },
  },
  {
    name: "docker run -e",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => oaToolCall(c.g, "bash", { command: `docker run --rm -e ${c.slot}=${sq(c.v)} -e DBT_TARGET=prod ghcr.io/example/${svc(c)}-sync:1.${c.g.range(0, 12)} sync --full-refresh` }, prose(c.g, "run")),
  },
  {
    name: "GitHub Actions workflow env",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => {
      const wf = `name: nightly-elt\non:\n  schedule:\n    - cron: "0 2 * * *"\njobs:\n  run:\n    runs-on: ubuntu-latest\n    env:\n${fields(c).map(([k, v]) => `      ${k}: ${dq(v)}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: pip install -r requirements.txt && dbt build --target prod`;
      return anToolUse(c.g, "write_file", { path: ".github/workflows/nightly-elt.yml", content: wf }, prose(c.g, "save"));
    },
  },
  {
    name: "Python SDK constructor",
    kinds: ["tok", "key", "pw", "url", "blob", "id"],
    f: (c) => {
      const g = c.g;
      const code =
        c.kind === "url"
          ? `from sqlalchemy import create_engine\n\nengine = create_engine(${dq(c.v)}, pool_pre_ping=True)\ndf = pd.read_sql("select * from ${g.word()} limit 100", engine)`
          : c.kind === "blob"
            ? `import json\nfrom google.oauth2 import service_account\n\ninfo = json.loads('''${c.v}''')\ncreds = service_account.Credentials.from_service_account_info(info)`
            : `import ${svc(c)}\n\nclient = ${svc(c)}.Client(\n    ${c.lo}=${dq(c.v)},\n    timeout=60,\n)\nrows = client.export(${dq(g.word())}, since="2025-01-01")`;
      return pasted(g, prose(g, "fix"), "python", code);
    },
  },
  {
    name: "JavaScript env default",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => pasted(c.g, prose(c.g, "review"), "js", `// src/${svc(c)}.js\nconst ${c.lo.replace(/_([a-z0-9])/g, (_, x: string) => x.toUpperCase())} = process.env.${c.slot} ?? ${dq(c.v)};\nexport async function sync() {\n  const res = await fetch("https://${apiHost(c)}/v1/records", { method: "POST" });\n  return res.json();\n}`),
  },
  {
    name: "Scala Spark job",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => pasted(c.g, prose(c.g, "fix"), "scala", `object ${c.g.word().replace(/^./, (x) => x.toUpperCase())}Ingest {\n  def main(args: Array[String]): Unit = {\n    val spark = SparkSession.builder().appName("ingest").getOrCreate()\n    val ${c.lo.replace(/_([a-z0-9])/g, (_, x: string) => x.toUpperCase())} = sys.env.getOrElse("${c.slot}", "${c.v}")\n    spark.conf.set("spark.sql.session.timeZone", "UTC")\n  }\n}`),
  },
  {
    name: "Streamlit .streamlit/secrets.toml",
    kinds: ["tok", "key", "pw", "url", "blob"],
    f: (c) => {
      const body = c.kind === "blob" ? `[connections.${svc(c)}]\n${c.lo} = '''${c.v}'''` : `[connections.${svc(c)}]\n${fields(c).map(([k, v]) => `${k.toLowerCase()} = ${dq(v)}`).join("\n")}\n\n[app]\ntitle = "${c.g.word()} dashboard"`;
      return anToolUse(c.g, "write_file", { path: ".streamlit/secrets.toml", content: body + "\n" }, prose(c.g, "save"));
    },
  },
  {
    name: "INI config",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => pasted(c.g, prose(c.g, "fix"), "ini", `[default]\nregion = eu-west-1\n\n[${svc(c)}]\n${fields(c).map(([k, v]) => `${k.toLowerCase()} = ${v}`).join("\n")}\nretries = 5`),
  },
  {
    name: "Java .properties file",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => mcpResult(c.g, `# connector.properties\nname=${svc(c)}-source\ntasks.max=2\n${fields(c).map(([k, v]) => `${svc(c)}.${dotted(k.toLowerCase())}=${v}`).join("\n")}\npoll.interval.ms=60000\n`),
  },
  {
    name: "HAR entry",
    kinds: ["tok", "id"],
    hdr: true,
    f: (c) => {
      const g = c.g;
      return J({ log: { version: "1.2", creator: { name: "WebInspector", version: "537.36" }, entries: [{ startedDateTime: g.iso(), time: g.range(30, 900), request: { method: "GET", url: `https://${apiHost(c)}${apiPath(c)}`, httpVersion: "HTTP/2", headers: [{ name: "accept", value: "application/json" }, { name: c.hname.toLowerCase(), value: c.hval }], queryString: [], cookies: [] }, response: { status: 200, statusText: "", headers: [], content: { size: 0, mimeType: "application/json" } } }] } });
    },
  },
  {
    name: "devtools Copy as fetch",
    kinds: ["tok", "id"],
    hdr: true,
    f: (c) => pasted(c.g, prose(c.g, "fix"), "js", `fetch("https://${apiHost(c)}${apiPath(c)}", {\n  "headers": {\n    "accept": "application/json",\n    "${c.hname.toLowerCase()}": "${c.hval}",\n    "sec-fetch-mode": "cors"\n  },\n  "body": null,\n  "method": "GET"\n});`),
  },
  {
    name: "structured JSON log with request headers",
    kinds: ["tok", "id"],
    hdr: true,
    f: (c) => {
      const g = c.g;
      return J({ ts: g.iso(), level: "warn", logger: "http.client", msg: "upstream returned 429, retrying", trace_id: g.hex(32), span_id: g.hex(16), request: { method: "POST", url: `https://${apiHost(c)}${apiPath(c)}`, headers: { "content-type": "application/json", [c.hname.toLowerCase()]: c.hval } }, attempt: g.range(1, 4) });
    },
  },
  {
    name: "Helm values",
    kinds: ["tok", "key", "pw", "url", "blob", "id"],
    f: (c) => anToolUse(c.g, "write_file", { path: `charts/${svc(c)}-sync/values-prod.yaml`, content: `replicaCount: 2\nimage:\n  repository: ghcr.io/example/${svc(c)}-sync\n  tag: "1.${c.g.range(0, 9)}.0"\nconfig:\n${fields(c).map(([k, v]) => `  ${k.toLowerCase()}: ${yamlVal(v)}`).join("\n")}\nresources:\n  limits:\n    memory: 2Gi\n` }, prose(c.g, "save")),
  },
  {
    name: "PowerShell env",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => oaToolCall(c.g, "powershell", { script: `$env:${c.slot} = "${c.v}"\n.\\venv\\Scripts\\Activate.ps1\npython -m ${svc(c)}_export --out C:\\data\\exports` }, prose(c.g, "run")),
  },
  {
    name: "Prefect Secret block",
    kinds: ["tok", "key", "pw", "url", "blob"],
    f: (c) => pasted(c.g, prose(c.g, "review"), "python", `from prefect.blocks.system import Secret\n\nSecret(value=${c.kind === "blob" ? `'''${c.v}'''` : dq(c.v)}).save(${dq(c.lo.replace(/_/g, "-"))}, overwrite=True)`),
  },
  {
    name: "databricks secrets put-secret",
    kinds: ["tok", "key", "pw", "url"],
    f: (c) => oaToolCall(c.g, "bash", { command: `databricks secrets put-secret ${c.g.pick(["etl", "prod-ingest", "analytics"])} ${c.lo.replace(/_/g, "-")} --string-value ${sq(c.v)}` }, prose(c.g, "save")),
  },
  {
    name: "Kafka Connect connector config POST",
    kinds: ["tok", "key", "pw", "url"],
    f: (c) => {
      const field = c.kind === "url" ? "connection.url" : c.kind === "pw" ? "connection.password" : `${svc(c)}.${dotted(c.lo)}`;
      const body = J2({ name: `${svc(c)}-sink-${c.g.word()}`, config: { "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector", "tasks.max": "3", topics: `${c.g.word()}.cdc`, ...(c.kind === "pw" ? { "connection.url": `jdbc:postgresql://${svc(c)}.example.net:5432/dw`, "connection.user": "connect" } : {}), [field]: c.v, "auto.create": "true" } });
      return `POST /connectors HTTP/1.1\r\nHost: connect.example.net:8083\r\nContent-Type: application/json\r\n\r\n${body}`;
    },
  },
  {
    name: "Superset database API",
    kinds: ["url"],
    f: (c) => {
      const body = J({ database_name: `${c.g.word()}_prod`, sqlalchemy_uri: c.v, expose_in_sqllab: true, allow_run_async: true });
      return `POST /api/v1/database/ HTTP/1.1\r\nHost: superset.example.com\r\nContent-Type: application/json\r\nX-CSRFToken: ${c.g.an(32)}\r\n\r\n${body}`;
    },
  },
  {
    name: "meltano.yml extractor config",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => pasted(c.g, prose(c.g, "fix"), "yaml", `version: 1\nplugins:\n  extractors:\n  - name: tap-${svc(c)}\n    variant: meltanolabs\n    config:\n${fields(c).map(([k, v]) => `      ${k.toLowerCase()}: ${dq(v)}`).join("\n")}\n      start_date: "2024-01-01T00:00:00Z"\n  loaders:\n  - name: target-snowflake`),
  },
  {
    name: ".NET appsettings.json",
    kinds: ["tok", "key", "pw", "url", "id"],
    f: (c) => pasted(c.g, prose(c.g, "review"), "json", J2({ Logging: { LogLevel: { Default: "Information" } }, [c.s.p.replace(/[^A-Za-z]/g, "") || "Provider"]: Object.fromEntries(fields(c).map(([k, v]) => [k.toLowerCase().replace(/_([a-z0-9])/g, (_, x: string) => x.toUpperCase()), v])), AllowedHosts: "*" })),
  },
];

export interface BuildOpts {
  set: string; // category prefix, e.g. "heldouty130"
  idPrefix: string; // e.g. "y130-wh"
  seed: number;
  start: number;
  specs: Spec[];
  label?: "positive" | "benign";
}

/** One case per spec, rotating through the renderers that support the spec's kind. */
export function build(o: BuildOpts): CorpusCase[] {
  const g = new Gen(o.seed);
  const out: CorpusCase[] = [];
  let cur = o.start;
  o.specs.forEach((s, i) => {
    const kind = s.kind ?? "tok";
    let r: Renderer | undefined;
    for (let t = 0; t < RENDERERS.length; t++) {
      const cand = RENDERERS[(cur + t) % RENDERERS.length]!;
      if (!cand.kinds.includes(kind)) continue;
      if (kind === "id" && cand.hdr && !s.h) continue;
      if (kind === "id" && cand.qry && !s.q) continue;
      r = cand;
      cur = cur + t + 1;
      break;
    }
    if (!r) throw new Error(`no renderer for ${s.k}`);
    const raw = s.v(g);
    const val: Val = typeof raw === "string" ? { v: raw } : raw;
    const htpl = s.h ?? "Authorization: Bearer %";
    const [hname, hval] = hdrSplit(htpl.replace("%", val.hv ?? val.v));
    const ctx: Ctx = { g, s, kind, v: val.v, slot: s.slot, lo: s.slot.toLowerCase(), host: `${s.k}.example.net`, extra: val.extra ?? [], hname, hval };
    const label = o.label ?? "positive";
    out.push({
      id: `${o.idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: label === "benign" ? `${o.set}-benign` : `${o.set}-sec-${s.g}`,
      label,
      text: r.f(ctx),
      note: `${s.p}: ${label === "benign" ? "non-secret " : ""}${s.slot} (${kind}${s.n ? `, ${s.n}` : ""}) via ${r.name}`,
    });
  });
  return out;
}

/** A handcrafted case. */
export function hc(set: string, id: string, group: string, label: "positive" | "benign", text: string, note: string): CorpusCase {
  return { id, kind: "secrets", category: label === "benign" ? `${set}-benign` : `${set}-sec-${group}`, label, text, note };
}
