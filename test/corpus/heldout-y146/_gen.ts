// Shared builders and context renderers for heldout-y146 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time from split prefixes + PRNG bodies.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const URLSAFE = AN + "_-";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Rng extends SeededRng {
  an(n: number) { return this.str(n, AN); }
  hex(n: number) { return this.str(n, HEX); }
  up(n: number) { return this.str(n, UP + DIG); }
  lo(n: number) { return this.str(n, LO + DIG); }
  us(n: number) { return this.str(n, URLSAFE); }
  digits(n: number) { return String(this.range(1, 9)) + this.str(n - 1, DIG); }
  uuid() { return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`; }
  b64bytes(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
  chance(p: number) { return this.next() < p; }
  ip() { return `10.${this.range(0, 255)}.${this.range(0, 255)}.${this.range(2, 254)}`; }
}

/** Join pieces: keeps prefixes split in the source. */
export const j = (...p: string[]) => p.join("");

export interface Tok {
  provider: string;
  value: string;
  env: string; // env var / slot name
  /** HTTP header used with the value, e.g. ["Authorization", "Bearer "]; absent = not an HTTP credential */
  hdr?: [string, string];
  host?: string; // API host used in HTTP renderers
  extra?: [string, string][]; // companion non-secret or secret vars (ids, regions)
}

export const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
export const camel = (env: string) =>
  env.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
export const snake = (env: string) => env.toLowerCase();
export const kebab = (env: string) => env.toLowerCase().replace(/_/g, "-");

// ---- prose: about a quarter in other languages ----
const EN = [
  "Can you figure out why this keeps failing on CI?",
  "Here is my config, the request returns 401 since this morning.",
  "Please refactor this so it reads from the environment instead.",
  "Deploy is broken again, logs below.",
  "Can you add retries around this call?",
  "This is what I have so far, what am I missing?",
  "Migrating this service to the new cluster, sanity check please.",
  "The staging job works but prod does not, same settings.",
  "Write a unit test for this module.",
  "Why does the SDK ignore my key?",
  "Convert this to a GitHub Actions workflow.",
  "Getting a timeout when the worker starts, full dump attached.",
];
const OTHER = [
  "¿Puedes revisar por qué falla la autenticación? Te paso la configuración.",
  "Kannst du mir sagen, warum der Build auf CI fehlschlägt? Hier die Konfiguration.",
  "Peux-tu corriger ce script ? Il renvoie 403 depuis hier.",
  "Você pode migrar isso para variáveis de ambiente? Segue o arquivo.",
  "このエラーの原因を教えてください。設定ファイルを貼ります。",
  "帮我看看为什么这个请求一直返回 401，配置如下。",
  "Почему деплой падает? Ниже логи и конфиг.",
  "이 설정으로 배포하면 인증 오류가 나요. 확인해 주세요.",
  "Puoi aggiungere i retry a questa chiamata? Ecco il codice.",
  "Bu servisi yeni kümeye taşıyorum, kontrol eder misin?",
  "Czy możesz napisać test do tego modułu? Konfiguracja poniżej.",
  "Kan je kijken waarom de webhook niet aankomt? Hier is de config.",
];
export function prose(r: Rng): string {
  return r.chance(0.27) ? r.pick(OTHER) : r.pick(EN);
}

// ---- renderers: each returns the text and the needles that must appear in it ----
export interface Rendered { text: string; needles: string[] }
export type Renderer = { name: string; http?: boolean; longOk?: boolean; fn: (t: Tok, r: Rng) => Rendered };

const envLines = (t: Tok, sep = "=") => [...(t.extra ?? []).map(([k, v]) => `${k}${sep}${v}`), `${t.env}${sep}${t.value}`];
const plain = (text: string, t: Tok): Rendered => ({ text, needles: [t.value] });
const hostOf = (t: Tok) => t.host ?? "api.example-service.io";
const hdrOf = (t: Tok): [string, string] => t.hdr ?? ["Authorization", "Bearer "];

export const RENDERERS: Renderer[] = [
  { name: "openai-chat-dotenv", fn: (t, r) => plain(JSON.stringify({ model: r.pick(["gpt-4o", "gpt-4.1", "o4-mini"]), messages: [{ role: "system", content: "You are a coding assistant." }, { role: "user", content: `${prose(r)}\n\n\`\`\`env\nNODE_ENV=production\nPORT=${r.range(3000, 9000)}\n${envLines(t).join("\n")}\n\`\`\`` }] }), t) },
  { name: "anthropic-tool-use-write-file", fn: (t, r) => plain(JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "assistant", content: [{ type: "tool_use", id: `toolu_${r.an(24)}`, name: "write_file", input: { path: r.pick([".env", ".env.local", "config/.env.production", "deploy/.env"]), content: `# generated\n${envLines(t).join("\n")}\nLOG_LEVEL=info\n` } }] }] }), t) },
  { name: "openai-tool-calls-shell", fn: (t, r) => plain(JSON.stringify({ role: "assistant", tool_calls: [{ id: `call_${r.an(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${t.env}=${t.value} && ${r.pick(["npm run deploy", "python manage.py migrate", "make release", "go run ./cmd/server"])}` }) } }] }), t) },
  { name: "mcp-tool-result", fn: (t, r) => plain(JSON.stringify({ jsonrpc: "2.0", id: r.range(2, 90), result: { content: [{ type: "text", text: `$ cat ${r.pick(["~/.config/app/env", "/srv/app/.env", "./secrets.env"])}\n${envLines(t).join("\n")}\n` }], isError: false } }), t) },
  { name: "shell-export", fn: (t, r) => plain(`#!/usr/bin/env bash\nset -euo pipefail\n${envLines(t).map((l) => `export ${l.replace("=", "=\"")}"`).join("\n")}\n${r.pick(["./bin/worker --once", "python -m app.sync", "node scripts/backfill.js"])}\n`, t) },
  { name: "docker-run-e", fn: (t, r) => plain(`docker run --rm -d --name ${r.pick(["api", "worker", "ingest", "bot"])} \\\n  ${envLines(t).map((l) => `-e ${l}`).join(" \\\n  ")} \\\n  -p ${r.range(3000, 9000)}:8080 ghcr.io/acme/${r.pick(["api", "svc", "runner"])}:${r.range(1, 9)}.${r.range(0, 20)}.${r.range(0, 9)}`, t) },
  { name: "curl-header", http: true, fn: (t, r) => { const [h, p] = hdrOf(t); return plain(`curl -sS -X ${r.pick(["GET", "POST"])} https://${hostOf(t)}/${r.pick(["v1/me", "v2/items", "api/status", "v1/projects"])} \\\n  -H "${h}: ${p}${t.value}" \\\n  -H "Content-Type: application/json"`, t); } },
  { name: "curl-verbose-dump", http: true, fn: (t, r) => { const [h, p] = hdrOf(t); return plain(`* Connected to ${hostOf(t)} (${r.ip()}) port 443\n> GET /v1/account HTTP/2\n> Host: ${hostOf(t)}\n> user-agent: curl/8.5.0\n> accept: */*\n> ${h.toLowerCase()}: ${p}${t.value}\n>\n< HTTP/2 401\n< content-type: application/json\n< x-request-id: ${r.uuid()}\n{"error":"invalid_token"}`, t); } },
  { name: "har-entry", http: true, fn: (t, r) => { const [h, p] = hdrOf(t); return plain(JSON.stringify({ log: { entries: [{ startedDateTime: "2026-11-30T10:12:44.120Z", request: { method: "POST", url: `https://${hostOf(t)}/v1/jobs`, headers: [{ name: "accept", value: "application/json" }, { name: h, value: `${p}${t.value}` }] }, response: { status: 200, headers: [{ name: "x-request-id", value: r.uuid() }] } }] } }, null, 2), t); } },
  { name: "fetch-copy", http: true, fn: (t, r) => { const [h, p] = hdrOf(t); return plain(`await fetch("https://${hostOf(t)}/v1/${r.pick(["search", "events", "objects"])}", {\n  "headers": {\n    "accept": "application/json",\n    "${h.toLowerCase()}": "${p}${t.value}",\n    "sec-fetch-mode": "cors"\n  },\n  "body": null,\n  "method": "GET"\n});`, t); } },
  { name: "url-query", http: true, fn: (t, r) => { const q = r.pick(["api_key", "token", "access_token", "key", "apikey"]); const v = encodeURIComponent(t.value); return { text: `${prose(r)}\nGET https://${hostOf(t)}/v1/${r.pick(["export", "report", "data"])}?format=json&${q}=${v}&page=2`, needles: [v] }; } },
  { name: "form-body", fn: (t, r) => { const v = encodeURIComponent(t.value); return { text: `POST /oauth/${r.pick(["token", "connect"])} HTTP/1.1\nHost: ${hostOf(t)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=read&${snake(t.env)}=${v}`, needles: [v] }; } },
  { name: "k8s-secret-data", fn: (t, r) => { const v = b64(t.value); return { text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${r.pick(["app-secrets", "backend-env", "worker-creds"])}\n  namespace: ${r.pick(["prod", "default", "payments", "ml"])}\ntype: Opaque\ndata:\n  ${t.env}: ${v}\n`, needles: [v] }; } },
  { name: "k8s-secret-stringdata", fn: (t, r) => plain(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${kebab(t.env)}\n  namespace: ${r.pick(["prod", "staging", "data"])}\nstringData:\n${envLines(t, ": ").map((l) => `  ${l}`).join("\n")}\n`, t) },
  { name: "helm-values", fn: (t, r) => plain(`replicaCount: ${r.range(1, 5)}\nimage:\n  repository: registry.acme.dev/${r.pick(["api", "web", "etl"])}\n  tag: "${r.range(1, 4)}.${r.range(0, 30)}.0"\nenv:\n  - name: ${t.env}\n    value: "${t.value}"\n  - name: LOG_FORMAT\n    value: json\n`, t) },
  { name: "docker-compose", fn: (t, r) => plain(`services:\n  ${r.pick(["app", "api", "worker"])}:\n    build: .\n    environment:\n${envLines(t, ": ").map((l) => `      ${l}`).join("\n")}\n      RUST_LOG: info\n    ports:\n      - "${r.range(3000, 9000)}:8080"\n`, t) },
  { name: "toml", fn: (t, r) => plain(`[${r.pick(["service", "provider", "integrations.main", "client"])}]\nendpoint = "https://${hostOf(t)}"\n${(t.extra ?? []).map(([k, v]) => `${snake(k)} = "${v}"`).join("\n")}\n${snake(t.env)} = "${t.value}"\ntimeout_secs = ${r.range(5, 60)}\n`, t) },
  { name: "ini", fn: (t, r) => plain(`[${r.pick(["default", "production", "profile deploy"])}]\n${(t.extra ?? []).map(([k, v]) => `${snake(k)} = ${v}`).join("\n")}\n${snake(t.env)} = ${t.value}\nregion = ${r.pick(["eu-west-1", "us-east-1", "ap-southeast-2"])}\n`, t) },
  { name: "java-properties", fn: (t, r) => plain(`spring.application.name=${r.pick(["orders", "billing", "catalog"])}\nserver.port=8080\n${(t.extra ?? []).map(([k, v]) => `app.${kebab(k).replace(/-/g, ".")}=${v}`).join("\n")}\napp.${kebab(t.env).replace(/-/g, ".")}=${t.value}\n`, t) },
  { name: "appsettings-json", fn: (t, r) => plain(JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, [r.pick(["Integrations", "Providers", "Services"])]: { ...Object.fromEntries((t.extra ?? []).map(([k, v]) => [camel(k), v])), [camel(t.env)]: t.value } }, null, 2), t) },
  { name: "python-env-default", fn: (t, r) => { const lib = r.pick(["httpx", "requests"]); return plain(`import os\nimport ${lib}\n\n${t.env} = os.environ.get("${t.env}", "${t.value}")\n\n\ndef client():\n    return ${lib === "httpx" ? "httpx.Client" : "requests.Session"}()  # TODO auth\n`, t); } },
  { name: "js-client", fn: (t, r) => plain(`import { createClient } from "${r.pick(["@acme/sdk", "./lib/client", "api-wrapper"])}";\n\nexport const client = createClient({\n  ${camel(t.env)}: process.env.${t.env} ?? "${t.value}",\n  retries: ${r.range(1, 5)},\n});\n`, t) },
  { name: "go-code", fn: (t, r) => plain(`package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst default${camel(t.env).replace(/^./, (c) => c.toUpperCase())} = "${t.value}"\n\nfunc main() {\n\tkey := os.Getenv("${t.env}")\n\tif key == "" {\n\t\tkey = default${camel(t.env).replace(/^./, (c) => c.toUpperCase())}\n\t}\n\t_ = http.DefaultClient\n\t_ = key\n}\n`, t) },
  { name: "csharp-code", http: true, fn: (t, r) => plain(`var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("${r.pick(["upstream", "vendor", "partner"])}", c =>\n{\n    c.BaseAddress = new Uri("https://${hostOf(t)}/");\n    c.DefaultRequestHeaders.Add("${hdrOf(t)[0]}", "${hdrOf(t)[1]}${t.value}");\n});\n`, t) },
  { name: "ruby-code", fn: (t, r) => plain(`# config/initializers/${snake(t.env).split("_")[0]}.rb\nRails.application.configure do\n  config.x.${snake(t.env)} = ENV.fetch("${t.env}", "${t.value}")\nend\n`, t) },
  { name: "php-code", fn: (t, r) => plain(`<?php\n// config/services.php\nreturn [\n    '${snake(t.env).split("_")[0]}' => [\n        '${snake(t.env)}' => env('${t.env}', '${t.value}'),\n        'timeout' => ${r.range(5, 30)},\n    ],\n];\n`, t) },
  { name: "rust-code", fn: (t, r) => plain(`use std::env;\n\nfn ${snake(t.env)}() -> String {\n    env::var("${t.env}").unwrap_or_else(|_| "${t.value}".to_string())\n}\n`, t) },
  { name: "android-local-properties", fn: (t, r) => plain(`## This file must *NOT* be checked into Version Control Systems\nsdk.dir=/Users/${r.pick(["dev", "mika", "sam"])}/Library/Android/sdk\n${snake(t.env).replace(/_/g, ".")}=${t.value}\n`, t) },
  { name: "ios-xcconfig", fn: (t, r) => plain(`// Secrets.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = com.acme.${r.pick(["app", "tracker", "notes"])}\n${t.env} = ${t.value}\n`, t) },
  { name: "dart-const", fn: (t, r) => plain(`// lib/env.dart\nclass Env {\n  static const ${camel(t.env)} = '${t.value}';\n  static const baseUrl = 'https://${hostOf(t)}';\n}\n`, t) },
  { name: "tfvars", fn: (t, r) => plain(`# ${r.pick(["prod", "staging"])}.auto.tfvars\n${(t.extra ?? []).map(([k, v]) => `${snake(k)} = "${v}"`).join("\n")}\n${snake(t.env)} = "${t.value}"\nenvironment = "${r.pick(["prod", "staging"])}"\n`, t) },
  { name: "terraform-plan", fn: (t, r) => plain(`  # ${r.pick(["aws_lambda_function.api", "google_cloud_run_service.web", "azurerm_linux_function_app.fn"])} will be updated in-place\n  ~ resource {\n      ~ environment {\n          ~ variables = {\n              + "${t.env}" = "${t.value}"\n                "STAGE"      = "prod"\n            }\n        }\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`, t) },
  { name: "json-log", fn: (t, r) => plain(`{"level":"debug","ts":"2026-12-0${r.range(1, 6)}T0${r.range(0, 9)}:1${r.range(0, 9)}:0${r.range(0, 9)}Z","msg":"loaded provider config","trace_id":"${r.hex(32)}","config":{"${camel(t.env)}":"${t.value}","timeout":30}}`, t) },
  { name: "python-traceback-locals", http: true, fn: (t, r) => plain(`Traceback (most recent call last):\n  File "/app/worker.py", line ${r.range(20, 300)}, in sync\n    resp = session.post(url, headers=headers)\n    headers = {'${hdrOf(t)[0]}': '${hdrOf(t)[1]}${t.value}', 'Accept': 'application/json'}\n    url = 'https://${hostOf(t)}/v1/sync'\nrequests.exceptions.HTTPError: 403 Client Error: Forbidden`, t) },
  { name: "jupyter-cell", fn: (t, r) => plain(JSON.stringify({ cells: [{ cell_type: "code", execution_count: r.range(1, 40), metadata: {}, source: ["import os\n", `os.environ["${t.env}"] = "${t.value}"\n`, "df = load()\n"], outputs: [] }], nbformat: 4, nbformat_minor: 5 }, null, 1), t) },
  { name: "sql-insert", fn: (t, r) => plain(`-- seed integrations\nINSERT INTO integration_credentials (tenant_id, provider, ${snake(t.env)}, created_at)\nVALUES (${r.range(1, 999)}, '${t.provider}', '${t.value}', now());`, t) },
  { name: "markdown-issue", fn: (t, r) => plain(`### Bug: ${t.provider} integration returns 401\n\n${prose(r)}\n\nSteps:\n1. set \`${t.env}=${t.value}\`\n2. run \`make sync\`\n\nExpected: 200, got 401.`, t) },
  { name: "unified-diff", fn: (t, r) => { const f = r.pick(["deploy/.env.prod", "config/settings.env", "infra/env/staging.env"]); return plain(`diff --git a/${f} b/${f}\nindex ${r.hex(7)}..${r.hex(7)} 100644\n--- a/${f}\n+++ b/${f}\n@@ -3,4 +3,5 @@ APP_NAME=api\n LOG_LEVEL=info\n-${t.env}=\n+${t.env}=${t.value}\n FEATURE_FLAGS=beta\n`, t); } },
  { name: "github-actions", fn: (t, r) => plain(`name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  release:\n    runs-on: ubuntu-latest\n    env:\n${envLines(t, ": ").map((l) => `      ${l}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ${r.pick(["npm ci && npm run release", "make deploy", "./scripts/publish.sh"])}\n`, t) },
  { name: "gitlab-ci", fn: (t, r) => plain(`variables:\n${envLines(t, ": ").map((l) => `  ${l}`).join("\n")}\n\ndeploy:\n  stage: deploy\n  image: ${r.pick(["node:22", "python:3.12", "golang:1.23"])}\n  script:\n    - ./deploy.sh\n`, t) },
  { name: "dockerfile", fn: (t, r) => plain(`FROM ${r.pick(["python:3.12-slim", "node:22-alpine", "eclipse-temurin:21-jre"])}\nWORKDIR /app\nCOPY . .\n${envLines(t).map((l) => `ENV ${l}`).join("\n")}\nCMD ["./start.sh"]\n`, t) },
  { name: "chat-prose", fn: (t, r) => plain(`${prose(r)}\n${r.pick(["the key is", "token:", "using", "clave:", "Schlüssel:", "キー:"])} ${t.value}\n${r.pick(["thanks!", "", "gracias", "danke"])}`, t) },
  { name: "systemd-unit", fn: (t, r) => plain(`[Unit]\nDescription=${r.pick(["API server", "Queue worker", "Metrics shipper"])}\nAfter=network-online.target\n\n[Service]\n${envLines(t).map((l) => `Environment=${l}`).join("\n")}\nExecStart=/usr/local/bin/${r.pick(["apid", "worker", "shipper"])}\nRestart=always\n`, t) },
  { name: "crontab", fn: (t, r) => plain(`# m h dom mon dow command\n${r.range(0, 59)} ${r.range(0, 23)} * * * ${envLines(t).join(" ")} /opt/jobs/${r.pick(["nightly_export.sh", "sync.py", "cleanup"])} >> /var/log/job.log 2>&1`, t) },
  { name: "makefile", fn: (t, r) => plain(`${t.env} ?= ${t.value}\n\n.PHONY: deploy\ndeploy:\n\t${t.env}=$(${t.env}) ./scripts/deploy.sh ${r.pick(["prod", "staging"])}\n`, t) },
  { name: "powershell", fn: (t, r) => plain(`PS C:\\src\\${r.pick(["api", "tools", "infra"])}> $env:${t.env} = "${t.value}"\nPS C:\\src\\api> dotnet run --project .\\src\\Api\n`, t) },
  { name: "ansible-vars", fn: (t, r) => plain(`---\n# group_vars/${r.pick(["web", "db", "all"])}.yml\napp_user: deploy\n${envLines(t, ": ").map((l) => snake(l.split(": ")[0]!) + ": \"" + l.split(": ").slice(1).join(": ") + "\"").join("\n")}\n`, t) },
  { name: "cli-secret-set", fn: (t, r) => plain(r.pick([`gh secret set ${t.env} --repo acme/${r.pick(["api", "web"])} --body "${t.value}"`, `vercel env add ${t.env} production <<< "${t.value}"`, `fly secrets set ${t.env}=${t.value} -a ${r.pick(["acme-api", "acme-web"])}`, `heroku config:set ${t.env}=${t.value} -a acme-${r.pick(["api", "jobs"])}`]), t) },
  { name: "chat-base64", fn: (t, r) => { const v = b64(`${t.env}=${t.value}\n`); return { text: JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `${prose(r)} (base64 of my env line, decode it)\n${v}` }] }), needles: [v] }; } },
  { name: "raw-http", http: true, fn: (t, r) => { const [h, p] = hdrOf(t); return plain(`POST /v1/${r.pick(["messages", "charges", "events", "upload"])} HTTP/1.1\r\nHost: ${hostOf(t)}\r\n${h}: ${p}${t.value}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`, t); } },
  { name: "python-requests", http: true, fn: (t, r) => { const [h, p] = hdrOf(t); return plain(`import requests\n\nresp = requests.get(\n    "https://${hostOf(t)}/v1/${r.pick(["users", "orders", "metrics"])}",\n    headers={"${h}": "${p}${t.value}"},\n    timeout=10,\n)\nprint(resp.json())\n`, t); } },
  { name: "postman-collection", http: true, fn: (t, r) => { const [h, p] = hdrOf(t); return plain(JSON.stringify({ info: { name: `${t.provider} API`, schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, item: [{ name: "List", request: { method: "GET", header: [{ key: h, value: `${p}${t.value}`, type: "text" }], url: { raw: `https://${hostOf(t)}/v1/list` } } }] }, null, 2), t); } },
  { name: "renviron", fn: (t, r) => plain(`# ~/.Renviron\nR_LIBS_USER=~/R/library\n${envLines(t).join("\n")}\n`, t) },
  { name: "lambda-update-cli", fn: (t, r) => { const v = JSON.stringify({ Variables: Object.fromEntries(envLines(t).map((l) => [l.split("=")[0], l.split("=").slice(1).join("=")])) }); return plain(`aws lambda update-function-configuration --function-name ${r.pick(["orders-api", "thumbnailer", "ingest"])} --environment '${v}'`, t); } },
  { name: "js-split-concat", longOk: true, fn: (t, r) => { const k = Math.max(4, Math.floor(t.value.length / 2)); const a = t.value.slice(0, k), b = t.value.slice(k); return { text: `// keep scanners quiet lol\nconst ${camel(t.env)} = "${a}" +\n  "${b}";\nexport default ${camel(t.env)};`, needles: [a, b] }; } },
  { name: "yaml-folded-wrap", longOk: true, fn: (t, r) => { const w = 32; const parts: string[] = []; for (let i = 0; i < t.value.length; i += w) parts.push(t.value.slice(i, i + w)); return { text: `${snake(t.env)}: >-\n${parts.map((p) => `  ${p}`).join("\n")}\nregion: ${r.pick(["eu-central-1", "us-west-2"])}\n`, needles: parts }; } },
];

let SEQ = 0;
/** Builds a case after checking every needle is in the text. */
export function mk(id: string, category: string, label: "positive" | "benign", text: string, needles: string[], note: string): CorpusCase {
  for (const n of needles) if (!text.includes(n)) throw new Error(`${id}: needle missing from text (${note})`);
  SEQ++;
  return { id, kind: "secrets", category, label, text, note };
}

/** Renders tokens through the renderers in rotation, skipping HTTP-only renderers for non-HTTP tokens. */
export class Rotator {
  private i = 0;
  constructor(private readonly list: Renderer[], start = 0) { this.i = start; }
  next(t: Tok): Renderer {
    for (let n = 0; n < this.list.length * 2; n++) {
      const rd = this.list[this.i++ % this.list.length]!;
      if (rd.http && !t.hdr) continue;
      return rd;
    }
    throw new Error("no renderer");
  }
}

// PEM helpers
export function wrap64(s: string, w = 64): string {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += w) out.push(s.slice(i, i + w));
  return out.join("\n");
}
export function pem(label: string, body: string): string {
  return `-----BEGIN ${label}-----\n${wrap64(body)}\n-----END ${label}-----`;
}
