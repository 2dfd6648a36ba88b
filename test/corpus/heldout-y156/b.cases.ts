// Benign look-alikes: rotated through the shared renderers plus handcrafted cases (seed 156003).
import type { CorpusCase } from "../types.ts";
import { AN, DIG, HEX, LO, UP, Rng, j, mk, prose, renderers } from "./_gen.ts";

const r = new Rng(156003);
const CAT = "heldouty156-benign";
// Renderers that would put the value in an Authorization/X-Api-Key header are left out here.
const safe = renderers.filter((_, i) => ![3, 25, 35, 36].includes(i));

type B = { name: string; slot: string; gen: (r: Rng) => string };
const B = (name: string, slot: string, gen: B["gen"]): B => ({ name, slot, gen });
const benign: B[] = [
  B("placeholder-angle", "OPENAI_API_KEY", () => "<your-openai-api-key>"),
  B("placeholder-x", "STRIPE_SECRET_KEY", () => j("sk", "_live_", "x".repeat(24))),
  B("placeholder-var", "GITHUB_TOKEN", () => "${GITHUB_TOKEN}"),
  B("placeholder-changeme", "DB_PASSWORD", () => "changeme"),
  B("placeholder-gha-expr", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"),
  B("placeholder-replace", "ANTHROPIC_API_KEY", () => "REPLACE_WITH_YOUR_KEY"),
  B("placeholder-dots", "SLACK_BOT_TOKEN", () => j("xo", "xb-", "...")),
  B("vault-ref", "DATABASE_PASSWORD", () => "vault:secret/data/prod/db#password"),
  B("op-ref", "SENDGRID_API_KEY", () => "op://Engineering/SendGrid/credential"),
  B("ssm-ref", "TWILIO_AUTH_TOKEN", () => "{{resolve:ssm-secure:/prod/twilio/auth-token:3}}"),
  B("git-sha", "GIT_COMMIT_SHA", (r) => r.hex(40)),
  B("image-digest", "IMAGE_DIGEST", (r) => "sha256:" + r.hex(64)),
  B("md5", "ARTIFACT_MD5", (r) => r.hex(32)),
  B("sha1-checksum", "DOWNLOAD_SHA1", (r) => r.hex(40)),
  B("request-id", "X_REQUEST_ID", (r) => r.uuid()),
  B("trace-id", "TRACE_ID", (r) => r.hex(32)),
  B("stripe-publishable", "NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY", (r) => j("pk", "_live_", "51", r.s(97))),
  B("sri", "SCRIPT_INTEGRITY", (r) => "sha384-" + r.b64(48)),
  B("build-id", "BUILD_ID", (r) => `${r.range(2024, 2026)}.${r.range(1, 12)}.${r.range(1, 28)}-${r.hex(7)}`),
  B("uuid-tenant", "AZURE_TENANT_ID", (r) => r.uuid()),
  B("aws-account", "AWS_ACCOUNT_ID", (r) => r.s(12, DIG)),
  B("redacted", "OPENAI_API_KEY", (r) => j("sk-", "proj-", "…", r.s(4, LO + DIG))),
  B("masked", "DD_API_KEY", (r) => "*".repeat(28) + r.hex(4)),
  B("empty", "SENTRY_AUTH_TOKEN", () => ""),
  B("feature-flag", "FEATURE_FLAGS", () => "new_checkout,dark_mode,beta_search"),
];

export const cases: CorpusCase[] = [];
let n = 0;
for (let i = 0; i < 75; i++) {
  const b = benign[i % benign.length]!;
  const rend = safe[(i * 11) % safe.length]!;
  const v = b.gen(r);
  if (v === "") { const out = rend(r, b.slot, "\"\""); cases.push(mk(`y156-b-${String(++n).padStart(3, "0")}`, CAT, "benign", out.text, [], `${b.name} in ${b.slot} via ${out.ctx}`)); continue; }
  const out = rend(r, b.slot, v);
  cases.push(mk(`y156-b-${String(++n).padStart(3, "0")}`, CAT, "benign", out.text, out.needles, `${b.name} in ${b.slot} via ${out.ctx}`));
}

let m = 0;
const add = (text: string, note: string) => cases.push(mk(`y156-bk-${String(++m).padStart(3, "0")}`, CAT, "benign", text, [], note));
add(`## Authentication\n\nAPI keys start with \`sk-\` followed by 48 characters. Send it as \`Authorization: Bearer <key>\`. Never commit your key; load it from \`process.env.API_KEY\`.`, "docs describing a token format");
add(`GitHub personal access tokens (classic) begin with ghp_ and fine-grained ones with github_pat_. Les jetons commencent par ces préfixes ; ne les collez jamais dans un ticket.`, "docs, prefixes only, mixed languages");
add(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(24).slice(0, 43)} deploy@ci\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r.b64(300)} dev@laptop`, "SSH public keys (authorized_keys)");
add(`${j("-----BEGIN ", "PUBLIC KEY-----")}\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE${r.b64(48)}\n${j("-----END ", "PUBLIC KEY-----")}`, "PEM public key");
add(`${j("-----BEGIN ", "CERTIFICATE-----")}\n${r.b64(600).match(/.{1,64}/g)!.join("\n")}\n${j("-----END ", "CERTIFICATE-----")}`, "PEM certificate");
add(`"node_modules/react": {\n  "version": "18.3.1",\n  "resolved": "https://registry.npmjs.org/react/-/react-18.3.1.tgz",\n  "integrity": "sha512-${r.b64(64)}"\n}`, "package-lock integrity");
add(`lodash@^4.17.21:\n  version "4.17.21"\n  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#${r.hex(40)}"\n  integrity sha512-${r.b64(64)}`, "yarn.lock entry");
add(`[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.hex(64)}"`, "Cargo.lock checksum");
add(`github.com/stretchr/testify v1.9.0 h1:${r.b64(32)}\ngithub.com/stretchr/testify v1.9.0/go.mod h1:${r.b64(32)}`, "go.sum lines");
add(`commit ${r.hex(40)}\nAuthor: Dev <dev@example.com>\n\n    Rotate leaked Stripe key; new key lives in Vault (secret/prod/stripe)\n\n    The old key sk_live_…${r.s(4, AN)} was revoked in the dashboard.`, "commit message mentioning a redacted key");
add(`<form method="post" action="/settings/profile">\n  <input type="hidden" name="csrfmiddlewaretoken" value="${r.s(64)}">\n  <input name="display_name">\n</form>`, "CSRF token in same-site form");
add(`<meta name="csrf-token" content="${r.b64(32)}">`, "Rails CSRF meta");
add(`// test/fixtures/fake-keys.ts — FAKE, for unit tests only, not valid anywhere\nexport const FAKE_KEY = "test_key_${"0".repeat(24)}";\nexport const EXAMPLE_TOKEN = "EXAMPLE-TOKEN-DO-NOT-USE";`, "labelled test fixture");
add(`const stripe = Stripe("${j("pk", "_live_", "51", r.s(97))}");\nconst elements = stripe.elements();`, "Stripe publishable key in browser code");
add(`NEXT_PUBLIC_SUPABASE_URL=https://${r.s(20, LO)}.supabase.co\nNEXT_PUBLIC_POSTHOG_KEY=${j("ph", "c_", r.s(43))}\nNEXT_PUBLIC_ALGOLIA_APP_ID=${r.s(10, UP + DIG)}`, "public browser config");
add(`Error: 401 Unauthorized (request id: req_${r.s(24)})\n  at ApiClient.send (client.ts:88)\nRetry with a valid key from your dashboard.`, "request id in error");
add(JSON.stringify({ id: "chatcmpl-" + r.s(29), object: "chat.completion", model: "gpt-4o-mini", choices: [{ index: 0, message: { role: "assistant", content: "Done." } }], usage: { prompt_tokens: 41, completion_tokens: 2 } }), "chat completion response ids");
add(JSON.stringify({ id: "msg_" + r.s(24), type: "message", role: "assistant", content: [{ type: "text", text: "Sure" }], stop_reason: "end_turn" }), "Anthropic message id");
add(`customer: cus_${r.s(14)}\npayment_intent: pi_${r.s(24)}\ncharge: ch_${r.s(24)}\nsubscription: sub_${r.s(24)}`, "Stripe object ids");
add(`docker pull ghcr.io/acme/api@sha256:${r.hex(64)}`, "image digest pull");
add(`$ git log --oneline -3\n${r.hex(7)} fix: handle 429 from upstream\n${r.hex(7)} chore: bump deps\n${r.hex(7)} feat: add export endpoint`, "git log oneline");
add(`sops:\n  kms:\n    - arn: arn:aws:kms:eu-west-1:${r.s(12, DIG)}:key/${r.uuid()}\napi_key: ENC[AES256_GCM,data:${r.b64(40)},iv:${r.b64(32)},tag:${r.b64(16)},type:str]`, "SOPS-encrypted value");
add(`${prose(r)}\nThe token looks like xoxb-****-****-**** in the logs, which is masked by our logger.`, "masked slack token in prose");
add(`API_KEY=\nSECRET_KEY=\n# fill these in from 1Password before running`, "empty .env template");
add(`AWS_ACCESS_KEY_ID=<from aws sso login>\nAWS_SECRET_ACCESS_KEY=<from aws sso login>\nAWS_REGION=eu-west-1`, "AWS placeholders");
add(`import hashlib\nprint(hashlib.sha256(b"hello").hexdigest())\n# => ${r.hex(64)}`, "sha256 output");
add(`<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA${r.b64(120)}" alt="logo">`, "base64 PNG");
add(`.css-${r.s(6, LO + DIG)}{display:flex}.sc-${r.s(6, AN)}-0{color:#${r.hex(6)}}`, "CSS-in-JS class names");
add(`password: "{{ lookup('env', 'DB_PASSWORD') }}"\napi_token: "{{ vault_api_token }}"`, "Ansible lookups");
add(`Instrucciones: copia tu clave en .env como OPENAI_API_KEY=sk-... y reinicia el servidor. 请不要把密钥提交到仓库。`, "multilingual docs with ellipsis placeholder");
