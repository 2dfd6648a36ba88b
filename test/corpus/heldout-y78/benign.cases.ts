// heldout-y78 benign: hard look-alikes in the same outbound contexts (no live secret anywhere).
import type { CorpusCase } from "../types.ts";
import { Gen, renderers, type Slot } from "./_gen.ts";

const g = new Gen(0x7804);
const j = (...p: string[]) => p.join("");

// Renderers whose surrounding text does not itself declare the slot to be a credential.
const SAFE = new Set([
  "openai chat body, pasted .env", "anthropic tool_use write_file .env", "openai tool_calls shell export", "mcp tool result echoed",
  "shell export", "docker run -e", "raw http request headers", "url query string in access log", "multipart body", "json request body",
  ".env diff", "docker-compose yaml", "helm values", "toml config", "ini config", "java properties", "appsettings.json", "xml config",
  "typescript code", "go code", "ruby code", "php code", "rust code", "github actions log", "shell history", "python crash dump locals",
  "jupyter notebook", "markdown doc", "github actions workflow", "dockerfile", "cli flags in tool call",
]);
const R = renderers.filter(([n]) => SAFE.has(n));

const slotKinds: [string, () => Slot[]][] = [
  ["git commit SHA", () => [["GIT_SHA", g.h(40)]]],
  ["build commit + short sha", () => [["BUILD_COMMIT", g.h(40)], ["BUILD_SHORT_SHA", g.h(7)]]],
  ["container image digest", () => [["IMAGE_DIGEST", "sha256:" + g.h(64)]]],
  ["artifact sha256", () => [["ARTIFACT_SHA256", g.h(64)]]],
  ["trace/span id", () => [["TRACE_ID", g.h(32)], ["SPAN_ID", g.h(16)]]],
  ["request id uuid", () => [["REQUEST_ID", g.uuid()]]],
  ["azure tenant/subscription ids", () => [["AZURE_TENANT_ID", g.uuid()], ["AZURE_SUBSCRIPTION_ID", g.uuid()]]],
  ["stripe object ids", () => [["STRIPE_CUSTOMER_ID", j("cus", "_", g.a(14))], ["STRIPE_PRICE_ID", j("price", "_", g.a(24))]]],
  ["openai assistant/thread ids", () => [["OPENAI_ASSISTANT_ID", j("asst", "_", g.a(24))], ["OPENAI_THREAD_ID", j("thread", "_", g.a(24))]]],
  ["anthropic message id", () => [["LAST_MESSAGE_ID", j("msg", "_01", g.a(22))]]],
  ["masked key", () => [["OPENAI_API_KEY", j("sk-", "proj-", "****************************", g.a(4))]]],
  ["masked stripe key", () => [["STRIPE_SECRET_KEY", j("sk", "_live_", "...", "XXXX")]]],
  ["angle placeholder", () => [["ANTHROPIC_API_KEY", "<your-anthropic-api-key>"]]],
  ["shell var reference", () => [["GITHUB_TOKEN", "${GITHUB_TOKEN}"], ["NPM_TOKEN", "${NPM_TOKEN:?missing}"]]],
  ["actions secrets expression", () => [["SLACK_WEBHOOK_URL", "${{ secrets.SLACK_WEBHOOK_URL }}"]]],
  ["vault reference", () => [["DATABASE_PASSWORD", "vault:secret/data/prod/orders-db#password"]]],
  ["1password reference", () => [["STRIPE_SECRET_KEY", "op://Production/Stripe/credential"]]],
  ["aws secrets manager arn", () => [["DB_SECRET_ARN", `arn:aws:secretsmanager:eu-west-1:${g.d(12)}:secret:prod/orders/db-${g.a(6)}`]]],
  ["azure key vault reference", () => [["SENDGRID_API_KEY", "@Microsoft.KeyVault(SecretUri=https://acme-prod-kv.vault.azure.net/secrets/sendgrid-api-key/)"]]],
  ["gcp secret manager path", () => [["OPENAI_API_KEY_SECRET", `projects/acme-prod-${g.d(6)}/secrets/openai-api-key/versions/latest`]]],
  ["ssm parameter path", () => [["DATADOG_API_KEY_PARAM", "/prod/observability/datadog/api_key"]]],
  ["sops encrypted value", () => [["STRIPE_SECRET_KEY", `ENC[AES256_GCM,data:${g.b(64)},iv:${g.b(43)}=,tag:${g.b(22)}==,type:str]`]]],
  ["npm integrity", () => [["LOCK_INTEGRITY", "sha512-" + g.b(86) + "=="]]],
  ["cache key", () => [["CACHE_KEY", `Linux-node-modules-${g.h(64)}`]]],
  ["mongo object id", () => [["ORDER_ID", g.h(24)]]],
  ["aws role arn + account", () => [["AWS_ROLE_ARN", `arn:aws:iam::${g.d(12)}:role/github-deploy`], ["AWS_REGION", "eu-west-1"]]],
  ["file md5", () => [["UPLOAD_MD5", g.h(32)]]],
  ["etag", () => [["LAST_ETAG", `W/"${g.h(32)}"`]]],
  ["slack channel + discord channel ids", () => [["SLACK_CHANNEL_ID", j("C0", g.u(9))], ["DISCORD_CHANNEL_ID", g.d(19)]]],
  ["sentry release sha", () => [["SENTRY_RELEASE", `storefront@${g.h(40)}`]]],
  ["jwks key id", () => [["JWKS_KID", g.ub(43)]]],
  ["age public recipient", () => [["SOPS_AGE_RECIPIENTS", j("age1", g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))]]],
  ["ethereum address", () => [["TREASURY_ADDRESS", "0x" + g.h(40)]]],
  ["empty secret to be filled", () => [["MAILGUN_API_KEY", ""], ["MAILGUN_DOMAIN", "mg.acme.io"]]],
  ["xxx placeholder", () => [["TWILIO_AUTH_TOKEN", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]]],
  ["git tree/blob sha", () => [["TREE_SHA", g.h(40)], ["BLOB_SHA", g.h(40)]]],
  ["otel traceparent", () => [["TRACEPARENT", `00-${g.h(32)}-${g.h(16)}-01`]]],
  ["build id uuid + run number", () => [["BUILD_ID", g.uuid()], ["RUN_NUMBER", String(g.range(100, 9999))]]],
  ["chatcmpl + req ids", () => [["COMPLETION_ID", j("chatcmpl-", g.a(29))], ["UPSTREAM_REQUEST_ID", j("req", "_", g.h(32))]]],
  ["content hash of asset", () => [["ASSET_HASH", g.h(20)], ["BUNDLE", `main.${g.h(8)}.js`]]],
  ["redacted dsn", () => [["DATABASE_URL", "postgres://orders:********@db-prod-1.internal:5432/orders"]]],
  ["env reference in url", () => [["REDIS_URL", "redis://default:${REDIS_PASSWORD}@cache.internal:6379"]]],
  ["k8s secretKeyRef name", () => [["DB_PASSWORD_SECRET_NAME", "orders-db-credentials"], ["DB_PASSWORD_SECRET_KEY", "password"]]],
  ["docs placeholder token", () => [["HF_TOKEN", "hf_YOUR_TOKEN_HERE"]]],
  ["gpg key fingerprint", () => [["GPG_KEY_FINGERPRINT", g.H(40)]]],
  ["ssh host key fingerprint", () => [["HOST_FINGERPRINT", "SHA256:" + g.b(43)]]],
  ["ulid ids", () => [["EVENT_ID", g.str(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")]]],
  ["bitcoin txid", () => [["SETTLEMENT_TXID", g.h(64)]]],
  ["semver + checksum", () => [["CLI_VERSION", "2.14.3"], ["CLI_SHA256", g.h(64)]]],
  ["gcp project + sa email", () => [["GCP_PROJECT", `acme-prod-${g.d(6)}`], ["GCP_SA_EMAIL", `deployer@acme-prod-${g.d(6)}.iam.gserviceaccount.com`]]],
  ["persisted query hash", () => [["GRAPHQL_PERSISTED_QUERY_HASH", g.h(64)]]],
  ["vercel project/org ids", () => [["VERCEL_ORG_ID", j("team", "_", g.a(24))], ["VERCEL_PROJECT_ID", j("prj", "_", g.a(28))]]],
  ["sealed secret ciphertext", () => [["ENCRYPTED_DB_PASSWORD", j("AgB", g.b(340), "==")]]],
];

const gen: CorpusCase[] = [];
slotKinds.forEach(([what, mk], i) => {
  const [ctx, r] = R[(i * 7) % R.length]!;
  gen.push({ id: `y78-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty78-benign", label: "benign", text: r(mk(), g), note: `${what}; ${ctx}` });
});

const pemBody = (n: number) => Array.from({ length: n }, () => g.b(64)).join("\n");
const hand: [string, string][] = [
  ["ssh public key in authorized_keys via tool call", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b(43)} ci@build-01\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b(300)}= alice@laptop\n` } })],
  ["PEM certificate in chat body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `why does nginx say "no start line"? here's the cert:\n-----BEGIN CERTIFICATE-----\n${pemBody(14)}\n${g.b(40)}==\n-----END CERTIFICATE-----` }] })],
  ["PEM public key in JS", `export const WEBHOOK_VERIFY_KEY = \`-----BEGIN PUBLIC KEY-----\n${pemBody(6)}\n${g.b(8)}\n-----END PUBLIC KEY-----\`;`],
  ["JWKS public key set", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", alg: "RS256", kid: g.ub(43), n: g.ub(342), e: "AQAB" }] }, null, 2)],
  ["SOPS-encrypted yaml file", `stripe:\n    secret_key: ENC[AES256_GCM,data:${g.b(120)},iv:${g.b(43)}=,tag:${g.b(22)}==,type:str]\nsops:\n    kms: []\n    age:\n        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${g.b(64)}\n            ${g.b(64)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2026-11-30T10:12:44Z"\n    mac: ENC[AES256_GCM,data:${g.b(88)},iv:${g.b(43)}=,tag:${g.b(22)}==,type:str]\n    version: 3.9.1`],
  ["SealedSecret manifest", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: orders-db\n  namespace: prod\nspec:\n  encryptedData:\n    password: AgB${g.b(360)}==\n    username: AgC${g.b(360)}==\n  template:\n    metadata:\n      name: orders-db`],
  ["ansible-vault file", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.h(80)).join("\n")}\n${g.h(36)}`],
  ["minified JS bundle", `!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.h="${g.h(20)}",n.p="/static/",n(n.s="${g.a(8)}")}({"${g.a(6)}":function(e,t){e.exports="${g.b(48)}"}});\n//# sourceMappingURL=main.${g.h(8)}.js.map`],
  ["CSS with hashed class names", `.Button_root__${g.a(5)}{display:inline-flex;background:#${g.h(6)}}.Card_wrap__${g.a(5)}{box-shadow:0 1px 2px rgba(0,0,0,.1)}\n.icon-${g.h(8)}{background-image:url(data:image/svg+xml;base64,${g.b(120)}=)}`],
  ["base64 PNG in markdown", `![logo](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe${g.b(300)}AAAAAElFTkSuQmCC)`],
  ["package-lock integrity", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.org/react/-/react-18.3.1.tgz", integrity: "sha512-" + g.b(86) + "==" }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + g.b(86) + "==" } } }, null, 2)],
  ["go.sum lines", `github.com/aws/aws-sdk-go-v2 v1.32.2 h1:${g.b(43)}=\ngithub.com/aws/aws-sdk-go-v2 v1.32.2/go.mod h1:${g.b(43)}=\ngolang.org/x/crypto v0.29.0 h1:${g.b(43)}=`],
  ["pip requirements hashes", `requests==2.32.3 \\\n    --hash=sha256:${g.h(64)} \\\n    --hash=sha256:${g.h(64)}\nurllib3==2.2.3 \\\n    --hash=sha256:${g.h(64)}`],
  ["docker pull output", `$ docker pull ghcr.io/acme/api:1.9.0\n1.9.0: Pulling from acme/api\n${g.h(12)}: Pull complete\n${g.h(12)}: Pull complete\nDigest: sha256:${g.h(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api:1.9.0`],
  ["git log oneline in tool result", JSON.stringify({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: `${g.h(7)} fix: retry on 502\n${g.h(7)} chore(deps): bump zod\n${g.h(7)} feat: add export endpoint\nMerge: ${g.h(40)} ${g.h(40)}` }] } })],
  ["Actions workflow with secrets refs", `jobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${g.h(40)} # v4.2.2\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n          OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}`],
  [".env.example placeholders", `# copy to .env and fill in\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=your-key-here\nSTRIPE_SECRET_KEY=<stripe secret key>\nDATABASE_URL=postgres://user:password@localhost:5432/app\nAWS_ACCESS_KEY_ID=\nAWS_SECRET_ACCESS_KEY=`],
  ["CI log with masked secrets", `2026-12-06T07:21:11.4830Z + echo "Using token ***"\n2026-12-06T07:21:11.4842Z Using token ***\n2026-12-06T07:21:12.0032Z + curl -H 'Authorization: Bearer ***' https://api.github.com/repos/acme/web/releases\n2026-12-06T07:21:12.8811Z release id ${g.d(9)} sha ${g.h(40)}`],
  ["helm values existingSecret", `postgresql:\n  auth:\n    existingSecret: orders-db\n    secretKeys:\n      adminPasswordKey: postgres-password\n      userPasswordKey: password\nimage:\n  digest: sha256:${g.h(64)}`],
  ["stripe event JSON in MCP result", JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: JSON.stringify({ id: j("evt", "_", g.a(24)), object: "event", type: "charge.succeeded", data: { object: { id: j("ch", "_", g.a(24)), customer: j("cus", "_", g.a(14)), payment_intent: j("pi", "_", g.a(24)), balance_transaction: j("txn", "_", g.a(24)) } } }) }] } })],
  ["openai response JSON", JSON.stringify({ id: j("chatcmpl-", g.a(29)), object: "chat.completion", created: 1733476800, model: "gpt-4o-2024-08-06", system_fingerprint: j("fp", "_", g.h(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] })],
  ["anthropic response JSON", JSON.stringify({ id: j("msg", "_01", g.a(22)), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "text", text: "ok" }], usage: { input_tokens: 812, output_tokens: 4 } })],
  ["HTML SRI script tag", `<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${g.b(64)}" crossorigin="anonymous"></script>`],
  ["GPG public key block", `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${pemBody(10)}\n=${g.b(4)}\n-----END PGP PUBLIC KEY BLOCK-----`],
  ["WireGuard peer public key", `[Peer]\nPublicKey = ${g.b(43)}=\nAllowedIPs = 10.8.0.0/24\nEndpoint = vpn.acme.io:51820\nPersistentKeepalive = 25`],
  ["kubeconfig CA data with exec auth", `apiVersion: v1\nclusters:\n- cluster:\n    certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t${g.b(200)}\n    server: https://${g.H(32)}.gr7.eu-west-1.eks.amazonaws.com\n  name: prod\nusers:\n- name: prod\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, prod]`],
  ["terraform state resource ids", JSON.stringify({ version: 4, serial: 88, lineage: g.uuid(), resources: [{ type: "aws_s3_bucket", name: "assets", instances: [{ attributes: { id: "acme-assets-prod", arn: "arn:aws:s3:::acme-assets-prod", hosted_zone_id: "Z" + g.u(13) } }] }] }, null, 2)],
  ["SQL with uuids and hashes", `INSERT INTO uploads (id, user_id, sha256, etag) VALUES\n  ('${g.uuid()}', '${g.uuid()}', '${g.h(64)}', '${g.h(32)}'),\n  ('${g.uuid()}', '${g.uuid()}', '${g.h(64)}', '${g.h(32)}');`],
  ["bcrypt hash in fixture", `users:\n  - email: test@example.com\n    password_hash: "$2b$12$${g.str(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}"`],
  ["docs with masked key", `### Authentication\n\nPass your key in the \`Authorization\` header:\n\n\`\`\`\nAuthorization: Bearer sk-proj-...${g.a(4)}\n\`\`\`\n\nKeys are shown only once; the dashboard displays \`sk-...${g.a(4)}\` afterwards.`],
  ["HAR entry ids only", JSON.stringify({ request: { method: "GET", url: `https://api.acme.io/v1/orders/${g.uuid()}`, headers: [{ name: "X-Request-Id", value: g.uuid() }, { name: "If-None-Match", value: `"${g.h(32)}"` }] }, response: { status: 304, headers: [{ name: "x-amzn-trace-id", value: `Root=1-${g.h(8)}-${g.h(24)}` }] } })],
  ["Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.41.1"\nchecksum = "${g.h(64)}"`],
  ["python traceback with hashes only", `Traceback (most recent call last):\n  File "/app/sync.py", line 41, in push\n    raise ConflictError(etag)\napp.errors.ConflictError: etag mismatch\n\nLocals at frame push:\n    etag = '${g.h(32)}'\n    object_id = '${g.h(24)}'\n    commit = '${g.h(40)}'`],
  ["notebook output with uuid table", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 7, metadata: {}, source: ["df.head(2)\n"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`   id                                    checksum\n0  ${g.uuid()}  ${g.h(32)}\n1  ${g.uuid()}  ${g.h(32)}`] } }] }], nbformat: 4, nbformat_minor: 5 })],
  ["diff bumping image digest", `--- a/deploy/api.yaml\n+++ b/deploy/api.yaml\n@@ -18,1 +18,1 @@\n-        image: ghcr.io/acme/api@sha256:${g.h(64)}\n+        image: ghcr.io/acme/api@sha256:${g.h(64)}`],
  ["chat message with commit and run ids", `deployed ${g.h(40)} to prod, run https://github.com/acme/web/actions/runs/${g.d(11)} — trace ${g.h(32)} if anything looks off`],
  ["git signing config", `[user]\n\tname = Alice\n\temail = alice@acme.io\n[gpg]\n\tformat = ssh\n[commit]\n\tgpgsign = true`],
  ["Vault agent template reference", `{{ with secret "kv/data/prod/stripe" }}\nSTRIPE_SECRET_KEY={{ .Data.data.secret_key }}\n{{ end }}`],
  ["external-secrets manifest", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: openai\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: OPENAI_API_KEY\n      remoteRef:\n        key: prod/openai\n        property: api_key`],
  ["x509 fingerprints in log", `tls: loaded certificate CN=api.acme.io serial=${g.H(32)} sha256_fingerprint=${Array.from({ length: 32 }, () => g.H(2)).join(":")} not_after=2027-03-01T00:00:00Z`],
];
hand.forEach(([note, text], i) => gen.push({ id: `y78-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty78-benign", label: "benign", text, note }));

export const cases: CorpusCase[] = gen;
