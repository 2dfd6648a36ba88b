import type { CorpusCase } from "../types";
import { gen, b64 } from "./_gen";

const g = gen(777001);
const out: CorpusCase[] = [];
const B = (id: string, category: string, text: string, note?: string) =>
  out.push({ id: `k-${id}`, kind: "secrets", category: `heldoutk-${category}`, label: "benign", text, ...(note ? { note } : {}) });

// ---- hashes, digests, ids
B("git-log", "ben-hashes", `commit ${g.hex(40)}\nAuthor: Dana K <dana@acme.example>\nDate:   Thu Dec 3 17:02:11 2026 +0000\n\n    fix: retry on 503 from billing\n\ncommit ${g.hex(40)}\nMerge: ${g.hex(7)} ${g.hex(7)}\n`);
B("sha256sums", "ben-hashes", `${g.hex(64)}  toolkit-linux-x64.tar.gz\n${g.hex(64)}  toolkit-darwin-arm64.tar.gz\n${g.hex(64)}  toolkit-windows-x64.zip\n`);
B("md5-manifest", "ben-hashes", `{"files":[{"path":"assets/logo.svg","md5":"${g.hex(32)}"},{"path":"assets/app.css","md5":"${g.hex(32)}"}]}`);
B("docker-digest", "ben-hashes", `FROM python:3.12-slim@sha256:${g.hex(64)}\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n`);
B("npm-integrity", "ben-hashes", JSON.stringify({ name: "left-pad", version: "1.3.0", resolved: "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz", integrity: `sha512-${g.s(86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}==` }, null, 2));
B("yarn-lock", "ben-hashes", `"@babel/core@^7.24.0":\n  version "7.24.5"\n  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.24.5.tgz#${g.hex(40)}"\n  integrity sha512-${g.s(86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}==\n`);
B("cargo-lock", "ben-hashes", `[[package]]\nname = "serde"\nversion = "1.0.203"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.hex(64)}"\n`);
B("go-sum", "ben-hashes", `golang.org/x/net v0.26.0 h1:${g.s(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}=\ngolang.org/x/net v0.26.0/go.mod h1:${g.s(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}=\n`);
B("poetry-lock", "ben-hashes", `[[package]]\nname = "requests"\nversion = "2.32.3"\nfiles = [\n    {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:${g.hex(64)}"},\n]\n`);
B("uuid-json", "ben-hashes", JSON.stringify({ orderId: g.uuid(), customerId: g.uuid(), traceId: g.hex(32), spanId: g.hex(16), status: "CAPTURED" }));
B("request-ids-log", "ben-hashes", `2026-12-04T09:00:01Z INFO request_id=${g.an(26)} method=GET path=/healthz status=200 dur=2ms\n2026-12-04T09:00:02Z INFO request_id=${g.an(26)} method=POST path=/v1/orders status=201 dur=41ms\n`);
B("s3-etag", "ben-hashes", `<ListBucketResult><Contents><Key>exports/2026-12-01.parquet</Key><ETag>"${g.hex(32)}-14"</ETag><Size>918221312</Size></Contents></ListBucketResult>`);
B("sri-html", "ben-hashes", `<script src="/static/vendor.${g.hex(8)}.js" integrity="sha384-${g.s(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}" crossorigin="anonymous"></script>`);
B("ssh-known-hosts", "ben-pubkeys", `git.internal.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}\n10.0.0.5 ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${g.s(88, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}=\n`);
B("authorized-keys", "ben-pubkeys", `ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.s(500, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}= dana@laptop`);
B("public-pem", "ben-pubkeys", `-----BEGIN PUBLIC KEY-----\n${g.s(392, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/").match(/.{1,64}/g)!.join("\n")}\n-----END PUBLIC KEY-----`);
B("certificate", "ben-pubkeys", `ca.crt: |\n  -----BEGIN CERTIFICATE-----\n  ${g.s(1200, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/").match(/.{1,64}/g)!.join("\n  ")}\n  -----END CERTIFICATE-----\n`);
B("jwks", "ben-pubkeys", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(16), alg: "RS256", e: "AQAB", n: g.s(342, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") }] }, null, 2), "JWKS with public RSA modulus only");
B("age-recipient", "ben-pubkeys", `# .sops.yaml\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml\n    age: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`);
B("gpg-pub", "ben-pubkeys", `-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n${g.s(900, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/").match(/.{1,64}/g)!.join("\n")}\n-----END PGP PUBLIC KEY BLOCK-----`);

// ---- binary blobs
B("png-datauri", "ben-blobs", `.icon-check { background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${g.s(400, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}AAAAAElFTkSuQmCC"); }`);
B("woff2-font", "ben-blobs", `@font-face {\n  font-family: "Inter";\n  src: url(data:font/woff2;base64,d09GMgABAAAAA${g.s(600, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}) format("woff2");\n}`);
B("sourcemap", "ben-blobs", `//# sourceMappingURL=data:application/json;base64,${b64(JSON.stringify({ version: 3, sources: ["src/index.ts"], names: ["main", "render"], mappings: "AAAA,SAASA,IAAI;EACX,OAAO,CAAC,GAAG,CAAC" }))}`);
B("svg-path", "ben-blobs", `<svg viewBox="0 0 24 24"><path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm-2 15l-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z"/></svg>`);

// ---- placeholders / docs
B("ph-angle", "ben-placeholders", `curl https://api.example.com/v1/chat \\\n  -H "Authorization: Bearer <YOUR_API_KEY>" \\\n  -d '{"model":"m-1","input":"hello"}'`);
B("ph-xxx", "ben-placeholders", `AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX\nAWS_SECRET_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n`);
B("ph-changeme", "ben-placeholders", `POSTGRES_USER=app\nPOSTGRES_PASSWORD=changeme\nPOSTGRES_DB=app\n# change the password above before deploying!\n`);
B("ph-template", "ben-placeholders", `env:\n  GITHUB_TOKEN: \${{ secrets.GITHUB_TOKEN }}\n  NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n  SLACK_WEBHOOK: \${{ secrets.SLACK_WEBHOOK_URL }}\n`);
B("ph-shellvar", "ben-placeholders", `curl -H "Authorization: Bearer \${OPENAI_API_KEY}" -H "X-Org: $ORG_ID" https://api.example.com/v1/models`);
B("ph-truncated-doc", "ben-placeholders", `Your secret key starts with \`sk-proj-\` followed by a long random string (e.g. \`sk-proj-...abcd\`). Never paste the full value into issues; we only ever show the last four characters.`);
B("ph-masked", "ben-placeholders", `Settings → API keys\n  Production   sk_live_••••••••••••••••4f2a   created 2026-10-02\n  Restricted   rk_live_****************91bd   created 2026-11-14\n`);
B("ph-redacted-log", "ben-placeholders", `2026-12-04 10:11:12 WARN auth failed for token=ghp_[REDACTED] user=dana ip=10.2.3.4`);
B("ph-example-env", "ben-placeholders", `# .env.example — copy to .env and fill in\nSTRIPE_SECRET_KEY=sk_live_your_key_here\nSENDGRID_API_KEY=SG.your-sendgrid-key\nSLACK_BOT_TOKEN=xoxb-your-bot-token\nDATABASE_URL=postgres://user:password@localhost:5432/dbname\n`);
B("ph-helm-values", "ben-placeholders", `# values.yaml\nsecrets:\n  apiKey: ""        # set via --set secrets.apiKey=...\n  dbPassword: ""    # or use existingSecret\nexistingSecret: app-credentials\n`);
B("ph-jinja", "ben-placeholders", `[database]\nuser = {{ db_user }}\npassword = {{ vault_db_password }}\nhost = {{ groups['db'][0] }}\n`);
B("ph-pem-stub", "ben-placeholders", `private_key: |\n  -----BEGIN PRIVATE KEY-----\n  ...paste your key here...\n  -----END PRIVATE KEY-----\n`);
B("ph-dots-conn", "ben-placeholders", `Connection string format: mongodb+srv://<username>:<password>@<cluster-host>/<db>?retryWrites=true`);

// ---- code reading from env / vaults
B("env-read-py", "ben-envref", `import os\n\nAPI_KEY = os.environ["STRIPE_SECRET_KEY"]\nDB_URL = os.getenv("DATABASE_URL", "sqlite:///local.db")\nif not API_KEY.startswith("sk_"):\n    raise RuntimeError("STRIPE_SECRET_KEY looks wrong")\n`);
B("env-read-ts", "ben-envref", `const token = process.env.GITHUB_TOKEN ?? "";\nif (!token) throw new Error("set GITHUB_TOKEN (a fine-grained PAT with contents:write)");\nconst octokit = new Octokit({ auth: token });\n`);
B("vault-read-go", "ben-envref", `secret, err := client.KVv2("secret").Get(ctx, "payments/stripe")\nif err != nil { return err }\nkey := secret.Data["api_key"].(string)\n`);
B("aws-sm-cli", "ben-envref", `aws secretsmanager get-secret-value --secret-id prod/orders/db --query SecretString --output text | jq -r .password > /run/secrets/dbpw`);
B("k8s-secretref", "ben-envref", `env:\n  - name: OPENAI_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: llm-keys\n        key: openai\n`);
B("op-ref", "ben-envref", `ANTHROPIC_API_KEY="op://Engineering/Anthropic prod/credential"\nGITHUB_TOKEN="op://Engineering/GitHub bot/token"\n`);
B("sops-encrypted", "ben-envref", `db_password: ENC[AES256_GCM,data:${g.s(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}=,iv:${g.s(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}=,tag:${g.s(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}==,type:str]`, "SOPS ciphertext is meant to be committed");

// ---- prose / policy text
B("pw-policy", "ben-prose", `Password requirements: at least 14 characters, one uppercase letter, one digit and one symbol (e.g. ! # %). Passwords expire after 180 days and may not reuse your last 5 passwords. Never share your password or API key with support staff.`);
B("rotation-runbook", "ben-prose", `Runbook: rotating the Stripe secret key\n1. In the dashboard, roll the key (the old key stays valid 12h).\n2. Update the \`stripe-secret\` entry in Vault at secret/payments.\n3. Restart the billing deployment: kubectl rollout restart deploy/billing.\n4. Confirm no 401s in the billing dashboard.`);
B("token-format-doc", "ben-prose", `GitHub token prefixes: ghp_ for classic personal access tokens, gho_ for OAuth tokens, ghu_ for user-to-server, ghs_ for server-to-server and ghr_ for refresh tokens. Fine-grained tokens start with github_pat_.`);
B("secret-scan-config", "ben-prose", `rules:\n  - id: aws-access-key\n    regex: '(AKIA|ASIA)[A-Z2-7]{16}'\n  - id: slack-bot\n    regex: 'xoxb-[0-9]{10,13}-[0-9]{10,13}-[a-zA-Z0-9]{24}'\n`);
B("changelog-apikey", "ben-prose", `## 3.1.0\n- Added \`apiKey\` option to the client constructor (previously only \`token\`).\n- Deprecated \`password\` in favour of \`secret\`.\n- Fixed a bug where the \`Authorization\` header was sent twice.`);

// ---- URL / infra look-alikes
B("cdn-hashes", "ben-assets", `<link rel="stylesheet" href="https://cdn.example.com/assets/app-${g.hex(20)}.css">\n<script src="https://cdn.example.com/assets/runtime~main.${g.hex(16)}.js" defer></script>`);
B("webpack-stats", "ben-assets", JSON.stringify({ hash: g.hex(20), chunks: [{ id: 179, files: [`main.${g.hex(8)}.js`], hash: g.hex(20) }] }));
B("youtube-ids", "ben-assets", `Playlist: https://video.example.com/watch?v=${g.s(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")}&list=PL${g.s(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")}`);
B("conn-no-pw", "ben-assets", `DATABASE_URL=postgres://app@localhost:5432/app_dev\nREDIS_URL=redis://127.0.0.1:6379/0\nAMQP_URL=amqp://rabbit.internal.example:5672/`);
B("public-keys-only", "ben-assets", `NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_${g.an(24)}\nNEXT_PUBLIC_POSTHOG_HOST=https://eu.example.com\n`, "Stripe publishable key is meant to be public");
B("tx-hash", "ben-hashes", `Deposit confirmed. tx 0x${g.hex(64)} in block 19,283,112 (12 confirmations).`);
B("k8s-resourceversion", "ben-hashes", `metadata:\n  name: api-7c9f8d6b5-x2k4q\n  uid: ${g.uuid()}\n  resourceVersion: "${g.s(9, "0123456789")}"\n  annotations:\n    checksum/config: ${g.hex(64)}\n`);
B("base64-text", "ben-blobs", `note_b64: ${b64("Meeting moved to Thursday 3pm, room 4B. Bring the Q3 numbers and the vendor shortlist.")}`);
B("random-seed", "ben-hashes", `python train.py --seed 1337 --run-id ${g.hex(12)} --wandb-group ablation-${g.hex(6)}`);
B("ulids", "ben-hashes", `[{"id":"01J${g.s(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")}","kind":"invoice"},{"id":"01J${g.s(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")}","kind":"refund"}]`);
B("gh-actions-pin", "ben-hashes", `steps:\n  - uses: actions/checkout@${g.hex(40)} # v4.1.7\n  - uses: actions/setup-node@${g.hex(40)} # v4.0.3\n`);
B("terraform-lock", "ben-hashes", `provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.54.1"\n  hashes = [\n    "h1:${g.s(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}=",\n    "zh:${g.hex(64)}",\n  ]\n}`);
B("csrf-form", "ben-hashes", `<form method="post" action="/settings"><input type="hidden" name="utf8" value="✓"><input type="hidden" name="page" value="2"><button>Save</button></form>`);
B("session-id-prose", "ben-prose", `The session cookie is named \`__Host-sid\`, is HttpOnly and SameSite=Lax, and rotates on login. Tokens are 256-bit random values stored hashed (SHA-256) server-side.`);
B("hmac-example-code", "ben-envref", `import hmac, hashlib\n\ndef sign(body: bytes, secret: bytes) -> str:\n    return hmac.new(secret, body, hashlib.sha256).hexdigest()\n\nsig = sign(payload, os.environb[b"WEBHOOK_SECRET"])\n`);
B("otel-trace", "ben-hashes", `traceparent: 00-${g.hex(32)}-${g.hex(16)}-01\ntracestate: vendor=${g.hex(16)}\n`);
B("wasm-hex", "ben-blobs", `const wasm = new Uint8Array([0x00,0x61,0x73,0x6d,0x01,0x00,0x00,0x00,0x01,0x07,0x01,0x60,0x02,0x7f,0x7f,0x01,0x7f,0x03,0x02,0x01,0x00]);`);

export const cases = out;
