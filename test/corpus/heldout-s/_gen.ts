// Deterministic helpers for the heldout-s corpus. Not a *.cases.ts module, so the loader skips it.
import type { CorpusCase, CorpusKind } from "../types";

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(0x5eed5);
const HEX = "0123456789abcdef";
/** Random hex (request ids, commit shas) — never a credential format. */
export const hex = (n: number) => Array.from({ length: n }, () => HEX[Math.floor(rand() * 16)]).join("");

export function maker(kind: CorpusKind, category: string, label: "positive" | "benign", prefix: string) {
  let n = 0;
  return (text: string, note?: string): CorpusCase => {
    n += 1;
    const c: CorpusCase = { id: `s-${prefix}-${String(n).padStart(3, "0")}`, kind, category, label, text };
    if (note) c.note = note;
    return c;
  };
}
/** Tool case: JSON-serialise an object. */
export const js = (o: unknown) => JSON.stringify(o, null, 2);
