// heldout-y112: handcrafted positives (key material, credential files, multi-level escapes, diffs).
import type { CorpusCase } from "../types.ts";
import { ALNUM, b64, B32U, GENERIC, type Group, jwt, posCat, Rng } from "./_gen.ts";
import { ageSecret, BIP39_A, ecSec1, ed25519Pkcs8, opensshPrivate, pgpPrivate, ppk, rsaPkcs1, rsaPkcs8, sshEd25519Public } from "./_keys.ts";

const r = new Rng(0x79112e03);
const out: CorpusCase[] = [];
let n = 1;
function P(g: Group, provider: string, slot: string, context: string, text: string): void {
  out.push({ id: `y112-h-${String(n++).padStart(3, "0")}`, kind: "secrets", category: posCat(g), label: "positive", text, note: `${provider}; slot ${slot}; context: ${context}` });
}
const J = JSON.stringify;
const CL = "claude-sonnet-4-20250514";
const toolUseWrite = (path: string, content: string, ask: string): string => {
  const id = r.toolu();
  return J({ model: CL, max_tokens: 4096, messages: [{ role: "user", content: ask }, { role: "assistant", content: [{ type: "tool_use", id, name: "write_file", input: { path, content } }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "ok" }] }] });
};
const oaiToolCall = (name: string, args: Record<string, unknown>, ask: string): string => {
  const id = r.call();
  return J({ model: "gpt-4.1", messages: [{ role: "user", content: ask }, { role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name, arguments: J(args) } }] }] });
};
const anthToolResult = (command: string, output: string, ask: string): string => {
  const id = r.toolu();
  return J({ model: CL, max_tokens: 2048, messages: [{ role: "user", content: ask }, { role: "assistant", content: [{ type: "tool_use", id, name: "bash", input: { command } }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: output }] }] });
};
const mcpCall = (name: string, args: Record<string, unknown>): string => J({ jsonrpc: "2.0", id: r.range(2, 99), method: "tools/call", params: { name, arguments: args } });
const mcpResult = (text: string): string => J({ jsonrpc: "2.0", id: r.range(2, 99), result: { content: [{ type: "text", text }], isError: false } });

// ---- keys
P("keys", "RSA private key (PKCS#1)", "deploy/id_rsa file content", "Anthropic tool_use write_file (one level)", toolUseWrite("deploy/id_rsa", rsaPkcs1(r), "put the deploy key in place so the CI job can clone"));
P("keys", "EC P-256 private key (SEC1)", "certs/server.key file content", "MCP tools/call write_file", mcpCall("write_file", { path: "certs/server.key", content: ecSec1(r) }));
P("keys", "OpenSSH ed25519 private key", "~/.ssh/id_ed25519 in tool_result", "Anthropic tool_result of `cat ~/.ssh/id_ed25519`", anthToolResult("cat ~/.ssh/id_ed25519", opensshPrivate(r, "dev@laptop"), "why does git push say permission denied?"));
P("keys", "PGP private key block", "release-signing.asc", "Gemini functionResponse read_file", J({ contents: [{ role: "user", parts: [{ text: "import the release signing key into the keyring step" }] }, { role: "model", parts: [{ functionCall: { name: "read_file", args: { path: "keys/release-signing.asc" } } }] }, { role: "user", parts: [{ functionResponse: { name: "read_file", response: { content: pgpPrivate(r) } } }] }] }));
P("keys", "age secret key", "SOPS_AGE_KEY in memory fact", "agent memory store upsert", J({ agent_id: "agt_" + r.lo(12), namespace: "project/infra", items: [{ key: "sops_setup", value: `decrypt secrets with SOPS_AGE_KEY=${ageSecret(r)} exported before running sops -d` }] }));
{
  const conf = `[Interface]\nPrivateKey = ${r.b64bytes(32)}\nAddress = 10.8.0.${r.range(2, 250)}/32\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ${r.b64bytes(32)}\nEndpoint = vpn.example.com:51820\nAllowedIPs = 0.0.0.0/0\nPersistentKeepalive = 25\n`;
  const id = "tooluse_" + r.u(22);
  P("keys", "WireGuard interface private key", "[Interface] PrivateKey", "Bedrock Converse toolUse write_file wg0.conf", J({ messages: [{ role: "user", content: [{ text: "configure the VPN on the build box" }] }, { role: "assistant", content: [{ toolUse: { toolUseId: id, name: "write_file", input: { path: "/etc/wireguard/wg0.conf", content: conf } } }] }] }));
}
P("keys", "Ed25519 private key (PKCS#8)", "LangSmith tool input", "LangSmith run ingest", J({ post: [{ id: r.uuid(), trace_id: r.uuid(), name: "write_file", run_type: "tool", inputs: { path: "keys/jwt-signing.pem", content: ed25519Pkcs8(r) }, outputs: { output: "written" }, start_time: r.iso() }] }));
P("keys", "Ethereum private key", "forge --private-key / DEPLOYER_PRIVATE_KEY", "OpenAI tool_calls run_shell inline env (escaped twice)", oaiToolCall("run_shell", { command: `DEPLOYER_PRIVATE_KEY=0x${r.hex(64)} forge script script/Deploy.s.sol --rpc-url https://rpc.example.org --broadcast` }, "deploy the contract to mainnet"));
P("keys", "EC private JWK (d parameter)", "config/jwks.private.json", "OpenAI tool_calls write_file JSON (escaped three levels)", oaiToolCall("write_file", { path: "config/jwks.private.json", content: J({ keys: [{ kty: "EC", crv: "P-256", kid: r.hex(16), use: "sig", alg: "ES256", x: r.u(43), y: r.u(43), d: r.u(43) }] }, null, 2) }, "generate the signing key file for the auth service"));
P("keys", "PuTTY private key (PPK v3)", "deploy.ppk pasted", "Ollama /api/chat user message", J({ model: "llama3.1:8b", messages: [{ role: "user", content: `convert this putty key to openssh format please:\n\n${ppk(r, "deploy@winbox")}` }], stream: false }));
P("keys", "RSA private key (PKCS#1) JSON-escaped in .env", "GITHUB_APP_PRIVATE_KEY", "OpenAI chat body, user pastes .env", J({ model: "gpt-4o-2024-08-06", messages: [{ role: "user", content: `my github app can't authenticate, env:\n\nGITHUB_APP_ID=${r.dig(6)}\nGITHUB_APP_PRIVATE_KEY="${rsaPkcs1(r).replace(/\n/g, "\\n")}"\n` }] }));
{
  const bytes = Array.from(r.bytes(64)).join(",");
  P("keys", "Solana keypair file (64-byte secret)", "~/.config/solana/id.json", "MCP tools/call result text", mcpResult(`$ cat ~/.config/solana/id.json\n[${bytes}]\n`));
}
{
  const words = Array.from({ length: 12 }, () => r.pick(BIP39_A)).join(" ");
  P("keys", "BIP-39 wallet mnemonic", "MNEMONIC", "OpenAI tool_calls run_shell export (escaped twice)", oaiToolCall("run_shell", { command: `export MNEMONIC="${words}" && npx hardhat run scripts/fund.ts --network mainnet` }, "fund the hot wallet"));
}
{
  const sa = { type: "service_account", project_id: "acme-prod-4821", private_key_id: r.hex(40), private_key: rsaPkcs8(r), client_email: "deployer@acme-prod-4821.iam.gserviceaccount.com", client_id: r.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token", auth_provider_x509_cert_url: "https://www.googleapis.com/oauth2/v1/certs", client_x509_cert_url: "https://www.googleapis.com/robot/v1/metadata/x509/deployer%40acme-prod-4821.iam.gserviceaccount.com", universe_domain: "googleapis.com" };
  P("keys", "GCP service-account key JSON (PKCS#8 RSA)", "gcp-sa.json private_key", "OpenAI tool_calls write_file (escaped three levels)", oaiToolCall("write_file", { path: "secrets/gcp-sa.json", content: J(sa, null, 2) }, "save the service account so terraform can use it"));
}
// ---- credential files
P("devtools", "npm token in .npmrc", "//registry.npmjs.org/:_authToken", "Anthropic tool_use write_file .npmrc", toolUseWrite(".npmrc", `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${["np", "m_"].join("")}${r.a(36)}\nalways-auth=true\n`, "set up publishing for the package"));
P("devtools", "Docker Hub PAT in docker config.json auths (base64 user:token)", "auths.auth", "MCP tools/call result text", mcpResult(J({ auths: { "https://index.docker.io/v1/": { auth: b64(`acmebot:${["dck", "r_pat_"].join("")}${r.u(27)}`) } } }, null, 2)));
P("auth", "machine password in .netrc", ".netrc password", "OpenAI tool_calls write_file (escaped twice)", oaiToolCall("write_file", { path: "/home/runner/.netrc", content: `machine api.example.com\n  login deploy-bot\n  password ${r.pw(22)}\n` }, "let curl authenticate without prompting"));
P("data", "PostgreSQL password in .pgpass", ".pgpass line", "Anthropic tool_result of `cat ~/.pgpass`", anthToolResult("cat ~/.pgpass", `db-prod.example.com:5432:*:reporting:${r.pw(20)}\nlocalhost:5432:*:postgres:postgres\n`, "why does psql still prompt for a password?"));
P("devtools", "private index credentials in pip.conf", "extra-index-url userinfo", "MCP tools/call write_file", mcpCall("write_file", { path: "/etc/pip.conf", content: `[global]\nindex-url = https://pypi.org/simple\nextra-index-url = https://ci-reader:${r.a(32)}@pypi.example.com/simple/\n` }));
P("devtools", "GitHub App installation token in git credential store", "~/.git-credentials", "Vercel AI SDK tool-invocation result", J({ id: "chat_" + r.a(16), messages: [{ id: r.a(16), role: "assistant", parts: [{ type: "tool-invocation", toolInvocation: { state: "result", toolCallId: r.call(), toolName: "bash", args: { command: "cat ~/.git-credentials" }, result: { stdout: `https://x-access-token:${["gh", "s_"].join("")}${r.a(36)}@github.com\n`, exitCode: 0 } } }] }] }));
{
  const key = ["sk", "_live_"].join("") + "51" + r.a(97);
  const diff = `diff --git a/config/payments.py b/config/payments.py\nindex ${r.hex(7)}..${r.hex(7)} 100644\n--- a/config/payments.py\n+++ b/config/payments.py\n@@ -1,5 +1,5 @@\n import os\n \n-STRIPE_SECRET_KEY = "${key}"\n+STRIPE_SECRET_KEY = os.environ["STRIPE_SECRET_KEY"]\n STRIPE_API_VERSION = "2024-06-20"\n`;
  P("payment", "Stripe live secret key (removed line of a diff)", "STRIPE_SECRET_KEY", "OpenAI chat body, git diff sent for review", J({ model: "gpt-4.1", messages: [{ role: "system", content: "You are a code reviewer." }, { role: "user", content: `Review this cleanup diff:\n\n${diff}` }] }));
}
{
  const v = ["sk-", "proj-"].join("") + r.u(74) + ["T3Blbk", "FJ"].join("") + r.u(74);
  const id = r.toolu();
  P("ai", "OpenAI project key base64 in k8s Secret data", "data.OPENAI_API_KEY (base64)", "Anthropic tool_use write_file manifest", J({ model: CL, max_tokens: 4096, messages: [{ role: "assistant", content: [{ type: "tool_use", id, name: "write_file", input: { path: "k8s/secret.yaml", content: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: llm-keys\ntype: Opaque\ndata:\n  OPENAI_API_KEY: ${b64(v)}\n  MODEL: ${b64("gpt-4.1")}\n` } }] }] }));
}
P("auth", "HTTP Basic credentials (base64 user:password)", "Authorization: Basic", "OpenAI tool_calls run_shell curl (escaped twice)", oaiToolCall("run_shell", { command: `curl -sS -H 'Authorization: Basic ${b64(`admin:${r.pw(18)}`)}' https://grafana.example.com/api/dashboards/home` }, "grab the home dashboard json"));
P("devtools", "GitLab PAT in git remote URL", "https://oauth2:<token>@ remote", "MCP tools/call run_command", mcpCall("run_command", { command: `git remote set-url origin https://oauth2:${["gl", "pat-"].join("")}${r.u(20)}@gitlab.example.com/acme/api.git && git push origin main` }));
{
  const sec = r.u(40);
  const id = r.toolu();
  P("auth", "OAuth client secret in form-encoded token request", "client_secret form field", "Anthropic tool_use http_request body", J({ model: CL, max_tokens: 1024, messages: [{ role: "assistant", content: [{ type: "tool_use", id, name: "http_request", input: { method: "POST", url: "https://auth.example.com/oauth/token", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: `grant_type=client_credentials&client_id=${r.a(20)}&client_secret=${encodeURIComponent(sec + "~+/")}&audience=https%3A%2F%2Fapi.example.com` } }] }] }));
}
{
  const compose = `services:\n  shop:\n    image: registry.example.com/shop:4.2\n    environment:\n      PAYSTACK_SECRET_KEY: ${["sk", "_live_"].join("")}${r.hex(40)}\n      TELEGRAM_BOT_TOKEN: ${r.dig(10)}:AA${r.u(33)}\n      REDIS_URL: redis://redis:6379\n`;
  P("payment", "Paystack secret key + Telegram bot token in one compose file", "environment map", "Gemini generateContent user text", J({ contents: [{ role: "user", parts: [{ text: `add a healthcheck to this compose file:\n\n${compose}` }] }] }));
}
P("cloud", "AWS credentials file (INI)", "~/.aws/credentials", "MCP tools/call result text", mcpResult(`[default]\naws_access_key_id = ${["AK", "IA"].join("")}${r.str(16, B32U)}\naws_secret_access_key = ${r.str(40, ALNUM + "/+")}\nregion = us-east-2\n\n[readonly]\nrole_arn = arn:aws:iam::123456789012:role/ReadOnly\nsource_profile = default\n`));
{
  const url = `https://hooks.slack.com/services/T${r.up(10)}/B${r.up(10)}/${r.a(24)}`;
  const log = { run: r.uuid(), events: [{ type: "tool_call", tool: "shell", arguments: J({ command: `curl -X POST -H 'Content-type: application/json' --data '{"text":"deploy done"}' ${url}` }) }] };
  P("comms", "Slack incoming webhook URL", "curl target URL", "Anthropic body quoting agent JSON log (escaped three levels)", J({ model: CL, max_tokens: 1024, messages: [{ role: "user", content: `what did this run do?\n${J(log, null, 2)}` }] }));
}
{
  const nb = { cells: [{ cell_type: "code", execution_count: 1, metadata: {}, outputs: [], source: ["import anthropic\n", `client = anthropic.Anthropic(api_key="${["sk-", "ant-", "api03-"].join("")}${r.u(93)}AA")\n`] }], metadata: { kernelspec: { name: "python3", display_name: "Python 3" } }, nbformat: 4, nbformat_minor: 5 };
  P("ai", "Anthropic API key in notebook source", "anthropic.Anthropic(api_key=...)", "OpenAI tool_calls write_file .ipynb (escaped three levels)", oaiToolCall("write_file", { path: "notebooks/eval.ipynb", content: J(nb, null, 1) }, "save the eval notebook"));
}
P("ai", "Groq API key in LangChain callback invocation_params", "invocation_params.api_key", "LangChain tracer run update", J({ id: r.uuid(), run_type: "llm", name: "ChatGroq", extra: { invocation_params: { model: "llama-3.3-70b-versatile", temperature: 0, api_key: ["gs", "k_"].join("") + r.a(52), _type: "groq-chat" } }, inputs: { messages: [[{ type: "human", content: "summarise the ticket" }]] } }));
P("data", "database password in Terraform state", "resources[].instances[].attributes.password", "Anthropic messages body, user pastes terraform.tfstate", J({ model: CL, max_tokens: 4096, messages: [{ role: "user", content: `state drift? here's the relevant part of terraform.tfstate:\n${J({ version: 4, resources: [{ mode: "managed", type: "aws_db_instance", name: "main", instances: [{ attributes: { identifier: "orders-prod", username: "orders_admin", password: r.pw(24), endpoint: "orders-prod.abc123.example.com:5432" }, sensitive_attributes: [] }] }] }, null, 2)}` }] }));
P("auth", "session cookie (signed JWT) in captured request", "Cookie: session=", "MCP tools/call fetch headers", mcpCall("fetch", { url: "https://admin.example.com/api/users?page=2", headers: { Cookie: `session=${jwt(r, { sub: r.dig(7), role: "admin", iat: 1754100000, exp: 1754186400 })}; theme=dark` } }));
P("cloud", "Azure Storage account key", "AccountKey in az CLI flag", "OpenAI tool_calls run_shell (escaped twice)", oaiToolCall("run_shell", { command: `az storage blob upload --account-name acmeassets --account-key '${r.b64bytes(64)}' -c public -f dist/app.js -n app.js` }, "upload the bundle"));
P("comms", "Discord webhook URL in agent memory", "notify_webhook", "agent scratchpad JSON", J({ session: r.uuid(), scratchpad: { plan: ["build", "test", "notify"], notify_webhook: `https://discord.com/api/webhooks/${r.dig(19)}/${r.u(68)}`, done: ["build"] } }));
{
  const generic = GENERIC.find((g) => g.name.startsWith("AutoGen"))!;
  P("saas", "Shopify Admin API token", "SHOPIFY_ACCESS_TOKEN", generic.name, generic.fn({ p: "Shopify", env: "SHOPIFY_ACCESS_TOKEN", value: ["shp", "at_"].join("") + r.hex(32), extra: [["SHOPIFY_STORE", "acme-store.myshopify.com"]] }, r));
}

export const cases: CorpusCase[] = out;
