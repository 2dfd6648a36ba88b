// A regex cut to its ASCII-capable alternatives finds, on ASCII text, exactly what the whole regex
// finds: unit cases of what is dropped and kept, and the injection judges' term list on every ASCII
// text of the corpus.
import { describe, expect, test } from "bun:test";
import { asciiAlternatives } from "../../src/detect/ascii-alternatives.ts";
import { EXPLAIN, EXPLAIN_ASCII } from "../../src/detect/injection/explanatory-terms.ts";
import { loadCorpus } from "../corpus/load.ts";

const cut = (source: string, flags = "gi") => asciiAlternatives(new RegExp(source, flags)).source;

function matches(re: RegExp, text: string): string[] {
  const r = new RegExp(re);
  const out: string[] = [];
  for (let m = r.exec(text); m !== null; m = r.exec(text)) out.push(`${m.index}:${m[0]}`);
  return out;
}

describe("asciiAlternatives", () => {
  test("drops alternatives that must read a character above U+007F", () => {
    expect(cut("örneğin|attack")).toBe("attack");
    expect(cut("saldır[a-zçğıöşü]*|x")).toBe("x"); // ı is not optional
    expect(cut("ví\\s+dụ|v")).toBe("v");
    expect(cut("攻击?|r")).toBe("r"); // 攻 is required, 击 is not
    expect(cut("[\\u0400-\\u04FF]+|q")).toBe("q");
    expect(cut("(?<![\\u0400-\\u04FF])(?:атак[\\u0400-\\u04FF]*|инъекц)|w")).toBe("w");
  });

  test("keeps alternatives with a way through in ASCII, in their order", () => {
    expect(cut("inyecci[oó]n|b|örn")).toBe("inyecci[oó]n|b");
    expect(cut("é?clair|[^é]x|(?=é)a|\\w+é")).toBe("é?clair|[^é]x|(?=é)a");
    expect(cut("ö{0,2}x|y")).toBe("ö{0,2}x|y");
  });

  test("cuts the alternatives inside groups too, and keeps one that captures (later groups keep their numbers)", () => {
    expect(cut("(?:np|örn)\\.|z")).toBe("(?:np)\\.|z");
    expect(cut("(?<![\\p{L}])(?:wie|für\\s|etwa)", "giu")).toBe("(?<![\\p{L}])(?:wie|etwa)");
    expect(cut("(?:(ü)|u)(x)\\2")).toBe("(?:(ü)|u)(x)\\2");
    expect(cut("(?:é|è)x|y")).toBe("y"); // a group with no way through in ASCII: its alternative has none
  });

  test("under /iu a non-ASCII letter can fold to ASCII (ſ to s, the Kelvin sign to k): those alternatives stay", () => {
    const re = /ſecret|\u212Aey|über|x/iu;
    expect(asciiAlternatives(re).source).toBe(re.source.replace(/\|[^|]*ber/, ""));
    expect("secret".match(re)?.[0]).toBe("secret");
    expect("key".match(re)?.[0]).toBe("key");
    expect(cut("[\\u0100-\\u0200]ecret|q", "iu")).toBe("[\\u0100-\\u0200]ecret|q");
    expect(cut("[\\u0100-\\u0200]ecret|q", "i")).toBe("q");
  });

  test("the term list drops its non-Latin alternatives", () => {
    expect(EXPLAIN_ASCII.source.length).toBeLessThan(EXPLAIN.source.length * 0.7);
    expect(EXPLAIN_ASCII.flags).toBe(EXPLAIN.flags);
  });

  test("the term list: the same matches as the whole regex on every ASCII corpus text", async () => {
    // Every second ASCII text (~25,000): the whole regex is the slow one, 8 s over all of them.
    const ascii = (await loadCorpus()).map((c) => c.text).filter((t, i) => i % 2 === 0 && !/[^\x00-\x7f]/.test(t));
    expect(ascii.length).toBeGreaterThan(10_000);
    let found = 0;
    for (const text of ascii) {
      const whole = matches(EXPLAIN, text);
      found += whole.length;
      expect(matches(EXPLAIN_ASCII, text)).toEqual(whole);
    }
    expect(found).toBeGreaterThan(5_000);
  });
});
