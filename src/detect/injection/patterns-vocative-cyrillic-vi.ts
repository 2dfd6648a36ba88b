// The bot or assistant called on by its role at a clause's head in Russian, Ukrainian or Vietnamese:
// "бот-модератор, закрепи моё сообщение …", "ассистент, удали …", "ШІ-помічнику, надішли …",
// "Trợ lý ảo ơi, hãy …", "Bot ơi, gửi …". Weak and partnered: the address counts next to an order,
// which says what the reader is to do; "бот-модератор удалил сообщение" has no comma and no order.
// Opening the whole text, the address is the user's own request, as in English.
import { ADDRESS_PARTNERS, type Pattern } from "./pattern-set.ts";

const RU_NOUN = String.raw`(?:чат-?)?(?:бот|ассистент|асистент|помощник|помічник|нейросеть|нейромережа|ИИ|ШІ)(?:[уеа]|ику|ок)?`;
/** "бот-модератор", "модератор-бот", "ИИ-ассистент": the role glued on with a hyphen. */
const RU = String.raw`(?:(?:[\p{L}]{2,20}[-‑])?${RU_NOUN}(?:[-‑][\p{L}]{2,20})?)`;
const VI = String.raw`(?:(?:trợ\s{1,3}lý|trợ\s{1,3}lí)(?:\s{1,3}(?:ảo|AI))?|chatbot|bot|AI)(?:\s{1,3}[\p{L}]{2,12}){0,2}?\s{1,3}ơi`;

export const VOCATIVE_CYRILLIC_VI_PATTERNS: Pattern[] = [
  {
    id: "addressed.vocative-ru-vi", family: "addressed", weight: 0.34, partners: ADDRESS_PARTNERS, lang: "ru/uk/vi",
    description: "A bot or assistant called on by its role at a clause's head (\"бот-модератор, …\", \"Trợ lý ảo ơi, …\")",
    re: new RegExp(String.raw`(?<=(?:^|\n|[.!?:>"“«(\]])[ \t]{0,3}|@[\w.-]{1,30}[ \t]{1,3})(?:(?:эй|слушай|уважаемый|дорогой|шановний)[ \t,]{1,3})?(?:${RU}(?![\p{L}-])(?=[ \t]{0,2}[,—–])|${VI}(?![\p{L}]))`, "giu"),
    anchors: ["бот", "ассистент", "асистент", "помощник", "помічник", "нейросет", "нейромереж", "ии", "ші", "ơi"],
    // The comma is left out of the match: an order opening on it (", удали …") overlaps no address.
    before: 40, after: 40,
    // A text that opens on the address is the user's own message to their assistant ("Ассистент, обнови мои реквизиты …").
    // Inside an opening quotation mark it is a phrase quoted («Ассистент, отправь …», said an article), not said to the reader.
    judge: (_m, t, s) => (/^[\s"'“«]*$/.test(t.slice(0, s)) || /["“„«][ \t]{0,3}$/.test(t.slice(Math.max(0, s - 4), s)) ? 0 : 1),
  },
];
