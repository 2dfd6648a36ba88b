// heldout-y15 benign look-alikes: hashes, ids, digests, public material, placeholders, masks,
// secret-manager references and encrypted blobs, in the same contexts as the positives.
import type { CorpusCase } from "../types.ts";
import { build, Gen, j, type Spec } from "./_gen.ts";

const cat = () => "heldouty15-benign";

// Non-credential identifiers in neutral slots (renderers that do not use the value as a credential).
const ids: Spec[] = [
  ["git commit SHA", "benign", "GIT_SHA", (g) => g.h(40)],
  ["container image digest", "benign", "IMAGE_DIGEST", (g) => j("sha256:", g.h(64))],
  ["artifact SHA-256", "benign", "ARTIFACT_SHA256", (g) => g.h(64)],
  ["npm integrity (SRI sha512)", "benign", "PACKAGE_INTEGRITY", (g) => j("sha512-", g.b64bytes(64))],
  ["request id (UUID)", "benign", "REQUEST_ID", (g) => g.uuid()],
  ["W3C trace id", "benign", "TRACE_ID", (g) => g.h(32)],
  ["tenant id (UUID)", "benign", "TENANT_ID", (g) => g.uuid()],
  ["Stripe customer id", "benign", "STRIPE_CUSTOMER_ID", (g) => j("cus_", g.a(14))],
  ["Stripe price id", "benign", "STRIPE_PRICE_ID", (g) => j("price_", "1", g.a(23))],
  ["OpenAI assistant id", "benign", "OPENAI_ASSISTANT_ID", (g) => j("asst_", g.a(24))],
  ["Anthropic message id", "benign", "LAST_MESSAGE_ID", (g) => j("msg_", "01", g.a(22))],
  ["OpenAI org id", "benign", "OPENAI_ORG_ID", (g) => j("org-", g.a(24))],
  ["Vercel project id", "benign", "VERCEL_PROJECT_ID", (g) => j("prj_", g.a(28))],
  ["GPG key fingerprint", "benign", "GPG_KEY_FINGERPRINT", (g) => g.H(40)],
  ["MD5 checksum", "benign", "TARBALL_MD5", (g) => g.h(32)],
  ["CI cache key", "benign", "CACHE_KEY", (g) => j("node-modules-linux-", g.h(64))],
  ["Sentry release (commit SHA)", "benign", "SENTRY_RELEASE", (g) => g.h(40)],
  ["KMS key ARN", "benign", "KMS_KEY_ARN", (g) => j("arn:aws:kms:eu-west-1:", g.d(12), ":key/", g.uuid())],
  ["CloudFront distribution id", "benign", "CLOUDFRONT_DISTRIBUTION_ID", (g) => j("E", g.u(13))],
  ["Hugging Face model revision", "benign", "MODEL_REVISION", (g) => g.h(40)],
  ["SSH public key", "benign", "DEPLOY_PUBLIC_KEY", (g) => j("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", g.b(43), " deploy@ci")],
  ["age public recipient", "benign", "SOPS_AGE_RECIPIENTS", (g) => j("age1", g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))],
  ["Stripe publishable key", "benign", "STRIPE_PUBLISHABLE_KEY", (g) => j("pk", "_live_", "51", g.a(97))],
  ["OpenAI chat completion id", "benign", "COMPLETION_ID", (g) => j("chatcmpl-", g.a(29))],
  ["hashed asset file name", "benign", "ENTRY_BUNDLE", (g) => j("assets/index-", g.bu(8), ".js")],
];

// Credential slots holding placeholders, masks, variable references and secret-manager references.
const refs: Spec[] = [
  ["masked OpenAI key", "benign", "OPENAI_API_KEY", (g) => j("sk-", "proj-", "...", g.a(4))],
  ["masked Anthropic key", "benign", "ANTHROPIC_API_KEY", () => j("sk-", "ant-", "api03-", "****************************")],
  ["env var reference", "benign", "OPENAI_API_KEY", () => "${OPENAI_API_KEY}"],
  ["GitHub Actions secrets reference", "benign", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"],
  ["angle-bracket placeholder", "benign", "ANTHROPIC_API_KEY", () => "<your-anthropic-api-key>"],
  ["1Password reference", "benign", "AWS_SECRET_ACCESS_KEY", () => "op://Engineering/aws-prod/secret_access_key"],
  ["AWS Secrets Manager ARN", "benign", "DB_PASSWORD_SECRET_ARN", (g) => j("arn:aws:secretsmanager:us-east-1:", g.d(12), ":secret:prod/db/password-", g.a(6))],
  ["Vault path reference", "benign", "DB_PASSWORD", () => "vault:secret/data/prod/db#password"],
  ["Azure Key Vault reference", "benign", "STRIPE_SECRET_KEY", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/stripe-secret/)"],
  ["SSM parameter reference", "benign", "SENDGRID_API_KEY", () => "{{resolve:ssm-secure:/prod/sendgrid/api-key:3}}"],
  ["GCP Secret Manager reference", "benign", "GITHUB_TOKEN", () => "sm://acme-prod/github-token/latest"],
  ["SOPS-encrypted value", "benign", "STRIPE_SECRET_KEY", (g) => j("ENC[AES256_GCM,data:", g.b64bytes(42), ",iv:", g.b64bytes(32), ",tag:", g.b64bytes(16), ",type:str]")],
  ["placeholder text", "benign", "SLACK_BOT_TOKEN", () => "xoxb-your-bot-token-here"],
  ["all-X mask", "benign", "AWS_ACCESS_KEY_ID", () => "AKIAXXXXXXXXXXXXXXXX"],
  ["DB URL with password variable", "benign", "DATABASE_URL", () => "postgres://app:${DB_PASSWORD}@db:5432/app"],
  ["redacted value", "benign", "TWILIO_AUTH_TOKEN", () => "[REDACTED]"],
  ["Kubernetes secretKeyRef style", "benign", "HF_TOKEN", () => "$(HF_TOKEN)"],
  ["Doppler reference", "benign", "SENTRY_AUTH_TOKEN", () => "${{ doppler.SENTRY_AUTH_TOKEN }}"],
  ["empty placeholder", "benign", "DATADOG_API_KEY", () => "changeme"],
  ["shell default expansion", "benign", "REDIS_PASSWORD", () => "${REDIS_PASSWORD:?must be set}"],
];

const idRenderers = [0, 1, 2, 3, 6, 8, 9, 10, 11, 12, 13, 15, 21, 22, 24, 25, 27, 28, 29, 30, 33, 34, 35];
const refRenderers = [0, 1, 2, 3, 4, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 27, 28, 29, 30, 32, 33, 34, 35];

const rotated = [
  ...build({ specs: ids, prefix: "y15-b", category: cat, label: "benign", seed: 0x15b0, only: idRenderers, twice: 10 }),
  ...build({ specs: refs, prefix: "y15-br", category: cat, label: "benign", seed: 0x15b1, only: refRenderers, offset: 4, twice: 10 }),
];

const g = new Gen(0x15b2);
const wrap = (s: string, w = 64) => s.match(new RegExp(`.{1,${w}}`, "g"))!.join("\n");
const block = (label: string, lead: string, n: number) => [`-----BEGIN ${label}-----`, wrap(lead + g.b64bytes(n)), `-----END ${label}-----`].join("\n");

type B = [what: string, context: string, text: () => string];
const hand: B[] = [
  ["PEM certificate", "chat body pasting a cert chain", () => JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: "is this the right intermediate?\n\n" + block("CERTIFICATE", "MIIFBjCCA+6gAwIBAgISA", 900) }] })],
  ["PEM public key", "JWT verifier config (JSON)", () => JSON.stringify({ issuer: "https://auth.acme.io", audience: "api", publicKey: block("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 260) }, null, 2)],
  ["ansible-vault blob", "group_vars YAML", () => `db_user: app\ndb_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n${wrap(g.h(400), 80).split("\n").map((l) => "          " + l).join("\n")}\n`],
  ["SealedSecret encryptedData", "Bitnami SealedSecret manifest", () => `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.b64bytes(380).replace(/=+$/, "")}\n  template:\n    metadata:\n      name: api-keys\n`],
  ["SOPS-encrypted YAML file", "write_file tool call", () => JSON.stringify({ type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "secrets.enc.yaml", content: `openai_api_key: ENC[AES256_GCM,data:${g.b64bytes(60)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\nsops:\n    age:\n        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n    lastmodified: "2026-11-30T12:00:00Z"\n    mac: ENC[AES256_GCM,data:${g.b64bytes(64)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\n    version: 3.9.1\n` } })],
  ["base64 PNG data URI", "CSS file", () => `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64bytes(420)}");\n}\n`],
  ["minified JavaScript", "bundle chunk in MCP tool result", () => JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: `!function(e,t){"use strict";var n="${g.a(40)}",r=function(e){return e.replace(/[A-Z]/g,function(e){return"-"+e.toLowerCase()})};e.__chunk_${g.h(8)}=function(o){return r(o)+n.slice(0,${g.range(3, 9)})}}(window,document);` }] } })],
  ["CSS utility classes", "generated CSS module", () => `.btn_${g.a(5)}_${g.h(6)}{padding:4px 8px}\n.card_${g.a(5)}_${g.h(6)}{border-radius:8px;box-shadow:0 1px 2px #0003}\n.hdr_${g.a(5)}_${g.h(6)}{font-weight:600}\n`],
  ["package-lock integrity", "package-lock.json snippet", () => JSON.stringify({ "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: "sha512-" + g.b64bytes(64) }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + g.b64bytes(64) } }, null, 2)],
  ["go.sum hashes", "go.sum", () => `github.com/google/uuid v1.6.0 h1:${g.b64bytes(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64bytes(32)}\ngolang.org/x/sys v0.27.0 h1:${g.b64bytes(32)}\n`],
  ["pip hashes", "requirements.txt with --hash", () => `requests==2.32.3 \\\n    --hash=sha256:${g.h(64)} \\\n    --hash=sha256:${g.h(64)}\nurllib3==2.2.3 \\\n    --hash=sha256:${g.h(64)}\n`],
  ["Cargo.lock checksum", "Cargo.lock", () => `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n`],
  ["SRI script tag", "HTML", () => `<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${g.b64bytes(48)}" crossorigin="anonymous"></script>`],
  ["Actions pinned by SHA", "GitHub Actions workflow", () => `steps:\n  - uses: actions/checkout@${g.h(40)} # v4.2.2\n  - uses: actions/setup-node@${g.h(40)} # v4.1.0\n    with:\n      node-version: 22\n`],
  ["docker pull digest output", "CI log", () => `2026-12-05T10:00:01Z 1.8.2: Pulling from acme/api\n2026-12-05T10:00:04Z Digest: sha256:${g.h(64)}\n2026-12-05T10:00:04Z Status: Downloaded newer image for ghcr.io/acme/api:1.8.2`],
  ["git log output", "shell tool result", () => `$ git log --oneline -4\n${g.h(7)} fix: retry on 429\n${g.h(7)} chore: bump deps\n${g.h(7)} feat: export csv\n${g.h(7)} docs: readme`],
  ["Terraform plan with sensitive values hidden", "terraform plan output", () => `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "db-${g.u(26)}"\n      ~ password = (sensitive value)\n        # (42 unchanged attributes hidden)\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`],
  ["non-secret k8s Secret data", "Kubernetes Secret with base64 of plain config", () => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ndata:\n  APP_ENV: ${Buffer.from("production").toString("base64")}\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n`],
  [".env.example placeholders", "Markdown doc", () => "Create `.env` from the example:\n\n```\nOPENAI_API_KEY=sk-...\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/db\n```\n"],
  ["masked CI secrets", "GitHub Actions log", () => `2026-12-05T10:14:02Z + export NPM_TOKEN=***\n2026-12-05T10:14:02Z + export AWS_SECRET_ACCESS_KEY=***\n2026-12-05T10:14:03Z + npm publish\n2026-12-05T10:14:09Z + ${g.a(3)}@1.4.0`],
  ["Stripe event object ids", "webhook payload in chat body", () => JSON.stringify({ messages: [{ role: "user", content: JSON.stringify({ id: "evt_" + g.a(24), object: "event", type: "payment_intent.succeeded", data: { object: { id: "pi_" + g.a(24), customer: "cus_" + g.a(14), latest_charge: "ch_" + g.a(24), amount: 4200 } } }, null, 2) }] })],
  ["OpenAI response ids", "HTTP response body", () => `HTTP/1.1 200 OK\ncontent-type: application/json\nx-request-id: req_${g.h(32)}\nopenai-organization: org-${g.a(24)}\n\n{"id":"chatcmpl-${g.a(29)}","object":"chat.completion","model":"gpt-4.1","system_fingerprint":"fp_${g.h(10)}"}`],
  ["Anthropic response headers", "curl -i output", () => `HTTP/2 200\ncontent-type: application/json\nrequest-id: req_011C${g.a(20)}\nanthropic-organization-id: ${g.uuid()}\n\n{"id":"msg_01${g.a(22)}","type":"message","role":"assistant"}`],
  ["trace log line", "structured log", () => JSON.stringify({ ts: "2026-12-05T11:02:44.120Z", level: "info", msg: "request done", trace_id: g.h(32), span_id: g.h(16), request_id: g.uuid(), duration_ms: 83 })],
  ["UUID list in SQL", "SQL query", () => `SELECT id, email FROM users\nWHERE id IN ('${g.uuid()}', '${g.uuid()}', '${g.uuid()}');`],
  ["SSH known_hosts", "known_hosts file", () => `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b(43)}\n|1|${g.b64bytes(20)}|${g.b64bytes(20)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${g.b(88)}=`],
  ["JWKS public keys", "JWKS JSON", () => JSON.stringify({ keys: [{ kty: "RSA", kid: g.h(40), use: "sig", alg: "RS256", n: g.bu(342), e: "AQAB" }] }, null, 2)],
  ["Jupyter output image", "notebook JSON with base64 PNG output", () => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 5, source: ["df.plot()\n"], outputs: [{ output_type: "display_data", data: { "image/png": "iVBORw0KGgoAAAANSUhEUgAAAYAAAAEACAYAAAC" + g.b64bytes(360), "text/plain": ["<Figure size 640x480>"] }, metadata: {} }] }], nbformat: 4, nbformat_minor: 5 })],
  ["git diff of lockfile", "diff", () => `diff --git a/yarn.lock b/yarn.lock\n@@ -120,7 +120,7 @@\n "@babel/core@^7.26.0":\n   version "7.26.0"\n-  integrity sha512-${g.b64bytes(64)}\n+  integrity sha512-${g.b64bytes(64)}\n`],
  ["crash dump with masked locals", "Python traceback", () => `Traceback (most recent call last):\n  File "/app/sync.py", line 41, in push\n    r.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.partner.io/v1/push\n\nLocals at frame push:\n  headers = {'Authorization': 'Bearer ********', 'X-Request-Id': '${g.uuid()}'}\n  commit = '${g.h(40)}'`],
  ["Python using a secret manager", "Python code", () => `import boto3, json\n\nsm = boto3.client("secretsmanager")\nsecret = json.loads(sm.get_secret_value(SecretId="prod/stripe")["SecretString"])\nstripe.api_key = secret["api_key"]\n# cache key ${g.h(64)}\n`],
  ["Go code reading env", "Go code", () => `func mustEnv(k string) string {\n\tv := os.Getenv(k)\n\tif v == "" {\n\t\tlog.Fatalf("missing %s", k)\n\t}\n\treturn v\n}\n\nvar apiKey = mustEnv("PARTNER_API_KEY") // build ${g.h(12)}\n`],
  ["Helm values with existingSecret", "Helm values YAML", () => `postgresql:\n  auth:\n    existingSecret: orders-db\n    secretKeys:\n      adminPasswordKey: postgres-password\nimage:\n  digest: sha256:${g.h(64)}\n`],
  ["HCL variable sensitive", "Terraform variables", () => `variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\nresource "aws_secretsmanager_secret" "db" {\n  name       = "prod/db-${g.l(6)}"\n  kms_key_id = "arn:aws:kms:eu-west-1:${g.d(12)}:key/${g.uuid()}"\n}\n`],
  ["curl with env var token", "curl command", () => `curl -fsS https://api.github.com/repos/acme/infra/actions/runs \\\n  -H "Authorization: Bearer $GITHUB_TOKEN" \\\n  -H "X-GitHub-Api-Version: 2022-11-28" | jq '.workflow_runs[0].head_sha'\n# => "${g.h(40)}"`],
  ["Windows GUIDs in XML", "csproj", () => `<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <ProjectGuid>{${g.uuid().toUpperCase()}}</ProjectGuid>\n    <UserSecretsId>${g.uuid()}</UserSecretsId>\n  </PropertyGroup>\n</Project>`],
];

export const cases: CorpusCase[] = [
  ...rotated,
  ...hand.map(([what, context, text], i): CorpusCase => ({
    id: `y15-bk-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: cat(),
    label: "benign",
    text: text(),
    note: `benign ${what}; context: ${context}`,
  })),
];
