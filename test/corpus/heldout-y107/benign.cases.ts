// heldout-y107 benign look-alikes: the same renderers (minus those whose wording implies a secret)
// carrying non-secret high-entropy values, plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { Gen, hand, pem, rotate, s, type Spec } from "./_gen.ts";

const g = new Gen(0x107b0);
const j = (...xs: string[]) => xs.join("");
const CAT = "heldouty107-benign";

// cat is ignored for benign (category overridden); "saas" is a placeholder.
const b = (p: string, env: string, make: (r: Gen) => string, o: { hdr?: string; q?: string; nh?: boolean } = {}): Spec => s(p, "saas", env, make, o);

const specs: Spec[] = [
  b("git commit SHA", "GIT_COMMIT_SHA", (r) => r.h(40), { hdr: "X-Git-Commit: ", q: "rev" }),
  b("sha256 artifact checksum", "ARTIFACT_SHA256", (r) => r.h(64), { hdr: "X-Checksum-Sha256: ", q: "sha256" }),
  b("sha512 SRI integrity", "BUNDLE_INTEGRITY", (r) => j("sha512-", r.enc(64)), { hdr: "X-Integrity: " }),
  b("OCI image digest", "IMAGE_DIGEST", (r) => j("sha256:", r.h(64)), { hdr: "Docker-Content-Digest: ", q: "digest" }),
  b("weak ETag", "CACHED_ETAG", (r) => j('W/"', r.h(32), '"'), { hdr: "If-None-Match: " }),
  b("W3C traceparent", "TRACEPARENT", (r) => j("00-", r.h(32), "-", r.h(16), "-01"), { hdr: "traceparent: " }),
  b("trace id", "OTEL_TRACE_ID", (r) => r.h(32), { hdr: "X-Trace-Id: ", q: "trace_id" }),
  b("request UUID", "REQUEST_ID", (r) => r.uuid(), { hdr: "X-Request-Id: ", q: "request_id" }),
  b("Stripe customer id", "STRIPE_CUSTOMER_ID", (r) => j("cus", "_", r.a(14)), { hdr: "X-Customer: ", q: "customer" }),
  b("Stripe price id", "STRIPE_PRICE_ID", (r) => j("price", "_1", r.a(23)), { hdr: "X-Price: ", q: "price" }),
  b("Stripe payment intent id", "LAST_PAYMENT_INTENT", (r) => j("pi", "_3", r.a(23)), { hdr: "X-Payment-Intent: ", q: "payment_intent" }),
  b("OpenAI completion id", "LAST_COMPLETION_ID", (r) => j("chatcmpl-", r.a(29)), { hdr: "X-Completion-Id: ", q: "completion" }),
  b("Anthropic tool_use id", "TOOL_USE_ID", (r) => j("toolu", "_01", r.a(22)), { hdr: "X-Tool-Use-Id: ", q: "tool_use_id" }),
  b("Anthropic message id", "LAST_MESSAGE_ID", (r) => j("msg", "_01", r.a(22)), { hdr: "X-Message-Id: ", q: "message_id" }),
  b("OpenAI organization id", "OPENAI_ORG_ID", (r) => j("org-", r.a(24)), { hdr: "OpenAI-Organization: " }),
  b("IAM role ARN", "DEPLOY_ROLE_ARN", (r) => j("arn:aws:iam::", r.d(12), ":role/deploy-", r.lo(6)), { q: "role_arn" }),
  b("Azure tenant id", "AZURE_TENANT_ID", (r) => r.uuid(), { hdr: "X-Tenant-Id: ", q: "tenant" }),
  b("Azure client (application) id", "AZURE_CLIENT_ID", (r) => r.uuid(), { hdr: "X-Client-Id: ", q: "client_id" }),
  b("Google OAuth client id", "GOOGLE_CLIENT_ID", (r) => j(r.d(12), "-", r.lo(32), ".apps.googleusercontent.com"), { q: "client_id" }),
  b("Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (r) => j("p", "k_", "live_", "51", r.a(97)), { hdr: "X-Stripe-Publishable: " }),
  b("GPG key fingerprint", "GPG_KEY_FINGERPRINT", (r) => r.H(40), { q: "fingerprint" }),
  b("Ethereum transaction hash", "LAST_TX_HASH", (r) => j("0x", r.h(64)), { q: "txhash" }),
  b("AWS Secrets Manager ARN reference", "DB_PASSWORD_SECRET_ARN", (r) => j("arn:aws:secretsmanager:eu-west-1:", r.d(12), ":secret:prod/db-", r.a(6)), { nh: true }),
  b("1Password secret reference", "OPENAI_API_KEY", () => "op://Engineering/OpenAI Production/credential", { nh: true }),
  b("Vault path reference", "STRIPE_SECRET_KEY", () => "vault:secret/data/payments/stripe#secret_key", { nh: true }),
  b("placeholder value", "SENDGRID_API_KEY", () => "<your-sendgrid-api-key>", { nh: true }),
  b("shell variable reference", "GITHUB_TOKEN", () => "${GITHUB_TOKEN}", { hdr: "Authorization: token " }),
  b("masked key", "ANTHROPIC_API_KEY", () => "sk-ant-…••••••••••••Qx7A", { hdr: "x-api-key: " }),
  b("MongoDB ObjectId", "DEFAULT_ORG_OID", (r) => r.h(24), { q: "org" }),
  b("Cloudflare Ray id", "CF_RAY", (r) => j(r.h(16), "-FRA"), { hdr: "CF-Ray: " }),
  b("IPFS CID", "ASSET_CID", (r) => j("bafybei", r.b32l(52)), { q: "cid" }),
  b("Sentry event id", "LAST_SENTRY_EVENT", (r) => r.h(32), { hdr: "X-Sentry-Event: " }),
];

const rotatedA = rotate(specs, g, { idPrefix: "y107-b-", label: "benign", offset: 3, category: CAT });
const rotatedB = rotate(specs, g, { idPrefix: "y107-b-x", label: "benign", offset: 21, category: CAT }).map((c, i) => ({ ...c, id: `y107-b-${String(specs.length + i + 1).padStart(3, "0")}` }));

const bk: CorpusCase[] = [];
const add = (note: string, text: string) => bk.push(hand(`y107-bk-${String(bk.length + 1).padStart(3, "0")}`, CAT, "benign", note, text));
const rep = <T>(n: number, f: (i: number) => T) => Array.from({ length: n }, (_v, i) => f(i));

add("git log --oneline with commit SHAs (shell output)", `$ git log --format='%H %an %s' -5\n${rep(5, () => `${g.h(40)} ${g.pick(["Ana Ruiz", "Tom Reed", "Li Wei"])} ${g.pick(["fix: retry on 429", "chore: bump deps", "feat: export csv", "refactor: split worker", "docs: update README"])}`).join("\n")}`);
add("sha256sums release file", rep(4, (i) => `${g.h(64)}  ledger-cli_1.9.${i}_linux_amd64.tar.gz`).join("\n") + "\n");
add("k8s Deployment pinned by image digest", `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/acme/api@sha256:${g.h(64)}\n        - name: envoy\n          image: registry.example.com/proxy/envoy@sha256:${g.h(64)}\n`);
add("package-lock.json integrity fields", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: `sha512-${g.enc(64)}` }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${g.enc(64)}` } } }, null, 2));
add("go.sum lines", rep(4, (i) => `github.com/acme/lib${i} v1.${i}.0 h1:${g.enc(32)}\ngithub.com/acme/lib${i} v1.${i}.0/go.mod h1:${g.enc(32)}`).join("\n") + "\n");
add("Cargo.lock checksums", rep(3, (i) => `[[package]]\nname = "crate${i}"\nversion = "0.${i}.4"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n`).join("\n"));
add(".terraform.lock.hcl provider hashes", `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.62.0"\n  constraints = "~> 5.0"\n  hashes = [\n${rep(4, () => `    "h1:${g.enc(32)}",`).join("\n")}\n    "zh:${g.h(64)}",\n  ]\n}\n`);
add("HTML with SRI script tags", `<script src="https://cdn.example.net/react@18.3.1/umd/react.production.min.js" integrity="sha384-${g.enc(48)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="https://cdn.example.net/app.${g.h(8)}.css" integrity="sha256-${g.enc(32)}">`);
add("HTTP response headers with ETag, ray id and request id", `HTTP/2 200\ncontent-type: application/json\netag: "${g.h(32)}"\ncf-ray: ${g.h(16)}-AMS\nx-request-id: ${g.uuid()}\nx-amz-cf-id: ${g.bu(56)}==\n`);
add("OpenAI chat completion response (ids, fingerprint)", JSON.stringify({ id: `chatcmpl-${g.a(29)}`, object: "chat.completion", created: 1767000000, model: "gpt-4o-2024-08-06", system_fingerprint: `fp_${g.h(10)}`, choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3, total_tokens: 815 } }));
add("Anthropic messages response with tool_use id", JSON.stringify({ id: `msg_01${g.a(22)}`, type: "message", role: "assistant", model: "claude-sonnet-4-20250514", content: [{ type: "tool_use", id: `toolu_01${g.a(22)}`, name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use", usage: { input_tokens: 1204, output_tokens: 48 } }));
add("Stripe webhook event payload (object ids only)", JSON.stringify({ id: `evt_1${g.a(23)}`, object: "event", type: "payment_intent.succeeded", livemode: true, data: { object: { id: `pi_3${g.a(23)}`, customer: `cus_${g.a(14)}`, latest_charge: `ch_3${g.a(23)}`, payment_method: `pm_1${g.a(23)}`, amount: 4999, currency: "eur" } } }, null, 2));
add("IAM policy JSON with ARNs", JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Action: ["s3:GetObject"], Resource: [`arn:aws:s3:::acme-exports-${g.lo(6)}/*`] }, { Effect: "Allow", Action: ["kms:Decrypt"], Resource: `arn:aws:kms:eu-west-1:${g.d(12)}:key/${g.uuid()}` }] }, null, 2));
add("MSAL config with tenant and client ids", `export const msalConfig = {\n  auth: {\n    clientId: "${g.uuid()}",\n    authority: "https://login.microsoftonline.com/${g.uuid()}",\n    redirectUri: "https://app.example.com/auth/callback",\n  },\n};\n`);
add("frontend Stripe publishable key", `import { loadStripe } from "@stripe/stripe-js";\nexport const stripePromise = loadStripe("${j("p", "k_", "live_", "51", g.a(97))}");\n`);
add("authorized_keys with ed25519 and RSA public keys", `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} ana@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(540)}= ci@runner\n`);
add("PEM certificate in a chat body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `Is this cert expired?\n\n${pem("CERTIFICATE", j("MIIDdzCCAl+gAwIBAgIUQ", g.b64(1100)))}\n` }] }));
add("PEM public key in a JWKS-style config", `jwt:\n  issuer: https://auth.example.com/\n  public_key: |\n${pem("PUBLIC KEY", j("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", g.b64(328), "IDAQAB")).split("\n").map((l) => "    " + l).join("\n")}\n`);
add("gpg --list-keys output with fingerprints", `$ gpg --list-keys --fingerprint\npub   ed25519 2024-02-11 [SC]\n      ${rep(10, () => g.H(4)).join(" ")}\nuid           [ultimate] Release Bot <release@example.com>\nsub   cv25519 2024-02-11 [E]\n`);
add("block explorer transaction JSON", JSON.stringify({ hash: `0x${g.h(64)}`, blockHash: `0x${g.h(64)}`, from: `0x${g.h(40)}`, to: `0x${g.h(40)}`, value: "0x2386f26fc10000", nonce: "0x1f" }, null, 2));
add("base64 PNG data URI in HTML", `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64(600)}AAAAAElFTkSuQmCC" />`);
add("minified JS bundle fragment", `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.p="/static/",n.h="${g.h(20)}",n(n.s="${g.a(8)}")}({"${g.a(6)}":function(e,t,n){"use strict";var r="${g.bu(40)}";e.exports={k:r}}});`);
add("CSS modules output with hashed class names", rep(6, () => `.Button_root__${g.bu(5)} { display:flex }\n.css-${g.lo(6)}-${g.pick(["Header", "Card", "Nav"])} { margin:0 }`).join("\n"));
add("SealedSecret manifest (ciphertext)", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-creds\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.b64(620)}==\n    DATABASE_URL: AgC${g.b64(560)}==\n`);
add("SOPS-encrypted YAML", `stripe_secret_key: ENC[AES256_GCM,data:${g.b64(100)}=,iv:${g.enc(32)},tag:${g.enc(16)},type:str]\ndatabase_url: ENC[AES256_GCM,data:${g.b64(120)},iv:${g.enc(32)},tag:${g.enc(16)},type:str]\nsops:\n  age:\n    - recipient: age1${g.b32l(58)}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        ${g.b64(64)}\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: "2025-06-01T10:00:00Z"\n  mac: ENC[AES256_GCM,data:${g.enc(48)},iv:${g.enc(32)},tag:${g.enc(16)},type:str]\n  version: 3.9.0\n`);
add("ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${rep(6, () => g.h(80)).join("\n")}\n`);
add("ExternalSecret referencing a secret manager", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: OPENAI_API_KEY\n      remoteRef:\n        key: prod/api/openai\n        property: api_key\n`);
add("GitHub Actions workflow using secrets context", `jobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n          SLACK_WEBHOOK_URL: \${{ secrets.SLACK_WEBHOOK_URL }}\n`);
add(".env.example with placeholders", `OPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=your-anthropic-key-here\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nGITHUB_TOKEN=<paste token>\n`);
add("CI log with masked secrets", `${g.ts()} Run ./scripts/deploy.sh\n${g.ts()}   STRIPE_SECRET_KEY: ***\n${g.ts()}   AWS_SECRET_ACCESS_KEY: ***\n${g.ts()} + curl -H 'Authorization: Bearer ***' https://api.example.com/deploy\n${g.ts()} deployed ${g.h(40)}\n`);
add("API-keys dashboard listing (masked, with key ids)", `| name | key | created |\n|---|---|---|\n| ci | sk-proj-…${g.a(4)} | 2025-03-02 |\n| backfill | sk-proj-…${g.a(4)} | 2025-05-19 |\n| key id | key_${g.a(16)} | |\n`);
add("docker manifest list JSON", JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests: [{ digest: `sha256:${g.h(64)}`, size: 1574, platform: { architecture: "amd64", os: "linux" } }, { digest: `sha256:${g.h(64)}`, size: 1574, platform: { architecture: "arm64", os: "linux" } }] }, null, 2));
add("npm publish output (shasum, integrity)", `npm notice 📦  @acme/ui@3.4.1\nnpm notice name:          @acme/ui\nnpm notice package size:  48.2 kB\nnpm notice shasum:        ${g.h(40)}\nnpm notice integrity:     sha512-${g.enc(15)}[...]${g.enc(9)}\nnpm notice total files:   112\n+ @acme/ui@3.4.1`);
add("MongoDB shell output with ObjectIds", `[\n  { _id: ObjectId('${g.h(24)}'), org: ObjectId('${g.h(24)}'), plan: 'pro' },\n  { _id: ObjectId('${g.h(24)}'), org: ObjectId('${g.h(24)}'), plan: 'free' }\n]`);
add("webpack stats with chunk hashes", JSON.stringify({ hash: g.h(20), assets: rep(3, () => ({ name: `static/js/${g.h(4)}.${g.h(20)}.js`, size: g.range(1000, 90000) })) }, null, 2));
add("Git LFS pointer file", `version https://git-lfs.github.com/spec/v1\noid sha256:${g.h(64)}\nsize ${g.range(100000, 9000000)}\n`);
add("OpenTelemetry span export (trace/span ids)", JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: g.h(32), spanId: g.h(16), parentSpanId: g.h(16), name: "GET /api/orders", kind: 2, startTimeUnixNano: "1767000000000000000" }] }] }] }));
add("Google OAuth client config without secret (installed app, PKCE)", JSON.stringify({ installed: { client_id: `${g.d(12)}-${g.lo(32)}.apps.googleusercontent.com`, project_id: "acme-cli", auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token", redirect_uris: ["http://localhost"] } }, null, 2));
add("Terraform plan output with sensitive values hidden", `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "db-${g.U(26)}"\n      ~ password = (sensitive value)\n        arn      = "arn:aws:rds:eu-west-1:${g.d(12)}:db:main"\n    }\n`);
add("Kubernetes ConfigMap with build SHA and namespace UUID", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api-config\ndata:\n  LOG_LEVEL: info\n  BUILD_SHA: ${g.h(40)}\n  CACHE_NAMESPACE: ${g.uuid()}\n`);

export const cases: CorpusCase[] = [...rotatedA, ...rotatedB, ...bk];
