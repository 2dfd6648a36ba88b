// Benign look-alikes: non-secret identifiers rotated through the renderers that do not imply a
// credential slot, plus handcrafted placeholders, references, encrypted blobs and public material.
import type { CorpusCase } from "../types.ts";
import { B64, Gen, HEX, renderers, type Spec } from "./_gen.ts";

const g = new Gen(0x40b3a1a7);
const P = (...parts: string[]) => parts.join("");
type M = (g: Gen) => string;
const S = (provider: string, env: string, make: M): Spec => ({ group: "benign", provider, env, make });
const ULID = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

const specs: Spec[] = [
  S("container image digest", "IMAGE_DIGEST", (g) => P("sha256:", g.h(64))),
  S("git commit SHA", "GIT_COMMIT_SHA", (g) => g.h(40)),
  S("build UUID", "BUILD_ID", (g) => g.uuid()),
  S("W3C trace id", "TRACE_ID", (g) => g.h(32)),
  S("OTel span id", "SPAN_ID", (g) => g.h(16)),
  S("traceparent header value", "TRACEPARENT", (g) => P("00-", g.h(32), "-", g.h(16), "-01")),
  S("Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (g) => P("p", "k_live_", "51", g.a(97))),
  S("Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => P("cus_", g.a(14))),
  S("Stripe payment intent id", "PAYMENT_INTENT_ID", (g) => P("pi_", "3", g.a(23))),
  S("Stripe price id", "STRIPE_PRICE_ID", (g) => P("price_", "1", g.a(23))),
  S("OpenAI completion id", "LAST_COMPLETION_ID", (g) => P("chatcmpl-", g.a(29))),
  S("OpenAI organization id", "OPENAI_ORG_ID", (g) => P("org-", g.a(24))),
  S("OpenAI assistant id", "ASSISTANT_ID", (g) => P("asst_", g.a(24))),
  S("Anthropic message id", "LAST_MESSAGE_ID", (g) => P("msg_01", g.a(22))),
  S("Anthropic request id", "REQUEST_ID", (g) => P("req_01", g.a(22))),
  S("npm lockfile integrity", "PACKAGE_INTEGRITY", (g) => P("sha512-", g.b64(86), "==")),
  S("release tarball checksum", "TARBALL_SHA256", (g) => g.h(64)),
  S("Sentry release", "SENTRY_RELEASE", (g) => P("api@", g.h(40))),
  S("Slack channel id", "SLACK_CHANNEL_ID", (g) => P("C0", g.u(9))),
  S("AWS account id", "AWS_ACCOUNT_ID", (g) => g.d(12)),
  S("KMS key ARN", "KMS_KEY_ARN", (g) => P("arn:aws:kms:us-east-1:", g.d(12), ":key/", g.uuid())),
  S("IAM role ARN", "DEPLOY_ROLE_ARN", (g) => P("arn:aws:iam::", g.d(12), ":role/gha-deploy-", g.l(6))),
  S("Azure tenant id", "AZURE_TENANT_ID", (g) => g.uuid()),
  S("Azure subscription id", "AZURE_SUBSCRIPTION_ID", (g) => g.uuid()),
  S("Vercel project id", "VERCEL_PROJECT_ID", (g) => P("prj_", g.a(28))),
  S("Vercel deployment id", "VERCEL_DEPLOYMENT_ID", (g) => P("dpl_", g.a(28))),
  S("Notion database id", "NOTION_DATABASE_ID", (g) => g.h(32)),
  S("Airtable base id", "AIRTABLE_BASE_ID", (g) => P("app", g.a(14))),
  S("Twilio message SID", "LAST_MESSAGE_SID", (g) => P("SM", g.h(32))),
  S("MongoDB ObjectId", "DEFAULT_TENANT_OID", (g) => g.h(24)),
  S("ULID event id", "EVENT_ID", (g) => P("01J", g.str(23, ULID))),
  S("SSH host key fingerprint", "HOST_FINGERPRINT", (g) => P("SHA256:", g.b64(43))),
  S("GPG key fingerprint", "GPG_FINGERPRINT", (g) => g.H(40)),
  S("CloudFront distribution id", "CF_DISTRIBUTION_ID", (g) => P("E", g.u(13))),
  S("GitHub Actions run id", "GITHUB_RUN_ID", (g) => g.d(11)),
  S("Docker image id", "IMAGE_ID", (g) => g.h(12)),
  S("Ethereum contract address", "CONTRACT_ADDRESS", (g) => P("0x", g.h(40))),
  S("IPFS CID", "ASSET_CID", (g) => P("bafybei", g.str(52, "abcdefghijklmnopqrstuvwxyz234567"))),
  S("Figma file key", "FIGMA_FILE_KEY", (g) => g.a(22)),
  S("Google Analytics measurement id", "GA_MEASUREMENT_ID", (g) => P("G-", g.u(10))),
  S("Cosign bundle digest", "SIGNATURE_DIGEST", (g) => P("sha384:", g.h(96))),
  S("HTTP ETag", "CACHED_ETAG", (g) => P('W/\\"', g.h(32), '\\"').replace(/\\/g, "")),
  S("age public key", "SOPS_AGE_RECIPIENTS", (g) => P("age1", g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"))),
  S("WireGuard peer public key", "WG_PEER_PUBLIC_KEY", (g) => g.b64(42) + "A="),
  S("Kubernetes UID", "POD_UID", (g) => g.uuid()),
  S("Datadog monitor id", "DD_MONITOR_ID", (g) => g.d(9)),
  S("Content hash of bundle", "ASSET_HASH", (g) => g.l(20)),
  S("Subresource integrity", "SRI_HASH", (g) => P("sha384-", g.b64(64))),
];

// renderers that do not themselves imply a credential slot
const OK = [0, 1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13, 14, 19, 20, 21, 23, 24, 25, 26, 27, 29, 31, 33, 34];
const rotated: CorpusCase[] = [];
let n = 0;
for (let rep = 0; rep < 2; rep++) {
  for (const s of specs) {
    if (rep === 1 && n % 4 !== 0) { n++; continue; }
    const r = renderers[OK[(n * 5 + rep) % OK.length]!]!;
    n++;
    rotated.push({
      id: `y40-b-${String(rotated.length + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: "heldouty40-benign",
      label: "benign",
      text: r.fn(s.make(g), s, g),
      note: `${s.provider} (${s.env}) in ${r.name}`,
    });
  }
}
void HEX; void B64;

const png = P("iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA", g.b64(300), "AAAAAElFTkSuQmCC");
const hc: Array<[string, string]> = [
  ["masked OpenAI key in chat body", `{"messages":[{"role":"user","content":"I rotated the key, the dashboard now shows sk-proj-...${g.a(4)} and the old one sk-...XXXX is revoked. Still 401?"}]}`],
  ["placeholder .env.example via write_file", `{"type":"tool_use","id":"toolu_01${g.a(22)}","name":"write_file","input":{"path":".env.example","content":"OPENAI_API_KEY=<your-openai-key>\\nSTRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx\\nGITHUB_TOKEN=ghp_your_token_here\\nDATABASE_URL=postgres://user:password@localhost:5432/app\\n"}}`],
  ["env var references in docker-compose", `services:\n  api:\n    image: ghcr.io/acme/api@sha256:${g.h(64)}\n    environment:\n      OPENAI_API_KEY: \${OPENAI_API_KEY}\n      STRIPE_SECRET_KEY: \${STRIPE_SECRET_KEY:?missing}\n      DATABASE_URL: \${DATABASE_URL}`],
  ["GitHub Actions secrets expressions", `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n    steps:\n      - uses: actions/checkout@${g.h(40)} # v4.2.2`],
  ["CI log with masked secrets", `2026-12-05T21:40:01.000Z Run ./deploy.sh\n2026-12-05T21:40:01.100Z   NPM_TOKEN: ***\n2026-12-05T21:40:01.100Z   SLACK_WEBHOOK_URL: ***\n2026-12-05T21:40:02.000Z Published @acme/sdk@4.1.0 (integrity sha512-${g.b64(86)}==)`],
  ["1Password references in .env", `OPENAI_API_KEY="op://Engineering/OpenAI/credential"\nSTRIPE_SECRET_KEY="op://Engineering/Stripe Live/secret key"\nDATABASE_URL="op://Prod/Postgres/connection string"`],
  ["Vault / SSM / Secrets Manager references in config", `secrets:\n  openai: vault:secret/data/prod/openai#api_key\n  stripe: arn:aws:secretsmanager:us-east-1:${g.d(12)}:secret:prod/stripe-${g.a(6)}\n  db: ssm:/prod/api/DATABASE_URL\n  slack: "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/slack-bot/${g.h(32)})"`],
  ["SOPS-encrypted YAML", `api_key: ENC[AES256_GCM,data:${g.b64(52)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\ndb_password: ENC[AES256_GCM,data:${g.b64(24)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n  age:\n    - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        ${g.b64(64)}\n        ${g.b64(40)}\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: "2026-11-30T10:12:44Z"\n  mac: ENC[AES256_GCM,data:${g.b64(88)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n  version: 3.9.1`],
  ["Bitnami SealedSecret", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    OPENAI_API_KEY: AgB${g.b64(340)}==\n    DATABASE_URL: AgC${g.b64(380)}=`],
  ["ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 8 }, () => g.h(80)).join("\n")}`],
  ["PEM certificate in tool result", `{"jsonrpc":"2.0","id":4,"result":{"content":[{"type":"text","text":${JSON.stringify(g.pem("CERTIFICATE", 14))}}]}}`],
  ["PEM public key in JS verifier", `const PUBLIC_KEY = \`${g.pem("PUBLIC KEY", 6)}\`;\n\nexport const verify = (sig, body) => crypto.verify("sha256", body, PUBLIC_KEY, sig);`],
  ["SSH public key in authorized_keys via shell", `echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} deploy@ci' >> ~/.ssh/authorized_keys`],
  ["SSH RSA public key in cloud-init", `#cloud-config\nusers:\n  - name: ops\n    ssh_authorized_keys:\n      - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.b64(500)}= ops@laptop`],
  ["base64 PNG data URI in HTML", `<img alt="logo" width="16" height="16" src="data:image/png;base64,${png}">`],
  ["base64 PNG in chat body", `{"messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"${png}"}},{"type":"text","text":"what is this icon?"}]}]}`],
  ["minified JS bundle", `!function(e,t){"use strict";var n="${g.h(32)}",r=function(e){return e.replace(/[A-Z]/g,"")};t.h=function(o){for(var i=0,a=0;a<o.length;a++)i=(i<<5)-i+o.charCodeAt(a)|0;return n.slice(0,8)+i.toString(36)},t.k=r("${g.l(12)}")}(window,window.__m||{});`],
  ["CSS with hashed class names", `.css-${g.l(6)}{display:flex;align-items:center}\n.Button_root__${g.a(5)}{padding:8px 12px;background:#${g.h(6)}}\n.sc-${g.a(6)}-0.${g.a(6)}{color:#${g.h(6)};font:500 14px/1.4 Inter,sans-serif}\n@font-face{font-family:Inter;src:url(/_next/static/media/${g.h(32)}.woff2) format("woff2")}`],
  ["package-lock integrity entries", `"node_modules/lodash": {\n  "version": "4.17.21",\n  "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n  "integrity": "sha512-${g.b64(86)}=="\n},\n"node_modules/zod": {\n  "version": "3.23.8",\n  "resolved": "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz",\n  "integrity": "sha512-${g.b64(86)}=="\n}`],
  ["SRI script tag", `<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${g.b64(64)}" crossorigin="anonymous"></script>`],
  ["k8s Secret with non-secret data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("search,beta-ui").toString("base64")}`],
  ["git log with SHAs", `$ git log --oneline -5\n${Array.from({ length: 5 }, (_, i) => g.h(7) + " " + ["fix: retry on 429", "chore: bump deps", "feat: add export", "docs: readme", "test: flaky sync"][i]).join("\n")}\n$ git rev-parse HEAD\n${g.h(40)}`],
  ["docker pull output with digests", `$ docker pull ghcr.io/acme/api:1.18.3\n1.18.3: Pulling from acme/api\n${g.h(12)}: Pull complete\n${g.h(12)}: Pull complete\nDigest: sha256:${g.h(64)}\nStatus: Downloaded newer image for ghcr.io/acme/api:1.18.3`],
  ["Terraform plan with sensitive values", `  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "db-${g.u(26)}"\n      ~ password = (sensitive value)\n        tags     = { "commit" = "${g.h(40)}" }\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.`],
  ["OpenAI response body with ids", `{"id":"chatcmpl-${g.a(29)}","object":"chat.completion","created":1764970000,"model":"gpt-4o-2024-08-06","system_fingerprint":"fp_${g.h(10)}","choices":[{"index":0,"message":{"role":"assistant","content":"Done."},"finish_reason":"stop"}],"usage":{"prompt_tokens":812,"completion_tokens":3}}`],
  ["Anthropic response headers", `HTTP/2 200\ncontent-type: application/json\nrequest-id: req_01${g.a(22)}\nanthropic-organization-id: ${g.uuid()}\ncf-ray: ${g.h(16)}-FRA\nx-envoy-upstream-service-time: 2210`],
  ["Stripe webhook event payload (ids only)", `{"id":"evt_1${g.a(23)}","object":"event","type":"payment_intent.succeeded","data":{"object":{"id":"pi_3${g.a(23)}","customer":"cus_${g.a(14)}","payment_method":"pm_1${g.a(23)}","latest_charge":"ch_3${g.a(23)}"}}}`],
  ["JWKS public key set", `{"keys":[{"kty":"RSA","use":"sig","kid":"${g.h(40)}","alg":"RS256","e":"AQAB","n":"${g.b64(342).replace(/\+/g, "-").replace(/\//g, "_")}"}]}`],
  ["Python hashlib output in notebook", `{"cell_type":"code","execution_count":7,"outputs":[{"name":"stdout","output_type":"stream","text":["sha256: ${g.h(64)}\\n","md5: ${g.h(32)}\\n"]}],"source":["print('sha256:', hashlib.sha256(data).hexdigest())\\n"]}`],
  ["placeholder key in Markdown README", "## Configuration\n\nSet `ANTHROPIC_API_KEY` to your key (it starts with `sk-ant-`):\n\n```bash\nexport ANTHROPIC_API_KEY=\"sk-ant-...\"\nexport STRIPE_SECRET_KEY=\"<stripe-secret-key>\"\n```"],
  ["redacted token in crash log", `Traceback (most recent call last):\n  File "/app/main.py", line 12, in <module>\n    client = Client(api_key=settings.api_key)\nValueError: invalid api key 'sk-****************************${g.a(4)}' (request id req_${g.a(24)})`],
  ["SQL query with UUID and ObjectId filters", `SELECT id, email, created_at\nFROM users\nWHERE id = '${g.uuid()}'\n  AND tenant_id = '${g.h(24)}';\n-- explain analyze: ${g.h(16)}`],
  ["diff bumping action pins", `--- a/.github/workflows/ci.yml\n+++ b/.github/workflows/ci.yml\n@@ -10,7 +10,7 @@\n-      - uses: actions/setup-node@${g.h(40)} # v4.0.3\n+      - uses: actions/setup-node@${g.h(40)} # v4.1.0\n       - run: npm ci`],
  ["go.sum lines", `github.com/google/uuid v1.6.0 h1:${g.b64(43)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.b64(43)}=\ngolang.org/x/crypto v0.29.0 h1:${g.b64(43)}=`],
  ["Cargo.lock checksum", `[[package]]\nname = "serde"\nversion = "1.0.215"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"`],
  ["env placeholder with template var", `[integrations.openai]\napi_key = "{{ .Values.openai.apiKey }}"\norg = "org-${g.a(24)}"\n[integrations.sentry]\nrelease = "${g.h(40)}"`],
  ["CSP nonce and hash header", `Content-Security-Policy: default-src 'self'; script-src 'self' 'nonce-${g.b64(22)}==' 'sha256-${g.b64(43)}='; object-src 'none'`],
  ["Kubernetes ExternalSecret reference", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: OPENAI_API_KEY\n      remoteRef:\n        key: prod/api/openai\n        property: api_key`],
  ["Ethereum tx hash in chat", `the deploy tx went through: 0x${g.h(64)} — contract at 0x${g.h(40)}, can you verify it on etherscan?`],
  ["AWS example-style all-X placeholder in docs", "```ini\n[default]\naws_access_key_id = AKIAXXXXXXXXXXXXXXXX\naws_secret_access_key = xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n```\nReplace the X's with your own values."],
];

const handcrafted: CorpusCase[] = hc.map(([note, text], i) => ({
  id: `y40-bk-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty40-benign",
  label: "benign",
  text,
  note,
}));

export const cases: CorpusCase[] = [...rotated, ...handcrafted];
