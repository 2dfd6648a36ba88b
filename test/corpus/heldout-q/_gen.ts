// Helpers for the heldout-q corpus. Not a *.cases.ts file, so the loader skips it.
import type { CorpusCase } from "../types";
import { mulberry32 as prng, randomString } from "../../helpers/prng.ts";

const rnd = prng(0x51e7a);
export function randDigits(n: number): string {
  return randomString(rnd, n, "0123456789");
}
export function randAlnum(n: number): string {
  const A = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  return randomString(rnd, n, A);
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
