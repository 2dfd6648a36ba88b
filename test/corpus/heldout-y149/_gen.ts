// Shared helpers for heldout-y149 (skipped by the loader: leading underscore).
// Every credential-shaped value is assembled at run time: split prefix + PRNG body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const HEX = "0123456789abcdef";
export const ALNUM = UP + LO + DIG;
export const B64 = ALNUM + "+/";
export const B64U = ALNUM + "-_";

export const P = (...parts: string[]): string => parts.join("");

export class Rng extends SeededRng {
  hex(n: number): string { return this.str(n, HEX); }
  HEXU(n: number): string { return this.str(n, "0123456789ABCDEF"); }
  an(n: number): string { return this.str(n, ALNUM); }
  lo(n: number): string { return this.str(n, LO + DIG); }
  up(n: number): string { return this.str(n, UP + DIG); }
  dig(n: number): string { return this.str(n, DIG); }
  b64u(n: number): string { return this.str(n, B64U); }
  b64(n: number): string { return this.str(n, B64); }
  b64bytes(n: number): string { return Buffer.from(this.bytes(n)).toString("base64"); }
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`;
  }
  ulid(): string { return this.str(26, "0123456789abcdefghjkmnpqrstvwxyz"); }
  word(): string { return this.pick(["orders", "billing", "ledger", "checkout", "identity", "gateway", "payouts", "risk", "kyc", "sso", "admin", "portal"]); }
  host(): string { return this.pick(["api.acme-pay.io", "auth.northwind.dev", "id.contoso-labs.com", "pay.globex.app", "sso.initech.net", "vault.internal.umbrella.io"]); }
  ip(): string { return `10.${this.int(255)}.${this.int(255)}.${1 + this.int(250)}`; }
  ts(): string { return `2026-${String(1 + this.int(11)).padStart(2, "0")}-${String(1 + this.int(27)).padStart(2, "0")}T${String(this.int(23)).padStart(2, "0")}:${String(this.int(59)).padStart(2, "0")}:${String(this.int(59)).padStart(2, "0")}Z`; }
}

export const b64 = (s: string | Uint8Array): string => Buffer.from(s).toString("base64");
export const b64url = (s: string | Uint8Array): string => Buffer.from(s).toString("base64url");
export const jq = (s: string): string => JSON.stringify(s);
export const ji = (s: string): string => JSON.stringify(s).slice(1, -1);

export function jwt(r: Rng, payload: Record<string, unknown>, alg = "RS256"): string {
  const h = b64url(JSON.stringify({ alg, typ: "JWT", kid: r.an(16) }));
  const p = b64url(JSON.stringify(payload));
  return `${h}.${p}.${r.b64u(alg.startsWith("HS") ? 43 : 342)}`;
}

// ---------- prose (about a quarter in other languages) ----------
const PROSE: Record<string, string[]> = {
  en: [
    "Can you figure out why the login callback returns 401 with this config?",
    "Please add this to the deployment and redeploy the service.",
    "Here is the env I'm using locally, the webhook verification keeps failing.",
    "Refactor this so the secret is read once at startup.",
    "The checkout integration broke after rotating keys, here's what I have.",
    "Debug this: the token exchange hangs and then times out.",
  ],
  es: ["¿Puedes revisar por qué falla el callback de OAuth con esta configuración?", "Agrega esto al despliegue y vuelve a publicar el servicio, por favor."],
  de: ["Kannst du prüfen, warum der Webhook-Signaturcheck mit dieser Konfiguration fehlschlägt?", "Bitte baue das in die Pipeline ein und deploye neu."],
  fr: ["Peux-tu regarder pourquoi l'authentification échoue avec cette configuration ?", "Ajoute ceci au fichier de config et relance le service."],
  pt: ["Pode verificar por que o pagamento é recusado com essa configuração?", "Coloque isso no deploy e reinicie o serviço, por favor."],
  ja: ["この設定でログインのコールバックが401になる理由を調べてください。", "このシークレットを読み込むようにコードを直してください。"],
  zh: ["帮我看看为什么用这个配置支付回调验签失败。", "请把这个加到部署配置里然后重新发布。"],
  ru: ["Посмотри, почему с этим конфигом не проходит авторизация.", "Добавь это в деплой и перезапусти сервис."],
  ko: ["이 설정으로 웹훅 서명 검증이 왜 실패하는지 확인해 줘.", "이 값을 배포 설정에 넣고 다시 배포해 줘."],
  it: ["Puoi controllare perché il token viene rifiutato con questa configurazione?"],
  tr: ["Bu yapılandırmayla ödeme entegrasyonunun neden çalışmadığına bakar mısın?"],
  pl: ["Sprawdź, dlaczego logowanie SSO nie działa z tą konfiguracją."],
  hi: ["इस कॉन्फ़िग के साथ लॉगिन क्यों फेल हो रहा है, देख सकते हो?"],
  vi: ["Bạn xem giúp vì sao xác thực webhook lỗi với cấu hình này?"],
};
const OTHER = Object.keys(PROSE).filter((k) => k !== "en");
export const langCount: Record<string, number> = {};
export function prose(r: Rng): string {
  const lang = r.int(4) === 0 ? r.pick(OTHER) : "en";
  langCount[lang] = (langCount[lang] ?? 0) + 1;
  return r.pick(PROSE[lang]!);
}

// ---------- tokens and renderers ----------
export interface Tok {
  value: string;
  env: string; // env var name
  key: string; // config key
  provider: string;
  header?: string; // e.g. "Authorization: Bearer "
  extra?: [string, string][]; // sibling non-secret settings (env name, value)
}
export interface Out { text: string; carried: string[] }
export type Renderer = { name: string; fn: (t: Tok, r: Rng) => Out };

const envLines = (t: Tok, sep = "="): string =>
  [...(t.extra ?? []).map(([k, v]) => `${k}${sep}${v}`), `${t.env}${sep}${t.value}`].join("\n");
const hdr = (t: Tok): string => t.header ?? "Authorization: Bearer ";
const camel = (s: string): string => s.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const one = (text: string, v: string): Out => ({ text, carried: [v] });

export const RENDERERS: Renderer[] = [
  { name: "shell-export", fn: (t) => one(`$ export ${t.env}='${t.value}'\n$ npm run dev`, t.value) },
  { name: "openai-chat-dotenv", fn: (t, r) => one(JSON.stringify({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a coding assistant." }, { role: "user", content: `${prose(r)}\n\n.env:\n${envLines(t)}\n` }] }), t.value) },
  { name: "anthropic-tool-use-write", fn: (t, r) => one(JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: prose(r) }, { role: "assistant", content: [{ type: "tool_use", id: `toolu_${r.an(24)}`, name: "write_file", input: { path: ".env.production", content: envLines(t) + "\n" } }] }] }), t.value) },
  { name: "openai-tool-call-shell", fn: (t, r) => one(JSON.stringify({ role: "assistant", tool_calls: [{ id: `call_${r.an(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${t.env}="${t.value}" ./scripts/smoke-${r.word()}.sh` }) } }] }), t.value) },
  { name: "curl-header", fn: (t, r) => one(`curl -sS https://${r.host()}/v1/${r.word()} \\\n  -H '${hdr(t)}${t.value}' \\\n  -H 'Content-Type: application/json'`, t.value) },
  { name: "docker-run", fn: (t, r) => one(`docker run --rm -p 8080:8080 -e NODE_ENV=production -e ${t.env}=${t.value} ghcr.io/acme/${r.word()}:1.${r.int(20)}.${r.int(9)}`, t.value) },
  { name: "compose", fn: (t, r) => one(`services:\n  ${r.word()}:\n    image: acme/${r.word()}:latest\n    environment:\n${[...(t.extra ?? []), [t.env, t.value] as [string, string]].map(([k, v]) => `      ${k}: "${v}"`).join("\n")}\n`, t.value) },
  { name: "k8s-stringdata", fn: (t, r) => one(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${r.word()}-secrets\ntype: Opaque\nstringData:\n  ${t.env}: "${t.value}"\n`, t.value) },
  { name: "k8s-data-b64", fn: (t, r) => { const e = b64(t.value); return one(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${r.word()}-creds\n  namespace: prod\ndata:\n  ${t.env}: ${e}\n`, e); } },
  { name: "helm-values", fn: (t, r) => one(`# values-prod.yaml\nreplicaCount: ${2 + r.int(4)}\n${t.provider.split(/[- ]/)[0]!.toLowerCase()}:\n  enabled: true\n  ${camel(t.key)}: ${t.value}\n`, t.value) },
  { name: "toml", fn: (t) => one(`[${t.provider.split(/[- ]/)[0]!.toLowerCase()}]\n${t.key} = "${t.value}"\ntimeout_ms = 5000\n`, t.value) },
  { name: "ini", fn: (t) => one(`[${t.provider}]\n${t.key}=${t.value}\nretries=3\n`, t.value) },
  { name: "spring-properties", fn: (t) => one(`spring.application.name=payments\napp.${t.provider.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.${t.key.replace(/_/g, "-")}=${t.value}\nlogging.level.root=INFO\n`, t.value) },
  { name: "json-config", fn: (t, r) => one(JSON.stringify({ env: "production", region: r.pick(["eu-west-1", "us-east-1", "ap-south-1"]), [camel(t.provider)]: { [camel(t.key)]: t.value } }, null, 2), t.value) },
  { name: "python-env-default", fn: (t) => one(`import os\n\n${t.env} = os.environ.get("${t.env}", "${t.value}")\n`, t.value) },
  { name: "node-env-default", fn: (t) => one(`const ${camel(t.env)} = process.env.${t.env} ?? "${t.value}";\nexport default { ${camel(t.env)} };\n`, t.value) },
  { name: "go-const", fn: (t) => one(`package config\n\n// TODO: move to secret manager\nconst ${camel(t.env).replace(/^./, (c) => c.toUpperCase())} = "${t.value}"\n`, t.value) },
  { name: "appsettings", fn: (t) => one(JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, [t.provider.replace(/[^A-Za-z]/g, "")]: { [camel(t.key).replace(/^./, (c) => c.toUpperCase())]: t.value } }, null, 2), t.value) },
  { name: "rails-credentials", fn: (t) => one(`# config/credentials/production.yml (decrypted)\n${t.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}:\n  ${t.key}: ${t.value}\nsecret_key_base: <%= ENV["SECRET_KEY_BASE"] %>\n`, t.value) },
  { name: "php-config", fn: (t) => one(`<?php\nreturn [\n    '${t.provider.toLowerCase()}' => [\n        '${t.key}' => env('${t.env}', '${t.value}'),\n    ],\n];\n`, t.value) },
  { name: "tfvars", fn: (t) => one(`# prod.auto.tfvars\nenvironment = "prod"\n${t.key.toLowerCase()} = "${t.value}"\n`, t.value) },
  { name: "gha-env", fn: (t, r) => one(`name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${t.env}: ${t.value}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh ${r.word()}\n`, t.value) },
  { name: "dockerfile", fn: (t) => one(`FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nENV ${t.env}=${t.value}\nRUN npm ci && npm run build\nCMD ["node", "dist/server.js"]\n`, t.value) },
  { name: "log-headers", fn: (t, r) => one(`${r.ts()} DEBUG http.client request_id=${r.uuid()} POST https://${r.host()}/v1/${r.word()} headers={'${hdr(t).split(":")[0]}': '${hdr(t).split(": ")[1] ?? ""}${t.value}', 'User-Agent': 'acme-sdk/2.4.1'}`, t.value) },
  { name: "python-traceback", fn: (t, r) => one(`Traceback (most recent call last):\n  File "/srv/app/${r.word()}.py", line ${10 + r.int(200)}, in handler\n    resp = client.post(url, headers=headers)\n    Locals:\n      url = 'https://${r.host()}/v2/${r.word()}'\n      ${t.key} = '${t.value}'\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized`, t.value) },
  { name: "jupyter-cell", fn: (t) => one(JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${t.env}"] = "${t.value}"\n`] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 }), t.value) },
  { name: "sql-insert", fn: (t) => one(`INSERT INTO integration_settings (provider, name, value, updated_at)\nVALUES ('${t.provider}', '${t.key}', '${t.value}', now());`, t.value) },
  { name: "markdown-runbook", fn: (t, r) => one(`## ${t.provider} setup\n\n${prose(r)}\n\n\`\`\`bash\nexport ${t.env}=${t.value}\n\`\`\`\n`, t.value) },
  { name: "unified-diff", fn: (t, r) => one(`diff --git a/.env.example b/.env.example\nindex ${r.hex(7)}..${r.hex(7)} 100644\n--- a/.env.example\n+++ b/.env.example\n@@ -3,3 +3,4 @@ LOG_LEVEL=info\n PORT=8080\n-${t.env}=\n+${t.env}=${t.value}\n`, t.value) },
  { name: "slack-message", fn: (t, r) => one(JSON.stringify({ channel: "C0" + r.up(9), text: `${prose(r)} \`${t.env}=${t.value}\`` }), t.value) },
  { name: "mcp-tool-result", fn: (t, r) => one(JSON.stringify({ jsonrpc: "2.0", id: r.int(999), result: { content: [{ type: "text", text: `$ cat config/${r.word()}.env\n${envLines(t)}\n` }], isError: false } }), t.value) },
  { name: "har-entry", fn: (t, r) => one(JSON.stringify({ log: { entries: [{ startedDateTime: r.ts(), request: { method: "POST", url: `https://${r.host()}/v1/${r.word()}`, headers: [{ name: hdr(t).split(":")[0], value: `${hdr(t).split(": ")[1] ?? ""}${t.value}` }, { name: "accept", value: "application/json" }] } }] } }), t.value) },
  { name: "copy-as-fetch", fn: (t, r) => one(`fetch("https://${r.host()}/api/${r.word()}", {\n  "headers": {\n    "${hdr(t).split(":")[0]!.toLowerCase()}": "${hdr(t).split(": ")[1] ?? ""}${t.value}",\n    "content-type": "application/json"\n  },\n  "body": "{}",\n  "method": "POST"\n});`, t.value) },
  { name: "url-query", fn: (t, r) => { const e = encodeURIComponent(t.value); return one(`GET https://${r.host()}/v1/${r.word()}?${t.key}=${e}&limit=50 HTTP/1.1`, e); } },
  { name: "form-body", fn: (t, r) => { const e = encodeURIComponent(t.value); return one(`POST /oauth/${r.word()} HTTP/1.1\nHost: ${r.host()}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${t.key}=${e}&scope=read`, e); } },
  { name: "systemd-unit", fn: (t, r) => one(`[Unit]\nDescription=${r.word()} worker\n\n[Service]\nEnvironment="${t.env}=${t.value}"\nExecStart=/usr/local/bin/${r.word()}-worker\nRestart=always\n`, t.value) },
  { name: "crontab", fn: (t, r) => one(`# m h dom mon dow command\n${r.int(59)} ${r.int(23)} * * * ${t.env}=${t.value} /opt/jobs/reconcile.sh >> /var/log/reconcile.log 2>&1`, t.value) },
  { name: "gitlab-ci", fn: (t, r) => one(`variables:\n  ${t.env}: "${t.value}"\n\ndeploy:\n  stage: deploy\n  script:\n    - ./deploy.sh ${r.word()}\n`, t.value) },
  { name: "terraform-plan", fn: (t, r) => one(`  # kubernetes_secret.${r.word()} will be created\n  + resource "kubernetes_secret" "${r.word()}" {\n      + data = {\n          + "${t.key}" = "${t.value}"\n        }\n      + type = "Opaque"\n    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.`, t.value) },
  { name: "b64-config-blob", fn: (t, r) => { const e = b64(`${t.env}=${t.value}\n`); return one(JSON.stringify({ name: `${r.word()}-env`, encoding: "base64", content: e }), e); } },
  { name: "powershell", fn: (t) => one(`PS C:\\src\\payments> $env:${t.env} = "${t.value}"\nPS C:\\src\\payments> dotnet run --project Api`, t.value) },
  { name: "ansible-vars", fn: (t, r) => one(`# group_vars/${r.word()}.yml\n---\napp_env: production\n${t.key.toLowerCase()}: "${t.value}"\n`, t.value) },
  { name: "nginx-conf", fn: (t, r) => one(`location /upstream/ {\n    proxy_pass https://${r.host()}/;\n    proxy_set_header ${hdr(t).split(":")[0]} "${hdr(t).split(": ")[1] ?? ""}${t.value}";\n}`, t.value) },
  { name: "gh-secret-set", fn: (t, r) => one(`gh secret set ${t.env} --repo acme/${r.word()} --body "${t.value}"`, t.value) },
  { name: "ssm-put-parameter", fn: (t, r) => one(`aws ssm put-parameter --name /prod/${r.word()}/${t.key} --type SecureString --value '${t.value}' --overwrite`, t.value) },
  { name: "postman-collection", fn: (t, r) => one(JSON.stringify({ info: { name: `${t.provider} API`, schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, variable: [{ key: "baseUrl", value: `https://${r.host()}` }, { key: t.key, value: t.value }] }), t.value) },
  { name: "java-code", fn: (t) => one(`public final class ${t.provider.replace(/[^A-Za-z]/g, "")}Config {\n    private static final String ${t.env} = "${t.value}";\n}\n`, t.value) },
  { name: "rust-code", fn: (t) => one(`let client = Client::builder()\n    .${t.key.toLowerCase()}("${t.value}")\n    .build()?;`, t.value) },
  { name: "vercel-env-add", fn: (t) => one(`$ printf '%s' '${t.value}' | vercel env add ${t.env} production\nAdded Environment Variable ${t.env} to Project`, t.value) },
  { name: "json-escaped-in-string", fn: (t, r) => one(JSON.stringify({ role: "user", content: `${prose(r)}\n\n${JSON.stringify({ [t.key]: t.value, debug: false })}` }), t.value) },
];

export const rendererUse: Record<string, number> = {};

export function check(id: string, text: string, carried: string[]): void {
  for (const c of carried) if (!text.includes(c)) throw new Error(`${id}: carried value missing from text`);
}

export function mk(id: string, category: string, label: "positive" | "benign", text: string, carried: string[], note: string): CorpusCase {
  if (label === "positive") check(id, text, carried);
  return { id, kind: "secrets", category, label, text, note };
}

/** Renders a token with renderer number idx (rotating). */
export function render(id: string, category: string, t: Tok, r: Rng, idx: number): CorpusCase {
  const rd = RENDERERS[idx % RENDERERS.length]!;
  rendererUse[rd.name] = (rendererUse[rd.name] ?? 0) + 1;
  const o = rd.fn(t, r);
  return mk(id, category, "positive", o.text, o.carried, `${t.provider} ${t.key} via ${rd.name}`);
}
