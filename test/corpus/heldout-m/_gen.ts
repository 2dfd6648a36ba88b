// Deterministic helpers for heldout-m cases. Not a *.cases.ts module, so the loader skips it.
// Nothing in this corpus needs a live-looking credential; the helpers build case objects and
// the few opaque ids (request ids, hashes) that appear in tool results, from a fixed seed.
import type { CorpusCase } from "../types";

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(0x6d2024);
export function hexId(n: number): string {
  let s = "";
  for (let i = 0; i < n; i++) s += "0123456789abcdef"[Math.floor(rand() * 16)];
  return s;
}

type Kind = CorpusCase["kind"];
type Label = CorpusCase["label"];

/** Case builder: text is trimmed of the leading newline used for template-literal layout. */
export function mk(kind: Kind, label: Label, category: string) {
  return (id: string, text: string | object, note?: string): CorpusCase => {
    const t = typeof text === "string" ? text.replace(/^\n/, "") : JSON.stringify(text, null, 2);
    const c: CorpusCase = { id: `m-${id}`, kind, category: `heldoutm-${category}`, label, text: t };
    if (note) c.note = note;
    return c;
  };
}
