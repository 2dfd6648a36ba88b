// Class 11: non-English technical prose (Russian, Ukrainian, Bulgarian, Serbian, Greek, Kazakh) with
// Latin acronyms joined to native words (JS-файл, API-ключ, URL-адрес) — benign. Positives: a
// credential keyword or token written with Cyrillic look-alike letters inside it.
import { gen, maker, ALNUM } from "./gen.ts";

const g = gen(0xd011);
const { pos, neg, cases } = maker("secrets", "heldoutd-non-english", "intl");
const T = g.tok;
// Cyrillic look-alikes, by code point so the intent is explicit.
const cy = { a: "\u0430", A: "\u0410", e: "\u0435", o: "\u043e", p: "\u0440", c: "\u0441", x: "\u0445", h: "\u04bb", s: "\u0455", i: "\u0456", K: "\u041a", y: "\u0443" };

// ---- benign: prose
neg(`Подключите JS-файл в конце страницы и убедитесь, что API-ключ передаётся через переменную окружения, а не хранится в коде.`, "ru: JS-файл, API-ключ, no value");
neg(`Введите URL-адрес сервера и нажмите «Сохранить». HTTP-запрос вернёт JSON-ответ с кодом 200.`, "ru: URL-адрес, HTTP-запрос, JSON-ответ");
neg(`Для SSH-подключения используйте порт 22; SSL-сертификат обновляется автоматически каждые 90 дней.`, "ru: SSH-подключение, SSL-сертификат");
neg(`Токен доступа хранится в Vault, а в CI-пайплайне подставляется через переменную GITHUB_TOKEN.`, "ru: token keyword, env var name only");
neg(`Пароль должен содержать не менее 12 символов, включая цифры и спецсимволы. Смена пароля — раз в 90 дней.`, "ru: password policy");
neg(`Коммит 3f9a2c1 исправляет ошибку в SQL-запросе; см. PR-ревью и CHANGELOG-файл.`, "ru: short commit sha in prose");
neg(`Завантажте ZIP-архів і розпакуйте його; PDF-файл з інструкцією лежить у теці docs.`, "uk: ZIP-архів, PDF-файл");
neg(`API-ключ можна згенерувати в особистому кабінеті. Не публікуйте його в GitHub-репозиторії!`, "uk: API-ключ advice");
neg(`Налаштуйте DNS-записи та перевірте TLS-сертифікат; IP-адресу сервера можна знайти в панелі керування.`, "uk: DNS-записи, TLS-сертифікат, IP-адреса");
neg(`Відкрийте CSV-файл у редакторі та збережіть його в кодуванні UTF-8.`, "uk: CSV-файл, UTF-8");
neg(`Отворете HTML-файла в браузъра и проверете CSS-стиловете в DevTools.`, "bg: HTML-файла, CSS-стиловете");
neg(`Паролата за Wi-Fi мрежата е на гърба на рутера; SSID-то е „Office-5G“.`, "bg: Wi-Fi password mention without value");
neg(`API-ключът се генерира от администратора и се пази в KeePass-базата.`, "bg: API-ключът");
neg(`Преузмите JSON-датотеку и отворите је у VS Code-у; URL-адреса сервера мора почињати са https.`, "sr (Cyrillic): JSON-датотека, URL-адреса");
neg(`Unesite API-ključ u polje ispod; token se čuva šifrovan u bazi.`, "sr (Latin): API-ključ, token mention");
neg(`SMS-поруке се шаљу преко REST-API-ја; USB-уређај мора бити повезан.`, "sr: SMS-поруке, REST-API");
neg(`Ανοίξτε το αρχείο JSON και ελέγξτε ότι το API-κλειδί διαβάζεται από μεταβλητή περιβάλλοντος.`, "el: API-κλειδί");
neg(`Η διεύθυνση URL του διακομιστή πρέπει να ξεκινά με https· το HTTP-αίτημα επιστρέφει κωδικό 200.`, "el: URL, HTTP-αίτημα");
neg(`Ο κωδικός πρόσβασης πρέπει να έχει τουλάχιστον 12 χαρακτήρες και να αλλάζει κάθε τρεις μήνες.`, "el: password policy");
neg(`JS-файлды беттің соңына қосыңыз және API-кілтті орта айнымалысында сақтаңыз.`, "kk: JS-файл, API-кілт");
neg(`URL-мекенжайды енгізіп, «Сақтау» батырмасын басыңыз. SSH-кілт жұбын жасау үшін ssh-keygen пәрменін пайдаланыңыз.`, "kk: URL-мекенжай, SSH-кілт");
neg(`Шаһар әкімдігі жаңа жиһаз сатып алды; есеп PDF-файл түрінде жіберілді.`, "kk: native words with Cyrillic һ (шаһар, жиһаз)");
neg(`Қаһарман туралы мақала HTML-бетте жарияланды; CMS-жүйе автоматты түрде SEO-тегтерді қосады.`, "kk: қаһарман (һ) + acronyms");
neg(`Сервер вернул ошибку 401: «Неверный токен». Получите новый токен в разделе «Настройки → API» и повторите запрос.`, "ru: 401 error message with remediation");
neg(`У файлі .env зберігайте лише назви змінних, наприклад DB_PASSWORD=, а значення додавайте локально.`, "uk: .env advice, empty value");
neg(`Хеш SHA-256 файла: ${g.hex(64)} — сравните его с опубликованным на сайте.`, "ru: sha256 hash in prose");
neg(`ΣΗΜΕΙΩΣΗ: ΤΟ ΑΡΧΕΙΟ CONFIG-YAML ΠΡΕΠΕΙ ΝΑ ΕΧΕΙ ΚΩΔΙΚΟΠΟΙΗΣΗ UTF-8.`, "el: upper-case Greek with Latin acronyms");

// ---- positives: homoglyph evasion
pos(`Вот мой токен для CI: g${cy.h}p_${g.opaque(36)}`, "Cyrillic һ inside ghp_", "github");
pos(`${cy.A}KI${cy.A}${g.s(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")} / ${T.awsSecret()}`, "Cyrillic А in AKIA + secret", "aws");
pos(`${cy.p}${cy.a}ssword=${g.opaque(20, ALNUM + "!#%")}`, "Cyrillic р/а in password=", "password");
pos(`sk-${cy.a}nt-api03-${g.opaque(93, ALNUM + "-_")}AA`, "Cyrillic а in sk-ant", "anthropic");
pos(`t${cy.o}ken: ${g.opaque(40)}`, "Cyrillic о in token:", "generic");
pos(`${cy.x}${cy.o}xb-${g.s(12, "0123456789")}-${g.s(13, "0123456789")}-${g.opaque(24)}`, "Cyrillic х/о in xoxb-", "slack");
pos(`secret_k${cy.e}y = "${g.opaque(32)}"`, "Cyrillic е in secret_key", "generic");
pos(`${cy.s}k_live_${g.opaque(24)}`, "Cyrillic ѕ in sk_live_", "stripe");
pos(`Ключ API для продакшена: AIz${cy.a}Sy${g.opaque(33, ALNUM + "-_")}`, "Cyrillic а in AIza", "google");
pos(`n${cy.p}m_${g.opaque(36)}`, "Cyrillic р in npm_", "npm");

export { cases };
