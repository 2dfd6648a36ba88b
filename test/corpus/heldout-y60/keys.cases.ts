// heldout-y60: handcrafted key material and credential files (private keys, SA JSON, netrc, ...).
import type { CorpusCase } from "../types.ts";
import { Gen } from "./_gen.ts";

const g = new Gen(0x60be);
const c = (...xs: string[]) => xs.join("");
const wrap = (s: string, n = 64) => s.match(new RegExp(`.{1,${n}}`, "g"))!.join("\n");
const pem = (label: string, nbytes: number) => c("-----BEGIN ", label, "-----\n", wrap(g.b64bytes(nbytes)), "\n-----END ", label, "-----");

type K = { g: string; note: string; text: string };
const ks: K[] = [];
const add = (grp: string, note: string, text: string) => ks.push({ g: grp, note, text });

add("keys", "RSA private key (PKCS#1); write_file tool call for deploy key", JSON.stringify({ type: "tool_use", id: "toolu_01" + g.an(22), name: "write_file", input: { path: "deploy/id_rsa", content: pem(c("RSA ", "PRIVATE KEY"), 1190) + "\n" } }));
add("keys", "EC private key (SEC1); pasted into chat body", JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: `is this key format right for ES256 signing?\n\n${pem(c("EC ", "PRIVATE KEY"), 121)}\n` }] }));
add("keys", "PKCS#8 private key; GCP service account JSON", JSON.stringify({ type: "service_account", project_id: "acme-prod-" + g.dig(6), private_key_id: g.hex(40), private_key: pem(c("PRIVATE", " KEY"), 1218) + "\n", client_email: "deployer@acme-prod.iam.gserviceaccount.com", client_id: g.dig(21), token_uri: "https://oauth2.googleapis.com/token" }, null, 2));
add("keys", "OpenSSH private key; cat in MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text: `$ cat ~/.ssh/id_ed25519\n${c("-----BEGIN OPENSSH ", "PRIVATE KEY-----\n", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n", wrap(g.b64bytes(300), 70), "\n-----END OPENSSH ", "PRIVATE KEY-----")}\n` }] } }));
add("keys", "PGP private key block; CI log step echoing signing key", `2026-03-02T11:02:10.000Z + echo "$GPG_PRIVATE_KEY" | gpg --batch --import\n2026-03-02T11:02:10.001Z ${c("-----BEGIN PGP ", "PRIVATE KEY BLOCK-----")}\n2026-03-02T11:02:10.001Z \n${wrap(g.b64bytes(900)).split("\n").map((l) => "2026-03-02T11:02:10.002Z " + l).join("\n")}\n2026-03-02T11:02:10.003Z =${g.b64(4)}\n2026-03-02T11:02:10.003Z ${c("-----END PGP ", "PRIVATE KEY BLOCK-----")}`);
add("keys", "age secret key; keys.txt via shell heredoc tool call", JSON.stringify({ tool: "bash", input: { command: `mkdir -p ~/.config/sops/age && cat > ~/.config/sops/age/keys.txt <<'EOF'\n# created: 2026-02-11T09:12:44Z\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${c("AGE-SECRET", "-KEY-1", g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"))}\nEOF` } }));
add("keys", "kubeconfig client-key-data (base64 PEM); pasted kubeconfig", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://10.0.12.5:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${Buffer.from(pem("CERTIFICATE", 600)).toString("base64").slice(0, 120)}\n    client-key-data: ${Buffer.from(pem(c("RSA ", "PRIVATE KEY"), 1190)).toString("base64")}\ncontexts:\n- context: {cluster: prod, user: admin}\n  name: prod`);
add("keys", "PuTTY private key file (Encryption: none); write_file tool call", JSON.stringify({ name: "write_file", arguments: { path: "keys/bastion.ppk", content: `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ops@bastion\nPublic-Lines: 2\n${wrap(g.b64bytes(51))}\n${c("Private", "-Lines: 1")}\n${g.b64bytes(48)}\nPrivate-MAC: ${g.hex(64)}\n` } }));
add("keys", "Java keystore password + JKS base64 in Spring properties", `server.ssl.key-store=classpath:keystore.p12\nserver.ssl.key-store-type=PKCS12\nserver.ssl.key-store-password=${g.an(18)}\nserver.ssl.key-alias=tomcat`);
add("keys", "WireGuard private key; wg0.conf in chat", JSON.stringify({ messages: [{ role: "user", content: `tunnel won't come up:\n[Interface]\nAddress = 10.8.0.2/24\n${c("Private", "Key")} = ${g.b64bytes(32)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.b64bytes(32)}\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0` }] }));
add("auth", ".netrc with machine password; cat in tool output", `$ cat ~/.netrc\nmachine api.heroku.com\n  login ops@acme.io\n  password ${g.hex(8)}-${g.hex(4)}-${g.hex(4)}-${g.hex(4)}-${g.hex(12)}\nmachine git.acme.internal\n  login ci\n  password ${g.an(24)}`);
add("data", ".pgpass line; shell history", `  88  echo "db-prod.acme.internal:5432:orders:app_rw:${g.an(22)}" >> ~/.pgpass\n  89  chmod 600 ~/.pgpass\n  90  psql -h db-prod.acme.internal -U app_rw orders`);
add("auth", "basic auth in URL; curl in shell tool call", JSON.stringify({ tool_calls: [{ id: "call_" + g.an(24), type: "function", function: { name: "shell", arguments: JSON.stringify({ cmd: `curl -s https://deploy:${g.an(20)}@registry.acme.io/v2/_catalog` }) } }] }));
add("devtools", ".npmrc auth token for private registry; write_file", JSON.stringify({ tool: "write_file", path: ".npmrc", content: `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${c("gh", "p_", g.an(36))}\nalways-auth=true\n` }));
add("devtools", "docker config.json auths (base64 user:token)", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: Buffer.from(`acmeci:${c("dck", "r_pat_", g.u64(27))}`).toString("base64") }, "ghcr.io": { auth: Buffer.from(`acme-bot:${c("gh", "p_", g.an(36))}`).toString("base64") } } }, null, 2));
add("auth", "Bearer JWT access token (RS256, long-lived) in HAR request", JSON.stringify({ log: { entries: [{ request: { method: "GET", url: "https://api.acme.io/v1/accounts", headers: [{ name: "authorization", value: "Bearer " + [Buffer.from(JSON.stringify({ alg: "RS256", kid: g.hex(8) })).toString("base64url"), Buffer.from(JSON.stringify({ sub: "user_" + g.dig(8), scope: "admin", exp: 2051222400 })).toString("base64url"), g.u64(342)].join(".") }, { name: "accept", value: "application/json" }] }, response: { status: 200 } }] } }, null, 2));

export const cases: CorpusCase[] = ks.map((k, i) => ({
  id: `y60-k-${String(i + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `heldouty60-sec-${k.g}`,
  label: "positive",
  text: k.text,
  note: k.note,
}));
