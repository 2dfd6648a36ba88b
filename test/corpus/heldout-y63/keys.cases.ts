// heldout-y63: private key material and multi-part credentials, handcrafted contexts.
import type { CorpusCase } from "../types.ts";
import { Gen } from "./_gen.ts";

const g = new Gen(0x63e0);
const J = (...p: string[]) => p.join("");
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const B = "-----BEGIN ";
const E = "-----END ";
const pem = (label: string, body: string) => `${B}${label}-----\n${wrap(body)}\n${E}${label}-----\n`;
const rsa = () => pem(J("RSA PRIVATE", " KEY"), "MIIEpAIBAAKCAQEA" + g.b64(1570));
const ec = () => pem(J("EC PRIVATE", " KEY"), "MHcCAQEEI" + g.b64(110) + "==");
const pk8 = () => pem(J("PRIVATE", " KEY"), "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC" + g.b64(1590) + "=");
const ossh = () => pem(J("OPENSSH PRIVATE", " KEY"), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + g.b64(330));
const esc = (s: string) => JSON.stringify(s);

const list: [string, string, string, string][] = [
  ["keys", "RSA private key", "LLM chat body, pasted id_rsa", `{"model":"gpt-4.1","messages":[{"role":"user","content":${esc("ssh says bad permissions, this is the key file:\n" + rsa())}}]}`],
  ["keys", "EC private key", "write_file tool call", `{"type":"tool_use","id":"toolu_01${g.an(22)}","name":"write_file","input":{"path":"certs/server.key","content":${esc(ec())}}}`],
  ["keys", "PKCS#8 private key", "GCP service account JSON", JSON.stringify({ type: "service_account", project_id: "acme-prod-" + g.dig(6), private_key_id: g.hex(40), private_key: pk8(), client_email: "deployer@acme-prod.iam.gserviceaccount.com", client_id: g.dig(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2)],
  ["keys", "OpenSSH private key", "MCP tool result (cat ~/.ssh/id_ed25519)", `{"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text","text":${esc(ossh())}}]}}`],
  ["keys", "RSA private key", "Kubernetes TLS secret stringData", `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nmetadata:\n  name: ingress-tls\nstringData:\n  tls.key: |\n${rsa().split("\n").map((l) => "    " + l).join("\n")}`],
  ["keys", "PKCS#8 private key", "Terraform HCL heredoc", `resource "tls_locally_signed_cert" "api" {\n  ca_private_key_pem = <<EOT\n${pk8()}EOT\n}\n`],
  ["keys", "EC private key", "Python code constant", `SIGNING_KEY_PEM = """\\\n${ec()}"""\n\njwt.encode(claims, SIGNING_KEY_PEM, algorithm="ES256")\n`],
  ["keys", "PGP private key block", "Markdown doc", `## Release signing\n\nImport this on the build host:\n\n\`\`\`\n${B}PGP PRIVATE KEY BLOCK-----\n\n${wrap("lQVYBGV" + g.b64(900))}\n=${g.b64(4)}\n${E}PGP PRIVATE KEY BLOCK-----\n\`\`\`\n`],
  ["keys", "age secret key", "shell history", `  201  age-keygen -o key.txt\n  202  echo ${J("AGE-SECRET", "-KEY-1", g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))} > ~/.config/sops/age/keys.txt\n  203  sops -e secrets.yaml\n`],
  ["keys", "JWK private key", "JSON config", JSON.stringify({ keys: [{ kty: "EC", crv: "P-256", kid: "sig-2026", use: "sig", x: g.b64url(43), y: g.b64url(43), d: g.b64url(43) }] }, null, 2)],
  ["keys", "OpenSSH private key", "GitHub Actions log (echoed deploy key)", `2026-12-05T10:01:01.0000000Z Run echo "$DEPLOY_KEY" > ~/.ssh/id_ed25519\n2026-12-05T10:01:01.0100000Z ${ossh().split("\n").join("\n2026-12-05T10:01:01.0100000Z ")}`],
  ["keys", "RSA private key", "diff adding key file", `diff --git a/deploy/key.pem b/deploy/key.pem\nnew file mode 100644\n--- /dev/null\n+++ b/deploy/key.pem\n@@ -0,0 +1,27 @@\n${rsa().trimEnd().split("\n").map((l) => "+" + l).join("\n")}\n`],
  ["cloud", "AWS key pair", "~/.aws/credentials INI", `[default]\naws_access_key_id = ${J("AK", "IA", g.b32(16))}\naws_secret_access_key = ${g.b64(40)}\nregion = eu-central-1\n`],
  ["devtools", "basic auth in URL", "git remote in CI log", `+ git remote add origin https://deploy-bot:${J("gh", "p_", g.an(36))}@github.com/acme/infra.git\n+ git push origin HEAD:main\n`],
  ["cloud", ".netrc machine password", "write_file tool call", `{"name":"write_file","arguments":{"path":"/home/dev/.netrc","content":${esc(`machine api.heroku.com\n  login dev@acme.io\n  password ${J("HRK", "U-", g.uuid())}\n`)}}}`],
  ["data", ".pgpass", "chat message", `this is what I have in ~/.pgpass, psql still prompts:\n\ndb-prod.internal:5432:orders:app_user:${g.an(26)}`],
  ["devtools", "npmrc auth token", ".npmrc in Dockerfile RUN", `FROM node:20\nRUN echo "//registry.npmjs.org/:_authToken=${J("np", "m_", g.an(36))}" > ~/.npmrc && npm ci\n`],
  ["devtools", "docker config.json auth", "JSON config", JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from("acme-bot:" + J("gh", "p_", g.an(36))).toString("base64") } } }, null, 2)],
  ["cloud", "Azure SAS URL", "curl upload", `curl -X PUT -T backup.tar.gz "https://acmebackups.blob.core.windows.net/nightly/backup.tar.gz?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-12-01T00:00:00Z&spr=https&sig=${encodeURIComponent(g.b64(43) + "=")}" -H "x-ms-blob-type: BlockBlob"`],
  ["payment", "Stripe key split across lines", "Python code concatenation", `# split so the linter stops complaining\nSTRIPE_KEY = (\n    "${J("sk", "_live_")}${g.an(40)}"\n    "${g.an(59)}"\n)\n`],
];

export const cases: CorpusCase[] = list.map(([group, provider, ctx, text], i) => ({
  id: `y63-k-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty63-sec-${group}`,
  label: "positive",
  text,
  note: `${provider}, context: ${ctx}`,
}));
