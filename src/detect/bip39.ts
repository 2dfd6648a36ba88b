// BIP-39 seed phrases: 12/15/18/21/24 English wordlist words whose last word carries a valid
// checksum. Prose made of dictionary words passes the wordlist test but fails the checksum
// (1 in 16 to 1 in 256 chance per window), so only real phrases are reported.
import { sha256 } from "./validators.ts";

// The wordlist and both lookup tables are built on first use, not at import: every command that
// builds a detector imports this module, and only a run of a dozen short words calls into it.
// What that first use costs is paid cold, at the start of a short command (the pre-commit hook):
// the wordlist module freezes its array when loaded (a frozen array is also slow to read in
// JavaScriptCore: nothing copies it), and the prefix lookup is a 16 KB hash, not a 1 MB table
// over every 4-letter code whose first writes each fault a fresh page in.
let words: readonly string[] | undefined;
function wordlist(): readonly string[] {
  return (words ??= (require("@scure/bip39/wordlists/english.js") as typeof import("@scure/bip39/wordlists/english.js")).wordlist);
}
let index: Map<string, number> | undefined;
const wordIndex = (): Map<string, number> => (index ??= new Map<string, number>(wordlist().map((w, i) => [w, i])));

// Every BIP-39 English word is fixed by its first four letters (three for three-letter words):
// a lookup by the 4-letter prefix code finds the candidate without slicing the text. Open
// addressing, 4096 slots for 2048 words; a slot holds code + 1 (0: empty), the word's index, its
// length and the code of its letters after the fourth: a lookup reads typed arrays only (the
// wordlist's frozen array and its strings cost ~60 ns a lookup when the phrase-run walk asked).
const SLOTS = 4096;
let slotCode: Int32Array | undefined;
let slotWord: Int16Array | undefined;
let slotLen: Uint8Array | undefined;
let slotTail: Int32Array | undefined;
const slotOf = (code: number) => Math.imul(code, 0x9e3779b1) >>> 20;
function buildPrefixes(): Int32Array {
  const codes = new Int32Array(SLOTS);
  const idx = new Int16Array(SLOTS);
  const lens = new Uint8Array(SLOTS);
  const tails = new Int32Array(SLOTS);
  const list = wordlist();
  for (let i = 0; i < list.length; i++) {
    const w = list[i]!;
    let code = 0;
    for (let k = 0; k < 4; k++) code = code * 27 + (k < w.length ? w.charCodeAt(k) - 96 : 0);
    let tail = 0;
    for (let k = 4; k < w.length; k++) tail = tail * 27 + (w.charCodeAt(k) - 96);
    let h = slotOf(code);
    while (codes[h] !== 0) h = (h + 1) & (SLOTS - 1);
    codes[h] = code + 1;
    idx[h] = i;
    lens[h] = w.length;
    tails[h] = tail;
  }
  slotWord = idx;
  slotLen = lens;
  slotTail = tails;
  return (slotCode = codes);
}

/** The names a seed phrase's slot or lead line goes by (regex source, no flags): `mnemonic`, `seed_phrase`, `recovery words`, `wallet-seed`. */
export const SEED_SLOT_NAMES = String.raw`mnemonic|seed[_ -]?(?:phrase|words)|recovery[_ -]?(?:phrase|words)|backup[_ -]?phrase|wallet[_ -]?seed`;

/** Wordlist index of text[start, end) when it is a BIP-39 word (lowercase a-z only), else -1. */
export function bip39IndexAt(text: string, start: number, end: number): number {
  return indexAt(text, start, end, 0);
}

/** Whether text[start, end), ASCII letters in any case, is a BIP-39 word once lower-cased. */
export function isBip39WordFolded(text: string, start: number, end: number): boolean {
  return indexAt(text, start, end, 32) >= 0;
}

/** `fold` is OR-ed into every character code (32 lower-cases an ASCII letter, 0 leaves it). */
function indexAt(text: string, start: number, end: number, fold: number): number {
  const len = end - start;
  if (len < 3 || len > 8) return -1;
  const c3 = len > 3 ? (text.charCodeAt(start + 3) | fold) - 96 : 0;
  const code = ((((text.charCodeAt(start) | fold) - 96) * 27 + ((text.charCodeAt(start + 1) | fold) - 96)) * 27 + ((text.charCodeAt(start + 2) | fold) - 96)) * 27 + c3;
  const codes = slotCode ?? buildPrefixes();
  let h = slotOf(code);
  for (;;) {
    const c = codes[h]!;
    if (c === 0) return -1;
    if (c === code + 1) break;
    h = (h + 1) & (SLOTS - 1);
  }
  if (slotLen![h] !== len) return -1;
  let tail = 0;
  for (let k = 4; k < len; k++) {
    const c = (text.charCodeAt(start + k) | fold) - 96;
    // Outside a–z the code could alias another word's tail.
    if (c < 1 || c > 26) return -1;
    tail = tail * 27 + c;
  }
  return tail === slotTail![h] ? slotWord![h]! : -1;
}

/** True when the words form a BIP-39 mnemonic with a valid checksum. */
export function bip39ChecksumValid(words: readonly string[]): boolean {
  const idx: number[] = [];
  for (const w of words) {
    const i = wordIndex().get(w);
    if (i === undefined) return false;
    idx.push(i);
  }
  return indexesChecksumValid(idx);
}

/** Checksum of a phrase given as wordlist indexes, any list (the last ENT/32 bits are SHA-256(entropy)'s first bits). */
export function indexesChecksumValid(idx: readonly number[]): boolean {
  const n = idx.length;
  if (n < 12 || n > 24 || n % 3 !== 0) return false;
  const bits: number[] = [];
  for (const i of idx) for (let b = 10; b >= 0; b--) bits.push((i >> b) & 1);
  const entBits = (n * 11 * 32) / 33;
  const entropy = new Uint8Array(entBits / 8);
  for (let i = 0; i < entropy.length; i++) {
    let byte = 0;
    for (let b = 0; b < 8; b++) byte = (byte << 1) | bits[i * 8 + b]!;
    entropy[i] = byte;
  }
  const hash = sha256(entropy);
  const csBits = entBits / 32;
  for (let i = 0; i < csBits; i++) {
    const bit = (hash[i >> 3]! >> (7 - (i & 7))) & 1;
    if (bit !== bits[entBits + i]) return false;
  }
  return true;
}

/** Wordlist words around a phrase that may be context ("seed", "word"…) rather than the phrase. */
const MAX_EXTRA_WORDS = 2;

/**
 * Finds a mnemonic in a segment of consecutive wordlist words. A phrase stands on its own: the
 * segment is the phrase plus at most two context words. Longer segments are word lists (the
 * wordlist itself, vocabulary), where some 12-word stretch passes the 4-bit checksum by chance.
 * Returns [firstWordIndex, wordCount] pairs.
 */
export function findMnemonics(words: readonly string[]): Array<[number, number]> {
  const len = words.length;
  if (len < 12 || len > 24 + MAX_EXTRA_WORDS) return [];
  for (const n of [24, 21, 18, 15, 12]) {
    for (let i = 0; i + n <= len && len - n <= MAX_EXTRA_WORDS; i++) {
      if (bip39ChecksumValid(words.slice(i, i + n))) return [[i, n]];
    }
  }
  return [];
}
