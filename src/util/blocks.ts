// A descriptor's bytes as blocks, for every reader that streams a payload into the core (check's
// stdin and --file, audit's large files).
import { readSync } from "node:fs";

/** Bytes read at a time: a decoded block this size is scanned as it is (see src/detect/stream.ts). */
export const BLOCK = 1 << 20;

/**
 * A descriptor's bytes in blocks of BLOCK, one buffer read into again and again: each block is
 * valid until the next is asked for (judgeChunks decodes it at once). Fresh memory costs page
 * faults (~3 ms per MiB here): a new buffer per 512 KiB piece, joined again behind the decoder,
 * was a fifth of a 55 MB check. A block is filled before it goes: a pipe gives 64 KiB a read, and
 * decoded one piece at a time and joined behind the stream scanner, each MiB was a rope copied
 * again before its scan (186 ms of a 58 MB check). `onError` throws, or names where the rest is
 * read from (what the block holds goes first).
 */
export async function* blocksOf(fd: number, onError: (err: NodeJS.ErrnoException) => AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const block = Buffer.allocUnsafe(BLOCK);
  for (;;) {
    let fill = 0;
    let rest: AsyncIterable<Uint8Array> | Iterable<Uint8Array> | undefined;
    while (fill < BLOCK) {
      let n: number;
      try {
        n = readSync(fd, block, fill, BLOCK - fill, null);
      } catch (err) {
        rest = onError(err as NodeJS.ErrnoException);
        break;
      }
      if (n === 0) break;
      fill += n;
    }
    if (fill > 0) yield block.subarray(0, fill);
    if (rest !== undefined) yield* rest;
    if (fill < BLOCK) return;
  }
}
