// Benign look-alikes in the same contexts as the positives (heldout-y64): digests, ids, public
// material, placeholders, references, encrypted blobs. Values are drawn at run time like the positives.
import type { CorpusCase } from "../types.ts";
import { ALNUM, B64, DIG, Gen, HEX, LOWNUM, UP, UPNUM, URLSAFE, j } from "./_gen.ts";

const g = new Gen(0x64c0_0003);
const out: CorpusCase[] = [];
const add = (note: string, text: string) =>
  out.push({ id: `y64-b-${String(out.length + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty64-benign", label: "benign", text, note });

const sha1 = () => g.s(40, HEX);
const sha256 = () => g.s(64, HEX);
const PEM = (label: string, lines: number) => {
  const body: string[] = [];
  for (let i = 0; i < lines; i++) body.push(g.b64(48));
  return `-----BEGIN ${label}-----\n${body.join("\n")}\n${g.b64(20)}\n-----END ${label}-----`;
};
const chat = (content: string) => `{"model":"claude-sonnet-4-5","max_tokens":2048,"messages":[{"role":"user","content":${j(content)}}]}`;

for (let k = 0; k < 3; k++) {
  // --- hashes, SHAs, digests
  add("git commit SHAs in a git log pasted into a chat body", chat(`what broke between these?\n\ncommit ${sha1()}\nAuthor: Dana <dana@acme.io>\n\n    fix retry loop\n\ncommit ${sha1()}\nAuthor: Lee <lee@acme.io>\n\n    bump deps`));
  add("docker image digest in a k8s Deployment", `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api@sha256:${sha256()}\n          env:\n            - name: LOG_LEVEL\n              value: info\n`);
  add("npm lockfile integrity (SRI sha512)", `    "node_modules/lodash": {\n      "version": "4.17.21",\n      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n      "integrity": "sha512-${g.b64(64)}"\n    },`);
  add("sha256sum output in a CI log", `${g.ts()} $ sha256sum dist/*.tar.gz\n${g.ts()} ${sha256()}  dist/cli-linux-amd64.tar.gz\n${g.ts()} ${sha256()}  dist/cli-darwin-arm64.tar.gz`);
  add("Go go.sum h1 hashes", `github.com/stretchr/testify v1.9.0 h1:${g.b64(32)}\ngithub.com/stretchr/testify v1.9.0/go.mod h1:${g.b64(32)}`);
  // --- UUIDs, request/trace ids
  add("request and trace ids in a JSON log line", JSON.stringify({ level: "error", ts: g.ts(), msg: "upstream 502", request_id: g.uuid(), trace_id: g.s(32, HEX), span_id: g.s(16, HEX) }));
  add("W3C traceparent and x-request-id headers in a raw HTTP request", `GET /v1/orders?limit=20 HTTP/1.1\r\nHost: api.acme.io\r\ntraceparent: 00-${g.s(32, HEX)}-${g.s(16, HEX)}-01\r\nx-request-id: ${g.uuid()}\r\nx-amzn-trace-id: Root=1-${g.s(8, HEX)}-${g.s(24, HEX)}\r\nAccept: application/json\r\n\r\n`);
  add("UUID primary keys in a SQL insert", `INSERT INTO tenants (id, name, owner_id) VALUES\n  ('${g.uuid()}', 'acme', '${g.uuid()}'),\n  ('${g.uuid()}', 'globex', '${g.uuid()}');`);
  // --- vendor object ids
  add("Stripe object ids (cus_, pi_, ch_) in an MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: JSON.stringify({ customer: "cus_" + g.s(14), payment_intent: "pi_" + g.s(24), latest_charge: "ch_" + g.s(24), status: "succeeded" }) }] } }));
  add("OpenAI/Anthropic response ids (chatcmpl-, msg_, req_)", `{"id":"chatcmpl-${g.s(29)}","object":"chat.completion","created":17${g.s(8, DIG)},"model":"gpt-4.1","choices":[]}\n{"id":"msg_01${g.s(22)}","type":"message","role":"assistant","content":[]}\nrequest-id: req_${g.s(24)}`);
  add("AWS ARNs and instance ids in a terraform plan", `  # aws_instance.web will be updated in-place\n  ~ resource "aws_instance" "web" {\n        id   = "i-${g.s(17, HEX)}"\n        arn  = "arn:aws:ec2:us-east-1:${g.s(12, DIG)}:instance/i-${g.s(17, HEX)}"\n      ~ tags = { "Name" = "web-1" -> "web-2" }\n        subnet_id = "subnet-${g.s(17, HEX)}"\n    }`);
  add("Slack channel/user ids in a chat message payload", JSON.stringify({ channel: "C0" + g.s(9, UPNUM), user: "U0" + g.s(9, UPNUM), text: "deploy finished :white_check_mark:", thread_ts: `17${g.s(8, DIG)}.${g.s(6, DIG)}`, team: "T0" + g.s(9, UPNUM) }));
  add("GitHub Actions run/job ids and node ids", `{"id":${g.s(10, DIG)},"node_id":"WFR_kwLO${g.s(20, URLSAFE)}","head_sha":"${sha1()}","run_attempt":1,"status":"completed"}`);
  // --- publishable / public
  add("Stripe publishable key in front-end config", `// src/stripe.ts (browser bundle)\nimport { loadStripe } from "@stripe/stripe-js";\nexport const stripePromise = loadStripe("${"pk"}_live_${g.s(99)}");`);
  add("SSH public key in authorized_keys written by a tool call", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.s(22), name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(24)} dana@laptop\nssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ${g.b64(200)} ci@runner\n` } }));
  add("PEM certificate in a YAML config", `tls:\n  ca_cert: |\n${PEM("CERTIFICATE", 6).split("\n").map((l) => "    " + l).join("\n")}\n`);
  add("PEM public key in a JWT verifier config", `JWT_PUBLIC_KEY="${PEM("PUBLIC KEY", 5).replace(/\n/g, "\\n")}"\nJWT_ISSUER=https://auth.acme.io/`);
  add("PGP public key block in Markdown docs", `## Verifying releases\n\nImport our signing key:\n\n\`\`\`\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${g.b64(48)}\n${g.b64(48)}\n${g.b64(30)}\n=${g.s(4, ALNUM)}\n-----END PGP PUBLIC KEY BLOCK-----\n\`\`\``);
  // --- placeholders and masks
  add("masked key in a CLI listing", `$ openai api keys list\nNAME        KEY                  CREATED\nci-bot      sk-...${g.s(4)}             2026-03-02\nlaptop      sk-proj-****${g.s(4)}        2026-05-19`);
  add("placeholder values in a .env.example", `# copy to .env and fill in\nOPENAI_API_KEY=<your-openai-key>\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app`);
  add("env var interpolation in docker-compose", `services:\n  api:\n    image: acme/api:${g.int(9)}.${g.int(9)}\n    environment:\n      ANTHROPIC_API_KEY: \${ANTHROPIC_API_KEY}\n      AWS_SECRET_ACCESS_KEY: \${AWS_SECRET_ACCESS_KEY:?missing}\n      REDIS_URL: redis://redis:6379/0`);
  add("redacted token in a CI log", `${g.ts()} Run npm publish\n${g.ts()}   NODE_AUTH_TOKEN: ***\n${g.ts()} npm notice Publishing to https://registry.npmjs.org/ with tag latest\n${g.ts()} + @acme/sdk@${g.int(9)}.${g.int(20)}.${g.int(9)}`);
  // --- secret-manager references
  add("GitHub Actions secrets references in a workflow", `    steps:\n      - run: ./deploy.sh\n        env:\n          AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}\n          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          STRIPE_KEY: \${{ secrets.STRIPE_LIVE_KEY }}`);
  add("Vault / 1Password / SSM references in config", `database:\n  password: vault:secret/data/prod/db#password\nstripe:\n  secret_key: op://Production/Stripe/credential\nopenai:\n  api_key: '{{resolve:ssm-secure:/prod/openai/api_key:${1 + g.int(9)}}}'\nazure:\n  key: "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/storage-key/${g.s(32, HEX)})"`);
  add("k8s ExternalSecret referencing a store", `apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: api-keys\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: OPENAI_API_KEY\n      remoteRef:\n        key: prod/api/openai\n        property: api_key`);
  // --- encrypted blobs
  add("SOPS-encrypted YAML values", `stripe_secret_key: ENC[AES256_GCM,data:${g.b64(60)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]\nsops:\n  age:\n    - recipient: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        ${g.b64(48)}\n        ${g.b64(30)}\n        -----END AGE ENCRYPTED FILE-----\n  mac: ENC[AES256_GCM,data:${g.b64(64)},iv:${g.b64(32)},tag:${g.b64(16)},type:str]`);
  add("Bitnami SealedSecret encryptedData", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\nspec:\n  encryptedData:\n    OPENAI_API_KEY: Ag${g.b64(300)}\n`);
  add("ansible-vault encrypted variable", `db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ${g.s(80, HEX)}\n  ${g.s(80, HEX)}\n  ${g.s(80, HEX)}\n  ${g.s(40, HEX)}`);
  // --- minified code, CSS, images
  add("minified JS bundle chunk", `!function(e,t){"object"==typeof exports?module.exports=t():e.${g.s(6, "abcdefgh")}=t()}(this,function(){var e="${g.s(40, ALNUM)}",t=function(n){return n.split("").map(function(r,o){return e.charCodeAt(o%${g.int(40) + 1})^r.charCodeAt(0)})};return{h:t,v:"${g.int(9)}.${g.int(9)}.${g.int(9)}"}});`);
  add("CSS modules class names and font hash", `.Button_root__${g.s(5, URLSAFE)}{display:inline-flex;padding:8px 12px}\n.Button_primary__${g.s(5, URLSAFE)}{background:#${g.s(6, HEX)};color:#fff}\n@font-face{font-family:Inter;src:url(/_next/static/media/inter.${g.s(20, HEX)}.woff2) format("woff2")}`);
  add("base64 PNG data URI in HTML", `<img alt="logo" width="32" height="32" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64(180)}" />`);
  add("webpack chunk manifest with content hashes", JSON.stringify({ "main.js": `/static/js/main.${g.s(8, HEX)}.js`, "vendor.js": `/static/js/vendor.${g.s(8, HEX)}.js`, "runtime.js": `/static/js/runtime.${g.s(20, HEX)}.js` }, null, 2));
}

// handcrafted extra look-alikes (one each)
add("Twilio Account SID (identifier, not the auth token) in Python", `from twilio.rest import Client\nimport os\n\naccount_sid = "AC${g.s(32, HEX)}"\nclient = Client(account_sid, os.environ["TWILIO_AUTH_TOKEN"])`);
add("AWS public dataset bucket URL and KMS key ARN", `s3://noaa-ghcn-pds/csv/by_year/2025.csv\nkms_key_id = "arn:aws:kms:us-west-2:${g.s(12, DIG)}:key/${g.uuid()}"`);
add("Sentry DSN-free config with project slug and org id", `sentry:\n  org: acme\n  project: web\n  org_id: ${g.s(7, DIG)}\n  release: web@${sha1()}`);
add("JWT header only (no payload secret) in a debug note", `decoded header: {"alg":"RS256","kid":"${g.s(40, HEX)}","typ":"JWT"}\njwks: https://auth.acme.io/.well-known/jwks.json`);
add("JWKS public key set", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.s(16, URLSAFE), alg: "RS256", e: "AQAB", n: g.s(342, URLSAFE) }] }));
add("git LFS pointer", `version https://git-lfs.github.com/spec/v1\noid sha256:${sha256()}\nsize ${g.s(7, DIG)}`);
add("Ethereum public address and tx hash in a notebook output", JSON.stringify({ cell_type: "code", outputs: [{ output_type: "stream", name: "stdout", text: [`from: 0x${g.s(40, HEX)}\n`, `tx: 0x${g.s(64, HEX)}\n`] }], source: ["print(tx)"] }));
add("bcrypt-free password policy doc with example mask", `Passwords must be 12+ chars. Tokens are shown once, e.g. \`ghp_••••••••••••${g.s(4)}\`; after that only the last four characters are displayed.`);
add("unified diff removing a secret in favour of an env reference", `--- a/src/config.ts\n+++ b/src/config.ts\n@@ -1,3 +1,3 @@\n export const cfg = {\n-  apiKey: process.env.API_KEY ?? "",\n+  apiKey: requireEnv("API_KEY"),\n };`);
add("Cargo.lock checksums", `[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${sha256()}"`);
add("Terraform state resource ids (no secret attributes)", JSON.stringify({ version: 4, resources: [{ type: "google_project", name: "main", instances: [{ attributes: { id: "projects/acme-prod-" + g.s(6, DIG), number: g.s(12, DIG), project_id: "acme-prod-" + g.s(6, DIG) } }] }] }));
add("OAuth client id (public) in a mobile config plist", `<key>GIDClientID</key>\n<string>${g.s(12, DIG)}-${g.s(32, LOWNUM)}.apps.googleusercontent.com</string>`);
add("IPFS CID and multihash in docs", `Pinned at ipfs://bafybei${g.s(52, "abcdefghijklmnopqrstuvwxyz234567")}\nlegacy: Qm${g.s(44, "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz")}`);
add("Windows product GUIDs in a registry export", `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Classes\\CLSID\\{${g.uuid().toUpperCase()}}]\n@="Acme Shell Extension"\n"AppID"="{${g.uuid().toUpperCase()}}"`);
add("random nonce in a CSP header", `Content-Security-Policy: script-src 'self' 'nonce-${g.b64(16)}'; object-src 'none'`);
add("shell history with a command using an env var, not a value", `  812  export OPENAI_API_KEY="$(op read op://dev/openai/credential)"\n  813  aws sts get-caller-identity --profile prod\n  814  kubectl get secret api-keys -o jsonpath='{.data}' | wc -c`);
add("Python test fixture using obviously fake key", `def test_client_rejects_bad_key():\n    c = Client(api_key="test-key-not-real")\n    with pytest.raises(AuthError):\n        c.ping()`);
add("Base32 TOTP-free 2FA recovery doc with masked codes", `Recovery codes (shown once):\n  xxxx-xxxx  xxxx-xxxx  xxxx-xxxx\nStore them in your password manager.`);
void B64; void UP;

export const cases: CorpusCase[] = out;
