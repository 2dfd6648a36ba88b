// heldout-y117: benign look-alikes — rotated through the same contexts, plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { AB, hc, Rng, rotate, type Kind, type Spec } from "./_gen.ts";

const j = (...xs: string[]) => xs.join("");
const B = (provider: string, kind: Kind, desc: string, vars: (r: Rng) => [string, string][], header?: string): Spec => ({
  provider, group: "benign", kind, desc, vars, ...(header ? { header } : {}),
});
function sshPub(r: Rng, comment: string): string {
  const blob = Buffer.concat([Buffer.from([0, 0, 0, 11]), Buffer.from("ssh-ed25519"), Buffer.from([0, 0, 0, 32]), Buffer.from(r.bytes(32))]);
  return `ssh-ed25519 ${blob.toString("base64")} ${comment}`;
}
const sops = (r: Rng, n: number) => `ENC[AES256_GCM,data:${r.b64(n)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]`;

const specs: Spec[] = [
  B("Docker", "digest", "release image digest", (r) => [["IMAGE_DIGEST", j("sha256:", r.hex(64))], ["IMAGE_TAG", "2025.06.12-1"]]),
  B("Git", "digest", "release commit SHA", (r) => [["GIT_COMMIT_SHA", r.hex(40)], ["GIT_BRANCH", "main"]]),
  B("API gateway", "id", "request id of the failing call", (r) => [["REQUEST_ID", r.uuid()]], "X-Request-Id: {v}"),
  B("OpenAI", "id", "chat completion id from the bad response", (r) => [["LAST_COMPLETION_ID", j("chatcmpl-", r.an(29))]]),
  B("Anthropic", "id", "message id returned by the API", (r) => [["ANTHROPIC_MESSAGE_ID", j("msg_01", r.an(22))]]),
  B("Stripe", "id", "Stripe customer id", (r) => [["STRIPE_CUSTOMER_ID", j("cus_", r.an(14))]]),
  B("Stripe", "id", "Stripe price id", (r) => [["STRIPE_PRICE_ID", j("price_1", r.an(23))]]),
  B("Stripe", "pubkey", "Stripe publishable key (browser)", (r) => [["NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", j("pk", "_live_", "51", r.an(97))]]),
  B("OpenAI", "id", "assistant id", (r) => [["OPENAI_ASSISTANT_ID", j("asst_", r.an(24))]]),
  B("OpenAI", "id", "vector store id", (r) => [["OPENAI_VECTOR_STORE_ID", j("vs_", r.an(24))]]),
  B("Slack", "id", "alerts channel id", (r) => [["SLACK_CHANNEL_ID", j("C0", r.str(9, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))]]),
  B("Discord", "id", "guild id", (r) => [["DISCORD_GUILD_ID", r.dig(19)]]),
  B("AWS IAM", "id", "deploy role ARN", (r) => [["DEPLOY_ROLE_ARN", `arn:aws:iam::${r.dig(12)}:role/github-actions-deploy`]]),
  B("Azure", "id", "subscription id", (r) => [["AZURE_SUBSCRIPTION_ID", r.uuid()], ["AZURE_RESOURCE_GROUP", "rg-platform-prod"]]),
  B("Google OAuth", "id", "public OAuth client id", (r) => [["GOOGLE_CLIENT_ID", `${r.dig(12)}-${r.lo(32)}.apps.googleusercontent.com`]]),
  B("SSH", "pubkey", "deploy SSH public key", (r) => [["DEPLOY_SSH_PUBLIC_KEY", sshPub(r, "ci@build-03")]]),
  B("age", "pubkey", "age recipient (public key)", (r) => [["SOPS_AGE_RECIPIENTS", j("age1", r.str(58, AB.bech32))]]),
  B("WireGuard", "pubkey", "peer public key", (r) => [["WG_PEER_PUBLIC_KEY", r.b64(32)], ["WG_ENDPOINT", "vpn.example.net:51820"]]),
  B("Ethereum", "id", "treasury wallet address", (r) => [["TREASURY_ADDRESS", j("0x", r.hex(40))], ["CHAIN_ID", "1"]]),
  B("OpenTelemetry", "id", "trace context of the slow request", (r) => [["TRACEPARENT", `00-${r.hex(32)}-${r.hex(16)}-01`]], "traceparent: {v}"),
  B("Sentry", "id", "release identifier", (r) => [["SENTRY_RELEASE", j("api@", r.hex(40))]]),
  B("GnuPG", "pubkey", "release signing key fingerprint", (r) => [["GPG_FINGERPRINT", r.HEX(40)]]),
  B("SSH", "digest", "bastion host key fingerprint", (r) => [["BASTION_HOST_FINGERPRINT", j("SHA256:", r.b64(32).replace(/=+$/, ""))]]),
  B("CDN", "digest", "subresource integrity hash", (r) => [["SCRIPT_INTEGRITY", j("sha384-", r.b64(48))]]),
  B("Git LFS", "digest", "LFS object id", (r) => [["LFS_OID", j("sha256:", r.hex(64))], ["LFS_SIZE", String(r.range(10000, 9999999))]]),
  B("S3", "digest", "object ETag", (r) => [["OBJECT_ETAG", r.hex(32)]], 'If-None-Match: "{v}"'),
  B("Cloudflare", "id", "zone id", (r) => [["CLOUDFLARE_ZONE_ID", r.hex(32)]]),
  B("OpenAI", "id", "project id", (r) => [["OPENAI_PROJECT_ID", j("proj_", r.an(24))]]),
  B("Vercel", "id", "project id", (r) => [["VERCEL_PROJECT_ID", j("prj_", r.an(28))]]),
  B("GitHub Actions", "id", "workflow run id", (r) => [["GITHUB_RUN_ID", r.dig(11)], ["GITHUB_RUN_ATTEMPT", "2"]]),
  B("OpenAI", "placeholder", "placeholder API key from the template", () => [["OPENAI_API_KEY", "sk-proj-your-api-key-here"]]),
  B("Stripe", "placeholder", "placeholder secret key", () => [["STRIPE_SECRET_KEY", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx"]]),
  B("Slack", "placeholder", "placeholder bot token", () => [["SLACK_BOT_TOKEN", "xoxb-your-bot-token"]]),
  B("PostgreSQL", "placeholder", "templated connection URL", () => [["DATABASE_URL", "postgres://<user>:<password>@<host>:5432/<database>"]]),
  B("GitHub", "mask", "masked token as shown in settings", (r) => [["GITHUB_TOKEN", j("gh", "p_", "*".repeat(32), r.an(4))]]),
  B("Anthropic", "mask", "masked API key from the console", (r) => [["ANTHROPIC_API_KEY", j("sk-", "ant-", "api03-", "…", r.an(4))]]),
  B("AWS", "mask", "masked secret access key", () => [["AWS_SECRET_ACCESS_KEY", "*".repeat(40)]]),
  B("npm", "ref", "reference to the CI secret", () => [["NPM_TOKEN", "${{ secrets.NPM_TOKEN }}"]]),
  B("1Password", "ref", "1Password secret reference", () => [["STRIPE_SECRET_KEY", "op://Production/Stripe/secret_key"]]),
  B("HashiCorp Vault", "ref", "Vault path reference", () => [["DATABASE_PASSWORD", "vault:secret/data/payments/db#password"]]),
  B("AWS Secrets Manager", "ref", "secret ARN reference", (r) => [["DB_CREDENTIALS_ARN", `arn:aws:secretsmanager:eu-west-1:${r.dig(12)}:secret:prod/orders/db-${r.an(6)}`]]),
  B("Azure Key Vault", "ref", "Key Vault reference", () => [["STORAGE_CONNECTION", "@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.example.net/secrets/storage-conn/)"]]),
  B("Shell", "ref", "environment expansion", () => [["OPENAI_API_KEY", "${OPENAI_API_KEY:?must be set}"]]),
  B("GCP Secret Manager", "ref", "Secret Manager resource name", () => [["STRIPE_KEY_RESOURCE", "projects/acme-prod/secrets/stripe-live-key/versions/latest"]]),
  B("SOPS", "enc", "SOPS-encrypted value", (r) => [["API_TOKEN", sops(r, 30)]]),
  B("Vault Transit", "enc", "Transit ciphertext", (r) => [["CARD_TOKEN_CIPHERTEXT", j("vault:v1:", r.b64(48))]]),
  B("Kubernetes", "id", "pod uid", (r) => [["POD_UID", r.uuid()]]),
  B("Terraform", "id", "state lineage", (r) => [["TF_STATE_LINEAGE", r.uuid()], ["TF_STATE_SERIAL", String(r.range(10, 900))]]),
  B("webpack", "digest", "build content hash", (r) => [["BUILD_HASH", r.hex(20)]]),
  B("IPFS", "id", "asset CID", (r) => [["ASSET_CID", j("bafybei", r.str(52, "abcdefghijklmnopqrstuvwxyz234567"))]]),
  B("Bitcoin", "id", "payout address", (r) => [["PAYOUT_ADDRESS", j("bc1q", r.str(38, AB.bech32))]]),
  B("Nostr", "pubkey", "public key (npub)", (r) => [["NOSTR_PUBKEY", j("npub1", r.str(58, AB.bech32))]]),
  B("Datadog", "id", "trace id", (r) => [["DD_TRACE_ID", r.dig(19)]]),
  B("Hugging Face", "digest", "pinned model revision", (r) => [["MODEL_REVISION", r.hex(40)], ["MODEL_ID", "acme/ranker-base"]]),
  B("OpenAI", "id", "fine-tune training file id", (r) => [["TRAINING_FILE_ID", j("file-", r.an(22))]]),
  B("Release", "digest", "artifact checksum", (r) => [["ARTIFACT_SHA256", r.hex(64)], ["ARTIFACT", "toolkit-linux-amd64.tar.gz"]]),
];

const rotated = rotate(0x117b0, specs, 0, "y117-b", 2);

// ---------------------------------------------------------------- handcrafted benign
const r = new Rng(0x117b1);
const out: CorpusCase[] = [];
let n = 1;
const add = (text: string, note: string) => out.push(hc(`y117-bk-${String(n++).padStart(3, "0")}`, "benign", text, note));
const cert = () => j("-----BEGIN CERT", "IFICATE-----\n", r.pemBody(720), "\n-----END CERT", "IFICATE-----");
const pubPem = () => j("-----BEGIN PUBLIC", " KEY-----\n", r.pemBody(294), "\n-----END PUBLIC", " KEY-----");

add(JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `Our internal CA cert, can you tell me when it expires?\n\n${cert()}` }] }),
  "PEM certificate; slot user message; context OpenAI chat body");
add(`# config/auth.yaml\njwt:\n  issuer: https://auth.example.com\n  audience: api\n  verification_public_key: |\n${pubPem().split("\n").map((l) => "    " + l).join("\n")}\n`,
  "PEM public key for JWT verification; slot verification_public_key; context YAML file");
add(JSON.stringify({ keys: [{ kty: "RSA", use: "sig", alg: "RS256", kid: r.hex(16), n: r.b64u(342), e: "AQAB" }, { kty: "EC", crv: "P-256", use: "sig", kid: r.hex(16), x: r.b64u(43), y: r.b64u(43) }] }, null, 2),
  "JWKS (public keys); slot keys[].n/x/y; context jwks.json file");
add(`apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${Buffer.from(cert()).toString("base64")}\n    server: https://${r.HEX(32)}.gr7.eu-west-1.eks.example.com\n  name: prod\ncontexts:\n- context: {cluster: prod, user: prod}\n  name: prod\ncurrent-context: prod\nusers:\n- name: prod\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, prod, --region, eu-west-1]\n`,
  "kubeconfig with CA certificate and exec plugin, no credential; slot certificate-authority-data / user.exec; context kubeconfig file");
add(JSON.stringify({ auths: { "ghcr.io": {}, "https://index.docker.io/v1/": {} }, credsStore: "desktop", currentContext: "default" }, null, "\t"),
  "Docker config using a credential store, no auth blobs; slot credsStore; context ~/.docker/config.json");
add(`@acme:registry=https://npm.pkg.github.com/\n//npm.pkg.github.com/:_authToken=\${GITHUB_PACKAGES_TOKEN}\nengine-strict=true\n`,
  ".npmrc with env-var reference; slot _authToken; context .npmrc file");
add(`services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: app\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n`,
  "Docker compose secrets file reference; slot POSTGRES_PASSWORD_FILE; context docker-compose.yml");
add(`apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n      - name: api\n        image: registry.example.com/api@sha256:${r.hex(64)}\n        env:\n        - name: STRIPE_SECRET_KEY\n          valueFrom:\n            secretKeyRef: {name: stripe, key: secret-key}\n        - name: GIT_SHA\n          value: "${r.hex(40)}"\n`,
  "Kubernetes Deployment with secretKeyRef, image digest and git SHA; slot env valueFrom / image / GIT_SHA; context Kubernetes manifest");
add(`name: release\non: {push: {tags: ["v*"]}}\njobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@${r.hex(40)} # v4.2.2\n      - uses: actions/setup-node@${r.hex(40)} # v4.1.0\n      - run: npm publish --provenance\n        env:\n          NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n`,
  "GitHub Actions workflow with pinned action SHAs and a secrets reference; slot uses@sha / NODE_AUTH_TOKEN; context workflow YAML");
add(`stripe:\n    secret_key: ${sops(r, 107)}\ndb:\n    password: ${sops(r, 24)}\nsops:\n    age:\n        - recipient: ${j("age1", r.str(58, AB.bech32))}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${r.b64(48)}\n            ${r.b64(48)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2025-06-12T10:22:31Z"\n    mac: ${sops(r, 32)}\n    version: 3.9.1\n`,
  "SOPS-encrypted YAML (ENC values, age recipient, mac); slot stripe.secret_key / db.password (encrypted); context secrets.enc.yaml file");
add(`db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${r.hex(80)}\n  ${r.hex(80)}\n  ${r.hex(80)}\n  ${r.hex(40)}\ndb_user: app\n`,
  "Ansible Vault encrypted variable; slot db_password (!vault); context group_vars YAML");
add(`{\n  "name": "web",\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/react": {\n      "version": "19.1.0",\n      "resolved": "https://npm.example.org/react/-/react-19.1.0.tgz",\n      "integrity": "sha512-${r.b64(64)}"\n    },\n    "node_modules/zod": {\n      "version": "3.25.64",\n      "resolved": "https://npm.example.org/zod/-/zod-3.25.64.tgz",\n      "integrity": "sha512-${r.b64(64)}"\n    }\n  }\n}\n`,
  "npm lockfile integrity hashes; slot integrity; context package-lock.json excerpt");
add(`golang.org/x/net v0.38.0 h1:${r.b64(32)}\ngolang.org/x/net v0.38.0/go.mod h1:${r.b64(32)}\ngithub.com/google/uuid v1.6.0 h1:${r.b64(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:${r.b64(32)}\n`,
  "Go module checksums; slot h1: sums; context go.sum file");
add(`[[package]]\nname = "serde"\nversion = "1.0.219"\nsource = "sparse+https://crates-mirror.example.org/index/"\nchecksum = "${r.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.45.1"\nsource = "sparse+https://crates-mirror.example.org/index/"\nchecksum = "${r.hex(64)}"\n`,
  "Cargo.lock checksums; slot checksum; context Cargo.lock excerpt");
add(`provider "registry.terraform.io/hashicorp/aws" {\n  version     = "5.98.0"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${r.b64(32)}",\n    "zh:${r.hex(64)}",\n    "zh:${r.hex(64)}",\n  ]\n}\n`,
  "Terraform provider lock hashes; slot hashes; context .terraform.lock.hcl");
add(`${r.hex(64)}  toolkit-darwin-arm64.tar.gz\n${r.hex(64)}  toolkit-linux-amd64.tar.gz\n${r.hex(64)}  toolkit-windows-amd64.zip\n`,
  "release checksums; slot SHA256SUMS lines; context SHA256SUMS file");
add(`Squashed these before merging, for the changelog:\n\n\`\`\`\n${Array.from({ length: 5 }, () => `${r.hex(40)} ${r.pick(["fix: retry on 429", "feat: add export", "chore: bump deps", "docs: typo", "refactor: split client"])}`).join("\n")}\n\`\`\``,
  "Git log with full commit SHAs; slot commit lines; context PR comment");
add(`2025-06-12T08:01:13.4410021Z ##[group]Run ./deploy.sh\n2025-06-12T08:01:13.4412200Z env:\n2025-06-12T08:01:13.4412800Z   AWS_ACCESS_KEY_ID: ***\n2025-06-12T08:01:13.4413100Z   AWS_SECRET_ACCESS_KEY: ***\n2025-06-12T08:01:13.4413500Z   IMAGE: registry.example.com/api@sha256:${r.hex(64)}\n2025-06-12T08:01:13.4414000Z ##[endgroup]\n2025-06-12T08:01:15.0020031Z deployed revision ${r.hex(12)}`,
  "GitHub Actions log with masked secrets and an image digest; slot AWS_* (***) / IMAGE; context GitHub Actions log");
add(`  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "orders-prod"\n      ~ password = (sensitive value)\n        tags     = {}\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`,
  "Terraform plan with sensitive value hidden; slot password (sensitive value); context terraform plan output");
add(JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: [{ type: "text", text: "What's wrong with this chart?" }, { type: "image_url", image_url: { url: `data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${r.b64(900)}` } }] }] }),
  "base64 PNG data URI; slot image_url.url; context OpenAI vision message");
add(`!function(){"use strict";var e={${Array.from({ length: 6 }, () => `${r.range(100, 999)}:function(t,n,${r.pick(["r", "o", "i"])}){n.${r.alpha(2)}=function(){return"${r.an(24)}"}}`).join(",")}};window.__CHUNK__="${r.hex(20)}"}();`,
  "minified JS bundle with hashed identifiers; slot string literals / __CHUNK__; context JS file");
add(JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content: "continue" }, { role: "assistant", content: [{ type: "tool_use", id: `toolu_01${r.an(22)}`, name: "get_logs", input: { request_id: r.uuid(), since: "1h" } }] }, { role: "user", content: [{ type: "tool_result", tool_use_id: `toolu_01${r.an(22)}`, content: `trace_id=${r.hex(32)} span_id=${r.hex(16)} msg_id=msg_01${r.an(22)} status=500` }] }] }),
  "Anthropic tool_use/tool_result with request, trace and message ids only; slot request_id / trace_id / msg_id; context Anthropic body");
add(JSON.stringify({ model: "gpt-4.1", messages: [{ role: "assistant", content: null, tool_calls: [{ id: `call_${r.an(24)}`, type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `docker pull registry.example.com/api@sha256:${r.hex(64)} && git checkout ${r.hex(40)}` }) } }] }] }),
  "shell command with image digest and commit SHA; slot run_shell command; context OpenAI tool_calls (2 levels)");
add(JSON.stringify({ jsonrpc: "2.0", id: 9, method: "tools/call", params: { name: "github_get_commit", arguments: { owner: "acme", repo: "api", ref: r.hex(40) } } }),
  "GitHub commit SHA; slot arguments.ref; context MCP tools/call");
add(`# .env.example — copy to .env and fill in\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=<your-anthropic-key>\nSTRIPE_SECRET_KEY=sk_live_REPLACE_ME\nDATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app\nSLACK_WEBHOOK_URL=https://hooks.slack.com/services/XXX/YYY/ZZZ\n`,
  "placeholders only (OpenAI, Anthropic, Stripe, Postgres, Slack); slot *_API_KEY etc.; context .env.example file");
add(`## Configuration\n\n| Variable | Example | Description |\n|---|---|---|\n| \`GITHUB_TOKEN\` | \`ghp_xxxxxxxxxxxxxxxxxxxx\` | token with \`repo\` scope |\n| \`SENTRY_RELEASE\` | \`api@${r.hex(40)}\` | release name |\n| \`REDIS_URL\` | \`redis://localhost:6379/0\` | cache |\n`,
  "README config table with placeholder and release SHA; slot GITHUB_TOKEN example / SENTRY_RELEASE; context README");
add(`Unhandled error in /api/checkout\nTypeError: Cannot read properties of undefined (reading 'amount')\n    at createCharge (/srv/app/dist/payments.js:${r.range(10, 400)}:${r.range(5, 40)})\nrequest: {"id":"${r.uuid()}","headers":{"authorization":"[REDACTED]","x-request-id":"${r.uuid()}"}}\ncustomer: cus_${r.an(14)}  payment_intent: pi_${r.an(24)}`,
  "crash report with redacted authorization and Stripe object ids; slot authorization ([REDACTED]) / customer / payment_intent; context Node crash log");
add(Array.from({ length: 3 }, () => `${r.pick(["git.example.com", "gitlab.example.com", "bastion.example.net"])} ${sshPub(r, "").trim()}`).join("\n") + "\n",
  "SSH host public keys; slot known_hosts key field; context known_hosts file");
add(`${sshPub(r, "priya@laptop")}\n${sshPub(r, "ci@build-07")}\n`, "SSH public keys; slot authorized_keys lines; context authorized_keys file");
add(j("-----BEGIN PGP PUBLIC", " KEY BLOCK-----\n\n", r.pemBody(1100), "\n=", r.b64s(4), "\n-----END PGP PUBLIC", " KEY BLOCK-----\n"),
  "PGP public key block; slot KEYS file body; context KEYS file");
add(`creation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n    age: >-\n      ${j("age1", r.str(58, AB.bech32))},\n      ${j("age1", r.str(58, AB.bech32))}\n  - path_regex: secrets/dev/.*\n    age: ${j("age1", r.str(58, AB.bech32))}\n`,
  "age recipients (public keys); slot creation_rules[].age; context .sops.yaml");
add(`template {\n  destination = "/etc/app/.env"\n  contents    = <<EOT\n{{ with secret "secret/data/app/prod" }}\nSTRIPE_SECRET_KEY={{ .Data.data.stripe_key }}\nDATABASE_URL={{ .Data.data.database_url }}\n{{ end }}\nEOT\n}\n`,
  "Vault agent template references; slot STRIPE_SECRET_KEY / DATABASE_URL templates; context HCL file");
add(`OPENAI_API_KEY="op://Engineering/OpenAI/credential"\nSTRIPE_SECRET_KEY="op://Production/Stripe/secret key"\nDATABASE_URL="op://Production/Postgres/url"\n`,
  "1Password secret references; slot OPENAI_API_KEY / STRIPE_SECRET_KEY / DATABASE_URL; context .env.tpl for op run");
add(JSON.stringify({ family: "orders-api", containerDefinitions: [{ name: "api", image: `registry.example.com/orders-api@sha256:${r.hex(64)}`, secrets: [{ name: "DB_PASSWORD", valueFrom: `arn:aws:secretsmanager:eu-west-1:${r.dig(12)}:secret:prod/orders/db-${r.an(6)}:password::` }, { name: "STRIPE_KEY", valueFrom: `arn:aws:ssm:eu-west-1:${r.dig(12)}:parameter/prod/stripe/key` }] }] }, null, 2),
  "AWS ECS task definition with Secrets Manager / SSM references; slot secrets[].valueFrom; context JSON file");
add(JSON.stringify([{ name: "ConnectionStrings__Db", value: "@Microsoft.KeyVault(VaultName=kv-orders-prod;SecretName=db-conn)", slotSetting: true }, { name: "Stripe__SecretKey", value: "@Microsoft.KeyVault(SecretUri=https://kv-orders-prod.vault.example.net/secrets/stripe-key/)", slotSetting: false }], null, 2),
  "Azure App Service Key Vault references; slot ConnectionStrings__Db / Stripe__SecretKey; context appsettings export JSON");
add(JSON.stringify({ id: `evt_${r.an(24)}`, object: "event", type: "payment_intent.succeeded", livemode: true, data: { object: { id: `pi_${r.an(24)}`, amount: 4900, currency: "eur", customer: `cus_${r.an(14)}`, latest_charge: `ch_${r.an(24)}` } }, request: { id: `req_${r.an(14)}`, idempotency_key: null } }),
  "Stripe event payload with object ids; slot id / customer / idempotency_key; context webhook replay body");
add(JSON.stringify({ channel: `C0${r.up(9)}`, ts: `17${r.dig(8)}.${r.dig(6)}`, team: `T0${r.up(9)}`, user: `U0${r.up(9)}`, text: "deploy finished :white_check_mark:", client_msg_id: r.uuid() }),
  "Slack message payload with workspace ids; slot channel / team / user; context JSON body");
add(JSON.stringify({ model: "gpt-4.1", previous_response_id: `resp_${r.hex(48)}`, input: [{ role: "user", content: `re-run the eval for run ${r.uuid()} on file file-${r.an(22)}` }], store: true }),
  "OpenAI Responses API body with response and file ids; slot previous_response_id / input text; context OpenAI Responses body");
add(JSON.stringify({ schemaVersion: 2, mediaType: "application/vnd.oci.image.index.v1+json", manifests: [{ mediaType: "application/vnd.oci.image.manifest.v1+json", digest: `sha256:${r.hex(64)}`, size: 1613, platform: { architecture: "amd64", os: "linux" } }, { mediaType: "application/vnd.oci.image.manifest.v1+json", digest: `sha256:${r.hex(64)}`, size: 1613, platform: { architecture: "arm64", os: "linux" } }] }, null, 2),
  "OCI image index with digests; slot manifests[].digest; context manifest JSON");
add(`dependencies:\n- name: postgresql\n  repository: oci://registry.example.com/charts\n  version: 16.7.4\n- name: redis\n  repository: oci://registry.example.com/charts\n  version: 21.1.6\ndigest: sha256:${r.hex(64)}\ngenerated: "2025-06-11T14:02:19.129310+02:00"\n`,
  "Helm Chart.lock digest; slot digest; context Chart.lock");
add(`version https://git-lfs.github.com/spec/v1\noid sha256:${r.hex(64)}\nsize ${r.range(100000, 90000000)}\n`, "Git LFS pointer; slot oid; context pointer file");
add(JSON.stringify({ event_id: r.hex(32), timestamp: r.iso(), platform: "python", level: "error", release: `api@${r.hex(40)}`, contexts: { trace: { trace_id: r.hex(32), span_id: r.hex(16) } }, exception: { values: [{ type: "KeyError", value: "'amount'" }] } }),
  "Sentry event body (no DSN) with event/trace ids; slot event_id / trace_id / release; context JSON payload");
add(JSON.stringify({ hash: j("0x", r.hex(64)), from: j("0x", r.hex(40)), to: j("0x", r.hex(40)), value: "0x2386f26fc10000", blockNumber: "0x14a" + r.hex(4), gas: "0x5208" }),
  "Ethereum transaction (public hashes and addresses); slot hash / from / to; context JSON-RPC result");
add(`お疲れさまです。リリース v3.4.0 のイメージダイジェストとコミットハッシュです。\n\nsha256:${r.hex(64)}\ncommit ${r.hex(40)}\n\nステージングで確認済みです。`,
  "image digest and commit hash; label ダイジェスト/ハッシュ; context Japanese chat");
add(`发布记录：镜像摘要 sha256:${r.hex(64)}，对应提交 ${r.hex(40)}。回滚时请使用上一个摘要 sha256:${r.hex(64)}。`,
  "image digests and commit hash; label 镜像摘要; context Chinese release note");
add(`Коллеги, открытый ключ для доступа к бастиону:\n\n${sshPub(r, "olga@work")}\n\nДобавьте его в authorized_keys, пожалуйста.`,
  "SSH public key; label открытый ключ; context Russian chat");
add(`Hola, os paso la huella del certificado TLS nuevo para fijarla en la app móvil:\n\nSHA256 Fingerprint=${Array.from({ length: 32 }, () => r.HEX(2)).join(":")}\n\nCaduca en junio de 2026.`,
  "TLS certificate fingerprint; label huella; context Spanish chat");
add(`Die Prüfsumme des Installers stimmt nicht:\n\nerwartet: ${r.hex(64)}\nerhalten: ${r.hex(64)}\n\nBitte Download-Mirror prüfen.`,
  "SHA-256 checksums; label Prüfsumme; context German issue");

export const cases: CorpusCase[] = [...rotated, ...out];
