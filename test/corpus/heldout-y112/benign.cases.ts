// heldout-y112: benign look-alikes in the same agent envelopes (ids, digests, public keys,
// references to secret stores, masks, placeholders, encrypted blobs). No value below is a secret.
import type { CorpusCase } from "../types.ts";
import { B32U, b64, BENIGN_CAT, buildRotated, Rng, type Spec } from "./_gen.ts";
import { agePublic, edPubBlob, pemCert, pemPublic, sshEd25519Public } from "./_keys.ts";

const r = new Rng(0x79112f04);
const b = (p: string, env: string, make: (r: Rng) => string, hdr?: [string, string]): Spec => (hdr ? { p, g: "keys", env, make, hdr } : { p, g: "keys", env, make });
const sopsEnc = (r: Rng): string => `ENC[AES256_GCM,data:${r.b64bytes(r.range(30, 60))},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]`;

const specs: Spec[] = [
  b("git commit SHA", "GIT_COMMIT_SHA", (r) => r.hex(40)),
  b("git commit SHA (Heroku-style SOURCE_VERSION)", "SOURCE_VERSION", (r) => r.hex(40)),
  b("container image digest", "IMAGE_DIGEST", (r) => "sha256:" + r.hex(64)),
  b("artifact SHA-256 checksum", "ARTIFACT_SHA256", (r) => r.hex(64)),
  b("W3C trace id", "TRACE_ID", (r) => r.hex(32), ["X-Trace-Id", ""]),
  b("request id UUID", "REQUEST_ID", (r) => r.uuid(), ["X-Request-Id", ""]),
  b("idempotency key UUID", "IDEMPOTENCY_KEY", (r) => r.uuid(), ["Idempotency-Key", ""]),
  b("traceparent header", "TRACEPARENT", (r) => `00-${r.hex(32)}-${r.hex(16)}-01`, ["traceparent", ""]),
  b("GitHub Actions secrets reference", "OPENAI_API_KEY", () => "${{ secrets.OPENAI_API_KEY }}"),
  b("1Password secret reference", "ANTHROPIC_API_KEY", () => "op://Engineering/Anthropic API/credential"),
  b("Vault path reference", "STRIPE_SECRET_KEY", () => "vault:secret/data/payments/stripe#secret_key"),
  b("AWS Secrets Manager ARN", "DB_PASSWORD_SECRET_ARN", (r) => `arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db/password-${r.a(6)}`),
  b("shell variable reference", "GITHUB_TOKEN", () => "${GITHUB_TOKEN}"),
  b("Azure Key Vault reference", "SENDGRID_API_KEY", () => "@Microsoft.KeyVault(VaultName=kv-prod-weu;SecretName=sendgrid-api-key)"),
  b("GCP Secret Manager resource name", "SLACK_BOT_TOKEN_SECRET", () => "projects/acme-prod/secrets/slack-bot-token/versions/latest"),
  b("Doppler/SSM style reference", "DATABASE_URL", () => "ssm:/app/prod/DATABASE_URL"),
  b("masked key (prefix + last four)", "OPENAI_API_KEY", (r) => "sk-proj-" + "*".repeat(24) + r.a(4)),
  b("fully masked value", "AWS_SECRET_ACCESS_KEY", () => "*".repeat(40)),
  b("redacted marker", "STRIPE_SECRET_KEY", () => "[REDACTED]"),
  b("angle-bracket placeholder", "ANTHROPIC_API_KEY", () => "<your-anthropic-api-key>"),
  b("upper-case placeholder", "SENDGRID_API_KEY", () => "YOUR_SENDGRID_API_KEY_HERE"),
  b("x-filled placeholder", "GITHUB_TOKEN", () => "ghp_" + "x".repeat(36)),
  b("SOPS-encrypted value", "DD_API_KEY", sopsEnc),
  b("SOPS-encrypted value", "DATABASE_PASSWORD", sopsEnc),
  b("Vault transit ciphertext", "PAYLOAD_CIPHERTEXT", (r) => "vault:v1:" + r.b64bytes(48)),
  b("SSH ed25519 public key", "DEPLOY_PUBLIC_KEY", (r) => sshEd25519Public(r, "ci@example.com")),
  b("Ethereum address", "TREASURY_WALLET_ADDRESS", (r) => "0x" + r.hex(40)),
  b("age recipient (public key)", "SOPS_AGE_RECIPIENTS", agePublic),
  b("WireGuard peer public key", "WG_PEER_PUBLIC_KEY", (r) => r.b64bytes(32)),
  b("Anthropic message id", "LAST_MESSAGE_ID", (r) => r.msgId()),
  b("Anthropic tool_use id", "PENDING_TOOL_USE_ID", (r) => r.toolu()),
  b("OpenAI chat completion id", "COMPLETION_ID", (r) => r.chatcmpl()),
  b("OpenAI tool call id", "TOOL_CALL_ID", (r) => r.call()),
  b("OpenAI response id", "PREVIOUS_RESPONSE_ID", (r) => "resp_" + r.hex(48)),
  b("OpenAI assistant id", "ASSISTANT_ID", (r) => "asst_" + r.a(24)),
  b("OpenAI vector store id", "VECTOR_STORE_ID", (r) => "vs_" + r.a(24)),
  b("OpenAI file id", "TRAINING_FILE_ID", (r) => "file-" + r.a(22)),
  b("OpenAI organization id", "OPENAI_ORG_ID", (r) => "org-" + r.a(24)),
  b("Stripe customer id", "STRIPE_CUSTOMER_ID", (r) => "cus_" + r.a(14)),
  b("Stripe price id", "STRIPE_PRICE_ID", (r) => "price_1" + r.a(23)),
  b("Azure tenant id", "AZURE_TENANT_ID", (r) => r.uuid()),
  b("GCP project number", "GCP_PROJECT_NUMBER", (r) => r.dig(12)),
  b("Sentry release name", "SENTRY_RELEASE", (r) => "web@" + r.hex(40)),
  b("npm lockfile integrity", "LOCKFILE_INTEGRITY", (r) => "sha512-" + r.b64bytes(64)),
  b("CI cache key", "CACHE_KEY", (r) => "node-modules-Linux-" + r.hex(64)),
  b("CSP script hash", "CSP_SCRIPT_HASH", (r) => "sha256-" + r.b64bytes(32)),
  b("KMS key ARN (identifier)", "KMS_KEY_ARN", (r) => `arn:aws:kms:us-east-1:123456789012:key/${r.uuid()}`),
  b("TLS certificate SHA-256 fingerprint", "CERT_FINGERPRINT", (r) => Array.from({ length: 32 }, () => r.HEX(2)).join(":")),
  b("GPG key fingerprint", "GPG_SIGNING_KEY_FINGERPRINT", (r) => r.HEX(40)),
  b("HTTP ETag", "ETAG", (r) => `W/"${r.hex(32)}"`, ["If-None-Match", ""]),
  b("Hugging Face model revision", "MODEL_REVISION", (r) => r.hex(40)),
  b("pinned image reference", "WORKER_IMAGE", (r) => "registry.example.com/worker@sha256:" + r.hex(64)),
  b("Ethereum transaction hash", "LAST_TX_HASH", (r) => "0x" + r.hex(64)),
  b("Solana transaction signature", "TX_SIGNATURE", (r) => r.b58(88)),
  b("IAM user unique id", "AWS_CALLER_USER_ID", (r) => "AIDA" + r.str(17, B32U)),
  b("correlation id", "CORRELATION_ID", (r) => r.uuid()),
];

const rotated = buildRotated(specs, r, { idPrefix: "y112-b", category: () => BENIGN_CAT, label: "benign", offset: 5 });

// ---- handcrafted benign envelopes
const hand: CorpusCase[] = [];
let n = 1;
function B(what: string, context: string, text: string): void {
  hand.push({ id: `y112-bk-${String(n++).padStart(3, "0")}`, kind: "secrets", category: BENIGN_CAT, label: "benign", text, note: `benign: ${what}; context: ${context}` });
}
const J = JSON.stringify;
const CL = "claude-3-7-sonnet-20250219";
const anthToolResult = (command: string, output: string, ask: string): string => {
  const id = r.toolu();
  return J({ model: CL, max_tokens: 2048, messages: [{ role: "user", content: ask }, { role: "assistant", content: [{ type: "tool_use", id, name: "bash", input: { command } }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: output }] }] });
};
const oaiToolCall = (name: string, args: Record<string, unknown>, result: string): string => {
  const id = r.call();
  return J({ model: "gpt-4.1", messages: [{ role: "assistant", content: null, tool_calls: [{ id, type: "function", function: { name, arguments: J(args) } }] }, { role: "tool", tool_call_id: id, content: result }] });
};
const mcpResult = (text: string): string => J({ jsonrpc: "2.0", id: r.range(2, 99), result: { content: [{ type: "text", text }], isError: false } });
const mcpCall = (name: string, args: Record<string, unknown>): string => J({ jsonrpc: "2.0", id: r.range(2, 99), method: "tools/call", params: { name, arguments: args } });

B("short and full git SHAs", "Anthropic tool_result of git log", anthToolResult("git log --format='%H %an %s' -5", Array.from({ length: 5 }, () => `${r.hex(40)} ${r.pick(["Ana", "Bo", "Chen", "Dee"])} ${r.pick(["fix: retry on 429", "chore: bump deps", "feat: add export", "docs: readme"])}`).join("\n") + "\n", "what changed since yesterday?"));
B("sha256sum output", "OpenAI tool_calls + tool message", oaiToolCall("run_shell", { command: "sha256sum dist/*.tar.gz" }, Array.from({ length: 3 }, (_, i) => `${r.hex(64)}  dist/agent-${i + 1}.4.0-linux-${["amd64", "arm64", "riscv64"][i]}.tar.gz`).join("\n")));
B("tool schema with an api_key property (no value)", "MCP tools/list result", J({ jsonrpc: "2.0", id: 1, result: { tools: [{ name: "search_issues", description: "Search the tracker", inputSchema: { type: "object", properties: { query: { type: "string" }, api_key: { type: "string", description: "Optional override; defaults to the server's configured key" } }, required: ["query"] } }] } }));
B("LangChain serialized secret reference", "LangChain run inputs (serialized ChatOpenAI)", J({ id: r.uuid(), run_type: "llm", serialized: { lc: 1, type: "constructor", id: ["langchain", "chat_models", "openai", "ChatOpenAI"], kwargs: { model_name: "gpt-4o", temperature: 0, openai_api_key: { lc: 1, type: "secret", id: ["OPENAI_API_KEY"] } } } }));
B("k8s secretKeyRef env", "Anthropic tool_use write_file deployment.yaml", J({ model: CL, max_tokens: 4096, messages: [{ role: "assistant", content: [{ type: "tool_use", id: r.toolu(), name: "write_file", input: { path: "k8s/deployment.yaml", content: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api@sha256:" + r.hex(64) + "\n          env:\n            - name: STRIPE_SECRET_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: payments\n                  key: stripe-secret-key\n" } }] }] }));
B("GitHub Actions secrets references", "MCP tools/call create_or_update_file", mcpCall("create_or_update_file", { owner: "acme", repo: "api", path: ".github/workflows/release.yml", branch: "main", message: "ci: release", content: "name: release\non: [push]\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n      NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n      SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}\n    steps:\n      - uses: actions/checkout@" + r.hex(40) + "\n      - run: npm publish\n" }));
B(".env.example placeholders", "Anthropic tool_use write_file", J({ model: CL, max_tokens: 2048, messages: [{ role: "assistant", content: [{ type: "tool_use", id: r.toolu(), name: "write_file", input: { path: ".env.example", content: "OPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=\nDATABASE_URL=postgres://localhost:5432/app_dev\nSTRIPE_SECRET_KEY=sk_live_xxx\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ\n" } }] }] }));
B("masked printenv output", "OpenAI chat user paste", J({ model: "gpt-4.1-mini", messages: [{ role: "user", content: `our wrapper masks secrets, looks right?\n\nOPENAI_API_KEY=sk-p…${r.a(4)} (redacted, 164 chars)\nGITHUB_TOKEN=gh*_****************\nDATABASE_URL=postgres://app:****@db.example.com:5432/app\n` }] }));
B("docker pull digests", "MCP tool result text", mcpResult(`latest: Pulling from library/node\n${r.hex(12)}: Pull complete\n${r.hex(12)}: Pull complete\nDigest: sha256:${r.hex(64)}\nStatus: Downloaded newer image for node:20-slim\n`));
B("package-lock integrity in diff", "OpenAI chat diff review", J({ model: "gpt-4.1", messages: [{ role: "user", content: `review the lockfile bump:\n\n--- a/package-lock.json\n+++ b/package-lock.json\n@@ -812,9 +812,9 @@\n     "node_modules/undici": {\n-      "version": "6.19.2",\n-      "resolved": "https://registry.npmjs.org/undici/-/undici-6.19.2.tgz",\n-      "integrity": "sha512-${r.b64bytes(64)}",\n+      "version": "6.21.1",\n+      "resolved": "https://registry.npmjs.org/undici/-/undici-6.21.1.tgz",\n+      "integrity": "sha512-${r.b64bytes(64)}",\n` }] }));
B("go.sum hashes", "Ollama chat paste", J({ model: "qwen2.5-coder:14b", messages: [{ role: "user", content: `why does go mod verify fail?\n\ngithub.com/google/uuid v1.6.0 h1:${r.b64bytes(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:${r.b64bytes(32)}\ngolang.org/x/net v0.30.0 h1:${r.b64bytes(32)}\n` }], stream: false }));
B("ssh key fingerprint + authorized_keys public key", "Anthropic tool_result", anthToolResult("ssh-keygen -lf ~/.ssh/id_ed25519.pub && cat ~/.ssh/authorized_keys", `256 SHA256:${r.b64bytes(32).replace(/=+$/, "")} dev@laptop (ED25519)\n${sshEd25519Public(r, "dev@laptop")}\n${sshEd25519Public(r, "ci@example.com")}\n`, "which key is the CI box using?"));
B("PEM certificate chain", "Gemini generateContent user text", J({ contents: [{ role: "user", parts: [{ text: `nginx says "certificate verify failed", chain:\n\n${pemCert(r)}${pemCert(r)}` }] }] }));
B("JWKS public keys (n, e only)", "MCP tool result", mcpResult(J({ keys: [{ kty: "RSA", use: "sig", alg: "RS256", kid: r.hex(40), n: r.u(342), e: "AQAB" }, { kty: "RSA", use: "sig", alg: "RS256", kid: r.hex(40), n: r.u(342), e: "AQAB" }] }, null, 2)));
B("PEM public key in config", "OpenAI tool_calls write_file (escaped twice)", oaiToolCall("write_file", { path: "config/jwt_public.pem", content: pemPublic(r) }, "ok"));
B("terraform plan with sensitive markers", "Anthropic user paste", J({ model: CL, max_tokens: 2048, messages: [{ role: "user", content: `is this plan safe?\n\n  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "orders-prod"\n      ~ password = (sensitive value)\n        tags     = {}\n    }\n\n  # aws_secretsmanager_secret_version.api will be created\n  + resource "aws_secretsmanager_secret_version" "api" {\n      + arn           = (known after apply)\n      + secret_string = (sensitive value)\n      + version_id    = (known after apply)\n    }\n` }] }));
B("SOPS-encrypted YAML with metadata", "Anthropic tool_use apply_patch", J({ model: CL, max_tokens: 2048, messages: [{ role: "assistant", content: [{ type: "tool_use", id: r.toolu(), name: "apply_patch", input: { patch: `--- /dev/null\n+++ b/secrets/prod.enc.yaml\n@@ -0,0 +1,14 @@\n+stripe_secret_key: ENC[AES256_GCM,data:${r.b64bytes(75)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]\n+db_password: ENC[AES256_GCM,data:${r.b64bytes(24)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]\n+sops:\n+    age:\n+        - recipient: ${agePublic(r)}\n+          enc: |\n+            -----BEGIN AGE ENCRYPTED FILE-----\n+            ${r.b64bytes(48)}\n+            ${r.b64bytes(48)}\n+            -----END AGE ENCRYPTED FILE-----\n+    lastmodified: "2025-06-02T10:11:12Z"\n+    mac: ENC[AES256_GCM,data:${r.b64bytes(64)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]\n+    version: 3.9.1\n` } }] }] }));
B("ansible-vault encrypted vars", "OpenAI chat user paste", J({ model: "gpt-4o-2024-08-06", messages: [{ role: "user", content: `ansible says "Decryption failed", file is:\n\n$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 6 }, () => r.hex(80)).join("\n")}\n` }] }));
B("SealedSecret encryptedData", "Anthropic tool_use write_file", J({ model: CL, max_tokens: 2048, messages: [{ role: "assistant", content: [{ type: "tool_use", id: r.toolu(), name: "write_file", input: { path: "k8s/sealed.yaml", content: `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\nspec:\n  encryptedData:\n    OPENAI_API_KEY: AgB${r.b64(600)}==\n` } }] }] }));
B("chatcmpl ids and system_fingerprint", "agent replaying previous completions", J({ history: [{ id: r.chatcmpl(), object: "chat.completion", created: 1754300000, model: "gpt-4o-2024-08-06", system_fingerprint: "fp_" + r.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 4, total_tokens: 816 } }] }));
B("msg_/toolu_ ids in memory", "agent memory store", J({ agent_id: "agt_" + r.lo(12), items: [{ key: "last_turn", value: { message_id: r.msgId(), tool_use_ids: [r.toolu(), r.toolu()], stop_reason: "tool_use" } }] }));
B("LangSmith run ids and dotted_order", "LangSmith run ingest", (() => { const t = r.uuid(); return J({ post: [{ id: t, trace_id: t, dotted_order: `20250611T101112000000Z${t}`, name: "RunnableSequence", run_type: "chain", inputs: { question: "how do I rotate an API key?" }, outputs: { output: "Use the dashboard: Settings → API keys → Rotate." } }] }); })());
B("OTLP span ids", "OTel span export", J({ resourceSpans: [{ resource: { attributes: [{ key: "service.name", value: { stringValue: "agent" } }] }, scopeSpans: [{ spans: [{ traceId: r.hex(32), spanId: r.hex(16), parentSpanId: r.hex(16), name: "tools/call write_file", kind: 3, startTimeUnixNano: "1754300000000000000", endTimeUnixNano: "1754300000350000000" }] }] }] }));
B("diff replacing a placeholder with an env lookup", "OpenAI chat diff review", J({ model: "gpt-4.1", messages: [{ role: "user", content: `review:\n\n--- a/app/settings.py\n+++ b/app/settings.py\n@@ -3,3 +3,3 @@\n-API_KEY = "REPLACE_ME"\n+API_KEY = os.environ["API_KEY"]\n TIMEOUT = 30\n` }] }));
B("Cargo.lock checksums", "MCP tool result", mcpResult(`[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.hex(64)}"\n`));
B("aws sts get-caller-identity output", "Anthropic tool_result", anthToolResult("aws sts get-caller-identity", J({ UserId: "AIDA" + r.str(17, B32U), Account: "123456789012", Arn: "arn:aws:iam::123456789012:user/ci-deployer" }, null, 4), "which identity is the agent using?"));
B("az account show output", "OpenAI tool message", oaiToolCall("run_shell", { command: "az account show" }, J({ environmentName: "AzureCloud", id: r.uuid(), isDefault: true, name: "Prod", state: "Enabled", tenantId: r.uuid(), user: { name: "ci@example.com", type: "user" } }, null, 2)));
B("MCP initialize with session id", "MCP streamable HTTP request", `POST /mcp HTTP/1.1\nHost: tools.example.com\nContent-Type: application/json\nMcp-Session-Id: ${r.uuid()}\n\n${J({ jsonrpc: "2.0", id: 0, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: { roots: { listChanged: true } }, clientInfo: { name: "agent", version: "1.4.2" } } })}`);
B("base64 PNG image block", "Anthropic image content", J({ model: CL, max_tokens: 1024, messages: [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgoAAAANSUhEUgAA" + r.b64(900) + "AAAAAElFTkSuQmCC" } }, { type: "text", text: "what does this error dialog say?" }] }] }));
B("prose about API keys, no key", "OpenAI embeddings request", J({ model: "text-embedding-3-small", input: ["How to rotate your API key: open Settings, choose API keys, click Rotate, then update OPENAI_API_KEY in your deployment.", "Never commit a secret key; use a secret manager reference instead."] }));
B("vercel env ls output (names only)", "Vercel AI SDK tool-invocation result", J({ id: "chat_" + r.a(16), messages: [{ id: r.a(16), role: "assistant", parts: [{ type: "tool-invocation", toolInvocation: { state: "result", toolCallId: r.call(), toolName: "bash", args: { command: "vercel env ls production" }, result: { stdout: " name                 value       environments   created\n OPENAI_API_KEY       Encrypted   Production     12d ago\n DATABASE_URL         Encrypted   Production     40d ago\n", exitCode: 0 } } }] }] }));
B("kubectl describe secret (byte counts only)", "MCP tool result", mcpResult("Name:         llm-keys\nNamespace:    prod\nType:  Opaque\n\nData\n====\nANTHROPIC_API_KEY:  108 bytes\nOPENAI_API_KEY:     164 bytes\n"));
B("gh secret list output", "OpenAI tool message", oaiToolCall("run_shell", { command: "gh secret list" }, "NPM_TOKEN\tUpdated 2025-05-02\nSLACK_WEBHOOK_URL\tUpdated 2025-01-17\nAWS_ROLE_ARN\tUpdated 2024-11-30\n"));
B("op:// references in .env for op run", "Gemini functionResponse", J({ contents: [{ role: "model", parts: [{ functionCall: { name: "read_file", args: { path: ".env.tpl" } } }] }, { role: "user", parts: [{ functionResponse: { name: "read_file", response: { content: "OPENAI_API_KEY=op://Prod/OpenAI/credential\nSTRIPE_SECRET_KEY=op://Prod/Stripe/secret key\nDATABASE_URL=op://Prod/Postgres/url\n" } } }] }] }));
B("S3 object ETags", "Bedrock Converse toolResult", J({ messages: [{ role: "user", content: [{ toolResult: { toolUseId: "tooluse_" + r.u(22), content: [{ json: { Contents: [{ Key: "reports/2025-06.csv", ETag: `"${r.hex(32)}"`, Size: 20412 }, { Key: "reports/2025-07.csv", ETag: `"${r.hex(32)}-4"`, Size: 88123011 }] } }] } }] }] }));
B("git commit object with PGP signature", "Anthropic tool_result of git cat-file", anthToolResult("git cat-file -p HEAD", `tree ${r.hex(40)}\nparent ${r.hex(40)}\nauthor Ana <ana@example.com> 1754300000 +0200\ncommitter Ana <ana@example.com> 1754300000 +0200\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iHUEABYKAB0WIQ${r.b64(60)}\n ${r.b64(64)}\n =${r.b64(4)}\n -----END PGP SIGNATURE-----\n\nfix: handle 429 from upstream\n`, "is HEAD signed?"));
B("OCI image manifest digests", "MCP tool result", mcpResult(J({ schemaVersion: 2, mediaType: "application/vnd.oci.image.manifest.v1+json", config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: "sha256:" + r.hex(64), size: 7023 }, layers: [{ mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: "sha256:" + r.hex(64), size: 29124531 }] }, null, 2)));
B("webhook signature headers (HMAC outputs)", "Anthropic tool_use http_request replaying a delivery", J({ model: CL, max_tokens: 1024, messages: [{ role: "assistant", content: [{ type: "tool_use", id: r.toolu(), name: "http_request", input: { method: "POST", url: "http://localhost:3000/webhooks/github", headers: { "X-GitHub-Event": "push", "X-GitHub-Delivery": r.uuid(), "X-Hub-Signature-256": "sha256=" + r.hex(64) }, body: J({ ref: "refs/heads/main", after: r.hex(40) }) } }] }] }));
B("Ethereum tx hash and address", "OpenAI tool message", oaiToolCall("send_tx", { to: "0x" + r.hex(40), value: "0.05" }, J({ transactionHash: "0x" + r.hex(64), blockHash: "0x" + r.hex(64), from: "0x" + r.hex(40), status: "0x1" })));
B("Nix flake.lock narHash", "Ollama chat paste", J({ model: "llama3.1:8b", messages: [{ role: "user", content: `flake update broke the build, lock entry:\n${J({ nodes: { nixpkgs: { locked: { lastModified: 1754000000, narHash: "sha256-" + r.b64bytes(32), owner: "NixOS", repo: "nixpkgs", rev: r.hex(40), type: "github" } } } }, null, 2)}` }] }));
B("SSH host key line in known_hosts", "MCP tools/call write_file", mcpCall("write_file", { path: "/home/runner/.ssh/known_hosts", content: `git.example.com ${sshEd25519Public(r, "").trim()}\n` }));
B("Stripe event and object ids", "agent scratchpad", J({ scratchpad: { event: "evt_1" + r.a(23), payment_intent: "pi_3" + r.a(23), charge: "ch_3" + r.a(23), customer: "cus_" + r.a(14), note: "refund issued" } }));
B("ssh pubkey blob only (base64 of public key)", "Anthropic tool_use http_request uploading a deploy key", J({ model: CL, max_tokens: 1024, messages: [{ role: "assistant", content: [{ type: "tool_use", id: r.toolu(), name: "http_request", input: { method: "POST", url: "https://git.example.com/api/v4/projects/42/deploy_keys", body: { title: "ci", key: "ssh-ed25519 " + Buffer.from(edPubBlob(r.bytes(32))).toString("base64"), can_push: false } } }] }] }));
B("base64 of a non-secret JSON config", "OpenAI tool_calls", oaiToolCall("run_shell", { command: `echo '${b64(J({ region: "eu-west-1", replicas: 3, featureFlags: ["new-checkout"] }))}' | base64 -d > config.json` }, ""));

export const cases: CorpusCase[] = [...rotated, ...hand];
