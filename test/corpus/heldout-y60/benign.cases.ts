// heldout-y60: benign look-alikes in the same contexts (digests, ids, public material, placeholders, refs, ciphertext).
import type { CorpusCase } from "../types.ts";
import { Gen, renderers, type Spec } from "./_gen.ts";

const g = new Gen(0x60b0);
const c = (...xs: string[]) => xs.join("");
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");

// renderers whose slot does not imply the value is a credential
const SAFE = new Set([
  "Anthropic tool_use write_file config.yaml", "OpenAI tool_calls shell command", "MCP tool result echoed back",
  "shell history export", "docker run -e", "raw HTTP request JSON body", "form-urlencoded body", "URL query string in log",
  "multipart form", ".env file via write_file", "docker-compose YAML", "TOML config", "INI config", "Java .properties",
  "JSON config file", "XML config", "Go code", "Java code", "Ruby code", "PHP code", "Rust code", "GitHub Actions CI log",
  "Jupyter notebook cell", "Markdown setup doc", "unified diff", "k8s Secret stringData", "Dockerfile ENV", "Terraform HCL",
]);
const R = renderers.filter((r) => SAFE.has(r.ctx));

const specs: Spec[] = [
  { p: "git commit SHA", g: "", e: "GIT_SHA", m: (g) => g.hex(40) },
  { p: "short git SHA", g: "", e: "BUILD_REVISION", m: (g) => g.hex(12) },
  { p: "sha256 digest", g: "", e: "ARTIFACT_SHA256", m: (g) => g.hex(64) },
  { p: "OCI image digest", g: "", e: "IMAGE_DIGEST", m: (g) => c("sha256:", g.hex(64)) },
  { p: "md5 checksum", g: "", e: "ASSET_MD5", m: (g) => g.hex(32) },
  { p: "SRI integrity", g: "", e: "SCRIPT_INTEGRITY", m: (g) => c("sha384-", g.b64bytes(48)) },
  { p: "UUID tenant id", g: "", e: "TENANT_ID", m: (g) => g.uuid() },
  { p: "Azure subscription id", g: "", e: "AZURE_SUBSCRIPTION_ID", m: (g) => g.uuid() },
  { p: "Azure client id (app id)", g: "", e: "AZURE_CLIENT_ID", m: (g) => g.uuid() },
  { p: "OpenTelemetry trace id", g: "", e: "TRACE_ID", m: (g) => g.hex(32) },
  { p: "request id", g: "", e: "REQUEST_ID", m: (g) => c("req_", g.an(24)) },
  { p: "Stripe customer id", g: "", e: "STRIPE_CUSTOMER_ID", m: (g) => c("cus_", g.an(14)) },
  { p: "Stripe price id", g: "", e: "STRIPE_PRICE_ID", m: (g) => c("price_", "1", g.an(23)) },
  { p: "Stripe publishable key (live)", g: "", e: "STRIPE_PUBLISHABLE_KEY", m: (g) => c("pk", "_live_", "51", g.an(97)) },
  { p: "OpenAI chat completion id", g: "", e: "LAST_COMPLETION_ID", m: (g) => c("chatcmpl-", g.an(29)) },
  { p: "Anthropic message id", g: "", e: "LAST_MESSAGE_ID", m: (g) => c("msg_01", g.an(22)) },
  { p: "OpenAI assistant id", g: "", e: "OPENAI_ASSISTANT_ID", m: (g) => c("asst_", g.an(24)) },
  { p: "OpenAI org id", g: "", e: "OPENAI_ORG_ID", m: (g) => c("org-", g.an(24)) },
  { p: "Vercel project id", g: "", e: "VERCEL_PROJECT_ID", m: (g) => c("prj_", g.an(28)) },
  { p: "AWS ARN", g: "", e: "ROLE_ARN", m: (g) => c("arn:aws:iam::", g.dig(12), ":role/deploy-", g.lo(6)) },
  { p: "AWS KMS key id", g: "", e: "KMS_KEY_ID", m: (g) => g.uuid() },
  { p: "Slack channel id", g: "", e: "SLACK_CHANNEL_ID", m: (g) => c("C0", g.up(9)) },
  { p: "Google Analytics measurement id", g: "", e: "GA_MEASUREMENT_ID", m: (g) => c("G-", g.up(10)) },
  { p: "GitHub Actions run id", g: "", e: "GITHUB_RUN_ID", m: (g) => g.dig(11) },
  { p: "Heroku app id", g: "", e: "HEROKU_APP_ID", m: (g) => g.uuid() },
  { p: "age public key", g: "", e: "SOPS_AGE_RECIPIENTS", m: (g) => c("age1", g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")) },
  { p: "WireGuard public key", g: "", e: "WG_PEER_PUBLIC_KEY", m: (g) => g.b64bytes(32) },
  { p: "env reference", g: "", e: "OPENAI_API_KEY", m: () => "${OPENAI_API_KEY}" },
  { p: "GitHub Actions secret reference", g: "", e: "NPM_TOKEN", m: () => "${{ secrets.NPM_TOKEN }}" },
  { p: "placeholder", g: "", e: "STRIPE_SECRET_KEY", m: () => "<your-stripe-secret-key>" },
  { p: "mask", g: "", e: "ANTHROPIC_API_KEY", m: (g) => c("sk-ant-", "...", g.an(4)) },
  { p: "mask with X", g: "", e: "GITHUB_TOKEN", m: () => c("gh", "p_", "X".repeat(36)) },
  { p: "1Password reference", g: "", e: "DATABASE_PASSWORD", m: () => "op://Production/orders-db/password" },
  { p: "Vault reference", g: "", e: "SLACK_BOT_TOKEN", m: () => "vault:secret/data/slack#bot_token" },
  { p: "AWS SSM reference", g: "", e: "SENDGRID_API_KEY", m: () => "{{resolve:ssm-secure:/prod/sendgrid/api_key:3}}" },
  { p: "Azure Key Vault reference", g: "", e: "DB_CONNECTION", m: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/db-conn/)" },
  { p: "GCP Secret Manager path", g: "", e: "JWT_SECRET", m: (g) => c("projects/", g.dig(12), "/secrets/jwt-secret/versions/latest") },
  { p: "empty value with comment", g: "", e: "TWILIO_AUTH_TOKEN", m: () => "\"\"  # set in CI" },
  { p: "changeme", g: "", e: "ADMIN_PASSWORD", m: () => "changeme" },
  { p: "SOPS ciphertext", g: "", e: "API_KEY", m: (g) => c("ENC[AES256_GCM,data:", g.b64bytes(30), ",iv:", g.b64bytes(32), ",tag:", g.b64bytes(16), ",type:str]") },
  { p: "npm lockfile integrity", g: "", e: "PKG_INTEGRITY", m: (g) => c("sha512-", g.b64bytes(64)) },
  { p: "Docker image tag with digest", g: "", e: "IMAGE", m: (g) => c("ghcr.io/acme/api@sha256:", g.hex(64)) },
  { p: "Mongo ObjectId", g: "", e: "DEFAULT_ORG_ID", m: (g) => g.hex(24) },
  { p: "ULID", g: "", e: "JOB_ID", m: (g) => g.str(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ") },
  { p: "Firebase project number", g: "", e: "FIREBASE_MESSAGING_SENDER_ID", m: (g) => g.dig(12) },
  { p: "Datadog site/service tag", g: "", e: "DD_SITE", m: () => "datadoghq.eu" },
  { p: "Cloudflare zone id", g: "", e: "CLOUDFLARE_ZONE_ID", m: (g) => g.hex(32) },
  { p: "Cloudflare account id", g: "", e: "CLOUDFLARE_ACCOUNT_ID", m: (g) => g.hex(32) },
  { p: "Algolia app id", g: "", e: "ALGOLIA_APP_ID", m: (g) => g.up(10) },
  { p: "Google OAuth client id", g: "", e: "GOOGLE_CLIENT_ID", m: (g) => c(g.dig(12), "-", g.lo(32), ".apps.googleusercontent.com") },
  { p: "GitHub App id + installation id", g: "", e: "GITHUB_APP_INSTALLATION_ID", m: (g) => g.dig(8) },
  { p: "commit range", g: "", e: "DIFF_BASE", m: (g) => c(g.hex(40), "...", g.hex(40)) },
  { p: "Terraform state lock id", g: "", e: "TF_LOCK_ID", m: (g) => g.uuid() },
  { p: "Kubernetes pod uid", g: "", e: "POD_UID", m: (g) => g.uuid() },
  { p: "session id (logged out)", g: "", e: "CSRF_COOKIE_NAME", m: () => "__Host-csrf" },
  { p: "base64 of non-secret json", g: "", e: "FEATURE_FLAGS_B64", m: () => Buffer.from(JSON.stringify({ search: true, beta: false, theme: "dark" })).toString("base64") },
  { p: "Supabase project URL", g: "", e: "SUPABASE_URL", m: (g) => c("https://", g.lo(20), ".supabase.co") },
  { p: "Postgres URL without password", g: "", e: "DATABASE_URL", m: () => "postgresql://app@localhost:5432/orders_dev?sslmode=disable" },
  { p: "Postgres URL with env-var password", g: "", e: "DATABASE_URL", m: () => "postgres://app:${DB_PASSWORD}@db:5432/app" },
  { p: "ansible vault reference", g: "", e: "DB_PASS", m: () => "{{ vault_db_password }}" },
];

const out: CorpusCase[] = [];
specs.forEach((s, i) => {
  const r = R[(i * 5) % R.length]!;
  out.push({ id: `y60-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty60-benign", label: "benign", text: r.r(s.e, s.m(g), s, g), note: `${s.p}; slot ${s.e}; context: ${r.ctx}` });
});

const hand: [string, string][] = [];
const h = (note: string, text: string) => hand.push([note, text]);
h("PEM certificate in chat body", JSON.stringify({ messages: [{ role: "user", content: `nginx says ssl handshake failed, here's the cert:\n-----BEGIN CERTIFICATE-----\n${wrap(g.b64bytes(900))}\n-----END CERTIFICATE-----` }] }));
h("PEM public key in JWKS-ish config", `jwt:\n  issuer: https://auth.acme.io\n  public_key: |\n    -----BEGIN PUBLIC KEY-----\n${wrap(g.b64bytes(294)).split("\n").map((l) => "    " + l).join("\n")}\n    -----END PUBLIC KEY-----`);
h("SSH public key in authorized_keys via tool call", JSON.stringify({ tool: "bash", input: { command: `echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} dev@laptop' >> ~/.ssh/authorized_keys` } }));
h("SSH RSA public key in Terraform", `resource "aws_key_pair" "deployer" {\n  key_name   = "deployer"\n  public_key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(540)} deployer@ci"\n}`);
h("known_hosts line", `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)}\n|1|${g.b64bytes(20)}|${g.b64bytes(20)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${g.b64(140)}=`);
h("SOPS-encrypted YAML file", `stripe:\n    secret_key: ENC[AES256_GCM,data:${g.b64bytes(80)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\nsops:\n    age:\n        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n${wrap(g.b64bytes(180)).split("\n").map((l) => "            " + l).join("\n")}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2026-02-20T10:11:12Z"\n    mac: ENC[AES256_GCM,data:${g.b64bytes(64)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\n    version: 3.9.1`);
h("Bitnami SealedSecret", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    OPENAI_API_KEY: Ag${g.b64(600)}==\n    STRIPE_SECRET_KEY: Ag${g.b64(600)}==`);
h("ansible-vault encrypted var file", `$ANSIBLE_VAULT;1.1;AES256\n${wrap(g.hex(640), 80)}`);
h("minified JS bundle chunk", `!function(e,t){"use strict";var n="${g.an(40)}",r=function(e){return e.replace(/[A-Z]/g,function(e){return"-"+e.toLowerCase()})};e.__chunk_${g.hex(8)}={id:"${g.hex(20)}",h:n,m:r}}(window,document);\n//# sourceMappingURL=main.${g.hex(20)}.js.map`);
h("CSS with hashed class names and base64 font", `.btn_${g.an(6)}__${g.an(5)}{color:#1f2937;background:#f3f4f6}\n.card_${g.an(6)}__${g.an(5)}{box-shadow:0 1px 2px rgba(0,0,0,.05)}\n@font-face{font-family:Inter;src:url(data:font/woff2;base64,${g.b64bytes(180)}) format("woff2")}`);
h("base64 PNG data URI in HTML", `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64bytes(240)}" width="32" height="32">`);
h("package-lock excerpt with integrity", JSON.stringify({ packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: "sha512-" + g.b64bytes(64) }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + g.b64bytes(64) } } }, null, 2));
h("go.sum lines", `github.com/aws/aws-sdk-go-v2 v1.30.3 h1:${g.b64bytes(32)}\ngithub.com/aws/aws-sdk-go-v2 v1.30.3/go.mod h1:${g.b64bytes(32)}\ngolang.org/x/crypto v0.25.0 h1:${g.b64bytes(32)}`);
h("Cargo.lock checksum", `[[package]]\nname = "serde"\nversion = "1.0.204"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"`);
h("git log output in MCP result", JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: Array.from({ length: 5 }, () => `commit ${g.hex(40)}\nAuthor: Dev <dev@acme.io>\n\n    fix: retry on 502\n`).join("\n") }] } }));
h("docker pull output with digests", `latest: Pulling from acme/api\n${g.hex(12)}: Pull complete\n${g.hex(12)}: Pull complete\nDigest: sha256:${g.hex(64)}\nStatus: Downloaded newer image for acme/api:latest`);
h("OpenAI API response body with ids (no key)", JSON.stringify({ id: "chatcmpl-" + g.an(29), object: "chat.completion", created: 1741000000, model: "gpt-4o-2024-08-06", system_fingerprint: "fp_" + g.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 120, completion_tokens: 3 } }));
h("Stripe webhook event payload (object ids only)", JSON.stringify({ id: "evt_1" + g.an(23), object: "event", type: "payment_intent.succeeded", data: { object: { id: "pi_3" + g.an(23), customer: "cus_" + g.an(14), latest_charge: "ch_3" + g.an(23), payment_method: "pm_1" + g.an(23) } } }, null, 2));
h("response headers with request/trace ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${g.uuid()}\ntraceparent: 00-${g.hex(32)}-${g.hex(16)}-01\ncf-ray: ${g.hex(16)}-FRA\nx-amz-cf-id: ${g.u64(56)}==\netag: W/"${g.hex(32)}"`);
h(".env.example with placeholders", `# copy to .env\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your-anthropic-key>\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nDATABASE_URL=postgres://user:password@localhost:5432/db\nSLACK_BOT_TOKEN=xoxb-your-token-here`);
h("masked secrets in CI log", `2026-03-04T10:00:01Z Run aws-actions/configure-aws-credentials@v4\n2026-03-04T10:00:01Z   aws-access-key-id: ***\n2026-03-04T10:00:01Z   aws-secret-access-key: ***\n2026-03-04T10:00:02Z Authenticated as assumedRoleId ${c("AR", "OA", g.str(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))}:gh-actions`);
h("GitHub Actions workflow with secrets references", `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      STRIPE_SECRET_KEY: \${{ secrets.STRIPE_SECRET_KEY }}\n      OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n    steps:\n      - uses: actions/checkout@${g.hex(40)} # v4.1.7\n      - run: ./deploy.sh`);
h("Kubernetes ExternalSecret", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: OPENAI_API_KEY\n      remoteRef:\n        key: prod/api/openai`);
h("Terraform plan with sensitive values hidden", `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "db-${g.up(26)}"\n      ~ password = (sensitive value)\n        tags     = {}\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`);
h("Python code reading key from env only", `import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nresp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])\nprint(resp.id)  # e.g. chatcmpl-${g.an(29)}`);
h("TypeScript test with hash fixtures", `describe("hashFile", () => {\n  it("matches sha256", async () => {\n    expect(await hashFile("fixtures/a.bin")).toBe("${g.hex(64)}");\n    expect(await hashFile("fixtures/b.bin")).toBe("${g.hex(64)}");\n  });\n});`);
h("SQL with uuids and hashes", `INSERT INTO uploads (id, owner_id, sha256, etag) VALUES\n  ('${g.uuid()}', '${g.uuid()}', '${g.hex(64)}', '${g.hex(32)}'),\n  ('${g.uuid()}', '${g.uuid()}', '${g.hex(64)}', '${g.hex(32)}');`);
h("bcrypt hash in seed (hash, not secret)", `-- seed admin user (password hash only)\nINSERT INTO users (email, password_hash) VALUES ('admin@acme.io', '$2b$12$${g.str(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}');`);
h("Jupyter output with base64 plot", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 7, outputs: [{ output_type: "display_data", data: { "image/png": "iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzk" + g.b64bytes(300), "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }], source: ["df.plot()"] }] }));
h("Markdown doc with placeholder curl", "## Calling the API\n\n```bash\ncurl https://api.acme.io/v1/items \\\n  -H \"Authorization: Bearer $ACME_API_KEY\"\n```\n\nReplace `$ACME_API_KEY` with the key from **Settings → API** (it starts with `acme_live_`).");
h("diff bumping pinned image digest", `--- a/deploy/api.yaml\n+++ b/deploy/api.yaml\n@@ -10,3 +10,3 @@\n-        image: ghcr.io/acme/api@sha256:${g.hex(64)}\n+        image: ghcr.io/acme/api@sha256:${g.hex(64)}\n         imagePullPolicy: IfNotPresent`);
h("Git LFS pointer", `version https://git-lfs.github.com/spec/v1\noid sha256:${g.hex(64)}\nsize ${g.range(10000, 9999999)}`);
h("TLS fingerprints in config", `tls:\n  pinned_sha256:\n    - "${g.b64bytes(32)}"\n    - "${g.b64bytes(32)}"\n  ca_fingerprint: "${Array.from({ length: 32 }, () => g.hex(2).toUpperCase()).join(":")}"`);
h("HMAC signature header on webhook (signature, not key)", `POST /webhooks/github HTTP/1.1\nX-GitHub-Delivery: ${g.uuid()}\nX-GitHub-Event: push\nX-Hub-Signature-256: sha256=${g.hex(64)}\nContent-Type: application/json\n\n{"ref":"refs/heads/main","after":"${g.hex(40)}"}`);
h("crash dump with memory addresses and build id", `Thread 0 Crashed:: Dispatch queue: com.apple.main-thread\n0   libsystem_kernel.dylib        0x${g.hex(16)} __pthread_kill + 8\n1   acme-agent                    0x${g.hex(16)} main + 412\nBinary Images:\n0x${g.hex(9)} - 0x${g.hex(9)} acme-agent <${g.uuid().toUpperCase()}> /usr/local/bin/acme-agent\nBuild ID: ${g.hex(40)}`);
h("Helm values with existingSecret references", `postgresql:\n  auth:\n    existingSecret: orders-db\n    secretKeys:\n      adminPasswordKey: postgres-password\nredis:\n  auth:\n    existingSecret: redis-auth\n    existingSecretPasswordKey: password\nimage:\n  digest: sha256:${g.hex(64)}`);
h("Chat about rotating a key (masked)", JSON.stringify({ messages: [{ role: "user", content: `I rotated the Stripe key — old one was sk_live_****${g.an(4)}, new one is in 1Password under "Stripe prod". Can you update the deploy script to read STRIPE_SECRET_KEY from the environment instead of hardcoding?` }] }));
h("XML with assembly public key token", `<dependentAssembly>\n  <assemblyIdentity name="Newtonsoft.Json" publicKeyToken="${g.hex(16)}" culture="neutral" />\n  <bindingRedirect oldVersion="0.0.0.0-13.0.0.0" newVersion="13.0.0.0" />\n</dependentAssembly>`);
h("C# with GUIDs for project types", `Project("{${g.uuid().toUpperCase()}}") = "Acme.Api", "src\\Acme.Api\\Acme.Api.csproj", "{${g.uuid().toUpperCase()}}"\nEndProject`);
h("INI with public OAuth client id and redirect", `[oauth]\nclient_id = ${g.dig(12)}-${g.lo(32)}.apps.googleusercontent.com\nredirect_uri = http://localhost:8080/callback\nscopes = openid email profile`);
h("Java test with random-looking constants (nonces in test vectors, labelled hashes)", `@Test\nvoid sha1OfEmpty() {\n    assertEquals("da39a3ee5e6b4b0d3255bfef95601890afd80709", Hashing.sha1().hashString("", UTF_8).toString());\n    assertEquals("${g.hex(40)}", Hashing.sha1().hashString("acme", UTF_8).toString());\n}`);

hand.forEach(([note, text], i) => out.push({ id: `y60-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty60-benign", label: "benign", text, note }));

export const cases: CorpusCase[] = out;
