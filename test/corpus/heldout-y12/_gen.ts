// heldout-y12 generator: every credential-shaped value is assembled at run time from a
// mulberry32 PRNG with a fixed seed per file (high bits of each draw), so the repo holds no literal
// credential and the output is deterministic. Skipped by the loader (not *.cases.ts / *.jsonl).
import type { CorpusCase } from "../types.ts";
import { mulberry32 } from "../../helpers/prng.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const AN = UP + LO + DG;
export const UN = UP + DG;
export const LN = LO + DG;
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const U64 = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

export function mk(seed: number) {
  const r = mulberry32(seed);
  const s = (n: number, a: string) => {
    let o = "";
    for (let i = 0; i < n; i++) o += a[Math.floor(r() * a.length)];
    return o;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const uuid = () => [s(8, HX), s(4, HX), "4" + s(3, HX), "8" + s(3, HX), s(12, HX)].join("-");
  const b64 = (n: number) => s(n, B64);
  const pem = (label: string, lines: number) => {
    const body: string[] = [];
    for (let i = 0; i < lines; i++) body.push(s(64, B64));
    body.push(s(int(20, 60), B64) + "==");
    return [`-----BEGIN ${label}-----`, ...body, `-----END ${label}-----`].join("\n");
  };
  const b64url = (str: string) => Buffer.from(str).toString("base64url");
  const jwt = (payload: Record<string, unknown>, alg = "HS256") =>
    [b64url(JSON.stringify({ alg, typ: "JWT" })), b64url(JSON.stringify(payload)), s(alg === "HS256" ? 43 : 342, U64)].join(".");
  return { r, s, int, uuid, b64, pem, jwt, hex: (n: number) => s(n, HX), an: (n: number) => s(n, AN) };
}
export type Gen = ReturnType<typeof mk>;

/** A value in a slot. p = provider, k = the slot's name, v = the value. */
export interface T {
  p: string;
  k: string;
  v: string;
  /** header prefix the value follows ("X-Api-Key: "); default "Authorization: Bearer " */
  h?: string;
  /** API host for curl / URL contexts */
  host?: string;
  /** other lines that travel with it (key id of a pair, etc.) */
  x?: [string, string][];
  /** context tags this value may not be put in: "hdr" (header/bearer), "url" (query/fragment/form) */
  no?: string[];
}

const FILL_ENV = [
  ["NODE_ENV", "production"], ["PORT", "8080"], ["LOG_LEVEL", "info"], ["APP_URL", "https://app.example.com"],
  ["TZ", "UTC"], ["FEATURE_NEW_CHECKOUT", "true"], ["WORKERS", "4"], ["REGION", "eu-west-1"],
  ["CACHE_TTL", "300"], ["SENTRY_ENVIRONMENT", "staging"], ["NEXT_TELEMETRY_DISABLED", "1"], ["RETRY_MAX", "5"],
];
export function fill(g: Gen, n: number): [string, string][] {
  const out: [string, string][] = [];
  const start = g.int(0, FILL_ENV.length - 1);
  for (let i = 0; i < n; i++) out.push(FILL_ENV[(start + i * 5) % FILL_ENV.length] as [string, string]);
  return out;
}
const kvs = (t: T, g: Gen, nfill = 3): [string, string][] => {
  const f = fill(g, nfill);
  return [...f.slice(0, 2), ...(t.x ?? []), [t.k, t.v], ...f.slice(2)];
};
const all = (t: T): [string, string][] => [...(t.x ?? []), [t.k, t.v]];
const camel = (k: string) => k.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const pascal = (p: string) => p.replace(/[^A-Za-z0-9]+/g, " ").split(" ").filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
const hostOf = (t: T) => t.host ?? `api.${t.p.toLowerCase().replace(/[^a-z0-9]+/g, "")}.com`;
const hdrOf = (t: T) => (t.h ?? "Authorization: Bearer ") + t.v;
const MODELS = ["claude-sonnet-4-5", "gpt-4o", "claude-opus-4-1", "gpt-4.1-mini", "gemini-2.5-pro"];
const chat = (g: Gen, content: string) =>
  JSON.stringify({ model: MODELS[g.int(0, MODELS.length - 1)], max_tokens: 4096, messages: [{ role: "user", content }] });
const ts = (g: Gen) => `2025-0${g.int(1, 9)}-1${g.int(0, 9)}T0${g.int(0, 9)}:${g.int(10, 59)}:${g.int(10, 59)}.${g.int(100, 999)}Z`;

export type Ctx = { name: string; tag?: string; f: (t: T, g: Gen) => string };

/** The shared contexts. Each renders one slot (plus its companions) the way an agent sends it. */
export const CTX: Ctx[] = [
  { name: "chat-env", f: (t, g) => chat(g, `my app crashes on boot with "invalid credentials", here's my .env:\n\n${kvs(t, g).map(([k, v]) => `${k}=${v}`).join("\n")}\n\nwhat am I doing wrong?`) },
  { name: "tool-write-file", f: (t, g) => JSON.stringify({ type: "tool_use", id: `toolu_01${g.s(22, AN)}`, name: "write_file", input: { path: `deploy/${t.p.toLowerCase().replace(/\W+/g, "-")}.env`, content: kvs(t, g).map(([k, v]) => `${k}=${v}`).join("\n") + "\n" } }) },
  { name: "tool-bash", f: (t, g) => JSON.stringify({ tool_calls: [{ id: `call_${g.s(24, AN)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `${(t.x ?? []).map(([k, v]) => `export ${k}='${v}' && `).join("")}export ${t.k}='${t.v}' && ./scripts/sync.sh --env prod`, timeout: 120 }) } }] }) },
  { name: "shell-export", f: (t) => `${(t.x ?? []).map(([k, v]) => `export ${k}=${v}\n`).join("")}export ${t.k}="${t.v}"\nmake deploy ENV=production` },
  { name: "docker-run", f: (t) => `docker run --rm -d --name worker ${(t.x ?? []).map(([k, v]) => `-e ${k}=${v} `).join("")}-e ${t.k}=${t.v} -p 8080:8080 ghcr.io/acme/worker:1.14.2` },
  { name: "chat-compose", f: (t, g) => chat(g, `docker compose up keeps restarting the api container. compose file:\n\n\`\`\`yaml\nservices:\n  api:\n    image: acme/api:2.3\n    restart: unless-stopped\n    environment:\n${kvs(t, g, 2).map(([k, v]) => `      ${k}: "${v}"`).join("\n")}\n    ports:\n      - "8080:8080"\n  redis:\n    image: redis:7-alpine\n\`\`\`\nlogs say exited with code 1`) },
  { name: "chat-ci-log", f: (t, g) => chat(g, `CI is failing, here is the log:\n\n${ts(g)} ##[group]Run ./ci/env-check.sh\n${ts(g)} + env | sort\n${kvs(t, g).map(([k, v]) => `${ts(g)} ${k}=${v}`).join("\n")}\n${ts(g)} GITHUB_SHA=${g.hex(40)}\n${ts(g)} ##[error]Process completed with exit code 2.`) },
  { name: "k8s-secret", f: (t) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${t.p.toLowerCase().replace(/\W+/g, "-")}-creds\n  namespace: prod\ntype: Opaque\ndata:\n${all(t).map(([k, v]) => `  ${k}: ${Buffer.from(v).toString("base64")}`).join("\n")}\n` },
  { name: "helm-values", f: (t) => `# values-prod.yaml\nreplicaCount: 3\nimage:\n  repository: acme/api\n  tag: "2.3.1"\nenv:\n${all(t).map(([k, v]) => `  - name: ${k}\n    value: "${v}"`).join("\n")}\nresources:\n  limits:\n    memory: 512Mi\n` },
  { name: "toml", f: (t) => `[server]\nport = 8080\n\n[${t.p.toLowerCase().replace(/\W+/g, "_")}]\n${all(t).map(([k, v]) => `${k.toLowerCase()} = "${v}"`).join("\n")}\ntimeout_secs = 30\n` },
  { name: "ini", f: (t) => `[default]\nregion = us-east-1\noutput = json\n\n[${t.p.toLowerCase().replace(/\W+/g, "-")}]\n${all(t).map(([k, v]) => `${k.toLowerCase()} = ${v}`).join("\n")}\n` },
  { name: "properties", f: (t) => `spring.application.name=billing\nserver.port=8081\n${all(t).map(([k, v]) => `app.${t.p.toLowerCase().replace(/\W+/g, "")}.${camel(k)}=${v}`).join("\n")}\nlogging.level.root=INFO\n` },
  { name: "json-config", f: (t) => JSON.stringify({ name: "acme-sync", version: "1.4.0", [camel(t.p.replace(/\W+/g, "_"))]: Object.fromEntries(all(t).map(([k, v]) => [camel(k), v])), retries: 3 }, null, 2) },
  { name: "chat-json-escaped", f: (t, g) => chat(g, `here's config.json, the sync job fails with 401:\n${JSON.stringify({ [camel(t.p.replace(/\W+/g, "_"))]: Object.fromEntries(all(t).map(([k, v]) => [camel(k), v])), endpoint: `https://${hostOf(t)}/v1` })}`) },
  { name: "python", f: (t) => `import os\nfrom ${t.p.toLowerCase().replace(/\W+/g, "_")} import Client\n\n${(t.x ?? []).map(([k, v]) => `${k} = "${v}"\n`).join("")}${t.k} = os.environ.get("${t.k}", "${t.v}")\nclient = Client(api_key=${t.k}, timeout=30)\nprint(client.ping())\n` },
  { name: "js", f: (t) => `import { ${pascal(t.p)}Client } from "@acme/${t.p.toLowerCase().replace(/\W+/g, "-")}";\n\nconst client = new ${pascal(t.p)}Client({\n${(t.x ?? []).map(([k, v]) => `  ${camel(k)}: "${v}",\n`).join("")}  ${camel(t.k)}: process.env.${t.k} ?? "${t.v}",\n  retries: 2,\n});\nexport default client;\n` },
  { name: "go", f: (t) => `package main\n\nimport (\n\t"log"\n\t"os"\n)\n\nconst default${pascal(camel(t.k))} = "${t.v}"\n${(t.x ?? []).map(([k, v]) => `const ${camel(k)} = "${v}"\n`).join("")}\nfunc main() {\n\tkey := os.Getenv("${t.k}")\n\tif key == "" {\n\t\tkey = default${pascal(camel(t.k))}\n\t}\n\tlog.Println("starting with", len(key))\n}\n` },
  { name: "csharp", f: (t) => `var builder = WebApplication.CreateBuilder(args);\n${(t.x ?? []).map(([k, v]) => `builder.Configuration["${pascal(t.p)}:${pascal(camel(k))}"] = "${v}";\n`).join("")}builder.Configuration["${pascal(t.p)}:${pascal(camel(t.k))}"] = "${t.v}";\nvar app = builder.Build();\napp.Run();\n` },
  { name: "ruby", f: (t) => `# config/initializers/${t.p.toLowerCase().replace(/\W+/g, "_")}.rb\n${pascal(t.p)}.configure do |config|\n${(t.x ?? []).map(([k, v]) => `  config.${k.toLowerCase()} = '${v}'\n`).join("")}  config.${t.k.toLowerCase()} = ENV.fetch('${t.k}', '${t.v}')\n  config.timeout = 15\nend\n` },
  { name: "php", f: (t) => `<?php\n// config/services.php\nreturn [\n    '${t.p.toLowerCase().replace(/\W+/g, "_")}' => [\n${(t.x ?? []).map(([k, v]) => `        '${k.toLowerCase()}' => '${v}',\n`).join("")}        '${t.k.toLowerCase()}' => env('${t.k}', '${t.v}'),\n    ],\n];\n` },
  { name: "tf-plan", f: (t) => `Terraform will perform the following actions:\n\n  # kubernetes_secret.app will be created\n  + resource "kubernetes_secret" "app" {\n      + data = {\n${all(t).map(([k, v]) => `          + "${k}" = "${v}"`).join("\n")}\n        }\n      + id   = (known after apply)\n      + type = "Opaque"\n    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.` },
  { name: "log-trace", f: (t, g) => `${ts(g)} INFO  [sync-worker] trace_id=${g.hex(32)} span_id=${g.hex(16)} commit=${g.hex(40)} loaded provider config ${t.k}=${t.v} region=eu-west-1` },
  { name: "crash-report", f: (t, g) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line ${g.int(40, 300)}, in run\n    resp = client.push(batch)\n  File "/app/worker/client.py", line ${g.int(20, 99)}, in push\n    raise AuthError(f"rejected: {self.${t.k.toLowerCase()}!r}")\nworker.errors.AuthError: rejected: '${t.v}'\n\nLocals at frame:\n  self.base_url = 'https://${hostOf(t)}/v2'\n  self.${t.k.toLowerCase()} = '${t.v}'\n  request_id = '${g.uuid()}'` },
  { name: "notebook", f: (t, g) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: g.int(1, 40), metadata: {}, outputs: [], source: ["import os\n", ...(t.x ?? []).map(([k, v]) => `os.environ[\"${k}\"] = \"${v}\"\n`), `os.environ["${t.k}"] = "${t.v}"\n`, "df = load_events()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }) },
  { name: "sql-seed", f: (t, g) => `-- seed/002_integrations.sql\nINSERT INTO integrations (id, tenant_id, provider, config, created_at) VALUES\n  (${g.int(10, 999)}, '${g.uuid()}', '${t.p.toLowerCase()}', '{"${camel(t.k)}": "${t.v}"${(t.x ?? []).map(([k, v]) => `, "${camel(k)}": "${v}"`).join("")}}', NOW());` },
  { name: "markdown", f: (t) => `## Staging setup\n\n1. Clone the repo and run \`make bootstrap\`.\n2. Put this in your \`.env.local\` (shared staging creds, don't commit):\n\n\`\`\`\n${all(t).map(([k, v]) => `${k}=${v}`).join("\n")}\n\`\`\`\n\n3. \`make dev\` and open http://localhost:3000.` },
  { name: "diff", f: (t, g) => `diff --git a/config/prod.env b/config/prod.env\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/config/prod.env\n+++ b/config/prod.env\n@@ -3,4 +3,${4 + (t.x?.length ?? 0)} @@ LOG_LEVEL=info\n PORT=8080\n${(t.x ?? []).map(([k, v]) => `+${k}=${v}\n`).join("")}+${t.k}=${t.v}\n WORKERS=4` },
  { name: "mcp-result", f: (t, g) => JSON.stringify({ model: MODELS[g.int(0, 4)], messages: [{ role: "user", content: "why does the deploy fail?" }, { role: "assistant", content: [{ type: "tool_use", id: `toolu_${g.s(24, AN)}`, name: "read_file", input: { path: ".env.production" } }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: `toolu_${g.s(24, AN)}`, content: kvs(t, g).map(([k, v]) => `${k}=${v}`).join("\n") }] }] }) },
  { name: "gha", f: (t) => `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n${all(t).map(([k, v]) => `      ${k}: ${v}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n` },
  { name: "dockerfile", f: (t) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n${all(t).map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nCOPY . .\nCMD ["node", "server.js"]\n` },
  // header / bearer contexts
  { name: "curl-header", tag: "hdr", f: (t) => `curl -sS -X POST https://${hostOf(t)}/v1/sync \\\n  -H "${hdrOf(t)}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"since":"2025-06-01"}'` },
  { name: "curl-verbose", tag: "hdr", f: (t, g) => `* Connected to ${hostOf(t)} (${g.int(3, 199)}.${g.int(1, 254)}.${g.int(1, 254)}.${g.int(1, 254)}) port 443\n> GET /v1/account HTTP/2\n> Host: ${hostOf(t)}\n> user-agent: curl/8.5.0\n> accept: */*\n> ${hdrOf(t)}\n>\n< HTTP/2 401\n< x-request-id: ${g.uuid()}\n< content-type: application/json\n{"error":"unauthorized"}` },
  { name: "har", tag: "hdr", f: (t, g) => { const i = hdrOf(t).indexOf(": "); return JSON.stringify({ log: { entries: [{ startedDateTime: ts(g), request: { method: "GET", url: `https://${hostOf(t)}/v1/me`, headers: [{ name: "accept", value: "application/json" }, { name: hdrOf(t).slice(0, i), value: hdrOf(t).slice(i + 2) }, { name: "x-trace-id", value: g.hex(32) }] }, response: { status: 200 } }] } }); } },
  { name: "fetch-copy", tag: "hdr", f: (t) => { const i = hdrOf(t).indexOf(": "); return `fetch("https://${hostOf(t)}/v1/projects", {\n  "headers": {\n    "accept": "application/json",\n    "${hdrOf(t).slice(0, i).toLowerCase()}": "${hdrOf(t).slice(i + 2)}"\n  },\n  "method": "GET",\n  "mode": "cors"\n});` } },
  // url contexts
  { name: "url-query", tag: "url", f: (t, g) => `GET https://${hostOf(t)}/v2/export?format=csv&${camel(t.k)}=${encodeURIComponent(t.v)}&req=${g.hex(24)} -> 403 Forbidden` },
  { name: "form-body", tag: "url", f: (t) => `POST /oauth2/token HTTP/1.1\nHost: ${hostOf(t)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=read%20write&${t.k.toLowerCase()}=${encodeURIComponent(t.v)}` },
];

export const ALLOWED = (t: T) => CTX.filter((c) => !c.tag || !(t.no ?? []).includes(c.tag));

/** Build cases from a token list, rotating through contexts so each gets an even share. */
export function build(prefix: string, toks: [string, T][], g: Gen, label: "positive" | "benign", startAt = 0): CorpusCase[] {
  let rot = startAt;
  return toks.map(([cat, t], i) => {
    const al = ALLOWED(t);
    let c = al[rot % al.length]!;
    rot += 1;
    return {
      id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: cat,
      label,
      text: c.f(t, g),
      note: `${t.p} ${t.k} in ${c.name}`,
    };
  });
}
