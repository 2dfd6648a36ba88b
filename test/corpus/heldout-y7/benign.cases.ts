// Benign: hard look-alikes from the same families (placeholders, references, masked values,
// digests, ids, public keys and certificates, encoded non-secret data) in the same contexts.
import type { CorpusCase } from "../types.ts";
import { AL, B64, B64U, Gen, HX, LO, UP, b64 } from "./_gen.ts";

const g = new Gen(0x79a003);
const j = (...p: string[]) => p.join("");
const chat = (content: string) => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 1024, messages: [{ role: "user", content }] });
const tool = (name: string, input: object) => JSON.stringify({ type: "tool_use", id: "toolu_02", name, input });
const sha1 = () => g.hex(40);
const sha256 = () => g.hex(64);
const cert = () => ["-----BEGIN CERT", "IFICATE-----\n", j("MIIDdzCCAl+gAwIBAgIE", g.b64(700)).match(/.{1,64}/g)!.join("\n"), "\n-----END CERTIFICATE-----"].join("");
const pubPem = () => ["-----BEGIN PUBLIC", " KEY-----\n", j("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", g.b64(240)).match(/.{1,64}/g)!.join("\n"), "\n-----END PUBLIC KEY-----"].join("");
const sshPub = () => j("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", g.s(43, B64), " dev@laptop");
const sshRsaPub = () => j("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ", g.b64(380), " ci@build-01");

const texts: string[] = [
  // placeholders and templates
  chat("my .env looks like this, is the format right?\n\nOPENAI_API_KEY=<YOUR_OPENAI_API_KEY>\nANTHROPIC_API_KEY=<your-anthropic-key>\nDATABASE_URL=postgres://user:password@localhost:5432/app"),
  "OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\n",
  "env:\n  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n  AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n",
  "const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: \"2024-06-20\" });",
  "db_password = os.environ[\"DB_PASSWORD\"]\nslack_token = os.getenv(\"SLACK_BOT_TOKEN\", \"\")\n",
  "database:\n  password: \"{{ vault `secret/data/prod/db` `password` }}\"\n  user: app\n",
  "DATABASE_PASSWORD=op://Production/postgres-main/password\nSTRIPE_SECRET_KEY=op://Production/stripe/secret_key\n",
  "aws ssm get-parameter --name /prod/orders/stripe_secret_key --with-decryption --query Parameter.Value --output text",
  "spring.datasource.password=${DB_PASSWORD}\nspring.datasource.username=${DB_USER:app}\n",
  "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: app\nspec:\n  secretStoreRef:\n    name: aws-secrets-manager\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/payments\n        property: stripe_secret_key\n",
  "export GITHUB_TOKEN=$(gh auth token)\nexport AWS_SECRET_ACCESS_KEY=$(aws configure get aws_secret_access_key --profile prod)",
  "curl https://api.openai.com/v1/models -H \"Authorization: Bearer $OPENAI_API_KEY\"",
  "SLACK_WEBHOOK_URL=https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX",
  "TELEGRAM_BOT_TOKEN=123456789:your-telegram-bot-token-here\nDISCORD_TOKEN=your_discord_bot_token\n",
  "resource \"aws_db_instance\" \"main\" {\n  username = \"app\"\n  password = var.db_password\n  manage_master_user_password = false\n}",
  "ANTHROPIC_API_KEY=sk-ant-api03-...\n# paste your key above, it starts with sk-ant-",
  "const apiKey = import.meta.env.VITE_MAPBOX_TOKEN ?? \"\";\nconst secret = Deno.env.get(\"SUPABASE_SERVICE_ROLE_KEY\");",
  "docker run -e POSTGRES_PASSWORD_FILE=/run/secrets/pg_password -v ./secrets:/run/secrets:ro postgres:16",
  "[default]\naws_access_key_id = YOUR_ACCESS_KEY_ID\naws_secret_access_key = YOUR_SECRET_ACCESS_KEY\n",
  // masked / redacted
  "2025-11-03T10:22:01Z INFO auth ok key=sk-proj-****************************Xk2Q user=42",
  chat("the dashboard shows my key as sk-...a9Fq and the last-used column says never, is it active?"),
  "Authorization: Bearer [REDACTED]\nX-Api-Key: ********\nCookie: session=<redacted>",
  "GITHUB_TOKEN=ghp_************************************\nNPM_TOKEN=npm_••••••••••••••••••••••••••••••••••••",
  "2025-10-30 12:00:00 WARN stripe: key rk_live_…7d3e lacks permission charges:write",
  "$ env | grep -i token\nGH_TOKEN=***\nVERCEL_TOKEN=***\nNPM_TOKEN=***",
  // digests and hashes
  `commit ${sha1()}\nMerge: ${sha1().slice(0, 7)} ${sha1().slice(0, 7)}\nAuthor: Dev <dev@acme.io>\n\n    fix token refresh race`,
  `diff --git a/src/api.ts b/src/api.ts\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/src/api.ts\n+++ b/src/api.ts\n@@ -10,7 +10,7 @@\n-const TIMEOUT = 5000;\n+const TIMEOUT = 10000;`,
  `FROM node:20-alpine@sha256:${sha256()}\nRUN apk add --no-cache git`,
  `<script src="https://cdn.jsdelivr.net/npm/alpinejs@3.14.1/dist/cdn.min.js" integrity="sha384-${g.s(64, B64)}" crossorigin="anonymous"></script>`,
  JSON.stringify({ name: "app", lockfileVersion: 3, packages: { "node_modules/left-pad": { version: "1.3.0", resolved: "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz", integrity: `sha512-${g.s(86, B64)}==` } } }, null, 2),
  `github.com/stretchr/testify v1.9.0 h1:${g.s(43, B64)}=\ngithub.com/stretchr/testify v1.9.0/go.mod h1:${g.s(43, B64)}=`,
  `${sha256()}  release-v2.4.1-linux-amd64.tar.gz\n${sha256()}  release-v2.4.1-darwin-arm64.tar.gz`,
  `"checksum": "${g.hex(64)}",\n"etag": "\\"${g.hex(32)}\\""`,
  `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${sha256()}"`,
  `- uses: actions/checkout@${sha1()} # v4.2.2\n- uses: actions/setup-node@${sha1()} # v4.1.0`,
  `x-amz-content-sha256: ${sha256()}\nx-amz-date: 20251103T120000Z\nAuthorization: AWS4-HMAC-SHA256 Credential=<access-key-id>/20251103/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date, Signature=<signature>`,
  `md5: ${g.hex(32)}\nsha1: ${sha1()}\nsize: 1048576`,
  // ids with vendor prefixes that are not secrets
  JSON.stringify({ id: j("cus", "_", g.s(14)), object: "customer", default_source: j("card", "_", g.s(24)), invoice_settings: { default_payment_method: j("pm", "_", g.s(24)) } }),
  `2025-11-02 charge ${j("ch", "_", g.s(24))} for payment_intent ${j("pi", "_", g.s(24))} succeeded (invoice ${j("in", "_", g.s(24))})`,
  JSON.stringify({ id: j("msg", "_01", g.s(22)), type: "message", role: "assistant", model: "claude-sonnet-4-5", stop_reason: "end_turn", usage: { input_tokens: 812, output_tokens: 64 } }),
  JSON.stringify({ id: j("chatcmpl-", g.s(29)), object: "chat.completion", created: 1762000000, model: "gpt-4o-2024-08-06", system_fingerprint: j("fp_", g.hex(10)) }),
  `HTTP/2 429\nrequest-id: ${j("req", "_", g.s(24))}\nx-request-id: ${g.uuid()}\nretry-after: 20`,
  `traceparent: 00-${g.hex(32)}-${g.hex(16)}-01\nx-b3-traceid: ${g.hex(32)}\nx-amzn-trace-id: Root=1-${g.hex(8)}-${g.hex(24)}`,
  `{"level":"error","msg":"upstream timeout","trace_id":"${g.hex(32)}","span_id":"${g.hex(16)}","request_id":"${g.uuid()}"}`,
  `resource "aws_instance" "web" {\n  ami           = "ami-${g.hex(17)}"\n  subnet_id     = "subnet-${g.hex(17)}"\n  vpc_security_group_ids = ["sg-${g.hex(17)}"]\n}`,
  `arn:aws:iam::${g.d(12)}:role/ci-deploy\narn:aws:kms:eu-west-1:${g.d(12)}:key/${g.uuid()}`,
  `Your Slack workspace is T${g.s(10, UP)}, channel C${g.s(10, UP)}, user U${g.s(10, UP)}.`,
  `subscription: /subscriptions/${g.uuid()}/resourceGroups/rg-prod/providers/Microsoft.Storage/storageAccounts/acmeprod\ntenantId: ${g.uuid()}\nclientId: ${g.uuid()}`,
  `GET https://api.github.com/repos/acme/api/actions/runs/${g.d(11)}/jobs\nX-GitHub-Request-Id: ${g.s(4, HX.toUpperCase())}:${g.s(6, HX.toUpperCase())}:${g.s(7, HX.toUpperCase())}:${g.s(8, HX.toUpperCase())}:${g.s(8, HX.toUpperCase())}`,
  JSON.stringify({ object: "list", data: [{ id: j("sub", "_", g.s(24)), customer: j("cus", "_", g.s(14)), price: j("price", "_", g.s(24)), product: j("prod", "_", g.s(14)) }] }),
  `Sentry event ${g.hex(32)} grouped into issue ACME-API-${g.s(3, UP)}`,
  `mongodb document: { "_id": ObjectId("${g.hex(24)}"), "orgId": "${g.hex(24)}", "status": "active" }`,
  `yarn run v1.22.22\n$ jest\ncorrelation=${g.uuid()} session=${g.uuid()} build=${g.d(8)}`,
  `order ${j("ord", "_", g.s(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))} created at 2025-11-03T10:00:00Z`,
  `job_${g.s(20, LO)} finished; fine-tune ${j("ftjob-", g.s(24))}; file ${j("file-", g.s(22))}; batch ${j("batch_", g.hex(32))}`,
  // public material
  `STRIPE_PUBLISHABLE_KEY=${j("pk", "_live_", "51", g.s(97))}\nNEXT_PUBLIC_APP_URL=https://acme.io`,
  `<script>\n  const stripe = Stripe("${j("pk", "_live_", "51", g.s(97))}");\n</script>`,
  chat(`add this to the server's authorized_keys please:\n${sshPub()}`),
  tool("write_file", { path: "~/.ssh/authorized_keys", content: sshRsaPub() + "\n" + sshPub() + "\n" }),
  tool("write_file", { path: "certs/ca.pem", content: cert() + "\n" }),
  chat(`nginx says "no start line" for this cert, why?\n\n${cert()}`),
  `jwt:\n  publicKey: |\n${pubPem().split("\n").map((l) => "    " + l).join("\n")}\n`,
  `${g.s(2, "ab")}.acme.io. 300 IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${g.b64(200)}"`,
  `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG${g.b64(600).match(/.{1,64}/g)!.join("\n")}\n=${g.s(4, B64)}\n-----END PGP PUBLIC KEY BLOCK-----`,
  JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(16), alg: "RS256", n: g.s(342, B64U), e: "AQAB" }] }),
  `age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}  # recipient (public) for sops`,
  `wireguard peer:\n[Peer]\nPublicKey = ${g.b64(32)}\nAllowedIPs = 10.8.0.2/32\nEndpoint = vpn.acme.io:51820`,
  // encoded non-secret data / code artefacts
  `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64(300)}" />`,
  `.icon-check{background-image:url(data:image/svg+xml;base64,${b64('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M2 8l4 4 8-8" stroke="#0a0" fill="none"/></svg>')})}`,
  `!function(e,t){"use strict";var n=e.${g.s(12, "abcdefghijklmnopqrstuvwxyz")},r="${g.s(6, "abcdefghijklmnopqrstuvwxyz")}-${g.s(4, "abcdefghijklmnopqrstuvwxyz")}",o=function(e){return e.${g.s(8, "abcdefghijklmnopqrstuvwxyz")}(r)};t.exports=o}(window,module);`,
  `<div class="css-${g.s(6, LO)} ${j("sc-", g.s(6, AL), " ", g.s(6, AL))} _${g.s(24, AL)}">\n  <span class="tw-${g.s(8, LO)} jsx-${g.d(10)}">Checkout</span>\n</div>`,
  `.${j("module_", g.s(5, AL), "__", g.s(20, B64U))} { display: flex; }\n.${j("_", g.s(32, B64U))} { color: #333; }`,
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${b64("info")}\n  APP_ENV: ${b64("production")}\n  REGION: ${b64("eu-west-1")}\n  FEATURE_FLAGS: ${b64("checkout_v2,search_beta")}\n`,
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  API_BASE_URL: https://api.acme.io\n  SENTRY_ENVIRONMENT: production\n  CACHE_TTL: "300"\n`,
  `const key = "${j("cache:v2:user:", g.hex(24))}";\nredis.set(key, JSON.stringify(user), "EX", 3600);`,
  `webpackChunk([${g.d(3)}],{"${g.hex(20)}":function(e,t,n){n.d(t,{a:function(){return r}});var r="chunk-${g.hex(8)}"}});`,
  `asset-manifest.json: {"main.js": "/static/js/main.${g.hex(8)}.js", "main.css": "/static/css/main.${g.hex(8)}.css"}`,
  `uuid: ${g.uuid()}\nexternal_id: ${g.uuid()}\nidempotency_key: ${g.uuid()}`,
  `sql> SELECT id, public_id FROM invoices LIMIT 2;\n 1 | inv_${g.s(16, LO)}\n 2 | inv_${g.s(16, LO)}`,
  JSON.stringify({ cells: [{ cell_type: "code", source: ["df = pd.read_parquet('s3://acme-data/events/')\n", "df['user_hash'] = df.email.map(lambda e: hashlib.sha256(e.encode()).hexdigest())\n"], outputs: [{ output_type: "stream", text: [`${g.hex(64)}\n`, `${g.hex(64)}\n`] }] }] }),
  `Crash report\nException Type: EXC_BAD_ACCESS (SIGSEGV)\nBinary Images:\n0x100a4c000 - 0x100b2ffff MyApp arm64 <${g.hex(32)}> /var/containers/Bundle/Application/${g.uuid().toUpperCase()}/MyApp.app/MyApp`,
  `git push origin main\nTo github.com:acme/api.git\n   ${g.hex(7)}..${g.hex(7)}  main -> main`,
  `docker images\nREPOSITORY   TAG     IMAGE ID       CREATED\nacme/api     2.3.1   ${g.hex(12)}   2 days ago`,
  chat(`the upload returns ETag "${g.hex(32)}" and VersionId ${g.s(32, B64U)}, how do I use these for conditional puts?`),
  tool("bash", { command: `git checkout ${sha1()} && npm ci && npm test` }),
  `OAuth redirect: https://app.acme.io/callback?code_challenge=${g.s(43, B64U)}&code_challenge_method=S256&state=${g.hex(16)}&client_id=acme-web`,
  `GOOGLE_CLIENT_ID=${g.d(12)}-${g.s(32, LO)}.apps.googleusercontent.com\nGOOGLE_CLIENT_SECRET=\n`,
  `TOTP setup QR: otpauth://totp/Acme:alice@example.com?issuer=Acme&algorithm=SHA1&digits=6&period=30&secret=<scan the QR code>`,
];

export const cases: CorpusCase[] = texts.map((text, i) => ({
  id: `y7-b-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets" as const,
  category: "heldouty7-benign",
  label: "benign" as const,
  text,
}));
