// Shared builders and context renderers for heldout-y133 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time from a seeded PRNG, so the repository
// holds no literal that looks like a live credential. Prefixes are written split ("sk" + "_live_").
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
export const HEX = "0123456789abcdef";
export const B64 = `${ALNUM}+/`;
export const B64U = `${ALNUM}-_`;
export const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

/** Joins split pieces (used so no prefix+body literal sits in the source). */
export const j = (...p: string[]): string => p.join("");
export const b64 = (s: string | Uint8Array): string =>
  (typeof s === "string" ? Buffer.from(s, "utf8") : Buffer.from(s)).toString("base64");
export const b64url = (s: string | Uint8Array): string =>
  b64(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
const pad2 = (n: number) => String(n).padStart(2, "0");
export const pad3 = (n: number) => String(n).padStart(3, "0");

export class Gen extends SeededRng {
  A(n: number) { return this.str(n, ALNUM); }
  L(n: number) { return this.str(n, LOWER); }
  U(n: number) { return this.str(n, UPPER); }
  H(n: number) { return this.str(n, HEX); }
  HU(n: number) { return this.str(n, HEX.toUpperCase()); }
  D(n: number) { return this.str(1, "123456789") + this.str(n - 1, "0123456789"); }
  B64(n: number) { return this.str(n, B64); }
  B64U(n: number) { return this.str(n, B64U); }
  B58(n: number) { return this.str(n, B58); }
  B32(n: number) { return this.str(n, B32); }
  bech(n: number) { return this.str(n, BECH); }
  alpha(n: number) { return this.str(n, LETTERS); }
  lowerAlpha(n: number) { return this.str(n, "abcdefghijklmnopqrstuvwxyz"); }
  uuid() { return `${this.H(8)}-${this.H(4)}-4${this.H(3)}-${this.pick(["8", "9", "a", "b"])}${this.H(3)}-${this.H(12)}`; }
  /** A strong mixed password a human might have set. */
  pw(n = 20) { return this.str(n, `${ALNUM}!%^*-_.~`); }
  /** Base64 of n random bytes. */
  b64bytes(n: number) { return b64(this.bytes(n)); }
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    return `${b64url(JSON.stringify({ alg, typ: "JWT" }))}.${b64url(JSON.stringify(payload))}.${this.B64U(alg.startsWith("HS") ? 43 : 86)}`;
  }
  /** PEM armour around DER-ish random bytes that start with the given prefix. */
  pem(label: string, prefix: number[], n: number): string {
    const body = new Uint8Array(prefix.length + n);
    body.set(prefix, 0);
    body.set(this.bytes(n), prefix.length);
    const s = b64(body);
    const lines = s.match(/.{1,64}/g) ?? [];
    return `-----BEGIN ${label}-----\n${lines.join("\n")}\n-----END ${label}-----`;
  }
  ts(): string {
    return `2025-${pad2(this.range(1, 9))}-${pad2(this.range(1, 28))}T${pad2(this.range(0, 23))}:${pad2(this.range(0, 59))}:${pad2(this.range(0, 59))}Z`;
  }
}

export const PK_LABEL = (kind: string) => [kind, "PRIV" + "ATE", "KEY"].filter(Boolean).join(" ");

// ---------------------------------------------------------------------------------------------
// Prose in several natural languages (about a quarter of prose-bearing cases are not English).

export type Lang = "en" | "fr" | "de" | "es" | "pt" | "ja" | "zh" | "ru" | "it" | "ko" | "tr" | "pl" | "nl" | "vi" | "id" | "uk";
export const OTHER_LANGS: Lang[] = ["fr", "de", "es", "pt", "ja", "zh", "ru", "it", "ko", "tr", "pl", "nl", "vi", "id", "uk"];

interface Prose { ask: string; hand: string; fix: string; note: string; cmt: string }
export const PROSE: Record<Lang, Prose> = {
  en: { ask: "Can you check why the service fails to start with this config?", hand: "Here's the {p} credential for the staging box, please wire it in:", fix: "The build is failing on CI, here is the log:", note: "Saving this for the team runbook.", cmt: "staging settings - keep in sync with the deploy repo" },
  fr: { ask: "Tu peux regarder pourquoi le service ne démarre pas avec cette config ?", hand: "Voici l'identifiant {p} pour la préprod, branche-le stp :", fix: "Le build plante sur la CI, voici le log :", note: "Je note ça pour le runbook de l'équipe.", cmt: "paramètres de préprod - à garder synchro avec le dépôt de déploiement" },
  de: { ask: "Kannst du prüfen, warum der Dienst mit dieser Konfiguration nicht startet?", hand: "Hier ist der {p}-Zugang für Staging, bitte einbauen:", fix: "Der Build schlägt in der CI fehl, hier das Log:", note: "Ich lege das fürs Team-Runbook ab.", cmt: "Staging-Einstellungen - mit dem Deploy-Repo synchron halten" },
  es: { ask: "¿Puedes ver por qué el servicio no arranca con esta configuración?", hand: "Aquí tienes la credencial de {p} para staging, intégrala por favor:", fix: "La compilación falla en CI, este es el log:", note: "Lo guardo para el runbook del equipo.", cmt: "ajustes de staging - mantener sincronizado con el repo de despliegue" },
  pt: { ask: "Consegue ver por que o serviço não sobe com essa configuração?", hand: "Segue a credencial do {p} para homologação, pode configurar:", fix: "O build está quebrando no CI, segue o log:", note: "Guardando isso no runbook do time.", cmt: "configurações de homologação - manter em sincronia com o repo de deploy" },
  ja: { ask: "この設定でサービスが起動しない理由を確認してもらえますか？", hand: "ステージング用の{p}の認証情報です。設定をお願いします：", fix: "CIでビルドが失敗しています。ログはこちら：", note: "チームのランブック用にメモしておきます。", cmt: "ステージング設定 - デプロイ用リポジトリと同期させること" },
  zh: { ask: "你能帮我看看为什么用这个配置服务启动失败吗？", hand: "这是预发环境的 {p} 凭据，请帮忙配置上：", fix: "CI 上构建失败了，日志如下：", note: "记录一下，放到团队运维手册里。", cmt: "预发环境配置 —— 与部署仓库保持同步" },
  ru: { ask: "Посмотри, пожалуйста, почему сервис не стартует с этим конфигом?", hand: "Вот доступ к {p} для стейджинга, подключи, пожалуйста:", fix: "Сборка падает в CI, вот лог:", note: "Сохраняю это в ранбук команды.", cmt: "настройки стейджинга - держать в синхроне с репозиторием деплоя" },
  it: { ask: "Puoi controllare perché il servizio non parte con questa configurazione?", hand: "Ecco la credenziale {p} per lo staging, configurala per favore:", fix: "La build fallisce in CI, ecco il log:", note: "Lo salvo nel runbook del team.", cmt: "impostazioni di staging - tenere allineate con il repo di deploy" },
  ko: { ask: "이 설정으로 서비스가 시작되지 않는 이유를 확인해 줄 수 있나요?", hand: "스테이징용 {p} 인증 정보입니다. 설정 부탁해요:", fix: "CI에서 빌드가 실패합니다. 로그는 다음과 같습니다:", note: "팀 런북에 기록해 둡니다.", cmt: "스테이징 설정 - 배포 저장소와 동기화 유지" },
  tr: { ask: "Bu yapılandırmayla servisin neden başlamadığına bakabilir misin?", hand: "Staging için {p} erişim bilgisi burada, lütfen ekle:", fix: "CI'da derleme başarısız oluyor, log şu:", note: "Bunu ekip runbook'una kaydediyorum.", cmt: "staging ayarları - deploy deposuyla senkron tut" },
  pl: { ask: "Możesz sprawdzić, dlaczego usługa nie startuje z tą konfiguracją?", hand: "Oto dane dostępowe {p} do stagingu, podepnij je proszę:", fix: "Build pada na CI, oto log:", note: "Zapisuję to w runbooku zespołu.", cmt: "ustawienia stagingu - trzymać w zgodzie z repo deployu" },
  nl: { ask: "Kun je kijken waarom de service niet start met deze config?", hand: "Hier is de {p}-sleutel voor staging, wil je die instellen:", fix: "De build faalt op CI, hier is de log:", note: "Ik zet dit in het team-runbook.", cmt: "staging-instellingen - gelijk houden met de deploy-repo" },
  vi: { ask: "Bạn xem giúp tại sao dịch vụ không khởi động với cấu hình này?", hand: "Đây là thông tin xác thực {p} cho môi trường staging, bạn cấu hình giúp nhé:", fix: "Build bị lỗi trên CI, log đây:", note: "Lưu lại cho runbook của nhóm.", cmt: "cấu hình staging - giữ đồng bộ với repo triển khai" },
  id: { ask: "Bisa cek kenapa layanannya gagal start dengan konfigurasi ini?", hand: "Ini kredensial {p} untuk staging, tolong dipasang:", fix: "Build gagal di CI, ini log-nya:", note: "Saya simpan untuk runbook tim.", cmt: "pengaturan staging - samakan dengan repo deploy" },
  uk: { ask: "Можеш глянути, чому сервіс не запускається з цим конфігом?", hand: "Ось доступ до {p} для стейджингу, підключи, будь ласка:", fix: "Збірка падає в CI, ось лог:", note: "Зберігаю це в ранбук команди.", cmt: "налаштування стейджингу - тримати синхронно з репозиторієм деплою" },
};

// ---------------------------------------------------------------------------------------------
// Specs and slots.

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  p: string;
  group: Group | "benign";
  env: string;
  make: (g: Gen) => string;
  /** Header template with {v}; "" means the value is not sent as a header (URLs, passwords). */
  hdr?: string;
  q?: string;
  key?: string;
}

export interface Slot {
  p: string;
  slug: string;
  env: string;
  key: string;
  v: string;
  hdr: string;
  hn: string;
  pre: string;
  post: string;
  q: string;
  host: string;
  lang: Lang;
  g: Gen;
  i: number;
  benign: boolean;
}

export interface Renderer {
  name: string;
  needsHdr?: boolean;
  prose?: boolean;
  r: (s: Slot) => string;
}

const P = (s: Slot) => PROSE[s.lang];
const hand = (s: Slot) => (s.benign ? P(s).note : P(s).hand.replace("{p}", s.p));
const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const pascal = (env: string) => { const c = camel(env); return c.charAt(0).toUpperCase() + c.slice(1); };
const q = (v: string) => JSON.stringify(v);
const xml = (v: string) => v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const hline = (s: Slot) => `${s.hn}: ${s.pre}${s.v}${s.post}`;
const PATHS = ["v1/status", "v1/jobs", "v2/events", "v1/sync", "v3/records", "v1/messages", "v2/usage", "api/v1/projects"];
const path = (s: Slot) => PATHS[s.i % PATHS.length]!;
const dotenv = (s: Slot) => `NODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${s.env}=${s.v}\nFEATURE_FLAGS=search,exports\n`;

export const RENDERERS: Renderer[] = [
  {
    name: "openai chat body with pasted .env", prose: true,
    r: (s) => JSON.stringify({ model: "gpt-4o-2024-08-06", temperature: 0.2, messages: [
      { role: "system", content: "You are a senior backend engineer helping with deployments." },
      { role: "user", content: `${P(s).ask}\n\n\`\`\`env\n${dotenv(s)}\`\`\`` } ] }),
  },
  {
    name: "anthropic tool_use write_file", prose: true,
    r: (s) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [
      { role: "user", content: `${P(s).note} Put the ${s.p} setting into deploy/.env.staging.` },
      { role: "assistant", content: [ { type: "text", text: "I'll write the env file now." },
        { type: "tool_use", id: `toolu_01${s.g.A(22)}`, name: "write_file", input: { path: "deploy/.env.staging", content: `# ${P(s).cmt}\nAPP_NAME=orders-api\n${s.env}=${s.v}\nREGION=eu-west-1\n` } } ] },
      { role: "user", content: [ { type: "tool_result", tool_use_id: `toolu_01${s.g.A(22)}`, content: "ok: 4 lines written" } ] } ] }),
  },
  {
    name: "openai tool_calls run_shell (double-escaped)", prose: true,
    r: (s) => JSON.stringify({ model: "gpt-4.1", messages: [
      { role: "user", content: P(s).fix + "\nerror: exit status 1 (smoke tests)" },
      { role: "assistant", content: null, tool_calls: [ { id: `call_${s.g.A(24)}`, type: "function", function: { name: "run_shell",
        arguments: JSON.stringify({ command: `export ${s.env}='${s.v}' && ./scripts/smoke.sh --env staging`, timeout: 120 }) } } ] } ] }),
  },
  {
    name: "MCP tools/call result with config JSON",
    r: (s) => JSON.stringify({ jsonrpc: "2.0", id: 7 + s.i, result: { content: [ { type: "text",
      text: JSON.stringify({ service: "billing-worker", [s.slug]: { [s.key]: s.v, region: "eu-west-1", timeout_ms: 5000 } }, null, 2) } ], isError: false } }),
  },
  {
    name: "curl with header", needsHdr: true,
    r: (s) => `curl -sS -X POST 'https://${s.host}/${path(s)}' \\\n  -H '${hline(s)}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"dry_run":true,"limit":25}'`,
  },
  {
    name: "raw HTTP request", needsHdr: true,
    r: (s) => `POST /${path(s)} HTTP/1.1\r\nHost: ${s.host}\r\nUser-Agent: python-httpx/0.27.0\r\nAccept: application/json\r\n${hline(s)}\r\nContent-Type: application/json\r\nContent-Length: 28\r\n\r\n{"query":"status","limit":5}`,
  },
  {
    name: "URL query parameter in agent fetch log", needsHdr: true,
    r: (s) => `[agent] GET https://${s.host}/${path(s)}?format=json&${s.q}=${encodeURIComponent(s.v)}&page=2 -> 200 (412 ms)`,
  },
  {
    name: "web_fetch tool_use with URL query", needsHdr: true,
    r: (s) => JSON.stringify({ type: "tool_use", id: `toolu_01${s.g.A(22)}`, name: "web_fetch",
      input: { url: `https://${s.host}/${path(s)}?${s.q}=${encodeURIComponent(s.v)}&verbose=1` } }),
  },
  {
    name: "x-www-form-urlencoded body", needsHdr: true,
    r: (s) => `POST /${path(s)} HTTP/1.1\r\nHost: ${s.host}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\naction=sync&account=ops-team&${s.q}=${encodeURIComponent(s.v)}&dry_run=false`,
  },
  {
    name: "multipart form-data part", needsHdr: true,
    r: (s) => { const b = `----WebKitFormBoundary${s.g.A(16)}`; return `POST /upload HTTP/1.1\r\nHost: ${s.host}\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n--${b}\r\nContent-Disposition: form-data; name="${s.q}"\r\n\r\n${s.v}\r\n--${b}\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\n1,42\n\r\n--${b}--\r\n`; },
  },
  {
    name: "JSON config file",
    r: (s) => JSON.stringify({ $schema: "./config.schema.json", env: "staging", integrations: { [s.slug]: { enabled: true, [s.key]: s.v, retries: 3 } }, logging: { level: "info" } }, null, 2),
  },
  {
    name: "YAML config", prose: true,
    r: (s) => `# ${P(s).cmt}\nserver:\n  port: 8080\nintegrations:\n  ${s.slug}:\n    enabled: true\n    ${s.key}: ${q(s.v)}\n    timeout: 30s\n`,
  },
  {
    name: "TOML config", prose: true,
    r: (s) => `# ${P(s).cmt}\n[server]\nport = 8080\n\n[${s.slug}]\nendpoint = "https://${s.host}"\n${s.key} = ${q(s.v)}\n`,
  },
  {
    name: "INI file",
    r: (s) => `[default]\nregion = eu-central-1\noutput = json\n\n[${s.slug}]\nhost = ${s.host}\n${s.key} = ${s.v}\n`,
  },
  {
    name: "Java .properties",
    r: (s) => `spring.application.name=ledger\nserver.port=8081\n${s.slug}.base-url=https://${s.host}\n${s.slug}.${s.key.replace(/_/g, "-")}=${s.v}\nmanagement.endpoints.web.exposure.include=health\n`,
  },
  {
    name: "Terraform HCL locals",
    r: (s) => `locals {\n  environment = "staging"\n  ${s.slug}_${s.key} = ${q(s.v)}\n}\n\nresource "${s.benign ? "kubernetes_config_map" : "kubernetes_secret"}" "${s.slug}" {\n  metadata { name = "${s.slug.replace(/_/g, "-")}-${s.benign ? "settings" : "creds"}" }\n  data = { ${s.env} = local.${s.slug}_${s.key} }\n}\n`,
  },
  {
    name: "XML appSettings",
    r: (s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Staging" />\n    <add key="${pascal(s.env)}" value="${xml(s.v)}" />\n  </appSettings>\n</configuration>\n`,
  },
  {
    name: "Python requests code", prose: true,
    r: (s) => `# ${P(s).cmt}\nimport os\nimport requests\n\n${s.env} = os.environ.get("${s.env}", "${s.v}")\nBASE_URL = "https://${s.host}"\n\n\ndef fetch_status():\n` +
      (s.hdr ? `    resp = requests.get(f"{BASE_URL}/${path(s)}", headers={"${s.hn}": f"${s.pre}{${s.env}}${s.post}"}, timeout=10)\n` : `    resp = requests.post(f"{BASE_URL}/${path(s)}", json={"${s.key}": ${s.env}}, timeout=10)\n`) +
      `    resp.raise_for_status()\n    return resp.json()\n`,
  },
  {
    name: "Node.js fetch code", prose: true,
    r: (s) => `// ${P(s).cmt}\nconst ${camel(s.env)} = process.env.${s.env} ?? ${q(s.v)};\n\nexport async function ping() {\n` +
      (s.hdr ? `  const res = await fetch("https://${s.host}/${path(s)}", {\n    headers: { "${s.hn}": \`${s.pre}\${${camel(s.env)}}${s.post}\` },\n  });\n` : `  const res = await fetch("https://${s.host}/${path(s)}", { method: "POST", body: JSON.stringify({ ${s.key}: ${camel(s.env)} }) });\n`) +
      `  if (!res.ok) throw new Error(\`ping failed: \${res.status}\`);\n  return res.json();\n}\n`,
  },
  {
    name: "Go net/http code",
    r: (s) => `package client\n\nimport "net/http"\n\nconst ${camel(s.env)} = ${q(s.v)}\n\nfunc newRequest() (*http.Request, error) {\n\treq, err := http.NewRequest("GET", "https://${s.host}/${path(s)}", nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n` +
      (s.hdr ? `\treq.Header.Set("${s.hn}", ${s.pre ? `"${s.pre}"+` : ""}${camel(s.env)}${s.post ? `+"${s.post}"` : ""})\n` : s.benign ? `\tqs := req.URL.Query()\n\tqs.Set("${s.key}", ${camel(s.env)})\n\treq.URL.RawQuery = qs.Encode()\n` : `\treq.SetBasicAuth("svc", ${camel(s.env)})\n`) + `\treturn req, nil\n}\n`,
  },
  {
    name: "Java constant",
    r: (s) => `package com.example.integrations;\n\npublic final class ${pascal(s.slug)}Config {\n    private static final String ${s.env} = ${q(s.v)};\n    public static final String BASE_URL = "https://${s.host}";\n\n    private ${pascal(s.slug)}Config() {}\n\n    public static String ${camel(s.key)}() {\n        return ${s.env};\n    }\n}\n`,
  },
  {
    name: "C# HttpClient code",
    r: (s) => `using System.Net.Http;\n\nvar client = new HttpClient { BaseAddress = new Uri("https://${s.host}/") };\n` +
      (s.hdr ? `client.DefaultRequestHeaders.Add("${s.hn}", "${s.pre}${s.v}${s.post}");\n` : `var ${camel(s.key)} = ${q(s.v)};\nvar payload = new { ${pascal(s.key)} = ${camel(s.key)} };\n`) +
      `var response = await client.GetAsync("${path(s)}");\nresponse.EnsureSuccessStatusCode();\n`,
  },
  {
    name: "Ruby initializer", prose: true,
    r: (s) => `# config/initializers/${s.slug}.rb\n# ${P(s).cmt}\n${pascal(s.slug)}.configure do |config|\n  config.${s.key} = ENV.fetch("${s.env}", ${q(s.v)})\n  config.timeout = 15\nend\n`,
  },
  {
    name: "PHP Laravel config/services.php",
    r: (s) => `<?php\n\nreturn [\n    '${s.slug}' => [\n        '${s.key}' => env('${s.env}', '${s.v}'),\n        'endpoint' => 'https://${s.host}',\n    ],\n];\n`,
  },
  {
    name: "Rust env fallback",
    r: (s) => `fn ${s.slug}_${s.key}() -> String {\n    std::env::var("${s.env}").unwrap_or_else(|_| ${q(s.v)}.to_string())\n}\n`,
  },
  {
    name: "Kotlin object", prose: true,
    r: (s) => `// ${P(s).cmt}\nobject ${pascal(s.slug)}Settings {\n    val ${camel(s.key)}: String = System.getenv("${s.env}") ?: ${q(s.v)}\n    const val BASE_URL = "https://${s.host}"\n}\n`,
  },
  {
    name: "Swift config enum",
    r: (s) => `enum ${s.benign ? "AppConfig" : "AppSecrets"} {\n    static let ${camel(s.key)} = ${q(s.v)}\n    static let baseURL = URL(string: "https://${s.host}")!\n}\n`,
  },
  {
    name: "GitHub Actions job log (set -x)", prose: true,
    r: (s) => `${P(s).fix}\n\n2025-03-14T09:12:03.1234567Z ##[group]Run ./scripts/deploy.sh staging\n2025-03-14T09:12:03.1240112Z ./scripts/deploy.sh staging\n2025-03-14T09:12:03.1240790Z shell: /usr/bin/bash -e {0}\n2025-03-14T09:12:03.1241002Z ##[endgroup]\n2025-03-14T09:12:03.3310021Z + export ${s.env}=${s.v}\n2025-03-14T09:12:03.3312870Z + ./bin/migrate --target staging\n2025-03-14T09:12:04.9023114Z Error: upstream returned 401\n2025-03-14T09:12:04.9100000Z ##[error]Process completed with exit code 1.`,
  },
  {
    name: "shell history",
    r: (s) => `  501  cd ~/src/orders-api\n  502  git pull --rebase\n  503  export ${s.env}='${s.v}'\n  504  make run\n  505  tail -f logs/app.log\n`,
  },
  {
    name: "Python crash report with locals", prose: true,
    r: (s) => `${P(s).ask}\n\nTraceback (most recent call last):\n  File "/srv/app/worker.py", line 88, in <module>\n    main()\n  File "/srv/app/worker.py", line 71, in main\n    client = connect(settings)\n  File "/srv/app/clients/${s.slug}.py", line 23, in connect\n    raise ConnectionError("${s.p} handshake failed: 401")\nConnectionError: ${s.p} handshake failed: 401\n\nLocals at frame connect:\n    settings = {'${s.key}': '${s.v}', 'timeout': 30, 'retries': 3}\n    attempt = 3\n`,
  },
  {
    name: "Jupyter notebook cell",
    r: (s) => JSON.stringify({ cells: [
      { cell_type: "markdown", metadata: {}, source: [`## ${s.p} exploration\n`] },
      { cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.env}"] = "${s.v}"\n`, `client = make_client(os.environ["${s.env}"])\n`] } ],
      metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1),
  },
  {
    name: "unified diff", 
    r: (s) => `diff --git a/config/settings.py b/config/settings.py\nindex ${s.g.H(7)}..${s.g.H(7)} 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,6 +12,7 @@ DATABASES = {\n }\n \n CACHE_TTL = 300\n+${s.env} = "${s.v}"\n \n LOGGING = {\n     "version": 1,\n`,
  },
  {
    name: "chat.postMessage handing it over", prose: true,
    r: (s) => JSON.stringify({ channel: "#platform-oncall", text: `${hand(s)}\n\`${s.env}=${s.v}\``, unfurl_links: false }),
  },
  {
    name: "Kubernetes manifest",
    r: (s) => s.benign
      ? `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${s.slug.replace(/_/g, "-")}-settings\n  namespace: apps\ndata:\n  ${s.env}: ${q(s.v)}\n  LOG_LEVEL: info\n`
      : s.i % 2 === 0
        ? `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${s.slug.replace(/_/g, "-")}-credentials\n  namespace: apps\ntype: Opaque\ndata:\n  ${s.env}: ${b64(s.v)}\n`
        : `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${s.slug.replace(/_/g, "-")}-credentials\n  namespace: apps\ntype: Opaque\nstringData:\n  ${s.env}: ${q(s.v)}\n`,
  },
  {
    name: "docker run -e",
    r: (s) => `docker run --rm -d --name worker \\\n  -e NODE_ENV=production \\\n  -e ${s.env}=${/[^A-Za-z0-9_.:\/@+=,-]/.test(s.v) ? `'${s.v}'` : s.v} \\\n  -p 8080:8080 registry.example.com/acme/worker:1.14.2`,
  },
  {
    name: "docker-compose environment",
    r: (s) => `services:\n  api:\n    image: registry.example.com/acme/api:2.3.0\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n      - ${s.env}=${s.v}\n    depends_on:\n      - db\n`,
  },
  {
    name: "GitHub Actions workflow env",
    r: (s) => `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${s.env}: ${q(s.v)}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh\n`,
  },
  {
    name: "Dockerfile ENV",
    r: (s) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nENV ${s.env}=${s.v}\nCMD ["node", "server.js"]\n`,
  },
  {
    name: "SQL seed insert",
    r: (s) => `INSERT INTO integration_settings (provider, setting, value, updated_at)\nVALUES ('${s.slug}', '${s.key}', '${s.v}', NOW())\nON CONFLICT (provider, setting) DO UPDATE SET value = EXCLUDED.value;\n`,
  },
  {
    name: "Markdown runbook", prose: true,
    r: (s) => `## ${s.p}\n\n${hand(s)}\n\n| setting | value |\n|---|---|\n| endpoint | https://${s.host} |\n| \`${s.env}\` | \`${s.v}\` |\n`,
  },
  {
    name: "PowerShell env",
    r: (s) => `$env:ASPNETCORE_ENVIRONMENT = "Staging"\n$env:${s.env} = "${s.v}"\ndotnet run --project src/Api/Api.csproj\n`,
  },
  {
    name: "systemd unit Environment=",
    r: (s) => `[Unit]\nDescription=orders worker\nAfter=network-online.target\n\n[Service]\nUser=app\nEnvironment="${s.env}=${s.v}"\nExecStart=/opt/orders/bin/worker\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n`,
  },
  {
    name: "HAR entry headers", needsHdr: true,
    r: (s) => JSON.stringify({ log: { version: "1.2", creator: { name: "Firefox", version: "128.0" }, entries: [ { startedDateTime: "2025-02-03T10:11:12.000Z", time: 182,
      request: { method: "GET", url: `https://${s.host}/${path(s)}`, httpVersion: "HTTP/2", headers: [ { name: "accept", value: "application/json" }, { name: s.hn.toLowerCase(), value: `${s.pre}${s.v}${s.post}` } ], queryString: [], cookies: [] },
      response: { status: 200, statusText: "OK", headers: [] } } ] } }),
  },
  {
    name: "devtools Copy as fetch", needsHdr: true,
    r: (s) => `fetch("https://${s.host}/${path(s)}", {\n  "headers": {\n    "accept": "application/json",\n    "${s.hn.toLowerCase()}": "${s.pre}${s.v}${s.post}"\n  },\n  "method": "GET",\n  "mode": "cors"\n});`,
  },
  {
    name: "GitHub issue body via API", prose: true,
    r: (s) => JSON.stringify({ title: `Deploy to staging fails (${s.p})`, body: `${P(s).fix}\n\n\`\`\`\n$ env | grep -i ${s.slug}\n${s.env}=${s.v}\n$ ./bin/check\ncheck: upstream returned 401\n\`\`\``, labels: ["bug", "ci"] }),
  },
  {
    name: "Gemini generateContent body", prose: true,
    r: (s) => JSON.stringify({ contents: [ { role: "user", parts: [ { text: `${P(s).ask}\n\n\`\`\`yaml\n${s.slug}:\n  ${s.key}: ${s.v}\n  base_url: https://${s.host}\n\`\`\`` } ] } ], generationConfig: { temperature: 0.1 } }),
  },
  {
    name: "Helm values.yaml",
    r: (s) => `replicaCount: 2\nimage:\n  repository: registry.example.com/acme/api\n  tag: "2.3.0"\nenv:\n  - name: ${s.env}\n    value: ${q(s.v)}\n  - name: LOG_LEVEL\n    value: info\n`,
  },
  {
    name: "REST Client .http file", needsHdr: true,
    r: (s) => `@baseUrl = https://${s.host}\n\n### status\nGET {{baseUrl}}/${path(s)}\n${hline(s)}\nAccept: application/json\n`,
  },
  {
    name: "str_replace edit tool_use", prose: true,
    r: (s) => JSON.stringify({ role: "assistant", content: [ { type: "text", text: P(s).note },
      { type: "tool_use", id: `toolu_01${s.g.A(22)}`, name: "str_replace_based_edit_tool", input: { command: "str_replace", path: "config/settings.yaml", old_str: `  ${s.key}: ""`, new_str: `  ${s.key}: "${s.v}"` } } ] }),
  },
  {
    name: "Bruno .bru request", needsHdr: true,
    r: (s) => `meta {\n  name: ${s.p} status\n  type: http\n  seq: 1\n}\n\nget {\n  url: https://${s.host}/${path(s)}\n  body: none\n}\n\nheaders {\n  ${s.hn}: ${s.pre}${s.v}${s.post}\n}\n`,
  },
];

export interface RotateOpts { prefix: string; off: number; step?: number }

/** Renders every spec through the renderer rotation; one case per spec. */
export function rotate(g: Gen, specs: Spec[], o: RotateOpts): CorpusCase[] {
  const out: CorpusCase[] = [];
  const n = RENDERERS.length;
  const step = o.step ?? 1;
  let proseSeen = o.off;
  specs.forEach((sp, i) => {
    const v = sp.make(g);
    const benign = sp.group === "benign";
    const hdr = sp.hdr ?? "Authorization: Bearer {v}";
    let hn = "", pre = "", post = "";
    if (hdr) {
      const c = hdr.indexOf(": ");
      hn = hdr.slice(0, c);
      const rest = hdr.slice(c + 2);
      [pre, post] = rest.split("{v}") as [string, string];
    }
    const envl = sp.env.toLowerCase();
    const qn = sp.q ?? (benign ? envl : envl.includes("token") ? "access_token" : envl.includes("secret") ? "client_secret" : envl.includes("password") ? "password" : "api_key");
    let k = (i * step + o.off) % n;
    while (RENDERERS[k]!.needsHdr && !hdr) k = (k + 17) % n;
    const rd = RENDERERS[k]!;
    let lang: Lang = "en";
    if (rd.prose) {
      if (proseSeen % 4 === 1) lang = OTHER_LANGS[(proseSeen >> 2) % OTHER_LANGS.length]!;
      proseSeen++;
    }
    const slug = sp.p.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).slice(0, 2).join("_");
    const host = [`api.${slug.replace(/_/g, "-")}.example.com`, `${slug.replace(/_/g, "-")}.example.net`, `${slug.replace(/_/g, "-")}-gw.internal.test`][i % 3]!;
    const slot: Slot = { p: sp.p, slug, env: sp.env, key: sp.key ?? envl, v, hdr, hn, pre, post, q: qn, host, lang, g, i, benign };
    const text = rd.r(slot);
    out.push({
      id: `${o.prefix}-${pad3(i + 1)}`,
      kind: "secrets",
      category: benign ? "heldouty133-benign" : `heldouty133-sec-${sp.group}`,
      label: benign ? "benign" : "positive",
      text,
      note: `${sp.p}: ${sp.env} via ${rd.name}${rd.prose && lang !== "en" ? ` (prose: ${lang})` : ""}`,
    });
  });
  return out;
}

/** A handcrafted case. */
export function hc(id: string, group: Group | "benign", text: string, note: string): CorpusCase {
  const benign = group === "benign";
  return { id, kind: "secrets", category: benign ? "heldouty133-benign" : `heldouty133-sec-${group}`, label: benign ? "benign" : "positive", text, note };
}
