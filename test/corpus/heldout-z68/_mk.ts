import type { CorpusCase } from "../types.ts";

/** Builds numbered injection cases (id prefix + 3-digit index) from hand-written texts. */
export function mk(prefix: string, category: string, label: "positive" | "benign", texts: string[]): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection" as const,
    category,
    label,
    text,
  }));
}
