// Shared PRNG builders and context renderers for heldout-y52 (skipped by the loader).
// Every credential-shaped value is assembled at run time from a split prefix and a seeded body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
export const AL = UP + LO + DG;

/** Joins split pieces so no literal token prefix+body sits in the source. */
export const P = (...parts: string[]): string => parts.join("");

export class G extends SeededRng {
  a(n: number): string { return this.str(n, AL); }
  lo(n: number): string { return this.str(n, LO + DG); }
  up(n: number): string { return this.str(n, UP + DG); }
  h(n: number): string { return this.str(n, "0123456789abcdef"); }
  H(n: number): string { return this.str(n, "0123456789ABCDEF"); }
  d(n: number): string { return this.str(1, "123456789") + this.str(n - 1, DG); }
  b64(n: number): string { return this.str(n, AL + "+/"); }
  b64u(n: number): string { return this.str(n, AL + "-_"); }
  b32(n: number): string { return this.str(n, UP + "234567"); }
  uuid(): string { return `${this.h(8)}-${this.h(4)}-4${this.h(3)}-${this.pick(["8", "9", "a", "b"])}${this.h(3)}-${this.h(12)}`; }
  /** base64 of n random bytes, padded. */
  bytes64(n: number): string { return Buffer.from(this.bytes(n)).toString("base64"); }
  jwt(payload: object): string {
    const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.b64u(43)].join(".");
  }
  pem(label: string, bytes: number): string {
    const body = this.bytes64(bytes).match(/.{1,64}/g)!.join("\n");
    return ["-----BEGIN ", label, "-----\n", body, "\n-----END ", label, "-----"].join("");
  }
  /** 24-char lowercase hex (Mongo-like object id) etc. */
  ts(): string { return `2026-${String(this.range(1, 11)).padStart(2, "0")}-${String(this.range(1, 28)).padStart(2, "0")}T${String(this.range(0, 23)).padStart(2, "0")}:${String(this.range(10, 59))}:${String(this.range(10, 59))}Z`; }
}

export interface Spec {
  group: string; // ai, auth, cloud, ...
  provider: string;
  env: string; // slot name as a developer would write it
  tok: (g: G) => string;
  /** how many rotated cases to produce (default 1) */
  n?: number;
}

export type Renderer = { name: string; r: (v: string, env: string, g: G) => string };

const lower = (e: string) => e.toLowerCase();
const camel = (e: string) => lower(e).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const host = (env: string) => `api.${lower(env).split("_")[0]}.com`;

export const renderers: Renderer[] = [
  { name: "openai chat body with pasted .env", r: (v, e) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a coding assistant." }, { role: "user", content: `the app crashes on boot, here's my .env:\n\n\`\`\`\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=debug\n${e}=${v}\nREDIS_HOST=cache.internal\n\`\`\`\nwhat's wrong?` }], temperature: 0.2 }) },
  { name: "anthropic tool_use write_file .env.production", r: (v, e, g) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "assistant", content: [{ type: "tool_use", id: `toolu_${g.a(24)}`, name: "write_file", input: { path: ".env.production", content: `APP_NAME=billing\n${e}=${v}\nFEATURE_FLAGS=beta\n` } }] }] }) },
  { name: "openai tool_calls shell export", r: (v, e, g) => JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${e}="${v}" && npm run deploy -- --env=prod` }) } }] }) },
  { name: "MCP tool result echoed back", r: (v, e, g) => JSON.stringify({ jsonrpc: "2.0", id: g.range(2, 90), result: { content: [{ type: "text", text: `$ cat ~/.config/app/credentials\n[default]\nregion = eu-west-1\n${lower(e)} = ${v}\n` }], isError: false } }) },
  { name: "curl header", r: (v, e) => `curl -sS -X POST https://${host(e)}/v1/jobs \\\n  -H "Authorization: Bearer ${v}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"nightly-sync","dry_run":false}'` },
  { name: "raw HTTP request JSON body", r: (v, e, g) => `POST /v2/auth/verify HTTP/1.1\r\nHost: ${host(e)}\r\nUser-Agent: node-fetch/3.3.2\r\nContent-Type: application/json\r\nX-Request-Id: ${g.uuid()}\r\n\r\n{"${lower(e)}":"${v}","scope":"read write"}` },
  { name: "URL query string", r: (v, e) => `GET https://${host(e)}/v1/report?format=json&${lower(e)}=${encodeURIComponent(v)}&limit=50 HTTP/1.1\nAccept: application/json` },
  { name: "form-urlencoded body", r: (v, e) => `POST /oauth/token HTTP/1.1\nHost: ${host(e)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-sync&${lower(e)}=${encodeURIComponent(v)}` },
  { name: "multipart form field", r: (v, e, g) => { const b = `----WebKitFormBoundary${g.a(16)}`; return `POST /upload HTTP/1.1\nHost: ${host(e)}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${lower(e)}"\n\n${v}\n--${b}\nContent-Disposition: form-data; name="file"; filename="data.csv"\nContent-Type: text/csv\n\nid,name\n1,alpha\n--${b}--`; } },
  { name: "docker-compose YAML environment", r: (v, e) => `services:\n  api:\n    image: ghcr.io/acme/api:1.14.2\n    ports:\n      - "8080:8080"\n    environment:\n      - NODE_ENV=production\n      - ${e}=${v}\n    depends_on:\n      - db\n` },
  { name: "kubernetes Secret base64 data", r: (v, e) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\ndata:\n  ${e}: ${Buffer.from(v).toString("base64")}\n` },
  { name: "TOML config", r: (v, e) => `[server]\nhost = "0.0.0.0"\nport = 8443\n\n[integrations.${lower(e).split("_")[0]}]\nenabled = true\n${lower(e)} = "${v}"\ntimeout_ms = 5000\n` },
  { name: "INI config", r: (v, e) => `; app.ini\n[general]\ndebug = false\n\n[${lower(e).split("_")[0]}]\nendpoint = https://${host(e)}\n${lower(e)} = ${v}\nretries = 3\n` },
  { name: ".properties", r: (v, e) => `# application-prod.properties\nspring.datasource.url=jdbc:postgresql://db:5432/app\nserver.port=8080\n${lower(e).replace(/_/g, ".")}=${v}\nmanagement.endpoints.web.exposure.include=health\n` },
  { name: "JSON config file", r: (v, e) => JSON.stringify({ env: "production", logging: { level: "info" }, integrations: { [camel(e)]: v, region: "us-east-1" } }, null, 2) },
  { name: "Terraform HCL", r: (v, e) => `provider "restapi" {\n  uri = "https://${host(e)}"\n}\n\nvariable "${lower(e)}" {\n  type      = string\n  sensitive = true\n  default   = "${v}"\n}\n` },
  { name: "XML appSettings", r: (v, e) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${e}" value="${v}" />\n  </appSettings>\n</configuration>` },
  { name: "Python env default", r: (v, e) => `import os\nimport httpx\n\n${e} = os.environ.get("${e}", "${v}")\n\nclient = httpx.Client(base_url="https://${host(e)}", headers={"Authorization": f"Bearer {${e}}"})\n` },
  { name: "TypeScript SDK constructor", r: (v, e) => `import { Client } from "./client";\n\nexport const client = new Client({\n  ${camel(e)}: process.env.${e} ?? "${v}",\n  timeout: 10_000,\n});\n` },
  { name: "Go const", r: (v, e) => `package config\n\nimport "os"\n\nconst default${camel(e).replace(/^./, (c) => c.toUpperCase())} = "${v}"\n\nfunc Key() string {\n\tif k := os.Getenv("${e}"); k != "" {\n\t\treturn k\n\t}\n\treturn default${camel(e).replace(/^./, (c) => c.toUpperCase())}\n}\n` },
  { name: "Java field", r: (v, e) => `public final class Settings {\n    private static final String ${e} = "${v}";\n\n    public static String key() {\n        return System.getenv().getOrDefault("${e}", ${e});\n    }\n}\n` },
  { name: "C# options", r: (v, e) => `builder.Services.Configure<ApiOptions>(o =>\n{\n    o.BaseUrl = "https://${host(e)}";\n    o.${camel(e).replace(/^./, (c) => c.toUpperCase())} = "${v}";\n});\n` },
  { name: "Ruby initializer", r: (v, e) => `# config/initializers/integration.rb\nRails.application.configure do\n  config.x.integration.${lower(e)} = ENV.fetch("${e}", "${v}")\nend\n` },
  { name: "PHP config array", r: (v, e) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${lower(e)}' => env('${e}', '${v}'),\n    'timeout' => 30,\n];\n` },
  { name: "Rust const", r: (v, e) => `use std::env;\n\nconst ${e}: &str = "${v}";\n\nfn key() -> String {\n    env::var("${e}").unwrap_or_else(|_| ${e}.to_string())\n}\n` },
  { name: "GitHub Actions log", r: (v, e, g) => `2026-03-11T09:14:02.1184${g.d(3)}Z ##[group]Run ./scripts/deploy.sh\n2026-03-11T09:14:02.1190${g.d(3)}Z + echo "using ${e}=${v}"\n2026-03-11T09:14:02.1201${g.d(3)}Z using ${e}=${v}\n2026-03-11T09:14:03.5512${g.d(3)}Z Deploying commit ${g.h(40)}\n2026-03-11T09:14:09.0031${g.d(3)}Z ##[endgroup]` },
  { name: "shell history", r: (v, e) => `  501  cd ~/src/api\n  502  git pull --rebase\n  503  export ${e}=${v}\n  504  npm run migrate\n  505  npm start\n` },
  { name: "Python crash dump locals", r: (v, e) => `Traceback (most recent call last):\n  File "/app/sync.py", line 88, in run\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://${host(e)}/v1/items\n\nLocals at frame run:\n    url = 'https://${host(e)}/v1/items'\n    ${lower(e)} = '${v}'\n    attempt = 3\n` },
  { name: "Jupyter notebook cell", r: (v, e) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${e}"] = "${v}"\n`, "df = load_dataset()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }) },
  { name: "SQL seed insert", r: (v, e) => `-- seed integrations\nINSERT INTO integration_credentials (tenant_id, provider, secret_name, secret_value, created_at)\nVALUES (42, '${lower(e).split("_")[0]}', '${e}', '${v}', NOW());\n` },
  { name: "Markdown setup doc", r: (v, e) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the key we share for staging:\n\n\`\`\`bash\n${e}=${v}\n\`\`\`\n\n3. Run \`make dev\`.\n` },
  { name: "git diff", r: (v, e, g) => `diff --git a/.env.staging b/.env.staging\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,4 @@ APP_URL=https://staging.acme.dev\n DB_POOL=10\n-${e}=\n+${e}=${v}\n CACHE_TTL=300\n` },
  { name: "chat message", r: (v, e) => `hey, prod sync is failing again. I rotated it this morning, new value for ${e} is ${v} — can you update the deploy secrets and rerun the job?` },
  { name: "Dockerfile ENV", r: (v, e) => `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${e}=${v}\nCOPY . .\nCMD ["node", "dist/server.js"]\n` },
  { name: "jest test fixture", r: (v, e) => `import { describe, it, expect } from "vitest";\nimport { sync } from "../src/sync";\n\ndescribe("sync (live)", () => {\n  it("pulls items", async () => {\n    process.env.${e} = "${v}";\n    const items = await sync();\n    expect(items.length).toBeGreaterThan(0);\n  });\n});\n` },
  { name: "docker run -e", r: (v, e, g) => `$ docker run -d --name worker -e ${e}=${v} -e LOG_LEVEL=info acme/worker:${g.range(1, 9)}.${g.range(0, 20)}\n${g.h(64)}` },
];

/** Rotates specs through renderers, starting at an offset so contexts spread evenly. */
export function build(specs: Spec[], seed: number, idPrefix: string, category: (s: Spec) => string, offset = 0): CorpusCase[] {
  const g = new G(seed);
  const out: CorpusCase[] = [];
  let k = offset;
  for (const s of specs) {
    for (let i = 0; i < (s.n ?? 1); i++) {
      const rd = renderers[k % renderers.length]!;
      k += 7; // coprime with renderer count: walks every context
      const v = s.tok(g);
      out.push({
        id: `${idPrefix}-${String(out.length + 1).padStart(3, "0")}`,
        kind: "secrets",
        category: category(s),
        label: "positive",
        text: rd.r(v, s.env, g),
        note: `${s.provider}; slot ${s.env}; context: ${rd.name}`,
      });
    }
  }
  return out;
}
