// The keyword prefilter against a naive search: every occurrence, in text order; at one end
// offset, longer keywords first (then keyword order). The automaton fills its table lazily, so
// each one is reused across many texts, in different orders.
import { describe, expect, test } from "bun:test";
import { buildAutomaton } from "../../src/detect/prefilter.ts";
import { BUILTIN_RULES } from "../../src/detect/index.ts";
import { mulberry32 as rng } from "../helpers/prng.ts";

const foldAscii = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** The automaton's folding: A-Z, and the one-unit upper case of the keywords' own non-ASCII letters (Ñ for ñ). */
function folder(keywords: readonly string[]): (s: string) => string {
  const up = new Map<string, string>();
  for (const k of keywords) for (const ch of k.toLowerCase()) {
    const u = ch.toUpperCase();
    if (ch.charCodeAt(0) >= 128 && u.length === 1 && u !== ch && u.toLowerCase() === ch) up.set(u, ch);
  }
  return (s) => [...foldAscii(s)].map((c) => up.get(c) ?? c).join("");
}

function naive(keywords: readonly string[], text: string): Array<[number, number]> {
  const fold = folder(keywords);
  const low = keywords.map(fold);
  const t = fold(text);
  const out: Array<[number, number]> = [];
  for (let end = 1; end <= t.length; end++) {
    const here: number[] = [];
    low.forEach((k, i) => {
      if (k.length > 0 && k.length <= end && t.startsWith(k, end - k.length)) here.push(i);
    });
    here.sort((a, b) => low[b]!.length - low[a]!.length || a - b);
    for (const i of here) out.push([i, end]);
  }
  return out;
}

function hits(keywords: readonly string[], text: string, ac = buildAutomaton(keywords)): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  ac.search(text, (kw, end) => out.push([kw, end]));
  return out;
}

describe("keyword prefilter", () => {
  test("classic overlaps: he, she, his, hers", () => {
    expect(hits(["he", "she", "his", "hers"], "ushers")).toEqual([[1, 4], [0, 4], [3, 6]]);
  });

  test("ASCII case-insensitive; other characters break a keyword", () => {
    const kw = ["ghp_", "akia"];
    expect(hits(kw, "GHP_x AkIa gh\u00e9p_ \u212aakia")).toEqual(naive(kw, "GHP_x AkIa gh\u00e9p_ \u212aakia"));
    expect(hits(kw, "\u212aIA")).toEqual([]); // KELVIN SIGN is not k
  });

  test("non-ASCII keywords: found in either case; a look-alike or a neighbour letter does not count", () => {
    const kw = ["clé", "ключ", "キー", "key"];
    expect(hits(kw, "la CLÉ est, la Clé, le КЛЮЧ, ключ; 新しいキーは; cle; kлюч")).toEqual([[0, 6], [0, 18], [1, 27], [1, 33], [2, 40]]);
    // Only the keywords' own letters have a class: other non-ASCII letters still reset the search.
    expect(hits(kw, "k\u00e9y ke\u0301y")).toEqual([]);
  });

  test("random keyword sets and texts agree with a naive search, one automaton per set", () => {
    const rand = rng(19);
    const pick = (s: string) => s[Math.floor(rand() * s.length)]!;
    for (let set = 0; set < 150; set++) {
      const keywords = Array.from({ length: 1 + Math.floor(rand() * 25) }, () => Array.from({ length: 1 + Math.floor(rand() * 6) }, () => pick("abcAB_-")).join(""));
      const ac = buildAutomaton(keywords);
      for (let n = 0; n < 12; n++) {
        const text = Array.from({ length: Math.floor(rand() * 400) }, () => pick("abcAB_- x\u00e9\n")).join("");
        expect(hits(keywords, text, ac)).toEqual(naive(keywords, text));
      }
    }
  });

  test("long texts, walked as four quarters: keywords across each boundary and at both ends", () => {
    const rand = rng(23);
    const pick = (s: string) => s[Math.floor(rand() * s.length)]!;
    for (let set = 0; set < 20; set++) {
      const keywords = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => Array.from({ length: 1 + Math.floor(rand() * 9) }, () => pick("abAB_")).join(""));
      const ac = buildAutomaton(keywords);
      for (const n of [4095, 4096, 4097, 4098, 4099, 5001, 9000, 12290]) {
        const text = Array.from({ length: n }, () => pick("abAB_ ")).join("");
        expect(hits(keywords, text, ac)).toEqual(naive(keywords, text));
      }
    }
  });

  test("the built-in rules' keywords on source text and on text made of keywords", async () => {
    const keywords = [...new Set(BUILTIN_RULES.flatMap((r) => r.keywords))];
    const ac = buildAutomaton(keywords);
    const rand = rng(7);
    const source = await Bun.file(new URL("../../src/detect/engine.ts", import.meta.url)).text();
    const soup = Array.from({ length: 300 }, () => keywords[Math.floor(rand() * keywords.length)]!.toUpperCase()).join(rand() < 0.5 ? "" : "=");
    for (const text of [source, soup, source.slice(0, 5000)]) expect(hits(keywords, text, ac)).toEqual(naive(keywords, text));
  });
});
