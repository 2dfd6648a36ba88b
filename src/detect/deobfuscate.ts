// Strings that code builds instead of writing them out: a character array joined at run time
// (['x','o','x','b','-',…].join('')), a list of character codes (String.fromCharCode(103, …),
// map(chr, […]), bytes([…]), char[]{…}, a bare [0x67, …]), chr() calls, a literal reversed at run
// time ("…".split("").reverse().join(""), "…"[::-1], strrev("…")) or with a filler removed
// (.replace(/-/g, "")), and a token spaced out letter by letter. Each is turned back into the
// string it builds, with a map to the original characters, and scanned like a decoded layer.
// Found only from the engine's keyword pass (DEOBFUSCATE_KEYWORDS): no pass of its own over the text.
import type { Normalized } from "./normalize.ts";
import type { DecodeStep } from "./types.ts";

/** A construct read back from a keyword hit: the string it builds, and where it ends. */
type Found = { norm: Normalized; step: DecodeStep; end: number } | null;

/**
 * Where a list of character codes builds a string: JS `String.fromCharCode(…)`, Python
 * `''.join(map(chr, […]))` and `bytes([…]).decode()`, Java/C# `new char[]{…}` / `new byte[]{…}`,
 * Go `string([]byte{…})`. The list opens within a few characters of the keyword.
 */
const CHAR_CODE_CALLS = ["fromcharcode(", "map(chr,", "bytes([", "bytearray([", "char[]", "byte[]", "[]byte{"];

const QUOTE_KEYWORDS = ["','", "', '", '","', '", "'];

function startsWithAny(text: string, at: number, keywords: readonly string[]): boolean {
  for (let i = 0; i < keywords.length; i++) if (text.startsWith(keywords[i]!, at)) return true;
  return false;
}

/** Which reader a keyword's hit goes to (keywords in lower case: the prefilter's alphabet). */
const READERS: ReadonlyArray<readonly [readonly string[], (text: string, hit: number, arrays: ArrayMemo) => Found]> = [
  [QUOTE_KEYWORDS, charArrayAround],
  [CHAR_CODE_CALLS, charCodeList],
  [["chr("], chrCalls],
  [["0x"], hexByteList],
  [[".replace(", ".replaceall("], filteredLiteral],
  [["reverse", "[::-1]", "strrev("], reversedLiteral],
];

/** Literals whose hits open a look here: the readers' keywords, and token prefixes spaced out. */
export const DEOBFUSCATE_KEYWORDS: readonly string[] = [...READERS.flatMap(([kws]) => kws), ...spacedOut(["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xoxb-", "xoxp-", "sk-ant-", "sk-proj-", "sk_live_", "rk_live_", "akia", "asia", "hf_", "npm_", "dop_v1_", "pypi-", "aiza", "sg.", "-----begin"])];

/** A prefix written with a space after every character ("g h p _"), as the prefilter sees it. */
function spacedOut(prefixes: readonly string[]): string[] {
  return prefixes.map((p) => [...p].join(" ") + " ");
}

export interface Deobfuscated {
  norm: Normalized;
  step: DecodeStep;
}

/** Fewer characters than this build no credential worth a layer. */
const MIN_CHARS = 12;
const MAX_ELEMENTS = 1024;
/** How far back from a hit an array's opening bracket may be. */
const MAX_BACK = 8192;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Hits are start offsets of DEOBFUSCATE_KEYWORDS in `text`, in any order. */
export function findDeobfuscated(text: string, hits: readonly number[]): Deobfuscated[] {
  if (hits.length === 0) return [];
  const out: Deobfuscated[] = [];
  // Int32, not Float64: offsets read from a Float64Array are doubles, and the readers' offsets
  // (the memo's among them) then came as int or double by turns, each change an exit and a recompile.
  const sorted = Int32Array.from(hits).sort();
  let done = -1; // hits before this offset lie in something already decoded
  const arrays: ArrayMemo = { hit: -1, open: -1, parsed: new Map() };
  for (let k = 0; k < sorted.length; k++) {
    const h = sorted[k]!;
    if (h < done) continue;
    let r: Found = null;
    const c0 = text.charCodeAt(h);
    // A spaced-out prefix has a blank second; every other keyword names its reader.
    if (text.charCodeAt(h + 1) === 32) r = spacedRun(text, h);
    else if (c0 === 34 || c0 === 39) {
      // A quote opens only the character-array keywords (no letters in them: no lower-casing,
      // no slice): JSON's `", "` separators are most hits, and each cost a slice and a search.
      if (startsWithAny(text, h, QUOTE_KEYWORDS)) r = charArrayAround(text, h, arrays);
    } else {
      const head = text.slice(h, h + 16).toLowerCase();
      const reader = READERS.find(([kws]) => kws.some((k) => head.startsWith(k)));
      if (reader) r = reader[1](text, h, arrays);
    }
    if (r) {
      out.push({ norm: r.norm, step: r.step });
      done = r.end;
    }
  }
  return out;
}

/**
 * What earlier hits of one text learnt about character arrays, so that each hit of a long list
 * (thousands of `"a", "b", …`) costs the characters since the previous hit, not another walk back
 * and parse of the whole list: the last hit's opening bracket (-1: none), and each bracket's parse.
 */
interface ArrayMemo {
  hit: number;
  open: number;
  parsed: Map<number, Found>;
}

/** Parses `Q c Q` elements from the opening bracket before the hit to the closing bracket. */
function charArrayAround(text: string, hit: number, memo: ArrayMemo): Found {
  // A one-character literal must end right at the hit: `x','o` has the quote at hit and the character before it.
  const q = text.charCodeAt(hit);
  if (text.charCodeAt(hit - 2) !== q) return null;
  let open = -1;
  for (let i = hit - 1; i >= 0 && hit - i < MAX_BACK; i--) {
    if (i === memo.hit) {
      // The walk back from the previous hit went on from here: its bracket, if still in reach.
      open = memo.open >= 0 && hit - memo.open < MAX_BACK ? memo.open : -1;
      break;
    }
    const ch = text.charCodeAt(i);
    if (ch === 91 || ch === 40 || ch === 123) {
      open = i;
      break;
    }
    if (ch === 93 || ch === 41 || ch === 125 || ch === 59) break;
  }
  memo.hit = hit;
  memo.open = open;
  if (open < 0) return null;
  if (!memo.parsed.has(open)) memo.parsed.set(open, charArrayFrom(text, open));
  return memo.parsed.get(open)!;
}

function charArrayFrom(text: string, open: number): Found {
  const starts: number[] = [];
  let chars = "";
  let i = open + 1;
  for (let n = 0; n < MAX_ELEMENTS; n++) {
    while (isSpace(text.charCodeAt(i))) i++;
    const quote = text.charCodeAt(i);
    // C's terminator as the last element (`…, 'x', 0}` or `'\0'`) ends the string.
    const nul = /^(?:0|'\\0')\s*[}\])]/.exec(text.slice(i, i + 12));
    if (nul !== null && chars.length > 0) return chars.length < MIN_CHARS ? null : { norm: mapped(chars, starts), step: "reassembled", end: i + nul[0].length };
    if (quote !== 39 && quote !== 34) return null;
    const ch = text[i + 1];
    if (ch === undefined || ch === "\\" || text.charCodeAt(i + 2) !== quote) return null;
    chars += ch;
    starts.push(i + 1);
    i += 3;
    while (isSpace(text.charCodeAt(i))) i++;
    const sep = text.charCodeAt(i);
    if (sep === 44) {
      i++;
      continue;
    }
    if (sep === 93 || sep === 41 || sep === 125) {
      if (chars.length < MIN_CHARS) return null;
      return { norm: mapped(chars, starts), step: "reassembled", end: i };
    }
    return null;
  }
  return null;
}

/** After a CHAR_CODE_CALLS keyword: its list of printable codes (decimal or 0x), up to the closing bracket. */
function charCodeList(text: string, hit: number): Found {
  const head = text.slice(hit, hit + 16).toLowerCase();
  const kw = CHAR_CODE_CALLS.find((k) => head.startsWith(k));
  if (kw === undefined) return null;
  // The list opens right after the keyword's own bracket, or at the next bracket a few characters on (`map(chr, [`, `byte[] {`).
  let i = hit + kw.length;
  if (!/[([{]$/.test(kw)) {
    const open = /^[\s,]{0,4}[([{]/.exec(text.slice(i, i + 8));
    if (open === null) return null;
    i += open[0].length;
  }
  return codesFrom(text, i);
}

/**
 * A literal with a filler character removed at run time: `"h-f-_-a-…".replace(/-/g, "")`,
 * `.replaceAll("-", "")`, Python's `.replace("-", "")`. The characters kept map to where they stand.
 */
function filteredLiteral(text: string, hit: number): Found {
  const close = hit - 1;
  const q = text.charCodeAt(close);
  if (q !== 34 && q !== 39 && q !== 96) return null;
  const open = literalStart(text, close);
  if (open < 0 || close - open - 1 < MIN_CHARS * 2) return null;
  const args = /^\.replace(?:All)?\(\s*(?:\/([^/\\\n]{1,3})\/g|(["'])([^"'\\\n]{1,3})\2)\s*,\s*(?:""|''|``)\s*\)/i.exec(text.slice(hit, hit + 40));
  if (args === null) return null;
  const filler = args[1] ?? args[3]!;
  // A regex filler must be a plain character run (no class, escape or operator).
  if (args[1] !== undefined && /[.*+?^${}()|[\]\\]/.test(filler)) return null;
  const starts: number[] = [];
  let chars = "";
  for (let i = open + 1; i < close; ) {
    if (text.startsWith(filler, i)) {
      i += filler.length;
      continue;
    }
    chars += text[i];
    starts.push(i);
    i++;
  }
  if (chars.length < MIN_CHARS || chars.length === close - open - 1) return null;
  return { norm: mapped(chars, starts), step: "reassembled", end: hit + args[0].length };
}

/**
 * A bare list of hex byte codes, `[0x67, 0x68, 0x70, …]` (a key pasted as bytes), from its first
 * element: found from the "0x" keyword where a bracket opens the list.
 */
function hexByteList(text: string, hit: number): Found {
  let b = hit - 1;
  while (b >= 0 && isSpace(text.charCodeAt(b))) b--;
  const open = text.charCodeAt(b);
  if (open !== 91 && open !== 123 && open !== 40) return null;
  return codesFrom(text, hit);
}

/** Printable codes (decimal or 0x) from `i` to the list's closing bracket, at least MIN_CHARS of them. */
function codesFrom(text: string, i: number): Found {
  const re = /\s*(0x[0-9a-fA-F]{1,2}|\d{1,3})\s*([,)\]}])/y;
  re.lastIndex = i;
  const starts: number[] = [];
  let chars = "";
  for (let n = 0; n < MAX_ELEMENTS; n++) {
    const m = re.exec(text);
    if (!m) return null;
    const code = Number(m[1]);
    if (code < 32 || code > 126) return null;
    chars += String.fromCharCode(code);
    starts.push(m.index + m[0].indexOf(m[1]!));
    if (m[2] !== ",") return chars.length >= MIN_CHARS ? { norm: mapped(chars, starts), step: "escape", end: re.lastIndex } : null;
  }
  return null;
}

/** `chr(103) + chr(104) …` (Python) or `chr(103).chr(104)` (PHP, Perl): printable codes only. */
function chrCalls(text: string, hit: number): Found {
  const re = /(?:chr\(\s*(0x[0-9a-fA-F]{1,2}|\d{1,3})\s*\))(\s*[+.,]\s*(?=chr\())?/iy;
  re.lastIndex = hit;
  const starts: number[] = [];
  let chars = "";
  for (let n = 0; n < MAX_ELEMENTS; n++) {
    const m = re.exec(text);
    if (!m) break;
    const code = Number(m[1]);
    if (code < 32 || code > 126) return null;
    chars += String.fromCharCode(code);
    starts.push(m.index + m[0].indexOf(m[1]!));
    if (m[2] === undefined) break;
  }
  return chars.length >= MIN_CHARS ? { norm: mapped(chars, starts), step: "escape", end: re.lastIndex } : null;
}

/**
 * A literal reversed by the code around it: `"…".split("").reverse()`, `[..."…"].reverse()`,
 * `Array.from("…").reverse()`, `"…".reverse` (Ruby), `"…"[::-1]` (Python), `strrev("…")` (PHP),
 * `reverse("…")` (Perl).
 */
function reversedLiteral(text: string, hit: number): Found {
  const lower = text.slice(hit, hit + 7).toLowerCase();
  if (lower === "strrev(" || (lower === "reverse" && text[hit + 7] === "(" && text[hit - 1] !== ".")) {
    // The literal follows: strrev("…"), reverse("…").
    let i = hit + (lower === "strrev(" ? 7 : 8);
    while (isSpace(text.charCodeAt(i))) i++;
    return literalAt(text, i, true);
  }
  // The literal precedes, behind at most a split("") / ] / ) and the dot.
  let i = hit - 1;
  if (text.startsWith("[::-1]", hit)) {
    while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  } else {
    if (text[i] !== ".") return null;
    i--;
    const tail = text.slice(Math.max(0, i - 24), i + 1);
    const m = /(?:\.split\(\s*(?:""|''|``)\s*\)|\)|\])\s*$/.exec(tail);
    if (m) i -= m[0].length;
    while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  }
  const q = text.charCodeAt(i);
  if (q !== 34 && q !== 39 && q !== 96) return null;
  const open = literalStart(text, i);
  if (open < 0) return null;
  return reversedOf(text, open + 1, i, hit + 6);
}

/** Opening quote of the literal whose closing quote is at `close` (same line, escapes honoured), or -1. */
function literalStart(text: string, close: number): number {
  const q = text[close]!;
  for (let i = close - 1; i >= 0 && close - i < MAX_BACK; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return -1;
    if (text[i] === q) {
      let bs = 0;
      for (let k = i - 1; k >= 0 && text[k] === "\\"; k--) bs++;
      if (bs % 2 === 0) return i;
    }
  }
  return -1;
}

function literalAt(text: string, open: number, reverse: boolean): Found {
  const q = text[open];
  if (q !== '"' && q !== "'" && q !== "`") return null;
  for (let i = open + 1; i < text.length && i - open < MAX_BACK; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r") return null;
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === q) return reverse ? reversedOf(text, open + 1, i, i + 1) : null;
  }
  return null;
}

/** text[from, to) reversed, each character mapped to where it stands. Literals with escapes are left alone. */
function reversedOf(text: string, from: number, to: number, end: number): Found {
  if (to - from < MIN_CHARS || text.slice(from, to).includes("\\")) return null;
  // Every character maps to the whole literal: a span of the reversed text is a span of it.
  const chars = [...text.slice(from, to)].reverse().join("");
  return { norm: { text: chars, starts: new Int32Array(chars.length).fill(from), ends: new Int32Array(chars.length).fill(to) }, step: "reversed", end };
}

/**
 * A token written with one space after every character ("g h p _ M y 0 …"), joined back: single
 * characters separated by single spaces, from the prefix hit to where the rhythm breaks.
 */
function spacedRun(text: string, from: number): Found {
  const starts: number[] = [];
  let chars = "";
  let i = from;
  while (i < text.length && chars.length < 512) {
    const c = text[i]!;
    if (c === " " || c === "\t" || c === "\n" || c === "\r") break;
    chars += c;
    starts.push(i);
    if (text.charCodeAt(i + 1) !== 32) { i++; break; }
    const n = text.charCodeAt(i + 2);
    if (Number.isNaN(n) || n === 32 || n === 9 || n === 10 || n === 13) { i++; break; }
    // The next character must stand alone too (a word after the token is not part of it).
    const after = text.charCodeAt(i + 3);
    if (!Number.isNaN(after) && after !== 32 && after !== 9 && after !== 10 && after !== 13) { i++; break; }
    i += 2;
  }
  if (chars.length < 16) return null;
  return { norm: mapped(chars, starts), step: "reassembled", end: i };
}

function mapped(chars: string, starts: number[]): Normalized {
  const s = Int32Array.from(starts);
  const e = Int32Array.from(starts, (x) => x + 1);
  return { text: chars, starts: s, ends: e };
}
