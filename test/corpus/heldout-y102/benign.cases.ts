// heldout-y102 benign: hard look-alikes rotated through the renderers whose wording does not imply a
// secret (y102-b-*), plus handcrafted files (y102-bk-*). Nothing here is a live credential.
import type { CorpusCase } from "../types.ts";
import { Gen, S, j, rotate, hand, renderers, type Spec } from "./_gen.ts";

const g = new Gen(0x10203);
const H = (h: string): [string, string] => [h, ""];
const pool = renderers.filter((r) => !r.wording);
const acct = () => g.digits(12);

const specs: Spec[] = [
  S("git commit SHA", "saas", "DEPLOY_COMMIT_SHA", (g) => g.hex(40), { hdr: H("X-Commit-Sha"), q: "commit" }),
  S("sha256 artifact digest", "saas", "ARTIFACT_SHA256", (g) => g.hex(64), { hdr: H("X-Checksum-Sha256"), q: "sha256" }),
  S("sha512 bundle digest", "saas", "BUNDLE_SHA512", (g) => g.hex(128), { hdr: H("X-Checksum-Sha512"), q: "sha512" }),
  S("container image digest", "saas", "IMAGE_DIGEST", (g) => j("sha256:", g.hex(64)), { hdr: H("Docker-Content-Digest"), q: "digest" }),
  S("HTTP ETag", "saas", "CACHE_ETAG", (g) => j('W/"', g.hex(32), '"'), { hdr: H("If-None-Match"), q: "etag" }),
  S("W3C traceparent", "saas", "TRACEPARENT", (g) => j("00-", g.hex(32), "-", g.hex(16), "-01"), { hdr: H("traceparent"), q: "trace" }),
  S("request id UUID", "saas", "REQUEST_ID", (g) => g.uuid(), { hdr: H("X-Request-Id"), q: "request_id" }),
  S("Stripe customer id", "saas", "STRIPE_CUSTOMER_ID", (g) => j("cus", "_", g.alnum(14)), { hdr: H("X-Customer-Id"), q: "customer" }),
  S("Stripe price id", "saas", "STRIPE_PRICE_ID", (g) => j("price", "_1", g.alnum(23)), { hdr: H("X-Price-Id"), q: "price" }),
  S("Stripe publishable key", "saas", "STRIPE_PUBLISHABLE_KEY", (g) => j("pk", "_live_", "51", g.alnum(97)), { hdr: H("X-Stripe-Publishable"), q: "pk" }),
  S("Anthropic message id", "saas", "LAST_MESSAGE_ID", (g) => j("msg", "_01", g.alnum(22)), { hdr: H("X-Message-Id"), q: "message_id" }),
  S("OpenAI completion id", "saas", "COMPLETION_ID", (g) => j("chat", "cmpl-", g.alnum(29)), { hdr: H("X-Completion-Id"), q: "completion" }),
  S("Anthropic tool_use id", "saas", "TOOL_USE_ID", (g) => j("tool", "u_01", g.alnum(22)), { hdr: H("X-Tool-Use-Id"), q: "tool_use_id" }),
  S("OpenAI organization id", "saas", "OPENAI_ORG_ID", (g) => j("org", "-", g.alnum(24)), { hdr: H("OpenAI-Organization"), q: "org" }),
  S("OpenAI project id", "saas", "OPENAI_PROJECT_ID", (g) => j("proj", "_", g.alnum(24)), { hdr: H("OpenAI-Project"), q: "project" }),
  S("OpenAI assistant id", "saas", "ASSISTANT_ID", (g) => j("asst", "_", g.alnum(24)), { hdr: H("X-Assistant-Id"), q: "assistant" }),
  S("AWS IAM role ARN", "saas", "DEPLOY_ROLE_ARN", () => j("arn:aws:iam::", acct(), ":role/github-actions-deploy"), { hdr: H("X-Role-Arn"), q: "role_arn" }),
  S("AWS KMS key ARN", "saas", "KMS_KEY_ARN", (g) => j("arn:aws:kms:eu-west-1:", acct(), ":key/", g.uuid()), { hdr: H("X-Kms-Key-Arn"), q: "kms_key" }),
  S("Azure tenant id", "saas", "AZURE_TENANT_ID", (g) => g.uuid(), { hdr: H("X-Tenant-Id"), q: "tenant" }),
  S("Azure client id", "saas", "AZURE_CLIENT_ID", (g) => g.uuid(), { hdr: H("X-Client-Id"), q: "client_id" }),
  S("Google OAuth client id", "saas", "GOOGLE_CLIENT_ID", (g) => j(g.digits(12), "-", g.lower(32), ".apps.googleusercontent.com"), { hdr: H("X-Client-Id"), q: "client_id" }),
  S("GitHub OAuth app client id", "saas", "GITHUB_CLIENT_ID", (g) => j("Iv23li", g.alnum(14)), { hdr: H("X-Client-Id"), q: "client_id" }),
  S("npm integrity (sha512)", "saas", "PACKAGE_INTEGRITY", (g) => j("sha512-", g.rawb64(64)), { hdr: H("X-Integrity"), q: "integrity" }),
  S("GPG key fingerprint", "saas", "RELEASE_GPG_FINGERPRINT", (g) => g.HEX(40), { hdr: H("X-Signer-Fingerprint"), q: "fpr" }),
  S("Ethereum tx hash", "saas", "SETTLEMENT_TX_HASH", (g) => j("0x", g.hex(64)), { hdr: H("X-Tx-Hash"), q: "tx" }),
  S("Ethereum address", "saas", "TREASURY_ADDRESS", (g) => j("0x", g.hex(40)), { hdr: H("X-Wallet"), q: "address" }),
  S("Mongo ObjectId", "saas", "SEED_USER_ID", (g) => g.hex(24), { hdr: H("X-User-Id"), q: "user_id" }),
  S("Slack channel id", "saas", "SLACK_ALERTS_CHANNEL", (g) => j("C0", g.upper(9)), { hdr: H("X-Channel"), q: "channel" }),
  S("Discord application public key", "saas", "DISCORD_PUBLIC_KEY", (g) => g.hex(64), { hdr: H("X-Discord-App-Public-Key"), q: "public_key" }),
  S("WireGuard peer public key", "saas", "WG_PEER_PUBLIC_KEY", (g) => g.rawb64(32), { hdr: H("X-Peer-Pubkey"), q: "pubkey" }),
  S("SSH host key fingerprint", "saas", "SSH_HOST_FINGERPRINT", (g) => j("SHA256:", g.rawb64(32).replace(/=+$/, "")), { hdr: H("X-Host-Fingerprint"), q: "fp" }),
  S("age recipient (public key)", "saas", "SOPS_AGE_RECIPIENTS", (g) => j("age1", g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")), { hdr: H("X-Age-Recipient"), q: "recipient" }),
  S("Vercel deployment id", "saas", "VERCEL_DEPLOYMENT_ID", (g) => j("dpl", "_", g.alnum(28)), { hdr: H("X-Deployment-Id"), q: "deployment" }),
  S("Cognito user pool id", "saas", "COGNITO_USER_POOL_ID", (g) => j("eu-west-1_", g.alnum(9)), { hdr: H("X-User-Pool"), q: "pool" }),
  S("1Password secret reference", "saas", "DATABASE_PASSWORD", () => "op://Production/postgres-primary/password", { hdr: H("X-Config-Ref"), q: "ref" }),
  S("Vault path reference", "saas", "STRIPE_SECRET_KEY", () => "vault:secret/data/billing/stripe#secret_key", { hdr: H("X-Config-Ref"), q: "ref" }),
  S("AWS Secrets Manager ARN reference", "saas", "DB_CREDENTIALS_SECRET_ARN", (g) => j("arn:aws:secretsmanager:eu-west-1:", acct(), ":secret:prod/orders/db-", g.alnum(6)), { hdr: H("X-Config-Ref"), q: "ref" }),
  S("env interpolation placeholder", "saas", "OPENAI_API_KEY", () => "${OPENAI_API_KEY}", { hdr: H("X-Config-Ref"), q: "ref" }),
  S("masked key", "saas", "ANTHROPIC_API_KEY", (g) => j("sk-ant-", "••••••••••••", g.alnum(4)), { hdr: H("X-Key-Hint"), q: "hint" }),
  S("angle-bracket placeholder", "saas", "GITHUB_TOKEN", () => "<your-github-token>", { hdr: H("X-Config-Ref"), q: "ref" }),
  S("redacted by CI", "saas", "SLACK_BOT_TOKEN", () => "***", { hdr: H("X-Config-Ref"), q: "ref" }),
  S("Azure Key Vault reference", "saas", "SQL_PASSWORD", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.example.net/secrets/sql-password/)", { hdr: H("X-Config-Ref"), q: "ref" }),
  S("GCP Secret Manager resource name", "saas", "API_SIGNING_SECRET", () => "projects/acme-prod/secrets/api-signing-secret/versions/latest", { hdr: H("X-Config-Ref"), q: "ref" }),
  S("build id", "saas", "NEXT_BUILD_ID", (g) => g.b64url(21), { hdr: H("X-Build-Id"), q: "build" }),
];

const rotated = rotate(specs, g, { idPrefix: "y102-b-", n: 60, offset: 5, stride: 3, label: "benign", pool });

const b64 = (n: number) => g.rawb64(n);
const pem = (label: string, n: number) => `-----BEGIN ${label}-----\n${g.pemBody(n)}\n-----END ${label}-----`;
const sopsEnc = (n: number) => `ENC[AES256_GCM,data:${b64(n)},iv:${b64(32)},tag:${b64(16)},type:str]`;

const handcrafted: [string, string, string][] = [
  ["", "package-lock.json entries with sha512 integrity", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.example.com/lodash/-/lodash-4.17.21.tgz", integrity: `sha512-${b64(64)}` }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.example.com/zod/-/zod-3.23.8.tgz", integrity: `sha512-${b64(64)}` } } }, null, 2)],
  ["", "yarn.lock checksums", `"react@npm:^18.3.1":\n  version: 18.3.1\n  resolution: "react@npm:18.3.1"\n  checksum: 10c0/${g.hex(128)}\n  languageName: node\n  linkType: hard\n`],
  ["", "go.sum lines", `example.com/acme/uuid v1.6.0 h1:${b64(32)}\nexample.com/acme/uuid v1.6.0/go.mod h1:${b64(32)}\nexample.org/x/sync v0.8.0 h1:${b64(32)}\n`],
  ["", "Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://index.example.com/crates"\nchecksum = "${g.hex(64)}"\n`],
  ["", "HTML script tags with SRI hashes", `<script src="https://cdn.example.com/htmx/2.0.3/htmx.min.js" integrity="sha384-${b64(48)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="https://cdn.example.com/pico.css" integrity="sha256-${b64(32)}">`],
  ["", "authorized_keys with ed25519 and RSA public keys", `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${b64(32)} dana@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${b64(384)} ci@build-01\n`],
  ["", "PEM certificate in a chat completion body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `is this cert expired?\n${pem("CERTIFICATE", 900)}` }] })],
  ["", "PEM public key in JWT verifier config", `jwt:\n  issuer: https://auth.example.com/\n  public_key: |\n${pem("PUBLIC KEY", 294).split("\n").map((l) => "    " + l).join("\n")}\n`],
  ["", "PGP public key block in a README", `## Verifying releases\n\nImport our signing key:\n\n\`\`\`\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${g.pemBody(600)}\n=${g.b64(4)}\n-----END PGP PUBLIC KEY BLOCK-----\n\`\`\`\n`],
  ["", "git log --oneline output and GPG verification", `$ git log --show-signature -1\ncommit ${g.hex(40)}\ngpg: Signature made Tue 11 Mar 2025 10:02:11 CET\ngpg:                using EDDSA key ${g.HEX(40)}\ngpg: Good signature from "Dana Ops <dana@example.com>"\nAuthor: Dana Ops <dana@example.com>\n\n    fix: retry on 429\n\n$ git log --oneline -3\n${g.hex(7)} fix: retry on 429\n${g.hex(7)} chore: bump deps\n${g.hex(7)} feat: export csv\n`],
  ["", "docker pull output with digests", `$ docker pull registry.example.com/acme/api:2.3.1\n2.3.1: Pulling from acme/api\n${g.hex(12)}: Pull complete\n${g.hex(12)}: Pull complete\nDigest: sha256:${g.hex(64)}\nStatus: Downloaded newer image for registry.example.com/acme/api:2.3.1\n`],
  ["", "k8s Deployment pinned by image digest", `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    metadata:\n      annotations:\n        checksum/config: ${g.hex(64)}\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/acme/api@sha256:${g.hex(64)}\n`],
  ["", "base64 PNG data URI in Markdown", `![logo](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA${b64(420)})`],
  ["", "minified JS chunk with hashed names", `"use strict";(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[${g.digits(3)}],{${g.digits(5)}:function(e,t,n){n.d(t,{Z:function(){return r}});var r="${g.b64url(32)}",o=n(${g.digits(4)});e.exports={buildId:"${g.b64url(21)}",hash:"${g.hex(20)}"}}}]);`],
  ["", "CSS modules hashed class names", `.Button_root__${g.b64url(5)}{display:inline-flex}.Button_primary__${g.b64url(5)}{background:#0a7}.Card_wrap__${g.b64url(5)} .Card_title__${g.b64url(5)}{font-weight:600}\n`],
  ["", "Bitnami SealedSecret encryptedData", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-env\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${b64(400).replace(/=+$/, "")}\n    DATABASE_URL: AgC${b64(420).replace(/=+$/, "")}\n`],
  ["", "SOPS-encrypted YAML", `db_password: ${sopsEnc(24)}\nstripe_secret_key: ${sopsEnc(80)}\nsops:\n  age:\n    - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        ${b64(48)}\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: "2025-02-11T10:22:31Z"\n  mac: ${sopsEnc(32)}\n  version: 3.9.1\n`],
  ["", "ansible-vault ciphertext", `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 5 }, () => "  " + g.hex(80)).join("\n")}\n`],
  ["", "ExternalSecret referencing a secret store", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api\nspec:\n  secretStoreRef:\n    name: aws-secrets-manager\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/billing/stripe\n        property: secret_key\n`],
  ["", "GitHub Actions using secrets context", `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: ./deploy.sh\n        env:\n          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n`],
  ["", ".env.example with placeholders in a chat body", JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "does this .env.example look complete?\n\nOPENAI_API_KEY=sk-proj-your-key-here\nANTHROPIC_API_KEY=\nSTRIPE_SECRET_KEY=" + "sk_" + "live_" + "x".repeat(24) + "\nGITHUB_TOKEN=<github-personal-access-token>\nDATABASE_URL=postgres://user:password@db.example.test:5432/app\n" }] })],
  ["", "CI log with masked values", `2025-03-14T09:12:44Z ##[group]Run ./deploy.sh\n2025-03-14T09:12:44Z env:\n2025-03-14T09:12:44Z   AWS_SECRET_ACCESS_KEY: ***\n2025-03-14T09:12:44Z   NPM_TOKEN: ***\n2025-03-14T09:12:44Z   IMAGE_TAG: ${g.hex(40)}\n2025-03-14T09:12:44Z ##[endgroup]\n`],
  ["", "terraform plan with sensitive values hidden", `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "orders-prod"\n      ~ password = (sensitive value)\n        arn      = "arn:aws:rds:eu-west-1:${acct()}:db:orders-prod"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n`],
  ["", "Stripe webhook event body (object ids only)", JSON.stringify({ id: j("evt", "_1", g.alnum(23)), object: "event", type: "payment_intent.succeeded", data: { object: { id: j("pi", "_3", g.alnum(23)), customer: j("cus", "_", g.alnum(14)), latest_charge: j("ch", "_3", g.alnum(23)), payment_method: j("pm", "_1", g.alnum(23)), amount: 4200, currency: "eur" } } })],
  ["", "OpenAI chat completion response", JSON.stringify({ id: j("chat", "cmpl-", g.alnum(29)), object: "chat.completion", created: 1741939200, model: "gpt-4o-2024-08-06", system_fingerprint: j("fp", "_", g.hex(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] })],
  ["", "Anthropic response with tool_use ids", JSON.stringify({ id: j("msg", "_01", g.alnum(22)), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: j("tool", "u_01", g.alnum(22)), name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use" })],
  ["", "aws sts get-caller-identity output", JSON.stringify({ UserId: j("AR", "OA", g.b32(17), ":ci-session"), Account: acct(), Arn: `arn:aws:sts::${acct()}:assumed-role/ci-deployer/ci-session` }, null, 4)],
  ["", "az account show output", JSON.stringify({ environmentName: "AzureCloud", id: g.uuid(), isDefault: true, name: "Acme Production", state: "Enabled", tenantId: g.uuid(), user: { name: "ops@example.com", type: "user" } }, null, 2)],
  ["", "Ethereum transaction receipt", JSON.stringify({ jsonrpc: "2.0", id: 1, result: { transactionHash: j("0x", g.hex(64)), blockHash: j("0x", g.hex(64)), blockNumber: "0x13a2b4c", from: j("0x", g.hex(40)), to: j("0x", g.hex(40)), status: "0x1", logsBloom: j("0x", g.hex(512)) } })],
  ["", "OTLP span JSON", JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: g.hex(32), spanId: g.hex(16), parentSpanId: g.hex(16), name: "GET /api/orders", kind: 2, startTimeUnixNano: "1741939200000000000" }] }] }] })],
  ["", "HTTP response headers with ids", `HTTP/2 200\ncontent-type: application/json\netag: "${g.hex(32)}"\nx-request-id: ${g.uuid()}\nx-amz-request-id: ${g.upper(16)}\nx-amz-id-2: ${b64(57)}\ncf-ray: ${g.hex(16)}-FRA\nx-amz-cf-id: ${g.b64url(56)}==\n`],
  ["", "Spring config with vault placeholders", `spring.datasource.url=jdbc:postgresql://pg.example.test:5432/app\nspring.datasource.username=\${vault.db.username}\nspring.datasource.password=\${vault.db.password}\napp.jwt.secret=\${JWT_SECRET}\n`],
  ["", "aws secretsmanager describe-secret output", JSON.stringify({ ARN: `arn:aws:secretsmanager:eu-west-1:${acct()}:secret:prod/api/stripe-${g.alnum(6)}`, Name: "prod/api/stripe", VersionIdsToStages: { [g.uuid()]: ["AWSCURRENT"], [g.uuid()]: ["AWSPREVIOUS"] }, KmsKeyId: `arn:aws:kms:eu-west-1:${acct()}:key/${g.uuid()}` }, null, 2)],
  ["", "pip requirements with --hash", `requests==2.32.3 \\\n    --hash=sha256:${g.hex(64)} \\\n    --hash=sha256:${g.hex(64)}\nurllib3==2.2.3 \\\n    --hash=sha256:${g.hex(64)}\n`],
  ["", "Nix flake.lock narHash", JSON.stringify({ nodes: { nixpkgs: { locked: { lastModified: 1741000000, narHash: `sha256-${b64(32)}`, owner: "NixOS", repo: "nixpkgs", rev: g.hex(40), type: "github" } } }, root: "root", version: 7 }, null, 2)],
  ["", "GraphQL persisted query hash in URL", `https://api.example.com/graphql?operationName=GetOrders&variables=%7B%22first%22%3A20%7D&extensions=%7B%22persistedQuery%22%3A%7B%22version%22%3A1%2C%22sha256Hash%22%3A%22${g.hex(64)}%22%7D%7D`],
  ["", "JWKS public keys document", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.b64url(43), alg: "RS256", n: g.b64url(342), e: "AQAB" }, { kty: "EC", use: "sig", kid: g.b64url(43), crv: "P-256", x: g.b64url(43), y: g.b64url(43) }] })],
  ["", "SAML IdP metadata with X509Certificate", `<md:EntityDescriptor entityID="https://idp.example.com/saml"><md:IDPSSODescriptor><md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIC${b64(700)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor></md:IDPSSODescriptor></md:EntityDescriptor>`],
  ["", "source map mappings", JSON.stringify({ version: 3, file: "main.js", sources: ["src/main.ts"], names: ["init", "client"], mappings: Array.from({ length: 8 }, () => g.str(12, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")).join(";") + ",AAAA", debugId: g.uuid() })],
  ["", "sha256sum output of release artifacts", `${g.hex(64)}  app-linux-amd64.tar.gz\n${g.hex(64)}  app-darwin-arm64.tar.gz\n${g.hex(64)}  app-windows-amd64.zip\n`],
  ["", "Python session printing uuid and hashes", `>>> import uuid, hashlib\n>>> uuid.uuid4()\nUUID('${g.uuid()}')\n>>> hashlib.sha1(b"release-2025.03").hexdigest()\n'${g.hex(40)}'\n>>> secrets_dir = "/run/secrets"\n`],
  ["", "ConfigMap with non-secret settings and checksum annotation", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api-config\n  annotations:\n    config.example.com/hash: "${g.hex(64)}"\ndata:\n  LOG_LEVEL: info\n  FEATURE_FLAGS: new-billing\n  OTEL_EXPORTER_OTLP_ENDPOINT: http://otel-collector.example.test:4318\n`],
  ["", "Helm index.yaml chart digests", `apiVersion: v1\nentries:\n  api:\n    - name: api\n      version: 1.9.0\n      digest: ${g.hex(64)}\n      created: "2025-03-01T10:00:00Z"\n      urls:\n        - https://charts.example.com/api-1.9.0.tgz\n`],
  ["", "Sigstore/cosign bundle with public material", JSON.stringify({ mediaType: "application/vnd.dev.sigstore.bundle+json;version=0.2", verificationMaterial: { x509CertificateChain: { certificates: [{ rawBytes: `MIIC${b64(600)}` }] }, tlogEntries: [{ logIndex: "123456789", logId: { keyId: b64(32) } }] }, messageSignature: { messageDigest: { algorithm: "SHA2_256", digest: b64(32) }, signature: `MEUCIQ${b64(64)}` } })],
];

export const cases: CorpusCase[] = [...rotated, ...hand("y102-bk-", "benign", handcrafted)];
