// Benign look-alikes: identifiers, digests, public material, references, masks and placeholders in
// the same contexts as the positives. Random-looking values are built at run time.
import type { CorpusCase } from "../types.ts";
import { G, j, renderers, type Slot } from "./_gen.ts";

const g = new G(0x61b9);

interface BSpec { provider: string; env: string; key?: string; hdr?: string; what: string; make: () => string }

const bspecs: BSpec[] = [
  { provider: "Build metadata", env: "GIT_COMMIT_SHA", hdr: "X-Git-Sha", what: "git commit SHA", make: () => g.hex(40) },
  { provider: "Build metadata", env: "IMAGE_DIGEST", hdr: "X-Image-Digest", what: "container image digest", make: () => "sha256:" + g.hex(64) },
  { provider: "Tracing", env: "REQUEST_ID", hdr: "X-Request-Id", what: "request id UUID", make: () => g.uuid() },
  { provider: "Tracing", env: "TRACEPARENT", hdr: "traceparent", what: "W3C traceparent", make: () => `00-${g.hex(32)}-${g.hex(16)}-01` },
  { provider: "Stripe", env: "STRIPE_CUSTOMER_ID", key: "customer_id", hdr: "X-Customer-Id", what: "Stripe customer object id", make: () => j("cus", "_", g.an(14)) },
  { provider: "Stripe", env: "STRIPE_PRICE_ID", key: "price_id", hdr: "X-Price-Id", what: "Stripe price object id", make: () => j("price", "_1", g.an(23)) },
  { provider: "Stripe", env: "STRIPE_PUBLISHABLE_KEY", key: "publishable_key", hdr: "X-Publishable-Key", what: "Stripe publishable key", make: () => j("pk", "_live_", "51", g.an(97)) },
  { provider: "OpenAI", env: "LAST_COMPLETION_ID", key: "completion_id", hdr: "X-Completion-Id", what: "chat completion id", make: () => j("chatcmpl-", g.an(29)) },
  { provider: "Anthropic", env: "LAST_MESSAGE_ID", key: "message_id", hdr: "X-Message-Id", what: "Anthropic message id", make: () => j("msg", "_01", g.an(21)) },
  { provider: "Anthropic", env: "UPSTREAM_REQUEST_ID", key: "request_id", hdr: "request-id", what: "Anthropic request id", make: () => j("req", "_011", g.an(21)) },
  { provider: "OpenAI", env: "OPENAI_ASSISTANT_ID", key: "assistant_id", hdr: "X-Assistant-Id", what: "assistant id", make: () => j("asst", "_", g.an(24)) },
  { provider: "OpenAI", env: "OPENAI_ORG_ID", key: "organization", hdr: "OpenAI-Organization", what: "OpenAI organization id", make: () => j("org", "-", g.an(24)) },
  { provider: "CDN", env: "ASSET_INTEGRITY", key: "integrity", hdr: "X-Asset-Integrity", what: "SRI sha384 hash", make: () => "sha384-" + g.b64(64) },
  { provider: "npm", env: "LOCK_INTEGRITY", key: "integrity", hdr: "X-Integrity", what: "lockfile sha512 integrity", make: () => "sha512-" + g.b64(86) + "==" },
  { provider: "AWS", env: "S3_OBJECT_ETAG", key: "etag", hdr: "ETag", what: "S3 ETag (md5)", make: () => g.hex(32) },
  { provider: "AWS", env: "KMS_KEY_ARN", key: "kms_key_arn", hdr: "X-Kms-Key", what: "KMS key ARN", make: () => `arn:aws:kms:eu-west-1:${g.dig(12)}:key/${g.uuid()}` },
  { provider: "AWS", env: "DB_PASSWORD_SECRET_ARN", key: "password_secret_arn", hdr: "X-Secret-Ref", what: "Secrets Manager ARN reference", make: () => `arn:aws:secretsmanager:us-east-1:${g.dig(12)}:secret:prod/orders/db-${g.an(6)}` },
  { provider: "1Password", env: "STRIPE_SECRET_KEY", key: "stripe_secret_key", hdr: "X-Secret-Ref", what: "1Password op:// reference", make: () => "op://Production/Stripe/credential" },
  { provider: "Vault", env: "DATABASE_PASSWORD", key: "database_password", hdr: "X-Secret-Ref", what: "Vault path reference", make: () => "vault:secret/data/prod/orders#password" },
  { provider: "Azure Key Vault", env: "ConnectionStrings__Db", key: "db_connection", hdr: "X-Secret-Ref", what: "Key Vault reference", make: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/db-conn/)" },
  { provider: "GCP Secret Manager", env: "API_KEY_SECRET", key: "api_key_secret", hdr: "X-Secret-Ref", what: "Secret Manager resource name", make: () => `projects/${g.dig(12)}/secrets/api-key/versions/latest` },
  { provider: "Env interpolation", env: "OPENAI_API_KEY", key: "api_key", hdr: "Authorization", what: "${VAR} placeholder", make: () => "${OPENAI_API_KEY}" },
  { provider: "Placeholder", env: "ANTHROPIC_API_KEY", key: "api_key", hdr: "x-api-key", what: "<your-key> placeholder", make: () => "<your-anthropic-api-key>" },
  { provider: "Mask", env: "STRIPE_SECRET_KEY", key: "secret_key", hdr: "X-Masked", what: "masked key with last four", make: () => j("sk", "_live_", "••••••••••••••••", g.an(4)) },
  { provider: "Mask", env: "OPENAI_API_KEY", key: "api_key", hdr: "X-Masked", what: "masked sk-...XXXX", make: () => j("sk-", "...", g.an(4)) },
  { provider: "GitHub Actions", env: "NPM_TOKEN", key: "npm_token", hdr: "X-Token-Ref", what: "Actions secrets expression", make: () => "${{ secrets.NPM_TOKEN }}" },
  { provider: "Build metadata", env: "WEBPACK_CHUNK_HASH", key: "chunk_hash", hdr: "X-Build-Hash", what: "webpack content hash", make: () => g.hex(20) },
  { provider: "Sentry", env: "SENTRY_EVENT_ID", key: "event_id", hdr: "X-Sentry-Event", what: "Sentry event id", make: () => g.hex(32) },
  { provider: "Vercel", env: "VERCEL_DEPLOYMENT_ID", key: "deployment_id", hdr: "X-Vercel-Id", what: "Vercel deployment id", make: () => j("dpl", "_", g.an(28)) },
  { provider: "Twilio", env: "TWILIO_MESSAGE_SID", key: "message_sid", hdr: "X-Message-Sid", what: "Twilio message SID", make: () => j("SM", g.hex(32)) },
];

// Renderers whose wording implies a credential are not used for benign values.
const safe = renderers.filter((r) => !/tool_use write_file|MCP tool result|SQL seed|Markdown doc|chat message paste/.test(r.ctx));

const rotated: CorpusCase[] = [];
for (let i = 0; i < 60; i++) {
  const b = bspecs[i % bspecs.length]!;
  const rd = safe[(i * 5 + 1) % safe.length]!;
  const slot: Slot = { provider: b.provider, env: b.env, key: b.key ?? b.env.toLowerCase(), hdr: b.hdr ?? "X-Request-Id", host: "api.acme-internal.io", value: b.make() };
  rotated.push({ id: `y61-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty61-benign", label: "benign", text: rd.r(slot, g), note: `${b.what} (${b.env}) in ${rd.ctx}` });
}

const B = "-----" + "BEGIN ";
const E = "-----" + "END ";
const hand: Array<[string, string]> = [];
const add = (note: string, text: string) => hand.push([note, text]);

add("PEM certificate chain in nginx config paste", `ssl_certificate /etc/ssl/acme.crt;\n# acme.crt:\n${B}CERTIFICATE-----\n${g.pemBody(18)}\n${E}CERTIFICATE-----`);
add("PEM public key in JWT verifier config", `jwt:\n  issuer: https://auth.acme.io\n  public_key: |\n    ${B}PUBLIC KEY-----\n    ${g.pemBody(5).split("\n").join("\n    ")}\n    ${E}PUBLIC KEY-----`);
add("SSH authorized_keys public key via tool call", JSON.stringify({ name: "run_shell", arguments: { command: `echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} dev@laptop' >> ~/.ssh/authorized_keys` } }));
add("ssh-rsa public key in Terraform", `resource "aws_key_pair" "deployer" {\n  key_name   = "deployer"\n  public_key = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(360)} deployer@ci"\n}`);
add("PGP public key block in README", `## Verifying releases\n\n\`\`\`\n${B}PGP PUBLIC KEY BLOCK-----\n\n${g.pemBody(10)}\n=${g.b64(4)}\n${E}PGP PUBLIC KEY BLOCK-----\n\`\`\``);
add("SOPS-encrypted YAML", `db:\n  password: ENC[AES256_GCM,data:${g.b64(24)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n  age:\n    - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n  lastmodified: "2026-10-01T09:00:00Z"\n  mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n  version: 3.9.0`);
add("Bitnami SealedSecret manifest", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-creds\n  namespace: prod\nspec:\n  encryptedData:\n    API_KEY: Ag${g.b64(340)}==\n    DB_PASSWORD: Ag${g.b64(340)}==`);
add("ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.hex(80)).join("\n")}`);
add("base64 PNG data URI in CSS", `.logo {\n  width: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64(400)}=");\n}`);
add("minified JS bundle fragment", `!function(e,t){"use strict";var n=${JSON.stringify(g.an(32))},r=function(e){return e.replace(/[A-Z]/g,function(e){return"-"+e.toLowerCase()})};e.__chunk_${g.hex(8)}=function(){return{id:n,h:"${g.hex(20)}",k:r}}}(window,document);`);
add("CSS module hashed class names", `.Button_root__${g.b64u(5)}{display:inline-flex}.Button_primary__${g.b64u(5)}{background:#0a7}.Card_body__${g.b64u(5)}{padding:12px}`);
add("go.sum lines", `github.com/google/uuid v1.6.0 h1:${g.b64(43)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64(43)}=\ngolang.org/x/net v0.30.0 h1:${g.b64(43)}=`);
add("Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.214"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.41.0"\nchecksum = "${g.hex(64)}"`);
add("Terraform lock file hashes", `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.74.0"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${g.b64(43)}=",\n    "zh:${g.hex(64)}",\n    "zh:${g.hex(64)}",\n  ]\n}`);
add("package-lock entry with integrity", JSON.stringify({ "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: "sha512-" + g.b64(86) + "==" } }, null, 2));
add("JWKS public key set", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(40), alg: "RS256", n: g.b64u(342), e: "AQAB" }] }, null, 2));
add("git log output in tool result", JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: `commit ${g.hex(40)}\nAuthor: Dana <dana@acme.io>\nDate:   Tue Nov 18 10:22:01 2026 +0000\n\n    fix retry backoff\n\ncommit ${g.hex(40)}\nMerge: ${g.hex(7)} ${g.hex(7)}\n\n    Merge pull request #812` }] } }));
add("Dockerfile pinned by digest", `FROM node:22-alpine@sha256:${g.hex(64)} AS build\nWORKDIR /app\nCOPY . .\nRUN npm ci && npm run build\nFROM gcr.io/distroless/nodejs22@sha256:${g.hex(64)}\nCOPY --from=build /app/dist /app`);
add("HTTP response headers with ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${g.uuid()}\nx-amz-cf-id: ${g.b64u(54)}==\netag: W/"${g.hex(32)}"\nx-amzn-trace-id: Root=1-${g.hex(8)}-${g.hex(24)}`);
add("HTML with SRI and CSP nonce", `<script src="https://cdn.acme.io/app.${g.hex(8)}.js" integrity="sha384-${g.b64(64)}" crossorigin="anonymous"></script>\n<script nonce="${g.b64(22)}==">window.__BUILD__="${g.hex(12)}"</script>`);
add("GitHub Actions log with masked secrets", `Run npm publish\n  env:\n    NODE_AUTH_TOKEN: ***\n    NPM_CONFIG_PROVENANCE: true\nnpm notice Publishing to https://registry.npmjs.org/ with tag latest\nnpm notice shasum: ${g.hex(40)}\n+ @acme/sdk@3.2.0`);
add(".env.example with placeholders", `OPENAI_API_KEY=sk-your-key-here\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nJWT_SECRET=changeme`);
add("docker-compose with env references", `services:\n  api:\n    image: acme/api:latest\n    environment:\n      OPENAI_API_KEY: \${OPENAI_API_KEY}\n      DATABASE_URL: \${DATABASE_URL:?set DATABASE_URL}\n      STRIPE_SECRET_KEY_FILE: /run/secrets/stripe_key\n    secrets:\n      - stripe_key`);
add("k8s ExternalSecret referencing a store", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/billing/stripe\n        property: secret_key`);
add("Python code reading key from env only", `import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nresp = client.chat.completions.create(model="gpt-4.1-mini", messages=[{"role": "user", "content": "hi"}])\nprint(resp.id)  # e.g. chatcmpl-${g.an(29)}`);
add("Stripe webhook event body with object ids", JSON.stringify({ id: j("evt", "_1", g.an(23)), object: "event", type: "payment_intent.succeeded", data: { object: { id: j("pi", "_3", g.an(23)), customer: j("cus", "_", g.an(14)), latest_charge: j("ch", "_3", g.an(23)), client_secret: null, amount: 4200, currency: "eur" } } }, null, 2));
add("UUIDs in SQL migration", `INSERT INTO tenants (id, name, created_at) VALUES\n  ('${g.uuid()}', 'acme', NOW()),\n  ('${g.uuid()}', 'globex', NOW());`);
add("Jupyter notebook output with image hash", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 7, outputs: [{ output_type: "display_data", data: { "image/png": "iVBORw0KGgoAAAANSUhEUgAAAGQAAABkCAYAAABw4pVU" + g.b64(300) }, metadata: {} }], source: ["df.plot()"] }], nbformat: 4, nbformat_minor: 5 }, null, 1));
add("MCP tools/list result with schema hashes", JSON.stringify({ jsonrpc: "2.0", id: 1, result: { tools: [{ name: "search_issues", description: "Search issues", inputSchema: { type: "object", properties: { query: { type: "string" } } }, annotations: { schemaHash: g.hex(64) } }] } }));
add("Markdown doc telling user where to put key", `## Configuration\n\nCreate an API key in the dashboard (Settings → API keys) and export it:\n\n\`\`\`bash\nexport ACME_API_KEY=<paste-your-key>\n\`\`\`\n\nNever commit the key. Keys look like \`acme_live_…\` and are shown once.`);
add("crash dump with memory addresses and build id", `Thread 0 Crashed:: Dispatch queue: com.apple.main-thread\n0   libsystem_kernel.dylib  0x00000001${g.hex(8)} __pthread_kill + 8\n1   acme-agent              0x00000001${g.hex(8)} main + 412\nBinary Images:\n0x100${g.hex(6)} - 0x100${g.hex(6)} acme-agent (1.4.2) <${g.uuid().toUpperCase()}> /usr/local/bin/acme-agent\nBuild ID: ${g.hex(40)}`);
add("diff rotating key to secret reference", `--- a/config/prod.yml\n+++ b/config/prod.yml\n@@ -2,4 +2,4 @@\n payments:\n   provider: stripe\n-  secret_key: \${STRIPE_SECRET_KEY}\n+  secret_key_ref: arn:aws:secretsmanager:eu-west-1:${g.dig(12)}:secret:prod/stripe-${g.an(6)}\n   currency: eur`);
add("curl with token from env var", `curl -sS https://api.github.com/repos/acme/site/actions/runs \\\n  -H "Authorization: Bearer $GITHUB_TOKEN" \\\n  -H "X-GitHub-Api-Version: 2022-11-28" | jq '.workflow_runs[0].head_sha'`);
add("Helm values with existingSecret", `postgresql:\n  auth:\n    existingSecret: orders-db\n    secretKeys:\n      adminPasswordKey: postgres-password\nimage:\n  digest: sha256:${g.hex(64)}`);
add("TOML with key file path", `[signing]\nkey_file = "/etc/acme/signing.key"\nkey_id = "${g.hex(16)}"\nalgorithm = "ed25519"\npublic_key = "${g.b64(43)}="`);
add("git signing key id in .gitconfig", `[user]\n  name = Dana\n  email = dana@acme.io\n  signingkey = ${g.HEX(16)}\n[commit]\n  gpgsign = true`);
add("Ethereum address and tx hash in log", `2026-11-20T12:00:01Z sent tx 0x${g.hex(64)} from 0x${g.hex(40)} to 0x${g.hex(40)} gas=21000`);
add("age public recipient in .sops.yaml", `creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`);
add("PowerShell SecureString encrypted blob", `$enc = "01000000d08c9ddf0115d1118c7a00c04fc297eb01000000${g.hex(200)}"\n$secure = ConvertTo-SecureString $enc`);
add("Content hash in Next.js build manifest", JSON.stringify({ pages: { "/": [`static/chunks/pages/index-${g.hex(16)}.js`], "/_app": [`static/chunks/pages/_app-${g.hex(16)}.js`] }, buildId: g.b64u(21) }, null, 2));

const handcrafted: CorpusCase[] = hand.map(([note, text], i) => ({ id: `y61-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty61-benign", label: "benign", text, note }));

export const cases: CorpusCase[] = [...rotated, ...handcrafted];
