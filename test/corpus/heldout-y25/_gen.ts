// Shared generator for heldout-y25: seeded token builders and context renderers.
// Skipped by the loader (leading underscore, not *.cases.ts). Every credential-shaped value is
// assembled at run time from a split prefix and a mulberry32 body, so the repo holds no literal.
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const AN = UP + LO + DG;
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const URLS = AN + "_-";
export const LAN = LO + DG;
export const UAN = UP + DG;

export class Gen {
  readonly r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  s(n: number, alpha = AN): string {
    let o = "";
    for (let i = 0; i < n; i++) o += alpha[Math.floor(this.r() * alpha.length)];
    return o;
  }
  /** prefix pieces joined + body */
  t(pre: string[], n: number, alpha = AN): string {
    return pre.join("") + this.s(n, alpha);
  }
  hex(n: number): string {
    return this.s(n, HX);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`;
  }
  b64(n: number): string {
    return this.s(n, B64);
  }
  /** a JWT-shaped value with a given JSON payload (header fixed HS256) */
  jwt(payload: Record<string, unknown>, sigLen = 43): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.s(sigLen, URLS)].join(".");
  }
  pem(label: string, lines: number, head = ""): string {
    const body: string[] = [];
    let first = head + this.b64(64 - head.length);
    body.push(first);
    for (let i = 1; i < lines; i++) body.push(this.b64(64));
    body.push(this.b64(this.int(20, 60)) + "==".slice(0, this.int(0, 2)));
    return ["-----BEGIN " + label + "-----", ...body, "-----END " + label + "-----"].join("\n");
  }
}

export interface Ctx {
  provider: string;
  slot: string; // env-var style name
  value: string;
  hdr: string; // full header line template with $V, e.g. "Authorization: Bearer $V"
  host: string;
  g: Gen;
}

const J = (o: unknown, r: null = null, sp?: number) => JSON.stringify(o, r, sp);
const lc = (s: string) => s.toLowerCase();
const camel = (s: string) => lc(s).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const h = (c: Ctx) => c.hdr.replace("$V", c.value);

export type Renderer = { name: string; slotOnly?: boolean; f: (c: Ctx) => string };

export const RENDERERS: Renderer[] = [
  { name: "OpenAI chat body, pasted .env (JSON-escaped)", slotOnly: true, f: (c) => J({ model: "gpt-4o", messages: [{ role: "system", content: "You are a coding assistant." }, { role: "user", content: `why does the app crash on boot? here is my .env:\n\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${c.slot}=${c.value}\nFEATURE_FLAGS=beta,search\n` }], temperature: 0.2 }) },
  { name: "Anthropic tool_use write_file", slotOnly: true, f: (c) => J({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: "set up the config for staging" }, { role: "assistant", content: [{ type: "text", text: "Writing the config file." }, { type: "tool_use", id: "toolu_01" + c.g.s(22), name: "write_file", input: { path: "config/staging.env", content: `# staging\nAPP_NAME=orders-api\n${c.slot}=${c.value}\nREGION=eu-west-1\n` } }] }] }) },
  { name: "OpenAI tool_calls run_shell (double-escaped args)", slotOnly: true, f: (c) => J({ model: "gpt-4.1", messages: [{ role: "assistant", content: null, tool_calls: [{ id: "call_" + c.g.s(24), type: "function", function: { name: "run_shell", arguments: J({ command: `export ${c.slot}="${c.value}" && npm run deploy -- --env prod`, cwd: "/srv/app" }) } }] }] }) },
  { name: "MCP tools/call result echoed back", slotOnly: true, f: (c) => J({ jsonrpc: "2.0", id: c.g.int(2, 90), result: { content: [{ type: "text", text: `$ cat ~/.config/app/credentials\n[default]\nprovider = ${lc(c.provider)}\n${lc(c.slot)} = ${c.value}\n` }], isError: false } }) },
  { name: "curl command with header", f: (c) => `curl -sS -X GET "https://${c.host}/v1/account" \\\n  -H "${h(c)}" \\\n  -H "Accept: application/json" | jq .` },
  { name: "raw HTTP request headers", f: (c) => `POST /v1/events HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: node-fetch/3.3.2\r\nContent-Type: application/json\r\n${h(c)}\r\nX-Request-Id: ${c.g.uuid()}\r\nContent-Length: 58\r\n\r\n{"event":"deploy.finished","sha":"${c.g.hex(40)}"}` },
  { name: "URL query string in fetch log", slotOnly: true, f: (c) => `[http] GET https://${c.host}/api/v2/status?${lc(c.slot)}=${encodeURIComponent(c.value)}&format=json 200 143ms` },
  { name: "form-urlencoded body", slotOnly: true, f: (c) => `POST /oauth/token HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-${c.g.s(8, LAN)}&${lc(c.slot)}=${encodeURIComponent(c.value)}&scope=read` },
  { name: "multipart form upload", slotOnly: true, f: (c) => { const b = "----WebKitFormBoundary" + c.g.s(16); return `POST /upload HTTP/1.1\nHost: ${c.host}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${lc(c.slot)}"\n\n${c.value}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}--`; } },
  { name: "JSON request body", slotOnly: true, f: (c) => `fetch("https://${c.host}/v1/connect", {\n  method: "POST",\n  headers: { "Content-Type": "application/json" },\n  body: ${J(J({ [camel(c.slot)]: c.value, workspace: "acme", retries: 3 }))},\n});` },
  { name: ".env file", slotOnly: true, f: (c) => `# ${c.provider}\nDATABASE_POOL=10\n${c.slot}=${c.value}\nSENTRY_ENVIRONMENT=production\n` },
  { name: "docker-compose YAML environment", slotOnly: true, f: (c) => `services:\n  worker:\n    image: ghcr.io/acme/worker:1.8.2\n    restart: unless-stopped\n    environment:\n      - QUEUE=default\n      - ${c.slot}=${c.value}\n    depends_on: [redis]\n` },
  { name: "TOML config", slotOnly: true, f: (c) => `[server]\nport = 8080\n\n[${lc(c.provider).replace(/[^a-z0-9]+/g, "_")}]\n${lc(c.slot)} = "${c.value}"\ntimeout_ms = 5000\n` },
  { name: "INI config", slotOnly: true, f: (c) => `[general]\ndebug = false\n\n[${lc(c.provider).replace(/[^a-z0-9]+/g, "-")}]\n${lc(c.slot)} = ${c.value}\nregion = us\n` },
  { name: "Java .properties", slotOnly: true, f: (c) => `spring.application.name=billing\nserver.port=8081\napp.${lc(c.provider).replace(/[^a-z0-9]+/g, "")}.${camel(c.slot)}=${c.value}\nlogging.level.root=INFO\n` },
  { name: "JSON config file", slotOnly: true, f: (c) => J({ name: "sync-service", version: "2.4.0", integrations: { [lc(c.provider).replace(/[^a-z0-9]+/g, "")]: { [camel(c.slot)]: c.value, enabled: true } } }, null, 2) },
  { name: "Terraform HCL", slotOnly: true, f: (c) => `provider "${lc(c.provider).replace(/[^a-z0-9]+/g, "")}" {\n  ${lc(c.slot)} = "${c.value}"\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { version = "3" }\n}\n` },
  { name: "XML appSettings", slotOnly: true, f: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${c.slot}" value="${c.value}" />\n  </appSettings>\n</configuration>` },
  { name: "Python code env default", slotOnly: true, f: (c) => `import os\nimport httpx\n\n${c.slot} = os.environ.get("${c.slot}", "${c.value}")\n\nclient = httpx.Client(base_url="https://${c.host}", timeout=10)\n` },
  { name: "TypeScript SDK constructor", slotOnly: true, f: (c) => `import { createClient } from "./client";\n\nexport const client = createClient({\n  baseUrl: "https://${c.host}",\n  ${camel(c.slot)}: process.env.${c.slot} ?? "${c.value}",\n});\n` },
  { name: "Go code const", slotOnly: true, f: (c) => `package config\n\nimport "os"\n\nconst default${camel(c.slot).replace(/^./, (x) => x.toUpperCase())} = "${c.value}"\n\nfunc Key() string {\n\tif v := os.Getenv("${c.slot}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${camel(c.slot).replace(/^./, (x) => x.toUpperCase())}\n}\n` },
  { name: "Java code field", slotOnly: true, f: (c) => `public final class Settings {\n    private static final String ${c.slot} = "${c.value}";\n    private static final int TIMEOUT = 30;\n}\n` },
  { name: "Ruby initializer", slotOnly: true, f: (c) => `# config/initializers/${lc(c.provider).replace(/[^a-z0-9]+/g, "_")}.rb\nRails.application.config.x.${lc(c.slot)} = ENV.fetch("${c.slot}", "${c.value}")\n` },
  { name: "PHP config array", slotOnly: true, f: (c) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${lc(c.slot)}' => env('${c.slot}', '${c.value}'),\n    'timeout' => 15,\n];\n` },
  { name: "C# options", slotOnly: true, f: (c) => `builder.Services.Configure<ApiOptions>(o =>\n{\n    o.BaseUrl = "https://${c.host}";\n    o.${camel(c.slot).replace(/^./, (x) => x.toUpperCase())} = "${c.value}";\n});\n` },
  { name: "Rust test fixture", slotOnly: true, f: (c) => `#[cfg(test)]\nmod tests {\n    const ${c.slot}: &str = "${c.value}";\n\n    #[test]\n    fn connects() {\n        let c = super::Client::new(${c.slot});\n        assert!(c.ping().is_ok());\n    }\n}\n` },
  { name: "Jest test fixture", slotOnly: true, f: (c) => `describe("integration", () => {\n  beforeAll(() => {\n    process.env.${c.slot} = "${c.value}";\n  });\n  it("lists items", async () => {\n    expect((await list()).length).toBeGreaterThan(0);\n  });\n});\n` },
  { name: "shell history", slotOnly: true, f: (c) => `  501  git pull --rebase\n  502  export ${c.slot}=${c.value}\n  503  make run\n  504  tail -f logs/app.log\n` },
  { name: "GitHub Actions log (debug env dump)", slotOnly: true, f: (c) => `2026-11-03T10:22:${c.g.int(10, 59)}.${c.g.int(1000000, 9999999)}Z ##[group]Run ./scripts/smoke.sh\n2026-11-03T10:22:41.1180021Z env:\n2026-11-03T10:22:41.1180433Z   CI: true\n2026-11-03T10:22:41.1180711Z   ${c.slot}: ${c.value}\n2026-11-03T10:22:41.1181002Z ##[endgroup]\n2026-11-03T10:22:43.5521190Z smoke ok (commit ${c.g.hex(40)})` },
  { name: "Python crash report with locals", slotOnly: true, f: (c) => `Traceback (most recent call last):\n  File "/app/sync.py", line 88, in run\n    resp = session.post(url, headers=headers, timeout=5)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${c.host}', port=443)\n\nLocals at frame run:\n    url = 'https://${c.host}/v1/sync'\n    ${lc(c.slot)} = '${c.value}'\n    attempt = 3\n` },
  { name: "Jupyter notebook cell", slotOnly: true, f: (c) => J({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${c.slot}"] = "${c.value}"\n`, "df = load_dataset()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", slotOnly: true, f: (c) => `INSERT INTO integrations (id, provider, ${lc(c.slot)}, created_at)\nVALUES (${c.g.int(10, 999)}, '${lc(c.provider)}', '${c.value}', NOW());\n` },
  { name: "Markdown setup doc", slotOnly: true, f: (c) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the shared team key (ask in #eng if it rotates):\n\n\`\`\`bash\nexport ${c.slot}=${c.value}\n\`\`\`\n\n3. Run \`make dev\`.\n` },
  { name: "unified diff", slotOnly: true, f: (c) => `diff --git a/deploy/values.yaml b/deploy/values.yaml\nindex ${c.g.hex(7)}..${c.g.hex(7)} 100644\n--- a/deploy/values.yaml\n+++ b/deploy/values.yaml\n@@ -12,6 +12,7 @@ env:\n   LOG_LEVEL: info\n   REPLICAS: "3"\n+  ${c.slot}: "${c.value}"\n   TZ: UTC\n` },
  { name: "chat message to teammate", slotOnly: true, f: (c) => J({ channel: "C0" + c.g.s(9, UAN), text: `here's the ${c.provider} key for the demo env, it's the prod one for now: ${c.value} — pls don't commit it`, thread_ts: `${c.g.int(1700000000, 1799999999)}.${c.g.int(100000, 999999)}` }) },
  { name: "k8s Secret stringData", slotOnly: true, f: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${lc(c.provider).replace(/[^a-z0-9]+/g, "-")}-creds\n  namespace: prod\ntype: Opaque\nstringData:\n  ${c.slot}: "${c.value}"\n` },
  { name: "Dockerfile ENV", slotOnly: true, f: (c) => `FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nENV ${c.slot}=${c.value}\nRUN npm ci --omit=dev\nCMD ["node", "dist/server.js"]\n` },
  { name: "GitHub Actions workflow env", slotOnly: true, f: (c) => `name: deploy\non: { push: { branches: [main] } }\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${c.slot}: ${c.value}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n` },
  { name: "Anthropic chat body, pasted log (JSON-escaped)", f: (c) => J({ model: "claude-opus-4-1", max_tokens: 2048, messages: [{ role: "user", content: `the webhook call keeps failing, log below\n\n\`\`\`\n2026-11-02 09:14:02 DEBUG > GET https://${c.host}/v1/me\n2026-11-02 09:14:02 DEBUG > ${h(c)}\n2026-11-02 09:14:03 ERROR < 401 Unauthorized\n\`\`\`` }] }) },
];

export interface Spec {
  provider: string;
  group: string;
  slot: string;
  gen: (g: Gen) => string;
  hdr?: string;
  host?: string;
}

/** Renders each spec once (or `times` times) with rotating renderers. */
export function build(opts: { seed: number; idPrefix: string; categoryPrefix: string; specs: Spec[]; times?: (s: Spec, i: number) => number; offset?: number }): CorpusCase[] {
  const g = new Gen(opts.seed);
  const out: CorpusCase[] = [];
  let k = opts.offset ?? 0;
  for (const [i, s] of opts.specs.entries()) {
    const n = opts.times ? opts.times(s, i) : 1;
    for (let j = 0; j < n; j++) {
      const ren = RENDERERS[k % RENDERERS.length]!;
      k += 1;
      const value = s.gen(g);
      const ctx: Ctx = { provider: s.provider, slot: s.slot, value, hdr: s.hdr ?? "Authorization: Bearer $V", host: s.host ?? "api." + lc(s.provider).replace(/[^a-z0-9]+/g, "") + ".com", g };
      out.push({
        id: `${opts.idPrefix}-${String(out.length + 1).padStart(3, "0")}`,
        kind: "secrets",
        category: `${opts.categoryPrefix}-${s.group}`,
        label: "positive",
        text: ren.f(ctx),
        note: `${s.provider}: ${s.slot} in ${ren.name}`,
      });
    }
  }
  return out;
}
