// heldout-y76: benign look-alikes in the same contexts (ids, digests, public material, placeholders,
// references, encrypted blobs). Rotated through the neutral renderers, plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { Gen, j, renderers, ctxFor, type Spec, AN } from "./_gen.ts";

const g = new Gen(0x76f3);
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const b64 = (n: number) => g.b64bytes(n);

type B = Omit<Spec, "group">;
const rotated: B[] = [
  { provider: "git commit SHA", env: "GIT_COMMIT_SHA", make: (x) => x.h(40) },
  { provider: "container image digest", env: "IMAGE_DIGEST", make: (x) => j("sha256:", x.h(64)) },
  { provider: "request id (UUID)", env: "LAST_REQUEST_ID", make: (x) => x.uuid() },
  { provider: "W3C trace id", env: "OTEL_TRACE_ID", make: (x) => x.h(32) },
  { provider: "traceparent header value", env: "TRACEPARENT", make: (x) => j("00-", x.h(32), "-", x.h(16), "-01") },
  { provider: "Stripe publishable key", env: "STRIPE_PUBLISHABLE_KEY", make: (x) => j("pk", "_live_", "51", x.a(97)) },
  { provider: "Stripe customer id", env: "STRIPE_CUSTOMER_ID", make: (x) => j("cus", "_", x.a(14)) },
  { provider: "Stripe price id", env: "STRIPE_PRICE_ID", make: (x) => j("price", "_1", x.a(23)) },
  { provider: "Stripe payment intent id", env: "PAYMENT_INTENT_ID", make: (x) => j("pi", "_3", x.a(23)) },
  { provider: "OpenAI chat completion id", env: "LAST_COMPLETION_ID", make: (x) => j("chatcmpl", "-", x.a(29)) },
  { provider: "Anthropic message id", env: "LAST_MESSAGE_ID", make: (x) => j("msg", "_01", x.a(21)) },
  { provider: "OpenAI organization id", env: "OPENAI_ORG_ID", make: (x) => j("org", "-", x.a(24)) },
  { provider: "OpenAI assistant id", env: "OPENAI_ASSISTANT_ID", make: (x) => j("asst", "_", x.a(24)) },
  { provider: "OpenAI file id", env: "TRAINING_FILE_ID", make: (x) => j("file", "-", x.a(22)) },
  { provider: "npm integrity", env: "LOCK_INTEGRITY", make: (x) => j("sha512-", x.b64bytes(64)) },
  { provider: "SRI hash", env: "SCRIPT_INTEGRITY", make: (x) => j("sha384-", x.b64bytes(48)) },
  { provider: "Content-MD5", env: "UPLOAD_CONTENT_MD5", make: (x) => x.b64bytes(16) },
  { provider: "S3 ETag", env: "ARTIFACT_ETAG", make: (x) => x.h(32) },
  { provider: "SHA-256 checksum", env: "RELEASE_SHA256", make: (x) => x.h(64) },
  { provider: "AWS account id", env: "AWS_ACCOUNT_ID", make: (x) => x.d(12) },
  { provider: "AWS role ARN", env: "AWS_ROLE_ARN", make: (x) => j("arn:aws:iam::", x.d(12), ":role/github-actions-deploy") },
  { provider: "KMS key ARN", env: "KMS_KEY_ARN", make: (x) => j("arn:aws:kms:us-east-1:", x.d(12), ":key/", x.uuid()) },
  { provider: "Azure tenant id", env: "AZURE_TENANT_ID", make: (x) => x.uuid() },
  { provider: "Azure subscription id", env: "AZURE_SUBSCRIPTION_ID", make: (x) => x.uuid() },
  { provider: "Azure client id", env: "AZURE_CLIENT_ID", make: (x) => x.uuid() },
  { provider: "GCP project number", env: "GCP_PROJECT_NUMBER", make: (x) => x.d(12) },
  { provider: "Google OAuth client id", env: "GOOGLE_CLIENT_ID", make: (x) => j(x.d(12), "-", x.al(32), ".apps.googleusercontent.com") },
  { provider: "Okta client id", env: "OKTA_CLIENT_ID", make: (x) => j("0oa", x.a(17)) },
  { provider: "Slack channel id", env: "SLACK_ALERTS_CHANNEL", make: (x) => j("C0", x.au(9)) },
  { provider: "Discord guild id", env: "DISCORD_GUILD_ID", make: (x) => x.d(19) },
  { provider: "GitHub App id", env: "GITHUB_APP_ID", make: (x) => x.d(6) },
  { provider: "GitHub run id", env: "GITHUB_RUN_ID", make: (x) => x.d(11) },
  { provider: "Sentry project id", env: "SENTRY_PROJECT_ID", make: (x) => x.d(7) },
  { provider: "Datadog monitor id", env: "DD_MONITOR_ID", make: (x) => x.d(9) },
  { provider: "HubSpot portal id", env: "HUBSPOT_PORTAL_ID", make: (x) => x.d(8) },
  { provider: "Cloudflare zone id", env: "CLOUDFLARE_ZONE_ID", make: (x) => x.h(32) },
  { provider: "Cloudflare account id", env: "CLOUDFLARE_ACCOUNT_ID", make: (x) => x.h(32) },
  { provider: "Vercel project id", env: "VERCEL_PROJECT_ID", make: (x) => j("prj", "_", x.a(28)) },
  { provider: "Vercel org id", env: "VERCEL_ORG_ID", make: (x) => j("team", "_", x.a(24)) },
  { provider: "Ethereum address", env: "TREASURY_ADDRESS", make: (x) => j("0x", x.h(40)) },
  { provider: "age public key", env: "SOPS_AGE_RECIPIENTS", make: (x) => j("age1", x.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")) },
  { provider: "Nostr npub", env: "NOSTR_PUBKEY", make: (x) => j("npub1", x.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")) },
  { provider: "placeholder masked OpenAI key", env: "OPENAI_API_KEY", make: () => j("sk-", "proj-", "...", "XXXX") },
  { provider: "placeholder angle brackets", env: "STRIPE_SECRET_KEY", make: () => "<your-stripe-secret-key>" },
  { provider: "shell variable reference", env: "GITHUB_TOKEN", make: () => "${GH_PAT}" },
  { provider: "Actions secrets expression", env: "NPM_TOKEN", make: () => "${{ secrets.NPM_TOKEN }}" },
  { provider: "1Password reference", env: "ANTHROPIC_API_KEY", make: () => "op://Engineering/Anthropic/credential" },
  { provider: "Vault reference", env: "DATABASE_PASSWORD", make: () => "vault:secret/data/prod/db#password" },
  { provider: "AWS Secrets Manager ARN", env: "DB_SECRET_ARN", make: (x) => j("arn:aws:secretsmanager:eu-west-1:", x.d(12), ":secret:prod/db-", x.a(6)) },
  { provider: "SSM dynamic reference", env: "SLACK_BOT_TOKEN", make: () => "{{resolve:ssm-secure:/prod/slack/bot-token:3}}" },
  { provider: "Key Vault reference", env: "SENDGRID_API_KEY", make: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid/)" },
  { provider: "GCP Secret Manager path", env: "TWILIO_AUTH_TOKEN", make: () => "sm://acme-prod/twilio-auth-token/latest" },
  { provider: "masked value from CLI output", env: "DD_API_KEY", make: () => "****************************a91f" },
  { provider: "changeme placeholder", env: "ADMIN_PASSWORD", make: () => "changeme" },
  { provider: "SOPS-encrypted value", env: "STRIPE_WEBHOOK_SECRET", make: (x) => j("ENC[AES256_GCM,data:", x.b64bytes(30), ",iv:", x.b64bytes(32), ",tag:", x.b64bytes(16), ",type:str]") },
  { provider: "feature flag key", env: "LAUNCHDARKLY_FLAG_KEY", make: () => "checkout-redesign-2026" },
  { provider: "Docker image tag with SHA", env: "IMAGE", make: (x) => j("ghcr.io/acme/api:sha-", x.h(7)) },
  { provider: "Webpack content hash", env: "ASSET_HASH", make: (x) => x.h(20) },
  { provider: "Mixpanel project token (public)", env: "MIXPANEL_PROJECT_ID", make: (x) => x.d(7) },
  { provider: "build number", env: "BUILD_ID", make: (x) => j(x.d(4), "-", x.h(8)) },
];

const NEUTRAL = new Set(["curl header", "raw HTTP request header", "C# code", "Python code", "chat message", "form body"]);
const neutral = renderers.filter((r) => !NEUTRAL.has(r.name));

const out: CorpusCase[] = [];
rotated.forEach((b, i) => {
  const rd = neutral[(i * 7) % neutral.length]!;
  const v = b.make(g);
  out.push({ id: `y76-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty76-benign", label: "benign", text: rd.r(ctxFor({ ...b, group: "benign" }, v, g)), note: `benign ${b.provider}: ${b.env} in ${rd.name}` });
});

// handcrafted
const hand: Array<[string, string]> = [];
const add = (note: string, text: string) => hand.push([note, text]);
const chat = (content: string) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content }] });

add("SSH ed25519 public key in authorized_keys written by tool call", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} ci@acme\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${g.b64(340)} ops@laptop\n` } }));
add("PEM certificate in a chat body", chat(`is this cert chain in the right order?\n\n${["-----BEGIN CERTIFICATE-----", wrap("MIIDdzCCAl+gAwIBAgIE" + b64(700)), "-----END CERTIFICATE-----"].join("\n")}\n`));
add("PEM public key in a JWKS-style config (YAML)", `auth:\n  issuer: https://auth.acme.io\n  public_key: |\n${["-----BEGIN PUBLIC KEY-----", wrap("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + b64(230)), "-----END PUBLIC KEY-----"].map((l) => "    " + l).join("\n")}\n`);
add("JWKS public key (n, e) JSON", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.h(40), alg: "RS256", n: g.b64ubytes(256), e: "AQAB" }] }, null, 2));
add("ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${wrap(g.h(640), 80)}\n`);
add("SealedSecret encryptedData", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: ${j("AgB", g.b64(680))}\n    SENDGRID_API_KEY: ${j("AgC", g.b64(680))}\n`);
add("SOPS-encrypted YAML file with sops metadata", `database:\n  password: ENC[AES256_GCM,data:${g.b64bytes(18)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\nsops:\n  kms: []\n  age:\n    - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n${wrap(g.b64bytes(180)).split("\n").map((l) => "        " + l).join("\n")}\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: "2026-11-20T10:11:12Z"\n  mac: ENC[AES256_GCM,data:${g.b64bytes(64)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\n  version: 3.9.1\n`);
add("base64 PNG data URI in CSS", `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64(400)}=");\n}\n`);
add("minified JS bundle fragment", `!function(e,t){"object"==typeof exports?module.exports=t():e.${g.a(6)}=t()}(this,function(){var e="${g.a(40)}",t={${"abcdef".split("").map((c) => `${c}:"${g.b64u(24)}"`).join(",")}};return function(n){return t[n]||e}});\n//# sourceMappingURL=app.${g.h(20)}.js.map`);
add("CSS module class hashes", `.Button_root__${g.a(5)}{display:flex}.Button_primary__${g.a(5)}{background:#${g.h(6)};color:#${g.h(6)}}.Card_shadow__${g.a(5)}{box-shadow:0 1px 2px #${g.h(8)}}`);
add("go.sum lines", `github.com/aws/aws-sdk-go-v2 v1.32.4 h1:${g.b64bytes(32)}\ngithub.com/aws/aws-sdk-go-v2 v1.32.4/go.mod h1:${g.b64bytes(32)}\ngolang.org/x/crypto v0.29.0 h1:${g.b64bytes(32)}\n`);
add("Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.41.1"\nchecksum = "${g.h(64)}"\n`);
add("package-lock entry", JSON.stringify({ "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: j("sha512-", g.b64bytes(64)), license: "MIT" } }, null, 2));
add("diff with index SHAs and lockfile hashes", `diff --git a/poetry.lock b/poetry.lock\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/poetry.lock\n+++ b/poetry.lock\n@@ -210,3 +210,3 @@ files = [\n-    {file = "requests-2.32.2-py3-none-any.whl", hash = "sha256:${g.h(64)}"},\n+    {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:${g.h(64)}"},\n ]\n`);
add("k8s Deployment with secretKeyRef and image digest", `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api@sha256:${g.h(64)}\n          env:\n            - name: STRIPE_SECRET_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: stripe\n                  key: secret-key\n`);
add("k8s Secret with non-secret base64 data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  APP_ENV: ${Buffer.from("production").toString("base64")}\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n`);
add("GitHub Actions workflow using secrets expressions", `jobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${g.h(40)} # v4.2.2\n      - uses: actions/setup-node@${g.h(40)}\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n          OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n`);
add(".env.example with placeholders", `# copy to .env and fill in\nOPENAI_API_KEY=sk-your-key-here\nANTHROPIC_API_KEY=<your-anthropic-key>\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nGITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nDATABASE_URL=postgres://user:password@localhost:5432/app\n`);
add("curl with env-var references", `curl https://api.openai.com/v1/chat/completions \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "Content-Type: application/json" \\\n  -d '{"model":"gpt-4.1-mini","messages":[{"role":"user","content":"ping"}]}'`);
add("HTTP response headers with request and trace ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${g.uuid()}\nx-amz-request-id: ${g.hu(16)}\nx-amz-id-2: ${g.b64bytes(56)}\ncf-ray: ${g.h(16)}-FRA\nx-cloud-trace-context: ${g.h(32)}/${g.d(19)};o=1\netag: "${g.h(32)}"\n`);
add("GitHub webhook delivery with HMAC signature header", `POST /webhooks/github HTTP/1.1\nHost: ci.acme.io\nX-GitHub-Event: push\nX-GitHub-Delivery: ${g.uuid()}\nX-Hub-Signature-256: sha256=${g.h(64)}\nContent-Type: application/json\n\n{"ref":"refs/heads/main","after":"${g.h(40)}","before":"${g.h(40)}"}`);
add("Stripe webhook signature header in a log", `2026-11-30T12:00:01Z INFO webhook received id=evt_${g.a(24)} type=invoice.paid stripe-signature="t=1764504001,v1=${g.h(64)}" customer=cus_${g.a(14)}`);
add("MCP tool result listing git log", JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: Array.from({ length: 5 }, () => `${g.h(40)} ${g.pick(["fix: retry on 502", "chore(deps): bump axios", "feat: add export", "docs: readme", "refactor: split client"])}`).join("\n") }] } }));
add("Terraform state excerpt with resource ids", JSON.stringify({ version: 4, terraform_version: "1.9.8", serial: 42, lineage: g.uuid(), resources: [{ type: "aws_instance", name: "web", instances: [{ attributes: { id: j("i-0", g.h(16)), ami: j("ami-0", g.h(16)), subnet_id: j("subnet-0", g.h(16)), arn: j("arn:aws:ec2:us-east-1:", g.d(12), ":instance/i-0", g.h(16)) } }] }] }, null, 1));
add("SQL with UUID primary keys and bcrypt-free user table", `INSERT INTO users (id, email, org_id, created_at) VALUES\n  ('${g.uuid()}', 'ana@acme.io', '${g.uuid()}', now()),\n  ('${g.uuid()}', 'li@acme.io', '${g.uuid()}', now());\n`);
add("Jupyter notebook output with dataframe of hashes", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 7, source: ["df[['file', 'sha256']].head(3)"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`  file        sha256\n0 a.parquet   ${g.h(64)}\n1 b.parquet   ${g.h(64)}\n2 c.parquet   ${g.h(64)}`] } }] }], nbformat: 4, nbformat_minor: 5 }));
add("Python code reading key from env (no default)", `import os\nfrom anthropic import Anthropic\n\nclient = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\nresp = client.messages.create(model="claude-sonnet-4-5", max_tokens=256, messages=[{"role": "user", "content": "hi"}])\nprint(resp.id)  # e.g. msg_01${g.a(21)}\n`);
add("Go code with config struct tags and hashes", `type Config struct {\n\tAPIKey string \`env:"PAYMENTS_API_KEY,required"\`\n\tRegion string \`env:"REGION" envDefault:"us-east-1"\`\n}\n\n// schema checksum: ${g.h(64)}\nconst schemaVersion = "${g.h(12)}"\n`);
add("TypeScript test using obvious fakes", `import { describe, it, expect } from "vitest";\n\ndescribe("redact", () => {\n  it("masks keys", () => {\n    expect(redact("token=sk-test-REDACTED")).toBe("token=[REDACTED]");\n    expect(redact("ghp_" + "x".repeat(36))).toContain("[REDACTED]");\n  });\n});\n`);
add("Markdown doc with masked key and key rotation steps", `## Rotating the Stripe key\n\n1. Create a new restricted key in the dashboard.\n2. Store it: \`aws secretsmanager put-secret-value --secret-id prod/stripe --secret-string file://key.txt\`\n3. The dashboard then shows it as \`rk_live_…${g.a(4)}\`.\n4. Delete the old key (\`rk_live_…${g.a(4)}\`).\n`);
add("CI log with masked secrets", `2026-11-30T09:00:01.001Z Run npm publish\n2026-11-30T09:00:01.002Z   NODE_AUTH_TOKEN: ***\n2026-11-30T09:00:03.550Z npm notice Publishing to https://registry.npmjs.org/ with tag latest\n2026-11-30T09:00:04.102Z npm notice shasum: ${g.h(40)}\n2026-11-30T09:00:04.102Z npm notice integrity: sha512-${g.b64(20)}[...]${g.b64(10)}==\n`);
add("crash dump with pointers and build id", `fatal error: unexpected signal during runtime execution\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x${g.h(12)} pc=0x${g.h(6)}]\nbuild id: ${g.h(40)}\nruntime stack:\nruntime.throw({0x${g.h(6)}, 0x2a})\n\t/usr/local/go/src/runtime/panic.go:1023 +0x5c fp=0xc000${g.h(6)} sp=0xc000${g.h(6)}\n`);
add("HCL with data source for secret", `data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/db/password"\n}\n\nresource "aws_db_instance" "main" {\n  identifier = "prod-db"\n  password   = data.aws_secretsmanager_secret_version.db.secret_string\n  kms_key_id = "arn:aws:kms:us-east-1:${g.d(12)}:key/${g.uuid()}"\n}\n`);
add("XML with certificate thumbprint", `<configuration>\n  <system.serviceModel>\n    <behaviors><serviceBehaviors><behavior>\n      <serviceCredentials>\n        <serviceCertificate findValue="${g.hu(40)}" storeLocation="LocalMachine" x509FindType="FindByThumbprint" />\n      </serviceCredentials>\n    </behavior></serviceBehaviors></behaviors>\n  </system.serviceModel>\n</configuration>`);
add("properties with encrypted Jasypt value", `spring.datasource.url=jdbc:postgresql://db:5432/app\nspring.datasource.username=app\nspring.datasource.password=ENC(${g.b64bytes(48)})\njasypt.encryptor.password=\${JASYPT_ENCRYPTOR_PASSWORD}\n`);
add("OpenAI tool_calls shell with env reference", JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + g.a(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: "gh auth login --with-token < ~/.config/gh/token-from-keychain && gh pr create --fill" }) } }] }));
add("WireGuard public-only peer config", `[Peer]\nPublicKey = ${g.b64bytes(32)}\nPresharedKeyFile = /etc/wireguard/psk\nEndpoint = 203.0.113.10:51820\nAllowedIPs = 10.8.0.0/24\n`);
add("Docker build output with layer digests", `#5 [2/6] RUN apk add --no-cache git\n#5 sha256:${g.h(64)} 3.1MB / 3.1MB 0.4s done\n#8 exporting layers\n#8 writing image sha256:${g.h(64)} done\n#8 naming to ghcr.io/acme/api:${g.h(7)} done\n`);
add("chat body asking about a truncated key mask", chat(`the dashboard says my key is "sk-ant-...${g.a(4)}" but the app logs "invalid x-api-key" — I load it from Keychain via \`security find-generic-password -s anthropic -w\`. ideas?`));
add("INI with hashed password (argon2 params only) and salt-free ids", `[server]\nnode_id = ${g.uuid()}\ncluster_id = ${g.h(16)}\n\n[tls]\ncert_file = /etc/app/tls.crt\nkey_file = /etc/app/tls.key\nfingerprint = ${Array.from({ length: 32 }, () => g.hu(2)).join(":")}\n`);
add("TOML with public key and checksum", `[release]\nversion = "3.2.0"\nsha256 = "${g.h(64)}"\n\n[signing]\nminisign_public_key = "RWQ${g.b64(53)}"\n`);
add("YAML with Sentry-free ids and long random slug", `deployments:\n  - id: dpl_${g.a(24)}\n    url: https://storefront-${g.al(9)}-acme.vercel.app\n    commit: ${g.h(40)}\n    state: READY\n`);

hand.forEach(([note, text], i) => out.push({ id: `y76-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty76-benign", label: "benign", text, note: `benign: ${note}` }));
void AN;

export const cases: CorpusCase[] = out;
