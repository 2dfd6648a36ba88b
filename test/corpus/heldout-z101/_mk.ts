import type { CorpusCase } from "../types.ts";

/** Numbers hand-written texts into cases: z101-<prefix>-001, -002, ... */
export function mk(prefix: string, category: string, label: "positive" | "benign", texts: string[]): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `z101-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection",
    category,
    label,
    text,
  }));
}
