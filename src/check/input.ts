// Where `check` reads a payload from, as a byte stream without holding it all: stdin, a file or
// a string. Decoding (UTF-8, or Latin-1 for binary input) is the judgement API's (judgeChunks).
import { statSync } from "node:fs";
import { UsageError } from "../cli/errors.ts";

export interface PayloadInput {
  /** "stdin", a file path, or "--text". */
  name: string;
  bytes(): AsyncIterable<Uint8Array>;
}

export function stdinInput(): PayloadInput {
  return { name: "stdin", bytes: () => Bun.stdin.stream() as unknown as AsyncIterable<Uint8Array> };
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
      try {
        for await (const chunk of Bun.file(path).stream()) yield chunk;
      } catch (err) {
        throw new UsageError(`--file ${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
      }
    },
  };
}
