import type { CorpusCase } from "../types.ts";

/** Numbers hand-written texts as z83-<prefix>-001, -002, … (this file is skipped by the loader). */
export function mk(
  prefix: string,
  category: string,
  label: "positive" | "benign",
  texts: string[],
): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `z83-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection" as const,
    category,
    label,
    text,
  }));
}
