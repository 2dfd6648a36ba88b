// Reads a payload for `check` as text chunks without holding it all: stdin, a file or a string.
// Binary input (NUL bytes or invalid UTF-8 at the start) is decoded as Latin-1, one char per
// byte, so its printable strings are scanned and offsets stay byte offsets.
import { statSync } from "node:fs";
import { UsageError } from "../cli/errors.ts";
import { looksBinary } from "../detect/binary.ts";

export { looksBinary };

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

export interface TextChunks {
  /** True once the first bytes showed binary content. */
  binary: boolean;
  totalBytes: number;
  chunks: AsyncIterable<string>;
}

/** Decodes the byte stream into text chunks of about `chunkChars`, deciding binary on the first bytes. */
export function decodeInput(input: PayloadInput, chunkChars = 1 << 20): TextChunks {
  const state: TextChunks = { binary: false, totalBytes: 0, chunks: (async function* () {})() };
  state.chunks = (async function* () {
    let decoder: TextDecoder | null = null;
    let pending = "";
    for await (const bytes of input.bytes()) {
      if (decoder === null) {
        state.binary = looksBinary(bytes);
        decoder = new TextDecoder(state.binary ? "latin1" : "utf-8");
      }
      state.totalBytes += bytes.length;
      pending += decoder.decode(bytes, { stream: true });
      if (pending.length >= chunkChars) {
        yield pending;
        pending = "";
      }
    }
    if (decoder) pending += decoder.decode();
    if (pending.length > 0) yield pending;
  })();
  return state;
}
