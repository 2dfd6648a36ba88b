// BIP-39 seed phrases from the Latin-script wordlists other than English (Spanish, French,
// Italian, Portuguese, Czech; @scure/bip39 ships them). English phrases are found anywhere
// (bip39.ts); these are judged near a context word (rules/builtin-generic.ts: "frase", "semilla",
// "mnemonic", "seed phrase" …), so the lists are loaded only when such a word stands next to a run
// of a dozen words: no cost at start and none on text without one. Words are compared with accents
// folded and in lower case ("pequeño", "pequeno" and "PEQUEÑO" are one word), which keeps each
// list's words distinct (checked: 2048 distinct folded words per list).
import { indexesChecksumValid } from "./bip39.ts";
import { lesser, greater } from "./bounds.ts";

type Wordlist = { wordlist: readonly string[] };
// One literal require per list: a require built from a variable is not bundled, and the compiled
// binary then looked for node_modules at run time (found from this repository, missing anywhere else).
const LOADERS: Array<() => Wordlist> = [
  () => require("@scure/bip39/wordlists/spanish.js") as Wordlist,
  () => require("@scure/bip39/wordlists/french.js") as Wordlist,
  () => require("@scure/bip39/wordlists/italian.js") as Wordlist,
  () => require("@scure/bip39/wordlists/portuguese.js") as Wordlist,
  () => require("@scure/bip39/wordlists/czech.js") as Wordlist,
];

let indexes: Array<Map<string, number>> | undefined;

/**
 * Accents off, lower case: the form words are compared in. An ASCII word only needs its case
 * folded (NFKD changes no ASCII character and leaves no mark): most words of the prose this reads
 * near "seed" or "wallet" are, and normalize() per word was most of the validator's time.
 */
export function foldWord(w: string): string {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 0x7f) return w.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return w.toLowerCase();
}

function lists(): Array<Map<string, number>> {
  return (indexes ??= LOADERS.map((load) => new Map(load().wordlist.map((w, i) => [foldWord(w), i]))));
}

/** Context words around a phrase that are not part of it. */
const MAX_EXTRA_WORDS = 2;

/**
 * True when `run` (words separated by blanks or commas) holds a checksum-valid 12–24 word phrase
 * of one of the lists, standing nearly alone in its segment of list words (a longer segment is a
 * word list, where some stretch passes the checksum by chance). A phrase of one word repeated is
 * a published test vector ("ábaco ábaco … abierto"), not a wallet.
 */
export function intlMnemonicIn(run: string): boolean {
  const words = run.split(/[\s,]+/).filter((w) => w.length > 0).map(foldWord);
  if (words.length < 12) return false;
  for (const index of lists()) {
    let seg: number[] = [];
    const flush = (): boolean => {
      const len = seg.length;
      const ok = len >= 12 && len <= 24 + MAX_EXTRA_WORDS && validWindow(seg);
      seg = [];
      return ok;
    };
    for (const w of words) {
      const i = index.get(w);
      if (i !== undefined) seg.push(i);
      else if (flush()) return true;
    }
    if (flush()) return true;
  }
  return false;
}

function validWindow(seg: readonly number[]): boolean {
  for (const n of [24, 21, 18, 15, 12]) {
    for (let i = 0; i + n <= seg.length && seg.length - n <= MAX_EXTRA_WORDS; i++) {
      const w = seg.slice(i, i + n);
      if (new Set(w).size <= n / 2) continue;
      if (indexesChecksumValid(w)) return true;
    }
  }
  return false;
}

/**
 * Precheck at a context word: a run of 12 or more short words (letters, accents included)
 * separated by one to three blanks or commas starts within 400 characters on either side.
 */
export function wordRunNear(text: string, end: number): boolean {
  const from = greater(0, end - 400);
  const to = lesser(text.length, end + 600);
  let words = 0;
  let len = 0;
  let gap = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x300 && c <= 0x36f);
    if (letter) {
      if (len === 0 && gap > 3) words = 0;
      len++;
      gap = 0;
      continue;
    }
    if (len > 0) {
      if (len >= 3 && len <= 12) {
        if (++words >= 12) return true;
      } else words = 0;
      len = 0;
    }
    if (c === 32 || c === 9 || c === 44 || c === 10 || c === 13) gap++;
    else {
      words = 0;
      gap = 0;
    }
  }
  return len >= 3 && len <= 12 && words + 1 >= 12;
}
