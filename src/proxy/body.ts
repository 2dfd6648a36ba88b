// Bodies with bounded memory: read up to a limit, and decoded (gzip, deflate, br, zstd) for
// scanning only — the peer gets the original bytes. Decompression is bounded in size and ratio;
// a body that would exceed either is undecidable and fails closed.
import * as zlib from "node:zlib";

export interface ReadBody {
  bytes: Buffer;
  /** True when the body was longer than the limit (bytes holds the first `limit` bytes). */
  over: boolean;
  /** The rest of the stream, still unread, when over. */
  rest?: AsyncIterator<Buffer>;
}

/**
 * Reads a body up to `limit` bytes. With the length known in advance (Content-Length) the bytes go
 * straight into one buffer of that size, so a large body is held once, not as chunks plus a copy.
 */
export async function readBody(stream: AsyncIterable<Buffer | Uint8Array>, limit: number, expected?: number): Promise<ReadBody> {
  const it = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let parts: Buffer[] = [];
  let n = 0;
  let into = expected !== undefined && Number.isSafeInteger(expected) && expected > 0 && expected <= limit ? Buffer.allocUnsafe(expected) : null;
  for (let r = await it.next(); !r.done; r = await it.next()) {
    const chunk = r.value as Buffer;
    if (into !== null && n + chunk.length <= into.length) {
      chunk.copy(into, n);
      n += chunk.length;
      continue;
    }
    if (into !== null) {
      // More than announced: fall back to chunks.
      parts = [into.subarray(0, n)];
      into = null;
    }
    parts.push(chunk);
    if (n + chunk.length > limit) return { bytes: Buffer.concat(parts), over: true, rest: it };
    n += chunk.length;
  }
  if (into !== null) return { bytes: n === into.length ? into : into.subarray(0, n), over: false };
  return { bytes: parts.length === 1 ? parts[0]! : Buffer.concat(parts), over: false };
}

/** A held body as chunks for the stream judge, without copying: a MiB each, what the stream scans at once. */
export async function* slices(bytes: Buffer, size = 1 << 20): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, Math.min(bytes.length, i + size));
}

export interface Decoded {
  text?: Buffer;
  /** Why the body could not be decoded for scanning (fail closed). */
  error?: string;
}

const MAX_RATIO = 100;

export function decodeForScan(bytes: Buffer, encoding: string | undefined, limit: number): Decoded {
  const enc = (encoding ?? "").toLowerCase().trim();
  if (enc === "" || enc === "identity") return { text: bytes };
  const maxOutputLength = Math.max(1024, Math.min(limit * 4, bytes.length * MAX_RATIO + 1024));
  try {
    let out: Buffer = bytes;
    // Several codings apply in order ("gzip, br"): undo them last first.
    for (const c of enc.split(",").map((s) => s.trim()).reverse()) {
      if (c === "gzip" || c === "x-gzip") out = zlib.gunzipSync(out, { maxOutputLength });
      else if (c === "deflate") out = inflateAny(out, maxOutputLength);
      else if (c === "br") out = zlib.brotliDecompressSync(out, { maxOutputLength });
      else if (c === "zstd" && typeof (zlib as unknown as { zstdDecompressSync?: unknown }).zstdDecompressSync === "function") {
        out = (zlib as unknown as { zstdDecompressSync: (b: Buffer, o: object) => Buffer }).zstdDecompressSync(out, { maxOutputLength });
      } else return { error: `content-encoding '${c}' cannot be decoded for scanning` };
    }
    return { text: out };
  } catch (err) {
    const msg = (err as Error).message;
    if (/maxOutputLength|buffer|too large|exceed/i.test(msg) || (err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
      return { error: `decompressed body exceeds the bound (${maxOutputLength} bytes, ratio ${MAX_RATIO}): possible decompression bomb` };
    }
    return { error: `body with content-encoding '${enc}' does not decode: ${msg.split("\n")[0]}` };
  }
}

/**
 * The decoded start of a body from its first bytes only (a truncated stream is flushed, not an
 * error): enough to tell text from binary. Bytes in a coding that cannot be read come back as they are.
 */
export function decodeHead(bytes: Buffer, encoding: string | undefined): Buffer {
  const enc = (encoding ?? "").toLowerCase().trim();
  if (enc === "" || enc === "identity") return bytes;
  // A kilobyte of compressed input inflates to at most about a megabyte: the bound holds it.
  const max = 2 << 20;
  const opts = { maxOutputLength: max, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  try {
    let out: Buffer = bytes.subarray(0, 1024);
    for (const c of enc.split(",").map((s) => s.trim()).reverse()) {
      if (c === "gzip" || c === "x-gzip") out = zlib.gunzipSync(out, opts);
      else if (c === "deflate") out = zlib.inflateSync(out, opts);
      else if (c === "br") out = zlib.brotliDecompressSync(out, { maxOutputLength: max, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
      else return bytes;
    }
    return out;
  } catch {
    return bytes;
  }
}

function inflateAny(b: Buffer, maxOutputLength: number): Buffer {
  try {
    return zlib.inflateSync(b, { maxOutputLength });
  } catch {
    return zlib.inflateRawSync(b, { maxOutputLength }); // servers that send raw deflate
  }
}
