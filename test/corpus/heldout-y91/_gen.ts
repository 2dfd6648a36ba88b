// Shared helpers for heldout-y91 (skipped by the loader: starts with `_`). Every credential-shaped
// value is assembled at run time from a mulberry32 stream with a fixed seed per file.
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const LAN = LO + DIG;
export const UAN = UP + DIG;
export const HEX = "0123456789abcdef";
export const UHEX = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const URL64 = AN + "-_";

export class Gen {
  private r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  s(n: number, alpha = AN): string {
    let o = "";
    for (let i = 0; i < n; i++) o += alpha[this.int(alpha.length)];
    return o;
  }
  an(n: number) { return this.s(n, AN); }
  lan(n: number) { return this.s(n, LAN); }
  uan(n: number) { return this.s(n, UAN); }
  hex(n: number) { return this.s(n, HEX); }
  uhex(n: number) { return this.s(n, UHEX); }
  dig(n: number) { return this.s(n, DIG); }
  up(n: number) { return this.s(n, UP); }
  u64(n: number) { return this.s(n, URL64); }
  b64(nBytes: number): string {
    const b = new Uint8Array(nBytes);
    for (let i = 0; i < nBytes; i++) b[i] = this.int(256);
    return Buffer.from(b).toString("base64");
  }
  uuid(): string {
    return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-");
  }
  /** A JWT-shaped value with a real JSON header and payload. */
  jwt(payload: Record<string, unknown>): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.u64(43)].join(".");
  }
  pem(label: string, bytes: number): string {
    const body = this.b64(bytes).replace(/(.{64})/g, "$1\n").trim();
    return ["-----BEGIN " + label + "-----", body, "-----END " + label + "-----"].join("\n");
  }
}

/** Joins parts, so no literal credential prefix + body appears in the source. */
export const j = (...p: string[]) => p.join("");

export interface Spec {
  prov: string;
  group: string;
  /** env var / config key naming the slot */
  env: string;
  /** HTTP header used by the provider; default Authorization: Bearer */
  hdr?: string;
  /** prefix placed before the value in the header (e.g. "Bearer ", "Token ") */
  hpre?: string;
  v: (g: Gen) => string;
}

export interface Ctx {
  prov: string;
  env: string;
  v: string;
  hdr: string;
  g: Gen;
}

const key = (env: string) => env.toLowerCase();
const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const J = (o: unknown) => JSON.stringify(o);
const J2 = (o: unknown) => JSON.stringify(o, null, 2);

/** Context renderers: [name, render]. Each renders one credential in one realistic outbound artefact. */
export const RENDERERS: Array<[string, (c: Ctx) => string]> = [
  ["openai chat body with pasted .env", (c) =>
    J({ model: "gpt-4o", messages: [
      { role: "system", content: "You are a helpful coding assistant." },
      { role: "user", content: `Why does the app crash on boot? Here's my .env:\n\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${c.env}=${c.v}\nFEATURE_FLAGS=beta,search\n` },
    ], temperature: 0.2 })],
  ["anthropic tool_use write_file", (c) =>
    J({ role: "assistant", content: [
      { type: "text", text: "I'll add the missing setting to the config." },
      { type: "tool_use", id: "toolu_01" + c.g.an(22), name: "write_file", input: { path: "config/settings.yaml", content: `service:\n  name: billing-worker\n  region: eu-west-1\n  ${key(c.env)}: "${c.v}"\n  retries: 3\n` } },
    ] })],
  ["openai tool_calls shell (double-escaped)", (c) =>
    J({ role: "assistant", tool_calls: [{ id: "call_" + c.g.an(24), type: "function", function: { name: "run_shell", arguments: J({ command: `export ${c.env}="${c.v}" && npm run deploy -- --env prod` }) } }] })],
  ["MCP tool result echoed back", (c) =>
    J({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `$ cat .env.production\nAPP_URL=https://app.internal\n${c.env}=${c.v}\nCACHE_TTL=300\n` }], isError: false } })],
  ["curl header", (c) =>
    `curl -sS -X POST https://api.${c.prov.toLowerCase().replace(/[^a-z]/g, "")}.example-host.io/v1/jobs \\\n  -H "${c.hdr}${c.v}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"nightly-sync","limit":50}'`],
  ["raw HTTP request header", (c) =>
    `POST /v2/events HTTP/1.1\r\nHost: ingest.${c.prov.toLowerCase().replace(/[^a-z]/g, "")}.example-host.io\r\nUser-Agent: agent/1.4.2\r\n${c.hdr}${c.v}\r\nContent-Type: application/json\r\nContent-Length: 41\r\n\r\n{"event":"deploy","status":"ok","n":12}`],
  ["URL query string", (c) =>
    `GET https://hooks.example-host.io/api/v1/sync?project=web&${key(c.env)}=${encodeURIComponent(c.v)}&page=2 -> 200 OK (412ms)`],
  ["form body", (c) =>
    `POST /oauth/setup HTTP/1.1\nHost: internal.example-host.io\nContent-Type: application/x-www-form-urlencoded\n\ngrant=client&team=platform&${key(c.env)}=${encodeURIComponent(c.v)}&confirm=true`],
  ["multipart body", (c) =>
    `--------------------------${c.g.dig(24)}\r\nContent-Disposition: form-data; name="name"\r\n\r\nprod-integration\r\n--------------------------\r\nContent-Disposition: form-data; name="${key(c.env)}"\r\n\r\n${c.v}\r\n--------------------------\r\nContent-Disposition: form-data; name="enabled"\r\n\r\ntrue\r\n----------------------------`],
  ["JSON request body", (c) =>
    J2({ integration: { name: c.prov, enabled: true, credentials: { [camel(c.env)]: c.v }, scopes: ["read", "write"] } })],
  [".env file", (c) =>
    `# production\nDATABASE_POOL=10\nSENTRY_ENVIRONMENT=production\n${c.env}=${c.v}\nREDIS_TLS=true\n`],
  ["YAML config", (c) =>
    `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  LOG_LEVEL: info\n  ${c.env}: "${c.v}"\n  TIMEOUT_MS: "5000"\n`],
  ["TOML config", (c) =>
    `[server]\nhost = "0.0.0.0"\nport = 8443\n\n[integrations.${c.prov.toLowerCase().replace(/[^a-z0-9]/g, "_")}]\n${key(c.env)} = "${c.v}"\ntimeout = 30\n`],
  ["INI config", (c) =>
    `[default]\nregion = us-east-1\noutput = json\n\n[${c.prov.toLowerCase().replace(/[^a-z0-9]/g, "")}]\n${key(c.env)} = ${c.v}\nverify_ssl = true\n`],
  [".properties file", (c) =>
    `spring.application.name=orders\nserver.port=8080\napp.${camel(c.env)}=${c.v}\nspring.jpa.hibernate.ddl-auto=validate\n`],
  ["JSON config file", (c) =>
    J2({ name: "worker", version: "2.3.1", env: "production", secrets: { [c.env]: c.v }, retry: { max: 5 } })],
  ["HCL / terraform", (c) =>
    `module "app" {\n  source  = "./modules/service"\n  name    = "api"\n  replicas = 3\n\n  environment = {\n    LOG_LEVEL = "info"\n    ${c.env} = "${c.v}"\n  }\n}\n`],
  ["XML config", (c) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${c.env}" value="${c.v}" />\n  </appSettings>\n</configuration>\n`],
  ["python code", (c) =>
    `import os\nimport requests\n\n${c.env} = os.environ.get("${c.env}", "${c.v}")\n\ndef fetch(path):\n    return requests.get(f"https://api.example-host.io{path}", headers={"Authorization": f"Bearer {${c.env}}"}, timeout=10)\n`],
  ["javascript code", (c) =>
    `import { Client } from "./client.js";\n\nconst client = new Client({\n  ${camel(c.env)}: process.env.${c.env} ?? "${c.v}",\n  timeout: 10_000,\n});\n\nexport default client;\n`],
  ["go code", (c) =>
    `package config\n\nimport "os"\n\nfunc ${camel(c.env)}() string {\n\tif v := os.Getenv("${c.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${c.v}"\n}\n`],
  ["java code", (c) =>
    `public final class Settings {\n    private Settings() {}\n    public static final String ${c.env} =\n        System.getenv().getOrDefault("${c.env}", "${c.v}");\n}\n`],
  ["csharp code", (c) =>
    `var builder = WebApplication.CreateBuilder(args);\nvar ${camel(c.env)} = Environment.GetEnvironmentVariable("${c.env}")\n    ?? "${c.v}";\nbuilder.Services.AddSingleton(new UpstreamOptions { ${c.env.split("_").map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join("")} = ${camel(c.env)} });\n`],
  ["ruby code", (c) =>
    `# config/initializers/integration.rb\nRails.application.configure do\n  config.x.integration.${key(c.env)} = ENV.fetch("${c.env}", "${c.v}")\nend\n`],
  ["php code", (c) =>
    `<?php\n\nreturn [\n    'driver' => 'http',\n    '${key(c.env)}' => env('${c.env}', '${c.v}'),\n    'timeout' => 15,\n];\n`],
  ["rust code", (c) =>
    `use std::env;\n\nfn ${key(c.env)}() -> String {\n    env::var("${c.env}").unwrap_or_else(|_| "${c.v}".to_string())\n}\n`],
  ["test fixture", (c) =>
    `describe("integration client", () => {\n  const ${camel(c.env)} = "${c.v}";\n  it("sends auth", async () => {\n    const res = await call({ ${camel(c.env)} });\n    expect(res.status).toBe(200);\n  });\n});\n`],
  ["CI log", (c) =>
    `2026-11-02T09:14:03.118Z ##[group]Run ./scripts/deploy.sh\n2026-11-02T09:14:03.120Z + echo "deploying web@${c.g.hex(7)}"\n2026-11-02T09:14:03.121Z + ${c.env}=${c.v} ./bin/release --stage prod\n2026-11-02T09:14:05.402Z release: uploaded 14 artifacts\n2026-11-02T09:14:05.403Z ##[endgroup]`],
  ["shell history", (c) =>
    `  501  cd ~/src/platform\n  502  git pull --rebase\n  503  export ${c.env}='${c.v}'\n  504  make migrate\n  505  kubectl get pods -n prod\n`],
  ["python crash dump with locals", (c) =>
    `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    resp = client.push(batch)\n  File "/srv/app/client.py", line 41, in push\n    raise UpstreamError(resp.status_code)\nclient.UpstreamError: 401\n\nLocals in push:\n  self.base_url = 'https://api.example-host.io'\n  self.${key(c.env)} = '${c.v}'\n  batch = <list len=200>\n`],
  ["jupyter notebook cell", (c) =>
    J2({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${c.env}"] = "${c.v}"\n`, "df = load_dataset('sales_2026')\n"] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 })],
  ["SQL insert", (c) =>
    `INSERT INTO integration_credentials (tenant_id, provider, ${key(c.env)}, created_at)\nVALUES (42, '${c.prov}', '${c.v}', now());\n`],
  ["markdown doc", (c) =>
    `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Ask in #platform for access, or use the shared one for now:\n\n\`\`\`bash\n${c.env}=${c.v}\n\`\`\`\n\n3. Run \`make dev\`.\n`],
  ["diff", (c) =>
    `diff --git a/deploy/values.prod.yaml b/deploy/values.prod.yaml\n--- a/deploy/values.prod.yaml\n+++ b/deploy/values.prod.yaml\n@@ -12,6 +12,7 @@ env:\n   LOG_LEVEL: info\n   REPLICAS: "3"\n+  ${c.env}: "${c.v}"\n   REGION: eu-central-1\n`],
  ["chat message", (c) =>
    J({ model: "claude-sonnet-4", max_tokens: 1024, messages: [{ role: "user", content: `my teammate sent me this in slack, is it the right format for ${c.prov}? \`${c.v}\` I keep getting 401s` }] })],
  ["docker run", (c) =>
    `docker run -d --name worker \\\n  -e NODE_ENV=production \\\n  -e ${c.env}=${c.v} \\\n  -p 8080:8080 ghcr.io/acme/worker:1.9.0`],
  ["GitHub Actions workflow", (c) =>
    `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${c.env}: ${c.v}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh\n`],
];

export interface Built {
  idp: string;
  category: string;
  specs: Spec[];
  /** times each spec is used */
  reps: (i: number) => number;
  seed: number;
  offset: number;
}

export function buildPositives(b: Built): CorpusCase[] {
  const g = new Gen(b.seed);
  const out: CorpusCase[] = [];
  let ri = b.offset;
  let n = 0;
  b.specs.forEach((s, i) => {
    for (let k = 0; k < b.reps(i); k++) {
      const [rname, render] = RENDERERS[ri % RENDERERS.length]!;
      ri += 7;
      const v = s.v(g);
      const hdr = (s.hdr ?? "Authorization") + ": " + (s.hpre ?? (s.hdr ? "" : "Bearer "));
      n++;
      out.push({
        id: `y91-${b.idp}-${String(n).padStart(3, "0")}`,
        kind: "secrets",
        category: `heldouty91-sec-${s.group}`,
        label: "positive",
        text: render({ prov: s.prov, env: s.env, v, hdr, g }),
        note: `${s.prov} ${s.env} in ${rname}`,
      });
    }
  });
  return out;
}
