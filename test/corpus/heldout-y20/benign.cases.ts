// heldout-y20 benign look-alikes: hashes, ids, public material, placeholders, references,
// encrypted blobs, minified code, CSS, images, in the same contexts as the positives.
import type { CorpusCase } from "../types.ts";
import { B64, Gen, HEX, LOWNUM, UPNUM, j, renderers, type Ctx } from "./_gen.ts";

type B = [string, string, (g: Gen) => string, string?];
// [what, env slot, value builder, header template]
const rotated: B[] = [
  ["git commit SHA", "GIT_COMMIT_SHA", (g) => g.hex(40)],
  ["build SHA-256 checksum", "ARTIFACT_SHA256", (g) => g.hex(64)],
  ["docker image digest", "IMAGE_DIGEST", (g) => j("sha256:", g.hex(64))],
  ["npm lockfile integrity", "PACKAGE_INTEGRITY", (g) => j("sha512-", g.b64(64))],
  ["SRI hash", "SCRIPT_INTEGRITY", (g) => j("sha384-", g.b64(48))],
  ["request id uuid", "X_REQUEST_ID", (g) => g.uuid(), "X-Request-Id: {V}"],
  ["W3C traceparent", "TRACEPARENT", (g) => j("00-", g.hex(32), "-", g.hex(16), "-01"), "traceparent: {V}"],
  ["AWS X-Ray trace id", "AMZN_TRACE_ID", (g) => j("Root=1-", g.hex(8), "-", g.hex(24)), "X-Amzn-Trace-Id: {V}"],
  ["Stripe customer id", "STRIPE_CUSTOMER_ID", (g) => j("cus_", g.s(14))],
  ["Stripe payment intent id", "PAYMENT_INTENT_ID", (g) => j("pi_", g.s(24))],
  ["Stripe price id", "STRIPE_PRICE_ID", (g) => j("price_", g.s(24))],
  ["Stripe publishable key", "STRIPE_PUBLISHABLE_KEY", (g) => j("pk_", "live_", "51", g.s(97))],
  ["Anthropic message id", "LAST_MESSAGE_ID", (g) => j("msg_01", g.s(22))],
  ["OpenAI completion id", "COMPLETION_ID", (g) => j("chatcmpl-", g.s(29))],
  ["OpenAI assistant id", "ASSISTANT_ID", (g) => j("asst_", g.s(24))],
  ["OpenAI file id", "TRAINING_FILE_ID", (g) => j("file-", g.s(22))],
  ["OpenAI org id", "OPENAI_ORG_ID", (g) => j("org-", g.s(24))],
  ["Vercel project id", "VERCEL_PROJECT_ID", (g) => j("prj_", g.s(28))],
  ["AWS ARN of a role", "AWS_ROLE_ARN", (g) => j("arn:aws:iam::", g.num(12), ":role/deploy-", g.s(6, LOWNUM))],
  ["AWS Secrets Manager ARN", "DB_PASSWORD_SECRET_ARN", (g) => j("arn:aws:secretsmanager:us-east-1:", g.num(12), ":secret:prod/db-", g.s(6))],
  ["SSM parameter reference", "API_KEY_PARAM", () => "{{resolve:ssm-secure:/prod/api/key:3}}"],
  ["1Password reference", "OPENAI_API_KEY", () => "op://Engineering/OpenAI/credential"],
  ["Vault reference", "STRIPE_SECRET_KEY", () => "vault:secret/data/payments#stripe_key"],
  ["Azure Key Vault reference", "SENDGRID_API_KEY", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sendgrid/)"],
  ["GCP Secret Manager path", "GEMINI_API_KEY", (g) => j("projects/", g.num(12), "/secrets/gemini-key/versions/latest")],
  ["env interpolation", "ANTHROPIC_API_KEY", () => "${ANTHROPIC_API_KEY}"],
  ["GitHub Actions secret expression", "NPM_TOKEN", () => "${{ secrets.NPM_TOKEN }}"],
  ["angle placeholder", "OPENAI_API_KEY", () => "<your-openai-api-key>"],
  ["masked key", "OPENAI_API_KEY", (g) => j("sk-", "proj-", "...", g.s(4))],
  ["masked stars", "STRIPE_SECRET_KEY", () => "sk_live_****************************"],
  ["x placeholder", "GITHUB_TOKEN", () => "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"],
  ["changeme placeholder", "DB_PASSWORD", () => "changeme"],
  ["redacted", "SLACK_BOT_TOKEN", () => "[REDACTED]"],
  ["SOPS encrypted value", "DATABASE_PASSWORD", (g) => j("ENC[AES256_GCM,data:", g.b64(24), ",iv:", g.b64(32), ",tag:", g.b64(16), ",type:str]")],
  ["sealed secret ciphertext", "SEALED_API_KEY", (g) => j("AgB", g.s(300, B64))],
  ["ULID", "JOB_ID", (g) => g.s(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")],
  ["MongoDB ObjectId", "TENANT_OBJECT_ID", (g) => g.hex(24)],
  ["Sentry event id", "SENTRY_EVENT_ID", (g) => g.hex(32)],
  ["Slack channel id", "SLACK_CHANNEL_ID", (g) => j("C0", g.s(9, UPNUM))],
  ["Google Analytics id", "GA_MEASUREMENT_ID", (g) => j("G-", g.s(10, UPNUM))],
  ["Azure tenant id", "AZURE_TENANT_ID", (g) => g.uuid()],
  ["Azure subscription id", "AZURE_SUBSCRIPTION_ID", (g) => g.uuid()],
  ["AWS account id", "AWS_ACCOUNT_ID", (g) => g.num(12)],
  ["Git tree hash short", "BUILD_REF", (g) => g.hex(7)],
  ["Etag", "ETAG", (g) => j('W/"', g.hex(32), '"'), "If-None-Match: {V}"],
  ["Content-MD5", "CONTENT_MD5", (g) => g.b64(16), "Content-MD5: {V}"],
  ["Sigstore bundle digest", "ATTESTATION_DIGEST", (g) => j("sha256:", g.hex(64))],
  ["nonce in CSP", "CSP_NONCE", (g) => g.b64(16), "Content-Security-Policy: script-src 'nonce-{V}'"],
  ["Go module sum", "GOSUM_LINE", (g) => j("h1:", g.b64(32))],
  ["Nix store hash", "NIX_OUT_PATH", (g) => j("/nix/store/", g.s(32, "0123456789abcdfghijklmnpqrsvwxyz"), "-nodejs-20.11.1")],
  ["Terraform state lineage", "TF_STATE_LINEAGE", (g) => g.uuid()],
  ["Kubernetes UID", "POD_UID", (g) => g.uuid()],
  ["Jira issue key", "JIRA_ISSUE", (g) => j("PLAT-", g.num(4))],
  ["Twilio phone number SID", "TWILIO_PHONE_SID", (g) => j("PN", g.hex(32))],
  ["Cloudflare zone id", "CLOUDFLARE_ZONE_ID", (g) => g.hex(32)],
  ["Firebase project id", "FIREBASE_PROJECT_ID", (g) => j("acme-prod-", g.s(5, LOWNUM))],
  ["Sentry public DSN key path placeholder", "SENTRY_DSN", () => "https://<key>@o0.ingest.sentry.io/<project>"],
  ["SSH host key fingerprint", "SSH_HOST_FINGERPRINT", (g) => j("SHA256:", g.b64(32).replace(/=+$/, ""))],
  ["Docker content trust root id", "DCT_ROOT_KEY_ID", (g) => g.hex(64)],
  ["HMAC example output header", "X_HUB_SIGNATURE", (g) => j("sha256=", g.hex(64)), "X-Hub-Signature-256: {V}"],
];

function chunk(s: string, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += n) out.push(s.slice(i, i + n));
  return out.join("\n");
}

const g = new Gen(0x20be);
const out: CorpusCase[] = [];
rotated.forEach(([what, env, make, header], i) => {
  const r = renderers[(i * 5 + 3) % renderers.length]!;
  const ctx: Ctx = {
    env,
    key: env.toLowerCase(),
    camel: env.toLowerCase().replace(/_([a-z0-9])/g, (_, x: string) => x.toUpperCase()),
    value: make(g),
    provider: "Acme",
    host: "api.acme.io",
    header: header ?? `X-${env.replace(/_/g, "-")}: {V}`,
    g,
  };
  out.push({ id: `y20-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty20-benign", label: "benign", text: r.render(ctx), note: `${what} (${env}) in ${r.name}` });
});

const hand: [string, string][] = [
  ["SSH public key in authorized_keys tool call", JSON.stringify({ type: "tool_use", id: j("toolu_01", g.s(22)), name: "write_file", input: { path: "~/.ssh/authorized_keys", content: j("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", g.s(43, B64), " dev@laptop\n") } })],
  ["RSA SSH public key in cloud-init YAML", j("#cloud-config\nusers:\n  - name: deploy\n    ssh_authorized_keys:\n      - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ", g.s(360, B64), " deploy@ci\n")],
  ["PEM certificate in nginx config chat", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: j("is this cert chain ok?\n-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE", chunk(g.b64(700), 64), "\n-----END CERTIFICATE-----") }] })],
  ["PEM public key in JWT verify config", j("jwt:\n  algorithm: RS256\n  public_key: |\n    -----BEGIN PUBLIC KEY-----\n    MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", g.s(56, B64), "\n    ", g.s(64, B64), "\n    ", g.s(64, B64), "\n    IDAQAB\n    -----END PUBLIC KEY-----\n")],
  ["JWKS public keys response", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(40), alg: "RS256", n: g.b64url(256), e: "AQAB" }] }, null, 2)],
  ["PGP public key in README", j("## Security\n\nEncrypt reports to our key:\n\n```\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGX", chunk(g.b64(500), 64), "\n=", g.s(4, B64), "\n-----END PGP PUBLIC KEY BLOCK-----\n```\n")],
  ["age public recipient in .sops.yaml", j("creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: age1", g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), "\n")],
  ["SOPS-encrypted YAML file", j("api:\n    key: ENC[AES256_GCM,data:", g.b64(40), ",iv:", g.b64(32), ",tag:", g.b64(16), ",type:str]\nsops:\n    kms: []\n    age:\n        - recipient: age1", g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"), "\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            ", g.s(64, B64), "\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: \"2025-10-01T09:12:44Z\"\n    mac: ENC[AES256_GCM,data:", g.b64(64), ",iv:", g.b64(32), ",tag:", g.b64(16), ",type:str]\n    version: 3.9.0\n")],
  ["ansible-vault blob in group_vars", j("db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ", [0, 1, 2, 3, 4].map(() => g.hex(80)).join("\n  "), "\n")],
  ["Bitnami SealedSecret manifest", j("apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB", g.s(340, B64), "\n    OPENAI_API_KEY: AgC", g.s(340, B64), "\n")],
  ["k8s Secret with non-secret base64 data", j("apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ndata:\n  LOG_LEVEL: ", Buffer.from("info").toString("base64"), "\n  REGION: ", Buffer.from("eu-west-1").toString("base64"), "\n  FEATURE_FLAGS: ", Buffer.from("beta,new-ui").toString("base64"), "\n")],
  ["minified JS bundle chunk", j('!function(e){var t={};function n(r){if(t[r])return t[r].exports;var o=t[r]={i:r,l:!1,exports:{}};return e[r].call(o.exports,o,o.exports,n),o.l=!0,o.exports}n.m=e,n.c=t,n.d=function(e,t,r){n.o(e,t)||Object.defineProperty(e,t,{enumerable:!0,get:r})};n.h="', g.hex(20), '";n.p="/static/js/";var a="', g.s(44, B64), '"}([]);')],
  ["CSS with hashed class names", j(".", g.s(6, LOWNUM), "_button__", g.s(5, "abcdefABCDEF0123456789_-"), "{display:flex;color:#", g.hex(6), "}\n.", g.s(8, LOWNUM), "_card__", g.s(5), "{box-shadow:0 1px 2px rgba(0,0,0,.1);background:url(data:image/svg+xml;base64,", g.b64(90), ")}\n")],
  ["base64 PNG data URI in HTML", j('<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHe', g.s(400, B64), '==" width="64" height="64">')],
  ["package-lock entries", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "18.3.1", resolved: "https://registry.npmjs.org/react/-/react-18.3.1.tgz", integrity: j("sha512-", g.b64(64)) }, "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: j("sha512-", g.b64(64)) } } }, null, 2)],
  ["go.sum lines", j("github.com/google/uuid v1.6.0 h1:", g.b64(32), "\ngithub.com/google/uuid v1.6.0/go.mod h1:", g.b64(32), "\ngolang.org/x/net v0.30.0 h1:", g.b64(32), "\n")],
  ["Cargo.lock checksum", j('[[package]]\nname = "serde"\nversion = "1.0.210"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "', g.hex(64), '"\n')],
  ["git log output in shell tool result", JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: j("commit ", g.hex(40), "\nAuthor: Dana <dana@acme.io>\nDate:   Mon Nov 3 10:14:22 2025 +0000\n\n    fix: retry on 429\n\ncommit ", g.hex(40), "\nMerge: ", g.hex(7), " ", g.hex(7), "\n") }] } })],
  ["docker pull output with digests", j("$ docker pull ghcr.io/acme/api:2.4.0\n2.4.0: Pulling from acme/api\n", g.hex(12), ": Pull complete\n", g.hex(12), ": Pull complete\nDigest: sha256:", g.hex(64), "\nStatus: Downloaded newer image for ghcr.io/acme/api:2.4.0\n")],
  ["HTTP response with request and trace ids", j("HTTP/1.1 429 Too Many Requests\nx-request-id: req_", g.s(24), "\ncf-ray: ", g.hex(16), "-AMS\nx-amzn-trace-id: Root=1-", g.hex(8), "-", g.hex(24), "\nretry-after: 20\n\n{\"error\":{\"type\":\"rate_limit_error\"}}")],
  ["Stripe webhook event payload (ids only)", JSON.stringify({ id: j("evt_", g.s(24)), object: "event", type: "payment_intent.succeeded", data: { object: { id: j("pi_", g.s(24)), customer: j("cus_", g.s(14)), latest_charge: j("ch_", g.s(24)), payment_method: j("pm_", g.s(24)) } } }, null, 2)],
  ["OpenAI API response ids", JSON.stringify({ id: j("chatcmpl-", g.s(29)), object: "chat.completion", created: 1730628862, model: "gpt-4.1-2025-04-14", system_fingerprint: j("fp_", g.hex(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] })],
  [".env.example with placeholders", "# copy to .env and fill in\nOPENAI_API_KEY=sk-proj-your-key-here\nANTHROPIC_API_KEY=<your-anthropic-key>\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nDATABASE_URL=postgres://user:password@localhost:5432/app\nGITHUB_TOKEN=\n"],
  ["docker-compose referencing env vars", "services:\n  api:\n    image: acme/api:latest\n    environment:\n      OPENAI_API_KEY: ${OPENAI_API_KEY}\n      STRIPE_SECRET_KEY: ${STRIPE_SECRET_KEY:?missing}\n      DATABASE_URL: postgres://app:${DB_PASSWORD}@db:5432/app\n"],
  ["GitHub Actions using secrets", "jobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK }}\n"],
  ["CI log with masked secrets", j("2025-11-03T10:14:22.1210391Z env:\n2025-11-03T10:14:22.1210800Z   AWS_ACCESS_KEY_ID: ***\n2025-11-03T10:14:22.1210900Z   AWS_SECRET_ACCESS_KEY: ***\n2025-11-03T10:14:22.1211000Z   GITHUB_SHA: ", g.hex(40), "\n2025-11-03T10:14:23.0000000Z Uploading artifact sha256:", g.hex(64), "\n")],
  ["Python reading key from env only", 'import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nresp = client.responses.create(model="gpt-4.1-mini", input="hello")\nprint(resp.output_text)\n'],
  ["TS code using secret manager", 'import { SecretsManagerClient, GetSecretValueCommand } from "@aws-sdk/client-secrets-manager";\n\nconst sm = new SecretsManagerClient({ region: "us-east-1" });\nconst { SecretString } = await sm.send(new GetSecretValueCommand({ SecretId: "prod/stripe" }));\nexport const stripeKey = JSON.parse(SecretString!).key as string;\n'],
  ["Terraform referencing secret resource", 'data "aws_secretsmanager_secret_version" "db" {\n  secret_id = "prod/db/password"\n}\n\nresource "aws_db_instance" "main" {\n  engine   = "postgres"\n  password = data.aws_secretsmanager_secret_version.db.secret_string\n}\n'],
  ["Terraform plan with sensitive values", j("  # aws_iam_access_key.ci will be created\n  + resource \"aws_iam_access_key\" \"ci\" {\n      + id                   = (known after apply)\n      + secret               = (sensitive value)\n      + ses_smtp_password_v4 = (sensitive value)\n      + user                 = \"ci-", g.s(6, LOWNUM), "\"\n    }\n")],
  ["Markdown doc with masked key example", "## Authentication\n\nPass your key in the `Authorization` header:\n\n```bash\ncurl https://api.acme.io/v1/me -H \"Authorization: Bearer $ACME_API_KEY\"\n```\n\nKeys look like `acme_live_…` followed by 32 characters; never commit them.\n"],
  ["SQL with hashed passwords", j("INSERT INTO users (id, email, password_hash) VALUES\n  (1, 'a@acme.io', '$2b$12$", g.s(53, "./" + B64.slice(0, 62)), "'),\n  (2, 'b@acme.io', '$argon2id$v=19$m=65536,t=3,p=4$", g.b64(16).replace(/=+$/, ""), "$", g.b64(32).replace(/=+$/, ""), "');\n")],
  ["diff rotating to a secret reference", "diff --git a/.env b/.env\n--- a/.env\n+++ b/.env\n@@ -1,2 +1,2 @@\n-SENDGRID_API_KEY=SG.REDACTED\n+SENDGRID_API_KEY=op://Ops/SendGrid/credential\n LOG_LEVEL=info\n"],
  ["Jupyter output with uuid and hash", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 7, source: ["import hashlib, uuid\n", "print(uuid.uuid4(), hashlib.sha256(b'x').hexdigest())\n"], outputs: [{ output_type: "stream", name: "stdout", text: [j(g.uuid(), " ", g.hex(64), "\n")] }], metadata: {} }], nbformat: 4, nbformat_minor: 5 })],
  ["crash dump with hex addresses", j("panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x", g.hex(7), "]\n\ngoroutine 1 [running]:\nmain.(*Server).handle(0xc000", g.hex(6), ", {0x", g.hex(7), ", 0xc000", g.hex(6), "})\n\t/app/server.go:142 +0x", g.hex(3), "\nbuild id: ", g.hex(40), "\n")],
  ["Chat message sharing a commit and trace id", j("deployed ", g.hex(40), " to prod, the 500s are trace 0af7651916cd43dd8448eb211c80319c — request id ", g.uuid(), ", can you take a look?")],
  ["XML with assembly public key token", j('<dependentAssembly>\n  <assemblyIdentity name="Newtonsoft.Json" publicKeyToken="', g.hex(16), '" culture="neutral" />\n  <bindingRedirect oldVersion="0.0.0.0-13.0.0.0" newVersion="13.0.0.0" />\n</dependentAssembly>\n')],
  ["Windows product GUIDs in registry export", j("[HKEY_LOCAL_MACHINE\\SOFTWARE\\Classes\\CLSID\\{", g.uuid().toUpperCase(), "}]\n@=\"Acme Shell Extension\"\n\"AppID\"=\"{", g.uuid().toUpperCase(), "}\"\n")],
  ["Android signing cert SHA-1 fingerprint in gradle doc", j("Add this SHA-1 to the Firebase console:\n\n    SHA1: ", Array.from({ length: 20 }, () => g.s(2, "0123456789ABCDEF")).join(":"), "\n    SHA-256: ", Array.from({ length: 32 }, () => g.s(2, "0123456789ABCDEF")).join(":"), "\n")],
  ["webpack manifest with content hashes", JSON.stringify({ "main.js": j("/static/js/main.", g.hex(8), ".js"), "vendor.js": j("/static/js/vendor.", g.hex(20), ".js"), "main.css": j("/static/css/main.", g.hex(8), ".css") }, null, 2)],
];
hand.forEach(([what, text], i) => {
  out.push({ id: `y20-bk-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty20-benign", label: "benign", text, note: what });
});

void HEX;
export const cases: CorpusCase[] = out;
