// Benign look-alikes from ML/AI engineering traffic: digests, revisions, run/job/object ids,
// public keys and certificates, secret-store references, placeholders, masks, encrypted blobs,
// base64 media, token *counts*. No value sits in a slot whose name says it is a secret unless the
// value itself is a reference, placeholder or mask. Seed 122005.
import type { CorpusCase } from "../types.ts";
import { Gen, b64, certPem, rsaPubPem, sshEdPub, agePublic, wrap, B64 } from "./_gen.ts";

const r = new Gen(122005);

// ---------------------------------------------------------------- rotated: value specs x contexts

interface BSpec { d: string; slot: string; make: () => string }
const bspecs: BSpec[] = [
  { d: "git commit SHA", slot: "commit", make: () => r.sha() },
  { d: "Hugging Face model revision (commit hash)", slot: "revision", make: () => r.sha() },
  { d: "checkpoint sha256 digest", slot: "sha256", make: () => r.hex(64) },
  { d: "container image pinned by digest", slot: "image", make: () => "ghcr.io/example/trainer@sha256:" + r.hex(64) },
  { d: "MLflow run id", slot: "run_id", make: () => r.hex(32) },
  { d: "W&B run path", slot: "run_path", make: () => "acme-ml/llm-evals/runs/" + r.lo(8) },
  { d: "experiment UUID", slot: "experiment_id", make: () => r.uuid() },
  { d: "OpenAI file id", slot: "training_file", make: () => "file-" + r.an(22) },
  { d: "OpenAI fine-tuning job id", slot: "fine_tuning_job_id", make: () => "ftjob-" + r.an(24) },
  { d: "OpenAI batch id", slot: "batch_id", make: () => "batch_" + r.hex(32) },
  { d: "OpenAI vector store id", slot: "vector_store_id", make: () => "vs_" + r.an(24) },
  { d: "Anthropic message id", slot: "message_id", make: () => "msg_01" + r.an(22) },
  { d: "fine-tuned model name", slot: "model", make: () => "ft:gpt-4o-mini-2024-07-18:acme:rag-judge:" + r.an(8) },
  { d: "Replicate model version hash", slot: "version", make: () => r.hex(64) },
  { d: "dataset archive md5", slot: "md5", make: () => r.hex(32) },
  { d: "W&B artifact digest", slot: "digest", make: () => r.hex(32) },
  { d: "GPU UUID", slot: "gpu_uuid", make: () => "GPU-" + r.uuid() },
  { d: "Ray job submission id", slot: "submission_id", make: () => "raysubmit_" + r.an(16) },
  { d: "Google Drive file id of a public dataset", slot: "file_id", make: () => "1" + r.b64uc(32) },
  { d: "SageMaker training job ARN", slot: "TrainingJobArn", make: () => `arn:aws:sagemaker:us-west-2:${r.dig(12)}:training-job/llama-sft-${r.lo(6)}` },
  { d: "Pinecone index host", slot: "index_host", make: () => `rag-prod-${r.hex(7)}.svc.aped-4627-b74a.pinecone.test` },
  { d: "LangSmith trace id", slot: "trace_id", make: () => r.uuid() },
];

const XX_META = [
  "Metadatos de la corrida para el informe:", "Hier die Metadaten des Laufs:", "Voici les métadonnées du run :",
  "実行のメタデータです：", "这是本次训练的元数据：", "Метаданные запуска:", "Metadados da execução:", "실행 메타데이터입니다:",
];
const EN_META = ["Here's the run metadata for the report:", "Pinning these for reproducibility:", "Logging this so we can reproduce the eval:", "Values from the last successful run:"];

type BR = { name: string; f: (slot: string, v: string, foreign: boolean) => string };
const bren: BR[] = [
  { name: "chat body with YAML run metadata", f: (k, v, x) => JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: `${r.pick(x ? XX_META : EN_META)}\n\n\`\`\`yaml\n${k}: ${v}\nseed: 1234\nsplit: validation\n\`\`\`` }] }) },
  { name: "tool_use write_file run.json", f: (k, v) => JSON.stringify({ type: "tool_use", id: "toolu_01" + r.an(22), name: "write_file", input: { path: "runs/latest.json", content: JSON.stringify({ [k]: v, status: "finished", val_loss: 1.2841 }, null, 2) } }) },
  { name: "structured training log line", f: (k, v) => `2024-10-14T09:12:33.418Z INFO trainer ${k}=${v} step=12000 loss=1.913 lr=1.8e-5` },
  { name: "Python assignment in a script", f: (k, v) => `# reproducibility\n${k.toUpperCase()} = "${v}"\nset_seed(1234)\n` },
  { name: "MCP tool result", f: (k, v) => JSON.stringify({ jsonrpc: "2.0", id: r.range(2, 90), result: { content: [{ type: "text", text: `${k}: ${v}\nstate: SUCCEEDED` }] } }) },
  { name: "Slack message", f: (k, v, x) => JSON.stringify({ channel: "C0" + r.up(9), text: `${r.pick(x ? XX_META : EN_META)} ${k} = \`${v}\`` }) },
  { name: "notebook output cell", f: (k, v) => JSON.stringify({ cell_type: "code", execution_count: 12, metadata: {}, source: [`print(info["${k}"])`], outputs: [{ name: "stdout", output_type: "stream", text: [v + "\n"] }] }) },
  { name: "URL query string", f: (k, v) => `GET https://tracker.example.com/api/v1/lookup?${k}=${encodeURIComponent(v)}&include=metrics HTTP/1.1` },
  { name: "TOML lockfile-style entry", f: (k, v) => `[[runs]]\nname = "sft-${r.lo(4)}"\n${k} = "${v}"\n` },
  { name: "GitHub Actions log", f: (k, v) => `2024-10-14T10:01:02.0000000Z Resolved ${k}: ${v}\n2024-10-14T10:01:02.1000000Z ##[notice]eval artifacts uploaded` },
];

const out: CorpusCase[] = [];
let bi = 0;
let cur = 0;
for (const [si, s] of bspecs.entries()) {
  for (let k = 0; k < (si < 12 ? 2 : 1); k++) {
    const rd = bren[cur++ % bren.length]!;
    const foreign = bi % 4 === 1;
    bi++;
    out.push({
      id: `y122-b-${String(bi).padStart(3, "0")}`, kind: "secrets", category: "heldouty122-benign", label: "benign",
      text: rd.f(s.slot, s.make(), foreign),
      note: `${s.d} in slot ${s.slot}${foreign ? " (non-English prose)" : ""}; context: ${rd.name}`,
    });
  }
}

// ---------------------------------------------------------------- handcrafted benign

const hand: { note: string; text: string }[] = [];
const add = (note: string, text: string) => hand.push({ note, text });
const chat = (content: string) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content }] });

// public key material and certificates
add("SSH ed25519 public key appended to authorized_keys on a GPU node (tool_use)",
  JSON.stringify({ type: "tool_use", id: "toolu_01" + r.an(22), name: "bash", input: { command: `echo '${sshEdPub(r, "trainer@workstation")}' >> ~/.ssh/authorized_keys` } }));
add("PEM CA certificate for the internal MLflow server, in a requests verify bundle",
  chat(`requests fails with CERTIFICATE_VERIFY_FAILED against our MLflow server. This is the CA we ship:\n\n${certPem(r)}`));
add("RSA public key (SPKI PEM) used to verify gateway JWTs, in a YAML config",
  `auth:\n  issuer: https://llm-gw.example.com\n  audience: eval-harness\n  verify_public_key: |\n${rsaPubPem(r).split("\n").map((l) => "    " + l).join("\n")}\n`);
add("public JWKS (n/e only) served for the model gateway",
  JSON.stringify({ keys: [{ kty: "RSA", kid: "gw-" + r.lo(8), use: "sig", alg: "RS256", n: r.b64uc(342), e: "AQAB" }] }));
add("age recipients (public keys) in .sops.yaml",
  `creation_rules:\n  - path_regex: configs/secrets/.*\\.yaml\n    age: >-\n      ${agePublic(r)},\n      ${agePublic(r)}\n`);
add("WireGuard peer PublicKey only (no PrivateKey) in a config review",
  chat(`Is this peer block right for the new GPU node?\n\n[Peer]\nPublicKey = ${r.b64b(32)}\nAllowedIPs = 10.44.0.12/32\nPersistentKeepalive = 25\n`));
add("PGP public key block for verifying signed model releases",
  `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${wrap(r.b64b(400))}\n=${r.b64c(4)}\n-----END PGP PUBLIC KEY BLOCK-----`);
add("cosign signature bundle for a model artifact (signature + certificate, public)",
  JSON.stringify({ base64Signature: r.b64b(71), cert: b64(certPem(r)), rekorBundle: { SignedEntryTimestamp: r.b64b(71), Payload: { logIndex: r.range(10000000, 99999999), logID: r.hex(64) } } }));

// secret-store references and environment lookups
add("GitHub Actions workflow referencing secrets via ${{ secrets.* }}",
  `jobs:\n  eval:\n    runs-on: [self-hosted, gpu]\n    env:\n      HF_TOKEN: \${{ secrets.HF_TOKEN }}\n      WANDB_API_KEY: \${{ secrets.WANDB_API_KEY }}\n      OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n    steps:\n      - uses: actions/checkout@${r.sha()}\n      - run: python eval/run_suite.py\n`);
add("Python reading keys from os.environ",
  `import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nhf_token = os.getenv("HF_TOKEN")\nassert hf_token, "set HF_TOKEN first"\n`);
add("Colab userdata.get secret lookup",
  JSON.stringify({ cell_type: "code", metadata: { id: r.b64uc(12) }, source: ["from google.colab import userdata\n", "from huggingface_hub import login\n", "login(token=userdata.get('HF_TOKEN'))"], outputs: [], execution_count: null }));
add("Kaggle UserSecretsClient lookup in a notebook",
  `from kaggle_secrets import UserSecretsClient\nsecrets = UserSecretsClient()\nwandb_key = secrets.get_secret("WANDB_API_KEY")\nimport wandb\nwandb.login(key=wandb_key)\n`);
add("1Password op:// references in .env.tpl",
  `OPENAI_API_KEY=op://ml-platform/openai-prod/credential\nANTHROPIC_API_KEY=op://ml-platform/anthropic/credential\nDATABASE_URL=op://ml-platform/feature-store/connection-string\n`);
add("Vault agent template references",
  `{{- with secret "secret/data/ml/inference" -}}\nOPENAI_API_KEY={{ .Data.data.openai_api_key }}\nPINECONE_API_KEY={{ .Data.data.pinecone_api_key }}\n{{- end }}\n`);
add("AWS Secrets Manager ARN reference in an ECS task definition",
  JSON.stringify({ containerDefinitions: [{ name: "rag-api", image: "example/rag-api:1.4.2", secrets: [{ name: "OPENAI_API_KEY", valueFrom: `arn:aws:secretsmanager:us-east-1:${r.dig(12)}:secret:prod/rag/openai-${r.an(6)}` }] }] }, null, 2));
add("GCP Secret Manager resource names in a Cloud Run YAML",
  `spec:\n  template:\n    spec:\n      containers:\n        - image: europe-docker.pkg.dev/acme-ml/serving/embedder:2.1.0\n          env:\n            - name: COHERE_API_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: cohere-api-key\n                  key: latest\n`);
add("Azure Key Vault reference in app settings",
  JSON.stringify({ AZURE_OPENAI_API_KEY: "@Microsoft.KeyVault(SecretUri=https://ml-kv.vault.example.net/secrets/aoai-key/)", AZURE_OPENAI_ENDPOINT: "https://contoso-aoai.example.com/" }, null, 2));
add("Kubernetes secretKeyRef in a Deployment",
  `env:\n  - name: HF_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: hf-credentials\n        key: token\n  - name: WANDB_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: wandb\n        key: api-key\n`);
add("Helm values pointing at an existing secret",
  `langfuse:\n  salt:\n    secretKeyRef:\n      name: langfuse-secrets\n      key: salt\n  nextauth:\n    secret:\n      existingSecret: langfuse-secrets\n      existingSecretKey: nextauth-secret\n`);
add("docker compose env interpolation", `services:\n  litellm:\n    image: ghcr.io/berriai/litellm:main-stable\n    environment:\n      LITELLM_MASTER_KEY: \${LITELLM_MASTER_KEY}\n      DATABASE_URL: \${DATABASE_URL:?set DATABASE_URL}\n`);

// encrypted
add("SOPS-encrypted YAML values (ENC[AES256_GCM,...])",
  `openai_api_key: ENC[AES256_GCM,data:${r.b64b(60)},iv:${r.b64b(32)},tag:${r.b64b(16)},type:str]\nhf_token: ENC[AES256_GCM,data:${r.b64b(28)},iv:${r.b64b(32)},tag:${r.b64b(16)},type:str]\nsops:\n  age:\n    - recipient: ${agePublic(r)}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n${wrap(r.b64b(180)).split("\n").map((l) => "        " + l).join("\n")}\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: "2024-10-01T12:00:00Z"\n  mac: ENC[AES256_GCM,data:${r.b64b(64)},iv:${r.b64b(32)},tag:${r.b64b(16)},type:str]\n  version: 3.9.0\n`);
add("Ansible Vault encrypted file",
  `$ANSIBLE_VAULT;1.1;AES256\n${wrap(r.hex(640), 80)}\n`);
add("AWS KMS CiphertextBlob in a decrypt request",
  JSON.stringify({ CiphertextBlob: "AQICAHh" + r.str(250, B64) + "==", EncryptionContext: { service: "rag-api" } }));
add("age-encrypted file (armored) in a chat",
  chat(`I encrypted the eval credentials with age for you, decrypt with your key:\n\n-----BEGIN AGE ENCRYPTED FILE-----\n${wrap(r.b64b(240))}\n-----END AGE ENCRYPTED FILE-----`));

// placeholders and masks
add("placeholder values in .env.example",
  `# copy to .env and fill in\nOPENAI_API_KEY=<your-openai-api-key>\nHF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nWANDB_API_KEY=your_wandb_api_key_here\nPINECONE_API_KEY=\n`);
add("README placeholder in a PR body",
  JSON.stringify({ title: "docs: setup", body: "Set `ANTHROPIC_API_KEY=sk-ant-...` and `GROQ_API_KEY=gsk_...` in your shell, then run `make eval`." }));
add("masked key list from a provider dashboard pasted in chat (German)",
  chat(`Welcher dieser Schlüssel gehört zum Eval-Runner?\n\nNAME            KEY                      CREATED\neval-runner     sk-proj-...${r.an(4)}           2024-09-02\nnotebook-shared sk-proj-...${r.an(4)}           2024-07-18\nci              sk-svcacct-...${r.an(4)}        2024-10-01`));
add("OpenAI 401 error body with the key truncated/masked",
  JSON.stringify({ error: { message: `Incorrect API key provided: sk-proj-********************************************${r.an(4)}. You can find your API key at https://platform.example.com/account/api-keys.`, type: "invalid_request_error", param: null, code: "invalid_api_key" } }));
add("CI log with masked secrets (***)",
  `2024-10-14T08:14:02.1184000Z env:\n2024-10-14T08:14:02.1185000Z   HF_TOKEN: ***\n2024-10-14T08:14:02.1186000Z   WANDB_API_KEY: ***\n2024-10-14T08:14:05.0000000Z wandb: Currently logged in as: ***`);
add("redacted request headers in a debug log",
  `DEBUG httpx: HTTP Request: POST https://api.example.com/v1/embeddings headers={'authorization': '[REDACTED]', 'x-api-key': '[REDACTED]', 'content-type': 'application/json'} "HTTP/1.1 200 OK"`);
add("huggingface-cli whoami output (no token)",
  `$ huggingface-cli whoami\nmchen\norgs:  acme-ml,acme-research\n$ huggingface-cli env | grep -i token\n- Token path ?: /home/mchen/.cache/huggingface/token\n- Has saved token ?: True\n`);
add("Stripe publishable key in a demo checkout page config",
  `export const billing = {\n  publishableKey: "${"p" + "k_live_51" + r.an(97)}",\n  priceId: "price_${r.an(24)}",\n  successUrl: "https://demo.example.com/thanks",\n};`);

// ML payloads that merely look random or mention tokens
add("chat request with a base64 PNG image (data URL)",
  JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: [{ type: "text", text: "What does this loss curve suggest?" }, { type: "image_url", image_url: { url: "data:image/png;base64," + b64(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...r.bytes(1500)])) } }] }] }));
add("Anthropic request with base64 image source",
  JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 512, messages: [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type: "image/jpeg", data: b64(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, ...r.bytes(1200)])) } }, { type: "text", text: "Describe the confusion matrix." }] }] }));
add("audio transcription body with base64 WAV",
  JSON.stringify({ model: "gpt-4o-audio-preview", modalities: ["text"], messages: [{ role: "user", content: [{ type: "input_audio", input_audio: { format: "wav", data: b64(Uint8Array.from([0x52, 0x49, 0x46, 0x46, ...r.bytes(900)])) } }] }] }));
add("embedding response vector echoed back",
  JSON.stringify({ object: "list", data: [{ object: "embedding", index: 0, embedding: Array.from({ length: 48 }, () => Number(((r.next() - 0.5) / 5).toFixed(8))) }], model: "text-embedding-3-small", usage: { prompt_tokens: 9, total_tokens: 9 } }));
add("tokenizer_config.json special tokens and token counts",
  JSON.stringify({ bos_token: "<|begin_of_text|>", eos_token: "<|eot_id|>", pad_token: "<|finetune_right_pad_id|>", model_max_length: 131072, added_tokens_decoder: { "128000": { content: "<|begin_of_text|>", special: true } }, tokenizer_class: "PreTrainedTokenizerFast" }, null, 2));
add("generation request with token ids and logit_bias",
  JSON.stringify({ model: "gpt-4o-mini", max_tokens: 256, logit_bias: { "1734": -100, "15339": 5 }, messages: [{ role: "user", content: "Classify: positive or negative?" }], logprobs: true, top_logprobs: 3 }));
add("usage block with token counts in an eval report",
  chat(`Cost summary for the sweep:\n\n| model | prompt_tokens | completion_tokens | total_tokens |\n|---|---:|---:|---:|\n| gpt-4.1 | ${r.range(100000, 999999)} | ${r.range(10000, 99999)} | ${r.range(100000, 999999)} |\n| claude-sonnet-4-5 | ${r.range(100000, 999999)} | ${r.range(10000, 99999)} | ${r.range(100000, 999999)} |`));
add("safetensors header metadata",
  JSON.stringify({ __metadata__: { format: "pt" }, "model.embed_tokens.weight": { dtype: "BF16", shape: [128256, 4096], data_offsets: [0, 1050673152] }, "model.layers.0.self_attn.q_proj.weight": { dtype: "BF16", shape: [4096, 4096], data_offsets: [1050673152, 1084227584] } }));
add("numpy PCG64 bit generator state (long integers)",
  JSON.stringify({ bit_generator: "PCG64", state: { state: BigInt("0x" + r.hex(32)).toString(), inc: BigInt("0x" + r.hex(32)).toString() }, has_uint32: 0, uinteger: 0 }));
add("LoRA adapter_config.json", JSON.stringify({ base_model_name_or_path: "meta-llama/Llama-3.1-8B", peft_type: "LORA", r: 16, lora_alpha: 32, lora_dropout: 0.05, target_modules: ["q_proj", "k_proj", "v_proj", "o_proj"], revision: r.sha() }, null, 2));

// checksums / lockfiles / ids in tool output
add("git-lfs pointer for a safetensors shard",
  `version https://git-lfs.github.com/spec/v1\noid sha256:${r.hex(64)}\nsize ${r.range(1000000000, 4999999999)}\n`);
add("DVC .dvc file with md5",
  `outs:\n- md5: ${r.hex(32)}.dir\n  size: ${r.range(1000000, 99999999)}\n  nfiles: 2048\n  hash: md5\n  path: data/processed\n`);
add("pip requirements with --hash pins",
  `torch==2.4.1 \\\n    --hash=sha256:${r.hex(64)} \\\n    --hash=sha256:${r.hex(64)}\ntransformers==4.44.2 \\\n    --hash=sha256:${r.hex(64)}\n`);
add("uv.lock package entry with sha256 hashes",
  `[[package]]\nname = "flash-attn"\nversion = "2.6.3"\nsource = { registry = "https://pypi.example.org/simple" }\nsdist = { url = "https://files.example.org/packages/flash_attn-2.6.3.tar.gz", hash = "sha256:${r.hex(64)}", size = ${r.range(1000000, 9999999)} }\n`);
add("npm lockfile integrity (sha512) for the demo frontend",
  JSON.stringify({ "node_modules/@huggingface/inference": { version: "2.8.1", resolved: "https://registry.example.org/@huggingface/inference/-/inference-2.8.1.tgz", integrity: "sha512-" + r.b64b(64) } }, null, 2));
add("conda explicit lock with md5 fragments",
  `@EXPLICIT\nhttps://conda.example.org/conda-forge/linux-64/cudatoolkit-11.8.0-h4ba93d1_13.conda#${r.hex(32)}\nhttps://conda.example.org/conda-forge/linux-64/nccl-2.23.4.1-h03a54cd_2.conda#${r.hex(32)}\n`);
add("nvidia-smi -L output with GPU UUIDs",
  Array.from({ length: 4 }, (_, i) => `GPU ${i}: NVIDIA H100 80GB HBM3 (UUID: GPU-${r.uuid()})`).join("\n"));
add("docker ps output with container ids",
  `CONTAINER ID   IMAGE                                   COMMAND                  STATUS\n${r.hex(12)}   vllm/vllm-openai:v0.6.2                 "python3 -m vllm.ent…"   Up 3 hours\n${r.hex(12)}   ghcr.io/huggingface/text-embeddings…    "text-embeddings-rou…"   Up 3 hours\n`);
add("git log --oneline in a chat (Chinese)",
  chat(`帮我写一下这几个提交的 changelog：\n\n${Array.from({ length: 4 }, () => `${r.hex(7)} ${r.pick(["fix: tokenizer padding side", "feat: add DPO loss", "chore: bump vllm", "perf: fuse rmsnorm"])}`).join("\n")}`));
add("HTTP request with traceparent and request-id headers",
  `POST /v1/rerank HTTP/1.1\nHost: rerank.example.com\ntraceparent: 00-${r.hex(32)}-${r.hex(16)}-01\nX-Request-Id: ${r.uuid()}\nContent-Type: application/json\n\n{"query": "lora rank", "documents": ["..."]}`);
add("conditional GET with ETag for a cached dataset shard",
  `GET /datasets/acme/web-crawl/resolve/main/shard-00017.parquet HTTP/1.1\nHost: hub.example.com\nIf-None-Match: "${r.hex(64)}"\nRange: bytes=0-1048575\n`);
add("S3 PutObject with x-amz-content-sha256 and Content-MD5",
  `PUT /ml-artifacts/checkpoints/step-12000/model.safetensors HTTP/1.1\nHost: s3.example.com\nx-amz-content-sha256: ${r.hex(64)}\nContent-MD5: ${r.b64b(16)}\nContent-Length: 4976698672\n`);
add("OpenAI response headers with org and project ids",
  `HTTP/2 200\nopenai-organization: org-${r.an(24)}\nopenai-project: proj_${r.an(24)}\nopenai-processing-ms: 812\nx-request-id: req_${r.hex(32)}\nx-ratelimit-remaining-tokens: 1998765\n`);
add("Anthropic API response with message and request ids",
  JSON.stringify({ id: "msg_01" + r.an(22), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: "toolu_01" + r.an(22), name: "search", input: { q: "rope scaling" } }], usage: { input_tokens: 1204, output_tokens: 88 } }));
add("OpenAI chat completion object ids in an eval transcript",
  JSON.stringify({ id: "chatcmpl-" + r.an(29), object: "chat.completion", created: r.iat(), model: "gpt-4o-2024-08-06", system_fingerprint: "fp_" + r.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "B" }, finish_reason: "stop" }] }));
add("Terraform state lineage and resource ids",
  JSON.stringify({ version: 4, terraform_version: "1.9.5", serial: 42, lineage: r.uuid(), resources: [{ type: "aws_sagemaker_endpoint", name: "embedder", instances: [{ attributes: { arn: `arn:aws:sagemaker:eu-west-1:${r.dig(12)}:endpoint/embedder-prod`, id: "embedder-prod" } }] }] }));
add("Azure tenant/subscription ids for an AML workspace (no secret)",
  JSON.stringify({ subscription_id: r.uuid(), resource_group: "rg-ml-prod", workspace_name: "aml-llm", tenant_id: r.uuid() }, null, 2));
add("GitHub webhook delivery with HMAC signature header (signature, not the secret)",
  `POST /hooks/retrain HTTP/1.1\nHost: ci.example.com\nX-GitHub-Event: push\nX-GitHub-Delivery: ${r.uuid()}\nX-Hub-Signature-256: sha256=${r.hex(64)}\nContent-Type: application/json\n\n{"ref":"refs/heads/main","after":"${r.sha()}"}`);
add("OAuth PKCE authorize URL with code_challenge (public)",
  `https://auth.example.com/authorize?response_type=code&client_id=notebook-ui&redirect_uri=https%3A%2F%2Fhub.example.org%2Fcallback&code_challenge=${r.b64uc(43)}&code_challenge_method=S256`);
add("JupyterHub server list (ids, no tokens) in an MCP result",
  JSON.stringify({ jsonrpc: "2.0", id: 5, result: { content: [{ type: "text", text: JSON.stringify({ name: "mchen", servers: { "": { ready: true, url: "/user/mchen/", started: r.ts(), progress_url: "/hub/api/users/mchen/server/progress" } }, kernel_id: r.uuid() }) }] } }));
add("Hugging Face model card front matter with dataset checksums",
  `---\nlicense: apache-2.0\nbase_model: mistralai/Mistral-7B-v0.3\ndatasets:\n  - acme/support-dialogs\nmodel-index:\n  - name: support-7b-sft\n---\n\nTrained from revision \`${r.sha()}\`; training data sha256 \`${r.hex(64)}\`.\n`);
add("question about key rotation without any value (Spanish)",
  chat("¿Cuál es la mejor forma de rotar la API key de OpenAI que usa el cluster de entrenamiento sin reiniciar los jobs? Ahora la leemos de un Secret de Kubernetes montado como variable de entorno."));
add("security note about where tokens live (Japanese)",
  chat("HF_TOKEN と WANDB_API_KEY はノートブックに直接書かず、Vault から取得するように変更しました。レビューをお願いします。"));
add("wandb sweep config with sweep id and run ids",
  `program: train.py\nmethod: bayes\nmetric: {name: val/loss, goal: minimize}\n# sweep: acme-ml/llm-evals/${r.lo(8)}\n# best runs: ${r.lo(8)}, ${r.lo(8)}, ${r.lo(8)}\nparameters:\n  lr: {min: 1.0e-6, max: 1.0e-4}\n`);
add("Qdrant upsert with UUID point ids and vectors",
  JSON.stringify({ points: Array.from({ length: 2 }, () => ({ id: r.uuid(), vector: Array.from({ length: 8 }, () => Number(r.next().toFixed(6))), payload: { doc_id: r.hex(16), chunk: 3 } })) }));
add("Kubernetes pod status with uid and container ids",
  `metadata:\n  name: trainer-0\n  uid: ${r.uuid()}\n  resourceVersion: "${r.dig(9)}"\nstatus:\n  containerStatuses:\n  - containerID: containerd://${r.hex(64)}\n    imageID: ghcr.io/example/trainer@sha256:${r.hex(64)}\n    ready: true\n`);
add("password policy text in a Terraform variable description (no value)",
  `variable "mlflow_db_password" {\n  description = "Password for the MLflow backend DB; supplied via TF_VAR_mlflow_db_password, never committed."\n  type        = string\n  sensitive   = true\n}\n`);

hand.forEach((h, i) => {
  out.push({ id: `y122-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty122-benign", label: "benign", text: h.text, note: h.note });
});

export const cases: CorpusCase[] = out;
