// Shared PRNG builders and context renderers for heldout-y66 (skipped by the loader).
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
export const ALNUM = UP + LO + DG;
export const LALNUM = LO + DG;
export const UALNUM = UP + DG;
export const HEXL = "0123456789abcdef";
export const B64 = ALNUM + "+/";
export const URLSAFE = ALNUM + "_-";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen extends SeededRng {
  a(n: number): string { return this.str(n, ALNUM); }
  l(n: number): string { return this.str(n, LALNUM); }
  U(n: number): string { return this.str(n, UALNUM); }
  h(n: number): string { return this.str(n, HEXL); }
  H(n: number): string { return this.str(n, HEXL.toUpperCase()); }
  d(n: number): string { return this.str(n, DG); }
  b64(n: number): string { return this.str(n, B64); }
  us(n: number): string { return this.str(n, URLSAFE); }
  b32(n: number): string { return this.str(n, B32); }
  uuid(): string { return [this.h(8), this.h(4), "4" + this.h(3), this.pick(["8", "9", "a", "b"]) + this.h(3), this.h(12)].join("-"); }
  /** base64 of n random bytes (padded). */
  b64bytes(n: number): string { return Buffer.from(this.bytes(n)).toString("base64"); }
  b64url(obj: unknown): string { return Buffer.from(JSON.stringify(obj)).toString("base64url"); }
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    return [this.b64url({ alg, typ: "JWT" }), this.b64url(payload), this.us(43)].join(".");
  }
  pem(label: string, bytes: number): string {
    const body = this.b64bytes(bytes).match(/.{1,64}/g)!.join("\n");
    return ["-----BEGIN " + label + "-----", body, "-----END " + label + "-----"].join("\n");
  }
}

export interface Spec {
  group: string;
  provider: string;
  /** The env-style variable name a developer would use. */
  slot: string;
  make: (g: Gen) => string;
}

export const esc = (s: string) => JSON.stringify(s).slice(1, -1);
const lower = (s: string) => s.toLowerCase();
const camel = (s: string) => s.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const kebab = (s: string) => s.toLowerCase().replace(/_/g, "-");
const dotted = (s: string) => s.toLowerCase().replace(/_/g, ".");
const hdr = (s: string) => "X-" + s.toLowerCase().split("_").map((w) => w[0]!.toUpperCase() + w.slice(1)).join("-");

export type Renderer = { name: string; render: (slot: string, v: string, g: Gen, provider: string) => string };

export const renderers: Renderer[] = [
  { name: "chat body with pasted .env", render: (s, v, g) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `my app won't boot, here's my .env:\n\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${s}=${v}\nREDIS_HOST=cache.internal\n\nwhat am I missing?` }] }, null, 1) },
  { name: "shell export in history", render: (s, v) => `  501  cd ~/src/billing-svc\n  502  git pull --rebase\n  503  export ${s}=${v}\n  504  npm run dev\n  505  history | tail` },
  { name: "curl header", render: (s, v, _g, p) => `# reproduce the ${p} call\ncurl -sS -X GET 'https://api.internal.example/v1/ping' \\\n  -H 'Accept: application/json' \\\n  -H '${hdr(s)}: ${v}' \\\n  --max-time 10` },
  { name: "YAML config", render: (s, v) => `# config/production.yaml\nserver:\n  port: 8443\n  workers: 4\nintegrations:\n  ${lower(s)}: "${v}"\n  timeout_ms: 5000\nfeature_flags:\n  new_checkout: true\n` },
  { name: "TOML config", render: (s, v) => `[app]\nname = "ingest-worker"\nregion = "eu-west-1"\n\n[credentials]\n${lower(s)} = "${v}"\n\n[retry]\nmax_attempts = 5\n` },
  { name: "INI config", render: (s, v) => `; settings.ini\n[default]\noutput = json\nverbose = false\n\n[integration]\n${lower(s)} = ${v}\nendpoint = https://api.example.net\n` },
  { name: "Java .properties", render: (s, v) => `# application-prod.properties\nspring.application.name=orders\nserver.port=8081\napp.${dotted(s)}=${v}\nlogging.level.root=WARN\n` },
  { name: "JSON config", render: (s, v) => JSON.stringify({ name: "sync-service", version: "2.3.1", settings: { [camel(s)]: v, retries: 3, region: "us-east-2" } }, null, 2) },
  { name: "Anthropic tool_use write_file", render: (s, v) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll create the env file for the deploy." }, { type: "tool_use", id: "toolu_01" + "Xq9Lm2Rt", name: "write_file", input: { path: ".env.production", content: `APP_URL=https://app.example.com\n${s}=${v}\nSENTRY_ENVIRONMENT=production\n` } }] }, null, 1) },
  { name: "OpenAI tool_calls shell command", render: (s, v) => JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: "call_" + "a8Fk2P", type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${s}='${v}' python scripts/backfill.py --since 2024-01-01` }) } }] }) },
  { name: "MCP tool result echoed", render: (s, v) => JSON.stringify({ jsonrpc: "2.0", id: 14, result: { content: [{ type: "text", text: `$ cat deploy/.env\nDATABASE_POOL=10\n${s}=${v}\nCACHE_TTL=300\n` }], isError: false } }) },
  { name: "Python SDK constructor", render: (s, v, _g, p) => `import os\nimport logging\n\n# ${p} client\nlog = logging.getLogger(__name__)\n${lower(s)} = os.environ.get("${s}", "${v}")\n\ndef make_client():\n    return Client(api_key=${lower(s)}, timeout=30)\n` },
  { name: "TypeScript env default", render: (s, v) => `import { z } from "zod";\n\nexport const env = z.object({\n  PORT: z.coerce.number().default(3000),\n  ${s}: z.string().default("${v}"),\n}).parse(process.env);\n` },
  { name: "Go code", render: (s, v) => `package config\n\nimport "os"\n\nfunc ${camel(s).replace(/^./, (c) => c.toUpperCase())}() string {\n\tif v := os.Getenv("${s}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${v}"\n}\n` },
  { name: "C# appsettings usage", render: (s, v) => `public static class Secrets\n{\n    // TODO move to key vault\n    public const string ${camel(s).replace(/^./, (c) => c.toUpperCase())} = "${v}";\n}\n` },
  { name: "Ruby initializer", render: (s, v) => `# config/initializers/integration.rb\nRails.application.configure do\n  config.x.integration.${lower(s)} = ENV.fetch("${s}") { "${v}" }\nend\n` },
  { name: "PHP config", render: (s, v) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${lower(s)}' => env('${s}', '${v}'),\n    'timeout' => 15,\n];\n` },
  { name: "GitHub Actions workflow", render: (s, v) => `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  release:\n    runs-on: ubuntu-latest\n    env:\n      ${s}: ${v}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make release\n` },
  { name: "CI log", render: (s, v, g) => `2024-11-0${g.range(1, 9)}T10:12:0${g.range(0, 9)}.114Z [build] Step 4/9 : RUN ./scripts/configure.sh\n2024-11-05T10:12:04.201Z [build] + echo "configuring with ${s}=${v}"\n2024-11-05T10:12:04.202Z [build] configuring with ${s}=${v}\n2024-11-05T10:12:05.990Z [build] ---> Running in 3f2a9c1d7e60\n` },
  { name: "docker run -e", render: (s, v) => `docker run -d --name worker \\\n  -e NODE_ENV=production \\\n  -e ${s}=${v} \\\n  -p 9000:9000 registry.example.com/worker:1.8.2` },
  { name: "Kubernetes ConfigMap-style manifest", render: (s, v) => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api:3.2.0\n          env:\n            - name: ${s}\n              value: "${v}"\n` },
  { name: "Terraform HCL", render: (s, v) => `provider "integration" {\n  region = "us-east-1"\n}\n\nvariable "${lower(s)}" {\n  type    = string\n  default = "${v}"\n}\n` },
  { name: "XML config", render: (s, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${camel(s)}" value="${v}" />\n  </appSettings>\n</configuration>\n` },
  { name: "HTTP JSON request", render: (s, v) => `POST /v1/integrations HTTP/1.1\nHost: hooks.example.io\nContent-Type: application/json\nUser-Agent: node-fetch/3.3\n\n{"name":"nightly-sync","${camel(s)}":"${v}","enabled":true}` },
  { name: "form-encoded body", render: (s, v) => `POST /settings/connect HTTP/1.1\nHost: admin.example.org\nContent-Type: application/x-www-form-urlencoded\n\nworkspace=acme&${lower(s)}=${encodeURIComponent(v)}&save=1` },
  { name: "URL query string", render: (s, v) => `GET https://relay.example.dev/v2/events?limit=50&${lower(s)}=${encodeURIComponent(v)}&cursor=eyJwIjoxfQ HTTP/1.1\n200 OK (312 ms)` },
  { name: "multipart body", render: (s, v) => `--------------------------7c1e9f0b2a\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,20.00\n--------------------------7c1e9f0b2a\nContent-Disposition: form-data; name="${lower(s)}"\n\n${v}\n--------------------------7c1e9f0b2a--` },
  { name: "Python crash dump with locals", render: (s, v) => `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    resp = client.fetch(page)\n  File "/srv/app/client.py", line 41, in fetch\n    raise HTTPError(resp.status_code)\nHTTPError: 401\n\nLocals at frame client.py:41:\n    page = 3\n    ${lower(s)} = '${v}'\n    url = 'https://api.example.com/items'` },
  { name: "Jupyter notebook cell", render: (s, v) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ[\"${s}\"] = \"${v}\"\n`, "df = load_frame()\n"] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", render: (s, v, _g, p) => `-- seed integration credentials for staging\nINSERT INTO integration_credentials (tenant_id, provider, name, secret_value, created_at)\nVALUES (42, '${p}', '${lower(s)}', '${v}', now());\n` },
  { name: "Markdown doc", render: (s, v, _g, p) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the ${p} credential (ask Dana if it rotates):\n\n\`\`\`bash\n${s}=${v}\n\`\`\`\n\n3. Run \`make dev\`.\n` },
  { name: "git diff", render: (s, v) => `diff --git a/.env.staging b/.env.staging\nindex 4b1c2de..9f0a7e3 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,5 @@ APP_ENV=staging\n LOG_LEVEL=debug\n QUEUE=jobs-staging\n+${s}=${v}\n FEATURE_X=1\n` },
  { name: "chat message", render: (s, v, _g, p) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a coding assistant." }, { role: "user", content: `the ${p} integration keeps returning 403. key is ${v} — is it scoped wrong?` }] }) },
  { name: "docker-compose pasted in chat", render: (s, v) => JSON.stringify({ model: "claude-opus-4", messages: [{ role: "user", content: `why does the worker container restart?\n\n\`\`\`yaml\nservices:\n  worker:\n    image: acme/worker:latest\n    environment:\n      - ${s}=${v}\n      - QUEUE=default\n\`\`\`` }] }) },
  { name: "Dockerfile", render: (s, v) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${s}=${v}\nCOPY . .\nCMD ["node", "dist/server.js"]\n` },
  { name: "log line", render: (s, v, g) => `${"2024-12-0" + g.range(1, 9)} 14:03:22,881 DEBUG [http-nio-8080-exec-3] c.a.i.Client - init ${camel(s)}=${v} trace_id=${g.h(32)}` },
];

export function caseFrom(id: string, category: string, label: "positive" | "benign", text: string, note: string): CorpusCase {
  return { id, kind: "secrets", category, label, text, note };
}

/** Renders each spec through a rotating renderer (offset lets files start at different points). */
export function rotate(specs: Spec[], g: Gen, idPrefix: string, catPrefix: string, offset: number, passes = 1): CorpusCase[] {
  const out: CorpusCase[] = [];
  let n = 0;
  for (let p = 0; p < passes; p++) {
    for (const sp of specs) {
      const r = renderers[(offset + n * 7 + p * 3) % renderers.length]!;
      const v = sp.make(g);
      n++;
      out.push(caseFrom(`${idPrefix}-${String(n).padStart(3, "0")}`, `${catPrefix}-${sp.group}`, "positive", r.render(sp.slot, v, g, sp.provider), `${sp.provider}, ${sp.slot}, ${r.name}`));
    }
  }
  return out;
}
