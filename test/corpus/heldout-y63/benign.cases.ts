// heldout-y63: benign look-alikes in the same contexts (rotated through the renderers + handcrafted).
import type { CorpusCase } from "../types.ts";
import { Gen, renderers } from "./_gen.ts";

const g = new Gen(0x63b0);
const t = new Gen(0x63b1);
const J = (...p: string[]) => p.join("");
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const esc = (s: string) => JSON.stringify(s);

/** [what, slot, builder] */
const specs: [string, string, () => string][] = [
  ["git commit SHA", "GIT_COMMIT_SHA", () => g.hex(40)],
  ["container image digest", "IMAGE_DIGEST", () => "sha256:" + g.hex(64)],
  ["SRI integrity hash", "SCRIPT_INTEGRITY", () => "sha384-" + g.b64(64)],
  ["request UUID", "REQUEST_ID", () => g.uuid()],
  ["W3C trace id", "TRACE_ID", () => g.hex(32)],
  ["Stripe customer id", "STRIPE_CUSTOMER_ID", () => J("cus", "_", g.an(14))],
  ["Stripe price id", "STRIPE_PRICE_ID", () => J("price", "_1", g.an(23))],
  ["Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", () => J("pk", "_live_", g.an(99))],
  ["OpenAI chat completion id", "LAST_COMPLETION_ID", () => J("chatcmpl-", g.an(29))],
  ["Anthropic message id", "LAST_MESSAGE_ID", () => J("msg_01", g.an(22))],
  ["OpenAI assistant id", "OPENAI_ASSISTANT_ID", () => J("asst_", g.an(24))],
  ["OpenAI org id", "OPENAI_ORG_ID", () => J("org-", g.an(24))],
  ["placeholder in angle brackets", "OPENAI_API_KEY", () => "<your-openai-api-key>"],
  ["masked key", "ANTHROPIC_API_KEY", () => J("sk-", "ant-...", "XXXX")],
  ["env interpolation", "STRIPE_SECRET_KEY", () => "${STRIPE_SECRET_KEY}"],
  ["GitHub Actions secret expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"],
  ["1Password reference", "GITHUB_TOKEN", () => "op://Engineering/GitHub Deploy/credential"],
  ["Vault reference", "DATABASE_PASSWORD", () => "vault:secret/data/prod/db#password"],
  ["AWS Secrets Manager ARN", "DB_SECRET_ARN", () => J("arn:aws:secretsmanager:us-east-1:", g.dig(12), ":secret:prod/db-", g.an(6))],
  ["Azure Key Vault reference", "SENDGRID_API_KEY", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid-key/)"],
  ["GCP Secret Manager path", "SLACK_BOT_TOKEN", () => "projects/acme-prod/secrets/slack-bot-token/versions/latest"],
  ["SOPS encrypted value", "TWILIO_AUTH_TOKEN", () => J("ENC[AES256_GCM,data:", g.b64(44), ",iv:", g.b64(43), "=,tag:", g.b64(22), "==,type:str]")],
  ["masked value in log", "DATADOG_API_KEY", () => "***"],
  ["redacted key with last 4", "STRIPE_SECRET_KEY", () => J("sk", "_live_", "••••••••••••", g.an(4))],
  ["npm lockfile integrity", "PACKAGE_INTEGRITY", () => "sha512-" + g.b64(86) + "=="],
  ["MongoDB ObjectId", "DEFAULT_TENANT_OBJECT_ID", () => g.hex(24)],
  ["Docker container id", "CONTAINER_ID", () => g.hex(64)],
  ["ULID", "JOB_ID", () => J("01J", g.str(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))],
  ["SSH key fingerprint", "DEPLOY_KEY_FINGERPRINT", () => "SHA256:" + g.b64(43)],
  ["Ethereum address", "TREASURY_WALLET_ADDRESS", () => "0x" + g.hex(40)],
  ["Go module checksum", "MODULE_SUM", () => "h1:" + g.b64(43) + "="],
  ["ETag", "CACHED_ETAG", () => `W/"${g.hex(32)}"`],
  ["Slack channel id", "SLACK_ALERT_CHANNEL", () => J("C0", g.up(9))],
  ["placeholder text", "SENDGRID_API_KEY", () => "your_sendgrid_api_key_here"],
  ["S3 object version id", "S3_OBJECT_VERSION", () => g.an_(32)],
  ["Sentry event id", "LAST_SENTRY_EVENT_ID", () => g.hex(32)],
  ["feature flag hash salt label", "CACHE_BUSTER", () => g.hex(8)],
  ["Kubernetes pod uid", "POD_UID", () => g.uuid()],
  ["GitHub node id", "REPO_NODE_ID", () => J("R_kgDO", g.an_(8))],
  ["empty placeholder", "AWS_SECRET_ACCESS_KEY", () => "changeme"],
];

// Renderers whose wording calls the value a key or sends it as a bearer token are left out for benign values.
const skip = new Set(["chat message", "Markdown doc", "Python code, env default", "C# code"]);
const usable = renderers.filter(([name]) => !skip.has(name));
const rotated: CorpusCase[] = [];
for (let i = 0; i < 60; i++) {
  const [what, slot, make] = specs[i % specs.length]!;
  const [ctx, render] = usable[(i * 5 + 3) % usable.length]!;
  rotated.push({ id: `y63-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty63-benign", label: "benign", text: render(slot, make(), t), note: `${what}, slot ${slot}, context: ${ctx}` });
}

const B = "-----BEGIN ";
const E = "-----END ";
const cert = () => `${B}CERTIFICATE-----\n${wrap("MIIDdzCCAl+gAwIBAgIU" + g.b64(1200))}\n${E}CERTIFICATE-----\n`;
const pub = () => `${B}PUBLIC KEY-----\n${wrap("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + g.b64(348) + "IDAQAB")}\n${E}PUBLIC KEY-----\n`;
const sshPub = () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} dev@laptop`;

const hand: [string, string][] = [
  ["PEM certificate in chat body", `{"messages":[{"role":"user","content":${esc("nginx rejects this cert chain, what's wrong?\n" + cert() + cert())}}]}`],
  ["PEM public key in JSON config", JSON.stringify({ issuer: "https://auth.acme.io", audience: "api", publicKey: pub() }, null, 2)],
  ["SSH public keys in authorized_keys write", `{"type":"tool_use","id":"toolu_01${g.an(22)}","name":"write_file","input":{"path":"/home/deploy/.ssh/authorized_keys","content":${esc(sshPub() + "\n" + sshPub() + "\n")}}}`],
  ["ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${wrap(g.hex(640), 80)}\n`],
  ["SOPS-encrypted YAML", `db_password: ENC[AES256_GCM,data:${g.b64(24)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\napi_key: ENC[AES256_GCM,data:${g.b64(56)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n    age:\n        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            ${B}AGE ENCRYPTED FILE-----\n            ${g.b64(64)}\n            ${E}AGE ENCRYPTED FILE-----\n    lastmodified: "2026-11-30T09:12:44Z"\n    mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n    version: 3.9.1\n`],
  ["Bitnami SealedSecret", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.b64(680)}\n  template:\n    type: Opaque\n`],
  ["minified JS bundle", `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.p="/static/",n.h="${g.hex(20)}",n(n.s="${g.an(8)}")}({"${g.an(10)}":function(e,t){e.exports={hash:"${g.hex(32)}",chunk:"${g.an_(40)}"}}});\n//# sourceMappingURL=main.${g.hex(8)}.js.map`],
  ["CSS with hashed class names", `.Button_root__${g.an(5)}{display:inline-flex;background:#1f6feb}\n.Button_root__${g.an(5)}:hover{background:#388bfd}\n.Card_card__${g.an(5)}{box-shadow:0 1px 3px rgba(0,0,0,.12)}\n@font-face{font-family:Inter;src:url(/_next/static/media/${g.hex(32)}.woff2) format("woff2")}\n`],
  ["base64 PNG data URI in HTML", `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64(600)}AAAAAElFTkSuQmCC" />`],
  ["package-lock integrity entries", JSON.stringify({ packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: "sha512-" + g.b64(86) + "==" }, "node_modules/zod": { version: "3.23.8", integrity: "sha512-" + g.b64(86) + "==" } } }, null, 2)],
  ["go.sum lines", `github.com/google/uuid v1.6.0 h1:${g.b64(43)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64(43)}=\ngolang.org/x/sys v0.27.0 h1:${g.b64(43)}=\n`],
  ["Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.41.1"\nchecksum = "${g.hex(64)}"\n`],
  ["git log output in MCP result", `{"jsonrpc":"2.0","id":12,"result":{"content":[{"type":"text","text":${esc(`commit ${g.hex(40)}\nAuthor: Dana Lee <dana@acme.io>\nDate:   Thu Dec 3 14:02:11 2026 +0000\n\n    fix: retry on 429\n\ncommit ${g.hex(40)}\nMerge: ${g.hex(7)} ${g.hex(7)}\n`)}}]}}`],
  ["docker pull output with digests", `latest: Pulling from acme/api\n${g.hex(12)}: Pull complete\n${g.hex(12)}: Pull complete\nDigest: sha256:${g.hex(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api:latest\n`],
  ["CI log with masked secrets", `2026-12-05T09:00:01.0000000Z env:\n2026-12-05T09:00:01.0000000Z   NPM_TOKEN: ***\n2026-12-05T09:00:01.0000000Z   AWS_SECRET_ACCESS_KEY: ***\n2026-12-05T09:00:02.0000000Z + npm publish --provenance\n2026-12-05T09:00:09.0000000Z npm notice shasum: ${g.hex(40)}\n2026-12-05T09:00:09.0000000Z npm notice integrity: sha512-${g.b64(20)}[...]${g.b64(10)}==\n`],
  [".env.example with placeholders", `# copy to .env and fill in\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your-anthropic-key>\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nDATABASE_URL=postgres://user:password@localhost:5432/app\nGITHUB_TOKEN=\n`],
  ["Terraform plan with sensitive values hidden", `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "db-${g.up(26)}"\n      ~ password = (sensitive value)\n        tags     = { "commit" = "${g.hex(40)}" }\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n`],
  ["Stripe API response with object ids", JSON.stringify({ id: J("pi", "_3", g.an(23)), object: "payment_intent", amount: 4200, currency: "usd", customer: J("cus", "_", g.an(14)), latest_charge: J("ch", "_3", g.an(23)), client_secret: null, livemode: true }, null, 2)],
  ["OpenAI API response JSON", JSON.stringify({ id: J("chatcmpl-", g.an(29)), object: "chat.completion", created: 1764990000, model: "gpt-4.1-2025-04-14", system_fingerprint: "fp_" + g.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] })],
  ["HTTP response headers with request ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: req_${g.hex(32)}\nx-amzn-trace-id: Root=1-${g.hex(8)}-${g.hex(24)}\ncf-ray: ${g.hex(16)}-FRA\netag: "${g.hex(32)}"\n`],
  ["k8s Secret with non-secret data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ndata:\n  APP_ENV: ${Buffer.from("production").toString("base64")}\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n`],
  ["GPG public key block in README", `## Verifying releases\n\n\`\`\`\n${B}PGP PUBLIC KEY BLOCK-----\n\n${wrap("mQINBGV" + g.b64(700))}\n=${g.b64(4)}\n${E}PGP PUBLIC KEY BLOCK-----\n\`\`\`\n`],
  ["JWKS public keys", JSON.stringify({ keys: [{ kty: "RSA", kid: g.hex(40), use: "sig", alg: "RS256", n: g.b64url(342), e: "AQAB" }] }, null, 2)],
  ["Helm values with existingSecret refs", `postgresql:\n  auth:\n    existingSecret: pg-credentials\n    secretKeys:\n      adminPasswordKey: postgres-password\nredis:\n  auth:\n    existingSecret: redis-auth\n    existingSecretPasswordKey: redis-password\n`],
  ["GitHub Actions workflow with secret expressions", `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n    steps:\n      - uses: actions/checkout@${g.hex(40)}\n`],
  ["sha256sums file", `${g.hex(64)}  tool-linux-amd64.tar.gz\n${g.hex(64)}  tool-darwin-arm64.tar.gz\n${g.hex(64)}  tool-windows-amd64.zip\n`],
  ["SQL insert with UUIDs and hashes", `INSERT INTO uploads (id, user_id, sha256, etag) VALUES\n  ('${g.uuid()}', '${g.uuid()}', '${g.hex(64)}', '${g.hex(32)}'),\n  ('${g.uuid()}', '${g.uuid()}', '${g.hex(64)}', '${g.hex(32)}');\n`],
  ["Python code reading from env only", `import os\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nstripe.api_key = os.getenv("STRIPE_SECRET_KEY")\nassert len(stripe.api_key or "") > 0, "set STRIPE_SECRET_KEY"\n`],
  ["webpack build output with chunk hashes", `asset main.${g.hex(20)}.js 412 KiB [emitted] [immutable] [minimized]\nasset vendor.${g.hex(20)}.js 1.1 MiB [emitted] [immutable] [minimized]\nasset styles.${g.hex(20)}.css 38 KiB [emitted]\nwebpack 5.96.1 compiled successfully in 18422 ms\n`],
  ["curl with env var reference", `curl -sS https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "OpenAI-Organization: org-${g.an(24)}"\n`],
  ["Java properties with placeholders", `spring.datasource.password=\${DB_PASSWORD}\napp.stripe.secret=\${STRIPE_SECRET_KEY:}\napp.build.commit=${g.hex(40)}\n`],
  ["AWS CLI output with ARNs and ids", JSON.stringify({ UserId: "AIDA" + g.b32(17), Account: g.dig(12), Arn: "arn:aws:iam::" + g.dig(12) + ":user/ci-deployer" }, null, 2)],
  ["SAML metadata with X509 certificate", `<md:EntityDescriptor entityID="https://sso.acme.io/saml">\n  <md:IDPSSODescriptor>\n    <md:KeyDescriptor use="signing">\n      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIDpDCCAoygAwIBAgIG${g.b64(400)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>\n    </md:KeyDescriptor>\n  </md:IDPSSODescriptor>\n</md:EntityDescriptor>\n`],
  ["Jupyter output with hashes", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, source: ["hashlib.sha256(data).hexdigest()"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`'${g.hex(64)}'`] }, execution_count: 3, metadata: {} }], metadata: {} }], nbformat: 4, nbformat_minor: 5 })],
  ["diff bumping image digest", `--- a/deploy/values.yaml\n+++ b/deploy/values.yaml\n@@ -4,3 +4,3 @@ image:\n   repository: ghcr.io/acme/api\n-  digest: sha256:${g.hex(64)}\n+  digest: sha256:${g.hex(64)}\n`],
  ["chat message about a masked key", `the key in the dashboard shows as ${J("sk", "-proj-")}••••••••${g.an(4)}, is that the one that expired? the request id was req_${g.hex(24)}`],
  ["crash dump with ids only", `Traceback (most recent call last):\n  File "/app/api.py", line 41, in handler\n    raise UpstreamError(trace_id)\n    locals: trace_id='${g.hex(32)}' span_id='${g.hex(16)}' user='${g.uuid()}'\nUpstreamError: 502 from payments\n`],
  ["TOML with secret-manager refs", `[secrets]\nprovider = "aws-secretsmanager"\nstripe_key = { from = "arn:aws:secretsmanager:eu-west-1:${g.dig(12)}:secret:stripe-live-${g.an(6)}" }\nopenai_key = { env = "OPENAI_API_KEY" }\n`],
  ["Ruby code with credentials lookup", `Stripe.api_key = Rails.application.credentials.dig(:stripe, :secret_key)\nSentry.init { |c| c.release = "${g.hex(40)}" }\n`],
];

export const cases: CorpusCase[] = [
  ...rotated,
  ...hand.map(([what, text], i): CorpusCase => ({ id: `y63-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty63-benign", label: "benign", text, note: what })),
];
