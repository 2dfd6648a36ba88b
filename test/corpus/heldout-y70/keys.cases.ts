// Handcrafted positives: private key material, credential files, URL/basic-auth forms.
import type { CorpusCase } from "../types.ts";
import { Gen, AN } from "./_gen.ts";

const g = new Gen(70301);
const P = (...parts: string[]) => parts.join("");
const PK = (label: string) => P(label, " PRIVATE", " KEY");
const out: CorpusCase[] = [];
const add = (group: string, note: string, text: string) =>
  out.push({ id: `y70-k-${String(out.length + 1).padStart(3, "0")}`, kind: "secrets", category: `heldouty70-sec-${group}`, label: "positive", text, note });

add("keys", "RSA private key (PKCS#1) in Anthropic tool_use write_file deploy/key.pem", JSON.stringify({
  role: "assistant", content: [{ type: "tool_use", id: P("toolu_01", g.an(22)), name: "write_file", input: { path: "deploy/key.pem", content: g.pem(PK("RSA"), 1190) + "\n" } }],
}, null, 2));
add("keys", "EC private key pasted in chat body (JSON-escaped)", JSON.stringify({
  model: "gpt-4.1", messages: [{ role: "user", content: `nginx says 'key values mismatch' with this key, what's wrong?\n\n${g.pem(PK("EC"), 121)}\n` }],
}));
add("keys", "OpenSSH private key echoed in MCP tool result (cat ~/.ssh/id_ed25519)", JSON.stringify({
  jsonrpc: "2.0", id: 14, result: { content: [{ type: "text", text: g.pem(P("OPENSSH", " PRIVATE", " KEY"), 300) + "\n" }], isError: false },
}));
const saKey = g.pem(PK(""), 1216).replace("BEGIN  PRIVATE", "BEGIN PRIVATE").replace("END  PRIVATE", "END PRIVATE");
add("keys", "GCP service account key file JSON (private_key) pasted as file content", JSON.stringify({
  type: "service_account", project_id: "acme-analytics-prod", private_key_id: g.hex(40), private_key: saKey + "\n",
  client_email: "etl-runner@acme-analytics-prod.iam.gserviceaccount.com", client_id: g.dig(21),
  auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token",
}, null, 2));
add("keys", "PGP private key block in Markdown runbook", `## Signing releases\n\nImport the release key on the build box:\n\n\`\`\`\n${g.pem(P("PGP", " PRIVATE KEY", " BLOCK"), 700).replace(/^(-----BEGIN[^\n]*-----)\n/, "$1\n\n")}\n\`\`\`\n`);
add("keys", "PKCS#8 encrypted private key with passphrase in Python code", `from cryptography.hazmat.primitives import serialization\n\nKEY_PASSPHRASE = b"${g.an(24)}"\nKEY_PEM = b"""${g.pem(P("ENCRYPTED", " PRIVATE", " KEY"), 1250)}"""\n\nkey = serialization.load_pem_private_key(KEY_PEM, password=KEY_PASSPHRASE)`);
add("auth", ".netrc pasted in shell tool output", P("$ cat ~/.netrc\nmachine api.heroku.com\n  login ops@acme.dev\n  password ", g.uuid(), "\nmachine git.acme.dev\n  login deploy\n  password ", g.an(32), "\n"));
add("data", ".pgpass in write_file tool call (OpenAI tool_calls)", JSON.stringify({
  role: "assistant", content: null, tool_calls: [{ id: P("call_", g.an(24)), type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "/home/dev/.pgpass", content: P("db-prod.internal:5432:orders:app_user:", g.an(22), "\n") }) } }],
}));
add("devtools", ".npmrc with registry auth token (diff)", P("diff --git a/.npmrc b/.npmrc\nnew file mode 100644\n--- /dev/null\n+++ b/.npmrc\n@@ -0,0 +1,2 @@\n+@acme:registry=https://npm.pkg.github.com\n+//npm.pkg.github.com/:_authToken=", "gh", "p_", g.an(36), "\n"));
add("devtools", "docker config.json auths (base64 user:password)", JSON.stringify({
  auths: { "registry.acme.dev": { auth: Buffer.from(P("ci-bot:", g.an(28))).toString("base64") }, "https://index.docker.io/v1/": { auth: Buffer.from(P("acmeci:", "dc", "kr_pat_", g.u64(27))).toString("base64") } },
}, null, 2));
add("devtools", "git credential store line in shell history", P("  311  echo 'https://deploy-bot:", "gl", "pat-", g.u64(20), "@gitlab.com' >> ~/.git-credentials\n  312  git push origin main\n"));
add("auth", "curl -u basic auth with password", P("curl -u admin:", g.str(18, AN + "!@%"), " https://jenkins.acme.dev/job/release/buildWithParameters?VERSION=2.4.1 -X POST"));
add("data", "JDBC URL with password in CI log", P("2026-11-30T03:12:44Z [flyway] Connecting to jdbc:sqlserver://sql-prod.acme.dev:1433;databaseName=ledger;user=flyway;password=", g.str(20, AN + "#$"), ";encrypt=true\n2026-11-30T03:12:45Z [flyway] Successfully validated 88 migrations"));
add("auth", "OAuth access token in URL fragment (redirect log)", P("GET https://app.acme.dev/callback#access_token=", "ya29.", "a0A", g.u64(160), "&token_type=Bearer&expires_in=3599&scope=email%20profile 302"));
add("cloud", "Azure SAS URL with signature in curl upload", P("curl -X PUT -T build.zip -H 'x-ms-blob-type: BlockBlob' \"https://acmeartifacts.blob.core.windows.net/releases/build.zip?sv=2022-11-02&ss=b&srt=sco&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-11-30T00:00:00Z&spr=https&sig=", encodeURIComponent(P(g.str(43, AN + "+/"), "=")), "\""));
add("keys", "SSH private key in Terraform heredoc", `resource "null_resource" "bootstrap" {\n  connection {\n    type        = "ssh"\n    host        = aws_instance.bastion.public_ip\n    user        = "ubuntu"\n    private_key = <<-EOT\n${g.pem(PK("RSA"), 1190).split("\n").map((l) => "      " + l).join("\n")}\n    EOT\n  }\n}`);

export const cases: CorpusCase[] = out;
