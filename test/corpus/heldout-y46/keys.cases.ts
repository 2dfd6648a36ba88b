// heldout-y46 handcrafted private key material in outbound contexts.
import type { CorpusCase } from "../types.ts";
import { B64, Rng, jesc } from "./_gen.ts";

const r = new Rng(0x46e7);
const wrap = (s: string) => (s.match(/.{1,64}/g) ?? []).join("\n");
const pem = (label: string, head: string, n: number) => {
  const BEGIN = ["-----BEGIN ", label, "-----"].join("");
  const END = ["-----END ", label, "-----"].join("");
  return `${BEGIN}\n${wrap(head + r.b64(n).replace(/=+$/, ""))}\n${END}`;
};
const rsa = () => pem("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA", 1180);
const ec = () => pem("EC PRIVATE KEY", "MHcCAQEEI", 110);
const pkcs8 = () => pem("PRIVATE KEY", "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQ", 1180);
const openssh = () => pem("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 300);
const pgp = () => pem("PGP PRIVATE KEY BLOCK", "lQVYBGV", 1800);
const encPkcs8 = () => pem("ENCRYPTED PRIVATE KEY", "MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI", 1200);

const mk = (n: number, note: string, text: string): CorpusCase => ({
  id: `y46-k-${String(n).padStart(3, "0")}`,
  kind: "secrets",
  category: "heldouty46-sec-keys",
  label: "positive",
  text,
  note,
});

export const cases: CorpusCase[] = [
  mk(1, "RSA private key: deploy key pasted in LLM chat body (JSON-escaped)", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `ssh keeps saying bad permissions for this key, contents:\n${rsa()}\nhow do I fix it?` }] })),
  mk(2, "EC private key: Anthropic tool_use write_file certs/server.key", JSON.stringify({ type: "tool_use", id: `toolu_${r.s(24)}`, name: "write_file", input: { path: "certs/server.key", content: ec() + "\n" } })),
  mk(3, "PKCS#8 private key: Kubernetes TLS secret stringData", ["apiVersion: v1", "kind: Secret", "metadata:", "  name: ingress-tls", "type: kubernetes.io/tls", "stringData:", "  tls.key: |", ...pkcs8().split("\n").map((l) => "    " + l)].join("\n")),
  mk(4, "OpenSSH private key: shell heredoc in tool call", JSON.stringify({ tool: "run_shell", arguments: { command: `mkdir -p ~/.ssh && cat > ~/.ssh/id_ed25519 <<'KEY'\n${openssh()}\nKEY\nchmod 600 ~/.ssh/id_ed25519` } })),
  mk(5, "PGP private key block: MCP tool result echoing a file", JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `File: release/signing.asc\n${pgp()}` }] } })),
  mk(6, "RSA private key: GitHub Actions env in workflow YAML", ["jobs:", "  deploy:", "    runs-on: ubuntu-latest", "    env:", "      DEPLOY_KEY: |", ...rsa().split("\n").map((l) => "        " + l), "    steps:", "      - run: ./deploy.sh"].join("\n")),
  mk(7, "PKCS#8 private key: .env single-line with \\n escapes", `FIREBASE_PROJECT_ID=acme-prod\nFIREBASE_PRIVATE_KEY="${jesc(pkcs8() + "\n")}"\nFIREBASE_CLIENT_EMAIL=firebase-adminsdk@acme-prod.iam.gserviceaccount.com`),
  mk(8, "EC private key: Python test fixture", ['TEST_SIGNING_KEY = """', ec(), '"""', "", "def test_sign():", "    assert sign(b'x', TEST_SIGNING_KEY)"].join("\n")),
  mk(9, "Encrypted PKCS#8 key with passphrase alongside in Terraform", [`resource "tls_cert_request" "api" {`, `  private_key_pem = <<EOT`, encPkcs8(), `EOT`, `}`, ``, `locals {`, `  key_passphrase = "${r.s(20)}"`, `}`].join("\n")),
  mk(10, "OpenSSH private key: markdown runbook", ["## Bastion access", "", "Use this key (shared by the on-call team):", "", "```", openssh(), "```"].join("\n")),
  mk(11, "RSA private key: Java string constant in code", ["class JwtKeys {", `  static final String PRIVATE_PEM = "${jesc(rsa())}";`, "}"].join("\n")),
  mk(12, "PKCS#8 key: HTTP JSON request body to a secret store API", ["POST /v1/certificates HTTP/1.1", "Host: certs.internal", "Content-Type: application/json", "", JSON.stringify({ name: "api-prod", certificate: "(omitted)", privateKey: pkcs8() }, null, 2)].join("\n")),
];
void B64;
