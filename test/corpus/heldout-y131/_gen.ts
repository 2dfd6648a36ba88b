// Shared builders and context renderers for heldout-y131 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time from a prefix and a body drawn from a
// SeededRng with one fixed seed per case file, so loads are deterministic and the repository never
// holds a literal credential.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const LOWER = "abcdefghijklmnopqrstuvwxyz";
export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const DIGITS = "0123456789";
export const HEXL = "0123456789abcdef";
export const B64 = `${ALNUM}+/`;
export const B64U = `${ALNUM}_-`;
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
export const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

export const b64 = (s: string | Uint8Array): string => Buffer.from(s).toString("base64");
export const b64url = (s: string | Uint8Array): string => Buffer.from(s).toString("base64url");

export class Gen extends SeededRng {
  an(n: number): string { return this.str(n, ALNUM); }
  hex(n: number): string { return this.str(n, HEXL); }
  HEX(n: number): string { return this.str(n, "0123456789ABCDEF"); }
  lo(n: number): string { return this.str(n, LOWER + DIGITS); }
  up(n: number): string { return this.str(n, UPPER + DIGITS); }
  letters(n: number): string { return this.str(n, UPPER + LOWER); }
  dig(n: number): string { return this.str(1, "123456789") + this.str(n - 1, DIGITS); }
  b64(n: number): string { return this.str(n, B64); }
  b64u(n: number): string { return this.str(n, B64U); }
  b32(n: number): string { return this.str(n, B32); }
  uuid(): string { return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`; }
  pw(n = 20): string { return this.str(n, `${ALNUM}!#%^*-_`); }
  /** A JWT: base64url(header).base64url(payload).random signature. */
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    const sig = alg.startsWith("HS") ? 43 : 342;
    return [b64url(JSON.stringify({ alg, typ: "JWT" })), b64url(JSON.stringify(payload)), this.b64u(sig)].join(".");
  }
  /** PEM block around DER-shaped bytes: fixed prefix bytes + random body. */
  pem(label: string, prefix: number[], bodyLen: number, suffix: number[] = []): string {
    const bytes = Uint8Array.from([...prefix, ...this.bytes(bodyLen), ...suffix]);
    const body = b64(bytes).replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
    return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
  }
  rsaPrivate(): string {
    return this.pem(["RSA", "PRIVATE", "KEY"].join(" "), [0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], 1180);
  }
  pkcs8Private(): string {
    return this.pem(["PRIVATE", "KEY"].join(" "), [0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa8, 0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], 1180);
  }
  ecPrivate(): string {
    const d = Array.from(this.bytes(32));
    const q = Array.from(this.bytes(64));
    const der = [0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20, ...d, 0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04, ...q];
    return this.pem(["EC", "PRIVATE", "KEY"].join(" "), der, 0);
  }
  p8EcPrivate(): string {
    const pre = [0x30, 0x81, 0x93, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x04, 0x79, 0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20];
    return this.pem(["PRIVATE", "KEY"].join(" "), pre, 32, [0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04, ...Array.from(this.bytes(64))]);
  }
  opensshPrivate(comment: string): string {
    const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
    const str = (s: string | number[]) => {
      const b = typeof s === "string" ? Array.from(Buffer.from(s)) : s;
      return [...u32(b.length), ...b];
    };
    const pub = Array.from(this.bytes(32));
    const pubBlob = [...str("ssh-ed25519"), ...str(pub)];
    const check = Array.from(this.bytes(4));
    const priv = [...check, ...check, ...str("ssh-ed25519"), ...str(pub), ...str([...Array.from(this.bytes(32)), ...pub]), ...str(comment), 1, 2, 3, 4, 5];
    const bytes = [...Array.from(Buffer.from("openssh-key-v1\0")), ...str("none"), ...str("none"), ...str(""), ...u32(1), ...str(pubBlob), ...str(priv)];
    const body = b64(Uint8Array.from(bytes)).replace(/(.{70})/g, "$1\n").replace(/\n$/, "");
    const label = ["OPENSSH", "PRIVATE", "KEY"].join(" ");
    return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
  }
  sshEd25519Public(comment: string): string {
    const u32 = (n: number) => [0, 0, 0, n];
    const blob = [...u32(11), ...Array.from(Buffer.from("ssh-ed25519")), ...u32(32), ...Array.from(this.bytes(32))];
    return `ssh-ed25519 ${b64(Uint8Array.from(blob))} ${comment}`;
  }
  certificate(): string {
    return this.pem("CERTIFICATE", [0x30, 0x82, 0x03, 0x5a, 0x30, 0x82, 0x02, 0x42, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x14], 840);
  }
  publicKey(): string {
    return this.pem("PUBLIC KEY", [0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00, 0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01, 0x00], 256, [0x02, 0x03, 0x01, 0x00, 0x01]);
  }
}

// ---------------------------------------------------------------- specs

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

/**
 * How a header-style renderer sends the primary value: "bearer", "token" (Authorization: token v),
 * "scheme:X" (Authorization: X v), "h:Name" (Name: v), "basic:user" / "basic:$N" (companion N as
 * user) / "basic-self" (value as user, empty password), "q:param" (URL query), "none" (no header
 * renderers: the value only travels inside files, code, configs).
 */
export type Auth = string;

export interface Spec {
  p: string;
  g: Group;
  slot: string;
  make: (r: Gen) => string;
  extra?: (r: Gen) => [string, string][];
  auth: Auth;
  host?: string;
}

export function S(p: string, g: Group, slot: string, make: (r: Gen) => string, auth: Auth = "bearer", extra?: (r: Gen) => [string, string][], host?: string): Spec {
  const s: Spec = { p, g, slot, make, auth };
  if (extra) s.extra = extra;
  if (host) s.host = host;
  return s;
}

export interface Ctx {
  p: string;
  slug: string;
  name: string;
  value: string;
  pairs: [string, string][];
  auth: Auth;
  host: string;
  path: string;
  r: Gen;
  i: number;
  lang: Lang;
}

// ---------------------------------------------------------------- naming helpers

const lower = (n: string) => n.toLowerCase();
const camel = (n: string) => n.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const pascal = (n: string) => { const c = camel(n); return c.charAt(0).toUpperCase() + c.slice(1); };
const dotted = (n: string) => n.toLowerCase().replace(/_/g, ".");
const kebab = (n: string) => n.toLowerCase().replace(/_/g, "-");
export const slugOf = (p: string) => p.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").split("-").slice(0, 2).join("-");
const pyIdent = (s: string) => s.replace(/-/g, "_");

// ---------------------------------------------------------------- prose in several languages

export type Lang = "en" | "de" | "fr" | "es" | "pt" | "ja" | "zh" | "ru" | "ko" | "it" | "tr" | "pl" | "nl";
const OTHER: Lang[] = ["de", "fr", "es", "pt", "ja", "zh", "ru", "ko", "it", "tr", "pl", "nl"];
/**
 * One case in four gets prose in a language other than English. The phase shifts each full
 * rotation (48 renderers) so every prose-bearing renderer gets its share.
 */
export const langFor = (i: number): Lang => ((i + Math.floor(i / 48)) % 4 === 1 ? OTHER[(i >> 2) % OTHER.length]! : "en");

type Intent = "fix" | "share" | "log" | "review";
const PROSE: Record<Intent, Record<Lang, string>> = {
  fix: {
    en: "My app stopped connecting after the deploy. Here is the config, what is wrong?",
    de: "Meine App verbindet sich seit dem Deploy nicht mehr. Hier ist die Konfiguration, was ist falsch?",
    fr: "Mon appli ne se connecte plus depuis le déploiement. Voici la config, qu'est-ce qui cloche ?",
    es: "Mi aplicación dejó de conectar después del despliegue. Aquí está la configuración, ¿qué está mal?",
    pt: "Meu app parou de conectar depois do deploy. Segue a configuração, o que está errado?",
    ja: "デプロイ後にアプリが接続できなくなりました。設定はこちらです。どこがおかしいですか？",
    zh: "部署之后应用就连不上了，配置如下，哪里有问题？",
    ru: "После деплоя приложение перестало подключаться. Вот конфиг, что не так?",
    ko: "배포 후에 앱이 연결되지 않아요. 설정은 아래와 같습니다. 뭐가 문제일까요?",
    it: "Dopo il deploy l'app non si connette più. Ecco la configurazione, cosa c'è che non va?",
    tr: "Dağıtımdan sonra uygulama bağlanmıyor. Yapılandırma aşağıda, sorun ne?",
    pl: "Po wdrożeniu aplikacja przestała się łączyć. Oto konfiguracja, co jest nie tak?",
    nl: "Na de deploy maakt mijn app geen verbinding meer. Hier is de config, wat gaat er mis?",
  },
  share: {
    en: "Here are the values for the staging environment, please add them:",
    de: "Hier sind die Werte für die Staging-Umgebung, bitte eintragen:",
    fr: "Voici les valeurs pour l'environnement de staging, merci de les ajouter :",
    es: "Aquí tienes los valores para el entorno de staging, por favor agrégalos:",
    pt: "Seguem os valores para o ambiente de staging, pode adicionar por favor:",
    ja: "ステージング環境用の値です。追加をお願いします：",
    zh: "这是预发布环境要用的值，麻烦加一下：",
    ru: "Вот значения для staging-окружения, добавь их, пожалуйста:",
    ko: "스테이징 환경에 넣을 값입니다. 추가 부탁드려요:",
    it: "Ecco i valori per l'ambiente di staging, aggiungili per favore:",
    tr: "Staging ortamı için değerler bunlar, lütfen ekle:",
    pl: "Oto wartości dla środowiska staging, dodaj je proszę:",
    nl: "Hier zijn de waarden voor de staging-omgeving, voeg ze alsjeblieft toe:",
  },
  log: {
    en: "The pipeline failed with this output, can you take a look?",
    de: "Die Pipeline ist mit dieser Ausgabe fehlgeschlagen, kannst du mal schauen?",
    fr: "Le pipeline a échoué avec cette sortie, tu peux regarder ?",
    es: "El pipeline falló con esta salida, ¿puedes revisarlo?",
    pt: "O pipeline falhou com esta saída, consegue dar uma olhada?",
    ja: "パイプラインがこの出力で失敗しました。見てもらえますか？",
    zh: "流水线失败了，输出如下，帮我看看？",
    ru: "Пайплайн упал вот с таким выводом, посмотришь?",
    ko: "파이프라인이 이 출력과 함께 실패했어요. 한번 봐주실래요?",
    it: "La pipeline è fallita con questo output, puoi darci un'occhiata?",
    tr: "Pipeline bu çıktıyla başarısız oldu, bakabilir misin?",
    pl: "Pipeline padł z takim wynikiem, możesz zerknąć?",
    nl: "De pipeline faalde met deze output, kun je even kijken?",
  },
  review: {
    en: "Please review this change before I merge it.",
    de: "Bitte schau dir diese Änderung an, bevor ich sie merge.",
    fr: "Peux-tu relire ce changement avant que je le merge ?",
    es: "Revisa este cambio antes de que lo fusione, por favor.",
    pt: "Revisa essa alteração antes de eu fazer o merge, por favor.",
    ja: "マージする前にこの変更をレビューしてください。",
    zh: "合并之前帮我审一下这个改动。",
    ru: "Проверь, пожалуйста, это изменение перед мержем.",
    ko: "머지하기 전에 이 변경 사항 리뷰 부탁드려요.",
    it: "Per favore rivedi questa modifica prima che la unisca.",
    tr: "Birleştirmeden önce bu değişikliği gözden geçirir misin?",
    pl: "Przejrzyj proszę tę zmianę, zanim ją zmerguję.",
    nl: "Kun je deze wijziging reviewen voordat ik merge?",
  },
};
export const prose = (c: { lang: Lang }, k: Intent) => PROSE[k][c.lang];

// ---------------------------------------------------------------- fragments

const FILLER: [string, string][] = [["NODE_ENV", "production"], ["LOG_LEVEL", "info"], ["PORT", "8080"], ["APP_REGION", "eu-west-1"], ["FEATURE_NEW_CHECKOUT", "true"], ["TZ", "UTC"]];
const fill = (c: Ctx, n = 2): [string, string][] => Array.from({ length: n }, (_v, k) => FILLER[(c.i + k * 3) % FILLER.length]!);
const envLines = (c: Ctx) => [...fill(c), ...c.pairs].map(([k, v]) => `${k}=${v}`).join("\n");
const sq = (v: string) => `'${v.replace(/'/g, `'\\''`)}'`;
const ts = (c: Ctx) => `2025-0${1 + (c.i % 9)}-${String(10 + (c.i % 18)).padStart(2, "0")}T${String(8 + (c.i % 12)).padStart(2, "0")}:${String(c.i % 60).padStart(2, "0")}:17`;

export function authHeader(c: Ctx): [string, string] {
  const a = c.auth;
  if (a === "bearer") return ["Authorization", `Bearer ${c.value}`];
  if (a === "token") return ["Authorization", `token ${c.value}`];
  if (a.startsWith("scheme:")) return ["Authorization", `${a.slice(7)} ${c.value}`];
  if (a.startsWith("h:")) return [a.slice(2), c.value];
  if (a === "basic-self") return ["Authorization", `Basic ${b64(`${c.value}:`)}`];
  if (a.startsWith("basic:")) {
    const u = a.slice(6);
    const user = u.startsWith("$") ? c.pairs[Number(u.slice(1))]![1] : u;
    return ["Authorization", `Basic ${b64(`${user}:${c.value}`)}`];
  }
  throw new Error(`no header for auth ${a}`);
}
const isQuery = (c: Ctx) => c.auth.startsWith("q:");
const urlOf = (c: Ctx) => (isQuery(c) ? `https://${c.host}${c.path}?${c.auth.slice(2)}=${encodeURIComponent(c.value)}` : `https://${c.host}${c.path}`);
/** Header lines for header renderers (none when the value rides in the query). */
const hdrs = (c: Ctx): [string, string][] => (isQuery(c) ? [] : [authHeader(c)]);

// ---------------------------------------------------------------- renderers

export interface Renderer { id: string; header?: boolean; fn: (c: Ctx) => string }

export const RENDERERS: Renderer[] = [
  { id: "openai chat body, pasted .env", fn: (c) => JSON.stringify({ model: "gpt-4o", temperature: 0.2, messages: [{ role: "system", content: "You are a senior backend engineer." }, { role: "user", content: `${prose(c, "fix")}\n\n\`\`\`env\n${envLines(c)}\n\`\`\`` }] }, null, 2) },
  { id: "anthropic tool_use write_file (yaml)", fn: (c) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: prose(c, "share") }, { role: "assistant", content: [{ type: "text", text: "I'll write the settings file." }, { type: "tool_use", id: `toolu_01${c.r.an(22)}`, name: "write_file", input: { path: `config/${c.slug}.yaml`, content: `${c.slug}:\n  endpoint: https://${c.host}\n${c.pairs.map(([k, v]) => `  ${lower(k)}: "${v}"`).join("\n")}\n  timeout_ms: 5000\n` } }] }] }) },
  { id: "openai tool_calls shell command", fn: (c) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: "deploy the worker" }, { role: "assistant", content: null, tool_calls: [{ id: `call_${c.r.an(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${c.pairs.map(([k, v]) => `export ${k}=${sq(v)}`).join(" && ")} && ./scripts/deploy.sh --env prod`, cwd: "/workspace/api" }) } }] }] }) },
  { id: "MCP tool result (cat .env.production)", fn: (c) => JSON.stringify({ jsonrpc: "2.0", id: 40 + c.i, result: { content: [{ type: "text", text: `$ cat .env.production\n${envLines(c)}\n` }], isError: false } }) },
  { id: "curl with auth header", header: true, fn: (c) => [`curl -sS -X GET "${urlOf(c)}"`, ...hdrs(c).map(([h, v]) => `  -H "${h}: ${v}"`), `  -H "Accept: application/json"`].join(" \\\n") },
  { id: "raw HTTP request", header: true, fn: (c) => [`POST ${isQuery(c) ? urlOf(c).replace(`https://${c.host}`, "") : c.path} HTTP/1.1`, `Host: ${c.host}`, "User-Agent: python-requests/2.32.3", "Accept: */*", ...hdrs(c).map(([h, v]) => `${h}: ${v}`), "Content-Type: application/json", "Content-Length: 27", "", `{"query":"status","page":1}`].join("\r\n") },
  { id: "fetch tool call with URL query", fn: (c) => JSON.stringify({ type: "tool_use", id: `toolu_01${c.r.an(22)}`, name: "fetch_url", input: { url: `https://${c.host}${c.path}?${c.pairs.map(([k, v]) => `${lower(k)}=${encodeURIComponent(v)}`).join("&")}&format=json` } }) },
  { id: "form-urlencoded POST", fn: (c) => `POST /oauth/token HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${c.pairs.map(([k, v]) => `${lower(k)}=${encodeURIComponent(v)}`).join("&")}&scope=read%20write` },
  { id: "multipart form upload", fn: (c) => { const b = `----WebKitFormBoundary${c.r.an(16)}`; return [`POST /api/integrations HTTP/1.1`, `Host: ${c.host}`, `Content-Type: multipart/form-data; boundary=${b}`, "", ...c.pairs.flatMap(([k, v]) => [`--${b}`, `Content-Disposition: form-data; name="${lower(k)}"`, "", v]), `--${b}`, `Content-Disposition: form-data; name="provider"`, "", c.slug, `--${b}--`].join("\r\n"); } },
  { id: "JSON config PUT", fn: (c) => `PUT https://config.example.com/v1/apps/web/settings\nContent-Type: application/json\n\n${JSON.stringify({ service: c.slug, environment: "production", credentials: Object.fromEntries(c.pairs.map(([k, v]) => [camel(k), v])), retries: 3 }, null, 2)}` },
  { id: "YAML application config", fn: (c) => `# config/application.yml\nserver:\n  port: 8080\n${c.slug.replace(/-/g, "_")}:\n  base_url: https://${c.host}\n${c.pairs.map(([k, v]) => `  ${lower(k)}: "${v}"`).join("\n")}\n` },
  { id: "TOML config", fn: (c) => `[server]\nport = 8080\n\n[${c.slug.replace(/-/g, "_")}]\nbase_url = "https://${c.host}"\n${c.pairs.map(([k, v]) => `${lower(k)} = "${v}"`).join("\n")}\n` },
  { id: "INI config", fn: (c) => `[default]\nregion = eu-west-1\n\n[${c.slug}]\nendpoint = https://${c.host}\n${c.pairs.map(([k, v]) => `${lower(k)} = ${v}`).join("\n")}\n` },
  { id: ".properties file", fn: (c) => `# application-prod.properties\nserver.port=8080\napp.${c.slug}.url=https://${c.host}\n${c.pairs.map(([k, v]) => `app.${c.slug}.${kebab(k)}=${v}`).join("\n")}\n` },
  { id: "bash heredoc writing .env", fn: (c) => JSON.stringify({ name: "bash", input: { command: `cat > .env <<'EOF'\n${envLines(c)}\nEOF\nnpm run start` } }) },
  { id: "terraform.tfvars / HCL", fn: (c) => `# terraform.tfvars\nregion      = "eu-central-1"\nenvironment = "prod"\n${c.pairs.map(([k, v]) => `${lower(k)} = "${v}"`).join("\n")}\n` },
  { id: "web.config XML appSettings", fn: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${c.pairs.map(([k, v]) => `    <add key="${pascal(k)}" value="${v}" />`).join("\n")}\n  </appSettings>\n</configuration>` },
  { id: "python code (env default)", fn: (c) => `import os\nimport httpx\n\n${c.pairs.map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`).join("\n")}\n\nclient = httpx.Client(base_url="https://${c.host}", timeout=10)\n` },
  { id: "typescript code (env fallback)", fn: (c) => `import { createClient } from "./${c.slug}-client";\n\n${c.pairs.map(([k, v]) => `const ${camel(k)} = process.env.${k} ?? "${v}";`).join("\n")}\n\nexport const client = createClient({ ${c.pairs.map(([k]) => camel(k)).join(", ")}, baseUrl: "https://${c.host}" });\n` },
  { id: "go const block", fn: (c) => `package config\n\n// TODO: move to secret manager\nconst (\n\tBaseURL = "https://${c.host}"\n${c.pairs.map(([k, v]) => `\t${pascal(k)} = "${v}"`).join("\n")}\n)\n` },
  { id: "rust env fallback", fn: (c) => `fn load() -> Config {\n${c.pairs.map(([k, v]) => `    let ${lower(k)} = std::env::var("${k}").unwrap_or_else(|_| "${v}".to_string());`).join("\n")}\n    Config { ${c.pairs.map(([k]) => lower(k)).join(", ")} }\n}\n` },
  { id: "java constants", fn: (c) => `public final class ${pascal(pyIdent(c.slug))}Config {\n    public static final String BASE_URL = "https://${c.host}";\n${c.pairs.map(([k, v]) => `    public static final String ${k} = "${v}";`).join("\n")}\n}\n` },
  { id: "C# env fallback", fn: (c) => `var builder = WebApplication.CreateBuilder(args);\n${c.pairs.map(([k, v]) => `var ${camel(k)} = Environment.GetEnvironmentVariable("${k}") ?? "${v}";`).join("\n")}\nbuilder.Services.AddHttpClient("${c.slug}", h => h.BaseAddress = new Uri("https://${c.host}"));\n` },
  { id: "ruby initializer", fn: (c) => `# config/initializers/${pyIdent(c.slug)}.rb\nRails.application.configure do\n${c.pairs.map(([k, v]) => `  config.x.${pyIdent(c.slug)}.${lower(k)} = ENV.fetch("${k}", "${v}")`).join("\n")}\nend\n` },
  { id: "php config array", fn: (c) => `<?php\n\nreturn [\n    '${c.slug}' => [\n        'url' => 'https://${c.host}',\n${c.pairs.map(([k, v]) => `        '${lower(k)}' => env('${k}', '${v}'),`).join("\n")}\n    ],\n];\n` },
  { id: "CI log pasted in chat", fn: (c) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `${prose(c, "log")}\n\n${ts(c)}.1043250Z ##[group]Run ./scripts/release.sh\n${ts(c)}.1043870Z ./scripts/release.sh\n${ts(c)}.1044120Z shell: /usr/bin/bash -e {0}\n${ts(c)}.1044300Z env:\n${c.pairs.map(([k, v]) => `${ts(c)}.1044511Z   ${k}: ${v}`).join("\n")}\n${ts(c)}.1044702Z ##[endgroup]\n${ts(c)}.3921004Z Error: request failed with status 403\n${ts(c)}.3925519Z ##[error]Process completed with exit code 1.` }] }) },
  { id: "zsh history via read_file", fn: (c) => JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `: 1718031000:0;cd ~/src/${c.slug}-sync\n: 1718031012:0;git pull --rebase\n${c.pairs.map(([k, v], n) => `: 17180310${30 + n}:0;export ${k}=${sq(v)}`).join("\n")}\n: 1718031101:0;make run\n` }] } }) },
  { id: "python crash report with locals", fn: (c) => `Traceback (most recent call last):\n  File "/srv/app/jobs/sync.py", line 88, in run\n    resp = session.get(url, timeout=10)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 602, in get\n    return self.request("GET", url, **kwargs)\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://${c.host}${c.path}\n\nLocal variables (frame run):\n    url = 'https://${c.host}${c.path}'\n${c.pairs.map(([k, v]) => `    ${lower(k)} = '${v}'`).join("\n")}\n    attempt = 3\n` },
  { id: "Jupyter notebook JSON", fn: (c) => JSON.stringify({ cells: [{ cell_type: "markdown", metadata: {}, source: [`## ${c.p} quick test\n`] }, { cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", ...c.pairs.map(([k, v]) => `os.environ["${k}"] = "${v}"\n`), `client = make_client()\n`] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { id: "unified diff in review request", fn: (c) => `${prose(c, "review")}\n\ndiff --git a/settings/prod.py b/settings/prod.py\nindex 4e1a2b9..9c0d7f3 100644\n--- a/settings/prod.py\n+++ b/settings/prod.py\n@@ -14,6 +14,${6 + c.pairs.length} @@ DEBUG = False\n ALLOWED_HOSTS = ["app.example.com"]\n-${c.name} = os.environ["${c.name}"]\n${c.pairs.map(([k, v]) => `+${k} = "${v}"`).join("\n")}\n CACHE_TTL = 300\n` },
  { id: "Slack chat.postMessage handing over", fn: (c) => JSON.stringify({ channel: `C0${c.r.up(9)}`, text: `${prose(c, "share")}\n${c.pairs.map(([k, v]) => `\`${k}=${v}\``).join("\n")}`, unfurl_links: false }) },
  { id: "k8s Secret manifest via kubectl apply", fn: (c) => { const data = c.i % 2 === 0; return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${c.slug}-credentials\n  namespace: prod\ntype: Opaque\n${data ? "data" : "stringData"}:\n${c.pairs.map(([k, v]) => `  ${k}: ${data ? b64(v) : JSON.stringify(v)}`).join("\n")}\n`; } },
  { id: "docker run -e", fn: (c) => `docker run -d --name ${c.slug}-worker \\\n${c.pairs.map(([k, v]) => `  -e ${k}=${sq(v)} \\`).join("\n")}\n  -p 8080:8080 registry.example.com/team/${c.slug}-worker:1.4.2` },
  { id: "GitHub Actions workflow env", fn: (c) => `name: nightly-sync\non:\n  schedule:\n    - cron: "0 3 * * *"\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n${c.pairs.map(([k, v]) => `      ${k}: ${v}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm run sync\n` },
  { id: "docker-compose environment", fn: (c) => `services:\n  api:\n    image: ghcr.io/acme/api:2.3.0\n    environment:\n${[...fill(c, 1), ...c.pairs].map(([k, v]) => `      - ${k}=${v}`).join("\n")}\n    ports:\n      - "8080:8080"\n` },
  { id: "SQL seed insert", fn: (c) => `-- seed integrations for prod\nINSERT INTO integration_settings (provider, field, value, updated_at) VALUES\n${c.pairs.map(([k, v]) => `  ('${c.slug}', '${lower(k)}', '${v}', now())`).join(",\n")};\n` },
  { id: "GitHub issue comment (markdown)", fn: (c) => JSON.stringify({ body: `${prose(c, "fix")}\n\n\`\`\`sh\n${c.pairs.map(([k, v]) => `export ${k}="${v}"`).join("\n")}\n./bin/sync --dry-run\n\`\`\`\n\nOutput: \`403 Forbidden\`` }) },
  { id: "JSON log line shipped to collector", fn: (c) => `POST https://logs.example.net/v1/ingest\nContent-Type: application/x-ndjson\n\n${JSON.stringify({ ts: `${ts(c)}.412Z`, level: "debug", logger: `${c.slug}.client`, msg: "client initialised", config: Object.fromEntries(c.pairs.map(([k, v]) => [camel(k), v])), trace_id: c.r.hex(32) })}\n${JSON.stringify({ ts: `${ts(c)}.977Z`, level: "info", msg: "sync finished", items: 42 })}` },
  { id: "HAR entry", header: true, fn: (c) => JSON.stringify({ log: { version: "1.2", entries: [{ startedDateTime: `${ts(c)}.000Z`, request: { method: "GET", url: urlOf(c), httpVersion: "HTTP/2", headers: [{ name: "accept", value: "application/json" }, ...hdrs(c).map(([h, v]) => ({ name: h.toLowerCase(), value: v }))], queryString: [] }, response: { status: 200 } }] } }, null, 2) },
  { id: "devtools Copy as fetch", header: true, fn: (c) => `fetch("${urlOf(c)}", {\n  "headers": {\n    "accept": "application/json",\n${hdrs(c).map(([h, v]) => `    "${h.toLowerCase()}": "${v}",`).join("\n")}\n    "sec-fetch-mode": "cors"\n  },\n  "method": "GET"\n});` },
  { id: "grpcurl with metadata", header: true, fn: (c) => `grpcurl ${hdrs(c).map(([h, v]) => `-H '${h.toLowerCase()}: ${v}' `).join("")}-d '{"id": "${c.r.dig(6)}"}' ${c.host}:443 ${pyIdent(c.slug)}.v1.Service/Get` },
  { id: "PowerShell session", fn: (c) => `PS C:\\src\\app> ${c.pairs.map(([k, v]) => `$env:${k} = "${v}"`).join("\nPS C:\\src\\app> ")}\nPS C:\\src\\app> .\\deploy.ps1 -Environment prod` },
  { id: "systemd unit Environment=", fn: (c) => `# /etc/systemd/system/${c.slug}-sync.service\n[Unit]\nDescription=${c.p} sync\n\n[Service]\n${c.pairs.map(([k, v]) => `Environment="${k}=${v}"`).join("\n")}\nExecStart=/usr/local/bin/${c.slug}-sync --interval 60\nRestart=always\n` },
  { id: "helm --set in tool call", fn: (c) => JSON.stringify({ type: "function", name: "terminal", arguments: JSON.stringify({ cmd: `helm upgrade --install ${c.slug} ./charts/${c.slug} -n prod ${c.pairs.map(([k, v]) => `--set env.${k}=${v}`).join(" ")}` }) }) },
  { id: "kotlin env fallback", fn: (c) => `object ${pascal(pyIdent(c.slug))}Settings {\n${c.pairs.map(([k, v]) => `    val ${camel(k)}: String = System.getenv("${k}") ?: "${v}"`).join("\n")}\n}\n` },
  { id: "GitLab CI variables", fn: (c) => `variables:\n  DOCKER_DRIVER: overlay2\n${c.pairs.map(([k, v]) => `  ${k}: "${v}"`).join("\n")}\n\ndeploy:\n  stage: deploy\n  script:\n    - ./ci/deploy.sh\n` },
  { id: "WebSocket auth frame", fn: (c) => `>> ${JSON.stringify({ type: "connection_init", payload: Object.fromEntries(c.pairs.map(([k, v]) => [camel(k), v])) })}\n<< {"type":"connection_ack"}` },
  { id: ".env.local in Anthropic messages", fn: (c) => JSON.stringify({ model: "claude-haiku-4-5", max_tokens: 1024, messages: [{ role: "user", content: [{ type: "text", text: `${prose(c, "share")}\n\n.env.local:\n${c.pairs.map(([k, v]) => `${k}="${v}"`).join("\n")}` }] }] }) },
];

export function ctxFor(spec: { p: string; slot: string; auth: Auth; host?: string }, value: string, pairs: [string, string][], r: Gen, i: number): Ctx {
  const slug = slugOf(spec.p);
  return { p: spec.p, slug, name: spec.slot, value, pairs, auth: spec.auth, host: spec.host ?? `api.${slug}.example.com`, path: `/v1/${["status", "items", "reports", "messages", "usage"][i % 5]}`, r, i, lang: langFor(i) };
}

/** Renders each spec through the rotating renderer list (stride 7 over 47 renderers). */
export function rotate(specs: Spec[], r: Gen, opts: { idPrefix: string; category: (g: Group) => string; offset: number; label?: "positive" | "benign" }): CorpusCase[] {
  const R = RENDERERS.length;
  return specs.map((s, i) => {
    const value = s.make(r);
    const pairs: [string, string][] = [...(s.extra ? s.extra(r) : []), [s.slot, value]];
    const c = ctxFor(s, value, pairs, r, i);
    let k = (i * 7 + opts.offset) % R;
    while (RENDERERS[k]!.header && s.auth === "none") k = (k + 1) % R;
    const rd = RENDERERS[k]!;
    return {
      id: `${opts.idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: opts.category(s.g),
      label: opts.label ?? "positive",
      text: rd.fn(c),
      note: `${s.p}; slot ${s.slot}${s.extra ? ` (+${pairs.slice(0, -1).map(([k2]) => k2).join(", ")})` : ""}; context: ${rd.id}${c.lang !== "en" && /chat|issue|diff|Slack|messages|tool_use/.test(rd.id) ? ` [prose ${c.lang}]` : ""}`,
    } satisfies CorpusCase;
  });
}

export const cat = (g: Group) => `heldouty131-sec-${g}`;
export const BENIGN = "heldouty131-benign";
