import type { CorpusCase } from "../types.ts";

/** Builds injection cases with ids `${prefix}-NNN` (1-based, zero-padded). */
export function mk(prefix: string, category: string, label: "positive" | "benign", texts: string[]): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection",
    category,
    label,
    text,
  }));
}
