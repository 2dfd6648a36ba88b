// Shared builders and context renderers for heldout-y123 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time from a split prefix and a body drawn
// from SeededRng (one fixed seed per case file), so the repo holds no literal credential and
// every load yields the same text.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HEXL = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const DIG = "0123456789";
export const LOW = "abcdefghijklmnopqrstuvwxyz";
export const UPP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

/** Joins split pieces (used for every provider prefix). */
export const j = (...p: string[]): string => p.join("");
export const b64of = (s: string | Uint8Array): string => Buffer.from(s).toString("base64");
export const b64url = (s: string | Uint8Array): string => Buffer.from(s).toString("base64url");

const WORDS = [
  "abandon", "ability", "absorb", "access", "acoustic", "adapt", "afford", "agent", "alarm", "alley",
  "anchor", "ankle", "arena", "armor", "artist", "aspect", "attack", "autumn", "badge", "bamboo",
  "banner", "basket", "behave", "bicycle", "blanket", "blossom", "border", "bracket", "breeze", "bronze",
  "cabin", "cactus", "canal", "candy", "carbon", "castle", "celery", "chalk", "cherry", "circle",
  "clever", "cluster", "coconut", "comic", "copper", "coral", "cradle", "cruise", "cushion", "damage",
  "decade", "desert", "dinosaur", "dolphin", "dragon", "eagle", "elbow", "embark", "engine", "escape",
  "fabric", "falcon", "festival", "fiction", "flavor", "fossil", "galaxy", "garlic", "giraffe", "glimpse",
  "gravity", "harbor", "hazard", "hobby", "horizon", "island", "jaguar", "jungle", "kettle", "ladder",
  "lantern", "lizard", "lobster", "magnet", "mango", "meadow", "mirror", "monkey", "napkin", "noodle",
  "orbit", "oyster", "paddle", "panther", "pepper", "pigeon", "planet", "pudding", "quantum", "rabbit",
];

export class Gen extends SeededRng {
  a(n: number): string { return this.str(n, AL); }
  h(n: number): string { return this.str(n, HEXL); }
  H(n: number): string { return this.str(n, HEXU); }
  d(n: number): string { return this.str(1, "123456789") + this.str(n - 1, DIG); }
  lo(n: number): string { return this.str(n, LOW + DIG); }
  la(n: number): string { return this.str(n, LOW); }
  up(n: number): string { return this.str(n, UPP + DIG); }
  U(n: number): string { return this.str(n, UPP); }
  b64(n: number): string { return this.str(n, AL + "+/"); }
  b64u(n: number): string { return this.str(n, AL + "-_"); }
  b58(n: number): string { return this.str(n, B58); }
  b32(n: number): string { return this.str(n, B32); }
  bech(n: number): string { return this.str(n, BECH); }
  /** A password a human or a generator would set (no quotes, $, backslash or spaces). */
  pw(n: number): string { return this.str(n, AL + "-_.~!%^*"); }
  /** Base64 of n random bytes (padded). */
  rb64(n: number): string { return b64of(this.bytes(n)); }
  uuid(): string {
    return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`;
  }
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    return [b64url(JSON.stringify({ alg, typ: "JWT" })), b64url(JSON.stringify(payload)), this.b64u(alg.startsWith("HS") ? 43 : 342)].join(".");
  }
  words(n: number): string {
    const out: string[] = [];
    for (let i = 0; i < n; i++) out.push(this.pick(WORDS));
    return out.join(" ");
  }
  /** PEM block with a DER-looking body: fixed header bytes then random bytes, wrapped at 64. */
  pem(label: string, header: number[], n: number): string {
    const body = Buffer.concat([Buffer.from(header), Buffer.from(this.bytes(n))]).toString("base64");
    const lines = body.match(/.{1,64}/g) ?? [];
    return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join("\n");
  }
  rsaKey(): string { return this.pem(j("RSA PRIV", "ATE KEY"), [0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], 1180); }
  pkcs8(): string { return this.pem(j("PRIV", "ATE KEY"), [0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00], 1198); }
  ecKey(): string { return this.pem(j("EC PRIV", "ATE KEY"), [0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20], 114); }
  cert(): string { return this.pem("CERTIFICATE", [0x30, 0x82, 0x03, 0x5a, 0x30, 0x82, 0x02, 0x42, 0xa0, 0x03, 0x02, 0x01, 0x02], 844); }
  pubKey(): string { return this.pem("PUBLIC KEY", [0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00], 270); }
}

// ---------------------------------------------------------------------------------------------
// Specs and cases

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  group: Group | "benign";
  provider: string;
  /** Slots in file order; the credential (or the benign look-alike) and its companions. */
  fields: [string, string][];
  /** How a request carries the primary value: "bearer", "basic:USER" (USER:v), "basicu:PASS" (v:PASS),
   *  "basicr" (base64 of v itself), "scheme:X", or a header name. */
  hdr?: string;
  /** Query/form parameter name for the primary value. */
  q?: string;
  host: string;
  path: string;
  /** Index of the primary field (default: the last one). */
  main: number;
}

export interface SpecOpts { hdr?: string; q?: string; extra?: [string, string][]; after?: [string, string][]; host?: string; path?: string }

/** The vendor part of a provider label: "OpenAI project key" -> "OpenAI". */
export function brand(p: string): string {
  const w = p.replace(/\s*\(.*\)$/, "").split(" ");
  while (w.length > 1 && /^([a-z][a-z0-9._\-/']*|API|PAT|SDK|AK\/SK|URL|URI|SRV|REST|S2S|ID|HMAC|AccessKey|SecretKey|AppSecret|NIM)$/.test(w[w.length - 1]!)) w.pop();
  return w.join(" ");
}
const slug = (p: string): string => p.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** A spec: companions from `extra` come first, then the credential, then `after`. */
export function S(group: Group | "benign", provider: string, env: string, value: string, o: SpecOpts = {}): Spec {
  const fields: [string, string][] = [...(o.extra ?? []), [env, value], ...(o.after ?? [])];
  return {
    group, provider, fields, hdr: o.hdr, q: o.q,
    host: o.host ?? `api.${slug(brand(provider)).split("-")[0]}.example.com`,
    path: o.path ?? "/v1/status",
    main: (o.extra ?? []).length,
  };
}

export const mainField = (s: Spec): [string, string] => s.fields[s.main]!;
export const snake = (n: string): string => n.toLowerCase();
export const camel = (n: string): string => n.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
export const pascal = (n: string): string => { const c = camel(n); return c.charAt(0).toUpperCase() + c.slice(1); };
export const kebab = (n: string): string => n.toLowerCase().replace(/_/g, "-");
const xmlEsc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
const enc = encodeURIComponent;

export function hdrPair(s: Spec): [string, string] {
  const v = mainField(s)[1];
  const h = s.hdr ?? "X-Api-Key";
  if (h === "bearer") return ["Authorization", `Bearer ${v}`];
  if (h.startsWith("basicu:")) return ["Authorization", `Basic ${b64of(`${v}:${h.slice(7)}`)}`];
  if (h === "basicr") return ["Authorization", `Basic ${b64of(v)}`];
  if (h.startsWith("basic:")) return ["Authorization", `Basic ${b64of(`${h.slice(6)}:${v}`)}`];
  if (h.startsWith("scheme:")) return ["Authorization", `${h.slice(7)} ${v}`];
  return [h, v];
}
const qName = (s: Spec): string => s.q ?? (s.hdr === "bearer" ? "access_token" : s.group === "benign" ? snake(mainField(s)[0]) : "api_key");

// ---------------------------------------------------------------------------------------------
// Prose: about a quarter in other natural languages.

const ASK_EN = [
  "Can you figure out why the deploy fails with this config?",
  "Here's my env file, the service keeps returning 401. What am I missing?",
  "Please refactor this into a typed config loader.",
  "Why does this crash on startup? Full file below.",
  "Add retry with exponential backoff around the client. Current config:",
  "Convert this to a Helm values file, please.",
  "The webhook isn't firing, here's everything I have:",
  "Write a unit test for the settings module, using these values.",
  "Is this good enough for production?",
  "Migrate this to the v2 SDK, keep the same settings.",
  "Staging works but prod doesn't. Diff the two for me?",
  "Sort these alphabetically and drop the unused ones.",
];
const ASK_INTL = [
  "Kannst du mir sagen, warum der Deploy mit dieser Konfiguration fehlschlägt?",
  "Peux-tu m'aider à comprendre pourquoi l'API renvoie 401 avec cette config ?",
  "¿Puedes revisar esta configuración? El servicio no arranca en producción.",
  "Consegue me ajudar a migrar isso para o SDK novo? Segue a configuração atual:",
  "この設定で本番にデプロイすると401エラーになります。原因を教えてください。",
  "帮我看看这个配置为什么连接不上服务器？",
  "Помоги разобраться, почему сервис падает при старте с этим конфигом.",
  "Mi aiuti a scrivere un test per questo modulo? Ecco la configurazione:",
  "이 설정으로 배포하면 인증 오류가 납니다. 확인해 주세요.",
  "Bu yapılandırmada ne yanlış? Servis 403 dönüyor.",
  "Czy możesz sprawdzić, dlaczego ten plik konfiguracyjny nie działa?",
  "Kun je deze configuratie omzetten naar YAML?",
];
export function ask(g: Gen): string {
  return g.next() < 0.27 ? g.pick(ASK_INTL) : g.pick(ASK_EN);
}
const HANDOVER = [
  (p: string) => `Here are the ${p} settings for staging, please wire them into the worker:`,
  (p: string) => `As requested, the ${p} values. Put them wherever the app reads config:`,
  (p: string) => `Hier sind die ${p}-Einstellungen für Staging, bitte in den Worker einbauen:`,
  (p: string) => `Voici les paramètres ${p} pour la préprod, à intégrer dans le worker :`,
  (p: string) => `Te paso la configuración de ${p} para staging, intégrala en el worker:`,
  (p: string) => `Segue a configuração do ${p} para o ambiente de homologação:`,
  (p: string) => `ステージング用の${p}の設定です。ワーカーに組み込んでください：`,
  (p: string) => `这是 ${p} 在测试环境的配置，请接入到 worker 里：`,
  (p: string) => `Вот настройки ${p} для стейджа, подключи их в воркер:`,
  (p: string) => `Ecco le impostazioni di ${p} per lo staging, da inserire nel worker:`,
  (p: string) => `스테이징용 ${p} 설정입니다. 워커에 넣어 주세요:`,
  (p: string) => `Oto ustawienia ${p} dla środowiska staging, dodaj je do workera:`,
];

// ---------------------------------------------------------------------------------------------
// File-content builders

const NOISE: [string, string][] = [
  ["NODE_ENV", "production"], ["PORT", "8080"], ["LOG_LEVEL", "info"], ["APP_NAME", "orders-api"],
  ["TZ", "UTC"], ["FEATURE_FLAGS", "beta-checkout,new-search"], ["REGION", "eu-west-1"], ["WORKERS", "4"],
];
function withNoise(s: Spec, g: Gen): [string, string][] {
  const n1 = g.pick(NOISE), n2 = g.pick(NOISE.filter((x) => x !== n1));
  return [n1, ...s.fields, n2];
}
export function envFile(s: Spec, g: Gen, quote = false): string {
  return withNoise(s, g).map(([k, v]) => (quote ? `${k}="${v}"` : `${k}=${v}`)).join("\n");
}
function yamlMap(s: Spec, indent: string): string {
  return s.fields.map(([k, v]) => `${indent}${snake(k)}: "${v}"`).join("\n");
}

// ---------------------------------------------------------------------------------------------
// Renderers

export interface Renderer { name: string; req?: boolean; /** only for positives (a Secret object is itself a secret slot) */ pos?: boolean; fn: (s: Spec, g: Gen) => string }

const iso = (g: Gen): string => `2025-0${g.range(1, 9)}-${String(g.range(10, 28))}T${String(g.range(10, 23))}:${String(g.range(10, 59))}:${String(g.range(10, 59))}`;
const model = (g: Gen): string => g.pick(["gpt-4o", "gpt-4.1-mini", "o4-mini", "gpt-5"]);
const claude = (g: Gen): string => g.pick(["claude-sonnet-4-5", "claude-opus-4-1", "claude-3-5-haiku-latest"]);

export const RENDERERS: Renderer[] = [
  {
    name: "openai chat body with pasted .env",
    fn: (s, g) => JSON.stringify({ model: model(g), messages: [{ role: "system", content: "You are a senior backend engineer." }, { role: "user", content: `${ask(g)}\n\n\`\`\`env\n${envFile(s, g)}\n\`\`\`` }], temperature: 0.2 }),
  },
  {
    name: "curl with auth header",
    req: true,
    fn: (s, g) => { const [h, v] = hdrPair(s); return `curl -sS -X ${g.pick(["GET", "POST"])} "https://${s.host}${s.path}" \\\n  -H "${h}: ${v}" \\\n  -H "Accept: application/json"${g.next() < 0.5 ? ` \\\n  -d '{"limit":${g.range(5, 50)}}'` : ""}`; },
  },
  {
    name: "anthropic messages body with pasted docker-compose",
    fn: (s, g) => JSON.stringify({ model: claude(g), max_tokens: 4096, messages: [{ role: "user", content: `${ask(g)}\n\n\`\`\`yaml\nservices:\n  api:\n    image: registry.example.com/acme/api:1.${g.range(2, 30)}.${g.range(0, 9)}\n    ports:\n      - "8080:8080"\n    environment:\n${s.fields.map(([k, v]) => `      - ${k}=${v}`).join("\n")}\n      - LOG_LEVEL=debug\n  db:\n    image: postgres:16\n\`\`\`` }] }),
  },
  {
    name: "python SDK constructor",
    fn: (s) => `import os\nimport httpx\n\n${s.fields.map(([k, v]) => `${k} = os.getenv("${k}", "${v}")`).join("\n")}\n\nclient = httpx.Client(base_url="https://${s.host}", timeout=10)\n\ndef fetch_status():\n    r = client.get("${s.path}", headers={"X-Client": "orders-api"})\n    r.raise_for_status()\n    return r.json()\n`,
  },
  {
    name: "anthropic tool_use write_file",
    fn: (s, g) => JSON.stringify({ model: claude(g), max_tokens: 2048, messages: [{ role: "user", content: "Create the production env file for the worker." }, { role: "assistant", content: [{ type: "text", text: "I'll write the env file now." }, { type: "tool_use", id: j("toolu_01", g.a(22)), name: "write_file", input: { path: "deploy/worker/.env.production", content: envFile(s, g) + "\n" } }] }] }),
  },
  {
    name: "raw HTTP request headers",
    req: true,
    fn: (s, g) => { const [h, v] = hdrPair(s); return `${g.pick(["GET", "POST", "PUT"])} ${s.path} HTTP/1.1\r\nHost: ${s.host}\r\nUser-Agent: orders-api/2.${g.range(1, 9)} (+https://example.com)\r\nAccept: application/json\r\n${h}: ${v}\r\nX-Request-Id: ${g.uuid()}\r\nConnection: keep-alive\r\n\r\n`; },
  },
  {
    name: "openai tool_calls shell export",
    fn: (s, g) => JSON.stringify({ model: model(g), messages: [{ role: "user", content: "deploy the worker to staging" }, { role: "assistant", content: null, tool_calls: [{ id: j("call_", g.a(24)), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${s.fields.map(([k, v]) => `export ${k}='${v}'`).join(" && ")} && ./scripts/deploy.sh staging`, timeout: 600 }) } }] }] }),
  },
  {
    name: "URL query string",
    req: true,
    fn: (s, g) => `GET https://${s.host}${s.path}?${qName(s)}=${enc(mainField(s)[1])}&format=json&page=${g.range(1, 9)}`,
  },
  {
    name: "MCP tools/call result echoed back",
    fn: (s, g) => JSON.stringify({ jsonrpc: "2.0", id: g.range(3, 90), result: { content: [{ type: "text", text: `$ cat config/${g.pick(["prod", "staging", "local"])}.env\n${envFile(s, g)}\n` }], isError: false } }),
  },
  {
    name: "urlencoded form body",
    fn: (s, g) => `POST ${s.path} HTTP/1.1\r\nHost: ${s.host}\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n${[`grant_type=client_credentials`, ...s.fields.map(([k, v]) => `${snake(k)}=${enc(v)}`), `scope=${enc("read write")}`, `rid=${g.range(100, 999)}`].join("&")}`,
  },
  {
    name: "JS client config",
    fn: (s) => `// src/lib/client.ts\nexport const config = {\n  baseUrl: "https://${s.host}",\n${s.fields.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n  timeoutMs: 15_000,\n};\n`,
  },
  {
    name: "YAML application config",
    fn: (s, g) => `# config/application-${g.pick(["prod", "staging"])}.yml\nserver:\n  port: 8080\nintegrations:\n  ${slug(brand(s.provider))}:\n    base_url: https://${s.host}\n${yamlMap(s, "    ")}\n    timeout: 30s\n`,
  },
  {
    name: "multipart form-data",
    fn: (s, g) => { const b = j("----WebKitFormBoundary", g.a(16)); return `POST /upload HTTP/1.1\r\nHost: ${s.host}\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n${s.fields.map(([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${snake(k)}"\r\n\r\n${v}\r\n`).join("")}--${b}\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\r\n1,42\r\n--${b}--\r\n`; },
  },
  {
    name: "TOML config",
    fn: (s) => `[server]\nhost = "0.0.0.0"\nport = 8080\n\n[${slug(brand(s.provider)).replace(/-/g, "_")}]\nendpoint = "https://${s.host}"\n${s.fields.map(([k, v]) => `${snake(k)} = "${v}"`).join("\n")}\nretries = 3\n`,
  },
  {
    name: "chat handover message (multilingual)",
    fn: (s, g) => JSON.stringify({ channel: j("C0", g.up(9)), text: `${g.pick(HANDOVER)(brand(s.provider))}\n\`\`\`\n${s.fields.map(([k, v]) => `${k}=${v}`).join("\n")}\n\`\`\`` }),
  },
  {
    name: "INI file",
    fn: (s) => `; settings.ini\n[general]\ndebug = false\n\n[${slug(brand(s.provider))}]\nurl = https://${s.host}\n${s.fields.map(([k, v]) => `${snake(k)} = ${v}`).join("\n")}\n`,
  },
  {
    name: "Go client",
    fn: (s) => `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\n${s.fields.map(([k, v]) => `var ${camel(k)} = envOr("${k}", "${v}")`).join("\n")}\n\nfunc envOr(k, d string) string {\n\tif v := os.Getenv(k); v != "" {\n\t\treturn v\n\t}\n\treturn d\n}\n\nfunc newRequest() (*http.Request, error) {\n\treturn http.NewRequest("GET", "https://${s.host}${s.path}", nil)\n}\n`,
  },
  {
    name: "Java properties",
    fn: (s) => `# src/main/resources/application.properties\nspring.application.name=orders\nserver.port=8080\n${s.fields.map(([k, v]) => `${slug(brand(s.provider)).replace(/-/g, ".")}.${kebab(k)}=${v}`).join("\n")}\nmanagement.endpoints.web.exposure.include=health\n`,
  },
  {
    name: "GitHub Actions log with set -x",
    fn: (s, g) => { const t = iso(g); return `${t}.1123456Z ##[group]Run ./scripts/release.sh\n${t}.1129870Z shell: /usr/bin/bash -e {0}\n${t}.1131002Z ##[endgroup]\n${s.fields.map(([k, v]) => `${t}.2${g.d(6)}Z + export ${k}=${v}`).join("\n")}\n${t}.3${g.d(6)}Z + curl -fsS https://${s.host}/health\n${t}.4${g.d(6)}Z {"status":"ok"}`; },
  },
  {
    name: "HCL tfvars",
    fn: (s, g) => `# envs/${g.pick(["prod", "staging"])}/terraform.tfvars\nregion       = "eu-west-1"\ninstance_type = "t3.medium"\n${s.fields.map(([k, v]) => `${snake(k)} = "${v}"`).join("\n")}\ntags = {\n  team = "platform"\n}\n`,
  },
  {
    name: "gemini generateContent with pasted JSON config",
    fn: (s, g) => JSON.stringify({ contents: [{ role: "user", parts: [{ text: `${ask(g)}\n\nconfig.json:\n${JSON.stringify({ service: "orders", [camel(brand(s.provider).replace(/[^A-Za-z0-9]+/g, "_"))]: Object.fromEntries(s.fields.map(([k, v]) => [camel(k), v])), retries: 3 }, null, 2)}` }] }], generationConfig: { temperature: 0.1 } }),
  },
  {
    name: "XML appSettings",
    fn: (s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${s.fields.map(([k, v]) => `    <add key="${pascal(k)}" value="${xmlEsc(v)}" />`).join("\n")}\n  </appSettings>\n</configuration>\n`,
  },
  {
    name: "shell history",
    fn: (s, g) => `  ${g.range(400, 900)}  cd ~/src/orders\n  ${g.range(901, 950)}  git pull --rebase\n${s.fields.map(([k, v], i) => `  ${951 + i}  export ${k}="${v}"`).join("\n")}\n  ${960}  npm run migrate\n  ${961}  history | tail -20`,
  },
  {
    name: "python crash report with locals",
    fn: (s, g) => JSON.stringify({ model: model(g), messages: [{ role: "user", content: `${ask(g)}\n\nTraceback (most recent call last):\n  File "/srv/app/worker.py", line ${g.range(40, 200)}, in <module>\n    main()\n  File "/srv/app/worker.py", line ${g.range(20, 39)}, in main\n    client = connect(settings)\n  File "/srv/app/net.py", line 17, in connect\n    raise RuntimeError(f"upstream returned {resp.status_code}")\nRuntimeError: upstream returned 401\n\nLocals in main:\n  settings = {${s.fields.map(([k, v]) => `'${snake(k)}': '${v}'`).join(", ")}, 'timeout': 30}\n  attempt = 3` }] }),
  },
  {
    name: "C# startup",
    fn: (s) => `using System;\n\nnamespace Orders.Api;\n\npublic static class Secrets\n{\n${s.fields.map(([k, v]) => `    public static string ${pascal(k)} => Environment.GetEnvironmentVariable("${k}") ?? "${v}";`).join("\n")}\n}\n`,
  },
  {
    name: "docker run",
    fn: (s, g) => `docker run -d --name orders-${g.lo(5)} \\\n${s.fields.map(([k, v]) => `  -e ${k}=${v} \\\n`).join("")}  -p 8080:8080 registry.example.com/acme/orders:latest`,
  },
  {
    name: "Jupyter notebook",
    fn: (s, g) => JSON.stringify({ cells: [{ cell_type: "markdown", metadata: {}, source: ["## Pull the data\n"] }, { cell_type: "code", execution_count: g.range(1, 20), metadata: {}, outputs: [], source: ["import os\n", ...s.fields.map(([k, v]) => `os.environ[\"${k}\"] = \"${v}\"\n`), "df = load_frame()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1),
  },
  {
    name: "unified diff",
    fn: (s, g) => `diff --git a/deploy/prod.env b/deploy/prod.env\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/deploy/prod.env\n+++ b/deploy/prod.env\n@@ -1,4 +1,${4 + s.fields.length} @@\n NODE_ENV=production\n PORT=8080\n${s.fields.map(([k, v]) => `+${k}=${v}`).join("\n")}\n LOG_LEVEL=info\n`,
  },
  {
    name: "Ruby initializer",
    fn: (s) => `# config/initializers/integrations.rb\nRails.application.configure do\n${s.fields.map(([k, v]) => `  config.x.${snake(k)} = ENV.fetch("${k}", "${v}")`).join("\n")}\nend\n`,
  },
  {
    name: "k8s Secret manifest",
    pos: true,
    fn: (s, g) => { const b = g.next() < 0.4; return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${slug(brand(s.provider))}-credentials\n  namespace: ${g.pick(["prod", "payments", "default"])}\ntype: Opaque\n${b ? "data" : "stringData"}:\n${s.fields.map(([k, v]) => `  ${k}: ${b ? b64of(v) : `"${v}"`}`).join("\n")}\n`; },
  },
  {
    name: "PHP config array",
    fn: (s) => `<?php\n\nreturn [\n    '${slug(brand(s.provider))}' => [\n${s.fields.map(([k, v]) => `        '${snake(k)}' => env('${k}', '${v}'),`).join("\n")}\n        'timeout' => 10,\n    ],\n];\n`,
  },
  {
    name: "HAR entry",
    req: true,
    fn: (s, g) => { const [h, v] = hdrPair(s); return JSON.stringify({ log: { version: "1.2", entries: [{ startedDateTime: iso(g) + ".000Z", request: { method: "GET", url: `https://${s.host}${s.path}`, httpVersion: "HTTP/2", headers: [{ name: "accept", value: "application/json" }, { name: h.toLowerCase(), value: v }], queryString: [], cookies: [] }, response: { status: 200, statusText: "OK" }, timings: { wait: g.range(20, 300) } }] } }); },
  },
  {
    name: "Rust main",
    fn: (s) => `use std::env;\n\nfn main() {\n${s.fields.map(([k, v]) => `    let ${snake(k)} = env::var("${k}").unwrap_or_else(|_| "${v}".to_string());`).join("\n")}\n    let client = reqwest::blocking::Client::new();\n    let _ = client.get("https://${s.host}${s.path}").send();\n}\n`,
  },
  {
    name: "GitHub Actions workflow env",
    fn: (s) => `name: nightly-sync\non:\n  schedule:\n    - cron: "17 3 * * *"\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n${s.fields.map(([k, v]) => `      ${k}: ${v}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/sync.sh\n`,
  },
  {
    name: "fetch snippet (Copy as fetch)",
    req: true,
    fn: (s) => { const [h, v] = hdrPair(s); return `fetch("https://${s.host}${s.path}", {\n  "headers": {\n    "accept": "application/json",\n    "${h.toLowerCase()}": "${v}"\n  },\n  "body": null,\n  "method": "GET",\n  "mode": "cors",\n  "credentials": "omit"\n});`; },
  },
  {
    name: "Dockerfile ENV",
    fn: (s, g) => `FROM node:${g.pick(["20", "22"])}-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\n${s.fields.map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nEXPOSE 8080\nCMD ["node", "dist/server.js"]\n`,
  },
  {
    name: "SQL seed insert",
    fn: (s, g) => `-- seed/${g.range(1, 40)}_integrations.sql\nINSERT INTO integration_settings (tenant_id, provider, setting, value) VALUES\n${s.fields.map(([k, v]) => `  (${g.range(1, 99)}, '${slug(brand(s.provider))}', '${snake(k)}', '${v}')`).join(",\n")};\n`,
  },
  {
    name: "PowerShell profile",
    fn: (s) => `# Microsoft.PowerShell_profile.ps1\nSet-Location C:\\src\\orders\n${s.fields.map(([k, v]) => `$env:${k} = "${v}"`).join("\n")}\nImport-Module posh-git\n`,
  },
  {
    name: "systemd unit",
    fn: (s) => `[Unit]\nDescription=orders worker\nAfter=network-online.target\n\n[Service]\nUser=orders\n${s.fields.map(([k, v]) => `Environment="${k}=${v}"`).join("\n")}\nExecStart=/usr/local/bin/orders-worker\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n`,
  },
  {
    name: "structured debug log line",
    fn: (s, g) => JSON.stringify({ ts: iso(g) + "Z", level: "debug", logger: "config", msg: "loaded integration settings", trace_id: g.h(32), settings: Object.fromEntries(s.fields.map(([k, v]) => [snake(k), v])) }),
  },
  {
    name: "Helm values",
    fn: (s, g) => `# charts/orders/values-${g.pick(["prod", "eu"])}.yaml\nreplicaCount: ${g.range(2, 6)}\nimage:\n  repository: registry.example.com/acme/orders\n  tag: "2.${g.range(1, 40)}.0"\nenv:\n${s.fields.map(([k, v]) => `  - name: ${k}\n    value: "${v}"`).join("\n")}\n`,
  },
  {
    name: "Kotlin object",
    fn: (s) => `package com.example.orders\n\nobject Integrations {\n${s.fields.map(([k, v]) => `    val ${camel(k)}: String = System.getenv("${k}") ?: "${v}"`).join("\n")}\n}\n`,
  },
  {
    name: "GitHub issue comment (API body)",
    fn: (s, g) => JSON.stringify({ body: `${g.next() < 0.3 ? g.pick(ASK_INTL) : "Repro steps below. This is the exact config the staging pod was using when it failed:"}\n\n\`\`\`\n${s.fields.map(([k, v]) => `${k}=${v}`).join("\n")}\n\`\`\`\n\ncc @platform-team` }),
  },
  {
    name: "Makefile",
    fn: (s) => `# Makefile\n${s.fields.map(([k, v]) => `export ${k} ?= ${v}`).join("\n")}\n\n.PHONY: run\nrun:\n\tgo run ./cmd/server\n`,
  },
  {
    name: "ollama chat with pasted .env.local",
    fn: (s, g) => JSON.stringify({ model: g.pick(["llama3.1:8b", "qwen2.5-coder:14b"]), stream: false, messages: [{ role: "user", content: `${ask(g)}\n\n.env.local\n${envFile(s, g, true)}` }] }),
  },
  {
    name: "gitlab-ci variables",
    fn: (s) => `stages: [test, deploy]\n\nvariables:\n${s.fields.map(([k, v]) => `  ${k}: "${v}"`).join("\n")}\n  DOCKER_DRIVER: overlay2\n\ndeploy:\n  stage: deploy\n  script:\n    - ./deploy.sh\n`,
  },
];

export function note(s: Spec, r: string): string {
  return `${s.provider}; slot ${mainField(s)[0]}; context: ${r}`;
}

/** Rotates specs through the renderers (skipping header-only renderers for specs without hdr). */
export function rotate(g: Gen, specs: Spec[], idPrefix: string, start: number, step = 1): CorpusCase[] {
  const R = RENDERERS.length;
  return specs.map((s, i) => {
    let r = (start + i * step) % R;
    while ((RENDERERS[r]!.req && !s.hdr) || (RENDERERS[r]!.pos && s.group === "benign")) r = (r + 1) % R;
    const rd = RENDERERS[r]!;
    return mk(s.group === "benign" ? "benign" : s.group, `${idPrefix}-${String(i + 1).padStart(3, "0")}`, rd.fn(s, g), note(s, rd.name));
  });
}

export function mk(group: Group | "benign", id: string, text: string, n: string): CorpusCase {
  return {
    id, kind: "secrets",
    category: group === "benign" ? "heldouty123-benign" : `heldouty123-sec-${group}`,
    label: group === "benign" ? "benign" : "positive",
    text, note: n,
  };
}
