// Themed positives (data / ML engineering carriers): every provider family rotated through the
// 40 themed renderers. Seed 147001.
import type { CorpusCase } from "../types.ts";
import { Gen, THEMED, mk, tokFor, type Cat } from "./_gen.ts";

const g = new Gen(147001);
const CATS: Exclude<Cat, "keys">[] = ["ai", "auth", "cloud", "comms", "data", "devtools", "observability", "payment", "saas"];

export const cases: CorpusCase[] = [];
for (let i = 0; i < 189; i++) {
  const cat = CATS[i % CATS.length]!;
  const tok = tokFor(cat, Math.floor(i / CATS.length), g);
  const r = THEMED[(i * 7 + Math.floor(i / 40)) % THEMED.length]!;
  const text = r.f(tok, g);
  const id = `y147-a-${String(i + 1).padStart(3, "0")}`;
  cases.push(mk(id, `heldouty147-sec-${cat}`, "positive", text, `${tok.provider} in ${tok.pairs.map((p) => p[0]).join("+")} via ${r.name}`, tok.secret));
}
