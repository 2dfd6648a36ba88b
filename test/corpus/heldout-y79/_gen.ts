// Shared PRNG and context renderers for heldout-y79. Skipped by the loader (leading underscore).
// Every credential-shaped value is assembled at run time: prefix pieces joined to a body drawn from
// mulberry32 with a fixed seed per file, so the repository holds no literal credential.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const ANL = LO + DIG;
export const ANU = UP + DIG;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const B64U = AN + "-_";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export const j = (...p: string[]) => p.join("");

export class Gen extends SeededRng {
  s(n: number, a = AN) {
    return this.str(n, a);
  }
  hex(n: number) {
    return this.str(n, HEX);
  }
  uuid() {
    const h = this.hex(32);
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
  }
  digits(n: number) {
    return this.str(n, DIG);
  }
  b64(nBytes: number) {
    return Buffer.from(this.bytes(nBytes)).toString("base64");
  }
  b64url(nBytes: number) {
    return Buffer.from(this.bytes(nBytes)).toString("base64url");
  }
  jwt(payload: Record<string, unknown>) {
    const h = Buffer.from(JSON.stringify({ alg: "HS256", typ: "JWT" })).toString("base64url");
    const p = Buffer.from(JSON.stringify(payload)).toString("base64url");
    return [h, p, this.b64url(32)].join(".");
  }
  pem(label: string, nBytes: number) {
    const body = this.b64(nBytes).match(/.{1,64}/g)!.join("\n");
    return [`-----BEGIN ${label}-----`, body, `-----END ${label}-----`].join("\n");
  }
}

export interface Tok {
  provider: string;
  group: string;
  /** env-var style slot name */
  env: string;
  value: string;
}

/** JSON-escape a text for embedding in a JSON string (no surrounding quotes). */
export const esc = (s: string) => JSON.stringify(s).slice(1, -1);
const camel = (env: string) =>
  env.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const kebab = (env: string) => env.toLowerCase().replace(/_/g, "-");
const dotted = (env: string) => env.toLowerCase().replace(/_/g, ".");

export type Renderer = { ctx: string; render: (t: Tok, g: Gen) => string };

export const RENDERERS: Renderer[] = [
  {
    ctx: "LLM chat body with pasted .env (JSON-escaped)",
    render: (t, g) =>
      JSON.stringify(
        {
          model: "claude-sonnet-4-5",
          max_tokens: 4096,
          messages: [
            {
              role: "user",
              content: `why does the app crash on boot? here's my .env\n\nNODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n${t.env}=${t.value}\nSESSION_TTL=3600\n`,
            },
          ],
        },
        null,
        0,
      ),
  },
  {
    ctx: "Anthropic tool_use write_file of config.yaml",
    render: (t) =>
      JSON.stringify({
        role: "assistant",
        content: [
          { type: "text", text: "I'll write the config file now." },
          {
            type: "tool_use",
            id: "toolu_01" + "Q7xW3mJk2Lp9RnVb8sYtZc",
            name: "write_file",
            input: {
              path: "config/app.yaml",
              content: `server:\n  port: 8080\n  host: 0.0.0.0\nintegrations:\n  ${t.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}:\n    ${camel(t.env)}: "${t.value}"\n    timeout_ms: 5000\n`,
            },
          },
        ],
      }),
  },
  {
    ctx: "OpenAI tool_calls shell command (double-escaped arguments)",
    render: (t) =>
      JSON.stringify({
        role: "assistant",
        tool_calls: [
          {
            id: "call_" + "h4Kd9sPq2WmXz7Lr",
            type: "function",
            function: {
              name: "run_shell",
              arguments: JSON.stringify({ command: `export ${t.env}='${t.value}' && npm run sync -- --verbose` }),
            },
          },
        ],
      }),
  },
  {
    ctx: "MCP tool result echoing a file read",
    render: (t) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: 14,
        result: {
          content: [
            {
              type: "text",
              text: `# deploy/secrets.env\n# rotated 2025-10-02\n${t.env}="${t.value}"\nREGION=eu-west-1\n`,
            },
          ],
          isError: false,
        },
      }),
  },
  {
    ctx: "curl command with header",
    render: (t) =>
      `$ curl -sS -X POST https://api.internal.example.net/v2/sync \\\n  -H "Content-Type: application/json" \\\n  -H "X-${t.provider.replace(/[^A-Za-z0-9]+/g, "-")}-Key: ${t.value}" \\\n  -d '{"dry_run":false,"batch":50}'`,
  },
  {
    ctx: "raw HTTP request with JSON body",
    render: (t) =>
      `POST /api/v1/integrations HTTP/1.1\r\nHost: hooks.example.io\r\nUser-Agent: agent-runner/0.9.2\r\nContent-Type: application/json\r\nAccept: */*\r\n\r\n{"name":"${t.provider} sync","enabled":true,"credentials":{"${camel(t.env)}":"${t.value}"}}`,
  },
  {
    ctx: "HTTP form body",
    render: (t) =>
      `POST /settings/connect HTTP/1.1\r\nHost: admin.example.org\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\nprovider=${encodeURIComponent(t.provider)}&${t.env.toLowerCase()}=${encodeURIComponent(t.value)}&save=1`,
  },
  {
    ctx: "multipart form-data upload",
    render: (t) =>
      `--------------------------5c1d2b9e7a\r\nContent-Disposition: form-data; name="service"\r\n\r\n${t.provider}\r\n--------------------------5c1d2b9e7a\r\nContent-Disposition: form-data; name="${t.env.toLowerCase()}"\r\n\r\n${t.value}\r\n--------------------------5c1d2b9e7a--\r\n`,
  },
  {
    ctx: "URL query string in a fetch log",
    render: (t) =>
      `[fetch] GET https://gateway.example.com/proxy/${kebab(t.env)}?format=json&${camel(t.env)}=${encodeURIComponent(t.value)}&page=2 -> 200 (143ms)`,
  },
  {
    ctx: "docker-compose.yml environment",
    render: (t) =>
      `services:\n  worker:\n    image: ghcr.io/acme/worker:1.14.3\n    restart: unless-stopped\n    environment:\n      - QUEUE=default\n      - ${t.env}=${t.value}\n      - CONCURRENCY=4\n    depends_on:\n      - redis\n`,
  },
  {
    ctx: "TOML config",
    render: (t) =>
      `[app]\nname = "ingest"\nworkers = 4\n\n[${t.provider.toLowerCase().replace(/[^a-z0-9]+/g, "_")}]\n${t.env.toLowerCase()} = "${t.value}"\nretries = 3\n`,
  },
  {
    ctx: "INI config",
    render: (t) =>
      `; generated by setup.sh\n[default]\nregion = us-east-1\noutput = json\n\n[${kebab(t.env)}]\n${t.env.toLowerCase()} = ${t.value}\n`,
  },
  {
    ctx: "Java application.properties",
    render: (t) =>
      `spring.application.name=orders\nserver.port=8081\nspring.jpa.open-in-view=false\napp.${dotted(t.env)}=${t.value}\nlogging.level.root=INFO\n`,
  },
  {
    ctx: "JSON settings file",
    render: (t) =>
      JSON.stringify(
        { $schema: "./schema.json", environment: "production", features: { beta: false }, [camel(t.env)]: t.value, retry: { max: 5 } },
        null,
        2,
      ),
  },
  {
    ctx: "Terraform HCL variable default",
    render: (t) =>
      `variable "${t.env.toLowerCase()}" {\n  type      = string\n  sensitive = true\n  default   = "${t.value}"\n}\n\nresource "null_resource" "bootstrap" {\n  triggers = { v = var.${t.env.toLowerCase()} }\n}\n`,
  },
  {
    ctx: "XML config (web.config appSettings)",
    render: (t) =>
      `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${t.env}" value="${t.value}" />\n  </appSettings>\n</configuration>\n`,
  },
  {
    ctx: "Python SDK constructor",
    render: (t) =>
      `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\n${t.env} = os.environ.get("${t.env}", "${t.value}")\n\ndef make_client():\n    return Client(api_key=${t.env}, timeout=30)\n`,
  },
  {
    ctx: "TypeScript env default",
    render: (t) =>
      `import { createClient } from "./client";\n\nconst ${camel(t.env)} = process.env.${t.env} ?? "${t.value}";\n\nexport const client = createClient({ apiKey: ${camel(t.env)}, retries: 2 });\n`,
  },
  {
    ctx: "Go constant",
    render: (t) =>
      `package config\n\nimport "os"\n\nconst default${camel(t.env).replace(/^./, (c) => c.toUpperCase())} = "${t.value}"\n\nfunc Key() string {\n\tif v := os.Getenv("${t.env}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${camel(t.env).replace(/^./, (c) => c.toUpperCase())}\n}\n`,
  },
  {
    ctx: "Java code field",
    render: (t) =>
      `public final class Credentials {\n    private static final String ${t.env} = "${t.value}";\n\n    public static String get() {\n        return System.getenv().getOrDefault("${t.env}", ${t.env});\n    }\n}\n`,
  },
  {
    ctx: "C# appsettings binding",
    render: (t) =>
      `var builder = WebApplication.CreateBuilder(args);\nbuilder.Services.AddHttpClient("upstream", c => {\n    c.DefaultRequestHeaders.Add("Authorization", "Bearer ${t.value}");\n});\nvar app = builder.Build();\n`,
  },
  {
    ctx: "Ruby initializer",
    render: (t) =>
      `# config/initializers/${t.env.toLowerCase()}.rb\nRails.application.configure do\n  config.x.${t.env.toLowerCase()} = ENV.fetch("${t.env}", "${t.value}")\nend\n`,
  },
  {
    ctx: "PHP config array",
    render: (t) =>
      `<?php\n\nreturn [\n    'driver' => 'http',\n    '${t.env.toLowerCase()}' => env('${t.env}', '${t.value}'),\n    'timeout' => 15,\n];\n`,
  },
  {
    ctx: "Rust test fixture",
    render: (t) =>
      `#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn connects() {\n        let ${t.env.toLowerCase()} = "${t.value}";
        let c = Client::new(${t.env.toLowerCase()});\n        assert!(c.ping().is_ok());\n    }\n}\n`,
  },
  {
    ctx: "GitHub Actions CI log",
    render: (t) =>
      `2025-11-03T10:14:22.118Z ##[group]Run ./scripts/deploy.sh\n2025-11-03T10:14:22.119Z + echo "using ${t.env}=${t.value}"\n2025-11-03T10:14:22.120Z using ${t.env}=${t.value}\n2025-11-03T10:14:25.402Z deploy: uploaded 14 artifacts\n2025-11-03T10:14:25.403Z ##[endgroup]`,
  },
  {
    ctx: "shell history",
    render: (t) =>
      `  501  cd ~/src/billing\n  502  git pull --rebase\n  503  export ${t.env}=${t.value}\n  504  make run\n  505  tail -f logs/app.log\n`,
  },
  {
    ctx: "Python crash dump with locals",
    render: (t) =>
      `Traceback (most recent call last):\n  File "/app/sync.py", line 88, in run\n    resp = client.push(batch)\n  File "/app/client.py", line 41, in push\n    raise UpstreamError(r.status_code)\nUpstreamError: 401\n\nLocals at frame client.py:41:\n    self.base_url = 'https://api.example.net'\n    self.${t.env.toLowerCase()} = '${t.value}'\n    r = <Response [401]>\n`,
  },
  {
    ctx: "Jupyter notebook cell JSON",
    render: (t) =>
      JSON.stringify({
        cells: [
          { cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${t.env}"] = "${t.value}"\n`, "df = load_frame()\n"] },
        ],
        metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
        nbformat: 4,
        nbformat_minor: 5,
      }),
  },
  {
    ctx: "SQL seed insert",
    render: (t) =>
      `-- seed integrations\nINSERT INTO integrations (id, provider, secret, created_at)\nVALUES (42, '${t.provider}', '${t.value}', NOW());\n`,
  },
  {
    ctx: "Markdown setup doc",
    render: (t) =>
      `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Set the ${t.provider} credential:\n\n\`\`\`bash\n${t.env}=${t.value}\n\`\`\`\n\n3. Run \`make dev\`.\n`,
  },
  {
    ctx: "unified diff to .env.production",
    render: (t) =>
      `diff --git a/.env.production b/.env.production\nindex 3f2a1c9..8b7e4d0 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -3,4 +3,5 @@ APP_URL=https://app.example.com\n LOG_LEVEL=warn\n CACHE_TTL=600\n+${t.env}=${t.value}\n FEATURE_FLAGS=search,export\n`,
  },
  {
    ctx: "chat message in a team channel",
    render: (t) =>
      `[10:42] dana: hey can you try with the prod one? ${t.provider} key is ${t.value}\n[10:43] sam: thanks, retrying the import now\n`,
  },
  {
    ctx: "Kubernetes Secret stringData",
    render: (t) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\n  namespace: prod\ntype: Opaque\nstringData:\n  ${t.env}: "${t.value}"\n`,
  },
  {
    ctx: "Dockerfile ENV",
    render: (t) =>
      `FROM node:20-alpine\nWORKDIR /srv\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${t.env}=${t.value}\nCOPY . .\nCMD ["node", "server.js"]\n`,
  },
  {
    ctx: "LLM chat body with pasted log (JSON-escaped)",
    render: (t) =>
      JSON.stringify({
        model: "gpt-4.1",
        messages: [
          { role: "system", content: "You are a helpful coding assistant." },
          {
            role: "user",
            content: `getting 403s, log below:\n\n2025-11-04 09:12:01 INFO starting sync\n2025-11-04 09:12:01 DEBUG config loaded ${t.env.toLowerCase()}=${t.value}\n2025-11-04 09:12:02 ERROR upstream returned 403 Forbidden`,
          },
        ],
        temperature: 0.2,
      }),
  },
  {
    ctx: "Node fetch call with Authorization header",
    render: (t) =>
      `const res = await fetch("https://api.example.dev/v1/items", {\n  method: "GET",\n  headers: {\n    Authorization: "Bearer ${t.value}",\n    "Content-Type": "application/json",\n  },\n});\n`,
  },
];

export function expand(
  toks: Tok[],
  idPrefix: string,
  category: (group: string) => string,
  offset = 0,
): CorpusCase[] {
  return toks.map((t, i) => {
    const r = RENDERERS[(i + offset) % RENDERERS.length]!;
    return {
      id: `${idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: category(t.group),
      label: "positive",
      text: r.render(t, new Gen(0)),
      note: `${t.provider}: ${t.env} in ${r.ctx}`,
    };
  });
}
