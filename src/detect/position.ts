// Line, column and UTF-8 byte offset of a place in a text, advanced over a span of it in place.
// No slicing: a slice of a large scan buffer is copied as soon as it is read, and on this kind of
// machine fresh memory is the expensive part (~3 ms per MiB in page faults, measured).

export interface Position {
  line: number;
  column: number;
  byte: number;
}

/** Moves `p` from text[from] to text[to]: lines and column as characters, bytes as UTF-8 (or one per character for latin1). */
export function advance(text: string, from: number, to: number, p: Position, latin1: boolean): void {
  let lines = 0;
  let lastNl = -1;
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      bytes++;
      if (c === 10) {
        lines++;
        lastNl = i;
      }
    } else if (latin1) bytes++;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3; // lone surrogates are written as U+FFFD: 3 bytes, as Buffer.byteLength counts them
  }
  p.line += lines;
  p.column = lastNl >= 0 ? to - lastNl : p.column + (to - from);
  p.byte += bytes;
}

/** UTF-8 length of text[from, to) (one byte per character for latin1). */
export function utf8Length(text: string, from: number, to: number, latin1: boolean): number {
  const p = { line: 0, column: 0, byte: 0 };
  advance(text, from, to, p, latin1);
  return p.byte;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
