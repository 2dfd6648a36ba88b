// Rotates provider tokens through the shared renderers (skipped by the loader).
import type { CorpusCase } from "../types.ts";
import { RENDERERS, Rng, Rotator, mk } from "./_gen.ts";
import type { Spec } from "./_providers.ts";

export function rotate(seed: number, letter: string, groups: Spec[][], perCat: number, startRenderer = 0): CorpusCase[] {
  const r = new Rng(seed);
  const rot = new Rotator(RENDERERS, startRenderer);
  const out: CorpusCase[] = [];
  let n = 0;
  for (const specs of groups) {
    for (let i = 0; i < perCat; i++) {
      const spec = specs[i % specs.length]!;
      const t = spec.make(r);
      const rd = rot.next(t);
      const { text, needles } = rd.fn(t, r);
      const id = `y146-${letter}-${String(++n).padStart(3, "0")}`;
      out.push(mk(id, `heldouty146-sec-${spec.cat}`, "positive", text, needles, `${t.provider} in ${t.env} via ${rd.name}`));
    }
  }
  return out;
}
