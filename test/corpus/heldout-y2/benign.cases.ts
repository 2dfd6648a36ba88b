// heldout-y2: hard benign look-alikes from the same families (placeholders, references, masked
// values, digests, ids, public keys, encoded non-secret data, build artefacts).
import type { CorpusCase } from "../types.ts";
import { b64, build, chat, fnCall, j, oaChat, rng, tool, B64, B64URL, DIG, HEX, LO, LOWNUM, UP, ALNUM, BECH32 } from "./_gen.ts";

const g = rng(0x5eed_2203);
const h = (n: number) => g.hex(n);
const X = (n: number) => "x".repeat(n);
const sriB = (n: number) => g.b64bytes(n);
const certPem = () => {
  const body = j("MIIDdzCCAl+gAwIBAgIE", g.s(1100, B64));
  return `-----BEGIN CERTIFICATE-----\n${body.match(/.{1,64}/g)!.join("\n")}\n-----END CERTIFICATE-----`;
};
const pubPem = () => {
  const body = j("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", g.s(348, B64), "IDAQAB");
  return `-----BEGIN PUBLIC KEY-----\n${body.match(/.{1,64}/g)!.join("\n")}\n-----END PUBLIC KEY-----`;
};
const sshPub = () => j("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", g.s(43, B64));
const sshRsaPub = () => j("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ", g.s(540, B64));
const pngB64 = () => j("iVBORw0KGgoAAAANSUhEUgAAA", g.s(600, B64), "AAAAASUVORK5CYII=");

const rows: [string, string, string?][] = [
  // ---------------- placeholders & references ----------------
  ["", `OPENAI_API_KEY=<YOUR_OPENAI_API_KEY>\nANTHROPIC_API_KEY=<YOUR_ANTHROPIC_KEY>\n`],
  ["", chat(`The README says to run:\n\ncurl https://api.openai.com/v1/models -H "Authorization: Bearer sk-${X(48)}"\n\nbut where do I get the real key?`)],
  ["", `- name: Publish\n  run: npm publish\n  env:\n    NODE_AUTH_TOKEN: \${{ secrets.NPM_TOKEN }}\n    STRIPE_SECRET_KEY: \${{ secrets.STRIPE_SECRET_KEY }}\n`],
  ["", `const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });`],
  ["", `session = boto3.Session(\n    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],\n    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],\n)`],
  ["", `stripe_key: vault:secret/data/payments#stripe_secret_key\ndb_password: vault:secret/data/db#password\n`],
  ["", `"MasterUserPassword": "{{resolve:ssm-secure:/prod/rds/master-password:3}}",`],
  ["", `STRIPE_SECRET_KEY=op://Production/Stripe/credential\nGITHUB_TOKEN=op://Engineering/GitHub CI/token\n`],
  ["", `arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/payments/stripe-AbC123`],
  ["", `env:\n  - name: PAYSTACK_SECRET_KEY\n    valueFrom:\n      secretKeyRef:\n        name: payments\n        key: paystack-secret\n`],
  ["", `"StorageConnection": "@Microsoft.KeyVault(SecretUri=https://kv-acme-prod.vault.azure.net/secrets/StorageConn/)"`],
  ["", `# .env.example\nRAZORPAY_KEY_ID=\nRAZORPAY_KEY_SECRET=\nMP_ACCESS_TOKEN=\nXENDIT_SECRET_KEY=\n`],
  ["", `git remote set-url origin https://ghp_${"X".repeat(36)}@github.com/acme/infra.git  # replace with your token`],
  ["", `mercadopago.configure({ access_token: "APP_USR-your-access-token-here" });`],
  ["", `RAZORPAY_KEY_ID=rzp_live_XXXXXXXXXXXXXX\nRAZORPAY_KEY_SECRET=XXXXXXXXXXXXXXXXXXXXXXXX`],
  ["", `apiKey: {{ .Values.sendgrid.apiKey | quote }}\nwebhookSecret: {{ required "webhookSecret" .Values.webhookSecret }}\n`],
  ["", `provider "hcloud" {\n  token = var.hcloud_token\n}\n\nvariable "hcloud_token" {\n  sensitive = true\n}`],
  ["", `spring:\n  datasource:\n    url: jdbc:postgresql://db:5432/app\n    username: \${DB_USER}\n    password: \${DB_PASSWORD}\n`],
  ["", `{\n  "Paystack": { "SecretKey": "" },\n  "Logging": { "LogLevel": { "Default": "Warning" } }\n}\n// set it with: dotnet user-secrets set "Paystack:SecretKey" "<key>"`],
  ["", `$secret = getenv('FLW_SECRET_KEY');\n$config = ['secret_key' => $_ENV['PAYSTACK_SECRET_KEY'] ?? null];`],
  ["", `config :my_app, MyApp.Repo,\n  password: System.fetch_env!("DB_PASSWORD"),\n  hostname: System.get_env("DB_HOST", "localhost")`],
  ["", `token := os.Getenv("TELEGRAM_BOT_TOKEN")\nif token == "" {\n\tlog.Fatal("TELEGRAM_BOT_TOKEN not set")\n}`],
  ["", `let key = std::env::var("GROQ_API_KEY").expect("GROQ_API_KEY must be set");`],
  ["", `[2025-05-02 14:11:09] POST /v1/messages 401 headers={"x-api-key":"[REDACTED]","authorization":"Bearer [REDACTED]"}`],
  ["", tool("bash", { command: `export SLACK_BOT_TOKEN="$(op read 'op://Ops/Slack bot/credential')" && node notify.js` })],
  ["", `TWILIO_AUTH_TOKEN=your_auth_token\nTWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n`],
  ["", `curl -H "PRIVATE-TOKEN: <your_access_token>" "https://gitlab.example.com/api/v4/projects"`],
  // ---------------- masked values ----------------
  ["", `NAME          KEY              CREATED\nprod-backend  sk-...${g.s(4)}   2025-03-01\nnotebooks     sk-...${g.s(4)}   2025-04-11\n`],
  ["", oaChat(`My dashboard shows the key as sk_live_••••••••••••${g.s(4)} — is it safe to rotate it during business hours?`)],
  ["", `Access key ID: AKIA************${g.s(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}\nSecret access key: ****************************************\n`],
  ["", `DATABASE_URL=postgres://app:********@db.prod.internal:5432/app`],
  ["", `Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=crm;User ID=crm_app;Password=***;Encrypt=True;`],
  ["", `token: ${"*".repeat(20)}${h(4)} (last used 3 days ago)`],
  ["", `INFO  config loaded: {"stripe":{"secret_key":"sk_live_…${g.s(4)}"},"paystack":{"secret_key":"<redacted>"}}`],
  // ---------------- digests & hashes ----------------
  ["", `commit ${h(40)}\nAuthor: Priya Nair <priya@acme.io>\nDate:   Tue Mar 4 10:21:07 2025 +0530\n\n    fix: retry razorpay webhooks on 5xx\n`],
  ["", `FROM node:20-alpine@sha256:${h(64)}\nWORKDIR /app\n`],
  ["", `<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${sriB(48)}" crossorigin="anonymous"></script>`],
  ["", `    "node_modules/stripe": {\n      "version": "14.25.0",\n      "resolved": "https://registry.npmjs.org/stripe/-/stripe-14.25.0.tgz",\n      "integrity": "sha512-${sriB(64)}",\n      "license": "MIT"\n    },`],
  ["", `"@paystack/inline-js@^2.20.0":\n  version "2.20.2"\n  resolved "https://registry.yarnpkg.com/@paystack/inline-js/-/inline-js-2.20.2.tgz#${h(40)}"\n  integrity sha512-${sriB(64)}\n`],
  ["", `github.com/stripe/stripe-go/v76 v76.25.0 h1:${sriB(32)}\ngithub.com/stripe/stripe-go/v76 v76.25.0/go.mod h1:${sriB(32)}\n`],
  ["", `[[package]]\nname = "reqwest"\nversion = "0.12.5"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${h(64)}"\n`],
  ["", `${h(40)}  dist/app-linux-amd64.tar.gz\n${h(40)}  dist/app-darwin-arm64.tar.gz\n`],
  ["", `HTTP/1.1 200 OK\nETag: "${h(32)}"\nx-amz-request-id: ${g.up(16)}\nx-amz-id-2: ${g.b64bytes(56)}\n`],
  ["", `razorpay==1.4.2 \\\n    --hash=sha256:${h(64)} \\\n    --hash=sha256:${h(64)}\n`],
  ["", `version https://git-lfs.github.com/spec/v1\noid sha256:${h(64)}\nsize 10485760\n`],
  ["", `<component group="com.squareup.okhttp3" name="okhttp" version="4.12.0">\n  <artifact name="okhttp-4.12.0.jar">\n    <sha256 value="${h(64)}" origin="Generated by Gradle"/>\n  </artifact>\n</component>`],
  ["", `{\n  "identity" : "swift-log",\n  "kind" : "remoteSourceControl",\n  "location" : "https://github.com/apple/swift-log.git",\n  "state" : { "revision" : "${h(40)}", "version" : "1.5.4" }\n}`],
  ["", `/nix/store/${g.s(32, "0123456789abcdfghijklmnpqrsvwxyz")}-openssl-3.0.13/lib/libssl.so.3`],
  ["", tool("bash", { command: `git cherry-pick ${h(40)} && git push origin HEAD:release/2.4` })],
  // ---------------- ids ----------------
  ["", `2025-05-02T14:11:09.412Z INFO request_id=${g.uuid()} trace_id=${h(32)} span_id=${h(16)} path=/v1/checkout status=200 dur_ms=184`],
  ["", `traceparent: 00-${h(32)}-${h(16)}-01\nx-request-id: ${g.uuid()}`],
  ["", `{"id":"${j("cu", "s_", g.s(14))}","object":"customer","email":"ana@lojabrasil.com.br","invoice_settings":{"default_payment_method":"${j("p", "m_", g.s(24))}"}}`],
  ["", `Payment ${j("p", "i_", g.s(24))} succeeded (charge ${j("c", "h_", g.s(24))}, invoice ${j("i", "n_", g.s(24))}, event ${j("ev", "t_", g.s(24))})`],
  ["", `{"id":"${j("ms", "g_01", g.s(22))}","type":"message","role":"assistant","model":"claude-sonnet-4-5","stop_reason":"end_turn","usage":{"input_tokens":812,"output_tokens":96}}`],
  ["", `{"id":"${j("chatc", "mpl-", g.s(29))}","object":"chat.completion","created":1746195069,"model":"gpt-4.1-2025-04-14","system_fingerprint":"fp_${h(10)}"}`],
  ["", `HTTP/2 529\nrequest-id: ${j("re", "q_011", g.s(21))}\nanthropic-organization-id: ${g.uuid()}\n`],
  ["", `assistant ${j("as", "st_", g.s(24))} ran on thread ${j("thre", "ad_", g.s(24))} with file ${j("fil", "e-", g.s(22))}`],
  ["", `{"type":"tool_use","id":"${j("tool", "u_01", g.s(22))}","name":"get_weather","input":{"city":"Nairobi"}}`],
  ["", `{"ok":true,"channel":"C0${g.up(8)}","ts":"1746195069.${g.dig(6)}","message":{"user":"U0${g.up(8)}","bot_id":"B0${g.up(8)}"}}`],
  ["", `Message ${j("S", "M", h(32))} queued (status: queued, num_segments: 1)`],
  ["", `{"razorpay_order_id":"order_${g.s(14)}","razorpay_payment_id":"pay_${g.s(14)}","status":"captured"}`],
  ["", `db.orders.find({ _id: ObjectId("${h(24)}") })`],
  ["", `Sentry event ${h(32)} captured for release checkout@2.14.0 (issue ACME-API-4F2)`],
  ["", `{"data":{"viewer":{"id":"MDQ6VXNlcj${g.s(6, DIG)}","login":"octo-dev"}}}`],
  ["", `Steam profile: https://steamcommunity.com/profiles/7656119${g.dig(10)}/ (app 570)`],
  ["", `0x${h(40)}  ← deposit address\ntx: 0x${h(64)}`],
  ["", `ipfs://bafybei${g.s(52, "abcdefghijklmnopqrstuvwxyz234567")}/metadata.json`],
  ["", fnCall("lookup_order", { order_id: g.uuid(), tx_ref: `FLW-${g.dig(13)}`, paystack_reference: `T${g.dig(15)}` })],
  // ---------------- public keys & certificates ----------------
  ["", `const stripe = Stripe("${j("pk", "_live_", "51", g.s(97))}"); // publishable key, safe in the browser`],
  ["", `PAYSTACK_PUBLIC_KEY=${j("pk", "_live_", h(40))}`],
  ["", `${sshPub()} deploy@ci-runner-03`],
  ["", tool("write_file", { path: "/home/dev/.ssh/authorized_keys", content: `${sshRsaPub()} priya@laptop\n${sshPub()} ci@github-actions\n` })],
  ["", certPem()],
  ["", chat(`Is this the right format for the webhook verification public key?\n\n${pubPem()}`)],
  ["", `# public key: age1${g.s(58, BECH32.toLowerCase())}\nrecipients:\n  - age1${g.s(58, BECH32.toLowerCase())}\n`],
  ["", `[Peer]\nPublicKey = ${g.b64bytes(32)}\nAllowedIPs = 10.8.0.2/32\nEndpoint = vpn.acme.io:51820\n`],
  ["", `{"keys":[{"kty":"RSA","use":"sig","kid":"${h(16)}","alg":"RS256","n":"${g.s(342, B64URL)}","e":"AQAB"}]}`],
  ["", `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG${g.s(700, B64).match(/.{1,64}/g)!.join("\n")}\n=${g.s(4, B64)}\n-----END PGP PUBLIC KEY BLOCK-----`],
  ["", `MP_PUBLIC_KEY=APP_USR-${g.uuid()}\nNEXT_PUBLIC_MAPBOX_TOKEN=pk.eyJ1IjoiYWNtZSIsImEiOiJ${g.s(30, B64URL)}.${g.s(22, B64URL)}`],
  // ---------------- encoded data & build artefacts ----------------
  ["", `<img alt="logo" src="data:image/png;base64,${pngB64()}" />`],
  ["", JSON.stringify({ cells: [{ cell_type: "code", id: g.s(8, LOWNUM), execution_count: 3, metadata: {}, source: ["plt.plot(df['mrr'])\n", "plt.show()"], outputs: [{ output_type: "display_data", data: { "image/png": pngB64(), "text/plain": ["<Figure size 640x480 with 1 Axes>"] }, metadata: {} }] }], metadata: { kernelspec: { name: "python3" } }, nbformat: 4, nbformat_minor: 5 })],
  ["", `!function(e,t){"use strict";var ${g.s(2, LO)}=function(${g.s(1, LO)}){return ${g.s(1, LO)}.${g.s(2, LO)}}(t);e.${g.s(3, LO)}=${g.s(2, LO)},e.__${g.s(12)}=Object.freeze({${g.s(1, LO)}:${g.dig(4)}})}(window,document);//# sourceMappingURL=main.${h(20)}.js.map`],
  ["", `<link rel="stylesheet" href="/_next/static/css/${h(16)}.css"><script src="/_next/static/chunks/pages/_app-${h(16)}.js" defer></script>`],
  ["", `<button class="Button_primary__${g.s(5, B64URL.replace(/[-_]/g, ""))} sc-${g.s(6, ALNUM)} ${g.s(6, ALNUM)} css-${g.s(6, LOWNUM)}">Pay now</button>`],
  ["", `.css-${g.s(6, LOWNUM)}{display:flex}.jsx-${g.dig(10)}{color:#333}._${g.s(7, ALNUM)}_${g.s(5, LOWNUM)}{margin:0}`],
  ["", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-settings\ntype: Opaque\ndata:\n  LOG_LEVEL: ${b64("info")}\n  API_BASE_URL: ${b64("https://api.acme.io/v2")}\n  FEATURE_FLAGS: ${b64("checkout_v2,upi_intent,pix")}\n  REGION: ${b64("ap-south-1")}\n`],
  ["", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nginx-conf\nbinaryData:\n  favicon.ico: ${g.b64bytes(180)}\n`],
  ["", `Content-Security-Policy: script-src 'self' 'nonce-${g.b64bytes(16)}' 'sha256-${g.b64bytes(32)}'`],
  ["", `GET /oauth/authorize?response_type=code&client_id=acme-web&redirect_uri=https%3A%2F%2Fapp.acme.io%2Fcb&state=${g.s(32, B64URL)}&code_challenge=${g.s(43, B64URL)}&code_challenge_method=S256`],
  ["", `Stripe-Signature: t=1746195069,v1=${h(64)}\nX-Hub-Signature-256: sha256=${h(64)}\n`],
  ["", `log: ${b64(JSON.stringify({ level: "info", msg: "order created", order_id: "ord_" + g.s(12), amount: 4999, currency: "INR" }))}`],
  ["", `diff --git a/.env.example b/.env.example\nindex ${h(7)}..${h(7)} 100644\n--- a/.env.example\n+++ b/.env.example\n@@ -3,3 +3,5 @@ DATABASE_URL=\n STRIPE_SECRET_KEY=\n+XENDIT_SECRET_KEY=\n+MIDTRANS_SERVER_KEY=\n`],
  ["", `INSERT INTO api_keys (id, tenant_id, key_prefix, key_hash, created_at) VALUES ('${g.uuid()}', 42, 'sk_live_${g.s(4)}', '${h(64)}', NOW());`],
  ["", `Build ${h(12)} published: ghcr.io/acme/api@sha256:${h(64)} (tag 2.14.0, run ${g.dig(10)})`],
];

export const cases: CorpusCase[] = build("y2-b", "benign", rows);
