import type { CorpusCase } from "../types";
import { b64, chunk, digits, hex, j, rawB64, s, uuid, AN, ANL, ANU, B64, B64U } from "./_gen";

const B = (id: string, category: string, text: string, note?: string): CorpusCase => ({ id: `t-${id}`, kind: "secrets", category: `heldoutt-${category}`, label: "benign", text, ...(note ? { note } : {}) });

const certPem = () => ["-----BEGIN CERTIFICATE-----", ...chunk("MIIDdzCCAl+gAwIBAgIE" + rawB64(860), 64), "-----END CERTIFICATE-----"].join("\n");
const pubPem = () => ["-----BEGIN PUBLIC KEY-----", ...chunk("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rawB64(240), 64), "-----END PUBLIC KEY-----"].join("\n");

export const cases: CorpusCase[] = [
  // ---------- placeholders in docs, same prefix families ----------
  B("ph-ghp-x", "benign-placeholders", `## Authentication
Create a classic token with the \`repo\` scope and export it:

    export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx

Tokens start with \`ghp_\` followed by 36 characters.`),
  B("ph-glpat-angle", "benign-placeholders", `git clone https://oauth2:<your-glpat-token>@gitlab.example.com/group/project.git`),
  B("ph-openai-trunc", "benign-placeholders", `Your key (shown once) looks like \`sk-proj-...\`; in the dashboard it is displayed as sk-proj-****************************************Qx7a. Never paste it into issues.`),
  B("ph-anthropic-env-doc", "benign-placeholders", `| Variable | Example |
|---|---|
| ANTHROPIC_API_KEY | \`sk-ant-api03-...\` |
| OPENAI_API_KEY | \`sk-...\` |
| GROQ_API_KEY | \`gsk_...\` |`),
  B("ph-stripe-changeme", "benign-placeholders", `STRIPE_SECRET_KEY=sk_live_CHANGEME
STRIPE_WEBHOOK_SECRET=whsec_REPLACE_ME`),
  B("ph-dotenv-example", "benign-placeholders", `# .env.example — copy to .env and fill in
DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/DBNAME
REDIS_URL=redis://localhost:6379
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
SLACK_BOT_TOKEN=xoxb-your-bot-token
AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=`),
  B("ph-npmrc-envref", "benign-placeholders", `//registry.npmjs.org/:_authToken=\${NPM_TOKEN}
@acme:registry=https://npm.pkg.example.com
//npm.pkg.example.com/:_authToken=\${GH_PACKAGES_TOKEN}`),
  B("ph-pypirc-template", "benign-placeholders", `[pypi]
username = __token__
password = pypi-<paste the token generated at pypi.org/manage/account/token>`),
  B("ph-hf-doc", "benign-placeholders", `huggingface-cli login --token hf_YOUR_TOKEN_HERE`),
  B("ph-age-doc", "benign-placeholders", `The identity file contains a single line of the form
\`AGE-SECRET-KEY-1...\` (Bech32, uppercase). Keep it next to nothing else; sops reads it from SOPS_AGE_KEY_FILE.`),
  B("ph-pem-redacted", "benign-placeholders", `-----BEGIN OPENSSH PRIVATE KEY-----
<redacted — 7 lines>
-----END OPENSSH PRIVATE KEY-----
^ that's the shape of the file; my actual key is still on the laptop. The problem is the permissions: ls -l shows -rw-rw-r--.`),
  B("ph-vault-doc", "benign-placeholders", `Service tokens now begin with \`hvs.\`, batch tokens with \`hvb.\` and recovery tokens with \`hvr.\`. Example: \`vault token lookup hvs.<token>\`.`),
  B("ph-tfvars-example", "benign-placeholders", `# terraform.tfvars.example
do_token        = "dop_v1_<64 hex chars>"
cloudflare_token = "REPLACE_WITH_TOKEN"
region          = "fra1"`),
  B("ph-docker-login-doc", "benign-placeholders", `docker login -u <username> -p dckr_pat_**************************`),
  B("ph-twilio-ac-x", "benign-placeholders", `const client = twilio("ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "your_auth_token");`),
  B("ph-kube-secret-empty", "benign-placeholders", `apiVersion: v1
kind: Secret
metadata:
  name: app-secrets
type: Opaque
stringData:
  DATABASE_PASSWORD: "" # filled by external-secrets
  API_KEY: "{{ .Values.apiKey }}"`),
  B("ph-docker-credsstore", "benign-placeholders", JSON.stringify({ auths: { "registry.example.com": {}, "ghcr.io": {} }, credsStore: "desktop", currentContext: "default" }, null, "\t")),
  B("ph-git-credentials-doc", "benign-placeholders", `Format of ~/.git-credentials (one per line):

    https://<user>:<personal-access-token>@<host>

Use \`git config --global credential.helper store\` only on single-user machines.`),
  B("ph-mongo-doc", "benign-placeholders", `mongodb+srv://<db_username>:<db_password>@cluster0.db.example.net/?retryWrites=true&w=majority`),
  B("ph-linear-trunc-log", "benign-placeholders", `2026-12-04 18:02:11 INFO using Linear key lin_api_****V0ka (from LINEAR_API_KEY)`),
  B("ph-slack-xoxb-dots", "benign-placeholders", `Bot tokens look like xoxb-…-…-… and user tokens like xoxp-…; app-level tokens start with xapp-1-.`),
  B("ph-json-schema", "benign-placeholders", JSON.stringify({ type: "object", properties: { apiKey: { type: "string", pattern: "^sk_(test|live)_[A-Za-z0-9]{24,}$", description: "Secret key, e.g. sk_live_..." }, webhookSecret: { type: "string", minLength: 38 } }, required: ["apiKey"] }, null, 2)),

  // ---------- env / vault references ----------
  B("env-py-getenv", "benign-envrefs", `import os
from openai import OpenAI

client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])
stripe.api_key = os.getenv("STRIPE_SECRET_KEY")
if not stripe.api_key:
    raise SystemExit("STRIPE_SECRET_KEY is not set")`),
  B("env-gha-secrets", "benign-envrefs", `- name: Publish
  run: npm publish --provenance
  env:
    NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}
    GH_TOKEN: \${{ github.token }}`),
  B("env-vault-agent", "benign-envrefs", `template {
  destination = "/etc/app/db.env"
  contents = <<EOT
{{ with secret "database/creds/readonly" }}
DB_USER={{ .Data.username }}
DB_PASS={{ .Data.password }}
{{ end }}
EOT
}`),
  B("env-aws-sm-go", "benign-envrefs", `out, err := sm.GetSecretValue(ctx, &secretsmanager.GetSecretValueInput{
    SecretId: aws.String("prod/payments/stripe"),
})
if err != nil { return err }
key := aws.ToString(out.SecretString)`),
  B("env-op-refs", "benign-envrefs", `# .env.tpl consumed by "op run"
GITHUB_TOKEN=op://Engineering/GitHub PAT/credential
DATABASE_PASSWORD=op://Prod/Postgres/password`),
  B("env-doppler-cli", "benign-envrefs", `doppler secrets get STRIPE_SECRET_KEY --plain --config prd | wc -c`),
  B("env-k8s-secretref", "benign-envrefs", `env:
  - name: SENDGRID_API_KEY
    valueFrom:
      secretKeyRef:
        name: mail
        key: sendgrid-api-key
  - name: TWILIO_AUTH_TOKEN
    valueFrom:
      secretKeyRef: { name: sms, key: auth-token }`),
  B("env-compose-interp", "benign-envrefs", `services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: \${POSTGRES_PASSWORD:?set it in .env}
  api:
    environment:
      DATABASE_URL: postgres://app:\${POSTGRES_PASSWORD}@db:5432/app`),
  B("env-tf-sensitive", "benign-envrefs", `  # aws_iam_access_key.ci will be created
  + resource "aws_iam_access_key" "ci" {
      + create_date                    = (known after apply)
      + encrypted_secret               = (known after apply)
      + id                             = (known after apply)
      + secret                         = (sensitive value)
      + ses_smtp_password_v4           = (sensitive value)
      + user                           = "ci"
    }`),
  B("env-kubeconfig-exec", "benign-envrefs", `users:
- name: arn:aws:eks:eu-west-1:${digits(12)}:cluster/prod
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["eks", "get-token", "--cluster-name", "prod", "--region", "eu-west-1"]`),
  B("env-sops-encrypted", "benign-envrefs", `stripe_key: ENC[AES256_GCM,data:${rawB64(60)},iv:${rawB64(32)},tag:${rawB64(16)},type:str]
sops:
    age:
        - recipient: age1${s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----
            ${rawB64(48)}
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2026-11-20T08:00:00Z"
    mac: ENC[AES256_GCM,data:${rawB64(64)},iv:${rawB64(32)},tag:${rawB64(16)},type:str]`, "SOPS-encrypted values are ciphertext, not secrets"),
  B("env-js-process", "benign-envrefs", `const sentry = process.env.SENTRY_AUTH_TOKEN ?? "";
const headers = { Authorization: \`Bearer \${process.env.HF_TOKEN}\` };
if (!sentry) console.warn("SENTRY_AUTH_TOKEN missing; skipping sourcemap upload");`),

  // ---------- hashes / digests / lockfiles ----------
  B("hash-sha256sum", "benign-hashes", `$ sha256sum dist/*.tar.gz
${hex(64)}  dist/acme-cli-2.4.1-linux-amd64.tar.gz
${hex(64)}  dist/acme-cli-2.4.1-darwin-arm64.tar.gz
${hex(64)}  dist/acme-cli-2.4.1-windows-amd64.tar.gz`),
  B("hash-git-log", "benign-hashes", `commit ${hex(40)}
Merge: ${hex(7)} ${hex(7)}
Author: Jane Doe <jane@example.com>
Date:   Wed Dec 3 14:22:09 2026 +0100

    Merge pull request #4821 from acme/fix/token-refresh

    fix: refresh OAuth token before expiry`),
  B("hash-docker-digest", "benign-hashes", `FROM node:22-alpine@sha256:${hex(64)} AS build
FROM gcr.io/distroless/nodejs22-debian12@sha256:${hex(64)}`),
  B("hash-npm-integrity", "benign-hashes", `"node_modules/lodash": {
  "version": "4.17.21",
  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",
  "integrity": "sha512-${rawB64(64)}"
}`),
  B("hash-cargo-lock", "benign-hashes", `[[package]]
name = "serde"
version = "1.0.215"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "${hex(64)}"`),
  B("hash-go-sum", "benign-hashes", `golang.org/x/crypto v0.29.0 h1:${rawB64(32)}
golang.org/x/crypto v0.29.0/go.mod h1:${rawB64(32)}
golang.org/x/sys v0.27.0 h1:${rawB64(32)}`),
  B("hash-poetry-lock", "benign-hashes", `[[package]]
name = "requests"
version = "2.32.3"
files = [
    {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:${hex(64)}"},
    {file = "requests-2.32.3.tar.gz", hash = "sha256:${hex(64)}"},
]`),
  B("hash-md5-list", "benign-hashes", `MD5 (backup-2026-12-01.sql.gz) = ${hex(32)}
MD5 (backup-2026-12-02.sql.gz) = ${hex(32)}`, "32-hex like Datadog/Twilio/Mailgun bodies"),
  B("hash-sha1-etag", "benign-hashes", `HTTP/1.1 200 OK
ETag: "${hex(40)}"
Cache-Control: public, max-age=31536000, immutable
Content-Type: application/javascript`),
  B("hash-webhook-sig", "benign-hashes", `X-Hub-Signature-256: sha256=${hex(64)}
X-GitHub-Event: push
X-GitHub-Delivery: ${uuid()}`, "an HMAC signature over a body is not a secret"),
  B("hash-sri", "benign-hashes", `<script src="https://cdn.example.net/libs/htmx/2.0.3/htmx.min.js" integrity="sha384-${rawB64(48)}" crossorigin="anonymous"></script>`),
  B("hash-gemfile-checksums", "benign-hashes", `CHECKSUMS
  rack (3.1.8) sha256=${hex(64)}
  rails (8.0.0) sha256=${hex(64)}`),
  B("hash-pnpm-lock", "benign-hashes", `  /react@18.3.1:
    resolution: {integrity: sha512-${rawB64(64)}}
    engines: {node: '>=0.10.0'}`),
  B("hash-git-ls-remote", "benign-hashes", `${hex(40)}\tHEAD
${hex(40)}\trefs/heads/main
${hex(40)}\trefs/tags/v2.4.1`),
  B("hash-tf-lock", "benign-hashes", `provider "registry.terraform.io/digitalocean/digitalocean" {
  version     = "2.44.1"
  constraints = "~> 2.0"
  hashes = [
    "h1:${rawB64(32)}",
    "zh:${hex(64)}",
    "zh:${hex(64)}",
  ]
}`, "64-hex zh: hashes resemble dop_v1_ bodies"),
  B("hash-ssh-fingerprint", "benign-hashes", `The authenticity of host '10.0.0.12 (10.0.0.12)' can't be established.
ED25519 key fingerprint is SHA256:${rawB64(32).replace(/=+$/, "")}.
This key is not known by any other names.`),
  B("hash-pgp-fpr", "benign-hashes", `pub   ed25519 2024-03-11 [SC] [expires: 2027-03-11]
      ${hex(40).toUpperCase()}
uid           [ultimate] Release Signing <release@example.com>`),

  // ---------- ids ----------
  B("id-request-ids", "benign-ids", `HTTP/2 402
request-id: req_${s(14, AN)}
x-request-id: ${uuid()}
stripe-version: 2024-06-20

{"error":{"type":"card_error","code":"card_declined","charge":"ch_3${s(23, AN)}","payment_intent":"pi_3${s(23, AN)}"}}`, "Stripe object ids and request ids are not credentials"),
  B("id-uuid-table", "benign-ids", `id                                   | tenant_id                            | created_at
${uuid()} | ${uuid()} | 2026-11-30 10:00:00
${uuid()} | ${uuid()} | 2026-11-30 10:00:03`),
  B("id-aws-arns", "benign-ids", `arn:aws:lambda:eu-west-1:${digits(12)}:function:thumbnailer
arn:aws:iam::${digits(12)}:role/service-role/thumbnailer-role-${s(8, ANL)}
sg-0${hex(16)}  subnet-0${hex(16)}  vpc-0${hex(16)}`),
  B("id-gcp-resources", "benign-ids", `projects/acme-prod-${digits(6)}/locations/europe-west1/services/api
revision: api-00042-${s(3, ANL)}
trace: projects/acme-prod/traces/${hex(32)}`),
  B("id-otel-trace", "benign-ids", `traceparent: 00-${hex(32)}-${hex(16)}-01
tracestate: vendor=${hex(16)}`),
  B("id-k8s-pod-uids", "benign-ids", `NAME                       READY   STATUS    UID
api-7d9f8c6b5-${s(5, ANL)}      1/1     Running   ${uuid()}
worker-5c4b7d8f9-${s(5, ANL)}   1/1     Running   ${uuid()}`),
  B("id-github-run", "benign-ids", `Run ID 1${digits(10)}, job ${digits(11)}, check_suite node_id CS_kwDO${s(20, B64U)}, head_sha ${hex(40)}`),
  B("id-mongo-objectids", "benign-ids", `[{"_id":{"$oid":"${hex(24)}"},"sku":"A-100","qty":3},{"_id":{"$oid":"${hex(24)}"},"sku":"B-220","qty":1}]`),
  B("id-ulids", "benign-ids", `events: 01J${s(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")}, 01J${s(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")}, 01J${s(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")}`),
  B("id-sentry-event", "benign-ids", `Sentry event ${hex(32)} captured (issue ACME-API-4F2, release 2.4.1+${hex(7)})`),
  B("id-idempotency", "benign-ids", `Idempotency-Key: ${uuid()}
X-Correlation-ID: ${s(26, ANU)}`),

  // ---------- public keys / certs ----------
  B("pub-ssh-authorized", "benign-public", `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${s(43, B64)} jane@laptop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${s(500, B64)} deploy@ci`),
  B("pub-cert", "benign-public", `Please pin this certificate in the mobile app:
${certPem()}`),
  B("pub-pubkey-pem", "benign-public", `JWT_PUBLIC_KEY="${pubPem().replace(/\n/g, "\\n")}"`),
  B("pub-age-recipient", "benign-public", `# .sops.yaml
creation_rules:
  - path_regex: secrets/.*\\.yaml$
    age: age1${s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")},age1${s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`),
  B("pub-wireguard-peer", "benign-public", `[Peer]
# laptop
PublicKey = ${rawB64(32)}
AllowedIPs = 10.66.0.7/32`, "WireGuard peer PublicKey is the same 44-char base64 shape as PrivateKey"),
  B("pub-pgp-block", "benign-public", `-----BEGIN PGP PUBLIC KEY BLOCK-----

mDMEZ${chunk(rawB64(300), 64).join("\n")}
=${s(4, B64)}
-----END PGP PUBLIC KEY BLOCK-----`),
  B("pub-jwks", "benign-public", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: hex(16), alg: "RS256", n: s(342, B64U), e: "AQAB" }] })),
  B("pub-jwt-unsigned-doc", "benign-public", `A JWT has three parts. Decoding the header of any RS256 token gives {"alg":"RS256","typ":"JWT"}, i.e. eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9 — the payload and signature follow after dots.`),
  B("pub-known-hosts", "benign-public", `|1|${rawB64(20)}|${rawB64(20)} ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${s(107, B64)}=`),

  // ---------- blobs ----------
  B("blob-png", "benign-blobs", `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${rawB64(600)}">`),
  B("blob-woff2", "benign-blobs", `@font-face {
  font-family: "Inter";
  src: url(data:font/woff2;base64,d09GMgABAAAAA${rawB64(900)}) format("woff2");
}`),
  B("blob-gzip-b64", "benign-blobs", `{"encoding":"gzip+base64","data":"H4sIAAAAAAAAA${rawB64(400)}"}`, "compressed telemetry batch, opaque"),
  B("blob-random-seed-test", "benign-blobs", `def test_hmac_roundtrip():
    key = os.urandom(32)
    msg = b"hello"
    assert hmac.compare_digest(sign(key, msg), sign(key, msg))`),
  B("blob-wasm", "benign-blobs", `const wasm = Uint8Array.from(atob("AGFzbQEAAAAB${rawB64(300)}"), c => c.charCodeAt(0));`),

  // ---------- prose / redacted ----------
  B("prose-password-policy", "benign-prose", `Password requirements: at least 14 characters, one uppercase letter, one digit and one symbol (e.g. !#%&*). Passwords such as "Password123!" or "Winter2026!" are rejected. API keys are rotated every 90 days; the old key keeps working for 24 hours.`),
  B("prose-redacted-log", "benign-prose", `2026-12-04T09:13:55Z WARN auth: upstream rejected credentials token=[REDACTED] user=svc-reporting
2026-12-04T09:13:55Z WARN auth: AWS_SECRET_ACCESS_KEY=**************************************** (masked)`),
  B("prose-rotation-notice", "benign-prose", `Heads-up: the GitLab runner token ending in …9kQ2 was revoked at 10:04 UTC. New runners must be registered with an authentication token from Settings → CI/CD → Runners; glrt- tokens are shown only once.`),
  B("prose-token-formats-article", "benign-prose", `Why prefixes matter: GitHub (ghp_, gho_, ghs_), GitLab (glpat-), Slack (xoxb-, xoxp-), npm (npm_) and PyPI (pypi-) all prefix their tokens so scanners can find them with few false positives. A checksum in the last six characters lets a scanner validate a candidate offline.`),
  B("prose-connection-noauth", "benign-prose", `DATABASE_URL=postgres://localhost:5432/app_dev
REDIS_URL=redis://127.0.0.1:6379/0
AMQP_URL=amqp://guest@localhost:5672/`, "local dev URLs without passwords"),
  B("prose-password-field-names", "benign-prose", `class ResetPasswordForm(forms.Form):
    new_password = forms.CharField(widget=forms.PasswordInput, min_length=14)
    confirm_password = forms.CharField(widget=forms.PasswordInput)
    api_key_label = forms.CharField(max_length=64, help_text="A name for the new key, e.g. 'ci-runner'")`),
  B("prose-changelog", "benign-prose", `## 3.2.0
- Accept Fine-grained PATs (github_pat_…) in addition to classic tokens
- Drop support for the legacy 40-hex OAuth tokens
- \`--token-file\` now refuses world-readable files`),
  B("prose-cli-help", "benign-prose", `Usage: acme deploy [options]

Options:
  --api-key <key>     API key (default: $ACME_API_KEY)
  --token-file <path> read the token from a file instead
  --dry-run           print the plan, change nothing`),
];
