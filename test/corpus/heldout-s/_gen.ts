// Deterministic helpers for the heldout-s corpus. Not a *.cases.ts module, so the loader skips it.
import type { CorpusCase, CorpusKind } from "../types";
import { mulberry32, randomString } from "../../helpers/prng.ts";

const rand = mulberry32(0x5eed5);
const HEX = "0123456789abcdef";
/** Random hex (request ids, commit shas) — never a credential format. */
export const hex = (n: number) => randomString(rand, n, HEX);

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
