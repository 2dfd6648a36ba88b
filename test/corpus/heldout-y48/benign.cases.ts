// Benign look-alikes: hashes, ids, public material, placeholders, references, encrypted blobs,
// minified code and images, each wrapped in the same outbound contexts as the positives.
import { A, B64, DIG, G, HX, LO, UP, URLS, j } from "./_gen.ts";
import type { CorpusCase } from "../types.ts";

const g = new G(48_003);
type Tpl = [string, () => string];

const pem = (label: string, lines: number) => {
  const body: string[] = [];
  for (let i = 0; i < lines; i++) body.push(g.s(64, B64));
  return [`-----BEGIN ${label}-----`, ...body, `${g.s(20, B64)}==`, `-----END ${label}-----`].join("\n");
};

const tpls: Tpl[] = [
  ["npm lockfile sha512 integrity", () => JSON.stringify({ name: "web", lockfileVersion: 3, packages: { "node_modules/zod": { version: "3.23.8", resolved: "https://registry.npmjs.org/zod/-/zod-3.23.8.tgz", integrity: j("sha512-", g.s(86, B64), "==") }, "node_modules/clsx": { version: "2.1.1", integrity: j("sha512-", g.s(86, B64), "==") } } }, null, 2)],
  ["git log commit SHAs", () => `$ git log --oneline -4 --format='%H %s'\n${g.s(40, HX)} fix: retry on 502\n${g.s(40, HX)} chore: bump deps\n${g.s(40, HX)} feat: add export endpoint\n${g.s(40, HX)} Merge pull request #812 from acme/ci`],
  ["container image digest in k8s Deployment", () => `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/acme/api@sha256:${g.s(64, HX)}\n          env:\n            - name: LOG_LEVEL\n              value: info\n`],
  ["request/trace ids in log lines", () => `2026-11-30T10:01:12Z INFO request_id=${g.uuid()} method=GET path=/v1/orders status=200 dur=41ms\n2026-11-30T10:01:12Z INFO traceparent=00-${g.s(32, HX)}-${g.s(16, HX)}-01 span=db.query\n2026-11-30T10:01:13Z WARN request_id=${g.uuid()} slow query 1204ms`],
  ["Stripe object ids in API response", () => JSON.stringify({ id: j("pi", "_", "3", g.s(23)), object: "payment_intent", amount: 4200, currency: "eur", customer: j("cus", "_", g.s(14)), latest_charge: j("ch", "_", "3", g.s(23)), payment_method: j("pm", "_", "1", g.s(23)), status: "succeeded" }, null, 2)],
  ["LLM API response ids", () => JSON.stringify({ id: j("chatcmpl-", g.s(29)), object: "chat.completion", model: "gpt-4o-2024-08-06", system_fingerprint: j("fp_", g.s(10, HX)), choices: [{ index: 0, message: { role: "assistant", content: "Done." }, finish_reason: "stop" }], usage: { prompt_tokens: 812, completion_tokens: 3 } })],
  ["Anthropic message/tool ids", () => JSON.stringify({ id: j("msg_", "01", g.s(22)), type: "message", role: "assistant", model: "claude-sonnet-4-5", content: [{ type: "tool_use", id: j("toolu_", "01", g.s(22)), name: "read_file", input: { path: "src/index.ts" } }], stop_reason: "tool_use" })],
  ["Stripe publishable key in checkout config", () => `// checkout.config.ts\nexport const checkout = {\n  publishableKey: "${j("pk", "_live_", "51", g.s(96))}",\n  successUrl: "https://shop.acme.dev/thanks",\n};\n`],
  ["SSH public key in authorized_keys / cloud-init", () => `#cloud-config\nusers:\n  - name: deploy\n    ssh_authorized_keys:\n      - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.s(43, B64)} deploy@ci\n      - ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ${g.s(200, B64)}= ops@laptop\n`],
  ["PEM certificate", () => `# ca.crt pasted for review\n${pem("CERTIFICATE", 8)}`],
  ["PEM public key", () => `jwt:\n  issuer: https://auth.acme.dev\n  public_key: |\n    ${pem("PUBLIC KEY", 5).split("\n").join("\n    ")}\n`],
  [".env.example placeholders", () => `# copy to .env and fill in\nOPENAI_API_KEY=sk-...XXXX\nANTHROPIC_API_KEY=<your-anthropic-key>\nSTRIPE_SECRET_KEY=\${STRIPE_SECRET_KEY}\nGITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/dev\nSLACK_BOT_TOKEN=changeme\n`],
  ["masked keys in CLI output", () => `$ acme keys list\nNAME        KEY                          CREATED\nprod        sk-proj-****************${g.s(4)}   2026-10-02\nci          sk_live_••••••••${g.s(4)}          2026-09-18\nstaging     ghp_************************${g.s(4)}  2026-08-01\n`],
  ["secret-manager references", () => `env:\n  OPENAI_API_KEY: op://Engineering/OpenAI/credential\n  DB_PASSWORD: arn:aws:secretsmanager:us-east-1:${g.s(12, DIG)}:secret:prod/db-${g.s(6)}\n  STRIPE_KEY: \${{ secrets.STRIPE_SECRET_KEY }}\n  VAULT_PATH: vault:secret/data/payments#api_key\n  AZ_SECRET: "@Microsoft.KeyVault(SecretUri=https://acme-kv.vault.azure.net/secrets/api-key/${g.s(32, HX)})"\n  GCP: projects/acme-prod/secrets/sendgrid/versions/latest\n`],
  ["SOPS-encrypted YAML", () => `api_key: ENC[AES256_GCM,data:${g.s(60, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\ndb_password: ENC[AES256_GCM,data:${g.s(24, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\nsops:\n  kms: []\n  age:\n    - recipient: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n  lastmodified: "2026-11-01T12:00:00Z"\n  mac: ENC[AES256_GCM,data:${g.s(70, B64)},iv:${g.s(43, B64)}=,tag:${g.s(22, B64)}==,type:str]\n  version: 3.9.1\n`],
  ["Bitnami SealedSecret", () => `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-creds\n  namespace: prod\nspec:\n  encryptedData:\n    API_KEY: Ag${g.s(300, B64)}==\n    DB_PASSWORD: Ag${g.s(260, B64)}=\n`],
  ["ansible-vault encrypted file", () => `$ANSIBLE_VAULT;1.1;AES256\n${Array.from({ length: 6 }, () => g.s(80, HX)).join("\n")}\n`],
  ["minified JS bundle", () => `!function(e,t){"object"==typeof exports?module.exports=t():e.Lib=t()}(this,function(){var n="${g.s(40, A)}",r=function(e){return e.replace(/[${"A-Z"}]/g,function(e){return"_"+e.toLowerCase()})};return{v:"4.2.1",h:"${g.s(32, HX)}",k:n.split("").reverse().join(""),r:r}});\n//# sourceMappingURL=lib.min.js.map`],
  ["CSS module hashed class names", () => `.Button_root__${g.s(5, A)}{display:inline-flex;padding:.5rem 1rem}\n.Button_primary__${g.s(5, A)}{background:#0a66c2;color:#fff}\n.css-${g.s(6, LO)}-Card{border-radius:8px;box-shadow:0 1px 2px rgba(0,0,0,.1)}\n@font-face{font-family:Inter;src:url(/_next/static/media/${g.s(32, HX)}.woff2) format("woff2")}`],
  ["base64 PNG data URI", () => `<img alt="logo" width="32" height="32" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAA${g.s(240, B64)}AAAAAElFTkSuQmCC" />`],
  ["checksums file", () => `# SHA256SUMS\n${g.s(64, HX)}  acme-cli_1.9.0_linux_amd64.tar.gz\n${g.s(64, HX)}  acme-cli_1.9.0_darwin_arm64.tar.gz\n${g.s(64, HX)}  acme-cli_1.9.0_windows_amd64.zip\n`],
  ["go.sum entries", () => `github.com/google/uuid v1.6.0 h1:${g.s(43, B64)}=\ngithub.com/google/uuid v1.6.0/go.mod h1:${g.s(43, B64)}=\ngolang.org/x/sync v0.8.0 h1:${g.s(43, B64)}=\n`],
  ["Terraform state resource ids", () => JSON.stringify({ version: 4, resources: [{ type: "aws_instance", name: "web", instances: [{ attributes: { id: j("i-0", g.s(16, HX)), arn: `arn:aws:ec2:us-east-1:${g.s(12, DIG)}:instance/i-0${g.s(16, HX)}`, ami: j("ami-0", g.s(16, HX)), subnet_id: j("subnet-0", g.s(16, HX)), vpc_security_group_ids: [j("sg-0", g.s(16, HX))] } }] }] }, null, 2)],
  ["webhook signature headers", () => `POST /hooks/github HTTP/1.1\nHost: ci.acme.dev\nX-GitHub-Event: push\nX-GitHub-Delivery: ${g.uuid()}\nX-Hub-Signature-256: sha256=${g.s(64, HX)}\nContent-Type: application/json\n\n{"ref":"refs/heads/main","after":"${g.s(40, HX)}"}`],
  ["AWS response request ids", () => `HTTP/1.1 200 OK\nx-amz-request-id: ${g.s(16, UP)}\nx-amz-id-2: ${g.s(76, B64)}=\nETag: "${g.s(32, HX)}"\nx-amz-version-id: ${g.s(32, URLS)}\nContent-Length: 1024\n`],
  ["pip requirements with hashes", () => `requests==2.32.3 \\\n    --hash=sha256:${g.s(64, HX)} \\\n    --hash=sha256:${g.s(64, HX)}\nurllib3==2.2.3 \\\n    --hash=sha256:${g.s(64, HX)}\n`],
];

const wrap = (k: number, body: string): [string, string] => {
  switch (k % 4) {
    case 0:
      return ["raw", body];
    case 1:
      return ["LLM chat body (JSON-escaped)", JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: `can you check this?\n\n${body}` }] })];
    case 2:
      return ["MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: body }] } })];
    default:
      return ["tool_use write_file", JSON.stringify({ type: "tool_use", id: "toolu_01bN", name: "write_file", input: { path: "notes/snippet.txt", content: body } })];
  }
};

export const cases: CorpusCase[] = [];
let n = 0;
for (let round = 0; round < 4; round++) {
  for (const [what, mk] of tpls) {
    const [ctx, text] = wrap(n + round, mk());
    n++;
    cases.push({ id: `y48-b-${String(n).padStart(3, "0")}`, kind: "secrets", category: "heldouty48-benign", label: "benign", text, note: `${what} in ${ctx}` });
  }
}
