// heldout-y117: handcrafted positives — private keys, connection strings, credential files.
import type { CorpusCase } from "../types.ts";
import { AB, hc, privPem, Rng } from "./_gen.ts";

const r = new Rng(0x117d4);
const j = (...xs: string[]) => xs.join("");
const id = (n: number) => `y117-k-${String(n).padStart(3, "0")}`;
const ghp = () => j("gh", "p_", r.an(36));
const b64 = (s: string) => Buffer.from(s).toString("base64");
const esc = (s: string) => s.replace(/\n/g, "\\n");

const out: CorpusCase[] = [];
let n = 1;
const add = (group: Parameters<typeof hc>[1], text: string, note: string) => out.push(hc(id(n++), group, text, note));

// 1 RSA PKCS#1 private key written by an Anthropic tool_use
{
  const key = privPem(r, "RSA PRIVATE", 1190);
  add("keys", JSON.stringify({
    model: "claude-sonnet-4-5", max_tokens: 4096,
    messages: [
      { role: "user", content: "add the deploy key to the bastion role so ansible can reach the db hosts" },
      { role: "assistant", content: [{ type: "tool_use", id: `toolu_01${r.an(22)}`, name: "write_file", input: { path: "roles/bastion/files/deploy_id_rsa", content: key + "\n", mode: "0600" } }] },
    ],
  }), "RSA private key (PKCS#1 PEM); slot write_file content deploy_id_rsa; context Anthropic tool_use input (1 level)");
}
// 2 PKCS#8 key as GitHub App private key in .env with \n escapes
{
  const key = privPem(r, "PRIVATE", 1218);
  add("keys", `# .env for the release-bot GitHub App\nGITHUB_APP_ID=${r.dig(6)}\nGITHUB_APP_INSTALLATION_ID=${r.dig(8)}\nGITHUB_APP_PRIVATE_KEY="${esc(key)}\\n"\nWEBHOOK_PORT=3000\n`,
    "GitHub App private key (PKCS#8 PEM, \\n-escaped); slot GITHUB_APP_PRIVATE_KEY; context .env file");
}
// 3 EC private key in a k8s TLS Secret (stringData)
{
  const cert = j("-----BEGIN CERT", "IFICATE-----\n", r.pemBody(540), "\n-----END CERT", "IFICATE-----");
  const key = privPem(r, "EC PRIVATE", 121);
  add("keys", `apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-tls\n  namespace: edge\ntype: kubernetes.io/tls\nstringData:\n  tls.crt: |\n${cert.split("\n").map((l) => "    " + l).join("\n")}\n  tls.key: |\n${key.split("\n").map((l) => "    " + l).join("\n")}\n`,
    "EC private key next to its certificate; slot tls.key; context Kubernetes TLS Secret manifest");
}
// 4 OpenSSH private key pasted in a Japanese chat
{
  const key = privPem(r, "OPENSSH PRIVATE", 400);
  add("keys", `踏み台サーバーに入れないので確認お願いします。使っている秘密鍵はこれです：\n\n${key}\n\nssh -i ~/.ssh/id_ed25519 deploy@bastion.example.net で Permission denied になります。`,
    "OpenSSH private key; label 秘密鍵; context Japanese chat message");
}
// 5 PGP private key block in a GitHub issue
{
  const blk = j("-----BEGIN PGP PRIVATE", " KEY BLOCK-----\n\n", r.pemBody(1700), "\n=", r.b64s(4), "\n-----END PGP PRIVATE", " KEY BLOCK-----");
  add("keys", `### apt repo signing fails in CI\n\nThe release job can't import our signing key anymore. Here's what's in the \`APT_SIGNING_KEY\` secret (exported with \`gpg --export-secret-keys --armor\`):\n\n\`\`\`\n${blk}\n\`\`\`\n\nError: \`gpg: key ${r.HEX(16)}: error sending to agent: Inappropriate ioctl for device\``,
    "PGP private key block; slot APT_SIGNING_KEY; context GitHub issue body");
}
// 6 age identity file via OpenAI tool_calls (2 levels)
{
  const pub = j("age1", r.str(58, AB.bech32));
  const sec = j("AGE-SECRET", "-KEY-1", r.str(58, AB.bech32).toUpperCase());
  add("keys", JSON.stringify({
    model: "gpt-4.1",
    messages: [{ role: "assistant", content: null, tool_calls: [{ id: `call_${r.an(24)}`, type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "~/.config/sops/age/keys.txt", content: `# created: 2025-06-11T09:14:02+02:00\n# public key: ${pub}\n${sec}\n` }) } }] }],
  }), "age X25519 identity (secret key) with its public key comment; slot keys.txt; context OpenAI tool_calls write_file (2 levels)");
}
// 7 WireGuard config
add("keys", `[Interface]\nPrivateKey = ${r.b64(32)}\nAddress = 10.66.0.2/32\nDNS = 10.66.0.1\n\n[Peer]\nPublicKey = ${r.b64(32)}\nPresharedKey = ${r.b64(32)}\nAllowedIPs = 10.66.0.0/16\nEndpoint = vpn.example.net:51820\nPersistentKeepalive = 25\n`,
  "WireGuard interface private key and preshared key; slot PrivateKey/PresharedKey; context wg0.conf file");
// 8 PuTTY ppk
add("keys", `PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\nComment: deploy@build-07\nPublic-Lines: 6\n${r.pemBody(279)}\nPrivate-Lines: 14\n${r.pemBody(640)}\nPrivate-MAC: ${r.hex(64)}\n`,
  "PuTTY unencrypted private key; slot Private-Lines; context .ppk file");
// 9 JWK with private "d" in MCP tools/call
add("keys", JSON.stringify({
  jsonrpc: "2.0", id: 41, method: "tools/call",
  params: { name: "kv_put", arguments: { key: "auth/signing-jwk", value: { kty: "EC", crv: "P-256", kid: r.hex(16), use: "sig", x: r.b64u(43), y: r.b64u(43), d: r.b64u(43) } } },
}), "EC private JWK (d parameter); slot signing-jwk value; context MCP tools/call arguments");
// 10 GCP service account JSON via OpenAI tool_calls
{
  const sa = {
    type: "service_account", project_id: "acme-analytics-prod", private_key_id: r.hex(40),
    private_key: privPem(r, "PRIVATE", 1218) + "\n",
    client_email: "etl-runner@acme-analytics-prod.iam.gserviceaccount.com", client_id: r.dig(21),
    auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token",
  };
  add("cloud", JSON.stringify({
    model: "gpt-4o",
    messages: [
      { role: "user", content: "save the SA key so the airflow worker can use it" },
      { role: "assistant", content: null, tool_calls: [{ id: `call_${r.an(24)}`, type: "function", function: { name: "write_file", arguments: JSON.stringify({ path: "secrets/gcp-sa.json", content: JSON.stringify(sa, null, 2) }) } }] },
    ],
  }), "GCP service account key JSON (private_key); slot gcp-sa.json; context OpenAI tool_calls write_file (2 levels, JSON in JSON)");
}
// 11 AWS credentials file
add("cloud", `[default]\naws_access_key_id = ${j("AK", "IA", r.str(16, AB.b32))}\naws_secret_access_key = ${r.b64s(40)}\nregion = eu-west-1\n\n[prod-admin]\naws_access_key_id = ${j("AK", "IA", r.str(16, AB.b32))}\naws_secret_access_key = ${r.b64s(40)}\nregion = us-east-1\n`,
  "AWS key pairs, two profiles; slot aws_secret_access_key; context ~/.aws/credentials file");
// 12 Azure storage connection string in appsettings.json
add("cloud", JSON.stringify({
  Logging: { LogLevel: { Default: "Information" } },
  ConnectionStrings: { BlobStorage: j("DefaultEndpointsProtocol=https;AccountName=acmeinvoices;AccountKey=", r.b64(64), ";EndpointSuffix=core.windows.net") },
  AllowedHosts: "*",
}, null, 2), "Azure Storage account key in connection string; slot ConnectionStrings.BlobStorage; context appsettings.json file");
// 13 Service Bus connection string in a German runbook
add("cloud", `## Störung Bestellimport\n\nFalls der Consumer hängt, Verbindungszeichenfolge prüfen und neu setzen:\n\n\`\`\`\naz webapp config appsettings set -g rg-orders -n orders-api --settings "ServiceBus__Connection=Endpoint=sb://acme-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${r.b64(32)}"\n\`\`\`\n\nDanach den Consumer neu starten.`,
  "Azure Service Bus SharedAccessKey connection string; label Verbindungszeichenfolge; context German runbook");
// 14 kubeconfig with service-account bearer token
add("cloud", `apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: ${b64(r.pemBody(300))}\n    server: https://k8s-staging.example.net:6443\n  name: staging\ncontexts:\n- context:\n    cluster: staging\n    namespace: ci\n    user: ci-deployer\n  name: staging\ncurrent-context: staging\nusers:\n- name: ci-deployer\n  user:\n    token: ${r.jwt({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", "kubernetes.io/serviceaccount/service-account.name": "deployer", sub: "system:serviceaccount:ci:deployer" }, "RS256", 342)}\n`,
  "Kubernetes service-account bearer token; slot users[].user.token; context kubeconfig file");
// 15 kubeconfig with client-key-data
add("keys", `apiVersion: v1\nkind: Config\nclusters:\n- name: onprem\n  cluster:\n    server: https://10.20.0.10:6443\n    certificate-authority-data: ${b64(r.pemBody(300))}\nusers:\n- name: admin\n  user:\n    client-certificate-data: ${b64(j("-----BEGIN CERT", "IFICATE-----\n", r.pemBody(500), "\n-----END CERT", "IFICATE-----\n"))}\n    client-key-data: ${b64(privPem(r, "RSA PRIVATE", 1190) + "\n")}\ncontexts:\n- name: onprem-admin\n  context: {cluster: onprem, user: admin}\ncurrent-context: onprem-admin\n`,
  "base64 RSA client private key; slot client-key-data; context kubeconfig file");
// 16 .pgpass via MCP
add("data", JSON.stringify({ jsonrpc: "2.0", id: 12, method: "tools/call", params: { name: "write_file", arguments: { path: "/home/analyst/.pgpass", content: `db-primary.example.net:5432:warehouse:analyst:${r.genpass(20)}\nreplica.example.net:5432:*:readonly:${r.genpass(18)}\n` } } }),
  ".pgpass passwords; slot write_file content; context MCP tools/call");
// 17 .netrc
add("auth", `machine api.example.com\n  login ci-bot\n  password ${r.genpass(28)}\nmachine uploads.example.net login deploy password ${r.an(32)}\n`,
  "netrc passwords for two hosts; slot password; context .netrc file");
// 18 .npmrc
add("devtools", `registry=https://registry.npmjs.org/\n@acme:registry=https://npm.pkg.github.com/\n//npm.pkg.github.com/:_authToken=${ghp()}\n//registry.npmjs.org/:_authToken=${j("np", "m_", r.an(36))}\nalways-auth=true\n`,
  "npm and GitHub Packages tokens; slot _authToken; context .npmrc file");
// 19 docker config.json
add("devtools", JSON.stringify({ auths: { "ghcr.io": { auth: b64(`acme-bot:${ghp()}`) }, "https://index.docker.io/v1/": { auth: b64(`acmebuild:${j("dck", "r_pat_", r.b64u(27))}`) } }, credHelpers: { "123456789012.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login" } }, null, "\t"),
  "registry credentials base64(user:token) for ghcr.io and Docker Hub; slot auths.*.auth; context ~/.docker/config.json");
// 20 .git-credentials in shell history
add("devtools", `  811  git config --global credential.helper store\n  812  echo "https://acme-bot:${ghp()}@github.com" >> ~/.git-credentials\n  813  git push origin release/2025.06\n  814  cat ~/.git-credentials`,
  "GitHub PAT in a credential-store URL; slot ~/.git-credentials; context shell history");
// 21 pip.conf with private index credentials
add("devtools", `[global]\nindex-url = https://ci-reader:${r.an(32)}@pypi.example.net/simple/\nextra-index-url = https://mirror.example.org/simple\ntimeout = 60\n`,
  "private package index password in URL; slot index-url; context pip.conf file");
// 22 Maven settings.xml
add("devtools", `<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">\n  <servers>\n    <server>\n      <id>acme-releases</id>\n      <username>deployer</username>\n      <password>${r.genpass(26)}</password>\n    </server>\n  </servers>\n  <mirrors>\n    <mirror><id>central-proxy</id><url>https://repo.example.com/maven2</url><mirrorOf>central</mirrorOf></mirror>\n  </mirrors>\n</settings>\n`,
  "Maven repository password; slot server/password; context settings.xml file");
// 23 Spring datasource
add("data", `spring.datasource.url=jdbc:postgresql://db-primary.example.net:5432/billing?ssl=true\nspring.datasource.username=billing_app\nspring.datasource.password=${r.password()}\nspring.jpa.hibernate.ddl-auto=validate\n`,
  "database password; slot spring.datasource.password; context application.properties file");
// 24 SQL Server connection string in Portuguese chat
add("data", `Pessoal, a string de conexão do banco de homologação mudou. Atualizem o appsettings local:\n\n"Server=tcp:sql-hml.example.net,1433;Initial Catalog=Vendas;User ID=app_vendas;Password=${r.genpass(20)};Encrypt=True;TrustServerCertificate=False;"\n\nQualquer problema me chamem.`,
  "SQL Server connection string with password; label string de conexão; context Portuguese chat");
// 25 AMQP URL in compose
add("data", `services:\n  worker:\n    image: registry.example.com/orders/worker:2.14\n    environment:\n      AMQP_URL: amqps://orders:${r.an(28)}@mq.example.net:5671/prod\n      PREFETCH: "20"\n`,
  "RabbitMQ password in AMQP URL; slot AMQP_URL; context docker-compose.yml");
// 26 SMTP URL containing a SendGrid key
add("comms", `EMAIL_BACKEND=smtp\nSMTP_URL=smtp://apikey:${j("S", "G.", r.b64u(22), ".", r.b64u(43))}@smtp.example.net:587\nDEFAULT_FROM=noreply@example.com\n`,
  "SendGrid API key as SMTP password in URL; slot SMTP_URL; context .env file");
// 27 wp-config.php
add("data", `<?php\ndefine( 'DB_NAME', 'wp_shop' );\ndefine( 'DB_USER', 'wp_shop' );\ndefine( 'DB_PASSWORD', '${r.genpass(24)}' );\ndefine( 'DB_HOST', 'mysql.example.net' );\ndefine( 'AUTH_KEY',         '${r.str(64, AB.alnum + "!@#%^&*()-_[]{}<>~+=,.;:/?|")}' );\ndefine( 'SECURE_AUTH_KEY',  '${r.str(64, AB.alnum + "!@#%^&*()-_[]{}<>~+=,.;:/?|")}' );\n$table_prefix = 'wp_';\n`,
  "WordPress DB password and auth salts; slot DB_PASSWORD/AUTH_KEY; context wp-config.php file");
// 28 Rails master.key via Gemini functionCall
add("auth", JSON.stringify({ contents: [{ role: "model", parts: [{ functionCall: { name: "write_file", args: { path: "config/master.key", content: r.hex(32) } } }] }] }),
  "Rails master key; slot config/master.key content; context Gemini functionCall write_file");
// 29 redis-cli -a in Chinese chat
add("data", `线上 Redis 连不上了，我用的是这个命令，密码没改过：\n\n\`\`\`\nredis-cli -h cache-01.example.net -p 6379 -a '${r.genpass(24)}' ping\n\`\`\`\n\n返回 NOAUTH，谁帮忙看下？`,
  "Redis password on the command line; label 密码; context Chinese chat");
// 30 mysql -p in CI log
add("data", `2025-06-13T04:12:51.1200391Z + mysql -h mysql.example.net -u migrator -p${r.genpass(18)} app_prod -e "SELECT 1"\n2025-06-13T04:12:51.4411020Z ERROR 2003 (HY000): Can't connect to MySQL server on 'mysql.example.net:3306' (110)\n2025-06-13T04:12:51.4452190Z ##[error]Process completed with exit code 1.`,
  "MySQL password in -p argument; slot mysql -p; context CI job log");
// 31 PGPASSWORD in Russian runbook
add("data", `### Восстановление реплики\n\nПароль пользователя replicator:\n\n\`\`\`\nPGPASSWORD='${r.password()}' pg_basebackup -h db-primary.example.net -U replicator -D /var/lib/postgresql/16/main -P -R\n\`\`\``,
  "Postgres replication password; label Пароль; context Russian runbook");
// 32 Cosmos DB connection string in French issue
add("data", `### Impossible de se connecter à Cosmos DB en local\n\nJ'utilise la chaîne de connexion suivante dans local.settings.json :\n\n\`\`\`json\n{ "Values": { "CosmosDb": "AccountEndpoint=https://acme-catalog.documents.azure.com:443/;AccountKey=${r.b64(64)};" } }\n\`\`\`\n\nL'émulateur marche, mais pas le compte réel.`,
  "Azure Cosmos DB account key in connection string; label chaîne de connexion; context French GitHub issue");

export const cases: CorpusCase[] = out;
