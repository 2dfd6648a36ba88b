// heldout-y140: shared builders and context renderers (skipped by the loader: name starts with "_").
// Every credential-shaped value is assembled at run time from a SeededRng with one fixed seed per
// case file, so the repository holds no literal credential and two loads give identical texts.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const AN = UP + LO + DG;
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const LN = LO + DG;
export const UN = UP + DG;
export const B64 = AN + "+/";
export const B64U = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
export const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

/** Joins split pieces (prefixes are written split so no file holds a whole token shape). */
export const j = (...xs: string[]) => xs.join("");

export class Gen extends SeededRng {
  a(n: number) { return this.str(n, AN); }
  h(n: number) { return this.str(n, HX); }
  H(n: number) { return this.str(n, HXU); }
  d(n: number) { return this.str(n, DG); }
  l(n: number) { return this.str(n, LN); }
  u(n: number) { return this.str(n, UN); }
  s(n: number) { return this.str(n, B64U); }
  b(n: number) { return this.str(n, B64); }
  /** digits with a non-zero first digit */
  nd(n: number) { return this.str(1, "123456789") + this.d(n - 1); }
  uuid() { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  /** real base64 of n random bytes (with padding) */
  b64(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
  b64url(n: number) { return Buffer.from(this.bytes(n)).toString("base64url"); }
  sha() { return this.h(40); }
  ts() {
    const d = new Date(Date.UTC(2024, this.int(12), 1 + this.int(28), this.int(24), this.int(60), this.int(60)));
    return d.toISOString().replace(".000Z", "Z");
  }
  ip() { return `10.${this.range(0, 255)}.${this.range(0, 255)}.${this.range(1, 254)}`; }
  jwt(payload: Record<string, unknown>, alg = "HS256") {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    const sig = alg.startsWith("HS") ? this.s(43) : this.s(342);
    return `${enc({ alg, typ: "JWT" })}.${enc(payload)}.${sig}`;
  }
  /** base64 body wrapped at 64 columns */
  wrap64(s: string) { return s.match(/.{1,64}/g)!.join("\n"); }
}

export const pem = (label: string, body: string) =>
  [j("-----BEGIN ", label, "-----"), body, j("-----END ", label, "-----")].join("\n");

// ---------------------------------------------------------------------------------------------
// Natural-language prose (a quarter of prose-bearing cases use a language other than English).

export interface Lang { code: string; ask: string; hand: string; rot: string; done: string; issue: string }
export const LANGS: Lang[] = [
  { code: "en", ask: "Can you help me figure out why this is failing in prod? Here's my {f}:", hand: "Here's the {l} you asked for, use it for the staging deploy:", rot: "I'll rotate it after the release.", done: "Done, I wrote {f} with the values from the ticket.", issue: "Still failing after the upgrade. Config below:" },
  { code: "de", ask: "Kannst du mir helfen herauszufinden, warum das in Prod fehlschlägt? Hier ist meine {f}:", hand: "Hier ist der {l}, den du brauchst, bitte für das Staging-Deployment verwenden:", rot: "Ich rotiere ihn nach dem Release.", done: "Erledigt, ich habe {f} mit den Werten aus dem Ticket geschrieben.", issue: "Schlägt nach dem Upgrade immer noch fehl. Konfiguration unten:" },
  { code: "fr", ask: "Tu peux m'aider à comprendre pourquoi ça plante en prod ? Voici mon {f} :", hand: "Voici le {l} que tu m'as demandé, utilise-le pour le déploiement de staging :", rot: "Je le régénère après la mise en production.", done: "C'est fait, j'ai écrit {f} avec les valeurs du ticket.", issue: "Toujours en échec après la mise à jour. Configuration ci-dessous :" },
  { code: "es", ask: "¿Me ayudas a entender por qué falla en producción? Aquí está mi {f}:", hand: "Aquí tienes el {l} que pediste, úsalo para el despliegue de staging:", rot: "Lo rotaré después del lanzamiento.", done: "Listo, escribí {f} con los valores del ticket.", issue: "Sigue fallando después de la actualización. Configuración abajo:" },
  { code: "pt", ask: "Pode me ajudar a entender por que isso está falhando em produção? Segue meu {f}:", hand: "Aqui está o {l} que você pediu, use no deploy de staging:", rot: "Vou rotacionar depois do release.", done: "Pronto, escrevi {f} com os valores do chamado.", issue: "Continua falhando depois da atualização. Configuração abaixo:" },
  { code: "ja", ask: "本番でこれが失敗する理由を調べてもらえますか？こちらが {f} です：", hand: "頼まれていた {l} です。ステージングのデプロイに使ってください：", rot: "リリース後にローテーションします。", done: "完了しました。チケットの値で {f} を書きました。", issue: "アップグレード後もまだ失敗します。設定は以下の通りです：" },
  { code: "zh", ask: "能帮我看看为什么这个在生产环境失败吗？这是我的 {f}：", hand: "这是你要的 {l}，用于 staging 部署：", rot: "发布之后我会轮换它。", done: "好了，我已经用工单里的值写好了 {f}。", issue: "升级后仍然失败。配置如下：" },
  { code: "ru", ask: "Поможешь понять, почему это падает в проде? Вот мой {f}:", hand: "Вот {l}, который ты просил, используй его для деплоя на staging:", rot: "Перевыпущу его после релиза.", done: "Готово, я записал {f} со значениями из тикета.", issue: "После обновления всё ещё падает. Конфиг ниже:" },
  { code: "ko", ask: "프로덕션에서 이게 왜 실패하는지 봐줄 수 있어? 이게 내 {f}야:", hand: "요청한 {l} 여기 있어, 스테이징 배포에 써줘:", rot: "릴리스 후에 교체할게.", done: "완료했어, 티켓에 있는 값으로 {f}를 작성했어.", issue: "업그레이드 후에도 계속 실패합니다. 설정은 아래와 같습니다:" },
  { code: "it", ask: "Mi aiuti a capire perché fallisce in produzione? Ecco il mio {f}:", hand: "Ecco il {l} che mi hai chiesto, usalo per il deploy di staging:", rot: "Lo ruoto dopo il rilascio.", done: "Fatto, ho scritto {f} con i valori del ticket.", issue: "Fallisce ancora dopo l'aggiornamento. Configurazione sotto:" },
  { code: "nl", ask: "Kun je me helpen uitzoeken waarom dit in productie faalt? Hier is mijn {f}:", hand: "Hier is de {l} waar je om vroeg, gebruik die voor de staging-deploy:", rot: "Ik roteer hem na de release.", done: "Klaar, ik heb {f} geschreven met de waarden uit het ticket.", issue: "Faalt nog steeds na de upgrade. Configuratie hieronder:" },
  { code: "pl", ask: "Pomożesz mi ustalić, dlaczego to pada na produkcji? Oto mój {f}:", hand: "Oto {l}, o który prosiłeś, użyj go do wdrożenia na staging:", rot: "Zrotuję go po wydaniu.", done: "Gotowe, zapisałem {f} z wartościami z ticketu.", issue: "Po aktualizacji nadal nie działa. Konfiguracja poniżej:" },
  { code: "tr", ask: "Bunun prod ortamında neden başarısız olduğunu bulmama yardım eder misin? İşte {f} dosyam:", hand: "İstediğin {l} burada, staging dağıtımı için kullan:", rot: "Sürümden sonra değiştireceğim.", done: "Tamam, {f} dosyasını biletteki değerlerle yazdım.", issue: "Güncellemeden sonra hâlâ başarısız oluyor. Yapılandırma aşağıda:" },
];
/** index i -> language: every fourth case (i % 4 == 1) gets a non-English language, rotating. */
export function langFor(i: number): Lang {
  if (i % 4 !== 1) return LANGS[0]!;
  return LANGS[1 + (Math.floor(i / 4) % (LANGS.length - 1))]!;
}
const fill = (t: string, f: string, l: string) => t.replace("{f}", f).replace("{l}", l);

// ---------------------------------------------------------------------------------------------
// Specs and context.

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  /** provider and credential kind, for the note and the prose label */
  p: string;
  g: Group;
  /** the slot, named as a developer would (env var style) */
  env: string;
  v: (r: Gen) => string;
  /** header prefix, e.g. "Authorization: Bearer "; header renderers are skipped without it */
  hdr?: string;
  /** query parameter name; the URL-query renderer is skipped without it */
  q?: string;
  /** companion fields rendered next to the secret (ids, account names, or a paired secret) */
  ex?: (r: Gen) => [string, string][];
  host?: string;
}

export interface Ctx {
  p: string; env: string; v: string; hdr?: string; q?: string; host: string; r: Gen; L: Lang; i: number;
  /** noise + companions + the secret, in file order */
  pairs: [string, string][];
  ex: [string, string][];
  benign: boolean;
}

const NOISE: [string, string][] = [
  ["NODE_ENV", "production"], ["LOG_LEVEL", "info"], ["PORT", "8080"], ["APP_URL", "https://app.example.com"],
  ["REDIS_HOST", "cache.internal.test"], ["FEATURE_FLAGS", "billing,new-nav"], ["TZ", "UTC"], ["WORKERS", "4"],
  ["SENTRY_ENVIRONMENT", "staging"], ["API_BASE_URL", "https://api.example.com/v2"], ["DB_HOST", "db.internal.test"],
  ["S3_BUCKET", "assets-prod-example"], ["AWS_REGION", "eu-west-1"], ["HTTP_TIMEOUT_MS", "15000"], ["RETRY_MAX", "3"],
];

export const snake = (e: string) => e.toLowerCase();
export const camel = (e: string) => e.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
export const dotted = (e: string) => e.toLowerCase().replace(/_/g, ".");
export const kebab = (e: string) => e.toLowerCase().replace(/_/g, "-");
const headRest = (e: string): [string, string] => {
  const k = e.indexOf("_");
  return k < 0 ? ["app", e.toLowerCase()] : [e.slice(0, k).toLowerCase(), e.slice(k + 1).toLowerCase()];
};
const slug = (p: string) => p.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean)[0] ?? "svc";
const sq = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const jstr = (s: string) => JSON.stringify(s);
const hdrName = (h: string) => h.split(":")[0]!.trim();
const hdrVal = (c: Ctx) => `${c.hdr!.slice(c.hdr!.indexOf(":") + 1).replace(/^\s+/, "")}${c.v}`;
const dotenv = (pairs: [string, string][]) => pairs.map(([k, v]) => `${k}=${/[\s#"']/.test(v) ? jstr(v) : v}`).join("\n");

export interface Renderer { n: string; need?: "hdr" | "q"; sec?: boolean; prose?: boolean; f: (c: Ctx) => string }

const MODELS = ["gpt-4.1", "gpt-4o-mini", "o4-mini"];
const CLAUDE = ["claude-sonnet-4-20250514", "claude-3-5-haiku-20241022", "claude-opus-4-20250514"];

export const RENDERERS: Renderer[] = [
  { n: "openai chat body, pasted .env", prose: true, f: (c) => JSON.stringify({
    model: c.r.pick(MODELS), temperature: 0.2,
    messages: [
      { role: "system", content: "You are a coding assistant working in the user's repository." },
      { role: "user", content: `${fill(c.L.ask, ".env", "")}\n\n\`\`\`\n${dotenv(c.pairs)}\n\`\`\`\n\nError: connect ETIMEDOUT ${c.r.ip()}:443` },
    ] }) },
  { n: "anthropic messages body, pasted docker-compose.yml", prose: true, f: (c) => JSON.stringify({
    model: c.r.pick(CLAUDE), max_tokens: 4096,
    messages: [{ role: "user", content: `${fill(c.L.ask, "docker-compose.yml", "")}\n\nservices:\n  api:\n    image: ghcr.io/example/api:1.${c.r.range(2, 40)}.${c.r.range(0, 9)}\n    ports:\n      - "8080:8080"\n    environment:\n${c.pairs.map(([k, v]) => `      ${k}: ${jstr(v)}`).join("\n")}\n  worker:\n    image: ghcr.io/example/worker:latest\n` }] }) },
  { n: "anthropic tool_use write_file .env.production", prose: true, f: (c) => { const id = `toolu_01${c.r.a(22)}`; return JSON.stringify({
    model: c.r.pick(CLAUDE), max_tokens: 2048,
    messages: [
      { role: "user", content: "set up the production env file from the values in the ticket" },
      { role: "assistant", content: [
        { type: "text", text: fill(c.L.done, ".env.production", "") },
        { type: "tool_use", id, name: "write_file", input: { path: ".env.production", content: dotenv(c.pairs) + "\n" } }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "wrote 1 file" }] },
    ] }); } },
  { n: "openai tool_calls run_shell export", f: (c) => JSON.stringify({
    model: c.r.pick(MODELS),
    messages: [
      { role: "user", content: "deploy the api to staging" },
      { role: "assistant", content: null, tool_calls: [{ id: `call_${c.r.a(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${c.pairs.map(([k, v]) => `export ${k}=${sq(v)}`).join(" && ")} && ./scripts/deploy.sh staging`, timeout: 600 }) } }] },
    ] }) },
  { n: "MCP tools/call http_request headers", need: "hdr", f: (c) => JSON.stringify({
    jsonrpc: "2.0", id: c.r.range(2, 90), method: "tools/call",
    params: { name: "http_request", arguments: { method: "GET", url: `https://${c.host}/v1/status`, headers: { Accept: "application/json", [hdrName(c.hdr!)]: hdrVal(c) } } } }) },
  { n: "anthropic tool_result echoing config/settings.json", prose: true, f: (c) => {
    const o: Record<string, string> = {}; for (const [k, v] of c.pairs) o[camel(k)] = v;
    const id = `toolu_01${c.r.a(22)}`;
    return JSON.stringify({ model: c.r.pick(CLAUDE), max_tokens: 1024, messages: [
      { role: "user", content: fill(c.L.issue, "", "") },
      { role: "assistant", content: [{ type: "tool_use", id, name: "read_file", input: { path: "config/settings.json" } }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: JSON.stringify(o, null, 2) }] },
    ] }); } },
  { n: "curl with header", need: "hdr", f: (c) => `curl -sS -X POST 'https://${c.host}/v1/jobs' \\\n  -H 'Content-Type: application/json' \\\n  -H '${hdrName(c.hdr!)}: ${hdrVal(c)}' \\\n  -d '{"name":"nightly-export","priority":${c.r.range(1, 5)}}'` },
  { n: "raw HTTP request headers", need: "hdr", f: (c) => `GET /v2/projects?page=${c.r.range(1, 9)} HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: python-requests/2.32.3\r\nAccept: */*\r\n${hdrName(c.hdr!)}: ${hdrVal(c)}\r\nX-Request-Id: ${c.r.uuid()}\r\nConnection: keep-alive\r\n\r\n` },
  { n: "URL query string", need: "q", f: (c) => `GET https://${c.host}/api/v1/query?${c.q}=${encodeURIComponent(c.v)}&format=json&limit=${c.r.range(10, 100)}` },
  { n: "form-urlencoded body", f: (c) => `POST /oauth/token HTTP/1.1\r\nHost: ${c.host}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n${c.pairs.filter(([k]) => !NOISE.some(([n]) => n === k)).map(([k, v]) => `${snake(k)}=${encodeURIComponent(v)}`).join("&")}&grant_type=client_credentials&scope=read%20write` },
  { n: "multipart/form-data field", f: (c) => {
    const b = `----WebKitFormBoundary${c.r.a(16)}`;
    const parts = c.pairs.map(([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${snake(k)}"\r\n\r\n${v}\r\n`).join("");
    return `POST /admin/integrations HTTP/1.1\r\nHost: ${c.host}\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n${parts}--${b}--\r\n`; } },
  { n: "appsettings.json", f: (c) => {
    const o: Record<string, Record<string, string>> = { Logging: { LogLevel: "Information" } };
    for (const [k, v] of c.pairs) { const [h, r] = headRest(k); (o[h[0]!.toUpperCase() + h.slice(1)] ??= {})[camel(r).replace(/^./, (x) => x.toUpperCase())] = v; }
    return JSON.stringify(o, null, 2); } },
  { n: "application.yml", f: (c) => {
    const by = new Map<string, [string, string][]>();
    for (const [k, v] of c.pairs) { const [h, r] = headRest(k); by.set(h, [...(by.get(h) ?? []), [kebab(r), v]]); }
    return `# application.yml\nspring:\n  profiles:\n    active: prod\n${[...by].map(([h, kv]) => `${h}:\n${kv.map(([k, v]) => `  ${k}: ${jstr(v)}`).join("\n")}`).join("\n")}\n`; } },
  { n: "config.toml", f: (c) => `# config.toml\ntitle = "api"\n\n[server]\nport = ${c.r.range(3000, 9000)}\n\n[settings]\n${c.pairs.map(([k, v]) => `${snake(k)} = ${jstr(v)}`).join("\n")}\n` },
  { n: "settings.ini", f: (c) => `; settings.ini\n[DEFAULT]\ndebug = false\n\n[${slug(c.p)}]\n${c.pairs.map(([k, v]) => `${snake(k)} = ${v}`).join("\n")}\n` },
  { n: "application.properties", f: (c) => `# application.properties\nserver.port=8080\nspring.application.name=billing\n${c.pairs.map(([k, v]) => `${dotted(k)}=${v}`).join("\n")}\n` },
  { n: "terraform.tfvars", f: (c) => `# terraform.tfvars\nenvironment = "prod"\nregion      = "eu-west-1"\n${c.pairs.map(([k, v]) => `${snake(k)} = ${jstr(v)}`).join("\n")}\n` },
  { n: "web.config appSettings", f: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n${c.pairs.map(([k, v]) => `    <add key="${k}" value="${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" />`).join("\n")}\n  </appSettings>\n  <system.web>\n    <compilation debug="false" targetFramework="4.8" />\n  </system.web>\n</configuration>\n` },
  { n: "python settings module", f: (c) => `import os\n\n# settings.py\nDEBUG = False\n${c.pairs.map(([k, v]) => `${k} = os.environ.get(${jstr(k)}, ${jstr(v)})`).join("\n")}\n` },
  { n: "typescript config object", f: (c) => `// src/config.ts\nexport const config = {\n${c.pairs.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? ${jstr(v)},`).join("\n")}\n} as const;\n` },
  { n: "go constants", f: (c) => `package config\n\n// defaults used when the environment is empty\nconst (\n${c.pairs.map(([k, v]) => `\t${camel(k).replace(/^./, (x) => x.toUpperCase())} = ${jstr(v)}`).join("\n")}\n)\n` },
  { n: "rust env fallback", f: (c) => `use std::env;\n\npub fn load() -> Settings {\n    Settings {\n${c.pairs.map(([k, v]) => `        ${snake(k)}: env::var(${jstr(k)}).unwrap_or_else(|_| ${jstr(v)}.to_string()),`).join("\n")}\n    }\n}\n` },
  { n: "java constants class", f: (c) => `package com.example.billing;\n\npublic final class Settings {\n${c.pairs.map(([k, v]) => `    public static final String ${k} = ${jstr(v)};`).join("\n")}\n    private Settings() {}\n}\n` },
  { n: "c# options", f: (c) => `namespace Example.Api;\n\npublic static class Defaults\n{\n${c.pairs.map(([k, v]) => `    public const string ${camel(k).replace(/^./, (x) => x.toUpperCase())} = @"${v}";`).join("\n")}\n}\n` },
  { n: "ruby initializer", f: (c) => `# config/initializers/settings.rb\nRails.application.configure do\n${c.pairs.map(([k, v]) => `  config.x.${snake(k)} = ENV.fetch(${jstr(k)}, ${jstr(v)})`).join("\n")}\nend\n` },
  { n: "php config array", f: (c) => `<?php\n// config/services.php\nreturn [\n${c.pairs.map(([k, v]) => `    '${snake(k)}' => env('${k}', '${v}'),`).join("\n")}\n];\n` },
  { n: "kotlin object", f: (c) => `package com.example.app\n\nobject BuildSecrets {\n${c.pairs.map(([k, v]) => `    const val ${k} = ${jstr(v)}`).join("\n")}\n}\n` },
  { n: "zsh history", f: (c) => `: 17${c.r.d(8)}:0;cd ~/src/api\n: 17${c.r.d(8)}:0;git pull --rebase\n${c.pairs.map(([k, v]) => `: 17${c.r.d(8)}:0;export ${k}=${sq(v)}`).join("\n")}\n: 17${c.r.d(8)}:0;make run\n` },
  { n: "GitHub Actions job log", f: (c) => {
    const t = c.r.ts();
    return `${t} ##[group]Run ./scripts/release.sh\n${t} ./scripts/release.sh\n${t} shell: /usr/bin/bash -e {0}\n${t} env:\n${c.pairs.map(([k, v]) => `${t}   ${k}: ${v}`).join("\n")}\n${t} ##[endgroup]\n${t} release: uploading build ${c.r.sha().slice(0, 7)}\n`; } },
  { n: "GitHub Actions workflow env", f: (c) => `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n${c.pairs.map(([k, v]) => `      ${k}: ${jstr(v)}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n` },
  { n: "docker run -e", f: (c) => `docker run -d --name api --restart unless-stopped \\\n${c.pairs.map(([k, v]) => `  -e ${k}=${sq(v)} \\`).join("\n")}\n  -p 8080:8080 registry.example.com/api:${c.r.sha().slice(0, 12)}` },
  { n: "Dockerfile ENV", f: (c) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\n${c.pairs.map(([k, v]) => `ENV ${k}=${jstr(v)}`).join("\n")}\nCMD ["node", "dist/server.js"]\n` },
  { n: "kubernetes Secret (base64 data)", sec: true, f: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${slug(c.p)}-credentials\n  namespace: prod\ntype: Opaque\ndata:\n${c.pairs.filter(([k]) => !NOISE.some(([n]) => n === k)).map(([k, v]) => `  ${k}: ${Buffer.from(v).toString("base64")}`).join("\n")}\n` },
  { n: "kubernetes Secret (stringData)", sec: true, f: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-env\ntype: Opaque\nstringData:\n${c.pairs.map(([k, v]) => `  ${k}: ${jstr(v)}`).join("\n")}\n` },
  { n: "helm values.yaml", f: (c) => `# values-prod.yaml\nreplicaCount: ${c.r.range(2, 6)}\nimage:\n  repository: registry.example.com/api\n  tag: "${c.r.range(1, 3)}.${c.r.range(0, 20)}.${c.r.range(0, 9)}"\nenv:\n${c.pairs.map(([k, v]) => `  - name: ${k}\n    value: ${jstr(v)}`).join("\n")}\n` },
  { n: "python traceback with locals", prose: true, f: (c) => `${fill(c.L.issue, "", "")}\n\nTraceback (most recent call last):\n  File "/srv/app/worker.py", line ${c.r.range(20, 300)}, in run\n    client = connect(settings)\n  File "/srv/app/clients.py", line ${c.r.range(10, 90)}, in connect\n    raise ConnectionError("upstream rejected handshake")\n    locals:\n${c.pairs.map(([k, v]) => `      ${snake(k)} = ${sq(v)}`).join("\n")}\nConnectionError: upstream rejected handshake\n` },
  { n: "node crash report JSON", f: (c) => {
    const env: Record<string, string> = {}; for (const [k, v] of c.pairs) env[k] = v;
    return JSON.stringify({ header: { event: "JavaScript API Error", trigger: "Exception", filename: `report.${c.r.d(8)}.json`, nodejsVersion: "v20.12.2", osName: "Linux" },
      javascriptStack: { message: "Error: socket hang up", stack: ["at connResetException (node:internal/errors:720:14)", "at TLSSocket.socketOnEnd (node:_http_client:519:23)"] },
      environmentVariables: env }, null, 2); } },
  { n: "jupyter notebook cell", f: (c) => JSON.stringify({ cells: [
    { cell_type: "markdown", metadata: {}, source: ["## Pull the data\n"] },
    { cell_type: "code", execution_count: c.r.range(1, 30), metadata: {}, outputs: [], source: ["import os\n", ...c.pairs.map(([k, v]) => `os.environ[${jstr(k)}] = ${jstr(v)}\n`), "df = load_frame()\n"] }],
    metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { n: "unified diff adding to .env.staging", f: (c) => `diff --git a/.env.staging b/.env.staging\nindex ${c.r.h(7)}..${c.r.h(7)} 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -1,2 +1,${2 + c.pairs.length} @@\n # staging overrides\n APP_NAME=api\n${c.pairs.map(([k, v]) => `+${k}=${v}`).join("\n")}\n` },
  { n: "slack chat.postMessage handing it over", prose: true, f: (c) => JSON.stringify({ channel: `C0${c.r.u(9)}`, text: `${fill(c.L.hand, "", c.p)}\n\`${c.v}\`\n${c.ex.map(([k, v]) => `${k}: \`${v}\``).join("\n")}${c.benign ? "" : `\n${c.L.rot}`}` }) },
  { n: "SQL seed insert", f: (c) => `-- seed: integration settings\nINSERT INTO app_settings (name, value, updated_at) VALUES\n${c.pairs.map(([k, v]) => `  ('${snake(k)}', '${v.replace(/'/g, "''")}', now())`).join(",\n")};\n` },
  { n: "GitHub issue comment markdown", prose: true, f: (c) => JSON.stringify({ body: `${fill(c.L.issue, "", "")}\n\n\`\`\`env\n${dotenv(c.pairs)}\n\`\`\`\n\nVersion: ${c.r.range(1, 4)}.${c.r.range(0, 30)}.${c.r.range(0, 9)}` }) },
  { n: "systemd unit Environment=", f: (c) => `[Unit]\nDescription=api service\nAfter=network-online.target\n\n[Service]\nUser=app\n${c.pairs.map(([k, v]) => `Environment="${k}=${v}"`).join("\n")}\nExecStart=/usr/local/bin/api serve\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n` },
  { n: "powershell $env:", f: (c) => `PS C:\\src\\api> ${c.pairs.map(([k, v]) => `$env:${k} = "${v}"`).join("\nPS C:\\src\\api> ")}\nPS C:\\src\\api> dotnet run --project src/Api\n` },
  { n: "JSON log lines shipped to ingest", f: (c) => JSON.stringify([{ ts: c.r.ts(), level: "debug", msg: "loaded configuration", trace_id: c.r.h(32), config: Object.fromEntries(c.pairs.map(([k, v]) => [snake(k), v])) }, { ts: c.r.ts(), level: "info", msg: "listening", port: 8080 }]) },
  { n: ".cursor/mcp.json server env", f: (c) => JSON.stringify({ mcpServers: { [slug(c.p)]: { command: "npx", args: ["-y", `@example/${slug(c.p)}-mcp`], env: Object.fromEntries(c.pairs.filter(([k]) => !NOISE.some(([n]) => n === k))) } } }, null, 2) },
  { n: "HTTPie command", need: "hdr", f: (c) => `http --check-status POST https://${c.host}/v1/events name=deploy sha=${c.r.sha().slice(0, 7)} '${hdrName(c.hdr!)}:${hdrVal(c)}'` },
  { n: "Postman collection export", need: "hdr", f: (c) => JSON.stringify({ info: { name: `${c.p} API`, schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "List items", request: { method: "GET", header: [{ key: hdrName(c.hdr!), value: hdrVal(c), type: "text" }], url: { raw: `https://${c.host}/v1/items`, protocol: "https", host: c.host.split("."), path: ["v1", "items"] } } }] }, null, 2) },
  { n: "HAR entry", need: "hdr", f: (c) => JSON.stringify({ log: { version: "1.2", creator: { name: "WebInspector", version: "537.36" }, entries: [{ startedDateTime: c.r.ts(), time: c.r.range(30, 900), request: { method: "GET", url: `https://${c.host}/v1/me`, httpVersion: "http/2.0", headers: [{ name: ":authority", value: c.host }, { name: hdrName(c.hdr!).toLowerCase(), value: hdrVal(c) }, { name: "accept", value: "application/json" }], queryString: [], cookies: [] }, response: { status: 200, headers: [], content: { size: 512, mimeType: "application/json" } } }] } }) },
  { n: "grpcurl metadata", need: "hdr", f: (c) => `grpcurl -H '${hdrName(c.hdr!).toLowerCase()}: ${hdrVal(c)}' -d '{"id":"${c.r.uuid()}"}' ${c.host}:443 example.v1.Inventory/GetItem` },
  { n: "Makefile variables", f: (c) => `# Makefile\n${c.pairs.map(([k, v]) => `${k} ?= ${v}`).join("\n")}\n\n.PHONY: run\nrun:\n\tgo run ./cmd/server\n` },
  { n: "ansible group_vars", f: (c) => `---\n# group_vars/prod.yml\nansible_user: deploy\n${c.pairs.map(([k, v]) => `${snake(k)}: ${jstr(v)}`).join("\n")}\n` },
  { n: "fetch() snippet from devtools", need: "hdr", f: (c) => `fetch("https://${c.host}/api/v1/reports", {\n  "headers": {\n    "accept": "application/json",\n    "${hdrName(c.hdr!).toLowerCase()}": "${hdrVal(c)}"\n  },\n  "body": null,\n  "method": "GET",\n  "mode": "cors"\n});` },
  { n: "docker-compose .env via write tool (openai tool_calls)", prose: true, f: (c) => JSON.stringify({ model: c.r.pick(MODELS), messages: [
    { role: "user", content: fill(c.L.ask, "compose.env", "") },
    { role: "assistant", content: null, tool_calls: [{ id: `call_${c.r.a(24)}`, type: "function", function: { name: "create_file", arguments: JSON.stringify({ path: "deploy/compose.env", content: dotenv(c.pairs) }) } }] }] }) },
  { n: "python requests snippet", need: "hdr", f: (c) => `import requests\n\nresp = requests.get(\n    "https://${c.host}/v1/usage",\n    headers={"${hdrName(c.hdr!)}": "${hdrVal(c)}"},\n    timeout=30,\n)\nresp.raise_for_status()\nprint(resp.json())\n` },
  { n: "wrangler.toml vars", f: (c) => `name = "edge-api"\nmain = "src/index.ts"\ncompatibility_date = "2024-0${c.r.range(1, 9)}-01"\n\n[vars]\n${c.pairs.map(([k, v]) => `${k} = ${jstr(v)}`).join("\n")}\n` },
];

function pickRenderer(start: number, s: Spec, benign: boolean): Renderer {
  for (let k = 0; k < RENDERERS.length; k++) {
    const rd = RENDERERS[(start + k) % RENDERERS.length]!;
    if (rd.need === "hdr" && !s.hdr) continue;
    if (rd.need === "q" && !s.q) continue;
    if (benign && rd.sec) continue;
    return rd;
  }
  throw new Error("no renderer");
}

export interface RotOpts { prefix: string; label: "positive" | "benign"; seedOff: number; step?: number }

/** Renders each spec in one rotated context. */
export function rotate(r: Gen, specs: Spec[], o: RotOpts): CorpusCase[] {
  const benign = o.label === "benign";
  const out: CorpusCase[] = [];
  let proseN = o.seedOff;
  specs.forEach((s, i) => {
    const v = s.v(r);
    const ex = s.ex ? s.ex(r) : [];
    const noise: [string, string][] = [];
    const nn = r.range(1, 3);
    for (let k = 0; k < nn; k++) { const x = r.pick(NOISE); if (!noise.includes(x)) noise.push(x); }
    const at = r.int(noise.length + 1);
    const pairs: [string, string][] = [...noise.slice(0, at), ...ex, [s.env, v], ...noise.slice(at)];
    const urlRd = RENDERERS.find((x) => x.need === "q")!;
    const rd = s.q && i % 2 === 0 ? urlRd : pickRenderer((i * (o.step ?? 1) + o.seedOff) % RENDERERS.length, s, benign);
    const L = rd.prose ? langFor(proseN++) : LANGS[0]!;
    const host = s.host ?? `${slug(s.p)}.example.com`;
    const c: Ctx = { p: s.p, env: s.env, v, host, r, L, i, pairs, ex, benign, ...(s.hdr ? { hdr: s.hdr } : {}), ...(s.q ? { q: s.q } : {}) };
    const text = rd.f(c);
    const forms = [v, encodeURIComponent(v), v.replace(/&/g, "&amp;"), JSON.stringify(JSON.stringify(v).slice(1, -1)).slice(1, -1), Buffer.from(v).toString("base64")];
    if (!forms.some((x) => text.includes(x))) throw new Error(`value not in text: ${o.prefix} ${i} ${rd.n}`);
    const slot = rd.need === "hdr" ? `header ${hdrName(s.hdr!)}` : rd.need === "q" ? `query ${s.q}` : s.env;
    out.push({
      id: `y140-${o.prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: benign ? "heldouty140-benign" : `heldouty140-sec-${s.g}`,
      label: o.label,
      text,
      note: `${s.p}; slot ${slot}; context ${rd.n}${rd.prose ? ` (prose ${L.code})` : ""}`,
    });
  });
  return out;
}

/** A handcrafted case. */
export function hc(prefix: string, n: number, g: Group | "benign", text: string, note: string): CorpusCase {
  return {
    id: `y140-${prefix}-${String(n).padStart(3, "0")}`,
    kind: "secrets",
    category: g === "benign" ? "heldouty140-benign" : `heldouty140-sec-${g}`,
    label: g === "benign" ? "benign" : "positive",
    text,
    note,
  };
}

export const BEARER = "Authorization: Bearer ";
export const TOKEN = "Authorization: Token ";
