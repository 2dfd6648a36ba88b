// heldout-y78 handcrafted key material leaving in agent traffic (built at run time).
import type { CorpusCase } from "../types.ts";
import { Gen } from "./_gen.ts";

const g = new Gen(0x7805);
const sa = () => JSON.stringify({ type: "service_account", project_id: `acme-data-${g.d(6)}`, private_key_id: g.h(40), private_key: g.pem("PRIVATE KEY", 25) + "\n", client_email: `etl@acme-data-${g.d(6)}.iam.gserviceaccount.com`, client_id: g.d(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2);

const hand: [string, string][] = [
  ["GCP service account JSON (private_key) pasted into an OpenAI chat body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `BigQuery says invalid_grant, this is my key file:\n\n${sa()}` }] })],
  ["OpenSSH private key written by an Anthropic tool_use write_file", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "/home/ci/.ssh/id_ed25519", content: g.pem("OPENSSH PRIVATE KEY", 6) + "\n" } })],
  ["TLS private key base64 in a k8s Secret data field", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${Buffer.from("-----BEGIN CERTIFICATE-----\n" + g.b(64) + "\n-----END CERTIFICATE-----\n").toString("base64")}\n  tls.key: ${Buffer.from(g.pem("RSA PRIVATE KEY", 12) + "\n").toString("base64")}`],
  ["PKCS#8 key as a Java string constant (JWT signer)", `public class TokenSigner {\n    private static final String SIGNING_KEY =\n        "${g.pem("PRIVATE KEY", 10).replace(/\n/g, "\\n\"\n        + \"")}";\n}`],
  ["EC private key in a curl -d JSON body to a signing service", `curl -X POST https://kms-proxy.internal/import -H 'Content-Type: application/json' -d '${JSON.stringify({ name: "apns", pem: g.pem("EC PRIVATE KEY", 3) })}'`],
];

export const cases: CorpusCase[] = hand.map(([note, text], i) => ({ id: `y78-k-${String(i + 1).padStart(3, "0")}`, kind: "secrets", category: "heldouty78-sec-keys", label: "positive", text, note }));
