import type { CorpusCase } from "../types.ts";

/** Builds injection cases with sequential ids `${prefix}-NNN`. */
export function mk(
  prefix: string,
  category: string,
  label: "positive" | "benign",
  texts: Array<string | [string, string]>,
): CorpusCase[] {
  return texts.map((t, i) => {
    const [text, note] = typeof t === "string" ? [t, undefined] : t;
    const c: CorpusCase = {
      id: `${prefix}-${String(i + 1).padStart(3, "0")}`,
      kind: "injection",
      category,
      label,
      text,
    };
    if (note) c.note = note;
    return c;
  });
}
