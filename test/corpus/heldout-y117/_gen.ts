// Shared builders and context renderers for heldout-y117 ("a mixed week of outbound traffic").
// Skipped by the loader (leading underscore). Every credential-shaped value is assembled at run
// time from a split prefix and a body drawn from SeededRng, one fixed seed per case file.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
export const AB = {
  alnum: UP + LO + DG,
  alpha: UP + LO,
  hex: "0123456789abcdef",
  HEX: "0123456789ABCDEF",
  b64: UP + LO + DG + "+/",
  b64u: UP + LO + DG + "-_",
  lower: LO + DG,
  upper: UP + DG,
  b32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  bech32: "qpzry9x8gf2tvdw0s3jn54khce6mua7l",
  azsec: UP + LO + DG + "_.~-",
};

export class Rng extends SeededRng {
  an(n: number): string {
    return this.str(n, AB.alnum);
  }
  alpha(n: number): string {
    return this.str(n, AB.alpha);
  }
  hex(n: number): string {
    return this.str(n, AB.hex);
  }
  HEX(n: number): string {
    return this.str(n, AB.HEX);
  }
  lo(n: number): string {
    return this.str(n, AB.lower);
  }
  up(n: number): string {
    return this.str(n, AB.upper);
  }
  b64u(n: number): string {
    return this.str(n, AB.b64u);
  }
  b64s(n: number): string {
    return this.str(n, AB.b64);
  }
  dig(n: number): string {
    return this.str(1, "123456789") + this.str(n - 1, DG);
  }
  /** Standard base64 of n random bytes (with padding). */
  b64(nBytes: number): string {
    return Buffer.from(this.bytes(nBytes)).toString("base64");
  }
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`;
  }
  /** A human-chosen-looking password. */
  password(): string {
    const words = ["Harbor", "Maple", "Quartz", "Falcon", "Tundra", "Copper", "Velvet", "Orbit", "Cedar", "Lumen", "Nimbus", "Basalt"];
    return `${this.pick(words)}${this.pick(["!", "#", "$", "%", "*", "-", "_"])}${this.an(6)}${this.dig(2)}${this.pick(words).toLowerCase()}`;
  }
  /** A generated (password-manager style) password. */
  genpass(n = 24): string {
    return this.str(n, AB.alnum + "!#%*+-_=");
  }
  /** A JWT with the given payload, HS256/RS256 header, random signature. */
  jwt(payload: Record<string, unknown>, alg = "HS256", sigLen = 43): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return `${enc({ alg, typ: "JWT" })}.${enc(payload)}.${this.b64u(sigLen)}`;
  }
  /** A PEM body of n random bytes wrapped at 64 columns. */
  pemBody(nBytes: number): string {
    return (this.b64(nBytes).match(/.{1,64}/g) ?? []).join("\n");
  }
  iso(): string {
    const d = this.range(10, 16);
    return `2025-06-${d}T${String(this.range(0, 23)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}Z`;
  }
}

/** PEM private key of the given label, assembled at run time. */
export function privPem(r: Rng, label: string, nBytes: number): string {
  const tag = ["-----BEGIN ", label, " KEY-----"].join("");
  const end = ["-----END ", label, " KEY-----"].join("");
  return `${tag}\n${r.pemBody(nBytes)}\n${end}`;
}

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";
export type Kind =
  | "key" | "token" | "secret" | "password" | "conn" | "webhook"
  | "digest" | "id" | "pubkey" | "ref" | "placeholder" | "mask" | "enc";

export interface Spec {
  provider: string;
  group: Group | "benign";
  kind: Kind;
  /** English description used in prose ("Stripe live secret key"). */
  desc: string;
  /** Variables: first one is the main slot. */
  vars: (r: Rng) => [string, string][];
  /** Optional HTTP header template with {v} for the main value. */
  header?: string;
  /** Path on the example API used in curl/tool renderers. */
  path?: string;
}

export interface Item {
  spec: Spec;
  vars: [string, string][];
  main: [string, string];
}

export type Family = "envelope" | "text" | "file";
export interface Renderer {
  name: string;
  family: Family;
  render: (r: Rng, it: Item) => string;
}

// ---------------------------------------------------------------- snippet helpers

const q = (v: string) => (/^[A-Za-z0-9_.\/:@+=-]+$/.test(v) ? v : `"${v.replace(/"/g, '\\"')}"`);
const yq = (v: string) => (/^[A-Za-z0-9_.\/-]+$/.test(v) && !/^\d+$/.test(v) ? v : JSON.stringify(v));

export function envBlock(vars: [string, string][], r: Rng): string {
  const pre = r.pick([[], ["NODE_ENV=production"], ["LOG_LEVEL=info", "PORT=8080"], ["APP_ENV=staging"], ["TZ=UTC", "WORKERS=4"]]);
  return [...pre, ...vars.map(([k, v]) => `${k}=${r.int(3) === 0 ? `"${v}"` : v}`)].join("\n");
}
function exportLine(vars: [string, string][]): string {
  return vars.map(([k, v]) => `export ${k}=${q(v)}`).join("\n");
}
function hdr(it: Item): string | undefined {
  return it.spec.header?.replace("{v}", it.main[1]);
}
function apiUrl(it: Item): string {
  const host = it.spec.provider.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `https://${host}.api.example.com${it.spec.path ?? "/v1/status"}`;
}
/** A one-line shell command using the value: curl with header if there is one, env prefix otherwise. */
export function shellUse(r: Rng, it: Item): string {
  const h = hdr(it);
  if (h && r.int(3) !== 0) return `curl -sS -H ${JSON.stringify(h)} ${apiUrl(it)}`;
  const cmd = r.pick(["./scripts/deploy.sh", "npm run migrate", "python -m app.sync --dry-run", "make release", "node dist/worker.js"]);
  return `${it.vars.map(([k, v]) => `${k}=${q(v)}`).join(" ")} ${cmd}`;
}

function splitKey(env: string): [string, string] {
  const i = env.indexOf("_");
  if (i < 0) return [env.toLowerCase(), "value"];
  return [env.slice(0, i).toLowerCase(), env.slice(i + 1).toLowerCase()];
}
const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const pascal = (s: string) => camel(s).replace(/^./, (c) => c.toUpperCase());
function grouped(vars: [string, string][]): Map<string, [string, string][]> {
  const m = new Map<string, [string, string][]>();
  for (const [k, v] of vars) {
    const [s, rest] = splitKey(k);
    if (!m.has(s)) m.set(s, []);
    m.get(s)!.push([rest, v]);
  }
  return m;
}
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const id22 = (r: Rng) => r.an(22);

// ---------------------------------------------------------------- envelopes (agent API bodies)

const MODELS_OAI = ["gpt-4o", "gpt-4.1", "gpt-4o-mini", "o4-mini", "gpt-5"];
const MODELS_ANT = ["claude-sonnet-4-5", "claude-opus-4-1", "claude-3-5-haiku-latest", "claude-sonnet-4-20250514"];
const MODELS_GEM = ["gemini-2.5-pro", "gemini-2.5-flash", "gemini-2.0-flash"];

export const ENVELOPES: Renderer[] = [
  {
    name: "OpenAI chat.completions body, user pastes .env (1 level)",
    family: "envelope",
    render: (r, it) =>
      JSON.stringify({
        model: r.pick(MODELS_OAI),
        messages: [
          { role: "system", content: "You are a senior DevOps assistant. Be concise." },
          {
            role: "user",
            content: `${it.spec.provider} calls from the worker started failing after the last deploy. This is the env on the box:\n\n\`\`\`\n${envBlock(it.vars, r)}\n\`\`\`\n\nAnything obviously wrong?`,
          },
        ],
        temperature: 0.2,
      }),
  },
  {
    name: "Anthropic messages body, tool_use write_file .env (1 level)",
    family: "envelope",
    render: (r, it) => {
      const tid = `toolu_01${id22(r)}`;
      return JSON.stringify({
        model: r.pick(MODELS_ANT),
        max_tokens: 4096,
        messages: [
          { role: "user", content: `wire up ${it.spec.provider} for the staging deploy, creds are in the vault export I pasted earlier` },
          {
            role: "assistant",
            content: [
              { type: "text", text: "I'll write the environment file for the deploy job." },
              { type: "tool_use", id: tid, name: "write_file", input: { path: "deploy/staging/.env", content: envBlock(it.vars, r) + "\n" } },
            ],
          },
          { role: "user", content: [{ type: "tool_result", tool_use_id: tid, content: "wrote 1 file" }] },
        ],
      });
    },
  },
  {
    name: "OpenAI tool_calls, run_shell arguments (2 levels)",
    family: "envelope",
    render: (r, it) =>
      JSON.stringify({
        model: r.pick(MODELS_OAI),
        messages: [
          { role: "user", content: `check that the ${it.spec.provider} integration still works from CI` },
          {
            role: "assistant",
            content: null,
            tool_calls: [
              {
                id: `call_${r.an(24)}`,
                type: "function",
                function: { name: "run_shell", arguments: JSON.stringify({ command: shellUse(r, it), timeout: 60 }) },
              },
            ],
          },
        ],
        tools: [{ type: "function", function: { name: "run_shell", parameters: { type: "object", properties: { command: { type: "string" } } } } }],
      }),
  },
  {
    name: "Gemini generateContent, functionCall args (1 level)",
    family: "envelope",
    render: (r, it) => {
      const h = hdr(it);
      const args = h
        ? { method: "GET", url: apiUrl(it), headers: Object.fromEntries([h.split(/:\s(.*)/s).slice(0, 2) as [string, string]]) }
        : { service: slug(it.spec.provider), env: Object.fromEntries(it.vars) };
      return JSON.stringify({
        contents: [
          { role: "user", parts: [{ text: `Ping ${it.spec.provider} with the production settings and tell me the response code.` }] },
          { role: "model", parts: [{ functionCall: { name: h ? "http_request" : "set_service_env", args } }] },
          { role: "user", parts: [{ functionResponse: { name: h ? "http_request" : "set_service_env", response: { ok: true } } }] },
        ],
        generationConfig: { temperature: 0.1 },
        model: r.pick(MODELS_GEM),
      });
    },
  },
  {
    name: "MCP tools/call JSON-RPC request (1 level)",
    family: "envelope",
    render: (r, it) => {
      const h = hdr(it);
      const args = h
        ? { url: apiUrl(it), method: "GET", headers: Object.fromEntries([h.split(/:\s(.*)/s).slice(0, 2) as [string, string]]) }
        : { name: `${slug(it.spec.provider)}-worker`, environment: Object.fromEntries(it.vars) };
      return JSON.stringify({ jsonrpc: "2.0", id: r.range(2, 400), method: "tools/call", params: { name: h ? "fetch" : "deploy_service", arguments: args } });
    },
  },
  {
    name: "Anthropic body quoting an OpenAI tool_calls record (3 levels)",
    family: "envelope",
    render: (r, it) => {
      const rec = {
        role: "assistant",
        tool_calls: [{ id: `call_${r.an(24)}`, type: "function", function: { name: "exec", arguments: JSON.stringify({ cmd: shellUse(r, it) }) } }],
      };
      return JSON.stringify({
        model: r.pick(MODELS_ANT),
        max_tokens: 2048,
        messages: [
          { role: "user", content: `The other agent looped on this step, here is its last message verbatim:\n${JSON.stringify(rec)}\nWhy does it keep retrying?` },
        ],
      });
    },
  },
  {
    name: "OpenAI Responses API, function_call_output with printenv (2 levels)",
    family: "envelope",
    render: (r, it) => {
      const cid = `call_${r.an(24)}`;
      const stdout = ["HOME=/home/runner", "PATH=/usr/local/bin:/usr/bin:/bin", ...it.vars.map(([k, v]) => `${k}=${v}`), "SHLVL=1"].join("\n");
      return JSON.stringify({
        model: r.pick(MODELS_OAI),
        previous_response_id: `resp_${r.hex(48)}`,
        input: [
          { type: "function_call", call_id: cid, name: "shell", arguments: JSON.stringify({ cmd: "printenv | sort" }) },
          { type: "function_call_output", call_id: cid, output: JSON.stringify({ exit_code: 0, stdout }) },
        ],
      });
    },
  },
  {
    name: "Anthropic tool_result echoing cat of a YAML config (1 level)",
    family: "envelope",
    render: (r, it) => {
      const tid = `toolu_01${id22(r)}`;
      return JSON.stringify({
        model: r.pick(MODELS_ANT),
        max_tokens: 8192,
        messages: [
          { role: "user", content: "why won't the service boot?" },
          { role: "assistant", content: [{ type: "tool_use", id: tid, name: "bash", input: { command: "cat config/settings.yaml" } }] },
          { role: "user", content: [{ type: "tool_result", tool_use_id: tid, content: [{ type: "text", text: yamlFile(r, it) }] }] },
        ],
      });
    },
  },
];

// ---------------------------------------------------------------- developer text (English)

const NAMES = ["Priya", "Tomás", "Jonas", "Mei", "Aisha", "Lukas", "Chloé", "Rafael", "Kenji", "Olga", "Dmitri", "Sofia"];

export const TEXTS_EN: Renderer[] = [
  {
    name: "chat handover message",
    family: "text",
    render: (r, it) =>
      `Handing over the ${it.spec.provider} migration before my PTO, ${r.pick(NAMES)}:\n- staging is green, prod cutover is Thursday\n- the ${it.spec.desc} is \`${it.main[1]}\`\n- full env for the job:\n\`\`\`\n${envBlock(it.vars, r)}\n\`\`\`\nPing me on Signal if anything catches fire.`,
  },
  {
    name: "GitHub issue body",
    family: "text",
    render: (r, it) =>
      `### Bug: ${it.spec.provider} client returns 401 after upgrade to v${r.range(2, 6)}.${r.range(0, 20)}.0\n\n**Steps to reproduce**\n\n\`\`\`sh\n${shellUse(r, it)}\n\`\`\`\n\n**Expected** 200 with the account payload.\n**Actual** \`{"error":"unauthorized"}\`\n\nEnvironment: Ubuntu 24.04, Node 22.${r.range(1, 9)}. Request id ${r.uuid()}.`,
  },
  {
    name: "PR review comment with diff",
    family: "text",
    render: (r, it) => {
      const [k, v] = it.main;
      return `**${r.pick(NAMES)}** commented on \`src/config/${slug(it.spec.provider)}.ts\` line ${r.range(8, 90)}:\n\n\`\`\`diff\n-  const ${camel(k.toLowerCase())} = process.env.${k} ?? "";\n+  const ${camel(k.toLowerCase())} = process.env.${k} ?? "${v}";\n\`\`\`\n\nThis fallback hardcodes the ${it.spec.desc}; can we read it from the env only? Otherwise LGTM.`;
    },
  },
  {
    name: "README quick start",
    family: "text",
    render: (r, it) =>
      `# ${slug(it.spec.provider)}-sync\n\nSmall worker that mirrors ${it.spec.provider} data into our warehouse.\n\n## Quick start\n\n\`\`\`bash\ngit clone https://git.example.com/platform/${slug(it.spec.provider)}-sync.git\ncd ${slug(it.spec.provider)}-sync\n${exportLine(it.vars)}\nmake run\n\`\`\`\n\n## License\n\nMIT`,
  },
  {
    name: "ops runbook step",
    family: "text",
    render: (r, it) =>
      `## Runbook: update ${it.spec.provider} settings on prod\n\n1. Announce in #ops that ${it.spec.provider} will blip.\n2. Update the value on the ${r.pick(["blue", "green", "canary"])} pool:\n\n   \`\`\`\n   ${it.vars.map(([k, v]) => `kubectl -n prod set env deploy/api ${k}=${q(v)}`).join("\n   ")}\n   \`\`\`\n\n3. Watch the error rate for 10 minutes, then close the change ticket CHG-${r.range(1000, 9999)}.`,
  },
  {
    name: "shell history dump",
    family: "text",
    render: (r, it) => {
      let n = r.range(300, 1900);
      const lines = ["cd ~/src/platform", "git pull --rebase", ...it.vars.map(([k, v]) => `export ${k}=${q(v)}`), shellUse(r, it), "history | tail -20"];
      return `here's my history from the jump box, the last command is the one that hangs:\n\n${lines.map((l) => `  ${n++}  ${l}`).join("\n")}`;
    },
  },
  {
    name: "CI job log",
    family: "text",
    render: (r, it) => {
      const day = r.range(10, 16), hh = r.range(1, 9), mm = r.range(10, 59);
      let ms = r.range(1000, 40000);
      const t = () => {
        ms += r.range(3, 900);
        return `2025-06-${day}T0${hh}:${mm}:${String(Math.floor(ms / 1000) % 60).padStart(2, "0")}.${String(ms % 1000).padStart(3, "0")}${r.str(4, "0123456789")}Z`;
      };
      return [
        `${t()} ##[group]Run ./ci/smoke.sh`,
        `${t()} + set -x`,
        ...it.vars.map(([k, v]) => `${t()} + ${k}=${v}`),
        `${t()} + ${shellUse(r, it)}`,
        `${t()} curl: (22) The requested URL returned error: 403`,
        `${t()} ##[error]Process completed with exit code 22.`,
      ].join("\n");
    },
  },
  {
    name: "Python crash report with locals",
    family: "text",
    render: (r, it) => {
      const [k, v] = it.main;
      return `Traceback (most recent call last):\n  File "/srv/app/jobs/${slug(it.spec.provider)}_sync.py", line ${r.range(20, 240)}, in run\n    client = Client(${k.toLowerCase()}=settings.${k})\n  File "/srv/app/.venv/lib/python3.12/site-packages/httpx/_client.py", line 1014, in send\n    raise HTTPStatusError(message, request=request, response=self)\nhttpx.HTTPStatusError: Client error '401 Unauthorized'\n\nLocals at frame run:\n    settings.${k} = '${v}'\n    attempt = ${r.range(1, 5)}\n    job_id = '${r.uuid()}'\n\nReported by crash-reporter ${r.range(1, 3)}.${r.range(0, 9)}.${r.range(0, 9)} on host worker-${r.range(1, 40)}`;
    },
  },
];

// ---------------------------------------------------------------- developer text (other languages)

type Lang = "es" | "de" | "fr" | "pt" | "ja" | "zh" | "ru";
const WORDS: Record<Lang, Record<Kind, string>> = {
  es: { key: "clave de API", token: "token de acceso", secret: "secreto", password: "contraseña", conn: "cadena de conexión", webhook: "URL del webhook", digest: "hash", id: "identificador", pubkey: "clave pública", ref: "referencia al gestor de secretos", placeholder: "valor de ejemplo", mask: "valor enmascarado", enc: "valor cifrado" },
  de: { key: "API-Schlüssel", token: "Zugriffstoken", secret: "Secret", password: "Passwort", conn: "Verbindungszeichenfolge", webhook: "Webhook-URL", digest: "Prüfsumme", id: "Kennung", pubkey: "öffentlicher Schlüssel", ref: "Verweis auf den Secret-Store", placeholder: "Platzhalter", mask: "maskierter Wert", enc: "verschlüsselter Wert" },
  fr: { key: "clé d'API", token: "jeton d'accès", secret: "secret", password: "mot de passe", conn: "chaîne de connexion", webhook: "URL du webhook", digest: "empreinte", id: "identifiant", pubkey: "clé publique", ref: "référence au coffre-fort", placeholder: "valeur d'exemple", mask: "valeur masquée", enc: "valeur chiffrée" },
  pt: { key: "chave de API", token: "token de acesso", secret: "segredo", password: "senha", conn: "string de conexão", webhook: "URL do webhook", digest: "hash", id: "identificador", pubkey: "chave pública", ref: "referência ao cofre", placeholder: "valor de exemplo", mask: "valor mascarado", enc: "valor criptografado" },
  ja: { key: "APIキー", token: "アクセストークン", secret: "シークレット", password: "パスワード", conn: "接続文字列", webhook: "Webhook URL", digest: "ハッシュ値", id: "ID", pubkey: "公開鍵", ref: "シークレットストアの参照", placeholder: "プレースホルダー", mask: "マスク済みの値", enc: "暗号化された値" },
  zh: { key: "API 密钥", token: "访问令牌", secret: "密钥", password: "密码", conn: "连接字符串", webhook: "Webhook 地址", digest: "哈希值", id: "ID", pubkey: "公钥", ref: "密钥库引用", placeholder: "占位符", mask: "脱敏后的值", enc: "加密值" },
  ru: { key: "API-ключ", token: "токен доступа", secret: "секрет", password: "пароль", conn: "строка подключения", webhook: "URL вебхука", digest: "хеш", id: "идентификатор", pubkey: "открытый ключ", ref: "ссылка на хранилище секретов", placeholder: "заглушка", mask: "замаскированное значение", enc: "зашифрованное значение" },
};
export function word(lang: Lang, kind: Kind): string {
  return WORDS[lang][kind];
}

export const TEXTS_INTL: Renderer[] = [
  {
    name: "Spanish chat handover",
    family: "text",
    render: (r, it) =>
      `Hola equipo, os dejo el relevo de la integración con ${it.spec.provider}.\n\n${cap(word("es", it.spec.kind))} (${it.spec.provider}) de producción: ${it.main[1]}\n\nTambién está en el .env del servidor:\n\`\`\`\n${envBlock(it.vars, r)}\n\`\`\`\nCualquier cosa me escribís por Slack. ¡Saludos, ${r.pick(NAMES)}!`,
  },
  {
    name: "German runbook",
    family: "text",
    render: (r, it) =>
      `## Betriebshandbuch: ${it.spec.provider}\n\nNach dem Neustart des Workers muss die Variable gesetzt sein. ${cap(word("de", it.spec.kind))} für ${it.spec.provider}:\n\n\`\`\`bash\n${exportLine(it.vars)}\nsystemctl restart ${slug(it.spec.provider)}-worker\n\`\`\`\n\nDanach im Grafana-Dashboard prüfen, ob die Fehlerrate sinkt. Ansprechpartner: ${r.pick(NAMES)}.`,
  },
  {
    name: "French GitHub issue",
    family: "text",
    render: (r, it) =>
      `### Erreur 401 avec ${it.spec.provider} depuis la v${r.range(1, 4)}.${r.range(0, 9)}\n\nBonjour, depuis la mise à jour, l'appel suivant échoue. ${cap(word("fr", it.spec.kind))} utilisé(e) : \`${it.main[1]}\`\n\n\`\`\`sh\n${shellUse(r, it)}\n\`\`\`\n\nRésultat attendu : 200. Résultat obtenu : 401. Merci d'avance !`,
  },
  {
    name: "Portuguese PR comment",
    family: "text",
    render: (r, it) =>
      `Oi ${r.pick(NAMES)}, revisei o PR #${r.range(100, 2999)}. Ficou faltando a config do ${it.spec.provider} no ambiente de homologação. Segue ${word("pt", it.spec.kind)} do ${it.spec.provider}:\n\n\`\`\`\n${envBlock(it.vars, r)}\n\`\`\`\n\nDepois de subir isso eu aprovo. Valeu!`,
  },
  {
    name: "Japanese chat handover",
    family: "text",
    render: (r, it) =>
      `お疲れさまです。${it.spec.provider} 連携の引き継ぎです。\n本番環境の${it.spec.provider}の${word("ja", it.spec.kind)}は以下の通りです：\n\n${it.main[1]}\n\n.env には次のように設定してください。\n\`\`\`\n${envBlock(it.vars, r)}\n\`\`\`\nよろしくお願いします。`,
  },
  {
    name: "Chinese runbook",
    family: "text",
    render: (r, it) =>
      `## 运维手册：${it.spec.provider} 接入\n\n1. 登录跳板机 jump-${r.range(1, 9)}\n2. 配置 ${it.spec.provider} 的${word("zh", it.spec.kind)}：\n\n\`\`\`bash\n${exportLine(it.vars)}\n\`\`\`\n\n3. 执行 \`${shellUse(r, it)}\` 验证返回 200。\n\n负责人：${r.pick(NAMES)}`,
  },
  {
    name: "Russian crash report",
    family: "text",
    render: (r, it) =>
      `Коллеги, воркер ${slug(it.spec.provider)}-sync падает с 401 после релиза. ${cap(word("ru", it.spec.kind))} ${it.spec.provider} в конфиге: ${it.main[1]}\n\nЛог:\n\`\`\`\n[${r.iso()}] ERROR sync failed status=401 attempt=${r.range(1, 5)}\n[${r.iso()}] env ${it.vars.map(([k, v]) => `${k}=${v}`).join(" ")}\n\`\`\`\nКто-нибудь может посмотреть?`,
  },
];
function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---------------------------------------------------------------- whole files

export function yamlFile(r: Rng, it: Item): string {
  const lines = [`# config/settings.yaml`, `server:`, `  port: ${r.pick([8080, 3000, 8000])}`, `  log_level: ${r.pick(["info", "debug", "warn"])}`];
  for (const [sec, kvs] of grouped(it.vars)) {
    lines.push(`${sec}:`);
    for (const [k, v] of kvs) lines.push(`  ${k}: ${yq(v)}`);
  }
  return lines.join("\n") + "\n";
}

export const FILES: Renderer[] = [
  { name: ".env file", family: "file", render: (r, it) => `# .env.production (${it.spec.provider})\n${envBlock(it.vars, r)}\nSENTRY_ENVIRONMENT=production\n` },
  { name: "YAML settings file", family: "file", render: yamlFile },
  {
    name: "TOML config file",
    family: "file",
    render: (r, it) => {
      const out = [`# config.toml`, `[app]`, `name = "${slug(it.spec.provider)}-bridge"`, `workers = ${r.range(2, 16)}`, ``];
      for (const [sec, kvs] of grouped(it.vars)) {
        out.push(`[${sec}]`);
        for (const [k, v] of kvs) out.push(`${k} = ${JSON.stringify(v)}`);
        out.push("");
      }
      return out.join("\n");
    },
  },
  {
    name: "JSON config file",
    family: "file",
    render: (r, it) => {
      const o: Record<string, unknown> = { name: `${slug(it.spec.provider)}-service`, version: `${r.range(1, 4)}.${r.range(0, 30)}.${r.range(0, 9)}`, features: { retries: r.range(1, 5) } };
      for (const [sec, kvs] of grouped(it.vars)) o[camel(sec)] = Object.fromEntries(kvs.map(([k, v]) => [camel(k), v]));
      return JSON.stringify(o, null, 2) + "\n";
    },
  },
  {
    name: "INI config file",
    family: "file",
    render: (r, it) => {
      const out = [`; settings.ini`, `[general]`, `environment = production`, `timeout = ${r.range(5, 60)}`, ``];
      for (const [sec, kvs] of grouped(it.vars)) {
        out.push(`[${sec}]`);
        for (const [k, v] of kvs) out.push(`${k} = ${v}`);
        out.push("");
      }
      return out.join("\n");
    },
  },
  {
    name: "Terraform tfvars (HCL)",
    family: "file",
    render: (r, it) =>
      `# terraform/envs/prod/terraform.tfvars\nregion      = "${r.pick(["eu-west-1", "us-east-2", "ap-northeast-1"])}"\ninstance_count = ${r.range(2, 9)}\n\n${it.vars.map(([k, v]) => `${k.toLowerCase()} = ${JSON.stringify(v)}`).join("\n")}\n`,
  },
  {
    name: ".NET App.config XML",
    family: "file",
    render: (r, it) =>
      `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${it.vars.map(([k, v]) => { const [s, rest] = splitKey(k); return `    <add key="${pascal(s)}:${pascal(rest)}" value="${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" />`; }).join("\n")}\n  </appSettings>\n  <system.web>\n    <compilation debug="false" targetFramework="4.8" />\n  </system.web>\n</configuration>\n`,
  },
  {
    name: "kubeconfig with exec plugin env",
    family: "file",
    render: (r, it) =>
      `apiVersion: v1\nkind: Config\ncurrent-context: prod\nclusters:\n- name: prod\n  cluster:\n    server: https://k8s-prod.example.net:6443\ncontexts:\n- name: prod\n  context:\n    cluster: prod\n    user: deployer\nusers:\n- name: deployer\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: ${slug(it.spec.provider)}-auth\n      args: ["token", "--cluster", "prod"]\n      env:\n${it.vars.map(([k, v]) => `      - name: ${k}\n        value: ${yq(v)}`).join("\n")}\n`,
  },
  {
    name: "docker-compose.yml environment",
    family: "file",
    render: (r, it) =>
      `services:\n  ${slug(it.spec.provider)}-worker:\n    image: registry.example.com/platform/worker:${r.range(1, 9)}.${r.range(0, 40)}\n    restart: unless-stopped\n    environment:\n${it.vars.map(([k, v]) => `      ${k}: ${yq(v)}`).join("\n")}\n      LOG_FORMAT: json\n    depends_on:\n      - redis\n  redis:\n    image: redis:7-alpine\n`,
  },
  {
    name: "Kubernetes Secret manifest (stringData)",
    family: "file",
    render: (r, it) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${slug(it.spec.provider)}-credentials\n  namespace: ${r.pick(["prod", "payments", "platform", "ml"])}\ntype: Opaque\nstringData:\n${it.vars.map(([k, v]) => `  ${k}: ${yq(v)}`).join("\n")}\n`,
  },
  {
    name: "Spring application.properties",
    family: "file",
    render: (r, it) =>
      `# application-prod.properties\nserver.port=${r.pick([8080, 8443])}\nspring.application.name=${slug(it.spec.provider)}-adapter\n${it.vars.map(([k, v]) => { const [s, rest] = splitKey(k); return `${s}.${rest.replace(/_/g, "-")}=${v}`; }).join("\n")}\nmanagement.endpoints.web.exposure.include=health\n`,
  },
];

// ---------------------------------------------------------------- rotation

export interface RotateOpts {
  idPrefix: string;
  startFamily?: number;
  catPrefix?: string;
}

export class Rotor {
  private i = 0;
  private e = 0;
  private t = 0;
  private f = 0;
  private intl = 0;
  constructor(private r: Rng, start = 0) {
    this.i = start;
    this.e = start * 3;
    this.t = start * 5;
    this.f = start * 7;
    this.intl = start;
  }
  next(): Renderer {
    const fam = this.i++ % 3;
    if (fam === 0) return ENVELOPES[this.e++ % ENVELOPES.length]!;
    if (fam === 2) return FILES[this.f++ % FILES.length]!;
    const k = this.t++;
    if (k % 4 === 3) return TEXTS_INTL[this.intl++ % TEXTS_INTL.length]!;
    return TEXTS_EN[(k - Math.floor(k / 4)) % TEXTS_EN.length]!;
  }
}

export function item(r: Rng, spec: Spec): Item {
  const vars = spec.vars(r);
  return { spec, vars, main: vars[0]! };
}

/** Builds cases: every spec once, then `extra` specs (spread evenly) a second time, through rotating renderers. */
export function rotate(seed: number, specs: Spec[], extra: number, idPrefix: string, start = 0): CorpusCase[] {
  const r = new Rng(seed);
  const rot = new Rotor(r, start);
  const out: CorpusCase[] = [];
  let n = 1;
  const second = specs.filter((_s, i) => Math.floor((i * extra) / specs.length) !== Math.floor(((i + 1) * extra) / specs.length));
  for (const pass of [specs, second]) {
    for (const spec of pass) {
      const it = item(r, spec);
      const rend = rot.next();
      const positive = spec.group !== "benign";
      out.push({
        id: `${idPrefix}-${String(n++).padStart(3, "0")}`,
        kind: "secrets",
        category: positive ? `heldouty117-sec-${spec.group}` : "heldouty117-benign",
        label: positive ? "positive" : "benign",
        text: rend.render(r, it),
        note: `${spec.provider}: ${spec.desc}; slot ${it.main[0]}${it.vars.length > 1 ? ` (+${it.vars.slice(1).map(([k]) => k).join(", ")})` : ""}; context: ${rend.name}`,
      });
    }
  }
  return out;
}

/** A hand-built case. */
export function hc(id: string, group: Group | "benign", text: string, note: string): CorpusCase {
  const positive = group !== "benign";
  return { id, kind: "secrets", category: positive ? `heldouty117-sec-${group}` : "heldouty117-benign", label: positive ? "positive" : "benign", text, note };
}
