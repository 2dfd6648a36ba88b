// The prefiltered run (anchors, co-occurrence, windows) against every pattern over the whole text:
// on the corpus it may only miss or shorten what a window cuts, never report a match the full search lacks.
import { describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { compilePatternSet } from "../../../src/detect/injection/pattern-set.ts";
import { ALL_PATTERNS } from "../../../src/detect/injection/scan.ts";

const dir = join(import.meta.dir, "..", "..", "corpus", "injection");
const texts = ["positives.jsonl", "benign.jsonl", "validation-1.jsonl", "validation-2.jsonl", "validation-3.jsonl"].flatMap((f) =>
  readFileSync(join(dir, f), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l).text as string).filter((t) => typeof t === "string"),
);

describe("injection pattern set", () => {
  test("every prefiltered hit lies inside a full-search hit of the same pattern, and nearly all are found", () => {
    const set = compilePatternSet(ALL_PATTERNS);
    let full = 0;
    let found = 0;
    expect(texts.length).toBeGreaterThan(400);
    for (const t of texts) {
      const naive = set.runNaive(t);
      const run = set.run(t);
      for (const h of run) {
        const inside = naive.some((n) => n.pattern.id === h.pattern.id && n.start <= h.start && n.end >= h.end);
        if (!inside) throw new Error(`${h.pattern.id} at ${h.start}-${h.end} is not a full-search match in ${JSON.stringify(t.slice(0, 80))}`);
      }
      full += naive.length;
      found += run.length;
    }
    expect(found / full).toBeGreaterThan(0.98);
  });

  test("an anchor whose letter upper-cases to two characters (ß → SS) keys only itself", () => {
    const set = compilePatternSet([{ id: "t.schliesse", family: "order", description: "test", weight: 0.5, re: /schließe die datei/gi, anchors: ["schließe"], before: 0, after: 40 }]);
    expect(set.run("Bitte SCHLIESSE nichts. Sag: schließe die Datei jetzt.").map((h) => h.pattern.id)).toEqual(["t.schliesse"]);
    expect(set.run("SS and S alone")).toEqual([]);
  });
});
