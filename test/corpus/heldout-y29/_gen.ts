// heldout-y29 shared generator: a seeded value builder and the context renderers every token is
// rotated through. Skipped by the loader (starts with "_"). Every credential-shaped value is built
// here at run time from a split prefix and a mulberry32 body, so no file holds a literal secret.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HEX = "0123456789abcdef";
export const UHEX = "0123456789ABCDEF";
export const UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LOWER = "abcdefghijklmnopqrstuvwxyz0123456789";
export const DIGITS = "0123456789";
export const B64 = `${ALNUM}+/`;
export const B64URL = `${ALNUM}-_`;

export class Gen extends SeededRng {
  a(n: number): string {
    return this.str(n, ALNUM);
  }
  h(n: number): string {
    return this.str(n, HEX);
  }
  H(n: number): string {
    return this.str(n, UHEX);
  }
  u(n: number): string {
    return this.str(n, UPPER);
  }
  l(n: number): string {
    return this.str(n, LOWER);
  }
  d(n: number): string {
    return this.str(1, "123456789") + this.str(n - 1, DIGITS);
  }
  b64(n: number): string {
    return this.str(n, B64);
  }
  b64u(n: number): string {
    return this.str(n, B64URL);
  }
  uuid(): string {
    return [this.h(8), this.h(4), "4" + this.h(3), this.pick(["8", "9", "a", "b"]) + this.h(3), this.h(12)].join("-");
  }
  /** base64 of n random bytes (padded). */
  b64bytes(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64");
  }
  /** A signed-looking JWT: real base64url JSON header and payload, random signature. */
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(payload), this.b64u(alg === "HS256" ? 43 : 342)].join(".");
  }
  /** A PEM block of `bytes` bytes (a real DER/openssh header `head`, then random) under `label`. */
  pem(label: string, bytes: number, head: number[] = []): string {
    const body = Buffer.concat([Buffer.from(head), Buffer.from(this.bytes(bytes - head.length))]).toString("base64").replace(/(.{64})/g, "$1\n").trimEnd();
    return [`-----BEGIN ${label}-----`, body, `-----END ${label}-----`].join("\n");
  }
}

/** Join split parts, so a literal prefix never sits next to its body in source. */
export const j = (...parts: string[]) => parts.join("");

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  /** Provider / credential type, for the note. */
  p: string;
  g: Group;
  /** Env-style slot name of the primary value. */
  env: string;
  mk: (g: Gen) => string;
  /** Extra key-value slots shown alongside in config-like contexts. */
  more?: [string, (g: Gen) => string][];
  /** HTTP header prefix for the primary value, default "Authorization: Bearer ". */
  hdr?: string;
  host?: string;
  /** query / form parameter name, default "api_key". */
  q?: string;
}

export interface Rendered {
  ctx: string;
  text: string;
}

type KV = [string, string];
type Renderer = (kv: KV[], s: Spec, g: Gen) => Rendered;

const slug = (p: string) => p.toLowerCase().replace(/[^a-z0-9]+/g, "");
const host = (s: Spec) => s.host ?? `api.${slug(s.p.split(" ")[0]!)}.com`;
const hdr = (s: Spec) => s.hdr ?? "Authorization: Bearer ";
const lower = (k: string) => k.toLowerCase();
const camel = (k: string) => k.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const dotted = (k: string) => k.toLowerCase().replace(/_/g, ".");
const envText = (kv: KV[]) => kv.map(([k, v]) => `${k}=${v}`).join("\n");
const section = (s: Spec) => slug(s.p.split(" ")[0]!) || "service";

export const RENDERERS: Renderer[] = [
  // 0 OpenAI chat body with a pasted .env
  (kv) => ({
    ctx: "OpenAI chat body, pasted .env (JSON-escaped)",
    text: JSON.stringify({
      model: "gpt-4.1",
      messages: [
        { role: "system", content: "You are a coding assistant working in the user's repository." },
        { role: "user", content: `My app won't start locally, here's my .env:\n\n\`\`\`\nNODE_ENV=development\nPORT=3000\n${envText(kv)}\nLOG_LEVEL=debug\n\`\`\`\n\nWhat am I missing?` },
      ],
      temperature: 0.2,
    }),
  }),
  // 1 Anthropic messages body with a pasted docker-compose
  (kv, s) => ({
    ctx: "Anthropic messages body, pasted docker-compose.yml",
    text: JSON.stringify({
      model: "claude-sonnet-4-5",
      max_tokens: 4096,
      messages: [
        {
          role: "user",
          content: [
            { type: "text", text: `The ${section(s)} container keeps restarting. Compose file:\n\nservices:\n  app:\n    build: .\n    ports:\n      - \"8080:8080\"\n    environment:\n${kv.map(([k, v]) => `      ${k}: \"${v}\"`).join("\n")}\n      TZ: UTC\n    restart: unless-stopped\n` },
          ],
        },
      ],
    }),
  }),
  // 2 Anthropic tool_use write_file
  (kv) => ({
    ctx: "Anthropic tool_use write_file (.env.production)",
    text: JSON.stringify({
      role: "assistant",
      content: [
        { type: "text", text: "I'll create the production env file with the values you gave me." },
        { type: "tool_use", id: "toolu_01" + "Xq7Lm2Rk9Vb3Tn5Wc8Yd", name: "write_file", input: { path: ".env.production", content: `# generated ${"2026-11-30"}\nAPP_ENV=production\n${envText(kv)}\n` } },
      ],
    }),
  }),
  // 3 OpenAI tool_calls shell command (arguments double-escaped)
  (kv) => ({
    ctx: "OpenAI tool_calls run_shell export (double-escaped arguments)",
    text: JSON.stringify({
      role: "assistant",
      content: null,
      tool_calls: [
        {
          id: "call_" + "p4Hn8sQw2ZkR1vXe",
          type: "function",
          function: { name: "run_shell", arguments: JSON.stringify({ command: `${kv.map(([k, v]) => `export ${k}=\"${v}\"`).join(" && ")} && npm run deploy`, cwd: "/workspace/app" }) },
        },
      ],
    }),
  }),
  // 4 MCP tool result echoing a file
  (kv, s) => ({
    ctx: "MCP tools/call result echoing config/settings.yaml",
    text: JSON.stringify({
      jsonrpc: "2.0",
      id: 17,
      result: {
        content: [{ type: "text", text: `# config/settings.yaml\n${section(s)}:\n  enabled: true\n${kv.map(([k, v]) => `  ${lower(k)}: ${v}`).join("\n")}\n  timeout_ms: 5000\n` }],
        isError: false,
      },
    }),
  }),
  // 5 curl header
  (kv, s) => ({
    ctx: "curl command, header",
    text: `curl -sS -X GET "https://${host(s)}/v1/status" \\\n  -H "${hdr(s)}${kv[0]![1]}" \\\n  -H "Accept: application/json"`,
  }),
  // 6 curl query string
  (kv, s) => ({
    ctx: "curl command, URL query parameter",
    text: `$ curl "https://${host(s)}/v2/items?limit=50&${s.q ?? "api_key"}=${encodeURIComponent(kv[0]![1])}&format=json"\n{"items":[],"next":null}`,
  }),
  // 7 raw HTTP request, JSON body
  (kv, s) => ({
    ctx: "raw HTTP POST, JSON body",
    text: `POST /v1/integrations HTTP/1.1\r\nHost: ${host(s)}\r\nContent-Type: application/json\r\nUser-Agent: node-fetch/3.3\r\n\r\n${JSON.stringify({ name: "ci-sync", credentials: Object.fromEntries(kv.map(([k, v]) => [camel(k), v])) }, null, 2)}`,
  }),
  // 8 form body
  (kv, s) => ({
    ctx: "HTTP POST x-www-form-urlencoded body",
    text: `POST /oauth/token HTTP/1.1\nHost: ${host(s)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${kv.map(([k, v]) => `${lower(k)}=${encodeURIComponent(v)}`).join("&")}&scope=read`,
  }),
  // 9 multipart
  (kv, s) => ({
    ctx: "multipart/form-data upload field",
    text: `POST /upload HTTP/1.1\nHost: ${host(s)}\nContent-Type: multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW\n\n------WebKitFormBoundary7MA4YWxkTrZu0gW\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n${kv.map(([k, v]) => `------WebKitFormBoundary7MA4YWxkTrZu0gW\nContent-Disposition: form-data; name="${lower(k)}"\n\n${v}`).join("\n")}\n------WebKitFormBoundary7MA4YWxkTrZu0gW--`,
  }),
  // 10 .env
  (kv) => ({ ctx: ".env file", text: `# local overrides\nDATABASE_POOL=10\n${envText(kv)}\nFEATURE_FLAGS=beta,search\n` }),
  // 11 YAML
  (kv, s) => ({
    ctx: "YAML config (application.yml)",
    text: `server:\n  port: 8080\nintegrations:\n  ${section(s)}:\n${kv.map(([k, v]) => `    ${camel(k)}: "${v}"`).join("\n")}\n    retries: 3\nlogging:\n  level: info\n`,
  }),
  // 12 TOML
  (kv, s) => ({
    ctx: "TOML config",
    text: `[app]\nname = "ingest-worker"\n\n[${section(s)}]\n${kv.map(([k, v]) => `${lower(k)} = "${v}"`).join("\n")}\nregion = "eu-west-1"\n`,
  }),
  // 13 INI
  (kv, s) => ({
    ctx: "INI config",
    text: `; settings.ini\n[general]\ndebug = false\n\n[${section(s)}]\n${kv.map(([k, v]) => `${lower(k)} = ${v}`).join("\n")}\n`,
  }),
  // 14 properties
  (kv, s) => ({
    ctx: "Java .properties",
    text: `# application.properties\nspring.application.name=orders\n${kv.map(([k, v]) => `${section(s)}.${dotted(k)}=${v}`).join("\n")}\nmanagement.endpoints.web.exposure.include=health\n`,
  }),
  // 15 JSON config
  (kv, s) => ({
    ctx: "JSON config (appsettings.json)",
    text: JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, [section(s)]: Object.fromEntries(kv.map(([k, v]) => [camel(k), v])), AllowedHosts: "*" }, null, 2),
  }),
  // 16 HCL
  (kv, s) => ({
    ctx: "Terraform HCL (terraform.tfvars / provider)",
    text: `provider "${section(s)}" {\n${kv.map(([k, v]) => `  ${lower(k)} = "${v}"`).join("\n")}\n}\n\nresource "null_resource" "sync" {\n  triggers = { always = timestamp() }\n}\n`,
  }),
  // 17 XML
  (kv) => ({
    ctx: "XML web.config appSettings",
    text: `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${kv.map(([k, v]) => `    <add key="${k}" value="${v}" />`).join("\n")}\n  </appSettings>\n</configuration>\n`,
  }),
  // 18 Python
  (kv, s) => ({
    ctx: "Python module, os.environ.get default",
    text: `import os\nimport requests\n\n${kv.map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`).join("\n")}\n\n\ndef fetch_status():\n    r = requests.get("https://${host(s)}/v1/status", headers={"Authorization": f"Bearer {${kv[0]![0]}}"}, timeout=10)\n    r.raise_for_status()\n    return r.json()\n`,
  }),
  // 19 TypeScript
  (kv, s) => ({
    ctx: "TypeScript client constructor",
    text: `import { createClient } from "./client";\n\nexport const ${camel(section(s))}Client = createClient({\n  baseUrl: "https://${host(s)}",\n${kv.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n  timeoutMs: 10_000,\n});\n`,
  }),
  // 20 Go
  (kv, s) => ({
    ctx: "Go source, const block",
    text: `package config\n\nimport "os"\n\nconst (\n${kv.map(([k, v]) => `\tdefault${camel(k).replace(/^./, (c) => c.toUpperCase())} = "${v}"`).join("\n")}\n)\n\nfunc ${camel(section(s)).replace(/^./, (c) => c.toUpperCase())}Key() string {\n\tif v := os.Getenv("${kv[0]![0]}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${camel(kv[0]![0]).replace(/^./, (c) => c.toUpperCase())}\n}\n`,
  }),
  // 21 Java
  (kv) => ({
    ctx: "Java class, static final fields",
    text: `package com.acme.integrations;\n\npublic final class Credentials {\n${kv.map(([k, v]) => `    public static final String ${k} = "${v}";`).join("\n")}\n\n    private Credentials() {}\n}\n`,
  }),
  // 22 C#
  (kv, s) => ({
    ctx: "C# options binding with fallback",
    text: `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.Configure<${camel(section(s)).replace(/^./, (c) => c.toUpperCase())}Options>(o =>\n{\n${kv.map(([k, v]) => `    o.${camel(k).replace(/^./, (c) => c.toUpperCase())} = Environment.GetEnvironmentVariable("${k}") ?? "${v}";`).join("\n")}\n});\nvar app = builder.Build();\n`,
  }),
  // 23 Ruby
  (kv, s) => ({
    ctx: "Ruby initializer",
    text: `# config/initializers/${section(s)}.rb\n${camel(section(s)).replace(/^./, (c) => c.toUpperCase())}.configure do |config|\n${kv.map(([k, v]) => `  config.${lower(k)} = ENV.fetch("${k}", "${v}")`).join("\n")}\n  config.logger = Rails.logger\nend\n`,
  }),
  // 24 PHP
  (kv, s) => ({
    ctx: "PHP config array",
    text: `<?php\n\nreturn [\n    '${section(s)}' => [\n${kv.map(([k, v]) => `        '${lower(k)}' => env('${k}', '${v}'),`).join("\n")}\n        'timeout' => 30,\n    ],\n];\n`,
  }),
  // 25 Rust
  (kv) => ({
    ctx: "Rust source, env fallback",
    text: `use std::env;\n\nfn main() {\n${kv.map(([k, v]) => `    let ${lower(k)} = env::var("${k}").unwrap_or_else(|_| "${v}".to_string());`).join("\n")}\n    println!("starting worker");\n}\n`,
  }),
  // 26 pytest fixture
  (kv, s) => ({
    ctx: "pytest fixture with hard-coded value",
    text: `import pytest\n\n\n@pytest.fixture\ndef ${section(s)}_settings(monkeypatch):\n${kv.map(([k, v]) => `    monkeypatch.setenv("${k}", "${v}")`).join("\n")}\n    yield\n\n\ndef test_client_builds(${section(s)}_settings):\n    assert build_client() is not None\n`,
  }),
  // 27 GitHub Actions log
  (kv) => ({
    ctx: "GitHub Actions job log",
    text: `2026-11-30T10:14:02.1180934Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T10:14:02.1181533Z shell: /usr/bin/bash -e {0}\n2026-11-30T10:14:02.1181790Z env:\n${kv.map(([k, v]) => `2026-11-30T10:14:02.1182011Z   ${k}: ${v}`).join("\n")}\n2026-11-30T10:14:02.1182400Z ##[endgroup]\n2026-11-30T10:14:04.5521003Z deploying build 4812 to production\n`,
  }),
  // 28 shell history
  (kv, s) => ({
    ctx: "shell history (~/.zsh_history)",
    text: `: 1764497402:0;cd ~/src/api\n: 1764497410:0;git pull --rebase\n${kv.map(([k, v], i) => `: 17644974${20 + i}:0;export ${k}='${v}'`).join("\n")}\n: 1764497450:0;./bin/${section(s)}-sync --dry-run\n: 1764497470:0;make test\n`,
  }),
  // 29 Python crash dump with locals
  (kv, s) => ({
    ctx: "Python traceback with locals (crash report)",
    text: `Traceback (most recent call last):\n  File "/app/worker.py", line 88, in run\n    client.push(batch)\n  File "/app/clients/${section(s)}.py", line 41, in push\n    raise UpstreamError(resp.status_code)\nUpstreamError: 401\n\nLocals at frame push:\n    self = <${section(s)}.Client object at 0x7f3a2c1d9e50>\n${kv.map(([k, v]) => `    ${lower(k)} = '${v}'`).join("\n")}\n    batch = [<Event 1>, <Event 2>]\n`,
  }),
  // 30 Jupyter notebook
  (kv) => ({
    ctx: "Jupyter notebook cell source",
    text: JSON.stringify({
      cells: [
        { cell_type: "markdown", metadata: {}, source: ["## Setup\n"] },
        { cell_type: "code", execution_count: 2, metadata: {}, outputs: [], source: ["import os\n", ...kv.map(([k, v]) => `os.environ[\"${k}\"] = \"${v}\"\n`)] },
      ],
      metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
      nbformat: 4,
      nbformat_minor: 5,
    }, null, 1),
  }),
  // 31 SQL
  (kv, s) => ({
    ctx: "SQL seed insert",
    text: `-- seed integrations\nINSERT INTO integrations (tenant_id, provider, setting, value, created_at) VALUES\n${kv.map(([k, v], i) => `  (42, '${section(s)}', '${lower(k)}', '${v}', NOW())${i === kv.length - 1 ? ";" : ","}`).join("\n")}\n`,
  }),
  // 32 Markdown doc
  (kv, s) => ({
    ctx: "Markdown README setup section",
    text: `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the team's ${s.p} credentials:\n\n\`\`\`bash\n${kv.map(([k, v]) => `${k}=${v}`).join("\n")}\n\`\`\`\n\n3. Run \`make dev\`.\n`,
  }),
  // 33 unified diff
  (kv) => ({
    ctx: "unified diff adding config",
    text: `diff --git a/deploy/config.env b/deploy/config.env\nindex 3f2a1c4..9b8e7d0 100644\n--- a/deploy/config.env\n+++ b/deploy/config.env\n@@ -3,4 +3,${4 + kv.length} @@ REGION=us-east-1\n CACHE_TTL=300\n${kv.map(([k, v]) => `+${k}=${v}`).join("\n")}\n WORKERS=4\n`,
  }),
  // 34 chat message
  (kv, s) => ({
    ctx: "team chat message pasted into prompt",
    text: `[#backend] maria: can someone rotate later? for now use this for ${s.p}:\n${kv.map(([, v]) => v).join("\n")}\n[#backend] dev-bot: thanks, unblocked the staging deploy`,
  }),
  // 35 Kubernetes Secret stringData / Dockerfile
  (kv, s) => ({
    ctx: "Kubernetes Secret stringData",
    text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${section(s)}-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n${kv.map(([k, v]) => `  ${k}: "${v}"`).join("\n")}\n`,
  }),
  // 36 Dockerfile
  (kv) => ({
    ctx: "Dockerfile ENV",
    text: `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n${kv.map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nCOPY . .\nCMD ["node", "server.js"]\n`,
  }),
];

export const groupCat = (g: Group) => `heldouty29-sec-${g}`;
export const BENIGN_CAT = "heldouty29-benign";

/** Renders spec i `times(i)` times, rotating through the renderers (second render 17 further on). */
export function rotate(specs: Spec[], seed: number, idPrefix: string, times: (i: number) => number, start = 0): CorpusCase[] {
  const g = new Gen(seed);
  const out: CorpusCase[] = [];
  let n = 1;
  specs.forEach((s, i) => {
    for (let t = 0; t < times(i); t++) {
      const r = (start + i + t * 17) % RENDERERS.length;
      const kv: KV[] = [[s.env, s.mk(g)], ...(s.more ?? []).map(([k, f]): KV => [k, f(g)])];
      const { ctx, text } = RENDERERS[r]!(kv, s, g);
      out.push({
        id: `${idPrefix}-${String(n++).padStart(3, "0")}`,
        kind: "secrets",
        category: groupCat(s.g),
        label: "positive",
        text,
        note: `${s.p}; slot ${s.env}; ${ctx}`,
      });
    }
  });
  return out;
}

export function hand(idPrefix: string, items: { g: Group | "benign"; note: string; text: string }[]): CorpusCase[] {
  return items.map((c, i) => ({
    id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: c.g === "benign" ? BENIGN_CAT : groupCat(c.g),
    label: c.g === "benign" ? "benign" : "positive",
    text: c.text,
    note: c.note,
  }));
}

const BEARER_DEFAULT_RENDERER = 18;

/** Benign rotation: same renderers, values that are not secrets. */
export function rotateBenign(specs: Spec[], seed: number, idPrefix: string, start = 0): CorpusCase[] {
  const g = new Gen(seed);
  return specs.map((s, i) => {
    let r = (start + i * 5) % RENDERERS.length;
    if (r === BEARER_DEFAULT_RENDERER) r++; // its code sends the slot as a Bearer token
    const kv: KV[] = [[s.env, s.mk(g)], ...(s.more ?? []).map(([k, f]): KV => [k, f(g)])];
    const { ctx, text } = RENDERERS[r]!(kv, s, g);
    return {
      id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: BENIGN_CAT,
      label: "benign" as const,
      text,
      note: `benign: ${s.p}; slot ${s.env}; ${ctx}`,
    };
  });
}
