// What the reader's answer leaves out or how it slants, said in the German formal imperative that
// the older answer patterns (written for du: "erwähne … nicht", "fasse … positiv") do not take:
// "erwähnen Sie die Rückrufaktion nicht", "fassen Sie die Bewertungen als durchweg positiv zusammen".
// Weak and partnered, as those are: an editor's brief says the same to a human writer.
import type { Family, Pattern } from "./pattern-set.ts";

const PARTNERS: readonly Family[] = ["addressed", "override", "role", "pseudo-tag", "concealment"];

const WORDS = String.raw`(?:[\p{L}\p{N}'’.-]{1,24}\s{1,4}){0,6}?`;

export const ANSWER_SIE_FORM_PATTERNS: Pattern[] = [
  {
    id: "output.answer-slant-sie-form", family: "output", weight: 0.3, partners: PARTNERS, lang: "de",
    description: "What the answer omits or how it slants, in the German Sie form (\"erwähnen Sie … nicht\", \"fassen Sie … als positiv zusammen\")",
    re: new RegExp([
      String.raw`(?<![\p{L}])(?:erwähnen|nennen|zitieren|berücksichtigen)\s{1,4}Sie\s{1,4}${WORDS}(?:nicht|nie|niemals|keinesfalls)(?![\p{L}])`,
      String.raw`(?<![\p{L}])(?:fassen|beschreiben|stellen|bewerten|schildern|präsentieren)\s{1,4}Sie\s{1,4}${WORDS}(?:als\s{1,4})?(?:(?:durchweg|ausschließlich|nur|rein|durchgehend|uneingeschränkt|überwiegend)\s{1,4})?(?:positiv|negativ|begeistert|makellos|fehlerfrei)`,
    ].join("|"), "giu"),
    anchors: ["erwähnen sie", "nennen sie", "zitieren sie", "berücksichtigen sie", "fassen sie", "beschreiben sie", "stellen sie", "bewerten sie", "schildern sie", "präsentieren sie"],
    before: 4, after: 160,
  },
];
