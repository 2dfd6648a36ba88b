import type { CorpusCase } from "../types";

export const F = "```";
export const BT = "`";

/** Builds cases with ids z-<prefix>-NNN from a list of texts. */
export function mk(prefix: string, category: string, label: "positive" | "benign", texts: string[]): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `z-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection",
    category,
    label,
    text,
  }));
}
