// heldout-y146: benign look-alikes (placeholders, references, redactions, hashes, ids, public keys,
// publishable keys, docs, labelled fixtures, CSRF nonces, lockfiles). Seed 146004.
import type { CorpusCase } from "../types.ts";
import { AN, B64, HEX, LO, RENDERERS, Rng, Rotator, UP, b64, j, kebab, mk, pem, prose, snake, type Tok } from "./_gen.ts";
import { AI, AUTH, CLOUD, COMMS, DATA, DEVTOOLS, OBS, PAYMENT, SAAS } from "./_providers.ts";

const r = new Rng(146004);
const out: CorpusCase[] = [];
let n = 0;
const CAT = "heldouty146-benign";
const add = (text: string, needles: string[], note: string) =>
  out.push(mk(`y146-n-${String(++n).padStart(3, "0")}`, CAT, "benign", text, needles, note));

// --- A: placeholders / references / redactions in the secret slot, rotated through renderers ---
const PLAIN = RENDERERS.filter((x) => !["chat-base64", "js-split-concat", "yaml-folded-wrap", "k8s-secret-data", "url-query", "form-body"].includes(x.name));
const rot = new Rotator(PLAIN, 7);
const ALL = [AI, AUTH, CLOUD, COMMS, DATA, DEVTOOLS, OBS, PAYMENT, SAAS];
const placeholder = (t: Tok, k: number): [string, string] => {
  const real = t.value;
  switch (k % 16) {
    case 0: return [`<your-${kebab(t.provider.replace(/[^A-Za-z0-9 ]/g, "").replace(/ /g, "_"))}-key>`, "angle-bracket placeholder"];
    case 1: return ["${" + t.env + "}", "env interpolation"];
    case 2: return ["changeme", "changeme"];
    case 3: return ["x".repeat(Math.min(40, Math.max(16, real.length))), "xxxx mask"];
    case 4: return [`${real.slice(0, Math.min(8, Math.floor(real.length / 4)))}…${real.slice(-4)}`, "redacted: prefix…last4"];
    case 5: return ["********", "asterisk mask"];
    case 6: return ["${{ secrets." + t.env + " }}", "GitHub Actions secret reference"];
    case 7: return ["REPLACE_ME", "REPLACE_ME"];
    case 8: return ["your_api_key_here", "your_api_key_here"];
    case 9: return [`op://Engineering/${t.provider.replace(/[^A-Za-z0-9]/g, "")}/credential`, "1Password reference"];
    case 10: return [`vault:secret/data/prod/${snake(t.env)}#value`, "Vault reference"];
    case 11: return [`arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:prod/${kebab(t.env)}-${r.an(6)}`, "Secrets Manager ARN"];
    case 12: return ["[REDACTED]", "[REDACTED]"];
    case 13: return ["$(cat /run/secrets/" + snake(t.env) + ")", "docker secret file reference"];
    case 14: return ["", "empty value"];
    default: return [`${"*".repeat(12)}${real.slice(-4)}`, "masked except last4"];
  }
};
for (let i = 0; i < 34; i++) {
  const specs = ALL[i % ALL.length]!;
  const t = specs[Math.floor(i / ALL.length) % specs.length]!.make(r);
  const [ph, kind] = placeholder(t, i);
  // companion ids are kept only if they are not secrets themselves
  const tt: Tok = { ...t, value: ph, extra: (t.extra ?? []).filter(([k]) => /DOMAIN|HOST|EMAIL|_ENV$|REALM|USERNAME/.test(k)) };
  const rd = rot.next(tt);
  const { text } = rd.fn(tt, r);
  add(text, ph ? [ph] : [], `${kind} for ${t.provider} in ${t.env} via ${rd.name}`);
}

// --- B: non-secret hex/base64/uuid values in non-secret slots, rotated ---
const NONSECRET: [string, () => string][] = [
  ["GIT_COMMIT_SHA", () => r.hex(40)],
  ["IMAGE_DIGEST", () => j("sha256:", r.hex(64))],
  ["REQUEST_ID", () => r.uuid()],
  ["TRACE_ID", () => r.hex(32)],
  ["ARTIFACT_SHA256", () => r.hex(64)],
  ["BUILD_ID", () => `${r.digits(10)}`],
  ["SENTRY_RELEASE", () => `api@${r.hex(40)}`],
  ["KMS_KEY_ID", () => r.uuid()],
  ["STRIPE_PUBLISHABLE_KEY", () => j("pk", "_live_", "51", r.an(97))],
  ["NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY", () => j("pk", "_live_", b64(`clerk.acme-${r.lo(5)}.dev$`).replace(/=+$/, ""))],
  ["MAPBOX_PUBLIC_TOKEN", () => j("pk", ".eyJ1Ijoi", r.an(20), "IiwiYSI6I", r.an(20), ".", r.us(22))],
  ["OWNER_ADDRESS", () => j("0x", r.hex(40))],
  ["MODEL_REVISION", () => r.hex(40)],
  ["DATASET_MD5", () => r.hex(32)],
  ["DEPLOYMENT_ID", () => j("dpl_", r.an(28))],
  ["CHART_DIGEST", () => j("sha256:", r.hex(64))],
  ["CORRELATION_ID", () => r.uuid()],
  ["ETAG", () => `"${r.hex(32)}"`],
];
const rot2 = new Rotator(PLAIN.filter((x) => !["chat-prose", "sql-insert", "cli-secret-set", "markdown-issue", "k8s-secret-stringdata"].includes(x.name)), 19);
for (let i = 0; i < NONSECRET.length; i++) {
  const [env, f] = NONSECRET[i]!;
  const t: Tok = { provider: "build metadata", env, value: f() };
  const rd = rot2.next(t);
  const { text, needles } = rd.fn(t, r);
  add(text, needles, `non-secret ${env} via ${rd.name}`);
}

// --- C: hand-written look-alikes ---
const sri = () => j("sha512-", Buffer.from(r.bytes(64)).toString("base64"));
add(`{\n  "name": "api",\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/express": {\n      "version": "4.21.2",\n      "resolved": "https://registry.npmjs.org/express/-/express-4.21.2.tgz",\n      "integrity": "${sri()}",\n      "license": "MIT"\n    },\n    "node_modules/zod": {\n      "version": "3.23.8",\n      "integrity": "${sri()}"\n    }\n  }\n}`, ["integrity"], "package-lock integrity");
add(`"@babel/core@^7.24.0":\n  version "7.26.0"\n  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.26.0.tgz#${r.hex(40)}"\n  integrity ${sri()}\n`, ["integrity"], "yarn.lock");
add(`[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.41.1"\nchecksum = "${r.hex(64)}"\n`, ["checksum"], "Cargo.lock checksums");
add(`github.com/stretchr/testify v1.9.0 h1:${r.str(43, B64)}=\ngithub.com/stretchr/testify v1.9.0/go.mod h1:${r.str(43, B64)}=\ngolang.org/x/net v0.31.0 h1:${r.str(43, B64)}=\n`, ["h1:"], "go.sum");
add(`requests==2.32.3 \\\n    --hash=sha256:${r.hex(64)} \\\n    --hash=sha256:${r.hex(64)}\nurllib3==2.2.3 \\\n    --hash=sha256:${r.hex(64)}\n`, ["--hash"], "pip requirements with hashes");
add(`[[package]]\nname = "numpy"\nversion = "2.1.3"\nfiles = [\n    {file = "numpy-2.1.3-cp312-cp312-manylinux_2_17_x86_64.whl", hash = "sha256:${r.hex(64)}"},\n]\n`, ["sha256"], "poetry.lock");
add(`commit ${r.hex(40)}\nAuthor: Mika Virtanen <mika@acme.dev>\nDate:   Thu Dec 3 14:02:11 2026 +0200\n\n    chore(ci): rotate Stripe key after leak; old key ${j("sk", "_live_")}…${r.an(4)} revoked in dashboard\n\n    Moves the value to the STRIPE_SECRET_KEY repo secret.\n`, ["revoked"], "commit message mentioning a redacted revoked key");
add(`${r.hex(7)} fix(auth): refresh token on 401\n${r.hex(7)} feat: add ${r.pick(["Datadog", "Sentry", "Linear"])} integration (#${r.range(100, 999)})\n${r.hex(7)} Merge pull request #${r.range(100, 999)} from acme/deps\n${r.hex(7)} build(deps): bump axios from 1.7.7 to 1.7.9\n`, ["Merge pull request"], "git log --oneline");
add(`## Token formats\n\n| Provider | Prefix | Body |\n|---|---|---|\n| GitHub classic PAT | \`ghp_\` | 36 base62 chars |\n| GitLab PAT | \`glpat-\` | 20 chars |\n| Slack bot | \`xoxb-\` | numeric ids + 24 chars |\n| Stripe secret | \`sk_live_\` | 24+ base62 |\n| AWS key id | \`AKIA\` | 16 base32 chars |\n\nOur pre-commit hook blocks these shapes; see SECURITY.md.`, ["Token formats"], "docs table describing token formats");
add(`Les clés API OpenAI commencent par « sk- » suivi d'une chaîne aléatoire. Ne les collez jamais dans un ticket : utilisez la variable d'environnement OPENAI_API_KEY et le gestionnaire de secrets.`, ["sk-"], "French docs about key format");
add(`Der Datadog-API-Schlüssel (DD_API_KEY) besteht aus 32 Hex-Zeichen; der Application Key hat 40. Beide gehören in den Vault, nicht in die values.yaml.`, ["DD_API_KEY"], "German docs about key format");
add(`# tests/fixtures/tokens.py\n# FAKE values for the redaction unit tests - not real credentials\nFAKE_GITHUB_TOKEN = "${j("gh", "p_")}${"0".repeat(36)}"\nFAKE_SLACK_TOKEN = "${j("xo", "xb-")}000000000000-0000000000000-${"x".repeat(24)}"\nFAKE_OPENAI_KEY = "${j("sk-", "test-")}${"a".repeat(20)}"\n`, ["FAKE_GITHUB_TOKEN"], "labelled fake fixtures (zeros/x)");
add(`# AWS documentation example credentials (from the AWS CLI user guide)\naws_access_key_id = ${j("AK", "IA", "IOSFODNN7", "EXAMPLE")}\naws_secret_access_key = ${j("wJalrXUtnFEMI", "/K7MDENG/", "bPxRfiCY", "EXAMPLEKEY")}\n`, ["EXAMPLE"], "AWS documented example key pair");
add(`POST /v1/chat/completions 200 ${r.range(200, 3000)}ms id=chatcmpl-${r.an(29)} model=gpt-4o-2024-08-06 org=org-${r.an(24)} x-request-id=req_${r.hex(32)}`, ["chatcmpl-"], "OpenAI response ids in an access log");
add(JSON.stringify({ id: `msg_01${r.an(22)}`, type: "message", role: "assistant", model: "claude-sonnet-4-5", stop_reason: "end_turn", usage: { input_tokens: r.range(100, 9000), output_tokens: r.range(10, 900) }, content: [{ type: "text", text: "Done." }] }), ["msg_01"], "Anthropic message id");
add(JSON.stringify({ id: `pi_3${r.an(23)}`, object: "payment_intent", amount: r.range(100, 99999), currency: "eur", customer: `cus_${r.an(14)}`, latest_charge: `ch_3${r.an(23)}`, status: "succeeded", client_secret: null }, null, 2), ["payment_intent"], "Stripe object ids");
add(`${r.pick(["ssh-ed25519", "ssh-ed25519"])} AAAAC3NzaC1lZDI1NTE5AAAAI${r.str(43, B64)} mika@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r.str(500, B64)} ci@runner\n`, ["AAAAC3NzaC1lZDI1NTE5"], "authorized_keys public keys");
add(`${pem("PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + r.str(300, B64) + "IDAQAB")}\n`, ["PUBLIC KEY"], "RSA public key PEM");
add(`# ca.crt\n${pem("CERTIFICATE", "MIIDdzCCAl+gAwIBAgIU" + r.str(1100, B64))}\n`, ["CERTIFICATE"], "X.509 certificate PEM");
add(JSON.stringify({ keys: [{ kty: "RSA", kid: r.us(16), use: "sig", alg: "RS256", n: Buffer.from(r.bytes(256)).toString("base64url"), e: "AQAB" }] }, null, 2), ["AQAB"], "public JWKS (no private members)");
add(`[Peer]\n# laptop\nPublicKey = ${r.b64bytes(32)}\nAllowedIPs = 10.8.0.${r.range(2, 200)}/32\n`, ["PublicKey"], "WireGuard peer public key");
add(`-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG${r.str(64, B64)}\n${r.str(64, B64)}\n${r.str(40, B64)}\n=${r.str(4, B64)}\n-----END PGP PUBLIC KEY BLOCK-----\n`, ["PUBLIC KEY BLOCK"], "PGP public key block");
add(`<form method="post" action="/account/settings">\n  <input type="hidden" name="csrfmiddlewaretoken" value="${r.an(64)}">\n  <input type="email" name="email" value="mika@acme.dev">\n  <button type="submit">Save</button>\n</form>`, ["csrfmiddlewaretoken"], "Django CSRF nonce in a same-site form");
add(`<meta name="csrf-token" content="${Buffer.from(r.bytes(64)).toString("base64")}">\n<meta name="csrf-param" content="authenticity_token">`, ["csrf-token"], "Rails CSRF meta tag");
add(`<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${Buffer.from(r.bytes(48)).toString("base64")}" crossorigin="anonymous"></script>`, ["sha384-"], "SRI integrity attribute");
add(`docker pull ghcr.io/acme/api@sha256:${r.hex(64)}\nDigest: sha256:${r.hex(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api`, ["Digest: sha256:"], "image digests");
add(`${r.hex(64)}  model-00001-of-00002.safetensors\n${r.hex(64)}  model-00002-of-00002.safetensors\n${r.hex(64)}  tokenizer.json\n`, ["safetensors"], "sha256sum of model shards");
add(`INSERT INTO users (email, password_hash) VALUES\n  ('admin@acme.dev', '$2b$12$${r.str(53, AN + "./")}'),\n  ('ops@acme.dev', '$argon2id$v=19$m=65536,t=3,p=4$${r.str(22, B64)}$${r.str(43, B64)}');`, ["password_hash"], "bcrypt/argon2 hashes in a seed");
add(`token_sha256=${r.hex(64)} last_used=2026-12-01 scopes=read:packages`, ["token_sha256"], "stored hash of an API token");
add(`mysql:\n  password: ENC[AES256_GCM,data:${r.str(32, B64)},iv:${r.str(43, B64)}=,tag:${r.str(22, B64)}==,type:str]\nsops:\n  age:\n    - recipient: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`, ["ENC[AES256_GCM"], "SOPS-encrypted value");
add(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ndata:\n  APP_ENV: ${b64("production")}\n  LOG_LEVEL: ${b64("info")}\n  REGION: ${b64("eu-west-1")}\n`, ["APP_ENV"], "k8s Secret holding non-secret values");
add(`  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n      ~ password = (sensitive value)\n        id       = "db-${r.up(26)}"\n    }\n`, ["sensitive value"], "Terraform plan with masked value");
add(`# .env.example\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=\nDATABASE_URL=postgres://postgres:postgres@localhost:5432/dev\nREDIS_URL=redis://localhost:6379\n`, ["OPENAI_API_KEY="], "empty .env.example with local dev defaults");
add(`Mi clave de OpenAI (${j("sk-", "proj-")}…${r.an(4)}) dejó de funcionar ayer, ¿tengo que regenerarla o es un problema de facturación?`, ["…"], "Spanish chat with redacted key");
add(`ログを見ると Authorization: Bearer ${"*".repeat(20)} で 401 が返っています。トークン自体はマスクしています。`, ["Bearer ****"], "Japanese chat with masked bearer");
add(`{"level":"info","msg":"outbound request","method":"POST","url":"https://api.github.com/repos/acme/api/dispatches","headers":{"authorization":"[REDACTED]","user-agent":"acme-bot/1.4"},"status":204,"request_id":"${r.uuid()}"}`, ["[REDACTED]"], "structured log with redacted header");
add(`{"kind":"ConfigMap","metadata":{"uid":"${r.uuid()}","resourceVersion":"${r.digits(8)}","name":"feature-flags"},"data":{"NEW_CHECKOUT":"true"}}`, ["resourceVersion"], "k8s object uid");
add(`data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${r.str(200, B64)}AAAAAElFTkSuQmCC`, ["iVBORw0KGgo"], "base64 PNG data URI");
add(`!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}}}n.p="/static/",n.h="${r.hex(20)}"}([]);\n//# sourceMappingURL=main.${r.hex(8)}.js.map`, ["sourceMappingURL"], "minified JS with build hash");
add(`.css-${r.lo(6)}{display:flex}.css-${r.lo(6)}{color:#${r.hex(6)}}._${r.an(5)}_${r.lo(4)}{margin:0}`, ["display:flex"], "generated CSS class names");
add(`Run ID: ${r.digits(11)}\nJob: build (ubuntu-latest)\nCommit: ${r.hex(40)}\nCache key: node-modules-${r.hex(64)}\nCache restored successfully`, ["Cache restored"], "CI log with cache key hash");
add(`- name: Deploy\n  env:\n    VERCEL_TOKEN: \${{ secrets.VERCEL_TOKEN }}\n    VERCEL_ORG_ID: team_${r.an(24)}\n    VERCEL_PROJECT_ID: prj_${r.an(28)}\n  run: npx vercel deploy --prod --token "$VERCEL_TOKEN"`, ["secrets.VERCEL_TOKEN"], "workflow using secret references and public ids");
add(`components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key\n      description: Your workspace API key, e.g. \`acme_live_...\`. Create one under Settings → API.\n`, ["securitySchemes"], "OpenAPI security scheme docs");
add(`{\n  "login": {\n    "password": "Passwort",\n    "forgot_password": "Passwort vergessen?",\n    "api_key": "API-Schlüssel",\n    "token_expired": "Ihr Token ist abgelaufen"\n  }\n}`, ["Passwort"], "i18n strings (German) with password/key labels");
add(`{\n  "auth": {\n    "password": "Mot de passe",\n    "secret": "Secret partagé",\n    "api_key": "Clé API"\n  }\n}`, ["Mot de passe"], "i18n strings (French)");
add(`$ vault kv get -field=token secret/ci/github\n$ export GITHUB_TOKEN="$(vault kv get -field=token secret/ci/github)"\n$ gh auth status\n  ✓ Logged in to github.com account acme-bot (GITHUB_TOKEN)\n  - Token: ${j("gh", "p_")}************************************`, ["************"], "gh auth status masked token");
add(`Slack channel C0${r.up(9)}, user U0${r.up(9)}, team T0${r.up(9)}, message ts ${r.digits(10)}.${r.digits(6)}`, ["message ts"], "Slack object ids");
add(`Address: bc1q${r.str(38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\nTx: ${r.hex(64)}\nConfirmations: ${r.range(1, 60)}`, ["Confirmations"], "bitcoin address and tx hash");
add(`kms_key_arn = "arn:aws:kms:eu-west-1:${r.digits(12)}:key/${r.uuid()}"\nsecret_arn  = "arn:aws:secretsmanager:eu-west-1:${r.digits(12)}:secret:prod/db-${r.an(6)}"\n`, ["kms_key_arn"], "KMS and secret ARNs");
add(`Как получить токен? Зайдите в Settings → Developer settings → Personal access tokens, нажмите Generate и сохраните его в менеджере паролей. В репозиторий токен не коммитьте.`, ["Personal access tokens"], "Russian how-to for PATs");
add(`OTP secret setup: scan the QR code in your authenticator. Recovery codes were shown once and are stored in 1Password ("Acme AWS root – recovery").`, ["Recovery codes"], "docs about MFA without values");
add(`X-Amz-Date: 20261207T101500Z\nX-Amz-Content-Sha256: ${r.hex(64)}\nx-amz-request-id: ${r.up(16)}\nx-amz-id-2: ${r.str(76, B64)}=`, ["x-amz-request-id"], "S3 response headers");
add(JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `${prose(r)}\n\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);\nconst pk = "${j("pk", "_live_", "51", r.an(97))}"; // publishable, used in the browser` }] }), ["STRIPE_SECRET_KEY!"], "chat with env reference and a publishable key");
add(`Sentry event ${r.hex(32)} · release api@${r.hex(12)} · trace ${r.hex(32)} · span ${r.hex(16)}`, ["Sentry event"], "Sentry ids");
add(`HF_HUB_OFFLINE=1\nTRANSFORMERS_CACHE=/data/hf\nMODEL_ID=meta-llama/Llama-3.1-8B-Instruct\nMODEL_REVISION=${r.hex(40)}\nWANDB_PROJECT=finetune-${r.lo(5)}\nWANDB_MODE=offline\n`, ["MODEL_REVISION"], "ML env without credentials");

void HEX; void UP; void LO;
export const cases = out;
