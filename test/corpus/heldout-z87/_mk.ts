import type { CorpusCase } from "../types.ts";

/** Numbers texts as z87-<prefix>-001, -002, … in one category with one label (all kind "injection"). */
export function mk(prefix: string, category: string, label: CorpusCase["label"], texts: string[]): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `z87-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection",
    category,
    label,
    text,
  }));
}
