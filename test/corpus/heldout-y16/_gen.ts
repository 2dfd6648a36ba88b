// heldout-y16 shared generator: seeded token builders and the context renderers every
// provider token is rotated through. Skipped by the loader (leading underscore).
// Credential-shaped values only exist at run time: prefix strings are split from bodies drawn
// from mulberry32 with a fixed seed per file.
import { mulberry32, randomString } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const AL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const UPD = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const LOD = "abcdefghijklmnopqrstuvwxyz0123456789";
export const DG = "0123456789";
export const B64 = `${AL}+/`;
export const URLS = `${AL}_-`;
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export type R = () => number;

export function rng(seed: number): R {
  return mulberry32(seed);
}
export const s = (r: R, n: number, a = AL) => randomString(r, n, a);
export const j = (...parts: string[]) => parts.join("");
export const uuid = (r: R) => `${s(r, 8, HX)}-${s(r, 4, HX)}-4${s(r, 3, HX)}-${"89ab"[Math.floor(r() * 4)]}${s(r, 3, HX)}-${s(r, 12, HX)}`;
export const pickr = <T>(r: R, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
export const b64url = (x: string) => Buffer.from(x).toString("base64url");
export const b64 = (x: string) => Buffer.from(x).toString("base64");

/** An HS256-looking JWT with the given claims; signature random. */
export function jwt(r: R, claims: Record<string, unknown>): string {
  return [b64url(JSON.stringify({ alg: "HS256", typ: "JWT" })), b64url(JSON.stringify(claims)), s(r, 43, URLS)].join(".");
}

/** A PEM private key body of roughly the right size (random DER-looking base64). */
export function pem(r: R, label: string, chars: number): string {
  const body = s(r, chars, B64);
  const lines: string[] = [];
  const head = label === "RSA PRIVATE KEY" ? "MIIEpAIBAAKCAQEA" : label === "EC PRIVATE KEY" ? "MHcCAQEEI" : label === "OPENSSH PRIVATE KEY" ? "b3BlbnNzaC1rZXktdjEAAAAA" : "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC";
  const all = head + body;
  for (let i = 0; i < all.length; i += 64) lines.push(all.slice(i, i + 64));
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join("\n");
}

export interface Spec {
  /** provider and credential slot, e.g. "Stripe secret key" */
  p: string;
  g: string;
  /** env-var style name of the main slot */
  env: string;
  /** builds the value(s): a string, or [name, value] pairs (first is the main one) */
  mk: (r: R) => string | Array<[string, string]>;
  /** the value is a URL / connection string (not usable as a header token) */
  url?: boolean;
  /** header prefix for HTTP contexts, default "Authorization: Bearer " */
  h?: string;
  host?: string;
}

export interface Ctx {
  pairs: Array<[string, string]>;
  env: string;
  key: string;
  val: string;
  p: string;
  h: string;
  host: string;
  r: R;
}

const camel = (env: string) => env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const snake = (env: string) => env.toLowerCase();
const js = (x: unknown, _r?: null, sp?: number) => JSON.stringify(x, null, sp);
const esc = (x: string) => JSON.stringify(x).slice(1, -1);

const dotenv = (c: Ctx) => c.pairs.map(([k, v]) => `${k}=${v}`).join("\n");

export interface Renderer {
  name: string;
  /** puts the main value in an HTTP auth slot (unsuitable for URL-valued secrets) */
  hdr?: boolean;
  f: (c: Ctx) => string;
}

export const RENDERERS: Renderer[] = [
  {
    name: "chat body with pasted .env",
    f: (c) => js({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `why does the app still say unauthorized? here's my .env:\n\n\`\`\`\nNODE_ENV=production\nPORT=8080\n${dotenv(c)}\nLOG_LEVEL=info\n\`\`\`` }] }, null, 2),
  },
  {
    name: "Anthropic tool_use write_file config.yaml",
    f: (c) => js({ role: "assistant", content: [{ type: "text", text: "I'll write the service config." }, { type: "tool_use", id: "toolu_01" + s(c.r, 22), name: "write_file", input: { path: "config/service.yaml", content: `service:\n  name: ingest\n  region: eu-west-1\nintegrations:\n${c.pairs.map(([k, v]) => `  ${snake(k)}: "${v}"`).join("\n")}\n  timeout_ms: 5000\n` } }] }, null, 2),
  },
  {
    name: "OpenAI tool_calls shell export",
    f: (c) => js({ choices: [{ index: 0, message: { role: "assistant", content: null, tool_calls: [{ id: "call_" + s(c.r, 24), type: "function", function: { name: "run_shell", arguments: js({ command: `${c.pairs.map(([k, v]) => `export ${k}="${v}"`).join(" && ")} && npm run sync`, cwd: "/home/dev/app" }) } }] }, finish_reason: "tool_calls" }] }, null, 2),
  },
  {
    name: "MCP tool result echoing .env",
    f: (c) => js({ jsonrpc: "2.0", id: 14, result: { content: [{ type: "text", text: `# .env.production\nDATABASE_POOL=10\n${dotenv(c)}\nSENTRY_ENVIRONMENT=prod\n` }], isError: false } }, null, 2),
  },
  {
    name: "curl command with header",
    hdr: true,
    f: (c) => `$ curl -sS -X GET "https://${c.host}/v1/me" \\\n    -H "${c.h}${c.val}" \\\n    -H "Accept: application/json" | jq .`,
  },
  {
    name: "raw HTTP request headers",
    hdr: true,
    f: (c) => `POST /v1/events HTTP/1.1\r\nHost: ${c.host}\r\nUser-Agent: python-requests/2.32.3\r\nAccept: */*\r\nContent-Type: application/json\r\n${c.h}${c.val}\r\nContent-Length: 41\r\n\r\n{"event":"deploy","status":"succeeded"}`,
  },
  {
    name: "URL query string in fetch log",
    hdr: true,
    f: (c) => `[http] GET https://${c.host}/api/v2/search?q=status%3Aopen&per_page=50&${/key/i.test(c.h) ? "api_key" : "access_token"}=${encodeURIComponent(c.val)} -> 200 (184ms)`,
  },
  {
    name: "form-encoded POST body",
    f: (c) => `POST /oauth/exchange HTTP/1.1\nHost: ${c.host}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${c.pairs.map(([k, v]) => `${snake(k)}=${encodeURIComponent(v)}`).join("&")}&scope=read`,
  },
  {
    name: "multipart upload field",
    f: (c) => `--boundary7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\r\n1,20\r\n--boundary7MA4YWxkTrZu0gW\r\n${c.pairs.map(([k, v]) => `Content-Disposition: form-data; name="${snake(k)}"\r\n\r\n${v}\r\n--boundary7MA4YWxkTrZu0gW`).join("\r\n")}--`,
  },
  {
    name: "JSON request body",
    f: (c) => js({ name: "nightly-export", destination: { type: snake(c.env).split("_")[0], credentials: Object.fromEntries(c.pairs.map(([k, v]) => [camel(k), v])) }, schedule: "0 3 * * *" }, null, 2),
  },
  {
    name: ".env file written by tool",
    f: (c) => `# generated by setup.sh — do not commit\nAPP_URL=https://app.internal.example\n${dotenv(c)}\nFEATURE_FLAGS=beta,metrics\n`,
  },
  {
    name: "docker-compose YAML",
    f: (c) => `services:\n  worker:\n    image: ghcr.io/acme/worker:1.14.2\n    restart: unless-stopped\n    environment:\n${c.pairs.map(([k, v]) => `      ${k}: "${v}"`).join("\n")}\n      QUEUE: default\n    depends_on: [redis]\n`,
  },
  {
    name: "TOML config",
    f: (c) => `[server]\nhost = "0.0.0.0"\nport = 3000\n\n[${snake(c.env).split("_")[0]}]\n${c.pairs.map(([k, v]) => `${snake(k)} = "${v}"`).join("\n")}\nretries = 3\n`,
  },
  {
    name: "INI config",
    f: (c) => `; settings.ini\n[general]\ndebug = false\n\n[credentials]\n${c.pairs.map(([k, v]) => `${snake(k)} = ${v}`).join("\n")}\n`,
  },
  {
    name: "Java .properties",
    f: (c) => `# application-prod.properties\nspring.application.name=billing\nserver.port=8081\n${c.pairs.map(([k, v]) => `app.${snake(k).replace(/_/g, ".")}=${v}`).join("\n")}\nlogging.level.root=INFO\n`,
  },
  {
    name: "JSON config file",
    f: (c) => js({ $schema: "./config.schema.json", env: "production", integrations: Object.fromEntries(c.pairs.map(([k, v]) => [camel(k), v])), retry: { attempts: 3 } }, null, 2),
  },
  {
    name: "Terraform HCL",
    f: (c) => `resource "kubernetes_secret" "app" {\n  metadata {\n    name      = "app-secrets"\n    namespace = "prod"\n  }\n  data = {\n${c.pairs.map(([k, v]) => `    ${k} = "${v}"`).join("\n")}\n  }\n}\n`,
  },
  {
    name: "XML appSettings",
    f: (c) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n${c.pairs.map(([k, v]) => `    <add key="${k}" value="${v}" />`).join("\n")}\n  </appSettings>\n</configuration>\n`,
  },
  {
    name: "Python env default",
    f: (c) => `import os\nimport httpx\n\n${c.pairs.map(([k, v]) => `${k} = os.environ.get("${k}", "${v}")`).join("\n")}\n\nclient = httpx.Client(base_url="https://${c.host}", timeout=10.0)\n`,
  },
  {
    name: "TypeScript client constructor",
    f: (c) => `import { createClient } from "./client";\n\nexport const client = createClient({\n  baseUrl: "https://${c.host}",\n${c.pairs.map(([k, v]) => `  ${camel(k)}: process.env.${k} ?? "${v}",`).join("\n")}\n  retries: 2,\n});\n`,
  },
  {
    name: "Go constant",
    f: (c) => `package config\n\nimport "os"\n\nconst (\n${c.pairs.map(([k, v]) => `\tdefault${camel("X_" + k).slice(1)} = "${v}"`).join("\n")}\n)\n\nfunc Get(k, d string) string {\n\tif v := os.Getenv(k); v != "" {\n\t\treturn v\n\t}\n\treturn d\n}\n`,
  },
  {
    name: "Java field",
    f: (c) => `package com.acme.sync;\n\npublic final class Credentials {\n${c.pairs.map(([k, v]) => `    static final String ${k} = "${v}";`).join("\n")}\n\n    private Credentials() {}\n}\n`,
  },
  {
    name: "C# options",
    f: (c) => `var options = new ClientOptions\n{\n    Endpoint = new Uri("https://${c.host}"),\n${c.pairs.map(([k, v]) => `    ${camel("x_" + k).slice(1)} = "${v}",`).join("\n")}\n};\nvar client = new ApiClient(options);\n`,
  },
  {
    name: "Ruby initializer",
    f: (c) => `# config/initializers/integrations.rb\nRails.application.configure do\n${c.pairs.map(([k, v]) => `  config.x.${snake(k)} = ENV.fetch("${k}", "${v}")`).join("\n")}\nend\n`,
  },
  {
    name: "PHP config array",
    f: (c) => `<?php\n\nreturn [\n    'driver' => 'http',\n${c.pairs.map(([k, v]) => `    '${snake(k)}' => env('${k}', '${v}'),`).join("\n")}\n];\n`,
  },
  {
    name: "Rust test fixture",
    f: (c) => `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[tokio::test]\n    async fn fetches_account() {\n${c.pairs.map(([k, v]) => `        std::env::set_var("${k}", "${v}");`).join("\n")}\n        let acct = Client::from_env().unwrap().account().await.unwrap();\n        assert!(acct.active);\n    }\n}\n`,
  },
  {
    name: "CI log with set -x",
    f: (c) => `2026-11-30T09:14:02.118Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T09:14:02.120Z + set -euo pipefail\n${c.pairs.map(([k, v]) => `2026-11-30T09:14:02.121Z + export ${k}=${v}\n2026-11-30T09:14:02.121Z + ${k}=${v}`).join("\n")}\n2026-11-30T09:14:02.340Z + ./bin/migrate --target prod\n2026-11-30T09:14:05.902Z ##[endgroup]`,
  },
  {
    name: "shell history",
    f: (c) => `  501  git pull --rebase\n  502  nvm use 20\n${c.pairs.map(([k, v], i) => `  ${503 + i}  export ${k}='${v}'`).join("\n")}\n  510  npm run dev\n  511  history | tail`,
  },
  {
    name: "Python crash dump with locals",
    f: (c) => `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    resp = session.post(url, headers=headers, json=payload)\n  File "/srv/app/.venv/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\n    return self.request("POST", url, data=data, json=json, **kwargs)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${c.host}', port=443): Max retries exceeded\n\nLocals at frame run:\n    url = 'https://${c.host}/v1/sync'\n${c.pairs.map(([k, v]) => `    ${snake(k)} = '${v}'`).join("\n")}\n    payload = {'batch': 250}`,
  },
  {
    name: "Jupyter notebook cell",
    f: (c) => js({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, source: ["import os\n", ...c.pairs.map(([k, v]) => `os.environ["${k}"] = "${v}"\n`), "df = load_dataset('events')\n"], outputs: [] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }, null, 1),
  },
  {
    name: "SQL seed insert",
    f: (c) => `-- seed: integrations for tenant 42\nINSERT INTO integration_credentials (tenant_id, provider, name, secret_value, created_at)\nVALUES\n${c.pairs.map(([k, v]) => `  (42, '${c.p.split(" ")[0]!.toLowerCase()}', '${snake(k)}', '${v}', NOW())`).join(",\n")};\n`,
  },
  {
    name: "Markdown setup doc",
    f: (c) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the team's shared credentials (ask in #platform if these rotate):\n\n\`\`\`bash\n${c.pairs.map(([k, v]) => `${k}=${v}`).join("\n")}\n\`\`\`\n\n3. Run \`make dev\`.\n`,
  },
  {
    name: "unified diff",
    f: (c) => `diff --git a/config/settings.py b/config/settings.py\nindex 3f2a1c9..8b0d4e7 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,6 +12,${6 + c.pairs.length} @@ CACHES = {\n }\n \n TIME_ZONE = "UTC"\n${c.pairs.map(([k, v]) => `+${k} = "${v}"`).join("\n")}\n \n LOGGING = {\n     "version": 1,`,
  },
  {
    name: "chat message in LLM body",
    f: (c) => js({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content: `can you write a script that calls the ${c.p.split(" ")[0]} API? creds are ${c.pairs.map(([k, v]) => `${k}=${v}`).join(" and ")}` }] }),
  },
  {
    name: "docker run -e",
    f: (c) => `docker run -d --name sync-worker \\\n  ${c.pairs.map(([k, v]) => `-e ${k}=${v}`).join(" \\\n  ")} \\\n  -p 8080:8080 ghcr.io/acme/sync:2.3.0`,
  },
  {
    name: "k8s Secret (base64 data)",
    f: (c) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: integration-creds\n  namespace: prod\ntype: Opaque\ndata:\n${c.pairs.map(([k, v]) => `  ${k}: ${b64(v)}`).join("\n")}\n`,
  },
  {
    name: "Dockerfile ENV",
    f: (c) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n${c.pairs.map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nCOPY . .\nCMD ["node", "dist/server.js"]\n`,
  },
  {
    name: "Jest test fixture",
    f: (c) => `describe("webhook sync", () => {\n  beforeAll(() => {\n${c.pairs.map(([k, v]) => `    process.env.${k} = "${v}";`).join("\n")}\n  });\n\n  it("pushes the batch", async () => {\n    await expect(sync()).resolves.toEqual({ ok: true });\n  });\n});\n`,
  },
  {
    name: "chat body with pasted log (JSON-escaped)",
    f: (c) => `{"model":"claude-opus-4-1","messages":[{"role":"user","content":"${esc(`got this in the worker log, what's wrong?\n\n[2026-12-01 10:02:11] INFO  starting sync\n[2026-12-01 10:02:11] DEBUG config loaded: {${c.pairs.map(([k, v]) => `"${snake(k)}": "${v}"`).join(", ")}}\n[2026-12-01 10:02:12] ERROR 401 Unauthorized from https://${c.host}`)}"}],"max_tokens":2048}`,
  },
];

const HDR = RENDERERS.filter((x) => x.hdr);
const PLAIN = RENDERERS.filter((x) => !x.hdr);

/** Renders specs through the renderers in rotation. */
export function build(specs: Spec[], seed: number, idp: string, category: (g: string) => string, offset = 0, times = 1): CorpusCase[] {
  const r = rng(seed);
  const out: CorpusCase[] = [];
  let n = 0;
  let eligible = 0;
  let hdrN = 0;
  let plainN = 0;
  for (let t = 0; t < times; t++) {
    for (const sp of specs) {
      const made = sp.mk(r);
      const pairs: Array<[string, string]> = typeof made === "string" ? [[sp.env, made]] : made;
      const main = pairs.find(([k]) => k === sp.env) ?? pairs[0]!;
      // HTTP-auth renderers only for a single header-shaped token with a known API host
      const noHdr = sp.url || (!sp.h && !sp.host) || (pairs.length > 1 && !sp.h);
      // every seventh eligible token goes to an HTTP-auth context; the rest rotate over the others
      const rd = !noHdr && eligible++ % 7 === 3 ? HDR[(hdrN++ + offset) % HDR.length]! : PLAIN[(plainN++ + offset + t * 7) % PLAIN.length]!;
      const slug = sp.p.split(" ")[0]!.toLowerCase().replace(/[^a-z0-9]/g, "");
      const c: Ctx = { pairs, env: main[0], key: snake(main[0]), val: main[1], p: sp.p, h: sp.h ?? "Authorization: Bearer ", host: sp.host ?? `api.${slug}.com`, r };
      n++;
      out.push({
        id: `${idp}-${String(n).padStart(3, "0")}`,
        kind: "secrets",
        category: category(sp.g),
        label: "positive",
        text: rd.f(c),
        note: `${sp.p} (${main[0]}) in ${rd.name}`,
      });
    }
  }
  return out;
}

export const cat = (g: string) => `heldouty16-sec-${g}`;
