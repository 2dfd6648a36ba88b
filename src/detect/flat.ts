// JavaScriptCore keeps `a + b` (and `s += chunk`) as a rope: two pieces, joined only when
// something needs the characters in one block. charCodeAt and indexOf on a rope do not join it;
// they walk the pieces on every call, and every character loop of a scan paid that: a 1 MiB scan
// buffer made of the kept tail + the next chunk scanned ~25% slower than the same text in one
// piece (measured on real code). A regular expression needs one block, so running one joins the
// rope in place: the caller's string is flat afterwards. On a flat string this costs nothing.
const JOIN = /(?:)/y;

/** Returns `s`, joined into one block if it was a rope (so later character loops run at full speed). */
export function flatten(s: string): string {
  JOIN.lastIndex = 0;
  JOIN.test(s);
  return s;
}
