// Small filesystem checks the installers share.
import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** Whether the current user could create or replace `path` (checks the nearest existing ancestor). */
export function canWrite(path: string): boolean {
  let p = path;
  while (!existsSync(p)) {
    const up = dirname(p);
    if (up === p) return false;
    p = up;
  }
  try {
    accessSync(p, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The directory that must be writable to create or delete `file`. */
export function canWriteEntry(file: string): boolean {
  return canWrite(dirname(file)) && (!existsSync(file) || canWrite(file));
}

export function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** root + an absolute system path ("/" + "/etc/x" = "/etc/x"). */
export function under(root: string, abs: string): string {
  return root === "/" ? abs : join(root, abs);
}
