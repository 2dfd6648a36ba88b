// A regex cut down to the top-level alternatives that can match ASCII text. On text without a
// character above U+007F it finds exactly what the whole regex finds: an alternative dropped needs
// such a character, so it never matches there, and the others keep their order (which one wins at a
// position does not change). JavaScriptCore's engine tries every alternative at every position:
// the injection judges' multilingual term list (explanatory-terms.ts) ran 5.6x faster on ASCII
// text without its Cyrillic, CJK, Arabic … alternatives.
//
// Under /iu, case folding maps ſ (U+017F) to s and the Kelvin sign (U+212A) to k: those two
// non-ASCII letters can match ASCII text, so an alternative that needs one of them is kept. No
// other character above U+007F folds to an ASCII one. Without the u flag (or without i) none can.

/** The two characters above U+007F that match ASCII letters under /iu. */
const FOLDS_TO_ASCII = [0x17f, 0x212a];
let caseFolding = false;

/** `re` without the alternatives (at the top or inside a group) that cannot match ASCII-only text (same flags). */
export function asciiAlternatives(re: RegExp): RegExp {
  caseFolding = re.flags.includes("u") && re.flags.includes("i");
  const cut = cutAlternatives(re.source, 0, re.source.length);
  return cut === re.source ? re : new RegExp(cut, re.flags);
}

/** A group that captures (numbered or named): an alternative holding one is kept, so that later groups keep their numbers. */
const CAPTURING = /\((?!\?(?:[:=!]|<[=!]))/;

/** The alternatives of src[from, to) that can match ASCII text, each with its groups cut the same way (all of them when none can). */
function cutAlternatives(src: string, from: number, to: number): string {
  const alts = split(src, from, to);
  const kept = alts.filter(([s, e]) => !needsNonAscii(src, s, e) || CAPTURING.test(src.slice(s, e)));
  return (kept.length === 0 ? alts : kept).map(([s, e]) => cutSequence(src, s, e)).join("|");
}

function cutSequence(src: string, from: number, to: number): string {
  let out = "";
  for (let i = from; i < to; ) {
    const end = atomEnd(src, i);
    if (src[i] === "(") {
      const body = src[i + 1] !== "?" ? i + 1 : src[i + 2] === "<" && src[i + 3] !== "=" && src[i + 3] !== "!" ? src.indexOf(">", i) + 1 : src[i + 2] === "<" ? i + 4 : i + 3;
      out += src.slice(i, body) + cutAlternatives(src, body, end - 1) + ")";
    } else out += src.slice(i, end);
    i = end;
  }
  return out;
}

const NON_ASCII = /[^\x00-\x7f]/;
let lastText: string | undefined;
let lastAscii = false;

/** The text has no character above U+007F (the answer for the last text asked about is kept: the judges of one scan ask about the same text). */
export function asciiOnly(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastAscii = !NON_ASCII.test(text);
  }
  return lastAscii;
}

/** A regex and its ASCII cut: `in(text)` is the one to search `text` with (the same matches either way). */
export class AsciiCut {
  readonly ascii: RegExp;
  constructor(readonly whole: RegExp) {
    this.ascii = asciiAlternatives(whole);
  }
  in(text: string): RegExp {
    return this.ascii !== this.whole && asciiOnly(text) ? this.ascii : this.whole;
  }
  test(text: string): boolean {
    return this.in(text).test(text);
  }
}

/** A character code can match ASCII text (itself ASCII, or one that folds to it under /iu). */
function asciiCapable(code: number): boolean {
  return code <= 127 || (caseFolding && FOLDS_TO_ASCII.includes(code));
}

/** The alternatives of src[from, to) (a sequence at one depth), as [start, end) pairs. */
function split(src: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  for (let i = from; i < to; ) {
    const c = src[i];
    if (c === "|") {
      out.push([start, i]);
      start = ++i;
    } else i = atomEnd(src, i);
  }
  out.push([start, to]);
  return out;
}

/** Where the atom at src[i] ends (an escape, a class, a group with its body, or one character). */
function atomEnd(src: string, i: number): number {
  const c = src[i];
  if (c === "\\") return escapeEnd(src, i);
  if (c === "[") {
    let j = i + 1;
    while (j < src.length && src[j] !== "]") j = src[j] === "\\" ? escapeEnd(src, j) : j + 1;
    return j + 1;
  }
  if (c === "(") {
    let j = i + 1;
    while (j < src.length && src[j] !== ")") j = src[j] === "|" ? j + 1 : atomEnd(src, j);
    return j + 1;
  }
  return i + 1;
}

function escapeEnd(src: string, i: number): number {
  const c = src[i + 1];
  if (c === "u") return src[i + 2] === "{" ? src.indexOf("}", i) + 1 : i + 6;
  if (c === "x") return i + 4;
  if (c === "c") return i + 3;
  if (c === "p" || c === "P" || c === "k") return src[i + 2] === "{" || src[i + 2] === "<" ? src.indexOf(c === "k" ? ">" : "}", i) + 1 : i + 2;
  return i + 2;
}

/** The character an escape at src[i] stands for, when it stands for one (not \d, \b, \p{…} …). */
function escapedChar(src: string, i: number): number | undefined {
  const c = src[i + 1]!;
  if (c === "u" && src[i + 2] !== "{") return parseInt(src.slice(i + 2, i + 6), 16);
  if (c === "x") return parseInt(src.slice(i + 2, i + 4), 16);
  if (/[A-Za-z0-9]/.test(c)) return undefined;
  return c.charCodeAt(0);
}

/** Smallest repeat count of the quantifier at src[i] (1 when there is none), and where it ends. */
function quantifier(src: string, i: number): [number, number] {
  const c = src[i];
  let min = 1;
  let end = i;
  if (c === "?" || c === "*") [min, end] = [0, i + 1];
  else if (c === "+") end = i + 1;
  else if (c === "{") {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(i));
    if (m) [min, end] = [Number(m[1]), i + m[0].length];
  }
  if (end > i && src[end] === "?") end++;
  return [min, end];
}

/** Whether every way through the sequence src[from, to) reads a character above U+007F. */
function needsNonAscii(src: string, from: number, to: number): boolean {
  for (let i = from; i < to; ) {
    const end = atomEnd(src, i);
    const [min, next] = quantifier(src, end);
    if (min > 0 && atomNeedsNonAscii(src, i, end)) return true;
    i = next;
  }
  return false;
}

function atomNeedsNonAscii(src: string, i: number, end: number): boolean {
  const c = src[i]!;
  if (c === "\\") return !asciiCapable(escapedChar(src, i) ?? 0);
  if (c === "[") {
    if (src[i + 1] === "^") return false;
    // Every member (and every range) above U+007F and folding to no ASCII letter; shorthands (\w, \s …) match ASCII.
    for (let j = i + 1; j < end - 1; ) {
      const code = src[j] === "\\" ? escapedChar(src, j) : src.charCodeAt(j);
      if (code === undefined || asciiCapable(code)) return false;
      j = src[j] === "\\" ? escapeEnd(src, j) : j + 1;
      if (src[j] === "-" && j + 1 < end - 1) {
        const high = src[j + 1] === "\\" ? escapedChar(src, j + 1) : src.charCodeAt(j + 1);
        if (high === undefined || (caseFolding && FOLDS_TO_ASCII.some((f) => f >= code && f <= high))) return false;
        j = src[j + 1] === "\\" ? escapeEnd(src, j + 1) : j + 2;
      }
    }
    return end - i > 2;
  }
  if (c === "(") {
    // Lookarounds read nothing; a group needs what all its alternatives need.
    if (src[i + 1] === "?" && (src[i + 2] === "=" || src[i + 2] === "!" || (src[i + 2] === "<" && (src[i + 3] === "=" || src[i + 3] === "!")))) return false;
    let body = i + 1;
    if (src[i + 1] === "?") body = src[i + 2] === "<" ? src.indexOf(">", i) + 1 : i + 3;
    return split(src, body, end - 1).every(([s, e]) => needsNonAscii(src, s, e));
  }
  return !asciiCapable(src.charCodeAt(i));
}
