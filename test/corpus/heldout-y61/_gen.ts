// Shared PRNG builders and context renderers for heldout-y61 (skipped by the loader).
// Every credential-shaped value is assembled at run time from a split prefix and a mulberry32 body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
export const AN = UP + LO + DG;
export const HEXL = "0123456789abcdef";

export class G extends SeededRng {
  an(n: number): string { return this.str(n, AN); }
  hex(n: number): string { return this.str(n, HEXL); }
  HEX(n: number): string { return this.str(n, "0123456789ABCDEF"); }
  lan(n: number): string { return this.str(n, LO + DG); }
  uan(n: number): string { return this.str(n, UP + DG); }
  dig(n: number): string { return this.str(n, DG); }
  b64(n: number): string { return this.str(n, AN + "+/"); }
  b64u(n: number): string { return this.str(n, AN + "-_"); }
  b32(n: number): string { return this.str(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"); }
  uuid(): string { return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-"); }
  jwt(payload: object): string {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.b64u(43)].join(".");
  }
  pemBody(lines: number): string {
    const out: string[] = [];
    for (let i = 0; i < lines; i++) out.push(this.b64(64));
    out.push(this.b64(this.range(20, 60)) + "=");
    return out.join("\n");
  }
}

/** Joins parts so no literal credential prefix appears in source. */
export const j = (...p: string[]) => p.join("");

export interface Slot {
  provider: string;
  /** env var name */
  env: string;
  /** config key (camel/snake) */
  key: string;
  /** HTTP header name; "Authorization" means Bearer */
  hdr: string;
  host: string;
  value: string;
}

export type Renderer = { ctx: string; r: (s: Slot, g: G) => string };

const esc = (s: string) => JSON.stringify(s);
const lowerKey = (s: Slot) => s.key;
const hdrLine = (s: Slot) => (s.hdr === "Authorization" ? `Authorization: Bearer ${s.value}` : `${s.hdr}: ${s.value}`);

export const renderers: Renderer[] = [
  { ctx: "LLM chat body with pasted .env", r: (s, g) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `my app won't start locally, here's my .env:\n\nNODE_ENV=development\nPORT=${g.range(3000, 9000)}\nLOG_LEVEL=debug\n${s.env}=${s.value}\nREDIS_HOST=localhost\n\nwhat am I missing?` }] }, null, 2) },
  { ctx: "Anthropic tool_use write_file", r: (s) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll add the credentials to the local config." }, { type: "tool_use", id: "toolu_01" + "Hq7WkT3mZp", name: "write_file", input: { path: "config/.env.local", content: `# local overrides\n${s.env}=${s.value}\nFEATURE_FLAGS=beta,search\n` } }] }, null, 2) },
  { ctx: "OpenAI tool_calls shell command", r: (s) => JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + "x8QeW2", type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s.env}='${s.value}' && npm run sync` }) } }] }) },
  { ctx: "MCP tool result echoed back", r: (s, g) => JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text: `$ cat deploy/secrets.env\n${s.env}=${s.value}\nDEPLOY_REGION=eu-west-1\n` }], isError: false } }) },
  { ctx: "curl command header", r: (s) => `curl -sS -X GET "https://${s.host}/v1/status" \\\n  -H "${hdrLine(s)}" \\\n  -H "Accept: application/json"` },
  { ctx: "raw HTTP request header", r: (s, g) => `POST /api/v2/events HTTP/1.1\r\nHost: ${s.host}\r\nUser-Agent: agent-runner/1.${g.range(0, 9)}\r\nContent-Type: application/json\r\n${hdrLine(s)}\r\nContent-Length: 27\r\n\r\n{"event":"deploy","ok":true}` },
  { ctx: "URL query string", r: (s) => `GET https://${s.host}/api/v1/query?${lowerKey(s)}=${encodeURIComponent(s.value)}&format=json&limit=50` },
  { ctx: "form-encoded body", r: (s) => `POST /oauth/sync HTTP/1.1\nHost: ${s.host}\nContent-Type: application/x-www-form-urlencoded\n\nclient=ci-bot&${lowerKey(s)}=${encodeURIComponent(s.value)}&scope=read` },
  { ctx: "multipart body", r: (s) => `--boundary7MA4YWxk\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\n1,42\r\n--boundary7MA4YWxk\r\nContent-Disposition: form-data; name="${lowerKey(s)}"\r\n\r\n${s.value}\r\n--boundary7MA4YWxk--` },
  { ctx: "JSON request body", r: (s) => JSON.stringify({ integration: s.provider.toLowerCase(), enabled: true, settings: { [lowerKey(s)]: s.value, region: "us" } }, null, 2) },
  { ctx: ".env file", r: (s) => `# ${s.provider}\nAPP_NAME=billing-svc\n${s.env}=${s.value}\nDEBUG=false\n` },
  { ctx: "YAML config", r: (s) => `integrations:\n  ${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}:\n    enabled: true\n    ${lowerKey(s)}: "${s.value}"\n    timeout_ms: 5000\n` },
  { ctx: "TOML config", r: (s) => `[server]\nport = 8080\n\n[${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${lowerKey(s)} = "${s.value}"\nretries = 3\n` },
  { ctx: "INI config", r: (s) => `[default]\nregion = us-east-1\n\n[${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "-")}]\n${lowerKey(s)} = ${s.value}\n` },
  { ctx: "Java .properties", r: (s) => `spring.application.name=orders\nserver.port=8081\napp.${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "")}.${lowerKey(s).replace(/_/g, "-")}=${s.value}\n` },
  { ctx: "JSON config file", r: (s) => JSON.stringify({ name: "worker", version: "2.3.1", env: { [s.env]: s.value, NODE_OPTIONS: "--max-old-space-size=2048" } }, null, 2) },
  { ctx: "Terraform HCL", r: (s) => `provider "${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "")}" {\n  ${lowerKey(s)} = "${s.value}"\n}\n\nresource "null_resource" "bootstrap" {}\n` },
  { ctx: "XML config", r: (s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="${s.env}" value="${s.value}" />\n    <add key="Environment" value="Production" />\n  </appSettings>\n</configuration>` },
  { ctx: "Python env default", r: (s) => `import os\nimport requests\n\n${s.env} = os.environ.get("${s.env}", "${s.value}")\n\ndef fetch(path):\n    return requests.get(f"https://${s.host}{path}", headers={"${s.hdr}": ${s.hdr === "Authorization" ? `f"Bearer {${s.env}}"` : s.env}}).json()\n` },
  { ctx: "TypeScript client constructor", r: (s) => `import { createClient } from "./client";\n\nexport const client = createClient({\n  baseUrl: "https://${s.host}",\n  ${lowerKey(s).replace(/_([a-z])/g, (_, c) => c.toUpperCase())}: process.env.${s.env} ?? "${s.value}",\n});\n` },
  { ctx: "Go constant", r: (s) => `package config\n\nimport "os"\n\nconst default${s.env.replace(/_/g, "")} = "${s.value}"\n\nfunc Key() string {\n\tif v := os.Getenv("${s.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${s.env.replace(/_/g, "")}\n}\n` },
  { ctx: "Java field", r: (s) => `public final class ${s.provider.replace(/[^A-Za-z0-9]/g, "")}Config {\n    private static final String ${s.env} = "${s.value}";\n\n    public static String key() { return ${s.env}; }\n}\n` },
  { ctx: "Ruby initializer", r: (s) => `# config/initializers/${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}.rb\nRails.application.config.x.${lowerKey(s)} = ENV.fetch("${s.env}", "${s.value}")\n` },
  { ctx: "C# appsettings usage", r: (s) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", c => {\n    c.BaseAddress = new Uri("https://${s.host}/");\n    c.DefaultRequestHeaders.Add("${s.hdr}", ${s.hdr === "Authorization" ? `"Bearer ${s.value}"` : `"${s.value}"`});\n});\n` },
  { ctx: "Rust test fixture", r: (s) => `#[cfg(test)]\nmod tests {\n    const ${s.env}: &str = "${s.value}";\n\n    #[test]\n    fn builds_client() {\n        let c = super::Client::new(${s.env});\n        assert!(c.is_ok());\n    }\n}\n` },
  { ctx: "PHP config array", r: (s) => `<?php\n\nreturn [\n    '${lowerKey(s)}' => env('${s.env}', '${s.value}'),\n    'timeout' => 30,\n];\n` },
  { ctx: "CI log", r: (s, g) => `2026-11-${g.range(10, 28)}T08:${g.range(10, 59)}:02.114Z ##[group]Run ./scripts/deploy.sh\n2026-11-${g.range(10, 28)}T08:${g.range(10, 59)}:02.115Z + echo "using ${s.env}=${s.value}"\n2026-11-${g.range(10, 28)}T08:${g.range(10, 59)}:02.116Z using ${s.env}=${s.value}\n2026-11-${g.range(10, 28)}T08:${g.range(10, 59)}:03.402Z Deploy finished in 1.3s\n##[endgroup]` },
  { ctx: "shell history", r: (s) => `  501  git pull --rebase\n  502  export ${s.env}="${s.value}"\n  503  make run\n  504  history | tail` },
  { ctx: "Python crash dump with locals", r: (s) => `Traceback (most recent call last):\n  File "/app/sync.py", line 88, in push\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 502 Server Error: Bad Gateway for url: https://${s.host}/v1/push\n\nLocals at frame push:\n    retries = 3\n    ${lowerKey(s)} = '${s.value}'\n    payload = {'items': 14}` },
  { ctx: "Jupyter notebook cell", r: (s) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.env}"] = "${s.value}"\n`, "df = load_frame()\n"] }], nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { ctx: "SQL seed insert", r: (s, g) => `INSERT INTO integration_credentials (tenant_id, provider, ${lowerKey(s)}, created_at)\nVALUES (${g.range(10, 999)}, '${s.provider.toLowerCase()}', '${s.value}', NOW());` },
  { ctx: "Markdown doc", r: (s) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the ${s.provider} credential:\n\n\`\`\`bash\nexport ${s.env}=${s.value}\n\`\`\`\n\n3. Run \`make dev\`.` },
  { ctx: "unified diff", r: (s) => `diff --git a/config/settings.yml b/config/settings.yml\n--- a/config/settings.yml\n+++ b/config/settings.yml\n@@ -4,6 +4,7 @@ defaults:\n   cache_ttl: 300\n   locale: en\n+  ${lowerKey(s)}: ${s.value}\n   workers: 4\n` },
  { ctx: "chat message paste", r: (s) => JSON.stringify({ role: "user", content: `hey, the ${s.provider} integration is failing again. I rotated it yesterday, new one is ${s.value} — can you update the staging secret and rerun?` }) },
  { ctx: "docker-compose", r: (s) => `services:\n  api:\n    image: ghcr.io/acme/api:1.14.2\n    environment:\n      - NODE_ENV=production\n      - ${s.env}=${s.value}\n    ports:\n      - "8080:8080"\n` },
  { ctx: "GitHub Actions workflow", r: (s) => `name: nightly\non:\n  schedule:\n    - cron: "0 3 * * *"\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n      ${s.env}: ${s.value}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/sync.sh\n` },
];

export interface Spec {
  group: string;
  provider: string;
  env: string;
  key?: string;
  hdr?: string;
  host?: string;
  make: (g: G) => string;
}

export function build(prefix: string, cat: string, seed: number, specs: Spec[], total: number, offset = 0): CorpusCase[] {
  const g = new G(seed);
  const out: CorpusCase[] = [];
  for (let i = 0; i < total; i++) {
    const sp = specs[i < specs.length ? i : ((i - specs.length) * 3 + 1) % specs.length]!;
    const rd = renderers[(i * 7 + offset) % renderers.length]!;
    const slot: Slot = {
      provider: sp.provider,
      env: sp.env,
      key: sp.key ?? sp.env.toLowerCase(),
      hdr: sp.hdr ?? "Authorization",
      host: sp.host ?? `api.${sp.provider.toLowerCase().replace(/[^a-z0-9]+/g, "")}.com`,
      value: sp.make(g),
    };
    out.push({
      id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: `${cat}-${sp.group}`,
      label: "positive",
      text: rd.r(slot, g),
      note: `${sp.provider} ${sp.env} in ${rd.ctx}`,
    });
  }
  return out;
}
