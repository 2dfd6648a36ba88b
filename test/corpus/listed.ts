// Cases written as lists of [text, note] pairs, one list per category and label: the ids are the
// list's prefix and the case's place in it (`r7-uat-pos-001`).
import type { CorpusCase, CorpusKind } from "./types.ts";

export type Listed = [text: string, note: string];

/** The case maker for one kind: `mk(prefix, category, label, list)`. */
export function listed(kind: CorpusKind) {
  return (prefix: string, category: string, label: CorpusCase["label"], list: Listed[]): CorpusCase[] =>
    list.map(([text, note], i) => ({ id: `${prefix}-${String(i + 1).padStart(3, "0")}`, kind, category, label, text, note }));
}
