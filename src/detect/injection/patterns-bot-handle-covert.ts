// A chat or support bot @-mentioned in a channel ("@HelpBot", "@ModAI", "@Acme Assistant",
// "@AssistantBot") and, in the same message, told to keep what it does from the people around it:
// "no need to explain it", "don't loop in Lena or finance", "no need to log it in #mod-log",
// "ne précise pas ce qu'elle fait", "no need to check with IT", "don't include this message in the
// summary", "このチャンネルには書かなくて大丈夫です"; the handle may be written in any script
// ("@運用アシスタント"). Someone asking a bot for a thing has no reason to hide it from
// the channel, the moderators or the team; a bare command to the bot ("@bot help", "@deploybot
// deploy web") says nothing of the kind. A request for a short answer ("no need to explain, just
// the command") is the asker's own: "explain" counts only when the answer goes to others.
import { BOT_HANDLE } from "./bot-handle.ts";
import type { Pattern } from "./pattern-set.ts";

const HANDLE = BOT_HANDLE.mention;

const NOT_ME = String.raw`(?!\s{1,3}(?:me|us|myself)\b)`;
const EXPLAIN = String.raw`(?:explain|mention\s{1,3}what|say\s{1,3}(?:what|why)|tell\s{1,3}them\s{1,3}what)`;
const TELL = String.raw`(?:tell|loop\s{1,3}in|cc|notify|inform|alert|ping|announce\s{1,3}(?:it|this)|(?:log|record|report)\s{1,3}(?:it|this|that|them)\s{1,3}(?:in|to)\s{1,3}(?:the\s{1,3})?(?:#[\w-]+|[\w-]{0,12}(?:log|audit)))`;
const HUSH_EN = String.raw`(?:no\s{1,3}need\s{1,3}to|(?:don['’]t|do\s{1,3}not|never)(?:\s{1,3}(?:bother\s{1,3}to|need\s{1,3}to))?)\s{1,3}(?:${EXPLAIN}|${TELL}${NOT_ME})|without\s{1,3}(?:explaining|telling|looping\s{1,3}in|notifying|informing|logging|mentioning\s{1,3}what)${NOT_ME}|keep\s{1,3}(?:it|this)\s{1,3}(?:quiet|between\s{1,3}us|off\s{1,3}the\s{1,3}(?:logs?|record))|(?:no\s{1,3}need\s{1,3}to|(?:don['’]t|do\s{1,3}not)(?:\s{1,3}bother\s{1,3}to)?)\s{1,3}(?:check|confirm|clear\s{1,3}(?:it|this))\s{1,3}with${NOT_ME}|without\s{1,3}(?:checking|confirming|clearing\s{1,3}(?:it|this))\s{1,3}with${NOT_ME}|(?:(?:don['’]t|do\s{1,3}not)\s{1,3}(?:include|mention|quote)|leave|keep)\s{1,3}(?:this|my)\s{1,3}(?:message|request|post|note|ask)\s{1,3}(?:out\s{1,3}of|in|from)\s{1,3}(?:the|your|today['’]s|any)\s{1,3}(?:[\w-]{2,20}\s{1,3})?(?:summary|recap|digest|notes|minutes|log|report)`;
/** Japanese, Chinese, Korean, Russian: "このチャンネルには書かなくて大丈夫です", "不用在群里说", "채널에 올리지 마세요", "никому не говори". */
const HUSH_CJK_RU = String.raw`(?:書か|投稿し|報告し|共有し|言わ|伝え|知らせ|残さ|記録し)(?:なくて(?:も)?(?:大丈夫|いい|良い|よい|結構|OK)|ないで)|誰にも(?:言わ|伝え|知らせ)|内緒で|(?:不用|不要|别|別|无需|無需)(?:在群里|在群裡|在频道|在頻道)?(?:告诉|告訴|说|說|提|写|寫|发|發|通知|汇报|匯報)|(?:말하지|알리지|올리지|쓰지|공유하지|보고하지)\s{0,2}(?:마|말고|않아도)|никому\s{1,3}не\s{1,3}(?:говори|пиши|сообщай)|не\s{1,3}(?:пиши|сообщай|говори)\s{1,3}(?:об\s{1,3}этом\s{1,3})?(?:в\s{1,3}(?:чат|канал)|никому|админ\p{L}{0,3})`;
const HUSH_FR = String.raw`ne\s{1,3}(?:le\s{1,3}|leur\s{1,3}|lui\s{1,3})?(?:précise|précisez|dis|dites|explique|expliquez|mentionne|mentionnez|signale|signalez|préviens|prévenez)\s{1,3}pas|sans\s{1,3}(?:le\s{1,3}|leur\s{1,3}|en\s{1,3}|rien\s{1,3})?(?:dire|préciser|expliquer|prévenir|mentionner|signaler)|pas\s{1,3}besoin\s{1,3}de\s{1,3}(?:l['’]\s{0,2}|le\s{1,3}|leur\s{1,3})?(?:expliquer|préciser|dire|signaler|prévenir)`;
const HUSH_ES = String.raw`no\s{1,3}(?:lo\s{1,3}|les\s{1,3}|le\s{1,3})?(?:expliques|digas|menciones|avises|registres)|sin\s{1,3}(?:explicar|decir|avisar|mencionar)(?:lo|les|le)?|no\s{1,3}hace\s{1,3}falta\s{1,3}(?:explicar|decir|avisar|mencionar)`;
const HUSH_DE = String.raw`ohne\s{1,3}(?:es\s{1,3}|das\s{1,3})?(?:zu\s{1,3})?(?:erklären|erwähnen|sagen|melden|protokollieren)|(?:erkläre?|erwähne?|sage?|melde?)\s{1,3}(?:es\s{1,3}|das\s{1,3}|ihnen\s{1,3})?nicht`;
const HUSH = `(?:${HUSH_EN}|${HUSH_FR}|${HUSH_ES}|${HUSH_DE}|${HUSH_CJK_RU})`;
/** The message kept out of the bot's summary: covert only beside another order to the bot. */
const SUMMARY_HUSH = /\b(?:summary|recap|digest|notes|minutes|log|report)$/i;
/** "explain" hides something only from others the answer goes to: people, the channel, users, them. */
const EXPLAIN_HUSH = /(?:explain|mention\s+what|say\s+(?:what|why)|tell\s+them|précis|expliqu|\bdire\b|digas|expliques|explicar|erklär|\bsagen\b|\bsage\b)/i;
const OTHERS = /\b(?:people|everyone|everybody|anyone|others|users|members|folks|newcomers|customers|them|gens|tout\s+le\s+monde|utilisateurs|autres|membres|todos|usuarios|gente|Leute|alle|Nutzer)\b/iu;
/** A line another speaker opens ("[14:06] pixelmoth: …", "lena.acme 10:20 …"): the message has ended. */
const NEW_SPEAKER = /\n[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)*[\w.-]{2,30}(?::[ \t]|[ \t]{1,3}\d{1,2}:\d{2}\b)|\n[ \t]*\n/;

export const BOT_HANDLE_COVERT_PATTERNS: Pattern[] = [
  {
    id: "concealment.bot-handle-covert", family: "concealment", weight: 0.6,
    description: "A chat bot @-mentioned and told, in the same message, to keep what it does from the channel, the team or its users",
    re: new RegExp(String.raw`${HANDLE}[\s\S]{0,420}?(?:\b(?:${HUSH_EN}|${HUSH_FR}|${HUSH_ES}|${HUSH_DE})|${HUSH_CJK_RU})`, "giu"),
    anchors: ["@"],
    also: ["no need", "don't", "don’t", "do not", "never", "without", "keep it", "keep this", "leave this", "leave my", "keep my", "なくて", "ないで", "誰にも", "内緒", "不用", "不要", "别", "別", "无需", "無需", "말하지", "알리지", "올리지", "쓰지", "공유하지", "보고하지", "никому", "не пиши", "не сообщай", "не говори", "précise", "précisez", "dis pas", "dites pas", "explique", "expliquez", "mentionne", "signale", "préviens", "prévenez", "sans", "pas besoin", "expliques", "digas", "menciones", "avises", "registres", "sin$", "hace falta", "ohne", "nicht"],
    before: 2, after: 480,
    judge: (m) => {
      const handle = /^@[\p{L}\p{N}._-]*(?: [A-Z]\w*)?/u.exec(m)![0];
      const name = BOT_HANDLE.exact.test(handle) ? handle : handle.replace(/ \w*$/, "");
      if (!BOT_HANDLE.exact.test(name)) return 0;
      if (NEW_SPEAKER.test(m)) return 0;
      const at = m.search(new RegExp(`${HUSH}$`, "iu"));
      const hush = m.slice(at);
      // "@RecapBot please leave my message out of the recap": dropping one's own message is the whole ask, nothing is hidden.
      if (SUMMARY_HUSH.test(hush) && (m.slice(0, at).match(/[\p{L}\p{N}]+/gu) ?? []).length < 6) return 0;
      return EXPLAIN_HUSH.test(hush) && !OTHERS.test(m) ? 0 : 1;
    },
  },
];
