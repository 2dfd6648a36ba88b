// Shared generator for heldout-y14: a seeded stream, token-shape helpers and the context
// renderers every token is rotated through. Skipped by the loader (leading underscore).
// Nothing credential-shaped is written literally: prefixes are split and bodies are drawn at run
// time from mulberry32 with a fixed seed per file.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const A = UP + LO + DG;
export const H = "0123456789abcdef";
export const HU = "0123456789ABCDEF";
export const U = A + "_-";
export const B = A + "+/";
export const L = LO + DG;
export const UD = UP + DG;

export class Rng extends SeededRng {
  s(n: number, alpha = A): string {
    return this.str(n, alpha);
  }
  hex(n: number): string {
    return this.str(n, H);
  }
  uuid(): string {
    return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-");
  }
  /** base64 of n random bytes (standard alphabet, padded). */
  b64(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64");
  }
  b64url(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64url");
  }
  digits(n: number): string {
    return this.pick(["1", "2", "3", "4", "5", "6", "7", "8", "9"]) + this.str(n - 1, DG);
  }
  /** A JWT with a real JSON header/payload and a random signature. */
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(payload), this.b64url(32)].join(".");
  }
  /** A PEM block of random DER-ish base64 (64-char lines). */
  pem(label: string, bytes: number): string {
    const body = this.b64(bytes).replace(/(.{64})/g, "$1\n").trimEnd();
    const dash = "-".repeat(5);
    return `${dash}BEGIN ${label}${dash}\n${body}\n${dash}END ${label}${dash}`;
  }
}

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";
export type Ent = [string, string][];

export interface Tok {
  g: Group;
  /** Provider and credential name, for the note. */
  p: string;
  /** Entries; the last one is the secret used by the HTTP renderers. */
  mk: (r: Rng) => Ent;
  /** Header name; the header value is `${scheme}${value}`. Default Authorization / "Bearer ". */
  hdr?: string;
  scheme?: string;
  /** Basic auth user (the header carries base64(user:secret)). */
  basic?: string;
  host?: string;
  /** Query parameter name for the query-string renderers. */
  q?: string;
  /** Only config/code renderers (URLs, multi-value credentials, non-HTTP secrets). */
  slot?: boolean;
  /** Number of cases (rotated through different contexts). */
  n?: number;
}

/** One-entry token helper. */
export const one = (env: string, f: (r: Rng) => string) => (r: Rng): Ent => [[env, f(r)]];

const lower = (k: string) => k.toLowerCase();
const camel = (k: string) => k.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const kebab = (k: string) => k.toLowerCase().replace(/_/g, "-");
const slug = (p: string) => p.toLowerCase().split(/[ (/]/)[0]!.replace(/[^a-z0-9]/g, "");
const hostOf = (t: Tok) => t.host ?? `api.${slug(t.p)}.com`;
const envLines = (e: Ent) => e.map(([k, v]) => `${k}=${v}`).join("\n");
const last = (e: Ent) => e[e.length - 1]!;
function authHeader(t: Tok, v: string): [string, string] {
  if (t.basic !== undefined) return ["Authorization", "Basic " + Buffer.from(t.basic === "" ? `${v}:` : `${t.basic}:${v}`).toString("base64")];
  return [t.hdr ?? "Authorization", (t.scheme ?? (t.hdr ? "" : "Bearer ")) + v];
}

interface Renderer {
  name: string;
  http?: boolean;
  nobenign?: boolean;
  f: (t: Tok, e: Ent, r: Rng) => string;
}

const ts = (r: Rng) => `2026-11-${String(r.range(10, 28))}T${String(r.range(10, 23))}:${String(r.range(10, 59))}:${String(r.range(10, 59))}.${r.s(3, DG)}Z`;

export const RENDERERS: Renderer[] = [
  {
    name: "dotenv file",
    f: (_t, e) => `# .env.production\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${envLines(e)}\nFEATURE_FLAGS=search,billing\n`,
  },
  {
    name: "OpenAI chat body, user pastes .env (JSON-escaped)",
    f: (_t, e) =>
      JSON.stringify(
        {
          model: "gpt-4.1",
          temperature: 0.2,
          messages: [
            { role: "system", content: "You are a coding assistant working in the user's repository." },
            { role: "user", content: `The server exits right after start. Here is my .env, what is wrong?\n\n\`\`\`\nDATABASE_POOL=10\n${envLines(e)}\nREDIS_TTL=300\n\`\`\`` },
          ],
        },
        null,
        2,
      ),
  },
  {
    name: "Anthropic messages body, pasted docker-compose.yml",
    f: (_t, e) =>
      JSON.stringify({
        model: "claude-sonnet-4-5",
        max_tokens: 4096,
        messages: [
          {
            role: "user",
            content: [
              {
                type: "text",
                text: `can you add a healthcheck to this compose file?\n\nservices:\n  api:\n    build: .\n    ports:\n      - "3000:3000"\n    environment:\n${e.map(([k, v]) => `      - ${k}=${v}`).join("\n")}\n      - TZ=UTC\n    depends_on:\n      - db\n`,
              },
            ],
          },
        ],
      }),
  },
  {
    name: "Anthropic tool_use write_file (.env.local)",
    f: (_t, e, r) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll create the local env file with the values you gave me." },
          { type: "tool_use", id: "toolu_01" + r.s(22), name: "write_file", input: { path: ".env.local", content: `${envLines(e)}\nDEBUG=false\n` } },
        ],
      }),
  },
  {
    name: "OpenAI tool_calls shell command (double-escaped arguments)",
    f: (_t, e, r) =>
      JSON.stringify({
        role: "assistant",
        content: null,
        tool_calls: [
          {
            id: "call_" + r.s(24),
            type: "function",
            function: { name: "run_shell", arguments: JSON.stringify({ command: `${e.map(([k, v]) => `export ${k}="${v}"`).join(" && ")} && npm run deploy -- --env staging`, timeout: 120 }) },
          },
        ],
      }),
  },
  {
    name: "MCP tool result echoing a YAML config",
    f: (t, e, r) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: r.range(2, 90),
        result: {
          content: [{ type: "text", text: `$ cat config/settings.yaml\n${slug(t.p)}:\n${e.map(([k, v]) => `  ${lower(k)}: "${v}"`).join("\n")}\n  timeout_ms: 5000\nlogging:\n  level: info\n` }],
          isError: false,
        },
      }),
  },
  {
    name: "shell history",
    f: (_t, e, r) => {
      let n = r.range(300, 900);
      const lines = ["cd ~/src/backend", "git pull --rebase", ...e.map(([k, v]) => `export ${k}='${v}'`), "make run", "history | tail"];
      return lines.map((l) => `  ${n++}  ${l}`).join("\n") + "\n";
    },
  },
  {
    name: "docker run -e",
    f: (_t, e) => `docker run -d --name api --restart unless-stopped \\\n${e.map(([k, v]) => `  -e ${k}=${v} \\`).join("\n")}\n  -p 8080:8080 ghcr.io/acme/api:2.3.1\n`,
  },
  {
    name: "YAML app config",
    f: (t, e) => `# config/production.yml\nserver:\n  port: 8080\n  host: 0.0.0.0\nintegrations:\n  ${slug(t.p)}:\n    enabled: true\n${e.map(([k, v]) => `    ${lower(k)}: ${v}`).join("\n")}\n    retries: 3\n`,
  },
  {
    name: "TOML config",
    f: (t, e) => `[server]\nbind = "0.0.0.0:8080"\n\n[${slug(t.p)}]\n${e.map(([k, v]) => `${lower(k)} = "${v}"`).join("\n")}\ntimeout = 30\n`,
  },
  {
    name: "INI config",
    f: (t, e) => `; settings.ini\n[general]\nenv = production\n\n[${slug(t.p)}]\n${e.map(([k, v]) => `${lower(k)} = ${v}`).join("\n")}\nverify_ssl = true\n`,
  },
  {
    name: "Java .properties",
    f: (t, e) => `# application-prod.properties\nserver.port=8080\nspring.jpa.hibernate.ddl-auto=validate\n${e.map(([k, v]) => `app.${slug(t.p)}.${kebab(k)}=${v}`).join("\n")}\nlogging.level.root=INFO\n`,
  },
  {
    name: "JSON config file",
    f: (t, e) => JSON.stringify({ name: "billing-worker", version: "1.8.0", [slug(t.p)]: Object.fromEntries(e.map(([k, v]) => [camel(k), v])), queue: { concurrency: 4 } }, null, 2),
  },
  {
    name: "Terraform tfvars (HCL)",
    f: (_t, e) => `# terraform.tfvars\nregion      = "eu-west-1"\nenvironment = "prod"\n${e.map(([k, v]) => `${lower(k)} = "${v}"`).join("\n")}\ninstance_count = 3\n`,
  },
  {
    name: "XML app.config",
    f: (_t, e) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${e.map(([k, v]) => `    <add key="${k}" value="${v}" />`).join("\n")}\n  </appSettings>\n</configuration>\n`,
  },
  {
    name: "Python SDK constructor with env default",
    f: (t, e) => `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\n${e.map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`).join("\n")}\n\n\ndef make_client():\n    return ${slug(t.p)}.Client(${lower(last(e)[0])}=${last(e)[0]}, timeout=30)\n`,
  },
  {
    name: "TypeScript SDK constructor with env fallback",
    f: (t, e) => `import { Client } from "@${slug(t.p)}/sdk";\n\nexport const client = new Client({\n${e.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n  retries: 2,\n});\n`,
  },
  {
    name: "Go config defaults",
    f: (_t, e) => `package config\n\nimport "os"\n\nfunc getenv(k, def string) string {\n\tif v := os.Getenv(k); v != "" {\n\t\treturn v\n\t}\n\treturn def\n}\n\nvar (\n${e.map(([k, v]) => `\t${camel(k)} = getenv("${k}", "${v}")`).join("\n")}\n)\n`,
  },
  {
    name: "Java constants",
    f: (t, e) => `package com.acme.integrations;\n\npublic final class ${slug(t.p).replace(/^./, (c) => c.toUpperCase())}Config {\n${e.map(([k, v]) => `    static final String ${k} = "${v}";`).join("\n")}\n    static final int TIMEOUT_SECONDS = 30;\n}\n`,
  },
  {
    name: "C# options",
    f: (_t, e) => `using System;\n\nnamespace Acme.Api;\n\npublic static class Secrets\n{\n${e.map(([k, v]) => `    public static string ${camel(k).replace(/^./, (c) => c.toUpperCase())} =>\n        Environment.GetEnvironmentVariable("${k}") ?? "${v}";`).join("\n")}\n}\n`,
  },
  {
    name: "Ruby initializer",
    f: (t, e) => `# config/initializers/${slug(t.p)}.rb\n${slug(t.p).replace(/^./, (c) => c.toUpperCase())}.configure do |config|\n${e.map(([k, v]) => `  config.${lower(k)} = ENV.fetch("${k}", "${v}")`).join("\n")}\n  config.open_timeout = 5\nend\n`,
  },
  {
    name: "PHP Laravel config",
    f: (t, e) => `<?php\n\n// config/services.php\nreturn [\n    '${slug(t.p)}' => [\n${e.map(([k, v]) => `        '${lower(k)}' => env('${k}', '${v}'),`).join("\n")}\n    ],\n];\n`,
  },
  {
    name: "Rust env fallback",
    f: (_t, e) => `fn load() -> Settings {\n    Settings {\n${e.map(([k, v]) => `        ${lower(k)}: std::env::var("${k}").unwrap_or_else(|_| "${v}".to_string()),`).join("\n")}\n        port: 8080,\n    }\n}\n`,
  },
  {
    name: "GitHub Actions log with set -x",
    f: (_t, e, r) => {
      const t0 = ts(r);
      return `${t0} ##[group]Run ./scripts/deploy.sh\n${t0} ./scripts/deploy.sh\n${t0} shell: /usr/bin/bash -e {0}\n${t0} ##[endgroup]\n${e.map(([k, v]) => `${t0} + export ${k}=${v}`).join("\n")}\n${t0} + ./bin/release --region eu-west-1\n${t0} release: uploading artifacts (12 files)\n`;
    },
  },
  {
    name: "GitLab CI job log, printenv",
    f: (_t, e, r) => `Running with gitlab-runner 17.5.1 (${r.hex(8)})\n  on docker-runner-3 ${r.s(8)}, system ID: s_${r.hex(12)}\n$ printenv | sort | grep -v PATH\nCI=true\nCI_COMMIT_REF_NAME=main\n${envLines(e)}\nHOME=/root\n$ ./gradlew publish\n`,
  },
  {
    name: "Python crash report with locals",
    f: (t, e) => `Traceback (most recent call last):\n  File "/app/worker/sync.py", line 88, in run\n    resp = session.post(url, headers=headers, timeout=10)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\n    return self.request("POST", url, data=data, json=json, **kwargs)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${hostOf(t)}', port=443): Max retries exceeded\n\nLocals at frame run:\n    url = 'https://${hostOf(t)}/v1/sync'\n    settings = {${e.map(([k, v]) => `'${lower(k)}': '${v}'`).join(", ")}, 'batch': 100}\n    attempt = 3\n`,
  },
  {
    name: "Jupyter notebook cell",
    f: (t, e) =>
      JSON.stringify(
        {
          cells: [
            { cell_type: "markdown", metadata: {}, source: ["## Pull data\n"] },
            { cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", ...e.map(([k, v]) => `os.environ["${k}"] = "${v}"\n`), `client = ${slug(t.p)}.Client()\n`] },
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
    nobenign: true,
    f: (t, e, r) => `-- seed integrations for tenant ${r.range(10, 999)}\nINSERT INTO integration_credentials (tenant_id, provider, name, secret_value, created_at)\nVALUES\n${e.map(([k, v], i) => `  (${r.range(10, 999)}, '${slug(t.p)}', '${lower(k)}', '${v}', NOW())${i === e.length - 1 ? ";" : ","}`).join("\n")}\n`,
  },
  {
    name: "Markdown setup doc",
    nobenign: true,
    f: (t, e) => `## Local setup\n\n1. Copy the staging credentials below into your shell.\n2. Run \`make dev\`.\n\n\`\`\`bash\n${e.map(([k, v]) => `export ${k}=${v}`).join("\n")}\n\`\`\`\n\nThe ${t.p} account is shared by the whole team; ask in #platform before rotating.\n`,
  },
  {
    name: "git diff of a config file",
    f: (t, e, r) => `diff --git a/deploy/values-prod.yaml b/deploy/values-prod.yaml\nindex ${r.hex(7)}..${r.hex(7)} 100644\n--- a/deploy/values-prod.yaml\n+++ b/deploy/values-prod.yaml\n@@ -12,6 +12,${6 + e.length} @@ env:\n   LOG_LEVEL: info\n   REGION: eu-west-1\n${e.map(([k, v]) => `+  ${k}: "${v}"`).join("\n")}\n   # ${t.p}\n   WORKERS: "4"\n`,
  },
  {
    name: "chat message handing the agent a credential",
    nobenign: true,
    f: (t, e) =>
      JSON.stringify({
        model: "claude-opus-4-1",
        max_tokens: 2048,
        messages: [
          { role: "user", content: `ok here are the staging creds (${t.p}):\n${e.map(([k, v]) => `${k}: ${v}`).join("\n")}\nplease wire them into the integration test and run it` },
        ],
      }),
  },
  {
    name: "Kubernetes Secret stringData",
    nobenign: true,
    f: (t, e) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${slug(t.p)}-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n${e.map(([k, v]) => `  ${k}: "${v}"`).join("\n")}\n`,
  },
  {
    name: "Dockerfile ENV",
    f: (_t, e) => `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\n${e.map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nEXPOSE 3000\nCMD ["node", "dist/server.js"]\n`,
  },
  {
    name: "pytest fixture",
    f: (t, e) => `import pytest\n\n\n@pytest.fixture(scope="session")\ndef ${slug(t.p)}_client():\n    return ${slug(t.p)}.Client(\n${e.map(([k, v]) => `        ${lower(k)}="${v}",`).join("\n")}\n    )\n\n\ndef test_ping(${slug(t.p)}_client):\n    assert ${slug(t.p)}_client.ping().ok\n`,
  },
  {
    name: "Jest test setup",
    f: (_t, e) => `// test/setup.ts\nbeforeAll(() => {\n${e.map(([k, v]) => `  process.env.${k} = "${v}";`).join("\n")}\n  jest.setTimeout(20000);\n});\n`,
  },
  // HTTP renderers (token's last entry goes in a header / query / body).
  {
    name: "curl with auth header",
    http: true,
    f: (t, e) => {
      const [h, v] = authHeader(t, last(e)[1]);
      return `curl -sS -X POST 'https://${hostOf(t)}/v1/jobs' \\\n  -H '${h}: ${v}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"name":"nightly-sync","dry_run":false}'\n`;
    },
  },
  {
    name: "raw HTTP request headers",
    http: true,
    f: (t, e, r) => {
      const [h, v] = authHeader(t, last(e)[1]);
      return `GET /v2/account HTTP/1.1\r\nHost: ${hostOf(t)}\r\nUser-Agent: python-httpx/0.27.2\r\nAccept: application/json\r\n${h}: ${v}\r\nX-Request-Id: ${r.uuid()}\r\n\r\n`;
    },
  },
  {
    name: "URL query string in an access log",
    http: true,
    f: (t, e, r) => `${ts(r)} INFO  http.client GET https://${hostOf(t)}/v1/search?q=status%3Aopen&${t.q ?? "api_key"}=${encodeURIComponent(last(e)[1])}&page=2 -> 200 (${r.range(40, 900)}ms)\n`,
  },
  {
    name: "form-urlencoded POST body",
    nobenign: true,
    http: true,
    f: (t, e) => `POST /oauth/token HTTP/1.1\nHost: ${hostOf(t)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=read%20write&${t.q ?? "api_key"}=${encodeURIComponent(last(e)[1])}\n`,
  },
  {
    name: "multipart upload",
    http: true,
    f: (t, e, r) => {
      const bd = "----WebKitFormBoundary" + r.s(16);
      return `POST /v1/files HTTP/1.1\nHost: ${hostOf(t)}\nContent-Type: multipart/form-data; boundary=${bd}\n\n--${bd}\nContent-Disposition: form-data; name="${t.q ?? "api_key"}"\n\n${last(e)[1]}\n--${bd}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,20.00\n--${bd}--\n`;
    },
  },
  {
    name: "devtools Copy as fetch",
    http: true,
    f: (t, e) => {
      const [h, v] = authHeader(t, last(e)[1]);
      return `await fetch("https://${hostOf(t)}/v1/events", {\n  "headers": {\n    "accept": "application/json",\n    "${h.toLowerCase()}": "${v}",\n    "content-type": "application/json"\n  },\n  "body": "{\\"event\\":\\"signup\\",\\"props\\":{\\"plan\\":\\"pro\\"}}",\n  "method": "POST"\n});\n`;
    },
  },
  {
    name: "JSON request body",
    nobenign: true,
    http: true,
    f: (t, e) => `POST /v1/connections HTTP/1.1\nHost: internal-gateway.acme.io\nContent-Type: application/json\n\n${JSON.stringify({ provider: slug(t.p), credentials: { [t.q ?? "api_key"]: last(e)[1] }, label: "prod" })}\n`,
  },
  {
    name: "curl -v dump",
    http: true,
    f: (t, e) => {
      const [h, v] = authHeader(t, last(e)[1]);
      return `*   Trying 104.18.${t.p.length}.7:443...\n* Connected to ${hostOf(t)} port 443\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384\n> GET /v1/me HTTP/2\n> Host: ${hostOf(t)}\n> user-agent: curl/8.7.1\n> accept: */*\n> ${h.toLowerCase()}: ${v}\n>\n< HTTP/2 401\n< content-type: application/json\n`;
    },
  },
  {
    name: "HAR entry",
    http: true,
    f: (t, e, r) => {
      const [h, v] = authHeader(t, last(e)[1]);
      return JSON.stringify(
        {
          startedDateTime: ts(r),
          request: { method: "GET", url: `https://${hostOf(t)}/v1/projects`, httpVersion: "HTTP/2", headers: [{ name: "accept", value: "application/json" }, { name: h, value: v }], queryString: [] },
          response: { status: 200, statusText: "OK" },
          time: r.range(30, 400),
        },
        null,
        2,
      );
    },
  },
];

const SLOT = RENDERERS.filter((x) => !x.http);

/**
 * Builds cases from a token table, rotating through renderers. HTTP-capable tokens rotate through
 * all renderers; slot-only tokens through the config/code ones. The start offset per file keeps
 * files from all beginning on the same context.
 */
export function build(toks: Tok[], seed: number, idPrefix: string, offset = 0): CorpusCase[] {
  const r = new Rng(seed);
  const out: CorpusCase[] = [];
  let ia = offset;
  let is = offset;
  for (const t of toks) {
    for (let k = 0; k < (t.n ?? 1); k++) {
      const e = t.mk(r);
      const ren = t.slot ? SLOT[is++ % SLOT.length]! : RENDERERS[ia++ % RENDERERS.length]!;
      const slotName = ren.http ? (authHeaderName(t) ?? "") : e.map((x) => x[0]).join(" + ");
      out.push({
        id: `${idPrefix}-${String(out.length + 1).padStart(3, "0")}`,
        kind: "secrets",
        category: `heldouty14-sec-${t.g}`,
        label: "positive",
        text: ren.f(t, e, r),
        note: `${t.p}; slot ${slotName}; context: ${ren.name}`,
      });
    }
  }
  return out;
}

function authHeaderName(t: Tok): string {
  return t.basic !== undefined ? `Authorization Basic (${t.basic}:secret) / ${t.q ?? "api_key"} param` : `${t.hdr ?? "Authorization"} header / ${t.q ?? "api_key"} param`;
}

/** Benign look-alike: entries (a non-secret value in a clearly non-secret slot), rendered like positives. */
export interface Look {
  p: string;
  mk: (r: Rng) => Ent;
  hdr?: string;
  q?: string;
  slot?: boolean;
}

export function buildBenign(looks: Look[], seed: number, idPrefix: string, offset = 0): CorpusCase[] {
  const r = new Rng(seed);
  const out: CorpusCase[] = [];
  let ia = offset;
  let is = offset;
  const all = RENDERERS.filter((x) => !x.nobenign);
  const slots = SLOT.filter((x) => !x.nobenign);
  for (const l of looks) {
    const t: Tok = { g: "saas", p: l.p, mk: l.mk, hdr: l.hdr ?? "X-Request-Id", scheme: "", q: l.q ?? "trace_id", slot: l.slot };
    const e = l.mk(r);
    const ren = l.slot ? slots[is++ % slots.length]! : all[ia++ % all.length]!;
    out.push({
      id: `${idPrefix}-${String(out.length + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: "heldouty14-benign",
      label: "benign",
      text: ren.f(t, e, r),
      note: `benign: ${l.p}; context: ${ren.name}`,
    });
  }
  return out;
}
