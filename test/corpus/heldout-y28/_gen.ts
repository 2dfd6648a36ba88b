// Shared generator for heldout-y28 (skipped by the loader: starts with "_", not *.cases.ts).
// Every credential-shaped value is built at run time from a split prefix and a mulberry32 body,
// with a fixed seed per file, so the output is deterministic and the repo holds no literal key.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const ALNUM = UP + LO + DIG;
export const LALNUM = LO + DIG;
export const UALNUM = UP + DIG;
export const HEX = "0123456789abcdef";
export const UHEX = "0123456789ABCDEF";
export const B64 = ALNUM + "+/";
export const B64U = ALNUM + "-_";

export class Gen extends SeededRng {
  a(n: number): string { return this.str(n, ALNUM); }
  l(n: number): string { return this.str(n, LALNUM); }
  u(n: number): string { return this.str(n, UALNUM); }
  h(n: number): string { return this.str(n, HEX); }
  H(n: number): string { return this.str(n, UHEX); }
  d(n: number): string { return this.str(1, "123456789") + this.str(n - 1, DIG); }
  b64(n: number): string { return this.str(n, B64); }
  b64u(n: number): string { return this.str(n, B64U); }
  uuid(): string { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  /** base64 with padding of n random bytes. */
  b64bytes(n: number): string { return Buffer.from(this.bytes(n)).toString("base64"); }
  jwt(payload: Record<string, unknown>): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.b64u(43)].join(".");
  }
  pem(label: string, bytes: number): string {
    const body = this.b64bytes(bytes).match(/.{1,64}/g)!.join("\n");
    const dash = "-".repeat(5);
    return `${dash}BEGIN ${label}${dash}\n${body}\n${dash}END ${label}${dash}`;
  }
}

/** One placed value: env-style name, the value, and the HTTP header line that would carry it. */
export interface Slot {
  env: string;
  value: string;
  header: string;
  provider: string;
  /** Optional extra lines (e.g. a paired id) rendered next to the value in .env-like contexts. */
  extra?: [string, string][];
}

const lower = (s: string) => s.toLowerCase();
const camel = (s: string) => s.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const dotted = (s: string) => s.toLowerCase().replace(/_/g, ".");
const envLines = (s: Slot) => [...(s.extra ?? []), [s.env, s.value] as [string, string]];
const svc = (s: Slot) => s.env.split("_")[0]!.toLowerCase().replace(/[^a-z0-9]/g, "") || "service";
const hname = (s: Slot) => s.header.split(":")[0]!;
const hval = (s: Slot) => s.header.slice(s.header.indexOf(":") + 1).trim();

export type Renderer = { name: string; render: (s: Slot, g: Gen) => string };

export const RENDERERS: Renderer[] = [
  { name: "LLM chat body with pasted .env (JSON-escaped)", render: (s) => JSON.stringify({
    model: "claude-sonnet-4-5", max_tokens: 4096,
    messages: [{ role: "user", content: `why does the app crash on boot? here's my .env:\n\n\`\`\`\nNODE_ENV=production\nPORT=8080\n${envLines(s).map(([k, v]) => `${k}=${v}`).join("\n")}\nLOG_LEVEL=info\n\`\`\`` }],
  }, null, 2) },
  { name: "Anthropic tool_use write_file (.env.production)", render: (s, g) => JSON.stringify({
    role: "assistant", content: [
      { type: "text", text: "I'll create the production env file." },
      { type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: ".env.production", content: `APP_URL=https://app.example.com\n${envLines(s).map(([k, v]) => `${k}=${v}`).join("\n")}\n` } },
    ] }, null, 2) },
  { name: "OpenAI tool_calls shell export (double-escaped arguments)", render: (s, g) => JSON.stringify({
    role: "assistant", content: null, tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "run_shell",
      arguments: JSON.stringify({ command: `${envLines(s).map(([k, v]) => `export ${k}="${v}"`).join(" && ")} && npm run deploy`, timeout: 120 }) } }],
  }) },
  { name: "MCP tool result echoing a config file", render: (s) => JSON.stringify({
    jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `$ cat config/secrets.env\n${envLines(s).map(([k, v]) => `${k}=${v}`).join("\n")}\nFEATURE_FLAGS=beta,search\n` }], isError: false },
  }) },
  { name: "curl command with header", render: (s) => `curl -sS -X GET "https://api.${svc(s)}.example/v1/status" \\\n  -H "${s.header}" \\\n  -H "Accept: application/json"` },
  { name: "raw HTTP request headers", render: (s) => `POST /v2/events HTTP/1.1\r\nHost: api.internal.example\r\nUser-Agent: agent-runner/1.4\r\nContent-Type: application/json\r\n${s.header}\r\nContent-Length: 27\r\n\r\n{"event":"deploy","ok":true}` },
  { name: "URL query string", render: (s) => `GET https://hooks.example.net/v1/ingest?source=ci&${lower(s.env)}=${encodeURIComponent(s.value)}&format=json HTTP/1.1\nHost: hooks.example.net` },
  { name: "form-urlencoded body", render: (s) => `POST /oauth/callback HTTP/1.1\nHost: svc.example.org\nContent-Type: application/x-www-form-urlencoded\n\ngrant=client&${lower(s.env)}=${encodeURIComponent(s.value)}&scope=read%20write` },
  { name: "multipart form body", render: (s, g) => { const b = `----agentBoundary${g.l(12)}`; return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="name"\n\nnightly-build\n--${b}\nContent-Disposition: form-data; name="${lower(s.env)}"\n\n${s.value}\n--${b}--`; } },
  { name: "JSON request body", render: (s) => `POST /api/integrations HTTP/1.1\nContent-Type: application/json\n\n${JSON.stringify({ integration: s.provider, enabled: true, credentials: { [camel(s.env)]: s.value } }, null, 2)}` },
  { name: ".env file", render: (s) => `# ${s.provider}\n${envLines(s).map(([k, v]) => `${k}=${v}`).join("\n")}\nDATABASE_POOL=10\n` },
  { name: "YAML config", render: (s) => `server:\n  port: 8080\nintegrations:\n  ${svc(s)}:\n    enabled: true\n${envLines(s).map(([k, v]) => `    ${lower(k)}: "${v}"`).join("\n")}\n    timeout_ms: 5000\n` },
  { name: "TOML config", render: (s) => `[service]\nname = "worker"\n\n[${svc(s)}]\n${envLines(s).map(([k, v]) => `${lower(k)} = "${v}"`).join("\n")}\nretries = 3\n` },
  { name: "INI config", render: (s) => `[default]\nregion = eu-west-1\n\n[${svc(s)}]\n${envLines(s).map(([k, v]) => `${lower(k)} = ${v}`).join("\n")}\n` },
  { name: "Java .properties", render: (s) => `spring.application.name=orders\nserver.port=8081\n${envLines(s).map(([k, v]) => `app.${dotted(k)}=${v}`).join("\n")}\nlogging.level.root=INFO\n` },
  { name: "JSON config file", render: (s) => JSON.stringify({ name: "worker", env: "production", secrets: Object.fromEntries(envLines(s).map(([k, v]) => [camel(k), v])), retries: 3 }, null, 2) },
  { name: "Terraform HCL", render: (s) => `resource "kubernetes_secret" "app" {\n  metadata {\n    name = "app-secrets"\n  }\n  data = {\n${envLines(s).map(([k, v]) => `    ${k} = "${v}"`).join("\n")}\n  }\n}\n` },
  { name: "XML appSettings", render: (s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${envLines(s).map(([k, v]) => `    <add key="${k}" value="${v}" />`).join("\n")}\n  </appSettings>\n</configuration>` },
  { name: "Python env default", render: (s) => `import os\n\n${envLines(s).map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`).join("\n")}\nTIMEOUT = int(os.environ.get("TIMEOUT", "30"))\n` },
  { name: "TypeScript config module", render: (s) => `export const config = {\n  region: process.env.REGION ?? "us-east-1",\n${envLines(s).map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n};\n` },
  { name: "Go constant", render: (s) => `package client\n\nconst (\n\tbaseURL = "https://api.example.com"\n${envLines(s).map(([k, v]) => `\t${camel(k)} = "${v}"`).join("\n")}\n)\n` },
  { name: "Java field", render: (s) => `public final class Settings {\n${envLines(s).map(([k, v]) => `    private static final String ${k} = "${v}";`).join("\n")}\n    private static final int RETRIES = 3;\n}\n` },
  { name: "C# options", render: (s) => `var options = new ClientOptions\n{\n    Endpoint = new Uri("https://api.example.com"),\n${envLines(s).map(([k, v]) => `    ${camel(k).replace(/^./, (c) => c.toUpperCase())} = "${v}",`).join("\n")}\n};\n` },
  { name: "Ruby initializer", render: (s) => `# config/initializers/integrations.rb\n${envLines(s).map(([k, v]) => `${k} = ENV.fetch("${k}", "${v}")`).join("\n")}\n` },
  { name: "PHP config array", render: (s) => `<?php\n\nreturn [\n    'driver' => 'http',\n${envLines(s).map(([k, v]) => `    '${lower(k)}' => env('${k}', '${v}'),`).join("\n")}\n];\n` },
  { name: "Rust constant", render: (s) => `// src/settings.rs\n${envLines(s).map(([k, v]) => `pub const ${k}: &str = "${v}";`).join("\n")}\npub const RETRIES: u32 = 3;\n` },
  { name: "Jest test fixture", render: (s) => `describe("client", () => {\n  beforeAll(() => {\n${envLines(s).map(([k, v]) => `    process.env.${k} = "${v}";`).join("\n")}\n  });\n  it("pings", async () => {\n    expect(await ping()).toBe(true);\n  });\n});\n` },
  { name: "CI log line", render: (s, g) => `2026-11-${String(g.range(10, 28))}T08:${String(g.range(10, 59))}:14.2Z ##[group]Run ./scripts/deploy.sh\n2026-11-18T08:41:14.3Z + echo "debug: ${s.env}=${s.value}"\n2026-11-18T08:41:14.3Z debug: ${s.env}=${s.value}\n2026-11-18T08:41:15.0Z ##[endgroup]` },
  { name: "shell history", render: (s) => `  501  cd ~/src/api\n  502  git pull\n${envLines(s).map(([k, v], i) => `  ${503 + i}  export ${k}=${v}`).join("\n")}\n  510  npm run start\n` },
  { name: "Python crash report with locals", render: (s) => `Traceback (most recent call last):\n  File "/app/worker.py", line 88, in sync\n    resp = client.post(url, headers=headers)\nrequests.exceptions.HTTPError: 503 Server Error\n\nLocals at frame sync:\n    url = 'https://api.example.com/v1/sync'\n    headers = {'${hname(s)}': '${hval(s)}', 'Accept': 'application/json'}\n    attempt = 3` },
  { name: "Jupyter notebook cell", render: (s) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", ...envLines(s).map(([k, v]) => `os.environ[\"${k}\"] = \"${v}\"\n`), "client = make_client()"] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", render: (s) => `INSERT INTO integration_credentials (tenant_id, provider, slot, secret_value, created_at)\nVALUES (42, '${s.provider}', '${lower(s.env)}', '${s.value}', now());` },
  { name: "Markdown setup doc", render: (s) => `## Local setup\n\n1. Copy the env template.\n2. Set the credentials we use for staging:\n\n\`\`\`bash\n${envLines(s).map(([k, v]) => `${k}=${v}`).join("\n")}\n\`\`\`\n\n3. Run \`make dev\`.` },
  { name: "unified diff", render: (s) => `diff --git a/.env.example b/.env.example\nindex 3c1a2b0..9f2e4d1 100644\n--- a/.env.example\n+++ b/.env.example\n@@ -3,3 +3,${3 + envLines(s).length} @@ PORT=3000\n LOG_LEVEL=debug\n${envLines(s).map(([k, v]) => `+${k}=${v}`).join("\n")}\n REDIS_DB=0` },
  { name: "team chat message", render: (s) => `[#backend] @dana heads up, I rotated the prod ${s.provider} (${s.env}) — new value is ${s.value} — swap it in before the 3pm deploy` },
  { name: "docker run -e", render: (s) => `docker run -d --name worker \\\n${envLines(s).map(([k, v]) => `  -e ${k}=${v} \\`).join("\n")}\n  -p 8080:8080 ghcr.io/acme/worker:1.9.2` },
  { name: "Kubernetes Secret stringData", render: (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: worker-secrets\ntype: Opaque\nstringData:\n${envLines(s).map(([k, v]) => `  ${k}: "${v}"`).join("\n")}\n` },
  { name: "GitHub Actions workflow env", render: (s) => `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n${envLines(s).map(([k, v]) => `      ${k}: ${v}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n` },
];

export interface Spec {
  group: string;
  provider: string;
  env: string;
  make: (g: Gen) => string;
  /** Header line template; "$" is replaced with the value. Default: Authorization: Bearer $. */
  header?: string;
  extra?: (g: Gen) => [string, string][];
  /** Handcrafted full text instead of a renderer. */
  text?: (v: string, g: Gen) => string;
  ctx?: string;
}

export function build(specs: Spec[], opts: { seed: number; prefix: string; category: string; label: "positive" | "benign"; offset?: number; renderers?: Renderer[] }): CorpusCase[] {
  const g = new Gen(opts.seed);
  const rs = opts.renderers ?? RENDERERS;
  const defHeader = opts.label === "benign"
    ? (env: string) => `X-${env.toLowerCase().split("_").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("-")}: $`
    : () => "Authorization: Bearer $";
  return specs.map((sp, i) => {
    const value = sp.make(g);
    const extra = sp.extra?.(g);
    const header = (sp.header ?? defHeader(sp.env)).replace("$", () => value);
    let text: string;
    let ctx: string;
    if (sp.text) {
      text = sp.text(value, g);
      ctx = sp.ctx ?? "handcrafted";
    } else {
      const r = rs[(i + (opts.offset ?? 0)) % rs.length]!;
      text = r.render({ env: sp.env, value, header, provider: sp.provider, extra }, g);
      ctx = r.name;
    }
    const slot = sp.text ? sp.env : `${sp.env}${sp.header && !sp.text ? ` / ${sp.header.split(":")[0]}` : ""}`;
    return {
      id: `${opts.prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: opts.category.replace("<group>", sp.group),
      label: opts.label,
      text,
      note: `${sp.provider} — ${slot} — ${ctx}`,
    };
  });
}
