// heldout-y33 handcrafted key material (multi-line) in agent traffic.
import type { CorpusCase } from "../types.ts";
import { G } from "./_gen.ts";

const g = new G(0x33e1);
const B = "BEGIN";
const P = "PRIVATE KEY";

const rsa = g.pem(`RSA ${P}`, 24);
const ossh = [`-----${B} OPENSSH ${P}-----`, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", ...Array.from({ length: 5 }, () => g.b64(70)), g.b64(20) + "==", `-----END OPENSSH ${P}-----`].join("\n");
const ec = g.pem(`EC ${P}`, 3);
const pk8 = g.pem(P, 16);
const pgp = [`-----${B} PGP ${P} BLOCK-----`, "", ...Array.from({ length: 10 }, () => g.b64(64)), "=" + g.b64(4), `-----END PGP ${P} BLOCK-----`].join("\n");
const saKey = g.pem(P, 25);
const ossh2 = [`-----${B} OPENSSH ${P}-----`, "b3BlbnNzaC1rZXktdjEAAAAACmFlczI1Ni1jdHIAAAAGYmNyeXB0AAAAGAAAABD", ...Array.from({ length: 6 }, () => g.b64(70)), `-----END OPENSSH ${P}-----`].join("\n");
const putty = ["PuTTY-User-Key-File-3: ssh-rsa", "Encryption: none", "Comment: deploy@build-01", "Public-Lines: 6", ...Array.from({ length: 6 }, () => g.b64(64)), "Private-Lines: 14", ...Array.from({ length: 14 }, () => g.b64(64)), "Private-MAC: " + g.hex(64)].join("\n");

const mk = (n: number, text: string, note: string): CorpusCase => ({ id: `y33-k-${String(n).padStart(3, "0")}`, kind: "secrets", category: "heldouty33-sec-keys", label: "positive", text, note });

export const cases: CorpusCase[] = [
  mk(1, JSON.stringify({ type: "tool_use", id: "toolu_01" + g.an(22), name: "write_file", input: { path: "deploy/keys/server.key", content: rsa + "\n" } }), "RSA private key (PKCS#1); file content; context: Anthropic tool_use write_file"),
  mk(2, JSON.stringify({ jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: "$ cat ~/.ssh/id_ed25519\n" + ossh + "\n" }] } }), "OpenSSH private key; cat output; context: MCP tool result"),
  mk(3, `apiVersion: v1\nkind: Secret\nmetadata:\n  name: tls-signing\ntype: Opaque\ndata:\n  signing.pem: ${Buffer.from(ec + "\n").toString("base64")}\n`, "EC private key base64 in k8s Secret data; context: Kubernetes manifest"),
  mk(4, JSON.stringify({ model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: "jwt verification fails with this key, what's wrong?\n\n```\n" + pk8 + "\n```" }] }), "PKCS#8 private key; pasted into prompt; context: LLM chat body (JSON-escaped)"),
  mk(5, "## Release signing\n\nImport the release key on the build box:\n\n```\ngpg --import <<'KEY'\n" + pgp + "\nKEY\n```\n", "PGP private key block; heredoc; context: Markdown doc"),
  mk(6, JSON.stringify({ type: "service_account", project_id: "acme-prod-" + g.dig(6), private_key_id: g.hex(40), private_key: saKey + "\n", client_email: "deployer@acme-prod.iam.gserviceaccount.com", client_id: g.dig(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2), "GCP service account JSON private_key; context: JSON key file"),
  mk(7, `diff --git a/ansible/files/deploy_key b/ansible/files/deploy_key\nnew file mode 100600\n--- /dev/null\n+++ b/ansible/files/deploy_key\n@@ -0,0 +1,8 @@\n${ossh2.split("\n").map((l) => "+" + l).join("\n")}\n`, "OpenSSH private key (encrypted cipher header); added file; context: unified diff"),
  mk(8, JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + g.an(24), type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "C:/Users/dev/.ssh/build.ppk", content: putty }) } }] }), "PuTTY private key file; content; context: OpenAI tool_calls write_file (double-escaped)"),
];
