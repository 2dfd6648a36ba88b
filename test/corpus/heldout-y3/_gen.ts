// Run-time builders for heldout-y3. No credential-shaped literal lives in this repo: every
// token is a split prefix plus a body drawn from a seeded mulberry32 PRNG (high bits of each
// draw), so the corpus is deterministic. This file is skipped by the loader.
import type { CorpusCase } from "../types.ts";
import { mulberry32, randomBytes, randomString, pick } from "../../helpers/prng.ts";

export const A = {
  up: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  lo: "abcdefghijklmnopqrstuvwxyz",
  dig: "0123456789",
  hex: "0123456789abcdef",
  HEX: "0123456789ABCDEF",
  b32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  bech: "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
};
export const ALNUM = A.up + A.lo + A.dig;
export const B64 = ALNUM + "+/";
export const B64URL = ALNUM + "-_";

export class Gen {
  r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  s(n: number, alpha: string): string {
    return randomString(this.r, n, alpha);
  }
  hex(n: number) { return this.s(n, A.hex); }
  HEX(n: number) { return this.s(n, A.HEX); }
  an(n: number) { return this.s(n, ALNUM); }
  lo(n: number) { return this.s(n, A.lo + A.dig); }
  up(n: number) { return this.s(n, A.up + A.dig); }
  dig(n: number) { return this.s(1, "123456789") + this.s(n - 1, A.dig); }
  b64(n: number) { return this.s(n, B64); }
  url(n: number) { return this.s(n, B64URL); }
  pick<T>(xs: T[]): T { return pick(this.r, xs); }
  uuid() { return [this.hex(8), this.hex(4), "4" + this.hex(3), this.s(1, "89ab") + this.hex(3), this.hex(12)].join("-"); }
  /** base64 of n random bytes, padded. */
  bytes64(n: number) {
    const b = randomBytes(this.r, n);
    return Buffer.from(b).toString("base64");
  }
  pw(n: number) { return this.s(n, ALNUM + "!#%^*-_.~"); }
  /** PEM block with random base64 body (64-col lines). */
  pem(label: string, bodyLen: number, lead = "") {
    const body = (lead + this.b64(bodyLen - lead.length)).replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
    const dash = "-".repeat(5);
    return [dash + "BEGIN " + label + dash, body, dash + "END " + label + dash].join("\n") + "\n";
  }
  jwt(payload: Record<string, unknown>, alg = "HS256") {
    const e = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64url");
    return [e({ alg, typ: "JWT" }), e(payload), this.url(43)].join(".");
  }
}

export const PRIV = ["PRI", "VATE KEY"].join("");

/** A positive spec: named values (name may be "" where the shape alone is distinctive). */
export interface Spec {
  p: string; // provider label
  grp: string;
  pairs: [string, string][];
  header?: [string, string];
  distinct?: boolean; // shape alone is distinctive (allowed bare / unnamed)
  host?: string;
}

const esc = (v: string) => JSON.stringify(v);
const b64 = (v: string) => Buffer.from(v).toString("base64");
const envText = (s: Spec) => s.pairs.map(([k, v]) => `${k}=${v.includes("\n") ? esc(v) : v}`).join("\n");
const lc = (k: string) => k.toLowerCase();
const camel = (k: string) => lc(k).replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const host = (s: Spec) => s.host ?? "api.example.com";

export type Ctx = { name: string; multiline: boolean; needsDistinct?: boolean; f: (s: Spec, g: Gen) => string };

export const CTX: Ctx[] = [
  { name: "llm-chat-json", multiline: true, f: (s) => JSON.stringify({
      model: "claude-sonnet-4-5", max_tokens: 2048,
      messages: [{ role: "user", content: `My deploy keeps failing with 401s. Here is the .env I'm using, can you see what's wrong?\n\n\`\`\`\n${envText(s)}\n\`\`\`` }] }) },
  { name: "tool-call-json", multiline: true, f: (s) => JSON.stringify({
      type: "tool_use", id: "toolu_01", name: "write_file",
      input: { path: "config/.env.production", content: envText(s) + "\n" } }) },
  { name: "shell-export", multiline: true, f: (s) => s.pairs.map(([k, v]) => `export ${k || "TOKEN"}='${v}'`).join("\n") + `\n./scripts/deploy.sh --env prod` },
  { name: "shell-curl", multiline: false, f: (s) => s.header
      ? `curl -sS -X GET "https://${host(s)}/v1/me" -H "${s.header[0]}: ${s.header[1]}" -H "Accept: application/json"`
      : `curl -sS -X POST https://${host(s)}/v1/config -d '${JSON.stringify(Object.fromEntries(s.pairs.map(([k, v]) => [lc(k) || "token", v])))}'` },
  { name: "docker-run", multiline: false, f: (s) => `docker run --rm -d ${s.pairs.map(([k, v]) => `-e ${k || "TOKEN"}=${v}`).join(" ")} -p 8080:8080 ghcr.io/acme/worker:1.4.2` },
  { name: "dotenv", multiline: true, f: (s) => `# production\nNODE_ENV=production\nPORT=8080\n${envText(s)}\nLOG_LEVEL=info\n` },
  { name: "yaml", multiline: true, f: (s) => `service:\n  name: billing-worker\n  replicas: 2\ncredentials:\n${s.pairs.map(([k, v]) => `  ${lc(k) || "token"}: ${esc(v)}`).join("\n")}\n` },
  { name: "toml", multiline: true, f: (s) => `[app]\nname = "ingest"\n\n[secrets]\n${s.pairs.map(([k, v]) => `${lc(k) || "token"} = ${esc(v)}`).join("\n")}\n` },
  { name: "ini-properties", multiline: false, f: (s) => `[default]\nregion = eu-west-1\n${s.pairs.map(([k, v]) => `${lc(k).replace(/_/g, ".") || "token"} = ${v}`).join("\n")}\n` },
  { name: "json-config", multiline: true, f: (s) => JSON.stringify({ env: "production", integrations: { [s.p.toLowerCase().replace(/[^a-z0-9]+/g, "_")]: Object.fromEntries(s.pairs.map(([k, v]) => [camel(k) || "token", v])) } }, null, 2) },
  { name: "python", multiline: true, f: (s) => `import os\nimport requests\n\n${s.pairs.map(([k, v]) => `${k || "TOKEN"} = ${v.includes("\n") ? `"""${v}"""` : `"${v}"`}`).join("\n")}\n\ndef client():\n    return requests.Session()\n` },
  { name: "typescript", multiline: true, f: (s) => `export const config = {\n${s.pairs.map(([k, v]) => `  ${camel(k) || "token"}: ${esc(v)},`).join("\n")}\n};\n` },
  { name: "go", multiline: true, f: (s) => `package config\n\nconst (\n${s.pairs.map(([k, v]) => `\t${camel(k) || "token"} = ${esc(v)}`).join("\n")}\n)\n` },
  { name: "rust", multiline: true, f: (s) => s.pairs.map(([k, v]) => `const ${k || "TOKEN"}: &str = ${esc(v)};`).join("\n") + "\n\nfn main() {}\n" },
  { name: "java", multiline: true, f: (s) => `public final class Secrets {\n${s.pairs.map(([k, v]) => `    static final String ${k || "TOKEN"} = ${esc(v)};`).join("\n")}\n}\n` },
  { name: "csharp", multiline: true, f: (s) => `var settings = new Dictionary<string, string> {\n${s.pairs.map(([k, v]) => `    ["${camel(k) || "token"}"] = ${esc(v)},`).join("\n")}\n};` },
  { name: "ruby", multiline: true, f: (s) => s.pairs.map(([k, v]) => `ENV["${k || "TOKEN"}"] ||= ${esc(v)}`).join("\n") + "\n" },
  { name: "php", multiline: true, f: (s) => `<?php\nreturn [\n${s.pairs.map(([k, v]) => `    '${lc(k) || "token"}' => ${esc(v)},`).join("\n")}\n];\n` },
  { name: "kotlin", multiline: true, f: (s) => `object Keys {\n${s.pairs.map(([k, v]) => `    const val ${k || "TOKEN"} = ${esc(v)}`).join("\n")}\n}\n` },
  { name: "swift", multiline: true, f: (s) => `enum Secrets {\n${s.pairs.map(([k, v]) => `    static let ${camel(k) || "token"} = ${esc(v)}`).join("\n")}\n}\n` },
  { name: "terraform", multiline: true, f: (s) => `provider "${s.p.toLowerCase().replace(/[^a-z0-9]+/g, "")}" {\n${s.pairs.map(([k, v]) => `  ${lc(k) || "token"} = ${esc(v)}`).join("\n")}\n}\n` },
  { name: "dockerfile", multiline: false, f: (s) => `FROM node:20-alpine\nWORKDIR /app\n${s.pairs.map(([k, v]) => `ENV ${k || "TOKEN"}=${v}`).join("\n")}\nCOPY . .\nRUN npm ci\nCMD ["node","server.js"]\n` },
  { name: "gha-yaml", multiline: true, f: (s) => `name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n${s.pairs.map(([k, v]) => `      ${k || "TOKEN"}: ${esc(v)}`).join("\n")}\n    steps:\n      - uses: actions/checkout@v4\n      - run: make deploy\n` },
  { name: "k8s-secret", multiline: true, f: (s) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-credentials\n  namespace: prod\ntype: Opaque\ndata:\n${s.pairs.map(([k, v]) => `  ${k || "TOKEN"}: ${b64(v)}`).join("\n")}\n` },
  { name: "http-headers", multiline: false, f: (s) => s.header
      ? `GET /v1/account HTTP/1.1\nHost: ${host(s)}\nUser-Agent: agent/1.0\n${s.header[0]}: ${s.header[1]}\nAccept: */*\n`
      : `POST /v1/settings HTTP/1.1\nHost: ${host(s)}\nContent-Type: application/x-www-form-urlencoded\n\n${s.pairs.map(([k, v]) => `${lc(k) || "token"}=${encodeURIComponent(v)}`).join("&")}` },
  { name: "url-query", multiline: false, f: (s) => `https://${host(s)}/v2/export?format=csv&${s.pairs.map(([k, v]) => `${lc(k) || "token"}=${encodeURIComponent(v)}`).join("&")}` },
  { name: "log-line", multiline: false, f: (s) => `2026-03-14T09:21:07.412Z INFO  [bootstrap] loaded settings ${s.pairs.map(([k, v]) => `${k || "token"}=${v}`).join(" ")} region=us-east-1` },
  { name: "stack-trace", multiline: false, f: (s) => `Traceback (most recent call last):\n  File "/srv/app/client.py", line 88, in connect\n    resp = session.post(url, headers=headers)\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://${host(s)}/v1/auth\n  locals: ${s.pairs.map(([k, v]) => `${lc(k) || "token"}='${v}'`).join(", ")}` },
  { name: "markdown", multiline: true, f: (s) => `## Setup notes\n\nI got it working locally. For the ${s.p} integration use these:\n\n${s.pairs.map(([k, v]) => `- **${k || "token"}**: \`${v.includes("\n") ? v.replace(/\n/g, "\\n") : v}\``).join("\n")}\n\nThen run \`make dev\`.` },
  { name: "diff", multiline: true, f: (s) => `diff --git a/deploy/.env.staging b/deploy/.env.staging\nindex 3f2a1c0..9b7d4e2 100644\n--- a/deploy/.env.staging\n+++ b/deploy/.env.staging\n@@ -3,2 +3,${s.pairs.length + 2} @@\n DATABASE_POOL=10\n${s.pairs.map(([k, v]) => `+${k || "TOKEN"}=${v.includes("\n") ? esc(v) : v}`).join("\n")}\n LOG_LEVEL=debug\n` },
  { name: "jupyter", multiline: true, f: (s) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", ...s.pairs.map(([k, v]) => `os.environ[\"${k || "TOKEN"}\"] = ${esc(v)}\n`), "client = make_client()\n"] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 }) },
  { name: "sql", multiline: true, f: (s) => `INSERT INTO integration_credentials (tenant_id, provider, key_name, secret_value) VALUES\n${s.pairs.map(([k, v]) => `  (42, '${s.p}', '${lc(k) || "token"}', '${v.replace(/'/g, "''")}')`).join(",\n")};` },
  { name: "bare", multiline: true, needsDistinct: true, f: (s) => `here it is:\n${s.pairs.map(([, v]) => v).join("\n")}\n` },
];

export function build(prefix: string, specs: Spec[], g: Gen, offset = 0): CorpusCase[] {
  return specs.map((s, i) => {
    let k = (i * 7 + offset) % CTX.length;
    for (let t = 0; t < CTX.length; t++) {
      const c = CTX[(k + t) % CTX.length]!;
      const multi = s.pairs.some(([, v]) => v.includes("\n"));
      const unnamed = s.pairs.some(([n]) => n === "");
      if ((multi && !c.multiline) || (c.needsDistinct && !s.distinct) || (unnamed && !s.distinct)) continue;
      k = (k + t) % CTX.length;
      break;
    }
    const c = CTX[k]!;
    return {
      id: `${prefix}${String(i + 1).padStart(3, "0")}`,
      kind: "secrets" as const,
      category: `heldouty3-sec-${s.grp}`,
      label: "positive" as const,
      text: c.f(s, g),
      note: `${s.p}; context ${c.name}`,
    };
  });
}
