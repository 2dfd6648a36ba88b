// Output without Node's stream stack. The first touch of process.stdout / process.stderr loads
// node:stream and friends: 10–15 ms in the compiled binary, a quarter of the pre-commit hook's
// budget. Commands on the hook's path (git-scan) write through these and never create them.
/** Writes all of `text`; a reader that went away (`… | head`) is not an error: the command still exits with its own code. */
async function writeAll(dest: typeof Bun.stdout, text: string): Promise<void> {
  if (text === "") return;
  try {
    await Bun.write(dest, text);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EPIPE") throw err;
  }
}

export const writeStdout = (text: string): Promise<void> => writeAll(Bun.stdout, text);
export const writeStderr = (text: string): Promise<void> => writeAll(Bun.stderr, text);

/**
 * Whether stdout is a terminal, without creating process.stdout. node:tty loads the stream stack
 * too (10–20 ms): ask only when the answer matters (there is something to colour).
 */
export const stdoutIsTTY = (): boolean => (require("node:tty") as typeof import("node:tty")).isatty(1);

/**
 * Whether stdin is a terminal, without creating process.stdin (the stream stack again): only a
 * character device can be one, and a pipe or a file (what a payload mostly comes from) is not.
 */
export function stdinIsTTY(): boolean {
  try {
    if (!(require("node:fs") as typeof import("node:fs")).fstatSync(0).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return (require("node:tty") as typeof import("node:tty")).isatty(0);
}
