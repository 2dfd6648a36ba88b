// Handcrafted positives: key material, connection strings / DB passwords, credential files,
// CLI arguments and vendor webhook/registry URLs, each in one language's working context.
import type { CorpusCase } from "../types.ts";
import { ENVELOPES, Gen, PRIV, asciiJson, lang, pad3, type Envelope, type Group } from "./_gen.ts";

const g = new Gen(0x115b2);

const out: CorpusCase[] = [];
function pos(group: Group, text: string, note: string): void {
  out.push({ id: `y115-k-${pad3(out.length + 1)}`, kind: "secrets", category: `heldouty115-sec-${group}`, label: "positive", text, note });
}
function env(name: string): Envelope {
  const e = ENVELOPES.find((x) => x.name.startsWith(name));
  if (!e) throw new Error(`no envelope ${name}`);
  return e;
}
const esc = (s: string) => JSON.stringify(s).slice(1, -1);

const RSA1 = "MIIEowIBAAKCAQEA";
const PK8RSA = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ";
const PK8EC = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg";
const SEC1 = "MHcCAQEEI";
const OSSH = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACA";
const SPKI = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA";

// ----------------------------------------------------------------------------------- keys
{
  const L = lang("zh");
  const key = g.pem(`RSA ${PRIV}`, RSA1, 1588);
  pos("keys", env("WeCom").wrap(g, L, `@运维 服务器 deploy 用户的私钥发群里了，用完删掉：\n\`\`\`\n${key}\n\`\`\`\n${L.dont}`, "id_rsa", "部署私钥"), "RSA PKCS#1 private key pasted in a Chinese WeCom/DingTalk markdown message");
}
{
  const L = lang("ru");
  const key = g.pem(`OPENSSH ${PRIV}`, OSSH, 400, 70);
  pos("keys", env("Jira").wrap(g, L, `Не могу зайти на bastion, вот ключ из ~/.ssh/id_ed25519 (да, знаю, так нельзя):\n{code}\n${key}\n{code}\n${L.ask}`, "", "Не пускает на bastion по SSH"), "OpenSSH ed25519 private key in a Russian Jira issue description");
}
{
  const L = lang("ja");
  const key = g.pem(PRIV, PK8EC, 200);
  pos("keys", env("Slack").wrap(g, L, `${L.hi}。APNs 用の .p8 鍵です（Key ID: ${g.up(10)} / Team ID: ${g.up(10)}）。\n\`\`\`\n${key}\n\`\`\`\n${L.dont}`, "", ""), "Apple APNs .p8 PKCS#8 EC private key in a Japanese Slack message");
}
{
  const L = lang("pt");
  const proj = `loja-${g.lower(6)}`;
  const sa = {
    type: "service_account", project_id: proj, private_key_id: g.hex(40),
    private_key: g.pem(PRIV, PK8RSA, 1624) + "\n",
    client_email: `deploy@${proj}.iam.gserviceaccount.com`, client_id: g.dig(21),
    auth_uri: "https://accounts.google.com/o/oauth2/auth", token_uri: "https://oauth2.googleapis.com/token",
  };
  pos("keys", env("OpenAI chat").wrap(g, L, `Tô tentando subir no Cloud Run e dá 403. Segue o JSON da service account:\n${JSON.stringify(sa, null, 2)}`, "", ""), "GCP service account JSON with private_key in a Portuguese LLM chat request");
}
{
  const L = lang("de");
  const lines: string[] = [];
  const body = g.j("lQOYBG", g.b64(1300));
  for (let i = 0; i < body.length; i += 64) lines.push(body.slice(i, i + 64));
  const d = "-".repeat(5);
  const key = `${d}BEGIN PGP ${PRIV} BLOCK${d}\n\n${lines.join("\n")}\n=${g.b64(4)}\n${d}END PGP ${PRIV} BLOCK${d}`;
  pos("keys", env("transactional").wrap(g, L, `Hallo Jonas,\n\nanbei der Signierschlüssel für die Release-Pakete (Passphrase schicke ich per Signal):\n\n${key}\n\nGruß\nLena`, "", "Release-Signierschlüssel"), "PGP private key block in a German email send request");
}
{
  const L = lang("zh");
  const priv = g.j(PK8RSA, g.b64(1624 - PK8RSA.length));
  const pub = g.j(SPKI, g.b64(392 - SPKI.length));
  const yml = `# 支付宝配置（正式环境）\nalipay:\n  app-id: 2021${g.dig(12)}\n  # 应用私钥，千万别泄露\n  merchant-private-key: ${priv}\n  # 支付宝公钥\n  alipay-public-key: ${pub}\n  gateway-url: https://openapi.example.com/gateway.do\n`;
  pos("keys", env("OpenAI tool_calls write").wrap(g, L, yml, "src/main/resources/application-prod.yml", ""), "Alipay merchant RSA private key (raw PKCS#8 base64, no PEM header) beside the public key in Chinese Spring YAML, write_file tool call");
}
{
  const L = lang("zh");
  const key = g.pem(PRIV, PK8RSA, 1624);
  pos("keys", env("Anthropic tool_use").wrap(g, L, key + "\n", "cert/apiclient_key.pem", ""), "WeChat Pay merchant apiclient_key.pem (PKCS#8 RSA) written by tool_use in a Chinese project");
}
{
  const L = lang("pl");
  const k = g.j("AGE-SECRET-", "KEY-1", g.str(58, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"));
  const pubk = g.j("age1", g.str(58, "qpzry9x8gf2tvdw0s3jn54khce6mua7l"));
  pos("keys", env("Telegram").wrap(g, L, `Klucz do odszyfrowania sekretów SOPS (keys.txt):\n# created: 2025-02-11T09:14:55+01:00\n# public key: ${pubk}\n${k}\n${L.dont}`, "", ""), "age secret key (with its public key comment) in a Polish Telegram message");
}
{
  const L = lang("tr");
  const conf = `# wg0.conf — ofis VPN (canlı)\n[Interface]\nAddress = 10.8.0.2/24\nPrivateKey = ${g.b64bytes(32)}\nDNS = 10.8.0.1\n\n[Peer]\nPublicKey = ${g.b64bytes(32)}\nEndpoint = vpn.example.com:51820\nAllowedIPs = 0.0.0.0/0\n`;
  pos("keys", env("Slack").wrap(g, L, `Emre, VPN ayarın bu, WireGuard'a import et:\n\`\`\`\n${conf}\`\`\``, "", ""), "WireGuard [Interface] PrivateKey in a Turkish Slack message");
}
{
  const L = lang("vi");
  const envf = `# khóa riêng ví deploy mainnet — tuyệt đối không commit\nPRIVATE_KEY=0x${g.hex(64)}\nRPC_URL=https://rpc.example.org\nETHERSCAN_API_KEY=${g.up(34)}\n`;
  pos("keys", env("OpenAI tool_calls run_shell").wrap(g, L, envf, ".env", ""), "Ethereum deployer wallet PRIVATE_KEY (0x + 64 hex) and Etherscan key in a Vietnamese hardhat .env, heredoc shell tool call");
}
{
  const L = lang("id");
  const arr = Array.from(g.bytes(64)).join(",");
  pos("keys", env("plain").wrap(g, L, `Ini isi ~/.config/solana/id.json buat wallet deployer, tolong import ke CI ya:\n[${arr}]\n${L.dont}`, "", ""), "Solana keypair JSON array (64-byte secret key) in an Indonesian chat message");
}
{
  const L = lang("ko");
  const jwk = { kty: "EC", crv: "P-256", kid: `sign-${g.low(8)}`, use: "sig", x: g.b64u(43), y: g.b64u(43), d: g.b64u(43) };
  pos("keys", env("Anthropic messages").wrap(g, L, `JWT 서명용 개인 키(JWK)입니다. 이걸로 토큰 발급이 안 돼요.\n${JSON.stringify(jwk, null, 2)}`, "", ""), "EC private JWK (with d) for JWT signing in a Korean LLM request");
}
{
  const L = lang("es");
  const key = g.pem(`EC ${PRIV}`, SEC1, 164);
  pos("keys", env("GitHub gist").wrap(g, L, `${L.setupH}\n\nGuarda esta clave privada del servidor TLS en \`/etc/nginx/ssl/api.key\`:\n\n\`\`\`\n${key}\n\`\`\`\n`, "docs/servidor.md", ""), "EC (SEC1) private key in a Spanish README setup section, gist create");
}
{
  const L = lang("hi");
  const pk = g.pem(PRIV, PK8RSA, 1624).replace(/\n/g, "\\n");
  const frag = `{\n  "type": "service_account",\n  "project_id": "app-${g.lower(6)}",\n  "private_key_id": "${g.hex(40)}",\n  "private_key": "${pk}\\n",\n  "client_email": "firebase-adminsdk-${g.lower(5)}@app.iam.gserviceaccount.com"\n}`;
  pos("keys", env("HTTP POST with ASCII").wrap(g, L, `Firebase Admin SDK की JSON फ़ाइल, सर्वर पर डाल देना:\n${frag}`, "firebase-admin.json", ""), "Firebase Admin service account private_key (escaped \\n) in a Hindi note, ASCII-escaped JSON POST");
}
{
  const L = lang("ar");
  const key = g.pem(`OPENSSH ${PRIV}`, OSSH, 400, 70);
  pos("keys", `POST /api/v4/projects/${g.range(10, 900)}/variables HTTP/1.1\nHost: gitlab.example.com\nPRIVATE-TOKEN: [REDACTED]\nContent-Type: application/json\n\n${JSON.stringify({ key: "SSH_PRIVATE_KEY", value: key, description: "مفتاح النشر على خادم الإنتاج", masked: false, protected: true })}`, "OpenSSH private key as value of a GitLab CI variable create request with an Arabic description");
}

// ----------------------------------------------------------------------------------- data
{
  const L = lang("zh");
  const yml = `spring:\n  datasource:\n    # 生产库，别连错了\n    url: jdbc:mysql://rm-${g.low(12)}.mysql.example.com:3306/order_db?useSSL=true&serverTimezone=Asia/Shanghai\n    username: order_rw\n    # 数据库密码\n    password: ${g.pw()}\n    driver-class-name: com.mysql.cj.jdbc.Driver\n`;
  pos("data", env("WeCom").wrap(g, L, `线上配置如下，${L.ask}\n\`\`\`yaml\n${yml}\`\`\``, "", "订单库连接失败"), "Spring datasource password with Chinese comments in a WeCom markdown message");
}
{
  const L = lang("zh");
  const props = `# 缓存配置（生产）\nspring.redis.host=redis.example.com\nspring.redis.port=6379\n# 密码找老李要的\nspring.redis.password=${g.a(24)}\nspring.redis.database=3\n`;
  pos("data", env("OpenAI chat").wrap(g, L, props, "", ""), "spring.redis.password in Chinese-commented application.properties pasted into an LLM chat");
}
{
  const L = lang("id");
  const e = `APP_NAME=TokoKita\nAPP_ENV=production\n\n# koneksi database utama (jangan diubah tanpa izin mas Budi)\nDB_CONNECTION=mysql\nDB_HOST=db.example.com\nDB_PORT=3306\nDB_DATABASE=tokokita\nDB_USERNAME=tokokita_app\nDB_PASSWORD=${g.pw()}\n`;
  pos("data", env("Telegram").wrap(g, L, `Ini .env server production, tolong cek kenapa migrasi gagal:\n${e}`, "", ""), "Laravel .env DB_PASSWORD with Indonesian comments in a Telegram message");
}
{
  const L = lang("tr");
  const php = `<?php\n// ** Veritabanı ayarları — canlı sunucu ** //\ndefine( 'DB_NAME', 'magaza_wp' );\ndefine( 'DB_USER', 'magaza_admin' );\n/** Veritabanı şifresi */\ndefine( 'DB_PASSWORD', '${g.pw()}' );\ndefine( 'DB_HOST', 'mysql.example.com' );\n`;
  pos("data", env("Anthropic tool_use").wrap(g, L, php, "wp-config.php", ""), "WordPress wp-config.php DB_PASSWORD with Turkish comments, tool_use write_file");
}
{
  const L = lang("pt");
  const py = `# banco de produção — NÃO commitar essa senha\nDATABASES = {\n    "default": {\n        "ENGINE": "django.db.backends.postgresql",\n        "NAME": "loja",\n        "USER": "loja_app",\n        "PASSWORD": "${g.pw()}",\n        "HOST": "pg.example.com",\n        "PORT": "5432",\n    }\n}\n`;
  pos("data", env("GitHub create-issue").wrap(g, L, `Erro ao rodar migrate em produção. settings.py:\n\`\`\`python\n${py}\`\`\``, "", "Erro no migrate em produção"), "Django DATABASES PASSWORD with Portuguese comment in a GitHub issue");
}
{
  const L = lang("ko");
  const url = `jdbc:mysql://db.example.com:3306/shop?user=shop_app&password=${g.pw()}&useUnicode=true&characterEncoding=utf8`;
  pos("data", env("Slack").wrap(g, L, `운영 DB 접속 URL 입니다 (비밀번호 포함):\n${url}\n${L.dont}`, "", ""), "JDBC URL with password parameter in a Korean Slack message");
}
{
  const L = lang("de");
  const j = { Logging: { LogLevel: { Default: "Warning" } }, ConnectionStrings: { Standard: `Server=sql.example.com,1433;Database=Warenwirtschaft;User Id=ww_app;Password=${g.pw()};TrustServerCertificate=True` }, Hinweis: "Produktionsdatenbank — nicht einchecken" };
  pos("data", env("OpenAI tool_calls write").wrap(g, L, JSON.stringify(j, null, 2), "appsettings.Production.json", ""), "SQL Server connection string Password= in German-annotated appsettings.json, tool call");
}
{
  const L = lang("vi");
  const js = `// kết nối MongoDB production — anh Minh gửi\nconst mongoose = require('mongoose');\nmongoose.connect('mongodb://admin:${g.a(20)}@mongo.example.com:27017/banhang?authSource=admin');\n`;
  pos("data", env("MCP").wrap(g, L, js, "", ""), "MongoDB URI with password in Vietnamese-commented Node code, MCP send_message");
}
{
  const L = lang("ja");
  const props = `# 本番 Kafka 接続設定\nbootstrap.servers=kafka.example.com:9093\nsecurity.protocol=SASL_SSL\nsasl.mechanism=PLAIN\n# パスワードは後で Secrets Manager に移す\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${g.up(16)}" password="${g.b64(64)}";\n`;
  pos("data", env("Jira").wrap(g, L, `本番でコンシューマが接続できません。設定:\n{noformat}\n${props}{noformat}`, "", "Kafka 接続エラー"), "Kafka sasl.jaas.config password in Japanese-commented properties, Jira issue");
}
{
  const L = lang("ru");
  pos("data", env("curl").wrap(g, L, `Добавь себе в ~/.pgpass, чтобы не вводить пароль:\npg.example.com:5432:billing:billing_ro:${g.pw()}\nи chmod 600 не забудь`, "", ""), ".pgpass line with password in a Russian message posted via curl");
}
{
  const L = lang("uk");
  pos("data", env("Telegram").wrap(g, L, `Тарасе, ось ~/.my.cnf для продакшн-бази:\n[client]\nhost=mysql.example.com\nuser=reports\npassword="${g.pw()}"\n${L.dont}`, "", ""), "my.cnf [client] password in a Ukrainian Telegram message");
}
{
  const L = lang("pl");
  pos("data", env("LINE").wrap(g, L, `Adres ClickHouse do raportów:\nclickhouse://analityka:${g.a(20)}@ch.example.com:9000/raporty?secure=true`, "", ""), "ClickHouse URL with password in a Polish chat message");
}
{
  const L = lang("fr");
  pos("data", env("Anthropic messages").wrap(g, L, `Le cluster Elasticsearch renvoie 401 :\nES_URL=https://elastic:${g.pw()}@es.example.org:9200\ncurl "$ES_URL/_cluster/health"`, "", ""), "Elasticsearch URL with basic-auth password in a French LLM request");
}
{
  const L = lang("it");
  const py = `# broker di produzione — la password è quella nuova\nCELERY_BROKER_URL = "amqp://celery:${g.pw()}@mq.example.com:5672//"\nCELERY_RESULT_BACKEND = "rpc://"\n`;
  pos("data", env("GitHub gist").wrap(g, L, py, "celeryconfig.py", ""), "RabbitMQ amqp URL with password in Italian-commented Celery config, gist");
}
{
  const L = lang("hi");
  pos("data", JSON.stringify({ role: "assistant", content: null, tool_calls: [{ id: g.j("call_", g.a(24)), type: "function", function: { name: "run_shell", arguments: JSON.stringify({ command: `# प्रोडक्शन DB पर रिपोर्ट चलाओ\nsqlplus app_owner/${g.pw()}@//db.example.com:1521/ORCLPDB1 @reports/monthly.sql` }) } }] }), "Oracle sqlplus user/password positional argument with a Hindi comment, run_shell tool call");
}
{
  const L = lang("ar");
  pos("data", env("OpenAI chat").wrap(g, L, `أحاول مسح الكاش على السيرفر لكن يظهر NOAUTH:\n$ redis-cli -h cache.example.com -p 6379 -a '${g.a(28)}' FLUSHDB`, "", ""), "redis-cli -a password argument in an Arabic LLM question");
}
{
  const L = lang("ko");
  const pw = g.pw();
  const y = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db-credentials\n  namespace: prod\ntype: Opaque\n# 운영 DB 계정 — 커밋 금지\ndata:\n  username: ${Buffer.from("shop_app").toString("base64")}\n  password: ${Buffer.from(pw).toString("base64")}\n`;
  pos("data", env("OpenAI tool_calls run_shell").wrap(g, L, y, "k8s/db-secret.yaml", ""), "Kubernetes Secret with base64 DB password, Korean comment, heredoc + git push");
}

// ----------------------------------------------------------------------------------- misc
{
  const L = lang("ru");
  const tok = g.j(g.dig(10), ":", "AA", g.b64u(33));
  pos("comms", `curl -s "https://api.telegram.org/bot${tok}/sendMessage" -d chat_id=-100${g.dig(10)} --data-urlencode "text=Деплой прошёл успешно ✅"`, "Telegram bot token inside the Bot API URL path, Russian message text, curl shell command");
}
{
  const L = lang("es");
  const app = [g.lower(4), g.lower(4), g.lower(4), g.lower(4)].join(" ");
  const py = `# correo saliente — contraseña de aplicación de Google (no la normal)\nEMAIL_HOST = "smtp.example.com"\nEMAIL_PORT = 587\nEMAIL_HOST_USER = "notificaciones@example.com"\nEMAIL_HOST_PASSWORD = "${app}"\nEMAIL_USE_TLS = True\n`;
  pos("comms", env("Slack").wrap(g, L, `${L.hi}, así queda settings.py para el correo:\n\`\`\`\n${py}\`\`\``, "", ""), "Google app password (16 letters in 4 groups) in Django EMAIL_HOST_PASSWORD with Spanish comment, Slack message");
}
{
  const L = lang("zh");
  const auth = Buffer.from(`deploy@${g.dig(16)}:${g.pw()}`).toString("base64");
  const cfg = { auths: { "registry.cn-hangzhou.aliyuncs.com": { auth } } };
  pos("devtools", env("WeCom").wrap(g, L, `镜像仓库登录信息（~/.docker/config.json），CI 机器上用：\n\`\`\`json\n${JSON.stringify(cfg, null, 2)}\n\`\`\``, "", "镜像仓库"), "docker config.json auth (base64 user:password) for an Aliyun registry, Chinese message");
}
{
  const L = lang("ja");
  const n = `# 社内パッケージ公開用（本番）\n//registry.npmjs.org/:_authToken=${g.j("np", "m_", g.a(36))}\n@acme:registry=https://npm.example.com/\n//npm.example.com/:_authToken=${g.b64u(40)}\n`;
  pos("devtools", env("Anthropic tool_use").wrap(g, L, n, ".npmrc", ""), ".npmrc with npm and private registry _authToken, Japanese comment, tool_use write_file");
}
{
  const L = lang("pl");
  const c = `# wewnętrzny indeks paczek — token od Kuby\n[global]\nindex-url = https://ci-bot:${g.a(32)}@pypi.example.com/simple\ntrusted-host = pypi.example.com\n`;
  pos("devtools", env("OpenAI chat").wrap(g, L, `Dlaczego pip nie widzi naszych paczek? pip.conf:\n${c}`, "", ""), "pip.conf index-url with embedded token, Polish comment, LLM chat request");
}
{
  const L = lang("uk");
  pos("devtools", JSON.stringify({ jsonrpc: "2.0", id: 12, method: "tools/call", params: { name: "run_command", arguments: { command: `git remote set-url origin https://oauth2:${g.j("gl", "pat-", g.b64u(20))}@gitlab.example.com/platform/billing.git && git push origin main`, comment: "оновлюю remote з новим токеном" } } }), "GitLab token embedded in a git remote URL, Ukrainian comment, MCP run_command");
}
{
  const L = lang("tr");
  const a = { "http-basic": { "repo.example.com": { username: "ci", password: g.pw() } }, "github-oauth": { "github.com": g.j("gh", "p_", g.a(36)) } };
  pos("devtools", env("GitHub gist").wrap(g, L, JSON.stringify(a, null, 4), "auth.json", ""), "Composer auth.json with http-basic password and GitHub token (Turkish dev), gist create");
}
{
  const L = lang("it");
  pos("auth", env("Telegram").wrap(g, L, `Luca, metti questo in ~/.netrc così lo script di backup funziona:\nmachine backup.example.com\n  login backup\n  password ${g.pw()}\n${L.dont}`, "", ""), ".netrc machine/login/password in an Italian Telegram message");
}
{
  const L = lang("ar");
  pos("auth", env("Slack").wrap(g, L, `جرب هذا الأمر لاختبار الـ API الداخلي:\ncurl -u admin:${g.pw()} https://internal.example.com/api/v1/users`, "", ""), "curl -u user:password basic auth in an Arabic Slack message");
}
{
  const L = lang("zh");
  const tok = [g.seg({ alg: "RS256", kid: g.b64u(43) }), g.seg({ iss: "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "kube-system", "kubernetes.io/serviceaccount/secret.name": "admin-user-token", sub: "system:serviceaccount:kube-system:admin-user" }), g.b64u(342)].join(".");
  const kc = `apiVersion: v1\nkind: Config\n# 生产集群 admin 账号，谨慎使用\nclusters:\n- cluster:\n    server: https://k8s.example.com:6443\n  name: prod\nusers:\n- name: admin-user\n  user:\n    token: ${tok}\ncontexts:\n- context: {cluster: prod, user: admin-user}\n  name: prod\ncurrent-context: prod\n`;
  pos("cloud", env("HTTP POST with ASCII").wrap(g, L, kc, "kubeconfig-prod.yaml", ""), "kubeconfig with service-account bearer token, Chinese comment, ASCII-escaped JSON POST");
}
{
  const L = lang("hi");
  const c = `# ~/.aws/credentials — प्रोडक्शन अकाउंट\n[default]\naws_access_key_id = ${g.j("AK", "IA", g.b32(16))}\naws_secret_access_key = ${g.b64(40)}\nregion = ap-south-1\n`;
  pos("cloud", env("Jira").wrap(g, L, `S3 अपलोड फ़ेल हो रहा है, मेरी credentials फ़ाइल:\n{code}\n${c}{code}`, "", "S3 upload failing"), "AWS credentials file (key id + secret) with Hindi comment in a Jira issue");
}
{
  const L = lang("fr");
  const line = `export MINIO_ROOT_USER=admin\nexport MINIO_ROOT_PASSWORD='${g.pw()}'\n# mot de passe root MinIO de prod — à changer après la migration`;
  pos("cloud", env("form-urlencoded").wrap(g, L, line, "", ""), "MinIO root password with French comment in a form-urlencoded chat post");
}
{
  const L = lang("es");
  pos("auth", asciiJson({ model: "gpt-4o-mini", messages: [{ role: "user", content: `¿Por qué me da 401? Mi petición:\nGET /api/pedidos HTTP/1.1\nHost: api.example.com\nAuthorization: Basic ${Buffer.from(`tienda:${g.pw()}`).toString("base64")}\nAccept: application/json` }] }), "HTTP Basic Authorization header (base64 user:password) in a Spanish LLM request, ASCII-escaped JSON");
}

export const cases: CorpusCase[] = out;
