import type { CorpusCase } from "../types.ts";

/** Numbers hand-written texts as z96-<prefix>-001, -002, … (this file is skipped by the loader). */
export function mk(
  prefix: string,
  category: string,
  label: CorpusCase["label"],
  texts: string[],
): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `z96-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection",
    category,
    label,
    text,
  }));
}
