// heldout-y82 positives: handcrafted private key material and credential files.
import type { CorpusCase } from "../types.ts";
import { AL, Gen, HX, LO } from "./_gen.ts";

const g = new Gen(0x82e2);
const D = "-----";
const pem = (label: string, bytes: number) => {
  const body = g.b64(bytes).match(/.{1,64}/g)!.join("\n");
  return `${D}BEGIN ${label}${D}\n${body}\n${D}END ${label}${D}`;
};
const rsa = () => pem("RSA " + "PRIVATE KEY", 1190);
const ec = () => pem("EC " + "PRIVATE KEY", 121);
const pk8 = () => pem("PRIVATE" + " KEY", 1218);
const ossh = () => {
  const body = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + g.b64(300)).match(/.{1,70}/g)!.join("\n");
  return `${D}BEGIN OPENSSH ${"PRIVATE"} KEY${D}\n${body}\n${D}END OPENSSH ${"PRIVATE"} KEY${D}`;
};

const K: Array<[string, string, string]> = [];
const add = (group: string, note: string, text: string) => K.push([group, note, text]);

add("keys", "RSA private key (PKCS#1) in Anthropic tool_use write_file", JSON.stringify({
  type: "tool_use", id: "toolu_01" + "Xk2", name: "write_file",
  input: { path: "deploy/keys/app.pem", content: rsa() + "\n" },
}));
add("keys", "EC private key pasted into an LLM chat body (JSON-escaped)", JSON.stringify({
  model: "gpt-4.1", messages: [{ role: "user", content: `nginx says 'key values mismatch' for this key, is it the wrong curve?\n\n${ec()}\n` }],
}));
add("keys", "PKCS#8 private key inside a GCP service-account JSON", JSON.stringify({
  type: "service_account", project_id: "acme-data-prod", private_key_id: g.s(40, HX),
  private_key: pk8() + "\n", client_email: "etl-runner@acme-data-prod.iam.gserviceaccount.com",
  client_id: g.s(21, "0123456789"), auth_uri: "https://accounts.google.com/o/oauth2/auth",
  token_uri: "https://oauth2.googleapis.com/token",
}, null, 2));
add("keys", "OpenSSH private key printed by `cat ~/.ssh/id_ed25519` in an MCP tool result", JSON.stringify({
  jsonrpc: "2.0", id: 7, result: { content: [{ type: "text", text: `$ cat ~/.ssh/id_ed25519\n${ossh()}\n` }] },
}));
add("keys", "RSA private key in a Kubernetes TLS Secret (base64 data)", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\ntype: kubernetes.io/tls\ndata:\n  tls.crt: ${Buffer.from("-----BEGIN CERTIFICATE-----\n" + g.b64(300) + "\n-----END CERTIFICATE-----\n").toString("base64")}\n  tls.key: ${Buffer.from(rsa() + "\n").toString("base64")}\n`);
add("keys", "PGP private key block in a CI secret setup doc (Markdown)", `## Release signing\n\nImport the signing key on the runner:\n\n\`\`\`\n${D}BEGIN PGP ${"PRIVATE"} KEY BLOCK${D}\n\n${g.b64(600).match(/.{1,64}/g)!.join("\n")}\n=${g.s(4, AL)}\n${D}END PGP ${"PRIVATE"} KEY BLOCK${D}\n\`\`\`\n`);
add("keys", "age secret key in a keys.txt echoed by a shell tool call", JSON.stringify({
  role: "assistant", tool_calls: [{ id: "call_" + "a9", type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `printf '%s\\n' '# created: 2026-10-02T11:22:01Z' '${"AGE-SECRET-KEY-"}1${g.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}' > ~/.config/sops/age/keys.txt` }) } }],
}));
add("keys", "WireGuard private key in wg0.conf", `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${g.b64(32)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.b64(32)}\nEndpoint = vpn.acme-internal.net:51820\nAllowedIPs = 0.0.0.0/0\n`);
add("keys", "kubeconfig client-key-data pasted in a chat body", JSON.stringify({
  model: "claude-sonnet-4-5", max_tokens: 2048, messages: [{ role: "user", content: `kubectl says x509 unknown authority, kubeconfig:\n\napiVersion: v1\nclusters:\n- cluster:\n    server: https://10.0.12.4:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${Buffer.from("-----BEGIN CERTIFICATE-----\n" + g.b64(200) + "\n-----END CERTIFICATE-----\n").toString("base64")}\n    client-key-data: ${Buffer.from(ec() + "\n").toString("base64")}\n` }],
}));
add("auth", ".netrc with machine password in a write_file tool call", JSON.stringify({
  type: "tool_use", id: "toolu_01" + "Nn4", name: "write_file",
  input: { path: "/home/ci/.netrc", content: `machine artifacts.acme-corp.io\n  login deploy-bot\n  password ${g.s(24, AL)}\n` },
}));
add("data", ".pgpass line in a shell transcript", `$ cat ~/.pgpass\ndb-primary.prod.internal:5432:billing:billing_rw:${g.s(26, AL + "!")}\n$ psql -h db-primary.prod.internal -U billing_rw billing`);
add("auth", "basic auth credentials in a git remote URL (CI log)", `2026-11-30T08:01:12Z + git remote add origin https://deploy-bot:${g.s(20, AL)}@git.acme-corp.io/platform/api.git\n2026-11-30T08:01:13Z + git push origin HEAD:main\n2026-11-30T08:01:15Z To https://git.acme-corp.io/platform/api.git`);
add("auth", "Authorization Basic header with base64 user:password in HAR entry", JSON.stringify({
  log: { entries: [{ request: { method: "GET", url: "https://registry.acme-corp.io/v2/_catalog", headers: [{ name: "Authorization", value: "Basic " + Buffer.from(`svc-registry:${g.s(22, AL)}`).toString("base64") }, { name: "Accept", value: "application/json" }] }, response: { status: 200 } }] },
}, null, 2));
add("data", "MySQL DSN in a Go sql.Open call", `db, err := sql.Open("mysql", "reporting:${g.s(18, AL)}@tcp(mysql-prod.internal:3306)/analytics?parseTime=true")\nif err != nil {\n\tlog.Fatal(err)\n}\n`);
add("auth", "docker config.json auths entry", JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from("acme-bot:" + ["gh", "p_", g.s(36, AL)].join("")).toString("base64") } } }, null, 2));
add("auth", "npmrc with _authToken in a Dockerfile heredoc", `RUN cat > /root/.npmrc <<'NPMRC'\n//registry.npmjs.org/:_authToken=${["np", "m_", g.s(36, AL)].join("")}\n@acme:registry=https://npm.pkg.github.com\nNPMRC\nRUN npm ci`);
add("cloud", "AWS credentials file pasted in chat (escaped)", JSON.stringify({ role: "user", content: `my ~/.aws/credentials looks like this, why does boto3 pick the wrong profile?\n[default]\naws_access_key_id = ${["AK", "IA", g.s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")].join("")}\naws_secret_access_key = ${g.s(40, AL + "/+")}\n\n[staging]\nregion = eu-west-1\n` }));
add("data", "Redis AUTH in a crash dump of a Node process", `Error: connect ETIMEDOUT 10.2.3.4:6379\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)\n  options: {\n    host: '10.2.3.4',\n    port: 6379,\n    password: '${g.s(32, LO)}',\n    db: 0\n  }`);
add("auth", "OAuth refresh token in a JSON token cache", JSON.stringify({ token_type: "Bearer", scope: "openid offline_access", expires_in: 3600, access_token: g.jwt({ sub: g.uuid(), exp: 2045360000 }), refresh_token: ["1//0", g.s(100, AL + "_-")].join("") }, null, 2));
add("auth", "escaped JSON-in-JSON: client secret in a tool result string", JSON.stringify({ role: "tool", tool_call_id: "call_" + "z1", content: JSON.stringify({ stdout: `{"client_id":"${g.uuid()}","client_secret":"${g.s(40, AL)}"}\n`, exit_code: 0 }) }));

export const cases: CorpusCase[] = K.map(([group, note, text], i) => ({
  id: `y82-k-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty82-sec-${group}`,
  label: "positive",
  text,
  note,
}));
