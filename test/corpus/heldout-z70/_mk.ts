import type { CorpusCase } from "../types.ts";

/** Builds numbered cases: ids `${prefix}-001`, `${prefix}-002`, … in array order. */
export function mk(
  prefix: string,
  category: string,
  label: "positive" | "benign",
  texts: string[],
): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection" as const,
    category,
    label,
    text,
  }));
}
