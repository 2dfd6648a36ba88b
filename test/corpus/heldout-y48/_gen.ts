// Shared PRNG helpers and context renderers for heldout-y48 (skipped by the loader: no .cases.ts).
import { mulberry32 } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const A = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
export const LO = "abcdefghijklmnopqrstuvwxyz0123456789";
export const HX = "0123456789abcdef";
export const HXU = "0123456789ABCDEF";
export const B64 = A + "+/";
export const URLS = A + "_-";
export const DIG = "0123456789";

export class G {
  r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  s(n: number, al = A): string {
    let o = "";
    for (let i = 0; i < n; i++) o += al[Math.floor(this.r() * al.length)];
    return o;
  }
  i(n: number): number {
    return Math.floor(this.r() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)]!;
  }
  uuid(): string {
    return [this.s(8, HX), this.s(4, HX), "4" + this.s(3, HX), this.pick(["8", "9", "a", "b"]) + this.s(3, HX), this.s(12, HX)].join("-");
  }
  b64(nBytes: number): string {
    const b = new Uint8Array(nBytes);
    for (let k = 0; k < nBytes; k++) b[k] = Math.floor(this.r() * 256);
    return Buffer.from(b).toString("base64");
  }
  jwt(payload: Record<string, unknown>): string {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg: "HS256", typ: "JWT" }), enc(payload), this.s(43, URLS)].join(".");
  }
}

/** Join parts so no literal prefix+body sits in source. */
export const j = (...p: string[]) => p.join("");

export interface Tok {
  prov: string;
  group: string;
  slot: string; // env-var style name
  val: string;
  /** optional HTTP header form, e.g. "Authorization: Bearer" or "X-Api-Key:" */
  hdr?: string;
  host?: string;
}

const camel = (s: string) => s.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const lower = (s: string) => s.toLowerCase();

type R = (t: Tok, g: G) => [string, string];

export const renderers: R[] = [
  (t) => [`.env pasted into LLM chat body (JSON-escaped)`, JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `why does the app fail to boot? here's my .env\n\n\`\`\`\nNODE_ENV=production\nPORT=8080\n${t.slot}=${t.val}\nLOG_LEVEL=info\n\`\`\`` }] }, null, 2)],
  (t) => [`Anthropic tool_use write_file`, JSON.stringify({ type: "tool_use", id: "toolu_01" + "Xq9w2Lm", name: "write_file", input: { path: "config/.env.production", content: `# generated\nDATABASE_POOL=10\n${t.slot}="${t.val}"\n` } }, null, 2)],
  (t) => [`OpenAI tool_calls shell command (double-escaped)`, JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_7Yh2", type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${t.slot}='${t.val}' && npm run deploy` }) } }] })],
  (t) => [`MCP tool result echoed back`, JSON.stringify({ jsonrpc: "2.0", id: 14, result: { content: [{ type: "text", text: `$ cat ~/.config/app/credentials\n[default]\n${lower(t.slot)} = ${t.val}\nregion = eu-west-1\n` }], isError: false } })],
  (t) => [`curl header`, `curl -sS -X GET 'https://${t.host ?? "api.example-vendor.com"}/v1/status' \\\n  -H '${t.hdr ?? "Authorization: Bearer"} ${t.val}' \\\n  -H 'Accept: application/json'`],
  (t) => [`raw HTTP request header`, `POST /v2/items HTTP/1.1\r\nHost: ${t.host ?? "api.vendor.io"}\r\nUser-Agent: python-requests/2.32.3\r\n${t.hdr ?? "Authorization: Bearer"} ${t.val}\r\nContent-Type: application/json\r\nContent-Length: 17\r\n\r\n{"name":"widget"}`],
  (t) => [`URL query string`, `GET https://${t.host ?? "api.vendor.io"}/v1/search?q=berlin&limit=20&${camel(t.slot).replace(/^[a-z]+([A-Z])/, (m) => m)}=${encodeURIComponent(t.val)} -> 200 OK (143ms)`],
  (t) => [`form-urlencoded body`, `POST /oauth/token HTTP/1.1\nHost: ${t.host ?? "auth.vendor.io"}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=svc-ingest&${lower(t.slot)}=${encodeURIComponent(t.val)}`],
  (t) => [`multipart form field`, `--------------------------9f3c1a\r\nContent-Disposition: form-data; name="file"; filename="report.csv"\r\nContent-Type: text/csv\r\n\r\nid,total\n1,42\r\n--------------------------9f3c1a\r\nContent-Disposition: form-data; name="${lower(t.slot)}"\r\n\r\n${t.val}\r\n--------------------------9f3c1a--`],
  (t) => [`JSON request body`, JSON.stringify({ integration: t.prov, enabled: true, credentials: { [camel(t.slot)]: t.val }, retry: { max: 3 } }, null, 2)],
  (t) => [`YAML config`, `service:\n  name: ingest-worker\n  replicas: 3\nintegrations:\n  ${lower(t.prov).replace(/[^a-z0-9]+/g, "_")}:\n    enabled: true\n    ${lower(t.slot)}: "${t.val}"\n    timeout_ms: 5000\n`],
  (t) => [`TOML config`, `[server]\nhost = "0.0.0.0"\nport = 3000\n\n[${lower(t.prov).replace(/[^a-z0-9]+/g, "_")}]\n${lower(t.slot)} = "${t.val}"\nretries = 4\n`],
  (t) => [`INI config`, `[general]\ndebug = false\n\n[${lower(t.prov).replace(/[^a-z0-9]+/g, "_")}]\n${lower(t.slot)} = ${t.val}\nendpoint = https://${t.host ?? "api.vendor.io"}\n`],
  (t) => [`Java .properties`, `spring.application.name=billing\nserver.port=8081\napp.${lower(t.prov).replace(/[^a-z0-9]+/g, "")}.${camel(t.slot)}=${t.val}\nlogging.level.root=INFO\n`],
  (t) => [`HCL terraform tfvars`, `region      = "us-east-1"\nenvironment = "prod"\n${lower(t.slot)} = "${t.val}"\ninstance_count = 2\n`],
  (t) => [`XML config`, `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${t.slot}" value="${t.val}" />\n  </appSettings>\n</configuration>`],
  (t) => [`Python SDK constructor`, `import os\nimport logging\n\nlog = logging.getLogger(__name__)\n\nclient = Client(\n    api_key="${t.val}",\n    timeout=30,\n)\n\ndef fetch(ids):\n    return client.get_many(ids)\n`],
  (t) => [`Node env default`, `import express from "express";\n\nconst ${camel(t.slot)} = process.env.${t.slot} ?? "${t.val}";\nconst app = express();\n\napp.get("/health", (_req, res) => res.json({ ok: true }));\napp.listen(3000);\n`],
  (t) => [`Go const`, `package config\n\nimport "os"\n\nconst default${camel(t.slot).replace(/^./, (c) => c.toUpperCase())} = "${t.val}"\n\nfunc Key() string {\n\tif v := os.Getenv("${t.slot}"); v != "" {\n\t\treturn v\n\t}\n\treturn default${camel(t.slot).replace(/^./, (c) => c.toUpperCase())}\n}\n`],
  (t) => [`Ruby initializer`, `# config/initializers/${lower(t.prov).replace(/[^a-z0-9]+/g, "_")}.rb\nRails.application.configure do\n  config.x.vendor.${lower(t.slot)} = ENV.fetch("${t.slot}", "${t.val}")\nend\n`],
  (t) => [`C# appsettings code`, `public static class Secrets\n{\n    public const string ${camel(t.slot).replace(/^./, (c) => c.toUpperCase())} = "${t.val}";\n}\n`],
  (t) => [`PHP config array`, `<?php\n\nreturn [\n    'driver' => 'http',\n    '${lower(t.slot)}' => env('${t.slot}', '${t.val}'),\n    'timeout' => 15,\n];\n`],
  (t) => [`Python test fixture`, `import pytest\n\n@pytest.fixture\ndef live_client(monkeypatch):\n    monkeypatch.setenv("${t.slot}", "${t.val}")\n    return make_client()\n`],
  (t) => [`GitHub Actions CI log`, `2026-11-30T09:14:02.1184Z ##[group]Run ./scripts/deploy.sh\n2026-11-30T09:14:02.1190Z env:\n2026-11-30T09:14:02.1191Z   ${t.slot}: ${t.val}\n2026-11-30T09:14:02.1192Z   NODE_VERSION: 20\n2026-11-30T09:14:02.1193Z ##[endgroup]\n2026-11-30T09:14:03.5521Z deploying build 4812...`],
  (t) => [`shell history`, `  501  cd ~/src/ingest\n  502  git pull --rebase\n  503  export ${t.slot}=${t.val}\n  504  make run\n  505  docker ps\n`],
  (t) => [`Python crash dump with locals`, `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in push\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 500 Server Error\n\nLocals at frame push:\n    url = 'https://${t.host ?? "api.vendor.io"}/v1/push'\n    ${lower(t.slot)} = '${t.val}'\n    attempt = 3\n`],
  (t) => [`Jupyter notebook cell`, JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${t.slot}"] = "${t.val}"\n`, "df = load_frame()\n"] }], nbformat: 4, nbformat_minor: 5 }, null, 1)],
  (t) => [`SQL seed insert`, `-- seed integrations\nINSERT INTO integration_credentials (tenant_id, provider, secret, created_at)\nVALUES (42, '${t.prov}', '${t.val}', now());\n`],
  (t) => [`Markdown doc`, `## Local setup\n\n1. Copy \`.env.example\` to \`.env\`.\n2. Use the team key:\n\n\`\`\`bash\n${t.slot}=${t.val}\n\`\`\`\n\n3. Run \`make dev\`.\n`],
  (t) => [`unified diff`, `diff --git a/config/settings.py b/config/settings.py\nindex 3b1c2d0..9ae04f1 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,6 +12,7 @@ CACHE_TTL = 300\n DEBUG = False\n-${t.slot} = os.environ["${t.slot}"]\n+${t.slot} = "${t.val}"\n ALLOWED_HOSTS = ["*"]\n`],
  (t) => [`chat message (Slack-style)`, `[10:42] dana: deploy is failing with 401 again\n[10:43] sam: rotated the ${t.prov} this morning (${t.slot}), new value: ${t.val}\n[10:43] dana: thx, retrying`],
  (t) => [`docker run -e`, `docker run --rm -d --name worker \\\n  -e ${t.slot}=${t.val} \\\n  -e REDIS_HOST=cache \\\n  ghcr.io/acme/worker:1.8.2`],
  (t) => [`Kubernetes Secret stringData`, `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${lower(t.prov).replace(/[^a-z0-9]+/g, "-")}-creds\ntype: Opaque\nstringData:\n  ${t.slot}: "${t.val}"\n`],
  (t) => [`docker-compose pasted in chat (JSON-escaped)`, JSON.stringify({ messages: [{ role: "user", content: `compose won't start:\nservices:\n  api:\n    image: acme/api:latest\n    environment:\n      - ${t.slot}=${t.val}\n      - PORT=80\n` }] })],
  (t) => [`log line`, `2026-11-29 22:10:41,312 DEBUG [http.client] trace_id=4bf92f3577b34da6a3ce929d0e0e4736 sending ${t.hdr ?? "Authorization: Bearer"} ${t.val} to ${t.host ?? "api.vendor.io"}`],
  (t) => [`GitHub Actions workflow env`, `name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${t.slot}: ${t.val}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n`],
];

export function build(prefix: string, category: (t: Tok) => string, toks: Tok[], offset = 0): CorpusCase[] {
  const g = new G(99);
  return toks.map((t, k) => {
    const [ctx, text] = renderers[(k + offset) % renderers.length]!(t, g);
    return {
      id: `${prefix}${String(k + 1).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: category(t),
      label: "positive" as const,
      text,
      note: `${t.prov} ${t.slot} in ${ctx}`,
    };
  });
}
