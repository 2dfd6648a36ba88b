import type { CorpusCase } from "../types";

export const F = "```";

export function build(prefix: string, category: string, label: "positive" | "benign", texts: string[]): CorpusCase[] {
  return texts.map((text, i) => ({
    id: `z11-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection" as const,
    category,
    label,
    text: text.trim(),
  }));
}
