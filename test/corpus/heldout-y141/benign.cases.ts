// Benign look-alikes: digests, ids, public material, references, placeholders, masks, encrypted
// blobs. Identifier-like values sit in slots named for what they are (never api_key/token/secret).
import type { CorpusCase } from "../types.ts";
import { A, B64, D, Gen, H, LA, S, U_, UA, rotate, type Spec } from "./_gen.ts";

const g = new Gen(141004);
const C = "heldouty141-benign";
const b64 = (s: string) => Buffer.from(s).toString("base64");
const pem = (label: string, body: string) => ["-----BEGIN ", label, "-----\n", body, "\n-----END ", label, "-----"].join("");

const B: Spec[] = [
  S("git-sha", "benign", "git commit SHA", "GIT_COMMIT_SHA", (g) => g.t([40, H]), "X-Git-Commit: ", "commit"),
  S("img-digest", "benign", "container image digest", "IMAGE_DIGEST", (g) => g.t("sha256:", [64, H]), "X-Image-Digest: ", "digest"),
  S("sri", "benign", "Subresource Integrity hash", "ASSET_INTEGRITY", (g) => g.t("sha384-", [64, B64]), "X-Asset-Integrity: ", "integrity"),
  S("req-id", "benign", "request id (UUID)", "REQUEST_ID", (g) => g.uuid(), "X-Request-Id: ", "request_id"),
  S("traceparent", "benign", "W3C traceparent", "TRACEPARENT", (g) => g.t("00-", [32, H], "-", [16, H], "-01"), "traceparent: ", "trace"),
  S("etag", "benign", "HTTP ETag", "CACHED_ETAG", (g) => g.t('W/"', [32, H], '"'), "If-None-Match: ", "etag"),
  S("stripe-cus", "benign", "Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => g.t("cus_", [14, A]), "X-Customer-Id: ", "customer"),
  S("stripe-pk", "benign", "Stripe publishable key", "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", (g) => g.t("pk", "_live_", "51", [97, A]), "X-Stripe-Publishable: ", "publishable"),
  S("chatcmpl", "benign", "OpenAI chat completion id", "LAST_COMPLETION_ID", (g) => g.t("chatcmpl-", [29, A]), "X-Completion-Id: ", "completion_id"),
  S("msg-id", "benign", "Anthropic message id", "LAST_MESSAGE_ID", (g) => g.t("msg_", "01", [22, A]), "X-Message-Id: ", "message_id"),
  S("role-arn", "benign", "AWS IAM role ARN", "AWS_ROLE_ARN", (g) => g.t("arn:aws:iam::", [12, D], ":role/github-actions-deployer"), "X-Role-Arn: ", "role_arn"),
  S("sub-id", "benign", "Azure subscription id", "AZURE_SUBSCRIPTION_ID", (g) => g.uuid(), "X-Subscription: ", "subscription"),
  S("client-id", "benign", "Google OAuth client id", "GOOGLE_CLIENT_ID", (g) => g.t([12, D], "-", [32, LA], ".apps.googleusercontent.com"), "X-Client-Id: ", "client_id"),
  S("fingerprint", "benign", "SSH host key fingerprint", "HOST_FINGERPRINT", (g) => g.t("SHA256:", [43, B64]), "X-Host-Fingerprint: ", "fingerprint"),
  S("objectid", "benign", "MongoDB ObjectId", "ORDER_ID", (g) => g.t([24, H]), "X-Order-Id: ", "order_id"),
  S("md5", "benign", "MD5 checksum of a release tarball", "TARBALL_MD5", (g) => g.t([32, H]), "Content-MD5: ", "md5"),
  S("sha256", "benign", "SHA-256 checksum of a release artifact", "ARTIFACT_SHA256", (g) => g.t([64, H]), "X-Checksum-Sha256: ", "sha256"),
  S("gosum", "benign", "go.sum module hash", "MODULE_HASH", (g) => g.t("h1:", [43, B64], "="), "X-Module-Hash: ", "h"),
  S("slack-chan", "benign", "Slack channel id", "SLACK_CHANNEL_ID", (g) => g.t("C0", [9, UA]), "X-Channel: ", "channel"),
  S("algolia-app", "benign", "Algolia application id", "ALGOLIA_APP_ID", (g) => g.t([10, UA]), "X-Algolia-Application-Id: ", "app_id"),
  S("build-id", "benign", "CI build id", "BUILD_ID", (g) => g.t("build-", [8, D], "-", [7, H]), "X-Build-Id: ", "build"),
  // secret-named slots whose value is not a secret: references, placeholders, masks, ciphertext
  S("ref-gha", "benign", "GitHub Actions secrets reference", "OPENAI_API_KEY", () => "${{ secrets.OPENAI_API_KEY }}", "Authorization: Bearer ", "api_key"),
  S("ref-op", "benign", "1Password secret reference", "STRIPE_SECRET_KEY", (g) => `op://Production/Stripe-${g.str(4, D)}/credential`),
  S("ref-vault", "benign", "Vault path reference", "DATABASE_PASSWORD", (g) => `vault:secret/data/prod/db-${g.str(3, D)}#password`),
  S("ref-sm", "benign", "AWS Secrets Manager ARN", "DB_SECRET_ARN", (g) => g.t("arn:aws:secretsmanager:eu-west-1:", [12, D], ":secret:prod/orders/db-", [6, A])),
  S("ref-kv", "benign", "Azure Key Vault reference", "SENDGRID_API_KEY", (g) => `@Microsoft.KeyVault(SecretUri=https://acme-kv-${g.str(3, D)}.vault.azure.net/secrets/sendgrid-api-key/)`),
  S("ref-env", "benign", "shell variable reference", "GITHUB_TOKEN", () => "${GITHUB_TOKEN:?must be set}", "Authorization: token "),
  S("placeholder", "benign", "placeholder value", "ANTHROPIC_API_KEY", (g) => g.pick(["<your-anthropic-api-key>", "changeme", "YOUR_API_KEY_HERE", "sk-ant-xxxxxxxxxxxxxxxxxxxxxxxx", "__REPLACE_ME__"]), "x-api-key: "),
  S("mask", "benign", "masked key as printed by a CLI", "SLACK_BOT_TOKEN", (g) => g.t("xoxb-", "****************", [4, A])),
  S("mask2", "benign", "redacted value", "AWS_SECRET_ACCESS_KEY", () => "********************************"),
  S("sops", "benign", "SOPS-encrypted value", "DB_PASSWORD", (g) => g.t("ENC[AES256_GCM,data:", [28, B64], ",iv:", [43, B64], "=,tag:", [22, B64], "==,type:str]")),
];

const hand: [string, string][] = [
  ["SSH public key (ed25519) in authorized_keys written via tool_use", JSON.stringify({ type: "tool_use", name: "write_file", input: { path: "~/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.str(43, B64)} ci@build\n` } })],
  ["PEM certificate in a chat body about a TLS error", JSON.stringify({ messages: [{ role: "user", content: `nginx says "certificate verify failed", here's fullchain.pem:\n${pem("CERTIFICATE", g.pemBody(900, "MIIDdzCCAl+gAwIBAgIU"))}` }] })],
  ["PEM public key (SPKI) in a JWKS setup doc", `## Verifying webhooks\n\nPaste this public key into the dashboard:\n\n\`\`\`\n${pem("PUBLIC KEY", g.pemBody(294, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"))}\n\`\`\`\n`],
  ["Ansible Vault encrypted file contents in a diff", `--- /dev/null\n+++ b/group_vars/prod/vault.yml\n@@ -0,0 +1,6 @@\n+$ANSIBLE_VAULT;1.1;AES256\n+${g.str(80, H)}\n+${g.str(80, H)}\n+${g.str(80, H)}\n+${g.str(40, H)}\n`],
  ["Bitnami SealedSecret (encrypted data) in kubectl apply via tool_calls", JSON.stringify({ tool_calls: [{ function: { name: "kubectl_apply", arguments: JSON.stringify({ manifest: `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-env\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.str(600, B64)}==\n` }) } }] })],
  ["package-lock.json integrity hashes pasted in chat", JSON.stringify({ messages: [{ role: "user", content: `npm ci fails with EINTEGRITY:\n"node_modules/left-pad": {\n  "version": "1.3.0",\n  "resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz",\n  "integrity": "sha512-${g.str(86, B64)}=="\n}` }] })],
  [".env.example with empty and placeholder values (docs)", `# Copy to .env and fill in\nOPENAI_API_KEY=\nSTRIPE_SECRET_KEY=sk_live_...\nDATABASE_URL=postgres://user:password@localhost:5432/app\nJWT_SECRET=<generate with openssl rand -base64 32>\n`],
  ["base64 PNG data URI in a multipart/JSON upload", JSON.stringify({ name: "logo.png", data: `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h${g.str(240, B64)}AAAAAElFTkSuQmCC` })],
  ["Kubernetes Secret with only non-secret config (base64 of a hostname and port)", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-conn\ndata:\n  DB_HOST: ${b64("db.internal.example.net")}\n  DB_PORT: ${b64("5432")}\n  DB_NAME: ${b64("orders")}\n`],
  ["GPG key id and fingerprint in git config shown in a CI log", `$ git config --list | grep -i sign\nuser.signingkey=${g.str(16, "0123456789ABCDEF")}\ncommit.gpgsign=true\n$ gpg --list-keys\npub   ed25519 2026-01-04 [SC]\n      ${g.str(40, "0123456789ABCDEF")}\nuid   [ultimate] Release Bot <release@example.com>`],
  ["Docker pull output with image digests and layer ids (MCP result)", JSON.stringify({ result: { content: [{ type: "text", text: `3.1.0: Pulling from acme/api\n${g.str(12, H)}: Pull complete\n${g.str(12, H)}: Pull complete\nDigest: sha256:${g.str(64, H)}\nStatus: Downloaded newer image for ghcr.io/acme/api:3.1.0` }] } })],
  ["Minified JS bundle fragment with hashed chunk names", `!function(e){var t={};function n(r){if(t[r])return t[r].exports}n.p="/static/js/",n.h="${g.str(20, H)}"}({"main.${g.str(8, H)}.js":function(e,t){e.exports="chunk-${g.str(8, H)} btn-primary"}});`],
];

export const cases: CorpusCase[] = [
  ...rotate(B, g, { prefix: "y141-b", cat: C, label: "benign", start: 0 }),
  ...rotate(B, g, { prefix: "y141-b", cat: C, label: "benign", start: 13, idStart: B.length }),
  ...rotate(B, g, { prefix: "y141-b", cat: C, label: "benign", start: 27, idStart: 2 * B.length }),
  ...hand.map(([note, text], k): CorpusCase => ({ id: `y141-bk-${String(k + 1).padStart(3, "0")}`, kind: "secrets", category: C, label: "benign", text, note })),
];
