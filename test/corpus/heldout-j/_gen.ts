// Case builders for heldout-j. Not a *.cases.ts file, so the loader skips it.
// No credential-like values are needed by this set (injection + tool only); if one is ever added it must be
// assembled here from a split prefix and a body from the seeded PRNG below.
import type { CorpusCase } from "../types";
import { mulberry32 as mulberry } from "../../helpers/prng.ts";

export function maker(kind: CorpusCase["kind"], category: string, label: CorpusCase["label"]) {
  return (id: string, text: string, note?: string): CorpusCase => {
    const c: CorpusCase = { id, kind, category, label, text };
    if (note) c.note = note;
    return c;
  };
}

/** Tool documents are always serialised from objects so they are valid JSON. */
export const J = (o: unknown): string => JSON.stringify(o, null, 2);
