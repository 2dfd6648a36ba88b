// AI provider keys: Anthropic, OpenAI, Hugging Face.
import { builder, Rng, ALNUM, B64URL, UPPER, LOWER } from "./_gen.ts";

const r = new Rng(0x5ec0002);
const { cases, pos } = builder({ category: "ai-keys", expect: "secrets" });
export { cases };

const ant = () => "sk-" + "ant-api03-" + r.str(93, B64URL) + "AA";
const antAdmin = () => "sk-" + "ant-admin01-" + r.str(93, B64URL) + "AA";
const oaiProj = () => "sk-" + "proj-" + r.str(74, B64URL) + "T3Blbk" + "FJ" + r.str(74, B64URL);
const oaiSvc = () => "sk-" + "svcacct-" + r.str(74, B64URL) + "T3Blbk" + "FJ" + r.str(74, B64URL);
const oaiLegacy = () => "sk-" + r.alnum(20) + "T3Blbk" + "FJ" + r.alnum(20);
const hf = () => "h" + "f_" + r.str(34, UPPER + LOWER);

// ---- Anthropic
pos("ant-env", "anthropic key in .env", `ANTHROPIC_API_KEY=${ant()}\nANTHROPIC_MODEL=claude-sonnet-4-20250514\n`);
pos("ant-curl", "anthropic key in curl x-api-key header", `curl https://api.anthropic.com/v1/messages \\\n  -H "x-api-key: ${ant()}" \\\n  -H "anthropic-version: 2023-06-01" \\\n  -H "content-type: application/json" \\\n  -d '{"model":"claude-3-5-haiku-latest","max_tokens":256,"messages":[{"role":"user","content":"hi"}]}'`);
pos("ant-python", "anthropic key passed to client constructor", `import anthropic\n\nclient = anthropic.Anthropic(api_key="${ant()}")\nmsg = client.messages.create(model="claude-3-5-sonnet-latest", max_tokens=1024,\n                             messages=[{"role": "user", "content": "Summarise the diff"}])\n`);
pos("ant-ts", "anthropic key in TypeScript", `import Anthropic from "@anthropic-ai/sdk";\n\nexport const claude = new Anthropic({\n  apiKey: process.env.ANTHROPIC_API_KEY ?? "${ant()}",\n});\n`);
pos("ant-json-settings", "anthropic key in an editor settings.json", JSON.stringify({ "editor.fontSize": 13, "assistant.provider": "anthropic", "assistant.anthropic.apiKey": ant(), "assistant.temperature": 0.2 }, null, 4));
pos("ant-chat", "anthropic key pasted in a support chat", `Still getting 401 invalid x-api-key with ${ant()} — I generated it this morning in the console, what am I doing wrong?`);
pos("ant-admin-yaml", "anthropic admin key in k8s Secret stringData", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: anthropic-admin\ntype: Opaque\nstringData:\n  ANTHROPIC_ADMIN_KEY: ${antAdmin()}\n`);
pos("ant-log", "anthropic key logged in an error trace", `ERROR 2024-11-02 14:03:55 llm.client request failed status=529 headers={'x-api-key': '${ant()}', 'anthropic-version': '2023-06-01'} retry=3/5`);
pos("ant-diff", "anthropic key added in diff of config.toml", `--- a/config.toml\n+++ b/config.toml\n@@ -1,3 +1,4 @@\n [llm]\n provider = "anthropic"\n+api_key = "${ant()}"\n model = "claude-3-opus-latest"\n`);

// ---- OpenAI
pos("oai-proj-env", "openai project key in .env", `OPENAI_API_KEY=${oaiProj()}\nOPENAI_ORG_ID=org-${r.alnum(24)}\n`);
pos("oai-proj-curl", "openai project key in curl bearer", `curl https://api.openai.com/v1/chat/completions \\\n  -H "Content-Type: application/json" \\\n  -H "Authorization: Bearer ${oaiProj()}" \\\n  -d '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "ping"}]}'`);
pos("oai-proj-python", "openai project key in Python client", `from openai import OpenAI\n\nclient = OpenAI(api_key='${oaiProj()}')\nresp = client.responses.create(model="gpt-4.1", input="hello")\nprint(resp.output_text)\n`);
pos("oai-proj-notebook", "openai key in a Jupyter notebook cell JSON", JSON.stringify({ cell_type: "code", execution_count: 3, metadata: {}, outputs: [], source: ["import os\n", `os.environ["OPENAI_API_KEY"] = "${oaiProj()}"\n`, "from langchain_openai import ChatOpenAI\n"] }, null, 1));
pos("oai-svcacct-yaml", "openai service-account key in docker-compose", `services:\n  worker:\n    image: acme/rag-worker:2.3\n    environment:\n      - OPENAI_API_KEY=${oaiSvc()}\n      - QDRANT_URL=http://qdrant:6333\n`);
pos("oai-legacy-js", "openai legacy key (T3BlbkFJ) in JS", `const configuration = new Configuration({\n  apiKey: "${oaiLegacy()}",\n});\nconst openai = new OpenAIApi(configuration);\n`);
pos("oai-legacy-chat", "openai legacy key in chat message", `can you check why this key doesn't work anymore? ${oaiLegacy()}`);
pos("oai-legacy-ini", "openai legacy key in ini", `[openai]\nkey = ${oaiLegacy()}\nmodel = text-davinci-003\n`);
pos("oai-proj-go", "openai key in Go", `client := openai.NewClient(\n\toption.WithAPIKey("${oaiProj()}"),\n)\n`);
pos("oai-proj-tfvars", "openai key in terraform.tfvars", `environment   = "prod"\nopenai_api_key = "${oaiProj()}"\nreplicas      = 3\n`);
pos("oai-proj-tool-call", "openai key inside a JSON tool call the agent sends", JSON.stringify({ jsonrpc: "2.0", id: 7, method: "tools/call", params: { name: "set_secret", arguments: { name: "OPENAI_API_KEY", value: oaiProj() } } }));

// ---- Hugging Face
pos("hf-env", "hugging face token in .env", `HF_TOKEN=${hf()}\nHF_HOME=/data/hf-cache\n`);
pos("hf-cli", "hugging face token in huggingface-cli login", `$ huggingface-cli login --token ${hf()} --add-to-git-credential\nToken is valid (permission: write).`);
pos("hf-python", "hugging face token in from_pretrained", `from transformers import AutoModelForCausalLM\nmodel = AutoModelForCausalLM.from_pretrained(\n    "meta-llama/Llama-3.1-8B-Instruct",\n    token="${hf()}",\n    device_map="auto",\n)\n`);
pos("hf-git-url", "hugging face token in git push URL", `git push https://user:${hf()}@huggingface.co/spaces/acme/demo main`);
pos("hf-curl", "hugging face token in inference API curl", `curl https://api-inference.huggingface.co/models/gpt2 -X POST -d '{"inputs": "Hello"}' -H "Authorization: Bearer ${hf()}"`);
pos("hf-org-legacy", "hugging face legacy org token api_org_", `HUGGINGFACE_ORG_TOKEN=api_org_${r.str(34, UPPER + LOWER)}`);
pos("hf-yaml-actions", "hugging face token hardcoded in workflow env", `jobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n      HF_TOKEN: ${hf()}\n    steps:\n      - uses: actions/checkout@v4\n      - run: git push https://acme:$HF_TOKEN@huggingface.co/spaces/acme/app main\n`);
void ALNUM;
