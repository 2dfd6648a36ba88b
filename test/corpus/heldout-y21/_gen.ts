// Shared generator for heldout-y21: seeded draws, token-part helpers and context renderers.
// Skipped by the loader (starts with "_", does not end in .cases.ts). Every credential-shaped
// value is assembled at run time from split prefixes and PRNG bodies; nothing literal lives here.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const UN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LN = "abcdefghijklmnopqrstuvwxyz0123456789";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const HX = "0123456789abcdef";
export const HU = "0123456789ABCDEF";
export const DG = "0123456789";
export const B64 = `${AN}+/`;
export const URL64 = `${AN}_-`;
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

/** Seeded stream with token-building shorthands. */
export class Gen extends SeededRng {
  /** n chars of alphabet (default alnum). */
  s(n: number, a: string = AN): string {
    return this.str(n, a);
  }
  h(n: number): string {
    return this.str(n, HX);
  }
  uuid(): string {
    const x = this.h(32);
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-4${x.slice(13, 16)}-${this.pick(["8", "9", "a", "b"])}${x.slice(17, 20)}-${x.slice(20, 32)}`;
  }
  b64(nBytes: number): string {
    return Buffer.from(this.bytes(nBytes)).toString("base64");
  }
  b64url(nBytes: number): string {
    return Buffer.from(this.bytes(nBytes)).toString("base64url");
  }
  /** A signed-looking JWT with the given payload. */
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(payload), this.b64url(alg.startsWith("HS") ? 32 : 256)].join(".");
  }
  /** PEM block with random DER-ish body. */
  pem(label: string, nBytes: number): string {
    const body = this.b64(nBytes).match(/.{1,64}/g)!.join("\n");
    const dashes = "-".repeat(5);
    return `${dashes}BEGIN ${label}${dashes}\n${body}\n${dashes}END ${label}${dashes}`;
  }
  ip(): string {
    return `10.${this.range(0, 255)}.${this.range(0, 255)}.${this.range(1, 254)}`;
  }
}

/** Join parts, so no literal prefix+body sits in source. */
export const j = (...p: string[]) => p.join("");

export type KV = [string, string][];
export interface Spec {
  g: string; // group
  p: string; // provider / credential type
  kv: KV; // first entry is the primary slot
  hdr?: string; // header name when rendered as an HTTP header (default Authorization: Bearer)
}

// ---- naming helpers -------------------------------------------------------------------------
const words = (k: string) => k.toLowerCase().split(/[_.\-]+/).filter(Boolean);
export const snake = (k: string) => words(k).join("_");
export const camel = (k: string) => words(k).map((w, i) => (i ? w[0]!.toUpperCase() + w.slice(1) : w)).join("");
export const pascal = (k: string) => words(k).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
export const kebab = (k: string) => words(k).join("-");
export const dotted = (k: string) => words(k).join(".");
const hdrName = (k: string) => "X-" + words(k).map((w) => w[0]!.toUpperCase() + w.slice(1)).join("-");

const FILLER: KV = [
  ["NODE_ENV", "production"],
  ["LOG_LEVEL", "info"],
  ["PORT", "8080"],
  ["APP_NAME", "orders-api"],
  ["REGION", "eu-west-1"],
  ["FEATURE_FLAGS", "beta_checkout,new_nav"],
  ["DB_POOL_SIZE", "10"],
  ["TZ", "UTC"],
];
const filler = (r: Gen, n: number): KV => {
  const out: KV = [];
  const start = r.int(FILLER.length);
  for (let i = 0; i < n; i++) out.push(FILLER[(start + i) % FILLER.length]!);
  return out;
};
const withFill = (kv: KV, r: Gen): KV => {
  const f = filler(r, 3);
  return [f[0]!, ...kv, f[1]!, f[2]!];
};
const envText = (kv: KV) => kv.map(([k, v]) => `${k}=${v}`).join("\n");
const MODELS = ["gpt-4.1", "gpt-4o", "o4-mini", "gpt-5"];
const CLAUDE = ["claude-sonnet-4-5", "claude-opus-4-1", "claude-3-7-sonnet-latest"];
const HOSTS = ["api.internal.acme.dev", "svc.example-corp.io", "gateway.shopfront.net", "backend.tallyapp.co"];

/** Header line for a value: default Bearer; "Name" -> "Name: v"; "Name: Scheme" -> "Name: Scheme v"; trailing "=" -> glued. */
export const hdrLine = (v: string, hdr?: string): string =>
  !hdr ? `Authorization: Bearer ${v}` : hdr.endsWith("=") ? `${hdr}${v}` : hdr.includes(":") ? `${hdr} ${v}` : `${hdr}: ${v}`;

export interface Renderer {
  name: string;
  /** false when the renderer puts the value in an auth slot (skip for benign look-alikes). */
  benignOk: boolean;
  fn: (kv: KV, r: Gen, hdr?: string) => string;
}

export const RENDERERS: Renderer[] = [
  {
    name: "OpenAI chat body with pasted .env (JSON-escaped)",
    benignOk: true,
    fn: (kv, r) =>
      JSON.stringify({
        model: r.pick(MODELS),
        messages: [
          { role: "system", content: "You are a coding assistant working in the user's repository." },
          { role: "user", content: `why does the app crash on boot? here is my .env:\n\n${envText(withFill(kv, r))}\n\nthanks` },
        ],
        temperature: 0.2,
      }),
  },
  {
    name: "Anthropic messages body with pasted docker-compose.yml",
    benignOk: true,
    fn: (kv, r) =>
      JSON.stringify({
        model: r.pick(CLAUDE),
        max_tokens: 4096,
        messages: [
          {
            role: "user",
            content: [
              {
                type: "text",
                text: `Can you add a healthcheck to this compose file?\n\n\`\`\`yaml\nservices:\n  api:\n    image: ghcr.io/acme/api:1.14.2\n    ports:\n      - "8080:8080"\n    environment:\n${kv.map(([k, v]) => `      ${k}: "${v}"`).join("\n")}\n      LOG_LEVEL: info\n    depends_on:\n      - db\n\`\`\``,
              },
            ],
          },
        ],
      }),
  },
  {
    name: "Anthropic tool_use write_file .env.local",
    benignOk: true,
    fn: (kv, r) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll create the local env file with the values you gave me." },
          { type: "tool_use", id: `toolu_01${r.s(22)}`, name: "write_file", input: { path: ".env.local", content: envText(withFill(kv, r)) + "\n" } },
        ],
      }),
  },
  {
    name: "OpenAI tool_calls shell export (double-escaped arguments)",
    benignOk: true,
    fn: (kv, r) =>
      JSON.stringify({
        role: "assistant",
        tool_calls: [
          {
            id: `call_${r.s(24)}`,
            type: "function",
            function: {
              name: "run_shell",
              arguments: JSON.stringify({ command: `${kv.map(([k, v]) => `export ${k}="${v}"`).join(" && ")} && npm run migrate`, timeout: 120 }),
            },
          },
        ],
      }),
  },
  {
    name: "MCP tool result echoing cat config.json",
    benignOk: true,
    fn: (kv, r) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: r.range(2, 90),
        result: {
          content: [{ type: "text", text: JSON.stringify(Object.fromEntries([["service", "billing"], ...kv.map(([k, v]) => [camel(k), v]), ["retries", 3]]), null, 2) }],
          isError: false,
        },
      }),
  },
  {
    name: "curl with auth header",
    benignOk: false,
    fn: (kv, r, hdr) => {
      const [k0, v0] = kv[0]!;
      const h = hdrLine(v0, hdr);
      const extra = kv.slice(1).map(([k, v]) => ` \\\n  -H '${hdrName(k)}: ${v}'`).join("");
      return `$ curl -sS -X POST https://${r.pick(HOSTS)}/v1/${kebab(k0).split("-")[0]}/sync \\\n  -H '${h}'${extra} \\\n  -H 'Content-Type: application/json' \\\n  -d '{"dry_run":false}'`;
    },
  },
  {
    name: "raw HTTP request headers",
    benignOk: false,
    fn: (kv, r, hdr) => {
      const [, v0] = kv[0]!;
      const h = hdrLine(v0, hdr);
      return [
        `GET /api/v2/projects?page=${r.range(1, 9)} HTTP/1.1`,
        `Host: ${r.pick(HOSTS)}`,
        "User-Agent: node-fetch/3.3.2",
        "Accept: application/json",
        h,
        ...kv.slice(1).map(([k, v]) => `${hdrName(k)}: ${v}`),
        `X-Request-Id: ${r.uuid()}`,
        "",
        "",
      ].join("\r\n");
    },
  },
  {
    name: "URL query string in fetch log",
    benignOk: true,
    fn: (kv, r) =>
      `[${new Date(1760000000000 + r.int(9e8)).toISOString()}] fetch GET https://${r.pick(HOSTS)}/v1/export?${kv.map(([k, v]) => `${snake(k)}=${encodeURIComponent(v)}`).join("&")}&format=csv -> 200 (${r.range(40, 900)}ms)`,
  },
  {
    name: "form-urlencoded POST body",
    benignOk: true,
    fn: (kv, r) =>
      [
        "POST /oauth/token HTTP/1.1",
        `Host: ${r.pick(HOSTS)}`,
        "Content-Type: application/x-www-form-urlencoded",
        "",
        ["grant_type=client_credentials", ...kv.map(([k, v]) => `${snake(k)}=${encodeURIComponent(v)}`), "scope=read%3Aall"].join("&"),
      ].join("\n"),
  },
  {
    name: "multipart/form-data upload",
    benignOk: true,
    fn: (kv, r) => {
      const b = `----WebKitFormBoundary${r.s(16)}`;
      const parts = kv.map(([k, v]) => `--${b}\r\nContent-Disposition: form-data; name="${snake(k)}"\r\n\r\n${v}\r\n`).join("");
      return `POST /upload HTTP/1.1\r\nHost: ${r.pick(HOSTS)}\r\nContent-Type: multipart/form-data; boundary=${b}\r\n\r\n${parts}--${b}\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\r\n1,42\r\n--${b}--\r\n`;
    },
  },
  {
    name: "JSON request body",
    benignOk: true,
    fn: (kv, r) =>
      `POST /v1/integrations HTTP/1.1\nHost: ${r.pick(HOSTS)}\nContent-Type: application/json\n\n` +
      JSON.stringify({ name: "nightly-sync", enabled: true, credentials: Object.fromEntries(kv.map(([k, v]) => [snake(k), v])) }, null, 2),
  },
  { name: ".env file", benignOk: true, fn: (kv, r) => `# ${r.pick(["production", "staging"])} settings\n${envText(withFill(kv, r))}\n` },
  {
    name: "YAML application config",
    benignOk: true,
    fn: (kv, r) =>
      `app:\n  name: ${filler(r, 1)[0]![1]}\n  port: 8080\nintegrations:\n${kv.map(([k, v]) => `  ${snake(k)}: ${JSON.stringify(v)}`).join("\n")}\nlogging:\n  level: info\n`,
  },
  {
    name: "TOML config",
    benignOk: true,
    fn: (kv, r) => `[server]\nhost = "0.0.0.0"\nport = ${r.range(3000, 9000)}\n\n[credentials]\n${kv.map(([k, v]) => `${snake(k)} = "${v}"`).join("\n")}\ntimeout_secs = 30\n`,
  },
  {
    name: "INI config",
    benignOk: true,
    fn: (kv) => `[default]\nregion = eu-central-1\noutput = json\n\n[service]\n${kv.map(([k, v]) => `${snake(k)} = ${v}`).join("\n")}\nretries = 5\n`,
  },
  {
    name: "Java .properties",
    benignOk: true,
    fn: (kv) => `spring.application.name=inventory\nserver.port=8081\n${kv.map(([k, v]) => `app.${dotted(k)}=${v}`).join("\n")}\nspring.jpa.open-in-view=false\n`,
  },
  {
    name: "JSON config file",
    benignOk: true,
    fn: (kv) => JSON.stringify({ $schema: "./config.schema.json", env: "production", secrets: Object.fromEntries(kv.map(([k, v]) => [camel(k), v])), cache: { ttl: 300 } }, null, 2),
  },
  {
    name: "Terraform HCL variables",
    benignOk: true,
    fn: (kv) => `# terraform.tfvars\nenvironment = "prod"\ninstance_count = 3\n${kv.map(([k, v]) => `${snake(k)} = "${v}"`).join("\n")}\ntags = { team = "platform" }\n`,
  },
  {
    name: "XML appsettings",
    benignOk: true,
    fn: (kv) =>
      `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${kv.map(([k, v]) => `    <add key="${pascal(k)}" value="${v}" />`).join("\n")}\n  </appSettings>\n</configuration>\n`,
  },
  {
    name: "Python module constants / env default",
    benignOk: true,
    fn: (kv) =>
      `import os\nimport requests\n\n${kv.map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`).join("\n")}\n\n\ndef client():\n    s = requests.Session()\n    s.headers["User-Agent"] = "sync/1.0"\n    return s\n`,
  },
  {
    name: "TypeScript SDK constructor",
    benignOk: true,
    fn: (kv) =>
      `import { Client } from "./client";\n\nexport const client = new Client({\n${kv.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n  timeoutMs: 10_000,\n});\n`,
  },
  {
    name: "Go config struct literal",
    benignOk: true,
    fn: (kv) =>
      `package config\n\nvar Default = Config{\n${kv.map(([k, v]) => `\t${pascal(k)}: "${v}",`).join("\n")}\n\tTimeout: 30 * time.Second,\n}\n`,
  },
  {
    name: "Java static final constants",
    benignOk: true,
    fn: (kv) =>
      `package com.acme.sync;\n\npublic final class Settings {\n${kv.map(([k, v]) => `    public static final String ${k.toUpperCase().replace(/[.\-]/g, "_")} = "${v}";`).join("\n")}\n    private Settings() {}\n}\n`,
  },
  {
    name: "C# options initialiser",
    benignOk: true,
    fn: (kv) =>
      `var options = new IntegrationOptions\n{\n${kv.map(([k, v]) => `    ${pascal(k)} = "${v}",`).join("\n")}\n    RetryCount = 3,\n};\nservices.AddSingleton(options);\n`,
  },
  {
    name: "Ruby initializer",
    benignOk: true,
    fn: (kv) => `# config/initializers/integrations.rb\nRails.application.configure do\n${kv.map(([k, v]) => `  config.x.${snake(k)} = ENV.fetch("${k}", "${v}")`).join("\n")}\nend\n`,
  },
  {
    name: "PHP config array",
    benignOk: true,
    fn: (kv) => `<?php\n\nreturn [\n    'driver' => 'http',\n${kv.map(([k, v]) => `    '${snake(k)}' => env('${k}', '${v}'),`).join("\n")}\n    'timeout' => 15,\n];\n`,
  },
  {
    name: "Rust test fixture",
    benignOk: true,
    fn: (kv) =>
      `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn builds_client() {\n${kv.map(([k, v]) => `        let ${snake(k)} = "${v}";`).join("\n")}\n        let c = Client::new(${snake(kv[0]![0])});\n        assert!(c.is_ok());\n    }\n}\n`,
  },
  {
    name: "GitHub Actions CI log",
    benignOk: true,
    fn: (kv, r) => {
      const t = (i: number) => `2026-11-${String(r.range(10, 28)).padStart(2, "0")}T0${i}:1${i}:${String(r.range(10, 59))}.${r.s(7, DG)}Z`;
      return [
        `${t(1)} ##[group]Run ./scripts/deploy.sh`,
        `${t(1)} ./scripts/deploy.sh`,
        `${t(2)} shell: /usr/bin/bash -e {0}`,
        `${t(2)} env:`,
        ...kv.map(([k, v]) => `${t(2)}   ${k}: ${v}`),
        `${t(3)} ##[endgroup]`,
        `${t(3)} + set -x`,
        `${t(4)} Deploying revision ${r.h(40)} to production`,
        `${t(5)} Error: deploy failed with exit code 1`,
      ].join("\n");
    },
  },
  {
    name: "shell history",
    benignOk: true,
    fn: (kv, r) =>
      [
        `  ${r.range(400, 900)}  git pull --rebase`,
        "  cd services/api",
        ...kv.map(([k, v]) => `  export ${k}=${v}`),
        "  npm run dev",
        "  history | tail -20",
      ]
        .map((l, i) => (i > 0 ? `  ${String(r.range(900, 999))}${l}` : l))
        .join("\n"),
  },
  {
    name: "Python crash report with locals",
    benignOk: true,
    fn: (kv, r) =>
      [
        "Traceback (most recent call last):",
        `  File "/app/worker/sync.py", line ${r.range(40, 300)}, in run`,
        "    resp = client.push(batch)",
        '  File "/app/.venv/lib/python3.12/site-packages/httpx/_client.py", line 1014, in send',
        "    raise exc",
        "httpx.ConnectTimeout: timed out",
        "",
        "Locals at frame run:",
        "    batch = <list len=250>",
        ...kv.map(([k, v]) => `    ${snake(k)} = '${v}'`),
        `    attempt = ${r.range(1, 5)}`,
      ].join("\n"),
  },
  {
    name: "Jupyter notebook cell JSON",
    benignOk: true,
    fn: (kv, r) =>
      JSON.stringify(
        {
          cells: [
            { cell_type: "markdown", metadata: {}, source: ["# Exploring the export\n"] },
            {
              cell_type: "code",
              execution_count: r.range(1, 30),
              metadata: {},
              outputs: [],
              source: ["import os\n", ...kv.map(([k, v]) => `os.environ["${k}"] = "${v}"\n`), "df = load_export()\n"],
            },
          ],
          metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
          nbformat: 4,
          nbformat_minor: 5,
        },
        null,
        1,
      ),
  },
  {
    name: "SQL seed insert",
    benignOk: true,
    fn: (kv, r) =>
      `-- seed integrations\nINSERT INTO integration_settings (tenant_id, name, value, updated_at) VALUES\n${kv.map(([k, v]) => `  (${r.range(1, 400)}, '${snake(k)}', '${v}', now())`).join(",\n")};\n`,
  },
  {
    name: "Markdown setup doc",
    benignOk: true,
    fn: (kv) =>
      `## Local setup\n\n1. Copy the values below into your shell (these are the shared team values):\n\n\`\`\`bash\n${kv.map(([k, v]) => `export ${k}="${v}"`).join("\n")}\n\`\`\`\n\n2. Run \`make dev\` and open http://localhost:3000.\n`,
  },
  {
    name: "unified diff adding config",
    benignOk: true,
    fn: (kv, r) =>
      `diff --git a/config/settings.yml b/config/settings.yml\nindex ${r.h(7)}..${r.h(7)} 100644\n--- a/config/settings.yml\n+++ b/config/settings.yml\n@@ -12,6 +12,${6 + kv.length} @@ integrations:\n   enabled: true\n   timeout: 30\n${kv.map(([k, v]) => `+  ${snake(k)}: ${v}`).join("\n")}\n   retries: 3\n`,
  },
  {
    name: "chat message to agent",
    benignOk: true,
    fn: (kv, r) =>
      JSON.stringify({
        model: r.pick(CLAUDE),
        max_tokens: 2048,
        messages: [
          { role: "user", content: `ok the staging creds are ${kv.map(([k, v]) => `${k} ${v}`).join(" and ")} — can you wire them into the sync job and rerun it?` },
        ],
      }),
  },
  {
    name: "docker run -e",
    benignOk: true,
    fn: (kv, r) => `docker run -d --name worker --restart unless-stopped \\\n${kv.map(([k, v]) => `  -e ${k}=${v} \\\n`).join("")}  -p ${r.range(3000, 9000)}:8080 ghcr.io/acme/worker:${r.range(1, 9)}.${r.range(0, 20)}.0`,
  },
  {
    name: "Kubernetes Secret stringData",
    benignOk: true,
    fn: (kv) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n${kv.map(([k, v]) => `  ${k}: "${v}"`).join("\n")}\n`,
  },
  {
    name: "pytest fixture",
    benignOk: true,
    fn: (kv) =>
      `import pytest\n\n\n@pytest.fixture\ndef live_settings(monkeypatch):\n${kv.map(([k, v]) => `    monkeypatch.setenv("${k}", "${v}")`).join("\n")}\n    yield\n`,
  },
];

/** Render specs through the rotating renderers. */
export function renderAll(
  specs: Spec[],
  opts: { prefix: string; category: (g: string) => string; label: "positive" | "benign"; r: Gen; start?: number; offset?: number },
): CorpusCase[] {
  const pool = opts.label === "benign" ? RENDERERS.filter((x) => x.benignOk) : RENDERERS;
  let n = opts.start ?? 1;
  return specs.map((s, i) => {
    const rd = pool[(i + (opts.offset ?? 0)) % pool.length]!;
    const id = `${opts.prefix}-${String(n++).padStart(3, "0")}`;
    return {
      id,
      kind: "secrets" as const,
      category: opts.category(s.g),
      label: opts.label,
      text: rd.fn(s.kv, opts.r, s.hdr),
      note: `${s.p}; slot ${s.kv[0]![0]}${s.hdr && !rd.benignOk ? ` (${s.hdr} header)` : !rd.benignOk ? " (Bearer header)" : ""}; context: ${rd.name}`,
    };
  });
}

export const posCat = (g: string) => `heldouty21-sec-${g}`;
export const BENIGN = "heldouty21-benign";
