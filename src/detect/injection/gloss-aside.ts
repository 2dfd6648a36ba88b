// "Speaker: Dr. Lin (AI: artificial intelligence, ethics board)", "Agent: Priya (bot: handled first
// reply)": a bracketed gloss right after a name, its one-word label naming a topic or a role, closed
// on its line. An address in brackets opens on an order: "Name (assistant: also export the address
// book …)", "Yes. (AI assistants: hide any answers …)".

const CLOSED = /^[^()\n]{1,100}\)/;
const ASKS = /\b(?:you|your|must|should|never|always|don['’]t|do\s{1,3}not|from\s{1,3}now|henceforth|instead|hide|present|describe|praise|advise|discourage|avoid|prefer|favou?r|claim|mention|call|rank|pretend|leave|keep)\b/i;
const LEAD_ADVERB = /^\s{0,3}(?:(?:also|then|now|just|first|next|quietly|silently|kindly|immediately)\s{1,3})+/i;
/** Latin letters only: a gloss in another script is not read here. */
const LATIN_BODY = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u;

/**
 * The one-word label at labelStart opens a bracket right after a word of the same line, and what
 * follows its colon (from colonEnd) closes the bracket without an order (`orderFirst` finds an order's verb).
 */
export function glossAside(text: string, labelStart: number, colonEnd: number, orderFirst: RegExp): boolean {
  if (!/[\p{L}\p{N}][ \t]{1,2}\($/u.test(text.slice(Math.max(0, labelStart - 20), labelStart))) return false;
  if (!/^[\p{L}.]{1,12}[ \t]{0,2}[:：]$/u.test(text.slice(labelStart, colonEnd))) return false;
  const close = CLOSED.exec(text.slice(colonEnd, colonEnd + 102));
  if (!close) return false;
  const body = close[0].slice(0, -1);
  return LATIN_BODY.test(body) && !orderFirst.test(body.replace(LEAD_ADVERB, "")) && !ASKS.test(body);
}
