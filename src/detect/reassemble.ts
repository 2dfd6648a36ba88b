// Secrets split across adjacent values: the string values of one JSON object or array, the
// parameters of one query or form body, the values of a header block, the cells of a CSV row.
// Each group's values are joined (with a map back to the original) and scanned as one text.
import type { Normalized } from "./normalize.ts";
import { lineEndWithin, lineStartWithin } from "./lines.ts";
import { concealedDeclaration, credentialShaped } from "./concealed-literal.ts";
import { glossName } from "./secret-words.ts";

const QUERY_RUN = /[?&]?[A-Za-z0-9_.[\]%-]{1,64}=[^&\s#"'<>]{0,2048}(?:&[A-Za-z0-9_.[\]%-]{1,64}=[^&\s#"'<>]{0,2048})+/g;
// A "Name: value" line; the name may carry a piece number ("part 1/3:", "chunk #2:", "piece 3 of 3:").
const HEADER_LINE = /^[A-Za-z0-9-]{1,64}(?:[ \t]{1,2}#?\d{1,3}(?:[ \t]{0,2}(?:\/|of)[ \t]{0,2}\d{1,3})?)?:[ \t]*(.{1,4096}?)[ \t]*\r?$/gm;

interface Piece {
  start: number;
  end: number;
}

/** Joins pieces of `text` into one string with per-char offsets back into `text`. */
export function join(text: string, pieces: Piece[]): Normalized {
  let out = "";
  const starts: number[] = [];
  const ends: number[] = [];
  for (const p of pieces) {
    out += text.slice(p.start, p.end);
    for (let i = p.start; i < p.end; i++) {
      starts.push(i);
      ends.push(i + 1);
    }
  }
  return { text: out, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

/**
 * `name` + `glue` + a joined value (+ `close`), each character mapped back into the text: the
 * name's to where it stands, every glue character to the one at `glueAt`, the value's as joined,
 * `close` to `closeAt`. How a value found apart from its name is scanned beside it.
 */
export function nameBeside(name: string, nameAt: number, glue: string, glueAt: number, value: Normalized, close = "", closeAt = 0): Normalized {
  const head = name.length + glue.length;
  const n = head + value.text.length + close.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let k = 0; k < name.length; k++) {
    starts[k] = nameAt + k;
    ends[k] = nameAt + k + 1;
  }
  starts.fill(glueAt, name.length, head);
  ends.fill(glueAt + 1, name.length, head);
  starts.set(value.starts, head);
  ends.set(value.ends, head);
  starts.fill(closeAt, head + value.text.length);
  ends.fill(closeAt + 1, head + value.text.length);
  return { text: name + glue + value.text + close, starts, ends };
}

/** String values of one JSON object or array (or a list in code, quoted either way): consecutive literals separated only by `:` or `,`. */
function jsonGroups(text: string, out: Piece[][], until: number): void {
  if (!text.includes('"') && !text.includes("'")) return;
  let group: Piece[] = [];
  let prevEnd = -1;
  const flush = () => {
    if (group.length >= 2) out.push(group);
    group = [];
  };
  for (let at = nextLiteral(text, 0); at >= 0; at = nextLiteral(text, literalEnd)) {
    if (prevEnd >= 0 && !valueGap(text, prevEnd, at)) flush();
    if (group.length === 0 && at > until) return;
    if (!keyFollows(text, literalEnd)) group.push({ start: at + 1, end: literalEnd - 1 });
    prevEnd = literalEnd;
  }
  flush();
}

/** Where the literal nextLiteral found last ends (past its closing quote). */
let literalEnd = 0;

/**
 * Where the next match of /"((?:[^"\\\r\n]|\\.){0,max})"|'(…)'/g at or after `from` opens
 * (its end in `literalEnd`), else -1; with `templates`, also |`((?:[^`\\\r\n$]|\\.){0,max})`
 * (a template literal without a substitution). Read in place: those patterns, compiled cold for
 * the few hundred windows a scan has, were most of jsonGroups' and concatGroups' time. A
 * backslash pairs with the character after it (not a line terminator), so a body runs to the
 * first unpaired quote of its kind.
 */
export function nextLiteral(text: string, from: number, max = 4096, templates = false): number {
  const n = text.length;
  for (let i = from; i < n; i++) {
    const q = text.charCodeAt(i);
    if (q !== 34 && q !== 39 && (q !== 96 || !templates)) continue;
    let j = i + 1;
    let units = 0;
    for (; j < n; units++) {
      const c = text.charCodeAt(j);
      if (c === q || units === max) break;
      if (c === 10 || c === 13 || (c === 36 && q === 96)) {
        j = n;
        break;
      }
      if (c === 92) {
        const e = j + 1 < n ? text.charCodeAt(j + 1) : 10;
        if (e === 10 || e === 13 || e === 0x2028 || e === 0x2029) {
          j = n;
          break;
        }
        j += 2;
      } else j++;
    }
    if (j < n && text.charCodeAt(j) === q && units <= max) {
      literalEnd = j + 1;
      return i;
    }
  }
  return -1;
}
/** Where the literal nextLiteral returned last ends. */
export const literalEndOf = () => literalEnd;

/** What String.prototype.trim removes: ECMAScript WhiteSpace and LineTerminator. */
function isTrimmed(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether text[from, to) between two literals keeps them in one group: `:`, `,`, or (48 characters
 * at most, trimmed) brackets, blanks, numbers, true/false/null. Read in place: a slice, a trim and a
 * regex per literal were most of jsonGroups' time (the gap of code between literals is mostly long).
 */
function valueGap(text: string, from: number, to: number): boolean {
  while (from < to && isTrimmed(text.charCodeAt(from))) from++;
  while (to > from && isTrimmed(text.charCodeAt(to - 1))) to--;
  if (to - from > 48) return false;
  if (to - from <= 1) return to === from || text.charCodeAt(from) === 58 || text.charCodeAt(from) === 44 || JSON_GAP.test(text.slice(from, to));
  return JSON_GAP.test(text.slice(from, to));
}
const JSON_GAP = /^(?:[:,{}[\]\s]|-?\d[\d.eE+-]*|true|false|null)*$/;

/** Whether a `:` follows `at` within 8 characters, after blanks only (the literal is a key). */
function keyFollows(text: string, at: number): boolean {
  const stop = Math.min(text.length, at + 8);
  while (at < stop && isTrimmed(text.charCodeAt(at))) at++;
  return at < stop && text.charCodeAt(at) === 58;
}

/** Groups of string literals glued with `+` or juxtaposed, anywhere in `text` (a split may cut a token's own prefix). */
export function concatLiteralGroups(text: string, across: (a: string, b: string) => boolean, glues = glueMatches(text)): Array<Array<{ start: number; end: number }>> {
  const out: Piece[][] = [];
  // From each join outwards: the literals on both sides, kept when a provider keyword spans the
  // join (most concatenations in code join ordinary strings and cost one short test each).
  for (const m of glues) {
    const q1 = m[1] ?? m[3]!;
    const q2 = m[2] ?? m[4]!;
    const ls = text.lastIndexOf(q1, m.index - 1);
    if (ls < 0 || m.index - ls > 128 || text.slice(ls + 1, m.index).includes("\n")) continue;
    const rEnd = text.indexOf(q2, m.index + m[0].length);
    if (rEnd < 0 || rEnd - (m.index + m[0].length) > 512) continue;
    const a = text.slice(ls + 1, m.index);
    const b = text.slice(m.index + m[0].length, rEnd);
    if (!across(a, b)) continue;
    const from = Math.max(0, ls - 1024);
    const window = text.slice(from, Math.min(text.length, rEnd + 2048));
    const groups: Piece[][] = [];
    concatGroups(window, groups);
    for (const g of groups) {
      const abs = g.map((p) => ({ start: p.start + from, end: p.end + from }));
      if (abs.length >= 2 && abs.some((p) => p.start === ls + 1) && abs.every((p) => p.end > p.start && FRAGMENT.test(text.slice(p.start, p.end)))) out.push(abs);
    }
  }
  return out;
}

/**
 * A join of two string literals: `" + "` (the `+` ending a line or, Java's style, opening the
 * next), or juxtaposed `" "` (Python, C; on one line, across a line break, or a shell's `\`
 * continuation). Groups: the quotes.
 */
const GLUE = /(["'`])[ \t]*(?:\r?\n[ \t]*)?\+[ \t]*(?:\r?\n[ \t]*)?(["'`])|(["'])(?:[ \t]+|[ \t]*\\?\r?\n[ \t]*)(["'])/y;

/**
 * What GLUE run globally matches, in order. A match opens with a quote and either reaches a `+`
 * over blanks and one line break (found from the `+`, back to its quote: `+` is ~30x rarer than
 * quotes in code), or, without a `+`, runs blanks or one line break to a second quote (checked in
 * place from each `"` and `'`). The pattern is run (sticky) only where that holds: tried at every
 * quote, one regex call each, most of this pass's time went to the ~106k quotes per 58 MB of real
 * code followed by a blank that glue nothing (same matches).
 */
export function glueMatches(text: string): RegExpExecArray[] {
  const at: number[] = [];
  for (let k = text.indexOf("+"); k >= 0; k = text.indexOf("+", k + 1)) {
    const p = quoteBeforePlus(text, k);
    if (p >= 0) at.push(p);
  }
  for (const q of JUXTAPOSED_QUOTES) {
    for (let p = text.indexOf(q); p >= 0; p = text.indexOf(q, p + 1)) if (juxtaposedAt(text, p)) at.push(p);
  }
  const starts = Int32Array.from(at).sort();
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (let k = 0; k < starts.length; k++) {
    const p = starts[k]!;
    if (p < from) continue;
    GLUE.lastIndex = p;
    const m = GLUE.exec(text);
    if (m === null) continue;
    out.push(m);
    from = p + m[0].length;
  }
  return out;
}
const JUXTAPOSED_QUOTES = ['"', "'"];

const isBlank = (c: number) => c === 32 || c === 9;
const isQuote = (c: number) => c === 34 || c === 39 || c === 96;

/** The quote GLUE's first branch would open at to reach the `+` at `k` (blanks, one `\r?\n`, blanks between), else -1. */
function quoteBeforePlus(text: string, k: number): number {
  let j = k - 1;
  while (j >= 0 && isBlank(text.charCodeAt(j))) j--;
  if (j >= 0 && text.charCodeAt(j) === 10) {
    j--;
    if (j >= 0 && text.charCodeAt(j) === 13) j--;
    while (j >= 0 && isBlank(text.charCodeAt(j))) j--;
  }
  return j >= 0 && isQuote(text.charCodeAt(j)) ? j : -1;
}

/** Whether GLUE's second branch matches at the quote at `p`: blanks (one at least), or blanks, `\`, `\r`, `\n` (the last required), blanks, then `"` or `'`. */
function juxtaposedAt(text: string, p: number): boolean {
  let i = p + 1;
  while (isBlank(text.charCodeAt(i))) i++;
  let c = text.charCodeAt(i);
  if (c === 34 || c === 39) return i > p + 1;
  if (c === 92) c = text.charCodeAt(++i);
  if (c === 13) c = text.charCodeAt(++i);
  if (c !== 10) return false;
  i++;
  while (isBlank(text.charCodeAt(i))) i++;
  c = text.charCodeAt(i);
  return c === 34 || c === 39;
}

/**
 * Two quotes with only blanks, `+` signs and one line break between them (JS `+` at a line end,
 * Python's implicit concatenation on the next line). Each run of blanks is taken whole,
 * atomically (`(?=([ \t]*))\1`): written as plain `[ \t]*`s, the engine tried every way of sharing
 * a run of spaces among them at every quote, ~150 ns per character of Markdown (tables, indented
 * blocks) — 0.6 ms per 4 KiB window, most of the scan.
 */
const GLUED_QUOTES = /["'`](?=([ \t]*))\1\+?(?=([ \t]*))\2(?:\\?\r?\n(?=([ \t]*))\3)?\+?(?=([ \t]*))\4["'`]/;

/** Literals chained by a builder: Java's `.append("…").append("…")`, JS/Java `"…".concat("…")`. */
const CHAINED_QUOTES = /["'`]\)?\s*\.[ \t]*(?:append|concat)\([ \t]*["'`]/i;
const CHAIN_GAP = /^\s*\)?\s*\.\s*(?:append|concat)\(\s*$/i;

/** String literals glued with `+` (JS, Python, Java), juxtaposed (Python, C) or chained (`.append`): "ghp_" + "abc…". */
function concatGroups(text: string, out: Piece[][], until = Infinity): void {
  if (!GLUED_QUOTES.test(text) && !CHAINED_QUOTES.test(text)) return;
  let group: Piece[] = [];
  let prevEnd = -1;
  let inCall = false; // after `.concat(`: its further arguments, separated by commas, continue the group
  for (let at = nextLiteral(text, 0, 512, true); at >= 0; at = nextLiteral(text, literalEnd, 512, true)) {
    const end = literalEnd;
    // A gap opening with another character (most: `(`, `=`, `:`) fits none of the patterns below.
    const c = prevEnd < 0 ? 120 : prevEnd < at ? text.charCodeAt(prevEnd) : 32;
    const gap = c === 43 || c === 92 || c === 41 || c === 46 || c === 44 || isTrimmed(c) ? text.slice(prevEnd, at) : "x";
    const chained = CHAIN_GAP.test(gap);
    // A line break and the next line's indent (Python's implicit concatenation inside a class or function) fit.
    if ((!/^\s*\+?\s*(?:\\\r?\n\s*)?$/.test(gap) && !chained && !(inCall && /^\s*,\s*$/.test(gap))) || gap.length > 64) {
      if (group.length >= 2) out.push(group);
      group = [];
    }
    if (group.length === 0 && at > until) return;
    inCall = chained || (inCall && /^\s*,\s*$/.test(gap));
    group.push({ start: at + 1, end: end - 1 });
    prevEnd = end;
  }
  if (group.length >= 2) out.push(group);
}

function queryGroups(text: string, out: Piece[][], until: number): void {
  if (!text.includes("=") || !text.includes("&")) return;
  QUERY_RUN.lastIndex = 0;
  for (let m = QUERY_RUN.exec(text); m !== null && m.index <= until; m = QUERY_RUN.exec(text)) {
    const group: Piece[] = [];
    const re = /([^&?=]{1,64})=([^&]*)/g;
    for (let p = re.exec(m[0]); p !== null; p = re.exec(m[0])) {
      const valueStart = m.index + p.index + p[1]!.length + 1;
      group.push({ start: valueStart, end: valueStart + p[2]!.length });
    }
    if (group.length >= 2) out.push(group);
  }
}

function headerGroups(text: string, out: Piece[][], until: number): void {
  let group: Piece[] = [];
  let lastLineEnd = -2;
  HEADER_LINE.lastIndex = 0;
  for (let m = HEADER_LINE.exec(text); m !== null; m = HEADER_LINE.exec(text)) {
    const value = m[1]!;
    const valueStart = m.index + m[0].indexOf(value, m[0].indexOf(":") + 1);
    if (m.index !== lastLineEnd + 1 && group.length > 0) {
      if (group.length >= 2) out.push(group);
      group = [];
    }
    if (group.length === 0 && m.index > until) return;
    group.push({ start: valueStart, end: valueStart + value.length });
    lastLineEnd = m.index + m[0].length;
  }
  if (group.length >= 2) out.push(group);
}

function csvGroups(text: string, out: Piece[][], until: number): void {
  let lineStart = 0;
  // The first comma at or after lineStart (-1: none left): lines without two commas (most) are
  // passed over without a slice, a replace and a match array each.
  let comma = text.indexOf(",");
  while (lineStart < text.length && lineStart <= until) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (comma >= 0 && comma < lineStart) comma = text.indexOf(",", lineStart);
    if (comma < 0) break;
    const second = comma < lineEnd ? text.indexOf(",", comma + 1) : -1;
    if (second < 0 || second >= lineEnd || lineEnd - lineStart - (text.charCodeAt(lineEnd - 1) === 13 ? 1 : 0) >= 4096) {
      lineStart = lineEnd + 1;
      continue;
    }
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, "");
    if (line.length < 4096 && (line.match(/,/g)?.length ?? 0) >= 2 && !/[(){};=]|":/.test(line)) {
      const group: Piece[] = [];
      let cellStart = 0;
      for (const cell of line.split(",")) {
        const trimmed = cell.trim().replace(/^"|"$/g, "");
        const at = line.indexOf(trimmed, cellStart);
        if (trimmed.length > 0 && at >= 0) group.push({ start: lineStart + at, end: lineStart + at + trimmed.length });
        cellStart += cell.length + 1;
      }
      if (group.length >= 2) out.push(group);
    }
    lineStart = lineEnd + 1;
  }
}

/**
 * A token broken over bare lines (pasted "so the chat does not eat it", a YAML folded or literal
 * block scalar): consecutive lines that each hold one token-shaped word and nothing else.
 */
const TOKEN_CHAR = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_=.-") TOKEN_CHAR[c.charCodeAt(0)] = 1;

/**
 * The token of a bare line text[from, to), as the end of [from + blanks, end), else -1: what
 * /^[ \t]{0,16}([A-Za-z0-9+/_=.-]{4,128})[ \t]*\r?$/ matches on the line, read in place (a slice
 * and a regex per line was most of this pass).
 */
function bareToken(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i - from > 16) return -1;
  const t = i;
  for (let c = text.charCodeAt(i); i < to && c < 128 && TOKEN_CHAR[c] === 1; c = text.charCodeAt(++i));
  if (i - t < 4 || i - t > 128) return -1;
  const end = i;
  while (i < to && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i < to && text.charCodeAt(i) === 13) i++;
  return i === to ? end : -1;
}

/** Whether text[from, to) is `NAME=value`: an identifier, then "=" before the end (base64 holds "=" only as trailing padding). */
function assignmentLine(text: string, from: number, to: number): boolean {
  let eq = from;
  while (eq < to && text.charCodeAt(eq) !== 61) eq++;
  if (eq === from || eq + 1 >= to || text.charCodeAt(eq + 1) === 61) return false;
  return /^[A-Za-z_][A-Za-z0-9_.-]{0,63}$/.test(text.slice(from, eq));
}

function bareLineGroups(text: string, out: Piece[][], until: number): void {
  let group: Piece[] = [];
  let lineStart = 0;
  while (lineStart <= text.length && !(group.length === 0 && lineStart > until)) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const end = lineEnd - lineStart <= 160 ? bareToken(text, lineStart, lineEnd) : -1;
    if (end >= 0) {
      let at = lineStart;
      while (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9) at++;
      // A `NAME=value` line starts an assignment of its own: a token cut at a line's end does not
      // run on into it (a .env quoted in a JSON string, its lines joined by `\n` escapes).
      if (group.length > 0 && assignmentLine(text, at, end)) {
        if (group.length >= 2) out.push(group);
        group = [];
      }
      group.push({ start: at, end });
    } else {
      if (group.length >= 2) out.push(group);
      group = [];
    }
    lineStart = lineEnd + 1;
  }
  if (group.length >= 2) out.push(group);
}

/**
 * A word list's elements, on one line: a shell array `parts=(npm_ab12 Cd34 ef56)`, quoted or not,
 * Ruby's `%w[…]` / `%w(…)` and Perl's `qw(…)`.
 */
const SHELL_ARRAY = /(?:(?<![\w$])[A-Za-z_][\w]{0,40}=\(|%[wW][[(]|\bqw[([{])[ \t]{0,8}([^()[\]{}\n]{1,2048}?)[ \t]{0,8}[)\]}]/g;
function shellArrayGroups(text: string, out: Piece[][], until: number): void {
  if (!text.includes("=(") && !text.includes("%w") && !text.includes("%W") && !text.includes("qw")) return;
  SHELL_ARRAY.lastIndex = 0;
  for (let m = SHELL_ARRAY.exec(text); m !== null && m.index <= until; m = SHELL_ARRAY.exec(text)) {
    const body = m[1]!;
    const bodyStart = m.index + m[0].indexOf(body, m[0].search(/[([{]/) + 1);
    const group: Piece[] = [];
    const EL = /"([^"\s]{1,128})"|'([^'\s]{1,128})'|([^\s"']{1,128})/g;
    for (let e = EL.exec(body); e !== null; e = EL.exec(body)) {
      const v = e[1] ?? e[2] ?? e[3]!;
      const at = bodyStart + e.index + (e[1] !== undefined || e[2] !== undefined ? 1 : 0);
      group.push({ start: at, end: at + v.length });
    }
    if (group.length >= 2) out.push(group);
  }
}

/** A name given a literal: `A="…"`, `export A=…`, `const a = '…'`, `local a = "…"`, `$a = "…"`, `#define A "…"`. */
const LITERAL_ASSIGNMENT = /(?:^|[\s;({])(?:(?:export|local|readonly|const|let|var)[ \t]+|\$)?([A-Za-z_]\w{0,40})[ \t]*:?=[ \t]*(?:(["'`])([^"'`\s;]{1,256})\2|([^"'`\s;$(){}[\]]{1,256}))|#define[ \t]+([A-Za-z_]\w{0,40})[ \t]+(["'])([^"'\s]{1,256})\6/gm;
const NAME = /[A-Za-z_]\w{0,40}/g;

/** The literal assignments in text[from, to), in order: each name and its value's span in `text`. */
function literalAssignments(text: string, from: number, to: number): Array<{ name: string; piece: Piece }> {
  const part = text.slice(from, to);
  const out: Array<{ name: string; piece: Piece }> = [];
  LITERAL_ASSIGNMENT.lastIndex = 0;
  for (let a = LITERAL_ASSIGNMENT.exec(part); a !== null; a = LITERAL_ASSIGNMENT.exec(part)) {
    const value = a[3] ?? a[4] ?? a[7]!;
    const start = from + a.index + a[0].length - value.length - (a[3] !== undefined || a[7] !== undefined ? 1 : 0);
    out.push({ name: a[1] ?? a[5]!, piece: { start, end: start + value.length } });
  }
  return out;
}

/**
 * Names joined into one value, from a provider keyword inside one name's literal: expanded side
 * by side (`"$A$B"`, `${a}${b}`: shell, JS templates, PHP, Perl), concatenated (`p1 + p2`, Lua's
 * `a .. b`, PHP's `$a . $b`), or C string macros written one after the other (`SLACK_A SLACK_B`).
 * Each later name's last literal assignment before the join is its piece; a name without one
 * ends the group. Looked for only from the hits (a pass over every identifier of every window
 * near a keyword cost more than the rest of the reassembly).
 */
function expansionGroups(text: string, out: Piece[][], hits: readonly number[]): void {
  for (const h of hits) {
    const lineStart = text.lastIndexOf("\n", h - 1) + 1;
    const lineEnd = text.indexOf("\n", h);
    for (const { name, piece } of literalAssignments(text, lineStart, lineEnd < 0 ? text.length : lineEnd)) {
      if (h < piece.start || h >= piece.end) continue;
      const join = new RegExp(String.raw`\$\{?${name}\}?(?:\$\{?[A-Za-z_]\w{0,40}\}?){1,7}|(?<![\w$])\$?${name}(?![\w])(?:[ \t]*(?:\+|\.\.|\.(?=[ \t]*\$))[ \t]*\$?[A-Za-z_]\w{0,40}(?!\w)){1,7}|(?<!\w)${name}(?:[ \t]+[A-Z_][A-Z0-9_]{1,40}){1,7}(?=[ \t]*[;),])`, "g");
      join.lastIndex = piece.end;
      for (let m = join.exec(text); m !== null; m = join.exec(text)) {
        const names = m[0].match(NAME) ?? [];
        const earlier = literalAssignments(text, 0, m.index);
        const group: Piece[] = [piece];
        for (const later of names.slice(1)) {
          const last = earlier.findLast((a) => a.name === later);
          if (last === undefined) break;
          group.push(last.piece);
        }
        if (group.length >= 2 && group.length === names.length) out.push(group);
      }
    }
  }
}

const isFragmentChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 43 || c === 47 || c === 61 || c === 46 || c === 126 || c === 58 || c === 37;

/**
 * A token cut by a shell line continuation outside quotes (`HF_TOKEN=hf_ab…\` + newline + `cd…`):
 * the run of token characters before the backslash and the run starting the next line, for
 * each line holding a hit, over up to MAX_PIECES lines.
 */
function continuationGroups(text: string, out: Piece[][], hits: readonly number[]): void {
  let last = -1;
  for (const h of hits) {
    if (h <= last) continue;
    let nl = text.indexOf("\n", h);
    const group: Piece[] = [];
    let start = h;
    while (start > 0 && isFragmentChar(text.charCodeAt(start - 1))) start--;
    while (nl > 0 && group.length < MAX_PIECES) {
      const cut = text.charCodeAt(nl - 1) === 13 ? nl - 2 : nl - 1;
      if (text.charCodeAt(cut) !== 92 || cut <= start || !isFragmentChar(text.charCodeAt(cut - 1))) break;
      group.push({ start, end: cut });
      start = nl + 1;
      let e = start;
      while (e < text.length && isFragmentChar(text.charCodeAt(e))) e++;
      if (e === start) break;
      last = e;
      const lf = text.charCodeAt(e + 1) === 13 ? e + 2 : e + 1;
      if (text.charCodeAt(e) === 92 && text.charCodeAt(lf) === 10) {
        nl = lf;
        continue;
      }
      group.push({ start, end: e });
      break;
    }
    if (group.length >= 2) out.push(group);
  }
}

/** Longest run of adjacent values joined into one candidate. */
export const MAX_PIECES = 8;
/** A piece of a value assigned to a name: short, no spaces; a generated password's symbols allowed (the name is the context). */
const NAMED_FRAGMENT = /^[\x21-\x7e]{1,128}$/;
/** A fragment of a split secret: short, no spaces. */
const FRAGMENT = /^[A-Za-z0-9_\-+/=.~:%]{1,128}$/;

/**
 * Groups of adjacent token-like values (2+), as spans of `text`. Prose values, long values and
 * values with spaces are not fragments of a split secret and break a group. Groups that would
 * start after `until` are not looked for (the caller keeps only groups holding a hit at or before
 * it): the finders stop there, not at the window's end (~half of each window; see commit).
 */
export function fragmentGroups(text: string, hits: readonly number[] = [], until = Infinity): Array<Array<{ start: number; end: number }>> {
  if (text.length > 1 << 21) return [];
  const groups: Piece[][] = [];
  jsonGroups(text, groups, until);
  concatGroups(text, groups, until);
  queryGroups(text, groups, until);
  headerGroups(text, groups, until);
  csvGroups(text, groups, until);
  bareLineGroups(text, groups, until);
  shellArrayGroups(text, groups, until);
  expansionGroups(text, groups, hits);
  continuationGroups(text, groups, hits);
  const out: Piece[][] = [];
  for (const g of groups) {
    let run: Piece[] = [];
    for (const p of g) {
      if (p.end > p.start && FRAGMENT.test(text.slice(p.start, p.end))) run.push(p);
      else {
        if (run.length >= 2) out.push(run);
        run = [];
      }
    }
    if (run.length >= 2) out.push(run);
  }
  return out;
}

/**
 * One join per starting value (values i..i+7) with a map back to `text`, so a token's left
 * edge is never glued to the previous value's content; `startAt` picks the starts worth joining.
 */
export function slidingJoins(text: string, group: Piece[], startAt: (i: number) => boolean = () => true): Normalized[] {
  const out: Normalized[] = [];
  for (let i = 0; i + 1 < group.length; i++) {
    if (!startAt(i)) continue;
    out.push(join(text, group.slice(i, i + MAX_PIECES)));
    // Two adjacent values alone: in the longer join the next value can spoil a token's right edge.
    if (group.length > i + 2) out.push(join(text, group.slice(i, i + 2)));
    // Three to five short values (key_prefix / key_middle / key_suffix) with more after them, which
    // spoil the token's right edge in the longer join: those runs alone too. Fragment-sized pieces
    // only (32 characters each, 160 in all), so lists of whole values cost no extra joins.
    let len = 0;
    for (let k = i; k + 1 < Math.min(group.length, i + 5); k++) {
      const n = group[k]!.end - group[k]!.start;
      len += n;
      if (n > 32 || len > 160) break;
      if (k >= i + 2) out.push(join(text, group.slice(i, k + 1)));
    }
    // A value between the two halves (a role, an id) is skipped: pairs a few values apart.
    for (let j = i + 2; j < group.length && j <= i + 4; j++) out.push(join(text, [group[i]!, group[j]!]));
  }
  return out;
}

/**
 * Whether a match on joined values spans two values of different kinds: a whole value that is a
 * hex digest (32+ lower-case hex) joined to one holding capitals. A token split into pieces keeps
 * one alphabet in every piece; a key's display prefix next to its stored hash (an SQL row's
 * `'sk_live_2eXI', '<sha256>'`) changes alphabet at the join.
 */
export function alphabetBreak(joined: Normalized, start: number, end: number): boolean {
  let digest = false;
  let capitals = false;
  let from = start;
  for (let k = start + 1; k <= end; k++) {
    if (k < end && joined.starts[k] === joined.starts[k - 1]! + 1) continue;
    const piece = joined.text.slice(from, k);
    if (/^[0-9a-f]{32,}$/.test(piece)) digest = true;
    else if (/[A-Z]/.test(piece)) capitals = true;
    from = k;
  }
  return digest && capitals;
}

/** The name a concealed value is scanned under (concealed-literal.ts). */
const CONCEALED_NAME = "concealed_secret";

/** The name a value is assigned to, right before its opening quote: `name=(`, `name: `, `name = (` (a kwarg, a field, a variable). */
// The value may start on the next line (`const token =\n  "…" +\n  "…";`), after a `(` or not.
// A command-line flag names its value too (`--secret "ab…"\` + `"cd…"` over a shell continuation).
const LEAD_NAME = /([A-Za-z_][A-Za-z0-9_.-]{0,63})[ \t]*[=:][ \t]*(?:\\?\r?\n[ \t]*)?(?:\([ \t]*(?:\\?\r?\n[ \t]*)?)?$|(?<![\w-])--([A-Za-z][A-Za-z0-9_-]{1,40})[ \t]+$/;

/** Whether a `--flag` ends at `end` (its value follows after blanks). */
function flagBefore(text: string, end: number): boolean {
  let k = end - 1;
  while (k >= 0 && /[A-Za-z0-9_-]/.test(text[k]!)) k--;
  return end - k > 3 && text.startsWith("--", k + 1) && (k < 0 || /\s/.test(text[k]!));
}

/** Whether `=` or `:` (or a `--flag`) stands before the quote at `open`, past blanks, one `(` and one line break (cheap: most glued literals are call arguments). */
function assignedAt(text: string, open: number): boolean {
  let k = open - 1;
  let paren = false;
  for (let breaks = 0; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 9 || c === 13) continue;
    if (c === 10 && breaks++ === 0) continue;
    if (c === 40 && !paren) {
      paren = true;
      continue;
    }
    if (c === 92 && text.charCodeAt(k + 1) === 10) continue; // a backslash line continuation
    return c === 61 || c === 58 || (k < open - 1 && flagBefore(text, k + 1));
  }
  return false;
}

/**
 * String literals glued into one value assigned to a name (`apiToken=("ab…"\n "cd…")`,
 * `key = "ab…" + "cd…"`), as the text `name="abcd…"` with a map back: a secret without a
 * prefix of its own is known only by its name, which no piece holds.
 */
export function namedConcatValues(text: string, glues = glueMatches(text)): Normalized[] {
  const out: Normalized[] = [];
  let after = -1;
  for (const m of glues) {
    if (m.index < after) continue;
    const q = m[1] ?? m[3]!;
    const open = text.lastIndexOf(q, m.index - 1);
    if (open < 1 || m.index - open > 128 || !assignedAt(text, open) || text.slice(open + 1, m.index).includes("\n")) continue;
    const lead = LEAD_NAME.exec(text.slice(Math.max(0, open - 96), open));
    if (lead === null) continue;
    const from = open;
    const groups: Piece[][] = [];
    concatGroups(text.slice(from, Math.min(text.length, from + 1024)), groups);
    const g = groups[0]?.map((p) => ({ start: p.start + from, end: p.end + from }));
    if (!g || g[0]!.start !== open + 1 || g.length > MAX_PIECES || !g.every((p) => p.end > p.start && NAMED_FRAGMENT.test(text.slice(p.start, p.end)))) continue;
    after = g[g.length - 1]!.end;
    const nameAt = Math.max(0, open - 96) + lead.index;
    const value = join(text, g);
    out.push(nameBeside(lead[1] ?? lead[2]!, nameAt, '="', open, value, '"', after));
    // Pieces a comment says are hidden from a linter or a scanner: judged as a secret's value, whatever the name.
    if (credentialShaped(value.text) && concealedDeclaration(text, nameAt, after + 1)) out.push(nameBeside(CONCEALED_NAME, nameAt, '="', open, value, '"', after));
  }
  namedVariableJoins(text, out);
  return out;
}

/**
 * A name assigned variables joined (`key = part1 + part2`, Go's `:=`, a shell's `KEY="$A${B}"`),
 * the rest of its line nothing but that join: the line's names and the join's identifiers.
 */
const VARIABLE_JOIN = /^[ \t]*(?:(?:export|local|readonly|const|let|var|val|final)[ \t]+)?(?:[A-Za-z_][\w<>]{0,20}[ \t]+)?([A-Za-z_][\w.]{0,63})(?:[ \t]*:[ \t]*[A-Za-z_]\w{0,20})?[ \t]*:?=[ \t]*(?:([A-Za-z_]\w{0,40}(?:[ \t]*\+[ \t]*[A-Za-z_]\w{0,40}){1,7})|"((?:\$\{?[A-Za-z_]\w{0,40}\}?){2,8})")[ \t]*;?[ \t]*\r?$/;
/** A name that may hold a credential (most joins in code are sums and messages: `total = price + tax`). */
const JOIN_NAME = /key|token|secret|pass|pwd|auth|cred|salt|sig|api|url|uri|dsn|conn|cookie|session/i;
/** The longest line a join is read on. */
const JOIN_LINE = 400;
/** How far above the join its variables' literals may be assigned. */
const JOIN_REACH = 1024;

/**
 * Each joined name's literal, from its last literal assignment within JOIN_REACH above the line
 * (every name must have one), scanned as `name="joined"` beside the assigned name. Found from the
 * join's `+` or `"$` (rare on a line of its own), so the pattern runs on few lines.
 */
function namedVariableJoins(text: string, out: Normalized[]): void {
  for (const mark of ["+", '"$']) {
    let lastLine = -1;
    for (let k = text.indexOf(mark); k >= 0; k = text.indexOf(mark, k + 1)) {
      // Bounded both ways: a minified line holds thousands of `+`.
      const lineStart = lineStartWithin(text, k, JOIN_LINE);
      const lineEnd = lineStart < 0 ? -1 : lineEndWithin(text, k, JOIN_LINE);
      if (lineEnd < 0) {
        k = text.indexOf("\n", k);
        if (k < 0) break;
        continue;
      }
      if (lineStart === lastLine) continue;
      lastLine = lineStart;
      const m = VARIABLE_JOIN.exec(text.slice(lineStart, lineEnd));
      if (m === null || !(JOIN_NAME.test(m[1]!) || glossName(m[1]!) !== undefined)) continue;
      const names = (m[2] ?? m[3]!).match(NAME)!;
      const earlier = literalAssignments(text, Math.max(0, lineStart - JOIN_REACH), lineStart);
      const pieces: Piece[] = [];
      for (const n of names) {
        const a = earlier.findLast((e) => e.name === n);
        if (a === undefined || !NAMED_FRAGMENT.test(text.slice(a.piece.start, a.piece.end))) break;
        pieces.push(a.piece);
      }
      if (pieces.length !== names.length) continue;
      const nameAt = lineStart + m.index + m[0].indexOf(m[1]!);
      const valueAt = nameAt + m[0].slice(m[0].indexOf(m[1]!)).indexOf("=");
      out.push(nameBeside(m[1]!, nameAt, '="', valueAt, join(text, pieces), '"', lineEnd - 1));
    }
  }
}

/**
 * Values YAML puts a line or more below their names, each scanned as `name: value` so the
 * named-slot rules see the name beside its value:
 * - a block scalar holding one line (`name: >-` / `|` / `|-` / `>`, the value indented on the
 *   next line); several content lines are text (a script, a PEM body), left to the rules that
 *   read them whole;
 * - a mapping under the name whose `value:` field holds it, after at most three sibling fields
 *   (W&B's config.yaml: `API_KEY:` / `  desc: null` / `  value: …`).
 * `underProvider` gets a credential field under a mapping named for its service (`mattermost:` /
 * `  token: …`), scanned as `mattermost_token: …`: for the provider rules only, which then see
 * their service's name beside a value of its shape.
 */
const BLOCK_SCALAR = /([A-Za-z_][A-Za-z0-9_.-]{0,63})["']?[ \t]{0,4}:[ \t]{1,4}[>|][+-]?[1-9]?[ \t]*\r?\n([ \t]{1,16})([^ \t\r\n][^\r\n]{0,400})/y;
const isNameChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 45;

export function yamlValuesBesideNames(text: string, underProvider: Normalized[]): Normalized[] {
  const out: Normalized[] = [];
  // From each `: >` / `: |` back to its name, then the pattern there: a pattern that opens with a
  // name class, run over the whole text, tried every identifier of every source file (TypeScript
  // writes unions as `: | …`). Found from ": " (a three-character needle costs JavaScriptCore
  // several times a two-character one).
  for (let at = text.indexOf(": "); at >= 0; at = text.indexOf(": ", at + 2)) {
    const mark = text.charCodeAt(at + 2);
    if (mark !== 62 && mark !== 124) {
      const field = fieldUnderMapping(text, at);
      if (field === null) continue;
      if (field.name === "value") {
        const view = valueBesideMapping(text, at, field, 3, "");
        if (view) out.push(view);
      } else {
        const view = valueBesideMapping(text, at, field, 6, `_${field.name}`);
        if (view) underProvider.push(view);
      }
      continue;
    }
    let s = at;
    while (s > 0 && (text.charCodeAt(s - 1) === 32 || text.charCodeAt(s - 1) === 9) && at - s < 4) s--;
    if (text[s - 1] === '"' || text[s - 1] === "'") s--;
    const nameEnd0 = s;
    while (s > 0 && nameEnd0 - s < 64 && isNameChar(text.charCodeAt(s - 1))) s--;
    while (s < nameEnd0 && !/[A-Za-z_]/.test(text[s]!)) s++;
    if (s === nameEnd0) continue;
    BLOCK_SCALAR.lastIndex = s;
    const m = BLOCK_SCALAR.exec(text);
    if (m === null) continue;
    const valueEnd = m.index + m[0].length;
    const indent = m[2]!;
    // Another line at the content's indent continues the scalar.
    let next = valueEnd;
    if (text.charCodeAt(next) === 13) next++;
    if (text.charCodeAt(next) === 10) next++;
    const valueStart = valueEnd - m[3]!.length;
    const value = { start: valueStart, end: valueStart + m[3]!.replace(/[ \t]+$/, "").length };
    if (valueEnd < text.length && text.startsWith(indent, next) && /^[ \t]*\S/.test(text.slice(next, next + 256))) {
      const wrapped = wrappedToken(text, value, next, indent);
      if (wrapped) out.push(nameBeside(m[1]!, m.index, ": ", m.index + m[1]!.length, join(text, wrapped)));
      continue;
    }
    out.push(nameBeside(m[1]!, m.index, ": ", m.index + m[1]!.length, join(text, [value])));
  }
  underProvider.sort((x, y) => x.starts[0]! - y.starts[0]!);
  return out.sort((x, y) => x.starts[0]! - y.starts[0]!);
}

/** A line of a wrapped token: one word of a token's characters, nothing else. */
const WRAPPED_LINE = /^[A-Za-z0-9+/=_.$:~-]{4,128}$/;

/**
 * A token wrapped over a block scalar's lines (`key: >-` / `  re_hN2…` / `  wqEr`): two to four
 * content lines at the indent, each one word of a token's characters, the pieces to read joined
 * without the blank YAML folds them with (the wrap is the editor's, not the token's). Null for
 * text: a line with blanks in it, or more lines (a script, a PEM body).
 */
function wrappedToken(text: string, first: Piece, next: number, indent: string): Piece[] | null {
  if (!WRAPPED_LINE.test(text.slice(first.start, first.end))) return null;
  const pieces = [first];
  for (let at = next; at < text.length && text.startsWith(indent, at); ) {
    let end = text.indexOf("\n", at);
    if (end < 0) end = text.length;
    const line = text.slice(at + indent.length, end).replace(/[ \t\r]+$/, "");
    if (line === "") break;
    if (!WRAPPED_LINE.test(line) || pieces.length === 4) return null;
    pieces.push({ start: at + indent.length, end: at + indent.length + line.length });
    at = end + 1;
  }
  return pieces.length >= 2 ? pieces : null;
}

/** The indented fields the views read below a mapping's name: its value, or a credential under a service's name. */
const FIELD_UNDER_MAPPING = /(?:^|[ \t])(value|token|key|secret|api[_-]?key|access[_-]?token|auth[_-]?token|access[_-]?key|secret[_-]?key|password)$/i;

/** At an indented line's `key: ` (`at` is its colon), a field the views read: its name (lower-cased) and line's indent. */
function fieldUnderMapping(text: string, at: number): { name: string; lineStart: number; indent: string } | null {
  // Cheap first (every ": " of a source file comes here): the name's last word, by its last letter.
  const last = text.charCodeAt(at - 1) | 32;
  const word = last === 101 ? "value" : last === 110 ? "token" : last === 121 ? "key" : last === 116 ? "secret" : last === 100 ? "password" : "";
  if (word === "" || at < word.length) return null;
  for (let k = 0; k < word.length - 1; k++) if ((text.charCodeAt(at - word.length + k) | 32) !== word.charCodeAt(k)) return null;
  const lineStart = lineStartWithin(text, at, 60);
  if (lineStart < 0) return null;
  const m = FIELD_UNDER_MAPPING.exec(text.slice(lineStart, at));
  if (m === null) return null;
  const indent = text.slice(lineStart, at - m[1]!.length);
  if (indent.length === 0 || !/^[ \t]+$/.test(indent)) return null;
  return { name: m[1]!.toLowerCase(), lineStart, indent };
}

/** How far past its indent a sibling or key line the views read can run (SIBLING_FIELD's 158 and PARENT_KEY's 72, with room). */
const LINE_REACH = 200;

/** A mapping's key line: its indent, the name, and nothing after the colon. */
const PARENT_KEY = /^([ \t]*)["']?([A-Za-z_][A-Za-z0-9_.-]{0,63})["']?[ \t]{0,4}:[ \t]*$/;
/** A sibling field's line, its key (and the value, if any) after the indent. */
const SIBLING_FIELD = /^[A-Za-z_][\w-]{0,30}[ \t]{0,4}:(?:[ \t][^\r\n]{0,120})?$/;

/**
 * The field's value (after `at`, to its line's end, unquoted) beside the name of the mapping it
 * is a field of, with `suffix` after that name; null when the lines above are not siblings (at
 * most `siblings` of them) and then that mapping's key.
 */
function valueBesideMapping(text: string, at: number, field: { lineStart: number; indent: string }, siblings: number, suffix: string): Normalized | null {
  let valueStart = at + 2;
  while (text.charCodeAt(valueStart) === 32 || text.charCodeAt(valueStart) === 9) valueStart++;
  let lineEnd = valueStart;
  while (lineEnd < text.length && lineEnd - valueStart <= 402 && text.charCodeAt(lineEnd) !== 10) lineEnd++;
  let valueEnd = lineEnd;
  while (valueEnd > valueStart && /\s/.test(text[valueEnd - 1]!)) valueEnd--;
  const q = text[valueStart];
  if ((q === '"' || q === "'") && text[valueEnd - 1] === q) {
    valueStart++;
    valueEnd--;
  }
  if (valueEnd - valueStart < 8 || valueEnd - valueStart > 400) return null;
  const { indent } = field;
  let end = field.lineStart - 1;
  for (let k = 0; k <= siblings && end > 0; k++) {
    const start = lineStartWithin(text, end, indent.length + LINE_REACH);
    if (start < 0) return null;
    const line = text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (line.startsWith(indent)) {
      if (!SIBLING_FIELD.test(line.slice(indent.length))) return null;
      end = start - 1;
      continue;
    }
    const key = PARENT_KEY.exec(line);
    if (key === null || key[1]!.length >= indent.length || !indent.startsWith(key[1]!)) return null;
    const nameAt = start + line.indexOf(key[2]!, key[1]!.length);
    return nameBeside(key[2]! + suffix, nameAt, ": ", at, join(text, [{ start: valueStart, end: valueEnd }]));
  }
  return null;
}
