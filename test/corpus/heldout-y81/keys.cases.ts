// heldout-y81: private key material, handcrafted contexts.
import type { CorpusCase } from "../types.ts";
import { Gen, esc } from "./_gen.ts";

const g = new Gen(0x81bee5);
const P = "PRIVATE";
const pos = (n: number, text: string, note: string): CorpusCase => ({
  id: `y81-k-${String(n).padStart(3, "0")}`, kind: "secrets", category: "heldouty81-sec-keys", label: "positive", text, note,
});

const rsa = g.pem(`RSA ${P} KEY`, 1190);
const ec = g.pem(`EC ${P} KEY`, 121);
const pk8 = g.pem(`${P} KEY`, 1218);
const ossh = g.pem(`OPENSSH ${P} KEY`, 399);
const pgp = ["-----BEGIN PGP ", P, " KEY BLOCK-----\n\n", g.b64bytes(900).match(/.{1,64}/g)!.join("\n"), "\n=", g.b64(4), "\n-----END PGP ", P, " KEY BLOCK-----"].join("");
const ageKey = g.j("AGE-SECRET-", "KEY-1", g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"));
const wg = g.b64bytes(32);
const eth = g.j("0x", g.hex(64));
const ed = g.pem(`${P} KEY`, 48);

export const cases: CorpusCase[] = [
  pos(1, JSON.stringify({ type: "tool_use", id: `toolu_01${g.an(22)}`, name: "write_file", input: { path: "deploy/keys/jwt-signing.pem", content: rsa + "\n" } }, null, 2), "RSA private key PEM in Anthropic write_file tool call"),
  pos(2, JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `openssl says "unable to load key" for this, what's wrong?\n\n${ec}\n` }] }), "EC private key PEM pasted in LLM chat body (JSON-escaped)"),
  pos(3, JSON.stringify({ type: "service_account", project_id: "acme-analytics-prod", private_key_id: g.hex(40), private_key: pk8 + "\n", client_email: "etl-runner@acme-analytics-prod.iam.gserviceaccount.com", client_id: g.dig(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" }, null, 2), "GCP service-account JSON with PKCS#8 private_key"),
  pos(4, `cat > ~/.ssh/deploy_ed25519 <<'EOF'\n${ossh}\nEOF\nchmod 600 ~/.ssh/deploy_ed25519\nssh -i ~/.ssh/deploy_ed25519 deploy@10.0.4.21 'systemctl restart api'`, "OpenSSH private key in shell heredoc (tool call command)"),
  pos(5, JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `$ gpg --export-secret-keys --armor release@acme.io\n${pgp}\n` }] } }), "PGP private key block in MCP tool result"),
  pos(6, `# sops age key for prod\n# created: 2026-11-02T10:11:12Z\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${ageKey}\n`, "age secret key file (keys.txt) content"),
  pos(7, `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${wg}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.b64bytes(32)}\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0\n`, "WireGuard interface PrivateKey in wg0.conf"),
  pos(8, `# hardhat deployer\nDEPLOYER_PRIVATE_KEY=${eth}\nRPC_URL=https://mainnet.infura.io/v3/${g.hex(32)}\nETHERSCAN_API_KEY=${g.upn(34)}\n`, "Ethereum deployer private key (hex) in .env"),
  pos(9, `apiVersion: v1\nkind: Secret\nmetadata:\n  name: git-ssh\ntype: kubernetes.io/ssh-auth\ndata:\n  ssh-privatekey: ${Buffer.from(ossh + "\n").toString("base64")}\n`, "OpenSSH private key base64 in k8s Secret data"),
  pos(10, `const jwk = {\n  kty: "EC",\n  crv: "P-256",\n  x: "${g.b64u(43)}",\n  y: "${g.b64u(43)}",\n  d: "${g.b64u(43)}",\n  kid: "signing-2026-11",\n};\nexport const signer = await importJWK(jwk, "ES256");`, "EC private JWK (d parameter) in TypeScript"),
  pos(11, `resource "tls_private_key" "imported" {}\n\nlocals {\n  ca_key = <<-EOT\n${ed}\n  EOT\n}`, "Ed25519 PKCS#8 private key in Terraform heredoc"),
  pos(12, `{"level":"error","ts":"2026-12-05T21:02:11Z","msg":"failed to parse signing key","key":"${esc(rsa.slice(0, 400))}...","err":"asn1: structure error"}`, "RSA private key (truncated) logged in JSON log line"),
];
