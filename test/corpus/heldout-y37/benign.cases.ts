// heldout-y37 benign look-alikes: digests, ids, public material, placeholders, secret-manager
// references and encrypted blobs, rendered in the same contexts as the positives.
import type { CorpusCase } from "../types.ts";
import { AL, B64, DG, HX, LO, R, RENDERERS, UP, URL64, j, type Tok } from "./_gen.ts";

const r = new R(37301);
interface BSpec { what: string; slot: string; make: () => string; hdr?: string }
const ren = RENDERERS.filter((x) => !/chat message|Jest|form-urlencoded/.test(x.name));

const specs: BSpec[] = [
  { what: "git commit SHA", slot: "GIT_COMMIT_SHA", make: () => r.s(40, HX), hdr: "X-Build-Commit: " },
  { what: "container image digest", slot: "IMAGE_DIGEST", make: () => "sha256:" + r.s(64, HX), hdr: "Docker-Content-Digest: " },
  { what: "npm SRI integrity hash", slot: "BUNDLE_INTEGRITY", make: () => "sha512-" + r.s(86, B64) + "==" },
  { what: "request id UUID", slot: "REQUEST_ID", make: () => r.uuid(), hdr: "X-Request-Id: " },
  { what: "W3C traceparent", slot: "TRACEPARENT", make: () => `00-${r.s(32, HX)}-${r.s(16, HX)}-01`, hdr: "traceparent: " },
  { what: "Stripe customer id", slot: "STRIPE_CUSTOMER_ID", make: () => j("cus", "_", r.s(14, AL)), hdr: "X-Customer: " },
  { what: "Stripe price id", slot: "STRIPE_PRICE_ID", make: () => j("price", "_1", r.s(23, AL)), hdr: "X-Price: " },
  { what: "Stripe publishable key", slot: "STRIPE_PUBLISHABLE_KEY", make: () => j("pk", "_live_", "51", r.s(97, AL)), hdr: "X-Stripe-Publishable: " },
  { what: "OpenAI assistant id", slot: "OPENAI_ASSISTANT_ID", make: () => j("asst", "_", r.s(24, AL)), hdr: "X-Assistant: " },
  { what: "OpenAI chat completion id", slot: "LAST_COMPLETION_ID", make: () => j("chatcmpl", "-", r.s(29, AL)), hdr: "X-Completion-Id: " },
  { what: "Anthropic message id", slot: "LAST_MESSAGE_ID", make: () => j("msg", "_01", r.s(22, AL)), hdr: "X-Message-Id: " },
  { what: "Anthropic request id", slot: "ANTHROPIC_REQUEST_ID", make: () => j("req", "_011", r.s(21, AL)), hdr: "request-id: " },
  { what: "Slack channel id", slot: "SLACK_CHANNEL_ID", make: () => "C0" + r.s(9, UP), hdr: "X-Channel: " },
  { what: "AWS IAM role ARN", slot: "AWS_ROLE_ARN", make: () => `arn:aws:iam::${r.s(12, DG)}:role/github-deployer`, hdr: "X-Role: " },
  { what: "AWS KMS key id", slot: "KMS_KEY_ID", make: () => r.uuid(), hdr: "X-Kms-Key: " },
  { what: "CloudFront distribution id", slot: "CLOUDFRONT_DISTRIBUTION_ID", make: () => "E" + r.s(13, UP), hdr: "X-Distribution: " },
  { what: "Sentry release SHA", slot: "SENTRY_RELEASE", make: () => r.s(40, HX), hdr: "X-Release: " },
  { what: "MongoDB ObjectId", slot: "DEFAULT_TENANT_ID", make: () => r.s(24, HX), hdr: "X-Tenant: " },
  { what: "masked key", slot: "OPENAI_API_KEY", make: () => j("sk-", "proj-", "...", "XXXX"), hdr: "Authorization: Bearer " },
  { what: "angle-bracket placeholder", slot: "ANTHROPIC_API_KEY", make: () => "<your-anthropic-api-key>", hdr: "x-api-key: " },
  { what: "env var reference", slot: "STRIPE_SECRET_KEY", make: () => "${STRIPE_SECRET_KEY}", hdr: "Authorization: Bearer " },
  { what: "GitHub Actions secret expression", slot: "NPM_TOKEN", make: () => "${{ secrets.NPM_TOKEN }}", hdr: "Authorization: Bearer " },
  { what: "asterisk mask", slot: "DATABASE_PASSWORD", make: () => "********", hdr: "X-Db-Password: " },
  { what: "redacted marker", slot: "SLACK_BOT_TOKEN", make: () => "[REDACTED]", hdr: "Authorization: Bearer " },
  { what: "your_token_here placeholder", slot: "GITHUB_TOKEN", make: () => "your_github_token_here", hdr: "Authorization: token " },
  { what: "AWS Secrets Manager ARN reference", slot: "DB_SECRET_ARN", make: () => `arn:aws:secretsmanager:eu-west-1:${r.s(12, DG)}:secret:prod/orders/db-${r.s(6, AL)}`, hdr: "X-Secret-Ref: " },
  { what: "Vault path reference", slot: "STRIPE_SECRET_KEY", make: () => "vault:secret/data/payments/stripe#secret_key", hdr: "X-Secret-Ref: " },
  { what: "1Password secret reference", slot: "OPENAI_API_KEY", make: () => "op://Engineering/OpenAI prod/credential", hdr: "X-Secret-Ref: " },
  { what: "GCP Secret Manager reference", slot: "SENDGRID_API_KEY", make: () => "projects/acme-prod-4411/secrets/sendgrid-api-key/versions/latest", hdr: "X-Secret-Ref: " },
  { what: "Azure Key Vault reference", slot: "CosmosDbKey", make: () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/cosmos-key/)", hdr: "X-Secret-Ref: " },
  { what: "SOPS encrypted value", slot: "DATABASE_PASSWORD", make: () => `ENC[AES256_GCM,data:${r.s(32, B64)},iv:${r.s(43, B64)}=,tag:${r.s(22, B64)}==,type:str]`, hdr: "X-Enc: " },
  { what: "SSH public key", slot: "DEPLOY_PUBLIC_KEY", make: () => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.s(43, B64)} deploy@ci`, hdr: "X-Pubkey: " },
  { what: "Go module h1 hash", slot: "MODULE_SUM", make: () => `h1:${r.s(43, B64)}=`, hdr: "X-Sum: " },
  { what: "ETag", slot: "LAST_ETAG", make: () => `W/"${r.s(32, HX)}"`, hdr: "If-None-Match: " },
  { what: "CSP nonce-free hash source", slot: "CSP_SCRIPT_HASH", make: () => `'sha256-${r.s(43, B64)}='`, hdr: "X-Csp-Hash: " },
  { what: "Ethereum transaction hash", slot: "LAST_TX_HASH", make: () => "0x" + r.s(64, HX), hdr: "X-Tx: " },
  { what: "Ethereum contract address", slot: "TOKEN_CONTRACT", make: () => "0x" + r.s(40, HX), hdr: "X-Contract: " },
  { what: "IPFS CID", slot: "ASSET_CID", make: () => "bafybei" + r.s(52, "abcdefghijklmnopqrstuvwxyz234567"), hdr: "X-Cid: " },
  { what: "Git LFS oid", slot: "MODEL_OID", make: () => "sha256:" + r.s(64, HX), hdr: "X-Oid: " },
  { what: "Kubernetes object uid", slot: "POD_UID", make: () => r.uuid(), hdr: "X-Pod: " },
  { what: "Datadog trace id (decimal)", slot: "DD_TRACE_ID", make: () => r.s(19, DG), hdr: "x-datadog-trace-id: " },
  { what: "Cloudflare ray id", slot: "CF_RAY", make: () => r.s(16, HX) + "-FRA", hdr: "cf-ray: " },
  { what: "Cloudflare zone id", slot: "CLOUDFLARE_ZONE_ID", make: () => r.s(32, HX), hdr: "X-Zone: " },
  { what: "Cloudflare account id", slot: "CLOUDFLARE_ACCOUNT_ID", make: () => r.s(32, HX), hdr: "X-Account: " },
  { what: "Vercel project id", slot: "VERCEL_PROJECT_ID", make: () => j("prj", "_", r.s(28, AL)), hdr: "X-Project: " },
  { what: "Vercel org id", slot: "VERCEL_ORG_ID", make: () => j("team", "_", r.s(24, AL)), hdr: "X-Team: " },
  { what: "Supabase project ref", slot: "SUPABASE_PROJECT_REF", make: () => r.s(20, "abcdefghijklmnopqrstuvwxyz"), hdr: "X-Ref: " },
  { what: "Azure tenant id", slot: "AZURE_TENANT_ID", make: () => r.uuid(), hdr: "X-Tenant: " },
  { what: "Google OAuth client id", slot: "GOOGLE_CLIENT_ID", make: () => `${r.s(12, DG)}-${r.s(32, LO)}.apps.googleusercontent.com`, hdr: "X-Client: " },
  { what: "Algolia app id + search-only index name", slot: "ALGOLIA_APP_ID", make: () => r.s(10, UP), hdr: "X-Algolia-Application-Id: " },
  { what: "webpack content hash", slot: "ASSET_MANIFEST_HASH", make: () => r.s(20, HX), hdr: "X-Asset-Hash: " },
  { what: "Cargo.lock checksum", slot: "CRATE_CHECKSUM", make: () => r.s(64, HX), hdr: "X-Checksum: " },
  { what: "PayPal order id", slot: "LAST_ORDER_ID", make: () => r.s(17, UP), hdr: "PayPal-Request-Id: " },
  { what: "Twilio message SID", slot: "LAST_MESSAGE_SID", make: () => j("S", "M", r.s(32, HX)), hdr: "X-Message-Sid: " },
  { what: "Shopify product GID", slot: "DEFAULT_PRODUCT_GID", make: () => `gid://shopify/Product/${r.s(13, DG)}`, hdr: "X-Product: " },
  { what: "Segment-style anonymous id", slot: "ANONYMOUS_ID", make: () => r.uuid(), hdr: "X-Anonymous-Id: " },
  { what: "base64 of a public JSON config", slot: "FEATURE_CONFIG_B64", make: () => Buffer.from(JSON.stringify({ theme: "dark", beta: ["search", "export"], maxUpload: 10485760 })).toString("base64"), hdr: "X-Config: " },
  { what: "Terraform state lineage", slot: "TF_STATE_LINEAGE", make: () => r.uuid(), hdr: "X-Lineage: " },
  { what: "semver build metadata with sha", slot: "APP_VERSION", make: () => `4.12.0+build.${r.s(4, DG)}.${r.s(7, HX)}`, hdr: "X-App-Version: " },
  { what: "hex-encoded sha1 file checksum", slot: "ARTIFACT_SHA1", make: () => r.s(40, HX), hdr: "X-Checksum-Sha1: " },
];

const rotated: CorpusCase[] = specs.map((s, i) => {
  const rr = ren[(i * 5 + 2) % ren.length]!;
  const t: Tok = { p: s.what, slot: s.slot, v: s.make(), hdr: s.hdr, host: "api.acme.io" };
  return { id: "", kind: "secrets", category: "heldouty37-benign", label: "benign", text: rr.f(t), note: `benign ${s.what}; slot ${s.slot}; context: ${rr.name}` };
});

const hand: [string, string][] = [];
const B = "-----BEGIN ";
const E = "-----END ";
const cert = () => `${B}CERTIFICATE-----\n${r.wrapped(1180, 64, B64, "MIIDdzCCAl+gAwIBAgIU")}\n${E}CERTIFICATE-----`;
const pub = () => `${B}PUBLIC KEY-----\n${r.wrapped(392, 64, B64, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA")}IDAQAB\n${E}PUBLIC KEY-----`;
const vault = () => `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => r.s(80, HX)).join("\n")}`;
hand.push(["PEM certificate pasted in chat body", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: "is this cert expired? \n\n" + cert() }] })]);
hand.push(["PEM certificate chain in YAML (ingress ca bundle)", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ca-bundle\ndata:\n  ca.crt: |\n${cert().split("\n").map((l) => "    " + l).join("\n")}\n`]);
hand.push(["RSA public key in JWKS-verification config", `# jwt.toml\n[verify]\nissuer = "https://auth.acme.io/"\npublic_key = """\n${pub()}\n"""\n`]);
hand.push(["public key in tool_use write_file", JSON.stringify({ role: "assistant", content: [{ type: "tool_use", id: "toolu_pub", name: "write_file", input: { path: "keys/signing.pub.pem", content: pub() + "\n" } }] })]);
hand.push(["ansible-vault encrypted file echoed by MCP", JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: "group_vars/prod/vault.yml:\n" + vault() }] } })]);
hand.push(["ansible-vault inline variable", `db_user: orders\ndb_password: !vault |\n${vault().split("\n").map((l) => "  " + l).join("\n")}\n`]);
hand.push(["Sealed Secret encryptedData", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: stripe\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${r.s(680, B64)}==\n    STRIPE_WEBHOOK_SECRET: AgA${r.s(680, B64)}=\n`]);
hand.push(["SOPS-encrypted YAML file", `stripe:\n    secret_key: ENC[AES256_GCM,data:${r.s(140, B64)},iv:${r.s(43, B64)}=,tag:${r.s(22, B64)}==,type:str]\nsops:\n    age:\n        - recipient: age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            ${B}AGE ENCRYPTED FILE-----\n            ${r.s(64, B64)}\n            ${r.s(40, B64)}\n            ${E}AGE ENCRYPTED FILE-----\n    lastmodified: "2026-11-20T10:11:12Z"\n    mac: ENC[AES256_GCM,data:${r.s(88, B64)},iv:${r.s(43, B64)}=,tag:${r.s(22, B64)}==,type:str]\n    version: 3.9.1\n`]);
hand.push(["base64 PNG data URI in HTML", `<img alt="logo" width="32" height="32" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${r.s(600, B64)}AAAAAElFTkSuQmCC" />`]);
hand.push(["base64 PNG in JSON chat body (vision input)", JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: [{ type: "image", source: { type: "base64", media_type: "image/png", data: "iVBORw0KGgoAAAANSUhEUgAAAQAAAAEACAIAAADTED8x" + r.s(1400, B64) + "==" } }, { type: "text", text: "what's wrong with this layout?" }] }] })]);
hand.push(["minified JS bundle chunk", `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n.c=t,n.p="/static/",n.h="${r.s(20, HX)}",n(n.s="${r.s(8, HX)}")}({"${r.s(8, HX)}":function(e,t){e.exports={v:"${r.s(8, HX)}",locale:"en-US"}}});\n//# sourceMappingURL=main.${r.s(8, HX)}.js.map`]);
hand.push(["CSS with hashed class names and font data", `.css-${r.s(7, LO)}{display:flex;gap:8px}.Button_root__${r.s(5, URL64)}{color:#1f2937;background:#f3f4f6}.icon-${r.s(32, HX)}{mask:url(/assets/icon.${r.s(8, HX)}.svg)}\n@font-face{font-family:Inter;src:url(data:font/woff2;base64,d09GMgABAAAAA${r.s(300, B64)}) format("woff2")}`]);
hand.push(["package-lock.json entries", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.org/react/-/react-18.3.1.tgz", integrity: "sha512-" + r.s(86, B64) + "==" }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + r.s(86, B64) + "==" } } }, null, 2)]);
hand.push(["go.sum lines", `github.com/aws/aws-sdk-go-v2 v1.32.2 h1:${r.s(43, B64)}=\ngithub.com/aws/aws-sdk-go-v2 v1.32.2/go.mod h1:${r.s(43, B64)}=\ngolang.org/x/crypto v0.28.0 h1:${r.s(43, B64)}=\n`]);
hand.push(["CI log with commit SHAs and digests", `2026-11-30T10:20:01Z Checking out ${r.s(40, HX)}\n2026-11-30T10:20:44Z #12 writing image sha256:${r.s(64, HX)} done\n2026-11-30T10:20:45Z #12 pushing ghcr.io/acme/api@sha256:${r.s(64, HX)}\n2026-11-30T10:20:49Z cache key: node-modules-${r.s(64, HX)}\n2026-11-30T10:20:50Z STRIPE_SECRET_KEY: ***\n2026-11-30T10:20:50Z ANTHROPIC_API_KEY: ***`]);
hand.push([".env.example with placeholders", `# copy to .env and fill in\nOPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxx\nANTHROPIC_API_KEY=<your-key>\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nAWS_SECRET_ACCESS_KEY=\nDATABASE_URL=postgresql://user:password@localhost:5432/app\nGITHUB_TOKEN=\${GITHUB_TOKEN}`]);
hand.push(["Markdown docs with masked keys", `## Authentication\n\nPass your key in the header:\n\n\`\`\`bash\ncurl https://api.acme.io/v1/me -H "Authorization: Bearer \$ACME_API_KEY"\n\`\`\`\n\nKeys look like \`acme_live_••••••••••••3f9a\` in the dashboard; only the last four characters are shown.`]);
hand.push(["Terraform referencing secret manager data", `data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "arn:aws:secretsmanager:us-east-1:${r.s(12, DG)}:secret:prod/db-${r.s(6, AL)}"\n}\n\nresource "aws_db_instance" "main" {\n  identifier = "orders-prod"\n  password   = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]\n  kms_key_id = "arn:aws:kms:us-east-1:${r.s(12, DG)}:key/${r.uuid()}"\n}\n`]);
hand.push(["Kubernetes ExternalSecret", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api\nspec:\n  secretStoreRef:\n    name: vault-backend\n    kind: ClusterSecretStore\n  data:\n    - secretKey: OPENAI_API_KEY\n      remoteRef:\n        key: secret/data/ai/openai\n        property: api_key\n`]);
hand.push(["k8s Secret with non-secret base64 data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("search,export,beta-ui").toString("base64")}\n`]);
hand.push(["SQL with UUIDs and hashes", `INSERT INTO uploads (id, owner_id, sha256, etag) VALUES\n  ('${r.uuid()}', '${r.uuid()}', '${r.s(64, HX)}', '${r.s(32, HX)}'),\n  ('${r.uuid()}', '${r.uuid()}', '${r.s(64, HX)}', '${r.s(32, HX)}');`]);
hand.push(["Python code reading key from env only", `import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nresp = client.chat.completions.create(model="gpt-4.1", messages=[{"role": "user", "content": "hi"}])\nprint(resp.id)  # chatcmpl-${r.s(29, AL)}\n`]);
hand.push(["HTTP response headers with ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: req_${r.s(24, AL)}\nopenai-organization: org-${r.s(24, AL)}\nopenai-processing-ms: 412\ncf-ray: ${r.s(16, HX)}-AMS\netag: W/"${r.s(40, HX)}"\n`]);
hand.push(["shell history with hashes", `  601  sha256sum dist/app.tar.gz\n  602  echo ${r.s(64, HX)}  dist/app.tar.gz\n  603  git log -1 --format=%H\n  604  git checkout ${r.s(40, HX)}\n  605  docker pull redis@sha256:${r.s(64, HX)}`]);
hand.push(["diff rotating to secret references", `diff --git a/config/prod.yaml b/config/prod.yaml\n--- a/config/prod.yaml\n+++ b/config/prod.yaml\n@@ -4,3 +4,3 @@ payments:\n-  stripe_key: \${STRIPE_KEY}\n+  stripe_key: \${vault:secret/data/payments#stripe_key}\n   webhook_url: https://api.acme.io/hooks/stripe\n`]);
hand.push(["Jupyter output with model hash and ids", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 7, metadata: {}, source: ["model.config\n"], outputs: [{ output_type: "execute_result", execution_count: 7, metadata: {}, data: { "text/plain": [`{'_commit_hash': '${r.s(40, HX)}', 'model_type': 'llama', 'torch_dtype': 'bfloat16', 'run_id': '${r.uuid()}'}`] } }] }], nbformat: 4, nbformat_minor: 5 })]);
hand.push(["crash dump with memory addresses and build id", `panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x${r.s(7, HX)}]\n\ngoroutine 1 [running]:\nmain.(*Server).handle(0xc000${r.s(6, HX)}, {0x${r.s(7, HX)}, 0xc000${r.s(6, HX)}})\n\t/src/server.go:142 +0x1c4\nbuild id: ${r.s(40, HX)}\nrequest_id=${r.uuid()} trace_id=${r.s(32, HX)}`]);
hand.push(["GitHub Actions workflow using secrets context", `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${r.s(40, HX)} # v4.2.2\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n          SENTRY_AUTH_TOKEN: \${{ secrets.SENTRY_AUTH_TOKEN }}\n`]);
hand.push(["Docker Compose with env_file and secrets refs", `services:\n  api:\n    image: ghcr.io/acme/api@sha256:${r.s(64, HX)}\n    env_file: .env\n    environment:\n      OPENAI_API_KEY: \${OPENAI_API_KEY:?set me}\n    secrets:\n      - stripe_key\nsecrets:\n  stripe_key:\n    external: true\n`]);
hand.push(["Sigstore/cosign bundle digest", JSON.stringify({ mediaType: "application/vnd.dev.sigstore.bundle.v0.3+json", verificationMaterial: { publicKey: { hint: r.s(43, B64) + "=" } }, messageSignature: { messageDigest: { algorithm: "SHA2_256", digest: r.s(43, B64) + "=" }, signature: r.s(96, B64) } })]);
hand.push(["JSON Web Key Set (public only)", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: r.s(40, HX), alg: "RS256", n: r.s(342, URL64), e: "AQAB" }, { kty: "EC", crv: "P-256", kid: r.s(16, HX), x: r.s(43, URL64), y: r.s(43, URL64), use: "sig" }] }, null, 2)]);
hand.push(["OpenAI tool call with sha and uuid args", JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + r.s(24, AL), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `git show ${r.s(40, HX)} --stat && kubectl get pod -l run=${r.uuid()}` }) } }] })]);
hand.push(["WireGuard peer public keys only", `[Peer]\n# laptop\nPublicKey = ${r.s(43, B64)}=\nAllowedIPs = 10.8.0.3/32\n\n[Peer]\n# phone\nPublicKey = ${r.s(43, B64)}=\nAllowedIPs = 10.8.0.4/32\n`]);
hand.push(["placeholder curl in README", `\`\`\`bash\ncurl https://api.stripe.com/v1/charges \\\n  -u sk_live_...:  \\\n  -d amount=2000\n\`\`\`\nReplace \`sk_live_...\` with your own key from the dashboard (never commit it).`]);
hand.push(["age public recipient list", `# .sops.yaml\ncreation_rules:\n  - path_regex: secrets/prod/.*\n    age: >-\n      age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")},\n      age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`]);
hand.push(["Subresource Integrity script tags", `<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${r.s(64, B64)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="/app.${r.s(8, HX)}.css" integrity="sha256-${r.s(43, B64)}=">`]);
hand.push(["Stripe webhook event payload (object ids only)", JSON.stringify({ id: j("evt", "_1", r.s(23, AL)), object: "event", type: "payment_intent.succeeded", data: { object: { id: j("pi", "_3", r.s(23, AL)), customer: j("cus", "_", r.s(14, AL)), latest_charge: j("ch", "_3", r.s(23, AL)), amount: 4200, currency: "eur" } }, request: { id: j("req", "_", r.s(14, AL)), idempotency_key: r.uuid() } }, null, 2)]);
hand.push(["TOML config with env indirection", `[database]\nurl = { env = "DATABASE_URL" }\npool = 10\n\n[openai]\napi_key_env = "OPENAI_API_KEY"\nmodel = "gpt-4.1"\n\n[build]\ncommit = "${r.s(40, HX)}"\n`]);
hand.push(["XML with checksum and ids", `<?xml version="1.0"?>\n<artifact>\n  <groupId>io.acme</groupId>\n  <artifactId>orders</artifactId>\n  <version>3.4.1</version>\n  <sha1>${r.s(40, HX)}</sha1>\n  <md5>${r.s(32, HX)}</md5>\n  <buildId>${r.uuid()}</buildId>\n</artifact>`]);
hand.push(["PHP config reading env only", `<?php\nreturn [\n    'stripe' => [\n        'secret' => env('STRIPE_SECRET'),\n        'webhook_secret' => env('STRIPE_WEBHOOK_SECRET'),\n    ],\n    'cache_prefix' => 'app_${r.s(8, HX)}',\n];\n`]);
hand.push(["chat message asking about a commit", `can you look at ${r.s(40, HX)}? the deploy with image digest sha256:${r.s(64, HX)} broke checkout; request id ${r.uuid()} in the logs`]);

const handCases: CorpusCase[] = hand.map(([what, text]) => ({ id: "", kind: "secrets", category: "heldouty37-benign", label: "benign", text, note: `benign ${what}` }));

export const cases: CorpusCase[] = [...rotated, ...handCases].map((c, i) => ({ ...c, id: `y37-b-${String(i + 1).padStart(3, "0")}` }));
