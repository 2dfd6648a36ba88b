import type { CorpusCase } from "../types";

/** Builds numbered cases for one category. Skipped by the loader (not *.cases.ts). */
export function mk(prefix: string, category: string, label: "positive" | "benign", texts: string[]): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `z9-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection" as const,
    category,
    label,
    text: text.replace(/^\n/, ""),
  }));
}
