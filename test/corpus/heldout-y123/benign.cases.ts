// Benign look-alikes: digests, ids, public keys, addresses, references, placeholders, masks and
// encrypted blobs, rendered through the same renderers as the positives (slots never named as a
// secret unless the value is a reference/placeholder/mask/ciphertext), plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { BECH, Gen, S, b64of, j, mk, rotate, type Spec } from "./_gen.ts";

const g = new Gen(0x123b9);
const B = "benign" as const;
const colonHex = (n: number) => Array.from({ length: n }, () => g.H(2)).join(":");
const nix32 = "0123456789abcdfghijklmnpqrsvwxyz";

const specs: Spec[] = [
  S(B, "git commit", "GIT_COMMIT_SHA", g.h(40), { hdr: "X-Commit-Sha", q: "sha" }),
  S(B, "build artifact digest", "ARTIFACT_SHA256", g.h(64), { extra: [["ARTIFACT_NAME", "orders-api-linux-amd64.tar.gz"]] }),
  S(B, "container image digest", "IMAGE_DIGEST", j("sha256:", g.h(64)), { extra: [["IMAGE_REPO", "registry.example.com/acme/orders"]] }),
  S(B, "npm integrity", "PACKAGE_INTEGRITY", j("sha512-", g.b64(86), "==")),
  S(B, "subresource integrity", "SCRIPT_INTEGRITY", j("sha384-", g.b64(64))),
  S(B, "request id", "REQUEST_ID", g.uuid(), { hdr: "X-Request-Id" }),
  S(B, "W3C traceparent", "TRACEPARENT", j("00-", g.h(32), "-", g.h(16), "-01"), { hdr: "traceparent" }),
  S(B, "Stripe customer id", "STRIPE_CUSTOMER_ID", j("cus_", g.a(14)), { q: "customer" }),
  S(B, "Stripe price id", "STRIPE_PRICE_ID", j("price_1", g.a(23))),
  S(B, "Stripe publishable key", "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", j("pk", "_live_", "51", g.a(97))),
  S(B, "Stripe connected account id", "STRIPE_ACCOUNT_ID", j("acct_1", g.a(16)), { hdr: "Stripe-Account" }),
  S(B, "Stripe event id", "LAST_EVENT_ID", j("evt_3", g.a(24)), { q: "starting_after" }),
  S(B, "OpenAI chat completion id", "COMPLETION_ID", j("chatcmpl-", g.a(29))),
  S(B, "Anthropic message id", "LAST_MESSAGE_ID", j("msg_01", g.a(22))),
  S(B, "OpenAI assistant id", "ASSISTANT_ID", j("asst_", g.a(24))),
  S(B, "OpenAI file id", "TRAINING_FILE_ID", j("file-", g.a(22))),
  S(B, "OpenAI batch id", "BATCH_ID", j("batch_", g.h(32))),
  S(B, "OpenAI organization id", "OPENAI_ORG_ID", j("org-", g.a(24)), { hdr: "OpenAI-Organization" }),
  S(B, "AWS IAM role ARN", "AWS_ROLE_ARN", `arn:aws:iam::${g.d(12)}:role/ci-deployer`),
  S(B, "AWS KMS key ARN", "KMS_KEY_ARN", `arn:aws:kms:eu-west-1:${g.d(12)}:key/${g.uuid()}`),
  S(B, "AWS request id", "AWS_REQUEST_ID", j(g.up(16), g.up(16), g.up(8)).toUpperCase(), { hdr: "x-amzn-RequestId" }),
  S(B, "Azure subscription/tenant ids", "AZURE_SUBSCRIPTION_ID", g.uuid(), { extra: [["AZURE_TENANT_ID", g.uuid()]] }),
  S(B, "Google OAuth client id", "GOOGLE_CLIENT_ID", `${g.d(12)}-${g.lo(32)}.apps.googleusercontent.com`, { q: "client_id" }),
  S(B, "Slack channel id", "SLACK_CHANNEL_ID", j("C0", g.up(9)), { q: "channel" }),
  S(B, "Slack team id", "SLACK_TEAM_ID", j("T0", g.up(9))),
  S(B, "Discord application id", "DISCORD_APPLICATION_ID", g.d(19)),
  S(B, "Discord interactions public key", "DISCORD_PUBLIC_KEY", g.h(64)),
  S(B, "SSH public key", "DEPLOY_SSH_PUBLIC_KEY", j("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", g.b64(43), " deploy@ci")),
  S(B, "age recipient (public)", "SOPS_AGE_RECIPIENTS", j("age1", g.str(58, BECH))),
  S(B, "GPG key fingerprint", "GPG_FINGERPRINT", g.H(40)),
  S(B, "TLS certificate fingerprint", "CERT_SHA256_FINGERPRINT", colonHex(32)),
  S(B, "VAPID public key", "VAPID_PUBLIC_KEY", j("B", g.b64u(86))),
  S(B, "WireGuard peer public key", "WG_PEER_PUBLIC_KEY", g.rb64(32), { extra: [["WG_PEER_ENDPOINT", "vpn.example.net:51820"]] }),
  S(B, "Nostr public key", "NOSTR_NPUB", j("npub1", g.str(58, BECH))),
  S(B, "Ethereum contract address", "TREASURY_CONTRACT_ADDRESS", j("0x", g.h(40))),
  S(B, "Ethereum deploy transaction hash", "DEPLOY_TX_HASH", j("0x", g.h(64)), { q: "txhash" }),
  S(B, "Solana program id", "SOLANA_PROGRAM_ID", g.b58(44)),
  S(B, "Bitcoin payout address", "PAYOUT_ADDRESS", j("bc1q", g.str(38, BECH))),
  S(B, "IPFS CID", "ASSET_CID", j("bafybei", g.str(52, "abcdefghijklmnopqrstuvwxyz234567"))),
  S(B, "MongoDB ObjectId", "ORDER_ID", g.h(24), { q: "order_id" }),
  S(B, "Sentry event id", "SENTRY_EVENT_ID", g.h(32)),
  S(B, "ETag", "LAST_ETAG", g.h(32), { hdr: "If-None-Match" }),
  S(B, "Content-MD5", "CONTENT_MD5", g.rb64(16), { hdr: "Content-MD5" }),
  S(B, "GitHub repository node id", "REPO_NODE_ID", j("R_kgDO", g.b64u(8))),
  S(B, "Go module checksum", "GO_MODULE_SUM", j("h1:", g.b64(43), "=")),
  S(B, "Nix store path", "NODE_STORE_PATH", j("/nix/store/", g.str(32, nix32), "-nodejs-20.11.1")),
  S(B, "Terraform state lineage", "TF_STATE_LINEAGE", g.uuid()),
  S(B, "Cloudflare zone id", "CLOUDFLARE_ZONE_ID", g.h(32), { extra: [["CLOUDFLARE_ACCOUNT_ID", g.h(32)]] }),
  S(B, "Vercel project/team ids", "VERCEL_PROJECT_ID", j("prj_", g.a(28)), { extra: [["VERCEL_ORG_ID", j("team_", g.a(24))]] }),
  S(B, "Firebase web app id", "FIREBASE_APP_ID", j("1:", g.d(12), ":web:", g.h(22))),
  S(B, "Sentry release", "SENTRY_RELEASE", j("orders-api@", g.h(40))),
  S(B, "Android signing cert SHA-1", "ANDROID_CERT_SHA1", colonHex(20)),
  S(B, "Hugging Face model revision", "HF_MODEL_REVISION", g.h(40), { extra: [["HF_MODEL_ID", "acme/orders-classifier"]] }),
  // references, placeholders, masks, ciphertext in secret-named slots
  S(B, "OpenAI key via env reference", "OPENAI_API_KEY", "${OPENAI_API_KEY}"),
  S(B, "Stripe key placeholder", "STRIPE_SECRET_KEY", "<your-stripe-secret-key>"),
  S(B, "Postgres URL with password reference", "DATABASE_URL", "postgres://orders_app:${DB_PASSWORD}@db-prod.example.com:5432/orders"),
  S(B, "1Password secret reference", "ANTHROPIC_API_KEY", "op://Engineering/Anthropic API/credential"),
  S(B, "GitHub Actions secret expression", "NPM_TOKEN", "${{ secrets.NPM_TOKEN }}"),
  S(B, "Vault path reference", "SLACK_BOT_TOKEN", "vault:secret/data/slack#bot_token"),
  S(B, "SSM parameter ARN reference", "DB_PASSWORD_PARAM", `arn:aws:ssm:eu-west-1:${g.d(12)}:parameter/prod/orders/db_password`),
  S(B, "Azure Key Vault reference", "SENDGRID_API_KEY", "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.example.net/secrets/sendgrid-api-key/)"),
  S(B, "masked Stripe key", "STRIPE_SECRET_KEY", j("sk", "_live_", "••••••••••••••••", g.a(4))),
  S(B, "redacted Twilio token", "TWILIO_AUTH_TOKEN", "[REDACTED]"),
  S(B, "SOPS-encrypted value", "DB_PASSWORD", j("ENC[AES256_GCM,data:", g.rb64(18), ",iv:", g.rb64(32), ",tag:", g.rb64(16), ",type:str]")),
  S(B, "x-filled key placeholder", "ANTHROPIC_API_KEY", j("sk-", "ant-", "api03-", "x".repeat(40))),
  S(B, "Doppler secret reference", "GITHUB_TOKEN", "${doppler:GITHUB_TOKEN}"),
  S(B, "Kubernetes secretKeyRef-style name", "REDIS_PASSWORD_SECRET_NAME", "orders-redis-auth"),
];

const rotated = rotate(g, specs, "y123-b", 5);

// ----- handcrafted benign
const hand: CorpusCase[] = [];
let n = 0;
const add = (text: string, note: string) => {
  n++;
  hand.push(mk("benign", `y123-bk-${String(n).padStart(3, "0")}`, text, note));
};
const chat = (content: string) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content }] });

add(chat(`Is this certificate chain in the right order? nginx complains.\n\n${g.cert()}\n${g.cert()}\n`), "PEM certificates (public); slot: pasted chain; context: chat body");
add(`# config/auth.yaml\njwt:\n  issuer: https://auth.example.com\n  audience: orders-api\n  public_key: |\n${g.pubKey().split("\n").map((l) => "    " + l).join("\n")}\n`, "RSA public key PEM; slot: jwt.public_key; context: YAML config");
add(JSON.stringify({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: JSON.stringify({ keys: [{ kty: "RSA", use: "sig", alg: "RS256", kid: g.h(40), n: g.b64u(342), e: "AQAB" }, { kty: "EC", crv: "P-256", use: "sig", kid: g.h(16), x: g.b64u(43), y: g.b64u(43) }] }) }] } }), "JWKS public keys (no private members); slot: fetched /.well-known/jwks.json; context: MCP result");
add(`# ~/.ssh/known_hosts\ngit.example.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)}\n|1|${g.rb64(20)}|${g.rb64(20)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${g.b64(87)}=\n`, "SSH host public keys, hashed hostnames; slot: known_hosts; context: file content");
add(`#cloud-config\nusers:\n  - name: deploy\n    groups: sudo\n    ssh_authorized_keys:\n      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} alice@laptop\n      - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(507)}= bob@workstation\n`, "SSH public keys; slot: ssh_authorized_keys; context: cloud-init user-data");
add(JSON.stringify({ name: "orders", lockfileVersion: 3, packages: { "node_modules/zod": { version: "3.23.8", resolved: "https://registry.example.org/zod/-/zod-3.23.8.tgz", integrity: j("sha512-", g.b64(86), "==") }, "node_modules/undici": { version: "6.19.2", resolved: "https://registry.example.org/undici/-/undici-6.19.2.tgz", integrity: j("sha512-", g.b64(86), "==") } } }, null, 2), "npm integrity hashes; slot: package-lock packages; context: lockfile");
add(`# requirements.txt (pip-compile --generate-hashes)\nhttpx==0.27.0 \\\n    --hash=sha256:${g.h(64)} \\\n    --hash=sha256:${g.h(64)}\npydantic==2.8.2 \\\n    --hash=sha256:${g.h(64)}\n`, "pip sha256 hashes; slot: --hash; context: requirements.txt");
add(`[[package]]\nname = "serde"\nversion = "1.0.204"\nsource = "registry+https://index.crates.example.org"\nchecksum = "${g.h(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.39.2"\nsource = "registry+https://index.crates.example.org"\nchecksum = "${g.h(64)}"\n`, "crate checksums; slot: Cargo.lock checksum; context: lockfile");
add(`example.org/x/net v0.27.0 h1:${g.b64(43)}=\nexample.org/x/net v0.27.0/go.mod h1:${g.b64(43)}=\nexample.org/grpc v1.65.0 h1:${g.b64(43)}=\n`, "go.sum h1 hashes; context: go.sum file");
add(`jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${g.h(40)} # v4.1.7\n      - uses: actions/setup-node@${g.h(40)} # v4.0.3\n      - run: npm ci && npm test\n`, "actions pinned by commit SHA; context: GitHub Actions workflow");
add(chat(`Squash these into one commit message:\n\n${Array.from({ length: 5 }, () => `commit ${g.h(40)}\nAuthor: Dev <dev@example.com>\n\n    ${g.pick(["fix flaky retry test", "bump undici", "add order export", "refactor config loader", "docs: env vars"])}\n`).join("\n")}`), "git commit SHAs; slot: git log output; context: chat body");
add(`$ docker pull registry.example.com/acme/orders:2.14.0\n2.14.0: Pulling from acme/orders\n${g.h(12)}: Pull complete\n${g.h(12)}: Pull complete\nDigest: sha256:${g.h(64)}\nStatus: Downloaded newer image for registry.example.com/acme/orders:2.14.0\n`, "image layer ids + digest; context: docker pull output");
add(`<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA${g.b64(600)}AAAAAElFTkSuQmCC" />`, "base64 PNG data URI; context: HTML snippet");
add(`!function(){"use strict";var e={${g.d(3)}:function(e,t,n){n.d(t,{A:function(){return r}});var r="${g.a(20)}"}},t={};self.webpackChunk_N_E=self.webpackChunk_N_E||[];/*# sourceMappingURL=main-${g.h(16)}.js.map */}();`, "minified webpack bundle with hashes; context: JS asset");
add(`Terraform will perform the following actions:\n\n  # aws_db_instance.orders will be updated in-place\n  ~ resource "aws_db_instance" "orders" {\n        id                = "db-${g.U(26)}"\n      ~ password          = (sensitive value)\n        resource_id       = "db-${g.U(26)}"\n        kms_key_id        = "arn:aws:kms:eu-west-1:${g.d(12)}:key/${g.uuid()}"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n`, "Terraform plan with masked sensitive value, ids, KMS ARN; context: plan output");
add(JSON.stringify({ id: j("evt_3", g.a(24)), object: "event", api_version: "2024-06-20", created: 1718000000, livemode: true, type: "payment_intent.succeeded", data: { object: { id: j("pi_3", g.a(24)), object: "payment_intent", amount: 4200, currency: "eur", customer: j("cus_", g.a(14)), latest_charge: j("ch_3", g.a(24)), payment_method: j("pm_1", g.a(24)) } } }), "Stripe event payload (object ids only); context: webhook body replayed to local endpoint");
add(`PUT /repos/acme/orders/actions/secrets/NPM_TOKEN HTTP/1.1\r\nHost: api.github.example.com\r\nAccept: application/vnd.github+json\r\nContent-Type: application/json\r\n\r\n${JSON.stringify({ encrypted_value: g.rb64(76), key_id: g.d(19) })}`, "libsodium sealed-box ciphertext; slot: encrypted_value; context: GitHub secrets API request (no token shown)");
add(`# group_vars/prod/vault.yml\ndb_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 5 }, () => "          " + g.h(80)).join("\n")}\n`, "Ansible Vault ciphertext; slot: db_password (encrypted); context: group_vars");
add(`-----BEGIN AGE ENCRYPTED FILE-----\n${(g.rb64(300).match(/.{1,64}/g) ?? []).join("\n")}\n-----END AGE ENCRYPTED FILE-----\n`, "age ciphertext (armored); context: encrypted file content");
add(`-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGZ${(g.b64(1100).match(/.{1,64}/g) ?? []).join("\n")}\n=${g.b64(4)}\n-----END PGP PUBLIC KEY BLOCK-----\n`, "PGP public key block; context: key published for release verification");
add(`untrusted comment: minisign public key ${g.H(16)}\nRWQ${g.b64(53)}\n`, "minisign public key; context: release verification docs");
add(`{"level":"info","ts":"2025-04-02T10:11:12Z","msg":"request finished","request_id":"${g.uuid()}","trace_id":"${g.h(32)}","span_id":"${g.h(16)}","user_id":"${g.uuid()}","status":200,"duration_ms":${g.range(5, 300)}}`, "uuids, trace/span ids; context: JSON log line");
add(`POST /webhooks/stripe HTTP/1.1\r\nHost: localhost:4000\r\nContent-Type: application/json\r\nStripe-Signature: t=1718000000,v1=${g.h(64)},v0=${g.h(64)}\r\n\r\n{"id":"${j("evt_1", g.a(24))}","type":"invoice.paid"}`, "Stripe-Signature HMAC (not the signing secret); context: replayed webhook request");
add(`POST /api/github/webhook HTTP/1.1\r\nHost: bot.example.com\r\nX-GitHub-Event: push\r\nX-GitHub-Delivery: ${g.uuid()}\r\nX-Hub-Signature-256: sha256=${g.h(64)}\r\nContent-Type: application/json\r\n\r\n{"ref":"refs/heads/main","after":"${g.h(40)}"}`, "webhook HMAC signature + delivery id + SHA; context: raw HTTP request");
add(`GET https://login.example.com/oauth2/v2.0/authorize?client_id=${g.uuid()}&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&scope=openid%20profile&code_challenge=${g.b64u(43)}&code_challenge_method=S256`, "OAuth authorize URL: public client id + PKCE challenge; context: URL");
add(`Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-${g.rb64(16)}' 'sha256-${g.rb64(32)}'; object-src 'none'`, "CSP nonce and script hash; context: response header copied into request");
add(`<md:EntityDescriptor entityID="https://idp.example.com/saml" xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#">\n  <md:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">\n    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${g.cert().split("\n").slice(1, -1).join("")}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>\n  </md:IDPSSODescriptor>\n</md:EntityDescriptor>`, "SAML IdP metadata X509 certificate (public); context: XML");
add(`$ aws sts get-caller-identity\n{\n    "UserId": "AIDA${g.str(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}",\n    "Account": "${g.d(12)}",\n    "Arn": "arn:aws:iam::${g.d(12)}:user/ci-deployer"\n}\n`, "IAM unique user id (AIDA), account, ARN; context: CLI output");
add(`# .env.example\nOPENAI_API_KEY=sk-...\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ\nJWT_SECRET=change-me\n`, "placeholders; slot: .env.example; context: template file");
add(`2025-05-01T09:00:01.000Z ##[group]Run ./deploy.sh\n2025-05-01T09:00:01.100Z env:\n2025-05-01T09:00:01.101Z   AWS_ACCESS_KEY_ID: ***\n2025-05-01T09:00:01.102Z   AWS_SECRET_ACCESS_KEY: ***\n2025-05-01T09:00:01.103Z   GITHUB_SHA: ${g.h(40)}\n2025-05-01T09:00:02.000Z Deployed ${g.h(7)} to prod\n`, "CI masked secrets (***) + commit SHA; context: GitHub Actions log");
add(JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.manifest.v1+json", config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: j("sha256:", g.h(64)), size: 7023 }, layers: [{ mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: j("sha256:", g.h(64)), size: 3370706 }, { mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: j("sha256:", g.h(64)), size: 41823 }] }, null, 2), "OCI manifest digests; context: registry API response echoed");
add(`version https://git-lfs.github.com/spec/v1\noid sha256:${g.h(64)}\nsize ${g.range(100000, 9000000)}\n`, "Git LFS pointer; slot: oid; context: file content");
add(`cosign verify-blob --key cosign.pub --signature ${"MEUCIQ" + g.b64(90)} release.tar.gz\n# cosign.pub\n${g.pem("PUBLIC KEY", [0x30, 0x59, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01], 78)}\n`, "cosign signature + public key; context: shell command");
add(chat(`Can you explain this error? Our ids look fine:\n  tenant=${g.uuid()} invoice=in_1${g.a(23)} subscription=sub_1${g.a(23)}\n  Error: No such price: 'price_1${g.a(23)}'`), "Stripe object ids + uuid; context: chat body");
add(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: orders-config\ndata:\n  RELEASE_SHA: "${g.h(40)}"\n  OTEL_RESOURCE_ATTRIBUTES: "service.instance.id=${g.uuid()}"\n  FEATURE_SEED: "${g.d(9)}"\n`, "ConfigMap with SHA/uuid/seed; context: Kubernetes manifest");

export const cases: CorpusCase[] = [...rotated, ...hand];
