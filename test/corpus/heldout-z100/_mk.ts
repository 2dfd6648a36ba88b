import type { CorpusCase } from "../types.ts";

/** Numbers hand-written texts as `${prefix}-001`, `${prefix}-002`, … (one case per text). */
export function mk(
  prefix: string,
  category: string,
  label: CorpusCase["label"],
  texts: string[],
): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection" as const,
    category,
    label,
    text: text.trim(),
  }));
}
