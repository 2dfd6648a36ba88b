// Shared generator for heldout-y62 (skipped by the loader: leading underscore, not *.cases.ts).
// Every credential-shaped value is assembled at run time from a split prefix and a body drawn
// from mulberry32 with a fixed seed per file, so output is deterministic and the repo holds no
// literal credential.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const ALNUM = UP + LO + DIG;
export const LALNUM = LO + DIG;
export const UALNUM = UP + DIG;
export const HEX = "0123456789abcdef";
export const UHEX = "0123456789ABCDEF";
export const B64 = ALNUM + "+/";
export const B64URL = ALNUM + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

export class Gen extends SeededRng {
  a(n: number): string { return this.str(n, ALNUM); }
  la(n: number): string { return this.str(n, LALNUM); }
  ua(n: number): string { return this.str(n, UALNUM); }
  h(n: number): string { return this.str(n, HEX); }
  uh(n: number): string { return this.str(n, UHEX); }
  d(n: number): string { return this.str(n, DIG); }
  b64(n: number): string { return this.str(n, B64); }
  u(n: number): string { return this.str(n, B64URL); }
  uuid(): string { return [this.h(8), this.h(4), "4" + this.h(3), this.pick(["8", "9", "a", "b"]) + this.h(3), this.h(12)].join("-"); }
  /** Base64 of n random bytes, padded. */
  b64bytes(n: number): string { return Buffer.from(this.bytes(n)).toString("base64"); }
  /** A JWT-shaped value with a JSON header/payload built from fields and a random signature. */
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(payload), this.u(43)].join(".");
  }
  /** A memorable-looking but strong password. */
  pw(): string { return this.a(6) + this.pick(["!", "#", "%", "-", "_", "."]) + this.a(10) + this.d(2); }
  /** PEM block with a random base64 body, 64-char lines. */
  pem(label: string, bytes: number): string {
    const body = this.b64bytes(bytes).replace(/(.{64})/g, "$1\n").trimEnd();
    return ["-----", "BEGIN ", label, "-----\n", body, "\n-----", "END ", label, "-----"].join("");
  }
}

export function j(s: string): string {
  return JSON.stringify(s);
}

/** One token type: provider, group, env-style slot name, token builder, optional header form. */
export interface Spec {
  p: string;
  g: string;
  v: string;
  t: (r: Gen) => string;
  /** Header line prefix used by HTTP renderers, e.g. "X-API-Key: "; default "Authorization: Bearer ". */
  hdr?: string;
  /** API host for HTTP renderers. */
  host?: string;
  /** How many cases to emit (default 2). */
  n?: number;
}

export interface Ctx {
  v: string; // slot name, UPPER_SNAKE
  val: string;
  hdr: string;
  host: string;
  r: Gen;
}

const camel = (v: string) => v.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const kebab = (v: string) => v.toLowerCase().replace(/_/g, "-");
const dotted = (v: string) => v.toLowerCase().replace(/_/g, ".");
const sha = (r: Gen) => r.h(40);

export type Renderer = [name: string, fn: (c: Ctx) => string];

export const renderers: Renderer[] = [
  ["LLM chat body with pasted .env", (c) =>
    JSON.stringify({
      model: "claude-sonnet-4-5",
      max_tokens: 4096,
      messages: [{ role: "user", content: `the app won't boot in staging, here's my .env:\n\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${c.v}=${c.val}\nDATABASE_POOL=10\n\nwhat am I missing?` }],
    }, null, 2)],
  ["Anthropic tool_use write_file .env.production", (c) =>
    JSON.stringify({
      role: "assistant",
      content: [
        { type: "text", text: "I'll write the production env file now." },
        { type: "tool_use", id: "toolu_01" + c.r.a(22), name: "write_file", input: { path: ".env.production", content: `APP_URL=https://app.example.com\n${c.v}=${c.val}\nFEATURE_FLAGS=beta,export\n` } },
      ],
    })],
  ["OpenAI tool_calls shell export", (c) =>
    JSON.stringify({
      role: "assistant",
      tool_calls: [{ id: "call_" + c.r.a(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${c.v}='${c.val}' && npm run deploy -- --env prod` }) } }],
    })],
  ["MCP tool result echoing config file", (c) =>
    JSON.stringify({
      jsonrpc: "2.0",
      id: c.r.range(2, 90),
      result: { content: [{ type: "text", text: `# config/secrets.yml\nproduction:\n  ${c.v.toLowerCase()}: "${c.val}"\n  region: eu-west-1\n` }], isError: false },
    })],
  ["curl header", (c) =>
    `curl -sS -X GET "https://${c.host}/v1/status" \\\n  -H "${c.hdr}${c.val}" \\\n  -H "Accept: application/json"`],
  ["raw HTTP request header", (c) =>
    `POST /v1/jobs HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: node-fetch/3.3\r\n${c.hdr}${c.val}\r\nContent-Type: application/json\r\nContent-Length: 27\r\n\r\n{"name":"nightly-export"}`],
  ["URL query string in fetch log", (c) =>
    `[http] GET https://${c.host}/api/v2/items?limit=50&${c.v.toLowerCase()}=${encodeURIComponent(c.val)}&page=2 -> 200 (184ms)`],
  ["form-urlencoded POST body", (c) =>
    `POST /oauth/token HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-reporting&${c.v.toLowerCase()}=${encodeURIComponent(c.val)}&scope=read`],
  ["multipart form field", (c) => {
    const b = "----WebKitFormBoundary" + c.r.a(16);
    return `POST /upload HTTP/1.1\nHost: ${c.host}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}\nContent-Disposition: form-data; name="${c.v.toLowerCase()}"\n\n${c.val}\n--${b}--`;
  }],
  ["JSON request body", (c) =>
    `POST https://${c.host}/v1/integrations\nContent-Type: application/json\n\n` + JSON.stringify({ name: "warehouse-sync", enabled: true, credentials: { [camel(c.v)]: c.val }, schedule: "0 */6 * * *" }, null, 2)],
  ["YAML config", (c) =>
    `# config/production.yaml\nserver:\n  port: 8080\n  host: 0.0.0.0\nintegrations:\n  ${kebab(c.v)}:\n    enabled: true\n    ${camel(c.v)}: ${c.val}\n    timeout: 30s\n`],
  ["TOML config", (c) =>
    `[app]\nname = "billing-worker"\nenv = "production"\n\n[integrations]\n${c.v.toLowerCase()} = "${c.val}"\nretries = 3\n`],
  ["INI config", (c) =>
    `; settings.ini\n[default]\nregion = us-east-1\noutput = json\n\n[service]\n${c.v.toLowerCase()} = ${c.val}\nverbose = false\n`],
  ["Java .properties", (c) =>
    `# application-prod.properties\nspring.application.name=orders\nserver.port=8443\napp.${dotted(c.v)}=${c.val}\nlogging.level.root=WARN\n`],
  ["JSON config file", (c) =>
    `// appsettings.Production.json\n` + JSON.stringify({ Logging: { LogLevel: { Default: "Warning" } }, Integrations: { [c.v.split("_").map((w) => w[0] + w.slice(1).toLowerCase()).join("")]: c.val }, AllowedHosts: "*" }, null, 2)],
  ["Terraform HCL", (c) =>
    `# main.tf\nprovider "http" {}\n\nlocals {\n  region = "eu-central-1"\n}\n\nresource "kubernetes_secret" "app" {\n  metadata {\n    name = "app-secrets"\n  }\n  data = {\n    ${c.v} = "${c.val}"\n  }\n}\n`],
  ["XML appSettings", (c) =>
    `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${c.v}" value="${c.val}" />\n  </appSettings>\n</configuration>`],
  ["Python SDK constructor", (c) =>
    `import os\nimport requests\n\n# TODO move to secrets manager\n${c.v} = os.environ.get("${c.v}", "${c.val}")\n\nsession = requests.Session()\nsession.headers.update({"${c.hdr.split(":")[0]}": ${c.hdr.includes("Bearer") ? `f"Bearer {${c.v}}"` : c.v}})\nresp = session.get("https://${c.host}/v1/me", timeout=10)\nresp.raise_for_status()\n`],
  ["TypeScript env default", (c) =>
    `// src/lib/client.ts\nimport { z } from "zod";\n\nconst env = z.object({\n  ${c.v}: z.string().default("${c.val}"),\n}).parse(process.env);\n\nexport const client = createClient({ apiKey: env.${c.v}, baseUrl: "https://${c.host}" });\n`],
  ["Go client code", (c) =>
    `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nfunc newRequest() (*http.Request, error) {\n\ttoken := os.Getenv("${c.v}")\n\tif token == "" {\n\t\ttoken = "${c.val}"\n\t}\n\treq, err := http.NewRequest("GET", "https://${c.host}/v1/me", nil)\n\treq.Header.Set("${c.hdr.split(":")[0]}", ${c.hdr.includes("Bearer") ? '"Bearer "+token' : "token"})\n\treturn req, err\n}\n`],
  ["Java constant", (c) =>
    `package com.acme.integrations;\n\npublic final class Credentials {\n    private Credentials() {}\n\n    public static final String ${c.v} = "${c.val}";\n    public static final int TIMEOUT_MS = 15000;\n}\n`],
  ["C# options", (c) =>
    `services.Configure<IntegrationOptions>(o =>\n{\n    o.BaseUrl = new Uri("https://${c.host}");\n    o.${c.v.split("_").map((w) => w[0] + w.slice(1).toLowerCase()).join("")} = "${c.val}";\n    o.Retries = 3;\n});`],
  ["Ruby initializer", (c) =>
    `# config/initializers/integrations.rb\nRails.application.configure do\n  config.x.integrations.${c.v.toLowerCase()} = ENV.fetch("${c.v}", "${c.val}")\n  config.x.integrations.timeout = 10\nend\n`],
  ["PHP config", (c) =>
    `<?php\n// config/services.php\nreturn [\n    'integration' => [\n        '${c.v.toLowerCase()}' => env('${c.v}', '${c.val}'),\n        'endpoint' => 'https://${c.host}',\n    ],\n];\n`],
  ["Rust test fixture", (c) =>
    `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[tokio::test]\n    async fn fetches_profile() {\n        let client = Client::new("${c.val}");\n        let me = client.me().await.unwrap();\n        assert_eq!(me.plan, "team");\n    }\n}\n`],
  ["GitHub Actions CI log", (c) =>
    `2026-03-14T09:12:${c.r.range(10, 59)}.${c.r.d(7)}Z ##[group]Run ./scripts/deploy.sh\n2026-03-14T09:12:41.0000000Z env:\n2026-03-14T09:12:41.0000000Z   NODE_VERSION: 20\n2026-03-14T09:12:41.0000000Z   ${c.v}: ${c.val}\n2026-03-14T09:12:41.0000000Z ##[endgroup]\n2026-03-14T09:12:42.0000000Z Deploying commit ${sha(c.r)}\n2026-03-14T09:12:49.0000000Z Error: upstream returned 502`],
  ["shell history", (c) =>
    `  501  cd ~/src/api\n  502  git pull --rebase\n  503  export ${c.v}=${c.val}\n  504  make migrate\n  505  make run\n  506  history | tail`],
  ["Python crash dump with locals", (c) =>
    `Traceback (most recent call last):\n  File "/srv/app/worker.py", line 88, in sync\n    resp = client.push(batch)\n  File "/srv/app/client.py", line 41, in push\n    raise UpstreamError(resp.status_code)\nclient.UpstreamError: 401\n\nLocals at frame client.push:\n    self = <Client base='https://${c.host}'>\n    ${c.v.toLowerCase()} = '${c.val}'\n    batch = [<Row 1>, <Row 2>, ... 48 more]`],
  ["Jupyter notebook cell", (c) =>
    JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${c.v}"] = "${c.val}"\n`, "df = load_events(days=7)\n", "df.head()"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1)],
  ["SQL seed insert", (c) =>
    `-- seeds/002_integrations.sql\nINSERT INTO integration_credentials (id, tenant_id, provider, secret_value, created_at)\nVALUES (${c.r.range(10, 999)}, 7, '${c.v.toLowerCase().split("_")[0]}', '${c.val}', now());\n`],
  ["Markdown setup doc", (c) =>
    `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the shared team credential for now:\n\n   \`\`\`bash\n   ${c.v}=${c.val}\n   \`\`\`\n\n3. Run \`make dev\`.\n`],
  ["unified diff", (c) =>
    `diff --git a/deploy/values.env b/deploy/values.env\nindex ${c.r.h(7)}..${c.r.h(7)} 100644\n--- a/deploy/values.env\n+++ b/deploy/values.env\n@@ -3,4 +3,5 @@ APP_ENV=production\n REPLICAS=3\n LOG_FORMAT=json\n+${c.v}=${c.val}\n HEALTHCHECK_PATH=/healthz\n`],
  ["chat message to teammate", (c) =>
    JSON.stringify({ channel: "C0" + c.r.ua(9), text: `hey, prod ${c.v.toLowerCase().replace(/_/g, " ")} got rotated, new one is ${c.val} - can you update the vault entry?`, thread_ts: `17${c.r.d(8)}.${c.r.d(6)}` })],
  ["docker run -e", (c) =>
    `docker run -d --name worker --restart unless-stopped \\\n  -e NODE_ENV=production \\\n  -e ${c.v}=${c.val} \\\n  -p 8080:8080 ghcr.io/acme/worker:1.14.2`],
  ["Kubernetes Secret stringData", (c) =>
    `apiVersion: v1\nkind: Secret\nmetadata:\n  name: worker-env\n  namespace: prod\ntype: Opaque\nstringData:\n  ${c.v}: "${c.val}"\n`],
  ["LLM chat body with pasted docker-compose", (c) =>
    JSON.stringify({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a helpful DevOps assistant." }, { role: "user", content: `why does this compose file fail healthcheck?\n\nservices:\n  api:\n    image: acme/api:latest\n    environment:\n      - ${c.v}=${c.val}\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8080/healthz\"]\n` }] })],
];

/** Emits cases for specs, rotating each token through the renderers. */
export function build(specs: Spec[], opts: { seed: number; idPrefix: string; catPrefix: string; offset?: number; defaultN?: number }): CorpusCase[] {
  const r = new Gen(opts.seed);
  const out: CorpusCase[] = [];
  let k = opts.offset ?? 0;
  for (const s of specs) {
    const n = s.n ?? opts.defaultN ?? 2;
    for (let i = 0; i < n; i++) {
      const [rname, fn] = renderers[k % renderers.length]!;
      k += 7; // co-prime stride so a spec's two cases land in different contexts
      const val = s.t(r);
      const text = fn({ v: s.v, val, hdr: s.hdr ?? "Authorization: Bearer ", host: s.host ?? "api.example.com", r });
      out.push({
        id: `${opts.idPrefix}-${String(out.length + 1).padStart(3, "0")}`,
        kind: "secrets",
        category: `${opts.catPrefix}-${s.g}`,
        label: "positive",
        text,
        note: `${s.p}; slot ${s.v}; context: ${rname}`,
      });
    }
  }
  return out;
}
