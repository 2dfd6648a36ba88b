// heldout-y58 benign look-alikes: hashes, ids, public material, placeholders, references and
// encrypted blobs, rendered through the same contexts as the positives, plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { G, RENDERERS, headerable, URL64, esc, type Slot } from "./_gen.ts";

const j = (...p: string[]) => p.join("");
const g = new G(0xb58b58);

type B = [what: string, env: string, make: (g: G) => string, header?: string];

const kinds: B[] = [
  ["git commit SHA", "GIT_COMMIT_SHA", (g) => g.h(40)],
  ["SHA-256 artifact digest", "ARTIFACT_SHA256", (g) => g.h(64)],
  ["OCI image digest", "IMAGE_DIGEST", (g) => j("sha256:", g.h(64))],
  ["npm lockfile integrity (SRI)", "PACKAGE_INTEGRITY", (g) => j("sha512-", g.b64bytes(64))],
  ["request UUID", "REQUEST_ID", (g) => g.uuid(), "X-Request-Id"],
  ["W3C traceparent", "TRACEPARENT", (g) => j("00-", g.h(32), "-", g.h(16), "-01"), "traceparent"],
  ["Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => j("cus_", g.a(14))],
  ["Stripe payment intent id", "PAYMENT_INTENT_ID", (g) => j("pi_", "3", g.a(23))],
  ["OpenAI chat completion id", "COMPLETION_ID", (g) => j("chatcmpl-", g.a(29))],
  ["Anthropic message id", "MESSAGE_ID", (g) => j("msg_", "01", g.a(22))],
  ["OpenAI assistant id", "OPENAI_ASSISTANT_ID", (g) => j("asst_", g.a(24))],
  ["Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (g) => j("pk_", "live_", "51", g.a(97))],
  ["env var reference", "OPENAI_API_KEY", () => "${OPENAI_API_KEY}", "Authorization: Bearer"],
  ["masked key", "ANTHROPIC_API_KEY", (g) => j("sk-ant-", "...", g.a(4)), "x-api-key"],
  ["masked key with X", "STRIPE_SECRET_KEY", () => "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX"],
  ["angle placeholder", "GITHUB_TOKEN", () => "<your-github-token>"],
  ["Vault reference", "DATABASE_PASSWORD", () => "vault:secret/data/prod/db#password"],
  ["1Password reference", "SLACK_BOT_TOKEN", () => "op://Engineering/Slack Bot/credential"],
  ["AWS SSM reference", "DD_API_KEY", () => "{{resolve:ssm-secure:/prod/datadog/api-key:3}}"],
  ["Azure Key Vault reference", "SENDGRID_API_KEY", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid-key/)"],
  ["GitHub Actions secret expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"],
  ["AWS account ARN", "ROLE_ARN", (g) => j("arn:aws:iam::", g.d(12), ":role/deploy-", g.l(6))],
  ["Google OAuth client id", "GOOGLE_CLIENT_ID", (g) => j(g.d(12), "-", g.l(32), ".apps.googleusercontent.com")],
  ["Slack channel id", "SLACK_CHANNEL_ID", (g) => j("C0", g.u(9))],
  ["Datadog trace id", "DD_TRACE_ID", (g) => g.d(19)],
  ["Azure tenant id", "AZURE_TENANT_ID", (g) => g.uuid()],
  ["MD5 checksum", "FILE_MD5", (g) => g.h(32)],
  ["Docker build cache key", "CACHE_KEY", (g) => j("node-modules-linux-", g.h(64))],
  ["SOPS-encrypted value", "DB_PASSWORD", (g) => j("ENC[AES256_GCM,data:", g.b64bytes(18), ",iv:", g.b64bytes(32), ",tag:", g.b64bytes(16), ",type:str]")],
  ["Bitnami sealed secret ciphertext", "API_TOKEN", (g) => j("AgB", g.s(300, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), "==")],
  ["empty value", "TWILIO_AUTH_TOKEN", () => ""],
  ["Hugging Face model revision", "MODEL_REVISION", (g) => g.h(40)],
  ["semantic version + build hash", "BUILD_VERSION", (g) => j("4.12.", String(g.int(30)), "+", g.h(7))],
];

const out: CorpusCase[] = [];
let n = 0;
const id = (p: string) => `y58-${p}-${String(++n).padStart(3, "0")}`;
kinds.forEach(([what, env, make, header], i) => {
  for (let k = 0; k < (i % 3 === 0 ? 3 : 2); k++) {
    const slot: Slot = { provider: what, env, value: make(g), header };
    let ri = (i * 7 + k * 11 + 3) % RENDERERS.length;
    while (RENDERERS[ri]!.hdr && (!headerable(slot.value) || slot.value === "")) ri = (ri + 1) % RENDERERS.length;
    const r = RENDERERS[ri]!;
    out.push({ id: id("b"), kind: "secrets", category: "heldouty58-benign", label: "benign", text: r.fn(slot, g), note: `benign: ${what} (${env}) in ${r.ctx}` });
  }
});

n = 0;
const hand = (text: string, note: string) => out.push({ id: id("bk"), kind: "secrets", category: "heldouty58-benign", label: "benign", text, note: `benign: ${note}` });

hand(j("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", g.s(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), " deploy@ci-runner"), "SSH public key (authorized_keys line)");
hand(["# ~/.ssh/config", "Host github.com", "  User git", "  IdentityFile ~/.ssh/id_ed25519", "  IdentitiesOnly yes"].join("\n"), "ssh config pointing at key file");
hand(g.pem("CERTIFICATE", 700), "PEM certificate pasted into chat");
hand(g.pem("PUBLIC KEY", 294), "PEM RSA public key (JWT verification)");
hand(JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.h(40), alg: "RS256", n: g.s(342, URL64), e: "AQAB" }] }, null, 2), "JWKS public keys");
hand(["$ANSIBLE_VAULT;1.1;AES256", ...(g.h(640).match(/.{1,80}/g) ?? [])].join("\n"), "ansible-vault encrypted file");
hand(["apiVersion: bitnami.com/v1alpha1", "kind: SealedSecret", "metadata:", "  name: api-credentials", "  namespace: prod", "spec:", "  encryptedData:", `    STRIPE_SECRET_KEY: AgB${g.s(340, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}==`, `    DATABASE_URL: AgC${g.s(300, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}=`].join("\n"), "SealedSecret manifest");
hand(["db:", `    password: ENC[AES256_GCM,data:${g.b64bytes(20)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]`, "sops:", "    kms: []", "    age:", `        - recipient: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`, "          enc: |", "            -----BEGIN AGE ENCRYPTED FILE-----", ...(g.b64bytes(180).match(/.{1,64}/g) ?? []).map((l) => "            " + l), "            -----END AGE ENCRYPTED FILE-----", `    lastmodified: "2026-11-28T09:12:44Z"`, `    mac: ENC[AES256_GCM,data:${g.b64bytes(64)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]`, "    version: 3.9.1"].join("\n"), "SOPS-encrypted YAML with age recipient");
hand(j("<img alt=\"logo\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA", g.b64bytes(420), "\" />"), "base64 PNG data URI");
hand(j("!function(e,t){\"object\"==typeof exports?module.exports=t():e.util=t()}(this,function(){var n=\"", g.a(40), "\",r=function(e){return e.split(\"\").map(function(c){return c.charCodeAt(0).toString(16)}).join(\"\")};return{h:r,k:n.length}});"), "minified JS bundle with random-looking string literal");
hand([".btn-primary_x", g.a(6), "{color:#1d4ed8;background:#eff6ff}", ".card__", g.h(8), "{box-shadow:0 1px 2px rgba(0,0,0,.05)}", ".css-", g.l(6), "{display:flex;gap:8px}"].join("\n"), "CSS module hashed class names");
hand(JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.org/react/-/react-18.3.1.tgz", integrity: j("sha512-", g.b64bytes(64)) }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: j("sha512-", g.b64bytes(64)) } } }, null, 2), "package-lock.json excerpt");
hand(["go.sum:", `github.com/google/uuid v1.6.0 h1:${g.b64bytes(32)}`, `github.com/google/uuid v1.6.0/go.mod h1:${g.b64bytes(32)}`].join("\n"), "go.sum hashes");
hand(JSON.stringify({ id: j("chatcmpl-", g.a(29)), object: "chat.completion", created: 1764998000, model: "gpt-4o-2024-08-06", system_fingerprint: j("fp_", g.h(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3, total_tokens: 815 } }, null, 2), "OpenAI response with ids and fingerprint");
hand(["OPENAI_API_KEY=sk-...", "ANTHROPIC_API_KEY=sk-ant-api03-...", "STRIPE_SECRET_KEY=sk_live_****************", "GITHUB_TOKEN=ghp_<redacted>", "SLACK_BOT_TOKEN=xoxb-REPLACE-ME"].join("\n"), ".env.example with masked placeholders");
hand(["| Variable | Description | Example |", "|---|---|---|", "| `OPENAI_API_KEY` | OpenAI key | `sk-proj-xxxxxxxxxxxxxxxx` |", "| `DATABASE_URL` | Postgres URL | `postgres://user:password@localhost:5432/app` |", "| `REDIS_URL` | Redis URL | `redis://localhost:6379/0` |"].join("\n"), "README env table with placeholders and local URLs");
hand(JSON.stringify({ role: "user", content: `commit ${g.h(40)} broke the build, diff vs ${g.h(40)} attached; image digest sha256:${g.h(64)}` }), "chat body with commit SHAs and digest");
hand(["resource \"aws_secretsmanager_secret_version\" \"db\" {", "  secret_id     = aws_secretsmanager_secret.db.id", "  secret_string = random_password.db.result", "}", "", "data \"aws_ssm_parameter\" \"stripe\" {", "  name            = \"/prod/stripe/secret_key\"", "  with_decryption = true", "}"].join("\n"), "Terraform secret references (no values)");
hand(["env:", "  - name: DATABASE_PASSWORD", "    valueFrom:", "      secretKeyRef:", "        name: db-credentials", "        key: password", "  - name: POD_UID", `    value: "${g.uuid()}"`].join("\n"), "k8s secretKeyRef");
hand(`2026-12-01T10:14:06.0012234Z Run aws-actions/configure-aws-credentials@v4\n  with:\n    role-to-assume: arn:aws:iam::${g.d(12)}:role/gha-deploy\n    aws-region: eu-west-1\n  env:\n    AWS_ACCESS_KEY_ID: ***\n    AWS_SECRET_ACCESS_KEY: ***`, "CI log with masked secrets");
hand(JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: `Created PR #${g.int(900)} (node_id PR_kwDO${g.s(20, URL64)}), head ${g.h(40)}` }] } }), "MCP result with GitHub node id and SHA");
hand(["-----BEGIN PGP PUBLIC KEY BLOCK-----", "", ...(g.b64bytes(360).match(/.{1,64}/g) ?? []), `=${g.b64(4)}`, "-----END PGP PUBLIC KEY BLOCK-----"].join("\n"), "PGP public key block");
hand(j("age1", g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")), "age public recipient");
hand(esc(["[user]", "\tname = Dana Ops", "\temail = dana@acme-corp.net", `\tsigningkey = ~/.ssh/id_ed25519.pub`, "[commit]", "\tgpgsign = true"].join("\n")), "JSON-escaped .gitconfig with signing key path");
hand(`curl -sS https://api.github.com/repos/acme/web/commits/${g.h(40)} -H "Accept: application/vnd.github+json" -H "X-GitHub-Api-Version: 2022-11-28" -H "If-None-Match: \\"${g.h(64)}\\""`, "curl with ETag and commit SHA, no auth");
hand(["SELECT id, provider, key_fingerprint, created_at FROM api_keys WHERE key_prefix = 'sk_live_' AND revoked_at IS NULL;", `-- fingerprint example: SHA256:${g.b64bytes(32).replace(/=+$/, "")}`].join("\n"), "SQL selecting key fingerprints");
hand(["import hashlib, uuid", `SALT_ID = "${g.uuid()}"`, `EXPECTED = "${g.h(64)}"`, "def verify(blob: bytes) -> bool:", "    return hashlib.sha256(blob).hexdigest() == EXPECTED"].join("\n"), "Python checksum constant");
hand(["[[package]]", 'name = "serde"', 'version = "1.0.215"', 'source = "registry+https://github.com/rust-lang/crates.io-index"', `checksum = "${g.h(64)}"`].join("\n"), "Cargo.lock checksum");
hand(JSON.stringify({ cells: [{ cell_type: "code", execution_count: 1, metadata: {}, outputs: [{ output_type: "display_data", data: { "image/png": g.b64bytes(300), "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }], source: ["plt.plot(xs, ys)"] }], nbformat: 4, nbformat_minor: 5 }, null, 1), "notebook with base64 plot output");

export const cases: CorpusCase[] = out;
