// Benign: hard look-alikes from the same families as the positives — placeholders, references,
// masked values, digests, ids with vendor prefixes, public keys/certificates, encoded non-secret
// data, minified code and class names. None should be flagged.
import type { CorpusCase } from "../types.ts";
import { AN, ANL, B64U, bashTool, chat, G, HEX, j, pem, writeTool } from "./_gen.ts";

const g = new G(0xb3a9);
const B64S = AN + "+/";
const ulidA = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const items: [string, (g: G) => string][] = [
  // --- placeholders and references
  ["placeholder angle brackets in .env.example", () => writeTool(g, ".env.example", "OPENAI_API_KEY=<YOUR_OPENAI_API_KEY>\nANTHROPIC_API_KEY=<your-anthropic-key>\nSTRIPE_SECRET_KEY=<stripe-secret-key>\nDATABASE_URL=postgres://<user>:<password>@<host>:5432/<db>\n")],
  ["sk-xxxx filler in README", () => "## Quick start\n\n```bash\nexport OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\npython app.py\n```\n"],
  ["GitHub Actions secrets expression", () => "jobs:\n  publish:\n    runs-on: ubuntu-latest\n    env:\n      NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n      AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n      SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}\n    steps:\n      - run: npm publish\n"],
  ["process.env reads", () => chat(g, "```ts\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: \"2024-06-20\" });\nconst openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });\nconst gh = new Octokit({ auth: process.env.GITHUB_TOKEN });\n```")],
  ["os.environ reads", () => "import os\nimport boto3\n\ns3 = boto3.client(\n    \"s3\",\n    aws_access_key_id=os.environ[\"AWS_ACCESS_KEY_ID\"],\n    aws_secret_access_key=os.environ[\"AWS_SECRET_ACCESS_KEY\"],\n)\nANTHROPIC_API_KEY = os.getenv(\"ANTHROPIC_API_KEY\")\n"],
  ["Vault reference", () => "DATABASE_PASSWORD=vault:secret/data/prod/orders-db#password\nSTRIPE_SECRET_KEY=vault:secret/data/prod/stripe#secret_key\nREDIS_URL=redis://redis.internal:6379/0\n"],
  ["SSM / Secrets Manager dynamic references", () => "Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUsername: '{{resolve:secretsmanager:prod/orders-db:SecretString:username}}'\n      MasterUserPassword: '{{resolve:ssm-secure:/prod/orders-db/password:3}}'\n"],
  ["1Password op:// references", () => "GITHUB_TOKEN=op://Engineering/GitHub CI/credential\nOPENAI_API_KEY=op://Engineering/OpenAI/api key\nAWS_SECRET_ACCESS_KEY=op://Infra/aws-prod/secret access key\n"],
  ["k8s secretKeyRef", () => "env:\n  - name: DATABASE_URL\n    valueFrom:\n      secretKeyRef:\n        name: orders-db\n        key: url\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: openai\n        key: api-key\n"],
  ["Terraform secret references", () => "resource \"aws_db_instance\" \"orders\" {\n  username = \"orders\"\n  password = data.aws_secretsmanager_secret_version.db.secret_string\n}\n\nprovider \"cloudflare\" {\n  api_token = var.cloudflare_api_token\n}\n"],
  ["docker env pass-through", () => bashTool(g, "docker run --rm -e OPENAI_API_KEY -e ANTHROPIC_API_KEY --env-file .env ghcr.io/acme/agent:1.4.0")],
  ["ghp_ X filler", () => "git remote set-url origin https://ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX@github.com/acme/api.git  # replace with your token"],
  ["env interpolation in DB URL", () => "DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@db:5432/${DB_NAME}\nREDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0\n"],
  ["curl with $TOKEN", () => "curl -sS https://api.github.com/user -H \"Authorization: Bearer $GITHUB_TOKEN\" -H \"Accept: application/vnd.github+json\""],
  ["tool call with ${VAR}", () => bashTool(g, "curl https://api.anthropic.com/v1/messages -H \"x-api-key: ${ANTHROPIC_API_KEY}\" -H \"anthropic-version: 2023-06-01\" -d @req.json")],
  ["Helm values templating", () => "apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include \"app.fullname\" . }}\ntype: Opaque\nstringData:\n  api-key: {{ .Values.openai.apiKey | quote }}\n  db-password: {{ required \"db password\" .Values.db.password }}\n"],
  ["changeme placeholders", () => "[database]\nuser = app\npassword = changeme\n\n[aws]\naws_access_key_id = YOUR_ACCESS_KEY_ID\naws_secret_access_key = YOUR_SECRET_ACCESS_KEY\n"],
  ["sk_live_ your-key placeholder", () => "STRIPE_SECRET_KEY=sk_live_your_secret_key_here\nSTRIPE_WEBHOOK_SECRET=whsec_your_webhook_secret\n"],
  ["xoxb placeholder", () => chat(g, "In Slack settings copy the Bot User OAuth Token (it looks like `xoxb-your-bot-token`) and put it in SLACK_BOT_TOKEN.")],
  ["glpat X filler", () => "export GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx\nexport CI_JOB_TOKEN=$CI_JOB_TOKEN\n"],
  ["PEM placeholder with ellipsis", () => chat(g, `Put your key in the file like this:\n\n${j("-----BE", "GIN PRI", "VATE KEY-----")}\n...\n${j("-----E", "ND PRI", "VATE KEY-----")}\n\nand point KEY_FILE at it.`)],
  ["age key redacted", () => "# sops age key\n" + j("AGE-SE", "CRET-KEY-1") + "<REDACTED>\n"],
  ["Jinja/Ansible vault variable", () => "db_password: \"{{ vault_db_password }}\"\nstripe_key: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret/data/stripe:key') }}\"\n"],
  ["Spring placeholders", () => "spring.datasource.url=jdbc:postgresql://db:5432/orders\nspring.datasource.username=${DB_USER}\nspring.datasource.password=${DB_PASSWORD:}\nopenai.api-key=${OPENAI_API_KEY}\n"],

  // --- masked values
  ["masked sk- with last four", (g) => chat(g, `I created a new key \`sk-proj-…${g.an(4)}\` yesterday but requests still fail with 429. Which limits apply?`)],
  ["asterisk-masked env dump", () => "OPENAI_API_KEY=********\nAWS_SECRET_ACCESS_KEY=****************************************\nGITHUB_TOKEN=[REDACTED]\nSTRIPE_SECRET_KEY=sk_live_****\n"],
  ["Actions log with *** masks", () => "Run curl -sS -X POST https://api.vercel.com/v13/deployments -H \"Authorization: Bearer ***\"\n  curl -sS -X POST https://api.vercel.com/v13/deployments -H \"Authorization: Bearer ***\"\n  shell: /usr/bin/bash -e {0}\n  env:\n    VERCEL_TOKEN: ***\n"],
  ["bullet-masked GitHub token", (g) => `Token: ghp_••••••••••••••••••••••••••••••••${g.an(4)}  (expires in 30 days)`],
  ["OpenAI admin API redacted_value", (g) => JSON.stringify({ object: "list", data: [{ object: "organization.project.api_key", redacted_value: `sk-proj-****${g.an(4)}`, name: "ci", created_at: 1735689600, id: `key_${g.an(16)}` }] })],
  ["Stripe dashboard masked", (g) => `Secret key  sk_live_...${g.an(4)}   Last used 2 hours ago\nPublishable key  pk_live_...${g.an(4)}`],
  ["AKIA masked", () => "aws_access_key_id     ****************QXYZ shared-credentials-file    \naws_secret_access_key ****************8kPd shared-credentials-file    \nregion                eu-west-1      config-file    ~/.aws/config"],
  ["Anthropic console masked", (g) => `Name: prod-agent  Key: sk-ant-api03-${g.an(4)}...${g.an(4)}AA  Workspace: Default`],

  // --- digests / hashes
  ["git log SHAs", (g) => Array.from({ length: 4 }, () => `commit ${g.hex(40)}\nAuthor: Dev <dev@acme-corp.io>\nDate:   Tue Mar 4 10:12:00 2025 +0100\n\n    fix: retry on 502\n`).join("\n")],
  ["sha256sum output", (g) => Array.from({ length: 3 }, (_, i) => `${g.hex(64)}  release-v1.${i}.tar.gz`).join("\n")],
  ["docker image digests", (g) => `FROM node:20-alpine@sha256:${g.hex(64)}\nFROM gcr.io/distroless/nodejs20@sha256:${g.hex(64)}\n`],
  ["SRI script tags", (g) => `<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.4/dist/htmx.min.js" integrity="sha384-${g.s(64, B64S)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="/app.css" integrity="sha256-${g.s(43, B64S)}=">`],
  ["package-lock integrity", (g) => JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.org/react/-/react-18.3.1.tgz", integrity: `sha512-${g.s(86, B64S)}==` }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${g.s(86, B64S)}==` } } }, null, 2)],
  ["yarn.lock checksums", (g) => `"lodash@npm:^4.17.21":\n  version: 4.17.21\n  resolution: "lodash@npm:4.17.21"\n  checksum: ${g.hex(128)}\n  languageName: node\n  linkType: hard\n`],
  ["go.sum lines", (g) => `github.com/google/uuid v1.6.0 h1:${g.s(43, B64S)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.s(43, B64S)}=\n`],
  ["Cargo.lock checksum", (g) => `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n`],
  ["pip --hash requirements", (g) => `requests==2.32.3 \\\n    --hash=sha256:${g.hex(64)} \\\n    --hash=sha256:${g.hex(64)}\n`],
  ["ETag and Content-MD5 headers", (g) => `HTTP/1.1 200 OK\r\nETag: "${g.hex(32)}"\r\nContent-MD5: ${g.s(22, B64S)}==\r\nx-amz-request-id: ${g.s(16, "ABCDEF0123456789")}\r\nx-amz-id-2: ${g.s(76, B64S)}=\r\n`],
  ["Terraform lock hashes", (g) => `provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.74.0"\n  hashes = [\n    "h1:${g.s(43, B64S)}=",\n    "zh:${g.hex(64)}",\n    "zh:${g.hex(64)}",\n  ]\n}\n`],
  ["git LFS pointer", (g) => `version https://git-lfs.github.com/spec/v1\noid sha256:${g.hex(64)}\nsize ${g.int(10000, 9000000)}\n`],
  ["pinned action SHAs", (g) => `steps:\n  - uses: actions/checkout@${g.hex(40)} # v4.2.2\n  - uses: actions/setup-node@${g.hex(40)} # v4.1.0\n`],
  ["sha256 of empty string in test", () => "def test_digest_empty():\n    assert sha256(b\"\").hexdigest() == \"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"\n"],
  ["npm view shasum", (g) => `dist\n.tarball: https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz\n.shasum: ${g.hex(40)}\n.integrity: sha512-${g.s(86, B64S)}==\n.unpackedSize: 9.8 kB`],
  ["cosign signature", (g) => JSON.stringify({ critical: { identity: { "docker-reference": "ghcr.io/acme/api" }, image: { "docker-manifest-digest": `sha256:${g.hex(64)}` }, type: "cosign container image signature" }, optional: null, signature: `MEUCIQ${g.s(90, B64S)}` })],

  // --- ids with vendor prefixes, uuids, trace ids
  ["OpenAI chat completion response", (g) => JSON.stringify({ id: `chatcmpl-${g.an(29)}`, object: "chat.completion", created: 1735689600, model: "gpt-4o-2024-08-06", system_fingerprint: `fp_${g.hex(10)}`, choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 12, completion_tokens: 2, total_tokens: 14 } })],
  ["Anthropic message response ids", (g) => JSON.stringify({ id: `msg_01${g.an(22)}`, type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: `toolu_01${g.an(22)}`, name: "read_file", input: { path: "src/app.ts" } }], stop_reason: "tool_use", usage: { input_tokens: 812, output_tokens: 40 } })],
  ["Anthropic request-id header", (g) => `HTTP/2 529\r\nrequest-id: req_011C${g.an(20)}\r\nanthropic-organization-id: ${g.uuid()}\r\ncontent-type: application/json\r\n`],
  ["Stripe event with object ids", (g) => JSON.stringify({ id: `evt_${g.an(24)}`, object: "event", type: "payment_intent.succeeded", data: { object: { id: `pi_${g.an(24)}`, customer: `cus_${g.an(14)}`, latest_charge: `ch_${g.an(24)}`, payment_method: `pm_${g.an(24)}`, amount: 2000, currency: "usd", livemode: true } }, request: { id: `req_${g.an(14)}` } })],
  ["Stripe invoice/subscription ids in log", (g) => `2025-03-02T10:11:12Z INFO billing: created sub_${g.an(24)} for cus_${g.an(14)}; invoice in_${g.an(24)} price price_${g.an(24)} prod_${g.an(14)}`],
  ["W3C traceparent and request ids", (g) => `GET /api/orders HTTP/1.1\r\nHost: orders.internal\r\ntraceparent: 00-${g.hex(32)}-${g.hex(16)}-01\r\nx-request-id: ${g.uuid()}\r\nx-correlation-id: ${g.uuid()}\r\n`],
  ["AWS ARNs and resource ids", (g) => `arn:aws:iam::${g.dig(12)}:role/ci-deployer\narn:aws:s3:::acme-artifacts\nsg-${g.hex(17)} vpc-${g.hex(17)} subnet-${g.hex(17)} ami-${g.hex(17)} i-${g.hex(17)}`],
  ["Slack API response ids", (g) => JSON.stringify({ ok: true, channel: `C0${g.s(9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}`, ts: `17356${g.dig(5)}.${g.dig(6)}`, message: { user: `U0${g.s(9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}`, team: `T0${g.s(9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}`, bot_id: `B0${g.s(9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")}`, text: "deploy finished" } })],
  ["GitHub GraphQL node ids", (g) => JSON.stringify({ data: { repository: { id: `R_kgDO${g.s(8, B64U)}`, pullRequest: { id: `PR_kwDO${g.s(18, B64U)}`, headRefOid: g.hex(40) } } } })],
  ["Twilio message webhook payload", (g) => `ToCountry=US&SmsMessageSid=SM${g.hex(32)}&NumMedia=0&SmsSid=SM${g.hex(32)}&SmsStatus=received&Body=STOP&MessageSid=SM${g.hex(32)}&ApiVersion=2010-04-01`],
  ["az account show (ids only)", (g) => JSON.stringify({ environmentName: "AzureCloud", id: g.uuid(), isDefault: true, name: "acme-prod", state: "Enabled", tenantId: g.uuid(), user: { name: "dev@acme-corp.io", type: "user" } }, null, 2)],
  ["ULIDs and nanoids in a DB dump", (g) => Array.from({ length: 4 }, () => `INSERT INTO orders (id, public_id, status) VALUES ('01J${g.s(23, ulidA)}', '${g.s(21, B64U)}', 'paid');`).join("\n")],
  ["MongoDB ObjectIds", (g) => JSON.stringify([{ _id: { $oid: g.hex(24) }, user: { $oid: g.hex(24) }, total: 42 }, { _id: { $oid: g.hex(24) }, user: { $oid: g.hex(24) }, total: 7 }])],
  ["Ethereum address and tx hash", (g) => `Sent 0.5 ETH to 0x${g.hex(40)}\ntx: 0x${g.hex(64)}\nblock: ${g.dig(8)}`],
  ["IPFS CIDs", (g) => `ipfs add report.pdf\nadded bafybei${g.s(52, "abcdefghijklmnopqrstuvwxyz234567")} report.pdf\npinned Qm${g.s(44, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")}`],
  ["OAuth PKCE challenge URL", (g) => `https://accounts.example-idp.com/authorize?response_type=code&client_id=web-app&redirect_uri=https%3A%2F%2Fapp.acme-corp.io%2Fcb&scope=openid%20profile&state=${g.s(32, B64U)}&code_challenge=${g.s(43, B64U)}&code_challenge_method=S256`],
  ["CSP nonce header", (g) => `Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-${g.s(22, B64S)}=='; style-src 'self' 'sha256-${g.s(43, B64S)}='`],

  // --- public keys, certificates, publishable keys
  ["Stripe publishable key in frontend", (g) => `import { loadStripe } from "@stripe/stripe-js";\n\nexport const stripePromise = loadStripe("${j("pk", "_live_", "51", g.an(97))}");\n`],
  ["SSH ed25519 public keys in authorized_keys", (g) => `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, B64S)} alice@laptop\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, B64S)} ci@runner\n`],
  ["SSH RSA public key in tool call", (g) => writeTool(g, "deploy/authorized_keys", `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.s(540, B64S)}= deploy@acme\n`)],
  ["PEM certificate", (g) => pem("CERTIFICATE", j("MIIDdzCCAl+gAwIBAgIU", g.b64(1200), "="))],
  ["PEM public key in JSON", (g) => JSON.stringify({ kid: g.hex(16), alg: "RS256", public_key: pem(j("PUB", "LIC KEY"), j("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", g.b64(340), "IDAQAB")) })],
  ["PGP public key block", (g) => ["-----BEGIN PGP PUBLIC KEY BLOCK-----", "", ...(j("mQINBG", g.b64(700)).match(/.{1,64}/g) ?? []), "=" + g.b64(4), "-----END PGP PUBLIC KEY BLOCK-----"].join("\n")],
  ["age recipients in .sops.yaml", (g) => `creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: >-\n      age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")},\n      age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`],
  ["JWKS public keys", (g) => JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(40), alg: "RS256", n: g.s(342, B64U), e: "AQAB" }, { kty: "EC", use: "sig", kid: g.hex(40), crv: "P-256", x: g.s(43, B64U), y: g.s(43, B64U) }] })],
  ["known_hosts", (g) => `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, B64S)}\ngitlab.internal ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${g.s(86, B64S)}=\n`],
  ["Mapbox public token in map init", (g) => `mapboxgl.accessToken = "${j("p", "k.", Buffer.from(JSON.stringify({ u: "acme-maps", a: g.s(25, ANL) })).toString("base64url"), ".", g.s(22, B64U))}";\nconst map = new mapboxgl.Map({ container: "map", style: "mapbox://styles/mapbox/streets-v12" });`],
  ["reCAPTCHA site key in HTML", (g) => `<div class="g-recaptcha" data-sitekey="6L${g.s(38, B64U)}"></div>`],
  ["k8s Secret holding only a CA cert", (g) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: internal-ca\ntype: Opaque\ndata:\n  ca.crt: ${Buffer.from(pem("CERTIFICATE", j("MIIDdzCCAl+gAwIBAgIU", g.b64(900), "="))).toString("base64")}\n`],

  // --- encoded non-secret data, minified code, class names
  ["base64 PNG data URI", (g) => `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAA${g.s(900, B64S)}=" />`],
  ["base64 woff2 font in CSS", (g) => `@font-face {\n  font-family: "Inter";\n  src: url(data:font/woff2;base64,d09GMgABAAAAA${g.s(700, B64S)}) format("woff2");\n}`],
  ["minified JS bundle", (g) => `!function(e,t){"object"==typeof exports?module.exports=t():e.${g.s(6, LOW)}=t()}(this,function(){var _0x${g.hex(6)}=["${g.s(24, B64S)}","${g.s(32, B64S)}"];function _0x${g.hex(4)}(n,r){return n=n-0x1a4,_0x${g.hex(6)}[n]}return{v:"${g.hex(8)}",h:function(t){for(var e=0,n=0;n<t.length;n++)e=(e<<5)-e+t.charCodeAt(n)|0;return e}}});`],
  ["CSS module class names", (g) => `<button class="Button_primary__${g.s(5, AN)} css-${g.s(7, ANL)} sc-${g.s(6, AN)}-0 ${g.s(6, AN)}">Save</button>\n<div class="_${g.s(6, ANL)} jsx-${g.dig(10)}">`],
  ["webpack chunk manifest", (g) => JSON.stringify({ "main.js": `/static/js/main.${g.hex(8)}.js`, "vendor.js": `/static/js/vendor.${g.hex(20)}.js`, "main.css": `/static/css/main.${g.hex(8)}.css`, "runtime.js": `/static/js/runtime.${g.hex(20)}.js` })],
  ["source map mappings", (g) => JSON.stringify({ version: 3, file: "app.min.js", sources: ["src/app.ts"], names: ["init", "fetch", "render"], mappings: Array.from({ length: 12 }, () => g.s(g.int(4, 9), "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")).join(";") })],
  ["k8s Secret whose data is plain config", () => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-settings\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("new-checkout,dark-mode,beta-search").toString("base64")}\n  config.yaml: ${Buffer.from("server:\n  port: 8080\n  readTimeout: 30s\nmetrics:\n  enabled: true\n  path: /metrics\n").toString("base64")}\n`],
  ["ConfigMap with base64 binaryData icon", (g) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: branding\nbinaryData:\n  favicon.ico: AAABAAEAEBAAAAEAIABoBAAAFgAAACgAAAAQ${g.s(400, B64S)}\ndata:\n  title: Acme Orders\n`],
  ["base64 protobuf in test fixture", (g) => `const fixture = Buffer.from("CiQ${g.s(120, B64S)}", "base64"); // encoded OrderCreated event`],
  ["UUIDs in .env (non-secret ids)", (g) => `AZURE_SUBSCRIPTION_ID=${g.uuid()}\nAZURE_TENANT_ID=${g.uuid()}\nPROJECT_ID=${g.uuid()}\nFEATURE_FLAG_ENV=production\n`],
  ["GitHub Actions run ids and SHAs in chat", (g) => chat(g, `Run ${g.dig(11)} failed on ${g.hex(40)} (job ${g.dig(11)}). Artifact digest sha256:${g.hex(64)}.`)],
  ["Sentry release and commit in tool call", (g) => bashTool(g, `sentry-cli releases new ${g.hex(40)} && sentry-cli releases set-commits ${g.hex(40)} --auto`)],
  ["key-value lookalike: key fingerprint", (g) => `The key fingerprint is:\nSHA256:${g.s(43, B64S)} deploy@ci\nThe key's randomart image is:\n+--[ED25519 256]--+`],
];

const LOW = "abcdefghijklmnopqrstuvwxyz";

export const cases: CorpusCase[] = items.map(([note, f], i) => ({
  id: `y-b-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty-benign",
  label: "benign",
  text: f(g),
  note,
}));
