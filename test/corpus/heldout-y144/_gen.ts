// Shared builder for heldout-y144: a seeded token generator (Gen), the outbound-context renderers
// and `build`, which rotates each provider spec through the renderers. Not a case file: the loader
// only imports *.cases.ts. Every credential-shaped value is assembled here at run time from a split
// prefix and a random body, so the repository holds no literal credential.
import { createHash } from "node:crypto";
import type { CorpusCase } from "../types.ts";
import { SeededRng } from "../../helpers/prng.ts";
import { BIP39 } from "./_bip39.ts";

// ---------------------------------------------------------------------------------------------
// alphabets

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
export const AL = {
  alnum: UP + LO + DG,
  hex: "0123456789abcdef",
  HEX: "0123456789ABCDEF",
  upper: UP + DG,
  lower: LO + DG,
  letters: UP + LO,
  digits: DG,
  b64: UP + LO + DG + "+/",
  b64u: UP + LO + DG + "-_",
  b32: UP + "234567",
  b32l: LO + "234567",
  b58: "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz",
  bech32: "qpzry9x8gf2tvdw0s3jn54khce6mua7l",
  pw: UP + LO + DG + "-_.!*",
};

export const b64 = (s: string | Uint8Array) => Buffer.from(s).toString("base64");
export const b64url = (s: string | Uint8Array) =>
  Buffer.from(s).toString("base64").replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
export const J = (v: unknown) => JSON.stringify(v);
export const J2 = (v: unknown) => JSON.stringify(v, null, 2);

// ---------------------------------------------------------------------------------------------
// the generator

const NAMES = ["maria", "kenji", "lukas", "ana", "priya", "tomasz", "chloe", "ahmet", "sofia", "wei", "olga", "diego", "jonas", "mina", "rafael", "emma"];
const DOMAINS = ["acme-corp.io", "northwind.dev", "fabrikam.com", "lumen-labs.ai", "kestrel.app", "orbital.systems", "tidepool.co", "brightline.de", "nuvem.com.br", "sakura-tech.jp", "polar-data.eu", "harbor.tools"];
const PROJECTS = ["billing-api", "ingest-worker", "checkout-web", "ml-pipeline", "infra-live", "etl-nightly", "mobile-app", "search-indexer", "notifications", "data-platform", "ops-scripts", "recsys-train", "crm-sync", "edge-gateway", "analytics-dbt", "android-client", "ios-client", "ledger-service", "media-transcoder", "support-bot", "geo-tiles", "feature-store"];
const REGIONS = ["us-east-1", "eu-west-1", "eu-central-1", "ap-southeast-2", "us-west-2", "ap-northeast-1", "sa-east-1"];

export class Gen extends SeededRng {
  a(n: number) { return this.str(n, AL.alnum); }
  h(n: number) { return this.str(n, AL.hex); }
  H(n: number) { return this.str(n, AL.HEX); }
  u(n: number) { return this.str(n, AL.upper); }
  l(n: number) { return this.str(n, AL.lower); }
  d(n: number) { return this.str(1, "123456789") + this.str(n - 1, AL.digits); }
  c64(n: number) { return this.str(n, AL.b64); }
  c64u(n: number) { return this.str(n, AL.b64u); }
  b32(n: number) { return this.str(n, AL.b32); }
  b58(n: number) { return this.str(n, AL.b58); }
  letters(n: number) { return this.str(n, AL.letters); }
  t(...parts: string[]) { return parts.join(""); }
  /** Base64 (standard, padded) of n random bytes. */
  b64(n: number) { return b64(this.bytes(n)); }
  /** Base64url (no padding) of n random bytes. */
  b64u(n: number) { return b64url(this.bytes(n)); }
  uuid() {
    const h = this.h(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${this.pick(["8", "9", "a", "b"])}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  /** A password as a person or a generator would set it (no quotes, backslashes or spaces). */
  pw(n = 20) {
    let s = this.str(n - 3, AL.alnum);
    s = s.slice(0, 4) + this.pick(["-", "_", ".", "!", "*"]) + s.slice(4) + this.str(1, DG) + this.str(1, UP);
    return s;
  }
  jwt(payload: Record<string, unknown>, alg = "HS256", kid?: string) {
    const head: Record<string, unknown> = { alg, typ: "JWT" };
    if (kid) head.kid = kid;
    const sig = alg.startsWith("HS") ? 32 : alg.startsWith("RS") ? 256 : 64;
    return `${b64url(J(head))}.${b64url(J(payload))}.${this.b64u(sig)}`;
  }
  /** PEM armour around n random bytes (base64 wrapped at 64). */
  pem(label: string, n: number, lead = "") {
    const body = lead + this.b64(n).slice(lead.length);
    const lines = body.match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----`;
  }
  /** A BIP39 recovery phrase with a valid checksum. */
  mnemonic(words = 12) {
    const ent = this.bytes((words * 11 * 32) / 33 / 8);
    const hash = createHash("sha256").update(ent).digest();
    let bits = "";
    for (const b of ent) bits += b.toString(2).padStart(8, "0");
    bits += (hash[0] ?? 0).toString(2).padStart(8, "0").slice(0, (ent.length * 8) / 32);
    const out: string[] = [];
    for (let i = 0; i < bits.length; i += 11) out.push(BIP39[parseInt(bits.slice(i, i + 11), 2)]!);
    return out.join(" ");
  }
  epoch() { return this.range(1714000000, 1761000000); }
  iso() {
    const d = new Date(this.epoch() * 1000);
    return d.toISOString().replace(/\.\d+Z$/, `.${this.str(3, DG)}Z`);
  }
  ver() { return `${this.range(1, 4)}.${this.range(0, 24)}.${this.range(0, 9)}`; }
  name() { return this.pick(NAMES); }
  domain() { return this.pick(DOMAINS); }
  email() { return `${this.name()}@${this.domain()}`; }
  project() { return this.pick(PROJECTS); }
  region() { return this.pick(REGIONS); }
  ip() { return `10.${this.range(0, 40)}.${this.range(0, 255)}.${this.range(2, 250)}`; }
  sha() { return this.h(40); }
  /** n distinct elements of xs, in their original order. */
  some<T>(xs: readonly T[], n: number): T[] {
    const idx = new Set<number>();
    while (idx.size < Math.min(n, xs.length)) idx.add(this.int(xs.length));
    return [...idx].sort((a, b) => a - b).map((i) => xs[i]!);
  }
  chance(p: number) { return this.next() < p; }
  /** A prose line: about a quarter of the time in a language other than English. */
  say(pool: Pool) { return this.chance(0.27) ? this.pick(pool.xx) : this.pick(pool.en); }
}

// ---------------------------------------------------------------------------------------------
// prose (multilingual)

export interface Pool { en: readonly string[]; xx: readonly string[] }

export const ASK: Pool = {
  en: [
    "Can you figure out why this config fails to load on staging? Works on my machine.",
    "Deploy started failing after the last merge, here is the file the service reads:",
    "Please convert this to the format the new loader expects and keep the values as they are.",
    "The worker ignores these settings at startup. Full file below, what am I missing?",
    "Refactor this so the app reads everything through one settings module. Current file:",
    "Tests pass locally but CI is red since this change. Relevant config:",
    "We're moving this service to the new cluster, does this look right to you?",
    "Add a healthcheck and tidy this up, don't change any of the values.",
    "Help me split this into per-environment files (dev/staging/prod).",
    "Why is the container restarting in a loop? This is what it starts with:",
  ],
  xx: [
    "Este es el archivo de configuración; el despliegue en staging falla desde ayer. ¿Ves el problema?",
    "Hier ist die Konfiguration – lokal läuft alles, aber in der CI schlägt der Build fehl. Woran liegt das?",
    "Voici le fichier de config : le worker démarre mais ne traite aucun job. Tu vois pourquoi ?",
    "この設定ファイルでステージングへのデプロイが失敗します。原因を調べてもらえますか？",
    "Segue o arquivo de configuração; o serviço sobe localmente mas falha no cluster novo. Consegue ver o erro?",
    "这是当前的配置文件，本地运行正常，但在 CI 里一直失败，帮我看看哪里有问题？",
    "Вот текущий конфиг: локально всё работает, а на стейдже сервис падает при старте. Посмотришь?",
    "Ecco il file di configurazione: in locale funziona, ma in produzione il job fallisce. Riesci a capire perché?",
    "현재 설정 파일입니다. 로컬에서는 잘 되는데 스테이징 배포에서 오류가 나요. 원인을 찾아줄 수 있나요?",
    "Oto plik konfiguracyjny — lokalnie działa, ale na stagingu serwis się nie uruchamia. Widzisz, co jest nie tak?",
    "Yapılandırma dosyası aşağıda; yerelde çalışıyor ama staging ortamında servis açılmıyor. Sorunu görebilir misin?",
    "Hier is het configuratiebestand; lokaal werkt het, maar in de pipeline faalt de deploy. Zie jij wat er mis is?",
    "Här är konfigfilen – det funkar lokalt men jobbet kraschar i CI. Ser du felet?",
    "Ось конфігурація сервісу: локально все працює, а в CI падає. Можеш глянути?",
  ],
};

export const HANDOVER: Pool = {
  en: [
    "Handing this over for the night. Staging is wired up; these are the values it runs with so you can pick it up tomorrow.",
    "Context for whoever picks this up next: I finished the integration, this is the configuration it uses.",
    "Session summary: service deployed, migrations applied. Settings in use below.",
    "Quick hand-off before my PTO — everything you need to run the sync job locally:",
    "Notes for the next agent run: the environment is already set up with the following.",
  ],
  xx: [
    "Te paso el relevo: staging ya está configurado, estos son los valores con los que corre.",
    "Übergabe für morgen: die Integration läuft, hier die Konfiguration, mit der sie gestartet wird.",
    "Passation : le service est déployé, voici la configuration utilisée pour que tu puisses reprendre demain.",
    "引き継ぎです。ステージングは設定済みで、以下の値で動いています。",
    "Passando o bastão: o job de sincronização está rodando com a configuração abaixo.",
    "交接一下：集成已经完成，下面是当前使用的配置，明天可以直接接着做。",
    "Передаю задачу: сервис задеплоен, ниже настройки, с которыми он работает.",
    "Passaggio di consegne: l'ambiente di staging è pronto, queste sono le impostazioni in uso.",
    "인수인계입니다. 스테이징 환경은 아래 설정으로 돌아가고 있어요.",
    "Przekazuję temat: integracja działa, poniżej konfiguracja, z którą startuje.",
    "Devir notu: servis yayında, kullandığı ayarlar aşağıda.",
    "Overdracht: de sync-job draait, hieronder de configuratie waarmee hij start.",
  ],
};

const COMMENT_SECRET: Pool = {
  en: ["TODO: move to the secrets manager before release", "temporary, for the demo on Friday", "prod credentials for the sync job", "hardcoded until the vault integration lands", "used by the nightly export"],
  xx: ["temporal, solo para la demo", "vorübergehend, nur für lokale Tests", "à déplacer dans le gestionnaire de secrets", "一時的な設定（後で環境変数に移す）", "provisório, remover antes do merge", "临时配置，上线前移到环境变量", "временно, для отладки", "temporaneo, solo per i test", "임시 설정 — 배포 전에 제거", "tymczasowo, do testów", "geçici, sadece test için", "tijdelijk, alleen voor lokaal testen"],
};

const COMMENT_PLAIN: Pool = {
  en: ["set by the deploy script", "pinned for reproducible builds", "values for the staging stack", "read once at startup", "kept in sync with the infra repo"],
  xx: ["lo rellena el script de despliegue", "wird vom Deploy-Skript gesetzt", "valeurs pour l'environnement de staging", "起動時に一度だけ読み込む", "valores do ambiente de staging", "由部署脚本写入", "значения для стейджа", "valori per lo staging", "배포 스크립트가 채워 넣음", "wartości dla stagingu", "staging ortamı değerleri", "waarden voor de staging-omgeving"],
};

// ---------------------------------------------------------------------------------------------
// specs and slots

export type Cat = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "observability" | "payment" | "saas" | "keys";

export interface Spec {
  /** provider / credential label (goes into the note) */
  p: string;
  cat: Cat;
  /** the slot: an env-style name; other renderers derive config keys from it */
  env: string;
  v: (g: Gen) => string;
  /** companion settings rendered next to the value (ids, hosts, a paired key) */
  x?: (g: Gen) => [string, string][];
  /** auth header prefix ("Authorization: Bearer " by default); "basic" for HTTP basic auth */
  h?: string;
  /** basic-auth user: a literal, "@0" for the first companion's value, or "*" (optionally "*PW")
   *  when the value itself is the user name (and PW, default empty, the password) */
  u?: string;
  /** query parameter name, when the provider takes the value in the URL */
  q?: string;
  host?: string;
  path?: string;
  /** tok: a token; hook: a URL carrying its secret; dsn: a connection string */
  kind?: "tok" | "hook" | "dsn";
  /** never sent as an HTTP header (signing secrets, DB passwords, wallet keys, ...) */
  nh?: boolean;
  /** benign specs: the slot is named as a secret (a reference/placeholder sits in it) */
  sn?: boolean;
  /** only renderers whose name matches (a reference or mask only appears where it would) */
  only?: RegExp;
}

export interface Slot {
  p: string;
  env: string;
  v: string;
  extra: [string, string][];
  secret: boolean;
  kind: "tok" | "hook" | "dsn";
  http: boolean;
  h: string;
  /** user:password for HTTP basic auth */
  cred: string;
  q: string | undefined;
  host: string;
  path: string;
  only: RegExp | undefined;
}

const SVC_ALIASES: Record<string, string> = { CO: "cohere", DD: "datadog", GH: "github", HF: "huggingface", TF: "terraform", WP: "wordpress", MJ: "mailjet", APCA: "alpaca", SCW: "scaleway", YC: "yandex", CKO: "checkout", CTP: "commercetools", TS: "tailscale", SF: "salesforce", OP: "onepassword", B2: "backblaze", R2: "r2" };

export function svc(env: string): string {
  const first = env.split("_")[0] ?? env;
  return SVC_ALIASES[first] ?? first.toLowerCase();
}
function restParts(env: string): string[] {
  const p = env.split("_");
  return p.length > 1 ? p.slice(1) : ["value"];
}
export const camel = (parts: string[]) =>
  parts.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join("");
export const pascal = (parts: string[]) => parts.map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()).join("");
const restCamel = (env: string) => camel(restParts(env));
const restSnake = (env: string) => restParts(env).join("_").toLowerCase();
const restKebab = (env: string) => restParts(env).join("-").toLowerCase();

/** group KEY=value pairs by service prefix: {openai: {apiKey: "..."}} */
function nest(pairs: [string, string][]): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [k, v] of pairs) {
    const s = camel([svc(k)]);
    (out[s] ??= {})[restCamel(k)] = v;
  }
  return out;
}
const pairsOf = (x: Slot): [string, string][] => [...x.extra, [x.env, x.v]];

// quoting
const SAFE = /^[A-Za-z0-9_\-./+=:@,%~]*$/;
export const shq = (v: string) =>
  SAFE.test(v) ? v : /^\$[({]/.test(v) && !/["`\\]/.test(v) ? `"${v}"` : `'${v.replace(/'/g, `'\\''`)}'`;
const envq = (v: string) => (SAFE.test(v) ? v : /[$'#\s]/.test(v) ? `'${v}'` : `"${v}"`);
export const xml = (v: string) => v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function authOf(x: Slot): { name: string; value: string; curl: string } {
  if (x.h === "basic") {
    return { name: "Authorization", value: `Basic ${b64(x.cred)}`, curl: `-u ${shq(x.cred)}` };
  }
  const i = x.h.indexOf(":");
  const name = x.h.slice(0, i);
  const value = x.h.slice(i + 1).trimStart() + x.v;
  return { name, value, curl: `-H ${shq(`${name}: ${value}`)}` };
}

const ENV_FILLER = (g: Gen) => [
  `NODE_ENV=production`,
  `LOG_LEVEL=${g.pick(["info", "debug", "warn"])}`,
  `PORT=${g.pick([3000, 8080, 8000, 5000, 9090])}`,
  `APP_ENV=${g.pick(["staging", "production", "dev"])}`,
  `TZ=UTC`,
  `WORKER_CONCURRENCY=${g.range(2, 16)}`,
  `BUILD_SHA=${g.sha()}`,
  `REDIS_HOST=cache.internal`,
  `FEATURE_NEW_CHECKOUT=${g.pick(["true", "false"])}`,
  `OTEL_SERVICE_NAME=${g.project()}`,
  `PUBLIC_BASE_URL=https://${g.project()}.${g.domain()}`,
  `RELEASE=${g.ver()}`,
  `REQUEST_TIMEOUT_MS=${g.pick([5000, 15000, 30000])}`,
];

/** A .env file: some neutral lines, the companions and the value, more neutral lines. */
export function envFile(g: Gen, x: Slot): string {
  const fill = g.some(ENV_FILLER(g), g.range(3, 5));
  const cut = g.range(1, fill.length - 1);
  const own = pairsOf(x).map(([k, v]) => `${k}=${envq(v)}`);
  return [...fill.slice(0, cut), ...own, ...fill.slice(cut)].join("\n") + "\n";
}

function yamlMap(obj: Record<string, Record<string, string>>, indent = ""): string {
  return Object.entries(obj)
    .map(([k, m]) => `${indent}${k}:\n` + Object.entries(m).map(([kk, vv]) => `${indent}  ${kk}: ${J(vv)}`).join("\n"))
    .join("\n");
}

function apiBody(g: Gen): string {
  return J(g.pick([{ limit: 50, cursor: null }, { input: "healthcheck" }, { dry_run: true }, { page: 1, per_page: 100 }, { query: "status:open" }]));
}

function splitUrl(u: string): { host: string; path: string } {
  const m = /^[a-z+]+:\/\/([^/?#]+)(.*)$/i.exec(u);
  return { host: m?.[1] ?? "localhost", path: m?.[2] || "/" };
}

const comment = (g: Gen, x: Slot) => g.say(x.secret ? COMMENT_SECRET : COMMENT_PLAIN);
const model = (g: Gen) => g.pick(["gpt-4o", "gpt-4.1", "o4-mini", "gpt-4o-mini", "gpt-5"]);
const claude = (g: Gen) => g.pick(["claude-sonnet-4-5", "claude-opus-4-1", "claude-3-7-sonnet-latest", "claude-haiku-4-5"]);

function formField(env: string): string {
  if (/CLIENT_SECRET$/.test(env)) return "client_secret";
  if (/PASSWORD$/.test(env)) return "password";
  if (/TOKEN$/.test(env)) return "token";
  if (/SECRET/.test(env)) return "secret";
  if (/URL$|URI$|DSN$/.test(env)) return "url";
  return "api_key";
}

// ---------------------------------------------------------------------------------------------
// renderers

export interface Renderer {
  name: string;
  /** carries the value in an HTTP request header (or posts to a hook URL) */
  http?: boolean;
  /** needs a query parameter name (or a hook URL) */
  needQ?: boolean;
  /** values this context would mangle (string interpolation), so it is skipped for them */
  reject?: RegExp;
  fn: (g: Gen, x: Slot, ...defaults: string[]) => string;
}

export const RENDERERS: Renderer[] = [
  {
    name: "openai chat body, pasted .env",
    fn: (g, x) =>
      J({
        model: model(g),
        messages: [
          { role: "system", content: "You are a senior engineer helping in the user's repository. Answer concisely." },
          { role: "user", content: `${g.say(ASK)}\n\n\`\`\`dotenv\n${envFile(g, x)}\`\`\`` },
        ],
        temperature: 0.2,
        stream: true,
      }),
  },
  {
    name: "anthropic messages body, pasted docker-compose",
    reject: /\$/,
    fn: (g, x) => {
      const envs = pairsOf(x).map(([k, v]) => `      ${k}: ${J(v)}`).join("\n");
      const compose = `services:\n  app:\n    image: ghcr.io/${g.domain().split(".")[0]}/${g.project()}:${g.ver()}\n    ports:\n      - "8080:8080"\n    environment:\n      LOG_LEVEL: info\n${envs}\n    depends_on:\n      - redis\n  redis:\n    image: redis:7-alpine\n`;
      return J2({
        model: claude(g),
        max_tokens: 4096,
        system: "You are an expert DevOps assistant.",
        messages: [{ role: "user", content: [{ type: "text", text: `${g.say(ASK)}\n\n\`\`\`yaml\n${compose}\`\`\`` }] }],
      });
    },
  },
  {
    name: "anthropic tool_use write_file (JSON config, escaped)",
    fn: (g, x) => {
      const id = `toolu_01${g.a(22)}`;
      const cfg = { service: { name: g.project(), port: 8080 }, ...nest(pairsOf(x)) };
      return J({
        model: claude(g),
        max_tokens: 8192,
        messages: [
          { role: "user", content: "Create config/production.json from the values we discussed." },
          { role: "assistant", content: [{ type: "text", text: "Writing the production config now." }, { type: "tool_use", id, name: "write_file", input: { path: "config/production.json", content: J2(cfg) } }] },
          { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "Wrote 14 lines to config/production.json" }] },
        ],
      });
    },
  },
  {
    name: "openai tool_calls write_file (double-escaped JSON)",
    fn: (g, x) => {
      const id = `call_${g.a(24)}`;
      const cfg = { environment: "production", ...nest(pairsOf(x)), telemetry: { enabled: true } };
      return J({
        model: model(g),
        messages: [
          { role: "user", content: g.say(ASK) },
          { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: "write_file", arguments: J({ path: "settings.json", content: J2(cfg) }) } }] },
          { role: "tool", tool_call_id: id, content: "ok" },
        ],
        tools: [{ type: "function", function: { name: "write_file", parameters: { type: "object", properties: { path: { type: "string" }, content: { type: "string" } } } } }],
      });
    },
  },
  {
    name: "openai tool_calls run_shell (escaped arguments)",
    fn: (g, x) => {
      const id = `call_${g.a(24)}`;
      const exports = pairsOf(x).map(([k, v]) => `export ${k}=${shq(v)}`).join(" && ");
      return J({
        model: model(g),
        messages: [
          { role: "user", content: "Run the deploy for staging and tell me if it passes the smoke test." },
          { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: "run_shell", arguments: J({ command: `${exports} && ./scripts/deploy.sh staging`, timeout_s: 300 }) } }] },
        ],
      });
    },
  },
  {
    name: "MCP tools/call result (read_file of .env)",
    fn: (g, x) =>
      J({
        jsonrpc: "2.0",
        id: g.range(3, 90),
        result: { content: [{ type: "text", text: envFile(g, x) }], isError: false },
      }),
  },
  {
    name: "anthropic tool_result (printenv output)",
    fn: (g, x) => {
      const id = `toolu_01${g.a(22)}`;
      const out = [`HOME=/home/${g.name()}`, `PATH=/usr/local/bin:/usr/bin:/bin`, ...pairsOf(x).map(([k, v]) => `${k}=${v}`), `SHLVL=1`].join("\n");
      return J({
        model: claude(g),
        max_tokens: 2048,
        messages: [
          { role: "assistant", content: [{ type: "tool_use", id, name: "bash", input: { command: `printenv | grep -i ${svc(x.env)} ; printenv | head` } }] },
          { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: out }] },
        ],
      });
    },
  },
  {
    name: "shell script exports",
    fn: (g, x) =>
      `#!/usr/bin/env bash\n# ${comment(g, x)}\nset -euo pipefail\n\nexport APP_ENV=${g.pick(["staging", "production"])}\n${pairsOf(x).map(([k, v]) => `export ${k}=${shq(v)}`).join("\n")}\n\npython -m ${g.project().replace(/-/g, "_")}.main --once\n`,
  },
  {
    name: "docker run -e",
    fn: (g, x) => {
      const p = g.project();
      return `docker run -d --rm --name ${p} \\\n  -p 8080:8080 \\\n  -e LOG_LEVEL=info \\\n${pairsOf(x).map(([k, v]) => `  -e ${k}=${shq(v)} \\\n`).join("")}  ghcr.io/${g.domain().split(".")[0]}/${p}:${g.ver()}\n`;
    },
  },
  {
    name: "curl with auth header",
    http: true,
    fn: (g, x) => {
      if (x.kind === "hook") return `curl -sS -X POST -H 'Content-Type: application/json' \\\n  --data '{"text":"deploy ${g.ver()} finished"}' \\\n  '${x.v}'\n`;
      const a = authOf(x);
      return `curl -sS -X POST 'https://${x.host}${x.path}' \\\n  ${a.curl} \\\n  -H 'Content-Type: application/json' \\\n  -d '${apiBody(g)}'\n`;
    },
  },
  {
    name: "raw HTTP request",
    http: true,
    fn: (g, x) => {
      const body = x.kind === "hook" ? J({ text: `Build #${g.range(100, 9999)} passed` }) : apiBody(g);
      if (x.kind === "hook") {
        const u = splitUrl(x.v);
        return `POST ${u.path} HTTP/1.1\r\nHost: ${u.host}\r\nUser-Agent: python-requests/2.32.3\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
      }
      const a = authOf(x);
      return `POST ${x.path} HTTP/1.1\r\nHost: ${x.host}\r\nUser-Agent: ${g.pick(["python-requests/2.32.3", "axios/1.7.7", "Go-http-client/2.0", "okhttp/4.12.0"])}\r\nAccept: application/json\r\nContent-Type: application/json\r\n${a.name}: ${a.value}\r\nX-Request-Id: ${g.uuid()}\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    },
  },
  {
    name: "URL query string in a request log",
    needQ: true,
    fn: (g, x) => {
      const url = x.kind === "hook" ? x.v : `https://${x.host}${x.path}?${x.q}=${encodeURIComponent(x.v)}&${g.pick(["limit=50", "page=2", "format=json", "units=metric"])}`;
      return `${g.iso()} INFO  [${g.project()}] httpx: HTTP Request: ${x.kind === "hook" ? "POST" : "GET"} ${url} "HTTP/1.1 200 OK"\n${g.iso()} INFO  [${g.project()}] fetched ${g.range(1, 400)} records in ${g.range(80, 900)}ms trace_id=${g.h(32)}\n`;
    },
  },
  {
    name: "form-urlencoded body",
    fn: (g, x) => {
      const fields = pairsOf(x).map(([k, v]) => `${k === x.env && x.secret ? formField(k) : restSnake(k)}=${encodeURIComponent(v)}`);
      const toProvider = x.http && x.kind === "tok" && /CLIENT_SECRET$/.test(x.env);
      const head = toProvider
        ? `POST /oauth/token HTTP/1.1\r\nHost: ${x.host}\r\n`
        : `POST /admin/integrations/${svc(x.env)} HTTP/1.1\r\nHost: admin.${g.domain()}\r\nCookie: _ga=GA1.1.${g.d(9)}.${g.epoch()}\r\n`;
      const body = (toProvider ? ["grant_type=client_credentials", ...fields] : [...fields, "enabled=on", `environment=${g.pick(["production", "staging"])}`]).join("&");
      return `${head}Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    },
  },
  {
    name: "multipart upload of an env file",
    fn: (g, x) => {
      const b = `----WebKitFormBoundary${g.a(16)}`;
      return `POST /api/v1/snippets HTTP/1.1\r\nHost: paste.${g.domain()}\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n--${b}\r\nContent-Disposition: form-data; name="title"\r\n\r\n${g.project()} env for debugging\r\n--${b}\r\nContent-Disposition: form-data; name="file"; filename=".env.${g.pick(["staging", "production", "local"])}"\r\nContent-Type: application/octet-stream\r\n\r\n${envFile(g, x)}\r\n--${b}--\r\n`;
    },
  },
  {
    name: "JSON config file",
    fn: (g, x) => J2({ service: { name: g.project(), port: g.pick([8080, 3000, 9000]) }, ...nest(pairsOf(x)), logging: { level: "info", json: true }, build: { commit: g.sha() } }) + "\n",
  },
  {
    name: "YAML config (application.yml)",
    fn: (g, x) => `# ${comment(g, x)}\nserver:\n  port: 8080\nspring:\n  application:\n    name: ${g.project()}\n${yamlMap(nest(pairsOf(x)))}\nlogging:\n  level:\n    root: INFO\n`,
  },
  {
    name: "TOML config",
    fn: (g, x) => {
      const n = nest(pairsOf(x));
      const sections = Object.entries(n).map(([s, m]) => `[${s}]\n${Object.entries(m).map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase())} = ${J(v)}`).join("\n")}`);
      return `# ${g.project()} settings\n[server]\nhost = "0.0.0.0"\nport = ${g.pick([8000, 8080])}\nworkers = ${g.range(2, 8)}\n\n${sections.join("\n\n")}\n\n[telemetry]\nenabled = true\n`;
    },
  },
  {
    name: "INI config",
    fn: (g, x) => {
      const n = nest(pairsOf(x));
      const sections = Object.entries(n).map(([s, m]) => `[${s}]\n${Object.entries(m).map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase())} = ${v}`).join("\n")}`);
      return `; ${comment(g, x)}\n[app]\nname = ${g.project()}\ndebug = false\n\n${sections.join("\n\n")}\n`;
    },
  },
  {
    name: "Java .properties",
    fn: (g, x) =>
      `# ${comment(g, x)}\nspring.application.name=${g.project()}\nserver.port=8080\n${pairsOf(x).map(([k, v]) => `${svc(k)}.${restKebab(k)}=${v}`).join("\n")}\nmanagement.endpoints.web.exposure.include=health,info\n`,
  },
  {
    name: "HCL terraform.tfvars",
    fn: (g, x) =>
      `# ${comment(g, x)}\nproject     = "${g.project()}"\nregion      = "${g.region()}"\nenvironment = "${g.pick(["prod", "staging"])}"\n\n${pairsOf(x).map(([k, v]) => `${k.toLowerCase()} = ${J(v)}`).join("\n")}\n\ntags = {\n  owner = "platform"\n}\n`,
  },
  {
    name: "XML app.config",
    fn: (g, x) =>
      `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <!-- ${comment(g, x)} -->\n  <appSettings>\n    <add key="Environment" value="Production" />\n${pairsOf(x).map(([k, v]) => `    <add key="${pascal(k.split("_"))}" value="${xml(v)}" />`).join("\n")}\n  </appSettings>\n  <system.web>\n    <compilation debug="false" targetFramework="4.8" />\n  </system.web>\n</configuration>\n`,
  },
  {
    name: "Python code",
    fn: (g, x) => {
      const own = pairsOf(x).map(([k, v]) => `${k} = os.environ.get(${J(k)}, ${J(v)})`).join("\n");
      const client = x.kind === "tok" && x.http && x.h !== "basic" ? `\nsession = requests.Session()\nsession.headers[${J(authOf(x).name)}] = ${J(authOf(x).value.replace(x.v, "{}"))}.format(${x.env})\n` : "";
      return `import os\n\nimport requests\n\n# ${comment(g, x)}\n${own}\n${client}\n\ndef fetch(path: str) -> dict:\n    resp = ${client ? "session" : "requests"}.get(f"https://${x.host}{path}", timeout=30)\n    resp.raise_for_status()\n    return resp.json()\n`;
    },
  },
  {
    name: "TypeScript code",
    fn: (g, x) =>
      `// ${comment(g, x)}\nexport const config = {\n  env: process.env.NODE_ENV ?? "development",\n${pairsOf(x).map(([k, v]) => `  ${camel(k.split("_"))}: process.env.${k} ?? ${J(v)},`).join("\n")}\n} as const;\n\nexport type Config = typeof config;\n`,
  },
  {
    name: "Go code",
    fn: (g, x) => {
      const consts = pairsOf(x).map(([k, v]) => `\tdefault${pascal(k.split("_"))} = ${J(v)}`).join("\n");
      const P = pascal(x.env.split("_"));
      return `package config\n\nimport "os"\n\n// ${comment(g, x)}\nconst (\n${consts}\n)\n\nfunc ${P}() string {\n\tif v := os.Getenv(${J(x.env)}); v != "" {\n\t\treturn v\n\t}\n\treturn default${P}\n}\n`;
    },
  },
  {
    name: "Java code",
    fn: (g, x) =>
      `package com.${g.domain().split(".")[0]!.replace(/-/g, "")}.${g.project().replace(/-/g, "")};\n\npublic final class ${x.secret ? "Credentials" : "BuildInfo"} {\n    // ${comment(g, x)}\n${pairsOf(x).map(([k, v]) => `    public static final String ${k} = ${J(v)};`).join("\n")}\n\n    private ${x.secret ? "Credentials" : "BuildInfo"}() {}\n}\n`,
  },
  {
    name: "Ruby initializer",
    reject: /#[$@{]/,
    fn: (g, x) =>
      `# config/initializers/${svc(x.env)}.rb\n# ${comment(g, x)}\n${pairsOf(x).map(([k, v]) => `Rails.application.config.x.${svc(k)}.${restSnake(k)} = ENV.fetch(${J(k)}, ${J(v)})`).join("\n")}\n`,
  },
  {
    name: "PHP config array",
    fn: (g, x) =>
      `<?php\n\n// config/services.php — ${comment(g, x)}\nreturn [\n    '${svc(x.env)}' => [\n${pairsOf(x).map(([k, v]) => `        '${restSnake(k)}' => env('${k}', '${v}'),`).join("\n")}\n    ],\n];\n`,
  },
  {
    name: "C# startup code",
    fn: (g, x) =>
      `var builder = WebApplication.CreateBuilder(args);\n\n// ${comment(g, x)}\n${pairsOf(x).map(([k, v]) => `builder.Configuration["${pascal([svc(k)])}:${pascal(restParts(k))}"] = ${J(v)};`).join("\n")}\n\nvar app = builder.Build();\napp.MapGet("/healthz", () => "ok");\napp.Run();\n`,
  },
  {
    name: "Rust code",
    fn: (g, x) =>
      `use std::env;\n\n// ${comment(g, x)}\n${pairsOf(x).map(([k, v]) => `const DEFAULT_${k}: &str = ${J(v)};`).join("\n")}\n\nfn setting(name: &str, default: &str) -> String {\n    env::var(name).unwrap_or_else(|_| default.to_string())\n}\n\nfn main() {\n    let value = setting(${J(x.env)}, DEFAULT_${x.env});\n    println!("loaded {} bytes", value.len());\n}\n`,
  },
  {
    name: "Kotlin build.gradle.kts buildConfigField",
    reject: /[$"]/,
    fn: (g, x, ns = `com.${g.domain().split(".")[0]!.replace(/-/g, "")}.app`) =>
      `android {\n    namespace = "${ns}"\n    defaultConfig {\n        applicationId = "${ns}"\n        minSdk = 26\n        versionName = "${g.ver()}"\n        // ${comment(g, x)}\n${pairsOf(x).map(([k, v]) => `        buildConfigField("String", "${k}", "\\"${v}\\"")`).join("\n")}\n    }\n}\n`,
  },
  {
    name: "Swift constants (iOS)",
    fn: (g, x) =>
      `import Foundation\n\nenum ${x.secret ? "AppSecrets" : "AppConfig"} {\n    // ${comment(g, x)}\n${pairsOf(x).map(([k, v]) => `    static let ${camel(k.split("_"))} = ${J(v)}`).join("\n")}\n}\n`,
  },
  {
    name: "PowerShell session",
    fn: (g, x, p = g.project()) =>
      `PS C:\\src\\${p}> ${pairsOf(x).map(([k, v]) => `$env:${k} = '${v}'`).join("\nPS C:\\src\\" + p + "> ")}\nPS C:\\src\\${p}> dotnet run --project src/Worker\nBuilding...\ninfo: Worker[0] Worker running at: ${g.iso()}\n`,
  },
  {
    name: "GitHub Actions log",
    fn: (g, x) => {
      const ts = g.iso().slice(0, 19);
      const sha = g.sha();
      const lines = [
        `##[group]Run ./scripts/deploy.sh ${g.pick(["staging", "production"])}`,
        `./scripts/deploy.sh staging`,
        `shell: /usr/bin/bash -e {0}`,
        `env:`,
        `  IMAGE_TAG: ${g.h(7)}`,
        ...pairsOf(x).map(([k, v]) => `  ${k}: ${v}`),
        `##[endgroup]`,
        `+ echo 'Deploying commit ${sha}'`,
        `Deploying commit ${sha}`,
      ];
      return lines.map((l, i) => `${ts}.${String(1000000 + i * 137).slice(1)}Z ${l}`).join("\n") + "\n";
    },
  },
  {
    name: "zsh history",
    fn: (g, x) => {
      let t = g.epoch();
      const cmds = [`cd ~/src/${g.project()}`, `git pull --rebase`, ...pairsOf(x).map(([k, v]) => `export ${k}=${shq(v)}`), `make run`, `git status`];
      return cmds.map((c) => `: ${(t += g.range(3, 200))}:0;${c}`).join("\n") + "\n";
    },
  },
  {
    name: "Python crash report with locals",
    fn: (g, x) => {
      const p = g.project().replace(/-/g, "_");
      const kw = pairsOf(x).map(([k, v]) => `${k.toLowerCase()}='${v}'`).join(", ");
      return `Traceback (most recent call last):\n  File "/app/${p}/worker.py", line ${g.range(40, 300)}, in run\n    client = build_client(settings)\n  File "/app/${p}/clients.py", line ${g.range(10, 90)}, in build_client\n    raise UpstreamError(f"handshake failed: {resp.status_code}")\n${p}.errors.UpstreamError: handshake failed: 503\n\nLocal variables in build_client:\n  settings = Settings(env='production', ${kw}, timeout=30)\n  resp = <Response [503]>\n  attempt = ${g.range(1, 5)}\n\nrequest_id=${g.uuid()} host=${g.project()}-${g.l(5)}\n`;
    },
  },
  {
    name: "Jupyter notebook JSON",
    fn: (g, x) =>
      J2({
        cells: [
          { cell_type: "markdown", metadata: {}, source: ["## Load data\n"] },
          { cell_type: "code", execution_count: g.range(1, 9), metadata: {}, outputs: [], source: ["import os\n", "import pandas as pd\n", ...pairsOf(x).map(([k, v]) => `os.environ[${J(k)}] = ${J(v)}\n`), `df = pd.read_parquet("s3://${g.project()}-lake/events/")\n`] },
        ],
        metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } },
        nbformat: 4,
        nbformat_minor: 5,
      }),
  },
  {
    name: "unified diff",
    fn: (g, x) => {
      const f = g.pick(["config/.env.production", ".env.staging", "deploy/app.env"]);
      const own = pairsOf(x).map(([k, v]) => `+${k}=${envq(v)}`);
      return `diff --git a/${f} b/${f}\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/${f}\n+++ b/${f}\n@@ -2,5 +2,${5 + own.length} @@\n LOG_LEVEL=info\n PORT=8080\n APP_ENV=production\n${own.join("\n")}\n WORKER_CONCURRENCY=4\n RELEASE=${g.ver()}\n`;
    },
  },
  {
    name: "chat hand-over message",
    fn: (g, x) =>
      `${g.say(HANDOVER)}\n\n${pairsOf(x).map(([k, v]) => `- ${k}: \`${v}\``).join("\n")}\n- branch: \`${g.pick(["main", "feat/" + g.project(), "release/" + g.ver()])}\` @ ${g.h(7)}\n`,
  },
  {
    name: "Kubernetes Secret / ConfigMap manifest",
    fn: (g, x) => {
      const asB64 = x.secret && g.chance(0.5);
      const kind = x.secret ? "Secret" : "ConfigMap";
      const field = asB64 ? "data" : x.secret ? "stringData" : "data";
      const entries = pairsOf(x).map(([k, v]) => `  ${k}: ${asB64 ? b64(v) : J(v)}`).join("\n");
      return `apiVersion: v1\nkind: ${kind}\nmetadata:\n  name: ${g.project()}-env\n  namespace: ${g.pick(["default", "prod", "apps", "staging"])}\n${x.secret ? "type: Opaque\n" : ""}${field}:\n${entries}\n`;
    },
  },
  {
    name: "Dockerfile ENV",
    reject: /\$/,
    fn: (g, x) =>
      `FROM ${g.pick(["python:3.12-slim", "node:22-alpine", "golang:1.23 AS build", "eclipse-temurin:21-jre"])}\nWORKDIR /app\nCOPY . .\n# ${comment(g, x)}\n${pairsOf(x).map(([k, v]) => `ENV ${k}=${envq(v)}`).join("\n")}\nEXPOSE 8080\nCMD ["./start.sh"]\n`,
  },
  {
    name: "SQL seed insert",
    fn: (g, x) => {
      const cols = pairsOf(x).map(([k]) => restSnake(k));
      const vals = pairsOf(x).map(([, v]) => `'${v}'`);
      return `-- seed: ${svc(x.env)} integration for tenant ${g.uuid()}\nINSERT INTO integrations (id, provider, ${cols.join(", ")}, created_at)\nVALUES ('${g.uuid()}', '${svc(x.env)}', ${vals.join(", ")}, now())\nON CONFLICT (provider) DO UPDATE SET updated_at = now();\n`;
    },
  },
  {
    name: "Markdown setup doc",
    fn: (g, x) =>
      `## ${g.pick(["Local setup", "Running the worker", "Configuration", "Getting started"])}\n\n${g.say(HANDOVER)}\n\n\`\`\`bash\n${pairsOf(x).map(([k, v]) => `export ${k}=${shq(v)}`).join("\n")}\n${g.pick(["npm run dev", "make run", "poetry run python -m app", "go run ./cmd/server"])}\n\`\`\`\n\nThen open http://localhost:8080/healthz.\n`,
  },
  {
    name: "GitHub Actions workflow env",
    fn: (g, x) =>
      `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n${pairsOf(x).map(([k, v]) => `      ${k}: ${J(v)}`).join("\n")}\n    steps:\n      - uses: actions/checkout@${g.sha()} # v4\n      - run: ./scripts/deploy.sh\n`,
  },
  {
    name: "systemd unit Environment=",
    reject: /["%\\]/,
    fn: (g, x, p = g.project()) =>
      `[Unit]\nDescription=${p} worker\nAfter=network-online.target\n\n[Service]\nUser=app\n${pairsOf(x).map(([k, v]) => `Environment="${k}=${v}"`).join("\n")}\nExecStart=/usr/local/bin/${p} --config /etc/${p}/config.toml\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n`,
  },
  {
    name: "HAR entry",
    http: true,
    fn: (g, x) => {
      const hook = x.kind === "hook";
      const a = hook ? undefined : authOf(x);
      const url = hook ? x.v : `https://${x.host}${x.path}`;
      const headers = [{ name: "Accept", value: "application/json" }, ...(a ? [{ name: a.name, value: a.value }] : []), { name: "User-Agent", value: "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/537.36" }];
      return J2({ log: { version: "1.2", creator: { name: "WebInspector", version: "537.36" }, entries: [{ startedDateTime: g.iso(), time: g.range(30, 900), request: { method: hook ? "POST" : "GET", url, httpVersion: "HTTP/2", headers, queryString: [], cookies: [], headersSize: -1, bodySize: 0 }, response: { status: 200, statusText: "", httpVersion: "HTTP/2", headers: [{ name: "x-request-id", value: g.uuid() }], content: { size: 0, mimeType: "application/json" } } }] } });
    },
  },
  {
    name: "devtools Copy as fetch",
    http: true,
    fn: (g, x) => {
      if (x.kind === "hook") return `fetch(${J(x.v)}, {\n  "headers": { "content-type": "application/json" },\n  "body": ${J(J({ text: "hello from staging" }))},\n  "method": "POST"\n});\n`;
      const a = authOf(x);
      return `fetch("https://${x.host}${x.path}", {\n  "headers": {\n    "accept": "application/json",\n    ${J(a.name.toLowerCase())}: ${J(a.value)},\n    "content-type": "application/json"\n  },\n  "body": ${J(apiBody(g))},\n  "method": "POST",\n  "mode": "cors"\n});\n`;
    },
  },
  {
    name: "GraphQL mutation variables",
    fn: (g, x) =>
      J({
        operationName: "UpsertIntegration",
        query: "mutation UpsertIntegration($input: IntegrationInput!) { upsertIntegration(input: $input) { id status } }",
        variables: { input: { provider: svc(x.env), workspaceId: g.uuid(), ...Object.fromEntries(pairsOf(x).map(([k, v]) => [camel(restParts(k)), v])) } },
      }),
  },
  {
    name: "structured JSON log (config dump)",
    fn: (g, x) => J({ ts: g.iso(), level: "debug", logger: "config", msg: "effective configuration", trace_id: g.h(32), span_id: g.h(16), config: { env: "production", ...nest(pairsOf(x)) } }) + "\n",
  },
  {
    name: "ps aux output",
    fn: (g, x) => {
      const args = pairsOf(x).map(([k, v]) => `--${k.toLowerCase().replace(/_/g, "-")}=${v}`).join(" ");
      return `USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\nroot           1  0.0  0.0   4412  3200 ?        Ss   09:12   0:00 /sbin/tini -- /entrypoint.sh\napp           ${g.range(7, 99)}  ${g.range(1, 40)}.${g.range(0, 9)}  2.1 812344 98120 ?        Sl   09:12   3:41 /usr/local/bin/${g.project()} ${args} --port 8080\napp          ${g.range(100, 400)}  0.0  0.0   2580   900 pts/0    R+   11:03   0:00 ps aux\n`;
    },
  },
  {
    name: "GitLab CI variables",
    reject: /\$/,
    fn: (g, x) =>
      `stages: [test, deploy]\n\nvariables:\n  DOCKER_DRIVER: overlay2\n${pairsOf(x).map(([k, v]) => `  ${k}: ${J(v)}`).join("\n")}\n\ndeploy:\n  stage: deploy\n  image: alpine:3.20\n  script:\n    - ./deploy.sh ${g.pick(["staging", "production"])}\n  only: [main]\n`,
  },
];

// ---------------------------------------------------------------------------------------------
// building cases

function accepts(r: Renderer, x: Slot): boolean {
  if (x.only && !x.only.test(r.name)) return false;
  if (r.http && !x.http) return false;
  if (r.needQ && !(x.q || x.kind === "hook")) return false;
  if (r.reject && pairsOf(x).some(([, v]) => r.reject!.test(v))) return false;
  return true;
}

function forms(x: Slot): string[] {
  const v = x.v;
  const once = J(v).slice(1, -1);
  const out = [v, once, J(once).slice(1, -1), encodeURIComponent(v), b64(v), xml(v)];
  if (x.h === "basic") out.push(b64(x.cred));
  return out;
}

export interface BuildOpts {
  seed: number;
  /** id prefix, e.g. "y144-c-" */
  prefix: string;
  specs: Spec[];
  label: "positive" | "benign";
  /** start the rotation at this renderer */
  start?: number;
}

export const catOf = (c: Cat) => `heldouty144-sec-${c}`;
export const BENIGN = "heldouty144-benign";
export const pad = (n: number) => String(n).padStart(3, "0");

/** Rotate the specs round-robin through the renderers (skipping a renderer that cannot carry the
 *  slot, preferring the least-used one), one seeded stream per file. */
export function build(o: BuildOpts): CorpusCase[] {
  const g = new Gen(o.seed);
  const used = RENDERERS.map(() => 0);
  let ptr = o.start ?? 0;
  return o.specs.map((s, i) => {
    const v = s.v(g);
    const extra = s.x ? s.x(g) : [];
    const kind = s.kind ?? "tok";
    const x: Slot = {
      p: s.p,
      env: s.env,
      v,
      extra,
      secret: o.label === "positive" || !!s.sn,
      kind,
      http: !s.nh && kind !== "dsn",
      h: s.h ?? "Authorization: Bearer ",
      cred: s.u?.startsWith("*") ? `${v}:${s.u.slice(1)}` : `${s.u === "@0" ? (extra[0]?.[1] ?? "api") : (s.u ?? "api")}:${v}`,
      q: s.q,
      host: s.host ?? (extra.map(([, e]) => /^https:\/\/([^/:]+)/.exec(e)?.[1]).find(Boolean) || `api.${svc(s.env)}.com`),
      path: s.path ?? g.pick(["/v1/me", "/v1/status", "/v2/items", "/v1/events", "/api/v1/projects"]),
      only: s.only,
    };
    let best = -1;
    for (let k = 0; k < RENDERERS.length; k++) {
      const ri = (ptr + k) % RENDERERS.length;
      if (!accepts(RENDERERS[ri]!, x)) continue;
      if (best < 0 || used[ri]! < used[best]!) best = ri;
    }
    if (best < 0) throw new Error(`${o.prefix}${pad(i + 1)}: no renderer accepts this slot`);
    const r = RENDERERS[best]!;
    used[best]!++;
    ptr = best + 1;
    const text = r.fn(g, x);
    if (!forms(x).some((f) => text.includes(f))) throw new Error(`${o.prefix}${pad(i + 1)}: value not in rendered text (${r.name})`);
    return {
      id: `${o.prefix}${pad(i + 1)}`,
      kind: "secrets" as const,
      category: o.label === "positive" ? catOf(s.cat) : BENIGN,
      label: o.label,
      text,
      note: `${s.p}; slot ${s.env}; context: ${r.name}`,
    };
  });
}

/** How often each renderer was used (for the README); not used by the loader. */
export function rendererNames(): string[] {
  return RENDERERS.map((r) => r.name);
}
