// Benign look-alikes in the same languages and outbound envelopes: digests, SHAs, ids, public
// keys, certificates, publishable keys, secret-store references, placeholders, masks, encrypted
// blobs. No value here is a usable secret, and none sits under a name that says it is one
// unless the value is a placeholder, mask, reference or ciphertext.
import type { CorpusCase } from "../types.ts";
import { ENVELOPES, Gen, LANGS, pad3, type Lang } from "./_gen.ts";

const g = new Gen(0x115be);

interface T {
  what: string;
  file: string;
  make: (g: Gen, L: Lang) => string;
}

const pemBlock = (g: Gen, label: string, prefix: string, len: number) => g.pem(label, prefix, len);

const TEMPLATES: T[] = [
  { what: "git commit SHA in a deploy note", file: "deploy.txt", make: (g, L) => { const s = g.hex(40); return `${L.b.deployed} ${s} (${L.dev})\nhttps://git.example.com/app/-/commit/${s}\nCI pipeline #${g.dig(6)} ✅`; } },
  { what: "release SHA-256 checksum", file: "SHA256SUMS.txt", make: (g, L) => `${L.b.checksum}\n${g.hex(64)}  app-v2.${g.range(0, 9)}.${g.range(0, 9)}-linux-amd64.tar.gz\n${g.hex(64)}  app-v2.${g.range(0, 9)}.${g.range(0, 9)}-darwin-arm64.tar.gz` },
  { what: "request id and trace id in a support message", file: "soporte.txt", make: (g, L) => `${L.err("Payments API")}\n${L.b.reqId} req_${g.a(24)}\ntrace_id=${g.hex(32)} span_id=${g.hex(16)}` },
  { what: "SSH ed25519 public key", file: "authorized_keys", make: (g, L) => `${L.b.pubkey}\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)} ${L.dev}@laptop` },
  { what: "placeholders in a .env.example", file: ".env.example", make: (_g, L) => `${L.envHead.replace(/—.*/, "— .env.example")}\n# ${L.b.fillIn}\nOPENAI_API_KEY=${L.b.placeholder}\nSTRIPE_SECRET_KEY=sk_live_${L.b.placeholder}\nDATABASE_URL=postgresql://user:<${L.nkw.password}>@localhost:5432/app\nJWT_SECRET=<${L.nkw.secret}>\n` },
  { what: "masked key and password in a chat", file: "nota.txt", make: (g, L) => `${L.b.masked} …${g.a(4)}\nOPENAI_API_KEY=sk-proj-${"*".repeat(20)}${g.a(4)}\nDB_PASSWORD=${"*".repeat(12)}\n${L.thanks}` },
  { what: "secret-store references (Vault path, 1Password, AWS Secrets Manager ARN)", file: "secretos.md", make: (g, L) => `${L.b.vault} secret/data/prod/payments#stripe_secret_key\nDATABASE_PASSWORD=op://Prod/Postgres-${L.code}/password\nJWT_SECRET=arn:aws:secretsmanager:eu-central-1:${g.dig(12)}:secret:prod/jwt-${g.a(6)}` },
  { what: "GitHub Actions secrets expressions", file: ".github/workflows/deploy.yml", make: (_g, L) => `${L.envHead}\nname: deploy\non: { push: { branches: [main] } }\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: \${{ secrets.OPENAI_API_KEY }}\n      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n` },
  { what: "Stripe object ids (payment intent, customer, charge)", file: "pedido.txt", make: (g, L) => `${L.b.order} ${g.dig(8)}\npayment_intent: pi_${g.a(24)}\ncustomer: cus_${g.a(14)}\ncharge: ch_${g.a(24)}\n${L.thanks}` },
  { what: "container image digest", file: "docker-compose.yml", make: (g, L) => `# ${L.b.deployed.replace(/[:：]$/, "")} — image pinned by digest\nservices:\n  api:\n    image: registry.example.com/${L.dev}/api@sha256:${g.hex(64)}\n    restart: always\n` },
  { what: "package-lock integrity hashes", file: "package-lock.json", make: (g, L) => `${L.ask} (lockfile conflict)\n"node_modules/left-pad": {\n  "version": "1.3.0",\n  "resolved": "https://npm.example.com/left-pad/-/left-pad-1.3.0.tgz",\n  "integrity": "sha512-${g.b64(86)}=="\n}` },
  { what: "PEM certificate chain", file: "cert.pem", make: (g, L) => `${L.hi}! TLS fullchain.pem:\n${pemBlock(g, "CERTIFICATE", "MIIFazCCA1OgAwIBAgIU", 1240)}` },
  { what: "PEM public key for JWT verification", file: "config/jwt.yaml", make: (g, L) => `# JWT ${L.b.pub} (RS256)\njwt:\n  issuer: https://auth.example.com\n  public-key: |\n${pemBlock(g, "PUBLIC KEY", "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA", 392).split("\n").map((l) => "    " + l).join("\n")}\n` },
  { what: "Stripe publishable key in frontend config", file: "web/.env", make: (g, L) => `# frontend (${L.name}) — publishable key, browser-safe\nVITE_STRIPE_PUBLISHABLE_KEY=pk_live_51${g.a(97)}\nVITE_API_BASE=https://api.example.com` },
  { what: "SOPS-encrypted values", file: "secrets.enc.yaml", make: (g, L) => `# ${L.envHead.replace(/^# /, "")} (SOPS)\ndb:\n  password: ENC[AES256_GCM,data:${g.b64(24)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\nsops:\n  age:\n    - recipient: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n  lastmodified: "${g.ts()}"\n  mac: ENC[AES256_GCM,data:${g.b64(44)},iv:${g.b64(43)}=,tag:${g.b64(22)}==,type:str]\n  version: 3.9.1` },
  { what: "Jasypt ENC() encrypted Spring property", file: "application-prod.properties", make: (g, L) => `${L.envHead} (Jasypt)\nspring.datasource.username=order_rw\nspring.datasource.password=ENC(${g.b64(64)})\njasypt.encryptor.password=\${JASYPT_ENCRYPTOR_PASSWORD}` },
  { what: "ansible-vault encrypted file", file: "group_vars/prod/vault.yml", make: (g, L) => { const lines: string[] = []; for (let i = 0; i < 6; i++) lines.push(g.hex(80)); return `# ${L.b.vault} ansible-vault\n$ANSIBLE_VAULT;1.1;AES256\n${lines.join("\n")}`; } },
  { what: "WeChat openid / AppID and order number", file: "log.txt", make: (g, L) => `${L.b.order} ${g.dig(18)}\nappid: wx${g.hex(16)}\nopenid: o${g.b64u(27)}\nunionid: o${g.b64u(27)}\ntransaction_id: 4200${g.dig(24)}` },
  { what: "LINE webhook event with userId", file: "line-event.json", make: (g, L) => JSON.stringify({ destination: `U${g.hex(32)}`, events: [{ type: "message", message: { type: "text", id: g.dig(18), text: L.thanks }, source: { type: "user", userId: `U${g.hex(32)}` }, timestamp: 1735000000000 + g.int(9000000) }] }, null, 2) },
  { what: "age recipients in .sops.yaml", file: ".sops.yaml", make: (g, L) => `# age ${L.b.pub}\ncreation_rules:\n  - path_regex: secrets/.*\\.yaml$\n    age: >-\n      age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")},\n      age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}` },
  { what: "WireGuard peer public key", file: "wg-peer.conf", make: (g, L) => `# WireGuard ${L.b.pub} (${L.dev})\n[Peer]\nPublicKey = ${g.b64bytes(32)}\nAllowedIPs = 10.8.0.${g.range(2, 250)}/32\nEndpoint = vpn.example.com:51820` },
  { what: "Ethereum contract address and transaction hash", file: "deploy-log.txt", make: (g, L) => `${L.b.deployed} ${g.hex(7)}\ncontract_address: 0x${g.hex(40)}\ntx_hash: 0x${g.hex(64)}\nblock: ${g.dig(8)}` },
  { what: "git log with SHAs and native commit messages", file: "git-log.txt", make: (g, L) => `$ git log --oneline -4\n${g.hex(7)} fix: ${L.ticketT("Redis")}\n${g.hex(7)} ${L.ticketT("SSO")}\n${g.hex(7)} Merge ${g.hex(40)} into ${g.hex(40)}\n${g.hex(7)} ${L.setupH.replace(/^## /, "docs: ")}` },
  { what: "Sentry event id and S3 request ids in an error log", file: "error.log", make: (g, L) => `${g.ts()} ERROR ${L.err("S3")}\nsentry event_id=${g.hex(32)}\nx-amz-request-id: ${g.up(16)}\nx-amz-id-2: ${g.b64(76)}\ncf-ray: ${g.hex(16)}-FRA` },
  { what: "webhook signature headers (HMAC result, not the secret)", file: "webhook.txt", make: (g, L) => `${L.ask}\nPOST /webhooks/github\nX-GitHub-Delivery: ${g.uuid()}\nX-Hub-Signature-256: sha256=${g.hex(64)}\n\nPOST /webhooks/stripe\nStripe-Signature: t=${1735000000 + g.int(9000000)},v1=${g.hex(64)}` },
  { what: "go.sum module hashes", file: "go.sum", make: (g, L) => `// ${L.b.checksum}\ngithub.com/redis/go-redis/v9 v9.7.0 h1:${g.b64(43)}=\ngithub.com/redis/go-redis/v9 v9.7.0/go.mod h1:${g.b64(43)}=\ngolang.org/x/crypto v0.31.0 h1:${g.b64(43)}=` },
  { what: "Azure tenant/subscription/client ids (no secret)", file: ".env.azure", make: (g, L) => `# ${L.b.vault} kv-prod/sp-deploy\nAZURE_TENANT_ID=${g.uuid()}\nAZURE_SUBSCRIPTION_ID=${g.uuid()}\nAZURE_CLIENT_ID=${g.uuid()}\nAZURE_CLIENT_SECRET=@Microsoft.KeyVault(SecretUri=https://kv-prod.vault.example.net/secrets/sp-deploy/)` },
  { what: "Subresource Integrity hashes in HTML", file: "index.html", make: (g, L) => `<!-- ${L.b.checksum} -->\n<script src="https://cdn.example.com/lib/app.min.js" integrity="sha384-${g.b64(64)}" crossorigin="anonymous"></script>\n<link rel="stylesheet" href="https://cdn.example.com/lib/app.css" integrity="sha256-${g.b64(43)}=">` },
  { what: "base64 PNG data URI", file: "estilos.css", make: (g, L) => `/* logo (${L.name}) */\n.logo { background-image: url("data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA${g.b64(180)}AAAAAElFTkSuQmCC"); }` },
  { what: "Bitnami SealedSecret encryptedData", file: "sealed-db.yaml", make: (g, L) => `# ${L.b.vault} kubeseal\napiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: db-credentials\n  namespace: prod\nspec:\n  encryptedData:\n    password: AgB${g.b64(680)}==\n` },
];

const out: CorpusCase[] = [];
for (let k = 0; k < 100; k++) {
  const t = TEMPLATES[k % TEMPLATES.length]!;
  const L = LANGS[(k * 7 + 2) % LANGS.length]!;
  const e = ENVELOPES[(k * 5 + 1 + Math.floor(k / 30)) % ENVELOPES.length]!;
  const inner = t.make(g, L);
  out.push({
    id: `y115-b-${pad3(k + 1)}`,
    kind: "secrets",
    category: "heldouty115-benign",
    label: "benign",
    text: e.wrap(g, L, inner, t.file, `${L.dev}: ${t.file}`),
    note: `benign: ${t.what} (${L.name}) — ${e.name}`,
  });
}

export const cases: CorpusCase[] = out;
