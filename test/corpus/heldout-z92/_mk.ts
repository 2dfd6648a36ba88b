import type { CorpusCase } from "../types.ts";

/** Numbers hand-written texts as z92-<prefix>-001, -002, ... (files starting with "_" are skipped by the loader). */
export function mk(prefix: string, category: string, label: "positive" | "benign", texts: string[]): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `z92-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection" as const,
    category,
    label,
    text,
  }));
}
