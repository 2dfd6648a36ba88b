// heldout-y93 benign look-alikes: the same renderers and files, carrying values that are not secrets.
import { Gen, renderers, B64, AL } from "./_gen.ts";
import type { CorpusCase } from "../types.ts";

type B = { p: string; k: string; what: string; mk: (g: Gen) => string; hdr?: string; q?: string };
const B_ = (p: string, k: string, what: string, mk: (g: Gen) => string, hdr?: string, q?: string): B => ({ p, k, what, mk, hdr, q });

const specs: B[] = [
  B_("Git", "GIT_COMMIT_SHA", "git commit SHA", (g) => g.h(40)),
  B_("Docker", "IMAGE_DIGEST", "image digest", (g) => "sha256:" + g.h(64)),
  B_("Build", "ARTIFACT_SHA256", "sha256 checksum", (g) => g.h(64)),
  B_("Build", "SOURCE_MD5", "md5 checksum", (g) => g.h(32)),
  B_("npm", "PACKAGE_INTEGRITY", "SRI integrity", (g) => "sha512-" + g.b(86) + "=="),
  B_("Tracing", "TRACE_ID", "W3C trace id", (g) => g.h(32), "X-Trace-Id", "trace_id"),
  B_("Tracing", "TRACEPARENT", "traceparent header", (g) => `00-${g.h(32)}-${g.h(16)}-01`, "traceparent", "traceparent"),
  B_("API", "REQUEST_ID", "request id UUID", (g) => g.uuid(), "X-Request-Id", "request_id"),
  B_("App", "TENANT_ID", "tenant UUID", (g) => g.uuid(), "X-Tenant-Id", "tenant_id"),
  B_("Stripe", "STRIPE_CUSTOMER_ID", "Stripe customer object id", (g) => "cus_" + g.a(14), "X-Customer", "customer"),
  B_("Stripe", "STRIPE_PRICE_ID", "Stripe price object id", (g) => "price_" + g.a(24)),
  B_("Stripe", "PAYMENT_INTENT_ID", "Stripe PaymentIntent id", (g) => "pi_" + g.a(24), undefined, "payment_intent"),
  B_("Stripe", "STRIPE_PUBLISHABLE_KEY", "publishable key (pk_live)", (g) => "pk_" + "live_" + "51" + g.a(97)),
  B_("OpenAI", "OPENAI_RESPONSE_ID", "chat completion id", (g) => "chatcmpl-" + g.a(29)),
  B_("OpenAI", "OPENAI_ASSISTANT_ID", "assistant id", (g) => "asst_" + g.a(24)),
  B_("OpenAI", "OPENAI_ORG_ID", "organization id", (g) => "org-" + g.a(24), "OpenAI-Organization"),
  B_("Anthropic", "ANTHROPIC_MESSAGE_ID", "message id", (g) => "msg_01" + g.a(22)),
  B_("Anthropic", "ANTHROPIC_REQUEST_ID", "request id", (g) => "req_011C" + g.a(20), "request-id"),
  B_("Vercel", "VERCEL_PROJECT_ID", "project id", (g) => "prj_" + g.a(28)),
  B_("Vercel", "VERCEL_ORG_ID", "team id", (g) => "team_" + g.a(24)),
  B_("AWS", "AWS_ROLE_ARN", "IAM role ARN", (g) => `arn:aws:iam::${g.d(12)}:role/deploy-${g.l(6)}`),
  B_("AWS", "AWS_KMS_KEY_ID", "KMS key id UUID", (g) => g.uuid()),
  B_("AWS", "DB_PASSWORD", "SSM parameter reference", () => "{{resolve:ssm-secure:/prod/orders/db_password:3}}"),
  B_("Azure", "API_KEY", "Key Vault reference", () => "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/api-key/)"),
  B_("1Password", "STRIPE_SECRET_KEY", "1Password secret reference", () => "op://Production/Stripe/secret-key"),
  B_("Vault", "DATABASE_PASSWORD", "Vault agent template reference", () => '{{ with secret "database/creds/app" }}{{ .Data.password }}{{ end }}'),
  B_("Env", "OPENAI_API_KEY", "shell variable reference", () => "${OPENAI_API_KEY}"),
  B_("Env", "GITHUB_TOKEN", "Actions secret expression", () => "${{ secrets.GITHUB_TOKEN }}"),
  B_("Placeholder", "ANTHROPIC_API_KEY", "placeholder", () => "<your-anthropic-api-key>"),
  B_("Placeholder", "OPENAI_API_KEY", "masked key", () => "sk-...XXXX"),
  B_("Placeholder", "STRIPE_SECRET_KEY", "masked key", () => "sk_live_****************************"),
  B_("Placeholder", "SLACK_BOT_TOKEN", "placeholder", () => "xoxb-your-bot-token-here"),
  B_("Placeholder", "AWS_SECRET_ACCESS_KEY", "placeholder", () => "REPLACE_ME"),
  B_("Placeholder", "DATABASE_URL", "URL with env-var password", () => "postgres://app:${DB_PASSWORD}@db:5432/app"),
  B_("Placeholder", "SENDGRID_API_KEY", "redacted", () => "[REDACTED]"),
  B_("Placeholder", "API_TOKEN", "changeme", () => "changeme"),
  B_("SOPS", "DB_PASSWORD", "SOPS-encrypted value", (g) => `ENC[AES256_GCM,data:${g.b(32)},iv:${g.b(43)}=,tag:${g.b(22)}==,type:str]`),
  B_("Sentry", "SENTRY_RELEASE", "release name with SHA", (g) => "api@" + g.h(40)),
  B_("GitHub", "GITHUB_RUN_ID", "run id", (g) => g.d(11)),
  B_("GitHub", "GITHUB_NODE_ID", "GraphQL node id", (g) => "PR_kwDO" + g.bu(16)),
  B_("Google", "GA_MEASUREMENT_ID", "analytics measurement id", (g) => "G-" + g.u(10)),
  B_("Segment", "ANONYMOUS_ID", "anonymous id", (g) => g.uuid()),
  B_("Etag", "ETAG", "ETag", (g) => `W/"${g.h(32)}"`, "If-None-Match", "etag"),
  B_("Cache", "CACHE_KEY", "cache key hash", (g) => "node-modules-" + g.h(64)),
  B_("Mongo", "DOCUMENT_ID", "ObjectId", (g) => g.h(24), undefined, "id"),
  B_("Build", "BUILD_ID", "ULID", (g) => "01J" + g.str(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")),
  B_("Nix", "NIX_STORE_PATH", "nix store path", (g) => `/nix/store/${g.str(32, "0123456789abcdfghijklmnpqrsvwxyz")}-nodejs-22.11.0`),
  B_("Terraform", "TF_STATE_LINEAGE", "state lineage UUID", (g) => g.uuid()),
  B_("Kubernetes", "POD_UID", "pod uid", (g) => g.uuid()),
  B_("Sigstore", "COSIGN_PUBLIC_KEY", "public key PEM (single line)", (g) => ["-----BEGIN PUBLIC KEY-----", "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE" + g.b(52) + "==", "-----END PUBLIC KEY-----"].join("\\n")),
  B_("SSH", "DEPLOY_PUBLIC_KEY", "SSH public key", (g) => "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.b(43) + " ci@acme"),
  B_("age", "SOPS_AGE_RECIPIENT", "age public recipient", (g) => "age1" + g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")),
  B_("WireGuard", "WG_PEER_PUBLIC_KEY", "WireGuard public key", (g) => g.b(43) + "="),
  B_("Webpack", "CHUNK_HASH", "content hash", (g) => g.h(20)),
  B_("Sentry", "SENTRY_EVENT_ID", "event id", (g) => g.h(32)),
  B_("Datadog", "DD_SITE", "site hostname", () => "datadoghq.eu"),
];

// Renderers whose prose frames the value as a key ("I'm using this key", credential column, "team key") are skipped.
const R = renderers.filter(([n]) => !["chat message", "SQL seed", "Markdown doc"].includes(n));

function rendered(): CorpusCase[] {
  const g = new Gen(0x93b0003);
  return specs.map((s, i) => {
    const [ctxName, render] = R[(i * 5 + 3) % R.length]!;
    const v = s.mk(g);
    const host = "api." + s.p.toLowerCase().replace(/[^a-z0-9]+/g, "") + ".com";
    const text = render({ p: s.p, k: s.k, v, hdr: s.hdr ?? "X-Correlation", q: s.q ?? s.k.toLowerCase(), host });
    return { id: `y93-b-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty93-benign", label: "benign", text, note: `${s.p} ${s.what} — ${s.k} — ${ctxName}` } as CorpusCase;
  });
}

function handcrafted(): CorpusCase[] {
  const g = new Gen(0x93b0004);
  const out: CorpusCase[] = [];
  const mk = (note: string, text: string) => out.push({ id: `y93-bk-${String(out.length + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty93-benign", label: "benign", text, note });
  const cert = ["-----BEGIN CERTIFICATE-----", ...Array.from({ length: 14 }, () => g.b(64)), g.b(40) + "==", "-----END CERTIFICATE-----"].join("\n");
  mk("PEM certificate chain — chat body", JSON.stringify({ messages: [{ role: "user", content: "nginx says 'no start line' for this cert, what's wrong?\n\n" + cert }] }));
  mk("RSA public key PEM — write_file", JSON.stringify({ type: "tool_use", id: "toolu_01" + "Rk", name: "write_file", input: { path: "keys/jwt_public.pem", content: ["-----BEGIN PUBLIC KEY-----", ...Array.from({ length: 6 }, () => g.b(64)), g.b(8) + "IDAQAB", "-----END PUBLIC KEY-----"].join("\n") + "\n" } }));
  mk("SSH known_hosts — MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: `github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b(43)}\ngitlab.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB${g.b(87)}=\n` }] } }));
  mk("ansible-vault encrypted file — YAML", "# group_vars/prod/vault.yml\n$ANSIBLE_VAULT;1.1;AES256\n" + Array.from({ length: 8 }, () => g.h(80)).join("\n") + "\n");
  mk("Bitnami SealedSecret — k8s", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-creds\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: AgB${g.b(340)}==\n    DATABASE_URL: AgC${g.b(300)}=\n`);
  mk("SOPS-encrypted YAML with sops metadata", `db:\n    password: ENC[AES256_GCM,data:${g.b(24)},iv:${g.b(43)}=,tag:${g.b(22)}==,type:str]\nsops:\n    kms:\n        - arn: arn:aws:kms:eu-west-1:${g.d(12)}:key/${g.uuid()}\n          enc: AQICAHh${g.b(180)}==\n    lastmodified: "2026-11-20T10:11:12Z"\n    mac: ENC[AES256_GCM,data:${g.b(60)}=,iv:${g.b(43)}=,tag:${g.b(22)}==,type:str]\n    version: 3.9.1\n`);
  mk("package-lock.json integrity fields", JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/react": { version: "19.0.0", resolved: "https://registry.npmjs.org/react/-/react-19.0.0.tgz", integrity: "sha512-" + g.b(86) + "==" }, "node_modules/zod": { version: "3.24.1", resolved: "https://registry.npmjs.org/zod/-/zod-3.24.1.tgz", integrity: "sha512-" + g.b(86) + "==" } } }, null, 2));
  mk("go.sum lines", Array.from({ length: 6 }, (_, i) => `github.com/acme/mod${i} v1.${i}.0 h1:${g.b(43)}=\ngithub.com/acme/mod${i} v1.${i}.0/go.mod h1:${g.b(43)}=`).join("\n"));
  mk("base64 PNG data URI in CSS", `.logo {\n  width: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b(400)}AAAAAElFTkSuQmCC");\n}\n`);
  mk("minified JS bundle", `!function(e,t){"use strict";var n="${g.a(32)}",r=function(e){return e.split("").map(function(e){return e.charCodeAt(0)})},o={h:"${g.h(40)}",v:"4.2.1"};t.__chunk_${g.l(8)}=function(){return r(n).concat(o)}}(this,window);\n//# sourceMappingURL=main.${g.h(20)}.js.map`);
  mk("CSS-in-JS hashed class names", `.css-${g.l(6)}{display:flex}.css-${g.l(6)}-Button{padding:4px 8px}.sc-${g.a(6)}.${g.a(6)}{color:#1a73e8}.__jsx-style-${g.h(16)}{margin:0}`);
  mk("Docker build log with layer digests", Array.from({ length: 6 }, (_, i) => `#${i + 4} sha256:${g.h(64)} ${(g.next() * 40).toFixed(1)}MB / 41.2MB`).join("\n") + `\n#12 writing image sha256:${g.h(64)} done\n#12 naming to ghcr.io/acme/api:1.14.2 done`);
  mk("git log --oneline in chat", JSON.stringify({ messages: [{ role: "user", content: "which of these broke the build?\n" + Array.from({ length: 8 }, (_, i) => `${g.h(40)} fix(api): change ${i}`).join("\n") }] }));
  mk("Terraform plan output with ids", `  # aws_instance.web will be updated in-place\n  ~ resource "aws_instance" "web" {\n        id                  = "i-${g.h(17)}"\n      ~ ami                 = "ami-${g.h(17)}" -> "ami-${g.h(17)}"\n        subnet_id           = "subnet-${g.h(17)}"\n        vpc_security_group_ids = ["sg-${g.h(17)}"]\n        password            = (sensitive value)\n    }\n`);
  mk("Stripe webhook event with object ids", JSON.stringify({ id: "evt_" + g.a(24), object: "event", type: "payment_intent.succeeded", data: { object: { id: "pi_" + g.a(24), customer: "cus_" + g.a(14), latest_charge: "ch_" + g.a(24), payment_method: "pm_" + g.a(24), client_secret: null } }, request: { id: "req_" + g.a(14), idempotency_key: g.uuid() } }, null, 2));
  mk("OpenAI API response metadata", JSON.stringify({ id: "chatcmpl-" + g.a(29), object: "chat.completion", created: 1764500000, model: "gpt-4.1-2025-04-14", system_fingerprint: "fp_" + g.h(10), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 120, completion_tokens: 3 } }));
  mk("HTTP response headers with ids", `HTTP/2 200\ncontent-type: application/json\nx-request-id: ${g.uuid()}\ncf-ray: ${g.h(16)}-FRA\nx-amz-cf-id: ${g.bu(54)}==\netag: "${g.h(32)}"\nx-cloud-trace-context: ${g.h(32)}/${g.d(19)};o=1\n`);
  mk("curl with env-var bearer", `curl -s https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" | jq '.data[].id'`);
  mk(".env.example with placeholders", "# copy to .env\nOPENAI_API_KEY=sk-proj-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nANTHROPIC_API_KEY=<your-key>\nSTRIPE_SECRET_KEY=sk_live_...\nGITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nDATABASE_URL=postgres://user:password@localhost:5432/dev\n");
  mk("Helm values with existingSecret references", "auth:\n  existingSecret: api-credentials\n  existingSecretKey: api-key\npostgresql:\n  auth:\n    existingSecret: pg-auth\n    secretKeys:\n      adminPasswordKey: postgres-password\n");
  mk("ExternalSecret manifest", "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: stripe\nspec:\n  secretStoreRef:\n    name: aws-sm\n    kind: ClusterSecretStore\n  data:\n    - secretKey: STRIPE_SECRET_KEY\n      remoteRef:\n        key: prod/stripe\n        property: secret_key\n");
  mk("Python hashing code with digests in tests", `import hashlib\n\ndef test_digest():\n    assert hashlib.sha256(b"hello").hexdigest() == "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"\n    assert hashlib.sha1(b"${g.l(8)}").hexdigest() == "${g.h(40)}"\n`);
  mk("Jupyter notebook output with base64 image", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 5, source: ["plt.plot(losses)\n"], outputs: [{ output_type: "display_data", data: { "image/png": "iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAYAAAA10dzkAAAA" + g.b(600) }, metadata: {} }] }], nbformat: 4, nbformat_minor: 5 }));
  mk("SQL with UUID and hash columns", `INSERT INTO files (id, owner_id, sha256, etag) VALUES\n  ('${g.uuid()}', '${g.uuid()}', '${g.h(64)}', '${g.h(32)}'),\n  ('${g.uuid()}', '${g.uuid()}', '${g.h(64)}', '${g.h(32)}');`);
  mk("CI log with masked secrets", `2026-11-30T10:00:01Z Run ./deploy.sh\n2026-11-30T10:00:01Z   env:\n2026-11-30T10:00:01Z     AWS_ACCESS_KEY_ID: ***\n2026-11-30T10:00:01Z     AWS_SECRET_ACCESS_KEY: ***\n2026-11-30T10:00:02Z deploying commit ${g.h(40)}\n2026-11-30T10:00:09Z uploaded s3://acme-artifacts/${g.h(64)}.tar.gz`);
  mk("Subresource integrity in HTML", `<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.3/dist/htmx.min.js" integrity="sha384-${g.b(64)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="/assets/app.${g.h(8)}.css" integrity="sha256-${g.b(43)}=">`);
  mk("Cargo.lock checksums", Array.from({ length: 4 }, (_, i) => `[[package]]\nname = "crate${i}"\nversion = "0.${i}.3"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "${g.h(64)}"`).join("\n\n"));
  mk("PGP public key block in docs", "Verify releases with our public key:\n\n```\n-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + Array.from({ length: 8 }, () => g.b(64)).join("\n") + "\n=" + g.b(4) + "\n-----END PGP PUBLIC KEY BLOCK-----\n```\n");
  mk("diff rotating secret to a reference", "--- a/config/app.yaml\n+++ b/config/app.yaml\n@@ -4,3 +4,3 @@\n stripe:\n-  secret_key: ${STRIPE_SECRET_KEY}\n+  secret_key: !secret stripe_secret_key\n   webhook_tolerance: 300\n");
  mk("Python code reading keys from env only", "import os\nfrom openai import OpenAI\n\nclient = OpenAI(api_key=os.environ[\"OPENAI_API_KEY\"])\nanthropic_key = os.getenv(\"ANTHROPIC_API_KEY\")\nif not anthropic_key:\n    raise SystemExit(\"set ANTHROPIC_API_KEY\")\n");
  mk("Go test with fixed UUIDs and hashes", `func TestParse(t *testing.T) {\n\tid := uuid.MustParse("${g.uuid()}")\n\twant := "${g.h(64)}"\n\tif got := Digest(id); got != want {\n\t\tt.Fatalf("got %s", got)\n\t}\n}\n`);
  mk("AWS CloudTrail event with non-secret ids", JSON.stringify({ eventID: g.uuid(), requestID: g.uuid(), userIdentity: { type: "AssumedRole", principalId: "AROA" + g.str(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + ":ci", arn: `arn:aws:sts::${g.d(12)}:assumed-role/ci/ci` }, eventName: "PutObject", resources: [{ ARN: "arn:aws:s3:::acme-artifacts/" + g.h(40) }] }, null, 2));
  mk("Sourcemap JSON mappings", JSON.stringify({ version: 3, file: "main.js", sources: ["src/index.ts"], names: ["a", "b"], mappings: Array.from({ length: 20 }, () => g.str(8, AL + "+/")).join(";") + ";" + g.str(60, B64) }));
  mk("Android signing config referencing env", "android {\n  signingConfigs {\n    release {\n      storeFile file(System.getenv(\"KEYSTORE_PATH\"))\n      storePassword System.getenv(\"KEYSTORE_PASSWORD\")\n      keyAlias \"upload\"\n      keyPassword System.getenv(\"KEY_PASSWORD\")\n    }\n  }\n}\n");
  mk("Docker compose with secrets files", "services:\n  api:\n    image: ghcr.io/acme/api@sha256:" + g.h(64) + "\n    environment:\n      DB_PASSWORD_FILE: /run/secrets/db_password\n    secrets:\n      - db_password\nsecrets:\n  db_password:\n    file: ./secrets/db_password.txt\n");
  mk("Kubernetes Secret with non-secret base64 data", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("debug").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  FEATURE_FLAGS: ${Buffer.from("beta_ui,new_checkout").toString("base64")}\n`);
  mk("Markdown table of key names without values", "| Variable | Where to get it |\n|---|---|\n| `OPENAI_API_KEY` | platform.openai.com → API keys |\n| `STRIPE_SECRET_KEY` | Stripe dashboard → Developers |\n| `SLACK_BOT_TOKEN` | api.slack.com/apps → OAuth |\n");
  mk("shell history of key rotation without values", "  310  aws secretsmanager get-secret-value --secret-id prod/api --query SecretString --output text | jq -r .version\n  311  vault kv get -field=version secret/api\n  312  gh secret set OPENAI_API_KEY < /dev/stdin\n  313  op read op://Prod/OpenAI/credential >/dev/null && echo ok");
  mk("crash dump with hashed/masked locals", `Traceback (most recent call last):\n  File "/srv/app/auth.py", line 52, in verify\n    raise InvalidSignature()\nauth.InvalidSignature\n\nLocals:\n    token_fingerprint = '${g.h(64)}'\n    api_key = 'sk-...${g.a(4)}'\n    kid = '${g.uuid()}'`);
  mk("Azure resource ids", `/subscriptions/${g.uuid()}/resourceGroups/rg-prod/providers/Microsoft.KeyVault/vaults/acme-kv\nprincipalId: ${g.uuid()}\ntenantId: ${g.uuid()}\nclientId: ${g.uuid()}`);
  mk("JWT header-only / unsigned example in tests", `const header = Buffer.from(JSON.stringify({ alg: "none", typ: "JWT" })).toString("base64url");\nexpect(parse(header + ".e30.")).toThrow("unsigned token");\n`);
  mk("HCL with sensitive variable (no default)", `variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\nresource "aws_db_instance" "main" {\n  password          = var.db_password\n  kms_key_id        = "arn:aws:kms:us-east-1:${g.d(12)}:key/${g.uuid()}"\n}\n`);
  mk("INI with hashed password (bcrypt)", `[users]\nadmin = $2b$12$${g.str(53, AL + "./")}\n\n[server]\nport = 8080\n`);
  mk("XML with thumbprints", `<configuration>\n  <appSettings>\n    <add key="SigningCertThumbprint" value="${g.H(40)}" />\n    <add key="TenantId" value="${g.uuid()}" />\n  </appSettings>\n</configuration>`);
  return out;
}

export const cases: CorpusCase[] = [...rendered(), ...handcrafted()];
