// Shared PRNG-backed builders and context renderers for heldout-y31 (skipped by the loader).
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HX = "0123456789abcdef";
export const HU = "0123456789ABCDEF";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LO = "abcdefghijklmnopqrstuvwxyz0123456789";
export const B64 = AL + "+/";
export const URL64 = AL + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const DIG = "0123456789";

export class Gen {
  readonly r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  s(n: number, a = AL): string {
    let o = "";
    for (let i = 0; i < n; i++) o += a[Math.floor(this.r() * a.length)];
    return o;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  /** Concatenate literal parts and [alphabet, length] random parts. */
  t(...parts: (string | [string, number])[]): string {
    return parts.map((p) => (typeof p === "string" ? p : this.s(p[1], p[0]))).join("");
  }
  uuid(): string {
    return `${this.s(8, HX)}-${this.s(4, HX)}-4${this.s(3, HX)}-${this.pick(["8", "9", "a", "b"])}${this.s(3, HX)}-${this.s(12, HX)}`;
  }
  b64bytes(n: number): string {
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = Math.floor(this.r() * 256);
    return Buffer.from(b).toString("base64");
  }
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(payload), this.s(alg === "HS256" ? 43 : 342, URL64)].join(".");
  }
  pem(label: string, lead: string, bytes: number): string {
    const body = (lead + this.b64bytes(bytes)).replace(/=+$/, "");
    const lines = body.match(/.{1,64}/g)!.join("\n");
    return `-----BEGIN ${label}-----\n${lines}\n-----END ${label}-----`;
  }
}

export interface Slot {
  provider: string;
  /** env var name */
  env: string;
  /** how an HTTP request carries it: "bearer", "basic", "h:Header-Name", "q:param", "url" (value is a URL) */
  auth?: string;
  host?: string;
}

const lc = (env: string) => env.toLowerCase();
const camel = (env: string) => lc(env).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const j = (o: unknown) => JSON.stringify(o);
const j2 = (o: unknown) => JSON.stringify(o, null, 2);

function httpAuth(s: Slot, v: string): { header?: string; query?: string } {
  const a = s.auth ?? "bearer";
  if (a === "bearer") return { header: `Authorization: Bearer ${v}` };
  if (a === "basic") return { header: `Authorization: Basic ${Buffer.from(`api:${v}`).toString("base64")}` };
  if (a.startsWith("h:")) {
    const h = a.slice(2);
    if (h.endsWith("=")) return { header: `${h}${v}` };
    return { header: h.includes(": ") ? `${h} ${v}` : `${h}: ${v}` };
  }
  if (a.startsWith("q:")) return { query: `${a.slice(2)}=${encodeURIComponent(v)}` };
  return { header: `Authorization: Bearer ${v}` };
}
const hostOf = (s: Slot) => s.host ?? `api.${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "")}.com`;
const isMulti = (v: string) => v.includes("\n");

export type Renderer = { name: string; multiline: boolean; http?: boolean; f: (s: Slot, v: string, g: Gen) => string };

export const renderers: Renderer[] = [
  { name: "LLM chat body with pasted .env", multiline: false, f: (s, v, g) => j({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `my app can't reach ${s.provider}, here's my .env:\n\n\`\`\`\nNODE_ENV=production\nPORT=${3000 + g.int(900)}\n${s.env}=${v}\nLOG_LEVEL=debug\n\`\`\`\nwhat's wrong?` }] }) },
  { name: "Anthropic tool_use write_file", multiline: true, f: (s, v) => j({ role: "assistant", content: [{ type: "text", text: "I'll add the credentials file." }, { type: "tool_use", id: "toolu_01" + "Xq9RkVb3mT2sLp8eWn4cZdHj", name: "write_file", input: { path: `config/${s.provider.toLowerCase().replace(/\W+/g, "_")}.env`, content: isMulti(v) ? `${s.env}="${v}"\n` : `# ${s.provider}\n${s.env}=${v}\n` } }] }) },
  { name: "OpenAI tool_calls shell export", multiline: false, f: (s, v, g) => j({ role: "assistant", tool_calls: [{ id: "call_" + g.s(24), type: "function", function: { name: "run_shell", arguments: j({ command: `export ${s.env}='${v}' && npm run sync` }) } }] }) },
  { name: "MCP tool result echoing file", multiline: true, f: (s, v, g) => j({ jsonrpc: "2.0", id: 1 + g.int(90), result: { content: [{ type: "text", text: `File: deploy/secrets.yaml\n---\n${lc(s.env)}: ${isMulti(v) ? "|\n  " + v.split("\n").join("\n  ") : v}\nregion: eu-west-1\n` }], isError: false } }) },
  { name: "curl command", multiline: false, http: true, f: (s, v) => { const a = httpAuth(s, v); return a.query ? `curl -sS "https://${hostOf(s)}/v1/status?${a.query}"` : `curl -sS https://${hostOf(s)}/v1/me \\\n  -H "${a.header}" \\\n  -H "Accept: application/json"`; } },
  { name: "raw HTTP request", multiline: false, http: true, f: (s, v, g) => { const a = httpAuth(s, v); return `${a.query ? `GET /v2/items?limit=50&${a.query}` : "POST /v2/items"} HTTP/1.1\r\nHost: ${hostOf(s)}\r\n${a.header ? a.header + "\r\n" : ""}User-Agent: node-fetch/3.3.2\r\nX-Request-Id: ${g.uuid()}\r\nContent-Type: application/json\r\n\r\n{"name":"nightly"}`; } },
  { name: "form-encoded body", multiline: false, f: (s, v) => `POST /oauth/connect HTTP/1.1\nHost: ${hostOf(s)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${lc(s.env)}=${encodeURIComponent(v)}&scope=read`},
  { name: "multipart body", multiline: true, f: (s, v, g) => { const b = "----WebKitFormBoundary" + g.s(16); return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${lc(s.env)}"\n\n${v}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}--`; } },
  { name: "YAML config", multiline: true, f: (s, v) => `app:\n  name: billing-worker\n  replicas: 2\nintegrations:\n  ${s.provider.toLowerCase().replace(/\W+/g, "_")}:\n    enabled: true\n    ${camel(s.env)}: ${isMulti(v) ? "|\n      " + v.split("\n").join("\n      ") : `"${v}"`}\n    timeout_ms: 5000\n` },
  { name: "TOML config", multiline: true, f: (s, v) => `[service]\nname = "ingest"\n\n[${s.provider.toLowerCase().replace(/\W+/g, "_")}]\n${lc(s.env)} = ${isMulti(v) ? `"""\n${v}\n"""` : `"${v}"`}\nretries = 3\n` },
  { name: "INI config", multiline: false, f: (s, v) => `[default]\nregion = us-east-1\noutput = json\n\n[${s.provider.toLowerCase().replace(/\W+/g, "-")}]\n${lc(s.env)} = ${v}\n` },
  { name: ".properties file", multiline: false, f: (s, v) => `spring.application.name=orders\nserver.port=8080\n${lc(s.env).replace(/_/g, ".")}=${v}\nlogging.level.root=INFO\n` },
  { name: "JSON config file", multiline: true, f: (s, v) => j2({ name: "api-gateway", env: "production", [camel(s.env)]: v, features: { cache: true } }) },
  { name: "Terraform HCL", multiline: true, f: (s, v) => `variable "${lc(s.env)}" {\n  type      = string\n  sensitive = true\n  default   = ${isMulti(v) ? `<<EOT\n${v}\nEOT` : `"${v}"`}\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { always = timestamp() }\n}\n` },
  { name: "XML config", multiline: true, f: (s, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.env}" value="${v.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/\n/g, "&#10;")}" />\n  </appSettings>\n</configuration>` },
  { name: "Python code", multiline: true, f: (s, v) => `import os\nimport requests\n\n${s.env} = os.environ.get("${s.env}", ${isMulti(v) ? `"""${v}"""` : `"${v}"`})\n\ndef client():\n    s = requests.Session()\n    s.headers["User-Agent"] = "sync/1.4"\n    return s\n` },
  { name: "TypeScript code", multiline: false, f: (s, v) => `import { z } from "zod";\n\nexport const config = {\n  ${camel(s.env)}: process.env.${s.env} ?? "${v}",\n  baseUrl: "https://${hostOf(s)}",\n};\n` },
  { name: "Go code", multiline: false, f: (s, v) => `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst default${camel(s.env).replace(/^./, (c) => c.toUpperCase())} = "${v}"\n\nfunc token() string {\n\tif t := os.Getenv("${s.env}"); t != "" {\n\t\treturn t\n\t}\n\treturn default${camel(s.env).replace(/^./, (c) => c.toUpperCase())}\n}\n\nvar _ = http.DefaultClient\n` },
  { name: "Java code", multiline: false, f: (s, v) => `public final class ${s.provider.replace(/\W+/g, "")}Config {\n    private static final String ${s.env} = System.getenv().getOrDefault("${s.env}", "${v}");\n\n    public static String key() { return ${s.env}; }\n}\n` },
  { name: "Ruby code", multiline: false, f: (s, v) => `# config/initializers/${s.provider.toLowerCase().replace(/\W+/g, "_")}.rb\nRails.application.configure do\n  config.x.${lc(s.env)} = ENV.fetch("${s.env}", "${v}")\nend\n` },
  { name: "PHP code", multiline: false, f: (s, v) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${lc(s.env)}' => env('${s.env}', '${v}'),\n    'timeout' => 30,\n];\n` },
  { name: "C# code", multiline: false, f: (s, v) => `var builder = WebApplication.CreateBuilder(args);\nvar key = builder.Configuration["${s.env}"] ?? "${v}";\nbuilder.Services.AddHttpClient("${s.provider}", c => c.Timeout = TimeSpan.FromSeconds(20));\n` },
  { name: "Rust code", multiline: false, f: (s, v) => `use std::env;\n\nfn api_key() -> String {\n    env::var("${s.env}").unwrap_or_else(|_| "${v}".to_string())\n}\n` },
  { name: "GitHub Actions CI log", multiline: false, f: (s, v, g) => `2026-11-${10 + g.int(18)}T08:${10 + g.int(49)}:03.1180000Z ##[group]Run ./scripts/deploy.sh\n2026-11-14T08:14:03.1191200Z + export ${s.env}=${v}\n2026-11-14T08:14:03.1203300Z + ./bin/release --env prod\n2026-11-14T08:14:05.5521000Z Uploaded artifact build-${g.s(7, HX)}\n2026-11-14T08:14:05.5530000Z ##[endgroup]` },
  { name: "shell history", multiline: false, f: (s, v) => `  501  cd ~/src/api\n  502  git pull --rebase\n  503  ${s.env}=${v} npm run seed\n  504  docker compose logs -f worker\n` },
  { name: "Python crash dump with locals", multiline: false, f: (s, v) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line 88, in run\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized\n\nLocals at frame sync.run:\n    attempt = 3\n    ${lc(s.env)} = '${v}'\n    url = 'https://${hostOf(s)}/v1/sync'\n` },
  { name: "Jupyter notebook cell", multiline: false, f: (s, v) => j2({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.env}"] = "${v}"\n`, "df = load_frame()\n"] }], nbformat: 4, nbformat_minor: 5 }) },
  { name: "SQL seed insert", multiline: false, f: (s, v, g) => `INSERT INTO integration_credentials (id, provider, name, secret, created_at)\nVALUES (${1 + g.int(900)}, '${s.provider}', '${lc(s.env)}', '${v}', NOW());` },
  { name: "Markdown doc", multiline: true, f: (s, v) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the ${s.provider} credential (ask ops if it rotates):\n\n\`\`\`bash\n${isMulti(v) ? `cat > key.pem <<'EOF'\n${v}\nEOF` : `${s.env}=${v}`}\n\`\`\`\n\n3. Run \`make dev\`.\n` },
  { name: "unified diff", multiline: false, f: (s, v) => `diff --git a/.env.production b/.env.production\nindex 3f1c2a9..8be77d0 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,4 +3,5 @@ DATABASE_POOL=10\n CACHE_TTL=300\n-${s.env}=\n+${s.env}=${v}\n FEATURE_FLAGS=beta\n` },
  { name: "chat message in LLM request", multiline: false, f: (s, v) => j({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a coding assistant." }, { role: "user", content: `hey, ${s.provider} keeps returning 403 with this key ${v} — is it the wrong scope?` }] }) },
  { name: "docker run -e", multiline: false, f: (s, v) => `docker run -d --name worker \\\n  -e NODE_ENV=production \\\n  -e ${s.env}=${v} \\\n  ghcr.io/acme/worker:1.12.0` },
  { name: "Kubernetes Secret (base64 data)", multiline: true, f: (s, v) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${s.provider.toLowerCase().replace(/\W+/g, "-")}-creds\n  namespace: prod\ntype: Opaque\ndata:\n  ${s.env}: ${Buffer.from(v).toString("base64")}\n` },
  { name: "docker-compose pasted in chat", multiline: false, f: (s, v) => j({ messages: [{ role: "user", content: `compose file:\n\nservices:\n  api:\n    image: acme/api:latest\n    environment:\n      - ${s.env}=${v}\n      - REDIS_HOST=cache\n` }] }) },
];

export interface Spec {
  group: string;
  slot: Slot;
  make: (g: Gen) => string;
  /** override note slot label */
  what?: string;
}

/** Rotate specs through the renderers; multiline values only go to multiline-capable renderers. */
export function build(prefix: string, category: (grp: string) => string, specs: Spec[], g: Gen, start = 0): CorpusCase[] {
  const out: CorpusCase[] = [];
  let k = start;
  specs.forEach((sp, i) => {
    const v = sp.make(g);
    let rd = renderers[k % renderers.length]!;
    while ((isMulti(v) && !rd.multiline)) { k++; rd = renderers[k % renderers.length]!; }
    k++;
    out.push({
      id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: category(sp.group),
      label: "positive",
      text: rd.f(sp.slot, v, g),
      note: `${sp.slot.provider} ${sp.what ?? "credential"} in ${sp.slot.env} slot; context: ${rd.name}`,
    });
  });
  return out;
}
