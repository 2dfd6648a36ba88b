// heldout-y81: benign look-alikes in the same contexts (rotated renderers + handcrafted files).
import type { CorpusCase } from "../types.ts";
import { Gen, renderers, type Slot } from "./_gen.ts";

const g = new Gen(0x81b0b0);
const b = (id: string, text: string, note: string): CorpusCase => ({ id, kind: "secrets", category: "heldouty81-benign", label: "benign", text, note });

// Placeholders, masks and secret-manager references sitting in secret-named slots: any renderer.
const refs: [string, string, () => string][] = [
  ["openai", "OPENAI_API_KEY", () => "sk-...XXXX"],
  ["openai", "OPENAI_API_KEY", () => "sk-proj-****************************************"],
  ["anthropic", "ANTHROPIC_API_KEY", () => "<your-anthropic-api-key>"],
  ["stripe", "STRIPE_SECRET_KEY", () => "${STRIPE_SECRET_KEY}"],
  ["github", "GITHUB_TOKEN", () => "${{ secrets.GITHUB_TOKEN }}"],
  ["slack", "SLACK_BOT_TOKEN", () => "xoxb-your-bot-token-here"],
  ["aws", "AWS_SECRET_ACCESS_KEY", () => "REPLACE_WITH_YOUR_SECRET_ACCESS_KEY"],
  ["vault", "DATABASE_PASSWORD", () => "vault:secret/data/prod/db#password"],
  ["aws", "DB_PASSWORD", () => "arn:aws:secretsmanager:us-east-1:" + g.dig(12) + ":secret:prod/orders/db-" + g.an(6)],
  ["onepassword", "SENDGRID_API_KEY", () => "op://Engineering/SendGrid Prod/credential"],
  ["gcp", "GEMINI_API_KEY", () => "projects/acme-ml/secrets/gemini-api-key/versions/latest"],
  ["azure", "TWILIO_AUTH_TOKEN", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/twilio-auth-token/)"],
  ["symfony", "MAILER_PASSWORD", () => "%env(MAILER_PASSWORD)%"],
  ["ssm", "DATADOG_API_KEY", () => "{{resolve:ssm-secure:/prod/datadog/api-key:3}}"],
  ["helm", "SENTRY_AUTH_TOKEN", () => "{{ .Values.sentry.authToken }}"],
  ["generic", "API_KEY", () => "[REDACTED]"],
  ["generic", "CLIENT_SECRET", () => "********"],
  ["shopify", "SHOPIFY_ADMIN_TOKEN", () => "shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  ["npm", "NPM_TOKEN", () => "$NPM_TOKEN"],
  ["k8s", "REDIS_PASSWORD", () => "$(REDIS_PASSWORD)"],
  ["stripe", "STRIPE_WEBHOOK_SECRET", () => "whsec_..."],
  ["hf", "HF_TOKEN", () => "hf_********************************"],
  ["doppler", "PAYSTACK_SECRET_KEY", () => "${{ doppler.PAYSTACK_SECRET_KEY }}"],
  ["sops", "MAILGUN_API_KEY", () => `ENC[AES256_GCM,data:${g.b64(44)}=,iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]`],
  ["generic", "JWT_SECRET", () => "<generate with: openssl rand -hex 32>"],
  ["gitlab", "GITLAB_TOKEN", () => "glpat-<redacted>"],
  ["conjur", "DB_PASS", () => "!var prod/postgres/password"],
  ["generic", "WEBHOOK_SECRET", () => "process.env.WEBHOOK_SECRET"],
  ["aws", "AWS_SECRET_ACCESS_KEY", () => "wJalr...EXAMPLEKEY-redacted"],
  ["twilio", "TWILIO_AUTH_TOKEN", () => "<TWILIO_AUTH_TOKEN>"],
  ["k8s", "POSTGRES_PASSWORD", () => "secretKeyRef:postgres-creds/password"],
  ["azure", "AZURE_CLIENT_SECRET", () => "$(AzureClientSecret)"],
  ["datadog", "DD_API_KEY", () => "ENC[dd-secret-backend:prod/datadog_api_key]"],
];

// Identifiers, digests and public values in non-secret slots: only renderers that keep the slot
// as a plain value (no Authorization header, no "try this key" chat).
const ids: [string, string, () => string][] = [
  ["git", "GIT_COMMIT_SHA", () => g.hex(40)],
  ["docker", "IMAGE_DIGEST", () => "sha256:" + g.hex(64)],
  ["http", "REQUEST_ID", () => g.uuid()],
  ["otel", "TRACE_ID", () => g.hex(32)],
  ["otel", "TRACEPARENT", () => `00-${g.hex(32)}-${g.hex(16)}-01`],
  ["stripe", "STRIPE_CUSTOMER_ID", () => "cus_" + g.an(14)],
  ["stripe", "STRIPE_PRICE_ID", () => "price_1" + g.an(23)],
  ["stripe", "STRIPE_PUBLISHABLE_KEY", () => "pk_live_51" + g.an(97)],
  ["openai", "OPENAI_ASSISTANT_ID", () => "asst_" + g.an(24)],
  ["openai", "OPENAI_COMPLETION_ID", () => "chatcmpl-" + g.an(29)],
  ["anthropic", "ANTHROPIC_MESSAGE_ID", () => "msg_01" + g.an(22)],
  ["slack", "SLACK_CHANNEL_ID", () => "C0" + g.upn(9)],
  ["aws", "AWS_ACCOUNT_ID", () => g.dig(12)],
  ["aws", "KMS_KEY_ARN", () => `arn:aws:kms:eu-west-1:${g.dig(12)}:key/${g.uuid()}`],
  ["azure", "AZURE_TENANT_ID", () => g.uuid()],
  ["npm", "PACKAGE_INTEGRITY", () => "sha512-" + g.b64(86) + "=="],
  ["web", "SCRIPT_SRI", () => "sha384-" + g.b64(64)],
  ["release", "ARTIFACT_SHA256", () => g.hex(64)],
  ["http", "ETAG", () => `W/"${g.hex(32)}"`],
  ["mongo", "ORG_OBJECT_ID", () => g.hex(24)],
  ["discord", "DISCORD_GUILD_ID", () => "1" + g.dig(18)],
  ["ssh", "SSH_HOST_FINGERPRINT", () => "SHA256:" + g.b64(43)],
  ["gpg", "GPG_KEY_FINGERPRINT", () => g.HEXU(40)],
  ["cloudflare", "CLOUDFLARE_ZONE_ID", () => g.hex(32)],
  ["vercel", "VERCEL_PROJECT_ID", () => "prj_" + g.an(28)],
  ["algolia", "ALGOLIA_APP_ID", () => g.upn(10)],
  ["ci", "CACHE_KEY", () => "node-modules-linux-" + g.hex(64)],
  ["github", "GITHUB_RUN_ID", () => g.dig(11)],
  ["age", "SOPS_AGE_RECIPIENTS", () => "age1" + g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")],
  ["sentry", "SENTRY_RELEASE", () => "api@" + g.hex(40)],
  ["k8s", "POD_UID", () => g.uuid()],
  ["gcp", "GCP_PROJECT_NUMBER", () => g.dig(12)],
  ["stripe", "PAYMENT_INTENT_ID", () => "pi_3" + g.an(23)],
  ["vault", "VAULT_ACCESSOR", () => g.b64u(24)],
  ["huggingface", "HF_MODEL_REVISION", () => g.hex(40)],
  ["github", "GITHUB_APP_ID", () => g.dig(7)],
  ["gcp", "GOOGLE_CLIENT_ID", () => g.dig(12) + "-" + g.lown(32) + ".apps.googleusercontent.com"],
  ["auth0", "AUTH0_CLIENT_ID", () => g.an(32)],
  ["twilio", "TWILIO_MESSAGING_SERVICE_SID", () => "MG" + g.hex(32)],
  ["linear", "LINEAR_TEAM_ID", () => g.uuid()],
];

const SAFE = [0, 1, 2, 3, 6, 8, 10, 11, 12, 13, 14, 15, 16, 17, 21, 22, 23, 26, 27, 28, 30, 31, 32, 34, 35, 36, 37];
const out: CorpusCase[] = [];
refs.forEach(([provider, key, make], i) => {
  const s: Slot = { group: "benign", provider, key, value: make() };
  const [ctx, text] = renderers[(i * 5 + 2) % renderers.length]!(s, g);
  out.push(b(`y81-b-${String(i + 1).padStart(3, "0")}`, text, `benign ${provider}: ${key} holds a placeholder/mask/reference in ${ctx}`));
});
ids.forEach(([provider, key, make], i) => {
  const s: Slot = { group: "benign", provider, key, value: make() };
  const [ctx, text] = renderers[SAFE[(i * 4 + 1) % SAFE.length]!]!(s, g);
  out.push(b(`y81-b-${String(refs.length + i + 1).padStart(3, "0")}`, text, `benign ${provider}: ${key} is an identifier/digest/public value in ${ctx}`));
});

const BEGIN = "-----BEGIN ";
const cert = [BEGIN, "CERTIFICATE-----\n", g.b64bytes(900).match(/.{1,64}/g)!.join("\n"), "\n-----END CERTIFICATE-----"].join("");
const pub = [BEGIN, "PUBLIC KEY-----\n", g.b64bytes(294).match(/.{1,64}/g)!.join("\n"), "\n-----END PUBLIC KEY-----"].join("");
const sshPub = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.b64(43) + " deploy@ci-runner";
const rsaPub = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + g.b64(512) + " alice@laptop";
const png = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h" + g.b64(300) + "AAAAAElFTkSuQmCC";

const hand: [string, string][] = [
  [JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `nginx won't start, here's the cert:\n\n${cert}\n\nssl_certificate points at it` }] }), "PEM certificate pasted in LLM chat body"],
  [`# jwt verification key\nJWT_PUBLIC_KEY="${pub.replace(/\n/g, "\\n")}"\nJWT_ISSUER=https://auth.acme.io/\n`, "PEM public key in .env"],
  [`# ~/.ssh/authorized_keys\n${sshPub}\n${rsaPub}\n`, "SSH public keys in authorized_keys"],
  [`apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-secrets\ntype: Opaque\ndata:\n  STRIPE_SECRET_KEY: ENC[AES256_GCM,data:${g.b64(140)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n  age:\n    - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        ${g.b64(64)}\n        ${g.b64(64)}\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: "2026-11-30T10:00:00Z"\n  mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n  version: 3.9.1\n`, "SOPS-encrypted k8s Secret"],
  [`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db-creds\n  namespace: prod\nspec:\n  encryptedData:\n    password: AgB${g.b64(680)}\n    username: AgC${g.b64(300)}\n`, "Bitnami SealedSecret encryptedData"],
  [`db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${g.dig(64)}\n  ${g.hex(64)}\n  ${g.hex(64)}\n  ${g.hex(64)}\n  ${g.hex(32)}\n`, "ansible-vault encrypted variable"],
  [`!function(e,t){"use strict";var n="${g.b64u(40)}",r=function(e){return e.replace(/[A-Z]/g,function(e){return"-"+e.toLowerCase()})};t.__chunk_${g.hex(8)}=function(){return{id:"${g.hex(20)}",hash:"${g.hex(40)}",map:n}}}(window,self);`, "minified JS bundle with content hashes"],
  [`.css-${g.lown(6)}{display:flex;gap:8px}\n.Button_root__${g.b64u(5)}{background:#${g.hex(6)};border-radius:4px}\n.sc-${g.an(6)}-0.${g.an(7)}{color:#${g.hex(6)}}\n`, "CSS with hashed class names"],
  [`<img alt="logo" src="${png}" width="16" height="16" />`, "base64 PNG data URI in HTML"],
  [JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: "sha512-" + g.b64(86) + "==" }, "node_modules/undici": { version: "6.19.2", resolved: "https://registry.npmjs.org/undici/-/undici-6.19.2.tgz", integrity: "sha512-" + g.b64(86) + "==" } } }, null, 2), "package-lock.json integrity hashes"],
  [`github.com/aws/aws-sdk-go-v2 v1.32.2 h1:${g.b64(43)}=\ngithub.com/aws/aws-sdk-go-v2 v1.32.2/go.mod h1:${g.b64(43)}=\ngolang.org/x/crypto v0.28.0 h1:${g.b64(43)}=\n`, "go.sum hashes"],
  [`$ docker pull ghcr.io/acme/api:1.14.2\n1.14.2: Pulling from acme/api\n${g.hex(12)}: Pull complete\n${g.hex(12)}: Pull complete\nDigest: sha256:${g.hex(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api:1.14.2`, "docker pull output with layer ids and digest"],
  [`2026-12-05T22:41:10.1203456Z ##[group]Run npm publish\n2026-12-05T22:41:10.1204Z env:\n2026-12-05T22:41:10.1204Z   NODE_AUTH_TOKEN: ***\n2026-12-05T22:41:12.5521Z npm notice shasum:        ${g.hex(40)}\n2026-12-05T22:41:12.5522Z npm notice integrity:     sha512-${g.b64(20)}[...]${g.b64(10)}==\n2026-12-05T22:41:13.0001Z + @acme/sdk@4.2.0`, "CI log with masked token and npm shasum/integrity"],
  [JSON.stringify({ UserId: "AIDA" + g.upn(17), Account: g.dig(12), Arn: "arn:aws:iam::" + g.dig(12) + ":user/ci-deployer" }, null, 4), "aws sts get-caller-identity output (unique id, not a key)"],
  [JSON.stringify({ id: "evt_1" + g.an(23), object: "event", type: "payment_intent.succeeded", data: { object: { id: "pi_3" + g.an(23), customer: "cus_" + g.an(14), latest_charge: "ch_3" + g.an(23), amount: 4200, currency: "usd" } } }, null, 2), "Stripe webhook event with object ids"],
  [JSON.stringify({ id: "chatcmpl-" + g.an(29), object: "chat.completion", model: "gpt-4.1-2025-04-14", system_fingerprint: "fp_" + g.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3 } }), "OpenAI completion response with ids"],
  [`Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-${g.b64(22)}==' 'sha256-${g.b64(43)}='; style-src 'self' 'sha256-${g.b64(43)}='`, "CSP header with nonce and hashes"],
  [JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(40), alg: "RS256", n: g.b64u(342), e: "AQAB" }] }, null, 2), "JWKS with public RSA key only"],
  [`# .env.example\nOPENAI_API_KEY=\nSTRIPE_SECRET_KEY=sk_live_your_key_here\nDATABASE_URL=postgres://user:password@localhost:5432/app\nREDIS_URL=redis://localhost:6379\n`, ".env.example with placeholders"],
  [`curl -sS https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" | jq '.data[].id'`, "curl using env var reference"],
  [`[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.41.1"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n`, "Cargo.lock checksums"],
  [`-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${g.b64bytes(600).match(/.{1,64}/g)!.join("\n")}\n=${g.b64(4)}\n-----END PGP PUBLIC KEY BLOCK-----`, "PGP public key block"],
  [`<md:KeyDescriptor use="signing">\n  <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#">\n    <ds:X509Data>\n      <ds:X509Certificate>${g.b64bytes(700)}</ds:X509Certificate>\n    </ds:X509Data>\n  </ds:KeyInfo>\n</md:KeyDescriptor>`, "SAML metadata X509Certificate"],
  [`{\n  "version": 4,\n  "terraform_version": "1.9.8",\n  "serial": 42,\n  "lineage": "${g.uuid()}",\n  "resources": [{ "type": "aws_iam_access_key", "name": "ci", "instances": [{ "attributes": { "id": "AKIA****************", "secret": null, "status": "Active" }, "sensitive_attributes": [[{"type":"get_attr","value":"secret"}]] }] }]\n}`, "Terraform state with masked key id and null secret"],
  [`def get_client():\n    key = os.environ["ANTHROPIC_API_KEY"]  # set in .env, never commit\n    if not key.startswith("sk-ant-"):\n        raise ValueError("expected an Anthropic key")\n    return anthropic.Anthropic(api_key=key)\n`, "Python reading key from env with prefix check"],
  [`path "secret/data/prod/*" {\n  capabilities = ["read", "list"]\n}\n\npath "auth/token/lookup-self" {\n  capabilities = ["read"]\n}\n`, "Vault policy HCL"],
  [`commit ${g.hex(40)}\nMerge: ${g.hex(7)} ${g.hex(7)}\nAuthor: Dana <dana@acme.io>\n\n    Rotate Stripe key (new one lives in Vault at secret/prod/stripe)\n\ndiff --git a/README.md b/README.md\nindex ${g.hex(7)}..${g.hex(7)} 100644\n`, "git show header with SHAs and mention of rotation"],
];
hand.forEach(([text, note], i) => out.push(b(`y81-bk-${String(i + 1).padStart(3, "0")}`, text, `benign: ${note}`)));

export const cases: CorpusCase[] = out;
