// heldout-y105: hard benign look-alikes, rotated through the non-secret-implying renderers, plus handcrafted files.
import type { CorpusCase } from "../types.ts";
import { R, j, rotateBenign, pem, type BSpec } from "./_gen.ts";

const b = (p: string, env: string, key: string, gen: (r: R) => string, h: string, q: string): BSpec => ({ p, env, key, gen, h, q });

const bspecs: BSpec[] = [
  b("git commit SHA", "GIT_COMMIT", "commitSha", (r) => r.h(40), "X-Build-Commit: %", "commit"),
  b("short git SHA", "BUILD_REV", "buildRev", (r) => r.h(12), "X-Revision: %", "rev"),
  b("sha256 artifact digest", "ARTIFACT_SHA256", "artifactSha256", (r) => r.h(64), "Digest: sha-256=%", "sha256"),
  b("sha512 checksum", "TARBALL_SHA512", "tarballSha512", (r) => r.h(128), "X-Checksum-Sha512: %", "checksum"),
  b("OCI image digest", "IMAGE_DIGEST", "imageDigest", (r) => j("sha256:", r.h(64)), "Docker-Content-Digest: %", "digest"),
  b("ETag", "CACHE_ETAG", "etag", (r) => j("W/\"", r.h(32), "\""), "If-None-Match: %", "etag"),
  b("W3C trace id", "TRACE_ID", "traceId", (r) => r.h(32), "X-B3-TraceId: %", "trace_id"),
  b("traceparent", "TRACEPARENT", "traceparent", (r) => j("00-", r.h(32), "-", r.h(16), "-01"), "traceparent: %", "tp"),
  b("request UUID", "REQUEST_ID", "requestId", (r) => r.uuid(), "X-Request-Id: %", "request_id"),
  b("Stripe customer id", "STRIPE_CUSTOMER_ID", "customerId", (r) => j("cus_", r.a(14)), "X-Customer: %", "customer"),
  b("Stripe price id", "STRIPE_PRICE_ID", "priceId", (r) => j("price_", "1", r.a(23)), "X-Price: %", "price"),
  b("Stripe payment intent id", "LAST_PAYMENT_INTENT", "paymentIntentId", (r) => j("pi_", "3", r.a(23)), "X-Payment-Intent: %", "payment_intent"),
  b("Anthropic message id", "LAST_MESSAGE_ID", "messageId", (r) => j("msg_", "01", r.a(22)), "X-Message-Id: %", "message_id"),
  b("OpenAI chat completion id", "COMPLETION_ID", "completionId", (r) => j("chatcmpl-", r.a(29)), "X-Completion-Id: %", "completion"),
  b("Anthropic tool_use id", "TOOL_USE_ID", "toolUseId", (r) => j("toolu_", "01", r.a(22)), "X-Tool-Use: %", "tool_use_id"),
  b("OpenAI file id", "UPLOAD_FILE_ID", "fileId", (r) => j("file-", r.a(22)), "X-File-Id: %", "file_id"),
  b("AWS IAM role ARN", "DEPLOY_ROLE_ARN", "roleArn", (r) => `arn:aws:iam::${r.d(12)}:role/github-deploy`, "X-Role-Arn: %", "role_arn"),
  b("AWS Secrets Manager ARN", "DB_SECRET_ARN", "dbSecretArn", (r) => `arn:aws:secretsmanager:eu-west-1:${r.d(12)}:secret:prod/db-${r.a(6)}`, "X-Secret-Ref: %", "secret_arn"),
  b("Azure tenant id", "AZURE_TENANT_ID", "tenantId", (r) => r.uuid(), "X-Tenant: %", "tenant"),
  b("Azure client (app) id", "AZURE_CLIENT_ID", "clientId", (r) => r.uuid(), "X-Client-Id: %", "client_id"),
  b("Google OAuth client id", "GOOGLE_CLIENT_ID", "googleClientId", (r) => `${r.d(12)}-${r.lo(32)}.apps.googleusercontent.example.com`, "X-Client-Id: %", "client_id"),
  b("GitHub App client id", "GITHUB_APP_CLIENT_ID", "appClientId", (r) => j("Iv23", "li", r.a(14)), "X-App-Client: %", "client_id"),
  b("Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", "publishableKey", (r) => j("pk", "_live_", "51", r.a(97)), "X-Stripe-Pk: %", "pk"),
  b("GPG key fingerprint", "SIGNING_KEY_FPR", "signingKeyFingerprint", (r) => r.H(40), "X-Signer: %", "fpr"),
  b("Ethereum tx hash", "LAST_TX_HASH", "txHash", (r) => j("0x", r.h(64)), "X-Tx: %", "tx"),
  b("Ethereum contract address", "CONTRACT_ADDRESS", "contractAddress", (r) => j("0x", r.h(40)), "X-Contract: %", "address"),
  b("npm integrity sha512", "PKG_INTEGRITY", "integrity", (r) => j("sha512-", r.b64bytes(64)), "X-Integrity: %", "integrity"),
  b("SRI sha384", "SCRIPT_SRI", "scriptIntegrity", (r) => j("sha384-", r.b64bytes(48)), "X-SRI: %", "sri"),
  b("Vault secret reference", "DB_PASSWORD_REF", "dbPasswordRef", () => "vault:secret/data/prod/db#password", "X-Ref: %", "ref"),
  b("1Password reference", "OPENAI_API_KEY_REF", "openaiKeyRef", () => "op://Engineering/OpenAI/credential", "X-Ref: %", "ref"),
  b("SSM parameter reference", "STRIPE_KEY_PARAM", "stripeKeyParam", () => "/prod/payments/stripe-secret-key", "X-Param: %", "param"),
  b("env interpolation", "SLACK_BOT_TOKEN", "slackBotToken", () => "${SLACK_BOT_TOKEN}", "X-Note: %", "token_env"),
  b("placeholder", "OPENAI_API_KEY", "openaiApiKey", () => "sk-your-key-here", "X-Note: %", "key"),
  b("masked value", "GITHUB_TOKEN", "githubToken", (r) => j("gh", "p_", "****************************", r.a(4)), "X-Note: %", "masked"),
  b("redacted value", "DATABASE_PASSWORD", "databasePassword", () => "<REDACTED>", "X-Note: %", "redacted"),
  b("SOPS encrypted value", "API_TOKEN", "apiToken", (r) => `ENC[AES256_GCM,data:${r.b64bytes(30)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]`, "X-Enc: %", "enc"),
  b("CSS module class hash", "ROOT_CLASS", "rootClassName", (r) => j("Button_root__", r.u(5)), "X-Class: %", "cls"),
  b("Docker container id", "CONTAINER_ID", "containerId", (r) => r.h(64), "X-Container: %", "container"),
  b("Kubernetes pod uid", "POD_UID", "podUid", (r) => r.uuid(), "X-Pod: %", "pod"),
  b("Sentry event id", "SENTRY_EVENT_ID", "sentryEventId", (r) => r.h(32), "X-Sentry-Event: %", "event_id"),
  b("Slack channel id", "SLACK_CHANNEL_ID", "slackChannelId", (r) => j("C0", r.up(9)), "X-Channel: %", "channel"),
  b("Slack team id", "SLACK_TEAM_ID", "slackTeamId", (r) => j("T0", r.up(9)), "X-Team: %", "team"),
  b("Notion page id", "NOTION_PAGE_ID", "notionPageId", (r) => r.h(32), "X-Page: %", "page_id"),
  b("Airtable base id", "AIRTABLE_BASE_ID", "baseId", (r) => j("app", r.a(14)), "X-Base: %", "base"),
  b("Google Sheet id", "SHEET_ID", "sheetId", (r) => r.u(44), "X-Sheet: %", "sheet"),
  b("Datadog monitor id", "DD_MONITOR_ID", "monitorId", (r) => r.d(9), "X-Monitor: %", "monitor"),
  b("Shopify shop domain", "SHOPIFY_SHOP", "shopDomain", (r) => `${r.lo(8)}.myshop.example.com`, "X-Shop: %", "shop"),
  b("base64 tracking payload", "UTM_STATE", "utmState", (r) => Buffer.from(JSON.stringify({ src: "newsletter", c: r.lo(6), t: 1751000000 + r.int(99999) })).toString("base64"), "X-State: %", "state"),
  b("git tree hash", "TREE_HASH", "treeHash", (r) => r.h(40), "X-Tree: %", "tree"),
  b("Go module h1 hash", "GOSUM_H1", "goSum", (r) => j("h1:", r.b64bytes(32)), "X-Sum: %", "sum"),
  b("build number", "BUILD_ID", "buildId", (r) => `${r.d(4)}-${r.h(7)}`, "X-Build: %", "build"),
  b("idempotency key", "IDEMPOTENCY_KEY", "idempotencyKey", (r) => r.uuid(), "Idempotency-Key: %", "idem"),
  b("Twilio message SID", "LAST_MESSAGE_SID", "messageSid", (r) => j("SM", r.h(32)), "X-Message-Sid: %", "sid"),
  b("Anthropic request id", "ANTHROPIC_REQUEST_ID", "requestId", (r) => j("req_", "011", r.a(21)), "request-id: %", "request"),
  b("OpenAI org id", "OPENAI_ORG_ID", "organizationId", (r) => j("org-", r.a(24)), "OpenAI-Organization: %", "org"),
  b("OpenAI project id", "OPENAI_PROJECT_ID", "projectId", (r) => j("proj_", r.a(24)), "OpenAI-Project: %", "project"),
  b("Vercel project id", "VERCEL_PROJECT_ID", "vercelProjectId", (r) => j("prj_", r.a(28)), "X-Project: %", "project"),
  b("Cloudflare account id", "CF_ACCOUNT_ID", "cfAccountId", (r) => r.h(32), "X-Account: %", "account"),
  b("Cloudflare zone id", "CF_ZONE_ID", "cfZoneId", (r) => r.h(32), "X-Zone: %", "zone"),
  b("Mapbox style URL", "MAPBOX_STYLE", "styleUrl", (r) => `mapbox://styles/acme-maps/${r.lo(25)}`, "X-Style: %", "style"),
];

const rotated = rotateBenign(bspecs, { idPrefix: "y105-b", catPrefix: "heldouty105", seed: 105_004, offset: 5 });

// ---- handcrafted ----
const r = new R(105_005);
const H = (text: string, note: string) => ({ text, note });
const certDer = Buffer.concat([Buffer.from([0x30, 0x82, 0x03, 0x1d, 0x30, 0x82, 0x02, 0x05, 0xa0, 0x03, 0x02, 0x01, 0x02]), Buffer.from(r.bytes(780))]);
const spki = Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x22, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x03, 0x82, 0x01, 0x0f, 0x00]), Buffer.from(r.bytes(270))]);
const sshPub = () => j("AAAAC3NzaC1lZDI1NTE5AAAAI", r.b64bytes(32).slice(0, 43));
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), Buffer.from(r.bytes(300))]).toString("base64");

const hand = [
  H(`{\n  "name": "web",\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/react": {\n      "version": "19.1.0",\n      "resolved": "https://registry.npm.example.org/react/-/react-19.1.0.tgz",\n      "integrity": "sha512-${r.b64bytes(64)}"\n    },\n    "node_modules/zod": {\n      "version": "3.25.7",\n      "integrity": "sha512-${r.b64bytes(64)}"\n    }\n  }\n}`, "package-lock.json integrity hashes"),
  H(`"@babel/core@^7.24.0":\n  version "7.26.10"\n  resolved "https://registry.yarn.example.org/@babel/core/-/core-7.26.10.tgz#${r.h(40)}"\n  integrity sha512-${r.b64bytes(64)}\n`, "yarn.lock entry with sha1 fragment and integrity"),
  H(`go.example.org/uuid v1.6.0 h1:${r.b64bytes(32)}\ngo.example.org/uuid v1.6.0/go.mod h1:${r.b64bytes(32)}\n`, "go.sum lines"),
  H(`[[package]]\nname = "serde"\nversion = "1.0.219"\nsource = "registry+https://git.example.org/rust-lang/crates.io-index"\nchecksum = "${r.h(64)}"\n`, "Cargo.lock checksum"),
  H(`requests==2.32.3 \\\n    --hash=sha256:${r.h(64)} \\\n    --hash=sha256:${r.h(64)}\n`, "pip requirements with --hash pins"),
  H(`provider "registry.example.org/hashicorp/aws" {\n  version     = "5.84.0"\n  constraints = "~> 5.0"\n  hashes = [\n    "h1:${r.b64bytes(32)}",\n    "zh:${r.h(64)}",\n    "zh:${r.h(64)}",\n  ]\n}\n`, ".terraform.lock.hcl hashes"),
  H(`services:\n  api:\n    image: registry.example.com/acme/api@sha256:${r.h(64)}\n  worker:\n    image: registry.example.com/acme/worker@sha256:${r.h(64)}\n`, "compose file pinned by image digest"),
  H(`commit ${r.h(40)}\nMerge: ${r.h(7)} ${r.h(7)}\nAuthor: Dana Lee <dana@example.com>\nDate:   Tue Jun 3 10:14:07 2025 +0200\n\n    Merge pull request #4412 from acme/fix-retry\n\ncommit ${r.h(40)}\nAuthor: Sam Ortiz <sam@example.com>\n`, "git log output"),
  H(`ssh-ed25519 ${sshPub()} dana@laptop\nssh-ed25519 ${sshPub()} ci-deploy@example.com\n`, "authorized_keys with ed25519 public keys"),
  H(JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `Is this cert chain right?\n${pem("CERTIFICATE", certDer)}` }] }), "PEM certificate pasted into chat body"),
  H(`const PUBLIC_KEY = \`${pem("PUBLIC KEY", spki)}\`;\nexport function verify(sig: string, body: string) { return crypto.verify("sha256", Buffer.from(body), PUBLIC_KEY, Buffer.from(sig, "base64")); }\n`, "PEM public key for webhook signature verification"),
  H(`[user]\n  name = Dana Lee\n  email = dana@example.com\n  signingkey = ${r.H(16)}\n[commit]\n  gpgsign = true\n# fingerprint: ${r.H(40).match(/.{4}/g)!.join(" ")}\n`, "gitconfig with GPG signing key id and fingerprint"),
  H(`${r.ts()} INFO settlement confirmed tx=0x${r.h(64)} block=21${r.d(6)} from=0x${r.h(40)}\n`, "log line with Ethereum tx hash and address"),
  H(`<img alt="logo" src="data:image/png;base64,${png}" />`, "base64 PNG data URI"),
  H(`!function(e,t){"object"==typeof exports?module.exports=t():e.lib=t()}(this,function(){var e="${r.a(40)}",t=function(n){return n.split("").reverse().join("")};return{v:"4.2.1",h:e,r:t}});`, "minified JS with random-looking constant"),
  H(`.Header_root__${r.u(5)}{display:flex}.Header_nav__${r.u(5)}{gap:8px}.css-${r.lo(6)}{color:#0f172a}.sc-${r.letters(6)}{margin:0}`, "CSS module / styled-components class hashes"),
  H(`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-creds\n  namespace: prod\nspec:\n  encryptedData:\n    OPENAI_API_KEY: Ag${r.b64bytes(360)}\n    DATABASE_URL: Ag${r.b64bytes(300)}\n`, "SealedSecret ciphertext"),
  H(`stripe_secret_key: ENC[AES256_GCM,data:${r.b64bytes(80)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]\nsops:\n  kms:\n    - arn: arn:aws:kms:eu-west-1:${r.d(12)}:key/${r.uuid()}\n      enc: ${r.b64bytes(120)}\n  lastmodified: "2025-05-14T09:11:02Z"\n  mac: ENC[AES256_GCM,data:${r.b64bytes(32)},iv:${r.b64bytes(32)},tag:${r.b64bytes(16)},type:str]\n  version: 3.9.4\n`, "SOPS-encrypted YAML"),
  H(`db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${Array.from({ length: 5 }, () => r.h(80)).join("\n  ")}\n`, "ansible-vault inline ciphertext"),
  H(JSON.stringify({ family: "api", containerDefinitions: [{ name: "api", image: "registry.example.com/api:2.1", secrets: [{ name: "DATABASE_URL", valueFrom: `arn:aws:secretsmanager:eu-west-1:${r.d(12)}:secret:prod/api/db-${r.a(6)}` }, { name: "STRIPE_SECRET_KEY", valueFrom: `arn:aws:ssm:eu-west-1:${r.d(12)}:parameter/prod/stripe` }] }] }, null, 2), "ECS task definition with secret references"),
  H(`env:\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: llm-creds\n        key: openai-api-key\n  - name: GITHUB_TOKEN\n    valueFrom:\n      secretKeyRef: { name: gh, key: token }\n`, "k8s secretKeyRef references"),
  H(`    env:\n      OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n`, "GitHub Actions secrets expressions"),
  H(`# .env.example\nOPENAI_API_KEY=sk-...\nANTHROPIC_API_KEY=your-anthropic-key\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nGITHUB_TOKEN=<your token>\n`, ".env.example placeholders"),
  H(`${r.ts()} Run npm publish\n${r.ts()} npm notice Publishing to https://registry.npm.example.org/ with tag latest\n${r.ts()} NODE_AUTH_TOKEN: ***\n${r.ts()} + @acme/ui@3.4.0\n`, "CI log with masked token"),
  H(JSON.stringify({ id: j("cus_", r.a(14)), object: "customer", email: "buyer@example.com", invoice_settings: { default_payment_method: j("pm_", "1", r.a(23)) }, subscriptions: { data: [{ id: j("sub_", "1", r.a(23)), items: { data: [{ price: { id: j("price_", "1", r.a(23)), product: j("prod_", r.a(14)) } }] } }] } }), "Stripe customer object ids (API response)"),
  H(JSON.stringify({ id: j("chatcmpl-", r.a(29)), object: "chat.completion", created: 1750000000 + r.int(99999), model: "gpt-4o-2024-08-06", system_fingerprint: j("fp_", r.h(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3 } }), "OpenAI chat.completion response ids"),
  H(JSON.stringify({ id: j("msg_", "01", r.a(22)), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: j("toolu_", "01", r.a(22)), name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use" }), "Anthropic message response with msg_/toolu_ ids"),
  H(`{\n  "AzureAd": {\n    "Instance": "https://login.example.com/",\n    "TenantId": "${r.uuid()}",\n    "ClientId": "${r.uuid()}",\n    "Audience": "api://${r.uuid()}"\n  }\n}`, "appsettings.json Azure AD public ids"),
  H(`GOOGLE_CLIENT_ID=${r.d(12)}-${r.lo(32)}.apps.googleusercontent.example.com\nNEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${j("pk", "_live_", "51", r.a(97))}\n`, "OAuth client id and Stripe publishable key"),
  H(`version https://git-lfs.example.com/spec/v1\noid sha256:${r.h(64)}\nsize ${r.d(8)}\n`, "Git LFS pointer"),
  H(`${r.h(64)}  dist/app-linux-amd64.tar.gz\n${r.h(64)}  dist/app-darwin-arm64.tar.gz\n${r.h(64)}  dist/app-windows-amd64.zip\n`, "SHA256SUMS file"),
  H(`<script src="https://cdn.example.com/lib/4.2.1/lib.min.js" integrity="sha384-${r.b64bytes(48)}" crossorigin="anonymous"></script>`, "script tag with SRI"),
  H(`${r.ts()} level=info msg="request done" trace_id=${r.h(32)} span_id=${r.h(16)} request_id=${r.uuid()} status=200 dur=41ms`, "structured log with trace/span/request ids"),
  H(`DATABASE_URL=postgres://app:****@pg.example.net:5432/app\nREDIS_URL=redis://:<password>@cache.example.net:6379\n`, "masked connection strings"),
  H(`$ docker push registry.example.com/acme/api:2.1.0\n2.1.0: digest: sha256:${r.h(64)} size: 2412\n${r.h(12)}: Layer already exists\n${r.h(12)}: Pushed\n`, "docker push output with digests"),
  H(`Thumbprint: ${r.H(40)}\nSerial: ${r.H(32)}\nSubject: CN=api.example.com\nIssuer: CN=Example Issuing CA 2\nNot After: 2026-04-01T00:00:00Z\n`, "certificate metadata with thumbprint and serial"),
  H(`resource "aws_s3_bucket" "logs" {\n  bucket = "acme-logs-${r.h(8)}"\n}\n# arn:aws:s3:::acme-logs\n# kms: arn:aws:kms:eu-west-1:${r.d(12)}:key/${r.uuid()}\n`, "terraform with ARNs"),
  H(JSON.stringify({ cells: [{ cell_type: "code", source: ["import hashlib\n", "hashlib.sha256(b'hello').hexdigest()\n"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`'${r.h(64)}'`] } }] }], nbformat: 4, nbformat_minor: 5 }), "notebook output with sha256 hexdigest"),
  H(`-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${r.b64bytes(600).match(/.{1,64}/g)!.join("\n")}\n=${r.b64(4)}\n-----END PGP PUBLIC KEY BLOCK-----\n`, "armored PGP public key"),
  H(`age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n# recipients file for sops\n`, "age public recipient"),
  H(`ETag: "${r.h(32)}"\nx-amz-request-id: ${r.up(16)}\nx-amz-id-2: ${r.b64bytes(57)}\nx-amz-version-id: ${r.u(32)}\n`, "S3 response headers (ETag, request ids)"),
];

const handcrafted: CorpusCase[] = hand.map((h, i) => ({
  id: `y105-bk-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty105-benign",
  label: "benign",
  text: h.text,
  note: `benign: ${h.note}`,
}));

export const cases: CorpusCase[] = [...rotated, ...handcrafted];
