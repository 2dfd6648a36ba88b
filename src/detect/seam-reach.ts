// Evidence that reaches far: what lets a stream scan most seams with a small overlap (stream.ts).
// A finding depends on the text within its rule's window of its end, except where a rule reads
// far context (a private key's 12,000 characters after its header) or a span is read whole (a
// decoded blob, a long escaped literal, a table under its header). A scan reports where those lie
// (`reach`), and a seam near one is scanned with the full overlap.

/**
 * Rules whose window (before + after + 64) is longer than this read far context: a seam is
 * scanned with the full overlap only near their keyword hits. The rest (4,464 characters at the
 * most among the built-in rules, 4,096 for the reassembly's windows) set the near overlap.
 */
export const NEAR_SPAN = 4608;

/** Context a decoder reads outside the span it decodes (a `data:` prefix, 60 characters). */
export const SPAN_SLACK = 512;

/**
 * The structures at the two edges of a scanned text that a decoder could read as one span, when
 * at least `min` long: a token (no blank, double quote, `<`, `>` or backtick: URL- and
 * percent-encoding, HTML entities and base64 runs all lie within one), continued over line breaks
 * by lines of base64 alone (a wrapped blob). Cut by the edge, such a span is not read as it is
 * in the whole text; pushed to `out` as [start, end) pairs.
 */
export function edgeReach(text: string, min: number, out: number[]): void {
  const n = text.length;
  let e = 0;
  for (;;) {
    while (e < n && !isStop(text.charCodeAt(e))) e++;
    const next = base64LineAfter(text, e);
    if (next < 0) break;
    e = next;
  }
  if (e >= min) out.push(0, e);
  if (e >= n) return;
  let s = n;
  for (;;) {
    while (s > 0 && !isStop(text.charCodeAt(s - 1))) s--;
    const prev = base64LineBefore(text, s);
    if (prev < 0) break;
    s = prev;
  }
  if (n - s >= min) out.push(s, n);
}

/** A blank (what `\s` matches), `"`, `<`, `>` or a backtick: what ends a URL token (decode.ts), and an HTML or base64 run within it. */
function isStop(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 34 || c === 60 || c === 62 || c === 96 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const isBase64Char = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 47 || c === 95 || c === 45 || c === 61;

/** At a line break at `at` ("\n" or "\r\n"), the end of the next line when it is base64 characters alone; else -1. */
function base64LineAfter(text: string, at: number): number {
  let i = at;
  if (text.charCodeAt(i) === 13) i++;
  if (text.charCodeAt(i) !== 10) return -1;
  const start = ++i;
  while (i < text.length && isBase64Char(text.charCodeAt(i))) i++;
  return i > start && (i === text.length || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) ? i : -1;
}

/** At a line break ending at `at` (text[at - 1] is "\n"), the start of the line before it when that is base64 characters alone; else -1. */
function base64LineBefore(text: string, at: number): number {
  let i = at;
  if (text.charCodeAt(i - 1) !== 10) return -1;
  i--;
  if (text.charCodeAt(i - 1) === 13) i--;
  const end = i;
  while (i > 0 && isBase64Char(text.charCodeAt(i - 1))) i--;
  return i < end && (i === 0 || text.charCodeAt(i - 1) === 10) ? i : -1;
}
