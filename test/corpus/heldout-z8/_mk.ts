import type { CorpusCase } from "../types";

/** Builds cases for one category; ids are prefix + 3-digit index. */
export function mk(prefix: string, category: string, label: "positive" | "benign", texts: string[]): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection",
    category,
    label,
    text: text.trim(),
  }));
}
