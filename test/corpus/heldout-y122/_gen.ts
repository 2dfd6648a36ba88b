// Shared builders and context renderers for heldout-y122 (machine-learning and AI engineering).
// Skipped by the loader (leading underscore). Every credential-shaped value is assembled at run
// time from a seeded PRNG, so the repository never holds a literal credential.
import { SeededRng } from "../../helpers/prng.ts";
import type { CorpusCase } from "../types.ts";

export const UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const LO = "abcdefghijklmnopqrstuvwxyz";
export const DG = "0123456789";
export const HEXL = "0123456789abcdef";
export const HEXU = "0123456789ABCDEF";
export const ALNUM = UP + LO + DG;
export const B64 = ALNUM + "+/";
export const B64U = ALNUM + "-_";
export const B32 = "abcdefghijklmnopqrstuvwxyz234567";
export const PWCH = ALNUM + "!#%^*-_.~+=";

const b64u = (s: string | Uint8Array) => Buffer.from(s).toString("base64url");
const b64 = (s: string | Uint8Array) => Buffer.from(s).toString("base64");

export class Gen extends SeededRng {
  hex(n: number) { return this.str(n, HEXL); }
  HEX(n: number) { return this.str(n, HEXU); }
  an(n: number) { return this.str(n, ALNUM); }
  lo(n: number) { return this.str(n, LO + DG); }
  up(n: number) { return this.str(n, UP + DG); }
  alpha(n: number) { return this.str(n, UP + LO); }
  dig(n: number) { return this.str(n, DG); }
  b64c(n: number) { return this.str(n, B64); }
  b64uc(n: number) { return this.str(n, B64U); }
  pw(n: number) { return this.an(2) + this.str(n - 2, PWCH); }
  /** base64 of n random bytes (padded). */
  b64b(n: number) { return b64(this.bytes(n)); }
  b64ub(n: number) { return b64u(this.bytes(n)); }
  uuid() {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(["8", "9", "a", "b"])}${this.hex(3)}-${this.hex(12)}`;
  }
  jwt(payload: Record<string, unknown>, alg = "HS256", sigLen = 43) {
    return [b64u(JSON.stringify({ alg, typ: "JWT" })), b64u(JSON.stringify(payload)), this.b64uc(sigLen)].join(".");
  }
  iat() { return 1714000000 + this.int(20000000); }
  word() { return this.pick(["atlas", "orion", "lumen", "nova", "delta", "kestrel", "quartz", "ember", "cobalt", "sable", "juniper", "vega"]); }
  user() { return this.pick(["mlops", "trainer", "eval_bot", "research", "svc_ingest", "notebook", "featurestore", "rag_app"]); }
  ts() {
    const d = new Date(Date.UTC(2024, 4, 1) + this.int(400 * 86400) * 1000);
    return d.toISOString().replace(/\.\d+Z$/, "Z");
  }
  sha() { return this.hex(40); }
}

export { b64, b64u };

export type Group = "ai" | "auth" | "cloud" | "comms" | "data" | "devtools" | "keys" | "observability" | "payment" | "saas";

export interface Spec {
  /** Provider and credential, for the note. */
  p: string;
  slug: string;
  g: Group;
  /** Env var name. */
  env: string;
  /** Config key in YAML/TOML/JSON/code (default "api_key"). */
  key?: string;
  /** Header name and value prefix; null = never sent as a header. Default Authorization: Bearer. */
  hdr?: [string, string] | null;
  /** Query parameter name, when the provider takes one. */
  q?: string;
  host?: string;
  /** "url": value is a full connection string/URL; "secret": a password-like value (no header use). */
  kind?: "token" | "url" | "secret";
  extra?: (r: Gen) => [string, string][];
  make: (r: Gen) => string;
  n?: number;
}

export type Lang = "en" | "xx";
export interface Ctx {
  s: Spec;
  v: string;
  r: Gen;
  i: number;
  foreign: boolean;
  extra: [string, string][];
  /** Set when a prose helper ran (so the note can say whether non-English prose is present). */
  prose?: boolean;
}

// ---------------------------------------------------------------- prose (a quarter non-English)

const ASK_EN = [
  "My fine-tuning job keeps dying with a 401 from {p}. Here's the config, what am I missing?",
  "The eval harness can't reach {p} since this morning. Pasting my setup:",
  "Can you refactor this so the {p} client is created once per worker? Current code:",
  "Why does the embedding backfill fail against {p}? Full config below.",
  "Please turn this into a proper config for the training cluster:",
  "Getting throttled by {p} during the hyperparameter sweep. Relevant bits of my setup:",
  "Help me port this notebook to a plain script; it talks to {p}:",
  "Batch inference works on my laptop but not on the GPU node. This is what it runs with:",
];
const ASK_XX = [
  "Oye, el job de fine-tuning con {p} falla con 401 desde esta mañana. Te pego la config, ¿ves algo raro?",
  "No consigo que el notebook se conecte a {p}. Esto es lo que tengo:",
  "Kannst du kurz drüberschauen? Der Trainingslauf bricht beim Zugriff auf {p} ab, hier die Konfiguration:",
  "Warum bekomme ich bei {p} ständig 403? Mein Setup:",
  "Salut, l'évaluation plante dès qu'elle appelle {p}. Voici ma config, tu peux regarder ?",
  "Je n'arrive pas à lancer le script d'entraînement avec {p}, voilà ce que j'ai :",
  "O pipeline de embeddings parou de funcionar com {p}. Segue a configuração:",
  "{p} への接続で認証エラーが出ます。設定を貼るので確認してもらえますか？",
  "学習スクリプトが {p} の呼び出しで止まってしまいます。これが今の設定です：",
  "训练脚本调用 {p} 时一直报 401，帮我看看配置哪里有问题：",
  "评测流水线连不上 {p}，下面是我的配置：",
  "{p} 호출할 때 인증 오류가 나요. 설정 붙여 넣을게요, 확인해 주세요:",
  "Скрипт обучения падает при обращении к {p}. Вот мой конфиг, посмотри, пожалуйста:",
  "La pipeline di valutazione fallisce quando chiama {p}. Ecco la configurazione:",
  "{p} çağrısında sürekli 401 alıyorum, yapılandırmam aşağıda:",
  "Skrypt treningowy wywala się przy połączeniu z {p}. Oto moja konfiguracja:",
  "Mijn notebook krijgt een 401 van {p}. Dit is mijn config:",
  "Notebook của mình bị lỗi 401 khi gọi {p}. Đây là cấu hình:",
  "Під час виклику {p} отримую 401. Ось моя конфігурація:",
  "Job evaluasi gagal saat memanggil {p}. Ini konfigurasinya:",
  "{p} को कॉल करते समय 401 एरर आ रहा है, मेरा कॉन्फ़िग यह है:",
];
const GIVE_EN = [
  "Here's the {p} credential for the eval runner, use it for tonight's batch:",
  "Dropping the {p} key here so you can kick off the sweep:",
  "Use this for {p} until we move it into the vault:",
  "New {p} credential for the shared notebook server:",
  "For the benchmark rerun, {p} access is:",
];
const GIVE_XX = [
  "Te paso la credencial de {p} para el runner de evaluación, guárdala en el vault cuando puedas:",
  "Hier der Zugang für {p}, bitte nur für den Benchmark-Lauf heute Nacht verwenden:",
  "Voici la clé {p} pour le cluster GPU, ne la commite pas :",
  "Aqui está a credencial do {p} para o job de treino:",
  "{p} の認証情報です。今夜の評価ジョブだけで使ってください：",
  "这是 {p} 的凭据，先用在今晚的微调任务上：",
  "{p} 자격 증명입니다. 학습 작업에만 써 주세요:",
  "Вот доступ к {p} для ночного прогона бенчмарка:",
  "Ecco la chiave di {p} per il job di fine-tuning:",
  "{p} erişim bilgisi burada, sadece eğitim işi için kullan:",
  "Tu masz dostęp do {p} na dzisiejszy trening:",
];
const NOTE_EN = ["quick start", "local dev only", "TODO: move to secret manager", "copied from the wiki", "for the nightly eval"];
const NOTE_XX = ["nur lokal", "temporal, luego lo rotamos", "à déplacer dans le coffre", "一時的な設定", "临时配置", "임시 설정", "временно", "solo per test"];

const CRED_WORD = /\s(?:API|user|personal|access|secret|service|service-account|legacy|project|admin|org|app|app-level|auth|live|token|key|client|bot|incoming|webhook|password|URL|URI|application|management|integration|restricted|upload|server|routing|license|developer|SK|AccessKey|SecretKey|SECRET_KEY|write|send-your-data|source|Events|production|root|signing|with|connection|private|refresh|master|personal|OAuth client|Admin|Cloud API|Cloud access|DB token|database|app secret|access token|PAT|secret key|token secret|\()/;
export function provName(s: Spec): string {
  const m = CRED_WORD.exec(s.p);
  return m ? s.p.slice(0, m.index) : s.p;
}
export function ask(c: Ctx): string {
  c.prose = true;
  return c.r.pick(c.foreign ? ASK_XX : ASK_EN).replace("{p}", provName(c.s));
}
export function give(c: Ctx): string {
  c.prose = true;
  return c.r.pick(c.foreign ? GIVE_XX : GIVE_EN).replace("{p}", provName(c.s));
}
export function cmt(c: Ctx): string {
  c.prose = true;
  return c.r.pick(c.foreign ? NOTE_XX : NOTE_EN);
}

// ---------------------------------------------------------------- small context helpers

const NOISE = [
  "CUDA_VISIBLE_DEVICES=0,1,2,3", "HF_HOME=/mnt/cache/hf", "WANDB_PROJECT=llm-evals", "TOKENIZERS_PARALLELISM=false",
  "PYTORCH_CUDA_ALLOC_CONF=expandable_segments:True", "NCCL_DEBUG=WARN", "OMP_NUM_THREADS=8",
  "MODEL_NAME=meta-llama/Llama-3.1-8B-Instruct", "DATA_DIR=/data/shards", "MAX_SEQ_LEN=4096", "BATCH_SIZE=16",
  "LOG_LEVEL=info", "SEED=1234", "EVAL_SPLIT=validation", "OUTPUT_DIR=/checkpoints/run-17", "NUM_WORKERS=6",
];
export function noise(r: Gen, n = 2): string[] {
  const out: string[] = [];
  while (out.length < n) {
    const x = r.pick(NOISE);
    if (!out.includes(x)) out.push(x);
  }
  return out;
}
export const host = (s: Spec) => s.host ?? `api.${s.slug}.test`;
export const key = (s: Spec) => s.key ?? (s.kind === "url" ? "url" : s.kind === "secret" ? "password" : "api_key");
export const hdr = (s: Spec): [string, string] => s.hdr ?? ["Authorization", "Bearer "];
const canHdr = (s: Spec) => s.hdr !== null && (s.kind ?? "token") === "token";
const isTok = (s: Spec) => (s.kind ?? "token") === "token";
const sq = (v: string) => `'${v}'`;

export function envLines(c: Ctx, extraNoise = 2): string {
  const lines = noise(c.r, extraNoise);
  for (const [k, v] of c.extra) lines.push(`${k}=${v}`);
  lines.splice(c.r.int(lines.length + 1), 0, `${c.s.env}=${c.v}`);
  return lines.join("\n");
}
const path = (s: Spec) => (s.g === "ai" ? "/v1/chat/completions" : s.g === "data" ? "/v1/query" : "/v1/events");
const model = (r: Gen) => r.pick(["gpt-4o-mini", "claude-sonnet-4-5", "o3-mini", "gpt-4.1", "claude-opus-4-1"]);
const chatBody = (r: Gen, content: string, sys?: string) =>
  JSON.stringify({
    model: model(r),
    messages: [
      ...(sys ? [{ role: "system", content: sys }] : []),
      { role: "user", content },
    ],
    temperature: 0.2,
  });
const toolId = (r: Gen) => "toolu_01" + r.an(22);
const callId = (r: Gen) => "call_" + r.an(24);

// ---------------------------------------------------------------- renderers

export interface Renderer {
  name: string;
  ok?: (s: Spec) => boolean;
  render: (c: Ctx) => string;
}

export const RENDERERS: Renderer[] = [
  {
    name: "OpenAI chat body with pasted .env",
    render: (c) => chatBody(c.r, `${ask(c)}\n\n\`\`\`\n# .env\n${envLines(c)}\n\`\`\``, "You are a senior ML engineer."),
  },
  {
    name: "Anthropic messages body with pasted notebook cell",
    render: (c) => {
      const extras = c.extra.map(([k, v]) => `os.environ["${k}"] = "${v}"`).join("\n");
      const cell = `import os\n${extras ? extras + "\n" : ""}os.environ["${c.s.env}"] = "${c.v}"\n\nfrom datasets import load_dataset\nds = load_dataset("json", data_files="train.jsonl")`;
      return JSON.stringify({
        model: "claude-sonnet-4-5",
        max_tokens: 2048,
        messages: [{ role: "user", content: [{ type: "text", text: `${ask(c)}\n\n\`\`\`python\n${cell}\n\`\`\`` }] }],
      });
    },
  },
  {
    name: "tool_use write_file .env.local (assistant turn)",
    render: (c) =>
      JSON.stringify({
        model: "claude-sonnet-4-5",
        max_tokens: 1024,
        messages: [
          { role: "user", content: "set up the env file for the training repo" },
          {
            role: "assistant",
            content: [
              { type: "text", text: "Writing the env file now." },
              { type: "tool_use", id: toolId(c.r), name: "write_file", input: { path: ".env.local", content: envLines(c, 3) + "\n" } },
            ],
          },
        ],
      }),
  },
  {
    name: "OpenAI tool_calls shell export (double-escaped arguments)",
    ok: (s) => s.kind !== "url",
    render: (c) => {
      const ex = c.extra.map(([k, v]) => `export ${k}=${sq(v)} && `).join("");
      const cmd = `${ex}export ${c.s.env}=${sq(c.v)} && python scripts/train.py --config configs/sft.yaml`;
      return JSON.stringify({
        model: model(c.r),
        messages: [
          { role: "user", content: "launch the SFT run" },
          { role: "assistant", content: null, tool_calls: [{ id: callId(c.r), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: cmd, timeout: 3600 }) } }] },
        ],
      });
    },
  },
  {
    name: "MCP tools/call result echoing a config file",
    render: (c) =>
      JSON.stringify({
        jsonrpc: "2.0",
        id: 10 + c.r.int(80),
        result: { content: [{ type: "text", text: `$ cat ~/projects/rag-service/.env\n${envLines(c, 3)}\n` }], isError: false },
      }),
  },
  {
    name: "curl with auth header",
    ok: canHdr,
    render: (c) => {
      const [h, pre] = hdr(c.s);
      return `curl -sS https://${host(c.s)}${path(c.s)} \\\n  -H "${h}: ${pre}${c.v}" \\\n  -H "Content-Type: application/json" \\\n  -d '{"input": "benchmark sample 17", "max_tokens": 256}'`;
    },
  },
  {
    name: "raw HTTP request dump",
    ok: canHdr,
    render: (c) => {
      const [h, pre] = hdr(c.s);
      return `POST ${path(c.s)} HTTP/1.1\nHost: ${host(c.s)}\nUser-Agent: python-httpx/0.27.0\nAccept: application/json\n${h}: ${pre}${c.v}\nContent-Type: application/json\nX-Request-Id: ${c.r.uuid()}\n\n{"batch": 42, "items": 128}`;
    },
  },
  {
    name: "URL query parameter",
    ok: (s) => !!s.q && isTok(s),
    render: (c) => `GET https://${host(c.s)}/v1/search?${c.s.q}=${c.v}&q=diffusion+transformer&limit=50 HTTP/1.1`,
  },
  {
    name: "LLM gateway YAML",
    render: (c) =>
      `# gateway.yaml (${cmt(c)})\nproviders:\n  - name: ${c.s.slug}\n    base_url: https://${host(c.s)}\n    ${key(c.s)}: "${c.v}"\n${c.extra.map(([k, v]) => `    ${k.toLowerCase()}: "${v}"\n`).join("")}    timeout_s: 60\n    max_retries: 3\nrouting:\n  fallback: [${c.s.slug}]\n`,
  },
  {
    name: "TOML config",
    render: (c) =>
      `# settings.toml\n[training]\nepochs = 3\nlr = 2e-5\n\n[${c.s.slug}]\nendpoint = "https://${host(c.s)}"\n${c.extra.map(([k, v]) => `${k.toLowerCase()} = "${v}"\n`).join("")}${key(c.s)} = "${c.v}"\n`,
  },
  {
    name: "MCP client config JSON (mcpServers env)",
    render: (c) =>
      JSON.stringify(
        { mcpServers: { [c.s.slug]: { command: "uvx", args: [`mcp-server-${c.s.slug}`], env: { ...Object.fromEntries(c.extra), [c.s.env]: c.v } } } },
        null,
        2,
      ),
  },
  {
    name: "plain .env file",
    render: (c) => `# ${cmt(c)}\n${envLines(c, 4)}\n`,
  },
  {
    name: "Python SDK constructor",
    render: (c) => {
      const cls = c.s.slug.replace(/(^|[-_])(\w)/g, (_m, _a, b: string) => b.toUpperCase()) + "Client";
      return `from ${c.s.slug.replace(/-/g, "_")} import ${cls}\n\n# ${cmt(c)}\nclient = ${cls}(\n    ${key(c.s)}="${c.v}",\n${c.extra.map(([k, v]) => `    ${k.toLowerCase()}="${v}",\n`).join("")}    timeout=30,\n)\nresults = client.run(dataset="eval/mmlu-subset", batch_size=32)\n`;
    },
  },
  {
    name: "R script Sys.setenv",
    render: (c) =>
      `library(httr2)\nlibrary(jsonlite)\n\nSys.setenv(${[...c.extra, [c.s.env, c.v]].map(([k, v]) => `${k} = "${v}"`).join(",\n           ")})\n\nres <- request("https://${host(c.s)}/v1/jobs") |>\n  req_body_json(list(model = "xgboost-baseline", folds = 5)) |>\n  req_perform()\n`,
  },
  {
    name: "Julia ENV assignment",
    render: (c) =>
      `using HTTP, JSON3\n\n${[...c.extra, [c.s.env, c.v]].map(([k, v]) => `ENV["${k}"] = "${v}"`).join("\n")}\n\nresp = HTTP.post("https://${host(c.s)}/v1/jobs"; body = JSON3.write((; model = "flux-mlp", epochs = 20)))\n`,
  },
  {
    name: "Jupyter notebook JSON uploaded as gist",
    render: (c) => {
      const nb = {
        cells: [
          { cell_type: "markdown", id: c.r.hex(8), metadata: {}, source: ["# Eval sweep\n", `Notes: ${cmt(c)}`] },
          {
            cell_type: "code", execution_count: 3, id: c.r.hex(8), metadata: {},
            outputs: [{ name: "stdout", output_type: "stream", text: ["env: " + c.s.env + "=" + c.v + "\n"] }],
            source: [...c.extra.map(([k, v]) => `%env ${k}=${v}\n`), `%env ${c.s.env}=${c.v}\n`, "import torch, transformers\n", "print(torch.cuda.device_count())"],
          },
        ],
        metadata: { kernelspec: { display_name: "Python 3", language: "python", name: "python3" } },
        nbformat: 4, nbformat_minor: 5,
      };
      return JSON.stringify({ description: "eval sweep notebook", public: false, files: { "eval_sweep.ipynb": { content: JSON.stringify(nb, null, 1) } } });
    },
  },
  {
    name: "GitHub Actions log pasted into chat",
    render: (c) => {
      const log = `2024-09-12T08:14:02.1180000Z ##[group]Run python eval/run_suite.py --suite long-context\n2024-09-12T08:14:02.1181000Z python eval/run_suite.py --suite long-context\n2024-09-12T08:14:02.1183000Z shell: /usr/bin/bash -e {0}\n2024-09-12T08:14:02.1184000Z env:\n${[...c.extra, [c.s.env, c.v]].map(([k, v]) => `2024-09-12T08:14:02.1185000Z   ${k}: ${v}\n`).join("")}2024-09-12T08:14:02.1190000Z ##[endgroup]\n2024-09-12T08:14:31.5521000Z Error: provider returned 401 Unauthorized\n2024-09-12T08:14:31.5840000Z ##[error]Process completed with exit code 1.`;
      return chatBody(c.r, `${ask(c)}\n\n${log}`);
    },
  },
  {
    name: "zsh history in MCP result",
    render: (c) => {
      const hist = [
        `: 1726100001:0;nvidia-smi`,
        `: 1726100034:0;conda activate llm`,
        ...c.extra.map(([k, v]) => `: 1726100050:0;export ${k}=${sq(v)}`),
        `: 1726100061:0;export ${c.s.env}=${sq(c.v)}`,
        `: 1726100090:0;torchrun --nproc_per_node 8 train.py --config configs/dpo.yaml`,
      ].join("\n");
      return JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: hist }] } });
    },
  },
  {
    name: "Slack chat.postMessage handing the credential over",
    render: (c) =>
      JSON.stringify({ channel: "C0" + c.r.up(9), text: `${give(c)}\n${c.extra.map(([k, v]) => `${k}=${v}\n`).join("")}\`${c.s.env}=${c.v}\``, unfurl_links: false }),
  },
  {
    name: "docker run -e",
    ok: (s) => s.kind !== "url",
    render: (c) =>
      `docker run --rm --gpus all --shm-size 16g \\\n${[...c.extra, [c.s.env, c.v]].map(([k, v]) => `  -e ${k}=${v} \\\n`).join("")}  -v /data:/data ghcr.io/example/trainer:2024.09 python -m trainer.main`,
  },
  {
    name: "Kubernetes Secret stringData",
    render: (c) =>
      `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${c.s.slug}-credentials\n  namespace: ml-training\ntype: Opaque\nstringData:\n${[...c.extra, [c.s.env, c.v]].map(([k, v]) => `  ${k}: "${v}"\n`).join("")}`,
  },
  {
    name: "Helm values env list",
    render: (c) =>
      `inference:\n  replicas: 2\n  resources:\n    limits:\n      nvidia.com/gpu: 1\n  env:\n    - name: MODEL_ID\n      value: mistralai/Mistral-7B-Instruct-v0.3\n${[...c.extra, [c.s.env, c.v]].map(([k, v]) => `    - name: ${k}\n      value: "${v}"\n`).join("")}`,
  },
  {
    name: "Python traceback with locals in chat",
    render: (c) => {
      const tb = `Traceback (most recent call last):\n  File "/workspace/eval/harness.py", line 88, in run_batch\n    resp = client.post(url, json=payload)\n    ${key(c.s)} = '${c.v}'\n    url = 'https://${host(c.s)}/v1/score'\n    payload = {'items': 64, 'split': 'test'}\n  File "/usr/lib/python3.11/site-packages/httpx/_client.py", line 1145, in post\nhttpx.HTTPStatusError: Client error '401 Unauthorized'`;
      return chatBody(c.r, `${ask(c)}\n\n${tb}`);
    },
  },
  {
    name: "Hydra training config",
    render: (c) =>
      `# configs/experiment/sft_llama.yaml\ndefaults:\n  - override /model: llama3_8b\n  - override /trainer: ddp\n\ntrainer:\n  max_epochs: 2\n  precision: bf16-mixed\n\nintegrations:\n  ${c.s.slug}:\n${c.extra.map(([k, v]) => `    ${k.toLowerCase()}: ${v}\n`).join("")}    ${key(c.s)}: ${c.v}\n`,
  },
  {
    name: "accelerate launch with inline env (tool_use bash)",
    ok: (s) => s.kind !== "url",
    render: (c) =>
      JSON.stringify({
        type: "tool_use", id: toolId(c.r), name: "bash",
        input: { command: `${[...c.extra, [c.s.env, c.v]].map(([k, v]) => `${k}=${v}`).join(" ")} accelerate launch --num_processes 8 --mixed_precision bf16 train.py --dataset data/mix-v3` },
      }),
  },
  {
    name: "Jupyter kernel execute_request",
    render: (c) =>
      JSON.stringify({
        header: { msg_id: c.r.uuid(), msg_type: "execute_request", username: "jovyan", session: c.r.uuid(), version: "5.3" },
        parent_header: {}, metadata: {}, channel: "shell",
        content: { code: `import os\n${[...c.extra, [c.s.env, c.v]].map(([k, v]) => `os.environ[${JSON.stringify(k)}] = ${JSON.stringify(v)}`).join("\n")}\n!python finetune.py --epochs 1`, silent: false, store_history: true },
      }),
  },
  {
    name: "training log with config dict repr",
    render: (c) => {
      const d = `{'lr': 0.0003, 'warmup_steps': 500, ${c.extra.map(([k, v]) => `'${k.toLowerCase()}': '${v}', `).join("")}'${key(c.s)}': '${c.v}', 'grad_accum': 8}`;
      return chatBody(c.r, `${ask(c)}\n\n[2024-10-02 11:03:17,552][trainer][INFO] - resolved config: ${d}\n[2024-10-02 11:03:19,004][trainer][ERROR] - auth failed for ${c.s.slug}`);
    },
  },
  {
    name: "GitHub issue body with YAML snippet",
    render: (c) =>
      JSON.stringify({
        title: `Eval job fails to authenticate with ${c.s.slug}`,
        body: `${ask(c)}\n\n\`\`\`yaml\n${c.s.slug}:\n${c.extra.map(([k, v]) => `  ${k.toLowerCase()}: ${v}\n`).join("")}  ${key(c.s)}: ${c.v}\n  retries: 5\n\`\`\`\n\n- torch 2.4.1\n- transformers 4.44.2`,
        labels: ["bug", "eval"],
      }),
  },
  {
    name: "form-urlencoded POST body",
    ok: isTok,
    render: (c) =>
      `POST /api/v2/ingest HTTP/1.1\nHost: ${host(c.s)}\nContent-Type: application/x-www-form-urlencoded\n\ndataset=arxiv-abstracts&${key(c.s)}=${encodeURIComponent(c.v)}&format=parquet`,
  },
  {
    name: "terraform.tfvars",
    render: (c) =>
      `region          = "eu-west-1"\ngpu_type        = "a100-80gb"\n${c.extra.map(([k, v]) => `${k.toLowerCase()} = "${v}"\n`).join("")}${c.s.slug.replace(/-/g, "_")}_${key(c.s)} = "${c.v}"\n`,
  },
  {
    name: "Dockerfile ENV",
    render: (c) =>
      `FROM nvcr.io/nvidia/pytorch:24.08-py3\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n${[...c.extra, [c.s.env, c.v]].map(([k, v]) => `ENV ${k}=${v}\n`).join("")}COPY . .\nCMD ["python", "serve.py"]\n`,
  },
  {
    name: "README quick-start in a PR body",
    render: (c) =>
      JSON.stringify({
        title: "docs: quick start for the RAG demo",
        head: "docs/quickstart", base: "main",
        body: `## Quick start\n\n\`\`\`bash\n${[...c.extra, [c.s.env, c.v]].map(([k, v]) => `export ${k}="${v}"\n`).join("")}python -m rag_demo.ingest --source docs/\npython -m rag_demo.serve\n\`\`\``,
      }),
  },
  {
    name: "unified diff sent for review",
    render: (c) =>
      `${c.foreign ? ask(c) + "\n\n" : "Please review this change:\n\n"}diff --git a/config/settings.py b/config/settings.py\nindex ${c.r.hex(7)}..${c.r.hex(7)} 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -12,6 +12,8 @@ EMBED_MODEL = "BAAI/bge-large-en-v1.5"\n CHUNK_SIZE = 512\n${c.extra.map(([k, v]) => `+${k} = "${v}"\n`).join("")}+${c.s.env} = "${c.v}"\n VECTOR_DIM = 1024\n`,
  },
  {
    name: "SQL insert into integrations table",
    render: (c) =>
      `INSERT INTO integrations (provider, ${key(c.s)}, created_by, created_at)\nVALUES ('${c.s.slug}', '${c.v}', 'mlops@example.com', now());`,
  },
  {
    name: "JavaScript fetch",
    ok: canHdr,
    render: (c) => {
      const [h, pre] = hdr(c.s);
      return `const res = await fetch("https://${host(c.s)}${path(c.s)}", {\n  method: "POST",\n  headers: {\n    "${h}": "${pre}${c.v}",\n    "Content-Type": "application/json",\n  },\n  body: JSON.stringify({ input: chunks, model: "embed-v3" }),\n});`;
    },
  },
  {
    name: "Go http header",
    ok: canHdr,
    render: (c) => {
      const [h, pre] = hdr(c.s);
      return `req, _ := http.NewRequest("POST", "https://${host(c.s)}${path(c.s)}", bytes.NewReader(body))\nreq.Header.Set("${h}", "${pre}${c.v}")\nreq.Header.Set("Content-Type", "application/json")\nresp, err := http.DefaultClient.Do(req)`;
    },
  },
  {
    name: "Streamlit secrets.toml via tool_use",
    render: (c) =>
      JSON.stringify({
        type: "tool_use", id: toolId(c.r), name: "create_file",
        input: { path: ".streamlit/secrets.toml", file_text: `# demo app\n${[...c.extra, [c.s.env, c.v]].map(([k, v]) => `${k} = "${v}"\n`).join("")}` },
      }),
  },
  {
    name: "Ray job submission runtime_env",
    render: (c) =>
      JSON.stringify({
        entrypoint: "python tune_sweep.py --trials 64",
        submission_id: "raysubmit_" + c.r.an(16),
        runtime_env: { working_dir: "s3://ml-artifacts/sweeps/", pip: ["ray[tune]==2.35.0", "optuna"], env_vars: { ...Object.fromEntries(c.extra), [c.s.env]: c.v } },
      }),
  },
  {
    name: "SkyPilot task YAML",
    render: (c) =>
      `resources:\n  accelerators: A100:8\n  use_spot: true\n\nenvs:\n${[...c.extra, [c.s.env, c.v]].map(([k, v]) => `  ${k}: ${v}\n`).join("")}\nsetup: |\n  pip install -r requirements.txt\n\nrun: |\n  torchrun --nproc_per_node=8 train.py\n`,
  },
  {
    name: "Makefile export",
    render: (c) =>
      `${[...c.extra, [c.s.env, c.v]].map(([k, v]) => `export ${k} := ${v}\n`).join("")}\n.PHONY: eval\neval:\n\tpython -m evals.run --suite nightly\n`,
  },
  {
    name: "HAR entry headers",
    ok: canHdr,
    render: (c) => {
      const [h, pre] = hdr(c.s);
      return JSON.stringify({
        log: { version: "1.2", entries: [{ startedDateTime: c.r.ts(), request: { method: "POST", url: `https://${host(c.s)}${path(c.s)}`, httpVersion: "HTTP/2", headers: [{ name: "accept", value: "application/json" }, { name: h, value: pre + c.v }], queryString: [], bodySize: 312 }, response: { status: 401, headers: [] } }] },
      });
    },
  },
  {
    name: "W&B run config.yaml upload",
    render: (c) =>
      `_wandb:\n  desc: null\n  value:\n    python_version: 3.11.9\n    cli_version: 0.18.1\nlearning_rate:\n  desc: null\n  value: 0.0002\n${[...c.extra, [c.s.env, c.v]].map(([k, v]) => `${k}:\n  desc: null\n  value: ${v}\n`).join("")}`,
  },
  {
    name: "Modal secret create command (OpenAI tool call)",
    ok: (s) => s.kind !== "url",
    render: (c) =>
      JSON.stringify({
        id: callId(c.r), type: "function",
        function: { name: "terminal", arguments: JSON.stringify({ cmd: `modal secret create ${c.s.slug}-secret ${[...c.extra, [c.s.env, c.v]].map(([k, v]) => `${k}=${v}`).join(" ")}` }) },
      }),
  },
  {
    name: "gh secret set command",
    ok: (s) => s.kind !== "url",
    render: (c) => `$ gh secret set ${c.s.env} --repo example/llm-evals --body "${c.v}"\n✓ Set Actions secret ${c.s.env} for example/llm-evals`,
  },
  {
    name: "python requests call",
    ok: canHdr,
    render: (c) => {
      const [h, pre] = hdr(c.s);
      return `import requests\n\nresp = requests.post(\n    "https://${host(c.s)}${path(c.s)}",\n    headers={"${h}": "${pre}${c.v}"},\n    json={"inputs": batch, "parameters": {"max_new_tokens": 128}},\n    timeout=60,\n)\nresp.raise_for_status()`;
    },
  },
];

// ---------------------------------------------------------------- case assembly

export function buildRotated(opts: { short: string; seed: number; offset: number; specs: Spec[] }): CorpusCase[] {
  const r = new Gen(opts.seed);
  const out: CorpusCase[] = [];
  let cursor = opts.offset;
  let i = 0;
  for (const s of opts.specs) {
    for (let k = 0; k < (s.n ?? 1); k++) {
      let rd = RENDERERS[cursor % RENDERERS.length]!;
      while (rd.ok && !rd.ok(s)) rd = RENDERERS[++cursor % RENDERERS.length]!;
      cursor++;
      const v = s.make(r);
      const extra = s.extra ? s.extra(r) : [];
      const c: Ctx = { s, v, r, i, foreign: i % 5 === 1, extra };
      const text = rd.render(c);
      i++;
      out.push({
        id: `y122-${opts.short}-${String(i).padStart(3, "0")}`,
        kind: "secrets",
        category: `heldouty122-sec-${s.g}`,
        label: "positive",
        text,
        note: `${s.p}; slot ${s.env} / ${key(s)}${canHdr(s) ? ` / header ${hdr(s)[0]}` : ""}${c.prose ? (c.foreign ? " (non-English prose)" : " (English prose)") : ""}; context: ${rd.name}`,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------- key material

export function wrap(s: string, n = 64): string {
  return s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
}
export function pem(label: string, der: Uint8Array): string {
  return `-----BEGIN ${label}-----\n${wrap(b64(der))}\n-----END ${label}-----`;
}
const cat = (...xs: (number[] | Uint8Array)[]) => Uint8Array.from(xs.flatMap((x) => Array.from(x)));
export function rsaPkcs1(r: Gen): string {
  return pem("RSA PRIVATE KEY", cat([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], r.bytes(1180)));
}
export function pkcs8Rsa(r: Gen): string {
  return pem("PRIVATE KEY", cat([0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa8, 0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], r.bytes(1180)));
}
export function ecSec1(r: Gen): string {
  return pem("EC PRIVATE KEY", cat([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20], r.bytes(32), [0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04], r.bytes(64)));
}
const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const sshStr = (x: string | Uint8Array) => {
  const b = typeof x === "string" ? Buffer.from(x) : x;
  return cat(u32(b.length), b);
};
export function sshEdPub(r: Gen, comment: string): string {
  return `ssh-ed25519 ${b64(cat(sshStr("ssh-ed25519"), sshStr(r.bytes(32))))} ${comment}`;
}
export function opensshEd25519(r: Gen, comment: string): string {
  const pub = r.bytes(32);
  const seed = r.bytes(32);
  const pubBlob = cat(sshStr("ssh-ed25519"), sshStr(pub));
  const check = r.bytes(4);
  let priv = cat(check, check, sshStr("ssh-ed25519"), sshStr(pub), sshStr(cat(seed, pub)), sshStr(comment));
  const pad: number[] = [];
  for (let k = 1; (priv.length + pad.length) % 8 !== 0; k++) pad.push(k);
  priv = cat(priv, pad);
  const body = cat(Buffer.from("openssh-key-v1\0"), sshStr("none"), sshStr("none"), sshStr(""), u32(1), sshStr(pubBlob), sshStr(priv));
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(b64(body), 70)}\n-----END OPENSSH PRIVATE KEY-----`;
}
export function certPem(r: Gen): string {
  return pem("CERTIFICATE", cat([0x30, 0x82, 0x03, 0x77, 0x30, 0x82, 0x02, 0x5f, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x14], r.bytes(870)));
}
export function rsaPubPem(r: Gen): string {
  return pem("PUBLIC KEY", cat([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00, 0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01, 0x00], r.bytes(256), [0x02, 0x03, 0x01, 0x00, 0x01]));
}
export function pgpPrivate(r: Gen): string {
  const body = cat([0x95, 0x03, 0xc6, 0x04], r.bytes(900));
  return `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${wrap(b64(body))}\n=${r.b64c(4)}\n-----END PGP PRIVATE KEY BLOCK-----`;
}
export function ageSecret(r: Gen): string {
  return "AGE-SECRET-KEY-1" + r.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L");
}
export function agePublic(r: Gen): string {
  return "age1" + r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l");
}
