// A sentence that hands a reviewer ordinary review work: check that migrations are reversible,
// verify the tests pass, flag any new dependency — in en / fr / es / de / it / pt. Addressed to
// "Reviewers (human or AI)" it is a reader note, not an order. Approving unreviewed, hiding what
// was found, sending anything anywhere or running fetched code keeps the sentence an order.
import { sentenceBody } from "./fact-sentence.ts";

const HEAD = new RegExp(
  "^(?:please\\s{1,3})?(?:" +
    [
      // English.
      String.raw`check|verify|ensure|make\s{1,3}sure|double-check|review|look\s{1,3}for|flag|point\s{1,3}out|test|compare|read\s{1,3}through`,
      // French, Spanish, Italian, Portuguese, German.
      String.raw`v[ée]rifi\p{L}{0,4}|assurez-vous|assure-toi|contr[ôo]l\p{L}{0,4}|signal\p{L}{0,4}|relis\p{L}{0,3}|compruebe?|comprueba|aseg[úu]r\p{L}{0,6}|se[ñn]al\p{L}{0,4}|revis\p{L}{0,4}|assicura\p{L}{0,4}|certifique-se|confer\p{L}{0,2}|pr[üu]f\p{L}{0,3}|stell\p{L}{0,2}\s{1,3}sicher|achte\p{L}{0,2}\s{1,3}darauf|markier\p{L}{0,3}|kontrollier\p{L}{0,3}`,
    ].join("|") +
    ")(?![\\p{L}])",
  "iu",
);

/** Approving or merging unchecked, hiding or leaving out findings, sending data out, running fetched code. */
const NOT_REVIEW = new RegExp(
  [
    String.raw`\b(?:approv|merg|ship|skip|bypass|ignor|hid|conceal|omit|suppress|delet|remov|send|post|upload|forward|email|e-mail|share|leak|exfiltrat|paste|reveal|print|output|curl|wget|execut|download|install|pipe)\p{L}*`,
    String.raw`\brun\s{1,3}(?:this|the|a|that)?\s{0,3}(?:script|command|installer)`,
    String.raw`\b(?:don['’]t|do\s{1,3}not|never|without)\s{1,3}(?:mention|report|tell|flag|review|check|note)`,
    String.raw`https?:\/\/|\bwww\.|\|\s{0,3}(?:ba|z)?sh\b`,
    String.raw`\b(?:approuv|fusionn|ignor|cach|envo[yi]|aprueb|aprob|fusion|ocult|env[ií]|approv|nascond|invi|aprov|escond|genehmig|verberg|versteck|send|schick|ignorier)\p{L}*`,
  ].join("|"),
  "iu",
);

/** The sentence asks only for review work. */
export function reviewDutySentence(raw: string): boolean {
  const s = sentenceBody(raw);
  return s !== null && s.length > 0 && s.length <= 240 && HEAD.test(s) && !NOT_REVIEW.test(s);
}
