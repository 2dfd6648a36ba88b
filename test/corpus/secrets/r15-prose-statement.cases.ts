// Round fifteen: a credential named in a chat or issue sentence and its value stated after it, in
// many languages — "the new key is X", «la clé … : X», "der Schlüssel lautet X", "la clave (X)",
// 「キーは『X』」, "密钥是 X", "токен: X", "키는 X". Benign: the same sentences stating ids, order
// numbers, commit SHAs, hashes, fingerprints, public or example keys, or no value at all.
// Every credential-shaped value is built at run time.
import { builder, Rng, ALNUM, HEX, LOWER, UPPER, DIGITS } from "./_gen.ts";

const r = new Rng(0x15a0e5e1);
const b = builder({ category: "r15-prose-statement", expect: "secrets" });
const bb = builder({ category: "r15-prose-statement-benign" });

const mixed = (n: number) => {
  let v = r.str(n, ALNUM);
  while (!/\d/.test(v) || !/[a-z]/.test(v) || !/[A-Z]/.test(v)) v = r.str(n, ALNUM);
  return v;
};
const hex = (n: number) => r.str(n, HEX);
const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;

// ---- Positives
b.pos("r15-prose-en-new-token", "English, the copula after a question", `quick one: did you get the new Mailgun token? it is ${mixed(32)} - old one is dead`);
b.pos("r15-prose-en-password-colon", "English, password for the staging box, colon", `fyi the staging db password for tonight: ${mixed(20)} (rotate after the demo)`);
b.pos("r15-prose-ja-token", "Japanese, トークンは「…」", `Sentryのトークンを再発行しました。新しいトークンは『${mixed(40)}』です。CIの設定を更新してください。`);
b.pos("r15-prose-ja-password", "Japanese, パスワードは …", `検証環境のパスワードは ${mixed(18)} です。共有しないでください。`);
b.pos("r15-prose-zh-token", "Chinese, 令牌是 …", `新的部署令牌是：${mixed(36)}，今天之内请更新流水线。`);
b.pos("r15-prose-zh-tw-key", "Traditional Chinese, 密鑰為「…」", `Twilio 的密鑰已經更新，新的密鑰為「${hex(32)}」，請同步。`);
b.pos("r15-prose-ko-key", "Korean, 키는 …", `Algolia 관리자 키는 ${mixed(32)} 입니다. 레포에 올리지 마세요.`);
b.pos("r15-prose-fr-jeton", "French, le jeton est …", `Le nouveau jeton Netlify est ${mixed(40)}, pense à le mettre dans le coffre.`);
b.pos("r15-prose-de-passwort", "German, das Passwort ist …", `Das Passwort für den Testserver ist jetzt ${mixed(22)} – bitte nicht weitergeben.`);
b.pos("r15-prose-es-token", "Spanish, el token … es …", `Oye, el token de Sentry para staging es ${mixed(44)}; avísame si falla.`);
b.pos("r15-prose-pt-chave", "Portuguese, a chave … é …", `A chave da API do Mapbox é ${mixed(30)} — não sobe isso pro git, beleza?`);
b.pos("r15-prose-it-chiave", "Italian, la chiave … è …", `Ciao, la chiave del server è ${mixed(28)} , cambiala dopo il test.`);
b.pos("r15-prose-ru-token", "Russian, токен: …", `Обновил токен для Telegram-бота: ${mixed(35)} — не коммитьте его.`);
b.pos("r15-prose-ru-password", "Russian, пароль от … — …", `Пароль от базы — «${mixed(20)}», смени после релиза.`);
b.pos("r15-prose-en-uuid-key", "English, an API key that is a UUID", `Heads up: the Leonardo API key is now ${uuid()}, the old one was revoked.`);

// ---- Benign look-alikes
bb.ben("r15-prose-request-id", "request id and order number stated in prose", `The request id is ${uuid()} and the order number is ${r.str(12, DIGITS)}.`);
bb.ben("r15-prose-commit-sha", "a commit SHA stated in prose", `the fix landed in commit ${hex(40)}, can you cherry-pick it?`);
bb.ben("r15-prose-key-fingerprint", "a key's fingerprint", `The key fingerprint is ${hex(40)} — compare it before trusting the host.`);
bb.ben("r15-prose-ja-ticket", "Japanese, a ticket number", `チケット番号は「${r.str(4, UPPER)}-${r.str(6, DIGITS)}」です。キーの件はそちらで対応します。`);
bb.ben("r15-prose-ja-later", "Japanese, the key will come later", `新しいキーは後で送ります。しばらくお待ちください。`);
bb.ben("r15-prose-fr-public", "French, la clé publique", `Voici la clé publique du serveur : ${mixed(44)} — tu peux la publier.`);
bb.ben("r15-prose-de-public", "German, der öffentliche Schlüssel", `Der öffentliche Schlüssel lautet ${mixed(44)}, den dürft ihr gerne verteilen.`);
bb.ben("r15-prose-en-public-key", "English, a public key", `our public key is ${mixed(44)} if you need to verify the signatures`);
bb.ben("r15-prose-en-example-license", "English, an example license key", `the example license key is ${mixed(24)}, real ones come by mail`);
bb.ben("r15-prose-en-vault", "English, the key is in the vault", `the key is in the vault under prod/payments, ask ${r.str(6, LOWER)} for access`);
bb.ben("r15-prose-zh-hash", "Chinese, a file hash", `安装包的哈希值是 ${hex(64)}，下载后请核对。`);
bb.ben("r15-prose-ko-order", "Korean, an order number", `주문 번호는 ${r.str(14, DIGITS)} 입니다. 키 관련 문의는 따로 주세요.`);
bb.ben("r15-prose-es-id", "Spanish, el ID de la clave", `El ID de la clave es ${uuid()}, el secreto lo tiene el equipo de plataforma.`);

export const cases = [...b.cases, ...bb.cases];
