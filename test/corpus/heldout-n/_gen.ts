// Deterministic helpers for the heldout-n corpus (not a *.cases.ts file, so the loader skips it).
// Credential-like values are never written literally; they are assembled here from a fixed seed.
import type { CorpusCase } from "../types";
import { mulberry32, randomString } from "../../helpers/prng.ts";

const rand = mulberry32(0x4e11);
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
export const rs = (n: number, alphabet = ALNUM) => randomString(rand, n, alphabet);
/** A fake GitHub-style token assembled at run time (only used inside tool results as context). */
export const fakeGh = () => ["gh", "p_", rs(36)].join("");

type Kind = CorpusCase["kind"];
export function mk(prefix: string, kind: Kind, category: string, label: CorpusCase["label"]) {
  let i = 0;
  const list: CorpusCase[] = [];
  const add = (text: string, note?: string) => {
    i += 1;
    const c: CorpusCase = { id: `n-${prefix}-${String(i).padStart(3, "0")}`, kind, category, label, text: text.trim() };
    if (note) c.note = note;
    list.push(c);
  };
  return { add, list };
}
/**
 * JSON helper for tool-kind cases. The second parameter is unused: one case (tool-poison.cases.ts,
 * "word_count") passes its note here by mistake; typed so the file type-checks without changing
 * the case as measured.
 */
export const j = (o: unknown, _misplacedNote?: string) => JSON.stringify(o, null, 2);
