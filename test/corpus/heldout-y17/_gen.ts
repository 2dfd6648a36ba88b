// heldout-y17 generator: PRNG-backed token builders and the shared context renderers.
// Skipped by the loader (leading underscore, not *.cases.ts). No literal credentials: every
// credential-shaped value is assembled at run time from split prefixes and mulberry32 bodies.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const H = "0123456789abcdef";
export const HU = "0123456789ABCDEF";
export const D = "0123456789";
export const L = "abcdefghijklmnopqrstuvwxyz0123456789";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const B64 = `${A}+/`;
export const UR = `${A}_-`;

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export class Gen extends SeededRng {
  s(n: number, a = A): string {
    return this.str(n, a);
  }
  j(...p: string[]): string {
    return p.join("");
  }
  uuid(): string {
    const h = this.s(32, H);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${this.pick(["8", "9", "a", "b"])}${h.slice(17, 20)}-${h.slice(20)}`;
  }
  b64(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64");
  }
  b64u(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64url");
  }
  jwt(payload: Record<string, unknown>, alg = "HS256"): string {
    const e = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [e({ alg, typ: "JWT" }), e(payload), this.b64u(32)].join(".");
  }
  ts(): string {
    const d = new Date(Date.UTC(2026, this.int(11), 1 + this.int(27), this.int(24), this.int(60), this.int(60)));
    return d.toISOString();
  }
}

/** A token spec: group, provider, slot (env var name), value builder, optional header template. */
export interface Spec {
  g: Group;
  p: string;
  slot: string;
  v: (r: Gen) => string;
  /** header template with {} for the value; default `Authorization: Bearer {}` */
  h?: string;
  /** host the value is normally sent to */
  host?: string;
}

export interface Ctx {
  p: string;
  slot: string;
  v: string;
  h: string;
  host: string;
  r: Gen;
}

const esc = (s: string) => JSON.stringify(s).slice(1, -1);
const snake = (s: string) => s.toLowerCase();
const camel = (s: string) => s.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const dotted = (s: string) => s.toLowerCase().replace(/_/g, ".");
const kebab = (s: string) => s.toLowerCase().replace(/_/g, "-");
const pascal = (s: string) => {
  const c = camel(s);
  return c[0]!.toUpperCase() + c.slice(1);
};
const hdr = (c: Ctx) => c.h.replace("{}", c.v);
const hdrName = (c: Ctx) => c.h.split(":")[0]!;

const APPS = ["billing-api", "orders-svc", "checkout", "ingest-worker", "web-dashboard", "notifier", "etl-runner", "support-bot"];
const PATHS = ["/v1/items", "/api/v2/sync", "/v1/events", "/v3/reports?from=2026-01-01", "/api/jobs", "/v1/messages"];

export type Renderer = (c: Ctx) => string;

export const RENDERERS: [string, Renderer][] = [
  [
    "LLM chat body with pasted .env (JSON-escaped)",
    (c) =>
      JSON.stringify(
        {
          model: "claude-sonnet-4-5",
          max_tokens: 4096,
          messages: [
            {
              role: "user",
              content: `my ${c.r.pick(APPS)} container exits on boot, here is the .env it loads:\n\nNODE_ENV=production\nPORT=${c.r.range(3000, 9000)}\nDATABASE_POOL=10\n${c.slot}=${c.v}\nLOG_LEVEL=debug\n\nand the error is \"Error: invalid configuration\". what am I missing?`,
            },
          ],
        },
        null,
        2,
      ),
  ],
  [
    "OpenAI chat completion body with pasted docker-compose.yml",
    (c) =>
      JSON.stringify({
        model: "gpt-4.1",
        temperature: 0.2,
        messages: [
          { role: "system", content: "You are a helpful DevOps assistant." },
          {
            role: "user",
            content: `Why does this compose file fail with 'service api exited with code 1'?\n\n\`\`\`yaml\nservices:\n  api:\n    image: ghcr.io/acme/${c.r.pick(APPS)}:1.${c.r.int(20)}.${c.r.int(9)}\n    ports:\n      - \"8080:8080\"\n    environment:\n      - RUST_LOG=info\n      - ${c.slot}=${c.v}\n    depends_on:\n      - db\n  db:\n    image: postgres:16\n\`\`\``,
          },
        ],
      }),
  ],
  [
    "LLM chat body with pasted CI log",
    (c) =>
      JSON.stringify({
        model: "claude-opus-4-1",
        max_tokens: 2048,
        messages: [
          {
            role: "user",
            content: `deploy job keeps failing, log below\n\n+ echo \"deploying ${c.r.pick(APPS)}\"\ndeploying\n+ export ${c.slot}=${c.v}\n+ ./scripts/deploy.sh --env staging\n[deploy] contacting ${c.host}...\n[deploy] ERROR: 403 Forbidden\nError: Process completed with exit code 1.`,
          },
        ],
      }),
  ],
  [
    "Anthropic tool_use write_file of .env.production",
    (c) =>
      JSON.stringify(
        {
          role: "assistant",
          content: [
            { type: "text", text: "I'll write the production env file now." },
            {
              type: "tool_use",
              id: `toolu_01${c.r.s(22)}`,
              name: "write_file",
              input: { path: "config/.env.production", content: `APP_NAME=${c.r.pick(APPS)}\nAPP_ENV=production\n${c.slot}=${c.v}\nFEATURE_FLAGS=new-nav,bulk-export\n` },
            },
          ],
        },
        null,
        2,
      ),
  ],
  [
    "OpenAI tool_calls shell command (double-escaped arguments)",
    (c) =>
      JSON.stringify({
        role: "assistant",
        content: null,
        tool_calls: [
          {
            id: `call_${c.r.s(24)}`,
            type: "function",
            function: { name: "run_shell", arguments: JSON.stringify({ command: `${c.slot}=\"${c.v}\" npm run sync -- --dry-run=false`, cwd: `/home/dev/${c.r.pick(APPS)}` }) },
          },
        ],
      }),
  ],
  [
    "MCP tool result echoing settings.yaml",
    (c) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: c.r.range(2, 90),
        result: {
          content: [{ type: "text", text: `# settings.yaml\nservice: ${c.r.pick(APPS)}\nregion: eu-west-1\nintegrations:\n  ${snake(c.slot)}: \"${c.v}\"\n  timeout_ms: 5000\n` }],
          isError: false,
        },
      }),
  ],
  ["shell script export", (c) => `#!/usr/bin/env bash\nset -euo pipefail\n# local bootstrap for ${c.r.pick(APPS)}\nexport AWS_REGION=us-east-1\nexport ${c.slot}="${c.v}"\nexport LOG_FORMAT=json\nexec ./bin/server "$@"\n`],
  ["docker run -e", (c) => `docker run --rm -d \\\n  --name ${c.r.pick(APPS)} \\\n  -p 8080:8080 \\\n  -e NODE_ENV=production \\\n  -e ${c.slot}=${c.v} \\\n  ghcr.io/acme/app:latest`],
  ["curl with header", (c) => `curl -sS -X POST "https://${c.host}${c.r.pick(PATHS)}" \\\n  -H "${hdr(c)}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"limit": 25, "cursor": null}'`],
  [
    "raw HTTP request header",
    (c) => `GET ${c.r.pick(PATHS)} HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: python-requests/2.32.3\r\nAccept: application/json\r\n${hdr(c)}\r\nX-Request-Id: ${c.r.uuid()}\r\nConnection: keep-alive\r\n\r\n`,
  ],
  ["URL query string in a log line", (c) => `${c.r.ts()} INFO http.client GET https://${c.host}/api/v1/export?format=csv&page=2&${snake(c.slot)}=${encodeURIComponent(c.v)} -> 200 (312ms)`],
  [
    "form-urlencoded POST body",
    (c) => `POST /oauth/token HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=read%20write&${snake(c.slot)}=${encodeURIComponent(c.v)}`,
  ],
  [
    "multipart form upload",
    (c) => {
      const b = `----WebKitFormBoundary${c.r.s(16)}`;
      return `POST /upload HTTP/1.1\nHost: ${c.host}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${snake(c.slot)}"\n\n${c.v}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}--`;
    },
  ],
  [
    "JSON request body",
    (c) => `POST /v1/integrations HTTP/1.1\nHost: ${c.host}\nContent-Type: application/json\n\n${JSON.stringify({ name: c.r.pick(APPS), enabled: true, [camel(c.slot)]: c.v, retries: 3 }, null, 2)}`,
  ],
  ["YAML config", (c) => `# config/${c.r.pick(["prod", "staging"])}.yaml\nserver:\n  port: 8080\n  host: 0.0.0.0\n${kebab(c.p.split(" ")[0]!)}:\n  ${snake(c.slot)}: ${c.v}\n  timeout: 30s\nlogging:\n  level: info\n`],
  ["TOML config", (c) => `[server]\nport = 8080\nworkers = 4\n\n[integrations]\n${snake(c.slot)} = "${c.v}"\nretry = 3\n`],
  ["INI config", (c) => `; app.ini\n[default]\nenvironment = production\n\n[credentials]\n${snake(c.slot)} = ${c.v}\n\n[logging]\nlevel = warn\n`],
  ["Java .properties", (c) => `# application-prod.properties\nserver.port=8080\nspring.application.name=${c.r.pick(APPS)}\n${dotted(c.slot)}=${c.v}\nmanagement.endpoints.web.exposure.include=health\n`],
  ["JSON config file", (c) => JSON.stringify({ name: c.r.pick(APPS), version: `1.${c.r.int(30)}.0`, integrations: { [camel(c.slot)]: c.v, enabled: true }, logLevel: "info" }, null, 2)],
  ["Terraform HCL variables", (c) => `# terraform.tfvars\nregion      = "us-east-1"\nenvironment = "prod"\n${snake(c.slot)} = "${c.v}"\ninstance_count = 3\n`],
  [
    "XML config (appsettings / web.config)",
    (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${pascal(c.slot)}" value="${c.v}" />\n    <add key="RetryCount" value="3" />\n  </appSettings>\n</configuration>`,
  ],
  [
    "Python SDK code",
    (c) => `import os\nimport requests\n\n${c.slot} = os.environ.get("${c.slot}", "${c.v}")\n\n\ndef fetch(path: str) -> dict:\n    resp = requests.get(\n        f"https://${c.host}{path}",\n        headers={"${hdrName(c)}": ${JSON.stringify(c.h.split(": ")[1]!.replace("{}", "{" + c.slot + "}"))}.format(${c.slot}=${c.slot})},\n        timeout=10,\n    )\n    resp.raise_for_status()\n    return resp.json()\n`,
  ],
  [
    "TypeScript client code",
    (c) => `import axios from "axios";\n\nconst ${camel(c.slot)} = process.env.${c.slot} ?? "${c.v}";\n\nexport const client = axios.create({\n  baseURL: "https://${c.host}",\n  timeout: 10_000,\n  headers: { "${hdrName(c)}": \`${c.h.split(": ")[1]!.replace("{}", "${" + camel(c.slot) + "}")}\` },\n});\n`,
  ],
  [
    "Go code constant",
    (c) => `package config\n\nimport "os"\n\nconst default${pascal(c.slot)} = "${c.v}"\n\nfunc ${pascal(c.slot)}() string {\n\tif v := os.Getenv("${c.slot}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${pascal(c.slot)}\n}\n`,
  ],
  [
    "Java code",
    (c) => `package com.acme.integrations;\n\npublic final class ClientConfig {\n    private static final String ${c.slot} = "${c.v}";\n\n    public static HttpRequest.Builder request(URI uri) {\n        return HttpRequest.newBuilder(uri)\n            .header("${hdrName(c)}", ${('"' + c.h.split(": ")[1]!.replace("{}", '" + ' + c.slot + ' + "') + '"').replace(/^"" \+ /, "").replace(/ \+ ""$/, "")});\n    }\n}\n`,
  ],
  [
    "C# code",
    (c) => `using System.Net.Http;\n\nnamespace Acme.Integrations;\n\npublic static class Settings\n{\n    public const string ${pascal(c.slot)} = "${c.v}";\n    public static readonly HttpClient Http = new() { BaseAddress = new Uri("https://${c.host}") };\n}\n`,
  ],
  ["Ruby initializer", (c) => `# config/initializers/${snake(c.p.split(" ")[0]!).replace(/[^a-z0-9]/g, "_")}.rb\nRails.application.configure do\n  config.x.integrations.${snake(c.slot)} = ENV.fetch("${c.slot}", "${c.v}")\n  config.x.integrations.timeout = 15\nend\n`],
  ["PHP config array", (c) => `<?php\n\nreturn [\n    'driver' => 'http',\n    'endpoint' => 'https://${c.host}',\n    '${snake(c.slot)}' => env('${c.slot}', '${c.v}'),\n    'timeout' => 30,\n];\n`],
  ["Rust code", (c) => `use std::env;\n\nfn ${snake(c.slot)}() -> String {\n    env::var("${c.slot}").unwrap_or_else(|_| "${c.v}".to_string())\n}\n\n#[tokio::main]\nasync fn main() {\n    let key = ${snake(c.slot)}();\n    println!("starting with {} chars", key.len());\n}\n`],
  [
    "GitHub Actions log (env dump)",
    (c) => {
      const t = c.r.ts().replace("Z", "0000Z");
      return `${t} ##[group]Run env | sort\n${t} env | sort\n${t} shell: /usr/bin/bash -e {0}\n${t} ##[endgroup]\n${t} CI=true\n${t} GITHUB_REF=refs/heads/main\n${t} GITHUB_SHA=${c.r.s(40, H)}\n${t} ${c.slot}=${c.v}\n${t} RUNNER_OS=Linux`;
    },
  ],
  ["shell history", (c) => `  501  cd ~/src/${c.r.pick(APPS)}\n  502  git pull --rebase\n  503  export ${c.slot}='${c.v}'\n  504  make run\n  505  kubectl get pods -n staging\n`],
  [
    "Python crash report with locals",
    (c) => `Traceback (most recent call last):\n  File "/app/worker.py", line 88, in run\n    client.sync(batch)\n  File "/app/client.py", line 41, in sync\n    raise ApiError(resp.status_code)\nclient.ApiError: 401\n\nLocals at frame client.sync:\n    self = <Client host='${c.host}'>\n    ${snake(c.slot)} = '${c.v}'\n    batch = [<Item 1>, <Item 2>]\n    resp = <Response [401]>`,
  ],
  [
    "Jupyter notebook cell",
    (c) =>
      JSON.stringify(
        {
          cells: [
            { cell_type: "markdown", metadata: {}, source: ["## Pull data\n"] },
            { cell_type: "code", execution_count: c.r.range(1, 30), metadata: {}, outputs: [], source: ["import os\n", `os.environ["${c.slot}"] = "${c.v}"\n`, "df = load_frame()\n"] },
          ],
          metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
          nbformat: 4,
          nbformat_minor: 5,
        },
        null,
        1,
      ),
  ],
  ["SQL seed insert", (c) => `-- seed: integrations\nINSERT INTO integrations (id, provider, ${snake(c.slot)}, created_at)\nVALUES (${c.r.range(1, 900)}, '${c.p.replace(/'/g, "")}', '${c.v}', NOW());\n`],
  ["Markdown setup doc", (c) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the ${c.p} value (ask in #platform if you don't have it):\n\n\`\`\`bash\n${c.slot}=${c.v}\n\`\`\`\n\n3. Run \`make dev\`.\n`],
  ["git diff adding a value", (c) => `diff --git a/deploy/values.env b/deploy/values.env\nindex ${c.r.s(7, H)}..${c.r.s(7, H)} 100644\n--- a/deploy/values.env\n+++ b/deploy/values.env\n@@ -3,4 +3,5 @@ APP_ENV=staging\n REPLICAS=2\n-${c.slot}=\n+${c.slot}=${c.v}\n HEALTHCHECK_PATH=/healthz\n`],
  ["chat message", (c) => JSON.stringify({ channel: "C0" + c.r.s(8, U), text: `hey, here is the ${c.p} value for staging so you can unblock the deploy: ${c.v} -- lmk if it still fails`, thread_ts: `17${c.r.s(8, D)}.${c.r.s(6, D)}` })],
  ["Kubernetes Secret stringData", (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${c.r.pick(APPS)}-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n  ${c.slot}: "${c.v}"\n`],
  [
    "Kotlin code",
    (c) => `package com.acme.app\n\nobject ApiConfig {\n    const val BASE_URL = "https://${c.host}"\n    val ${camel(c.slot)}: String = System.getenv("${c.slot}") ?: "${c.v}"\n}\n`,
  ],
];

let rot = 0;
/** Render a spec through the next renderer in rotation. */
export function render(spec: Spec, r: Gen, value?: string): { text: string; ctx: string } {
  const [ctx, fn] = RENDERERS[rot++ % RENDERERS.length]!;
  const c: Ctx = {
    p: spec.p,
    slot: spec.slot,
    v: value ?? spec.v(r),
    h: spec.h ?? "Authorization: Bearer {}",
    host: spec.host ?? "api.example-service.com",
    r,
  };
  return { text: fn(c), ctx };
}
export function resetRotation(n = 0): void {
  rot = n;
}

export function build(specs: Spec[], r: Gen, idPrefix: string, categoryPrefix: string, label: "positive" | "benign", times = 1, startRot = 0, startN = 1): CorpusCase[] {
  resetRotation(startRot);
  const out: CorpusCase[] = [];
  let n = startN;
  for (let t = 0; t < times; t++)
    for (const s of specs) {
      const { text, ctx } = render(s, r);
      out.push({
        id: `${idPrefix}-${String(n++).padStart(3, "0")}`,
        kind: "secrets",
        category: label === "positive" ? `${categoryPrefix}-${s.g}` : categoryPrefix,
        label,
        text,
        note: `${s.p}; slot ${s.slot}; context: ${ctx}`,
      });
    }
  return out;
}
export { esc };
