// Builders and shared context renderers for heldout-y109 (skipped by the loader: leading "_").
// Every credential-shaped value is assembled at run time from split prefixes and a seeded PRNG.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
export const ALNUM = UP + LO + DG;
export const LALNUM = LO + DG;
export const UALNUM = UP + DG;
export const HEX = "0123456789abcdef";
export const B64 = ALNUM + "+/";
export const B64U = ALNUM + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

export class Gen extends SeededRng {
  a(n: number): string { return this.str(n, ALNUM); }
  l(n: number): string { return this.str(n, LALNUM); }
  u(n: number): string { return this.str(n, UALNUM); }
  h(n: number): string { return this.str(n, HEX); }
  H(n: number): string { return this.str(n, HEX.toUpperCase()); }
  d(n: number): string { return this.str(1, "123456789") + this.str(n - 1, DG); }
  b64(n: number): string { return this.str(n, B64); }
  bu(n: number): string { return this.str(n, B64U); }
  b32(n: number): string { return this.str(n, B32); }
  uuid(): string { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  sha(): string { return this.h(40); }
  /** base64 of n random bytes */
  raw64(n: number): string { return Buffer.from(this.bytes(n)).toString("base64"); }
  /** A signed-looking JWT: real JSON header/payload, random signature. */
  jwt(payload: Record<string, unknown>, alg = "HS256", sigLen = 43): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return `${enc({ alg, typ: "JWT" })}.${enc(payload)}.${this.bu(sigLen)}`;
  }
  ts(): string {
    return `2025-${String(this.range(1, 12)).padStart(2, "0")}-${String(this.range(1, 28)).padStart(2, "0")}T${String(this.range(0, 23)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}Z`;
  }
}

export const b64 = (s: string): string => Buffer.from(s).toString("base64");

/** One credential (or look-alike) type. kv[0] of the rendered context is the secret. */
export interface Spec {
  p: string; // provider / value description
  cat: string; // category suffix (ai, auth, ...) or "benign"
  slot: string; // env-var style name
  make: (g: Gen) => string;
  /** companions (non-secret ids or paired values), [slot, maker] */
  with?: Array<[string, (g: Gen) => string]>;
  /** header template, %s = value; default "Authorization: Bearer %s" */
  hdr?: string;
  /** query parameter name; default "api_key" */
  qp?: string;
  host?: string;
  /** value is not an HTTP credential (connection string, password): skip header/query renderers */
  nohttp?: boolean;
}

export interface Ctx {
  kv: Array<[string, string]>;
  p: string;
  host: string;
  hdr: string; // full header line
  hdrName: string;
  hdrValue: string;
  qp: string;
  v: string; // primary value
  slot: string;
  g: Gen;
}

export interface Renderer {
  name: string;
  http?: boolean; // puts the value in a header / query / form
  secretWords?: boolean; // surrounding wording says "secret": not used for benign
  r: (c: Ctx) => string;
}

const snake = (s: string) => s.toLowerCase();
const camel = (s: string) => s.toLowerCase().replace(/_([a-z0-9])/g, (_, x: string) => x.toUpperCase());
const dotted = (s: string) => s.toLowerCase().replace(/_/g, ".");
const kebab = (s: string) => s.toLowerCase().replace(/_/g, "-");
const envLines = (c: Ctx) => c.kv.map(([k, v]) => `${k}=${v}`).join("\n");
const q = (s: string) => JSON.stringify(s);
const models = ["gpt-4.1", "gpt-4o-mini", "o4-mini", "gpt-5"];
const claude = ["claude-sonnet-4-5", "claude-opus-4-1", "claude-3-5-haiku-latest"];

function chat(c: Ctx, content: string): string {
  return JSON.stringify({
    model: c.g.pick(models),
    messages: [
      { role: "system", content: "You are a senior engineer helping debug a deployment." },
      { role: "user", content },
    ],
    temperature: 0.2,
  });
}

export const RENDERERS: Renderer[] = [
  {
    name: "dotenv file",
    r: (c) => `# .env.production\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${envLines(c)}\nSENTRY_ENVIRONMENT=prod\n`,
  },
  {
    name: "chat completion with pasted .env (JSON-escaped)",
    r: (c) => chat(c, `The worker exits on boot right after the ${vendor(c.p)} step. Here is my .env:\n\n\`\`\`\nAPP_NAME=billing-worker\nREDIS_HOST=cache.internal.example.com\n${envLines(c)}\n\`\`\`\nWhat am I doing wrong?`),
  },
  {
    name: "anthropic tool_use write_file",
    r: (c) => JSON.stringify({
      model: c.g.pick(claude),
      max_tokens: 4096,
      messages: [
        { role: "user", content: "Create the config file for the staging deploy." },
        { role: "assistant", content: [{ type: "tool_use", id: `toolu_01${c.g.a(22)}`, name: "write_file", input: { path: "config/staging.yaml", content: `service: ingest\nregion: eu-west-1\n${c.kv.map(([k, v]) => `${snake(k)}: "${v}"`).join("\n")}\n` } }] },
      ],
    }),
  },
  {
    name: "openai tool_calls shell arguments (double-escaped)",
    r: (c) => JSON.stringify({
      model: c.g.pick(models),
      messages: [
        { role: "user", content: "deploy the worker" },
        { role: "assistant", content: null, tool_calls: [{ id: `call_${c.g.a(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${c.kv.map(([k, v]) => `export ${k}="${v}"`).join(" && ")} && ./scripts/deploy.sh --env prod`, timeout: 120 }) } }] },
      ],
    }),
  },
  {
    name: "MCP tools/call result echoing a file",
    r: (c) => JSON.stringify({ jsonrpc: "2.0", id: c.g.range(3, 90), result: { content: [{ type: "text", text: `File: /srv/app/.env\n---\nDEBUG=false\n${envLines(c)}\nWORKERS=4\n` }], isError: false } }),
  },
  {
    name: "curl header",
    http: true,
    r: (c) => `curl -sS -X POST https://${c.host}/v1/jobs \\\n  -H '${c.hdr}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"name":"nightly-sync","dry_run":false}'`,
  },
  {
    name: "raw HTTP request header",
    http: true,
    r: (c) => `GET /v2/accounts/me HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: python-requests/2.32.3\r\nAccept: application/json\r\n${c.hdr}\r\nX-Request-Id: ${c.g.uuid()}\r\n\r\n`,
  },
  {
    name: "URL query string",
    http: true,
    r: (c) => `GET https://${c.host}/api/v1/export?format=csv&${c.qp}=${encodeURIComponent(c.v)}&page=2 -> 200 (1.2s)`,
  },
  {
    name: "form-urlencoded body",
    http: true,
    r: (c) => `POST /oauth/token HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${c.qp}=${encodeURIComponent(c.v)}&scope=read%20write`,
  },
  {
    name: "multipart form body",
    http: true,
    r: (c) => {
      const bd = `----WebKitFormBoundary${c.g.a(16)}`;
      return `POST /upload HTTP/1.1\nHost: ${c.host}\nContent-Type: multipart/form-data; boundary=${bd}\n\n--${bd}\nContent-Disposition: form-data; name="${c.qp}"\n\n${c.v}\n--${bd}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${bd}--\n`;
    },
  },
  {
    name: "HAR entry",
    http: true,
    r: (c) => JSON.stringify({ log: { version: "1.2", entries: [{ startedDateTime: c.g.ts(), request: { method: "GET", url: `https://${c.host}/v1/status`, headers: [{ name: "accept", value: "application/json" }, { name: c.hdrName, value: c.hdrValue }] }, response: { status: 200, statusText: "OK" } }] } }, null, 2),
  },
  {
    name: "devtools copy-as-fetch",
    http: true,
    r: (c) => `fetch("https://${c.host}/graphql", {\n  "headers": {\n    "accept": "*/*",\n    "content-type": "application/json",\n    ${q(c.hdrName.toLowerCase())}: ${q(c.hdrValue)}\n  },\n  "body": "{\\"query\\":\\"{ viewer { id } }\\"}",\n  "method": "POST"\n});`,
  },
  {
    name: "JSON config",
    r: (c) => JSON.stringify({ service: "ingest-api", port: 3000, integrations: { [camel(c.slot.split("_")[0] ?? "svc")]: Object.fromEntries(c.kv.map(([k, v]) => [camel(k), v])) }, features: { beta: false } }, null, 2),
  },
  {
    name: "docker-compose YAML",
    r: (c) => `services:\n  api:\n    image: registry.example.com/team/api:1.14.2\n    ports:\n      - "8080:8080"\n    environment:\n${c.kv.map(([k, v]) => `      ${k}: "${v}"`).join("\n")}\n      TZ: UTC\n`,
  },
  {
    name: "TOML config",
    r: (c) => `[server]\nhost = "0.0.0.0"\nport = 8000\n\n[${snake(c.slot.split("_")[0] ?? "svc")}]\n${c.kv.map(([k, v]) => `${snake(k)} = "${v}"`).join("\n")}\ntimeout_secs = 30\n`,
  },
  {
    name: "INI config",
    r: (c) => `[general]\nenvironment = production\n\n[${snake(c.slot.split("_")[0] ?? "svc")}]\n${c.kv.map(([k, v]) => `${snake(k)} = ${v}`).join("\n")}\nretries = 3\n`,
  },
  {
    name: "Spring .properties",
    r: (c) => `spring.application.name=orders\nserver.port=8081\n${c.kv.map(([k, v]) => `app.${dotted(k)}=${v}`).join("\n")}\nmanagement.endpoints.web.exposure.include=health\n`,
  },
  {
    name: "Terraform HCL",
    r: (c) => `terraform {\n  required_version = ">= 1.6"\n}\n\nlocals {\n${c.kv.map(([k, v]) => `  ${snake(k)} = "${v}"`).join("\n")}\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { run = timestamp() }\n}\n`,
  },
  {
    name: "XML app.config",
    r: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${c.kv.map(([k, v]) => `    <add key="${k}" value="${v}" />`).join("\n")}\n  </appSettings>\n</configuration>\n`,
  },
  {
    name: "Python code",
    r: (c) => `import os\nimport httpx\n\n${c.kv.map(([k, v]) => `${k} = "${v}"`).join("\n")}\n\n\ndef client() -> httpx.Client:\n    return httpx.Client(base_url="https://${c.host}", timeout=10)\n`,
  },
  {
    name: "TypeScript code",
    r: (c) => `import { createClient } from "./client";\n\nexport const config = {\n${c.kv.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n  baseUrl: "https://${c.host}",\n};\n\nexport const api = createClient(config);\n`,
  },
  {
    name: "Go code",
    r: (c) => `package main\n\nimport (\n\t"log"\n\t"os"\n)\n\nfunc init() {\n${c.kv.map(([k, v]) => `\tos.Setenv("${k}", "${v}")`).join("\n")}\n}\n\nfunc main() {\n\tlog.Println("starting worker")\n}\n`,
  },
  {
    name: "Java code",
    r: (c) => `package com.example.billing;\n\npublic final class Settings {\n${c.kv.map(([k, v]) => `    public static final String ${k} = "${v}";`).join("\n")}\n    public static final int MAX_RETRIES = 5;\n\n    private Settings() {}\n}\n`,
  },
  {
    name: "C# code",
    r: (c) => `using System;\n\nnamespace Example.Worker\n{\n    internal static class Bootstrap\n    {\n        public static void Configure()\n        {\n${c.kv.map(([k, v]) => `            Environment.SetEnvironmentVariable("${k}", "${v}");`).join("\n")}\n        }\n    }\n}\n`,
  },
  {
    name: "Ruby code",
    r: (c) => `# config/initializers/integrations.rb\n${c.kv.map(([k, v]) => `ENV["${k}"] ||= "${v}"`).join("\n")}\n\nRails.logger.info("integrations loaded")\n`,
  },
  {
    name: "PHP code",
    r: (c) => `<?php\n// wp-config-local.php\n${c.kv.map(([k, v]) => `define('${k}', '${v}');`).join("\n")}\ndefine('WP_DEBUG', false);\n`,
  },
  {
    name: "Rust code",
    r: (c) => `use std::env;\n\nfn main() {\n${c.kv.map(([k, v]) => `    env::set_var("${k}", "${v}");`).join("\n")}\n    println!("configured");\n}\n`,
  },
  {
    name: "PowerShell profile",
    r: (c) => `# Microsoft.PowerShell_profile.ps1\nSet-Location C:\\src\\platform\n${c.kv.map(([k, v]) => `$env:${k} = "${v}"`).join("\n")}\nImport-Module posh-git\n`,
  },
  {
    name: "CI log with printenv",
    r: (c) => `${c.g.ts()} ##[group]Run printenv | sort\n${c.g.ts()} CI=true\n${c.g.ts()} GITHUB_SHA=${c.g.sha()}\n${c.kv.map(([k, v]) => `${c.g.ts()} ${k}=${v}`).join("\n")}\n${c.g.ts()} RUNNER_OS=Linux\n${c.g.ts()} ##[endgroup]`,
  },
  {
    name: "shell history",
    r: (c) => `  501  cd ~/src/platform\n  502  git pull --rebase\n${c.kv.map(([k, v], i) => `  ${503 + i}  export ${k}='${v}'`).join("\n")}\n  510  make deploy ENV=prod\n  511  kubectl get pods -n api\n`,
  },
  {
    name: "Python crash report with locals",
    r: (c) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line 88, in run\n    resp = self.session.post(url, json=payload)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${c.host}', port=443): Max retries exceeded\n\nLocals at frame sync.py:88:\n    url = 'https://${c.host}/v1/sync'\n${c.kv.map(([k, v]) => `    ${snake(k)} = '${v}'`).join("\n")}\n    attempt = 3\n`,
  },
  {
    name: "Jupyter notebook JSON",
    r: (c) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 1, metadata: {}, outputs: [], source: ["import os\n", ...c.kv.map(([k, v]) => `os.environ[\"${k}\"] = \"${v}\"\n`), "print('ok')"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1),
  },
  {
    name: "SQL seed",
    r: (c) => `-- seed/002_integrations.sql\nINSERT INTO integrations (id, tenant_id, provider, config, created_at) VALUES\n  (${c.g.range(10, 99)}, ${c.g.range(100, 999)}, '${vendor(c.p).toLowerCase().replace(/'/g, "")}', '${JSON.stringify(Object.fromEntries(c.kv.map(([k, v]) => [snake(k), v])))}', now());\n`,
  },
  {
    name: "Markdown setup doc",
    r: (c) => `## Local setup\n\n1. Install dependencies with \`pnpm install\`.\n2. Export the following before running \`pnpm dev\`:\n\n\`\`\`bash\n${c.kv.map(([k, v]) => `export ${k}=${v}`).join("\n")}\n\`\`\`\n\n3. Open http://localhost:3000.\n`,
  },
  {
    name: "unified diff",
    r: (c) => `diff --git a/deploy/values-prod.env b/deploy/values-prod.env\nindex ${c.g.h(7)}..${c.g.h(7)} 100644\n--- a/deploy/values-prod.env\n+++ b/deploy/values-prod.env\n@@ -3,4 +3,${3 + c.kv.length} @@ REGION=us-east-1\n QUEUE_NAME=events\n${c.kv.map(([k, v]) => `+${k}=${v}`).join("\n")}\n LOG_FORMAT=json\n`,
  },
  {
    name: "chat message handing a credential over",
    secretWords: true,
    r: (c) => `[10:42] priya: hey, can you send me the prod ${vendor(c.p)} creds? mine got revoked\n[10:44] marco: sure, here you go:\n${c.kv.map(([k, v]) => `${k}=${v}`).join("\n")}\n[10:44] marco: please don't commit it, I'll rotate after the launch\n`,
  },
  {
    name: "Dockerfile ENV",
    r: (c) => `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\n${c.kv.map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nEXPOSE 3000\nCMD ["node", "dist/server.js"]\n`,
  },
  {
    name: "k8s Secret stringData",
    secretWords: true,
    r: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-env\n  namespace: prod\ntype: Opaque\nstringData:\n${c.kv.map(([k, v]) => `  ${k}: "${v}"`).join("\n")}\n`,
  },
  {
    name: "k8s Secret data (base64)",
    secretWords: true,
    r: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${kebab(c.slot)}\n  namespace: workers\ntype: Opaque\ndata:\n${c.kv.map(([k, v]) => `  ${k}: ${b64(v)}`).join("\n")}\n`,
  },
  {
    name: "GitHub Actions workflow env",
    r: (c) => `name: nightly\non:\n  schedule:\n    - cron: "0 3 * * *"\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n${c.kv.map(([k, v]) => `      ${k}: ${v}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make sync\n`,
  },
  {
    name: "docker run -e",
    r: (c) => `docker run -d --name worker --restart unless-stopped \\\n${c.kv.map(([k, v]) => `  -e ${k}=${v} \\`).join("\n")}\n  -p 9000:9000 registry.example.com/ops/worker:2.3.1`,
  },
  {
    name: "systemd unit",
    r: (c) => `[Unit]\nDescription=Metrics relay\nAfter=network-online.target\n\n[Service]\nExecStart=/usr/local/bin/relay --listen :9100\n${c.kv.map(([k, v]) => `Environment="${k}=${v}"`).join("\n")}\nRestart=always\n\n[Install]\nWantedBy=multi-user.target\n`,
  },
  {
    name: "Helm values.yaml",
    r: (c) => `replicaCount: 2\nimage:\n  repository: registry.example.com/platform/gateway\n  tag: "3.8.0"\nenv:\n${c.kv.map(([k, v]) => `  - name: ${k}\n    value: "${v}"`).join("\n")}\nresources:\n  limits:\n    memory: 512Mi\n`,
  },
];

/** First word of the provider label ("Stripe live secret key" -> "Stripe"). */
export const vendor = (p: string): string => p.split(/[ (]/)[0] ?? p;

export function makeCtx(g: Gen, s: Spec, kv: Array<[string, string]>): Ctx {
  const v = kv[0]![1];
  const tpl = s.hdr ?? "Authorization: Bearer %s";
  const hdr = tpl.replace("%s", v);
  const i = hdr.indexOf(":");
  return {
    kv, p: s.p, v, slot: s.slot, g,
    host: s.host ?? `api.${vendor(s.p).toLowerCase().replace(/[^a-z0-9]+/g, "")}.example.com`,
    hdr, hdrName: hdr.slice(0, i), hdrValue: hdr.slice(i + 1).trim(),
    qp: s.qp ?? "api_key",
  };
}

/**
 * Renders each spec `times` times, rotating through the renderers that fit it (no header/query
 * renderers for nohttp specs, no secret-worded renderers for benign specs). Each fitting class has
 * its own counter, so contexts spread evenly; a second pass of the same spec takes the next one.
 */
export function build(
  g: Gen,
  specs: Spec[],
  opts: { idPrefix: string; start: number; times?: (i: number) => number; benign?: boolean },
): CorpusCase[] {
  const out: CorpusCase[] = [];
  const counters = new Map<string, number>();
  let n = 0;
  specs.forEach((s, i) => {
    const times = opts.times ? opts.times(i) : 1;
    const fit = RENDERERS.filter((r) => !(s.nohttp && r.http) && !(opts.benign && r.secretWords));
    const key = `${s.nohttp ? 1 : 0}`;
    for (let t = 0; t < times; t++) {
      const ctr = counters.get(key) ?? 0;
      counters.set(key, ctr + 1);
      const r = fit[(opts.start + ctr * stride(fit.length)) % fit.length]!;
      const kv: Array<[string, string]> = [[s.slot, s.make(g)], ...(s.with ?? []).map(([sl, mk]): [string, string] => [sl, mk(g)])];
      const c = makeCtx(g, s, kv);
      n++;
      out.push({
        id: `${opts.idPrefix}${String(n).padStart(3, "0")}`,
        kind: "secrets",
        category: opts.benign ? "heldouty109-benign" : `heldouty109-sec-${s.cat}`,
        label: opts.benign ? "benign" : "positive",
        text: r.r(c),
        note: `${s.p}; slot ${s.slot}${r.http ? ` (header ${c.hdrName} / query ${c.qp})` : ""}; context: ${r.name}`,
      });
    }
  });
  return out;
}

function stride(n: number): number {
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
  return [7, 11, 13, 1].find((k) => gcd(k, n) === 1) ?? 1;
}

/** A handcrafted case. */
export function hc(id: string, cat: string, label: "positive" | "benign", text: string, note: string): CorpusCase {
  return { id, kind: "secrets", category: label === "benign" ? "heldouty109-benign" : `heldouty109-sec-${cat}`, label, text, note };
}

/** Wrap base64 at 64 columns. */
export function wrap64(s: string): string {
  return s.match(/.{1,64}/g)!.join("\n");
}

/** A PEM block; the armour label is passed in pieces so the repo never holds a literal header. */
export function pem(label: string, body: string): string {
  const dash = "-".repeat(5);
  return `${dash}BEGIN ${label}${dash}\n${wrap64(body)}\n${dash}END ${label}${dash}`;
}
