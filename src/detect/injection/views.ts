// The passes: each view is a text derived from the input plus a map back to original offsets.
// Views are built only where they can change something (windows around look-alike characters,
// leetspeak tokens, entities, encoded runs), so a plain page costs one prefilter pass.
import { bytesToText, findEncodedSpans } from "../decode.ts";
import { isInvisible, mapSpan, normalizeForMatch, type Normalized } from "../normalize.ts";
import type { DecodeStep } from "../types.ts";
import { findEscapedLiterals, unescapeBody } from "../unescape.ts";
import type { HiddenRegion } from "./hidden.ts";

export interface View {
  text: string;
  /** Maps a span of the view to the original text (decoded views: the whole encoded span). */
  map(start: number, end: number): [number, number];
  path: DecodeStep[];
  note?: string;
  /** Set when everything in the view is hidden from a human (Unicode tag characters, …). */
  hidden?: HiddenRegion;
  /** Run the non-English patterns too (false on homoglyph-folded text). */
  languages: boolean;
}

type Span = [number, number];

/** Merged windows [p-before, p+after) around sorted positions. */
export function windowsAt(positions: readonly number[], length: number, before: number, after: number): Span[] {
  const out: Span[] = [];
  for (const p of positions) {
    const s = Math.max(0, p - before);
    const e = Math.min(length, p + after);
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

export function composeMap(outer: View, inner: (s: number, e: number) => Span): (s: number, e: number) => Span {
  return (s, e) => {
    const [a, b] = inner(s, e);
    return outer.map(a, b);
  };
}

/** Whole-span map: every position of a decoded text maps to the encoded span it came from. */
function spanMap(outer: View, start: number, end: number): (s: number, e: number) => Span {
  const span = outer.map(start, end);
  return () => span;
}

function normalizedMap(outer: View, n: Normalized, offset: number): (s: number, e: number) => Span {
  return (s, e) => {
    const [a, b] = mapSpan(n, s, e);
    return outer.map(a + offset, b + offset);
  };
}


/**
 * Where the folded views can matter, found in ONE pass over the text: look-alike letters next to
 * Latin ones, invisible and full-width characters (normalization), leet digits inside words, and
 * runs of single spaced-out letters.
 */
export interface Triggers {
  suspicious: number[];
  leet: number[];
  spaced: Span[];
  /** Hyphens inside words ("Ig-nore"). */
  hyphens: number[];
  /** Underscores between letters ("reply_only_in"). */
  underscores: number[];
  /** Tag characters or variation selectors seen (text may be smuggled in them). */
  smuggling: boolean;
}

// ASCII character classes for the trigger pass: 1 letter, 2 leet character, 4 spacing separator.
const ASCII_CLASS = new Uint8Array(128);
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = 1;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = 1;
for (const ch of "013457890@$!|") ASCII_CLASS[ch.charCodeAt(0)]! |= 2;
for (const ch of " .-_*|/") ASCII_CLASS[ch.charCodeAt(0)]! |= 4;

export function findTriggers(text: string): Triggers {
  const suspicious: number[] = [];
  const leet: number[] = [];
  const spaced: Span[] = [];
  const hyphens: number[] = [];
  const underscores: number[] = [];
  const n = text.length;
  let runStart = -1;
  let units = 0;
  let lastEnd = 0;
  // (Closing a spaced run is written out inline: a closure over runStart / units / lastEnd
  // would move them out of registers for the whole loop.)
  let smuggling = false;
  let prev = 0; // class of the previous character
  let prev2 = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) {
      if (isInvisible(c) || (c >= 0xff01 && c <= 0xff5e) || c === 0xd835 || c === 0xdb40 || (c >= 0x24b6 && c <= 0x24e9)) {
        suspicious.push(i);
        if (c === 0xdb40 || (c >= 0xfe00 && c <= 0xfe0f)) smuggling = true;
      }
      else if ((c >= 0x0370 && c <= 0x052f) || (c >= 0x0300 && c <= 0x036f) || c === 0x0131 || c === 0x0251 || c === 0x0261 || (c >= 0x1d00 && c <= 0x1d7f)) {
        if (prev === 1 || (i + 1 < n && (ASCII_CLASS[text.charCodeAt(i + 1)] ?? 0) === 1)) suspicious.push(i);
      }
      prev2 = prev;
      prev = c === 0xb7 || c === 0x2022 ? 4 : 0;
      continue;
    }
    const k = ASCII_CLASS[c]!;
    if ((c === 45 || c === 95) && prev === 1 && i + 1 < n && (ASCII_CLASS[text.charCodeAt(i + 1)] ?? 0) === 1) (c === 45 ? hyphens : underscores).push(i);
    if ((k & 2) !== 0) {
      const n1 = i + 1 < n ? (ASCII_CLASS[text.charCodeAt(i + 1)] ?? 0) & 1 : 0;
      if ((prev & 1 && n1) || (!(prev & 1) && n1 && i + 2 < n && (ASCII_CLASS[text.charCodeAt(i + 2)] ?? 0) & 1) || (prev & 1 && !n1 && prev2 & 1)) leet.push(i);
    }
    if (k === 1 && !(prev & 1)) {
      // A letter starting a word: a single letter followed by a separator extends a spaced run.
      const nc = i + 1 < n ? text.charCodeAt(i + 1) : -1;
      const nk = nc < 0 ? 0 : nc < 128 ? ASCII_CLASS[nc]! : nc === 0xb7 || nc === 0x2022 ? 4 : 0;
      if (nk & 4) {
        if (runStart < 0 || i - lastEnd > 4) {
          if (runStart >= 0 && units >= 6) spaced.push([runStart, lastEnd]);
          units = 0;
          runStart = i;
        }
        units++;
        lastEnd = i + 1;
      } else if (!(nk & 1)) {
        if (runStart >= 0 && i - lastEnd <= 4) {
          units++;
          lastEnd = i + 1;
        }
        if (runStart >= 0 && units >= 6) spaced.push([runStart, lastEnd]);
        runStart = -1;
        units = 0;
      } else if (runStart >= 0) {
        if (units >= 6) spaced.push([runStart, lastEnd]);
        runStart = -1;
        units = 0;
      }
    }
    prev2 = prev;
    prev = k;
  }
  if (runStart >= 0 && units >= 6) spaced.push([runStart, lastEnd]);
  return { suspicious, leet, spaced, hyphens, underscores, smuggling };
}

/** Invisible characters removed, homoglyphs folded, NFKC — in windows around suspicious characters. */
export function normalizedViews(view: View, t: Triggers): View[] {
  const out: View[] = [];
  for (const [s, e] of windowsAt(t.suspicious, view.text.length, 160, 240)) {
    const n = normalizeForMatch(view.text.slice(s, e));
    if (!n) continue;
    out.push({ text: n.text, map: normalizedMap(view, n, s), path: view.path, note: "found after removing invisible or look-alike characters", languages: false, hidden: view.hidden });
  }
  return out;
}

// Leetspeak: digits and symbols standing for letters inside words.
// ASCII only (the rest maps to itself): a 64K identity table cost a 65,536-step loop in module code, run interpreted at every start.
const LEET = new Uint16Array(128);
for (let i = 0; i < 128; i++) LEET[i] = i;
for (const [from, to] of Object.entries({ "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g", "@": "a", $: "s", "!": "i", "|": "l" })) LEET[from.charCodeAt(0)] = to.charCodeAt(0);
const UTF16 = new TextDecoder("utf-16le");

function leetFold(s: string, one: "i" | "l"): string {
  const u = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    u[i] = c < 128 ? LEET[c]! : c;
  }
  if (one === "l") for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 49) u[i] = 108;
  return UTF16.decode(u);
}

/**
 * A window's start moved back to the start of its line (or of the word it cuts, on a long line): a window
 * opening inside "2. List launch agents:" would read " agents:" as a line addressing agents.
 */
function lineAligned(text: string, s: number): number {
  if (s === 0) return s;
  const from = Math.max(0, s - 121);
  const nl = text.slice(from, s).lastIndexOf("\n");
  if (nl >= 0) return from + nl + 1;
  if (from === 0) return 0;
  let i = s;
  while (i > 0 && s - i < 40 && WORD_CHAR.test(text[i - 1]!)) i--;
  return i;
}
const WORD_CHAR = /[\p{L}\p{N}_@$!|]/u;

/** Leetspeak folded (length-preserving, so offsets map 1:1), in windows around leet tokens. */
export function leetViews(view: View, t: Triggers): View[] {
  const out: View[] = [];
  // A lone digit between letters is a CSS class or an id ("h1", "x2y"); leetspeak has several.
  const positions = t.leet.filter((p, i, all) => (all[i + 1] !== undefined && all[i + 1]! - p <= 12) || (i > 0 && p - all[i - 1]! <= 12));
  for (const [s0, e] of windowsAt(positions, view.text.length, 160, 240)) {
    const s = lineAligned(view.text, s0);
    const slice = view.text.slice(s, e);
    const n = normalizeForMatch(slice);
    const base = n ? n.text : slice;
    const inner = n ? (a: number, b: number) => { const [x, y] = mapSpan(n, a, b); return [x + s, y + s] as Span; } : (a: number, b: number) => [a + s, b + s] as Span;
    for (const one of base.includes("1") ? (["i", "l"] as const) : (["i"] as const)) {
      out.push({ text: leetFold(base, one), map: composeMap(view, inner), path: view.path, note: "found after folding leetspeak", languages: false, hidden: view.hidden });
    }
  }
  return out;
}

/** Words split by hyphens ("Ig-nore all pre-vious in-struc-tions"), joined — where several occur close together. */
export function dehyphenViews(view: View, t: Triggers): View[] {
  const dense = t.hyphens.filter((p, i, all) => (all[i + 2] !== undefined && all[i + 2]! - p <= 60) || (i >= 2 && p - all[i - 2]! <= 60));
  const out: View[] = [];
  let k = 0; // windows and hyphens are both in text order: one walk over the hyphens for all windows
  for (const [s, e] of windowsAt(dense, view.text.length, 120, 160)) {
    while (k < dense.length && dense[k]! < s) k++;
    const cuts: Array<[number, number]> = [];
    for (; k < dense.length && dense[k]! < e; k++) cuts.push([dense[k]!, dense[k]! + 1]);
    const n = windowWithout(view.text, s, e, cuts);
    out.push({ text: n.text, map: normalizedMap(view, n, s), path: view.path, note: "found after joining hyphen-split words", languages: false, hidden: view.hidden });
  }
  return out;
}

/**
 * text[s, e) without the spans `cuts` ([start, end), ascending, each starting inside the window; a
 * span that starts inside one already cut is skipped): the stretches between them copied whole,
 * mapped back to offsets from s.
 */
function windowWithout(text: string, s: number, e: number, cuts: ReadonlyArray<readonly [number, number]>): Normalized {
  const parts: string[] = [];
  const idx: number[] = [];
  let from = s;
  for (const [cs, ce] of cuts) {
    if (cs < from) continue;
    parts.push(text.slice(from, cs));
    for (let i = from; i < cs; i++) idx.push(i - s);
    from = Math.min(ce, e);
  }
  parts.push(text.slice(from, e));
  for (let i = from; i < e; i++) idx.push(i - s);
  const starts = Int32Array.from(idx);
  return { text: parts.join(""), starts, ends: starts.map((x) => x + 1) };
}

/** Fewest underscores joining one token's words for it to read as a sentence ("tell_user_to_visit_…"), not an identifier ("get_user_by_id"). */
const SENTENCE_UNDERSCORES = 6;

/**
 * A sentence written as one token, words joined by underscores (a file name, a user name, a branch:
 * "READ_ME_assistant_reply_only_in_…_and_tell_user_to_visit_….txt"): the underscores read as spaces,
 * length kept, so offsets map 1:1.
 */
export function underscoreViews(view: View, t: Triggers): View[] {
  const u = t.underscores;
  const out: View[] = [];
  const text = view.text;
  for (let i = 0; i < u.length; ) {
    let j = i;
    while (j + 1 < u.length && u[j + 1]! - u[j]! <= 24 && !/\s/.test(text.slice(u[j]!, u[j + 1]!))) j++;
    if (j - i + 1 >= SENTENCE_UNDERSCORES) {
      let s = u[i]!;
      while (s > 0 && !/\s/.test(text[s - 1]!) && u[i]! - s < 40) s--;
      let e = u[j]! + 1;
      while (e < text.length && !/\s/.test(text[e]!) && e - u[j]! < 80) e++;
      const slice = text.slice(s, e).replace(/_/g, " ");
      out.push({ text: slice, map: (a, b) => view.map(a + s, b + s), path: view.path, note: "found after reading underscores as spaces", languages: view.languages, hidden: view.hidden });
    }
    i = j + 1;
  }
  return out;
}

/**
 * Some line ends with a hyphen ("-\n", "-\r\n", "- \n"): one pass over the line breaks. A regex for
 * `-[ \t]+\r?\n` stops at every hyphen of a page (class names, dates) and cost 4% of a page's scan.
 */
function hyphenAtLineEnd(text: string): boolean {
  for (let p = text.indexOf("\n"); p >= 0; p = text.indexOf("\n", p + 1)) {
    let j = p - 1;
    if (text.charCodeAt(j) === 13) j--;
    while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
    if (j >= 0 && text.charCodeAt(j) === 45) return true;
  }
  return false;
}

/**
 * Text extracted from a PDF or a justified layout splits words at line ends ("seg-\nment",
 * "pro-\ncessing"): the words joined again, each soft hyphen and its line break removed, in
 * windows around them. Only a lower-case letter on both sides counts ("e-\nmail" joins too, which
 * is harmless; "Q3-\nNext" is left alone).
 */
export function lineBreakHyphenViews(view: View): View[] {
  const text = view.text;
  if (!hyphenAtLineEnd(text)) return [];
  const breaks: Array<[number, number]> = [];
  for (const m of text.matchAll(/(?<=\p{Ll})-[ \t]{0,4}\r?\n[ \t>]{0,8}(?=\p{Ll})/gu)) breaks.push([m.index!, m.index! + m[0].length]);
  if (breaks.length === 0) return [];
  const out: View[] = [];
  let k = 0;
  for (const [s, e] of windowsAt(breaks.map((b) => b[0]), text.length, 240, 320)) {
    while (k < breaks.length && breaks[k]![0] < s) k++;
    const cuts: Array<[number, number]> = [];
    for (; k < breaks.length && breaks[k]![0] < e; k++) cuts.push(breaks[k]!);
    const n = windowWithout(text, s, e, cuts);
    out.push({ text: n.text, map: normalizedMap(view, n, s), path: view.path, note: "found after joining words split at line ends", languages: true, hidden: view.hidden });
  }
  return out;
}

/** Necessary for /\b(?:rot-?13|ebg-?13)\b/i: some "13" preceded by rot / ebg (and an optional hyphen). */
function namesRot13(t: string): boolean {
  for (let p = t.indexOf("13"); p >= 0; p = t.indexOf("13", p + 2)) {
    if (/(?:rot|ebg)-?$/i.test(t.slice(Math.max(0, p - 4), p))) return true;
  }
  return false;
}

// Probes for namesReversal: a rare letter of each phrase, a neighbour that must come with it, and
// the phrase (sticky) from the probe's offset back. indexOf runs at memchr speed; a
// case-insensitive regex over the whole text does not.
const REVERSAL_PROBES: Array<[string, number, number, RegExp]> = [
  ["v", -1, 2, /revers/iy], ["V", -1, 2, /revers/iy], // "re(v)ers": 'e' before
  ["k", 1, 3, /backwards/iy], ["K", 1, 3, /backwards/iy], // "bac(k)wards": 'w' after
  ["f", 1, 5, /to[\s-]left/iy], ["F", 1, 5, /to[\s-]left/iy], // "to le(f)t": 't' after
];
const REVERSAL_NEIGHBOUR: Record<string, number> = { v: 101, V: 101, k: 119, K: 119, f: 116, F: 116 };

/** Necessary for /backwards|reversed|in\s+reverse|reverse\s+order|right[\s-]to[\s-]left/i: one of revers / backwards / to-left occurs. */
function namesReversal(t: string): boolean {
  for (const [ch, dir, back, re] of REVERSAL_PROBES) {
    const want = REVERSAL_NEIGHBOUR[ch]!;
    for (let p = t.indexOf(ch, back); p >= 0; p = t.indexOf(ch, p + 1)) {
      if ((t.charCodeAt(p + dir) | 32) !== want) continue;
      re.lastIndex = p - back;
      if (re.test(t)) return true;
    }
  }
  return false;
}

const ROT13_CODE = Uint16Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90 ? 65 + ((c - 52) % 26) : c >= 97 && c <= 122 ? 97 + ((c - 84) % 26) : c));

/** ROT13 of ASCII letters, everything else kept (a code-unit loop: a replace() callback per letter cost more than the scan of the view). */
function ROT13(s: string): string {
  const codes = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    codes[i] = c < 128 ? ROT13_CODE[c]! : c;
  }
  return fromCodes(codes);
}

function fromCodes(codes: Uint16Array): string {
  let out = "";
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode.apply(null, codes.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

/** The text reversed by code point (a surrogate pair stays a pair), same length. */
function reversed(t: string): string {
  const n = t.length;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = t.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        codes[n - 2 - i] = c;
        codes[n - 1 - i] = d;
        i++;
        continue;
      }
    }
    codes[n - 1 - i] = c;
  }
  return fromCodes(codes);
}

/**
 * Texts an attacker asks to be decoded before obeying: ROT13 and reversed text. Built for short
 * texts (a tool result, a comment, a field) or when the text names the trick; both views keep
 * length, so offsets map back directly.
 */
export function transformedViews(view: View): View[] {
  const t = view.text;
  const out: View[] = [];
  const short = t.length <= 4096;
  // Cheap necessary conditions first: the named-trick regexes cost a full case-insensitive pass.
  if (short || (namesRot13(t) && /\b(?:rot-?13|ebg-?13)\b/i.test(t))) {
    const n = Math.min(t.length, 20000);
    out.push({ text: ROT13(t.slice(0, n)), map: (s, e) => view.map(Math.min(s, n), Math.min(e, n)), path: view.path, note: "found after ROT13 decoding", languages: false, hidden: view.hidden });
  }
  if (short || (namesReversal(t) && /backwards|reversed|in\s+reverse|reverse\s+order|right[\s-]to[\s-]left/i.test(t))) {
    const n = Math.min(t.length, 20000);
    const rev = reversed(t.slice(0, n));
    out.push({ text: rev, map: (s, e) => view.map(n - Math.min(e, n), n - Math.min(s, n)), path: view.path, note: "found in reversed text", languages: false, hidden: view.hidden });
  }
  return out;
}

/** Text spaced out character by character ("a s s i s t a n t :  p l e a s e"), with the spaces taken out. */
export function despacedViews(view: View, t: Triggers): View[] {
  const out: View[] = [];
  if (t.spaced.length === 0) return out;
  const RUN = /(?:\S {1,2}){8,}\S/g;
  const seen = new Set<number>();
  for (const [ws, we] of windowsAt(t.spaced.map(([a]) => a), view.text.length, 200, 600)) {
  const slice = view.text.slice(ws, we);
  RUN.lastIndex = 0;
  for (let m = RUN.exec(slice); m !== null; m = RUN.exec(slice)) {
    if (seen.has(ws + m.index)) continue;
    seen.add(ws + m.index);
    const run = m[0];
    const chars: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    for (let i = 0; i < run.length; i++) {
      const c = run[i]!;
      if (c === " ") {
        // One space separates letters; two or more separate words.
        if (run[i + 1] === " ") {
          chars.push(" ");
          starts.push(i);
          ends.push(i + 1);
          while (run[i + 1] === " ") i++;
        }
        continue;
      }
      chars.push(c);
      starts.push(i);
      ends.push(i + 1);
    }
    const n: Normalized = { text: chars.join(""), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
    out.push({ text: n.text, map: normalizedMap(view, n, ws + m.index), path: view.path, note: "found after removing letter spacing", languages: true, hidden: view.hidden });
  }
  }
  return out;
}

/** Letter-spaced text ("I g n o r e  a l l …"): runs of single letters, squashed. */
export function spacedRuns(view: View, t: Triggers): Array<{ squashed: string; start: number; end: number }> {
  return t.spaced.map(([a, b]) => {
    const [s, e] = view.map(a, b);
    return { squashed: view.text.slice(a, b).replace(/[^A-Za-z]/g, "").toLowerCase(), start: s, end: e };
  });
}

/** String literals with escapes (\u0069gnore), unescaped. */
export function escapedViews(view: View): View[] {
  // JSON and JS literals: "\n\nIgnore" hides a word start from \b; \u0069gnore hides the word.
  if (!view.text.includes("\\")) return [];
  return [...findEscapedLiterals(view.text), ...calendarTextValues(view.text)].map((lit) => ({
    text: lit.text, map: normalizedMap(view, lit, 0), path: [...view.path, "escape" as const], note: "found in an unescaped string literal", languages: true, hidden: view.hidden,
  }));
}

/** An iCalendar text property ("DESCRIPTION:Agenda…\n\nAssistant preparing …:"): its value is unquoted, with \n for its line breaks. */
const CALENDAR_TEXT = /^(?:DESCRIPTION|SUMMARY|COMMENT|LOCATION|X-ALT-DESC)(?:;[^:\n]{0,200})?:/gm;

/** The escaped text values of a calendar file (only a text holding "BEGIN:V…" is looked at). */
function calendarTextValues(text: string): Normalized[] {
  if (!text.includes("BEGIN:V")) return [];
  const out: Normalized[] = [];
  for (const m of text.matchAll(CALENDAR_TEXT)) {
    const from = m.index! + m[0].length;
    const nl = text.indexOf("\n", from);
    const value = text.slice(from, nl < 0 ? text.length : nl);
    if (!value.includes("\\")) continue;
    const u = unescapeBody(value, from);
    if (u) out.push(u);
  }
  return out;
}

/** base64 / hex / percent-encoded runs that decode to text. */
export function encodedViews(view: View): View[] {
  return findEncodedSpans(view.text).map((sp) => ({
    text: sp.decoded, map: spanMap(view, sp.start, sp.end), path: [...view.path, sp.step], note: `found in ${sp.step}-decoded text`, languages: true, hidden: view.hidden,
  }));
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

function decodeEntity(dec: string | undefined, hex: string | undefined, name: string | undefined): string | null {
  if (dec !== undefined || hex !== undefined) {
    const cp = dec !== undefined ? parseInt(dec, 10) : parseInt(hex!, 16);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : null;
  }
  return NAMED[name!.toLowerCase()] ?? null;
}

const INLINE = new Set(["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "font", "wbr", "del", "ins"]);

/** Builds a view from pieces of the original, each with its original offset (a segment map). */
class SegmentBuilder {
  private parts: string[] = [];
  private segV: number[] = [];
  private segO: number[] = [];
  private segVL: number[] = [];
  private segOL: number[] = [];
  private vlen = 0;
  private lastOrigEnd = -1;

  push(str: string, orig: number, origLen: number): void {
    if (str.length === 0) return;
    this.parts.push(str);
    this.segV.push(this.vlen);
    this.segO.push(orig);
    this.segVL.push(str.length);
    this.segOL.push(origLen);
    this.vlen += str.length;
    this.lastOrigEnd = orig + origLen;
  }

  /** A separator (space / newline) unless the last piece already ends with whitespace. */
  separate(at: number, sep = " "): void {
    const last = this.parts[this.parts.length - 1];
    if (last === undefined) return;
    const c = last.charCodeAt(last.length - 1);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13) this.push(sep, at, 0);
  }

  /** Piece of the original that continues the previous one directly, or after a separator. */
  pushOriginal(text: string, from: number, to: number): void {
    if (to <= from) return;
    if (this.lastOrigEnd >= 0 && from !== this.lastOrigEnd) this.separate(from, "\n");
    this.push(text.slice(from, to), from, to - from);
  }

  build(note: string): View | null {
    if (this.parts.length === 0) return null;
    const text = this.parts.join("");
    const { segV, segO, segVL, segOL } = this;
    const n = segV.length;
    const find = (p: number): number => {
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (segV[mid]! <= p) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const at = (p: number, isEnd: boolean): number => {
      const k = find(isEnd ? Math.max(0, p - 1) : p);
      const vl = segVL[k]!;
      const ol = segOL[k]!;
      if (vl !== ol) return isEnd ? segO[k]! + ol : segO[k]!;
      return segO[k]! + (Math.min(p, segV[k]! + vl) - segV[k]!);
    };
    return { text, map: (s, e) => [at(s, false), Math.max(at(s, false), at(e, true))], path: [], note, languages: true };
  }
}

/**
 * One pass over an HTML document, two complementary views: the text a browser shows (tags
 * removed — inline tags join words, block tags separate them — entities decoded, comments and
 * script/style/template bodies skipped) and the markup a reader never sees (tags with their
 * attributes, comments, script/style/template bodies). Together they cover the document once.
 */
/** A made-up element named for the AI reader: <assistant-only>, <ai_instructions>, <note-for-the-model>. */
const READER_TAG_NAME = /^(?:(?:assistant|ai|llm|model|agent|bot)[_-]only|(?:assistant|ai|llm|model|agent)[_-](?:instructions?|directives?|notes?)|(?:note|message|instructions?)[_-](?:for|to)[_-](?:the[_-])?(?:assistant|ai|llm|model|agent))$/;

export function htmlViews(text: string): { visible: View | null; markup: View | null } {
  const vis = new SegmentBuilder();
  const mark = new SegmentBuilder();
  const TOKEN = /<(\/?)([a-zA-Z][\w:-]{0,40})\b[^>]{0,4000}>|<!--|&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;
  let pos = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    if (m.index > pos) vis.push(text.slice(pos, m.index), pos, m.index - pos);
    pos = m.index + m[0].length;
    const tok = m[0];
    if (tok.charCodeAt(0) === 38) {
      const d = decodeEntity(m[3], m[4], m[5]);
      vis.push(d ?? tok, m.index, tok.length);
      continue;
    }
    if (tok === "<!--") {
      const close = text.indexOf("-->", pos);
      const end = close < 0 ? text.length : close + 3;
      vis.separate(m.index);
      mark.pushOriginal(text, m.index, end);
      pos = end;
      TOKEN.lastIndex = pos;
      continue;
    }
    mark.pushOriginal(text, m.index, pos);
    const name = m[2]!.toLowerCase();
    if (!m[1] && (name === "script" || name === "style" || name === "template")) {
      const close = indexOfCloseTag(text, name, pos);
      const end = close < 0 ? text.length : close;
      mark.pushOriginal(text, pos, end);
      pos = end;
      TOKEN.lastIndex = pos;
      continue;
    }
    // "<assistant-only>…": a made-up tag naming the AI reader labels the text it opens, as "[assistant-only]" would.
    // Only where a label stands (a line, a string, after a sentence): "uses <assistant-only> tags to …" writes about one.
    if (!m[1] && READER_TAG_NAME.test(name) && /(?:^|[\n>"'.!?:])[ \t]{0,4}$/.test(text.slice(Math.max(0, m.index - 8), m.index))) vis.push("\n[for the AI] ", m.index, tok.length);
    else if (!INLINE.has(name)) vis.separate(m.index, "\n");
  }
  if (pos < text.length) vis.push(text.slice(pos), pos, text.length - pos);
  return { visible: vis.build("found in the page's visible text"), markup: mark.build("found in the page's markup") };
}

/** The text a browser shows (see htmlViews). */
export function htmlTextView(text: string): View | null {
  return htmlViews(text).visible;
}

/** Offset of `</name` (any case) from `from`, or -1. */
function indexOfCloseTag(text: string, name: string, from: number): number {
  const re = new RegExp(`</${name}`, "gi");
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : -1;
}

/** Entities outside HTML (JSON or text carrying `&#105;gnore`), in windows. */
export function entityViews(view: View): View[] {
  const out: View[] = [];
  if (!view.text.includes("&")) return out;
  const at: number[] = [];
  const re = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|lt|gt|quot);/g;
  for (let m = re.exec(view.text); m !== null; m = re.exec(view.text)) at.push(m.index);
  for (const [s, e] of windowsAt(at, view.text.length, 120, 200)) {
    const v = htmlTextView(view.text.slice(s, e));
    if (!v) continue;
    out.push({ ...v, map: composeMap(view, (a, b) => { const [x, y] = v.map(a, b); return [x + s, y + s]; }), path: view.path, note: "found after decoding HTML entities", hidden: view.hidden });
  }
  return out;
}

export interface Smuggled {
  start: number;
  end: number;
  decoded: string;
  kind: "unicode-tags" | "variation-selectors";
}

const TAG_RUN = /(?:\udb40[\udc00-\udc7f])+/g;
const VS_RUN = /(?:[\ufe00-\ufe0f]|\udb40[\udd00-\uddef]){4,}/g;

/** Text smuggled in invisible code points: Unicode tag characters and variation-selector bytes. */
export function findSmuggled(text: string): Smuggled[] {
  const out: Smuggled[] = [];
  if (!/[\ufe00-\ufe0f\udb40]/.test(text)) return out;
  if (text.includes("\udb40")) {
    TAG_RUN.lastIndex = 0;
    for (let m = TAG_RUN.exec(text); m !== null; m = TAG_RUN.exec(text)) {
      // Emoji subdivision flags (🏴 + tag letters + cancel tag) are legitimate.
      if (text.slice(Math.max(0, m.index - 2), m.index) === "\ud83c\udff4") continue;
      let decoded = "";
      for (let i = 0; i < m[0].length; i += 2) {
        const cp = m[0].codePointAt(i)! - 0xe0000;
        if (cp >= 0x20 && cp <= 0x7e) decoded += String.fromCharCode(cp);
      }
      if (decoded.length > 0) out.push({ start: m.index, end: m.index + m[0].length, decoded, kind: "unicode-tags" });
    }
  }
  VS_RUN.lastIndex = 0;
  for (let m = VS_RUN.exec(text); m !== null; m = VS_RUN.exec(text)) {
    const bytes: number[] = [];
    for (const ch of m[0]) {
      const cp = ch.codePointAt(0)!;
      bytes.push(cp <= 0xfe0f ? cp - 0xfe00 : cp - 0xe0100 + 16);
    }
    const decoded = bytesToText(Uint8Array.from(bytes));
    if (decoded) out.push({ start: m.index, end: m.index + m[0].length, decoded, kind: "variation-selectors" });
  }
  return out;
}
