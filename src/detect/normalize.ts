// Evasion-resistant view of a text: NFKC, invisible characters removed, combining marks dropped,
// Cyrillic/Greek look-alikes folded to Latin. Keeps a map back to the original offsets.

/** Zero-width, bidi controls, soft hyphen, word joiners, BOM, variation selectors, tag characters. */
export function isInvisible(cp: number): boolean {
  return (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2064) ||
    (cp >= 0x2066 && cp <= 0x2069) ||
    cp === 0xfeff || cp === 0x00ad || cp === 0x180e || cp === 0x034f || cp === 0x061c ||
    (cp >= 0xfe00 && cp <= 0xfe0f) ||
    (cp >= 0xe0000 && cp <= 0xe007f) ||
    (cp >= 0xe0100 && cp <= 0xe01ef)
  );
}

function isCombiningMark(cp: number): boolean {
  return (cp >= 0x0300 && cp <= 0x036f) || (cp >= 0x1ab0 && cp <= 0x1aff) || (cp >= 0x20d0 && cp <= 0x20ff);
}

/** Look-alikes NFKC leaves alone: Cyrillic, Greek and a few others that render as Latin letters. */
export const CONFUSABLES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // Cyrillic lower
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p", "с": "c",
    "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "һ": "h", "ԁ": "d", "ԛ": "q",
    "ԝ": "w", "ɡ": "g", "ӏ": "l", "ь": "b",
    // Cyrillic upper
    "А": "A", "В": "B", "Е": "E", "Ё": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ї": "I", "Ј": "J", "Ѕ": "S", "Һ": "H", "Ԁ": "D", "Ԛ": "Q",
    "Ԝ": "W", "Ӏ": "I",
    // Greek
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O",
    "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "α": "a", "ο": "o", "ν": "v", "ρ": "p", "τ": "t", "υ": "u",
    "ι": "i", "κ": "k", "χ": "x", "ϲ": "c", "ϳ": "j", "ɑ": "a",
    // Others
    "ı": "i", "ℓ": "l", "∕": "/", "⁄": "/", "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-",
  }),
);

export interface Normalized {
  text: string;
  /** starts[i]: original offset of the source of text[i]; ends[i]: its exclusive end. */
  starts: Int32Array;
  ends: Int32Array;
}

const NEEDS_WORK = /[^\x00-\x7f]|\x1b\[/;

/**
 * NEEDS_WORK's answer for a long text: a character above U+007F (any makes its UTF-8 longer than
 * it, a lone surrogate included), or an escape sequence. Counted natively, 3x faster than the
 * pattern on an all-ASCII MiB, a third of real code's (~13 -> ~4.5 ms per 55 MB).
 */
function needsWork(text: string): boolean {
  return Buffer.byteLength(text, "utf8") !== text.length || text.includes("\x1b[");
}

/** Returns null when normalization changes nothing (the common, all-ASCII case). */
export function normalizeForMatch(input: string): Normalized | null {
  if (!NEEDS_WORK.test(input)) return null;
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let changed = false;
  for (let i = 0; i < input.length; ) {
    const cp = input.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (cp === 0x1b && input.charCodeAt(i + 1) === 0x5b) {
      // ANSI CSI sequence (colours in terminal output): ESC [ params final-byte.
      let j = i + 2;
      while (j < input.length && j < i + 32 && !(input.charCodeAt(j) >= 0x40 && input.charCodeAt(j) <= 0x7e)) j++;
      i = j + 1;
      changed = true;
      continue;
    }
    if (cp < 0x80) {
      out.push(input[i]!);
      starts.push(i);
      ends.push(i + 1);
    } else if (isInvisible(cp) || isCombiningMark(cp)) {
      changed = true;
    } else {
      const ch = input.slice(i, i + width);
      const folded = foldChar(ch);
      if (folded !== ch) changed = true;
      for (let k = 0; k < folded.length; k++) {
        out.push(folded[k]!);
        starts.push(i);
        ends.push(i + width);
      }
    }
    i += width;
  }
  if (!changed) return null;
  return { text: out.join(""), starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}

function foldChar(ch: string): string {
  const direct = CONFUSABLES.get(ch);
  if (direct !== undefined) return direct;
  const nfkc = ch.normalize("NFKC");
  if (nfkc === ch) return ch;
  let folded = "";
  for (const c of nfkc) folded += CONFUSABLES.get(c) ?? c;
  return folded;
}

/** Map a [start,end) span of the normalized text back to the original. */
export function mapSpan(n: Normalized, start: number, end: number): [number, number] {
  const s = n.starts[Math.min(start, n.starts.length - 1)] ?? 0;
  const e = n.ends[Math.max(0, Math.min(end - 1, n.ends.length - 1))] ?? s;
  return [s, Math.max(s, e)];
}

/** A normalized window of a longer text: `offset` is where the window starts in that text. */
export interface NormalizedWindow {
  offset: number;
  /** End of the window in that text (exclusive). */
  end: number;
  norm: Normalized;
}

/**
 * Characters that can disguise an ASCII token: invisible and bidi controls, variation selectors,
 * tag characters, fullwidth forms, ligatures, mathematical alphanumerics, ANSI escapes, and
 * look-alike letters or dashes standing next to ASCII letters or digits (not across a hyphen:
 * "JS-файл", "API-ключ" are ordinary Russian, and the hyphen-joined parts are words of their own). Ordinary non-ASCII text
 * (CJK, accented words, emoji, whole Cyrillic or Greek words) needs no normalization pass.
 *
 * Characters that only disguise a token from inside it count only next to an ASCII word
 * character: look-alike letters and dashes, combining marks, fullwidth punctuation, and the
 * invisible joiners and selectors — which emoji sequences (👩‍💻, ❤️) and CJK text (，：) carry by
 * the thousand, between non-ASCII characters. Fullwidth letters and digits, bidi controls, tag
 * characters, mathematical alphanumerics and escapes count anywhere.
 */
const LOOK_ALIKE: ReadonlyArray<readonly [number, number]> = [[0x0250, 0x02af], [0x0370, 0x03ff], [0x0400, 0x052f], [0x2010, 0x2015], [0x2044, 0x2044], [0x2100, 0x214f], [0x2212, 0x2212], [0x2215, 0x2215]];
const INSIDE_ONLY: ReadonlyArray<readonly [number, number]> = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x180e, 0x180e], [0x200b, 0x200f], [0x2060, 0x2064], [0xfe00, 0xfe0f], [0xfeff, 0xfeff],
  [0x0300, 0x036f], [0xff01, 0xff0f], [0xff1a, 0xff20], [0xff3b, 0xff40], [0xff5b, 0xff5e], ...LOOK_ALIKE,
];
const ANYWHERE: ReadonlyArray<readonly [number, number]> = [[0x202a, 0x202e], [0x2066, 0x2069], [0xff10, 0xff19], [0xff21, 0xff3a], [0xff41, 0xff5a], [0xfb00, 0xfb06]];
const hex4 = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;
const charClass = (ranges: ReadonlyArray<readonly [number, number]>) => ranges.map(([a, b]) => (a === b ? hex4(a) : `${hex4(a)}-${hex4(b)}`)).join("");
const WORK_AT = new RegExp(`[${charClass(ANYWHERE)}]|\\uDB40[\\uDC00-\\uDDEF]|\\uD835[\\uDC00-\\uDFFF]|\\x1b\\[|[${charClass(INSIDE_ONLY)}](?:(?<=[A-Za-z0-9_].)|(?=[A-Za-z0-9_]))`, "y");
/**
 * The first character of every WORK_AT match, as a table over UTF-16 code units: the search hops
 * between these with one table read per character (the alternation above, tried at every
 * position, cost ~3 ns per character of real code; a regex of this one class, ~2.3 ns; the
 * table, ~1.2) and tries WORK_AT only where one stands. Filled by ranges: module code runs in
 * the interpreter, where a loop of 65k stores costs 10–20 ms at every start.
 */
const WORK_START = new Uint8Array(65536);
for (const [a, b] of [...ANYWHERE, ...INSIDE_ONLY, [0xdb40, 0xdb40], [0xd835, 0xd835], [0x1b, 0x1b]] as const) WORK_START.fill(1, a, b + 1);
const WINDOW = 256;

/**
 * Normalizes only the parts of `text` that need it: windows of ±256 chars around characters
 * that can disguise a token (see WORK_AT), merged. A megabyte of ordinary multilingual text
 * costs nothing here.
 */
export function normalizedWindows(text: string): NormalizedWindow[] {
  if (!needsWork(text)) return [];
  const windows: Array<[number, number]> = [];
  // An escape is the one WORK_START character in ASCII: without one, ASCII-only blocks hold none.
  const skipAscii = !text.includes("\x1b");
  for (let at = nextWorkStart(text, 0, skipAscii); at >= 0; at = nextWorkStart(text, at + 1, skipAscii)) {
    WORK_AT.lastIndex = at;
    if (!WORK_AT.test(text)) {
      // A letter inside a Cyrillic, Greek or IPA word has no ASCII neighbour: go on from the
      // word's last letter (the only one that can have one). Russian text made every letter a candidate.
      let q = at + 1;
      while (q < text.length && isScriptLetter(text.charCodeAt(q))) q++;
      if (q - 1 > at) at = q - 2; // the search goes on at q - 1
      continue;
    }
    const s = Math.max(0, at - WINDOW);
    const e = Math.min(text.length, at + WINDOW);
    // Not windows[-1] when there is none: that read threw the compiled loop back to a slower tier mid-scan.
    const last = windows.length > 0 ? windows[windows.length - 1] : undefined;
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else windows.push([s, e]);
    // Characters within the next half window are covered by this one: skip ahead.
    at = Math.max(WORK_AT.lastIndex, at + WINDOW / 2) - 1;
  }
  const out: NormalizedWindow[] = [];
  for (const [s, e] of windows) {
    // Do not cut a surrogate pair or an escape sequence at the window's edges.
    let s0 = s;
    while (s0 > 0 && (isLowSurrogate(text.charCodeAt(s0)) || text.charCodeAt(s0 - 1) === 0x1b)) s0--;
    let e0 = e;
    while (e0 < text.length && isLowSurrogate(text.charCodeAt(e0))) e0++;
    const norm = normalizeForMatch(s0 === 0 && e0 === text.length ? text : text.slice(s0, e0));
    if (norm) out.push({ offset: s0, end: e0, norm });
  }
  return out;
}

/**
 * Blocks of the text that nextWorkStart tests whole before reading them: real code's non-ASCII
 * characters cluster (a fifth of its 1 MiB chunks are all ASCII, 87% of its 1 KiB blocks), and
 * Buffer.byteLength tells an all-ASCII block natively, ~10x faster than the table loop reads it.
 */
const BLOCK = 1024;
const SUPER_BLOCK = 16 * BLOCK;

/**
 * The next WORK_START character at or after `from`, or -1. With `skipAscii` (no escape in the
 * text), a block found all ASCII as the search enters it is passed over: each block is tested once,
 * where a search crosses its start (the searches of one text move forwards only).
 */
function nextWorkStart(text: string, from: number, skipAscii: boolean): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    if (skipAscii && i % BLOCK === 0) {
      if (i % SUPER_BLOCK === 0 && asciiOnly(text, i, Math.min(n, i + SUPER_BLOCK))) {
        i += SUPER_BLOCK;
        continue;
      }
      if (asciiOnly(text, i, Math.min(n, i + BLOCK))) {
        i += BLOCK;
        continue;
      }
    }
    const end = skipAscii ? Math.min(n, i - (i % BLOCK) + BLOCK) : n;
    const at = workStartIn(text, i, end);
    if (at >= 0) return at;
    i = end;
  }
  return -1;
}

function asciiOnly(text: string, from: number, to: number): boolean {
  const s = from === 0 && to === text.length ? text : text.slice(from, to);
  return Buffer.byteLength(s, "utf8") === s.length;
}

/**
 * The first WORK_START character of text[from, to), or -1. A function of its own: the loop is
 * the only hot part of normalizedWindows, and compiled inside it, the top tier recompiled the
 * whole function three times in a run over real code (BUN_JSC_reportCompileTimes).
 */
function workStartIn(text: string, from: number, to: number): number {
  let i = from;
  // Four characters a step, one test for all four: ~12% off this loop on real code's non-ASCII MiBs.
  for (; i + 4 <= to; i += 4) if ((WORK_START[text.charCodeAt(i)]! | WORK_START[text.charCodeAt(i + 1)]! | WORK_START[text.charCodeAt(i + 2)]! | WORK_START[text.charCodeAt(i + 3)]!) !== 0) break;
  for (; i < to; i++) if (WORK_START[text.charCodeAt(i)] !== 0) return i;
  return -1;
}

/** IPA, Greek and Cyrillic letters (LOOK_ALIKE's U+0250–U+052F): all count only next to ASCII. */
function isScriptLetter(c: number): boolean {
  return c >= 0x0250 && c <= 0x052f;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
