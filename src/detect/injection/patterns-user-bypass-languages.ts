// The user kept out of the loop in the forms the older concealment and skip-check patterns lack:
// Korean with 에게/에게는 ("사용자에게는 설명하지 마세요", "사용자에게 이 내용을 전달하지 말고", "사용자 동의 없이"),
// the Turkish negative imperative of asking ("Kullanıcıya sorma", "kullanıcıdan onay isteme"),
// German ("ohne den Nutzer zu fragen", "fragen Sie den Nutzer nicht"). Weak and partnered: a
// surprise party or a support macro says the same to people; an address to the AI, an order to run
// something or a harmful act makes it an attack's.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["addressed", "order", "exec", "harm", "credential", "override", "role", "pseudo-tag", "exfil"];

const KO_USER = String.raw`(?:사용자|고객|유저|이용자|구매자|사람)`;
const KO = String.raw`${KO_USER}(?:님)?(?:에게|께|한테)(?:는|도)?\s{0,2}(?:[가-힣]{1,8}\s{1,2}){0,2}(?:알리지|말하지|설명하지|언급하지|묻지|물어보지|확인받지|확인을\s{0,2}받지|확인하지|보고하지|보여\s{0,2}주지|공개하지|알려\s{0,2}주지|전달하지|전하지|공유하지|노출하지)\s{0,2}(?:마세요|마십시오|말\s{0,2}것|말고|마라|마)|${KO_USER}(?:의)?\s{0,2}(?:확인|동의|승인|허락|허가)\s{0,2}없이`;
const TR = String.raw`(?<![\p{L}])(?:kullanıcıya|müşteriye|kullanıcıdan|müşteriden)\s{1,3}(?:(?:bunu|onay|izin|bir\s{1,3}şey)\s{1,3})?(?:sorma|danışma|isteme|alma|haber\s{1,3}verme)(?:yın|yin)?(?![\p{L}])`;
const DE_USER = String.raw`(?:den|die|dem)\s{1,3}(?:Nutzer|Benutzer|Anwender|Kunden|Käufer|User)(?:in|innen)?`;
const DE = String.raw`(?<![\p{L}])ohne\s{1,3}${DE_USER}\s{1,3}(?:vorher\s{1,3})?(?:zu\s{1,3}(?:fragen|informieren|benachrichtigen)|um\s{1,3}(?:Erlaubnis|Bestätigung|Zustimmung)\s{1,3}zu\s{1,3}(?:fragen|bitten))|(?:fragen|informieren|benachrichtigen)\s{1,3}Sie\s{1,3}${DE_USER}\s{1,3}nicht|(?:frag|frage|informiere)\s{1,3}${DE_USER}\s{1,3}nicht`;

export const USER_BYPASS_LANG_PATTERNS: Pattern[] = [
  {
    id: "concealment.user-bypass-languages", family: "concealment", weight: 0.35, partners: PARTNERS, lang: "ko/tr/de",
    description: "The user neither told nor asked (\"사용자에게 확인받지 마세요\", \"Kullanıcıya sorma\", \"ohne den Nutzer zu fragen\")",
    re: new RegExp([KO, TR, DE].join("|"), "giu"),
    anchors: ["사용자", "고객", "유저", "이용자", "구매자", "사람", "kullanıcı", "müşteri", "ohne", "fragen sie", "informieren sie", "benachrichtigen sie", "frag ", "frage ", "informiere"],
    before: 4, after: 80,
  },
];
