import type { CorpusCase } from "../types.ts";

/** Numbers hand-written texts as z88-<prefix>-001, -002, ... (files starting with "_" are skipped by the loader). */
export function mk(prefix: string, category: string, label: "positive" | "benign", texts: string[]): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `z88-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection",
    category,
    label,
    text,
  }));
}
