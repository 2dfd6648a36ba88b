// heldout-y113 / ai: LLM and ML platform credentials leaking through logs and diagnostics.
import type { CorpusCase } from "../types.ts";
import { Gen, buildRotated, basic, mkReq, UPPER, LOWER, type Spec } from "./_gen.ts";

const g = new Gen(0x113a1);

const bearer = { header: "Authorization", scheme: "Bearer " };

const specs: Spec[] = [
  { provider: "OpenAI project API key", env: "OPENAI_API_KEY", ...bearer, host: "llm-gateway.example.com", path: "/v1/chat/completions", method: "POST", make: (g) => g.j("sk-", "proj-", g.u(74), "T3Blbk", "FJ", g.u(74)), times: 2 },
  { provider: "OpenAI service account key", env: "OPENAI_API_KEY", ...bearer, path: "/v1/embeddings", method: "POST", make: (g) => g.j("sk-", "svcacct-", g.u(74), "T3Blbk", "FJ", g.u(74)) },
  { provider: "OpenAI admin key", env: "OPENAI_ADMIN_KEY", ...bearer, path: "/v1/organization/audit_logs", make: (g) => g.j("sk-", "admin-", g.u(58), "T3Blbk", "FJ", g.u(58)) },
  { provider: "Anthropic API key", env: "ANTHROPIC_API_KEY", header: "x-api-key", path: "/v1/messages", method: "POST", make: (g) => g.j("sk-ant-", "api03-", g.u(93), "AA"), times: 2 },
  { provider: "Anthropic admin key", env: "ANTHROPIC_ADMIN_KEY", header: "x-api-key", path: "/v1/organizations/users", make: (g) => g.j("sk-ant-", "admin01-", g.u(93), "AA") },
  { provider: "Hugging Face user access token", env: "HF_TOKEN", ...bearer, path: "/api/whoami-v2", make: (g) => g.j("hf", "_", g.str(34, UPPER + LOWER)) },
  { provider: "Cohere API key", env: "COHERE_API_KEY", ...bearer, path: "/v1/rerank", method: "POST", make: (g) => g.a(40) },
  { provider: "Mistral API key", env: "MISTRAL_API_KEY", ...bearer, path: "/v1/chat/completions", method: "POST", make: (g) => g.a(32) },
  { provider: "Groq API key", env: "GROQ_API_KEY", ...bearer, path: "/openai/v1/chat/completions", method: "POST", make: (g) => g.j("gs", "k_", g.a(52)) },
  { provider: "Replicate API token", env: "REPLICATE_API_TOKEN", ...bearer, path: "/v1/predictions", method: "POST", make: (g) => g.j("r8", "_", g.a(37)) },
  { provider: "Perplexity API key", env: "PERPLEXITY_API_KEY", ...bearer, path: "/chat/completions", method: "POST", make: (g) => g.j("pp", "lx-", g.a(48)) },
  { provider: "Google Gemini API key (server-side, generativelanguage)", env: "GEMINI_API_KEY", header: "x-goog-api-key", path: "/v1beta/models/gemini-1.5-pro:generateContent", method: "POST", make: (g) => g.j("AI", "za", g.u(35)) },
  { provider: "xAI API key", env: "XAI_API_KEY", ...bearer, path: "/v1/chat/completions", method: "POST", make: (g) => g.j("xa", "i-", g.a(80)) },
  { provider: "OpenRouter API key", env: "OPENROUTER_API_KEY", ...bearer, path: "/api/v1/chat/completions", method: "POST", make: (g) => g.j("sk-", "or-v1-", g.h(64)) },
  { provider: "DeepSeek API key", env: "DEEPSEEK_API_KEY", ...bearer, path: "/chat/completions", method: "POST", make: (g) => g.j("sk", "-", g.h(32)) },
  { provider: "Together AI API key", env: "TOGETHER_API_KEY", ...bearer, path: "/v1/completions", method: "POST", make: (g) => g.j("tgp", "_v1_", g.u(43)) },
  { provider: "Fireworks AI API key", env: "FIREWORKS_API_KEY", ...bearer, path: "/inference/v1/chat/completions", method: "POST", make: (g) => g.j("fw", "_", g.a(24)) },
  { provider: "LangSmith personal API key", env: "LANGSMITH_API_KEY", header: "x-api-key", path: "/api/v1/runs/batch", method: "POST", make: (g) => g.j("lsv2", "_pt_", g.h(32), "_", g.h(10)) },
  {
    provider: "Langfuse secret key (basic auth with public key)", env: "LANGFUSE_SECRET_KEY",
    make: (g) => g.j("sk-", "lf-", g.uuid()),
    extra: (g) => [["LANGFUSE_PUBLIC_KEY", g.j("pk-", "lf-", g.uuid())], ["LANGFUSE_HOST", "https://langfuse.example.com"]],
    req: (g, v) => mkReq("POST", "langfuse.example.com", "/api/public/ingestion", [["Authorization", basic(g.j("pk-", "lf-", g.uuid()), v)]], JSON.stringify({ batch: [{ id: g.uuid(), type: "trace-create", body: { name: "rag-query" } }] })),
  },
  {
    provider: "Weights & Biases API key", env: "WANDB_API_KEY", make: (g) => g.h(40),
    req: (g, v) => mkReq("POST", "wandb.example.com", "/graphql", [["Authorization", basic("api", v)]], JSON.stringify({ query: "query Viewer { viewer { id username } }" })),
  },
  { provider: "ElevenLabs API key", env: "ELEVENLABS_API_KEY", header: "xi-api-key", path: "/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM", method: "POST", make: (g) => g.j("sk", "_", g.h(48)) },
  { provider: "AssemblyAI API key", env: "ASSEMBLYAI_API_KEY", header: "Authorization", path: "/v2/transcript", method: "POST", make: (g) => g.h(32) },
  { provider: "Deepgram API key", env: "DEEPGRAM_API_KEY", header: "Authorization", scheme: "Token ", path: "/v1/listen", method: "POST", make: (g) => g.h(40) },
  { provider: "Stability AI API key", env: "STABILITY_API_KEY", ...bearer, path: "/v2beta/stable-image/generate/core", method: "POST", make: (g) => g.j("sk", "-", g.a(48)) },
  { provider: "Voyage AI API key", env: "VOYAGE_API_KEY", ...bearer, path: "/v1/embeddings", method: "POST", make: (g) => g.j("pa", "-", g.u(43)) },
  { provider: "Pinecone API key", env: "PINECONE_API_KEY", header: "Api-Key", path: "/indexes", make: (g) => g.j("pcsk", "_", g.a(5), "_", g.a(63)) },
  { provider: "Cerebras API key", env: "CEREBRAS_API_KEY", ...bearer, path: "/v1/chat/completions", method: "POST", make: (g) => g.j("cs", "k-", g.lo(48)) },
  { provider: "Tavily API key (JSON body api_key)", env: "TAVILY_API_KEY", field: "api_key", path: "/search", make: (g) => g.j("tvly", "-dev-", g.a(32)) },
  { provider: "Firecrawl API key", env: "FIRECRAWL_API_KEY", ...bearer, path: "/v1/scrape", method: "POST", make: (g) => g.j("fc", "-", g.h(32)) },
  { provider: "Modal token secret (with token id)", env: "MODAL_TOKEN_SECRET", envOnly: true, make: (g) => g.j("as", "-", g.a(22)), extra: (g) => [["MODAL_TOKEN_ID", g.j("ak", "-", g.a(22))]] },
  { provider: "RunPod API key", env: "RUNPOD_API_KEY", ...bearer, path: "/graphql", method: "POST", make: (g) => g.j("rpa", "_", g.up(48)) },
  { provider: "Azure OpenAI resource key", env: "AZURE_OPENAI_API_KEY", header: "api-key", host: "aoai-prod.example.com", path: "/openai/deployments/gpt-4o/chat/completions", method: "POST", make: (g) => g.h(32) },
  { provider: "NVIDIA NIM API key", env: "NVIDIA_API_KEY", ...bearer, path: "/v1/chat/completions", method: "POST", make: (g) => g.j("nva", "pi-", g.u(64)) },
];

export const cases: CorpusCase[] = buildRotated(g, specs, { short: "ai", group: "ai", start: 0 });
