// Shared builders and context renderers for heldout-y110 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time from split prefixes and a seeded PRNG.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
const AN = UP + LO + DG;

export class Gen extends SeededRng {
  a(n: number): string { return this.str(n, AN); }
  h(n: number): string { return this.str(n, "0123456789abcdef"); }
  H(n: number): string { return this.str(n, "0123456789ABCDEF"); }
  d(n: number): string { return this.str(1, "123456789") + this.str(n - 1, DG); }
  lo(n: number): string { return this.str(n, LO + DG); }
  up(n: number): string { return this.str(n, UP + DG); }
  L(n: number): string { return this.str(n, UP + LO); }
  b64(n: number): string { return this.str(n, AN + "+/"); }
  u(n: number): string { return this.str(n, AN + "-_"); }
  b32(n: number): string { return this.str(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"); }
  uuid(): string { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  /** base64 (standard, padded) of n random bytes. */
  b64bytes(n: number): string { return Buffer.from(this.bytes(n)).toString("base64"); }
  /** A JWT: real base64url header and payload, random signature. */
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(payload), this.u(alg === "HS256" ? 43 : 342)].join(".");
  }
  /** PEM block with a random body of n bytes (label split so the repo holds no key header). */
  pem(label: string, n: number, lead = ""): string {
    const body = (lead + Buffer.from(this.bytes(n)).toString("base64")).match(/.{1,64}/g)!.join("\n");
    return `${"-----" + "BEGIN "}${label}-----\n${body}\n${"-----" + "END "}${label}-----`;
  }
}

/** Concatenate pieces (keeps prefixes split in the source). */
export const j = (...p: string[]) => p.join("");

export type Cat = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  provider: string;
  cat: Cat;
  env: string;
  make: (g: Gen) => string;
  /** Header line template with {v}; default "Authorization: Bearer {v}". */
  hdr?: string;
  /** Query/form parameter name; default "api_key". */
  param?: string;
  /** false: value never travels in an HTTP header/query/form (secrets, URLs, passwords). */
  http?: boolean;
}

export const S = (provider: string, cat: Cat, env: string, make: (g: Gen) => string, o: Partial<Spec> = {}): Spec =>
  ({ provider, cat, env, make, ...o });

export interface Slot {
  provider: string;
  env: string;
  value: string;
  hdr: string;
  param: string;
}

export interface Renderer {
  name: string;
  http?: boolean;
  /** Wording implies a credential: not used for benign cases. */
  secretish?: boolean;
  render: (s: Slot, g: Gen) => string;
}

const snake = (env: string) => env.toLowerCase();
const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const dotted = (env: string) => env.toLowerCase().replace(/_/g, ".");
const xml = (v: string) => v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
const ts = (g: Gen) => `2025-0${g.range(1, 9)}-1${g.range(0, 9)}T0${g.range(0, 9)}:${g.range(10, 59)}:${g.range(10, 59)}.${g.d(3)}Z`;

const dotenv = (s: Slot, g: Gen) =>
  `# .env.production\nNODE_ENV=production\nPORT=${g.range(3000, 9000)}\nLOG_LEVEL=info\n${s.env}=${s.value}\nFEATURE_FLAGS=search,export\n`;
const yamlCfg = (s: Slot) =>
  `service:\n  name: billing-worker\n  replicas: 3\nintegrations:\n  ${snake(s.env)}: "${s.value}"\n  timeout_ms: 5000\n`;
const jsonCfg = (s: Slot) =>
  JSON.stringify({ service: "orders-api", region: "eu-west-1", [snake(s.env)]: s.value, retries: 3, debug: false }, null, 2);

export const RENDERERS: Renderer[] = [
  { name: "dotenv", render: (s, g) => dotenv(s, g) },
  {
    name: "chat-openai-pasted-env",
    render: (s, g) => JSON.stringify({
      model: "gpt-4o", temperature: 0.2,
      messages: [
        { role: "system", content: "You are a senior backend engineer helping debug deployments." },
        { role: "user", content: `The container exits on boot. Here's the env file it loads:\n\n\`\`\`\n${dotenv(s, g)}\`\`\`\nWhat's wrong?` },
      ],
    }),
  },
  {
    name: "anthropic-tool_use-write_file",
    render: (s, g) => JSON.stringify({
      model: "claude-sonnet-4-5", max_tokens: 4096,
      messages: [
        { role: "user", content: "Add the integration settings to config/settings.json" },
        { role: "assistant", content: [{ type: "tool_use", id: j("toolu_01", g.a(22)), name: "write_file", input: { path: "config/settings.json", content: jsonCfg(s) } }] },
      ],
    }),
  },
  {
    name: "openai-tool_calls-shell",
    render: (s, g) => JSON.stringify({
      model: "gpt-4.1",
      messages: [
        { role: "user", content: "run the migration against staging" },
        { role: "assistant", content: null, tool_calls: [{ id: j("call_", g.a(24)), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${s.env}='${s.value}' npm run migrate -- --env staging`, cwd: "/srv/app" }) } }] },
      ],
    }),
  },
  {
    name: "mcp-tool-result",
    render: (s, g) => JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 99), result: { content: [{ type: "text", text: `$ cat deploy/values.yaml\n${yamlCfg(s)}` }], isError: false } }),
  },
  { name: "curl-header", http: true, render: (s) => `curl -sS -X POST 'https://api.example.com/v2/jobs' \\\n  -H '${s.hdr}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"name":"nightly-export","dry_run":false}'` },
  { name: "raw-http", http: true, render: (s, g) => `GET /v1/accounts/me HTTP/1.1\r\nHost: api.example.net\r\nUser-Agent: node-fetch/3.3.${g.range(0, 9)}\r\nAccept: application/json\r\n${s.hdr}\r\nX-Request-Id: ${g.uuid()}\r\n\r\n` },
  { name: "url-query", http: true, render: (s, g) => `${ts(g)} INFO http.client GET https://api.example.com/v1/search?q=invoice&${s.param}=${encodeURIComponent(s.value)}&limit=20 -> 200 (${g.range(40, 900)}ms)` },
  { name: "form-body", http: true, render: (s, g) => `POST /v1/sync HTTP/1.1\r\nHost: hooks.example.org\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\naccount=acme-${g.d(4)}&${s.param}=${encodeURIComponent(s.value)}&mode=full` },
  {
    name: "multipart", http: true,
    render: (s, g) => {
      const b = j("----WebKitFormBoundary", g.a(16));
      return `POST /upload HTTP/1.1\r\nHost: files.example.com\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n--${b}\r\nContent-Disposition: form-data; name="${s.param}"\r\n\r\n${s.value}\r\n--${b}\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\r\n1,19.99\r\n--${b}--\r\n`;
    },
  },
  { name: "json-config", render: (s) => jsonCfg(s) },
  { name: "yaml-config", render: (s) => yamlCfg(s) },
  { name: "toml", render: (s) => `[server]\nhost = "0.0.0.0"\nport = 8080\n\n[integrations.${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${snake(s.env)} = "${s.value}"\nenabled = true\n` },
  { name: "ini", render: (s) => `[default]\nregion = us-east-1\noutput = json\n\n[integration]\n${snake(s.env)} = ${s.value}\n` },
  { name: "properties", render: (s) => `spring.application.name=ledger\nserver.port=8443\napp.${dotted(s.env)}=${s.value}\nlogging.level.root=INFO\n` },
  { name: "hcl", render: (s) => `resource "kubernetes_secret_v1" "app" {\n  metadata {\n    name = "app-env"\n  }\n  data = {\n    ${s.env} = "${s.value}"\n  }\n}\n` },
  { name: "xml-appsettings", render: (s) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.env}" value="${xml(s.value)}" />\n  </appSettings>\n</configuration>\n` },
  { name: "python", render: (s) => `import os\nimport httpx\n\n${s.env} = os.environ.get("${s.env}", "${s.value}")\n\nclient = httpx.Client(base_url="https://api.example.com", timeout=10)\n` },
  { name: "javascript", render: (s) => `import { createClient } from "./client.js";\n\nconst ${camel(s.env)} = process.env.${s.env} ?? "${s.value}";\nexport const client = createClient({ ${camel(s.env)}, retries: 2 });\n` },
  { name: "go", render: (s) => `package config\n\nimport "os"\n\nconst default${camel(s.env).replace(/^./, (c) => c.toUpperCase())} = "${s.value}"\n\nfunc Get() string {\n\tif v := os.Getenv("${s.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${camel(s.env).replace(/^./, (c) => c.toUpperCase())}\n}\n` },
  { name: "java", render: (s) => `package com.example.billing;\n\npublic final class Settings {\n    public static final String ${s.env} = "${s.value}";\n    private Settings() {}\n}\n` },
  { name: "ruby", render: (s) => `# config/initializers/integrations.rb\nRails.application.config.x.${snake(s.env)} = ENV.fetch("${s.env}", "${s.value}")\n` },
  { name: "php", render: (s) => `<?php\n// config/services.php\nreturn [\n    '${snake(s.env)}' => env('${s.env}', '${s.value}'),\n    'timeout' => 15,\n];\n` },
  { name: "rust", render: (s) => `fn ${snake(s.env)}() -> String {\n    std::env::var("${s.env}").unwrap_or_else(|_| "${s.value}".to_string())\n}\n` },
  { name: "csharp", render: (s) => `var ${camel(s.env)} = Environment.GetEnvironmentVariable("${s.env}") ?? "${s.value}";\nbuilder.Services.AddHttpClient("upstream");\n` },
  { name: "ci-log", render: (s, g) => `${ts(g)} ##[group]Run ./scripts/deploy.sh\n${ts(g)} + export ${s.env}=${s.value}\n${ts(g)} + ./bin/deploy --env production\n${ts(g)} deploying revision ${g.h(7)} to 3 hosts\n${ts(g)} ##[endgroup]` },
  { name: "shell-history", render: (s, g) => `  ${g.range(300, 900)}  cd ~/src/payments-api\n  ${g.range(901, 950)}  git pull --rebase\n  ${g.range(951, 990)}  export ${s.env}=${s.value}\n  ${g.range(991, 999)}  make run\n` },
  { name: "python-crash-locals", render: (s, g) => `Traceback (most recent call last):\n  File "/srv/app/worker.py", line ${g.range(20, 300)}, in sync\n    resp = session.post(url, json=payload, timeout=5)\n    Locals:\n      url = 'https://api.example.com/v1/sync'\n      ${snake(s.env)} = '${s.value}'\n      payload = {'batch': ${g.range(1, 50)}}\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded` },
  { name: "notebook", render: (s) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.env}"] = "${s.value}"\n`, "df = load_frame('s3://analytics/2025/')\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "sql-seed", render: (s, g) => `-- seeds/002_settings.sql\nINSERT INTO app_settings (id, name, value, updated_at) VALUES\n  (${g.range(1, 90)}, '${snake(s.env)}', '${s.value.replace(/'/g, "''")}', NOW());\n` },
  { name: "markdown", render: (s) => `## Running locally\n\n1. Install deps with \`pnpm install\`.\n2. Set \`${s.env}\` before starting:\n\n\`\`\`bash\nexport ${s.env}="${s.value}"\npnpm dev\n\`\`\`\n` },
  { name: "diff", render: (s, g) => `diff --git a/deploy/prod.env b/deploy/prod.env\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/deploy/prod.env\n+++ b/deploy/prod.env\n@@ -3,4 +3,4 @@ LOG_LEVEL=info\n REGION=eu-west-1\n-${s.env}=\n+${s.env}=${s.value}\n WORKERS=4\n` },
  { name: "chat-handover", secretish: true, render: (s) => `[10:42] maria: anyone have the prod ${s.provider} credential? the old one got rotated\n[10:44] dev-bot: here you go, put it in ${s.env}:\n[10:44] dev-bot: ${s.value}\n[10:45] maria: thanks, works 👍` },
  { name: "dockerfile", render: (s) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${s.env}=${s.value}\nCOPY . .\nCMD ["node", "server.js"]\n` },
  { name: "k8s-secret-stringData", secretish: true, render: (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-env\n  namespace: prod\ntype: Opaque\nstringData:\n  ${s.env}: "${s.value}"\n` },
  { name: "k8s-secret-data-b64", secretish: true, render: (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-env\ntype: Opaque\ndata:\n  ${s.env}: ${Buffer.from(s.value).toString("base64")}\n` },
  { name: "docker-compose", render: (s) => `services:\n  api:\n    image: ghcr.example.com/acme/api:2.4.1\n    ports: ["8080:8080"]\n    environment:\n      - DATABASE_POOL=10\n      - ${s.env}=${s.value}\n` },
  { name: "gh-actions-env", render: (s) => `name: deploy\non: { push: { branches: [main] } }\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${s.env}: ${s.value}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/release.sh\n` },
  { name: "powershell", render: (s) => `PS C:\\src\\api> $env:${s.env} = "${s.value}"\nPS C:\\src\\api> dotnet run --project Api\n` },
  { name: "systemd", render: (s) => `[Unit]\nDescription=Queue worker\n\n[Service]\nEnvironment="${s.env}=${s.value}"\nExecStart=/usr/local/bin/worker --concurrency 8\nRestart=always\n` },
  {
    name: "har-entry", http: true,
    render: (s, g) => {
      const i = s.hdr.indexOf(": ");
      return JSON.stringify({ log: { entries: [{ startedDateTime: ts(g), request: { method: "GET", url: "https://api.example.com/v1/me", headers: [{ name: "accept", value: "application/json" }, { name: s.hdr.slice(0, i), value: s.hdr.slice(i + 2) }] }, response: { status: 200 } }] } }, null, 1);
    },
  },
  {
    name: "copy-as-fetch", http: true,
    render: (s) => {
      const i = s.hdr.indexOf(": ");
      return `fetch("https://api.example.com/v3/projects", {\n  "headers": {\n    "accept": "application/json",\n    "${s.hdr.slice(0, i).toLowerCase()}": "${s.hdr.slice(i + 2)}"\n  },\n  "method": "GET"\n});`;
    },
  },
];

/** Round-robin renderer picker; skips renderers the spec cannot use. */
export class Rotor {
  private i: number;
  constructor(start = 0, private readonly benign = false) { this.i = start; }
  /** HTTP renderers skipped by a spec that cannot use them, kept for the next spec that can. */
  private readonly deferred: Renderer[] = [];
  next(httpOk: boolean): Renderer {
    if (httpOk && this.deferred.length > 0) return this.deferred.shift()!;
    for (;;) {
      const r = RENDERERS[this.i++ % RENDERERS.length]!;
      if (this.benign && r.secretish) continue;
      if (r.http && !httpOk) {
        this.deferred.push(r);
        continue;
      }
      return r;
    }
  }
}

export function slotOf(spec: { provider: string; env: string; hdr?: string; param?: string }, value: string): Slot {
  return {
    provider: spec.provider,
    env: spec.env,
    value,
    hdr: (spec.hdr ?? "Authorization: Bearer {v}").replace("{v}", value),
    param: spec.param ?? "api_key",
  };
}

/** Render each spec once through the rotor. */
export function renderSpecs(g: Gen, specs: Spec[], idPrefix: string, rotor: Rotor, startNo = 1): CorpusCase[] {
  return specs.map((sp, k) => {
    const value = sp.make(g);
    const httpOk = sp.http !== false;
    const r = rotor.next(httpOk);
    const text = r.render(slotOf(sp, value), g);
    if (!text.includes(value) && r.name !== "k8s-secret-data-b64" && r.name !== "url-query" && r.name !== "form-body")
      throw new Error(`${idPrefix}: value lost in ${r.name} for ${sp.provider}`);
    return {
      id: `${idPrefix}-${String(startNo + k).padStart(3, "0")}`,
      kind: "secrets",
      category: `heldouty110-sec-${sp.cat}`,
      label: "positive",
      text,
      note: `${sp.provider}; slot ${sp.env}${httpOk && r.http ? ` (${sp.hdr ? "header " + sp.hdr.split(":")[0] : "Authorization Bearer"}/param ${sp.param ?? "api_key"})` : ""}; context ${r.name}`,
    } satisfies CorpusCase;
  });
}

export const pos = (id: string, cat: Cat, text: string, note: string): CorpusCase =>
  ({ id, kind: "secrets", category: `heldouty110-sec-${cat}`, label: "positive", text, note });
export const ben = (id: string, text: string, note: string): CorpusCase =>
  ({ id, kind: "secrets", category: "heldouty110-benign", label: "benign", text, note });
