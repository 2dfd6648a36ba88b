// False-positive set of ordinary text agents send: non-English technical prose that talks
// about keys and tokens, code whose "secret" assignments have code as values, placeholder
// credentials, minified JS and lockfile snippets. All benign.
import { A, Rng, b64, builder } from "./gen.ts";

const r = new Rng(0xe5a7);
const { out, add } = builder("secrets", "e-fp");
const BEN = "heldoute-fp-realtext";

const prose: [string, string][] = [
  ["ru: getting an API key", "Чтобы получить API-ключ, откройте «Настройки → Интеграции» и нажмите «Создать ключ». Ключ показывается только один раз, поэтому сразу сохраните его в менеджере паролей. Если ключ утёк, отзовите его и создайте новый."],
  ["ru: JS-файл and URL-адрес", "Подключите JS-файл виджета перед закрывающим тегом </body> и укажите URL-адрес вашего сервера в атрибуте data-endpoint. Токен доступа передаётся в заголовке Authorization, а не в строке запроса."],
  ["ru: commit message about password hashing", "Исправлена ошибка: пароль пользователя больше не пишется в журнал при неудачной попытке входа; хэш пароля считается через bcrypt с cost=12."],
  ["uk: token rotation guide", "Токен доступу діє 60 хвилин. Після цього клієнт має отримати новий токен за допомогою refresh-токена. Ніколи не зберігайте секретний ключ у JS-файлі, який потрапляє в браузер."],
  ["uk: env file advice", "Створіть файл .env у корені проєкту та додайте туди змінну API_KEY. Файл .env має бути в .gitignore, інакше ключ опиниться в репозиторії."],
  ["bg: API key docs", "За да използвате услугата, ви е необходим API ключ. Можете да го генерирате от контролния панел. Пазете ключа в тайна и не го публикувайте в публични хранилища."],
  ["bg: password reset e-mail", "Здравейте, получихме заявка за смяна на паролата ви. Ако не сте я направили вие, игнорирайте това писмо. Линкът е валиден 30 минути."],
  ["sr-Cyrl: SSH key setup", "Генеришите пар SSH кључева командом ssh-keygen -t ed25519, а затим јавни кључ додајте у подешавања налога. Приватни кључ никада не шаљите никоме."],
  ["sr-Cyrl: URL адреса and token", "Унесите URL адресу сервера и токен за приступ у поље „Подешавања“. Токен можете опозвати у било ком тренутку."],
  ["el: API key and password", "Για να συνδεθείτε στο API, χρειάζεστε ένα κλειδί API. Μην αποθηκεύετε τον κωδικό πρόσβασης σε αρχείο JS που φορτώνεται στον browser· χρησιμοποιήστε μεταβλητές περιβάλλοντος."],
  ["el: token expiry", "Το διακριτικό (token) λήγει μετά από μία ώρα. Η εφαρμογή ανανεώνει αυτόματα το διακριτικό χωρίς να ζητά ξανά τον κωδικό."],
  ["kk: API кілті", "API кілтін алу үшін жеке кабинетке кіріп, «Кілт жасау» түймесін басыңыз. Кілтті ешкімге бермеңіз және оны JS-файлға жазбаңыз."],
  ["kk: пароль and токен", "Құпиясөзді ұмытсаңыз, электрондық поштаңызға сілтеме жіберіледі. Қатынас токені 24 сағат жарамды."],
  ["de: Zugangsdaten docs", "Hinterlegen Sie den API-Schlüssel niemals im Quellcode. Verwenden Sie stattdessen eine Umgebungsvariable und laden Sie sie beim Start mit dotenv. Das Passwort für die Datenbank liegt im Secret-Manager."],
  ["ja: API key docs", "APIキーはダッシュボードの「設定」から発行できます。キーは一度しか表示されないため、安全な場所に保管してください。トークンの有効期限は1時間です。"],
  ["zh: token docs", "访问令牌（access token）的有效期为两小时。请不要把密钥写在前端的 JS 文件里，应通过服务器端的环境变量读取。"],
];
for (const [note, v] of prose) add(BEN, "benign", v, note);

const code: [string, string][] = [
  ["exports.PrivateKey = PrivateKey", "exports.PrivateKey = PrivateKey;\nexports.PublicKey = PublicKey;\nexports.Signature = Signature;\nmodule.exports.secretbox = secretbox;"],
  ["password = getPassword()", "def connect(cfg):\n    password = getPassword(cfg.user)\n    token = session.get_token()\n    secret = vault.read(cfg.path)['data']\n    return Client(cfg.host, password=password, token=token)"],
  ["TS type annotations", "interface Credentials {\n  apiKey: string;\n  secret?: string;\n  token: TokenType;\n  password: Password | null;\n}\nconst token: TokenType = TokenType.Bearer;"],
  ["Go struct tags", "type Login struct {\n\tUsername string `json:\"username\"`\n\tPassword string `json:\"password\" validate:\"required,min=12\"`\n\tOTP      string `json:\"otp,omitempty\"`\n}"],
  ["Rust field with Option<SigningKey>", "pub struct Signer {\n    private_key: Option<SigningKey>,\n    api_key: Secret<String>,\n}\n\nlet api_key = std::env::var(\"API_KEY\").expect(\"API_KEY not set\");"],
  ["constants naming headers", 'export const AUTH_TOKEN_HEADER = "X-Auth-Token";\nexport const API_KEY_PARAM = "api_key";\nexport const SECRET_KEY_SETTING = "secret_key";\nexport const PASSWORD_FIELD = "password";'],
  ["Java getters", "public String getPassword() { return password; }\npublic void setSecretKey(String secretKey) { this.secretKey = secretKey; }\nprivate final char[] password = console.readPassword(\"Password: \");"],
  ["C# config binding", 'var apiKey = builder.Configuration["OpenAI:ApiKey"];\nvar connectionString = builder.Configuration.GetConnectionString("Default");\nservices.AddSingleton(new ApiClient(apiKey!));'],
  ["password hashing function", "const passwordHash = await bcrypt.hash(password, 12);\nconst ok = await bcrypt.compare(candidatePassword, user.passwordHash);\nconst secret = crypto.randomBytes(32).toString('hex');"],
  ["SQL with password column", "CREATE TABLE users (\n  id bigserial primary key,\n  email text unique not null,\n  password_hash text not null,\n  api_token_digest text,\n  reset_token_expires_at timestamptz\n);"],
  ["Python kwargs passing through", "client = boto3.client(\n    's3',\n    aws_access_key_id=access_key,\n    aws_secret_access_key=secret_key,\n    aws_session_token=session_token,\n)"],
  ["YAML schema describing a secret field", "properties:\n  password:\n    type: string\n    format: password\n    writeOnly: true\n    minLength: 12\n  apiKey:\n    type: string\n    description: The API key issued in the dashboard.\n"],
  ["shell reading secret from stdin", 'read -rsp "Password: " PASSWORD\necho\nexport PGPASSWORD="$PASSWORD"\npsql -h db -U app -c "\\\\dt"'],
  ["Kotlin data class", "data class AuthConfig(\n    val clientId: String,\n    val clientSecret: String = System.getenv(\"CLIENT_SECRET\") ?: \"\",\n    val token: Token? = null,\n)"],
];
for (const [note, v] of code) add(BEN, "benign", v, note);

const placeholders: [string, string][] = [
  ["curl -u user:pass example", "curl -u user:pass https://httpbin.org/basic-auth/user/pass"],
  ["curl -u admin:admin to local Jenkins", "curl -u admin:admin -X POST http://localhost:8080/job/build/build"],
  ["curl -u with env vars", 'curl -u "$JIRA_USER:$JIRA_API_TOKEN" -H "Content-Type: application/json" https://acme.atlassian.net/rest/api/3/myself'],
  ["URL with user:password placeholder", "git clone https://username:password@git.example.com/team/repo.git  # replace with your credentials"],
  ["ftp URL with anonymous login", "ftp://anonymous:guest@ftp.example.org/pub/README"],
  ["docs with <token> placeholder", "git remote set-url origin https://<token>@github.com/<owner>/<repo>.git"],
  ["Docker login with --password-stdin", 'echo "$CR_PAT" | docker login ghcr.io -u USERNAME --password-stdin'],
  ["HTTP basic-auth example from RFC 7617", "Authorization: Basic dGVzdDoxMjPCow==\n(user-id \"test\", password \"123£\", as in RFC 7617 §2.1)"],
];
for (const [note, v] of placeholders) add(BEN, "benign", v, note);

const minified = [
  `!function(e,t){"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define&&define.amd?define(t):(e="undefined"!=typeof globalThis?globalThis:e||self).dayjs=t()}(this,(function(){"use strict";var t=1e3,e=6e4,n=36e5,r="millisecond",i="second",s="minute",u="hour",a="day",o="week",c="month",f="quarter",h="year",d="date",l="Invalid Date"}))`,
  `(self.webpackChunk_N_E=self.webpackChunk_N_E||[]).push([[${r.range(100, 999)}],{${r.range(10000, 99999)}:function(e,t,n){"use strict";n.r(t),n.d(t,{default:function(){return a}});var r=n(${r.range(1000, 9999)}),o=n.n(r);function a(){return(0,r.jsx)("div",{className:"${r.str(6, A.LOWER)}_${r.str(5, A.ALNUM)}",children:"ok"})}}}]);`,
  `var __webpack_require__={};__webpack_require__.u=function(e){return"static/chunks/"+e+"."+{${Array.from({ length: 6 }, () => `${r.range(100, 999)}:"${r.hex(16)}"`).join(",")}}[e]+".js"};`,
  `const a0_0x${r.hex(4)}=['\\x6c\\x6f\\x67','\\x68\\x65\\x6c\\x6c\\x6f'];(function(_0x${r.hex(6)},_0x${r.hex(6)}){const _0x${r.hex(4)}=function(_0x${r.hex(6)}){while(--_0x${r.hex(6)}){_0x${r.hex(6)}['push'](_0x${r.hex(6)}['shift']());}};}(a0_0x${r.hex(4)},0x1b3));`,
];
minified.forEach((v, i) => add(BEN, "benign", v, `minified JS ${i + 1}`));

const locks: [string, string][] = [
  ["package-lock.json entries", `"node_modules/ms": {\n  "version": "2.1.3",\n  "resolved": "https://registry.npmjs.org/ms/-/ms-2.1.3.tgz",\n  "integrity": "sha512-${b64(r.bytes(64))}"\n},\n"node_modules/debug": {\n  "version": "4.4.0",\n  "resolved": "https://registry.npmjs.org/debug/-/debug-4.4.0.tgz",\n  "integrity": "sha512-${b64(r.bytes(64))}",\n  "dependencies": { "ms": "^2.1.3" }\n}`],
  ["yarn.lock entry", `"@babel/core@^7.24.0":\n  version "7.26.0"\n  resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.26.0.tgz#${r.hex(40)}"\n  integrity sha512-${b64(r.bytes(64))}\n`],
  ["pnpm-lock.yaml entries", `packages:\n\n  'zod@3.23.8':\n    resolution: {integrity: sha512-${b64(r.bytes(64))}}\n\n  'react@19.0.0':\n    resolution: {integrity: sha512-${b64(r.bytes(64))}}\n    engines: {node: '>=0.10.0'}\n`],
  ["poetry.lock files hashes", `[[package]]\nname = "requests"\nversion = "2.32.3"\nfiles = [\n    {file = "requests-2.32.3-py3-none-any.whl", hash = "sha256:${r.hex(64)}"},\n    {file = "requests-2.32.3.tar.gz", hash = "sha256:${r.hex(64)}"},\n]\n`],
  ["composer.lock source reference", JSON.stringify({ name: "monolog/monolog", version: "3.8.1", source: { type: "git", url: "https://github.com/Seldaek/monolog.git", reference: r.hex(40) }, dist: { type: "zip", url: `https://api.github.com/repos/Seldaek/monolog/zipball/${r.hex(40)}`, reference: r.hex(40), shasum: "" } }, null, 2)],
  ["Gemfile.lock with checksums section", `CHECKSUMS\n  rack (3.1.8) sha256=${r.hex(64)}\n  rails (8.0.1) sha256=${r.hex(64)}\n\nBUNDLED WITH\n   2.6.2\n`],
  ["flake.lock narHash", JSON.stringify({ nodes: { nixpkgs: { locked: { lastModified: 1735000000, narHash: `sha256-${b64(r.bytes(32))}`, owner: "NixOS", repo: "nixpkgs", rev: r.hex(40), type: "github" } } } }, null, 2)],
];
for (const [note, v] of locks) add(BEN, "benign", v, note);

export const cases = out;
