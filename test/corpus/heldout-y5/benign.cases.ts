// Benign: hard look-alikes from the same families as the positives (placeholders, references,
// masked values, digests, ids with vendor prefixes, public keys/certs, image data, minified code).
import type { CorpusCase } from "../types.ts";
import { AN, B64, B64U, HEX, LAN, LO, UAN, R, b64, chatOpenAI, j, toolCall } from "./_gen.ts";

const r = new R(0xbe9191);
const t: Array<[string, string]> = []; // [note, text]
const add = (note: string, text: string) => t.push([note, text]);
const chat = (s: string) => chatOpenAI(s, r);
const tool = (s: string) => toolCall(s, r);

// placeholders and references
add("placeholder in .env.example", `# copy to .env and fill in\nOPENAI_API_KEY=<YOUR_OPENAI_API_KEY>\nANTHROPIC_API_KEY=your-anthropic-key-here\nSTRIPE_SECRET_KEY=sk_live_...\nDATABASE_URL=postgres://user:password@localhost:5432/app\n`);
add("placeholder sk-xxxx", chat(`I set OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx but it says invalid, what's the format?`));
add("GitHub Actions secret refs", `env:\n  AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n  AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n  NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n  GITHUB_TOKEN: \${{ github.token }}\n`);
add("process.env refs", tool(`const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });\nconst openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });`));
add("os.environ refs", `client = anthropic.Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\nslack = WebClient(token=os.getenv("SLACK_BOT_TOKEN"))`);
add("Vault reference", `database:\n  password: vault:secret/data/prod/db#password\n  username: vault:secret/data/prod/db#username\n`);
add("SSM parameter reference", `DB_PASSWORD=arn:aws:ssm:us-east-1:${r.dig(12)}:parameter/prod/orders/db-password\nSTRIPE_KEY={{resolve:secretsmanager:prod/stripe:SecretString:key}}`);
add("1Password op:// refs", `OPENAI_API_KEY="op://Engineering/OpenAI/credential"\nGITHUB_TOKEN="op://Engineering/GitHub PAT/token"\n# run with: op run --env-file=.env -- npm start`);
add("Doppler/Infisical CLI usage", `doppler run --project api --config prd -- node server.js\ninfisical run --env=prod -- ./start.sh`);
add("k8s secretKeyRef", `env:\n  - name: DATABASE_URL\n    valueFrom:\n      secretKeyRef:\n        name: app-secrets\n        key: database-url\n  - name: REDIS_PASSWORD\n    valueFrom:\n      secretKeyRef: { name: redis, key: password }\n`);
add("Terraform var reference", `provider "cloudflare" {\n  api_token = var.cloudflare_api_token\n}\nresource "aws_iam_access_key" "ci" {\n  user = aws_iam_user.ci.name\n}\n`);
add("shell var expansion", `curl -H "Authorization: Bearer $GITHUB_TOKEN" https://api.github.com/user\nexport AWS_SECRET_ACCESS_KEY="$(aws configure get aws_secret_access_key)"`);
add("docs placeholder AIza", chat(`The Maps SDK wants a key like AIzaSy... in the manifest: <meta-data android:name="com.google.android.geo.API_KEY" android:value="\${MAPS_API_KEY}"/>. Where do I put it?`));
add("placeholder ghp_", `# Create a token at https://github.com/settings/tokens and paste it below\nGH_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`);
add("placeholder connection string", `DATABASE_URL="postgresql://USER:PASSWORD@HOST:PORT/DATABASE"\nMONGODB_URI="mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/"`);
add("placeholder Slack webhook docs", `Set SLACK_WEBHOOK_URL to the Incoming Webhook URL (it looks like https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX).`);
add("PEM header in docs", `The key file must start with \`-----BEGIN OPENSSH PRIVATE KEY-----\` and end with \`-----END OPENSSH PRIVATE KEY-----\`; if it starts with BEGIN RSA PRIVATE KEY convert it with ssh-keygen -p -m RFC4716.`);
add("Azure Key Vault reference", `"ConnectionStrings": { "Storage": "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/storage-conn/)" }`);
add("redacted env", tool(`OPENAI_API_KEY=[REDACTED]\nSTRIPE_SECRET_KEY=********\nAWS_SECRET_ACCESS_KEY=<redacted>\nSENTRY_AUTH_TOKEN=***`));
// masked values
add("masked OpenAI key", chat(`The dashboard shows my key as sk-proj-…${r.s(4)} and usage is 0, is the key revoked?`));
add("masked Stripe key", `Stripe API key: sk_live_••••••••••••${r.s(4)} (created Oct 3, last used 2 hours ago)`);
add("masked AWS key id", `Access key ID   AKIA************${r.s(4, UAN)}   Active   Last used 3 days ago`);
add("masked GitHub token", `Token ghp_****${r.s(4)} expires on Jan 12 2027. Scopes: repo, workflow`);
add("masked in log", `2026-11-20T10:11:12Z INFO auth using key=sk-ant-...${r.s(4)} (len=108) model=claude-sonnet-4-5`);
add("masked DSN password", `postgres://app_rw:****@db-prod.internal.example.net:5432/orders`);
// digests, hashes
add("git SHAs in log", Array.from({ length: 5 }, () => `${r.hex(40)} ${r.pick(["fix: retry", "chore: bump deps", "feat: add export", "docs: readme"])}`).join("\n"));
add("git commit short shas diff", `commit ${r.hex(40)}\nMerge: ${r.hex(7)} ${r.hex(7)}\nAuthor: Dev <dev@example.com>\n\n    Merge branch 'main'`);
add("sha256 checksums", Array.from({ length: 3 }, (_, i) => `${r.hex(64)}  app-v1.${i}.0-linux-amd64.tar.gz`).join("\n"));
add("SRI sha384 script tag", `<script src="https://cdn.example.com/lib@3.7.1/dist/lib.min.js" integrity="sha384-${r.s(64, B64)}" crossorigin="anonymous"></script>`);
add("package-lock integrity", JSON.stringify({ packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: `sha512-${r.s(86, B64)}==` } } }, null, 2));
add("yarn.lock checksum", `"react@npm:^18.2.0":\n  version: 18.3.1\n  resolution: "react@npm:18.3.1"\n  checksum: ${r.hex(128)}\n  languageName: node`);
add("docker image digest", `docker pull ghcr.io/acme/api@sha256:${r.hex(64)}`);
add("go.sum lines", `github.com/stretchr/testify v1.9.0 h1:${r.s(43, B64)}=\ngithub.com/stretchr/testify v1.9.0/go.mod h1:${r.s(43, B64)}=`);
add("Cargo.lock checksum", `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${r.hex(64)}"`);
add("md5 etag", `HTTP/1.1 200 OK\nETag: "${r.hex(32)}"\nx-amz-request-id: ${r.s(16, UAN)}\nx-amz-id-2: ${r.s(76, B64)}=`);
add("pip hashes", `requests==2.32.3 \\\n    --hash=sha256:${r.hex(64)} \\\n    --hash=sha256:${r.hex(64)}`);
add("git LFS pointer", `version https://git-lfs.github.com/spec/v1\noid sha256:${r.hex(64)}\nsize ${r.int(10000, 9999999)}`);
add("terraform lock hashes", `provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.70.0"\n  hashes = [\n    "h1:${r.s(43, B64)}=",\n    "zh:${r.hex(64)}",\n  ]\n}`);
// ids
add("UUIDs request ids", `{"request_id":"${r.uuid()}","trace_id":"${r.hex(32)}","span_id":"${r.hex(16)}","status":200}`);
add("traceparent header", `traceparent: 00-${r.hex(32)}-${r.hex(16)}-01\nX-Request-Id: ${r.uuid()}\nX-Amzn-Trace-Id: Root=1-${r.hex(8)}-${r.hex(24)}`);
add("Stripe object ids", chat(`Refund failed for customer ${j("cus_", r.s(14))}, payment intent ${j("pi_", r.s(24))}, charge ${j("ch_", r.s(24))}. Error: charge_already_refunded`));
add("Stripe event JSON", JSON.stringify({ id: j("evt_", r.s(24)), object: "event", type: "invoice.paid", data: { object: { id: j("in_", r.s(24)), customer: j("cus_", r.s(14)), subscription: j("sub_", r.s(24)), payment_intent: j("pi_", r.s(24)) } } }));
add("OpenAI completion id", JSON.stringify({ id: j("chatcmpl-", r.s(29)), object: "chat.completion", created: 1764900000, model: "gpt-4o-2024-08-06", system_fingerprint: j("fp_", r.hex(10)) }));
add("Anthropic message id", JSON.stringify({ id: j("msg_01", r.s(22)), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: j("toolu_01", r.s(22)), name: "bash", input: { command: "ls" } }] }));
add("request ids req_", `Error 429 from api: rate_limited (request id: ${j("req_", r.s(24))}). Retry after 20s.`);
add("OpenAI file/batch ids", `batch ${j("batch_", r.hex(32))} completed; output file ${j("file-", r.s(22))}; assistant ${j("asst_", r.s(24))}; thread ${j("thread_", r.s(24))}`);
add("AWS resource ids", `i-${r.hex(17)} sg-${r.hex(17)} vpc-${r.hex(17)} subnet-${r.hex(17)} ami-${r.hex(17)}\narn:aws:iam::${r.dig(12)}:role/deploy-role`);
add("AWS account + KMS key id", `KMS key arn:aws:kms:eu-west-1:${r.dig(12)}:key/${r.uuid()} used by bucket acme-logs-${r.dig(12)}`);
add("GitHub node ids", JSON.stringify({ data: { repository: { id: j("R_kgDO", r.s(8, B64U)), pullRequest: { id: j("PR_kwDO", r.s(22, B64U)), number: r.int(100, 9999) } } } }));
add("Slack channel/user ids", `posted to channel ${j("C0", r.s(9, UAN))} by ${j("U0", r.s(9, UAN))} in team ${j("T0", r.s(9, UAN))}, ts=${r.dig(10)}.${r.dig(6)}`);
add("MongoDB ObjectIds", `db.orders.find({ _id: ObjectId("${r.hex(24)}"), customer: ObjectId("${r.hex(24)}") })`);
add("Twilio message SID", `Message ${j("SM", r.hex(32))} status=delivered to=+4477009${r.dig(5)}`);
add("Shopify GIDs", `gid://shopify/Product/${r.dig(13)} gid://shopify/ProductVariant/${r.dig(14)}`);
add("Sentry event id", `Sentry captured event ${r.hex(32)} (issue ACME-API-${r.int(100, 999)})`);
add("Datadog trace ids in log", `dd.trace_id=${r.dig(19)} dd.span_id=${r.dig(19)} level=info msg="checkout completed" order=${r.uuid()}`);
add("Google Cloud operation id", `operation-${r.dig(13)}-${r.hex(13)}-${r.hex(8)}-${r.hex(8)} DONE`);
add("idempotency key", `curl -X POST https://api.example.com/v1/payments -H "Idempotency-Key: ${r.uuid()}" -H "Authorization: Bearer $API_TOKEN" -d amount=500`);
add("ULIDs", Array.from({ length: 4 }, () => j("01J", r.s(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))).join("\n"));
add("nanoid ids in JSON", JSON.stringify(Array.from({ length: 4 }, () => ({ id: r.s(21, B64U), label: "row" }))));
add("CSRF form nonce", `<input type="hidden" name="nonce" value="${r.hex(10)}"><script nonce="${r.s(22, B64)}==">init()</script>`);
// public keys / certs
add("Stripe publishable key", `<script>const stripe = Stripe("${j("pk_", "live_", r.s(99))}");</script>`);
add("SSH public key", `ssh-ed25519 ${j("AAAAC3NzaC1lZDI1NTE5AAAAI", r.s(43, B64))} dev@laptop`);
add("authorized_keys RSA pub", `ssh-rsa ${j("AAAAB3NzaC1yc2EAAAADAQABAAABgQ", r.s(480, B64))}= deploy@ci`);
add("PEM certificate", `-----BEGIN CERTIFICATE-----\n${r.pemBody(18)}\n-----END CERTIFICATE-----`);
add("PEM public key", `-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${r.s(20, B64)}\n${r.pemBody(5)}\n-----END PUBLIC KEY-----`);
add("age recipient (public)", `age -r age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")} -o secrets.enc secrets.txt`);
add("known_hosts", `github.com ssh-ed25519 ${j("AAAAC3NzaC1lZDI1NTE5AAAAI", r.s(43, B64))}\n|1|${r.s(27, B64)}=|${r.s(27, B64)}= ecdsa-sha2-nistp256 ${j("AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB", r.s(88, B64))}=`);
add("JWKS public", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: r.hex(40), alg: "RS256", e: "AQAB", n: r.s(342, B64U) }] }));
add("GPG public key fingerprint", `gpg: key ${r.s(16, "0123456789ABCDEF")}: public key "Release Signing <release@example.com>" imported\nPrimary key fingerprint: ${Array.from({ length: 10 }, () => r.s(4, "0123456789ABCDEF")).join(" ")}`);
add("WireGuard peer public key", `[Peer]\n# office gateway\nPublicKey = ${r.s(43, B64)}=\nAllowedIPs = 10.8.0.0/24\nEndpoint = vpn.example.net:51820`);
add("Algolia env refs (search-only, injected)", `// search-only key is injected at build time\nconst client = algoliasearch(process.env.NEXT_PUBLIC_ALGOLIA_APP_ID, process.env.NEXT_PUBLIC_ALGOLIA_SEARCH_KEY);`);
// data / code look-alikes
add("base64 PNG data URI", `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe${r.s(400, B64)}==" />`);
add("base64 font in CSS", `@font-face { font-family: "Inter"; src: url(data:font/woff2;base64,d09GMgABAAAAA${r.s(300, B64)}) format("woff2"); }`);
add("minified JS", `!function(e,t){"use strict";var ${r.s(2, LO)}=function(${r.s(1, LO)}){return ${r.s(1, LO)}.${r.s(2, LO)}("${r.s(12, AN)}")};t.${r.s(3, LO)}=${r.s(2, LO)};var Qz=["${r.s(16, AN)}","${r.s(16, AN)}"]}(window,exports);`);
add("CSS-in-JS class names", `<div class="css-${r.s(6, LAN)} e${r.s(5, LAN)}0"><span class="sc-${r.s(6, AN)}-0 ${r.s(6, AN)}">Total</span><button class="_${r.s(5, AN)} _${r.s(5, AN)}_btn">Pay</button></div>`);
add("CSS modules hashes", `.Header_title__${r.s(5, B64U)} { font-weight: 600 } .Button_root__${r.s(5, B64U)} { padding: 8px }`);
add("webpack chunk hashes", `main.${r.hex(20)}.js  214 KiB\nvendors.${r.hex(20)}.js  1.2 MiB\nruntime.${r.hex(8)}.js  2 KiB`);
add("k8s Secret with non-secret config", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${b64("info")}\n  REGION: ${b64("eu-west-1")}\n  FEATURE_FLAGS: ${b64("new-checkout,dark-mode")}\n  PORT: ${b64("8080")}\n`);
add("k8s ConfigMap", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  API_BASE_URL: https://api.example.com\n  CACHE_TTL: "300"\n  BUILD_SHA: ${r.hex(40)}\n`);
add("kube service account CA only", `clusters:\n- cluster:\n    certificate-authority-data: ${b64("-----BEGIN CERTIFICATE-----\n" + r.pemBody(6) + "\n-----END CERTIFICATE-----")}\n    server: https://k8s.example.net:6443\n  name: prod`);
add("random test fixture seed", `SEED=${r.dig(9)}\nFAKER_LOCALE=en_US\nSNAPSHOT_ID=${r.hex(12)}`);
add("Jupyter output with hashes", JSON.stringify({ cells: [{ cell_type: "code", source: ["import hashlib\n", "hashlib.sha256(b'hello').hexdigest()"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`'${r.hex(64)}'`] } }] }] }));
add("SQL insert non-secret", `INSERT INTO builds (id, commit_sha, artifact_sha256, status) VALUES ('${r.uuid()}', '${r.hex(40)}', '${r.hex(64)}', 'passed');`);
add("OAuth state/code_challenge", `https://auth.example.com/authorize?response_type=code&client_id=web-app&state=${r.s(32, B64U)}&code_challenge=${r.s(43, B64U)}&code_challenge_method=S256`);
add("public OAuth client id", `GOOGLE_CLIENT_ID=${r.dig(12)}-${r.s(32, "abcdefghijklmnopqrstuvwxyz0123456789")}.apps.googleusercontent.com`);
add("Go test table hex", `var vectors = []struct{ in, want string }{\n\t{"abc", "${r.hex(64)}"},\n\t{"", "${r.hex(64)}"},\n}`);
add("Kafka offsets/uuids log", `[Consumer clientId=${r.uuid()}, groupId=orders] Committed offset ${r.int(100000, 999999)} for partition orders-3 leader epoch ${r.int(1, 40)}`);
add("TOTP QR docs (no secret)", chat(`Our 2FA setup screen shows the otpauth URL format otpauth://totp/Acme:{email}?secret={SECRET}&issuer=Acme — how do I render it as QR in React?`));
add("env var names only", tool(`Required env vars: OPENAI_API_KEY, ANTHROPIC_API_KEY, STRIPE_SECRET_KEY, SLACK_BOT_TOKEN, DATABASE_URL, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY`));
add("hash in cache key", `restore-keys: |\n  node-modules-\${{ runner.os }}-${r.hex(64)}\n  node-modules-\${{ runner.os }}-`);
add("Bitcoin tx id", `tx ${r.hex(64)} confirmed in block ${r.int(800000, 900000)}`);
add("Ethereum address + tx hash", `from 0x${r.hex(40)} to 0x${r.hex(40)} tx 0x${r.hex(64)}`);
add("Figma file key in URL", `https://www.figma.com/design/${r.s(22, AN)}/Checkout-v3?node-id=${r.int(1, 999)}-${r.int(1, 9999)}`);
add("YouTube/Drive ids", `https://www.youtube.com/watch?v=${r.s(11, B64U)} and https://drive.google.com/file/d/${r.s(33, B64U)}/view`);
add("short link / invite code", `Join the workspace: https://join.slack.com/share/${r.s(10, UAN)} (invite expires in 7 days)`);
add("sourcemap mappings", JSON.stringify({ version: 3, file: "app.js", sources: ["src/app.ts"], names: [], mappings: `AAAA,SAASA,${r.s(40, AN + ";,")}` }));

void HEX; void B64U;
export const cases: CorpusCase[] = t.map(([note, text], i) => ({
  id: `y5-b-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty5-benign",
  label: "benign",
  text,
  note,
}));
