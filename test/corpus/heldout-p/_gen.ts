// Deterministic helpers for heldout-p. Not a *.cases.ts file, so the loader skips it.
import type { CorpusCase } from "../types";
import { mulberry32, randomString } from "../../helpers/prng.ts";

const rand = mulberry32(20261205);
const HEX = "0123456789abcdef";
const ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const pick = (n: number, chars: string) => randomString(rand, n, chars);
export const gen = {
  hex: (n: number) => pick(n, HEX),
  alnum: (n: number) => pick(n, ALNUM),
  sha: () => pick(40, HEX),
  short: () => pick(7, HEX),
};

type Kind = CorpusCase["kind"];
export function mk(kind: Kind, label: CorpusCase["label"], prefix: string) {
  let n = 0;
  return (category: string, text: string, note?: string): CorpusCase => {
    n++;
    const c: CorpusCase = {
      id: `p-${prefix}-${String(n).padStart(3, "0")}`,
      kind,
      category: `heldoutp-${category}`,
      label,
      text,
    };
    if (note) c.note = note;
    return c;
  };
}
/** JSON-stringify a tool document (pretty, as an MCP server might send it). */
export const j = (o: unknown) => JSON.stringify(o, null, 2);
