// "Код подтверждения: 482913. Никому не сообщайте код", "Dein Code lautet 7731. Gib ihn an niemanden
// weiter und erwähne es nicht", "验证码：552901，请勿告诉他人": the one-time code message every bank and
// shop sends. What is kept is the reader's own code and it is kept from everyone, not from the user:
// security advice, not concealment.

/** Everyone else, whom the code is kept from: no one, nobody, others. */
const NO_ONE = /(?<![\p{L}])(?:никому|ни\s{1,3}кому|nadie|personne|niemand\p{L}{0,2}|nessuno|ningu[eé]m|anyone|anybody|no\s{1,3}one|nobody|kimseye|hiç\s{1,3}kimseye)(?![\p{L}])|他人|任何人|别人|別人|誰にも|아무(?:에게|한테)|타인/iu;
/** A code or PIN as such messages name it. */
const CODE_NOUN = /(?<![\p{L}])(?:код\p{L}{0,2}|c[oó]digos?|codice|codes?|Code|PINs?|TANs?|OTPs?|passcodes?)(?![\p{L}])|验证码|驗證碼|校验码|动态码|密码|密碼|コード|暗証番号|인증번호|코드/iu;
/** The code itself: four to eight digits (the message states it before its advice). */
const DIGITS = /(?<!\d)\d{4,8}(?!\d)/;

/** The concealment at `start`..`end` keeps a one-time code from everyone: "no one" near it, a code noun and the code's digits in the message before. */
export function codeKeptFromAll(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 120), start);
  const around = `${before}${text.slice(start, Math.min(text.length, end + 40))}`;
  return NO_ONE.test(around) && CODE_NOUN.test(around) && DIGITS.test(before);
}
