// Benign look-alikes: high-entropy values that are not secrets when read as text (digests, SHAs,
// ids, public keys, certificates, secret-store references, placeholders, masks, encrypted
// blobs). Rotated ones use the same renderers as the positives, always in slots whose names do
// not say "secret"; handcrafted ones cover whole files.
import type { CorpusCase } from "../types.ts";
import { AL, BENIGN, Gen, rotate, type Slot } from "./_gen.ts";

const g = new Gen(0x116b0b);
const J = (o: unknown) => JSON.stringify(o);
type S = Slot & { what: string };
const t = (provider: string, what: string, env: string, value: string, o: Partial<Slot> = {}): S => ({ provider, group: "benign", what, env, value, ...o });
const ulid = () => g.str(1, "0123456") + g.str(25, "0123456789ABCDEFGHJKMNPQRSTVWXYZ");

const slots: S[] = [
  t("GitHub Actions", "commit SHA", "GIT_COMMIT_SHA", g.hex(40), { qp: "commit" }),
  t("Docker", "image digest", "IMAGE_DIGEST", "sha256:" + g.hex(64), { qp: "digest" }),
  t("Generic", "request id (UUID)", "REQUEST_ID", g.uuid(), { header: ["X-Request-Id", ""] }),
  t("OpenTelemetry", "W3C traceparent", "TRACEPARENT", `00-${g.hex(32)}-${g.hex(16)}-01`, { header: ["traceparent", ""] }),
  t("Stripe", "idempotency key (UUID)", "IDEMPOTENCY_UUID", g.uuid(), { header: ["Idempotency-Key", ""] }),
  t("HTTP", "ETag", "CACHED_ETAG", `"${g.hex(32)}"`, { header: ["If-None-Match", ""] }),
  t("Stripe", "customer id", "STRIPE_CUSTOMER_ID", "cus_" + g.alnum(14)),
  t("Stripe", "price id", "STRIPE_PRICE_ID", "price_" + "1" + g.alnum(23)),
  t("Stripe", "payment intent id", "LAST_PAYMENT_INTENT", "pi_" + "3" + g.alnum(23)),
  t("OpenAI", "assistant id", "OPENAI_ASSISTANT_ID", "asst_" + g.alnum(24)),
  t("OpenAI", "vector store id", "OPENAI_VECTOR_STORE_ID", "vs_" + g.alnum(24)),
  t("Anthropic", "message id", "LAST_MESSAGE_ID", "msg_01" + g.alnum(22)),
  t("OpenAI", "organization id", "OPENAI_ORG_ID", "org-" + g.alnum(24), { header: ["OpenAI-Organization", ""] }),
  t("OpenAI", "project id", "OPENAI_PROJECT_ID", "proj_" + g.alnum(24), { header: ["OpenAI-Project", ""] }),
  t("Slack", "channel id", "SLACK_CHANNEL_ID", "C0" + g.upper(9)),
  t("Google OAuth", "client id (public)", "GOOGLE_CLIENT_ID", g.num(12) + "-" + g.lower(32) + ".apps.googleusercontent.com"),
  t("GitHub", "App client id (public)", "GITHUB_APP_CLIENT_ID", "Iv23li" + g.alnum(14)),
  t("AWS", "IAM role ARN", "DEPLOY_ROLE_ARN", `arn:aws:iam::${g.num(12)}:role/github-deploy`),
  t("Azure", "tenant id", "AZURE_TENANT_ID", g.uuid()),
  t("Azure", "subscription id", "AZURE_SUBSCRIPTION_ID", g.uuid()),
  t("Sentry", "release (commit SHA)", "SENTRY_RELEASE", g.hex(40)),
  t("AWS S3", "payload SHA-256", "CONTENT_SHA256", g.hex(64), { header: ["x-amz-content-sha256", ""] }),
  t("npm", "SRI integrity", "BUNDLE_INTEGRITY", "sha512-" + g.b64bytes(64)),
  t("MongoDB", "ObjectId", "ORDER_ID", g.hex(24), { qp: "order_id" }),
  t("Kubernetes", "pod uid", "POD_UID", g.uuid()),
  t("Google Sheets", "spreadsheet id", "SPREADSHEET_ID", "1" + g.b64u(43), { qp: "spreadsheetId" }),
  t("Google Drive", "folder id", "DRIVE_FOLDER_ID", "1" + g.b64u(32)),
  t("Notion", "database id", "NOTION_DATABASE_ID", g.hex(32)),
  t("Airtable", "base id", "AIRTABLE_BASE_ID", "app" + g.alnum(14)),
  t("Cloudflare", "zone id", "CLOUDFLARE_ZONE_ID", g.hex(32)),
  t("Cloudflare", "account id", "CLOUDFLARE_ACCOUNT_ID", g.hex(32)),
  t("Vercel", "project id", "VERCEL_PROJECT_ID", "prj_" + g.alnum(28)),
  t("Vercel", "team id", "VERCEL_ORG_ID", "team_" + g.alnum(24)),
  t("Stripe", "event id", "WEBHOOK_EVENT_ID", "evt_" + "1" + g.alnum(23)),
  t("Build", "artifact MD5", "ARTIFACT_MD5", g.hex(32)),
  t("GnuPG", "key fingerprint", "RELEASE_GPG_FINGERPRINT", g.HEX(40)),
  t("Ethereum", "transaction hash", "DEPLOY_TX_HASH", "0x" + g.hex(64), { qp: "txhash" }),
  t("Ethereum", "contract address", "TOKEN_CONTRACT_ADDRESS", "0x" + g.hex(40)),
  t("IPFS", "CID", "ASSET_CID", "bafybei" + g.str(52, "abcdefghijklmnopqrstuvwxyz234567")),
  t("Webpack", "bundle content hash", "BUNDLE_HASH", g.hex(20)),
  t("Generic", "correlation id (ULID)", "CORRELATION_ID", ulid(), { header: ["X-Correlation-Id", ""] }),
  t("Terraform", "state lineage", "TF_STATE_LINEAGE", g.uuid()),
  t("GitHub", "pull request node id", "PR_NODE_ID", "PR_kwDO" + g.b64u(17)),
  t("Config", "config checksum (SHA-1)", "CONFIG_CHECKSUM", g.hex(40)),
  t("AWS", "extended request id", "AMZ_ID_2", g.b64bytes(57), { header: ["x-amz-id-2", ""] }),
  t("OpenTelemetry", "span id", "SPAN_ID", g.hex(16)),
  t("Cloudflare", "CF-Ray id", "CF_RAY", g.hex(16) + "-AMS", { header: ["CF-Ray", ""] }),
  t("Pagination", "opaque cursor (base64 JSON)", "NEXT_CURSOR", g.b64urlOf(J({ offset: g.range(100, 900), sort: "created_at", dir: "desc" })), { qp: "cursor" }),
  t("Datadog", "trace id", "DD_TRACE_ID", g.num(19), { header: ["x-datadog-trace-id", ""] }),
  t("Nix", "store path hash", "NIX_STORE_PATH", `/nix/store/${g.str(32, "0123456789abcdfghijklmnpqrsvwxyz")}-nodejs-20.11.1`),
  t("Go", "module hash", "GOSUM_ENTRY", "h1:" + g.b64bytes(32)),
  t("AWS", "EC2 instance id", "BASTION_INSTANCE_ID", "i-0" + g.hex(16)),
  t("AWS", "AMI id", "BASE_AMI", "ami-0" + g.hex(16)),
  t("Shopify", "product GID", "FEATURED_PRODUCT_GID", "gid://shopify/Product/" + g.num(13)),
  t("Mixpanel", "distinct id", "TEST_DISTINCT_ID", "$device:" + g.uuid().toUpperCase()),
  t("Twilio", "message SID", "LAST_MESSAGE_SID", "SM" + g.hex(32)),
  t("YouTube", "video id", "INTRO_VIDEO_ID", g.b64u(11), { qp: "v" }),
  t("Git LFS", "object oid", "LFS_OID", "sha256:" + g.hex(64)),
  t("Kubernetes", "container id", "CONTAINER_ID", "containerd://" + g.hex(64)),
  t("Firebase", "installation id", "FIREBASE_INSTALLATION_ID", g.b64u(22)),
];

const rotated = rotate("y116-b", () => BENIGN, "benign", slots, g, 5);

// ---- handcrafted benign
const hand: CorpusCase[] = [];
let n = 0;
const add = (note: string, text: string) => hand.push({ id: `y116-bk-${String(++n).padStart(3, "0")}`, kind: "secrets", category: BENIGN, label: "benign", text, note });
const chat = (msg: string, content: string) => J({ model: "gpt-4o", messages: [{ role: "user", content: `${msg}\n\n\`\`\`\n${content}\n\`\`\`` }] });
const mcp = (path: string, content: string) => J({ jsonrpc: "2.0", id: g.range(3, 80), result: { content: [{ type: "text", text: `${path}:\n${content}` }] } });
const write = (path: string, content: string) => J({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: "go ahead" }, { role: "assistant", content: [{ type: "tool_use", id: `toolu_01${g.alnum(22)}`, name: "write_file", input: { path, content } }] }] });

const certDer = () => g.cat([0x30, 0x82, 0x03, 0x5c, 0x30, 0x82, 0x02, 0x44, 0xa0, 0x03, 0x02, 0x01, 0x02, 0x02, 0x14], g.bytes(840));
const spkiDer = () => g.cat([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00, 0x30, 0x82, 0x01, 0x0a, 0x02, 0x82, 0x01, 0x01, 0x00], g.bytes(256), [0x02, 0x03, 0x01, 0x00, 0x01]);
const sshEd = () => "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.b64(43);
const sshRsa = () => "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + g.b64(540);

add("PEM certificate chain (public) for nginx; context: chat paste", chat("Is this chain in the right order? nginx complains about the issuer.", g.pem("CERTIFICATE", certDer()) + "\n" + g.pem("CERTIFICATE", certDer())));
add("RSA public key (SPKI PEM) in JWT verifier config, slot public_key; context: MCP read_file result", mcp("config/jwt.yaml", `issuer: https://auth.example.com\naudience: api\npublic_key: |\n  ${g.pem("PUBLIC KEY", spkiDer()).replace(/\n/g, "\n  ")}\n`));
add("SSH authorized_keys (public keys only); context: anthropic tool_use write_file", write("/home/deploy/.ssh/authorized_keys", `${sshEd()} alice@laptop\n${sshRsa()} ci@build01\n`));
add("known_hosts host keys and fingerprints; context: openai tool_calls", J({ model: "gpt-4.1", messages: [{ role: "assistant", content: null, tool_calls: [{ id: `call_${g.alnum(24)}`, type: "function", function: { name: "bash", arguments: J({ cmd: `echo 'git.example.com ${sshEd()}' >> ~/.ssh/known_hosts && ssh-keygen -lf ~/.ssh/known_hosts  # SHA256:${g.b64(43)}` }) } }] }] }));
add("JWKS document (public RSA key n/e); context: MCP fetch result", mcp("https://auth.example.com/.well-known/jwks.json", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", alg: "RS256", kid: g.hex(16), n: g.b64u(342), e: "AQAB" }, { kty: "EC", crv: "P-256", use: "sig", kid: g.hex(16), x: g.b64u(43), y: g.b64u(43) }] }, null, 2)));
add("package-lock.json integrity hashes; context: chat paste", chat("why does npm ci say integrity checksum failed?", JSON.stringify({ packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: "sha512-" + g.b64bytes(64) }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + g.b64bytes(64) } } }, null, 2)));
add("go.sum lines (h1: module hashes); context: gist create", J({ description: "go.sum", public: false, files: { "go.sum": { content: [`github.com/google/uuid v1.6.0 h1:${g.b64bytes(32)}`, `github.com/google/uuid v1.6.0/go.mod h1:${g.b64bytes(32)}`, `golang.org/x/sync v0.7.0 h1:${g.b64bytes(32)}`].join("\n") } } }));
add("Cargo.lock checksums; context: MCP read_file result", mcp("Cargo.lock", `[[package]]\nname = "serde"\nversion = "1.0.203"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.38.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n`));
add(".terraform.lock.hcl provider hashes; context: chat paste", chat("terraform init -upgrade changed this, safe to commit?", `provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.54.1"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${g.b64bytes(32)}",\n    "zh:${g.hex(64)}",\n    "zh:${g.hex(64)}",\n  ]\n}`));
add("poetry.lock file hashes; context: MCP read_file result", mcp("poetry.lock", `[[package]]\nname = "requests"\nversion = "2.32.3"\nfiles = [\n    {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:${g.hex(64)}"},\n    {file = "requests-2.32.3.tar.gz", hash = "sha256:${g.hex(64)}"},\n]\n`));
add("git log with signed commit (PGP SIGNATURE block) and SHAs; context: chat paste", chat("which commit broke the build?", `commit ${g.hex(40)}\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQIzBAABCAAdFiEE${g.b64(48)}\n ${g.b64(64)}\n ${g.b64(64)}\n =${g.b64(4)}\n -----END PGP SIGNATURE-----\nAuthor: Dana <dana@example.com>\nDate:   Tue Jun 3 10:02:11 2025 +0200\n\n    fix: retry on 429\n\ncommit ${g.hex(40)}\nAuthor: Lee <lee@example.com>\n\n    chore: bump deps`));
add("docker pull output with digests; context: CI log", `#5 [internal] load metadata for ghcr.io/example/api:2.4.1\n#5 DONE 0.4s\n2.4.1: Pulling from example/api\n${g.hex(12)}: Pull complete\n${g.hex(12)}: Pull complete\nDigest: sha256:${g.hex(64)}\nStatus: Downloaded newer image for ghcr.io/example/api:2.4.1`);
add(".env.example with placeholders in key slots; context: anthropic tool_use write_file", write(".env.example", `OPENAI_API_KEY=sk-proj-your-key-here\nANTHROPIC_API_KEY=<your-anthropic-key>\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nGITHUB_TOKEN=\nJWT_SECRET=change-me\n`));
add("CI log with masked secrets (***); context: CI log", `2025-06-03T09:00:01Z ##[group]Run ./deploy.sh\n2025-06-03T09:00:01Z env:\n2025-06-03T09:00:01Z   AWS_SECRET_ACCESS_KEY: ***\n2025-06-03T09:00:01Z   SLACK_BOT_TOKEN: ***\n2025-06-03T09:00:01Z   NPM_TOKEN: ***\n2025-06-03T09:00:02Z ##[endgroup]\n2025-06-03T09:00:09Z deployed ${g.hex(40)} to production`);
add("SOPS-encrypted YAML (ENC[...] values, age recipient); context: MCP read_file result", mcp("secrets.enc.yaml", `db_password: ENC[AES256_GCM,data:${g.b64bytes(18)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\napi_token: ENC[AES256_GCM,data:${g.b64bytes(30)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\nsops:\n    age:\n        - recipient: age1${g.str(58, AL.bech32)}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${g.b64(64)}\n            ${g.b64(40)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2025-05-30T12:00:00Z"\n    mac: ENC[AES256_GCM,data:${g.b64bytes(64)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\n    version: 3.8.1\n`));
add("ansible-vault encrypted vars file; context: chat paste", chat("ansible says 'Decryption failed', file header looks fine:", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.hex(80)).join("\n")}`));
add("Bitnami SealedSecret (encryptedData); context: anthropic tool_use write_file", write("k8s/sealed-db.yaml", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    password: AgB${g.b64(700)}==\n    username: AgC${g.b64(380)}=\n`));
add("ExternalSecret referencing AWS Secrets Manager; context: MCP read_file result", mcp("k8s/external-secret.yaml", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api-keys\nspec:\n  refreshInterval: 1h\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: OPENAI_API_KEY\n      remoteRef:\n        key: arn:aws:secretsmanager:eu-west-1:${g.num(12)}:secret:prod/openai-${g.alnum(6)}\n        property: api_key\n`));
add("GitHub Actions workflow with ${{ secrets.* }} references; context: gist create", J({ description: "workflow", public: false, files: { "deploy.yml": { content: `on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n    steps:\n      - uses: actions/checkout@${g.hex(40)}\n      - run: ./deploy.sh\n` } } }));
add("Vault agent template with kv paths; context: chat paste", chat("does this vault template look right?", `{{- with secret "kv/data/prod/payments" -}}\nSTRIPE_SECRET_KEY={{ .Data.data.stripe_secret_key }}\nDATABASE_PASSWORD={{ .Data.data.db_password }}\n{{- end }}`));
add("1Password op:// references for op run; context: anthropic tool_use write_file", write(".env.op", `OPENAI_API_KEY="op://Engineering/OpenAI/credential"\nSTRIPE_SECRET_KEY="op://Payments/Stripe prod/secret key"\nDATABASE_URL="op://Engineering/Postgres prod/connection string"\n`));
add("Azure App Service Key Vault references; context: MCP tools/call arguments", J({ jsonrpc: "2.0", id: 14, method: "tools/call", params: { name: "az_webapp_config_set", arguments: { settings: { DB_PASSWORD: `@Microsoft.KeyVault(SecretUri=https://contoso-kv.vault.example.net/secrets/db-password/${g.hex(32)})`, SENDGRID_API_KEY: "@Microsoft.KeyVault(VaultName=contoso-kv;SecretName=sendgrid-key)" } } } }));
add("GCP Secret Manager resource names; context: YAML in chat paste", chat("Cloud Run deploy config, is the secret mapping right?", `env:\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: projects/${g.num(12)}/secrets/openai-api-key\n        key: latest\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-password\n        key: "3"`));
add("Stripe publishable key in frontend config (public by design); context: JSON config write", write("web/public/config.json", JSON.stringify({ stripePublishableKey: "pk" + "_live_" + "51" + g.alnum(96), apiBase: "https://api.example.com" }, null, 2)));
add("Stripe-Signature header on forwarded webhook (signature, not the secret); context: raw HTTP", `POST /webhooks/stripe HTTP/1.1\r\nHost: hooks.example.com\r\nStripe-Signature: t=${1717000000 + g.int(9999999)},v1=${g.hex(64)},v0=${g.hex(64)}\r\nContent-Type: application/json\r\n\r\n{"id":"evt_1${g.alnum(23)}","type":"invoice.paid"}`);
add("GitHub webhook delivery headers (X-Hub-Signature-256, delivery GUID); context: HAR-like MCP result", mcp("captured request", `X-GitHub-Event: push\nX-GitHub-Delivery: ${g.uuid()}\nX-Hub-Signature-256: sha256=${g.hex(64)}\nX-GitHub-Hook-ID: ${g.num(9)}\n\n{"after":"${g.hex(40)}","before":"${g.hex(40)}"}`));
add("base64 PNG data URI in a chat message; context: openai chat body", J({ model: "gpt-4o", messages: [{ role: "user", content: [{ type: "text", text: "what is wrong with this chart?" }, { type: "image_url", image_url: { url: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + g.b64bytes(600) } }] }] }));
add("HTML with SRI integrity and CSP nonce; context: anthropic tool_use write_file", write("public/index.html", `<!doctype html>\n<html><head>\n<meta http-equiv="Content-Security-Policy" content="script-src 'nonce-${g.b64bytes(16)}'">\n<script src="https://cdn.example.com/lib.min.js" integrity="sha384-${g.b64bytes(48)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="/assets/app.${g.hex(8)}.css">\n</head><body></body></html>\n`));
add(".sops.yaml with age recipients (public) and KMS ARN; context: MCP read_file result", mcp(".sops.yaml", `creation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n    age: >-\n      age1${g.str(58, AL.bech32)},\n      age1${g.str(58, AL.bech32)}\n    kms: arn:aws:kms:eu-west-1:${g.num(12)}:key/${g.uuid()}\n`));
add("WireGuard peer stanza (public keys only); context: chat paste", chat("peer can't handshake, config on the server side:", `[Peer]\n# laptop-dana\nPublicKey = ${g.b64bytes(32)}\nAllowedIPs = 10.8.0.5/32\n\n[Peer]\n# phone-lee\nPublicKey = ${g.b64bytes(32)}\nAllowedIPs = 10.8.0.6/32`));
add("AWS KMS Decrypt request with CiphertextBlob; context: raw HTTP", `POST / HTTP/1.1\r\nHost: kms.example.com\r\nX-Amz-Target: TrentService.Decrypt\r\nContent-Type: application/x-amz-json-1.1\r\n\r\n${J({ CiphertextBlob: "AQICAHh" + g.b64bytes(160), EncryptionContext: { app: "billing" } })}`);
add("PGP public key block; context: gist create", J({ description: "release key", public: true, files: { "KEYS.asc": { content: `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZ${g.b64(59)}\n${Array.from({ length: 6 }, () => g.b64(64)).join("\n")}\n=${g.b64(4)}\n-----END PGP PUBLIC KEY BLOCK-----\n` } } }));
add("PGP encrypted message armor; context: chat message body", J({ channel: "C0" + g.upper(9), text: `encrypted to your key, decrypt locally:\n-----BEGIN PGP MESSAGE-----\n\nhF4D${g.b64(60)}\n${Array.from({ length: 5 }, () => g.b64(64)).join("\n")}\n=${g.b64(4)}\n-----END PGP MESSAGE-----` }));
add("crash report with redacted credentials; context: issue body", J({ title: "payment worker crash", body: `Traceback (most recent call last):\n  File "worker.py", line 12, in <module>\n    run()\nValueError: upstream 401\n\nLocals:\n    api_key = '[REDACTED]'\n    password = '********'\n    token = 'sk_live_…a91f'\n    request_id = '${g.uuid()}'` }));
add("OpenAI chat completion response echoed (chatcmpl id, system_fingerprint); context: MCP result", mcp("last_response.json", JSON.stringify({ id: "chatcmpl-" + g.alnum(29), object: "chat.completion", created: 1717000000 + g.int(999999), model: "gpt-4o-2024-08-06", system_fingerprint: "fp_" + g.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] }, null, 2)));
add("AWS CLI describe-instances output (resource ids, account id); context: chat paste", chat("which of these is the bastion?", JSON.stringify({ Reservations: [{ OwnerId: g.num(12), ReservationId: "r-0" + g.hex(16), Instances: [{ InstanceId: "i-0" + g.hex(16), ImageId: "ami-0" + g.hex(16), VpcId: "vpc-0" + g.hex(16), SubnetId: "subnet-0" + g.hex(16), SecurityGroups: [{ GroupId: "sg-0" + g.hex(16), GroupName: "bastion" }] }] }] }, null, 2)));
add("kubectl describe pod (uid, containerID, imageID digests); context: CI log", `Name:         api-7d9f8b6c5-${g.lower(5)}\nNamespace:    prod\nUID:          ${g.uuid()}\nContainers:\n  api:\n    Container ID:   containerd://${g.hex(64)}\n    Image:          ghcr.io/example/api:2.4.1\n    Image ID:       ghcr.io/example/api@sha256:${g.hex(64)}\n    State:          Running`);
add("Git LFS pointer file; context: MCP read_file result", mcp("assets/model.onnx", `version https://git-lfs.github.com/spec/v1\noid sha256:${g.hex(64)}\nsize ${g.num(9)}\n`));
add("SHA256SUMS release checksums; context: gist create", J({ description: "checksums", public: true, files: { SHA256SUMS: { content: ["linux-amd64", "linux-arm64", "darwin-arm64", "windows-amd64.exe"].map((a) => `${g.hex(64)}  toolkit-${a}`).join("\n") } } }));
add("terraform plan output with (sensitive value) markers; context: CI log", `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id                = "db-${g.upper(26)}"\n      ~ password          = (sensitive value)\n        arn               = "arn:aws:rds:eu-west-1:${g.num(12)}:db:main"\n        resource_id       = "db-${g.upper(26)}"\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`);
add("docker-compose with ${VAR} interpolation only; context: chat paste", chat("compose says variable is not set, why?", `services:\n  api:\n    image: ghcr.io/example/api@sha256:${g.hex(64)}\n    environment:\n      DATABASE_URL: \${DATABASE_URL}\n      OPENAI_API_KEY: \${OPENAI_API_KEY:?set me}\n      STRIPE_SECRET_KEY: \${STRIPE_SECRET_KEY}`));

export const cases: CorpusCase[] = [...rotated, ...hand];
