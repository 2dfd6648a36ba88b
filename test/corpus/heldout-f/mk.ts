import type { CorpusCase, CorpusKind } from "../types.ts";

/** Case builder: ids are f-<prefix>-<nn>, categories heldoutf-<cat>. */
export function builder(kind: CorpusKind, prefix: string) {
  const out: CorpusCase[] = [];
  let n = 0;
  const add = (category: string, label: "positive" | "benign", text: string, note?: string) => {
    n++;
    out.push({ id: `f-${prefix}-${String(n).padStart(3, "0")}`, kind, category: `heldoutf-${category}`, label, text, ...(note ? { note } : {}) });
  };
  return { out, pos: (c: string, t: string, note?: string) => add(c, "positive", t, note), ben: (c: string, t: string, note?: string) => add(c, "benign", t, note) };
}
