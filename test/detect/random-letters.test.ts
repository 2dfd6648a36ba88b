import { describe, expect, test } from "bun:test";
import { randomLowerLetters } from "../../src/detect/placeholder.ts";
import { Rng, LOWER } from "../corpus/secrets/_gen.ts";

describe("randomLowerLetters", () => {
  test("words and joined identifiers in several languages are not random", () => {
    for (const w of ["internationalization", "primarykeyname", "dnspromisesresolvenaptrhostname", "responsestrictcontentlength", "verantwortungsbewusstsein", "anticonstitutionnellement", "berschreibungsmodifizierer", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "x".repeat(32)])
      expect(randomLowerLetters(w)).toBe(false);
  });
  test("most random 32-letter values are random", () => {
    const r = new Rng(0x1e77e25);
    let hit = 0;
    for (let i = 0; i < 200; i++) if (randomLowerLetters(r.str(32, LOWER))) hit++;
    expect(hit).toBeGreaterThan(140);
  });
});
