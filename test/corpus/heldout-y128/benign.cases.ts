// Benign look-alikes: digests, ids, public keys, certificates, publishable keys, references to
// secret stores, placeholders, masks and encrypted blobs. Ids/digests only ever sit in slots whose
// names do not say "secret"; references, placeholders, masks and ciphertext may sit in secret slots
// because the text itself is not a credential.
import type { CorpusCase } from "../types.ts";
import { Gen, j, b64, hc, keys, pad, wrap, type BSpec, rotateBenign } from "./_gen.ts";

const g = new Gen(0x128c04);
const B = (key: string, what: string, slot: string, make: (g: Gen) => string, o: Partial<BSpec> = {}): BSpec => ({ key, what, slot, make, ...o });
const CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const specs: BSpec[] = [
  B("git-sha", "git commit SHA", "GIT_COMMIT_SHA", (g) => g.hex(40), { header: "X-Build-Commit: {v}", param: "commit" }),
  B("release-ver", "release version with short SHA", "RELEASE_VERSION", (g) => `2.${g.int(30)}.${g.int(9)}+g${g.hex(9)}`, { header: "X-App-Version: {v}" }),
  B("artifact-sha256", "artifact SHA-256 checksum", "ARTIFACT_SHA256", (g) => g.hex(64), { header: "X-Checksum-Sha256: {v}", param: "sha256" }),
  B("image-digest", "container image digest", "IMAGE_DIGEST", (g) => `sha256:${g.hex(64)}`, { header: "Docker-Content-Digest: {v}" }),
  B("traceparent", "W3C traceparent", "TRACEPARENT", (g) => `00-${g.hex(32)}-${g.hex(16)}-01`, { header: "traceparent: {v}" }),
  B("request-id", "request id (UUID)", "REQUEST_ID", (g) => g.uuid(), { header: "X-Request-Id: {v}" }),
  B("etag", "HTTP ETag", "CACHED_ETAG", (g) => `"${g.hex(32)}"`, { header: "If-None-Match: {v}" }),
  B("amz-content-sha", "SigV4 payload hash", "PAYLOAD_SHA256", (g) => g.hex(64), { header: "x-amz-content-sha256: {v}" }),
  B("sri", "subresource integrity hash", "ASSET_INTEGRITY", (g) => `sha384-${g.b64(64)}`),
  B("npm-integrity", "npm package integrity", "PACKAGE_INTEGRITY", (g) => `sha512-${g.b64(86)}==`),
  B("stripe-cus", "Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => j("cus", "_", g.an(14)), { param: "customer" }),
  B("stripe-price", "Stripe price id", "STRIPE_PRICE_ID", (g) => j("price", "_1", g.an(23)), { param: "price" }),
  B("stripe-pk", "Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (g) => j("pk", "_live_", "51", g.an(97))),
  B("chatcmpl", "OpenAI completion id", "LAST_COMPLETION_ID", (g) => j("chatcmpl", "-", g.an(29))),
  B("anthropic-msg", "Anthropic message id", "MESSAGE_ID", (g) => j("msg", "_01", g.an(22))),
  B("openai-file", "OpenAI file id", "TRAINING_FILE_ID", (g) => j("file", "-", g.an(22))),
  B("openai-asst", "OpenAI assistant id", "ASSISTANT_ID", (g) => j("asst", "_", g.an(24))),
  B("openai-org", "OpenAI organization id", "OPENAI_ORG_ID", (g) => j("org", "-", g.an(24)), { header: "OpenAI-Organization: {v}" }),
  B("openai-proj-id", "OpenAI project id", "OPENAI_PROJECT_ID", (g) => j("proj", "_", g.an(24)), { header: "OpenAI-Project: {v}" }),
  B("slack-channel", "Slack channel id", "SLACK_CHANNEL_ID", (g) => `C0${g.up(9)}`, { param: "channel" }),
  B("discord-channel", "Discord channel snowflake", "DISCORD_CHANNEL_ID", (g) => g.dig(19)),
  B("gh-node", "GitHub repository node id", "REPO_NODE_ID", (g) => `R_kgDO${g.b64u(6)}`),
  B("azure-tenant", "Azure tenant id", "AZURE_TENANT_ID", (g) => g.uuid()),
  B("azure-sub", "Azure subscription id", "AZURE_SUBSCRIPTION_ID", (g) => g.uuid()),
  B("aws-role-arn", "AWS IAM role ARN", "AWS_ROLE_ARN", (g) => `arn:aws:iam::${g.dig(12)}:role/github-actions-deploy`),
  B("gcp-project-number", "GCP project number", "GOOGLE_CLOUD_PROJECT_NUMBER", (g) => g.dig(12)),
  B("google-client-id", "Google OAuth client id", "GOOGLE_CLIENT_ID", (g) => `${g.dig(12)}-${g.low(32)}.apps.googleusercontent.com`, { param: "client_id" }),
  B("ulid", "ULID event id", "EVENT_ID", (g) => `01J${g.str(23, CROCK)}`),
  B("ksuid", "KSUID job id", "JOB_ID", (g) => g.an(27)),
  B("sentry-event", "Sentry event id", "SENTRY_EVENT_ID", (g) => g.hex(32)),
  B("cf-ray", "Cloudflare Ray ID", "CF_RAY", (g) => `${g.hex(16)}-${g.pick(["FRA", "IAD", "NRT", "GRU", "AMS"])}`, { header: "cf-ray: {v}" }),
  B("ssh-fp", "SSH host key fingerprint", "SSH_HOST_FINGERPRINT", (g) => `SHA256:${g.b64(43)}`),
  B("gpg-fp", "GPG key fingerprint", "GPG_FINGERPRINT", (g) => g.HEX(40)),
  B("bundle", "hashed bundle filename", "MAIN_BUNDLE", (g) => `main.${g.hex(20)}.js`),
  B("pkce", "PKCE code_challenge", "CODE_CHALLENGE", (g) => g.b64u(43), { param: "code_challenge" }),
  B("ipfs", "IPFS CID", "IPFS_CID", (g) => `bafybei${g.str(52, "abcdefghijklmnopqrstuvwxyz234567")}`),
  B("eth-addr", "Ethereum contract address", "CONTRACT_ADDRESS", (g) => `0x${g.hex(40)}`),
  B("eth-tx", "Ethereum transaction hash", "DEPLOY_TX_HASH", (g) => `0x${g.hex(64)}`),
  B("btc-addr", "Bitcoin bech32 address", "PAYOUT_ADDRESS", (g) => `bc1q${g.bech(38)}`),
  B("sol-program", "Solana program id", "PROGRAM_ID", (g) => g.b58(44)),
  B("age-recipient", "age recipient (public key)", "AGE_RECIPIENT", (g) => `age1${g.bech(58)}`),
  B("wg-pub", "WireGuard peer public key", "WG_PEER_PUBLIC_KEY", (g) => g.b64bytes(32)),
  B("container-id", "Docker container id", "CONTAINER_ID", (g) => g.hex(64)),
  B("pod-uid", "Kubernetes pod uid", "POD_UID", (g) => g.uuid()),
  B("tf-lineage", "Terraform state lineage", "TF_STATE_LINEAGE", (g) => g.uuid()),
  B("s3-version", "S3 object version id", "S3_VERSION_ID", (g) => g.b64u(32), { param: "versionId" }),
  B("lfs-oid", "Git LFS object id", "LFS_OBJECT_OID", (g) => `sha256:${g.hex(64)}`),
  B("gh-sig", "GitHub webhook signature", "WEBHOOK_SIGNATURE", (g) => `sha256=${g.hex(64)}`, { header: "X-Hub-Signature-256: {v}" }),
  B("stripe-sig", "Stripe-Signature header value", "STRIPE_SIGNATURE_HEADER", (g) => `t=${g.epoch()},v1=${g.hex(64)}`, { header: "Stripe-Signature: {v}" }),
  B("content-md5", "Content-MD5", "CONTENT_MD5", (g) => g.b64bytes(16), { header: "Content-MD5: {v}" }),
  // references, placeholders, masks, ciphertext (secret-named slots are fine: the text is no credential)
  B("vault-ref", "Vault reference", "STRIPE_SECRET_KEY", () => "vault:secret/data/prod/stripe#secret_key", { cfg: true }),
  B("op-ref", "1Password secret reference", "OPENAI_API_KEY", () => "op://Engineering/OpenAI Prod/credential", { cfg: true }),
  B("gha-expr", "GitHub Actions secrets expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}", { cfg: true }),
  B("sm-arn", "AWS Secrets Manager ARN", "DB_PASSWORD_SECRET_ARN", (g) => `arn:aws:secretsmanager:eu-west-1:${g.dig(12)}:secret:prod/db/password-${g.an(6)}`, { cfg: true }),
  B("kv-ref", "Azure Key Vault reference", "SENDGRID_API_KEY", () => "@Microsoft.KeyVault(SecretUri=https://acme-prod-kv.vault.example.net/secrets/sendgrid-api-key/)", { cfg: true }),
  B("placeholder-words", "placeholder", "ANTHROPIC_API_KEY", () => "your-anthropic-api-key-here", { cfg: true }),
  B("placeholder-x", "x-filled placeholder in token shape", "GITHUB_TOKEN", () => j("gh", "p_", "x".repeat(36)), { cfg: true }),
  B("mask-stripe", "masked key (last four)", "STRIPE_SECRET_KEY", (g) => j("sk", "_live_", "*".repeat(24), g.an(4)), { cfg: true }),
  B("mask-stars", "masked password", "DB_PASSWORD", () => "********", { cfg: true }),
  B("sops-value", "SOPS-encrypted value", "API_TOKEN", (g) => `ENC[AES256_GCM,data:${g.b64(40)}=,iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]`, { cfg: true }),
  B("interp", "env interpolation in a URL", "DATABASE_URL", () => "postgres://app:${DB_PASSWORD}@db.example.com:5432/app", { cfg: true }),
  B("kms-blob", "KMS ciphertext blob", "SLACK_BOT_TOKEN_CIPHERTEXT", (g) => `AQICAHh${g.b64(37)}${g.b64(160)}==`, { cfg: true }),
  B("redacted", "redacted value", "SENTRY_AUTH_TOKEN", () => "[REDACTED]", { cfg: true }),
];

const out: CorpusCase[] = rotateBenign(g, specs, "b", 5);
let n = 0;
const add = (text: string, note: string): void => {
  n += 1;
  out.push(hc(`y128-bk-${pad(n)}`, "benign", text, note));
};
const chat = (text: string): string => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: text }] });
const mcp = (text: string): string => JSON.stringify({ jsonrpc: "2.0", id: 21, result: { content: [{ type: "text", text }], isError: false } });
const tool = (name: string, input: object): string => JSON.stringify({ type: "tool_use", id: `toolu_01${g.an(22)}`, name, input });

add(tool("write_file", { path: "/home/deploy/.ssh/authorized_keys", content: `${keys.sshEd25519Pub(g, "alice@laptop")}\n${keys.sshRsaPub(g, "ci@build-02")}\n` }), "benign: SSH public keys in authorized_keys (tool_use write_file)");
add(chat(`${"Is this chain in the right order? nginx says the cert doesn't match."}\n\n${keys.cert(g)}\n${keys.cert(g)}`), "benign: PEM certificate chain pasted into a chat body");
add(`JWT_ISSUER=https://auth.example.com/\nJWT_PUBLIC_KEY="${keys.rsaPublic(g).split("\n").join("\\n")}"\nJWT_AUDIENCE=api`, "benign: RSA public key (PEM) for JWT verification in .env");
add(mcp(`$ curl -s https://auth.example.com/.well-known/jwks.json\n${JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(16), alg: "RS256", n: g.b64u(342), e: "AQAB" }, { kty: "EC", crv: "P-256", use: "sig", kid: g.hex(16), x: g.b64u(43), y: g.b64u(43) }] }, null, 2)}`), "benign: public JWKS (RSA n/e and EC x/y, no private members) in an MCP result");
add(JSON.stringify({ description: "release signing public key", public: true, files: { "KEYS.asc": { content: `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${wrap(b64(Uint8Array.from([0x99, 0x01, 0x8d, 0x04, ...g.bytes(400)])), 64)}\n=${g.b64(4)}\n-----END PGP PUBLIC KEY BLOCK-----\n` } } }), "benign: PGP public key block in a public gist");
add(`-----BEGIN AGE ENCRYPTED FILE-----\n${wrap(b64(Buffer.concat([Buffer.from(`age-encryption.org/v1\n-> X25519 ${g.b64(43)}\n${g.b64(43)}\n--- ${g.b64(43)}\n`), Buffer.from(g.bytes(180))])), 64)}\n-----END AGE ENCRYPTED FILE-----`, "benign: age-armored encrypted file");
add(chat(`can you decrypt this for me? I lost the key\n\n-----BEGIN PGP MESSAGE-----\n\n${wrap(b64(Uint8Array.from([0x84, 0x5e, 0x03, ...g.bytes(300)])), 64)}\n=${g.b64(4)}\n-----END PGP MESSAGE-----`), "benign: PGP encrypted message in a chat body");
add(`# secrets/prod.enc.yaml\ndatabase:\n    password: ENC[AES256_GCM,data:${g.b64(24)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nstripe:\n    secret_key: ENC[AES256_GCM,data:${g.b64(140)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n    age:\n        - recipient: age1${g.bech(58)}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${wrap(g.b64(256), 64).split("\n").join("\n            ")}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2026-02-14T10:02:11Z"\n    mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n    version: 3.9.4`, "benign: SOPS-encrypted YAML with age recipient and mac");
add(tool("write_file", { path: "group_vars/prod/vault.yml", content: `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 10 }, () => g.hex(80)).join("\n")}\n` }), "benign: ansible-vault encrypted file in tool_use write_file");
add(`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.b64(680)}\n    DATABASE_URL: AgC${g.b64(700)}\n  template:\n    metadata:\n      name: api-credentials`, "benign: Bitnami SealedSecret with encryptedData ciphertext");
add(`example.com/acme/awsutil v1.30.3 h1:${g.b64(43)}=\nexample.com/acme/awsutil v1.30.3/go.mod h1:${g.b64(43)}=\nexample.org/x/crypto v0.25.0 h1:${g.b64(43)}=\nexample.org/x/crypto v0.25.0/go.mod h1:${g.b64(43)}=`, "benign: go.sum h1: hashes");
add(JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/axios": { version: "1.7.2", resolved: "https://registry.example.com/axios/-/axios-1.7.2.tgz", integrity: `sha512-${g.b64(86)}==` }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.example.com/zod/-/zod-3.23.8.tgz", integrity: `sha512-${g.b64(86)}==` } } }, null, 2), "benign: package-lock.json integrity hashes");
add(`"@babel/core@^7.24.0":\n  version "7.24.7"\n  resolved "https://registry.example.org/@babel/core/-/core-7.24.7.tgz#${g.hex(40)}"\n  integrity sha512-${g.b64(86)}==\n\nlodash@^4.17.21:\n  version "4.17.21"\n  resolved "https://registry.example.org/lodash/-/lodash-4.17.21.tgz#${g.hex(40)}"\n  integrity sha512-${g.b64(86)}==`, "benign: yarn.lock resolved hashes and integrity");
add(`[[package]]\nname = "serde"\nversion = "1.0.204"\nsource = "sparse+https://index.example.org/crates/"\nchecksum = "${g.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.39.2"\nsource = "sparse+https://index.example.org/crates/"\nchecksum = "${g.hex(64)}"`, "benign: Cargo.lock checksums");
add(`requests==2.32.3 \\\n    --hash=sha256:${g.hex(64)} \\\n    --hash=sha256:${g.hex(64)}\nurllib3==2.2.2 \\\n    --hash=sha256:${g.hex(64)}`, "benign: pip requirements --hash pins");
add(mcp(`$ git log --oneline -5\n${Array.from({ length: 5 }, (_, i) => `${g.hex(7)} ${["fix: retry on 502", "feat: add export", "chore: bump deps", "docs: readme", "refactor: split client"][i]}`).join("\n")}\n$ git rev-parse HEAD\n${g.hex(40)}`), "benign: git log/rev-parse output (SHAs) in an MCP result");
add(`name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${g.hex(40)} # v4.1.7\n      - uses: actions/setup-node@${g.hex(40)} # v4.0.3\n      - run: npm ci && npm publish\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}`, "benign: workflow pinning actions by SHA, token via secrets expression");
add(mcp(`$ kubectl get pod api-7f9c8d-x2k4q -o yaml | head -20\nmetadata:\n  name: api-7f9c8d-x2k4q\n  uid: ${g.uuid()}\n  resourceVersion: "${g.dig(9)}"\nstatus:\n  containerStatuses:\n  - containerID: containerd://${g.hex(64)}\n    image: registry.example.com/acme/api:1.42.0\n    imageID: registry.example.com/acme/api@sha256:${g.hex(64)}`), "benign: kubectl pod YAML with uid, container id and image digest");
add(`$ docker images --digests\nREPOSITORY                      TAG     DIGEST                                                                    IMAGE ID       SIZE\nregistry.example.com/acme/api   1.42.0  sha256:${g.hex(64)}   ${g.hex(12)}   212MB\nredis                           7       sha256:${g.hex(64)}   ${g.hex(12)}   117MB`, "benign: docker images --digests output");
add(`Terraform will perform the following actions:\n\n  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "db-${g.up(26)}"\n      ~ password = (sensitive value)\n        tags     = {}\n    }\n\n  # aws_secretsmanager_secret_version.api will be created\n  + resource "aws_secretsmanager_secret_version" "api" {\n      + secret_id     = "arn:aws:secretsmanager:eu-west-1:${g.dig(12)}:secret:prod/api-${g.an(6)}"\n      + secret_string = (sensitive value)\n    }`, "benign: terraform plan with (sensitive value) placeholders and resource ids");
add(chat(`what do I put in here?\n\n.env.example\nOPENAI_API_KEY=\nSTRIPE_SECRET_KEY=sk_live_...\nDATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB\nSLACK_BOT_TOKEN=xoxb-your-token\nJWT_SECRET=change-me-to-a-long-random-string`), "benign: .env.example placeholders in a chat body");
add(`$ vercel env ls production\n\n name                     value        environments   created\n DATABASE_URL             Encrypted    Production     3d ago\n STRIPE_SECRET_KEY        Encrypted    Production     3d ago\n NEXT_PUBLIC_SITE_URL     Encrypted    Production     12d ago`, "benign: `vercel env ls` output showing only Encrypted");
add(JSON.stringify({ object: "list", data: [{ id: g.uuid(), name: "backend", redacted_value: j("sk", "_live_", "...", g.an(4)), created: g.epoch(), last_used: null }] }), "benign: API key listing with only a redacted value and key object id");
add(`sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db-prod.example.com" (10.0.3.17), port 5432 failed: FATAL:  password authentication failed for user "billing"\nengine url: postgresql+psycopg2://billing:***@db-prod.example.com:5432/billing`, "benign: SQLAlchemy error with masked password in the URL");
add(JSON.stringify({ "main.js": `/static/js/main.${g.hex(8)}.js`, "main.css": `/static/css/main.${g.hex(8)}.css`, "vendors.js": `/static/js/vendors.${g.hex(20)}.chunk.js`, runtime: `/static/js/runtime.${g.hex(8)}.js` }, null, 2), "benign: webpack asset manifest with content hashes");
add(JSON.stringify({ version: 3, file: "main.js", sources: ["src/index.ts", "src/client.ts"], names: ["fetch", "retry", "client"], mappings: Array.from({ length: 30 }, () => g.str(4 + g.int(5), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")).join(",") + ";" + Array.from({ length: 20 }, () => g.str(4 + g.int(6), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")).join(",") }), "benign: source map mappings");
add(`.logo { background-image: url("data:image/png;base64,${b64(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...g.bytes(300)]))}"); }`, "benign: base64 PNG data URI in CSS");
add(`<!doctype html>\n<html><head>\n<meta http-equiv="Content-Security-Policy" content="script-src 'nonce-${g.b64(22)}=='">\n<script src="https://cdn.example.com/lib.min.js" integrity="sha384-${g.b64(64)}" crossorigin="anonymous"></script>\n<script nonce="${g.b64(22)}==">window.__BUILD__="${g.hex(40)}"</script>\n</head></html>`, "benign: HTML with CSP nonce, SRI integrity and build SHA");
add(`GET https://auth.example.com/authorize?response_type=code&client_id=${g.an(32)}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&scope=openid%20profile&state=${g.b64u(32)}&code_challenge=${g.b64u(43)}&code_challenge_method=S256`, "benign: OAuth authorize URL with public client_id, state and PKCE challenge");
add(JSON.stringify({ channel: "C0" + g.up(9), text: `can someone add my key to the bastion?\n\n${keys.sshEd25519Pub(g, "maria@acme-mbp")}` }), "benign: SSH public key shared in a chat message");
add(`dependencies:\n- name: postgresql\n  repository: oci://registry.example.com/charts\n  version: 15.5.20\n- name: redis\n  repository: oci://registry.example.com/charts\n  version: 19.6.4\ndigest: sha256:${g.hex(64)}\ngenerated: "2026-02-03T11:22:33.000000+01:00"`, "benign: Helm Chart.lock digest");
add(JSON.stringify({ jsonrpc: "2.0", id: 1, result: { transactionHash: `0x${g.hex(64)}`, blockHash: `0x${g.hex(64)}`, blockNumber: "0x13a5f2c", from: `0x${g.hex(40)}`, to: `0x${g.hex(40)}`, gasUsed: "0x5208", logsBloom: `0x${"0".repeat(200)}${g.hex(56)}`, status: "0x1" } }), "benign: Ethereum transaction receipt (hashes and addresses)");
add(JSON.stringify({ nodes: { nixpkgs: { locked: { lastModified: g.epoch(), narHash: `sha256-${g.b64(43)}=`, owner: "NixOS", repo: "nixpkgs", rev: g.hex(40), type: "github" } } }, root: "root", version: 7 }, null, 2), "benign: flake.lock narHash and rev");
add(`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n      - name: api\n        image: registry.example.com/acme/api@sha256:${g.hex(64)}\n        env:\n        - name: STRIPE_SECRET_KEY\n          valueFrom:\n            secretKeyRef:\n              name: stripe\n              key: secret-key\n        - name: DATABASE_URL\n          valueFrom:\n            secretKeyRef: {name: db, key: url}`, "benign: Deployment with secretKeyRef references and an image digest");
add(JSON.stringify({ credsStore: "osxkeychain", credHelpers: { "123456789012.dkr.ecr.eu-west-1.example.com": "ecr-login", "europe-docker.example.net": "gcloud" }, auths: { "registry.example.com": {} } }, null, 2), "benign: docker config.json using credential helpers, no auth values");
add(tool("write_file", { path: ".npmrc", content: "@acme:registry=https://npm.pkg.example.com/\n//npm.pkg.example.com/:_authToken=${NPM_TOKEN}\n" }), "benign: .npmrc with an ${NPM_TOKEN} reference (tool_use write_file)");
add(`-----BEGIN CERTIFICATE REQUEST-----\n${wrap(b64(Uint8Array.from([0x30, 0x82, 0x02, 0x9a, 0x30, 0x82, 0x01, 0x82, 0x02, 0x01, 0x00, ...g.bytes(640)])), 64)}\n-----END CERTIFICATE REQUEST-----`, "benign: PEM certificate signing request");
add(chat(`Our wallet's public addresses for the invoice footer:\nBTC: bc1q${g.bech(38)}\nETH: 0x${g.hex(40)}\nSOL: ${g.b58(44)}`), "benign: public crypto addresses in a chat body");

export const cases: CorpusCase[] = out;
