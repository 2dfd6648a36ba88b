// heldout-y109 — hard benign look-alikes: ids, digests, public material, ciphertext, references,
// placeholders and masks, rendered in the same contexts as the positives (minus the renderers whose
// wording says "secret") plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { Gen, b64, build, hc, pem, type Spec } from "./_gen.ts";

const g = new Gen(0x109be9);
const j = (...p: string[]) => p.join("");
const CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const B = (p: string, slot: string, make: (x: Gen) => string, hdr: string, qp: string): Spec => ({ p, cat: "benign", slot, make, hdr, qp });

const specs: Spec[] = [
  B("Git commit SHA", "GIT_COMMIT_SHA", (x) => x.h(40), "X-Git-Commit: %s", "sha"),
  B("Release artifact sha256", "ARTIFACT_SHA256", (x) => x.h(64), "X-Checksum-Sha256: %s", "sha256"),
  B("Bundle sha512 hex digest", "BUNDLE_SHA512", (x) => x.h(128), "X-Checksum-Sha512: %s", "digest"),
  B("OCI image digest", "IMAGE_DIGEST", (x) => j("sha256:", x.h(64)), "Docker-Content-Digest: %s", "digest"),
  B("CDN asset ETag", "ASSET_ETAG", (x) => x.h(32), "If-None-Match: %s", "etag"),
  B("W3C trace id", "TRACE_ID", (x) => x.h(32), `traceparent: 00-%s-${g.h(16)}-01`, "trace_id"),
  B("Request UUID", "REQUEST_ID", (x) => x.uuid(), "X-Request-Id: %s", "request_id"),
  B("Stripe customer id", "STRIPE_CUSTOMER_ID", (x) => j("cus", "_", x.a(14)), "X-Customer-Id: %s", "customer"),
  B("Stripe price id", "STRIPE_PRICE_ID", (x) => j("price", "_1", x.a(23)), "X-Price-Id: %s", "price"),
  B("OpenAI completion id", "LAST_COMPLETION_ID", (x) => j("chatcmpl", "-", x.a(29)), "X-Completion-Id: %s", "completion_id"),
  B("Anthropic message id", "LAST_MESSAGE_ID", (x) => j("msg", "_01", x.a(22)), "X-Message-Id: %s", "message_id"),
  B("Anthropic tool_use id", "TOOL_USE_ID", (x) => j("toolu", "_01", x.a(22)), "X-Tool-Use-Id: %s", "tool_use_id"),
  B("AWS IAM role ARN", "DEPLOY_ROLE_ARN", (x) => `arn:aws:iam::${x.d(12)}:role/github-actions-deploy`, "X-Role-Arn: %s", "role_arn"),
  B("AWS KMS key ARN", "KMS_KEY_ARN", (x) => `arn:aws:kms:eu-west-1:${x.d(12)}:key/${x.uuid()}`, "X-Kms-Key: %s", "kms_key"),
  B("Azure tenant id", "AZURE_TENANT_ID", (x) => x.uuid(), "X-Tenant-Id: %s", "tenant"),
  B("Azure client id", "AZURE_CLIENT_ID", (x) => x.uuid(), "X-Client-Id: %s", "client_id"),
  B("Google OAuth client id", "GOOGLE_CLIENT_ID", (x) => `${x.d(12)}-${x.l(32)}.apps.googleusercontent.com`, "X-Client-Id: %s", "client_id"),
  B("Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (x) => j("pk", "_live_", "51", x.a(97)), "X-Publishable-Key: %s", "key"),
  B("MongoDB ObjectId", "ORDER_ID", (x) => x.h(24), "X-Order-Id: %s", "order_id"),
  B("ULID event id", "EVENT_ID", (x) => j("01J", x.str(23, CROCK)), "X-Event-Id: %s", "event_id"),
  B("Sentry event id", "SENTRY_EVENT_ID", (x) => x.h(32), "X-Sentry-Event-Id: %s", "event"),
  B("Slack channel id", "SLACK_CHANNEL_ID", (x) => j("C0", x.u(9)), "X-Slack-Channel: %s", "channel"),
  B("OpenAI file id", "OPENAI_FILE_ID", (x) => j("file", "-", x.a(22)), "X-File-Id: %s", "file_id"),
  B("OpenAI assistant id", "ASSISTANT_ID", (x) => j("asst", "_", x.a(24)), "OpenAI-Assistant: %s", "assistant_id"),
  B("npm lockfile integrity", "LOCK_INTEGRITY", (x) => j("sha512-", x.b64(86), "=="), "X-Integrity: %s", "integrity"),
  B("Content-MD5", "CONTENT_MD5", (x) => x.raw64(16), "Content-MD5: %s", "md5"),
  B("Datadog trace id (decimal)", "DD_TRACE_ID", (x) => x.d(19), "x-datadog-trace-id: %s", "dd_trace"),
  B("Twilio message SID", "LAST_MESSAGE_SID", (x) => j("S", "M", x.h(32)), "X-Message-Sid: %s", "message_sid"),
  B("Cloudflare zone id", "CF_ZONE_ID", (x) => x.h(32), "X-Zone-Id: %s", "zone"),
  B("Vercel project id", "VERCEL_PROJECT_ID", (x) => j("prj", "_", x.a(28)), "X-Project-Id: %s", "project"),
  B("WireGuard peer public key", "WG_PEER_PUBLIC_KEY", (x) => x.raw64(32), "X-Peer-Key: %s", "peer"),
  B("Go module checksum", "MODULE_SUM", (x) => j("h1:", x.raw64(32)), "X-Module-Sum: %s", "sum"),
];

const rotated = build(g, specs, { idPrefix: "y109-b-", start: 5, times: (i) => (i < 28 ? 2 : 1), benign: true });

// ---------------------------------------------------------------- handcrafted
const cert = () => pem(j("CERTIFI", "CATE"), j("MIIDdzCCAl+gAwIBAgIU", g.b64(1100)));
const pub = () => pem(j("PUBLIC", " KEY"), j("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", g.b64(300), "IDAQAB"));
const fpr = () => g.H(40);
const sha = () => g.h(40);
const mask = (n: number) => "*".repeat(n);

const hand: Array<[string, string]> = [
  [`$ git log -3 --format='%H %G? %an %s'\n${sha()} G Ana Ruiz fix(api): retry on 502\n${sha()} G Ben Ode chore: bump deps\n${sha()} N ci-bot release v2.14.0\n$ git verify-commit HEAD\ngpg: Signature made Tue 04 Mar 2025 10:12:01 UTC\ngpg:                using RSA key ${fpr()}\ngpg: Good signature from "Ana Ruiz <ana@example.com>"`, "git log SHAs + GPG key fingerprint"],
  [`# SHA256SUMS\n${g.h(64)}  cli_2.4.1_linux_amd64.tar.gz\n${g.h(64)}  cli_2.4.1_darwin_arm64.tar.gz\n${g.h(64)}  cli_2.4.1_windows_amd64.zip\n`, "SHA256SUMS release file"],
  [`$ sha512sum dist/app.wasm\n${g.h(128)}  dist/app.wasm\n`, "sha512sum output"],
  [`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/platform/api@sha256:${g.h(64)}\n        - name: envoy\n          image: registry.example.com/mirror/envoy@sha256:${g.h(64)}\n`, "k8s Deployment pinned by image digest"],
  [`HTTP/1.1 200 OK\nContent-Type: application/json\nETag: "${g.h(32)}"\nx-amz-request-id: ${g.u(16)}\nx-amz-id-2: ${g.raw64(54)}\ntraceparent: 00-${g.h(32)}-${g.h(16)}-01\nX-Request-Id: ${g.uuid()}\n`, "HTTP response headers: ETag, S3 request ids, trace ids"],
  [JSON.stringify({ id: j("chatcmpl", "-", g.a(29)), object: "chat.completion", created: 1741000000, model: "gpt-4o-2024-08-06", system_fingerprint: j("fp", "_", g.h(10)), choices: [{ index: 0, message: { role: "assistant", content: null, tool_calls: [{ id: j("call", "_", g.a(24)), type: "function", function: { name: "get_weather", arguments: "{\"city\":\"Lisbon\"}" } }] }, finish_reason: "tool_calls" }], usage: { prompt_tokens: 81, completion_tokens: 17, total_tokens: 98 } }, null, 2), "OpenAI chat completion response (chatcmpl-, call_, fp_ ids)"],
  [`request-id: ${j("req", "_", g.a(24))}\n\n${JSON.stringify({ id: j("msg", "_01", g.a(22)), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: j("toolu", "_01", g.a(22)), name: "read_file", input: { path: "README.md" } }], stop_reason: "tool_use" })}`, "Anthropic response (msg_, toolu_, req_ ids)"],
  [JSON.stringify({ id: j("pi", "_3", g.a(23)), object: "payment_intent", amount: 4900, currency: "eur", customer: j("cus", "_", g.a(14)), latest_charge: j("ch", "_3", g.a(23)), payment_method: j("pm", "_1", g.a(23)), invoice: j("in", "_1", g.a(23)), livemode: true, metadata: { order: j("ord_", g.a(10)) } }, null, 2), "Stripe PaymentIntent object (live object ids, no key)"],
  [`$ aws sts get-caller-identity\n{\n    "Account": "${g.d(12)}",\n    "Arn": "arn:aws:sts::${g.d(12)}:assumed-role/OrgAdmin/ana@example.com"\n}\n$ terraform output\nbucket_arn = "arn:aws:s3:::acme-prod-artifacts"\nkms_key_arn = "arn:aws:kms:us-east-1:${g.d(12)}:key/${g.uuid()}"\nqueue_url = "https://sqs.us-east-1.example.com/${g.d(12)}/events"\n`, "AWS account ids and ARNs"],
  [JSON.stringify({ cloud: "AzurePublicCloud", tenantId: g.uuid(), subscriptionId: g.uuid(), aadClientId: "msi", useManagedIdentityExtension: true, userAssignedIdentityID: g.uuid(), resourceGroup: "rg-aks-prod", location: "westeurope" }, null, 2), "Azure azure.json with tenant/subscription/identity ids (managed identity, no secret)"],
  [`// auth.config.ts\nexport const google = {\n  clientId: "${g.d(12)}-${g.l(32)}.apps.googleusercontent.com",\n  redirectUri: "https://app.example.com/auth/callback",\n  scopes: ["openid", "email", "profile"],\n};\n`, "Google OAuth client id (public)"],
  [`NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${j("pk", "_live_", "51", g.a(97))}\nNEXT_PUBLIC_APP_URL=https://shop.example.com\nNEXT_PUBLIC_POSTHOG_HOST=https://eu.posthog.example.com\n`, "Stripe publishable key in NEXT_PUBLIC env"],
  [`"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://npm.example.com/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-${g.b64(86)}=="\n},\n"node_modules/zod": {\n  "version": "3.23.8",\n  "resolved": "https://npm.example.com/zod/-/zod-3.23.8.tgz",\n  "integrity": "sha512-${g.b64(86)}=="\n}`, "package-lock.json integrity hashes"],
  [`"@babel/core@npm:^7.24.0":\n  version: 7.24.4\n  resolution: "@babel/core@npm:7.24.4"\n  checksum: ${g.h(128)}\n  languageName: node\n  linkType: hard\n`, "yarn berry lockfile checksum"],
  [`golang.org/x/net v0.25.0 h1:${g.raw64(32)}\ngolang.org/x/net v0.25.0/go.mod h1:${g.raw64(32)}\ngithub.com/stretchr/testify v1.9.0 h1:${g.raw64(32)}\n`, "go.sum lines"],
  [`[[package]]\nname = "serde"\nversion = "1.0.203"\nsource = "registry+https://crates.example.com/index"\nchecksum = "${g.h(64)}"\n`, "Cargo.lock checksum"],
  [`requests==2.32.3 \\\n    --hash=sha256:${g.h(64)} \\\n    --hash=sha256:${g.h(64)}\nurllib3==2.2.2 \\\n    --hash=sha256:${g.h(64)}\n`, "pip requirements --hash"],
  [`<script src="https://cdn.example.com/lib/htmx.min.js" integrity="sha384-${g.b64(64)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="https://cdn.example.com/css/app.css" integrity="sha384-${g.b64(64)}" crossorigin="anonymous">`, "SRI integrity attributes"],
  [`# ~/.ssh/authorized_keys\nssh-ed25519 ${j("AAAAC3NzaC1lZDI1NTE5AAAAI", g.b64(43))} ana@laptop\nssh-rsa ${j("AAAAB3NzaC1yc2EAAAADAQABAAABgQ", g.b64(520))} deploy@ci\n`, "SSH public keys (authorized_keys)"],
  [`$ openssl s_client -connect api.example.com:443 -showcerts </dev/null\n${cert()}\n`, "PEM certificate"],
  [`# jwt-verify public key\n${pub()}\n`, "PEM SPKI public key"],
  [`[user]\n\tname = Ana Ruiz\n\temail = ana@example.com\n\tsigningkey = ${g.H(16)}\n[commit]\n\tgpgsign = true\n$ gpg --list-keys --with-fingerprint\npub   ed25519 2024-01-09 [SC]\n      ${fpr().replace(/(.{4})/g, "$1 ").trim()}\nuid           [ultimate] Ana Ruiz <ana@example.com>\n`, "git signingkey + GPG fingerprint"],
  [JSON.stringify({ jsonrpc: "2.0", id: 1, result: { hash: `0x${g.h(64)}`, blockHash: `0x${g.h(64)}`, blockNumber: "0x13a5f2c", from: `0x${g.h(40)}`, to: `0x${g.h(40)}`, value: "0x2386f26fc10000", input: "0x" } }, null, 2), "Ethereum tx hash / addresses in JSON-RPC response"],
  [`txid: ${g.h(64)}\nblock: ${g.h(64)}\nconfirmations: 6\naddress: bc1q${g.str(38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`, "Bitcoin txid / block hash / address"],
  [`.logo { background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64(600)}AAAAAElFTkSuQmCC"); }`, "base64 PNG data URI in CSS"],
  [`!function(e,t){"object"==typeof exports?module.exports=t():e.lib=t()}(this,function(){var n="${g.a(40)}",r=function(e){return e.replace(/[A-Z]/g,function(e){return"-"+e.toLowerCase()})};return{k:n,r:r,v:"${g.h(8)}"}});\n//# sourceMappingURL=lib.min.js.map`, "minified JS with a random-looking identifier string"],
  [`<div class="Header_root__${g.bu(5)} Header_sticky__${g.bu(5)}"><nav class="css-${g.l(6)} e1${g.l(5)}0">...</nav><button class="sc-${g.a(6)} ${g.a(6)}">Menu</button></div>`, "CSS module / styled-components class hashes"],
  [`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-env\n  namespace: prod\nspec:\n  encryptedData:\n    DATABASE_URL: ${j("AgB", g.b64(700))}\n    STRIPE_SECRET_KEY: ${j("AgC", g.b64(500))}\n`, "SealedSecret encryptedData (ciphertext)"],
  [`stripe_secret_key: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\ndatabase_password: ENC[AES256_GCM,data:${g.b64(32)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n  age:\n    - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n  lastmodified: "2025-02-10T08:01:44Z"\n  mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n  version: 3.9.0\n`, "SOPS-encrypted YAML"],
  [`# group_vars/prod/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.h(80)).join("\n")}\n`, "ansible-vault ciphertext"],
  [`DATABASE_URL=\${{ secrets.DATABASE_URL }}\nSTRIPE_SECRET_KEY=arn:aws:secretsmanager:us-east-1:${g.d(12)}:secret:prod/stripe-${g.a(6)}\nOPENAI_API_KEY=op://Engineering/OpenAI prod/credential\nGITHUB_TOKEN=vault:secret/data/ci#github_token\nSENDGRID_API_KEY=@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.example.net/secrets/sendgrid/)\nSLACK_BOT_TOKEN=projects/${g.d(12)}/secrets/slack-bot-token/versions/latest\n`, "secret-manager references (GH secrets, Secrets Manager ARN, op://, Vault, Key Vault, GCP SM)"],
  [`# .env.example — copy to .env and fill in\nOPENAI_API_KEY=${j("sk-", "proj-")}your-key-here\nANTHROPIC_API_KEY=${j("sk-", "ant-")}...\nSTRIPE_SECRET_KEY=${j("sk", "_live_")}${"x".repeat(24)}\nGITHUB_TOKEN=<your-github-token>\nAWS_SECRET_ACCESS_KEY=CHANGE_ME\nDATABASE_URL=postgres://user:password@localhost:5432/app\n`, "placeholders in .env.example"],
  [`${g.ts()} Run ./deploy.sh\n${g.ts()} Using OPENAI_API_KEY=***\n${g.ts()} Using token ${j("gh", "p_")}${mask(32)}${g.a(4)}\n${g.ts()} stripe key: ${j("sk", "_live_")}${mask(8)}${g.a(4)}\n${g.ts()} Deployed ${sha()}\n`, "masked values in a CI log"],
  [JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.h(40), alg: "RS256", n: g.bu(342), e: "AQAB" }, { kty: "EC", use: "sig", kid: g.h(16), crv: "P-256", x: g.bu(43), y: g.bu(43) }] }, null, 2), "JWKS public keys"],
  [`version https://git-lfs.github.com/spec/v1\noid sha256:${g.h(64)}\nsize 48211903\n`, "Git LFS pointer"],
  [`$ docker images --digests\nREPOSITORY                         TAG      DIGEST                                                                    IMAGE ID       SIZE\nregistry.example.com/team/api      1.14.2   sha256:${g.h(64)}   ${g.h(12)}   182MB\nregistry.example.com/team/worker   2.3.1    sha256:${g.h(64)}   ${g.h(12)}   96MB\n`, "docker images --digests"],
  [`ipfs://bafybei${g.str(52, "abcdefghijklmnopqrstuvwxyz234567")}\nQm${g.str(44, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")}\n`, "IPFS CIDs"],
  [`Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-${g.raw64(16)}' 'sha256-${g.raw64(32)}'; style-src 'self' 'sha256-${g.raw64(32)}'`, "CSP header nonce and hashes"],
  [JSON.stringify({ "main.js": `/static/js/main.${g.h(8)}.js`, "vendor.js": `/static/js/vendor.${g.h(20)}.js`, "main.css": `/static/css/main.${g.h(8)}.css`, buildId: g.bu(21) }, null, 2), "webpack / Next.js asset manifest hashes"],
  [JSON.stringify({ ok: true, channel: j("C0", g.u(9)), ts: `${g.d(10)}.${g.d(6)}`, message: { bot_id: j("B0", g.u(9)), app_id: j("A0", g.u(9)), team: j("T0", g.u(9)), user: j("U0", g.u(9)), text: "deploy finished" } }, null, 2), "Slack chat.postMessage response ids"],
  [`[15:02] lena: rotated the Stripe live key this morning — the new one is in 1Password under "Stripe / prod / restricted", vault Engineering\n[15:03] omar: 👍 I'll update the Doppler config from there, old key ends in …${g.a(4)}\n`, "credential handover without the value (reference only)"],
  [JSON.stringify({ issuer: "https://auth.example.com", authorization_endpoint: "https://auth.example.com/oauth2/authorize", token_endpoint: "https://auth.example.com/oauth2/token", jwks_uri: "https://auth.example.com/.well-known/jwks.json", id_token_signing_alg_values_supported: ["RS256"], client_id: g.uuid() }, null, 2), "OIDC discovery document"],
  [`$ wg show\ninterface: wg0\n  public key: ${g.raw64(32)}\n  private key: (hidden)\n  listening port: 51820\n\npeer: ${g.raw64(32)}\n  endpoint: 203.0.113.7:51820\n  allowed ips: 10.8.0.2/32\n`, "wg show output (public keys, private hidden)"],
  [b64(JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.manifest.v1+json", config: { digest: `sha256:${g.h(64)}`, size: 7023 } })), "base64 OCI manifest (digests only)"],
];

const handcrafted: CorpusCase[] = hand.map(([text, note], i) => hc(`y109-bk-${String(i + 1).padStart(3, "0")}`, "benign", "benign", text, note));

export const cases: CorpusCase[] = [...rotated, ...handcrafted];
