import type { CorpusCase } from "../types.ts";

/** Numbers hand-written texts: prefix "z107-hc" -> z107-hc-001, z107-hc-002, ... */
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
