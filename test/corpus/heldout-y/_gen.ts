// Run-time builders for the heldout-y corpus. Every credential-shaped value is assembled here from
// a split prefix and a body drawn from a seeded mulberry32 PRNG (high bits of each draw), so the
// repository never holds a literal credential and the output is deterministic.
// Skipped by the loader (it only loads *.cases.ts and *.jsonl).
import type { CorpusCase } from "../types.ts";
import { mulberry32, randomString, pick, randomInt } from "../../helpers/prng.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const ANL = LO + DIG;
export const ANU = UP + DIG;
export const HEX = "0123456789abcdef";
export const B64 = AN + "+/";
export const B64U = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

export const j = (...p: string[]): string => p.join("");

export class G {
  r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  s(n: number, alpha: string): string {
    return randomString(this.r, n, alpha);
  }
  hex(n: number): string { return this.s(n, HEX); }
  an(n: number): string { return this.s(n, AN); }
  anl(n: number): string { return this.s(n, ANL); }
  anu(n: number): string { return this.s(n, ANU); }
  b64(n: number): string { return this.s(n, B64); }
  b64u(n: number): string { return this.s(n, B64U); }
  dig(n: number): string { return this.s(1, "123456789") + this.s(n - 1, DIG); }
  int(lo: number, hi: number): number { return randomInt(this.r, lo, hi); }
  pick<T>(arr: readonly T[]): T { return pick(this.r, arr); }
  uuid(): string {
    return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-");
  }
  /** A password a person would pick for a database user: mixed, with a symbol or two. */
  pw(n = 20): string {
    return this.s(n, AN + "!*-_.");
  }
}

export const b64url = (s: string): string => Buffer.from(s).toString("base64url");
export const b64 = (s: string): string => Buffer.from(s).toString("base64");

/** Wraps base64 to 64-column PEM lines inside BEGIN/END markers. */
export function pem(label: string, body: string): string {
  const lines = body.match(/.{1,64}/g) ?? [];
  return [j("-----BE", "GIN ", label, "-----"), ...lines, j("-----E", "ND ", label, "-----")].join("\n");
}

export function jwt(g: G, payload: object, alg = "HS256"): string {
  const h = b64url(JSON.stringify({ alg, typ: "JWT" }));
  const p = b64url(JSON.stringify(payload));
  const sigLen = alg.startsWith("HS") ? 43 : 342;
  return [h, p, g.b64u(sigLen)].join(".");
}

export function rsaKey(g: G): string {
  return pem(j("RSA PRI", "VATE KEY"), j("MIIEo", "wIBAAKCAQEA", g.b64(1570), "="));
}
export function pkcs8Key(g: G): string {
  return pem(j("PRI", "VATE KEY"), j("MIIEv", "QIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", g.b64(1560), "=="));
}
export function ecKey(g: G): string {
  return pem(j("EC PRI", "VATE KEY"), j("MHcCAQEEI", g.b64(46), "oAoGCCqGSM49AwEHoUQDQgAE", g.b64(86), "=="));
}
export function opensshKey(g: G): string {
  return pem(j("OPENSSH PRI", "VATE KEY"), j("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", "QyNTUxOQAAACA", g.b64(330), "="));
}
export function pgpKey(g: G): string {
  const lines = j("lQVYBG", g.b64(1800)).match(/.{1,64}/g) ?? [];
  return [j("-----BEGIN PGP PRI", "VATE KEY BLOCK-----"), "", ...lines, "=" + g.b64(4), j("-----END PGP PRI", "VATE KEY BLOCK-----")].join("\n");
}

// ---------------------------------------------------------------------------------------------
// Secret specs and the contexts an agent sends them out in.

export interface Sec {
  /** name/value pairs as a person would hold them (env var names). */
  kv: [string, string][];
  /** full HTTP header line carrying the credential, if it goes in a header. */
  hdr?: string;
  host?: string;
  /** the shape alone is distinctive (may appear alone on a line). */
  d?: boolean;
  /** multi-line value (PEM, JSON key file). */
  block?: boolean;
  /** a CLI command a person would type with it. */
  cli?: string;
}

export interface Spec {
  provider: string;
  group: string;
  make: (g: G) => Sec;
  times?: number;
  note?: string;
}

const NOISE = ["NODE_ENV=production", "PORT=8080", "LOG_LEVEL=info", "APP_NAME=billing-svc", "REGION=eu-west-1", "DEBUG=false", "TZ=UTC", "WORKERS=4"];
const MODELS = ["claude-sonnet-4-5", "gpt-4o", "claude-opus-4-1", "gpt-4.1-mini", "gemini-2.5-pro", "llama-3.3-70b"];
const ASK = [
  "Why does the service fail to start with this config?",
  "Can you convert this to a docker-compose file?",
  "The deploy fails with 401, here is what I have:",
  "Please review this and tell me what's wrong.",
  "Here's my env, the worker keeps crashing on boot:",
  "Refactor this so it reads from a settings module:",
  "Getting a timeout when this runs in CI, logs below.",
  "Help me write a README for this project setup:",
];

const first = (s: Sec): [string, string] => s.kv[0] as [string, string];
const envLines = (s: Sec): string => s.kv.map(([k, v]) => (s.block ? `${k}="${v.replace(/\n/g, "\\n")}"` : `${k}=${v}`)).join("\n");
const lc = (k: string) => k.toLowerCase();
const camel = (k: string) => lc(k).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const hdrOf = (s: Sec): string => s.hdr ?? `Authorization: Bearer ${first(s)[1]}`;
const hostOf = (s: Sec): string => s.host ?? "api.example-service.com";
const isUrl = (v: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v);

type R = (s: Sec, g: G, i: number) => string;

const llm: R = (s, g) => {
  const body = s.block ? s.kv.map(([k, v]) => `${k}:\n${v}`).join("\n\n") : [g.pick(NOISE), envLines(s), g.pick(NOISE)].join("\n");
  return JSON.stringify({
    model: g.pick(MODELS),
    max_tokens: g.pick([1024, 2048, 4096]),
    messages: [
      { role: "system", content: "You are a helpful coding assistant." },
      { role: "user", content: `${g.pick(ASK)}\n\n\`\`\`\n${body}\n\`\`\`` },
    ],
  });
};

const tool: R = (s, g, i) => {
  const v = i % 3;
  if (v === 0 || s.block) {
    const content = s.block ? (s.kv.length === 1 ? first(s)[1] : envLines(s)) : [g.pick(NOISE), envLines(s)].join("\n") + "\n";
    const path = s.block ? g.pick(["secrets/key.pem", "config/credentials.json", "deploy/id_key", "keys/service.key"]) : g.pick([".env", ".env.production", "config/.env.local"]);
    return JSON.stringify({ type: "tool_use", id: `toolu_${g.an(24)}`, name: "write_file", input: { path, content } });
  }
  if (v === 1) {
    const cmd = s.kv.map(([k, val]) => `export ${k}='${val}'`).join(" && ") + ` && ${g.pick(["npm run deploy", "python manage.py migrate", "make release", "go run ./cmd/server"])}`;
    return JSON.stringify({ type: "tool_use", id: `toolu_${g.an(24)}`, name: "bash", input: { command: cmd, timeout: 120000 } });
  }
  const args = JSON.stringify({ command: s.cli ?? `curl -sS https://${hostOf(s)}/v1/status -H "${hdrOf(s)}"` });
  return JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: `call_${g.an(24)}`, type: "function", function: { name: "run_shell", arguments: args } }] });
};

const shell: R = (s, g, i) => {
  if (s.block) {
    const [k, v] = first(s);
    return `cat > ~/.secrets/${lc(k)}.pem <<'EOF'\n${v}\nEOF\nchmod 600 ~/.secrets/${lc(k)}.pem`;
  }
  const v = i % 4;
  if (v === 0 && s.cli) return s.cli;
  if (v === 1) return s.kv.map(([k, val]) => `export ${k}="${val}"`).join("\n") + `\n${g.pick(["./run.sh", "terraform apply -auto-approve", "pytest -x", "node server.js"])}`;
  if (v === 2) return `docker run --rm -d -p 8080:8080 ${s.kv.map(([k, val]) => `-e ${k}=${val}`).join(" ")} ghcr.io/acme/${g.pick(["api", "worker", "web"])}:${g.int(1, 9)}.${g.int(0, 20)}.${g.int(0, 9)}`;
  if (s.cli) return s.cli;
  return `curl -sS -X POST "https://${hostOf(s)}/v1/${g.pick(["jobs", "messages", "events", "items"])}" \\\n  -H "${hdrOf(s)}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"limit": ${g.int(1, 50)}}'`;
};

const config: R = (s, g, i) => {
  const v = i % 6;
  const kv = s.kv;
  if (v === 0) return ["# production", g.pick(NOISE), ...kv.map(([k, val]) => `${k}=${val}`), g.pick(NOISE)].join("\n");
  if (v === 1) return ["service:", "  name: api", "  port: 8080", "credentials:", ...kv.map(([k, val]) => `  ${lc(k)}: "${val}"`)].join("\n");
  if (v === 2) return ["[server]", "port = 8080", "", "[credentials]", ...kv.map(([k, val]) => `${lc(k)} = "${val}"`)].join("\n");
  if (v === 3) return ["[default]", "region = us-east-1", ...kv.map(([k, val]) => `${lc(k)} = ${val}`)].join("\n");
  if (v === 4) return ["spring.application.name=orders", "server.port=8080", ...kv.map(([k, val]) => `app.${lc(k).replace(/_/g, ".")}=${val}`)].join("\n");
  const o: Record<string, unknown> = { name: "orders", env: "production" };
  o.credentials = Object.fromEntries(kv.map(([k, val]) => [camel(k), val]));
  return JSON.stringify(o, null, 2);
};

const source: R = (s, g, i) => {
  const kv = s.kv;
  const v = i % 15;
  if (s.block) {
    const [k, val] = first(s);
    if (v % 2 === 0) return `import requests\n\n${k} = """${val}"""\n\nclient = make_client(${k})\n`;
    const b = kv.map(([kk, vv]) => `  ${lc(kk)}: ${b64(vv)}`).join("\n");
    return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${lc(k).replace(/_/g, "-")}\n  namespace: prod\ntype: Opaque\ndata:\n${b}\n`;
  }
  switch (v) {
    case 0: return `import os\nimport requests\n\n${kv.map(([k, val]) => `${k} = "${val}"`).join("\n")}\n\nresp = requests.get("https://${hostOf(s)}/v1/me", headers={"Authorization": f"Bearer {${first(s)[0]}}"})\n`;
    case 1: return `const config = {\n${kv.map(([k, val]) => `  ${camel(k)}: "${val}",`).join("\n")}\n  timeout: 30_000,\n};\n\nexport default config;\n`;
    case 2: return `package main\n\nimport "os"\n\nconst (\n${kv.map(([k, val]) => `\t${camel(k)} = "${val}"`).join("\n")}\n)\n\nfunc init() { os.Setenv("${first(s)[0]}", ${camel(first(s)[0])}) }\n`;
    case 3: return `${kv.map(([k, val]) => `const ${k}: &str = "${val}";`).join("\n")}\n\nfn main() {\n    let client = Client::new(${first(s)[0]});\n}\n`;
    case 4: return `public class Settings {\n${kv.map(([k, val]) => `    private static final String ${k} = "${val}";`).join("\n")}\n}\n`;
    case 5: return `namespace Acme.Api\n{\n    public static class Secrets\n    {\n${kv.map(([k, val]) => `        public const string ${camel(k).replace(/^./, (c) => c.toUpperCase())} = "${val}";`).join("\n")}\n    }\n}\n`;
    case 6: return `Rails.application.configure do\n${kv.map(([k, val]) => `  config.x.${lc(k)} = "${val}"`).join("\n")}\nend\n`;
    case 7: return `<?php\n\nreturn [\n${kv.map(([k, val]) => `    '${lc(k)}' => '${val}',`).join("\n")}\n];\n`;
    case 8: return `object Config {\n${kv.map(([k, val]) => `    const val ${k} = "${val}"`).join("\n")}\n}\n`;
    case 9: return `import Foundation\n\nenum Secrets {\n${kv.map(([k, val]) => `    static let ${camel(k)} = "${val}"`).join("\n")}\n}\n`;
    case 10: return `provider "acme" {\n${kv.map(([k, val]) => `  ${lc(k)} = "${val}"`).join("\n")}\n}\n`;
    case 11: return `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\n${kv.map(([k, val]) => `ENV ${k}=${val}`).join("\n")}\nRUN npm ci\nCMD ["node", "server.js"]\n`;
    case 12: return `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n${kv.map(([k, val]) => `      ${k}: ${val}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n`;
    case 13: return `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\ntype: Opaque\ndata:\n${kv.map(([k, val]) => `  ${k}: ${b64(val)}`).join("\n")}\n`;
    default: return `import { Client } from "./client";\n\n${kv.map(([k, val]) => `const ${camel(k)}: string = process.env.${k} ?? "${val}";`).join("\n")}\nexport const client = new Client(${camel(first(s)[0])});\n`;
  }
};

const headers: R = (s, g) => {
  const lines = s.hdr || s.kv.length === 1 ? [hdrOf(s)] : s.kv.map(([k, v]) => `X-${k.split("_").map((w) => w.charAt(0) + w.slice(1).toLowerCase()).join("-")}: ${v}`);
  return [`${g.pick(["GET", "POST"])} /v1/${g.pick(["account", "projects", "usage", "events"])} HTTP/1.1`, `Host: ${hostOf(s)}`, "User-Agent: python-httpx/0.27.0", "Accept: application/json", ...lines, "Connection: keep-alive", ""].join("\r\n");
};

const url: R = (s, g) => {
  const [k, v] = first(s);
  if (isUrl(v)) return `${g.pick(["Cloning", "Connecting to", "GET", "Fetching"])} ${v}`;
  const q = s.kv.map(([kk, vv]) => `${lc(kk).replace(/^[a-z]+_/, "")}=${encodeURIComponent(vv)}`).join("&");
  void k;
  return `https://${hostOf(s)}/v2/${g.pick(["export", "report", "sync"])}?format=json&${q}&page=${g.int(1, 9)}`;
};

const log: R = (s, g, i) => {
  const ts = `2025-0${g.int(1, 9)}-1${g.int(0, 9)}T0${g.int(0, 9)}:${g.int(10, 59)}:${g.int(10, 59)}.${g.int(100, 999)}Z`;
  if (s.block) return `${ts} ERROR loader: failed to parse key material\n  value: ${JSON.stringify(first(s)[1])}\n  at parseKey (/app/src/keys.js:${g.int(10, 99)}:${g.int(3, 30)})\n  at async main (/app/src/index.js:12:5)`;
  if (i % 2 === 0) return `${ts} DEBUG http.client request method=POST url=https://${hostOf(s)}/v1/send headers={"content-type":"application/json","${hdrOf(s).split(": ")[0]?.toLowerCase()}":"${hdrOf(s).split(": ").slice(1).join(": ")}"}\n${ts} DEBUG http.client response status=200 elapsed_ms=${g.int(20, 900)}`;
  return `Traceback (most recent call last):\n  File "/srv/app/worker.py", line ${g.int(20, 300)}, in run\n    client.connect()\nConnectionError: auth rejected\n\nLocal variables:\n${s.kv.map(([k, v]) => `  ${lc(k)} = '${v}'`).join("\n")}\n  retries = 3`;
};

const markdown: R = (s, g) => {
  const body = s.block ? s.kv.map(([, v]) => v).join("\n\n") : s.kv.map(([k, v]) => `export ${k}=${v}`).join("\n");
  return `## ${g.pick(["Local setup", "Deploying", "Running the worker", "Notes for the team"])}\n\n${g.pick(["Set these before you start:", "Use the credentials below (rotate after the demo):", "Ops gave us these for staging->prod:"])}\n\n\`\`\`${s.block ? "" : "bash"}\n${body}\n\`\`\`\n\nThen run \`make dev\`.\n`;
};

const diff: R = (s, g) => {
  const f = g.pick(["config/settings.py", "src/config.ts", "deploy/values.yaml", ".env.production"]);
  const plus = s.block ? first(s)[1].split("\n").map((l) => `+${l}`).join("\n") : s.kv.map(([k, v]) => `+${k} = "${v}"`).join("\n");
  const minus = s.kv.map(([k]) => `-${k} = os.environ["${k}"]`).join("\n");
  return `diff --git a/${f} b/${f}\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/${f}\n+++ b/${f}\n@@ -${g.int(3, 40)},${s.kv.length + 2} +${g.int(3, 40)},${s.kv.length + 2} @@\n import os\n${minus}\n${plus}\n \n`;
};

const notebook: R = (s, g) => {
  const src = s.block ? [`KEY = """${first(s)[1]}"""\n`] : ["import os\n", ...s.kv.map(([k, v]) => `os.environ["${k}"] = "${v}"\n`), "client = Client()\n"];
  return JSON.stringify({
    cells: [
      { cell_type: "markdown", metadata: {}, source: ["# Exploration\n"] },
      { cell_type: "code", execution_count: g.int(1, 20), metadata: {}, outputs: [], source: src },
    ],
    metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } },
    nbformat: 4,
    nbformat_minor: 5,
  });
};

const sql: R = (s, g) => {
  const cols = s.kv.map(([k]) => lc(k)).join(", ");
  const vals = s.kv.map(([, v]) => `'${v.replace(/'/g, "''")}'`).join(", ");
  return `INSERT INTO integrations (id, tenant_id, ${cols}, created_at)\nVALUES (${g.int(100, 9999)}, ${g.int(1, 500)}, ${vals}, NOW());`;
};

const alone: R = (s, g) => {
  const vals = s.kv.map(([, v]) => v).join("\n");
  return g.pick([
    `${vals}\n`,
    `ok here it is\n\n${vals}\n\nthanks`,
    `$ cat token.txt\n${vals}\n$ `,
  ]);
};

const ROT: [string, R][] = [
  ["llm", llm], ["tool", tool], ["shell", shell], ["config", config], ["source", source], ["headers", headers],
  ["url", url], ["log", log], ["markdown", markdown], ["diff", diff], ["notebook", notebook], ["sql", sql], ["alone", alone],
];
const BLOCK_OK = new Set(["llm", "tool", "shell", "source", "log", "markdown", "diff", "notebook", "sql", "alone"]);

/** An LLM chat request body whose user message carries `text`. */
export function chat(g: G, text: string): string {
  return JSON.stringify({ model: g.pick(MODELS), max_tokens: 2048, messages: [{ role: "user", content: `${g.pick(ASK)}\n\n${text}` }] });
}
/** A write_file tool call. */
export function writeTool(g: G, path: string, content: string): string {
  return JSON.stringify({ type: "tool_use", id: `toolu_${g.an(24)}`, name: "write_file", input: { path, content } });
}
/** A bash tool call. */
export function bashTool(g: G, command: string): string {
  return JSON.stringify({ type: "tool_use", id: `toolu_${g.an(24)}`, name: "bash", input: { command } });
}

/** Expands specs into cases, rotating contexts. */
export function build(specs: Spec[], opts: { seed: number; prefix: string; file: string }): CorpusCase[] {
  const g = new G(opts.seed);
  const out: CorpusCase[] = [];
  let n = 0;
  let rot = 0;
  for (const sp of specs) {
    for (let t = 0; t < (sp.times ?? 1); t++) {
      const sec = sp.make(g);
      let ctx = ROT[rot % ROT.length] as [string, R];
      let guard = 0;
      while (guard++ < ROT.length && ((ctx[0] === "alone" && !sec.d) || (sec.block && !BLOCK_OK.has(ctx[0])))) {
        rot++;
        ctx = ROT[rot % ROT.length] as [string, R];
      }
      rot++;
      n++;
      out.push({
        id: `${opts.prefix}-${String(n).padStart(3, "0")}`,
        kind: "secrets",
        category: `heldouty-sec-${sp.group}`,
        label: "positive",
        text: ctx[1](sec, g, n),
        note: `${sp.provider} in ${ctx[0]}${sp.note ? `; ${sp.note}` : ""}`,
      });
    }
  }
  return out;
}
