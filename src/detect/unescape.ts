// String literals with escapes (JSON, JS, Python): unescaped with a map back to the original,
// so `-----BEGIN…\n…` and `g\u200bhp_…` inside a JSON value are scanned as their real text.
import { keepOutOfLine } from "./jit.ts";
import type { Normalized } from "./normalize.ts";
import { lowerBound } from "./sorted.ts";

const BREAK = /[\r\n]/g;
const BARE_HEX = /(?:\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}){8,4096}/g;
/** Most characters (escapes counted as one) a literal's body holds. */
const MAX_BODY = 65536;

/**
 * The quoted literals of one line (no CR or LF in it), as [start, end) pairs, left to right: what
 * /"((?:[^"\\]|\\.){1,65536})"|'(…)'/g finds, found in one pass. That pattern, run on a long
 * string with escaped quotes inside (a JSON-encoded page), retried at every quote and read up to
 * 65,536 characters from each: seconds per megabyte.
 *
 * A backslash pairs with the character after it wherever the body starts (the body starts after
 * a quote, never inside a run of backslashes), so which quotes are escaped is known for the line
 * once, and each opening quote's body ends at the next unescaped quote of its kind.
 */
export function quotedLiterals(line: string): number[] {
  const n = line.length;
  // escaped[i]: line[i] is the second character of a backslash pair; pairsBefore[i]: pairs
  // that start before i (a body's length in characters is its span minus its pairs).
  if (scratch.escaped.length < n + 1) {
    const size = Math.max(n + 1, scratch.escaped.length * 2);
    scratch.escaped = new Uint8Array(size);
    scratch.pairsBefore = new Int32Array(size);
  } else scratch.escaped.fill(0, 0, n + 1);
  const escaped = scratch.escaped;
  const pairsBefore = scratch.pairsBefore; // every entry up to n is written below
  // A backslash with nothing it may escape (last on the line, or before U+2028/U+2029, which `.`
  // does not match) ends every literal open before it, unmatched. Rare (a shell line continued),
  // so it is read through functions held in locals: a property or global read on that path had
  // no profile when the top tier compiled this function, and each line ending in a backslash
  // left the compiled code there (100 exits and a recompile, BUN_JSC_printEachOSRExit).
  const dead: number[] = [];
  const addDead = pushTo;
  const deadAfter = firstAfter;
  let pairs = 0;
  for (let i = 0; i < n; i++) {
    pairsBefore[i] = pairs;
    if (line.charCodeAt(i) !== 92) continue;
    // Not read past the end: a read there (NaN) made the top tier's code exit and recompile.
    const next = i + 1 < n ? line.charCodeAt(i + 1) : -1;
    if (next < 0 || next === 0x2028 || next === 0x2029) {
      addDead(dead, i);
      continue;
    }
    escaped[i + 1] = 1;
    pairs++;
    pairsBefore[i + 1] = pairs - 1;
    i++;
    pairsBefore[i] = pairs - 1;
  }
  pairsBefore[n] = pairs;
  const out: number[] = [];
  const closeFrom = [0, 0]; // per kind ("/'): where the search for the next unescaped quote resumes
  const closeAt = [-1, -1];
  for (let p = 0; p < n; p++) {
    const c = line.charCodeAt(p);
    if (c !== 34 && c !== 39) continue;
    const k = c === 34 ? 0 : 1;
    // The first unescaped quote of this kind after p (positions only grow: one pass per kind).
    if (closeAt[k]! <= p) {
      let j = Math.max(closeFrom[k]!, p + 1);
      while (j < n && (line.charCodeAt(j) !== c || escaped[j] === 1)) j++;
      closeAt[k] = j < n ? j : n;
      closeFrom[k] = j;
    }
    const close = closeAt[k]!;
    if (close >= n) continue;
    if (dead.length > 0 && deadAfter(dead, p) < close) continue;
    const chars = close - p - 1 - (pairsBefore[close]! - pairsBefore[p + 1]!);
    if (chars < 1 || chars > MAX_BODY) continue;
    out.push(p, close + 1);
    p = close;
  }
  return out;
}

function pushTo(list: number[], value: number): void {
  list.push(value);
}

/** The first of `sorted` greater than `at`, or the largest int32 (past every line). */
function firstAfter(sorted: readonly number[], at: number): number {
  const i = lowerBound(sorted, at + 1);
  return i < sorted.length ? sorted[i]! : 0x7fffffff;
}

keepOutOfLine(pushTo, firstAfter);

/**
 * quotedLiterals' tables, kept from line to line and grown as lines need: two typed arrays made
 * per line cost three times the rest of the function (75 -> 25 ms per pass over the 8,558 lines
 * with a backslash in /tmp/realall.txt). Nothing in them outlives a call, which calls nothing back.
 */
const scratch = { escaped: new Uint8Array(1024), pairsBefore: new Int32Array(1024) };

/** Whether offset `at` lies inside one of the literals (pairs from quotedLiterals). */
function isInsideLiteral(literals: readonly number[], at: number): boolean {
  for (let i = 0; i < literals.length && literals[i]! < at; i += 2) if (at < literals[i + 1]!) return true;
  return false;
}

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
    const literals = quotedLiterals(line);
    for (let i = 0; i < literals.length; i += 2) {
      const body = line.slice(literals[i]! + 1, literals[i + 1]! - 1);
      if (!body.includes("\\")) continue;
      const u = unescapeBody(body, lineStart + literals[i]! + 1);
      if (u) out.push(u);
    }
    const covered = literals.length > 0 ? literals[literals.length - 1]! : -1; // end of the last literal on this line
    // A bare run of \xHH or \uHHHH escapes outside any quotes (`echo \x67\x6c… | xargs -0 printf`,
    // a token pasted as \u0067\u0068…) is text a shell, printf or a parser turns back into
    // characters: eight or more in a row, unescaped as well.
    if (line.includes("\\x") || line.includes("\\u")) {
      BARE_HEX.lastIndex = 0;
      for (let m = BARE_HEX.exec(line); m !== null; m = BARE_HEX.exec(line)) {
        if (m.index < covered && isInsideLiteral(literals, m.index)) continue;
        const u = unescapeBody(m[0], lineStart + m.index);
        if (u) out.push(u);
      }
    }
    // A shell's single quote inside single quotes, `'\''` (close, escaped quote, reopen), as the
    // command runs it: `'export TOKEN='\''…'\'''` assigns a quoted value.
    if (line.includes(SHELL_QUOTE)) out.push(shellQuoted(line, lineStart));
    floor = lineEnd;
    bs = lineEnd < text.length ? text.indexOf("\\", lineEnd) : -1;
  }
  return out;
}

const SHELL_QUOTE = "'\\''";

/** The line with each `'\''` read as the one quote it stands for, offsets + `offset` into the original. */
function shellQuoted(line: string, offset: number): Normalized {
  const out = new MappedText(line.length, offset);
  for (let i = 0; i < line.length; ) {
    const q = line.indexOf(SHELL_QUOTE, i);
    out.copy(line, i, q < 0 ? line.length : q);
    if (q < 0) break;
    out.put("'", q, q + 4);
    i = q + 4;
  }
  return out.done();
}

/**
 * A text rebuilt from stretches of a source and replacements, each character mapped back into the
 * original (offsets + `offset`). Never longer than its source. The offsets are written into shared
 * tables sized for it (one MappedText is built at a time: each is done before the next is made),
 * then copied out at their length: made per literal, two more typed arrays cost more than the copy.
 */
class MappedText {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly parts: string[] = [];
  private k = 0;
  constructor(size: number, private readonly offset: number) {
    if (mapScratch.starts.length < size) {
      const grown = Math.max(size, mapScratch.starts.length * 2);
      mapScratch.starts = new Int32Array(grown);
      mapScratch.ends = new Int32Array(grown);
    }
    this.starts = mapScratch.starts;
    this.ends = mapScratch.ends;
  }
  /** source[from, to) as it is, each character mapped to itself. */
  copy(source: string, from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(source.slice(from, to));
    let k = this.k;
    for (let p = from; p < to; p++, k++) {
      this.starts[k] = this.offset + p;
      this.ends[k] = this.offset + p + 1;
    }
    this.k = k;
  }
  /** `s` standing for source[from, to): each of its characters mapped to that whole span. */
  put(s: string, from: number, to: number): void {
    this.parts.push(s);
    for (let q = 0; q < s.length; q++, this.k++) {
      this.starts[this.k] = this.offset + from;
      this.ends[this.k] = this.offset + to;
    }
  }
  done(): Normalized {
    return { text: this.parts.join(""), starts: fit(this.starts, this.k), ends: fit(this.ends, this.k) };
  }
}

const mapScratch = { starts: new Int32Array(1024), ends: new Int32Array(1024) };

const SIMPLE: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f", v: "\v", "0": "\0", "/": "/", "\\": "\\", '"': '"', "'": "'" };

// Read once: a property read from the String constructor inside unescapeBody missed its cache
// (201 BadCache exits and two recompiles per run over 58 MB of real code).
const { fromCharCode } = String;

/** One literal's body (between its quotes) unescaped, offsets + `offset` into the original; null when an escape is invalid. */
export function unescapeBody(body: string, offset: number): Normalized | null {
  // Plain stretches between escapes are copied whole.
  const out = new MappedText(body.length, offset);
  let i = 0;
  while (i < body.length) {
    const bs = body.indexOf("\\", i);
    const stop = bs < 0 ? body.length : bs;
    if (stop > i) {
      out.copy(body, i, stop);
      i = stop;
      if (bs < 0) break;
    }
    const n = body[i + 1] ?? "";
    const simple = SIMPLE[n];
    if (simple !== undefined) {
      out.put(simple, i, i + 2);
      i += 2;
    } else if (n === "u" && body[i + 2] === "{") {
      const close = body.indexOf("}", i + 3);
      const cp = close > 0 ? parseInt(body.slice(i + 3, close), 16) : NaN;
      if (!Number.isFinite(cp) || cp > 0x10ffff) return null;
      out.put(String.fromCodePoint(cp), i, close + 1);
      i = close + 1;
    } else if (n === "u" && /^[0-9a-fA-F]{4}$/.test(body.slice(i + 2, i + 6))) {
      out.put(fromCharCode(parseInt(body.slice(i + 2, i + 6), 16)), i, i + 6);
      i += 6;
    } else if (n === "x" && /^[0-9a-fA-F]{2}$/.test(body.slice(i + 2, i + 4))) {
      out.put(fromCharCode(parseInt(body.slice(i + 2, i + 4), 16)), i, i + 4);
      i += 4;
    } else {
      out.put(n, i, i + 2);
      i += 2;
    }
  }
  return out.done();
}

/**
 * The first k entries as an array of their own. A copy, not subarray: JavaScriptCore makes a view
 * slowly (~1 µs), and JSON has thousands of short literals per MB (a fifth of its decoders' time).
 */
function fit(a: Int32Array, k: number): Int32Array {
  const out = new Int32Array(k);
  for (let i = 0; i < k; i++) out[i] = a[i]!;
  return out;
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
