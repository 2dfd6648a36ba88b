// Shared PRNG + context renderers for heldout-y93. Skipped by the loader (leading underscore).
// Every credential-shaped value is assembled at run time from a split prefix and a seeded body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HX = "0123456789abcdef";
export const UD = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LD = "abcdefghijklmnopqrstuvwxyz0123456789";
export const B64 = AL + "+/";
export const B64U = AL + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen extends SeededRng {
  a(n: number) { return this.str(n, AL); }
  h(n: number) { return this.str(n, HX); }
  H(n: number) { return this.str(n, HX.toUpperCase()); }
  u(n: number) { return this.str(n, UD); }
  l(n: number) { return this.str(n, LD); }
  d(n: number) { return String(1 + this.int(9)) + this.str(n - 1, "0123456789"); }
  b(n: number) { return this.str(n, B64); }
  bu(n: number) { return this.str(n, B64U); }
  uuid() { const x = this.h(32); return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-${"89ab"[this.int(4)]}${x.slice(17, 20)}-${x.slice(20)}`; }
  j(...parts: string[]) { return parts.join(""); }
  jwt(payload: Record<string, unknown>, alg = "HS256") {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(payload), this.bu(alg === "HS256" ? 43 : 342)].join(".");
  }
  pem(label: string, lines: number) {
    const body: string[] = [];
    for (let i = 0; i < lines; i++) body.push(this.b(64));
    body.push(this.b(this.range(20, 60)) + "==");
    return ["-----BEGIN ", label, "-----\n", body.join("\n"), "\n-----END ", label, "-----"].join("");
  }
}

/** A token spec: provider, group, the slot name a developer would use, an optional header, a builder. */
export interface Spec {
  p: string;
  g: string;
  k: string;
  hdr?: string; // e.g. "X-Api-Key" ; default Authorization: Bearer
  q?: string; // query param name
  mk: (g: Gen) => string;
}

export interface Ctx { p: string; k: string; v: string; hdr: string; q: string; host: string }

const esc = (s: string) => JSON.stringify(s).slice(1, -1);
const snake = (k: string) => k.toLowerCase();
const camel = (k: string) => k.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const hline = (c: Ctx) => (c.hdr === "Authorization" ? `Authorization: Bearer ${c.v}` : `${c.hdr}: ${c.v}`);

export const renderers: Array<[string, (c: Ctx) => string]> = [
  ["chat body with pasted .env", (c) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `my app crashes on boot, here's my .env:\n\n\`\`\`\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=debug\n${c.k}=${c.v}\nREDIS_HOST=127.0.0.1\n\`\`\`\n\nwhat's wrong?` }] }, null, 2)],
  ["anthropic tool_use write_file", (c) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll add the credentials to the config." }, { type: "tool_use", id: "toolu_01" + "Q7kX2mYpRb9sLd4Vn8", name: "write_file", input: { path: "config/.env.production", content: `APP_NAME=billing\n${c.k}=${c.v}\nTIMEOUT_MS=30000\n` } }] }, null, 2)],
  ["openai tool_calls shell export", (c) => JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: "call_" + "Zk3pW9qLm2xT", type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${c.k}="${c.v}" && npm run deploy -- --env prod` }) } }] }, null, 2)],
  ["MCP tool result echoing a config file", (c) => JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `$ cat ~/.config/app/settings.yml\nservice: ${snake(c.p).replace(/\W+/g, "-")}\nregion: eu-west-1\n${snake(c.k)}: ${c.v}\nretries: 3\n` }], isError: false } })],
  ["curl header", (c) => `curl -sS -X GET "https://${c.host}/v1/status" \\\n  -H "${hline(c)}" \\\n  -H "Accept: application/json"`],
  ["raw HTTP request", (c) => `POST /v2/events HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: python-requests/2.32.3\r\nContent-Type: application/json\r\n${hline(c)}\r\nContent-Length: 41\r\n\r\n{"event":"deploy","ref":"refs/heads/main"}`],
  ["URL query string", (c) => `GET https://${c.host}/api/v1/search?query=invoices&page=2&${c.q}=${encodeURIComponent(c.v)} -> 200 (312ms)`],
  ["form body", (c) => `POST /oauth/token HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=read&${c.q}=${encodeURIComponent(c.v)}`],
  ["multipart form", (c) => `--------------------------d74496d66958873e\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\n1,20.00\r\n--------------------------d74496d66958873e\r\nContent-Disposition: form-data; name="${c.q}"\r\n\r\n${c.v}\r\n--------------------------d74496d66958873e--`],
  ["JSON request body", (c) => JSON.stringify({ name: "nightly-sync", enabled: true, credentials: { [camel(c.k)]: c.v }, schedule: "0 3 * * *" }, null, 2)],
  ["YAML config", (c) => `# config/production.yaml\nserver:\n  port: 8443\n  host: 0.0.0.0\nintegrations:\n  ${snake(c.p).replace(/\W+/g, "_")}:\n    enabled: true\n    ${snake(c.k)}: "${c.v}"\n    timeout: 10s\n`],
  ["TOML config", (c) => `[app]\nname = "worker"\nworkers = 4\n\n[${snake(c.p).replace(/\W+/g, "_")}]\n${snake(c.k)} = "${c.v}"\nendpoint = "https://${c.host}"\n`],
  ["INI config", (c) => `; settings.ini\n[default]\nregion = us-east-1\noutput = json\n\n[${snake(c.p).replace(/\W+/g, "_")}]\n${snake(c.k)} = ${c.v}\n`],
  [".properties", (c) => `# application-prod.properties\nspring.datasource.url=jdbc:postgresql://db.internal:5432/app\nspring.jpa.hibernate.ddl-auto=validate\n${snake(c.p).replace(/\W+/g, "")}.${camel(c.k)}=${c.v}\nserver.port=8080\n`],
  ["JSON config file", (c) => JSON.stringify({ $schema: "./config.schema.json", env: "production", services: { [snake(c.p).replace(/\W+/g, "")]: { baseUrl: `https://${c.host}`, [camel(c.k)]: c.v } } }, null, 2)],
  ["Terraform HCL", (c) => `provider "restapi" {\n  uri = "https://${c.host}"\n}\n\nvariable "${snake(c.k)}" {\n  type      = string\n  sensitive = true\n  default   = "${c.v}"\n}\n`],
  ["XML web.config", (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${c.k}" value="${c.v}" />\n  </appSettings>\n</configuration>`],
  ["Python SDK code", (c) => `import os\nimport requests\n\n${c.k} = os.environ.get("${c.k}", "${c.v}")\n\ndef fetch(path):\n    r = requests.get(f"https://${c.host}{path}", headers={"${c.hdr}": ${c.hdr === "Authorization" ? `f"Bearer {${c.k}}"` : c.k}}, timeout=10)\n    r.raise_for_status()\n    return r.json()\n`],
  ["Node.js code", (c) => `const client = new ApiClient({\n  baseURL: "https://${c.host}",\n  ${camel(c.k)}: process.env.${c.k} ?? "${c.v}",\n  timeout: 15_000,\n});\n\nexport default client;\n`],
  ["Go code", (c) => `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst default${c.k.replace(/_/g, "")} = "${c.v}"\n\nfunc newReq() (*http.Request, error) {\n\treq, err := http.NewRequest("GET", "https://${c.host}/v1/me", nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tkey := os.Getenv("${c.k}")\n\tif key == "" {\n\t\tkey = default${c.k.replace(/_/g, "")}\n\t}\n\treq.Header.Set("${c.hdr}", key)\n\treturn req, nil\n}\n`],
  ["Java code", (c) => `public final class Settings {\n    private static final String ${c.k} = "${c.v}";\n\n    public static String endpoint() {\n        return "https://${c.host}";\n    }\n}\n`],
  ["C# code", (c) => `var options = new ClientOptions\n{\n    Endpoint = new Uri("https://${c.host}"),\n    ${camel(c.k).replace(/^./, (x) => x.toUpperCase())} = "${c.v}",\n    Retries = 3,\n};\nvar client = new ServiceClient(options);\n`],
  ["Ruby code", (c) => `# config/initializers/${snake(c.p).replace(/\W+/g, "_")}.rb\nRails.application.config.x.integration = {\n  endpoint: "https://${c.host}",\n  ${snake(c.k)}: ENV.fetch("${c.k}", "${c.v}")\n}\n`],
  ["PHP code", (c) => `<?php\n// config/services.php\nreturn [\n    '${snake(c.p).replace(/\W+/g, "_")}' => [\n        '${snake(c.k)}' => env('${c.k}', '${c.v}'),\n        'url' => 'https://${c.host}',\n    ],\n];\n`],
  ["Rust code", (c) => `use reqwest::Client;\n\nconst ${c.k}: &str = "${c.v}";\n\nasync fn ping(client: &Client) -> reqwest::Result<()> {\n    client.get("https://${c.host}/health").header("${c.hdr}", ${c.k}).send().await?;\n    Ok(())\n}\n`],
  ["CI log", (c) => `2026-11-30T14:02:11.4821Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T14:02:11.4825Z + set -x\n2026-11-30T14:02:11.4902Z + ${c.k}=${c.v}\n2026-11-30T14:02:11.4903Z + ./bin/release --target production\n2026-11-30T14:02:12.1177Z Uploading artifact dist.tar.gz (4.1 MB)\n2026-11-30T14:02:14.0031Z ##[endgroup]`],
  ["shell history", (c) => `  501  cd ~/src/api\n  502  git pull --rebase\n  503  export ${c.k}=${c.v}\n  504  make test\n  505  kubectl rollout status deploy/api -n prod`],
  ["Python crash dump with locals", (c) => `Traceback (most recent call last):\n  File "/srv/app/jobs/sync.py", line 88, in run\n    resp = client.push(batch)\n  File "/srv/app/clients/base.py", line 41, in push\n    raise UpstreamError(resp.status_code)\nclients.base.UpstreamError: 401\n\nLocals at frame push:\n    self.base_url = 'https://${c.host}'\n    self.${snake(c.k)} = '${c.v}'\n    batch = <list of 250 items>`],
  ["Jupyter notebook", (c) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${c.k}"] = "${c.v}"\n`, "df = load_dataset()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1)],
  ["SQL seed", (c) => `-- seed/002_integrations.sql\nINSERT INTO integrations (id, provider, credential, created_at)\nVALUES (14, '${snake(c.p)}', '${c.v}', NOW());\n`],
  ["Markdown doc", (c) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the shared team key:\n\n   \`\`\`bash\n   ${c.k}=${c.v}\n   \`\`\`\n\n3. Run \`make dev\`.\n`],
  ["unified diff", (c) => `diff --git a/deploy/values.env b/deploy/values.env\nindex 3f2a91c..8be01d4 100644\n--- a/deploy/values.env\n+++ b/deploy/values.env\n@@ -3,4 +3,5 @@ APP_ENV=staging\n LOG_FORMAT=json\n-${c.k}=\n+${c.k}=${c.v}\n FEATURE_FLAGS=beta_ui\n`],
  ["chat message", (c) => JSON.stringify({ messages: [{ role: "user", content: `hey can you check why ${c.p} keeps returning 403? I'm using this key: ${c.v} and the base url https://${c.host}` }] })],
  ["docker run", (c) => `docker run -d --name api --restart unless-stopped \\\n  -p 8080:8080 \\\n  -e ${c.k}=${c.v} \\\n  -e NODE_ENV=production \\\n  ghcr.io/acme/api:1.14.2`],
  ["k8s Secret stringData", (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${snake(c.p).replace(/\W+/g, "-")}-creds\n  namespace: prod\ntype: Opaque\nstringData:\n  ${c.k}: "${c.v}"\n`],
  ["GitHub Actions workflow", (c) => `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${c.k}: ${c.v}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh\n`],
];

export function build(prefix: string, cat: string, seed: number, specs: Spec[], offset = 0): CorpusCase[] {
  const g = new Gen(seed);
  return specs.map((s, i) => {
    const [ctxName, render] = renderers[(i + offset) % renderers.length]!;
    const v = s.mk(g);
    const host = "api." + s.p.toLowerCase().replace(/[^a-z0-9]+/g, "") + ".com";
    const text = render({ p: s.p, k: s.k, v, hdr: s.hdr ?? "Authorization", q: s.q ?? snake(s.k), host });
    return { id: `${prefix}-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: `${cat}-${s.g}`, label: "positive", text, note: `${s.p} — ${s.k} — ${ctxName}` } as CorpusCase;
  });
}
export { esc };
