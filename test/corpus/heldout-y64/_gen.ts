// Shared PRNG draws and context renderers for heldout-y64 (skipped by the loader: starts with "_").
// Every credential-shaped value is assembled at run time from a split prefix and a seeded body.
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const ALNUM = UP + LO + DIG;
export const LOWNUM = LO + DIG;
export const UPNUM = UP + DIG;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = ALNUM + "+/";
export const URLSAFE = ALNUM + "_-";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen {
  private r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  s(n: number, a: string = ALNUM): string {
    let o = "";
    for (let i = 0; i < n; i++) o += a[Math.floor(this.r() * a.length)];
    return o;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  /** parts joined: strings are literal pieces (kept split in source), [n, alphabet] are draws. */
  t(...parts: (string | [number, string?])[]): string {
    return parts.map((p) => (typeof p === "string" ? p : this.s(p[0], p[1] ?? ALNUM))).join("");
  }
  uuid(): string {
    return [this.s(8, HEX), this.s(4, HEX), "4" + this.s(3, HEX), this.pick(["8", "9", "a", "b"]) + this.s(3, HEX), this.s(12, HEX)].join("-");
  }
  b64(nBytes: number): string {
    let bin = "";
    for (let i = 0; i < nBytes; i++) bin += String.fromCharCode(this.int(256));
    return Buffer.from(bin, "binary").toString("base64");
  }
  ip(): string {
    return `10.${this.int(255)}.${this.int(255)}.${1 + this.int(250)}`;
  }
  ts(): string {
    return `2026-0${1 + this.int(9)}-1${this.int(9)}T0${this.int(9)}:${10 + this.int(49)}:${10 + this.int(49)}Z`;
  }
}

export interface Tok {
  group: string;
  provider: string;
  slot: string; // human slot name
  env: string; // env var / key name a developer would use
  value: string;
  host?: string; // API host, for HTTP renderers
  header?: string; // header name if the provider uses a specific one (default Authorization: Bearer)
  scheme?: string; // Authorization scheme other than Bearer (SSWS, Bot, token, Basic)
}

export const j = (s: string) => JSON.stringify(s); // JSON string literal with quotes
export const je = (s: string) => JSON.stringify(s).slice(1, -1); // JSON-escaped body

/** Authorization header value: scheme + token ("Bearer x", "SSWS x", "Token token=x", bare x). */
function auth(t: Tok): string {
  const sc = t.scheme ?? "Bearer";
  return sc === "" ? t.value : sc.endsWith("=") ? sc + t.value : `${sc} ${t.value}`;
}
function hdr(t: Tok): string {
  if (!t.header) return `Authorization: ${auth(t)}`;
  return `${t.header}: ${t.value}`;
}
const host = (t: Tok) => t.host ?? `api.${t.provider.toLowerCase().replace(/[^a-z0-9]/g, "")}.com`;
const lowerKey = (t: Tok) => t.env.toLowerCase();
const camel = (t: Tok) => t.env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export type Renderer = { name: string; render: (t: Tok, g: Gen) => string };

export const RENDERERS: Renderer[] = [
  {
    name: "chat body with pasted .env",
    render: (t, g) => {
      const env = `NODE_ENV=production\nPORT=${3000 + g.int(999)}\nLOG_LEVEL=info\n${t.env}=${t.value}\nFEATURE_FLAGS=beta,search\n`;
      return `{"model":"claude-sonnet-4-5","max_tokens":4096,"messages":[{"role":"user","content":${j(
        "why does the app crash on boot? here is my .env:\n\n```\n" + env + "```",
      )}}]}`;
    },
  },
  {
    name: "anthropic tool_use write_file",
    render: (t, g) =>
      JSON.stringify({
        type: "tool_use",
        id: "toolu_01" + g.s(22),
        name: "write_file",
        input: { path: "config/settings.local.json", content: JSON.stringify({ service: t.provider.toLowerCase(), [camel(t)]: t.value, timeoutMs: 5000 }, null, 2) },
      }),
  },
  {
    name: "openai tool_calls shell command",
    render: (t, g) =>
      JSON.stringify({
        role: "assistant",
        tool_calls: [
          {
            id: "call_" + g.s(24),
            type: "function",
            function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${t.env}=${t.value} && npm run sync` }) },
          },
        ],
      }),
  },
  {
    name: "MCP tool result echoed back",
    render: (t, g) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: 3 + g.int(90),
        result: { content: [{ type: "text", text: `$ cat ~/.config/${t.provider.toLowerCase().replace(/\W/g, "")}/credentials\n[default]\n${lowerKey(t)} = ${t.value}\nregion = eu-west-1\n` }], isError: false },
      }),
  },
  { name: "curl header", render: (t) => `curl -sS -X GET "https://${host(t)}/v1/me" \\\n  -H "${hdr(t)}" \\\n  -H "Accept: application/json"` },
  {
    name: "raw HTTP request headers",
    render: (t, g) => `POST /v2/events HTTP/1.1\r\nHost: ${host(t)}\r\nUser-Agent: node-fetch/3.3.2\r\n${hdr(t)}\r\nContent-Type: application/json\r\nX-Request-Id: ${g.uuid()}\r\n\r\n{"event":"deploy","ok":true}`,
  },
  { name: "URL query string", render: (t, g) => `GET https://${host(t)}/api/export?format=csv&${lowerKey(t)}=${encodeURIComponent(t.value)}&page=${g.int(9)} 200 ${20 + g.int(400)}ms` },
  { name: "form body", render: (t) => `POST /oauth/token HTTP/1.1\nHost: ${host(t)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${lowerKey(t)}=${encodeURIComponent(t.value)}&scope=read` },
  {
    name: "multipart form field",
    render: (t, g) => {
      const b = "----WebKitFormBoundary" + g.s(16);
      return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${lowerKey(t)}"\n\n${t.value}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}--`;
    },
  },
  { name: "JSON request body", render: (t, g) => `fetch("https://${host(t)}/v1/sessions", {\n  method: "POST",\n  headers: { "content-type": "application/json" },\n  body: JSON.stringify({ ${camel(t)}: "${t.value}", client: "cli/${g.int(9)}.${g.int(20)}" }),\n});` },
  { name: "YAML config", render: (t) => `# config/${t.provider.toLowerCase().replace(/\W/g, "")}.yml\n${t.provider.toLowerCase().replace(/\W/g, "_")}:\n  enabled: true\n  ${lowerKey(t)}: ${t.value}\n  retries: 3\n  timeout: 30s\n` },
  { name: "TOML config", render: (t) => `[integrations.${t.provider.toLowerCase().replace(/\W/g, "_")}]\nenabled = true\n${lowerKey(t)} = "${t.value}"\nbatch_size = 100\n` },
  { name: "INI config", render: (t) => `; ~/.${t.provider.toLowerCase().replace(/\W/g, "")}rc\n[default]\noutput = json\n${lowerKey(t)} = ${t.value}\n\n[profile staging]\noutput = table\n` },
  { name: "Java .properties", render: (t) => `# application-prod.properties\nspring.datasource.pool-size=20\n${t.provider.toLowerCase().replace(/\W/g, "")}.${camel(t)}=${t.value}\nmanagement.endpoints.web.exposure.include=health\n` },
  { name: "JSON config file", render: (t) => JSON.stringify({ name: "worker", version: "1.4.2", env: { [t.env]: t.value, REGION: "us-east-1" }, cron: "*/5 * * * *" }, null, 2) },
  { name: "Terraform HCL", render: (t) => `provider "${t.provider.toLowerCase().replace(/\W/g, "")}" {\n  ${lowerKey(t)} = "${t.value}"\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { always = timestamp() }\n}\n` },
  { name: "XML config", render: (t) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${t.env}" value="${t.value}" />\n  </appSettings>\n</configuration>` },
  { name: "Python SDK constructor", render: (t) => `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\nclient = ${t.provider.replace(/\W/g, "")}Client(\n    api_key=os.getenv("${t.env}", "${t.value}"),\n    timeout=30,\n)\n` },
  { name: "TypeScript env default", render: (t) => `export const config = {\n  port: Number(process.env.PORT ?? 8080),\n  ${camel(t)}: process.env.${t.env} ?? "${t.value}",\n  debug: false,\n};\n` },
  { name: "Go constant", render: (t) => `package main\n\nimport "os"\n\nconst default${t.provider.replace(/\W/g, "")}Key = "${t.value}"\n\nfunc key() string {\n\tif v := os.Getenv("${t.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${t.provider.replace(/\W/g, "")}Key\n}\n` },
  { name: "Java field", render: (t) => `public final class Secrets {\n    private Secrets() {}\n    public static final String ${t.env} = "${t.value}";\n}\n` },
  { name: "C# appsettings usage", render: (t) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("${t.provider}", c => {\n    c.DefaultRequestHeaders.Add("${t.header ?? "Authorization"}", "${t.header ? t.value : auth(t)}");\n});\n` },
  { name: "Ruby initializer", render: (t) => `# config/initializers/${t.provider.toLowerCase().replace(/\W/g, "_")}.rb\n${t.provider.replace(/\W/g, "")}.configure do |c|\n  c.api_key = ENV.fetch("${t.env}", "${t.value}")\nend\n` },
  { name: "PHP config array", render: (t) => `<?php\n\nreturn [\n    '${lowerKey(t)}' => env('${t.env}', '${t.value}'),\n    'timeout' => 15,\n];\n` },
  { name: "Rust test fixture", render: (t) => `#[cfg(test)]\nmod tests {\n    const KEY: &str = "${t.value}";\n\n    #[test]\n    fn talks_to_live_api() {\n        let c = super::Client::new(KEY);\n        assert!(c.ping().is_ok());\n    }\n}\n` },
  { name: "GitHub Actions CI log", render: (t, g) => `${g.ts()} ##[group]Run ./scripts/deploy.sh\n${g.ts()} + echo "using ${t.env}=${t.value}"\n${g.ts()} using ${t.env}=${t.value}\n${g.ts()} Deploying build ${g.s(7, HEX)} to production...\n${g.ts()} ##[endgroup]` },
  { name: "GitHub Actions workflow", render: (t) => `name: nightly\non:\n  schedule:\n    - cron: "0 3 * * *"\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n      ${t.env}: ${t.value}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make sync\n` },
  { name: "shell history", render: (t, g) => `  ${500 + g.int(400)}  git pull --rebase\n  ${900 + g.int(50)}  export ${t.env}="${t.value}"\n  ${950 + g.int(40)}  ./bin/worker --once\n  ${991 + g.int(5)}  history | tail` },
  { name: "docker run", render: (t, g) => `docker run --rm -d --name worker-${g.int(9)} \\\n  -e ${t.env}=${t.value} \\\n  -e LOG_LEVEL=debug \\\n  ghcr.io/acme/worker:1.${g.int(30)}.0` },
  { name: "Python crash dump with locals", render: (t, g) => `Traceback (most recent call last):\n  File "/app/sync.py", line ${20 + g.int(200)}, in run\n    resp = session.post(url, headers=headers)\n  Locals:\n    url = 'https://${host(t)}/v1/batch'\n    headers = {'${t.header ?? "Authorization"}': '${t.header ? t.value : auth(t)}', 'Accept': 'application/json'}\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${host(t)}', port=443): Max retries exceeded` },
  { name: "Jupyter notebook cell", render: (t) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${t.env}"] = "${t.value}"\n`, "df = load()\n"] }], nbformat: 4, nbformat_minor: 5 }) },
  { name: "SQL seed insert", render: (t, g) => `INSERT INTO integrations (id, provider, ${lowerKey(t)}, created_at)\nVALUES (${g.int(900)}, '${t.provider.toLowerCase()}', '${t.value}', now());` },
  { name: "Markdown doc", render: (t) => `## Local setup\n\n1. Install deps with \`pnpm i\`.\n2. Put this in \`.env.local\` (shared team key, don't rotate):\n\n\`\`\`bash\n${t.env}=${t.value}\n\`\`\`\n\n3. Run \`pnpm dev\`.\n` },
  { name: "unified diff", render: (t) => `diff --git a/.env.production b/.env.production\n--- a/.env.production\n+++ b/.env.production\n@@ -3,3 +3,4 @@ DATABASE_POOL=10\n REDIS_TLS=true\n-${t.env}=\n+${t.env}=${t.value}\n SENTRY_ENVIRONMENT=prod\n` },
  { name: "chat message (Slack paste)", render: (t, g) => JSON.stringify({ channel: "C0" + g.s(9, UPNUM), text: `hey, staging is down, can you try with mine? ${t.env.toLowerCase()}: ${t.value}`, ts: `17${g.s(8, DIG)}.${g.s(6, DIG)}` }) },
  { name: "k8s Secret stringData", render: (t) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${t.provider.toLowerCase().replace(/\W/g, "-")}-creds\ntype: Opaque\nstringData:\n  ${t.env}: "${t.value}"\n` },
  { name: "chat body pasted log (JSON-escaped)", render: (t, g) => `{"model":"gpt-4.1","messages":[{"role":"system","content":"You are a coding assistant."},{"role":"user","content":${j(`the worker log:\n[${g.ts()}] INFO starting\n[${g.ts()}] DEBUG client init ${lowerKey(t)}=${t.value}\n[${g.ts()}] ERROR 401 from ${host(t)}`)}}]}` },
];

const HEADER_RENDERERS = new Set(["curl header", "raw HTTP request headers", "C# appsettings usage", "Python crash dump with locals"]);
let ri = 0;
/** Renders tokens round-robin over the renderers (contexts spread evenly). */
export function rotate(toks: Tok[], idPrefix: string, category: (t: Tok) => string, g: Gen, offset = 0): CorpusCase[] {
  ri = offset;
  return toks.map((t, i) => {
    // Key blocks, JSON blobs and connection URLs never ride in an Authorization header.
    const blob = /-----BEGIN|:\/\/|^\{/.test(t.value) || /PASSWORD/.test(t.env);
    let rr = RENDERERS[ri++ % RENDERERS.length]!;
    while (blob && HEADER_RENDERERS.has(rr.name)) rr = RENDERERS[ri++ % RENDERERS.length]!;
    return {
      id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: category(t),
      label: "positive",
      text: rr.render(t, g),
      note: `${t.provider} ${t.slot} in ${rr.name}`,
    };
  });
}
