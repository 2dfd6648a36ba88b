// Benign look-alikes: identifiers, digests, public material, references, masks, placeholders and
// encrypted blobs, in the same renderers and file shapes as the positives.
import type { CorpusCase } from "../types.ts";
import { AN, B64, DIG, G, HEX, j, LD, LO, RENDERERS, UD, UP, URL64, type Slot } from "./_gen.ts";

const g = new G(0x43b9);
const BEGIN = (t: string) => j("-----BEGIN ", t, "-----");
const END = (t: string) => j("-----END ", t, "-----");
const pem = (t: string, n: number) => `${BEGIN(t)}\n${g.pemBody(n)}\n${END(t)}`;

type B = { what: string; env: string; v: () => string };
const rot: B[] = [
  { what: "git commit SHA", env: "GIT_COMMIT_SHA", v: () => g.h(40) },
  { what: "container image digest", env: "IMAGE_DIGEST", v: () => `sha256:${g.h(64)}` },
  { what: "build UUID", env: "BUILD_ID", v: () => g.uuid() },
  { what: "W3C trace id", env: "TRACE_ID", v: () => g.h(32) },
  { what: "Stripe publishable key", env: "STRIPE_PUBLISHABLE_KEY", v: () => j("pk", "_live_", "51", g.s(97)) },
  { what: "Stripe customer id", env: "STRIPE_CUSTOMER_ID", v: () => j("cus", "_", g.s(14)) },
  { what: "Stripe price id", env: "STRIPE_PRICE_ID", v: () => j("price", "_1", g.s(23)) },
  { what: "masked OpenAI key", env: "OPENAI_API_KEY", v: () => j("sk-", "proj-", "...", g.s(4, UP)) },
  { what: "angle-bracket placeholder", env: "ANTHROPIC_API_KEY", v: () => "<your-anthropic-api-key>" },
  { what: "shell variable reference", env: "GITHUB_TOKEN", v: () => "${GITHUB_TOKEN}" },
  { what: "1Password secret reference", env: "STRIPE_SECRET_KEY", v: () => "op://Production/Stripe/secret_key" },
  { what: "Vault path reference", env: "DATABASE_PASSWORD", v: () => "vault:secret/data/prod/db#password" },
  { what: "AWS Secrets Manager ARN", env: "DB_SECRET_ARN", v: () => `arn:aws:secretsmanager:us-east-1:${g.s(12, DIG)}:secret:prod/db-${g.s(6)}` },
  { what: "GitHub Actions secrets expression", env: "NPM_TOKEN", v: () => "${{ secrets.NPM_TOKEN }}" },
  { what: "SOPS-encrypted value", env: "SLACK_BOT_TOKEN", v: () => `ENC[AES256_GCM,data:${g.s(76, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]` },
  { what: "OpenAI organization id", env: "OPENAI_ORG_ID", v: () => j("org", "-", g.s(24)) },
  { what: "OpenAI project id", env: "OPENAI_PROJECT_ID", v: () => j("proj", "_", g.s(24)) },
  { what: "Anthropic message id", env: "LAST_MESSAGE_ID", v: () => j("msg", "_01", g.s(22)) },
  { what: "MongoDB ObjectId", env: "TENANT_OBJECT_ID", v: () => g.h(24) },
  { what: "Slack channel id", env: "SLACK_CHANNEL_ID", v: () => j("C0", g.s(9, UD)) },
  { what: "AWS IAM role ARN", env: "AWS_ROLE_ARN", v: () => `arn:aws:iam::${g.s(12, DIG)}:role/github-actions-deploy` },
  { what: "Auth0 client id (public)", env: "AUTH0_CLIENT_ID", v: () => g.s(32) },
  { what: "Google OAuth client id", env: "GOOGLE_CLIENT_ID", v: () => `${g.s(12, DIG)}-${g.s(32, LD)}.apps.googleusercontent.com` },
  { what: "age recipient (public key)", env: "SOPS_AGE_RECIPIENTS", v: () => j("age", "1", g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")) },
  { what: "npm lockfile integrity", env: "PACKAGE_INTEGRITY", v: () => `sha512-${g.s(86, B64)}==` },
  { what: "webhook signature header value", env: "X_HUB_SIGNATURE_256", v: () => `sha256=${g.h(64)}` },
  { what: "Kubernetes object uid", env: "POD_UID", v: () => g.uuid() },
  { what: "Datadog RUM application id", env: "DD_APPLICATION_ID", v: () => g.uuid() },
  { what: "Sentry event id", env: "SENTRY_EVENT_ID", v: () => g.h(32) },
  { what: "Cloudflare zone id", env: "CLOUDFLARE_ZONE_ID", v: () => g.h(32) },
  { what: "Cloudflare account id", env: "CLOUDFLARE_ACCOUNT_ID", v: () => g.h(32) },
  { what: "Vercel project id", env: "VERCEL_PROJECT_ID", v: () => j("prj", "_", g.s(28)) },
  { what: "Netlify site id", env: "NETLIFY_SITE_ID", v: () => g.uuid() },
  { what: "GPG key fingerprint", env: "GPG_FINGERPRINT", v: () => g.s(40, "0123456789ABCDEF") },
  { what: "masked token with asterisks", env: "SLACK_BOT_TOKEN", v: () => j("xo", "xb-", "****************") },
  { what: "placeholder xxx", env: "SENDGRID_API_KEY", v: () => j("S", "G.", "xxxxxxxxxxxxxxxxxxxxxx.", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx") },
  { what: "changeme placeholder", env: "ADMIN_PASSWORD", v: () => "changeme" },
  { what: "Azure tenant id", env: "AZURE_TENANT_ID", v: () => g.uuid() },
  { what: "Azure Key Vault reference", env: "STORAGE_KEY", v: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/storage-key/)" },
  { what: "AWS SSM parameter reference", env: "API_TOKEN_PARAM", v: () => "{{resolve:ssm-secure:/prod/api/token:3}}" },
  { what: "Go module checksum", env: "GOSUM_LINE", v: () => `h1:${g.s(43, B64)}=` },
  { what: "request id", env: "X_REQUEST_ID", v: () => j("req", "_", g.s(24)) },
  { what: "Twitch/Steam numeric app id", env: "STEAM_APP_ID", v: () => g.s(6, DIG) },
  { what: "Terraform state lineage", env: "TF_STATE_LINEAGE", v: () => g.uuid() },
  { what: "PostHog project key (public ingestion)", env: "POSTHOG_PROJECT_ID", v: () => g.s(5, DIG) },
  { what: "HTML CSP nonce", env: "CSP_NONCE", v: () => g.s(22, B64) },
  { what: "Docker image tag", env: "IMAGE", v: () => `ghcr.io/acme/api@sha256:${g.h(64)}` },
  { what: "content hash filename", env: "ASSET_BUNDLE", v: () => `main.${g.h(20)}.js` },
  { what: "etag", env: "LAST_ETAG", v: () => `W/"${g.h(32)}"` },
  { what: "Linear issue id", env: "LINEAR_ISSUE_ID", v: () => g.uuid() },
  { what: "Shopify shop domain + webhook id", env: "SHOPIFY_WEBHOOK_ID", v: () => `gid://shopify/WebhookSubscription/${g.s(13, DIG)}` },
  { what: "env lookup in code", env: "SECRET_SOURCE", v: () => 'os.environ["STRIPE_SECRET_KEY"]' },
];

const out: CorpusCase[] = rot.map((b, i) => {
  const r = RENDERERS[(i * 7 + 3) % RENDERERS.length]!;
  const s: Slot = { p: "Acme", env: b.env, v: b.v() };
  s.hdr = `X-${b.env.toLowerCase().replace(/_/g, "-")}: ${s.v}`;
  return { id: `y43-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty43-benign", label: "benign", text: r.f(s, g), note: `${b.what}; slot ${b.env}; context: ${r.name}` };
});

const hc: [string, string][] = [];
const H = (note: string, text: string) => hc.push([note, text]);
H("PEM certificate; context tool_use write_file", JSON.stringify({ type: "tool_use", id: `toolu_01${g.s(22)}`, name: "write_file", input: { path: "certs/ca.crt", content: pem("CERTIFICATE", 900) + "\n" } }));
H("PEM public key; context JWT verify config", `jwt:\n  algorithm: RS256\n  public_key: |\n    ${pem("PUBLIC KEY", 294).split("\n").join("\n    ")}\n`);
H("SSH public key; context authorized_keys in cloud-init", `#cloud-config\nusers:\n  - name: deploy\n    ssh_authorized_keys:\n      - ssh-ed25519 ${j("AAAAC3NzaC1lZDI1NTE5AAAA", g.s(44, B64))} deploy@ci\n      - ssh-rsa ${j("AAAAB3NzaC1yc2EAAAADAQABAAABgQ", g.s(500, B64))} ops@laptop\n`);
H("ansible-vault encrypted file; context MCP read_file", JSON.stringify({ jsonrpc: "2.0", id: 8, result: { content: [{ type: "text", text: `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.h(80)).join("\n")}\n` }] } }));
H("Bitnami SealedSecret encryptedData; context k8s manifest", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-creds\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: ${j("AgB", g.s(600, B64))}==\n    DATABASE_URL: ${j("AgC", g.s(500, B64))}=\n`);
H("SOPS YAML file with sops metadata; context diff", `diff --git a/secrets.enc.yaml b/secrets.enc.yaml\n--- a/secrets.enc.yaml\n+++ b/secrets.enc.yaml\n@@ -1,6 +1,6 @@\n-api_key: ENC[AES256_GCM,data:${g.s(56, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\n+api_key: ENC[AES256_GCM,data:${g.s(56, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\n sops:\n     age:\n         - recipient: ${j("age", "1", g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))}\n     lastmodified: "2026-11-20T10:11:12Z"\n     mac: ENC[AES256_GCM,data:${g.s(88, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\n`);
H("base64 PNG data URI; context CSS", `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.s(400, B64)}AAAAAElFTkSuQmCC");\n}\n`);
H("minified JS bundle; context chat body pasted", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `why is this slow?\n!function(e,t){"object"==typeof exports?module.exports=t():e.${g.s(3, LO)}=t()}(this,function(){var e="${g.s(40, AN)}",t=function(n){return n.replace(/[${g.s(6, LO)}]/g,"")};return{k:e,t:t,v:"${g.h(12)}"}});` }] }));
H("Tailwind/CSS module class names; context HTML", `<div class="css-${g.s(7, LD)} ${g.s(6, LO)}_${g.s(5, LD)}__${g.s(5, URL64)}">\n  <span class="jsx-${g.s(10, DIG)} badge">Deployed ${g.h(7)}</span>\n</div>\n<style>.css-${g.s(7, LD)}{display:flex;color:#${g.h(6)}}</style>`);
H("package-lock.json entries with integrity; context MCP result", JSON.stringify({ jsonrpc: "2.0", id: 31, result: { content: [{ type: "text", text: JSON.stringify({ "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: `sha512-${g.s(86, B64)}==` }, "node_modules/zod": { version: "3.23.8", integrity: `sha512-${g.s(86, B64)}==` } }, null, 2) }] } }));
H("Cargo.lock checksums; context diff", `diff --git a/Cargo.lock b/Cargo.lock\n@@ -120,7 +120,7 @@\n [[package]]\n name = "serde"\n-version = "1.0.210"\n-checksum = "${g.h(64)}"\n+version = "1.0.214"\n+checksum = "${g.h(64)}"\n`);
H("go.sum lines; context tool result", `github.com/google/uuid v1.6.0 h1:${g.s(43, B64)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.s(43, B64)}=\ngolang.org/x/sync v0.8.0 h1:${g.s(43, B64)}=\n`);
H("docker pull output with digests; context CI log", `2026-11-30T09:00:01Z latest: Pulling from acme/api\n2026-11-30T09:00:02Z ${g.h(12)}: Pull complete\n2026-11-30T09:00:03Z ${g.h(12)}: Pull complete\n2026-11-30T09:00:03Z Digest: sha256:${g.h(64)}\n2026-11-30T09:00:03Z Status: Downloaded newer image for acme/api:latest`);
H("git log output; context shell", `commit ${g.h(40)}\nAuthor: Dana Li <dana@acme.io>\nDate:   Fri Nov 27 14:02:11 2026 +0000\n\n    fix: retry on 429\n\ncommit ${g.h(40)}\nMerge: ${g.h(7)} ${g.h(7)}\n`);
H("env example with empty and placeholder values; context Markdown", `## Environment\n\n| variable | example |\n|---|---|\n| \`OPENAI_API_KEY\` | \`sk-...\` |\n| \`STRIPE_SECRET_KEY\` | \`sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\` |\n| \`GITHUB_TOKEN\` | \`<personal access token>\` |\n| \`DATABASE_URL\` | \`postgres://user:password@localhost:5432/app\` |\n`);
H(".env.example placeholders; context tool_use write_file", JSON.stringify({ type: "tool_use", id: `toolu_01${g.s(22)}`, name: "write_file", input: { path: ".env.example", content: "OPENAI_API_KEY=\nANTHROPIC_API_KEY=your-anthropic-key-here\nAWS_ACCESS_KEY_ID=\nAWS_SECRET_ACCESS_KEY=\nSLACK_BOT_TOKEN=xoxb-your-token\nJWT_SECRET=change-me\n" } }));
H("k8s secretKeyRef; context Deployment YAML", `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api@sha256:${g.h(64)}\n          env:\n            - name: STRIPE_SECRET_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: stripe\n                  key: secret_key\n`);
H("Terraform referencing data source secret; context HCL", `data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/db/password"\n}\n\nresource "aws_db_instance" "main" {\n  identifier = "orders-${g.h(8)}"\n  password   = data.aws_secretsmanager_secret_version.db.secret_string\n  username   = "orders"\n}\n`);
H("Terraform plan with sensitive values masked; context CI log", `  # aws_iam_access_key.ci will be created\n  + resource "aws_iam_access_key" "ci" {\n      + id     = (known after apply)\n      + secret = (sensitive value)\n      + user   = "ci-deployer"\n    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.\nSaved plan: ${g.h(16)}.tfplan`);
H("OpenAI API response ids; context MCP result", JSON.stringify({ id: j("chatcmpl-", g.s(29)), object: "chat.completion", created: 1764500000, model: "gpt-4o-2024-08-06", system_fingerprint: j("fp_", g.h(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3 } }));
H("Anthropic response with ids; context log line", `2026-11-30T10:12:44Z INFO anthropic response id=${j("msg", "_01", g.s(22))} request-id=${j("req", "_01", g.s(22))} model=claude-sonnet-4 stop_reason=end_turn input_tokens=1290`);
H("Stripe webhook event JSON (object ids only); context HTTP request", `POST /webhooks/stripe HTTP/1.1\nHost: api.acme.io\nStripe-Signature: t=1764500000,v1=${g.h(64)}\nContent-Type: application/json\n\n{"id":"${j("evt", "_1", g.s(23))}","type":"payment_intent.succeeded","data":{"object":{"id":"${j("pi", "_3", g.s(23))}","customer":"${j("cus", "_", g.s(14))}","latest_charge":"${j("ch", "_3", g.s(23))}"}}}`);
H("GitHub webhook delivery headers; context raw HTTP", `POST /hooks/github HTTP/1.1\nHost: ci.acme.io\nX-GitHub-Delivery: ${g.uuid()}\nX-GitHub-Event: push\nX-Hub-Signature-256: sha256=${g.h(64)}\nContent-Type: application/json\n\n{"ref":"refs/heads/main","after":"${g.h(40)}","before":"${g.h(40)}"}`);
H("AWS CloudTrail event ids; context JSON", JSON.stringify({ eventVersion: "1.09", eventID: g.uuid(), requestID: g.uuid(), userIdentity: { type: "AssumedRole", arn: `arn:aws:sts::${g.s(12, DIG)}:assumed-role/deploy/gha-${g.s(10, DIG)}`, accountId: g.s(12, DIG) }, eventName: "PutObject", sourceIPAddress: "203.0.113.7" }, null, 2));
H("WireGuard public keys only; context INI", `[Interface]\nAddress = 10.8.0.2/24\nDNS = 1.1.1.1\n# PrivateKey loaded from /etc/wireguard/private.key by PostUp\nPostUp = wg set %i private-key /etc/wireguard/private.key\n\n[Peer]\nPublicKey = ${g.s(43, B64)}=\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0\n`);
H("JWKS public keys; context HTTP response", `HTTP/1.1 200 OK\nContent-Type: application/json\nCache-Control: max-age=3600\n\n{"keys":[{"kty":"RSA","kid":"${g.h(40)}","use":"sig","alg":"RS256","n":"${g.s(342, URL64)}","e":"AQAB"}]}`);
H("Python code reading key from env; context code", `import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nresp = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])\nprint(resp.id)  # ${j("chatcmpl-", g.s(29))}\n`);
H("TypeScript config reading secrets from env; context code", `export const config = {\n  stripeKey: process.env.STRIPE_SECRET_KEY!,\n  githubToken: process.env.GITHUB_TOKEN ?? "",\n  buildSha: "${g.h(40)}",\n  sentryRelease: "api@${g.h(12)}",\n};\n`);
H("Go code with checksum constant; context code", `package assets\n\n// sha256 of the embedded bundle, checked at startup\nconst BundleSHA256 = "${g.h(64)}"\nconst BuildID = "${g.uuid()}"\n`);
H("masked secrets in CI log; context GitHub Actions", `2026-11-30T08:00:01Z Run ./deploy.sh\n2026-11-30T08:00:01Z   env:\n2026-11-30T08:00:01Z     AWS_ACCESS_KEY_ID: ***\n2026-11-30T08:00:01Z     AWS_SECRET_ACCESS_KEY: ***\n2026-11-30T08:00:01Z     GITHUB_TOKEN: ***\n2026-11-30T08:00:04Z deployed revision ${g.h(40)}`);
H("redacted curl in docs; context Markdown", "```bash\ncurl https://api.openai.com/v1/models \\\n  -H \"Authorization: Bearer $OPENAI_API_KEY\"\n```\n\nResponse ids look like `" + j("chatcmpl-", g.s(29)) + "`; never paste your key here.");
H("SQL with password hash column bound as parameter; context SQL", `-- migration ${g.h(8)}\nUPDATE users SET password_hash = $1, updated_at = NOW() WHERE id = $2;\nINSERT INTO audit_log (id, actor, action) VALUES ('${g.uuid()}', 'system', 'password_reset');\n`);
H("Jupyter notebook with image output; context notebook JSON", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, metadata: {}, source: ["plt.plot(x, y)\n"], outputs: [{ output_type: "display_data", data: { "image/png": `iVBORw0KGgoAAAANSUhEUgAAAZAAAAEsCAYAAADtt${g.s(600, B64)}==`, "text/plain": ["<Figure size 640x480>"] }, metadata: {} }] }], metadata: {}, nbformat: 4, nbformat_minor: 5 }));
H("crash dump with hex addresses and build id; context log", `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x${g.h(6)}]\n\ngoroutine 1 [running]:\nmain.(*Server).handle(0xc000${g.h(6)}, {0x${g.h(6)}, 0xc000${g.h(6)}})\n\t/app/server.go:88 +0x${g.h(3)}\nbuild-id=${g.h(40)}`);
H("AWS KMS ciphertext blob; context JSON config", JSON.stringify({ encryptedDbPassword: j("AQICAHh", g.s(300, B64), "=="), kmsKeyArn: `arn:aws:kms:eu-west-1:${g.s(12, DIG)}:key/${g.uuid()}` }, null, 2));
H("Firebase project config public fields only (no apiKey); context JS", `export const firebaseProject = {\n  projectId: "acme-prod-${g.s(5, LD)}",\n  messagingSenderId: "${g.s(12, DIG)}",\n  appId: "1:${g.s(12, DIG)}:web:${g.h(22)}",\n};\n`);
H("Subresource integrity in HTML; context chat message", `can you check this script tag?\n<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${g.s(64, B64)}" crossorigin="anonymous"></script>`);
H("UUID v4 list in test fixture; context Python test", `TENANTS = [\n    "${g.uuid()}",\n    "${g.uuid()}",\n    "${g.uuid()}",\n]\n\ndef test_tenants_unique():\n    assert len(set(TENANTS)) == 3\n`);
H("Helm values referencing existing secret; context YAML", `postgresql:\n  auth:\n    existingSecret: pg-credentials\n    secretKeys:\n      adminPasswordKey: postgres-password\nimage:\n  digest: sha256:${g.h(64)}\n`);
H("Vault CLI output with accessor, token masked; context shell", `$ vault token lookup -format=json | jq .data.accessor\n"${g.s(24)}"\n$ vault kv get -field=version secret/app\n7\n`);
H("Google Analytics measurement id and reCAPTCHA site key omitted; context properties", `analytics.measurement-id=G-${g.s(10, UD)}\nanalytics.enabled=true\nbuild.sha=${g.h(40)}\n`);
H("chat message with masked key; context chat", `I rotated the key, new one ends in ...${g.s(4)} (full value is in 1Password under "Prod / OpenAI"). deploy ${g.h(7)} is live.`);
H("PowerShell with SecureString prompt; context code", `$cred = Get-Credential -UserName "svc_backup"\n$thumb = "${g.s(40, "0123456789ABCDEF")}"\nConnect-AzAccount -CertificateThumbprint $thumb -ApplicationId "${g.uuid()}" -Tenant "${g.uuid()}"\n`);
H("Dockerfile with ARG secret mount; context Dockerfile", `# syntax=docker/dockerfile:1.7\nFROM python:3.12-slim\nRUN --mount=type=secret,id=pip_token \\\n    PIP_INDEX_URL="https://__token__:$(cat /run/secrets/pip_token)@pypi.acme.io/simple" pip install -r requirements.txt\nLABEL org.opencontainers.image.revision=${g.h(40)}\n`);
H("XML with certificate thumbprint and public cert; context config", `<configuration>\n  <system.identityModel>\n    <add thumbprint="${g.s(40, "0123456789ABCDEF")}" name="https://sts.acme.io/" />\n  </system.identityModel>\n  <add key="SigningCert" value="${g.s(200, B64)}=" />\n</configuration>`);
H("ETag and cache headers; context HTTP response", `HTTP/2 200\ncontent-type: application/javascript\netag: "${g.h(32)}"\nx-amz-cf-id: ${g.s(56, URL64)}==\nx-amz-request-id: ${g.s(16, UD)}\nx-amz-id-2: ${g.s(76, B64)}=\n`);
void HEX;

export const cases: CorpusCase[] = [
  ...out,
  ...hc.map(([note, text], i) => ({ id: `y43-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets" as const, category: "heldouty43-benign", label: "benign" as const, text, note })),
];
