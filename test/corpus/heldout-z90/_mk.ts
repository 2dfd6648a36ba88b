import type { CorpusCase } from "../types.ts";

/** Numbers texts as z90-<prefix>-001, -002, … (file skipped by the loader: starts with "_"). */
export function mk(
  prefix: string,
  category: string,
  label: "positive" | "benign",
  texts: string[],
): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `z90-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection",
    category,
    label,
    text,
  }));
}
