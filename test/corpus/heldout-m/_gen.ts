// Deterministic helpers for heldout-m cases. Not a *.cases.ts module, so the loader skips it.
// Nothing in this corpus needs a live-looking credential; the helpers build case objects and
// the few opaque ids (request ids, hashes) that appear in tool results, from a fixed seed.
import type { CorpusCase } from "../types";
import { mulberry32, randomString } from "../../helpers/prng.ts";

const rand = mulberry32(0x6d2024);
export function hexId(n: number): string {
  return randomString(rand, n, "0123456789abcdef");
}

type Kind = CorpusCase["kind"];
type Label = CorpusCase["label"];

/** Case builder: text is trimmed of the leading newline used for template-literal layout. */
export function mk(kind: Kind, label: Label, category: string) {
  return (id: string, text: string | object, note?: string): CorpusCase => {
    const t = typeof text === "string" ? text.replace(/^\n/, "") : JSON.stringify(text, null, 2);
    const c: CorpusCase = { id: `m-${id}`, kind, category: `heldoutm-${category}`, label, text: t };
    if (note) c.note = note;
    return c;
  };
}
