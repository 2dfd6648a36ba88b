// heldout-y45: handcrafted key material and multi-part credentials (private keys, SA JSON, netrc ...).
import type { CorpusCase } from "../types.ts";
import { Gen, j } from "./_gen.ts";

const r = new Gen(450003);

const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const pem = (label: string, head: string, bytes: number) =>
  [j("-----BEGIN ", label, "-----"), wrap(j(head, Buffer.from(r.bytes(bytes)).toString("base64"))), j("-----END ", label, "-----")].join("\n");

type K = { g: "keys" | "auth" | "cloud" | "devtools" | "data"; note: string; text: string };
const ks: K[] = [];

{
  const key = pem("RSA PRIVATE KEY", "MIIEowIBAAKCAQEA", 1180);
  ks.push({ g: "keys", note: "RSA private key (PKCS#1 PEM) written via Anthropic tool_use write_file", text: JSON.stringify({ type: "tool_use", id: j("toolu_01", r.a(22)), name: "write_file", input: { path: "deploy/keys/app.pem", content: `${key}\n` } }, null, 2) });
}
{
  const key = pem("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ", 1160);
  const sa = { type: "service_account", project_id: "acme-analytics-prod", private_key_id: r.h(40), private_key: `${key}\n`, client_email: "etl-runner@acme-analytics-prod.iam.gserviceaccount.com", client_id: r.d(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token" };
  ks.push({ g: "cloud", note: "GCP service-account JSON (private_key) pasted into an LLM chat body", text: JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `BigQuery says invalid_grant with this key file, what's wrong?\n\n${JSON.stringify(sa, null, 2)}` }] }) });
}
{
  const body = j("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", "QyNTUxOQAAACA", Buffer.from(r.bytes(300)).toString("base64"));
  const key = [j("-----BEGIN OPENSSH ", "PRIVATE KEY-----"), wrap(body, 70), j("-----END OPENSSH ", "PRIVATE KEY-----")].join("\n");
  ks.push({ g: "keys", note: "OpenSSH ed25519 private key returned by an MCP read_file tool result", text: JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: `${key}\n` }] } }) });
}
{
  const key = pem("EC PRIVATE KEY", "MHcCAQEEI", 112);
  ks.push({ g: "keys", note: "EC private key in a Kubernetes Secret stringData (YAML)", text: `apiVersion: v1\nkind: Secret\nmetadata:\n  name: apns-signing\ntype: Opaque\nstringData:\n  tls.key: |\n${key.split("\n").map((l) => `    ${l}`).join("\n")}` });
}
{
  const key = [j("-----BEGIN PGP ", "PRIVATE KEY BLOCK-----"), "", wrap(j("lQVYBGV", Buffer.from(r.bytes(900)).toString("base64"))), `=${r.b64(4)}`, j("-----END PGP ", "PRIVATE KEY BLOCK-----")].join("\n");
  ks.push({ g: "keys", note: "PGP private key block added in a unified diff", text: `diff --git a/ci/signing.asc b/ci/signing.asc\nnew file mode 100644\n--- /dev/null\n+++ b/ci/signing.asc\n@@ -0,0 +1,20 @@\n${key.split("\n").slice(0, 20).map((l) => `+${l}`).join("\n")}` });
}
{
  ks.push({ g: "keys", note: "age secret key in shell history", text: `  88  age-keygen -o key.txt\n  89  export SOPS_AGE_KEY=${j("AGE-SECRET-", "KEY-1", r.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))}\n  90  sops -d secrets.enc.yaml` });
}
{
  ks.push({ g: "auth", note: ".netrc with machine password, cat'd in an OpenAI tool_calls shell result", text: JSON.stringify({ role: "tool", tool_call_id: j("call_", r.a(24)), content: `$ cat ~/.netrc\nmachine api.heroku.com\n  login ops@acme.io\n  password ${r.uuid()}\nmachine git.acme.io\n  login deploy\n  password ${r.a(20)}\n` }) });
}
{
  ks.push({ g: "data", note: ".pgpass line in a crash dump / CI log", text: `2026-02-03T11:20:44Z + cat /root/.pgpass\n2026-02-03T11:20:44Z db-prod.internal:5432:ledger:ledger_rw:${r.a(18)}\n2026-02-03T11:20:45Z + pg_dump -h db-prod.internal -U ledger_rw ledger > dump.sql` });
}
{
  ks.push({ g: "devtools", note: "git remote URL with a GitHub PAT as basic-auth, in CI log", text: `Run git push https://x-access-token:${j("gh", "p_", r.a(36))}@github.com/acme/infra.git HEAD:main\nEnumerating objects: 7, done.\nTo https://github.com/acme/infra.git\n   4e1c2a9..9b0f3d7  HEAD -> main` });
}
{
  ks.push({ g: "auth", note: "HTTP basic auth in a curl -u command (admin API)", text: `curl -u admin:${r.a(12)}${r.pick(["!", "#", "$"])}${r.d(3)} -X POST https://jenkins.acme.io/job/deploy/buildWithParameters -d ENV=prod` });
}
{
  const auth = Buffer.from(j("deploy-bot:", r.a(24))).toString("base64");
  ks.push({ g: "devtools", note: "docker config.json auths entry written by a write_file tool call", text: JSON.stringify({ name: "write_file", arguments: { path: "/home/runner/.docker/config.json", content: JSON.stringify({ auths: { "registry.acme.io": { auth } } }, null, 2) } }) });
}
{
  ks.push({ g: "cloud", note: "Azure SAS URL with signature in a Python crash log", text: `azure.core.exceptions.ResourceNotFoundError: The specified blob does not exist.\nRequestId:${r.uuid()}\nURL: https://acmeprod.blob.core.windows.net/exports/2026-01.csv?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&${j("s", "ig=")}${encodeURIComponent(r.b64b(32))}` });
}

export const cases: CorpusCase[] = ks.map((k, i) => ({
  id: `y45-k-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty45-sec-${k.g}`,
  label: "positive",
  text: k.text,
  note: k.note,
}));
