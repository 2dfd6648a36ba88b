// heldout-y106 benign: hard look-alikes in the same renderers, plus handcrafted non-secret files.
import type { CorpusCase } from "../types.ts";
import { Gen, mk, pad, rotate, sp, type Spec } from "./_gen.ts";

const g = new Gen(0x10603);
const BN = "benign";
const j = (...xs: string[]) => xs.join("");

const specs: Spec[] = [
  sp("git commit SHA", BN, "GIT_COMMIT_SHA", (g) => g.h(40), { h: "X-Build-Sha", q: "sha" }),
  sp("sha256 artifact digest", BN, "ARTIFACT_SHA256", (g) => g.h(64), { h: "X-Checksum-Sha256", q: "checksum" }),
  sp("sha512 SRI-style digest", BN, "BUNDLE_INTEGRITY", (g) => j("sha512-", g.b64(86), "=="), { h: "Digest" }),
  sp("container image digest", BN, "IMAGE_DIGEST", (g) => j("sha256:", g.h(64)), { h: "Docker-Content-Digest", q: "digest" }),
  sp("HTTP ETag", BN, "CACHE_ETAG", (g) => g.h(32), { h: "If-None-Match" }),
  sp("trace id", BN, "TRACE_ID", (g) => g.h(32), { h: "X-Trace-Id", q: "trace_id" }),
  sp("W3C traceparent", BN, "TRACEPARENT", (g) => j("00-", g.h(32), "-", g.h(16), "-01"), { h: "traceparent" }),
  sp("request id (UUID)", BN, "REQUEST_ID", (g) => g.uuid(), { h: "X-Request-Id", q: "request_id" }),
  sp("Stripe customer id", BN, "STRIPE_CUSTOMER_ID", (g) => j("cus", "_", g.a(14)), { h: "X-Customer-Id", q: "customer" }),
  sp("Stripe price id", BN, "STRIPE_PRICE_ID", (g) => j("price", "_1", g.a(23)), { h: "X-Price-Id", q: "price" }),
  sp("Stripe publishable key", BN, "STRIPE_PUBLISHABLE_KEY", (g) => j("pk", "_live_", "51", g.a(97)), { h: "X-Stripe-Publishable", q: "publishable_key" }),
  sp("OpenAI chat completion id", BN, "LAST_COMPLETION_ID", (g) => j("chatcmpl", "-", g.a(29)), { h: "X-Completion-Id" }),
  sp("Anthropic message id", BN, "LAST_MESSAGE_ID", (g) => j("msg", "_01", g.a(22)), { h: "X-Message-Id" }),
  sp("Anthropic tool_use id", BN, "TOOL_USE_ID", (g) => j("toolu", "_01", g.a(22)), { h: "X-Tool-Use-Id" }),
  sp("OpenAI assistant id", BN, "OPENAI_ASSISTANT_ID", (g) => j("asst", "_", g.a(24)), { h: "X-Assistant-Id", q: "assistant_id" }),
  sp("OpenAI organization id", BN, "OPENAI_ORG_ID", (g) => j("org", "-", g.a(24)), { h: "OpenAI-Organization" }),
  sp("AWS IAM role ARN", BN, "DEPLOY_ROLE_ARN", (g) => j("arn:aws:iam::", g.d(12), ":role/", g.word(), "-deployer"), { h: "X-Role-Arn", q: "role_arn" }),
  sp("AWS KMS key ARN", BN, "KMS_KEY_ARN", (g) => j("arn:aws:kms:eu-west-1:", g.d(12), ":key/", g.uuid()), { h: "X-Kms-Key", q: "kms_key_id" }),
  sp("Azure tenant id", BN, "AZURE_TENANT_ID", (g) => g.uuid(), { h: "X-Tenant-Id", q: "tenant" }),
  sp("Azure client (application) id", BN, "AZURE_CLIENT_ID", (g) => g.uuid(), { h: "X-Client-Id", q: "client_id" }),
  sp("GitHub App client id", BN, "GITHUB_APP_CLIENT_ID", (g) => j("Iv23li", g.a(14)), { h: "X-Client-Id", q: "client_id" }),
  sp("Auth0 client id", BN, "AUTH0_CLIENT_ID", (g) => g.a(32), { h: "X-Client-Id", q: "client_id" }),
  sp("Slack channel id", BN, "SLACK_CHANNEL_ID", (g) => j("C0", g.u(9)), { h: "X-Channel", q: "channel" }),
  sp("Ethereum transaction hash", BN, "SETTLEMENT_TX_HASH", (g) => j("0x", g.h(64)), { h: "X-Tx-Hash", q: "tx" }),
  sp("Ethereum contract address", BN, "TOKEN_CONTRACT_ADDRESS", (g) => j("0x", g.h(40)), { h: "X-Contract", q: "address" }),
  sp("GPG key fingerprint", BN, "RELEASE_GPG_FINGERPRINT", (g) => g.H(40), { h: "X-Signing-Fingerprint", q: "fingerprint" }),
  sp("SSH host key fingerprint", BN, "SSH_HOST_FINGERPRINT", (g) => j("SHA256:", g.b64(43)), { h: "X-Host-Fingerprint" }),
  sp("MongoDB ObjectId", BN, "DEFAULT_TENANT_OBJECT_ID", (g) => g.h(24), { h: "X-Tenant", q: "tenant_id" }),
  sp("Go module checksum", BN, "GOSUM_H1", (g) => j("h1:", g.b64(43), "="), { h: "X-Module-Sum" }),
  sp("GitHub Actions masked secret", BN, "OPENAI_API_KEY", () => "***", { h: "X-Debug-Masked" }),
  sp("placeholder value", BN, "STRIPE_SECRET_KEY", (g) => g.pick(["sk_live_REPLACE_ME", "<your-stripe-secret-key>", "changeme", "your-secret-key-here", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"]), { h: "X-Placeholder" }),
  sp("1Password secret reference", BN, "DATABASE_PASSWORD", (g) => j("op://", g.pick(["Prod", "Staging"]), "/", g.word(), "-db/password"), { h: "X-Secret-Ref" }),
  sp("AWS Secrets Manager ARN reference", BN, "DB_SECRET_ARN", (g) => j("arn:aws:secretsmanager:us-east-1:", g.d(12), ":secret:prod/", g.word(), "/db-", g.a(6)), { h: "X-Secret-Ref" }),
  sp("Vault path reference", BN, "GITHUB_TOKEN_REF", (g) => j("vault:secret/data/ci/", g.word(), "#token"), { h: "X-Secret-Ref" }),
  sp("masked credential", BN, "SENDGRID_API_KEY", (g) => j("SG.", "*".repeat(22), ".", "*".repeat(39), g.a(4)), { h: "X-Masked" }),
];

const dash = "-".repeat(5);
const wrap = (s: string) => (s.match(/.{1,64}/g) ?? []).join("\n");

const handcrafted = (): CorpusCase[] => {
  const out: CorpusCase[] = [];
  let n = 0;
  const add = (note: string, text: string) => out.push(mk(`y106-bk-${pad(++n)}`, BN, "benign", note, text));
  const shas = () => Array.from({ length: 6 }, () => `${g.h(7)} ${g.pick(["fix: retry on 502", "chore(deps): bump undici", "feat: add export endpoint", "docs: update README", "refactor: split router", "test: cover webhook path"])}`).join("\n");

  add("git log --oneline output; shell tool result", JSON.stringify({ type: "tool_result", tool_use_id: "toolu_01" + g.a(22), content: `$ git log --oneline -6\n${shas()}\n$ git rev-parse HEAD\n${g.h(40)}` }));
  add("sha256sum of release artifacts", Array.from({ length: 4 }, (_, i) => `${g.h(64)}  dist/app-${["linux-amd64", "linux-arm64", "darwin-arm64", "windows-amd64.exe"][i]}`).join("\n"));
  add("docker pull output with image digest", `latest: Pulling from library/${g.word()}\n${g.h(12)}: Pull complete\n${g.h(12)}: Pull complete\nDigest: sha256:${g.h(64)}\nStatus: Downloaded newer image for registry.example.com/${g.word()}:latest`);
  add("package-lock.json integrity entries", JSON.stringify({ packages: { "node_modules/undici": { version: "6.19.2", resolved: "https://registry.npmjs.example.org/undici/-/undici-6.19.2.tgz", integrity: `sha512-${g.b64(86)}==` }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.example.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${g.b64(86)}==` } } }, null, 2));
  add("SRI script tag in HTML", `<script src="https://cdn.example.net/lib/htmx-2.0.1.min.js" integrity="sha384-${g.b64(64)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="https://cdn.example.net/css/base.css" integrity="sha256-${g.b64(43)}=">`);
  add("yarn berry lockfile checksum", `"react-dom@npm:^18.3.1":\n  version: 18.3.1\n  resolution: "react-dom@npm:18.3.1"\n  checksum: 10c0/${g.h(128)}\n  languageName: node\n  linkType: hard\n`);
  add("go.sum lines", Array.from({ length: 4 }, () => `example.com/${g.word()}/${g.word()} v1.${g.range(0, 20)}.${g.range(0, 9)} h1:${g.b64(43)}=`).join("\n"));
  add("Cargo.lock checksum", `[[package]]\nname = "tokio"\nversion = "1.38.0"\nsource = "registry+https://index.crates.example.org/"\nchecksum = "${g.h(64)}"\n`);
  add("authorized_keys with ed25519 and RSA public keys", `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} alice@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(508)} deploy@ci`);
  add("PEM certificate chain in chat body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `Is this cert expired?\n${g.pem("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU", 1240)}` }] }));
  add("PEM public key (SPKI)", g.pem("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 392));
  add("PGP public key block in KEYS file", g.pem("PGP PUBLIC KEY BLOCK", "mQINBGX", 1600).replace(/^(-----BEGIN [^\n]+-----)/, "$1\n"));
  add("git config with GPG signing key id", `[user]\n\tname = Dana Example\n\temail = dana@example.com\n\tsigningkey = ${g.H(16)}\n[commit]\n\tgpgsign = true\n[gpg]\n\tprogram = gpg2\n`);
  add("age recipients file (public keys)", `# ops team\nage1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\nage1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`);
  add("WireGuard peer list (public keys only)", `[Peer]\n# laptop-dana\nPublicKey = ${g.b64(42)}E=\nAllowedIPs = 10.8.0.3/32\n\n[Peer]\n# ci-runner\nPublicKey = ${g.b64(42)}w=\nAllowedIPs = 10.8.0.4/32\n`);
  add("Ethereum transaction receipt JSON", JSON.stringify({ jsonrpc: "2.0", id: 1, result: { transactionHash: "0x" + g.h(64), blockHash: "0x" + g.h(64), blockNumber: "0x" + g.h(7), from: "0x" + g.h(40), to: "0x" + g.h(40), gasUsed: "0x5208", status: "0x1", logsBloom: "0x" + "0".repeat(512) } }));
  add("base64 PNG data URI in Markdown", `![logo](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA${g.b64(600)}AAAAAElFTkSuQmCC)`);
  add("minified JS bundle excerpt", `!function(e,t){"object"==typeof exports?module.exports=t():e.${g.lc(3)}=t()}(this,function(){var e="${g.b64u(40)}",t={${Array.from({ length: 8 }, () => `${g.lc(2)}:"${g.a(12)}"`).join(",")}};return function(n){return t[n]||e.slice(0,${g.range(4, 12)})}});\n//# sourceMappingURL=app.${g.h(20)}.js.map`);
  add("CSS modules class hashes", Array.from({ length: 6 }, () => `.${g.word()}_${g.b64u(5)}__${g.b64u(8)}{display:flex;gap:${g.range(2, 16)}px}`).join("\n"));
  add("Bitnami SealedSecret (ciphertext only)", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.b64(680)}\n    DATABASE_URL: AgC${g.b64(680)}\n`);
  add("SOPS-encrypted YAML", `db_password: ENC[AES256_GCM,data:${g.b64(28)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\napi_token: ENC[AES256_GCM,data:${g.b64(56)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n  age:\n    - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n      enc: |\n        ${dash}BEGIN AGE ENCRYPTED FILE${dash}\n        ${g.b64(64)}\n        ${g.b64(60)}\n        ${dash}END AGE ENCRYPTED FILE${dash}\n  lastmodified: "${g.iso()}"\n  mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n  version: 3.8.1\n`);
  add("ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.h(80)).join("\n")}\n`);
  add("secret-manager references in .env", `DATABASE_URL=op://Prod/orders-db/connection-string\nSTRIPE_SECRET_KEY=\${{ secrets.STRIPE_SECRET_KEY }}\nOPENAI_API_KEY=projects/${g.d(12)}/secrets/openai-api-key/versions/latest\nGITHUB_TOKEN=vault:secret/data/ci#github_token\nSENDGRID_API_KEY=@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.example.net/secrets/sendgrid/)\n`);
  add(".env.example with placeholders; chat body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: "Is this .env.example complete?\n\nOPENAI_API_KEY=sk-proj-your-key-here\nANTHROPIC_API_KEY=<your-anthropic-key>\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nAWS_SECRET_ACCESS_KEY=changeme\nDATABASE_URL=postgres://user:password@localhost:5432/app\n" }] }));
  add("CLI output with masked tokens", `$ gh auth status\ngithub.example.com\n  ✓ Logged in to github.example.com account dana-example (keyring)\n  - Active account: true\n  - Token: gho_************************************\n  - Token scopes: 'gist', 'read:org', 'repo'\n$ vercel whoami\n> dana-example\n$ echo $OPENAI_API_KEY | sed 's/./*/g'\n${"*".repeat(56)}`);
  add("Stripe webhook event with object ids", JSON.stringify({ id: "evt_1" + g.a(23), object: "event", type: "invoice.paid", data: { object: { id: "in_1" + g.a(23), customer: "cus_" + g.a(14), subscription: "sub_1" + g.a(23), payment_intent: "pi_3" + g.a(23), charge: "ch_3" + g.a(23), lines: { data: [{ price: { id: "price_1" + g.a(23), product: "prod_" + g.a(14) } }] } } }, livemode: true }, null, 2));
  add("OpenAI chat.completion response", JSON.stringify({ id: "chatcmpl-" + g.a(29), object: "chat.completion", created: g.ts(), model: "gpt-4o-2024-08-06", system_fingerprint: "fp_" + g.h(10), choices: [{ index: 0, message: { role: "assistant", content: null, tool_calls: [{ id: "call_" + g.a(24), type: "function", function: { name: "search_docs", arguments: "{\"query\":\"rate limits\"}" } }] }, finish_reason: "tool_calls" }], usage: { prompt_tokens: 812, completion_tokens: 24, total_tokens: 836 } }));
  add("Anthropic message response with tool_use", JSON.stringify({ id: "msg_01" + g.a(22), type: "message", role: "assistant", model: "claude-sonnet-4-20250514", content: [{ type: "tool_use", id: "toolu_01" + g.a(22), name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use", usage: { input_tokens: 1520, output_tokens: 61 } }));
  add("aws sts get-caller-identity output", JSON.stringify({ UserId: "AIDA" + g.str(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), Account: g.d(12), Arn: `arn:aws:iam::${g.d(12)}:user/ci-${g.word()}` }, null, 4));
  add("az account show output", JSON.stringify({ environmentName: "AzureCloud", id: g.uuid(), isDefault: true, name: "Production", state: "Enabled", tenantId: g.uuid(), user: { name: g.uuid(), type: "servicePrincipal" } }, null, 2));
  add("kubectl describe pod excerpt with container ids and digests", `Name:         api-${g.lo(10)}-${g.lo(5)}\nNamespace:    prod\nUID:          ${g.uuid()}\nContainers:\n  api:\n    Container ID:   containerd://${g.h(64)}\n    Image:          registry.example.com/api:1.9.3\n    Image ID:       registry.example.com/api@sha256:${g.h(64)}\n    Environment:\n      DATABASE_URL:  <set to the key 'url' in secret 'orders-db'>  Optional: false\n`);
  add("GitHub App public settings (ids only)", `GITHUB_APP_ID=${g.d(6)}\nGITHUB_APP_CLIENT_ID=Iv23li${g.a(14)}\nGITHUB_INSTALLATION_ID=${g.d(8)}\nGITHUB_APP_PRIVATE_KEY_PATH=/run/secrets/github-app.pem\n`);
  add("OpenTelemetry span export JSON", JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: Array.from({ length: 3 }, () => ({ traceId: g.h(32), spanId: g.h(16), parentSpanId: g.h(16), name: "HTTP GET", startTimeUnixNano: String(g.ts()) + g.d(9) })) }] }] }));
  add("terraform plan with sensitive values hidden", `  # aws_db_instance.orders will be updated in-place\n  ~ resource "aws_db_instance" "orders" {\n        id       = "db-${g.u(26)}"\n      ~ password = (sensitive value)\n        arn      = "arn:aws:rds:eu-west-1:${g.d(12)}:db:orders"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`);
  add("Git LFS pointer file", `version https://git-lfs.example.com/spec/v1\noid sha256:${g.h(64)}\nsize ${g.range(10000, 90000000)}\n`);
  add("JWKS with public RSA key", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.h(40), alg: "RS256", n: g.b64u(342), e: "AQAB" }] }, null, 2));
  add("Helm values with existingSecret references", `postgresql:\n  auth:\n    existingSecret: orders-db\n    secretKeys:\n      adminPasswordKey: postgres-password\napi:\n  envFrom:\n    - secretRef:\n        name: api-env\n  image:\n    digest: sha256:${g.h(64)}\n`);
  add("SQL seed with UUID keys and content hashes", `INSERT INTO documents (id, owner_id, sha256, etag) VALUES\n  ('${g.uuid()}', '${g.uuid()}', '${g.h(64)}', '${g.h(32)}'),\n  ('${g.uuid()}', '${g.uuid()}', '${g.h(64)}', '${g.h(32)}');\n`);
  return out;
};

export const cases: CorpusCase[] = [...rotate(g, "y106-b-", specs, 70, 5, "benign"), ...handcrafted()];
