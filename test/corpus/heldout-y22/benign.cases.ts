// heldout-y22 benign look-alikes: the same renderers and files as the positives, carrying values
// that are not secrets (digests, ids, public material, placeholders, references, ciphertext).
import { build, p, B64, HEX, URLB64, AN, UP, DIG, LO, Gen, type Pair, type Spec } from "./_gen.ts";
import type { CorpusCase } from "../types.ts";

// Non-secret values should not sit behind a bearer header or an "Authorization" use in code.
const BEARERISH = ["Python env default", "Go client", "Rust const", "chat message"];
const B = (provider: string, pairs: (g: Gen) => Pair[], o: { n?: number; http?: boolean } = {}): Spec => ({ group: "benign", provider, host: "api.acme.io", pairs, n: o.n ?? 2, noHttp: !o.http, skip: o.http ? [] : BEARERISH, header: "Authorization: Bearer " });
const one = (k: string, f: (g: Gen) => string) => (g: Gen): Pair[] => [[k, f(g)]];

const specs: Spec[] = [
  B("git commit SHA", one("GIT_COMMIT_SHA", (g) => g.hex(40))),
  B("sha256 artifact digest", one("ARTIFACT_SHA256", (g) => g.hex(64))),
  B("container image digest", one("IMAGE_DIGEST", (g) => `sha256:${g.hex(64)}`)),
  B("SRI integrity", one("BUNDLE_INTEGRITY", (g) => `sha512-${g.b64(86)}==`)),
  B("Go module sum", one("MODULE_SUM", (g) => `h1:${g.b64(43)}=`)),
  B("UUID tenant id", one("TENANT_ID", (g) => g.uuid())),
  B("W3C traceparent", one("TRACEPARENT", (g) => `00-${g.hex(32)}-${g.hex(16)}-01`)),
  B("request id", one("LAST_REQUEST_ID", (g) => p("req", "_", g.an(24)))),
  B("Stripe customer id", (g) => [["STRIPE_CUSTOMER_ID", p("cus", "_", g.an(14))], ["STRIPE_PRICE_ID", p("price", "_1", g.an(23))]]),
  B("Stripe payment intent id", one("PAYMENT_INTENT_ID", (g) => p("pi", "_3", g.an(23)))),
  B("Stripe publishable key", one("STRIPE_PUBLISHABLE_KEY", (g) => p("pk", "_live_", "51", g.an(97)))),
  B("OpenAI completion id", one("COMPLETION_ID", (g) => p("chatcmpl", "-", g.an(29)))),
  B("Anthropic message id", one("MESSAGE_ID", (g) => p("msg", "_01", g.an(22)))),
  B("OpenAI assistant/org ids", (g) => [["OPENAI_ORG_ID", p("org", "-", g.an(24))], ["OPENAI_ASSISTANT_ID", p("asst", "_", g.an(24))]]),
  B("AWS ARN + account", (g) => [["ROLE_ARN", `arn:aws:iam::${g.dig(12)}:role/deploy-${g.word()}`], ["AWS_ACCOUNT_ID", g.dig(12)]]),
  B("Slack channel and team ids", (g) => [["SLACK_CHANNEL_ID", p("C0", g.s(9, UP + DIG))], ["SLACK_TEAM_ID", p("T0", g.s(8, UP + DIG))]]),
  B("Discord snowflake ids", (g) => [["DISCORD_GUILD_ID", "1" + g.dig(18)], ["DISCORD_CHANNEL_ID", "1" + g.dig(18)]]),
  B("MongoDB ObjectId", one("DEFAULT_ORG_OBJECT_ID", (g) => g.hex(24))),
  B("ETag", one("CACHE_ETAG", (g) => `W/"${g.hex(32)}"`)),
  B("webpack chunk hash", one("ASSET_MANIFEST_HASH", (g) => `main.${g.hex(20)}.js`)),
  B("env var reference", (g) => { void g; return [["OPENAI_API_KEY", "${OPENAI_API_KEY}"], ["STRIPE_SECRET_KEY", "${STRIPE_SECRET_KEY:?missing}"]]; }, { http: true }),
  B("GitHub Actions secrets expression", (g) => { void g; return [["GITHUB_TOKEN", "${{ secrets.GITHUB_TOKEN }}"], ["NPM_TOKEN", "${{ secrets.NPM_TOKEN }}"]]; }, { http: true }),
  B("Vault reference", (g) => [["DATABASE_PASSWORD", `vault:secret/data/prod/db-${g.word()}#password`]]),
  B("1Password reference", (g) => [["ANTHROPIC_API_KEY", `op://Engineering/anthropic-${g.word()}/credential`]]),
  B("AWS Secrets Manager ARN", (g) => [["DB_SECRET_ARN", `arn:aws:secretsmanager:us-east-1:${g.dig(12)}:secret:prod/db-${g.an(6)}`]]),
  B("Azure Key Vault reference", (g) => [["SENDGRID_API_KEY", `@Microsoft.KeyVault(SecretUri=https://kv-${g.word()}.vault.azure.net/secrets/sendgrid-key/${g.hex(32)})`]]),
  B("GCP Secret Manager path", (g) => [["SLACK_BOT_TOKEN", `projects/${g.dig(12)}/secrets/slack-bot-token/versions/latest`]]),
  B("placeholder angle brackets", (g) => { void g; return [["OPENAI_API_KEY", "<your-openai-api-key>"], ["PINECONE_API_KEY", "<paste-key-here>"]]; }, { http: true }),
  B("masked key", (g) => [["STRIPE_SECRET_KEY", p("sk", "_live_", "****************", g.an(4))], ["OPENAI_API_KEY", p("sk-", "proj-", "...", g.an(4))]], { http: true }),
  B("masked X placeholder", (g) => { void g; return [["GITHUB_TOKEN", p("gh", "p_", "X".repeat(36))], ["SLACK_BOT_TOKEN", p("xo", "xb-", "XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX")]]; }, { http: true }),
  B("SOPS encrypted value", (g) => [["DATABASE_PASSWORD", `ENC[AES256_GCM,data:${g.b64(32)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]`], ["STRIPE_SECRET_KEY", `ENC[AES256_GCM,data:${g.b64(140)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]`]]),
  B("sealed secret ciphertext", one("ENCRYPTED_API_KEY", (g) => p("AgB", g.b64(340), "=="))),
  B("CSP nonce", one("CSP_SCRIPT_NONCE", (g) => g.b64(22) + "==")),
  B("Sentry event id", one("SENTRY_EVENT_ID", (g) => g.hex(32))),
  B("Datadog trace ids", (g) => [["DD_TRACE_ID", g.dig(19)], ["DD_SPAN_ID", g.dig(19)]]),
  B("S3 object key", one("EXPORT_OBJECT_KEY", (g) => `exports/2026/11/${g.uuid()}/${g.hex(16)}.parquet`)),
  B("GCP project number + id", (g) => [["GCP_PROJECT_NUMBER", g.dig(12)], ["GCP_PROJECT_ID", `acme-prod-${g.dig(6)}`]]),
  B("Firebase messaging sender / app id", (g) => [["FIREBASE_APP_ID", `1:${g.dig(12)}:web:${g.hex(22)}`]]),
  B("SSH host key fingerprint", one("BASTION_HOST_FINGERPRINT", (g) => `SHA256:${g.b64(43)}`)),
  B("SSH public key", one("DEPLOY_PUBLIC_KEY", (g) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} deploy@ci`)),
  B("age public recipient", one("SOPS_AGE_RECIPIENTS", (g) => `age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`)),
  B("npm package integrity pair", (g) => [["LOCK_RESOLVED", `https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz`], ["LOCK_INTEGRITY", `sha1-${g.b64(27)}=`]]),
  B("Content-MD5", one("UPLOAD_CONTENT_MD5", (g) => g.b64(22) + "==")),
  B("base32 build id", one("BUILD_ID", (g) => `01J${g.s(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")}`)),
  B("Twitch / OAuth public client id", (g) => [["PUBLIC_OAUTH_CLIENT_ID", g.lo(30)]]),
  B("HMAC of payload in log", one("WEBHOOK_SIGNATURE_RECEIVED", (g) => `t=1730000000,v1=${g.hex(64)}`)),
  B("checksum file line", one("RELEASE_CHECKSUM", (g) => `${g.hex(64)}  acme-cli_2.4.1_linux_amd64.tar.gz`)),
];

const gb = new Gen(0x22bb);
const certBody = (n: number) => gb.s(n, B64).match(/.{1,64}/g)!.join("\n");
const hand = (note: string, text: string) => ({ note, text });
const handmade = [
  hand("PEM certificate in nginx chat paste", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `nginx won't start, here's the cert it's loading:\n\n${p("-----BEGIN ", "CERTIFICATE-----")}\nMIIDdzCCAl+gAwIBAgIU${certBody(1200)}\n${p("-----END ", "CERTIFICATE-----")}\n\nerror: SSL_CTX_use_certificate failed` }] })),
  hand("PEM public key in JWKS-less config", `# config/jwt.yaml\nissuer: https://auth.acme.io\naudience: api\npublic_key: |\n  ${p("-----BEGIN ", "PUBLIC KEY-----")}\n  MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${certBody(320).replace(/\n/g, "\n  ")}\n  IDAQAB\n  ${p("-----END ", "PUBLIC KEY-----")}`),
  hand("JWKS public keys (n, e only) in MCP result", JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: JSON.stringify({ keys: [{ kty: "RSA", kid: gb.hex(16), use: "sig", alg: "RS256", n: gb.s(342, URLB64), e: "AQAB" }] }) }] } })),
  hand("base64 PNG in CSS", `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${gb.s(600, B64)}AAAAAElFTkSuQmCC");\n}`),
  hand("minified JS bundle excerpt", `!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define&&define.amd?define(t):(e="undefined"!=typeof globalThis?globalThis:e||self).${gb.s(6, LO)}=t()}(this,function(){"use strict";var e="${gb.s(40, AN)}",t=function(n){return n.replace(/[A-Z]/g,function(r){return"-"+r.toLowerCase()})};const o={v:"3.4.1",h:"${gb.hex(40)}"};return{k:e,t:t,o:o}});\n//# sourceMappingURL=index.min.js.map`),
  hand("CSS module class names", `.Button_root__${gb.s(5, AN)}{display:inline-flex;align-items:center}.Button_primary__${gb.s(5, AN)}{background:#0b5fff;color:#fff}.Card_wrap__${gb.s(5, AN)}{border-radius:8px;box-shadow:0 1px 2px rgba(0,0,0,.08)}.Grid_cell__${gb.s(5, AN)}{padding:12px}`),
  hand("ansible-vault file in tool_use write_file", JSON.stringify({ role: "assistant", content: [{ type: "tool_use", id: "toolu_01" + gb.s(22, AN), name: "write_file", input: { path: "group_vars/prod/vault.yml", content: `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => gb.s(80, DIG + "abcdef")).join("\n")}\n` } }] })),
  hand("SealedSecret manifest", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    OPENAI_API_KEY: AgB${gb.s(360, B64)}==\n    STRIPE_SECRET_KEY: AgC${gb.s(360, B64)}==\n  template:\n    metadata:\n      name: api-keys`),
  hand("SOPS yaml file metadata", `stripe_secret_key: ENC[AES256_GCM,data:${gb.s(140, B64)},iv:${gb.s(43, B64)}=,tag:${gb.s(22, B64)}==,type:str]\nsops:\n    kms: []\n    age:\n        - recipient: age1${gb.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n          enc: |\n            ${p("-----BEGIN AGE ", "ENCRYPTED FILE-----")}\n            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB${gb.s(60, B64)}\n            ${p("-----END AGE ", "ENCRYPTED FILE-----")}\n    lastmodified: "2026-11-02T10:11:12Z"\n    mac: ENC[AES256_GCM,data:${gb.s(88, B64)},iv:${gb.s(43, B64)}=,tag:${gb.s(22, B64)}==,type:str]\n    version: 3.9.1`),
  hand("package-lock.json entries", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.org/react/-/react-18.3.1.tgz", integrity: `sha512-${gb.s(86, B64)}==` }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${gb.s(86, B64)}==` } } }, null, 2)),
  hand("git log output with SHAs", `$ git log --oneline -5\n${Array.from({ length: 5 }, (_, i) => `${gb.hex(7)} ${["fix: retry on 429", "chore: bump deps", "feat: add export", "docs: readme", "test: flaky timeout"][i]}`).join("\n")}\n$ git rev-parse HEAD\n${gb.hex(40)}`),
  hand("docker pull output with digests", `$ docker pull ghcr.io/acme/api:1.14.2\n1.14.2: Pulling from acme/api\n${gb.hex(12)}: Pull complete\n${gb.hex(12)}: Pull complete\nDigest: sha256:${gb.hex(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api:1.14.2`),
  hand("HTTP response headers with request ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${gb.uuid()}\nx-amz-cf-id: ${gb.s(56, URLB64)}==\nx-amz-request-id: ${gb.s(16, UP + DIG)}\nx-amz-id-2: ${gb.s(76, B64)}=\netag: "${gb.hex(32)}"\ncf-ray: ${gb.hex(16)}-FRA`),
  hand("OpenAI API response body with ids", JSON.stringify({ id: p("chatcmpl", "-", gb.s(29, AN)), object: "chat.completion", created: 1730000000, model: "gpt-4o-2024-08-06", system_fingerprint: "fp_" + gb.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 41, completion_tokens: 2, total_tokens: 43 } })),
  hand("Stripe webhook event payload (ids only)", JSON.stringify({ id: p("evt", "_1", gb.s(23, AN)), object: "event", type: "payment_intent.succeeded", data: { object: { id: p("pi", "_3", gb.s(23, AN)), customer: p("cus", "_", gb.s(14, AN)), latest_charge: p("ch", "_3", gb.s(23, AN)), amount: 2000, currency: "usd" } } }, null, 2)),
  hand("shell with env var indirection", `$ curl -s https://api.openai.com/v1/models \\\n    -H "Authorization: Bearer $OPENAI_API_KEY" | jq '.data[].id' | head -3\n"gpt-4o"\n"gpt-4o-mini"\n"o3-mini"`),
  hand(".env.example with empty values and placeholders", `# copy to .env and fill in\nOPENAI_API_KEY=\nANTHROPIC_API_KEY=sk-ant-...\nSTRIPE_SECRET_KEY=sk_live_your_key_here\nDATABASE_URL=postgres://user:password@localhost:5432/app\nREDIS_URL=redis://localhost:6379`),
  hand("Jupyter output with tensor hash", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 12, source: ["import hashlib\n", "hashlib.sha256(open('weights.bin','rb').read()).hexdigest()\n"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`'${gb.hex(64)}'`] }, execution_count: 12, metadata: {} }], metadata: {} }], nbformat: 4, nbformat_minor: 5 }, null, 1)),
  hand("Terraform state with resource ids", `# terraform show\nresource "aws_instance" "web" {\n    ami           = "ami-${gb.hex(17)}"\n    arn           = "arn:aws:ec2:us-east-1:${gb.dig(12)}:instance/i-${gb.hex(17)}"\n    id            = "i-${gb.hex(17)}"\n    subnet_id     = "subnet-${gb.hex(17)}"\n    vpc_security_group_ids = ["sg-${gb.hex(17)}"]\n}`),
  hand("SQL with password hashes column names only and uuids", `SELECT id, email, created_at\nFROM users\nWHERE org_id = '${gb.uuid()}'\n  AND session_id IN ('${gb.hex(32)}', '${gb.hex(32)}')\nORDER BY created_at DESC\nLIMIT 50;`),
];
void HEX;

export const cases: CorpusCase[] = [
  ...build({ seed: 0x22b0, idPrefix: "y22-b", category: () => "heldouty22-benign", label: "benign", specs, start: 5 }),
  ...handmade.map((h, i): CorpusCase => ({ id: `y22-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty22-benign", label: "benign", text: h.text, note: `benign: ${h.note}` })),
];
