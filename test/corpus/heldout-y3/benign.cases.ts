// Benign: hard look-alikes from the same families (placeholders, references, masked values,
// digests, ids, public keys, encoded non-secrets), in the same outbound contexts.
import type { CorpusCase } from "../types.ts";
import { A, B64URL, Gen, PRIV, ALNUM } from "./_gen.ts";

const g = new Gen(0x79330003);
const j = (...p: string[]) => p.join("");
const D = "-".repeat(5);
const chat = (t: string) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: t }] });
const tool = (path: string, t: string) => JSON.stringify({ type: "tool_use", id: "toolu_01", name: "write_file", input: { path, content: t } });
const pemBody = (n: number, lead = "") => (lead + g.b64(n - lead.length)).replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
const sha = () => g.hex(40);
const s256 = () => g.hex(64);
const b64of = (s: string) => Buffer.from(s).toString("base64");
const sri = (n: number) => g.bytes64(n);

const texts: string[] = [
  // placeholders / references
  chat(`Here's my .env.example, is this layout ok?\n\nOPENAI_API_KEY=<YOUR_OPENAI_API_KEY>\nANTHROPIC_API_KEY=<your-anthropic-key-here>\nSTRIPE_SECRET_KEY=<stripe secret key>\nDATABASE_URL=postgres://user:password@localhost:5432/app_dev`),
  `OPENAI_API_KEY=sk-proj-${"x".repeat(48)}\nGROQ_API_KEY=gsk_${"X".repeat(52)}\n`,
  `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n      NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n    steps:\n      - run: npm publish\n`,
  `import Stripe from "stripe";\n\nconst stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });\nconst webhookSecret = process.env.STRIPE_WEBHOOK_SECRET ?? "";\n`,
  `import os\nfrom github import Github\n\ngh = Github(os.environ["GITHUB_TOKEN"])\nslack_token = os.getenv("SLACK_BOT_TOKEN")\n`,
  tool("config/app.yaml", `database:\n  host: db.prod.internal\n  password: vault:secret/data/prod/db#password\nstripe:\n  secret_key: vault:secret/data/prod/stripe#secret_key\n`),
  `Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUsername: admin\n      MasterUserPassword: '{{resolve:ssm-secure:/prod/db/master-password:3}}'\n`,
  `OPENAI_API_KEY="op://Engineering/OpenAI/credential"\nSTRIPE_SECRET_KEY="op://Engineering/Stripe Prod/secret key"\n`,
  `        env:\n        - name: ANTHROPIC_API_KEY\n          valueFrom:\n            secretKeyRef:\n              name: llm-keys\n              key: anthropic\n        - name: DATABASE_URL\n          valueFrom:\n            secretKeyRef: { name: db, key: url }\n`,
  `provider "cloudflare" {\n  api_token = var.cloudflare_api_token\n}\n\ndata "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/db/password"\n}\n`,
  `doppler run --project api --config prd -- node dist/server.js`,
  `docker run --rm -e OPENAI_API_KEY -e AWS_PROFILE=prod -v ~/.aws:/root/.aws:ro ghcr.io/acme/agent:2.1.0`,
  `# Create a token at https://github.com/settings/tokens and export it:\nexport GITHUB_TOKEN=ghp_${"X".repeat(36)}\n`,
  `SLACK_BOT_TOKEN=xoxb-your-bot-token\nSLACK_APP_TOKEN=xapp-your-app-level-token\n`,
  `## Configuring AWS\n\nSet \`AWS_ACCESS_KEY_ID\` (it looks like \`AKIA${"X".repeat(16)}\`) and \`AWS_SECRET_ACCESS_KEY\` in your shell profile.`,
  chat("Stripe secret keys start with `sk_live_` in live mode and `sk_test_` in test mode; restricted keys use `rk_live_`. How should I rotate them without downtime?"),
  `MONGODB_URI=mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/?retryWrites=true\n`,
  `function isPrivateKey(pem: string): boolean {\n  return pem.includes("${D}BEGIN ${PRIV}${D}") || pem.includes("${D}BEGIN RSA ${PRIV}${D}") || pem.includes("${D}BEGIN OPENSSH ${PRIV}${D}");\n}\n`,
  `curl -sS https://api.openai.com/v1/models -H "Authorization: Bearer $OPENAI_API_KEY"`,
  `GET {{baseUrl}}/v1/customers\nAuthorization: Bearer {{stripe_secret_key}}\nAccept: application/json\n`,
  `//registry.npmjs.org/:_authToken=\${NPM_TOKEN}\n@acme:registry=https://npm.pkg.github.com\n`,
  `sentry:\n  dsn: ""\n  authToken: ""\nopenai:\n  apiKey: ""   # set via OPENAI_API_KEY\n`,
  `export DATABASE_URL="postgres://\${DB_USER}:\${DB_PASSWORD}@\${DB_HOST}:5432/\${DB_NAME}"`,
  `const client = new Anthropic({ apiKey: await secrets.get("anthropic/api-key") });`,
  // masked
  `2026-03-14T09:21:07Z INFO using OpenAI key sk-proj-…x7Qa (project acme-prod), org org-${g.an(24)}`,
  `OPENAI_API_KEY=****************************************\nAWS_SECRET_ACCESS_KEY=[REDACTED]\n`,
  chat("The dashboard shows my key as `sk_live_...9xQz` and the restricted one as `rk_live_…Tb2L`. Which one should the worker use?"),
  `Run env:\n  GITHUB_TOKEN: ***\n  NPM_TOKEN: ***\n  NODE_AUTH_TOKEN: ***\n`,
  `$ aws configure list\n      Name                    Value             Type    Location\n      ----                    -----             ----    --------\n   profile                     prod           manual    --profile\naccess_key     ****************${g.s(4, A.b32)} shared-credentials-file\nsecret_key     ****************${g.an(4)} shared-credentials-file\n    region                eu-west-1      config-file    ~/.aws/config`,
  `{"id":"key_${g.an(12)}","name":"ci-deploy","partial_key":"sk-ant-api03-…${g.an(4)}","created_at":"2026-01-04T10:00:00Z","status":"active"}`,
  // digests / hashes
  `commit ${sha()}\nAuthor: Jane Doe <jane@acme.io>\nDate:   Tue Mar 10 14:02:11 2026 +0100\n\n    fix: retry on 429\n\ncommit ${sha()}\nMerge: ${g.hex(7)} ${g.hex(7)}\n`,
  `${s256()}  dist/agent-linux-amd64.tar.gz\n${s256()}  dist/agent-darwin-arm64.tar.gz\n`,
  `<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${sri(48)}" crossorigin="anonymous"></script>`,
  tool("package-lock.json", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: `sha512-${sri(64)}` }, "node_modules/ms": { version: "2.1.3", resolved: "https://registry.npmjs.org/ms/-/ms-2.1.3.tgz", integrity: `sha512-${sri(64)}` } } }, null, 2)),
  `FROM node:20-alpine@sha256:${s256()}\nRUN apk add --no-cache git\n`,
  `"@babel/core@npm:7.24.0":\n  version: 7.24.0\n  resolution: "@babel/core@npm:7.24.0"\n  checksum: 10c0/${g.hex(128)}\n`,
  `github.com/stretchr/testify v1.9.0 h1:${g.bytes64(32)}\ngithub.com/stretchr/testify v1.9.0/go.mod h1:${g.bytes64(32)}\n`,
  `[[package]]\nname = "serde"\nversion = "1.0.204"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${s256()}"\n`,
  `requests==2.32.3 \\\n    --hash=sha256:${s256()} \\\n    --hash=sha256:${s256()}\n`,
  `diff --git a/src/app.ts b/src/app.ts\nindex ${g.hex(7)}..${g.hex(7)} 100644\n--- a/src/app.ts\n+++ b/src/app.ts\n@@ -1,3 +1,3 @@\n-const retries = 2;\n+const retries = 3;\n`,
  `See https://github.com/acme/api/commit/${sha()} and https://github.com/acme/api/blob/${sha()}/src/auth.ts#L40`,
  `HTTP/1.1 200 OK\nETag: "${g.hex(32)}"\nCache-Control: max-age=3600\nX-Cache: HIT\n`,
  `version https://git-lfs.github.com/spec/v1\noid sha256:${s256()}\nsize 1048576\n`,
  `CONTAINER ID                                                       IMAGE          STATUS\n${g.hex(64)}   redis:7        Up 3 hours\n${g.hex(64)}   postgres:16    Up 3 hours`,
  `Certificate fingerprints:\n\t SHA1: ${Array.from({ length: 20 }, () => g.HEX(2)).join(":")}\n\t SHA256: ${Array.from({ length: 32 }, () => g.HEX(2)).join(":")}`,
  `npm notice shasum: ${sha()}\nnpm notice integrity: sha512-${sri(12)}[...]${g.an(6)}==\nnpm notice total files: 42`,
  // ids
  `HTTP/2 429\nx-request-id: ${g.uuid()}\nretry-after: 20\nrequest-id: req_${g.an(24)}\n`,
  `traceparent: 00-${g.hex(32)}-${g.hex(16)}-01\ntracestate: rojo=${g.hex(16)}`,
  `X-Amzn-Trace-Id: Root=1-${g.hex(8)}-${g.hex(24)};Parent=${g.hex(16)};Sampled=1\nx-amzn-RequestId: ${g.uuid()}`,
  JSON.stringify({ id: `pi_3${g.an(23)}`, object: "payment_intent", amount: 4900, currency: "usd", customer: `cus_${g.an(14)}`, latest_charge: `ch_3${g.an(23)}`, invoice: `in_1${g.an(23)}`, client_secret: null, status: "succeeded" }),
  JSON.stringify({ id: `msg_01${g.an(22)}`, type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: `toolu_01${g.an(22)}`, name: "bash", input: { command: "ls" } }], stop_reason: "tool_use", usage: { input_tokens: 812, output_tokens: 40 } }),
  JSON.stringify({ id: `chatcmpl-${g.an(29)}`, object: "chat.completion", created: 1767225600, model: "gpt-4.1-2025-04-14", system_fingerprint: `fp_${g.hex(10)}`, choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] }),
  JSON.stringify({ ok: true, channel: `C0${g.up(9)}`, ts: "1767225600.123456", message: { user: `U0${g.up(9)}`, team: `T0${g.up(8)}`, bot_id: `B0${g.up(9)}`, text: "deploy finished" } }),
  `{"event_id":"${g.hex(32)}","level":"error","release":"api@${g.hex(12)}","trace":{"trace_id":"${g.hex(32)}","span_id":"${g.hex(16)}"}}`,
  `arn:aws:iam::${g.dig(12)}:role/github-actions-deployer\narn:aws:lambda:eu-west-1:${g.dig(12)}:function:thumbnailer`,
  `<!-- Google tag (gtag.js) -->\n<script async src="https://www.googletagmanager.com/gtag/js?id=G-${g.up(10)}"></script>\n<script>gtag('config', 'G-${g.up(10)}');</script>`,
  `const fixtures = [\n  "${g.uuid()}",\n  "${g.uuid()}",\n  "${g.uuid()}",\n];\n`,
  `https://auth.acme.io/authorize?response_type=code&client_id=web-app&code_challenge=${g.s(43, B64URL)}&code_challenge_method=S256&state=${g.s(22, B64URL)}`,
  `require github.com/acme/lib v0.0.0-20260114093012-${g.hex(12)}`,
  // public keys / certs / publishable
  `const stripe = Stripe("${j("pk", "_live_", "51", g.an(97))}");\nconst elements = stripe.elements();`,
  `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} jane@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(512)} deploy@ci`,
  `resource "aws_key_pair" "deployer" {\n  key_name   = "deployer"\n  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} deployer"\n}\n`,
  `${D}BEGIN CERTIFICATE${D}\n${pemBody(1200, "MIIDdzCCAl+gAwIBAgIE")}\n${D}END CERTIFICATE${D}\n`,
  chat(`Is this public key in the right format for the JWT verifier?\n\n${D}BEGIN PUBLIC KEY${D}\n${pemBody(392, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA")}\n${D}END PUBLIC KEY${D}`),
  `${D}BEGIN PGP PUBLIC KEY BLOCK${D}\n\n${pemBody(900, "mQINBGX")}\n${D}END PGP PUBLIC KEY BLOCK${D}\n`,
  `# .sops.yaml\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: age1${g.s(58, A.bech.toLowerCase())}\n`,
  `[Peer]\nPublicKey = ${g.bytes64(32)}\nAllowedIPs = 10.8.0.0/24\nEndpoint = vpn.acme.io:51820\nPersistentKeepalive = 25\n`,
  JSON.stringify({ keys: [{ kty: "RSA", use: "sig", alg: "RS256", kid: g.hex(16), n: g.url(342), e: "AQAB" }] }),
  `NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=${j("pk", "_live_", b64of("clerk.acme.io$").replace(/=+$/, ""))}\nNEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=${j("pk", "_live_", "51", g.an(97))}\n`,
  // encoded non-secrets / code noise
  `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe${g.b64(600)}=" />`,
  `!function(e,t){"use strict";var n=e.${g.s(2, A.lo)}${g.an(6)},r=t.q${g.an(8)};function o(e){return e&&e.__esModule?e:{default:e}}var a=o(n),i=o(r);e.exports={a_${g.an(10)}:a,b_${g.an(10)}:i}}(window,document);`,
  `<div class="css-${g.lo(7)} e${g.lo(5)}0"><button class="_button_${g.s(5, A.lo + A.dig)}_1 _primary_${g.s(5, A.lo + A.dig)}_12 sc-${g.an(6)} ${g.an(6)}">Save</button></div>`,
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-settings\ntype: Opaque\ndata:\n  LOG_LEVEL: ${b64of("info")}\n  FEATURE_FLAGS: ${b64of("checkout_v2,new_nav")}\n  REGION: ${b64of("eu-west-1")}\n  CONFIG_JSON: ${b64of(JSON.stringify({ timeoutMs: 3000, retries: 3, endpoint: "https://api.acme.io" }))}\n`,
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nginx\nbinaryData:\n  favicon.ico: ${g.bytes64(96)}\n`,
  `@font-face{font-family:"Inter";src:url(data:font/woff2;base64,d09GMgABAAAAA${g.b64(400)}) format("woff2")}`,
  `<link rel="stylesheet" href="/assets/main.${g.hex(8)}.css"><script src="/assets/index-${g.s(8, B64URL)}.js" type="module"></script>`,
  `Content-Security-Policy: script-src 'self' 'nonce-${g.bytes64(16)}'; object-src 'none'`,
  `Set-Cookie: _ga=GA1.1.${g.dig(10)}.${g.dig(10)}; Path=/; Max-Age=63072000\nSet-Cookie: _ga_${g.up(10)}=GS1.1.${g.dig(10)}.3.1.${g.dig(10)}.0.0.0; Path=/`,
  `INSERT INTO uploads (id, sha256, mime, size) VALUES\n  ('${g.uuid()}', '${s256()}', 'image/png', 48213),\n  ('${g.uuid()}', '${s256()}', 'application/pdf', 118220);`,
  JSON.stringify({ cells: [{ cell_type: "code", execution_count: 1, metadata: {}, source: ["import hashlib\n", "hashlib.sha256(b'hello').hexdigest()\n"], outputs: [{ output_type: "execute_result", data: { "text/plain": [`'${s256()}'`] }, execution_count: 1, metadata: {} }] }], metadata: {}, nbformat: 4, nbformat_minor: 5 }),
  `Android keystore\nAlias name: upload\nSHA1: ${Array.from({ length: 20 }, () => g.HEX(2)).join(":")}\nSHA-256: ${Array.from({ length: 32 }, () => g.HEX(2)).join(":")}`,
  `const ALPHABET = "${ALNUM}";\nconst id = nanoid(); // e.g. "${g.s(21, B64URL)}"`,
  `{"wallet":"0x${g.hex(40)}","tx":"0x${g.hex(64)}","block":21938211}`,
];

export const cases: CorpusCase[] = texts.map((text, i) => ({
  id: `y3-b-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty3-benign",
  label: "benign",
  text,
}));
