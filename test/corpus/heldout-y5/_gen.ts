// Run-time builders for heldout-y5. No literal credential lives in this directory: every
// credential-shaped value is a split prefix + a body drawn from a seeded mulberry32 PRNG
// (high bits of each draw), so the output is deterministic. Skipped by the loader.
import type { CorpusCase } from "../types.ts";
import { mulberry32 } from "../../helpers/prng.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DI = "0123456789";
export const AN = UP + LO + DI;
export const LAN = LO + DI;
export const UAN = UP + DI;
export const HEX = "0123456789abcdef";
export const UHEX = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const B64U = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

export class R {
  r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  s(n: number, alpha: string = AN): string {
    let o = "";
    for (let i = 0; i < n; i++) o += alpha[Math.floor(this.r() * alpha.length)]!;
    return o;
  }
  hex(n: number): string {
    return this.s(n, HEX);
  }
  dig(n: number): string {
    return this.s(1, "123456789") + this.s(n - 1, DI);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${this.pick(["8", "9", "a", "b"])}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  b64pad(bytes: number): string {
    const n = Math.ceil(bytes / 3) * 4;
    const pad = bytes % 3 === 0 ? 0 : 3 - (bytes % 3);
    return this.s(n - pad, B64) + "=".repeat(pad);
  }
  pemBody(lines: number): string {
    const out: string[] = [];
    for (let i = 0; i < lines; i++) out.push(this.s(64, B64));
    out.push(this.s(this.int(20, 60), B64) + "==");
    return out.join("\n");
  }
  jwt(payload: Record<string, unknown>): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.s(43, B64U)].join(".");
  }
}

export const j = (...parts: string[]) => parts.join("");
export const b64 = (s: string) => Buffer.from(s).toString("base64");

/** A credential spec: provider, group, env-style name and a value builder. */
export interface Spec {
  p: string; // provider / credential type
  g: string; // group suffix for the category
  n: string; // variable name a person would use
  v: (r: R) => string;
  /** Shape alone is distinctive (allowed to appear bare). */
  shape?: boolean;
  /** How the value goes in an HTTP header; default Authorization: Bearer. */
  hdr?: (v: string) => string;
  /** Multi-line snippet instead of name=value (PEM, connection strings, key pairs). */
  raw?: (r: R) => string;
  note?: string;
}

type Fmt = (s: Spec, v: string, r: R) => string | null;

const lower = (n: string) => n.toLowerCase();
const camel = (n: string) => lower(n).replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const hdrOf = (s: Spec, v: string) => (s.hdr ? s.hdr(v) : `Authorization: Bearer ${v}`);
const hosts = ["api.example.com", "internal.example.net", "svc.example.org"];

/** Ways a name/value pair shows up in text an agent sends. */
export const FORMATS: Record<string, Fmt> = {
  env: (s, v, r) => `# .env\nNODE_ENV=production\nPORT=${r.int(3000, 9000)}\n${s.n}=${v}\nLOG_LEVEL=info\n`,
  envq: (s, v) => `APP_NAME=billing-worker\n${s.n}="${v}"\nDEBUG=false`,
  export: (s, v) => `export ${s.n}='${v}'\nnpm run deploy`,
  curlh: (s, v, r) => `curl -sS -X POST https://${r.pick(hosts)}/v1/items -H "${hdrOf(s, v)}" -H "Content-Type: application/json" -d '{"limit":10}'`,
  dockerrun: (s, v, r) => `docker run --rm -e ${s.n}=${v} -p ${r.int(3000, 9000)}:8080 ghcr.io/acme/app:1.${r.int(0, 20)}.${r.int(0, 9)}`,
  cliflag: (s, v) => `./scripts/sync.sh --region eu-west-1 --${lower(s.n).replace(/_/g, "-")} ${v} --dry-run=false`,
  yaml: (s, v) => `service:\n  name: orders\n  replicas: 3\ncredentials:\n  ${lower(s.n)}: "${v}"\n  timeout_ms: 5000\n`,
  toml: (s, v) => `[server]\nhost = "0.0.0.0"\nport = 8080\n\n[integrations]\n${lower(s.n)} = "${v}"\n`,
  ini: (s, v) => `[default]\nendpoint = https://api.example.com\n${lower(s.n)} = ${v}\nretries = 3\n`,
  props: (s, v) => `spring.application.name=ledger\napp.${camel(s.n)}=${v}\nserver.port=8081\n`,
  jsoncfg: (s, v) => JSON.stringify({ name: "worker", env: "prod", [camel(s.n)]: v, features: { retry: true } }, null, 2),
  appsettings: (s, v) => JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, Integrations: { [s.n]: v } }, null, 2),
  py: (s, v) => `import os\nimport requests\n\n${s.n} = "${v}"\n\ndef fetch(path):\n    return requests.get(f"https://api.example.com{path}", headers={"Authorization": f"Bearer {${s.n}}"}, timeout=10)\n`,
  pysplit: (s, v) => {
    if (v.length < 24) return null;
    const k = Math.floor(v.length / 2);
    return `client = Client(\n    ${camel(s.n)}=(\n        "${v.slice(0, k)}"\n        "${v.slice(k)}"\n    ),\n)\n`;
  },
  js: (s, v) => `const ${camel(s.n)} = "${v}";\n\nexport async function call(path) {\n  const res = await fetch(\`https://api.example.com\${path}\`, { headers: { Authorization: \`Bearer \${${camel(s.n)}}\` } });\n  return res.json();\n}\n`,
  ts: (s, v) => `export const config = {\n  region: "us-east-1",\n  ${camel(s.n)}: '${v}',\n} as const;\n`,
  go: (s, v) => `package main\n\nconst ${camel(s.n)} = "${v}"\n\nfunc main() {\n\tclient := NewClient(${camel(s.n)})\n\t_ = client\n}\n`,
  rust: (s, v) => `fn client() -> Client {\n    let key = "${v}";\n    Client::builder().api_key(key).build()\n}\n`,
  java: (s, v) => `public final class Config {\n    private static final String ${s.n} = "${v}";\n}\n`,
  csharp: (s, v) => `var client = new ApiClient(new ApiOptions {\n    ${camel(s.n).replace(/^./, (c) => c.toUpperCase())} = "${v}",\n    Timeout = TimeSpan.FromSeconds(30)\n});`,
  ruby: (s, v) => `Client.configure do |c|\n  c.${lower(s.n)} = '${v}'\nend\n`,
  php: (s, v) => `<?php\nreturn [\n    '${lower(s.n)}' => '${v}',\n    'timeout' => 30,\n];\n`,
  kotlin: (s, v) => `object Secrets {\n    const val ${s.n} = "${v}"\n}\n`,
  swift: (s, v) => `enum Keys {\n    static let ${camel(s.n)} = "${v}"\n}\n`,
  hcl: (s, v) => `provider "restapi" {\n  uri = "https://api.example.com"\n  headers = {\n    ${lower(s.n)} = "${v}"\n  }\n}\n`,
  dockerfile: (s, v) => `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nENV ${s.n}=${v}\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n`,
  gha: (s, v) => `name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${s.n}: ${v}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n`,
  k8s: (s, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\ntype: Opaque\ndata:\n  ${s.n}: ${b64(v)}\n`,
  header: (s, v) => `POST /v1/jobs HTTP/1.1\nHost: api.example.com\n${hdrOf(s, v)}\nContent-Type: application/json\nUser-Agent: python-requests/2.31.0\n`,
  url: (s, v, r) => `https://${r.pick(hosts)}/v2/export?format=csv&${lower(s.n)}=${encodeURIComponent(v)}&page=2`,
  log: (s, v, r) => `2026-11-${r.int(10, 28)}T0${r.int(0, 9)}:${r.int(10, 59)}:${r.int(10, 59)}Z ERROR worker[${r.int(100, 9999)}] upstream auth failed: 401 Unauthorized (${lower(s.n)}=${v}) retrying in 5s`,
  trace: (s, v) => `Traceback (most recent call last):\n  File "/app/sync.py", line 42, in <module>\n    client = Client(api_key="${v}")\n  File "/usr/lib/python3.12/site-packages/client/core.py", line 88, in __init__\n    raise AuthError("invalid credentials")\nclient.errors.AuthError: invalid credentials`,
  sql: (s, v, r) => `INSERT INTO integrations (id, provider, secret, created_at) VALUES (${r.int(1, 999)}, '${s.p}', '${v}', NOW());`,
  alone: (s, v) => (s.shape ? `${v}` : null),
  aloneNl: (s, v) => (s.shape ? `here it is:\n\n${v}\n\nthanks` : null),
};

const FMT_KEYS = Object.keys(FORMATS);

function chatOpenAI(text: string, r: R): string {
  return JSON.stringify({
    model: r.pick(["gpt-4o", "gpt-4.1-mini", "o4-mini"]),
    messages: [
      { role: "system", content: "You are a helpful coding assistant." },
      { role: "user", content: `${r.pick(["Why does this fail?", "Can you clean this up?", "This is what I have so far:", "Deploy keeps breaking, here's the file:"])}\n\n${text}` },
    ],
    temperature: 0.2,
  });
}
function chatAnthropic(text: string, r: R): string {
  return JSON.stringify({
    model: "claude-sonnet-4-5",
    max_tokens: 4096,
    messages: [{ role: "user", content: [{ type: "text", text: `${r.pick(["Help me debug this:", "Review this please", "Convert this to the new format"])}\n\`\`\`\n${text}\n\`\`\`` }] }],
  });
}
function toolCall(text: string, r: R): string {
  const t = r.int(0, 2);
  if (t === 0) return JSON.stringify({ type: "tool_use", id: `toolu_${r.s(24)}`, name: "write_file", input: { path: r.pick([".env", "config/app.yaml", "src/settings.ts", "deploy.sh"]), content: text } });
  if (t === 1) return JSON.stringify({ name: "bash", arguments: JSON.stringify({ command: text, timeout: 120 }) });
  return JSON.stringify({ jsonrpc: "2.0", id: r.int(1, 99), method: "tools/call", params: { name: "create_issue", arguments: { title: "Auth broken in prod", body: text } } });
}
function markdown(text: string): string {
  return `## Repro\n\nRunning with this config:\n\n\`\`\`\n${text}\n\`\`\`\n\nExpected 200, got 401.`;
}
function diff(text: string, r: R): string {
  const lines = text.split("\n").map((l) => `+${l}`).join("\n");
  return `diff --git a/config/local b/config/local\nindex ${r.hex(7)}..${r.hex(7)} 100644\n--- a/config/local\n+++ b/config/local\n@@ -1,2 +1,${text.split("\n").length + 1} @@\n # local settings\n${lines}`;
}
function notebook(text: string): string {
  return JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: text.split("\n").map((l, i, a) => (i < a.length - 1 ? l + "\n" : l)) }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1);
}
function nestedTool(text: string, r: R): string {
  // a chat message whose content quotes a tool call JSON (double escaping)
  return chatOpenAI(`last tool call was:\n${toolCall(text, r)}`, r);
}

const WRAPS: Array<[string, (t: string, r: R) => string, number]> = [
  ["raw", (t) => t, 24],
  ["chat-openai", chatOpenAI, 20],
  ["chat-anthropic", chatAnthropic, 14],
  ["tool", toolCall, 22],
  ["markdown", (t) => markdown(t), 6],
  ["diff", diff, 6],
  ["notebook", (t) => notebook(t), 4],
  ["nested", nestedTool, 4],
];
const WTOTAL = WRAPS.reduce((a, w) => a + w[2], 0);

function wrap(text: string, r: R): string {
  let x = r.r() * WTOTAL;
  for (const w of WRAPS) {
    x -= w[2];
    if (x < 0) return w[1](text, r);
  }
  return text;
}

/** Builds positives from specs: one case per spec (or `per` cases), rotating formats and wrappers. */
export function buildPositives(prefix: string, seed: number, specs: Spec[], per = 1): CorpusCase[] {
  const r = new R(seed);
  const out: CorpusCase[] = [];
  let fi = r.int(0, FMT_KEYS.length - 1);
  let n = 0;
  for (const s of specs) {
    for (let k = 0; k < per; k++) {
      let inner: string | null = null;
      if (s.raw) inner = s.raw(r);
      else {
        const v = s.v(r);
        for (let tries = 0; inner === null && tries < FMT_KEYS.length; tries++) {
          const key = FMT_KEYS[fi % FMT_KEYS.length]!;
          fi += 1 + r.int(0, 2);
          inner = FORMATS[key]!(s, v, r);
        }
      }
      n++;
      const c: CorpusCase = {
        id: `${prefix}-${String(n).padStart(3, "0")}`,
        kind: "secrets",
        category: `heldouty5-sec-${s.g}`,
        label: "positive",
        text: wrap(inner!, r),
        note: s.note ? `${s.p}: ${s.note}` : s.p,
      };
      out.push(c);
    }
  }
  return out;
}

export { wrap, chatOpenAI, toolCall };
