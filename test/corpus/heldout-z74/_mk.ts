import type { CorpusCase } from "../types.ts";

/** Numbers hand-written texts into cases: z74-<prefix>-001, -002, ... (leading/trailing blank lines trimmed). */
export function mk(
  prefix: string,
  category: string,
  label: "positive" | "benign",
  texts: string[],
): CorpusCase[] {
  return texts.map((t, i) => ({
    id: `z74-${prefix}-${String(i + 1).padStart(3, "0")}`,
    kind: "injection" as const,
    category,
    label,
    text: t.replace(/^\s*\n/, "").replace(/\s+$/, ""),
  }));
}
