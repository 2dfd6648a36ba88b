// Shared PRNG-backed builders and context renderers for heldout-y75 (skipped by the loader).
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const LAN = LO + DIG;
export const UAN = UP + DIG;
export const HEX = "0123456789abcdef";
export const UHEX = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const URL64 = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen {
  private r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  s(n: number, a: string = AN): string {
    let o = "";
    for (let i = 0; i < n; i++) o += a[Math.floor(this.r() * a.length)];
    return o;
  }
  p<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  /** Strong mixed alnum (guarantees upper, lower, digit). */
  mix(n: number, a: string = AN): string {
    for (;;) {
      const v = this.s(n, a);
      const need = [/[A-Z]/, /[a-z]/, /[0-9]/].filter((re) => re.test(a));
      if (need.every((re) => re.test(v))) return v;
    }
  }
  hex(n: number): string {
    return this.s(n, HEX);
  }
  uuid(): string {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${this.p(["8", "9", "a", "b"])}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  b64(nBytes: number): string {
    const b = new Uint8Array(nBytes);
    for (let i = 0; i < nBytes; i++) b[i] = this.int(256);
    return Buffer.from(b).toString("base64");
  }
  b64url(nBytes: number): string {
    return this.b64(nBytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  jwt(payload: Record<string, unknown>): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.b64url(32)].join(".");
  }
  pem(label: string, nBytes: number): string {
    const body = this.b64(nBytes).match(/.{1,64}/g)!.join("\n");
    return ["-----BEGIN ", label, "-----\n", body, "\n-----END ", label, "-----"].join("");
  }
}

/** Join parts at run time so no credential literal sits in the source. */
export const j = (...xs: string[]) => xs.join("");

export interface Spec {
  group: string;
  provider: string;
  /** env-var style name */
  env: string;
  /** config key / JSON field style name */
  key: string;
  make: (g: Gen) => string;
}

export const spec = (group: string, provider: string, env: string, make: (g: Gen) => string, key?: string): Spec => ({
  group,
  provider,
  env,
  key: key ?? env.toLowerCase(),
  make,
});

export type Renderer = { name: string; render: (s: Spec, v: string, g: Gen) => string };

const jsonStr = (s: string) => JSON.stringify(s);
const camel = (k: string) => k.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const slug = (p: string) => p.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

export const RENDERERS: Renderer[] = [
  {
    name: "LLM chat body with pasted .env",
    render: (s, v, g) =>
      JSON.stringify({
        model: g.p(["claude-sonnet-4-5", "gpt-4.1", "claude-opus-4-1"]),
        max_tokens: 4096,
        messages: [
          {
            role: "user",
            content: `my app won't start after I rotated stuff, here's the .env:\n\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${s.env}=${v}\nDATABASE_POOL=10\n\nwhat am I missing?`,
          },
        ],
      }, null, 2),
  },
  {
    name: "Anthropic tool_use write_file",
    render: (s, v, g) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll write the config file now." },
          {
            type: "tool_use",
            id: `toolu_01${g.s(22)}`,
            name: "write_file",
            input: {
              path: "config/settings.yaml",
              content: `service:\n  name: ${slug(s.provider)}-sync\n  timeout: 30s\n${slug(s.provider).replace(/-/g, "_")}:\n  ${s.key}: ${v}\n  retries: 3\n`,
            },
          },
        ],
      }, null, 2),
  },
  {
    name: "OpenAI tool_calls shell command",
    render: (s, v, g) =>
      JSON.stringify({
        role: "assistant",
        content: null,
        tool_calls: [
          {
            id: `call_${g.s(24)}`,
            type: "function",
            function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${s.env}='${v}' && npm run deploy -- --env prod` }) },
          },
        ],
      }, null, 2),
  },
  {
    name: "MCP tool result echoed back",
    render: (s, v, g) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: g.int(900) + 10,
        result: {
          content: [{ type: "text", text: `$ cat ~/.config/${slug(s.provider)}/credentials\n[default]\n${s.key} = ${v}\nregion = eu-west-1\n` }],
          isError: false,
        },
      }, null, 2),
  },
  {
    name: "curl with header",
    render: (s, v) =>
      `curl -sS -X POST https://api.${slug(s.provider).split("-")[0]}.example-svc.io/v1/jobs \\\n  -H "Authorization: Bearer ${v}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"name":"nightly","dry_run":false}'`,
  },
  {
    name: "raw HTTP request header",
    render: (s, v, g) =>
      `GET /v2/resources?limit=50 HTTP/1.1\r\nHost: api.${slug(s.provider)}.net\r\nUser-Agent: agent/1.4.2\r\nAccept: application/json\r\nX-Api-Key: ${v}\r\nX-Request-Id: ${g.uuid()}\r\n\r\n`,
  },
  {
    name: "URL query string",
    render: (s, v, g) =>
      `fetching https://hooks.${slug(s.provider)}.io/api/export?format=csv&${s.key}=${encodeURIComponent(v)}&page=${g.int(9) + 1}\nHTTP 200 in 412ms`,
  },
  {
    name: "form-urlencoded body",
    render: (s, v) =>
      `POST /oauth/token HTTP/1.1\nHost: auth.${slug(s.provider)}.com\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-reporting&${s.key}=${encodeURIComponent(v)}&scope=read`,
  },
  {
    name: "multipart form body",
    render: (s, v, g) => {
      const b = `----WebKitFormBoundary${g.s(16)}`;
      return `Content-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="${s.key}"\n\n${v}\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}--`;
    },
  },
  {
    name: "JSON request body",
    render: (s, v) =>
      `fetch("https://api.internal.dev/integrations", {\n  method: "POST",\n  headers: { "content-type": "application/json" },\n  body: JSON.stringify(${JSON.stringify({ provider: slug(s.provider), [camel(s.key)]: v, enabled: true }, null, 2).replace(/\n/g, "\n  ")}),\n});`,
  },
  {
    name: "YAML config",
    render: (s, v) =>
      `# config/production.yml\nserver:\n  host: 0.0.0.0\n  port: 3000\nintegrations:\n  ${slug(s.provider).replace(/-/g, "_")}:\n    enabled: true\n    ${s.key}: "${v}"\n    timeout_ms: 5000\n`,
  },
  {
    name: "TOML config",
    render: (s, v) =>
      `# settings.toml\n[app]\nname = "billing-worker"\ndebug = false\n\n[${slug(s.provider).replace(/-/g, "_")}]\n${s.key} = ${jsonStr(v)}\nendpoint = "https://api.example.org"\n`,
  },
  {
    name: "INI config",
    render: (s, v) =>
      `; deploy.ini\n[general]\nenvironment = production\nworkers = 4\n\n[${slug(s.provider)}]\n${s.key} = ${v}\nverify_ssl = true\n`,
  },
  {
    name: "Java .properties",
    render: (s, v) =>
      `# application-prod.properties\nspring.application.name=orders\nserver.port=8081\n${slug(s.provider).replace(/-/g, ".")}.${camel(s.key)}=${v}\nlogging.level.root=INFO\n`,
  },
  {
    name: "JSON config file",
    render: (s, v) =>
      JSON.stringify({ $schema: "./config.schema.json", env: "prod", services: { [slug(s.provider)]: { [camel(s.key)]: v, region: "us-east-1" } } }, null, 2),
  },
  {
    name: "Terraform HCL",
    render: (s, v) =>
      `# main.tf\nprovider "${slug(s.provider).split("-")[0]}" {\n  ${s.key} = "${v}"\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { version = "3" }\n}\n`,
  },
  {
    name: "XML config",
    render: (s, v) =>
      `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${s.env}" value="${v}" />\n  </appSettings>\n</configuration>`,
  },
  {
    name: "Python SDK constructor",
    render: (s, v) =>
      `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\nclient = ${s.provider.replace(/[^A-Za-z]/g, "")}Client(\n    ${s.key}="${v}",\n    timeout=30,\n)\n\ndef sync():\n    log.info("syncing")\n    return client.list(limit=100)\n`,
  },
  {
    name: "Node env default",
    render: (s, v) =>
      `// src/lib/client.ts\nconst ${camel(s.key)} = process.env.${s.env} ?? "${v}";\n\nexport const client = createClient({ ${camel(s.key)}, retries: 2 });\n`,
  },
  {
    name: "Go code",
    render: (s, v) =>
      `package main\n\nimport (\n\t"log"\n\t"os"\n)\n\nfunc main() {\n\tkey := os.Getenv("${s.env}")\n\tif key == "" {\n\t\tkey = "${v}"\n\t}\n\tlog.Printf("starting with %d-char key", len(key))\n}\n`,
  },
  {
    name: "Java code",
    render: (s, v) =>
      `public final class ${s.provider.replace(/[^A-Za-z]/g, "")}Config {\n    private static final String ${s.env} = "${v}";\n\n    public static String get() {\n        return System.getenv().getOrDefault("${s.env}", ${s.env});\n    }\n}\n`,
  },
  {
    name: "Ruby code",
    render: (s, v) =>
      `# config/initializers/${slug(s.provider).replace(/-/g, "_")}.rb\nRails.application.configure do\n  config.x.${slug(s.provider).replace(/-/g, "_")}.${s.key} = ENV.fetch("${s.env}", "${v}")\nend\n`,
  },
  {
    name: "PHP code",
    render: (s, v) =>
      `<?php\n// config/services.php\nreturn [\n    '${slug(s.provider)}' => [\n        '${s.key}' => env('${s.env}', '${v}'),\n        'timeout' => 15,\n    ],\n];\n`,
  },
  {
    name: "Rust test fixture",
    render: (s, v) =>
      `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    const ${s.env}: &str = "${v}";\n\n    #[test]\n    fn auth_header_is_built() {\n        let h = auth_header(${s.env});\n        assert!(h.starts_with("Bearer "));\n    }\n}\n`,
  },
  {
    name: "C# code",
    render: (s, v) =>
      `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("${slug(s.provider)}", c =>\n{\n    c.BaseAddress = new Uri("https://api.example.net/");\n    c.DefaultRequestHeaders.Add("Authorization", "Bearer ${v}");\n});\n`,
  },
  {
    name: "GitHub Actions CI log",
    render: (s, v, g) =>
      `2026-11-${10 + g.int(18)}T08:1${g.int(9)}:0${g.int(9)}.${g.s(7, DIG)}Z ##[group]Run ./scripts/deploy.sh\n2026-11-14T08:12:04.1200000Z env:\n2026-11-14T08:12:04.1200000Z   ${s.env}: ${v}\n2026-11-14T08:12:04.1200000Z   NODE_VERSION: 20\n2026-11-14T08:12:04.1300000Z ##[endgroup]\n2026-11-14T08:12:05.0000000Z Deploying build ${g.hex(7)}...`,
  },
  {
    name: "GitLab CI yaml",
    render: (s, v) =>
      `# .gitlab-ci.yml\nstages: [test, deploy]\n\ndeploy:\n  stage: deploy\n  image: node:20\n  variables:\n    ${s.env}: "${v}"\n  script:\n    - npm ci\n    - npm run deploy\n`,
  },
  {
    name: "shell history",
    render: (s, v) =>
      `  501  git pull --rebase\n  502  npm ci\n  503  export ${s.env}=${v}\n  504  npm run migrate\n  505  kubectl get pods -n prod\n`,
  },
  {
    name: "docker run",
    render: (s, v) =>
      `docker run -d --name ${slug(s.provider)}-worker \\\n  -e ${s.env}=${v} \\\n  -e LOG_LEVEL=debug \\\n  -p 8080:8080 ghcr.io/acme/worker:1.9.3`,
  },
  {
    name: "Python crash dump with locals",
    render: (s, v) =>
      `Traceback (most recent call last):\n  File "/app/worker/sync.py", line 88, in run\n    resp = session.post(url, headers=headers, timeout=10)\n  File "/usr/lib/python3.12/site-packages/requests/sessions.py", line 637, in post\n    return self.request("POST", url, data=data, json=json, **kwargs)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.${slug(s.provider)}.com', port=443): Max retries exceeded\n\nLocals at frame run:\n    url = 'https://api.${slug(s.provider)}.com/v1/push'\n    headers = {'Authorization': 'Bearer ${v}', 'Accept': 'application/json'}\n    attempt = 3`,
  },
  {
    name: "Jupyter notebook cell",
    render: (s, v) =>
      JSON.stringify({
        cells: [
          { cell_type: "markdown", metadata: {}, source: ["## Pull data\n"] },
          { cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.env}"] = "${v}"\n`, "df = load_frame()\n"] },
        ],
        metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
        nbformat: 4,
        nbformat_minor: 5,
      }, null, 1),
  },
  {
    name: "SQL seed insert",
    render: (s, v, g) =>
      `-- db/seeds/integrations.sql\nINSERT INTO integrations (id, tenant_id, provider, ${s.key}, created_at)\nVALUES (${g.int(900) + 100}, 7, '${slug(s.provider)}', '${v}', NOW());\n`,
  },
  {
    name: "Markdown doc",
    render: (s, v) =>
      `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the team key (ask in #infra if it rotates):\n\n\`\`\`bash\nexport ${s.env}="${v}"\n\`\`\`\n\n3. Run \`make dev\`.\n`,
  },
  {
    name: "unified diff",
    render: (s, v) =>
      `diff --git a/.env.production b/.env.production\nindex 3f2a1c9..8b7d0e4 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,4 +3,4 @@ APP_URL=https://app.example.com\n CACHE_TTL=300\n-${s.env}=\n+${s.env}=${v}\n FEATURE_FLAGS=beta\n`,
  },
  {
    name: "chat message (Slack paste)",
    render: (s, v) =>
      JSON.stringify({
        model: "gpt-4.1-mini",
        messages: [
          { role: "system", content: "You summarise team chat threads." },
          { role: "user", content: `[09:14] dana: prod ${s.provider} key got rotated, new one is ${v}\n[09:15] li: thx, updating the vault now\n[09:16] dana: 👍` },
        ],
      }, null, 2),
  },
  {
    name: "k8s Secret stringData",
    render: (s, v) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${slug(s.provider)}-creds\n  namespace: prod\ntype: Opaque\nstringData:\n  ${s.env}: "${v}"\n`,
  },
  {
    name: "docker-compose",
    render: (s, v) =>
      `services:\n  api:\n    image: acme/api:2.3.1\n    ports: ["8080:8080"]\n    environment:\n      - NODE_ENV=production\n      - ${s.env}=${v}\n    depends_on: [db]\n`,
  },
];

export function build(prefix: string, category: string, specs: Spec[], seed: number, perSpec: (i: number) => number, offset = 0): CorpusCase[] {
  const g = new Gen(seed);
  const out: CorpusCase[] = [];
  let n = 0;
  specs.forEach((s, i) => {
    const reps = perSpec(i);
    for (let k = 0; k < reps; k++) {
      const r = RENDERERS[(n * 7 + offset) % RENDERERS.length]!;
      const v = s.make(g);
      n++;
      out.push({
        id: `${prefix}-${String(n).padStart(3, "0")}`,
        kind: "secrets",
        category: `${category}-${s.group}`,
        label: "positive",
        text: r.render(s, v, g),
        note: `${s.provider} ${s.env} in ${r.name}`,
      });
    }
  });
  return out;
}
