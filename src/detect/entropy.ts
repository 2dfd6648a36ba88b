/** Shannon entropy in bits per character. */
export function shannonEntropy(s: string): number {
  const n = s.length;
  if (n === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let h = 0;
  for (const k of counts.values()) {
    const p = k / n;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Hex that looks drawn at random: a digit, a letter a–f, and at least `minEntropy` bits per character. */
export function randomHex(s: string, minEntropy = 3.0): boolean {
  return /\d/.test(s) && /[a-f]/i.test(s) && shannonEntropy(s) >= minEntropy;
}

/** Counts of character classes present: lower, upper, digit, other. */
export function charClasses(s: string): number {
  let lower = 0, upper = 0, digit = 0, other = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) lower = 1;
    else if (c >= 65 && c <= 90) upper = 1;
    else if (c >= 48 && c <= 57) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}

/** How often a letter and a digit stand side by side (`a1`, `7b`): a random draw of letters and digits switches often; words and a date do not. */
export function letterDigitSwitches(s: string): number {
  let n = 0;
  for (let i = 1; i < s.length; i++) {
    const a = s.charCodeAt(i - 1), b = s.charCodeAt(i);
    const da = a >= 48 && a <= 57, db = b >= 48 && b <= 57;
    if (da !== db && (da ? ((b | 32) >= 97 && (b | 32) <= 122) : ((a | 32) >= 97 && (a | 32) <= 122))) n++;
  }
  return n;
}

/** Lower case and digits, both present, 20 or more. */
export const LOWER_DIGITS = /^(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{20,}$/;
/** Lower case and digits drawn at random: switching between the two often, and near the entropy such a draw has (capped). */
export const lowerDigitsDrawn = (v: string, switches: number, cap: number, perBit: number) =>
  letterDigitSwitches(v) >= switches && shannonEntropy(v) >= Math.min(cap, perBit * Math.log2(v.length));
