import { describe, expect, test } from "bun:test";
import { setApartAheadFinder } from "../../src/detect/rules/set-apart-value.ts";

/** The reference: a scan from `pos` for a backtick, `<pre>` or `<code>` within 260 characters, no blank line before it but one a fence opens after. */
function setApartAhead(text: string, pos: number): boolean {
  for (let i = pos, lim = Math.min(text.length, pos + 260); i < lim; i++) {
    const c = text.charCodeAt(i);
    if (c === 96) return true;
    if (c === 60 && (text.startsWith("pre>", i + 1) || text.startsWith("code>", i + 1))) return true;
    if (c === 10 && text.charCodeAt(i + 1) === 10) return text.startsWith("```", i + 2);
  }
  return false;
}

function randomText(alphabet: string[], n: number, seed: number): string {
  let s = "";
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    s += alphabet[x % alphabet.length];
  }
  return s;
}

describe("setApartAheadFinder", () => {
  test("answers as a scan from the position does, asked in text order, out of order, and across texts", () => {
    const at = setApartAheadFinder();
    const pieces = ["a", " ", "\n", "\n\n", "`", "```", "<", "<pre>", "<code>", "pre>", "x".repeat(90)];
    const texts = Array.from({ length: 30 }, (_, k) => randomText(pieces, 10 + k * 9, k + 1));
    for (const t of texts) {
      for (let i = 0; i <= t.length + 1; i++) expect(at(t, i)).toBe(setApartAhead(t, i));
      for (let i = t.length + 1; i >= 0; i -= 7) expect(at(t, i)).toBe(setApartAhead(t, i));
    }
    for (let i = 0; i < 90; i++) {
      const t = texts[i % 4]!;
      const from = (i * 13) % (t.length + 1);
      expect(at(t, from)).toBe(setApartAhead(t, from));
    }
  });
});
