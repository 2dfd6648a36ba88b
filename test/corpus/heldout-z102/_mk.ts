// Helper for this set: numbers hand-written [note, text] pairs into CorpusCase objects.
// Not a *.cases.ts file, so the loader skips it.
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
    // strip the newline after the opening backtick and trailing whitespace
    text: text.replace(/^\n/, "").replace(/\s+$/, ""),
    note,
  }));
}
