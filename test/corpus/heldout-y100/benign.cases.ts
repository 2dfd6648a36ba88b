// Benign look-alikes in the same contexts: ids, digests, public material, placeholders, references,
// encrypted blobs. Built at run time with a fixed seed.
import type { CorpusCase } from "../types.ts";
import { Gen, j, RENDERERS, type Renderer } from "./_gen.ts";

const g = new Gen(0x4004);
type B = [desc: string, slot: string, build: (g: Gen) => string];

const SPECS: B[] = [
  ["git commit SHA", "GIT_COMMIT_SHA", (g) => g.h(40)],
  ["container image digest", "IMAGE_DIGEST", (g) => j("sha256:", g.h(64))],
  ["build UUID", "BUILD_ID", (g) => g.uuid()],
  ["OpenTelemetry trace id", "TRACE_ID", (g) => g.h(32)],
  ["Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (g) => j("pk", "_live_", "51", g.a(97))],
  ["Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => j("cus", "_", g.a(14))],
  ["OpenAI assistant id", "OPENAI_ASSISTANT_ID", (g) => j("asst", "_", g.a(24))],
  ["masked OpenAI key", "OPENAI_API_KEY", (g) => j("sk-", "proj-", "...", "XXXX")],
  ["placeholder", "ANTHROPIC_API_KEY", () => "<your-anthropic-api-key>"],
  ["env interpolation", "STRIPE_SECRET_KEY", () => "${STRIPE_SECRET_KEY}"],
  ["GitHub Actions secret expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"],
  ["AWS Secrets Manager ARN reference", "DB_PASSWORD_SECRET_ARN", (g) => j("arn:aws:secretsmanager:us-east-1:", g.d(12), ":secret:prod/db/password-", g.a(6))],
  ["Vault path reference", "DATABASE_PASSWORD", () => "vault:secret/data/prod/orders#password"],
  ["1Password reference", "SLACK_BOT_TOKEN", () => "op://Production/Slack Bot/credential"],
  ["Azure Key Vault reference", "AZURE_CLIENT_SECRET", (g) => j("@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/client-secret/", g.h(32), ")")],
  ["SOPS encrypted value", "SENDGRID_API_KEY", (g) => j("ENC[AES256_GCM,data:", g.b64bytes(51), ",iv:", g.b64bytes(32), ",tag:", g.b64bytes(16), ",type:str]")],
  ["SHA-512 checksum", "ARTIFACT_SHA512", (g) => g.h(128)],
  ["npm integrity", "PACKAGE_INTEGRITY", (g) => j("sha512-", g.b64bytes(64))],
  ["ETag", "CACHE_ETAG", (g) => g.h(32)],
  ["GitHub run id", "GITHUB_RUN_ID", (g) => g.d(11)],
  ["chat completion id", "LAST_COMPLETION_ID", (g) => j("chatcmpl", "-", g.a(29))],
  ["AWS KMS key ARN", "KMS_KEY_ARN", (g) => j("arn:aws:kms:eu-west-1:", g.d(12), ":key/", g.uuid())],
  ["masked AWS key id", "AWS_ACCESS_KEY_ID", () => "****************WXYZ"],
  ["redacted token", "GITHUB_TOKEN", () => "[REDACTED]"],
  ["SSH public key", "DEPLOY_AUTHORIZED_KEY", (g) => j("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", g.b(43), " deploy@ci")],
  ["TLS cert SHA-256 fingerprint", "CERT_FINGERPRINT", (g) => Array.from({ length: 32 }, () => g.H(2)).join(":")],
  ["GPG key fingerprint", "RELEASE_GPG_FINGERPRINT", (g) => g.H(40)],
  ["tenant UUID", "TENANT_ID", (g) => g.uuid()],
];

// Renderers that use the slot name (not ones that put the value in an auth header or call it a credential).
const SKIP = new Set(["curl bearer header", "raw HTTP request header", "C# code", "Python crash dump locals", "chat message"]);
const R: Renderer[] = RENDERERS.filter(([n]) => !SKIP.has(n));

const out: CorpusCase[] = [];
let n = 1, r = 0;
for (let t = 0; t < 3; t++) {
  for (const [desc, slot, mk] of SPECS) {
    const [rname, fn] = R[(r++ * 7) % R.length]!;
    out.push({ id: `y100-b-${String(n++).padStart(3, "0")}`, kind: "secrets", category: "heldouty100-benign", label: "benign", text: fn(g, slot, mk(g), desc), note: `benign: ${desc}; slot ${slot}; context: ${rname}` });
  }
}

const wrap = (s: string, w = 64) => s.match(new RegExp(`.{1,${w}}`, "g"))!.join("\n");
const cert = [j("-----BEGIN ", "CERTIFICATE-----"), wrap(j("MIID", g.b64bytes(720))), j("-----END ", "CERTIFICATE-----")].join("\n");
const pub = [j("-----BEGIN ", "PUBLIC KEY-----"), wrap(j("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", g.b64bytes(230))), j("-----END ", "PUBLIC KEY-----")].join("\n");
const K = (desc: string, text: string): CorpusCase => ({ id: `y100-bk-${String(out.length - 83).padStart(3, "0")}`, kind: "secrets", category: "heldouty100-benign", label: "benign", text, note: `benign: ${desc}` });

out.push(K("PEM certificate; write_file tool call", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "certs/ca.crt", content: cert + "\n" } })));
out.push(K("PEM public key in JSON config", JSON.stringify({ issuer: "https://auth.acme-corp.net", audience: "api", publicKey: pub }, null, 2)));
out.push(K("JWKS public key set", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.h(16), alg: "RS256", e: "AQAB", n: g.b64url(256) }] }, null, 2)));
out.push(K("known_hosts lines in MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b(43)}\ngitlab.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${g.b(128)}=\n` }] } })));
out.push(K("SealedSecret encrypted data", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: ${j("AgB", g.b(600))}==\n    DATABASE_URL: ${j("AgC", g.b(520))}=\n`));
out.push(K("ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 12 }, () => g.h(80)).join("\n")}\n`));
out.push(K("SOPS encrypted YAML with sops metadata", `db_password: ENC[AES256_GCM,data:${g.b64bytes(18)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\napi_key: ENC[AES256_GCM,data:${g.b64bytes(40)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\nsops:\n    kms: []\n    age:\n        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n    lastmodified: "2026-11-20T10:12:44Z"\n    mac: ENC[AES256_GCM,data:${g.b64bytes(64)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\n    version: 3.9.1\n`));
out.push(K("minified JS bundle", `!function(e,t){"object"==typeof exports?module.exports=t():e.${g.l(6)}=t()}(this,function(){var e="${g.a(40)}",t=function(n){return n.split("").reverse().join("")},r={v:"3.${g.int(9)}.0",h:"${g.h(40)}"};return{id:e,rev:t,meta:r}});\n//# sourceMappingURL=app.${g.h(20)}.js.map`));
out.push(K("CSS with hashed class names", `.btn_${g.w(5)}{display:inline-flex;padding:.5rem 1rem}.card_${g.w(5)}{box-shadow:0 1px 2px rgba(0,0,0,.1)}.icon_${g.a(8)}{background:url(/static/${g.h(32)}.svg)}\n`));
out.push(K("base64 PNG data URI in HTML", `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${g.b64bytes(420)}" />`));
out.push(K("package-lock.json excerpt", JSON.stringify({ packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: j("sha512-", g.b64bytes(64)) } } }, null, 2)));
out.push(K("go.sum lines", `github.com/gorilla/mux v1.8.1 h1:${g.b64bytes(32)}\ngithub.com/gorilla/mux v1.8.1/go.mod h1:${g.b64bytes(32)}\n`));
out.push(K("pip requirements with hashes", `requests==2.32.3 \\\n    --hash=sha256:${g.h(64)} \\\n    --hash=sha256:${g.h(64)}\n`));
out.push(K("k8s Secret with non-secret data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: feature-flags\ndata:\n  ENABLE_BETA: ${Buffer.from("true").toString("base64")}\n  APP_ENV: ${Buffer.from("production").toString("base64")}\n  REGION: ${Buffer.from("eu-central-1").toString("base64")}\n`));
out.push(K("docker pull output with digests", `latest: Pulling from acme/api\n${g.h(12)}: Pull complete\n${g.h(12)}: Pull complete\nDigest: sha256:${g.h(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api:latest`));
out.push(K("GitHub Actions log with masked secrets", `2026-11-14T09:14:12.2Z env:\n2026-11-14T09:14:12.2Z   NPM_TOKEN: ***\n2026-11-14T09:14:12.2Z   AWS_SECRET_ACCESS_KEY: ***\n2026-11-14T09:14:13.0Z + npm publish --access public\n2026-11-14T09:14:19.4Z + acme-web@2.${g.int(20)}.0 (${g.h(7)})`));
out.push(K("Terraform plan with sensitive values", `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "db-${g.u(26)}"\n      ~ password = (sensitive value)\n        tags     = { "commit" = "${g.h(40)}" }\n    }\n`));
out.push(K("Helm values with existingSecret refs", `postgresql:\n  auth:\n    existingSecret: orders-db\n    secretKeys:\n      adminPasswordKey: postgres-password\nredis:\n  auth:\n    existingSecret: redis-auth\n    existingSecretPasswordKey: password\nimage:\n  digest: sha256:${g.h(64)}\n`));
out.push(K("HAR entry with request and trace ids", JSON.stringify({ request: { method: "GET", url: "https://api.acme-corp.net/v1/orders?page=2", headers: [{ name: "traceparent", value: `00-${g.h(32)}-${g.h(16)}-01` }, { name: "X-Request-Id", value: g.uuid() }] }, response: { status: 200, headers: [{ name: "ETag", value: `W/"${g.h(32)}"` }] } }, null, 2)));
out.push(K("HTML with SRI integrity", `<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${g.b64bytes(48)}" crossorigin="anonymous"></script>`));
out.push(K("Python code with placeholder and env lookup", `import os\nfrom openai import OpenAI\n\n# set OPENAI_API_KEY=sk-... in your shell\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nresp = client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "hi"}])\nprint(resp.id)  # e.g. chatcmpl-${g.a(29)}\n`));
out.push(K("Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n`));

export const cases: CorpusCase[] = out;
