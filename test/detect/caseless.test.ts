// caseless(): an /iu regex rewritten without the i flag must match exactly what the original
// matches. Checked on hand-picked case pairs and, for every /iu pattern the scanners run, on every
// 13th text of the injection and tool corpora (the whole corpora: `bun test` with CASELESS_ALL=1).
import { describe, expect, test } from "bun:test";
import { caseless } from "../../src/detect/caseless.ts";
import { INJECTION_PATTERNS } from "../../src/detect/injection/scan.ts";
import { TOOL_PATTERNS } from "../../src/detect/tool/patterns.ts";
import { PLANTED_PATTERNS } from "../../src/detect/tool/planted.ts";
import { loadCorpus } from "../corpus/load.ts";

function matches(re: RegExp, text: string): string {
  const out: string[] = [];
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    if (m[0].length === 0) g.lastIndex++;
    out.push(`${m.index}:${m[0]}`);
  }
  return out.join("|");
}

describe("caseless", () => {
  test("drops the i flag only where it rewrites (u and i both set)", () => {
    expect(caseless(/über/giu).flags).toBe("gu");
    const plain = /über/gi;
    expect(caseless(plain)).toBe(plain);
    const noI = /über/gu;
    expect(caseless(noI)).toBe(noI);
  });

  test("case forms beyond upper and lower: ſ, the Kelvin and Ångström signs, ẞ, final sigma", () => {
    const pairs: Array<[RegExp, string]> = [
      [/start/iu, "\u017Ftart"], [/key/iu, "\u212Aey"], [/århus/iu, "\u212Brhus"], [/straße/iu, "STRA\u1E9EE"],
      [/σοφός/iu, "ΣΟΦΌΣ"], [/σοφός/iu, "σοφόσ"], [/[a-z]{3}/iu, "\u212Aey"], [/[^k]ey/iu, "\u212Aey"], [/\w+/iu, "\u017Fun"],
    ];
    for (const [re, text] of pairs) expect(matches(caseless(re), text)).toBe(matches(re, text));
  });

  test("left as it is: backreferences and case-bound properties", () => {
    for (const re of [/(ab)\1/giu, /(?<w>ab)\k<w>/giu, /\p{Lu}x/giu, /[\p{Ll}\d]x/giu]) expect(caseless(re)).toBe(re);
  });

  test("every /iu pattern matches the same on the corpora", async () => {
    const patterns = [...INJECTION_PATTERNS, ...TOOL_PATTERNS, ...PLANTED_PATTERNS].filter((p) => p.re.flags.includes("i") && p.re.flags.includes("u"));
    const rewritten = patterns.filter((p) => caseless(p.re) !== p.re);
    expect(rewritten.length).toBeGreaterThan(patterns.length / 2);
    const step = process.env.CASELESS_ALL ? 1 : 13;
    const texts = (await loadCorpus()).filter((c, i) => c.kind !== "secrets" && i % step === 0).map((c) => c.text);
    const differ: string[] = [];
    for (const p of rewritten) {
      const fast = caseless(p.re);
      for (const t of texts) if (matches(fast, t) !== matches(p.re, t)) differ.push(`${p.id}: ${JSON.stringify(t.slice(0, 60))}`);
    }
    expect(differ.slice(0, 5)).toEqual([]);
  }, 600_000);
});
