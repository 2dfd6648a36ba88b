import { describe, expect, test } from "bun:test";
import { advance, utf8Length } from "../../src/detect/position.ts";

// Reference: the slicing way (what finalize and the stream did before), on text with every UTF-8 width.
function reference(text: string, from: number, to: number, p: { line: number; column: number; byte: number }, latin1: boolean) {
  const seg = text.slice(from, to);
  const lastNl = seg.lastIndexOf("\n");
  const lines = seg.split("\n").length - 1;
  return {
    line: p.line + lines,
    column: lastNl >= 0 ? seg.length - lastNl : p.column + seg.length,
    byte: p.byte + (latin1 ? seg.length : Buffer.byteLength(seg, "utf8")),
  };
}

describe("position advance", () => {
  const pieces = ["a", "\n", "é", "€", "😀", "\ud83d", "\ude00", "z", "\r\n", "ж"];
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const text = Array.from({ length: 4000 }, () => pieces[Math.floor(rnd() * pieces.length)]).join("");

  test("matches Buffer.byteLength and line counting over random spans", () => {
    for (let k = 0; k < 300; k++) {
      const a = Math.floor(rnd() * text.length);
      const b = a + Math.floor(rnd() * (text.length - a));
      const start = { line: 3, column: 5, byte: 11 };
      for (const latin1 of [false, true]) {
        const p = { ...start };
        advance(text, a, b, p, latin1);
        expect(p).toEqual(reference(text, a, b, start, latin1));
        expect(utf8Length(text, a, b, latin1)).toBe(reference(text, a, b, { line: 0, column: 0, byte: 0 }, latin1).byte);
      }
    }
  });

  test("an empty span moves nothing", () => {
    const p = { line: 2, column: 9, byte: 40 };
    advance(text, 10, 10, p, false);
    expect(p).toEqual({ line: 2, column: 9, byte: 40 });
  });
});
