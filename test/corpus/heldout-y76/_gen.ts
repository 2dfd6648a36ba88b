// Shared PRNG helpers and context renderers for heldout-y76. Skipped by the loader (leading "_").
// Every credential-shaped value is assembled at run time from a split prefix and a seeded body.
import { SeededRng } from "../../helpers/prng.ts";
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

export class Gen extends SeededRng {
  a(n: number): string { return this.str(n, AN); }
  al(n: number): string { return this.str(n, ANL); }
  au(n: number): string { return this.str(n, ANU); }
  h(n: number): string { return this.str(n, HEX); }
  hu(n: number): string { return this.str(n, HEXU); }
  d(n: number): string { return this.str(1, "123456789") + this.str(n - 1, DIG); }
  b64(n: number): string { return this.str(n, B64); }
  b64u(n: number): string { return this.str(n, B64U); }
  b32(n: number): string { return this.str(n, B32); }
  uuid(): string { return [this.h(8), this.h(4), "4" + this.h(3), this.pick(["8", "9", "a", "b"]) + this.h(3), this.h(12)].join("-"); }
  /** base64 of random bytes, padded. */
  b64bytes(n: number): string { return Buffer.from(this.bytes(n)).toString("base64"); }
  b64ubytes(n: number): string { return Buffer.from(this.bytes(n)).toString("base64url"); }
  jwt(payload: Record<string, unknown>): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.b64ubytes(32)].join(".");
  }
}

/** Join parts at run time (keeps prefixes split in source). */
export const j = (...p: string[]) => p.join("");

export interface Spec {
  provider: string;
  group: string;
  /** Env var name a developer would use. */
  env: string;
  make: (g: Gen) => string;
  /** Header name when the value goes in a header; default Authorization: Bearer. */
  header?: string;
  /** Query/form parameter name; default derived from env. */
  param?: string;
}

export interface Ctx {
  env: string;
  key: string; // snake_case config key
  camel: string;
  v: string;
  header: string; // full header line "Name: value"
  param: string;
  host: string;
  g: Gen;
}

const lowerKey = (env: string) => env.toLowerCase();
const camelKey = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const hostFor = (provider: string) => "api." + provider.toLowerCase().replace(/[^a-z0-9]+/g, "") + ".com";

export type Renderer = { name: string; r: (c: Ctx) => string };

const chat = (content: string, model = "claude-sonnet-4-5") =>
  JSON.stringify({ model, max_tokens: 4096, messages: [{ role: "user", content }] });

export const renderers: Renderer[] = [
  { name: "chat body, pasted .env", r: (c) => chat(`my app won't start in prod, here's the env file:\n\n\`\`\`\n# .env.production\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${c.env}=${c.v}\nREDIS_URL=redis://cache:6379/0\n\`\`\`\nwhat am I missing?`) },
  { name: "Anthropic tool_use write_file", r: (c) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll add the config file." }, { type: "tool_use", id: "toolu_01" + c.g.a(22), name: "write_file", input: { path: "config/settings.yaml", content: `service:\n  name: billing-worker\n  region: eu-west-1\n${c.key}: "${c.v}"\ntimeout_ms: 3000\n` } }] }) },
  { name: "OpenAI tool_calls shell", r: (c) => JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + c.g.a(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${c.env}='${c.v}' npm run deploy -- --env staging` }) } }] }) },
  { name: "MCP tool result echoed", r: (c) => JSON.stringify({ jsonrpc: "2.0", id: c.g.range(2, 90), result: { content: [{ type: "text", text: `$ cat .env.local\nDEBUG=false\n${c.env}=${c.v}\nFEATURE_FLAGS=beta,search\n` }], isError: false } }) },
  { name: "shell export", r: (c) => `# added by setup script\nexport PATH="$HOME/.local/bin:$PATH"\nexport ${c.env}="${c.v}"\nexport EDITOR=nvim\n` },
  { name: "docker run -e", r: (c) => `docker run -d --name api \\\n  -p 8080:8080 \\\n  -e NODE_ENV=production \\\n  -e ${c.env}=${c.v} \\\n  ghcr.io/acme/api:1.14.2` },
  { name: "curl header", r: (c) => c.v.includes("://") ? `curl -sS -X POST -H "Content-Type: application/json" \\\n  -d '{"text":"deploy finished: web@1.14.2"}' \\\n  "${c.v}"` : `curl -sS https://${c.host}/v1/items?limit=20 \\\n  -H "${c.header}" \\\n  -H "Accept: application/json"` },
  { name: "raw HTTP request header", r: (c) => `POST /v2/events HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: python-requests/2.32.3\r\n${c.v.includes("://") ? "Authorization: Bearer $SESSION" : c.header}\r\nContent-Type: application/json\r\n\r\n${c.v.includes("://") ? JSON.stringify({ event: "deploy", [c.camel]: c.v }) : '{"event":"deploy","status":"succeeded"}'}` },
  { name: "URL query string", r: (c) => `GET https://${c.host}/v1/search?q=order+status&${c.param}=${encodeURIComponent(c.v)}&page=2 -> 200 (183 ms)` },
  { name: "form body", r: (c) => `POST /oauth/token HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${c.param}=${encodeURIComponent(c.v)}&scope=read` },
  { name: "multipart body", r: (c) => { const b = "----WebKitFormBoundary" + c.g.a(16); return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}\nContent-Disposition: form-data; name="${c.param}"\n\n${c.v}\n--${b}--`; } },
  { name: "JSON request body", r: (c) => `fetch("https://${c.host}/v1/jobs", {\n  method: "POST",\n  headers: { "Content-Type": "application/json" },\n  body: ${JSON.stringify(JSON.stringify({ [c.camel]: c.v, job: "nightly-sync", retries: 3 }))}\n});` },
  { name: "YAML config", r: (c) => `# config/production.yml\napp:\n  name: storefront\n  workers: 4\nintegrations:\n  ${c.key}: ${c.v}\n  timeout: 30s\n` },
  { name: "TOML config", r: (c) => `[server]\nhost = "0.0.0.0"\nport = 8443\n\n[integrations]\n${c.key} = "${c.v}"\nretry = 3\n` },
  { name: "INI config", r: (c) => `; settings.ini\n[general]\ndebug = false\n\n[credentials]\n${c.key} = ${c.v}\n` },
  { name: ".properties", r: (c) => `# application-prod.properties\nspring.datasource.pool-size=10\nserver.port=8080\napp.integrations.${c.key.replace(/_/g, "-")}=${c.v}\n` },
  { name: "JSON config", r: (c) => JSON.stringify({ name: "worker", version: "2.3.1", settings: { region: "us-east-1", [c.camel]: c.v, batchSize: 50 } }, null, 2) },
  { name: "Terraform HCL", r: (c) => `variable "region" {\n  default = "us-east-1"\n}\n\nlocals {\n  ${c.key} = "${c.v}"\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { token = local.${c.key} }\n}\n` },
  { name: "XML config", r: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${c.env}" value="${c.v}" />\n  </appSettings>\n</configuration>` },
  { name: "Python code", r: (c) => `import os\nimport requests\n\n${c.env} = os.environ.get("${c.env}", "${c.v}")\n\ndef fetch(path):\n    r = requests.get(f"https://${c.host}{path}", headers={"Authorization": f"Bearer {${c.env}}"}, timeout=10)\n    r.raise_for_status()\n    return r.json()\n` },
  { name: "TypeScript code", r: (c) => `import { createClient } from "./client";\n\nconst client = createClient({\n  baseUrl: "https://${c.host}",\n  ${c.camel}: process.env.${c.env} ?? "${c.v}",\n  timeoutMs: 5000,\n});\n\nexport default client;\n` },
  { name: "Go code", r: (c) => `package config\n\nimport "os"\n\nfunc ${c.camel.charAt(0).toUpperCase() + c.camel.slice(1)}() string {\n\tif v := os.Getenv("${c.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${c.v}"\n}\n` },
  { name: "Java code", r: (c) => `public final class Secrets {\n    private Secrets() {}\n\n    public static final String ${c.env} =\n        System.getenv().getOrDefault("${c.env}", "${c.v}");\n}\n` },
  { name: "C# code", r: (c) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", client =>\n{\n    client.BaseAddress = new Uri("https://${c.host}/");\n    client.DefaultRequestHeaders.Add("Authorization", "Bearer ${c.v}");\n});\n` },
  { name: "Ruby code", r: (c) => `# config/initializers/integration.rb\nRails.application.config.x.integration = {\n  endpoint: "https://${c.host}",\n  ${c.key}: ENV.fetch("${c.env}", "${c.v}")\n}\n` },
  { name: "PHP code", r: (c) => `<?php\n// config/services.php\nreturn [\n    'integration' => [\n        '${c.key}' => env('${c.env}', '${c.v}'),\n        'timeout' => 15,\n    ],\n];\n` },
  { name: "Rust code", r: (c) => `use std::env;\n\nfn ${c.key}() -> String {\n    env::var("${c.env}").unwrap_or_else(|_| "${c.v}".to_string())\n}\n` },
  { name: "pytest fixture", r: (c) => `import pytest\n\n@pytest.fixture\ndef live_client(monkeypatch):\n    monkeypatch.setenv("${c.env}", "${c.v}")\n    from app.client import Client\n    return Client()\n` },
  { name: "GitHub Actions CI log", r: (c) => `2026-11-30T10:14:02.118Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T10:14:02.119Z + echo "using ${c.env}=${c.v}"\n2026-11-30T10:14:02.120Z using ${c.env}=${c.v}\n2026-11-30T10:14:03.441Z Deploying to production...\n2026-11-30T10:14:09.002Z ##[endgroup]` },
  { name: "shell history", r: (c) => `  501  git pull --rebase\n  502  npm ci\n  503  ${c.env}=${c.v} node scripts/backfill.js --since 2026-11-01\n  504  git status\n` },
  { name: "Python crash dump with locals", r: (c) => `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    resp = client.post(url, json=payload)\nrequests.exceptions.HTTPError: 502 Server Error: Bad Gateway\n\nLocals at frame run:\n    url = 'https://${c.host}/v1/sync'\n    ${c.key} = '${c.v}'\n    attempt = 3\n` },
  { name: "Jupyter notebook", r: (c) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${c.env}"] = "${c.v}"\n`, "df = load_dataset()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", r: (c) => `-- seed/002_integrations.sql\nINSERT INTO integrations (id, tenant_id, provider, ${c.key}, created_at)\nVALUES (17, 4, '${c.key.split("_")[0]}', '${c.v}', now());\n` },
  { name: "Markdown doc", r: (c) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the shared staging value:\n\n   \`\`\`bash\n   ${c.env}=${c.v}\n   \`\`\`\n\n3. Run \`make dev\`.\n` },
  { name: "unified diff", r: (c) => `diff --git a/.env.staging b/.env.staging\nindex 3f2a1c0..9b7e4d2 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,5 @@ APP_ENV=staging\n LOG_LEVEL=debug\n-${c.env}=\n+${c.env}=${c.v}\n CACHE_TTL=300\n` },
  { name: "chat message", r: (c) => JSON.stringify({ channel: "C04" + c.g.au(8), text: `hey, the staging one expired — use this for now: ${c.v} (it's the ${c.env.toLowerCase().replace(/_/g, " ")})` }) },
  { name: "k8s Secret stringData", r: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n  ${c.env}: "${c.v}"\n` },
  { name: "docker-compose", r: (c) => `services:\n  api:\n    image: acme/api:latest\n    environment:\n      - NODE_ENV=production\n      - ${c.env}=${c.v}\n    ports:\n      - "3000:3000"\n` },
  { name: "chat body, pasted CI log", r: (c) => chat(`CI is red, log below:\n\n\`\`\`\nStep 4/9 : ENV ${c.env}=${c.v}\n ---> Running in 7c1d2e\nnpm ERR! code E401\nnpm ERR! Unable to authenticate\n\`\`\``, "gpt-4.1") },
];

export function ctxFor(s: Spec, v: string, g: Gen): Ctx {
  const header = !s.header ? `Authorization: Bearer ${v}` : s.header.includes(":") ? `${s.header} ${v}` : `${s.header}: ${v}`;
  return { env: s.env, key: lowerKey(s.env), camel: camelKey(s.env), v, header, param: s.param ?? lowerKey(s.env), host: hostFor(s.provider), g };
}

/** Rotates specs over the renderers; `reps` cases per spec, each a fresh value and a different renderer. */
export function build(opts: { idPrefix: string; catPrefix: string; seed: number; specs: Spec[]; reps: (i: number) => number; start?: number }): CorpusCase[] {
  const g = new Gen(opts.seed);
  const out: CorpusCase[] = [];
  let n = opts.start ?? 0;
  opts.specs.forEach((s, i) => {
    for (let k = 0; k < opts.reps(i); k++) {
      const rd = renderers[n % renderers.length]!;
      const v = s.make(g);
      n++;
      out.push({
        id: `${opts.idPrefix}-${String(out.length + 1).padStart(3, "0")}`,
        kind: "secrets",
        category: `${opts.catPrefix}-${s.group}`,
        label: "positive",
        text: rd.r(ctxFor(s, v, g)),
        note: `${s.provider}: ${s.env} in ${rd.name}`,
      });
    }
  });
  return out;
}
