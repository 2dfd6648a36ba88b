// String literals with escapes (JSON, JS, Python): unescaped with a map back to the original,
// so `-----BEGIN…\n…` and `g\u200bhp_…` inside a JSON value are scanned as their real text.
import type { Normalized } from "./normalize.ts";

const LITERAL = /"((?:[^"\\\r\n]|\\.){1,65536})"|'((?:[^'\\\r\n]|\\.){1,65536})'/g;
const BREAK = /[\r\n]/g;
const BARE_HEX = /(?:\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}){8,4096}/g;

/** Whether offset `at` of a line lies inside one of its quoted literals. */
function isInsideLiteral(line: string, at: number): boolean {
  LITERAL_AT.lastIndex = 0;
  for (let m = LITERAL_AT.exec(line); m !== null && m.index < at; m = LITERAL_AT.exec(line)) if (at < m.index + m[0].length) return true;
  return false;
}
const LITERAL_AT = new RegExp(LITERAL.source, "g");

/**
 * Literals containing backslash escapes, unescaped. Offsets map into `text`. A literal never
 * spans a line break (CR or LF), so the matches on a line are those of the pattern run on that
 * line alone: only lines holding a backslash are searched (in code, most string literals are on
 * lines without one, and matching each of them cost more than the rest of the pass).
 */
export function findEscapedLiterals(text: string): Normalized[] {
  let bs = text.indexOf("\\");
  if (bs < 0) return [];
  const out: Normalized[] = [];
  let floor = 0; // everything before this offset has been searched
  while (bs >= 0) {
    let lineStart = bs;
    while (lineStart > floor) {
      const c = text.charCodeAt(lineStart - 1);
      if (c === 10 || c === 13) break;
      lineStart--;
    }
    BREAK.lastIndex = bs;
    const lineEnd = BREAK.exec(text)?.index ?? text.length;
    const line = lineStart === 0 && lineEnd === text.length ? text : text.slice(lineStart, lineEnd);
    LITERAL.lastIndex = 0;
    let covered = -1; // end of the last literal on this line
    for (let m = LITERAL.exec(line); m !== null; m = LITERAL.exec(line)) {
      covered = m.index + m[0].length;
      const body = m[1] ?? m[2] ?? "";
      if (!body.includes("\\")) continue;
      const u = unescapeBody(body, lineStart + m.index + 1);
      if (u) out.push(u);
    }
    // A bare run of \xHH or \uHHHH escapes outside any quotes (`echo \x67\x6c… | xargs -0 printf`,
    // a token pasted as \u0067\u0068…) is text a shell, printf or a parser turns back into
    // characters: eight or more in a row, unescaped as well.
    if (line.includes("\\x") || line.includes("\\u")) {
      BARE_HEX.lastIndex = 0;
      for (let m = BARE_HEX.exec(line); m !== null; m = BARE_HEX.exec(line)) {
        if (m.index < covered && isInsideLiteral(line, m.index)) continue;
        const u = unescapeBody(m[0], lineStart + m.index);
        if (u) out.push(u);
      }
    }
    floor = lineEnd;
    bs = lineEnd < text.length ? text.indexOf("\\", lineEnd) : -1;
  }
  return out;
}

const SIMPLE: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", v: "\v", "0": "\0", "/": "/", "\\": "\\", '"': '"', "'": "'" };

/** One literal's body (between its quotes) unescaped, offsets + `offset` into the original; null when an escape is invalid. */
export function unescapeBody(body: string, offset: number): Normalized | null {
  // Output is never longer than the body: offsets go into typed arrays sized once; plain stretches
  // between escapes are copied whole.
  const starts = new Int32Array(body.length);
  const ends = new Int32Array(body.length);
  const parts: string[] = [];
  let k = 0;
  const one = (s: string, from: number, to: number) => {
    parts.push(s);
    for (let q = 0; q < s.length; q++) {
      starts[k] = offset + from;
      ends[k] = offset + to;
      k++;
    }
  };
  let i = 0;
  while (i < body.length) {
    const bs = body.indexOf("\\", i);
    const stop = bs < 0 ? body.length : bs;
    if (stop > i) {
      parts.push(body.slice(i, stop));
      for (let p = i; p < stop; p++) {
        starts[k] = offset + p;
        ends[k] = offset + p + 1;
        k++;
      }
      i = stop;
      if (bs < 0) break;
    }
    const n = body[i + 1] ?? "";
    const simple = SIMPLE[n];
    if (simple !== undefined) {
      one(simple, i, i + 2);
      i += 2;
    } else if (n === "u" && body[i + 2] === "{") {
      const close = body.indexOf("}", i + 3);
      const cp = close > 0 ? parseInt(body.slice(i + 3, close), 16) : NaN;
      if (!Number.isFinite(cp) || cp > 0x10ffff) return null;
      one(String.fromCodePoint(cp), i, close + 1);
      i = close + 1;
    } else if (n === "u" && /^[0-9a-fA-F]{4}$/.test(body.slice(i + 2, i + 6))) {
      one(String.fromCharCode(parseInt(body.slice(i + 2, i + 6), 16)), i, i + 6);
      i += 6;
    } else if (n === "x" && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 2, i + 4))) {
      one(String.fromCharCode(parseInt(body.slice(i + 2, i + 4), 16)), i, i + 4);
      i += 4;
    } else {
      one(n, i, i + 2);
      i += 2;
    }
  }
  return { text: parts.join(""), starts: starts.subarray(0, k), ends: ends.subarray(0, k) };
}

/** Several unescaped literals as one text (a line break between them), offsets still into the original. */
export function joinLiterals(lits: Normalized[]): Normalized {
  if (lits.length === 1) return lits[0]!;
  let n = 0;
  for (const l of lits) n += l.text.length + 1;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let k = 0;
  for (const l of lits) {
    starts.set(l.starts, k);
    ends.set(l.ends, k);
    k += l.text.length;
    const last = l.text.length > 0 ? l.ends[l.text.length - 1]! : 0;
    starts[k] = last;
    ends[k] = last;
    k++;
  }
  return { text: lits.map((l) => l.text).join("\n") + "\n", starts, ends };
}
