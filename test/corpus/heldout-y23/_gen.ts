// Shared generator for heldout-y23 (skipped by the loader: starts with "_", not *.cases.ts).
// Every credential-shaped value is assembled at run time from a shape template whose prefix is
// split with "|" (stripped on render) and whose body is drawn from mulberry32 with a fixed seed.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
export const ALPHA: Record<string, string> = {
  a: UP + LO + DG,
  l: LO + DG,
  u: UP + DG,
  U: UP,
  x: LO,
  h: "0123456789abcdef",
  H: "0123456789ABCDEF",
  d: DG,
  b: UP + LO + DG + "+/",
  w: UP + LO + DG + "_-",
  B: UP + "234567",
};

export class Gen extends SeededRng {
  /** Render a shape template: `{a:24}` = 24 alnum, `{h:32}` hex, `{uuid}`; "|" is removed. */
  shape(t: string): string {
    return t
      .replace(/\{([a-zA-Z]+):?(\d*)\}/g, (_m, k: string, n: string) => {
        if (k === "uuid") return this.uuid();
        const al = ALPHA[k];
        if (!al) throw new Error(`bad shape key ${k}`);
        return this.str(Number(n), al);
      })
      .split("|")
      .join("");
  }
  hex(n: number): string {
    return this.str(n, ALPHA.h!);
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
  }
  b64url(obj: unknown): string {
    return Buffer.from(JSON.stringify(obj)).toString("base64url");
  }
  /** A signed-looking JWT (HS256/RS256) with a random signature. */
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    const sig = this.str(alg === "HS256" ? 43 : 342, ALPHA.w!);
    return [this.b64url({ alg, typ: "JWT" }), this.b64url(payload), sig].join(".");
  }
  b64(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64");
  }
  ts(): string {
    return `2026-0${this.range(1, 9)}-1${this.range(0, 9)}T${this.range(10, 23)}:${this.range(10, 59)}:${this.range(10, 59)}Z`;
  }
}

export type Group =
  | "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

/** One credential type: slot (env-var style name), shape template or builder, header form. */
export interface Spec {
  g: Group;
  p: string;
  slot: string;
  shape: string | ((r: Gen) => string);
  /** Header line with "$" for the value; default "Authorization: Bearer $". */
  hdr?: string;
  host?: string;
  /** Extra key/value pairs that travel with it (shape templates allowed). */
  extra?: [string, string][];
  /** Value is a URL / connection string: skip the header-style renderers. */
  url?: boolean;
}

export interface Ctx {
  p: string;
  slot: string;
  v: string;
  kv: [string, string][];
  hdr: string;
  host: string;
}

const esc = (s: string) => JSON.stringify(s).slice(1, -1);
const camel = (s: string) =>
  s.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const hName = (h: string) => h.split(":")[0]!;
const hVal = (h: string) => h.slice(h.indexOf(":") + 1).trim();

type R = { name: string; http?: boolean; f: (c: Ctx, r: Gen) => string };

const envText = (c: Ctx, r: Gen) =>
  [`NODE_ENV=production`, `PORT=${r.range(3000, 9000)}`, ...c.kv.map(([k, v]) => `${k}=${v}`), `LOG_LEVEL=info`].join("\n");

export const RENDERERS: R[] = [
  {
    name: "OpenAI chat body with pasted .env",
    f: (c, r) =>
      `POST /v1/chat/completions HTTP/1.1\nHost: api.openai.com\nContent-Type: application/json\n\n{"model":"gpt-4.1","messages":[{"role":"system","content":"You are a coding assistant."},{"role":"user","content":"${esc(`why does the app crash on boot? here is my .env:\n\n${envText(c, r)}\n`)}"}],"temperature":0.2}`,
  },
  {
    name: "Anthropic tool_use write_file",
    f: (c, r) =>
      `{"model":"claude-sonnet-4-5","max_tokens":4096,"messages":[{"role":"user","content":"set up the deploy config"},{"role":"assistant","content":[{"type":"text","text":"I'll write the env file."},{"type":"tool_use","id":"toolu_01${r.str(22, ALPHA.a!)}","name":"write_file","input":{"path":"deploy/.env.production","content":"${esc(envText(c, r) + "\n")}"}}]}]}`,
  },
  {
    name: "OpenAI tool_calls shell export (double-escaped)",
    f: (c, r) => {
      const cmd = c.kv.map(([k, v]) => `export ${k}="${v}"`).join(" && ") + " && npm run migrate";
      return `{"role":"assistant","content":null,"tool_calls":[{"id":"call_${r.str(24, ALPHA.a!)}","type":"function","function":{"name":"run_shell","arguments":"${esc(JSON.stringify({ command: cmd, timeout: 120 }))}"}}]}`;
    },
  },
  {
    name: "MCP tool result echoed back",
    f: (c, r) =>
      `{"jsonrpc":"2.0","id":${r.range(2, 90)},"result":{"content":[{"type":"text","text":"${esc(`# config/secrets.yml\nproduction:\n${c.kv.map(([k, v]) => `  ${k.toLowerCase()}: "${v}"`).join("\n")}\n`)}"}],"isError":false}}`,
  },
  {
    name: "curl command with header",
    http: true,
    f: (c) => `curl -sS -X GET "https://${c.host}/v1/me" \\\n  -H "${c.hdr}" \\\n  -H "Accept: application/json"`,
  },
  {
    name: "raw HTTP request headers",
    http: true,
    f: (c, r) =>
      `GET /api/v2/projects?page=2 HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: node-fetch/3.3.2\r\n${c.hdr}\r\nX-Request-Id: ${r.uuid()}\r\nAccept: */*\r\n\r\n`,
  },
  {
    name: "URL query string",
    http: true,
    f: (c, r) => `fetch("https://${c.host}/v1/data?${c.slot.toLowerCase()}=${encodeURIComponent(c.v)}&limit=${r.range(10, 99)}&format=json")`,
  },
  {
    name: "form-encoded POST body",
    f: (c, r) =>
      `POST /oauth/token HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${c.kv.map(([k, v]) => `${k.toLowerCase()}=${encodeURIComponent(v)}`).join("&")}&scope=read%20write&nonce=${r.hex(12)}`,
  },
  {
    name: "multipart form upload",
    f: (c, r) => {
      const b = `----WebKitFormBoundary${r.str(16, ALPHA.a!)}`;
      return `POST /upload HTTP/1.1\nHost: ${c.host}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="settings.env"\nContent-Type: text/plain\n\n${c.kv.map(([k, v]) => `${k}=${v}`).join("\n")}\n--${b}\nContent-Disposition: form-data; name="project"\n\nweb-frontend\n--${b}--`;
    },
  },
  {
    name: "JSON request body",
    f: (c, r) =>
      `POST /api/integrations HTTP/1.1\nHost: internal-admin.example.net\nContent-Type: application/json\n\n${JSON.stringify({ name: c.p, enabled: true, credentials: Object.fromEntries(c.kv.map(([k, v]) => [camel(k), v])), createdBy: `u_${r.range(1000, 9999)}` }, null, 2)}`,
  },
  { name: ".env file", f: (c, r) => `# .env.local — do not commit\n${envText(c, r)}\n` },
  {
    name: "YAML app config",
    f: (c, r) =>
      `# config/production.yaml\nserver:\n  port: ${r.range(3000, 9000)}\n  host: 0.0.0.0\nintegrations:\n  ${camel(c.p.replace(/[^A-Za-z0-9]+/g, "_"))}:\n${c.kv.map(([k, v]) => `    ${k.toLowerCase()}: ${v}`).join("\n")}\n    timeout_ms: 5000\n`,
  },
  {
    name: "docker-compose environment",
    f: (c, r) =>
      `services:\n  api:\n    image: ghcr.io/acme/api:1.${r.range(2, 30)}.0\n    ports:\n      - "8080:8080"\n    environment:\n${c.kv.map(([k, v]) => `      ${k}: "${v}"`).join("\n")}\n      RUST_LOG: info\n    depends_on:\n      - db\n`,
  },
  {
    name: "Kubernetes Secret stringData",
    f: (c) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n${c.kv.map(([k, v]) => `  ${k}: "${v}"`).join("\n")}\n`,
  },
  {
    name: "TOML config",
    f: (c, r) =>
      `[server]\naddr = "0.0.0.0:${r.range(3000, 9000)}"\n\n[${c.p.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${c.kv.map(([k, v]) => `${k.toLowerCase()} = "${v}"`).join("\n")}\nretries = 3\n`,
  },
  {
    name: "INI config",
    f: (c) => `; settings.ini\n[general]\ndebug = false\n\n[credentials]\n${c.kv.map(([k, v]) => `${k.toLowerCase()} = ${v}`).join("\n")}\n`,
  },
  {
    name: "Java .properties",
    f: (c) =>
      `# application-prod.properties\nspring.application.name=orders\nserver.port=8443\n${c.kv.map(([k, v]) => `app.${k.toLowerCase().replace(/_/g, ".")}=${v}`).join("\n")}\n`,
  },
  {
    name: "appsettings.json",
    f: (c) =>
      JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, AllowedHosts: "*", Integrations: Object.fromEntries(c.kv.map(([k, v]) => [k, v])) }, null, 2),
  },
  {
    name: "Terraform HCL tfvars",
    f: (c, r) =>
      `# terraform.tfvars\nregion      = "eu-west-${r.range(1, 3)}"\nenvironment = "prod"\n${c.kv.map(([k, v]) => `${k.toLowerCase().padEnd(11)} = "${v}"`).join("\n")}\n`,
  },
  {
    name: "XML web.config appSettings",
    f: (c) =>
      `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${c.kv.map(([k, v]) => `    <add key="${k}" value="${v}" />`).join("\n")}\n  </appSettings>\n</configuration>\n`,
  },
  {
    name: "Python env default",
    http: true,
    f: (c) =>
      `import os\nimport httpx\n\n${c.kv.map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`).join("\n")}\n\nclient = httpx.Client(base_url="https://${c.host}", headers={"${hName(c.hdr)}": "${hVal(c.hdr)}"})\n`,
  },
  {
    name: "TypeScript SDK constructor",
    f: (c) =>
      `import { Client } from "./client";\n\nexport const client = new Client({\n${c.kv.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n  baseUrl: "https://${c.host}",\n});\n`,
  },
  {
    name: "Go constant",
    f: (c) =>
      `package config\n\nconst (\n${c.kv.map(([k, v]) => `\t${camel(k).replace(/^./, (x) => x.toUpperCase())} = "${v}"`).join("\n")}\n)\n\nfunc BaseURL() string { return "https://${c.host}" }\n`,
  },
  {
    name: "Java static field",
    f: (c) =>
      `package com.acme.billing;\n\npublic final class Secrets {\n${c.kv.map(([k, v]) => `    public static final String ${k} = "${v}";`).join("\n")}\n    private Secrets() {}\n}\n`,
  },
  {
    name: "C# options",
    f: (c) =>
      `var options = new ClientOptions\n{\n${c.kv.map(([k, v]) => `    ${camel(k).replace(/^./, (x) => x.toUpperCase())} = "${v}",`).join("\n")}\n    Endpoint = new Uri("https://${c.host}"),\n};\nvar client = new ApiClient(options);\n`,
  },
  {
    name: "Ruby initializer",
    f: (c) =>
      `# config/initializers/integration.rb\nRails.application.config.x.integration = {\n${c.kv.map(([k, v]) => `  ${k.toLowerCase()}: ENV.fetch("${k}", "${v}"),`).join("\n")}\n}\n`,
  },
  {
    name: "PHP config array",
    f: (c) => `<?php\n\nreturn [\n${c.kv.map(([k, v]) => `    '${k.toLowerCase()}' => env('${k}', '${v}'),`).join("\n")}\n    'timeout' => 30,\n];\n`,
  },
  {
    name: "Rust client setup",
    http: true,
    f: (c) =>
      `let client = reqwest::Client::new();\nlet resp = client\n    .get("https://${c.host}/v1/status")\n    .header("${hName(c.hdr)}", "${hVal(c.hdr)}")\n    .send()\n    .await?;\n`,
  },
  {
    name: "Jest test fixture",
    f: (c, r) =>
      `describe("integration", () => {\n  beforeAll(() => {\n${c.kv.map(([k, v]) => `    process.env.${k} = "${v}";`).join("\n")}\n  });\n\n  it("lists items", async () => {\n    const res = await listItems();\n    expect(res.length).toBeGreaterThan(${r.range(0, 3)});\n  });\n});\n`,
  },
  {
    name: "CI log env dump",
    f: (c, r) =>
      `2026-03-1${r.range(0, 9)}T08:14:0${r.range(0, 9)}.1Z ##[group]Run ./scripts/deploy.sh\n2026-03-1${r.range(0, 9)}T08:14:0${r.range(0, 9)}.2Z + env | sort\n${c.kv.map(([k, v]) => `2026-03-14T08:14:09.3Z ${k}=${v}`).join("\n")}\n2026-03-14T08:14:09.4Z GITHUB_SHA=${r.hex(40)}\n2026-03-14T08:14:09.5Z ##[endgroup]\n2026-03-14T08:14:11.0Z Deploying to production...`,
  },
  {
    name: "shell history",
    f: (c, r) =>
      `  ${r.range(400, 900)}  git pull --rebase\n  ${r.range(901, 950)}  ${c.kv.map(([k, v]) => `export ${k}=${v}`).join("; ")}\n  ${r.range(951, 990)}  ./bin/sync --env prod\n  ${r.range(991, 999)}  history | tail -20`,
  },
  {
    name: "Python crash dump with locals",
    http: true,
    f: (c, r) =>
      `Traceback (most recent call last):\n  File "/srv/app/worker.py", line ${r.range(40, 200)}, in run\n    resp = session.post(url, headers=headers, timeout=10)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${c.host}', port=443): Max retries exceeded\n\nLocals:\n    url = 'https://${c.host}/v1/sync'\n    headers = {'${hName(c.hdr)}': '${hVal(c.hdr)}', 'Content-Type': 'application/json'}\n    attempt = 3`,
  },
  {
    name: "Jupyter notebook cell",
    f: (c, r) =>
      JSON.stringify({ cells: [{ cell_type: "code", execution_count: r.range(1, 20), metadata: {}, outputs: [], source: ["import os\n", ...c.kv.map(([k, v]) => `os.environ[\"${k}\"] = \"${v}\"\n`), "df = load_dataset()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1),
  },
  {
    name: "SQL seed insert",
    f: (c, r) =>
      `-- seed/002_integrations.sql\nINSERT INTO integrations (id, provider, config_key, secret_value, created_at)\nVALUES\n${c.kv.map(([k, v], i) => `  (${r.range(100, 999) + i}, '${c.p}', '${k}', '${v}', now())`).join(",\n")};\n`,
  },
  {
    name: "Markdown setup doc",
    f: (c) =>
      `## Local setup\n\n1. Copy the values below into \`.env\` (these are the shared staging+prod creds):\n\n\`\`\`bash\n${c.kv.map(([k, v]) => `${k}=${v}`).join("\n")}\n\`\`\`\n\n2. Run \`make dev\`.\n`,
  },
  {
    name: "git diff",
    f: (c, r) =>
      `diff --git a/config/settings.py b/config/settings.py\nindex ${r.hex(7)}..${r.hex(7)} 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,6 +12,${6 + c.kv.length} @@ DEBUG = False\n ALLOWED_HOSTS = ["*"]\n${c.kv.map(([k, v]) => `+${k} = "${v}"`).join("\n")}\n CACHE_TTL = 300\n`,
  },
  {
    name: "chat message pasted into LLM body",
    f: (c) =>
      `{"messages":[{"role":"user","content":"${esc(`hey, the ${c.p} integration returns 401 now. I'm using ${c.kv.map(([k, v]) => `${k} = ${v}`).join(" and ")} — did they rotate something?`)}"}],"stream":true}`,
  },
  {
    name: "GitHub Actions workflow env",
    f: (c) =>
      `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n${c.kv.map(([k, v]) => `      ${k}: ${v}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n`,
  },
  {
    name: "Dockerfile ENV",
    f: (c) => `FROM node:22-alpine\nWORKDIR /app\nCOPY . .\n${c.kv.map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nRUN npm ci --omit=dev\nCMD ["node", "dist/server.js"]\n`,
  },
  {
    name: "docker run -e",
    f: (c) => `docker run -d --name worker \\\n${c.kv.map(([k, v]) => `  -e ${k}=${v} \\`).join("\n")}\n  ghcr.io/acme/worker:latest`,
  },
];

export function ctxOf(s: Spec, r: Gen, v: string): Ctx {
  const kv: [string, string][] = [[s.slot, v], ...(s.extra ?? []).map(([k, t]) => [k, r.shape(t)] as [string, string])];
  const hdr = (s.hdr ?? "Authorization: Bearer $").replace("$", v);
  return { p: s.p, slot: s.slot, v, kv, hdr, host: s.host ?? `api.${s.p.toLowerCase().replace(/[^a-z0-9]+/g, "")}.com` };
}

/** Rotate each spec through `per` renderers; renderer index advances globally from `start`. */
export function build(
  specs: Spec[],
  opt: { seed: number; idp: string; cat: (g: Group) => string; per: (s: Spec, i: number) => number; start: number; label: "positive" | "benign" },
): CorpusCase[] {
  const r = new Gen(opt.seed);
  const out: CorpusCase[] = [];
  let k = opt.start;
  specs.forEach((s, si) => {
    const n = opt.per(s, si);
    for (let j = 0; j < n; j++) {
      let rd = RENDERERS[k % RENDERERS.length]!;
      while (s.url && rd.http) rd = RENDERERS[++k % RENDERERS.length]!;
      k += 1;
      const v = typeof s.shape === "string" ? r.shape(s.shape) : s.shape(r);
      const c = ctxOf(s, r, v);
      out.push({
        id: `${opt.idp}-${String(out.length + 1).padStart(3, "0")}`,
        kind: "secrets",
        category: opt.cat(s.g),
        label: opt.label,
        text: rd.f(c, r),
        note: `${s.p} — ${s.slot} — ${rd.name}`,
      });
    }
  });
  return out;
}
