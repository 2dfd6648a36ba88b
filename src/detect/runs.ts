// Cheap whole-text passes that stand in for keywords where a secret has no literal anchor.

/**
 * Maximal runs of 20+ base64/base58/hex characters. One pass feeds the decoders (base64, hex)
 * and the anchorless key rules (WIF, Bitcoin addresses, unspaced IBAN). The lookbehind makes a
 * failed start inside a run fail at once, so the pass stays linear.
 */
export const LONG_RUN = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{20,}={0,2}/g;

export function findLongRuns(text: string): Int32Array {
  const out: number[] = [];
  LONG_RUN.lastIndex = 0;
  for (let m = LONG_RUN.exec(text); m !== null; m = LONG_RUN.exec(text)) out.push(m.index, m.index + m[0].length);
  return Int32Array.from(out);
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127;
}

/** What may stand between phrase words: whitespace, commas, quotes, list numbers ("1." "2)"). */
function isSeparator(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 44 || c === 34 || c === 39 || (c >= 48 && c <= 57) || c === 46 || c === 41;
}

const MIN_WORDS = 12;
const MAX_GAP = 16;

/**
 * Runs of 12+ words of 3–8 lowercase letters separated only by separators: where a seed phrase
 * could be (every BIP-39 English word has 3–8 letters). Probes one position every 47 chars (a
 * 12-word phrase spans at least 47) and expands word by word around probes that land in such a
 * word sequence; English prose breaks these runs within a few words (a, of, to, long words…).
 */
export function findPhraseRuns(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = text.length;
  const stride = MIN_WORDS * 3 + (MIN_WORDS - 1);
  let p = stride - 1;
  while (p < n) {
    // Find a word at or next to the probe.
    let q = p;
    while (q < n && q < p + MAX_GAP && isSeparator(text.charCodeAt(q))) q++;
    if (q >= n || !isLower(text.charCodeAt(q))) {
      p += stride;
      continue;
    }
    let ws = q;
    while (ws > 0 && isLower(text.charCodeAt(ws - 1))) ws--;
    let we = q;
    while (we < n && isLower(text.charCodeAt(we))) we++;
    if (we - ws < 3 || we - ws > 8) {
      p = we + stride - 1;
      continue;
    }
    let words = 1;
    // Extend left.
    let start = ws;
    for (;;) {
      let g = start;
      while (g > 0 && start - g < MAX_GAP && isSeparator(text.charCodeAt(g - 1))) g--;
      if (g === start || g === 0 || !isLower(text.charCodeAt(g - 1))) break;
      let s0 = g;
      while (s0 > 0 && isLower(text.charCodeAt(s0 - 1))) s0--;
      if (g - s0 < 3 || g - s0 > 8 || (s0 > 0 && isLetter(text.charCodeAt(s0 - 1)))) break;
      start = s0;
      words++;
    }
    // Extend right.
    let end = we;
    for (;;) {
      let g = end;
      while (g < n && g - end < MAX_GAP && isSeparator(text.charCodeAt(g))) g++;
      if (g === end || g >= n || !isLower(text.charCodeAt(g))) break;
      let e0 = g;
      while (e0 < n && isLower(text.charCodeAt(e0))) e0++;
      if (e0 - g < 3 || e0 - g > 8 || (e0 < n && isLetter(text.charCodeAt(e0)))) break;
      end = e0;
      words++;
    }
    if (words >= MIN_WORDS) out.push([start, end]);
    p = Math.max(end, p) + stride;
  }
  return out;
}
