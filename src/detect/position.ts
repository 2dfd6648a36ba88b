// Line, column and UTF-8 byte offset of a place in a text, advanced over a span of it in place.
// One way to do it for the stream (a dropped MiB at a time) and for findings (the gap between two).

export interface Position {
  line: number;
  column: number;
  byte: number;
}

/**
 * Moves `p` from text[from] to text[to]: lines and column as characters, bytes as UTF-8 (or one
 * per character for latin1). Line breaks found by indexOf on the text itself and the byte count
 * native: 3x faster than one character loop doing both (measured on the real-code corpus).
 */
export function advance(text: string, from: number, to: number, p: Position, latin1: boolean): void {
  let lastNl = -1;
  for (let nl = text.indexOf("\n", from); nl >= 0 && nl < to; nl = text.indexOf("\n", nl + 1)) {
    p.line++;
    lastNl = nl;
  }
  p.column = lastNl >= 0 ? to - lastNl : p.column + (to - from);
  p.byte += utf8Length(text, from, to, latin1);
}

/** UTF-8 length of text[from, to) (one byte per character for latin1); lone surrogates at the edges count as U+FFFD (3 bytes). */
export function utf8Length(text: string, from: number, to: number, latin1: boolean): number {
  return latin1 ? to - from : to > from ? Buffer.byteLength(text.slice(from, to), "utf8") : 0;
}
