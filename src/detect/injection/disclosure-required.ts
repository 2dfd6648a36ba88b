// "Do not add new dependencies without mentioning it in the PR description", "Never change the schema
// without telling the team": "without telling" under a negated order asks for the telling. The order
// forbids the act done silently; it does not ask for silence. (languages.ts judges the same double
// negative in other languages: "no cambiéis turnos sin avisar".)

/** A negated order earlier in the same clause; "don't hesitate / forget / fail to …" and a clause joined by "and", "then", "just" or "instead" order the act itself. */
const NEGATED_BEFORE = /(?:^|[^\p{L}])(?:do\s{1,3}not|don['’]t|never|must\s{1,3}not|mustn['’]t|should\s{1,3}not|shouldn['’]t|may\s{1,3}not|cannot|can['’]t|please\s{1,3}don['’]t|(?:no\s{1,3}one|no-one|nobody)\s{1,3}(?:may|should|can|must))\s{1,3}(?!(?:hesitate|forget|fail|wait|stop|ask|bother|worry)\b)(?:(?!\b(?:and|then|but|just|simply|instead|so|or)\b)[^.!?;:,\n]){1,80}$/iu;

/** The "without telling" at `start` (the match) closes a negated order: a disclosure requirement. */
export function disclosureRequired(match: string, text: string, start: number): boolean {
  const at = start + match.search(/\bwithout\b/i);
  return at >= start && NEGATED_BEFORE.test(text.slice(Math.max(0, at - 100), at));
}
