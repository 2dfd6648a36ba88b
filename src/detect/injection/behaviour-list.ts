// A threat brief lists what the samples it analysed do, under a label line: "Observed behaviour in
// the packages we analysed:\n- `preinstall` hooks that read ~/.npmrc … and POST them to …". Each item
// names a thing and tells, in the third person, what it does; nobody reading is asked to do it.

/** A line introducing the behaviours seen or hunted for: "Observed behaviour …:", "## Capabilities:", "What the sample does:", "Hunting queries:", "What to look for:", "Comportement observé :", "Beobachtetes Verhalten:". */
const BEHAVIOUR_LEAD = /^[^\S\n]{0,6}(?:#{1,4}[^\S\n]{1,3})?(?:\*\*)?(?:(?:observed|reported|typical|common|known|malicious)[^\S\n]{1,3})?(?:behaviou?rs?|capabilit(?:y|ies)|activit(?:y|ies)|techniques|TTPs|what[^\S\n]{1,3}(?:the|these|this|it|they)[^\n]{0,40}?[^\S\n]{1,3}(?:do|does|did)|comportements?[^\S\n]{1,3}observ[ée]s?|comportamientos?[^\S\n]{1,3}observados?|comportamentos?[^\S\n]{1,3}observados?|(?:beobachtetes?|typisches?)[^\S\n]{1,3}Verhalten|Verhalten|(?:threat[^\S\n]{1,3})?hunting(?:[^\S\n]{1,3}(?:queries|ideas|leads|hypotheses|notes))?|hunt[^\S\n]{1,3}(?:queries|ideas|for)|detection[^\S\n]{1,3}(?:ideas|logic|opportunities|queries|rules|coverage)|(?:what|things)[^\S\n]{1,3}to[^\S\n]{1,3}(?:look|hunt|watch|alert)[^\S\n]{1,3}(?:for|on)|indicators(?:[^\S\n]{1,3}of[^\S\n]{1,3}(?:compromise|attack))?|IOCs|(?:alert|look)[^\S\n]{1,3}(?:on|for))(?![\p{L}])[^\n]{0,80}[:：](?:\*\*)?[^\S\n]*$/iu;
const ITEM = /^[^\S\n]{0,6}(?:[-*•+]|\d{1,2}[.)])[^\S\n]{1,3}/;
/** The item names its subject and the hit is its relative clause or third-person verb: "hooks that read", "the loader copies". */
/** The relative clause may name the tool the thing calls first: "tasks that call curl or <hit>". */
const RELATIVE_BEFORE = /\p{L}[^\n]{0,80}?(?<![\p{L}])(?:that|which|who|que|qui|die|welche)[^\S\n]{1,3}(?:(?:also|then|first|silently|quietly)[^\S\n]{1,3})?(?:(?:call|run|launch|spawn|execut|invok|use|start|load|fetch|download)\p{L}{0,3}[^\S\n]{1,3}(?:[^\n]{1,40}?[^\S\n](?:or|and|via|with)[^\S\n]{1,3})?)?$/iu;
const NOUN_BEFORE = /\p{L}[^\n]{0,80}?[^\S\n]$/u;
const THIRD_PERSON_VERB = /^\p{L}{2,}s(?![\p{L}])/u;

/** The hit at `start` is in an item of a list a behaviour label introduces, told of the item's subject. */
export function behaviourListItem(text: string, start: number): boolean {
  let ls = text.lastIndexOf("\n", start - 1) + 1;
  // The item the hit is in: its own line, or the item line a wrapped continuation belongs to.
  for (let n = 0; n < 6 && !ITEM.test(text.slice(ls, start)); n++) {
    if (ls === 0 || !/^[^\S\n]{2,}\S/.test(text.slice(ls, ls + 12))) return false;
    ls = text.lastIndexOf("\n", ls - 2) + 1;
  }
  const item = ITEM.exec(text.slice(ls, start));
  const lead = item ? text.slice(Math.max(ls + item[0].length, start - 120), start) : "";
  if (!item || !(RELATIVE_BEFORE.test(lead) || (NOUN_BEFORE.test(lead) && THIRD_PERSON_VERB.test(text.slice(start, start + 20)))) || /(?<![\p{L}])(?:you|your)(?![\p{L}])/iu.test(text.slice(ls, start))) return false;
  // Up over the list's other items and their wrapped lines to the line that introduces it.
  let blank = 0;
  for (let end = ls - 1, n = 0; end > 0 && n < 40; n++) {
    const from = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(from, end);
    // The label may close a paragraph ("… upload it on a timer. Hunting queries:") and stand a blank line above the list.
    if (BEHAVIOUR_LEAD.test(line) || BEHAVIOUR_LEAD.test(line.slice(line.search(/(?:[^.!?]|\.(?=\S))*$/)))) return true;
    if (!ITEM.test(line) && !/^[^\S\n]{2,}\S/.test(line) && !(/^[^\S\n]*$/.test(line) && !blank++)) return false;
    end = from - 1;
  }
  return false;
}
