// Injection and tool detection per corpus set: the project corpus, each held-out set (A = heldout,
// B = heldout-b, C = heldout-c, D = heldout-d when present) and the issue-24 classes, recall and
// FP rate each. `bun scripts/eval/by-set.ts` (the per-category table is `npm run eval`).
import { loadCorpus } from "../../test/corpus/load.ts";
import { evalKinds } from "./injection-url-tool.ts";

const cases = (await loadCorpus()).filter((c) => c.kind === "injection" || c.kind === "tool");
const rows = await evalKinds(cases);
const CLASSES = /^(?:orders-in-data|reader-output-directives|tool-(?:schema-ext|output-schema|annotations-examples|approval-rugpull|alt-text-exfil|shadowing-r2|poisoning-probes))/;
const setOf = (cat: string) => (CLASSES.test(cat) ? `class ${cat}` : cat.startsWith("heldoutd") ? "held-out D" : cat.startsWith("heldoutc") ? "held-out C" : cat.startsWith("heldoutb") ? "held-out B" : cat.startsWith("heldout") ? "held-out A" : "project");
const agg = new Map<string, { p: number; d: number; b: number; f: number }>();
for (const r of rows) {
  const k = `${r.kind.padEnd(10)}${setOf(r.category)}`;
  const a = agg.get(k) ?? { p: 0, d: 0, b: 0, f: 0 };
  a.p += r.positives;
  a.d += r.detected;
  a.b += r.benign;
  a.f += r.falsePositives;
  agg.set(k, a);
}
const pct = (n: number, d: number) => (d === 0 ? "   -  " : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
console.log(`${"kind / set".padEnd(52)}${"pos".padStart(5)}${"recall".padStart(9)}${"benign".padStart(8)}${"FP rate".padStart(9)}`);
for (const [k, a] of [...agg].sort()) console.log(`${k.padEnd(52)}${String(a.p).padStart(5)}${pct(a.d, a.p).padStart(9)}${String(a.b).padStart(8)}${pct(a.f, a.b).padStart(9)}`);
