// heldout-y92 private key material in outbound contexts (seeded, deterministic).
import type { CorpusCase } from "../types.ts";
import { Gen, j } from "./_gen.ts";

const r = new Gen(0x92e5);
const D = "-----";
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const pem = (label: string, head: string, bytes: number) =>
  `${D}BEGIN ${label}${D}\n${wrap(head + r.b64bytes(bytes))}\n${D}END ${label}${D}`;
const rsa = () => pem(j("RSA PRIVATE", " KEY"), "MIIEpAIBAAKCAQEA", 1180);
const pkcs8 = () => pem(j("PRIVATE", " KEY"), "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1170);
const ec = () => pem(j("EC PRIVATE", " KEY"), "MHcCAQEEI", 110);
const ossh = () => pem(j("OPENSSH PRIVATE", " KEY"), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", 300);
const pgp = () => `${D}BEGIN PGP PRIVATE${" KEY"} BLOCK${D}\n\n${wrap("lQVYBGX" + r.b64bytes(900))}\n=${r.b64(4)}\n${D}END PGP PRIVATE${" KEY"} BLOCK${D}`;

const mk: [string, () => string][] = [
  ["RSA PKCS#1 private key pasted in chat body (JSON-escaped)", () => JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `ssh keeps saying 'invalid format' for this deploy key, is it corrupt?\n\n${rsa()}\n` }] })],
  ["PKCS#8 private key in Anthropic tool_use write_file", () => JSON.stringify({ role: "assistant", content: [{ type: "tool_use", id: `toolu_01${r.a(22)}`, name: "write_file", input: { path: "certs/server.key", content: pkcs8() + "\n" } }] }, null, 2)],
  ["GCP service account JSON pasted in chat", () => JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `getting invalid_grant with this SA:\n${JSON.stringify({ type: "service_account", project_id: `acme-prod-${r.d(6)}`, private_key_id: r.h(40), private_key: pkcs8() + "\n", client_email: "deployer@acme-prod.iam.gserviceaccount.com", client_id: r.d(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2)}` }] })],
  ["EC private key in k8s Secret stringData", () => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: jwt-signer\ntype: Opaque\nstringData:\n  signing.pem: |\n${ec().split("\n").map((l) => "    " + l).join("\n")}`],
  ["OpenSSH private key in MCP tool result (cat ~/.ssh/id_ed25519)", () => JSON.stringify({ jsonrpc: "2.0", id: 14, result: { content: [{ type: "text", text: ossh() + "\n" }] } })],
  ["PGP private key block in Markdown runbook", () => `## Signing releases\n\nImport the release key on the build box:\n\n\`\`\`\n${pgp()}\n\`\`\`\n\nThen run \`gpg --list-secret-keys\`.`],
  ["age secret key in shell heredoc", () => `$ cat > ~/.config/sops/age/keys.txt <<'KEYS'\n# created: 2026-10-02T11:20:13Z\n# public key: age1${r.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${j("AGE-SECRET", "-KEY-1")}${r.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}\nKEYS`],
  ["RSA private key in Terraform tls output (diff)", () => `+ resource "local_file" "deploy_key" {\n+   filename = "deploy.pem"\n+   content  = <<-EOT\n${rsa().split("\n").map((l) => "+       " + l).join("\n")}\n+   EOT\n+ }`],
  ["PKCS#8 key JSON-escaped in Python code default", () => `PRIVATE_KEY = os.environ.get("APNS_PRIVATE_KEY", ${JSON.stringify(ec() + "\n")})`],
  ["EC private key in OpenAI tool_calls arguments (double-escaped)", () => JSON.stringify({ tool_calls: [{ id: `call_${r.a(24)}`, type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "keys/apple_auth.p8", content: ec() }) } }] })],
  ["OpenSSH key in CI log (echo of secret)", () => `2026-11-18T08:12:44.1Z + echo "$DEPLOY_KEY" > ~/.ssh/id_ed25519\n2026-11-18T08:12:44.2Z + cat ~/.ssh/id_ed25519\n${ossh().split("\n").map((l) => "2026-11-18T08:12:44.3Z " + l).join("\n")}`],
  ["RSA key in Ansible vars YAML", () => `deploy_user: ci\ndeploy_private_key: |\n${rsa().split("\n").map((l) => "  " + l).join("\n")}`],
];

export const cases: CorpusCase[] = mk.map(([note, f], i) => ({
  id: `y92-k-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty92-sec-keys", label: "positive", text: f(), note,
}));
