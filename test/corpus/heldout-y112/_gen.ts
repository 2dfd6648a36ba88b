// heldout-y112: shared builders and agent-traffic context renderers. Skipped by the loader
// (leading "_"). Every credential-shaped value is assembled at run time from a seeded PRNG.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LO = "abcdefghijklmnopqrstuvwxyz";
const DG = "0123456789";
export const ALNUM = UP + LO + DG;
export const HEXS = "0123456789abcdef";
export const B64 = ALNUM + "+/";
export const B64U = ALNUM + "_-";
export const LOWNUM = LO + DG;
export const UPNUM = UP + DG;
export const B32L = "abcdefghijklmnopqrstuvwxyz234567";
export const B32U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
const BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

export class Rng extends SeededRng {
  a(n: number): string {
    return this.str(n, ALNUM);
  }
  lo(n: number): string {
    return this.str(n, LOWNUM);
  }
  up(n: number): string {
    return this.str(n, UPNUM);
  }
  letters(n: number): string {
    return this.str(n, UP + LO);
  }
  hex(n: number): string {
    return this.str(n, HEXS);
  }
  HEX(n: number): string {
    return this.str(n, "0123456789ABCDEF");
  }
  dig(n: number): string {
    return this.str(1, "123456789") + this.str(n - 1, DG);
  }
  b64(n: number): string {
    return this.str(n, B64);
  }
  u(n: number): string {
    return this.str(n, B64U);
  }
  b58(n: number): string {
    return this.str(n, B58);
  }
  bech(n: number): string {
    return this.str(n, BECH);
  }
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`;
  }
  /** base64 of n random bytes (real padding). */
  b64bytes(n: number): string {
    return Buffer.from(this.bytes(n)).toString("base64");
  }
  pw(n: number): string {
    return this.str(n, ALNUM + "!#%^*-_+=");
  }
  toolu(): string {
    return "toolu_01" + this.a(22);
  }
  msgId(): string {
    return "msg_01" + this.a(22);
  }
  call(): string {
    return "call_" + this.a(24);
  }
  chatcmpl(): string {
    return "chatcmpl-" + this.a(29);
  }
  iso(): string {
    return `2025-${String(this.range(1, 12)).padStart(2, "0")}-${String(this.range(1, 28)).padStart(2, "0")}T${String(this.range(0, 23)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}:${String(this.range(0, 59)).padStart(2, "0")}.${this.dig(3)}Z`;
  }
}

export const b64 = (s: string): string => Buffer.from(s, "utf8").toString("base64");
export const b64url = (s: string): string => Buffer.from(s, "utf8").toString("base64url");

/** A JWT-shaped token with real base64url header and payload and a random signature. */
export function jwt(r: Rng, payload: Record<string, unknown>, alg = "HS256"): string {
  const h = b64url(JSON.stringify({ alg, typ: "JWT" }));
  const p = b64url(JSON.stringify(payload));
  return [h, p, r.u(alg.startsWith("RS") || alg.startsWith("ES") ? 86 : 43)].join(".");
}

/** Wrap base64 at 64 columns inside PEM armour. */
export function pem(label: string, der: Uint8Array): string {
  const body = Buffer.from(der).toString("base64").replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}
export function cat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const n = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

/** A value in a slot. hdr = [header name, value prefix] when the value travels as an HTTP header. */
export interface Tok {
  p: string;
  env: string;
  value: string;
  hdr?: [string, string];
  extra?: [string, string][];
}

export interface Spec {
  p: string;
  g: Group;
  env: string;
  make: (r: Rng) => string;
  hdr?: [string, string];
  extra?: (r: Rng) => [string, string][];
  n?: number;
}

export interface Renderer {
  name: string;
  http?: boolean;
  /** renderer whose framing only makes sense for a secret (skipped for benign values) */
  secretish?: boolean;
  fn: (t: Tok, r: Rng) => string;
}

// ---------------------------------------------------------------- config-file builders

const FILL: [string, string][][] = [
  [["NODE_ENV", "production"], ["PORT", "8080"]],
  [["LOG_LEVEL", "info"], ["APP_URL", "https://app.example.com"]],
  [["AWS_REGION", "eu-west-1"], ["QUEUE_NAME", "jobs-default"]],
  [["RAILS_ENV", "production"], ["RAILS_MAX_THREADS", "5"]],
  [["FEATURE_NEW_CHECKOUT", "true"], ["CACHE_TTL_SECONDS", "300"]],
  [["PYTHONUNBUFFERED", "1"], ["WORKERS", "4"]],
  [["TZ", "UTC"], ["PUBLIC_BASE_URL", "https://www.example.org"]],
  [["SENTRY_ENVIRONMENT", "staging"], ["RELEASE_CHANNEL", "beta"]],
];

function kvs(t: Tok): [string, string][] {
  return [...(t.extra ?? []), [t.env, t.value]];
}
const needsQuote = (v: string): boolean => /[\s;$#&|<>(){}'"`\\]/.test(v);

export function envFile(t: Tok, r: Rng): string {
  const ai = r.int(FILL.length);
  const a = FILL[ai]!;
  const b = FILL[(ai + 1 + r.int(FILL.length - 1)) % FILL.length]!;
  const q = r.int(3);
  const lines = [
    `# ${r.pick(["production", "staging", "local", "prod-eu"])} settings`,
    ...a.map(([k, v]) => `${k}=${v}`),
    ...kvs(t).map(([k, v]) => (q === 0 || needsQuote(v) ? `${k}="${v}"` : `${k}=${v}`)),
    ...b.map(([k, v]) => `${k}=${v}`),
  ];
  return lines.join("\n") + "\n";
}

const lc = (s: string): string => s.toLowerCase();

export function yamlCfg(t: Tok, r: Rng): string {
  const svc = r.pick(["billing-api", "ingest-worker", "web", "notifier", "agent-runner"]);
  const lines = [
    `service: ${svc}`,
    `replicas: ${r.range(2, 6)}`,
    `env:`,
    `  LOG_LEVEL: info`,
    ...kvs(t).map(([k, v]) => `  ${k}: "${v}"`),
    `resources:`,
    `  limits:`,
    `    memory: 512Mi`,
  ];
  return lines.join("\n") + "\n";
}

export function helmValues(t: Tok, r: Rng): string {
  return [
    `image:`,
    `  repository: registry.example.com/${r.pick(["api", "worker", "gateway"])}`,
    `  tag: "${r.range(1, 4)}.${r.range(0, 20)}.${r.range(0, 9)}"`,
    `config:`,
    ...kvs(t).map(([k, v]) => `  ${lc(k)}: "${v}"`),
    `  timeout_seconds: 30`,
    `ingress:`,
    `  host: api.example.com`,
  ].join("\n") + "\n";
}

export function tomlCfg(t: Tok, r: Rng): string {
  return [
    `[server]`,
    `host = "0.0.0.0"`,
    `port = ${r.pick([3000, 8000, 8080, 9090])}`,
    ``,
    `[${r.pick(["integrations", "settings", "providers", "upstream"])}]`,
    ...kvs(t).map(([k, v]) => `${lc(k)} = "${v}"`),
    `retries = 3`,
  ].join("\n") + "\n";
}

export function jsonCfgObj(t: Tok, r: Rng): Record<string, unknown> {
  const creds: Record<string, string> = {};
  for (const [k, v] of kvs(t)) creds[camel(k)] = v;
  return {
    name: r.pick(["orders-service", "support-bot", "etl", "docs-indexer"]),
    env: "production",
    http: { port: 8080, cors: ["https://app.example.com"] },
    integrations: creds,
    logging: { level: "info", json: true },
  };
}

export function camel(k: string): string {
  return k.toLowerCase().replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}

export function composeFile(t: Tok, r: Rng): string {
  const svc = r.pick(["api", "worker", "app", "bot"]);
  return [
    `services:`,
    `  ${svc}:`,
    `    build: .`,
    `    ports:`,
    `      - "8080:8080"`,
    `    environment:`,
    `      - NODE_ENV=production`,
    ...kvs(t).map(([k, v]) => `      - ${k}=${v}`),
    `    depends_on:`,
    `      - redis`,
    `  redis:`,
    `    image: redis:7-alpine`,
  ].join("\n") + "\n";
}

export function k8sSecret(t: Tok, r: Rng): string {
  return [
    `apiVersion: v1`,
    `kind: Secret`,
    `metadata:`,
    `  name: ${r.pick(["app-secrets", "api-credentials", "runtime-env"])}`,
    `  namespace: ${r.pick(["prod", "default", "payments"])}`,
    `type: Opaque`,
    `stringData:`,
    ...kvs(t).map(([k, v]) => `  ${k}: "${v}"`),
  ].join("\n") + "\n";
}

export function ghaWorkflow(t: Tok, r: Rng): string {
  return [
    `name: deploy`,
    `on:`,
    `  push:`,
    `    branches: [main]`,
    `jobs:`,
    `  deploy:`,
    `    runs-on: ubuntu-latest`,
    `    env:`,
    ...kvs(t).map(([k, v]) => `      ${k}: ${v}`),
    `    steps:`,
    `      - uses: actions/checkout@v4`,
    `      - run: ${r.pick(["npm ci && npm run deploy", "make release", "./scripts/deploy.sh"])}`,
  ].join("\n") + "\n";
}

export function pySnippet(t: Tok, r: Rng): string {
  const lines = [
    `import os`,
    `import requests`,
    ``,
    ...kvs(t).map(([k, v]) => `${k} = os.getenv("${k}", "${v}")`),
    ``,
    `def ${r.pick(["sync_orders", "fetch_report", "push_metrics", "send_digest"])}():`,
    `    resp = requests.post("https://api.example.com/v1/jobs", timeout=10)`,
    `    resp.raise_for_status()`,
    `    return resp.json()`,
  ];
  return lines.join("\n") + "\n";
}

export function tfvars(t: Tok, r: Rng): string {
  return [
    `region      = "${r.pick(["us-east-1", "eu-central-1", "ap-southeast-2"])}"`,
    `environment = "prod"`,
    ...kvs(t).map(([k, v]) => `${lc(k)} = "${v}"`),
  ].join("\n") + "\n";
}

export function diffAdding(t: Tok, r: Rng): string {
  const file = r.pick(["config/settings.py", "src/config.ts", "app/config/prod.yml", ".env.production"]);
  const idx = `${r.hex(7)}..${r.hex(7)}`;
  const add = kvs(t).map(([k, v]) =>
    file.endsWith(".py") ? `+${k} = "${v}"` : file.endsWith(".ts") ? `+  ${camel(k)}: "${v}",` : file.endsWith(".yml") ? `+  ${lc(k)}: "${v}"` : `+${k}=${v}`,
  );
  const ctx = file.endsWith(".py")
    ? ["# integrations", "TIMEOUT = 30", "RETRIES = 3", "DEBUG = False"]
    : file.endsWith(".ts")
      ? ["export const config = {", "  timeout: 30,", "  retries: 3,", "};"]
      : file.endsWith(".yml")
        ? ["integrations:", "  timeout: 30", "  retries: 3", "logging: info"]
        : ["# integrations", "TIMEOUT=30", "RETRIES=3", "DEBUG=false"];
  return [
    `diff --git a/${file} b/${file}`,
    `index ${idx} 100644`,
    `--- a/${file}`,
    `+++ b/${file}`,
    `@@ -${r.range(3, 40)},4 +${r.range(3, 40)},${4 + add.length} @@`,
    ...ctx.slice(0, 2).map((l) => " " + l),
    ...add,
    ...ctx.slice(2).map((l) => " " + l),
  ].join("\n") + "\n";
}

// ---------------------------------------------------------------- envelopes

const OAI = ["gpt-4.1", "gpt-4o-2024-08-06", "gpt-4.1-mini", "o4-mini", "gpt-5"];
const CLAUDE = ["claude-sonnet-4-20250514", "claude-opus-4-1-20250805", "claude-3-5-haiku-20241022", "claude-3-7-sonnet-20250219"];
const GEM = ["gemini-2.5-pro", "gemini-2.5-flash", "gemini-2.0-flash"];
const OLL = ["llama3.1:8b", "qwen2.5-coder:14b", "mistral-nemo", "deepseek-coder-v2:16b"];
const ASKS = [
  "The service boots locally but fails in prod with 401s. Config below, what am I missing?",
  "Can you check this config for mistakes before I deploy?",
  "Please convert this to the format our helm chart expects.",
  "Why does the worker crash on start? Here is what it reads:",
  "Clean this up and sort the keys alphabetically.",
];
const withHttp = (path: string, host: string, body: string): string =>
  `POST ${path} HTTP/1.1\nHost: ${host}\nContent-Type: application/json\nAccept: application/json\n\n${body}`;

function oaiBody(r: Rng, messages: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ model: r.pick(OAI), messages, ...extra });
}
function anthBody(r: Rng, messages: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ model: r.pick(CLAUDE), max_tokens: r.pick([1024, 4096, 8192]), ...extra, messages });
}
const TOOLS_WRITE = [
  {
    name: "write_file",
    description: "Create or overwrite a file in the workspace",
    input_schema: { type: "object", properties: { path: { type: "string" }, content: { type: "string" } }, required: ["path", "content"] },
  },
];
const OAI_TOOLS_SHELL = [
  {
    type: "function",
    function: { name: "run_shell", description: "Run a shell command in the sandbox", parameters: { type: "object", properties: { command: { type: "string" } }, required: ["command"] } },
  },
];
const sq = (v: string): string => `'${v}'`;

export const GENERIC: Renderer[] = [
  {
    name: "OpenAI chat body, user pastes .env",
    fn: (t, r) =>
      oaiBody(r, [
        { role: "system", content: "You are a senior backend engineer helping debug deployments." },
        { role: "user", content: `${r.pick(ASKS)}\n\n.env:\n\`\`\`\n${envFile(t, r)}\`\`\`` },
      ], { temperature: 0.2 }),
  },
  {
    name: "Anthropic messages body, user pastes terminal output of printenv",
    fn: (t, r) =>
      anthBody(r, [
        {
          role: "user",
          content: [
            {
              type: "text",
              text: `still getting 401 after rotating, terminal:\n\n$ printenv | grep -E '${t.env.split("_")[0]}|NODE_ENV'\nNODE_ENV=production\n${kvs(t).map(([k, v]) => `${k}=${v}`).join("\n")}\n$ node dist/server.js\n[boot] connecting to upstream...\nError: Request failed with status code 401`,
            },
          ],
        },
      ]),
  },
  {
    name: "Anthropic messages history, tool_use write_file .env (one level)",
    fn: (t, r) => {
      const id = r.toolu();
      return anthBody(r, [
        { role: "user", content: "set up the env file for staging so I can run the worker" },
        { role: "assistant", content: [{ type: "text", text: "I'll create `.env.staging` with the values you gave me." }, { type: "tool_use", id, name: "write_file", input: { path: ".env.staging", content: envFile(t, r) } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: `Wrote ${r.range(180, 600)} bytes to .env.staging` }] },
      ], { tools: TOOLS_WRITE });
    },
  },
  {
    name: "Anthropic messages history, tool_result of `cat config/settings.yaml`",
    fn: (t, r) => {
      const id = r.toolu();
      return anthBody(r, [
        { role: "user", content: "why is the deployment using the wrong replica count?" },
        { role: "assistant", content: [{ type: "tool_use", id, name: "bash", input: { command: "cat config/settings.yaml" } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: yamlCfg(t, r) }] },
      ]);
    },
  },
  {
    name: "OpenAI tool_calls run_shell `export` (arguments escaped twice)",
    fn: (t, r) => {
      const id = r.call();
      const cmd = kvs(t).map(([k, v]) => `export ${k}=${sq(v)}`).join(" && ") + ` && ./scripts/deploy.sh --env ${r.pick(["prod", "staging"])}`;
      return oaiBody(r, [
        { role: "user", content: "deploy the api with the new credentials" },
        { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: cmd }) } }] },
        { role: "tool", tool_call_id: id, content: "deploy: 3/3 tasks healthy" },
      ], { tools: OAI_TOOLS_SHELL });
    },
  },
  {
    name: "OpenAI tool_calls run_shell with inline env assignment (arguments escaped twice)",
    fn: (t, r) => {
      const id = r.call();
      const cmd = kvs(t).map(([k, v]) => `${k}=${sq(v)}`).join(" ") + " " + r.pick(["npm run migrate", "python manage.py sync_accounts", "go run ./cmd/backfill", "bundle exec rake reindex"]);
      return oaiBody(r, [
        { role: "user", content: "run the backfill against staging" },
        { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: cmd, timeout: 600 }) } }] },
      ], { tools: OAI_TOOLS_SHELL, parallel_tool_calls: false });
    },
  },
  {
    name: "OpenAI tool_calls write_file helm values.yaml (escaped twice)",
    fn: (t, r) => {
      const id = r.call();
      return oaiBody(r, [
        { role: "user", content: "generate helm values for the prod release" },
        { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "deploy/values-prod.yaml", content: helmValues(t, r) }) } }] },
        { role: "tool", tool_call_id: id, content: "ok" },
      ]);
    },
  },
  {
    name: "OpenAI tool_calls write_file config JSON (escaped three levels)",
    fn: (t, r) => {
      const id = r.call();
      return oaiBody(r, [
        { role: "user", content: "write the production config file" },
        { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "config/production.json", content: JSON.stringify(jsonCfgObj(t, r), null, 2) }) } }] },
      ]);
    },
  },
  {
    name: "MCP JSON-RPC tools/call write_file config.toml",
    fn: (t, r) =>
      JSON.stringify({ jsonrpc: "2.0", id: r.range(2, 90), method: "tools/call", params: { name: "write_file", arguments: { path: "config.toml", content: tomlCfg(t, r) } } }),
  },
  {
    name: "MCP JSON-RPC tools/call run_command docker run -e",
    fn: (t, r) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: r.range(2, 90),
        method: "tools/call",
        params: { name: "run_command", arguments: { command: `docker run -d --name ${r.pick(["api", "worker", "bot"])} ${kvs(t).map(([k, v]) => `-e ${k}=${sq(v)}`).join(" ")} -p 8080:8080 registry.example.com/app:${r.range(1, 9)}.${r.range(0, 30)}`, cwd: "/srv/app" } },
      }),
  },
  {
    name: "MCP JSON-RPC tools/call result text with .env content",
    fn: (t, r) => JSON.stringify({ jsonrpc: "2.0", id: r.range(2, 90), result: { content: [{ type: "text", text: envFile(t, r) }], isError: false } }),
  },
  {
    name: "Gemini generateContent body, user pastes docker-compose.yml",
    fn: (t, r) =>
      withHttp(`/v1beta/models/${r.pick(GEM)}:generateContent`, "llm-proxy.example.net", JSON.stringify({ contents: [{ role: "user", parts: [{ text: `${r.pick(ASKS)}\n\ndocker-compose.yml\n\`\`\`yaml\n${composeFile(t, r)}\`\`\`` }] }], generationConfig: { temperature: 0.1, maxOutputTokens: 2048 } })),
  },
  {
    name: "Gemini generateContent, functionResponse read_file .env",
    fn: (t, r) =>
      JSON.stringify({
        contents: [
          { role: "user", parts: [{ text: "check whether the env file has everything the worker needs" }] },
          { role: "model", parts: [{ functionCall: { name: "read_file", args: { path: ".env" } } }] },
          { role: "user", parts: [{ functionResponse: { name: "read_file", response: { content: envFile(t, r) } } }] },
        ],
        tools: [{ functionDeclarations: [{ name: "read_file", description: "Read a file", parameters: { type: "OBJECT", properties: { path: { type: "STRING" } } } }] }],
      }),
  },
  {
    name: "Bedrock Converse body, assistant toolUse shell command",
    fn: (t, r) => {
      const id = "tooluse_" + r.u(22);
      return JSON.stringify({
        messages: [
          { role: "user", content: [{ text: "store the value in the parameter store for the prod stack" }] },
          { role: "assistant", content: [{ toolUse: { toolUseId: id, name: "shell", input: { command: kvs(t).map(([k, v]) => `./scripts/set-param.sh /app/prod/${k} ${sq(v)}`).join(" && ") } } }] },
          { role: "user", content: [{ toolResult: { toolUseId: id, content: [{ json: { Version: r.range(1, 9), Tier: "Standard" } }] } }] },
        ],
        inferenceConfig: { maxTokens: 2048, temperature: 0 },
      });
    },
  },
  {
    name: "Bedrock InvokeModel (anthropic_version bedrock-2023-05-31), user pastes k8s Secret",
    secretish: true,
    fn: (t, r) =>
      JSON.stringify({ anthropic_version: "bedrock-2023-05-31", max_tokens: 2048, messages: [{ role: "user", content: `kubectl apply rejects this manifest, can you fix it?\n\n${k8sSecret(t, r)}` }] }),
  },
  {
    name: "Ollama /api/chat body, user pastes Python module",
    fn: (t, r) =>
      withHttp("/api/chat", "localhost.test:11434", JSON.stringify({ model: r.pick(OLL), messages: [{ role: "user", content: `refactor this to use a settings class:\n\n\`\`\`python\n${pySnippet(t, r)}\`\`\`` }], stream: false, options: { num_ctx: 8192 } })),
  },
  {
    name: "Ollama /api/generate prompt with Python traceback locals",
    fn: (t, r) => {
      const locals = `{${kvs(t).map(([k, v]) => `'${lc(k)}': '${v}'`).join(", ")}, 'timeout': 30, 'retries': 3}`;
      const prompt = `Explain this crash and suggest a fix:\n\nTraceback (most recent call last):\n  File "/srv/app/worker.py", line ${r.range(20, 200)}, in run\n    client = build_client(settings)\n  File "/srv/app/clients.py", line ${r.range(10, 90)}, in build_client\n    raise ConfigError(f"bad settings: {settings}")\napp.errors.ConfigError: bad settings: ${locals}\n`;
      return JSON.stringify({ model: r.pick(OLL), prompt, stream: false });
    },
  },
  {
    name: "agent memory store upsert (facts + scratchpad)",
    fn: (t, r) =>
      JSON.stringify({
        agent_id: "agt_" + r.lo(12),
        namespace: `project/${r.pick(["checkout", "infra", "support-bot"])}`,
        items: [
          { key: "deploy_notes", value: `staging deploy needs ${kvs(t).map(([k, v]) => `${k}=${v}`).join(" ")} set before running make release`, ttl_days: 30 },
          { key: "user_pref", value: "prefers small PRs" },
        ],
        scratchpad: "step 3/5 done: env configured; next: run smoke tests",
      }),
  },
  {
    name: "LangSmith run ingest, tool run inputs",
    fn: (t, r) =>
      JSON.stringify({
        post: [
          {
            id: r.uuid(),
            trace_id: r.uuid(),
            name: "ShellTool",
            run_type: "tool",
            inputs: { input: kvs(t).map(([k, v]) => `export ${k}=${v}`).join("; ") + "; make release" },
            outputs: { output: "release v" + r.range(1, 9) + "." + r.range(0, 20) + " published" },
            start_time: r.iso(),
            session_name: "default",
          },
        ],
      }),
  },
  {
    name: "LlamaIndex/OpenTelemetry span export, tool.kwargs JSON string (escaped twice)",
    fn: (t, r) => {
      const kw: Record<string, string> = {};
      for (const [k, v] of kvs(t)) kw[lc(k)] = v;
      return JSON.stringify({
        spans: [
          {
            trace_id: r.hex(32),
            span_id: r.hex(16),
            name: "FunctionTool.call",
            attributes: { "tool.name": "configure_client", "tool.kwargs": JSON.stringify(kw), "llm.framework": "llama_index" },
          },
        ],
      });
    },
  },
  {
    name: "OpenAI chat body, git diff sent for review",
    fn: (t, r) => oaiBody(r, [{ role: "system", content: "You are a meticulous code reviewer." }, { role: "user", content: `Review this diff:\n\n${diffAdding(t, r)}` }]),
  },
  {
    name: "Anthropic tool_use apply_patch with git diff",
    fn: (t, r) => {
      const id = r.toolu();
      return anthBody(r, [
        { role: "user", content: "wire the new integration into config" },
        { role: "assistant", content: [{ type: "tool_use", id, name: "apply_patch", input: { patch: diffAdding(t, r) } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "Patch applied cleanly." }] },
      ]);
    },
  },
  {
    name: "OpenAI Responses API input, function_call_output with .env",
    fn: (t, r) => {
      const id = r.call();
      return JSON.stringify({
        model: r.pick(OAI),
        previous_response_id: "resp_" + r.hex(48),
        input: [
          { type: "function_call", call_id: id, name: "read_file", arguments: JSON.stringify({ path: ".env.production" }) },
          { type: "function_call_output", call_id: id, output: envFile(t, r) },
        ],
      });
    },
  },
  {
    name: "OpenAI Assistants thread message, user pastes GitHub Actions workflow",
    fn: (t, r) =>
      withHttp(`/v1/threads/thread_${r.a(24)}/messages`, "ai-gateway.example.com", JSON.stringify({ role: "user", content: `This workflow stopped deploying, why?\n\n\`\`\`yaml\n${ghaWorkflow(t, r)}\`\`\`` })),
  },
  {
    name: "OpenAI legacy function_call set_env_var arguments (escaped twice)",
    fn: (t, r) =>
      JSON.stringify({
        model: "gpt-3.5-turbo-0613",
        messages: [
          { role: "user", content: "add the value to the production environment" },
          { role: "assistant", content: null, function_call: { name: "set_env_var", arguments: JSON.stringify({ name: t.env, value: t.value, target: "production" }) } },
          { role: "function", name: "set_env_var", content: JSON.stringify({ ok: true }) },
        ],
        functions: [{ name: "set_env_var", parameters: { type: "object", properties: { name: { type: "string" }, value: { type: "string" }, target: { type: "string" } } } }],
      }),
  },
  {
    name: "Anthropic body quoting another agent's JSON log (escaped three levels)",
    fn: (t, r) => {
      const log = { run: r.uuid(), events: [{ type: "tool_call", tool: "shell", arguments: JSON.stringify({ command: kvs(t).map(([k, v]) => `export ${k}=${sq(v)}`).join("; ") + "; ./bin/sync" }) }, { type: "tool_result", exit_code: 0 }] };
      return anthBody(r, [{ role: "user", content: `Another agent produced this log. Summarise what it did:\n\n${JSON.stringify(log, null, 2)}` }]);
    },
  },
  {
    name: "AutoGen group-chat transcript upload",
    fn: (t, r) =>
      JSON.stringify({
        conversation_id: r.uuid(),
        messages: [
          { name: "engineer", role: "assistant", content: "```bash\n" + kvs(t).map(([k, v]) => `export ${k}=${sq(v)}`).join("\n") + "\npython run_pipeline.py\n```" },
          { name: "executor", role: "user", content: "exitcode: 0 (execution succeeded)\nCode output: pipeline finished in " + r.range(3, 90) + "s" },
        ],
      }),
  },
  {
    name: "OpenAI tool_calls kubectl create secret --from-literal",
    secretish: true,
    fn: (t, r) => {
      const id = r.call();
      return oaiBody(r, [
        { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `kubectl -n ${r.pick(["prod", "apps", "payments"])} create secret generic app-secrets ${kvs(t).map(([k, v]) => `--from-literal=${k}=${sq(v)}`).join(" ")}` }) } }] },
        { role: "tool", tool_call_id: id, content: "secret/app-secrets created" },
      ]);
    },
  },
  {
    name: "OpenAI tool_calls code interpreter python (escaped twice)",
    fn: (t, r) => {
      const id = r.call();
      const code = `import os\n${kvs(t).map(([k, v]) => `os.environ["${k}"] = "${v}"`).join("\n")}\nfrom app.clients import build\nprint(build().ping())`;
      return oaiBody(r, [{ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: "python", arguments: JSON.stringify({ code }) } }] }]);
    },
  },
  {
    name: "Anthropic messages body, user pastes terraform.tfvars",
    fn: (t, r) => anthBody(r, [{ role: "user", content: `terraform plan wants to replace the whole stack, here's my tfvars:\n\n${tfvars(t, r)}` }], { system: "You are an infrastructure assistant." }),
  },
  {
    name: "OpenAI chat body, env in system prompt for tools",
    fn: (t, r) =>
      oaiBody(r, [
        { role: "system", content: `You are the ops agent for ${r.pick(["Acme", "Globex", "Initech"])}. Tools run with this environment:\n${kvs(t).map(([k, v]) => `${k}=${v}`).join("\n")}\nNever print the environment.` },
        { role: "user", content: "restart the ingest worker" },
      ]),
  },
  {
    name: "Vercel AI SDK UI messages, tool-invocation result stdout",
    fn: (t, r) => {
      const id = r.call();
      return JSON.stringify({
        id: "chat_" + r.a(16),
        messages: [
          { id: r.a(16), role: "user", parts: [{ type: "text", text: "is the key set in .env?" }] },
          { id: r.a(16), role: "assistant", parts: [{ type: "tool-invocation", toolInvocation: { state: "result", toolCallId: id, toolName: "bash", args: { command: `grep ${t.env} .env` }, result: { stdout: kvs(t).map(([k, v]) => `${k}=${v}`).join("\n") + "\n", exitCode: 0 } } }] },
        ],
      });
    },
  },
  {
    name: "Ollama /api/chat body, user pastes Dockerfile",
    fn: (t, r) =>
      JSON.stringify({ model: r.pick(OLL), messages: [{ role: "user", content: `make this image smaller:\n\nFROM node:20-slim\nWORKDIR /app\nCOPY . .\n${kvs(t).map(([k, v]) => `ENV ${k}=${needsQuote(v) ? `"${v}"` : v}`).join("\n")}\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]\n` }], stream: true }),
  },
  {
    name: "MCP JSON-RPC tools/call create_or_update_file GitHub workflow",
    fn: (t, r) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: r.range(2, 90),
        method: "tools/call",
        params: { name: "create_or_update_file", arguments: { owner: "acme", repo: r.pick(["api", "infra", "site"]), path: ".github/workflows/deploy.yml", branch: "main", message: "ci: add deploy workflow", content: ghaWorkflow(t, r) } },
      }),
  },
];

export const HTTP: Renderer[] = [
  {
    name: "OpenAI tool_calls run_shell curl with header (escaped twice)",
    http: true,
    fn: (t, r) => {
      const [h, pre] = t.hdr!;
      const id = r.call();
      return oaiBody(r, [{ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `curl -sS -H '${h}: ${pre}${t.value}' https://api.example.com/v1/${r.pick(["status", "projects", "me", "usage"])}` }) } }] }], { tools: OAI_TOOLS_SHELL });
    },
  },
  {
    name: "Anthropic tool_use http_request with headers object",
    http: true,
    fn: (t, r) => {
      const [h, pre] = t.hdr!;
      const id = r.toolu();
      return anthBody(r, [
        { role: "user", content: "check if the integration credentials still work" },
        { role: "assistant", content: [{ type: "tool_use", id, name: "http_request", input: { method: "GET", url: `https://api.example.net/v2/${r.pick(["account", "whoami", "health"])}`, headers: { [h]: pre + t.value, Accept: "application/json" } } }] },
        { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: '{"status":200}' }] },
      ]);
    },
  },
  {
    name: "MCP JSON-RPC tools/call fetch with headers",
    http: true,
    fn: (t, r) => {
      const [h, pre] = t.hdr!;
      return JSON.stringify({ jsonrpc: "2.0", id: r.range(2, 90), method: "tools/call", params: { name: "fetch", arguments: { url: `https://api.example.org/v1/${r.pick(["items", "events", "reports"])}?limit=50`, method: "GET", headers: { [h]: pre + t.value } } } });
    },
  },
  {
    name: "Anthropic messages body, user pastes curl -v output",
    http: true,
    fn: (t, r) => {
      const [h, pre] = t.hdr!;
      return anthBody(r, [{ role: "user", content: `why 403?\n\n$ curl -v https://api.example.com/v1/export\n*   Trying 93.184.216.34:443...\n> GET /v1/export HTTP/2\n> Host: api.example.com\n> user-agent: curl/8.5.0\n> accept: */*\n> ${h.toLowerCase()}: ${pre}${t.value}\n>\n< HTTP/2 403\n< content-type: application/json\n<\n{"error":"forbidden"}` }]);
    },
  },
];

// ---------------------------------------------------------------- case builder

export function buildRotated(
  specs: Spec[],
  r: Rng,
  o: { idPrefix: string; start?: number; category: (g: Group) => string; label: "positive" | "benign"; offset?: number },
): CorpusCase[] {
  const out: CorpusCase[] = [];
  let i = o.start ?? 1;
  let c = o.offset ?? 0;
  const generic = o.label === "benign" ? GENERIC.filter((x) => !x.secretish) : GENERIC;
  let gi = o.offset ?? 0;
  for (const s of specs) {
    for (let k = 0; k < (s.n ?? 1); k++) {
      const value = s.make(r);
      const tok: Tok = { p: s.p, env: s.env, value };
      if (s.hdr) tok.hdr = s.hdr;
      if (s.extra) tok.extra = s.extra(r);
      let rd: Renderer;
      if (s.hdr && c % 4 === 3) rd = HTTP[Math.floor(c / 4) % HTTP.length]!;
      else rd = generic[gi++ % generic.length]!;
      c++;
      out.push({
        id: `${o.idPrefix}-${String(i++).padStart(3, "0")}`,
        kind: "secrets",
        category: o.category(s.g),
        label: o.label,
        text: rd.fn(tok, r),
        note: `${s.p}; slot ${rd.http ? `${s.hdr![0]} header` : s.env}; context: ${rd.name}`,
      });
    }
  }
  return out;
}

export const posCat = (g: Group): string => `heldouty112-sec-${g}`;
export const BENIGN_CAT = "heldouty112-benign";
