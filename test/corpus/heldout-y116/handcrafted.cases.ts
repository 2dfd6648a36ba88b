// Handcrafted positives: private key material, credential files and connection strings, each
// inside an outbound agent payload. Key bodies are real DER/base64 framing around seeded random
// bytes; nothing credential-shaped is stored literally.
import type { CorpusCase } from "../types.ts";
import { AL, Gen, secCat } from "./_gen.ts";

const g = new Gen(0x116beef);
const J = (o: unknown) => JSON.stringify(o);
let n = 0;
const out: CorpusCase[] = [];
function add(group: string, note: string, text: string) {
  out.push({ id: `y116-h-${String(++n).padStart(3, "0")}`, kind: "secrets", category: secCat(group), label: "positive", text, note });
}

// outbound wrappers
const writeFile = (path: string, content: string) => {
  const id = `toolu_01${g.alnum(22)}`;
  return J({ model: "claude-sonnet-4-5", max_tokens: 4096, messages: [
    { role: "user", content: "set this machine up like the old one" },
    { role: "assistant", content: [{ type: "tool_use", id, name: "write_file", input: { path, content } }] },
    { role: "user", content: [{ type: "tool_result", tool_use_id: id, content: "ok" }] }] });
};
const chatPaste = (msg: string, content: string) => J({ model: "gpt-4o-mini", messages: [{ role: "user", content: `${msg}\n\n\`\`\`\n${content}\n\`\`\`` }] });
const mcpRead = (path: string, content: string) => J({ jsonrpc: "2.0", id: g.range(3, 60), result: { content: [{ type: "text", text: `${path}:\n${content}` }] } });
const shellCall = (cmd: string) => J({ model: "gpt-4.1", messages: [{ role: "user", content: "run it" }, { role: "assistant", content: null, tool_calls: [{ id: `call_${g.alnum(24)}`, type: "function", function: { name: "bash", arguments: J({ cmd }) } }] }] });
const gist = (file: string, content: string) => J({ description: "config backup", public: false, files: { [file]: { content } } });
const issue = (title: string, body: string) => J({ title, body, labels: ["bug"] });

// ---- key material
const rsaDer = () => g.cat([0x30, 0x82, 0x04, 0xa4, 0x02, 0x01, 0x00, 0x02, 0x82, 0x01, 0x01, 0x00], g.bytes(256), [0x02, 0x03, 0x01, 0x00, 0x01, 0x02, 0x82, 0x01, 0x00], g.bytes(912));
const ecDer = () => g.cat([0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20], g.bytes(32), [0xa0, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0xa1, 0x44, 0x03, 0x42, 0x00, 0x04], g.bytes(64));
const pk8Rsa = () => g.cat([0x30, 0x82, 0x04, 0xbe, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82, 0x04, 0xa8], rsaDer().slice(0, 1196));
const rsaPem = g.pem("RSA " + "PRIVATE KEY", rsaDer());
add("keys", "RSA PKCS#1 private key; slot deploy/id_rsa; context: anthropic tool_use write_file", writeFile("/home/deploy/.ssh/id_rsa", rsaPem + "\n"));
add("keys", "EC P-256 SEC1 private key; slot tls/server.key; context: chat paste asking about nginx TLS error", chatPaste("nginx says 'key values mismatch', here's the key I'm using:", g.pem("EC " + "PRIVATE KEY", ecDer())));
const pk8 = g.pem("PRIVATE" + " KEY", pk8Rsa());
add("keys", "PKCS#8 RSA private key; slot JWT_PRIVATE_KEY (escaped \\n in .env); context: MCP read_file result", mcpRead(".env", `JWT_ISSUER=https://auth.example.com\nJWT_PRIVATE_KEY="${pk8.replace(/\n/g, "\\n")}"\n`));
add("keys", "PKCS#8 Ed25519 private key; slot signing.pem; context: gist create API", gist("signing.pem", g.pem("PRIVATE" + " KEY", g.cat([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20], g.bytes(32)))));
{
  const enc = (s: string) => { const b = Buffer.from(s); return g.cat([0, 0, 0, b.length], Array.from(b)); };
  const body = g.cat(Array.from(Buffer.from("openssh-key-v1\0")), enc("none"), enc("none"), [0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0x33], enc("ssh-ed25519"), [0, 0, 0, 0x20], g.bytes(32), [0, 0, 0, 0x88], g.bytes(136));
  const b64 = Buffer.from(body).toString("base64").match(/.{1,70}/g)!.join("\n");
  add("keys", "OpenSSH ed25519 private key; slot ~/.ssh/id_ed25519; context: openai tool_calls bash heredoc", shellCall(`cat > ~/.ssh/id_ed25519 <<'EOF'\n-----BEGIN OPENSSH ` + `PRIVATE KEY-----\n${b64}\n-----END OPENSSH PRIVATE KEY-----\nEOF\nchmod 600 ~/.ssh/id_ed25519`));
}
{
  const lines = ["lQdGBGZ" + g.b64(57), ...Array.from({ length: 24 }, () => g.b64(64)), g.b64(40), "=" + g.b64(4)];
  add("keys", "PGP private key block; slot release-signing key export; context: issue body", issue("CI can't import signing key", `gpg --import fails in the release job. Exported with --armor --export-secret-keys:\n\n\`\`\`\n-----BEGIN PGP ` + `PRIVATE KEY BLOCK-----\n\n${lines.join("\n")}\n-----END PGP PRIVATE KEY BLOCK-----\n\`\`\``));
}
add("keys", "age identity (AGE-SECRET-KEY); slot SOPS_AGE_KEY; context: CI log", `2025-06-03T08:11:02Z Run sops --decrypt secrets.enc.yaml\n2025-06-03T08:11:02Z   SOPS_AGE_KEY: ` + "AGE-SECRET" + "-KEY-1" + g.str(58, AL.bech32).toUpperCase() + `\n2025-06-03T08:11:03Z Error: no matching creation rules found`);
add("keys", "PuTTY PPK v3 private key; slot deploy.ppk; context: chat paste", chatPaste("WinSCP rejects this key, is the format wrong?", `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build01\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI${g.b64(43)}\n${g.b64(4)}\nPrivate-Lines: 1\nAAAAI${g.b64(43)}\nPrivate-MAC: ${g.hex(64)}`));
add("keys", "WireGuard interface PrivateKey; slot wg0.conf; context: MCP read_file result", mcpRead("/etc/wireguard/wg0.conf", `[Interface]\nAddress = 10.8.0.2/32\nPrivateKey = ${g.b64bytes(32)}\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ${g.b64bytes(32)}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\n`));
{
  const pk = g.pem("PRIVATE" + " KEY", pk8Rsa());
  const sa = { type: "service_account", project_id: "billing-prod-4821", private_key_id: g.hex(40), private_key: pk + "\n", client_email: "ci-deployer@billing-prod-4821.iam.gserviceaccount.com", client_id: g.num(21), auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token", universe_domain: "googleapis.com" };
  add("cloud", "GCP service account JSON key (private_key); slot GOOGLE_APPLICATION_CREDENTIALS file; context: anthropic tool_use write_file", writeFile("/srv/app/gcp-sa.json", JSON.stringify(sa, null, 2)));
}
add("keys", "Ethereum wallet private key; slot DEPLOYER_PRIVATE_KEY in hardhat .env; context: chat paste", chatPaste("hardhat deploy to mainnet fails with 'insufficient funds', my .env:", `MAINNET_RPC_URL=https://rpc.example.org\nDEPLOYER_PRIVATE_KEY=0x${g.hex(64)}\nETHERSCAN_NETWORK=mainnet`));
add("keys", "EC private JWK (d parameter); slot signing JWK; context: MCP tools/call arguments", J({ jsonrpc: "2.0", id: 9, method: "tools/call", params: { name: "kv_put", arguments: { key: "auth/signing-jwk", value: J({ kty: "EC", crv: "P-256", kid: g.hex(16), use: "sig", x: g.b64u(43), y: g.b64u(43), d: g.b64u(43) }) } } }));
add("keys", "Solana keypair file (64-byte secret array); slot ~/.config/solana/id.json; context: gist create API", gist("id.json", "[" + Array.from(g.bytes(64)).join(",") + "]"));

// ---- credential files
add("cloud", "AWS shared credentials file with secret key; slot ~/.aws/credentials; context: MCP read_file result", mcpRead("~/.aws/credentials", `[default]\naws_access_key_id = ${"AK" + "IA" + g.str(16, AL.b32)}\naws_secret_access_key = ${g.b64(40)}\n\n[prod]\naws_access_key_id = ${"AK" + "IA" + g.str(16, AL.b32)}\naws_secret_access_key = ${g.b64(40)}\nregion = eu-central-1\n`));
add("auth", ".netrc machine password; slot ~/.netrc; context: openai tool_calls bash", shellCall(`printf 'machine api.example.com\\n  login deploy\\n  password ${g.alnum(22)}\\n' > ~/.netrc && chmod 600 ~/.netrc`));
add("data", ".pgpass line with password; slot ~/.pgpass; context: chat paste", chatPaste("psql still prompts for a password even though I have this .pgpass:", `db-primary.example.net:5432:orders:orders_rw:${g.alnum(20)}\n*:5432:*:readonly:${g.alnum(16)}`));
add("devtools", ".npmrc registry _authToken (npm token); slot //registry.npmjs.org/:_authToken; context: anthropic tool_use write_file", writeFile("/home/ci/.npmrc", `registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=${"np" + "m_" + g.alnum(36)}\nalways-auth=true\n`));
add("devtools", "docker config.json auths entry (base64 user:PAT); slot ~/.docker/config.json; context: MCP read_file result", mcpRead("~/.docker/config.json", JSON.stringify({ auths: { "https://index.docker.io/v1/": { auth: g.b64of("examplebot:" + "dckr" + "_pat_" + g.b64u(27)) }, "ghcr.io": { auth: g.b64of("examplebot:" + "gh" + "p_" + g.alnum(36)) } } }, null, 2)));
add("devtools", ".git-credentials URL with GitHub PAT; slot ~/.git-credentials; context: shell tool call", shellCall(`echo "https://ci-bot:${"gh" + "p_" + g.alnum(36)}@github.com" >> ~/.git-credentials && git config --global credential.helper store`));
add("devtools", ".pypirc password (PyPI token); slot [pypi] password; context: gist create API", gist(".pypirc", `[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = ${"py" + "pi-" + "AgEIcHlwaS5vcmc" + g.b64u(160)}\n`));
add("cloud", "kubeconfig user token (service account JWT); slot users[].user.token; context: chat paste", chatPaste("kubectl returns Unauthorized with this kubeconfig, why?", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.example.net:6443\n  name: prod\nusers:\n- name: ci\n  user:\n    token: ${g.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", "kubernetes.io/serviceaccount/service-account.name": "deployer", sub: "system:serviceaccount:ci:deployer" }, "RS256")}\ncontexts:\n- context: {cluster: prod, user: ci}\n  name: prod\ncurrent-context: prod`));
add("devtools", "gh CLI hosts.yml oauth_token; slot ~/.config/gh/hosts.yml; context: MCP read_file result", mcpRead("~/.config/gh/hosts.yml", `github.com:\n    users:\n        octo-dev:\n            oauth_token: ${"gh" + "o_" + g.alnum(36)}\n    git_protocol: ssh\n    user: octo-dev\n`));
add("cloud", "rclone.conf S3 remote secret_access_key; slot [backup] secret_access_key; context: issue body", issue("rclone sync to wasabi fails with 403", `config:\n\n\`\`\`ini\n[backup]\ntype = s3\nprovider = Wasabi\naccess_key_id = ${g.upper(20)}\nsecret_access_key = ${g.b64(40)}\nendpoint = s3.eu-central-1.wasabisys.example.com\n\`\`\``));
add("cloud", "Terraform CLI credentials.tfrc.json token; slot credentials.app.terraform.io.token; context: anthropic tool_use write_file", writeFile("/home/ci/.terraform.d/credentials.tfrc.json", JSON.stringify({ credentials: { "app.terraform.io": { token: g.alnum(14) + ".atlas" + "v1." + g.alnum(67) } } }, null, 2)));
add("devtools", "composer auth.json github-oauth token; slot github-oauth.github.com; context: chat paste", chatPaste("composer install hits rate limits even with auth.json:", JSON.stringify({ "github-oauth": { "github.com": "gh" + "p_" + g.alnum(36) }, "http-basic": { "repo.example.com": { username: "build", password: g.alnum(20) } } }, null, 4)));
add("devtools", "Maven settings.xml server password; slot <server><password>; context: MCP read_file result", mcpRead("~/.m2/settings.xml", `<settings>\n  <servers>\n    <server>\n      <id>releases</id>\n      <username>deployer</username>\n      <password>${g.alnum(18)}</password>\n    </server>\n  </servers>\n</settings>`));
add("devtools", "NuGet.Config ClearTextPassword (feed PAT); slot packageSourceCredentials; context: gist create API", gist("NuGet.Config", `<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSources>\n    <add key="internal" value="https://pkgs.example.com/nuget/v3/index.json" />\n  </packageSources>\n  <packageSourceCredentials>\n    <internal>\n      <add key="Username" value="build" />\n      <add key="ClearTextPassword" value="${g.str(52, "abcdefghijklmnopqrstuvwxyz234567")}" />\n    </internal>\n  </packageSourceCredentials>\n</configuration>`));

// ---- connection strings
add("data", "SQL Server ADO.NET connection string with Password; slot ConnectionStrings:Default in appsettings.json; context: chat paste", chatPaste("EF migrations time out, appsettings.Production.json:", JSON.stringify({ ConnectionStrings: { Default: `Server=tcp:sql01.example.net,1433;Initial Catalog=Orders;User ID=orders_app;Password=${g.alnum(16)}!${g.alnum(3)};Encrypt=True;` } }, null, 2)));
add("data", "JDBC URL with password parameter; slot spring.datasource.url; context: MCP read_file result", mcpRead("src/main/resources/application-prod.properties", `spring.datasource.url=jdbc:postgresql://pg.example.net:5432/ledger?user=ledger_svc&password=${g.alnum(20)}&ssl=true\nspring.jpa.hibernate.ddl-auto=validate\n`));
add("data", "AMQP URL with password; slot CELERY_BROKER_URL; context: openai tool_calls bash", shellCall(`CELERY_BROKER_URL='amqps://worker:${g.alnum(24)}@mq.example.net:5671/prod' celery -A app worker -l info`));
add("cloud", "Azure Storage connection string (AccountKey); slot AzureWebJobsStorage; context: anthropic tool_use write_file local.settings.json", writeFile("local.settings.json", JSON.stringify({ IsEncrypted: false, Values: { AzureWebJobsStorage: `DefaultEndpointsProtocol=https;AccountName=contosofn;AccountKey=${g.b64bytes(64)};EndpointSuffix=core.windows.net`, FUNCTIONS_WORKER_RUNTIME: "node" } }, null, 2)));
add("cloud", "Azure Service Bus connection string (SharedAccessKey); slot SERVICEBUS_CONNECTION; context: CI log", `##[debug]Evaluating: env.SERVICEBUS_CONNECTION\n##[debug]Result: 'Endpoint=sb://contoso-bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${g.b64bytes(32)}'\nStarting consumer for queue orders-inbound`);
add("cloud", "Azure Cosmos DB connection string (AccountKey); slot COSMOS_CONNECTION_STRING; context: chat paste", chatPaste("Cosmos SDK throws 401 with this connection string:", `COSMOS_CONNECTION_STRING="AccountEndpoint=https://contoso-cosmos.documents.azure.com:443/;AccountKey=${g.b64bytes(64)};"`));
add("data", "Kafka SASL/PLAIN JAAS config with password; slot sasl.jaas.config; context: gist create API", gist("client.properties", `bootstrap.servers=pkc-${g.lower(5)}.eu-west-1.aws.confluent.example.com:9092\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='${g.upper(16)}' password='${g.b64(64)}';\n`));
add("auth", "LDAP bind password; slot bindPassword in app config; context: issue body", issue("LDAP login broken after migration", `config/ldap.yml:\n\n\`\`\`yaml\nldap:\n  url: ldaps://ldap.example.org:636\n  bindDN: cn=svc-portal,ou=services,dc=example,dc=org\n  bindPassword: "${g.alnum(14)}#${g.alnum(4)}"\n  userBase: ou=people,dc=example,dc=org\n\`\`\``));
add("comms", "SMTP URL with password; slot EMAIL_URL; context: MCP read_file result", mcpRead(".env", `EMAIL_URL=smtp+tls://notifications%40example.com:${g.alnum(16)}@smtp.example.com:587\nDEFAULT_FROM_EMAIL=notifications@example.com\n`));
add("data", "ClickHouse HTTPS URL with password; slot CLICKHOUSE_URL; context: chat paste", chatPaste("Can you check why inserts are slow? conn:", `CLICKHOUSE_URL=https://default:${g.alnum(10)}~${g.alnum(8)}@ch.example.net:8443/analytics`));
add("data", "PGPASSWORD on a psql command line; slot PGPASSWORD; context: openai tool_calls bash", shellCall(`PGPASSWORD='${g.alnum(22)}' psql -h db.example.net -U reporting -d warehouse -c "select count(*) from events"`));
add("data", "mysql -p password on command line; slot mysql -p; context: shell history pasted in chat", chatPaste("this worked yesterday, now access denied:", `  812  mysql -h mysql.example.net -u shop_admin -p'${g.alnum(12)}%${g.alnum(4)}' shop\n  813  mysqldump -h mysql.example.net -u shop_admin -p'${g.alnum(12)}' shop > dump.sql`));
add("data", "redis-cli -a password; slot redis-cli -a; context: MCP tools/call arguments", J({ jsonrpc: "2.0", id: 31, method: "tools/call", params: { name: "terminal_exec", arguments: { command: `redis-cli -h cache.example.net -p 6380 --tls -a ${g.alnum(32)} INFO memory` } } }));

export const cases: CorpusCase[] = out;
