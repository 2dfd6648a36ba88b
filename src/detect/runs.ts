// Cheap whole-text passes that stand in for keywords where a secret has no literal anchor.
import { isBip39WordFolded } from "./bip39.ts";
import { keepOutOfLine } from "./jit.ts";

/**
 * Maximal runs of 20+ base64/base58/hex characters, then up to two "=". One pass feeds the
 * decoders (base64, hex) and the anchorless key rules (WIF, Bitcoin addresses). This regex is the
 * definition (and the trigger's identity for rules); findLongRuns finds the same runs faster.
 */
export const LONG_RUN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{20,}={0,2}/g;

const RUN_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) RUN_CHAR[c] = /[A-Za-z0-9+/_-]/.test(String.fromCharCode(c)) ? 1 : 0;

/**
 * The LONG_RUN matches as [start, end] pairs, found by a character loop that probes one position
 * every 20: several times cheaper on JavaScriptCore than the look-behind regex.
 */
export function findLongRuns(text: string): Int32Array {
  const n = text.length;
  // A run takes 20+ characters and ends before a character of another kind: room for every run.
  const out = scratch(2 * (Math.floor(n / 21) + 1));
  let found = 0;
  const isRun = (p: number) => {
    const c = text.charCodeAt(p);
    return c < 128 && RUN_CHAR[c] === 1;
  };
  // Invariant: no run reaches into i from before (text[i-1] is not a token character, or i ends
  // a run already taken). A run of 20+ starting in [i, i+19] covers i+19: probe only there.
  let i = 0;
  while (i + 19 < n) {
    const p = i + 19;
    if (!isRun(p)) {
      i = p + 1;
      continue;
    }
    // Forward first: a run that ends before i + 20 is too short whatever its start (most
    // identifiers and words), and its characters before the probe are not read at all.
    let j = p + 1;
    while (j < n && isRun(j)) j++;
    if (j - i < 20) {
      i = j;
      continue;
    }
    let s = p;
    while (s > i && isRun(s - 1)) s--;
    if (j - s >= 20) {
      let k = j;
      if (k < n && text.charCodeAt(k) === 61) k++;
      if (k < n && text.charCodeAt(k) === 61) k++;
      out[found] = s;
      out[found + 1] = k;
      found += 2;
      i = k;
    } else i = j;
  }
  return out.slice(0, found);
}

/**
 * The run finders' output table, kept from call to call and grown as texts need: a table made per
 * call (an array grown run by run, then copied; a typed array sized for the most runs the text
 * could hold) took fresh pages at every MiB, ~2,000 page faults per pass over the real-code
 * corpus. Each call copies out what it found; nothing in the table outlives a call. A text far
 * larger than a stream's scan (a whole payload) gets a table of its own, not kept.
 */
let table = new Int32Array(4096);
const KEPT_MAX = 1 << 18;
function scratch(size: number): Int32Array {
  if (table.length >= size) return table;
  if (size > KEPT_MAX) return new Int32Array(size);
  return (table = new Int32Array(Math.min(KEPT_MAX, Math.max(size, table.length * 2))));
}

// Character classes of findPhraseRuns as bits of one table over every UTF-16 code unit: a table
// read instead of chains of comparisons keeps the function small, and JavaScriptCore's top tier
// spent 75–150 ms compiling the comparison version in every process that scanned a few MB.
const LOWER = 1;
const UPPER = 2;
const OTHER_LETTER = 4; // any non-ASCII code unit counts as a letter
const SEPARATOR = 8;
const PHRASE_CLASS = new Uint8Array(65536);
for (let c = 97; c <= 122; c++) PHRASE_CLASS[c] = LOWER;
for (let c = 65; c <= 90; c++) PHRASE_CLASS[c] = UPPER;
// fill, not a loop: module code runs in the interpreter, where 65k stores cost 10-20 ms at every start.
PHRASE_CLASS.fill(OTHER_LETTER, 128);
// What may stand between phrase words: whitespace, commas, quotes, list numbers ("1." "2)"),
// table cells and bullets ("| 3 | word |", "- word").
for (const c of [32, 10, 13, 9, 44, 34, 39, 46, 41, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 124, 45]) PHRASE_CLASS[c] = SEPARATOR;

function isLowerOnly(c: number): boolean {
  return (PHRASE_CLASS[c]! & LOWER) !== 0;
}

/** A word character of a run: lower-case letters, or any letter in a run of capitalized words. */
function inWord(capitals: boolean, c: number): boolean {
  return (PHRASE_CLASS[c]! & (capitals ? LOWER | UPPER : LOWER)) !== 0;
}

function isUpper(c: number): boolean {
  return (PHRASE_CLASS[c]! & UPPER) !== 0;
}

function isAsciiLetter(c: number): boolean {
  return (PHRASE_CLASS[c]! & (LOWER | UPPER)) !== 0;
}

function isLetter(c: number): boolean {
  return (PHRASE_CLASS[c]! & (LOWER | UPPER | OTHER_LETTER)) !== 0;
}

function isSeparator(c: number): boolean {
  return (PHRASE_CLASS[c]! & SEPARATOR) !== 0;
}

const MIN_WORDS = 12;
const MAX_GAP = 16;

/** Where extendLeft's and extendRight's walks end, and the words they took (one pair, read at once). */
let walkEnd = 0;
let walkWords = 0;

/** From a run's first word at `start`, the words before it: sets walkEnd (the new start) and walkWords. */
function extendLeft(text: string, start: number, capitals: boolean): void {
  let words = 0;
  for (;;) {
    let g = start;
    while (g > 0 && start - g < MAX_GAP && isSeparator(text.charCodeAt(g - 1))) g--;
    if (g === start || g === 0 || !inWord(capitals, text.charCodeAt(g - 1))) break;
    let s0 = g;
    while (s0 > 0 && inWord(capitals, text.charCodeAt(s0 - 1))) s0--;
    if (g - s0 < 3 || g - s0 > 8 || (s0 > 0 && isLetter(text.charCodeAt(s0 - 1))) || (capitals && !isUpper(text.charCodeAt(s0))) || !isBip39WordFolded(text, s0, g)) break;
    start = s0;
    words++;
  }
  walkEnd = start;
  walkWords = words;
}

/** From a run's last word ending at `end`, the words after it: sets walkEnd (the new end) and walkWords. */
function extendRight(text: string, end: number, capitals: boolean): void {
  const n = text.length;
  let words = 0;
  for (;;) {
    let g = end;
    while (g < n && g - end < MAX_GAP && isSeparator(text.charCodeAt(g))) g++;
    if (g === end || g >= n || !inWord(capitals, text.charCodeAt(g))) break;
    let e0 = g;
    while (e0 < n && inWord(capitals, text.charCodeAt(e0))) e0++;
    if (e0 - g < 3 || e0 - g > 8 || (e0 < n && isLetter(text.charCodeAt(e0))) || (capitals && !isUpper(text.charCodeAt(g))) || !isBip39WordFolded(text, g, e0)) break;
    end = e0;
    words++;
  }
  walkEnd = end;
  walkWords = words;
}

/**
 * Runs of 12+ BIP-39 wordlist words (3–8 lowercase letters each) separated only by separators:
 * where a seed phrase could be. Probes one position every 47 chars (a 12-word phrase spans at
 * least 47) and expands word by word around probes that land on a wordlist word; prose and code
 * break these runs within a few words (a, of, to, long words, any word not in the list). Testing
 * the list while walking, not after, keeps the walks short: a run of ordinary short words ran on
 * to its end first.
 * A probe on a capital looks for a run of capitalized words instead (UPPER CASE or Title Case).
 * The walks are functions of their own, kept out of line: inlined into the probe loop, the top
 * tier compiled this function for 270–570 ms at a time, three times in one `toolkit check` of
 * 21 MB of code (BUN_JSC_reportCompileTimes). Returns [start, end) pairs, flat.
 */
export function findPhraseRuns(text: string): Int32Array {
  // A probe moves on by STRIDE - 1 or more and finds a run at most: room for every run.
  const out = scratch(2 * (Math.floor(text.length / (STRIDE - 1)) + 2));
  return out.slice(0, phraseRunsInto(text, out));
}

/** A 12-word phrase spans at least this many characters: one probe every STRIDE finds it. */
const STRIDE = MIN_WORDS * 3 + (MIN_WORDS - 1);

/**
 * findPhraseRuns' probe loop: writes the runs into `out`, returns how many entries it wrote. Apart
 * from the table and its copy: the top tier compiles this loop inside its first long call, and a
 * property read or a global (`Math`) before or after the loop had no profile yet or failed its
 * cache there, and each later call left the compiled code (100 exits, a recompile per process,
 * BUN_JSC_printEachOSRExit); one at the top sent whole 1 MiB calls back to the baseline tier.
 */
function phraseRunsInto(text: string, out: Int32Array): number {
  const n = text.length;
  const stride = STRIDE;
  let found = 0;
  let p = stride - 1;
  while (p < n) {
    // Find a word at or next to the probe. A probe on a capital starts a run of capitalized
    // words (UPPER CASE or Title Case: a backup card); otherwise a run of lower-case words.
    let q = p;
    while (q < n && q < p + MAX_GAP && isSeparator(text.charCodeAt(q))) q++;
    if (q >= n || !isAsciiLetter(text.charCodeAt(q))) {
      p += stride;
      continue;
    }
    let ws = q;
    while (ws > 0 && isAsciiLetter(text.charCodeAt(ws - 1))) ws--;
    const capitals = isUpper(text.charCodeAt(ws));
    if (!capitals) {
      ws = q;
      while (ws > 0 && isLowerOnly(text.charCodeAt(ws - 1))) ws--;
    }
    let we = q;
    while (we < n && inWord(capitals, text.charCodeAt(we))) we++;
    if (we - ws < 3 || we - ws > 8 || (!capitals && !isLowerOnly(text.charCodeAt(q))) || !isBip39WordFolded(text, ws, we)) {
      p = we + stride - 1;
      continue;
    }
    extendLeft(text, ws, capitals);
    const start = walkEnd;
    let words = 1 + walkWords;
    extendRight(text, we, capitals);
    const end = walkEnd;
    words += walkWords;
    // Written at every walk, kept only when long enough: a run is rare, and the top tier's code,
    // compiled before one was met, left the scan and was compiled again at each of its first few
    // (three compiles of 100-500 ms in one `toolkit check`, BUN_JSC_reportFTLCompileTimes).
    out[found] = start;
    out[found + 1] = end;
    found += words >= MIN_WORDS ? 2 : 0;
    p = (end > p ? end : p) + stride;
  }
  return found;
}

keepOutOfLine(extendLeft, extendRight, phraseRunsInto);
