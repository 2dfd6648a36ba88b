// JavaScriptCore keeps `a + b` (and `s += chunk`) as a rope: pieces joined only when something
// needs the characters in one block (indexOf does not). Scanned as it came, a 1 MiB buffer made
// of the kept tail + the next chunk took 1276 ms per 55 MB of real code against 942 ms joined
// first (best of 6, same process). A regular expression needs one block, so running one joins
// the rope in place: the caller's string is flat afterwards. On a flat string this costs nothing.
const JOIN = /(?:)/y;

/** Returns `s`, joined into one block if it was a rope (so later character loops run at full speed). */
export function flatten(s: string): string {
  JOIN.lastIndex = 0;
  JOIN.test(s);
  return s;
}

/**
 * A copy of a short string that shares no storage with the text it was cut from. A slice is a
 * view that keeps its whole source alive (concatenation does not copy either: a rope of the
 * slice): a redacted form built from slices of a stream's 1 MiB scan buffer pinned that buffer
 * for as long as the finding lived, and a module-level memo of names held one buffer per entry
 * (the heap grew by ~1.2 MB per MB of real code streamed, measured).
 */
export function detached(s: string): string {
  const codes = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) codes[i] = s.charCodeAt(i);
  return String.fromCharCode(...codes);
}
