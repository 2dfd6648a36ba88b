import type { CorpusCase } from "../types.ts";

/** Builds cases with ids z99-<prefix>-001, -002, … in the order given. */
export function mk(
  prefix: string,
  category: string,
  label: CorpusCase["label"],
  texts: string[],
): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `z99-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection" as const,
    category,
    label,
    text,
  }));
}
