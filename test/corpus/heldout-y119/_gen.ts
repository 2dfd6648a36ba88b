// Shared builders and context renderers for heldout-y119 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time from a seeded stream, so the repository
// never holds a literal credential; one fixed seed per case file keeps loads deterministic.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const AN = UP + LO + DG;
export const B64 = AN + "+/";
export const B64U = AN + "-_";
export const LD = LO + DG;
export const UD = UP + DG;
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
export const PW = AN + "-_.~";

export type Group =
  | "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

/** tok: single-line token; url: connection string / URL with credentials; hook: webhook URL. */
export type Kind = "tok" | "url" | "hook";

export interface Spec {
  /** Provider / credential type, for the note. */
  p: string;
  g: Group;
  /** Env-var style slot name a developer would use. */
  slot: string;
  v: (g: Gen) => string;
  kind?: Kind;
  /** Header template, %s replaced by the value (default "Authorization: Bearer %s"). */
  hdr?: string;
  /** Query / form parameter name. */
  param?: string;
  /** CLI used with a url-kind value. */
  cli?: string;
}

export class Gen extends SeededRng {
  s(n: number, a: string = AN): string {
    return this.str(n, a);
  }
  hex(n: number): string {
    return this.str(n, HX);
  }
  HEX(n: number): string {
    return this.str(n, HXU);
  }
  d(n: number): string {
    return this.str(1, "123456789") + this.str(n - 1, DG);
  }
  b64u(n: number): string {
    return this.str(n, B64U);
  }
  b64(n: number): string {
    return this.str(n, B64);
  }
  /** base64 of n random bytes (padded). */
  b64bytes(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64");
  }
  uuid(): string {
    return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-");
  }
  pw(n: number): string {
    return this.s(n, PW);
  }
  /** A JWT whose header and payload are real base64url JSON, signature random. */
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(payload), this.b64u(alg.startsWith("HS") ? 43 : 342)].join(".");
  }
  ts(): string {
    const m = this.range(1, 12), day = this.range(1, 28);
    return `2025-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}T${String(this.range(0, 23)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}Z`;
  }
  epoch(): number {
    return 1735000000 + this.int(30000000);
  }
}

export const j = (...parts: string[]) => parts.join("");

export function pem(g: Gen, label: string, nbytes: number): string {
  const b = g.b64bytes(nbytes);
  const lines: string[] = [];
  for (let i = 0; i < b.length; i += 64) lines.push(b.slice(i, i + 64));
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join("\n");
}

// ---------------------------------------------------------------------------------------------
// Names derived from a slot.
export const snake = (s: string) => s.toLowerCase();
export const camel = (s: string) => snake(s).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
export const pascal = (s: string) => {
  const c = camel(s);
  return c.charAt(0).toUpperCase() + c.slice(1);
};
export const kebab = (s: string) => snake(s).replace(/_/g, "-");
export const dotted = (s: string) => snake(s).replace(/_/g, ".");

export function paramOf(s: Spec): string {
  if (s.param) return s.param;
  const u = s.slot.toUpperCase();
  if (u.includes("PASSWORD") || u.endsWith("_PASS")) return "password";
  if (u.includes("SECRET")) return "client_secret";
  if (u.includes("TOKEN")) return "access_token";
  if (u.includes("KEY")) return "api_key";
  return "key";
}
export const hdrOf = (s: Spec, v: string) => (s.hdr ?? "Authorization: Bearer %s").replace("%s", v);

// ---------------------------------------------------------------------------------------------
// Prose in several languages (about a quarter non-English).
type Phr = Record<string, string>;
const PHRASES: Record<string, Phr> = {
  envq: {
    en: "The API container keeps crash-looping after the deploy. Here's the .env it reads, can you spot what's wrong?",
    de: "Der API-Container startet nach dem Deploy ständig neu. Hier ist die .env, die er liest – siehst du den Fehler?",
    fr: "Le conteneur de l'API redémarre en boucle depuis le déploiement. Voici le .env qu'il charge, tu vois ce qui cloche ?",
    es: "El contenedor de la API se reinicia en bucle después del despliegue. Este es el .env que carga, ¿ves el problema?",
    pt: "O contêiner da API fica reiniciando depois do deploy. Segue o .env que ele lê — consegue ver o erro?",
    it: "Il container dell'API continua a riavviarsi dopo il deploy. Ecco il .env che legge: vedi cosa non va?",
    ja: "デプロイ後にAPIコンテナが再起動を繰り返しています。読み込んでいる.envはこちらです。どこがおかしいか分かりますか？",
    zh: "部署之后 API 容器一直在重启。下面是它读取的 .env，能帮我看看哪里有问题吗？",
    ru: "После деплоя контейнер API постоянно перезапускается. Вот .env, который он читает, — видишь, что не так?",
    ko: "배포 후 API 컨테이너가 계속 재시작됩니다. 읽어 오는 .env 파일은 아래와 같아요. 뭐가 문제인지 보이나요?",
    nl: "De API-container blijft herstarten na de deploy. Hier is de .env die hij inleest, zie jij wat er mis is?",
    pl: "Kontener API ciągle się restartuje po wdrożeniu. Oto plik .env, który wczytuje — widzisz, co jest nie tak?",
    tr: "Deploy sonrası API konteyneri sürekli yeniden başlıyor. Okuduğu .env dosyası aşağıda, sorunu görebiliyor musun?",
  },
  handover: {
    en: "Here's the {p} credential for staging, please put it in the vault and don't paste it anywhere else:",
    de: "Hier ist der {p}-Zugang für Staging, bitte im Vault ablegen und nirgendwo sonst einfügen:",
    fr: "Voici l'identifiant {p} pour la préprod, mets-le dans le coffre et ne le colle nulle part ailleurs :",
    es: "Aquí tienes la credencial de {p} para staging; guárdala en el vault y no la pegues en otro sitio:",
    pt: "Segue a credencial do {p} para homologação, guarda no cofre e não cola em mais lugar nenhum:",
    it: "Ecco la credenziale {p} per lo staging, mettila nel vault e non incollarla altrove:",
    ja: "ステージング用の{p}の認証情報です。Vaultに保存して、他には貼らないでください：",
    zh: "这是预发布环境的 {p} 凭证，请放进 Vault，不要贴到别的地方：",
    ru: "Вот доступ к {p} для стейджинга, положи в vault и больше никуда не вставляй:",
    ko: "스테이징용 {p} 자격 증명입니다. 볼트에 넣고 다른 곳에는 붙여 넣지 마세요:",
    nl: "Hier is de {p}-sleutel voor staging, zet hem in de vault en plak hem nergens anders:",
    pl: "Oto dane dostępowe {p} do stagingu, wrzuć je do vaulta i nigdzie indziej nie wklejaj:",
    tr: "Staging için {p} erişim bilgisi burada, lütfen vault'a koy ve başka yere yapıştırma:",
  },
  ciq: {
    en: "CI started failing on the deploy step this morning, log below. What changed?",
    de: "Seit heute Morgen schlägt die CI im Deploy-Schritt fehl, Log unten. Was hat sich geändert?",
    fr: "La CI échoue à l'étape de déploiement depuis ce matin, voici le log. Qu'est-ce qui a changé ?",
    es: "Desde esta mañana la CI falla en el paso de despliegue, abajo el log. ¿Qué cambió?",
    pt: "Desde hoje cedo o CI falha na etapa de deploy, log abaixo. O que mudou?",
    it: "Da stamattina la CI fallisce nello step di deploy, log qui sotto. Cosa è cambiato?",
    ja: "今朝からCIのデプロイステップが失敗しています。ログは以下です。何が変わったのでしょう？",
    zh: "从今天早上开始 CI 在部署步骤失败了，日志如下。改了什么？",
    ru: "С утра CI падает на шаге деплоя, лог ниже. Что поменялось?",
    ko: "오늘 아침부터 CI 배포 단계가 실패합니다. 로그는 아래에 있어요. 뭐가 바뀐 걸까요?",
    nl: "Sinds vanochtend faalt de CI bij de deploy-stap, log hieronder. Wat is er veranderd?",
    pl: "Od rana CI wywala się na kroku deploy, log poniżej. Co się zmieniło?",
    tr: "Bu sabahtan beri CI deploy adımında hata veriyor, log aşağıda. Ne değişti?",
  },
  cfg: {
    en: "Can you review this config before I commit it? I want to make sure the integration block is right.",
    de: "Kannst du dir diese Konfiguration ansehen, bevor ich sie committe? Ich will sichergehen, dass der Integrationsblock stimmt.",
    fr: "Tu peux relire cette config avant que je la commite ? Je veux être sûr que le bloc d'intégration est correct.",
    es: "¿Puedes revisar esta configuración antes de hacer commit? Quiero asegurarme de que el bloque de integración está bien.",
    pt: "Pode revisar essa configuração antes do commit? Quero ter certeza de que o bloco de integração está certo.",
    it: "Puoi controllare questa configurazione prima che la committi? Voglio essere sicuro che il blocco di integrazione sia giusto.",
    ja: "コミットする前にこの設定を確認してもらえますか？連携部分が正しいか確かめたいです。",
    zh: "提交之前能帮我检查一下这个配置吗？我想确认集成那一块写对了。",
    ru: "Можешь проверить этот конфиг перед коммитом? Хочу убедиться, что блок интеграции правильный.",
    ko: "커밋하기 전에 이 설정 좀 봐 줄래요? 연동 블록이 맞는지 확인하고 싶어요.",
    nl: "Kun je deze config nakijken voordat ik hem commit? Ik wil zeker weten dat het integratieblok klopt.",
    pl: "Możesz przejrzeć tę konfigurację, zanim ją zacommituję? Chcę się upewnić, że blok integracji jest dobry.",
    tr: "Commit etmeden önce bu yapılandırmaya bakabilir misin? Entegrasyon bloğunun doğru olduğundan emin olmak istiyorum.",
  },
  crash: {
    en: "The worker crashed overnight, here's the report from the error tracker. Any idea?",
    de: "Der Worker ist über Nacht abgestürzt, hier der Bericht aus dem Error-Tracker. Eine Idee?",
    fr: "Le worker a planté cette nuit, voici le rapport du tracker d'erreurs. Une idée ?",
    es: "El worker se cayó anoche, aquí está el informe del tracker de errores. ¿Alguna idea?",
    pt: "O worker caiu durante a noite, segue o relatório do rastreador de erros. Alguma ideia?",
    it: "Il worker è andato in crash stanotte, ecco il report dell'error tracker. Idee?",
    ja: "夜間にワーカーがクラッシュしました。エラートラッカーのレポートを貼ります。原因わかりますか？",
    zh: "worker 昨晚崩溃了，这是错误追踪系统的报告。有什么头绪吗？",
    ru: "Воркер упал ночью, вот отчёт из трекера ошибок. Есть идеи?",
    ko: "워커가 밤사이에 죽었어요. 에러 트래커 리포트 첨부합니다. 짐작 가는 거 있나요?",
    nl: "De worker is vannacht gecrasht, hier is het rapport uit de error tracker. Enig idee?",
    pl: "Worker padł w nocy, tu raport z trackera błędów. Masz pomysł?",
    tr: "Worker gece çöktü, hata izleyiciden gelen rapor burada. Bir fikrin var mı?",
  },
};
const LANGS = ["de", "fr", "es", "pt", "it", "ja", "zh", "ru", "ko", "nl", "pl", "tr"];
export function prose(g: Gen, key: string, p = ""): string {
  const lang = g.int(100) < 30 ? g.pick(LANGS) : "en";
  const t = PHRASES[key]!;
  return (t[lang] ?? t.en!).replace("{p}", p);
}

// ---------------------------------------------------------------------------------------------
// Context renderers. Each returns the outbound text carrying `v` in the slot of `s`.
export interface Renderer {
  name: string;
  kinds: Kind[];
  f: (g: Gen, s: Spec, v: string) => string;
}
const ALL: Kind[] = ["tok", "url", "hook"];
const TOK: Kind[] = ["tok"];
const MODELS = ["gpt-4o", "gpt-4.1-mini", "o4-mini", "gpt-4o-2024-08-06"];
const CLAUDE = ["claude-sonnet-4-5", "claude-opus-4-1", "claude-3-5-haiku-latest"];
const SVC = ["billing-api", "ingest-worker", "web", "notifier", "search-svc", "reports", "gateway", "scheduler"];

function envBlock(g: Gen, s: Spec, v: string): string {
  const pre = g.pick([["NODE_ENV=production", "PORT=8080"], ["APP_ENV=staging", "LOG_LEVEL=debug"], ["RAILS_ENV=production", "WEB_CONCURRENCY=2"], ["DEBUG=false", "TZ=UTC"]]);
  return [...pre, `${s.slot}=${v}`, `SERVICE_NAME=${g.pick(SVC)}`, `BUILD_SHA=${g.hex(40)}`].join("\n");
}

export const RENDERERS: Renderer[] = [
  {
    name: "openai chat body, pasted .env",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        model: g.pick(MODELS),
        messages: [
          { role: "system", content: "You are a senior DevOps assistant." },
          { role: "user", content: `${prose(g, "envq")}\n\n\`\`\`\n${envBlock(g, s, v)}\n\`\`\`` },
        ],
        temperature: 0.2,
      }),
  },
  {
    name: "anthropic tool_use write_file (YAML settings)",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        model: g.pick(CLAUDE),
        max_tokens: 4096,
        messages: [
          { role: "user", content: `Wire up ${s.p} in the settings file.` },
          {
            role: "assistant",
            content: [
              { type: "text", text: "I'll add the integration settings." },
              {
                type: "tool_use",
                id: "toolu_01" + g.s(22),
                name: "write_file",
                input: {
                  path: "config/settings.yaml",
                  content: `app:\n  name: ${g.pick(SVC)}\n  region: eu-west-1\nintegrations:\n  ${snake(s.slot)}: "${v}"\n  timeout_ms: 5000\n`,
                },
              },
            ],
          },
        ],
      }),
  },
  {
    name: "openai tool_calls run_shell export",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        model: g.pick(MODELS),
        messages: [
          { role: "user", content: "deploy the staging stack" },
          {
            role: "assistant",
            content: null,
            tool_calls: [
              {
                id: "call_" + g.s(24),
                type: "function",
                function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s.slot}='${v}' && npm run deploy -- --env staging`, timeout: 600 }) },
              },
            ],
          },
        ],
      }),
  },
  {
    name: "MCP tools/call result echoing .env.production",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: g.range(2, 90),
        result: { content: [{ type: "text", text: `$ cat .env.production\n${envBlock(g, s, v)}\n` }], isError: false },
      }),
  },
  {
    name: "curl with request header",
    kinds: TOK,
    f: (g, s, v) =>
      `curl -sS -X POST https://api.example.com/v${g.range(1, 3)}/jobs \\\n  -H 'Content-Type: application/json' \\\n  -H '${hdrOf(s, v)}' \\\n  -d '{"name":"nightly-${g.range(1, 99)}","dry_run":false}'`,
  },
  {
    name: "raw HTTP request headers",
    kinds: TOK,
    f: (g, s, v) =>
      `GET /v1/account/usage?from=2025-0${g.range(1, 9)}-01 HTTP/1.1\r\nHost: api.example.net\r\nUser-Agent: ${g.pick(["python-requests/2.32.3", "axios/1.7.7", "Go-http-client/1.1", "okhttp/4.12.0"])}\r\nAccept: application/json\r\n${hdrOf(s, v)}\r\nX-Request-Id: ${g.uuid()}\r\n\r\n`,
  },
  {
    name: "URL query string",
    kinds: TOK,
    f: (g, s, v) =>
      `GET https://api.example.org/v2/export?format=csv&${paramOf(s)}=${encodeURIComponent(v)}&page=${g.range(1, 9)}&since=${g.epoch()}`,
  },
  {
    name: "x-www-form-urlencoded body",
    kinds: TOK,
    f: (g, s, v) =>
      `POST /oauth/token HTTP/1.1\r\nHost: auth.example.com\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\ngrant_type=client_credentials&client_id=svc-${g.d(6)}&${paramOf(s) === "client_secret" ? "client_secret" : paramOf(s)}=${encodeURIComponent(v)}&scope=read%20write`,
  },
  {
    name: "multipart form upload",
    kinds: TOK,
    f: (g, s, v) => {
      const b = "----WebKitFormBoundary" + g.s(16);
      return `POST /api/integrations HTTP/1.1\r\nHost: admin.example.com\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n--${b}\r\nContent-Disposition: form-data; name="provider"\r\n\r\n${s.p}\r\n--${b}\r\nContent-Disposition: form-data; name="${paramOf(s)}"\r\n\r\n${v}\r\n--${b}\r\nContent-Disposition: form-data; name="enabled"\r\n\r\ntrue\r\n--${b}--\r\n`;
    },
  },
  {
    name: "chat message with pasted config.json",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        model: g.pick(CLAUDE),
        max_tokens: 2048,
        messages: [
          {
            role: "user",
            content: `${prose(g, "cfg")}\n\n\`\`\`json\n${JSON.stringify({ service: { name: g.pick(SVC), port: 8080 }, integrations: { [camel(s.slot)]: v, retries: 3 } }, null, 2)}\n\`\`\``,
          },
        ],
      }),
  },
  {
    name: "gist create with docker-compose.yml",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        description: "compose for staging",
        public: false,
        files: {
          "docker-compose.yml": {
            content: `services:\n  ${g.pick(SVC)}:\n    image: ghcr.io/acme/app:${g.range(1, 4)}.${g.range(0, 20)}.${g.range(0, 9)}\n    environment:\n      - ${s.slot}=${v}\n      - LOG_LEVEL=info\n    ports:\n      - "8080:8080"\n`,
          },
        },
      }),
  },
  {
    name: "TOML config in chat",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        model: g.pick(MODELS),
        messages: [{ role: "user", content: `${prose(g, "cfg")}\n\n\`\`\`toml\n[server]\nhost = "0.0.0.0"\nport = ${g.range(3000, 9000)}\n\n[integrations.${snake(s.p.split(" ")[0]!).replace(/[^a-z0-9]/g, "")}]\n${snake(s.slot)} = "${v}"\nenabled = true\n\`\`\`` }],
      }),
  },
  {
    name: "INI file PUT to paste service",
    kinds: ALL,
    f: (g, s, v) =>
      `PUT https://paste.example.org/api/v1/pastes/${g.s(8, LD)}\nContent-Type: text/plain\n\n; settings.ini for ${g.pick(SVC)}\n[default]\nregion = eu-central-1\n${snake(s.slot)} = ${v}\n\n[logging]\nlevel = warn\n`,
  },
  {
    name: "Spring application.properties via tool_calls write_file",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        messages: [
          {
            role: "assistant",
            tool_calls: [
              {
                id: "call_" + g.s(24),
                type: "function",
                function: {
                  name: "write_file",
                  arguments: JSON.stringify({
                    path: "src/main/resources/application.properties",
                    content: `spring.application.name=${g.pick(SVC)}\nserver.port=8080\napp.${kebab(s.slot)}=${v}\nlogging.level.root=INFO\n`,
                  }),
                },
              },
            ],
          },
        ],
      }),
  },
  {
    name: "terraform.tfvars in chat",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        model: g.pick(CLAUDE),
        messages: [{ role: "user", content: `terraform plan says the variable is invalid, here's my tfvars:\n\nregion = "us-east-2"\nenvironment = "staging"\n${snake(s.slot)} = "${v}"\ninstance_count = ${g.range(1, 6)}\n` }],
      }),
  },
  {
    name: "web.config appSettings XML",
    kinds: ALL,
    f: (g, s, v) =>
      `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Staging" />\n    <add key="${pascal(s.slot)}" value="${v.replace(/&/g, "&amp;")}" />\n    <add key="RetryCount" value="${g.range(2, 5)}" />\n  </appSettings>\n</configuration>`,
  },
  {
    name: "Python FIM completion prompt",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        model: "codestral-latest",
        prompt: `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\n${snake(s.slot)} = os.getenv("${s.slot}", "${v}")\n\n\ndef client():\n    `,
        suffix: "\n    return session\n",
        max_tokens: 128,
      }),
  },
  {
    name: "JavaScript module in chat",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        model: g.pick(MODELS),
        messages: [{ role: "user", content: `why is this undefined in prod?\n\n\`\`\`js\nimport express from "express";\nconst ${camel(s.slot)} = process.env.${s.slot} || "${v}";\nconst app = express();\napp.listen(${g.range(3000, 9000)});\n\`\`\`` }],
      }),
  },
  {
    name: "Go source via tool_use create_file",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        type: "tool_use",
        id: "toolu_01" + g.s(22),
        name: "create_file",
        input: { path: "internal/config/defaults.go", content: `package config\n\nconst (\n\tDefaultTimeout = ${g.range(5, 60)}\n\t${pascal(s.slot)} = "${v}"\n)\n` },
      }),
  },
  {
    name: "Java constants class in diff review",
    kinds: ALL,
    f: (g, s, v) =>
      `--- a/src/main/java/com/example/Config.java\n+++ b/src/main/java/com/example/Config.java\n@@ -${g.range(8, 40)},6 +${g.range(8, 40)},7 @@ public final class Config {\n     public static final int TIMEOUT_MS = 5000;\n+    public static final String ${s.slot} = "${v}";\n     private Config() {}\n }\n`,
  },
  {
    name: "C# snippet in chat",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        model: g.pick(CLAUDE),
        messages: [{ role: "user", content: `Refactor to use IOptions:\n\n\`\`\`csharp\nvar ${camel(s.slot)} = Environment.GetEnvironmentVariable("${s.slot}") ?? "${v}";\nbuilder.Services.AddHttpClient("${s.p}");\n\`\`\`` }],
      }),
  },
  {
    name: "Ruby initializer in MCP result",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: g.range(2, 90),
        result: { content: [{ type: "text", text: `config/initializers/${snake(s.p.split(" ")[0]!).replace(/[^a-z0-9]/g, "")}.rb\n\nRails.application.configure do\n  config.x.${snake(s.slot)} = ENV.fetch("${s.slot}", "${v}")\nend\n` }] },
      }),
  },
  {
    name: "PHP config file in chat",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        model: g.pick(MODELS),
        messages: [{ role: "user", content: `<?php\n// config/services.php\nreturn [\n    '${snake(s.slot)}' => env('${s.slot}', '${v}'),\n    'timeout' => ${g.range(5, 30)},\n];\n` }],
      }),
  },
  {
    name: "Rust main.rs via tool_use",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        type: "tool_use",
        id: "toolu_01" + g.s(22),
        name: "str_replace",
        input: { path: "src/main.rs", old_str: "let cfg = Config::default();", new_str: `let ${snake(s.slot)} = std::env::var("${s.slot}").unwrap_or_else(|_| "${v}".to_string());\n    let cfg = Config::default();` },
      }),
  },
  {
    name: "GitHub Actions log in chat",
    kinds: ALL,
    f: (g, s, v) => {
      const t = g.ts().slice(0, 19);
      return JSON.stringify({
        model: g.pick(CLAUDE),
        messages: [{ role: "user", content: `${prose(g, "ciq")}\n\n${t}.1234567Z ##[group]Run ./scripts/deploy.sh\n${t}.2234567Z env:\n${t}.2334567Z   ${s.slot}: ${v}\n${t}.2434567Z   GITHUB_SHA: ${g.hex(40)}\n${t}.3234567Z ##[endgroup]\n${t}.9234567Z ##[error]Process completed with exit code 22.` }],
      });
    },
  },
  {
    name: "shell history in chat",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        model: g.pick(MODELS),
        messages: [{ role: "user", content: `here is my history, which step broke it?\n\n  ${g.range(500, 900)}  git pull --rebase\n  ${g.range(901, 950)}  export ${s.slot}="${v}"\n  ${g.range(951, 990)}  make deploy ENV=staging\n  ${g.range(991, 999)}  kubectl -n staging get pods` }],
      }),
  },
  {
    name: "crash report upload with frame locals",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        event_id: g.hex(32),
        timestamp: g.ts(),
        platform: "python",
        message: prose(g, "crash"),
        exception: {
          values: [
            {
              type: "ConnectionError",
              value: "Max retries exceeded",
              stacktrace: { frames: [{ filename: "app/clients.py", function: "connect", lineno: g.range(20, 200), vars: { [snake(s.slot)]: v, retries: 3, timeout: 10 } }] },
            },
          ],
        },
      }),
  },
  {
    name: "Jupyter notebook saved via tool call",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        name: "write_notebook",
        arguments: {
          path: "notebooks/explore.ipynb",
          notebook: {
            cells: [
              { cell_type: "code", execution_count: 1, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.slot}"] = "${v}"\n`] },
              { cell_type: "code", execution_count: 2, metadata: {}, outputs: [], source: ["import pandas as pd\n", "df = pd.read_csv('data.csv')\n"] },
            ],
            metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
            nbformat: 4,
            nbformat_minor: 5,
          },
        },
      }),
  },
  {
    name: "unified diff of .env.example mistake",
    kinds: ALL,
    f: (g, s, v) =>
      `diff --git a/.env.staging b/.env.staging\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -1,4 +1,4 @@\n APP_ENV=staging\n-${s.slot}=\n+${s.slot}=${v}\n LOG_LEVEL=info\n`,
  },
  {
    name: "Slack chat.postMessage handing the credential over",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({ channel: "C0" + g.s(9, UD), text: `${prose(g, "handover", s.p)}\n\`${s.slot}=${v}\``, unfurl_links: false }),
  },
  {
    name: "k8s Secret stringData via kubectl_apply tool",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: g.range(2, 90),
        method: "tools/call",
        params: { name: "kubectl_apply", arguments: { manifest: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${g.pick(SVC)}-env\n  namespace: staging\ntype: Opaque\nstringData:\n  ${s.slot}: "${v}"\n` } },
      }),
  },
  {
    name: "k8s Secret base64 data",
    kinds: ALL,
    f: (g, s, v) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${g.pick(SVC)}-creds\ntype: Opaque\ndata:\n  ${s.slot}: ${Buffer.from(v).toString("base64")}\n`,
  },
  {
    name: "docker run -e in agent bash tool_use",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({ type: "tool_use", id: "toolu_01" + g.s(22), name: "bash", input: { command: `docker run -d --name ${g.pick(SVC)} -e ${s.slot}=${v} -p 8080:8080 ghcr.io/acme/app:${g.range(1, 3)}.${g.range(0, 30)}` } }),
  },
  {
    name: "GitHub Actions workflow with literal env",
    kinds: ALL,
    f: (g, s, v) =>
      `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${s.slot}: ${v}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh\n`,
  },
  {
    name: "SQL seed insert",
    kinds: ALL,
    f: (g, s, v) =>
      `INSERT INTO integrations (id, tenant_id, provider, ${snake(s.slot)}, created_at)\nVALUES (${g.range(1, 999)}, '${g.uuid()}', '${s.p}', '${v}', '${g.ts()}');`,
  },
  {
    name: "Markdown setup doc in a PR body",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({ title: `docs: local setup for ${s.p}`, head: "docs/setup", base: "main", body: `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`\n2. Set the key we use on staging:\n\n\`\`\`bash\nexport ${s.slot}=${v}\n\`\`\`\n\n3. Run \`make dev\`.` }),
  },
  {
    name: "JSON log line shipped to log intake",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify([{ ts: g.ts(), level: "debug", service: g.pick(SVC), msg: "loaded configuration", config: { env: "staging", [snake(s.slot)]: v }, trace_id: g.hex(32), span_id: g.hex(16) }]),
  },
  {
    name: "DevTools Copy as fetch",
    kinds: TOK,
    f: (g, s, v) => {
      const h = hdrOf(s, v);
      const i = h.indexOf(":");
      return `fetch("https://api.example.com/v1/projects/${g.d(6)}/members", {\n  "headers": {\n    "accept": "application/json",\n    "${h.slice(0, i).toLowerCase()}": "${h.slice(i + 1).trim()}",\n    "sec-fetch-mode": "cors"\n  },\n  "method": "GET",\n  "mode": "cors"\n});`;
    },
  },
  {
    name: "HAR entry",
    kinds: TOK,
    f: (g, s, v) => {
      const h = hdrOf(s, v);
      const i = h.indexOf(":");
      return JSON.stringify({
        log: {
          version: "1.2",
          entries: [
            {
              startedDateTime: g.ts(),
              request: { method: "GET", url: `https://api.example.com/v1/items?limit=${g.range(10, 100)}`, headers: [{ name: "Accept", value: "application/json" }, { name: h.slice(0, i), value: h.slice(i + 1).trim() }] },
              response: { status: 200, headers: [{ name: "etag", value: `W/"${g.hex(32)}"` }] },
            },
          ],
        },
      });
    },
  },
  {
    name: "PowerShell profile",
    kinds: ALL,
    f: (g, s, v) => `# Microsoft.PowerShell_profile.ps1\nSet-Location C:\\src\\${g.pick(SVC)}\n$env:${s.slot} = "${v}"\nImport-Module posh-git\n`,
  },
  {
    name: "Dockerfile ENV",
    kinds: ALL,
    f: (g, s, v) => `FROM node:${g.pick(["20", "22"])}-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${s.slot}=${v}\nCOPY . .\nCMD ["node", "server.js"]\n`,
  },
  {
    name: "systemd unit Environment=",
    kinds: ALL,
    f: (g, s, v) => `[Unit]\nDescription=${g.pick(SVC)}\nAfter=network-online.target\n\n[Service]\nEnvironment="${s.slot}=${v}"\nExecStart=/opt/app/bin/server\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n`,
  },
  {
    name: "GraphQL mutation variables",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({ operationName: "CreateIntegration", query: "mutation CreateIntegration($input: IntegrationInput!) { createIntegration(input: $input) { id } }", variables: { input: { provider: s.p, [camel(s.slot)]: v, workspaceId: g.uuid() } } }),
  },
  {
    name: "issue comment (multilingual) with helm values",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({ body: `${prose(g, "cfg")}\n\n\`\`\`yaml\n# values-staging.yaml\nreplicaCount: ${g.range(1, 4)}\nsecrets:\n  ${camel(s.slot)}: "${v}"\n\`\`\`` }),
  },
  {
    name: "CLI positional / flag argument",
    kinds: ALL,
    f: (g, s, v) => {
      const k = s.kind ?? "tok";
      const cmd =
        k === "hook"
          ? `curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy ${g.hex(7)} finished"}' ${v}`
          : k === "url"
            ? `${s.cli ?? "psql"} "${v}"`
            : `./bin/sync --${kebab(s.slot)} ${v} --dry-run=false`;
      return JSON.stringify({ tool: "terminal", input: { cmd, cwd: `/home/dev/${g.pick(SVC)}` } });
    },
  },
  {
    name: "Terraform state attributes",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({ version: 4, terraform_version: "1.9.5", serial: g.range(3, 90), resources: [{ mode: "managed", type: "kubernetes_secret", name: "app", instances: [{ attributes: { metadata: [{ name: "app-env", namespace: "default" }], data: { [s.slot]: v } } }] }] }),
  },
  {
    name: "email via transactional send API",
    kinds: ALL,
    f: (g, s, v) =>
      JSON.stringify({ from: "ops@example.com", to: [`dev${g.range(1, 9)}@example.org`], subject: `${s.p} access`, text: `${prose(g, "handover", s.p)}\n\n${v}\n\n-- ops` }),
  },
];

export interface RotateOpts {
  prefix: string;
  label: "positive" | "benign";
  offset: number;
  renderers?: Renderer[];
  category?: (s: Spec) => string;
}

/** Renders each spec through the next compatible renderer (rotating), one case each. */
export function rotate(g: Gen, specs: Spec[], o: RotateOpts): CorpusCase[] {
  const rs = o.renderers ?? RENDERERS;
  let k = o.offset;
  return specs.map((s, i) => {
    const kind = s.kind ?? "tok";
    let r = rs[k % rs.length]!;
    while (!r.kinds.includes(kind)) r = rs[++k % rs.length]!;
    k++;
    const v = s.v(g);
    return {
      id: `${o.prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: o.category ? o.category(s) : o.label === "positive" ? `heldouty119-sec-${s.g}` : "heldouty119-benign",
      label: o.label,
      text: r.f(g, s, v),
      note: `${s.p}; slot ${s.slot}; context: ${r.name}`,
    };
  });
}

export interface Hand {
  g: Group | "benign";
  note: string;
  text: (g: Gen) => string;
}

export function hand(g: Gen, prefix: string, hs: Hand[]): CorpusCase[] {
  return hs.map((h, i) => ({
    id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets" as const,
    category: h.g === "benign" ? "heldouty119-benign" : `heldouty119-sec-${h.g}`,
    label: h.g === "benign" ? ("benign" as const) : ("positive" as const),
    text: h.text(g),
    note: h.note,
  }));
}
