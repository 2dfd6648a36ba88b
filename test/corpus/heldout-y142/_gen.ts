// heldout-y142 generator: the seeded token builder (Gen) and the outbound-context renderers shared by
// the *.cases.ts files of this set. Skipped by the loader (the name does not end in .cases.ts).
// Every credential-shaped value is assembled at run time from a split prefix and a body drawn from a
// fixed-seed SeededRng, so the repository never holds a literal credential and the output is
// deterministic.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const LAN = "abcdefghijklmnopqrstuvwxyz0123456789";
export const UAN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LOW = "abcdefghijklmnopqrstuvwxyz";
export const HEX = "0123456789abcdef";
export const UHEX = "0123456789ABCDEF";
export const DIG = "0123456789";
export const B64 = `${AN}+/`;
export const B64U = `${AN}-_`;
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const CROCK = "0123456789abcdefghjkmnpqrstvwxyz";
export const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

const ADJ = ["calm", "brave", "rapid", "silent", "lucky", "misty", "quiet", "bold", "sunny", "wild", "tiny", "polished"];
const NOUN = ["river", "falcon", "meadow", "otter", "harbor", "comet", "willow", "canyon", "badger", "pine", "lagoon", "ember"];
const DOMAINS = [
  "acme-shop.dev", "lumenhq.io", "kitebase.app", "northwind.store", "pixelpost.co", "trailmix.dev",
  "orbit-notes.com", "brightdesk.io", "fernwood.studio", "quokka.tools", "saltflat.shop", "tidepool.app",
];
const APPS = ["storefront", "dashboard", "marketing-site", "edge-api", "docs", "checkout", "studio", "web", "admin", "landing"];

export class Gen extends SeededRng {
  /** Concatenate parts (prefixes are written split in the source). */
  j(...parts: string[]): string {
    return parts.join("");
  }
  an(n: number): string { return this.str(n, AN); }
  lan(n: number): string { return this.str(n, LAN); }
  uan(n: number): string { return this.str(n, UAN); }
  low(n: number): string { return this.str(n, LOW); }
  hex(n: number): string { return this.str(n, HEX); }
  uhex(n: number): string { return this.str(n, UHEX); }
  dig(n: number): string { return this.str(1, "123456789") + this.str(n - 1, DIG); }
  b64s(n: number): string { return this.str(n, B64); }
  b64u(n: number): string { return this.str(n, B64U); }
  b32(n: number): string { return this.str(n, B32); }
  crock(n: number): string { return this.str(n, CROCK); }
  /** Standard base64 (with padding) of n random bytes. */
  b64bytes(n: number): string { return Buffer.from(this.bytes(n)).toString("base64"); }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${"89ab"[this.int(4)]}${h.slice(17, 20)}-${h.slice(20)}`;
  }
  epoch(): number { return 1_716_000_000 + this.int(24_000_000); }
  iso(): string { return new Date(this.epoch() * 1000 + this.int(1000)).toISOString(); }
  jwt(payload: Record<string, unknown>, alg = "HS256", sigLen = 43): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return `${enc({ alg, typ: "JWT" })}.${enc(payload)}.${this.b64u(sigLen)}`;
  }
  /** A PEM block whose body is `lead` followed by n random bytes, wrapped at 64. */
  pem(label: string, n: number, lead: Uint8Array = new Uint8Array()): string {
    const raw = Buffer.concat([Buffer.from(lead), Buffer.from(this.bytes(n))]).toString("base64");
    return `-----BEGIN ${label}-----\n${wrap(raw, 64)}\n-----END ${label}-----`;
  }
  domain(): string { return this.pick(DOMAINS); }
  app(): string { return this.pick(APPS); }
  slug(): string { return `${this.pick(ADJ)}-${this.pick(NOUN)}`; }
  ip(): string { return `${this.range(11, 220)}.${this.range(0, 255)}.${this.range(0, 255)}.${this.range(1, 254)}`; }
  /** A prose line: English three times in four, otherwise one of a dozen other languages. */
  say(pool: Prose): string {
    return this.int(4) === 0 ? this.pick(pool.xx) : this.pick(pool.en);
  }
}

export function wrap(s: string, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
  return out.join("\n");
}

export const b64 = (s: string) => Buffer.from(s).toString("base64");

// ---------------------------------------------------------------------------------------------
// Prose pools (about a quarter of the lines drawn are in another language)

export interface Prose { en: string[]; xx: string[] }

export const ASK: Prose = {
  en: [
    "The production build fails on Vercel with a 401 from the API. Here's the env file, can you see what's wrong?",
    "Can you help me wire this into the new server action? Current config below.",
    "Preview deploys work but production returns 500. Pasting the relevant config.",
    "Please refactor this so it reads everything from env — here's what we have now:",
    "Why does this work locally but not on the edge runtime?",
    "Can you double-check this config before I push to main?",
    "Auth errors started after the move to the app router, config is:",
    "Convert this to the format the new framework expects:",
  ],
  xx: [
    "¿Puedes revisar por qué falla el build en producción? Te pego el archivo:",
    "Kannst du dir ansehen, warum das Deployment fehlschlägt? Hier ist die Konfiguration:",
    "Peux-tu regarder pourquoi le déploiement échoue ? Voici le fichier :",
    "本番のビルドが失敗する理由を調べてもらえますか？設定ファイルを貼ります：",
    "Pode ver por que o deploy está falhando? Segue o arquivo:",
    "帮我看看为什么部署失败了？这是配置文件：",
    "Посмотри, почему падает деплой? Вот конфиг:",
    "Puoi controllare perché il deploy non va a buon fine? Ecco il file:",
    "배포가 왜 실패하는지 봐줄 수 있어? 설정 파일 붙여넣을게:",
    "Możesz sprawdzić, dlaczego wdrożenie się wywala? Oto plik:",
    "Deploy neden başarısız oluyor bakabilir misin? Dosyayı yapıştırıyorum:",
    "Kun je kijken waarom de deploy faalt? Hier is het bestand:",
  ],
};

export const HANDOVER: Prose = {
  en: [
    "Handing the checkout work over to you — prod values are below, please don't commit them.",
    "Here are the values for tonight's staging → prod cutover:",
    "You'll need these to finish the integration, they're the live ones:",
    "Rotating out tomorrow, but for now this is what production uses:",
  ],
  xx: [
    "Te paso esto para que termines la integración; son los valores de producción:",
    "Übergabe für heute Abend – hier die Produktionswerte, bitte nicht committen:",
    "Je te passe le relais pour le checkout, voici les valeurs de prod :",
    "引き継ぎです。本番の値を貼っておきます（コミットしないでください）：",
    "Passando pra você terminar a integração, esses são os valores de produção:",
    "交接一下，下面是生产环境的配置，别提交到仓库：",
    "Передаю тебе интеграцию, вот боевые значения, не коммить их:",
    "Ti passo il lavoro sul checkout, ecco i valori di produzione:",
    "인수인계합니다. 운영 값은 아래에 있어요, 커밋하지 마세요:",
    "Przekazuję ci integrację, poniżej wartości produkcyjne:",
    "Entegrasyonu sana devrediyorum, canlı değerler aşağıda:",
    "Ik draag de integratie aan je over, hier zijn de productiewaarden:",
  ],
};

export const NOTE: Prose = {
  en: ["Here are the values you asked for from the project settings:", "For the ticket — this is what the deploy is configured with:", "Copying the settings from the dashboard so we're looking at the same thing:"],
  xx: [
    "Aquí tienes los valores de la configuración del proyecto:",
    "Hier die Werte aus den Projekteinstellungen:",
    "Voici les valeurs des paramètres du projet :",
    "プロジェクト設定の値を貼っておきます：",
    "Seguem os valores das configurações do projeto:",
    "这是项目设置里的值：",
    "Вот значения из настроек проекта:",
    "Ecco i valori delle impostazioni del progetto:",
    "프로젝트 설정 값은 아래와 같아요:",
    "Oto wartości z ustawień projektu:",
    "Proje ayarlarındaki değerler şunlar:",
    "Hier zijn de waarden uit de projectinstellingen:",
  ],
};

export const COMMENT: Prose = {
  en: ["TODO: move to env before launch", "temporary until the secret store is wired up", "hotfix for prod, revert later", "copied from the dashboard"],
  xx: [
    "TODO: mover a variables de entorno antes del lanzamiento",
    "TODO: vor dem Launch in die Umgebungsvariablen verschieben",
    "TODO : déplacer dans les variables d'environnement",
    "TODO: リリース前に環境変数へ移す",
    "TODO: mover para variáveis de ambiente",
    "TODO：上线前移到环境变量",
    "TODO: вынести в переменные окружения",
    "TODO: spostare nelle variabili d'ambiente",
    "TODO: 출시 전에 환경 변수로 옮기기",
    "TODO: przenieść do zmiennych środowiskowych",
    "TODO: yayından önce ortam değişkenlerine taşı",
    "TODO: naar omgevingsvariabelen verplaatsen",
  ],
};

export const COMMIT: Prose = {
  en: ["wire up production config", "fix env for edge runtime", "add integration settings", "move config out of next.config"],
  xx: [
    "arreglar configuración de producción",
    "Produktionskonfiguration korrigiert",
    "corrige la config de prod",
    "本番設定を修正",
    "corrige configuração de produção",
    "修复生产环境配置",
    "исправил конфиг прода",
    "sistemata la configurazione di produzione",
    "운영 설정 수정",
    "poprawka konfiguracji produkcyjnej",
    "canlı ortam yapılandırması düzeltildi",
    "productieconfiguratie gerepareerd",
  ],
};

// ---------------------------------------------------------------------------------------------
// Specs and slots

export type Cat = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "observability" | "payment" | "saas" | "keys";
/** tok: a token (any context); url: a secret webhook URL; cfg: config-only (DSNs, SDK settings);
 *  bid: benign look-alike in a non-secret slot; ph: placeholder or mask; ref: secret-manager reference. */
export type Kind = "tok" | "url" | "cfg" | "bid" | "ph" | "ref";

export interface Spec {
  p: string;
  cat: Cat;
  env: string;
  v: (g: Gen) => string;
  /** What the value is, for the note. */
  d?: string;
  kind?: Kind;
  /** Header template: "Name: value" with {v} for the value and {b} for base64 basic credentials. */
  h?: string;
  /** Basic auth: true = user is the first companion value; "pre" = ":{v}"; "post" = "{v}:"; other string = literal user. */
  b?: boolean | string;
  /** Query parameter name for URL contexts. */
  q?: string;
  /** Endpoint; may hold {v} (token in the URL) and {u} (first companion). */
  api?: string;
  co?: (g: Gen) => [string, string][];
  /** Restrict to these renderers. */
  only?: string[];
}

export interface Slot {
  p: string;
  env: string;
  v: string;
  kind: Kind;
  h: string;
  b?: boolean | string;
  q: string;
  api: string;
  co: [string, string][];
}

export interface Renderer { name: string; ok: Kind[]; r: (g: Gen, s: Slot) => string }

const words = (env: string) => env.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
export const camel = (env: string) => words(env).map((w, i) => (i ? w[0]!.toUpperCase() + w.slice(1) : w)).join("");
export const pascal = (env: string) => words(env).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
export const snake = (env: string) => words(env).join("_");
export const kebab = (env: string) => words(env).join("-");
export const dots = (env: string) => words(env).join(".");
const jq = (v: string) => JSON.stringify(v);
const sq = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;
const xml = (v: string) => v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const phpq = (v: string) => `'${v.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
const envq = (v: string) => (/[\s#"'$`\\]/.test(v) ? jq(v) : v);
const pairs = (s: Slot): [string, string][] => [...s.co, [s.env, s.v]];

function basicCreds(s: Slot): string {
  const user = s.b === true ? s.co[0]?.[1] ?? "" : typeof s.b === "string" && s.b !== "pre" && s.b !== "post" ? s.b : "";
  if (s.b === "pre") return b64(`:${s.v}`);
  if (s.b === "post") return b64(`${s.v}:`);
  return b64(`${user}:${s.v}`);
}

/** The request URL: the webhook itself, or the endpoint with the token substituted. */
export function target(s: Slot): string {
  if (s.kind === "url") return s.v;
  return s.api.replace("{v}", s.v).replace("{u}", s.co[0]?.[1] ?? "");
}

/** The auth header, or null when the token travels in the URL. */
export function authHeader(s: Slot): [string, string] | null {
  if (s.kind === "url" || s.api.includes("{v}")) return null;
  const tmpl = s.b ? "Authorization: Basic {b}" : s.h;
  const i = tmpl.indexOf(": ");
  const name = tmpl.slice(0, i);
  const val = tmpl.slice(i + 2).replace("{v}", s.v).replace("{b}", s.b ? basicCreds(s) : "");
  return [name, val];
}

/** A JS object entry for the auth header, built from variables (vv: the value, uv: the basic user). */
function jsHeader(s: Slot, vv: string, uv: string): string | null {
  if (s.kind === "url" || s.api.includes("{v}")) return null;
  if (s.b) {
    const cred = s.b === "pre" ? `\`:\${${vv}}\`` : s.b === "post" ? `\`\${${vv}}:\`` : s.b === true ? `\`\${${uv}}:\${${vv}}\`` : `\`${s.b}:\${${vv}}\``;
    return `Authorization: \`Basic \${btoa(${cred})}\``;
  }
  const i = s.h.indexOf(": ");
  const name = s.h.slice(0, i);
  const [pre, post] = s.h.slice(i + 2).split("{v}") as [string, string];
  const key = /^[A-Za-z]+$/.test(name) ? name : jq(name);
  return `${key}: ${pre || post ? `\`${pre}\${${vv}}${post}\`` : vv}`;
}

function jsUrl(s: Slot, vv: string, uv: string): string {
  if (s.kind === "url") return vv;
  const u = s.api.replace("{v}", `\${${vv}}`).replace("{u}", `\${${uv}}`);
  return u.includes("${") ? `\`${u}\`` : jq(u);
}

const BODIES = [
  `{"query":"summer sale","limit":20}`,
  `{"event":"checkout.completed","orderId":"ord_2291"}`,
  `{"text":"Deploy finished: production is live"}`,
  `{"input":"Summarise the release notes for v2.4.0"}`,
  `{"email":"ops@example.com","name":"Ops"}`,
];

function filler(g: Gen, fw: string): string[] {
  const d = g.domain();
  switch (fw) {
    case "nuxt": return [`NUXT_PUBLIC_SITE_URL=https://${d}`, "NITRO_PRESET=vercel-edge"];
    case "svelte": return [`PUBLIC_BASE_URL=https://${d}`, `ORIGIN=https://${d}`];
    case "astro": return [`PUBLIC_SITE_URL=https://${d}`, "ASTRO_TELEMETRY_DISABLED=1"];
    case "worker": return ["ENVIRONMENT=production", `ALLOWED_ORIGIN=https://${d}`];
    default: return [`NEXT_PUBLIC_SITE_URL=https://${d}`, "NEXT_TELEMETRY_DISABLED=1"];
  }
}

function envFile(g: Gen, s: Slot, fw = g.pick(["next", "nuxt", "svelte", "astro", "next"])): string {
  const f = filler(g, fw);
  const lines = [f[0]!, ...pairs(s).map(([k, v]) => `${k}=${envq(v)}`), f[1]!];
  if (g.int(2)) lines.unshift(`# ${s.p}`);
  return lines.join("\n");
}

function model(g: Gen): string {
  return g.pick(["gpt-4o", "gpt-4.1", "gpt-4o-mini", "o4-mini"]);
}

const ALL: Kind[] = ["tok", "url", "cfg", "bid", "ph", "ref"];
const NOREF: Kind[] = ["tok", "url", "cfg", "bid", "ph"];
const HTTP: Kind[] = ["tok", "url", "bid", "ph"];
const TOKISH: Kind[] = ["tok", "bid", "ph"];

// ---------------------------------------------------------------------------------------------
// Renderers: each returns the outbound text carrying the slot

export const RENDERERS: Renderer[] = [
  {
    name: "openai chat body, pasted .env.local",
    ok: ALL,
    r: (g, s) =>
      JSON.stringify({
        model: model(g),
        messages: [
          { role: "system", content: "You are a senior frontend engineer helping in a Next.js monorepo." },
          { role: "user", content: `${g.say(ASK)}\n\n\`\`\`env\n# apps/web/.env.local\n${envFile(g, s, "next")}\n\`\`\`` },
        ],
        temperature: 0.2,
      }),
  },
  {
    name: "anthropic messages body, pasted wrangler.toml",
    ok: ALL,
    r: (g, s) => {
      const dom = g.domain();
      const toml = [
        `name = "${g.app()}-edge"`,
        `main = "src/index.ts"`,
        `compatibility_date = "2024-${String(g.range(1, 12)).padStart(2, "0")}-${String(g.range(10, 28))}"`,
        `compatibility_flags = ["nodejs_compat"]`,
        "",
        "[vars]",
        `ENVIRONMENT = "production"`,
        ...pairs(s).map(([k, v]) => `${k} = ${jq(v)}`),
        "",
        "[[routes]]",
        `pattern = "api.${dom}/*"`,
        `zone_name = "${dom}"`,
      ].join("\n");
      return JSON.stringify({
        model: "claude-sonnet-4-20250514",
        max_tokens: 4096,
        messages: [{ role: "user", content: `${g.say(ASK)}\n\nwrangler.toml:\n\`\`\`toml\n${toml}\n\`\`\`` }],
      });
    },
  },
  {
    name: "anthropic tool_use write_file .env.production",
    ok: ALL,
    r: (g, s) =>
      JSON.stringify({
        model: "claude-sonnet-4-20250514",
        max_tokens: 8192,
        messages: [
          { role: "user", content: "Set up the production env file for the storefront so the deploy can run." },
          {
            role: "assistant",
            content: [
              { type: "text", text: "I'll write the production environment file with the values from the dashboard." },
              { type: "tool_use", id: `toolu_01${g.an(22)}`, name: "write_file", input: { path: "apps/storefront/.env.production", content: `${envFile(g, s)}\n` } },
            ],
          },
        ],
      }),
  },
  {
    name: "openai tool_calls arguments, vercel env add",
    ok: NOREF,
    r: (g, s) => {
      const cmd = pairs(s).map(([k, v]) => `printf '%s' ${sq(v)} | vercel env add ${k} production`).join(" && ");
      return JSON.stringify({
        model: model(g),
        messages: [
          { role: "user", content: "Push the new values to the Vercel project and redeploy." },
          {
            role: "assistant",
            content: null,
            tool_calls: [{ id: `call_${g.an(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: cmd, cwd: "/workspace/web" }) } }],
          },
        ],
        tools: [{ type: "function", function: { name: "run_shell", parameters: { type: "object", properties: { command: { type: "string" }, cwd: { type: "string" } } } } }],
      });
    },
  },
  {
    name: "MCP tools/call result, cat .dev.vars",
    ok: ALL,
    r: (g, s) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: g.range(3, 90),
        result: { content: [{ type: "text", text: `$ cat .dev.vars\n${envFile(g, s, "worker")}\n` }], isError: false },
      }),
  },
  {
    name: "shell exports",
    ok: ALL,
    r: (g, s) =>
      [`# ${g.say(COMMENT)}`, ...pairs(s).map(([k, v]) => `export ${k}=${v.startsWith("$") ? jq(v) : g.int(2) ? sq(v) : jq(v)}`), `pnpm --filter ${g.app()} dev`].join("\n"),
  },
  {
    name: "docker run -e",
    ok: NOREF,
    r: (g, s) =>
      [`docker run -d --name ${g.app()} -p 3000:3000 \\`, `  -e NODE_ENV=production \\`, ...pairs(s).map(([k, v]) => `  -e ${k}=${sq(v)} \\`), `  ghcr.io/${g.slug()}/${g.app()}:1.${g.range(0, 9)}.${g.range(0, 20)}`].join("\n"),
  },
  {
    name: "curl with auth header",
    ok: HTTP,
    r: (g, s) => {
      if (s.kind === "url") return `curl -sS -X POST -H 'Content-Type: application/json' \\\n  --data '${g.pick(BODIES)}' \\\n  '${s.v}'`;
      const h = authHeader(s);
      const cred = s.b ? [`  -u ${sq(Buffer.from(h![1].slice(6), "base64").toString())} \\`] : h ? [`  -H ${jq(`${h[0]}: ${h[1]}`)} \\`] : [];
      return [`curl -sS ${jq(target(s))} \\`, ...cred, `  -H 'Content-Type: application/json' \\`, `  --data '${g.pick(BODIES)}'`].join("\n");
    },
  },
  {
    name: "raw HTTP request",
    ok: HTTP,
    r: (g, s) => {
      const u = new URL(target(s));
      const body = g.pick(BODIES);
      const h = authHeader(s);
      return [
        `POST ${u.pathname}${u.search} HTTP/1.1`,
        `Host: ${u.host}`,
        `User-Agent: node-fetch/1.0 (+https://github.com/bitinn/node-fetch)`,
        ...(h ? [`${h[0]}: ${h[1]}`] : []),
        "Content-Type: application/json",
        `Content-Length: ${body.length}`,
        "",
        body,
      ].join("\r\n");
    },
  },
  {
    name: "URL query in a server log",
    ok: TOKISH,
    r: (g, s) => {
      const base = s.api.includes("{v}") ? target(s) : `${s.api}${s.api.includes("?") ? "&" : "?"}${s.q}=${encodeURIComponent(s.v)}`;
      return [
        ` ○ Compiling /api/search ...`,
        ` ✓ Compiled /api/search in ${g.range(200, 900)}ms`,
        `[${g.iso()}] fetch GET ${base} -> ${g.pick(["200", "401", "403", "429"])} in ${g.range(40, 900)}ms`,
        ` GET /api/search?q=shoes 200 in ${g.range(50, 1200)}ms`,
      ].join("\n");
    },
  },
  {
    name: "urlencoded form body",
    ok: TOKISH,
    r: (g, s) => {
      const fields = [["workspace", g.slug()], ...pairs(s).map(([k, v]) => [snake(k), v]), ["enabled", "true"]];
      const body = fields.map(([k, v]) => `${k}=${encodeURIComponent(v!)}`).join("&");
      const dom = g.domain();
      return [`POST /admin/integrations/${kebab(s.p)} HTTP/1.1`, `Host: admin.${dom}`, "Content-Type: application/x-www-form-urlencoded", `Origin: https://admin.${dom}`, `Referer: https://admin.${dom}/settings/integrations`, "", body].join("\n");
    },
  },
  {
    name: "multipart upload of .env.production",
    ok: ALL,
    r: (g, s) => {
      const bnd = `----WebKitFormBoundary${g.an(16)}`;
      return [
        `POST /api/v1/snippets HTTP/1.1`,
        `Host: paste.${g.domain()}`,
        `Content-Type: multipart/form-data; boundary=${bnd}`,
        "",
        `--${bnd}`,
        `Content-Disposition: form-data; name="title"`,
        "",
        "env for deploy debugging",
        `--${bnd}`,
        `Content-Disposition: form-data; name="file"; filename=".env.production"`,
        "Content-Type: application/octet-stream",
        "",
        envFile(g, s),
        `--${bnd}--`,
      ].join("\r\n");
    },
  },
  {
    name: "vercel.json env",
    ok: ALL,
    r: (g, s) =>
      JSON.stringify(
        {
          $schema: "https://openapi.vercel.sh/vercel.json",
          framework: "nextjs",
          regions: [g.pick(["iad1", "fra1", "sfo1", "hnd1"])],
          env: Object.fromEntries(pairs(s)),
          crons: [{ path: "/api/cron/revalidate", schedule: "0 */6 * * *" }],
        },
        null,
        2,
      ),
  },
  {
    name: "serverless.yml provider.environment",
    ok: ALL,
    r: (g, s) =>
      [
        `service: ${g.app()}-api`,
        "frameworkVersion: '3'",
        "provider:",
        "  name: aws",
        "  runtime: nodejs20.x",
        `  region: ${g.pick(["us-east-1", "eu-west-1", "ap-southeast-2"])}`,
        "  environment:",
        "    NODE_OPTIONS: --enable-source-maps",
        ...pairs(s).map(([k, v]) => `    ${k}: ${jq(v)}`),
        "functions:",
        "  api:",
        "    handler: src/handler.main",
        "    events:",
        "      - httpApi: '*'",
      ].join("\n"),
  },
  {
    name: "netlify.toml context environment",
    ok: ALL,
    r: (g, s) =>
      [
        "[build]",
        `  command = "pnpm build"`,
        `  publish = "dist"`,
        "",
        "[context.production.environment]",
        `  NODE_VERSION = "20"`,
        ...pairs(s).map(([k, v]) => `  ${k} = ${jq(v)}`),
        "",
        "[[redirects]]",
        `  from = "/api/*"`,
        `  to = "/.netlify/functions/:splat"`,
        "  status = 200",
      ].join("\n"),
  },
  {
    name: "INI settings file",
    ok: ALL,
    r: (g, s) =>
      [`; ${g.app()} settings.ini`, "[app]", `base_url = https://${g.domain()}`, "debug = false", "", `[${snake(s.p)}]`, ...pairs(s).map(([k, v]) => `${snake(k)} = ${v}`)].join("\n"),
  },
  {
    name: "Spring application-prod.properties",
    ok: ALL,
    r: (g, s) =>
      [`# application-prod.properties`, `server.port=8080`, `spring.application.name=${g.app()}-bff`, ...pairs(s).map(([k, v]) => `app.integrations.${dots(k)}=${v}`), "management.endpoints.web.exposure.include=health"].join("\n"),
  },
  {
    name: "terraform vercel_project_environment_variable",
    ok: ALL,
    r: (g, s) =>
      pairs(s)
        .map(([k, v]) =>
          [`resource "vercel_project_environment_variable" "${snake(k)}" {`, "  project_id = vercel_project.web.id", `  key        = ${jq(k)}`, `  value      = ${jq(v)}`, `  target     = ["production", "preview"]`, `  sensitive  = ${s.kind === "bid" ? "false" : "true"}`, "}"].join("\n"),
        )
        .join("\n\n"),
  },
  {
    name: "web.config appSettings XML",
    ok: ALL,
    r: (g, s) =>
      [
        `<?xml version="1.0" encoding="utf-8"?>`,
        "<configuration>",
        "  <appSettings>",
        `    <add key="SiteUrl" value="https://${g.domain()}" />`,
        ...pairs(s).map(([k, v]) => `    <add key="${k}" value="${xml(v)}" />`),
        "  </appSettings>",
        "  <system.webServer><httpErrors errorMode=\"Custom\" /></system.webServer>",
        "</configuration>",
      ].join("\n"),
  },
  {
    name: "Next.js route handler (TypeScript)",
    ok: NOREF,
    r: (g, s) => {
      const decl = pairs(s).map(([k, v]) => `const ${k} = process.env.${k} ?? ${jq(v)};`);
      const uv = s.co[0]?.[0] ?? s.env;
      if (s.kind === "cfg") {
        return [`// app/api/${kebab(s.p)}/route.ts`, `import { NextResponse } from "next/server";`, `import { createClient } from "@/lib/${kebab(s.p)}";`, "", ...decl, "", `export async function GET() {`, `  const client = createClient({ ${pairs(s).map(([k]) => `${camel(k)}: ${k}`).join(", ")} });`, "  return NextResponse.json(await client.status());", "}"].join("\n");
      }
      const h = jsHeader(s, s.env, uv);
      return [
        `// app/api/${kebab(s.p)}/route.ts`,
        `import { NextResponse } from "next/server";`,
        "",
        ...decl,
        "",
        "export async function POST(req: Request) {",
        "  const payload = await req.json();",
        `  const res = await fetch(${jsUrl(s, s.env, uv)}, {`,
        `    method: "POST",`,
        `    headers: { ${h ? `${h}, ` : ""}"Content-Type": "application/json" },`,
        "    body: JSON.stringify(payload),",
        "  });",
        "  return NextResponse.json(await res.json(), { status: res.status });",
        "}",
      ].join("\n");
    },
  },
  {
    name: "Next.js server action",
    ok: NOREF,
    r: (g, s) =>
      [
        `"use server";`,
        `// ${g.say(COMMENT)}`,
        `import { revalidatePath } from "next/cache";`,
        "",
        `const config = {`,
        ...pairs(s).map(([k, v]) => `  ${camel(k)}: ${jq(v)},`),
        "};",
        "",
        "export async function saveOrder(formData: FormData) {",
        `  const client = await getClient(config);`,
        `  await client.orders.create({ sku: String(formData.get("sku")) });`,
        `  revalidatePath("/orders");`,
        "}",
      ].join("\n"),
  },
  {
    name: "Cloudflare Worker (JavaScript)",
    ok: HTTP,
    r: (g, s) => {
      const uv = s.co[0] ? `env.${s.co[0][0]}` : "";
      const lines = pairs(s).map(([k, v]) => `    const ${camel(k)} = env.${k} || ${jq(v)};`);
      const h = jsHeader(s, camel(s.env), s.co[0] ? camel(s.co[0][0]) : uv);
      return [
        "export default {",
        "  async fetch(request, env, ctx) {",
        ...lines,
        `    const upstream = await fetch(${jsUrl(s, camel(s.env), s.co[0] ? camel(s.co[0][0]) : "")}, {`,
        `      method: "POST",`,
        `      headers: { ${h ? `${h}, ` : ""}"content-type": "application/json" },`,
        "      body: await request.text(),",
        "    });",
        "    return new Response(upstream.body, { status: upstream.status });",
        "  },",
        "};",
      ].join("\n");
    },
  },
  {
    name: "Next.js middleware forwarding a header",
    ok: TOKISH,
    r: (g, s) => {
      const h = authHeader(s);
      const name = h ? h[0].toLowerCase() : `x-${kebab(s.env)}`;
      const val = h ? h[1] : s.v;
      return [
        `import { NextResponse, type NextRequest } from "next/server";`,
        "",
        "export function middleware(request: NextRequest) {",
        "  const headers = new Headers(request.headers);",
        `  headers.set(${jq(name)}, ${jq(val)});`,
        `  return NextResponse.rewrite(new URL(request.nextUrl.pathname, "https://origin.${g.domain()}"), { request: { headers } });`,
        "}",
        "",
        `export const config = { matcher: ["/api/:path*"] };`,
      ].join("\n");
    },
  },
  {
    name: "Python settings module",
    ok: NOREF,
    r: (g, s) =>
      [
        "import os",
        "import httpx",
        "",
        `# ${g.say(COMMENT)}`,
        ...pairs(s).map(([k, v]) => `${k} = os.environ.get(${jq(k)}, ${jq(v)})`),
        "",
        "client = httpx.Client(timeout=10.0)",
        `SETTINGS = {${pairs(s).map(([k]) => `${jq(snake(k))}: ${k}`).join(", ")}}`,
      ].join("\n"),
  },
  {
    name: "Go config",
    ok: NOREF,
    r: (g, s) =>
      [
        "package config",
        "",
        `import "os"`,
        "",
        "func getenv(k, def string) string {",
        "\tif v := os.Getenv(k); v != \"\" {",
        "\t\treturn v",
        "\t}",
        "\treturn def",
        "}",
        "",
        "var (",
        ...pairs(s).map(([k, v]) => `\t${pascal(k)} = getenv(${jq(k)}, ${jq(v)})`),
        ")",
      ].join("\n"),
  },
  {
    name: "Ruby initializer",
    ok: NOREF,
    r: (g, s) =>
      [`# config/initializers/${snake(s.p)}.rb`, `# ${g.say(COMMENT)}`, "Rails.application.config.x.integrations = {", ...pairs(s).map(([k, v]) => `  ${snake(k)}: ENV.fetch(${jq(k)}, ${jq(v)}),`), "}"].join("\n"),
  },
  {
    name: "Laravel config/services.php",
    ok: NOREF,
    r: (g, s) =>
      ["<?php", "", "return [", `    '${snake(s.p)}' => [`, ...pairs(s).map(([k, v]) => `        '${snake(k)}' => env('${k}', ${phpq(v)}),`), "    ],", "];"].join("\n"),
  },
  {
    name: "C# Program.cs",
    ok: NOREF,
    r: (g, s) =>
      [
        "var builder = WebApplication.CreateBuilder(args);",
        `// ${g.say(COMMENT)}`,
        ...pairs(s).map(([k, v]) => `builder.Configuration[${jq(k)}] ??= ${jq(v)};`),
        "builder.Services.AddHttpClient();",
        "var app = builder.Build();",
        `app.MapGet("/health", () => "ok");`,
        "app.Run();",
      ].join("\n"),
  },
  {
    name: "Android build.gradle.kts buildConfigField",
    ok: NOREF,
    r: (g, s) =>
      [
        "android {",
        `    namespace = "dev.${snake(g.app())}.app"`,
        "    defaultConfig {",
        "        minSdk = 26",
        ...pairs(s).map(([k, v]) => `        buildConfigField("String", ${jq(k)}, ${jq(jq(v))})`),
        "    }",
        "    buildFeatures { buildConfig = true }",
        "}",
      ].join("\n"),
  },
  {
    name: "Rust config",
    ok: NOREF,
    r: (g, s) =>
      [
        "use std::env;",
        "",
        "pub struct Config {",
        ...pairs(s).map(([k]) => `    pub ${snake(k)}: String,`),
        "}",
        "",
        "pub fn load() -> Config {",
        "    Config {",
        ...pairs(s).map(([k, v]) => `        ${snake(k)}: env::var(${jq(k)}).unwrap_or_else(|_| ${jq(v)}.to_string()),`),
        "    }",
        "}",
      ].join("\n"),
  },
  {
    name: "nuxt.config.ts runtimeConfig",
    ok: NOREF,
    r: (g, s) =>
      [
        "export default defineNuxtConfig({",
        `  modules: ["@nuxt/image", "@pinia/nuxt"],`,
        "  runtimeConfig: {",
        ...pairs(s).map(([k, v]) => `    ${camel(k)}: ${jq(v)},`),
        `    public: { siteUrl: "https://${g.domain()}" },`,
        "  },",
        `  nitro: { preset: "cloudflare-pages" },`,
        "});",
      ].join("\n"),
  },
  {
    name: "SvelteKit +server.ts",
    ok: NOREF,
    r: (g, s) =>
      [
        `// src/routes/api/${kebab(s.p)}/+server.ts`,
        `import { env } from "$env/dynamic/private";`,
        `import { json } from "@sveltejs/kit";`,
        "",
        ...pairs(s).map(([k, v]) => `const ${camel(k)} = env.${k} ?? ${jq(v)};`),
        "",
        "export async function GET({ fetch }) {",
        `  return json({ ok: true, configured: Boolean(${camel(s.env)}) });`,
        "}",
      ].join("\n"),
  },
  {
    name: "Astro API endpoint",
    ok: NOREF,
    r: (g, s) =>
      [
        `// src/pages/api/${kebab(s.p)}.ts`,
        `import type { APIRoute } from "astro";`,
        "",
        ...pairs(s).map(([k, v]) => `const ${camel(k)} = import.meta.env.${k} ?? ${jq(v)};`),
        "",
        "export const POST: APIRoute = async ({ request }) => {",
        "  const data = await request.formData();",
        `  return new Response(JSON.stringify({ received: data.get("email") }), { status: 200 });`,
        "};",
      ].join("\n"),
  },
  {
    name: "GitHub Actions job log",
    ok: NOREF,
    r: (g, s) => {
      let ms = g.epoch() * 1000;
      const ts = () => new Date((ms += g.range(1, 900))).toISOString().replace("Z", "0000Z");
      return [
        `${ts()} ##[group]Run ./scripts/write-env.sh`,
        `${ts()} ./scripts/write-env.sh`,
        `${ts()} shell: /usr/bin/bash -e {0}`,
        `${ts()} ##[endgroup]`,
        ...pairs(s).map(([k, v]) => `${ts()} + echo '${k}=${v}' >> apps/web/.env.production`),
        `${ts()} + pnpm turbo run build --filter=web`,
        `${ts()} • Packages in scope: web`,
      ].join("\n");
    },
  },
  {
    name: "Vercel build log",
    ok: NOREF,
    r: (g, s) => {
      let t = g.range(36_000, 82_000) * 1000;
      const c = () => {
        t += g.range(40, 2500);
        const d = new Date(t);
        return `[${d.toISOString().slice(11, 23)}]`;
      };
      return [
        `${c()} Running build in Washington, D.C., USA (East) – iad1`,
        `${c()} Cloning github.com/${g.slug()}/${g.app()} (Branch: main, Commit: ${g.hex(7)})`,
        `${c()} Running "vercel build"`,
        `${c()} > node scripts/check-env.mjs`,
        ...pairs(s).map(([k, v]) => `${c()} [check-env] ${k}=${v}`),
        `${c()} ▲ Next.js 14.2.${g.range(3, 15)}`,
        `${c()}    Creating an optimized production build ...`,
      ].join("\n");
    },
  },
  {
    name: "Netlify deploy log",
    ok: NOREF,
    r: (g, s) => {
      let t = g.range(3_600, 40_000);
      const c = () => {
        t += g.range(0, 4);
        const h = Math.floor(t / 3600) % 12 || 12;
        return `${h}:${String(Math.floor(t / 60) % 60).padStart(2, "0")}:${String(t % 60).padStart(2, "0")} PM`;
      };
      return [
        `${c()}: Netlify Build`,
        `${c()}: ────────────────────────────────────────────────────────────────`,
        `${c()}: $ printenv | grep -v NETLIFY_`,
        ...pairs(s).map(([k, v]) => `${c()}: ${k}=${v}`),
        `${c()}: NODE_VERSION=20`,
        `${c()}: $ astro build`,
        `${c()}: [build] ${g.range(20, 90)} page(s) built in ${g.range(3, 40)}.${g.range(10, 99)}s`,
      ].join("\n");
    },
  },
  {
    name: "zsh history",
    ok: NOREF,
    r: (g, s) => {
      const t = g.epoch();
      const cmds = [
        "cd ~/code/" + g.app(),
        "pnpm install",
        ...pairs(s).map(([k, v]) => `export ${k}=${sq(v)}`),
        "pnpm dev",
        "git status",
      ];
      return cmds.map((c, i) => `: ${t + i * 7}:0;${c}`).join("\n");
    },
  },
  {
    name: "axios error dump in a Node crash",
    ok: NOREF,
    r: (g, s) => {
      const h = s.kind === "cfg" ? null : authHeader(s);
      const head = h ? `      ${/^[A-Za-z]+$/.test(h[0]) ? h[0] : `'${h[0]}'`}: '${h[1]}',` : "";
      const url = s.kind === "cfg" ? `https://api.${g.domain()}/internal/sync` : target(s);
      const extra = s.kind === "cfg" ? pairs(s).map(([k, v]) => `    ${camel(k)}: '${v}',`) : [];
      return [
        "node:internal/process/promises:289",
        "            triggerUncaughtException(err, true /* fromPromise */);",
        "            ^",
        "",
        `AxiosError: Request failed with status code ${g.pick(["401", "403", "500"])}`,
        "    at settle (/app/node_modules/axios/dist/node/axios.cjs:1966:12)",
        "    at IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3065:11) {",
        "  code: 'ERR_BAD_REQUEST',",
        "  config: {",
        `    url: '${url}',`,
        "    method: 'post',",
        ...extra,
        "    headers: Object [AxiosHeaders] {",
        "      Accept: 'application/json, text/plain, */*',",
        "      'Content-Type': 'application/json',",
        ...(head ? [head] : []),
        "    },",
        "  },",
        "}",
        "",
        "Node.js v20.11.1",
      ].join("\n");
    },
  },
  {
    name: "Python traceback with locals",
    ok: NOREF,
    r: (g, s) =>
      [
        "Traceback (most recent call last):",
        `  File "/srv/app/sync.py", line ${g.range(20, 200)}, in push_catalog`,
        "    resp.raise_for_status()",
        "    ─────────────────────────── locals ───────────────────────────",
        `      batch = <list len=${g.range(10, 500)}>`,
        ...pairs(s).map(([k, v]) => `      ${snake(k)} = '${v}'`),
        "      resp = <Response [401 Unauthorized]>",
        "httpx.HTTPStatusError: Client error '401 Unauthorized'",
      ].join("\n"),
  },
  {
    name: "Jupyter notebook cell",
    ok: NOREF,
    r: (g, s) =>
      JSON.stringify(
        {
          cells: [
            { cell_type: "markdown", metadata: {}, source: ["## Backfill product embeddings\n"] },
            {
              cell_type: "code",
              execution_count: g.range(1, 30),
              metadata: {},
              outputs: [],
              source: ["import os\n", ...pairs(s).map(([k, v]) => `os.environ[${jq(k)}] = ${jq(v)}\n`), "from app.jobs import backfill\n", "backfill(limit=500)"],
            },
          ],
          metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } },
          nbformat: 4,
          nbformat_minor: 5,
        },
        null,
        1,
      ),
  },
  {
    name: "git format-patch diff",
    ok: ALL,
    r: (g, s) => {
      const added = pairs(s).map(([k, v]) => `+${k}=${envq(v)}`);
      return [
        `From ${g.hex(40)} Mon Sep 17 00:00:00 2001`,
        `From: dev <dev@${g.domain()}>`,
        `Subject: [PATCH] ${g.say(COMMIT)}`,
        "",
        "---",
        " apps/web/.env.production | " + (added.length + 1) + " ++",
        "",
        "diff --git a/apps/web/.env.production b/apps/web/.env.production",
        `index ${g.hex(7)}..${g.hex(7)} 100644`,
        "--- a/apps/web/.env.production",
        "+++ b/apps/web/.env.production",
        `@@ -1,2 +1,${2 + added.length + 1} @@`,
        ` NEXT_PUBLIC_SITE_URL=https://${g.domain()}`,
        " NODE_ENV=production",
        "+# added by deploy script",
        ...added,
      ].join("\n");
    },
  },
  {
    name: "chat hand-over message",
    ok: ALL,
    r: (g, s) => [g.say(["tok", "url", "cfg"].includes(s.kind) ? HANDOVER : NOTE), "", ...pairs(s).map(([k, v]) => `• \`${k}\` = \`${v}\``), "", g.pick(["thanks!", "ping me if it breaks", "🙏", "gracias", "danke!", "merci"])].join("\n"),
  },
  {
    name: "Kubernetes Secret (base64 data)",
    ok: ["tok", "url", "cfg", "ph"],
    r: (g, s) =>
      [
        "apiVersion: v1",
        "kind: Secret",
        "metadata:",
        `  name: ${g.app()}-env`,
        "  namespace: web",
        "type: Opaque",
        "data:",
        ...pairs(s).map(([k, v]) => `  ${k}: ${b64(v)}`),
      ].join("\n"),
  },
  {
    name: "Helm values.yaml env",
    ok: ALL,
    r: (g, s) =>
      [
        "image:",
        `  repository: ghcr.io/${g.slug()}/${g.app()}`,
        `  tag: "2.${g.range(0, 9)}.${g.range(0, 9)}"`,
        "env:",
        "  - name: NODE_ENV",
        "    value: production",
        ...pairs(s).flatMap(([k, v]) => [`  - name: ${k}`, `    value: ${jq(v)}`]),
        "resources:",
        "  limits: { cpu: 500m, memory: 512Mi }",
      ].join("\n"),
  },
  {
    name: "Dockerfile ENV",
    ok: ALL,
    r: (g, s) =>
      ["FROM node:20-alpine AS build", "WORKDIR /app", "COPY package.json pnpm-lock.yaml ./", "RUN corepack enable && pnpm install --frozen-lockfile", "COPY . .", ...pairs(s).map(([k, v]) => `ENV ${k}=${jq(v)}`), "RUN pnpm build", `CMD ["node", "server.js"]`].join("\n"),
  },
  {
    name: "SQL seed insert",
    ok: ALL,
    r: (g, s) =>
      [
        "-- seed: integration settings for the demo workspace",
        "INSERT INTO integration_settings (workspace_id, provider, key, value, updated_at) VALUES",
        pairs(s)
          .map(([k, v]) => `  (${g.range(1, 400)}, '${snake(s.p)}', '${k}', '${v.replace(/'/g, "''")}', now())`)
          .join(",\n") + ";",
      ].join("\n"),
  },
  {
    name: "Markdown README setup section",
    ok: ALL,
    r: (g, s) =>
      [
        "## Local setup",
        "",
        "1. `pnpm install`",
        "2. Create `.env.local` in `apps/web` with:",
        "",
        "```bash",
        ...pairs(s).map(([k, v]) => `${k}=${envq(v)}`),
        "```",
        "",
        "3. `pnpm dev` and open http://localhost:3000",
      ].join("\n"),
  },
  {
    name: "HAR entry from devtools",
    ok: HTTP,
    r: (g, s) => {
      const u = target(s);
      const h = authHeader(s);
      const url = new URL(u);
      return JSON.stringify(
        {
          log: {
            version: "1.2",
            creator: { name: "WebInspector", version: "537.36" },
            entries: [
              {
                startedDateTime: g.iso(),
                time: g.range(30, 900),
                request: {
                  method: "POST",
                  url: u,
                  httpVersion: "http/2.0",
                  headers: [
                    { name: ":authority", value: url.host },
                    { name: "accept", value: "*/*" },
                    ...(h ? [{ name: h[0].toLowerCase(), value: h[1] }] : []),
                    { name: "content-type", value: "application/json" },
                  ],
                  queryString: [...url.searchParams].map(([name, value]) => ({ name, value })),
                  postData: { mimeType: "application/json", text: g.pick(BODIES) },
                },
                response: { status: g.pick([200, 401, 403]), statusText: "", headers: [{ name: "content-type", value: "application/json" }] },
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
    name: "browser console dump",
    ok: NOREF,
    r: (g, s) =>
      [
        "[HMR] connected",
        "[Fast Refresh] done in 184ms",
        "> window.__APP_CONFIG__",
        `{siteUrl: 'https://${g.domain()}', ${pairs(s).map(([k, v]) => `${camel(k)}: '${v}'`).join(", ")}, region: '${g.pick(["iad1", "fra1"])}'}`,
        "> ",
      ].join("\n"),
  },
  {
    name: "Next.js error overlay",
    ok: NOREF,
    r: (g, s) => {
      const ps = pairs(s);
      const n = g.range(8, 40);
      return [
        "Unhandled Runtime Error",
        `Error: ${g.pick(["401 Unauthorized", "Invalid credentials", "Request failed with status 403"])}`,
        "",
        "Source",
        `lib/${kebab(s.p)}.ts (${n + ps.length}:${g.range(3, 9)}) @ getClient`,
        "",
        `  ${n} | export function getClient() {`,
        `  ${n + 1} |   return createClient({`,
        ...ps.map(([k, v], i) => `${i === ps.length - 1 ? ">" : " "} ${n + 2 + i} |     ${camel(k)}: "${v}",`),
        `     |     ^`,
        `  ${n + 2 + ps.length} |   });`,
      ].join("\n");
    },
  },
  {
    name: "playwright.config.ts extraHTTPHeaders",
    ok: TOKISH,
    r: (g, s) => {
      const h = authHeader(s) ?? [`x-${kebab(s.env)}`, s.v];
      return [
        `import { defineConfig, devices } from "@playwright/test";`,
        "",
        "export default defineConfig({",
        `  testDir: "./e2e",`,
        "  use: {",
        `    baseURL: "https://staging.${g.domain()}",`,
        `    extraHTTPHeaders: { ${jq(h[0])}: ${jq(h[1])} },`,
        `    trace: "on-first-retry",`,
        "  },",
        `  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],`,
        "});",
      ].join("\n");
    },
  },
  {
    name: "cypress.env.json",
    ok: ALL,
    r: (g, s) => JSON.stringify({ baseUrl: `https://staging.${g.domain()}`, ...Object.fromEntries(pairs(s)), retries: 2 }, null, 2),
  },
  {
    name: "package.json scripts inline env",
    ok: NOREF,
    r: (g, s) =>
      JSON.stringify(
        {
          name: `@${g.slug()}/${g.app()}`,
          private: true,
          scripts: {
            dev: "next dev --turbo",
            build: "next build",
            "deploy:prod": `${pairs(s).map(([k, v]) => `${k}=${sq(v)}`).join(" ")} vercel deploy --prod`,
          },
          dependencies: { next: "14.2.5", react: "18.3.1" },
        },
        null,
        2,
      ),
  },
  {
    name: "wrangler secret put transcript",
    ok: ["tok", "url", "cfg", "ph"],
    r: (g, s) =>
      pairs(s)
        .map(([k, v]) =>
          [`$ echo ${sq(v)} | npx wrangler secret put ${k}`, ` ⛅️ wrangler 3.${g.range(60, 99)}.${g.range(0, 5)}`, "-------------------", `🌀 Creating the secret for the Worker "${g.app()}-edge"`, `✨ Success! Uploaded secret ${k}`].join("\n"),
        )
        .join("\n"),
  },
  {
    name: "docker-compose.yml environment",
    ok: ALL,
    r: (g, s) =>
      [
        "services:",
        "  web:",
        "    build: .",
        `    ports: ["3000:3000"]`,
        "    environment:",
        "      NODE_ENV: production",
        ...pairs(s).map(([k, v]) => `      ${k}: ${jq(v)}`),
        "    depends_on: [redis]",
        "  redis:",
        "    image: redis:7-alpine",
      ].join("\n"),
  },
  {
    name: "GitHub Actions workflow env",
    ok: ALL,
    r: (g, s) =>
      [
        "name: deploy",
        "on:",
        "  push:",
        "    branches: [main]",
        "jobs:",
        "  deploy:",
        "    runs-on: ubuntu-latest",
        "    env:",
        ...pairs(s).map(([k, v]) => `      ${k}: ${jq(v)}`),
        "    steps:",
        "      - uses: actions/checkout@v4",
        "      - uses: pnpm/action-setup@v4",
        "      - run: pnpm install --frozen-lockfile && pnpm build",
      ].join("\n"),
  },
  {
    name: "sst.config.ts secret defaults",
    ok: ["tok", "url", "cfg", "ph"],
    r: (g, s) =>
      [
        `/// <reference path="./.sst/platform/config.d.ts" />`,
        "export default $config({",
        `  app() { return { name: "${g.app()}", home: "aws" }; },`,
        "  async run() {",
        ...pairs(s).map(([k, v]) => `    const ${camel(k)} = new sst.Secret(${jq(pascal(k))}, ${jq(v)});`),
        `    new sst.aws.Nextjs("Web", { link: [${pairs(s).map(([k]) => camel(k)).join(", ")}] });`,
        "  },",
        "});",
      ].join("\n"),
  },
  {
    name: "amplify.yml build commands",
    ok: NOREF,
    r: (g, s) =>
      [
        "version: 1",
        "frontend:",
        "  phases:",
        "    preBuild:",
        "      commands:",
        "        - npm ci",
        "    build:",
        "      commands:",
        ...pairs(s).map(([k, v]) => `        - echo "${k}=${v}" >> .env.production`),
        "        - npm run build",
        "  artifacts:",
        "    baseDirectory: .next",
        "    files: ['**/*']",
      ].join("\n"),
  },
  {
    name: "Storybook .storybook/main.ts env",
    ok: NOREF,
    r: (g, s) =>
      [
        `import type { StorybookConfig } from "@storybook/nextjs";`,
        "",
        "const config: StorybookConfig = {",
        `  stories: ["../src/**/*.stories.@(ts|tsx)"],`,
        `  framework: { name: "@storybook/nextjs", options: {} },`,
        "  env: (config) => ({",
        "    ...config,",
        ...pairs(s).map(([k, v]) => `    ${k}: ${jq(v)},`),
        "  }),",
        "};",
        "export default config;",
      ].join("\n"),
  },
];

// ---------------------------------------------------------------------------------------------
// Building cases: each spec goes round-robin to the next renderer that accepts its kind

const pad = (n: number) => String(n).padStart(3, "0");

function defaultApi(p: string): string {
  return `https://api.${p.toLowerCase().replace(/[^a-z0-9]/g, "")}.com/v1/events`;
}

/** Values drawn for generated cases (id, primary value), for the set's own sanity checks. */
export const DRAWN: { id: string; v: string }[] = [];

export function buildCases(g: Gen, specs: Spec[], prefix: string, label: "positive" | "benign", start = 0): CorpusCase[] {
  let k = start % RENDERERS.length;
  const used = RENDERERS.map(() => 0);
  return specs.map((sp, i) => {
    const kind = sp.kind ?? "tok";
    const s: Slot = {
      p: sp.p,
      env: sp.env,
      v: sp.v(g),
      kind,
      h: sp.h ?? "Authorization: Bearer {v}",
      b: sp.b,
      q: sp.q ?? "api_key",
      api: sp.api ?? defaultApi(sp.p),
      co: sp.co ? sp.co(g) : [],
    };
    // Round-robin over the renderers that accept the kind, preferring the least used so far, so
    // the renderers that only take tokens are not starved by config-only specs.
    let r: Renderer | undefined;
    let best = -1;
    for (let t = 0; t < RENDERERS.length; t++) {
      const idx = (k + t) % RENDERERS.length;
      const c = RENDERERS[idx]!;
      if (!c.ok.includes(kind) || (sp.only && !sp.only.includes(c.name))) continue;
      if (r === undefined || used[idx]! < used[best]!) {
        r = c;
        best = idx;
      }
    }
    if (r) {
      used[best]!++;
      k = (best + 1) % RENDERERS.length;
    }
    if (!r) throw new Error(`no renderer for ${sp.p} ${sp.env}`);
    const text = r.r(g, s);
    DRAWN.push({ id: `${prefix}-${pad(i + 1)}`, v: s.v });
    return {
      id: `${prefix}-${pad(i + 1)}`,
      kind: "secrets",
      category: label === "positive" ? `heldouty142-sec-${sp.cat}` : "heldouty142-benign",
      label,
      text,
      note: `${sp.p}${sp.d ? ` ${sp.d}` : ""} in slot ${sp.env}; context: ${r.name}`,
    };
  });
}

/** A hand-written case. */
export function hand(id: string, cat: Cat | "benign", text: string, note: string): CorpusCase {
  return {
    id,
    kind: "secrets",
    category: cat === "benign" ? "heldouty142-benign" : `heldouty142-sec-${cat}`,
    label: cat === "benign" ? "benign" : "positive",
    text,
    note,
  };
}
