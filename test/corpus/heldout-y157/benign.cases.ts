// Hard look-alikes: placeholders, references, digests, ids, public material, docs, redactions. Seed 157003.
import type { CorpusCase } from "../types.ts";
import { AN, HEX, URLS, RENDERERS, Rng, j } from "./_gen.ts";

const r = new Rng(157003);
const out: CorpusCase[] = [];
let n = 0;
const add = (text: string, note: string) => { n++; out.push({ id: `y157-b-157-${String(n).padStart(3, "0")}`, kind: "secrets", category: "heldouty157-benign", label: "benign", text, note }); };

// 1) placeholders / references rotated through the safe renderers
const SAFE = [0, 1, 2, 3, 4, 5, 8, 12, 13, 14, 15, 16, 17, 20, 21, 28, 29, 30, 31, 32, 34, 35, 36, 38, 39, 40, 41, 43, 44, 45];
const PH: [string, string][] = [
  ["OPENAI_API_KEY", "<your-openai-api-key>"], ["STRIPE_SECRET_KEY", "${STRIPE_SECRET_KEY}"], ["GITHUB_TOKEN", "${{ secrets.GITHUB_TOKEN }}"],
  ["ANTHROPIC_API_KEY", "YOUR_API_KEY_HERE"], ["DATABASE_PASSWORD", "changeme"], ["SLACK_BOT_TOKEN", j("xo", "xb-", "x".repeat(10), "-", "x".repeat(12), "-", "x".repeat(24))],
  ["AWS_SECRET_ACCESS_KEY", "{{ aws_secret_access_key }}"], ["SENDGRID_API_KEY", "REPLACE_ME"], ["DD_API_KEY", "op://Platform/datadog/api-key"],
  ["JWT_SECRET", "$(vault kv get -field=jwt secret/app)"], ["TWILIO_AUTH_TOKEN", "********"], ["HF_TOKEN", "<redacted>"],
  ["NPM_TOKEN", "${NPM_TOKEN}"], ["SENTRY_AUTH_TOKEN", "{{ .Values.sentry.authToken }}"], ["MAILGUN_API_KEY", "%env(MAILGUN_API_KEY)%"],
  ["SHOPIFY_ACCESS_TOKEN", "your-shopify-token"], ["GROQ_API_KEY", "process.env.GROQ_API_KEY"], ["PINECONE_API_KEY", "<PINECONE_KEY>"],
  ["OPENAI_API_KEY", j("sk-", "x".repeat(48))], ["NOTION_TOKEN", "secret_placeholder"], ["REDIS_PASSWORD", "password"],
  ["GITLAB_TOKEN", "[MASKED]"], ["CLOUDFLARE_API_TOKEN", "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/cf-token-AbCdEf"],
  ["VAULT_TOKEN", "vault:secret/data/ci#token"], ["LINEAR_API_KEY", "TODO"], ["GEMINI_API_KEY", "ENC[AES256_GCM,data:" + "…" + ",type:str]"],
  ["DISCORD_TOKEN", "insert-bot-token"], ["POSTMARK_SERVER_TOKEN", "POSTMARK_API_TEST"], ["ALGOLIA_ADMIN_KEY", "${ALGOLIA_ADMIN_KEY:?missing}"],
  ["HEROKU_API_KEY", "$HEROKU_API_KEY"], ["MONGODB_URI", "mongodb+srv://<user>:<password>@cluster0.example.mongodb.net/"],
  ["DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/app_test"], ["SUPABASE_SERVICE_ROLE_KEY", "<service-role-key>"],
  ["AZURE_CLIENT_SECRET", "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/client-secret/)"],
  ["PAYSTACK_SECRET_KEY", j("sk", "_live_", "xxxxxxxxxxxxxxxxxxxxxxxx")], ["STRIPE_SECRET_KEY", j("sk", "_live_", "...", "4xQ9")],
];
PH.forEach(([env, value], i) => {
  const k = SAFE[i % SAFE.length]!;
  const o = RENDERERS[k]!({ provider: "placeholder", env, value, host: "api.example.com" }, r);
  add(o.text, `placeholder/reference in ${o.ctx}`);
});

// 2) handcrafted look-alikes
const sha = () => r.hex(40);
const b64 = (k: number) => Buffer.from(r.bytes(k)).toString("base64");
const T: (() => [string, string])[] = [
  () => [`commit ${sha()}\nAuthor: Dana Ortiz <dana@example.com>\nDate:   Mon Nov 30 10:12:00 2026 +0000\n\n    fix: rotate leaked Stripe key (old key revoked, new one in Vault)\n\ncommit ${sha()}\n    chore: bump deps`, "git log with SHAs and commit message about rotation"],
  () => [`"node_modules/react": {\n  "version": "18.3.1",\n  "resolved": "https://registry.npmjs.org/react/-/react-18.3.1.tgz",\n  "integrity": "sha512-${b64(64)}"\n}`, "package-lock integrity"],
  () => [`"@babel/core@^7.24.0":\n  version "7.24.5"\n  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.24.5.tgz#${sha()}"\n  integrity sha512-${b64(64)}`, "yarn.lock"],
  () => [`image: ghcr.io/acme/api@sha256:${r.hex(64)}\nimagePullPolicy: IfNotPresent`, "image digest"],
  () => [`github.com/stretchr/testify v1.9.0 h1:${b64(32)}\ngithub.com/stretchr/testify v1.9.0/go.mod h1:${b64(32)}`, "go.sum"],
  () => [`[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.hex(64)}"`, "Cargo.lock checksum"],
  () => [`provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.70.0"\n  hashes = [\n    "h1:${b64(32)}",\n    "zh:${r.hex(64)}",\n  ]\n}`, ".terraform.lock.hcl"],
  () => [`${r.hex(64)}  dist/app-linux-amd64.tar.gz\n${r.hex(64)}  dist/app-darwin-arm64.tar.gz`, "sha256sums"],
  () => [`MD5 (model.safetensors) = ${r.hex(32)}\nSHA1 (model.safetensors) = ${sha()}`, "md5/sha1 checksums"],
  () => [`2026-11-30T09:14:02Z INFO request completed request_id=${r.uuid()} trace_id=${r.hex(32)} span_id=${r.hex(16)} status=200 duration_ms=${r.range(5, 900)}`, "log with uuid/trace ids"],
  () => [JSON.stringify({ id: j("chatcmpl-", r.s(29)), object: "chat.completion", created: 1764500000, model: "gpt-4.1", system_fingerprint: j("fp_", r.hex(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." } }] }), "openai response ids"],
  () => [JSON.stringify({ id: j("msg_01", r.s(22)), type: "message", role: "assistant", content: [{ type: "tool_use", id: j("toolu_01", r.s(22)), name: "bash", input: { command: "ls" } }], usage: { input_tokens: 812, output_tokens: 40 } }), "anthropic message ids"],
  () => [`const stripe = Stripe("${j("pk", "_live_", r.s(99))}");\nconst elements = stripe.elements();`, "Stripe publishable key in frontend"],
  () => [`ssh-ed25519 ${j("AAAAC3NzaC1lZDI1NTE5AAAAI", b64(32).slice(0, 43))} deploy@ci\nssh-rsa ${j("AAAAB3NzaC1yc2EAAAADAQABAAABAQ", b64(256))} alice@laptop`, "authorized_keys public keys"],
  () => [`-----BEGIN CERTIFICATE-----\n${(j("MIIDdzCCAl+gAwIBAgIE", b64(700))).match(/.{1,64}/g)!.join("\n")}\n-----END CERTIFICATE-----`, "PEM certificate"],
  () => [`-----BEGIN PUBLIC KEY-----\n${(j("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", b64(240))).match(/.{1,64}/g)!.join("\n")}\n-----END PUBLIC KEY-----`, "PEM public key"],
  () => [JSON.stringify({ keys: [{ kty: "RSA", kid: r.hex(16), use: "sig", alg: "RS256", n: Buffer.from(r.bytes(256)).toString("base64url"), e: "AQAB" }] }), "public JWKS"],
  () => [`GitHub personal access tokens start with \`gh${"p_"}\` followed by 36 base62 characters; fine-grained ones start with \`github${"_pat_"}\`. Never paste them into issues.`, "docs on token format"],
  () => [`Los tokens de Slack para bots comienzan con \`xo${"xb-"}\` y los de usuario con \`xo${"xp-"}\`. Guárdalos en el gestor de secretos.`, "docs on token format (Spanish)"],
  () => [`OpenAI のAPIキーは \`sk-${"proj-"}\` で始まります。キーはリポジトリにコミットしないでください。`, "docs on token format (Japanese)"],
  () => [`Key rotated. Old: ${j("sk-", "ant-", "…")}${r.s(4)}  New: ${j("sk-", "ant-", "…")}${r.s(4)} (stored in 1Password)`, "redacted anthropic keys"],
  () => [`✔ Using token ${j("gh", "p_", "*".repeat(32))}${r.s(4)} for github.com`, "masked github token"],
  () => [`// test/fixtures/tokens.ts — FAKE values for unit tests only, not real credentials\nexport const FAKE_AWS_KEY_ID = "${j("AK", "IA", "IOSFODNN7", "EXAMPLE")}";\nexport const FAKE_AWS_SECRET = "${j("wJalrXUtnFEMI", "/K7MDENG/bPxRfiCY", "EXAMPLEKEY")}";`, "AWS documented example keys in labelled fixture"],
  () => [`<form method="post" action="/settings">\n  <input type="hidden" name="csrf_token" value="${r.s(43, URLS)}">\n  <button>Save</button>\n</form>`, "CSRF nonce same-site form"],
  () => [`<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${b64(48)}" crossorigin="anonymous"></script>`, "SRI integrity"],
  () => [`sops:\n  kms:\n    - arn: arn:aws:kms:eu-west-1:123456789012:key/${r.uuid()}\n  mac: ENC[AES256_GCM,data:${b64(40)},iv:${b64(24)},tag:${b64(16)},type:str]\napi_key: ENC[AES256_GCM,data:${b64(40)},iv:${b64(24)},tag:${b64(16)},type:str]`, "SOPS encrypted file"],
  () => [`export const GA_ID = "G-${r.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}";\nexport const GTM_ID = "GTM-${r.s(7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}";`, "analytics ids"],
  () => [`Customer ${j("cus_", r.s(14))} paid ${j("pi_", r.s(24))} (charge ${j("ch_", r.s(24))})`, "stripe object ids"],
  () => [`pod/api-${r.hex(10)}-${r.s(5, "abcdefghijklmnopqrstuvwxyz0123456789")}   1/1   Running   0   3h`, "kubectl pod name"],
  () => [`ETag: "${r.hex(32)}"\nx-amz-request-id: ${r.s(16, "ABCDEF0123456789")}\nx-amz-id-2: ${b64(48)}`, "S3 response headers"],
  () => [`asset main.${r.hex(20)}.js 412 KiB [emitted] [immutable] [minimized]\nasset vendor.${r.hex(20)}.js 1.2 MiB [emitted] [immutable]`, "webpack chunk hashes"],
  () => [`from transformers import AutoModel\nmodel = AutoModel.from_pretrained("acme/bert-small", revision="${sha()}")`, "HF model revision SHA"],
  () => [`Signing certificate SHA-1: ${Array.from({ length: 20 }, () => r.hex(2).toUpperCase()).join(":")}\nSHA-256: ${Array.from({ length: 32 }, () => r.hex(2).toUpperCase()).join(":")}`, "android signing fingerprints"],
  () => [`{"expo":{"name":"acme","slug":"acme","extra":{"eas":{"projectId":"${r.uuid()}"}}}}`, "expo project id"],
  () => [`recipient: 0x${r.hex(40)}\ntx: 0x${r.hex(64)}`, "eth address and tx hash"],
  () => [`# public key: age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml\n    age: age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`, "age recipients (.sops.yaml)"],
  () => [`gpg: Signature made Mon 30 Nov 2026\ngpg:                using RSA key ${r.hex(40).toUpperCase()}\ngpg: Good signature from "Release Bot <release@example.com>"`, "gpg fingerprint"],
  () => [`[user]\n  name = Dana\n  email = dana@example.com\n  signingkey = ${r.hex(16).toUpperCase()}\n[commit]\n  gpgsign = true`, "git signingkey id"],
  () => [`data:image/png;base64,${b64(180)}`, "base64 PNG data URI"],
  () => [`.css-${r.s(6, "abcdefghijklmnopqrstuvwxyz0123456789")}{display:flex}.css-${r.s(6, "abcdefghijklmnopqrstuvwxyz0123456789")}{color:#${r.hex(6)}}`, "css-in-js classes"],
  () => [`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\ndata:\n  FEATURE_FLAGS: "checkout_v2,search_v3"\n  BUILD_SHA: "${sha()}"`, "configmap with build sha"],
  () => [`# .env.example\nOPENAI_API_KEY=\nSTRIPE_SECRET_KEY=\nDATABASE_URL=postgres://user:password@localhost:5432/dev\nSENTRY_DSN=`, ".env.example empty values"],
  () => [`components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key\n    bearerAuth:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT`, "OpenAPI security schemes"],
  () => [`Run #${r.range(1000, 9999)}\n  env:\n    NPM_TOKEN: ***\n    AWS_SECRET_ACCESS_KEY: ***\n  npm publish --access public\n  + acme-ui@3.2.1`, "CI log with masked secrets"],
  () => [`Idempotency-Key: ${r.uuid()}\nX-Request-Id: ${j("req_", r.s(24))}`, "idempotency/request ids"],
  () => [`uid=${r.range(1000, 60000)} session_id=${r.hex(16)} (anonymous analytics, rotated daily)`, "short session id"],
  () => [`Le jeton a été révoqué. Voici l'empreinte SHA-256 pour l'audit : ${r.hex(64)}`, "audit fingerprint (French)"],
  () => [`Der Schlüssel wurde durch \`\${DEPLOY_KEY}\` ersetzt; siehe Vault-Pfad \`secret/data/deploy\`.`, "reference (German)"],
  () => [`git push origin HEAD:refs/heads/feat/${r.hex(7)}\nremote: Resolving deltas: 100% (12/12)\nTo github.com:acme/web.git\n   ${r.hex(7)}..${r.hex(7)}  HEAD -> feat`, "git push output"],
  () => [`{"mcpServers":{"github":{"command":"npx","args":["-y","@modelcontextprotocol/server-github"],"env":{"GITHUB_PERSONAL_ACCESS_TOKEN":"\${GITHUB_PAT}"}}}}`, "MCP config with env reference"],
  () => [`const { data } = await supabase.from("todos").select();\n// anon key is injected at build time from import.meta.env.VITE_SUPABASE_ANON_KEY`, "supabase anon reference"],
  () => [`nonce-${b64(16)}`, "CSP nonce"].map((x, i) => (i === 0 ? `Content-Security-Policy: script-src 'self' '${x}'` : x)) as [string, string],
  () => [`SELECT id, email, created_at FROM users WHERE id = '${r.uuid()}';`, "SQL with uuid"],
  () => [`Build ${r.hex(12)} deployed to https://acme-${r.s(9, "abcdefghijklmnopqrstuvwxyz0123456789")}-acme.vercel.app`, "preview deployment url"],
  () => [`wandb: 🚀 View run at https://wandb.ai/acme/llm/runs/${r.s(8, "abcdefghijklmnopqrstuvwxyz0123456789")}\nwandb: Run data is saved locally in ./wandb/run-20261130_101200-${r.s(8, "abcdefghijklmnopqrstuvwxyz0123456789")}`, "wandb run ids"],
  () => [`Dataset fingerprint: ${r.hex(16)}\nLoading cached processed dataset at ~/.cache/huggingface/datasets/csv/default-${r.hex(16)}/0.0.0/${r.hex(64)}`, "HF datasets cache fingerprints"],
  () => [`console.log("token length", token.length); // prints 40, token itself never logged`, "code mentioning token"],
  () => [`Authorization: Bearer <token>\nContent-Type: application/json`, "placeholder bearer in docs"],
  () => [`curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user`, "shell var reference"],
  () => [`kubectl create secret generic api --from-literal=API_KEY="$(op read op://prod/api/key)"`, "op read reference"],
  () => [`Access key ID ending in ...${r.s(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")} was deactivated by ${r.uuid()}`, "redacted aws key id"],
  () => [`Pinned actions:\n  - uses: actions/checkout@${sha()} # v4.2.2\n  - uses: actions/setup-node@${sha()} # v4.1.0`, "pinned action SHAs"],
  () => [`{"sentry_trace":"${r.hex(32)}-${r.hex(16)}-1","baggage":"sentry-environment=production,sentry-release=${sha()}"}`, "sentry trace propagation"],
  () => [`Podfile.lock:\nSPEC CHECKSUMS:\n  Alamofire: ${sha()}\n  Firebase: ${sha()}\n\nPODFILE CHECKSUM: ${sha()}`, "Podfile.lock checksums"],
];
for (const f of T) { const [text, note] = f(); add(text, note); }
// a second draw of the id-heavy ones for balance
for (const i of [0, 1, 3, 9, 10, 11, 12, 13, 16, 20, 21, 23, 27, 44]) { const [text, note] = T[i]!(); add(text, note + " (second draw)"); }

export const cases = out;
