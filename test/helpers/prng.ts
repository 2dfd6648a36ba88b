// The one seeded PRNG (mulberry32) and the draw helpers built on it, shared by the corpus
// generators (test/corpus/*/_gen.ts, gen.ts, util.ts), test helpers and scripts/bench/corpus.ts.
// Every helper draws exactly once per element with Math.floor(rand() * n) (the high bits), so a
// generator that switches to it keeps its output byte for byte.

/** mulberry32: 32-bit state, one draw in [0, 1) per call; the same seed gives the same stream. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** n characters of alphabet, one draw each. */
export function randomString(rand: () => number, n: number, alphabet = ALNUM): string {
  let s = "";
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
}

/** One element of xs, one draw. */
export function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

/** An integer in [lo, hi], one draw. */
export function randomInt(rand: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}

/** n bytes, one draw each (Math.floor(rand() * 256)). */
export function randomBytes(rand: () => number, n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(rand() * 256);
  return b;
}

/** The draw helpers as methods on one seeded stream; generators extend it with their own builders. */
export class SeededRng {
  protected readonly r: () => number;
  constructor(seed: number) {
    this.r = mulberry32(seed);
  }
  next(): number {
    return this.r();
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.r() * n);
  }
  /** An integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return randomInt(this.r, lo, hi);
  }
  pick<T>(xs: readonly T[]): T {
    return pick(this.r, xs);
  }
  str(n: number, alphabet: string): string {
    return randomString(this.r, n, alphabet);
  }
  bytes(n: number): Uint8Array {
    return randomBytes(this.r, n);
  }
}
