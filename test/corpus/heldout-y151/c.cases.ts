// heldout-y151 benign: hard look-alikes. Part rotated through the same renderers as the positives
// (placeholders, references, redactions in credential-named slots), part handcrafted (digests,
// ids, public keys, publishable keys, docs, fixtures, nonces, lockfiles, commit messages).
import type { CorpusCase } from "../types.ts";
import { Rng, j, RENDERERS, prose, type Spec } from "./_gen.ts";

const r = new Rng(151003);
export const cases: CorpusCase[] = [];
let n = 0;
function add(text: string, note: string, mustHave?: string) {
  n++;
  const id = `y151-c-${String(n).padStart(3, "0")}`;
  if (mustHave !== undefined && !text.includes(mustHave)) throw new Error(`${id}: look-alike not in text`);
  cases.push({ id, kind: "secrets", category: "heldouty151-benign", label: "benign", text, note });
}

// ---------------- rotated: non-secret values in credential slots ----------------
const SLOTS: Spec[] = [
  { cat: "", name: "OpenAI", env: "OPENAI_API_KEY", make: () => "" },
  { cat: "", name: "Stripe", env: "STRIPE_SECRET_KEY", make: () => "" },
  { cat: "", name: "GitHub", env: "GITHUB_TOKEN", make: () => "" },
  { cat: "", name: "Postgres", env: "DB_PASSWORD", make: () => "" },
  { cat: "", name: "Slack", env: "SLACK_BOT_TOKEN", make: () => "" },
  { cat: "", name: "Datadog", env: "DD_API_KEY", scheme: "DD-API-KEY", make: () => "" },
  { cat: "", name: "AWS", env: "AWS_SECRET_ACCESS_KEY", make: () => "" },
  { cat: "", name: "Anthropic", env: "ANTHROPIC_API_KEY", scheme: "x-api-key", make: () => "" },
  { cat: "", name: "Shopify", env: "SHOPIFY_ACCESS_TOKEN", make: () => "" },
  { cat: "", name: "Twilio", env: "TWILIO_AUTH_TOKEN", make: () => "" },
  { cat: "", name: "JWT", env: "JWT_SECRET", make: () => "" },
];
const PLACEHOLDERS: ((s: Spec) => string)[] = [
  (s) => `<your-${s.name.toLowerCase()}-key>`,
  () => "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
  (s) => `\${${s.env}}`,
  () => "changeme",
  () => "YOUR_API_KEY_HERE",
  (s) => `{{ .Values.secrets.${s.env.toLowerCase()} }}`,
  () => "REPLACE_ME",
  () => "<redacted>",
  (s) => `$(cat /run/secrets/${s.env.toLowerCase()})`,
  (s) => `vault:secret/data/prod/app#${s.env.toLowerCase()}`,
  (s) => `op://Production/${s.name}/credential`,
  (s) => `arn:aws:secretsmanager:eu-west-1:${r.dig(12)}:secret:prod/${s.name.toLowerCase()}-${r.an(6)}`,
  () => "********",
  (s) => `{{ secrets.${s.env} }}`,
  () => j("sk", "-proj-", "…", r.an(4)),
  () => j("gh", "p_", "*".repeat(32), r.an(4)),
  () => `ENC[AES256_GCM,data:${r.b64(32)},iv:${r.b64(43)}=,tag:${r.b64(22)}==,type:str]`,
  (s) => `\${{ secrets.${s.env} }}`,
  () => "dummy",
  () => "sk_test_PLACEHOLDER",
  (s) => `%${s.env}%`,
  () => "TODO",
  (s) => `projects/acme-prod/secrets/${s.env.toLowerCase()}/versions/latest`,
  () => "<paste token here>",
  () => "0000000000000000000000000000000000000000",
  () => "abc123",
  () => "[REDACTED]",
  () => "null",
];
let ri = 3;
for (let k = 0; k < 44; k++) {
  const s = SLOTS[k % SLOTS.length]!;
  const v = PLACEHOLDERS[k % PLACEHOLDERS.length]!(s);
  const [rname, fn] = RENDERERS[ri % RENDERERS.length]!;
  ri += 5;
  const out = fn(v, s, r);
  add(typeof out === "string" ? out : out.text, `placeholder ${JSON.stringify(v)} in ${s.env} via ${rname}`);
}

// ---------------- handcrafted look-alikes ----------------
const sha256 = () => r.hex(64);
const sri = () => `sha512-${r.b64(86)}==`;
const uuid = () => r.uuid();

add(`FROM node:20.11-alpine@sha256:${sha256()}\nRUN apk add --no-cache git\n`, "image digest");
add(JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.org/react/-/react-18.3.1.tgz", integrity: sri() }, "node_modules/zod": { version: "3.23.8", integrity: sri() } } }, null, 2), "package-lock integrity");
add(`"@babel/core@^7.24.0":\n  version "7.24.4"\n  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.24.4.tgz#${r.hex(40)}"\n  integrity ${sri()}\n`, "yarn.lock");
add(`golang.org/x/crypto v0.28.0 h1:${r.b64(43)}=\ngolang.org/x/crypto v0.28.0/go.mod h1:${r.b64(43)}=\n`, "go.sum");
add(`[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${sha256()}"\n`, "Cargo.lock checksum");
add(`provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.72.1"\n  hashes = [\n    "h1:${r.b64(43)}=",\n    "zh:${sha256()}",\n    "zh:${sha256()}",\n  ]\n}\n`, ".terraform.lock.hcl");
add(`commit ${r.hex(40)}\nAuthor: Dana Ruiz <dana@example.com>\nDate:   Tue Nov 18 10:02:11 2026 +0100\n\n    fix(auth): rotate leaked STRIPE_SECRET_KEY; old key revoked in dashboard\n\n    Refs: ${r.hex(7)}, ${r.hex(7)}\n`, "commit message about a rotated key");
add(`${prose(r)}\n\n$ git log --oneline\n${[0, 1, 2, 3, 4].map(() => `${r.hex(7)} ${r.pick(["chore: bump deps", "feat: add token refresh", "fix: null check", "ci: cache pnpm store", "docs: api key setup"])}`).join("\n")}`, "git log oneline");
add(`2026-11-21T08:41:02.117Z INFO request completed request_id=${uuid()} trace_id=${r.hex(32)} span_id=${r.hex(16)} duration_ms=182`, "log with ids");
add(JSON.stringify({ id: `chatcmpl-${r.an(29)}`, object: "chat.completion", model: "gpt-4o-mini", system_fingerprint: `fp_${r.hex(10)}`, choices: [{ index: 0, message: { role: "assistant", content: "Done." } }] }), "chat completion response ids");
add(JSON.stringify({ id: `msg_01${r.an(22)}`, type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "text", text: "ok" }], usage: { input_tokens: 1200, output_tokens: 8 } }), "Anthropic message id");
add(`<script src="https://js.stripe.com/v3/"></script>\n<script>\n  const stripe = Stripe("${j("pk", "_live_", "51", r.an(97))}");\n</script>`, "Stripe publishable key (public by design)");
add(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${r.b64(43)} dana@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${r.b64(500)} ci@runner\n`, "authorized_keys (public keys)");
add(`${"-----BEG" + "IN CERTIFICATE-----"}\nMIIDdzCCAl+gAwIBAgIE${r.b64(44)}\n${[0, 1, 2, 3, 4, 5, 6, 7].map(() => r.b64(64)).join("\n")}\n${"-----EN" + "D CERTIFICATE-----"}`, "X.509 certificate");
add(`# jwt verification key\n${"-----BEG" + "IN PUBLIC KEY-----"}\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r.b64(20)}\n${[0, 1, 2, 3, 4].map(() => r.b64(64)).join("\n")}\nIDAQAB\n${"-----EN" + "D PUBLIC KEY-----"}`, "PEM public key");
add(JSON.stringify({ keys: [{ kty: "RSA", kid: r.hex(16), use: "sig", alg: "RS256", n: r.b64(342).replace(/[+/]/g, "_"), e: "AQAB" }] }), "JWKS public only");
add(`# age public recipients\nage1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\nage1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`, "age public keys");
add(`## Token formats\n\nGitHub classic tokens start with \`ghp_\` followed by 36 base62 characters; fine-grained ones start with \`github_pat_\`. Stripe secret keys begin with \`sk_live_\`, restricted keys with \`rk_live_\`. Never commit them — use \`\${{ secrets.NAME }}\`.`, "docs describing token formats");
add(`La clave de OpenAI tiene la forma \`sk-proj-...\` y se guarda en la variable OPENAI_API_KEY. No la pegues en el chat; usa un gestor de secretos.`, "docs (es) about key format");
add(`Tokens: ${j("sk", "-ant-", "…", r.an(4))} (last used 2 days ago), ${j("xo", "xb-", "…", r.dig(4))} (revoked)`, "redacted tokens list");
add(`# tests/fixtures/fake_credentials.py\n# FAKE values for unit tests only — not real, never valid.\nFAKE_API_KEY = "test-key-000000"\nFAKE_SECRET = "not-a-real-secret"\n`, "labelled test fixture");
add(`# AWS documentation example values (not real)\naws_access_key_id = ${j("AK", "IA", "IOSFODNN7", "EXAMPLE")}\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCY${"EXAMPLE"}KEY\n`, "AWS documented example keys");
add(`<form method="post" action="/account/email">\n  <input type="hidden" name="csrfmiddlewaretoken" value="${r.an(64)}">\n  <input type="email" name="email">\n</form>`, "CSRF nonce in same-site form");
add(`<meta name="csrf-token" content="${r.b64(86)}==">\n<meta name="csrf-param" content="authenticity_token">`, "Rails CSRF meta");
add(`md5  ${r.hex(32)}  dist/app.tar.gz\nsha1 ${r.hex(40)}  dist/app.tar.gz\nsha256 ${sha256()}  dist/app.tar.gz\n`, "release checksums");
add(`${sha256()}  kubectl-linux-amd64\n`, "sha256sum line");
add(`<link rel="stylesheet" href="/assets/app.${r.hex(20)}.css" integrity="sha384-${r.b64(64)}" crossorigin="anonymous">`, "SRI on stylesheet");
add(`Object.defineProperty(exports,"__esModule",{value:!0});var e=require("./chunk-${r.hex(8)}.js"),t="${r.an(40)}";exports.buildId=t;`, "minified JS with build id");
add(`export const BUILD_ID = "${r.b64u(21)}";\nexport const GIT_SHA = "${r.hex(40)}";\n`, "Next.js build id and git SHA");
add(JSON.stringify({ object: "customer", id: `cus_${r.an(14)}`, default_source: `card_${r.an(24)}`, invoice_settings: { default_payment_method: `pm_${r.an(24)}` } }), "Stripe object ids");
add(JSON.stringify({ id: `pi_${r.an(24)}`, client_secret_hint: "see server", latest_charge: `ch_${r.an(24)}`, price: `price_${r.an(24)}` }), "Stripe payment intent ids");
add(`<!-- Google tag -->\n<script async src="https://www.googletagmanager.com/gtag/js?id=G-${r.up(10)}"></script>\n<script>gtag('config', 'G-${r.up(10)}');</script>`, "GA measurement id");
add(`{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"app"},"data":{"LOG_LEVEL":"debug","FEATURE_FLAGS":"new-checkout,dark-mode","REQUEST_ID_HEADER":"X-Request-Id"}}`, "ConfigMap");
add(`apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("debug").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n`, "k8s Secret with non-secret data");
add(`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${r.b64(600)}\n`, "SealedSecret ciphertext");
add(`$ANSIBLE_VAULT;1.1;AES256\n${[0, 1, 2, 3, 4, 5].map(() => r.hex(80)).join("\n")}\n`, "Ansible Vault ciphertext");
add(`env:\n  - name: DATABASE_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password\n`, "secretKeyRef reference");
add(`const apiKey = process.env.OPENAI_API_KEY;\nif (!apiKey) throw new Error("OPENAI_API_KEY is not set");\nconst client = new OpenAI({ apiKey });\n`, "env reference in code");
add(`steps:\n  - run: npm publish\n    env:\n      NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n`, "Actions secret reference");
add(`//registry.npmjs.org/:_authToken=\${NPM_TOKEN}\n`, ".npmrc with env reference");
add(`DATABASE_URL=postgresql://postgres:postgres@localhost:5432/app_dev\nREDIS_URL=redis://localhost:6379/0\n`, "local dev default credentials");
add(`image: data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${r.b64(200)}`, "base64 PNG");
add(`Your verification code is ${r.dig(6)}. It expires in 10 minutes.`, "OTP message (short numeric)");
add(JSON.stringify({ installation_id: r.range(10000000, 99999999), app_id: r.range(100000, 999999), node_id: `MDEyOkludGVncmF0aW9u${r.an(8)}` }), "GitHub App ids");
add(`Discord guild ${r.dig(18)}, channel ${r.dig(19)}, message ${r.dig(19)}`, "Discord snowflakes");
add(`Slack: team T${r.up(10)}, channel C${r.up(10)}, user U${r.up(10)}, ts ${r.dig(10)}.${r.dig(6)}`, "Slack ids");
add(`mapboxgl.accessToken = '${j("pk", ".eyJ1Ijoi", r.b64u(24), "IiwiYSI6I", r.b64u(20), ".", r.b64u(22))}';`, "Mapbox public token");
add(`algolia: { appId: "${r.up(10)}", searchOnlyApiKey: "${r.hex(32)}" }`, "Algolia search-only key (public)");
add(`POSTHOG_KEY=${j("ph", "c_", r.an(43))}\n# project key is public; personal keys (phx_) stay server-side`, "PostHog public project key");
add(`WireGuard peer:\n[Peer]\nPublicKey = ${r.b64bytes(32)}\nAllowedIPs = 10.8.0.2/32\nEndpoint = vpn.example.com:51820\n`, "WireGuard public key only");
add(`password_hash = "$argon2id$v=19$m=65536,t=3,p=4$${r.b64(22)}$${r.b64(43)}"`, "argon2 hash");
add(`Content-Security-Policy: script-src 'self' 'nonce-${r.b64(22)}=='`, "CSP nonce");
add(`ETag: "${r.hex(32)}"\nX-Request-Id: ${uuid()}\nX-Amzn-Trace-Id: Root=1-${r.hex(8)}-${r.hex(24)}`, "response headers with ids");
add(`${prose(r)}\n\nThe error says: \`Invalid API key provided: sk-proj-****...${r.an(4)}\`. I've already rotated it.`, "error with masked key");
add(`Bearer token format: \`Authorization: Bearer <access_token>\` where access_token is the value returned by /oauth/token.`, "docs Bearer placeholder");
add(`[tool.poetry.dependencies]\npython = "^3.12"\nopenai = "^1.51.0"\nanthropic = "^0.39.0"\nstripe = "^11.1.0"\n`, "pyproject deps naming providers");
add(`nix: sha256-${r.b64(43)}=\nfetchFromGitHub { owner = "acme"; repo = "tool"; rev = "${r.hex(40)}"; hash = "sha256-${r.b64(43)}="; }`, "nix hashes");
add(`android:\n  signingReport:\n    SHA1: ${[...Array(20)].map(() => r.HEX(2)).join(":")}\n    SHA-256: ${[...Array(32)].map(() => r.HEX(2)).join(":")}`, "certificate fingerprints");
