// Shared PRNG helpers and context renderers for heldout-y34 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time from a split prefix and a seeded body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const ANL = LO + DIG;
export const ANU = UP + DIG;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const B64U = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen extends SeededRng {
  a(n: number) { return this.str(n, AN); }
  l(n: number) { return this.str(n, ANL); }
  u(n: number) { return this.str(n, ANU); }
  h(n: number) { return this.str(n, HEX); }
  H(n: number) { return this.str(n, HEXU); }
  d(n: number) { return this.str(1, "123456789") + this.str(n - 1, DIG); }
  b64(n: number) { return this.str(n, B64); }
  b64u(n: number) { return this.str(n, B64U); }
  uuid() { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  jwt(payload: object) {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.b64u(43)].join(".");
  }
  pem(label: string, lines: number) {
    const body: string[] = [];
    for (let i = 0; i < lines; i++) body.push(this.b64(64));
    body.push(this.b64(this.range(20, 60)) + "==");
    return ["-----BEGIN " + label + "-----", ...body, "-----END " + label + "-----"].join("\n");
  }
}

/** A token spec: provider, env-style slot name, group, header style, and a builder. */
export interface Spec {
  p: string;
  k: string;
  g: string;
  mk: (g: Gen) => string;
  /** how the value travels in HTTP: "bearer" | header name | "query:<name>" | "basic" */
  hdr?: string;
  host?: string;
  n?: number;
}

const j = (s: string) => JSON.stringify(s);
const camel = (k: string) => k.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const low = (k: string) => k.toLowerCase();
const dotted = (k: string) => k.toLowerCase().replace(/_/g, ".");

export type Renderer = { name: string; r: (k: string, v: string, s: Spec, g: Gen) => string };

function httpLine(s: Spec, v: string): { hdr: string; url: string } {
  const host = s.host ?? `api.${s.p.toLowerCase().replace(/[^a-z0-9]/g, "")}.com`;
  const h = s.hdr ?? "bearer";
  if (h === "bearer") return { hdr: `Authorization: Bearer ${v}`, url: `https://${host}/v1/items` };
  if (h === "token") return { hdr: `Authorization: token ${v}`, url: `https://${host}/v1/items` };
  if (h.startsWith("query:")) return { hdr: "Accept: application/json", url: `https://${host}/v1/items?${h.slice(6)}=${encodeURIComponent(v)}` };
  if (h === "basic") return { hdr: `Authorization: Basic ${Buffer.from(`api:${v}`).toString("base64")}`, url: `https://${host}/v1/items` };
  if (h.endsWith("=")) return { hdr: `${h}${v}`, url: `https://${host}/v1/items` };
  if (h.includes(": ") || h.endsWith(":")) return { hdr: `${h} ${v}`, url: `https://${host}/v1/items` };
  return { hdr: `${h}: ${v}`, url: `https://${host}/v1/items` };
}

export const renderers: Renderer[] = [
  { name: "chat body with pasted .env", r: (k, v, s, g) => JSON.stringify({
      model: "claude-sonnet-4-5", max_tokens: 4096,
      messages: [{ role: "user", content: `my app won't start, here's the .env:\n\nNODE_ENV=production\nPORT=8080\nDATABASE_POOL=10\n${k}=${v}\nLOG_LEVEL=debug\n\nerror is ECONNREFUSED on boot, any idea?` }],
    }, null, 2) },
  { name: "anthropic tool_use write_file config.yaml", r: (k, v, s, g) => JSON.stringify({
      role: "assistant", content: [
        { type: "text", text: "I'll write the config file with the credentials you gave me." },
        { type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file",
          input: { path: "config/settings.yaml", content: `app:\n  name: billing-worker\n  region: eu-west-1\n${s.p.toLowerCase().replace(/[^a-z0-9]/g, "_")}:\n  ${low(k)}: "${v}"\n  timeout: 30\n` } },
      ] }, null, 2) },
  { name: "openai tool_calls shell export", r: (k, v, s, g) => JSON.stringify({
      role: "assistant", content: null, tool_calls: [{ id: `call_${g.a(24)}`, type: "function",
        function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${k}=${v} && npm run sync -- --dry-run`, cwd: "/home/dev/app" }) } }],
    }, null, 2) },
  { name: "MCP tool result echoing file", r: (k, v, s, g) => JSON.stringify({
      jsonrpc: "2.0", id: g.range(3, 90), result: { content: [{ type: "text",
        text: `# deploy/.env.production\nAPP_URL=https://app.internal.example.net\n${k}=${v}\nFEATURE_FLAGS=beta,export\n` }], isError: false },
    }, null, 2) },
  { name: "curl command", r: (k, v, s) => { const h = httpLine(s, v);
      return `$ curl -sS -X GET '${h.url}' \\\n    -H '${h.hdr}' \\\n    -H 'Content-Type: application/json' | jq '.data[0]'`; } },
  { name: "raw HTTP request", r: (k, v, s, g) => { const h = httpLine(s, v); const u = new URL(h.url);
      return `GET ${u.pathname}${u.search} HTTP/1.1\r\nHost: ${u.host}\r\nUser-Agent: python-httpx/0.27.0\r\n${h.hdr}\r\nAccept-Encoding: gzip\r\nX-Request-Id: ${g.uuid()}\r\n\r\n`; } },
  { name: "form-encoded POST body", r: (k, v, s) =>
      `POST /oauth/token HTTP/1.1\nHost: ${s.host ?? "auth.example-service.io"}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-reporting&${low(k)}=${encodeURIComponent(v)}&scope=read` },
  { name: "multipart upload", r: (k, v, s, g) => { const b = `----WebKitFormBoundary${g.a(16)}`;
      return `POST /upload HTTP/1.1\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${low(k)}"\n\n${v}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,amount\n1,20\n--${b}--`; } },
  { name: "JSON request body", r: (k, v, s) =>
      `POST https://${s.host ?? "hooks.internal.dev"}/v2/connect\nContent-Type: application/json\n\n${JSON.stringify({ integration: s.p, credentials: { [camel(k)]: v }, sync: true }, null, 2)}` },
  { name: ".env file", r: (k, v) => `# generated by setup.sh\nAPP_ENV=production\nREDIS_TTL=3600\n${k}=${v}\nSENTRY_ENVIRONMENT=prod\n` },
  { name: "YAML config", r: (k, v, s) =>
      `# config/production.yml\nserver:\n  port: 8443\n  workers: 4\nintegrations:\n  ${s.p.toLowerCase().replace(/[^a-z0-9]/g, "_")}:\n    enabled: true\n    ${low(k)}: ${v}\n    retries: 3\n` },
  { name: "TOML config", r: (k, v, s) =>
      `[server]\nhost = "0.0.0.0"\nport = 9000\n\n[${s.p.toLowerCase().replace(/[^a-z0-9]/g, "_")}]\n${low(k)} = "${v}"\nverify_tls = true\n` },
  { name: "INI config", r: (k, v, s) =>
      `; ~/.config/tool/credentials.ini\n[default]\nregion = us-east-1\noutput = json\n\n[${s.p.toLowerCase().replace(/[^a-z0-9]/g, "-")}]\n${low(k)} = ${v}\n` },
  { name: "Java .properties", r: (k, v) =>
      `# application-prod.properties\nspring.datasource.hikari.maximum-pool-size=12\nserver.port=8081\nintegration.${dotted(k)}=${v}\nlogging.level.root=INFO\n` },
  { name: "JSON config file", r: (k, v, s) => JSON.stringify({
      name: "sync-service", version: "2.3.1", env: "production",
      providers: { [s.p]: { [camel(k)]: v, timeoutMs: 15000 } } }, null, 2) },
  { name: "Terraform HCL", r: (k, v, s) =>
      `variable "region" {\n  default = "us-west-2"\n}\n\nresource "kubernetes_secret" "app" {\n  metadata {\n    name = "app-env"\n  }\n  data = {\n    ${k} = "${v}"\n  }\n}\n` },
  { name: "XML config", r: (k, v) =>
      `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${k}" value="${v}" />\n    <add key="RetryCount" value="5" />\n  </appSettings>\n</configuration>` },
  { name: "Python SDK/env default", r: (k, v) =>
      `import os\nimport httpx\n\n${k} = os.environ.get("${k}", "${v}")\n\nclient = httpx.Client(timeout=20.0, headers={"Authorization": f"Bearer {${k}}"})\n\ndef fetch(path: str):\n    return client.get(path).json()\n` },
  { name: "TypeScript client", r: (k, v) =>
      `import { createClient } from "./client";\n\nconst ${camel(k)} = process.env.${k} ?? "${v}";\n\nexport const client = createClient({\n  ${camel(k)},\n  baseUrl: "https://api.example-partner.io",\n  retries: 2,\n});\n` },
  { name: "Go code", r: (k, v) =>
      `package config\n\nimport "os"\n\nfunc Load() Config {\n\tkey := os.Getenv("${k}")\n\tif key == "" {\n\t\tkey = "${v}"\n\t}\n\treturn Config{APIKey: key, Timeout: 30}\n}\n` },
  { name: "Java code", r: (k, v) =>
      `public final class Credentials {\n    private static final String ${k} = "${v}";\n\n    public static String get() {\n        String env = System.getenv("${k}");\n        return env != null ? env : ${k};\n    }\n}\n` },
  { name: "C# code", r: (k, v) =>
      `public class ProviderOptions\n{\n    public string ${camel(k).replace(/^./, (c) => c.toUpperCase())} { get; set; } = "${v}";\n    public int TimeoutSeconds { get; set; } = 30;\n}\n` },
  { name: "Ruby initializer", r: (k, v, s) =>
      `# config/initializers/${s.p.toLowerCase().replace(/[^a-z0-9]/g, "_")}.rb\nRails.application.config.x.integration = {\n  ${low(k)}: ENV.fetch("${k}", "${v}"),\n  timeout: 15\n}\n` },
  { name: "PHP config", r: (k, v) =>
      `<?php\n\nreturn [\n    'debug' => false,\n    '${low(k)}' => env('${k}', '${v}'),\n    'timeout' => 30,\n];\n` },
  { name: "Rust test fixture", r: (k, v) =>
      `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    const ${k}: &str = "${v}";\n\n    #[tokio::test]\n    async fn lists_items() {\n        let c = Client::new(${k});\n        assert!(c.list().await.is_ok());\n    }\n}\n` },
  { name: "GitHub Actions CI log", r: (k, v, s, g) =>
      `2026-11-${String(g.range(10, 28))}T09:${String(g.range(10, 59))}:12.4410Z ##[group]Run ./scripts/deploy.sh\n2026-11-18T09:14:12.4420Z + echo "using ${k}=${v}"\n2026-11-18T09:14:12.4431Z using ${k}=${v}\n2026-11-18T09:14:13.0012Z Deploying build ${g.h(7)} to production\n2026-11-18T09:14:15.8120Z ##[endgroup]` },
  { name: "shell history", r: (k, v, s, g) =>
      `  501  cd ~/src/infra\n  502  git pull --rebase\n  503  export ${k}='${v}'\n  504  ./bin/migrate --env prod\n  505  history | tail -n 20` },
  { name: "Python crash dump with locals", r: (k, v) =>
      `Traceback (most recent call last):\n  File "/srv/app/worker.py", line 88, in run\n    resp = session.post(url, headers=headers, timeout=10)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.ConnectionError: HTTPSConnectionPool: Max retries exceeded\n\nLocals at frame run:\n    url = 'https://api.partner.io/v1/ingest'\n    headers = {'Content-Type': 'application/json', '${k}': '${v}'}\n    attempt = 3` },
  { name: "Jupyter notebook cell", r: (k, v) => JSON.stringify({
      cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [],
        source: ["import os\n", `os.environ["${k}"] = "${v}"\n`, "df = load_dataset()\n"] }],
      metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", r: (k, v, s, g) =>
      `-- seed/integrations.sql\nINSERT INTO integration_credentials (id, tenant_id, provider, secret_value, created_at)\nVALUES (${g.range(10, 900)}, 42, '${s.p}', '${v}', NOW());\n` },
  { name: "Markdown README", r: (k, v, s) =>
      `## Local setup\n\n1. Copy the env file: \`cp .env.example .env\`\n2. Set the ${s.p} credential (team shared one):\n\n\`\`\`bash\nexport ${k}="${v}"\n\`\`\`\n\n3. Run \`make dev\`.\n` },
  { name: "unified diff", r: (k, v, s, g) =>
      `diff --git a/deploy/values.yaml b/deploy/values.yaml\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/deploy/values.yaml\n+++ b/deploy/values.yaml\n@@ -12,6 +12,7 @@ env:\n   - name: LOG_LEVEL\n     value: info\n+  - name: ${k}\n+    value: "${v}"\n   - name: WORKERS\n     value: "4"\n` },
  { name: "chat message to agent", r: (k, v, s) => JSON.stringify({
      role: "user", content: [{ type: "text", text: `here's the ${s.p} key from the vault, wire it into the sync job please: ${v}` }] }) },
  { name: "docker run -e", r: (k, v) =>
      `docker run -d --name worker --restart unless-stopped \\\n  -e NODE_ENV=production \\\n  -e ${k}=${v} \\\n  -p 3000:3000 ghcr.io/acme/worker:1.8.2` },
  { name: "k8s Secret stringData", r: (k, v) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: worker-env\n  namespace: prod\ntype: Opaque\nstringData:\n  ${k}: "${v}"\n` },
  { name: "Dockerfile ENV", r: (k, v) =>
      `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${k}=${v}\nCOPY . .\nCMD ["node", "dist/index.js"]\n` },
];

/** Rotate specs over the renderers; each spec yields s.n ?? 1 cases. */
export function build(seed: number, idp: string, catPrefix: string, specs: Spec[], offset = 0): CorpusCase[] {
  const g = new Gen(seed);
  const out: CorpusCase[] = [];
  let i = 0;
  for (const s of specs) {
    for (let rep = 0; rep < (s.n ?? 1); rep++) {
      const R = renderers[(i * 7 + offset + rep * 13) % renderers.length]!;
      const v = s.mk(g);
      out.push({
        id: `${idp}-${String(i + 1).padStart(3, "0")}`,
        kind: "secrets", category: `${catPrefix}-${s.g}`, label: "positive",
        text: R.r(s.k, v, s, g),
        note: `${s.p} ${s.k} in ${R.name}`,
      });
      i++;
    }
  }
  return out;
}
export { j };
