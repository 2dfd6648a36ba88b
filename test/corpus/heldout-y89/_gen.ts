// Shared PRNG-driven builders and context renderers for heldout-y89 (skipped by the loader).
// Every credential-shaped value is assembled at run time from a template (prefix split from a
// random body), so the repository holds no literal credential.
import { mulberry32, randomString } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
const ALPH: Record<string, string> = {
  a: UP + LO + DG,
  h: "0123456789abcdef",
  H: "0123456789ABCDEF",
  d: DG,
  l: LO + DG,
  U: UP + DG,
  b: UP + LO + DG + "+/",
  w: UP + LO + DG + "_-",
  "3": UP + "234567",
};

export class Gen {
  r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  s(n: number, alpha = ALPH.a!): string {
    return randomString(this.r, n, alpha);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  uuid(): string {
    return [this.s(8, ALPH.h), this.s(4, ALPH.h), "4" + this.s(3, ALPH.h), this.pick(["8", "9", "a", "b"]) + this.s(3, ALPH.h), this.s(12, ALPH.h)].join("-");
  }
  /** Expand a template: {aN} alnum, {hN} hex, {HN} upper hex, {dN} digits, {lN} lower alnum,
   * {UN} upper alnum, {bN} base64 chars, {wN} url-safe, {3N} base32, {u} uuid. */
  t(tpl: string): string {
    return tpl.replace(/\{([a-zA-Z3])(\d*)\}/g, (_m, k: string, n: string) => {
      if (k === "u") return this.uuid();
      return this.s(Number(n), ALPH[k]!);
    });
  }
}

export interface Tok {
  group: string;
  provider: string;
  env: string;
  tpl: string;
  /** host used in HTTP-ish renderers */
  host?: string;
}

export type Renderer = { ctx: string; f: (env: string, v: string, host: string, g: Gen) => string };

const key = (env: string) => env.toLowerCase();
const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const j = (s: string) => JSON.stringify(s);

export const RENDERERS: Renderer[] = [
  {
    ctx: "OpenAI chat body with pasted .env",
    f: (e, v, _h, g) =>
      JSON.stringify({
        model: "gpt-4o",
        messages: [
          { role: "system", content: "You are a helpful coding assistant." },
          { role: "user", content: `why does the app crash on boot? here is my .env:\n\nNODE_ENV=production\nPORT=${g.int(3000, 9000)}\nLOG_LEVEL=info\n${e}=${v}\nFEATURE_FLAGS=beta,search\n` },
        ],
        temperature: 0.2,
      }, null, 2),
  },
  {
    ctx: "Anthropic tool_use write_file .env.production",
    f: (e, v, _h, g) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll create the production env file." },
          { type: "tool_use", id: "toolu_01" + g.s(22), name: "write_file", input: { path: ".env.production", content: `APP_NAME=orders\n${e}=${v}\nCACHE_TTL=300\n` } },
        ],
      }),
  },
  {
    ctx: "OpenAI tool_calls shell command (double-escaped)",
    f: (e, v, _h, g) =>
      JSON.stringify({
        role: "assistant",
        tool_calls: [{ id: "call_" + g.s(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${e}="${v}" npm run migrate -- --env staging` }) } }],
      }),
  },
  {
    ctx: "MCP tool result echoing config.yaml",
    f: (e, v, _h, g) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: g.int(2, 90),
        result: { content: [{ type: "text", text: `# config.yaml\nservice:\n  name: billing\n  replicas: 2\ncredentials:\n  ${key(e)}: "${v}"\n` }], isError: false },
      }),
  },
  { ctx: "curl command header", f: (e, v, h) => `$ curl -sS -X GET "https://${h}/v1/status" \\\n    -H "Authorization: Bearer ${v}" \\\n    -H "Accept: application/json"\n# ${e} copied from the dashboard` },
  {
    ctx: "raw HTTP request header",
    f: (_e, v, h, g) => `POST /v2/events HTTP/1.1\r\nHost: ${h}\r\nUser-Agent: python-requests/2.31.0\r\nContent-Type: application/json\r\nX-Api-Key: ${v}\r\nX-Request-Id: ${g.uuid()}\r\n\r\n{"event":"deploy","ok":true}`,
  },
  { ctx: "URL query string in access log", f: (e, v, h, g) => `10.0.${g.int(0, 255)}.${g.int(1, 254)} - - [06/Dec/2026:09:${g.int(10, 59)}:02 +0000] "GET https://${h}/api/v1/search?q=shoes&${key(e)}=${encodeURIComponent(v)}&page=2 HTTP/1.1" 200 ${g.int(200, 9000)}` },
  { ctx: "form-encoded POST body", f: (e, v, h) => `POST /oauth/token HTTP/1.1\nHost: ${h}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-reporting&${key(e)}=${encodeURIComponent(v)}&scope=read` },
  {
    ctx: "multipart form upload",
    f: (e, v, h, g) => {
      const b = "----WebKitFormBoundary" + g.s(16);
      return `POST /upload HTTP/1.1\nHost: ${h}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${key(e)}"\n\n${v}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}--`;
    },
  },
  { ctx: "JSON request body", f: (e, v, h) => `fetch("https://${h}/v1/connect", {\n  method: "POST",\n  headers: { "content-type": "application/json" },\n  body: JSON.stringify(${JSON.stringify({ workspace: "acme", [camel(e)]: v, region: "eu" }, null, 2).replace(/\n/g, "\n  ")})\n});` },
  { ctx: ".env file", f: (e, v, _h, g) => `# .env.local — do not commit\nDATABASE_POOL=${g.int(5, 20)}\nREDIS_DB=0\n${e}=${v}\nSENTRY_ENVIRONMENT=staging\n` },
  { ctx: "docker-compose YAML", f: (e, v) => `services:\n  worker:\n    image: ghcr.io/acme/worker:1.14.2\n    restart: unless-stopped\n    environment:\n      - QUEUE=default\n      - ${e}=${v}\n    depends_on:\n      - redis\n` },
  { ctx: "TOML config", f: (e, v) => `[server]\nhost = "0.0.0.0"\nport = 8080\n\n[integrations]\nenabled = true\n${key(e)} = "${v}"\ntimeout_ms = 5000\n` },
  { ctx: "INI config", f: (e, v) => `[default]\nregion = eu-west-1\noutput = json\n\n[integration]\n${key(e)} = ${v}\nretries = 3\n` },
  { ctx: "Java .properties", f: (e, v) => `spring.application.name=inventory\nserver.port=8081\napp.integration.${key(e).replace(/_/g, ".")}=${v}\nlogging.level.root=INFO\n` },
  { ctx: "JSON config file", f: (e, v) => JSON.stringify({ name: "sync-service", version: "2.3.0", integrations: { [camel(e)]: v, retry: { max: 5 } } }, null, 2) },
  { ctx: "Terraform HCL", f: (e, v) => `provider "restapi" {\n  uri = "https://api.example.net"\n}\n\nresource "kubernetes_secret" "app" {\n  metadata { name = "app-env" }\n  data = {\n    ${e} = "${v}"\n  }\n}\n` },
  { ctx: "XML app config", f: (e, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${e}" value="${v}" />\n  </appSettings>\n</configuration>` },
  { ctx: "Python client code", f: (e, v) => `import os\nimport requests\n\n${e} = os.environ.get("${e}", "${v}")\n\ndef fetch(path):\n    r = requests.get(BASE + path, headers={"Authorization": f"Bearer {${e}}"}, timeout=10)\n    r.raise_for_status()\n    return r.json()\n` },
  { ctx: "TypeScript client code", f: (e, v) => `import axios from "axios";\n\nconst ${camel(e)} = process.env.${e} ?? "${v}";\n\nexport const client = axios.create({\n  baseURL: process.env.API_BASE,\n  headers: { Authorization: \`Bearer \${${camel(e)}}\` },\n});\n` },
  { ctx: "Go code constant", f: (e, v) => `package config\n\nimport "os"\n\nconst default${camel(e).replace(/^./, (c) => c.toUpperCase())} = "${v}"\n\nfunc ${camel(e).replace(/^./, (c) => c.toUpperCase())}() string {\n\tif s := os.Getenv("${e}"); s != "" {\n\t\treturn s\n\t}\n\treturn default${camel(e).replace(/^./, (c) => c.toUpperCase())}\n}\n` },
  { ctx: "Java code", f: (e, v) => `public final class Credentials {\n    private Credentials() {}\n\n    public static final String ${e} =\n        System.getenv().getOrDefault("${e}", "${v}");\n}\n` },
  { ctx: "C# code", f: (e, v) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("partner", c =>\n{\n    c.BaseAddress = new Uri("https://partner.example.org/");\n    c.DefaultRequestHeaders.Add("X-Api-Key", Environment.GetEnvironmentVariable("${e}") ?? "${v}");\n});\n` },
  { ctx: "Ruby code", f: (e, v) => `# config/initializers/partner.rb\nPartner.configure do |config|\n  config.${key(e)} = ENV.fetch("${e}", "${v}")\n  config.timeout = 15\nend\n` },
  { ctx: "PHP code", f: (e, v) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${key(e)}' => env('${e}', '${v}'),\n    'timeout' => 30,\n];\n` },
  { ctx: "Rust code", f: (e, v) => `fn ${key(e)}() -> String {\n    std::env::var("${e}").unwrap_or_else(|_| "${v}".to_string())\n}\n` },
  { ctx: "test fixture (jest)", f: (e, v) => `describe("webhook", () => {\n  beforeAll(() => {\n    process.env.${e} = "${v}";\n  });\n  it("signs the payload", async () => {\n    expect(await send({ ok: true })).toBe(200);\n  });\n});\n` },
  { ctx: "GitHub Actions CI log", f: (e, v, _h, g) => `2026-12-05T14:${g.int(10, 59)}:11.4821930Z ##[group]Run ./scripts/deploy.sh\n2026-12-05T14:${g.int(10, 59)}:11.4823015Z + export ${e}=${v}\n2026-12-05T14:${g.int(10, 59)}:11.4824110Z + ./scripts/deploy.sh --target prod\n2026-12-05T14:${g.int(10, 59)}:12.0012345Z Deploying build ${g.s(7, "0123456789abcdef")}...\n2026-12-05T14:${g.int(10, 59)}:12.9912345Z ##[endgroup]` },
  { ctx: "shell history", f: (e, v, h) => `  501  cd ~/src/api\n  502  git pull --rebase\n  503  export ${e}='${v}'\n  504  curl -s https://${h}/health\n  505  make run\n` },
  { ctx: "Python crash report with locals", f: (e, v) => `Traceback (most recent call last):\n  File "/app/sync.py", line 88, in run\n    resp = client.push(batch)\n  File "/app/client.py", line 41, in push\n    raise ApiError(resp.status_code)\nclient.ApiError: 401\n\nLocals at frame push:\n    self = <Client base='https://api.internal'>\n    ${key(e)} = '${v}'\n    batch = [<Row 1>, <Row 2>]\n` },
  {
    ctx: "Jupyter notebook cell",
    f: (e, v) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, source: ["import os\n", `os.environ["${e}"] = "${v}"\n`, "df = load_data()\n"], outputs: [] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1),
  },
  { ctx: "SQL seed insert", f: (e, v, _h, g) => `INSERT INTO integration_settings (tenant_id, name, value, created_at)\nVALUES (${g.int(1, 400)}, '${key(e)}', '${v}', NOW());\n` },
  { ctx: "Markdown setup doc", f: (e, v) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the integration key (ask in #platform if it rotates):\n\n\`\`\`bash\nexport ${e}=${v}\n\`\`\`\n\n3. Run \`make dev\`.\n` },
  { ctx: "unified diff", f: (e, v) => `diff --git a/config/settings.py b/config/settings.py\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,6 +12,7 @@ DEBUG = False\n ALLOWED_HOSTS = ["*"]\n+${e} = "${v}"\n TIME_ZONE = "UTC"\n` },
  { ctx: "chat message to teammate", f: (e, v) => `hey, prod is failing again on the integration job. try this ${key(e).replace(/_/g, " ")} instead, the old one was rotated:\n${v}\nlet me know if it still 401s` },
  { ctx: "k8s Secret stringData", f: (e, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n  ${e}: "${v}"\n` },
  { ctx: "docker run -e", f: (e, v) => `docker run --rm -d --name api \\\n  -p 8080:8080 \\\n  -e ${e}=${v} \\\n  ghcr.io/acme/api:latest` },
  { ctx: "Helm values.yaml", f: (e, v) => `replicaCount: 2\nimage:\n  repository: acme/api\n  tag: "1.8.0"\nenv:\n  ${camel(e)}: "${v}"\nresources:\n  limits:\n    cpu: 500m\n` },
];

export function build(opts: { idPrefix: string; seed: number; toks: Tok[]; start?: number; catPrefix: string }): CorpusCase[] {
  const g = new Gen(opts.seed);
  const out: CorpusCase[] = [];
  opts.toks.forEach((tk, i) => {
    const r = RENDERERS[(i + (opts.start ?? 0)) % RENDERERS.length]!;
    const v = g.t(tk.tpl);
    out.push({
      id: `${opts.idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: `${opts.catPrefix}-${tk.group}`,
      label: "positive",
      text: r.f(tk.env, v, tk.host ?? "api.example.com", g),
      note: `${tk.provider}; slot ${tk.env}; context: ${r.ctx}`,
    });
  });
  return out;
}

export { j };
