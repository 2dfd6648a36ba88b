// Shared PRNG builders and context renderers for heldout-y101 (skipped by the loader).
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
const AN = UP + LO + DG;

export class G extends SeededRng {
  a(n: number) { return this.str(n, AN); }
  h(n: number) { return this.str(n, "0123456789abcdef"); }
  H(n: number) { return this.str(n, "0123456789ABCDEF"); }
  d(n: number) { return this.str(1, "123456789") + this.str(n - 1, DG); }
  U(n: number) { return this.str(n, UP + DG); }
  l(n: number) { return this.str(n, LO + DG); }
  w(n: number) { return this.str(n, AN + "_-"); }
  b64(n: number) { return this.str(n, AN + "+/"); }
  uuid() { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  word() { return this.pick(["orion", "falcon", "atlas", "cedar", "ember", "harbor", "juniper", "maple", "nova", "quartz", "tundra", "willow"]); }
  host() { return `${this.word()}-${this.l(5)}`; }
  b64enc(s: string) { return Buffer.from(s).toString("base64"); }
  jwt(payload: Record<string, unknown>) {
    const e = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [e({ alg: "HS256", typ: "JWT" }), e(payload), this.w(43)].join(".");
  }
  pem(label: string, bytes: number) {
    const body = Buffer.from(this.bytes(bytes)).toString("base64").match(/.{1,64}/g)!.join("\n");
    return ["-----BEGIN ", label, "-----\n", body, "\n-----END ", label, "-----"].join("");
  }
}

export interface Spec {
  p: string; // provider + slot
  grp: string;
  env: string;
  v: (g: G) => string;
  url?: boolean; // value is a URL / connection string (not a header value)
  hdr?: string; // header name (default Authorization)
  sch?: string; // scheme (default Bearer)
}

export const S = (p: string, grp: string, env: string, v: (g: G) => string, o: Partial<Spec> = {}): Spec => ({ p, grp, env, v, ...o });

type R = { ctx: string; hdrOnly?: boolean; f: (g: G, s: Spec, v: string) => string };
const lc = (e: string) => e.toLowerCase();
const camel = (e: string) => lc(e).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const hv = (s: Spec, v: string) => {
  if (s.hdr) return `${s.hdr}: ${v}`;
  const sch = s.sch ?? "Bearer";
  return `Authorization: ${sch === "" ? "" : sch.endsWith("=") ? sch : sch + " "}${v}`;
};

export const RENDERERS: R[] = [
  { ctx: "OpenAI chat body, pasted .env (JSON-escaped)", f: (g, s, v) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "system", content: "You are a coding assistant." }, { role: "user", content: `why does the app crash on boot? here's my .env\n\nNODE_ENV=production\nPORT=8080\n${s.env}=${v}\nLOG_LEVEL=info\n` }], temperature: 0.2 }, null, 2) },
  { ctx: "Anthropic messages body, pasted docker-compose.yml", f: (g, s, v) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `Can you add a healthcheck to this compose file?\n\n\`\`\`yaml\nservices:\n  api:\n    image: ghcr.io/acme/api:1.${g.int(9)}.${g.int(9)}\n    ports:\n      - \"8080:8080\"\n    environment:\n      - ${s.env}=${v}\n      - REDIS_HOST=redis\n  redis:\n    image: redis:7\n\`\`\`` }] }) },
  { ctx: "Anthropic tool_use write_file .env", f: (g, s, v) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll create the env file." }, { type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: ".env.production", content: `APP_NAME=${g.word()}\n${s.env}=${v}\nDEBUG=false\n` } }] }) },
  { ctx: "OpenAI tool_calls shell export (double-escaped args)", f: (g, s, v) => JSON.stringify({ role: "assistant", tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s.env}="${v}" && npm run deploy -- --env prod` }) } }] }) },
  { ctx: "MCP tool result echoing read_file", f: (g, s, v) => JSON.stringify({ jsonrpc: "2.0", id: g.int(500), result: { content: [{ type: "text", text: `# config/settings.local.sh\nset -e\nexport AWS_REGION=us-east-1\nexport ${s.env}='${v}'\nexport FEATURE_FLAGS=beta\n` }], isError: false } }) },
  { ctx: "curl command header", hdrOnly: true, f: (g, s, v) => `$ curl -sS -X POST https://api.${g.word()}.example/v1/jobs \\\n  -H "${hv(s, v)}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"nightly-${g.int(99)}"}'` },
  { ctx: "raw HTTP request header", hdrOnly: true, f: (g, s, v) => `GET /v2/resources?limit=50 HTTP/1.1\r\nHost: api.${g.word()}.example\r\nUser-Agent: ${g.word()}-cli/2.${g.int(20)}.0\r\nAccept: application/json\r\n${hv(s, v)}\r\nX-Request-Id: ${g.uuid()}\r\n\r\n` },
  { ctx: "URL query string in log", f: (g, s, v) => `[${g.range(10, 23)}:${g.range(10, 59)}:0${g.int(9)}] fetch https://${g.host()}.example/api/v1/export?format=csv&${lc(s.env)}=${encodeURIComponent(v)}&page=2 -> 200 (${g.range(80, 900)}ms)` },
  { ctx: "form-urlencoded POST body", f: (g, s, v) => `POST /oauth/connect HTTP/1.1\nHost: ${g.host()}.example\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${lc(s.env)}=${encodeURIComponent(v)}&scope=read+write` },
  { ctx: "multipart form upload", f: (g, s, v) => { const b = `----WebKitFormBoundary${g.a(16)}`; return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}\nContent-Disposition: form-data; name="${lc(s.env)}"\n\n${v}\n--${b}--`; } },
  { ctx: "JSON config file", f: (g, s, v) => JSON.stringify({ name: `${g.word()}-service`, port: 3000 + g.int(100), integrations: { [camel(s.env)]: v, timeoutMs: 5000, retries: 3 } }, null, 2) },
  { ctx: "YAML app config", f: (g, s, v) => `# config/production.yaml\nserver:\n  port: 8443\n  tls: true\nintegrations:\n  ${lc(s.env)}: "${v}"\n  retries: 3\nlogging:\n  level: warn\n` },
  { ctx: "TOML config", f: (g, s, v) => `[app]\nname = "${g.word()}"\nworkers = ${g.range(2, 16)}\n\n[secrets]\n${lc(s.env)} = "${v}"\n\n[http]\ntimeout = "30s"\n` },
  { ctx: "INI config", f: (g, s, v) => `; deploy.ini\n[default]\nregion = eu-west-1\noutput = json\n\n[${g.word()}]\n${lc(s.env)} = ${v}\nretries = 5\n` },
  { ctx: "Java .properties", f: (g, s, v) => `# application-prod.properties\nspring.application.name=${g.word()}-svc\nserver.port=8080\napp.${lc(s.env).replace(/_/g, ".")}=${v}\nmanagement.endpoints.web.exposure.include=health\n` },
  { ctx: "Terraform HCL", f: (g, s, v) => `variable "region" {\n  default = "us-west-2"\n}\n\nlocals {\n  ${lc(s.env)} = "${v}"\n}\n\nresource "kubernetes_secret" "app" {\n  metadata { name = "${g.word()}-creds" }\n  data = { ${s.env} = local.${lc(s.env)} }\n}\n` },
  { ctx: "XML web.config appSettings", f: (g, s, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.env}" value="${v.replace(/&/g, "&amp;")}" />\n  </appSettings>\n</configuration>` },
  { ctx: "Python code default", f: (g, s, v) => `import os\nimport httpx\n\n${s.env} = os.environ.get("${s.env}", "${v}")\n\nclient = httpx.Client(timeout=30)\n\ndef sync_${g.word()}():\n    return client.get(BASE_URL + "/items", headers={"X-Key": ${s.env}})\n` },
  { ctx: "TypeScript SDK constructor", f: (g, s, v) => `import { Client } from "@${g.word()}/sdk";\n\nexport const client = new Client({\n  ${camel(s.env)}: process.env.${s.env} ?? "${v}",\n  timeout: 10_000,\n});\n` },
  { ctx: "Go code const", f: (g, s, v) => `package config\n\nimport "os"\n\nconst default${s.env.split("_").map((x) => x[0] + x.slice(1).toLowerCase()).join("")} = "${v}"\n\nfunc Get() string {\n\tif v := os.Getenv("${s.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${s.env.split("_").map((x) => x[0] + x.slice(1).toLowerCase()).join("")}\n}\n` },
  { ctx: "Java code field", f: (g, s, v) => `public final class Settings {\n    private static final String ${s.env} = "${v}";\n\n    public static String get() {\n        return System.getenv().getOrDefault("${s.env}", ${s.env});\n    }\n}\n` },
  { ctx: "Ruby initializer", f: (g, s, v) => `# config/initializers/${g.word()}.rb\nRails.application.configure do\n  config.x.${lc(s.env)} = ENV.fetch("${s.env}", "${v}")\nend\n` },
  { ctx: "PHP config array", f: (g, s, v) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${lc(s.env)}' => env('${s.env}', '${v}'),\n    'timeout' => 15,\n];\n` },
  { ctx: "C# appsettings-style code", f: (g, s, v) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", c => {\n    c.DefaultRequestHeaders.Add("X-Api-Key", "${v}");\n});\n// TODO move ${s.env} to user-secrets\n` },
  { ctx: "Rust code", f: (g, s, v) => `use std::env;\n\nfn ${lc(s.env)}() -> String {\n    env::var("${s.env}").unwrap_or_else(|_| "${v}".to_string())\n}\n` },
  { ctx: "GitHub Actions CI log", f: (g, s, v) => `2026-11-${g.range(10, 28)}T0${g.int(9)}:1${g.int(9)}:22.${g.d(7)}Z ##[group]Run ./scripts/release.sh\n2026-11-${g.range(10, 28)}T0${g.int(9)}:1${g.int(9)}:22.${g.d(7)}Z env:\n  NODE_VERSION: 20\n  ${s.env}: ${v}\n##[endgroup]\n+ ./scripts/release.sh --channel stable\nPublishing build ${g.h(7)}...` },
  { ctx: "shell history", f: (g, s, v) => ` 501  cd ~/src/${g.word()}\n 502  git pull --rebase\n 503  ${s.env}=${v} ./bin/migrate --up\n 504  make test\n 505  history | tail` },
  { ctx: "Python crash report with locals", f: (g, s, v) => `Traceback (most recent call last):\n  File "/app/worker.py", line ${g.range(20, 300)}, in run\n    resp = session.post(url, json=payload)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.${g.word()}.example', port=443): Max retries exceeded\n\nLocals at frame run:\n    url = 'https://api.${g.word()}.example/v1/ingest'\n    ${lc(s.env)} = '${v}'\n    attempt = 3` },
  { ctx: "Jupyter notebook cell", f: (g, s, v) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: g.range(1, 40), metadata: {}, source: ["import os\n", `os.environ["${s.env}"] = "${v}"\n`, "df = load_dataset()\n"], outputs: [] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 }) },
  { ctx: "SQL seed insert", f: (g, s, v) => `-- seed integrations\nINSERT INTO integration_credentials (tenant_id, provider, secret_value, created_at)\nVALUES (${g.range(1, 900)}, '${s.p.split(" ")[0]!.toLowerCase()}', '${v.replace(/'/g, "''")}', NOW());` },
  { ctx: "Markdown setup doc", f: (g, s, v) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the credential we share for staging:\n\n\`\`\`bash\n${s.env}=${v}\n\`\`\`\n\n3. Run \`make dev\`.` },
  { ctx: "unified diff", f: (g, s, v) => `diff --git a/deploy/values.yaml b/deploy/values.yaml\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/deploy/values.yaml\n+++ b/deploy/values.yaml\n@@ -12,6 +12,7 @@ env:\n   - name: LOG_LEVEL\n     value: info\n+  - name: ${s.env}\n+    value: "${v}"\n   - name: REPLICAS\n     value: "3"` },
  { ctx: "chat message to teammate", f: (g, s, v) => `@${g.word()} the staging one expired, use this for now: ${v}  (it's the ${s.env} slot in vercel)` },
  { ctx: "Dockerfile ENV", f: (g, s, v) => `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nENV NODE_ENV=production\nENV ${s.env}=${v}\nRUN npm ci --omit=dev\nCMD ["node", "dist/server.js"]` },
  { ctx: "docker run -e", f: (g, s, v) => `docker run -d --name ${g.word()} -p 8080:8080 \\\n  -e ${s.env}='${v}' \\\n  -e TZ=UTC \\\n  registry.example.com/team/${g.word()}:latest` },
  { ctx: "Jest test fixture", f: (g, s, v) => `describe("${g.word()} client", () => {\n  const creds = { ${camel(s.env)}: "${v}" };\n  it("signs requests", async () => {\n    const c = makeClient(creds);\n    expect(await c.ping()).toBe(true);\n  });\n});` },
  { ctx: "k8s Secret stringData", f: (g, s, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${g.word()}-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  ${s.env}: "${v}"` },
];

/** Rotate specs through the renderers, starting at offset; ids `${prefix}-NNN`. */
export function rotate(seed: number, prefix: string, cat: string, specs: Spec[], offset = 0, start = 1, label: "positive" | "benign" = "positive", skip: string[] = []): CorpusCase[] {
  const g = new G(seed);
  const out: CorpusCase[] = [];
  let k = offset;
  specs.forEach((s, i) => {
    let r = RENDERERS[k % RENDERERS.length]!;
    while ((s.url && r.hdrOnly) || skip.includes(r.ctx)) r = RENDERERS[++k % RENDERERS.length]!;
    k++;
    const v = s.v(g);
    out.push({ id: `${prefix}-${String(start + i).padStart(3, "0")}`, kind: "secrets", category: label === "positive" ? `${cat}-${s.grp}` : cat, label, text: r.f(g, s, v), note: `${s.p} (${s.env}) in ${r.ctx}` });
  });
  return out;
}
