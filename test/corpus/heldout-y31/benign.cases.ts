// heldout-y31 benign look-alikes: hashes, ids, public material, placeholders, references, encrypted blobs.
import type { CorpusCase } from "../types.ts";
import { AL, B64, DIG, Gen, HU, HX, LO, UP, URL64, renderers, type Slot } from "./_gen.ts";

const g = new Gen(0x31c0_0003);
const CAT = "heldouty31-benign";
const LA = "abcdefghijklmnopqrstuvwxyz";

// Renderers that do not put the value in an auth header or call it a credential.
const safe = renderers.filter((r) => !r.http && !/form-encoded|multipart|chat message|Kubernetes Secret|Markdown|crash dump|pasted \.env/.test(r.name));

interface B { provider: string; env: string; what: string; make: (g: Gen) => string }
const B = (provider: string, env: string, what: string, make: (g: Gen) => string): B => ({ provider, env, what, make });

const slotted: B[] = [
  B("git", "GIT_COMMIT_SHA", "git commit SHA", (g) => g.s(40, HX)),
  B("Docker", "IMAGE_DIGEST", "image digest", (g) => "sha256:" + g.s(64, HX)),
  B("build", "ARTIFACT_SHA256", "artifact checksum", (g) => g.s(64, HX)),
  B("service", "REQUEST_ID", "request id UUID", (g) => g.uuid()),
  B("OpenTelemetry", "OTEL_TRACE_ID", "W3C trace id", (g) => g.s(32, HX)),
  B("OpenTelemetry", "TRACEPARENT", "traceparent header value", (g) => `00-${g.s(32, HX)}-${g.s(16, HX)}-01`),
  B("Stripe", "STRIPE_CUSTOMER_ID", "customer object id", (g) => "cus_" + g.s(14, AL)),
  B("Stripe", "STRIPE_PRICE_ID", "price object id", (g) => "price_" + g.s(24, AL)),
  B("Stripe", "STRIPE_PAYMENT_INTENT", "PaymentIntent id", (g) => "pi_" + g.s(24, AL)),
  B("Stripe", "STRIPE_PUBLISHABLE_KEY", "publishable key", (g) => "pk_" + "live_" + g.s(99, AL)),
  B("OpenAI", "LAST_COMPLETION_ID", "chat completion id", (g) => "chatcmpl-" + g.s(29, AL)),
  B("OpenAI", "OPENAI_ASSISTANT_ID", "assistant id", (g) => "asst_" + g.s(24, AL)),
  B("OpenAI", "OPENAI_ORG_ID", "organization id", (g) => "org-" + g.s(24, AL)),
  B("OpenAI", "OPENAI_PROJECT_ID", "project id", (g) => "proj_" + g.s(24, AL)),
  B("Anthropic", "LAST_MESSAGE_ID", "message id", (g) => "msg_01" + g.s(22, AL)),
  B("Vercel", "VERCEL_PROJECT_ID", "project id", (g) => "prj_" + g.s(28, AL)),
  B("Vercel", "VERCEL_ORG_ID", "team id", (g) => "team_" + g.s(24, AL)),
  B("Cloudflare", "CLOUDFLARE_ACCOUNT_ID", "account id", (g) => g.s(32, HX)),
  B("Cloudflare", "CLOUDFLARE_ZONE_ID", "zone id", (g) => g.s(32, HX)),
  B("AWS", "AWS_ACCOUNT_ID", "account id", (g) => g.s(12, DIG)),
  B("AWS", "KMS_KEY_ARN", "KMS key ARN", (g) => `arn:aws:kms:eu-west-1:${g.s(12, DIG)}:key/${g.uuid()}`),
  B("AWS", "SUBNET_IDS", "subnet ids", (g) => `subnet-0${g.s(16, HX)},subnet-0${g.s(16, HX)}`),
  B("Slack", "SLACK_CHANNEL_ID", "channel id", (g) => "C0" + g.s(9, UP)),
  B("Discord", "DISCORD_GUILD_ID", "guild snowflake", (g) => "1" + g.s(18, DIG)),
  B("Sentry", "SENTRY_RELEASE", "release SHA", (g) => "web@" + g.s(40, HX)),
  B("GitHub", "GITHUB_APP_ID", "app id", (g) => g.s(6, DIG)),
  B("GPG", "GIT_SIGNING_KEY_FINGERPRINT", "public key fingerprint", (g) => g.s(40, HU)),
  B("SSH", "HOST_KEY_FINGERPRINT", "SSH host key fingerprint", (g) => "SHA256:" + g.s(43, B64)),
  B("npm", "LOCKFILE_INTEGRITY", "SRI integrity", (g) => "sha512-" + g.s(86, B64) + "=="),
  B("Segment", "ANONYMOUS_ID", "analytics anonymous id", (g) => g.uuid()),
  B("Supabase", "SUPABASE_PROJECT_REF", "project ref", (g) => g.s(20, LA)),
  B("Datadog", "DD_TRACE_ID", "decimal trace id", (g) => "1" + g.s(18, DIG)),
  B("S3", "CONTENT_MD5", "content MD5 (base64)", (g) => g.b64bytes(16)),
  B("HTTP", "ETAG", "etag", (g) => `W/"${g.s(32, HX)}"`),
  // placeholders, masks, references in credential slots
  B("OpenAI", "OPENAI_API_KEY", "mask sk-...XXXX", () => "sk-" + "proj-..." + "XXXX"),
  B("OpenAI", "OPENAI_API_KEY", "angle-bracket placeholder", () => "<your-openai-api-key>"),
  B("Stripe", "STRIPE_SECRET_KEY", "env interpolation", () => "${STRIPE_SECRET_KEY}"),
  B("Stripe", "STRIPE_SECRET_KEY", "masked key", () => "sk_" + "live_" + "*".repeat(20) + "4f2a"),
  B("GitHub", "GITHUB_TOKEN", "GitHub Actions secrets expression", () => "${{ secrets.GITHUB_TOKEN }}"),
  B("GitHub", "GH_TOKEN", "asterisk mask", () => "gh" + "p_" + "*".repeat(36)),
  B("Anthropic", "ANTHROPIC_API_KEY", "1Password reference", () => "op://Engineering/Anthropic/credential"),
  B("Slack", "SLACK_BOT_TOKEN", "redacted marker", () => "xo" + "xb-[REDACTED]"),
  B("AWS", "AWS_SECRET_ACCESS_KEY", "Secrets Manager ARN", (g) => `arn:aws:secretsmanager:us-east-1:${g.s(12, DIG)}:secret:prod/aws-deployer-${g.s(6, AL)}`),
  B("GCP", "DB_PASSWORD", "Secret Manager resource name", (g) => `projects/${g.s(12, DIG)}/secrets/db-password/versions/latest`),
  B("Vault", "DATABASE_PASSWORD", "Vault path reference", () => "vault:secret/data/prod/postgres#password"),
  B("Azure", "AZURE_CLIENT_SECRET", "Key Vault reference", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/client-secret/)"),
  B("SOPS", "SENDGRID_API_KEY", "SOPS-encrypted value", (g) => `ENC[AES256_GCM,data:${g.s(92, B64)}=,iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]`),
  B("Twilio", "TWILIO_AUTH_TOKEN", "changeme placeholder", () => "changeme"),
  B("Datadog", "DD_API_KEY", "x-filled placeholder", () => "x".repeat(32)),
  B("PostgreSQL", "DATABASE_URL", "URL with interpolated password", () => "postgres://app:${DB_PASSWORD}@db:5432/app"),
  B("Hugging Face", "HF_TOKEN", "dotted placeholder", () => "hf" + "_..."),
];

const cases: CorpusCase[] = [];
let k = 3;
slotted.forEach((b, i) => {
  const v = b.make(g);
  const rd = safe[k++ % safe.length]!;
  const slot: Slot = { provider: b.provider, env: b.env };
  cases.push({ id: `y31-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: CAT, label: "benign", text: rd.f(slot, v, g), note: `${b.provider} ${b.what} in ${b.env}; context: ${rd.name}` });
});

const sshEd = () => "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.s(43, B64);
const sshRsa = () => "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + g.s(540, B64);
const cert = () => g.pem("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU", 860);
const pub = () => g.pem("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 260);
const ageRecipient = () => "age1" + g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l");

const hand: { text: string; note: string }[] = [
  { note: "SSH public keys in authorized_keys written by tool call", text: JSON.stringify({ type: "tool_use", name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `${sshEd()} alice@laptop\n${sshRsa()} ci@runner\n` } }) },
  { note: "ssh-rsa public key in cloud-init YAML", text: `#cloud-config\nusers:\n  - name: ops\n    groups: sudo\n    shell: /bin/bash\n    ssh_authorized_keys:\n      - ${sshRsa()} ops@acme\n` },
  { note: "PEM certificate chain in Kubernetes ConfigMap", text: `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ca-bundle\ndata:\n  ca.crt: |\n    ${cert().split("\n").join("\n    ")}\n` },
  { note: "PEM public key in JSON config for JWT verification", text: JSON.stringify({ issuer: "https://auth.acme.io", audience: "api", publicKey: pub() }, null, 2) },
  { note: "JWKS public keys (n, e) in MCP tool result", text: JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.s(40, HX), alg: "RS256", n: g.s(342, URL64), e: "AQAB" }] }) }] } }) },
  { note: "GPG public key block in README", text: `## Verifying releases\n\nImport the release key:\n\n\`\`\`\n${g.pem("PGP PUBLIC KEY BLOCK", "mQINBG", 700)}\n\`\`\`\n\nThen run \`gpg --verify app.tar.gz.asc\`.\n` },
  { note: "age recipients (public keys) in .sops.yaml", text: `creation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n    age: >-\n      ${ageRecipient()},\n      ${ageRecipient()}\n  - path_regex: secrets/dev/.*\n    age: ${ageRecipient()}\n` },
  { note: "package-lock.json integrity hashes", text: JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + g.s(86, B64) + "==" }, "node_modules/undici": { version: "6.19.2", resolved: "https://registry.npmjs.org/undici/-/undici-6.19.2.tgz", integrity: "sha512-" + g.s(86, B64) + "==" } } }, null, 2) },
  { note: "go.sum lines", text: `github.com/google/uuid v1.6.0 h1:${g.s(43, B64)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.s(43, B64)}=\ngolang.org/x/sync v0.8.0 h1:${g.s(43, B64)}=\n` },
  { note: "Cargo.lock checksums", text: `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.s(64, HX)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.s(64, HX)}"\n` },
  { note: "pip requirements with --hash", text: `requests==2.32.3 \\\n    --hash=sha256:${g.s(64, HX)} \\\n    --hash=sha256:${g.s(64, HX)}\nurllib3==2.2.3 \\\n    --hash=sha256:${g.s(64, HX)}\n` },
  { note: "yarn.lock entry with checksum", text: `"lodash@npm:^4.17.21":\n  version: 4.17.21\n  resolution: "lodash@npm:4.17.21"\n  checksum: 10c0/${g.s(128, HX)}\n  languageName: node\n  linkType: hard\n` },
  { note: "docker pull output in CI log with digests", text: `Step 1/9 : FROM node:20-alpine\n20-alpine: Pulling from library/node\n${g.s(12, HX)}: Pull complete\n${g.s(12, HX)}: Pull complete\nDigest: sha256:${g.s(64, HX)}\nStatus: Downloaded newer image for node:20-alpine\n ---> ${g.s(12, HX)}\n` },
  { note: "git log output with full SHAs in tool result", text: JSON.stringify({ type: "tool_result", tool_use_id: "toolu_01" + g.s(22, AL), content: `commit ${g.s(40, HX)}\nAuthor: Dana Ruiz <dana@acme.io>\nDate:   Tue Nov 11 10:02:44 2026 +0100\n\n    fix: retry on 429\n\ncommit ${g.s(40, HX)}\nMerge: ${g.s(7, HX)} ${g.s(7, HX)}\nAuthor: ci-bot <ci@acme.io>\n` }) },
  { note: "GitHub Actions cache log with keys and run ids", text: `Run actions/cache@v4\nCache restored successfully\nCache restored from key: node-modules-Linux-${g.s(64, HX)}\nRun id: ${g.s(11, DIG)}\nArtifact digest: SHA256:${g.s(64, HX)}` },
  { note: "Kubernetes Secret with non-secret data (mode, port)", text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-settings\ntype: Opaque\ndata:\n  APP_ENV: ${Buffer.from("production").toString("base64")}\n  PORT: ${Buffer.from("8080").toString("base64")}\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n` },
  { note: "SOPS-encrypted YAML file with metadata", text: `stripe_secret_key: ENC[AES256_GCM,data:${g.s(140, B64)}=,iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\ndb_password: ENC[AES256_GCM,data:${g.s(32, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\nsops:\n  age:\n    - recipient: ${ageRecipient()}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        ${g.s(64, B64)}\n        ${g.s(40, B64)}\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: "2026-11-02T09:14:22Z"\n  mac: ENC[AES256_GCM,data:${g.s(88, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\n  version: 3.9.1\n` },
  { note: "Bitnami SealedSecret encryptedData", text: `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    OPENAI_API_KEY: AgB${g.s(600, B64)}\n    STRIPE_SECRET_KEY: AgC${g.s(560, B64)}\n` },
  { note: "ansible-vault encrypted vars file", text: `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 10 }, () => g.s(80, HX)).join("\n")}\n` },
  { note: "ExternalSecret referencing AWS Secrets Manager", text: `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: stripe\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  target:\n    name: stripe\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/stripe\n        property: secret_key\n` },
  { note: "GitHub Actions workflow with secrets expressions", text: `name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${g.s(40, HX)}\n      - run: ./deploy.sh\n        env:\n          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n` },
  { note: "Terraform reading secret from Secrets Manager", text: `data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/db/password"\n}\n\nresource "aws_db_instance" "main" {\n  identifier = "orders"\n  password   = data.aws_secretsmanager_secret_version.db.secret_string\n  kms_key_id = "arn:aws:kms:eu-west-1:${g.s(12, DIG)}:key/${g.uuid()}"\n}\n` },
  { note: ".env with 1Password op:// references (op run)", text: `OPENAI_API_KEY="op://Dev/OpenAI/api key"\nSTRIPE_SECRET_KEY="op://Dev/Stripe/secret key"\nDATABASE_URL="op://Dev/Postgres/url"\nNODE_ENV=development\n` },
  { note: "Vault agent template", text: `{{ with secret "secret/data/prod/payments" }}\nSTRIPE_SECRET_KEY={{ .Data.data.stripe_key }}\nADYEN_API_KEY={{ .Data.data.adyen_key }}\n{{ end }}\n` },
  { note: "minified JS bundle chunk", text: `"use strict";(self.webpackChunkweb=self.webpackChunkweb||[]).push([[${g.s(3, DIG)}],{${g.s(5, DIG)}:(e,t,n)=>{n.d(t,{Z:()=>a});var r=n(${g.s(4, DIG)}),o="${g.s(20, HX)}",a=function(e){return(0,r.jsx)("div",{className:"c-${g.s(8, LO)}",children:e.children,"data-v":o})}}}]);\n//# sourceMappingURL=${g.s(20, HX)}.chunk.js.map` },
  { note: "CSS with hashed class names and data URI font", text: `.css-${g.s(7, LO)}{display:flex;gap:8px}.btn_${g.s(5, AL)}__${g.s(5, URL64)}{color:#1a73e8}\n@font-face{font-family:Inter;src:url(data:font/woff2;base64,${g.s(400, B64)})format("woff2")}\n` },
  { note: "base64 PNG data URI in HTML written by tool", text: JSON.stringify({ name: "write_file", arguments: { path: "public/index.html", content: `<link rel="icon" href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${g.s(300, B64)}AAAAAElFTkSuQmCC">` } }) },
  { note: "SRI integrity attributes on script tags", text: `<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${g.s(64, B64)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/pico@2/css/pico.min.css" integrity="sha384-${g.s(64, B64)}" crossorigin="anonymous">` },
  { note: "Stripe webhook event payload with object ids (no secret)", text: JSON.stringify({ id: "evt_" + g.s(24, AL), object: "event", type: "payment_intent.succeeded", data: { object: { id: "pi_" + g.s(24, AL), customer: "cus_" + g.s(14, AL), latest_charge: "ch_" + g.s(24, AL), payment_method: "pm_" + g.s(24, AL), amount: 4200 } }, request: { id: "req_" + g.s(14, AL) } }, null, 2) },
  { note: "Stripe webhook request with signature header (signature, not secret)", text: `POST /webhooks/stripe HTTP/1.1\nHost: api.acme.io\nStripe-Signature: t=1731400000,v1=${g.s(64, HX)},v0=${g.s(64, HX)}\nContent-Type: application/json\n\n{"id":"evt_${g.s(24, AL)}","type":"invoice.paid"}` },
  { note: "GitHub webhook with X-Hub-Signature-256", text: `POST /hooks/github HTTP/1.1\nX-GitHub-Event: push\nX-GitHub-Delivery: ${g.uuid()}\nX-Hub-Signature-256: sha256=${g.s(64, HX)}\nContent-Type: application/json\n\n{"ref":"refs/heads/main","after":"${g.s(40, HX)}"}` },
  { note: "OpenAI chat completion response body", text: JSON.stringify({ id: "chatcmpl-" + g.s(29, AL), object: "chat.completion", created: 1731400000, model: "gpt-4.1-2025-04-14", system_fingerprint: "fp_" + g.s(10, HX), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 4, total_tokens: 816 } }) },
  { note: "Anthropic messages response with tool_use ids", text: JSON.stringify({ id: "msg_01" + g.s(22, AL), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: "toolu_01" + g.s(22, AL), name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use", usage: { input_tokens: 2311, output_tokens: 41 } }) },
  { note: "HTTP response headers with request/trace ids", text: `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${g.uuid()}\ncf-ray: ${g.s(16, HX)}-FRA\netag: "${g.s(40, HX)}"\nx-amzn-trace-id: Root=1-${g.s(8, HX)}-${g.s(24, HX)}\nx-cloud-trace-context: ${g.s(32, HX)}/${g.s(19, DIG)};o=1\n` },
  { note: "aws sts get-caller-identity output", text: JSON.stringify({ UserId: "AROA" + g.s(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + ":dana", Account: g.s(12, DIG), Arn: `arn:aws:sts::${g.s(12, DIG)}:assumed-role/Developer/dana` }, null, 2) },
  { note: "CI log with masked secrets", text: `Run ./scripts/release.sh\n  env:\n    NPM_TOKEN: ***\n    STRIPE_SECRET_KEY: ***\n    GITHUB_TOKEN: ***\n+ npm publish --access public\nnpm notice shasum: ${g.s(40, HX)}\nnpm notice integrity: sha512-${g.s(20, B64)}[...]${g.s(10, B64)}==\n+ @acme/sdk@2.4.1` },
  { note: ".env.example with placeholders", text: `# copy to .env and fill in\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=your-anthropic-key-here\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ\nDATABASE_URL=postgres://user:password@localhost:5432/app\n` },
  { note: "README with placeholder keys in curl example", text: "## Quickstart\n\n```bash\nexport ACME_API_KEY=<your-api-key>\ncurl https://api.acme.io/v1/jobs \\\n  -H \"Authorization: Bearer $ACME_API_KEY\"\n```\n\nKeys look like `ak_live_` followed by 32 characters; never commit them.\n" },
  { note: "Python reading keys from env without defaults", text: `import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nstripe_key = os.getenv("STRIPE_SECRET_KEY")\nif not stripe_key:\n    raise SystemExit("STRIPE_SECRET_KEY is not set")\n` },
  { note: "SQL with UUID keys and checksum columns", text: `INSERT INTO uploads (id, owner_id, sha256, etag, created_at) VALUES\n  ('${g.uuid()}', '${g.uuid()}', '${g.s(64, HX)}', '${g.s(32, HX)}', now()),\n  ('${g.uuid()}', '${g.uuid()}', '${g.s(64, HX)}', '${g.s(32, HX)}', now());` },
  { note: "Jupyter output with model hash and random floats", text: JSON.stringify({ cells: [{ cell_type: "code", execution_count: 7, metadata: {}, source: ["model.fingerprint()"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`'${g.s(64, HX)}'`] }, execution_count: 7, metadata: {} }] }], nbformat: 4, nbformat_minor: 5 }, null, 1) },
  { note: "diff updating lockfile hashes", text: `--- a/poetry.lock\n+++ b/poetry.lock\n@@ -210,7 +210,7 @@\n files = [\n-    {file = "httpx-0.27.0-py3-none-any.whl", hash = "sha256:${g.s(64, HX)}"},\n+    {file = "httpx-0.27.2-py3-none-any.whl", hash = "sha256:${g.s(64, HX)}"},\n ]\n` },
  { note: "native crash dump with addresses and build id", text: `Thread 0 Crashed:: Dispatch queue: com.apple.main-thread\n0   libsystem_kernel.dylib  0x00000001${g.s(8, HX)} __pthread_kill + 8\n1   node                    0x00000001${g.s(8, HX)} node::Abort() + 40\nBinary Images:\n0x100000000 - 0x10${g.s(7, HX)} node (20.11.0) <${g.uuid().toUpperCase()}> /usr/local/bin/node\nBuild ID: ${g.s(40, HX)}` },
  { note: "kubectl describe pod with container ids and digests", text: `Containers:\n  api:\n    Container ID:   containerd://${g.s(64, HX)}\n    Image:          ghcr.io/acme/api:1.8.2\n    Image ID:       ghcr.io/acme/api@sha256:${g.s(64, HX)}\n    State:          Running\n    Restart Count:  0\n` },
  { note: "terraform plan output with resource ids", text: `  # aws_instance.web will be updated in-place\n  ~ resource "aws_instance" "web" {\n        id                     = "i-0${g.s(16, HX)}"\n      ~ vpc_security_group_ids = [\n          - "sg-0${g.s(16, HX)}",\n          + "sg-0${g.s(16, HX)}",\n        ]\n        subnet_id              = "subnet-0${g.s(16, HX)}"\n    }\n` },
  { note: "Git LFS pointer", text: `version https://git-lfs.github.com/spec/v1\noid sha256:${g.s(64, HX)}\nsize ${g.s(7, DIG)}\n` },
  { note: "Ethereum contract address in config", text: JSON.stringify({ chainId: 8453, contracts: { token: "0x" + g.s(40, HX), vault: "0x" + g.s(40, HX) }, deployTx: "0x" + g.s(64, HX) }, null, 2) },
  { note: "OAuth PKCE authorize URL with code_challenge and state", text: `https://accounts.google.com/o/oauth2/v2/auth?client_id=${g.s(12, DIG)}-${g.s(32, LO)}.apps.googleusercontent.com&redirect_uri=http%3A%2F%2Flocalhost%3A8976%2Fcallback&response_type=code&scope=openid%20email&code_challenge=${g.s(43, URL64)}&code_challenge_method=S256&state=${g.s(32, HX)}` },
  { note: "UUID-heavy application log lines", text: `2026-11-12T10:11:02Z INFO job.started job_id=${g.uuid()} tenant=${g.uuid()}\n2026-11-12T10:11:04Z INFO job.step job_id=${g.uuid()} span_id=${g.s(16, HX)} trace_id=${g.s(32, HX)}\n2026-11-12T10:11:09Z INFO job.done duration_ms=7012` },
  { note: "shell history with hashes and no secrets", text: `  811  sha256sum dist/app.tar.gz\n  812  git checkout ${g.s(40, HX)}\n  813  docker image inspect --format '{{.Id}}' acme/api\n  814  echo sha256:${g.s(64, HX)}\n` },
];
hand.forEach((h, i) => cases.push({ id: `y31-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: CAT, label: "benign", text: h.text, note: h.note }));

export { cases };
