import type { CorpusCase } from "../types.ts";

/** Builds cases numbered z91-<prefix>-001 … in the order given. Texts are hand-written, one per case. */
export function mk(prefix: string, category: string, label: "positive" | "benign", texts: string[]): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `z91-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection",
    category,
    label,
    text: text.replace(/^\n+|\s+$/g, ""),
  }));
}
