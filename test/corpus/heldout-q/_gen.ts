// Helpers for the heldout-q corpus. Not a *.cases.ts file, so the loader skips it.
import type { CorpusCase } from "../types";

/** Small seeded PRNG (mulberry32) so every generated value is deterministic. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rnd = prng(0x51e7a);
export function randDigits(n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += Math.floor(rnd() * 10).toString();
  return s;
}
export function randAlnum(n: number): string {
  const A = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  let s = "";
  for (let i = 0; i < n; i++) s += A[Math.floor(rnd() * A.length)];
  return s;
}

export type Entry = string | { text: string; note?: string };

/** Builds injection cases of one category and label from a list of texts. */
export function group(idPrefix: string, category: string, label: "positive" | "benign", entries: Entry[]): CorpusCase[] {
  return entries.map((e, i) => {
    const text = typeof e === "string" ? e : e.text;
    const note = typeof e === "string" ? undefined : e.note;
    const c: CorpusCase = {
      id: `q-${idPrefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "injection",
      category: `heldoutq-${category}`,
      label,
      text,
    };
    if (note) c.note = note;
    return c;
  });
}
