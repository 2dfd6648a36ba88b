// Handcrafted positives: key material, credential files that ML tooling reads, and a few
// shapes the rotation does not produce (encoded headers, URL userinfo, CLI positional args,
// notebook environ dumps, kernel/tunnel tokens). Seed 122004.
import type { CorpusCase } from "../types.ts";
import {
  Gen, b64, B64, rsaPkcs1, pkcs8Rsa, ecSec1, opensshEd25519, pgpPrivate, ageSecret, agePublic, wrap, type Group,
} from "./_gen.ts";

const r = new Gen(122004);
const hf = () => "h" + "f_" + r.alpha(34);
const wb = () => r.hex(40);
const akia = () => "AK" + "IA" + r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");
const awsSecret = () => r.str(40, B64);
const oai = () => "sk" + "-proj-" + r.b64uc(74) + "T3" + "BlbkFJ" + r.b64uc(74);
const nvapi = () => "nv" + "api-" + r.b64uc(64);
const chat = (content: string) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content }] });
const claude = (content: string) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [{ role: "user", content }] });
const toolUse = (name: string, input: Record<string, unknown>) =>
  JSON.stringify({ role: "assistant", content: [{ type: "tool_use", id: "toolu_01" + r.an(22), name, input }] });
const mcpResult = (text: string) => JSON.stringify({ jsonrpc: "2.0", id: r.range(2, 99), result: { content: [{ type: "text", text }] } });

type H = { g: Group; note: string; text: string };
const hand: H[] = [];
const add = (g: Group, note: string, text: string) => hand.push({ g, note, text });

// ---------------------------------------------------------------- keys
add("keys", "RSA PKCS#1 private key for the GPU box, written via tool_use write_file ~/.ssh/id_rsa",
  toolUse("write_file", { path: "/home/ubuntu/.ssh/id_rsa_gpu", content: rsaPkcs1(r) + "\n", mode: "0600" }));
add("keys", "OpenSSH ed25519 private key for a Lambda/vast GPU node, echoed in an MCP cat result",
  mcpResult(`$ cat ~/.ssh/gpu_cluster_ed25519\n${opensshEd25519(r, "trainer@workstation")}\n`));
{
  const sa = {
    type: "service_account", project_id: "vertex-evals-" + r.dig(6), private_key_id: r.hex(40),
    private_key: pkcs8Rsa(r) + "\n", client_email: "vertex-runner@vertex-evals.iam.example.com", client_id: r.dig(21),
    auth_uri: "https://accounts.example.com/o/oauth2/auth", token_uri: "https://oauth2.example.com/token",
  };
  add("keys", "GCP service-account JSON (PKCS#8 private_key) for Vertex AI, pasted into a chat body (JSON-escaped)",
    chat("Vertex batch prediction says permission denied; this is the key file I'm using:\n\n" + JSON.stringify(sa, null, 2)));
}
add("keys", "EC (SEC1) private key for a model-serving TLS endpoint, base64 in a kubeconfig client-key-data (sent via MCP result)",
  mcpResult(`apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.gpu.example.net:6443\n  name: gpu\nusers:\n- name: trainer\n  user:\n    client-certificate-data: ${b64("-----BEGIN CERTIFICATE-----\n" + wrap(r.b64b(600)) + "\n-----END CERTIFICATE-----\n")}\n    client-key-data: ${b64(ecSec1(r) + "\n")}\ncontexts:\n- context: {cluster: gpu, user: trainer}\n  name: gpu\ncurrent-context: gpu\n`));
add("keys", "Snowflake key-pair auth: unencrypted PKCS#8 private key inline in a Python feature-store script",
  claude(`Why does snowflake-connector say JWT token is invalid?\n\n\`\`\`python\nfrom cryptography.hazmat.primitives import serialization\nimport snowflake.connector\n\nPRIVATE_KEY = """${pkcs8Rsa(r)}"""\n\npk = serialization.load_pem_private_key(PRIVATE_KEY.encode(), password=None)\nconn = snowflake.connector.connect(account="xy12345.eu-central-1", user="FEATURE_SVC", private_key=pk)\n\`\`\``));
add("keys", "age secret key (SOPS keys.txt for encrypted training configs) in a Slack message",
  JSON.stringify({ channel: "C07" + r.up(8), text: `sops key for the configs repo, put it in ~/.config/sops/age/keys.txt:\n\`\`\`\n# created: 2024-10-03T09:12:44Z\n# public key: ${agePublic(r)}\n${ageSecret(r)}\n\`\`\`` }));
add("keys", "WireGuard PrivateKey in wg0.conf for the on-prem GPU cluster VPN, via tool_use write_file",
  toolUse("write_file", { path: "/etc/wireguard/wg0.conf", content: `[Interface]\nAddress = 10.44.0.7/32\nPrivateKey = ${r.b64b(32)}\nDNS = 10.44.0.1\n\n[Peer]\nPublicKey = ${r.b64b(32)}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 10.44.0.0/16\n` }));
add("keys", "PGP private key block for signing model release artifacts, pasted in a chat body (Spanish)",
  chat(`Necesito firmar los checkpoints antes de publicarlos. Esta es la clave que usamos en el pipeline, ¿cómo la importo en el runner?\n\n${pgpPrivate(r)}`));
{
  const jwk = { kty: "RSA", kid: "gw-" + r.lo(8), use: "sig", alg: "RS256", n: r.b64uc(342), e: "AQAB", d: r.b64uc(342), p: r.b64uc(171), q: r.b64uc(171), dp: r.b64uc(171), dq: r.b64uc(171), qi: r.b64uc(171) };
  add("keys", "Private RSA JWK (with d/p/q) signing tokens for the LLM gateway, in a JSON config sent via MCP config write",
    JSON.stringify({ jsonrpc: "2.0", id: 31, method: "tools/call", params: { name: "write_file", arguments: { path: "gateway/jwks.private.json", content: JSON.stringify({ keys: [jwk] }, null, 2) } } }));
}
add("keys", "Triton gRPC TLS private key (PKCS#8) in Helm values (German prose)",
  claude(`Der Triton-Pod startet nicht, TLS-Fehler. Hier sind meine values:\n\ntriton:\n  tls:\n    enabled: true\n    key: |\n${pkcs8Rsa(r).split("\n").map((l) => "      " + l).join("\n")}\n`));

// ---------------------------------------------------------------- credential files
add("ai", "Kaggle kaggle.json (username + key), written via tool_use",
  toolUse("write_file", { path: "/root/.kaggle/kaggle.json", content: JSON.stringify({ username: "ml_" + r.lo(6), key: r.hex(32) }) }));
add("ai", "Hugging Face cached token file (~/.cache/huggingface/token), bare value in MCP result",
  mcpResult(`$ cat ~/.cache/huggingface/token\n${hf()}\n$ ls ~/.cache/huggingface/hub | head -3\nmodels--meta-llama--Llama-3.1-8B-Instruct\nmodels--BAAI--bge-m3\ndatasets--allenai--c4`));
add("ai", "W&B .netrc entry for a self-hosted server (password field), echoed to the model",
  chat(`wandb keeps asking me to log in on the cluster; my ~/.netrc looks like this:\n\nmachine wandb.example.com\n  login user\n  password ${wb()}\n`));
add("cloud", "~/.aws/credentials with a SageMaker profile pasted into chat (French)",
  chat(`Le job SageMaker échoue avec InvalidClientTokenId. Voici mon fichier credentials :\n\n[default]\nregion = eu-west-1\n\n[sagemaker]\naws_access_key_id = ${akia()}\naws_secret_access_key = ${awsSecret()}\n`));
add("cloud", "DVC .dvc/config.local with S3 remote access/secret keys, via tool_use write_file",
  toolUse("write_file", { path: ".dvc/config.local", content: `['remote "storage"']\n    access_key_id = ${akia()}\n    secret_access_key = ${awsSecret()}\n` }));
add("cloud", "rclone.conf with Backblaze B2 account and key for dataset sync, in MCP result",
  mcpResult(`$ cat ~/.config/rclone/rclone.conf\n[b2-datasets]\ntype = b2\naccount = 00${r.hex(23)}\nkey = K0${r.dig(2)}${r.b64uc(27)}\nhard_delete = false\n`));
add("devtools", "pip.conf extra-index-url with user:password for a private wheel index",
  chat(`pip can't find our internal flash-attn wheels. pip.conf:\n\n[global]\nindex-url = https://pypi.example.org/simple\nextra-index-url = https://ml-wheels:${r.an(24)}@pypi.example.com/simple\ntrusted-host = pypi.example.com\n`));
add("devtools", ".pypirc with a PyPI API token (password field) for publishing the eval package",
  toolUse("write_file", { path: "/home/ci/.pypirc", content: `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${"py" + "pi-AgEIcHlwaS5vcmc" + r.b64uc(170)}\n` }));
add("devtools", "docker config.json auth for nvcr.io (base64 of $oauthtoken:nvapi-...), in chat",
  chat(`docker pull from NGC fails with unauthorized; ~/.docker/config.json:\n\n${JSON.stringify({ auths: { "nvcr.io": { auth: b64("$oauthtoken:" + nvapi()) } } }, null, 2)}`));
add("devtools", "~/.git-credentials line with a GitLab PAT for the model repo, in shell-history MCP result",
  mcpResult(`$ cat ~/.git-credentials\nhttps://oauth2:${"gl" + "pat-" + r.b64uc(20)}@gitlab.example.com\n`));
add("data", "Delta Sharing profile file with bearerToken, pasted into chat (Portuguese)",
  chat(`Não consigo ler a tabela compartilhada com delta_sharing.load_as_pandas. Perfil:\n\n${JSON.stringify({ shareCredentialsVersion: 1, bearerToken: r.b64uc(32), endpoint: "https://sharing.example.com/delta-sharing/", expirationTime: "2025-12-31T00:00:00.0Z" }, null, 2)}`));

// ---------------------------------------------------------------- other shapes
add("auth", "Jupyter Lab URL with ?token= pasted to the assistant",
  chat(`The server on the GPU node is up, can you open it and run the eval notebook?\n\n    http://gpu-03.example.net:8888/lab?token=${r.hex(48)}\n`));
add("ai", "W&B Basic auth header (base64 of api:<key>) in a curl -v dump",
  `> POST /graphql HTTP/2\n> Host: wandb.example.com\n> user-agent: curl/8.5.0\n> authorization: Basic ${b64("api:" + wb())}\n> content-type: application/json\n>\n< HTTP/2 200`);
add("auth", "MLflow tracking URI with user:password in the URL (Python notebook cell, Japanese prose)",
  claude(`MLflow にログが送られません。設定はこれです：\n\n\`\`\`python\nimport mlflow\nmlflow.set_tracking_uri("https://ci-runner:${r.pw(20)}@mlflow.example.com")\nmlflow.set_experiment("rag-ablation")\n\`\`\``));
add("ai", "git remote URL with an HF token as password, in zsh history",
  mcpResult(`: 1727000101:0;git lfs install\n: 1727000133:0;git remote set-url origin https://mchen:${hf()}@hub.example.com/acme/llama-3-8b-sft\n: 1727000150:0;git push origin main`));
add("ai", "vllm serve --api-key positional flag in an OpenAI tool call",
  JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: "call_" + r.an(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `vllm serve Qwen/Qwen2.5-7B-Instruct --port 8000 --api-key ${r.b64uc(32)} --max-model-len 16384` }) } }] }));
add("ai", "wandb login <key> positional argument in a CI log",
  `2024-10-11T02:01:09.882Z + pip install -q wandb==0.18.1\n2024-10-11T02:01:15.114Z + wandb login ${wb()}\n2024-10-11T02:01:16.020Z wandb: Appending key for api.wandb.example.com to your netrc file: /root/.netrc\n2024-10-11T02:01:16.530Z + python train.py --config configs/base.yaml`);
add("devtools", "ngrok config add-authtoken for exposing a Gradio demo (tool_use bash)",
  toolUse("bash", { command: `ngrok config add-authtoken 2${r.an(26)}_${r.an(21)} && ngrok http 7860` }));
add("cloud", "cloudflared tunnel run --token (base64 JSON with tunnel secret) for a notebook server",
  toolUse("bash", { command: `cloudflared tunnel run --token ${b64(JSON.stringify({ a: r.hex(32), t: r.uuid(), s: r.b64b(32) }))}` }));
add("ai", "Notebook output of os.environ dump (OpenAI key among other vars) uploaded as .ipynb",
  JSON.stringify({
    cells: [{ cell_type: "code", execution_count: 7, metadata: {}, source: ["import os\n", "os.environ"], outputs: [{ output_type: "execute_result", execution_count: 7, metadata: {}, data: { "text/plain": [`environ({'HOME': '/home/jovyan', 'CONDA_DEFAULT_ENV': 'base', 'OPENAI_API_KEY': '${oai()}', 'JUPYTER_SERVER_ROOT': '/home/jovyan', 'CUDA_VERSION': '12.4.1'})`] } }] }],
    metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5,
  }));
add("ai", "Weaviate docker-compose AUTHENTICATION_APIKEY_ALLOWED_KEYS, pasted in chat (Chinese)",
  chat(`Weaviate 开了 API key 认证之后客户端连不上，compose 文件如下：\n\nservices:\n  weaviate:\n    image: cr.weaviate.io/semitechnologies/weaviate:1.26.1\n    environment:\n      AUTHENTICATION_APIKEY_ENABLED: 'true'\n      AUTHENTICATION_APIKEY_ALLOWED_KEYS: '${r.an(32)},${r.an(32)}'\n      AUTHENTICATION_APIKEY_USERS: 'rag-app,eval-bot'\n`));
add("ai", "Qdrant config.yaml service.api_key, written via tool_use",
  toolUse("write_file", { path: "qdrant/config/production.yaml", content: `service:\n  host: 0.0.0.0\n  http_port: 6333\n  api_key: ${r.b64uc(40)}\n  read_only_api_key: ${r.b64uc(40)}\nstorage:\n  storage_path: /qdrant/storage\n` }));
add("ai", "OpenAI client traceback showing request headers dict with Bearer key (Russian prose)",
  chat(`Почему падает батч? Лог:\n\nDEBUG:openai._base_client:Request options: {'method': 'post', 'url': '/embeddings', 'headers': {'Authorization': 'Bearer ${oai()}', 'OpenAI-Project': 'proj_${r.an(24)}'}, 'json_data': {'input': [...], 'model': 'text-embedding-3-large'}}\nopenai.RateLimitError: Error code: 429`));
add("ai", "Kubernetes Secret data with base64-encoded HF_TOKEN (encoded value)",
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tgi-hf-token\n  namespace: inference\ntype: Opaque\ndata:\n  HF_TOKEN: ${b64(hf())}\n  MODEL_ID: ${b64("mistralai/Mistral-7B-Instruct-v0.3")}\n`);
add("ai", "git diff --staged of a notebook-derived script adding an Anthropic key, sent for review",
  claude(`review my staged changes before I commit:\n\ndiff --git a/eval/judge.py b/eval/judge.py\n@@ -1,6 +1,8 @@\n import anthropic\n+\n+client = anthropic.Anthropic(api_key="${"sk-" + "ant-api03-" + r.b64uc(93) + "AA"}")\n \n JUDGE_PROMPT = open("prompts/judge.txt").read()\n`));
add("auth", "sshpass -p password for a rented GPU box, in an OpenAI tool call",
  JSON.stringify({ id: "call_" + r.an(24), type: "function", function: { name: "terminal", arguments: JSON.stringify({ cmd: `sshpass -p '${r.pw(18)}' rsync -avz ./checkpoints/ root@gpu-box.example.net:/workspace/ckpt/` }) } }));
add("auth", "Label Studio sessionid cookie in a copied curl request",
  `curl 'https://labels.example.org/api/projects/12/export?exportType=JSON' \\\n  -H 'accept: application/json' \\\n  -H 'cookie: csrftoken=${r.an(32)}; sessionid=${r.lo(32)}' \\\n  --compressed`);
add("comms", "Telegram training-finished notifier, bot token in the Bot API path (via a proxy host)",
  `import requests\n\ndef notify(msg):\n    requests.post("https://tg-proxy.example.com/bot${r.pick(["6", "7"]) + r.dig(9)}:AA${r.b64uc(33)}/sendMessage", json={"chat_id": -100${r.dig(10)}, "text": msg})\n\nnotify("epoch 3 done, val_loss=1.284")`);
add("cloud", "GCS HMAC key pair in a boto3 client for the interoperability endpoint (Python)",
  `import boto3\ns3 = boto3.client(\n    "s3",\n    endpoint_url="https://storage.example.com",\n    aws_access_key_id="GOOG1E${r.up(55)}",\n    aws_secret_access_key="${r.str(40, B64)}",\n)\ns3.download_file("laion-subset", "shard-000017.tar", "/data/shard-000017.tar")`);
add("data", "SQLAlchemy engine URL with password in an R reticulate chunk (Italian prose)",
  chat(`Dal notebook R non riesco a collegarmi al feature store, ecco il chunk:\n\n\`\`\`r\nlibrary(DBI)\ncon <- dbConnect(RPostgres::Postgres(), host = "pg.example.com", dbname = "features", user = "analyst", password = "${r.pw(20)}")\n\`\`\``));
add("ai", "OpenRouter key in a promptfoo eval-harness YAML pasted into chat (Korean prose)",
  chat(`promptfoo 평가가 401로 실패합니다:\n\nproviders:\n  - id: openrouter:meta-llama/llama-3.1-70b-instruct\n    config:\n      apiKey: ${"sk-" + "or-v1-" + r.hex(64)}\n      temperature: 0\n`));
add("ai", "NVIDIA NGC key in an NGC CLI config file (~/.ngc/config), MCP result",
  mcpResult(`$ cat ~/.ngc/config\n[CURRENT]\napikey = ${nvapi()}\nformat_type = ascii\norg = ${r.lo(10)}\n`));

export const cases: CorpusCase[] = hand.map((h, i) => ({
  id: `y122-hk-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty122-sec-${h.g}`,
  label: "positive",
  text: h.text,
  note: h.note,
}));

