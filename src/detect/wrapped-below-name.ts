// A value a log or a terminal put on the lines below its name: `x-api-key=` closing a line, then the key
// wrapped at a fixed width (76 columns, a logger's or a pager's), or on the next line whole. Read as
// `name=value`, each character mapped back, so the named-slot rules see the name beside the value.
import { lineStartOf } from "./lines.ts";
import { join, nameBeside } from "./reassemble.ts";
import type { Normalized } from "./normalize.ts";

/** The name closing a line: an identifier or a header's name right before the sign, set off from what precedes it. */
const NAME_BEFORE = /(?:^|[\s[{(,;"'`|])([A-Za-z_][\w.-]{0,63})["'`]?$/;
/** A line of a wrapped value: one word of a token's characters (base64, base64url, a key's dashes and dots), nothing else. */
const VALUE_LINE = /^[A-Za-z0-9+/=_.~:-]{4,128}$/;
/** A line that is an assignment of its own (`redirect_uri=…`, `next:…`) or a URL: no piece of a value. */
const OWN_LINE = /^[A-Za-z_][\w.-]{0,63}[=:](?!=)|:\/\//;
/** At most this many lines below a name are read as its value. */
const MAX_LINES = 8;
/** Below this width, equal lines are a list, not a value cut at the terminal's or logger's width. */
const MIN_WIDTH = 32;

interface Piece {
  start: number;
  end: number;
}

/** The lines of a value from `at` on: all of one width and a last no longer (a fixed-width wrap), or one line alone; else null. */
function wrappedLines(text: string, at: number): Piece[] | null {
  const pieces: Piece[] = [];
  while (at < text.length && pieces.length <= MAX_LINES) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    const lineEnd = text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    if (lineEnd - at > 128) break;
    const line = text.slice(at, lineEnd);
    if (!VALUE_LINE.test(line) || OWN_LINE.test(line)) break;
    pieces.push({ start: at, end: lineEnd });
    at = end + 1;
  }
  if (pieces.length === 0 || pieces.length > MAX_LINES) return null;
  if (pieces.length === 1) return pieces[0]!.end - pieces[0]!.start >= 16 ? pieces : null;
  const width = pieces[0]!.end - pieces[0]!.start;
  if (width < MIN_WIDTH) return null;
  for (let k = 1; k < pieces.length; k++) {
    const w = pieces[k]!.end - pieces[k]!.start;
    if (w > width || (w < width && k < pieces.length - 1)) return null;
  }
  return pieces;
}

/** The value below the sign (`=` or `:`) at `at`, closing a line whose break takes `breakLength` characters, as `name=value`; null when none. */
function valueBelow(text: string, at: number, breakLength: number): Normalized | null {
  // A comparison or an arrow is no assignment (`==`, `!=`, `<=`, `>=`, `:=` is one).
  const prev = text.charCodeAt(at - 1);
  if (prev === 61 || prev === 33 || prev === 60 || prev === 62) return null;
  const lead = NAME_BEFORE.exec(text.slice(lineStartOf(text, at, 80), at));
  if (lead === null) return null;
  const pieces = wrappedLines(text, at + 1 + breakLength);
  if (pieces === null) return null;
  const nameAt = at - lead[0].length + lead[0].indexOf(lead[1]!);
  return nameBeside(lead[1]!, nameAt, text.charCodeAt(at) === 61 ? "=" : ": ", at, join(text, pieces));
}

/**
 * Each `name=` / `name:` closing a line with its value on the lines below, as `name=value` with a
 * map back. The signs before "\r\n" are found from the text's "\r"s, one search for both: JavaScriptCore
 * searches the 3-character needles `=\r\n` and `:\r\n` ~6x slower than a 1-character one (~45 against
 * ~3 ms per 58 MB of real code, which holds few).
 */
export function valuesWrappedBelowNames(text: string): Normalized[] {
  const out: Normalized[] = [];
  for (const sign of ["=\n", ":\n"]) {
    for (let at = text.indexOf(sign); at >= 0; at = text.indexOf(sign, at + 1)) {
      const view = valueBelow(text, at, 1);
      if (view !== null) out.push(view);
    }
  }
  for (let cr = text.indexOf("\r", 1); cr >= 0; cr = text.indexOf("\r", cr + 1)) {
    const sign = text.charCodeAt(cr - 1);
    if ((sign !== 61 && sign !== 58) || text.charCodeAt(cr + 1) !== 10) continue;
    const view = valueBelow(text, cr - 1, 2);
    if (view !== null) out.push(view);
  }
  // Sorted by where the name starts: one name closes one line, so no two views share a start.
  return out.sort((x, y) => x.starts[0]! - y.starts[0]!);
}
