// heldout-y26 benign look-alikes: ids, digests, public material, references, masks and
// encrypted blobs in the same contexts as the positives.
import type { CorpusCase } from "../types.ts";
import { AN, B64, DIG, Gen, HEX, LAN, UAN, build, type Spec } from "./_gen.ts";

type O = Partial<Pick<Spec, "hdr" | "host" | "raw">>;
// Without an explicit non-secret header a benign value stays out of auth headers, query/form
// credential slots and "my key is" chat lines (raw: config and code renderers only).
const sp = (provider: string, env: string, make: (g: Gen) => string, o: O = {}): Spec => ({ provider, group: "benign", env, make, raw: !o.hdr, ...o });

const rendered: Spec[] = [
  sp("git", "GIT_COMMIT_SHA", (g) => g.s(40, HEX)),
  sp("Docker", "IMAGE_DIGEST", (g) => "sha256:" + g.s(64, HEX)),
  sp("request tracing", "REQUEST_ID", (g) => g.uuid(), { hdr: "X-Request-Id: " }),
  sp("W3C trace context", "TRACEPARENT", (g) => `00-${g.s(32, HEX)}-${g.s(16, HEX)}-01`, { hdr: "traceparent: " }),
  sp("Stripe customer", "STRIPE_CUSTOMER_ID", (g) => "cus_" + g.s(14)),
  sp("Stripe price", "STRIPE_PRICE_ID", (g) => "price_1" + g.s(23)),
  sp("Stripe publishable", "STRIPE_PUBLISHABLE_KEY", (g) => ["pk", "_live_"].join("") + g.s(99)),
  sp("OpenAI assistant", "OPENAI_ASSISTANT_ID", (g) => "asst_" + g.s(24)),
  sp("OpenAI organization", "OPENAI_ORG_ID", (g) => "org-" + g.s(24)),
  sp("Anthropic message", "LAST_MESSAGE_ID", (g) => "msg_01" + g.s(22)),
  sp("Vercel project", "VERCEL_PROJECT_ID", (g) => "prj_" + g.s(28)),
  sp("Sentry release", "SENTRY_RELEASE", (g) => "web@" + g.s(12, HEX)),
  sp("AWS KMS", "KMS_KEY_ARN", (g) => `arn:aws:kms:us-east-1:${g.digits(12)}:key/${g.uuid()}`, { raw: true }),
  sp("AWS Secrets Manager reference", "DB_PASSWORD_SECRET_ARN", (g) => `arn:aws:secretsmanager:eu-west-1:${g.digits(12)}:secret:prod/db-password-${g.s(6)}`, { raw: true }),
  sp("Azure tenant", "AZURE_TENANT_ID", (g) => g.uuid()),
  sp("Google OAuth client id", "GOOGLE_CLIENT_ID", (g) => `${g.digits(12)}-${g.s(32, LAN)}.apps.googleusercontent.com`),
  sp("Slack channel", "SLACK_CHANNEL_ID", (g) => "C0" + g.s(9, UAN)),
  sp("Object ETag", "ETAG", (g) => '"' + g.s(32, HEX) + '"', { hdr: "If-None-Match: " }),
  sp("Content-MD5", "CONTENT_MD5", (g) => g.b64(16), { hdr: "Content-MD5: " }),
  sp("Subresource integrity", "SCRIPT_INTEGRITY", (g) => "sha384-" + g.b64(48)),
  sp("OpenAI masked", "OPENAI_API_KEY", (g) => ["sk-", "proj-", "...", g.s(4)].join("")),
  sp("placeholder", "STRIPE_SECRET_KEY", () => "<your-stripe-secret-key>"),
  sp("shell variable", "ANTHROPIC_API_KEY", () => "${ANTHROPIC_API_KEY}"),
  sp("GitHub Actions expression", "GITHUB_TOKEN", () => "${{ secrets.GITHUB_TOKEN }}"),
  sp("1Password reference", "SENDGRID_API_KEY", () => "op://Production/SendGrid/credential"),
  sp("Vault reference", "DATADOG_API_KEY", () => "vault:secret/data/observability#dd_api_key"),
  sp("GCP Secret Manager reference", "DATABASE_PASSWORD", (g) => `projects/${g.digits(12)}/secrets/db-password/versions/latest`),
  sp("Azure Key Vault reference", "SQL_PASSWORD", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sql-password/)", { raw: true }),
  sp("mask", "TWILIO_AUTH_TOKEN", () => "********************************"),
  sp("redacted", "SLACK_BOT_TOKEN", () => "[REDACTED]"),
  sp("SOPS value", "PAYMENT_API_KEY", (g) => `ENC[AES256_GCM,data:${g.b64(30)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]`, { raw: true }),
  sp("build number", "BUILD_ID", (g) => g.digits(10)),
  sp("npm package", "PACKAGE_VERSION_HASH", (g) => "sha512-" + g.b64(64)),
  sp("AWS region/account", "AWS_ACCOUNT_ID", (g) => g.digits(12)),
  sp("Kubernetes uid", "POD_UID", (g) => g.uuid()),
  sp("OpenAI file", "TRAINING_FILE_ID", (g) => "file-" + g.s(22)),
  sp("Datadog monitor", "DD_MONITOR_ID", (g) => g.digits(9)),
  sp("Mapbox public style", "MAPBOX_STYLE_URL", (g) => `mapbox://styles/acme/${g.s(25, LAN)}`, { raw: true }),
];

const g = new Gen(0x26b0a7ed);
const D = "-----";
const wrap = (s: string) => s.match(/.{1,64}/g)!.join("\n");
const hand: [string, string][] = [
  [`sops:\n    kms: []\n    age:\n        - recipient: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            ${D}BEGIN AGE ENCRYPTED FILE${D}\n            ${g.b64(48)}\n            ${D}END AGE ENCRYPTED FILE${D}\n    lastmodified: "2026-02-11T08:12:44Z"\n    mac: ENC[AES256_GCM,data:${g.b64(48)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n    version: 3.9.0\nstripe_secret_key: ENC[AES256_GCM,data:${g.b64(40)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\n`, "SOPS-encrypted secrets.yaml with age recipient"],
  [`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    OPENAI_API_KEY: Ag${g.b64(300)}\n`, "Bitnami SealedSecret encryptedData"],
  [`$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.s(80, HEX)).join("\n")}\n`, "ansible-vault encrypted file"],
  [`${D}BEGIN CERTIFICATE${D}\nMIID${wrap(g.b64(700))}\n${D}END CERTIFICATE${D}\n`, "PEM certificate (ca.crt)"],
  [JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `is this public key fine for JWT verification?\n${D}BEGIN PUBLIC KEY${D}\nMIIBIjAN${wrap(g.b64(280))}\n${D}END PUBLIC KEY${D}` }] }), "PEM public key in chat body"],
  [`# ~/.ssh/authorized_keys\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, AN + "+/")} dev@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.s(500, AN + "+/")}= ci@runner\n`, "SSH public keys, authorized_keys"],
  [`.avatar{background-image:url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${g.s(400, AN + "+/")}=")}\n`, "base64 PNG data URI in CSS"],
  [`!function(e,t){"use strict";var n="${g.s(40, AN)}",r=function(e){return e.split("").reverse().join("")};e.__chunk_${g.s(8, HEX)}=r(n)}(window,document);//# sourceMappingURL=main.${g.s(20, HEX)}.js.map\n`, "minified JS bundle with a hashed chunk name"],
  [`.css-${g.s(6, LAN)}{display:flex}.css-${g.s(6, LAN)}-Button{padding:4px 8px}._${g.s(22, AN + "_-")}{color:#1f2328}.sc-${g.s(6, AN)}{margin:0}\n`, "CSS-in-JS generated class names"],
  [`"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-${g.b64(64)}"\n}\n`, "package-lock integrity"],
  [`github.com/google/uuid v1.6.0 h1:${g.b64(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64(32)}\n`, "go.sum hashes"],
  [`[[package]]\nname = "serde"\nversion = "1.0.219"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.s(64, HEX)}"\n`, "Cargo.lock checksum"],
  [`commit ${g.s(40, HEX)}\nAuthor: Dana Liu <dana@acme.io>\nDate:   Tue Mar 10 14:02:11 2026 +0000\n\n    fix: retry token refresh (#${g.digits(4)})\n\ncommit ${g.s(40, HEX)}\nMerge: ${g.s(7, HEX)} ${g.s(7, HEX)}\n`, "git log output"],
  [`  # aws_secretsmanager_secret_version.api will be updated in-place\n  ~ resource "aws_secretsmanager_secret_version" "api" {\n        id            = "arn:aws:secretsmanager:us-east-1:${g.digits(12)}:secret:prod/api-${g.s(6)}|${g.uuid().toUpperCase()}"\n      ~ secret_string = (sensitive value)\n    }\n`, "Terraform plan with sensitive value"],
  [`2026-03-11T09:14:02.1183000Z   OPENAI_API_KEY: ***\n2026-03-11T09:14:02.1184000Z   STRIPE_SECRET_KEY: ***\n2026-03-11T09:14:03.0001000Z Run actions/checkout@${g.s(40, HEX)}\n`, "GitHub Actions log with masked secrets"],
  [JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: `the dashboard shows my key as sk-ant-api03-...${g.s(4)} and the last usage was request ${"req_" + g.s(24)}, why 429?` }] }), "masked Anthropic key and request id in chat"],
  [JSON.stringify({ id: "chatcmpl-" + g.s(29), object: "chat.completion", created: 1773220000, model: "gpt-4o-2024-08-06", system_fingerprint: "fp_" + g.s(10, HEX), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] }), "OpenAI completion response ids"],
  [JSON.stringify({ id: "pi_" + g.s(24), object: "payment_intent", amount: 4200, currency: "usd", customer: "cus_" + g.s(14), latest_charge: "ch_" + g.s(24), payment_method: "pm_" + g.s(24), client_secret: null }, null, 2), "Stripe PaymentIntent object ids"],
  [`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-config\ndata:\n  FEATURE_SALT_ID: "${g.uuid()}"\n  BUILD_SHA: "${g.s(40, HEX)}"\n  CDN_HOST: "d${g.s(13, LAN)}.cloudfront.net"\n`, "k8s ConfigMap with ids"],
  [`services:\n  api:\n    image: ghcr.io/acme/api@sha256:${g.s(64, HEX)}\n  db:\n    image: postgres:16@sha256:${g.s(64, HEX)}\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n`, "docker-compose pinned digests and secret file reference"],
  [`-- audit\nSELECT id, user_id, session_id FROM sessions WHERE session_id = '${g.uuid()}' AND token_hash = '${g.s(64, HEX)}';\n`, "SQL with uuid and token hash"],
  [`## Configuration\n\n| variable | example |\n|---|---|\n| \`OPENAI_API_KEY\` | \`sk-...\` |\n| \`STRIPE_SECRET_KEY\` | \`sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\` |\n| \`SLACK_BOT_TOKEN\` | \`xoxb-your-token\` |\n`, "Markdown docs with placeholders"],
  [`import hashlib\n\nEXPECTED_SHA256 = "${g.s(64, HEX)}"\nassert hashlib.sha256(open("model.bin", "rb").read()).hexdigest() == EXPECTED_SHA256\n`, "Python sha256 checksum constant"],
  [`const ids = {\n  workspace: "${g.uuid()}",\n  segmentWriteKeyRef: process.env.SEGMENT_WRITE_KEY,\n  nonce: crypto.randomBytes(16).toString("hex"),\n};\n`, "TS code with uuid and env reference"],
  [`[credential]\n\thelper = osxkeychain\n[user]\n\temail = dev@acme.io\n[commit]\n\tgpgsign = true\n`, "gitconfig without secrets"],
  [`Traceback (most recent call last):\n  File "/srv/app/worker.py", line 41, in handle\n    job = queue.get(job_id)\n    locals: job_id='${g.uuid()}' trace_id='${g.s(32, HEX)}'\nKeyError: '${g.uuid()}'\n`, "crash dump with uuids and trace id"],
  [JSON.stringify({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: `$ git rev-parse HEAD\n${g.s(40, HEX)}\n$ sha256sum dist/app.tar.gz\n${g.s(64, HEX)}  dist/app.tar.gz\n` }] } }), "MCP tool result with SHA and sha256sum"],
  [`curl -s https://api.example.com/v1/items \\\n  -H "Authorization: Bearer $API_TOKEN" \\\n  -H "Idempotency-Key: ${g.uuid()}"\n`, "curl with env-var token and idempotency key"],
  [`<PackageReference Include="Newtonsoft.Json" Version="13.0.3" />\n<add key="InstrumentationKeyRef" value="#{AppInsights.Key}#" />\n<add key="BuildHash" value="${g.s(40, HEX)}" />\n`, "XML config with token-replacement placeholder"],
  [`{\n "cells": [{"cell_type": "code", "source": ["import os\\n", "key = os.environ[\\"OPENAI_API_KEY\\"]\\n"], "outputs": [{"output_type": "stream", "text": ["run ${g.uuid()} finished\\n"]}]}],\n "nbformat": 4\n}\n`, "notebook reading key from environment"],
];

export const cases: CorpusCase[] = [
  ...build(rendered, 0x26b1a5ed, "y26-b", () => 2, "benign", () => "heldouty26-benign", 5).map((c) => ({ ...c, note: `benign: ${c.note}` })),
  ...hand.map(([text, note], i): CorpusCase => ({ id: `y26-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty26-benign", label: "benign", text, note: `benign: ${note}` })),
];
void B64; void DIG;
