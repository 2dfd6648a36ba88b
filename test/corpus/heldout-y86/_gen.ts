// Shared generator for heldout-y86: seeded draws plus context renderers. Skipped by the loader.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
export const AL = UP + LO + DG;

export class G extends SeededRng {
  a(n: number) { return this.str(n, AL); }
  h(n: number) { return this.str(n, "0123456789abcdef"); }
  H(n: number) { return this.str(n, "0123456789ABCDEF"); }
  d(n: number) { return this.str(n, DG); }
  l(n: number) { return this.str(n, LO + DG); }
  U(n: number) { return this.str(n, UP + DG); }
  u(n: number) { return this.str(n, AL + "_-"); }
  b(n: number) { return this.str(n, AL + "+/"); }
  uuid() { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  b64pad(bytes: number) { return Buffer.from(this.bytes(bytes)).toString("base64"); }
  jwt(payload: object) {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.u(43)].join(".");
  }
  word() { return this.pick(["orders", "billing", "ingest", "atlas", "harbor", "relay", "ledger", "pulse", "nimbus", "quarry", "beacon", "summit"]); }
}

/** Joins split pieces so no credential prefix sits whole next to its body in source. */
export const j = (...p: string[]) => p.join("");

export interface Spec {
  provider: string;
  group: string;
  env: string;
  make: (r: G) => string;
  /** HTTP header name carrying the value; default Authorization: Bearer. */
  header?: string;
}
export const t = (provider: string, group: string, env: string, make: (r: G) => string, header?: string): Spec =>
  ({ provider, group, env, make, header });

export interface Slot { provider: string; env: string; value: string; header?: string }
type Renderer = { name: string; render: (r: G, s: Slot) => string };

const hdr = (s: Slot) => (s.header ? (s.header.includes(":") ? `${s.header} ${s.value}` : `${s.header}: ${s.value}`) : `Authorization: Bearer ${s.value}`);
const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const host = (s: Slot) => `api.${s.provider.toLowerCase().replace(/[^a-z0-9]/g, "")}.com`;

export const RENDERERS: Renderer[] = [
  { name: "chat body with pasted .env", render: (r, s) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `why does the app not pick up my config? here is .env:\n\nNODE_ENV=production\nPORT=${r.range(3000, 9000)}\n${s.env}=${s.value}\nLOG_LEVEL=info\n` }] }, null, 2) },
  { name: "anthropic tool_use write_file", render: (r, s) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll add the config file." }, { type: "tool_use", id: `toolu_01${r.a(22)}`, name: "write_file", input: { path: "config/.env.production", content: `# generated\nAPP_NAME=${r.word()}\n${s.env}=${s.value}\n` } }] }) },
  { name: "openai tool_calls shell", render: (r, s) => JSON.stringify({ role: "assistant", tool_calls: [{ id: `call_${r.a(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s.env}="${s.value}" && npm run deploy` }) } }] }) },
  { name: "MCP tool result echoed", render: (r, s) => JSON.stringify({ jsonrpc: "2.0", id: r.range(2, 90), result: { content: [{ type: "text", text: `$ cat ~/.config/${r.word()}/settings\n${s.env.toLowerCase()} = ${s.value}\nregion = eu-west-1\n` }], isError: false } }) },
  { name: "curl header", render: (r, s) => `curl -sS -X POST https://${host(s)}/v1/${r.word()} \\\n  -H "${hdr(s)}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"limit": ${r.range(5, 50)}}'` },
  { name: "raw HTTP request", render: (r, s) => `POST /v2/${r.word()}/sync HTTP/1.1\r\nHost: ${host(s)}\r\nUser-Agent: node-fetch/3.3.2\r\n${hdr(s)}\r\nContent-Type: application/json\r\nX-Request-Id: ${r.uuid()}\r\n\r\n{"dryRun":false}` },
  { name: "URL query string", render: (r, s) => `GET https://${host(s)}/v1/${r.word()}?${s.env.toLowerCase()}=${encodeURIComponent(s.value)}&page=${r.range(1, 9)} -> 200 (${r.range(40, 900)}ms)` },
  { name: "form body", render: (r, s) => `POST /oauth/${r.word()} HTTP/1.1\nHost: ${host(s)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${camel(s.env)}=${encodeURIComponent(s.value)}&scope=read` },
  { name: "multipart body", render: (r, s) => { const bd = `----WebKitFormBoundary${r.a(16)}`; return `Content-Type: multipart/form-data; boundary=${bd}\n\n--${bd}\nContent-Disposition: form-data; name="${s.env.toLowerCase()}"\n\n${s.value}\n--${bd}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,${r.range(10, 99)}\n--${bd}--`; } },
  { name: "JSON request body", render: (r, s) => `fetch("https://${host(s)}/v1/${r.word()}", {\n  method: "POST",\n  headers: { "content-type": "application/json" },\n  body: JSON.stringify(${JSON.stringify({ [camel(s.env)]: s.value, project: r.word() })}),\n});` },
  { name: "YAML config", render: (r, s) => `# config/${r.word()}.yaml\nservice:\n  name: ${r.word()}\n  replicas: ${r.range(1, 6)}\n  env:\n    - name: ${s.env}\n      value: "${s.value}"\n    - name: LOG_FORMAT\n      value: json\n` },
  { name: "TOML config", render: (r, s) => `[${s.provider.toLowerCase().replace(/[^a-z0-9]/g, "_")}]\n${s.env.toLowerCase()} = "${s.value}"\ntimeout_secs = ${r.range(5, 60)}\nretries = 3\n` },
  { name: "INI config", render: (r, s) => `[default]\nendpoint = https://${host(s)}\n${s.env.toLowerCase()} = ${s.value}\nverify_ssl = true\n` },
  { name: ".properties", render: (r, s) => `# application-prod.properties\nspring.application.name=${r.word()}\nserver.port=8080\napp.${camel(s.env)}=${s.value}\nlogging.level.root=WARN\n` },
  { name: "JSON config", render: (r, s) => JSON.stringify({ name: r.word(), version: `1.${r.range(0, 9)}.0`, integrations: { [s.provider]: { [camel(s.env)]: s.value, enabled: true } } }, null, 2) },
  { name: "Terraform HCL", render: (r, s) => `resource "kubernetes_secret" "${r.word()}" {\n  metadata {\n    name = "${r.word()}-creds"\n  }\n  data = {\n    ${s.env} = "${s.value}"\n  }\n}\n` },
  { name: "XML config", render: (r, s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.env}" value="${s.value}" />\n  </appSettings>\n</configuration>` },
  { name: "Python SDK code", render: (r, s) => `import os\nimport requests\n\n${s.env} = os.environ.get("${s.env}", "${s.value}")\n\ndef fetch_${r.word()}():\n    resp = requests.get("https://${host(s)}/v1/items", headers={"Authorization": f"Bearer {${s.env}}"})\n    resp.raise_for_status()\n    return resp.json()\n` },
  { name: "TypeScript code", render: (r, s) => `import { Client } from "./client";\n\nconst ${camel(s.env)} = process.env.${s.env} ?? "${s.value}";\n\nexport const client = new Client({ apiKey: ${camel(s.env)}, timeout: ${r.range(2, 30)}_000 });\n` },
  { name: "Go code", render: (r, s) => `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst default${s.provider.replace(/[^A-Za-z0-9]/g, "")}Key = "${s.value}"\n\nfunc newReq() *http.Request {\n\tkey := os.Getenv("${s.env}")\n\tif key == "" {\n\t\tkey = default${s.provider.replace(/[^A-Za-z0-9]/g, "")}Key\n\t}\n\treq, _ := http.NewRequest("GET", "https://${host(s)}/v1/ping", nil)\n\treq.Header.Set("Authorization", "Bearer "+key)\n\treturn req\n}\n` },
  { name: "Java code", render: (r, s) => `public final class ${s.provider.replace(/[^A-Za-z0-9]/g, "")}Config {\n    private static final String ${s.env} = "${s.value}";\n\n    public static String key() {\n        String v = System.getenv("${s.env}");\n        return v != null ? v : ${s.env};\n    }\n}\n` },
  { name: "C# code", render: (r, s) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("${r.word()}", c =>\n{\n    c.BaseAddress = new Uri("https://${host(s)}/");\n    c.DefaultRequestHeaders.Add("Authorization", "Bearer ${s.value}");\n});\n` },
  { name: "Ruby code", render: (r, s) => `# config/initializers/${r.word()}.rb\nRails.application.configure do\n  config.x.${s.env.toLowerCase()} = ENV.fetch("${s.env}") { "${s.value}" }\nend\n` },
  { name: "PHP code", render: (r, s) => `<?php\nreturn [\n    'driver' => '${r.word()}',\n    '${s.env.toLowerCase()}' => env('${s.env}', '${s.value}'),\n    'timeout' => ${r.range(5, 30)},\n];\n` },
  { name: "Rust code", render: (r, s) => `fn api_key() -> String {\n    std::env::var("${s.env}").unwrap_or_else(|_| "${s.value}".to_string())\n}\n` },
  { name: "test fixture", render: (r, s) => `describe("${r.word()} client", () => {\n  beforeAll(() => {\n    process.env.${s.env} = "${s.value}";\n  });\n  it("lists items", async () => {\n    expect(await list()).toHaveLength(${r.range(1, 5)});\n  });\n});\n` },
  { name: "CI log", render: (r, s) => `2026-11-${r.range(10, 28)}T0${r.range(1, 9)}:${r.range(10, 59)}:${r.range(10, 59)}.${r.d(7)}Z ##[group]Run ./scripts/deploy.sh\n2026-11-${r.range(10, 28)}T0${r.range(1, 9)}:${r.range(10, 59)}:${r.range(10, 59)}.${r.d(7)}Z + ${s.env}=${s.value}\n2026-11-${r.range(10, 28)}T0${r.range(1, 9)}:${r.range(10, 59)}:${r.range(10, 59)}.${r.d(7)}Z + ./bin/release --env prod\n2026-11-${r.range(10, 28)}T0${r.range(1, 9)}:${r.range(10, 59)}:${r.range(10, 59)}.${r.d(7)}Z ##[endgroup]` },
  { name: "shell history", render: (r, s) => `  ${r.range(400, 999)}  cd ~/src/${r.word()}\n  ${r.range(1000, 1500)}  git pull\n  ${r.range(1501, 1900)}  export ${s.env}=${s.value}\n  ${r.range(1901, 2000)}  make run` },
  { name: "crash dump with locals", render: (r, s) => `Traceback (most recent call last):\n  File "/app/worker.py", line ${r.range(20, 300)}, in sync\n    client.push(batch)\n  File "/app/client.py", line ${r.range(20, 300)}, in push\n    raise ApiError(resp.status_code)\nApiError: 401\n\nLocals at frame 'push':\n    self.base_url = 'https://${host(s)}'\n    self.${s.env.toLowerCase()} = '${s.value}'\n    batch = <list len=${r.range(2, 60)}>` },
  { name: "Jupyter notebook cell", render: (r, s) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: r.range(1, 20), metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.env}"] = "${s.value}"\n`, "df = load()\n"] }], nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed", render: (r, s) => `INSERT INTO integrations (id, provider, credential, created_at)\nVALUES (${r.range(1, 900)}, '${s.provider}', '${s.value}', now());` },
  { name: "Markdown doc", render: (r, s) => `## Local setup\n\n1. Copy the values below into \`.env\`:\n\n\`\`\`bash\n${s.env}=${s.value}\n\`\`\`\n\n2. Run \`pnpm dev\`.\n` },
  { name: "diff", render: (r, s) => `diff --git a/deploy/.env.prod b/deploy/.env.prod\nindex ${r.h(7)}..${r.h(7)} 100644\n--- a/deploy/.env.prod\n+++ b/deploy/.env.prod\n@@ -3,3 +3,4 @@ APP=${r.word()}\n REGION=us-east-1\n+${s.env}=${s.value}\n WORKERS=4\n` },
  { name: "chat message", render: (r, s) => JSON.stringify({ channel: `C0${r.U(9)}`, text: `hey can you try with the prod ${s.provider} key? \`${s.value}\` — the staging one got rotated`, ts: `17${r.d(8)}.${r.d(6)}` }) },
  { name: "docker run -e", render: (r, s) => `docker run -d --name ${r.word()} -p 8080:8080 \\\n  -e ${s.env}=${s.value} \\\n  -e TZ=UTC ghcr.io/acme/${r.word()}:1.${r.range(0, 9)}.${r.range(0, 9)}` },
  { name: "GitHub Actions workflow", render: (r, s) => `name: deploy\non: push\njobs:\n  release:\n    runs-on: ubuntu-latest\n    env:\n      ${s.env}: ${s.value}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make release\n` },
  { name: "k8s Secret base64", render: (r, s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${r.word()}-credentials\ntype: Opaque\ndata:\n  ${s.env}: ${Buffer.from(s.value).toString("base64")}\n` },
  { name: "chat body with pasted log (JSON-escaped)", render: (r, s) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a coding assistant." }, { role: "user", content: `getting 403s, log:\n[${r.word()}] DEBUG request header ${hdr(s)}\n[${r.word()}] DEBUG accept=application/json\n[${r.word()}] ERROR 403 Forbidden` }] }) },
];

export function renderSpecs(specs: Spec[], r: G, idPrefix: string, category: (g: string) => string, label: "positive" | "benign", offset = 0, start = 1, pool: Renderer[] = RENDERERS): CorpusCase[] {
  return specs.map((s, i) => {
    const value = s.make(r);
    const rd = pool[(i + offset) % pool.length]!;
    const text = rd.render(r, { provider: s.provider, env: s.env, value, header: s.header });
    return {
      id: `${idPrefix}-${String(i + start).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: category(s.group),
      label,
      text,
      note: `${s.provider}, ${label === "positive" ? "slot" : "benign value in"} ${s.env}, context: ${rd.name}`,
    };
  });
}
/** Renderers that do not present the value as an auth credential (for benign look-alikes). */
export const NEUTRAL = RENDERERS.filter((x) => !["Python SDK code", "Go code", "C# code", "form body", "TypeScript code", "Rust code", "chat message", "SQL seed", "Terraform HCL", "Java code"].includes(x.name));
export const posCat = (g: string) => `heldouty86-sec-${g}`;
