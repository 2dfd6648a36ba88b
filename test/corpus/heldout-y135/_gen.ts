// Shared builders and outbound-context renderers for heldout-y135 (release engineering, package
// publishing, software supply chain). Skipped by the loader (leading "_").
// No literal credentials: every credential-shaped value is assembled at run time from split
// prefixes and a seeded PRNG body, so each load yields the same text.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const ALNUM = UP + LO + DIG;
export const LALNUM = LO + DIG;
export const UALNUM = UP + DIG;
export const HEX = "0123456789abcdef";
export const UHEX = "0123456789ABCDEF";
export const B64 = ALNUM + "+/";
export const B64URL = ALNUM + "-_";
export const B32U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const B32L = "abcdefghijklmnopqrstuvwxyz234567";
export const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

/** Joins split pieces: prefixes are written split in the source so no line holds a whole token. */
export const j = (...p: string[]): string => p.join("");

export const b64 = (b: Uint8Array | string): string =>
  (typeof b === "string" ? Buffer.from(b, "utf8") : Buffer.from(b)).toString("base64");
export const b64u = (b: Uint8Array | string): string => b64(b).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
export const wrap = (s: string, w = 64): string => s.match(new RegExp(`.{1,${w}}`, "g"))!.join("\n");
const cat = (...parts: (Uint8Array | number[] | string)[]): Uint8Array => {
  const arrs = parts.map((p) => (typeof p === "string" ? new Uint8Array(Buffer.from(p, "latin1")) : p instanceof Uint8Array ? p : new Uint8Array(p)));
  const out = new Uint8Array(arrs.reduce((n, a) => n + a.length, 0));
  let o = 0;
  for (const a of arrs) {
    out.set(a, o);
    o += a.length;
  }
  return out;
};
const u32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const sshStr = (b: Uint8Array | string): Uint8Array => {
  const x = typeof b === "string" ? new Uint8Array(Buffer.from(b, "latin1")) : b;
  return cat(u32(x.length), x);
};

const OID_EC = [0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01];
const OID_P256 = [0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07];

export class Gen extends SeededRng {
  a(n: number): string {
    return this.str(n, ALNUM);
  }
  h(n: number): string {
    return this.str(n, HEX);
  }
  H(n: number): string {
    return this.str(n, UHEX);
  }
  l(n: number): string {
    return this.str(n, LALNUM);
  }
  u(n: number): string {
    return this.str(n, UALNUM);
  }
  d(n: number): string {
    return this.str(1, "123456789") + this.str(n - 1, DIG);
  }
  b(n: number): string {
    return this.str(n, B64);
  }
  bu(n: number): string {
    return this.str(n, B64URL);
  }
  uuid(): string {
    return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`;
  }
  ver(): string {
    return `${this.range(0, 5)}.${this.range(0, 24)}.${this.range(0, 12)}`;
  }
  /** base64 of n random bytes (padded). */
  rb64(n: number): string {
    return b64(this.bytes(n));
  }
  ts(): number {
    return 1714000000 + this.int(40000000);
  }
  iso(): string {
    return new Date(this.ts() * 1000).toISOString();
  }
  /** A JWT with the given header/payload and a random signature of sigLen base64url chars. */
  jwt(header: object, payload: object, sigLen = 43): string {
    return `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}.${this.bu(sigLen)}`;
  }

  // ---- key material (structurally plausible DER, random key bytes) ----
  pem(label: string, body: string): string {
    return `-----BEGIN ${label}-----\n${wrap(body)}\n-----END ${label}-----`;
  }
  ecSec1(): string {
    const der = cat([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20], this.bytes(32), [0xa0, 0x0a], OID_P256, [0xa1, 0x44, 0x03, 0x42, 0x00, 0x04], this.bytes(64));
    return this.pem(j("EC PRIV", "ATE KEY"), b64(der));
  }
  ecPkcs8(): string {
    const der = cat([0x30, 0x81, 0x87, 0x02, 0x01, 0x00, 0x30, 0x13], OID_EC, OID_P256, [0x04, 0x6d, 0x30, 0x6b, 0x02, 0x01, 0x01, 0x04, 0x20], this.bytes(32), [0xa1, 0x44, 0x03, 0x42, 0x00, 0x04], this.bytes(64));
    return this.pem(j("PRIV", "ATE KEY"), b64(der));
  }
  ed25519Pkcs8(): string {
    const der = cat([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20], this.bytes(32));
    return this.pem(j("PRIV", "ATE KEY"), b64(der));
  }
  rsaPkcs1(bytes = 1190): string {
    const der = cat([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00, 0xc3], this.bytes(256), [0x02, 0x03, 0x01, 0x00, 0x01, 0x02, 0x82, 0x01, 0x00], this.bytes(bytes - 280));
    return this.pem(j("RSA PRIV", "ATE KEY"), b64(der));
  }
  rsaPkcs8(): string {
    const der = cat([0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa8, 0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00, 0xb8], this.bytes(256), [0x02, 0x03, 0x01, 0x00, 0x01, 0x02, 0x82, 0x01, 0x00], this.bytes(900));
    return this.pem(j("PRIV", "ATE KEY"), b64(der));
  }
  opensshEd25519(comment: string): string {
    const pub = this.bytes(32);
    const pubBlob = cat(sshStr("ssh-ed25519"), sshStr(pub));
    const check = this.bytes(4);
    let priv = cat(check, check, sshStr("ssh-ed25519"), sshStr(pub), sshStr(cat(this.bytes(32), pub)), sshStr(comment));
    const pad: number[] = [];
    for (let i = 1; (priv.length + pad.length) % 8 !== 0; i++) pad.push(i);
    priv = cat(priv, pad);
    const blob = cat("openssh-key-v1\0", sshStr("none"), sshStr("none"), sshStr(""), u32(1), sshStr(pubBlob), sshStr(priv));
    const label = j("OPENSSH PRIV", "ATE KEY");
    return `-----BEGIN ${label}-----\n${wrap(b64(blob), 70)}\n-----END ${label}-----`;
  }
  pgpPrivate(name: string): string {
    const body = cat([0x95, 0x03, 0xc6, 0x04], u32(this.ts()), [0x16, 0x09, 0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x0f, 0x01, 0x01, 0x07, 0x40], this.bytes(32), [0xfe, 0x07, 0x03, 0x02], this.bytes(60), "\xb4", name, this.bytes(520));
    const crc = b64(this.bytes(3));
    const lbl = j("PGP PRIV", "ATE KEY BLOCK");
    return `-----BEGIN ${lbl}-----\n\n${wrap(b64(body))}\n=${crc}\n-----END ${lbl}-----`;
  }
  // ---- public look-alikes ----
  ecPublicPem(): string {
    const der = cat([0x30, 0x59, 0x30, 0x13], OID_EC, OID_P256, [0x03, 0x42, 0x00, 0x04], this.bytes(64));
    return this.pem("PUBLIC KEY", b64(der));
  }
  certPem(): string {
    const der = cat([0x30, 0x82, 0x02, 0xe1, 0x30, 0x82, 0x02, 0x66, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x14], this.bytes(20), [0x30, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x03], this.bytes(680));
    return this.pem("CERTIFICATE", b64(der));
  }
  sshEd25519Pub(comment: string): string {
    return `ssh-ed25519 ${b64(cat(sshStr("ssh-ed25519"), sshStr(this.bytes(32))))} ${comment}`;
  }
  pgpPublic(name: string): string {
    const body = cat([0x98, 0x33, 0x04], u32(this.ts()), [0x16, 0x09, 0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x0f, 0x01, 0x01, 0x07, 0x40], this.bytes(32), "\xb4", name, this.bytes(330));
    return `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${wrap(b64(body))}\n=${b64(this.bytes(3))}\n-----END PGP PUBLIC KEY BLOCK-----`;
  }
  pgpSignature(): string {
    const body = cat([0x88, 0x75, 0x04, 0x00, 0x16, 0x0a, 0x00, 0x1d, 0x16, 0x21, 0x04], this.bytes(20), [0x05, 0x02], u32(this.ts()), this.bytes(80));
    return `-----BEGIN PGP SIGNATURE-----\n\n${wrap(b64(body))}\n=${b64(this.bytes(3))}\n-----END PGP SIGNATURE-----`;
  }
  /** ASN.1 DER ECDSA signature, base64 (MEUCI... / MEYCIQ...). */
  ecdsaSig(): string {
    return b64(cat([0x30, 0x45, 0x02, 0x21, 0x00], this.bytes(32), [0x02, 0x20], this.bytes(32)));
  }
  sha256(): string {
    return this.h(64);
  }
  sri(alg: "sha256" | "sha384" | "sha512" = "sha512"): string {
    return `${alg}-${b64(this.bytes(alg === "sha256" ? 32 : alg === "sha384" ? 48 : 64))}`;
  }
  colonHex(n: number): string {
    return Array.from({ length: n }, () => this.H(2)).join(":");
  }
}

// ---- language for prose ----
export type Lang = "en" | "de" | "fr" | "es" | "pt" | "ja" | "zh" | "ru" | "it" | "ko" | "nl" | "pl" | "tr";
export const OTHER_LANGS: Lang[] = ["de", "ja", "fr", "es", "zh", "pt", "ru", "ko", "it", "nl", "pl", "tr"];
/** Every fourth case gets non-English prose. */
export const langFor = (i: number): Lang => (i % 4 === 3 ? OTHER_LANGS[(i >> 2) % OTHER_LANGS.length]! : "en");

type ProseKind = "fix" | "handover" | "review" | "log" | "share";
const PROSE: Record<Lang, Record<ProseKind, string>> = {
  en: {
    fix: "The release job keeps failing at the publish step. Can you figure out what's wrong?",
    handover: "Here's the {p} credential for the release pipeline, please wire it in:",
    review: "Please review this before I commit it to the release branch.",
    log: "Log from the failed release run:",
    share: "FYI, this is the {p} value for the release notes:",
  },
  de: {
    fix: "Der Release-Job bricht beim Veröffentlichen immer wieder ab. Siehst du, woran es liegt?",
    handover: "Hier ist das {p}-Zugangsdatum für die Release-Pipeline, bitte eintragen:",
    review: "Kannst du dir das ansehen, bevor ich es in den Release-Branch committe?",
    log: "Log vom fehlgeschlagenen Release-Lauf:",
    share: "Zur Info, das ist der {p}-Wert für die Release Notes:",
  },
  fr: {
    fix: "Le job de release échoue toujours à l'étape de publication. Tu vois ce qui cloche ?",
    handover: "Voici l'identifiant {p} pour le pipeline de release, peux-tu l'ajouter :",
    review: "Peux-tu relire ceci avant que je le commite sur la branche de release ?",
    log: "Log de l'exécution de release qui a échoué :",
    share: "Pour info, voici la valeur {p} pour les notes de version :",
  },
  es: {
    fix: "El job de release sigue fallando en el paso de publicación. ¿Ves qué pasa?",
    handover: "Aquí tienes la credencial de {p} para el pipeline de release, configúrala por favor:",
    review: "¿Puedes revisar esto antes de que lo suba a la rama de release?",
    log: "Log de la ejecución de release fallida:",
    share: "Para que conste, este es el valor de {p} para las notas de la versión:",
  },
  pt: {
    fix: "O job de release continua falhando na etapa de publicação. Consegue ver o problema?",
    handover: "Segue a credencial do {p} para o pipeline de release, pode configurar:",
    review: "Pode revisar isto antes de eu commitar na branch de release?",
    log: "Log da execução de release que falhou:",
    share: "Só para registro, este é o valor do {p} para as notas de versão:",
  },
  ja: {
    fix: "リリースジョブが publish ステップで毎回失敗します。原因を調べてもらえますか？",
    handover: "リリースパイプライン用の {p} の認証情報です。設定をお願いします：",
    review: "リリースブランチにコミットする前に確認してください。",
    log: "失敗したリリース実行のログです：",
    share: "参考までに、リリースノート用の {p} の値です：",
  },
  zh: {
    fix: "发布任务总是在 publish 这一步失败，帮我看看是哪里出了问题？",
    handover: "这是发布流水线用的 {p} 凭据，请帮忙配置上：",
    review: "提交到 release 分支之前帮我检查一下。",
    log: "发布失败那次运行的日志：",
    share: "供参考，这是发布说明里要用的 {p} 值：",
  },
  ru: {
    fix: "Релизная джоба всё время падает на шаге публикации. Посмотришь, в чём дело?",
    handover: "Вот учётные данные {p} для релизного пайплайна, пропиши, пожалуйста:",
    review: "Проверь, пожалуйста, перед тем как я закоммичу в релизную ветку.",
    log: "Лог упавшего релизного прогона:",
    share: "Для справки, вот значение {p} для релиз-нотов:",
  },
  it: {
    fix: "Il job di release continua a fallire allo step di pubblicazione. Vedi il problema?",
    handover: "Ecco la credenziale {p} per la pipeline di release, configurala per favore:",
    review: "Puoi rivederlo prima che lo committi sul branch di release?",
    log: "Log dell'esecuzione di release fallita:",
    share: "Per info, questo è il valore {p} per le note di rilascio:",
  },
  ko: {
    fix: "릴리스 작업이 publish 단계에서 계속 실패해요. 원인 좀 봐주실래요?",
    handover: "릴리스 파이프라인용 {p} 자격 증명입니다. 설정 부탁드려요:",
    review: "릴리스 브랜치에 커밋하기 전에 검토 부탁드립니다.",
    log: "실패한 릴리스 실행 로그입니다:",
    share: "참고로 릴리스 노트에 들어갈 {p} 값입니다:",
  },
  nl: {
    fix: "De release-job faalt steeds bij de publish-stap. Zie jij wat er mis is?",
    handover: "Hier is de {p}-credential voor de release-pipeline, wil je die instellen:",
    review: "Kun je dit nakijken voordat ik het naar de release-branch commit?",
    log: "Log van de mislukte release-run:",
    share: "Ter info, dit is de {p}-waarde voor de release notes:",
  },
  pl: {
    fix: "Job release'owy ciągle pada na kroku publikacji. Widzisz, co jest nie tak?",
    handover: "Oto dane dostępowe {p} do pipeline'u release'owego, dodaj je proszę:",
    review: "Rzuć okiem, zanim wrzucę to na gałąź release.",
    log: "Log z nieudanego przebiegu release'u:",
    share: "Dla informacji, to jest wartość {p} do release notes:",
  },
  tr: {
    fix: "Release işi yayınlama adımında sürekli başarısız oluyor. Sorunu görebiliyor musun?",
    handover: "Release hattı için {p} kimlik bilgisi burada, lütfen ekle:",
    review: "Release dalına commit etmeden önce buna bakabilir misin?",
    log: "Başarısız release çalıştırmasının logu:",
    share: "Bilgin olsun, sürüm notları için {p} değeri bu:",
  },
};
export const say = (lang: Lang, kind: ProseKind, provider = ""): string => PROSE[lang][kind].replace("{p}", provider);

// ---- slots and renderers ----
export type Shape = "tok" | "pw" | "url" | "sec";
export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  /** short provider id (used in the note) */
  id: string;
  group: Group;
  provider: string;
  /** env-var style slot name, as a developer would name it */
  env: string;
  make: (g: Gen) => string;
  shape?: Shape;
  /** auth header prefix, e.g. "Authorization: Bearer", "X-Api-Key:" */
  header?: string;
  user?: string;
}

export interface Slot {
  env: string;
  v: string;
  provider: string;
  shape: Shape;
  header: string;
  user: string;
  lang: Lang;
  benign: boolean;
  g: Gen;
}

export interface Renderer {
  name: string;
  /** puts the value in a slot that is a credential by construction (auth header, --token, ...) */
  secretSlot?: boolean;
  shapes?: Shape[];
  render: (s: Slot) => string;
}

const snake = (env: string) => env.toLowerCase();
const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const kebab = (env: string) => env.toLowerCase().replace(/_/g, "-");
const userEnv = (env: string) => {
  const r = env.replace(/(PASSWORD|PASSWD|PASS|PWD|SECRET)$/, "USERNAME");
  return r === env ? `${env}_USER` : r;
};
const REPOS = ["acme/toolkit", "northwind/pkgr", "lumen-dev/sdk-js", "fernhill/tern", "orbit-labs/relay", "kestrel/kcli", "tidewater/ferry", "quillstack/quill", "bramble/bramble-rs", "copperline/cline"];
const HOSTS = ["registry.example.com", "releases.example.org", "api.example.net", "artifacts.example.com", "ci.example.test", "dl.example.org", "uploads.example.net", "pkg.example.test"];
const MODELS_OAI = ["gpt-4o", "gpt-4.1", "gpt-4.1-mini", "o4-mini"];
const MODELS_ANT = ["claude-sonnet-4-5", "claude-opus-4-1", "claude-3-7-sonnet-latest"];
const PUBLISH = [
  "npm publish --access public",
  "npx semantic-release",
  "goreleaser release --clean",
  "cargo publish",
  "python -m twine upload dist/*",
  "./scripts/release.sh",
  "make release",
  "pnpm changeset publish",
  "gem push pkg/*.gem",
  "./gradlew publishToMavenCentral",
  "dotnet nuget push out/*.nupkg",
  "docker buildx bake --push",
];
const FILLER = ["NODE_ENV=production", "RELEASE_CHANNEL=stable", "LOG_LEVEL=info", "CI=true", "DRY_RUN=false", "REGISTRY_URL=https://registry.example.com", "TZ=UTC"];

const hdrParts = (s: Slot): [string, string] => {
  if (s.shape === "pw") return ["Authorization", `Basic ${b64(`${s.user}:${s.v}`)}`];
  const i = s.header.indexOf(":");
  const name = s.header.slice(0, i);
  const rest = s.header.slice(i + 1).trim();
  return [name, rest ? (rest.endsWith("=") ? rest + s.v : `${rest} ${s.v}`) : s.v];
};
const hdr = (s: Slot) => hdrParts(s).join(": ");

function envLines(s: Slot, fmt: (k: string, v: string) => string = (k, v) => `${k}=${v}`): string {
  const g = s.g;
  const fill: string[] = [];
  const n = g.range(2, 4);
  const start = g.int(FILLER.length);
  for (let i = 0; i < n; i++) fill.push(FILLER[(start + i) % FILLER.length]!);
  const lines = fill.map((l) => {
    const [k, ...v] = l.split("=");
    return fmt(k!, v.join("="));
  });
  const mine = [fmt(s.env, s.v)];
  if (s.shape === "pw") mine.unshift(fmt(userEnv(s.env), s.user));
  lines.splice(g.range(0, lines.length), 0, ...mine);
  lines.push(fmt("APP_VERSION", g.ver()));
  return lines.join("\n");
}

const J = (o: unknown) => JSON.stringify(o);
const oaiChat = (g: Gen, user: string) => J({ model: g.pick(MODELS_OAI), messages: [{ role: "system", content: "You are a senior release engineer helping with CI/CD and package publishing." }, { role: "user", content: user }], temperature: 0.2 });
const antMsg = (g: Gen, user: string) => J({ model: g.pick(MODELS_ANT), max_tokens: 4096, messages: [{ role: "user", content: user }] });
const gemini = (user: string) => J({ contents: [{ role: "user", parts: [{ text: user }] }], generationConfig: { temperature: 0.3 } });
const fence = (lang: string, body: string) => "```" + lang + "\n" + body + "\n```";

function toolUse(g: Gen, prose: string, name: string, input: Record<string, unknown>): string {
  const id = `toolu_01${g.a(22)}`;
  return J({
    model: g.pick(MODELS_ANT),
    max_tokens: 8192,
    messages: [
      { role: "user", content: prose },
      { role: "assistant", content: [{ type: "text", text: "I'll make that change." }, { type: "tool_use", id, name, input }] },
      { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: /write|replace|edit/.test(name) ? "File written successfully." : "exit status 0" }] },
    ],
  });
}
function toolCall(g: Gen, prose: string, name: string, args: Record<string, unknown>): string {
  const id = `call_${g.a(24)}`;
  return J({
    model: g.pick(MODELS_OAI),
    messages: [
      { role: "user", content: prose },
      { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name, arguments: J(args) } }] },
      { role: "tool", tool_call_id: id, content: "exit code 0" },
    ],
    tools: [{ type: "function", function: { name, parameters: { type: "object" } } }],
  });
}
const mcp = (g: Gen, text: string) => J({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text }], isError: false } });

function workflowYaml(s: Slot): string {
  const g = s.g;
  const user = s.shape === "pw" ? `      ${userEnv(s.env)}: ${s.user}\n` : "";
  return `name: release\non:\n  push:\n    tags: ["v*"]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: write\n    env:\n${user}      ${s.env}: ${s.v}\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with:\n          node-version: 20\n      - run: ${g.pick(PUBLISH)}`;
}

export const RENDERERS: Renderer[] = [
  {
    name: "openai chat, pasted .env.release",
    render: (s) => oaiChat(s.g, `${say(s.lang, "fix")}\n\n.env.release:\n${fence("", envLines(s))}`),
  },
  {
    name: "anthropic tool_use write_file ci/release.env",
    render: (s) => toolUse(s.g, say(s.lang, "review"), "write_file", { path: "ci/release.env", content: envLines(s) + "\n" }),
  },
  {
    name: "openai tool_calls shell export + publish",
    render: (s) => toolCall(s.g, say(s.lang, "fix"), "run_terminal_cmd", { command: `export ${s.env}='${s.v}' && ${s.g.pick(PUBLISH)}`, cwd: `/home/dev/src/${s.g.pick(REPOS).split("/")[1]}` }),
  },
  {
    name: "MCP read_file result of .github/workflows/release.yml",
    render: (s) => mcp(s.g, workflowYaml(s)),
  },
  {
    name: "curl with auth header",
    secretSlot: true,
    shapes: ["tok", "pw"],
    render: (s) => `curl -fsSL -X POST "https://${s.g.pick(HOSTS)}/api/v1/packages/upload" \\\n  -H "${hdr(s)}" \\\n  -F "file=@dist/package-${s.g.ver()}.tgz"`,
  },
  {
    name: "raw HTTP request header",
    secretSlot: true,
    shapes: ["tok", "pw"],
    render: (s) => {
      const g = s.g;
      const body = J({ tag_name: `v${g.ver()}`, draft: false, prerelease: false });
      return `POST /api/v2/releases HTTP/1.1\r\nHost: ${g.pick(HOSTS)}\r\nUser-Agent: release-bot/1.3\r\n${hdr(s)}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`;
    },
  },
  {
    name: "URL query parameter",
    render: (s) => {
      const g = s.g;
      return `GET https://${g.pick(HOSTS)}/hooks/release?${snake(s.env)}=${encodeURIComponent(s.v)}&tag=v${g.ver()}&sha=${g.h(40)} HTTP/1.1\nAccept: application/json`;
    },
  },
  {
    name: "form-urlencoded POST body",
    render: (s) => {
      const g = s.g;
      const u = s.shape === "pw" ? `${snake(userEnv(s.env))}=${encodeURIComponent(s.user)}&` : "";
      return `POST /deploy/trigger HTTP/1.1\nHost: ${g.pick(HOSTS)}\nContent-Type: application/x-www-form-urlencoded\n\n${u}${snake(s.env)}=${encodeURIComponent(s.v)}&ref=refs%2Ftags%2Fv${g.ver()}&environment=production`;
    },
  },
  {
    name: "multipart/form-data field",
    render: (s) => {
      const g = s.g;
      const b = `----WebKitFormBoundary${g.a(16)}`;
      return `POST /upload HTTP/1.1\nHost: ${g.pick(HOSTS)}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="version"\n\n${g.ver()}\n--${b}\nContent-Disposition: form-data; name="${snake(s.env)}"\n\n${s.v}\n--${b}\nContent-Disposition: form-data; name="artifact"; filename="release.tar.gz"\nContent-Type: application/gzip\n\n<binary>\n--${b}--`;
    },
  },
  {
    name: "GitHub contents API PUT, base64 workflow",
    render: (s) => J({ message: "ci: add tag-triggered release workflow", content: b64(workflowYaml(s)), branch: "ci/release-workflow" }),
  },
  {
    name: "anthropic tool_use edit .gitlab-ci.yml",
    render: (s) =>
      toolUse(s.g, say(s.lang, "fix"), "str_replace", {
        path: ".gitlab-ci.yml",
        old_str: "variables:\n  GIT_DEPTH: \"0\"",
        new_str: `variables:\n  GIT_DEPTH: "0"\n  ${s.env}: "${s.v}"`,
      }),
  },
  {
    name: "gemini generateContent, pasted Jenkinsfile",
    render: (s) =>
      gemini(`${say(s.lang, "fix")}\n\n${fence("groovy", `pipeline {\n  agent { label 'release' }\n  environment {\n    ${s.env} = '${s.v}'\n  }\n  stages {\n    stage('Publish') {\n      steps { sh '${s.g.pick(PUBLISH)}' }\n    }\n  }\n}`)}`),
  },
  {
    name: "MCP result of .buildkite/pipeline.yml",
    render: (s) => mcp(s.g, `steps:\n  - label: ":rocket: publish"\n    command: "${s.g.pick(PUBLISH)}"\n    if: build.tag != null\n    env:\n      ${s.env}: "${s.v}"\n    agents:\n      queue: release`),
  },
  {
    name: "gist create body with CircleCI config",
    render: (s) =>
      J({
        description: "circleci config for release",
        public: false,
        files: { "config.yml": { content: `version: 2.1\njobs:\n  publish:\n    docker:\n      - image: cimg/node:20.11\n    environment:\n      ${s.env}: ${s.v}\n    steps:\n      - checkout\n      - run: ${s.g.pick(PUBLISH)}\nworkflows:\n  release:\n    jobs: [publish]` } },
      }),
  },
  {
    name: "openai chat, CI log with set -x trace",
    render: (s) => {
      const g = s.g;
      const log = `${g.iso()} ##[group]Run ./scripts/publish.sh\n+ set -euo pipefail\n+ export ${s.env}=${s.v}\n+ ${s.env}=${s.v}\n+ ${g.pick(PUBLISH)}\nerror: 401 Unauthorized while publishing ${g.pick(REPOS)}@${g.ver()}\n##[error]Process completed with exit code 1.`;
      return oaiChat(g, `${say(s.lang, "log")}\n\n${fence("", log)}`);
    },
  },
  {
    name: "anthropic tool_use write_file Makefile",
    render: (s) => toolUse(s.g, say(s.lang, "review"), "write_file", { path: "Makefile", content: `VERSION ?= $(shell git describe --tags --abbrev=0)\n${s.env} ?= ${s.v}\n\n.PHONY: release\nrelease:\n\t${s.env}=$(${s.env}) ${s.g.pick(PUBLISH)}\n` }),
  },
  {
    name: "ollama chat, pasted release.sh",
    render: (s) =>
      J({
        model: "llama3.1:8b",
        stream: false,
        messages: [{ role: "user", content: `${say(s.lang, "fix")}\n\n${fence("bash", `#!/usr/bin/env bash\nset -euo pipefail\nVERSION="\${1:?usage: release.sh <version>}"\n${s.env}="${s.v}"\nexport ${s.env}\ngit tag -s "v$VERSION" -m "v$VERSION"\n${s.g.pick(PUBLISH)}`)}` }],
      }),
  },
  {
    name: "responses API input, pasted release.py",
    render: (s) =>
      J({
        model: s.g.pick(MODELS_OAI),
        input: [{ role: "user", content: [{ type: "input_text", text: `${say(s.lang, "review")}\n\n${fence("python", `import os, subprocess\n\nos.environ.setdefault("${s.env}", "${s.v}")\n\ndef main(version: str) -> None:\n    subprocess.run(["git", "tag", f"v{version}"], check=True)\n    subprocess.run(${J(s.g.pick(PUBLISH).split(" "))}, check=True)\n`)}` }] }],
      }),
  },
  {
    name: "mistral chat, pasted Go release tool",
    render: (s) =>
      J({
        model: "mistral-large-latest",
        messages: [{ role: "user", content: `${say(s.lang, "fix")}\n\n${fence("go", `package main\n\nimport "os"\n\nfunc envOr(k, def string) string {\n\tif v := os.Getenv(k); v != "" {\n\t\treturn v\n\t}\n\treturn def\n}\n\nvar ${camel(s.env)} = envOr("${s.env}", "${s.v}")`)}` }],
      }),
  },
  {
    name: "anthropic messages, pasted xtask main.rs",
    render: (s) => antMsg(s.g, `${say(s.lang, "review")}\n\n${fence("rust", `fn publish() -> anyhow::Result<()> {\n    let ${snake(s.env)} = std::env::var("${s.env}").unwrap_or_else(|_| "${s.v}".to_string());\n    cmd!("cargo", "publish", "--locked").env("${s.env}", &${snake(s.env)}).run()?;\n    Ok(())\n}`)}`),
  },
  {
    name: "openai chat, pasted Rakefile",
    render: (s) => oaiChat(s.g, `${say(s.lang, "fix")}\n\n${fence("ruby", `require "bundler/gem_tasks"\n\nENV["${s.env}"] ||= "${s.v}"\n\ntask :publish => :build do\n  sh "gem push pkg/*.gem"\nend`)}`),
  },
  {
    name: "MCP result of ~/.zsh_history",
    render: (s) => {
      const g = s.g;
      const t = g.ts();
      return mcp(g, `: ${t}:0;git tag v${g.ver()}\n: ${t + 12}:0;export ${s.env}=${s.v}\n: ${t + 31}:4;${g.pick(PUBLISH)}\n: ${t + 95}:0;git push --tags`);
    },
  },
  {
    name: "anthropic messages, unified diff of .env.ci",
    render: (s) => antMsg(s.g, `${say(s.lang, "review")}\n\n${fence("diff", `diff --git a/.env.ci b/.env.ci\nindex ${s.g.h(7)}..${s.g.h(7)} 100644\n--- a/.env.ci\n+++ b/.env.ci\n@@ -1,3 +1,4 @@\n CI=true\n RELEASE_CHANNEL=stable\n+${s.env}=${s.v}\n LOG_LEVEL=info`)}`),
  },
  {
    name: "Slack chat.postMessage handing value over",
    render: (s) => J({ channel: `C0${s.g.u(9)}`, text: `${say(s.lang, s.benign ? "share" : "handover", s.provider)} \`${s.env}=${s.v}\``, unfurl_links: false }),
  },
  {
    name: "anthropic tool_use write_file .goreleaser.yaml",
    render: (s) => toolUse(s.g, say(s.lang, "review"), "write_file", { path: ".goreleaser.yaml", content: `version: 2\nenv:\n  - CGO_ENABLED=0\n  - ${s.env}=${s.v}\nbuilds:\n  - main: ./cmd/app\n    goos: [linux, darwin, windows]\nchecksum:\n  name_template: checksums.txt\nrelease:\n  draft: false\n` }),
  },
  {
    name: "openai chat, pasted docker-compose.yml",
    render: (s) => oaiChat(s.g, `${say(s.lang, "fix")}\n\n${fence("yaml", `services:\n  releaser:\n    image: registry.example.com/${s.g.pick(REPOS)}-releaser:latest\n    environment:\n${envLines(s, (k, v) => `      ${k}: "${v}"`)}\n    volumes:\n      - ./dist:/dist`)}`),
  },
  {
    name: "gemini generateContent, pasted Dockerfile",
    render: (s) => gemini(`${say(s.lang, "review")}\n\n${fence("dockerfile", `FROM node:20-alpine AS publish\nWORKDIR /app\nARG ${s.env}=${s.v}\nENV ${s.env}=\${${s.env}}\nCOPY . .\nRUN npm ci && ${s.g.pick(PUBLISH)}`)}`),
  },
  {
    name: "tool_calls kubectl apply heredoc",
    render: (s) => {
      const kind = s.benign ? "ConfigMap" : "Secret";
      const field = s.benign ? "data" : "stringData";
      return toolCall(s.g, say(s.lang, "fix"), "bash", { command: `kubectl apply -n release -f - <<'EOF'\napiVersion: v1\nkind: ${kind}\nmetadata:\n  name: release-bot\n${s.benign ? "" : "type: Opaque\n"}${field}:\n  ${s.env}: "${s.v}"\nEOF` });
    },
  },
  {
    name: "openai chat, pasted terraform.tfvars",
    render: (s) => oaiChat(s.g, `${say(s.lang, "fix")}\n\n${fence("hcl", `project      = "release-infra"\nregion       = "eu-west-1"\n${snake(s.env)} = "${s.v}"\nenable_purge = true`)}`),
  },
  {
    name: "MCP result of release.config.json",
    render: (s) => mcp(s.g, JSON.stringify({ branches: ["main", { name: "next", prerelease: true }], publish: { registry: `https://${s.g.pick(HOSTS)}`, access: "public", [camel(s.env)]: s.v }, tagFormat: "v${version}" }, null, 2)),
  },
  {
    name: "anthropic tool_use write_file release.toml",
    render: (s) => toolUse(s.g, say(s.lang, "review"), "write_file", { path: "release.toml", content: `[workspace]\nallow-branch = ["main"]\nsign-tag = true\n\n[publish]\n${snake(s.env)} = "${s.v}"\npush-remote = "origin"\n` }),
  },
  {
    name: "openai chat, pasted gradle.properties",
    render: (s) => oaiChat(s.g, `${say(s.lang, "fix")}\n\n${fence("properties", `org.gradle.jvmargs=-Xmx4g\nGROUP=com.example.${s.g.pick(["kit", "relay", "ferry"])}\nVERSION_NAME=${s.g.ver()}\n${camel(s.env)}=${s.v}\nRELEASE_SIGNING_ENABLED=true`)}`),
  },
  {
    name: "anthropic tool_use write_file Helm values-release.yaml",
    render: (s) => toolUse(s.g, say(s.lang, "fix"), "write_file", { path: "deploy/values-release.yaml", content: `replicaCount: 1\nimage:\n  repository: registry.example.com/${s.g.pick(REPOS)}\n  tag: v${s.g.ver()}\nenv:\n  - name: ${s.env}\n    value: "${s.v}"\n` }),
  },
  {
    name: "tool_calls gh secret set --body",
    secretSlot: true,
    render: (s) => toolCall(s.g, say(s.lang, "fix"), "shell", { command: `gh secret set ${s.env} --repo ${s.g.pick(REPOS)} --body '${s.v}'`, timeout: 60 }),
  },
  {
    name: "GitHub issue comment with env dump",
    render: (s) => {
      const g = s.g;
      const prose = s.benign ? say(s.lang, "share", s.provider) : say(s.lang, "log");
      return J({ body: `${prose}\n\n${fence("console", `$ env | grep -E '^(CI|${s.env.split("_")[0]}|APP)'\nCI=true\n${s.env}=${s.v}\nAPP_VERSION=${g.ver()}`)}` });
    },
  },
  {
    name: "Jupyter notebook cell in chat",
    render: (s) => {
      const nb = { cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: [`%env ${s.env}=${s.v}\n`, "import subprocess\n", "subprocess.run(['python', '-m', 'build'])"] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 };
      return oaiChat(s.g, `${say(s.lang, "review")}\n\nrelease.ipynb:\n${JSON.stringify(nb)}`);
    },
  },
  {
    name: "gemini generateContent, Python traceback with locals",
    render: (s) => {
      const g = s.g;
      const tb = `Traceback (most recent call last):\n  File "/srv/release/publish.py", line ${g.range(30, 200)}, in <module>\n    upload(cfg)\n  File "/srv/release/publish.py", line ${g.range(10, 29)}, in upload\n    r.raise_for_status()\nrequests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://${g.pick(HOSTS)}/upload\n\nLocals at frame upload:\n    cfg = {'repository': 'https://${g.pick(HOSTS)}', '${snake(s.env)}': '${s.v}', 'skip_existing': True}`;
      return gemini(`${say(s.lang, "log")}\n\n${tb}`);
    },
  },
  {
    name: "HAR entry request header",
    secretSlot: true,
    shapes: ["tok", "pw"],
    render: (s) => {
      const g = s.g;
      const [name, value] = hdrParts(s);
      return JSON.stringify({ log: { version: "1.2", creator: { name: "Firefox", version: "128.0" }, entries: [{ startedDateTime: g.iso(), request: { method: "GET", url: `https://${g.pick(HOSTS)}/api/v1/releases/latest`, httpVersion: "HTTP/2", headers: [{ name: "accept", value: "application/json" }, { name, value }], queryString: [], cookies: [] }, response: { status: 200 } }] } }, null, 1);
    },
  },
  {
    name: "anthropic tool_use write_file systemd unit",
    render: (s) => toolUse(s.g, say(s.lang, "review"), "write_file", { path: "/etc/systemd/system/release-bot.service", content: `[Unit]\nDescription=Release bot\nAfter=network-online.target\n\n[Service]\nUser=release\nEnvironment=${s.env}=${s.v}\nExecStart=/usr/local/bin/release-bot serve\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n` }),
  },
  {
    name: "tool_calls docker run -e",
    render: (s) => toolCall(s.g, say(s.lang, "fix"), "run_command", { command: `docker run --rm -v "$PWD/dist:/dist" -e ${s.env}=${s.v} registry.example.com/${s.g.pick(REPOS)}-releaser:latest publish /dist` }),
  },
  {
    name: "openai chat, pasted PowerShell script",
    render: (s) => oaiChat(s.g, `${say(s.lang, "fix")}\n\n${fence("powershell", `$ErrorActionPreference = 'Stop'\n$env:${s.env} = "${s.v}"\ndotnet pack -c Release -o out\ndotnet nuget push "out\\*.nupkg" --source "https://${s.g.pick(HOSTS)}/v3/index.json"`)}`),
  },
  {
    name: "log ingestion NDJSON line",
    render: (s) => {
      const g = s.g;
      return `POST /v1/ingest HTTP/1.1\nHost: logs.example.net\nContent-Type: application/x-ndjson\n\n${J({ ts: g.iso(), level: "debug", logger: "release", msg: "loaded release config", config: { [snake(s.env)]: s.v, channel: "stable" } })}\n${J({ ts: g.iso(), level: "info", logger: "release", msg: "publishing", version: g.ver() })}`;
    },
  },
  {
    name: "devtools Copy as fetch",
    secretSlot: true,
    shapes: ["tok", "pw"],
    render: (s) => {
      const [name, value] = hdrParts(s);
      return `await fetch("https://${s.g.pick(HOSTS)}/api/releases", {\n  "headers": {\n    "accept": "application/json",\n    ${J(name.toLowerCase())}: ${J(value)}\n  },\n  "body": ${J(J({ version: s.g.ver() }))},\n  "method": "POST",\n  "mode": "cors"\n});`;
    },
  },
  {
    name: "responses API input, pasted .envrc",
    render: (s) => J({ model: s.g.pick(MODELS_OAI), input: `${say(s.lang, "review")}\n\n.envrc:\n${envLines(s, (k, v) => `export ${k}="${v}"`)}` }),
  },
  {
    name: "anthropic tool_use edit package.json script",
    render: (s) => toolUse(s.g, say(s.lang, "fix"), "str_replace", { path: "package.json", old_str: `"release": "semantic-release"`, new_str: `"release": "${s.env}=${s.v} semantic-release"` }),
  },
  {
    name: "CLI flag in tool_use bash",
    secretSlot: true,
    shapes: ["tok", "pw"],
    render: (s) => {
      const g = s.g;
      const flag = s.shape === "pw" ? `--username ${s.user} --password '${s.v}'` : `--token '${s.v}'`;
      const cli = g.pick(["release-cli publish", "pkgctl upload", "artifact-push", "relay deploy"]);
      return toolUse(g, say(s.lang, "fix"), "bash", { command: `${cli} ${flag} --file dist/release-${g.ver()}.tar.gz` });
    },
  },
  {
    name: "Mattermost post handing value over",
    render: (s) => J({ channel_id: s.g.l(26), message: `${say(s.lang, s.benign ? "share" : "handover", s.provider)}\n${s.env}: ${s.v}`, props: {} }),
  },
  {
    name: "gemini generateContent, pasted config/release.yml",
    render: (s) => gemini(`${say(s.lang, "review")}\n\n${fence("yaml", `release:\n  channel: stable\n  ${snake(s.env)}: ${s.v}\n  changelog: CHANGELOG.md\n  draft: false`)}`),
  },
  {
    name: "curl POST to credential URL",
    secretSlot: true,
    shapes: ["url"],
    render: (s) => {
      const g = s.g;
      if (/^https?:/.test(s.v)) return toolUse(g, say(s.lang, "fix"), "bash", { command: `curl -fsS -X POST -H 'Content-Type: application/json' --data '{"text":"Released v${g.ver()} :rocket:"}' '${s.v}'` });
      const cli = s.v.startsWith("postgres") ? `psql "${s.v}" -c 'select count(*) from releases'` : s.v.startsWith("mysql") ? `mysqlsh --uri "${s.v}" --sql -e 'show tables'` : s.v.startsWith("redis") ? `redis-cli -u "${s.v}" ping` : s.v.startsWith("mongodb") ? `mongosh "${s.v}" --eval 'db.releases.countDocuments()'` : `echo "${s.v}" | release-notify --stdin`;
      return toolUse(g, say(s.lang, "fix"), "bash", { command: cli });
    },
  },
];

/** Rotates specs through renderers so every context is used evenly. */
export class Rotator {
  private i = 0;
  constructor(private readonly rs: Renderer[] = RENDERERS) {}
  next(shape: Shape, benign: boolean): Renderer {
    for (let k = 0; k < this.rs.length; k++) {
      const r = this.rs[(this.i + k) % this.rs.length]!;
      if (benign && r.secretSlot) continue;
      if (r.shapes ? !r.shapes.includes(shape) : false) continue;
      this.i = (this.i + k + 1) % this.rs.length;
      return r;
    }
    throw new Error("no renderer for shape " + shape);
  }
}

export const GROUP_CAT = (set: string, grp: Group) => `heldout${set}-sec-${grp}`;

/** Builds rotated cases for a list of specs. */
export function buildRotated(opts: { g: Gen; specs: Spec[]; prefix: string; start?: number; benign?: boolean; rot?: Rotator }): CorpusCase[] {
  const { g, specs, prefix } = opts;
  const rot = opts.rot ?? new Rotator();
  const out: CorpusCase[] = [];
  specs.forEach((sp, i) => {
    const n = (opts.start ?? 1) + i;
    const shape = sp.shape ?? "tok";
    const benign = !!opts.benign;
    const r = rot.next(shape, benign);
    const slot: Slot = { env: sp.env, v: sp.make(g), provider: sp.provider.replace(/\s*\(.*?\)/g, ""), shape, header: sp.header ?? "Authorization: Bearer", user: sp.user ?? "release-bot", lang: langFor(n), benign, g };
    const text = r.render(slot);
    const kinds = ["fix", "handover", "review", "log", "share"] as const;
    const prose = slot.lang !== "en" && kinds.some((k) => text.includes(say(slot.lang, k, slot.provider).slice(0, 10)));
    out.push({
      id: `${prefix}-${String(n).padStart(3, "0")}`,
      kind: "secrets",
      category: benign ? "heldouty135-benign" : GROUP_CAT("y135", sp.group),
      label: benign ? "benign" : "positive",
      text,
      note: `${sp.provider}; slot ${sp.env}${shape === "pw" ? " (password)" : ""}; context: ${r.name}${prose ? ` (${slot.lang} prose)` : ""}`,
    });
  });
  return out;
}

export function hand(prefix: string, n: number, group: Group | "benign", text: string, note: string): CorpusCase {
  const benign = group === "benign";
  return {
    id: `${prefix}-${String(n).padStart(3, "0")}`,
    kind: "secrets",
    category: benign ? "heldouty135-benign" : GROUP_CAT("y135", group),
    label: benign ? "benign" : "positive",
    text,
    note,
  };
}

export const H = { J, oaiChat, antMsg, gemini, fence, toolUse, toolCall, mcp, say, REPOS, HOSTS };
