import type { CorpusCase } from "../types.ts";

/** Numbers texts as z94-<prefix>-001 … and stamps kind/category/label. */
export function mk(
  prefix: string,
  category: string,
  label: "positive" | "benign",
  texts: string[],
): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `z94-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection",
    category,
    label,
    text,
  }));
}
