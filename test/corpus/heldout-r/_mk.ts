// Helper for heldout-r modules (not loaded as cases: name does not end in .cases.ts).
import type { CorpusCase } from "../types";

export type Row = [category: string, text: string, note?: string];

/** Builds cases with ids r-<prefix>-<nnn>; the category gets the "heldoutr-" prefix. */
export function build(prefix: string, label: "positive" | "benign", rows: Row[]): CorpusCase[] {
  return rows.map(([cat, text, note], i) => {
    const c: CorpusCase = {
      id: `r-${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "injection",
      category: `heldoutr-${cat}`,
      label,
      text: text.replace(/^\n/, ""),
    };
    if (note) c.note = note;
    return c;
  });
}
