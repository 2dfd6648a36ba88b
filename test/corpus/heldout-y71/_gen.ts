// Shared generator for heldout-y71: seeded PRNG helpers and context renderers. Skipped by the
// loader (leading underscore, no .cases.ts suffix). Every credential-shaped value is built here at
// run time from a fixed seed, so the repository holds no literal credential.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const H = "0123456789abcdef";
export const HU = "0123456789ABCDEF";
export const D = "0123456789";
export const U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const L = "abcdefghijklmnopqrstuvwxyz0123456789";
export const B64 = `${A}+/`;
export const B64U = `${A}-_`;
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen extends SeededRng {
  s(n: number, alpha = A): string {
    return this.str(n, alpha);
  }
  /** Join parts (used to keep prefixes split from bodies in the source). */
  j(...p: string[]): string {
    return p.join("");
  }
  uuid(): string {
    return `${this.s(8, H)}-${this.s(4, H)}-4${this.s(3, H)}-${this.pick(["8", "9", "a", "b"])}${this.s(3, H)}-${this.s(12, H)}`;
  }
  b64(nbytes: number): string {
    return Buffer.from(this.bytes(nbytes)).toString("base64");
  }
  b64url(nbytes: number): string {
    return Buffer.from(this.bytes(nbytes)).toString("base64url");
  }
  jwt(payload: Record<string, unknown>): string {
    const h = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
    const p = Buffer.from(JSON.stringify(payload)).toString("base64url");
    return `${h}.${p}.${this.b64url(32)}`;
  }
  pem(label: string, nbytes: number): string {
    const body = this.b64(nbytes).match(/.{1,64}/g)!.join("\n");
    return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
  }
}

/** A credential to render: provider, env var / slot name, value. */
export interface Tok {
  provider: string;
  group: string;
  env: string;
  value: string;
  /** header name when the credential travels in a header (default Authorization: Bearer). */
  header?: string;
  /** Extra env lines that belong with the secret (e.g. an account id). */
  extra?: [string, string][];
}

const lc = (s: string) => s.toLowerCase();
const camel = (s: string) => lc(s).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

function envBlock(t: Tok, g: Gen): string {
  const lines = [
    `NODE_ENV=production`,
    `PORT=${g.range(3000, 9000)}`,
    ...(t.extra ?? []).map(([k, v]) => `${k}=${v}`),
    `${t.env}=${t.value}`,
    `LOG_LEVEL=info`,
  ];
  return lines.join("\n");
}

function hdr(t: Tok): string {
  return t.header ? `${t.header}: ${t.value}` : `Authorization: Bearer ${t.value}`;
}

const hosts = ["api.internal.example.net", "svc.acme-corp.io", "backend.staging.example.org", "gateway.shopfront.dev"];

export type Renderer = (t: Tok, g: Gen) => string;

export const renderers: [string, Renderer][] = [
  ["openai chat body, pasted .env", (t, g) =>
    JSON.stringify({ model: "gpt-4o", messages: [
      { role: "system", content: "You are a helpful coding assistant." },
      { role: "user", content: `my app won't boot in prod, here's the .env:\n\n${envBlock(t, g)}\n\nwhat's wrong?` },
    ], temperature: 0.2 }, null, 2)],
  ["anthropic tool_use write_file .env", (t, g) =>
    JSON.stringify({ role: "assistant", content: [
      { type: "text", text: "I'll create the environment file for local development." },
      { type: "tool_use", id: `toolu_01${g.s(22)}`, name: "write_file", input: { path: ".env.local", content: envBlock(t, g) + "\n" } },
    ] })],
  ["openai tool_calls shell command", (t, g) =>
    JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: `call_${g.s(24)}`, type: "function", function: {
      name: "run_shell", arguments: JSON.stringify({ command: `export ${t.env}='${t.value}' && npm run deploy -- --env production` }) } }] })],
  ["MCP tool result echoing config file", (t, g) =>
    JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text",
      text: `# config/settings.yaml\nservice:\n  name: ${lc(t.provider.replace(/\W+/g, "-"))}-sync\n  region: eu-west-1\ncredentials:\n  ${lc(t.env)}: "${t.value}"\n  timeout_ms: 5000\n` }], isError: false } }, null, 2)],
  ["curl command header", (t, g) =>
    `curl -sS -X POST https://${g.pick(hosts)}/v1/jobs \\\n  -H "${hdr(t)}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"nightly-sync","dry_run":false}'`],
  ["raw HTTP request header", (t, g) =>
    `POST /v2/events HTTP/1.1\r\nHost: ${g.pick(hosts)}\r\nUser-Agent: python-requests/2.31.0\r\n${hdr(t)}\r\nContent-Type: application/json\r\nContent-Length: 42\r\n\r\n{"event":"deploy","status":"ok","n":${g.range(1, 99)}}`],
  ["URL query string", (t, g) =>
    `GET https://${g.pick(hosts)}/api/v1/report?format=json&${lc(t.env)}=${encodeURIComponent(t.value)}&page=${g.range(1, 9)}\n-> 200 OK (${g.range(20, 400)} ms)`],
  ["form-encoded POST body", (t, g) =>
    `POST /oauth/token HTTP/1.1\nHost: ${g.pick(hosts)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-${g.s(6, L)}&${lc(t.env)}=${encodeURIComponent(t.value)}&scope=read`],
  ["multipart form upload", (t, g) => {
    const b = `----WebKitFormBoundary${g.s(16)}`;
    return `POST /upload HTTP/1.1\nHost: ${g.pick(hosts)}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${lc(t.env)}"\n\n${t.value}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,20\n--${b}--`;
  }],
  ["JSON request body (fetch)", (t, g) =>
    `await fetch("https://${g.pick(hosts)}/integrations", {\n  method: "POST",\n  headers: { "Content-Type": "application/json" },\n  body: JSON.stringify({"provider": "${t.provider}", "${camel(t.env)}": "${t.value}", "enabled": true}),\n});`],
  [".env file", (t, g) => `# .env.production\n${envBlock(t, g)}\nSENTRY_ENVIRONMENT=production`],
  ["docker-compose YAML environment", (t, g) =>
    `services:\n  api:\n    image: ghcr.io/acme/api:${g.range(1, 9)}.${g.range(0, 20)}.${g.range(0, 9)}\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n${(t.extra ?? []).map(([k, v]) => `      - ${k}=${v}\n`).join("")}      - ${t.env}=${t.value}\n    restart: unless-stopped`],
  ["TOML config", (t, g) =>
    `[app]\nname = "worker"\nworkers = ${g.range(2, 16)}\n\n[${lc(t.provider.replace(/\W+/g, "_"))}]\n${(t.extra ?? []).map(([k, v]) => `${lc(k)} = "${v}"\n`).join("")}${lc(t.env)} = "${t.value}"\ntimeout = 30`],
  ["INI config", (t, g) =>
    `[general]\ndebug = false\nretries = ${g.range(1, 5)}\n\n[${lc(t.provider.replace(/\W+/g, "_"))}]\n${(t.extra ?? []).map(([k, v]) => `${lc(k)} = ${v}\n`).join("")}${lc(t.env)} = ${t.value}\n`],
  [".properties file", (t, g) =>
    `# application-prod.properties\nserver.port=${g.range(8000, 8999)}\nspring.profiles.active=prod\n${(t.extra ?? []).map(([k, v]) => `app.${lc(k).replace(/_/g, ".")}=${v}\n`).join("")}app.${lc(t.env).replace(/_/g, ".")}=${t.value}\nlogging.level.root=INFO`],
  ["JSON config file", (t, _g) =>
    JSON.stringify({ name: "sync-service", version: "2.3.1", integrations: { [camel(t.provider.replace(/\W+/g, "_"))]: {
      ...Object.fromEntries((t.extra ?? []).map(([k, v]) => [camel(k), v])), [camel(t.env)]: t.value, enabled: true } } }, null, 2)],
  ["Terraform HCL", (t, g) =>
    `variable "${lc(t.env)}" {\n  type      = string\n  sensitive = true\n  default   = "${t.value}"\n}\n\nresource "kubernetes_secret" "app" {\n  metadata { name = "app-${g.s(5, L)}" }\n  data = { ${t.env} = var.${lc(t.env)} }\n}`],
  ["XML appSettings", (t, _g) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${(t.extra ?? []).map(([k, v]) => `    <add key="${k}" value="${v}" />\n`).join("")}    <add key="${t.env}" value="${t.value}" />\n  </appSettings>\n</configuration>`],
  ["Python code env default", (t, _g) =>
    `import os\nimport requests\n\n${t.env} = os.environ.get("${t.env}", "${t.value}")\n\ndef client():\n    s = requests.Session()\n    s.headers["${t.header ?? "Authorization"}"] = ${t.header ? t.env : `f"Bearer {${t.env}}"`}\n    return s\n`],
  ["TypeScript SDK constructor", (t, _g) =>
    `import { createClient } from "./lib/${lc(t.provider.replace(/\W+/g, "-"))}";\n\nexport const client = createClient({\n  ${camel(t.env)}: process.env.${t.env} ?? "${t.value}",\n  timeout: 10_000,\n});\n`],
  ["Go code constant", (t, _g) =>
    `package config\n\nimport "os"\n\nconst default${camel(t.env).replace(/^./, (c) => c.toUpperCase())} = "${t.value}"\n\nfunc ${camel(t.env).replace(/^./, (c) => c.toUpperCase())}() string {\n\tif v := os.Getenv("${t.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${camel(t.env).replace(/^./, (c) => c.toUpperCase())}\n}\n`],
  ["Java static field", (t, _g) =>
    `public final class Secrets {\n    private Secrets() {}\n\n    public static final String ${t.env} =\n        System.getenv().getOrDefault("${t.env}", "${t.value}");\n}\n`],
  ["C# options", (t, _g) =>
    `services.Configure<IntegrationOptions>(o =>\n{\n    o.BaseUrl = "https://api.example.com";\n    o.${camel(t.env).replace(/^./, (c) => c.toUpperCase())} = "${t.value}";\n});`],
  ["Ruby initializer", (t, _g) =>
    `# config/initializers/${lc(t.provider.replace(/\W+/g, "_"))}.rb\nRails.application.config.x.integrations = {\n  ${lc(t.env)}: ENV.fetch("${t.env}", "${t.value}"),\n  timeout: 15\n}\n`],
  ["PHP config array", (t, _g) =>
    `<?php\n\nreturn [\n    'driver' => 'http',\n    '${lc(t.env)}' => env('${t.env}', '${t.value}'),\n    'timeout' => 20,\n];\n`],
  ["Rust test fixture", (t, _g) =>
    `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[tokio::test]\n    async fn live_roundtrip() {\n        let key = std::env::var("${t.env}").unwrap_or_else(|_| "${t.value}".to_string());\n        let c = Client::new(&key);\n        assert!(c.ping().await.is_ok());\n    }\n}\n`],
  ["GitHub Actions CI log", (t, g) =>
    `2026-11-${g.range(10, 28)}T0${g.range(1, 9)}:14:${g.range(10, 59)}.${g.s(7, D)}Z ##[group]Run ./scripts/deploy.sh\n2026-11-${g.range(10, 28)}T0${g.range(1, 9)}:14:${g.range(10, 59)}.${g.s(7, D)}Z + echo "using ${t.env}=${t.value}"\n2026-11-${g.range(10, 28)}T0${g.range(1, 9)}:14:${g.range(10, 59)}.${g.s(7, D)}Z using ${t.env}=${t.value}\n2026-11-${g.range(10, 28)}T0${g.range(1, 9)}:14:${g.range(10, 59)}.${g.s(7, D)}Z Deploying build ${g.s(7, H)}...\n##[endgroup]`],
  ["shell history", (t, g) =>
    ` ${g.range(400, 999)}  cd ~/src/api\n ${g.range(1000, 1400)}  git pull --rebase\n ${g.range(1401, 1800)}  export ${t.env}=${t.value}\n ${g.range(1801, 1999)}  make run\n ${g.range(2000, 2200)}  history | tail`],
  ["Python crash dump with locals", (t, g) =>
    `Traceback (most recent call last):\n  File "/app/worker/sync.py", line ${g.range(40, 300)}, in push\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 502 Server Error: Bad Gateway\n\nLocals at frame push:\n    url = 'https://${g.pick(hosts)}/v1/push'\n    ${lc(t.env)} = '${t.value}'\n    retries = 3`],
  ["Jupyter notebook cell", (t, g) =>
    JSON.stringify({ cells: [{ cell_type: "code", execution_count: g.range(1, 40), metadata: {}, outputs: [],
      source: ["import os\n", `os.environ["${t.env}"] = "${t.value}"\n`, "df = load_dataset()\n"] }],
      metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1)],
  ["SQL seed insert", (t, g) =>
    `-- seed integrations\nINSERT INTO integrations (id, provider, ${lc(t.env)}, created_at)\nVALUES (${g.range(1, 500)}, '${t.provider}', '${t.value}', NOW());`],
  ["Markdown README setup", (t, _g) =>
    `## Local setup\n\n1. Copy the env template.\n2. Set the ${t.provider} credential:\n\n\`\`\`bash\nexport ${t.env}="${t.value}"\n\`\`\`\n\n3. Run \`make dev\`.`],
  ["unified diff", (t, g) =>
    `diff --git a/config/prod.env b/config/prod.env\nindex ${g.s(7, H)}..${g.s(7, H)} 100644\n--- a/config/prod.env\n+++ b/config/prod.env\n@@ -3,4 +3,4 @@\n LOG_LEVEL=info\n-${t.env}=changeme\n+${t.env}=${t.value}\n REGION=eu-west-1`],
  ["chat message to teammate", (t, _g) =>
    JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user",
      content: `draft a slack reply to Priya: "hey, the ${t.provider} key for staging is ${t.value} — rotate it after the demo pls"` }] })],
  ["Dockerfile ENV", (t, g) =>
    `FROM node:${g.range(18, 22)}-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nENV ${t.env}=${t.value}\nCMD ["node", "dist/server.js"]`],
  ["k8s Secret stringData", (t, g) =>
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets-${g.s(5, L)}\n  namespace: prod\ntype: Opaque\nstringData:\n  ${t.env}: "${t.value}"`],
];

/** Render tokens through the rotating renderers into cases. */
export function renderCases(toks: Tok[], g: Gen, idPrefix: string, offset: number, cat = (t: Tok) => `heldouty71-sec-${t.group}`): CorpusCase[] {
  return toks.map((t, i) => {
    const [ctx, r] = renderers[(i + offset) % renderers.length]!;
    return {
      id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: cat(t),
      label: "positive",
      text: r(t, g),
      note: `${t.provider}: ${t.env} in ${ctx}`,
    } satisfies CorpusCase;
  });
}
