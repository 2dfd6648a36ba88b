// Benign look-alikes: ids, digests, public material, references, placeholders, masks and
// encrypted blobs, in the same renderers as the positives (rotated) plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { Gen, type Spec, hc, j, pad3, rotate } from "./_gen.ts";

const g = new Gen(0x133b9);
const B = (p: string, env: string, make: (g: Gen) => string, hdr: string): Spec => ({ p, group: "benign", env, make, hdr });
const CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const B32L = "abcdefghijklmnopqrstuvwxyz234567";
const checksumAddr = (g: Gen) => "0x" + Array.from(g.H(40)).map((c) => (/[a-f]/.test(c) && g.int(2) ? c.toUpperCase() : c)).join("");

const base: Spec[] = [
  B("git commit SHA", "GIT_COMMIT_SHA", (g) => g.H(40), "X-Build-Commit: {v}"),
  B("artifact SHA-256 checksum", "ARTIFACT_SHA256", (g) => g.H(64), "X-Checksum-Sha256: {v}"),
  B("container image digest", "IMAGE_DIGEST", (g) => j("sha256:", g.H(64)), "X-Image-Digest: {v}"),
  B("request id (UUID)", "REQUEST_ID", (g) => g.uuid(), "X-Request-Id: {v}"),
  B("W3C trace id", "TRACE_ID", (g) => g.H(32), "traceparent: 00-{v}-b7ad6b7169203331-01"),
  B("Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => j("cus", "_", g.A(14)), "X-Customer-Id: {v}"),
  B("Stripe PaymentIntent id", "PAYMENT_INTENT_ID", (g) => j("pi", "_3", g.A(23)), "X-Payment-Intent: {v}"),
  B("Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (g) => j("pk", "_live_", "51", g.A(97)), ""),
  B("OpenAI chat completion id", "COMPLETION_ID", (g) => j("chatcmpl", "-", g.A(29)), "X-Completion-Id: {v}"),
  B("Anthropic message id", "ANTHROPIC_MESSAGE_ID", (g) => j("msg", "_01", g.A(22)), "X-Upstream-Message-Id: {v}"),
  B("OpenAI file id", "UPLOADED_FILE_ID", (g) => j("file", "-", g.A(22)), "X-File-Id: {v}"),
  B("Azure tenant id", "AZURE_TENANT_ID", (g) => g.uuid(), ""),
  B("AWS account id", "AWS_ACCOUNT_ID", (g) => g.D(12), "X-Account-Id: {v}"),
  B("Cloudflare zone id", "CLOUDFLARE_ZONE_ID", (g) => g.H(32), "X-Zone-Id: {v}"),
  B("S3 object ETag", "OBJECT_ETAG", (g) => g.H(32), "If-None-Match: \"{v}\""),
  B("npm package integrity", "PACKAGE_INTEGRITY", (g) => j("sha512-", g.B64(86), "=="), ""),
  B("Go module sum hash", "GO_SUM_HASH", (g) => j("h1:", g.B64(43), "="), ""),
  B("MongoDB ObjectId", "ORDER_ID", (g) => g.H(24), "X-Order-Id: {v}"),
  B("ULID job id", "JOB_ID", (g) => g.str(26, CROCK), "X-Job-Id: {v}"),
  B("Ethereum transaction hash", "TX_HASH", (g) => j("0x", g.H(64)), ""),
  B("Ethereum contract address", "CONTRACT_ADDRESS", checksumAddr, ""),
  B("IPFS CID", "IPFS_CID", (g) => j("bafybei", g.str(52, B32L)), "X-Ipfs-Path: /ipfs/{v}"),
  B("Google OAuth client id", "GOOGLE_CLIENT_ID", (g) => j(g.D(12), "-", g.L(32), ".apps.googleusercontent.com"), ""),
  B("PGP key fingerprint", "GPG_KEY_FINGERPRINT", (g) => g.HU(40), ""),
  B("TLS certificate SHA-256 fingerprint", "TLS_CERT_FINGERPRINT", (g) => (g.HU(64).match(/../g) ?? []).join(":"), ""),
  B("SSH host key fingerprint", "SSH_HOST_FINGERPRINT", (g) => j("SHA256:", g.B64(43)), ""),
  B("Nix output hash", "NIX_SRC_HASH", (g) => j("sha256-", g.B64(43), "="), ""),
  B("KSUID event id", "EVENT_ID", (g) => g.A(27), "X-Event-Id: {v}"),
];
const specs = [...base, ...base, ...base.slice(0, 16)];
const rotated = rotate(g, specs, { prefix: "y133-b", off: 5, step: 3 });

// ---- handcrafted ------------------------------------------------------------------------------
const out: CorpusCase[] = [];
let n = 0;
const add = (text: string, note: string) => out.push(hc(`y133-bk-${pad3(++n)}`, "benign", text, note));
const shellCall = (command: string) => JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: `call_${g.A(24)}`, type: "function", function: { name: "bash", arguments: JSON.stringify({ command }) } }] });
const chat = (content: string) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content }] });
const ed25519Pub = () => j("AAAAC3NzaC1lZDI1NTE5AAAAI", g.B64(43));

add(shellCall(`echo 'ssh-ed25519 ${ed25519Pub()} deploy@ci-runner' >> ~/.ssh/authorized_keys && chmod 600 ~/.ssh/authorized_keys`), "SSH ed25519 public key appended to authorized_keys via tool_calls");
add(chat(`Is this cert expired? openssl says unable to get local issuer.\n\n${g.pem("CERTIFICATE", [0x30, 0x82, 0x03, 0x8a, 0x30, 0x82, 0x02, 0x72, 0xa0, 0x03, 0x02, 0x01, 0x02], 890)}`), "PEM X.509 certificate pasted in chat");
add(`jwt:\n  issuer: https://auth.example.com/\n  audience: orders-api\n  verification_key: |\n${g.pem("PUBLIC KEY", [0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00], 270).split("\n").map((l) => "    " + l).join("\n")}\n`, "PEM RSA public key as JWT verification key in YAML");
add(`## Verifying releases\n\nImport our release key:\n\n\`\`\`\n${g.pem("PGP PUBLIC KEY BLOCK", [0x99, 0x01, 0x0d, 0x04], 420).replace("-----\n", "-----\n\n")}\n\`\`\`\n`, "PGP public key block in Markdown");
add(`creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: >-\n      age1${g.bech(58)},\n      age1${g.bech(58)}\n`, ".sops.yaml with age recipients (public keys)");
add(`[Peer]\n# office gateway\nPublicKey = ${g.B64(42)}M=\nEndpoint = vpn.example.net:51820\nAllowedIPs = 10.8.0.0/24\nPersistentKeepalive = 25\n`, "WireGuard [Peer] block with only the public key");
add(JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: j("sha512-", g.B64(86), "==") }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: j("sha512-", g.B64(86), "==") } } }, null, 2), "package-lock.json excerpt with integrity hashes");
add(chat(`Which of these commits broke the build?\n\n${Array.from({ length: 6 }, (_, i) => `${g.H(40)} ${["fix: retry on 503", "feat: add export", "chore: bump deps", "refactor: split worker", "test: flaky e2e", "docs: changelog"][i]}`).join("\n")}`), "git log with full SHAs pasted in chat");
add(`jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n      STRIPE_SECRET_KEY: \${{ secrets.STRIPE_SECRET_KEY }}\n      DATABASE_URL: \${{ secrets.DATABASE_URL }}\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm run deploy\n`, "GitHub Actions env referencing secrets context only");
add(`# .env.example - copy to .env and fill in\nOPENAI_API_KEY=your-openai-api-key-here\nANTHROPIC_API_KEY=<ANTHROPIC_API_KEY>\nSTRIPE_SECRET_KEY=${j("sk", "_live_")}xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSESSION_SECRET=changeme\n`, ".env.example with placeholders");
add(JSON.stringify({ object: "list", data: [{ object: "organization.project.api_key", redacted_value: j("sk-", "proj-", "****", g.A(4)), name: "ci", created_at: 1718000000, id: j("key_", g.A(16)) }, { object: "organization.project.api_key", redacted_value: j("sk-", "proj-", "****", g.A(4)), name: "local-dev", created_at: 1719000000, id: j("key_", g.A(16)) }] }), "OpenAI project API key list with redacted values");
{
  const enc = (n2: number) => `ENC[AES256_GCM,data:${g.B64(n2)},iv:${g.B64(43)}=,tag:${g.B64(22)}==,type:str]`;
  add(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments\nstringData:\n  STRIPE_SECRET_KEY: ${enc(140)}\n  WEBHOOK_SECRET: ${enc(50)}\nsops:\n  age:\n    - recipient: age1${g.bech(58)}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        ${g.B64(64)}\n        ${g.B64(64)}\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: "2025-03-01T10:00:00Z"\n  mac: ENC[AES256_GCM,data:${g.B64(88)},iv:${g.B64(43)}=,tag:${g.B64(22)}==,type:str]\n  version: 3.9.0\n`, "SOPS-encrypted Kubernetes Secret (ENC[...] values, age recipient)");
}
add(`db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 5 }, () => "  " + g.H(80)).join("\n")}\n`, "Ansible Vault encrypted variable");
add(`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: apps\nspec:\n  encryptedData:\n    OPENAI_API_KEY: AgB${g.B64(680)}\n`, "Bitnami SealedSecret encryptedData");
add(`{\n  "database": { "password": "op://Platform/orders-db/password" },\n  "stripe": { "secretKey": "vault:secret/data/payments#stripe_key" },\n  "sendgrid": { "apiKey": "arn:aws:secretsmanager:eu-west-1:${g.D(12)}:secret:prod/sendgrid-${g.A(6)}" },\n  "blob": { "connectionString": "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/blob-conn/)" }\n}\n`, "secret-store references (1Password, Vault, Secrets Manager, Key Vault)");
add(`apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: github-app\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: private-key\n      remoteRef:\n        key: prod/github-app\n        property: private_key\n`, "ExternalSecret manifest (remote reference only)");
add(`  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "orders-prod"\n      ~ password = (sensitive value)\n        username = "orders_admin"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n`, "Terraform plan with (sensitive value)");
add(JSON.stringify({ id: j("evt", "_1", g.A(23)), object: "event", type: "payment_intent.succeeded", livemode: true, data: { object: { id: j("pi", "_3", g.A(23)), customer: j("cus", "_", g.A(14)), latest_charge: j("ch", "_3", g.A(23)), amount: 4200, currency: "eur", payment_method: j("pm", "_1", g.A(23)) } } }, null, 2), "Stripe webhook event payload with object ids");
add(`POST /webhooks/github HTTP/1.1\r\nHost: ci.example.com\r\nX-GitHub-Event: push\r\nX-GitHub-Delivery: ${g.uuid()}\r\nX-Hub-Signature-256: sha256=${g.H(64)}\r\nContent-Type: application/json\r\n\r\n{"ref":"refs/heads/main","after":"${g.H(40)}"}`, "GitHub webhook delivery with HMAC signature header");
add(`POST /hooks/stripe HTTP/1.1\r\nHost: shop.example.com\r\nStripe-Signature: t=1718000000,v1=${g.H(64)},v0=${g.H(64)}\r\nContent-Type: application/json\r\n\r\n{"id":"${j("evt", "_1", g.A(23))}","type":"invoice.paid"}`, "Stripe-Signature header on webhook delivery");
add(`$ docker pull registry.example.com/acme/api:2.3.0\n2.3.0: Pulling from acme/api\n${g.H(12)}: Pull complete\n${g.H(12)}: Pull complete\nDigest: sha256:${g.H(64)}\nStatus: Downloaded newer image for registry.example.com/acme/api:2.3.0\n`, "docker pull output with layer ids and digest");
add(`<script src="https://cdn.example.com/lib/htmx-1.9.12.min.js" integrity="sha384-${g.B64(64)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="/assets/app.${g.H(8)}.css">\n`, "HTML with SRI integrity and hashed asset name");
add(`.logo { background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${g.B64(220)}AAAAAElFTkSuQmCC"); }\n`, "CSS with base64 PNG data URI");
add(`"use strict";(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[${g.D(3)}],{${g.D(5)}:function(e,t,n){n.d(t,{Z:function(){return o}});var r=n(${g.D(4)}),o=function(e){return(0,r.jsx)("div",{className:"${g.A(8)}_${g.A(5)}",children:e.children})}}}]);\n//# sourceMappingURL=page-${g.H(16)}.js.map\n`, "minified webpack chunk with hashed class names");
add(`github.com/google/uuid v1.6.0 h1:${g.B64(43)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.B64(43)}=\ngolang.org/x/sync v0.7.0 h1:${g.B64(43)}=\n`, "go.sum excerpt");
add(`[[package]]\nname = "serde"\nversion = "1.0.203"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.H(64)}"\n`, "Cargo.lock checksum entry");
add(JSON.stringify({ issuer: "https://auth.example.com/", jwks_uri: "https://auth.example.com/.well-known/jwks.json", keys: [{ kty: "RSA", kid: g.H(16), use: "sig", alg: "RS256", n: g.B64U(342), e: "AQAB" }, { kty: "EC", kid: g.H(16), crv: "P-256", x: g.B64U(43), y: g.B64U(43) }] }, null, 2), "public JWKS (RSA n/e and EC x/y only)");
add(JSON.stringify({ jsonrpc: "2.0", id: 1, result: { transactionHash: j("0x", g.H(64)), blockHash: j("0x", g.H(64)), blockNumber: "0x13a8f2c", from: checksumAddr(g), to: checksumAddr(g), gasUsed: "0x5208", status: "0x1", logsBloom: j("0x", "0".repeat(512)) } }), "Ethereum transaction receipt (hashes and addresses)");
add(`# .env\nDB_PASSWORD=\${DB_PASSWORD}\nDATABASE_URL=postgres://app:\${DB_PASSWORD}@db:5432/app\nREDIS_URL=redis://cache:6379/0\nAWS_ROLE_ARN=arn:aws:iam::${g.D(12)}:role/app-runtime\nKMS_KEY_ARN=arn:aws:kms:eu-west-1:${g.D(12)}:key/${g.uuid()}\n`, "env interpolation and ARNs, no literal secret");
add(JSON.stringify({ id: j("chatcmpl", "-", g.A(29)), object: "chat.completion", created: 1718000000, model: "gpt-4o-2024-08-06", system_fingerprint: j("fp", "_", g.H(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3, total_tokens: 815 } }), "chat completion response with ids and fingerprint");
add(`$ ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub\n256 SHA256:${g.B64(43)} root@build-01 (ED25519)\n$ openssl x509 -in api.crt -noout -fingerprint -sha256\nsha256 Fingerprint=${(g.HU(64).match(/../g) ?? []).join(":")}\n`, "SSH and X.509 fingerprints in terminal output");

export const cases: CorpusCase[] = [...rotated, ...out];
