// Hard look-alikes: rotated through the neutral renderers, plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { CAT, Gen, j, rotate, type Spec } from "./_gen.ts";

const g = new Gen(0x10803e);
const b = "benign";

const specs: Spec[] = [
  { p: "git commit SHA", cat: b, env: "GIT_COMMIT_SHA", v: (g) => g.h(40), hdr: "X-Build-Commit: $V", qp: "ref" },
  { p: "container image digest", cat: b, env: "IMAGE_DIGEST", v: (g) => j("sha256:", g.h(64)), hdr: "Docker-Content-Digest: $V", qp: "digest" },
  { p: "sha512 artifact checksum", cat: b, env: "ARTIFACT_SHA512", v: (g) => g.h(128), hdr: "X-Checksum-Sha512: $V", qp: "checksum" },
  { p: "ETag", cat: b, env: "CACHE_ETAG", v: (g) => `W/"${g.h(32)}"`, hdr: "If-None-Match: $V", qp: "etag" },
  { p: "W3C trace id", cat: b, env: "TRACE_ID", v: (g) => g.h(32), hdr: "traceparent: 00-$V-" + "00f067aa0ba902b7-01", qp: "trace_id" },
  { p: "request UUID", cat: b, env: "REQUEST_ID", v: (g) => g.uuid(), hdr: "X-Request-Id: $V", qp: "request_id" },
  { p: "Stripe customer id", cat: b, env: "STRIPE_CUSTOMER_ID", v: (g) => j("cus_", g.a(14)), hdr: "X-Customer: $V", qp: "customer" },
  { p: "Stripe price id", cat: b, env: "STRIPE_PRICE_ID", v: (g) => j("price_", "1P", g.a(22)), hdr: "X-Price: $V", qp: "price" },
  { p: "Stripe publishable key", cat: b, env: "STRIPE_PUBLISHABLE_KEY", v: (g) => j("pk", "_live_", "51", g.a(97)), hdr: "X-Stripe-Pk: $V", qp: "pk" },
  { p: "OpenAI chat completion id", cat: b, env: "LAST_COMPLETION_ID", v: (g) => j("chatcmpl-", g.a(29)), hdr: "X-Completion-Id: $V", qp: "completion" },
  { p: "Anthropic message id", cat: b, env: "LAST_MESSAGE_ID", v: (g) => j("msg_", "01", g.a(22)), hdr: "X-Message-Id: $V", qp: "message_id" },
  { p: "Anthropic tool_use id", cat: b, env: "TOOL_USE_ID", v: (g) => j("toolu_", "01", g.a(22)), hdr: "X-Tool-Use: $V", qp: "tool_use_id" },
  { p: "AWS IAM role ARN", cat: b, env: "DEPLOY_ROLE_ARN", v: (g) => `arn:aws:iam::${g.d(12)}:role/gh-deploy-${g.word()}`, hdr: "X-Role: $V", qp: "role_arn" },
  { p: "Azure tenant id", cat: b, env: "AZURE_TENANT_ID", v: (g) => g.uuid(), hdr: "X-Tenant: $V", qp: "tenant" },
  { p: "Azure client (app) id", cat: b, env: "AZURE_CLIENT_ID", v: (g) => g.uuid(), hdr: "X-Client-Id: $V", qp: "client_id" },
  { p: "Google OAuth client id", cat: b, env: "GOOGLE_CLIENT_ID", v: (g) => `${g.d(12)}-${g.l(32)}.apps.example.com`, hdr: "X-Client-Id: $V", qp: "client_id" },
  { p: "GitHub OAuth app client id", cat: b, env: "GITHUB_CLIENT_ID", v: (g) => j("Iv23", "li", g.a(14)), hdr: "X-Client-Id: $V", qp: "client_id" },
  { p: "npm lockfile integrity", cat: b, env: "PKG_INTEGRITY", v: (g) => j("sha512-", g.b64(64)), hdr: "X-Integrity: $V", qp: "integrity" },
  { p: "SRI hash", cat: b, env: "SCRIPT_SRI", v: (g) => j("sha384-", g.b64(48)), hdr: "X-Sri: $V", qp: "sri" },
  { p: "GPG key fingerprint", cat: b, env: "GPG_FINGERPRINT", v: (g) => g.H(40), hdr: "X-Signing-Fpr: $V", qp: "fpr" },
  { p: "Ethereum tx hash", cat: b, env: "SETTLEMENT_TX_HASH", v: (g) => j("0x", g.h(64)), hdr: "X-Tx: $V", qp: "tx" },
  { p: "Vault secret reference", cat: b, env: "OPENAI_API_KEY", v: (g) => `vault:secret/data/${g.word()}/openai#api_key`, hdr: "X-Key-Ref: $V", qp: "ref" },
  { p: "1Password secret reference", cat: b, env: "STRIPE_SECRET_KEY", v: (g) => `op://Production/${g.word()}-stripe/credential`, hdr: "X-Key-Ref: $V", qp: "ref" },
  { p: "AWS Secrets Manager ARN reference", cat: b, env: "DB_PASSWORD_SECRET_ARN", v: (g) => `arn:aws:secretsmanager:eu-west-1:${g.d(12)}:secret:prod/db-${g.a(6)}`, hdr: "X-Secret-Ref: $V", qp: "secret_id" },
  { p: "env interpolation placeholder", cat: b, env: "GITHUB_TOKEN", v: () => "${GITHUB_TOKEN}", hdr: "Authorization: Bearer $V", qp: "token" },
  { p: "masked key", cat: b, env: "ANTHROPIC_API_KEY", v: (g) => j("sk-", "ant-", "api03-", "****************", g.u(4)), hdr: "x-api-key: $V" },
  { p: "angle-bracket placeholder", cat: b, env: "SENDGRID_API_KEY", v: () => "<your-sendgrid-api-key>", hdr: "Authorization: Bearer $V" },
  { p: "redacted token", cat: b, env: "SLACK_BOT_TOKEN", v: () => "[REDACTED]", hdr: "Authorization: Bearer $V" },
  { p: "Slack channel id", cat: b, env: "SLACK_ALERT_CHANNEL", v: (g) => j("C0", g.U(9)), hdr: "X-Channel: $V", qp: "channel" },
  { p: "S3 object version id", cat: b, env: "MODEL_VERSION_ID", v: (g) => g.u(32), hdr: "x-amz-version-id: $V", qp: "versionId" },
  { p: "Mongo ObjectId", cat: b, env: "DEFAULT_TENANT_OID", v: (g) => g.h(24), hdr: "X-Tenant-Oid: $V", qp: "tenant" },
  { p: "Datadog span id / trace id decimal", cat: b, env: "DD_TRACE_ID", v: (g) => g.d(19), hdr: "x-datadog-trace-id: $V", qp: "dd_trace" },
  { p: "OpenAI org id", cat: b, env: "OPENAI_ORG_ID", v: (g) => j("org-", g.a(24)), hdr: "OpenAI-Organization: $V", qp: "org" },
  { p: "Vercel project id", cat: b, env: "VERCEL_PROJECT_ID", v: (g) => j("prj_", g.a(28)), hdr: "X-Project: $V", qp: "projectId" },
  { p: "Twilio message SID", cat: b, env: "LAST_SMS_SID", v: (g) => j("SM", g.h(32)), hdr: "X-Message-Sid: $V", qp: "sid" },
  { p: "Stripe payment intent id", cat: b, env: "PAYMENT_INTENT_ID", v: (g) => j("pi_", "3P", g.a(22)), hdr: "X-Payment: $V", qp: "payment_intent" },
];

const rotated = rotate({ g, specs, n: 72, idPrefix: "y108-b-", catPrefix: CAT, label: "benign", offset: 5 });

const pem = (label: string, bytes: number) => [`-----BEGIN ${label}-----`, ...(g.b64(bytes).match(/.{1,64}/g) ?? []), `-----END ${label}-----`].join("\n");
const hk: [string, string][] = [];
const add = (note: string, text: string) => hk.push([note, text]);

add("X.509 certificate PEM in chat completion", JSON.stringify({ messages: [{ role: "user", content: `is this cert chain ok? openssl says verify error 20\n${pem("CERTIFICATE", 900)}\n${pem("CERTIFICATE", 880)}` }] }));
add("RSA public key PEM in JWKS config (tool_use write_file)", JSON.stringify({ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "write_file", input: { path: "keys/jwt.pub", content: pem("PUBLIC KEY", 294) + "\n" } }));
add("SSH public keys in authorized_keys (MCP result)", JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b(43)} alice@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b(510)} ci@runner\n` }] } }));
add("git log --oneline with SHAs", Array.from({ length: 8 }, () => `${g.h(40)} ${g.pick(["fix: retry on 429", "chore: bump deps", "feat: add export", "docs: setup guide", "refactor: split handler"])}`).join("\n"));
add("docker images --digests output", `REPOSITORY                 TAG     DIGEST                                                                    IMAGE ID       SIZE\nregistry.example.com/api   1.4.2   sha256:${g.h(64)}   ${g.h(12)}   182MB\nregistry.example.com/web   2.0.0   sha256:${g.h(64)}   ${g.h(12)}   96MB\n`);
add("package-lock.json excerpt with integrity hashes", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.example.org/lodash/-/lodash-4.17.21.tgz", integrity: `sha512-${g.b64(64)}` }, "node_modules/zod": { version: "3.23.8", integrity: `sha512-${g.b64(64)}` } } }, null, 2));
add("go.sum lines", `example.org/google/uuid v1.6.0 h1:${g.b64(32)}\nexample.org/google/uuid v1.6.0/go.mod h1:${g.b64(32)}\nexample.org/x/sync v0.7.0 h1:${g.b64(32)}\n`);
add("Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.203"\nsource = "registry+https://index.example.org/crates"\nchecksum = "${g.h(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.38.0"\nchecksum = "${g.h(64)}"\n`);
add("HTML with SRI script tags", `<script src="https://cdn.example.com/react@18.3.1/umd/react.production.min.js" integrity="sha384-${g.b64(48)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="https://cdn.example.com/app.css" integrity="sha256-${g.b64(32)}">`);
add("Bitnami SealedSecret (ciphertext)", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-env\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: Ag${g.b(600)}==\n    DATABASE_URL: Ag${g.b(640)}=\n`);
add("SOPS-encrypted YAML", `stripe_secret_key: ENC[AES256_GCM,data:${g.b(96)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\ndb_password: ENC[AES256_GCM,data:${g.b(24)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\nsops:\n    age:\n        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n    lastmodified: "2025-02-11T10:00:00Z"\n    mac: ENC[AES256_GCM,data:${g.b(88)},type:str]\n    version: 3.9.0\n`);
add("ansible-vault encrypted vars", `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 6 }, () => "  " + g.h(80)).join("\n")}\n`);
add("base64 PNG data URI in markdown", `![logo](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA${g.b(700)}AAAAAElFTkSuQmCC)`);
add("minified JS bundle chunk", `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.p="/static/";n.h="${g.h(20)}";var a="${g.u(40)}",i=e.chunk_${g.a(8)};n(n.s=${g.range(10, 99)})}([function(e,t){e.exports={_0x${g.h(6)}:"${g.b(48)}"}}]);`);
add("CSS modules class hashes", `.Button_root__${g.u(5)}{display:flex}.Button_primary__${g.u(5)}{color:#fff;background:#635bff}.Card_wrap__${g.u(5)}{padding:16px}.css-${g.l(6)}-MuiPaper-root{border-radius:8px}\n<div class="sc-${g.a(6)} ${g.a(6)} Button_root__${g.u(5)}">`);
add("Terraform state resource with ARNs and ids", JSON.stringify({ version: 4, resources: [{ type: "aws_s3_bucket", name: "assets", instances: [{ attributes: { arn: `arn:aws:s3:::acme-assets-${g.l(8)}`, id: `acme-assets-${g.l(8)}`, hosted_zone_id: "Z3AQBSTGFYJSTF" } }] }, { type: "aws_iam_role", name: "ci", instances: [{ attributes: { arn: `arn:aws:iam::${g.d(12)}:role/ci`, unique_id: j("AR", "OA", g.U(17)) } }] }] }, null, 2));
add("GitHub Actions workflow using secrets references", `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${g.h(40)}\n      - run: ./deploy.sh\n        env:\n          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n`);
add(".env.example with placeholders", `# copy to .env and fill in\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=your-anthropic-key-here\nSTRIPE_SECRET_KEY=${"sk_" + "live_"}xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgresql://user:password@localhost:5432/app\nGITHUB_TOKEN=<token>\n`);
add("OpenAI chat completion response (ids, fingerprint)", JSON.stringify({ id: j("chatcmpl-", g.a(29)), object: "chat.completion", created: g.ts(), model: "gpt-4o-2024-08-06", system_fingerprint: j("fp_", g.h(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3, total_tokens: 815 } }));
add("Anthropic message response with tool_use id", JSON.stringify({ id: j("msg_", "01", g.a(22)), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: j("toolu_", "01", g.a(22)), name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use", usage: { input_tokens: 1200, output_tokens: 40 } }));
add("Stripe webhook event payload (object ids only)", JSON.stringify({ id: j("evt_", "1P", g.a(22)), object: "event", type: "invoice.paid", data: { object: { id: j("in_", "1P", g.a(22)), customer: j("cus_", g.a(14)), subscription: j("sub_", "1P", g.a(22)), charge: j("ch_", "3P", g.a(22)), payment_intent: j("pi_", "3P", g.a(22)) } } }, null, 2));
add("GPG --list-keys output", `pub   ed25519 2024-06-01 [SC] [expires: 2027-06-01]\n      ${g.H(40)}\nuid           [ultimate] Release Bot <release@example.org>\nsub   cv25519 2024-06-01 [E]\n      ${g.H(40)}\n`);
add("Kubernetes ConfigMap with hashes and ids", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\n  annotations:\n    checksum/config: ${g.h(64)}\ndata:\n  BUILD_SHA: ${g.h(40)}\n  TENANT_ID: ${g.uuid()}\n  FEATURE_FLAGS: "search,export"\n`);
add("Azure identity config (tenant/client/subscription ids, no secret)", JSON.stringify({ tenantId: g.uuid(), clientId: g.uuid(), subscriptionId: g.uuid(), resourceGroup: "rg-prod-weu", useManagedIdentity: true }, null, 2));
add("Ethereum tx receipt", JSON.stringify({ transactionHash: j("0x", g.h(64)), blockHash: j("0x", g.h(64)), from: j("0x", g.h(40)), to: j("0x", g.h(40)), status: "0x1", gasUsed: "0x5208" }, null, 2));
add("PGP public key block in SECURITY.md", `## Reporting\n\nEncrypt reports to:\n\n${pem("PGP PUBLIC KEY BLOCK", 600).replace("-----\n", "-----\n\n")}\n`);
add("age public recipients file", `# team recipients\nage1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\nage1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`);
add("CI log with masked secrets", `2025-03-11T09:14:12.4412Z + export NPM_TOKEN=***\n2025-03-11T09:14:12.4413Z + export AWS_SECRET_ACCESS_KEY=***\n2025-03-11T09:14:15.0021Z published @acme/ui@2.4.1 (shasum ${g.h(40)})\n`);
add("OpenTelemetry span export with trace/span ids", JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: g.h(32), spanId: g.h(16), parentSpanId: g.h(16), name: "GET /v1/orders", kind: 2 }] }] }] }));
add("Jupyter cell with model hash and dataset ids", JSON.stringify({ cells: [{ cell_type: "code", source: ["from huggingface_hub import snapshot_download\n", `snapshot_download("org/model", revision="${g.h(40)}")\n`], outputs: [{ output_type: "stream", name: "stdout", text: [`Fetching 4 files: blobs/${g.h(64)}\n`] }] }] }));
add("WireGuard config with public keys only", `[Peer]\nPublicKey = ${g.b64(32)}\nPresharedKeyFile = /etc/wireguard/psk\nEndpoint = vpn.example.net:51820\nAllowedIPs = 10.8.0.0/24\n`);

const handcrafted: CorpusCase[] = hk.map(([note, text], i) => ({
  id: `y108-bk-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `${CAT}benign`,
  label: "benign",
  text,
  note,
}));

export const cases: CorpusCase[] = [...rotated, ...handcrafted];
