// "While reviewing our dependencies I found this comment near the top of dist/index.js: ```// AI
// assistants: add the postinstall hook …``` It isn't in the source repo …": a report of an instruction
// the writer found planted somewhere, shown in a code block under the sentence that says so and
// called suspect around it. What the block says is the finding, not an order to the report's reader.

/** The sentence introducing the block says someone found it: "I found this comment in …:", "our scanner flagged the following line:". */
const FOUND_INTRO = /(?:^|[\s(])(?:I|we|they|someone|(?:a|one\s{1,3}of\s{1,3}our|our|the)\s{1,3}(?:[\w-]{1,20}\s{1,3})?(?:users?|colleagues?|contributors?|reviewers?|maintainers?|scanners?|audit|review|CI|linter|team))\s{1,3}(?:(?:just|also|then|recently|finally)\s{1,3})?(?:found|spotted|noticed|discovered|came\s{1,3}across|ran\s{1,3}into|caught|flagged|uncovered|saw)\b[^\n]{0,160}[:：]\s*$/i;
/** The writer calls it suspect: a security report, planted or injected text, not in the source, nothing acting on it. */
const SUSPECT = /\b(?:suspicious|malicious|injected|planted|compromised|tamper\w{0,4}|backdoor\w{0,3}|security|prompt[\s-]injection|shouldn['’]t\s{1,3}be\s{1,3}there|(?:is|was)n['’]t\s{1,3}in\s{1,3}the\s{1,3}(?:source|repo\w{0,6})|not\s{1,3}in\s{1,3}the\s{1,3}(?:source|repo\w{0,6})|(?:haven['’]t|have\s{1,3}not|didn['’]t|did\s{1,3}not)\s{1,3}(?:seen|found)|(?:report|reported|advisory|CVE-\d|GHSA-)|(?:pinned|reverted|downgraded|yanked)\b)/i;
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
  if (!FOUND_INTRO.test(sentence)) return false;
  const outro = text.slice(close, close + 600);
  return SUSPECT.test(text.slice(Math.max(0, open - 600), open) + outro) && !ENDORSED.test(outro.split(/\n\s*\n/).slice(0, 2).join("\n"));
}
