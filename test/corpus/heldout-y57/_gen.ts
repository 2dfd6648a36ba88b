// Shared PRNG helpers and context renderers for heldout-y57 (skipped by the loader).
// Every credential-shaped value is assembled at run time: literal prefix parts + a PRNG body.
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const AN = UP + LO + DG;
export const ANL = LO + DG;
export const ANU = UP + DG;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const URLS = AN + "_-";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export type Part = string | [number, string];

export class Gen {
  readonly r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  s(n: number, alpha: string): string {
    let o = "";
    for (let i = 0; i < n; i++) o += alpha[Math.floor(this.r() * alpha.length)];
    return o;
  }
  /** Join literal parts and random runs: t("pre", "fix_", [32, AN]). */
  t(...parts: Part[]): string {
    return parts.map((p) => (typeof p === "string" ? p : this.s(p[0], p[1]))).join("");
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  uuid(): string {
    return [this.s(8, HEX), this.s(4, HEX), "4" + this.s(3, HEX), this.pick(["8", "9", "a", "b"]) + this.s(3, HEX), this.s(12, HEX)].join("-");
  }
  b64(nBytes: number): string {
    const b = new Uint8Array(nBytes);
    for (let i = 0; i < nBytes; i++) b[i] = Math.floor(this.r() * 256);
    return Buffer.from(b).toString("base64");
  }
}

/** A pair of slot -> value; first entry is the secret, others are companions (ids, hosts). */
export type Slots = [string, string][];

export const jesc = (s: string) => JSON.stringify(s).slice(1, -1);
const envFile = (sl: Slots) => sl.map(([k, v]) => `${k}=${v}`).join("\n");
const lowerKey = (k: string) => k.toLowerCase();
const camel = (k: string) => k.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export type Renderer = { name: string; render: (sl: Slots, g: Gen) => string };

export const RENDERERS: Renderer[] = [
  {
    name: "chat body with pasted .env (JSON-escaped)",
    render: (sl) =>
      JSON.stringify({
        model: "claude-sonnet-4-5",
        max_tokens: 4096,
        messages: [{ role: "user", content: `my app won't boot in staging, here's the env file:\n\n\`\`\`\nNODE_ENV=staging\nPORT=8080\n${envFile(sl)}\nLOG_LEVEL=debug\n\`\`\`\nwhat's wrong?` }],
      }, null, 2),
  },
  {
    name: "Anthropic tool_use write_file",
    render: (sl, g) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll write the config file now." },
          { type: "tool_use", id: "toolu_01" + g.s(22, AN), name: "write_file", input: { path: "config/settings.env", content: `# generated\n${envFile(sl)}\n` } },
        ],
      }),
  },
  {
    name: "OpenAI tool_calls shell export (double-escaped)",
    render: (sl, g) =>
      JSON.stringify({
        role: "assistant",
        tool_calls: [{ id: "call_" + g.s(24, AN), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: sl.map(([k, v]) => `export ${k}="${v}"`).join(" && ") + " && npm run deploy" }) } }],
      }),
  },
  {
    name: "MCP tool result (read_file) echoed back",
    render: (sl) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: 14,
        result: { content: [{ type: "text", text: `File: deploy/.env.production\n\n${envFile(sl)}\nFEATURE_FLAGS=beta,search\n` }], isError: false },
      }),
  },
  {
    name: "curl command with header",
    render: (sl) => `$ curl -sS -X POST https://api.internal.example.net/v1/sync \\\n  -H "Content-Type: application/json" \\\n  -H "X-${sl[0]![0].replace(/_/g, "-")}: ${sl[0]![1]}" \\\n  -d '{"full":true}'`,
  },
  {
    name: "raw HTTP request with JSON body",
    render: (sl) => `POST /api/integrations HTTP/1.1\r\nHost: app.example.org\r\nContent-Type: application/json\r\nUser-Agent: node-fetch/3.3.2\r\n\r\n${JSON.stringify(Object.fromEntries(sl.map(([k, v]) => [camel(k), v])))}`,
  },
  {
    name: "URL query string in fetch log",
    render: (sl) => `[fetch] GET https://gateway.example.io/v2/report?${sl.map(([k, v]) => `${lowerKey(k)}=${encodeURIComponent(v)}`).join("&")}&format=json -> 200 (184ms)`,
  },
  {
    name: "form-urlencoded body",
    render: (sl) => `POST /oauth/connect HTTP/1.1\nHost: hooks.example.com\nContent-Type: application/x-www-form-urlencoded\n\ngrant=client&${sl.map(([k, v]) => `${lowerKey(k)}=${encodeURIComponent(v)}`).join("&")}&scope=read`,
  },
  {
    name: "multipart form field",
    render: (sl, g) => {
      const b = "----WebKitFormBoundary" + g.s(16, AN);
      return `Content-Type: multipart/form-data; boundary=${b}\n\n${sl.map(([k, v]) => `--${b}\nContent-Disposition: form-data; name="${lowerKey(k)}"\n\n${v}`).join("\n")}\n--${b}\nContent-Disposition: form-data; name="file"; filename="data.csv"\nContent-Type: text/csv\n\nid,name\n1,alpha\n--${b}--`;
    },
  },
  { name: ".env file", render: (sl) => `# .env.local\nAPP_NAME=orders-service\nDEBUG=false\n${envFile(sl)}\nCACHE_TTL=300\n` },
  {
    name: "YAML config",
    render: (sl) => `# config/production.yaml\nserver:\n  port: 8443\n  workers: 4\nintegrations:\n${sl.map(([k, v]) => `  ${lowerKey(k)}: "${v}"`).join("\n")}\n  timeout_ms: 5000\n`,
  },
  { name: "TOML config", render: (sl) => `[app]\nname = "ingest"\nregion = "eu-west-1"\n\n[credentials]\n${sl.map(([k, v]) => `${lowerKey(k)} = "${v}"`).join("\n")}\n` },
  { name: "INI config", render: (sl) => `; settings.ini\n[general]\nretries=3\n\n[provider]\n${sl.map(([k, v]) => `${lowerKey(k)} = ${v}`).join("\n")}\n` },
  { name: "Java .properties", render: (sl) => `# application.properties\nspring.application.name=billing\nserver.port=8081\n${sl.map(([k, v]) => `app.${lowerKey(k).replace(/_/g, ".")}=${v}`).join("\n")}\n` },
  { name: "JSON config file", render: (sl) => JSON.stringify({ name: "worker", version: "2.4.1", settings: Object.fromEntries(sl.map(([k, v]) => [camel(k), v])), retries: 3 }, null, 2) },
  { name: "Terraform HCL", render: (sl) => `provider "restapi" {\n  uri = "https://api.example.com"\n}\n\nlocals {\n${sl.map(([k, v]) => `  ${lowerKey(k)} = "${v}"`).join("\n")}\n}\n` },
  { name: "XML appSettings", render: (sl) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${sl.map(([k, v]) => `    <add key="${k}" value="${v}" />`).join("\n")}\n  </appSettings>\n</configuration>` },
  {
    name: "Python env default",
    render: (sl) => `import os\nimport requests\n\n${sl.map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`).join("\n")}\n\ndef fetch(path):\n    return requests.get(f"https://api.example.com{path}", headers={"Authorization": f"Bearer {${sl[0]![0]}}"}, timeout=10)\n`,
  },
  {
    name: "TypeScript env fallback",
    render: (sl) => `import { Client } from "./client";\n\n${sl.map(([k, v]) => `const ${camel(k)} = process.env.${k} ?? "${v}";`).join("\n")}\n\nexport const client = new Client({ ${sl.map(([k]) => camel(k)).join(", ")} });\n`,
  },
  { name: "Go constants", render: (sl) => `package config\n\nconst (\n${sl.map(([k, v]) => `\t${camel(k).replace(/^./, (c) => c.toUpperCase())} = "${v}"`).join("\n")}\n)\n` },
  {
    name: "Java constructor",
    render: (sl) => `public class ApiConfig {\n${sl.map(([k, v]) => `    private static final String ${k} = "${v}";`).join("\n")}\n\n    public static Client build() {\n        return new Client(${sl.map(([k]) => k).join(", ")});\n    }\n}\n`,
  },
  { name: "Ruby initializer", render: (sl) => `# config/initializers/provider.rb\nProvider.configure do |config|\n${sl.map(([k, v]) => `  config.${lowerKey(k)} = ENV.fetch("${k}", "${v}")`).join("\n")}\nend\n` },
  { name: "PHP config array", render: (sl) => `<?php\n\nreturn [\n    'driver' => 'http',\n${sl.map(([k, v]) => `    '${lowerKey(k)}' => env('${k}', '${v}'),`).join("\n")}\n];\n` },
  { name: "C# options", render: (sl) => `var options = new ProviderOptions\n{\n${sl.map(([k, v]) => `    ${camel(k).replace(/^./, (c) => c.toUpperCase())} = "${v}",`).join("\n")}\n    Timeout = TimeSpan.FromSeconds(30)\n};\n` },
  { name: "Rust test fixture", render: (sl) => `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn connects() {\n${sl.map(([k, v]) => `        std::env::set_var("${k}", "${v}");`).join("\n")}\n        assert!(Client::from_env().is_ok());\n    }\n}\n` },
  {
    name: "CI log (GitHub Actions)",
    render: (sl) => `2026-11-30T10:12:04.1234567Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T10:12:04.1240000Z env:\n${sl.map(([k, v]) => `2026-11-30T10:12:04.1241000Z   ${k}: ${v}`).join("\n")}\n2026-11-30T10:12:04.1250000Z ##[endgroup]\n2026-11-30T10:12:05.0010000Z + ./deploy.sh --env prod\n2026-11-30T10:12:09.8800000Z deploy ok`,
  },
  { name: "shell history", render: (sl) => `  501  cd ~/src/api\n  502  git pull --rebase\n${sl.map(([k, v], i) => `  ${503 + i}  export ${k}=${v}`).join("\n")}\n  510  npm run start:dev\n  511  history | tail` },
  {
    name: "Python crash dump with locals",
    render: (sl) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line 88, in run\n    resp = client.push(batch)\n  File "/app/worker/client.py", line 41, in push\n    raise ApiError(resp.status_code, resp.text)\nApiError: 401 Unauthorized\n\nLocals at frame client.push:\n    self = <Client base_url='https://api.example.com'>\n${sl.map(([k, v]) => `    ${lowerKey(k)} = '${v}'`).join("\n")}\n    batch = [<Record 1>, <Record 2>]`,
  },
  {
    name: "Jupyter notebook cell",
    render: (sl) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", ...sl.map(([k, v]) => `os.environ[\"${k}\"] = \"${v}\"\n`), "df = load_dataset()\n"] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1),
  },
  { name: "SQL seed insert", render: (sl) => `-- seed integrations\nINSERT INTO integrations (tenant_id, name, config_key, config_value, created_at) VALUES\n${sl.map(([k, v], i) => `  (42, 'primary', '${lowerKey(k)}', '${v}', NOW())${i === sl.length - 1 ? ";" : ","}`).join("\n")}` },
  { name: "Markdown doc", render: (sl) => `## Local setup\n\n1. Copy the values below into your shell.\n2. Run \`make dev\`.\n\n\`\`\`bash\n${sl.map(([k, v]) => `export ${k}=${v}`).join("\n")}\n\`\`\`\n\nAsk in #platform if the sandbox is down.\n` },
  {
    name: "git diff",
    render: (sl) => `diff --git a/.env.example b/.env.example\nindex 3f2a1c9..8b7d0e4 100644\n--- a/.env.example\n+++ b/.env.example\n@@ -3,4 +3,${3 + sl.length} @@ DATABASE_POOL=10\n REDIS_DB=0\n${sl.map(([k, v]) => `-${k}=\n+${k}=${v}`).join("\n")}\n SENTRY_ENV=dev`,
  },
  { name: "chat message in team channel", render: (sl) => `[10:42] dana: hey can someone unblock me, staging deploy fails\n[10:43] marco: use these for now, I'll rotate later\n[10:43] marco: ${sl.map(([k, v]) => `${k}=${v}`).join("  ")}\n[10:44] dana: thx 🙏` },
  { name: "docker run -e", render: (sl) => `docker run -d --name api --restart unless-stopped \\\n${sl.map(([k, v]) => `  -e ${k}=${v} \\`).join("\n")}\n  -p 8080:8080 ghcr.io/example/api:1.14.2` },
  { name: "Kubernetes Secret stringData", render: (sl) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n${sl.map(([k, v]) => `  ${k}: "${v}"`).join("\n")}\n` },
  {
    name: "GitHub Actions workflow env",
    render: (sl) => `name: nightly\non:\n  schedule:\n    - cron: "0 3 * * *"\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n${sl.map(([k, v]) => `      ${k}: ${v}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make sync\n`,
  },
];

export interface Spec {
  provider: string;
  group: string;
  /** Build the slots (secret first). */
  make: (g: Gen) => Slots;
  /** Optional fixed rendering (handcrafted context), overrides rotation. */
  fixed?: (g: Gen) => string;
}

/** Emit one case per (spec, copy), rotating renderers. */
export function build(prefix: string, catPrefix: string, seed: number, specs: Spec[], copies: number, idTag: string, keepCopy: (i: number, copy: number) => boolean = () => true): CorpusCase[] {
  const g = new Gen(seed);
  const out: CorpusCase[] = [];
  let ri = seed % RENDERERS.length;
  let n = 0;
  for (let c = 0; c < copies; c++) {
    for (const [i, sp] of specs.entries()) {
      if (c > 0 && (sp.fixed || !keepCopy(i, c))) continue;
      n++;
      const id = `${prefix}-${idTag}-${String(n).padStart(3, "0")}`;
      if (sp.fixed) {
        out.push({ id, kind: "secrets", category: `${catPrefix}-${sp.group}`, label: "positive", text: sp.fixed(g), note: `${sp.provider}; handcrafted context` });
        continue;
      }
      const sl = sp.make(g);
      const rd = RENDERERS[ri % RENDERERS.length]!;
      ri += 1;
      out.push({ id, kind: "secrets", category: `${catPrefix}-${sp.group}`, label: "positive", text: rd.render(sl, g), note: `${sp.provider}; slot ${sl[0]![0]}; context: ${rd.name}` });
    }
  }
  return out;
}
