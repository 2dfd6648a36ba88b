// Shared generator for heldout-y47: seeded PRNG token builders and context renderers.
// Skipped by the loader (leading underscore). Every credential-shaped value is built at run time.
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

export class G {
  private r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  n(k: number): number {
    return Math.floor(this.r() * k);
  }
  s(len: number, alpha: string): string {
    let o = "";
    for (let i = 0; i < len; i++) o += alpha[Math.floor(this.r() * alpha.length)];
    return o;
  }
  a(len: number): string { return this.s(len, AN); }
  l(len: number): string { return this.s(len, ANL); }
  u(len: number): string { return this.s(len, ANU); }
  h(len: number): string { return this.s(len, HEX); }
  H(len: number): string { return this.s(len, HEXU); }
  d(len: number): string { return this.s(1, "123456789") + this.s(len - 1, DIG); }
  b64(len: number): string { return this.s(len, B64); }
  b64u(len: number): string { return this.s(len, B64U); }
  uuid(): string {
    return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.s(1, "89ab")}${this.h(3)}-${this.h(12)}`;
  }
  pick<T>(xs: readonly T[]): T { return xs[this.n(xs.length)]!; }
  /** base64 of random bytes, padded, of given byte length */
  b64bytes(n: number): string {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = this.n(256);
    return Buffer.from(b).toString("base64");
  }
  jwt(payload: Record<string, unknown>): string {
    const e = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [e({ alg: "HS256", typ: "JWT" }), e(payload), this.b64u(43)].join(".");
  }
}

/** Join parts so no literal prefix+body sits in source. */
export const j = (...p: string[]) => p.join("");

export interface Spec {
  provider: string;
  group: string;
  env: string; // env var / config slot name
  slot: string; // human description of the slot
  header?: string; // HTTP header name; default Authorization: Bearer
  bare?: boolean; // header value sent without Bearer
  scheme?: string; // header auth scheme prefix, e.g. "Token "
  make: (g: G) => string;
}

export interface Ctx {
  env: string;
  key: string; // lowercase config key
  camel: string;
  v: string;
  provider: string;
  hdr: string; // full header line value e.g. "Authorization: Bearer X"
  g: G;
}

const lowerKey = (env: string) => env.toLowerCase();
const camelKey = (env: string) =>
  env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

type R = { name: string; f: (c: Ctx) => string };


export const RENDERERS: R[] = [
  { name: "OpenAI chat body with pasted .env", f: (c) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content: `why does the app crash on boot? here's my .env\n\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${c.env}=${c.v}\nFEATURE_FLAGS=beta,search\n` }], temperature: 0.2 }, null, 2) },
  { name: "Anthropic tool_use write_file", f: (c) => JSON.stringify({ role: "assistant", content: [{ type: "text", text: "I'll create the config file." }, { type: "tool_use", id: `toolu_01${c.g.a(22)}`, name: "write_file", input: { path: "config/settings.local.json", content: JSON.stringify({ service: c.provider.toLowerCase().replace(/\W+/g, "-"), [c.camel]: c.v, timeoutMs: 5000 }, null, 2) } }] }, null, 2) },
  { name: "OpenAI tool_calls shell export", f: (c) => JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: `call_${c.g.a(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${c.env}='${c.v}' && npm run sync -- --verbose`, cwd: "/home/dev/app" }) } }] }, null, 2) },
  { name: "MCP tool result echoed (read_file)", f: (c) => JSON.stringify({ jsonrpc: "2.0", id: c.g.n(900) + 10, result: { content: [{ type: "text", text: `# deploy/.env.production\nAPP_URL=https://app.example.com\n${c.env}=${c.v}\nSENTRY_ENVIRONMENT=production\n` }], isError: false } }, null, 2) },
  { name: "curl command header", f: (c) => `$ curl -sS -X GET 'https://api.example-integration.io/v1/status' \\\n    -H '${c.hdr}' \\\n    -H 'Accept: application/json' | jq .` },
  { name: "raw HTTP request headers", f: (c) => `POST /v2/events HTTP/1.1\r\nHost: ingest.example-integration.io\r\nUser-Agent: agent-http/1.4\r\nContent-Type: application/json\r\n${c.hdr}\r\nContent-Length: 41\r\n\r\n{"event":"build.finished","status":"ok"}` },
  { name: "URL query string", f: (c) => `GET https://api.example-integration.io/v1/search?q=invoices&limit=20&${c.key}=${encodeURIComponent(c.v)} HTTP/1.1\nHost: api.example-integration.io\nAccept: */*` },
  { name: "form-urlencoded body", f: (c) => `POST /oauth/token HTTP/1.1\nHost: auth.example-integration.io\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=read%20write&${c.key}=${encodeURIComponent(c.v)}` },
  { name: "multipart form field", f: (c) => { const b = `----WebKitFormBoundary${c.g.a(16)}`; return `POST /upload HTTP/1.1\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${c.key}"\n\n${c.v}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,amount\n1,20.00\n--${b}--`; } },
  { name: "JSON request body", f: (c) => `fetch("https://hooks.example-integration.io/v1/register", {\n  method: "POST",\n  headers: { "Content-Type": "application/json" },\n  body: ${JSON.stringify(JSON.stringify({ name: "ci-sync", [c.camel]: c.v, retries: 3 }))},\n});` },
  { name: ".env file", f: (c) => `# .env.local — do not commit\nDATABASE_POOL=10\nREDIS_TTL=3600\n${c.env}=${c.v}\nENABLE_METRICS=true` },
  { name: "YAML config", f: (c) => `# config/production.yaml\nserver:\n  port: 8443\n  host: 0.0.0.0\nintegrations:\n  ${c.key.replace(/_/g, "-").split("-")[0]}:\n    enabled: true\n    ${c.key}: "${c.v}"\n    timeout: 30s\nlogging:\n  level: warn` },
  { name: "TOML config", f: (c) => `# settings.toml\n[app]\nname = "billing-worker"\nworkers = 4\n\n[integrations]\n${c.key} = "${c.v}"\nretry = 3` },
  { name: "INI config", f: (c) => `; app.ini\n[general]\ndebug = false\n\n[credentials]\n${c.key} = ${c.v}\nregion = eu-west-1` },
  { name: "Java properties", f: (c) => `# application-prod.properties\nspring.datasource.hikari.maximum-pool-size=20\nserver.port=8080\nintegration.${c.camel}=${c.v}\nmanagement.endpoints.web.exposure.include=health` },
  { name: "JSON config file", f: (c) => JSON.stringify({ $schema: "./config.schema.json", env: "production", integrations: { [c.camel]: c.v, baseUrl: "https://api.example-integration.io" }, cache: { ttl: 600 } }, null, 2) },
  { name: "Terraform HCL", f: (c) => `# main.tf\nvariable "region" { default = "us-east-1" }\n\nresource "kubernetes_secret" "app" {\n  metadata {\n    name = "app-secrets"\n  }\n  data = {\n    ${c.env} = "${c.v}"\n  }\n}` },
  { name: "XML config", f: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${c.env}" value="${c.v}" />\n    <add key="TimeoutSeconds" value="30" />\n  </appSettings>\n</configuration>` },
  { name: "Python code", f: (c) => `import os\nimport requests\n\n${c.env} = os.environ.get("${c.env}", "${c.v}")\n\n\ndef fetch_status():\n    r = requests.get("https://api.example-integration.io/v1/status",\n                     headers={"Authorization": f"Bearer {${c.env}}"}, timeout=10)\n    r.raise_for_status()\n    return r.json()` },
  { name: "TypeScript code", f: (c) => `// src/lib/client.ts\nimport { z } from "zod";\n\nconst ${c.camel} = process.env.${c.env} ?? "${c.v}";\n\nexport async function ping(): Promise<boolean> {\n  const res = await fetch("https://api.example-integration.io/ping", {\n    headers: { Authorization: \`Bearer \${${c.camel}}\` },\n  });\n  return res.ok;\n}` },
  { name: "Go code", f: (c) => `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nfunc token() string {\n\tif v := os.Getenv("${c.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn "${c.v}"\n}\n\nfunc newReq(url string) (*http.Request, error) {\n\treq, err := http.NewRequest("GET", url, nil)\n\treq.Header.Set("Authorization", "Bearer "+token())\n\treturn req, err\n}` },
  { name: "Java code", f: (c) => `package com.acme.sync;\n\npublic final class IntegrationConfig {\n    private static final String ${c.env} =\n        System.getenv().getOrDefault("${c.env}", "${c.v}");\n\n    public static String token() {\n        return ${c.env};\n    }\n}` },
  { name: "Ruby code", f: (c) => `# config/initializers/integration.rb\nRails.application.config.x.integration = {\n  ${c.key}: ENV.fetch("${c.env}", "${c.v}"),\n  timeout: 15\n}` },
  { name: "C# code", f: (c) => `// Program.cs\nvar builder = WebApplication.CreateBuilder(args);\nvar ${c.camel} = builder.Configuration["${c.env}"] ?? "${c.v}";\nbuilder.Services.AddHttpClient("integration", http =>\n{\n    http.DefaultRequestHeaders.Add("Authorization", $"Bearer {${c.camel}}");\n});` },
  { name: "PHP code", f: (c) => `<?php\n// config/services.php\nreturn [\n    'integration' => [\n        '${c.key}' => env('${c.env}', '${c.v}'),\n        'timeout' => 20,\n    ],\n];` },
  { name: "Rust code", f: (c) => `// src/config.rs\nuse std::env;\n\npub fn ${c.key}() -> String {\n    env::var("${c.env}").unwrap_or_else(|_| "${c.v}".to_string())\n}` },
  { name: "GitHub Actions log", f: (c) => `2026-11-30T14:02:11.4810000Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T14:02:11.4812000Z + echo "deploying build 4812"\n2026-11-30T14:02:11.4830000Z + ${c.env}=${c.v} ./bin/release --region us-east-1\n2026-11-30T14:02:12.0011000Z release: uploading artifacts (3 files)\n2026-11-30T14:02:14.9920000Z ##[endgroup]` },
  { name: "shell history", f: (c) => `  501  git pull --rebase\n  502  npm ci\n  503  export ${c.env}="${c.v}"\n  504  npm run migrate\n  505  docker compose up -d\n  506  history | tail -20` },
  { name: "Python crash dump with locals", f: (c) => `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    client.push(batch)\n  File "/srv/app/client.py", line 41, in push\n    raise ConnectionError("upstream 502")\nConnectionError: upstream 502\n\nLocals at frame client.push:\n    self = <Client host='api.example-integration.io'>\n    batch = [<Event 1>, <Event 2>]\n    ${c.key} = '${c.v}'\n    attempt = 3` },
  { name: "Jupyter notebook cell", f: (c) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${c.env}"] = "${c.v}"\n`, "df = load_dataset('events')\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", f: (c) => `-- seeds/002_integrations.sql\nINSERT INTO integration_credentials (id, provider, slot, value, created_at)\nVALUES (${c.g.n(900) + 100}, '${c.provider}', '${c.key}', '${c.v}', NOW());` },
  { name: "Markdown doc", f: (c) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the shared team credential for ${c.provider}:\n\n\`\`\`bash\n${c.env}=${c.v}\n\`\`\`\n\n3. Run \`make dev\`.` },
  { name: "unified diff", f: (c) => `diff --git a/config/default.yml b/config/default.yml\nindex 3f1c2a0..9b0e4d1 100644\n--- a/config/default.yml\n+++ b/config/default.yml\n@@ -4,6 +4,7 @@ app:\n   name: orders\n   port: 3000\n+  ${c.key}: ${c.v}\n   cache:\n     ttl: 120` },
  { name: "chat message", f: (c) => JSON.stringify({ channel: "C04DEVOPS", user: "U02MAYA", text: `hey can you try with this one? ${c.env}=${c.v} (mine expires friday)`, ts: `${c.g.d(10)}.${c.g.d(6)}` }, null, 2) },
  { name: "docker-compose", f: (c) => `services:\n  worker:\n    image: ghcr.io/acme/worker:1.8.2\n    restart: unless-stopped\n    environment:\n      - LOG_LEVEL=info\n      - ${c.env}=${c.v}\n    depends_on:\n      - redis` },
  { name: "k8s Secret stringData", f: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: integration-creds\n  namespace: prod\ntype: Opaque\nstringData:\n  ${c.env}: "${c.v}"` },
  { name: "Jest test fixture", f: (c) => `// __tests__/client.test.ts\nimport { Client } from "../src/client";\n\nconst ${c.camel} = "${c.v}";\n\ntest("sends auth", async () => {\n  const client = new Client({ ${c.camel} });\n  expect(await client.ping()).toBe(true);\n});` },
  { name: "OpenAI chat body with pasted log", f: (c) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `getting 401s, log below:\n\n[2026-11-29 10:14:02] INFO starting sync worker pid=4412\n[2026-11-29 10:14:02] DEBUG ${c.provider} client init ${c.key}=${c.v}\n[2026-11-29 10:14:03] ERROR request failed status=401 request_id=req_${c.g.a(16)}` }] }) },
];

export function ctxFor(spec: Spec, v: string, g: G): Ctx {
  const scheme = spec.scheme ?? (spec.bare ? "" : "Bearer ");
  const hdr = `${spec.header ?? "Authorization"}: ${scheme}${v}`;
  return { env: spec.env, key: lowerKey(spec.env), camel: camelKey(spec.env), v, provider: spec.provider, hdr, g };
}

export function build(
  specs: Spec[],
  opts: { seed: number; prefix: string; cat: string; reps: number; offset: number; startNo?: number; keep?: (rep: number, i: number) => boolean },
): CorpusCase[] {
  const g = new G(opts.seed);
  const out: CorpusCase[] = [];
  let no = opts.startNo ?? 1;
  let ri = opts.offset;
  for (let rep = 0; rep < opts.reps; rep++) {
    for (const [i, s] of specs.entries()) {
      if (opts.keep && !opts.keep(rep, i)) continue;
      const v = s.make(g);
      const r = RENDERERS[ri % RENDERERS.length]!;
      ri += 7; // coprime stride with renderer count spreads contexts
      const text = r.f(ctxFor(s, v, g));
      out.push({
        id: `${opts.prefix}-${String(no++).padStart(3, "0")}`,
        kind: "secrets",
        category: `${opts.cat}-sec-${s.group}`,
        label: "positive",
        text,
        note: `${s.provider} ${s.slot} (${s.env}) in ${r.name}`,
      });
    }
  }
  return out;
}
