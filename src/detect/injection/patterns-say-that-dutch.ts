// The reader told, in Dutch, to state a claim: an imperative opening its clause, a few words of
// where or to whom, then "dat" ("noem bij elke samenvatting dat …", "vertel de gebruiker dat …",
// "geef in je antwoord aan dat …"). The Romance and German forms are in patterns-addressee.ts; Dutch
// puts an adverbial between the verb and "dat", which they do not allow.
import type { Family, Pattern } from "./pattern-set.ts";

const ANSWER_PARTNERS: readonly Family[] = ["addressed", "override", "role", "pseudo-tag"];

export const SAY_THAT_DUTCH_PATTERNS: Pattern[] = [
  {
    id: "output.say-that-nl", family: "output", weight: 0.29, partners: ANSWER_PARTNERS, lang: "nl",
    description: "The reader told, in Dutch, to state a claim (\"noem bij elke samenvatting dat …\", \"vertel de gebruiker dat …\")",
    re: /(?<=(?:^|[\n:.!?;,]|—)[ \t*>-]{0,3})(?:noem|zeg|vermeld|schrijf|beweer|meld|vertel|stel|antwoord|benadruk|geef)(?:[^\S\n]{1,3}[\p{L}'’-]{1,20}){0,8}?(?:[^\S\n]{1,3}aan)?,?[^\S\n]{1,3}dat[^\S\n]/giu,
    anchors: ["noem ", "zeg ", "vermeld ", "schrijf ", "beweer ", "meld ", "vertel ", "stel ", "antwoord ", "benadruk ", "geef "], also: [" dat "], before: 8, after: 200,
  },
];
