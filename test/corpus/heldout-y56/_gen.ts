// Shared PRNG helpers and context renderers for heldout-y56 (skipped by the loader: starts with "_").
import { mulberry32, randomString } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const ALNUM = UP + LO + DIG;
export const LOWNUM = LO + DIG;
export const UPNUM = UP + DIG;
export const B64 = ALNUM + "+/";
export const URLSAFE = ALNUM + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen {
  readonly r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  s(n: number, a = ALNUM): string {
    return randomString(this.r, n, a);
  }
  hex(n: number): string {
    return randomString(this.r, n, HEX);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  }
  b64(n: number): string {
    const s = this.s(n, B64);
    return s + "=".repeat((4 - (n % 4)) % 4);
  }
  /** join parts: keeps prefixes split from bodies in the source. */
  j(...p: string[]): string {
    return p.join("");
  }
}

export interface Tok {
  provider: string;
  group: string;
  /** env-var style slot name */
  env: string;
  value: string;
  /** optional header name to send it in (default Authorization: Bearer) */
  header?: string;
  /** header value prefix, e.g. "Bearer " or "" */
  scheme?: string;
  host?: string;
}

export const esc = (s: string) => JSON.stringify(s).slice(1, -1);
const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const dotted = (env: string) => env.toLowerCase().replace(/_/g, ".");
const hdr = (t: Tok) => `${t.header ?? "Authorization"}: ${t.scheme ?? (t.header ? "" : "Bearer ")}${t.value}`;
const host = (t: Tok) => t.host ?? `api.${t.provider.toLowerCase().replace(/[^a-z0-9]+/g, "")}.com`;

export type Renderer = { name: string; render: (t: Tok, g: Gen) => string };

export const renderers: Renderer[] = [
  { name: "chat body with pasted .env", render: (t, g) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `why does the app crash on boot? here's my .env\n\nNODE_ENV=production\nPORT=${3000 + g.int(50)}\nLOG_LEVEL=info\n${t.env}=${t.value}\nFEATURE_FLAGS=beta,search\n` }] }) },
  { name: "OpenAI chat body with pasted log", render: (t, g) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a coding assistant." }, { role: "user", content: `getting 401s, log below:\n2026-03-${10 + g.int(18)}T08:1${g.int(9)}:22Z DEBUG http request url=https://${host(t)}/v1/items\n2026-03-14T08:12:22Z DEBUG headers {"${t.header ?? "Authorization"}": "${t.scheme ?? (t.header ? "" : "Bearer ")}${t.value}", "Accept": "application/json"}\n2026-03-14T08:12:23Z ERROR status=401 trace_id=${g.hex(32)}` }] }) },
  { name: "Anthropic tool_use write_file", render: (t, g) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll add the config file." }, { type: "tool_use", id: `toolu_01${g.s(22)}`, name: "write_file", input: { path: "config/settings.yaml", content: `app:\n  name: orders\n  region: eu-west-1\n${t.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}:\n  ${camel(t.env)}: "${t.value}"\n  timeout: 30\n` } }] }) },
  { name: "OpenAI tool_calls shell command", render: (t, g) => JSON.stringify({ role: "assistant", tool_calls: [{ id: `call_${g.s(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${t.env}=${t.value} npm run deploy -- --env staging` }) } }] }) },
  { name: "MCP tool result echoed back", render: (t, g) => JSON.stringify({ jsonrpc: "2.0", id: 7 + g.int(90), result: { content: [{ type: "text", text: `$ cat .env.local\nDATABASE_POOL=10\n${t.env}="${t.value}"\nSENTRY_ENVIRONMENT=dev\n` }], isError: false } }) },
  { name: "curl header", render: (t) => `curl -sS -X GET "https://${host(t)}/v2/projects?limit=20" \\\n  -H "${hdr(t)}" \\\n  -H "Content-Type: application/json"` },
  { name: "raw HTTP request header", render: (t, g) => `POST /v1/jobs HTTP/1.1\r\nHost: ${host(t)}\r\nUser-Agent: python-requests/2.32.3\r\nAccept: */*\r\n${hdr(t)}\r\nContent-Type: application/json\r\nContent-Length: ${40 + g.int(30)}\r\n\r\n{"name":"nightly-sync","priority":"normal"}` },
  { name: "URL query string", render: (t) => `GET https://${host(t)}/v1/export?format=csv&${t.env.toLowerCase()}=${encodeURIComponent(t.value)}&page=2` },
  { name: "form-urlencoded body", render: (t, g) => `POST /oauth/callback HTTP/1.1\nHost: ${host(t)}\nContent-Type: application/x-www-form-urlencoded\n\naccount=acct${g.int(9999)}&${camel(t.env)}=${encodeURIComponent(t.value)}&sync=true` },
  { name: "multipart form field", render: (t, g) => { const b = `----WebKitFormBoundary${g.s(16)}`; return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="project"\n\nmobile-app\n--${b}\nContent-Disposition: form-data; name="${t.env.toLowerCase()}"\n\n${t.value}\n--${b}--`; } },
  { name: "JSON request body", render: (t) => JSON.stringify({ integration: t.provider, settings: { [camel(t.env)]: t.value, enabled: true, retries: 3 } }, null, 2) },
  { name: ".env file", render: (t) => `# local overrides\nAPP_URL=http://localhost:8080\nREDIS_HOST=127.0.0.1\n${t.env}=${t.value}\nDEBUG=false\n` },
  { name: "YAML config", render: (t) => `services:\n  worker:\n    image: ghcr.io/acme/worker:1.14.2\n    environment:\n      - QUEUE=default\n      - ${t.env}=${t.value}\n    restart: unless-stopped\n` },
  { name: "TOML config", render: (t) => `[server]\nhost = "0.0.0.0"\nport = 8443\n\n[${t.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${t.env.toLowerCase()} = "${t.value}"\ntimeout_ms = 5000\n` },
  { name: "INI config", render: (t) => `[default]\nregion = us-east-2\noutput = json\n\n[integration]\n${t.env.toLowerCase()} = ${t.value}\nverify_ssl = true\n` },
  { name: "Java properties", render: (t) => `spring.application.name=billing\nserver.port=8081\napp.${dotted(t.env)}=${t.value}\nlogging.level.root=INFO\n` },
  { name: "JSON config file", render: (t) => JSON.stringify({ name: "edge-proxy", version: "2.3.0", env: { [t.env]: t.value, LOG_FORMAT: "json" } }, null, 2) },
  { name: "Terraform HCL", render: (t) => `provider "kubernetes" {\n  config_path = "~/.kube/config"\n}\n\nresource "kubernetes_secret" "app" {\n  metadata {\n    name = "app-env"\n  }\n  data = {\n    ${t.env} = "${t.value}"\n  }\n}\n` },
  { name: "XML config", render: (t) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${t.env}" value="${t.value}" />\n  </appSettings>\n</configuration>\n` },
  { name: "Python code", render: (t) => `import os\nimport requests\n\n${t.env} = os.environ.get("${t.env}", "${t.value}")\n\ndef fetch(path):\n    return requests.get(f"https://${host(t)}{path}", headers={"${t.header ?? "Authorization"}": f"${t.scheme ?? (t.header ? "" : "Bearer ")}{${t.env}}"}, timeout=10)\n` },
  { name: "TypeScript code", render: (t) => `import axios from "axios";\n\nconst ${camel(t.env)} = process.env.${t.env} ?? "${t.value}";\n\nexport const client = axios.create({\n  baseURL: "https://${host(t)}",\n  headers: { "${t.header ?? "Authorization"}": \`${t.scheme ?? (t.header ? "" : "Bearer ")}\${${camel(t.env)}}\` },\n});\n` },
  { name: "Go code", render: (t) => `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst default${t.env.replace(/_/g, "")} = "${t.value}"\n\nfunc newReq() (*http.Request, error) {\n\treq, err := http.NewRequest("GET", "https://${host(t)}/v1/status", nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tkey := os.Getenv("${t.env}")\n\tif key == "" {\n\t\tkey = default${t.env.replace(/_/g, "")}\n\t}\n\treq.Header.Set("${t.header ?? "Authorization"}", "${t.scheme ?? (t.header ? "" : "Bearer ")}"+key)\n\treturn req, nil\n}\n` },
  { name: "Java code", render: (t) => `public final class ApiConfig {\n    private static final String ${t.env} = "${t.value}";\n\n    public static HttpRequest.Builder base() {\n        return HttpRequest.newBuilder()\n            .header("${t.header ?? "Authorization"}", "${t.scheme ?? (t.header ? "" : "Bearer ")}" + ${t.env});\n    }\n}\n` },
  { name: "Ruby code", render: (t) => `require "faraday"\n\nconn = Faraday.new(url: "https://${host(t)}") do |f|\n  f.headers["${t.header ?? "Authorization"}"] = "${t.scheme ?? (t.header ? "" : "Bearer ")}" + ENV.fetch("${t.env}", "${t.value}")\nend\n` },
  { name: "C# code", render: (t) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", c =>\n{\n    c.BaseAddress = new Uri("https://${host(t)}/");\n    c.DefaultRequestHeaders.Add("${t.header ?? "Authorization"}", "${t.scheme ?? (t.header ? "" : "Bearer ")}${t.value}");\n});\n` },
  { name: "PHP code", render: (t) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${t.env.toLowerCase()}' => env('${t.env}', '${t.value}'),\n    'timeout' => 15,\n];\n` },
  { name: "Rust test fixture", render: (t) => `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[tokio::test]\n    async fn lists_items() {\n        let c = Client::new("${t.value}");\n        let items = c.list().await.unwrap();\n        assert!(!items.is_empty());\n    }\n}\n` },
  { name: "GitHub Actions CI log", render: (t, g) => `2026-04-0${1 + g.int(8)}T11:02:13.4410000Z ##[group]Run ./scripts/deploy.sh\n2026-04-02T11:02:13.4412000Z env:\n2026-04-02T11:02:13.4413000Z   NODE_VERSION: 20\n2026-04-02T11:02:13.4414000Z   ${t.env}: ${t.value}\n2026-04-02T11:02:13.4420000Z ##[endgroup]\n2026-04-02T11:02:15.1020000Z deploy: uploading bundle (3.1 MB)\n` },
  { name: "GitLab CI job log", render: (t, g) => `Running with gitlab-runner 17.2.0 (${g.hex(8)})\n$ echo "using ${t.env}=${t.value}"\nusing ${t.env}=${t.value}\n$ make release\nERROR: Job failed: exit code 2\n` },
  { name: "shell history", render: (t) => `  501  git pull --rebase\n  502  export ${t.env}='${t.value}'\n  503  ./bin/sync --dry-run\n  504  history | tail\n` },
  { name: "docker run -e", render: (t) => `docker run --rm -p 8080:8080 \\\n  -e NODE_ENV=production \\\n  -e ${t.env}=${t.value} \\\n  ghcr.io/acme/api:latest` },
  { name: "Python crash dump with locals", render: (t, g) => `Traceback (most recent call last):\n  File "/app/sync.py", line ${40 + g.int(200)}, in run\n    resp = client.post(url, json=payload)\nhttpx.HTTPStatusError: Client error '403 Forbidden'\n\nLocals:\n  url = 'https://${host(t)}/v1/push'\n  ${t.env.toLowerCase()} = '${t.value}'\n  payload = {'count': ${g.int(500)}}\n` },
  { name: "Jupyter notebook cell", render: (t) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${t.env}"] = "${t.value}"\n`, "client = make_client()\n"] }], nbformat: 4, nbformat_minor: 5 }) },
  { name: "SQL seed insert", render: (t, g) => `INSERT INTO integrations (id, tenant_id, provider, ${t.env.toLowerCase()}, created_at)\nVALUES (${g.int(900) + 10}, ${g.int(90) + 1}, '${t.provider}', '${t.value}', NOW());\n` },
  { name: "Markdown setup doc", render: (t) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the ${t.provider} credential (ask #platform if it rotates):\n\n\`\`\`bash\nexport ${t.env}=${t.value}\n\`\`\`\n\n3. Run \`make dev\`.\n` },
  { name: "unified diff", render: (t, g) => `diff --git a/.env.staging b/.env.staging\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,4 @@ APP_NAME=storefront\n CACHE_TTL=300\n-${t.env}=\n+${t.env}=${t.value}\n QUEUE_DRIVER=sqs\n` },
  { name: "chat message (Slack paste)", render: (t) => JSON.stringify({ channel: "C04QX8LJ2", text: `hey can you try with this one, the old one got revoked: ${t.value}  (it's the ${t.provider} prod one)` }) },
  { name: "k8s Secret stringData", render: (t) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${t.provider.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-creds\n  namespace: prod\ntype: Opaque\nstringData:\n  ${t.env}: "${t.value}"\n` },
  { name: "Dockerfile ENV", render: (t) => `FROM node:20-alpine\nWORKDIR /srv\nCOPY . .\nENV ${t.env}=${t.value}\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n` },
];

export function build(
  prefix: string,
  category: (group: string) => string,
  toks: Tok[],
  offset = 0,
  g: Gen,
): CorpusCase[] {
  return toks.map((t, i) => {
    const rd = renderers[(i + offset) % renderers.length]!;
    return {
      id: `${prefix}${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: category(t.group),
      label: "positive",
      text: rd.render(t, g),
      note: `${t.provider}, ${t.env}, in ${rd.name}`,
    };
  });
}
