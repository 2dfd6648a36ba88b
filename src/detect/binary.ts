// Bytes as text: whether they are text at all (NUL, many control bytes, or invalid UTF-8 in the
// first 8 KiB say binary), and the decoder every byte stream is read through.
import { isAscii } from "node:buffer";

export function looksBinary(head: Uint8Array): boolean {
  const n = Math.min(head.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = head[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > n * 0.1) return true;
  // Cut before a possibly split multi-byte sequence at the sample's end.
  let end = n;
  while (end > 0 && end > n - 4 && (head[end - 1]! & 0xc0) === 0x80) end--;
  if (end > 0 && head[end - 1]! >= 0xc0) end--;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, end));
    return false;
  } catch {
    return true;
  }
}

/**
 * ASCII bytes as characters, a one-byte string. Not TextDecoder("latin1"): that is windows-1252,
 * mapped a character at a time (61 ms per 17 MB of ASCII here, against 3 ms for Buffer's copy).
 */
function asciiText(chunk: Uint8Array): string {
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString("latin1");
}

/**
 * A byte stream's text, chunk by chunk: UTF-8, or one character per byte when the first chunk
 * looks binary (byte offsets then stay true). An all-ASCII chunk (a third of real code's MiBs)
 * is read a byte a character: the same characters, as a one-byte string (half the memory of the
 * two-byte strings the UTF-8 decoder makes once it has met a non-ASCII byte), made 2-4x faster.
 */
export class ByteText {
  binary = false;
  private decoder: TextDecoder | null = null;
  /** The UTF-8 decoder holds the start of a character cut at the last chunk's end. */
  private pending = false;

  decode(chunk: Uint8Array): string {
    if (this.decoder === null) {
      this.binary = looksBinary(chunk);
      this.decoder = new TextDecoder(this.binary ? "latin1" : "utf-8");
    }
    if (this.binary) return this.decoder.decode(chunk, { stream: true });
    if (!this.pending && isAscii(chunk)) return asciiText(chunk);
    this.pending = cutInCharacter(chunk);
    return this.decoder.decode(chunk, { stream: true });
  }

  /** What the decoder still holds (a cut character's U+FFFD), at the stream's end. */
  end(): string {
    return this.decoder === null ? "" : this.decoder.decode();
  }
}

/** Whether UTF-8 `bytes` may end inside a character (its lead byte there, not all its continuation bytes). */
function cutInCharacter(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let k = n;
  while (k > 0 && n - k < 3 && (bytes[k - 1]! & 0xc0) === 0x80) k--;
  if (k === 0) return true; // only continuation bytes: the decoder may hold more
  const lead = bytes[k - 1]!;
  const len = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return len > 1 && n - (k - 1) < len;
}
