// Shared PRNG helpers and context renderers for heldout-y95 (skipped by the loader).
// Every credential-shaped value is assembled at run time: split prefix + seeded body.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DIG = "0123456789";
export const ALNUM = UP + LO + DIG;
export const HEXS = "0123456789abcdef";

export class Gen extends SeededRng {
  a(n: number) { return this.str(n, ALNUM); }
  h(n: number) { return this.str(n, HEXS); }
  H(n: number) { return this.str(n, "0123456789ABCDEF"); }
  d(n: number) { return this.str(n, DIG); }
  l(n: number) { return this.str(n, LO + DIG); }
  u(n: number) { return this.str(n, UP + DIG); }
  b32(n: number) { return this.str(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"); }
  b64(n: number) { return this.str(n, ALNUM + "+/"); }
  url64(n: number) { return this.str(n, ALNUM + "-_"); }
  uuid() { return [this.h(8), this.h(4), "4" + this.h(3), this.pick(["8", "9", "a", "b"]) + this.h(3), this.h(12)].join("-"); }
  b64enc(s: string) { return Buffer.from(s, "utf8").toString("base64"); }
  jwt(payload: Record<string, unknown>) {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.url64(43)].join(".");
  }
}

/** Join pieces so no literal prefix+body sits in the repo. */
export const j = (...p: string[]) => p.join("");

export interface Spec {
  group: string;
  provider: string;
  /** env var name a developer would use */
  env: string;
  make: (g: Gen) => string;
  /** optional HTTP header name (else Authorization: Bearer) */
  header?: string;
}

export type Renderer = { name: string; render: (env: string, v: string, s: Spec, g: Gen) => string };

const camel = (env: string) =>
  env.toLowerCase().split("_").map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1))).join("");
const kebab = (env: string) => env.toLowerCase().replace(/_/g, "-");
const dotted = (env: string) => env.toLowerCase().replace(/_/g, ".");
const host = (s: Spec) => "api." + s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "") + ".com";
const hdr = (s: Spec, v: string) =>
  !s.header ? `Authorization: Bearer ${v}` : s.header.endsWith("=") ? `${s.header}${v}` : s.header.includes(":") ? `${s.header} ${v}` : `${s.header}: ${v}`;
const jstr = (x: string) => JSON.stringify(x);

export const RENDERERS: Renderer[] = [
  { name: "chat body with pasted .env", render: (e, v, s, g) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content: `why does the app crash on boot? here is my .env:\n\nNODE_ENV=production\nPORT=${g.range(3000, 9000)}\nLOG_LEVEL=info\n${e}=${v}\nDATABASE_POOL=10\n` }] }, null, 1) },
  { name: "tool_use write_file", render: (e, v) => JSON.stringify({ type: "tool_use", id: "toolu_01" + "Xq9fLm2Pz", name: "write_file", input: { path: "config/settings.py", content: `import os\n\nDEBUG = False\n${e} = os.environ.get("${e}", "${v}")\nALLOWED_HOSTS = ["*"]\n` } }) },
  { name: "openai tool_calls shell", render: (e, v) => JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_7", type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${e}='${v}' && npm run deploy` }) } }] }) },
  { name: "MCP tool result echo", render: (e, v, s) => JSON.stringify({ jsonrpc: "2.0", id: 14, result: { content: [{ type: "text", text: `$ cat ~/.config/${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "")}/credentials\n[default]\n${e.toLowerCase()} = ${v}\nregion = eu-west-1\n` }], isError: false } }) },
  { name: "curl header", render: (e, v, s) => `curl -sS -X GET "https://${host(s)}/v1/me" \\\n  -H "${hdr(s, v)}" \\\n  -H "Accept: application/json"` },
  { name: "HTTP raw request JSON body", render: (e, v, s) => `POST /v2/sync HTTP/1.1\nHost: ${host(s)}\nContent-Type: application/json\nUser-Agent: agent/1.4\n\n{"client":"cli","${camel(e)}":${jstr(v)},"dryRun":false}` },
  { name: "URL query string", render: (e, v, s) => `GET https://${host(s)}/v1/query?limit=50&${e.toLowerCase()}=${encodeURIComponent(v)}&format=json` },
  { name: "form body", render: (e, v) => `POST /oauth/token HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&${e.toLowerCase()}=${encodeURIComponent(v)}&scope=read` },
  { name: "multipart form", render: (e, v) => `--boundary7MA4YWxk\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--boundary7MA4YWxk\nContent-Disposition: form-data; name="${e.toLowerCase()}"\n\n${v}\n--boundary7MA4YWxk--` },
  { name: "docker-compose YAML", render: (e, v) => `services:\n  api:\n    image: ghcr.io/acme/api:1.8.2\n    ports:\n      - "8080:8080"\n    environment:\n      - LOG_LEVEL=debug\n      - ${e}=${v}\n    restart: unless-stopped` },
  { name: "Helm values YAML", render: (e, v) => `replicaCount: 2\nimage:\n  repository: acme/worker\n  tag: "2.3.0"\nsecrets:\n  ${camel(e)}: "${v}"\nresources:\n  limits:\n    memory: 512Mi` },
  { name: "TOML config", render: (e, v, s) => `[server]\nhost = "0.0.0.0"\nport = 8000\n\n[${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${e.toLowerCase()} = "${v}"\ntimeout_secs = 30` },
  { name: "INI config", render: (e, v, s) => `; generated by setup.sh\n[general]\nretries=3\n\n[${s.provider}]\n${e.toLowerCase()}=${v}\nverbose=false` },
  { name: ".properties", render: (e, v) => `spring.application.name=billing\nserver.port=8081\napp.${dotted(e)}=${v}\nlogging.level.root=INFO` },
  { name: "JSON config", render: (e, v) => JSON.stringify({ name: "worker", version: "0.9.1", integrations: { [camel(e)]: v, enabled: true }, retries: 3 }, null, 2) },
  { name: "Terraform HCL", render: (e, v, s) => `provider "${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "")}" {\n  ${e.toLowerCase()} = "${v}"\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { always = timestamp() }\n}` },
  { name: "XML config", render: (e, v) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${e}" value="${v}" />\n  </appSettings>\n</configuration>` },
  { name: "Python SDK constructor", render: (e, v, s) => `import logging\nimport requests\n\nlog = logging.getLogger(__name__)\n\nclient = ${s.provider.replace(/[^A-Za-z0-9]/g, "")}Client(\n    ${e.toLowerCase()}="${v}",\n    timeout=20,\n)\n` },
  { name: "JS env default", render: (e, v) => `const express = require("express");\nconst app = express();\nconst ${camel(e)} = process.env.${e} || "${v}";\n\napp.listen(3000, () => console.log("up"));` },
  { name: "Go const", render: (e, v) => `package config\n\nimport "os"\n\nconst default${camel(e).replace(/^./, (c) => c.toUpperCase())} = "${v}"\n\nfunc Get() string {\n\tif v := os.Getenv("${e}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${camel(e).replace(/^./, (c) => c.toUpperCase())}\n}` },
  { name: "Java field", render: (e, v) => `public final class Settings {\n    private static final String ${e} = "${v}";\n    private static final int TIMEOUT_MS = 5000;\n}` },
  { name: "C# appsettings use", render: (e, v, s) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("${s.provider}", c => {\n    c.DefaultRequestHeaders.Add("Authorization", "Bearer ${v}");\n});\nvar app = builder.Build();` },
  { name: "Ruby initializer", render: (e, v, s) => `# config/initializers/${kebab(e).replace(/-/g, "_")}.rb\nRails.application.configure do\n  config.x.${e.toLowerCase()} = ENV.fetch("${e}", "${v}")\nend` },
  { name: "PHP config", render: (e, v) => `<?php\nreturn [\n    'debug' => false,\n    '${e.toLowerCase()}' => env('${e}', '${v}'),\n];` },
  { name: "Rust test fixture", render: (e, v) => `#[cfg(test)]\nmod tests {\n    #[test]\n    fn connects() {\n        std::env::set_var("${e}", "${v}");\n        assert!(super::connect().is_ok());\n    }\n}` },
  { name: "CI log", render: (e, v, s, g) => `2026-11-30T08:1${g.int(10)}:0${g.int(10)}.412Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T08:14:02.533Z + echo "using ${e}=${v}"\n2026-11-30T08:14:02.534Z using ${e}=${v}\n2026-11-30T08:14:03.101Z Deploying commit ${g.h(40)}\n2026-11-30T08:14:09.870Z ##[endgroup]` },
  { name: "shell history", render: (e, v, s) => `  501  cd ~/src/api\n  502  git pull --rebase\n  503  export ${e}=${v}\n  504  ./bin/sync --provider ${s.provider.toLowerCase().replace(/[^a-z0-9]+/g, "")}\n  505  history | tail` },
  { name: "Python crash dump with locals", render: (e, v, s, g) => `Traceback (most recent call last):\n  File "/app/worker.py", line ${g.range(20, 300)}, in sync\n    resp = session.post(url, headers=headers)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\nrequests.exceptions.HTTPError: 401 Client Error\n\nLocals:\n  url = 'https://${host(s)}/v1/sync'\n  ${e.toLowerCase()} = '${v}'\n  retries = 3` },
  { name: "Jupyter notebook cell", render: (e, v) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${e}"] = "${v}"\n`, "df = load()\n"] }], nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { name: "SQL seed insert", render: (e, v, s) => `INSERT INTO integration_credentials (tenant_id, provider, name, secret_value, created_at)\nVALUES (42, '${s.provider}', '${e}', '${v}', NOW());` },
  { name: "Markdown doc", render: (e, v, s) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the ${s.provider} setting:\n\n\`\`\`bash\n${e}=${v}\n\`\`\`\n\n3. Run \`make dev\`.` },
  { name: "diff", render: (e, v) => `diff --git a/.env.production b/.env.production\nindex 3b18e51..9f2c7aa 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,3 +3,4 @@ APP_URL=https://app.example.org\n CACHE_TTL=600\n-${e}=\n+${e}=${v}\n FEATURE_FLAGS=beta` },
  { name: "chat message", render: (e, v, s) => JSON.stringify({ role: "user", content: `ok the ${s.provider} one that works is ${v} — can you wire it into the worker and retry the job?` }) },
  { name: "GitHub Actions workflow", render: (e, v) => `name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${e}: ${v}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy` },
  { name: "docker run", render: (e, v) => `docker run -d --name sync \\\n  -e RUST_LOG=info \\\n  -e ${e}=${v} \\\n  -p 9000:9000 ghcr.io/acme/sync:latest` },
  { name: "k8s Secret base64", render: (e, v, s, g) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${kebab(e)}\ntype: Opaque\ndata:\n  ${e}: ${g.b64enc(v)}` },
];

export interface BuildOpts { idPrefix: string; categoryPrefix: string; offset?: number; start?: number }

/** Renders each spec once per repeat through the rotating renderers. */
export function build(specs: Spec[], g: Gen, o: BuildOpts, rounds = 1): CorpusCase[] {
  const out: CorpusCase[] = [];
  let i = o.start ?? 0;
  for (let r = 0; r < rounds; r++) {
    for (const s of specs) {
      const rr = RENDERERS[(i * 7 + (o.offset ?? 0) + r * 3) % RENDERERS.length]!;
      const v = s.make(g);
      const n = String(++i).padStart(3, "0");
      out.push({
        id: `${o.idPrefix}-${n}`,
        kind: "secrets",
        category: `${o.categoryPrefix}-${s.group}`,
        label: "positive",
        text: rr.render(s.env, v, s, g),
        note: `${s.provider} ${s.env} in ${rr.name}`,
      });
    }
  }
  return out;
}
