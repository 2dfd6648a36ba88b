// heldout-y71: handcrafted private-key material in outbound contexts.
import type { CorpusCase } from "../types.ts";
import { B64, D, Gen, H } from "./_gen.ts";

const g = new Gen(0x71ee);
const PK = ["PRIVATE", "KEY"].join(" ");

const hand: [string, (g: Gen) => string][] = [
  ["GCP service-account JSON private_key (PKCS#8) pasted in chat body", (g) => JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `gcloud auth fails with this key file, why?\n${JSON.stringify({ type: "service_account", project_id: `acme-prod-${g.s(6, D)}`, private_key_id: g.s(40, H), private_key: g.pem(PK, 1190) + "\n", client_email: `deployer@acme-prod.iam.gserviceaccount.com`, client_id: g.s(21, D), token_uri: "https://oauth2.googleapis.com/token" }, null, 2)}` }] })],
  ["PGP private key block in tool_use write_file", (g) => JSON.stringify({ type: "tool_use", id: `toolu_01${g.s(22)}`, name: "write_file", input: { path: "ci/signing.asc", content: `-----BEGIN PGP ${["PRIVATE", "KEY", "BLOCK"].join(" ")}-----\n\n${g.b64(700).match(/.{1,64}/g)!.join("\n")}\n=${g.s(4, B64)}\n-----END PGP ${["PRIVATE", "KEY", "BLOCK"].join(" ")}-----\n` } })],
  ["kubeconfig client-key-data (base64 PEM) in MCP result", (g) => JSON.stringify({ jsonrpc: "2.0", id: 9, result: { content: [{ type: "text", text: `apiVersion: v1\nkind: Config\nusers:\n- name: admin@prod\n  user:\n    client-certificate-data: ${Buffer.from(g.pem("CERTIFICATE", 500)).toString("base64")}\n    client-key-data: ${Buffer.from(g.pem(["RSA", PK].join(" "), 600)).toString("base64")}\n` }] } })],
  ["WireGuard PrivateKey in wg0.conf", (g) => `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${g.b64(32)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.b64(32)}\nEndpoint = vpn.acme-corp.io:51820\nAllowedIPs = 0.0.0.0/0`],
  ["JWK private key with d parameter in JSON config", (g) => JSON.stringify({ keys: [{ kty: "EC", crv: "P-256", kid: g.s(8, H), use: "sig", x: g.b64url(32), y: g.b64url(32), d: g.b64url(32) }] }, null, 2)],
  ["OpenSSH private key echoed in CI log", (g) => `$ cat ~/.ssh/id_ed25519\n${g.pem(["OPENSSH", PK].join(" "), 300)}\n$ ssh -T git@github.com\nHi deploy-bot! You've successfully authenticated.`],
  ["PuTTY private key file in shell heredoc", (g) => `cat > ~/keys/prod.ppk <<'EOF2'\nPuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: prod-bastion\nPublic-Lines: 2\n${g.b64(51).match(/.{1,64}/g)!.join("\n")}\nPrivate-Lines: 1\n${g.b64(36)}\nPrivate-MAC: ${g.s(64, H)}\nEOF2`],
  ["PKCS#8 key in Java test fixture", (g) => `class TokenSignerTest {\n    private static final String KEY = """\n${g.pem(PK, 1190)}\n""";\n\n    @Test void signs() { assertNotNull(new TokenSigner(KEY).sign("x")); }\n}`],
];

export const cases: CorpusCase[] = hand.map(([what, make], i) => ({
  id: `y71-k-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty71-sec-keys",
  label: "positive",
  text: make(g),
  note: what,
}));
