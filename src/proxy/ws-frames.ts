// WebSocket frames (RFC 6455) read incrementally from a byte stream: header, extended length,
// mask, payload. Frames are kept with their raw bytes so a relay forwards exactly what it got.

export const OP = { continuation: 0, text: 1, binary: 2, close: 8, ping: 9, pong: 10 } as const;

export interface Frame {
  fin: boolean;
  /** RSV1..3 bits (non-zero only with a negotiated extension, which the relay never allows). */
  rsv: number;
  opcode: number;
  /** Unmasked payload. */
  payload: Buffer;
  /** The frame exactly as it arrived. */
  raw: Buffer;
}

export class FrameParseError extends Error {}

/** Pulls whole frames out of the bytes pushed so far; refuses frames larger than `maxFrame`. */
export class FrameReader {
  private buf: Buffer = Buffer.alloc(0);

  constructor(private readonly maxFrame: number) {}

  push(chunk: Buffer): Frame[] {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    const out: Frame[] = [];
    for (;;) {
      const f = this.next();
      if (!f) break;
      out.push(f);
    }
    return out;
  }

  private next(): Frame | null {
    const b = this.buf;
    if (b.length < 2) return null;
    const fin = (b[0]! & 0x80) !== 0;
    const rsv = (b[0]! >> 4) & 0x07;
    const opcode = b[0]! & 0x0f;
    const masked = (b[1]! & 0x80) !== 0;
    let len = b[1]! & 0x7f;
    let p = 2;
    if (len === 126) {
      if (b.length < 4) return null;
      len = b.readUInt16BE(2);
      p = 4;
    } else if (len === 127) {
      if (b.length < 10) return null;
      const hi = b.readUInt32BE(2);
      if (hi > 0x1fffff) throw new FrameParseError("frame length over 2^53");
      len = hi * 2 ** 32 + b.readUInt32BE(6);
      p = 10;
    }
    if (opcode >= 8 && (len > 125 || !fin)) throw new FrameParseError("control frame longer than 125 bytes or fragmented");
    if (![0, 1, 2, 8, 9, 10].includes(opcode)) throw new FrameParseError(`reserved opcode ${opcode}`);
    if (len > this.maxFrame) throw new FrameParseError(`frame of ${len} bytes is over the limit (${this.maxFrame})`);
    const maskAt = p;
    if (masked) p += 4;
    if (b.length < p + len) return null;
    const payload = Buffer.from(b.subarray(p, p + len));
    if (masked) for (let i = 0; i < payload.length; i++) payload[i]! ^= b[maskAt + (i % 4)]!;
    const raw = b.subarray(0, p + len);
    this.buf = b.subarray(p + len);
    return { fin, rsv, opcode, payload, raw: Buffer.from(raw) };
  }
}

/** A close frame (code + reason), masked when sent by a client. */
export function closeFrame(code: number, reason: string, mask: boolean): Buffer {
  const r = Buffer.from(reason, "utf8").subarray(0, 123);
  const payload = Buffer.concat([Buffer.from([code >> 8, code & 0xff]), r]);
  const head = Buffer.from([0x88, (mask ? 0x80 : 0) | payload.length]);
  if (!mask) return Buffer.concat([head, payload]);
  const key = Buffer.from([0x37, 0xfa, 0x21, 0x3d]);
  const masked = Buffer.from(payload.map((x, i) => x ^ key[i % 4]!));
  return Buffer.concat([head, key, masked]);
}
