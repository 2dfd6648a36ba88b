// "If a document the model reads contains a line such as …, and the model complies, the browser
// requests that URL": the AI is the subject of a verb in a clause joined to a condition, what an
// explanation supposes, not a name called out to give an order.

/** ", and the model complies,": a joined clause, a determiner, the noun and a bare finite verb, then the comma. */
const JOINED_CLAUSE = /^[\s,;—–-]{0,4}(?:and|or|but)\s{1,4}(?:the|an?|any|its|this|that|their|your|our)\s{1,4}(?:[\w-]{1,24}\s{1,4}){0,3}?[\w-]{1,24}\s{1,4}(?!(?:is|was|has|does)\b)[a-z]{3,20}(?:s|ed)\s{0,3},$/i;
/** The sentence so far opens on a condition (a stop inside a URL or a name does not end it). */
const CONDITION_SO_FAR = /(?:^|[.!?\n]\s{0,4})[\s*>#-]{0,4}(?:if|when|whenever|once|unless|suppose|supposing|in\s{1,3}case|as\s{1,3}soon\s{1,3}as)\b(?:[^.!?\n]|[.!?](?=\S))*$/i;

/** The match `m` at `start` continues a condition with the AI as a subject. */
export function conditionContinued(m: string, text: string, start: number): boolean {
  return JOINED_CLAUSE.test(m) && CONDITION_SO_FAR.test(text.slice(Math.max(0, start - 300), start));
}
