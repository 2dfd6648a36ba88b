// A chat or support bot @-mentioned in a channel ("@HelpBot", "@ModAI", "@Acme Assistant",
// "@AssistantBot") and, in the same message, told to keep what it does from the people around it:
// "no need to explain it", "don't loop in Lena or finance", "no need to log it in #mod-log",
// "ne précise pas ce qu'elle fait". Someone asking a bot for a thing has no reason to hide it from
// the channel, the moderators or the team; a bare command to the bot ("@bot help", "@deploybot
// deploy web") says nothing of the kind. A request for a short answer ("no need to explain, just
// the command") is the asker's own: "explain" counts only when the answer goes to others.
import type { Pattern } from "./pattern-set.ts";

/** Handles of dependency and CI bots whose commands maintainers type in PR threads. */
const TOOL_BOTS = String.raw`(?:dependabot|renovatebot|renovate|mergify|[\w-]{0,20}robot|bors)\b`;
const HANDLE = String.raw`@(?!${TOOL_BOTS})(?:[\w.-]{0,30}(?:bot|ai|gpt|assistant|agent|copilot)|[A-Z][\w-]{1,20}[ ](?:assistant|bot|ai|copilot|agent))\b`;
/** The bot word checked with its case: "@ModAI" is a bot, "@kai" a person. */
const BOT_HANDLE = /^@(?:[\w.-]{0,30}(?:[Bb]ot|BOT|[Aa]ssistant|ASSISTANT|[Aa]gent|AI|GPT|[Cc]opilot)|[A-Z][\w-]{1,20} (?:Assistant|Bot|AI|Copilot|Agent))$/;
const NOT_ME = String.raw`(?!\s{1,3}(?:me|us|myself)\b)`;
const EXPLAIN = String.raw`(?:explain|mention\s{1,3}what|say\s{1,3}(?:what|why)|tell\s{1,3}them\s{1,3}what)`;
const TELL = String.raw`(?:tell|loop\s{1,3}in|cc|notify|inform|alert|ping|announce\s{1,3}(?:it|this)|(?:log|record|report)\s{1,3}(?:it|this|that|them)\s{1,3}(?:in|to)\s{1,3}(?:the\s{1,3})?(?:#[\w-]+|[\w-]{0,12}(?:log|audit)))`;
const HUSH_EN = String.raw`(?:no\s{1,3}need\s{1,3}to|(?:don['’]t|do\s{1,3}not|never)(?:\s{1,3}(?:bother\s{1,3}to|need\s{1,3}to))?)\s{1,3}(?:${EXPLAIN}|${TELL}${NOT_ME})|without\s{1,3}(?:explaining|telling|looping\s{1,3}in|notifying|informing|logging|mentioning\s{1,3}what)${NOT_ME}|keep\s{1,3}(?:it|this)\s{1,3}(?:quiet|between\s{1,3}us|off\s{1,3}the\s{1,3}(?:logs?|record))`;
const HUSH_FR = String.raw`ne\s{1,3}(?:le\s{1,3}|leur\s{1,3}|lui\s{1,3})?(?:précise|précisez|dis|dites|explique|expliquez|mentionne|mentionnez|signale|signalez|préviens|prévenez)\s{1,3}pas|sans\s{1,3}(?:le\s{1,3}|leur\s{1,3}|en\s{1,3}|rien\s{1,3})?(?:dire|préciser|expliquer|prévenir|mentionner|signaler)|pas\s{1,3}besoin\s{1,3}de\s{1,3}(?:l['’]\s{0,2}|le\s{1,3}|leur\s{1,3})?(?:expliquer|préciser|dire|signaler|prévenir)`;
const HUSH_ES = String.raw`no\s{1,3}(?:lo\s{1,3}|les\s{1,3}|le\s{1,3})?(?:expliques|digas|menciones|avises|registres)|sin\s{1,3}(?:explicar|decir|avisar|mencionar)(?:lo|les|le)?|no\s{1,3}hace\s{1,3}falta\s{1,3}(?:explicar|decir|avisar|mencionar)`;
const HUSH_DE = String.raw`ohne\s{1,3}(?:es\s{1,3}|das\s{1,3})?(?:zu\s{1,3})?(?:erklären|erwähnen|sagen|melden|protokollieren)|(?:erkläre?|erwähne?|sage?|melde?)\s{1,3}(?:es\s{1,3}|das\s{1,3}|ihnen\s{1,3})?nicht`;
const HUSH = `(?:${HUSH_EN}|${HUSH_FR}|${HUSH_ES}|${HUSH_DE})`;
/** "explain" hides something only from others the answer goes to: people, the channel, users, them. */
const EXPLAIN_HUSH = /(?:explain|mention\s+what|say\s+(?:what|why)|tell\s+them|précis|expliqu|dire|digas|expliques|explicar|erklär|sagen|sage\b)/i;
const OTHERS = /\b(?:people|everyone|everybody|anyone|others|users|members|folks|newcomers|customers|them|gens|tout\s+le\s+monde|utilisateurs|autres|membres|todos|usuarios|gente|Leute|alle|Nutzer)\b/iu;
/** A line another speaker opens ("[14:06] pixelmoth: …", "lena.acme 10:20 …"): the message has ended. */
const NEW_SPEAKER = /\n[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)*[\w.-]{2,30}(?::[ \t]|[ \t]{1,3}\d{1,2}:\d{2}\b)|\n[ \t]*\n/;

export const BOT_HANDLE_COVERT_PATTERNS: Pattern[] = [
  {
    id: "concealment.bot-handle-covert", family: "concealment", weight: 0.6,
    description: "A chat bot @-mentioned and told, in the same message, to keep what it does from the channel, the team or its users",
    re: new RegExp(String.raw`${HANDLE}[\s\S]{0,420}?\b${HUSH}`, "giu"),
    anchors: ["@"],
    also: ["no need", "don't", "don’t", "do not", "never", "without", "keep it", "keep this", "précise", "précisez", "dis pas", "dites pas", "explique", "expliquez", "mentionne", "signale", "préviens", "prévenez", "sans", "pas besoin", "expliques", "digas", "menciones", "avises", "registres", "sin$", "hace falta", "ohne", "nicht"],
    before: 2, after: 480,
    judge: (m) => {
      const handle = /^@[\w.-]*(?: [A-Z]\w*)?/.exec(m)![0];
      const name = BOT_HANDLE.test(handle) ? handle : handle.replace(/ \w*$/, "");
      if (!BOT_HANDLE.test(name)) return 0;
      if (NEW_SPEAKER.test(m)) return 0;
      const hush = m.slice(m.search(new RegExp(`${HUSH}$`, "iu")));
      return EXPLAIN_HUSH.test(hush) && !OTHERS.test(m) ? 0 : 1;
    },
  },
];
