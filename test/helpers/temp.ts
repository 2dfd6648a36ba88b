// Temporary directories for tests. A `process.on("exit")` handler never runs under `bun test`
// (a CI run left ~25 of these in the temp folder), so every test file that makes one removes
// them from `afterAll(removeTempDirs)`, after its own hooks have stopped what writes there.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const made: string[] = [];

/** A fresh directory in the system temp folder, named `<prefix>XXXXXX`. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Removes every directory tempDir made so far. */
export function removeTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
