// heldout-y140: benign look-alikes. Rotated specs (ids, digests, public keys, references,
// placeholders, masks, ciphertexts) in non-secret slots, plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { B32, B58, BECH, Gen, hc, j, pem, rotate, type Spec } from "./_gen.ts";

const r = new Gen(0x140be);
const CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const b = (p: string, env: string, v: (g: Gen) => string, hdr?: string): Spec => ({ p, g: "keys", env, v, ...(hdr ? { hdr } : {}) });
const fp = (g: Gen, n: number) => Array.from(g.bytes(n)).map((x) => x.toString(16).padStart(2, "0").toUpperCase()).join(":");

const specs: Spec[] = [
  b("git commit SHA", "GIT_COMMIT_SHA", (g) => g.h(40), "X-Commit-Sha: "),
  b("container image digest", "IMAGE_DIGEST", (g) => `sha256:${g.h(64)}`),
  b("CI build id (UUID)", "BUILD_ID", (g) => g.uuid(), "X-Build-Id: "),
  b("W3C traceparent", "TRACEPARENT", (g) => `00-${g.h(32)}-${g.h(16)}-01`, "traceparent: "),
  b("HTTP ETag", "CACHE_ETAG", (g) => `W/"${g.h(32)}"`, "If-None-Match: "),
  b("Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => j("cus_", g.a(14))),
  b("Stripe PaymentIntent id", "PAYMENT_INTENT_ID", (g) => j("pi_3", g.a(23))),
  b("Stripe price id", "STRIPE_PRICE_ID", (g) => j("price_1", g.a(23))),
  b("Stripe live publishable key", "STRIPE_PUBLISHABLE_KEY", (g) => j("pk", "_live_51", g.a(97))),
  b("OpenAI organization id", "OPENAI_ORG_ID", (g) => j("org-", g.a(24)), "OpenAI-Organization: "),
  b("OpenAI project id", "OPENAI_PROJECT_ID", (g) => j("proj_", g.a(24)), "OpenAI-Project: "),
  b("Anthropic message id", "LAST_MESSAGE_ID", (g) => j("msg_01", g.a(22))),
  b("OpenAI chat completion id", "COMPLETION_ID", (g) => j("chatcmpl-", g.a(29))),
  b("API request id", "REQUEST_ID", (g) => j("req_", g.a(24)), "X-Request-Id: "),
  b("AWS account id", "AWS_ACCOUNT_ID", (g) => g.nd(12)),
  b("AWS IAM role ARN", "DEPLOY_ROLE_ARN", (g) => `arn:aws:iam::${g.nd(12)}:role/gha-deploy`),
  b("Azure tenant id", "AZURE_TENANT_ID", (g) => g.uuid()),
  b("Azure subscription id", "AZURE_SUBSCRIPTION_ID", (g) => g.uuid()),
  b("GCP project number", "GCP_PROJECT_NUMBER", (g) => g.nd(12)),
  b("Google OAuth client id", "GOOGLE_CLIENT_ID", (g) => `${g.nd(12)}-${g.l(32)}.apps.googleusercontent.com`),
  b("GitHub App installation id", "GITHUB_INSTALLATION_ID", (g) => g.nd(8)),
  b("GitHub OAuth app client id", "GITHUB_CLIENT_ID", (g) => j("Ov23", "li", g.a(14))),
  b("Cloudflare zone id", "CLOUDFLARE_ZONE_ID", (g) => g.h(32)),
  b("Cloudflare account id", "CLOUDFLARE_ACCOUNT_ID", (g) => g.h(32)),
  b("Vercel project id", "VERCEL_PROJECT_ID", (g) => j("prj_", g.a(28))),
  b("Vercel team id", "VERCEL_ORG_ID", (g) => j("team_", g.a(24))),
  b("Supabase project ref", "SUPABASE_PROJECT_REF", (g) => g.str(20, "abcdefghijklmnopqrstuvwxyz")),
  b("Sentry release (commit SHA)", "SENTRY_RELEASE", (g) => `api@${g.h(40)}`),
  b("Slack channel id", "SLACK_CHANNEL_ID", (g) => j("C0", g.u(9))),
  b("Discord guild id", "DISCORD_GUILD_ID", (g) => g.nd(19)),
  b("MongoDB ObjectId", "ORDER_ID", (g) => g.h(24)),
  b("ULID event id", "EVENT_ID", (g) => j("01", g.str(24, CROCK))),
  b("S3 payload SHA-256", "CONTENT_SHA256", (g) => g.h(64), "x-amz-content-sha256: "),
  b("Content-MD5", "CONTENT_MD5", (g) => g.b64(16), "Content-MD5: "),
  b("SRI hash", "SCRIPT_INTEGRITY", (g) => `sha384-${g.b64(48)}`),
  b("npm package integrity", "PACKAGE_INTEGRITY", (g) => `sha512-${g.b64(64)}`),
  b("go.sum h1 hash", "MODULE_HASH", (g) => `h1:${g.b64(32)}`),
  b("Nix source hash", "NIX_SRC_HASH", (g) => `sha256-${g.b64(32)}`),
  b("SSH ed25519 public key", "DEPLOY_PUBLIC_KEY", (g) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b(43)} deploy@ci`),
  b("WireGuard peer public key", "WG_PEER_PUBLIC_KEY", (g) => g.b64(32)),
  b("age recipient (public key)", "SOPS_AGE_RECIPIENTS", (g) => j("age1", g.str(58, BECH))),
  b("Nostr npub public key", "NOSTR_PUBKEY", (g) => j("npub1", g.str(58, BECH))),
  b("Ethereum contract address", "CONTRACT_ADDRESS", (g) => `0x${g.h(40)}`),
  b("Bitcoin bech32 address", "TREASURY_ADDRESS", (g) => j("bc1q", g.str(38, BECH))),
  b("Solana program id", "PROGRAM_ID", (g) => g.str(44, B58)),
  b("IPFS CID", "METADATA_CID", (g) => j("bafybei", g.str(52, B32.toLowerCase()))),
  b("TLS certificate fingerprint", "TLS_CERT_SHA256_FINGERPRINT", (g) => fp(g, 32)),
  b("SSH host key fingerprint", "SSH_HOST_FINGERPRINT", (g) => `SHA256:${g.b64(32).replace(/=+$/, "")}`),
  b("GPG signing key fingerprint", "GPG_SIGNING_FINGERPRINT", (g) => g.H(40)),
  b("Vault secret reference", "DB_PASSWORD", () => "vault:secret/data/prod/db#password"),
  b("1Password secret reference", "STRIPE_SECRET_KEY", () => "op://Production/Stripe/secret key"),
  b("AWS SSM dynamic reference", "DATABASE_PASSWORD", () => "{{resolve:ssm-secure:/prod/db/password:3}}"),
  b("GitHub Actions secrets expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"),
  b("Azure Key Vault reference", "PARTNER_API_KEY", () => "@Microsoft.KeyVault(VaultName=kv-prod;SecretName=PartnerApiKey)"),
  b("shell variable interpolation", "OPENAI_API_KEY", () => "${OPENAI_API_KEY}"),
  b("placeholder", "SENDGRID_API_KEY", () => "<your-sendgrid-api-key>"),
  b("x-filled placeholder", "ANTHROPIC_API_KEY", () => j("sk-ant-", "api03-", "x".repeat(40))),
  b("full mask", "GITHUB_TOKEN", () => "********"),
  b("partial mask (last four)", "STRIPE_SECRET_KEY", (g) => j("sk", "_live_", "••••••••••••", g.a(4))),
  b("SOPS-encrypted value", "DB_PASSWORD", (g) => `ENC[AES256_GCM,data:${g.b64(18)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]`),
  b("AWS KMS ciphertext blob", "DB_PASSWORD_CIPHERTEXT", (g) => j("AQICAHh", g.b(48), "AAAAfjB8BgkqhkiG9w0BBwagbzBtAgEAMGgGCSqGSIb3DQEHATAeBglghkgBZQMEAS4wEQQM", g.b(92), "==")),
  b("Algolia application id", "ALGOLIA_APP_ID", (g) => g.u(10)),
  b("Apple team id", "APPLE_TEAM_ID", (g) => g.u(10)),
  b("Terraform state lineage", "TF_STATE_LINEAGE", (g) => g.uuid()),
  b("registry manifest digest", "MANIFEST_DIGEST", (g) => `sha256:${g.h(64)}`, "Docker-Content-Digest: "),
  b("GitHub webhook delivery id", "LAST_DELIVERY_ID", (g) => g.uuid(), "X-GitHub-Delivery: "),
  b("Stripe webhook endpoint id", "STRIPE_WEBHOOK_ENDPOINT_ID", (g) => j("we_1", g.a(23))),
  b("Auth0 client id", "AUTH0_CLIENT_ID", (g) => g.a(32)),
  b("Idempotency-Key (UUID)", "IDEMPOTENCY_KEY", (g) => g.uuid(), "Idempotency-Key: "),
  b("GitHub webhook HMAC signature", "WEBHOOK_SIGNATURE", (g) => `sha256=${g.h(64)}`, "X-Hub-Signature-256: "),
  b("PKCE code_challenge", "CODE_CHALLENGE", (g) => g.b64url(32)),
  b("git describe version", "RELEASE_VERSION", (g) => `v2.${g.range(0, 30)}.${g.range(0, 9)}-${g.range(1, 90)}-g${g.h(7)}`),
];

const out: CorpusCase[] = rotate(r, specs, { prefix: "b", label: "benign", seedOff: 5, step: 1 }).map((c) => ({ ...c, note: `benign: ${c.note}` }));

let n = 0;
const add = (text: string, note: string) => out.push(hc("bk", ++n, "benign", text, note));
const CERT = "CERTIFICATE";
const cert = () => pem(CERT, r.wrap64(j("MIIDdzCCAl+gAwIBAgIU", r.b(1216), "==")));
const pub = () => pem("PUBLIC KEY", r.wrap64(j("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", r.b(340), "IDAQAB")));
const sshpub = (c: string) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b(43)} ${c}`;

add(JSON.stringify({ model: "claude-sonnet-4-20250514", max_tokens: 1024, messages: [{ role: "user", content: `curl says "certificate has expired" for our API, here's the chain the server sends:\n\n${cert()}\n${cert()}\n\nIs the intermediate the problem?` }] }), "benign: X.509 certificate chain (PEM); slot pasted text; context anthropic messages body (prose en)");
add(`jwt:\n  issuer: https://auth.example.com/\n  audience: api\n  algorithms: [RS256]\n  public_key: |\n${pub().split("\n").map((l) => "    " + l).join("\n")}\n`, "benign: RSA public key (PEM); slot jwt.public_key; context YAML config");
add(JSON.stringify({ body: `Please encrypt vulnerability reports to this key:\n\n${pem("PGP PUBLIC KEY BLOCK", j("\n", r.wrap64(j("mQINBG", r.b(1300))), "\n=", r.b(4)))}` }), "benign: PGP public key block; slot comment body; context GitHub issue comment");
add(`# ~/.ssh/authorized_keys (managed by ansible)\n${sshpub("alice@laptop")}\n${sshpub("ci-deploy@runner-3")}\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r.b(510)}= bob@workstation\n`, "benign: SSH public keys; slot key lines; context ~/.ssh/authorized_keys");
add(`github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b(43)}\ngit.example.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${r.b(87)}=\n|1|${r.b64(20)}|${r.b64(20)} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b(43)}\n`, "benign: SSH host public keys and hashed hostnames; slot key lines; context known_hosts");
add(`database:\n    host: ENC[AES256_GCM,data:${r.b64(20)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\n    password: ENC[AES256_GCM,data:${r.b64(24)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\nsops:\n    age:\n        - recipient: age1${r.str(58, BECH)}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${r.b(64)}\n            ${r.b(64)}\n            ${r.b(40)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2024-06-03T11:22:01Z"\n    mac: ENC[AES256_GCM,data:${r.b64(64)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]\n    version: 3.8.1\n`, "benign: SOPS-encrypted values (ENC[...], age stanza); slot password / mac; context secrets.yaml");
add(`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-env\n  namespace: prod\nspec:\n  encryptedData:\n    DATABASE_URL: Ag${r.b(690)}==\n    STRIPE_SECRET_KEY: Ag${r.b(690)}==\n  template:\n    type: Opaque\n`, "benign: Bitnami SealedSecret ciphertexts; slot encryptedData; context k8s manifest");
add(`$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => r.h(80)).join("\n")}\n`, "benign: Ansible Vault ciphertext; slot whole file; context vault.yml");
add(`golang.org/x/crypto v0.24.0 h1:${r.b64(32)}\ngolang.org/x/crypto v0.24.0/go.mod h1:${r.b64(32)}\ngithub.com/stretchr/testify v1.9.0 h1:${r.b64(32)}\ngithub.com/stretchr/testify v1.9.0/go.mod h1:${r.b64(32)}\n`, "benign: Go module h1 hashes; slot hash column; context go.sum");
add(JSON.stringify({ packages: { "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${r.b64(64)}`, license: "MIT" }, "node_modules/undici": { version: "6.19.2", resolved: "https://registry.npmjs.org/undici/-/undici-6.19.2.tgz", integrity: `sha512-${r.b64(64)}`, engines: { node: ">=18.17" } } } }, null, 2), "benign: npm sha512 integrity hashes; slot integrity; context package-lock.json");
add(`${r.h(64)}  toolkit_1.4.2_linux_amd64.tar.gz\n${r.h(64)}  toolkit_1.4.2_linux_arm64.tar.gz\n${r.h(64)}  toolkit_1.4.2_darwin_arm64.tar.gz\n`, "benign: SHA-256 release checksums; slot checksum column; context SHA256SUMS");
add(`FROM node:20-alpine@sha256:${r.h(64)} AS build\nWORKDIR /src\nCOPY . .\nRUN npm ci && npm run build\n\nFROM gcr.io/distroless/nodejs20-debian12@sha256:${r.h(64)}\nCOPY --from=build /src/dist /app\nCMD ["/app/server.js"]\n`, "benign: image digests; slot FROM @sha256; context Dockerfile");
add(`provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.54.1"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${r.b64(32)}",\n    "zh:${r.h(64)}",\n    "zh:${r.h(64)}",\n  ]\n}\n`, "benign: provider h1/zh hashes; slot hashes; context .terraform.lock.hcl");
add(JSON.stringify({ keys: [{ kty: "RSA", use: "sig", alg: "RS256", kid: r.h(40), n: r.s(342), e: "AQAB" }, { kty: "EC", use: "sig", crv: "P-256", kid: r.h(16), x: r.s(43), y: r.s(43) }] }), "benign: public JWKS (RSA n/e, EC x/y); slot keys[]; context jwks.json");
add(`curl -sS https://api.example.com/v1/charges \\\n  -H 'Authorization: Bearer sk_live_****************************' \\\n  -H 'Stripe-Version: 2024-06-20'\n# key redacted before pasting`, "benign: masked Stripe key; slot Authorization header; context curl command");
add(`# .env.example: copy to .env and fill in\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=your-anthropic-key-here\nDATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app\nSTRIPE_SECRET_KEY=sk_live_xxx\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ\n`, "benign: placeholders; slot API key / URL vars; context .env.example");
add(`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api@sha256:${r.h(64)}\n          env:\n            - name: DATABASE_URL\n              valueFrom:\n                secretKeyRef: { name: api-env, key: DATABASE_URL }\n            - name: OPENAI_API_KEY\n              valueFrom:\n                secretKeyRef: { name: api-env, key: OPENAI_API_KEY }\n`, "benign: secret references (secretKeyRef) and image digest; slot env valueFrom; context k8s Deployment");
add(`name: publish\non: { release: { types: [published] } }\njobs:\n  npm:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${r.h(40)} # v4.1.7\n      - uses: actions/setup-node@${r.h(40)} # v4.0.2\n      - run: npm publish --provenance\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n`, "benign: action commit SHAs and secrets expression; slot uses@ / NODE_AUTH_TOKEN; context GitHub Actions workflow");
add(`{{ with secret "database/creds/readonly" }}\nDB_USER={{ .Data.username }}\nDB_PASSWORD={{ .Data.password }}\n{{ end }}\n{{ with secret "kv/data/prod/stripe" }}\nSTRIPE_SECRET_KEY={{ .Data.data.secret_key }}\n{{ end }}\n`, "benign: Vault template references; slot DB_PASSWORD / STRIPE_SECRET_KEY; context Vault agent template");
add(Array.from({ length: 4 }, () => `${r.h(40)} ${r.pick(["fix: retry on 429", "chore(deps): bump undici", "feat: add export endpoint", "docs: update README"])} (gpg: RSA key ${r.H(16)}, Good signature)`).join("\n") + "\n", "benign: commit SHAs and GPG key ids; slot log lines; context git log output");
add(JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: [{ type: "text", text: "What is wrong with the layout in this screenshot?" }, { type: "image_url", image_url: { url: `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA${r.b(1200)}AAAAAElFTkSuQmCC` } }] }] }), "benign: base64 PNG image; slot image_url; context openai chat body");
add(`"use strict";(self.webpackChunkapp=self.webpackChunkapp||[]).push([[${r.range(100, 999)}],{${r.range(1000, 9999)}:(e,t,n)=>{n.d(t,{A:()=>o});var r=n(${r.range(1000, 9999)});const o=e=>r.createElement("div",{className:"css-${r.l(6)} e${r.l(5)}0"},e.children)}}]);\n//# sourceMappingURL=${r.range(100, 999)}.${r.h(20)}.chunk.js.map\n`, "benign: hashed chunk/class names; slot code; context webpack chunk");
add(JSON.stringify({ encrypted_value: r.b64(80), key_id: r.nd(19) }), "benign: libsodium sealed-box ciphertext and key_id; slot encrypted_value; context PUT /repos/:owner/:repo/actions/secrets body");
add(JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.manifest.v1+json", config: { mediaType: "application/vnd.oci.image.config.v1+json", digest: `sha256:${r.h(64)}`, size: 7023 }, layers: [1, 2, 3].map(() => ({ mediaType: "application/vnd.oci.image.layer.v1.tar+gzip", digest: `sha256:${r.h(64)}`, size: r.range(1000, 9e6) })) }, null, 2), "benign: layer/config digests; slot digest; context OCI image manifest");
add(Array.from({ length: 4 }, () => JSON.stringify({ ts: r.ts(), level: "info", msg: "request completed", trace_id: r.h(32), span_id: r.h(16), request_id: r.uuid(), status: 200, duration_ms: r.range(3, 900) })).join("\n"), "benign: trace/span/request ids; slot log fields; context JSON log lines");
add(JSON.stringify({ id: `evt_1${r.a(23)}`, object: "event", api_version: "2024-06-20", created: 1718000000 + r.int(9e5), data: { object: { id: `pi_3${r.a(23)}`, object: "payment_intent", amount: 4900, currency: "eur", customer: `cus_${r.a(14)}`, payment_method: `pm_1${r.a(23)}`, latest_charge: `ch_3${r.a(23)}`, status: "succeeded" } }, livemode: true, type: "payment_intent.succeeded" }), "benign: Stripe object ids (evt_, pi_, cus_, pm_, ch_); slot data.object; context webhook event payload");
add(JSON.stringify({ role: "user", content: [{ type: "tool_result", tool_use_id: `toolu_01${r.a(22)}`, content: JSON.stringify({ id: `chatcmpl-${r.a(29)}`, object: "chat.completion", created: 1718000000 + r.int(9e5), model: "gpt-4o-2024-08-06", system_fingerprint: `fp_${r.h(10)}`, choices: [{ index: 0, message: { role: "assistant", content: "OK" }, finish_reason: "stop" }] }) }] }), "benign: chat completion id and system_fingerprint; slot tool_result content; context anthropic tool_result");
add(`{\n  "realm": "prod",\n  "auth-server-url": "https://sso.example.com/",\n  "ssl-required": "external",\n  "resource": "web-frontend",\n  "public-client": true,\n  "realm-public-key": "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r.b(340)}IDAQAB"\n}\n`, "benign: realm public key; slot realm-public-key; context keycloak.json");

export const cases: CorpusCase[] = out;
