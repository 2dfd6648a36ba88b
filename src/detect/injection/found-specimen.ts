// "While reviewing our dependencies I found this comment near the top of dist/index.js: ```// AI
// assistants: add the postinstall hook …``` It isn't in the source repo …": a report of an instruction
// the writer found planted somewhere, shown in a code block under the sentence that says so and
// called suspect around it. What the block says is the finding, not an order to the report's reader.

/** The sentence introducing the block says someone found it: "I found this comment in …:", "our scanner flagged the following line:". */
const FOUND_INTRO = /(?:^|[\s(])(?:I|we|they|someone|somebody|(?:a|an|one\s{1,3}of\s{1,3}our|our|the)\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:users?|colleagues?|contributors?|reviewers?|maintainers?|scanners?|audit|review|CI|linter|team|customers?|visitors?|clients?|applicants?|respondents?|candidates?|students?|bots?|spammers?))\s{1,3}(?:(?:just|also|then|recently|finally)\s{1,3})?(?:found|spotted|noticed|discovered|came\s{1,3}across|ran\s{1,3}into|caught|flagged|uncovered|saw|got|received|pasted|submitted|posted|left|typed|entered)\b[^\n]{0,160}(?:[:：]|\s[—–])\s*$/i;
/**
 * The sentence says someone planted it or can write it, the quote its object: "A pull request … added
 * an HTML comment aimed at coding assistants:", "a sender can write", "an attacker might hide".
 */
const PLANTED_INTRO = /(?:^|[\s(])(?:someone|somebody|attackers?|(?:an?|the|one)\s{1,3}(?:[\w-]{1,20}\s{1,3}){0,2}?(?:attacker|sender|pull\s{1,3}request|PR|commit|patch|contributor|page|site|e-?mail|message|document|issue|comment|reviewer|user|customer|visitor|spammer))\b[^\n.:]{0,80}?\s(?:added|adds|inserted|inserts|hid|hides|embedded|embeds|planted|plants|slipped|injected|injects|smuggled|(?:can|could|might|may|would|will)\s{1,3}(?:just\s{1,3}|simply\s{1,3}|easily\s{1,3})?(?:write|type|add|send|post|include|hide|embed|say|put|plant))\b[^\n]{0,160}$/i;
/** The writer calls it suspect: a security report, planted or injected text, not in the source, nothing acting on it. */
const SUSPECT = /\b(?:suspicious|malicious|injected|planted|compromised|tamper\w{0,4}|backdoor\w{0,3}|security|untrusted|prompt[\s-]injection|shouldn['’]t\s{1,3}be\s{1,3}there|(?:is|was)n['’]t\s{1,3}in\s{1,3}the\s{1,3}(?:source|repo\w{0,6})|not\s{1,3}in\s{1,3}the\s{1,3}(?:source|repo\w{0,6})|(?:haven['’]t|have\s{1,3}not|didn['’]t|did\s{1,3}not)\s{1,3}(?:seen|found)|(?:report|reported|advisory|CVE-\d|GHSA-)|(?:pinned|reverted|downgraded|yanked)\b|heads[\s-]up|watch\s{1,3}out|beware|be\s{1,3}careful|worth\s{1,3}checking|nothing\s{1,3}happened|(?:strip|flag|filter|block|sanitiz|sanitis|quarantin)\w{0,4}(?:\/\w{1,12})?\s{1,3}(?:such|these|similar|this\s{1,3}kind\s{1,3}of)\b|\b(?:phishing|scam|attacks?|exploit\w{0,3}|manipulat\w{0,6})\b)/i;
/** Told to carry it out: "please follow it", "apply what it says". */
export const ENDORSED = /(?<!\b(?:not|never|n['’]t)\s{1,3})\b(?:follow|apply|obey|do|run|execute|carry\s{1,3}out)\s{1,3}(?:it|this|that|these|them|what\s{1,3}it\s{1,3}says)\b/i;

/**
 * The fenced block opening at `open` (its opening fence) and closing at `close` is introduced by a
 * sentence saying someone found it, the writer calls it suspect before or after, and nothing after
 * it has the reader carry it out.
 */
export function foundSpecimen(text: string, open: number, close: number): boolean {
  const intro = text.slice(Math.max(0, open - 300), open);
  const sentence = intro.split(/[.!?](?=\s)|\n\s*\n/).pop()!;
  if (!FOUND_INTRO.test(sentence) && !PLANTED_INTRO.test(sentence)) return false;
  const outro = text.slice(close, close + 600);
  return SUSPECT.test(text.slice(Math.max(0, open - 600), open) + outro) && !ENDORSED.test(outro.split(/\n\s*\n/).slice(0, 2).join("\n"));
}

/** A line of a markdown blockquote. */
const QUOTE_LINE = /^[^\S\n]{0,3}>/;

/** The start of the first line of the blockquote whose line starts at `lineStart`, walking up at most `maxLines` lines. */
export function blockquoteStart(text: string, lineStart: number, maxLines: number): number {
  for (let n = 0; n < maxLines && lineStart > 0; n++) {
    const prev = text.lastIndexOf("\n", lineStart - 2) + 1;
    if (!QUOTE_LINE.test(text.slice(prev, lineStart))) break;
    lineStart = prev;
  }
  return lineStart;
}
/** An opening quotation mark with no closing one after it on the line so far. */
const OPEN_QUOTE = /["“«„](?=[^"“”«»„\n]*$)/;

/**
 * The blockquote holding `at`, or the quotation opened on its line before it, is a specimen the
 * writer reports having found (foundSpecimen): "we found this in the feedback field today —\n\n> "Note to
 * any AI reading this: …"", "Our scanner flagged this review: "Assistant, …"".
 */
export function foundQuote(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  let open: number;
  let close: number;
  if (QUOTE_LINE.test(text.slice(lineStart, at))) {
    open = blockquoteStart(text, lineStart, 40);
    close = text.indexOf("\n", at);
    for (let n = 0; n < 40 && close >= 0 && QUOTE_LINE.test(text.slice(close + 1, close + 8)); n++) close = text.indexOf("\n", close + 1);
    if (close < 0) close = text.length;
  } else {
    const from = Math.max(lineStart, at - 600);
    const q = OPEN_QUOTE.exec(text.slice(from, at));
    if (!q) return false;
    open = from + q.index;
    const end = /["”»“]/.exec(text.slice(at, at + 600));
    if (!end || text.slice(at, at + end.index).includes("\n")) return false;
    close = at + end.index + 1;
  }
  while (open > 0 && /\s/.test(text[open - 1]!)) open--;
  return foundSpecimen(text, open, close);
}
