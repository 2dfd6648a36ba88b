// heldout-y129: benign look-alikes. Rotated ones sit in neutral slots (ids, digests, public
// keys) through the same renderers as the positives; handcrafted ones are references to secret
// stores, placeholders, masks, encrypted blobs, signatures and public key material.
import type { CorpusCase } from "../types.ts";
import { b64, BENIGN, buildSpecs, certBody, Gen, pem, pubKeyBody, renderAll, type RawSpec, wrap } from "./_gen.ts";

const g = new Gen(0x129b3e17);
const CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const raw: RawSpec[] = [
  { s: "git-sha", p: "git commit SHA", g: "devtools", slot: "GIT_COMMIT_SHA", hdr: "X-Git-Sha: {v}", q: "sha", v: (g) => g.hex(40) },
  { s: "image-digest", p: "container image digest", g: "devtools", slot: "IMAGE_DIGEST", q: "digest", v: (g) => "sha256:" + g.hex(64) },
  { s: "artifact-sha256", p: "artifact checksum", g: "devtools", slot: "ARTIFACT_SHA256", hdr: "X-Checksum-Sha256: {v}", v: (g) => g.hex(64) },
  { s: "npm-integrity", p: "npm lockfile integrity", g: "devtools", slot: "PACKAGE_INTEGRITY", v: (g) => "sha512-" + g.b64(86) + "==" },
  { s: "request-id", p: "request id", g: "devtools", slot: "REQUEST_ID", hdr: "X-Request-Id: {v}", v: (g) => g.uuid() },
  { s: "traceparent", p: "W3C trace context", g: "observability", slot: "TRACEPARENT", hdr: "traceparent: {v}", v: (g) => `00-${g.hex(32)}-${g.hex(16)}-01` },
  { s: "etag", p: "HTTP ETag", g: "devtools", slot: "CACHED_ETAG", hdr: "If-None-Match: \"{v}\"", v: (g) => g.hex(32) },
  { s: "stripe-customer", p: "Stripe customer id", g: "payment", slot: "STRIPE_CUSTOMER_ID", q: "customer", v: (g) => "cus_" + g.an(14) },
  { s: "stripe-payment-intent", p: "Stripe PaymentIntent id", g: "payment", slot: "PAYMENT_INTENT_ID", v: (g) => "pi_" + g.an(24) },
  { s: "stripe-connected-account", p: "Stripe connected account id", g: "payment", slot: "STRIPE_ACCOUNT_ID", hdr: "Stripe-Account: {v}", v: (g) => "acct_" + g.an(16) },
  { s: "openai-org", p: "OpenAI organization id", g: "ai", slot: "OPENAI_ORG_ID", hdr: "OpenAI-Organization: {v}", v: (g) => "org-" + g.an(24) },
  { s: "openai-project-id", p: "OpenAI project id", g: "ai", slot: "OPENAI_PROJECT_ID", hdr: "OpenAI-Project: {v}", v: (g) => "proj_" + g.an(24) },
  { s: "openai-assistant", p: "OpenAI assistant id", g: "ai", slot: "OPENAI_ASSISTANT_ID", v: (g) => "asst_" + g.an(24) },
  { s: "openai-vector-store", p: "OpenAI vector store id", g: "ai", slot: "VECTOR_STORE_ID", q: "vector_store_id", v: (g) => "vs_" + g.an(24) },
  { s: "slack-ids", p: "Slack channel/team ids", g: "comms", slot: "SLACK_CHANNEL_ID", x: (g) => [["SLACK_TEAM_ID", "T0" + g.up(9)]], v: (g) => "C0" + g.up(9) },
  { s: "discord-ids", p: "Discord guild/application ids", g: "comms", slot: "DISCORD_GUILD_ID", x: (g) => [["DISCORD_APPLICATION_ID", g.dig(18)]], v: (g) => g.dig(18) },
  { s: "aws-role-arn", p: "AWS account id and role ARN", g: "cloud", slot: "DEPLOY_ROLE_ARN", x: (g) => [["AWS_ACCOUNT_ID", g.dig(12)]], v: (g) => `arn:aws:iam::${g.dig(12)}:role/github-oidc-deploy` },
  { s: "kms-key-arn", p: "AWS KMS key ARN", g: "cloud", slot: "KMS_KEY_ARN", v: (g) => `arn:aws:kms:eu-west-1:${g.dig(12)}:key/${g.uuid()}` },
  { s: "cloudflare-ids", p: "Cloudflare zone/account ids", g: "cloud", slot: "CLOUDFLARE_ZONE_ID", x: (g) => [["CLOUDFLARE_ACCOUNT_ID", g.hex(32)]], v: (g) => g.hex(32) },
  { s: "azure-ids", p: "Azure subscription/tenant ids", g: "cloud", slot: "AZURE_SUBSCRIPTION_ID", x: (g) => [["AZURE_TENANT_ID", g.uuid()]], v: (g) => g.uuid() },
  { s: "vercel-ids", p: "Vercel project/org ids", g: "cloud", slot: "VERCEL_PROJECT_ID", x: (g) => [["VERCEL_ORG_ID", "team_" + g.an(24)]], v: (g) => "prj_" + g.an(28) },
  { s: "dd-trace-id", p: "Datadog trace id", g: "observability", slot: "DD_TRACE_ID", hdr: "x-datadog-trace-id: {v}", v: (g) => g.dig(19) },
  { s: "ssh-host-fingerprint", p: "SSH host key fingerprint", g: "keys", slot: "BASTION_HOST_FINGERPRINT", v: (g) => "SHA256:" + g.b64(43) },
  { s: "gpg-fingerprint", p: "GPG key fingerprint", g: "keys", slot: "RELEASE_GPG_FINGERPRINT", v: (g) => g.HEX(40) },
  { s: "ssh-public-key", p: "SSH public key", g: "keys", slot: "DEPLOY_SSH_PUBLIC_KEY", v: (g) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} ci@example.com` },
  { s: "wireguard-public", p: "WireGuard peer public key", g: "keys", slot: "WG_PEER_PUBLIC_KEY", v: (g) => g.b64(42) + g.pick(["A", "E", "I", "M", "Q", "U", "Y", "c", "g", "k", "o", "s", "w", "0", "4", "8"]) + "=" },
  { s: "age-recipient", p: "age recipient (public)", g: "keys", slot: "SOPS_AGE_RECIPIENTS", v: (g) => "age1" + g.bech(58) },
  { s: "nostr-npub", p: "nostr public key", g: "keys", slot: "NOSTR_NPUB", v: (g) => "npub1" + g.bech(58) },
  { s: "eth-contract", p: "Ethereum contract address", g: "keys", slot: "TOKEN_CONTRACT_ADDRESS", q: "contractaddress", v: (g) => "0x" + g.hex(40) },
  { s: "eth-tx-hash", p: "Ethereum transaction hash", g: "keys", slot: "DEPLOY_TX_HASH", q: "txhash", v: (g) => "0x" + g.hex(64) },
  { s: "btc-address", p: "Bitcoin address", g: "keys", slot: "PAYOUT_BTC_ADDRESS", v: (g) => "bc1q" + g.bech(38) },
  { s: "ipfs-cid", p: "IPFS CID", g: "devtools", slot: "METADATA_CID", q: "cid", v: (g) => "bafybei" + g.str(52, "abcdefghijklmnopqrstuvwxyz234567") },
  { s: "solana-program", p: "Solana program id", g: "keys", slot: "SOLANA_PROGRAM_ID", v: (g) => g.b58(44) },
  { s: "ulid", p: "ULID record id", g: "data", slot: "IMPORT_BATCH_ID", q: "batch", v: (g) => "01J" + g.str(23, CROCK) },
  { s: "go-sum", p: "Go module hash", g: "devtools", slot: "MODULE_H1_HASH", v: (g) => "h1:" + g.b64(43) + "=" },
  { s: "vapid-public", p: "Web Push VAPID public key", g: "keys", slot: "VAPID_PUBLIC_KEY", v: (g) => "B" + g.b64u(86) },
  { s: "stripe-publishable", p: "Stripe publishable key", g: "payment", slot: "STRIPE_PUBLISHABLE_KEY", v: (g) => ["pk", "_live_", "51", g.an(97)].join("") },
  { s: "google-client-id", p: "Google OAuth client id (public)", g: "auth", slot: "GOOGLE_CLIENT_ID", v: (g) => `${g.dig(12)}-${g.lo(32)}.apps.googleusercontent.com` },
  { s: "auth0-client-id", p: "Auth0 SPA client id (public)", g: "auth", slot: "AUTH0_CLIENT_ID", x: () => [["AUTH0_DOMAIN", "login.example.com"]], v: (g) => g.an(32) },
  { s: "pkce-challenge", p: "PKCE code challenge", g: "auth", slot: "CODE_CHALLENGE", q: "code_challenge", v: (g) => g.b64u(43) },
  { s: "oauth-state", p: "OAuth state nonce", g: "auth", slot: "OAUTH_STATE", q: "state", v: (g) => g.b64u(32) },
  { s: "paypal-order", p: "PayPal order id", g: "payment", slot: "PAYPAL_ORDER_ID", q: "order_id", v: (g) => g.up(17) },
  { s: "notion-database", p: "Notion database id", g: "saas", slot: "NOTION_DATABASE_ID", q: "database_id", v: (g) => g.hex(32) },
  { s: "airtable-base", p: "Airtable base/table ids", g: "saas", slot: "AIRTABLE_BASE_ID", x: (g) => [["AIRTABLE_TABLE_ID", "tbl" + g.an(14)]], v: (g) => "app" + g.an(14) },
  { s: "databricks-cluster", p: "Databricks cluster id", g: "data", slot: "DATABRICKS_CLUSTER_ID", v: (g) => `${g.dig(4)}-${g.dig(6)}-${g.lower(8)}` },
  { s: "helm-chart-digest", p: "Helm chart digest", g: "devtools", slot: "CHART_DIGEST", v: (g) => "sha256:" + g.hex(64) },
  { s: "cert-fingerprint", p: "TLS certificate SHA-256 fingerprint", g: "keys", slot: "PINNED_CERT_SHA256", v: (g) => Array.from({ length: 32 }, () => g.HEX(2)).join(":") },
  { s: "amz-request-id", p: "S3 request ids", g: "cloud", slot: "AMZ_REQUEST_ID", x: (g) => [["AMZ_ID_2", g.b64(76)]], v: (g) => g.up(16) },
  { s: "ksuid", p: "KSUID event id", g: "data", slot: "EVENT_ID", hdr: "X-Event-Id: {v}", v: (g) => g.an(27) },
  { s: "youtube-video", p: "YouTube video id", g: "saas", slot: "INTRO_VIDEO_ID", q: "v", v: (g) => g.b64u(11) },
  { s: "gerrit-change-id", p: "Gerrit Change-Id", g: "devtools", slot: "CHANGE_ID", v: (g) => "I" + g.hex(40) },
];

const specs = buildSpecs(g, raw);
export const cases: CorpusCase[] = renderAll(g, specs, { idPrefix: "y129-b-", category: () => BENIGN, label: "benign", offset: 5 });

// ---------------------------------------------------------------- handcrafted benign
let k = 0;
const B = (note: string, text: string): void => {
  cases.push({ id: `y129-bk-${String(++k).padStart(3, "0")}`, kind: "secrets", category: BENIGN, label: "benign", text, note });
};
const J = (x: unknown): string => JSON.stringify(x);

B("GitHub Actions secrets references under secret-named env keys; context: workflow YAML",
  `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      STRIPE_SECRET_KEY: \${{ secrets.STRIPE_SECRET_KEY }}\n      DATABASE_URL: \${{ secrets.DATABASE_URL }}\n      OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n    steps:\n      - run: ./deploy.sh\n`);
B("1Password secret references (op://) in a .env template; context: chat body",
  J({ model: "gpt-4o", messages: [{ role: "user", content: "Is this the right syntax for `op run --env-file`?\n\nSTRIPE_SECRET_KEY=op://Production/Stripe/secret key\nDATABASE_PASSWORD=op://Production/Postgres/password\nSLACK_BOT_TOKEN=op://Shared/Slack Bot/credential" }] }));
B("CloudFormation dynamic references to Secrets Manager / SSM SecureString; context: template YAML",
  `Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUsername: '{{resolve:secretsmanager:prod/db:SecretString:username}}'\n      MasterUserPassword: '{{resolve:secretsmanager:prod/db:SecretString:password}}'\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Environment:\n        Variables:\n          API_TOKEN: '{{resolve:ssm-secure:/prod/api/token:3}}'\n`);
B("Vault agent template referencing KV paths; context: HCL template file",
  `template {\n  destination = "/etc/app/env"\n  contents = <<EOT\n{{ with secret "secret/data/prod/payments" }}\nSTRIPE_SECRET_KEY={{ .Data.data.stripe_secret_key }}\nWEBHOOK_SECRET={{ .Data.data.webhook_secret }}\n{{ end }}\nEOT\n}\n`);
B("Kubernetes secretKeyRef env entries; context: Deployment YAML",
  `env:\n  - name: DATABASE_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: pg-credentials\n        key: password\n  - name: SENDGRID_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: mail\n        key: api-key\n`);
B("Azure App Service Key Vault references; context: app settings JSON",
  JSON.stringify([{ name: "DbPassword", value: "@Microsoft.KeyVault(VaultName=acme-kv;SecretName=DbPassword)", slotSetting: false }, { name: "StorageConnection", value: "@Microsoft.KeyVault(VaultName=acme-kv;SecretName=StorageConnection;SecretVersion=" + g.hex(32) + ")", slotSetting: true }], null, 2));
B("GCP Secret Manager resource names; context: Cloud Run service YAML",
  `spec:\n  template:\n    spec:\n      containers:\n      - image: europe-docker.pkg.dev/acme/api/api@sha256:${g.hex(64)}\n        env:\n        - name: DB_PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: projects/${g.dig(12)}/secrets/db-password\n              key: latest\n`);
B("environment-variable interpolation only; context: docker-compose in chat",
  J({ model: "claude-sonnet-4-5", max_tokens: 800, messages: [{ role: "user", content: "compose ignores my .env, why?\n\nservices:\n  api:\n    environment:\n      - OPENAI_API_KEY=${OPENAI_API_KEY}\n      - STRIPE_SECRET_KEY=${STRIPE_SECRET_KEY:?missing}\n      - REDIS_URL=redis://cache:6379/0" }] }));
B("SOPS-encrypted YAML (ENC[...] values, age recipient, MAC); context: file in review diff",
  `+db:\n+    password: ENC[AES256_GCM,data:${g.b64(24)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n+stripe:\n+    secret_key: ENC[AES256_GCM,data:${g.b64(140)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n+sops:\n+    age:\n+        - recipient: age1${g.bech(58)}\n+          enc: |\n+            -----BEGIN AGE ENCRYPTED FILE-----\n+            ${g.b64(64)}\n+            ${g.b64(60)}\n+            -----END AGE ENCRYPTED FILE-----\n+    lastmodified: "${g.ts()}"\n+    mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n+    version: 3.9.0\n`);
B("Ansible Vault encrypted variable; context: group_vars YAML",
  `db_user: app\ndb_password: !vault |\n          $ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 5 }, () => "          " + g.hex(80)).join("\n")}\n          ${g.hex(40)}\n`);
B("Bitnami SealedSecret encryptedData; context: manifest in a PR",
  `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: stripe\n  namespace: payments\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.b64(680)}\n`);
B("Vault transit ciphertext stored in a DB row; context: SQL insert",
  `INSERT INTO customer_tokens (customer_id, provider, ciphertext) VALUES ('cus_${g.an(14)}', 'plaid', 'vault:v1:${g.b64(120)}');`);
B("AWS KMS CiphertextBlob in a Lambda env var; context: JSON config",
  JSON.stringify({ FunctionName: "payouts", Environment: { Variables: { ENCRYPTED_DB_PASSWORD: "AQICAHh" + g.b64(241) + "=", KMS_KEY_ID: g.uuid() } } }, null, 2));
B("PGP encrypted message (not a key); context: email body via API",
  J({ to: ["security@example.com"], subject: "report", text: ["-----BEGIN PGP MESSAGE-----", "", wrap("hQIMA" + g.b64(700), 64), "=" + g.b64(4), "-----END PGP MESSAGE-----"].join("\n") }));
B("PEM certificate chain in a ConfigMap; context: YAML",
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: upstream-ca\ndata:\n  ca.crt: |\n${pem("CERTIFICATE", certBody(g)).split("\n").map((l) => "    " + l).join("\n")}\n`);
B("RSA public key PEM for JWT verification; context: env file",
  `JWT_ISSUER=https://id.example.com\nJWT_PUBLIC_KEY="${pem("PUBLIC KEY", pubKeyBody(g)).replace(/\n/g, "\\n")}"\n`);
B("SSH known_hosts lines; context: CI step",
  `- name: trust git host\n  run: |\n    mkdir -p ~/.ssh\n    echo "git.example.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)}" >> ~/.ssh/known_hosts\n    echo "git.example.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${g.b64(139)}=" >> ~/.ssh/known_hosts\n`);
B("authorized_keys with RSA public keys; context: cloud-init user-data",
  `#cloud-config\nusers:\n  - name: deploy\n    ssh_authorized_keys:\n      - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(540)} alice@laptop\n      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} bob@ws\n`);
B("PGP public key block; context: Markdown SECURITY.md",
  `## Reporting\nEncrypt reports with our key:\n\n\`\`\`\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${wrap("mQINBG" + g.b64(1100), 64)}\n=${g.b64(4)}\n-----END PGP PUBLIC KEY BLOCK-----\n\`\`\`\n`);
B("JWKS with public RSA parameters only (n, e); context: HTTP response echoed in a tool_result",
  J({ type: "tool_result", tool_use_id: `toolu_01${g.an(22)}`, content: JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(16), alg: "RS256", n: g.b64u(342), e: "AQAB" }] }) }));
B("angle-bracket placeholders in a README quickstart; context: Markdown",
  "## Quickstart\n\n```bash\nexport OPENAI_API_KEY=<your-openai-api-key>\nexport ANTHROPIC_API_KEY=<your-anthropic-key>\nexport DATABASE_URL=postgres://<user>:<password>@<host>:5432/<db>\n```\n");
B("REPLACE_ME / changeme-free placeholders in a sample config; context: YAML",
  `stripe:\n  secret_key: REPLACE_WITH_STRIPE_SECRET_KEY\n  webhook_secret: "<set in vault>"\nslack:\n  bot_token: xoxb-your-bot-token-here\ngithub:\n  token: "\${GITHUB_TOKEN}"\n`);
B("masked keys in CLI output (prefix + last 4 only); context: terminal output",
  `$ acme config list\nprovider   key\nopenai     sk-proj-****************************${g.an(4)}\nstripe     sk_live_************${g.an(4)}\ngithub     ghp_********************************${g.an(4)}\n`);
B("GitHub Actions log with *** redaction; context: CI log",
  `2025-05-02T10:11:12.0000000Z + export NPM_TOKEN=***\n2025-05-02T10:11:12.0000001Z + npm publish --access public\n2025-05-02T10:11:19.2231000Z npm notice Publishing to https://registry.npmjs.org/ with tag latest\n2025-05-02T10:11:20.0040000Z + curl -H 'Authorization: Bearer ***' https://api.example.com/notify\n`);
B("Stripe-Signature header from a delivered webhook (HMAC, not the secret); context: request log",
  `POST /webhooks/stripe HTTP/1.1\nHost: api.example.com\nStripe-Signature: t=${g.epoch()},v1=${g.hex(64)}\nContent-Type: application/json\n\n{"id":"evt_${g.an(24)}","type":"invoice.paid"}`);
B("GitHub webhook delivery headers (X-Hub-Signature-256); context: delivery log JSON",
  J({ headers: { "X-GitHub-Delivery": g.uuid(), "X-GitHub-Event": "push", "X-Hub-Signature-256": `sha256=${g.hex(64)}`, "X-GitHub-Hook-ID": g.dig(9) }, payload: { ref: "refs/heads/main", after: g.hex(40) } }));
B("curl using shell variables for credentials; context: tool_calls shell command",
  J({ tool_calls: [{ id: `call_${g.an(24)}`, type: "function", function: { name: "shell", arguments: J({ command: `curl -fsS -H "Authorization: Bearer $GITHUB_TOKEN" -H "X-Api-Key: \${DD_API_KEY}" https://api.example.com/v1/ping` }) } }] }));
B("password fetched by command substitution from Vault; context: shell script",
  `#!/usr/bin/env bash\nset -euo pipefail\nexport PGPASSWORD="$(vault kv get -field=password secret/prod/postgres)"\nexport STRIPE_SECRET_KEY="$(aws secretsmanager get-secret-value --secret-id prod/stripe --query SecretString --output text)"\npsql -h pg.example.net -U app -c 'select 1'\n`);
B("base64 PNG data URI in an HTML email; context: JSON body",
  J({ subject: "Weekly report", html: `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe${g.b64(600)}AAAAAElFTkSuQmCC">` }));
B("Rails encrypted credentials file content (ciphertext--iv--tag); context: diff",
  `diff --git a/config/credentials/production.yml.enc b/config/credentials/production.yml.enc\n-${g.b64(300)}--${g.b64(16)}--${g.b64(22)}==\n+${g.b64(320)}--${g.b64(16)}--${g.b64(22)}==\n`);
B("Pulumi stack config with secure (encrypted) values; context: YAML",
  `encryptionsalt: v1:${g.b64(12)}=:v1:${g.b64(16)}:${g.b64(22)}==\nconfig:\n  aws:region: eu-west-1\n  acme:dbPassword:\n    secure: v1:${g.b64(16)}:${g.b64(44)}\n  acme:stripeKey:\n    secure: v1:${g.b64(16)}:${g.b64(150)}\n`);
B("docker config.json using a credential helper (no stored auth); context: JSON",
  JSON.stringify({ auths: { "ghcr.io": {}, "https://index.docker.io/v1/": {} }, credsStore: "desktop", credHelpers: { "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login" } }, null, 2));
B(".npmrc with env-var token reference; context: raw file",
  "@acme:registry=https://npm.pkg.example.com/\n//npm.pkg.example.com/:_authToken=${NPM_TOKEN}\n//registry.npmjs.org/:_authToken=${NPM_PUBLISH_TOKEN}\n");
B("terraform plan output with sensitive values hidden; context: CI log",
  `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "acme-prod"\n      ~ password = (sensitive value)\n        username = "acme_admin"\n    }\n\n  # random_password.api will be created\n  + resource "random_password" "api" {\n      + result = (sensitive value)\n    }\nPlan: 1 to add, 1 to change, 0 to destroy.`);
B("SRI integrity attributes on script tags; context: HTML in a chat body",
  J({ model: "gpt-4o", messages: [{ role: "user", content: `Why does the browser block these?\n<script src="https://cdn.example.com/lib@4.2.1/lib.min.js" integrity="sha384-${g.b64(64)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="https://cdn.example.com/ui.css" integrity="sha512-${g.b64(86)}==">` }] }));
B("package-lock.json excerpt with resolved/integrity; context: MCP read_file result",
  J({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: JSON.stringify({ "node_modules/left-pad": { version: "1.3.0", resolved: "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz", integrity: `sha512-${g.b64(86)}==` }, "node_modules/ms": { version: "2.1.3", resolved: "https://registry.npmjs.org/ms/-/ms-2.1.3.tgz", integrity: `sha512-${g.b64(86)}==` } }, null, 2) }] } }));
B("webpack stats with content hashes and chunk ids; context: JSON log",
  J({ level: "info", msg: "build complete", assets: [{ name: `main.${g.hex(20)}.js`, size: 183211 }, { name: `vendor.${g.hex(20)}.js`, size: 402110 }, { name: `styles.${g.hex(8)}.css`, size: 22101 }], hash: g.hex(20) }));
B("OAuth authorization URL with client_id, state and PKCE challenge (no secret); context: browser log",
  `[nav] https://login.example.com/authorize?response_type=code&client_id=${g.an(32)}&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcb&scope=openid%20profile&state=${g.b64u(32)}&code_challenge=${g.b64u(43)}&code_challenge_method=S256`);
B("Stripe publishable key in frontend checkout init; context: JS snippet in chat (Korean prose)",
  `결제 버튼이 안 떠요. 코드 좀 봐 주세요:\n\nconst stripe = Stripe("${["pk", "_live_", "51", g.an(97)].join("")}");\nconst elements = stripe.elements({ clientSecret });\n`);
B("git log excerpt with commit SHAs and signed-off trailers; context: chat body",
  J({ model: "gpt-4.1-mini", messages: [{ role: "user", content: `Summarise these commits:\n\ncommit ${g.hex(40)}\nAuthor: Dev <dev@example.com>\n\n    fix: retry on 429\n\ncommit ${g.hex(40)}\nMerge: ${g.hex(7)} ${g.hex(7)}\n\n    Merge pull request #412 from acme/feat/billing` }] }));
B("docker pull output with image digests and layer ids; context: CI log",
  `Pulling from acme/api\n${Array.from({ length: 4 }, () => `${g.hex(12)}: Pull complete`).join("\n")}\nDigest: sha256:${g.hex(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api:2.14.0\n`);
B("Helm release secret pointer and checksum annotations; context: rendered manifest",
  `metadata:\n  annotations:\n    checksum/config: ${g.hex(64)}\n    checksum/secret: ${g.hex(64)}\n    vault.hashicorp.com/agent-inject-secret-db: "database/creds/app"\n`);
B("Windows SID and GUIDs in an event log; context: structured log",
  J({ EventID: 4624, TargetUserSid: `S-1-5-21-${g.dig(10)}-${g.dig(10)}-${g.dig(10)}-1104`, LogonGuid: `{${g.uuid().toUpperCase()}}`, ProcessId: "0x" + g.hex(4) }));
B("Kubernetes ServiceAccount token reference via projected volume (no token value); context: YAML",
  `volumes:\n  - name: kube-api-access\n    projected:\n      sources:\n        - serviceAccountToken:\n            path: token\n            expirationSeconds: 3607\n        - configMap:\n            name: kube-root-ca.crt\n`);
B("password policy and rotation metadata, no values; context: JSON config",
  JSON.stringify({ passwordPolicy: { minLength: 14, requireSymbols: true, maxAgeDays: 90 }, apiKeyRotation: { schedule: "0 3 1 * *", lastRotatedAt: g.ts(), nextRotationAt: g.ts() } }, null, 2));
B("HMAC-SHA256 of a payload shown in a unit-test expectation (digest only); context: test code",
  `it("signs payloads", () => {\n  const sig = sign(payload, process.env.TEST_SIGNING_KEY!);\n  expect(sig).toBe("${g.hex(64)}");\n});\n`);
B("UUID-heavy Terraform resource ids; context: terraform state list output",
  `azurerm_resource_group.main: /subscriptions/${g.uuid()}/resourceGroups/acme-prod\nazurerm_key_vault.kv: /subscriptions/${g.uuid()}/resourceGroups/acme-prod/providers/Microsoft.KeyVault/vaults/acme-kv\ngoogle_project.main: projects/${g.dig(12)}\n`);
B("blurred credential in a handover message (asks to fetch from vault instead); context: Slack message (German)",
  J({ channel: `C0${g.up(9)}`, text: "Den Stripe-Key bitte NICHT hier posten – er liegt im Vault unter `secret/prod/stripe`. Zugriff beantragen über #platform-access." }));
B("base64-encoded non-secret Secret data (usernames, hosts); context: kubectl get secret -o yaml",
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-endpoint\ntype: Opaque\ndata:\n  host: ${b64("db-primary.example.com")}\n  port: ${b64("5432")}\n  username: ${b64("app_user")}\n  database: ${b64("app")}\n`);
B("Cargo.lock checksums; context: diff",
  `@@ -120,7 +120,7 @@\n [[package]]\n name = "serde"\n-version = "1.0.203"\n-checksum = "${g.hex(64)}"\n+version = "1.0.204"\n+checksum = "${g.hex(64)}"\n`);
B("Ethereum tx receipt (hashes, addresses); context: tool_result JSON",
  J({ type: "tool_result", tool_use_id: `toolu_01${g.an(22)}`, content: JSON.stringify({ transactionHash: "0x" + g.hex(64), blockHash: "0x" + g.hex(64), from: "0x" + g.hex(40), to: "0x" + g.hex(40), status: "0x1", logsBloom: "0x" + g.hex(512) }) }));

void b64;
