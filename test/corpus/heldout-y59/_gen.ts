// Shared helpers for heldout-y59: seeded draws and the context renderers. Skipped by the loader.
// Every credential-shaped value is assembled at run time (split prefix + PRNG body).
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const ANL = LO + DIG;
export const ANU = UP + DIG;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const B64U = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen {
  private r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  s(n: number, alpha: string = AN): string {
    let o = "";
    for (let i = 0; i < n; i++) o += alpha[Math.floor(this.r() * alpha.length)];
    return o;
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  uuid(): string {
    return [this.s(8, HEX), this.s(4, HEX), "4" + this.s(3, HEX), this.pick(["8", "9", "a", "b"]) + this.s(3, HEX), this.s(12, HEX)].join("-");
  }
  b64(nBytes: number): string {
    const bytes: number[] = [];
    for (let i = 0; i < nBytes; i++) bytes.push(Math.floor(this.r() * 256));
    return Buffer.from(bytes).toString("base64");
  }
  b64url(nBytes: number): string {
    return this.b64(nBytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
}

/** Joins parts, so no source line holds a whole credential. */
export const j = (...p: string[]): string => p.join("");

export interface Ctx {
  env: string; // e.g. OPENAI_API_KEY
  v: string; // the value
  p: string; // provider / slot description
  host: string; // api host used for HTTP-ish contexts
  hdr: string; // header name for HTTP contexts, e.g. "Authorization: Bearer"
}

const lower = (e: string) => e.toLowerCase();
const camel = (e: string) => lower(e).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const esc = (s: string) => JSON.stringify(s).slice(1, -1);

export type Renderer = { name: string; f: (c: Ctx) => string };

export const RENDERERS: Renderer[] = [
  { name: "LLM chat body with pasted .env", f: (c) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `my app crashes on boot, here is my .env:\n\n\`\`\`\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=debug\n${c.env}=${c.v}\nDATABASE_POOL=10\n\`\`\`\nwhat is wrong?` }] }) },
  { name: "Anthropic tool_use write_file", f: (c) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll write the config file." }, { type: "tool_use", id: "toolu_01" + "Xb2kq9", name: "write_file", input: { path: "config/settings.yaml", content: `app:\n  name: orders-api\n  region: eu-west-1\n  ${lower(c.env)}: "${c.v}"\n  retries: 3\n` } }] }) },
  { name: "OpenAI tool_calls shell command", f: (c) => JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + "q8Zt3", type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${c.env}='${c.v}' && npm run smoke-test` }) } }] }) },
  { name: "MCP tool result echoed back", f: (c) => JSON.stringify({ jsonrpc: "2.0", id: 17, result: { content: [{ type: "text", text: `$ cat .env.production\nAPP_URL=https://app.internal\n${c.env}="${c.v}"\nFEATURE_FLAGS=new-checkout\n` }], isError: false } }) },
  { name: "curl with header", f: (c) => c.v.includes("://") ? `curl -sS -X POST "${c.v}" \\
  -H "Content-Type: application/json" \\
  -d '{"text":"deploy finished"}'` : `curl -sS -X GET "https://${c.host}/v1/status" \\\n  -H "${c.hdr} ${c.v}" \\\n  -H "Accept: application/json"` },
  { name: "raw HTTP request JSON body", f: (c) => `POST /v1/integrations HTTP/1.1\r\nHost: internal-gw.example.net\r\nContent-Type: application/json\r\nUser-Agent: axios/1.7.2\r\n\r\n{"name":"sync","provider":"${c.p.split(" ")[0] ?? c.p}","credentials":{"${camel(c.env)}":"${c.v}"},"enabled":true}` },
  { name: "URL query string", f: (c) => `GET https://${c.host}/api/v2/items?limit=50&${lower(c.env)}=${encodeURIComponent(c.v)}&format=json\n200 OK (312 ms)` },
  { name: "form-encoded POST body", f: (c) => `POST /oauth/setup HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\naccount=acme&${lower(c.env)}=${encodeURIComponent(c.v)}&region=us` },
  { name: "multipart form body", f: (c) => `--boundary7MA4YWxk\r\nContent-Disposition: form-data; name="project"\r\n\r\nacme-web\r\n--boundary7MA4YWxk\r\nContent-Disposition: form-data; name="${lower(c.env)}"\r\n\r\n${c.v}\r\n--boundary7MA4YWxk--\r\n` },
  { name: ".env file", f: (c) => `# production settings\nAPP_ENV=production\nAPP_DEBUG=false\n${c.env}=${c.v}\nCACHE_DRIVER=redis\n` },
  { name: "YAML config", f: (c) => `services:\n  worker:\n    image: ghcr.io/acme/worker:1.4.2\n    environment:\n      - LOG_LEVEL=info\n      - ${c.env}=${c.v}\n    restart: unless-stopped\n` },
  { name: "TOML config", f: (c) => `[server]\nhost = "0.0.0.0"\nport = 8443\n\n[integrations]\n${lower(c.env)} = "${c.v}"\ntimeout_ms = 5000\n` },
  { name: "INI config", f: (c) => `[default]\nregion = us-east-1\noutput = json\n\n[integration]\n${lower(c.env)} = ${c.v}\n` },
  { name: "Java .properties", f: (c) => `spring.application.name=billing\nserver.port=8081\napp.${lower(c.env).replace(/_/g, ".")}=${c.v}\nlogging.level.root=INFO\n` },
  { name: "JSON config file", f: (c) => JSON.stringify({ name: "acme-sync", version: "2.3.0", settings: { retries: 3, [camel(c.env)]: c.v, timeoutMs: 8000 } }, null, 2) },
  { name: "Terraform HCL", f: (c) => `resource "kubernetes_secret" "app" {\n  metadata {\n    name = "app-secrets"\n  }\n  data = {\n    ${c.env} = "${c.v}"\n  }\n}\n` },
  { name: "XML appSettings", f: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${c.env}" value="${c.v}" />\n  </appSettings>\n</configuration>\n` },
  { name: "Python code env default", f: (c) => `import os\nimport requests\n\n${c.env} = os.getenv("${c.env}", "${c.v}")\n\ndef fetch(path):\n    r = requests.get(f"https://${c.host}{path}", headers={"Authorization": f"Bearer {${c.env}}"}, timeout=10)\n    r.raise_for_status()\n    return r.json()\n` },
  { name: "TypeScript SDK constructor", f: (c) => `import { Client } from "./client";\n\nexport const client = new Client({\n  ${camel(c.env)}: process.env.${c.env} ?? "${c.v}",\n  baseUrl: "https://${c.host}",\n  timeout: 10_000,\n});\n` },
  { name: "Go code", f: (c) => `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst default${camel(c.env).replace(/^./, (x) => x.toUpperCase())} = "${c.v}"\n\nfunc newReq() (*http.Request, error) {\n\treq, err := http.NewRequest("GET", "https://${c.host}/v1/me", nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tkey := os.Getenv("${c.env}")\n\tif key == "" {\n\t\tkey = default${camel(c.env).replace(/^./, (x) => x.toUpperCase())}\n\t}\n\treq.Header.Set("Authorization", "Bearer "+key)\n\treturn req, nil\n}\n` },
  { name: "Java code", f: (c) => `public final class Config {\n    private static final String ${c.env} = "${c.v}";\n\n    public static String ${camel(c.env)}() {\n        String fromEnv = System.getenv("${c.env}");\n        return fromEnv != null ? fromEnv : ${c.env};\n    }\n}\n` },
  { name: "C# code", f: (c) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", http =>\n{\n    http.BaseAddress = new Uri("https://${c.host}/");\n    http.DefaultRequestHeaders.Add("Authorization", "Bearer ${c.v}");\n});\nvar app = builder.Build();\n` },
  { name: "Ruby code", f: (c) => `# config/initializers/integration.rb\nRails.application.configure do\n  config.x.integration.${lower(c.env)} = ENV.fetch("${c.env}", "${c.v}")\n  config.x.integration.timeout = 15\nend\n` },
  { name: "PHP code", f: (c) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${lower(c.env)}' => env('${c.env}', '${c.v}'),\n    'endpoint' => 'https://${c.host}',\n];\n` },
  { name: "Rust test fixture", f: (c) => `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[tokio::test]\n    async fn live_roundtrip() {\n        let client = Client::new("${c.v}");\n        let me = client.whoami().await.unwrap();\n        assert_eq!(me.plan, "pro");\n    }\n}\n` },
  { name: "GitHub Actions CI log", f: (c) => `2026-11-30T14:02:11.4471230Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T14:02:11.4473011Z + echo "using ${c.env}=${c.v}"\n2026-11-30T14:02:11.4480020Z using ${c.env}=${c.v}\n2026-11-30T14:02:12.0012220Z Deploying build 4812 to production\n2026-11-30T14:02:19.9023110Z ##[endgroup]` },
  { name: "shell history", f: (c) => `  501  git pull --rebase\n  502  export ${c.env}=${c.v}\n  503  make deploy ENV=prod\n  504  kubectl get pods -n web\n` },
  { name: "Python crash dump with locals", f: (c) => `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    resp = client.push(batch)\n  File "/srv/app/client.py", line 41, in push\n    raise UpstreamError(resp.status_code)\nclient.UpstreamError: 502\n\nLocals at frame push:\n  self = <Client host='${c.host}'>\n  ${lower(c.env)} = '${c.v}'\n  batch = [<Record 9912>, <Record 9913>]\n` },
  { name: "Jupyter notebook cell", f: (c) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${c.env}"] = "${c.v}"\n`, "df = load_frame('events')\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", f: (c) => `-- seed integrations for prod tenant\nINSERT INTO integrations (tenant_id, provider, credential, created_at)\nVALUES (42, '${(c.p.split(" ")[0] ?? c.p).toLowerCase()}', '${c.v}', NOW());\n` },
  { name: "Markdown setup doc", f: (c) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the team key below (do not share outside eng):\n\n\`\`\`bash\nexport ${c.env}="${c.v}"\n\`\`\`\n\n3. Run \`make dev\`.\n` },
  { name: "unified diff", f: (c) => `diff --git a/deploy/values.prod.yaml b/deploy/values.prod.yaml\nindex 3c1e2a0..8f4b7d9 100644\n--- a/deploy/values.prod.yaml\n+++ b/deploy/values.prod.yaml\n@@ -12,6 +12,7 @@ env:\n   LOG_LEVEL: info\n   REPLICAS: "3"\n+  ${c.env}: "${c.v}"\n   REGION: eu-central-1\n` },
  { name: "chat message", f: (c) => `[10:42] dana: prod ${c.p.split(" ")[0] ?? c.p} creds for the migration, rotate after friday pls\n[10:42] dana: ${c.v}\n[10:43] lee: thx, got it` },
  { name: "docker run -e", f: (c) => `docker run -d --name sync-worker \\\n  -e NODE_ENV=production \\\n  -e ${c.env}=${c.v} \\\n  -p 8080:8080 ghcr.io/acme/sync-worker:2.1.0` },
  { name: "LLM chat body with pasted log (JSON-escaped)", f: (c) => `{"model":"gpt-4.1","messages":[{"role":"system","content":"You are a coding assistant."},{"role":"user","content":"${esc(`got this in the server log, can you explain?\n\n[2026-11-30 09:14:02] INFO boot config loaded: {\"${lower(c.env)}\": \"${c.v}\", \"region\": \"us-east-1\"}\n[2026-11-30 09:14:03] ERROR upstream 401`)}"}]}` },
  { name: "GitLab CI YAML", f: (c) => `deploy:\n  stage: deploy\n  image: alpine:3.20\n  variables:\n    ${c.env}: "${c.v}"\n  script:\n    - ./deploy.sh --env prod\n  only:\n    - main\n` },
];

export type Spec = [group: string, provider: string, env: string, host: string, value: string, hdr?: string];

export function rotate(prefix: string, cat: string, specs: Spec[], offset = 0): CorpusCase[] {
  return specs.map((s, i) => {
    const [group, provider, env, host, v, hdr] = s;
    const r = RENDERERS[(i + offset) % RENDERERS.length]!;
    return {
      id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: `${cat}-${group}`,
      label: "positive" as const,
      text: r.f({ env, v, p: provider, host, hdr: hdr ?? "Authorization: Bearer" }),
      note: `${provider} in ${env} slot; context: ${r.name}`,
    };
  });
}
