// Plain cross-section positives: provider families rotated through the 24 general renderers,
// starting further along each provider list than a.cases.ts. Seed 147002.
import type { CorpusCase } from "../types.ts";
import { Gen, PLAIN, mk, tokFor, type Cat } from "./_gen.ts";

const g = new Gen(147002);
const CATS: Exclude<Cat, "keys">[] = ["saas", "payment", "observability", "devtools", "data", "comms", "cloud", "auth", "ai"];

export const cases: CorpusCase[] = [];
for (let i = 0; i < 72; i++) {
  const cat = CATS[i % CATS.length]!;
  const tok = tokFor(cat, Math.floor(i / CATS.length) + 7, g);
  const r = PLAIN[(i * 5) % PLAIN.length]!;
  const text = r.f(tok, g);
  const id = `y147-b-${String(i + 1).padStart(3, "0")}`;
  cases.push(mk(id, `heldouty147-sec-${cat}`, "positive", text, `${tok.provider} in ${tok.pairs.map((p) => p[0]).join("+")} via ${r.name}`, tok.secret));
}
