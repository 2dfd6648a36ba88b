// heldout-y25 benign: hard look-alikes in the same contexts as the positives (digests, SHAs,
// ids, publishable/public keys, placeholders, masks, secret-manager references, encrypted blobs,
// certificates, minified code, CSS, base64 images). Random-looking parts built at run time.
import type { CorpusCase } from "../types.ts";
import { AN, B64, DG, Gen, LAN, LO, RENDERERS, UAN, URLS, type Ctx } from "./_gen.ts";

const g = new Gen(0x25b0);
const J = (o: unknown, r: null = null, sp?: number) => JSON.stringify(o, r, sp);

type BSpec = [what: string, slot: string, gen: (g: Gen) => string];
const vals: BSpec[] = [
  ["git commit SHA", "GIT_COMMIT_SHA", (g) => g.hex(40)],
  ["short git SHA", "BUILD_REVISION", (g) => g.hex(12)],
  ["container image digest", "IMAGE_DIGEST", (g) => "sha256:" + g.hex(64)],
  ["artifact SHA-256", "ARTIFACT_SHA256", (g) => g.hex(64)],
  ["tarball MD5 checksum", "TARBALL_MD5", (g) => g.hex(32)],
  ["request id UUID", "REQUEST_ID", (g) => g.uuid()],
  ["W3C trace id", "TRACE_ID", (g) => g.hex(32)],
  ["traceparent header value", "TRACEPARENT", (g) => `00-${g.hex(32)}-${g.hex(16)}-01`],
  ["Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (g) => ["pk", "_live_", "51"].join("") + g.s(97)],
  ["Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => "cus_" + g.s(14)],
  ["Stripe price id", "STRIPE_PRICE_ID", (g) => "price_1" + g.s(23)],
  ["OpenAI completion id", "LAST_COMPLETION_ID", (g) => "chatcmpl-" + g.s(29)],
  ["Anthropic message id", "LAST_MESSAGE_ID", (g) => "msg_01" + g.s(22)],
  ["OpenAI assistant id", "OPENAI_ASSISTANT_ID", (g) => "asst_" + g.s(24)],
  ["OpenAI org id", "OPENAI_ORG_ID", (g) => "org-" + g.s(24)],
  ["masked OpenAI key", "OPENAI_API_KEY", (g) => "sk-proj-...." + g.s(4)],
  ["masked Stripe key", "STRIPE_SECRET_KEY", () => "sk_live_" + "*".repeat(24)],
  ["masked GitHub token", "GITHUB_TOKEN", () => "ghp_" + "X".repeat(36)],
  ["placeholder Anthropic key", "ANTHROPIC_API_KEY", () => "<your-anthropic-api-key>"],
  ["placeholder generic", "API_KEY", () => "your_api_key_here"],
  ["shell variable reference", "SLACK_BOT_TOKEN", () => "${SLACK_BOT_TOKEN}"],
  ["GitHub Actions secret reference", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"],
  ["AWS Secrets Manager ARN", "DB_PASSWORD_SECRET_ARN", (g) => `arn:aws:secretsmanager:eu-west-1:${g.s(12, DG)}:secret:prod/db/password-${g.s(6)}`],
  ["AWS KMS key ARN", "KMS_KEY_ARN", (g) => `arn:aws:kms:us-east-1:${g.s(12, DG)}:key/${g.uuid()}`],
  ["1Password reference", "STRIPE_SECRET_KEY", () => "op://Production/Stripe/credential"],
  ["Vault path reference", "DATABASE_PASSWORD", () => "vault:secret/data/orders/db#password"],
  ["Azure Key Vault reference", "SENDGRID_API_KEY", (g) => `@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid/${g.hex(32)})`],
  ["GCP Secret Manager resource", "OPENAI_API_KEY_SECRET", (g) => `projects/acme-prod-${g.int(100000, 999999)}/secrets/openai-api-key/versions/latest`],
  ["SOPS-encrypted value", "TWILIO_AUTH_TOKEN", (g) => `ENC[AES256_GCM,data:${g.b64(44)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]`],
  ["npm lockfile integrity", "PACKAGE_INTEGRITY", (g) => "sha512-" + g.b64(86) + "=="],
  ["SSH host key fingerprint", "DEPLOY_HOST_FINGERPRINT", (g) => "SHA256:" + g.s(43, AN + "+/")],
  ["GPG signing key id", "GPG_KEY_ID", (g) => g.s(16, "0123456789ABCDEF")],
  ["WireGuard peer public key", "WG_PEER_PUBLIC_KEY", (g) => g.b64(43) + "="],
  ["age recipient (public)", "SOPS_AGE_RECIPIENTS", (g) => "age1" + g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")],
  ["Ethereum contract address", "TOKEN_CONTRACT_ADDRESS", (g) => "0x" + g.hex(40)],
  ["Slack channel id", "SLACK_ALERT_CHANNEL", (g) => "C0" + g.s(9, UAN)],
  ["Sentry event id", "SENTRY_EVENT_ID", (g) => g.hex(32)],
  ["Cloudflare zone id", "CLOUDFLARE_ZONE_ID", (g) => g.hex(32)],
  ["Cloudflare account id", "CLOUDFLARE_ACCOUNT_ID", (g) => g.hex(32)],
  ["Google OAuth client id", "GOOGLE_CLIENT_ID", (g) => `${g.s(12, DG)}-${g.s(32, LAN)}.apps.googleusercontent.com`],
  ["Azure tenant id", "AZURE_TENANT_ID", (g) => g.uuid()],
  ["Azure subscription id", "AZURE_SUBSCRIPTION_ID", (g) => g.uuid()],
  ["AWS account id", "AWS_ACCOUNT_ID", (g) => g.s(12, DG)],
  ["Datadog site / service", "DD_SERVICE", () => "orders-api"],
  ["Vercel project id", "VERCEL_PROJECT_ID", (g) => "prj_" + g.s(28)],
  ["Vercel org id", "VERCEL_ORG_ID", (g) => "team_" + g.s(24)],
  ["GitHub App id", "GITHUB_APP_ID", (g) => String(g.int(100000, 999999))],
  ["Supabase project ref", "SUPABASE_PROJECT_REF", (g) => g.s(20, LO)],
  ["CSP nonce", "CSP_NONCE", (g) => g.b64(22) + "=="],
  ["Webpack content hash", "ASSET_HASH", (g) => g.hex(20)],
  ["Next.js build id", "NEXT_BUILD_ID", (g) => g.s(21, URLS)],
  ["Docker image tag", "IMAGE_TAG", (g) => "main-" + g.hex(7) + "-" + g.int(1000, 9999)],
  ["Mapbox public token", "MAPBOX_STYLE_URL", (g) => `mapbox://styles/acme/${g.s(25, LAN)}`],
  ["Git LFS oid", "LFS_OID", (g) => "sha256:" + g.hex(64)],
  ["IPFS CID", "IPFS_CID", (g) => "bafybei" + g.s(52, "abcdefghijklmnopqrstuvwxyz234567")],
];

const rens = RENDERERS.filter((r) => r.slotOnly && !r.name.startsWith("chat message"));
const rotated: CorpusCase[] = vals.map(([what, slot, gen], i) => {
  const ren = rens[(i * 5) % rens.length]!;
  const ctx: Ctx = { provider: what, slot, value: gen(g), hdr: "", host: "api.acme.io", g };
  return {
    id: `y25-b-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: "heldouty25-benign",
    label: "benign",
    text: ren.f(ctx),
    note: `benign ${what}: ${slot} in ${ren.name}`,
  };
});

const sshPub = "ssh-ed25519 " + ["AAAAC3NzaC1lZDI1NTE5", "AAAAI"].join("") + g.b64(38) + " deploy@ci-runner";
const rsaPub = "ssh-rsa " + ["AAAAB3NzaC1yc2E", "AAAADAQABAAABgQ"].join("") + g.b64(500) + " alice@laptop";
const cert = g.pem("CERTIFICATE", 18, ["MIIDdz", "CCAl+gAwIBAgIU"].join(""));
const pub = g.pem("PUBLIC KEY", 6, ["MIIBIj", "ANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"].join(""));
const png = ["iVBORw0KGgo", "AAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h"].join("") + g.b64(300) + "AAAAAElFTkSuQmCC";
const vault = ["$ANSIBLE_VAULT", ";1.1;AES256"].join("") + "\n" + Array.from({ length: 8 }, () => g.hex(80)).join("\n");
const sealed = g.s(380, B64) + "==";
const sha = () => g.hex(40);

const hand: Array<[string, string]> = [
  ["SSH ed25519 public key in authorized_keys written by tool_use", J({ type: "tool_use", id: "toolu_01" + g.s(22), name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: sshPub + "\n" } })],
  ["SSH RSA public key pasted into chat body", J({ model: "gpt-4o", messages: [{ role: "user", content: "is this key rsa-sha2 compatible?\n\n" + rsaPub }] })],
  ["PEM certificate in nginx config chat paste", J({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: "nginx says 'PEM_read_bio_X509 failed' with this cert:\n\n" + cert + "\n" }] })],
  ["PEM public key for JWT verification in TS", `export const JWT_PUBLIC_KEY = \`${pub}\`;\n\nexport function verify(token: string) {\n  return jwt.verify(token, JWT_PUBLIC_KEY, { algorithms: ["RS256"] });\n}\n`],
  ["JWKS document with public RSA modulus", J({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(16), alg: "RS256", n: g.s(342, URLS), e: "AQAB" }] }, null, 2)],
  ["base64 PNG data URI in CSS", `.logo {\n  width: 16px;\n  height: 16px;\n  background-image: url("data:image/png;base64,${png}");\n}\n`],
  ["minified JS bundle chunk", `"use strict";(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[${g.int(100, 999)}],{${g.int(1000, 9999)}:function(e,t,n){n.d(t,{Z:function(){return r}});var o=n(${g.int(1000, 9999)}),r=function(e){var t=e.apiKey,n=void 0===t?process.env.NEXT_PUBLIC_APP_NAME:t;return(0,o.jsx)("div",{className:"x${g.s(6, LAN)} y${g.s(6, LAN)}","data-build":"${g.hex(20)}",children:n})}}}]);`],
  ["CSS modules with hashed class names", `.Button_root__${g.s(5, URLS)}{display:inline-flex;padding:8px 12px}\n.Button_primary__${g.s(5, URLS)}{background:#${g.hex(6)};color:#fff}\n.Card_shadow__${g.s(5, URLS)}{box-shadow:0 1px 2px rgba(0,0,0,.${g.int(1, 9)})}\n`],
  ["package-lock.json integrity entries", J({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.org/react/-/react-18.3.1.tgz", integrity: "sha512-" + g.b64(86) + "==" }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + g.b64(86) + "==" } } }, null, 2)],
  ["go.sum lines", `github.com/google/uuid v1.6.0 h1:${g.b64(43)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64(43)}=\ngolang.org/x/sync v0.8.0 h1:${g.b64(43)}=\n`],
  ["Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n`],
  ["pip requirements with hashes", `requests==2.32.3 \\\n    --hash=sha256:${g.hex(64)} \\\n    --hash=sha256:${g.hex(64)}\nurllib3==2.2.3 \\\n    --hash=sha256:${g.hex(64)}\n`],
  ["Dockerfile FROM pinned by digest", `FROM python:3.12-slim@sha256:${g.hex(64)}\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . /app\n`],
  ["k8s Secret data with non-secret base64 values", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-flags\ntype: Opaque\ndata:\n  ENVIRONMENT: ${Buffer.from("production").toString("base64")}\n  FEATURE_SEARCH: ${Buffer.from("true").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n`],
  ["Bitnami SealedSecret encryptedData", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: stripe\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: ${sealed}\n`],
  ["ansible-vault encrypted file", `# group_vars/prod/vault.yml\n${vault}\n`],
  ["SOPS-encrypted YAML with metadata", `api_key: ENC[AES256_GCM,data:${g.b64(64)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n  age:\n    - recipient: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n  lastmodified: "2026-10-02T09:00:00Z"\n  mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n  version: 3.9.0\n`],
  ["Rails encrypted credentials file content", `${g.b64(400)}==--${g.b64(22)}==--${g.b64(22)}==\n`],
  ["git log output in MCP result", J({ jsonrpc: "2.0", id: 11, result: { content: [{ type: "text", text: `commit ${sha()}\nAuthor: Dana <dana@acme.io>\nDate:   Tue Nov 3 10:01:00 2026 +0000\n\n    fix retry backoff\n\ncommit ${sha()}\nMerge: ${g.hex(7)} ${g.hex(7)}\n` }] } })],
  ["CI log with masked secrets", `2026-11-03T10:22:41.1180021Z ##[group]Run ./deploy.sh\n2026-11-03T10:22:41.1180433Z env:\n2026-11-03T10:22:41.1180711Z   STRIPE_SECRET_KEY: ***\n2026-11-03T10:22:41.1180711Z   OPENAI_API_KEY: ***\n2026-11-03T10:22:41.1181002Z ##[endgroup]\n2026-11-03T10:22:50.0001111Z pushed sha256:${g.hex(64)}\n`],
  [".env.example with placeholders", `# copy to .env and fill in\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=sk_live_your_key_here\nDATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app\nREDIS_URL=redis://localhost:6379\n`],
  ["curl using an env var for the token", `curl https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "OpenAI-Organization: org-${g.s(24)}"`],
  ["HTTP request doc with <token> placeholder", "```http\nGET /v2/users/me HTTP/1.1\nHost: api.acme.io\nAuthorization: Bearer <access-token>\nX-Request-Id: " + g.uuid() + "\n```\n"],
  ["Terraform with variable references", `variable "datadog_api_key" {\n  type      = string\n  sensitive = true\n}\n\nprovider "datadog" {\n  api_key = var.datadog_api_key\n  app_key = data.aws_ssm_parameter.dd_app_key.value\n}\n`],
  ["GitHub Actions workflow using secrets context", `jobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${sha()}\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n`],
  ["OpenAI response body with ids", J({ id: "chatcmpl-" + g.s(29), object: "chat.completion", created: 1762000000, model: "gpt-4o-2024-08-06", system_fingerprint: "fp_" + g.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] })],
  ["Stripe webhook event with object ids", J({ id: "evt_1" + g.s(23), object: "event", type: "payment_intent.succeeded", data: { object: { id: "pi_3" + g.s(23), customer: "cus_" + g.s(14), latest_charge: "ch_3" + g.s(23), payment_method: "pm_1" + g.s(23) } } }, null, 2)],
  ["Anthropic response with tool_use id", J({ id: "msg_01" + g.s(22), type: "message", role: "assistant", content: [{ type: "tool_use", id: "toolu_01" + g.s(22), name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use", usage: { input_tokens: 812, output_tokens: 40 } })],
  ["ExternalSecret referencing a secret store", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: openai\nspec:\n  secretStoreRef: { name: aws-sm, kind: ClusterSecretStore }\n  data:\n    - secretKey: OPENAI_API_KEY\n      remoteRef: { key: prod/openai, property: api_key }\n`],
  ["Python reading keys from the environment", `import os\n\nclient = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\nstripe.api_key = os.getenv("STRIPE_SECRET_KEY")\nlog.info("request %s done", "${g.uuid()}")\n`],
  ["SQL seed with UUIDs and hashes", `INSERT INTO uploads (id, sha256, etag) VALUES\n  ('${g.uuid()}', '${g.hex(64)}', '"${g.hex(32)}"'),\n  ('${g.uuid()}', '${g.hex(64)}', '"${g.hex(32)}"');\n`],
  ["docker pull output with digests", `main: Pulling from acme/api\n${g.hex(12)}: Pull complete\n${g.hex(12)}: Pull complete\nDigest: sha256:${g.hex(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api:main\n`],
  ["SRI script tag and CSP hashes", `<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'sha256-${g.b64(43)}=' 'nonce-${g.b64(22)}=='">\n<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${g.b64(64)}" crossorigin="anonymous"></script>\n`],
  ["webhook signature header (HMAC output, not the key)", `POST /webhooks/github HTTP/1.1\nHost: hooks.acme.io\nX-GitHub-Event: push\nX-GitHub-Delivery: ${g.uuid()}\nX-Hub-Signature-256: sha256=${g.hex(64)}\nContent-Type: application/json\n\n{"ref":"refs/heads/main","after":"${sha()}"}`],
  ["Git LFS pointer file", `version https://git-lfs.github.com/spec/v1\noid sha256:${g.hex(64)}\nsize ${g.int(100000, 9999999)}\n`],
  ["masked keys in a dashboard screenshot transcript", `API keys\n  Production   sk-proj-${"•".repeat(8)}${g.s(4)}   created 2026-09-01\n  CI           sk-proj-${"•".repeat(8)}${g.s(4)}   created 2026-10-12\n`],
  ["OpenTelemetry span log", J({ traceId: g.hex(32), spanId: g.hex(16), parentSpanId: g.hex(16), name: "POST /v1/charges", attributes: { "http.status_code": 200, "http.request_id": "req_" + g.s(14) } })],
  ["Jupyter output with model checksum", J({ cells: [{ cell_type: "code", execution_count: 2, source: ["hf_hub_download(repo_id='acme/ranker', filename='model.safetensors')"], outputs: [{ output_type: "stream", name: "stdout", text: [`sha256 ${g.hex(64)}\n`, `etag ${g.hex(40)}\n`] }] }], nbformat: 4, nbformat_minor: 5 })],
  ["Markdown doc with redacted token", "## Authentication\n\nSend your key in the `Authorization` header:\n\n```\nAuthorization: Bearer sk_live_••••••••••••••••\n```\n\nKeys are shown once; rotate them from **Settings → API keys**.\n"],
  ["diff bumping an action pin SHA", `--- a/.github/workflows/ci.yml\n+++ b/.github/workflows/ci.yml\n@@ -8,7 +8,7 @@\n-      - uses: actions/setup-node@${sha()} # v4.0.3\n+      - uses: actions/setup-node@${sha()} # v4.0.4\n`],
  ["HashiCorp Vault lease output (no token)", `Key                Value\n---                -----\nlease_id           database/creds/readonly/${g.s(24)}\nlease_duration     1h\nrequest_id         ${g.uuid()}\n`],
  ["Firebase web config public fields only", `const firebaseConfig = {\n  authDomain: "acme-app.firebaseapp.com",\n  projectId: "acme-app",\n  storageBucket: "acme-app.appspot.com",\n  messagingSenderId: "${g.s(12, DG)}",\n};\n`],
  ["Yarn berry lock checksum", `"lodash@npm:^4.17.21":\n  version: 4.17.21\n  resolution: "lodash@npm:4.17.21"\n  checksum: 10c0/${g.hex(128)}\n  languageName: node\n  linkType: hard\n`],
  ["crash dump with memory addresses and build id", `Thread 0 Crashed:\n0   libsystem_kernel.dylib  0x${g.hex(16)} __pthread_kill + 8\n1   api                      0x${g.hex(16)} main.handler + 412\nBuild ID: ${g.hex(40)}\nBinary UUID: ${g.uuid().toUpperCase()}\n`],
];

const handCases: CorpusCase[] = hand.map(([note, text], i) => ({
  id: `y25-bk-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty25-benign",
  label: "benign",
  text,
  note: "benign " + note,
}));

export const cases: CorpusCase[] = [...rotated, ...handCases];
