// heldout-y26 key material: private keys and key files in agent traffic (handcrafted contexts).
import type { CorpusCase } from "../types.ts";
import { AN, Gen } from "./_gen.ts";

const g = new Gen(0x26beef01);
const D = "-----";
const pem = (label: string, nbytes: number) => {
  const body = g.b64(nbytes).match(/.{1,64}/g)!.join("\n");
  return `${D}BEGIN ${label}${D}\n${body}\n${D}END ${label}${D}`;
};
const rsa = () => pem(["RSA", "PRIVATE KEY"].join(" "), 1190);
const ec = () => pem(["EC", "PRIVATE KEY"].join(" "), 121);
const p8 = () => pem(["PRIVATE", "KEY"].join(" "), 1218);
const ossh = () => pem(["OPENSSH", "PRIVATE KEY"].join(" "), 400).replace(/\n(.{0,10})/, "\nb3BlbnNzaC1rZXktdjEAAAAA$1");
const pgp = () => `${D}BEGIN PGP ${"PRIVATE"} KEY BLOCK${D}\n\n${g.b64(600).match(/.{1,64}/g)!.join("\n")}\n=${g.s(4, AN)}\n${D}END PGP ${"PRIVATE"} KEY BLOCK${D}`;
const age = () => ["AGE-SECRET", "-KEY-1"].join("") + g.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L");

const mk = (n: number, text: string, note: string): CorpusCase => ({ id: `y26-k-${String(n).padStart(3, "0")}`, kind: "secrets", category: "heldouty26-sec-keys", label: "positive", text, note });

export const cases: CorpusCase[] = [
  mk(1, JSON.stringify({ model: "claude-sonnet-4-5", messages: [{ role: "user", content: `ssh keeps saying "invalid format" for this deploy key, what's wrong?\n\n${ossh()}\n` }] }), "OpenSSH private key, deploy key, chat body pasted file"),
  mk(2, JSON.stringify({ type: "tool_use", id: "toolu_01" + g.s(22), name: "write_file", input: { path: "certs/server.key", content: rsa() + "\n" } }), "RSA private key, server.key, tool_use write_file"),
  mk(3, `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${g.b64(60)}\n  tls.key: ${Buffer.from(ec() + "\n").toString("base64")}\n`, "EC private key, tls.key, k8s Secret base64 data"),
  mk(4, `const serviceAccount = {\n  clientEmail: "firebase-adminsdk@acme-prod.iam.gserviceaccount.com",\n  privateKey: "${p8().replace(/\n/g, "\\n")}\\n",\n};\nadmin.initializeApp({ credential: admin.credential.cert(serviceAccount) });\n`, "PKCS#8 private key, Firebase admin SDK, JS code with escaped newlines"),
  mk(5, JSON.stringify({ jsonrpc: "2.0", id: 14, result: { content: [{ type: "text", text: `$ cat ~/.gnupg/release-signing.asc\n${pgp()}\n` }] } }), "PGP private key block, release signing, MCP tool result"),
  mk(6, `# sops age key\n# created: 2026-02-03T10:11:12Z\n# public key: age1${g.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${age()}\n`, "age secret key, keys.txt, config file"),
  mk(7, `2026-03-11T09:20:44.0012000Z Run echo "$DEPLOY_KEY" > ~/.ssh/id_ed25519\n2026-03-11T09:20:44.0100000Z ${ossh().split("\n").join("\n2026-03-11T09:20:44.0100000Z ")}\n`, "OpenSSH private key, deploy key, CI log echo"),
  mk(8, `resource "tls_private_key" "imported" {}\n\nlocals {\n  signing_key = <<EOT\n${rsa()}\nEOT\n}\n`, "RSA private key, heredoc, Terraform HCL"),
  mk(9, `diff --git a/config/jwt/private.pem b/config/jwt/private.pem\nnew file mode 100644\n--- /dev/null\n+++ b/config/jwt/private.pem\n@@ -0,0 +1,5 @@\n${ec().split("\n").map((l) => "+" + l).join("\n")}\n`, "EC private key, JWT signing key, unified diff"),
  mk(10, `APPLE_PRIVATE_KEY="${p8().replace(/\n/g, "\\n")}"\nAPPLE_KEY_ID=${g.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}\nAPPLE_TEAM_ID=${g.s(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")}\n`, "PKCS#8 private key, App Store Connect .p8, .env"),
];
