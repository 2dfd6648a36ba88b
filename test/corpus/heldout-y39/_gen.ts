// Shared PRNG helpers and context renderers for heldout-y39 (skipped by the loader).
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
export const B64U = ALNUM + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class R {
  private r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  n(k: number): number {
    return Math.floor(this.r() * k);
  }
  s(len: number, a: string = ALNUM): string {
    let o = "";
    for (let i = 0; i < len; i++) o += a[Math.floor(this.r() * a.length)];
    return o;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  uuid(): string {
    return `${this.s(8, HEX)}-${this.s(4, HEX)}-4${this.s(3, HEX)}-${this.pick(["8", "9", "a", "b"])}${this.s(3, HEX)}-${this.s(12, HEX)}`;
  }
  b64(nbytes: number): string {
    const bytes: number[] = [];
    for (let i = 0; i < nbytes; i++) bytes.push(this.n(256));
    return Buffer.from(bytes).toString("base64");
  }
}

/** Join parts at run time so no literal credential lives in the source. */
export const j = (...xs: string[]) => xs.join("");

export type Group =
  | "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Tok {
  p: string; // provider + credential
  g: Group;
  env: string; // env var / slot name
  make: (r: R) => string;
}

export interface Ctx {
  env: string;
  key: string; // camel/snake key for JSON/YAML
  val: string;
  p: string;
  r: R;
}

const jsonEsc = (s: string) => JSON.stringify(s).slice(1, -1);
const snake = (env: string) => env.toLowerCase();
const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const host = (p: string) => p.toLowerCase().split(" ")[0]!.replace(/[^a-z0-9]/g, "") + ".com";

export const renderers: { name: string; f: (c: Ctx) => string }[] = [
  { name: "chat body with pasted .env", f: (c) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `my app won't boot in staging, here's the .env:\n\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${c.env}=${c.val}\nFEATURE_FLAGS=beta,search\n\nany idea why?` }] }) },
  { name: "OpenAI chat body with pasted log", f: (c) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content: `Why does this fail?\n\`\`\`\n2026-03-11T09:14:02.118Z INFO  boot: loading config\n2026-03-11T09:14:02.120Z DEBUG config: ${c.env}=${c.val}\n2026-03-11T09:14:02.411Z ERROR client: request failed status=503 retry=3\n\`\`\`` }] }) },
  { name: "Anthropic tool_use write_file", f: (c) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll add the settings file." }, { type: "tool_use", id: "toolu_01" + c.r.s(22), name: "write_file", input: { path: "config/settings.py", content: `import os\n\n${c.env} = os.environ.get("${c.env}", "${c.val}")\nDEBUG = False\nALLOWED_HOSTS = ["api.internal"]\n` } }] }) },
  { name: "OpenAI tool_calls shell command", f: (c) => JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + c.r.s(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${c.env}='${c.val}' && npm run deploy -- --env staging` }) } }] }) },
  { name: "MCP tool result echoed back", f: (c) => JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `$ cat .env.local\nDATABASE_POOL=10\n${c.env}="${c.val}"\nCACHE_TTL=300\n` }], isError: false } }) },
  { name: "curl header", f: (c) => `curl -sS -X POST https://api.${host(c.p)}/v1/items \\\n  -H "Authorization: Bearer ${c.val}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"nightly-sync","enabled":true}'` },
  { name: "raw HTTP request header", f: (c) => `GET /v2/account HTTP/1.1\r\nHost: api.${host(c.p)}\r\nUser-Agent: agent-runner/0.9\r\nAccept: application/json\r\nX-Api-Key: ${c.val}\r\nX-Request-Id: ${c.r.uuid()}\r\n\r\n` },
  { name: "URL query string", f: (c) => `fetch("https://api.${host(c.p)}/v1/search?q=weather&limit=20&${snake(c.env)}=${encodeURIComponent(c.val)}&format=json")\n  .then((r) => r.json())\n  .then(console.log);` },
  { name: "form-encoded POST body", f: (c) => `POST /oauth/token HTTP/1.1\nHost: auth.${host(c.p)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-reporting&${snake(c.env)}=${encodeURIComponent(c.val)}&scope=read` },
  { name: "multipart form field", f: (c) => { const b = "----WebKitFormBoundary" + c.r.s(16); return `POST /upload HTTP/1.1\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${snake(c.env)}"\n\n${c.val}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}--\n`; } },
  { name: "JSON request body", f: (c) => `POST /api/integrations HTTP/1.1\nContent-Type: application/json\n\n${JSON.stringify({ name: "warehouse-export", type: "webhook", config: { region: "eu-west-1", [camel(c.env)]: c.val, retries: 3 } }, null, 2)}` },
  { name: "docker-compose YAML", f: (c) => `services:\n  worker:\n    image: ghcr.io/acme/worker:1.14.2\n    restart: unless-stopped\n    environment:\n      - LOG_LEVEL=info\n      - ${c.env}=${c.val}\n    depends_on:\n      - redis\n  redis:\n    image: redis:7-alpine\n` },
  { name: "Helm values YAML", f: (c) => `replicaCount: 2\nimage:\n  repository: acme/api\n  tag: "2.3.1"\nsecrets:\n  ${camel(c.env)}: "${c.val}"\nresources:\n  limits:\n    memory: 512Mi\n` },
  { name: "TOML config", f: (c) => `[server]\nhost = "0.0.0.0"\nport = 3000\n\n[integrations.${snake(c.env).split("_")[0]}]\n${snake(c.env)} = "${c.val}"\ntimeout_ms = 5000\n` },
  { name: "INI config", f: (c) => `[default]\nregion = us-east-1\noutput = json\n\n[service]\n${snake(c.env)} = ${c.val}\nverify_ssl = true\n` },
  { name: ".properties file", f: (c) => `spring.application.name=billing\nserver.port=8081\napp.${camel(c.env)}=${c.val}\nlogging.level.root=INFO\n` },
  { name: "JSON config file", f: (c) => JSON.stringify({ $schema: "./config.schema.json", env: "production", services: { [camel(c.env)]: c.val, timeoutMs: 8000 }, telemetry: false }, null, 2) },
  { name: "Terraform HCL", f: (c) => `provider "restapi" {\n  uri                  = "https://api.${host(c.p)}"\n  write_returns_object = true\n}\n\nvariable "${snake(c.env)}" {\n  type      = string\n  default   = "${c.val}"\n}\n` },
  { name: "XML config", f: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${c.env}" value="${c.val}" />\n  </appSettings>\n</configuration>\n` },
  { name: "Python SDK constructor", f: (c) => `import logging\nfrom client import ApiClient\n\nlog = logging.getLogger(__name__)\n\nclient = ApiClient(\n    api_key="${c.val}",\n    timeout=30,\n)\n\ndef main():\n    log.info("sync start")\n    client.sync()\n` },
  { name: "TypeScript env default", f: (c) => `import { createClient } from "./client";\n\nconst ${camel(c.env)} = process.env.${c.env} ?? "${c.val}";\n\nexport const client = createClient({ apiKey: ${camel(c.env)}, retries: 2 });\n` },
  { name: "Go constant", f: (c) => `package config\n\nimport "os"\n\nconst default${camel(c.env).replace(/^./, (x) => x.toUpperCase())} = "${c.val}"\n\nfunc Key() string {\n\tif v := os.Getenv("${c.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${camel(c.env).replace(/^./, (x) => x.toUpperCase())}\n}\n` },
  { name: "Java field", f: (c) => `package com.acme.integrations;\n\npublic final class Settings {\n    private static final String ${c.env} = "${c.val}";\n    private static final int TIMEOUT_MS = 5000;\n\n    public static String key() { return ${c.env}; }\n}\n` },
  { name: "C# options", f: (c) => `builder.Services.Configure<ApiOptions>(o =>\n{\n    o.BaseUrl = "https://api.${host(c.p)}";\n    o.ApiKey = "${c.val}";\n    o.Timeout = TimeSpan.FromSeconds(20);\n});\n` },
  { name: "Ruby initializer", f: (c) => `# config/initializers/integration.rb\nRails.application.configure do\n  config.x.integration.${snake(c.env)} = ENV.fetch("${c.env}", "${c.val}")\n  config.x.integration.enabled = true\nend\n` },
  { name: "PHP config array", f: (c) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${snake(c.env)}' => env('${c.env}', '${c.val}'),\n    'timeout' => 15,\n];\n` },
  { name: "Rust test fixture", f: (c) => `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[tokio::test]\n    async fn fetches_account() {\n        let c = Client::new("${c.val}");\n        let acct = c.account().await.unwrap();\n        assert!(acct.active);\n    }\n}\n` },
  { name: "GitHub Actions CI log", f: (c) => `2026-02-04T10:22:31.0012Z ##[group]Run ./scripts/deploy.sh\n2026-02-04T10:22:31.0015Z + ./scripts/deploy.sh\n2026-02-04T10:22:31.2290Z + ${c.env}=${c.val}\n2026-02-04T10:22:31.2291Z + curl -fsS https://api.${host(c.p)}/deploy\n2026-02-04T10:22:32.9011Z {"status":"queued"}\n2026-02-04T10:22:32.9102Z ##[endgroup]\n` },
  { name: "GitHub Actions workflow", f: (c) => `name: release\non:\n  push:\n    tags: ["v*"]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n      ${c.env}: ${c.val}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make publish\n` },
  { name: "shell history", f: (c) => `  501  git pull --rebase\n  502  make test\n  503  export ${c.env}=${c.val}\n  504  ./bin/cli whoami\n  505  history | tail\n` },
  { name: "Python crash dump with locals", f: (c) => `Traceback (most recent call last):\n  File "/app/sync.py", line 88, in run\n    resp = session.post(url, headers=headers, timeout=10)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.${host(c.p)}', port=443)\n\nLocals at frame run:\n    url = 'https://api.${host(c.p)}/v1/sync'\n    headers = {'Authorization': 'Bearer ${c.val}', 'Accept': 'application/json'}\n` },
  { name: "Jupyter notebook cell", f: (c) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${c.env}"] = "${c.val}"\n`, "df = load_dataset()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", f: (c) => `-- seed integrations\nINSERT INTO integration_credentials (id, provider, secret, created_at)\nVALUES (17, '${c.p.split(" ")[0]!.toLowerCase()}', '${c.val}', NOW());\n` },
  { name: "Markdown setup doc", f: (c) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the key our team shares:\n\n\`\`\`bash\n${c.env}=${c.val}\n\`\`\`\n\n3. Run \`make dev\`.\n` },
  { name: "unified diff", f: (c) => `diff --git a/.env.production b/.env.production\nindex 3f2a1c0..9be41d7 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,4 +3,5 @@ APP_NAME=portal\n LOG_LEVEL=warn\n+${c.env}=${c.val}\n CACHE_TTL=600\n` },
  { name: "Slack-style chat message", f: (c) => JSON.stringify({ channel: "C0" + c.r.s(9, UPNUM), text: `hey, can you try with the prod key? \`${c.val}\` — it's the ${c.p} one, rotate after the demo pls` }) },
  { name: "Dockerfile", f: (c) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${c.env}=${c.val}\nCOPY . .\nCMD ["node", "server.js"]\n` },
  { name: "k8s Secret stringData", f: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${snake(c.env).replace(/_/g, "-")}\n  namespace: prod\ntype: Opaque\nstringData:\n  ${c.env}: "${c.val}"\n` },
  { name: "docker run -e", f: (c) => `docker run -d --name worker \\\n  -e ${c.env}=${c.val} \\\n  -e LOG_LEVEL=debug \\\n  -p 8080:8080 acme/worker:latest` },
];

export function gen(prefix: string, category: string, toks: Tok[], seed: number, perTok = 1): CorpusCase[] {
  const r = new R(seed);
  const out: CorpusCase[] = [];
  let i = 0;
  for (const t of toks) {
    for (let k = 0; k < perTok; k++) {
      const val = t.make(r);
      const rd = renderers[(seed + i * 7) % renderers.length]!;
      i++;
      out.push({
        id: `${prefix}-${String(i).padStart(3, "0")}`,
        kind: "secrets",
        category: `${category}-${t.g}`,
        label: "positive",
        text: rd.f({ env: t.env, key: camel(t.env), val, p: t.p, r }),
        note: `${t.p}, slot ${t.env}, context: ${rd.name}`,
      });
    }
  }
  return out;
}
export { jsonEsc };
