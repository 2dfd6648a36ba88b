// Run-time builders for held-out W. No credential-shaped literal lives in the repo: every value is
// assembled here from split prefixes and bodies drawn from a seeded mulberry32 PRNG, so the output
// is deterministic. The loader skips this file (it only loads *.cases.ts and *.jsonl).
import type { CorpusCase } from "../types.ts";
import { mulberry32, randomBytes, randomString, pick } from "../../helpers/prng.ts";

export const AL = {
  alnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
  upper: "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
  upnum: "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
  lownum: "abcdefghijklmnopqrstuvwxyz0123456789",
  hex: "0123456789abcdef",
  HEX: "0123456789ABCDEF",
  dig: "0123456789",
  b64: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
  b64u: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
  b32: "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
  crock: "0123456789ABCDEFGHJKMNPQRSTVWXYZ",
  bech: "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
};

export interface G {
  s(n: number, alphabet: string): string;
  alnum(n: number): string;
  hex(n: number): string;
  HEX(n: number): string;
  dig(n: number): string;
  b64(n: number): string;
  b64u(n: number): string;
  lownum(n: number): string;
  upnum(n: number): string;
  uuid(): string;
  ulid(): string;
  pick<T>(xs: readonly T[]): T;
  /** base64 (standard, padded) of n random bytes */
  bytes64(n: number): string;
  /** base64url of a JSON object, no padding */
  j64(o: unknown): string;
  jwt(payload: Record<string, unknown>, alg?: string, sigLen?: number): string;
  pem(label: string, bodyChars: number): string;
}

export function gen(seed: number): G {
  const r = mulberry32(seed);
  const s = (n: number, a: string) => randomString(r, n, a);
  const g: G = {
    s,
    alnum: (n) => s(n, AL.alnum),
    hex: (n) => s(n, AL.hex),
    HEX: (n) => s(n, AL.HEX),
    dig: (n) => s(1, "123456789") + s(n - 1, AL.dig),
    b64: (n) => s(n, AL.b64),
    b64u: (n) => s(n, AL.b64u),
    lownum: (n) => s(n, AL.lownum),
    upnum: (n) => s(n, AL.upnum),
    uuid: () => `${s(8, AL.hex)}-${s(4, AL.hex)}-4${s(3, AL.hex)}-${s(1, "89ab")}${s(3, AL.hex)}-${s(12, AL.hex)}`,
    ulid: () => "01" + s(1, "HJK") + s(23, AL.crock),
    pick: (xs) => pick(r, xs),
    bytes64: (n) => {
      const b = randomBytes(r, n);
      return Buffer.from(b).toString("base64");
    },
    j64: (o) => Buffer.from(JSON.stringify(o)).toString("base64url"),
    jwt: (payload, alg = "HS256", sigLen = 43) =>
      [g.j64({ alg, typ: "JWT" }), g.j64(payload), s(sigLen, AL.b64u)].join("."),
    pem: (label, bodyChars) => {
      const body = g.bytes64(Math.floor((bodyChars * 3) / 4));
      const lines = body.match(/.{1,64}/g) ?? [];
      return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join("\n");
    },
  };
  return g;
}

/** A provider credential and where a person would put it. */
export interface Spec {
  /** provider / credential type, human readable */
  p: string;
  /** category group -> "heldoutw-sec-<g>" */
  g: string;
  /** env var / config name */
  env: string;
  host: string;
  path?: string;
  tok: (g: G) => string;
  /** header line for the value; default "Authorization: Bearer <v>" */
  hdr?: (v: string) => string;
  /** companion variable (id or second half), rendered beside the value in config-like contexts */
  comp?: [string, (g: G) => string];
  /** shape distinctive enough to appear alone on a line with no name */
  bare?: boolean;
  /** query parameter name when sent in a URL */
  q?: string;
  /** CLI invocation, "{v}" is replaced by the value */
  cli?: string;
  /** how many cases to emit for this spec (default 1) */
  n?: number;
}

export const CONTEXTS = [
  "llm-json", "tool-call", "curl", "export", "cli", "env", "yaml", "toml", "ini",
  "json-config", "code", "http", "url", "log", "md", "diff", "bare",
] as const;
export type Ctx = (typeof CONTEXTS)[number];

const LANGS = [
  "python", "js", "ts", "go", "rust", "java", "csharp", "ruby", "php", "kotlin", "swift",
  "terraform", "dockerfile", "gha",
] as const;

const slugOf = (p: string) => p.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const camelOf = (env: string) =>
  env.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
const pascalOf = (slug: string) =>
  slug.split("-").map((w) => (w[0] ?? "").toUpperCase() + w.slice(1)).join("");
const keyOf = (env: string) => {
  const parts = env.toLowerCase().split("_");
  return parts.length > 2 ? parts.slice(1).join("_") : parts.join("_");
};

export function render(spec: Spec, ctx: Ctx, v: string, comp: string | undefined, g: G, lang: number): string {
  const N = spec.env;
  const slug = slugOf(spec.p).split("-").slice(0, 2).join("-");
  const pascal = pascalOf(slug);
  const k = keyOf(N);
  const camel = camelOf(N);
  const H = spec.host;
  const path = spec.path ?? "/v1/me";
  const vs = v.includes("\n") ? v.replace(/\n/g, "\\n") : v;
  const hl = (spec.hdr ?? ((x: string) => `Authorization: Bearer ${x}`))(vs);
  const hi = hl.indexOf(": ");
  const hn = hl.slice(0, hi);
  const hv = hl.slice(hi + 2);
  const cN = spec.comp?.[0];
  const compEnv = cN && comp ? `${cN}=${comp}\n` : "";
  switch (ctx) {
    case "llm-json": {
      const content = `My ${spec.p} integration keeps returning 401 in prod but works locally. Here's the .env from the server, can you spot the problem?\n\nNODE_ENV=production\nPORT=8080\n${compEnv}${N}=${vs}\nLOG_LEVEL=debug`;
      return g.pick([0, 1]) === 0
        ? JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content }] })
        : JSON.stringify({ model: "gpt-4.1", temperature: 0.2, messages: [{ role: "system", content: "You are a helpful coding assistant." }, { role: "user", content }] });
    }
    case "tool-call":
      return g.pick([0, 1]) === 0
        ? JSON.stringify({ type: "tool_use", name: "write_file", input: { path: `config/${slug}.json`, content: JSON.stringify({ [camel]: v, ...(cN && comp ? { [camelOf(cN)]: comp } : {}), baseUrl: `https://${H}` }, null, 2) } })
        : JSON.stringify({ name: "http_request", arguments: { method: "GET", url: `https://${H}${path}`, headers: { [hn]: hv, Accept: "application/json" } } });
    case "curl":
      return `curl -sS -X GET "https://${H}${path}" \\\n  -H "${hl}" \\\n  -H "Accept: application/json" | jq .`;
    case "export":
      return `${cN && comp ? `export ${cN}="${comp}"\n` : ""}export ${N}="${vs}"\n./scripts/deploy.sh --env production`;
    case "cli":
      return spec.cli ? spec.cli.replace("{v}", vs) : `${slug} auth login --non-interactive --token ${vs} && ${slug} whoami`;
    case "env":
      return `# production\nAPP_NAME=storefront\nDATABASE_POOL_SIZE=10\nREDIS_TTL=3600\n${compEnv}${N}=${vs}\nSENTRY_ENVIRONMENT=production\nFEATURE_NEW_CHECKOUT=true\n`;
    case "yaml":
      return `${slug}:\n  base_url: https://${H}\n${cN && comp ? `  ${keyOf(cN)}: ${comp}\n` : ""}  ${k}: ${JSON.stringify(v)}\n  timeout_seconds: 30\n  retries: 3\n`;
    case "toml":
      return `[${slug}]\nendpoint = "https://${H}"\n${cN && comp ? `${keyOf(cN)} = "${comp}"\n` : ""}${k} = "${vs}"\nmax_retries = 3\n`;
    case "ini":
      return g.pick([0, 1]) === 0
        ? `[${slug}]\nendpoint = https://${H}\n${cN && comp ? `${keyOf(cN)} = ${comp}\n` : ""}${k} = ${vs}\nverify_ssl = true\n`
        : `spring.application.name=orders\nserver.port=8080\n${cN && comp ? `${slug}.${camelOf(cN)}=${comp}\n` : ""}${slug}.${camel}=${vs}\n${slug}.base-url=https://${H}\n`;
    case "json-config":
      return JSON.stringify({ name: "billing-worker", version: "2.4.1", integrations: { [slug]: { ...(cN && comp ? { [camelOf(cN)]: comp } : {}), [camel]: v, region: "eu-west-1", enabled: true } } }, null, 2);
    case "code":
      return code(LANGS[lang % LANGS.length]!, { N, vs, H, path, hn, hv, camel, pascal, k, slug, cN, comp });
    case "http":
      return `POST ${path} HTTP/1.1\nHost: ${H}\n${hl}\nContent-Type: application/json\nUser-Agent: python-httpx/0.27.0\nContent-Length: 17\n\n{"dry_run": true}`;
    case "url":
      return `Fetching https://${H}${path}?${spec.q ?? "api_key"}=${encodeURIComponent(v)}&format=json&page=2`;
    case "log":
      return g.pick([0, 1]) === 0
        ? `2025-03-14T09:12:44.118Z ERROR [${slug}-client] request failed status=401 url=https://${H}${path} request_headers={"${hn}": "${hv}", "Accept": "application/json"} attempt=3`
        : `Traceback (most recent call last):\n  File "/srv/app/integrations/${slug.replace(/-/g, "_")}.py", line 42, in connect\n    client = ${pascal}Client(${k}="${vs}", timeout=10)\n  File "/srv/app/.venv/lib/python3.12/site-packages/${slug.replace(/-/g, "_")}/client.py", line 118, in __init__\n    raise AuthenticationError("invalid credentials")\n${pascal}.errors.AuthenticationError: invalid credentials`;
    case "md":
      return `Here's what I changed in the ${spec.p} setup:\n\n1. Moved the credential out of \`settings.py\`.\n2. Added it to the staging env file:\n\n\`\`\`bash\n${compEnv}${N}=${vs}\n\`\`\`\n\nRedeploy and the webhook test should pass now.`;
    case "diff":
      return `diff --git a/.env.production b/.env.production\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/.env.production\n+++ b/.env.production\n@@ -4,3 +4,${cN && comp ? 5 : 4} @@ DATABASE_POOL_SIZE=10\n LOG_LEVEL=info\n${cN && comp ? `+${cN}=${comp}\n` : ""}+${N}=${vs}\n FEATURE_FLAGS=beta\n`;
    case "bare":
      return g.pick([0, 1]) === 0 ? `can you check why this one gets rejected?\n\n${v}\n` : `${v}`;
  }
}

interface CodeArgs {
  N: string; vs: string; H: string; path: string; hn: string; hv: string; camel: string;
  pascal: string; k: string; slug: string; cN: string | undefined; comp: string | undefined;
}

function code(lang: (typeof LANGS)[number], a: CodeArgs): string {
  const { N, vs, H, path, hn, hv, camel, pascal, k, slug } = a;
  switch (lang) {
    case "python":
      return `import requests\n\n${N} = "${vs}"\n\n\ndef get_session() -> requests.Session:\n    s = requests.Session()\n    s.headers["${hn}"] = "${hv}"\n    s.base_url = "https://${H}"\n    return s\n`;
    case "js":
      return `const ${camel} = "${vs}";\n\nexport async function ping() {\n  const res = await fetch("https://${H}${path}", {\n    headers: { "${hn}": "${hv}" },\n  });\n  return res.json();\n}\n`;
    case "ts":
      return `export const ${slug.replace(/-/g, "")}Config = {\n  baseUrl: "https://${H}",\n  ${camel}: "${vs}",\n  timeoutMs: 10_000,\n} as const;\n`;
    case "go":
      return `package ${slug.replace(/-/g, "")}\n\nimport "net/http"\n\nconst ${pascal}Key = "${vs}"\n\nfunc newRequest() (*http.Request, error) {\n\treq, err := http.NewRequest("GET", "https://${H}${path}", nil)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\treq.Header.Set("${hn}", "${hv}")\n\treturn req, nil\n}\n`;
    case "rust":
      return `const ${N}: &str = "${vs}";\n\nfn client() -> reqwest::Result<reqwest::Client> {\n    let mut h = reqwest::header::HeaderMap::new();\n    h.insert("${hn}", "${hv}".parse().unwrap());\n    reqwest::Client::builder().default_headers(h).build()\n}\n`;
    case "java":
      return `package com.acme.integrations;\n\npublic final class ${pascal}Config {\n    public static final String BASE_URL = "https://${H}";\n    private static final String ${N} = "${vs}";\n\n    private ${pascal}Config() {}\n}\n`;
    case "csharp":
      return `using var client = new HttpClient { BaseAddress = new Uri("https://${H}") };\nclient.DefaultRequestHeaders.Add("${hn}", "${hv}");\nvar resp = await client.GetAsync("${path}");\nresp.EnsureSuccessStatusCode();\n`;
    case "ruby":
      return `${pascal}.configure do |config|\n  config.${k} = "${vs}"\n  config.base_url = "https://${H}"\nend\n`;
    case "php":
      return `<?php\n\nreturn [\n    '${slug}' => [\n        'base_url' => 'https://${H}',\n        '${k}' => '${vs}',\n    ],\n];\n`;
    case "kotlin":
      return `object ${pascal}Keys {\n    const val BASE_URL = "https://${H}"\n    const val ${N} = "${vs}"\n}\n`;
    case "swift":
      return `enum Secrets {\n    static let ${camel} = "${vs}"\n}\n\nvar request = URLRequest(url: URL(string: "https://${H}${path}")!)\nrequest.setValue("${hv}", forHTTPHeaderField: "${hn}")\n`;
    case "terraform":
      return `resource "kubernetes_secret" "${slug.replace(/-/g, "_")}" {\n  metadata {\n    name      = "${slug}-credentials"\n    namespace = "prod"\n  }\n  data = {\n    ${N} = "${vs}"\n  }\n}\n`;
    case "dockerfile":
      return `FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nENV ${N}=${vs}\nCOPY . .\nCMD ["node", "server.js"]\n`;
    case "gha":
      return `name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      ${N}: ${vs}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh\n`;
  }
}

/** One case per spec (or spec.n), contexts rotating over CONTEXTS so each gets a near-equal share. */
export function build(prefix: string, seed: number, specs: Spec[], start = 0): CorpusCase[] {
  const g = gen(seed);
  const out: CorpusCase[] = [];
  let n = start;
  let lang = start;
  let bareSeen = start;
  for (const spec of specs) {
    for (let rep = 0; rep < (spec.n ?? 1); rep++) {
      let ctx: Ctx;
      // every fourth shape-distinctive credential goes out alone, with no name at all
      if (spec.bare && rep === 0 && bareSeen++ % 4 === 3) ctx = "bare";
      else {
        ctx = CONTEXTS[n % CONTEXTS.length]!;
        n++;
        if (ctx === "bare") {
          // the rotation's own "bare" slot is skipped; bare cases are assigned above
          ctx = CONTEXTS[n % CONTEXTS.length]!;
          n++;
        }
      }
      const v = spec.tok(g);
      const comp = spec.comp?.[1](g);
      const text = render(spec, ctx, v, comp, g, ctx === "code" ? lang++ : 0);
      out.push({
        id: `${prefix}${String(out.length + 1).padStart(3, "0")}`,
        kind: "secrets",
        category: `heldoutw-sec-${spec.g}`,
        label: "positive",
        text,
        note: `${spec.p} in ${ctx}${ctx === "code" ? ` (${LANGS[(lang - 1) % LANGS.length]})` : ""}`,
      });
    }
  }
  return out;
}
