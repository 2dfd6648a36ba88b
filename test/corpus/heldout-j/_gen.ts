// Case builders for heldout-j. Not a *.cases.ts file, so the loader skips it.
// No credential-like values are needed by this set (injection + tool only); if one is ever added it must be
// assembled here from a split prefix and a body from the seeded PRNG below.
import type { CorpusCase } from "../types";

export function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function maker(kind: CorpusCase["kind"], category: string, label: CorpusCase["label"]) {
  return (id: string, text: string, note?: string): CorpusCase => {
    const c: CorpusCase = { id, kind, category, label, text };
    if (note) c.note = note;
    return c;
  };
}

/** Tool documents are always serialised from objects so they are valid JSON. */
export const J = (o: unknown): string => JSON.stringify(o, null, 2);
