// heldout-y79 benign look-alikes in the same contexts as the positives (seed 79003): hashes, SHAs,
// digests, UUIDs, trace/request ids, vendor object ids, publishable/public keys, public key material,
// certificates, placeholders, masks, secret-manager references, encrypted blobs, minified code, CSS,
// base64 images. Values built at run time.
import type { CorpusCase } from "../types.ts";
import { AN, ANL, B64U, esc, Gen, j, type Tok, RENDERERS } from "./_gen.ts";

const g = new Gen(79003);
const out: Array<[string, string]> = [];
const add = (note: string, text: string) => out.push([note, text]);

// 1) Non-secret values in non-secret slots, rotated through the shared renderers.
type BRow = [what: string, env: string, make: () => string];
const brow: BRow[] = [
  ["git commit SHA", "GIT_COMMIT_SHA", () => g.hex(40)],
  ["sha256 artifact checksum", "ARTIFACT_SHA256", () => g.hex(64)],
  ["container image digest", "IMAGE_DIGEST", () => j("sha256:", g.hex(64))],
  ["request id UUID", "REQUEST_ID", () => g.uuid()],
  ["OpenTelemetry trace id", "TRACE_ID", () => g.hex(32)],
  ["Stripe customer id", "STRIPE_CUSTOMER_ID", () => j("cus_", g.s(14))],
  ["Stripe price id", "STRIPE_PRICE_ID", () => j("price_", "1", g.s(23))],
  ["Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", () => j("pk", "_live_", "51", g.s(97))],
  ["OpenAI chat completion id", "LAST_COMPLETION_ID", () => j("chatcmpl-", g.s(29))],
  ["Anthropic message id", "LAST_MESSAGE_ID", () => j("msg_", "01", g.s(22))],
  ["OpenAI assistant id", "ASSISTANT_ID", () => j("asst_", g.s(24))],
  ["OpenAI org id", "OPENAI_ORG_ID", () => j("org-", g.s(24))],
  ["AWS account id", "AWS_ACCOUNT_ID", () => g.digits(12)],
  ["AWS role ARN", "AWS_ROLE_ARN", () => j("arn:aws:iam::", g.digits(12), ":role/deploy-", g.s(8, ANL))],
  ["GCP project number", "GCP_PROJECT_NUMBER", () => g.digits(12)],
  ["Azure tenant id", "AZURE_TENANT_ID", () => g.uuid()],
  ["Azure subscription id", "AZURE_SUBSCRIPTION_ID", () => g.uuid()],
  ["Slack channel id", "SLACK_CHANNEL_ID", () => j("C0", g.s(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))],
  ["npm package integrity", "PKG_INTEGRITY", () => j("sha512-", g.b64(64))],
  ["SRI hash", "SCRIPT_INTEGRITY", () => j("sha384-", g.b64(48))],
  ["Cloudflare zone id", "CLOUDFLARE_ZONE_ID", () => g.hex(32)],
  ["Cloudflare account id", "CLOUDFLARE_ACCOUNT_ID", () => g.hex(32)],
  ["Vercel project id", "VERCEL_PROJECT_ID", () => j("prj_", g.s(28))],
  ["Vercel org id", "VERCEL_ORG_ID", () => j("team_", g.s(24))],
  ["Datadog trace id", "DD_TRACE_ID", () => g.digits(19)],
  ["GitHub run id", "GITHUB_RUN_ID", () => g.digits(11)],
  ["MongoDB ObjectId", "DEFAULT_TENANT_OID", () => g.hex(24)],
  ["ULID", "EVENT_ID", () => g.s(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")],
  ["KSUID", "BATCH_KSUID", () => g.s(27, AN)],
  ["Twilio Messaging Service SID", "TWILIO_MESSAGING_SERVICE_SID", () => j("MG", g.hex(32))],
  ["placeholder in secret slot", "OPENAI_API_KEY", () => "<your-openai-api-key>"],
  ["masked key in secret slot", "STRIPE_SECRET_KEY", () => j("sk", "_live_", "••••••••••••", g.s(4))],
  ["env reference in secret slot", "GITHUB_TOKEN", () => "${{ secrets.GITHUB_TOKEN }}"],
  ["shell var reference in secret slot", "DATABASE_URL", () => "${DATABASE_URL}"],
  ["1Password reference", "ANTHROPIC_API_KEY", () => "op://Engineering/Anthropic/credential"],
  ["AWS SSM parameter reference", "DD_API_KEY", () => "{{resolve:ssm-secure:/prod/datadog/api-key:3}}"],
  ["Vault reference", "SENDGRID_API_KEY", () => "vault:secret/data/prod/sendgrid#api_key"],
  ["Azure Key Vault reference", "AZURE_CLIENT_SECRET", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/client-secret/)"],
  ["GCP Secret Manager reference", "SLACK_BOT_TOKEN", () => "sm://acme-prod/slack-bot-token/latest"],
  ["masked Anthropic key", "ANTHROPIC_API_KEY", () => j("sk-", "ant-", "api03-", "...", "XXXX")],
  ["asterisk mask", "TWILIO_AUTH_TOKEN", () => "********************************"],
  ["changeme placeholder", "JWT_SECRET", () => "changeme"],
  ["x placeholder", "AWS_SECRET_ACCESS_KEY", () => "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  ["doppler reference", "HF_TOKEN", () => "${DOPPLER_HF_TOKEN:?missing}"],
  ["Kubernetes secretKeyRef-style string", "NPM_TOKEN", () => "secretKeyRef:npm-credentials/token"],
  ["ansible var", "PAYSTACK_SECRET_KEY", () => "{{ vault_paystack_secret_key }}"],
  ["Helm template reference", "REDIS_URL", () => '{{ .Values.redis.url | required "redis.url" }}'],
  ["Gradle build scan id", "BUILD_SCAN_ID", () => g.s(13, ANL)],
  ["Docker container id", "CONTAINER_ID", () => g.hex(64)],
  ["git tree SHA", "TREE_SHA", () => g.hex(40)],
  ["md5 of upload", "UPLOAD_MD5", () => g.hex(32)],
  ["CSS module class hash", "ROOT_CLASS", () => j("_root_", g.s(5, ANL), "_", g.digits(1))],
  ["webpack chunk hash", "CHUNK_HASH", () => g.hex(20)],
  ["Pinecone index host", "PINECONE_HOST", () => j("https://docs-", g.s(7, ANL), ".svc.aped-4627-b74a.pinecone.io")],
  ["Algolia app id", "ALGOLIA_APP_ID", () => g.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")],
  ["Auth0 client id", "AUTH0_CLIENT_ID", () => g.s(32)],
  ["Google OAuth client id", "GOOGLE_CLIENT_ID", () => j(g.digits(12), "-", g.s(32, ANL), ".apps.googleusercontent.com")],
  ["PayPal order id", "LAST_ORDER_ID", () => g.s(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")],
  ["Shopify product gid", "FEATURED_PRODUCT_GID", () => j("gid://shopify/Product/", g.digits(13))],
];
// Renderers whose wording itself marks the value as a credential are not used for benign values.
const SECRETISH = new Set([
  "curl command with header",
  "C# appsettings binding",
  "Node fetch call with Authorization header",
  "chat message in a team channel",
  "SQL seed insert",
  "Rust test fixture",
  "Python SDK constructor",
  "TypeScript env default",
]);
const BR = RENDERERS.filter((r) => !SECRETISH.has(r.ctx));
brow.forEach(([what, env, make], i) => {
  const t: Tok = { provider: what, group: "benign", env, value: make() };
  const r = BR[(i * 7 + 3) % BR.length]!;
  add(`benign ${what} (${env}) in ${r.ctx}`, r.render(t, g));
});

// 2) Handcrafted benign artefacts.
const pem = (label: string, n: number) => g.pem(label, n);
add("SSH public key in authorized_keys via write_file", JSON.stringify({ type: "tool_use", id: "toolu_01Zx", name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, AN + "+/")} deploy@ci\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.s(200, AN + "+/")}= ops@laptop\n` } }));
add("PEM certificate pasted into chat", JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: `is this cert expired?\n${pem("CERTIFICATE", 900)}\n` }] }));
add("PEM public key in a JWKS-ish config", `jwt:\n  issuer: https://auth.acme.io/\n  public_key: |\n${pem("PUBLIC KEY", 294).split("\n").map((l) => "    " + l).join("\n")}\n`);
add("JWKS document with public RSA modulus", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.s(16), alg: "RS256", n: g.b64url(256), e: "AQAB" }] }, null, 2));
add("age public key recipient", `# .sops.yaml\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`);
add("SOPS-encrypted YAML values", `api_key: ENC[AES256_GCM,data:${g.b64(40)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\ndb_password: ENC[AES256_GCM,data:${g.b64(24)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\nsops:\n  age:\n    - recipient: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n  lastmodified: "2025-10-01T12:00:00Z"\n  mac: ENC[AES256_GCM,data:${g.b64(32)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n  version: 3.9.0\n`);
add("Bitnami SealedSecret", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: stripe\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: Ag${g.s(340, AN + "+/")}==\n`);
add("ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.hex(80)).join("\n")}\n`);
add("base64 PNG data URI in HTML", `<img alt="logo" width="32" height="32" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.s(300, AN + "+/")}AAAAAElFTkSuQmCC" />`);
add("minified JS bundle excerpt", `!function(e,t){"object"==typeof exports?module.exports=t():e.${g.s(6, ANL)}=t()}(this,function(){var n="${g.s(64, AN + "+/")}",r=function(e){return n.indexOf(e)};return{d:r,v:"3.4.1",h:"${g.hex(40)}"}});`);
add("CSS with hashed class names and base64 font", `.${g.s(8, ANL)}_${g.s(5, AN)}{display:flex;gap:8px}.btn-${g.hex(6)}{color:#${g.hex(6)}}@font-face{font-family:x;src:url(data:font/woff2;base64,d09GMgABAAAA${g.s(120, AN + "+/")})}`);
add("package-lock.json excerpt with integrity and resolved", `"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-${g.b64(64)}",\n  "license": "MIT"\n}`);
add("go.sum lines", `github.com/stretchr/testify v1.9.0 h1:${g.b64(32)}\ngithub.com/stretchr/testify v1.9.0/go.mod h1:${g.b64(32)}\n`);
add("CI log with commit SHAs and digests", `2025-11-04T12:00:01Z Checking out ${g.hex(40)}\n2025-11-04T12:01:13Z #12 pushing ghcr.io/acme/api:main@sha256:${g.hex(64)}\n2025-11-04T12:01:14Z cache key: node-modules-${g.hex(64)}\n2025-11-04T12:01:15Z upload artifact id ${g.digits(10)}`);
add("HTTP response headers with request/trace ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: req_${g.s(24)}\ntraceparent: 00-${g.hex(32)}-${g.hex(16)}-01\ncf-ray: ${g.hex(16)}-FRA\netag: W/"${g.hex(32)}"\n`);
add("Anthropic API response echoed in MCP result", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: JSON.stringify({ id: j("msg_", "01", g.s(22)), type: "message", role: "assistant", model: "claude-sonnet-4-5", usage: { input_tokens: 812, output_tokens: 97 } }) }] } }));
add("Stripe webhook event payload (ids only)", JSON.stringify({ id: j("evt_", "1", g.s(23)), object: "event", type: "payment_intent.succeeded", data: { object: { id: j("pi_", "3", g.s(23)), customer: j("cus_", g.s(14)), latest_charge: j("ch_", "3", g.s(23)), client_secret: null } } }, null, 2));
add("OpenAI response with chatcmpl and system fingerprint", JSON.stringify({ id: j("chatcmpl-", g.s(29)), object: "chat.completion", created: 1731000000, model: "gpt-4o-2024-08-06", system_fingerprint: j("fp_", g.hex(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." } }] }));
add("Markdown doc with placeholder keys", `## Configuration\n\nSet these in \`.env\`:\n\n| var | example |\n|---|---|\n| \`OPENAI_API_KEY\` | \`sk-...XXXX\` |\n| \`ANTHROPIC_API_KEY\` | \`<your-anthropic-key>\` |\n| \`STRIPE_SECRET_KEY\` | \`sk_live_<redacted>\` |\n| \`GITHUB_TOKEN\` | \`$GITHUB_TOKEN\` |\n`);
add(".env.example with empty values", `# copy to .env\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=\nAWS_ACCESS_KEY_ID=\nAWS_SECRET_ACCESS_KEY=\nDATABASE_URL=postgres://user:password@localhost:5432/app\nREDIS_URL=redis://localhost:6379\n`);
add("Terraform referencing secrets via data sources", `data "aws_secretsmanager_secret_version" "stripe" {\n  secret_id = "prod/stripe/secret-key"\n}\n\nresource "aws_lambda_function" "billing" {\n  function_name = "billing"\n  environment {\n    variables = {\n      STRIPE_SECRET_KEY = data.aws_secretsmanager_secret_version.stripe.secret_string\n    }\n  }\n}\n`);
add("GitHub Actions using secrets context", `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${g.hex(40)}\n      - run: ./deploy.sh\n        env:\n          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n`);
add("CI log with masked secrets", `2025-11-04T10:00:02Z + npm publish --access public\n2025-11-04T10:00:02Z npm notice Publishing to https://registry.npmjs.org/ with tag latest\n2025-11-04T10:00:03Z NODE_AUTH_TOKEN=***\n2025-11-04T10:00:05Z + @acme/sdk@3.2.0\n`);
add("Python code reading key from env only", `import os\nfrom anthropic import Anthropic\n\nclient = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\nresp = client.messages.create(model="claude-sonnet-4-5", max_tokens=256, messages=[{"role": "user", "content": "hi"}])\nprint(resp.id)\n`);
add("Go code with hash constant", `package migrate\n\n// schemaChecksum pins the expected sha256 of migrations/0001_init.sql.\nconst schemaChecksum = "${g.hex(64)}"\n`);
add("Rust test with SHA-1 vector", `#[test]\nfn sha1_vector() {\n    assert_eq!(hex(sha1(b"hello world")), "${g.hex(40)}");\n}\n`);
add("SQL with UUID primary keys", `INSERT INTO tenants (id, slug, created_at) VALUES\n  ('${g.uuid()}', 'acme', NOW()),\n  ('${g.uuid()}', 'globex', NOW());\n`);
add("diff bumping a lockfile hash", `diff --git a/poetry.lock b/poetry.lock\n@@ -1,3 +1,3 @@\n [metadata]\n-content-hash = "${g.hex(64)}"\n+content-hash = "${g.hex(64)}"\n python-versions = "^3.11"\n`);
add("Jupyter notebook output with image/png base64", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 5, outputs: [{ output_type: "display_data", data: { "image/png": g.b64(240), "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }], source: ["plt.plot(xs, ys)"] }], nbformat: 4, nbformat_minor: 5 }));
add("crash dump with addresses and build id", `Fatal error: SIGSEGV at 0x00007f${g.hex(10)}\nBuild ID: ${g.hex(40)}\n#0 0x000055${g.hex(10)} in parse_header (src/parse.c:212)\n#1 0x000055${g.hex(10)} in main (src/main.c:48)\n`);
add("shell history with checksum verification", `  812  curl -LO https://dl.example.org/tool-1.4.2-linux-amd64.tar.gz\n  813  echo "${g.hex(64)}  tool-1.4.2-linux-amd64.tar.gz" | sha256sum -c -\n  814  tar xzf tool-1.4.2-linux-amd64.tar.gz\n`);
add("chat message sharing a request id", `[14:02] priya: support asked for the failing request id: req_${g.s(24)} (trace ${g.hex(32)})\n[14:03] li: thanks, forwarding\n`);
add("curl with env-var header", `curl -sS https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY" | jq '.data[].id'`);
add("Kubernetes Secret with non-secret base64 data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("search,export,beta-ui").toString("base64")}\n`);
add("Java properties with encrypted Jasypt value reference", `spring.datasource.url=jdbc:postgresql://db:5432/orders\nspring.datasource.username=orders\nspring.datasource.password=\${DB_PASSWORD}\n`);
add("XML with certificate thumbprint", `<configuration>\n  <system.serviceModel>\n    <behaviors><serviceBehaviors><behavior><serviceCredentials>\n      <serviceCertificate findValue="${g.hex(40).toUpperCase()}" storeLocation="LocalMachine" storeName="My" x509FindType="FindByThumbprint" />\n    </serviceCredentials></behavior></serviceBehaviors></behaviors>\n  </system.serviceModel>\n</configuration>`);
add("HAR entry with cookies of consent/analytics ids", JSON.stringify({ request: { method: "GET", url: "https://www.example.com/", headers: [{ name: "Cookie", value: `_ga=GA1.1.${g.digits(10)}.${g.digits(10)}; consent=${g.uuid()}` }] }, response: { status: 200 } }));
add("TOML with public key and fingerprint", `[signing]\npublic_key = "${g.b64(32)}"\nkey_id = "${g.hex(16).toUpperCase()}"\nalgorithm = "ed25519"\n`);
add("OpenAI tool call running a hash", JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + g.s(24), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `git cat-file -p ${g.hex(40)} && shasum -a 256 dist/app.js` }) } }] }));
add("JSON-escaped chat with pasted lockfile SHAs", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: esc(`why did this change?\n- "checksum": "${g.hex(64)}"\n+ "checksum": "${g.hex(64)}"`) }] }));

export const cases: CorpusCase[] = out.map(([note, text], i) => ({
  id: `y79-b-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty79-benign",
  label: "benign",
  text,
  note,
}));
void B64U;
