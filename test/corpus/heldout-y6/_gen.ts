// Run-time builders for the y6 held-out set. No credential-shaped literal lives in the repo:
// every value is a split prefix + a body drawn from a seeded mulberry32 PRNG (high bits used).
import type { CorpusCase } from "../types.ts";
import { mulberry32 } from "../../helpers/prng.ts";

export { mulberry32 };

export const AL = {
  up: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  low: "abcdefghijklmnopqrstuvwxyz",
  dig: "0123456789",
  hex: "0123456789abcdef",
  HEX: "0123456789ABCDEF",
  alnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  lowalnum: "abcdefghijklmnopqrstuvwxyz0123456789",
  upalnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
  b64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  b64u: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
  b32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  bech: "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
};

export class Gen {
  r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  s(n: number, alpha: string): string {
    let o = "";
    for (let i = 0; i < n; i++) o += alpha[Math.floor(this.r() * alpha.length)];
    return o;
  }
  hex(n: number) { return this.s(n, AL.hex); }
  an(n: number) { return this.s(n, AL.alnum); }
  la(n: number) { return this.s(n, AL.lowalnum); }
  ua(n: number) { return this.s(n, AL.upalnum); }
  b64(n: number) { return this.s(n, AL.b64); }
  b64u(n: number) { return this.s(n, AL.b64u); }
  dig(n: number) { return this.s(1, "123456789") + this.s(n - 1, AL.dig); }
  uuid() { return [this.hex(8), this.hex(4), "4" + this.hex(3), this.s(1, "89ab") + this.hex(3), this.hex(12)].join("-"); }
  int(lo: number, hi: number) { return lo + Math.floor(this.r() * (hi - lo + 1)); }
  pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.r() * xs.length)] as T; }
  /** base64 text that is whole (padded) like real key material. */
  b64pad(nBytes: number) { return Buffer.from(Array.from({ length: nBytes }, () => Math.floor(this.r() * 256))).toString("base64"); }
  pem(label: string, nBytes: number) {
    const body = this.b64pad(nBytes).replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
    return ["-----BEGIN ", label, "-----\n", body, "\n-----END ", label, "-----"].join("");
  }
  jwt(payload: Record<string, unknown>, alg = "HS256") {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(payload), this.b64u(alg === "HS256" ? 43 : 342)].join(".");
  }
}

export type KV = [string, string][];
export interface Entry {
  prov: string;
  group: string;
  kv: (g: Gen) => KV;
  /** header prefix for the first value, e.g. "X-Api-Key: " (default "Authorization: Bearer "). */
  hdr?: string;
  host?: string;
  /** value is whole-file content (PEM, JSON): only file contexts. */
  file?: string;
  /** shape alone is distinctive: may also appear with no name at all. */
  solo?: boolean;
  n?: number;
  note?: string;
}

const J = JSON.stringify;
const first = (kv: KV): [string, string] => kv[0] as [string, string];
const envLines = (kv: KV) => kv.map(([k, v]) => `${k}=${v}`).join("\n");
const camel = (s: string) => s.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const lc = (s: string) => s.toLowerCase();
const b64 = (s: string) => Buffer.from(s).toString("base64");

type R = (kv: KV, e: Entry, g: Gen) => string;

export const CTX: Record<string, R> = {
  chat_env: (kv, e) => J({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `my service can't reach ${e.prov}, getting 401s. here's the .env:\n\n\`\`\`\nNODE_ENV=production\nPORT=8080\n${envLines(kv)}\nLOG_LEVEL=debug\n\`\`\`\nany idea what's wrong?` }] }),
  chat_code_py: (kv, e) => J({ model: "gpt-4o", messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content: `why does this raise an auth error?\n\n\`\`\`python\nimport os\nimport requests\n\n${kv.map(([k, v]) => `${k} = "${v}"`).join("\n")}\n\ndef call():\n    r = requests.get("https://${e.host ?? "api.example.com"}/v1/me", headers={"Authorization": f"Bearer {${first(kv)[0]}}"})\n    r.raise_for_status()\n    return r.json()\n\`\`\`` }], temperature: 0.2 }),
  chat_log: (kv, e) => J({ model: "claude-opus-4-1", messages: [{ role: "user", content: `deploy failed, log below\n\n2025-03-14T09:12:44.118Z INFO  boot config loaded from env\n2025-03-14T09:12:44.120Z DEBUG ${e.prov} client init {\"${camel(first(kv)[0])}\": \"${first(kv)[1]}\", \"timeout\": 30}\n2025-03-14T09:12:45.002Z ERROR request failed status=403 body={\"error\":\"forbidden\"}` }] }),
  chat_transcript: (kv) => J({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: "can you help me set up staging?" }, { role: "assistant", content: "Sure - paste your current environment file (you can redact values you don't want to share)." }, { role: "user", content: `# .env.staging\nDATABASE_POOL=10\n${envLines(kv)}\nFEATURE_NEW_UI=true` }] }),
  tool_write: (kv, e) => J({ type: "tool_use", id: "toolu_01" + "Xk3", name: "write_file", input: { path: "deploy/.env.production", content: `# ${e.prov}\n${envLines(kv)}\nSENTRY_ENVIRONMENT=production\n` } }),
  tool_bash: (kv) => J({ type: "function", function: { name: "run_shell", arguments: J({ command: `${kv.map(([k, v]) => `export ${k}="${v}"`).join(" && ")} && npm run deploy:prod`, timeout: 120 }) } }),
  tool_http: (kv, e) => J({ name: "http_request", arguments: { method: "POST", url: `https://${e.host ?? "api.example.com"}/v1/jobs`, headers: { [(e.hdr ?? "Authorization: Bearer ").split(":")[0] as string]: ((e.hdr ?? "Authorization: Bearer ").split(": ")[1] ?? "") + first(kv)[1], "Content-Type": "application/json" }, body: { name: "nightly" } } }),
  sh_curl: (kv, e) => `curl -sS -X POST "https://${e.host ?? "api.example.com"}/v1/messages" \\\n  -H "${e.hdr ?? "Authorization: Bearer "}${first(kv)[1]}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"limit": 20}' | jq .`,
  sh_export: (kv) => `$ ${kv.map(([k, v]) => `export ${k}='${v}'`).join("\n$ ")}\n$ ./scripts/sync.sh --env prod`,
  sh_docker: (kv) => `docker run --rm -it ${kv.map(([k, v]) => `-e ${k}=${v}`).join(" ")} -e TZ=UTC -p 8080:8080 ghcr.io/acme/worker:2.3.1`,
  sh_cliflag: (kv, e) => `${lc(e.prov).replace(/[^a-z]/g, "")}-cli login --${first(kv)[0].toLowerCase().replace(/_/g, "-")} ${first(kv)[1]} --region eu-west-1 --non-interactive`,
  env_file: (kv, e) => `# generated ${e.prov} settings - do not commit\nAPP_NAME=billing-api\nAPP_ENV=production\n\n${kv.map(([k, v]) => `${k}="${v}"`).join("\n")}\n\nREDIS_TTL=3600\n`,
  yaml_compose: (kv) => `version: "3.9"\nservices:\n  api:\n    image: acme/api:latest\n    ports:\n      - "3000:3000"\n    environment:\n${kv.map(([k, v]) => `      ${k}: "${v}"`).join("\n")}\n      NODE_ENV: production\n  db:\n    image: postgres:16\n`,
  toml: (kv, e) => `[server]\nport = 8080\n\n[${lc(e.prov).replace(/[^a-z0-9]/g, "_")}]\n${kv.map(([k, v]) => `${lc(k)} = "${v}"`).join("\n")}\nretries = 3\n`,
  ini: (kv, e) => `[default]\nregion = us-east-1\n\n[${lc(e.prov).replace(/[^a-z0-9]/g, "")}]\n${kv.map(([k, v]) => `${lc(k)} = ${v}`).join("\n")}\n`,
  properties: (kv, e) => `spring.application.name=orders\nserver.port=8081\n${kv.map(([k, v]) => `${lc(e.prov).replace(/[^a-z0-9]/g, "")}.${lc(k).replace(/_/g, "-")}=${v}`).join("\n")}\nlogging.level.root=INFO\n`,
  json_config: (kv, e) => J({ name: "acme-worker", env: "production", integrations: { [camel(e.prov.replace(/[^A-Za-z0-9]+/g, "_"))]: Object.fromEntries(kv.map(([k, v]) => [camel(k), v])) }, retries: 3 }, null, 2),
  js: (kv, e) => `import { Client } from "./clients/${lc(e.prov).replace(/[^a-z]/g, "")}.js";\n\n${kv.map(([k, v]) => `const ${k} = process.env.${k} ?? "${v}";`).join("\n")}\n\nexport const client = new Client({ apiKey: ${first(kv)[0]}, timeout: 10_000 });\n`,
  ts: (kv) => `export const config = {\n${kv.map(([k, v]) => `  ${camel(k)}: "${v}",`).join("\n")}\n  retries: 3,\n} as const;\n`,
  go: (kv, e) => `package main\n\nimport (\n\t"net/http"\n)\n\nconst (\n${kv.map(([k, v]) => `\t${camel(k)} = "${v}"`).join("\n")}\n)\n\nfunc newReq() (*http.Request, error) {\n\treq, err := http.NewRequest("GET", "https://${e.host ?? "api.example.com"}/v2/status", nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treq.Header.Set("Authorization", "Bearer "+${camel(first(kv)[0])})\n\treturn req, nil\n}\n`,
  rust: (kv) => `use std::env;\n\n${kv.map(([k, v]) => `const ${k}: &str = "${v}";`).join("\n")}\n\nfn main() {\n    let key = env::var("${first(kv)[0]}").unwrap_or_else(|_| ${first(kv)[0]}.to_string());\n    println!("loaded key len {}", key.len());\n}\n`,
  java: (kv, e) => `public final class ${e.prov.replace(/[^A-Za-z]/g, "")}Config {\n${kv.map(([k, v]) => `    private static final String ${k} = "${v}";`).join("\n")}\n\n    public static String key() { return ${first(kv)[0]}; }\n}\n`,
  csharp: (kv) => `var builder = WebApplication.CreateBuilder(args);\n${kv.map(([k, v]) => `builder.Configuration["${k.replace(/_/g, ":")}"] = "${v}";`).join("\n")}\nvar app = builder.Build();\napp.Run();\n`,
  ruby: (kv, e) => `# config/initializers/${lc(e.prov).replace(/[^a-z]/g, "_")}.rb\nRails.application.configure do\n${kv.map(([k, v]) => `  config.x.${lc(k)} = ENV.fetch("${k}", "${v}")`).join("\n")}\nend\n`,
  php: (kv) => `<?php\n\nreturn [\n${kv.map(([k, v]) => `    '${lc(k)}' => env('${k}', '${v}'),`).join("\n")}\n    'timeout' => 30,\n];\n`,
  kotlin: (kv) => `object Secrets {\n${kv.map(([k, v]) => `    const val ${k} = "${v}"`).join("\n")}\n}\n`,
  swift: (kv) => `enum Keys {\n${kv.map(([k, v]) => `    static let ${camel(k)} = "${v}"`).join("\n")}\n}\n`,
  hcl: (kv, e) => `provider "${lc(e.prov).replace(/[^a-z0-9]/g, "")}" {\n${kv.map(([k, v]) => `  ${lc(k)} = "${v}"`).join("\n")}\n}\n\nresource "null_resource" "bootstrap" {}\n`,
  dockerfile: (kv) => `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\n${kv.map(([k, v]) => `ENV ${k}=${v}`).join("\n")}\nCOPY . .\nCMD ["node", "server.js"]\n`,
  gha: (kv) => `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n${kv.map(([k, v]) => `      ${k}: ${v}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n`,
  k8s_secret: (kv, e) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${lc(e.prov).replace(/[^a-z0-9]/g, "-")}-credentials\n  namespace: prod\ntype: Opaque\ndata:\n${kv.map(([k, v]) => `  ${k}: ${b64(v)}`).join("\n")}\n`,
  helm_values: (kv, e) => `replicaCount: 3\nimage:\n  repository: acme/api\n  tag: "1.9.0"\n${camel(e.prov.replace(/[^A-Za-z0-9]+/g, "_"))}:\n  enabled: true\n${kv.map(([k, v]) => `  ${camel(k)}: ${v}`).join("\n")}\nresources:\n  limits:\n    memory: 512Mi\n`,
  http_dump: (kv, e) => `*   Trying 104.18.32.7:443...\n* Connected to ${e.host ?? "api.example.com"} port 443\n* ALPN: server accepted h2\n> GET /v1/account HTTP/2\n> Host: ${e.host ?? "api.example.com"}\n> user-agent: curl/8.5.0\n> accept: */*\n> ${e.hdr ?? "Authorization: Bearer "}${first(kv)[1]}\n>\n< HTTP/2 401\n< content-type: application/json\n<\n{"error":"invalid_token"}`,
  har: (kv, e) => J({ log: { version: "1.2", entries: [{ startedDateTime: "2025-02-03T10:01:02.123Z", request: { method: "GET", url: `https://${e.host ?? "api.example.com"}/v1/projects`, httpVersion: "HTTP/2", headers: [{ name: ":authority", value: e.host ?? "api.example.com" }, { name: (e.hdr ?? "Authorization: Bearer ").split(":")[0], value: ((e.hdr ?? "Authorization: Bearer ").split(": ")[1] ?? "") + first(kv)[1] }], queryString: [] }, response: { status: 200, statusText: "" }, time: 182.4 }] } }, null, 1),
  ci_log: (kv) => `2025-03-02T11:40:01.2210553Z ##[group]Run ./scripts/release.sh\n2025-03-02T11:40:01.2211004Z env:\n${kv.map(([k, v]) => `2025-03-02T11:40:01.2211410Z   ${k}: ${v}`).join("\n")}\n2025-03-02T11:40:01.2211802Z   NODE_VERSION: 20\n2025-03-02T11:40:01.2212133Z ##[endgroup]\n2025-03-02T11:40:03.0081220Z + printenv | sort`,
  tf_plan: (kv, e) => `Terraform will perform the following actions:\n\n  # kubernetes_secret.${lc(e.prov).replace(/[^a-z0-9]/g, "_")} will be created\n  + resource "kubernetes_secret" "${lc(e.prov).replace(/[^a-z0-9]/g, "_")}" {\n      + data = {\n${kv.map(([k, v]) => `          + "${k}" = "${v}"`).join("\n")}\n        }\n      + id   = (known after apply)\n      + type = "Opaque"\n    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.`,
  tf_state: (kv, e) => J({ version: 4, terraform_version: "1.7.5", serial: 42, resources: [{ mode: "managed", type: "aws_ssm_parameter", name: camel(e.prov.replace(/[^A-Za-z0-9]+/g, "_")), instances: [{ schema_version: 0, attributes: { name: `/prod/${lc(first(kv)[0])}`, type: "String", value: first(kv)[1], tier: "Standard" } }] }] }, null, 2),
  pulumi: (kv, e) => `config:\n  aws:region: eu-central-1\n${kv.map(([k, v]) => `  ${lc(e.prov).replace(/[^a-z0-9]/g, "")}:${camel(k)}: ${v}`).join("\n")}\n`,
  notebook: (kv) => J({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", ...kv.map(([k, v]) => `os.environ["${k}"] = "${v}"\n`), "client = make_client()\n"] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }),
  sql: (kv, e) => `-- seed: integrations\nINSERT INTO integrations (id, provider, name, secret, created_at) VALUES\n${kv.map(([k, v], i) => `  (${101 + i}, '${lc(e.prov)}', '${lc(k)}', '${v}', NOW())`).join(",\n")};\n`,
  crash: (kv, e) => `Traceback (most recent call last):\n  File "/srv/app/worker.py", line 88, in run\n    resp = client.send(batch)\n  File "/srv/app/clients/${lc(e.prov).replace(/[^a-z]/g, "")}.py", line 41, in send\n    raise AuthError(resp.status_code)\nclients.AuthError: 401\n\nLocal variables in frame send:\n${kv.map(([k, v]) => `    ${lc(k)} = '${v}'`).join("\n")}\n    batch_size = 50`,
  md: (kv, e) => `Hey, for the ${e.prov} integration use these until we rotate:\n\n${kv.map(([k, v]) => `- **${k}**: \`${v}\``).join("\n")}\n\nPing me if it 401s.`,
  diff: (kv) => `diff --git a/config/settings.py b/config/settings.py\nindex 3b1f0c2..9ad4e71 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,6 +12,${6 + kv.length} @@ DEBUG = False\n ALLOWED_HOSTS = ["*"]\n${kv.map(([k, v]) => `+${k} = "${v}"`).join("\n")}\n TIME_ZONE = "UTC"\n`,
  url_q: (kv, e) => `GET https://${e.host ?? "api.example.com"}/v1/search?q=shoes&${kv.map(([k, v]) => `${lc(k)}=${encodeURIComponent(v)}`).join("&")}&page=2 -> 200 (143ms)`,
  log_line: (kv, e) => `{"ts":"2025-01-12T10:22:01.551Z","level":"debug","msg":"outbound request","url":"https://${e.host ?? "api.example.com"}/v1/send","headers":{"${(e.hdr ?? "Authorization: Bearer ").split(":")[0]}":"${((e.hdr ?? "Authorization: Bearer ").split(": ")[1] ?? "")}${first(kv)[1]}"},"attempt":2}`,
};

/** contexts for whole-file values (PEM blocks, JSON credential files). */
export const FILECTX: Record<string, (content: string, e: Entry) => string> = {
  chat_file: (c, e) => J({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: `this is ${e.file}, why does auth fail with it?\n\n\`\`\`\n${c}\n\`\`\`` }] }),
  tool_write: (c, e) => J({ type: "tool_use", id: "toolu_01Ab", name: "write_file", input: { path: `secrets/${e.file}`, content: c + "\n" } }),
  heredoc: (c, e) => `cat > ~/.config/${e.file} <<'EOF'\n${c}\nEOF\nchmod 600 ~/.config/${e.file}`,
  k8s: (c, e) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${(e.file ?? "key").replace(/[^a-z0-9]/g, "-")}\ntype: Opaque\ndata:\n  ${e.file}: ${b64(c)}\n`,
  diff: (c, e) => `diff --git a/${e.file} b/${e.file}\nnew file mode 100600\n--- /dev/null\n+++ b/${e.file}\n@@ -0,0 +1,${c.split("\n").length} @@\n${c.split("\n").map((l) => "+" + l).join("\n")}\n`,
  env_inline: (c) => `PRIVATE_KEY="${c.replace(/\n/g, "\\n")}"\nAPP_ID=284113\n`,
};

export const ROT = Object.keys(CTX);

/** builds cases: each entry gets `n` (default 1) contexts, rotating through ROT. */
export function build(entries: Entry[], seed: number, idp: string, catp: string, startCtx = 0): CorpusCase[] {
  const g = new Gen(seed);
  const out: CorpusCase[] = [];
  let ci = startCtx;
  let fi = startCtx;
  let k = 0;
  for (const e of entries) {
    for (let j = 0; j < (e.n ?? 1); j++) {
      const kv = e.kv(g);
      let text: string;
      let ctxName: string;
      if (e.file) {
        const names = Object.keys(FILECTX);
        ctxName = names[fi++ % names.length] as string;
        text = (FILECTX[ctxName] as (c: string, e: Entry) => string)(first(kv)[1], e);
      } else {
        ctxName = ROT[ci++ % ROT.length] as string;
        text = (CTX[ctxName] as R)(kv, e, g);
      }
      k++;
      out.push({ id: `${idp}${String(k).padStart(3, "0")}`, kind: "secrets", category: `${catp}${e.group}`, label: "positive", text, note: `${e.prov} / ${ctxName}${e.note ? " / " + e.note : ""}` });
    }
  }
  return out;
}
