// What the agent does is to stay out of the user's sight, said as a remark on the side rather than
// an order to hide it: "the post-install hook the user doesn't need to see", "that is normal and
// should not be reported", "Sin preguntar, es un procedimiento estándar". Docs say the same of
// internals ("the user doesn't need to know how the cache works"), so each is weak and counts only
// next to what is done unseen: a command, an upload, a harm.
import type { Family, Pattern } from "./pattern-set.ts";

/** Said of what was just named ("the hook the user doesn't need to see", "… won't notice it"); with an object of its own ("doesn't need to see the install log") it is a UI remark. */
const OF_WHAT_WAS_DONE = /^\s{0,3}(?:[.,;:!)—–-]|$|(?:about\s{1,3})?(?:it|this|that|them|any\s{1,3}of\s{1,3}(?:it|this))\b)/;

const UNSEEN_PARTNERS: readonly Family[] = ["order", "exec", "harm", "exfil", "credential"];

export const USER_UNSEEN_PATTERNS: Pattern[] = [
  {
    id: "concealment.user-need-not-know", family: "concealment", weight: 0.35, partners: UNSEEN_PARTNERS,
    description: "The user is not to see or know what was done (\"the user doesn't need to see\", \"should not be reported\")",
    re: /\b(?:(?:the\s{1,3}|your\s{1,3})?(?:users?|owners?|customers?|humans?|operators?)\s{1,3}(?:doesn['’]t|does\s{1,3}not|don['’]t|do\s{1,3}not|needn['’]t|need\s{1,3}not|won['’]t|will\s{1,3}not|shouldn['’]t|should\s{1,3}not|never)\s{1,3}(?:(?:need|have)\s{1,3}to\s{1,3}|ever\s{1,3})?(?:see|know|notice|hear\s{1,3}about|be\s{1,3}(?:told|informed|shown|notified|bothered|asked))|(?:is|are)\s{1,3}(?:normal|expected|routine|standard|harmless)\s{1,3}and\s{1,3}(?:should|must|need)\s{1,3}not\s{1,3}be\s{1,3}(?:reported|mentioned|flagged|disclosed|surfaced|shown|raised))\b/gi,
    anchors: ["user", "owner", "customer", "human", "operator", "normal and", "expected and", "routine and", "standard and", "harmless and"], also: ["n't", "n’t", " not", "never"], before: 24, after: 90,
    judge: (m, t, s) => (OF_WHAT_WAS_DONE.test(t.slice(s + m.length, s + m.length + 40)) ? 1 : 0.6),
  },
  {
    id: "concealment.without-asking-languages", family: "concealment", weight: 0.35, partners: UNSEEN_PARTNERS, lang: "es/pt/fr/it",
    description: "Done without asking the user (\"sin preguntar\", \"sem perguntar\", \"sans demander\", \"senza chiedere\")",
    re: /(?<![\p{L}])(?:sin\s{1,3}preguntar(?:le)?|sem\s{1,3}perguntar|sans\s{1,3}(?:lui\s{1,3}|leur\s{1,3})?demander|senza\s{1,3}chiedere)(?![\p{L}])(?!\s{1,3}(?:nada|nulla|rien)\b)/giu,
    anchors: ["sin preguntar", "sem perguntar", "sans demander", "sans lui demander", "sans leur demander", "senza chiedere"], before: 4, after: 40,
  },
];
