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
 * Standard input read with blocking reads into one reused block, as a file is: Bun.stdin.stream()
 * spent 90–200 ms of a 58 MB check in its stream machinery (64 KiB pieces), readSync 18–50 ms.
 * A descriptor set non-blocking (EAGAIN) is read through the stream from there on.
 */
export function stdinInput(): PayloadInput {
  return {
    name: "stdin",
    async *bytes() {
      const block = Buffer.allocUnsafe(BLOCK);
      for (;;) {
        let n: number;
        try {
          n = readSync(0, block, 0, BLOCK, null);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === "EAGAIN" || code === "EWOULDBLOCK") {
            yield* Bun.stdin.stream() as unknown as AsyncIterable<Uint8Array>;
            return;
          }
          if (code === "EOF") return;
          throw new UsageError(`stdin: cannot read (${code ?? (err as Error).message})`);
        }
        if (n === 0) return;
        yield block.subarray(0, n);
      }
    },
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
      // One block, read into again and again: each chunk is valid until the next is asked for
      // (judgeChunks decodes it at once). Fresh memory costs page faults (~3 ms per MiB here):
      // a new buffer per 512 KiB piece, joined again behind the decoder, was a fifth of a 55 MB check.
      const block = Buffer.allocUnsafe(BLOCK);
      try {
        for (;;) {
          let n: number;
          try {
            n = readSync(fd, block, 0, BLOCK, null);
          } catch (err) {
            throw fail(err);
          }
          if (n === 0) return;
          yield block.subarray(0, n);
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}
