import { describe, expect, test } from "bun:test";
import { gzipSync } from "node:zlib";
import { decodeForScan, readBody, slices } from "../../src/proxy/body.ts";

async function* chunksOf(b: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < b.length; i += size) yield b.subarray(i, i + size);
}
const data = Buffer.from(Array.from({ length: 5000 }, (_, i) => `line ${i}\n`).join(""));

describe("request and response bodies", () => {
  test("with a Content-Length the body is read into one buffer of that size, byte-identical", async () => {
    const r = await readBody(chunksOf(data, 1000), 1 << 20, data.length);
    expect(r.over).toBe(false);
    expect(r.bytes.equals(data)).toBe(true);
  });
  test("without one (chunked), or with a wrong one, the bytes are the same", async () => {
    for (const expected of [undefined, 10, data.length + 100, -1, Number.NaN]) {
      const r = await readBody(chunksOf(data, 777), 1 << 20, expected);
      expect(r.over).toBe(false);
      expect(r.bytes.equals(data)).toBe(true);
    }
  });
  test("over the limit: the first bytes are kept and the rest is left unread for the caller", async () => {
    const r = await readBody(chunksOf(data, 1000), 4000, data.length);
    expect(r.over).toBe(true);
    expect(r.bytes.length).toBeGreaterThanOrEqual(4000);
    const rest: Buffer[] = [];
    for (let x = await r.rest!.next(); !x.done; x = await r.rest!.next()) rest.push(x.value);
    expect(Buffer.concat([r.bytes, ...rest]).equals(data)).toBe(true);
  });
  test("slices cover the body without copying, in order", async () => {
    const parts: Uint8Array[] = [];
    for await (const s of slices(data, 4096)) parts.push(s);
    expect(parts.length).toBe(Math.ceil(data.length / 4096));
    expect(parts[0]!.buffer).toBe(data.buffer);
    expect(Buffer.concat(parts).equals(data)).toBe(true);
  });
  test("gzip is decoded for scanning; a bomb past the ratio bound fails closed with a reason", () => {
    expect(decodeForScan(gzipSync(data), "gzip", 1 << 20).text!.equals(data)).toBe(true);
    const bomb = gzipSync(Buffer.alloc(50 << 20));
    const d = decodeForScan(bomb, "gzip", 64 << 20);
    expect(d.text).toBeUndefined();
    expect(d.error).toMatch(/decompression bomb/);
    expect(decodeForScan(data, "x-unknown", 1 << 20).error).toMatch(/cannot be decoded/);
  });
});
