// heldout-y14: handcrafted positives: private key material and credential files whose shape does
// not fit the one-slot renderers (multi-line PEM, JSON key files, netrc/pgpass/npmrc, docker auth).
import type { CorpusCase } from "../types.ts";
import { A, L, LO, U, Rng, type Group } from "./_gen.ts";

const r = new Rng(0x14c0_0003);
const out: CorpusCase[] = [];
const add = (g: Group, note: string, text: string) =>
  out.push({ id: `y14-k-${String(out.length + 1).padStart(3, "0")}`, kind: "secrets", category: `heldouty14-sec-${g}`, label: "positive", text, note });

const rsa = r.pem("RSA PRIVATE " + "KEY", 1190);
add("keys", "RSA private key (PKCS#1); slot deploy/id_rsa; context: Anthropic tool_use write_file", JSON.stringify({
  role: "assistant",
  content: [
    { type: "text", text: "Writing the deploy key so the CI job can clone the private submodule." },
    { type: "tool_use", id: "toolu_01" + r.s(22), name: "write_file", input: { path: "deploy/id_rsa", content: rsa + "\n" } },
  ],
}));

const ec = r.pem("EC PRIVATE " + "KEY", 121);
add("keys", "EC private key (SEC1); slot tls/server.key; context: MCP tool result (cat)", JSON.stringify({
  jsonrpc: "2.0",
  id: 31,
  result: { content: [{ type: "text", text: `$ cat tls/server.key\n${ec}\n` }], isError: false },
}));

const p8 = r.pem("PRIVATE " + "KEY", 1218);
add("cloud", "GCP service account JSON (private_key + private_key_id); context: OpenAI chat body with pasted key file", JSON.stringify({
  model: "gpt-4.1",
  messages: [
    {
      role: "user",
      content: "getting `invalid_grant` with this service account, is the file broken?\n\n" + JSON.stringify({
        type: "service_account",
        project_id: "acme-analytics-prod",
        private_key_id: r.hex(40),
        private_key: p8 + "\n",
        client_email: "bq-loader@acme-analytics-prod.iam.gserviceaccount.com",
        client_id: r.digits(21),
        auth_uri: "https://accounts.google.com/o/oauth2/auth",
        token_uri: "https://oauth2.googleapis.com/token",
      }, null, 2),
    },
  ],
}));

const ossh = (() => {
  const dash = "-".repeat(5);
  const body = ("b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW" + r.b64(330)).replace(/(.{70})/g, "$1\n").trimEnd();
  return `${dash}BEGIN OPENSSH PRIVATE ` + `KEY${dash}\n${body}\n${dash}END OPENSSH PRIVATE ` + `KEY${dash}`;
})();
add("keys", "OpenSSH private key (ed25519); slot ~/.ssh/id_ed25519; context: shell heredoc in an OpenAI tool call", JSON.stringify({
  role: "assistant",
  tool_calls: [{ id: "call_" + r.s(24), type: "function", function: { name: "bash", arguments: JSON.stringify({ command: `mkdir -p ~/.ssh && cat > ~/.ssh/id_ed25519 <<'EOF'\n${ossh}\nEOF\nchmod 600 ~/.ssh/id_ed25519 && ssh -T git@github.com` }) } }],
}));

const pgp = (() => {
  const dash = "-".repeat(5);
  const body = ("lQdGBGV" + r.b64(1400)).replace(/(.{64})/g, "$1\n").trimEnd();
  return `${dash}BEGIN PGP PRIVATE ` + `KEY BLOCK${dash}\n\n${body}\n=${r.s(4, A)}\n${dash}END PGP PRIVATE ` + `KEY BLOCK${dash}`;
})();
add("keys", "PGP private key block; slot GPG_PRIVATE_KEY; context: GitHub Actions log echoing an import step", `2026-11-20T09:12:44.101Z ##[group]Run echo "$GPG_PRIVATE_KEY" | gpg --batch --import\n2026-11-20T09:12:44.101Z + echo '${pgp.split("\n").join("\n2026-11-20T09:12:44.102Z ")}'\n2026-11-20T09:12:44.220Z gpg: key ${r.s(16, "0123456789ABCDEF")}: secret key imported\n`);

add("keys", "age secret key; slot keys.txt; context: Markdown runbook", `## Decrypting prod secrets\n\nSave this as \`~/.config/sops/age/keys.txt\`:\n\n\`\`\`\n# created: 2026-10-02T08:14:55Z\n# public key: age1${r.s(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")}\n${"AGE-SECRET-" + "KEY-1"}${r.s(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")}\n\`\`\`\n\nThen run \`sops -d secrets.enc.yaml\`.\n`);

add("keys", "WireGuard private key; slot [Interface] PrivateKey; context: wg0.conf pasted in an Anthropic chat body", JSON.stringify({
  model: "claude-sonnet-4-5",
  max_tokens: 1024,
  messages: [{ role: "user", content: `why can't I reach 10.8.0.1? here's wg0.conf\n\n[Interface]\nAddress = 10.8.0.2/24\nPrivate` + `Key = ${r.b64(32)}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${r.b64(32)}\nEndpoint = vpn.acme.io:51820\nAllowedIPs = 10.8.0.0/24\n` }],
}));

add("keys", "PKCS#8 private key in a Kubernetes TLS secret (base64 data); context: kubectl get secret -o yaml", `apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\nmetadata:\n  name: api-tls\n  namespace: prod\ndata:\n  tls.crt: ${Buffer.from(r.pem("CERTIFICATE", 700)).toString("base64")}\n  tls.key: ${Buffer.from(r.pem("PRIVATE " + "KEY", 1218)).toString("base64")}\n`);

add("keys", "RSA private key as a JSON-escaped string in a Node config; context: config/jwt.json", JSON.stringify({ issuer: "https://auth.acme.io", audience: "api", algorithm: "RS256", privateKey: r.pem("RSA PRIVATE " + "KEY", 1190) + "\n", expiresIn: "15m" }, null, 2));

add("auth", "machine password in ~/.netrc; context: shell cat output in MCP result", JSON.stringify({
  jsonrpc: "2.0",
  id: 12,
  result: { content: [{ type: "text", text: `machine api.heroku.com\n  login ops@acme.io\n  password ${r.uuid()}\nmachine git.acme.io\n  login deploy\n  password ${r.s(24, A)}\n` }] },
}));

add("data", "Postgres password in ~/.pgpass; context: shell history", `  812  echo 'db-prod.internal:5432:app:app_rw:${r.s(22, A)}' >> ~/.pgpass\n  813  chmod 600 ~/.pgpass\n  814  psql -h db-prod.internal -U app_rw app\n`);

add("devtools", "npm token in .npmrc; context: write_file tool call", JSON.stringify({
  type: "tool_use",
  id: "toolu_01" + r.s(22),
  name: "write_file",
  input: { path: ".npmrc", content: `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${"gh" + "p_" + r.s(36)}\n//registry.npmjs.org/:_authToken=${"np" + "m_" + r.s(36)}\n` },
}));

add("devtools", "Docker registry auth in ~/.docker/config.json (base64 user:password); context: CI log cat", `$ cat ~/.docker/config.json\n${JSON.stringify({ auths: { "registry.gitlab.com": { auth: Buffer.from(`ci-deployer:${"gl" + "pat-" + r.s(20, U)}`).toString("base64") }, "https://index.docker.io/v1/": { auth: Buffer.from(`acmebot:${"dck" + "r_pat_" + r.s(27, U)}`).toString("base64") } } }, null, 2)}\n`);

add("devtools", "GitHub token in a git remote URL; context: git remote -v output", `$ git remote -v\norigin\thttps://x-access-token:${"gh" + "s_" + r.s(36)}@github.com/acme/payments.git (fetch)\norigin\thttps://x-access-token:${"gh" + "s_" + r.s(36)}@github.com/acme/payments.git (push)\n`);

add("comms", "Telegram bot token in the API URL path; context: curl command", `curl -s "https://api.telegram.org/bot${r.digits(10)}:AA${r.s(33, U)}/sendMessage" \\\n  -d chat_id=-100${r.digits(10)} \\\n  -d text="deploy finished: ${r.hex(7)}"\n`);

add("cloud", "Azure Blob SAS URL (sig=); context: Python upload code", `from azure.storage.blob import BlobClient\n\nurl = "https://acmebackups${r.s(4, L)}.blob.core.windows.net/nightly/db.dump?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&sig=${encodeURIComponent(r.b64(32))}"\nclient = BlobClient.from_blob_url(url)\nwith open("db.dump", "rb") as f:\n    client.upload_blob(f, overwrite=True)\n`);

add("cloud", "AWS keys in ~/.aws/credentials; context: MCP result echoed back in an Anthropic tool_result", JSON.stringify({
  role: "user",
  content: [{ type: "tool_result", tool_use_id: "toolu_01" + r.s(22), content: `[default]\naws_access_key_id = ${"AK" + "IA" + r.s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}\naws_secret_access_key = ${r.s(40, A + "/+")}\n\n[prod]\nregion = eu-west-1\nrole_arn = arn:aws:iam::${r.digits(12)}:role/Admin\nsource_profile = default\n` }],
}));

add("data", "Redis AUTH password in a redis-cli command; context: CI log", `$ redis-cli -h cache-prod.${r.s(6, LO)}.ng.0001.euw1.cache.amazonaws.com -p 6379 --tls -a '${r.s(32, A)}' --no-auth-warning PING\nPONG\n`);

add("auth", "OAuth refresh token (Google, 1//) in a token cache; context: JSON config", JSON.stringify({ token: "ya29." + r.s(160, U), refresh_token: "1//0" + r.s(99, U), token_uri: "https://oauth2.googleapis.com/token", client_id: `${r.digits(12)}-${r.s(32, L)}.apps.googleusercontent.com`, client_secret: "GOC" + "SPX-" + r.s(28, U), scopes: ["https://www.googleapis.com/auth/drive"] }, null, 2));

add("saas", "Salesforce connected-app consumer secret in sfdx auth URL; context: .env", `SFDX_AUTH_URL=force://PlatformCLI::5Aep861${r.s(80, A + ".")}@acme.my.salesforce.com\nSF_ORG_ALIAS=prod\n`);


export const cases: CorpusCase[] = out;
