// Benign look-alikes: placeholders through the same renderers, plus digests, ids, public keys,
// docs, redactions, labelled fixtures, nonces, commit messages and lockfiles.
import type { CorpusCase } from "../types.ts";
import { Gen, RENDERERS, J, AN, URLSAFE, UP, DIG, b64, mk, type Pair } from "./_gen.ts";
import { SPECS } from "./_specs.ts";

const g = new Gen(154003);
export const cases: CorpusCase[] = [];
let n = 0;
const CAT = "heldouty154-benign";
const add = (text: string, checks: string[], note: string) => { n++; cases.push(mk(`y154-b-${String(n).padStart(3, "0")}`, CAT, "benign", text, checks, note)); };

// ---- placeholders through the shared renderers (same slots as the positives)
const PH: ((k: string) => string)[] = [
  (k) => `<your-${k.toLowerCase().replace(/_/g, "-")}>`,
  (k) => `\${${k}}`,
  () => "changeme",
  () => "x".repeat(32),
  (k) => `{{ secrets.${k} }}`,
  () => "your_api_key_here",
  (k) => `op://Engineering/${k.toLowerCase()}/credential`,
  () => "[REDACTED]",
  () => "REPLACE_ME",
  (k) => `$(vault kv get -field=value secret/${k.toLowerCase()})`,
  () => "********",
  (k) => `%${k}%`,
  () => "TODO-fill-in",
  (k) => `arn:aws:secretsmanager:eu-west-1:${"123456789012"}:secret:${k.toLowerCase()}-AbCdEf`,
  () => "",
  () => "<redacted>",
];
for (let i = 0; i < 40; i++) {
  const s = SPECS[(i * 11) % SPECS.length]!;
  const ps: Pair[] = s.make(g).map((p, j) => ({ k: p.k, v: PH[(i + j) % PH.length]!(p.k) }));
  const r = RENDERERS[(i * 5 + 2) % RENDERERS.length]!;
  const out = r(g, ps, s);
  add(out.text, [], `placeholder for ${s.p} ${ps[0]!.k} via ${out.ctx}`);
}

// ---- digests, ids, lockfiles
{ const shas = Array.from({ length: 6 }, () => g.hex(40)); add(`$ git log --oneline -n 6\n${shas.map((s, i) => `${s.slice(0, 7)} ${["fix: rotate leaked token and purge from history", "chore(deps): bump axios", "feat: add API key settings page", "docs: explain GITHUB_TOKEN scopes", "refactor: move secrets to vault", "ci: use OIDC instead of long-lived keys"][i]}`).join("\n")}`, [], "git log with secret-themed commit messages"); }
{ const h = g.hex(64); add(`sha256sum dist/*.tar.gz\n${h}  dist/toolkit-1.4.2-linux-amd64.tar.gz\n${g.hex(64)}  dist/toolkit-1.4.2-darwin-arm64.tar.gz`, [h], "sha256sum output"); }
{ const i = `sha512-${g.b64bytes(64)}`; add(`"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "${i}",\n  "license": "MIT"\n}`, [i], "package-lock integrity"); }
{ add(`# yarn.lock\n"@babel/core@^7.24.0":\n  version "7.24.5"\n  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.24.5.tgz#${g.hex(40)}"\n  integrity sha512-${g.b64bytes(64)}`, [], "yarn.lock entry"); }
{ add(`requests==2.32.3 \\\n    --hash=sha256:${g.hex(64)} \\\n    --hash=sha256:${g.hex(64)}\nurllib3==2.2.2 \\\n    --hash=sha256:${g.hex(64)}`, [], "pip requirements hashes"); }
{ add(`github.com/stretchr/testify v1.9.0 h1:${g.b64bytes(32)}\ngithub.com/stretchr/testify v1.9.0/go.mod h1:${g.b64bytes(32)}`, [], "go.sum"); }
{ add(`[[package]]\nname = "serde"\nversion = "1.0.203"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"`, [], "Cargo.lock"); }
{ add(`image: ghcr.io/acme/api@sha256:${g.hex(64)}\nimagePullPolicy: IfNotPresent`, [], "image digest"); }
{ add(`<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.0/dist/htmx.min.js" integrity="sha384-${g.b64bytes(48)}" crossorigin="anonymous"></script>`, [], "SRI hash"); }
{ add(`md5 (backup.sql.gz) = ${g.hex(32)}\nsha1 (backup.sql.gz) = ${g.hex(40)}`, [], "md5/sha1 checksums"); }
{ add(`${g.ts()} INFO request completed request_id=${g.uuid()} trace_id=${g.hex(32)} span_id=${g.hex(16)} status=200 duration_ms=${g.range(3, 900)}`, [], "log with request/trace ids"); }
{ add(JSON.stringify({ id: `chatcmpl-${g.an(29)}`, object: "chat.completion", created: 1764000000, model: "gpt-4.1", system_fingerprint: `fp_${g.hex(10)}`, usage: { prompt_tokens: 812, completion_tokens: 120 } }), [], "OpenAI response ids"); }
{ add(JSON.stringify({ id: `msg_01${g.an(22)}`, type: "message", role: "assistant", model: "claude-sonnet-4-5", stop_reason: "end_turn", usage: { input_tokens: 1203, output_tokens: 88 } }), [], "Anthropic message id"); }
{ add(JSON.stringify({ id: `pi_3${g.an(23)}`, object: "payment_intent", customer: `cus_${g.an(14)}`, latest_charge: `ch_3${g.an(23)}`, client_secret: null, amount: 4200, currency: "eur", livemode: true }), [], "Stripe object ids"); }
{ add(`Your Stripe publishable key goes in the frontend:\n\nconst stripe = Stripe("${J("pk", "_live_", "51", g.an(97))}");`, [], "publishable key meant to be public"); }
{ add(`NEXT_PUBLIC_POSTHOG_KEY=${J("ph", "c_", g.an(43))}\nNEXT_PUBLIC_POSTHOG_HOST=https://eu.i.posthog.com`, [], "PostHog project key (public)"); }
{ add(`ssh-ed25519 ${Buffer.concat([Buffer.from("\0\0\0\x0bssh-ed25519\0\0\0 ", "latin1"), Buffer.from(g.bytes(32))]).toString("base64")} deploy@ci\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${g.str(300, AN + "+/")} maria@laptop`, [], "authorized_keys public keys"); }
{ add(`${J("-----BEGIN ", "PUBLIC KEY-----")}\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${g.str(300, AN + "+/").match(/.{1,64}/g)!.join("\n")}\nIDAQAB\n${J("-----END ", "PUBLIC KEY-----")}`, [], "PEM public key"); }
{ add(`${J("-----BEGIN ", "CERTIFICATE-----")}\nMIIDdzCCAl+gAwIBAgIE${g.b64bytes(600).match(/.{1,64}/g)!.join("\n")}\n${J("-----END ", "CERTIFICATE-----")}`, [], "PEM certificate"); }
{ add(JSON.stringify({ keys: [{ kty: "RSA", kid: g.hex(16), use: "sig", alg: "RS256", n: Buffer.from(g.bytes(256)).toString("base64url"), e: "AQAB" }] }), [], "public JWKS"); }
{ add(`age recipients:\nage1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\nage1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`, [], "age public recipients"); }
{ add(`[Peer]\nPublicKey = ${g.b64bytes(32)}\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 10.8.0.0/24`, [], "WireGuard peer public key only"); }

// ---- docs, redactions, fixtures
{ add(`## Token formats\n\nGitHub personal access tokens start with \`ghp_\` followed by 36 alphanumeric characters; fine-grained ones start with \`github_pat_\`. Slack bot tokens begin with \`xoxb-\`. Never commit them — use the secret store.`, [], "docs describing token formats"); }
{ add(`| Provider | Prefix | Length |\n|---|---|---|\n| OpenAI | \`sk-proj-\` | ~164 |\n| Anthropic | \`sk-ant-api03-\` | 108 |\n| Stripe | \`sk_live_\` / \`rk_live_\` | 107 |\n| AWS | \`AKIA\` + 16 | 20 |`, [], "table of prefixes"); }
{ add(`Rotated the key. Old one was ${J("s", "k-proj-")}…${g.an(4)}, new one is in 1Password under "OpenAI prod". Please pull from there.`, [], "redacted OpenAI key"); }
{ add(`Found credentials in logs: ${J("gh", "p_")}${"*".repeat(32)}${g.an(4)} (revoked at ${g.ts()})`, [], "masked GitHub token"); }
{ add(`AWS_ACCESS_KEY_ID=${J("AK", "IA", "IOSFODNN7", "EXAMPLE")}\nAWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCY${"EXAMPLEKEY"}\n# ^ the documented AWS example values`, [], "AWS documentation example keys"); }
{ add(`// test/fixtures/tokens.ts — FAKE values for unit tests, not real credentials\nexport const FAKE_SLACK_TOKEN = "${J("xo", "xb-")}000000000000-0000000000000-${"test".repeat(6)}";\nexport const FAKE_STRIPE = "${J("s", "k_", "test_")}${"0".repeat(24)}";`, [], "labelled fake fixtures"); }
{ add(`it("rejects a malformed key", () => {\n  expect(validateKey("${J("s", "k-")}not-a-real-key")).toBe(false);\n  expect(validateKey("")).toBe(false);\n});`, [], "unit test with invalid key"); }
{ add(`STRIPE_SECRET_KEY=${J("s", "k_", "live_")}…  # set in Doppler, do not paste here\nSTRIPE_PUBLISHABLE_KEY=${J("pk", "_live_", "51", g.an(97))}`, [], "truncated secret + publishable key"); }
{ add(`Por favor, no pegues la clave real aquí. Usa el formato: OPENAI_API_KEY=${J("s", "k-", "proj-")}XXXXXXXXXXXXXXXXXXXXXXXX`, [], "Spanish docs with X placeholder"); }
{ add(`Bitte den Token nicht ins Ticket kopieren. Beispiel: GITLAB_TOKEN=${J("gl", "pat-")}xxxxxxxxxxxxxxxxxxxx`, [], "German docs with x placeholder"); }
{ add(`トークンは環境変数 ANTHROPIC_API_KEY から読み込まれます。値をコードに書かないでください。`, [], "Japanese docs"); }

// ---- nonces, short ids, misc high-entropy non-secrets
{ const c = g.str(43, URLSAFE); add(`<form method="post" action="/settings/profile">\n  <input type="hidden" name="csrfmiddlewaretoken" value="${c}">\n  <input name="display_name" value="Maria">\n</form>`, [c], "CSRF token in same-site form"); }
{ add(`<meta name="csrf-token" content="${g.b64bytes(64)}">\n<script nonce="${g.b64bytes(16)}">window.__APP__ = {}</script>`, [], "CSRF meta and CSP nonce"); }
{ const v = g.str(43, URLSAFE); add(`GET /authorize?response_type=code&client_id=web-app&redirect_uri=https%3A%2F%2Fapp.acme.io%2Fcb&state=${g.str(32, URLSAFE)}&code_challenge=${v}&code_challenge_method=S256`, [v], "OAuth authorize with PKCE challenge"); }
{ add(`data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQ${g.str(400, AN + "+/")}==`, [], "base64 PNG"); }
{ add(`!function(e,t){"object"==typeof exports?module.exports=t():e.${g.str(6, "abcdefghijklmnop")}=t()}(this,function(){var n="${g.an(40)}";return n.split("").map(function(c){return c.charCodeAt(0)})});`, [], "minified JS"); }
{ add(`<div class="css-${g.str(6, "abcdefghijklmnopqrstuvwxyz0123456789")} _container_${g.an(5)}_1 tw-${g.str(8, "abcdefghij")}">`, [], "CSS-in-JS class names"); }
{ add(`assets/index-${g.str(8, AN)}.js   142.31 kB │ gzip: 45.10 kB\nassets/index-${g.str(8, AN)}.css   12.02 kB`, [], "vite build output hashed filenames"); }
{ add(`apiVersion: v1\nkind: Secret\nmetadata: { name: app-flags }\ndata:\n  APP_ENV: ${b64("production")}\n  LOG_LEVEL: ${b64("info")}\n  REGION: ${b64("eu-west-1")}`, [], "k8s Secret with non-secret data"); }
{ add(`db_password: ENC[AES256_GCM,data:${g.b64bytes(18)},iv:${g.b64bytes(32)},tag:${g.b64bytes(16)},type:str]\nsops:\n  kms:\n    - arn: arn:aws:kms:eu-west-1:123456789012:key/${g.uuid()}`, [], "SOPS encrypted value"); }
{ add(`apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata: { name: db }\nspec:\n  encryptedData:\n    password: ${g.b64bytes(300)}`, [], "SealedSecret encrypted data"); }
{ add(`env:\n  - name: DATABASE_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef: { name: llm, key: openai }`, [], "secretKeyRef references"); }
{ add(`- name: Publish\n  run: npm publish\n  env:\n    NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n    GITHUB_TOKEN: \${{ github.token }}`, [], "Actions secret references"); }
{ add(`gtag('config', 'G-${g.str(10, UP + DIG)}');\n<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-${g.str(7, UP + DIG)}"></script>`, [], "analytics ids"); }
{ add(`Build #${g.range(1000, 9999)} ${g.uuid()} finished. Artifact id: ${g.hex(24)}; run id ${g.dig(10)}; job ${g.dig(11)}`, [], "CI ids"); }
{ add(`CREATE TABLE api_keys (\n  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n  key_hash char(64) NOT NULL,  -- sha256 of the key, never the key\n  prefix varchar(12) NOT NULL\n);\nINSERT INTO api_keys (key_hash, prefix) VALUES ('${g.hex(64)}', 'ak_${g.low(5)}');`, [], "hashed API key storage"); }
{ add(`commit ${g.hex(40)}\nAuthor: Kenji <kenji@acme.io>\nDate:   Mon Nov 3 10:12:00 2026 +0900\n\n    security: remove hardcoded API key from config.py\n\n    The key was rotated; the new one lives in AWS Secrets Manager.`, [], "commit message about removing key"); }
{ add(`password_hash = "$argon2id$v=19$m=65536,t=3,p=4$${g.str(22, AN + "+/")}$${g.str(43, AN + "+/")}"  # stored hash for the fixture user`, [], "argon2 hash"); }
{ add(`{"etag":"W/\\"${g.hex(40)}\\"","x-amz-request-id":"${g.str(16, UP + DIG)}","x-amz-id-2":"${g.b64bytes(54)}"}`, [], "response headers with ids"); }
{ add(`from cryptography.fernet import Fernet\nkey = Fernet.generate_key()  # generated at runtime, never stored\nf = Fernet(key)`, [], "key generation code"); }
{ add(`${g.uuid()}\n${g.uuid()}\n${g.uuid()}`, [], "list of UUIDs"); }
{ add(`The Sentry release is ${g.hex(40)}; deploy id ${g.str(20, "abcdefghijklmnopqrstuvwxyz0123456789")}.`, [], "release ids"); }
{ add(`curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user`, [], "curl with env reference"); }
{ add(`Voici comment configurer la clé : exportez STRIPE_SECRET_KEY depuis votre gestionnaire de secrets, puis lancez \`npm run dev\`.`, [], "French docs"); }
{ add(`帮我写一个函数，从环境变量读取 API 密钥，如果没有就报错。`, [], "Chinese prompt without secret"); }
