// "We will never ask you to:\n- tell us your full PIN\n- read out a one-time passcode": list items under
// a lead-in that negates them all (a bank's refusal list, a "never do this" checklist) are warnings
// against what they name, as "Never tell us your PIN" is. A lead-in that turns the negation round
// ("Never forget to:", "Don't hesitate to:") negates nothing.

const ITEM = /^[^\S\n]{0,6}(?:[-*•+–]|\d{1,2}[.)、．]|[a-z][.)])[^\S\n]{1,4}\S/u;
/** A lead-in line ending on a colon with a negation in it, in the languages the detector reads. */
const NEGATED_LEAD_IN = /(?:\b(?:never|not|won['’]t|n['’]t|nie(?:mals)?|nunca|jam[aá]s|mai|niemals)\b|никогда|\bне\b|绝不|決不|决不|从不|從不|不会|不會|永远不|決して|ことはありません|절대)[^\n]{0,60}[:：][^\S\n]*$/iu;
const TURNED_ROUND = /\b(?:forget|hesitate|fail|only)\b|(?:忘记|忘記|犹豫|忘れ)/iu;
const MAX_ITEMS = 12;

/** The list item holding `pos` sits under a lead-in that negates the list. */
export function underNegatedLeadIn(text: string, pos: number): boolean {
  let ls = text.lastIndexOf("\n", pos - 1) + 1;
  if (!ITEM.test(text.slice(ls, ls + 12))) return false;
  for (let i = 0; i < MAX_ITEMS && ls > 0; i++) {
    const prevStart = text.lastIndexOf("\n", ls - 2) + 1;
    const prev = text.slice(prevStart, ls - 1);
    if (ITEM.test(prev)) {
      ls = prevStart;
      continue;
    }
    const lead = prev.slice(-200);
    return NEGATED_LEAD_IN.test(lead) && !TURNED_ROUND.test(lead);
  }
  return false;
}
