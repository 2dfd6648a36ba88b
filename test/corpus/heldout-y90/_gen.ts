// Shared PRNG helpers and context renderers for heldout-y90 (skipped by the loader).
// Every credential-shaped value is assembled at run time from a split prefix and a seeded body.
import { mulberry32, randomString } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LO = "abcdefghijklmnopqrstuvwxyz0123456789";
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const DG = "0123456789";
export const B64 = `${AL}+/`;
export const URLS = `${AL}_-`;
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class R {
  private r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  s(n: number, a = AL): string {
    return randomString(this.r, n, a);
  }
  i(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  hex(n: number): string {
    return this.s(n, HX);
  }
  uuid(): string {
    return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-");
  }
  b64(nBytes: number): string {
    const b = new Uint8Array(nBytes);
    for (let k = 0; k < nBytes; k++) b[k] = Math.floor(this.r() * 256);
    return Buffer.from(b).toString("base64");
  }
  b64url(nBytes: number): string {
    return this.b64(nBytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  jwt(payload: Record<string, unknown>): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.b64url(32)].join(".");
  }
  pem(label: string, nBytes: number): string {
    const body = this.b64(nBytes).match(/.{1,64}/g)!.join("\n");
    return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
  }
}

/** join(): keeps prefixes apart from bodies in the source. */
export const j = (...xs: string[]) => xs.join("");

/** A credential (or benign value) in a named slot. header: full header line prefix, e.g. "Authorization: Bearer ". */
export interface Slot {
  p: string; // provider / value kind
  g: string; // group
  env: string; // UPPER_SNAKE slot name
  v: string; // value
  header?: string;
  query?: string; // query/form parameter name
}

const lower = (env: string) => env.toLowerCase();
const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const dotted = (env: string) => env.toLowerCase().replace(/_/g, ".");
const hdr = (s: Slot) => s.header ?? "Authorization: Bearer ";
const qp = (s: Slot) => s.query ?? (s.header ? lower(s.env) : "access_token");

type Renderer = { name: string; f: (s: Slot, r: R) => string };

const fillerEnv = (r: R) =>
  [
    `NODE_ENV=production`,
    `PORT=${r.i(3000, 9000)}`,
    `LOG_LEVEL=${r.pick(["info", "debug", "warn"])}`,
    `APP_URL=https://${r.pick(["app", "api", "portal"])}.${r.pick(["acme-tools", "northwind", "bluefin", "lumen-labs"])}.io`,
  ];

export const RENDERERS: Renderer[] = [
  {
    name: "chat body with pasted .env (JSON-escaped)",
    f: (s, r) => {
      const env = [...fillerEnv(r).slice(0, 2), `${s.env}=${s.v}`, ...fillerEnv(r).slice(2)].join("\n");
      return JSON.stringify(
        { model: "gpt-4.1", messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content: `My app won't start in prod, here's my .env:\n\n\`\`\`\n${env}\n\`\`\`\nwhat's wrong?` }], temperature: 0.2 },
        null,
        2,
      );
    },
  },
  {
    name: "Anthropic tool_use write_file .env.local",
    f: (s, r) =>
      JSON.stringify(
        { role: "assistant", content: [{ type: "text", text: "I'll create the local env file." }, { type: "tool_use", id: `toolu_01${r.s(22)}`, name: "write_file", input: { path: ".env.local", content: `${s.env}=${s.v}\n${fillerEnv(r)[0]}\n` } }] },
        null,
        2,
      ),
  },
  {
    name: "OpenAI tool_calls shell export (double-escaped)",
    f: (s, r) =>
      JSON.stringify(
        { role: "assistant", content: null, tool_calls: [{ id: `call_${r.s(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s.env}="${s.v}" && npm run deploy`, cwd: "/home/dev/app" }) } }] },
        null,
        2,
      ),
  },
  {
    name: "MCP tool result echoing config.yaml",
    f: (s, r) =>
      JSON.stringify(
        { jsonrpc: "2.0", id: r.i(2, 90), result: { content: [{ type: "text", text: `# config/settings.yaml\nservice:\n  name: billing-worker\n  replicas: 3\nintegrations:\n  ${s.p.toLowerCase().replace(/[^a-z0-9]+/g, "_")}:\n    ${lower(s.env)}: "${s.v}"\n    timeout_ms: 5000\n` }], isError: false } },
        null,
        2,
      ),
  },
  {
    name: "curl command header",
    f: (s, r) => `$ curl -sS -X ${r.pick(["GET", "POST"])} "https://api.example-${r.s(4, LO)}.com/v1/${r.pick(["items", "status", "jobs", "accounts"])}" \\\n  -H "${hdr(s)}${s.v}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"limit": 10}'`,
  },
  {
    name: "raw HTTP request headers",
    f: (s, r) => `POST /v2/${r.pick(["events", "messages", "uploads"])} HTTP/1.1\r\nHost: api.${r.pick(["service", "gateway", "edge"])}.net\r\nUser-Agent: python-requests/2.32.3\r\nAccept: */*\r\n${hdr(s)}${s.v}\r\nX-Request-Id: ${r.uuid()}\r\nContent-Length: 42\r\n\r\n{"event":"deploy","sha":"${r.hex(40)}"}`,
  },
  {
    name: "URL query string in a fetch log",
    f: (s, r) => `[${new Date(Date.UTC(2026, 10, r.i(1, 28), r.i(0, 23), r.i(0, 59))).toISOString()}] GET https://api.${r.pick(["data", "feeds", "metrics"])}-hub.com/v1/search?q=widgets&page=${r.i(1, 9)}&${qp(s)}=${encodeURIComponent(s.v)} -> 200 (${r.i(40, 900)}ms)`,
  },
  {
    name: "form-encoded POST body",
    f: (s, r) => `POST /oauth/token HTTP/1.1\nHost: auth.internal.example\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=${r.s(20, LO)}&${qp(s) === "access_token" ? "client_secret" : qp(s)}=${encodeURIComponent(s.v)}&scope=read`,
  },
  {
    name: "multipart form upload",
    f: (s, r) => {
      const b = `----WebKitFormBoundary${r.s(16)}`;
      return `POST /api/upload HTTP/1.1\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,amount\n1,20.00\n--${b}\nContent-Disposition: form-data; name="${lower(s.env)}"\n\n${s.v}\n--${b}--`;
    },
  },
  {
    name: "JSON request body",
    f: (s, r) => JSON.stringify({ integration: s.p, enabled: true, credentials: { [camel(s.env)]: s.v }, retry: { max: r.i(2, 5) } }, null, 2),
  },
  { name: ".env file", f: (s, r) => `# .env.production\n${fillerEnv(r).join("\n")}\n${s.env}=${s.v}\nSENTRY_ENVIRONMENT=production` },
  {
    name: "YAML config",
    f: (s, r) => `# config/production.yml\napp:\n  name: ${r.pick(["orders", "ledger", "search"])}-api\n  workers: ${r.i(2, 16)}\n${camel(s.env)}: ${s.v}\nfeatures:\n  beta_dashboard: false`,
  },
  { name: "TOML config", f: (s, r) => `# settings.toml\n[server]\nhost = "0.0.0.0"\nport = ${r.i(8000, 8999)}\n\n[${s.p.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${lower(s.env)} = "${s.v}"\nregion = "${r.pick(["us-east-1", "eu-west-1", "ap-south-1"])}"` },
  { name: "INI config", f: (s, r) => `; app.ini\n[general]\ndebug = false\nworkers = ${r.i(1, 8)}\n\n[api]\n${lower(s.env)} = ${s.v}\n` },
  { name: ".properties", f: (s, r) => `# application-prod.properties\nserver.port=${r.i(8080, 8099)}\nspring.jpa.hibernate.ddl-auto=validate\n${dotted(s.env)}=${s.v}\nlogging.level.root=INFO` },
  { name: "JSON config file", f: (s, r) => JSON.stringify({ name: "worker", version: `1.${r.i(0, 20)}.${r.i(0, 9)}`, settings: { [camel(s.env)]: s.v, pollIntervalSec: 30 } }, null, 2) },
  {
    name: "Terraform HCL",
    f: (s, r) => `# terraform.tfvars\nenvironment = "prod"\ninstance_count = ${r.i(1, 6)}\n${lower(s.env)} = "${s.v}"\ntags = {\n  team = "platform"\n}`,
  },
  {
    name: "XML app.config",
    f: (s, r) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${camel(s.env).replace(/^./, (c) => c.toUpperCase())}" value="${s.v}" />\n    <add key="MaxRetries" value="${r.i(2, 6)}" />\n  </appSettings>\n</configuration>`,
  },
  {
    name: "Python os.environ default",
    f: (s, r) => `import os\nimport requests\n\n${s.env} = os.environ.get("${s.env}", "${s.v}")\n\n\ndef fetch(path):\n    resp = requests.get(f"https://api.example.com{path}", headers={"Authorization": f"Bearer {${s.env}}"}, timeout=${r.i(5, 30)})\n    resp.raise_for_status()\n    return resp.json()`,
  },
  {
    name: "TypeScript client constructor",
    f: (s, r) => `// src/lib/${s.p.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.ts\nexport const client = createClient({\n  ${camel(s.env)}: process.env.${s.env} ?? "${s.v}",\n  timeoutMs: ${r.i(2, 9)}000,\n});`,
  },
  {
    name: "Go const",
    f: (s, r) => `package config\n\nimport "os"\n\nconst default${camel(s.env).replace(/^./, (c) => c.toUpperCase())} = "${s.v}"\n\nfunc Load() string {\n\tif v := os.Getenv("${s.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${camel(s.env).replace(/^./, (c) => c.toUpperCase())} // TODO remove before ${r.pick(["launch", "v2", "review"])}\n}`,
  },
  {
    name: "Java field",
    f: (s) => `public class IntegrationConfig {\n    private static final String ${s.env} = "${s.v}";\n\n    public String get${camel(s.env).replace(/^./, (c) => c.toUpperCase())}() {\n        return ${s.env};\n    }\n}`,
  },
  {
    name: "C# options",
    f: (s) => `services.Configure<IntegrationOptions>(o =>\n{\n    o.${camel(s.env).replace(/^./, (c) => c.toUpperCase())} = "${s.v}";\n    o.Timeout = TimeSpan.FromSeconds(30);\n});`,
  },
  { name: "Ruby initializer", f: (s) => `# config/initializers/integration.rb\nIntegration.configure do |config|\n  config.${lower(s.env)} = ENV.fetch("${s.env}", "${s.v}")\n  config.logger = Rails.logger\nend` },
  { name: "PHP config array", f: (s) => `<?php\n// config/services.php\nreturn [\n    'integration' => [\n        '${lower(s.env)}' => env('${s.env}', '${s.v}'),\n        'timeout' => 15,\n    ],\n];` },
  { name: "Rust const", f: (s) => `// src/config.rs\npub const ${s.env}: &str = "${s.v}";\n\npub fn client() -> Client {\n    Client::builder().token(${s.env}).build()\n}` },
  {
    name: "test fixture (pytest)",
    f: (s) => `# tests/conftest.py\nimport pytest\n\n\n@pytest.fixture\ndef live_client(monkeypatch):\n    # real creds so the integration test hits the sandbox-less prod API\n    monkeypatch.setenv("${s.env}", "${s.v}")\n    return make_client()`,
  },
  {
    name: "GitHub Actions log",
    f: (s, r) => `2026-11-${String(r.i(10, 28))}T0${r.i(1, 9)}:12:44.${r.i(100, 999)}Z ##[group]Run ./scripts/deploy.sh\n2026-11-18T0${r.i(1, 9)}:12:44.5Z env:\n2026-11-18T0${r.i(1, 9)}:12:44.5Z   ${s.env}: ${s.v}\n2026-11-18T0${r.i(1, 9)}:12:44.5Z   DEPLOY_ENV: production\n2026-11-18T0${r.i(1, 9)}:12:45.1Z ##[endgroup]\n2026-11-18T0${r.i(1, 9)}:12:47.9Z Deploying commit ${r.hex(40)}`,
  },
  {
    name: "shell history",
    f: (s, r) => `  ${r.i(400, 900)}  cd ~/src/infra\n  ${r.i(901, 950)}  git pull --rebase\n  ${r.i(951, 990)}  export ${s.env}=${s.v}\n  ${r.i(991, 999)}  ./bin/sync --env prod`,
  },
  {
    name: "Python crash dump with locals",
    f: (s, r) => `Traceback (most recent call last):\n  File "/srv/app/worker.py", line ${r.i(40, 300)}, in run\n    resp = client.send(batch)\n  File "/srv/app/client.py", line ${r.i(20, 120)}, in send\n    raise ApiError(resp.status_code)\nclient.ApiError: 401\n\nLocals at frame client.send:\n    self = <Client base_url='https://api.example.net'>\n    ${lower(s.env)} = '${s.v}'\n    batch = [<Event id=${r.i(1000, 9999)}>, ...]`,
  },
  {
    name: "Jupyter notebook cell",
    f: (s, r) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: r.i(1, 40), metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.env}"] = "${s.v}"\n`, "df = load_dataset()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1),
  },
  {
    name: "SQL seed insert",
    f: (s, r) => `-- db/seed/0${r.i(1, 9)}_integrations.sql\nINSERT INTO integrations (id, provider, ${lower(s.env)}, created_at)\nVALUES (${r.i(1, 99)}, '${s.p}', '${s.v}', NOW());`,
  },
  {
    name: "Markdown setup doc",
    f: (s) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the team ${s.p} credential:\n\n   \`\`\`bash\n   export ${s.env}=${s.v}\n   \`\`\`\n3. Run \`make dev\`.`,
  },
  {
    name: "unified diff",
    f: (s, r) => `diff --git a/.env.staging b/.env.staging\nindex ${r.hex(7)}..${r.hex(7)} 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,4 @@ LOG_LEVEL=info\n PORT=8080\n-${s.env}=changeme\n+${s.env}=${s.v}\n FEATURE_X=true`,
  },
  {
    name: "chat message",
    f: (s) => JSON.stringify({ role: "user", content: `hey can you check why this fails? the ${s.p} key is ${s.v} and I keep getting 403 from the API` }),
  },
  {
    name: "docker run -e",
    f: (s, r) => `$ docker run -d --name worker -p ${r.i(3000, 9000)}:8080 \\\n    -e NODE_ENV=production \\\n    -e ${s.env}=${s.v} \\\n    ghcr.io/acme/worker:${r.i(1, 9)}.${r.i(0, 30)}.0`,
  },
  {
    name: "Dockerfile ENV",
    f: (s, r) => `FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nENV ${s.env}=${s.v}\nENV WORKERS=${r.i(2, 8)}\nCMD ["gunicorn", "app:app"]`,
  },
  {
    name: "k8s Secret stringData",
    f: (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n  ${s.env}: "${s.v}"`,
  },
];

/** Renderers that frame the value as a credential; benign slots skip them. */
const CREDENTIAL_FRAMED = new Set(["Python os.environ default", "test fixture (pytest)", "chat message", "Markdown setup doc", "k8s Secret stringData", "form-encoded POST body"]);
export const BENIGN_RENDERERS = RENDERERS.filter((x) => !CREDENTIAL_FRAMED.has(x.name));

export function build(prefix: string, category: string, label: "positive" | "benign", slots: Slot[], r: R, offset = 0, renderers: Renderer[] = RENDERERS): CorpusCase[] {
  return slots.map((s, k) => {
    const rd = renderers[(k + offset) % renderers.length]!;
    return {
      id: `${prefix}-${String(k + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: category.replace("<g>", s.g),
      label,
      text: rd.f(s, r),
      note: `${s.p}; slot ${s.env}; context: ${rd.name}`,
    };
  });
}
