// Shared builders for heldout-y51 (skipped by the loader: starts with "_", not *.cases.ts).
// Every credential-shaped value is assembled at run time from split prefixes and a mulberry32
// stream with a fixed seed per file, so the repository holds no literal credential.
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const URLS = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const LAN = LO + DIG;
export const UAN = UP + DIG;

export class Rng {
  private r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  n(k: number): number {
    return Math.floor(this.r() * k);
  }
  s(n: number, alph = AN): string {
    let o = "";
    for (let i = 0; i < n; i++) o += alph[Math.floor(this.r() * alph.length)];
    return o;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  uuid(): string {
    return `${this.s(8, HEX)}-${this.s(4, HEX)}-4${this.s(3, HEX)}-${this.pick(["8", "9", "a", "b"])}${this.s(3, HEX)}-${this.s(12, HEX)}`;
  }
  b64(nbytes: number): string {
    const b = new Uint8Array(nbytes);
    for (let i = 0; i < nbytes; i++) b[i] = this.n(256);
    return Buffer.from(b).toString("base64");
  }
}

/** Join parts (prefixes are always passed split, e.g. j("sk", "_live_", body)). */
export const j = (...p: string[]) => p.join("");

export interface Tok {
  provider: string;
  group: string;
  /** env-var style slot name, e.g. OPENAI_API_KEY */
  slot: string;
  gen: (r: Rng) => string;
  /** Optional HTTP header name the provider uses (default Authorization: Bearer). */
  header?: string;
  /** Optional API host for request renderers. */
  host?: string;
}

export interface Ctx {
  slot: string;
  v: string;
  provider: string;
  header: string;
  host: string;
  r: Rng;
}

const lc = (s: string) => s.toLowerCase();
const camel = (s: string) => lc(s).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const hdr = (c: Ctx) => (c.header === "Authorization" ? `Authorization: Bearer ${c.v}` : `${c.header}: ${c.v}`);
const J = (x: unknown, _r?: null, sp?: number) => JSON.stringify(x, null, sp);

export type Renderer = { name: string; f: (c: Ctx) => string };

export const RENDERERS: Renderer[] = [
  {
    name: "LLM chat body, pasted .env (JSON-escaped)",
    f: (c) =>
      J({
        model: "claude-sonnet-4-5",
        max_tokens: 4096,
        messages: [
          {
            role: "user",
            content: `my app won't start, here's my .env:\n\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${c.slot}=${c.v}\nDATABASE_POOL=10\n\nwhat's wrong?`,
          },
        ],
      }),
  },
  {
    name: "Anthropic tool_use write_file config.yaml",
    f: (c) =>
      J({
        role: "assistant",
        content: [
          { type: "text", text: "I'll write the service config now." },
          {
            type: "tool_use",
            id: `toolu_01${c.r.s(22)}`,
            name: "write_file",
            input: { path: "config/service.yaml", content: `service:\n  name: billing-worker\n  replicas: 2\n${lc(c.provider.replace(/[^A-Za-z]/g, "_"))}:\n  ${lc(c.slot)}: "${c.v}"\n  timeout_ms: 5000\n` },
          },
        ],
      }, null, 2),
  },
  {
    name: "OpenAI tool_calls shell export (double-escaped arguments)",
    f: (c) =>
      J({
        choices: [
          {
            message: {
              role: "assistant",
              tool_calls: [
                {
                  id: `call_${c.r.s(24)}`,
                  type: "function",
                  function: { name: "run_shell", arguments: J({ command: `export ${c.slot}="${c.v}" && npm run sync` }) },
                },
              ],
            },
          },
        ],
      }, null, 2),
  },
  {
    name: "MCP tool result echoing .env.local",
    f: (c) =>
      J({
        jsonrpc: "2.0",
        id: 7,
        result: { content: [{ type: "text", text: `# .env.local\nAPP_URL=http://localhost:3000\n${c.slot}=${c.v}\nFEATURE_FLAGS=beta,search\n` }], isError: false },
      }),
  },
  {
    name: "curl command header",
    f: (c) => `curl -sS https://${c.host}/v1/status \\\n  -H "${hdr(c)}" \\\n  -H "Content-Type: application/json" | jq .`,
  },
  {
    name: "raw HTTP request JSON body",
    f: (c) =>
      `POST /v1/integrations HTTP/1.1\r\nHost: internal-gw.example.net\r\nContent-Type: application/json\r\nUser-Agent: agent/1.4\r\n\r\n${J({ provider: c.provider, credentials: { [lc(c.slot)]: c.v }, enabled: true })}`,
  },
  {
    name: "HTTP request header",
    f: (c) => `GET /v2/account HTTP/1.1\nHost: ${c.host}\nAccept: application/json\n${hdr(c)}\nX-Request-Id: ${c.r.uuid()}\n`,
  },
  {
    name: "URL query string",
    f: (c) => `GET https://${c.host}/api/export?format=csv&${lc(c.slot)}=${encodeURIComponent(c.v)}&page=2\n-> 200 OK (1.2 MB)`,
  },
  {
    name: "form-encoded body",
    f: (c) =>
      `POST /oauth/connect HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\nclient=cli&${lc(c.slot)}=${encodeURIComponent(c.v)}&scope=read%20write`,
  },
  {
    name: "multipart form-data",
    f: (c) => {
      const b = `----WebKitFormBoundary${c.r.s(16)}`;
      return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="name"\n\nprod-sync\n--${b}\nContent-Disposition: form-data; name="${lc(c.slot)}"\n\n${c.v}\n--${b}--\n`;
    },
  },
  { name: ".env file", f: (c) => `# production\nAPP_NAME=storefront\nREDIS_TTL=300\n${c.slot}=${c.v}\nSENTRY_ENVIRONMENT=prod\n` },
  {
    name: "docker-compose YAML",
    f: (c) => `services:\n  api:\n    image: ghcr.io/acme/api:2.3.1\n    ports: ["8080:8080"]\n    environment:\n      - NODE_ENV=production\n      - ${c.slot}=${c.v}\n    restart: unless-stopped\n`,
  },
  { name: "TOML config", f: (c) => `[server]\nhost = "0.0.0.0"\nport = 9000\n\n[integrations.${lc(c.provider.replace(/[^A-Za-z]/g, ""))}]\n${lc(c.slot)} = "${c.v}"\nretries = 3\n` },
  { name: "INI config", f: (c) => `[default]\nregion = eu-west-1\noutput = json\n\n[${lc(c.provider.replace(/[^A-Za-z]/g, ""))}]\n${lc(c.slot)} = ${c.v}\n` },
  { name: "Java .properties", f: (c) => `spring.application.name=orders\nserver.port=8081\napp.${camel(c.slot)}=${c.v}\nlogging.level.root=INFO\n` },
  { name: "JSON config file", f: (c) => J({ name: "worker", version: "1.8.0", settings: { region: "us-east-1", [camel(c.slot)]: c.v, retry: 3 } }, null, 2) },
  {
    name: "Terraform HCL",
    f: (c) => `provider "restapi" {\n  uri = "https://${c.host}"\n}\n\nvariable "${lc(c.slot)}" {\n  type      = string\n  sensitive = true\n  default   = "${c.v}"\n}\n`,
  },
  {
    name: "XML config",
    f: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${c.slot}" value="${c.v}" />\n  </appSettings>\n</configuration>\n`,
  },
  {
    name: "Python SDK code",
    f: (c) => `import os\nimport httpx\n\n${c.slot} = os.environ.get("${c.slot}", "${c.v}")\n\nclient = httpx.Client(base_url="https://${c.host}", headers={"${c.header}": ${c.header === "Authorization" ? `f"Bearer {${c.slot}}"` : c.slot}})\n`,
  },
  {
    name: "TypeScript code",
    f: (c) => `import axios from "axios";\n\nconst ${camel(c.slot)} = process.env.${c.slot} ?? "${c.v}";\n\nexport const api = axios.create({\n  baseURL: "https://${c.host}",\n  headers: { "${c.header}": ${c.header === "Authorization" ? `\`Bearer \${${camel(c.slot)}}\`` : camel(c.slot)} },\n});\n`,
  },
  {
    name: "Go code",
    f: (c) => `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst default${camel(c.slot).replace(/^./, (x) => x.toUpperCase())} = "${c.v}"\n\nfunc newReq() (*http.Request, error) {\n\treq, err := http.NewRequest("GET", "https://${c.host}/v1/me", nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\t_ = os.Getenv("${c.slot}")\n\treturn req, nil\n}\n`,
  },
  {
    name: "Java code",
    f: (c) => `public final class ApiConfig {\n    private static final String ${c.slot} = "${c.v}";\n\n    public static String key() {\n        String env = System.getenv("${c.slot}");\n        return env != null ? env : ${c.slot};\n    }\n}\n`,
  },
  { name: "C# code", f: (c) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", http => {\n    http.BaseAddress = new Uri("https://${c.host}");\n    http.DefaultRequestHeaders.Add("${c.header}", "${c.header === "Authorization" ? "Bearer " : ""}${c.v}");\n});\n` },
  { name: "Ruby code", f: (c) => `# config/initializers/integrations.rb\nRails.application.configure do\n  config.x.integrations.${lc(c.slot)} = ENV.fetch("${c.slot}", "${c.v}")\nend\n` },
  { name: "PHP code", f: (c) => `<?php\n// config/services.php\nreturn [\n    'upstream' => [\n        'base_url' => 'https://${c.host}',\n        '${lc(c.slot)}' => env('${c.slot}', '${c.v}'),\n    ],\n];\n` },
  { name: "Rust code", f: (c) => `use std::env;\n\nfn api_key() -> String {\n    env::var("${c.slot}").unwrap_or_else(|_| "${c.v}".to_string())\n}\n` },
  {
    name: "CI log (GitHub Actions)",
    f: (c) => `2026-11-30T10:14:02.118Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T10:14:02.119Z + ./scripts/deploy.sh --env prod\n2026-11-30T10:14:02.412Z [deploy] using ${c.slot}=${c.v}\n2026-11-30T10:14:03.007Z [deploy] uploading artifacts (14 files)\n2026-11-30T10:14:05.551Z ##[endgroup]\n`,
  },
  { name: "shell history", f: (c) => `  501  cd ~/src/platform\n  502  git pull --rebase\n  503  export ${c.slot}=${c.v}\n  504  make deploy ENV=staging\n  505  kubectl get pods -n staging\n` },
  {
    name: "Python crash dump with locals",
    f: (c) => `Traceback (most recent call last):\n  File "/app/sync/worker.py", line 88, in run\n    resp = client.post(url, headers=headers, timeout=10)\n  File "/usr/lib/python3.12/site-packages/httpx/_client.py", line 1145, in post\nhttpx.ConnectTimeout: timed out\n\nLocals at frame run:\n    url = 'https://${c.host}/v1/push'\n    headers = {'${c.header}': '${c.header === "Authorization" ? "Bearer " : ""}${c.v}', 'Accept': 'application/json'}\n    attempt = 3\n`,
  },
  {
    name: "Jupyter notebook JSON",
    f: (c) =>
      J({
        cells: [
          { cell_type: "markdown", metadata: {}, source: ["## Pull data\n"] },
          { cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${c.slot}"] = "${c.v}"\n`, "df = load_events(days=7)\n"] },
        ],
        metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
        nbformat: 4,
        nbformat_minor: 5,
      }, null, 1),
  },
  {
    name: "SQL seed insert",
    f: (c) => `-- seed integrations for prod tenant\nINSERT INTO integrations (tenant_id, provider, ${lc(c.slot)}, created_at)\nVALUES (42, '${lc(c.provider)}', '${c.v}', NOW());\n`,
  },
  {
    name: "Markdown doc",
    f: (c) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the ${c.provider} credential (this is the team's shared one):\n\n\`\`\`bash\nexport ${c.slot}=${c.v}\n\`\`\`\n\n3. Run \`make dev\`.\n`,
  },
  {
    name: "unified diff",
    f: (c) => `diff --git a/.env.production b/.env.production\nindex 3f2a1c0..9b7e4d2 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,4 +3,5 @@ APP_ENV=production\n LOG_LEVEL=warn\n CACHE_TTL=600\n+${c.slot}=${c.v}\n QUEUE=default\n`,
  },
  { name: "chat message", f: (c) => `[10:42] dana: prod sync is failing again\n[10:43] sam: rotated the ${c.provider} one, new value is ${c.v}\n[10:43] sam: put it in the vault later pls\n` },
  { name: "docker run -e", f: (c) => `docker run --rm -d --name sync \\\n  -e ${c.slot}=${c.v} \\\n  -e LOG_LEVEL=debug \\\n  acme/sync:latest` },
  {
    name: "test fixture (jest)",
    f: (c) => `describe("client", () => {\n  beforeAll(() => {\n    process.env.${c.slot} = "${c.v}";\n  });\n\n  it("lists projects", async () => {\n    const res = await listProjects();\n    expect(res.length).toBeGreaterThan(0);\n  });\n});\n`,
  },
  {
    name: "Kubernetes Secret stringData",
    f: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  ${c.slot}: "${c.v}"\n`,
  },
];

/** Rotates tokens through the renderers; `start` offsets the rotation per file. */
export function rotate(
  toks: Tok[],
  total: number,
  r: Rng,
  idPrefix: string,
  catPrefix: string,
  start = 0,
): CorpusCase[] {
  const out: CorpusCase[] = [];
  for (let i = 0; i < total; i++) {
    const t = toks[i % toks.length]!;
    const rd = RENDERERS[(start + i * 7) % RENDERERS.length]!;
    const v = t.gen(r);
    const ctx: Ctx = { slot: t.slot, v, provider: t.provider, header: t.header ?? "Authorization", host: t.host ?? "api.example.com", r };
    out.push({
      id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: `${catPrefix}-${t.group}`,
      label: "positive",
      text: rd.f(ctx),
      note: `${t.provider} ${t.slot} in ${rd.name}`,
    });
  }
  return out;
}
