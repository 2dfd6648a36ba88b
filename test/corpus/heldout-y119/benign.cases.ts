// Benign look-alikes: ids, digests, public material, references, placeholders, masks, ciphertext.
// Rotated values sit only in slots whose names say what they are (never key/token/secret/password).
import type { CorpusCase } from "../types.ts";
import { B32, BECH, Gen, LD, LO, RENDERERS, UD, hand, j, rotate, type Hand, type Spec } from "./_gen.ts";

const g = new Gen(0x119b3);

const EXCLUDE = new Set([
  "x-www-form-urlencoded body",
  "Slack chat.postMessage handing the credential over",
  "k8s Secret stringData via kubectl_apply tool",
  "k8s Secret base64 data",
  "Markdown setup doc in a PR body",
  "issue comment (multilingual) with helm values",
  "Terraform state attributes",
  "email via transactional send API",
]);
const SAFE = RENDERERS.filter((r) => !EXCLUDE.has(r.name));
const CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

const specs: Spec[] = [
  { p: "git commit SHA", g: "devtools", slot: "GIT_COMMIT", hdr: "X-Commit-Sha: %s", param: "commit", v: (r) => r.hex(40) },
  { p: "SHA-256 artifact digest", g: "devtools", slot: "ARTIFACT_SHA256", hdr: "X-Artifact-Sha256: %s", param: "sha256", v: (r) => r.hex(64) },
  { p: "OCI image digest", g: "devtools", slot: "IMAGE_DIGEST", hdr: "Docker-Content-Digest: %s", param: "digest", v: (r) => j("sha256:", r.hex(64)) },
  { p: "SRI hash of a script", g: "devtools", slot: "SCRIPT_INTEGRITY", hdr: "X-Script-Integrity: %s", param: "integrity", v: (r) => j("sha384-", r.b64(64)) },
  { p: "request id UUID", g: "devtools", slot: "REQUEST_ID", hdr: "X-Request-Id: %s", param: "request_id", v: (r) => r.uuid() },
  { p: "W3C traceparent", g: "observability", slot: "TRACEPARENT", hdr: "traceparent: %s", param: "traceparent", v: (r) => j("00-", r.hex(32), "-", r.hex(16), "-01") },
  { p: "Stripe customer id", g: "payment", slot: "STRIPE_CUSTOMER_ID", hdr: "X-Customer-Id: %s", param: "customer", v: (r) => j("cus", "_", r.s(14)) },
  { p: "Stripe price id", g: "payment", slot: "STRIPE_PRICE_ID", hdr: "X-Price-Id: %s", param: "price", v: (r) => j("price", "_1", r.s(23)) },
  { p: "Stripe PaymentIntent id", g: "payment", slot: "PAYMENT_INTENT_ID", hdr: "X-Payment-Intent: %s", param: "payment_intent", v: (r) => j("pi", "_3", r.s(23)) },
  { p: "Stripe connected account id", g: "payment", slot: "STRIPE_ACCOUNT_ID", hdr: "Stripe-Account: %s", param: "account", v: (r) => j("acct", "_1", r.s(15)) },
  { p: "Stripe webhook endpoint id", g: "payment", slot: "STRIPE_WEBHOOK_ENDPOINT_ID", hdr: "X-Endpoint-Id: %s", param: "endpoint", v: (r) => j("we", "_1", r.s(23)) },
  { p: "OpenAI chat completion id", g: "ai", slot: "LAST_COMPLETION_ID", hdr: "X-Completion-Id: %s", param: "completion_id", v: (r) => j("chatcmpl-", r.s(29)) },
  { p: "Anthropic message id", g: "ai", slot: "MESSAGE_ID", hdr: "X-Message-Id: %s", param: "message_id", v: (r) => j("msg", "_01", r.s(22)) },
  { p: "OpenAI file id", g: "ai", slot: "TRAINING_FILE_ID", hdr: "X-File-Id: %s", param: "file_id", v: (r) => j("file-", r.s(22)) },
  { p: "OpenAI assistant id", g: "ai", slot: "ASSISTANT_ID", hdr: "X-Assistant-Id: %s", param: "assistant_id", v: (r) => j("asst", "_", r.s(24)) },
  { p: "OpenAI organization id", g: "ai", slot: "OPENAI_ORG_ID", hdr: "OpenAI-Organization: %s", param: "organization", v: (r) => j("org-", r.s(24)) },
  { p: "Vercel project id", g: "cloud", slot: "VERCEL_PROJECT_ID", hdr: "X-Project-Id: %s", param: "projectId", v: (r) => j("prj", "_", r.s(28)) },
  { p: "Vercel team id", g: "cloud", slot: "VERCEL_ORG_ID", hdr: "X-Team-Id: %s", param: "teamId", v: (r) => j("team", "_", r.s(24)) },
  { p: "AWS account id", g: "cloud", slot: "AWS_ACCOUNT_ID", hdr: "X-Account-Id: %s", param: "account_id", v: (r) => r.d(12) },
  { p: "AWS KMS key ARN", g: "cloud", slot: "KMS_KEY_ARN", hdr: "X-Kms-Arn: %s", param: "kms_arn", v: (r) => `arn:aws:kms:eu-west-1:${r.d(12)}:key/${r.uuid()}` },
  { p: "Azure tenant id", g: "cloud", slot: "AZURE_TENANT_ID", hdr: "X-Tenant-Id: %s", param: "tenant", v: (r) => r.uuid() },
  { p: "Azure application (client) id", g: "cloud", slot: "AZURE_CLIENT_ID", hdr: "X-Client-Id: %s", param: "client_id", v: (r) => r.uuid() },
  { p: "Google OAuth client id", g: "cloud", slot: "GOOGLE_CLIENT_ID", hdr: "X-Client-Id: %s", param: "client_id", v: (r) => j(r.d(12), "-", r.s(32, LD), ".apps.googleusercontent.com") },
  { p: "GitHub App installation id", g: "devtools", slot: "GITHUB_INSTALLATION_ID", hdr: "X-Installation-Id: %s", param: "installation_id", v: (r) => r.d(8) },
  { p: "Slack channel id", g: "comms", slot: "SLACK_CHANNEL_ID", hdr: "X-Channel: %s", param: "channel", v: (r) => j("C0", r.s(9, UD)) },
  { p: "Discord guild snowflake", g: "comms", slot: "DISCORD_GUILD_ID", hdr: "X-Guild-Id: %s", param: "guild_id", v: (r) => r.d(19) },
  { p: "MongoDB ObjectId", g: "data", slot: "TENANT_OBJECT_ID", hdr: "X-Tenant: %s", param: "tenant_id", v: (r) => r.hex(24) },
  { p: "ULID order id", g: "data", slot: "ORDER_ULID", hdr: "X-Order-Id: %s", param: "order_id", v: (r) => j("01J", r.s(23, CROCK)) },
  { p: "KSUID event id", g: "data", slot: "EVENT_ID", hdr: "X-Event-Id: %s", param: "event_id", v: (r) => j("2", r.s(26)) },
  { p: "nanoid share slug", g: "saas", slot: "SHARE_ID", hdr: "X-Share-Id: %s", param: "share", v: (r) => r.b64u(21) },
  { p: "HTTP ETag", g: "devtools", slot: "LAST_ETAG", hdr: 'If-None-Match: "%s"', param: "etag", v: (r) => r.hex(32) },
  { p: "npm package integrity", g: "devtools", slot: "PACKAGE_INTEGRITY", hdr: "X-Integrity: %s", param: "integrity", v: (r) => j("sha512-", r.b64(86), "==") },
  { p: "Go module h1 hash", g: "devtools", slot: "MODULE_SUM", hdr: "X-Go-Checksum: %s", param: "sum", v: (r) => j("h1:", r.b64(43), "=") },
  { p: "Terraform provider zh hash", g: "devtools", slot: "PROVIDER_HASH", hdr: "X-Provider-Hash: %s", param: "hash", v: (r) => j("zh:", r.hex(64)) },
  { p: "Git LFS object id", g: "devtools", slot: "LFS_OID", hdr: "X-Lfs-Oid: %s", param: "oid", v: (r) => r.hex(64) },
  { p: "Kubernetes pod UID", g: "cloud", slot: "POD_UID", hdr: "X-Pod-Uid: %s", param: "uid", v: (r) => r.uuid() },
  { p: "Ethereum contract address", g: "payment", slot: "CONTRACT_ADDRESS", hdr: "X-Contract: %s", param: "address", v: (r) => j("0x", r.s(40, "0123456789abcdefABCDEF")) },
  { p: "Ethereum transaction hash", g: "payment", slot: "DEPLOY_TX_HASH", hdr: "X-Tx-Hash: %s", param: "txhash", v: (r) => j("0x", r.hex(64)) },
  { p: "Bitcoin payout address", g: "payment", slot: "PAYOUT_ADDRESS", hdr: "X-Payout-Address: %s", param: "address", v: (r) => j("bc1q", r.s(38, BECH)) },
  { p: "Solana program id", g: "payment", slot: "PROGRAM_ID", hdr: "X-Program-Id: %s", param: "program", v: (r) => r.s(44, B58) },
  { p: "SSH host key fingerprint", g: "keys", slot: "SSH_HOST_FINGERPRINT", hdr: "X-Host-Fingerprint: %s", param: "fingerprint", v: (r) => j("SHA256:", r.b64(43)) },
  { p: "GPG key fingerprint", g: "keys", slot: "GPG_FINGERPRINT", hdr: "X-Gpg-Fingerprint: %s", param: "fingerprint", v: (r) => r.HEX(40) },
  { p: "age recipient (public key)", g: "keys", slot: "SOPS_AGE_RECIPIENTS", hdr: "X-Age-Recipient: %s", param: "recipient", v: (r) => j("age1", r.s(58, BECH)) },
  { p: "WireGuard peer public key", g: "keys", slot: "WG_PEER_PUBLIC_KEY", hdr: "X-Peer-Public-Key: %s", param: "peer_public_key", v: (r) => j(r.b64(43), "=") },
  { p: "webpack bundle content hash", g: "devtools", slot: "BUNDLE_HASH", hdr: "X-Bundle-Hash: %s", param: "v", v: (r) => r.hex(20) },
  { p: "PKCE code_challenge (S256)", g: "auth", slot: "PKCE_CODE_CHALLENGE", hdr: "X-Code-Challenge: %s", param: "code_challenge", v: (r) => r.b64u(43) },
  { p: "GitHub Actions run id", g: "devtools", slot: "GITHUB_RUN_ID", hdr: "X-Run-Id: %s", param: "run_id", v: (r) => r.d(11) },
  { p: "GitHub GraphQL node id", g: "devtools", slot: "REPO_NODE_ID", hdr: "X-Node-Id: %s", param: "node_id", v: (r) => j("R_kgDO", r.b64u(8)) },
  { p: "Cloudflare zone id", g: "cloud", slot: "CF_ZONE_ID", hdr: "X-Zone-Id: %s", param: "zone_id", v: (r) => r.hex(32) },
  { p: "Cloudflare account id", g: "cloud", slot: "CLOUDFLARE_ACCOUNT_ID", hdr: "X-Account-Id: %s", param: "account_id", v: (r) => r.hex(32) },
  { p: "Algolia application id", g: "saas", slot: "ALGOLIA_APP_ID", hdr: "X-Algolia-Application-Id: %s", param: "app_id", v: (r) => r.s(10, UD) },
  { p: "Supabase project ref", g: "cloud", slot: "SUPABASE_PROJECT_REF", hdr: "X-Project-Ref: %s", param: "ref", v: (r) => r.s(20, LO) },
  { p: "S3 multipart ETag", g: "cloud", slot: "UPLOAD_ETAG", hdr: 'If-Match: "%s"', param: "etag", v: (r) => j(r.hex(32), "-", String(r.range(2, 40))) },
  { p: "Docker container id", g: "devtools", slot: "CONTAINER_ID", hdr: "X-Container-Id: %s", param: "container", v: (r) => r.hex(64) },
  { p: "Sentry event id", g: "observability", slot: "SENTRY_EVENT_ID", hdr: "X-Sentry-Event: %s", param: "event_id", v: (r) => r.hex(32) },
  { p: "OpenTelemetry span id", g: "observability", slot: "PARENT_SPAN_ID", hdr: "X-Span-Id: %s", param: "span_id", v: (r) => r.hex(16) },
  { p: "Confluent Kafka cluster id", g: "data", slot: "KAFKA_CLUSTER_ID", hdr: "X-Cluster-Id: %s", param: "cluster", v: (r) => j("lkc-", r.s(6, LD)) },
  { p: "Postgres URL without password", g: "data", slot: "DATABASE_URL", kind: "url", v: (r) => `postgres://readonly@db-${r.s(6, LD)}.example.net:5432/analytics?sslmode=verify-full` },
  { p: "Redis URL without auth", g: "data", slot: "REDIS_URL", kind: "url", cli: "redis-cli -u", v: (r) => `redis://cache-${r.d(3)}.example.com:6379/${r.range(0, 9)}` },
  { p: "own webhook receiver endpoint", g: "comms", slot: "WEBHOOK_RECEIVER_URL", kind: "hook", v: (r) => `https://api.example.com/webhooks/inbound/${r.s(6, LD)}` },
];

// ---------------------------------------------------------------------------------------------
const certB = (r: Gen) => {
  const b = "MIIDdzCCAl+gAwIBAgIU" + r.b64(1104);
  return `-----BEGIN CERTIFICATE-----\n${b.match(/.{1,64}/g)!.join("\n")}\n-----END CERTIFICATE-----`;
};
const pubB = (r: Gen) => {
  const b = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + r.b64(348) + "IDAQAB";
  return `-----BEGIN PUBLIC KEY-----\n${b.match(/.{1,64}/g)!.join("\n")}\n-----END PUBLIC KEY-----`;
};
const sshPub = (r: Gen, who: string) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(43)} ${who}`;
const sha = (r: Gen) => r.hex(40);

const hs: Hand[] = [
  {
    g: "benign", note: "env references (${VAR}, op://) instead of values; chat with pasted .env",
    text: (r) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `Is this the right way to keep keys out of the repo?\n\n\`\`\`\nOPENAI_API_KEY=\${OPENAI_API_KEY}\nSTRIPE_SECRET_KEY=op://Engineering/Stripe/credential\nDATABASE_URL=op://Engineering/Postgres prod/connection string\nBUILD_SHA=${sha(r)}\n\`\`\`` }] }),
  },
  {
    g: "benign", note: "GitHub Actions workflow using ${{ secrets.* }} references",
    text: (r) => `name: release\non: { push: { tags: ["v*"] } }\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${sha(r)} # v4.2.2\n      - uses: actions/setup-node@v4\n        with: { node-version: 22, registry-url: "https://registry.npmjs.org" }\n      - run: npm publish --provenance\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n`,
  },
  {
    g: "benign", note: ".npmrc with env-var interpolated auth token; gist",
    text: () => JSON.stringify({ files: { ".npmrc": { content: "@acme:registry=https://npm.pkg.example.com/\n//npm.pkg.example.com/:_authToken=${NPM_TOKEN}\n" } } }),
  },
  {
    g: "benign", note: "k8s Deployment env from secretKeyRef; kubectl_apply tool call",
    text: (r) => JSON.stringify({ jsonrpc: "2.0", id: 8, method: "tools/call", params: { name: "kubectl_apply", arguments: { manifest: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.com/api@sha256:${r.hex(64)}\n          env:\n            - name: STRIPE_SECRET_KEY\n              valueFrom:\n                secretKeyRef: { name: stripe, key: secret-key }\n` } } }),
  },
  {
    g: "benign", note: "ExternalSecret manifest referencing remote keys",
    text: () => `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: app-secrets\nspec:\n  refreshInterval: 1h\n  secretStoreRef: { name: aws-sm, kind: ClusterSecretStore }\n  target: { name: app-secrets }\n  data:\n    - secretKey: DATABASE_PASSWORD\n      remoteRef: { key: prod/app/db, property: password }\n    - secretKey: OPENAI_API_KEY\n      remoteRef: { key: prod/app/openai }\n`,
  },
  {
    g: "benign", note: "CloudFormation dynamic references to SSM / Secrets Manager",
    text: (r) => `Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUsername: app\n      MasterUserPassword: '{{resolve:secretsmanager:arn:aws:secretsmanager:eu-west-1:${r.d(12)}:secret:prod/db-AbCdEf:SecretString:password}}'\n      KmsKeyId: arn:aws:kms:eu-west-1:${r.d(12)}:key/${r.uuid()}\n  Api:\n    Properties:\n      Environment:\n        Variables:\n          API_TOKEN: '{{resolve:ssm-secure:/prod/api/token:3}}'\n`,
  },
  {
    g: "benign", note: "Vault agent template referencing secret paths",
    text: () => `template {\n  destination = "/etc/app/env"\n  contents = <<EOT\n{{ with secret "kv/data/prod/app" }}\nDB_PASSWORD={{ .Data.data.db_password }}\nAPI_KEY={{ .Data.data.api_key }}\n{{ end }}\nEOT\n}\n`,
  },
  {
    g: "benign", note: "SOPS-encrypted YAML (ENC[...] values + sops metadata); chat",
    text: (r) => JSON.stringify({ messages: [{ role: "user", content: `sops -d fails with 'no key could decrypt', file:\n\ndb_password: ENC[AES256_GCM,data:${r.b64(24)},iv:${r.b64(43)}=,tag:${r.b64(22)}==,type:str]\napi_key: ENC[AES256_GCM,data:${r.b64(52)},iv:${r.b64(43)}=,tag:${r.b64(22)}==,type:str]\nsops:\n    age:\n        - recipient: age1${r.s(58, BECH)}\n    lastmodified: "2025-04-02T09:11:20Z"\n    mac: ENC[AES256_GCM,data:${r.b64(88)},iv:${r.b64(43)}=,tag:${r.b64(22)}==,type:str]\n    version: 3.9.1` }] }),
  },
  {
    g: "benign", note: "Ansible Vault encrypted file; MCP read_file",
    text: (r) => JSON.stringify({ jsonrpc: "2.0", id: 2, result: { content: [{ type: "text", text: `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => r.hex(80)).join("\n")}\n` }] } }),
  },
  {
    g: "benign", note: "Bitnami SealedSecret encryptedData (ciphertext)",
    text: (r) => `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api\n  namespace: prod\nspec:\n  encryptedData:\n    OPENAI_API_KEY: AgB${r.b64(680)}==\n    DATABASE_URL: AgC${r.b64(720)}==\n`,
  },
  {
    g: "benign", note: "AWS KMS encrypt CLI output (CiphertextBlob)",
    text: (r) => JSON.stringify({ type: "tool_result", tool_use_id: "toolu_01" + r.s(22), content: JSON.stringify({ CiphertextBlob: `AQICAHh${r.b64(240)}==`, KeyId: `arn:aws:kms:us-east-1:${r.d(12)}:key/${r.uuid()}`, EncryptionAlgorithm: "SYMMETRIC_DEFAULT" }, null, 2) }),
  },
  {
    g: "benign", note: "placeholders in a config template (sk-..., <your-key>, xxxx, changeme)",
    text: () => JSON.stringify({ messages: [{ role: "user", content: "Write the README section for config:\n\n```yaml\nopenai:\n  api_key: sk-...your-key-here...\nstripe:\n  secret_key: <your-stripe-secret-key>\nslack:\n  bot_token: xoxb-xxxxxxxxxxxx-xxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxx\ndatabase:\n  password: changeme\n```" }] }),
  },
  {
    g: "benign", note: ".env.example with empty values and comments; diff",
    text: () => `--- /dev/null\n+++ b/.env.example\n@@ -0,0 +1,6 @@\n+# copy to .env and fill in\n+ANTHROPIC_API_KEY=\n+GITHUB_TOKEN=\n+DATABASE_URL=postgres://user:password@localhost:5432/app\n+REDIS_URL=redis://localhost:6379\n+SESSION_SECRET=\n`,
  },
  {
    g: "benign", note: "masked values from a secrets listing (last 4 chars kept)",
    text: (r) => `$ doppler secrets --only-names=false --raw=false\n┌───────────────────┬──────────────────────────┐\n│ NAME              │ VALUE                    │\n├───────────────────┼──────────────────────────┤\n│ OPENAI_API_KEY    │ sk-proj-••••••••${r.s(4)}     │\n│ STRIPE_SECRET_KEY │ sk_live_••••••••${r.s(4)}     │\n│ DATABASE_URL      │ postgres://app:••••@db…  │\n└───────────────────┴──────────────────────────┘`,
  },
  {
    g: "benign", note: "GitHub Actions log with *** masked secrets; chat (German)",
    text: (r) => JSON.stringify({ messages: [{ role: "user", content: `Warum schlägt der Login fehl? Log:\n\n2025-05-02T08:11:02.1Z Run docker/login-action@v3\n2025-05-02T08:11:02.2Z   with:\n2025-05-02T08:11:02.2Z     username: acmebot\n2025-05-02T08:11:02.2Z     password: ***\n2025-05-02T08:11:03.9Z Error: Error response from daemon: unauthorized\n2025-05-02T08:11:04.0Z GITHUB_SHA=${sha(r)}` }] }),
  },
  {
    g: "benign", note: "redacted Authorization header in a debug log",
    text: (r) => `DEBUG http.client: send: 'POST /v1/chat/completions HTTP/1.1\\r\\nHost: api.example.com\\r\\nAuthorization: Bearer [REDACTED]\\r\\nX-Request-Id: ${r.uuid()}\\r\\nContent-Length: ${r.range(200, 900)}\\r\\n'`,
  },
  {
    g: "benign", note: "PEM certificate chain pasted to debug TLS",
    text: (r) => JSON.stringify({ messages: [{ role: "user", content: `openssl s_client shows 'unable to get local issuer certificate'. Chain we serve:\n\n${certB(r)}\n${certB(r)}` }] }),
  },
  {
    g: "benign", note: "PEM public key for JWT verification in gateway config",
    text: (r) => `jwt:\n  issuer: https://id.example.com\n  audience: api\n  public_key: |\n${pubB(r).split("\n").map((l) => "    " + l).join("\n")}\n`,
  },
  {
    g: "benign", note: "authorized_keys with SSH public keys; cloud-init ssh_authorized_keys",
    text: (r) => `#cloud-config\nusers:\n  - name: deploy\n    ssh_authorized_keys:\n      - ${sshPub(r, "alice@laptop")}\n      - ${sshPub(r, "ci@build")}\n      - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r.b64(500)} bob@desktop\n`,
  },
  {
    g: "benign", note: "known_hosts lines (hashed hostnames + host public keys)",
    text: (r) => `$ cat ~/.ssh/known_hosts\n|1|${r.b64(27)}=|${r.b64(27)}= ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(43)}\n|1|${r.b64(27)}=|${r.b64(27)}= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${r.b64(87)}=\n`,
  },
  {
    g: "benign", note: "PGP public key block for release verification",
    text: (r) => `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG${r.b64(58)}\n${Array.from({ length: 10 }, () => r.b64(64)).join("\n")}\n=${r.b64(4)}\n-----END PGP PUBLIC KEY BLOCK-----\n`,
  },
  {
    g: "benign", note: "JWKS document with public RSA keys (n, e only)",
    text: (r) => JSON.stringify({ keys: [{ kty: "RSA", use: "sig", alg: "RS256", kid: r.b64u(43), n: r.b64u(342), e: "AQAB" }, { kty: "EC", use: "sig", crv: "P-256", kid: r.b64u(43), x: r.b64u(43), y: r.b64u(43) }] }),
  },
  {
    g: "benign", note: "git commit object with gpgsig (public signature) in chat",
    text: (r) => `git cat-file -p HEAD says:\n\ntree ${sha(r)}\nparent ${sha(r)}\nauthor Dana <dana@example.com> 1736412345 +0100\ncommitter Dana <dana@example.com> 1736412345 +0100\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQIzBAABCAAdFiEE${r.b64(48)}\n ${r.b64(64)}\n ${r.b64(64)}\n =${r.b64(4)}\n -----END PGP SIGNATURE-----\n\nfix: retry on 429\n\nwhy does GitHub show it as unverified?`,
  },
  {
    g: "benign", note: "package-lock.json excerpt with integrity hashes",
    text: (r) => JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/axios": { version: "1.7.7", resolved: "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz", integrity: `sha512-${r.b64(86)}==` }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${r.b64(86)}==` } } }, null, 2),
  },
  {
    g: "benign", note: "go.sum lines",
    text: (r) => `github.com/google/uuid v1.6.0 h1:${r.b64(43)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${r.b64(43)}=\ngolang.org/x/crypto v0.31.0 h1:${r.b64(43)}=\n`,
  },
  {
    g: "benign", note: "Cargo.lock checksums",
    text: (r) => `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.hex(64)}"\n`,
  },
  {
    g: "benign", note: ".terraform.lock.hcl provider hashes",
    text: (r) => `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.72.1"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${r.b64(43)}=",\n    "zh:${r.hex(64)}",\n    "zh:${r.hex(64)}",\n  ]\n}\n`,
  },
  {
    g: "benign", note: "requirements.txt with --hash pins; tool_use write_file",
    text: (r) => JSON.stringify({ type: "tool_use", id: "toolu_01" + r.s(22), name: "write_file", input: { path: "requirements.txt", content: `requests==2.32.3 \\\n    --hash=sha256:${r.hex(64)} \\\n    --hash=sha256:${r.hex(64)}\nurllib3==2.2.3 \\\n    --hash=sha256:${r.hex(64)}\n` } }),
  },
  {
    g: "benign", note: "git log with SHAs; MCP result",
    text: (r) => JSON.stringify({ jsonrpc: "2.0", id: 31, result: { content: [{ type: "text", text: Array.from({ length: 5 }, (_, i) => `${sha(r)} ${["fix: handle empty cart", "chore: bump deps", "feat: add export", "test: flaky retry", "docs: api"][i]}`).join("\n") }] } }),
  },
  {
    g: "benign", note: "base64 PNG data URI in an HTML email template",
    text: (r) => `<table><tr><td><img alt="logo" width="120" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAHgAAAAeCAYAAAA${r.b64(600)}AAAAAElFTkSuQmCC"></td></tr></table>`,
  },
  {
    g: "benign", note: "CSS-module / emotion hashed class names in a DOM snapshot",
    text: (r) => `<div class="Button_root__${r.s(5)} css-${r.s(7, LD)}"><span class="Icon_icon__${r.s(5)}"></span><span class="sc-${r.s(6)} ${r.s(6)}">Save</span></div>`,
  },
  {
    g: "benign", note: "Stripe webhook event JSON (object ids only) forwarded to local handler",
    text: (r) => JSON.stringify({ id: j("evt", "_1", r.s(23)), object: "event", type: "payment_intent.succeeded", data: { object: { id: j("pi", "_3", r.s(23)), amount: 4200, currency: "eur", customer: j("cus", "_", r.s(14)), latest_charge: j("ch", "_3", r.s(23)), payment_method: j("pm", "_1", r.s(23)) } }, request: { id: j("req", "_", r.s(14)), idempotency_key: r.uuid() } }),
  },
  {
    g: "benign", note: "OpenAI response JSON (chatcmpl id, system_fingerprint) echoed in tool result",
    text: (r) => JSON.stringify({ type: "tool_result", tool_use_id: "toolu_01" + r.s(22), content: JSON.stringify({ id: "chatcmpl-" + r.s(29), object: "chat.completion", created: r.epoch(), model: "gpt-4o-2024-08-06", system_fingerprint: "fp_" + r.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 5 } }) }),
  },
  {
    g: "benign", note: "aws sts get-caller-identity output (user id, account, ARN)",
    text: (r) => JSON.stringify({ UserId: j("AI", "DA", r.s(17, B32)), Account: r.d(12), Arn: `arn:aws:iam::${r.d(12)}:user/ci-deployer` }, null, 2),
  },
  {
    g: "benign", note: "aws s3api head-object output (ETag, VersionId)",
    text: (r) => JSON.stringify({ AcceptRanges: "bytes", LastModified: "2025-03-01T10:00:00+00:00", ContentLength: r.range(1000, 999999), ETag: `"${r.hex(32)}"`, VersionId: r.b64u(32), ContentType: "application/gzip", ServerSideEncryption: "aws:kms", SSEKMSKeyId: `arn:aws:kms:eu-west-1:${r.d(12)}:key/${r.uuid()}` }, null, 2),
  },
  {
    g: "benign", note: "GitHub webhook delivery forwarded (X-Hub-Signature-256 HMAC of payload, not the secret)",
    text: (r) => `POST /hooks/github HTTP/1.1\r\nHost: localhost:3000\r\nX-GitHub-Event: push\r\nX-GitHub-Delivery: ${r.uuid()}\r\nX-Hub-Signature-256: sha256=${r.hex(64)}\r\nContent-Type: application/json\r\n\r\n{"ref":"refs/heads/main","after":"${sha(r)}"}`,
  },
  {
    g: "benign", note: "Stripe-Signature header (timestamped HMAC of payload) in a replayed request",
    text: (r) => `curl -X POST http://localhost:4242/webhook -H 'Stripe-Signature: t=${r.epoch()},v1=${r.hex(64)}' -H 'Content-Type: application/json' --data @event.json`,
  },
  {
    g: "benign", note: "Git LFS pointer file",
    text: (r) => `version https://git-lfs.github.com/spec/v1\noid sha256:${r.hex(64)}\nsize ${r.range(100000, 90000000)}\n`,
  },
  {
    g: "benign", note: "docker images --digests output",
    text: (r) => `REPOSITORY                       TAG     DIGEST                                                                    IMAGE ID       SIZE\nregistry.example.com/api         1.8.2   sha256:${r.hex(64)}   ${r.hex(12)}   182MB\nregistry.example.com/worker      1.8.2   sha256:${r.hex(64)}   ${r.hex(12)}   201MB\n`,
  },
  {
    g: "benign", note: "Keycloak realm export with masked client secret",
    text: (r) => JSON.stringify({ realm: "acme", clients: [{ clientId: "billing", id: r.uuid(), secret: "**********", redirectUris: ["https://billing.example.com/*"], publicClient: false }] }),
  },
  {
    g: "benign", note: "1Password CLI item output with concealed field",
    text: (r) => `$ op item get "Stripe prod"\nID:          ${r.s(26, LD)}\nTitle:       Stripe prod\nVault:       Engineering (${r.s(26, LD)})\nFields:\n  username:  billing@example.com\n  credential:    [use 'op item get ${r.s(26, LD)} --reveal' to reveal]\n`,
  },
  {
    g: "benign", note: "crash report with redacted locals",
    text: (r) => JSON.stringify({ event_id: r.hex(32), platform: "python", exception: { values: [{ type: "HTTPError", value: "401 Unauthorized", stacktrace: { frames: [{ function: "charge", vars: { api_key: "[Filtered]", customer_id: j("cus", "_", r.s(14)), amount: 1999 } }] } }] } }),
  },
  {
    g: "benign", note: "Jupyter notebook output cells with UUIDs and digests",
    text: (r) => JSON.stringify({ cells: [{ cell_type: "code", execution_count: 3, source: ["run = client.get_run(run_id)\n", "run.info"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`<RunInfo: run_id='${r.hex(32)}', experiment_id='${r.d(18)}', artifact_uri='s3://mlflow/${r.hex(32)}/artifacts', status='FINISHED'>`] } }] }], nbformat: 4, nbformat_minor: 5 }),
  },
  {
    g: "benign", note: "Terraform plan output with (sensitive value) masks and ids",
    text: (r) => `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id        = "db-${r.s(26, UD)}"\n      ~ password  = (sensitive value)\n        kms_key_id = "arn:aws:kms:eu-west-1:${r.d(12)}:key/${r.uuid()}"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`,
  },
];


export const cases: CorpusCase[] = [
  ...rotate(g, specs, { prefix: "y119-b", label: "benign", offset: 5, renderers: SAFE }),
  ...hand(g, "y119-bh", hs),
];
