// Outbound contexts an AI coding agent sends: each wraps one provider token. Skipped by the loader.
import { b64 } from "./_gen.ts";

export interface Spec {
  /** provider display name */
  p: string;
  /** category group */
  g: string;
  /** variable name a developer would use */
  v: string;
  /** builds the token */
  t: () => string;
  /** header line template, {} = token */
  h?: string;
  /** API host */
  host?: string;
  /** query parameter name */
  q?: string;
  /** shape alone is distinctive (may appear bare, with no name) */
  bare?: boolean;
}

const camel = (v: string) => v.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const kebab = (v: string) => v.toLowerCase().replace(/_/g, "-");
const host = (s: Spec) => s.host ?? `api.${s.p.toLowerCase().replace(/[^a-z0-9]/g, "")}.com`;
const header = (s: Spec, t: string) => (s.h ?? "Authorization: Bearer {}").replace("{}", t);

export type Ctx = (s: Spec, t: string, i: number) => string;

export const CONTEXTS: [string, Ctx][] = [
  ["llm-json-env", (s, t) =>
    JSON.stringify({
      model: "claude-sonnet-4-5",
      max_tokens: 2048,
      messages: [{ role: "user", content: `my app can't reach ${s.p}, here's the .env it loads:\n\nNODE_ENV=production\nPORT=8080\n${s.v}=${t}\nLOG_LEVEL=debug\n\nwhat am I missing?` }],
    })],
  ["tool-call-write", (s, t) =>
    JSON.stringify({ type: "tool_use", id: "toolu_01", name: "write_file", input: { path: "config/settings.json", content: JSON.stringify({ [camel(s.v)]: t, timeoutMs: 5000 }, null, 2) } })],
  ["shell-export", (s, t) => `export ${s.v}="${t}" && npm run deploy -- --env production`],
  ["shell-curl-header", (s, t) => `curl -sS -X GET "https://${host(s)}/v1/status" -H "${header(s, t)}" -H "Accept: application/json"`],
  ["dotenv", (s, t) => `# .env.production\nDATABASE_POOL=10\n${s.v}=${t}\nFEATURE_X=true\n`],
  ["yaml", (s, t) => `app:\n  name: billing-worker\n  region: eu-west-1\n${s.p.toLowerCase().replace(/[^a-z0-9]/g, "_")}:\n  ${camel(s.v)}: "${t}"\n  retries: 3\n`],
  ["toml", (s, t) => `[server]\nport = 8080\n\n[integrations.${s.p.toLowerCase().replace(/[^a-z0-9]/g, "")}]\n${s.v.toLowerCase()} = "${t}"\nenabled = true\n`],
  ["ini", (s, t) => `[default]\nregion = us-east-1\n\n[${kebab(s.v)}]\n${s.v.toLowerCase()} = ${t}\n`],
  ["properties", (s, t) => `spring.application.name=orders\nserver.port=8081\napp.${kebab(s.v).replace(/-/g, ".")}=${t}\n`],
  ["python", (s, t) => `import os\nimport requests\n\n${s.v} = "${t}"\n\ndef fetch():\n    r = requests.get("https://${host(s)}/v1/me", headers={"Authorization": f"Bearer {${s.v}}"})\n    r.raise_for_status()\n    return r.json()\n`],
  ["typescript", (s, t) => `import axios from "axios";\n\nconst ${camel(s.v)} = "${t}";\n\nexport const client = axios.create({\n  baseURL: "https://${host(s)}",\n  headers: { Authorization: \`Bearer \${${camel(s.v)}}\` },\n});\n`],
  ["go", (s, t) => `package main\n\nimport "net/http"\n\nconst ${camel(s.v)} = "${t}"\n\nfunc newReq() (*http.Request, error) {\n\treq, err := http.NewRequest("GET", "https://${host(s)}/v1/items", nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treq.Header.Set("Authorization", "Bearer "+${camel(s.v)})\n\treturn req, nil\n}\n`],
  ["rust", (s, t) => `use reqwest::Client;\n\nconst ${s.v}: &str = "${t}";\n\nasync fn ping(c: &Client) -> reqwest::Result<String> {\n    c.get("https://${host(s)}/v1/ping").bearer_auth(${s.v}).send().await?.text().await\n}\n`],
  ["java", (s, t) => `public final class Config {\n    private static final String ${s.v} = "${t}";\n\n    public static String token() {\n        return ${s.v};\n    }\n}\n`],
  ["csharp", (s, t) => `var client = new HttpClient();\nclient.DefaultRequestHeaders.Add("Authorization", "Bearer ${t}");\nvar resp = await client.GetAsync("https://${host(s)}/v1/account");\n`],
  ["ruby", (s, t) => `require "net/http"\n\n${s.p.replace(/[^A-Za-z]/g, "")}Client.configure do |config|\n  config.${s.v.toLowerCase()} = "${t}"\n  config.timeout = 10\nend\n`],
  ["php", (s, t) => `<?php\nreturn [\n    'driver' => '${s.p.toLowerCase().replace(/[^a-z]/g, "")}',\n    '${s.v.toLowerCase()}' => '${t}',\n    'timeout' => 30,\n];\n`],
  ["kotlin", (s, t) => `object Secrets {\n    const val ${s.v} = "${t}"\n}\n\nval request = Request.Builder().url("https://${host(s)}/v1/me").header("Authorization", "Bearer \${Secrets.${s.v}}").build()\n`],
  ["swift", (s, t) => `enum Env {\n    static let ${camel(s.v)} = "${t}"\n}\n\nvar req = URLRequest(url: URL(string: "https://${host(s)}/v1/me")!)\nreq.setValue("Bearer \\(Env.${camel(s.v)})", forHTTPHeaderField: "Authorization")\n`],
  ["terraform", (s, t) => `provider "${s.p.toLowerCase().replace(/[^a-z0-9]/g, "")}" {\n  ${s.v.toLowerCase()} = "${t}"\n}\n\nresource "null_resource" "bootstrap" {}\n`],
  ["dockerfile", (s, t) => `FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nENV ${s.v}=${t}\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n`],
  ["gh-actions", (s, t) => `name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${s.v}: ${t}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/release.sh\n`],
  ["k8s-secret-b64", (s, t) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${kebab(s.v)}\n  namespace: prod\ntype: Opaque\ndata:\n  ${s.v}: ${b64(t)}\n`],
  ["http-request", (s, t) => `POST /v1/events HTTP/1.1\r\nHost: ${host(s)}\r\n${header(s, t)}\r\nContent-Type: application/json\r\n\r\n{"event":"signup"}`],
  ["url-query", (s, t) => `https://${host(s)}/v2/data?${s.q ?? "api_key"}=${encodeURIComponent(t)}&format=json&limit=50`],
  ["log-line", (s, t) => `2025-03-14T09:21:07.412Z ERROR [worker-3] ${s.p} request failed status=401 ${s.v.toLowerCase()}=${t} retry=2`],
  ["stack-trace", (s, t) => `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in run\n    client = ${s.p.replace(/[^A-Za-z]/g, "")}Client(token="${t}")\n  File "/srv/app/clients.py", line 14, in __init__\n    raise AuthError("invalid credentials")\nclients.AuthError: invalid credentials`],
  ["markdown", (s, t) => `## Setup\n\n1. Install deps with \`pnpm i\`\n2. Set the ${s.p} key:\n\n\`\`\`bash\n${s.v}=${t}\n\`\`\`\n\n3. Run \`pnpm dev\`.`],
  ["diff", (s, t) => `diff --git a/src/config.ts b/src/config.ts\nindex 3f1c2aa..9b0e4d1 100644\n--- a/src/config.ts\n+++ b/src/config.ts\n@@ -4,3 +4,4 @@ export const config = {\n   region: "us-east-1",\n+  ${camel(s.v)}: "${t}",\n   debug: false,\n };\n`],
  ["jupyter", (s, t) =>
    JSON.stringify({
      cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${s.v}"] = "${t}"\n`, "client = make_client()\n"] }],
      metadata: { kernelspec: { name: "python3", display_name: "Python 3" } },
      nbformat: 4,
      nbformat_minor: 5,
    })],
  ["sql", (s, t) => `INSERT INTO integrations (tenant_id, provider, api_token, created_at) VALUES (42, '${s.p}', '${t}', NOW());`],
  ["docker-run", (s, t) => `docker run -d --name worker -e NODE_ENV=production -e ${s.v}=${t} ghcr.io/acme/worker:1.4.2`],
  ["cli-flag", (s, t) => `./bin/sync --provider ${s.p.toLowerCase().replace(/[^a-z0-9]/g, "")} --token ${t} --dry-run=false`],
  ["tool-call-bash", (s, t) => JSON.stringify({ tool: "bash", arguments: { command: `curl -fsS https://${host(s)}/v1/whoami -H '${header(s, t)}'` } })],
  ["llm-json-code", (s, t) =>
    JSON.stringify({
      model: "gpt-4o",
      messages: [
        { role: "system", content: "You are a helpful coding assistant." },
        { role: "user", content: `why does this 403?\n\n\`\`\`js\nconst res = await fetch("https://${host(s)}/v1/me", {\n  headers: { "${header(s, t).split(": ")[0]}": "${header(s, t).split(": ").slice(1).join(": ")}" }\n});\n\`\`\`` },
      ],
    })],
  ["bare", (s, t) => (s.bare ? `${t}` : `${s.v}: ${t}`)],
  ["bare-chat", (s, t) => (s.bare ? `here is the token you asked for:\n${t}\n` : `the ${s.p} ${s.v.toLowerCase().replace(/_/g, " ")} is ${t}`)],
];

export function build(prefix: string, specs: Spec[], offset = 0) {
  return specs.map((s, i) => {
    const [cname, ctx] = CONTEXTS[(i + offset) % CONTEXTS.length]!;
    const t = s.t();
    return {
      id: `${prefix}${String(i + 1).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: `heldouty4-sec-${s.g}`,
      label: "positive" as const,
      text: ctx(s, t, i),
      note: `${s.p} in ${cname}`,
    };
  });
}
