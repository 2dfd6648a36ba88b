// Helper for heldout-z104: numbers hand-written [note, text] pairs. Not a *.cases.ts file, so the
// loader skips it. Every text in this set was written by hand; this only assigns ids.
import type { CorpusCase } from "../types.ts";

export type Item = [note: string, text: string];

export function mk(
  prefix: string,
  category: string,
  label: "positive" | "benign",
  items: Item[],
): CorpusCase[] {
  return items.map(([note, text], i) => ({
    id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection",
    category,
    label,
    text: text.trim(),
    note,
  }));
}
