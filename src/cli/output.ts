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
 * isatty(fd) from Bun's tty binding. node:tty's isatty gives the same answer but loading node:tty
 * loads the stream stack (10–20 ms in the compiled binary; `check < /dev/null` paid it, since a
 * character device may be a terminal). node:tty stays the fallback for a runtime without the binding.
 */
function isatty(fd: number): boolean {
  try {
    const binding = (process as unknown as { binding(name: string): { isTTY?: (fd: number) => boolean } }).binding("tty_wrap");
    if (typeof binding.isTTY === "function") return binding.isTTY(fd) === true;
  } catch {
    // no such binding: ask node:tty
  }
  return (require("node:tty") as typeof import("node:tty")).isatty(fd);
}

/** Whether stdout is a terminal, without creating process.stdout (the stream stack). */
export const stdoutIsTTY = (): boolean => isatty(1);

/** Whether stdin is a terminal, without creating process.stdin (the stream stack again). */
export const stdinIsTTY = (): boolean => isatty(0);
