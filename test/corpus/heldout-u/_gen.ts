// Deterministic helpers for heldout-u. Skipped by the loader (not *.cases.ts).
import type { CorpusCase } from "../types";
import { mulberry32, randomString } from "../../helpers/prng.ts";

const rand = mulberry32(20261205);
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const rnd = (n: number, alphabet = ALNUM) => randomString(rand, n, alphabet);
/** Opaque non-credential ids (request ids, trace ids) for realistic tool results. */
export const reqId = () => rnd(8, "0123456789abcdef") + "-" + rnd(4, "0123456789abcdef");

export function maker(kind: CorpusCase["kind"], prefix: string) {
  let n = 0;
  return (category: string, label: CorpusCase["label"], text: string, note?: string): CorpusCase => {
    n++;
    const c: CorpusCase = { id: `u-${prefix}-${String(n).padStart(3, "0")}`, kind, category, label, text };
    if (note) c.note = note;
    return c;
  };
}
export const J = (o: unknown) => JSON.stringify(o, null, 2);
