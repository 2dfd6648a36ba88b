import type { CorpusCase } from "../types.ts";

/** Numbers texts as z97-<prefix>-001, -002, … in the order given. */
export function mk(
  prefix: string,
  category: string,
  label: CorpusCase["label"],
  texts: string[],
): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `z97-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection" as const,
    category,
    label,
    text: text.trim(),
  }));
}
