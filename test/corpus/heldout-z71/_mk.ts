import type { CorpusCase } from "../types.ts";

/** Numbers texts in order: `${prefix}-001`, `${prefix}-002`, … */
export function mk(prefix: string, category: string, label: "positive" | "benign", texts: string[]): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection",
    category,
    label,
    text,
  }));
}
