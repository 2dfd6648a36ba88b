// Where the line holding a position starts or ends, looked for no further than a bound: minified
// code's lines run for megabytes, and the readers that ask read short lines.

/** The start of the line holding `pos`, or `pos - max` when it starts further back. */
export function lineStartOf(text: string, pos: number, max = 400): number {
  const from = Math.max(0, pos - max);
  const nl = text.slice(from, pos).lastIndexOf("\n");
  return nl >= 0 ? from + nl + 1 : from;
}

/** The start of the line holding `pos` when it lies within `reach` characters before it, else -1. */
export function lineStartWithin(text: string, pos: number, reach: number): number {
  let start = pos;
  while (start > 0 && pos - start < reach && text.charCodeAt(start - 1) !== 10) start--;
  return start > 0 && text.charCodeAt(start - 1) !== 10 ? -1 : start;
}

/** The end of the line holding `pos` (its "\n", or the text's end) within `reach` characters, else -1. */
export function lineEndWithin(text: string, pos: number, reach: number): number {
  const hi = Math.min(text.length, pos + reach);
  const i = text.slice(pos, hi).indexOf("\n");
  return i >= 0 ? pos + i : hi === text.length ? hi : -1;
}
