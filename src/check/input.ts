// Where `check` reads a payload from, as a byte stream without holding it all: stdin, a file or
// a string. Decoding (UTF-8, or Latin-1 for binary input) is the judgement API's (judgeChunks).
import { closeSync, openSync, statSync } from "node:fs";

import { UsageError } from "../cli/errors.ts";
import { blocksOf } from "../util/blocks.ts";

export interface PayloadInput {
  /** "stdin", a file path, or "--text". */
  name: string;
  bytes(): AsyncIterable<Uint8Array>;
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
