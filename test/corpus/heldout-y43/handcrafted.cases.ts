// Handcrafted positives: private key material, multi-value credential files and URL-embedded
// credentials that do not fit the one-slot renderers.
import type { CorpusCase } from "../types.ts";
import { AN, B32, DIG, G, j, LD, LO, URL64 } from "./_gen.ts";

const g = new G(0x43a1);
const BEGIN = (t: string) => j("-----BEGIN ", t, "-----");
const END = (t: string) => j("-----END ", t, "-----");
const pem = (t: string, n: number) => `${BEGIN(t)}\n${g.pemBody(n)}\n${END(t)}`;
const RSA = j("RSA PRIVATE", " KEY");
const EC = j("EC PRIVATE", " KEY");
const P8 = j("PRIVATE", " KEY");
const OSSH = j("OPENSSH PRIVATE", " KEY");
const PGP = j("PGP PRIVATE", " KEY BLOCK");
const ENC = j("ENCRYPTED PRIVATE", " KEY");
void ENC;

const out: Omit<CorpusCase, "id" | "kind" | "label">[] = [];
const add = (grp: string, note: string, text: string) => out.push({ category: `heldouty43-sec-${grp}`, note, text });

add("keys", "RSA private key (PKCS#1); slot deploy/id_rsa; context Anthropic tool_use write_file", JSON.stringify({ type: "tool_use", id: `toolu_01${g.s(22)}`, name: "write_file", input: { path: "deploy/keys/id_rsa", content: pem(RSA, 1190) + "\n" } }));
add("keys", "EC private key; slot server.key pasted; context OpenAI chat body", JSON.stringify({ model: "gpt-4.1", messages: [{ role: "user", content: `nginx says "key values mismatch", here's server.key:\n\n${pem(EC, 121)}\n\nand the cert is from letsencrypt` }] }));
add("keys", "OpenSSH private key; slot ~/.ssh/id_ed25519; context MCP read_file result", JSON.stringify({ jsonrpc: "2.0", id: 14, result: { content: [{ type: "text", text: pem(OSSH, 399) + "\n" }] } }));
add("keys", "PGP private key block; slot GPG_PRIVATE_KEY; context CI log", `2026-11-29T22:01:07Z Run crazy-max/ghaction-import-gpg@v6\n2026-11-29T22:01:07Z   gpg_private_key: ${pem(PGP, 700).split("\n").join("\n2026-11-29T22:01:07Z ")}\n2026-11-29T22:01:08Z Importing GPG private key...`);
add("keys", "PKCS#8 private key; slot JWT_PRIVATE_KEY; context .env with \\n escapes", `JWT_ALGORITHM=RS256\nJWT_PRIVATE_KEY="${pem(P8, 1218).replace(/\n/g, "\\n")}"\nJWT_ISSUER=https://auth.example.com\n`);
add("keys", "kubeconfig client-key-data; context shell cat output", `$ cat ~/.kube/config\napiVersion: v1\nclusters:\n- cluster:\n    server: https://10.20.0.4:6443\n  name: prod\nusers:\n- name: admin\n  user:\n    client-key-data: ${Buffer.from(pem(RSA, 1190)).toString("base64")}\ncurrent-context: prod\n`);
add("keys", "JWK private key (d, p, q); slot signing key; context JSON config", JSON.stringify({ keys: [{ kty: "EC", crv: "P-256", kid: g.h(16), use: "sig", x: g.s(43, URL64), y: g.s(43, URL64), d: g.s(43, URL64) }] }, null, 2));
add("keys", "PuTTY private key; context Markdown doc", `### Jump host access\n\nSave as \`bastion.ppk\`:\n\n\`\`\`\nPuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ops@bastion\nPublic-Lines: 2\n${g.pemBody(51)}\nPrivate-Lines: 1\n${g.b64bytes(48)}\nPrivate-MAC: ${g.h(64)}\n\`\`\`\n`);
add("keys", "RSA private key in Python string; context test fixture", `import jwt\n\nPRIVATE_KEY = """${pem(RSA, 1190)}"""\n\ndef make_token(sub):\n    return jwt.encode({"sub": sub}, PRIVATE_KEY, algorithm="RS256")\n`);
add("cloud", "GCP service account JSON (private_key); context OpenAI chat body", JSON.stringify({ model: "gpt-4o-mini", messages: [{ role: "user", content: "why does this fail with invalid_grant?\n" + JSON.stringify({ type: "service_account", project_id: "acme-prod-291", private_key_id: g.h(40), private_key: pem(P8, 1218) + "\n", client_email: "deployer@acme-prod-291.iam.gserviceaccount.com", client_id: g.s(21, DIG), token_uri: "https://oauth2.googleapis.com/token" }, null, 2) }] }));
add("cloud", "AWS STS credentials file (key id, secret, session token); context shell cat", `$ cat ~/.aws/credentials\n[default]\naws_access_key_id = ${j("AS", "IA", g.s(16, B32))}\naws_secret_access_key = ${g.s(40, AN + "/+")}\naws_session_token = ${j("IQoJb3JpZ2luX2Vj", g.s(360, AN + "/+"))}\nregion = us-west-2\n`);
add("cloud", "AWS key pair; context boto3 client constructor", `import boto3\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="${j("AK", "IA", g.s(16, B32))}",\n    aws_secret_access_key="${g.s(40, AN + "/+")}",\n    region_name="eu-west-1",\n)\n`);
add("cloud", "Azure storage connection string; context appsettings.json", JSON.stringify({ Logging: { LogLevel: { Default: "Information" } }, ConnectionStrings: { Blob: j("DefaultEndpointsProtocol=https;AccountName=acmeprodst;Account", "Key=", g.b64bytes(64), ";EndpointSuffix=core.windows.net") } }, null, 2));
add("cloud", "Azure SAS URL (sig); context curl upload", `curl -X PUT -T backup.tar.gz -H "x-ms-blob-type: BlockBlob" "https://acmebackups.blob.core.windows.net/nightly/backup.tar.gz?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-01T00:00:00Z&st=2026-11-01T00:00:00Z&spr=https&${j("si", "g=")}${encodeURIComponent(g.b64bytes(32))}"`);
add("auth", "basic auth in URL; context git remote -v", `$ git remote -v\norigin\thttps://deploy-bot:${j("gh", "p_", g.s(36))}@github.com/acme/platform.git (fetch)\norigin\thttps://deploy-bot:${j("gh", "p_", g.s(36))}@github.com/acme/platform.git (push)`);
add("auth", ".netrc password; context MCP tool result", JSON.stringify({ jsonrpc: "2.0", id: 3, result: { content: [{ type: "text", text: `machine api.heroku.com\n  login ops@acme.io\n  password ${j("HR", "KU-", "AA", g.s(58, URL64))}\nmachine git.heroku.com\n  login ops@acme.io\n  password ${j("HR", "KU-", "AA", g.s(58, URL64))}\n` }] } }));
add("auth", "curl -u user:password basic auth; context shell history", `  88  curl -u admin:${g.s(18, AN + "!@")} https://jenkins.internal.acme.io/job/deploy/build -X POST\n  89  history | tail\n`);
add("auth", "Authorization Basic header (base64 user:pass); context raw HTTP", `POST /api/v2/orders HTTP/1.1\nHost: erp.acme-corp.net\nAuthorization: Basic ${Buffer.from(`svc_orders:${g.s(20)}`).toString("base64")}\nContent-Type: application/json\n\n{"sku":"A-100","qty":2}`);
add("auth", "Google OAuth refresh token; context JSON token cache", JSON.stringify({ token: j("ya", "29.", g.s(160, URL64)), refresh_token: j("1//", "0", g.s(100, URL64)), client_id: `${g.s(12, DIG)}-${g.s(32, LD)}.apps.googleusercontent.com`, client_secret: j("GOC", "SPX-", g.s(28, URL64)), scopes: ["https://www.googleapis.com/auth/drive"] }, null, 2));
add("data", ".pgpass line; context shell cat", `$ cat ~/.pgpass\ndb-prod.internal:5432:app:app_owner:${g.s(26, AN)}\n*:*:*:replicator:${g.s(22, AN)}\n`);
add("data", "JDBC URL with password; context Spring application.yml", `spring:\n  datasource:\n    url: jdbc:postgresql://pg-main.internal:5432/orders?user=orders_rw&password=${g.s(22)}&sslmode=require\n    hikari:\n      maximum-pool-size: 10\n`);
add("data", "SQL Server connection string; context C# code", `var conn = new SqlConnection("Server=tcp:acme-sql.database.windows.net,1433;Database=crm;User ID=crm_admin;Password=${g.s(20, AN + "#!")};Encrypt=True;");\nawait conn.OpenAsync();\n`);
add("data", "Snowflake key pair passphrase + account; context TOML", `[connections.prod]\naccount = "xy${g.s(5, DIG)}.eu-central-1"\nuser = "ETL_SVC"\npassword = "${g.s(24, AN + "!#")}"\nwarehouse = "LOAD_WH"\nrole = "LOADER"\n`);
add("devtools", ".npmrc _authToken; context tool_use write_file", JSON.stringify({ type: "tool_use", id: `toolu_01${g.s(22)}`, name: "write_file", input: { path: ".npmrc", content: `@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=${j("gh", "p_", g.s(36))}\n//registry.npmjs.org/:_authToken=${j("np", "m_", g.s(36))}\n` } }));
add("devtools", "docker config.json auths; context MCP result", JSON.stringify({ jsonrpc: "2.0", id: 21, result: { content: [{ type: "text", text: JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: Buffer.from(`acmeci:${j("dckr", "_pat_", g.s(27, URL64))}`).toString("base64") } } }, null, 2) }] } }));
add("devtools", "pip index URL with token; context pip.conf", `[global]\nindex-url = https://__token__:${j("py", "pi-", "AgEIcHlwaS5vcmc", g.s(140, URL64))}@upload.pypi.org/simple/\ntimeout = 60\n`);
add("devtools", "GitLab runner registration token; context config.toml", `concurrent = 4\n\n[[runners]]\n  name = "docker-runner-1"\n  url = "https://gitlab.acme.io/"\n  token = "${j("gl", "rt-", g.s(20, URL64))}"\n  executor = "docker"\n`);
add("comms", "Twilio account SID + auth token; context Node code", `const twilio = require("twilio");\nconst client = twilio("${j("A", "C", g.h(32))}", "${g.h(32)}");\nawait client.messages.create({ to: "+15551230000", from: "+15559870000", body: "deploy done" });\n`);
add("comms", "Twilio API key secret; context .env in chat message", `can you check why SMS fails? env:\nTWILIO_API_KEY=${j("S", "K", g.h(32))}\nTWILIO_API_SECRET=${g.s(32)}\n`);

export const cases: CorpusCase[] = out.map((c, i) => ({ id: `y43-k-${String(i + 1).padStart(3, "0")}`, kind: "secrets", label: "positive", ...c }));
void LO;
