// AI / LLM / ML-platform keys an analytics team wires into notebooks, dbt Python models and
// enrichment jobs.
import type { CorpusCase } from "../types.ts";
import { build, cat, b64, type Spec } from "./_gen.ts";

const specs: Spec[] = [
  { k: "openai", g: "ai", p: "OpenAI project key", slot: "OPENAI_API_KEY", v: (g) => cat("sk-", "proj-", g.b64uc(74), "T3Blbk", "FJ", g.b64uc(74)) },
  { k: "openai-svc", g: "ai", p: "OpenAI service account key", slot: "OPENAI_API_KEY", v: (g) => cat("sk-", "svcacct-", g.b64uc(74), "T3Blbk", "FJ", g.b64uc(74)) },
  { k: "anthropic", g: "ai", p: "Anthropic API key", slot: "ANTHROPIC_API_KEY", h: "x-api-key: %", v: (g) => cat("sk-", "ant-api03-", g.b64uc(93), "AA") },
  { k: "anthropic-admin", g: "ai", p: "Anthropic admin key", slot: "ANTHROPIC_ADMIN_KEY", h: "x-api-key: %", v: (g) => cat("sk-", "ant-admin01-", g.b64uc(93), "AA") },
  { k: "azure-openai", g: "ai", p: "Azure OpenAI", slot: "AZURE_OPENAI_API_KEY", h: "api-key: %", v: (g) => ({ v: g.hex(32), extra: [["AZURE_OPENAI_ENDPOINT", `https://${g.lower(8)}.openai.example.com/`]] }) },
  { k: "gemini", g: "ai", p: "Gemini API (server key)", slot: "GEMINI_API_KEY", h: "x-goog-api-key: %", v: (g) => cat("AI", "za", "Sy", g.b64uc(33)) },
  { k: "bedrock", g: "ai", p: "Amazon Bedrock API key", slot: "AWS_BEARER_TOKEN_BEDROCK", v: (g) => cat("AB", "SK", b64(`BedrockAPIKey-${g.lo(4)}-at-${g.dig(12)}:${g.b64c(40)}`)) },
  { k: "huggingface", g: "ai", p: "Hugging Face", slot: "HF_TOKEN", v: (g) => cat("h", "f_", g.an(34)) },
  { k: "cohere", g: "ai", p: "Cohere", slot: "CO_API_KEY", v: (g) => g.an(40) },
  { k: "mistral", g: "ai", p: "Mistral", slot: "MISTRAL_API_KEY", v: (g) => g.an(32) },
  { k: "groq", g: "ai", p: "Groq", slot: "GROQ_API_KEY", v: (g) => cat("gs", "k_", g.an(52)) },
  { k: "replicate", g: "ai", p: "Replicate", slot: "REPLICATE_API_TOKEN", v: (g) => cat("r8", "_", g.an(37)) },
  { k: "perplexity", g: "ai", p: "Perplexity", slot: "PERPLEXITY_API_KEY", v: (g) => cat("pp", "lx-", g.an(48)) },
  { k: "xai", g: "ai", p: "xAI", slot: "XAI_API_KEY", v: (g) => cat("xa", "i-", g.an(80)) },
  { k: "openrouter", g: "ai", p: "OpenRouter", slot: "OPENROUTER_API_KEY", v: (g) => cat("sk-", "or-v1-", g.hex(64)) },
  { k: "deepseek", g: "ai", p: "DeepSeek", slot: "DEEPSEEK_API_KEY", v: (g) => cat("sk-", g.hex(32)) },
  { k: "together", g: "ai", p: "Together AI", slot: "TOGETHER_API_KEY", v: (g) => cat("tgp", "_v1_", g.b64uc(43)) },
  { k: "fireworks", g: "ai", p: "Fireworks AI", slot: "FIREWORKS_API_KEY", v: (g) => cat("f", "w_", g.an(24)) },
  { k: "voyage", g: "ai", p: "Voyage AI embeddings", slot: "VOYAGE_API_KEY", v: (g) => cat("p", "a-", g.b64uc(43)) },
  { k: "jina", g: "ai", p: "Jina AI", slot: "JINA_API_KEY", v: (g) => cat("ji", "na_", g.hex(32), g.b64uc(28)) },
  { k: "langsmith", g: "ai", p: "LangSmith", slot: "LANGSMITH_API_KEY", h: "x-api-key: %", v: (g) => cat("lsv2", "_pt_", g.hex(32), "_", g.hex(10)) },
  { k: "langfuse", g: "ai", p: "Langfuse secret key", slot: "LANGFUSE_SECRET_KEY", h: "Authorization: Basic %", v: (g) => { const pk = cat("pk-", "lf-", g.uuid()); const sk = cat("sk-", "lf-", g.uuid()); return { v: sk, extra: [["LANGFUSE_PUBLIC_KEY", pk]], hv: b64(`${pk}:${sk}`) }; } },
  { k: "wandb", g: "ai", p: "Weights & Biases", slot: "WANDB_API_KEY", h: "Authorization: Basic %", v: (g) => { const k = g.hex(40); return { v: k, hv: b64(`api:${k}`) }; } },
  { k: "neptune", g: "ai", p: "Neptune.ai", slot: "NEPTUNE_API_TOKEN", v: (g) => b64(JSON.stringify({ api_address: "https://app.neptune.example.com", api_url: "https://app.neptune.example.com", api_key: g.uuid() })) },
  { k: "mlflow", g: "ai", p: "MLflow tracking server", slot: "MLFLOW_TRACKING_PASSWORD", kind: "key", v: (g) => ({ v: g.pw(), extra: [["MLFLOW_TRACKING_USERNAME", "ml-platform"], ["MLFLOW_TRACKING_URI", "https://mlflow.example.com"]] }) },
  { k: "elevenlabs", g: "ai", p: "ElevenLabs", slot: "ELEVENLABS_API_KEY", h: "xi-api-key: %", v: (g) => cat("s", "k_", g.hex(48)) },
  { k: "assemblyai", g: "ai", p: "AssemblyAI", slot: "ASSEMBLYAI_API_KEY", h: "authorization: %", v: (g) => g.hex(32) },
  { k: "deepgram", g: "ai", p: "Deepgram", slot: "DEEPGRAM_API_KEY", h: "Authorization: Token %", v: (g) => g.hex(40) },
  { k: "modal", g: "ai", p: "Modal token", slot: "MODAL_TOKEN_SECRET", kind: "key", v: (g) => ({ v: cat("a", "s-", g.an(22)), extra: [["MODAL_TOKEN_ID", cat("a", "k-", g.an(22))]] }) },
  { k: "runpod", g: "ai", p: "RunPod", slot: "RUNPOD_API_KEY", v: (g) => cat("rp", "a_", g.up(44)) },
  { k: "llamacloud", g: "ai", p: "LlamaCloud / LlamaParse", slot: "LLAMA_CLOUD_API_KEY", v: (g) => cat("ll", "x-", g.an(48)) },
  { k: "tavily", g: "ai", p: "Tavily", slot: "TAVILY_API_KEY", v: (g) => cat("tv", "ly-", g.an(32)) },
  { k: "firecrawl", g: "ai", p: "Firecrawl", slot: "FIRECRAWL_API_KEY", v: (g) => cat("f", "c-", g.hex(32)) },
  { k: "helicone", g: "ai", p: "Helicone", slot: "HELICONE_API_KEY", h: "Helicone-Auth: Bearer %", v: (g) => cat("sk-", "helicone-", g.lo(7), "-", g.lo(7), "-", g.lo(7), "-", g.lo(7)) },
];

export const cases: CorpusCase[] = build({ set: "heldouty130", idPrefix: "y130-ai", seed: 130_004, start: 31, specs });
