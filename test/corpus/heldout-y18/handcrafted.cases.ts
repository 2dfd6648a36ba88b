// heldout-y18 handcrafted positives: private key material and credential files in agent traffic.
import type { CorpusCase } from "../types.ts";
import { G } from "./_gen.ts";

const g = new G(0x18e44f);
const out: CorpusCase[] = [];
const add = (grp: string, note: string, text: string) =>
  out.push({ id: `y18-k-${String(out.length + 1).padStart(3, "0")}`, kind: "secrets", category: `heldouty18-sec-${grp}`, label: "positive", text, note });
const P = (kind: string) => ["PRIV", "ATE KEY"].join("").replace("PRIVATE KEY", kind ? `${kind} PRIVATE KEY` : "PRIVATE KEY");

const rsa = g.pem(P("RSA"), 24);
add("keys", "RSA private key PEM; pasted file in LLM chat body (JSON-escaped)", JSON.stringify({ model: "gpt-4.1", messages: [
  { role: "system", content: "You are a helpful coding assistant." },
  { role: "user", content: `nginx won't start, says key values mismatch. this is deploy/certs/server.key:\n\n${rsa}\n\nand the cert is from letsencrypt` }] }));

const ossh = ["-----BEGIN OPENSSH " + "PRIVATE KEY-----", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", ...Array.from({ length: 4 }, () => g.b64(70)), g.b64(24) + "=", "-----END OPENSSH " + "PRIVATE KEY-----"].join("\n");
add("keys", "OpenSSH ed25519 private key; Anthropic tool_use write_file to ~/.ssh/deploy_key", JSON.stringify({ role: "assistant", content: [
  { type: "tool_use", id: "toolu_01" + g.a(22), name: "write_file", input: { path: "/home/runner/.ssh/deploy_key", content: ossh + "\n", mode: "0600" } }] }));

const ec = g.pem(P("EC"), 3);
add("keys", "EC private key; k8s TLS Secret with base64 tls.key, echoed by MCP kubectl tool", JSON.stringify({ jsonrpc: "2.0", id: 12, result: { content: [{ type: "text", text:
  `apiVersion: v1\ndata:\n  tls.crt: ${Buffer.from("-----BEGIN CERTIFICATE-----\n" + g.b64(64) + "\n-----END CERTIFICATE-----\n").toString("base64")}\n  tls.key: ${Buffer.from(ec + "\n").toString("base64")}\nkind: Secret\nmetadata:\n  name: api-tls\n  namespace: ingress\ntype: kubernetes.io/tls\n` }] } }));

add("cloud", "GCP service account JSON with private_key; pasted into chat as a file", JSON.stringify({ role: "user", content: "getting invalid_grant with this sa key, is the format right?\n\n" + JSON.stringify({
  type: "service_account", project_id: "acme-prod-" + g.d(6), private_key_id: g.h(40), private_key: g.pem(P(""), 20) + "\n",
  client_email: "etl-runner@acme-prod.iam.gserviceaccount.com", client_id: g.d(21), auth_uri: "https://accounts.google.com/o/oauth2/auth",
  token_uri: "https://oauth2.googleapis.com/token" }, null, 2) }));

add("keys", "PGP private key block; CI log of a release job importing the signing key", [
  "2026-11-03T09:12:01.1Z ##[group]Run echo \"$GPG_KEY\" | gpg --batch --import", "2026-11-03T09:12:01.2Z -----BEGIN PGP " + "PRIVATE KEY BLOCK-----", "2026-11-03T09:12:01.2Z",
  ...Array.from({ length: 10 }, () => "2026-11-03T09:12:01.2Z " + g.b64(64)), "2026-11-03T09:12:01.2Z =" + g.b64(4), "2026-11-03T09:12:01.2Z -----END PGP " + "PRIVATE KEY BLOCK-----",
  "2026-11-03T09:12:01.4Z gpg: key 7A3F9C21E0B4D815: secret key imported"].join("\n"));

add("keys", "age secret key; keys.txt shown in a shell tool result", `$ cat ~/.config/sops/age/keys.txt\n# created: 2026-09-14T10:22:31+02:00\n# public key: age1${g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${"AGE-SECRET" + "-KEY-1"}${g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}\n`);

add("keys", "WireGuard private key; wg0.conf written by agent tool call", JSON.stringify({ tool: "write_file", arguments: { path: "/etc/wireguard/wg0.conf", content:
  `[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${g.b64(43)}=\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${g.b64(43)}=\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 0.0.0.0/0\nPersistentKeepalive = 25\n` } }));

add("keys", "PuTTY private key; .ppk pasted in a Markdown troubleshooting note", "## Windows jump host\n\nUse this key in PuTTY (Connection > SSH > Auth):\n\n```\nPuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ops@jump\nPublic-Lines: 2\n" + g.b64(64) + "\n" + g.b64(4) + "\nPrivate-Lines: 1\n" + g.b64(44) + "\nPrivate-MAC: " + g.h(64) + "\n```\n");

add("keys", "JWK private key with d; JSON config in a Node project", JSON.stringify({ issuer: "https://auth.acme.io", signingKey: { kty: "EC", crv: "P-256", kid: "2026-11", use: "sig", x: g.bu(43), y: g.bu(43), d: g.bu(43) } }, null, 2));

add("keys", "Ethereum private key; hardhat.config.ts network account", `import { HardhatUserConfig } from "hardhat/config";\n\nconst config: HardhatUserConfig = {\n  solidity: "0.8.24",\n  networks: {\n    mainnet: {\n      url: "https://eth-mainnet.g.alchemy.com/v2/" + process.env.ALCHEMY_ID,\n      accounts: ["0x${g.h(64)}"],\n    },\n  },\n};\nexport default config;\n`);

add("keys", "Ed25519 PKCS#8 private key; Go test fixture string", `package signer\n\nconst testKeyPEM = \`-----BEGIN ${P("")}-----\nMC4CAQAwBQYDK2VwBCIEI${g.b64(43)}\n-----END ${P("")}-----\`\n\nfunc TestSign(t *testing.T) {\n\tk := mustParse(t, testKeyPEM)\n\t_ = k\n}\n`);

add("keys", "Minisign secret key; release script heredoc in a shell tool call", JSON.stringify({ role: "assistant", tool_calls: [{ id: "call_" + g.a(24), type: "function", function: { name: "bash", arguments: JSON.stringify({ command: `cat > /tmp/minisign.key <<'KEY'\nuntrusted comment: minisign encrypted secret key\nRWRTY0Iy${g.b64(148)}=\nKEY\nminisign -S -s /tmp/minisign.key -m dist/app.tar.gz` }) } }] }));

add("auth", ".netrc with machine password; cat output in MCP result", JSON.stringify({ jsonrpc: "2.0", id: 4, result: { content: [{ type: "text", text: `machine api.heroku.com\n  login ops@acme.io\n  password ${g.uuid()}\nmachine git.acme.io\n  login ci-bot\n  password ${g.a(32)}\n` }] } }));

add("data", ".pgpass line; shell history", `: 1764${g.d(6)}:0;echo "${g.host()}:5432:orders:app_rw:${g.a(22)}" >> ~/.pgpass\n: 1764${g.d(6)}:0;chmod 600 ~/.pgpass\n: 1764${g.d(6)}:0;psql -h prod-db-1.internal -U app_rw orders`);

add("devtools", "Docker config.json auth (base64 user:token); Markdown doc", "Registry login for the build box — copy to `~/.docker/config.json`:\n\n```json\n" + JSON.stringify({ auths: { "ghcr.io": { auth: Buffer.from("acme-ci:" + "gh" + "p_" + g.a(36)).toString("base64") } } }, null, 2) + "\n```\n");

add("devtools", ".npmrc _authToken; diff adding a scoped registry", `diff --git a/.npmrc b/.npmrc\n--- a/.npmrc\n+++ b/.npmrc\n@@ -1,2 +1,4 @@\n engine-strict=true\n save-exact=true\n+@acme:registry=https://npm.pkg.github.com\n+//npm.pkg.github.com/:_authToken=${"gh" + "p_" + g.a(36)}\n`);

add("devtools", "Git remote with token in URL; CI log", `${g.ts()} + git remote set-url origin https://x-access-token:${"gh" + "s_" + g.a(36)}@github.com/acme/infra.git\n${g.ts()} + git push origin HEAD:release/2026.11\n${g.ts()} To https://github.com/acme/infra.git\n${g.ts()}  * [new branch]      HEAD -> release/2026.11`);

add("auth", "Basic auth credentials in URL; Python requests call", `resp = requests.get(\n    "https://admin:${g.a(18)}@grafana.internal.acme.io/api/dashboards/uid/k8s-nodes",\n    timeout=5,\n)\nresp.raise_for_status()\n`);

add("auth", "HTTP Basic Authorization header; raw request in HAR", JSON.stringify({ log: { entries: [{ request: { method: "GET", url: "https://jenkins.acme.io/job/deploy/api/json", headers: [
  { name: "Authorization", value: "Basic " + Buffer.from("ci-admin:" + g.a(20)).toString("base64") }, { name: "Accept", value: "application/json" }] }, response: { status: 200 } }] } }, null, 1));

add("data", "SQL CREATE USER with password; migration file", `-- migrations/2026_11_05_reporting_user.sql\nCREATE USER reporting WITH PASSWORD '${g.a(14)}${g.pick(["!", "#", "%"])}${g.a(6)}';\nGRANT CONNECT ON DATABASE analytics TO reporting;\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;\n`);

export const cases: CorpusCase[] = out;
