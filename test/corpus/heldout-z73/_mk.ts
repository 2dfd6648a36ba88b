import type { CorpusCase } from "../types.ts";

/** Numbers hand-written texts as z73-<prefix>-001, -002, … (file starts with "_", so the loader skips it). */
export function mk(
  prefix: string,
  category: string,
  label: "positive" | "benign",
  texts: string[],
): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `z73-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection" as const,
    category,
    label,
    text,
  }));
}
