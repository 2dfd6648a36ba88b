// Round two (issue 24), classes 11–13: false positives on real text. Technical prose in languages
// written in Cyrillic or Greek (Latin acronyms joined to native words are not evasion), generic
// assignments whose value is code, and placeholder credentials in URLs and curl commands. Each
// with the positives the same rules must keep.
import type { CorpusCase } from "../types.ts";
import { builder, checksummedToken, Rng, ALNUM } from "./_gen.ts";

const r = new Rng(0x5ec2411);
const ms = builder({ category: "mixed-script-benign", expect: "evasion" });
const code = builder({ category: "code-assignments", expect: "secrets" });
const ph = builder({ category: "url-placeholders", expect: "secrets" });
export const cases: CorpusCase[] = [];

// ---- class 11: ordinary non-English prose
ms.ben("ru-api-key", "Russian: JS-файл, URL-адрес, API-ключ", "Откройте JS-файл конфигурации, укажите URL-адрес сервера и вставьте API-ключ в поле «Ключ». После этого перезапустите приложение.");
ms.ben("ru-tsc", "Russian compiler diagnostics", "Сообщать об ошибках в JS-файлах.\nВыбирайте метод, который нужно использовать для обнаружения JS-файлов в формате модуля.\nНе удается найти файл tsconfig.json в указанном каталоге.\nПараметр «--outFile» нельзя указать вместе с параметром «--module».\nВключить экспериментальную поддержку декораторов ES.");
ms.ben("ru-http", "Russian HTTP prose", "HTTP-запрос возвращает JSON-ответ; если токен истёк, сервер отвечает кодом 401. Используйте SSH-ключ или OAuth-токен для доступа к Git-репозиторию.");
ms.ben("ru-devops", "Russian devops notes", "Настройте CI/CD-пайплайн: Docker-образ собирается в GitLab, затем Kubernetes-кластер получает YAML-манифест. Пароль и секрет храните в Vault, а не в .env-файле.");
ms.ben("uk-docs", "Ukrainian docs", "Щоб отримати API-ключ, увійдіть в особистий кабінет, відкрийте розділ «Налаштування» і натисніть «Створити токен». JSON-відповідь містить поле id.");
ms.ben("bg-docs", "Bulgarian docs", "Инсталирайте npm-пакета, след това добавете URL-адреса на API-то в конфигурационния файл. SQL-заявката връща списък с потребители.");
ms.ben("sr-docs", "Serbian (Cyrillic) docs", "Покрените Docker-контејнер и проверите HTTP-одговор. Кључ за API се чува у променљивој окружења, а не у Git-у.");
ms.ben("el-docs", "Greek docs", "Ανοίξτε το αρχείο JSON και ορίστε το κλειδί API. Το HTTP αίτημα επιστρέφει κωδικό 200 όταν το token είναι έγκυρο. Η βάση δεδομένων PostgreSQL τρέχει σε Docker.");
ms.ben("el-mixed", "Greek with Latin terms glued", "Το API-κλειδί και το SSH-κλειδί αποθηκεύονται στο Vault· το CI-σύστημα τα διαβάζει κατά το build.");
ms.ben("kk-docs", "Kazakh docs", "API-кілтін алу үшін жеке кабинетке кіріп, «Баптаулар» бөлімін ашыңыз. JSON-жауапта токен өрісі болады. Docker-контейнерді қайта іске қосыңыз.");
ms.ben("ru-chat-prompt", "Russian prompt to a model API", JSON.stringify({ model: "claude-sonnet", messages: [{ role: "user", content: "Напиши Python-скрипт, который читает CSV-файл, проверяет e-mail-адреса и отправляет HTTP-запрос к REST-API с Bearer-токеном из переменной окружения." }] }));
ms.ben("ru-math-greek", "Greek letters in Russian maths text", "Пусть α-частица и β-распад описываются функцией f(x); при x→∞ π-периодическая составляющая исчезает.");
ms.pos("evasion-password-cyr", "Latin word 'password' with a Cyrillic а and о", `pаsswоrd=${"Zk" + r.alnum(10)}`, "mixed-script-benign", "evasion");
ms.pos("evasion-token-cyr", "a github token with a Cyrillic look-alike letter", `token: ${checksummedToken(r, "gh" + "p_").replace("p_", "р_")}`, "mixed-script-benign", "evasion");
ms.pos("evasion-apikey-greek", "api_key with Greek omicron/alpha in the name", `αpi_key = "${r.alnum(32)}"`, "mixed-script-benign", "evasion");

// ---- class 12: assignments whose value is code
code.ben("x509-exports", "compiled x509 module exports", `exports.ECPrivateKey = ECPrivateKey;\nexports.PrivateKeyInfo = PrivateKeyInfo;\nexports.EncryptedPrivateKeyInfo = EncryptedPrivateKeyInfo;`);
code.ben("x509-decorate", "tslib decorate assignments", `let PrivateKeyInfo = class PrivateKeyInfo {\n};\nPrivateKeyInfo = tslib_1.__decorate([\n    (0, asn1_schema_1.AsnType)({ type: asn1_schema_1.AsnTypeTypes.Sequence })\n], PrivateKeyInfo);\nChallengePassword = __decorate([AsnType({ type: AsnTypeTypes.Choice })], ChallengePassword);`);
code.ben("ts-class-fields", "TypeScript class fields typed as secrets", `class Credentials {\n  password: string;\n  apiKey?: SecretString;\n  privateKey: CryptoKey | null = null;\n  constructor(opts: Options) {\n    this.password = opts.password;\n    this.apiKey = opts.apiKey ?? undefined;\n  }\n}`);
code.ben("js-calls", "values that are calls", `const secretKey = await deriveSecretKey(masterKey, salt);\nconst token = jwt.sign(payload, secret, { expiresIn: "1h" });\nconst password = readline.question("Password: ", { hideEchoBack: true });\nconst apiKey = config.get("providers.openai.apiKey");`);
code.ben("py-calls", "python values that are calls or lookups", `password = getpass.getpass()\napi_key = settings.OPENAI_API_KEY\nsecret = base64.b64decode(encoded_secret)\ntoken = self._client.fetch_token(token_url, client_secret=client_secret)`);
code.ben("go-assign", "go assignments", `password := os.Getenv("DB_PASSWORD")\nsecretKey := hex.EncodeToString(buf)\ntoken, err := oauthConfig.Exchange(ctx, code)`);
code.ben("minified-assign", "minified property assignments", `e.privateKey=t.privateKey,e.publicKey=t.publicKey,e.password=n.password||"",e.secret=r.secret;var o=e.apiKey=i.apiKey`);
code.ben("type-annotations", "type names as values", `type Options = { password: Buffer; secretKey: KeyObject; token: AccessToken<Scopes>; };\nlet api_key: Optional[str] = None`);
code.ben("destructuring", "destructuring and spreads", `const { password, ...rest } = user;\nconst secret = { ...defaults.secret };\nconst [apiKey, apiSecret] = pair;`);
code.ben("ternary-and-template", "template and logical defaults", "const token = process.env.TOKEN || argv.token;\nconst secret = `${prefix}-${suffix}`;\nconst password = useVault ? vault.read(path) : prompt();");
code.ben("php-array-code", "php config reading env", `'password' => env('DB_PASSWORD', ''),\n'secret' => config('app.key'),\n'token' => $request->bearerToken(),`);
code.pos("js-literal-password", "a literal password in JS", `const password = "${"Wq9!" + r.alnum(10)}";`, "code-assignments", "secrets");
code.pos("py-literal-key", "a literal api key in python", `api_key = '${r.alnum(32)}'`, "code-assignments", "secrets");
code.pos("ts-default-secret", "a literal secret as a default value", `export const config = { jwtSecret: process.env.JWT_SECRET ?? "${r.alnum(28)}" };`, "code-assignments", "secrets");

// ---- class 13: placeholders in URLs
ph.ben("userpass-caps", "http://User:Pass@", "Proxy format: http://User:Pass@proxy.example.com:3128 (replace with your own values).");
ph.ben("user-password", "user:password@", "Connect with postgres://user:password@localhost:5432/mydb and run the migrations.");
ph.ben("username-secret", "username:secret@", "Set REDIS_URL=redis://username:secret@redis:6379/0 in the template .env.example file.");
ph.ben("curl-u-userpass", "curl -u user:pass", "curl -u user:pass https://api.example.com/v1/status");
ph.ben("curl-u-username-password", "curl -u username:password", "curl -u username:password -X POST https://example.com/api/upload -F file=@report.pdf");
ph.ben("mongodb-placeholder", "mongodb+srv placeholder", "mongodb+srv://<username>:<password>@cluster0.example.mongodb.net/test");
ph.ben("amqp-guest", "amqp guest default", "amqp://guest:guest@localhost:5672/");
ph.ben("ftp-user-pass", "ftp://user:pass@", "ftp://user:pass@ftp.example.org/pub/file.txt");
ph.ben("admin-admin", "admin:admin in docs", "Default login is http://admin:admin@192.168.1.1/ — change it after setup.");
ph.ben("myuser-mypassword", "myuser:mypassword", "DATABASE_URL=mysql://myuser:mypassword@db/app");
ph.pos("url-real-pass", "a real-looking password in a URL", `postgres://app:${"Xk9" + r.alnum(9) + "q"}@db.internal:5432/app`, "url-placeholders", "secrets");
ph.pos("curl-u-real", "curl -u with a real-looking password", `curl -u deploy:${"R4" + r.alnum(12)} https://ci.example.com/job/build`, "url-placeholders", "secrets");
ph.pos("url-token-user", "token as the userinfo password", `https://oauth2:${r.str(20, ALNUM)}@git.example.com/acme/app.git`, "url-placeholders", "secrets");

cases.push(...ms.cases, ...code.cases, ...ph.cases);

// Added with the fixes (regressions, not blind cases).
ph.ben("url-guest-pair", "demo pair guest:guest / admin:admin in URLs", "amqp://guest:guest@rabbit:5672/ and http://admin:admin@router.local/");
cases.push(ph.cases[ph.cases.length - 1]!);
