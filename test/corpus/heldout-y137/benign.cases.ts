// heldout-y137: benign look-alikes. Rotated ones go through the same renderers as the positives
// (with non-secret slot, header and parameter names); handcrafted ones are whole files/payloads.
import type { CorpusCase } from "../types.ts";
import { Gen, type Spec, hc, keys, rotate } from "./_gen.ts";

const B = (p: string, k: string, v: (g: Gen) => string, hdr: string, q: string, extra?: Spec["extra"]): Spec => ({ group: "keys", p, k, v, hdr, q, ...(extra ? { extra } : {}) });
const ULID = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const specs: Spec[] = [
  B("git commit SHA", "GIT_COMMIT_SHA", (g) => g.h(40), "X-Commit-Sha", "sha"),
  B("release artifact SHA-256 checksum", "ARTIFACT_SHA256", (g) => g.h(64), "X-Checksum-Sha256", "checksum"),
  B("container image digest", "IMAGE_DIGEST", (g) => `sha256:${g.h(64)}`, "Docker-Content-Digest", "digest"),
  B("SRI sha384 integrity", "WIDGET_SCRIPT_INTEGRITY", (g) => `sha384-${g.b64(64)}`, "X-Integrity", "integrity"),
  B("request id (UUID)", "REQUEST_ID", (g) => g.uuid(), "X-Request-Id", "request_id"),
  B("W3C traceparent", "TRACEPARENT", (g) => `00-${g.h(32)}-${g.h(16)}-01`, "traceparent", "traceparent"),
  { ...B("HTTP ETag", "ASSET_ETAG", (g) => g.h(32), "If-None-Match", "etag"), hdr: (v: string) => `If-None-Match: W/"${v}"` },
  B("Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => ["cus", "_", g.a(14)].join(""), "X-Customer-Id", "customer"),
  B("Stripe price id", "STRIPE_PRICE_ID", (g) => ["price", "_1", g.a(23)].join(""), "X-Price-Id", "price"),
  B("Stripe PaymentIntent id", "PAYMENT_INTENT_ID", (g) => ["pi", "_3", g.a(23)].join(""), "X-Payment-Intent", "payment_intent"),
  B("OpenAI chat completion id", "COMPLETION_ID", (g) => ["chat", "cmpl-", g.a(29)].join(""), "X-Completion-Id", "completion_id"),
  B("Anthropic message id", "ANTHROPIC_MESSAGE_ID", (g) => ["msg", "_01", g.a(22)].join(""), "X-Message-Id", "message_id"),
  B("OpenAI assistant id", "ASSISTANT_ID", (g) => ["as", "st_", g.a(24)].join(""), "X-Assistant-Id", "assistant_id"),
  B("OpenAI organization id", "OPENAI_ORG_ID", (g) => ["or", "g-", g.a(24)].join(""), "OpenAI-Organization", "organization"),
  B("Slack channel id", "SLACK_CHANNEL_ID", (g) => `C0${g.up(9)}`, "X-Slack-Channel", "channel"),
  B("Azure tenant id", "AZURE_TENANT_ID", (g) => g.uuid(), "X-Tenant-Id", "tenant"),
  B("AWS IAM role ARN", "DEPLOY_ROLE_ARN", (g) => `arn:aws:iam::${g.d(12)}:role/github-actions-deploy-${g.lo(6)}`, "X-Role-Arn", "role_arn"),
  B("GCP project number", "GCP_PROJECT_NUMBER", (g) => g.d(12), "X-Goog-User-Project", "project"),
  B("MongoDB ObjectId", "ORDER_ID", (g) => g.h(24), "X-Order-Id", "order_id"),
  B("ULID event id", "EVENT_ID", (g) => `01J${g.str(23, ULID)}`, "X-Event-Id", "event_id"),
  B("KSUID batch id", "BATCH_ID", (g) => `2${g.a(26)}`, "X-Batch-Id", "batch"),
  B("Git LFS object id", "LFS_OID", (g) => `sha256:${g.h(64)}`, "X-Lfs-Oid", "oid"),
  B("OpenPGP key fingerprint", "GPG_FINGERPRINT", (g) => g.H(40), "X-Signer-Fingerprint", "fingerprint"),
  B("SSH host key fingerprint", "SSH_HOST_FINGERPRINT", (g) => `SHA256:${g.b64(43)}`, "X-Host-Fingerprint", "fingerprint"),
  B("TLS certificate SHA-256 fingerprint", "TLS_CERT_FINGERPRINT", (g) => Array.from({ length: 32 }, () => g.H(2)).join(":"), "X-Cert-Fingerprint", "cert_sha256"),
  B("age recipient (public key)", "SOPS_AGE_RECIPIENTS", (g) => `age1${g.bech(58)}`, "X-Age-Recipient", "recipient"),
  B("WireGuard peer public key", "WG_PEER_PUBLIC_KEY", (g) => g.bb(32), "X-Peer-Public-Key", "peer_public_key"),
  B("Ethereum address", "TREASURY_ADDRESS", (g) => `0x${g.h(40)}`, "X-Wallet-Address", "address"),
  B("Bitcoin bech32 address", "BTC_PAYOUT_ADDRESS", (g) => `bc1q${g.bech(38)}`, "X-Payout-Address", "address"),
  B("IPFS CID", "IPFS_CID", (g) => `bafybei${g.str(52, "abcdefghijklmnopqrstuvwxyz234567")}`, "X-Ipfs-Cid", "cid"),
  B("Nix store path", "NIX_OPENSSL_PATH", (g) => `/nix/store/${g.str(32, "0123456789abcdfghijklmnpqrsvwxyz")}-openssl-3.0.14`, "X-Store-Path", "store_path"),
  B("npm package integrity", "PACKAGE_INTEGRITY", (g) => `sha512-${g.b64(86)}==`, "X-Package-Integrity", "integrity"),
  B("Go module h1 hash", "MODULE_HASH", (g) => `h1:${g.b64(43)}=`, "X-Module-Hash", "hash"),
  B("webpack content-hashed bundle name", "MAIN_BUNDLE", (g) => `main.${g.h(20)}.js`, "X-Bundle", "bundle"),
  B("Terraform state lineage", "TF_STATE_LINEAGE", (g) => g.uuid(), "X-State-Lineage", "lineage"),
  B("Sentry event id", "SENTRY_EVENT_ID", (g) => g.h(32), "X-Sentry-Event", "event_id"),
  B("Datadog trace id", "DD_TRACE_ID", (g) => `${g.range(1, 9)}${g.d(18)}`, "x-datadog-trace-id", "trace_id"),
  B("Kubernetes pod UID", "POD_UID", (g) => g.uuid(), "X-Pod-Uid", "pod_uid"),
  B("Docker container id", "CONTAINER_ID", (g) => g.h(64), "X-Container-Id", "container"),
  B("Gravatar email hash", "AVATAR_HASH", (g) => g.h(32), "X-Avatar-Hash", "avatar"),
  B("YouTube video id", "INTRO_VIDEO_ID", (g) => g.b64u(11), "X-Video-Id", "v"),
  B("PKCE code_challenge (S256)", "CODE_CHALLENGE", (g) => g.b64u(43), "X-Code-Challenge", "code_challenge"),
  B("Cloudflare zone id", "CLOUDFLARE_ZONE_ID", (g) => g.h(32), "X-Zone-Id", "zone_id"),
  B("Cloudflare account id", "CF_ACCOUNT_ID", (g) => g.h(32), "X-Account-Id", "account_id"),
  B("Algolia application id", "ALGOLIA_APP_ID", (g) => g.up(10), "X-Algolia-Application-Id", "app_id"),
  B("Datadog monitor id list", "DD_MONITOR_IDS", (g) => `${g.d(8)},${g.d(8)},${g.d(8)}`, "X-Monitor-Ids", "monitor_ids"),
  B("GitHub Actions run id", "CI_RUN_ID", (g) => g.d(11), "X-Run-Id", "run_id"),
  B("S3 object version id", "OBJECT_VERSION_ID", (g) => g.b64u(32).replace(/-/g, "."), "x-amz-version-id", "versionId"),
  B("Stripe webhook endpoint id", "STRIPE_WEBHOOK_ENDPOINT_ID", (g) => ["we", "_1", g.a(23)].join(""), "X-Endpoint-Id", "endpoint"),
  B("Google Drive folder id", "REPORTS_FOLDER_ID", (g) => `1${g.b64u(32)}`, "X-Folder-Id", "folder_id"),
  // references, placeholders, masks, encrypted values (in secret-named slots: the text is not a secret)
  B("GitHub Actions secrets reference", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}", "Authorization", "token"),
  B("placeholder", "SENDGRID_API_KEY", () => "<your-sendgrid-api-key>", "Authorization", "api_key"),
  B("masked Stripe key (last four)", "STRIPE_SECRET_KEY", (g) => ["sk", "_live_", "••••••••••••••••••••", g.a(4)].join(""), "Authorization", "key"),
  B("1Password secret reference", "DD_API_KEY", () => "op://Engineering/Datadog/api-key", "DD-API-KEY", "api_key"),
  B("shell variable reference", "OPENAI_API_KEY", () => "${OPENAI_API_KEY}", "Authorization", "api_key"),
  B("Azure Key Vault reference", "PAYMENTS_API_KEY", () => "@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.azure.example.net/secrets/PaymentsApiKey/)", "X-Config-Source", "api_key"),
  B("SOPS-encrypted value", "DB_PASSWORD", (g) => `ENC[AES256_GCM,data:${g.b64(24)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]`, "X-Encrypted-Value", "password"),
  B("AWS Secrets Manager ARN reference", "DB_CREDENTIALS_SECRET_ARN", (g) => `arn:aws:secretsmanager:eu-west-1:${g.d(12)}:secret:prod/orders/db-${g.a(6)}`, "X-Secret-Arn", "secret_arn"),
  B("redacted mask", "GITHUB_TOKEN", () => "***", "Authorization", "token"),
  B("SSM parameter reference", "SLACK_WEBHOOK_URL", () => "{{resolve:ssm-secure:/prod/alerts/slack-webhook:3}}", "X-Config-Source", "webhook"),
];

const rotated = rotate(specs, { seed: 0x137b0, idPrefix: "y137-b", category: () => "heldouty137-benign", label: "benign", offset: 5 });

// --- handcrafted --------------------------------------------------------------------------------
const g = new Gen(0x137bb);
const hand: CorpusCase[] = [];
let n = 0;
const add = (note: string, text: string) => {
  n += 1;
  hand.push(hc(`y137-bk-${String(n).padStart(3, "0")}`, "heldouty137-benign", "benign", note, text));
};

add("PEM certificate chain pasted in chat (asking why the chain is incomplete)", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `nginx says "unable to get local issuer certificate". fullchain.pem:\n\n${keys.cert(g)}\n${keys.cert(g)}` }] }));
add("RSA public key PEM as JWT verification key (JWT_PUBLIC_KEY) in .env", `JWT_ISSUER=https://auth.example.com\nJWT_AUDIENCE=orders\nJWT_PUBLIC_KEY="${keys.spkiRsa(g).replace(/\n/g, "\\n")}"\n`);
add("EC public key PEM in an Apple Pay merchant config", `merchant:\n  identifier: merchant.com.example.shop\n  verification_public_key: |\n${keys.spkiEc(g).split("\n").map((l) => `    ${l}`).join("\n")}\n`);
add("ssh-ed25519 public key appended to authorized_keys via tool call", JSON.stringify({ tool_calls: [{ id: `call_${g.a(24)}`, type: "function", function: { name: "bash", arguments: JSON.stringify({ command: `echo '${keys.sshEd25519Pub(g, "ci@build-07")}' >> ~/.ssh/authorized_keys` }) } }] }));
add("ssh-rsa public key in cloud-init ssh_authorized_keys", `#cloud-config\nusers:\n  - name: deploy\n    groups: sudo\n    shell: /bin/bash\n    ssh_authorized_keys:\n      - ${keys.sshRsaPub(g, "deploy@example.com")}\n`);
add("JWKS with public RSA keys only (n, e)", JSON.stringify({ keys: [{ kty: "RSA", kid: g.h(16), use: "sig", alg: "RS256", n: g.b64u(342), e: "AQAB" }, { kty: "RSA", kid: g.h(16), use: "sig", alg: "RS256", n: g.b64u(342), e: "AQAB" }] }, null, 2));
add("kubeconfig with exec-based auth (aws eks get-token) and CA data", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${Buffer.from(keys.cert(g)).toString("base64")}\n    server: https://${g.H(32)}.gr7.eu-west-1.eks.example.com\n  name: prod\nusers:\n- name: eks-prod\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: ["eks", "get-token", "--cluster-name", "prod"]\ncontexts:\n- context: {cluster: prod, user: eks-prod}\n  name: prod\ncurrent-context: prod\n`);
add("docker config.json with credsStore/credHelpers only (no auth)", JSON.stringify({ auths: { "ghcr.io": {}, [`${g.d(12)}.dkr.ecr.eu-west-1.amazonaws.com`]: {} }, credsStore: "osxkeychain", credHelpers: { "europe-docker.pkg.dev": "gcloud" } }, null, 2));
add(".npmrc with ${NPM_TOKEN} reference", `@acme:registry=https://npm.pkg.github.com/\n//npm.pkg.github.com/:_authToken=\${NPM_TOKEN}\nengine-strict=true\n`);
add("GitHub Actions workflow using secrets references", `jobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n          STRIPE_SECRET_KEY: \${{ secrets.STRIPE_SECRET_KEY }}\n      - uses: docker/login-action@v3\n        with:\n          username: \${{ github.actor }}\n          password: \${{ secrets.GITHUB_TOKEN }}\n`);
add("k8s Deployment env from secretKeyRef", `spec:\n  containers:\n    - name: api\n      image: ghcr.io/acme/api@sha256:${g.h(64)}\n      env:\n        - name: DATABASE_URL\n          valueFrom:\n            secretKeyRef:\n              name: api-db\n              key: url\n        - name: OPENAI_API_KEY\n          valueFrom:\n            secretKeyRef:\n              name: llm-keys\n              key: openai\n`);
add("Helm values with existingSecret references", `postgresql:\n  auth:\n    existingSecret: pg-credentials\n    secretKeys:\n      adminPasswordKey: postgres-password\n      userPasswordKey: password\nredis:\n  auth:\n    existingSecret: redis-auth\n    existingSecretPasswordKey: redis-password\n`);
add("Terraform reading a Secrets Manager secret (no value) with sensitive vars", `data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/orders/db"\n}\n\nvariable "stripe_secret_key" {\n  type      = string\n  sensitive = true\n}\n\nresource "aws_lambda_function" "api" {\n  function_name = "orders-api"\n  environment {\n    variables = {\n      DB_SECRET_ARN = data.aws_secretsmanager_secret_version.db.arn\n      STRIPE_KEY    = var.stripe_secret_key\n    }\n  }\n}\n`);
add("SOPS-encrypted YAML file with age recipient metadata", `db:\n    password: ENC[AES256_GCM,data:${g.b64(28)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n    user: ENC[AES256_GCM,data:${g.b64(12)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n    age:\n        - recipient: age1${g.bech(58)}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${g.b64(64)}\n            ${g.b64(64)}\n            ${g.b64(64)}\n            ${g.b64(20)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2024-10-02T08:12:44Z"\n    mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n    version: 3.9.0\n`);
add("Ansible Vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.h(80)).join("\n")}\n${g.h(40)}\n`);
add("Bitnami SealedSecret manifest (encryptedData)", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: payments\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.b64(700)}==\n    DB_PASSWORD: AgA${g.b64(700)}==\n`);
add("AWS KMS ciphertext blob in Lambda env (encrypted, decrypted at runtime)", `# Lambda environment (encrypted with KMS key alias/app)\nDB_PASSWORD_CIPHERTEXT=AQICAHh${g.b64(180)}==\nKMS_KEY_ARN=arn:aws:kms:eu-west-1:${g.d(12)}:key/${g.uuid()}\n`);
add("PGP-encrypted message in an email body", `Hi Ana,\n\nthe vendor contract is attached, encrypted to your key.\n\n-----BEGIN PGP MESSAGE-----\n\nhQIMA${g.b64(59)}\n${Array.from({ length: 10 }, () => g.b64(64)).join("\n")}\n=${g.b64(4)}\n-----END PGP MESSAGE-----\n`);
add("CI log with masked secrets", `2024-09-03T11:02:17.5520Z ##[group]Run ./deploy.sh\n2024-09-03T11:02:17.5521Z env:\n2024-09-03T11:02:17.5522Z   STRIPE_SECRET_KEY: ***\n2024-09-03T11:02:17.5523Z   DATABASE_URL: ***\n2024-09-03T11:02:17.5524Z   GIT_SHA: ${g.h(40)}\n2024-09-03T11:02:17.5525Z ##[endgroup]`);
add("provider API key listing with redacted values and ids", JSON.stringify({ object: "list", data: [{ object: "organization.project.api_key", id: `key_${g.a(16)}`, name: "ci", redacted_value: ["sk-", "proj-", "****", g.a(4)].join(""), created_at: g.ts() }, { object: "organization.project.api_key", id: `key_${g.a(16)}`, name: "notebooks", redacted_value: ["sk-", "proj-", "****", g.a(4)].join(""), created_at: g.ts() }] }));
add(".env.example with placeholders", `# copy to .env and fill in\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSTRIPE_SECRET_KEY=sk_live_your_key_here\nOPENAI_API_KEY=<your-openai-key>\nSLACK_BOT_TOKEN=xoxb-your-bot-token\nJWT_SECRET=change-me-to-a-long-random-string\n`);
add("package-lock.json excerpt with integrity hashes", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.org/react/-/react-18.3.1.tgz", integrity: `sha512-${g.b64(86)}==` }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${g.b64(86)}==` } } }, null, 2));
add("go.sum excerpt", `github.com/google/uuid v1.6.0 h1:${g.b64(43)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64(43)}=\ngolang.org/x/crypto v0.27.0 h1:${g.b64(43)}=\ngolang.org/x/crypto v0.27.0/go.mod h1:${g.b64(43)}=\n`);
add("Cargo.lock excerpt with checksums", `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.40.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n`);
add("pip requirements with --hash pins", `requests==2.32.3 \\\n    --hash=sha256:${g.h(64)} \\\n    --hash=sha256:${g.h(64)}\nurllib3==2.2.3 \\\n    --hash=sha256:${g.h(64)}\n`);
add("docker build output with layer digests", `#5 [2/6] RUN apt-get update\n#5 CACHED\n#9 exporting layers 2.1s done\n#9 writing image sha256:${g.h(64)} done\n#9 naming to ghcr.io/acme/api:latest done\n#10 pushing layers\n#10 pushed ghcr.io/acme/api@sha256:${g.h(64)}`);
add("git log --oneline output pasted in chat", `which of these commits broke the build?\n\n${Array.from({ length: 6 }, () => `${g.h(40)} ${g.pick(["fix: retry on 502", "chore(deps): bump zod", "feat: add invoices export", "refactor cache layer", "ci: pin node 20", "docs: update README"])}`).join("\n")}`);
add("HTML with SRI integrity attributes", `<link rel="stylesheet" href="https://cdn.example.net/bootstrap@5.3.3/dist/css/bootstrap.min.css" integrity="sha384-${g.b64(64)}" crossorigin="anonymous">\n<script src="https://cdn.example.net/htmx.org@2.0.2" integrity="sha384-${g.b64(64)}" crossorigin="anonymous"></script>`);
add("base64 PNG data URI in a chat message with an image", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: [{ type: "text", text: "what's wrong with this chart?" }, { type: "image_url", image_url: { url: `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${g.b64(900)}` } }] }] }));
add("CSS modules with hashed class names", `.Button_root__${g.b64u(5)} { display: inline-flex; }\n.Button_primary__${g.b64u(5)} { background: #0b5fff; }\n.Card_wrap__${g.h(8)} { padding: 16px; }\n/*# sourceMappingURL=data:application/json;base64,${g.b64(200)} */`);
add("Stripe-Signature header on an inbound webhook replayed for debugging", `POST /webhooks/stripe HTTP/1.1\r\nHost: api.example.com\r\nContent-Type: application/json\r\nStripe-Signature: t=${g.ts()},v1=${g.h(64)}\r\n\r\n{"id":"evt_${g.a(24)}","type":"invoice.paid"}`);
add("GitHub webhook delivery headers (signature and delivery GUID)", `X-GitHub-Event: push\nX-GitHub-Delivery: ${g.uuid()}\nX-GitHub-Hook-ID: ${g.d(9)}\nX-Hub-Signature-256: sha256=${g.h(64)}\nContent-Type: application/json`);
add("CSR (certificate signing request) in a ticket", `Please sign this CSR for api.example.com:\n\n${pemLike("CERTIFICATE REQUEST", 700)}`);
add("openssl x509 -text output with public modulus", `Certificate:\n    Data:\n        Version: 3 (0x2)\n        Serial Number:\n            ${Array.from({ length: 16 }, () => g.h(2)).join(":")}\n        Subject: CN = api.example.com\n        Subject Public Key Info:\n            Public Key Algorithm: rsaEncryption\n                Public-Key: (2048 bit)\n                Modulus:\n${Array.from({ length: 17 }, () => `                    ${Array.from({ length: 15 }, () => g.h(2)).join(":")}:`).join("\n")}\n                Exponent: 65537 (0x10001)`);
add("hashed known_hosts entries", Array.from({ length: 3 }, () => `|1|${g.bb(20)}|${g.bb(20)} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)}`).join("\n"));
add("OpenPGP public key block in a README", `## Verifying releases\n\n\`\`\`\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG${g.b64(58)}\n${Array.from({ length: 12 }, () => g.b64(64)).join("\n")}\n=${g.b64(4)}\n-----END PGP PUBLIC KEY BLOCK-----\n\`\`\``);
add("signed commit (gpgsig) from git cat-file", `tree ${g.h(40)}\nparent ${g.h(40)}\nauthor Lena Ortiz <lena@example.com> 1725000000 +0200\ncommitter Lena Ortiz <lena@example.com> 1725000000 +0200\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n iQIzBAABCAAdFiEE${g.b64(48)}\n ${g.b64(64)}\n ${g.b64(64)}\n =${g.b64(4)}\n -----END PGP SIGNATURE-----\n\nfix: handle empty carts`);
add("Terraform plan output with (sensitive value)", `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "orders-prod"\n      ~ password = (sensitive value)\n        tags     = {}\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`);
add("vault kv metadata get output (no secret data)", `======= Metadata Path =======\nsecret/metadata/prod/payments\n\n========== Metadata ==========\nKey                     Value\n---                     -----\ncas_required            false\ncreated_time            2024-03-11T09:22:01.${g.d(6)}Z\ncurrent_version         7\nmax_versions            0\n`);
add("multipart upload of a binary file (random base64 payload, non-secret field names)", `--${g.a(20)}\nContent-Disposition: form-data; name="attachment"; filename="scan.pdf"\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjcK${g.b64(400)}\n--${g.a(20)}--`);

function pemLike(label: string, n: number): string {
  return `-----BEGIN ${label}-----\nMIIC${g.b64(60)}\n${g.bb(n).match(/.{1,64}/g)!.join("\n")}\n-----END ${label}-----`;
}

export const cases: CorpusCase[] = [...rotated, ...hand];
