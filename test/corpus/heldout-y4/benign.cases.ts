// heldout-y4: hard benign look-alikes from the same families (placeholders, references, masked values,
// digests, ids, public keys, certificates, minified code, CSS, lockfiles, non-secret k8s data).
import type { CorpusCase } from "../types.ts";
import { mk, j, b64, b64url, B32 } from "./_gen.ts";

const g = mk(0xb3e7);
const sha1 = () => g.hex(40);
const sha256 = () => g.hex(64);
const cert = () => g.pem("CERTIFICATE", 18, "MIIDdzCCAl+gAwIBAgIU");
const pub = () => g.pem("PUBLIC KEY", 6, "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA");

const texts: string[] = [
  // placeholders
  `OPENAI_API_KEY=<YOUR_OPENAI_API_KEY>\nANTHROPIC_API_KEY=<your-anthropic-key>`,
  `export GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`,
  `STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX  # replace with your key`,
  `const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });`,
  `api_key = os.environ["ANTHROPIC_API_KEY"]`,
  `      env:\n        NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n        AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}`,
  `aws_secret_access_key = {{ vault "secret/data/aws#secret_key" }}`,
  `DATABASE_URL=op://Production/Postgres/connection-url\nSTRIPE_KEY=op://Production/Stripe/credential`,
  `SLACK_BOT_TOKEN=arn:aws:ssm:us-east-1:123456789012:parameter/prod/slack/bot-token`,
  `password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256`,
  `SENDGRID_API_KEY="SG.your_key_here"`,
  `twilio:\n  auth_token: "\${TWILIO_AUTH_TOKEN}"\n  account_sid: "\${TWILIO_ACCOUNT_SID}"`,
  `JWT_SECRET=changeme`,
  `DATABASE_URL=postgresql://user:password@localhost:5432/mydb`,
  `mongodb+srv://<username>:<password>@cluster0.mongodb.net/?retryWrites=true`,
  `export HF_TOKEN=hf_...  # paste your Hugging Face token`,
  `Set \`GROQ_API_KEY\` in your shell, e.g. \`export GROQ_API_KEY=gsk_...\`, then run \`pnpm dev\`.`,
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  API_KEY: REPLACE_ME\n  DB_PASSWORD: REPLACE_ME`,
  `datadog_api_key = var.datadog_api_key\ndatadog_app_key = data.aws_secretsmanager_secret_version.dd.secret_string`,
  `-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----`,
  `AZURE_CLIENT_SECRET=@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/client-secret/)`,
  `token: "{{ lookup('hashi_vault', 'secret=secret/data/gitlab:token') }}"`,
  // masked
  `Using API key sk-proj-...${g.an(4)} (masked)`,
  `INFO auth ok key=sk-ant-****************************${g.an(4)}`,
  `GITHUB_TOKEN=ghp_************************************`,
  `Stripe key: sk_live_••••••••••••${g.an(4)}`,
  `aws_secret_access_key = ****************************************`,
  `{"api_key":"[REDACTED]","user":"dev@acme.io"}`,
  `AKIA****************  last used 2025-03-01 (us-east-1)`,
  // digests / hashes
  `commit ${sha1()}\nAuthor: Dev <dev@acme.io>\nDate:   Tue Mar 4 10:12:00 2025 +0000\n\n    fix: retry on 429`,
  `sha256:${sha256()}`,
  `FROM node:20-alpine@sha256:${sha256()}`,
  `<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.3/dist/js/bootstrap.bundle.min.js" integrity="sha384-${g.b64(64)}" crossorigin="anonymous"></script>`,
  `"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-${g.b64(86)}=="\n}`,
  `lodash@^4.17.21:\n  version "4.17.21"\n  resolved "https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#${sha1()}"\n  integrity sha512-${g.b64(86)}==`,
  `requests==2.32.3 \\\n    --hash=sha256:${sha256()} \\\n    --hash=sha256:${sha256()}`,
  `${sha256()}  terraform_1.9.5_linux_amd64.zip`,
  `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${sha256()}"`,
  `golang.org/x/net v0.28.0 h1:${g.b64(43)}=\ngolang.org/x/net v0.28.0/go.mod h1:${g.b64(43)}=`,
  `ETag: "${g.hex(32)}"`,
  `Merge pull request #4821 from acme/feat/billing (${sha1().slice(0, 12)})`,
  `md5(${JSON.stringify("report.csv")}) = ${g.hex(32)}`,
  `{"object":"blob","sha":"${sha1()}","size":2048,"url":"https://api.github.com/repos/acme/app/git/blobs/${sha1()}"}`,
  // ids
  `request_id=${g.uuid()} trace_id=${g.hex(32)} span_id=${g.hex(16)} status=200`,
  `traceparent: 00-${g.hex(32)}-${g.hex(16)}-01`,
  `{"id":"cus_${g.an(14)}","object":"customer","email":"jane@example.com"}`,
  `{"id":"pi_${g.an(24)}","object":"payment_intent","amount":2000,"currency":"usd","customer":"cus_${g.an(14)}","latest_charge":"ch_${g.an(24)}"}`,
  `{"id":"msg_01${g.an(22)}","type":"message","role":"assistant","model":"claude-sonnet-4-5","stop_reason":"end_turn"}`,
  `{"id":"chatcmpl-${g.an(29)}","object":"chat.completion","created":1735689600,"model":"gpt-4o-2024-08-06"}`,
  `x-request-id: req_${g.hex(32)}`,
  `Uploaded file file-${g.an(24)} to vector store vs_${g.an(24)}`,
  `Slack channel C${g.anu(10)} in workspace T${g.anu(10)}, thread ts 1735689600.${g.dig(6)}`,
  `x-amz-request-id: ${g.anu(16)}\nx-amz-id-2: ${g.b64(76)}`,
  `cf-ray: ${g.hex(16)}-FRA`,
  `Sentry event ${g.hex(32)} captured`,
  `ObjectId("${g.hex(24)}")`,
  `{"workflow_run_id": ${g.dig(11)}, "check_suite_node_id": "CS_kwDO${g.b64u(16)}"}`,
  `arn:aws:iam::${g.dig(12)}:role/github-actions-deployer`,
  `ulid=01${g.s(24, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")} ksuid=${g.an(27)}`,
  `dns TXT google-site-verification=${g.b64u(43)}`,
  // public keys / publishable / certs
  `const stripe = Stripe("pk_live_${g.an(99)}");`,
  `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} dev@laptop`,
  `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(360)} deploy@ci`,
  cert(),
  pub(),
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ca-bundle\ndata:\n  ca.crt: |\n${cert().split("\n").map((l) => "    " + l).join("\n")}`,
  `[Peer]\nPublicKey = ${g.b64(43)}=\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 10.8.0.0/24`,
  `age recipient: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}`,
  `{"kty":"RSA","kid":"${g.hex(16)}","use":"sig","alg":"RS256","n":"${g.b64u(342)}","e":"AQAB"}`,
  `NEXT_PUBLIC_SUPABASE_URL=https://qwertyuiopasdfgh.supabase.co\nNEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY=sb_publishable_${g.b64u(31)}`,
  // base64 images / minified / css
  `<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAA${g.b64(400)}=" />`,
  `background-image: url("data:image/svg+xml;base64,${b64('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 2L2 22h20L12 2z"/></svg>')}");`,
  `!function(e,t){"object"==typeof exports?module.exports=t():e.${g.s(1, "abcdefghijklmnopqrstuvwxyz")}${g.an(31)}=t()}(this,function(){var n=${g.dig(5)};return n+1})`,
  `<div class="css-${g.anl(6)} e1${g.anl(6)}0 sc-${g.an(6)} ${g.an(6)}"><span class="_${g.b64u(22)}">Hello</span></div>`,
  `.${"jsx-" + g.dig(10)} .btn_${g.an(5)}__${g.b64u(20)} { color: #${g.hex(6)}; }`,
  `webpackChunk_N_E.push([[${g.dig(3)}],{${g.dig(5)}:function(e,t,n){"use strict";n.d(t,{Z:function(){return ${g.s(1, "abcdefghijklmnopqrstuvwxyz")}}});var r=n(${g.dig(5)}),o=n.n(r)}}])`,
  `//# sourceMappingURL=data:application/json;base64,${b64(JSON.stringify({ version: 3, sources: ["src/index.ts"], names: [], mappings: g.s(80, "ACEGIKMOQSUWYacegikmoqsuwy;,") }))}`,
  // k8s non-secret base64
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${b64("info")}\n  REGION: ${b64("eu-west-1")}\n  FEATURE_FLAGS: ${b64("checkout_v2,dark_mode")}`,
  `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-conn\ntype: Opaque\ndata:\n  DB_HOST: ${b64("postgres.prod.svc.cluster.local")}\n  DB_PORT: ${b64("5432")}\n  DB_NAME: ${b64("orders")}`,
  // other lookalikes
  `const CACHE_KEY = "v2:" + "${g.hex(40)}";  // content hash of the build manifest`,
  `Your verification code is ${g.dig(6)}. It expires in 10 minutes.`,
  `nonce-${g.b64(22)}==`,
  `Content-Security-Policy: script-src 'self' 'nonce-${g.b64(22)}==' 'sha256-${g.b64(43)}='`,
  `{"props":{"pageProps":{}},"page":"/","buildId":"${g.b64u(21)}","isFallback":false}`,
  `TOTP otpauth URI example from docs: see RFC 6238 test vectors`,
  `git push origin ${sha1()}:refs/heads/release/2025.03`,
  `IPFS: bafybei${g.s(52, B32.toLowerCase())}`,
  `ethereum tx 0x${sha256()} from 0x${g.hex(40)}`,
  `jwks_uri: https://acme.us.auth0.com/.well-known/jwks.json\nclient_id: ${g.an(32)}\nresponse_type: code`,
  `Idempotency-Key: ${g.uuid()}`,
  `header ${b64url(JSON.stringify({ alg: "RS256", kid: g.hex(8) }))} is the JWT header, payload and signature omitted`,
];
void j;

export const cases: CorpusCase[] = texts.map((text, i) => ({
  id: `y4-b-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty4-benign",
  label: "benign",
  text,
}));
