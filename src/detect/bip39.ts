// BIP-39 seed phrases: 12/15/18/21/24 English wordlist words whose last word carries a valid
// checksum. Prose made of dictionary words passes the wordlist test but fails the checksum
// (1 in 16 to 1 in 256 chance per window), so only real phrases are reported.
import { wordlist } from "@scure/bip39/wordlists/english.js";
import { sha256 } from "./validators.ts";

const INDEX = new Map<string, number>(wordlist.map((w, i) => [w, i]));

export function isBip39Word(w: string): boolean {
  return INDEX.has(w);
}

/** True when the words form a BIP-39 mnemonic with a valid checksum. */
export function bip39ChecksumValid(words: readonly string[]): boolean {
  const n = words.length;
  if (n < 12 || n > 24 || n % 3 !== 0) return false;
  const bits: number[] = [];
  for (const w of words) {
    const idx = INDEX.get(w);
    if (idx === undefined) return false;
    for (let b = 10; b >= 0; b--) bits.push((idx >> b) & 1);
  }
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

/**
 * Finds mnemonic phrases inside a run of words: the longest valid window (24 down to 12 words)
 * starting at each position. Returns [firstWordIndex, wordCount] pairs.
 */
export function findMnemonics(words: readonly string[]): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  let i = 0;
  while (i + 12 <= words.length) {
    let hit = 0;
    for (const n of [24, 21, 18, 15, 12]) {
      if (i + n <= words.length && bip39ChecksumValid(words.slice(i, i + n))) {
        hit = n;
        break;
      }
    }
    if (hit > 0) {
      found.push([i, hit]);
      i += hit;
    } else i++;
  }
  return found;
}
