// heldout-y136: shared builders and outbound-context renderers. Skipped by the loader ("_" prefix).
// Every credential-shaped value is assembled at run time from a split prefix plus a body drawn from
// a SeededRng with one fixed seed per case file, so loads are deterministic and the repository
// holds no literal credential.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const HX = "0123456789abcdef";
export const AN = UP + LO + DG;
export const URLS = AN + "-_";
export const B64A = AN + "+/";
export const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

/** Joins split pieces; used so no prefix+body literal ever sits in the source. */
export const cat = (...p: string[]): string => p.join("");

const WORDS = ["harbor", "velvet", "copper", "lantern", "meadow", "quartz", "falcon", "ember", "tundra", "orchid", "saffron", "glacier", "pepper", "cobalt", "willow", "basalt", "marble", "juniper", "canyon", "thistle"];
const SYM = ["!", "#", "%", "*", "-", "_", ".", "@", "+", "~"];
const USERS = ["app", "svc_billing", "deploy", "analytics", "backend", "etl_runner", "api_rw", "report_user", "admin_ops", "payments"];

export class Gen extends SeededRng {
  hex(n: number): string { return this.str(n, HX); }
  HEX(n: number): string { return this.str(n, "0123456789ABCDEF"); }
  an(n: number): string { return this.str(n, AN); }
  lan(n: number): string { return this.str(n, LO + DG); }
  uan(n: number): string { return this.str(n, UP + DG); }
  alpha(n: number): string { return this.str(n, UP + LO); }
  lo(n: number): string { return this.str(n, LO); }
  up(n: number): string { return this.str(n, UP); }
  dig(n: number): string { return this.str(1, "123456789") + this.str(n - 1, DG); }
  url(n: number): string { return this.str(n, URLS); }
  b64s(n: number): string { return this.str(n, B64A); }
  b58(n: number): string { return this.str(n, B58); }
  b32(n: number): string { return this.str(n, B32); }
  bech(n: number): string { return this.str(n, BECH); }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${this.pick(["8", "9", "a", "b"])}${h.slice(17, 20)}-${h.slice(20)}`;
  }
  /** Proper base64 of n random bytes (with padding). */
  b64(n: number): string { return Buffer.from(this.bytes(n)).toString("base64"); }
  b64u(n: number): string { return Buffer.from(this.bytes(n)).toString("base64url"); }
  /** A strong human-made password. */
  pw(): string {
    const w1 = this.pick(WORDS);
    return `${w1[0]!.toUpperCase()}${w1.slice(1)}${this.pick(SYM)}${this.dig(2)}${this.pick(WORDS)}${this.pick(SYM)}${this.an(5)}`;
  }
  user(): string { return this.pick(USERS); }
  jwt(payload: Record<string, unknown>, alg = "HS256", sigLen = 43): string {
    const h = Buffer.from(JSON.stringify({ alg, typ: "JWT" })).toString("base64url");
    const p = Buffer.from(JSON.stringify(payload)).toString("base64url");
    return `${h}.${p}.${this.url(sigLen)}`;
  }
  now(): number { return 1765000000 + this.int(4000000); }
}

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  /** provider (for the note) */
  p: string;
  g: Group;
  /** env-var style slot name, UPPER_SNAKE */
  env: string;
  /** what the value is, for the note and the prose ("API key", "image digest") */
  what: string;
  v: (g: Gen) => string;
  /** header line prefix, e.g. "Authorization: Bearer " */
  hdr?: string;
  /** query-string parameter name */
  q?: string;
  /** value is a URL / connection string */
  url?: boolean;
  /** value is a webhook URL that can be POSTed to */
  hook?: boolean;
  /** companion entries rendered next to the main one (ids, hosts, regions) */
  with?: (g: Gen) => [string, string][];
  /** config section and leaf overrides */
  sec?: string;
  leaf?: string;
  /** API path used by HTTP renderers */
  ep?: string;
}

export function S(p: string, g: Group, env: string, what: string, v: (g: Gen) => string, o: Partial<Spec> = {}): Spec {
  return { p, g, env, what, v, ...o };
}

export interface Ctx {
  s: Spec;
  v: string;
  comps: [string, string][];
  g: Gen;
  i: number;
  benign: boolean;
  /** set by say() when it wrote non-English prose */
  foreign?: boolean;
}

// ---------------------------------------------------------------- prose (a quarter not English)

type ProseKind = "ask" | "hand" | "note";
const EN: Record<ProseKind, string> = {
  ask: "This config stopped working after the deploy, can you see what's wrong?",
  hand: "Here is the {w} for {p}, please set it up in staging and don't share it outside the team.",
  note: "Output from the {p} build below ({w} included), just for reference.",
};
const FOREIGN: Record<ProseKind, string>[] = [
  { ask: "Esta configuración dejó de funcionar después del despliegue, ¿ves qué falla?", hand: "Te paso la {w} de {p} para staging, no la compartas fuera del equipo.", note: "Abajo va la salida del build de {p} (incluye {w}), solo como referencia." },
  { ask: "Cette config ne marche plus depuis le déploiement, tu vois ce qui cloche ?", hand: "Voici la {w} {p} pour la préprod, ne la diffuse pas stp.", note: "Voici la sortie du build {p} (avec {w}), pour info." },
  { ask: "Seit dem Deployment funktioniert diese Konfiguration nicht mehr, siehst du den Fehler?", hand: "Hier ist der {w} für {p} (Staging), bitte nicht weitergeben.", note: "Unten die Ausgabe vom {p}-Build (inkl. {w}), nur zur Info." },
  { ask: "Essa configuração parou de funcionar depois do deploy, consegue ver o problema?", hand: "Segue a {w} do {p} pro ambiente de homologação, não compartilha com ninguém.", note: "Segue a saída do build do {p} ({w} incluído), só para referência." },
  { ask: "デプロイ後にこの設定が動かなくなりました。どこがおかしいか見てもらえますか？", hand: "{p} の {w} です。ステージング用なので外部には共有しないでください。", note: "{p} のビルド出力です（{w} を含む）。参考までに。" },
  { ask: "部署之后这个配置就不工作了，帮我看看哪里有问题？", hand: "这是 {p} 的 {w}，测试环境用的，别外传。", note: "下面是 {p} 构建的输出（包含 {w}），仅供参考。" },
  { ask: "После деплоя этот конфиг перестал работать, посмотри, что не так?", hand: "Вот {w} для {p} на стейджинг, никому не пересылай.", note: "Ниже вывод сборки {p} (включая {w}), просто для справки." },
  { ask: "배포 후에 이 설정이 동작하지 않아요. 뭐가 문제인지 봐주실래요?", hand: "{p} {w} 전달드립니다. 스테이징용이니 외부 공유는 하지 말아주세요.", note: "{p} 빌드 출력입니다({w} 포함). 참고용이에요." },
  { ask: "Dopo il deploy questa configurazione non funziona più, vedi cosa c'è che non va?", hand: "Ecco la {w} di {p} per lo staging, non condividerla fuori dal team.", note: "Qui sotto l'output della build di {p} (con {w}), solo per riferimento." },
  { ask: "Deploy sonrası bu yapılandırma çalışmıyor, sorunu görebilir misin?", hand: "{p} için {w} burada, staging ortamı için; kimseyle paylaşma lütfen.", note: "{p} derlemesinin çıktısı aşağıda ({w} dahil), bilgin olsun." },
  { ask: "Po wdrożeniu ta konfiguracja przestała działać, widzisz, co jest nie tak?", hand: "Tu masz {w} do {p} na staging, nie udostępniaj dalej.", note: "Poniżej wynik builda {p} (razem z {w}), tylko do wglądu." },
  { ask: "Sinds de deploy werkt deze config niet meer, zie jij wat er mis is?", hand: "Hier is de {w} voor {p} op staging, niet verder delen aub.", note: "Hieronder de output van de {p}-build (met {w}), ter referentie." },
  { ask: "Sau khi deploy thì cấu hình này không chạy nữa, bạn xem giúp lỗi ở đâu?", hand: "Đây là {w} của {p} cho môi trường staging, đừng chia sẻ ra ngoài nhé.", note: "Dưới đây là output build {p} (có {w}), để tham khảo." },
  { ask: "Setelah deploy konfigurasi ini tidak jalan, bisa lihat masalahnya?", hand: "Ini {w} {p} untuk staging, jangan dibagikan ke luar tim ya.", note: "Berikut output build {p} (termasuk {w}), sekadar referensi." },
  { ask: "Після деплою цей конфіг перестав працювати, подивись, що не так?", hand: "Ось {w} для {p} на стейджинг, нікому не пересилай.", note: "Нижче вивід збірки {p} (разом із {w}), для довідки." },
  { ask: "Efter deployen slutade den här konfigurationen fungera, ser du vad som är fel?", hand: "Här är {w} för {p} i staging, dela den inte vidare.", note: "Här är utdata från {p}-bygget (inklusive {w}), som referens." },
];

/** Prose line; every fourth case (i % 4 === 3) is in another natural language. */
export function say(c: Ctx, kind: ProseKind): string {
  const k: ProseKind = c.benign && kind === "hand" ? "note" : kind;
  if (c.i % 4 === 3) c.foreign = true;
  const tpl = c.i % 4 === 3 ? FOREIGN[(c.i >> 2) % FOREIGN.length]![k] : EN[k];
  return tpl.replaceAll("{w}", c.s.what).replaceAll("{p}", c.s.p);
}
export const LANGS = ["Spanish", "French", "German", "Portuguese", "Japanese", "Chinese", "Russian", "Korean", "Italian", "Turkish", "Polish", "Dutch", "Vietnamese", "Indonesian", "Ukrainian", "Swedish"];

// ---------------------------------------------------------------- naming helpers

export const secOf = (s: Spec): string => s.sec ?? s.env.split("_")[0]!.toLowerCase();
export function leafOf(name: string, s?: Spec): string {
  if (s && s.leaf && name === s.env) return s.leaf;
  const parts = name.split("_");
  return (parts.length > 1 ? parts.slice(1) : parts).join("_").toLowerCase();
}
export const camel = (snake: string): string => snake.replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
export const pascal = (snake: string): string => { const c = camel(snake); return c[0]!.toUpperCase() + c.slice(1); };
export const kebab = (snake: string): string => snake.replaceAll("_", "-");
const xmlEsc = (s: string): string => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll('"', "&quot;");
const hdrName = (h: string): string => h.split(":")[0]!;
const hdrVal = (h: string): string => h.slice(h.indexOf(":") + 1).trimStart();

function entries(c: Ctx): [string, string][] {
  return [...c.comps, [c.s.env, c.v]];
}
const FILLER: [string, string][] = [["NODE_ENV", "production"], ["PORT", "8080"], ["LOG_LEVEL", "info"], ["APP_ENV", "staging"], ["TZ", "UTC"], ["FEATURE_NEW_CHECKOUT", "true"], ["REGION", "eu-west-1"], ["WORKERS", "4"]];
function filler(c: Ctx, n: number): [string, string][] {
  const out: [string, string][] = [];
  for (let k = 0; k < n; k++) out.push(FILLER[(c.i + k * 3) % FILLER.length]!);
  return out;
}
function envFile(c: Ctx): string {
  const f = filler(c, 3);
  const lines = [...f.slice(0, 2), ...entries(c), ...f.slice(2)].map(([k, v]) => `${k}=${v}`);
  return `# ${c.s.p}\n${lines.join("\n")}`;
}
function ep(c: Ctx): string { return c.s.ep ?? `/v1/${secOf(c.s)}/items`; }
function host(c: Ctx): string { return `api.${secOf(c.s)}.example.com`; }
function cfgObj(c: Ctx, key: (n: string) => string): Record<string, string> {
  const o: Record<string, string> = {};
  for (const [k, v] of entries(c)) o[key(leafOf(k, k === c.s.env ? c.s : undefined))] = v;
  return o;
}

// ---------------------------------------------------------------- wrappers

function chatOpenAI(c: Ctx, text: string, model = "gpt-4o"): string {
  return JSON.stringify({ model, temperature: 0.2, messages: [{ role: "system", content: "You are a senior software engineer helping with a codebase." }, { role: "user", content: text }] });
}
function chatAnthropic(c: Ctx, text: string): string {
  return JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: [{ type: "text", text }] }] }, null, 2);
}
function toolEdit(c: Ctx, path: string, oldStr: string, newStr: string): string {
  const id = `toolu_01${c.g.an(22)}`;
  return JSON.stringify({
    model: "claude-opus-4-1", max_tokens: 8192,
    messages: [
      { role: "user", content: "Wire the client up so it reads its config from one place." },
      { role: "assistant", content: [{ type: "text", text: `Updating ${path}.` }, { type: "tool_use", id, name: "str_replace_based_edit_tool", input: { command: "str_replace", path, old_str: oldStr, new_str: newStr } }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "The file has been edited." }] },
    ],
  });
}
function gist(c: Ctx, filename: string, content: string): string {
  return JSON.stringify({ description: `${c.s.p} snippet`, public: false, files: { [filename]: { content } } }, null, 2);
}
function issueComment(c: Ctx, body: string): string {
  return `POST /repos/acme/platform/issues/${c.g.range(100, 4999)}/comments HTTP/1.1\r\nHost: api.github.example.com\r\nAccept: application/vnd.github+json\r\nContent-Type: application/json\r\n\r\n${JSON.stringify({ body })}`;
}

// ---------------------------------------------------------------- renderers

export interface Renderer {
  name: string;
  fits?: (s: Spec, benign: boolean) => boolean;
  fn: (c: Ctx) => string;
}

const hasHdr = (s: Spec) => !!s.hdr;

export const RENDERERS: Renderer[] = [
  { name: "openai-chat pasted .env", fn: c => chatOpenAI(c, `${say(c, "ask")}\n\n\`\`\`dotenv\n${envFile(c)}\n\`\`\``, "gpt-4o-mini") },
  {
    name: "anthropic messages pasted docker-compose.yml",
    fn: c => {
      const env = [...filler(c, 1), ...entries(c)].map(([k, v]) => `      ${k}: ${JSON.stringify(v)}`).join("\n");
      const compose = `services:\n  api:\n    image: registry.example.com/acme/${secOf(c.s)}-api:2.${c.i % 9}.1\n    ports:\n      - "8080:8080"\n    environment:\n${env}\n  worker:\n    image: registry.example.com/acme/worker:1.4.0\n    depends_on: [api]\n`;
      return chatAnthropic(c, `${say(c, "ask")}\n\n<file path="docker-compose.yml">\n${compose}</file>`);
    },
  },
  {
    name: "anthropic tool_use write_file config.json",
    fn: c => {
      const id = `toolu_01${c.g.an(22)}`;
      const content = JSON.stringify({ [secOf(c.s)]: cfgObj(c, camel), server: { port: 8080, host: "0.0.0.0" } }, null, 2);
      return JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [
        { role: "user", content: "Create the settings file for the new service." },
        { role: "assistant", content: [{ type: "text", text: "I'll write the settings file now." }, { type: "tool_use", id, name: "write_file", input: { path: "config/settings.json", content } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "Wrote config/settings.json (1 file)" }] },
      ] });
    },
  },
  {
    name: "openai tool_calls run_shell export",
    fn: c => {
      const cmd = entries(c).map(([k, v]) => `export ${k}='${v}'`).join(" && ") + " && npm run deploy -- --env staging";
      const id = `call_${c.g.an(24)}`;
      return JSON.stringify({ model: "gpt-4.1", messages: [
        { role: "user", content: "Deploy the staging build." },
        { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: cmd, timeout: 600 }) } }] },
        { role: "tool", tool_call_id: id, content: "deploy: uploading 41 files... done" },
      ] });
    },
  },
  {
    name: "MCP tools/call result (cat .env.production)",
    fn: c => JSON.stringify({ jsonrpc: "2.0", id: c.g.range(2, 90), result: { content: [{ type: "text", text: `$ cat .env.production\n${envFile(c)}\n` }], isError: false } }),
  },
  {
    name: "curl with header", fits: hasHdr,
    fn: c => `curl -sS -X POST 'https://${host(c)}${ep(c)}' \\\n  -H 'Content-Type: application/json' \\\n  -H '${c.s.hdr}${c.v}' \\\n  -d '{"limit": 25, "cursor": null}'`,
  },
  {
    name: "raw HTTP request headers", fits: hasHdr,
    fn: c => `GET ${ep(c)}?page=2 HTTP/1.1\r\nHost: ${host(c)}\r\nUser-Agent: python-requests/2.32.3\r\nAccept: application/json\r\n${c.s.hdr}${c.v}\r\nConnection: keep-alive\r\n\r\n`,
  },
  {
    name: "web_fetch tool call with URL query", fits: s => !!s.q,
    fn: c => JSON.stringify({ type: "function_call", name: "web_fetch", call_id: `call_${c.g.an(20)}`, arguments: JSON.stringify({ url: `https://${host(c)}${ep(c)}?q=status&${c.s.q}=${encodeURIComponent(c.v)}&format=json` }) }),
  },
  {
    name: "form-urlencoded POST", fits: (_s, b) => !b,
    fn: c => {
      const body = [["grant_type", "client_credentials"], ...entries(c).map(([k, v]) => [leafOf(k, k === c.s.env ? c.s : undefined), v] as [string, string])].map(([k, v]) => `${k}=${encodeURIComponent(v!)}`).join("&");
      return `POST /oauth/token HTTP/1.1\r\nHost: ${host(c)}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    },
  },
  {
    name: "multipart/form-data upload",
    fn: c => {
      const b = `----WebKitFormBoundary${c.g.an(16)}`;
      const parts = entries(c).map(([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${leafOf(k, k === c.s.env ? c.s : undefined)}"\r\n\r\n${v}\r\n`).join("");
      return `POST /api/integrations HTTP/1.1\r\nHost: admin.example.com\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n--${b}\r\nContent-Disposition: form-data; name="provider"\r\n\r\n${secOf(c.s)}\r\n${parts}--${b}\r\nContent-Disposition: form-data; name="logo"; filename="logo.png"\r\nContent-Type: image/png\r\n\r\n(binary)\r\n--${b}--\r\n`;
    },
  },
  {
    name: "gist create: appsettings.json",
    fn: c => gist(c, "appsettings.Production.json", JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, [pascal(secOf(c.s))]: cfgObj(c, pascal), AllowedHosts: "*" }, null, 2)),
  },
  {
    name: "application.yml in chat",
    fn: c => {
      const body = Object.entries(cfgObj(c, kebab)).map(([k, v]) => `    ${k}: ${JSON.stringify(v)}`).join("\n");
      return chatOpenAI(c, `${say(c, "ask")}\n\n\`\`\`yaml\nspring:\n  application:\n    name: billing-service\napp:\n  ${secOf(c.s)}:\n${body}\n    timeout: 10s\n\`\`\``);
    },
  },
  {
    name: "config.toml via MCP write",
    fn: c => {
      const body = Object.entries(cfgObj(c, x => x)).map(([k, v]) => `${k} = ${JSON.stringify(v)}`).join("\n");
      return JSON.stringify({ jsonrpc: "2.0", id: 14, method: "tools/call", params: { name: "fs_write", arguments: { path: "config.toml", content: `[server]\nbind = "0.0.0.0:8080"\n\n[${secOf(c.s)}]\n${body}\nretries = 3\n` } } });
    },
  },
  {
    name: "INI file pasted",
    fn: c => {
      const body = Object.entries(cfgObj(c, x => x)).map(([k, v]) => `${k} = ${v}`).join("\n");
      return chatAnthropic(c, `${say(c, "ask")}\n\n\`\`\`ini\n[default]\nregion = eu-central-1\noutput = json\n\n[${secOf(c.s)}]\n${body}\n\`\`\``);
    },
  },
  {
    name: ".properties file",
    fn: c => {
      const body = Object.entries(cfgObj(c, kebab)).map(([k, v]) => `${secOf(c.s)}.${k}=${v}`).join("\n");
      return `# application-prod.properties\nserver.port=8080\nspring.jpa.hibernate.ddl-auto=validate\n${body}\nmanagement.endpoints.web.exposure.include=health,info\n`;
    },
  },
  {
    name: "terraform.tfvars + provider block",
    fn: c => {
      const vars = Object.entries(cfgObj(c, x => x)).map(([k, v]) => `${secOf(c.s)}_${k} = ${JSON.stringify(v)}`).join("\n");
      return `# terraform.tfvars\nenvironment = "staging"\n${vars}\n\n# main.tf\nprovider "${secOf(c.s)}" {\n  ${leafOf(c.s.env, c.s)} = var.${secOf(c.s)}_${leafOf(c.s.env, c.s)}\n}\n`;
    },
  },
  {
    name: "web.config XML appSettings",
    fn: c => {
      const adds = Object.entries(cfgObj(c, pascal)).map(([k, v]) => `    <add key="${pascal(secOf(c.s))}:${k}" value="${xmlEsc(v)}" />`).join("\n");
      return `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Staging" />\n${adds}\n  </appSettings>\n</configuration>\n`;
    },
  },
  {
    name: "Python SDK init in chat",
    fn: c => {
      const lines = entries(c).map(([k, v]) => `${k} = os.getenv("${k}", "${v}")`).join("\n");
      const code = `import os\nfrom ${secOf(c.s)} import Client\n\n${lines}\n\nclient = Client(${leafOf(c.s.env, c.s)}=${c.s.env})\n\ndef sync():\n    return client.list(limit=100)\n`;
      return chatOpenAI(c, `${say(c, "ask")}\n\n\`\`\`python\n${code}\`\`\``);
    },
  },
  {
    name: "TypeScript client in tool_use edit",
    fn: c => {
      const props = Object.entries(cfgObj(c, camel)).map(([k, v]) => `  ${k}: "${v}",`).join("\n");
      return toolEdit(c, `src/lib/${secOf(c.s)}.ts`, `const client = new ${pascal(secOf(c.s))}Client();`, `const client = new ${pascal(secOf(c.s))}Client({\n${props}\n  timeoutMs: 10_000,\n});`);
    },
  },
  {
    name: "Go config in gist",
    fn: c => {
      const lines = entries(c).map(([k, v]) => `\t${camel(k.toLowerCase())} = getenv("${k}", "${v}")`).join("\n");
      return gist(c, "config.go", `package config\n\nimport "os"\n\nvar (\n${lines}\n)\n\nfunc getenv(k, def string) string {\n\tif v := os.Getenv(k); v != "" {\n\t\treturn v\n\t}\n\treturn def\n}\n`);
    },
  },
  {
    name: "Java constants in PR comment",
    fn: c => {
      const lines = entries(c).map(([k, v]) => `    private static final String ${k} = "${v}";`).join("\n");
      return issueComment(c, `Found this in \`${pascal(secOf(c.s))}Config.java\` while reviewing:\n\n\`\`\`java\npublic final class ${pascal(secOf(c.s))}Config {\n${lines}\n}\n\`\`\``);
    },
  },
  {
    name: "C# options in chat",
    fn: c => {
      const lines = Object.entries(cfgObj(c, pascal)).map(([k, v]) => `    o.${k} = "${v}";`).join("\n");
      return chatAnthropic(c, `${say(c, "ask")}\n\n\`\`\`csharp\nbuilder.Services.Configure<${pascal(secOf(c.s))}Options>(o =>\n{\n${lines}\n});\n\`\`\``);
    },
  },
  {
    name: "Ruby initializer",
    fn: c => {
      const lines = entries(c).map(([k, v]) => `  config.${leafOf(k, k === c.s.env ? c.s : undefined)} = ENV.fetch("${k}", "${v}")`).join("\n");
      return `# config/initializers/${secOf(c.s)}.rb\n${pascal(secOf(c.s))}.configure do |config|\n${lines}\n  config.open_timeout = 5\nend\n`;
    },
  },
  {
    name: "PHP define in tool_calls",
    fn: c => {
      const code = `<?php\n` + entries(c).map(([k, v]) => `define('${k}', '${v}');`).join("\n") + `\ndefine('WP_DEBUG', false);\n`;
      return JSON.stringify({ model: "gpt-4o", messages: [{ role: "assistant", tool_calls: [{ id: `call_${c.g.an(24)}`, type: "function", function: { name: "create_file", arguments: JSON.stringify({ path: "wp-content/config-prod.php", contents: code }) } }] }] });
    },
  },
  {
    name: "Rust const",
    fn: c => chatOpenAI(c, `${say(c, "ask")}\n\n\`\`\`rust\n` + entries(c).map(([k, v]) => `const ${k}: &str = "${v}";`).join("\n") + `\n\nfn client() -> reqwest::Client {\n    reqwest::Client::builder().build().unwrap()\n}\n\`\`\``),
  },
  {
    name: "Kotlin getenv fallback",
    fn: c => gist(c, "Config.kt", `object Config {\n` + entries(c).map(([k, v]) => `    val ${camel(k.toLowerCase())}: String = System.getenv("${k}") ?: "${v}"`).join("\n") + `\n}\n`),
  },
  {
    name: "shell history in tool result",
    fn: c => {
      const n = c.g.range(300, 900);
      const hist = [`cd ~/src/${secOf(c.s)}-sync`, "git pull --rebase", ...entries(c).map(([k, v]) => `export ${k}="${v}"`), "make run", "history | tail -20"].map((l, k) => `  ${n + k}  ${l}`).join("\n");
      return JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: "What did I run before the sync broke?" }, { role: "tool", tool_call_id: `call_${c.g.an(24)}`, content: hist }] });
    },
  },
  {
    name: "docker run -e",
    fn: c => `docker run -d --name ${secOf(c.s)}-worker --restart unless-stopped \\\n` + entries(c).map(([k, v]) => `  -e ${k}='${v}' \\\n`).join("") + `  -p 9000:9000 registry.example.com/acme/${secOf(c.s)}-worker:latest`,
  },
  {
    name: "GitHub Actions workflow env",
    fn: c => `name: nightly-sync\non:\n  schedule:\n    - cron: "17 3 * * *"\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n` + entries(c).map(([k, v]) => `      ${k}: ${JSON.stringify(v)}\n`).join("") + `    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/sync.sh\n`,
  },
  {
    name: "GitLab CI job log (printenv)",
    fn: c => {
      const envs = [["CI_JOB_ID", String(c.g.range(4000000, 9000000))], ["CI_COMMIT_REF_NAME", "main"], ...entries(c), ["HOME", "/root"]].sort((a, b) => a[0]!.localeCompare(b[0]!)).map(([k, v]) => `${k}=${v}`).join("\n");
      return `Running with gitlab-runner 17.2.0 (${c.g.hex(8)})\n  on shared-runner-${c.i % 7} ${c.g.an(8)}\nPreparing environment\nGetting source from Git repository\n$ printenv | sort\n${envs}\n$ ./deploy.sh\nERROR: deployment failed: 401 from upstream\nCleaning up project directory and file based variables\nERROR: Job failed: exit code 1\n`;
    },
  },
  {
    name: "Python traceback with locals",
    fn: c => {
      const locals = Object.entries(cfgObj(c, x => x)).map(([k, v]) => `'${k}': '${v}'`).join(", ");
      const tb = `Traceback (most recent call last):\n  File "/app/worker.py", line 88, in <module>\n    main()\n  File "/app/worker.py", line 61, in main\n    client.sync(batch)\n  File "/usr/local/lib/python3.12/site-packages/${secOf(c.s)}/client.py", line 214, in sync\n    raise AuthError(resp.status_code)\n${secOf(c.s)}.errors.AuthError: 401\n\nLocal variables in main:\n  batch = [<Record id=4411>, <Record id=4412>]\n  settings = {${locals}, 'timeout': 30}\n`;
      return chatOpenAI(c, `${say(c, "ask")}\n\n${tb}`);
    },
  },
  {
    name: "Jupyter notebook cell",
    fn: c => JSON.stringify({ cells: [
      { cell_type: "markdown", metadata: {}, source: [`# ${c.s.p} exploration\n`] },
      { cell_type: "code", execution_count: 1, metadata: {}, outputs: [], source: ["import os\n", ...entries(c).map(([k, v]) => `os.environ["${k}"] = "${v}"\n`), `from ${secOf(c.s)} import Client\n`, "client = Client()"] },
    ], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1),
  },
  {
    name: "unified diff of config",
    fn: c => {
      const f = `config/${secOf(c.s)}.yml`;
      const lines = Object.entries(cfgObj(c, x => x)).map(([k, v]) => `-  ${k}: \${${k.toUpperCase()}}\n+  ${k}: "${v}"`).join("\n");
      return `diff --git a/${f} b/${f}\nindex ${c.g.hex(7)}..${c.g.hex(7)} 100644\n--- a/${f}\n+++ b/${f}\n@@ -1,5 +1,5 @@\n ${secOf(c.s)}:\n   enabled: true\n${lines}\n   timeout: 30\n`;
    },
  },
  {
    name: "Slack chat.postMessage handing it over",
    fn: c => JSON.stringify({ channel: `C0${c.g.uan(9)}`, text: `${say(c, "hand")}\n\`\`\`\n${entries(c).map(([k, v]) => `${k}=${v}`).join("\n")}\n\`\`\``, unfurl_links: false }),
  },
  {
    name: "k8s Secret (base64 data) / ConfigMap",
    fn: c => c.benign
      ? `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${secOf(c.s)}-config\n  namespace: prod\ndata:\n` + entries(c).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}\n`).join("")
      : `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${secOf(c.s)}-credentials\n  namespace: prod\ntype: Opaque\ndata:\n` + entries(c).map(([k, v]) => `  ${k}: ${Buffer.from(v).toString("base64")}\n`).join(""),
  },
  {
    name: "Helm values.yaml",
    fn: c => `replicaCount: 2\nimage:\n  repository: registry.example.com/acme/${secOf(c.s)}\n  tag: "3.2.0"\n${camel(secOf(c.s))}:\n  enabled: true\n` + Object.entries(cfgObj(c, camel)).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}\n`).join("") + `resources:\n  limits:\n    memory: 512Mi\n`,
  },
  {
    name: "systemd unit Environment=",
    fn: c => `[Unit]\nDescription=${c.s.p} sync worker\nAfter=network-online.target\n\n[Service]\nUser=svc\n` + entries(c).map(([k, v]) => `Environment="${k}=${v}"\n`).join("") + `ExecStart=/opt/sync/bin/worker --config /etc/sync/worker.yml\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n`,
  },
  {
    name: "SQL seed insert",
    fn: c => {
      const cols = entries(c).map(([k]) => leafOf(k, k === c.s.env ? c.s : undefined));
      const vals = entries(c).map(([, v]) => `'${v.replaceAll("'", "''")}'`);
      return `-- seed staging integrations\nINSERT INTO integrations (provider, ${cols.join(", ")}, created_at)\nVALUES ('${secOf(c.s)}', ${vals.join(", ")}, now());\n`;
    },
  },
  {
    name: "Markdown runbook in issue",
    fn: c => issueComment(c, `## ${c.s.p} setup\n\n${say(c, "hand")}\n\n| variable | value |\n|---|---|\n${entries(c).map(([k, v]) => `| \`${k}\` | \`${v}\` |`).join("\n")}\n\nThen run \`make bootstrap\`.`),
  },
  {
    name: "HAR entry", fits: hasHdr,
    fn: c => JSON.stringify({ log: { version: "1.2", creator: { name: "WebInspector", version: "537.36" }, entries: [{ startedDateTime: "2026-11-30T10:12:44.120Z", time: 182.4, request: { method: "GET", url: `https://${host(c)}${ep(c)}`, httpVersion: "HTTP/2", headers: [{ name: ":authority", value: host(c) }, { name: "accept", value: "application/json" }, { name: hdrName(c.s.hdr!).toLowerCase(), value: `${hdrVal(c.s.hdr!)}${c.v}` }], queryString: [], cookies: [] }, response: { status: 200, statusText: "", headers: [] } }] } }, null, 2),
  },
  {
    name: "structured log line (config dump)",
    fn: c => JSON.stringify({ level: "debug", ts: "2026-12-01T08:14:22.611Z", logger: "bootstrap", msg: "resolved configuration", trace_id: c.g.hex(32), config: { service: `${secOf(c.s)}-sync`, ...cfgObj(c, camel), retries: 3 } }),
  },
  {
    name: "GraphQL mutation variables",
    fn: c => JSON.stringify({ operationName: "CreateIntegration", query: "mutation CreateIntegration($input: IntegrationInput!) { createIntegration(input: $input) { id status } }", variables: { input: { provider: secOf(c.s).toUpperCase(), credentials: cfgObj(c, camel) } } }),
  },
  {
    name: "Dockerfile ENV in chat",
    fn: c => chatAnthropic(c, `${say(c, "ask")}\n\n\`\`\`dockerfile\nFROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\n` + entries(c).map(([k, v]) => `ENV ${k}="${v}"`).join("\n") + `\nEXPOSE 8080\nCMD ["node", "dist/server.js"]\n\`\`\``),
  },
  {
    name: "PowerShell $env:",
    fn: c => entries(c).map(([k, v]) => `$env:${k} = "${v}"`).join("\r\n") + `\r\n.\\scripts\\deploy.ps1 -Environment Staging -Verbose\r\n`,
  },
  {
    name: "email (SMTP DATA) handing it over",
    fn: c => `From: ops@example.org\r\nTo: contractor@example.net\r\nSubject: ${c.s.p} ${c.benign ? "build details" : "access"}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${say(c, "hand")}\r\n\r\n${entries(c).map(([k, v]) => `${k}: ${v}`).join("\r\n")}\r\n\r\n-- \r\nOps\r\n.\r\n`,
  },
  {
    name: "GitHub issue comment with .env",
    fn: c => issueComment(c, `${say(c, "ask")}\n\n<details><summary>.env</summary>\n\n\`\`\`\n${envFile(c)}\n\`\`\`\n</details>`),
  },
  {
    name: "REST Client .http file", fits: hasHdr,
    fn: c => `@baseUrl = https://${host(c)}\n\n### list\nGET {{baseUrl}}${ep(c)}\nAccept: application/json\n${c.s.hdr}${c.v}\n\n### create\nPOST {{baseUrl}}${ep(c)}\nContent-Type: application/json\n${c.s.hdr}${c.v}\n\n{"name": "demo"}\n`,
  },
  {
    name: "Postman environment export",
    fn: c => JSON.stringify({ id: c.g.uuid(), name: "staging", values: entries(c).map(([k, v]) => ({ key: camel(k.toLowerCase()), value: v, type: "default", enabled: true })), _postman_variable_scope: "environment", _postman_exported_using: "Postman/11.2.0" }, null, 2),
  },
  {
    name: "axios error dump", fits: hasHdr,
    fn: c => chatOpenAI(c, `${say(c, "ask")}\n\nAxiosError: Request failed with status code 403\n    at settle (node_modules/axios/lib/core/settle.js:19:12)\n  config: {\n    url: 'https://${host(c)}${ep(c)}',\n    method: 'get',\n    headers: Object [AxiosHeaders] {\n      Accept: 'application/json, text/plain, */*',\n      '${hdrName(c.s.hdr!)}': '${hdrVal(c.s.hdr!)}${c.v}',\n      'User-Agent': 'axios/1.7.7'\n    },\n    timeout: 10000\n  },\n  code: 'ERR_BAD_REQUEST'`),
  },
  {
    name: "devtools Copy as fetch", fits: hasHdr,
    fn: c => `fetch("https://${host(c)}${ep(c)}", {\n  "headers": {\n    "accept": "application/json",\n    "${hdrName(c.s.hdr!).toLowerCase()}": "${hdrVal(c.s.hdr!)}${c.v}",\n    "sec-fetch-mode": "cors"\n  },\n  "body": null,\n  "method": "GET"\n});`,
  },
  {
    name: "terraform plan output",
    fn: c => `Terraform will perform the following actions:\n\n  # ${secOf(c.s)}_integration.main will be created\n  + resource "${secOf(c.s)}_integration" "main" {\n      + id         = (known after apply)\n      + name       = "staging"\n` + Object.entries(cfgObj(c, x => x)).map(([k, v]) => `      + ${k.padEnd(10)} = "${v}"\n`).join("") + `    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.\n`,
  },
  {
    name: "webhook POST", fits: s => !!s.hook,
    fn: c => `curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy finished: api@2.4.1 (staging)"}' '${c.v}'`,
  },
];

const HEADER_R: number[] = RENDERERS.map((r, k) => (r.fits === hasHdr ? k : -1)).filter(k => k >= 0);

/** Renders each spec through the rotated renderer list; renderer k = (i * step + off) mod N, skipping misfits. */
export function build(specs: Spec[], o: { seed: number; prefix: string; benign?: boolean; step?: number; off?: number; category?: string }): CorpusCase[] {
  const g = new Gen(o.seed);
  const N = RENDERERS.length;
  const step = o.step ?? 1;
  const out: CorpusCase[] = [];
  specs.forEach((s, i) => {
    const v = s.v(g);
    const comps = s.with ? s.with(g) : [];
    const benign = !!o.benign;
    let k = (i * step + (o.off ?? 0)) % N;
    // webhook URLs prefer the POST renderer on every other spec; specs with a header slot go
    // through a header-carrying renderer on every third spec
    if (s.hook && i % 2 === 0) k = N - 1;
    else if (s.hdr && i % 3 === 1) k = HEADER_R[Math.floor(i / 3) % HEADER_R.length]!;
    else if (s.q && i % 2 === 0) k = RENDERERS.findIndex(x => x.name.startsWith("web_fetch"));
    let r = RENDERERS[k]!;
    for (let t = 0; t < N && r.fits && !r.fits(s, benign); t++) { k = (k + 11) % N; r = RENDERERS[k]!; }
    const c: Ctx = { s, v, comps, g, i, benign };
    const text = r.fn(c);
    out.push({
      id: `y136-${o.prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: o.category ?? `heldouty136-sec-${s.g}`,
      label: benign ? "benign" : "positive",
      text,
      note: `${s.p} ${s.what} in ${s.env} — ${r.name}${c.foreign ? ` (prose in ${LANGS[(i >> 2) % LANGS.length]})` : ""}`,
    });
  });
  return out;
}

/** Handcrafted case helper. */
export function hand(prefix: string, n: number, group: Group | "benign", text: string, note: string): CorpusCase {
  const benign = group === "benign";
  return {
    id: `y136-${prefix}-${String(n).padStart(3, "0")}`,
    kind: "secrets",
    category: benign ? "heldouty136-benign" : `heldouty136-sec-${group}`,
    label: benign ? "benign" : "positive",
    text,
    note,
  };
}

/** PEM-wrap base64 at 64 columns. */
export function pem(label: string, b64: string): string {
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----\n`;
}
