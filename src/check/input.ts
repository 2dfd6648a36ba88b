// Where `check` reads a payload from, as a byte stream without holding it all: stdin, a file or
// a string. Decoding (UTF-8, or Latin-1 for binary input) is the judgement API's (judgeChunks).
import { closeSync, openSync, readSync, statSync } from "node:fs";

/** Bytes read from a file at a time: a decoded block this size is scanned as it is (see stream.ts). */
const BLOCK = 1 << 20;
import { UsageError } from "../cli/errors.ts";

export interface PayloadInput {
  /** "stdin", a file path, or "--text". */
  name: string;
  bytes(): AsyncIterable<Uint8Array>;
}

/**
 * A descriptor's bytes in blocks of BLOCK, one buffer read into again and again: each block is
 * valid until the next is asked for (judgeChunks decodes it at once). Fresh memory costs page
 * faults (~3 ms per MiB here): a new buffer per 512 KiB piece, joined again behind the decoder,
 * was a fifth of a 55 MB check. A block is filled before it goes: a pipe gives 64 KiB a read, and
 * decoded one piece at a time and joined behind the stream scanner, each MiB was a rope copied
 * again before its scan (186 ms of a 58 MB check). `onError` throws, or names where the rest is
 * read from (what the block holds goes first).
 */
async function* blocksOf(fd: number, onError: (err: NodeJS.ErrnoException) => AsyncIterable<Uint8Array> | Iterable<Uint8Array>): AsyncGenerator<Uint8Array> {
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

/**
 * Standard input read as a file is: Bun.stdin.stream() spent 90–200 ms of a 58 MB check in its
 * stream machinery (64 KiB pieces), readSync 18–50 ms. A descriptor set non-blocking (EAGAIN) is
 * read through the stream from there on.
 */
export function stdinInput(): PayloadInput {
  return {
    name: "stdin",
    bytes: () =>
      blocksOf(0, (err) => {
        if (err.code === "EAGAIN" || err.code === "EWOULDBLOCK") return Bun.stdin.stream() as unknown as AsyncIterable<Uint8Array>;
        if (err.code === "EOF") return [];
        throw new UsageError(`stdin: cannot read (${err.code ?? err.message})`);
      }),
  };
}

export function textInput(text: string): PayloadInput {
  return {
    name: "--text",
    async *bytes() {
      yield new TextEncoder().encode(text);
    },
  };
}

export function fileInput(path: string): PayloadInput {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`--file ${path}: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : `cannot read (${code})`}`);
  }
  if (st.isDirectory()) throw new UsageError(`--file ${path}: is a directory (use 'toolkit audit ${path}' to scan a tree)`);
  return {
    name: path,
    async *bytes() {
      const fail = (err: unknown) => new UsageError(`--file ${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      let fd: number;
      try {
        fd = openSync(path, "r");
      } catch (err) {
        throw fail(err);
      }
      try {
        yield* blocksOf(fd, (err) => {
          throw fail(err);
        });
      } finally {
        closeSync(fd);
      }
    },
  };
}
