// binaryReadsNothing skips decoding a base64 run into bytes: exact only while it never says
// "nothing" of bytes that binaryToText would read (a gzip/zlib header, UTF-16, 16 printable bytes
// in a row). Checked against the bytes Buffer decodes, for both alphabets and every tail length.
import { describe, expect, test } from "bun:test";
import { binaryReadsNothing, printableStrings, utf16Text } from "../../src/detect/decode.ts";
import { mulberry32 as rng } from "../helpers/prng.ts";

const compressedHeader = (b: Uint8Array) => (b[0] === 0x1f && b[1] === 0x8b) || (b[0] === 0x78 && [0x01, 0x5e, 0x9c, 0xda].includes(b[1]!));

/** What the predicate claims, computed on the decoded bytes. */
function readsNothing(b: Uint8Array): boolean {
  if (compressedHeader(b)) return false;
  for (let i = 0; i < Math.min(130, b.length); i++) if (b[i] === 0) return false;
  let run = 0;
  for (const x of b) {
    run = x >= 0x20 && x < 0x7f ? run + 1 : 0;
    if (run >= 16) return false;
  }
  return true;
}

function blob(rand: () => number, n: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = Math.floor(rand() * 256);
  const shape = rand();
  // Printable stretches of 14 to 18 bytes, a zero near where utf16Text stops reading, compressed or UTF-16 headers.
  if (shape < 0.3 && n > 20) {
    const len = 14 + Math.floor(rand() * 5);
    const at = Math.floor(rand() * Math.max(1, n - len));
    for (let i = at; i < Math.min(n, at + len); i++) b[i] = 0x20 + Math.floor(rand() * 95);
  } else if (shape < 0.45 && n > 0) b[Math.min(n - 1, 120 + Math.floor(rand() * 20))] = 0;
  else if (shape < 0.55 && n > 1) [b[0], b[1]] = rand() < 0.5 ? [0x1f, 0x8b] : [0x78, [0x01, 0x5e, 0x9c, 0xda][Math.floor(rand() * 4)]!];
  else if (shape < 0.6 && n > 1) [b[0], b[1]] = [0xff, 0xfe];
  else if (shape < 0.7) for (let i = 0; i < n; i++) if (b[i] === 0) b[i] = 1; // no zero at all
  return b;
}

describe("binaryReadsNothing", () => {
  test("agrees with the decoded bytes, and never hides bytes binaryToText reads", () => {
    const rand = rng(57);
    let nothing = 0;
    for (let round = 0; round < 6000; round++) {
      const bytes = blob(rand, Math.floor(rand() * 300));
      const urlSafe = rand() < 0.5;
      const std = Buffer.from(bytes).toString("base64").replace(/=+$/, "");
      const body = urlSafe ? std.replace(/\+/g, "-").replace(/\//g, "_") : std;
      if (body.length % 4 === 1) continue;
      const decoded = Buffer.from(std, "base64");
      expect(decoded).toEqual(Buffer.from(bytes));
      const says = binaryReadsNothing(body);
      expect(says).toBe(readsNothing(decoded));
      if (says) {
        nothing++;
        expect(utf16Text(decoded)).toBeNull();
        expect(printableStrings(decoded)).toBeNull();
        expect(compressedHeader(decoded)).toBe(false);
      }
    }
    expect(nothing).toBeGreaterThan(1000);
  });

  test("names in a run's alphabet, as Buffer decodes them", () => {
    const rand = rng(59);
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (let round = 0; round < 3000; round++) {
      const sep = rand() < 0.5 ? "_" : "/";
      let body = "";
      const n = 20 + Math.floor(rand() * 200);
      while (body.length < n) body += rand() < 0.15 ? sep : alphabet[Math.floor(rand() * alphabet.length)]!;
      if (body.length % 4 === 1) body = body.slice(0, -1);
      const decoded = Buffer.from(body.replace(/_/g, "/"), "base64");
      expect(binaryReadsNothing(body)).toBe(readsNothing(decoded));
    }
    expect(binaryReadsNothing("Type_0_is_not_assignable_to_type_1_2322")).toBe(readsNothing(Buffer.from("Type/0/is/not/assignable/to/type/1/2322", "base64")));
  });
});
