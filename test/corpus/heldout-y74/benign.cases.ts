// Benign look-alikes: identifiers, digests, public material, placeholders, references and encrypted
// blobs in the same contexts as the positives. Rotated (y74-b-*) and handcrafted (y74-bk-*).
import type { CorpusCase } from "../types.ts";
import { AN, B64, B64U, DG, G, HX, LAN, LO, UAN, UP, j, renderers } from "./_gen.ts";

const g = new G(0x7a4cb1);

// Renderers whose wording does not imply the value is a credential.
const neutral = renderers.filter(([name]) => /pasted \.env|write_file|tool_calls|MCP|URL query|\.env file|YAML|TOML|INI|properties|JSON config|HCL|XML|TypeScript|Java code|Ruby|CI log|shell history|crash dump|Jupyter|Markdown|diff|docker run/.test(name));

const CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const vals: Array<[string, string, () => string]> = [
  ["git commit SHA", "GIT_COMMIT_SHA", () => g.hex(40)],
  ["container image digest", "IMAGE_DIGEST", () => j("sha256:", g.hex(64))],
  ["request id (UUID)", "REQUEST_ID", () => g.uuid()],
  ["W3C trace id", "TRACE_ID", () => g.hex(32)],
  ["artifact SHA-256 checksum", "ARTIFACT_SHA256", () => g.hex(64)],
  ["Stripe customer id", "STRIPE_CUSTOMER_ID", () => j("cus_", g.s(14))],
  ["Stripe price id", "STRIPE_PRICE_ID", () => j("price_", "1", g.s(23))],
  ["OpenAI organization id", "OPENAI_ORG_ID", () => j("org-", g.s(24))],
  ["OpenAI assistant id", "OPENAI_ASSISTANT_ID", () => j("asst_", g.s(24))],
  ["Sentry release (git SHA)", "SENTRY_RELEASE", () => g.hex(40)],
  ["AWS account id", "AWS_ACCOUNT_ID", () => g.dig(12)],
  ["KMS key ARN", "KMS_KEY_ARN", () => j("arn:aws:kms:us-east-1:", g.dig(12), ":key/", g.uuid())],
  ["Secrets Manager ARN reference", "DB_SECRET_ARN", () => j("arn:aws:secretsmanager:eu-west-1:", g.dig(12), ":secret:prod/db-", g.s(6))],
  ["ULID", "JOB_ID", () => j("01", g.s(24, CROCK))],
  ["MongoDB ObjectId", "TENANT_ID", () => g.hex(24)],
  ["npm integrity hash", "LOCK_INTEGRITY", () => j("sha512-", g.b64(86), "==")],
  ["GitHub Actions run id", "GITHUB_RUN_ID", () => g.dig(11)],
  ["Slack channel id", "SLACK_CHANNEL_ID", () => j("C0", g.s(9, UAN))],
  ["Google Cloud project number", "GCP_PROJECT_NUMBER", () => g.dig(12)],
  ["Azure tenant id (UUID)", "AZURE_TENANT_ID", () => g.uuid()],
  ["placeholder ${VAR}", "OPENAI_API_KEY", () => "${OPENAI_API_KEY}"],
  ["angle-bracket placeholder", "STRIPE_SECRET_KEY", () => "<your-stripe-secret-key>"],
  ["masked key", "ANTHROPIC_API_KEY", () => j("sk-ant-", "...", "XXXX")],
  ["1Password reference", "GITHUB_TOKEN", () => "op://Engineering/GitHub CI/token"],
  ["Vault reference", "DATABASE_PASSWORD", () => "vault:secret/data/prod/postgres#password"],
  ["GCP Secret Manager reference", "SENDGRID_API_KEY", () => "sm://acme-prod/sendgrid-api-key/latest"],
  ["SOPS encrypted value", "SLACK_BOT_TOKEN", () => j("ENC[AES256_GCM,data:", g.b64(56), ",iv:", g.b64(43), "=,tag:", g.b64(22), "==,type:str]")],
  ["image tag from short SHA", "IMAGE_TAG", () => j("sha-", g.hex(7))],
  ["ETag", "CACHE_ETAG", () => j('W/"', g.hex(32), '"')],
  ["Webpack chunk hash", "BUILD_HASH", () => g.hex(20)],
];

const rotated: CorpusCase[] = [];
let k = 0;
for (let round = 0; round < 2; round++) {
  for (const [what, env, mk] of vals) {
    const [ctx, fn] = neutral[k % neutral.length]!;
    k += 5;
    rotated.push({
      id: `y74-b-${String(rotated.length + 1).padStart(3, "0")}`,
      kind: "secrets",
      category: "heldouty74-benign",
      label: "benign",
      text: fn({ env, key: env.split("_").slice(-2).join("_"), v: mk(), p: "settings", g }),
      note: `${what} in ${ctx}`,
    });
  }
}

const pemBody = (n: number) => Buffer.from(g.bytes(n)).toString("base64").match(/.{1,64}/g)!.join("\n");
const cert = () => j("-----BEGIN ", "CERTIFICATE-----\n", pemBody(900), "\n-----END ", "CERTIFICATE-----");
const pub = () => j("-----BEGIN ", "PUBLIC KEY-----\n", pemBody(294), "\n-----END ", "PUBLIC KEY-----");
const sshPub = (c: string) => j("ssh-ed25519 ", "AAAAC3NzaC1lZDI1NTE5AAAAI", g.s(43, B64), " ", c);
const png = () => j("iVBORw0KGgoAAAANSUhEUgAA", g.b64(600), "=");

const hand: Array<[string, string]> = [
  ["PEM certificate in LLM chat body (debugging TLS)", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: "openssl says unable to get local issuer certificate, this is the cert the server sends:\n\n" + cert() }] })],
  ["PEM public key in JWT verifier config (YAML)", "auth:\n  issuer: https://auth.acme.io\n  audience: orders-api\n  public_key: |\n" + pub().split("\n").map((l) => "    " + l).join("\n") + "\n"],
  ["SSH public key in authorized_keys via write_file", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.s(22), name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: sshPub("ci@acme") + "\n" + sshPub("dana@laptop") + "\n" } })],
  ["known_hosts lines in shell output", "$ cat ~/.ssh/known_hosts\ngithub.com " + j("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", g.s(43, B64)) + "\ngitlab.com " + j("ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB", g.s(88, B64), "=")],
  ["JWKS document (public RSA modulus)", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.hex(16), alg: "RS256", n: g.b64u(342), e: "AQAB" }] }, null, 2)],
  ["PGP public key block in Markdown SECURITY.md", "## Reporting vulnerabilities\n\nEncrypt reports to security@acme.io with:\n\n```\n" + j("-----BEGIN PGP ", "PUBLIC KEY BLOCK-----\n\n", pemBody(500), "\n=", g.s(4, B64), "\n-----END PGP ", "PUBLIC KEY BLOCK-----") + "\n```\n"],
  ["age public recipient in .sops.yaml", "creation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: >-\n      age1" + g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l") + ",\n      age1" + g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l") + "\n"],
  ["SOPS-encrypted YAML file", "stripe:\n    secret_key: ENC[AES256_GCM,data:" + g.b64(96) + ",iv:" + g.b64(43) + "=,tag:" + g.b64(22) + "==,type:str]\nsops:\n    kms: []\n    age:\n        - recipient: age1" + g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l") + "\n          enc: |\n            -----BEGIN AGE ENCRYPTED FILE-----\n            " + g.b64(64) + "\n            " + g.b64(40) + "\n            -----END AGE ENCRYPTED FILE-----\n    lastmodified: \"2026-02-01T10:11:12Z\"\n    mac: ENC[AES256_GCM,data:" + g.b64(88) + ",iv:" + g.b64(43) + "=,tag:" + g.b64(22) + "==,type:str]\n    version: 3.9.1\n"],
  ["Bitnami SealedSecret manifest", "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    OPENAI_API_KEY: Ag" + g.b64(690) + "==\n    STRIPE_SECRET_KEY: Ag" + g.b64(690) + "==\n"],
  ["ansible-vault encrypted vars file", "$ANSIBLE_VAULT;1.1;AES256\n" + Array.from({ length: 8 }, () => g.hex(80)).join("\n") + "\n"],
  ["ansible-vault inline !vault value", "db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  " + Array.from({ length: 5 }, () => g.hex(64)).join("\n  ") + "\n"],
  ["ExternalSecret referencing AWS Secrets Manager", "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: payments\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/payments/stripe\n        property: secret_key\n"],
  ["GitHub Actions secrets expressions", "jobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@" + g.hex(40) + " # v4.2.2\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}\n"],
  ["masked secrets in CI log", "2026-03-02T11:04:55.201Z Run aws sts get-caller-identity\n2026-03-02T11:04:55.202Z env:\n2026-03-02T11:04:55.202Z   AWS_ACCESS_KEY_ID: ***\n2026-03-02T11:04:55.202Z   AWS_SECRET_ACCESS_KEY: ***\n2026-03-02T11:04:56.880Z {\n2026-03-02T11:04:56.880Z     \"UserId\": \"AIDA" + g.s(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + "\",\n2026-03-02T11:04:56.880Z     \"Account\": \"" + g.dig(12) + "\",\n2026-03-02T11:04:56.880Z     \"Arn\": \"arn:aws:iam::" + g.dig(12) + ":user/ci-deployer\"\n2026-03-02T11:04:56.881Z }"],
  [".env.example with placeholders", "# Copy to .env and fill in\nOPENAI_API_KEY=sk-proj-...\nANTHROPIC_API_KEY=your-anthropic-key-here\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nDATABASE_URL=postgresql://user:password@localhost:5432/app\nSLACK_BOT_TOKEN=xoxb-your-token\n"],
  ["Markdown docs with masked key listing", "### API keys\n\n| name | key | created |\n|---|---|---|\n| ci-runner | `sk-...a9Qf` | 2026-01-04 |\n| notebook | `sk-...Lx2T` | 2026-02-18 |\n\nKeys are shown once; rotate from the dashboard.\n"],
  ["OpenAI chat completion response ids", JSON.stringify({ id: "chatcmpl-" + g.s(29), object: "chat.completion", created: 1767300000, model: "gpt-4.1-2025-04-14", system_fingerprint: "fp_" + g.hex(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3, total_tokens: 815 } })],
  ["Anthropic message response ids", JSON.stringify({ id: "msg_01" + g.s(22), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: "toolu_01" + g.s(22), name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use", usage: { input_tokens: 2048, output_tokens: 41 } })],
  ["Stripe webhook event payload ids", JSON.stringify({ id: "evt_1" + g.s(23), object: "event", type: "payment_intent.succeeded", data: { object: { id: "pi_3" + g.s(23), object: "payment_intent", amount: 4200, currency: "eur", customer: "cus_" + g.s(14), latest_charge: "ch_3" + g.s(23), payment_method: "pm_1" + g.s(23) } }, request: { id: "req_" + g.s(14), idempotency_key: g.uuid() } }, null, 2)],
  ["AWS CLI output with request ids", "$ aws s3api put-object --bucket acme-artifacts --key build.zip --body build.zip\n{\n    \"ETag\": \"\\\"" + g.hex(32) + "\\\"\",\n    \"ServerSideEncryption\": \"AES256\",\n    \"VersionId\": \"" + g.s(32, AN + "._") + "\"\n}\nx-amz-request-id: " + g.s(16, UAN) + "\nx-amz-id-2: " + g.b64(76) + "="],
  ["HTTP response headers with trace ids", "HTTP/2 200\ncontent-type: application/json\nx-request-id: " + g.uuid() + "\ntraceparent: 00-" + g.hex(32) + "-" + g.hex(16) + "-01\nx-amz-cf-id: " + g.s(54, B64U) + "==\netag: \"" + g.hex(40) + "\"\ncf-ray: " + g.hex(16) + "-FRA\n"],
  ["package-lock.json entries", JSON.stringify({ packages: { "node_modules/lodash": { version: "4.17.21", resolved: "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz", integrity: "sha512-" + g.b64(86) + "==" }, "node_modules/zod": { version: "3.24.1", resolved: "https://registry.npmjs.org/zod/-/zod-3.24.1.tgz", integrity: "sha512-" + g.b64(86) + "==" } } }, null, 2)],
  ["go.sum lines", "github.com/google/uuid v1.6.0 h1:" + g.b64(43) + "=\ngithub.com/google/uuid v1.6.0/go.mod h1:" + g.b64(43) + "=\ngolang.org/x/sync v0.10.0 h1:" + g.b64(43) + "=\n"],
  ["Cargo.lock checksums", "[[package]]\nname = \"serde\"\nversion = \"1.0.217\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + g.hex(64) + "\"\n\n[[package]]\nname = \"tokio\"\nversion = \"1.43.0\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + g.hex(64) + "\"\n"],
  ["pip requirements with hashes", "requests==2.32.3 \\\n    --hash=sha256:" + g.hex(64) + " \\\n    --hash=sha256:" + g.hex(64) + "\nurllib3==2.3.0 \\\n    --hash=sha256:" + g.hex(64) + "\n"],
  ["docker pull output digests", "$ docker pull ghcr.io/acme/api:1.8.2\n1.8.2: Pulling from acme/api\n" + g.hex(12) + ": Pull complete\n" + g.hex(12) + ": Pull complete\nDigest: sha256:" + g.hex(64) + "\nStatus: Downloaded newer image for ghcr.io/acme/api:1.8.2"],
  ["Subresource integrity in HTML", "<script src=\"https://cdn.jsdelivr.net/npm/htmx.org@2.0.4/dist/htmx.min.js\" integrity=\"sha384-" + g.b64(64) + "\" crossorigin=\"anonymous\"></script>\n<link rel=\"stylesheet\" href=\"/assets/app." + g.hex(8) + ".css\">"],
  ["base64 PNG data URI in Markdown", "![logo](data:image/png;base64," + png() + ")\n\nThe logo above is inlined so the README renders offline."],
  ["base64 image in CSS", ".brand {\n  background-image: url(\"data:image/png;base64," + png() + "\");\n  background-size: 32px 32px;\n}\n"],
  ["minified JavaScript bundle", "!function(e,t){\"object\"==typeof exports?module.exports=t():e.lib=t()}(this,function(){var e=\"" + g.s(40, AN) + "\",t=function(n){return n.split(\"\").map(function(r,o){return String.fromCharCode(r.charCodeAt(0)^e.charCodeAt(o%e.length))}).join(\"\")};return{v:\"3.1.0\",h:\"" + g.hex(40) + "\",x:t}});\n//# sourceMappingURL=lib.min.js.map"],
  ["CSS modules hashed class names", "." + "button_" + g.s(5, LAN) + "__" + g.s(8, B64U) + "{padding:8px 12px}." + "card_" + g.s(5, LAN) + "__" + g.s(8, B64U) + "{border-radius:6px;box-shadow:0 1px 2px #0003}.grid_" + g.s(20, AN) + "{display:grid;grid-template-columns:repeat(12,1fr)}"],
  ["source map mappings", JSON.stringify({ version: 3, file: "app.js", sources: ["src/app.ts"], names: [], mappings: "AAAA,SAASA," + g.s(120, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/,;"), debugId: g.uuid() })],
  ["Terraform state resource ids", JSON.stringify({ version: 4, terraform_version: "1.10.3", serial: 42, lineage: g.uuid(), resources: [{ mode: "managed", type: "aws_s3_bucket", name: "artifacts", instances: [{ attributes: { id: "acme-artifacts", arn: "arn:aws:s3:::acme-artifacts", hosted_zone_id: "Z" + g.s(13, UAN) } }] }, { mode: "managed", type: "aws_vpc", name: "main", instances: [{ attributes: { id: "vpc-" + g.hex(17), owner_id: g.dig(12) } }] }] }, null, 2)],
  ["Kubernetes Secret with non-secret data", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: " + Buffer.from("info").toString("base64") + "\n  REGION: " + Buffer.from("eu-west-1").toString("base64") + "\n  FEATURE_FLAGS: " + Buffer.from("search,beta-ui").toString("base64") + "\n"],
  ["Azure App Service Key Vault references", JSON.stringify([{ name: "OPENAI_API_KEY", value: "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/openai-key/" + g.hex(32) + ")", slotSetting: false }, { name: "AzureWebJobsStorage__accountName", value: "acmefuncstore", slotSetting: false }], null, 2)],
  ["Spring config with env placeholders", "spring:\n  datasource:\n    url: jdbc:postgresql://${DB_HOST:localhost}:5432/app\n    username: ${DB_USER}\n    password: ${DB_PASSWORD}\napp:\n  stripe:\n    secret-key: ${STRIPE_SECRET_KEY}\n"],
  ["Python code reading keys from env", "import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])\nanthropic_key = os.getenv(\"ANTHROPIC_API_KEY\")\nif not anthropic_key:\n    raise SystemExit(\"set ANTHROPIC_API_KEY\")\n"],
  ["Go test fixture with redacted token", "func TestRedact(t *testing.T) {\n\tin := \"Authorization: Bearer [REDACTED]\"\n\tif got := redact(in); got != in {\n\t\tt.Fatalf(\"got %q\", got)\n\t}\n}\n"],
  ["SQL migration with UUIDs and hashes", "INSERT INTO releases (id, version, commit_sha, artifact_sha256) VALUES\n  ('" + g.uuid() + "', '2.4.0', '" + g.hex(40) + "', '" + g.hex(64) + "'),\n  ('" + g.uuid() + "', '2.4.1', '" + g.hex(40) + "', '" + g.hex(64) + "');\n"],
  ["git rebase todo list", "pick " + g.hex(7) + " feat: add export endpoint\nfixup " + g.hex(7) + " lint\npick " + g.hex(7) + " fix: retry on 429\n\n# Rebase " + g.hex(7) + ".." + g.hex(7) + " onto " + g.hex(7) + " (3 commands)"],
  ["diff touching lockfile hashes", "diff --git a/yarn.lock b/yarn.lock\n--- a/yarn.lock\n+++ b/yarn.lock\n@@ -812,7 +812,7 @@\n \"debug@^4.3.4\":\n-  version \"4.3.7\"\n-  integrity sha512-" + g.b64(86) + "==\n+  version \"4.4.0\"\n+  integrity sha512-" + g.b64(86) + "==\n"],
  ["MCP tool result listing S3 objects (ETags)", JSON.stringify({ jsonrpc: "2.0", id: 11, result: { content: [{ type: "text", text: JSON.stringify({ Contents: [{ Key: "exports/2026-03-01.csv", ETag: '"' + g.hex(32) + '"', Size: 48211 }, { Key: "exports/2026-03-02.csv", ETag: '"' + g.hex(32) + "-4\"", Size: 1048576 }] }) }] } })],
  ["Jupyter notebook output with dataframe hashes", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 5, metadata: {}, source: ["df['row_hash'].head(3)"], outputs: [{ output_type: "execute_result", execution_count: 5, data: { "text/plain": ["0    " + g.hex(64) + "\n", "1    " + g.hex(64) + "\n", "2    " + g.hex(64) + "\n", "Name: row_hash, dtype: object"] }, metadata: {} }] }], nbformat: 4, nbformat_minor: 5 })],
  ["crash dump with memory addresses and build id", "Fatal error: SIGSEGV at 0x00007f" + g.hex(10) + "\nBuild ID: " + g.hex(40) + "\nThread 3 \"worker\":\n  #0 0x000055" + g.hex(10) + " in parse_frame (codec.c:211)\n  #1 0x000055" + g.hex(10) + " in decode (codec.c:88)\n  #2 0x00007f" + g.hex(10) + " in start_thread\n"],
  ["WireGuard config public keys only", "[Interface]\nAddress = 10.8.0.2/32\nPrivateKey = ${WG_PRIVATE_KEY}\n\n[Peer]\nPublicKey = " + g.b64(43) + "=\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 10.8.0.0/24\n"],
  ["HCL with var references", "provider \"aws\" {\n  region     = var.region\n  access_key = var.aws_access_key_id\n  secret_key = var.aws_secret_access_key\n}\n\nresource \"aws_instance\" \"web\" {\n  ami           = \"ami-" + g.hex(17) + "\"\n  instance_type = \"t3.micro\"\n  subnet_id     = \"subnet-" + g.hex(17) + "\"\n}\n"],
  ["shell history with git/ssh fingerprints", "  210  ssh-keygen -lf ~/.ssh/id_ed25519.pub\n  211  # 256 SHA256:" + g.b64(43) + " dana@laptop (ED25519)\n  212  git verify-commit " + g.hex(40) + "\n  213  gpg --list-keys " + g.hex(40).toUpperCase() + "\n"],
  ["XML with Maven checksums", "<dependency>\n  <groupId>com.fasterxml.jackson.core</groupId>\n  <artifactId>jackson-databind</artifactId>\n  <version>2.18.2</version>\n</dependency>\n<!-- sha1: " + g.hex(40) + " -->\n<!-- sha256: " + g.hex(64) + " -->"],
  ["chat message sharing a commit and request id", "[14:02] sam: deploy of " + g.hex(40) + " failed, request id " + g.uuid() + "\n[14:03] dana: looking, trace " + g.hex(32)],
];

export const cases: CorpusCase[] = [
  ...rotated,
  ...hand.map(([note, text], i): CorpusCase => ({
    id: `y74-bk-${String(i + 1).padStart(3, "0")}`,
    kind: "secrets",
    category: "heldouty74-benign",
    label: "benign",
    text,
    note,
  })),
];
