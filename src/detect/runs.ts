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

/** Lowercase letters and what separates phrase words: whitespace, commas, quotes, list numbers. */
function isPhraseChar(c: number): boolean {
  return (c >= 97 && c <= 122) || c === 32 || c === 10 || c === 13 || c === 9 || c === 44 || c === 34 || (c >= 48 && c <= 57) || c === 46 || c === 41;
}

/**
 * Runs of at least `minChars` lowercase letters and separators (space, newline, comma, quote):
 * where a 12-word seed phrase could be. Probes one position every `minChars` (any run that long
 * covers a probe) and expands around the probes that land on a phrase character.
 */
export function findPhraseRuns(text: string, minChars = 47): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = text.length;
  for (let p = minChars - 1; p < n; p += minChars) {
    if (!isPhraseChar(text.charCodeAt(p))) continue;
    let s = p;
    while (s > 0 && isPhraseChar(text.charCodeAt(s - 1))) s--;
    let e = p + 1;
    while (e < n && isPhraseChar(text.charCodeAt(e))) e++;
    if (e - s >= minChars) out.push([s, e]);
    p = e - 1;
  }
  return out;
}
