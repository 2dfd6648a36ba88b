import type { CorpusCase } from "../types";

/** Builds cases for one category; ids are `z5-<prefix>-NNN`. Not loaded by the corpus loader. */
export function mk(prefix: string, category: string, label: "positive" | "benign", texts: string[]): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `z5-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection" as const,
    category,
    label,
    text: text.trim(),
  }));
}

/** Markdown code fence, so case texts can hold fences inside template literals. */
export const F = "```";
