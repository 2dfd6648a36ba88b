import type { CorpusCase } from "../types.ts";

/** Numbers hand-written texts into corpus cases. */
export function mk(prefix: string, category: string, label: "positive" | "benign", texts: string[]): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection",
    category,
    label,
    text,
  }));
}
