import type { CorpusCase } from "../types.ts";

/** Numbers hand-written texts as z93-<prefix>-001 … in the order given. */
export function mk(
  prefix: string,
  category: string,
  label: CorpusCase["label"],
  texts: string[],
): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `z93-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection" as const,
    category,
    label,
    text,
  }));
}
