// "A tool's description is shown to the model but usually not to the user": a statement of who
// sees a kind of text, as a write-up about tool poisoning explains it. A note that declares its own
// reader says so of itself ("This note is for the AI, not the human", "(Shown to the AI only …)").

/** A predicate of being seen or handed over, just before "to the model": "is shown", "are passed", "gets sent". */
const SEEN_PREDICATE = /\b(?:is|are|gets?|was|were)\s{1,3}(?:(?:usually|often|typically|generally|normally|only|always|also)\s{1,3})?(?:shown|visible|displayed|rendered|sent|passed|fed|exposed|given|read|seen)\s{1,3}$/i;
/** The sentence's subject points at the text itself: "this", "these", "the following", "here", "it". */
const DEICTIC_SUBJECT = /^[^\S\n]{0,4}[("\[]?\s{0,2}(?:this|these|the\s{1,3}following|here|it|everything\s{1,3}(?:below|above|here))\b/i;

/** The match at `start` follows a predicate of visibility whose subject is a kind of text, not this text. */
export function statesWhoSees(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 160), start);
  const seen = SEEN_PREDICATE.exec(before);
  if (!seen) return false;
  const sentence = before.slice(0, seen.index);
  const cut = Math.max(sentence.lastIndexOf("\n"), sentence.search(/[.!?:][^.!?:]*$/));
  return !DEICTIC_SUBJECT.test(sentence.slice(cut + 1));
}
