// Rotated positives: each provider spec rendered through the shared context renderers.
import type { CorpusCase } from "../types.ts";
import { Gen, RENDERERS, mk } from "./_gen.ts";
import { SPECS } from "./_specs.ts";

const g = new Gen(154001);
const CATS = ["ai", "auth", "cloud", "comms", "data", "devtools", "observability", "payment", "saas"];
const PER = 28;
export const cases: CorpusCase[] = [];
let n = 0;
CATS.forEach((cat, ci) => {
  const specs = SPECS.filter((s) => s.cat === cat);
  for (let i = 0; i < PER; i++) {
    const s = specs[i % specs.length]!;
    const r = RENDERERS[(n * 7 + ci * 3) % RENDERERS.length]!;
    const ps = s.make(g);
    const out = r(g, ps, s);
    n++;
    cases.push(mk(`y154-r-${String(n).padStart(3, "0")}`, `heldouty154-sec-${cat}`, "positive", out.text, out.checks ?? [ps[0]!.v], `${s.p} ${ps[0]!.k} via ${out.ctx}`));
  }
});
