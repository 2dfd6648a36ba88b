// Shared PRNG helpers and context renderers for heldout-y49 (skipped by the loader).
// Every credential-shaped value is assembled at run time from a split prefix and a seeded body.
import { mulberry32, randomString } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const A_UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const A_LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const ALNUM = A_UP + A_LO + DIG;
export const LOWNUM = A_LO + DIG;
export const UPNUM = A_UP + DIG;
export const B64 = ALNUM + "+/";
export const B64URL = ALNUM + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export class Gen {
  readonly r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  s(n: number, a: string = ALNUM): string {
    return randomString(this.r, n, a);
  }
  hex(n: number): string {
    return this.s(n, HEX);
  }
  dig(n: number): string {
    return this.s(n, DIG);
  }
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!;
  }
  uuid(): string {
    return [this.hex(8), this.hex(4), "4" + this.hex(3), this.pick(["8", "9", "a", "b"]) + this.hex(3), this.hex(12)].join("-");
  }
  /** Joins parts so no literal prefix appears in the source. */
  j(...parts: string[]): string {
    return parts.join("");
  }
  b64(n: number): string {
    const raw = this.s(n, B64);
    const pad = (4 - (n % 4)) % 4;
    return raw + "=".repeat(pad);
  }
  jwt(claims: Record<string, unknown>, alg = "HS256"): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(claims), this.s(43, B64URL)].join(".");
  }
  pem(label: string, bytes: number): string {
    const body = Buffer.from(Array.from({ length: bytes }, () => this.int(256))).toString("base64");
    const lines = body.match(/.{1,64}/g)!.join("\n");
    return ["-----BEGIN ", label, "-----\n", lines, "\n-----END ", label, "-----"].join("");
  }
}

/** A token to place: provider label, slot (env-style name), value, group. */
export interface Tok {
  provider: string;
  slot: string;
  value: string;
  group: string;
  /** Optional config-key style name for JSON/YAML (defaults derived from slot). */
  key?: string;
  /** Optional host for HTTP renderers. */
  host?: string;
  /** Optional header to carry the value (default Authorization: Bearer). */
  header?: string;
}

const camel = (slot: string) =>
  slot.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const snake = (slot: string) => slot.toLowerCase();
const jsonEsc = (s: string) => JSON.stringify(s).slice(1, -1);

export type Renderer = { name: string; render: (t: Tok, g: Gen) => string };

const hdr = (t: Tok) => {
  if (!t.header) return `Authorization: Bearer ${t.value}`;
  if (t.header.endsWith("=")) return `${t.header}${t.value}`;
  if (t.header.includes(":")) return `${t.header} ${t.value}`;
  return `${t.header}: ${t.value}`;
};
const base = (t: Tok) => t.provider.split(/[\s/]+/)[0]!.toLowerCase().replace(/[^a-z0-9]+/g, "") || "svc";
const host = (t: Tok) => t.host ?? `api.${base(t)}.com`;

export const RENDERERS: Renderer[] = [
  {
    name: "chat body with pasted .env",
    render: (t, g) => {
      const env = `NODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${t.slot}=${t.value}\nDATABASE_POOL=10\n`;
      return JSON.stringify(
        {
          model: "claude-sonnet-4-5",
          max_tokens: 4096,
          messages: [{ role: "user", content: `the app won't boot on staging, here's my .env:\n\n${env}\nwhat am I missing? build id ${g.hex(12)}` }],
        },
        null,
        2,
      );
    },
  },
  {
    name: "chat body with pasted docker-compose",
    render: (t) =>
      JSON.stringify({
        model: "gpt-4.1",
        messages: [
          { role: "system", content: "You are a helpful coding assistant." },
          {
            role: "user",
            content: `why does the worker container keep restarting?\n\`\`\`yaml\nservices:\n  worker:\n    image: ghcr.io/acme/worker:1.14.2\n    restart: unless-stopped\n    environment:\n      - QUEUE=default\n      - ${t.slot}=${t.value}\n    depends_on: [redis]\n  redis:\n    image: redis:7-alpine\n\`\`\``,
          },
        ],
        temperature: 0.2,
      }),
  },
  {
    name: "chat body with pasted CI log",
    render: (t, g) =>
      JSON.stringify({
        model: "claude-opus-4-1",
        messages: [
          {
            role: "user",
            content: `CI failed again:\n\n2026-11-30T10:${g.dig(2).slice(0, 1)}2:01.334Z ##[group]Run ./scripts/deploy.sh\n+ echo \"deploying with ${t.slot}=${t.value}\"\ndeploying with ${t.slot}=${t.value}\n+ ./deploy --env prod\nError: upstream returned 502\n##[error]Process completed with exit code 1.`,
          },
        ],
      }),
  },
  {
    name: "anthropic tool_use write_file",
    render: (t, g) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll add the config file now." },
          {
            type: "tool_use",
            id: `toolu_01${g.s(22)}`,
            name: "write_file",
            input: { path: "config/settings.local.json", content: `{\n  \"${camel(t.slot)}\": \"${t.value}\",\n  \"timeoutMs\": 15000\n}\n` },
          },
        ],
      }),
  },
  {
    name: "openai tool_calls shell",
    render: (t, g) =>
      JSON.stringify({
        role: "assistant",
        content: null,
        tool_calls: [
          {
            id: `call_${g.s(24)}`,
            type: "function",
            function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${t.slot}='${t.value}' && npm run sync -- --verbose` }) },
          },
        ],
      }),
  },
  {
    name: "MCP tool result echoed back",
    render: (t, g) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: g.int(900) + 10,
        result: {
          content: [{ type: "text", text: `$ cat .env.production\n${t.slot}=${t.value}\nSENTRY_ENVIRONMENT=production\nFEATURE_FLAGS=beta,new-nav\n` }],
          isError: false,
        },
      }),
  },
  {
    name: "curl header",
    render: (t) => `curl -sS -X GET "https://${host(t)}/v1/status" \\\n  -H "${hdr(t)}" \\\n  -H "Accept: application/json"`,
  },
  {
    name: "raw HTTP request header",
    render: (t, g) =>
      `POST /v2/jobs HTTP/1.1\r\nHost: ${host(t)}\r\nUser-Agent: acme-agent/0.9.3\r\n${hdr(t)}\r\nContent-Type: application/json\r\nX-Request-Id: ${g.uuid()}\r\n\r\n{"name":"nightly-export","retries":3}`,
  },
  {
    name: "HTTP form body",
    render: (t) =>
      `POST /oauth/token HTTP/1.1\nHost: ${host(t)}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=read%20write&${snake(t.slot)}=${encodeURIComponent(t.value)}`,
  },
  {
    name: "URL query string",
    render: (t) => `GET https://${host(t)}/v1/export?format=csv&limit=500&${snake(t.slot)}=${encodeURIComponent(t.value)} -> 200 OK (1.2s)`,
  },
  {
    name: "HTTP JSON body",
    render: (t) =>
      `POST https://${host(t)}/v1/integrations\nContent-Type: application/json\n\n${JSON.stringify({ name: "prod-sync", enabled: true, credentials: { [camel(t.slot)]: t.value } }, null, 2)}`,
  },
  {
    name: "multipart form",
    render: (t, g) => {
      const b = `----WebKitFormBoundary${g.s(16)}`;
      return `POST /upload HTTP/1.1\nHost: ${host(t)}\nContent-Type: multipart/form-data; boundary=${b}\n\n--${b}\nContent-Disposition: form-data; name="file"; filename="report.csv"\nContent-Type: text/csv\n\nid,total\n1,42\n--${b}\nContent-Disposition: form-data; name="${snake(t.slot)}"\n\n${t.value}\n--${b}--`;
    },
  },
  { name: ".env file", render: (t) => `# production\nAPP_NAME=billing-api\nAPP_URL=https://billing.acme.io\n${t.slot}=${t.value}\nCACHE_TTL=300\n` },
  {
    name: "YAML config",
    render: (t) => `app:\n  name: ingest\n  replicas: 3\nintegrations:\n  ${base(t)}:\n    enabled: true\n    ${snake(t.slot)}: "${t.value}"\n    timeout: 30s\n`,
  },
  {
    name: "TOML config",
    render: (t) => `[server]\nhost = "0.0.0.0"\nport = 9000\n\n[${base(t)}]\n${snake(t.slot)} = "${t.value}"\nretries = 5\n`,
  },
  { name: "INI config", render: (t) => `[default]\nregion = eu-west-1\noutput = json\n\n[service]\n${snake(t.slot)} = ${t.value}\nverbose = false\n` },
  {
    name: ".properties file",
    render: (t) => `spring.application.name=orders\nserver.port=8081\napp.${base(t)}.${camel(t.slot)}=${t.value}\nlogging.level.root=INFO\n`,
  },
  { name: "JSON config", render: (t) => JSON.stringify({ env: "production", region: "us-east-1", [camel(t.slot)]: t.value, features: ["audit", "sso"] }, null, 2) },
  {
    name: "Terraform HCL",
    render: (t) => `variable "${snake(t.slot)}" {\n  type      = string\n  sensitive = true\n  default   = "${t.value}"\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { always = timestamp() }\n}\n`,
  },
  {
    name: "XML config",
    render: (t) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${t.slot}" value="${t.value}" />\n  </appSettings>\n</configuration>\n`,
  },
  {
    name: "Python SDK constructor",
    render: (t) => `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\n# TODO move to secrets manager\n${snake(t.slot)} = os.environ.get("${t.slot}", "${t.value}")\nclient = Client(api_key=${snake(t.slot)}, timeout=20)\n`,
  },
  {
    name: "TypeScript env default",
    render: (t) => `import { createClient } from "./client";\n\nconst ${camel(t.slot)} = process.env.${t.slot} ?? "${t.value}";\n\nexport const client = createClient({ apiKey: ${camel(t.slot)}, retries: 2 });\n`,
  },
  {
    name: "Go code",
    render: (t) => `package main\n\nimport (\n\t"net/http"\n\t"os"\n)\n\nconst default${camel(t.slot).replace(/^./, (c) => c.toUpperCase())} = "${t.value}"\n\nfunc newReq() *http.Request {\n\treq, _ := http.NewRequest("GET", os.Getenv("API_BASE")+"/v1/me", nil)\n\treq.Header.Set("Authorization", "Bearer "+default${camel(t.slot).replace(/^./, (c) => c.toUpperCase())})\n\treturn req\n}\n`,
  },
  {
    name: "Java code",
    render: (t) => `public final class Settings {\n    private static final String ${t.slot} = "${t.value}";\n\n    public static String apiKey() {\n        String v = System.getenv("${t.slot}");\n        return v != null ? v : ${t.slot};\n    }\n}\n`,
  },
  {
    name: "Ruby code",
    render: (t) => `# config/initializers/${base(t)}.rb\nRails.application.config.x.${snake(t.slot)} = ENV.fetch("${t.slot}", "${t.value}")\n`,
  },
  {
    name: "C# code",
    render: (t) => `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", c =>\n{\n    c.DefaultRequestHeaders.Add("Authorization", "Bearer ${t.value}");\n});\nvar app = builder.Build();\n`,
  },
  {
    name: "PHP code",
    render: (t) => `<?php\n\nreturn [\n    'driver' => 'http',\n    '${snake(t.slot)}' => env('${t.slot}', '${t.value}'),\n    'timeout' => 10,\n];\n`,
  },
  {
    name: "test fixture",
    render: (t) => `import { describe, it, expect } from "vitest";\n\n// integration test hits the real API\nconst KEY = "${t.value}";\n\ndescribe("sync", () => {\n  it("lists items", async () => {\n    const res = await list({ key: KEY });\n    expect(res.ok).toBe(true);\n  });\n});\n`,
  },
  {
    name: "GitHub Actions workflow",
    render: (t) => `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${t.slot}: ${t.value}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh\n`,
  },
  {
    name: "CI log",
    render: (t, g) => `[${g.dig(2)}:0${g.int(10)}:1${g.int(10)}] Step 4/9 : configure\n[debug] resolved env: ${t.slot}=${t.value}\n[info] uploading artifacts (3 files, 2.1 MB)\n[warn] cache miss for key node-modules-${g.hex(16)}\n`,
  },
  {
    name: "shell history",
    render: (t) => ` 1021  cd ~/src/platform\n 1022  git pull --rebase\n 1023  export ${t.slot}=${t.value}\n 1024  make deploy ENV=prod\n 1025  kubectl get pods -n prod\n`,
  },
  {
    name: "crash dump with locals",
    render: (t) => `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    resp = session.post(url, headers=headers, json=payload)\n  File "/srv/app/sync.py", line 41, in post\n    raise UpstreamError(resp.status_code)\nUpstreamError: 401\n\nLocals at frame 'post':\n    url = 'https://${host(t)}/v1/sync'\n    headers = {'Authorization': 'Bearer ${t.value}', 'Accept': 'application/json'}\n`,
  },
  {
    name: "Jupyter notebook cell",
    render: (t) =>
      JSON.stringify(
        {
          cells: [
            { cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${t.slot}"] = "${t.value}"\n`, "df = load_dataset()\n"] },
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
    name: "SQL seed",
    render: (t, g) => `INSERT INTO integration_credentials (id, tenant_id, provider, secret, created_at)\nVALUES (${g.int(9000) + 100}, 42, '${t.provider}', '${t.value}', now());\n`,
  },
  {
    name: "Markdown doc",
    render: (t) => `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the shared team key for now:\n\n\`\`\`bash\nexport ${t.slot}="${t.value}"\n\`\`\`\n\n3. Run \`pnpm dev\`.\n`,
  },
  {
    name: "diff",
    render: (t) => `diff --git a/.env.staging b/.env.staging\nindex 3f2a1c0..9b7d4e2 100644\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,4 +3,5 @@ APP_ENV=staging\n REDIS_URL=redis://cache:6379/0\n+${t.slot}=${t.value}\n QUEUE_CONCURRENCY=4\n`,
  },
  {
    name: "chat message",
    render: (t) => `hey, prod is down for the ${t.provider} integration — can you rotate later? for now try this one: ${t.value}  (it's the one from the vault export)`,
  },
  {
    name: "docker run",
    render: (t) => `docker run -d --name api \\\n  -p 8080:8080 \\\n  -e ${t.slot}=${t.value} \\\n  ghcr.io/acme/api:2026.11.3`,
  },
  {
    name: "k8s Secret stringData",
    render: (t) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-secrets\n  namespace: prod\ntype: Opaque\nstringData:\n  ${t.slot}: "${t.value}"\n`,
  },
  {
    name: "chat body JSON-escaped pasted Python",
    render: (t) =>
      `{"model":"gpt-4o","messages":[{"role":"user","content":"${jsonEsc(`refactor this please:\n\nimport requests\nAPI_KEY = "${t.value}"\nr = requests.get("https://${host(t)}/v1/items", headers={"Authorization": f"Bearer {API_KEY}"})\nprint(r.json())`)}"}]}`,
  },
];

/** Rotates tokens through the renderers, starting at offset. */
export function rotate(toks: Tok[], category: (g: string) => string, idPrefix: string, g: Gen, offset = 0): CorpusCase[] {
  return toks.map((t0, i) => {
    const rd = RENDERERS[(i + offset) % RENDERERS.length]!;
    // Multi-line key material goes into one-line slots the way developers do it: "\n"-escaped.
    const t = t0.value.includes("\n") ? { ...t0, value: t0.value.replace(/\n/g, "\\n") } : t0;
    return {
      id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: category(t.group),
      label: "positive",
      text: rd.render(t, g),
      note: `${t.provider} ${t.slot} in ${rd.name}`,
    };
  });
}
