// heldout-y34: benign look-alikes in the same contexts (digests, ids, public material, refs,
// placeholders, masks, encrypted blobs, minified code, CSS, images).
import type { CorpusCase } from "../types.ts";
import { Gen, renderers, type Spec, B64 } from "./_gen.ts";

const g = new Gen(0x34c0_0004);
const out: CorpusCase[] = [];
let n = 0;
const push = (note: string, text: string) => {
  n++;
  out.push({ id: `y34-b-${String(n).padStart(3, "0")}`, kind: "secrets", category: "heldouty34-benign", label: "benign", text, note });
};
const P = (...xs: string[]) => xs.join("");

// Renderers that do not frame the value as a credential (no auth header, no "here's the key").
const safe = renderers.filter((r) => ![
  "curl command", "raw HTTP request", "chat message to agent", "form-encoded POST body", "Python crash dump with locals",
  "anthropic tool_use write_file config.yaml", "k8s Secret stringData", "Terraform HCL", "Rust test fixture", "Java code",
  "Go code", "Python SDK/env default", "JSON request body", "Markdown README", "SQL seed insert",
].includes(r.name));

type B = { p: string; k: string; mk: (g: Gen) => string; n?: number };
const vals: B[] = [
  { p: "git commit SHA", k: "GIT_COMMIT_SHA", mk: (g) => g.h(40), n: 4 },
  { p: "SHA-256 artifact digest", k: "ARTIFACT_SHA256", mk: (g) => g.h(64), n: 3 },
  { p: "OCI image digest", k: "IMAGE_DIGEST", mk: (g) => P("sha256:", g.h(64)), n: 2 },
  { p: "npm lockfile integrity (SRI)", k: "PACKAGE_INTEGRITY", mk: (g) => P("sha512-", g.b64(86), "=="), n: 2 },
  { p: "UUID tenant id", k: "TENANT_ID", mk: (g) => g.uuid(), n: 3 },
  { p: "Azure subscription id", k: "AZURE_SUBSCRIPTION_ID", mk: (g) => g.uuid(), n: 2 },
  { p: "W3C traceparent", k: "TRACEPARENT", mk: (g) => P("00-", g.h(32), "-", g.h(16), "-01"), n: 3 },
  { p: "request id", k: "X_REQUEST_ID", mk: (g) => P("req_", g.a(24)), n: 3 },
  { p: "Stripe customer id", k: "STRIPE_CUSTOMER_ID", mk: (g) => P("cus_", g.a(14)), n: 3 },
  { p: "Stripe price id", k: "STRIPE_PRICE_ID", mk: (g) => P("price_", g.a(24)), n: 2 },
  { p: "Stripe publishable key", k: "STRIPE_PUBLISHABLE_KEY", mk: (g) => P("pk", "_live_", "51", g.a(97)), n: 2 },
  { p: "OpenAI chat completion id", k: "LAST_COMPLETION_ID", mk: (g) => P("chatcmpl-", g.a(29)), n: 2 },
  { p: "Anthropic message id", k: "LAST_MESSAGE_ID", mk: (g) => P("msg_01", g.a(22)), n: 2 },
  { p: "OpenAI assistant id", k: "OPENAI_ASSISTANT_ID", mk: (g) => P("asst_", g.a(24)), n: 2 },
  { p: "AWS role ARN", k: "AWS_ROLE_ARN", mk: (g) => P("arn:aws:iam::", g.d(12), ":role/github-deploy"), n: 2 },
  { p: "AWS KMS key id", k: "KMS_KEY_ID", mk: (g) => g.uuid(), n: 2 },
  { p: "placeholder angle brackets", k: "OPENAI_API_KEY", mk: () => "<your-openai-api-key>", n: 2 },
  { p: "placeholder env interpolation", k: "STRIPE_SECRET_KEY", mk: () => "${STRIPE_SECRET_KEY}", n: 2 },
  { p: "masked key", k: "ANTHROPIC_API_KEY", mk: (g) => P("sk-ant-", "...", g.a(4)), n: 2 },
  { p: "masked stars", k: "GITHUB_TOKEN", mk: () => "ghp_************************************", n: 2 },
  { p: "redacted value", k: "DATABASE_URL", mk: () => "postgres://app_user:[REDACTED]@db-prod.internal:5432/app", n: 2 },
  { p: "XXXX placeholder", k: "AWS_SECRET_ACCESS_KEY", mk: () => "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", n: 2 },
  { p: "Vault reference", k: "DB_PASSWORD", mk: () => "vault:secret/data/prod/db#password", n: 2 },
  { p: "1Password reference", k: "SLACK_BOT_TOKEN", mk: () => "op://Engineering/Slack Bot/credential", n: 2 },
  { p: "AWS Secrets Manager ARN", k: "DB_SECRET_ARN", mk: (g) => P("arn:aws:secretsmanager:us-east-1:", g.d(12), ":secret:prod/db-", g.a(6)), n: 2 },
  { p: "Azure Key Vault reference", k: "SENDGRID_API_KEY", mk: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid-key/)", n: 2 },
  { p: "GCP Secret Manager path", k: "OPENAI_API_KEY_SECRET", mk: (g) => P("projects/acme-prod-", g.d(6), "/secrets/openai-api-key/versions/latest"), n: 2 },
  { p: "SOPS encrypted value", k: "API_TOKEN", mk: (g) => P("ENC[AES256_GCM,data:", g.b64(44), ",iv:", g.b64(43), "=,tag:", g.b64(22), "==,type:str]"), n: 2 },
  { p: "SSH public key", k: "DEPLOY_PUBLIC_KEY", mk: (g) => P("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", g.b64(43), " deploy@ci"), n: 3 },
  { p: "age public key", k: "SOPS_AGE_RECIPIENTS", mk: (g) => P("age1", g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")), n: 2 },
  { p: "Sentry release", k: "SENTRY_RELEASE", mk: (g) => P("web@", g.h(40)), n: 2 },
  { p: "Docker image reference with digest", k: "WORKER_IMAGE", mk: (g) => P("ghcr.io/acme/worker@sha256:", g.h(64)), n: 2 },
  { p: "Slack channel id", k: "SLACK_CHANNEL_ID", mk: (g) => P("C0", g.u(9)), n: 2 },
  { p: "MongoDB ObjectId", k: "DEFAULT_ORG_ID", mk: (g) => g.h(24), n: 2 },
  { p: "Google Analytics measurement id", k: "GA_MEASUREMENT_ID", mk: (g) => P("G-", g.u(10)), n: 2 },
  { p: "GitHub Actions run id", k: "GITHUB_RUN_ID", mk: (g) => g.d(11), n: 2 },
];

let i = 0;
for (const b of vals) {
  for (let rep = 0; rep < (b.n ?? 1); rep++) {
    const R = safe[(i * 5 + 3) % safe.length]!;
    const s: Spec = { p: "config", k: b.k, g: "benign", mk: b.mk };
    push(`${b.p} (${b.k}) in ${R.name}`, R.r(b.k, b.mk(g), s, g));
    i++;
  }
}

// Handcrafted
const cert = g.pem("CERTIFICATE", 14);
push("PEM certificate in write_file tool call", JSON.stringify({ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: "certs/ca.crt", content: cert + "\n" } }, null, 2));
push("PEM public key in JSON config", JSON.stringify({ jwt: { issuer: "https://auth.acme.io", audience: "api", publicKey: g.pem("PUBLIC KEY", 6) } }, null, 2));
push("JWKS document (public RSA modulus) in MCP result", JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.h(16), alg: "RS256", e: "AQAB", n: g.b64u(342) }] }) }] } }, null, 2));
push("base64 PNG data URI in CSS", `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64(180)}AAAAAElFTkSuQmCC");\n}`);
push("minified JS bundle chunk", `!function(e,t){"object"==typeof exports?module.exports=t():e.${g.l(2)}=t()}(this,function(){var e="${g.a(40)}",t=[${Array.from({ length: 6 }, () => `"${g.b64u(12)}"`).join(",")}];function n(r){return r.split("").map(function(o,i){return String.fromCharCode(o.charCodeAt(0)^e.charCodeAt(i%e.length))}).join("")}return{d:n,k:t}});\n//# sourceMappingURL=chunk.${g.h(8)}.js.map`);
push("CSS modules class names", `.Button_root__${g.a(5)}{display:inline-flex;padding:8px 12px}.Button_primary__${g.a(5)}{background:#${g.h(6)};color:#fff}.Card_wrapper__${g.b64u(5)}{box-shadow:0 1px 2px rgba(0,0,0,.1)}.hash-${g.h(20)}{opacity:.8}`);
push("ansible-vault encrypted file in diff", `diff --git a/group_vars/prod/vault.yml b/group_vars/prod/vault.yml\n--- a/group_vars/prod/vault.yml\n+++ b/group_vars/prod/vault.yml\n@@ -1,6 +1,6 @@\n $ANSIBLE_VAULT;1.1;AES256\n-${g.h(80)}\n+${g.h(80)}\n ${g.h(80)}\n ${g.h(80)}\n ${g.h(40)}`);
push("Bitnami SealedSecret manifest", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    OPENAI_API_KEY: AgB${g.b64(300)}==\n    STRIPE_SECRET_KEY: AgC${g.b64(300)}==\n`);
push("SOPS-encrypted YAML file with metadata", `openai_api_key: ENC[AES256_GCM,data:${g.b64(120)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n    kms: []\n    age:\n        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n    lastmodified: "2026-11-02T10:11:12Z"\n    mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n    version: 3.9.1`);
push("git log output with SHAs in chat body", JSON.stringify({ role: "user", content: `can you squash these?\n\n${Array.from({ length: 5 }, () => `commit ${g.h(40)}\nAuthor: Dev <dev@acme.io>\n    fix: tweak retry`).join("\n\n")}` }));
push("terraform lock file hashes", `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.72.1"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${g.b64(43)}=",\n    "zh:${g.h(64)}",\n    "zh:${g.h(64)}",\n  ]\n}`);
push("yarn.lock entry with sha512 integrity", `"@babel/core@^7.24.0":\n  version "7.26.0"\n  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.26.0.tgz#${g.h(40)}"\n  integrity sha512-${g.b64(86)}==`);
push("structured log line with trace/span ids", `{"level":"info","ts":"2026-11-21T08:12:44.120Z","msg":"request completed","trace_id":"${g.h(32)}","span_id":"${g.h(16)}","request_id":"${g.uuid()}","status":200,"duration_ms":41}`);
push("env example file with empty/placeholder values", `# .env.example\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=your-anthropic-key-here\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nAWS_SECRET_ACCESS_KEY=changeme\n`);
push("GitHub Actions workflow with secrets references", `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n    steps:\n      - uses: actions/checkout@${g.h(40)} # v4.2.2\n      - run: ./deploy.sh`);
push("CI log with masked secrets", `2026-11-19T12:00:01.001Z Run ./scripts/publish.sh\n2026-11-19T12:00:01.002Z   NPM_TOKEN: ***\n2026-11-19T12:00:01.003Z   PYPI_API_TOKEN: ***\n2026-11-19T12:00:04.511Z + npm publish --provenance\n2026-11-19T12:00:09.870Z Signed provenance statement with sha256:${g.h(64)}`);
push("Python code computing HMAC with secret from env", `import hmac, hashlib, os\n\nSECRET = os.environ["WEBHOOK_SECRET"]\n\ndef verify(body: bytes, sig: str) -> bool:\n    expected = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()\n    return hmac.compare_digest(expected, sig)\n\n# example digest from the docs run: ${g.h(64)}`);
push("SQL with hashed passwords (bcrypt) in seed", `INSERT INTO users (id, email, password_hash) VALUES\n  ('${g.uuid()}', 'alice@acme.io', '$2b$12$${g.str(53, B64.replace("+", "."))}'),\n  ('${g.uuid()}', 'bob@acme.io', '$2b$12$${g.str(53, B64.replace("+", "."))}');`);
push("notebook output with dataframe of hashes", JSON.stringify({ cell_type: "code", execution_count: 9, outputs: [{ output_type: "stream", name: "stdout", text: Array.from({ length: 5 }, (_, k) => `${k}  ${g.h(32)}  ${g.h(64).slice(0, 40)}\n`) }], source: ["df[['md5','sha1']].head()"] }, null, 1));

export const cases: CorpusCase[] = out;
