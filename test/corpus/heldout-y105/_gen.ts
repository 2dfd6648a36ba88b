// Shared builders and context renderers for heldout-y105. Skipped by the loader (leading "_").
// Every credential-shaped value is assembled at run time from split prefixes and a seeded PRNG.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DI = "0123456789";
const ALNUM = UP + LO + DI;

export class R extends SeededRng {
  a(n: number) { return this.str(n, ALNUM); }
  h(n: number) { return this.str(n, "0123456789abcdef"); }
  H(n: number) { return this.str(n, "0123456789ABCDEF"); }
  d(n: number) { return this.str(1, "123456789") + this.str(n - 1, DI); }
  lo(n: number) { return this.str(n, LO + DI); }
  up(n: number) { return this.str(n, UP + DI); }
  letters(n: number) { return this.str(n, UP + LO); }
  b64(n: number) { return this.str(n, ALNUM + "+/"); }
  u(n: number) { return this.str(n, ALNUM + "-_"); }
  uuid() { return [this.h(8), this.h(4), "4" + this.h(3), this.pick(["8", "9", "a", "b"]) + this.h(3), this.h(12)].join("-"); }
  /** base64 of n random bytes */
  b64bytes(n: number) { return Buffer.from(this.bytes(n)).toString("base64"); }
  b64urlbytes(n: number) { return Buffer.from(this.bytes(n)).toString("base64url"); }
  jwt(payload: Record<string, unknown>, alg = "HS256") {
    const enc = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [enc({ alg, typ: "JWT" }), enc(payload), this.u(43)].join(".");
  }
  pw(n = 20) { return this.str(n, ALNUM + "!#%^*-_."); }
  ts() { return `2025-${String(this.range(1, 12)).padStart(2, "0")}-${String(this.range(1, 28)).padStart(2, "0")}T${String(this.range(0, 23)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}Z`; }
}

export const j = (...p: string[]) => p.join("");

export type Cat = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  p: string; // provider + credential type
  cat: Cat;
  env: string; // env var name
  key: string; // camelCase config key
  gen: (r: R) => string;
  h?: string; // header template, % = value
  q?: string; // query param name
  url?: boolean; // value is a URL / connection string
}

export const s = (p: string, cat: Cat, env: string, key: string, gen: (r: R) => string, o: { h?: string; q?: string; url?: boolean } = {}): Spec => ({ p, cat, env, key, gen, ...o });

export interface Ctx {
  p: string; env: string; key: string; v: string; hdr: string; q: string; url: boolean; host: string; r: R;
}

const snake = (k: string) => k.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
const pascal = (k: string) => k[0]!.toUpperCase() + k.slice(1);
const slug = (p: string) => p.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").split("-").slice(0, 2).join("-");
const svc = (x: Ctx) => slug(x.p).split("-")[0]!;
const xmlEsc = (v: string) => v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

export interface Renderer {
  name: string;
  /** wording implies a secret: not used for benign look-alikes */
  secretish?: boolean;
  /** needs a header/query-style token (not usable for URL values) */
  tokenOnly?: boolean;
  f: (x: Ctx) => string;
}

export const renderers: Renderer[] = [
  { name: "chat-completion pasted .env", f: (x) => JSON.stringify({ model: "gpt-4o", temperature: 0.2, messages: [{ role: "system", content: "You are a senior backend engineer helping debug a service." }, { role: "user", content: `The worker crashes on boot with ECONNREFUSED. Here is my .env:\n\n\`\`\`\nNODE_ENV=production\nPORT=8080\n${x.env}=${x.v}\nLOG_LEVEL=info\nQUEUE_CONCURRENCY=4\n\`\`\`\nWhat am I missing?` }] }) },
  { name: "anthropic tool_use write_file json", f: (x) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `wire up the ${svc(x)} client config` }, { role: "assistant", content: [{ type: "text", text: "I'll write the settings file." }, { type: "tool_use", id: j("tool", "u_01", x.r.a(22)), name: "write_file", input: { path: "config/settings.json", content: JSON.stringify({ service: svc(x), endpoint: `https://${x.host}/v1`, [x.key]: x.v, timeoutMs: 5000 }, null, 2) } }] }] }) },
  { name: "openai tool_calls run_shell", f: (x) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: "deploy the staging build" }, { role: "assistant", content: null, tool_calls: [{ id: j("call", "_", x.r.a(24)), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `export ${x.env}="${x.v}" && npm run deploy -- --env staging`, cwd: "/home/dev/app" }) } }] }] }) },
  { name: "mcp tool result cat file", f: (x) => JSON.stringify({ jsonrpc: "2.0", id: x.r.range(2, 90), result: { content: [{ type: "text", text: `$ cat .env.production\nAPP_NAME=ledger\nDATABASE_POOL=10\n${x.env}=${x.v}\nFEATURE_FLAGS=beta-ui\n` }], isError: false } }) },
  { name: "curl header", tokenOnly: true, f: (x) => `curl -sS -X GET "https://${x.host}/v1/account" \\\n  -H "${x.hdr}" \\\n  -H "Accept: application/json"` },
  { name: "raw http request", tokenOnly: true, f: (x) => `POST /v2/events HTTP/1.1\r\nHost: ${x.host}\r\nUser-Agent: python-requests/2.32.3\r\nAccept-Encoding: gzip, deflate\r\n${x.hdr}\r\nContent-Type: application/json\r\nContent-Length: 27\r\n\r\n{"event":"build.completed"}` },
  { name: "url query", tokenOnly: true, f: (x) => `GET https://${x.host}/api/v1/search?q=status&${x.q}=${encodeURIComponent(x.v)}&format=json&page=2` },
  { name: "form body", f: (x) => `POST https://${x.host}/api/connect HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\naccount=ops-team&region=eu-west&${snake(x.key)}=${encodeURIComponent(x.v)}&verify=true` },
  { name: "multipart body", f: (x) => { const b = "----WebKitFormBoundary" + x.r.a(16); return `Content-Type: multipart/form-data; boundary=${b}\r\n\r\n--${b}\r\nContent-Disposition: form-data; name="workspace"\r\n\r\nacme-prod\r\n--${b}\r\nContent-Disposition: form-data; name="${snake(x.key)}"\r\n\r\n${x.v}\r\n--${b}--\r\n`; } },
  { name: "json config", f: (x) => JSON.stringify({ name: "billing-worker", version: "2.3.1", [svc(x)]: { baseUrl: `https://${x.host}`, [x.key]: x.v, retries: 3 } }, null, 2) },
  { name: "yaml config", f: (x) => `# config/production.yml\n${svc(x)}:\n  base_url: https://${x.host}\n  ${snake(x.key)}: "${x.v}"\n  retries: 3\nlogging:\n  level: info\n` },
  { name: "toml config", f: (x) => `[server]\nport = 8080\n\n[${svc(x)}]\nendpoint = "https://${x.host}"\n${snake(x.key)} = "${x.v}"\ntimeout_secs = 30\n` },
  { name: "ini config", f: (x) => `; settings.ini\n[general]\nenv = production\n\n[${svc(x)}]\nhost = ${x.host}\n${snake(x.key)} = ${x.v}\n` },
  { name: ".properties", f: (x) => `# application-prod.properties\nserver.port=8443\nspring.application.name=orders\n${svc(x)}.${x.key}=${x.v}\n${svc(x)}.base-url=https://${x.host}\n` },
  { name: "dotenv file", f: (x) => `# .env.local\nAPP_URL=https://app.example.com\nREDIS_POOL=8\n${x.env}=${x.v}\nSENTRY_ENVIRONMENT=staging\n` },
  { name: "terraform hcl", f: (x) => `locals {\n  region = "eu-west-1"\n}\n\nmodule "${svc(x)}_integration" {\n  source = "./modules/integration"\n  ${snake(x.key)} = "${x.v}"\n  endpoint = "https://${x.host}"\n}\n` },
  { name: "xml appSettings", f: (x) => `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="Environment" value="Production" />\n    <add key="${x.env}" value="${xmlEsc(x.v)}" />\n  </appSettings>\n</configuration>\n` },
  { name: "python code", f: (x) => `import os\nimport httpx\n\n${x.env} = os.environ.get("${x.env}", "${x.v}")\n\nclient = httpx.Client(base_url="https://${x.host}", timeout=10)\n` },
  { name: "typescript code", f: (x) => `import { createClient } from "./client";\n\nexport const ${svc(x).replace(/[^a-z0-9]/g, "")}Client = createClient({\n  baseUrl: "https://${x.host}",\n  ${x.key}: process.env.${x.env} ?? "${x.v}",\n});\n` },
  { name: "go code", f: (x) => `package config\n\n// generated by configgen; edit config.yml instead\nconst (\n\tBaseURL = "https://${x.host}"\n\t${pascal(x.key)} = "${x.v}"\n)\n` },
  { name: "ruby initializer", f: (x) => `# config/initializers/${svc(x)}.rb\n${pascal(svc(x)).replace(/[^A-Za-z0-9]/g, "")}.configure do |c|\n  c.${snake(x.key)} = ENV.fetch("${x.env}", "${x.v}")\n  c.timeout = 15\nend\n` },
  { name: "java code", f: (x) => `public final class Settings {\n    private static final String BASE_URL = "https://${x.host}";\n    private static final String ${x.env} = "${x.v}";\n}\n` },
  { name: "csharp code", f: (x) => `var options = new ClientOptions\n{\n    Endpoint = new Uri("https://${x.host}"),\n    ${pascal(x.key)} = "${x.v}",\n};\n` },
  { name: "php config", f: (x) => `<?php\nreturn [\n    'endpoint' => 'https://${x.host}',\n    '${snake(x.key)}' => env('${x.env}', '${x.v}'),\n];\n` },
  { name: "rust code", f: (x) => `let ${snake(x.key)} = std::env::var("${x.env}")\n    .unwrap_or_else(|_| "${x.v}".to_string());\nlet client = Client::new("https://${x.host}", &${snake(x.key)});\n` },
  { name: "ci log set -x", f: (x) => `${x.r.ts()} ##[group]Run ./scripts/release.sh\n${x.r.ts()} + set -euo pipefail\n${x.r.ts()} + export ${x.env}=${x.v}\n${x.r.ts()} + ./node_modules/.bin/release --channel stable\n${x.r.ts()} Published 14 artifacts\n${x.r.ts()} ##[endgroup]` },
  { name: "shell history", f: (x) => `  511  cd ~/src/platform\n  512  git pull --rebase\n  513  export ${x.env}='${x.v}'\n  514  make integration-test\n  515  history | tail` },
  { name: "python crash report locals", f: (x) => `Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in push\n    resp = session.post(url, json=payload, timeout=10)\nrequests.exceptions.ConnectionError: HTTPSConnectionPool(host='${x.host}', port=443): Max retries exceeded\n\nLocal variables in push():\n    url = 'https://${x.host}/v1/push'\n    ${snake(x.key)} = '${x.v}'\n    payload = {'batch': 17, 'items': 250}\n` },
  { name: "jupyter notebook", f: (x) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["${x.env}"] = "${x.v}"\n`, `df = load_events(days=7)\n`] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 }) },
  { name: "sql seed", f: (x) => `-- seed integrations for staging\nINSERT INTO integrations (id, tenant_id, provider, ${snake(x.key)}, created_at)\nVALUES (${x.r.range(10, 999)}, 7, '${svc(x)}', '${x.v.replace(/'/g, "''")}', now());\n` },
  { name: "markdown doc", f: (x) => `## Local setup\n\n1. Install deps with \`pnpm install\`.\n2. Export the credentials:\n\n\`\`\`bash\nexport ${x.env}=${x.v}\n\`\`\`\n\n3. Run \`pnpm dev\` and open http://localhost:3000.\n` },
  { name: "unified diff", f: (x) => `diff --git a/config/app.yml b/config/app.yml\nindex ${x.r.h(7)}..${x.r.h(7)} 100644\n--- a/config/app.yml\n+++ b/config/app.yml\n@@ -12,7 +12,7 @@ ${svc(x)}:\n   base_url: https://${x.host}\n-  ${snake(x.key)}: ""\n+  ${snake(x.key)}: "${x.v}"\n   retries: 3\n` },
  { name: "chat handover message", secretish: true, f: (x) => JSON.stringify({ channel: "C0" + x.r.up(9), text: `hey, here's the ${x.p} for the staging box: ${x.v} — I'll rotate it after the demo on friday` }) },
  { name: "dockerfile ENV", f: (x) => `FROM node:22-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${x.env}=${x.v}\nCOPY . .\nCMD ["node", "server.js"]\n` },
  { name: "k8s Secret base64", secretish: true, f: (x) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${slug(x.p)}-creds\n  namespace: prod\ntype: Opaque\ndata:\n  ${x.env}: ${Buffer.from(x.v).toString("base64")}\n` },
  { name: "docker-compose env", f: (x) => `services:\n  api:\n    image: ghcr.example.com/acme/api:1.8.2\n    environment:\n      - NODE_ENV=production\n      - ${x.env}=${x.v}\n    ports:\n      - "8080:8080"\n` },
  { name: "github actions env", f: (x) => `name: nightly\non:\n  schedule:\n    - cron: "0 3 * * *"\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n      ${x.env}: ${x.v}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make sync\n` },
  { name: "systemd unit", f: (x) => `[Unit]\nDescription=Ingest worker\n\n[Service]\nExecStart=/usr/local/bin/ingest --queue default\nEnvironment="${x.env}=${x.v}"\nRestart=on-failure\n` },
  { name: "kotlin code", f: (x) => `object Config {\n    const val BASE_URL = "https://${x.host}"\n    const val ${x.env} = "${x.v}"\n}\n` },
];

export interface RotOpts {
  idPrefix: string; catPrefix: string; seed: number; offset?: number; stride?: number;
}

/** One case per spec (optionally `times` each), renderer rotated so contexts spread evenly. */
export function rotate(specs: Spec[], o: RotOpts, times = 1, startN = 1): CorpusCase[] {
  const r = new R(o.seed);
  const out: CorpusCase[] = [];
  let n = startN;
  let k = o.offset ?? 0;
  for (let t = 0; t < times; t++) {
    for (const sp of specs) {
      let rd = renderers[k % renderers.length]!;
      while (sp.url && rd.tokenOnly) { k++; rd = renderers[k % renderers.length]!; }
      k += o.stride ?? 1;
      const v = sp.gen(r);
      const hdr = (sp.h ?? "Authorization: Bearer %").replace("%", v);
      const x: Ctx = { p: sp.p, env: sp.env, key: sp.key, v, hdr, q: sp.q ?? "api_key", url: !!sp.url, host: `${slug(sp.p)}.example.com`, r };
      out.push({
        id: `${o.idPrefix}-${String(n++).padStart(3, "0")}`,
        kind: "secrets",
        category: `${o.catPrefix}-sec-${sp.cat}`,
        label: "positive",
        text: rd.f(x),
        note: `${sp.p}; slot ${sp.env} / ${sp.key}; context: ${rd.name}`,
      });
    }
  }
  return out;
}

export interface BSpec { p: string; env: string; key: string; gen: (r: R) => string; h: string; q: string }

export function rotateBenign(specs: BSpec[], o: RotOpts, times = 1): CorpusCase[] {
  const r = new R(o.seed);
  const pool = renderers.filter((x) => !x.secretish);
  const out: CorpusCase[] = [];
  let n = 1;
  let k = o.offset ?? 0;
  for (let t = 0; t < times; t++) {
    for (const sp of specs) {
      const rd = pool[k % pool.length]!;
      k += o.stride ?? 1;
      const v = sp.gen(r);
      const x: Ctx = { p: sp.p, env: sp.env, key: sp.key, v, hdr: sp.h.replace("%", v), q: sp.q, url: false, host: "api.example.com", r };
      out.push({
        id: `${o.idPrefix}-${String(n++).padStart(3, "0")}`,
        kind: "secrets",
        category: `${o.catPrefix}-benign`,
        label: "benign",
        text: rd.f(x),
        note: `benign look-alike: ${sp.p}; slot ${sp.env} / ${sp.key}; context: ${rd.name}`,
      });
    }
  }
  return out;
}

/** PEM-wrap base64 at 64 columns. */
export function pem(label: string, der: Uint8Array | Buffer): string {
  const b = Buffer.from(der).toString("base64").match(/.{1,64}/g)!.join("\n");
  return `-----BEGIN ${label}-----\n${b}\n-----END ${label}-----\n`;
}

export function rsaDer(r: R): Buffer {
  // PKCS#1 RSAPrivateKey header for a 2048-bit key, then random body of the usual length
  return Buffer.concat([Buffer.from([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00]), Buffer.from(r.bytes(1180))]);
}
export function ecDer(r: R): Buffer {
  return Buffer.concat([Buffer.from([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20]), Buffer.from(r.bytes(32)), Buffer.from([0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04]), Buffer.from(r.bytes(64))]);
}
export function pkcs8Der(r: R): Buffer {
  return Buffer.concat([Buffer.from([0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa8]), rsaDer(r).subarray(0, 1196)]);
}
export function opensshEd25519(r: R): string {
  const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; };
  const str = (b: Buffer | string) => { const x = Buffer.from(b); return Buffer.concat([u32(x.length), x]); };
  const pub = Buffer.from(r.bytes(32));
  const pubBlob = Buffer.concat([str("ssh-ed25519"), str(pub)]);
  const chk = Buffer.from(r.bytes(4));
  const priv = Buffer.concat([chk, chk, str("ssh-ed25519"), str(pub), str(Buffer.concat([Buffer.from(r.bytes(32)), pub])), str("dev@laptop"), Buffer.from([1, 2, 3, 4, 5, 6, 7])]);
  const all = Buffer.concat([Buffer.from("openssh-key-v1\0"), str("none"), str("none"), str(""), u32(1), str(pubBlob), str(priv)]);
  const b = all.toString("base64").match(/.{1,70}/g)!.join("\n");
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${b}\n-----END OPENSSH PRIVATE KEY-----\n`;
}
