import { describe, expect, test } from "bun:test";
import { nextMatchFinder } from "../../src/detect/next-match.ts";

/** The first match of `re` at or after `from`, found by trying every position (none: the text's length): what the finder must answer. */
function slow(re: RegExp, text: string, from: number): number {
  const sticky = new RegExp(re.source, re.flags.replace("g", "") + "y");
  for (let i = Math.max(0, from); i < text.length; i++) {
    sticky.lastIndex = i;
    if (sticky.test(text)) return i;
  }
  return text.length;
}

function randomText(alphabet: string, n: number, seed: number): string {
  let s = "";
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    s += alphabet[x % alphabet.length];
  }
  return s;
}

describe("nextMatchFinder", () => {
  test("answers as a scan from `from` would, asked in text order, out of order, and across texts", () => {
    const re = /[{}]|[aA][lL][uU][eE]/g;
    const find = nextMatchFinder(re);
    const texts = Array.from({ length: 40 }, (_, k) => randomText("aAlLuUeE{} x", 20 + k * 7, k + 1));
    for (const t of texts) {
      for (let i = 0; i <= t.length + 1; i++) expect(find(t, i).at).toBe(slow(re, t, i));
      for (let i = t.length + 1; i >= 0; i -= 3) expect(find(t, i).at).toBe(slow(re, t, i));
    }
    // Interleaved texts: the memo is per text.
    for (let i = 0; i < 60; i++) {
      const t = texts[i % 3]!;
      const from = (i * 5) % (t.length + 1);
      expect(find(t, from).at).toBe(slow(re, t, from));
    }
  });

  test("gives the matched string, and the text's length when nothing follows", () => {
    const find = nextMatchFinder(/[{}]|value/g);
    expect(find("a value {", 0)).toEqual({ at: 2, match: "value" });
    expect(find("a value {", 3)).toEqual({ at: 8, match: "{" });
    expect(find("a value {", 9).at).toBe(9);
  });

  test("refuses a regex without the global flag", () => {
    expect(() => nextMatchFinder(/x/)).toThrow();
  });
});
