// Numbering helper for heldout-z103 (not a case file; the loader skips it).
import type { CorpusCase } from "../types.ts";

/** [note, text] pairs written by hand; mk() only adds ids, kind, category and label. */
export type Raw = [note: string, text: string];

export function mk(prefix: string, category: string, label: "positive" | "benign", raw: Raw[]): CorpusCase[] {
  return raw.map(([note, text], i) => ({
    id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection",
    category,
    label,
    text: text.replace(/^\n/, ""),
    note,
  }));
}
