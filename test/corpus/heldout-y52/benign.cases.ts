// heldout-y52: hard benign look-alikes in the same outbound contexts as the positives.
import type { CorpusCase } from "../types.ts";
import { G, P } from "./_gen.ts";

type Gen = (g: G) => [string, string];

const chat = (content: string) => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content }] });
const mcp = (text: string) => JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text }], isError: false } });

const gens: Gen[] = [
  (g) => ["git log output (commit SHAs) in MCP result", mcp(`commit ${g.h(40)}\nAuthor: Dana <dana@acme.io>\nDate:   Tue Mar 3 10:12:44 2026 +0000\n\n    fix: retry on 502\n\ncommit ${g.h(40)}\nMerge: ${g.h(7)} ${g.h(7)}\n`)],
  (g) => ["sha256 checksums file", `${g.h(64)}  app-linux-amd64.tar.gz\n${g.h(64)}  app-darwin-arm64.tar.gz\n${g.h(64)}  app-windows-amd64.zip\n`],
  (g) => ["docker image digest in compose", `services:\n  api:\n    image: ghcr.io/acme/api@sha256:${g.h(64)}\n    environment:\n      - GIT_SHA=${g.h(40)}\n      - BUILD_ID=${g.d(9)}\n`],
  (g) => ["npm lockfile integrity", JSON.stringify({ name: "acme-web", lockfileVersion: 3, packages: { "node_modules/react": { version: "19.1.0", resolved: "https://registry.npmjs.org/react/-/react-19.1.0.tgz", integrity: `sha512-${g.bytes64(64)}` } } }, null, 2)],
  (g) => ["SRI hash on script tag", `<script src="https://cdn.jsdelivr.net/npm/htmx.org@2.0.4/dist/htmx.min.js" integrity="sha384-${g.bytes64(48)}" crossorigin="anonymous"></script>`],
  (g) => ["request/trace ids in log lines", `${g.ts()} INFO  http request_id=${g.uuid()} trace_id=${g.h(32)} span_id=${g.h(16)} method=GET path=/v1/items status=200 dur_ms=${g.range(3, 400)}`],
  (g) => ["Stripe object ids in API response", JSON.stringify({ id: P("pi_", g.a(24)), object: "payment_intent", customer: P("cus_", g.a(14)), latest_charge: P("ch_", g.a(24)), payment_method: P("pm_", g.a(24)), amount: 4200, currency: "usd", status: "succeeded" }, null, 2)],
  (g) => ["Stripe publishable live key in frontend config", `// web/src/config.ts\nexport const stripePublishableKey = "${P("pk", "_live_", "51", g.a(97))}";\n`],
  (g) => ["OpenAI response ids", JSON.stringify({ id: P("chatcmpl-", g.a(29)), object: "chat.completion", created: 1765000000, model: "gpt-4.1-2025-04-14", system_fingerprint: P("fp_", g.h(10)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }] })],
  (g) => ["Anthropic message id and request id header", `HTTP/2 200\ncontent-type: application/json\nrequest-id: ${P("req_", g.a(24))}\nanthropic-organization-id: ${g.uuid()}\n\n{"id":"${P("msg_", g.a(24))}","type":"message","role":"assistant","stop_reason":"end_turn"}`],
  (g) => ["SSH public key in authorized_keys write_file", JSON.stringify({ type: "tool_use", id: P("toolu_", g.a(24)), name: "write_file", input: { path: "/home/deploy/.ssh/authorized_keys", content: `ssh-ed25519 ${P("AAAAC3NzaC1lZDI1NTE5AAAA", g.b64(44))} dana@laptop\nssh-rsa ${P("AAAAB3NzaC1yc2EAAAADAQABAAABgQ", g.b64(500))} ci@runner\n` } })],
  (g) => ["PEM certificate in chat body", chat("nginx rejects this cert chain, any idea?\n\n" + g.pem("CERTIFICATE", 900))],
  (g) => ["PEM public key in JWKS-ish config", `jwt:\n  issuer: https://auth.acme.io/\n  public_key: |\n    ${g.pem("PUBLIC KEY", 294).split("\n").join("\n    ")}\n`],
  (g) => ["JWKS public key set", JSON.stringify({ keys: [{ kty: "RSA", use: "sig", kid: g.h(40), alg: "RS256", n: g.b64u(342), e: "AQAB" }] }, null, 2)],
  (g) => ["masked key in CLI output", `$ acme auth status\nLogged in as ops@acme.io\nToken: ${P("sk", "-proj-")}****************************${g.a(4)}\nScopes: read, write\n`],
  (g) => ["placeholder in .env.example via write_file", JSON.stringify({ type: "tool_use", id: P("toolu_", g.a(24)), name: "write_file", input: { path: ".env.example", content: "OPENAI_API_KEY=<your-openai-key>\nSTRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nDATABASE_URL=postgres://user:password@localhost:5432/app\nGITHUB_TOKEN=\n" } })],
  () => ["env var references in docker-compose", `services:\n  worker:\n    image: acme/worker:2.3\n    environment:\n      ANTHROPIC_API_KEY: \${ANTHROPIC_API_KEY}\n      STRIPE_SECRET_KEY: \${STRIPE_SECRET_KEY:?missing}\n      AWS_SECRET_ACCESS_KEY: \${AWS_SECRET_ACCESS_KEY}\n`],
  () => ["GitHub Actions secrets references", `jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n        env:\n          NPM_TOKEN: \${{ secrets.NPM_TOKEN }}\n          AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          SLACK_WEBHOOK_URL: \${{ secrets.SLACK_WEBHOOK_URL }}\n`],
  (g) => ["AWS Secrets Manager / SSM references", `{\n  "containerDefinitions": [{\n    "name": "api",\n    "secrets": [\n      { "name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:${g.d(12)}:secret:prod/db-${g.a(6)}" },\n      { "name": "STRIPE_KEY", "valueFrom": "arn:aws:ssm:us-east-1:${g.d(12)}:parameter/prod/stripe_key" }\n    ]\n  }]\n}`],
  () => ["1Password and Vault references in .env", `OPENAI_API_KEY=op://Engineering/OpenAI/credential\nDATABASE_URL=op://Prod/Postgres/url\nGITHUB_TOKEN=vault:secret/data/ci#github_token\nAZURE_CLIENT_SECRET=@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/sp-secret/)\n`],
  (g) => ["SOPS-encrypted YAML", `api_key: ENC[AES256_GCM,data:${g.bytes64(36)},iv:${g.bytes64(32)},tag:${g.bytes64(16)},type:str]\ndb_password: ENC[AES256_GCM,data:${g.bytes64(18)},iv:${g.bytes64(32)},tag:${g.bytes64(16)},type:str]\nsops:\n  age:\n    - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n      enc: |\n        -----BEGIN AGE ENCRYPTED FILE-----\n        ${g.bytes64(120).match(/.{1,64}/g)!.join("\n        ")}\n        -----END AGE ENCRYPTED FILE-----\n  lastmodified: "2026-02-01T10:00:00Z"\n  mac: ENC[AES256_GCM,data:${g.bytes64(64)},iv:${g.bytes64(32)},tag:${g.bytes64(16)},type:str]\n  version: 3.9.4\n`],
  (g) => ["SealedSecret encrypted data", `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-keys\n  namespace: prod\nspec:\n  encryptedData:\n    STRIPE_SECRET_KEY: ${g.bytes64(360)}\n    OPENAI_API_KEY: ${g.bytes64(360)}\n`],
  (g) => ["ansible-vault encrypted file", `$ANSIBLE_VAULT;1.1;AES256\n${g.h(640).match(/.{1,80}/g)!.join("\n")}\n`],
  (g) => ["base64 PNG data URI in CSS", `.logo {\n  width: 32px;\n  height: 32px;\n  background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.b64(300)}AAAAAElFTkSuQmCC");\n}\n`],
  (g) => ["minified JS bundle excerpt", `!function(e,t){"object"==typeof exports?module.exports=t():e.${g.a(3)}=t()}(this,function(){var n="${g.b64u(40)}",r=function(e){return e.replace(/[^a-z0-9]/gi,"")};return{v:"3.2.1",h:n,id:"${g.h(32)}",n:r}});`],
  (g) => ["CSS-in-JS hashed class names", `<div class="css-${g.lo(6)} e${g.lo(6)}0"><span class="_${g.a(22)} ${g.a(8)}_${g.a(5)}">Checkout</span></div>\n<style>.css-${g.lo(6)}{display:flex;gap:8px}.${g.a(8)}_${g.a(5)}{color:#1a1a1a}</style>`],
  (g) => ["UUIDs in SQL seed", `INSERT INTO tenants (id, name, created_at) VALUES\n  ('${g.uuid()}', 'acme', NOW()),\n  ('${g.uuid()}', 'globex', NOW()),\n  ('${g.uuid()}', 'initech', NOW());\n`],
  (g) => ["Terraform state with resource ids only", JSON.stringify({ version: 4, terraform_version: "1.9.5", resources: [{ mode: "managed", type: "aws_s3_bucket", name: "assets", instances: [{ attributes: { id: "acme-assets-prod", arn: "arn:aws:s3:::acme-assets-prod", hosted_zone_id: P("Z3AQBSTGFYJSTF"), bucket_regional_domain_name: "acme-assets-prod.s3.us-east-1.amazonaws.com" } }] }, { mode: "managed", type: "aws_instance", name: "bastion", instances: [{ attributes: { id: P("i-0", g.h(16)), ami: P("ami-0", g.h(16)), subnet_id: P("subnet-0", g.h(16)) } }] }] }, null, 2)],
  (g) => ["GitHub API object node ids", JSON.stringify({ id: g.d(9), node_id: P("PR_kwDO", g.b64u(16)), head: { sha: g.h(40), ref: "feat/retry" }, merge_commit_sha: g.h(40), user: { login: "dana", node_id: P("MDQ6VXNlcj", g.b64u(10)) } })],
  (g) => ["AWS request ids and ARNs in CLI output", `$ aws sts get-caller-identity\n{\n    "UserId": "${P("AIDA", g.b32(17))}",\n    "Account": "${g.d(12)}",\n    "Arn": "arn:aws:iam::${g.d(12)}:user/ci-deployer"\n}\n`],
  (g) => ["Slack message ts and channel ids", JSON.stringify({ ok: true, channel: P("C0", g.up(9)), ts: `${g.d(10)}.${g.d(6)}`, message: { type: "message", user: P("U0", g.up(9)), bot_id: P("B0", g.up(9)), text: "Deploy finished", team: P("T0", g.up(8)) } })],
  (g) => ["Twilio message SID and account SID in response", JSON.stringify({ sid: P("SM", g.h(32)), status: "queued", to: "+15555550123", num_segments: "1", messaging_service_sid: P("MG", g.h(32)) })],
  (g) => ["Jupyter output with model hash", JSON.stringify({ cells: [{ cell_type: "code", execution_count: 7, source: ["from huggingface_hub import snapshot_download\n", "path = snapshot_download('bert-base-uncased')\n"], outputs: [{ output_type: "stream", name: "stdout", text: [`Fetching 6 files: 100%\n`, `snapshots/${g.h(40)}\n`] }] }], nbformat: 4, nbformat_minor: 5 })],
  (g) => ["git diff of package version bump with lock hash", `diff --git a/go.sum b/go.sum\nindex ${g.h(7)}..${g.h(7)} 100644\n--- a/go.sum\n+++ b/go.sum\n@@ -41,2 +41,2 @@\n-github.com/stretchr/testify v1.9.0 h1:${g.bytes64(32)}\n+github.com/stretchr/testify v1.10.0 h1:${g.bytes64(32)}\n github.com/stretchr/testify v1.10.0/go.mod h1:${g.bytes64(32)}\n`],
  (g) => ["CI log with cache keys and run ids", `2026-03-11T09:10:01.0000000Z Cache restored from key: node-cache-Linux-x64-npm-${g.h(64)}\n2026-03-11T09:10:01.0000000Z Run ID: ${g.d(11)}\n2026-03-11T09:10:02.0000000Z Artifact digest: sha256:${g.h(64)}\n`],
  (g) => ["curl with env var reference in header", `curl -sS https://api.openai.com/v1/models \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "OpenAI-Organization: ${P("org-", g.a(24))}" | jq '.data[].id'`],
  (g) => ["HTTP request with CSRF nonce-free public ids", `GET /api/v1/orders/${g.uuid()}?expand=items HTTP/1.1\nHost: shop.acme.io\nAccept: application/json\nX-Correlation-Id: ${g.uuid()}\nIf-None-Match: W/"${g.h(32)}"\n`],
  (g) => ["TOML with placeholders", `[database]\nurl = "postgres://app:\${DB_PASSWORD}@db:5432/app"\n\n[openai]\napi_key = "\${OPENAI_API_KEY}"\nmodel = "gpt-4.1"\n\n[build]\nrevision = "${g.h(40)}"\n`],
  (g) => ["Python code reading key from env only", `import os\nfrom anthropic import Anthropic\n\nclient = Anthropic(api_key=os.environ["ANTHROPIC_API_KEY"])\nMODEL_REVISION = "${g.h(40)}"\nCACHE_NAMESPACE = "${g.uuid()}"\n`],
  (g) => ["Go test with deterministic hashes", `func TestHash(t *testing.T) {\n\tgot := Sum([]byte("hello"))\n\twant := "${g.h(64)}"\n\tif got != want {\n\t\tt.Fatalf("got %s want %s", got, want)\n\t}\n}\n`],
  (g) => ["Markdown doc with redacted key", `### Authentication\n\nPass your key in the \`Authorization\` header:\n\n\`\`\`\nAuthorization: Bearer <YOUR_API_KEY>\n\`\`\`\n\nKeys look like \`${P("sk", "_live_")}...\` and are shown once. Your account id is \`acct_${g.a(16)}\`.\n`],
  (g) => ["Kubernetes ConfigMap with non-secret ids", `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  GA_MEASUREMENT_ID: G-${g.up(10)}\n  RELEASE: "${g.h(12)}"\n  TENANT_ID: ${g.uuid()}\n  FEATURE_SET_HASH: ${g.h(32)}\n`],
  (g) => ["k8s Secret with non-secret data values", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app-config\ntype: Opaque\ndata:\n  LOG_LEVEL: ${Buffer.from("info").toString("base64")}\n  REGION: ${Buffer.from("eu-west-1").toString("base64")}\n  BUILD_SHA: ${Buffer.from(g.h(40)).toString("base64")}\n`],
  (g) => ["HAR entry with cookie names and etag", JSON.stringify({ request: { method: "GET", url: "https://app.acme.io/static/app.js", headers: [{ name: "If-None-Match", value: `"${g.h(40)}"` }] }, response: { status: 304, headers: [{ name: "ETag", value: `"${g.h(40)}"` }, { name: "X-Amz-Cf-Id", value: g.b64u(56) }, { name: "X-Cache", value: "Hit from cloudfront" }] } })],
  (g) => ["crash dump with addresses and build id", `Thread 0 Crashed:\n0   libsystem_kernel.dylib  0x${g.h(16)} __pthread_kill + 8\n1   app                     0x${g.h(16)} main + 212\nBinary Images:\n0x${g.h(9)} - 0x${g.h(9)} app arm64 <${g.h(32)}> /Applications/App.app\nBuild ID: ${g.h(40)}\n`],
  (g) => ["Java properties with hashed password (bcrypt)", `spring.security.user.name=admin\nspring.security.user.password={bcrypt}${P("$2a$", "10$")}${g.str(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}\nbuild.commit=${g.h(40)}\n`],
  (g) => ["/etc/shadow-style argon2 hash in SQL", `UPDATE users SET password_hash = '$argon2id$v=19$m=65536,t=3,p=4$${g.b64(22)}$${g.b64(43)}' WHERE id = ${g.d(5)};`],
  (g) => ["HashiCorp Vault accessor and lease ids", `$ vault token lookup -format=json | jq '{accessor, id_ref: .data.policies, lease: .lease_id}'\n{\n  "accessor": "${g.a(24)}",\n  "policies": ["default", "ci"],\n  "entity_id": "${g.uuid()}"\n}\n`],
  (g) => ["Azure resource ids and tenant ids", `{\n  "tenantId": "${g.uuid()}",\n  "subscriptionId": "${g.uuid()}",\n  "clientId": "${g.uuid()}",\n  "id": "/subscriptions/${g.uuid()}/resourceGroups/rg-prod/providers/Microsoft.Web/sites/acme-api"\n}`],
  (g) => ["GPG key fingerprint in git config", `[user]\n\tname = Dana Ops\n\temail = dana@acme.io\n\tsigningkey = ${g.H(16)}\n[commit]\n\tgpgsign = true\n# fingerprint ${g.H(40)}\n`],
  (g) => ["Docker build output layer ids", `#5 [2/6] RUN apt-get update\n#5 CACHED\n#7 exporting layers\n#7 writing image sha256:${g.h(64)} done\n#7 naming to docker.io/acme/api:${g.h(12)} done\n`],
  (g) => ["Python hashlib doctest", `>>> import hashlib\n>>> hashlib.sha1(b"payload").hexdigest()\n'${g.h(40)}'\n>>> hashlib.md5(b"payload").hexdigest()\n'${g.h(32)}'\n`],
  (g) => ["age/ssh recipient public keys in .sops.yaml", `creation_rules:\n  - path_regex: secrets/prod/.*\\.yaml$\n    age: >-\n      age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")},\n      age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n`],
  (g) => ["WireGuard public key (peer) config", `[Peer]\n# office gateway\nPublicKey = ${g.bytes64(32)}\nAllowedIPs = 10.8.0.0/24\nEndpoint = vpn.acme.io:51820\n`],
  (g) => ["shell history with secret-manager lookups", `  601  export OPENAI_API_KEY=$(op read op://Eng/OpenAI/credential)\n  602  export GITHUB_TOKEN=$(gh auth token)\n  603  aws secretsmanager get-secret-value --secret-id prod/stripe --query SecretString\n  604  git checkout ${g.h(40)}\n`],
];

const g = new G(0x52b3);
const out: CorpusCase[] = [];
// two passes over the generators, fresh draws each time
for (let pass = 0; pass < 2; pass++) {
  for (const fn of gens) {
    const [note, text] = fn(g);
    if (out.some((c) => c.text === text)) continue; // static generators only once
    out.push({ id: `y52-b-${String(out.length + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty52-benign", label: "benign", text, note: `benign: ${note}` });
  }
}

export const cases: CorpusCase[] = out;
