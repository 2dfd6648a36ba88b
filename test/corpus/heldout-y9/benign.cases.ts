// heldout-y9: hard benign look-alikes from the same files and contexts as the positives. No credential
// (not even a real-looking placeholder) appears in any of these.
import type { CorpusCase } from "../types.ts";
import { AN, B64U, DG, LO, UP, ctx, gen, maker } from "./_gen.ts";

const g = gen(0x3b6e7d21);
const { s, hex, num, uuid, b64e, b64, j } = g;
const { out, add } = maker("y9-ben");
const B = (text: string, note?: string) => add("benign", "heldouty9-benign", text, note);
const la = (n: number) => s(n, LO + DG);
const sri = (n: number) => b64(n) + (n % 4 === 2 ? "==" : n % 4 === 3 ? "=" : "");

// ---------- placeholders and references ----------
B(ctx.openaiChat(`here's my ~/.aws/credentials template for the team wiki:\n\n[default]\naws_access_key_id = <YOUR_ACCESS_KEY_ID>\naws_secret_access_key = <YOUR_SECRET_ACCESS_KEY>\nregion = eu-west-1`));
B(ctx.toolWrite(".github/workflows/deploy.yml", `name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n      STRIPE_SECRET_KEY: \${{ secrets.STRIPE_SECRET_KEY }}\n    steps:\n      - uses: actions/checkout@${hex(40)}\n      - run: ./deploy.sh\n`));
B(`const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\nconst anthropic = new Anthropic({ apiKey: process.env["ANTHROPIC_API_KEY"] });`);
B(ctx.toolWrite(".env.example", `# copy to .env and fill in\nOPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgresql://user:password@localhost:5432/app\n`));
B(`DATABASE_PASSWORD=op://Engineering/prod-postgres/password\nSTRIPE_KEY=op://Payments/stripe/secret-key`);
B(ctx.anthropicChat(`is this the right way to pull from SSM?\n\nDB_PASSWORD=$(aws ssm get-parameter --name /acme/prod/db/password --with-decryption --query Parameter.Value --output text)`));
B(`apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api-secrets\nspec:\n  secretStoreRef:\n    name: vault-backend\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: secret/data/payments/stripe\n        property: secret_key`);
B(ctx.toolBash(`export VAULT_TOKEN=$(vault login -method=oidc -token-only) && vault kv get secret/payments/stripe`));
B(`provider "aws" {\n  region     = var.region\n  access_key = var.aws_access_key\n  secret_key = var.aws_secret_key\n}\n\nvariable "aws_secret_key" {\n  type      = string\n  sensitive = true\n}`);
B(ctx.openaiChat(`curl https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"\n\nworks in bash but not in fish, why?`));
B(`Authorization: Bearer {{access_token}}\nX-Api-Key: {{ .Values.apiKey }}\nx-request-id: ${uuid()}`);
B(ctx.mcpResult(`secret "stripe-keys" created\nNAME           TYPE     DATA   AGE\nstripe-keys    Opaque   2      1s`));
B(`spring.datasource.url=jdbc:postgresql://db:5432/orders\nspring.datasource.username=\${DB_USER}\nspring.datasource.password=\${DB_PASSWORD}\nspring.jpa.hibernate.ddl-auto=validate`);
B(ctx.toolWrite("docker-compose.yml", `services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD_FILE: /run/secrets/db_password\n    secrets: [db_password]\nsecrets:\n  db_password:\n    external: true\n`));
B(`TELEGRAM_BOT_TOKEN=123456789:YOUR_BOT_TOKEN_HERE\nSLACK_BOT_TOKEN=xoxb-your-bot-token\nDISCORD_TOKEN=<paste your bot token>`);
B(ctx.openaiChat(`in the README I wrote: set \`HF_TOKEN=hf_...\` and \`GROQ_API_KEY=gsk_...\` before running. Is that clear enough?`));
B(`mongodb+srv://<username>:<password>@cluster0.${la(5)}.mongodb.net/?retryWrites=true&w=majority`);
B(`postgresql://\${PGUSER}:\${PGPASSWORD}@\${PGHOST}:5432/\${PGDATABASE}`);

// ---------- masked / redacted ----------
B(ctx.openaiChat(`the dashboard shows my key as sk-proj-...${s(4)} and the usage page says it was last used 3 days ago. Is it revoked?`));
B(`Key                     Value\naws_access_key_id       ****************${s(4, UP + "234567")}\naws_secret_access_key   ****************${s(4, AN)}\nregion                  eu-west-1`, "aws configure list output (masked)");
B(ctx.mcpResult(`Stripe API keys:\n  Secret key      sk_live_...${s(4)}   (created 2024-11-02)\n  Restricted key  rk_live_...${s(4)}   (created 2025-01-15)`));
B(`2025-06-10T12:00:01Z INFO auth ok token=[REDACTED] user=${uuid()} trace_id=${hex(32)}`);
B(`GITHUB_TOKEN: ***\nNPM_TOKEN: ***\nRun npm publish --access public`, "GitHub Actions log with masked secrets");
B(ctx.openaiChat(`gh auth status\ngithub.com\n  ✓ Logged in to github.com account dana-k (keyring)\n  - Active account: true\n  - Token: gho_************************************\n  - Token scopes: 'gist', 'read:org', 'repo'`));

// ---------- hashes / digests / ids ----------
B(`commit ${hex(40)}\nMerge: ${hex(7)} ${hex(7)}\nAuthor: Dana K <dana@acme.io>\n\n    fix: retry on 429`);
B(ctx.toolBash(`docker pull ghcr.io/acme/api@sha256:${hex(64)} && cosign verify ghcr.io/acme/api@sha256:${hex(64)}`));
B(`<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${sri(48)}" crossorigin="anonymous"></script>`);
B(ctx.toolWrite("package-lock.json", JSON.stringify({ name: "acme-web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.org/react/-/react-18.3.1.tgz", integrity: `sha512-${b64(86)}==` }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${b64(86)}==` } } }, null, 2)));
B(`${hex(64)}  acme-cli_2.4.1_linux_amd64.tar.gz\n${hex(64)}  acme-cli_2.4.1_darwin_arm64.tar.gz\n${hex(64)}  acme-cli_2.4.1_windows_amd64.zip`);
B(ctx.openaiChat(`poetry.lock has this, is the hash wrong?\n\n[[package]]\nname = "requests"\nversion = "2.32.3"\nfiles = [\n    {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:${hex(64)}"},\n    {file = "requests-2.32.3.tar.gz", hash = "sha256:${hex(64)}"},\n]`));
B(`go.sum:\ngithub.com/aws/aws-sdk-go-v2 v1.30.3 h1:${b64(43)}=\ngithub.com/aws/aws-sdk-go-v2 v1.30.3/go.mod h1:${b64(43)}=`);
B(ctx.mcpResult(`{"id":"chatcmpl-${s(29)}","object":"chat.completion","created":1718012345,"model":"gpt-4o-2024-08-06","system_fingerprint":"fp_${hex(10)}","usage":{"prompt_tokens":812,"completion_tokens":64}}`));
B(`{"id":"msg_01${s(22)}","type":"message","role":"assistant","model":"claude-sonnet-4-20250514","stop_reason":"end_turn","usage":{"input_tokens":1024,"output_tokens":88}}\nrequest-id: req_01${s(22)}`);
B(ctx.openaiChat(`stripe event for the failing refund:\n\n{"id":"evt_${s(24)}","type":"charge.refunded","data":{"object":{"id":"ch_${s(24)}","customer":"cus_${s(14)}","payment_intent":"pi_${s(24)}","balance_transaction":"txn_${s(24)}"}},"request":{"id":"req_${s(14)}","idempotency_key":"${uuid()}"}}`));
B(`HTTP/2 200\ndate: Tue, 10 Jun 2025 12:00:00 GMT\nx-request-id: ${uuid()}\nx-amzn-requestid: ${uuid()}\nx-amz-id-2: ${b64(76)}\ncf-ray: ${hex(16)}-AMS\netag: "${hex(32)}"`);
B(`traceparent: 00-${hex(32)}-${hex(16)}-01\ntracestate: dd=s:1;o:rum\nx-b3-traceid: ${hex(32)}\nx-datadog-trace-id: ${num(19)}`);
B(ctx.toolBash(`kubectl rollout undo deployment/api --to-revision=14 && kubectl get rs -l pod-template-hash=${la(10)} -o name`));
B(`[2025-06-10 09:14:22] ERROR Sentry event ${hex(32)} captured (release ${hex(40)}, environment production)`);
B(`{"twilio_callback":{"MessageSid":"SM${hex(32)}","AccountSid":"redacted","SmsStatus":"delivered","To":"+15558675310"}}`, "Twilio message SID (not a secret), account sid redacted");
B(ctx.openaiChat(`aws cloudtrail shows "userIdentity": {"type": "AssumedRole", "principalId": "AROA${s(17, UP + "234567")}:ci-session", "arn": "arn:aws:sts::${num(12)}:assumed-role/deploy/ci-session"} — which role is it?`), "AROA role unique id, not a key");
B(`UUIDs for the seed:\n${uuid()}\n${uuid()}\n${uuid()}\n${uuid()}`);
B(`git rev-parse HEAD\n${hex(40)}\ngit describe --tags\nv2.4.1-3-g${hex(7)}`);
B(ctx.toolWrite("Cargo.lock", `[[package]]\nname = "serde"\nversion = "1.0.203"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${hex(64)}"\n\n[[package]]\nname = "tokio"\nversion = "1.38.0"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${hex(64)}"\n`));
B(ctx.openaiChat(`our .env after the cleanup — only non-secret ids are left, right?\n\nGOOGLE_ANALYTICS_ID=G-${s(10, UP + DG)}\nSENTRY_RELEASE=${hex(40)}\nBUILD_SHA=${hex(40)}\nASSET_HASH=${hex(20)}\nFEATURE_SET_ID=${uuid()}\nCDN_BASE=https://cdn.acme.io/${hex(12)}/`), ".env whose only long values are hashes and public ids");
B(`PUBLIC_POSTHOG_KEY=phc_${s(43)}\nNEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_${s(99)}\nNEXT_PUBLIC_SUPABASE_URL=https://${s(20, LO)}.supabase.co`, "only publishable/public client keys");

// ---------- public keys / certs ----------
B(ctx.toolWrite("~/.ssh/authorized_keys", `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${s(43, AN + "+/")} dana@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${s(540, AN + "+/")}= ci@build\n`));
B(ctx.openaiChat(`which of these goes into the GitHub deploy key field?\n\necdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${s(86, AN + "+/")}= deploy@ci`));
B(`-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE${b64(44)}\n${b64(64)}\n${b64(64)}\n${b64(64)}\n${b64(40)}==\n-----END CERTIFICATE-----`);
B(ctx.anthropicChat(`the JWT verifier needs the public key, is this format right?\n\n-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA${b64(20)}\n${b64(64)}\n${b64(64)}\n${b64(64)}\n${b64(64)}\n${b64(56)}IDAQAB\n-----END PUBLIC KEY-----`));
B(`# public key: age1${s(58, "qpzry9x8gf2tvdw0s3jnl54khce6mua7")}\nsops --encrypt --age age1${s(58, "qpzry9x8gf2tvdw0s3jnl54khce6mua7")} secrets.yaml > secrets.enc.yaml`);
B(JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: hex(40), alg: "RS256", n: s(342, B64U), e: "AQAB" }] }), "public JWKS");
B(`-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBG${b64(58)}\n${b64(64)}\n${b64(64)}\n=${b64(4)}\n-----END PGP PUBLIC KEY BLOCK-----`);
B(ctx.mcpResult(`$ wg show\ninterface: wg0\n  public key: ${b64(43)}=\n  listening port: 51820\n\npeer: ${b64(43)}=\n  endpoint: 198.51.100.7:51820\n  allowed ips: 10.8.0.2/32`));

// ---------- base64 blobs, minified code, css ----------
B(ctx.openaiChat(`why doesn't this favicon render?\n\n<link rel="icon" href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9h${b64(220)}AAAAAElFTkSuQmCC">`));
B(`!function(e,t){"object"==typeof exports?module.exports=t():e.${s(6, LO)}=t()}(this,function(){var ${s(2, LO)}="${s(40, AN + "$_")}",${s(2, LO)}=function(n){return n.replace(/[^${s(20, AN)}]/g,"")};return{a:${s(2, LO)}}});`, "minified JS with a random-looking charset string");
B(`<div class="css-${la(6)} e${la(6)}0"><span class="sc-${s(6, AN)} ${s(6, AN)} _${s(20, AN + "_-")}">Checkout</span></div>`);
B(ctx.toolWrite("k8s/configmap-as-secret.yaml", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${b64e("info")}\n  FEATURE_FLAGS: ${b64e("new-checkout,dark-mode,beta-search")}\n  API_BASE_URL: ${b64e("https://api.acme.io/v2")}\n  REGION: ${b64e("eu-central-1")}\n`), "k8s Secret whose data is non-secret config");
B(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nginx\ndata:\n  nginx.conf: |\n    server {\n      listen 8080;\n      location / { proxy_pass http://api:3000; }\n    }\n  build-id: "${hex(40)}"`);
B(ctx.anthropicChat(`webpack output, which chunk is huge?\n\nmain.${hex(20)}.js  412 KiB\nvendors.${hex(20)}.js  1.9 MiB\n${num(3)}.${hex(20)}.chunk.js  88 KiB\nruntime~main.${hex(8)}.js  2 KiB`));
B(`{"cells":[{"cell_type":"code","execution_count":1,"metadata":{"id":"${s(12, AN + "-_")}"},"outputs":[{"output_type":"display_data","data":{"image/png":"${b64(400)}"}}],"source":["plt.plot(x, y)"]}],"nbformat":4,"nbformat_minor":5}`, "notebook with base64 PNG output");
B(`font-face src: url(data:font/woff2;base64,d09GMgABAAAAA${b64(300)}) format("woff2");`);
B(ctx.toolBash(`echo '${b64e(JSON.stringify({ alg: "none", typ: "JWT" }))}' | base64 -d && openssl rand -hex 4`));

// ---------- same contexts as positives, no credential ----------
B(ctx.openaiChat(`docker-compose for local dev:\n\nservices:\n  api:\n    build: .\n    environment:\n      - NODE_ENV=development\n      - REDIS_URL=redis://redis:6379/0\n      - IMAGE_DIGEST=sha256:${hex(64)}\n      - BUILD_ID=${uuid()}\n  redis:\n    image: redis:7@sha256:${hex(64)}`));
B(ctx.mcpResult(`$ env | sort\nCI=true\nGITHUB_RUN_ID=${num(10)}\nGITHUB_SHA=${hex(40)}\nHOME=/home/runner\nRUNNER_TRACE=${hex(32)}\nRUNNER_OS=Linux`));
B(`curl -v https://api.github.com/repos/acme/platform\n> GET /repos/acme/platform HTTP/2\n> Host: api.github.com\n> user-agent: curl/8.5.0\n> accept: */*\n>\n< HTTP/2 200\n< x-github-request-id: ${s(4, "0123456789ABCDEF")}:${s(6, "0123456789ABCDEF")}:${s(7, "0123456789ABCDEF")}:${s(7, "0123456789ABCDEF")}:${s(8, "0123456789ABCDEF")}\n< etag: W/"${hex(64)}"`);
B(ctx.toolBash(`terraform plan -out tf.plan\n  # aws_s3_bucket.assets will be updated in-place\n  ~ tags = {\n      ~ "build" = "${hex(7)}" -> "${hex(7)}"\n    }\n  # aws_iam_access_key.ci: secret = (sensitive value)`));
B(`{"log":{"entries":[{"request":{"method":"GET","url":"https://api.acme.io/v1/orders?cursor=${b64e(JSON.stringify({ id: num(8), ts: 1718000000 }))}","headers":[{"name":"x-correlation-id","value":"${uuid()}"},{"name":"if-none-match","value":"\\"${hex(32)}\\""}]},"response":{"status":304}}]}}`, "HAR entry with cursor, correlation id and etag");
B(ctx.openaiChat(`SQL seed:\n\nINSERT INTO users (id, email, password_hash) VALUES\n  ('${uuid()}', 'dana@acme.io', '$argon2id$v=19$m=65536,t=3,p=4$${s(22, AN + "+/")}$${s(43, AN + "+/")}'),\n  ('${uuid()}', 'lee@acme.io', '$2b$12$${s(53, AN + "./")}');\n\nwhy does login fail for lee?`), "password hashes, not passwords");
B(`pipeline: 2025-06-10T09:14:22.119Z ##[group]Run actions/cache@${hex(40)}\nwith:\n  path: ~/.npm\n  key: Linux-node-${hex(64)}\nCache restored from key: Linux-node-${hex(64)}`);
B(ctx.toolWrite("src/config.rs", `pub const USER_AGENT: &str = "acme-cli/2.4.1";\npub const SCHEMA_HASH: &str = "${hex(64)}";\npub const BUILD_UUID: &str = "${uuid()}";\n`));
B(`const GOOGLE_OAUTH_CLIENT_ID = "${num(12)}-${la(32)}.apps.googleusercontent.com";\nconst REDIRECT_URI = "https://app.acme.io/auth/callback";`, "OAuth client id (public)");
B(ctx.anthropicChat(`Stripe.js init in the browser:\n\nconst stripe = Stripe("pk_live_${s(99)}");\nconst elements = stripe.elements({ clientSecret: data.clientSecret });`), "publishable key only");
B(`https://app.acme.io/invite#ref=${hex(16)}&utm_source=newsletter&utm_campaign=${la(10)}`);
B(`POST /api/events HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nevent=checkout_started&session=${uuid()}&sku=SKU-${num(6)}&ts=1718012345&hash=${hex(40)}`, "form body with ids and a content hash");
B(ctx.mcpResult(`Mapbox GL public token in use: pk.${b64e(JSON.stringify({ u: "acme-maps", a: la(25) })).replace(/=+$/, "")}.${s(22, B64U)}`), "Mapbox public token");
B(`SENTRY_DSN_PUBLIC_KEY_LOOKUP: project ${num(7)} -> release ${hex(40)}, dist ${hex(8)}`);
B(ctx.openaiChat(`Crash report:\nException Type:  EXC_BAD_ACCESS (SIGSEGV)\nIncident Identifier: ${uuid().toUpperCase()}\nBinary Images:\n0x100a4c000 - 0x100b2ffff Acme arm64 <${hex(32)}> /Applications/Acme.app/Contents/MacOS/Acme\n0x1a2b3c000 - 0x1a2d4efff libsystem_kernel.dylib arm64e <${hex(32)}>`));
B(`[lint] src/api/client.ts:42 no-hardcoded-credentials: value replaced with env lookup (fingerprint ${hex(16)})`);
B(ctx.toolBash(`aws s3 cp s3://acme-artifacts/builds/${hex(40)}/app.zip . --expected-bucket-owner ${num(12)} && sha256sum app.zip`));
B(`youtube: https://www.youtube.com/watch?v=${s(11, B64U)}&list=PL${s(32, B64U)}`);
B(`Cloudflare Turnstile site key: 0x4AAAAAAA${s(14, AN)}\nrecaptcha site key: 6L${s(38, AN + "-_")}`, "public site keys");
B(ctx.openaiChat(`our feature flag client ids (client-side, public):\nLD_CLIENT_SIDE_ID=${hex(24)}\nPOSTHOG_PROJECT_ID=${num(5)}\nAMPLITUDE_DEPLOYMENT=client-${s(32, AN)}`), "client-side ids");
B(`ETH address 0x${hex(40)} tx 0x${hex(64)} block ${num(8)}`);
B(ctx.mcpResult(`$ gpg --list-secret-keys --keyid-format=long\nsec   ed25519/${s(16, "0123456789ABCDEF")} 2024-03-01 [SC]\n      ${s(40, "0123456789ABCDEF")}\nuid   [ultimate] Dana K <dana@acme.io>`), "key fingerprints only");
B(`{"object":"list","data":[{"id":"prod_${s(14)}","default_price":"price_${s(24)}","images":["https://files.stripe.com/links/${s(60, B64U)}"]}],"has_more":false}`, "Stripe product/price ids and a public file link");
B(ctx.toolWrite("Dockerfile", `FROM node:20-alpine@sha256:${hex(64)}\nWORKDIR /app\nCOPY package*.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\nCOPY . .\nENV BUILD_SHA=${hex(40)}\nCMD ["node", "server.js"]\n`));
B(`values.yaml:\nimage:\n  repository: ghcr.io/acme/api\n  digest: sha256:${hex(64)}\nexistingSecret: api-secrets\nsecretKeys:\n  stripeKey: STRIPE_SECRET_KEY\n  dbPassword: DB_PASSWORD`);
B(ctx.openaiChat(`Gemfile.lock checksums section:\n\nCHECKSUMS\n  rack (3.1.7) sha256=${hex(64)}\n  rails (7.2.0) sha256=${hex(64)}`));
B(`[tool.uv]\nindex-url = "https://pypi.org/simple"\n\n[[tool.uv.index]]\nname = "internal"\nurl = "https://pypi.acme.internal/simple"\nauthenticate = "always"`);
B(ctx.toolBash(`openssl x509 -in server.crt -noout -fingerprint -sha256\nsha256 Fingerprint=${Array.from({ length: 32 }, () => s(2, "0123456789ABCDEF")).join(":")}`));
B(`test("rejects a forged signature", () => {\n  const sig = "t=1718000000,v1=" + "0".repeat(64);\n  expect(() => verify(body, sig, process.env.WEBHOOK_SECRET!)).toThrow();\n});`);
B(ctx.anthropicChat(`const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";\nfunction shortId(n) { let s = ""; while (n) { s = BASE62[n % 62] + s; n = Math.floor(n / 62); } return s; }\n// e.g. shortId(${num(15)}) === "${s(9)}"`));
B(`grafana dashboard uid ${s(9, LO + DG)} panel ${num(2)} datasource ${s(9, AN)} folder ${uuid()}`);
B(ctx.mcpResult(`Successfully deployed. Deployment id dpl_${s(28)}; inspect: https://vercel.com/acme/web/${s(28)}`), "Vercel deployment ids");
B(`notion page: https://www.notion.so/acme/Runbook-${hex(32)}?pvs=4`);
B(`aws kms encrypt output:\n{"CiphertextBlob":"AQICAHh${b64(200)}","KeyId":"arn:aws:kms:eu-west-1:${num(12)}:key/${uuid()}"}`, "KMS ciphertext, not a key");
B(ctx.openaiChat(`encrypted with sops, safe to commit?\n\nstripe_secret: ENC[AES256_GCM,data:${b64(60)},iv:${b64(43)}=,tag:${b64(22)}==,type:str]\nsops:\n  age:\n    - recipient: age1${s(58, "qpzry9x8gf2tvdw0s3jnl54khce6mua7")}`), "sops-encrypted value");
B(`OTEL_RESOURCE_ATTRIBUTES=service.name=api,service.version=${hex(7)},deployment.environment=prod,host.id=${hex(32)}`);
B(ctx.toolWrite("README.md", `## Setup\n\n1. Create an API key at https://platform.openai.com/api-keys\n2. \`export OPENAI_API_KEY=...\`\n3. Run \`make dev\`\n\nBuild: ![ci](https://github.com/acme/api/actions/workflows/ci.yml/badge.svg?branch=main) commit \`${hex(7)}\`\n`));
B(`IBAN-free test: sandbox account ${uuid()} ledger ${hex(24)} idempotency ${uuid()}`);
B(ctx.openaiChat(`I rotated everything; the new values live in 1Password (vault "Prod", item "api-keys"). The app reads them via op run --env-file=.env.tpl where .env.tpl has lines like OPENAI_API_KEY=op://Prod/api-keys/openai.`));

export const cases: CorpusCase[] = out;
void j;
