import type { CorpusCase } from "../types.ts";

/** Numbers hand-written texts as z95-<prefix>-001, -002, … in the given category. */
export function mk(
  prefix: string,
  category: string,
  label: "positive" | "benign",
  texts: string[],
): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `z95-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection" as const,
    category,
    label,
    text,
  }));
}
