// heldout-y35: benign look-alikes in the same contexts as the positives (hashes, ids, public
// material, placeholders, references, encrypted blobs). Built at run time from a seeded stream.
import type { CorpusCase } from "../types.ts";
import { Gen, renderers } from "./_gen.ts";

const CAT = "heldouty35-benign";
type BSpec = [what: string, slot: string, make: (g: Gen) => string];

const bspecs: BSpec[] = [
  ["git commit SHA", "GIT_COMMIT_SHA", (g) => g.h(40)],
  ["container image digest", "IMAGE_DIGEST", (g) => "sha256:" + g.h(64)],
  ["SRI integrity hash", "ASSET_INTEGRITY", (g) => "sha384-" + g.b64(64)],
  ["tenant UUID", "AZURE_TENANT_ID", (g) => g.uuid()],
  ["OpenTelemetry trace id", "OTEL_TRACE_ID", (g) => g.h(32)],
  ["request id", "LAST_REQUEST_ID", (g) => "req_" + g.a(24)],
  ["Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => "cus_" + g.a(14)],
  ["Stripe price id", "STRIPE_PRICE_ID", (g) => "price_1" + g.a(23)],
  ["OpenAI assistant id", "OPENAI_ASSISTANT_ID", (g) => "asst_" + g.a(24)],
  ["Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (g) => "pk" + "_live_" + "51" + g.a(97)],
  ["masked OpenAI key", "OPENAI_API_KEY", () => "sk-...XXXX"],
  ["angle-bracket placeholder", "STRIPE_SECRET_KEY", () => "<your-stripe-secret-key>"],
  ["GitHub Actions secret expression", "GITHUB_TOKEN", () => "${{ secrets.GITHUB_TOKEN }}"],
  ["shell variable reference", "DATABASE_URL", () => "${DATABASE_URL}"],
  ["Vault path reference", "API_TOKEN", () => "vault:secret/data/prod/api#token"],
  ["AWS Secrets Manager ARN", "DB_PASSWORD_SECRET_ARN", (g) => "arn:aws:secretsmanager:us-east-1:" + g.d(12) + ":secret:prod/db/password-" + g.a(6)],
  ["1Password secret reference", "ANTHROPIC_API_KEY", () => "op://Engineering/Anthropic/credential"],
  ["GCP Secret Manager resource", "OPENAI_KEY_SECRET", () => "projects/acme-prod/secrets/openai-key/versions/latest"],
  ["Azure Key Vault reference", "SENDGRID_API_KEY", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/SendGrid/)"],
  ["SOPS-encrypted value", "SLACK_BOT_TOKEN", (g) => "ENC[AES256_GCM,data:" + g.b64(76) + "=,iv:" + g.b64(43) + "=,tag:" + g.b64(22) + "==,type:str]"],
  ["SSH public key", "DEPLOY_PUBLIC_KEY", (g) => "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.b64(43) + " deploy@ci"],
  ["age public key (recipient)", "SOPS_AGE_RECIPIENTS", (g) => "age1" + g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")],
  ["npm lockfile integrity", "PKG_INTEGRITY", (g) => "sha512-" + g.b64(86) + "=="],
  ["Sentry event id", "SENTRY_EVENT_ID", (g) => g.h(32)],
  ["Stripe event id", "LAST_STRIPE_EVENT", (g) => "evt_1" + g.a(23)],
  ["WireGuard peer public key", "PEER_PUBLIC_KEY", (g) => g.b64(43) + "="],
  ["OpenAI completion id", "COMPLETION_ID", (g) => "chatcmpl-" + g.a(29)],
  ["Anthropic message id", "ANTHROPIC_MESSAGE_ID", (g) => "msg_01" + g.a(22)],
  ["Go module checksum", "GOSUM_H1", (g) => "h1:" + g.b64(43) + "="],
  ["Cloudflare zone id", "CLOUDFLARE_ZONE_ID", (g) => g.h(32)],
  ["AWS KMS key ARN", "KMS_KEY_ARN", (g) => "arn:aws:kms:eu-west-1:" + g.d(12) + ":key/" + g.uuid()],
  ["S3 object version id", "S3_VERSION_ID", (g) => g.u(32)],
  ["masked AWS key (aws configure list)", "AWS_ACCESS_KEY_ID", (g) => "****************" + g.uc(4)],
  ["redaction marker", "TWILIO_AUTH_TOKEN", () => "[REDACTED]"],
  ["SSH host key fingerprint", "SSH_HOST_FINGERPRINT", (g) => "SHA256:" + g.b64(43)],
  ["Nix fixed-output hash", "NIX_SRC_HASH", (g) => "sha256-" + g.b64(43) + "="],
  ["Google Analytics measurement id", "GA_MEASUREMENT_ID", (g) => "G-" + g.uc(10)],
  ["Kubernetes pod UID", "POD_UID", (g) => g.uuid()],
  ["Docker layer id", "BASE_LAYER", (g) => "sha256:" + g.h(64)],
  ["Terraform module version hash", "TF_LOCK_HASH", (g) => "h1:" + g.b64(43) + "="],
  ["placeholder string", "SENDGRID_API_KEY", () => "REPLACE_ME"],
  ["Vercel project id", "VERCEL_PROJECT_ID", (g) => "prj_" + g.a(28)],
  ["OpenAI org id", "OPENAI_ORG_ID", (g) => "org-" + g.a(24)],
  ["masked GitHub token", "GH_TOKEN", () => "ghp_************************************"],
  ["Datadog trace id", "DD_TRACE_ID", (g) => g.d(19)],
  ["Env default empty with TODO", "MAILGUN_API_KEY", () => "TODO-set-in-vault"],
  ["build id", "BUILD_ID", (g) => g.d(4) + "-" + g.h(7)],
  ["ETag", "CACHED_ETAG", (g) => 'W/"' + g.h(32) + '"'],
  ["Slack channel id", "SLACK_CHANNEL_ID", (g) => "C0" + g.uc(9)],
  ["Stripe payment intent id", "PAYMENT_INTENT_ID", (g) => "pi_3" + g.a(23)],
  ["Kubernetes secretKeyRef name", "DB_SECRET_NAME", () => "postgres-credentials"],
  ["git tree hash", "TREE_SHA", (g) => g.h(40)],
  ["MD5 checksum", "ARTIFACT_MD5", (g) => g.h(32)],
  ["SHA-1 checksum", "ARTIFACT_SHA1", (g) => g.h(40)],
  ["Sealed-secret certificate path", "SEALED_SECRETS_CERT", () => "/etc/kubeseal/pub-cert.pem"],
  ["masked Stripe key from dashboard", "STRIPE_SECRET_KEY", () => "sk_live_...4242"],
  ["Azure subscription id", "ARM_SUBSCRIPTION_ID", (g) => g.uuid()],
  ["Mongo ObjectId", "DEFAULT_ORG_OBJECT_ID", (g) => g.h(24)],
  ["Twilio message SID", "LAST_MESSAGE_SID", (g) => "SM" + g.h(32)],
  ["env var name-only default", "OPENAI_API_KEY", () => "${OPENAI_API_KEY:?OPENAI_API_KEY is required}"],
];
const OK = [0, 1, 2, 3, 6, 8, 10, 12, 13, 14, 16, 19, 22, 23, 24, 25, 26, 28, 31, 33, 35];

const g = new Gen(350004);
const out: CorpusCase[] = [];
bspecs.forEach(([what, slot, make], i) => {
  const r = renderers[OK[(i * 5) % OK.length]!]!;
  const [ctx, text] = r(slot, make(g), g);
  out.push({ id: `y35-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: CAT, label: "benign", text, note: `${what}; slot ${slot}; context: ${ctx}` });
});

let nk = 0;
const k = (text: string, note: string) =>
  out.push({ id: `y35-bk-${String(++nk).padStart(3, "0")}`, kind: "secrets", category: CAT, label: "benign", text, note });

k(JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: "is this cert expired?\n\n" + g.pem("CERTIFICATE", 14) + "\n" }] }, null, 2), "PEM certificate; pasted in an LLM chat body");
k(`// jwks verification\nconst PUBLIC_KEY = \`${g.pem("PUBLIC KEY", 6)}\`;\nexport const verify = (t: string) => jwt.verify(t, PUBLIC_KEY, { algorithms: ["RS256"] });\n`, "PEM public key; TypeScript code");
k(`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-env\n  namespace: prod\nspec:\n  encryptedData:\n    OPENAI_API_KEY: Ag${g.b64(360)}==\n    DATABASE_URL: Ag${g.b64(420)}=\n`, "SealedSecret encryptedData; YAML");
k(`# group_vars/prod/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.h(80)).join("\n")}\n`, "ansible-vault encrypted file");
k(`stripe_secret_key: ENC[AES256_GCM,data:${g.b64(140)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n    kms: []\n    age:\n        - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ${g.b64(64)}\n            ${g.b64(40)}\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: "2026-11-01T09:12:44Z"\n    mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n    version: 3.9.1\n`, "SOPS-encrypted YAML file");
k(`.logo{background-image:url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA${g.b64(400)}AAAAAElFTkSuQmCC")}\n.btn-primary-${g.h(6)}{color:#fff}\n`, "base64 PNG data URI in CSS");
k(`!function(e,t){"use strict";var n="${g.a(48)}",r=function(e){return e.replace(/[A-Z]/g,function(e){return"-"+e.toLowerCase()})};e.__chunk_${g.h(8)}=function(){return n+r(t)}}(window,"${g.a(32)}");\n//# sourceMappingURL=main.${g.h(20)}.js.map`, "minified JS bundle with hashed identifiers");
k(`.css-${g.lc(6)}{display:flex}.css-${g.lc(6)}{margin:0 auto;max-width:72rem}._${g.a(22)}{color:var(--accent-${g.h(6)})}\n`, "CSS-in-JS hashed class names");
k(`"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-${g.b64(86)}=="\n},\n"node_modules/zod": {\n  "version": "3.23.8",\n  "integrity": "sha512-${g.b64(86)}=="\n}`, "package-lock.json integrity entries");
k(`github.com/google/uuid v1.6.0 h1:${g.b64(43)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64(43)}=\ngolang.org/x/crypto v0.31.0 h1:${g.b64(43)}=\n`, "go.sum checksums");
k(`[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"\n`, "Cargo.lock checksum");
k(`$ git log --oneline -5\n${Array.from({ length: 5 }, (_, i) => g.h(7) + " " + ["fix: retry on 502", "chore: bump deps", "feat: add export", "docs: readme", "refactor: split client"][i]).join("\n")}\n$ git rev-parse HEAD\n${g.h(40)}`, "git log and rev-parse output in a tool result");
k(`$ docker inspect --format '{{index .RepoDigests 0}}' ghcr.io/acme/api:1.18.2\nghcr.io/acme/api@sha256:${g.h(64)}\n$ docker history --no-trunc ghcr.io/acme/api:1.18.2 | head -3\nsha256:${g.h(64)}   2 days ago   CMD ["node" "dist/server.js"]`, "docker image digests");
k(`# .env.example — copy to .env and fill in\nOPENAI_API_KEY=sk-proj-your-key-here\nANTHROPIC_API_KEY=<your-anthropic-key>\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgresql://user:password@localhost:5432/app\nSLACK_BOT_TOKEN=xoxb-your-token\n`, ".env.example placeholders");
k(`jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n    steps:\n      - uses: actions/checkout@${g.h(40)} # v4.2.2\n      - run: npm publish\n`, "GitHub Actions secret expressions and pinned action SHA");
k(`apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/stripe\n        property: secret_key\n`, "ExternalSecret reference");
k(`env:\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: openai\n        key: api-key\n  - name: POD_IP\n    valueFrom:\n      fieldRef:\n        fieldPath: status.podIP\n`, "Helm/k8s secretKeyRef");
k(JSON.stringify({ id: "chatcmpl-" + g.a(29), object: "chat.completion", created: 1731000000, model: "gpt-4.1-2025-04-14", system_fingerprint: "fp_" + g.h(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3 } }, null, 2), "OpenAI response JSON with ids and fingerprint");
k(JSON.stringify({ id: "evt_1" + g.a(23), object: "event", type: "payment_intent.succeeded", data: { object: { id: "pi_3" + g.a(23), customer: "cus_" + g.a(14), latest_charge: "ch_3" + g.a(23), payment_method: "pm_1" + g.a(23), amount: 4200, currency: "eur" } } }, null, 2), "Stripe webhook event payload with object ids (MCP result)");
k(`2026-11-03T12:00:0${g.d(1)}Z INFO http request method=GET path=/v1/orders status=200 trace_id=${g.h(32)} span_id=${g.h(16)} request_id=${g.uuid()} duration_ms=${g.range(5, 400)}`, "structured log line with trace/span/request ids");
k(`$ gh auth status\ngithub.com\n  ✓ Logged in to github.com account octo (keyring)\n  - Active account: true\n  - Git operations protocol: https\n  - Token: gho_************************************\n  - Token scopes: 'gist', 'read:org', 'repo'`, "gh auth status with masked token");
k(`$ aws configure list\n      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                <not set>             None    None\naccess_key     ****************${g.uc(4)} shared-credentials-file\nsecret_key     ****************${g.a(4)} shared-credentials-file\n    region                eu-west-1      config-file    ~/.aws/config`, "aws configure list masked output");
k(`<script src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js" integrity="sha384-${g.b64(64)}" crossorigin="anonymous" defer></script>`, "HTML script SRI");
k(`flask==3.0.3 \\\n    --hash=sha256:${g.h(64)} \\\n    --hash=sha256:${g.h(64)}\nrequests==2.32.3 \\\n    --hash=sha256:${g.h(64)}\n`, "pip requirements hashes");
k(`${g.h(64)}  dist/app-linux-amd64.tar.gz\n${g.h(64)}  dist/app-darwin-arm64.tar.gz\n${g.h(64)}  dist/app-windows-amd64.zip\n`, "sha256sum release checksums");
k(`INSERT INTO users (id, email, password_hash, created_at) VALUES\n  ('${g.uuid()}', 'ana@example.com', '$argon2id$v=19$m=65536,t=3,p=4$${g.b64(22)}$${g.b64(43)}', now()),\n  ('${g.uuid()}', 'bo@example.com', '$2b$12$${g.str(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}', now());`, "SQL seed with UUIDs and password hashes");
k(`resource "aws_db_instance" "main" {\n  identifier        = "app-prod"\n  engine            = "postgres"\n  username          = "app"\n  password          = var.db_password\n  kms_key_id        = "arn:aws:kms:eu-west-1:${g.d(12)}:key/${g.uuid()}"\n  manage_master_user_password = true\n}\n`, "Terraform with var reference and KMS ARN");
k(`diff --git a/config/settings.py b/config/settings.py\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/config/settings.py\n+++ b/config/settings.py\n@@ -10,3 +10,3 @@\n-SECRET_KEY = "dev-insecure-change-me"\n+SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]\n DEBUG = False\n`, "diff replacing a dev placeholder with an env lookup");
k(`${"```"}json\n{\n  "cells": [{"cell_type": "code", "outputs": [{"output_type": "display_data", "data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAAAoAAAAHg${g.b64(480)}=="}}]}]\n}\n${"```"}`, "notebook output with base64 PNG in a chat message");
k(`-----BEGIN SSH SIGNATURE-----\n${g.b64(64)}\n${g.b64(64)}\n${g.b64(40)}=\n-----END SSH SIGNATURE-----`, "SSH commit signature");
k(`{\n  "keys": [\n    { "kty": "RSA", "kid": "${g.h(40)}", "use": "sig", "alg": "RS256", "e": "AQAB",\n      "n": "${g.u(342)}" }\n  ]\n}`, "public JWKS (no private parameters)");
k(`curl -s https://api.github.com/repos/acme/api/commits/${g.h(40)}/check-runs \\\n  -H "Accept: application/vnd.github+json" \\\n  -H "Authorization: Bearer $GITHUB_TOKEN"`, "curl with env-var reference and commit SHA");
k(`Crash report\nException Type:  EXC_BAD_ACCESS (SIGSEGV)\nBinary Images:\n0x100a4c000 - 0x100d8ffff App arm64  <${g.h(32)}> /Applications/App.app/Contents/MacOS/App\n0x19c2e0000 - 0x19c31bfff libsystem_kernel.dylib arm64e  <${g.h(32)}>\nIncident Identifier: ${g.uuid().toUpperCase()}`, "crash dump with binary UUIDs");
k(`[Peer]\nPublicKey = ${g.b64(43)}=\nPresharedKey = (hidden)\nEndpoint = 203.0.113.10:51820\n`, "WireGuard peer public key with hidden PSK");
k(`## Rotating the API key\n\nKeys look like \`sk-proj-…\` followed by a long random string. Never paste one here; store it with\n\`\`\`bash\nop item edit "OpenAI" credential=<new-key>\n\`\`\`\nThe current key ends in \`…Q3xA\` (see 1Password).`, "Markdown doc describing key shape with a mask");
k(`HTTP/1.1 200 OK\nContent-Type: application/json\nETag: "${g.h(32)}"\nX-Request-Id: ${g.uuid()}\nX-Amz-Cf-Id: ${g.u(56)}==\nCF-Ray: ${g.h(16)}-FRA\n\n{"ok":true}`, "HTTP response headers with ids");
k(`{"mcpServers":{"github":{"command":"npx","args":["-y","@modelcontextprotocol/server-github"],"env":{"GITHUB_PERSONAL_ACCESS_TOKEN":"\${GITHUB_PAT}"}}}}`, "MCP config with env-var reference");
k(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  APP_ENV: cHJvZHVjdGlvbg==\n  LOG_LEVEL: aW5mbw==\n  REGION: ZXUtd2VzdC0x\n`, "k8s Secret holding non-secret config values");
k(`$ kubectl get pods -o wide\nNAME                       READY   STATUS    RESTARTS   AGE\napi-${g.lc(10)}-${g.lc(5)}   1/1     Running   0          2d\nworker-${g.lc(10)}-${g.lc(5)}   1/1     Running   2          2d\n`, "kubectl output with generated pod names");
k(`gpg: Signature made Tue Nov  3 10:00:00 2026 UTC\ngpg:                using RSA key ${g.H(40)}\ngpg: Good signature from "Release Bot <release@acme.io>" [ultimate]`, "GPG signature verification with key fingerprint");

export const cases: CorpusCase[] = out;
