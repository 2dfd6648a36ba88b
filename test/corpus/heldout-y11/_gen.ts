// Run-time builders for heldout-y11. No credential-shaped literal lives in the repo: every value is
// a split prefix + a body drawn from a seeded mulberry32 PRNG (high bits of each draw).
import { mulberry32 } from "../../helpers/prng.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DIG = "0123456789";
export const AN = UP + LO + DIG;
export const ANL = LO + DIG;
export const ANU = UP + DIG;
export const HEX = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const B64 = AN + "+/";
export const B64U = AN + "_-";
export const B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
export const BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L";

export type G = ReturnType<typeof gen>;

export function gen(seed: number) {
  const r = mulberry32(seed);
  const s = (n: number, alpha: string = AN): string => {
    let o = "";
    for (let i = 0; i < n; i++) o += alpha[Math.floor(r() * alpha.length)]!;
    return o;
  };
  const j = (...parts: string[]) => parts.join("");
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const digits = (n: number) => String(int(1, 9)) + s(n - 1, DIG);
  const uuid = () => [s(8, HEX), s(4, HEX), "4" + s(3, HEX), "a" + s(3, HEX), s(12, HEX)].join("-");
  const b64 = (str: string) => Buffer.from(str).toString("base64");
  const b64u = (str: string) => Buffer.from(str).toString("base64url");
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const wrap = (body: string, w = 64) => body.match(new RegExp(`.{1,${w}}`, "g"))!.join("\n");
  const pem = (label: string, n: number) =>
    j("-----BEGIN ", label, "-----\n", wrap(s(n, B64)), "\n-----END ", label, "-----");
  const jwt = (payload: object, alg = "HS256") =>
    [b64u(JSON.stringify({ alg, typ: "JWT" })), b64u(JSON.stringify(payload)), s(43, B64U)].join(".");
  return { r, s, j, int, digits, uuid, b64, b64u, pick, wrap, pem, jwt };
}

// ---- contexts: where an agent's outbound traffic holds a value ----
export interface Spec {
  p: string; // provider
  g: string; // category group
  v: string; // env/var name
  t: (g: G) => string;
  h?: string; // header prefix, default "Authorization: Bearer "
  host?: string;
}
export const slug = (p: string) => p.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const camel = (v: string) => v.toLowerCase().replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const hostOf = (sp: Spec) => sp.host ?? `api.${slug(sp.p).replace(/-/g, "")}.com`;
const hdr = (sp: Spec, t: string) => `${sp.h ?? "Authorization: Bearer "}${t}`;
const hdrName = (sp: Spec) => (sp.h ?? "Authorization: Bearer ").split(":")[0]!;
const hdrVal = (sp: Spec, t: string) => hdr(sp, t).slice(hdrName(sp).length + 2);

export type Ctx = (sp: Spec, t: string, g: G) => string;
export const CONTEXTS: [string, Ctx][] = [
  ["chat-env", (sp, t, g) => JSON.stringify({
    model: "claude-sonnet-4-5", max_tokens: 2048,
    messages: [{ role: "user", content: `here's my .env, the ${sp.p} calls keep failing with 401, what's wrong?\n\nNODE_ENV=production\nPORT=3000\n${sp.v}=${t}\nLOG_LEVEL=info\nREQUEST_ID_HEADER=x-request-id\n` }],
  })],
  ["tool-write-env", (sp, t, g) => JSON.stringify({
    type: "tool_use", id: "toolu_01" + g.s(22), name: "write_file",
    input: { path: "services/worker/.env.production", content: `# ${sp.p}\n${sp.v}="${t}"\nWORKER_CONCURRENCY=4\nQUEUE_NAME=default\n` },
  })],
  ["shell-export", (sp, t) => `export ${sp.v}='${t}' && npm run deploy -- --region eu-west-1`],
  ["curl-header", (sp, t) => `curl -sS -X GET "https://${hostOf(sp)}/v1/account" \\\n  -H "Accept: application/json" \\\n  -H "${hdr(sp, t)}"`],
  ["docker-run", (sp, t) => `docker run --rm -d --name api -p 8080:8080 -e NODE_ENV=production -e ${sp.v}=${t} ghcr.io/acme/api:1.14.2`],
  ["dotenv", (sp, t) => `APP_NAME=billing-svc\nDATABASE_POOL=10\nSENTRY_ENVIRONMENT=production\n${sp.v}=${t}\nFEATURE_NEW_CHECKOUT=true\n`],
  ["yaml", (sp, t) => `server:\n  port: 8080\nintegrations:\n  ${slug(sp.p).replace(/-/g, "_")}:\n    enabled: true\n    ${camel(sp.v)}: "${t}"\n    timeout_ms: 5000\n`],
  ["toml", (sp, t) => `[app]\nname = "ingest"\n\n[${slug(sp.p).replace(/-/g, "_")}]\n${sp.v.toLowerCase()} = "${t}"\nretries = 3\n`],
  ["python", (sp, t) => `import os\nimport requests\n\n${sp.v} = "${t}"\n\ndef fetch(path):\n    r = requests.get(f"https://${hostOf(sp)}{path}", headers={"${hdrName(sp)}": "${hdrVal(sp, "")}" + ${sp.v}}, timeout=10)\n    r.raise_for_status()\n    return r.json()\n`],
  ["ts", (sp, t) => `import { createClient } from "./http";\n\nexport const ${camel(sp.v)} = "${t}";\nexport const client = createClient({ baseUrl: "https://${hostOf(sp)}", headers: { "${hdrName(sp)}": \`${hdrVal(sp, "${" + camel(sp.v) + "}")}\` } });\n`],
  ["go", (sp, t) => `package config\n\nconst (\n\tBaseURL = "https://${hostOf(sp)}"\n\t${camel(sp.v).replace(/^./, (c) => c.toUpperCase())} = "${t}"\n)\n`],
  ["ci-log", (sp, t, g) => `2025-03-11T09:14:02.118Z ##[group]Run ./scripts/deploy.sh\n2025-03-11T09:14:02.119Z env:\n2025-03-11T09:14:02.119Z   CI: true\n2025-03-11T09:14:02.119Z   ${sp.v}: ${t}\n2025-03-11T09:14:02.120Z   GITHUB_SHA: ${g.s(40, HEX)}\n2025-03-11T09:14:02.121Z ##[endgroup]\n2025-03-11T09:14:05.402Z Error: deploy failed (exit 1)`],
  ["k8s-secret", (sp, t, g) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${slug(sp.p)}-credentials\n  namespace: prod\ntype: Opaque\ndata:\n  ${sp.v}: ${g.b64(t)}\n`],
  ["chat-compose", (sp, t) => JSON.stringify({
    model: "gpt-4.1", messages: [
      { role: "system", content: "You are a helpful DevOps assistant." },
      { role: "user", content: `compose up keeps restarting the worker, full file:\n\`\`\`yaml\nservices:\n  worker:\n    image: acme/worker:2.3\n    restart: unless-stopped\n    environment:\n      - REDIS_HOST=redis\n      - ${sp.v}=${t}\n    depends_on: [redis]\n  redis:\n    image: redis:7-alpine\n\`\`\`` },
    ],
  })],
  ["har", (sp, t) => JSON.stringify({ log: { entries: [{ startedDateTime: "2025-02-03T10:22:41.120Z", time: 212.4, request: {
    method: "POST", url: `https://${hostOf(sp)}/v2/events`, httpVersion: "HTTP/2",
    headers: [{ name: "content-type", value: "application/json" }, { name: hdrName(sp), value: hdrVal(sp, t) }],
  }, response: { status: 401, statusText: "Unauthorized" } }] } }, null, 2)],
  ["tf-plan", (sp, t) => `  # module.app.aws_ssm_parameter.${sp.v.toLowerCase()} will be created\n  + resource "aws_ssm_parameter" "${sp.v.toLowerCase()}" {\n      + arn   = (known after apply)\n      + name  = "/prod/${slug(sp.p)}/${sp.v.toLowerCase()}"\n      + type  = "String"\n      + value = "${t}"\n    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.`],
  ["log-line", (sp, t, g) => `2025-04-02 13:01:17,044 DEBUG [http] trace_id=${g.s(32, HEX)} span_id=${g.s(16, HEX)} POST https://${hostOf(sp)}/v1/send headers={'${hdrName(sp)}': '${hdrVal(sp, t)}', 'User-Agent': 'python-httpx/0.27.0'} status=401`],
  ["url-query", (sp, t) => JSON.stringify({ type: "tool_use", id: "toolu_query", name: "web_fetch", input: { url: `https://${hostOf(sp)}/v3/status?${sp.v.toLowerCase()}=${encodeURIComponent(t)}&format=json&page=2` } })],
  ["form-body", (sp, t, g) => `curl -s https://${hostOf(sp)}/oauth/token -d "grant_type=client_credentials&client_id=${g.s(20, ANL)}&${sp.v.toLowerCase()}=${encodeURIComponent(t)}&scope=read"`],
  ["mcp-result", (sp, t) => JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `$ cat config/${slug(sp.p)}.json\n{\n  "endpoint": "https://${hostOf(sp)}",\n  "${camel(sp.v)}": "${t}"\n}\n` }], isError: false } })],
  ["notebook", (sp, t) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${sp.v}"] = "${t}"\n`, "df = load_events(days=7)\n"] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 })],
  ["sql", (sp, t, g) => `INSERT INTO integrations (id, tenant_id, provider, credential, created_at) VALUES\n  (${g.int(100, 999)}, '${g.uuid()}', '${slug(sp.p)}', '${t}', NOW());`],
  ["crash", (sp, t) => `Traceback (most recent call last):\n  File "/app/worker.py", line 88, in run\n    client.sync()\n  File "/app/clients/${slug(sp.p).replace(/-/g, "_")}.py", line 41, in sync\n    raise AuthError(resp.text)\nclients.errors.AuthError: 401 Unauthorized\n\nEnvironment:\n  PYTHONUNBUFFERED=1\n  ${sp.v}=${t}\n  HOSTNAME=worker-7d9f8c6b5-x2klq`],
  ["diff", (sp, t) => `diff --git a/config/settings.py b/config/settings.py\nindex 3f2a1c0..9b7e4d1 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,6 +12,7 @@ CACHE_TTL = 300\n TIMEOUT = 30\n+${sp.v} = "${t}"\n RETRY_BACKOFF = 1.5`],
  ["appsettings", (sp, t) => JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, [sp.p.replace(/[^A-Za-z0-9]/g, "")]: { BaseUrl: `https://${hostOf(sp)}`, [camel(sp.v).replace(/^./, (c) => c.toUpperCase())]: t }, AllowedHosts: "*" }, null, 2)],
  ["markdown", (sp, t) => `## Setup notes\n\n1. Install deps with \`pnpm i\`\n2. The ${sp.p} value we use in staging is \`${t}\` — put it in \`${sp.v}\`\n3. Run \`pnpm dev\``],
  ["copy-fetch", (sp, t) => `fetch("https://${hostOf(sp)}/v1/me", {\n  "headers": {\n    "accept": "application/json",\n    "${hdrName(sp).toLowerCase()}": "${hdrVal(sp, t)}",\n    "sec-fetch-mode": "cors"\n  },\n  "method": "GET",\n  "mode": "cors"\n});`],
  ["helm-values", (sp, t) => `replicaCount: 2\nimage:\n  repository: acme/api\n  tag: "1.9.0"\nenv:\n  - name: ${sp.v}\n    value: "${t}"\nresources:\n  limits: { cpu: 500m, memory: 512Mi }\n`],
  ["properties", (sp, t) => `spring.application.name=orders\nserver.port=8081\n${slug(sp.p).replace(/-/g, ".")}.${camel(sp.v)}=${t}\nmanagement.endpoints.web.exposure.include=health\n`],
  ["powershell", (sp, t) => `$env:${sp.v} = "${t}"\nInvoke-RestMethod -Uri "https://${hostOf(sp)}/v1/items" -Headers @{ "${hdrName(sp)}" = "${hdrVal(sp, "$env:" + sp.v)}" }`],
];

export function expand(prefix: string, specs: Spec[], seed: number, perSpec: (i: number) => number, offset = 0, label: "positive" | "benign" = "positive") {
  const g = gen(seed);
  const out: { id: string; kind: "secrets"; category: string; label: "positive" | "benign"; text: string; note: string }[] = [];
  let n = 0;
  specs.forEach((sp, i) => {
    for (let k = 0; k < perSpec(i); k++) {
      const [cname, ctx] = CONTEXTS[(offset + n * 7) % CONTEXTS.length]!;
      const t = sp.t(g);
      n++;
      out.push({
        id: `${prefix}-${String(n).padStart(3, "0")}`, kind: "secrets", category: label === "benign" ? "heldouty11-benign" : `heldouty11-sec-${sp.g}`,
        label, text: ctx(sp, t, g), note: `${sp.p} ${sp.v} in ${cname}`,
      });
    }
  });
  return out;
}
