// Handcrafted positives: private key material, credential files and a few unusual carriers.
import type { CorpusCase } from "../types.ts";
import { A, B64, BECH, D, Gen, H, LA, U_, UA } from "./_gen.ts";

const g = new Gen(141003);
const C = "heldouty141-sec";
const J = (x: unknown) => JSON.stringify(x);
const b64 = (s: string) => Buffer.from(s).toString("base64");
const pem = (label: string, body: string) => ["-----BEGIN ", label, "-----\n", body, "\n-----END ", label, "-----"].join("");

const out: [string, string, string][] = []; // [group, note, text]
const add = (group: string, note: string, text: string) => out.push([group, note, text]);

// --- keys
const rsa = pem("RSA PRIVATE KEY", g.pemBody(1190, "MIIEpAIBAAKCAQEA"));
add("keys", "RSA private key (PKCS#1 PEM); pasted in an OpenAI chat body asking why ssh fails", J({ model: "gpt-4.1", messages: [{ role: "user", content: `ssh keeps saying "invalid format", here's deploy_key:\n\n${rsa}\n` }] }));
const ec = pem("EC PRIVATE KEY", g.pemBody(118, "MHcCAQEEI"));
add("keys", "EC private key (SEC1 PEM); Anthropic tool_use write_file certs/signing.key", J({ messages: [{ role: "assistant", content: [{ type: "tool_use", id: "toolu_7", name: "write_file", input: { path: "certs/signing.key", content: ec + "\n" } }] }] }));
const p8 = pem("PRIVATE KEY", g.pemBody(1215, "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC"));
add("keys", "PKCS#8 private key; k8s Secret stringData tls.key", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n${p8.split("\n").map((l) => "    " + l).join("\n")}\n`);
const ossh = pem("OPENSSH PRIVATE KEY", g.pemBody(390, "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"));
add("keys", "OpenSSH private key (ed25519); MCP read_file result echoed back", J({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: `~/.ssh/id_ed25519:\n${ossh}\n` }] } }));
const pgp = ["-----BEGIN PGP PRIVATE", " KEY BLOCK-----\n\n", g.pemBody(900, "lQdGBGXy"), "\n=", g.str(4, B64), "\n-----END PGP PRIVATE", " KEY BLOCK-----"].join("");
add("keys", "PGP private key block; GitHub Actions secret set via gh CLI in shell history", `  88  gpg --armor --export-secret-keys release@example.com > /tmp/k.asc\n  89  cat /tmp/k.asc\n${pgp}\n  90  gh secret set GPG_PRIVATE_KEY < /tmp/k.asc`);
add("keys", "age secret key; chat message in German handing over the SOPS key", J({ text: `Für SOPS brauchst du den age-Schlüssel, leg ihn unter ~/.config/sops/age/keys.txt ab:\n# created: 2026-10-02T11:20:00Z\n# public key: age1${g.str(58, BECH.toLowerCase())}\n${["AGE-SECRET", "-KEY-1", g.str(58, BECH)].join("")}` }));
add("keys", "WireGuard private key; wg0.conf pasted into a chat-completion (Spanish)", J({ model: "gpt-4o-mini", messages: [{ role: "user", content: `¿Por qué no levanta el túnel? Este es mi wg0.conf:\n[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${b64(String.fromCharCode(...g.bytes(32)))}\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = ${b64(String.fromCharCode(...g.bytes(32)))}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0` }] }));
add("keys", "PuTTY private key (.ppk v3, unencrypted); multipart upload to a support form", `--xYzBoundary\r\nContent-Disposition: form-data; name="attachment"; filename="server.ppk"\r\nContent-Type: application/octet-stream\r\n\r\nPuTTY-User-Key-File-3: ssh-rsa\r\nEncryption: none\r\nComment: deploy@build\r\nPublic-Lines: 6\r\n${g.pemBody(270, "AAAAB3NzaC1yc2EAAAADAQABAAABAQ").replace(/\n/g, "\r\n")}\r\nPrivate-Lines: 14\r\n${g.pemBody(650, "AAABAQC").replace(/\n/g, "\r\n")}\r\nPrivate-MAC: ${g.str(64, H)}\r\n--xYzBoundary--\r\n`);
add("keys", "JWK private key with d; JSON config sent in a tool_calls argument", J({ tool_calls: [{ id: "call_j", type: "function", function: { name: "write_file", arguments: J({ path: "jwks.private.json", content: J({ keys: [{ kty: "EC", crv: "P-256", kid: "sig-2026-10", x: g.str(43, U_), y: g.str(43, U_), d: g.str(43, U_) }] }) }) } }] }));
add("keys", "GCP service-account JSON (private_key); pasted in a chat body", J({ messages: [{ role: "user", content: "gcloud auth fails with this key file, what's wrong?\n" + JSON.stringify({ type: "service_account", project_id: "acme-prod-4821", private_key_id: g.str(40, H), private_key: pem("PRIVATE KEY", g.pemBody(1215, "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")) + "\n", client_email: "ci-deployer@acme-prod-4821.iam.gserviceaccount.com", client_id: g.str(21, D), token_uri: "https://oauth2.googleapis.com/token" }, null, 2) }] }));
add("keys", "Ethereum private key (0x + 64 hex); Hardhat .env in a diff", `--- a/.env\n+++ b/.env\n@@ -1,2 +1,3 @@\n RPC_URL=https://rpc.example.org\n+DEPLOYER_PRIVATE_KEY=0x${g.str(64, H)}\n ETHERSCAN_NETWORK=sepolia\n`);
add("keys", "Nostr nsec private key; chat message (French) handing it over", J({ channel: "dev", text: `Voilà la clé du bot nostr, ne la partage pas : ${["nsec", "1", g.str(58, "qpzry9x8gf2tvdw0s3jnk54hcemua7l")].join("")}` }));
add("keys", "DSA private key (unencrypted PEM); Python crash report dumping the key file", `paramiko.ssh_exception.SSHException: not a valid DSA private key file\n  key_path = '/home/ci/.ssh/id_dsa'\n  contents = '''${pem("DSA PRIVATE KEY", g.pemBody(440, "MIIBuwIBAAKBgQ"))}'''`);

// --- credential files
add("devtools", "npm registry token; .npmrc written via tool_use", J({ type: "tool_use", name: "write_file", input: { path: ".npmrc", content: `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${["np", "m_", g.str(36, A)].join("")}\nalways-auth=true\n` } }));
add("devtools", "Docker config.json auths (base64 user:PAT) for index.docker.io; MCP result", J({ jsonrpc: "2.0", id: 11, result: { content: [{ type: "text", text: JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: b64(`acmebot:${["dc", "kr_pat_", g.str(27, U_)].join("")}`) } } }, null, 2) }] } }));
add("devtools", ".netrc with GitHub token as password; shell heredoc in tool_calls", J({ tool_calls: [{ type: "function", function: { name: "bash", arguments: J({ cmd: `cat > ~/.netrc <<EOF\nmachine github.com\n  login acme-ci\n  password ${["gh", "p_", g.str(36, A)].join("")}\nEOF` }) } }] }));
add("data", ".pgpass line with password; chat body (Portuguese)", J({ messages: [{ role: "user", content: `O psql continua pedindo senha, meu ~/.pgpass está assim:\ndb.example.net:5432:analytics:report_ro:${g.str(22, A)}\nO que falta?` }] }));
add("devtools", "git credential store line with GitLab PAT; CI log", `[2026-11-03 10:02:11] $ cat ~/.git-credentials\n[2026-11-03 10:02:11] https://oauth2:${["gl", "pat-", g.str(20, U_)].join("")}@gitlab.example.com\n[2026-11-03 10:02:12] fatal: Authentication failed`);
add("cloud", "AWS shared credentials file (key id + secret); pasted in a chat message (Japanese)", J({ messages: [{ role: "user", content: `この認証情報で aws s3 ls が失敗します：\n[default]\naws_access_key_id = ${["AK", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")].join("")}\naws_secret_access_key = ${g.str(40, B64)}\nregion = ap-northeast-1` }] }));
add("cloud", "AWS STS session credentials (ASIA id + secret + session token); JSON from aws sts in MCP result", J({ result: { content: [{ type: "text", text: JSON.stringify({ Credentials: { AccessKeyId: ["AS", "IA", g.str(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")].join(""), SecretAccessKey: g.str(40, B64), SessionToken: "IQoJb3JpZ2luX2Vj" + g.str(300, B64), Expiration: "2026-11-03T12:00:00Z" } }, null, 2) }] } }));
add("saas", "Kaggle API key; kaggle.json written by tool_use", J({ type: "tool_use", name: "write_file", input: { path: "~/.kaggle/kaggle.json", content: J({ username: "acme-ds", key: g.str(32, H) }) } }));
add("auth", "HTTP Basic auth header (base64 user:password); raw request", `POST /api/v4/deploy HTTP/1.1\r\nHost: ci.example.org\r\nAuthorization: Basic ${b64(`deploy:${g.str(20, A)}`)}\r\nContent-Length: 2\r\n\r\n{}`);
add("auth", "password in URL userinfo; git remote set-url in shell history", `  711  git remote set-url origin https://acme-bot:${g.str(24, A)}@git.example.com/acme/infra.git\n  712  git push origin main`);

// --- unusual carriers
add("observability", "Honeycomb key inside OTEL_EXPORTER_OTLP_HEADERS; docker-compose env", `services:\n  api:\n    environment:\n      OTEL_EXPORTER_OTLP_ENDPOINT: https://api.honeycomb.io\n      OTEL_EXPORTER_OTLP_HEADERS: x-honeycomb-team=${["hc", "aik_", g.str(58, LA)].join("")}\n`);
add("comms", "Slack bot token in a HAR entry request header", J({ log: { entries: [{ request: { method: "POST", url: "https://slack.com/api/chat.postMessage", headers: [{ name: "Authorization", value: `Bearer ${["xo", "xb-", g.str(12, D), "-", g.str(13, D), "-", g.str(24, A)].join("")}` }] } }] } }));
add("payment", "Stripe live key in a GraphQL variables payload", J({ query: "mutation Connect($input: ConnectInput!) { connectStripe(input: $input) { id } }", variables: { input: { accountName: "acme", secretKey: ["sk", "_live_", "51", g.str(97, A)].join("") } } }));
add("devtools", "Postman collection export with auth bearer token", J({ info: { name: "Internal API", schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json" }, auth: { type: "bearer", bearer: [{ key: "token", value: ["gh", "p_", g.str(36, A)].join(""), type: "string" }] }, item: [] }));
add("ai", "OpenAI key streamed back inside an SSE chunk the agent forwards", `data: ${J({ choices: [{ delta: { content: `OPENAI_API_KEY=${["sk-", "proj-", g.str(74, U_), "T3Blbk", "FJ", g.str(74, U_)].join("")}` } }] })}\n\ndata: [DONE]\n`);
add("cloud", "DigitalOcean token in gRPC-style metadata dump in a bug report", `grpc call failed: code=Unauthenticated\nmetadata:\n  :authority: api.example.com\n  authorization: Bearer ${["do", "p_v1_", g.str(64, H)].join("")}\n  x-request-id: ${g.uuid()}`);
add("saas", "Notion token in a Python requests call sent through a code-review tool (Russian comment)", `# Почему 401? Токен вроде правильный\nrequests.post("https://api.notion.com/v1/pages", headers={"Authorization": "Bearer ${["nt", "n_", g.str(46, A)].join("")}", "Notion-Version": "2022-06-28"}, json=payload)`);
add("comms", "Telegram bot token embedded in the API URL path; curl", `curl -s "https://api.telegram.org/bot${g.str(10, D)}:AA${g.str(33, U_)}/sendMessage" -d chat_id=-100${g.str(10, D)} -d text=deployed`);
add("data", "Redis password in a redis-cli command with -a; tool_calls", J({ tool_calls: [{ function: { name: "run", arguments: J({ command: `redis-cli -h cache.example.net -p 6380 --tls -a '${g.str(28, A)}' INFO keyspace` }) } }] }));
add("payment", "Square token in a Chinese-language chat message with a curl", J({ messages: [{ role: "user", content: `用这个 token 调用 Square 接口返回 401，帮我看看：\ncurl https://connect.squareup.com/v2/locations -H "Authorization: Bearer ${["EA", "AA", "l", g.str(59, U_)].join("")}"` }] }));
add("cloud", "Azure Service Bus connection string (SharedAccessKey); appsettings.json", JSON.stringify({ ServiceBus: { ConnectionString: `Endpoint=sb://acme-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${g.str(43, B64)}=` } }, null, 2));
add("auth", "Kubernetes kubeconfig user token; kubeconfig YAML pasted in chat (Korean)", J({ messages: [{ role: "user", content: `kubectl 이 Unauthorized 를 반환해요:\napiVersion: v1\nkind: Config\nusers:\n- name: ci\n  user:\n    token: ${g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", sub: "system:serviceaccount:ci:deployer" })}` }] }));

export const cases: CorpusCase[] = out.map(([group, note, text], k) => ({
  id: `y141-k-${String(k + 1).padStart(3, "0")}`,
  kind: "secrets",
  category: `${C}-${group}`,
  label: "positive",
  text,
  note,
}));
