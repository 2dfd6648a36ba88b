// A short note or salutation addressed to the AI reader in another language, then an order about
// the user, the answer, hiding, or code to run: "Nota per l'IA: non mostrare all'utente …",
// "Olá, assistente. Ao responder ao usuário …", "Для ассистента: попроси пользователя …",
// "Bu depoyu okuyan yapay zekâ asistanı: … çalıştır", "이 저장소를 분석하는 AI는 … 실행해".
// The address signals (vocative-languages, ai-label) find the note but are weak alone, and a tool
// note may give harmless rules ("show the user the tracking number"); what makes it an attack is
// what it orders: relay something to the user, answer only in another way, hide, harmful code,
// rate rivals. The reader must be in the dative or hailed (or named by a relative clause); a bare
// "Assistente IA:" is a UI label, and a system prompt speaks to its own model. English
// order words are left out: English addresses have their own patterns, and a user's own prompt
// ("Hi assistant, respond to …") must not read as a note to the AI.
import { AI_READER_LANG as ADDR, AI_READER_LANG_ANCHORS, GREET_AI_READER_LANG as GREET, POSTPOSED_TO_AI_READER as POST, RELATIVE_BEFORE_AI_READER as REL, TO_AI_READER_LANG as TO } from "./ai-address-languages.ts";
import type { Pattern } from "./pattern-set.ts";

/** After a dative / vocative: a relative clause ("qui lisent cette page") up to the label's colon, or a salutation's comma / period. */
const TAIL = String.raw`[^\n:：.!?。]{0,50}?[:：,.!]`;
/** Telling or asking the user something, imperative: what the note wants relayed ("digli solo", "informe que", "попроси пользователя", "उपयोगकर्ता से कहें"). */
const TELL_USER = String.raw`(?:di['’]|dì|digli|dille|chiedi|informa)\s{1,3}(?:all['’]\s{0,2}utente|solo|soltanto)|(?:dile|pide|p[íi]dele|informa)\s{1,3}al\s{1,3}usuario|(?:diga|pe[çc]a|informe|avise)\s{1,3}(?:ao\s{1,3}usu[áa]rio|que\s)|(?:dis|dites|demande[zs]?)\s{1,3}à\s{1,3}l['’]\s{0,2}utilisat\p{L}{3,5}|(?:sag|sage|frag|frage)\s{1,3}(?:den|dem)\s{1,3}(?:Nutzer|Benutzer)|(?:попроси|попросите|скажи|скажите|сообщи|сообщите|попросіть|скажіть|повідом\p{L}{0,2})\s{1,3}(?:\p{L}{1,20}\s{1,3})?(?:пользовател|користувач)\p{L}*|(?:powiedz|poproś)\s{1,3}użytkownik\p{L}*|kullanıcı(?:ya|dan)\s{1,3}(?:\p{L}{1,20}\s{1,3}){0,3}?(?:de|söyle|iste)(?![\p{L}])|उपयोगकर्ता\s{1,3}से\s{1,3}(?:कहें|कहो|पूछें|मांगें)|사용자에게\s{0,3}(?:\S{1,20}\s{1,3}){0,2}?(?:말하|알리|요청|요구)|ユーザーに[^\n。]{0,20}?(?:伝え|言って|求め|頼)|(?:告诉|要求|让)用户|(?:أخبر|اطلب\s{1,3}من)\s{1,3}المستخدم`;
/** How to answer from now on (a language switch, "only"), imperative. */
const ANSWER = String.raw`r[ée]pond(?:ez|s)(?![\p{L}])|rispondi(?![\p{L}])|respond[ae]\s{1,3}(?:solo|s[óo]lo|únicamente|apenas|somente|sempre|siempre)|antworte(?![\p{L}])|отвечай\p{L}*|відповідай\p{L}*|odpowiadaj|yanıtla(?![\p{L}])|cevap\s{1,3}ver(?![\p{L}])|以降の回答|今後の回答|回答はすべて|以后[^\n。]{0,6}回[答复]|모든\s{1,3}답변|답변(?:은|을)\s{0,2}(?:모두|항상|반드시)|أجب|(?:जवाब|उत्तर)\s{1,3}दें`;
/** Hiding from the user. */
const HIDE = String.raw`ne\s{1,3}(?:r[ée]v[ée]l|montr|di)\p{L}{0,3}\s{1,3}pas|non\s{1,3}(?:mostrare|rivelare|dire)|não\s{1,3}(?:mostre|revele|diga)|no\s{1,3}(?:muestres|reveles|digas)|nicht\s{1,3}(?:zeigen|verraten|erwähnen)|не\s{1,3}(?:показыва|говори|сообща|раскрыва)\p{L}*|nie\s{1,3}(?:pokazuj|mów|ujawniaj)`;
/** Harmful code or a secret to leak. */
const CODE = String.raw`crontab|(?:Repository-|Repo-)Secret|секрет\p{L}*|токен\p{L}*|segredo|secreto|segreto`;
/** Harmful in itself: a setuid shell, a fetched script piped to a shell, a request flood, system files, a secret made public. */
const PAYLOAD = String.raw`chmod\s{1,3}[ugo]{0,3}\+s|curl[^\n"]{0,80}\|\s{0,2}(?:ba|z)?sh|&\s{0,2}done|/etc/(?:passwd|shadow|sudoers)|(?:Secret|segredo|secreto|segreto|секрет|токен|token)\p{L}{0,4}[^\n.]{0,60}?(?:öffentlich|p[úu]blic|pubblic|публичн|публічн|publiczn)`;
/** Competitors, to be rated or labelled. */
const RIVALS = String.raw`rakip|concorrent\p{L}{0,3}|competidor\p{L}{0,2}|concurren[tc]\p{L}{0,3}|Konkurren\p{L}{0,3}|конкурент\p{L}{0,3}|konkurenc\p{L}{0,3}|競合|竞争对手|경쟁사`;

export const ORDER_AFTER_AI_ADDRESS_PATTERNS: Pattern[] = [
  {
    id: "order.after-ai-address-languages", family: "order", weight: 0.55, lang: "fr/it/es/pt/de/ru/uk/pl/tr/hi/ko/ja/zh/ar",
    description: "A note or salutation to the AI reader at the start of a line, then an order about the user, the answer, hiding or code (other languages)",
    re: new RegExp(String.raw`(?<=^|\n)[ \t<!>*#/-]{0,6}(?:[^\n:：]{0,12}[:：][ \t]{0,2})?(?:${GREET}${ADDR}(?![\p{Script=Latin}\p{Script=Cyrillic}\p{M}])${TAIL}[^\n]{0,120}?(?<![\p{Script=Latin}\p{Script=Cyrillic}])(?:${TELL_USER}|${HIDE}|${PAYLOAD})|(?:${TO}${ADDR}(?![\p{Script=Latin}\p{Script=Cyrillic}\p{M}])${TAIL}|(?:(?:yapay\s{1,3}zek[aâ]|AI|KI|IA|एआई)\s{0,3})?${ADDR}\p{L}{0,3}${POST}|${REL}${ADDR}(?:는|은|\p{L}{0,3})?[\s:：,])[^\n]{0,120}?(?<![\p{Script=Latin}\p{Script=Cyrillic}])(?:${TELL_USER}|${ANSWER}|${HIDE}|${PAYLOAD}|${CODE}|${RIVALS}))`, "giu"),
    anchors: AI_READER_LANG_ANCHORS,
    before: 70, after: 220,
    // The window may begin mid-line; the match counts only from a true line start.
    judge: (_m, t, s) => (s === 0 || t[s - 1] === "\n" ? 1 : 0),
  },
];
