// heldout-y23 handcrafted positives: private key material, service-account JSON, signing secrets.
import type { CorpusCase } from "../types.ts";
import { Gen } from "./_gen.ts";

const r = new Gen(0x23bead01);
const esc = (s: string) => JSON.stringify(s).slice(1, -1);
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const BEGIN = "-----BEGIN ";
const END = "-----END ";
const pem = (label: string, lead: string, bytes: number) =>
  `${BEGIN}${label}-----\n${wrap(lead + r.b64(bytes))}\n${END}${label}-----`;
const rsa = () => pem("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 1180);
const pkcs8 = () => pem("PRIVATE KEY", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 1180);
const ec = () => pem("EC PRIVATE KEY", "MHcCAQEEI", 112);
const ossh = () => pem("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA", 300);

const out: CorpusCase[] = [];
const add = (g: string, text: string, note: string) =>
  out.push({ id: `y23-k-${String(out.length + 1).padStart(3, "0")}`, kind: "secrets", category: `heldouty23-sec-${g}`, label: "positive", text, note });

add("keys", `{"type":"tool_use","id":"toolu_01${r.str(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}","name":"write_file","input":{"path":"certs/server.key","content":"${esc(rsa() + "\n")}"}}`, "RSA private key (PKCS#1) — file content — Anthropic tool_use write_file");
add("keys", `{"role":"user","content":"${esc(`ssh keeps saying 'invalid format' for this key, can you see what's wrong?\n\n${ossh()}\n`)}"}`, "OpenSSH ed25519 private key — pasted — LLM chat message");
add("keys", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: signer\ntype: Opaque\nstringData:\n  signing.pem: |\n${ec().split("\n").map((l) => `    ${l}`).join("\n")}\n`, "EC private key — stringData block scalar — Kubernetes Secret");
{
  const pid = `acme-prod-${r.range(100000, 999999)}`;
  const sa = { type: "service_account", project_id: pid, private_key_id: r.hex(40), private_key: pkcs8() + "\n", client_email: `deployer@${pid}.iam.gserviceaccount.com`, client_id: r.str(21, "0123456789"), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" };
  add("cloud", JSON.stringify(sa, null, 2), "GCP service account JSON — private_key — key file");
  add("cloud", `curl -X POST https://api.internal.acme.io/v1/deploy \\\n  -H 'Content-Type: application/json' \\\n  -d '{"env":"prod","gcp_credentials":${JSON.stringify(JSON.stringify(sa))}}'`, "GCP service account JSON — double-encoded in JSON body — curl");
}
add("keys", `resource "tls_private_key" "deploy" {\n  algorithm = "RSA"\n}\n\n# terraform show -json | jq .values.root_module.resources[0].values\n{\n  "algorithm": "RSA",\n  "private_key_pem": "${esc(rsa() + "\n")}",\n  "public_key_fingerprint_md5": "${r.hex(32).match(/../g)!.join(":")}"\n}`, "RSA private key — private_key_pem — Terraform state output");
add("keys", `## Release signing\n\nImport the release key before tagging:\n\n\`\`\`\n${BEGIN}PGP PRIVATE KEY BLOCK-----\n\n${wrap("lQdGBGX" + r.b64(900))}\n=${r.b64(3).slice(0, 4)}\n${END}PGP PRIVATE KEY BLOCK-----\n\`\`\`\n`, "PGP private key block — Markdown release doc");
add("keys", `# created: 2026-02-11T09:12:44Z\n# public key: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${"AGE-SECRET-KEY-1"}${r.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}\n`, "age secret key — keys.txt — file content");
add("keys", `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${r.b64(32)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${r.b64(32)}\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0\n`, "WireGuard PrivateKey — wg0.conf — config file");
add("keys", `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy@build-01\nPublic-Lines: 6\n${wrap("AAAAB3NzaC1yc2EAAAADAQABAAABAQ" + r.b64(250))}\nPrivate-Lines: 14\n${wrap(r.b64(880))}\nPrivate-MAC: ${r.hex(64)}\n`, "PuTTY private key (unencrypted) — .ppk — file content");
add("auth", `// src/auth/jwt.ts\nimport jwt from "jsonwebtoken";\n\nconst JWT_SECRET = process.env.JWT_SECRET || "${r.str(48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}";\n\nexport const sign = (sub: string) => jwt.sign({ sub }, JWT_SECRET, { expiresIn: "7d" });\n`, "JWT HMAC signing secret — env default — TypeScript");
add("auth", `# settings.py\nSECRET_KEY = "django-insecure-${r.str(50, "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)")}"\nDEBUG = False\nALLOWED_HOSTS = ["api.acme.io"]\n`.replace("django-insecure-", ""), "Django SECRET_KEY — settings.py — Python");
add("auth", `production:\n  secret_key_base: ${r.hex(128)}\n`, "Rails secret_key_base — secrets.yml — YAML");
add("data", `machine db.acme.internal\n  login etl\n  password ${r.str(20, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")}\n\nmachine api.github.com\n  login acme-bot\n  password ${["gh", "p_", r.str(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")].join("")}\n`, ".netrc passwords (DB + GitHub PAT) — shell tool result");
add("data", `$ cat ~/.pgpass\nprod-db.acme.internal:5432:orders:app_rw:${r.str(22, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")}\n$ psql -h prod-db.acme.internal -U app_rw orders`, ".pgpass password — shell transcript");
add("devtools", `{\n  "auths": {\n    "ghcr.io": {\n      "auth": "${Buffer.from(`acme-bot:${["gh", "p_", r.str(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")].join("")}`).toString("base64")}"\n    }\n  }\n}`, "Docker config.json auth (base64 user:GitHub PAT) — file content");
add("devtools", `//registry.npmjs.org/:_authToken=${["np", "m_", r.str(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")].join("")}\n@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${["gh", "p_", r.str(36, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")].join("")}\n`, "npm + GitHub Packages tokens — .npmrc — config file");
add("data", `Error: connect ECONNREFUSED\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)\n  config: {\n    connectionString: 'postgresql://postgres:${r.str(24, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")}@db.${r.str(20, "abcdefghijklmnopqrstuvwxyz")}.supabase.co:5432/postgres',\n    ssl: { rejectUnauthorized: false }\n  }`, "Supabase Postgres password in connection string — Node crash output");
add("cloud", `$ aws configure list\n$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${["AK", "IA", r.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")].join("")}\naws_secret_access_key = ${r.str(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+")}\nregion = eu-west-1\n`, "AWS access key pair — ~/.aws/credentials — shell tool result");

export const cases: CorpusCase[] = out;
