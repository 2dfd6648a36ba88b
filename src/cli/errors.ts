/** An error the user caused (bad flag, bad config, unreadable file): one line, exit 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}

export const EXIT = { clean: 0, findings: 1, usage: 2, killSwitch: 3, internal: 70 } as const;

/** One readable line for any thrown value; never a stack trace. */
export function errorLine(err: unknown): string {
  if (err instanceof Error) return err.message.split("\n")[0] ?? String(err);
  return String(err);
}

/** Exit code for a thrown value: a user's mistake is a usage error (2); anything else is a bug (70). */
export function exitCodeFor(err: unknown): number {
  if (err instanceof UsageError) return err.exitCode;
  if (err instanceof Error && err.name === "CACError") return EXIT.usage;
  return EXIT.internal;
}
